// Probe set of round 10 (Python, JavaScript/TypeScript, Ruby): "safe first". Realistic, correct,
// everyday files (services, CLIs, build scripts, React/Vue components, Rails/Sinatra apps, rake tasks,
// gems, tests and fixtures) where security-relevant APIs are used correctly or benign code resembles
// a sink, plus vulnerable files that keep recall honest. Each wave was written and saved before the
// analyzer was run on it. A safe file must have no finding at the default confidence; a vulnerable
// one must be reported in its CWE class. Left out: js4_sri_hash (a helper of a build script that joins its
// parameter under dist/, called from a String.replace callback: still reported). See code-rules/README.md, "Round 10 (Python, JavaScript/TypeScript, Ruby)".
import { describe, expect, it } from 'vitest';
import { describeProbes, ruleIds as ids, type Probe } from './code-probes.js';

const PROBES: Probe[] = [
 {
  "name": "py_git_sha",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import subprocess\nfrom pathlib import Path\n\n\ndef current_commit(repo: Path) -> str:\n    \"\"\"Return the HEAD commit of the repository, used to stamp build artifacts.\"\"\"\n    out = subprocess.run(\n        [\"git\", \"rev-parse\", \"HEAD\"],\n        cwd=repo,\n        check=True,\n        capture_output=True,\n        text=True,\n    )\n    return out.stdout.strip()\n\n\ndef dirty(repo: Path) -> bool:\n    out = subprocess.check_output([\"git\", \"status\", \"--porcelain\"], cwd=repo, text=True)\n    return bool(out.strip())\n\n\nif __name__ == \"__main__\":\n    here = Path(__file__).resolve().parent\n    print(current_commit(here), \"dirty\" if dirty(here) else \"clean\")\n"
 },
 {
  "name": "py_file_checksum",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import hashlib\nimport sys\n\n\ndef sha256_file(path, chunk=1 << 20):\n    h = hashlib.sha256()\n    with open(path, \"rb\") as fh:\n        for block in iter(lambda: fh.read(chunk), b\"\"):\n            h.update(block)\n    return h.hexdigest()\n\n\ndef md5_file(path):\n    # matches the Content-MD5 the object store reports; not used for security\n    h = hashlib.md5(usedforsecurity=False)\n    with open(path, \"rb\") as fh:\n        for block in iter(lambda: fh.read(65536), b\"\"):\n            h.update(block)\n    return h.hexdigest()\n\n\ndef main(argv):\n    for name in argv[1:]:\n        print(f\"{sha256_file(name)}  {md5_file(name)}  {name}\")\n    return 0\n\n\nif __name__ == \"__main__\":\n    sys.exit(main(sys.argv))\n"
 },
 {
  "name": "py_cache_key",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import hashlib\nimport json\nfrom functools import wraps\n\n_cache = {}\n\n\ndef cache_key(func_name, args, kwargs):\n    payload = json.dumps([func_name, args, kwargs], sort_keys=True, default=str)\n    return hashlib.sha1(payload.encode(\"utf-8\")).hexdigest()\n\n\ndef memoize(func):\n    @wraps(func)\n    def wrapper(*args, **kwargs):\n        key = cache_key(func.__name__, args, kwargs)\n        if key not in _cache:\n            _cache[key] = func(*args, **kwargs)\n        return _cache[key]\n    return wrapper\n\n\n@memoize\ndef fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n"
 },
 {
  "name": "py_sqlite_repo",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import sqlite3\nfrom dataclasses import dataclass\nfrom typing import Optional\n\n\n@dataclass\nclass User:\n    id: int\n    email: str\n    name: str\n\n\nclass UserRepository:\n    def __init__(self, path: str = \"app.db\"):\n        self.conn = sqlite3.connect(path)\n        self.conn.row_factory = sqlite3.Row\n        self.conn.execute(\n            \"CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, email TEXT UNIQUE, name TEXT)\"\n        )\n\n    def add(self, email: str, name: str) -> int:\n        cur = self.conn.execute(\"INSERT INTO users (email, name) VALUES (?, ?)\", (email, name))\n        self.conn.commit()\n        return cur.lastrowid\n\n    def by_email(self, email: str) -> Optional[User]:\n        row = self.conn.execute(\n            \"SELECT id, email, name FROM users WHERE email = ?\", (email,)\n        ).fetchone()\n        return User(**row) if row else None\n\n    def search(self, term: str, limit: int = 20):\n        rows = self.conn.execute(\n            \"SELECT id, email, name FROM users WHERE name LIKE ? ORDER BY name LIMIT ?\",\n            (f\"%{term}%\", limit),\n        ).fetchall()\n        return [User(**r) for r in rows]\n"
 },
 {
  "name": "py_flask_api",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "from flask import Flask, jsonify, request, abort\nfrom flask_sqlalchemy import SQLAlchemy\n\napp = Flask(__name__)\napp.config[\"SQLALCHEMY_DATABASE_URI\"] = \"sqlite:///todo.db\"\ndb = SQLAlchemy(app)\n\n\nclass Todo(db.Model):\n    id = db.Column(db.Integer, primary_key=True)\n    title = db.Column(db.String(200), nullable=False)\n    done = db.Column(db.Boolean, default=False)\n\n    def to_dict(self):\n        return {\"id\": self.id, \"title\": self.title, \"done\": self.done}\n\n\n@app.get(\"/todos\")\ndef list_todos():\n    q = Todo.query\n    if request.args.get(\"done\") == \"1\":\n        q = q.filter_by(done=True)\n    return jsonify([t.to_dict() for t in q.order_by(Todo.id).all()])\n\n\n@app.post(\"/todos\")\ndef create_todo():\n    data = request.get_json(silent=True) or {}\n    title = (data.get(\"title\") or \"\").strip()\n    if not title or len(title) > 200:\n        abort(400)\n    todo = Todo(title=title)\n    db.session.add(todo)\n    db.session.commit()\n    return jsonify(todo.to_dict()), 201\n\n\n@app.get(\"/todos/<int:todo_id>\")\ndef get_todo(todo_id):\n    return jsonify(Todo.query.get_or_404(todo_id).to_dict())\n"
 },
 {
  "name": "py_simulation_random",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import random\nimport statistics\n\n\ndef roll(dice=2, sides=6, rng=random):\n    return sum(rng.randint(1, sides) for _ in range(dice))\n\n\ndef simulate(trials=100_000, seed=42):\n    rng = random.Random(seed)\n    results = [roll(rng=rng) for _ in range(trials)]\n    return statistics.mean(results), statistics.pstdev(results)\n\n\ndef shuffle_deck():\n    deck = [f\"{r}{s}\" for s in \"SHDC\" for r in \"A23456789TJQK\"]\n    random.shuffle(deck)\n    return deck\n\n\nif __name__ == \"__main__\":\n    mean, sd = simulate()\n    print(f\"mean={mean:.3f} sd={sd:.3f}\")\n    print(shuffle_deck()[:5])\n"
 },
 {
  "name": "py_retry_jitter",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import random\nimport time\nimport logging\n\nimport requests\n\nlog = logging.getLogger(__name__)\nAPI = \"https://api.github.com\"\n\n\ndef get_with_retry(path, attempts=5, base_delay=0.5):\n    url = f\"{API}/{path.lstrip('/')}\"\n    for attempt in range(attempts):\n        try:\n            resp = requests.get(url, timeout=10, headers={\"Accept\": \"application/vnd.github+json\"})\n            if resp.status_code < 500:\n                resp.raise_for_status()\n                return resp.json()\n        except requests.ConnectionError as exc:\n            log.warning(\"attempt %d failed: %s\", attempt + 1, exc)\n        delay = base_delay * (2 ** attempt) + random.uniform(0, base_delay)\n        time.sleep(delay)\n    raise RuntimeError(f\"giving up on {url}\")\n"
 },
 {
  "name": "py_yaml_config",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import os\nfrom pathlib import Path\n\nimport yaml\n\nDEFAULTS = {\"port\": 8080, \"debug\": False, \"workers\": 4}\n\n\ndef load_config(path=None):\n    path = Path(path or os.environ.get(\"APP_CONFIG\", \"config.yaml\"))\n    cfg = dict(DEFAULTS)\n    if path.exists():\n        with path.open(\"r\", encoding=\"utf-8\") as fh:\n            cfg.update(yaml.safe_load(fh) or {})\n    cfg[\"port\"] = int(os.environ.get(\"PORT\", cfg[\"port\"]))\n    return cfg\n\n\nif __name__ == \"__main__\":\n    print(load_config())\n"
 },
 {
  "name": "py_argparse_wc",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import argparse\nimport sys\nfrom pathlib import Path\n\n\ndef count(path: Path):\n    text = path.read_text(encoding=\"utf-8\", errors=\"replace\")\n    return len(text.splitlines()), len(text.split()), len(text)\n\n\ndef main():\n    parser = argparse.ArgumentParser(description=\"Count lines, words and characters.\")\n    parser.add_argument(\"files\", nargs=\"+\", type=Path)\n    parser.add_argument(\"-o\", \"--output\", type=Path, help=\"write the report here\")\n    args = parser.parse_args()\n    rows = []\n    for f in args.files:\n        lines, words, chars = count(f)\n        rows.append(f\"{lines:8} {words:8} {chars:8} {f}\")\n    report = \"\\n\".join(rows) + \"\\n\"\n    if args.output:\n        args.output.write_text(report, encoding=\"utf-8\")\n    else:\n        sys.stdout.write(report)\n\n\nif __name__ == \"__main__\":\n    main()\n"
 },
 {
  "name": "py_bcrypt_auth",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import bcrypt\nimport secrets\n\n\ndef hash_password(password: str) -> bytes:\n    return bcrypt.hashpw(password.encode(\"utf-8\"), bcrypt.gensalt(rounds=12))\n\n\ndef check_password(password: str, hashed: bytes) -> bool:\n    return bcrypt.checkpw(password.encode(\"utf-8\"), hashed)\n\n\ndef new_api_token() -> str:\n    return secrets.token_urlsafe(32)\n\n\ndef tokens_equal(a: str, b: str) -> bool:\n    return secrets.compare_digest(a, b)\n"
 },
 {
  "name": "py_aesgcm",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import os\nfrom cryptography.hazmat.primitives.ciphers.aead import AESGCM\n\n\nclass Box:\n    def __init__(self, key: bytes):\n        if len(key) not in (16, 24, 32):\n            raise ValueError(\"bad key length\")\n        self._aead = AESGCM(key)\n\n    @classmethod\n    def generate(cls):\n        return cls(AESGCM.generate_key(bit_length=256))\n\n    def seal(self, plaintext: bytes, aad: bytes = b\"\") -> bytes:\n        nonce = os.urandom(12)\n        return nonce + self._aead.encrypt(nonce, plaintext, aad)\n\n    def open(self, blob: bytes, aad: bytes = b\"\") -> bytes:\n        nonce, ct = blob[:12], blob[12:]\n        return self._aead.decrypt(nonce, ct, aad)\n"
 },
 {
  "name": "py_pbkdf2",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import hashlib\nimport hmac\nimport os\n\nITERATIONS = 600_000\n\n\ndef hash_password(password: str) -> str:\n    salt = os.urandom(16)\n    dk = hashlib.pbkdf2_hmac(\"sha256\", password.encode(), salt, ITERATIONS)\n    return f\"pbkdf2_sha256${ITERATIONS}${salt.hex()}${dk.hex()}\"\n\n\ndef verify_password(password: str, stored: str) -> bool:\n    algo, iters, salt_hex, dk_hex = stored.split(\"$\")\n    dk = hashlib.pbkdf2_hmac(\"sha256\", password.encode(), bytes.fromhex(salt_hex), int(iters))\n    return hmac.compare_digest(dk.hex(), dk_hex)\n"
 },
 {
  "name": "py_jinja_render",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "from pathlib import Path\nfrom jinja2 import Environment, FileSystemLoader, select_autoescape\n\nTEMPLATES = Path(__file__).parent / \"templates\"\nenv = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape([\"html\", \"xml\"]))\n\n\ndef render_invoice(invoice: dict) -> str:\n    template = env.get_template(\"invoice.html\")\n    return template.render(invoice=invoice, total=sum(i[\"price\"] * i[\"qty\"] for i in invoice[\"items\"]))\n\n\ndef write_invoice(invoice: dict, out_dir: Path) -> Path:\n    out = out_dir / f\"invoice-{int(invoice['number']):06d}.html\"\n    out.write_text(render_invoice(invoice), encoding=\"utf-8\")\n    return out\n"
 },
 {
  "name": "py_django_view",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "from django.contrib.auth.decorators import login_required\nfrom django.http import JsonResponse, Http404\nfrom django.shortcuts import get_object_or_404, render\n\nfrom .models import Article\n\n\ndef article_list(request):\n    qs = Article.objects.filter(published=True).order_by(\"-created\")\n    tag = request.GET.get(\"tag\")\n    if tag:\n        qs = qs.filter(tags__slug=tag)\n    return render(request, \"blog/list.html\", {\"articles\": qs[:50]})\n\n\ndef article_detail(request, slug):\n    article = get_object_or_404(Article, slug=slug, published=True)\n    return render(request, \"blog/detail.html\", {\"article\": article})\n\n\n@login_required\ndef my_drafts(request):\n    drafts = Article.objects.filter(author=request.user, published=False).values(\"id\", \"title\")\n    return JsonResponse({\"drafts\": list(drafts)})\n"
 },
 {
  "name": "py_fastapi_items",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "from typing import List, Optional\n\nfrom fastapi import Depends, FastAPI, HTTPException\nfrom pydantic import BaseModel, Field\nfrom sqlalchemy import select\nfrom sqlalchemy.orm import Session\n\nfrom .db import get_session\nfrom .models import Item\n\napp = FastAPI()\n\n\nclass ItemIn(BaseModel):\n    name: str = Field(min_length=1, max_length=100)\n    price: float = Field(ge=0)\n\n\nclass ItemOut(ItemIn):\n    id: int\n\n\n@app.get(\"/items\", response_model=List[ItemOut])\ndef list_items(q: Optional[str] = None, session: Session = Depends(get_session)):\n    stmt = select(Item).order_by(Item.id)\n    if q:\n        stmt = stmt.where(Item.name.ilike(f\"%{q}%\"))\n    return session.scalars(stmt).all()\n\n\n@app.post(\"/items\", response_model=ItemOut, status_code=201)\ndef create_item(item: ItemIn, session: Session = Depends(get_session)):\n    obj = Item(name=item.name, price=item.price)\n    session.add(obj)\n    session.commit()\n    session.refresh(obj)\n    return obj\n\n\n@app.get(\"/items/{item_id}\", response_model=ItemOut)\ndef get_item(item_id: int, session: Session = Depends(get_session)):\n    obj = session.get(Item, item_id)\n    if obj is None:\n        raise HTTPException(status_code=404)\n    return obj\n"
 },
 {
  "name": "py_csv_report",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import csv\nimport sys\nfrom collections import defaultdict\nfrom datetime import date\n\n\ndef summarize(rows):\n    totals = defaultdict(float)\n    for row in rows:\n        totals[row[\"category\"]] += float(row[\"amount\"])\n    return dict(sorted(totals.items()))\n\n\ndef main(src, dst):\n    with open(src, newline=\"\", encoding=\"utf-8\") as fh:\n        totals = summarize(csv.DictReader(fh))\n    with open(dst, \"w\", newline=\"\", encoding=\"utf-8\") as fh:\n        w = csv.writer(fh)\n        w.writerow([\"category\", \"total\", \"as_of\"])\n        for cat, total in totals.items():\n            w.writerow([cat, f\"{total:.2f}\", date.today().isoformat()])\n\n\nif __name__ == \"__main__\":\n    main(sys.argv[1], sys.argv[2])\n"
 },
 {
  "name": "py_logging_setup",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import logging\nimport logging.config\nimport os\n\nLOGGING = {\n    \"version\": 1,\n    \"formatters\": {\"plain\": {\"format\": \"%(asctime)s %(levelname)s %(name)s: %(message)s\"}},\n    \"handlers\": {\n        \"console\": {\"class\": \"logging.StreamHandler\", \"formatter\": \"plain\"},\n        \"file\": {\"class\": \"logging.handlers.RotatingFileHandler\", \"filename\": \"app.log\",\n                 \"maxBytes\": 10_000_000, \"backupCount\": 3, \"formatter\": \"plain\"},\n    },\n    \"root\": {\"level\": os.environ.get(\"LOG_LEVEL\", \"INFO\"), \"handlers\": [\"console\", \"file\"]},\n}\n\n\ndef setup():\n    logging.config.dictConfig(LOGGING)\n    logging.getLogger(__name__).info(\"logging configured (pid=%s)\", os.getpid())\n"
 },
 {
  "name": "py_backup_script",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "#!/usr/bin/env python3\nimport datetime\nimport shutil\nimport subprocess\nfrom pathlib import Path\n\nBACKUP_ROOT = Path(\"/var/backups/app\")\nDB_NAME = \"appdb\"\n\n\ndef dump_database(dest: Path) -> Path:\n    stamp = datetime.datetime.utcnow().strftime(\"%Y%m%dT%H%M%S\")\n    out = dest / f\"{DB_NAME}-{stamp}.sql.gz\"\n    with out.open(\"wb\") as fh:\n        dump = subprocess.Popen([\"pg_dump\", \"--no-owner\", DB_NAME], stdout=subprocess.PIPE)\n        subprocess.run([\"gzip\", \"-9\"], stdin=dump.stdout, stdout=fh, check=True)\n        dump.stdout.close()\n        if dump.wait() != 0:\n            raise RuntimeError(\"pg_dump failed\")\n    return out\n\n\ndef prune(dest: Path, keep: int = 7):\n    files = sorted(dest.glob(f\"{DB_NAME}-*.sql.gz\"))\n    for old in files[:-keep]:\n        old.unlink()\n\n\nif __name__ == \"__main__\":\n    BACKUP_ROOT.mkdir(parents=True, exist_ok=True)\n    print(dump_database(BACKUP_ROOT))\n    prune(BACKUP_ROOT)\n    shutil.disk_usage(BACKUP_ROOT)\n"
 },
 {
  "name": "py_etag",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import hashlib\nfrom flask import Flask, request, Response, send_from_directory\n\napp = Flask(__name__)\nSTATIC = \"static\"\n\n\ndef etag_for(body: bytes) -> str:\n    return '\"' + hashlib.md5(body).hexdigest() + '\"'\n\n\n@app.get(\"/api/catalog\")\ndef catalog():\n    body = b'{\"items\": []}'\n    tag = etag_for(body)\n    if request.headers.get(\"If-None-Match\") == tag:\n        return Response(status=304)\n    return Response(body, mimetype=\"application/json\", headers={\"ETag\": tag})\n\n\n@app.get(\"/static/<path:filename>\")\ndef static_files(filename):\n    return send_from_directory(STATIC, filename, max_age=3600)\n"
 },
 {
  "name": "py_dataclass_parser",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "from __future__ import annotations\n\nimport re\nfrom dataclasses import dataclass, field\nfrom typing import List\n\nSEMVER = re.compile(r\"^(\\d+)\\.(\\d+)\\.(\\d+)(?:-([0-9A-Za-z.-]+))?$\")\n\n\n@dataclass(order=True)\nclass Version:\n    major: int\n    minor: int\n    patch: int\n    pre: List[str] = field(default_factory=list, compare=False)\n\n    @classmethod\n    def parse(cls, text: str) -> \"Version\":\n        m = SEMVER.match(text.strip())\n        if not m:\n            raise ValueError(f\"not a version: {text!r}\")\n        major, minor, patch, pre = m.groups()\n        return cls(int(major), int(minor), int(patch), pre.split(\".\") if pre else [])\n\n    def bump(self, part: str) -> \"Version\":\n        if part == \"major\":\n            return Version(self.major + 1, 0, 0)\n        if part == \"minor\":\n            return Version(self.major, self.minor + 1, 0)\n        return Version(self.major, self.minor, self.patch + 1)\n\n    def __str__(self):\n        return f\"{self.major}.{self.minor}.{self.patch}\"\n"
 },
 {
  "name": "py_pytest_fixture",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import json\nimport os\nimport subprocess\nimport sys\n\nimport pytest\n\nfrom mytool.cli import main\n\n\n@pytest.fixture\ndef workdir(tmp_path, monkeypatch):\n    monkeypatch.chdir(tmp_path)\n    (tmp_path / \"data.json\").write_text(json.dumps({\"a\": 1}))\n    return tmp_path\n\n\ndef test_main_reads_file(workdir, capsys):\n    assert main([\"data.json\"]) == 0\n    assert '\"a\": 1' in capsys.readouterr().out\n\n\ndef test_cli_entry_point(workdir):\n    out = subprocess.run([sys.executable, \"-m\", \"mytool\", \"data.json\"], capture_output=True, text=True)\n    assert out.returncode == 0\n\n\ndef test_env_override(workdir, monkeypatch):\n    monkeypatch.setenv(\"MYTOOL_DEBUG\", \"1\")\n    assert os.environ[\"MYTOOL_DEBUG\"] == \"1\"\n    password = \"test-password\"\n    assert main([\"--password\", password, \"data.json\"]) == 0\n"
 },
 {
  "name": "py_http_client",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import os\nimport httpx\n\nBASE_URL = \"https://api.stripe.com/v1\"\n\n\nclass StripeClient:\n    def __init__(self, api_key: str | None = None):\n        self.api_key = api_key or os.environ[\"STRIPE_API_KEY\"]\n        self.client = httpx.Client(base_url=BASE_URL, timeout=15.0,\n                                   headers={\"Authorization\": f\"Bearer {self.api_key}\"})\n\n    def customer(self, customer_id: str) -> dict:\n        r = self.client.get(f\"/customers/{customer_id}\")\n        r.raise_for_status()\n        return r.json()\n\n    def create_refund(self, charge_id: str, amount: int) -> dict:\n        r = self.client.post(\"/refunds\", data={\"charge\": charge_id, \"amount\": amount})\n        r.raise_for_status()\n        return r.json()\n"
 },
 {
  "name": "py_alembic_migration",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "\"\"\"add orders table\n\nRevision ID: 3f2a1c\nRevises: 1b9e77\n\"\"\"\nfrom alembic import op\nimport sqlalchemy as sa\n\nrevision = \"3f2a1c\"\ndown_revision = \"1b9e77\"\n\n\ndef upgrade():\n    op.create_table(\n        \"orders\",\n        sa.Column(\"id\", sa.Integer, primary_key=True),\n        sa.Column(\"user_id\", sa.Integer, sa.ForeignKey(\"users.id\"), nullable=False),\n        sa.Column(\"total_cents\", sa.Integer, nullable=False),\n        sa.Column(\"created_at\", sa.DateTime, server_default=sa.func.now()),\n    )\n    op.create_index(\"ix_orders_user_id\", \"orders\", [\"user_id\"])\n    op.execute(\"UPDATE users SET plan = 'free' WHERE plan IS NULL\")\n\n\ndef downgrade():\n    op.drop_index(\"ix_orders_user_id\", table_name=\"orders\")\n    op.drop_table(\"orders\")\n"
 },
 {
  "name": "py_temp_work",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import json\nimport os\nimport shutil\nimport tempfile\nfrom pathlib import Path\n\n\ndef atomic_write_json(path: Path, data) -> None:\n    path = Path(path)\n    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=\".tmp-\", suffix=\".json\")\n    try:\n        with os.fdopen(fd, \"w\", encoding=\"utf-8\") as fh:\n            json.dump(data, fh, indent=2)\n        os.replace(tmp, path)\n    except BaseException:\n        os.unlink(tmp)\n        raise\n\n\ndef with_scratch_dir(fn):\n    d = tempfile.mkdtemp(prefix=\"build-\")\n    try:\n        return fn(Path(d))\n    finally:\n        shutil.rmtree(d, ignore_errors=True)\n"
 },
 {
  "name": "py_uuid_ids",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import uuid\nimport secrets\nimport string\nfrom datetime import datetime, timedelta, timezone\n\nALPHABET = string.ascii_letters + string.digits\n\n\ndef new_request_id() -> str:\n    return uuid.uuid4().hex\n\n\ndef invite_code(length: int = 10) -> str:\n    return \"\".join(secrets.choice(ALPHABET) for _ in range(length))\n\n\ndef session_expiry(hours: int = 12) -> datetime:\n    return datetime.now(timezone.utc) + timedelta(hours=hours)\n"
 },
 {
  "name": "py_xml_config",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import defusedxml.ElementTree as ET\nimport sys\n\n\ndef read_pom_version(path):\n    tree = ET.parse(path)\n    ns = {\"m\": \"http://maven.apache.org/POM/4.0.0\"}\n    node = tree.getroot().find(\"m:version\", ns)\n    return node.text if node is not None else None\n\n\nif __name__ == \"__main__\":\n    print(read_pom_version(sys.argv[1] if len(sys.argv) > 1 else \"pom.xml\"))\n"
 },
 {
  "name": "py_celery_task",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import logging\nimport smtplib\nfrom email.message import EmailMessage\n\nfrom celery import shared_task\nfrom django.conf import settings\n\nlog = logging.getLogger(__name__)\n\n\n@shared_task(bind=True, max_retries=3)\ndef send_welcome(self, user_email: str, name: str):\n    msg = EmailMessage()\n    msg[\"Subject\"] = \"Welcome aboard\"\n    msg[\"From\"] = settings.DEFAULT_FROM_EMAIL\n    msg[\"To\"] = user_email\n    msg.set_content(f\"Hi {name},\\n\\nThanks for signing up.\\n\")\n    try:\n        with smtplib.SMTP(settings.EMAIL_HOST, 587, timeout=30) as smtp:\n            smtp.starttls()\n            smtp.login(settings.EMAIL_HOST_USER, settings.EMAIL_HOST_PASSWORD)\n            smtp.send_message(msg)\n    except smtplib.SMTPException as exc:\n        log.warning(\"welcome mail to %s failed: %s\", user_email, exc)\n        raise self.retry(exc=exc, countdown=60)\n"
 },
 {
  "name": "py_pickle_cache_local",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import json\nfrom pathlib import Path\n\nCACHE_DIR = Path.home() / \".cache\" / \"mytool\"\n\n\ndef load_state():\n    f = CACHE_DIR / \"state.json\"\n    if not f.exists():\n        return {}\n    return json.loads(f.read_text())\n\n\ndef save_state(state):\n    CACHE_DIR.mkdir(parents=True, exist_ok=True)\n    (CACHE_DIR / \"state.json\").write_text(json.dumps(state))\n"
 },
 {
  "name": "py_v_flask_sqli",
  "kind": "vuln",
  "lang": "python",
  "cwe": 89,
  "code": "import sqlite3\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\n\n@app.get(\"/users\")\ndef users():\n    name = request.args.get(\"name\", \"\")\n    conn = sqlite3.connect(\"app.db\")\n    rows = conn.execute(f\"SELECT id, name FROM users WHERE name = '{name}'\").fetchall()\n    return jsonify(rows)\n"
 },
 {
  "name": "py_v_shell_convert",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import os\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\n@app.post(\"/convert\")\ndef convert():\n    fmt = request.form[\"format\"]\n    os.system(\"convert /tmp/in.png /tmp/out.\" + fmt)\n    return \"ok\"\n"
 },
 {
  "name": "py_v_yaml_load",
  "kind": "vuln",
  "lang": "python",
  "cwe": 502,
  "code": "import yaml\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\n@app.post(\"/import\")\ndef import_settings():\n    settings = yaml.load(request.data, Loader=yaml.Loader)\n    return {\"keys\": list(settings)}\n"
 },
 {
  "name": "py_v_md5_password",
  "kind": "vuln",
  "lang": "python",
  "cwe": 328,
  "code": "import hashlib\n\n\ndef hash_password(password: str) -> str:\n    return hashlib.md5(password.encode()).hexdigest()\n\n\ndef check(password: str, stored: str) -> bool:\n    return hash_password(password) == stored\n"
 },
 {
  "name": "py_v_send_file",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "from flask import Flask, request, send_file\n\napp = Flask(__name__)\n\n\n@app.get(\"/download\")\ndef download():\n    name = request.args[\"file\"]\n    return send_file(\"/srv/files/\" + name)\n"
 },
 {
  "name": "py_v_token_random",
  "kind": "vuln",
  "lang": "python",
  "cwe": 338,
  "code": "import random\nimport string\n\n\ndef reset_token(n=24):\n    return \"\".join(random.choice(string.ascii_letters) for _ in range(n))\n"
 },
 {
  "name": "py_v_ssrf",
  "kind": "vuln",
  "lang": "python",
  "cwe": 918,
  "code": "import requests\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\n@app.get(\"/preview\")\ndef preview():\n    url = request.args[\"url\"]\n    return requests.get(url, timeout=5).text[:500]\n"
 },
 {
  "name": "js_express_pg",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const express = require('express');\nconst { Pool } = require('pg');\n\nconst pool = new Pool({ connectionString: process.env.DATABASE_URL });\nconst app = express();\napp.use(express.json());\n\napp.get('/api/users/:id', async (req, res, next) => {\n  try {\n    const { rows } = await pool.query('SELECT id, name, email FROM users WHERE id = $1', [req.params.id]);\n    if (rows.length === 0) return res.status(404).json({ error: 'not found' });\n    res.json(rows[0]);\n  } catch (err) {\n    next(err);\n  }\n});\n\napp.post('/api/users', async (req, res, next) => {\n  const { name, email } = req.body;\n  if (typeof name !== 'string' || typeof email !== 'string') {\n    return res.status(400).json({ error: 'invalid' });\n  }\n  try {\n    const { rows } = await pool.query(\n      'INSERT INTO users (name, email) VALUES ($1, $2) RETURNING id',\n      [name, email],\n    );\n    res.status(201).json({ id: rows[0].id });\n  } catch (err) {\n    next(err);\n  }\n});\n\napp.listen(process.env.PORT || 3000);\n"
 },
 {
  "name": "js_cli_git",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "#!/usr/bin/env node\nconst { execFileSync } = require('child_process');\nconst path = require('path');\n\nfunction git(args, cwd) {\n  return execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();\n}\n\nfunction main() {\n  const repo = path.resolve(process.argv[2] || '.');\n  const branch = git(['rev-parse', '--abbrev-ref', 'HEAD'], repo);\n  const count = git(['rev-list', '--count', 'HEAD'], repo);\n  const last = git(['log', '-1', '--format=%h %s'], repo);\n  console.log(`${branch} (${count} commits) - ${last}`);\n}\n\nmain();\n"
 },
 {
  "name": "js_build_script",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "// scripts/build.js - bundles the app and copies static assets\nconst { execSync } = require('child_process');\nconst fs = require('fs');\nconst path = require('path');\n\nconst root = path.join(__dirname, '..');\nconst dist = path.join(root, 'dist');\n\nfs.rmSync(dist, { recursive: true, force: true });\nfs.mkdirSync(dist, { recursive: true });\n\nexecSync('npx tsc -p tsconfig.build.json', { cwd: root, stdio: 'inherit' });\nexecSync('npx esbuild src/index.ts --bundle --platform=node --outfile=dist/index.js', {\n  cwd: root,\n  stdio: 'inherit',\n});\n\nfor (const file of fs.readdirSync(path.join(root, 'public'))) {\n  fs.copyFileSync(path.join(root, 'public', file), path.join(dist, file));\n}\n\nconst pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));\nfs.writeFileSync(path.join(dist, 'version.txt'), `${pkg.version}\\n`);\nconsole.log(`built ${pkg.name}@${pkg.version}`);\n"
 },
 {
  "name": "js_react_list",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "import React, { useEffect, useState } from 'react';\n\nexport default function UserList({ apiBase = '/api' }) {\n  const [users, setUsers] = useState([]);\n  const [filter, setFilter] = useState('');\n\n  useEffect(() => {\n    let cancelled = false;\n    fetch(`${apiBase}/users`)\n      .then((r) => r.json())\n      .then((data) => { if (!cancelled) setUsers(data); });\n    return () => { cancelled = true; };\n  }, [apiBase]);\n\n  const visible = users.filter((u) => u.name.toLowerCase().includes(filter.toLowerCase()));\n\n  return (\n    <div className=\"user-list\">\n      <input value={filter} onChange={(e) => setFilter(e.target.value)} placeholder=\"Filter\" />\n      <ul>\n        {visible.map((u) => (\n          <li key={u.id}>\n            <a href={`/users/${u.id}`}>{u.name}</a> <small>{u.email}</small>\n          </li>\n        ))}\n      </ul>\n    </div>\n  );\n}\n"
 },
 {
  "name": "js_etag_hash",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const crypto = require('crypto');\nconst fs = require('fs');\n\nfunction etag(body) {\n  return '\"' + crypto.createHash('md5').update(body).digest('hex') + '\"';\n}\n\nfunction fileChecksum(file) {\n  return new Promise((resolve, reject) => {\n    const hash = crypto.createHash('sha1');\n    fs.createReadStream(file)\n      .on('data', (chunk) => hash.update(chunk))\n      .on('end', () => resolve(hash.digest('hex')))\n      .on('error', reject);\n  });\n}\n\nmodule.exports = { etag, fileChecksum };\n"
 },
 {
  "name": "js_shuffle_game",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "// Simple memory game board\nconst SYMBOLS = ['🍎', '🍌', '🍒', '🍇', '🍉', '🍋', '🍑', '🍍'];\n\nfunction shuffle(array) {\n  const a = array.slice();\n  for (let i = a.length - 1; i > 0; i--) {\n    const j = Math.floor(Math.random() * (i + 1));\n    [a[i], a[j]] = [a[j], a[i]];\n  }\n  return a;\n}\n\nfunction newBoard() {\n  return shuffle([...SYMBOLS, ...SYMBOLS]).map((symbol, index) => ({ id: index, symbol, open: false }));\n}\n\nfunction randomColor() {\n  const hue = Math.floor(Math.random() * 360);\n  return `hsl(${hue}, 70%, 60%)`;\n}\n\nexport { newBoard, randomColor, shuffle };\n"
 },
 {
  "name": "js_backoff",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const axios = require('axios');\n\nconst client = axios.create({ baseURL: 'https://api.example.com/v2', timeout: 10000 });\n\nconst sleep = (ms) => new Promise((r) => setTimeout(r, ms));\n\nasync function withRetry(fn, retries = 4) {\n  for (let attempt = 0; ; attempt++) {\n    try {\n      return await fn();\n    } catch (err) {\n      if (attempt >= retries || (err.response && err.response.status < 500)) throw err;\n      const delay = 2 ** attempt * 200 + Math.random() * 100;\n      await sleep(delay);\n    }\n  }\n}\n\nasync function getOrder(id) {\n  const { data } = await withRetry(() => client.get(`/orders/${encodeURIComponent(id)}`));\n  return data;\n}\n\nmodule.exports = { getOrder, withRetry };\n"
 },
 {
  "name": "js_bcrypt_login",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const bcrypt = require('bcrypt');\nconst jwt = require('jsonwebtoken');\nconst express = require('express');\nconst { User } = require('./models');\n\nconst router = express.Router();\nconst SECRET = process.env.JWT_SECRET;\n\nrouter.post('/login', async (req, res) => {\n  const { email, password } = req.body;\n  const user = await User.findOne({ where: { email: String(email) } });\n  if (!user || !(await bcrypt.compare(String(password), user.passwordHash))) {\n    return res.status(401).json({ error: 'invalid credentials' });\n  }\n  const token = jwt.sign({ sub: user.id }, SECRET, { algorithm: 'HS256', expiresIn: '1h' });\n  res.json({ token });\n});\n\nrouter.post('/register', async (req, res) => {\n  const hash = await bcrypt.hash(String(req.body.password), 12);\n  const user = await User.create({ email: String(req.body.email), passwordHash: hash });\n  res.status(201).json({ id: user.id });\n});\n\nmodule.exports = router;\n"
 },
 {
  "name": "js_auth_middleware",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const jwt = require('jsonwebtoken');\n\nfunction requireAuth(req, res, next) {\n  const header = req.headers.authorization || '';\n  const [scheme, token] = header.split(' ');\n  if (scheme !== 'Bearer' || !token) {\n    return res.status(401).json({ error: 'missing token' });\n  }\n  try {\n    req.user = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });\n    return next();\n  } catch (e) {\n    return res.status(401).json({ error: 'invalid token' });\n  }\n}\n\nfunction requireRole(role) {\n  return (req, res, next) => (req.user && req.user.roles.includes(role) ? next() : res.sendStatus(403));\n}\n\nmodule.exports = { requireAuth, requireRole };\n"
 },
 {
  "name": "js_ts_config_loader",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 0,
  "code": "import { readFileSync, existsSync } from 'node:fs';\nimport { join } from 'node:path';\nimport { z } from 'zod';\n\nconst ConfigSchema = z.object({\n  port: z.number().int().default(3000),\n  logLevel: z.enum(['debug', 'info', 'warn', 'error']).default('info'),\n  databaseUrl: z.string().url(),\n});\n\nexport type Config = z.infer<typeof ConfigSchema>;\n\nexport function loadConfig(dir: string = process.cwd()): Config {\n  const file = join(dir, 'config.json');\n  const raw = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};\n  return ConfigSchema.parse({\n    ...raw,\n    databaseUrl: process.env.DATABASE_URL ?? raw.databaseUrl,\n  });\n}\n"
 },
 {
  "name": "js_ts_service",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 0,
  "code": "import { PrismaClient, Prisma } from '@prisma/client';\n\nconst prisma = new PrismaClient();\n\nexport async function listPosts(authorId: number, search?: string, take = 20) {\n  const where: Prisma.PostWhereInput = { authorId };\n  if (search) where.title = { contains: search, mode: 'insensitive' };\n  return prisma.post.findMany({ where, take, orderBy: { createdAt: 'desc' } });\n}\n\nexport async function countByTag(tag: string): Promise<number> {\n  const rows = await prisma.$queryRaw<{ n: bigint }[]>`SELECT COUNT(*) AS n FROM \"Post\" WHERE ${tag} = ANY(tags)`;\n  return Number(rows[0].n);\n}\n\nexport async function publish(id: number) {\n  return prisma.post.update({ where: { id }, data: { published: true } });\n}\n"
 },
 {
  "name": "js_dom_escape",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "function escapeHtml(s) {\n  return String(s)\n    .replace(/&/g, '&amp;')\n    .replace(/</g, '&lt;')\n    .replace(/>/g, '&gt;')\n    .replace(/\"/g, '&quot;');\n}\n\nasync function renderComments(container) {\n  const res = await fetch('/api/comments');\n  const comments = await res.json();\n  container.innerHTML = comments\n    .map((c) => `<li><b>${escapeHtml(c.author)}</b>: ${escapeHtml(c.text)}</li>`)\n    .join('');\n}\n\nfunction showStatus(el, text) {\n  el.textContent = text;\n}\n\ndocument.addEventListener('DOMContentLoaded', () => {\n  renderComments(document.getElementById('comments'));\n  showStatus(document.getElementById('status'), 'loaded');\n});\n"
 },
 {
  "name": "js_static_server",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const express = require('express');\nconst helmet = require('helmet');\nconst path = require('path');\n\nconst app = express();\napp.use(helmet());\napp.use(express.static(path.join(__dirname, 'public'), { maxAge: '1d' }));\n\napp.get('/healthz', (req, res) => res.json({ ok: true, uptime: process.uptime() }));\n\napp.get('*', (req, res) => {\n  res.sendFile(path.join(__dirname, 'public', 'index.html'));\n});\n\nconst port = Number(process.env.PORT) || 8080;\napp.listen(port, () => console.log(`listening on ${port}`));\n"
 },
 {
  "name": "js_aes_gcm",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const crypto = require('crypto');\n\nconst KEY = Buffer.from(process.env.DATA_KEY, 'base64');\n\nfunction encrypt(plaintext) {\n  const iv = crypto.randomBytes(12);\n  const cipher = crypto.createCipheriv('aes-256-gcm', KEY, iv);\n  const enc = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);\n  const tag = cipher.getAuthTag();\n  return Buffer.concat([iv, tag, enc]).toString('base64');\n}\n\nfunction decrypt(blob) {\n  const buf = Buffer.from(blob, 'base64');\n  const iv = buf.subarray(0, 12);\n  const tag = buf.subarray(12, 28);\n  const decipher = crypto.createDecipheriv('aes-256-gcm', KEY, iv);\n  decipher.setAuthTag(tag);\n  return Buffer.concat([decipher.update(buf.subarray(28)), decipher.final()]).toString('utf8');\n}\n\nmodule.exports = { encrypt, decrypt };\n"
 },
 {
  "name": "js_scrypt_hash",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 0,
  "code": "import { randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';\nimport { promisify } from 'node:util';\n\nconst scrypt = promisify(scryptCb) as (pw: string, salt: Buffer, len: number) => Promise<Buffer>;\n\nexport async function hashPassword(password: string): Promise<string> {\n  const salt = randomBytes(16);\n  const key = await scrypt(password, salt, 64);\n  return `${salt.toString('hex')}:${key.toString('hex')}`;\n}\n\nexport async function verifyPassword(password: string, stored: string): Promise<boolean> {\n  const [saltHex, keyHex] = stored.split(':');\n  const key = await scrypt(password, Buffer.from(saltHex, 'hex'), 64);\n  return timingSafeEqual(key, Buffer.from(keyHex, 'hex'));\n}\n"
 },
 {
  "name": "js_logger",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const pino = require('pino');\n\nconst logger = pino({\n  level: process.env.LOG_LEVEL || 'info',\n  redact: ['req.headers.authorization', 'password'],\n});\n\nfunction requestLogger(req, res, next) {\n  const start = Date.now();\n  res.on('finish', () => {\n    logger.info({ method: req.method, url: req.originalUrl, status: res.statusCode, ms: Date.now() - start });\n  });\n  next();\n}\n\nmodule.exports = { logger, requestLogger };\n"
 },
 {
  "name": "js_cli_readfiles",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "#!/usr/bin/env node\n// Usage: json-merge a.json b.json > merged.json\nconst fs = require('fs');\n\nfunction deepMerge(target, source) {\n  for (const [key, value] of Object.entries(source)) {\n    if (key === '__proto__' || key === 'constructor') continue;\n    if (value && typeof value === 'object' && !Array.isArray(value)) {\n      target[key] = deepMerge(target[key] && typeof target[key] === 'object' ? target[key] : {}, value);\n    } else {\n      target[key] = value;\n    }\n  }\n  return target;\n}\n\nconst files = process.argv.slice(2);\nif (files.length === 0) {\n  console.error('usage: json-merge <file...>');\n  process.exit(1);\n}\nconst merged = files.reduce((acc, f) => deepMerge(acc, JSON.parse(fs.readFileSync(f, 'utf8'))), {});\nprocess.stdout.write(JSON.stringify(merged, null, 2) + '\\n');\n"
 },
 {
  "name": "js_mongoose_model",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const mongoose = require('mongoose');\nconst express = require('express');\n\nconst Product = mongoose.model('Product', new mongoose.Schema({\n  name: { type: String, required: true },\n  price: Number,\n  tags: [String],\n}));\n\nconst router = express.Router();\n\nrouter.get('/products', async (req, res) => {\n  const tag = typeof req.query.tag === 'string' ? req.query.tag : undefined;\n  const filter = tag ? { tags: tag } : {};\n  const products = await Product.find(filter).limit(50).lean();\n  res.json(products);\n});\n\nrouter.get('/products/:id', async (req, res) => {\n  if (!mongoose.isValidObjectId(req.params.id)) return res.sendStatus(400);\n  const p = await Product.findById(req.params.id).lean();\n  return p ? res.json(p) : res.sendStatus(404);\n});\n\nmodule.exports = router;\n"
 },
 {
  "name": "js_uuid_ids",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 0,
  "code": "import { randomUUID, randomBytes } from 'node:crypto';\n\nexport interface Job {\n  id: string;\n  name: string;\n  createdAt: Date;\n  attempts: number;\n}\n\nexport function createJob(name: string): Job {\n  return { id: randomUUID(), name, createdAt: new Date(), attempts: 0 };\n}\n\nexport function sessionId(): string {\n  return randomBytes(32).toString('base64url');\n}\n\nexport function sampleIndex<T>(items: T[]): T {\n  return items[Math.floor(Math.random() * items.length)];\n}\n"
 },
 {
  "name": "js_webpack_config",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const path = require('path');\nconst HtmlWebpackPlugin = require('html-webpack-plugin');\n\nconst isProd = process.env.NODE_ENV === 'production';\n\nmodule.exports = {\n  mode: isProd ? 'production' : 'development',\n  entry: './src/index.js',\n  output: {\n    path: path.resolve(__dirname, 'dist'),\n    filename: isProd ? '[name].[contenthash].js' : '[name].js',\n    clean: true,\n  },\n  devtool: isProd ? 'source-map' : 'eval-cheap-module-source-map',\n  module: {\n    rules: [\n      { test: /\\.jsx?$/, exclude: /node_modules/, use: 'babel-loader' },\n      { test: /\\.css$/, use: ['style-loader', 'css-loader'] },\n    ],\n  },\n  plugins: [new HtmlWebpackPlugin({ template: './public/index.html' })],\n  devServer: { port: 3000, historyApiFallback: true },\n};\n"
 },
 {
  "name": "js_jest_test",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const request = require('supertest');\nconst app = require('../src/app');\nconst db = require('../src/db');\n\nbeforeAll(async () => {\n  await db.query('DELETE FROM users');\n  await db.query(\"INSERT INTO users (id, name, email) VALUES (1, 'Ada', 'ada@example.com')\");\n});\n\nafterAll(() => db.end());\n\ndescribe('GET /api/users/:id', () => {\n  it('returns the user', async () => {\n    const res = await request(app).get('/api/users/1').set('Authorization', 'Bearer test-token');\n    expect(res.status).toBe(200);\n    expect(res.body.name).toBe('Ada');\n  });\n\n  it('404s for unknown ids', async () => {\n    const res = await request(app).get('/api/users/999');\n    expect(res.status).toBe(404);\n  });\n});\n"
 },
 {
  "name": "js_fastify_route",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 0,
  "code": "import Fastify from 'fastify';\nimport { Pool } from 'pg';\n\nconst app = Fastify({ logger: true });\nconst pool = new Pool();\n\nconst SORTABLE = new Set(['name', 'created_at', 'price']);\n\napp.get<{ Querystring: { sort?: string; limit?: string } }>('/products', async (req) => {\n  const sort = SORTABLE.has(req.query.sort ?? '') ? req.query.sort : 'name';\n  const limit = Math.min(Number(req.query.limit) || 20, 100);\n  const { rows } = await pool.query(`SELECT id, name, price FROM products ORDER BY ${sort} LIMIT $1`, [limit]);\n  return rows;\n});\n\napp.listen({ port: 3000, host: '0.0.0.0' });\n"
 },
 {
  "name": "js_next_api",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 0,
  "code": "import type { NextApiRequest, NextApiResponse } from 'next';\nimport { getServerSession } from 'next-auth';\nimport { authOptions } from '../auth/[...nextauth]';\nimport { db } from '@/lib/db';\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  const session = await getServerSession(req, res, authOptions);\n  if (!session?.user?.email) return res.status(401).json({ error: 'unauthorized' });\n  if (req.method !== 'GET') return res.status(405).end();\n  const notes = await db.note.findMany({\n    where: { owner: { email: session.user.email } },\n    select: { id: true, title: true, updatedAt: true },\n  });\n  res.status(200).json(notes);\n}\n"
 },
 {
  "name": "js_worker_spawn",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const { spawn } = require('child_process');\nconst path = require('path');\n\nfunction runFfmpeg(input, output) {\n  return new Promise((resolve, reject) => {\n    const proc = spawn('ffmpeg', ['-y', '-i', input, '-vf', 'scale=640:-1', output], { stdio: 'ignore' });\n    proc.on('error', reject);\n    proc.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`ffmpeg exited ${code}`))));\n  });\n}\n\nasync function thumbnail(videoPath) {\n  const out = path.join(path.dirname(videoPath), path.basename(videoPath, path.extname(videoPath)) + '.thumb.mp4');\n  return runFfmpeg(videoPath, out);\n}\n\nmodule.exports = { thumbnail };\n"
 },
 {
  "name": "js_v_exec_query",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 78,
  "code": "const express = require('express');\nconst { exec } = require('child_process');\nconst app = express();\n\napp.get('/ping', (req, res) => {\n  exec('ping -c 1 ' + req.query.host, (err, stdout) => {\n    res.send(stdout);\n  });\n});\n"
 },
 {
  "name": "js_v_sqli",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 89,
  "code": "const express = require('express');\nconst mysql = require('mysql2');\nconst db = mysql.createConnection({ host: 'localhost', user: 'app', database: 'shop' });\nconst app = express();\n\napp.get('/search', (req, res) => {\n  db.query(`SELECT * FROM products WHERE name LIKE '%${req.query.q}%'`, (err, rows) => {\n    res.json(rows);\n  });\n});\n"
 },
 {
  "name": "js_v_innerhtml",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 79,
  "code": "const params = new URLSearchParams(window.location.search);\nconst name = params.get('name');\ndocument.getElementById('greeting').innerHTML = 'Hello, ' + name;\n"
 },
 {
  "name": "js_v_path",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 22,
  "code": "const express = require('express');\nconst fs = require('fs');\nconst path = require('path');\nconst app = express();\n\napp.get('/files', (req, res) => {\n  const p = path.join(__dirname, 'uploads', req.query.name);\n  res.send(fs.readFileSync(p));\n});\n"
 },
 {
  "name": "js_v_token_math_random",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 338,
  "code": "function generateResetToken() {\n  let token = '';\n  const chars = 'abcdefghijklmnopqrstuvwxyz0123456789';\n  for (let i = 0; i < 32; i++) token += chars[Math.floor(Math.random() * chars.length)];\n  return token;\n}\nmodule.exports = { generateResetToken };\n"
 },
 {
  "name": "js_v_open_redirect",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 601,
  "code": "const express = require('express');\nconst app = express();\napp.get('/logout', (req, res) => {\n  req.session = null;\n  res.redirect(req.query.returnTo);\n});\n"
 },
 {
  "name": "rb_rails_controller",
  "kind": "safe",
  "lang": "ruby",
  "cwe": 0,
  "code": "class ArticlesController < ApplicationController\n  before_action :authenticate_user!, except: [:index, :show]\n  before_action :set_article, only: [:show, :edit, :update, :destroy]\n\n  def index\n    @articles = Article.published.order(created_at: :desc).page(params[:page])\n    @articles = @articles.where(\"title ILIKE ?\", \"%#{params[:q]}%\") if params[:q].present?\n  end\n\n  def show; end\n\n  def create\n    @article = current_user.articles.build(article_params)\n    if @article.save\n      redirect_to @article, notice: \"Article created.\"\n    else\n      render :new, status: :unprocessable_entity\n    end\n  end\n\n  def update\n    if @article.update(article_params)\n      redirect_to @article\n    else\n      render :edit, status: :unprocessable_entity\n    end\n  end\n\n  private\n\n  def set_article\n    @article = Article.find(params[:id])\n  end\n\n  def article_params\n    params.require(:article).permit(:title, :body, :published)\n  end\nend\n"
 },
 {
  "name": "rb_rake_task",
  "kind": "safe",
  "lang": "ruby",
  "cwe": 0,
  "code": "namespace :db do\n  desc \"Dump the database to tmp/backups\"\n  task backup: :environment do\n    config = ActiveRecord::Base.connection_db_config.configuration_hash\n    dir = Rails.root.join(\"tmp\", \"backups\")\n    FileUtils.mkdir_p(dir)\n    file = dir.join(\"#{config[:database]}-#{Time.now.utc.strftime('%Y%m%d%H%M%S')}.dump\")\n    system(\"pg_dump\", \"-Fc\", \"-f\", file.to_s, config[:database].to_s, exception: true)\n    puts \"wrote #{file}\"\n  end\n\n  desc \"Remove backups older than a week\"\n  task prune: :environment do\n    Dir.glob(Rails.root.join(\"tmp\", \"backups\", \"*.dump\")).each do |f|\n      File.delete(f) if File.mtime(f) < 7.days.ago\n    end\n  end\nend\n"
 },
 {
  "name": "rb_sinatra_app",
  "kind": "safe",
  "lang": "ruby",
  "cwe": 0,
  "code": "require \"sinatra\"\nrequire \"json\"\nrequire \"sequel\"\n\nDB = Sequel.connect(ENV.fetch(\"DATABASE_URL\"))\n\nhelpers do\n  def h(text)\n    Rack::Utils.escape_html(text)\n  end\nend\n\nget \"/books\" do\n  content_type :json\n  DB[:books].where(author: params[\"author\"]).order(:title).limit(50).all.to_json\nend\n\nget \"/books/:id\" do\n  book = DB[:books].where(id: params[\"id\"].to_i).first\n  halt 404 unless book\n  erb :book, locals: { book: book }\nend\n\npost \"/books\" do\n  data = JSON.parse(request.body.read)\n  id = DB[:books].insert(title: data.fetch(\"title\"), author: data.fetch(\"author\"))\n  status 201\n  { id: id }.to_json\nend\n"
 },
 {
  "name": "rb_gem_lib",
  "kind": "safe",
  "lang": "ruby",
  "cwe": 0,
  "code": "require \"digest\"\nrequire \"json\"\nrequire \"fileutils\"\n\nmodule Fingerprint\n  class Store\n    def initialize(root)\n      @root = File.expand_path(root)\n      FileUtils.mkdir_p(@root)\n    end\n\n    def put(data)\n      key = Digest::SHA256.hexdigest(data)\n      path = File.join(@root, key[0, 2], key)\n      FileUtils.mkdir_p(File.dirname(path))\n      File.binwrite(path, data) unless File.exist?(path)\n      key\n    end\n\n    def etag(body)\n      %(\"#{Digest::MD5.hexdigest(body)}\")\n    end\n\n    def manifest\n      Dir.glob(File.join(@root, \"*\", \"*\")).map { |f| File.basename(f) }.sort\n    end\n  end\nend\n"
 },
 {
  "name": "rb_model",
  "kind": "safe",
  "lang": "ruby",
  "cwe": 0,
  "code": "class User < ApplicationRecord\n  has_secure_password\n  has_many :articles, dependent: :destroy\n\n  validates :email, presence: true, uniqueness: { case_sensitive: false },\n                    format: { with: URI::MailTo::EMAIL_REGEXP }\n  validates :password, length: { minimum: 12 }, allow_nil: true\n\n  before_save { self.email = email.downcase }\n\n  scope :active, -> { where(deactivated_at: nil) }\n  scope :search, ->(term) { where(\"name ILIKE :t OR email ILIKE :t\", t: \"%#{sanitize_sql_like(term)}%\") }\n\n  def self.generate_token\n    SecureRandom.urlsafe_base64(32)\n  end\nend\n"
 },
 {
  "name": "rb_cli_script",
  "kind": "safe",
  "lang": "ruby",
  "cwe": 0,
  "code": "#!/usr/bin/env ruby\nrequire \"optparse\"\nrequire \"csv\"\n\noptions = { sep: \",\" }\nOptionParser.new do |o|\n  o.banner = \"Usage: csvsum [options] FILE...\"\n  o.on(\"-s\", \"--sep SEP\", \"field separator\") { |v| options[:sep] = v }\nend.parse!\n\nabort(\"no files given\") if ARGV.empty?\n\nARGV.each do |file|\n  total = 0.0\n  CSV.foreach(file, col_sep: options[:sep], headers: true) do |row|\n    total += row[\"amount\"].to_f\n  end\n  puts format(\"%-30s %12.2f\", file, total)\nend\n"
 },
 {
  "name": "rb_random_sim",
  "kind": "safe",
  "lang": "ruby",
  "cwe": 0,
  "code": "class Dice\n  def initialize(seed = nil)\n    @rng = seed ? Random.new(seed) : Random.new\n  end\n\n  def roll(n = 2, sides = 6)\n    Array.new(n) { @rng.rand(1..sides) }.sum\n  end\nend\n\ndeck = (%w[S H D C].product(%w[A 2 3 4 5 6 7 8 9 T J Q K])).map(&:join).shuffle\nsample = [1, 2, 3, 4, 5].sample\nputs Dice.new(42).roll, deck.first(5).inspect, sample\n"
 },
 {
  "name": "rb_http_client",
  "kind": "safe",
  "lang": "ruby",
  "cwe": 0,
  "code": "require \"net/http\"\nrequire \"json\"\nrequire \"uri\"\n\nclass WeatherClient\n  BASE = URI(\"https://api.weather.example.com\")\n\n  def initialize(api_key = ENV.fetch(\"WEATHER_KEY\"))\n    @api_key = api_key\n  end\n\n  def forecast(city)\n    uri = BASE.dup\n    uri.path = \"/v1/forecast\"\n    uri.query = URI.encode_www_form(city: city, key: @api_key)\n    res = Net::HTTP.get_response(uri)\n    raise \"HTTP #{res.code}\" unless res.is_a?(Net::HTTPSuccess)\n    JSON.parse(res.body)\n  end\nend\n"
 },
 {
  "name": "rb_yaml_config",
  "kind": "safe",
  "lang": "ruby",
  "cwe": 0,
  "code": "require \"yaml\"\nrequire \"erb\"\n\nmodule AppConfig\n  def self.load(env = ENV.fetch(\"APP_ENV\", \"development\"))\n    path = File.expand_path(\"../config/app.yml\", __dir__)\n    all = YAML.safe_load(ERB.new(File.read(path)).result, aliases: true)\n    all.fetch(env)\n  end\nend\n"
 },
 {
  "name": "rb_v_sqli",
  "kind": "vuln",
  "lang": "ruby",
  "cwe": 89,
  "code": "class SearchController < ApplicationController\n  def index\n    @users = User.where(\"name LIKE '%#{params[:q]}%'\")\n    render json: @users\n  end\nend\n"
 },
 {
  "name": "rb_v_cmd",
  "kind": "vuln",
  "lang": "ruby",
  "cwe": 78,
  "code": "class ToolsController < ApplicationController\n  def ping\n    output = `ping -c 1 #{params[:host]}`\n    render plain: output\n  end\nend\n"
 },
 {
  "name": "rb_v_open",
  "kind": "vuln",
  "lang": "ruby",
  "cwe": 22,
  "code": "require \"sinatra\"\nget \"/download\" do\n  send_file File.join(\"/srv/files\", params[:name])\nend\n"
 },
 {
  "name": "py2_sqlalchemy_text",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "from sqlalchemy import create_engine, text\n\nengine = create_engine(\"postgresql+psycopg://app@localhost/app\")\n\n\ndef orders_for(customer_id: int, status: str | None = None):\n    sql = \"SELECT id, total FROM orders WHERE customer_id = :cid\"\n    params = {\"cid\": customer_id}\n    if status:\n        sql += \" AND status = :status\"\n        params[\"status\"] = status\n    with engine.connect() as conn:\n        return conn.execute(text(sql + \" ORDER BY id DESC\"), params).mappings().all()\n"
 },
 {
  "name": "py2_shlex_quote",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import shlex\nimport subprocess\n\n\ndef remote_tail(host: str, logfile: str, lines: int = 100) -> str:\n    remote = f\"tail -n {int(lines)} {shlex.quote(logfile)}\"\n    result = subprocess.run([\"ssh\", host, remote], capture_output=True, text=True, timeout=30)\n    result.check_returncode()\n    return result.stdout\n"
 },
 {
  "name": "py2_tar_safe",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import os\nimport tarfile\n\n\ndef safe_extract(archive: str, dest: str) -> None:\n    dest = os.path.realpath(dest)\n    with tarfile.open(archive) as tar:\n        for member in tar.getmembers():\n            target = os.path.realpath(os.path.join(dest, member.name))\n            if os.path.commonpath([dest, target]) != dest:\n                raise ValueError(f\"blocked path: {member.name}\")\n            if member.issym() or member.islnk():\n                raise ValueError(f\"links not allowed: {member.name}\")\n        tar.extractall(dest)\n"
 },
 {
  "name": "py2_webhook_hmac",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import hashlib\nimport hmac\nimport json\nimport os\n\nfrom flask import Flask, abort, request\n\napp = Flask(__name__)\nWEBHOOK_SECRET = os.environ[\"WEBHOOK_SECRET\"].encode()\n\n\n@app.post(\"/webhooks/github\")\ndef github_webhook():\n    sig = request.headers.get(\"X-Hub-Signature-256\", \"\")\n    expected = \"sha256=\" + hmac.new(WEBHOOK_SECRET, request.get_data(), hashlib.sha256).hexdigest()\n    if not hmac.compare_digest(sig, expected):\n        abort(401)\n    event = json.loads(request.get_data())\n    app.logger.info(\"event %s for %s\", request.headers.get(\"X-GitHub-Event\"), event.get(\"repository\", {}).get(\"full_name\"))\n    return \"\", 204\n"
 },
 {
  "name": "py2_redirect_url_for",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "from flask import Flask, redirect, url_for, request, session, render_template\nfrom werkzeug.security import check_password_hash\n\nfrom .models import User\n\napp = Flask(__name__)\n\n\n@app.route(\"/login\", methods=[\"GET\", \"POST\"])\ndef login():\n    if request.method == \"POST\":\n        user = User.query.filter_by(username=request.form[\"username\"]).first()\n        if user and check_password_hash(user.password_hash, request.form[\"password\"]):\n            session.clear()\n            session[\"user_id\"] = user.id\n            return redirect(url_for(\"dashboard\"))\n        return render_template(\"login.html\", error=\"Invalid credentials\"), 401\n    return render_template(\"login.html\")\n\n\n@app.route(\"/logout\")\ndef logout():\n    session.clear()\n    return redirect(url_for(\"login\"))\n"
 },
 {
  "name": "py2_jwt_decode",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import os\nfrom datetime import datetime, timedelta, timezone\n\nimport jwt\n\nSECRET = os.environ[\"JWT_SECRET\"]\n\n\ndef issue(user_id: int) -> str:\n    now = datetime.now(timezone.utc)\n    return jwt.encode({\"sub\": str(user_id), \"iat\": now, \"exp\": now + timedelta(hours=1)}, SECRET, algorithm=\"HS256\")\n\n\ndef verify(token: str) -> dict:\n    return jwt.decode(token, SECRET, algorithms=[\"HS256\"], options={\"require\": [\"exp\", \"sub\"]})\n"
 },
 {
  "name": "py2_os_walk_cli",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import os\nimport sys\nfrom collections import Counter\n\n\ndef extension_stats(root):\n    counts = Counter()\n    for dirpath, dirnames, filenames in os.walk(root):\n        dirnames[:] = [d for d in dirnames if not d.startswith(\".\")]\n        for name in filenames:\n            ext = os.path.splitext(name)[1].lower() or \"<none>\"\n            counts[ext] += os.path.getsize(os.path.join(dirpath, name))\n    return counts\n\n\nif __name__ == \"__main__\":\n    root = sys.argv[1] if len(sys.argv) > 1 else \".\"\n    for ext, size in extension_stats(root).most_common(20):\n        print(f\"{ext:10} {size:>12,}\")\n"
 },
 {
  "name": "py2_ab_bucket",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import hashlib\nimport random\n\nEXPERIMENTS = {\"new_checkout\": 0.2, \"dark_mode\": 0.5}\n\n\ndef bucket(user_id: str, experiment: str) -> bool:\n    # stable assignment: hash the pair into [0, 1)\n    digest = hashlib.sha1(f\"{experiment}:{user_id}\".encode()).digest()\n    value = int.from_bytes(digest[:4], \"big\") / 2**32\n    return value < EXPERIMENTS.get(experiment, 0.0)\n\n\ndef sample_users(users, k=100, seed=None):\n    rng = random.Random(seed)\n    return rng.sample(users, min(k, len(users)))\n"
 },
 {
  "name": "py2_markup_escape",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "from markupsafe import Markup, escape\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\n@app.get(\"/hello\")\ndef hello():\n    name = request.args.get(\"name\", \"world\")\n    return Markup(\"<h1>Hello, {}!</h1>\").format(name)\n\n\n@app.get(\"/echo\")\ndef echo():\n    return f\"<pre>{escape(request.args.get('q', ''))}</pre>\"\n"
 },
 {
  "name": "py2_upload_uuid",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import os\nimport uuid\nfrom pathlib import Path\n\nfrom fastapi import FastAPI, File, HTTPException, UploadFile\n\napp = FastAPI()\nUPLOAD_DIR = Path(\"/srv/uploads\")\nALLOWED = {\".png\", \".jpg\", \".jpeg\", \".gif\"}\n\n\n@app.post(\"/avatars\")\nasync def upload_avatar(file: UploadFile = File(...)):\n    ext = os.path.splitext(file.filename or \"\")[1].lower()\n    if ext not in ALLOWED:\n        raise HTTPException(400, \"unsupported file type\")\n    data = await file.read()\n    if len(data) > 2_000_000:\n        raise HTTPException(413, \"too large\")\n    name = f\"{uuid.uuid4().hex}{ext}\"\n    (UPLOAD_DIR / name).write_bytes(data)\n    return {\"name\": name}\n"
 },
 {
  "name": "py2_django_raw_params",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "from django.db import connection\nfrom django.http import JsonResponse\nfrom django.views.decorators.http import require_GET\n\n\n@require_GET\ndef sales_report(request):\n    year = int(request.GET.get(\"year\", 2024))\n    region = request.GET.get(\"region\", \"EU\")\n    with connection.cursor() as cur:\n        cur.execute(\n            \"SELECT month, SUM(amount) FROM sales WHERE year = %s AND region = %s GROUP BY month ORDER BY month\",\n            [year, region],\n        )\n        rows = cur.fetchall()\n    return JsonResponse({\"rows\": rows})\n"
 },
 {
  "name": "py2_paramiko",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import paramiko\n\n\ndef run_remote(host: str, user: str, key_file: str, command: list[str]) -> str:\n    client = paramiko.SSHClient()\n    client.load_system_host_keys()\n    client.set_missing_host_key_policy(paramiko.RejectPolicy())\n    client.connect(host, username=user, key_filename=key_file, timeout=10)\n    try:\n        import shlex\n        _, stdout, _ = client.exec_command(\" \".join(shlex.quote(c) for c in command))\n        return stdout.read().decode()\n    finally:\n        client.close()\n"
 },
 {
  "name": "py2_dedupe_files",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import hashlib\nimport os\nimport sys\nfrom collections import defaultdict\n\n\ndef digest(path, block=1 << 16):\n    h = hashlib.md5()\n    with open(path, \"rb\") as f:\n        while chunk := f.read(block):\n            h.update(chunk)\n    return h.hexdigest()\n\n\ndef find_duplicates(root):\n    by_hash = defaultdict(list)\n    for dirpath, _, files in os.walk(root):\n        for name in files:\n            p = os.path.join(dirpath, name)\n            by_hash[digest(p)].append(p)\n    return {h: ps for h, ps in by_hash.items() if len(ps) > 1}\n\n\nif __name__ == \"__main__\":\n    for h, paths in find_duplicates(sys.argv[1]).items():\n        print(h, *paths, sep=\"\\n  \")\n"
 },
 {
  "name": "py2_requests_session",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import requests\nfrom requests.adapters import HTTPAdapter\nfrom urllib3.util.retry import Retry\n\n\ndef make_session(token: str) -> requests.Session:\n    s = requests.Session()\n    s.headers.update({\"Authorization\": f\"token {token}\", \"User-Agent\": \"release-bot/1.0\"})\n    s.mount(\"https://\", HTTPAdapter(max_retries=Retry(total=3, backoff_factor=0.5)))\n    return s\n\n\ndef latest_release(session: requests.Session, owner: str, repo: str) -> str:\n    r = session.get(f\"https://api.github.com/repos/{owner}/{repo}/releases/latest\", timeout=10)\n    r.raise_for_status()\n    return r.json()[\"tag_name\"]\n"
 },
 {
  "name": "py2_pandas_etl",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import argparse\nimport sqlite3\n\nimport pandas as pd\n\n\ndef main():\n    ap = argparse.ArgumentParser()\n    ap.add_argument(\"csv\")\n    ap.add_argument(\"--db\", default=\"warehouse.db\")\n    ap.add_argument(\"--table\", default=\"events\", choices=[\"events\", \"events_staging\"])\n    args = ap.parse_args()\n    df = pd.read_csv(args.csv, parse_dates=[\"ts\"])\n    df = df.dropna(subset=[\"user_id\"]).drop_duplicates()\n    with sqlite3.connect(args.db) as conn:\n        df.to_sql(args.table, conn, if_exists=\"append\", index=False)\n        n = conn.execute(f\"SELECT COUNT(*) FROM {args.table}\").fetchone()[0]\n    print(f\"{len(df)} rows loaded, {n} total\")\n\n\nif __name__ == \"__main__\":\n    main()\n"
 },
 {
  "name": "py2_scrypt_kdf",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import base64\nimport hashlib\nimport hmac\nimport os\n\n\ndef hash_password(password: str) -> str:\n    salt = os.urandom(16)\n    key = hashlib.scrypt(password.encode(), salt=salt, n=2**15, r=8, p=1, maxmem=64 * 1024 * 1024)\n    return base64.b64encode(salt + key).decode()\n\n\ndef verify(password: str, stored: str) -> bool:\n    raw = base64.b64decode(stored)\n    salt, key = raw[:16], raw[16:]\n    candidate = hashlib.scrypt(password.encode(), salt=salt, n=2**15, r=8, p=1, maxmem=64 * 1024 * 1024)\n    return hmac.compare_digest(candidate, key)\n"
 },
 {
  "name": "py2_regex_parser",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import re\nfrom typing import Iterator, NamedTuple\n\nLOG_LINE = re.compile(\n    r'(?P<ip>\\d{1,3}(?:\\.\\d{1,3}){3}) - - \\[(?P<ts>[^\\]]+)\\] \"(?P<method>[A-Z]+) (?P<path>\\S+) HTTP/[\\d.]+\" (?P<status>\\d{3}) (?P<size>\\d+|-)'\n)\n\n\nclass Hit(NamedTuple):\n    ip: str\n    path: str\n    status: int\n\n\ndef parse(lines) -> Iterator[Hit]:\n    for line in lines:\n        m = LOG_LINE.match(line)\n        if m:\n            yield Hit(m[\"ip\"], m[\"path\"], int(m[\"status\"]))\n\n\ndef top_paths(lines, n=10):\n    from collections import Counter\n    return Counter(h.path for h in parse(lines) if h.status < 400).most_common(n)\n"
 },
 {
  "name": "py2_settings_django",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import os\nfrom pathlib import Path\n\nBASE_DIR = Path(__file__).resolve().parent.parent\nSECRET_KEY = os.environ[\"DJANGO_SECRET_KEY\"]\nDEBUG = os.environ.get(\"DJANGO_DEBUG\", \"0\") == \"1\"\nALLOWED_HOSTS = os.environ.get(\"DJANGO_ALLOWED_HOSTS\", \"localhost\").split(\",\")\n\nDATABASES = {\n    \"default\": {\n        \"ENGINE\": \"django.db.backends.postgresql\",\n        \"NAME\": os.environ.get(\"DB_NAME\", \"app\"),\n        \"USER\": os.environ.get(\"DB_USER\", \"app\"),\n        \"PASSWORD\": os.environ.get(\"DB_PASSWORD\", \"\"),\n        \"HOST\": os.environ.get(\"DB_HOST\", \"localhost\"),\n    }\n}\nSTATIC_ROOT = BASE_DIR / \"staticfiles\"\nSESSION_COOKIE_SECURE = True\nCSRF_COOKIE_SECURE = True\nSECURE_HSTS_SECONDS = 31536000\n"
 },
 {
  "name": "py2_asyncio_client",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import asyncio\nimport aiohttp\n\nURLS = [\n    \"https://www.python.org/\",\n    \"https://pypi.org/\",\n    \"https://docs.python.org/3/\",\n]\n\n\nasync def fetch_status(session: aiohttp.ClientSession, url: str) -> tuple[str, int]:\n    async with session.get(url, timeout=aiohttp.ClientTimeout(total=10)) as resp:\n        return url, resp.status\n\n\nasync def main():\n    async with aiohttp.ClientSession() as session:\n        for url, status in await asyncio.gather(*(fetch_status(session, u) for u in URLS)):\n            print(status, url)\n\n\nif __name__ == \"__main__\":\n    asyncio.run(main())\n"
 },
 {
  "name": "py2_zip_export",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import io\nimport json\nimport zipfile\nfrom datetime import datetime\n\n\ndef export_bundle(records: list[dict]) -> bytes:\n    buf = io.BytesIO()\n    with zipfile.ZipFile(buf, \"w\", compression=zipfile.ZIP_DEFLATED) as zf:\n        zf.writestr(\"manifest.json\", json.dumps({\"created\": datetime.utcnow().isoformat(), \"count\": len(records)}))\n        for i, rec in enumerate(records):\n            zf.writestr(f\"records/{i:05d}.json\", json.dumps(rec, indent=2))\n    return buf.getvalue()\n"
 },
 {
  "name": "py2_click_cli",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import json\nfrom pathlib import Path\n\nimport click\n\n\n@click.command()\n@click.argument(\"src\", type=click.Path(exists=True, dir_okay=False, path_type=Path))\n@click.option(\"--indent\", default=2, show_default=True)\n@click.option(\"--in-place\", is_flag=True)\ndef fmt(src: Path, indent: int, in_place: bool):\n    data = json.loads(src.read_text())\n    out = json.dumps(data, indent=indent, sort_keys=True) + \"\\n\"\n    if in_place:\n        src.write_text(out)\n    else:\n        click.echo(out, nl=False)\n\n\nif __name__ == \"__main__\":\n    fmt()\n"
 },
 {
  "name": "py2_unittest_creds",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import unittest\nfrom unittest import mock\n\nfrom app.auth import authenticate\n\n\nclass AuthTests(unittest.TestCase):\n    def setUp(self):\n        self.password = \"correct horse battery staple\"\n\n    @mock.patch(\"app.auth.lookup_user\")\n    def test_good_password(self, lookup):\n        lookup.return_value = {\"name\": \"ada\", \"hash\": \"$2b$12$abcdefghijklmnopqrstuv\"}\n        with mock.patch(\"app.auth.bcrypt.checkpw\", return_value=True):\n            self.assertTrue(authenticate(\"ada\", self.password))\n\n    def test_empty_password(self):\n        self.assertFalse(authenticate(\"ada\", \"\"))\n\n\nif __name__ == \"__main__\":\n    unittest.main()\n"
 },
 {
  "name": "py2_v_pickle_request",
  "kind": "vuln",
  "lang": "python",
  "cwe": 502,
  "code": "import base64\nimport pickle\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\n@app.post(\"/restore\")\ndef restore():\n    state = pickle.loads(base64.b64decode(request.form[\"state\"]))\n    return {\"items\": len(state)}\n"
 },
 {
  "name": "py2_v_tar_extract",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "import tarfile\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\n@app.post(\"/upload-bundle\")\ndef upload_bundle():\n    f = request.files[\"bundle\"]\n    with tarfile.open(fileobj=f.stream, mode=\"r:gz\") as tar:\n        tar.extractall(\"/srv/bundles\")\n    return \"ok\"\n"
 },
 {
  "name": "py2_v_jwt_noverify",
  "kind": "vuln",
  "lang": "python",
  "cwe": 347,
  "code": "import jwt\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\n@app.get(\"/me\")\ndef me():\n    token = request.headers[\"Authorization\"].split()[1]\n    claims = jwt.decode(token, options={\"verify_signature\": False})\n    return {\"user\": claims[\"sub\"]}\n"
 },
 {
  "name": "py2_v_xss_fstring",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request\n\napp = Flask(__name__)\n\n\n@app.get(\"/search\")\ndef search():\n    q = request.args.get(\"q\", \"\")\n    return f\"<h1>Results for {q}</h1>\"\n"
 },
 {
  "name": "py2_v_verify_false",
  "kind": "vuln",
  "lang": "python",
  "cwe": 295,
  "code": "import requests\n\n\ndef fetch_invoice(invoice_id):\n    r = requests.get(f\"https://billing.internal/invoices/{invoice_id}\", verify=False, timeout=10)\n    return r.json()\n"
 },
 {
  "name": "js2_knex_repo",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });\n\nasync function findInvoices({ customerId, status, from, to }) {\n  const q = knex('invoices').select('id', 'number', 'total', 'status').where('customer_id', customerId);\n  if (status) q.andWhere('status', status);\n  if (from) q.andWhere('issued_at', '>=', from);\n  if (to) q.andWhere('issued_at', '<', to);\n  return q.orderBy('issued_at', 'desc').limit(100);\n}\n\nasync function markPaid(id) {\n  return knex('invoices').where({ id }).update({ status: 'paid', paid_at: knex.fn.now() });\n}\n\nasync function totalsByMonth(year) {\n  return knex.raw(\n    \"SELECT date_trunc('month', issued_at) AS m, SUM(total) FROM invoices WHERE EXTRACT(YEAR FROM issued_at) = ? GROUP BY m\",\n    [year],\n  );\n}\n\nmodule.exports = { findInvoices, markPaid, totalsByMonth };\n"
 },
 {
  "name": "js2_sequelize_replacements",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const { Sequelize, QueryTypes } = require('sequelize');\nconst sequelize = new Sequelize(process.env.DATABASE_URL);\n\nasync function searchProducts(term, limit = 20) {\n  return sequelize.query(\n    'SELECT id, name, price FROM products WHERE name ILIKE :term ORDER BY name LIMIT :limit',\n    { replacements: { term: `%${term}%`, limit }, type: QueryTypes.SELECT },\n  );\n}\n\nmodule.exports = { searchProducts };\n"
 },
 {
  "name": "js2_dompurify_react",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "import React, { useMemo } from 'react';\nimport DOMPurify from 'dompurify';\nimport { marked } from 'marked';\n\nexport function MarkdownView({ source }) {\n  const html = useMemo(() => DOMPurify.sanitize(marked.parse(source || '')), [source]);\n  return <article className=\"markdown\" dangerouslySetInnerHTML={{ __html: html }} />;\n}\n\nexport function Badge({ label, color = 'gray' }) {\n  return <span className={`badge badge-${color}`}>{label}</span>;\n}\n"
 },
 {
  "name": "js2_exec_constant",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const { exec } = require('child_process');\nconst os = require('os');\n\nfunction diskUsage() {\n  return new Promise((resolve, reject) => {\n    exec('df -kP /', (err, stdout) => {\n      if (err) return reject(err);\n      const [, line] = stdout.trim().split('\\n');\n      const [, size, used, avail] = line.split(/\\s+/);\n      resolve({ size: Number(size), used: Number(used), avail: Number(avail), host: os.hostname() });\n    });\n  });\n}\n\nmodule.exports = { diskUsage };\n"
 },
 {
  "name": "js2_template_fs",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const fs = require('fs/promises');\nconst path = require('path');\nconst Handlebars = require('handlebars');\n\nconst TEMPLATE_DIR = path.join(__dirname, 'templates');\nconst cache = new Map();\n\nasync function render(name, context) {\n  if (!/^[a-z-]+$/.test(name)) throw new Error('bad template name');\n  if (!cache.has(name)) {\n    const src = await fs.readFile(path.join(TEMPLATE_DIR, `${name}.hbs`), 'utf8');\n    cache.set(name, Handlebars.compile(src));\n  }\n  return cache.get(name)(context);\n}\n\nmodule.exports = { render };\n"
 },
 {
  "name": "js2_cors_allowlist",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const express = require('express');\nconst cors = require('cors');\nconst cookieParser = require('cookie-parser');\n\nconst ALLOWED_ORIGINS = ['https://app.example.com', 'https://admin.example.com'];\n\nconst app = express();\napp.use(cookieParser());\napp.use(cors({\n  origin(origin, cb) {\n    if (!origin || ALLOWED_ORIGINS.includes(origin)) return cb(null, true);\n    return cb(new Error('origin not allowed'));\n  },\n  credentials: true,\n}));\n\napp.post('/session', (req, res) => {\n  res.cookie('sid', req.sessionID, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 3600_000 });\n  res.json({ ok: true });\n});\n\nmodule.exports = app;\n"
 },
 {
  "name": "js2_typeorm_qb",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 0,
  "code": "import { DataSource } from 'typeorm';\nimport { User } from './entity/User';\n\nexport class UserService {\n  constructor(private readonly ds: DataSource) {}\n\n  async search(name: string, page = 1) {\n    return this.ds\n      .getRepository(User)\n      .createQueryBuilder('u')\n      .where('u.name ILIKE :name', { name: `%${name}%` })\n      .andWhere('u.active = :active', { active: true })\n      .orderBy('u.createdAt', 'DESC')\n      .skip((page - 1) * 20)\n      .take(20)\n      .getMany();\n  }\n\n  async byId(id: number) {\n    return this.ds.getRepository(User).findOneBy({ id });\n  }\n}\n"
 },
 {
  "name": "js2_commander_cli",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "#!/usr/bin/env node\nconst { program } = require('commander');\nconst fs = require('fs');\nconst path = require('path');\n\nprogram\n  .name('mdtoc')\n  .argument('<file>', 'markdown file')\n  .option('-w, --write', 'insert the table of contents into the file')\n  .action((file, opts) => {\n    const text = fs.readFileSync(file, 'utf8');\n    const toc = text\n      .split('\\n')\n      .filter((l) => /^#{2,3} /.test(l))\n      .map((l) => {\n        const depth = l.indexOf(' ') - 2;\n        const title = l.replace(/^#+ /, '');\n        const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-');\n        return `${'  '.repeat(depth)}- [${title}](#${slug})`;\n      })\n      .join('\\n');\n    if (opts.write) {\n      fs.writeFileSync(file, text.replace('<!-- toc -->', `<!-- toc -->\\n${toc}`));\n      console.log(`updated ${path.basename(file)}`);\n    } else {\n      console.log(toc);\n    }\n  });\n\nprogram.parse();\n"
 },
 {
  "name": "js2_ws_server",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const { WebSocketServer } = require('ws');\nconst { randomUUID } = require('crypto');\n\nconst wss = new WebSocketServer({ port: 8081, maxPayload: 64 * 1024 });\nconst clients = new Map();\n\nwss.on('connection', (ws) => {\n  const id = randomUUID();\n  clients.set(id, ws);\n  ws.on('message', (raw) => {\n    let msg;\n    try {\n      msg = JSON.parse(raw);\n    } catch {\n      return ws.send(JSON.stringify({ error: 'bad json' }));\n    }\n    if (msg.type === 'chat' && typeof msg.text === 'string') {\n      const out = JSON.stringify({ type: 'chat', from: id, text: msg.text.slice(0, 500) });\n      for (const c of clients.values()) c.send(out);\n    }\n  });\n  ws.on('close', () => clients.delete(id));\n});\n"
 },
 {
  "name": "js2_gulpfile",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const { src, dest, series, parallel, watch } = require('gulp');\nconst sass = require('gulp-sass')(require('sass'));\nconst del = require('del');\nconst { execSync } = require('child_process');\n\nfunction clean() {\n  return del(['dist/**']);\n}\n\nfunction styles() {\n  return src('src/styles/*.scss').pipe(sass({ outputStyle: 'compressed' })).pipe(dest('dist/css'));\n}\n\nfunction scripts(cb) {\n  execSync('npx rollup -c', { stdio: 'inherit' });\n  cb();\n}\n\nexports.build = series(clean, parallel(styles, scripts));\nexports.watch = () => watch('src/**/*', exports.build);\n"
 },
 {
  "name": "js2_express_redirect_fixed",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const express = require('express');\nconst router = express.Router();\n\nconst SAFE_RETURN = new Set(['/dashboard', '/settings', '/billing']);\n\nrouter.post('/login', async (req, res) => {\n  const ok = await req.app.locals.auth.check(req.body.email, req.body.password);\n  if (!ok) return res.status(401).render('login', { error: 'Invalid login' });\n  const next = SAFE_RETURN.has(req.body.next) ? req.body.next : '/dashboard';\n  res.redirect(next);\n});\n\nrouter.get('/logout', (req, res) => {\n  req.session.destroy(() => res.redirect('/'));\n});\n\nmodule.exports = router;\n"
 },
 {
  "name": "js2_random_ui",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 0,
  "code": "export const TIPS = [\n  'Press ? to see keyboard shortcuts',\n  'Drag cards between columns',\n  'Use @ to mention a teammate',\n];\n\nexport function randomTip(): string {\n  return TIPS[Math.floor(Math.random() * TIPS.length)];\n}\n\nexport function jitter(ms: number, ratio = 0.2): number {\n  return ms + (Math.random() * 2 - 1) * ms * ratio;\n}\n\nexport function placeholderAvatarColor(seed: number): string {\n  const palette = ['#f87171', '#60a5fa', '#34d399', '#fbbf24'];\n  return palette[seed % palette.length];\n}\n"
 },
 {
  "name": "js2_hash_assets",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "// Content-hash asset names for cache busting\nconst crypto = require('crypto');\nconst fs = require('fs');\nconst path = require('path');\n\nconst OUT = path.join(__dirname, '..', 'dist');\n\nfunction hashName(file) {\n  const content = fs.readFileSync(file);\n  const hash = crypto.createHash('md5').update(content).digest('hex').slice(0, 8);\n  const ext = path.extname(file);\n  return `${path.basename(file, ext)}.${hash}${ext}`;\n}\n\nconst manifest = {};\nfor (const f of fs.readdirSync(OUT).filter((n) => n.endsWith('.js') || n.endsWith('.css'))) {\n  const hashed = hashName(path.join(OUT, f));\n  fs.renameSync(path.join(OUT, f), path.join(OUT, hashed));\n  manifest[f] = hashed;\n}\nfs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 2));\n"
 },
 {
  "name": "js2_vue_component",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "import { ref, computed, onMounted } from 'vue';\nimport axios from 'axios';\n\nexport default {\n  props: { projectId: { type: Number, required: true } },\n  setup(props) {\n    const tasks = ref([]);\n    const query = ref('');\n    const filtered = computed(() => tasks.value.filter((t) => t.title.includes(query.value)));\n    onMounted(async () => {\n      const { data } = await axios.get(`/api/projects/${props.projectId}/tasks`);\n      tasks.value = data;\n    });\n    return { tasks, query, filtered };\n  },\n  template: `<div><input v-model=\"query\"><ul><li v-for=\"t in filtered\" :key=\"t.id\">{{ t.title }}</li></ul></div>`,\n};\n"
 },
 {
  "name": "js2_dotenv_server",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 0,
  "code": "import 'dotenv/config';\nimport express, { Request, Response } from 'express';\nimport rateLimit from 'express-rate-limit';\nimport { z } from 'zod';\n\nconst app = express();\napp.use(express.json({ limit: '100kb' }));\napp.use(rateLimit({ windowMs: 60_000, max: 100 }));\n\nconst Contact = z.object({ name: z.string().min(1).max(100), email: z.string().email(), message: z.string().max(5000) });\n\napp.post('/contact', async (req: Request, res: Response) => {\n  const parsed = Contact.safeParse(req.body);\n  if (!parsed.success) return res.status(400).json({ errors: parsed.error.flatten() });\n  await saveMessage(parsed.data);\n  res.status(202).json({ ok: true });\n});\n\nasync function saveMessage(msg: z.infer<typeof Contact>) {\n  console.log('contact from %s', msg.email);\n}\n\napp.listen(Number(process.env.PORT ?? 3000));\n"
 },
 {
  "name": "js2_worker_threads",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');\nconst os = require('os');\n\nfunction primesUpTo(n) {\n  const sieve = new Uint8Array(n + 1);\n  const out = [];\n  for (let i = 2; i <= n; i++) {\n    if (sieve[i]) continue;\n    out.push(i);\n    for (let j = i * i; j <= n; j += i) sieve[j] = 1;\n  }\n  return out;\n}\n\nif (isMainThread) {\n  const jobs = Array.from({ length: os.cpus().length }, (_, i) => (i + 1) * 100000);\n  for (const n of jobs) {\n    const w = new Worker(__filename, { workerData: n });\n    w.on('message', (count) => console.log(`primes <= ${n}: ${count}`));\n  }\n} else {\n  parentPort.postMessage(primesUpTo(workerData).length);\n}\n"
 },
 {
  "name": "js2_fetch_wrapper_browser",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 0,
  "code": "const API_BASE = import.meta.env.VITE_API_BASE ?? '/api';\n\nexport async function api<T>(path: string, init: RequestInit = {}): Promise<T> {\n  const res = await fetch(`${API_BASE}${path}`, {\n    ...init,\n    credentials: 'include',\n    headers: { 'Content-Type': 'application/json', ...(init.headers ?? {}) },\n  });\n  if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);\n  return res.json() as Promise<T>;\n}\n\nexport const getProfile = () => api<{ name: string }>('/me');\nexport const saveSettings = (s: Record<string, unknown>) => api('/settings', { method: 'PUT', body: JSON.stringify(s) });\n\nwindow.addEventListener('online', () => getProfile().catch(() => undefined));\n"
 },
 {
  "name": "js2_mysql_pool",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const mysql = require('mysql2/promise');\n\nconst pool = mysql.createPool({ host: process.env.DB_HOST, user: process.env.DB_USER, password: process.env.DB_PASS, database: 'shop' });\n\nasync function addToCart(userId, productId, qty) {\n  const conn = await pool.getConnection();\n  try {\n    await conn.beginTransaction();\n    const [[product]] = await conn.execute('SELECT stock FROM products WHERE id = ? FOR UPDATE', [productId]);\n    if (!product || product.stock < qty) throw new Error('out of stock');\n    await conn.execute('UPDATE products SET stock = stock - ? WHERE id = ?', [qty, productId]);\n    await conn.execute('INSERT INTO cart_items (user_id, product_id, qty) VALUES (?, ?, ?)', [userId, productId, qty]);\n    await conn.commit();\n  } catch (e) {\n    await conn.rollback();\n    throw e;\n  } finally {\n    conn.release();\n  }\n}\n\nmodule.exports = { addToCart };\n"
 },
 {
  "name": "js2_v_eval_body",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 95,
  "code": "const express = require('express');\nconst app = express();\napp.use(express.json());\napp.post('/calc', (req, res) => {\n  const result = eval(req.body.expression);\n  res.json({ result });\n});\n"
 },
 {
  "name": "js2_v_proto_merge",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 1321,
  "code": "function merge(target, source) {\n  for (const key in source) {\n    if (typeof source[key] === 'object') {\n      target[key] = merge(target[key] || {}, source[key]);\n    } else {\n      target[key] = source[key];\n    }\n  }\n  return target;\n}\napp.post('/prefs', (req, res) => {\n  res.json(merge({}, req.body));\n});\n"
 },
 {
  "name": "js2_v_jwt_none",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 347,
  "code": "const jwt = require('jsonwebtoken');\nfunction user(req) {\n  const token = req.headers.authorization.split(' ')[1];\n  return jwt.decode(token).sub;\n}\nmodule.exports = { user };\n"
 },
 {
  "name": "js2_v_cookie_insecure",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 1004,
  "code": "const express = require('express');\nconst app = express();\napp.post('/login', (req, res) => {\n  res.cookie('session', createSession(req.body.user), { httpOnly: false, secure: false });\n  res.send('ok');\n});\n"
 },
 {
  "name": "js2_v_react_html",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 79,
  "code": "import React from 'react';\nexport function Comment({ comment }) {\n  return <div dangerouslySetInnerHTML={{ __html: comment.body }} />;\n}\n"
 },
 {
  "name": "rb2_open3",
  "kind": "safe",
  "lang": "ruby",
  "cwe": 0,
  "code": "require \"open3\"\n\nmodule ImageInfo\n  def self.dimensions(path)\n    out, status = Open3.capture2(\"identify\", \"-format\", \"%w %h\", path.to_s)\n    raise \"identify failed\" unless status.success?\n    out.split.map(&:to_i)\n  end\nend\n"
 },
 {
  "name": "rb2_rails_config_read",
  "kind": "safe",
  "lang": "ruby",
  "cwe": 0,
  "code": "class FeatureFlags\n  FILE = Rails.root.join(\"config\", \"features.yml\")\n\n  def self.all\n    @all ||= YAML.safe_load(File.read(FILE)).fetch(Rails.env, {})\n  end\n\n  def self.enabled?(name)\n    all.fetch(name.to_s, false)\n  end\nend\n"
 },
 {
  "name": "rb2_sidekiq_worker",
  "kind": "safe",
  "lang": "ruby",
  "cwe": 0,
  "code": "class InvoiceMailerJob\n  include Sidekiq::Job\n  sidekiq_options retry: 5, queue: :mailers\n\n  def perform(invoice_id)\n    invoice = Invoice.find(invoice_id)\n    return if invoice.sent_at.present?\n    InvoiceMailer.with(invoice: invoice).issued.deliver_now\n    invoice.update!(sent_at: Time.current)\n  rescue ActiveRecord::RecordNotFound\n    Rails.logger.warn(\"invoice #{invoice_id} vanished\")\n  end\nend\n"
 },
 {
  "name": "rb2_sessions_controller",
  "kind": "safe",
  "lang": "ruby",
  "cwe": 0,
  "code": "class SessionsController < ApplicationController\n  skip_before_action :require_login, only: [:new, :create]\n\n  def create\n    user = User.find_by(email: params[:email].to_s.downcase)\n    if user&.authenticate(params[:password])\n      reset_session\n      session[:user_id] = user.id\n      redirect_to dashboard_path, notice: \"Signed in\"\n    else\n      flash.now[:alert] = \"Invalid email or password\"\n      render :new, status: :unauthorized\n    end\n  end\n\n  def destroy\n    reset_session\n    redirect_to root_path\n  end\nend\n"
 },
 {
  "name": "rb2_gemspec",
  "kind": "safe",
  "lang": "ruby",
  "cwe": 0,
  "code": "require_relative \"lib/tinycache/version\"\n\nGem::Specification.new do |spec|\n  spec.name = \"tinycache\"\n  spec.version = Tinycache::VERSION\n  spec.authors = [\"Example Dev\"]\n  spec.summary = \"A tiny in-memory cache with TTLs\"\n  spec.license = \"MIT\"\n  spec.required_ruby_version = \">= 3.0\"\n  spec.files = Dir.chdir(__dir__) { `git ls-files -z`.split(\"\\x0\").reject { |f| f.start_with?(\"test/\") } }\n  spec.require_paths = [\"lib\"]\n  spec.add_development_dependency \"rake\", \"~> 13.0\"\nend\n"
 },
 {
  "name": "rb2_bcrypt_service",
  "kind": "safe",
  "lang": "ruby",
  "cwe": 0,
  "code": "require \"bcrypt\"\nrequire \"securerandom\"\n\nclass PasswordService\n  def self.digest(password)\n    BCrypt::Password.create(password, cost: 12)\n  end\n\n  def self.valid?(password, digest)\n    BCrypt::Password.new(digest) == password\n  end\n\n  def self.reset_token\n    SecureRandom.hex(32)\n  end\nend\n"
 },
 {
  "name": "rb2_v_eval",
  "kind": "vuln",
  "lang": "ruby",
  "cwe": 95,
  "code": "class CalcController < ApplicationController\n  def show\n    render plain: eval(params[:expr]).to_s\n  end\nend\n"
 },
 {
  "name": "rb2_v_redirect",
  "kind": "vuln",
  "lang": "ruby",
  "cwe": 601,
  "code": "class ReturnsController < ApplicationController\n  def show\n    redirect_to params[:return_to]\n  end\nend\n"
 },
 {
  "name": "py3_flask_blueprint_orm",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "from flask import Blueprint, jsonify, request, abort\nfrom flask_login import login_required, current_user\n\nfrom .extensions import db\nfrom .models import Note\n\nbp = Blueprint(\"notes\", __name__, url_prefix=\"/notes\")\n\n\n@bp.get(\"/\")\n@login_required\ndef index():\n    page = request.args.get(\"page\", 1, type=int)\n    notes = Note.query.filter_by(owner_id=current_user.id).order_by(Note.updated.desc()).paginate(page=page, per_page=20)\n    return jsonify([n.as_dict() for n in notes.items])\n\n\n@bp.delete(\"/<int:note_id>\")\n@login_required\ndef delete(note_id):\n    note = Note.query.filter_by(id=note_id, owner_id=current_user.id).first()\n    if note is None:\n        abort(404)\n    db.session.delete(note)\n    db.session.commit()\n    return \"\", 204\n"
 },
 {
  "name": "py3_subprocess_ffprobe",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import json\nimport subprocess\nfrom pathlib import Path\n\n\ndef probe(video: Path) -> dict:\n    cmd = [\n        \"ffprobe\", \"-v\", \"error\", \"-print_format\", \"json\",\n        \"-show_format\", \"-show_streams\", str(video),\n    ]\n    proc = subprocess.run(cmd, capture_output=True, check=True, text=True, timeout=60)\n    return json.loads(proc.stdout)\n\n\ndef duration_seconds(video: Path) -> float:\n    return float(probe(video)[\"format\"][\"duration\"])\n"
 },
 {
  "name": "py3_config_ini",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import configparser\nimport os\nfrom pathlib import Path\n\nCONFIG_PATHS = [Path(\"/etc/mytool.ini\"), Path.home() / \".config\" / \"mytool.ini\", Path(\"mytool.ini\")]\n\n\ndef load():\n    cp = configparser.ConfigParser()\n    cp.read([str(p) for p in CONFIG_PATHS if p.exists()])\n    return {\n        \"endpoint\": cp.get(\"server\", \"endpoint\", fallback=\"https://api.mytool.dev\"),\n        \"timeout\": cp.getint(\"server\", \"timeout\", fallback=30),\n        \"token\": os.environ.get(\"MYTOOL_TOKEN\") or cp.get(\"auth\", \"token\", fallback=None),\n    }\n"
 },
 {
  "name": "py3_lru_cache_hash",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import hashlib\nfrom functools import lru_cache\nfrom pathlib import Path\n\nimport requests\n\nCACHE = Path(\".http-cache\")\n\n\ndef cached_get(url: str) -> bytes:\n    CACHE.mkdir(exist_ok=True)\n    key = hashlib.sha1(url.encode()).hexdigest()\n    f = CACHE / key\n    if f.exists():\n        return f.read_bytes()\n    data = requests.get(url, timeout=20).content\n    f.write_bytes(data)\n    return data\n\n\n@lru_cache(maxsize=256)\ndef word_count(text: str) -> int:\n    return len(text.split())\n"
 },
 {
  "name": "py3_secrets_token_model",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import secrets\nfrom datetime import datetime, timedelta\n\nfrom django.db import models\nfrom django.utils import timezone\n\n\ndef default_expiry():\n    return timezone.now() + timedelta(days=1)\n\n\nclass PasswordResetToken(models.Model):\n    user = models.ForeignKey(\"auth.User\", on_delete=models.CASCADE)\n    token = models.CharField(max_length=64, unique=True, default=lambda: secrets.token_urlsafe(32))\n    expires_at = models.DateTimeField(default=default_expiry)\n    used = models.BooleanField(default=False)\n\n    def is_valid(self) -> bool:\n        return not self.used and self.expires_at > timezone.now()\n"
 },
 {
  "name": "py3_sorting_algos",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import random\nfrom typing import List\n\n\ndef quicksort(xs: List[int]) -> List[int]:\n    if len(xs) <= 1:\n        return xs\n    pivot = random.choice(xs)\n    less = [x for x in xs if x < pivot]\n    equal = [x for x in xs if x == pivot]\n    more = [x for x in xs if x > pivot]\n    return quicksort(less) + equal + quicksort(more)\n\n\ndef reservoir_sample(stream, k, rng=random):\n    sample = []\n    for i, item in enumerate(stream):\n        if i < k:\n            sample.append(item)\n        else:\n            j = rng.randint(0, i)\n            if j < k:\n                sample[j] = item\n    return sample\n"
 },
 {
  "name": "py3_s3_upload",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import mimetypes\nimport os\nimport sys\n\nimport boto3\n\nBUCKET = os.environ.get(\"ASSET_BUCKET\", \"my-assets\")\n\n\ndef upload_dir(local_dir: str, prefix: str = \"static/\") -> int:\n    s3 = boto3.client(\"s3\")\n    n = 0\n    for root, _, files in os.walk(local_dir):\n        for name in files:\n            path = os.path.join(root, name)\n            key = prefix + os.path.relpath(path, local_dir).replace(os.sep, \"/\")\n            ctype = mimetypes.guess_type(name)[0] or \"application/octet-stream\"\n            s3.upload_file(path, BUCKET, key, ExtraArgs={\"ContentType\": ctype, \"CacheControl\": \"max-age=31536000\"})\n            n += 1\n    return n\n\n\nif __name__ == \"__main__\":\n    print(upload_dir(sys.argv[1]), \"files uploaded\")\n"
 },
 {
  "name": "py3_fastapi_auth_dep",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import os\nfrom typing import Annotated\n\nimport jwt\nfrom fastapi import Depends, FastAPI, HTTPException, status\nfrom fastapi.security import OAuth2PasswordBearer\n\noauth2 = OAuth2PasswordBearer(tokenUrl=\"token\")\nSECRET = os.environ[\"JWT_SECRET\"]\napp = FastAPI()\n\n\ndef current_user(token: Annotated[str, Depends(oauth2)]) -> dict:\n    try:\n        payload = jwt.decode(token, SECRET, algorithms=[\"HS256\"])\n    except jwt.PyJWTError:\n        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail=\"invalid token\")\n    return {\"id\": int(payload[\"sub\"]), \"scopes\": payload.get(\"scopes\", [])}\n\n\n@app.get(\"/me\")\ndef me(user: Annotated[dict, Depends(current_user)]):\n    return user\n"
 },
 {
  "name": "py3_html_email_template",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "from email.mime.multipart import MIMEMultipart\nfrom email.mime.text import MIMEText\nfrom html import escape\n\n\ndef build_receipt(to_addr: str, name: str, items: list[tuple[str, float]]) -> MIMEMultipart:\n    rows = \"\".join(f\"<tr><td>{escape(desc)}</td><td>{price:.2f}</td></tr>\" for desc, price in items)\n    html = f\"<p>Hi {escape(name)},</p><table>{rows}</table>\"\n    msg = MIMEMultipart(\"alternative\")\n    msg[\"Subject\"] = \"Your receipt\"\n    msg[\"To\"] = to_addr\n    msg.attach(MIMEText(html, \"html\"))\n    return msg\n"
 },
 {
  "name": "py3_sqlite_migrate_script",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import sqlite3\nimport sys\nfrom pathlib import Path\n\nMIGRATIONS = Path(__file__).parent / \"migrations\"\n\n\ndef migrate(db_path: str) -> None:\n    conn = sqlite3.connect(db_path)\n    conn.execute(\"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)\")\n    current = conn.execute(\"SELECT COALESCE(MAX(version), 0) FROM schema_version\").fetchone()[0]\n    for f in sorted(MIGRATIONS.glob(\"*.sql\")):\n        version = int(f.stem.split(\"_\")[0])\n        if version <= current:\n            continue\n        conn.executescript(f.read_text())\n        conn.execute(\"INSERT INTO schema_version (version) VALUES (?)\", (version,))\n        conn.commit()\n        print(f\"applied {f.name}\")\n\n\nif __name__ == \"__main__\":\n    migrate(sys.argv[1] if len(sys.argv) > 1 else \"app.db\")\n"
 },
 {
  "name": "py3_thread_pool_download",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import concurrent.futures\nimport hashlib\nimport urllib.request\nfrom pathlib import Path\n\nRELEASES = {\n    \"linux-x64\": \"https://downloads.example.org/tool/1.4.2/tool-linux-x64.tar.gz\",\n    \"darwin-arm64\": \"https://downloads.example.org/tool/1.4.2/tool-darwin-arm64.tar.gz\",\n}\nSHA256 = {\n    \"linux-x64\": \"3b1f0c8e5a1f2d4c6e8a0b2c4d6e8f0a1b3c5d7e9f1a3b5c7d9e1f3a5b7c9d1e\",\n    \"darwin-arm64\": \"9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d\",\n}\n\n\ndef fetch(platform: str, dest: Path) -> Path:\n    if platform not in RELEASES:\n        raise ValueError(f\"unknown platform {platform!r}\")\n    out = dest / f\"tool-{platform}.tar.gz\"\n    with urllib.request.urlopen(RELEASES[platform], timeout=60) as resp:\n        data = resp.read()\n    if hashlib.sha256(data).hexdigest() != SHA256[platform]:\n        raise ValueError(f\"checksum mismatch for {platform}\")\n    out.write_bytes(data)\n    return out\n\n\ndef fetch_all(dest: Path):\n    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:\n        return list(pool.map(lambda p: fetch(p, dest), RELEASES))\n"
 },
 {
  "name": "py3_pydantic_settings",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "from functools import lru_cache\n\nfrom pydantic import Field, SecretStr\nfrom pydantic_settings import BaseSettings, SettingsConfigDict\n\n\nclass Settings(BaseSettings):\n    model_config = SettingsConfigDict(env_file=\".env\", env_prefix=\"APP_\")\n\n    database_url: str = \"sqlite:///./app.db\"\n    redis_url: str = \"redis://localhost:6379/0\"\n    secret_key: SecretStr = Field(...)\n    debug: bool = False\n    cors_origins: list[str] = [\"http://localhost:5173\"]\n\n\n@lru_cache\ndef get_settings() -> Settings:\n    return Settings()\n"
 },
 {
  "name": "py3_signal_handler",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import logging\nimport signal\nimport sys\nimport time\n\nlog = logging.getLogger(\"worker\")\nrunning = True\n\n\ndef stop(signum, frame):\n    global running\n    log.info(\"received signal %s, shutting down\", signum)\n    running = False\n\n\ndef main():\n    logging.basicConfig(level=logging.INFO)\n    signal.signal(signal.SIGTERM, stop)\n    signal.signal(signal.SIGINT, stop)\n    while running:\n        time.sleep(1)\n    return 0\n\n\nif __name__ == \"__main__\":\n    sys.exit(main())\n"
 },
 {
  "name": "py3_markdown_bleach",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import bleach\nimport markdown\nfrom flask import Flask, render_template_string, request\n\napp = Flask(__name__)\nALLOWED_TAGS = [\"p\", \"a\", \"em\", \"strong\", \"code\", \"pre\", \"ul\", \"ol\", \"li\", \"blockquote\"]\n\n\n@app.post(\"/preview\")\ndef preview():\n    raw = request.form.get(\"body\", \"\")\n    html = bleach.clean(markdown.markdown(raw), tags=ALLOWED_TAGS, attributes={\"a\": [\"href\", \"title\"]})\n    return {\"html\": html}\n"
 },
 {
  "name": "py3_fixture_factory",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import factory\nfrom faker import Faker\n\nfrom app.models import User, Order\n\nfake = Faker()\n\n\nclass UserFactory(factory.Factory):\n    class Meta:\n        model = User\n\n    email = factory.LazyFunction(fake.email)\n    name = factory.LazyFunction(fake.name)\n    password = \"pbkdf2_sha256$600000$testsalt$testhash\"\n\n\nclass OrderFactory(factory.Factory):\n    class Meta:\n        model = Order\n\n    user = factory.SubFactory(UserFactory)\n    total_cents = factory.LazyFunction(lambda: fake.random_int(100, 100000))\n"
 },
 {
  "name": "py3_context_manager_lock",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import fcntl\nimport os\nfrom contextlib import contextmanager\n\nLOCK_FILE = os.path.join(os.environ.get(\"XDG_RUNTIME_DIR\", \"/run/lock\"), \"nightly-report.lock\")\n\n\n@contextmanager\ndef single_instance(path: str = LOCK_FILE):\n    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)\n    try:\n        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)\n    except BlockingIOError:\n        os.close(fd)\n        raise SystemExit(\"another run is in progress\")\n    try:\n        yield\n    finally:\n        fcntl.flock(fd, fcntl.LOCK_UN)\n        os.close(fd)\n"
 },
 {
  "name": "py3_graph_algo",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import heapq\nfrom collections import defaultdict\n\n\ndef dijkstra(edges, start):\n    graph = defaultdict(list)\n    for u, v, w in edges:\n        graph[u].append((v, w))\n        graph[v].append((u, w))\n    dist = {start: 0}\n    heap = [(0, start)]\n    while heap:\n        d, u = heapq.heappop(heap)\n        if d > dist.get(u, float(\"inf\")):\n            continue\n        for v, w in graph[u]:\n            nd = d + w\n            if nd < dist.get(v, float(\"inf\")):\n                dist[v] = nd\n                heapq.heappush(heap, (nd, v))\n    return dist\n"
 },
 {
  "name": "py3_aiohttp_handler",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "from aiohttp import web\nimport asyncpg\n\n\nasync def get_user(request: web.Request) -> web.Response:\n    user_id = int(request.match_info[\"id\"])\n    pool: asyncpg.Pool = request.app[\"pool\"]\n    row = await pool.fetchrow(\"SELECT id, name FROM users WHERE id = $1\", user_id)\n    if row is None:\n        raise web.HTTPNotFound()\n    return web.json_response(dict(row))\n\n\nasync def init(app):\n    app[\"pool\"] = await asyncpg.create_pool(dsn=\"postgresql://app@localhost/app\")\n\n\napp = web.Application()\napp.on_startup.append(init)\napp.router.add_get(\"/users/{id}\", get_user)\n"
 },
 {
  "name": "py3_v_format_sql",
  "kind": "vuln",
  "lang": "python",
  "cwe": 89,
  "code": "from django.db import connection\nfrom django.http import JsonResponse\n\n\ndef by_status(request):\n    status = request.GET[\"status\"]\n    with connection.cursor() as cur:\n        cur.execute(\"SELECT id FROM orders WHERE status = '%s'\" % status)\n        return JsonResponse({\"ids\": [r[0] for r in cur.fetchall()]})\n"
 },
 {
  "name": "py3_v_subprocess_shell",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import subprocess\nimport sys\n\n\ndef archive(name):\n    subprocess.run(f\"tar czf /backups/{name}.tgz /srv/data\", shell=True, check=True)\n\n\nif __name__ == \"__main__\":\n    archive(input(\"archive name: \"))\n"
 },
 {
  "name": "py3_v_render_template_string",
  "kind": "vuln",
  "lang": "python",
  "cwe": 1336,
  "code": "from flask import Flask, request, render_template_string\n\napp = Flask(__name__)\n\n\n@app.get(\"/greet\")\ndef greet():\n    name = request.args.get(\"name\", \"\")\n    return render_template_string(\"<p>Hello \" + name + \"</p>\")\n"
 },
 {
  "name": "py3_v_ecb",
  "kind": "vuln",
  "lang": "python",
  "cwe": 327,
  "code": "from Crypto.Cipher import AES\n\n\ndef encrypt(key: bytes, data: bytes) -> bytes:\n    cipher = AES.new(key, AES.MODE_ECB)\n    pad = 16 - len(data) % 16\n    return cipher.encrypt(data + bytes([pad]) * pad)\n"
 },
 {
  "name": "js3_koa_router",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const Koa = require('koa');\nconst Router = require('@koa/router');\nconst bodyParser = require('koa-bodyparser');\nconst { Pool } = require('pg');\n\nconst pool = new Pool();\nconst app = new Koa();\nconst router = new Router();\n\nrouter.get('/tasks', async (ctx) => {\n  const done = ctx.query.done === 'true';\n  const { rows } = await pool.query('SELECT id, title FROM tasks WHERE done = $1 ORDER BY id', [done]);\n  ctx.body = rows;\n});\n\nrouter.post('/tasks', async (ctx) => {\n  const title = String(ctx.request.body.title || '').trim();\n  if (!title) ctx.throw(400, 'title required');\n  const { rows } = await pool.query('INSERT INTO tasks (title) VALUES ($1) RETURNING id', [title]);\n  ctx.status = 201;\n  ctx.body = { id: rows[0].id };\n});\n\napp.use(bodyParser()).use(router.routes()).use(router.allowedMethods());\napp.listen(3000);\n"
 },
 {
  "name": "js3_nest_service",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 0,
  "code": "import { Injectable, NotFoundException } from '@nestjs/common';\nimport { InjectRepository } from '@nestjs/typeorm';\nimport { Repository } from 'typeorm';\nimport { Article } from './article.entity';\nimport { CreateArticleDto } from './dto';\n\n@Injectable()\nexport class ArticlesService {\n  constructor(@InjectRepository(Article) private readonly repo: Repository<Article>) {}\n\n  findAll(tag?: string) {\n    return this.repo.find({ where: tag ? { tag } : {}, order: { createdAt: 'DESC' }, take: 50 });\n  }\n\n  async findOne(id: number) {\n    const a = await this.repo.findOne({ where: { id } });\n    if (!a) throw new NotFoundException();\n    return a;\n  }\n\n  create(dto: CreateArticleDto, authorId: number) {\n    return this.repo.save(this.repo.create({ title: dto.title, body: dto.body, authorId }));\n  }\n}\n"
 },
 {
  "name": "js3_node_test_runner",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const test = require('node:test');\nconst assert = require('node:assert');\nconst { execFileSync } = require('node:child_process');\nconst path = require('node:path');\n\nconst CLI = path.join(__dirname, '..', 'bin', 'cli.js');\n\ntest('prints version', () => {\n  const out = execFileSync(process.execPath, [CLI, '--version'], { encoding: 'utf8' });\n  assert.match(out, /^\\d+\\.\\d+\\.\\d+/);\n});\n\ntest('formats a fixture', () => {\n  const fixture = path.join(__dirname, 'fixtures', 'input.json');\n  const out = execFileSync(process.execPath, [CLI, fixture], { encoding: 'utf8' });\n  assert.deepStrictEqual(JSON.parse(out), { a: 1, b: [1, 2] });\n});\n"
 },
 {
  "name": "js3_eslint_config",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "// eslint.config.js\nconst js = require('@eslint/js');\nconst globals = require('globals');\n\nmodule.exports = [\n  js.configs.recommended,\n  {\n    files: ['**/*.js'],\n    languageOptions: { ecmaVersion: 2022, sourceType: 'commonjs', globals: { ...globals.node } },\n    rules: {\n      'no-unused-vars': ['error', { argsIgnorePattern: '^_' }],\n      'no-eval': 'error',\n      eqeqeq: ['error', 'always'],\n    },\n  },\n  { ignores: ['dist/**', 'coverage/**'] },\n];\n"
 },
 {
  "name": "js3_stream_pipeline",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const fs = require('fs');\nconst zlib = require('zlib');\nconst { pipeline } = require('stream/promises');\nconst path = require('path');\n\nasync function compressLogs(dir) {\n  const files = (await fs.promises.readdir(dir)).filter((f) => f.endsWith('.log'));\n  for (const f of files) {\n    const src = path.join(dir, f);\n    await pipeline(fs.createReadStream(src), zlib.createGzip(), fs.createWriteStream(`${src}.gz`));\n    await fs.promises.unlink(src);\n  }\n  return files.length;\n}\n\ncompressLogs(path.join(__dirname, 'logs')).then((n) => console.log(`compressed ${n} files`));\n"
 },
 {
  "name": "js3_react_form",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 0,
  "code": "import { useState, FormEvent } from 'react';\n\ntype Props = { onSubmit: (v: { email: string; password: string }) => Promise<void> };\n\nexport function LoginForm({ onSubmit }: Props) {\n  const [email, setEmail] = useState('');\n  const [password, setPassword] = useState('');\n  const [error, setError] = useState<string | null>(null);\n\n  async function handle(e: FormEvent) {\n    e.preventDefault();\n    setError(null);\n    try {\n      await onSubmit({ email, password });\n    } catch (err) {\n      setError((err as Error).message);\n    }\n  }\n\n  return (\n    <form onSubmit={handle}>\n      <input type=\"email\" value={email} onChange={(e) => setEmail(e.target.value)} />\n      <input type=\"password\" value={password} onChange={(e) => setPassword(e.target.value)} />\n      {error && <p role=\"alert\">{error}</p>}\n      <button type=\"submit\">Sign in</button>\n    </form>\n  );\n}\n"
 },
 {
  "name": "js3_redis_rate_limit",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const Redis = require('ioredis');\nconst redis = new Redis(process.env.REDIS_URL);\n\nfunction rateLimit({ windowSec = 60, max = 100 } = {}) {\n  return async (req, res, next) => {\n    const key = `rl:${req.ip}:${Math.floor(Date.now() / 1000 / windowSec)}`;\n    const count = await redis.incr(key);\n    if (count === 1) await redis.expire(key, windowSec);\n    res.set('X-RateLimit-Remaining', String(Math.max(0, max - count)));\n    if (count > max) return res.status(429).json({ error: 'too many requests' });\n    next();\n  };\n}\n\nmodule.exports = { rateLimit };\n"
 },
 {
  "name": "js3_sanitize_html_server",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const express = require('express');\nconst sanitizeHtml = require('sanitize-html');\nconst { Comment } = require('./models');\n\nconst router = express.Router();\n\nrouter.post('/comments', async (req, res) => {\n  const body = sanitizeHtml(String(req.body.body || ''), {\n    allowedTags: ['b', 'i', 'em', 'strong', 'a', 'code'],\n    allowedAttributes: { a: ['href'] },\n  });\n  const c = await Comment.create({ postId: Number(req.body.postId), body });\n  res.status(201).json(c);\n});\n\nrouter.get('/comments/:postId', async (req, res) => {\n  const rows = await Comment.findAll({ where: { postId: Number(req.params.postId) } });\n  res.json(rows);\n});\n\nmodule.exports = router;\n"
 },
 {
  "name": "js3_rollup_config",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "import { nodeResolve } from '@rollup/plugin-node-resolve';\nimport commonjs from '@rollup/plugin-commonjs';\nimport terser from '@rollup/plugin-terser';\nimport { readFileSync } from 'node:fs';\n\nconst pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));\nconst banner = `/*! ${pkg.name} v${pkg.version} | ${pkg.license} */`;\n\nexport default {\n  input: 'src/index.js',\n  output: [\n    { file: pkg.main, format: 'cjs', banner },\n    { file: pkg.module, format: 'es', banner },\n  ],\n  plugins: [nodeResolve(), commonjs(), terser()],\n};\n"
 },
 {
  "name": "js3_argon2",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 0,
  "code": "import argon2 from 'argon2';\n\nexport async function hashPassword(plain: string): Promise<string> {\n  return argon2.hash(plain, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });\n}\n\nexport async function verifyPassword(hash: string, plain: string): Promise<boolean> {\n  try {\n    return await argon2.verify(hash, plain);\n  } catch {\n    return false;\n  }\n}\n"
 },
 {
  "name": "js3_local_storage_prefs",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const KEY = 'prefs:v1';\nconst DEFAULTS = { theme: 'light', fontSize: 14 };\n\nexport function loadPrefs() {\n  try {\n    return { ...DEFAULTS, ...JSON.parse(localStorage.getItem(KEY) || '{}') };\n  } catch {\n    return { ...DEFAULTS };\n  }\n}\n\nexport function savePrefs(prefs) {\n  localStorage.setItem(KEY, JSON.stringify(prefs));\n}\n\nexport function applyTheme(prefs) {\n  document.documentElement.dataset.theme = prefs.theme === 'dark' ? 'dark' : 'light';\n  document.documentElement.style.fontSize = `${Number(prefs.fontSize) || 14}px`;\n}\n"
 },
 {
  "name": "js3_express_upload_multer",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const express = require('express');\nconst multer = require('multer');\nconst crypto = require('crypto');\nconst path = require('path');\n\nconst ALLOWED = new Set(['image/png', 'image/jpeg', 'image/webp']);\nconst storage = multer.diskStorage({\n  destination: path.join(__dirname, 'uploads'),\n  filename: (req, file, cb) => cb(null, crypto.randomUUID() + (file.mimetype === 'image/png' ? '.png' : '.jpg')),\n});\nconst upload = multer({\n  storage,\n  limits: { fileSize: 5 * 1024 * 1024 },\n  fileFilter: (req, file, cb) => cb(null, ALLOWED.has(file.mimetype)),\n});\n\nconst app = express();\napp.post('/photos', upload.single('photo'), (req, res) => {\n  if (!req.file) return res.status(400).json({ error: 'no valid file' });\n  res.status(201).json({ name: req.file.filename });\n});\nmodule.exports = app;\n"
 },
 {
  "name": "js3_event_emitter_queue",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const { EventEmitter } = require('events');\n\nclass JobQueue extends EventEmitter {\n  constructor(concurrency = 2) {\n    super();\n    this.concurrency = concurrency;\n    this.running = 0;\n    this.queue = [];\n  }\n\n  push(fn) {\n    this.queue.push(fn);\n    this.next();\n  }\n\n  next() {\n    while (this.running < this.concurrency && this.queue.length) {\n      const fn = this.queue.shift();\n      this.running++;\n      Promise.resolve()\n        .then(fn)\n        .then((r) => this.emit('done', r), (e) => this.emit('error', e))\n        .finally(() => { this.running--; this.next(); });\n    }\n  }\n}\n\nmodule.exports = { JobQueue };\n"
 },
 {
  "name": "js3_http_native_server",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const http = require('http');\nconst url = require('url');\n\nconst items = new Map([[1, { id: 1, name: 'widget' }]]);\n\nconst server = http.createServer((req, res) => {\n  const { pathname } = url.parse(req.url);\n  const m = /^\\/items\\/(\\d+)$/.exec(pathname || '');\n  if (req.method === 'GET' && m) {\n    const item = items.get(Number(m[1]));\n    res.writeHead(item ? 200 : 404, { 'Content-Type': 'application/json' });\n    return res.end(JSON.stringify(item || { error: 'not found' }));\n  }\n  res.writeHead(404, { 'Content-Type': 'text/plain' });\n  res.end('not found');\n});\n\nserver.listen(8080);\n"
 },
 {
  "name": "js3_crypto_random_int",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const { randomInt, randomBytes } = require('crypto');\n\nfunction otp(digits = 6) {\n  return String(randomInt(0, 10 ** digits)).padStart(digits, '0');\n}\n\nfunction apiKey() {\n  return 'sk_' + randomBytes(24).toString('hex');\n}\n\nmodule.exports = { otp, apiKey };\n"
 },
 {
  "name": "js3_csv_cli",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "#!/usr/bin/env node\nconst fs = require('fs');\nconst readline = require('readline');\n\nasync function sumColumn(file, column) {\n  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });\n  let header;\n  let total = 0;\n  for await (const line of rl) {\n    const cells = line.split(',');\n    if (!header) {\n      header = cells;\n      continue;\n    }\n    total += Number(cells[header.indexOf(column)]) || 0;\n  }\n  return total;\n}\n\nconst [file, column = 'amount'] = process.argv.slice(2);\nsumColumn(file, column).then((t) => console.log(t.toFixed(2)));\n"
 },
 {
  "name": "js3_v_exec_template",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 78,
  "code": "const { execSync } = require('child_process');\nconst express = require('express');\nconst app = express();\napp.get('/whois', (req, res) => {\n  res.send(execSync(`whois ${req.query.domain}`).toString());\n});\n"
 },
 {
  "name": "js3_v_mongo_where",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 943,
  "code": "const express = require('express');\nconst app = express();\napp.use(express.json());\napp.post('/login', async (req, res) => {\n  const user = await db.collection('users').findOne({ username: req.body.username, password: req.body.password });\n  res.json({ ok: !!user });\n});\n"
 },
 {
  "name": "js3_v_weak_cipher",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 327,
  "code": "const crypto = require('crypto');\nfunction encrypt(text, key) {\n  const cipher = crypto.createCipheriv('des-ecb', key, null);\n  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');\n}\nmodule.exports = { encrypt };\n"
 },
 {
  "name": "rb3_api_controller",
  "kind": "safe",
  "lang": "ruby",
  "cwe": 0,
  "code": "module Api\n  module V1\n    class ProjectsController < BaseController\n      before_action :authenticate!\n\n      def index\n        projects = current_user.projects.order(updated_at: :desc).limit(50)\n        render json: projects.as_json(only: %i[id name updated_at])\n      end\n\n      def show\n        project = current_user.projects.find(params[:id])\n        render json: project\n      end\n\n      def update\n        project = current_user.projects.find(params[:id])\n        if project.update(params.require(:project).permit(:name, :description))\n          render json: project\n        else\n          render json: { errors: project.errors }, status: :unprocessable_entity\n        end\n      end\n    end\n  end\nend\n"
 },
 {
  "name": "rb3_rake_assets",
  "kind": "safe",
  "lang": "ruby",
  "cwe": 0,
  "code": "require \"digest\"\nrequire \"fileutils\"\n\ndesc \"Fingerprint compiled assets\"\ntask :fingerprint do\n  Dir.glob(\"public/assets/*.{js,css}\").each do |path|\n    digest = Digest::MD5.file(path).hexdigest[0, 8]\n    ext = File.extname(path)\n    target = path.sub(/#{Regexp.escape(ext)}\\z/, \"-#{digest}#{ext}\")\n    FileUtils.mv(path, target)\n    puts \"#{path} -> #{target}\"\n  end\nend\n\ntask default: :fingerprint\n"
 },
 {
  "name": "rb3_sinatra_escape",
  "kind": "safe",
  "lang": "ruby",
  "cwe": 0,
  "code": "require \"sinatra\"\nrequire \"erb\"\n\nset :erb, escape_html: true\n\nget \"/hello\" do\n  @name = params.fetch(\"name\", \"world\")\n  erb :hello\nend\n\nget \"/search\" do\n  q = Rack::Utils.escape_html(params[\"q\"].to_s)\n  \"<p>You searched for #{q}</p>\"\nend\n"
 },
 {
  "name": "rb3_service_object",
  "kind": "safe",
  "lang": "ruby",
  "cwe": 0,
  "code": "class Orders::Checkout\n  Result = Struct.new(:ok?, :order, :error, keyword_init: true)\n\n  def initialize(cart, payment_gateway: Stripe::Charge)\n    @cart = cart\n    @gateway = payment_gateway\n  end\n\n  def call\n    return Result.new(ok?: false, error: \"empty cart\") if @cart.items.empty?\n\n    Order.transaction do\n      order = Order.create!(user: @cart.user, total_cents: @cart.total_cents)\n      @cart.items.each { |i| order.line_items.create!(product_id: i.product_id, qty: i.qty) }\n      @gateway.create(amount: order.total_cents, currency: \"usd\", customer: @cart.user.stripe_id)\n      @cart.clear!\n      Result.new(ok?: true, order: order)\n    end\n  rescue Stripe::CardError => e\n    Result.new(ok?: false, error: e.message)\n  end\nend\n"
 },
 {
  "name": "rb3_minitest",
  "kind": "safe",
  "lang": "ruby",
  "cwe": 0,
  "code": "require \"test_helper\"\n\nclass UserTest < ActiveSupport::TestCase\n  setup do\n    @user = User.new(email: \"ada@example.com\", password: \"long-enough-password\")\n  end\n\n  test \"valid with email and password\" do\n    assert @user.valid?\n  end\n\n  test \"normalizes email\" do\n    @user.email = \"ADA@Example.COM\"\n    @user.save!\n    assert_equal \"ada@example.com\", @user.reload.email\n  end\nend\n"
 },
 {
  "name": "rb3_json_api_client",
  "kind": "safe",
  "lang": "ruby",
  "cwe": 0,
  "code": "require \"faraday\"\nrequire \"json\"\n\nclass GithubClient\n  def initialize(token: ENV.fetch(\"GITHUB_TOKEN\"))\n    @conn = Faraday.new(url: \"https://api.github.com\") do |f|\n      f.request :authorization, \"Bearer\", token\n      f.response :raise_error\n    end\n  end\n\n  def repo(owner, name)\n    JSON.parse(@conn.get(\"/repos/#{owner}/#{name}\").body)\n  end\nend\n"
 },
 {
  "name": "rb3_v_send_file",
  "kind": "vuln",
  "lang": "ruby",
  "cwe": 22,
  "code": "class DownloadsController < ApplicationController\n  def show\n    send_file Rails.root.join(\"storage\", params[:file])\n  end\nend\n"
 },
 {
  "name": "rb3_v_yaml_load",
  "kind": "vuln",
  "lang": "ruby",
  "cwe": 502,
  "code": "class ImportsController < ApplicationController\n  def create\n    data = YAML.load(params[:payload])\n    render json: { keys: data.keys }\n  end\nend\n"
 },
 {
  "name": "py4_literal_eval",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import ast\nimport sys\n\n\ndef parse_value(text: str):\n    \"\"\"Parse a Python literal typed on the command line (numbers, strings, lists, dicts).\"\"\"\n    try:\n        return ast.literal_eval(text)\n    except (ValueError, SyntaxError):\n        return text\n\n\nif __name__ == \"__main__\":\n    values = [parse_value(a) for a in sys.argv[1:]]\n    print(values, sum(v for v in values if isinstance(v, (int, float))))\n"
 },
 {
  "name": "py4_django_form",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "from django import forms\nfrom django.contrib.auth.forms import UserCreationForm\nfrom django.shortcuts import redirect, render\n\nfrom .models import Profile\n\n\nclass ProfileForm(forms.ModelForm):\n    class Meta:\n        model = Profile\n        fields = [\"display_name\", \"bio\", \"website\"]\n\n\ndef edit_profile(request):\n    profile = request.user.profile\n    form = ProfileForm(request.POST or None, instance=profile)\n    if request.method == \"POST\" and form.is_valid():\n        form.save()\n        return redirect(\"profile\")\n    return render(request, \"profile/edit.html\", {\"form\": form})\n\n\ndef signup(request):\n    form = UserCreationForm(request.POST or None)\n    if form.is_valid():\n        form.save()\n        return redirect(\"login\")\n    return render(request, \"registration/signup.html\", {\"form\": form})\n"
 },
 {
  "name": "py4_git_object_id",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import hashlib\nimport zlib\nfrom pathlib import Path\n\n\ndef blob_id(data: bytes) -> str:\n    header = f\"blob {len(data)}\\0\".encode()\n    return hashlib.sha1(header + data).hexdigest()\n\n\ndef write_object(repo: Path, data: bytes) -> str:\n    oid = blob_id(data)\n    path = repo / \".git\" / \"objects\" / oid[:2] / oid[2:]\n    path.parent.mkdir(parents=True, exist_ok=True)\n    if not path.exists():\n        path.write_bytes(zlib.compress(f\"blob {len(data)}\\0\".encode() + data))\n    return oid\n"
 },
 {
  "name": "py4_subprocess_pip",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import subprocess\nimport sys\n\n\ndef ensure_installed(packages):\n    missing = []\n    for pkg in packages:\n        try:\n            __import__(pkg)\n        except ImportError:\n            missing.append(pkg)\n    if missing:\n        subprocess.check_call([sys.executable, \"-m\", \"pip\", \"install\", \"--quiet\", *missing])\n    return missing\n\n\nif __name__ == \"__main__\":\n    ensure_installed([\"requests\", \"rich\"])\n"
 },
 {
  "name": "py4_etree_own_config",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import xml.etree.ElementTree as ET\nfrom pathlib import Path\n\nPLUGIN_MANIFEST = Path(__file__).with_name(\"plugins.xml\")\n\n\ndef load_plugins():\n    root = ET.parse(PLUGIN_MANIFEST).getroot()\n    return [\n        {\"name\": p.get(\"name\"), \"module\": p.findtext(\"module\"), \"enabled\": p.get(\"enabled\", \"true\") == \"true\"}\n        for p in root.iter(\"plugin\")\n    ]\n"
 },
 {
  "name": "py4_namedtemp",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import subprocess\nimport tempfile\n\n\ndef render_dot(graph_source: str) -> bytes:\n    with tempfile.NamedTemporaryFile(\"w\", suffix=\".dot\", delete=True) as src:\n        src.write(graph_source)\n        src.flush()\n        return subprocess.run([\"dot\", \"-Tpng\", src.name], capture_output=True, check=True).stdout\n"
 },
 {
  "name": "py4_send_from_directory",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import os\nfrom flask import Flask, send_from_directory, abort\nfrom flask_login import login_required, current_user\n\napp = Flask(__name__)\nREPORT_DIR = os.path.join(app.root_path, \"reports\")\n\n\n@app.get(\"/reports/<path:name>\")\n@login_required\ndef report(name):\n    if not current_user.can_view_reports:\n        abort(403)\n    return send_from_directory(REPORT_DIR, name, as_attachment=True)\n"
 },
 {
  "name": "py4_log_user_action",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import logging\n\nfrom flask import Flask, g, request\n\napp = Flask(__name__)\naudit = logging.getLogger(\"audit\")\n\n\n@app.after_request\ndef log_request(response):\n    user = getattr(g, \"user\", None)\n    audit.info(\n        \"user=%s method=%s path=%r status=%s\",\n        user.id if user else \"-\",\n        request.method,\n        request.path,\n        response.status_code,\n    )\n    return response\n"
 },
 {
  "name": "py4_numpy_sim",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import numpy as np\n\n\ndef monte_carlo_pi(n: int = 1_000_000, seed: int | None = None) -> float:\n    rng = np.random.default_rng(seed)\n    pts = rng.random((n, 2))\n    inside = np.count_nonzero((pts ** 2).sum(axis=1) <= 1.0)\n    return 4.0 * inside / n\n\n\ndef bootstrap_mean(sample, rounds=1000, seed=0):\n    rng = np.random.default_rng(seed)\n    sample = np.asarray(sample)\n    means = [rng.choice(sample, size=len(sample), replace=True).mean() for _ in range(rounds)]\n    return np.percentile(means, [2.5, 97.5])\n"
 },
 {
  "name": "py4_cli_output_dir",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import argparse\nimport json\nfrom pathlib import Path\n\n\ndef split_jsonl(src: Path, out_dir: Path, per_file: int) -> int:\n    out_dir.mkdir(parents=True, exist_ok=True)\n    chunk, n = [], 0\n    with src.open() as fh:\n        for line in fh:\n            chunk.append(json.loads(line))\n            if len(chunk) == per_file:\n                (out_dir / f\"part-{n:04d}.json\").write_text(json.dumps(chunk))\n                chunk, n = [], n + 1\n    if chunk:\n        (out_dir / f\"part-{n:04d}.json\").write_text(json.dumps(chunk))\n        n += 1\n    return n\n\n\nif __name__ == \"__main__\":\n    ap = argparse.ArgumentParser()\n    ap.add_argument(\"src\", type=Path)\n    ap.add_argument(\"out_dir\", type=Path)\n    ap.add_argument(\"--per-file\", type=int, default=1000)\n    a = ap.parse_args()\n    print(split_jsonl(a.src, a.out_dir, a.per_file), \"files\")\n"
 },
 {
  "name": "py4_redis_cache_key",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import hashlib\nimport json\n\nimport redis\n\nr = redis.Redis.from_url(\"redis://localhost:6379/0\")\n\n\ndef cached_search(query: str, filters: dict, compute):\n    raw = json.dumps({\"q\": query, \"f\": filters}, sort_keys=True)\n    key = \"search:\" + hashlib.md5(raw.encode()).hexdigest()\n    hit = r.get(key)\n    if hit is not None:\n        return json.loads(hit)\n    result = compute(query, filters)\n    r.setex(key, 300, json.dumps(result))\n    return result\n"
 },
 {
  "name": "py4_sqlalchemy_core",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, select, update\n\nmetadata = MetaData()\naccounts = Table(\n    \"accounts\", metadata,\n    Column(\"id\", Integer, primary_key=True),\n    Column(\"owner\", String(100)),\n    Column(\"balance\", Integer),\n)\nengine = create_engine(\"sqlite:///bank.db\")\n\n\ndef deposit(account_id: int, amount: int) -> int:\n    if amount <= 0:\n        raise ValueError(\"amount must be positive\")\n    with engine.begin() as conn:\n        conn.execute(update(accounts).where(accounts.c.id == account_id).values(balance=accounts.c.balance + amount))\n        return conn.execute(select(accounts.c.balance).where(accounts.c.id == account_id)).scalar_one()\n\n\ndef find_by_owner(owner: str):\n    with engine.connect() as conn:\n        return conn.execute(select(accounts).where(accounts.c.owner == owner)).all()\n"
 },
 {
  "name": "py4_hmac_signed_url",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import hashlib\nimport hmac\nimport os\nimport time\nfrom urllib.parse import urlencode\n\nKEY = os.environ[\"URL_SIGNING_KEY\"].encode()\n\n\ndef sign(path: str, ttl: int = 300) -> str:\n    expires = int(time.time()) + ttl\n    sig = hmac.new(KEY, f\"{path}:{expires}\".encode(), hashlib.sha256).hexdigest()\n    return f\"{path}?{urlencode({'expires': expires, 'sig': sig})}\"\n\n\ndef verify(path: str, expires: str, sig: str) -> bool:\n    if int(expires) < time.time():\n        return False\n    good = hmac.new(KEY, f\"{path}:{expires}\".encode(), hashlib.sha256).hexdigest()\n    return hmac.compare_digest(good, sig)\n"
 },
 {
  "name": "py4_class_repo_pattern",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "from abc import ABC, abstractmethod\nfrom typing import Generic, TypeVar\n\nT = TypeVar(\"T\")\n\n\nclass Repository(ABC, Generic[T]):\n    @abstractmethod\n    def get(self, id: int) -> T | None: ...\n\n    @abstractmethod\n    def add(self, item: T) -> None: ...\n\n\nclass InMemoryRepository(Repository[T]):\n    def __init__(self):\n        self._items: dict[int, T] = {}\n\n    def get(self, id: int) -> T | None:\n        return self._items.get(id)\n\n    def add(self, item: T) -> None:\n        self._items[getattr(item, \"id\")] = item\n\n    def delete(self, id: int) -> None:\n        self._items.pop(id, None)\n"
 },
 {
  "name": "py4_kafka_consumer",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import json\nimport logging\nimport os\n\nfrom kafka import KafkaConsumer\n\nlog = logging.getLogger(__name__)\n\n\ndef run():\n    consumer = KafkaConsumer(\n        \"orders\",\n        bootstrap_servers=os.environ.get(\"KAFKA_BROKERS\", \"localhost:9092\").split(\",\"),\n        group_id=\"billing\",\n        value_deserializer=lambda b: json.loads(b.decode(\"utf-8\")),\n        enable_auto_commit=False,\n    )\n    for msg in consumer:\n        order = msg.value\n        log.info(\"order %s total=%s\", order.get(\"id\"), order.get(\"total\"))\n        consumer.commit()\n"
 },
 {
  "name": "py4_v_os_popen",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import os\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\n@app.get(\"/dns\")\ndef dns():\n    return os.popen(\"dig +short \" + request.args[\"name\"]).read()\n"
 },
 {
  "name": "py4_v_weak_password_hash_sha1",
  "kind": "vuln",
  "lang": "python",
  "cwe": 328,
  "code": "import hashlib\n\n\ndef store_user(db, username, password):\n    digest = hashlib.sha1(password.encode()).hexdigest()\n    db.execute(\"INSERT INTO users (name, password) VALUES (?, ?)\", (username, digest))\n"
 },
 {
  "name": "py4_v_debug_true",
  "kind": "vuln",
  "lang": "python",
  "cwe": 489,
  "code": "from flask import Flask\n\napp = Flask(__name__)\n\n\n@app.get(\"/\")\ndef index():\n    return \"hi\"\n\n\nif __name__ == \"__main__\":\n    app.run(host=\"0.0.0.0\", debug=True)\n"
 },
 {
  "name": "js4_express_session",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const express = require('express');\nconst session = require('express-session');\nconst RedisStore = require('connect-redis').default;\nconst { createClient } = require('redis');\nconst helmet = require('helmet');\n\nconst redisClient = createClient({ url: process.env.REDIS_URL });\nredisClient.connect().catch(console.error);\n\nconst app = express();\napp.set('trust proxy', 1);\napp.use(helmet({ contentSecurityPolicy: { directives: { defaultSrc: [\"'self'\"], imgSrc: [\"'self'\", 'data:'] } } }));\napp.use(session({\n  store: new RedisStore({ client: redisClient }),\n  secret: process.env.SESSION_SECRET,\n  resave: false,\n  saveUninitialized: false,\n  cookie: { secure: true, httpOnly: true, sameSite: 'lax', maxAge: 8 * 3600 * 1000 },\n}));\n\nmodule.exports = app;\n"
 },
 {
  "name": "js4_inquirer_cli",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "#!/usr/bin/env node\nconst inquirer = require('inquirer');\nconst fs = require('fs');\nconst path = require('path');\n\nasync function main() {\n  const answers = await inquirer.prompt([\n    { name: 'name', message: 'Project name', validate: (v) => /^[a-z0-9-]+$/.test(v) || 'lowercase letters, digits and dashes' },\n    { name: 'license', type: 'list', choices: ['MIT', 'Apache-2.0', 'ISC'] },\n  ]);\n  const dir = path.join(process.cwd(), answers.name);\n  fs.mkdirSync(dir, { recursive: true });\n  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: answers.name, version: '0.1.0', license: answers.license }, null, 2));\n  console.log(`created ${dir}`);\n}\n\nmain();\n"
 },
 {
  "name": "js4_next_ssr_fetch",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "export async function getServerSideProps({ params }) {\n  const res = await fetch(`https://api.example.com/products/${encodeURIComponent(params.slug)}`);\n  if (res.status === 404) return { notFound: true };\n  const product = await res.json();\n  return { props: { product } };\n}\n\nexport default function ProductPage({ product }) {\n  return (\n    <main>\n      <h1>{product.name}</h1>\n      <p>{product.description}</p>\n      <span>{product.price.toFixed(2)} EUR</span>\n    </main>\n  );\n}\n"
 },
 {
  "name": "js4_url_allowlist_proxy",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const express = require('express');\nconst axios = require('axios');\n\nconst ALLOWED_HOSTS = new Set(['images.example.com', 'cdn.example.com']);\nconst app = express();\n\napp.get('/img', async (req, res) => {\n  let target;\n  try {\n    target = new URL(String(req.query.src));\n  } catch {\n    return res.status(400).end();\n  }\n  if (target.protocol !== 'https:' || !ALLOWED_HOSTS.has(target.hostname)) return res.status(403).end();\n  const upstream = await axios.get(target.toString(), { responseType: 'stream', timeout: 5000, maxRedirects: 0 });\n  res.set('Content-Type', upstream.headers['content-type']);\n  upstream.data.pipe(res);\n});\n\nmodule.exports = app;\n"
 },
 {
  "name": "js4_vite_config",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 0,
  "code": "import { defineConfig, loadEnv } from 'vite';\nimport react from '@vitejs/plugin-react';\nimport { resolve } from 'node:path';\n\nexport default defineConfig(({ mode }) => {\n  const env = loadEnv(mode, process.cwd(), '');\n  return {\n    plugins: [react()],\n    resolve: { alias: { '@': resolve(__dirname, 'src') } },\n    server: { port: 5173, proxy: { '/api': env.API_URL || 'http://localhost:3000' } },\n    build: { sourcemap: mode !== 'production', outDir: 'dist' },\n  };\n});\n"
 },
 {
  "name": "js4_fork_child",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const { fork } = require('child_process');\nconst path = require('path');\n\nfunction runReport(month) {\n  return new Promise((resolve, reject) => {\n    const child = fork(path.join(__dirname, 'report-worker.js'), [], { serialization: 'advanced' });\n    child.once('message', (msg) => {\n      child.kill();\n      resolve(msg);\n    });\n    child.once('error', reject);\n    child.send({ month: Number(month) });\n  });\n}\n\nmodule.exports = { runReport };\n"
 },
 {
  "name": "js4_date_utils",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 0,
  "code": "export function startOfWeek(d: Date, weekStartsOn = 1): Date {\n  const day = d.getDay();\n  const diff = (day - weekStartsOn + 7) % 7;\n  const out = new Date(d);\n  out.setDate(d.getDate() - diff);\n  out.setHours(0, 0, 0, 0);\n  return out;\n}\n\nexport function formatDuration(ms: number): string {\n  const s = Math.floor(ms / 1000);\n  const h = Math.floor(s / 3600);\n  const m = Math.floor((s % 3600) / 60);\n  return [h && `${h}h`, m && `${m}m`, `${s % 60}s`].filter(Boolean).join(' ');\n}\n\nconst ISO_DATE = /^\\d{4}-\\d{2}-\\d{2}$/;\nexport const isIsoDate = (s: string) => ISO_DATE.test(s) && !Number.isNaN(Date.parse(s));\n"
 },
 {
  "name": "js4_jwt_verify_rs",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const jwt = require('jsonwebtoken');\nconst jwksClient = require('jwks-rsa');\n\nconst client = jwksClient({ jwksUri: 'https://auth.example.com/.well-known/jwks.json', cache: true });\n\nfunction getKey(header, cb) {\n  client.getSigningKey(header.kid, (err, key) => cb(err, key && key.getPublicKey()));\n}\n\nfunction verifyToken(token) {\n  return new Promise((resolve, reject) => {\n    jwt.verify(token, getKey, { algorithms: ['RS256'], audience: 'api', issuer: 'https://auth.example.com/' }, (err, decoded) =>\n      err ? reject(err) : resolve(decoded));\n  });\n}\n\nmodule.exports = { verifyToken };\n"
 },
 {
  "name": "js4_chalk_logger_cli",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "#!/usr/bin/env node\nconst chalk = require('chalk');\nconst { execFile } = require('child_process');\nconst { promisify } = require('util');\n\nconst run = promisify(execFile);\n\nasync function checkTools() {\n  for (const tool of ['node', 'npm', 'git', 'docker']) {\n    try {\n      const { stdout } = await run(tool, ['--version']);\n      console.log(chalk.green('✔'), tool.padEnd(8), stdout.trim());\n    } catch {\n      console.log(chalk.red('✘'), tool.padEnd(8), 'not found');\n    }\n  }\n}\n\ncheckTools();\n"
 },
 {
  "name": "js4_angular_like_service",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 0,
  "code": "import { Injectable } from '@angular/core';\nimport { HttpClient, HttpParams } from '@angular/common/http';\nimport { Observable } from 'rxjs';\n\nexport interface Hero { id: number; name: string }\n\n@Injectable({ providedIn: 'root' })\nexport class HeroService {\n  private readonly url = '/api/heroes';\n\n  constructor(private http: HttpClient) {}\n\n  search(term: string): Observable<Hero[]> {\n    return this.http.get<Hero[]>(this.url, { params: new HttpParams().set('name', term) });\n  }\n\n  get(id: number): Observable<Hero> {\n    return this.http.get<Hero>(`${this.url}/${id}`);\n  }\n}\n"
 },
 {
  "name": "js4_base64_utils",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "function toBase64Url(buf) {\n  return Buffer.from(buf).toString('base64').replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, '');\n}\n\nfunction fromBase64Url(s) {\n  const pad = s.length % 4 === 0 ? '' : '='.repeat(4 - (s.length % 4));\n  return Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/') + pad, 'base64');\n}\n\nfunction parseJsonSafe(text, fallback = null) {\n  try {\n    return JSON.parse(text);\n  } catch {\n    return fallback;\n  }\n}\n\nmodule.exports = { toBase64Url, fromBase64Url, parseJsonSafe };\n"
 },
 {
  "name": "js4_fs_watch_dev",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "// dev server: rebuild on change\nconst fs = require('fs');\nconst path = require('path');\nconst { spawn } = require('child_process');\n\nconst SRC = path.join(__dirname, 'src');\nlet child;\n\nfunction restart() {\n  if (child) child.kill();\n  child = spawn(process.execPath, [path.join(__dirname, 'server.js')], { stdio: 'inherit' });\n}\n\nlet timer;\nfs.watch(SRC, { recursive: true }, (event, file) => {\n  clearTimeout(timer);\n  timer = setTimeout(() => {\n    console.log(`${event}: ${file}`);\n    restart();\n  }, 100);\n});\nrestart();\n"
 },
 {
  "name": "js4_v_child_spawn_shell",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 78,
  "code": "const { spawn } = require('child_process');\nconst express = require('express');\nconst app = express();\napp.get('/grep', (req, res) => {\n  const p = spawn(`grep -r ${req.query.term} /var/log/app`, { shell: true });\n  p.stdout.pipe(res);\n});\n"
 },
 {
  "name": "js4_v_hardcoded_key",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 798,
  "code": "const jwt = require('jsonwebtoken');\nconst JWT_SECRET = 'supersecret123';\nfunction issue(user) {\n  return jwt.sign({ sub: user.id }, JWT_SECRET);\n}\nmodule.exports = { issue };\n"
 },
 {
  "name": "js4_v_regex_input",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 1333,
  "code": "const express = require('express');\nconst app = express();\napp.get('/filter', (req, res) => {\n  const re = new RegExp(req.query.pattern);\n  res.json(names.filter((n) => re.test(n)));\n});\n"
 },
 {
  "name": "rb4_cache_digest",
  "kind": "safe",
  "lang": "ruby",
  "cwe": 0,
  "code": "class ReportCache\n  def self.fetch(params)\n    key = \"report/#{Digest::SHA1.hexdigest(params.to_json)}\"\n    Rails.cache.fetch(key, expires_in: 10.minutes) { Report.new(params).generate }\n  end\nend\n"
 },
 {
  "name": "rb4_system_args",
  "kind": "safe",
  "lang": "ruby",
  "cwe": 0,
  "code": "require \"fileutils\"\n\nmodule Thumbnailer\n  SIZES = { small: \"128x128\", medium: \"512x512\" }.freeze\n\n  def self.generate(src, dest_dir)\n    FileUtils.mkdir_p(dest_dir)\n    SIZES.each do |name, geometry|\n      out = File.join(dest_dir, \"#{name}.jpg\")\n      ok = system(\"convert\", src, \"-resize\", geometry, out)\n      raise \"convert failed for #{src}\" unless ok\n    end\n  end\nend\n"
 },
 {
  "name": "rb4_pathname_consts",
  "kind": "safe",
  "lang": "ruby",
  "cwe": 0,
  "code": "require \"pathname\"\nrequire \"json\"\n\nmodule Locales\n  DIR = Pathname.new(__dir__).join(\"..\", \"config\", \"locales\").expand_path\n\n  def self.available\n    DIR.glob(\"*.json\").map { |p| p.basename(\".json\").to_s }.sort\n  end\n\n  def self.load(locale)\n    raise ArgumentError, \"unknown locale\" unless available.include?(locale)\n    JSON.parse(DIR.join(\"#{locale}.json\").read)\n  end\nend\n"
 },
 {
  "name": "rb4_mailer",
  "kind": "safe",
  "lang": "ruby",
  "cwe": 0,
  "code": "class UserMailer < ApplicationMailer\n  default from: \"no-reply@example.com\"\n\n  def welcome(user)\n    @user = user\n    @login_url = new_session_url\n    mail(to: @user.email, subject: \"Welcome to Example\")\n  end\n\n  def password_reset(user, token)\n    @user = user\n    @reset_url = edit_password_reset_url(token: token)\n    mail(to: @user.email, subject: \"Reset your password\")\n  end\nend\n"
 },
 {
  "name": "rb4_where_hash",
  "kind": "safe",
  "lang": "ruby",
  "cwe": 0,
  "code": "class ProductsController < ApplicationController\n  def index\n    scope = Product.where(active: true)\n    scope = scope.where(category_id: params[:category_id]) if params[:category_id].present?\n    scope = scope.where(\"price <= ?\", params[:max_price].to_d) if params[:max_price].present?\n    sort = %w[name price created_at].include?(params[:sort]) ? params[:sort] : \"name\"\n    @products = scope.order(sort => :asc).limit(100)\n  end\nend\n"
 },
 {
  "name": "rb4_v_constantize",
  "kind": "vuln",
  "lang": "ruby",
  "cwe": 470,
  "code": "class ReportsController < ApplicationController\n  def show\n    klass = params[:type].constantize\n    render json: klass.new.run\n  end\nend\n"
 },
 {
  "name": "py5_flask_pagination_sort",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "from flask import Flask, jsonify, request\nimport sqlite3\n\napp = Flask(__name__)\nSORT_COLUMNS = {\"name\": \"name\", \"newest\": \"created_at DESC\", \"price\": \"price\"}\n\n\ndef db():\n    conn = sqlite3.connect(\"shop.db\")\n    conn.row_factory = sqlite3.Row\n    return conn\n\n\n@app.get(\"/products\")\ndef products():\n    order = SORT_COLUMNS.get(request.args.get(\"sort\", \"name\"), \"name\")\n    page = max(int(request.args.get(\"page\", 1)), 1)\n    rows = db().execute(\n        f\"SELECT id, name, price FROM products ORDER BY {order} LIMIT 20 OFFSET ?\",\n        ((page - 1) * 20,),\n    ).fetchall()\n    return jsonify([dict(r) for r in rows])\n"
 },
 {
  "name": "py5_dataclass_json",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import json\nfrom dataclasses import asdict, dataclass, field\nfrom datetime import datetime\nfrom pathlib import Path\n\n\n@dataclass\nclass Task:\n    title: str\n    done: bool = False\n    created: str = field(default_factory=lambda: datetime.now().isoformat(timespec=\"seconds\"))\n\n\nclass TaskStore:\n    def __init__(self, path: Path = Path(\"tasks.json\")):\n        self.path = path\n        self.tasks = [Task(**t) for t in json.loads(path.read_text())] if path.exists() else []\n\n    def add(self, title: str) -> Task:\n        t = Task(title)\n        self.tasks.append(t)\n        self.save()\n        return t\n\n    def save(self):\n        self.path.write_text(json.dumps([asdict(t) for t in self.tasks], indent=2))\n"
 },
 {
  "name": "py5_typer_cli",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import shutil\nfrom pathlib import Path\n\nimport typer\n\napp = typer.Typer()\n\n\n@app.command()\ndef organize(folder: Path, dry_run: bool = False):\n    \"\"\"Move files into sub-folders by extension.\"\"\"\n    for f in folder.iterdir():\n        if not f.is_file():\n            continue\n        target_dir = folder / (f.suffix.lstrip(\".\").lower() or \"other\")\n        typer.echo(f\"{f.name} -> {target_dir.name}/\")\n        if not dry_run:\n            target_dir.mkdir(exist_ok=True)\n            shutil.move(str(f), target_dir / f.name)\n\n\nif __name__ == \"__main__\":\n    app()\n"
 },
 {
  "name": "py5_health_check",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import socket\nimport time\n\nimport requests\n\nSERVICES = {\n    \"api\": \"https://api.example.com/healthz\",\n    \"auth\": \"https://auth.example.com/healthz\",\n}\n\n\ndef check_http(name: str) -> tuple[str, bool, float]:\n    start = time.monotonic()\n    try:\n        ok = requests.get(SERVICES[name], timeout=3).status_code == 200\n    except requests.RequestException:\n        ok = False\n    return name, ok, time.monotonic() - start\n\n\ndef check_port(host: str = \"localhost\", port: int = 5432) -> bool:\n    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:\n        s.settimeout(1.0)\n        return s.connect_ex((host, port)) == 0\n"
 },
 {
  "name": "py5_django_management_cmd",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "from django.core.management.base import BaseCommand\nfrom django.utils import timezone\n\nfrom accounts.models import Session\n\n\nclass Command(BaseCommand):\n    help = \"Delete expired sessions\"\n\n    def add_arguments(self, parser):\n        parser.add_argument(\"--days\", type=int, default=30)\n\n    def handle(self, *args, **options):\n        cutoff = timezone.now() - timezone.timedelta(days=options[\"days\"])\n        deleted, _ = Session.objects.filter(expires_at__lt=cutoff).delete()\n        self.stdout.write(self.style.SUCCESS(f\"deleted {deleted} sessions\"))\n"
 },
 {
  "name": "py5_pil_thumbnail",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "from pathlib import Path\n\nfrom PIL import Image\n\nTHUMB_SIZE = (256, 256)\n\n\ndef make_thumbnails(src_dir: Path, out_dir: Path) -> int:\n    out_dir.mkdir(parents=True, exist_ok=True)\n    count = 0\n    for img_path in sorted(src_dir.glob(\"*.jpg\")):\n        with Image.open(img_path) as im:\n            im.thumbnail(THUMB_SIZE)\n            im.save(out_dir / img_path.name, \"JPEG\", quality=85)\n        count += 1\n    return count\n"
 },
 {
  "name": "py5_flask_error_handlers",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import logging\n\nfrom flask import Flask, jsonify\nfrom werkzeug.exceptions import HTTPException\n\napp = Flask(__name__)\nlog = logging.getLogger(__name__)\n\n\n@app.errorhandler(HTTPException)\ndef http_error(e):\n    return jsonify(error=e.name, description=e.description), e.code\n\n\n@app.errorhandler(Exception)\ndef unhandled(e):\n    log.exception(\"unhandled error\")\n    return jsonify(error=\"internal server error\"), 500\n"
 },
 {
  "name": "py5_cryptography_fernet",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import os\n\nfrom cryptography.fernet import Fernet, InvalidToken\n\n_fernet = Fernet(os.environ[\"FIELD_ENCRYPTION_KEY\"])\n\n\ndef encrypt_field(value: str) -> str:\n    return _fernet.encrypt(value.encode()).decode()\n\n\ndef decrypt_field(token: str) -> str | None:\n    try:\n        return _fernet.decrypt(token.encode(), ttl=None).decode()\n    except InvalidToken:\n        return None\n"
 },
 {
  "name": "py5_retry_decorator",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import functools\nimport logging\nimport random\nimport time\n\nlog = logging.getLogger(__name__)\n\n\ndef retry(times=3, exceptions=(Exception,), base=0.2):\n    def deco(fn):\n        @functools.wraps(fn)\n        def wrapper(*args, **kwargs):\n            for attempt in range(1, times + 1):\n                try:\n                    return fn(*args, **kwargs)\n                except exceptions as e:\n                    if attempt == times:\n                        raise\n                    sleep = base * 2 ** attempt * (0.5 + random.random())\n                    log.warning(\"%s failed (%s), retrying in %.2fs\", fn.__name__, e, sleep)\n                    time.sleep(sleep)\n        return wrapper\n    return deco\n"
 },
 {
  "name": "py5_pytest_client",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import pytest\n\nfrom app import create_app\nfrom app.extensions import db\n\n\n@pytest.fixture\ndef client():\n    app = create_app({\"TESTING\": True, \"SQLALCHEMY_DATABASE_URI\": \"sqlite://\", \"SECRET_KEY\": \"test\"})\n    with app.app_context():\n        db.create_all()\n        yield app.test_client()\n\n\ndef test_login_rejects_bad_password(client):\n    client.post(\"/register\", data={\"email\": \"a@example.com\", \"password\": \"s3cret-passw0rd\"})\n    r = client.post(\"/login\", data={\"email\": \"a@example.com\", \"password\": \"wrong\"})\n    assert r.status_code == 401\n"
 },
 {
  "name": "py5_v_path_param_route",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "import os\nfrom flask import Flask, request\n\napp = Flask(__name__)\nLOG_DIR = \"/var/log/app\"\n\n\n@app.get(\"/logs\")\ndef logs():\n    name = request.args.get(\"name\", \"app.log\")\n    with open(os.path.join(LOG_DIR, name)) as f:\n        return f.read()\n"
 },
 {
  "name": "py5_v_eval_calc",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "from flask import Flask, request\n\napp = Flask(__name__)\n\n\n@app.get(\"/calc\")\ndef calc():\n    return str(eval(request.args[\"expr\"]))\n"
 },
 {
  "name": "js5_express_validator",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const express = require('express');\nconst { body, param, validationResult } = require('express-validator');\nconst { pool } = require('./db');\n\nconst router = express.Router();\n\nrouter.put(\n  '/users/:id',\n  param('id').isInt(),\n  body('email').isEmail().normalizeEmail(),\n  body('name').trim().isLength({ min: 1, max: 80 }).escape(),\n  async (req, res) => {\n    const errors = validationResult(req);\n    if (!errors.isEmpty()) return res.status(400).json({ errors: errors.array() });\n    await pool.query('UPDATE users SET email = $1, name = $2 WHERE id = $3', [req.body.email, req.body.name, req.params.id]);\n    res.sendStatus(204);\n  },\n);\n\nmodule.exports = router;\n"
 },
 {
  "name": "js5_react_hooks_data",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 0,
  "code": "import { useQuery } from '@tanstack/react-query';\n\ninterface Repo { id: number; full_name: string; stargazers_count: number }\n\nasync function fetchRepos(org: string): Promise<Repo[]> {\n  const res = await fetch(`https://api.github.com/orgs/${encodeURIComponent(org)}/repos?per_page=50`);\n  if (!res.ok) throw new Error(`GitHub ${res.status}`);\n  return res.json();\n}\n\nexport function RepoTable({ org }: { org: string }) {\n  const { data, isLoading, error } = useQuery({ queryKey: ['repos', org], queryFn: () => fetchRepos(org) });\n  if (isLoading) return <p>Loading…</p>;\n  if (error) return <p role=\"alert\">{String(error)}</p>;\n  return (\n    <table>\n      <tbody>\n        {data!.map((r) => (\n          <tr key={r.id}><td>{r.full_name}</td><td>{r.stargazers_count}</td></tr>\n        ))}\n      </tbody>\n    </table>\n  );\n}\n"
 },
 {
  "name": "js5_template_literal_sql_const",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const { Pool } = require('pg');\nconst pool = new Pool();\n\nconst TABLE = 'audit_events';\nconst COLUMNS = ['id', 'actor', 'action', 'created_at'].join(', ');\n\nasync function recentEvents(actor, limit = 50) {\n  const sql = `SELECT ${COLUMNS} FROM ${TABLE} WHERE actor = $1 ORDER BY created_at DESC LIMIT $2`;\n  const { rows } = await pool.query(sql, [actor, Math.min(limit, 500)]);\n  return rows;\n}\n\nmodule.exports = { recentEvents };\n"
 },
 {
  "name": "js5_lambda_handler",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');\nconst { DynamoDBDocumentClient, GetCommand } = require('@aws-sdk/lib-dynamodb');\n\nconst ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));\nconst TABLE = process.env.TABLE_NAME;\n\nexports.handler = async (event) => {\n  const id = event.pathParameters && event.pathParameters.id;\n  if (!id || !/^[0-9a-f-]{36}$/.test(id)) {\n    return { statusCode: 400, body: JSON.stringify({ error: 'bad id' }) };\n  }\n  const { Item } = await ddb.send(new GetCommand({ TableName: TABLE, Key: { id } }));\n  return Item\n    ? { statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(Item) }\n    : { statusCode: 404, body: '' };\n};\n"
 },
 {
  "name": "js5_markdown_static_site",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "// build.js - renders content/*.md into public/*.html\nconst fs = require('fs');\nconst path = require('path');\nconst { marked } = require('marked');\n\nconst CONTENT = path.join(__dirname, 'content');\nconst OUT = path.join(__dirname, 'public');\nconst layout = fs.readFileSync(path.join(__dirname, 'layout.html'), 'utf8');\n\nfs.mkdirSync(OUT, { recursive: true });\nfor (const file of fs.readdirSync(CONTENT).filter((f) => f.endsWith('.md'))) {\n  const md = fs.readFileSync(path.join(CONTENT, file), 'utf8');\n  const html = layout.replace('{{content}}', marked.parse(md));\n  fs.writeFileSync(path.join(OUT, file.replace(/\\.md$/, '.html')), html);\n}\nconsole.log('site built');\n"
 },
 {
  "name": "js5_socket_io_chat",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const { Server } = require('socket.io');\nconst http = require('http');\n\nconst server = http.createServer();\nconst io = new Server(server, { cors: { origin: ['https://chat.example.com'] } });\n\nio.use((socket, next) => {\n  const token = socket.handshake.auth && socket.handshake.auth.token;\n  if (token && token === process.env.CHAT_TOKEN) return next();\n  return next(new Error('unauthorized'));\n});\n\nio.on('connection', (socket) => {\n  socket.on('join', (room) => {\n    if (typeof room === 'string' && /^[a-z0-9-]{1,32}$/.test(room)) socket.join(room);\n  });\n  socket.on('message', ({ room, text }) => {\n    if (typeof text !== 'string' || !socket.rooms.has(room)) return;\n    io.to(room).emit('message', { from: socket.id, text: text.slice(0, 1000) });\n  });\n});\n\nserver.listen(4000);\n"
 },
 {
  "name": "js5_cli_env_config",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "#!/usr/bin/env node\nconst os = require('os');\nconst fs = require('fs');\nconst path = require('path');\n\nconst CONFIG_FILE = process.env.MYCLI_CONFIG || path.join(os.homedir(), '.myclirc.json');\n\nfunction readConfig() {\n  try {\n    return JSON.parse(fs.readFileSync(CONFIG_FILE, 'utf8'));\n  } catch (e) {\n    if (e.code === 'ENOENT') return {};\n    throw e;\n  }\n}\n\nfunction writeConfig(cfg) {\n  fs.writeFileSync(CONFIG_FILE, JSON.stringify(cfg, null, 2), { mode: 0o600 });\n}\n\nconst [cmd, key, value] = process.argv.slice(2);\nconst cfg = readConfig();\nif (cmd === 'set') {\n  cfg[key] = value;\n  writeConfig(cfg);\n} else {\n  console.log(key ? cfg[key] : cfg);\n}\n"
 },
 {
  "name": "js5_hmac_webhook",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const crypto = require('crypto');\nconst express = require('express');\n\nconst app = express();\n\napp.post('/webhooks/stripe', express.raw({ type: 'application/json' }), (req, res) => {\n  const header = req.get('Stripe-Signature') || '';\n  const parts = Object.fromEntries(header.split(',').map((kv) => kv.split('=')));\n  const expected = crypto\n    .createHmac('sha256', process.env.STRIPE_WEBHOOK_SECRET)\n    .update(`${parts.t}.${req.body}`)\n    .digest('hex');\n  const a = Buffer.from(expected);\n  const b = Buffer.from(parts.v1 || '');\n  if (a.length !== b.length || !crypto.timingSafeEqual(a, b)) return res.sendStatus(400);\n  const event = JSON.parse(req.body);\n  console.log('stripe event', event.type);\n  res.sendStatus(200);\n});\n\nmodule.exports = app;\n"
 },
 {
  "name": "js5_dom_build_nodes",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "function renderTodos(list, todos) {\n  list.replaceChildren();\n  for (const t of todos) {\n    const li = document.createElement('li');\n    const label = document.createElement('label');\n    const box = document.createElement('input');\n    box.type = 'checkbox';\n    box.checked = t.done;\n    label.append(box, document.createTextNode(' ' + t.title));\n    li.appendChild(label);\n    list.appendChild(li);\n  }\n}\n\nfetch('/api/todos')\n  .then((r) => r.json())\n  .then((todos) => renderTodos(document.querySelector('#todos'), todos));\n"
 },
 {
  "name": "js5_pagination_util",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 0,
  "code": "export interface Page<T> { items: T[]; page: number; pages: number; total: number }\n\nexport function paginate<T>(all: T[], page = 1, perPage = 20): Page<T> {\n  const total = all.length;\n  const pages = Math.max(1, Math.ceil(total / perPage));\n  const p = Math.min(Math.max(1, Math.floor(page)), pages);\n  return { items: all.slice((p - 1) * perPage, p * perPage), page: p, pages, total };\n}\n\nexport function parsePageParam(v: string | string[] | undefined): number {\n  const n = Number(Array.isArray(v) ? v[0] : v);\n  return Number.isInteger(n) && n > 0 ? n : 1;\n}\n"
 },
 {
  "name": "js5_v_xss_res_send",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 79,
  "code": "const express = require('express');\nconst app = express();\napp.get('/hello', (req, res) => {\n  res.send('<h1>Hello ' + req.query.name + '</h1>');\n});\n"
 },
 {
  "name": "js5_v_path_sendfile",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 22,
  "code": "const express = require('express');\nconst path = require('path');\nconst app = express();\napp.get('/docs/:file', (req, res) => {\n  res.sendFile(path.join(__dirname, 'docs', req.params.file));\n});\n"
 },
 {
  "name": "rb5_concern_scope",
  "kind": "safe",
  "lang": "ruby",
  "cwe": 0,
  "code": "module Searchable\n  extend ActiveSupport::Concern\n\n  SORTS = { \"newest\" => { created_at: :desc }, \"name\" => { name: :asc } }.freeze\n\n  class_methods do\n    def search(term)\n      return all if term.blank?\n      where(\"name ILIKE ?\", \"%#{sanitize_sql_like(term)}%\")\n    end\n\n    def sorted(key)\n      order(SORTS.fetch(key, SORTS[\"newest\"]))\n    end\n  end\nend\n"
 },
 {
  "name": "rb5_rake_seed",
  "kind": "safe",
  "lang": "ruby",
  "cwe": 0,
  "code": "namespace :demo do\n  desc \"Load demo data\"\n  task seed: :environment do\n    srand(1234)\n    10.times do |i|\n      user = User.find_or_create_by!(email: \"demo#{i}@example.com\") do |u|\n        u.password = SecureRandom.hex(16)\n        u.name = \"Demo #{i}\"\n      end\n      rand(1..5).times { user.projects.create!(name: \"Project #{rand(1000)}\") }\n    end\n    puts \"seeded #{User.count} users\"\n  end\nend\n"
 },
 {
  "name": "rb5_rack_middleware",
  "kind": "safe",
  "lang": "ruby",
  "cwe": 0,
  "code": "class RequestTimer\n  def initialize(app, logger: Logger.new($stdout))\n    @app = app\n    @logger = logger\n  end\n\n  def call(env)\n    started = Process.clock_gettime(Process::CLOCK_MONOTONIC)\n    status, headers, body = @app.call(env)\n    ms = ((Process.clock_gettime(Process::CLOCK_MONOTONIC) - started) * 1000).round(1)\n    headers[\"Server-Timing\"] = \"app;dur=#{ms}\"\n    @logger.info(\"#{env['REQUEST_METHOD']} #{env['PATH_INFO']} #{status} #{ms}ms\")\n    [status, headers, body]\n  end\nend\n"
 },
 {
  "name": "rb5_v_sql_order",
  "kind": "vuln",
  "lang": "ruby",
  "cwe": 89,
  "code": "class PostsController < ApplicationController\n  def index\n    @posts = Post.order(\"#{params[:sort]} DESC\").limit(20)\n  end\nend\n"
 },
 {
  "name": "py6_gravatar",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import hashlib\nfrom urllib.parse import urlencode\n\n\ndef gravatar_url(email: str, size: int = 80) -> str:\n    # Gravatar identifies an image by the MD5 of the normalized address (its API, not ours)\n    digest = hashlib.md5(email.strip().lower().encode(\"utf-8\")).hexdigest()\n    return f\"https://www.gravatar.com/avatar/{digest}?{urlencode({'s': size, 'd': 'identicon'})}\"\n"
 },
 {
  "name": "py6_clear_screen",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import os\nimport subprocess\nimport sys\n\n\ndef clear():\n    if os.name == \"nt\":\n        os.system(\"cls\")\n    else:\n        subprocess.run(\"clear\", shell=True)\n\n\ndef menu():\n    while True:\n        clear()\n        print(\"1) list  2) add  q) quit\")\n        choice = input(\"> \").strip()\n        if choice == \"q\":\n            sys.exit(0)\n"
 },
 {
  "name": "py6_yaml_safe_loader",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import yaml\n\n\ndef load_pipeline(path: str) -> dict:\n    with open(path, encoding=\"utf-8\") as fh:\n        data = yaml.load(fh, Loader=yaml.SafeLoader)\n    if not isinstance(data, dict) or \"steps\" not in data:\n        raise ValueError(\"pipeline file needs a 'steps' list\")\n    return data\n\n\ndef dump_pipeline(data: dict, path: str) -> None:\n    with open(path, \"w\", encoding=\"utf-8\") as fh:\n        yaml.safe_dump(data, fh, sort_keys=False)\n"
 },
 {
  "name": "py6_regex_exec_names",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import re\n\nTOKEN = re.compile(r\"\\s*(?:(\\d+\\.?\\d*)|(.))\")\n\n\ndef tokenize(expr: str):\n    for number, op in TOKEN.findall(expr):\n        if number:\n            yield (\"num\", float(number))\n        elif op in \"+-*/()\":\n            yield (\"op\", op)\n        elif op.strip():\n            raise SyntaxError(f\"unexpected {op!r}\")\n\n\ndef evaluate(expr: str) -> float:\n    \"\"\"A tiny shunting-yard calculator: no eval.\"\"\"\n    prec = {\"+\": 1, \"-\": 1, \"*\": 2, \"/\": 2}\n    out, ops = [], []\n    for kind, v in tokenize(expr):\n        if kind == \"num\":\n            out.append(v)\n        elif v == \"(\":\n            ops.append(v)\n        elif v == \")\":\n            while ops[-1] != \"(\":\n                out.append(ops.pop())\n            ops.pop()\n        else:\n            while ops and ops[-1] != \"(\" and prec[ops[-1]] >= prec[v]:\n                out.append(ops.pop())\n            ops.append(v)\n    out.extend(reversed(ops))\n    stack = []\n    for t in out:\n        if isinstance(t, float):\n            stack.append(t)\n        else:\n            b, a = stack.pop(), stack.pop()\n            stack.append({\"+\": a + b, \"-\": a - b, \"*\": a * b, \"/\": a / b}[t])\n    return stack[0]\n"
 },
 {
  "name": "py6_webbrowser_cli",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import sys\nimport webbrowser\nfrom urllib.parse import quote_plus\n\nSEARCH = \"https://duckduckgo.com/?q=\"\n\n\ndef main():\n    query = \" \".join(sys.argv[1:])\n    if not query:\n        print(\"usage: search <words>\")\n        return 1\n    webbrowser.open(SEARCH + quote_plus(query))\n    return 0\n\n\nif __name__ == \"__main__\":\n    sys.exit(main())\n"
 },
 {
  "name": "py6_greeting_random",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import random\nfrom datetime import datetime\n\nGREETINGS = [\"Hello\", \"Hi\", \"Hey\", \"Welcome back\"]\n\n\ndef greet(name: str) -> str:\n    hour = datetime.now().hour\n    part = \"morning\" if hour < 12 else \"afternoon\" if hour < 18 else \"evening\"\n    return f\"{random.choice(GREETINGS)}, {name}! Good {part}.\"\n"
 },
 {
  "name": "py6_django_cbv",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "from django.contrib.auth.mixins import LoginRequiredMixin\nfrom django.urls import reverse_lazy\nfrom django.views.generic import CreateView, DeleteView, ListView\n\nfrom .models import Bookmark\n\n\nclass BookmarkList(LoginRequiredMixin, ListView):\n    template_name = \"bookmarks/list.html\"\n    paginate_by = 25\n\n    def get_queryset(self):\n        return Bookmark.objects.filter(owner=self.request.user).order_by(\"-created\")\n\n\nclass BookmarkCreate(LoginRequiredMixin, CreateView):\n    model = Bookmark\n    fields = [\"url\", \"title\"]\n    success_url = reverse_lazy(\"bookmark-list\")\n\n    def form_valid(self, form):\n        form.instance.owner = self.request.user\n        return super().form_valid(form)\n\n\nclass BookmarkDelete(LoginRequiredMixin, DeleteView):\n    success_url = reverse_lazy(\"bookmark-list\")\n\n    def get_queryset(self):\n        return Bookmark.objects.filter(owner=self.request.user)\n"
 },
 {
  "name": "py6_hash_ring",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import bisect\nimport hashlib\n\n\nclass HashRing:\n    \"\"\"Consistent hashing of keys onto cache nodes.\"\"\"\n\n    def __init__(self, nodes, replicas=100):\n        self.ring = []\n        for node in nodes:\n            for i in range(replicas):\n                self.ring.append((self._h(f\"{node}#{i}\"), node))\n        self.ring.sort()\n        self.keys = [h for h, _ in self.ring]\n\n    @staticmethod\n    def _h(s: str) -> int:\n        return int(hashlib.md5(s.encode()).hexdigest()[:8], 16)\n\n    def node_for(self, key: str) -> str:\n        i = bisect.bisect(self.keys, self._h(key)) % len(self.ring)\n        return self.ring[i][1]\n"
 },
 {
  "name": "py6_v_cmd_fstring_cli",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import os\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\n@app.post(\"/backup\")\ndef backup():\n    target = request.json[\"target\"]\n    os.system(f\"rsync -a /srv/data/ {target}\")\n    return {\"ok\": True}\n"
 },
 {
  "name": "js6_gravatar",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const crypto = require('crypto');\n\nfunction gravatarUrl(email, size = 80) {\n  // Gravatar's API names images by the MD5 of the trimmed, lower-cased address\n  const hash = crypto.createHash('md5').update(email.trim().toLowerCase()).digest('hex');\n  return `https://www.gravatar.com/avatar/${hash}?s=${size}&d=identicon`;\n}\n\nmodule.exports = { gravatarUrl };\n"
 },
 {
  "name": "js6_dom_ids_random",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "let counter = 0;\n\nexport function uniqueId(prefix = 'el') {\n  counter += 1;\n  return `${prefix}-${counter}-${Math.random().toString(36).slice(2, 8)}`;\n}\n\nexport function makeTooltip(target, text) {\n  const tip = document.createElement('div');\n  tip.id = uniqueId('tip');\n  tip.className = 'tooltip';\n  tip.textContent = text;\n  target.setAttribute('aria-describedby', tip.id);\n  document.body.appendChild(tip);\n  return tip;\n}\n"
 },
 {
  "name": "js6_clear_innerhtml",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const list = document.getElementById('results');\nconst template = document.getElementById('row-template');\n\nfunction render(rows) {\n  list.innerHTML = '';\n  for (const row of rows) {\n    const node = template.content.cloneNode(true);\n    node.querySelector('.name').textContent = row.name;\n    node.querySelector('.score').textContent = String(row.score);\n    list.appendChild(node);\n  }\n}\n\ndocument.getElementById('reload').addEventListener('click', async () => {\n  const res = await fetch('/api/leaderboard');\n  render(await res.json());\n});\n"
 },
 {
  "name": "js6_regex_exec_loop",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const LINK = /\\[([^\\]]+)\\]\\(([^)\\s]+)\\)/g;\n\nfunction extractLinks(markdown) {\n  const links = [];\n  let m;\n  while ((m = LINK.exec(markdown)) !== null) {\n    links.push({ text: m[1], href: m[2] });\n  }\n  return links;\n}\n\nfunction brokenLinks(markdown, known) {\n  return extractLinks(markdown).filter((l) => l.href.startsWith('/') && !known.has(l.href));\n}\n\nmodule.exports = { extractLinks, brokenLinks };\n"
 },
 {
  "name": "js6_settimeout_fn",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "export function debounce(fn, wait = 200) {\n  let t;\n  return (...args) => {\n    clearTimeout(t);\n    t = setTimeout(() => fn(...args), wait);\n  };\n}\n\nexport function throttle(fn, interval = 100) {\n  let last = 0;\n  return (...args) => {\n    const now = Date.now();\n    if (now - last >= interval) {\n      last = now;\n      fn(...args);\n    }\n  };\n}\n"
 },
 {
  "name": "js6_express_errors",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const express = require('express');\n\nclass HttpError extends Error {\n  constructor(status, message) {\n    super(message);\n    this.status = status;\n  }\n}\n\nfunction notFound(req, res, next) {\n  next(new HttpError(404, 'Not found'));\n}\n\nfunction errorHandler(err, req, res, next) {\n  const status = err.status || 500;\n  if (status >= 500) console.error(err);\n  res.status(status).json({ error: status >= 500 ? 'Internal server error' : err.message });\n}\n\nconst app = express();\napp.get('/', (req, res) => res.send('ok'));\napp.use(notFound);\napp.use(errorHandler);\nmodule.exports = app;\n"
 },
 {
  "name": "js6_git_hooks_script",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "#!/usr/bin/env node\n// pre-commit: lint only the staged JS files\nconst { execFileSync, spawnSync } = require('child_process');\n\nconst staged = execFileSync('git', ['diff', '--cached', '--name-only', '--diff-filter=ACM'], { encoding: 'utf8' })\n  .split('\\n')\n  .filter((f) => /\\.(js|ts)x?$/.test(f));\n\nif (staged.length === 0) process.exit(0);\nconst r = spawnSync('npx', ['eslint', '--max-warnings=0', ...staged], { stdio: 'inherit' });\nprocess.exit(r.status ?? 1);\n"
 },
 {
  "name": "js6_consistent_hash",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 0,
  "code": "import { createHash } from 'node:crypto';\n\nexport function shardFor(key: string, shards: number): number {\n  const h = createHash('sha1').update(key).digest();\n  return h.readUInt32BE(0) % shards;\n}\n\nexport function partitionKeys(keys: string[], shards: number): Map<number, string[]> {\n  const out = new Map<number, string[]>();\n  for (const k of keys) {\n    const s = shardFor(k, shards);\n    out.set(s, [...(out.get(s) ?? []), k]);\n  }\n  return out;\n}\n"
 },
 {
  "name": "js6_v_document_write",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 79,
  "code": "const ref = new URLSearchParams(location.search).get('ref');\ndocument.write('<a href=\"' + ref + '\">Back</a>');\n"
 },
 {
  "name": "rb6_gravatar_helper",
  "kind": "safe",
  "lang": "ruby",
  "cwe": 0,
  "code": "module AvatarHelper\n  def gravatar_url(user, size: 80)\n    hash = Digest::MD5.hexdigest(user.email.strip.downcase)\n    \"https://www.gravatar.com/avatar/#{hash}?s=#{size}&d=identicon\"\n  end\nend\n"
 },
 {
  "name": "rb6_json_serializer",
  "kind": "safe",
  "lang": "ruby",
  "cwe": 0,
  "code": "class OrderSerializer\n  def initialize(order)\n    @order = order\n  end\n\n  def as_json(*)\n    {\n      id: @order.id,\n      total: format(\"%.2f\", @order.total_cents / 100.0),\n      items: @order.line_items.map { |li| { sku: li.sku, qty: li.qty } },\n      placed_at: @order.created_at.iso8601\n    }\n  end\nend\n"
 },
 {
  "name": "py7_flask_config_from_env",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import os\n\nfrom flask import Flask\n\n\ndef create_app():\n    app = Flask(__name__, instance_relative_config=True)\n    app.config.from_mapping(\n        SECRET_KEY=os.environ[\"SECRET_KEY\"],\n        SQLALCHEMY_DATABASE_URI=os.environ.get(\"DATABASE_URL\", \"sqlite:///\" + os.path.join(app.instance_path, \"app.db\")),\n        SESSION_COOKIE_SECURE=True,\n        SESSION_COOKIE_HTTPONLY=True,\n    )\n    os.makedirs(app.instance_path, exist_ok=True)\n    app.config.from_pyfile(\"config.py\", silent=True)\n    return app\n"
 },
 {
  "name": "py7_image_resize_api",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import io\n\nfrom fastapi import FastAPI, File, HTTPException, UploadFile\nfrom fastapi.responses import StreamingResponse\nfrom PIL import Image\n\napp = FastAPI()\nMAX_SIDE = 2048\n\n\n@app.post(\"/resize\")\nasync def resize(width: int, file: UploadFile = File(...)):\n    if not 16 <= width <= MAX_SIDE:\n        raise HTTPException(400, \"width out of range\")\n    img = Image.open(io.BytesIO(await file.read()))\n    img.thumbnail((width, width))\n    out = io.BytesIO()\n    img.save(out, format=\"PNG\")\n    out.seek(0)\n    return StreamingResponse(out, media_type=\"image/png\")\n"
 },
 {
  "name": "py7_log_rotation_script",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import gzip\nimport shutil\nimport time\nfrom pathlib import Path\n\nLOG_DIR = Path(\"/var/log/myapp\")\nMAX_AGE_DAYS = 14\n\n\ndef rotate():\n    now = time.time()\n    for log in LOG_DIR.glob(\"*.log.1\"):\n        gz = log.with_suffix(log.suffix + \".gz\")\n        with log.open(\"rb\") as src, gzip.open(gz, \"wb\") as dst:\n            shutil.copyfileobj(src, dst)\n        log.unlink()\n    for old in LOG_DIR.glob(\"*.gz\"):\n        if now - old.stat().st_mtime > MAX_AGE_DAYS * 86400:\n            old.unlink()\n\n\nif __name__ == \"__main__\":\n    rotate()\n"
 },
 {
  "name": "py7_sqlite_fts",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import sqlite3\n\n\nclass NotesIndex:\n    def __init__(self, path=\"notes.db\"):\n        self.db = sqlite3.connect(path)\n        self.db.execute(\"CREATE VIRTUAL TABLE IF NOT EXISTS notes USING fts5(title, body)\")\n\n    def add(self, title, body):\n        self.db.execute(\"INSERT INTO notes (title, body) VALUES (?, ?)\", (title, body))\n        self.db.commit()\n\n    def search(self, query, limit=10):\n        return self.db.execute(\n            \"SELECT title, snippet(notes, 1, '[', ']', '…', 8) FROM notes WHERE notes MATCH ? ORDER BY rank LIMIT ?\",\n            (query, limit),\n        ).fetchall()\n"
 },
 {
  "name": "py7_boto3_presigned",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import uuid\n\nimport boto3\nfrom flask import Flask, jsonify\nfrom flask_login import current_user, login_required\n\napp = Flask(__name__)\ns3 = boto3.client(\"s3\")\nBUCKET = \"user-uploads\"\n\n\n@app.post(\"/uploads/presign\")\n@login_required\ndef presign():\n    key = f\"users/{current_user.id}/{uuid.uuid4()}.bin\"\n    url = s3.generate_presigned_url(\n        \"put_object\", Params={\"Bucket\": BUCKET, \"Key\": key, \"ContentType\": \"application/octet-stream\"}, ExpiresIn=600\n    )\n    return jsonify(url=url, key=key)\n"
 },
 {
  "name": "py7_cli_grep",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "import argparse\nimport re\nimport sys\nfrom pathlib import Path\n\n\ndef main(argv=None):\n    ap = argparse.ArgumentParser(prog=\"pgrep\")\n    ap.add_argument(\"pattern\")\n    ap.add_argument(\"paths\", nargs=\"*\", type=Path, default=[Path(\".\")])\n    ap.add_argument(\"-i\", action=\"store_true\")\n    args = ap.parse_args(argv)\n    rx = re.compile(args.pattern, re.IGNORECASE if args.i else 0)\n    for root in args.paths:\n        files = root.rglob(\"*.py\") if root.is_dir() else [root]\n        for f in files:\n            for n, line in enumerate(f.read_text(errors=\"replace\").splitlines(), 1):\n                if rx.search(line):\n                    print(f\"{f}:{n}: {line}\")\n    return 0\n\n\nif __name__ == \"__main__\":\n    sys.exit(main())\n"
 },
 {
  "name": "py7_v_ldap_filter",
  "kind": "vuln",
  "lang": "python",
  "cwe": 90,
  "code": "import ldap\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\n@app.get(\"/people\")\ndef people():\n    conn = ldap.initialize(\"ldap://ldap.example.com\")\n    name = request.args[\"name\"]\n    return {\"r\": conn.search_s(\"dc=example,dc=com\", ldap.SCOPE_SUBTREE, f\"(cn={name})\")}\n"
 },
 {
  "name": "js7_express_static_download",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const express = require('express');\nconst path = require('path');\n\nconst app = express();\nconst FILES = { 'manual.pdf': 'docs/manual-v3.pdf', 'changelog.txt': 'CHANGELOG.txt' };\n\napp.get('/download/:name', (req, res) => {\n  const rel = FILES[req.params.name];\n  if (!rel) return res.sendStatus(404);\n  res.download(path.join(__dirname, 'public', rel), req.params.name);\n});\n\nmodule.exports = app;\n"
 },
 {
  "name": "js7_pg_migrations",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const fs = require('fs');\nconst path = require('path');\nconst { Client } = require('pg');\n\nasync function migrate() {\n  const client = new Client({ connectionString: process.env.DATABASE_URL });\n  await client.connect();\n  await client.query('CREATE TABLE IF NOT EXISTS migrations (name text PRIMARY KEY, run_at timestamptz DEFAULT now())');\n  const done = new Set((await client.query('SELECT name FROM migrations')).rows.map((r) => r.name));\n  const dir = path.join(__dirname, 'migrations');\n  for (const file of fs.readdirSync(dir).sort()) {\n    if (!file.endsWith('.sql') || done.has(file)) continue;\n    const sql = fs.readFileSync(path.join(dir, file), 'utf8');\n    await client.query('BEGIN');\n    await client.query(sql);\n    await client.query('INSERT INTO migrations (name) VALUES ($1)', [file]);\n    await client.query('COMMIT');\n    console.log('applied', file);\n  }\n  await client.end();\n}\n\nmigrate().catch((e) => { console.error(e); process.exit(1); });\n"
 },
 {
  "name": "js7_react_router_nav",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 0,
  "code": "import { useNavigate, useSearchParams } from 'react-router-dom';\n\nconst SAFE_TABS = ['overview', 'members', 'billing'] as const;\ntype Tab = (typeof SAFE_TABS)[number];\n\nexport function useTab(): [Tab, (t: Tab) => void] {\n  const [params] = useSearchParams();\n  const navigate = useNavigate();\n  const raw = params.get('tab');\n  const tab = (SAFE_TABS as readonly string[]).includes(raw ?? '') ? (raw as Tab) : 'overview';\n  return [tab, (t) => navigate(`?tab=${t}`, { replace: true })];\n}\n"
 },
 {
  "name": "js7_nodemailer",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const nodemailer = require('nodemailer');\n\nconst transport = nodemailer.createTransport({\n  host: process.env.SMTP_HOST,\n  port: 587,\n  secure: false,\n  requireTLS: true,\n  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },\n});\n\nasync function sendReceipt(to, order) {\n  await transport.sendMail({\n    from: '\"Shop\" <orders@example.com>',\n    to,\n    subject: `Receipt for order #${order.id}`,\n    text: `Thanks for your order of ${order.items.length} items. Total: ${order.total.toFixed(2)} EUR`,\n  });\n}\n\nmodule.exports = { sendReceipt };\n"
 },
 {
  "name": "js7_json_schema_validate",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const Ajv = require('ajv');\nconst addFormats = require('ajv-formats');\n\nconst ajv = new Ajv({ allErrors: true, removeAdditional: true });\naddFormats(ajv);\n\nconst validateSignup = ajv.compile({\n  type: 'object',\n  required: ['email', 'password'],\n  additionalProperties: false,\n  properties: {\n    email: { type: 'string', format: 'email' },\n    password: { type: 'string', minLength: 12, maxLength: 128 },\n    newsletter: { type: 'boolean', default: false },\n  },\n});\n\nfunction parseSignup(body) {\n  if (!validateSignup(body)) {\n    const err = new Error('invalid signup');\n    err.details = validateSignup.errors;\n    throw err;\n  }\n  return body;\n}\n\nmodule.exports = { parseSignup };\n"
 },
 {
  "name": "js7_cache_lru",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 0,
  "code": "export class LruCache<K, V> {\n  private map = new Map<K, V>();\n\n  constructor(private readonly max = 500) {}\n\n  get(key: K): V | undefined {\n    const v = this.map.get(key);\n    if (v !== undefined) {\n      this.map.delete(key);\n      this.map.set(key, v);\n    }\n    return v;\n  }\n\n  set(key: K, value: V): void {\n    this.map.delete(key);\n    this.map.set(key, value);\n    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as K);\n  }\n}\n"
 },
 {
  "name": "js7_child_exec_validated",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "const { execFile } = require('child_process');\nconst express = require('express');\n\nconst app = express();\nconst HOST_RE = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,}$/i;\n\napp.get('/dig', (req, res) => {\n  const host = String(req.query.host || '');\n  if (!HOST_RE.test(host)) return res.status(400).send('bad host');\n  execFile('dig', ['+short', host], { timeout: 5000 }, (err, stdout) => {\n    if (err) return res.status(502).send('lookup failed');\n    res.type('text/plain').send(stdout);\n  });\n});\n\nmodule.exports = app;\n"
 },
 {
  "name": "js7_v_sequelize_literal",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 89,
  "code": "const express = require('express');\nconst { sequelize } = require('./db');\nconst app = express();\napp.get('/users', async (req, res) => {\n  const [rows] = await sequelize.query(`SELECT * FROM users WHERE role = '${req.query.role}'`);\n  res.json(rows);\n});\n"
 },
 {
  "name": "rb7_active_storage",
  "kind": "safe",
  "lang": "ruby",
  "cwe": 0,
  "code": "class AvatarsController < ApplicationController\n  before_action :authenticate_user!\n\n  ALLOWED_TYPES = %w[image/png image/jpeg image/webp].freeze\n\n  def update\n    file = params.require(:avatar)\n    unless ALLOWED_TYPES.include?(file.content_type) && file.size < 5.megabytes\n      return redirect_to edit_profile_path, alert: \"Unsupported image\"\n    end\n    current_user.avatar.attach(file)\n    redirect_to profile_path, notice: \"Avatar updated\"\n  end\nend\n"
 },
 {
  "name": "rb7_csv_export",
  "kind": "safe",
  "lang": "ruby",
  "cwe": 0,
  "code": "require \"csv\"\n\nclass ExportsController < ApplicationController\n  before_action :authenticate_user!\n\n  def orders\n    csv = CSV.generate(headers: true) do |out|\n      out << %w[id total placed_at]\n      current_user.orders.find_each { |o| out << [o.id, o.total_cents / 100.0, o.created_at.iso8601] }\n    end\n    send_data csv, filename: \"orders-#{Date.current}.csv\", type: \"text/csv\"\n  end\nend\n"
 },
 {
  "name": "rb7_v_system_interp",
  "kind": "vuln",
  "lang": "ruby",
  "cwe": 78,
  "code": "class ArchivesController < ApplicationController\n  def create\n    system(\"tar czf /tmp/#{params[:name]}.tgz /srv/data\")\n    head :ok\n  end\nend\n"
 }
];

describeProbes('round 10 safe-first probes (Python, JavaScript/TypeScript, Ruby)', PROBES);

describe('round 10 engine and rule changes keep their vulnerable twins', () => {
  it('a constant joined under a directory is not a built path; input joined still is', async () => {
    expect(await ids("import os\nfrom flask import request\ndef f():\n    d = request.args['d']\n    return open(os.path.join(d, 'config.json')).read()", 'python')).toContain('py.path-traversal');
    expect(await ids("import os\nBASE = '/srv'\ndef f(name):\n    return open(os.path.join(BASE, name)).read()", 'python')).toContain('py.path-traversal');
    expect(await ids("import os\ndef f(root):\n    return open(os.path.join(root, 'config.json')).read()", 'python')).not.toContain('py.path-traversal');
    expect(await ids("const fs = require('fs');\nconst path = require('path');\nfunction read(dir, name) { return fs.readFileSync(path.join(dir, name)); }\nmodule.exports = { read };", 'javascript')).toContain('js.path-traversal');
    expect(await ids("const fs = require('fs');\nconst path = require('path');\nfunction read(dir) { return fs.readFileSync(path.join(dir, 'package.json')); }\nmodule.exports = { read };", 'javascript')).not.toContain('js.path-traversal');
  });
  it('an extension appended to a request path is still traversal', async () => {
    expect(await ids("from flask import request\ndef f():\n    p = request.args['p']\n    return open(f'{p}.bak').read()", 'python')).toContain('py.path-traversal');
  });
  it('MD5 in a checksum / ETag / cache-key function is no weak hash; next to a secret it is', async () => {
    expect(await ids('import hashlib\ndef etag(body):\n    return hashlib.md5(body).hexdigest()', 'python')).not.toContain('py.weak-hash');
    expect(await ids('import hashlib\ndef etag_and_token(body, user):\n    return hashlib.md5(user.session_secret.encode()).hexdigest()', 'python')).toContain('py.weak-hash');
    expect(await ids('import hashlib\ndef cache_password(pw):\n    return hashlib.md5(pw.encode()).hexdigest()', 'python')).toContain('py.weak-hash');
    expect(await ids("const crypto = require('crypto');\nfunction token(user) {\n  return crypto.createHash('md5').update(user.id + Date.now()).digest('hex');\n}", 'javascript')).toContain('js.weak-hash');
  });
  it('a callback of .map that escapes cleans the array; one that does not keeps it', async () => {
    const bad = "async function r(el) {\n  const items = await (await fetch('/api/x')).json();\n  el.innerHTML = items.map((c) => `<li>${c.text}</li>`).join('');\n}";
    expect(await ids(bad, 'javascript')).toContain('js.xss-dom');
    const ok = "function esc(s) { return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'); }\nasync function r(el) {\n  const items = await (await fetch('/api/x')).json();\n  el.innerHTML = items.map((c) => `<li>${esc(c.text)}</li>`).join('');\n}";
    expect(await ids(ok, 'javascript')).not.toContain('js.xss-dom');
  });
  it('an argparse option with choices= is an allow-listed value; one without is not', async () => {
    const bad = 'import argparse, sqlite3\nap = argparse.ArgumentParser()\nap.add_argument("--table", default="events")\nargs = ap.parse_args()\nsqlite3.connect("x.db").execute(f"SELECT COUNT(*) FROM {args.table}")';
    expect(await ids(bad, 'python')).toContain('py.sql-injection');
    expect(await ids(bad.replace('default="events"', 'default="events", choices=["events", "staging"]'), 'python')).not.toContain('py.sql-injection');
  });
  it('a CLI reading the file its user names is no traversal; joined to a base it still is', async () => {
    expect(await ids("const path = require('path');\nconst fs = require('fs');\nconsole.log(fs.readFileSync(path.resolve(process.argv[2])));", 'javascript')).toEqual([]);
    expect(await ids("const path = require('path');\nconst fs = require('fs');\nconsole.log(fs.readFileSync(path.join('/srv/data', process.argv[2])));", 'javascript')).toContain('js.path-traversal');
  });
  it('typeof x === "string" ? x : undefined stops query operators; the raw body does not', async () => {
    const ok = "const express = require('express');\nconst r = express.Router();\nr.get('/p', async (req, res) => {\n  const tag = typeof req.query.tag === 'string' ? req.query.tag : undefined;\n  res.json(await Product.find({ tags: tag }));\n});";
    expect(await ids(ok, 'javascript')).not.toContain('js.nosql-injection');
    expect(await ids(ok.replace("typeof req.query.tag === 'string' ? req.query.tag : undefined", 'req.query.tag'), 'javascript')).toContain('js.nosql-injection');
  });
  it('Python `a, b = x, y` pairs up; the input part still reaches its own name', async () => {
    const ok = 'from pathlib import Path\ndef split(out_dir: Path, items):\n    chunk, n = [], 0\n    for it in items:\n        chunk.append(it)\n        (out_dir / f"part-{n:04d}.json").write_text("x")\n        chunk, n = [], n + 1';
    expect(await ids(ok, 'python')).toEqual([]);
    expect(await ids('from pathlib import Path\ndef bad(out_dir: Path, name):\n    a, b = name, 1\n    (out_dir / a).write_text("x")', 'python')).toContain('py.pathlib-traversal');
  });
  it('SQLAlchemy Core constructs bind values; text() built from input is still injection', async () => {
    expect(await ids("from sqlalchemy import text\nfrom flask import request\ndef f(conn):\n    conn.execute(text(f\"SELECT * FROM t WHERE n = '{request.args['n']}'\"))", 'python')).toContain('py.sql-injection');
  });
  it('a Ruby method parameter named params is not the request params', async () => {
    const bad = 'class UsersController < ApplicationController\n  def create\n    @user = User.new(params[:user])\n    @user.save!\n  end\nend';
    expect(await ids(bad, 'ruby')).toContain('rb.mass-assignment');
    expect(await ids('class Report\n  def self.build(params)\n    Report.new(params)\n  end\nend', 'ruby')).not.toContain('rb.mass-assignment');
  });
});
