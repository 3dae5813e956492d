// Probe set of round 11 (Python, Java, C#): "safe first". Realistic, correct, everyday files (Flask /
// FastAPI / Django / aiohttp services, Celery tasks, click / typer / argparse CLIs, Alembic migrations,
// Spring / Quarkus / servlet code, JDBC / JPA, Kafka listeners, Android settings, JUnit tests, ASP.NET
// Core controllers, minimal APIs and middleware, EF Core / Dapper, hosted workers, console tools, xUnit
// tests) where security-relevant APIs are used correctly or benign code resembles a sink, plus
// vulnerable files that keep recall honest. Each wave was written and saved before the analyzer was run
// on it. A safe file must have no finding at the default confidence; a vulnerable one must be reported
// in its CWE class. Skipped (known gap): py4_pickle_own_cache. See code-rules/README.md, "Round 11 (Python, Java, C#)".
import { describeProbes, type Probe } from './code-probes.js';

const PROBES: Probe[] = [
 {
  "name": "py_ffmpeg_thumbs",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 1,
  "code": "import shutil\nimport subprocess\nfrom pathlib import Path\n\nFFMPEG = shutil.which(\"ffmpeg\") or \"ffmpeg\"\n\n\ndef thumbnail(video: Path, out_dir: Path, second: int = 3) -> Path:\n    \"\"\"Grab one frame of a video the worker already downloaded into its scratch dir.\"\"\"\n    out_dir.mkdir(parents=True, exist_ok=True)\n    target = out_dir / (video.stem + \".jpg\")\n    cmd = [FFMPEG, \"-y\", \"-ss\", str(second), \"-i\", str(video), \"-frames:v\", \"1\", str(target)]\n    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n    return target\n"
 },
 {
  "name": "py_pandas_report",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 1,
  "code": "import argparse\nimport pandas as pd\n\n\ndef summarize(csv_path: str) -> pd.DataFrame:\n    df = pd.read_csv(csv_path, parse_dates=[\"created_at\"])\n    df[\"month\"] = df[\"created_at\"].dt.to_period(\"M\")\n    return df.groupby(\"month\")[\"amount\"].agg([\"count\", \"sum\", \"mean\"])\n\n\ndef main() -> None:\n    ap = argparse.ArgumentParser(description=\"Monthly totals of an export\")\n    ap.add_argument(\"csv\")\n    ap.add_argument(\"-o\", \"--out\", default=\"summary.xlsx\")\n    args = ap.parse_args()\n    table = summarize(args.csv)\n    table.to_excel(args.out)\n    print(table.to_string())\n\n\nif __name__ == \"__main__\":\n    main()\n"
 },
 {
  "name": "py_sqlite_repo",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 1,
  "code": "import sqlite3\nfrom contextlib import closing\nfrom dataclasses import dataclass\n\n\n@dataclass\nclass Book:\n    id: int\n    title: str\n    author: str\n\n\nclass BookRepo:\n    def __init__(self, path: str = \"library.db\"):\n        self.conn = sqlite3.connect(path)\n        self.conn.execute(\n            \"CREATE TABLE IF NOT EXISTS books (id INTEGER PRIMARY KEY, title TEXT, author TEXT)\"\n        )\n\n    def add(self, title: str, author: str) -> int:\n        with self.conn:\n            cur = self.conn.execute(\"INSERT INTO books (title, author) VALUES (?, ?)\", (title, author))\n        return cur.lastrowid\n\n    def by_author(self, author: str) -> list[Book]:\n        with closing(self.conn.cursor()) as cur:\n            cur.execute(\"SELECT id, title, author FROM books WHERE author = ? ORDER BY title\", (author,))\n            return [Book(*row) for row in cur.fetchall()]\n\n    def search(self, words: list[str]) -> list[Book]:\n        clauses = \" AND \".join(\"title LIKE ?\" for _ in words)\n        params = [f\"%{w}%\" for w in words]\n        rows = self.conn.execute(f\"SELECT id, title, author FROM books WHERE {clauses}\", params).fetchall()\n        return [Book(*r) for r in rows]\n"
 },
 {
  "name": "py_celery_retry_jitter",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 1,
  "code": "import random\nimport logging\n\nimport requests\nfrom celery import shared_task\n\nlog = logging.getLogger(__name__)\nWEBHOOK_URL = \"https://hooks.example.com/ingest\"\n\n\n@shared_task(bind=True, max_retries=5)\ndef push_event(self, payload: dict) -> None:\n    try:\n        r = requests.post(WEBHOOK_URL, json=payload, timeout=10)\n        r.raise_for_status()\n    except requests.RequestException as exc:\n        delay = min(300, 2 ** self.request.retries) + random.uniform(0, 1.5)\n        log.warning(\"push failed (%s), retry in %.1fs\", exc, delay)\n        raise self.retry(exc=exc, countdown=delay)\n"
 },
 {
  "name": "py_jinja_email",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 1,
  "code": "from jinja2 import Environment, PackageLoader, select_autoescape\n\nenv = Environment(\n    loader=PackageLoader(\"notifier\", \"templates\"),\n    autoescape=select_autoescape([\"html\", \"xml\"]),\n)\n\n\ndef render_welcome(user_name: str, confirm_url: str) -> str:\n    tmpl = env.get_template(\"welcome.html\")\n    return tmpl.render(name=user_name, confirm_url=confirm_url)\n"
 },
 {
  "name": "py_fastapi_items",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 1,
  "code": "from fastapi import Depends, FastAPI, HTTPException\nfrom pydantic import BaseModel\nfrom sqlalchemy.orm import Session\n\nfrom .db import get_session\nfrom .models import Item\n\napp = FastAPI()\n\n\nclass ItemIn(BaseModel):\n    name: str\n    price: float\n\n\n@app.get(\"/items/{item_id}\")\ndef read_item(item_id: int, db: Session = Depends(get_session)):\n    item = db.get(Item, item_id)\n    if item is None:\n        raise HTTPException(status_code=404, detail=\"not found\")\n    return {\"id\": item.id, \"name\": item.name, \"price\": item.price}\n\n\n@app.post(\"/items\", status_code=201)\ndef create_item(body: ItemIn, db: Session = Depends(get_session)):\n    item = Item(name=body.name, price=body.price)\n    db.add(item)\n    db.commit()\n    db.refresh(item)\n    return {\"id\": item.id}\n"
 },
 {
  "name": "py_yaml_config",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 1,
  "code": "import os\nfrom pathlib import Path\n\nimport yaml\n\nDEFAULTS = {\"workers\": 4, \"log_level\": \"INFO\", \"queue\": \"default\"}\n\n\ndef load_config(path: str | None = None) -> dict:\n    path = path or os.environ.get(\"APP_CONFIG\", \"config.yaml\")\n    cfg = dict(DEFAULTS)\n    p = Path(path)\n    if p.exists():\n        with p.open() as fh:\n            cfg.update(yaml.safe_load(fh) or {})\n    return cfg\n"
 },
 {
  "name": "py_monte_carlo",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 1,
  "code": "import random\nimport statistics\n\n\ndef simulate_queue(arrival_rate: float, service_rate: float, n: int = 10_000, seed: int = 42) -> float:\n    rng = random.Random(seed)\n    t = 0.0\n    free_at = 0.0\n    waits = []\n    for _ in range(n):\n        t += rng.expovariate(arrival_rate)\n        start = max(t, free_at)\n        waits.append(start - t)\n        free_at = start + rng.expovariate(service_rate)\n    return statistics.mean(waits)\n\n\nif __name__ == \"__main__\":\n    for rho in (0.5, 0.8, 0.9):\n        print(rho, round(simulate_queue(rho, 1.0), 3))\n"
 },
 {
  "name": "py_aes_gcm_box",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 1,
  "code": "import os\n\nfrom cryptography.hazmat.primitives.ciphers.aead import AESGCM\n\n\nclass SecretBox:\n    \"\"\"Encrypt small blobs with a key from the KMS; the nonce is prepended to the ciphertext.\"\"\"\n\n    def __init__(self, key: bytes):\n        if len(key) != 32:\n            raise ValueError(\"need a 256-bit key\")\n        self._aead = AESGCM(key)\n\n    def seal(self, plaintext: bytes, aad: bytes = b\"\") -> bytes:\n        nonce = os.urandom(12)\n        return nonce + self._aead.encrypt(nonce, plaintext, aad)\n\n    def open(self, blob: bytes, aad: bytes = b\"\") -> bytes:\n        nonce, ct = blob[:12], blob[12:]\n        return self._aead.decrypt(nonce, ct, aad)\n"
 },
 {
  "name": "py_argon_passwords",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 1,
  "code": "from argon2 import PasswordHasher\nfrom argon2.exceptions import VerifyMismatchError\n\nph = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=2)\n\n\ndef hash_password(password: str) -> str:\n    return ph.hash(password)\n\n\ndef check_password(stored: str, attempt: str) -> bool:\n    try:\n        ph.verify(stored, attempt)\n    except VerifyMismatchError:\n        return False\n    return True\n\n\ndef needs_upgrade(stored: str) -> bool:\n    return ph.check_needs_rehash(stored)\n"
 },
 {
  "name": "py_pytest_fixtures",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 1,
  "code": "import json\n\nimport pytest\n\nfrom app import create_app\n\n\n@pytest.fixture\ndef client(tmp_path):\n    app = create_app({\"TESTING\": True, \"DATABASE\": str(tmp_path / \"test.db\"), \"SECRET_KEY\": \"test\"})\n    with app.test_client() as c:\n        yield c\n\n\ndef test_login_rejects_bad_password(client):\n    r = client.post(\"/login\", data={\"username\": \"alice\", \"password\": \"wrong\"})\n    assert r.status_code == 401\n\n\ndef test_health(client):\n    r = client.get(\"/health\")\n    assert json.loads(r.data) == {\"ok\": True}\n"
 },
 {
  "name": "py_tar_backup",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 1,
  "code": "import datetime as dt\nimport tarfile\nfrom pathlib import Path\n\nSOURCES = [Path(\"/etc/myapp\"), Path(\"/var/lib/myapp/data\")]\nDEST = Path(\"/var/backups/myapp\")\n\n\ndef make_backup() -> Path:\n    DEST.mkdir(parents=True, exist_ok=True)\n    stamp = dt.datetime.now().strftime(\"%Y%m%d-%H%M%S\")\n    target = DEST / f\"myapp-{stamp}.tar.gz\"\n    with tarfile.open(target, \"w:gz\") as tar:\n        for src in SOURCES:\n            if src.exists():\n                tar.add(src, arcname=src.name)\n    return target\n\n\ndef prune(keep: int = 7) -> None:\n    archives = sorted(DEST.glob(\"myapp-*.tar.gz\"))\n    for old in archives[:-keep]:\n        old.unlink()\n\n\nif __name__ == \"__main__\":\n    print(make_backup())\n    prune()\n"
 },
 {
  "name": "py_django_view_orm",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 1,
  "code": "from django.contrib.auth.decorators import login_required\nfrom django.core.paginator import Paginator\nfrom django.shortcuts import get_object_or_404, render\n\nfrom .models import Project\n\nSORTS = {\"name\": \"name\", \"newest\": \"-created\", \"oldest\": \"created\"}\n\n\n@login_required\ndef project_list(request):\n    order = SORTS.get(request.GET.get(\"sort\", \"name\"), \"name\")\n    qs = Project.objects.filter(owner=request.user).order_by(order)\n    page = Paginator(qs, 25).get_page(request.GET.get(\"page\"))\n    return render(request, \"projects/list.html\", {\"page\": page})\n\n\n@login_required\ndef project_detail(request, pk):\n    project = get_object_or_404(Project, pk=pk, owner=request.user)\n    return render(request, \"projects/detail.html\", {\"project\": project})\n"
 },
 {
  "name": "py_lru_dedupe_hash",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 1,
  "code": "import hashlib\nfrom collections import OrderedDict\n\n\nclass DedupeCache:\n    \"\"\"Skip re-processing identical messages seen recently.\"\"\"\n\n    def __init__(self, capacity: int = 10_000):\n        self.capacity = capacity\n        self._seen: OrderedDict[str, None] = OrderedDict()\n\n    def _digest(self, body: bytes) -> str:\n        return hashlib.sha1(body).hexdigest()\n\n    def seen_before(self, body: bytes) -> bool:\n        d = self._digest(body)\n        if d in self._seen:\n            self._seen.move_to_end(d)\n            return True\n        self._seen[d] = None\n        if len(self._seen) > self.capacity:\n            self._seen.popitem(last=False)\n        return False\n"
 },
 {
  "name": "py_click_rename",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 1,
  "code": "import re\nfrom pathlib import Path\n\nimport click\n\n\n@click.command()\n@click.argument(\"folder\", type=click.Path(exists=True, file_okay=False, path_type=Path))\n@click.option(\"--dry-run\", is_flag=True)\ndef rename_photos(folder: Path, dry_run: bool) -> None:\n    \"\"\"Rename IMG_1234.JPG to 1234.jpg in FOLDER.\"\"\"\n    pat = re.compile(r\"IMG_(\\d+)\\.JPE?G$\", re.IGNORECASE)\n    for p in sorted(folder.iterdir()):\n        m = pat.match(p.name)\n        if not m:\n            continue\n        new = p.with_name(f\"{m.group(1)}.jpg\")\n        click.echo(f\"{p.name} -> {new.name}\")\n        if not dry_run:\n            p.rename(new)\n\n\nif __name__ == \"__main__\":\n    rename_photos()\n"
 },
 {
  "name": "py_httpx_client",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 1,
  "code": "import httpx\n\nBASE_URL = \"https://api.github.com\"\n\n\nclass GitHub:\n    def __init__(self, token: str):\n        self._client = httpx.Client(\n            base_url=BASE_URL,\n            headers={\"Authorization\": f\"Bearer {token}\", \"Accept\": \"application/vnd.github+json\"},\n            timeout=15.0,\n        )\n\n    def repo(self, owner: str, name: str) -> dict:\n        r = self._client.get(f\"/repos/{owner}/{name}\")\n        r.raise_for_status()\n        return r.json()\n\n    def close(self) -> None:\n        self._client.close()\n"
 },
 {
  "name": "py_vuln_flask_ping",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "wave": 1,
  "code": "import subprocess\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\n@app.route(\"/ping\")\ndef ping():\n    host = request.args.get(\"host\", \"localhost\")\n    out = subprocess.run(f\"ping -c 1 {host}\", shell=True, capture_output=True, text=True)\n    return out.stdout\n"
 },
 {
  "name": "py_vuln_sql_format",
  "kind": "vuln",
  "lang": "python",
  "cwe": 89,
  "wave": 1,
  "code": "import sqlite3\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\n\n@app.get(\"/users\")\ndef users():\n    name = request.args.get(\"name\", \"\")\n    conn = sqlite3.connect(\"app.db\")\n    rows = conn.execute(\"SELECT id, name FROM users WHERE name = '%s'\" % name).fetchall()\n    return jsonify(rows)\n"
 },
 {
  "name": "py_vuln_pickle_cookie",
  "kind": "vuln",
  "lang": "python",
  "cwe": 502,
  "wave": 1,
  "code": "import base64\nimport pickle\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\n@app.get(\"/prefs\")\ndef prefs():\n    raw = request.cookies.get(\"prefs\", \"\")\n    data = pickle.loads(base64.b64decode(raw))\n    return {\"theme\": data.get(\"theme\")}\n"
 },
 {
  "name": "py_vuln_send_file",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "wave": 1,
  "code": "import os\nfrom flask import Flask, request, send_file\n\napp = Flask(__name__)\nUPLOADS = \"/srv/uploads\"\n\n\n@app.get(\"/download\")\ndef download():\n    name = request.args[\"file\"]\n    return send_file(os.path.join(UPLOADS, name))\n"
 },
 {
  "name": "java_spring_orders",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 1,
  "code": "package com.shop.orders;\n\nimport java.util.List;\nimport org.springframework.http.ResponseEntity;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\n@RequestMapping(\"/api/orders\")\npublic class OrderController {\n    private final OrderRepository repo;\n\n    public OrderController(OrderRepository repo) {\n        this.repo = repo;\n    }\n\n    @GetMapping(\"/{id}\")\n    public ResponseEntity<Order> get(@PathVariable long id) {\n        return repo.findById(id).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());\n    }\n\n    @GetMapping\n    public List<Order> byCustomer(@RequestParam String customer) {\n        return repo.findByCustomerEmailOrderByCreatedAtDesc(customer);\n    }\n}\n"
 },
 {
  "name": "java_jdbc_template",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 1,
  "code": "package com.shop.inventory;\n\nimport java.util.List;\nimport org.springframework.jdbc.core.JdbcTemplate;\nimport org.springframework.stereotype.Repository;\n\n@Repository\npublic class StockDao {\n    private final JdbcTemplate jdbc;\n\n    public StockDao(JdbcTemplate jdbc) {\n        this.jdbc = jdbc;\n    }\n\n    public int quantity(String sku) {\n        Integer q = jdbc.queryForObject(\"SELECT qty FROM stock WHERE sku = ?\", Integer.class, sku);\n        return q == null ? 0 : q;\n    }\n\n    public void adjust(String sku, int delta) {\n        jdbc.update(\"UPDATE stock SET qty = qty + ? WHERE sku = ?\", delta, sku);\n    }\n\n    public List<String> lowStock(int threshold) {\n        return jdbc.queryForList(\"SELECT sku FROM stock WHERE qty < ? ORDER BY qty\", String.class, threshold);\n    }\n}\n"
 },
 {
  "name": "java_process_builder_git",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 1,
  "code": "package dev.tools.release;\n\nimport java.io.IOException;\nimport java.nio.charset.StandardCharsets;\nimport java.nio.file.Path;\n\npublic final class Git {\n    private final Path repo;\n\n    public Git(Path repo) {\n        this.repo = repo;\n    }\n\n    public String describe() throws IOException, InterruptedException {\n        Process p = new ProcessBuilder(\"git\", \"describe\", \"--tags\", \"--always\")\n                .directory(repo.toFile())\n                .redirectErrorStream(true)\n                .start();\n        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();\n        if (p.waitFor() != 0) {\n            throw new IOException(\"git describe failed: \" + out);\n        }\n        return out;\n    }\n}\n"
 },
 {
  "name": "java_shuffle_deck",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 1,
  "code": "package games.cards;\n\nimport java.util.ArrayList;\nimport java.util.Collections;\nimport java.util.List;\nimport java.util.Random;\n\npublic class Deck {\n    private final List<Card> cards = new ArrayList<>();\n    private final Random random;\n\n    public Deck(Random random) {\n        this.random = random;\n        for (Suit s : Suit.values()) {\n            for (Rank r : Rank.values()) {\n                cards.add(new Card(r, s));\n            }\n        }\n    }\n\n    public void shuffle() {\n        Collections.shuffle(cards, random);\n    }\n\n    public Card draw() {\n        if (cards.isEmpty()) {\n            throw new IllegalStateException(\"deck is empty\");\n        }\n        return cards.remove(cards.size() - 1);\n    }\n}\n"
 },
 {
  "name": "java_etag_filter",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 1,
  "code": "package com.example.web;\n\nimport java.nio.charset.StandardCharsets;\nimport java.security.MessageDigest;\nimport java.security.NoSuchAlgorithmException;\nimport java.util.HexFormat;\n\npublic final class ETags {\n    private ETags() {}\n\n    /** Weak validator for cached JSON responses. */\n    public static String etagFor(String body) {\n        try {\n            MessageDigest md = MessageDigest.getInstance(\"MD5\");\n            byte[] d = md.digest(body.getBytes(StandardCharsets.UTF_8));\n            return \"W/\\\"\" + HexFormat.of().formatHex(d) + \"\\\"\";\n        } catch (NoSuchAlgorithmException e) {\n            throw new IllegalStateException(e);\n        }\n    }\n}\n"
 },
 {
  "name": "java_jackson_config",
  "kind": "safe",
  "gap": "System.getProperty(\"user.home\") stays an input source (Juliet's Property source variant; excluding JVM properties cost 12 of Juliet Java's vulnerable units), so a config path under the user's home is still reported",
  "lang": "java",
  "cwe": 0,
  "wave": 1,
  "code": "package com.example.config;\n\nimport com.fasterxml.jackson.databind.DeserializationFeature;\nimport com.fasterxml.jackson.databind.ObjectMapper;\nimport com.fasterxml.jackson.dataformat.yaml.YAMLFactory;\nimport java.io.IOException;\nimport java.nio.file.Files;\nimport java.nio.file.Path;\n\npublic final class ConfigLoader {\n    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())\n            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);\n\n    public static AppConfig load(Path file) throws IOException {\n        try (var in = Files.newInputStream(file)) {\n            return YAML.readValue(in, AppConfig.class);\n        }\n    }\n\n    public static AppConfig loadDefault() throws IOException {\n        return load(Path.of(System.getProperty(\"user.home\"), \".myapp\", \"config.yaml\"));\n    }\n}\n"
 },
 {
  "name": "java_junit_service_test",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 1,
  "code": "package com.example.users;\n\nimport static org.junit.jupiter.api.Assertions.*;\nimport static org.mockito.Mockito.*;\n\nimport java.util.Optional;\nimport org.junit.jupiter.api.BeforeEach;\nimport org.junit.jupiter.api.Test;\n\nclass UserServiceTest {\n    private UserRepository repo;\n    private UserService service;\n\n    @BeforeEach\n    void setUp() {\n        repo = mock(UserRepository.class);\n        service = new UserService(repo, new BCryptPasswordEncoder(4));\n    }\n\n    @Test\n    void registersNewUser() {\n        when(repo.findByEmail(\"a@example.com\")).thenReturn(Optional.empty());\n        User u = service.register(\"a@example.com\", \"correct horse battery staple\");\n        assertEquals(\"a@example.com\", u.getEmail());\n        verify(repo).save(any(User.class));\n    }\n\n    @Test\n    void rejectsDuplicate() {\n        when(repo.findByEmail(\"a@example.com\")).thenReturn(Optional.of(new User()));\n        assertThrows(IllegalArgumentException.class, () -> service.register(\"a@example.com\", \"pw123456789\"));\n    }\n}\n"
 },
 {
  "name": "java_csv_cli",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 1,
  "code": "package tools.csv;\n\nimport java.io.BufferedReader;\nimport java.io.IOException;\nimport java.nio.file.Files;\nimport java.nio.file.Path;\nimport java.util.HashMap;\nimport java.util.Map;\n\npublic class ColumnCount {\n    public static void main(String[] args) throws IOException {\n        if (args.length != 2) {\n            System.err.println(\"usage: ColumnCount <file.csv> <column>\");\n            System.exit(2);\n        }\n        Path file = Path.of(args[0]);\n        int col = Integer.parseInt(args[1]);\n        Map<String, Integer> counts = new HashMap<>();\n        try (BufferedReader r = Files.newBufferedReader(file)) {\n            String line;\n            while ((line = r.readLine()) != null) {\n                String[] parts = line.split(\",\");\n                if (col < parts.length) {\n                    counts.merge(parts[col].trim(), 1, Integer::sum);\n                }\n            }\n        }\n        counts.forEach((k, n) -> System.out.println(n + \"\\t\" + k));\n    }\n}\n"
 },
 {
  "name": "java_aes_gcm",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 1,
  "code": "package com.example.crypto;\n\nimport java.nio.ByteBuffer;\nimport java.security.GeneralSecurityException;\nimport java.security.SecureRandom;\nimport javax.crypto.Cipher;\nimport javax.crypto.SecretKey;\nimport javax.crypto.spec.GCMParameterSpec;\n\npublic final class Aead {\n    private static final SecureRandom RNG = new SecureRandom();\n    private final SecretKey key;\n\n    public Aead(SecretKey key) {\n        this.key = key;\n    }\n\n    public byte[] encrypt(byte[] plain) throws GeneralSecurityException {\n        byte[] iv = new byte[12];\n        RNG.nextBytes(iv);\n        Cipher c = Cipher.getInstance(\"AES/GCM/NoPadding\");\n        c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));\n        byte[] ct = c.doFinal(plain);\n        return ByteBuffer.allocate(iv.length + ct.length).put(iv).put(ct).array();\n    }\n\n    public byte[] decrypt(byte[] blob) throws GeneralSecurityException {\n        Cipher c = Cipher.getInstance(\"AES/GCM/NoPadding\");\n        c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, blob, 0, 12));\n        return c.doFinal(blob, 12, blob.length - 12);\n    }\n}\n"
 },
 {
  "name": "java_http_client_fixed",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 1,
  "code": "package com.example.weather;\n\nimport com.fasterxml.jackson.databind.ObjectMapper;\nimport java.io.IOException;\nimport java.net.URI;\nimport java.net.URLEncoder;\nimport java.net.http.HttpClient;\nimport java.net.http.HttpRequest;\nimport java.net.http.HttpResponse;\nimport java.nio.charset.StandardCharsets;\nimport java.time.Duration;\n\npublic class WeatherClient {\n    private static final String BASE = \"https://api.weather.example.com/v1/current?city=\";\n    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();\n    private final ObjectMapper json = new ObjectMapper();\n\n    public Forecast current(String city) throws IOException, InterruptedException {\n        URI uri = URI.create(BASE + URLEncoder.encode(city, StandardCharsets.UTF_8));\n        HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build();\n        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());\n        if (resp.statusCode() != 200) {\n            throw new IOException(\"weather service returned \" + resp.statusCode());\n        }\n        return json.readValue(resp.body(), Forecast.class);\n    }\n}\n"
 },
 {
  "name": "java_jpa_criteria",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 1,
  "code": "package com.example.catalog;\n\nimport jakarta.persistence.EntityManager;\nimport jakarta.persistence.TypedQuery;\nimport java.util.List;\n\npublic class ProductSearch {\n    private final EntityManager em;\n\n    public ProductSearch(EntityManager em) {\n        this.em = em;\n    }\n\n    public List<Product> byCategory(String category, int page, int size) {\n        TypedQuery<Product> q = em.createQuery(\n                \"SELECT p FROM Product p WHERE p.category = :cat ORDER BY p.name\", Product.class);\n        q.setParameter(\"cat\", category);\n        q.setFirstResult(page * size);\n        q.setMaxResults(size);\n        return q.getResultList();\n    }\n}\n"
 },
 {
  "name": "java_scheduler_backoff",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 1,
  "code": "package com.example.jobs;\n\nimport java.util.concurrent.ThreadLocalRandom;\nimport java.util.concurrent.TimeUnit;\nimport org.slf4j.Logger;\nimport org.slf4j.LoggerFactory;\n\npublic class RetryingSender {\n    private static final Logger log = LoggerFactory.getLogger(RetryingSender.class);\n    private final Transport transport;\n\n    public RetryingSender(Transport transport) {\n        this.transport = transport;\n    }\n\n    public void send(Message m) throws InterruptedException {\n        long delay = 200;\n        for (int attempt = 1; attempt <= 6; attempt++) {\n            if (transport.trySend(m)) {\n                return;\n            }\n            long jitter = ThreadLocalRandom.current().nextLong(delay / 2 + 1);\n            log.warn(\"send failed, attempt {} of 6, sleeping {} ms\", attempt, delay + jitter);\n            TimeUnit.MILLISECONDS.sleep(delay + jitter);\n            delay = Math.min(delay * 2, 10_000);\n        }\n        throw new IllegalStateException(\"gave up after 6 attempts\");\n    }\n}\n"
 },
 {
  "name": "java_bcrypt_service",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 1,
  "code": "package com.example.auth;\n\nimport org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;\nimport org.springframework.security.crypto.password.PasswordEncoder;\nimport org.springframework.stereotype.Service;\n\n@Service\npublic class CredentialService {\n    private final PasswordEncoder encoder = new BCryptPasswordEncoder(12);\n    private final AccountRepository accounts;\n\n    public CredentialService(AccountRepository accounts) {\n        this.accounts = accounts;\n    }\n\n    public void setPassword(Account account, String rawPassword) {\n        if (rawPassword.length() < 12) {\n            throw new IllegalArgumentException(\"password too short\");\n        }\n        account.setPasswordHash(encoder.encode(rawPassword));\n        accounts.save(account);\n    }\n\n    public boolean matches(Account account, String rawPassword) {\n        return encoder.matches(rawPassword, account.getPasswordHash());\n    }\n}\n"
 },
 {
  "name": "java_vuln_stmt_concat",
  "kind": "vuln",
  "lang": "java",
  "cwe": 89,
  "wave": 1,
  "code": "package com.example;\n\nimport java.sql.*;\nimport jakarta.servlet.http.*;\n\npublic class LookupServlet extends HttpServlet {\n    private Connection conn;\n\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        String user = req.getParameter(\"user\");\n        try (Statement st = conn.createStatement()) {\n            ResultSet rs = st.executeQuery(\"SELECT email FROM users WHERE name = '\" + user + \"'\");\n            while (rs.next()) resp.getWriter().println(rs.getString(1));\n        } catch (SQLException e) {\n            throw new RuntimeException(e);\n        }\n    }\n}\n"
 },
 {
  "name": "java_vuln_runtime_exec",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "wave": 1,
  "code": "package com.example;\n\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class DnsController {\n    @GetMapping(\"/lookup\")\n    public String lookup(@RequestParam String host) throws Exception {\n        Process p = Runtime.getRuntime().exec(\"nslookup \" + host);\n        return new String(p.getInputStream().readAllBytes());\n    }\n}\n"
 },
 {
  "name": "java_vuln_object_input",
  "kind": "vuln",
  "lang": "java",
  "cwe": 502,
  "wave": 1,
  "code": "package com.example;\n\nimport java.io.ObjectInputStream;\nimport jakarta.servlet.http.*;\n\npublic class SessionRestore extends HttpServlet {\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        try (ObjectInputStream in = new ObjectInputStream(req.getInputStream())) {\n            Object state = in.readObject();\n            req.getSession().setAttribute(\"state\", state);\n        } catch (ClassNotFoundException e) {\n            resp.sendError(400);\n        }\n    }\n}\n"
 },
 {
  "name": "cs_aspnet_controller_ef",
  "kind": "safe",
  "lang": "csharp",
  "cwe": 0,
  "wave": 1,
  "code": "using Microsoft.AspNetCore.Authorization;\nusing Microsoft.AspNetCore.Mvc;\nusing Microsoft.EntityFrameworkCore;\n\nnamespace Shop.Api.Controllers;\n\n[ApiController]\n[Route(\"api/[controller]\")]\n[Authorize]\npublic class ProductsController : ControllerBase\n{\n    private readonly ShopDbContext _db;\n\n    public ProductsController(ShopDbContext db) => _db = db;\n\n    [HttpGet(\"{id:int}\")]\n    public async Task<ActionResult<Product>> Get(int id)\n    {\n        var product = await _db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id);\n        return product is null ? NotFound() : Ok(product);\n    }\n\n    [HttpGet]\n    public async Task<IEnumerable<Product>> Search([FromQuery] string? q)\n    {\n        var query = _db.Products.AsQueryable();\n        if (!string.IsNullOrWhiteSpace(q))\n            query = query.Where(p => p.Name.Contains(q));\n        return await query.OrderBy(p => p.Name).Take(50).ToListAsync();\n    }\n}\n"
 },
 {
  "name": "cs_ef_interpolated",
  "kind": "safe",
  "lang": "csharp",
  "cwe": 0,
  "wave": 1,
  "code": "using Microsoft.EntityFrameworkCore;\n\nnamespace Billing.Data;\n\npublic class InvoiceRepository\n{\n    private readonly BillingContext _ctx;\n\n    public InvoiceRepository(BillingContext ctx) => _ctx = ctx;\n\n    public Task<List<Invoice>> OverdueForCustomerAsync(int customerId, DateTime asOf) =>\n        _ctx.Invoices\n            .FromSqlInterpolated($\"SELECT * FROM Invoices WHERE CustomerId = {customerId} AND DueDate < {asOf}\")\n            .ToListAsync();\n\n    public Task<int> MarkPaidAsync(int invoiceId) =>\n        _ctx.Database.ExecuteSqlInterpolatedAsync($\"UPDATE Invoices SET Paid = 1 WHERE Id = {invoiceId}\");\n}\n"
 },
 {
  "name": "cs_console_process",
  "kind": "safe",
  "lang": "csharp",
  "cwe": 0,
  "wave": 1,
  "code": "using System.Diagnostics;\n\nnamespace BuildTool;\n\ninternal static class Program\n{\n    private static int Main(string[] args)\n    {\n        var config = args.Length > 0 ? args[0] : \"Release\";\n        var psi = new ProcessStartInfo(\"dotnet\")\n        {\n            RedirectStandardOutput = true,\n            UseShellExecute = false,\n        };\n        psi.ArgumentList.Add(\"build\");\n        psi.ArgumentList.Add(\"-c\");\n        psi.ArgumentList.Add(config);\n        using var proc = Process.Start(psi)!;\n        Console.Write(proc.StandardOutput.ReadToEnd());\n        proc.WaitForExit();\n        return proc.ExitCode;\n    }\n}\n"
 },
 {
  "name": "cs_random_test_data",
  "kind": "safe",
  "lang": "csharp",
  "cwe": 0,
  "wave": 1,
  "code": "using Xunit;\n\nnamespace Geometry.Tests;\n\npublic class ConvexHullTests\n{\n    [Fact]\n    public void HullContainsAllPoints()\n    {\n        var rng = new Random(1234);\n        var points = Enumerable.Range(0, 500)\n            .Select(_ => new Point(rng.NextDouble() * 100, rng.NextDouble() * 100))\n            .ToList();\n        var hull = ConvexHull.Compute(points);\n        Assert.All(points, p => Assert.True(Polygon.Contains(hull, p)));\n    }\n\n    [Theory]\n    [InlineData(3)]\n    [InlineData(10)]\n    public void RegularPolygonIsItsOwnHull(int n)\n    {\n        var pts = Polygon.Regular(n, radius: 5);\n        Assert.Equal(n, ConvexHull.Compute(pts).Count);\n    }\n}\n"
 },
 {
  "name": "cs_file_hash_cli",
  "kind": "safe",
  "lang": "csharp",
  "cwe": 0,
  "wave": 1,
  "code": "using System.Security.Cryptography;\n\nnamespace HashTool;\n\npublic static class Program\n{\n    public static int Main(string[] args)\n    {\n        if (args.Length == 0)\n        {\n            Console.Error.WriteLine(\"usage: hashtool <file>...\");\n            return 2;\n        }\n        foreach (var path in args)\n        {\n            using var stream = File.OpenRead(path);\n            var digest = SHA256.HashData(stream);\n            Console.WriteLine($\"{Convert.ToHexString(digest).ToLowerInvariant()}  {path}\");\n        }\n        return 0;\n    }\n}\n"
 },
 {
  "name": "cs_options_config",
  "kind": "safe",
  "lang": "csharp",
  "cwe": 0,
  "wave": 1,
  "code": "using Microsoft.Extensions.Options;\n\nnamespace Notifications;\n\npublic sealed class SmtpOptions\n{\n    public const string Section = \"Smtp\";\n    public string Host { get; set; } = \"localhost\";\n    public int Port { get; set; } = 587;\n    public string User { get; set; } = \"\";\n    public string Password { get; set; } = \"\";\n}\n\npublic class EmailSender\n{\n    private readonly SmtpOptions _opts;\n\n    public EmailSender(IOptions<SmtpOptions> opts) => _opts = opts.Value;\n\n    public async Task SendAsync(string to, string subject, string body)\n    {\n        using var client = new System.Net.Mail.SmtpClient(_opts.Host, _opts.Port)\n        {\n            EnableSsl = true,\n            Credentials = new System.Net.NetworkCredential(_opts.User, _opts.Password),\n        };\n        await client.SendMailAsync(\"noreply@example.com\", to, subject, body);\n    }\n}\n"
 },
 {
  "name": "cs_minimal_api",
  "kind": "safe",
  "lang": "csharp",
  "cwe": 0,
  "wave": 1,
  "code": "using Microsoft.EntityFrameworkCore;\n\nvar builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddDbContext<TodoDb>(o => o.UseSqlite(builder.Configuration.GetConnectionString(\"Todos\")));\nvar app = builder.Build();\n\napp.MapGet(\"/todos\", async (TodoDb db) => await db.Todos.Where(t => !t.Done).ToListAsync());\n\napp.MapGet(\"/todos/{id:int}\", async (int id, TodoDb db) =>\n    await db.Todos.FindAsync(id) is Todo t ? Results.Ok(t) : Results.NotFound());\n\napp.MapPost(\"/todos\", async (Todo todo, TodoDb db) =>\n{\n    db.Todos.Add(todo);\n    await db.SaveChangesAsync();\n    return Results.Created($\"/todos/{todo.Id}\", todo);\n});\n\napp.Run();\n"
 },
 {
  "name": "cs_json_serializer",
  "kind": "safe",
  "lang": "csharp",
  "cwe": 0,
  "wave": 1,
  "code": "using System.Text.Json;\nusing System.Text.Json.Serialization;\n\nnamespace Inventory.Storage;\n\npublic sealed class SnapshotStore\n{\n    private static readonly JsonSerializerOptions Options = new()\n    {\n        WriteIndented = true,\n        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,\n    };\n\n    private readonly string _path;\n\n    public SnapshotStore(string directory)\n    {\n        Directory.CreateDirectory(directory);\n        _path = Path.Combine(directory, \"snapshot.json\");\n    }\n\n    public async Task SaveAsync(Snapshot snap)\n    {\n        await using var fs = File.Create(_path);\n        await JsonSerializer.SerializeAsync(fs, snap, Options);\n    }\n\n    public async Task<Snapshot?> LoadAsync()\n    {\n        if (!File.Exists(_path)) return null;\n        await using var fs = File.OpenRead(_path);\n        return await JsonSerializer.DeserializeAsync<Snapshot>(fs, Options);\n    }\n}\n"
 },
 {
  "name": "cs_pbkdf2_hasher",
  "kind": "safe",
  "lang": "csharp",
  "cwe": 0,
  "wave": 1,
  "code": "using System.Security.Cryptography;\n\nnamespace Identity.Core;\n\npublic static class PasswordHasher\n{\n    private const int SaltSize = 16;\n    private const int KeySize = 32;\n    private const int Iterations = 600_000;\n\n    public static string Hash(string password)\n    {\n        var salt = RandomNumberGenerator.GetBytes(SaltSize);\n        var key = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, KeySize);\n        return $\"{Iterations}.{Convert.ToBase64String(salt)}.{Convert.ToBase64String(key)}\";\n    }\n\n    public static bool Verify(string password, string stored)\n    {\n        var parts = stored.Split('.', 3);\n        var iterations = int.Parse(parts[0]);\n        var salt = Convert.FromBase64String(parts[1]);\n        var expected = Convert.FromBase64String(parts[2]);\n        var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, expected.Length);\n        return CryptographicOperations.FixedTimeEquals(actual, expected);\n    }\n}\n"
 },
 {
  "name": "cs_dapper_repo",
  "kind": "safe",
  "lang": "csharp",
  "cwe": 0,
  "wave": 1,
  "code": "using Dapper;\nusing Microsoft.Data.SqlClient;\n\nnamespace Crm.Data;\n\npublic class ContactRepository\n{\n    private readonly string _connectionString;\n\n    public ContactRepository(string connectionString) => _connectionString = connectionString;\n\n    public async Task<IEnumerable<Contact>> ByCompanyAsync(int companyId)\n    {\n        await using var conn = new SqlConnection(_connectionString);\n        return await conn.QueryAsync<Contact>(\n            \"SELECT Id, Name, Email FROM Contacts WHERE CompanyId = @companyId ORDER BY Name\",\n            new { companyId });\n    }\n\n    public async Task<int> RenameAsync(int id, string name)\n    {\n        await using var conn = new SqlConnection(_connectionString);\n        return await conn.ExecuteAsync(\"UPDATE Contacts SET Name = @name WHERE Id = @id\", new { id, name });\n    }\n}\n"
 },
 {
  "name": "cs_vuln_sql_concat",
  "kind": "vuln",
  "lang": "csharp",
  "cwe": 89,
  "wave": 1,
  "code": "using Microsoft.AspNetCore.Mvc;\nusing Microsoft.Data.SqlClient;\n\n[ApiController]\npublic class ReportController : ControllerBase\n{\n    [HttpGet(\"/report\")]\n    public IActionResult Report([FromQuery] string region)\n    {\n        using var conn = new SqlConnection(\"Server=.;Database=Sales;Trusted_Connection=True\");\n        conn.Open();\n        var cmd = new SqlCommand(\"SELECT SUM(Total) FROM Orders WHERE Region = '\" + region + \"'\", conn);\n        return Ok(cmd.ExecuteScalar());\n    }\n}\n"
 },
 {
  "name": "cs_vuln_path",
  "kind": "vuln",
  "lang": "csharp",
  "cwe": 22,
  "wave": 1,
  "code": "using Microsoft.AspNetCore.Mvc;\n\n[ApiController]\npublic class FilesController : ControllerBase\n{\n    private const string Root = \"/var/app/files\";\n\n    [HttpGet(\"/files\")]\n    public IActionResult Get([FromQuery] string name)\n    {\n        var full = Path.Combine(Root, name);\n        return PhysicalFile(full, \"application/octet-stream\");\n    }\n}\n"
 },
 {
  "name": "cs_vuln_process",
  "kind": "vuln",
  "lang": "csharp",
  "cwe": 78,
  "wave": 1,
  "code": "using System.Diagnostics;\nusing Microsoft.AspNetCore.Mvc;\n\n[ApiController]\npublic class ToolsController : ControllerBase\n{\n    [HttpPost(\"/convert\")]\n    public IActionResult Convert([FromForm] string file)\n    {\n        var p = Process.Start(\"cmd.exe\", \"/c convert \" + file + \" out.pdf\");\n        p!.WaitForExit();\n        return Ok();\n    }\n}\n"
 },
 {
  "name": "py_logging_setup",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 1,
  "code": "import logging\nimport logging.handlers\nimport os\nimport sys\n\nLOG_DIR = os.environ.get(\"LOG_DIR\", \"/var/log/ingest\")\n\n\ndef setup_logging(verbose: bool = False) -> None:\n    os.makedirs(LOG_DIR, exist_ok=True)\n    fmt = logging.Formatter(\"%(asctime)s %(levelname)s %(name)s: %(message)s\")\n    fh = logging.handlers.RotatingFileHandler(\n        os.path.join(LOG_DIR, \"ingest.log\"), maxBytes=10 * 1024 * 1024, backupCount=5\n    )\n    fh.setFormatter(fmt)\n    sh = logging.StreamHandler(sys.stderr)\n    sh.setFormatter(fmt)\n    root = logging.getLogger()\n    root.setLevel(logging.DEBUG if verbose else logging.INFO)\n    root.addHandler(fh)\n    root.addHandler(sh)\n"
 },
 {
  "name": "py2_defusedxml_feed",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 2,
  "code": "import defusedxml.ElementTree as ET\nimport requests\n\nFEED_URL = \"https://status.example.com/feed.xml\"\n\n\ndef fetch_incidents() -> list[dict]:\n    resp = requests.get(FEED_URL, timeout=10)\n    resp.raise_for_status()\n    root = ET.fromstring(resp.content)\n    out = []\n    for item in root.iter(\"item\"):\n        out.append({\"title\": item.findtext(\"title\", \"\"), \"link\": item.findtext(\"link\", \"\")})\n    return out\n"
 },
 {
  "name": "py2_literal_eval_settings",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 2,
  "code": "import ast\nimport configparser\n\n\ndef read_settings(path: str) -> dict:\n    \"\"\"Values in the ini file are Python literals (lists, numbers, booleans).\"\"\"\n    cp = configparser.ConfigParser()\n    cp.read(path)\n    out = {}\n    for key, raw in cp[\"tool\"].items():\n        try:\n            out[key] = ast.literal_eval(raw)\n        except (ValueError, SyntaxError):\n            out[key] = raw\n    return out\n"
 },
 {
  "name": "py2_flask_safe_redirect",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 2,
  "code": "from urllib.parse import urlparse\n\nfrom flask import Flask, redirect, request, session, url_for\n\napp = Flask(__name__)\n\n\ndef is_safe_next(target: str) -> bool:\n    parsed = urlparse(target)\n    return not parsed.netloc and not parsed.scheme and target.startswith(\"/\") and not target.startswith(\"//\")\n\n\n@app.post(\"/login\")\ndef login():\n    user = authenticate(request.form[\"username\"], request.form[\"password\"])\n    if user is None:\n        return redirect(url_for(\"login_form\", error=1))\n    session[\"uid\"] = user.id\n    nxt = request.args.get(\"next\", \"\")\n    if nxt and is_safe_next(nxt):\n        return redirect(nxt)\n    return redirect(url_for(\"dashboard\"))\n"
 },
 {
  "name": "py2_secrets_invite",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 2,
  "code": "import secrets\nimport string\nfrom datetime import datetime, timedelta, timezone\n\nALPHABET = string.ascii_uppercase + string.digits\n\n\ndef new_invite_code(length: int = 10) -> str:\n    return \"\".join(secrets.choice(ALPHABET) for _ in range(length))\n\n\ndef new_reset_token() -> tuple[str, datetime]:\n    return secrets.token_urlsafe(32), datetime.now(timezone.utc) + timedelta(hours=1)\n"
 },
 {
  "name": "py2_tempfile_convert",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 2,
  "code": "import subprocess\nimport tempfile\nfrom pathlib import Path\n\n\ndef docx_to_pdf(data: bytes) -> bytes:\n    \"\"\"Convert an uploaded document with LibreOffice in a private temp dir.\"\"\"\n    with tempfile.TemporaryDirectory() as tmp:\n        src = Path(tmp) / \"input.docx\"\n        src.write_bytes(data)\n        subprocess.run(\n            [\"soffice\", \"--headless\", \"--convert-to\", \"pdf\", \"--outdir\", tmp, str(src)],\n            check=True,\n            timeout=120,\n        )\n        return (Path(tmp) / \"input.pdf\").read_bytes()\n"
 },
 {
  "name": "py2_numpy_kmeans",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 2,
  "code": "import numpy as np\n\n\ndef kmeans(points: np.ndarray, k: int, iters: int = 50, seed: int | None = None) -> np.ndarray:\n    rng = np.random.default_rng(seed)\n    centers = points[rng.choice(len(points), size=k, replace=False)]\n    for _ in range(iters):\n        d = np.linalg.norm(points[:, None, :] - centers[None, :, :], axis=2)\n        labels = d.argmin(axis=1)\n        new = np.array([points[labels == j].mean(axis=0) if np.any(labels == j) else centers[j] for j in range(k)])\n        if np.allclose(new, centers):\n            break\n        centers = new\n    return centers\n"
 },
 {
  "name": "py2_os_system_clear",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 2,
  "code": "import os\nimport time\n\n\ndef clear_screen() -> None:\n    os.system(\"cls\" if os.name == \"nt\" else \"clear\")\n\n\ndef countdown(seconds: int) -> None:\n    for remaining in range(seconds, 0, -1):\n        clear_screen()\n        print(f\"{remaining:>3}\")\n        time.sleep(1)\n\n\nif __name__ == \"__main__\":\n    countdown(10)\n"
 },
 {
  "name": "py2_aiohttp_json_api",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 2,
  "code": "from aiohttp import web\nimport asyncpg\n\n\nasync def get_user(request: web.Request) -> web.Response:\n    user_id = int(request.match_info[\"id\"])\n    pool: asyncpg.Pool = request.app[\"pool\"]\n    row = await pool.fetchrow(\"SELECT id, name, email FROM users WHERE id = $1\", user_id)\n    if row is None:\n        raise web.HTTPNotFound()\n    return web.json_response(dict(row))\n\n\nasync def init_pool(app: web.Application) -> None:\n    app[\"pool\"] = await asyncpg.create_pool(dsn=app[\"config\"][\"dsn\"])\n\n\ndef make_app(config: dict) -> web.Application:\n    app = web.Application()\n    app[\"config\"] = config\n    app.on_startup.append(init_pool)\n    app.router.add_get(\"/users/{id}\", get_user)\n    return app\n"
 },
 {
  "name": "py2_hmac_webhook",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 2,
  "code": "import hashlib\nimport hmac\nimport os\n\nfrom flask import Flask, abort, request\n\napp = Flask(__name__)\nSECRET = os.environ[\"WEBHOOK_SECRET\"].encode()\n\n\n@app.post(\"/hooks/github\")\ndef github_hook():\n    sig = request.headers.get(\"X-Hub-Signature-256\", \"\")\n    expected = \"sha256=\" + hmac.new(SECRET, request.get_data(), hashlib.sha256).hexdigest()\n    if not hmac.compare_digest(sig, expected):\n        abort(401)\n    event = request.get_json(silent=True) or {}\n    handle(request.headers.get(\"X-GitHub-Event\", \"ping\"), event)\n    return \"\", 204\n"
 },
 {
  "name": "py2_markdown_bleach",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 2,
  "code": "import bleach\nimport markdown\nfrom markupsafe import Markup\n\nALLOWED_TAGS = [\"p\", \"a\", \"em\", \"strong\", \"code\", \"pre\", \"ul\", \"ol\", \"li\", \"blockquote\", \"h2\", \"h3\"]\nALLOWED_ATTRS = {\"a\": [\"href\", \"title\"]}\n\n\ndef render_comment(text: str) -> Markup:\n    html = markdown.markdown(text, extensions=[\"fenced_code\"])\n    clean = bleach.clean(html, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRS, strip=True)\n    return Markup(bleach.linkify(clean))\n"
 },
 {
  "name": "py2_alembic_migration",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 2,
  "code": "\"\"\"add orders.status\n\nRevision ID: 3f2a1b9c\nRevises: 1c0d9e8f\n\"\"\"\nimport sqlalchemy as sa\nfrom alembic import op\n\nrevision = \"3f2a1b9c\"\ndown_revision = \"1c0d9e8f\"\n\n\ndef upgrade() -> None:\n    op.add_column(\"orders\", sa.Column(\"status\", sa.String(20), nullable=False, server_default=\"new\"))\n    op.create_index(\"ix_orders_status\", \"orders\", [\"status\"])\n    op.execute(\"UPDATE orders SET status = 'shipped' WHERE shipped_at IS NOT NULL\")\n\n\ndef downgrade() -> None:\n    op.drop_index(\"ix_orders_status\", table_name=\"orders\")\n    op.drop_column(\"orders\", \"status\")\n"
 },
 {
  "name": "py2_zip_extract_safe",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 2,
  "code": "import zipfile\nfrom pathlib import Path\n\n\ndef extract_plugin(archive: Path, dest: Path) -> list[Path]:\n    dest = dest.resolve()\n    written = []\n    with zipfile.ZipFile(archive) as zf:\n        for info in zf.infolist():\n            target = (dest / info.filename).resolve()\n            if not target.is_relative_to(dest):\n                raise ValueError(f\"unsafe member {info.filename!r}\")\n            if info.is_dir():\n                target.mkdir(parents=True, exist_ok=True)\n                continue\n            target.parent.mkdir(parents=True, exist_ok=True)\n            with zf.open(info) as src, open(target, \"wb\") as out:\n                out.write(src.read())\n            written.append(target)\n    return written\n"
 },
 {
  "name": "py2_vuln_yaml_load",
  "kind": "vuln",
  "lang": "python",
  "cwe": 502,
  "wave": 2,
  "code": "import yaml\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\n@app.post(\"/import\")\ndef import_config():\n    cfg = yaml.load(request.data, Loader=yaml.Loader)\n    return {\"keys\": list(cfg)}\n"
 },
 {
  "name": "py2_vuln_ssrf",
  "kind": "vuln",
  "lang": "python",
  "cwe": 918,
  "wave": 2,
  "code": "import requests\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\n@app.get(\"/preview\")\ndef preview():\n    url = request.args[\"url\"]\n    r = requests.get(url, timeout=5)\n    return r.text[:500]\n"
 },
 {
  "name": "py2_vuln_render_string",
  "kind": "vuln",
  "lang": "python",
  "cwe": 94,
  "wave": 2,
  "code": "from flask import Flask, request, render_template_string\n\napp = Flask(__name__)\n\n\n@app.get(\"/hello\")\ndef hello():\n    name = request.args.get(\"name\", \"world\")\n    return render_template_string(\"<h1>Hello \" + name + \"</h1>\")\n"
 },
 {
  "name": "java2_xml_secure",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 2,
  "code": "package com.example.importer;\n\nimport java.io.InputStream;\nimport javax.xml.XMLConstants;\nimport javax.xml.parsers.DocumentBuilder;\nimport javax.xml.parsers.DocumentBuilderFactory;\nimport org.w3c.dom.Document;\n\npublic final class SafeXml {\n    private SafeXml() {}\n\n    public static Document parse(InputStream in) throws Exception {\n        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();\n        f.setFeature(\"http://apache.org/xml/features/disallow-doctype-decl\", true);\n        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);\n        f.setXIncludeAware(false);\n        f.setExpandEntityReferences(false);\n        DocumentBuilder b = f.newDocumentBuilder();\n        return b.parse(in);\n    }\n}\n"
 },
 {
  "name": "java2_temp_file",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 2,
  "code": "package com.example.export;\n\nimport java.io.IOException;\nimport java.io.Writer;\nimport java.nio.charset.StandardCharsets;\nimport java.nio.file.Files;\nimport java.nio.file.Path;\nimport java.util.List;\n\npublic class CsvExporter {\n    public Path export(List<Row> rows) throws IOException {\n        Path tmp = Files.createTempFile(\"export-\", \".csv\");\n        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {\n            w.write(\"id,name,total\\n\");\n            for (Row r : rows) {\n                w.write(r.id() + \",\" + r.name().replace(\",\", \" \") + \",\" + r.total() + \"\\n\");\n            }\n        }\n        return tmp;\n    }\n}\n"
 },
 {
  "name": "java2_regex_validator",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 2,
  "code": "package com.example.validation;\n\nimport java.util.regex.Pattern;\n\npublic final class Validators {\n    private static final Pattern EMAIL = Pattern.compile(\"^[^@\\\\s]+@[^@\\\\s]+\\\\.[a-z]{2,}$\", Pattern.CASE_INSENSITIVE);\n    private static final Pattern SKU = Pattern.compile(\"^[A-Z]{3}-\\\\d{4}$\");\n\n    private Validators() {}\n\n    public static boolean isEmail(String s) {\n        return s != null && s.length() <= 254 && EMAIL.matcher(s).matches();\n    }\n\n    public static boolean isSku(String s) {\n        return s != null && SKU.matcher(s).matches();\n    }\n}\n"
 },
 {
  "name": "java2_spring_redirect",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 2,
  "code": "package com.example.web;\n\nimport org.springframework.stereotype.Controller;\nimport org.springframework.web.bind.annotation.PostMapping;\nimport org.springframework.web.bind.annotation.RequestParam;\n\n@Controller\npublic class CartController {\n    private final CartService carts;\n\n    public CartController(CartService carts) {\n        this.carts = carts;\n    }\n\n    @PostMapping(\"/cart/add\")\n    public String add(@RequestParam long productId, @RequestParam(defaultValue = \"1\") int qty) {\n        carts.add(productId, qty);\n        return \"redirect:/cart\";\n    }\n}\n"
 },
 {
  "name": "java2_kafka_listener",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 2,
  "code": "package com.example.events;\n\nimport com.fasterxml.jackson.databind.ObjectMapper;\nimport org.slf4j.Logger;\nimport org.slf4j.LoggerFactory;\nimport org.springframework.kafka.annotation.KafkaListener;\nimport org.springframework.stereotype.Component;\n\n@Component\npublic class PaymentEvents {\n    private static final Logger log = LoggerFactory.getLogger(PaymentEvents.class);\n    private final ObjectMapper mapper = new ObjectMapper();\n    private final LedgerService ledger;\n\n    public PaymentEvents(LedgerService ledger) {\n        this.ledger = ledger;\n    }\n\n    @KafkaListener(topics = \"payments\", groupId = \"ledger\")\n    public void onMessage(String json) throws Exception {\n        PaymentEvent e = mapper.readValue(json, PaymentEvent.class);\n        log.info(\"payment {} for order {}\", e.id(), e.orderId());\n        ledger.record(e);\n    }\n}\n"
 },
 {
  "name": "java2_resource_loader",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 2,
  "code": "package com.example.templates;\n\nimport java.io.IOException;\nimport java.io.InputStream;\nimport java.io.UncheckedIOException;\nimport java.nio.charset.StandardCharsets;\nimport java.util.Map;\nimport java.util.concurrent.ConcurrentHashMap;\n\npublic class TemplateCache {\n    private final Map<String, String> cache = new ConcurrentHashMap<>();\n\n    public String get(String name) {\n        return cache.computeIfAbsent(name, this::load);\n    }\n\n    private String load(String name) {\n        try (InputStream in = TemplateCache.class.getResourceAsStream(\"/templates/\" + name + \".mustache\")) {\n            if (in == null) {\n                throw new IllegalArgumentException(\"no template \" + name);\n            }\n            return new String(in.readAllBytes(), StandardCharsets.UTF_8);\n        } catch (IOException e) {\n            throw new UncheckedIOException(e);\n        }\n    }\n}\n"
 },
 {
  "name": "java2_cache_key_sha1",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 2,
  "code": "package com.example.cache;\n\nimport java.nio.charset.StandardCharsets;\nimport java.security.MessageDigest;\nimport java.security.NoSuchAlgorithmException;\n\npublic class RenderCache {\n    private final Store store;\n\n    public RenderCache(Store store) {\n        this.store = store;\n    }\n\n    static String cacheKey(String template, String locale) {\n        try {\n            MessageDigest sha1 = MessageDigest.getInstance(\"SHA-1\");\n            sha1.update(template.getBytes(StandardCharsets.UTF_8));\n            sha1.update(locale.getBytes(StandardCharsets.UTF_8));\n            return java.util.HexFormat.of().formatHex(sha1.digest());\n        } catch (NoSuchAlgorithmException e) {\n            throw new AssertionError(e);\n        }\n    }\n\n    public String render(String template, String locale) {\n        return store.computeIfAbsent(cacheKey(template, locale), k -> Renderer.render(template, locale));\n    }\n}\n"
 },
 {
  "name": "java2_android_prefs",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 2,
  "code": "package com.example.notes;\n\nimport android.content.Context;\nimport android.content.SharedPreferences;\n\npublic class Settings {\n    private static final String PREFS = \"notes_settings\";\n    private final SharedPreferences prefs;\n\n    public Settings(Context ctx) {\n        prefs = ctx.getSharedPreferences(PREFS, Context.MODE_PRIVATE);\n    }\n\n    public int fontSize() {\n        return prefs.getInt(\"font_size\", 16);\n    }\n\n    public void setFontSize(int size) {\n        prefs.edit().putInt(\"font_size\", Math.max(10, Math.min(size, 32))).apply();\n    }\n\n    public boolean darkMode() {\n        return prefs.getBoolean(\"dark_mode\", false);\n    }\n}\n"
 },
 {
  "name": "java2_jdbc_batch_insert",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 2,
  "code": "package com.example.etl;\n\nimport java.sql.Connection;\nimport java.sql.PreparedStatement;\nimport java.sql.SQLException;\nimport java.util.List;\nimport javax.sql.DataSource;\n\npublic class MeasurementWriter {\n    private static final String TABLE = \"measurements\";\n    private final DataSource ds;\n\n    public MeasurementWriter(DataSource ds) {\n        this.ds = ds;\n    }\n\n    public void write(List<Measurement> batch) throws SQLException {\n        String sql = \"INSERT INTO \" + TABLE + \" (sensor_id, ts, value) VALUES (?, ?, ?)\";\n        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {\n            c.setAutoCommit(false);\n            for (Measurement m : batch) {\n                ps.setString(1, m.sensorId());\n                ps.setTimestamp(2, java.sql.Timestamp.from(m.ts()));\n                ps.setDouble(3, m.value());\n                ps.addBatch();\n            }\n            ps.executeBatch();\n            c.commit();\n        }\n    }\n}\n"
 },
 {
  "name": "java2_vuln_xxe",
  "kind": "vuln",
  "lang": "java",
  "cwe": 611,
  "wave": 2,
  "code": "package com.example;\n\nimport javax.xml.parsers.DocumentBuilderFactory;\nimport jakarta.servlet.http.*;\nimport org.w3c.dom.Document;\n\npublic class XmlUpload extends HttpServlet {\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        try {\n            Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(req.getInputStream());\n            resp.getWriter().println(d.getDocumentElement().getNodeName());\n        } catch (Exception e) {\n            resp.sendError(400);\n        }\n    }\n}\n"
 },
 {
  "name": "java2_vuln_redirect",
  "kind": "vuln",
  "lang": "java",
  "cwe": 601,
  "wave": 2,
  "code": "package com.example;\n\nimport jakarta.servlet.http.*;\n\npublic class GoServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        String target = req.getParameter(\"to\");\n        resp.sendRedirect(target);\n    }\n}\n"
 },
 {
  "name": "cs2_local_redirect",
  "kind": "safe",
  "lang": "csharp",
  "cwe": 0,
  "wave": 2,
  "code": "using Microsoft.AspNetCore.Authentication;\nusing Microsoft.AspNetCore.Mvc;\n\nnamespace Portal.Controllers;\n\npublic class AccountController : Controller\n{\n    private readonly IUserService _users;\n\n    public AccountController(IUserService users) => _users = users;\n\n    [HttpPost]\n    [ValidateAntiForgeryToken]\n    public async Task<IActionResult> Login(LoginModel model, string? returnUrl = null)\n    {\n        if (!ModelState.IsValid) return View(model);\n        var principal = await _users.SignInAsync(model.Email, model.Password);\n        if (principal is null)\n        {\n            ModelState.AddModelError(\"\", \"Invalid login\");\n            return View(model);\n        }\n        await HttpContext.SignInAsync(principal);\n        if (!string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl))\n            return LocalRedirect(returnUrl);\n        return RedirectToAction(\"Index\", \"Home\");\n    }\n}\n"
 },
 {
  "name": "cs2_xml_reader_safe",
  "kind": "safe",
  "lang": "csharp",
  "cwe": 0,
  "wave": 2,
  "code": "using System.Xml;\n\nnamespace Feeds;\n\npublic static class OpmlReader\n{\n    public static IReadOnlyList<string> FeedUrls(Stream input)\n    {\n        var settings = new XmlReaderSettings\n        {\n            DtdProcessing = DtdProcessing.Prohibit,\n            XmlResolver = null,\n            IgnoreComments = true,\n        };\n        var urls = new List<string>();\n        using var reader = XmlReader.Create(input, settings);\n        while (reader.Read())\n        {\n            if (reader.NodeType == XmlNodeType.Element && reader.Name == \"outline\")\n            {\n                var url = reader.GetAttribute(\"xmlUrl\");\n                if (!string.IsNullOrEmpty(url)) urls.Add(url);\n            }\n        }\n        return urls;\n    }\n}\n"
 },
 {
  "name": "cs2_background_jitter",
  "kind": "safe",
  "lang": "csharp",
  "cwe": 0,
  "wave": 2,
  "code": "using Microsoft.Extensions.Hosting;\nusing Microsoft.Extensions.Logging;\n\nnamespace Sync.Worker;\n\npublic sealed class SyncWorker : BackgroundService\n{\n    private readonly ILogger<SyncWorker> _log;\n    private readonly ISyncClient _client;\n\n    public SyncWorker(ILogger<SyncWorker> log, ISyncClient client)\n    {\n        _log = log;\n        _client = client;\n    }\n\n    protected override async Task ExecuteAsync(CancellationToken stoppingToken)\n    {\n        while (!stoppingToken.IsCancellationRequested)\n        {\n            try\n            {\n                await _client.SyncAsync(stoppingToken);\n            }\n            catch (HttpRequestException ex)\n            {\n                _log.LogWarning(ex, \"sync failed\");\n            }\n            var jitter = TimeSpan.FromMilliseconds(Random.Shared.Next(0, 5000));\n            await Task.Delay(TimeSpan.FromMinutes(1) + jitter, stoppingToken);\n        }\n    }\n}\n"
 },
 {
  "name": "cs2_etag_md5",
  "kind": "safe",
  "lang": "csharp",
  "cwe": 0,
  "wave": 2,
  "code": "using System.Security.Cryptography;\nusing System.Text;\nusing Microsoft.AspNetCore.Http;\n\nnamespace Api.Caching;\n\npublic static class ETagHelper\n{\n    public static string ComputeETag(string body)\n    {\n        var hash = MD5.HashData(Encoding.UTF8.GetBytes(body));\n        return \"\\\"\" + Convert.ToHexString(hash) + \"\\\"\";\n    }\n\n    public static bool NotModified(HttpRequest request, string etag) =>\n        request.Headers.IfNoneMatch.Contains(etag);\n}\n"
 },
 {
  "name": "cs2_cookie_options",
  "kind": "safe",
  "lang": "csharp",
  "cwe": 0,
  "wave": 2,
  "code": "using Microsoft.AspNetCore.Http;\n\nnamespace Web.Preferences;\n\npublic class ThemeMiddleware\n{\n    private readonly RequestDelegate _next;\n\n    public ThemeMiddleware(RequestDelegate next) => _next = next;\n\n    public async Task InvokeAsync(HttpContext context)\n    {\n        if (context.Request.Query.TryGetValue(\"theme\", out var theme) && (theme == \"dark\" || theme == \"light\"))\n        {\n            context.Response.Cookies.Append(\"theme\", theme!, new CookieOptions\n            {\n                Secure = true,\n                HttpOnly = true,\n                SameSite = SameSiteMode.Lax,\n                MaxAge = TimeSpan.FromDays(365),\n            });\n        }\n        await _next(context);\n    }\n}\n"
 },
 {
  "name": "cs2_jwt_validation",
  "kind": "safe",
  "lang": "csharp",
  "cwe": 0,
  "wave": 2,
  "code": "using System.Text;\nusing Microsoft.AspNetCore.Authentication.JwtBearer;\nusing Microsoft.IdentityModel.Tokens;\n\nnamespace Api;\n\npublic static class AuthSetup\n{\n    public static IServiceCollection AddApiAuth(this IServiceCollection services, IConfiguration config)\n    {\n        var key = Encoding.UTF8.GetBytes(config[\"Jwt:SigningKey\"]!);\n        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>\n        {\n            o.TokenValidationParameters = new TokenValidationParameters\n            {\n                ValidateIssuer = true,\n                ValidIssuer = config[\"Jwt:Issuer\"],\n                ValidateAudience = true,\n                ValidAudience = config[\"Jwt:Audience\"],\n                ValidateLifetime = true,\n                ValidateIssuerSigningKey = true,\n                IssuerSigningKey = new SymmetricSecurityKey(key),\n            };\n        });\n        return services;\n    }\n}\n"
 },
 {
  "name": "cs2_app_data_file",
  "kind": "safe",
  "lang": "csharp",
  "cwe": 0,
  "wave": 2,
  "code": "namespace Notes.Desktop;\n\npublic sealed class NoteStore\n{\n    private readonly string _dir;\n\n    public NoteStore()\n    {\n        _dir = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), \"Notes\");\n        Directory.CreateDirectory(_dir);\n    }\n\n    public IEnumerable<string> Titles() =>\n        Directory.EnumerateFiles(_dir, \"*.md\").Select(Path.GetFileNameWithoutExtension)!;\n\n    public string Read(string file) => File.ReadAllText(Path.Combine(_dir, Path.GetFileName(file)));\n\n    public void Save(Guid id, string text) => File.WriteAllText(Path.Combine(_dir, id.ToString(\"N\") + \".md\"), text);\n}\n"
 },
 {
  "name": "cs2_vuln_binaryformatter",
  "kind": "vuln",
  "lang": "csharp",
  "cwe": 502,
  "wave": 2,
  "code": "using System.Runtime.Serialization.Formatters.Binary;\nusing Microsoft.AspNetCore.Mvc;\n\n[ApiController]\npublic class StateController : ControllerBase\n{\n    [HttpPost(\"/state\")]\n    public IActionResult Restore()\n    {\n        var bf = new BinaryFormatter();\n        var state = bf.Deserialize(Request.Body);\n        return Ok(state.ToString());\n    }\n}\n"
 },
 {
  "name": "cs2_vuln_open_redirect",
  "kind": "vuln",
  "lang": "csharp",
  "cwe": 601,
  "wave": 2,
  "code": "using Microsoft.AspNetCore.Mvc;\n\npublic class LinkController : Controller\n{\n    [HttpGet(\"/out\")]\n    public IActionResult Out(string url)\n    {\n        return Redirect(url);\n    }\n}\n"
 },
 {
  "name": "py3_boto3_presign",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 3,
  "code": "import boto3\nfrom flask import Flask, abort, jsonify\nfrom flask_login import current_user, login_required\n\napp = Flask(__name__)\ns3 = boto3.client(\"s3\")\nBUCKET = \"acme-user-reports\"\n\n\n@app.get(\"/reports/<int:report_id>/download\")\n@login_required\ndef download(report_id: int):\n    report = Report.query.filter_by(id=report_id, owner_id=current_user.id).first()\n    if report is None:\n        abort(404)\n    url = s3.generate_presigned_url(\n        \"get_object\", Params={\"Bucket\": BUCKET, \"Key\": report.s3_key}, ExpiresIn=300\n    )\n    return jsonify(url=url)\n"
 },
 {
  "name": "py3_typer_cli_grep",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 3,
  "code": "from pathlib import Path\n\nimport typer\n\napp = typer.Typer()\n\n\n@app.command()\ndef count(path: Path, word: str, ignore_case: bool = False) -> None:\n    \"\"\"Count lines of PATH containing WORD.\"\"\"\n    needle = word.lower() if ignore_case else word\n    n = 0\n    with path.open(encoding=\"utf-8\", errors=\"replace\") as fh:\n        for line in fh:\n            hay = line.lower() if ignore_case else line\n            if needle in hay:\n                n += 1\n    typer.echo(f\"{n} lines\")\n\n\nif __name__ == \"__main__\":\n    app()\n"
 },
 {
  "name": "py3_redis_rate_limit",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 3,
  "code": "import time\n\nimport redis\n\nr = redis.Redis(host=\"localhost\", port=6379, db=0)\n\n\ndef allow(client_id: str, limit: int = 100, window: int = 60) -> bool:\n    key = f\"rl:{client_id}:{int(time.time()) // window}\"\n    pipe = r.pipeline()\n    pipe.incr(key)\n    pipe.expire(key, window)\n    count, _ = pipe.execute()\n    return count <= limit\n"
 },
 {
  "name": "py3_sqlalchemy_orm_filter",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 3,
  "code": "from sqlalchemy import select\nfrom sqlalchemy.orm import Session\n\nfrom .models import Employee\n\nSORTABLE = {\"name\": Employee.name, \"hired\": Employee.hired_at, \"salary\": Employee.salary}\n\n\ndef list_employees(db: Session, dept: str | None, sort: str = \"name\", desc: bool = False) -> list[Employee]:\n    stmt = select(Employee)\n    if dept:\n        stmt = stmt.where(Employee.department == dept)\n    col = SORTABLE.get(sort, Employee.name)\n    stmt = stmt.order_by(col.desc() if desc else col.asc())\n    return list(db.scalars(stmt))\n"
 },
 {
  "name": "py3_random_sample_ab",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 3,
  "code": "import random\nfrom dataclasses import dataclass\n\n\n@dataclass\nclass Experiment:\n    name: str\n    variants: list[str]\n    weights: list[float]\n\n    def assign(self) -> str:\n        return random.choices(self.variants, weights=self.weights, k=1)[0]\n\n\ndef sample_for_review(items: list, fraction: float = 0.05) -> list:\n    k = max(1, int(len(items) * fraction))\n    return random.sample(items, k)\n"
 },
 {
  "name": "py3_shlex_ssh",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 3,
  "code": "import shlex\nimport subprocess\n\nHOSTS = [\"web-1.internal\", \"web-2.internal\", \"web-3.internal\"]\n\n\ndef restart_service(service: str) -> None:\n    if service not in {\"nginx\", \"app\", \"worker\"}:\n        raise ValueError(f\"unknown service {service}\")\n    for host in HOSTS:\n        remote = f\"sudo systemctl restart {shlex.quote(service)}\"\n        subprocess.run([\"ssh\", host, remote], check=True, timeout=60)\n"
 },
 {
  "name": "py3_pydantic_settings",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 3,
  "code": "from functools import lru_cache\n\nfrom pydantic import Field, PostgresDsn\nfrom pydantic_settings import BaseSettings, SettingsConfigDict\n\n\nclass Settings(BaseSettings):\n    model_config = SettingsConfigDict(env_file=\".env\", env_prefix=\"APP_\")\n\n    database_url: PostgresDsn\n    secret_key: str = Field(min_length=32)\n    debug: bool = False\n    allowed_hosts: list[str] = [\"localhost\"]\n\n\n@lru_cache\ndef get_settings() -> Settings:\n    return Settings()\n"
 },
 {
  "name": "py3_csv_import_django_cmd",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 3,
  "code": "import csv\n\nfrom django.core.management.base import BaseCommand\nfrom django.db import transaction\n\nfrom shop.models import Product\n\n\nclass Command(BaseCommand):\n    help = \"Import products from a CSV file\"\n\n    def add_arguments(self, parser):\n        parser.add_argument(\"csv_path\")\n\n    @transaction.atomic\n    def handle(self, *args, **opts):\n        with open(opts[\"csv_path\"], newline=\"\", encoding=\"utf-8\") as fh:\n            created = 0\n            for row in csv.DictReader(fh):\n                _, was_created = Product.objects.update_or_create(\n                    sku=row[\"sku\"], defaults={\"name\": row[\"name\"], \"price\": row[\"price\"]}\n                )\n                created += was_created\n        self.stdout.write(self.style.SUCCESS(f\"{created} products created\"))\n"
 },
 {
  "name": "py3_html_report_escape",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 3,
  "code": "import html\nfrom datetime import date\n\n\ndef render_report(title: str, rows: list[dict]) -> str:\n    body = \"\".join(\n        f\"<tr><td>{html.escape(r['name'])}</td><td>{r['count']:d}</td></tr>\" for r in rows\n    )\n    return (\n        \"<!doctype html><html><head><meta charset='utf-8'>\"\n        f\"<title>{html.escape(title)}</title></head><body>\"\n        f\"<h1>{html.escape(title)}</h1><p>{date.today().isoformat()}</p>\"\n        f\"<table>{body}</table></body></html>\"\n    )\n"
 },
 {
  "name": "py3_requests_retry_session",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 3,
  "code": "import requests\nfrom requests.adapters import HTTPAdapter\nfrom urllib3.util.retry import Retry\n\n\ndef make_session() -> requests.Session:\n    s = requests.Session()\n    retry = Retry(total=5, backoff_factor=0.5, status_forcelist=[502, 503, 504])\n    s.mount(\"https://\", HTTPAdapter(max_retries=retry))\n    s.headers[\"User-Agent\"] = \"inventory-sync/1.4\"\n    return s\n\n\ndef fetch_stock(session: requests.Session) -> list[dict]:\n    r = session.get(\"https://erp.example.com/api/stock\", timeout=30)\n    r.raise_for_status()\n    return r.json()[\"items\"]\n"
 },
 {
  "name": "py3_vuln_eval_calc",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "wave": 3,
  "code": "from flask import Flask, request\n\napp = Flask(__name__)\n\n\n@app.post(\"/calc\")\ndef calc():\n    expr = request.form[\"expr\"]\n    return {\"result\": eval(expr)}\n"
 },
 {
  "name": "py3_vuln_md5_password",
  "kind": "vuln",
  "lang": "python",
  "cwe": 328,
  "wave": 3,
  "code": "import hashlib\n\n\ndef hash_password(password: str) -> str:\n    return hashlib.md5(password.encode()).hexdigest()\n\n\ndef check(password: str, stored: str) -> bool:\n    return hash_password(password) == stored\n"
 },
 {
  "name": "java3_spring_security_config",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 3,
  "code": "package com.example.config;\n\nimport org.springframework.context.annotation.Bean;\nimport org.springframework.context.annotation.Configuration;\nimport org.springframework.security.config.annotation.web.builders.HttpSecurity;\nimport org.springframework.security.crypto.argon2.Argon2PasswordEncoder;\nimport org.springframework.security.crypto.password.PasswordEncoder;\nimport org.springframework.security.web.SecurityFilterChain;\n\n@Configuration\npublic class SecurityConfig {\n    @Bean\n    SecurityFilterChain filterChain(HttpSecurity http) throws Exception {\n        http.authorizeHttpRequests(a -> a\n                .requestMatchers(\"/actuator/health\", \"/public/**\").permitAll()\n                .anyRequest().authenticated())\n            .formLogin(f -> f.loginPage(\"/login\").permitAll())\n            .logout(l -> l.logoutSuccessUrl(\"/\"));\n        return http.build();\n    }\n\n    @Bean\n    PasswordEncoder passwordEncoder() {\n        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();\n    }\n}\n"
 },
 {
  "name": "java3_quarkus_resource",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 3,
  "code": "package org.acme.books;\n\nimport jakarta.inject.Inject;\nimport jakarta.ws.rs.*;\nimport jakarta.ws.rs.core.MediaType;\nimport java.util.List;\n\n@Path(\"/books\")\n@Produces(MediaType.APPLICATION_JSON)\npublic class BookResource {\n    @Inject\n    BookRepository books;\n\n    @GET\n    public List<Book> list(@QueryParam(\"author\") String author) {\n        if (author == null || author.isBlank()) {\n            return books.listAll();\n        }\n        return books.list(\"author\", author);\n    }\n\n    @GET\n    @Path(\"/{id}\")\n    public Book get(@PathParam(\"id\") Long id) {\n        return books.findByIdOptional(id).orElseThrow(NotFoundException::new);\n    }\n}\n"
 },
 {
  "name": "java3_file_walker_cli",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 3,
  "code": "package tools.size;\n\nimport java.io.IOException;\nimport java.nio.file.Files;\nimport java.nio.file.Path;\nimport java.nio.file.Paths;\nimport java.util.stream.Stream;\n\npublic class DirSize {\n    public static void main(String[] args) throws IOException {\n        Path root = Paths.get(args.length > 0 ? args[0] : \".\");\n        try (Stream<Path> files = Files.walk(root)) {\n            long total = files.filter(Files::isRegularFile).mapToLong(p -> {\n                try {\n                    return Files.size(p);\n                } catch (IOException e) {\n                    return 0L;\n                }\n            }).sum();\n            System.out.printf(\"%s: %,d bytes%n\", root.toAbsolutePath(), total);\n        }\n    }\n}\n"
 },
 {
  "name": "java3_simulation_random",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 3,
  "code": "package sim.epidemic;\n\nimport java.util.Random;\n\npublic class SirModel {\n    private final Random random;\n    private final double beta;\n    private final double gamma;\n\n    public SirModel(long seed, double beta, double gamma) {\n        this.random = new Random(seed);\n        this.beta = beta;\n        this.gamma = gamma;\n    }\n\n    public int[] step(int s, int i, int r, int n) {\n        int newInfected = 0;\n        int newRecovered = 0;\n        for (int k = 0; k < i; k++) {\n            if (random.nextDouble() < beta * s / (double) n) newInfected++;\n            if (random.nextDouble() < gamma) newRecovered++;\n        }\n        newInfected = Math.min(newInfected, s);\n        return new int[] {s - newInfected, i + newInfected - newRecovered, r + newRecovered};\n    }\n}\n"
 },
 {
  "name": "java3_thymeleaf_controller",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 3,
  "code": "package com.example.blog;\n\nimport org.springframework.stereotype.Controller;\nimport org.springframework.ui.Model;\nimport org.springframework.web.bind.annotation.GetMapping;\nimport org.springframework.web.bind.annotation.PathVariable;\nimport org.springframework.web.bind.annotation.RequestParam;\n\n@Controller\npublic class PostController {\n    private final PostService posts;\n\n    public PostController(PostService posts) {\n        this.posts = posts;\n    }\n\n    @GetMapping(\"/posts/{slug}\")\n    public String show(@PathVariable String slug, Model model) {\n        model.addAttribute(\"post\", posts.bySlug(slug));\n        return \"posts/show\";\n    }\n\n    @GetMapping(\"/search\")\n    public String search(@RequestParam(defaultValue = \"\") String q, Model model) {\n        model.addAttribute(\"q\", q);\n        model.addAttribute(\"results\", posts.search(q));\n        return \"posts/search\";\n    }\n}\n"
 },
 {
  "name": "java3_uuid_ids",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 3,
  "code": "package com.example.ids;\n\nimport java.util.UUID;\n\npublic final class OrderNumbers {\n    private OrderNumbers() {}\n\n    public static String newOrderNumber() {\n        return \"ORD-\" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();\n    }\n\n    public static UUID parse(String s) {\n        return UUID.fromString(s);\n    }\n}\n"
 },
 {
  "name": "java3_gzip_util",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 3,
  "code": "package com.example.io;\n\nimport java.io.ByteArrayInputStream;\nimport java.io.ByteArrayOutputStream;\nimport java.io.IOException;\nimport java.util.zip.GZIPInputStream;\nimport java.util.zip.GZIPOutputStream;\n\npublic final class Gzip {\n    private static final int MAX = 16 * 1024 * 1024;\n\n    private Gzip() {}\n\n    public static byte[] compress(byte[] data) throws IOException {\n        ByteArrayOutputStream bos = new ByteArrayOutputStream();\n        try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {\n            gz.write(data);\n        }\n        return bos.toByteArray();\n    }\n\n    public static byte[] decompress(byte[] data) throws IOException {\n        try (GZIPInputStream gz = new GZIPInputStream(new ByteArrayInputStream(data))) {\n            byte[] out = gz.readNBytes(MAX + 1);\n            if (out.length > MAX) throw new IOException(\"too large\");\n            return out;\n        }\n    }\n}\n"
 },
 {
  "name": "java3_hmac_signer",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 3,
  "code": "package com.example.webhooks;\n\nimport java.nio.charset.StandardCharsets;\nimport java.security.MessageDigest;\nimport javax.crypto.Mac;\nimport javax.crypto.spec.SecretKeySpec;\n\npublic class WebhookVerifier {\n    private final byte[] secret;\n\n    public WebhookVerifier(String secret) {\n        this.secret = secret.getBytes(StandardCharsets.UTF_8);\n    }\n\n    public boolean verify(byte[] body, String signatureHex) throws Exception {\n        Mac mac = Mac.getInstance(\"HmacSHA256\");\n        mac.init(new SecretKeySpec(secret, \"HmacSHA256\"));\n        byte[] expected = mac.doFinal(body);\n        byte[] given = java.util.HexFormat.of().parseHex(signatureHex);\n        return MessageDigest.isEqual(expected, given);\n    }\n}\n"
 },
 {
  "name": "java3_properties_loader",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 3,
  "code": "package com.example.app;\n\nimport java.io.IOException;\nimport java.io.InputStream;\nimport java.util.Properties;\n\npublic final class AppProperties {\n    private static final Properties PROPS = new Properties();\n\n    static {\n        try (InputStream in = AppProperties.class.getClassLoader().getResourceAsStream(\"app.properties\")) {\n            if (in != null) PROPS.load(in);\n        } catch (IOException e) {\n            throw new ExceptionInInitializerError(e);\n        }\n    }\n\n    private AppProperties() {}\n\n    public static int poolSize() {\n        return Integer.parseInt(PROPS.getProperty(\"pool.size\", \"10\"));\n    }\n\n    public static String region() {\n        return PROPS.getProperty(\"aws.region\", \"eu-west-1\");\n    }\n}\n"
 },
 {
  "name": "java3_vuln_path",
  "kind": "vuln",
  "lang": "java",
  "cwe": 22,
  "wave": 3,
  "code": "package com.example;\n\nimport java.nio.file.*;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class AvatarController {\n    private static final Path DIR = Paths.get(\"/srv/avatars\");\n\n    @GetMapping(\"/avatar\")\n    public byte[] avatar(@RequestParam String file) throws Exception {\n        return Files.readAllBytes(DIR.resolve(file));\n    }\n}\n"
 },
 {
  "name": "java3_vuln_insecure_random_token",
  "kind": "vuln",
  "lang": "java",
  "cwe": 338,
  "wave": 3,
  "code": "package com.example;\n\nimport java.util.Random;\n\npublic class ResetTokens {\n    private final Random random = new Random();\n\n    public String newResetToken() {\n        return Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong());\n    }\n}\n"
 },
 {
  "name": "cs3_hosted_efcore_migration",
  "kind": "safe",
  "lang": "csharp",
  "cwe": 0,
  "wave": 3,
  "code": "using Microsoft.EntityFrameworkCore.Migrations;\n\nnamespace Shop.Data.Migrations;\n\npublic partial class AddOrderStatus : Migration\n{\n    protected override void Up(MigrationBuilder migrationBuilder)\n    {\n        migrationBuilder.AddColumn<string>(\n            name: \"Status\",\n            table: \"Orders\",\n            maxLength: 20,\n            nullable: false,\n            defaultValue: \"New\");\n        migrationBuilder.Sql(\"UPDATE Orders SET Status = 'Shipped' WHERE ShippedAt IS NOT NULL\");\n    }\n\n    protected override void Down(MigrationBuilder migrationBuilder)\n    {\n        migrationBuilder.DropColumn(name: \"Status\", table: \"Orders\");\n    }\n}\n"
 },
 {
  "name": "cs3_httpclient_typed",
  "kind": "safe",
  "lang": "csharp",
  "cwe": 0,
  "wave": 3,
  "code": "using System.Net.Http.Json;\n\nnamespace Payments.Clients;\n\npublic sealed class ExchangeRateClient\n{\n    private readonly HttpClient _http;\n\n    public ExchangeRateClient(HttpClient http)\n    {\n        _http = http;\n        _http.BaseAddress = new Uri(\"https://rates.example.com/\");\n        _http.Timeout = TimeSpan.FromSeconds(10);\n    }\n\n    public async Task<decimal> GetRateAsync(string from, string to, CancellationToken ct = default)\n    {\n        var path = $\"v2/rates?from={Uri.EscapeDataString(from)}&to={Uri.EscapeDataString(to)}\";\n        var rate = await _http.GetFromJsonAsync<RateDto>(path, ct);\n        return rate?.Value ?? throw new InvalidOperationException(\"no rate\");\n    }\n\n    private sealed record RateDto(decimal Value);\n}\n"
 },
 {
  "name": "cs3_regex_timeout",
  "kind": "safe",
  "lang": "csharp",
  "cwe": 0,
  "wave": 3,
  "code": "using System.Text.RegularExpressions;\n\nnamespace Text.Tools;\n\npublic static partial class Slug\n{\n    [GeneratedRegex(\"[^a-z0-9]+\", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]\n    private static partial Regex NonAlnum();\n\n    public static string From(string title)\n    {\n        var lower = title.Trim().ToLowerInvariant();\n        var slug = NonAlnum().Replace(lower, \"-\").Trim('-');\n        return slug.Length > 80 ? slug[..80] : slug;\n    }\n}\n"
 },
 {
  "name": "cs3_aes_gcm",
  "kind": "safe",
  "lang": "csharp",
  "cwe": 0,
  "wave": 3,
  "code": "using System.Security.Cryptography;\n\nnamespace Vault.Crypto;\n\npublic sealed class FieldEncryptor : IDisposable\n{\n    private readonly AesGcm _aes;\n\n    public FieldEncryptor(byte[] key) => _aes = new AesGcm(key, AesGcm.TagByteSizes.MaxSize);\n\n    public byte[] Encrypt(byte[] plaintext)\n    {\n        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);\n        var cipher = new byte[plaintext.Length];\n        var tag = new byte[AesGcm.TagByteSizes.MaxSize];\n        _aes.Encrypt(nonce, plaintext, cipher, tag);\n        return [.. nonce, .. tag, .. cipher];\n    }\n\n    public void Dispose() => _aes.Dispose();\n}\n"
 },
 {
  "name": "cs3_xunit_integration",
  "kind": "safe",
  "lang": "csharp",
  "cwe": 0,
  "wave": 3,
  "code": "using System.Net;\nusing Microsoft.AspNetCore.Mvc.Testing;\nusing Xunit;\n\nnamespace Api.Tests;\n\npublic class HealthTests : IClassFixture<WebApplicationFactory<Program>>\n{\n    private readonly HttpClient _client;\n\n    public HealthTests(WebApplicationFactory<Program> factory) => _client = factory.CreateClient();\n\n    [Fact]\n    public async Task HealthReturnsOk()\n    {\n        var resp = await _client.GetAsync(\"/health\");\n        Assert.Equal(HttpStatusCode.OK, resp.StatusCode);\n    }\n\n    [Fact]\n    public async Task LoginRejectsWrongPassword()\n    {\n        var form = new FormUrlEncodedContent(new Dictionary<string, string>\n        {\n            [\"email\"] = \"test@example.com\",\n            [\"password\"] = \"not-the-password\",\n        });\n        var resp = await _client.PostAsync(\"/login\", form);\n        Assert.Equal(HttpStatusCode.Unauthorized, resp.StatusCode);\n    }\n}\n"
 },
 {
  "name": "cs3_console_args_file",
  "kind": "safe",
  "lang": "csharp",
  "cwe": 0,
  "wave": 3,
  "code": "namespace LineCount;\n\ninternal static class Program\n{\n    private static int Main(string[] args)\n    {\n        if (args.Length != 1)\n        {\n            Console.Error.WriteLine(\"usage: linecount <file>\");\n            return 1;\n        }\n        var path = args[0];\n        if (!File.Exists(path))\n        {\n            Console.Error.WriteLine($\"no such file: {path}\");\n            return 1;\n        }\n        var lines = File.ReadLines(path).Count();\n        Console.WriteLine($\"{lines} {path}\");\n        return 0;\n    }\n}\n"
 },
 {
  "name": "cs3_razor_page_model",
  "kind": "safe",
  "lang": "csharp",
  "cwe": 0,
  "wave": 3,
  "code": "using Microsoft.AspNetCore.Mvc;\nusing Microsoft.AspNetCore.Mvc.RazorPages;\nusing Microsoft.EntityFrameworkCore;\n\nnamespace Library.Pages.Books;\n\npublic class IndexModel : PageModel\n{\n    private readonly LibraryContext _db;\n\n    public IndexModel(LibraryContext db) => _db = db;\n\n    [BindProperty(SupportsGet = true)]\n    public string? Search { get; set; }\n\n    public IList<Book> Books { get; private set; } = new List<Book>();\n\n    public async Task OnGetAsync()\n    {\n        var q = _db.Books.AsNoTracking();\n        if (!string.IsNullOrEmpty(Search))\n            q = q.Where(b => EF.Functions.Like(b.Title, $\"%{Search}%\"));\n        Books = await q.OrderBy(b => b.Title).ToListAsync();\n    }\n}\n"
 },
 {
  "name": "cs3_vuln_fromsqlraw",
  "kind": "vuln",
  "lang": "csharp",
  "cwe": 89,
  "wave": 3,
  "code": "using Microsoft.AspNetCore.Mvc;\nusing Microsoft.EntityFrameworkCore;\n\n[ApiController]\npublic class UsersController : ControllerBase\n{\n    private readonly AppDb _db;\n    public UsersController(AppDb db) => _db = db;\n\n    [HttpGet(\"/users/search\")]\n    public IActionResult Search([FromQuery] string name)\n    {\n        var users = _db.Users.FromSqlRaw(\"SELECT * FROM Users WHERE Name LIKE '%\" + name + \"%'\").ToList();\n        return Ok(users);\n    }\n}\n"
 },
 {
  "name": "cs3_vuln_md5_password",
  "kind": "vuln",
  "lang": "csharp",
  "cwe": 328,
  "wave": 3,
  "code": "using System.Security.Cryptography;\nusing System.Text;\n\npublic static class LegacyPasswords\n{\n    public static string HashPassword(string password)\n    {\n        using var md5 = MD5.Create();\n        return Convert.ToBase64String(md5.ComputeHash(Encoding.UTF8.GetBytes(password)));\n    }\n}\n"
 },
 {
  "name": "py4_shell_constant_pipeline",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 4,
  "code": "import subprocess\n\n\ndef disk_usage_report() -> str:\n    \"\"\"Top ten directories under /var by size (a fixed admin pipeline).\"\"\"\n    return subprocess.check_output(\"du -sh /var/* 2>/dev/null | sort -rh | head -10\", shell=True, text=True)\n\n\nif __name__ == \"__main__\":\n    print(disk_usage_report())\n"
 },
 {
  "name": "py4_pickle_own_cache",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 4,
  "code": "import os\nimport pickle\nfrom pathlib import Path\n\nCACHE = Path(os.path.expanduser(\"~/.cache/tilegen/index.pkl\"))\n\n\ndef load_index() -> dict:\n    if CACHE.exists():\n        with CACHE.open(\"rb\") as fh:\n            return pickle.load(fh)\n    return {}\n\n\ndef save_index(index: dict) -> None:\n    CACHE.parent.mkdir(parents=True, exist_ok=True)\n    tmp = CACHE.with_suffix(\".tmp\")\n    with tmp.open(\"wb\") as fh:\n        pickle.dump(index, fh, protocol=pickle.HIGHEST_PROTOCOL)\n    tmp.replace(CACHE)\n",
  "gap": "pickle.load of a cache file the program wrote under ~/.cache is reported (py.insecure-deserialization reports any non-constant pickle data)"
 },
 {
  "name": "py4_getattr_dispatch",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 4,
  "code": "import sys\n\n\nclass Calculator:\n    def cmd_add(self, a: float, b: float) -> float:\n        return a + b\n\n    def cmd_mul(self, a: float, b: float) -> float:\n        return a * b\n\n    def run(self, argv: list[str]) -> float:\n        name, *nums = argv\n        handler = getattr(self, f\"cmd_{name}\", None)\n        if handler is None:\n            raise SystemExit(f\"unknown command {name}\")\n        return handler(*map(float, nums))\n\n\nif __name__ == \"__main__\":\n    print(Calculator().run(sys.argv[1:]))\n"
 },
 {
  "name": "py4_flask_upload_secure",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 4,
  "code": "import os\nimport uuid\n\nfrom flask import Flask, abort, request\nfrom werkzeug.utils import secure_filename\n\napp = Flask(__name__)\napp.config[\"MAX_CONTENT_LENGTH\"] = 8 * 1024 * 1024\nUPLOAD_DIR = \"/srv/app/uploads\"\nALLOWED = {\".png\", \".jpg\", \".jpeg\", \".gif\"}\n\n\n@app.post(\"/upload\")\ndef upload():\n    f = request.files.get(\"image\")\n    if f is None or not f.filename:\n        abort(400)\n    ext = os.path.splitext(secure_filename(f.filename))[1].lower()\n    if ext not in ALLOWED:\n        abort(415)\n    name = f\"{uuid.uuid4().hex}{ext}\"\n    f.save(os.path.join(UPLOAD_DIR, name))\n    return {\"name\": name}, 201\n"
 },
 {
  "name": "py4_scrypt_kdf",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 4,
  "code": "import hashlib\nimport hmac\nimport os\n\n\ndef derive(password: str, salt: bytes | None = None) -> tuple[bytes, bytes]:\n    salt = salt or os.urandom(16)\n    key = hashlib.scrypt(password.encode(), salt=salt, n=2**15, r=8, p=1, maxmem=64 * 1024 * 1024, dklen=32)\n    return salt, key\n\n\ndef verify(password: str, salt: bytes, expected: bytes) -> bool:\n    return hmac.compare_digest(derive(password, salt)[1], expected)\n"
 },
 {
  "name": "py4_logging_request",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 4,
  "code": "import logging\nimport time\n\nfrom flask import Flask, g, request\n\napp = Flask(__name__)\nlog = logging.getLogger(\"access\")\n\n\n@app.before_request\ndef start_timer():\n    g.start = time.perf_counter()\n\n\n@app.after_request\ndef log_request(response):\n    elapsed = (time.perf_counter() - g.start) * 1000\n    log.info(\"%s %s %s %.1fms\", request.method, request.path, response.status_code, elapsed)\n    return response\n"
 },
 {
  "name": "py4_gravatar",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "wave": 4,
  "code": "import hashlib\nfrom urllib.parse import urlencode\n\n\ndef avatar_url(email: str, size: int = 80) -> str:\n    digest = hashlib.md5(email.strip().lower().encode(\"utf-8\")).hexdigest()\n    return f\"https://www.gravatar.com/avatar/{digest}?\" + urlencode({\"s\": size, \"d\": \"identicon\"})\n"
 },
 {
  "name": "py4_vuln_os_system_arg",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "wave": 4,
  "code": "import os\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\n@app.post(\"/archive\")\ndef archive():\n    folder = request.form[\"folder\"]\n    os.system(\"tar czf /tmp/out.tgz \" + folder)\n    return \"ok\"\n"
 },
 {
  "name": "java4_runtime_exec_const",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 4,
  "code": "package com.example.ops;\n\nimport java.io.IOException;\nimport java.nio.charset.StandardCharsets;\n\npublic final class Uptime {\n    private Uptime() {}\n\n    public static String read() throws IOException, InterruptedException {\n        Process p = Runtime.getRuntime().exec(new String[] {\"uptime\", \"-p\"});\n        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);\n        p.waitFor();\n        return out.trim();\n    }\n}\n"
 },
 {
  "name": "java4_servlet_json",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 4,
  "code": "package com.example.api;\n\nimport com.google.gson.Gson;\nimport jakarta.servlet.http.HttpServlet;\nimport jakarta.servlet.http.HttpServletRequest;\nimport jakarta.servlet.http.HttpServletResponse;\nimport java.io.IOException;\nimport java.util.Map;\n\npublic class StatusServlet extends HttpServlet {\n    private final Gson gson = new Gson();\n\n    @Override\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String region = req.getParameter(\"region\");\n        resp.setContentType(\"application/json\");\n        resp.setCharacterEncoding(\"UTF-8\");\n        resp.getWriter().write(gson.toJson(Map.of(\"region\", region == null ? \"all\" : region, \"ok\", true)));\n    }\n}\n"
 },
 {
  "name": "java4_logging_user",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 4,
  "code": "package com.example.audit;\n\nimport org.slf4j.Logger;\nimport org.slf4j.LoggerFactory;\nimport org.springframework.security.core.Authentication;\nimport org.springframework.stereotype.Component;\n\n@Component\npublic class LoginAudit {\n    private static final Logger log = LoggerFactory.getLogger(LoginAudit.class);\n\n    public void success(Authentication auth) {\n        log.info(\"login ok user={}\", auth.getName());\n    }\n\n    public void failure(String username, String reason) {\n        log.warn(\"login failed user={} reason={}\", username.replaceAll(\"[\\\\r\\\\n]\", \"_\"), reason);\n    }\n}\n"
 },
 {
  "name": "java4_pbkdf2",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 4,
  "code": "package com.example.crypto;\n\nimport java.security.SecureRandom;\nimport java.security.spec.KeySpec;\nimport javax.crypto.SecretKeyFactory;\nimport javax.crypto.spec.PBEKeySpec;\n\npublic final class Pbkdf2 {\n    private static final int ITERATIONS = 310_000;\n    private static final SecureRandom RNG = new SecureRandom();\n\n    private Pbkdf2() {}\n\n    public static byte[] salt() {\n        byte[] s = new byte[16];\n        RNG.nextBytes(s);\n        return s;\n    }\n\n    public static byte[] derive(char[] password, byte[] salt) throws Exception {\n        KeySpec spec = new PBEKeySpec(password, salt, ITERATIONS, 256);\n        return SecretKeyFactory.getInstance(\"PBKDF2WithHmacSHA256\").generateSecret(spec).getEncoded();\n    }\n}\n"
 },
 {
  "name": "java4_git_blob_sha1",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 4,
  "code": "package dev.vcs.objects;\n\nimport java.nio.charset.StandardCharsets;\nimport java.security.MessageDigest;\nimport java.util.HexFormat;\n\npublic final class BlobId {\n    private BlobId() {}\n\n    /** Git object id of a blob: SHA-1 over \"blob <len>\\0\" + content, as git computes it. */\n    public static String of(byte[] content) throws Exception {\n        MessageDigest md = MessageDigest.getInstance(\"SHA-1\");\n        md.update((\"blob \" + content.length + \"\\0\").getBytes(StandardCharsets.US_ASCII));\n        md.update(content);\n        return HexFormat.of().formatHex(md.digest());\n    }\n}\n"
 },
 {
  "name": "java4_vuln_md5_password",
  "kind": "vuln",
  "lang": "java",
  "cwe": 328,
  "wave": 4,
  "code": "package com.example;\n\nimport java.security.MessageDigest;\nimport java.util.HexFormat;\n\npublic class LegacyAuth {\n    public static String hashPassword(String password) throws Exception {\n        MessageDigest md = MessageDigest.getInstance(\"MD5\");\n        return HexFormat.of().formatHex(md.digest(password.getBytes()));\n    }\n}\n"
 },
 {
  "name": "cs4_process_const",
  "kind": "safe",
  "lang": "csharp",
  "cwe": 0,
  "wave": 4,
  "code": "using System.Diagnostics;\n\nnamespace Ops;\n\npublic static class GitInfo\n{\n    public static string CurrentBranch(string repoDir)\n    {\n        var psi = new ProcessStartInfo(\"git\", \"rev-parse --abbrev-ref HEAD\")\n        {\n            WorkingDirectory = repoDir,\n            RedirectStandardOutput = true,\n            UseShellExecute = false,\n        };\n        using var p = Process.Start(psi)!;\n        var branch = p.StandardOutput.ReadToEnd().Trim();\n        p.WaitForExit();\n        return branch;\n    }\n}\n"
 },
 {
  "name": "cs4_config_file_path",
  "kind": "safe",
  "lang": "csharp",
  "cwe": 0,
  "wave": 4,
  "code": "using System.Text.Json;\n\nnamespace Importer;\n\npublic sealed class MappingLoader\n{\n    private readonly string _path;\n\n    public MappingLoader(IConfiguration config)\n    {\n        _path = Path.Combine(AppContext.BaseDirectory, config[\"Import:MappingFile\"] ?? \"mapping.json\");\n    }\n\n    public Dictionary<string, string> Load()\n    {\n        var json = File.ReadAllText(_path);\n        return JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? new();\n    }\n}\n"
 },
 {
  "name": "cs4_authorize_controller",
  "kind": "safe",
  "lang": "csharp",
  "cwe": 0,
  "wave": 4,
  "code": "using Microsoft.AspNetCore.Authorization;\nusing Microsoft.AspNetCore.Mvc;\n\nnamespace Admin.Controllers;\n\n[Authorize(Roles = \"Admin\")]\n[ApiController]\n[Route(\"api/admin/users\")]\npublic class AdminUsersController : ControllerBase\n{\n    private readonly IUserStore _store;\n\n    public AdminUsersController(IUserStore store) => _store = store;\n\n    [HttpDelete(\"{id:guid}\")]\n    public async Task<IActionResult> Delete(Guid id)\n    {\n        var ok = await _store.DeleteAsync(id);\n        return ok ? NoContent() : NotFound();\n    }\n\n    [HttpPost(\"{id:guid}/lock\")]\n    public async Task<IActionResult> Lock(Guid id, [FromBody] LockRequest body)\n    {\n        await _store.LockAsync(id, body.Until);\n        return NoContent();\n    }\n}\n"
 },
 {
  "name": "cs4_shuffle_quiz",
  "kind": "safe",
  "lang": "csharp",
  "cwe": 0,
  "wave": 4,
  "code": "namespace Quiz;\n\npublic class QuizService\n{\n    private readonly Random _random = new();\n    private readonly IReadOnlyList<Question> _bank;\n\n    public QuizService(IReadOnlyList<Question> bank) => _bank = bank;\n\n    public IReadOnlyList<Question> NewRound(int count)\n    {\n        var picked = _bank.ToArray();\n        _random.Shuffle(picked);\n        return picked.Take(count).ToList();\n    }\n}\n"
 },
 {
  "name": "cs4_vuln_xml_dtd",
  "kind": "vuln",
  "lang": "csharp",
  "cwe": 611,
  "wave": 4,
  "code": "using System.Xml;\nusing Microsoft.AspNetCore.Mvc;\n\n[ApiController]\npublic class ImportController : ControllerBase\n{\n    [HttpPost(\"/import\")]\n    public IActionResult Import()\n    {\n        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = new XmlUrlResolver() };\n        using var reader = XmlReader.Create(Request.Body, settings);\n        var doc = new XmlDocument();\n        doc.Load(reader);\n        return Ok(doc.DocumentElement?.Name);\n    }\n}\n"
 }
];

describeProbes('round 11 safe-first probes (Python, Java, C#)', PROBES);
