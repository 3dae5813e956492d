// Probe set of round 9 (Python, JavaScript/TypeScript): self-contained functions and small scripts
// written for a task description (the way a coding assistant answers "write a function that ..."),
// with no web framework: the inputs are the function's parameters, argv, stdin or the environment.
// They were written before the analyzer was run on them (seven waves). Each vulnerable probe must be
// reported with its CWE class; each safe one (the usual correct version of the same task) must have
// no finding. `low`: the class is an audit rule (log injection), checked with minConfidence 'low'.
// Left out (see code-rules/README.md, Round 9): a URL that is wholly a parameter fetched as is
// (requests.get(url) / axios.get(url) in a helper), importlib.import_module(name) of a parameter and
// CSV formula injection (cells written as they are).
import { describe, expect, it } from 'vitest';
import { checkCode } from '../lib/code/index.js';
import { describeProbes, ruleIds as ids, type Probe } from './code-probes.js';

const PROBES: Probe[] = [
 {
  "name": "py_fn_read_in_base",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "# Task: return the contents of a file the caller names, from inside the uploads directory.\nimport os\n\nUPLOAD_DIR = \"/var/app/uploads\"\n\ndef read_user_file(filename: str) -> str:\n    path = os.path.join(UPLOAD_DIR, filename)\n    with open(path, \"r\", encoding=\"utf-8\") as fh:\n        return fh.read()\n"
 },
 {
  "name": "py_fn_read_in_base",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "# Task: return the contents of a file the caller names, from inside the uploads directory.\nimport os\n\nUPLOAD_DIR = \"/var/app/uploads\"\n\ndef read_user_file(filename: str) -> str:\n    base = os.path.realpath(UPLOAD_DIR)\n    path = os.path.realpath(os.path.join(base, filename))\n    if os.path.commonpath([base, path]) != base:\n        raise ValueError(\"path escapes the upload directory\")\n    with open(path, \"r\", encoding=\"utf-8\") as fh:\n        return fh.read()\n"
 },
 {
  "name": "py_fn_pathlib_read",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "# Task: load a saved report by name from the reports folder.\nfrom pathlib import Path\n\nREPORTS = Path(\"/srv/reports\")\n\ndef load_report(name):\n    return (REPORTS / name).read_text()\n"
 },
 {
  "name": "py_fn_pathlib_read",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "# Task: load a saved report by name from the reports folder.\nfrom pathlib import Path\n\nREPORTS = Path(\"/srv/reports\").resolve()\n\ndef load_report(name):\n    target = (REPORTS / name).resolve()\n    if not target.is_relative_to(REPORTS):\n        raise PermissionError(\"invalid report name\")\n    return target.read_text()\n"
 },
 {
  "name": "py_fn_nslookup",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "# Task: write a function that returns the DNS lookup output for a host name.\nimport subprocess\n\ndef lookup(hostname):\n    result = subprocess.run(f\"nslookup {hostname}\", shell=True, capture_output=True, text=True)\n    return result.stdout\n"
 },
 {
  "name": "py_fn_nslookup",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "# Task: write a function that returns the DNS lookup output for a host name.\nimport subprocess\n\ndef lookup(hostname):\n    result = subprocess.run([\"nslookup\", hostname], capture_output=True, text=True, check=False)\n    return result.stdout\n"
 },
 {
  "name": "py_cli_ping",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "#!/usr/bin/env python3\n\"\"\"Ping a host given on the command line.\"\"\"\nimport argparse\nimport os\n\ndef main():\n    parser = argparse.ArgumentParser(description=\"ping a host\")\n    parser.add_argument(\"host\")\n    parser.add_argument(\"-c\", \"--count\", type=int, default=3)\n    args = parser.parse_args()\n    os.system(\"ping -c %d %s\" % (args.count, args.host))\n\nif __name__ == \"__main__\":\n    main()\n"
 },
 {
  "name": "py_cli_ping",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "#!/usr/bin/env python3\n\"\"\"Ping a host given on the command line.\"\"\"\nimport argparse\nimport subprocess\n\ndef main():\n    parser = argparse.ArgumentParser(description=\"ping a host\")\n    parser.add_argument(\"host\")\n    parser.add_argument(\"-c\", \"--count\", type=int, default=3)\n    args = parser.parse_args()\n    subprocess.run([\"ping\", \"-c\", str(args.count), args.host], check=False)\n\nif __name__ == \"__main__\":\n    main()\n"
 },
 {
  "name": "py_fn_sql_lookup",
  "kind": "vuln",
  "lang": "python",
  "cwe": 89,
  "code": "# Task: look up a user's email by username in the SQLite database.\nimport sqlite3\n\ndef get_email(db_path, username):\n    conn = sqlite3.connect(db_path)\n    try:\n        cur = conn.cursor()\n        cur.execute(\"SELECT email FROM users WHERE username = '%s'\" % username)\n        row = cur.fetchone()\n        return row[0] if row else None\n    finally:\n        conn.close()\n"
 },
 {
  "name": "py_fn_sql_lookup",
  "kind": "safe",
  "lang": "python",
  "cwe": 89,
  "code": "# Task: look up a user's email by username in the SQLite database.\nimport sqlite3\n\ndef get_email(db_path, username):\n    conn = sqlite3.connect(db_path)\n    try:\n        cur = conn.cursor()\n        cur.execute(\"SELECT email FROM users WHERE username = ?\", (username,))\n        row = cur.fetchone()\n        return row[0] if row else None\n    finally:\n        conn.close()\n"
 },
 {
  "name": "py_fn_sql_order",
  "kind": "vuln",
  "lang": "python",
  "cwe": 89,
  "code": "# Task: list products in a category sorted by a caller-chosen column (psycopg2).\nimport psycopg2\n\ndef list_products(conn, category, sort_by):\n    with conn.cursor() as cur:\n        query = \"SELECT id, name, price FROM products WHERE category = %s ORDER BY \" + sort_by\n        cur.execute(query, (category,))\n        return cur.fetchall()\n"
 },
 {
  "name": "py_fn_sql_order",
  "kind": "safe",
  "lang": "python",
  "cwe": 89,
  "code": "# Task: list products in a category sorted by a caller-chosen column (psycopg2).\nimport psycopg2\nfrom psycopg2 import sql\n\ndef list_products(conn, category, sort_by):\n    if sort_by not in (\"name\", \"price\", \"id\"):\n        sort_by = \"id\"\n    with conn.cursor() as cur:\n        query = sql.SQL(\"SELECT id, name, price FROM products WHERE category = %s ORDER BY {}\").format(sql.Identifier(sort_by))\n        cur.execute(query, (category,))\n        return cur.fetchall()\n"
 },
 {
  "name": "py_fn_xml_lxml",
  "kind": "vuln",
  "lang": "python",
  "cwe": 611,
  "code": "# Task: parse an XML document string and return the text of its <title> element.\nfrom lxml import etree\n\ndef get_title(xml_data: bytes) -> str:\n    parser = etree.XMLParser(resolve_entities=True, no_network=False)\n    root = etree.fromstring(xml_data, parser)\n    return root.findtext(\"title\")\n"
 },
 {
  "name": "py_fn_xml_lxml",
  "kind": "safe",
  "lang": "python",
  "cwe": 611,
  "code": "# Task: parse an XML document string and return the text of its <title> element.\nfrom defusedxml import ElementTree as ET\n\ndef get_title(xml_data: bytes) -> str:\n    root = ET.fromstring(xml_data)\n    return root.findtext(\"title\")\n"
 },
 {
  "name": "py_fn_yaml_config",
  "kind": "vuln",
  "lang": "python",
  "cwe": 502,
  "code": "# Task: load a YAML configuration string into a dict.\nimport yaml\n\ndef load_config(text):\n    return yaml.load(text, Loader=yaml.Loader)\n"
 },
 {
  "name": "py_fn_yaml_config",
  "kind": "safe",
  "lang": "python",
  "cwe": 502,
  "code": "# Task: load a YAML configuration string into a dict.\nimport yaml\n\ndef load_config(text):\n    return yaml.safe_load(text)\n"
 },
 {
  "name": "py_fn_pickle_session",
  "kind": "vuln",
  "lang": "python",
  "cwe": 502,
  "code": "# Task: restore a session object from a base64 string received from a client.\nimport base64\nimport pickle\n\ndef restore_session(encoded: str):\n    raw = base64.b64decode(encoded)\n    return pickle.loads(raw)\n"
 },
 {
  "name": "py_fn_pickle_session",
  "kind": "safe",
  "lang": "python",
  "cwe": 502,
  "code": "# Task: restore a session object from a base64 string received from a client.\nimport base64\nimport json\n\ndef restore_session(encoded: str):\n    raw = base64.b64decode(encoded)\n    return json.loads(raw.decode(\"utf-8\"))\n"
 },
 {
  "name": "py_fn_hash_password",
  "kind": "vuln",
  "lang": "python",
  "cwe": 916,
  "code": "# Task: hash a password for storage.\nimport hashlib\n\ndef hash_password(password: str) -> str:\n    return hashlib.sha256(password.encode(\"utf-8\")).hexdigest()\n"
 },
 {
  "name": "py_fn_hash_password",
  "kind": "safe",
  "lang": "python",
  "cwe": 916,
  "code": "# Task: hash a password for storage.\nimport bcrypt\n\ndef hash_password(password: str) -> bytes:\n    return bcrypt.hashpw(password.encode(\"utf-8\"), bcrypt.gensalt(rounds=12))\n"
 },
 {
  "name": "py_fn_derive_key",
  "kind": "vuln",
  "lang": "python",
  "cwe": 916,
  "code": "# Task: derive a 32-byte encryption key from a passphrase.\nimport hashlib\n\ndef derive_key(passphrase: str, salt: bytes) -> bytes:\n    return hashlib.pbkdf2_hmac(\"sha256\", passphrase.encode(), salt, 1000)\n"
 },
 {
  "name": "py_fn_derive_key",
  "kind": "safe",
  "lang": "python",
  "cwe": 916,
  "code": "# Task: derive a 32-byte encryption key from a passphrase.\nimport hashlib\n\ndef derive_key(passphrase: str, salt: bytes) -> bytes:\n    return hashlib.pbkdf2_hmac(\"sha256\", passphrase.encode(), salt, 600_000, dklen=32)\n"
 },
 {
  "name": "py_fn_aes_ecb",
  "kind": "vuln",
  "lang": "python",
  "cwe": 327,
  "code": "# Task: encrypt a message with AES using the given 16-byte key.\nfrom Crypto.Cipher import AES\nfrom Crypto.Util.Padding import pad\n\ndef encrypt(key: bytes, data: bytes) -> bytes:\n    cipher = AES.new(key, AES.MODE_ECB)\n    return cipher.encrypt(pad(data, AES.block_size))\n"
 },
 {
  "name": "py_fn_aes_ecb",
  "kind": "safe",
  "lang": "python",
  "cwe": 327,
  "code": "# Task: encrypt a message with AES using the given 16-byte key.\nfrom Crypto.Cipher import AES\n\ndef encrypt(key: bytes, data: bytes) -> bytes:\n    cipher = AES.new(key, AES.MODE_GCM)\n    ciphertext, tag = cipher.encrypt_and_digest(data)\n    return cipher.nonce + tag + ciphertext\n"
 },
 {
  "name": "py_fn_aes_static_iv",
  "kind": "vuln",
  "lang": "python",
  "cwe": 329,
  "code": "# Task: encrypt data with AES-CBC (cryptography package).\nfrom cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\nfrom cryptography.hazmat.primitives import padding\n\nIV = b\"\\x00\" * 16\n\ndef encrypt_cbc(key: bytes, plaintext: bytes) -> bytes:\n    padder = padding.PKCS7(128).padder()\n    padded = padder.update(plaintext) + padder.finalize()\n    enc = Cipher(algorithms.AES(key), modes.CBC(IV)).encryptor()\n    return enc.update(padded) + enc.finalize()\n"
 },
 {
  "name": "py_fn_aes_static_iv",
  "kind": "safe",
  "lang": "python",
  "cwe": 329,
  "code": "# Task: encrypt data with AES-CBC (cryptography package).\nimport os\nfrom cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\nfrom cryptography.hazmat.primitives import padding\n\ndef encrypt_cbc(key: bytes, plaintext: bytes) -> bytes:\n    iv = os.urandom(16)\n    padder = padding.PKCS7(128).padder()\n    padded = padder.update(plaintext) + padder.finalize()\n    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()\n    return iv + enc.update(padded) + enc.finalize()\n"
 },
 {
  "name": "py_fn_tempfile",
  "kind": "vuln",
  "lang": "python",
  "cwe": 377,
  "code": "# Task: write data to a temporary file and return its path.\nimport tempfile\n\ndef write_temp(data: str) -> str:\n    path = tempfile.mktemp(suffix=\".txt\")\n    with open(path, \"w\") as f:\n        f.write(data)\n    return path\n"
 },
 {
  "name": "py_fn_tempfile",
  "kind": "safe",
  "lang": "python",
  "cwe": 377,
  "code": "# Task: write data to a temporary file and return its path.\nimport tempfile\n\ndef write_temp(data: str) -> str:\n    with tempfile.NamedTemporaryFile(\"w\", suffix=\".txt\", delete=False) as f:\n        f.write(data)\n        return f.name\n"
 },
 {
  "name": "py_fn_reset_code",
  "kind": "vuln",
  "lang": "python",
  "cwe": 338,
  "code": "# Task: generate a 6-digit password reset code.\nimport random\n\ndef generate_reset_code() -> str:\n    return \"\".join(str(random.randint(0, 9)) for _ in range(6))\n"
 },
 {
  "name": "py_fn_reset_code",
  "kind": "safe",
  "lang": "python",
  "cwe": 338,
  "code": "# Task: generate a 6-digit password reset code.\nimport secrets\n\ndef generate_reset_code() -> str:\n    return \"\".join(str(secrets.randbelow(10)) for _ in range(6))\n"
 },
 {
  "name": "py_fn_session_token",
  "kind": "vuln",
  "lang": "python",
  "cwe": 338,
  "code": "# Task: create a random session id of 32 characters.\nimport random\nimport string\n\ndef new_session_id(length=32):\n    alphabet = string.ascii_letters + string.digits\n    return \"\".join(random.choice(alphabet) for _ in range(length))\n"
 },
 {
  "name": "py_fn_session_token",
  "kind": "safe",
  "lang": "python",
  "cwe": 338,
  "code": "# Task: create a random session id of 32 characters.\nimport secrets\nimport string\n\ndef new_session_id(length=32):\n    alphabet = string.ascii_letters + string.digits\n    return \"\".join(secrets.choice(alphabet) for _ in range(length))\n"
 },
 {
  "name": "py_fn_ssrf_subdomain",
  "kind": "vuln",
  "lang": "python",
  "cwe": 918,
  "code": "# Task: fetch the status JSON of a tenant, given its subdomain.\nimport requests\n\ndef tenant_status(subdomain: str) -> dict:\n    url = f\"https://{subdomain}.example.com/api/status\"\n    resp = requests.get(url, timeout=5)\n    return resp.json()\n"
 },
 {
  "name": "py_fn_ssrf_subdomain",
  "kind": "safe",
  "lang": "python",
  "cwe": 918,
  "code": "# Task: fetch the status JSON of a tenant, given its subdomain.\nimport re\nimport requests\n\nSUBDOMAIN_RE = re.compile(r\"^[a-z0-9-]{1,63}$\")\n\ndef tenant_status(subdomain: str) -> dict:\n    if not SUBDOMAIN_RE.fullmatch(subdomain):\n        raise ValueError(\"invalid subdomain\")\n    url = f\"https://{subdomain}.example.com/api/status\"\n    resp = requests.get(url, timeout=5)\n    return resp.json()\n"
 },
 {
  "name": "py_fn_fetch_url",
  "kind": "safe",
  "lang": "python",
  "cwe": 918,
  "code": "# Task: download a page from a URL given by the user and return its text.\nimport ipaddress\nimport socket\nimport urllib.request\nfrom urllib.parse import urlparse\n\nALLOWED_HOSTS = {\"docs.example.com\", \"www.example.com\"}\n\ndef fetch_page(url):\n    parsed = urlparse(url)\n    if parsed.scheme != \"https\" or parsed.hostname not in ALLOWED_HOSTS:\n        raise ValueError(\"URL not allowed\")\n    with urllib.request.urlopen(url, timeout=10) as resp:\n        return resp.read().decode(\"utf-8\", \"replace\")\n"
 },
 {
  "name": "py_fn_regex_search",
  "kind": "vuln",
  "lang": "python",
  "cwe": 1333,
  "code": "# Task: return the lines of a text that match a user-supplied search pattern.\nimport re\n\ndef search_lines(pattern: str, text: str) -> list:\n    return [line for line in text.splitlines() if re.search(pattern, line)]\n"
 },
 {
  "name": "py_fn_regex_search",
  "kind": "safe",
  "lang": "python",
  "cwe": 1333,
  "code": "# Task: return the lines of a text that contain a user-supplied search term.\nimport re\n\ndef search_lines(term: str, text: str) -> list:\n    rx = re.compile(re.escape(term), re.IGNORECASE)\n    return [line for line in text.splitlines() if rx.search(line)]\n"
 },
 {
  "name": "py_fn_log_login",
  "kind": "vuln",
  "lang": "python",
  "cwe": 117,
  "code": "# Task: record a failed login attempt in the application log.\nimport logging\n\nlogger = logging.getLogger(\"auth\")\n\ndef log_failed_login(username: str, ip: str) -> None:\n    logger.warning(\"Failed login for user \" + username + \" from \" + ip)\n",
  "low": true
 },
 {
  "name": "py_fn_log_login",
  "kind": "safe",
  "lang": "python",
  "cwe": 117,
  "code": "# Task: record a failed login attempt in the application log.\nimport logging\n\nlogger = logging.getLogger(\"auth\")\n\ndef log_failed_login(username: str, ip: str) -> None:\n    clean = username.replace(\"\\r\", \"\").replace(\"\\n\", \"\")\n    logger.warning(\"Failed login for user %r from %s\", clean, ip)\n"
 },
 {
  "name": "py_fn_eval_math",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "# Task: evaluate a simple arithmetic expression like \"2 * (3 + 4)\".\ndef calculate(expression: str) -> float:\n    return eval(expression)\n"
 },
 {
  "name": "py_fn_eval_math",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "# Task: evaluate a simple arithmetic expression like \"2 * (3 + 4)\".\nimport ast\nimport operator\n\nOPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv, ast.USub: operator.neg}\n\ndef calculate(expression: str) -> float:\n    def ev(node):\n        if isinstance(node, ast.Expression):\n            return ev(node.body)\n        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):\n            return node.value\n        if isinstance(node, ast.BinOp) and type(node.op) in OPS:\n            return OPS[type(node.op)](ev(node.left), ev(node.right))\n        if isinstance(node, ast.UnaryOp) and type(node.op) in OPS:\n            return OPS[type(node.op)](ev(node.operand))\n        raise ValueError(\"unsupported expression\")\n    return ev(ast.parse(expression, mode=\"eval\"))\n"
 },
 {
  "name": "py_fn_ldap_search",
  "kind": "vuln",
  "lang": "python",
  "cwe": 90,
  "code": "# Task: find a user's LDAP entry by username.\nimport ldap\n\ndef find_user(conn, username):\n    search_filter = \"(&(objectClass=person)(uid=\" + username + \"))\"\n    return conn.search_s(\"ou=people,dc=example,dc=com\", ldap.SCOPE_SUBTREE, search_filter, [\"cn\", \"mail\"])\n"
 },
 {
  "name": "py_fn_ldap_search",
  "kind": "safe",
  "lang": "python",
  "cwe": 90,
  "code": "# Task: find a user's LDAP entry by username.\nimport ldap\nfrom ldap.filter import escape_filter_chars\n\ndef find_user(conn, username):\n    search_filter = \"(&(objectClass=person)(uid=\" + escape_filter_chars(username) + \"))\"\n    return conn.search_s(\"ou=people,dc=example,dc=com\", ldap.SCOPE_SUBTREE, search_filter, [\"cn\", \"mail\"])\n"
 },
 {
  "name": "py_fn_xpath",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "# Task: return the role of a user from an XML users file.\nfrom lxml import etree\n\ndef get_role(xml_path, username):\n    tree = etree.parse(xml_path)\n    result = tree.xpath(\"//user[@name='\" + username + \"']/role/text()\")\n    return result[0] if result else None\n"
 },
 {
  "name": "py_fn_xpath",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "# Task: return the role of a user from an XML users file.\nfrom lxml import etree\n\ndef get_role(xml_path, username):\n    tree = etree.parse(xml_path)\n    result = tree.xpath(\"//user[@name=$name]/role/text()\", name=username)\n    return result[0] if result else None\n"
 },
 {
  "name": "py_fn_compare_token",
  "kind": "vuln",
  "lang": "python",
  "cwe": 208,
  "code": "# Task: check that the API token sent by a client matches the configured one.\nimport os\n\nAPI_TOKEN = os.environ[\"API_TOKEN\"]\n\ndef is_valid_token(token: str) -> bool:\n    return token == API_TOKEN\n"
 },
 {
  "name": "py_fn_compare_token",
  "kind": "safe",
  "lang": "python",
  "cwe": 208,
  "code": "# Task: check that the API token sent by a client matches the configured one.\nimport hmac\nimport os\n\nAPI_TOKEN = os.environ[\"API_TOKEN\"]\n\ndef is_valid_token(token: str) -> bool:\n    return hmac.compare_digest(token.encode(), API_TOKEN.encode())\n"
 },
 {
  "name": "py_fn_verify_hmac",
  "kind": "vuln",
  "lang": "python",
  "cwe": 208,
  "code": "# Task: verify the HMAC-SHA256 signature of a webhook payload.\nimport hashlib\nimport hmac\n\ndef verify_signature(payload: bytes, signature: str, secret: bytes) -> bool:\n    expected = hmac.new(secret, payload, hashlib.sha256).hexdigest()\n    return expected == signature\n"
 },
 {
  "name": "py_fn_verify_hmac",
  "kind": "safe",
  "lang": "python",
  "cwe": 208,
  "code": "# Task: verify the HMAC-SHA256 signature of a webhook payload.\nimport hashlib\nimport hmac\n\ndef verify_signature(payload: bytes, signature: str, secret: bytes) -> bool:\n    expected = hmac.new(secret, payload, hashlib.sha256).hexdigest()\n    return hmac.compare_digest(expected, signature)\n"
 },
 {
  "name": "py_fn_jwt_decode",
  "kind": "vuln",
  "lang": "python",
  "cwe": 347,
  "code": "# Task: return the user id stored in a JWT.\nimport jwt\n\ndef get_user_id(token: str) -> str:\n    payload = jwt.decode(token, options={\"verify_signature\": False})\n    return payload[\"sub\"]\n"
 },
 {
  "name": "py_fn_jwt_decode",
  "kind": "safe",
  "lang": "python",
  "cwe": 347,
  "code": "# Task: return the user id stored in a JWT.\nimport os\nimport jwt\n\nSECRET = os.environ[\"JWT_SECRET\"]\n\ndef get_user_id(token: str) -> str:\n    payload = jwt.decode(token, SECRET, algorithms=[\"HS256\"])\n    return payload[\"sub\"]\n"
 },
 {
  "name": "py_fn_tar_extract",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "# Task: extract an uploaded .tar.gz archive into a destination directory.\nimport tarfile\n\ndef extract_archive(archive_path: str, dest: str) -> None:\n    with tarfile.open(archive_path, \"r:gz\") as tar:\n        tar.extractall(dest)\n"
 },
 {
  "name": "py_fn_tar_extract",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "# Task: extract an uploaded .tar.gz archive into a destination directory.\nimport os\nimport tarfile\n\ndef extract_archive(archive_path: str, dest: str) -> None:\n    dest = os.path.realpath(dest)\n    with tarfile.open(archive_path, \"r:gz\") as tar:\n        for member in tar.getmembers():\n            target = os.path.realpath(os.path.join(dest, member.name))\n            if not target.startswith(dest + os.sep):\n                raise ValueError(\"unsafe path in archive: \" + member.name)\n        tar.extractall(dest)\n"
 },
 {
  "name": "py_fn_chmod",
  "kind": "vuln",
  "lang": "python",
  "cwe": 732,
  "code": "# Task: save an API key to a file in the user's config directory.\nimport os\n\ndef save_api_key(path: str, key: str) -> None:\n    with open(path, \"w\") as f:\n        f.write(key)\n    os.chmod(path, 0o777)\n"
 },
 {
  "name": "py_fn_chmod",
  "kind": "safe",
  "lang": "python",
  "cwe": 732,
  "code": "# Task: save an API key to a file in the user's config directory.\nimport os\n\ndef save_api_key(path: str, key: str) -> None:\n    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)\n    with os.fdopen(fd, \"w\") as f:\n        f.write(key)\n"
 },
 {
  "name": "py_fn_tls_verify",
  "kind": "vuln",
  "lang": "python",
  "cwe": 295,
  "code": "# Task: call the internal inventory API and return the items.\nimport requests\n\ndef get_inventory(base_url: str, token: str):\n    resp = requests.get(base_url + \"/inventory\", headers={\"Authorization\": \"Bearer \" + token}, verify=False)\n    resp.raise_for_status()\n    return resp.json()\n"
 },
 {
  "name": "py_fn_tls_verify",
  "kind": "safe",
  "lang": "python",
  "cwe": 295,
  "code": "# Task: call the internal inventory API and return the items.\nimport requests\n\nINVENTORY_URL = \"https://inventory.internal.example.com/inventory\"\n\ndef get_inventory(token: str):\n    resp = requests.get(INVENTORY_URL, headers={\"Authorization\": \"Bearer \" + token}, timeout=10)\n    resp.raise_for_status()\n    return resp.json()\n"
 },
 {
  "name": "py_fn_db_password",
  "kind": "vuln",
  "lang": "python",
  "cwe": 798,
  "code": "# Task: open a connection to the reporting database.\nimport psycopg2\n\ndef get_connection():\n    return psycopg2.connect(host=\"db.internal\", dbname=\"reports\", user=\"report\", password=\"R3p0rt!2024\")\n"
 },
 {
  "name": "py_fn_db_password",
  "kind": "safe",
  "lang": "python",
  "cwe": 798,
  "code": "# Task: open a connection to the reporting database.\nimport os\nimport psycopg2\n\ndef get_connection():\n    return psycopg2.connect(host=\"db.internal\", dbname=\"reports\", user=\"report\", password=os.environ[\"REPORT_DB_PASSWORD\"])\n"
 },
 {
  "name": "py_cli_grep_files",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "#!/usr/bin/env python3\n# Task: count matching lines in the files of a directory, pattern and directory from argv.\nimport subprocess\nimport sys\n\ndef main():\n    pattern, directory = sys.argv[1], sys.argv[2]\n    out = subprocess.check_output(\"grep -rc '\" + pattern + \"' \" + directory, shell=True)\n    print(out.decode())\n\nmain()\n"
 },
 {
  "name": "py_cli_grep_files",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "#!/usr/bin/env python3\n# Task: count matching lines in the files of a directory, pattern and directory from argv.\nimport subprocess\nimport sys\n\ndef main():\n    pattern, directory = sys.argv[1], sys.argv[2]\n    out = subprocess.check_output([\"grep\", \"-rc\", \"--\", pattern, directory])\n    print(out.decode())\n\nmain()\n"
 },
 {
  "name": "py_fn_redirect_check",
  "kind": "vuln",
  "lang": "python",
  "cwe": 20,
  "code": "# Task: return the URL to redirect to after login; only our own site is allowed.\ndef get_redirect_target(next_url: str) -> str:\n    if \"example.com\" in next_url:\n        return next_url\n    return \"/\"\n"
 },
 {
  "name": "py_fn_redirect_check",
  "kind": "safe",
  "lang": "python",
  "cwe": 20,
  "code": "# Task: return the URL to redirect to after login; only our own site is allowed.\nfrom urllib.parse import urlparse\n\nALLOWED = {\"example.com\", \"www.example.com\"}\n\ndef get_redirect_target(next_url: str) -> str:\n    parsed = urlparse(next_url)\n    if parsed.scheme in (\"http\", \"https\") and parsed.hostname in ALLOWED:\n        return next_url\n    return \"/\"\n"
 },
 {
  "name": "py_fn_zip_slip",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "# Task: unpack the files of a zip archive to a folder, writing each entry ourselves.\nimport os\nimport zipfile\n\ndef unpack(zip_path, out_dir):\n    with zipfile.ZipFile(zip_path) as zf:\n        for info in zf.infolist():\n            target = os.path.join(out_dir, info.filename)\n            os.makedirs(os.path.dirname(target), exist_ok=True)\n            with open(target, \"wb\") as out:\n                out.write(zf.read(info))\n"
 },
 {
  "name": "py_fn_zip_slip",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "# Task: unpack the files of a zip archive to a folder, writing each entry ourselves.\nimport os\nimport zipfile\n\ndef unpack(zip_path, out_dir):\n    root = os.path.abspath(out_dir)\n    with zipfile.ZipFile(zip_path) as zf:\n        for info in zf.infolist():\n            target = os.path.abspath(os.path.join(root, info.filename))\n            if not target.startswith(root + os.sep):\n                continue\n            os.makedirs(os.path.dirname(target), exist_ok=True)\n            with open(target, \"wb\") as out:\n                out.write(zf.read(info))\n"
 },
 {
  "name": "js_fn_read_in_base",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 22,
  "code": "// Task: read a document by name from the documents directory.\nconst fs = require('fs');\nconst path = require('path');\n\nconst DOCS_DIR = path.join(__dirname, 'documents');\n\nfunction readDocument(name) {\n  return fs.readFileSync(path.join(DOCS_DIR, name), 'utf8');\n}\n\nmodule.exports = { readDocument };\n"
 },
 {
  "name": "js_fn_read_in_base",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 22,
  "code": "// Task: read a document by name from the documents directory.\nconst fs = require('fs');\nconst path = require('path');\n\nconst DOCS_DIR = path.resolve(__dirname, 'documents');\n\nfunction readDocument(name) {\n  const target = path.resolve(DOCS_DIR, name);\n  if (!target.startsWith(DOCS_DIR + path.sep)) {\n    throw new Error('Invalid document name');\n  }\n  return fs.readFileSync(target, 'utf8');\n}\n\nmodule.exports = { readDocument };\n"
 },
 {
  "name": "ts_fn_read_async",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 22,
  "code": "// Task: return the contents of a user's avatar file from the avatars folder.\nimport { promises as fs } from 'fs';\nimport * as path from 'path';\n\nconst AVATARS = '/var/app/avatars';\n\nexport async function loadAvatar(fileName: string): Promise<Buffer> {\n  const filePath = `${AVATARS}/${fileName}`;\n  return fs.readFile(filePath);\n}\n"
 },
 {
  "name": "ts_fn_read_async",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 22,
  "code": "// Task: return the contents of a user's avatar file from the avatars folder.\nimport { promises as fs } from 'fs';\nimport * as path from 'path';\n\nconst AVATARS = '/var/app/avatars';\n\nexport async function loadAvatar(fileName: string): Promise<Buffer> {\n  const safeName = path.basename(fileName);\n  return fs.readFile(path.join(AVATARS, safeName));\n}\n"
 },
 {
  "name": "js_fn_whois",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 78,
  "code": "// Task: run whois for a domain and resolve with its output.\nconst { exec } = require('child_process');\n\nfunction whois(domain) {\n  return new Promise((resolve, reject) => {\n    exec(`whois ${domain}`, (err, stdout) => (err ? reject(err) : resolve(stdout)));\n  });\n}\n\nmodule.exports = whois;\n"
 },
 {
  "name": "js_fn_whois",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 78,
  "code": "// Task: run whois for a domain and resolve with its output.\nconst { execFile } = require('child_process');\n\nfunction whois(domain) {\n  return new Promise((resolve, reject) => {\n    execFile('whois', [domain], (err, stdout) => (err ? reject(err) : resolve(stdout)));\n  });\n}\n\nmodule.exports = whois;\n"
 },
 {
  "name": "js_cli_compress",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 78,
  "code": "#!/usr/bin/env node\n// Task: CLI that compresses the directory given as first argument into a tarball.\nconst { execSync } = require('child_process');\n\nconst dir = process.argv[2];\nif (!dir) {\n  console.error('usage: compress <dir>');\n  process.exit(1);\n}\nexecSync('tar -czf backup.tgz ' + dir, { stdio: 'inherit' });\n"
 },
 {
  "name": "js_cli_compress",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 78,
  "code": "#!/usr/bin/env node\n// Task: CLI that compresses the directory given as first argument into a tarball.\nconst { execFileSync } = require('child_process');\n\nconst dir = process.argv[2];\nif (!dir) {\n  console.error('usage: compress <dir>');\n  process.exit(1);\n}\nexecFileSync('tar', ['-czf', 'backup.tgz', '--', dir], { stdio: 'inherit' });\n"
 },
 {
  "name": "js_cli_readline_cmd",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 78,
  "code": "// Task: interactive tool that asks for a file name and shows its line count.\nconst readline = require('readline');\nconst { exec } = require('child_process');\n\nconst rl = readline.createInterface({ input: process.stdin, output: process.stdout });\nrl.question('File to count: ', (file) => {\n  exec('wc -l ' + file, (err, out) => {\n    console.log(err ? err.message : out);\n    rl.close();\n  });\n});\n"
 },
 {
  "name": "js_cli_readline_cmd",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 78,
  "code": "// Task: interactive tool that asks for a file name and shows its line count.\nconst readline = require('readline');\nconst { execFile } = require('child_process');\n\nconst rl = readline.createInterface({ input: process.stdin, output: process.stdout });\nrl.question('File to count: ', (file) => {\n  execFile('wc', ['-l', file], (err, out) => {\n    console.log(err ? err.message : out);\n    rl.close();\n  });\n});\n"
 },
 {
  "name": "js_fn_sql_lookup",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 89,
  "code": "// Task: find a user by email with the pg client.\nconst { Pool } = require('pg');\nconst pool = new Pool();\n\nasync function findUserByEmail(email) {\n  const { rows } = await pool.query(`SELECT id, name FROM users WHERE email = '${email}'`);\n  return rows[0];\n}\n\nmodule.exports = { findUserByEmail };\n"
 },
 {
  "name": "js_fn_sql_lookup",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 89,
  "code": "// Task: find a user by email with the pg client.\nconst { Pool } = require('pg');\nconst pool = new Pool();\n\nasync function findUserByEmail(email) {\n  const { rows } = await pool.query('SELECT id, name FROM users WHERE email = $1', [email]);\n  return rows[0];\n}\n\nmodule.exports = { findUserByEmail };\n"
 },
 {
  "name": "ts_fn_sqlite_search",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 89,
  "code": "// Task: search products whose name contains a term (better-sqlite3).\nimport Database from 'better-sqlite3';\n\nconst db = new Database('shop.db');\n\nexport function searchProducts(term: string) {\n  return db.prepare(\"SELECT * FROM products WHERE name LIKE '%\" + term + \"%'\").all();\n}\n"
 },
 {
  "name": "ts_fn_sqlite_search",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 89,
  "code": "// Task: search products whose name contains a term (better-sqlite3).\nimport Database from 'better-sqlite3';\n\nconst db = new Database('shop.db');\n\nexport function searchProducts(term: string) {\n  return db.prepare('SELECT * FROM products WHERE name LIKE ?').all(`%${term}%`);\n}\n"
 },
 {
  "name": "js_fn_xml_noent",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 611,
  "code": "// Task: parse an XML string and return the value of <name>.\nconst libxmljs = require('libxmljs');\n\nfunction getName(xml) {\n  const doc = libxmljs.parseXml(xml, { noent: true });\n  const node = doc.get('//name');\n  return node ? node.text() : null;\n}\n\nmodule.exports = getName;\n"
 },
 {
  "name": "js_fn_xml_noent",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 611,
  "code": "// Task: parse an XML string and return the value of <name>.\nconst libxmljs = require('libxmljs');\n\nfunction getName(xml) {\n  const doc = libxmljs.parseXml(xml, { noent: false, nonet: true });\n  const node = doc.get('//name');\n  return node ? node.text() : null;\n}\n\nmodule.exports = getName;\n"
 },
 {
  "name": "js_fn_deserialize",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 502,
  "code": "// Task: restore a saved user-preferences object from a base64 string.\nconst serialize = require('node-serialize');\n\nfunction restorePrefs(encoded) {\n  const text = Buffer.from(encoded, 'base64').toString('utf8');\n  return serialize.unserialize(text);\n}\n\nmodule.exports = restorePrefs;\n"
 },
 {
  "name": "js_fn_deserialize",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 502,
  "code": "// Task: restore a saved user-preferences object from a base64 string.\nfunction restorePrefs(encoded) {\n  const text = Buffer.from(encoded, 'base64').toString('utf8');\n  return JSON.parse(text);\n}\n\nmodule.exports = restorePrefs;\n"
 },
 {
  "name": "js_fn_yaml_load",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 502,
  "code": "// Task: parse a YAML config string (js-yaml 3.x) into an object.\nconst yaml = require('js-yaml');\n\nfunction parseConfig(text) {\n  return yaml.load(text, { schema: yaml.DEFAULT_FULL_SCHEMA });\n}\n\nmodule.exports = parseConfig;\n"
 },
 {
  "name": "js_fn_yaml_load",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 502,
  "code": "// Task: parse a YAML config string (js-yaml 3.x) into an object.\nconst yaml = require('js-yaml');\n\nfunction parseConfig(text) {\n  return yaml.safeLoad(text);\n}\n\nmodule.exports = parseConfig;\n"
 },
 {
  "name": "js_fn_hash_password",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 916,
  "code": "// Task: hash a user's password before saving it.\nconst crypto = require('crypto');\n\nfunction hashPassword(password) {\n  return crypto.createHash('sha256').update(password).digest('hex');\n}\n\nmodule.exports = { hashPassword };\n"
 },
 {
  "name": "js_fn_hash_password",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 916,
  "code": "// Task: hash a user's password before saving it.\nconst bcrypt = require('bcrypt');\n\nasync function hashPassword(password) {\n  return bcrypt.hash(password, 12);\n}\n\nmodule.exports = { hashPassword };\n"
 },
 {
  "name": "ts_fn_derive_key",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 916,
  "code": "// Task: derive an AES key from a user password.\nimport { pbkdf2Sync } from 'crypto';\n\nexport function deriveKey(password: string, salt: Buffer): Buffer {\n  return pbkdf2Sync(password, salt, 1000, 32, 'sha1');\n}\n"
 },
 {
  "name": "ts_fn_derive_key",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 916,
  "code": "// Task: derive an AES key from a user password.\nimport { scryptSync } from 'crypto';\n\nexport function deriveKey(password: string, salt: Buffer): Buffer {\n  return scryptSync(password, salt, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });\n}\n"
 },
 {
  "name": "js_fn_encrypt_ecb",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 327,
  "code": "// Task: encrypt a string with AES-256 and a 32-byte key.\nconst crypto = require('crypto');\n\nfunction encrypt(text, key) {\n  const cipher = crypto.createCipheriv('aes-256-ecb', key, null);\n  return Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]).toString('base64');\n}\n\nmodule.exports = { encrypt };\n"
 },
 {
  "name": "js_fn_encrypt_ecb",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 327,
  "code": "// Task: encrypt a string with AES-256 and a 32-byte key.\nconst crypto = require('crypto');\n\nfunction encrypt(text, key) {\n  const iv = crypto.randomBytes(12);\n  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);\n  const enc = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);\n  return Buffer.concat([iv, cipher.getAuthTag(), enc]).toString('base64');\n}\n\nmodule.exports = { encrypt };\n"
 },
 {
  "name": "js_fn_static_iv",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 329,
  "code": "// Task: encrypt a card number with AES-256-CBC.\nconst crypto = require('crypto');\n\nconst IV = Buffer.alloc(16, 0);\n\nfunction encryptCard(cardNumber, key) {\n  const cipher = crypto.createCipheriv('aes-256-cbc', key, IV);\n  return cipher.update(cardNumber, 'utf8', 'hex') + cipher.final('hex');\n}\n\nmodule.exports = { encryptCard };\n"
 },
 {
  "name": "js_fn_static_iv",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 329,
  "code": "// Task: encrypt a card number with AES-256-CBC.\nconst crypto = require('crypto');\n\nfunction encryptCard(cardNumber, key) {\n  const iv = crypto.randomBytes(16);\n  const cipher = crypto.createCipheriv('aes-256-cbc', key, iv);\n  return iv.toString('hex') + ':' + cipher.update(cardNumber, 'utf8', 'hex') + cipher.final('hex');\n}\n\nmodule.exports = { encryptCard };\n"
 },
 {
  "name": "js_fn_reset_token",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 338,
  "code": "// Task: generate a password reset token.\nfunction generateResetToken() {\n  return Math.random().toString(36).substring(2) + Math.random().toString(36).substring(2);\n}\n\nmodule.exports = { generateResetToken };\n"
 },
 {
  "name": "js_fn_reset_token",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 338,
  "code": "// Task: generate a password reset token.\nconst crypto = require('crypto');\n\nfunction generateResetToken() {\n  return crypto.randomBytes(32).toString('hex');\n}\n\nmodule.exports = { generateResetToken };\n"
 },
 {
  "name": "ts_fn_otp",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 338,
  "code": "// Task: generate a 6-digit one-time code for two-factor login.\nexport function generateOtp(): string {\n  let code = '';\n  for (let i = 0; i < 6; i++) {\n    code += Math.floor(Math.random() * 10).toString();\n  }\n  return code;\n}\n"
 },
 {
  "name": "ts_fn_otp",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 338,
  "code": "// Task: generate a 6-digit one-time code for two-factor login.\nimport { randomInt } from 'crypto';\n\nexport function generateOtp(): string {\n  return randomInt(0, 1_000_000).toString().padStart(6, '0');\n}\n"
 },
 {
  "name": "js_fn_domain_check",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 20,
  "code": "// Task: decide whether a redirect URL points at one of our domains.\nfunction isAllowedRedirect(url) {\n  return url.includes('example.com');\n}\n\nfunction redirectTarget(url) {\n  return isAllowedRedirect(url) ? url : '/';\n}\n\nmodule.exports = { redirectTarget };\n"
 },
 {
  "name": "js_fn_domain_check",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 20,
  "code": "// Task: decide whether a redirect URL points at one of our domains.\nfunction isAllowedRedirect(url) {\n  try {\n    const { protocol, hostname } = new URL(url);\n    return protocol === 'https:' && (hostname === 'example.com' || hostname.endsWith('.example.com'));\n  } catch {\n    return false;\n  }\n}\n\nfunction redirectTarget(url) {\n  return isAllowedRedirect(url) ? url : '/';\n}\n\nmodule.exports = { redirectTarget };\n"
 },
 {
  "name": "js_fn_fetch_subdomain",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 918,
  "code": "// Task: fetch the profile JSON of a tenant from its subdomain API.\nasync function fetchTenantProfile(tenant) {\n  const res = await fetch(`https://${tenant}.api.example.com/profile`);\n  return res.json();\n}\n\nmodule.exports = { fetchTenantProfile };\n"
 },
 {
  "name": "js_fn_fetch_subdomain",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 918,
  "code": "// Task: fetch the profile JSON of a tenant from its subdomain API.\nasync function fetchTenantProfile(tenant) {\n  if (!/^[a-z0-9-]{1,63}$/.test(tenant)) {\n    throw new Error('invalid tenant');\n  }\n  const res = await fetch(`https://${tenant}.api.example.com/profile`);\n  return res.json();\n}\n\nmodule.exports = { fetchTenantProfile };\n"
 },
 {
  "name": "ts_fn_fetch_url",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 918,
  "code": "// Task: download an image from a URL given by the user and return its bytes.\nimport axios from 'axios';\n\nconst ALLOWED_HOSTS = new Set(['images.example.com', 'cdn.example.com']);\n\nexport async function downloadImage(imageUrl: string): Promise<Buffer> {\n  const url = new URL(imageUrl);\n  if (url.protocol !== 'https:' || !ALLOWED_HOSTS.has(url.hostname)) {\n    throw new Error('host not allowed');\n  }\n  const res = await axios.get(url.toString(), { responseType: 'arraybuffer' });\n  return Buffer.from(res.data);\n}\n"
 },
 {
  "name": "js_fn_regex_filter",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 1333,
  "code": "// Task: filter a list of names by a user-supplied search string.\nfunction filterNames(names, search) {\n  const re = new RegExp(search, 'i');\n  return names.filter((n) => re.test(n));\n}\n\nmodule.exports = { filterNames };\n"
 },
 {
  "name": "js_fn_regex_filter",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 1333,
  "code": "// Task: filter a list of names by a user-supplied search string.\nfunction escapeRegExp(s) {\n  return s.replace(/[.*+?^${}()|[\\]\\\\]/g, '\\\\$&');\n}\n\nfunction filterNames(names, search) {\n  const re = new RegExp(escapeRegExp(search), 'i');\n  return names.filter((n) => re.test(n));\n}\n\nmodule.exports = { filterNames };\n"
 },
 {
  "name": "js_fn_eval_calc",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 95,
  "code": "// Task: evaluate a math expression typed by the user, e.g. \"3 * (4 + 5)\".\nfunction calculate(expr) {\n  return Function('\"use strict\"; return (' + expr + ')')();\n}\n\nmodule.exports = { calculate };\n"
 },
 {
  "name": "js_fn_eval_calc",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 95,
  "code": "// Task: evaluate a math expression typed by the user, e.g. \"3 * (4 + 5)\".\nconst { evaluate } = require('mathjs');\n\nfunction calculate(expr) {\n  return evaluate(expr);\n}\n\nmodule.exports = { calculate };\n"
 },
 {
  "name": "js_fn_ldap",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 90,
  "code": "// Task: look up a user's entry in LDAP by username (ldapjs).\nconst ldap = require('ldapjs');\n\nfunction findUser(client, username) {\n  return new Promise((resolve, reject) => {\n    const opts = { filter: `(&(objectClass=person)(uid=${username}))`, scope: 'sub', attributes: ['cn', 'mail'] };\n    client.search('ou=people,dc=example,dc=com', opts, (err, res) => {\n      if (err) return reject(err);\n      const entries = [];\n      res.on('searchEntry', (e) => entries.push(e.object));\n      res.on('end', () => resolve(entries));\n    });\n  });\n}\n\nmodule.exports = { findUser };\n"
 },
 {
  "name": "js_fn_ldap",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 90,
  "code": "// Task: look up a user's entry in LDAP by username (ldapjs).\nconst ldap = require('ldapjs');\n\nfunction findUser(client, username) {\n  return new Promise((resolve, reject) => {\n    const filter = new ldap.filters.AndFilter({\n      filters: [\n        new ldap.filters.EqualityFilter({ attribute: 'objectClass', value: 'person' }),\n        new ldap.filters.EqualityFilter({ attribute: 'uid', value: username }),\n      ],\n    });\n    client.search('ou=people,dc=example,dc=com', { filter, scope: 'sub', attributes: ['cn', 'mail'] }, (err, res) => {\n      if (err) return reject(err);\n      const entries = [];\n      res.on('searchEntry', (e) => entries.push(e.object));\n      res.on('end', () => resolve(entries));\n    });\n  });\n}\n\nmodule.exports = { findUser };\n"
 },
 {
  "name": "js_fn_xpath",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 643,
  "code": "// Task: find the price of a product by name in an XML catalog.\nconst xpath = require('xpath');\nconst { DOMParser } = require('@xmldom/xmldom');\n\nfunction getPrice(xml, productName) {\n  const doc = new DOMParser().parseFromString(xml, 'text/xml');\n  const nodes = xpath.select(\"//product[name='\" + productName + \"']/price/text()\", doc);\n  return nodes.length ? nodes[0].nodeValue : null;\n}\n\nmodule.exports = { getPrice };\n"
 },
 {
  "name": "js_fn_xpath",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 643,
  "code": "// Task: find the price of a product by name in an XML catalog.\nconst xpath = require('xpath');\nconst { DOMParser } = require('@xmldom/xmldom');\n\nfunction getPrice(xml, productName) {\n  const doc = new DOMParser().parseFromString(xml, 'text/xml');\n  const nodes = xpath.parse('//product[name=$name]/price/text()').select({ node: doc, variables: { name: productName } });\n  return nodes.length ? nodes[0].nodeValue : null;\n}\n\nmodule.exports = { getPrice };\n"
 },
 {
  "name": "js_fn_compare_sig",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 208,
  "code": "// Task: verify the HMAC signature of a webhook body.\nconst crypto = require('crypto');\n\nfunction verifyWebhook(body, signature, secret) {\n  const expected = crypto.createHmac('sha256', secret).update(body).digest('hex');\n  return expected === signature;\n}\n\nmodule.exports = { verifyWebhook };\n"
 },
 {
  "name": "js_fn_compare_sig",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 208,
  "code": "// Task: verify the HMAC signature of a webhook body.\nconst crypto = require('crypto');\n\nfunction verifyWebhook(body, signature, secret) {\n  const expected = Buffer.from(crypto.createHmac('sha256', secret).update(body).digest('hex'));\n  const given = Buffer.from(String(signature));\n  return given.length === expected.length && crypto.timingSafeEqual(expected, given);\n}\n\nmodule.exports = { verifyWebhook };\n"
 },
 {
  "name": "js_fn_jwt_decode",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 347,
  "code": "// Task: return the user id of an incoming JWT access token.\nconst jwt = require('jsonwebtoken');\n\nfunction getUserId(token) {\n  const payload = jwt.decode(token);\n  if (!payload) throw new Error('bad token');\n  return payload.sub;\n}\n\nmodule.exports = { getUserId };\n"
 },
 {
  "name": "js_fn_jwt_decode",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 347,
  "code": "// Task: return the user id of an incoming JWT access token.\nconst jwt = require('jsonwebtoken');\n\nfunction getUserId(token) {\n  const payload = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });\n  return payload.sub;\n}\n\nmodule.exports = { getUserId };\n"
 },
 {
  "name": "ts_fn_jwt_none",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 347,
  "code": "// Task: verify a JWT and return its claims.\nimport jwt from 'jsonwebtoken';\n\nexport function verifyToken(token: string, secret: string) {\n  return jwt.verify(token, secret, { algorithms: ['HS256', 'none'] });\n}\n"
 },
 {
  "name": "ts_fn_jwt_none",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 347,
  "code": "// Task: verify a JWT and return its claims.\nimport jwt from 'jsonwebtoken';\n\nexport function verifyToken(token: string, secret: string) {\n  return jwt.verify(token, secret, { algorithms: ['HS256'] });\n}\n"
 },
 {
  "name": "js_fn_zip_extract",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 22,
  "code": "// Task: extract every entry of a zip file into a target directory (adm-zip).\nconst AdmZip = require('adm-zip');\nconst fs = require('fs');\nconst path = require('path');\n\nfunction extractZip(zipPath, targetDir) {\n  const zip = new AdmZip(zipPath);\n  for (const entry of zip.getEntries()) {\n    const outPath = path.join(targetDir, entry.entryName);\n    if (entry.isDirectory) {\n      fs.mkdirSync(outPath, { recursive: true });\n    } else {\n      fs.mkdirSync(path.dirname(outPath), { recursive: true });\n      fs.writeFileSync(outPath, entry.getData());\n    }\n  }\n}\n\nmodule.exports = { extractZip };\n"
 },
 {
  "name": "js_fn_zip_extract",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 22,
  "code": "// Task: extract every entry of a zip file into a target directory (adm-zip).\nconst AdmZip = require('adm-zip');\nconst fs = require('fs');\nconst path = require('path');\n\nfunction extractZip(zipPath, targetDir) {\n  const root = path.resolve(targetDir);\n  const zip = new AdmZip(zipPath);\n  for (const entry of zip.getEntries()) {\n    const outPath = path.resolve(root, entry.entryName);\n    if (!outPath.startsWith(root + path.sep)) {\n      throw new Error('Zip entry outside target: ' + entry.entryName);\n    }\n    if (entry.isDirectory) {\n      fs.mkdirSync(outPath, { recursive: true });\n    } else {\n      fs.mkdirSync(path.dirname(outPath), { recursive: true });\n      fs.writeFileSync(outPath, entry.getData());\n    }\n  }\n}\n\nmodule.exports = { extractZip };\n"
 },
 {
  "name": "js_fn_chmod",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 732,
  "code": "// Task: write a private key to disk.\nconst fs = require('fs');\n\nfunction savePrivateKey(file, pem) {\n  fs.writeFileSync(file, pem);\n  fs.chmodSync(file, 0o777);\n}\n\nmodule.exports = { savePrivateKey };\n"
 },
 {
  "name": "js_fn_chmod",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 732,
  "code": "// Task: write a private key to disk.\nconst fs = require('fs');\n\nfunction savePrivateKey(file, pem) {\n  fs.writeFileSync(file, pem, { mode: 0o600 });\n}\n\nmodule.exports = { savePrivateKey };\n"
 },
 {
  "name": "js_fn_merge",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 1321,
  "code": "// Task: deep-merge a user-provided settings object into the defaults.\nfunction deepMerge(target, source) {\n  for (const key in source) {\n    if (typeof source[key] === 'object' && source[key] !== null) {\n      if (!target[key]) target[key] = {};\n      deepMerge(target[key], source[key]);\n    } else {\n      target[key] = source[key];\n    }\n  }\n  return target;\n}\n\nmodule.exports = { deepMerge };\n"
 },
 {
  "name": "js_fn_merge",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 1321,
  "code": "// Task: deep-merge a user-provided settings object into the defaults.\nfunction deepMerge(target, source) {\n  for (const key of Object.keys(source)) {\n    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;\n    if (typeof source[key] === 'object' && source[key] !== null) {\n      if (!Object.prototype.hasOwnProperty.call(target, key)) target[key] = {};\n      deepMerge(target[key], source[key]);\n    } else {\n      target[key] = source[key];\n    }\n  }\n  return target;\n}\n\nmodule.exports = { deepMerge };\n"
 },
 {
  "name": "js_fn_tls",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 295,
  "code": "// Task: GET a JSON document over HTTPS from the internal metrics service.\nconst https = require('https');\n\nfunction getMetrics(host) {\n  return new Promise((resolve, reject) => {\n    https.get({ host, path: '/metrics', rejectUnauthorized: false }, (res) => {\n      let data = '';\n      res.on('data', (c) => (data += c));\n      res.on('end', () => resolve(JSON.parse(data)));\n    }).on('error', reject);\n  });\n}\n\nmodule.exports = { getMetrics };\n"
 },
 {
  "name": "js_fn_tls",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 295,
  "code": "// Task: GET a JSON document over HTTPS from the internal metrics service.\nconst https = require('https');\nconst fs = require('fs');\n\nconst ca = fs.readFileSync('/etc/ssl/internal-ca.pem');\n\nfunction getMetrics() {\n  return new Promise((resolve, reject) => {\n    https.get({ host: 'metrics.internal', path: '/metrics', ca }, (res) => {\n      let data = '';\n      res.on('data', (c) => (data += c));\n      res.on('end', () => resolve(JSON.parse(data)));\n    }).on('error', reject);\n  });\n}\n\nmodule.exports = { getMetrics };\n"
 },
 {
  "name": "js_fn_jwt_secret",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 798,
  "code": "// Task: issue a signed JWT for a user id.\nconst jwt = require('jsonwebtoken');\n\nconst SECRET = 'my-super-secret-key-123';\n\nfunction issueToken(userId) {\n  return jwt.sign({ sub: userId }, SECRET, { expiresIn: '1h' });\n}\n\nmodule.exports = { issueToken };\n"
 },
 {
  "name": "js_fn_jwt_secret",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 798,
  "code": "// Task: issue a signed JWT for a user id.\nconst jwt = require('jsonwebtoken');\n\nfunction issueToken(userId) {\n  return jwt.sign({ sub: userId }, process.env.JWT_SECRET, { expiresIn: '1h', algorithm: 'HS256' });\n}\n\nmodule.exports = { issueToken };\n"
 },
 {
  "name": "js_fn_log_user",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 117,
  "code": "// Task: write an audit line for a failed login to the log file.\nconst fs = require('fs');\n\nfunction auditFailedLogin(username) {\n  fs.appendFileSync('/var/log/app/audit.log', `${new Date().toISOString()} failed login: ${username}\\n`);\n}\n\nmodule.exports = { auditFailedLogin };\n",
  "low": true
 },
 {
  "name": "js_fn_log_user",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 117,
  "code": "// Task: write an audit line for a failed login to the log file.\nconst fs = require('fs');\n\nfunction auditFailedLogin(username) {\n  const clean = String(username).replace(/[\\r\\n]/g, '_');\n  fs.appendFileSync('/var/log/app/audit.log', `${new Date().toISOString()} failed login: ${clean}\\n`);\n}\n\nmodule.exports = { auditFailedLogin };\n"
 },
 {
  "name": "py_cli_sql_argv",
  "kind": "vuln",
  "lang": "python",
  "cwe": 89,
  "code": "#!/usr/bin/env python3\n# Task: print the orders of the customer named on the command line.\nimport sqlite3\nimport sys\n\ndef build_query(customer):\n    return \"SELECT id, total FROM orders WHERE customer = '\" + customer + \"' ORDER BY id\"\n\ndef main():\n    conn = sqlite3.connect(\"shop.db\")\n    for row in conn.execute(build_query(sys.argv[1])):\n        print(*row)\n\nif __name__ == \"__main__\":\n    main()\n"
 },
 {
  "name": "py_cli_sql_argv",
  "kind": "safe",
  "lang": "python",
  "cwe": 89,
  "code": "#!/usr/bin/env python3\n# Task: print the orders of the customer named on the command line.\nimport sqlite3\nimport sys\n\nQUERY = \"SELECT id, total FROM orders WHERE customer = ? ORDER BY id\"\n\ndef main():\n    conn = sqlite3.connect(\"shop.db\")\n    for row in conn.execute(QUERY, (sys.argv[1],)):\n        print(*row)\n\nif __name__ == \"__main__\":\n    main()\n"
 },
 {
  "name": "py_fn_shell_join",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "# Task: convert an image to PNG with ImageMagick.\nimport subprocess\n\ndef to_png(src_path, dst_path):\n    cmd = \" \".join([\"convert\", src_path, dst_path])\n    return subprocess.call(cmd, shell=True)\n"
 },
 {
  "name": "py_fn_shell_join",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "# Task: convert an image to PNG with ImageMagick.\nimport subprocess\n\ndef to_png(src_path, dst_path):\n    cmd = [\"convert\", src_path, dst_path]\n    return subprocess.call(cmd)\n"
 },
 {
  "name": "py_fn_os_popen",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "# Task: return the git commits of an author in the current repository.\nimport os\n\ndef commits_by(author):\n    return os.popen(\"git log --oneline --author=\" + author).read().splitlines()\n"
 },
 {
  "name": "py_fn_os_popen",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "# Task: return the git commits of an author in the current repository.\nimport subprocess\n\ndef commits_by(author):\n    out = subprocess.run([\"git\", \"log\", \"--oneline\", f\"--author={author}\"], capture_output=True, text=True, check=True)\n    return out.stdout.splitlines()\n"
 },
 {
  "name": "py_fn_delete_file",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "# Task: delete a user's attachment from the attachments directory.\nimport os\n\nATTACH_DIR = \"/srv/app/attachments\"\n\ndef delete_attachment(user_id: int, filename: str) -> None:\n    path = f\"{ATTACH_DIR}/{user_id}/{filename}\"\n    if os.path.exists(path):\n        os.remove(path)\n"
 },
 {
  "name": "py_fn_delete_file",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "# Task: delete a user's attachment from the attachments directory.\nimport os\n\nATTACH_DIR = \"/srv/app/attachments\"\n\ndef delete_attachment(user_id: int, filename: str) -> None:\n    name = os.path.basename(filename)\n    path = os.path.join(ATTACH_DIR, str(user_id), name)\n    if os.path.exists(path):\n        os.remove(path)\n"
 },
 {
  "name": "py_fn_save_upload",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "# Task: store uploaded bytes under the given file name in the uploads folder.\nimport os\n\nUPLOADS = \"uploads\"\n\ndef store_upload(filename, data: bytes):\n    os.makedirs(UPLOADS, exist_ok=True)\n    with open(os.path.join(UPLOADS, filename), \"wb\") as f:\n        f.write(data)\n"
 },
 {
  "name": "py_fn_save_upload",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "# Task: store uploaded bytes under the given file name in the uploads folder.\nimport os\nfrom werkzeug.utils import secure_filename\n\nUPLOADS = \"uploads\"\n\ndef store_upload(filename, data: bytes):\n    os.makedirs(UPLOADS, exist_ok=True)\n    with open(os.path.join(UPLOADS, secure_filename(filename)), \"wb\") as f:\n        f.write(data)\n"
 },
 {
  "name": "py_fn_sax_xxe",
  "kind": "vuln",
  "lang": "python",
  "cwe": 611,
  "code": "# Task: count the <item> elements of an XML feed with SAX.\nimport xml.sax\nfrom xml.sax.handler import feature_external_ges\n\nclass ItemCounter(xml.sax.ContentHandler):\n    def __init__(self):\n        super().__init__()\n        self.count = 0\n\n    def startElement(self, name, attrs):\n        if name == \"item\":\n            self.count += 1\n\ndef count_items(path):\n    parser = xml.sax.make_parser()\n    parser.setFeature(feature_external_ges, True)\n    handler = ItemCounter()\n    parser.setContentHandler(handler)\n    parser.parse(path)\n    return handler.count\n"
 },
 {
  "name": "py_fn_sax_xxe",
  "kind": "safe",
  "lang": "python",
  "cwe": 611,
  "code": "# Task: count the <item> elements of an XML feed with SAX.\nimport defusedxml.sax\nimport xml.sax\n\nclass ItemCounter(xml.sax.ContentHandler):\n    def __init__(self):\n        super().__init__()\n        self.count = 0\n\n    def startElement(self, name, attrs):\n        if name == \"item\":\n            self.count += 1\n\ndef count_items(path):\n    handler = ItemCounter()\n    defusedxml.sax.parse(path, handler)\n    return handler.count\n"
 },
 {
  "name": "py_fn_jsonpickle",
  "kind": "vuln",
  "lang": "python",
  "cwe": 502,
  "code": "# Task: load a cached object that was saved as a jsonpickle string.\nimport jsonpickle\n\ndef load_cached(blob: str):\n    return jsonpickle.decode(blob)\n"
 },
 {
  "name": "py_fn_jsonpickle",
  "kind": "safe",
  "lang": "python",
  "cwe": 502,
  "code": "# Task: load a cached object that was saved as a JSON string.\nimport json\n\ndef load_cached(blob: str):\n    return json.loads(blob)\n"
 },
 {
  "name": "py_fn_salted_md5",
  "kind": "vuln",
  "lang": "python",
  "cwe": 916,
  "code": "# Task: hash a password with a random salt and return salt and hash.\nimport hashlib\nimport os\n\ndef hash_password(password):\n    salt = os.urandom(16).hex()\n    digest = hashlib.md5((salt + password).encode()).hexdigest()\n    return salt, digest\n"
 },
 {
  "name": "py_fn_salted_md5",
  "kind": "safe",
  "lang": "python",
  "cwe": 916,
  "code": "# Task: hash a password with a random salt and return salt and hash.\nimport hashlib\nimport os\n\ndef hash_password(password):\n    salt = os.urandom(16)\n    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)\n    return salt.hex(), digest.hex()\n"
 },
 {
  "name": "py_fn_rsa_1024",
  "kind": "vuln",
  "lang": "python",
  "cwe": 326,
  "code": "# Task: generate an RSA key pair and return the PEM private key.\nfrom cryptography.hazmat.primitives.asymmetric import rsa\nfrom cryptography.hazmat.primitives import serialization\n\ndef generate_private_key_pem() -> bytes:\n    key = rsa.generate_private_key(public_exponent=65537, key_size=1024)\n    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())\n"
 },
 {
  "name": "py_fn_rsa_1024",
  "kind": "safe",
  "lang": "python",
  "cwe": 326,
  "code": "# Task: generate an RSA key pair and return the PEM private key.\nfrom cryptography.hazmat.primitives.asymmetric import rsa\nfrom cryptography.hazmat.primitives import serialization\n\ndef generate_private_key_pem() -> bytes:\n    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)\n    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())\n"
 },
 {
  "name": "py_fn_api_key_bits",
  "kind": "vuln",
  "lang": "python",
  "cwe": 338,
  "code": "# Task: create a new API key for a client.\nimport random\n\ndef create_api_key() -> str:\n    return \"%032x\" % random.getrandbits(128)\n"
 },
 {
  "name": "py_fn_api_key_bits",
  "kind": "safe",
  "lang": "python",
  "cwe": 338,
  "code": "# Task: create a new API key for a client.\nimport secrets\n\ndef create_api_key() -> str:\n    return secrets.token_hex(16)\n"
 },
 {
  "name": "py_fn_uuid1_token",
  "kind": "vuln",
  "lang": "python",
  "cwe": 330,
  "code": "# Task: create a password reset token for a user and store it.\nimport uuid\n\ndef create_reset_token(user, store):\n    token = str(uuid.uuid1())\n    store[token] = user.id\n    return token\n"
 },
 {
  "name": "py_fn_uuid1_token",
  "kind": "safe",
  "lang": "python",
  "cwe": 330,
  "code": "# Task: create a password reset token for a user and store it.\nimport secrets\n\ndef create_reset_token(user, store):\n    token = secrets.token_urlsafe(32)\n    store[token] = user.id\n    return token\n"
 },
 {
  "name": "py_fn_ssl_unverified",
  "kind": "vuln",
  "lang": "python",
  "cwe": 295,
  "code": "# Task: fetch the body of an HTTPS page with urllib.\nimport ssl\nimport urllib.request\n\ndef fetch_secure(url_path):\n    ctx = ssl.create_default_context()\n    ctx.check_hostname = False\n    ctx.verify_mode = ssl.CERT_NONE\n    with urllib.request.urlopen(\"https://status.example.com/\" + url_path, context=ctx) as r:\n        return r.read()\n"
 },
 {
  "name": "py_fn_ssl_unverified",
  "kind": "safe",
  "lang": "python",
  "cwe": 295,
  "code": "# Task: fetch the body of an HTTPS page with urllib.\nimport ssl\nimport urllib.request\n\ndef fetch_secure(url_path):\n    ctx = ssl.create_default_context()\n    with urllib.request.urlopen(\"https://status.example.com/\" + url_path, context=ctx) as r:\n        return r.read()\n"
 },
 {
  "name": "py_fn_parse_literal",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "# Task: convert a string like \"[1, 2, 3]\" or \"{'a': 1}\" into the Python value.\ndef parse_value(text):\n    return eval(text, {\"__builtins__\": {}})\n"
 },
 {
  "name": "py_fn_parse_literal",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "# Task: convert a string like \"[1, 2, 3]\" or \"{'a': 1}\" into the Python value.\nimport ast\n\ndef parse_value(text):\n    return ast.literal_eval(text)\n"
 },
 {
  "name": "py_cli_input_eval",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "# Task: a small script that asks for two numbers and prints their sum.\ndef main():\n    a = eval(input(\"First number: \"))\n    b = eval(input(\"Second number: \"))\n    print(\"Sum:\", a + b)\n\nmain()\n"
 },
 {
  "name": "py_cli_input_eval",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "# Task: a small script that asks for two numbers and prints their sum.\ndef main():\n    a = float(input(\"First number: \"))\n    b = float(input(\"Second number: \"))\n    print(\"Sum:\", a + b)\n\nmain()\n"
 },
 {
  "name": "py_fn_email_header",
  "kind": "vuln",
  "lang": "python",
  "cwe": 93,
  "code": "# Task: send a contact-form email with the subject the user typed.\nimport smtplib\n\ndef send_contact(subject, body, sender):\n    message = f\"From: {sender}\\r\\nTo: support@example.com\\r\\nSubject: {subject}\\r\\n\\r\\n{body}\"\n    with smtplib.SMTP(\"localhost\") as smtp:\n        smtp.sendmail(sender, [\"support@example.com\"], message)\n"
 },
 {
  "name": "py_fn_email_header",
  "kind": "safe",
  "lang": "python",
  "cwe": 93,
  "code": "# Task: send a contact-form email with the subject the user typed.\nimport smtplib\nfrom email.message import EmailMessage\n\ndef send_contact(subject, body, sender):\n    msg = EmailMessage()\n    msg[\"From\"] = \"noreply@example.com\"\n    msg[\"Reply-To\"] = sender\n    msg[\"To\"] = \"support@example.com\"\n    msg[\"Subject\"] = subject\n    msg.set_content(body)\n    with smtplib.SMTP(\"localhost\") as smtp:\n        smtp.send_message(msg)\n"
 },
 {
  "name": "py_fn_makedirs_mode",
  "kind": "vuln",
  "lang": "python",
  "cwe": 732,
  "code": "# Task: create the per-user cache directory.\nimport os\n\ndef ensure_cache_dir(user):\n    path = os.path.join(\"/var/cache/app\", user)\n    os.makedirs(path, mode=0o777, exist_ok=True)\n    return path\n"
 },
 {
  "name": "py_fn_makedirs_mode",
  "kind": "safe",
  "lang": "python",
  "cwe": 732,
  "code": "# Task: create the per-user cache directory.\nimport os\n\ndef ensure_cache_dir(user_id: int):\n    path = os.path.join(\"/var/cache/app\", str(user_id))\n    os.makedirs(path, mode=0o700, exist_ok=True)\n    return path\n"
 },
 {
  "name": "py_fn_tmp_path",
  "kind": "vuln",
  "lang": "python",
  "cwe": 377,
  "code": "# Task: write a report to a temporary file for the mailer to pick up.\ndef write_report_tmp(report_id: int, content: str) -> str:\n    path = \"/tmp/report_%d.txt\" % report_id\n    with open(path, \"w\") as f:\n        f.write(content)\n    return path\n"
 },
 {
  "name": "py_fn_tmp_path",
  "kind": "safe",
  "lang": "python",
  "cwe": 377,
  "code": "# Task: write a report to a temporary file for the mailer to pick up.\nimport os\nimport tempfile\n\ndef write_report_tmp(report_id: int, content: str) -> str:\n    fd, path = tempfile.mkstemp(prefix=f\"report_{report_id}_\", suffix=\".txt\")\n    with os.fdopen(fd, \"w\") as f:\n        f.write(content)\n    return path\n"
 },
 {
  "name": "py_fn_health_ssrf",
  "kind": "vuln",
  "lang": "python",
  "cwe": 918,
  "code": "# Task: check the health endpoint of a service given its host and port.\nimport requests\n\ndef check_health(host: str, port: int) -> bool:\n    r = requests.get(f\"http://{host}:{port}/health\", timeout=3)\n    return r.status_code == 200\n"
 },
 {
  "name": "py_fn_health_ssrf",
  "kind": "safe",
  "lang": "python",
  "cwe": 918,
  "code": "# Task: check the health endpoint of a service given its name.\nimport requests\n\nSERVICES = {\"billing\": \"http://billing.internal:8080\", \"search\": \"http://search.internal:9200\"}\n\ndef check_health(service: str) -> bool:\n    base = SERVICES.get(service)\n    if base is None:\n        raise KeyError(service)\n    r = requests.get(base + \"/health\", timeout=3)\n    return r.status_code == 200\n"
 },
 {
  "name": "py_fn_redos_email",
  "kind": "vuln",
  "lang": "python",
  "cwe": 1333,
  "code": "# Task: validate an email address with a regular expression.\nimport re\n\nEMAIL_RE = re.compile(r\"^([a-zA-Z0-9_.+-]+)+@([a-zA-Z0-9-]+\\.)+[a-zA-Z]{2,}$\")\n\ndef is_valid_email(email: str) -> bool:\n    return EMAIL_RE.match(email) is not None\n"
 },
 {
  "name": "py_fn_redos_email",
  "kind": "safe",
  "lang": "python",
  "cwe": 1333,
  "code": "# Task: validate an email address with a regular expression.\nimport re\n\nEMAIL_RE = re.compile(r\"^[a-zA-Z0-9_.+-]+@[a-zA-Z0-9-]+(\\.[a-zA-Z0-9-]+)*\\.[a-zA-Z]{2,}$\")\n\ndef is_valid_email(email: str) -> bool:\n    return len(email) <= 254 and EMAIL_RE.match(email) is not None\n"
 },
 {
  "name": "py_fn_import_plugin",
  "kind": "safe",
  "lang": "python",
  "cwe": 94,
  "code": "# Task: load and run an export plugin chosen by name.\nimport importlib\n\nEXPORTERS = {\"csv\": \"exporters.csv_exporter\", \"json\": \"exporters.json_exporter\"}\n\ndef run_exporter(name, data):\n    if name not in EXPORTERS:\n        raise ValueError(\"unknown exporter\")\n    module = importlib.import_module(EXPORTERS[name])\n    return module.export(data)\n"
 },
 {
  "name": "py_fn_mongo_where",
  "kind": "vuln",
  "lang": "python",
  "cwe": 943,
  "code": "# Task: find the documents of a collection owned by a user (pymongo).\nfrom pymongo import MongoClient\n\nclient = MongoClient()\n\ndef docs_of(owner):\n    return list(client.app.docs.find({\"$where\": \"this.owner == '\" + owner + \"'\"}))\n"
 },
 {
  "name": "py_fn_mongo_where",
  "kind": "safe",
  "lang": "python",
  "cwe": 943,
  "code": "# Task: find the documents of a collection owned by a user (pymongo).\nfrom pymongo import MongoClient\n\nclient = MongoClient()\n\ndef docs_of(owner):\n    return list(client.app.docs.find({\"owner\": str(owner)}))\n"
 },
 {
  "name": "py_fn_sql_format_delete",
  "kind": "vuln",
  "lang": "python",
  "cwe": 89,
  "code": "# Task: delete log rows older than a given date string (MySQL).\nimport mysql.connector\n\ndef purge_logs(conn, before_date):\n    cur = conn.cursor()\n    cur.execute(\"DELETE FROM logs WHERE created_at < '{}'\".format(before_date))\n    conn.commit()\n    return cur.rowcount\n"
 },
 {
  "name": "py_fn_sql_format_delete",
  "kind": "safe",
  "lang": "python",
  "cwe": 89,
  "code": "# Task: delete log rows older than a given date string (MySQL).\nimport mysql.connector\n\ndef purge_logs(conn, before_date):\n    cur = conn.cursor()\n    cur.execute(\"DELETE FROM logs WHERE created_at < %s\", (before_date,))\n    conn.commit()\n    return cur.rowcount\n"
 },
 {
  "name": "js_fn_mysql_cb",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 89,
  "code": "// Task: get an order by id with the mysql driver.\nconst mysql = require('mysql');\nconst connection = mysql.createConnection({ host: 'localhost', user: 'app', database: 'shop' });\n\nfunction getOrder(orderId, callback) {\n  connection.query('SELECT * FROM orders WHERE id = ' + orderId, (err, rows) => {\n    if (err) return callback(err);\n    callback(null, rows[0]);\n  });\n}\n\nmodule.exports = { getOrder };\n"
 },
 {
  "name": "js_fn_mysql_cb",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 89,
  "code": "// Task: get an order by id with the mysql driver.\nconst mysql = require('mysql');\nconst connection = mysql.createConnection({ host: 'localhost', user: 'app', database: 'shop' });\n\nfunction getOrder(orderId, callback) {\n  connection.query('SELECT * FROM orders WHERE id = ?', [orderId], (err, rows) => {\n    if (err) return callback(err);\n    callback(null, rows[0]);\n  });\n}\n\nmodule.exports = { getOrder };\n"
 },
 {
  "name": "ts_fn_sequelize_raw",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 89,
  "code": "// Task: count the posts of an author with a raw Sequelize query.\nimport { Sequelize, QueryTypes } from 'sequelize';\n\nconst sequelize = new Sequelize(process.env.DATABASE_URL as string);\n\nexport async function countPosts(author: string): Promise<number> {\n  const rows: any[] = await sequelize.query(`SELECT COUNT(*) AS n FROM posts WHERE author = '${author}'`, { type: QueryTypes.SELECT });\n  return rows[0].n;\n}\n"
 },
 {
  "name": "ts_fn_sequelize_raw",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 89,
  "code": "// Task: count the posts of an author with a raw Sequelize query.\nimport { Sequelize, QueryTypes } from 'sequelize';\n\nconst sequelize = new Sequelize(process.env.DATABASE_URL as string);\n\nexport async function countPosts(author: string): Promise<number> {\n  const rows: any[] = await sequelize.query('SELECT COUNT(*) AS n FROM posts WHERE author = :author', { replacements: { author }, type: QueryTypes.SELECT });\n  return rows[0].n;\n}\n"
 },
 {
  "name": "js_fn_knex_raw",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 89,
  "code": "// Task: return users whose name starts with a prefix (knex).\nconst knex = require('knex')({ client: 'pg', connection: process.env.PG_URL });\n\nasync function usersWithPrefix(prefix) {\n  const result = await knex.raw(`SELECT id, name FROM users WHERE name LIKE '${prefix}%'`);\n  return result.rows;\n}\n\nmodule.exports = { usersWithPrefix };\n"
 },
 {
  "name": "js_fn_knex_raw",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 89,
  "code": "// Task: return users whose name starts with a prefix (knex).\nconst knex = require('knex')({ client: 'pg', connection: process.env.PG_URL });\n\nasync function usersWithPrefix(prefix) {\n  const result = await knex.raw('SELECT id, name FROM users WHERE name LIKE ?', [prefix + '%']);\n  return result.rows;\n}\n\nmodule.exports = { usersWithPrefix };\n"
 },
 {
  "name": "js_fn_mongo_where",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 943,
  "code": "// Task: find the notes of an owner in MongoDB.\nconst { MongoClient } = require('mongodb');\nconst client = new MongoClient(process.env.MONGO_URL);\n\nasync function notesOf(owner) {\n  return client.db('app').collection('notes').find({ $where: `this.owner === '${owner}'` }).toArray();\n}\n\nmodule.exports = { notesOf };\n"
 },
 {
  "name": "js_fn_mongo_where",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 943,
  "code": "// Task: find the notes of an owner in MongoDB.\nconst { MongoClient } = require('mongodb');\nconst client = new MongoClient(process.env.MONGO_URL);\n\nasync function notesOf(owner) {\n  return client.db('app').collection('notes').find({ owner: String(owner) }).toArray();\n}\n\nmodule.exports = { notesOf };\n"
 },
 {
  "name": "js_fn_spawn_sh",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 78,
  "code": "// Task: make a thumbnail of an image file with ImageMagick.\nconst { spawn } = require('child_process');\n\nfunction makeThumbnail(input, output) {\n  return new Promise((resolve, reject) => {\n    const p = spawn('sh', ['-c', `convert ${input} -thumbnail 200x200 ${output}`]);\n    p.on('close', (code) => (code === 0 ? resolve() : reject(new Error('convert failed'))));\n  });\n}\n\nmodule.exports = { makeThumbnail };\n"
 },
 {
  "name": "js_fn_spawn_sh",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 78,
  "code": "// Task: make a thumbnail of an image file with ImageMagick.\nconst { spawn } = require('child_process');\n\nfunction makeThumbnail(input, output) {\n  return new Promise((resolve, reject) => {\n    const p = spawn('convert', [input, '-thumbnail', '200x200', output]);\n    p.on('close', (code) => (code === 0 ? resolve() : reject(new Error('convert failed'))));\n  });\n}\n\nmodule.exports = { makeThumbnail };\n"
 },
 {
  "name": "ts_fn_git_clone",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 78,
  "code": "// Task: clone a repository URL into a working directory.\nimport { execSync } from 'child_process';\n\nexport function cloneRepo(repoUrl: string, dir: string): void {\n  const cmd = `git clone --depth 1 ${repoUrl} ${dir}`;\n  execSync(cmd, { stdio: 'inherit' });\n}\n"
 },
 {
  "name": "ts_fn_git_clone",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 78,
  "code": "// Task: clone a repository URL into a working directory.\nimport { execFileSync } from 'child_process';\n\nexport function cloneRepo(repoUrl: string, dir: string): void {\n  execFileSync('git', ['clone', '--depth', '1', '--', repoUrl, dir], { stdio: 'inherit' });\n}\n"
 },
 {
  "name": "js_fn_vm_formula",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 94,
  "code": "// Task: evaluate a spreadsheet-like formula with the given variables.\nconst vm = require('vm');\n\nfunction evaluateFormula(formula, variables) {\n  return vm.runInNewContext(formula, { ...variables });\n}\n\nmodule.exports = { evaluateFormula };\n"
 },
 {
  "name": "js_fn_vm_formula",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 94,
  "code": "// Task: evaluate a spreadsheet-like formula with the given variables.\nconst { Parser } = require('expr-eval');\n\nconst parser = new Parser();\n\nfunction evaluateFormula(formula, variables) {\n  return parser.parse(formula).evaluate({ ...variables });\n}\n\nmodule.exports = { evaluateFormula };\n"
 },
 {
  "name": "js_readline_eval",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 95,
  "code": "// Task: a command-line calculator that evaluates each line typed.\nconst readline = require('readline');\n\nconst rl = readline.createInterface({ input: process.stdin });\nrl.on('line', (line) => {\n  try {\n    console.log(eval(line));\n  } catch (e) {\n    console.log('error: ' + e.message);\n  }\n});\n"
 },
 {
  "name": "js_readline_eval",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 95,
  "code": "// Task: a command-line calculator that evaluates each line typed.\nconst readline = require('readline');\nconst { evaluate } = require('mathjs');\n\nconst rl = readline.createInterface({ input: process.stdin });\nrl.on('line', (line) => {\n  try {\n    console.log(evaluate(line));\n  } catch (e) {\n    console.log('error: ' + e.message);\n  }\n});\n"
 },
 {
  "name": "js_fn_write_upload",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 22,
  "code": "// Task: save an uploaded file's contents under its original name in ./uploads.\nconst fs = require('fs/promises');\n\nasync function saveUpload(filename, contents) {\n  await fs.writeFile(`./uploads/${filename}`, contents);\n  return `/uploads/${filename}`;\n}\n\nmodule.exports = { saveUpload };\n"
 },
 {
  "name": "js_fn_write_upload",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 22,
  "code": "// Task: save an uploaded file's contents under its original name in ./uploads.\nconst fs = require('fs/promises');\nconst path = require('path');\n\nasync function saveUpload(filename, contents) {\n  const safeName = path.basename(filename).replace(/[^a-zA-Z0-9._-]/g, '_');\n  await fs.writeFile(path.join('./uploads', safeName), contents);\n  return `/uploads/${safeName}`;\n}\n\nmodule.exports = { saveUpload };\n"
 },
 {
  "name": "js_fn_unlink",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 22,
  "code": "// Task: remove a cached export file by name.\nconst fs = require('fs');\nconst path = require('path');\n\nconst EXPORT_DIR = '/var/app/exports';\n\nfunction removeExport(name, cb) {\n  fs.unlink(path.join(EXPORT_DIR, name), cb);\n}\n\nmodule.exports = { removeExport };\n"
 },
 {
  "name": "js_fn_unlink",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 22,
  "code": "// Task: remove a cached export file by name.\nconst fs = require('fs');\nconst path = require('path');\n\nconst EXPORT_DIR = '/var/app/exports';\n\nfunction removeExport(name, cb) {\n  if (!/^[\\w-]+\\.csv$/.test(name)) return cb(new Error('bad name'));\n  fs.unlink(path.join(EXPORT_DIR, name), cb);\n}\n\nmodule.exports = { removeExport };\n"
 },
 {
  "name": "js_fn_md5_salt",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 916,
  "code": "// Task: hash a password with a salt for the users table.\nconst crypto = require('crypto');\n\nfunction hashPassword(password) {\n  const salt = crypto.randomBytes(16).toString('hex');\n  const hash = crypto.createHash('md5').update(salt + password).digest('hex');\n  return `${salt}:${hash}`;\n}\n\nmodule.exports = { hashPassword };\n"
 },
 {
  "name": "js_fn_md5_salt",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 916,
  "code": "// Task: hash a password with a salt for the users table.\nconst crypto = require('crypto');\n\nfunction hashPassword(password) {\n  const salt = crypto.randomBytes(16).toString('hex');\n  const hash = crypto.scryptSync(password, salt, 64).toString('hex');\n  return `${salt}:${hash}`;\n}\n\nmodule.exports = { hashPassword };\n"
 },
 {
  "name": "js_fn_rsa_1024",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 326,
  "code": "// Task: generate an RSA key pair for signing.\nconst { generateKeyPairSync } = require('crypto');\n\nfunction makeKeys() {\n  return generateKeyPairSync('rsa', {\n    modulusLength: 1024,\n    publicKeyEncoding: { type: 'spki', format: 'pem' },\n    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },\n  });\n}\n\nmodule.exports = { makeKeys };\n"
 },
 {
  "name": "js_fn_rsa_1024",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 326,
  "code": "// Task: generate an RSA key pair for signing.\nconst { generateKeyPairSync } = require('crypto');\n\nfunction makeKeys() {\n  return generateKeyPairSync('rsa', {\n    modulusLength: 3072,\n    publicKeyEncoding: { type: 'spki', format: 'pem' },\n    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },\n  });\n}\n\nmodule.exports = { makeKeys };\n"
 },
 {
  "name": "js_fn_uuid_v1",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 330,
  "code": "// Task: create a session identifier for a logged-in user.\nconst { v1: uuidv1 } = require('uuid');\n\nfunction createSession(store, userId) {\n  const sessionId = uuidv1();\n  store.set(sessionId, { userId, created: Date.now() });\n  return sessionId;\n}\n\nmodule.exports = { createSession };\n"
 },
 {
  "name": "js_fn_uuid_v1",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 330,
  "code": "// Task: create a session identifier for a logged-in user.\nconst crypto = require('crypto');\n\nfunction createSession(store, userId) {\n  const sessionId = crypto.randomUUID();\n  store.set(sessionId, { userId, created: Date.now() });\n  return sessionId;\n}\n\nmodule.exports = { createSession };\n"
 },
 {
  "name": "js_fn_3des",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 327,
  "code": "// Task: encrypt a short message for the legacy partner API.\nconst crypto = require('crypto');\n\nfunction encryptForPartner(text, key, iv) {\n  const cipher = crypto.createCipheriv('des-ede3-cbc', key, iv);\n  return cipher.update(text, 'utf8', 'base64') + cipher.final('base64');\n}\n\nmodule.exports = { encryptForPartner };\n"
 },
 {
  "name": "js_fn_3des",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 327,
  "code": "// Task: encrypt a short message for the partner API.\nconst crypto = require('crypto');\n\nfunction encryptForPartner(text, key) {\n  const iv = crypto.randomBytes(12);\n  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);\n  const data = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);\n  return Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64');\n}\n\nmodule.exports = { encryptForPartner };\n"
 },
 {
  "name": "js_fn_hardcoded_key",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 321,
  "code": "// Task: decrypt a token produced by our encrypt() helper.\nconst crypto = require('crypto');\n\nconst KEY = Buffer.from('0123456789abcdef0123456789abcdef', 'utf8');\n\nfunction decryptToken(b64) {\n  const raw = Buffer.from(b64, 'base64');\n  const decipher = crypto.createDecipheriv('aes-256-gcm', KEY, raw.subarray(0, 12));\n  decipher.setAuthTag(raw.subarray(12, 28));\n  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');\n}\n\nmodule.exports = { decryptToken };\n"
 },
 {
  "name": "js_fn_hardcoded_key",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 321,
  "code": "// Task: decrypt a token produced by our encrypt() helper.\nconst crypto = require('crypto');\n\nconst KEY = Buffer.from(process.env.TOKEN_KEY, 'hex');\n\nfunction decryptToken(b64) {\n  const raw = Buffer.from(b64, 'base64');\n  const decipher = crypto.createDecipheriv('aes-256-gcm', KEY, raw.subarray(0, 12));\n  decipher.setAuthTag(raw.subarray(12, 28));\n  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');\n}\n\nmodule.exports = { decryptToken };\n"
 },
 {
  "name": "js_fn_set_path",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 1321,
  "code": "// Task: set a value in a nested config object by a dotted path like \"server.port\".\nfunction setByPath(obj, dottedPath, value) {\n  const keys = dottedPath.split('.');\n  let cur = obj;\n  for (let i = 0; i < keys.length - 1; i++) {\n    if (cur[keys[i]] === undefined) cur[keys[i]] = {};\n    cur = cur[keys[i]];\n  }\n  cur[keys[keys.length - 1]] = value;\n  return obj;\n}\n\nmodule.exports = { setByPath };\n"
 },
 {
  "name": "js_fn_set_path",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 1321,
  "code": "// Task: set a value in a nested config object by a dotted path like \"server.port\".\nconst FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);\n\nfunction setByPath(obj, dottedPath, value) {\n  const keys = dottedPath.split('.');\n  if (keys.some((k) => FORBIDDEN.has(k))) throw new Error('invalid path');\n  let cur = obj;\n  for (let i = 0; i < keys.length - 1; i++) {\n    if (cur[keys[i]] === undefined) cur[keys[i]] = {};\n    cur = cur[keys[i]];\n  }\n  cur[keys[keys.length - 1]] = value;\n  return obj;\n}\n\nmodule.exports = { setByPath };\n"
 },
 {
  "name": "js_fn_redos_const",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 1333,
  "code": "// Task: check that a string is a list of words separated by single spaces.\nfunction isWordList(input) {\n  return /^(\\w+\\s?)*$/.test(input);\n}\n\nmodule.exports = { isWordList };\n"
 },
 {
  "name": "js_fn_redos_const",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 1333,
  "code": "// Task: check that a string is a list of words separated by single spaces.\nfunction isWordList(input) {\n  return /^\\w+( \\w+)*$/.test(input);\n}\n\nmodule.exports = { isWordList };\n"
 },
 {
  "name": "js_fn_template_fn",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 95,
  "code": "// Task: fill a template string like \"Hello ${name}\" with values from an object.\nfunction renderTemplate(template, data) {\n  const fn = new Function(...Object.keys(data), 'return `' + template + '`;');\n  return fn(...Object.values(data));\n}\n\nmodule.exports = { renderTemplate };\n"
 },
 {
  "name": "js_fn_template_fn",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 95,
  "code": "// Task: fill a template string like \"Hello ${name}\" with values from an object.\nfunction renderTemplate(template, data) {\n  return template.replace(/\\$\\{(\\w+)\\}/g, (_, key) => (key in data ? String(data[key]) : ''));\n}\n\nmodule.exports = { renderTemplate };\n"
 },
 {
  "name": "js_fn_require_plugin",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 829,
  "code": "// Task: load a formatter plugin by name from the plugins folder.\nfunction loadFormatter(name) {\n  const plugin = require(`./plugins/${name}`);\n  return plugin.format;\n}\n\nmodule.exports = { loadFormatter };\n"
 },
 {
  "name": "js_fn_require_plugin",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 829,
  "code": "// Task: load a formatter plugin by name from the plugins folder.\nconst FORMATTERS = {\n  csv: () => require('./plugins/csv'),\n  json: () => require('./plugins/json'),\n};\n\nfunction loadFormatter(name) {\n  const load = FORMATTERS[name];\n  if (!load) throw new Error('unknown formatter');\n  return load().format;\n}\n\nmodule.exports = { loadFormatter };\n"
 },
 {
  "name": "ts_cli_sqlite_argv",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 89,
  "code": "#!/usr/bin/env ts-node\n// Task: print the rows of the \"books\" table whose author is given as argument.\nimport sqlite3 from 'sqlite3';\n\nconst author = process.argv[2];\nconst db = new sqlite3.Database('library.db');\ndb.all(`SELECT title, year FROM books WHERE author = '${author}'`, (err, rows) => {\n  if (err) throw err;\n  console.table(rows);\n  db.close();\n});\n"
 },
 {
  "name": "ts_cli_sqlite_argv",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 89,
  "code": "#!/usr/bin/env ts-node\n// Task: print the rows of the \"books\" table whose author is given as argument.\nimport sqlite3 from 'sqlite3';\n\nconst author = process.argv[2];\nconst db = new sqlite3.Database('library.db');\ndb.all('SELECT title, year FROM books WHERE author = ?', [author], (err, rows) => {\n  if (err) throw err;\n  console.table(rows);\n  db.close();\n});\n"
 },
 {
  "name": "js_fn_http_status",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 918,
  "code": "// Task: ask a node in the cluster for its status, given its host name.\nconst http = require('http');\n\nfunction nodeStatus(host) {\n  return new Promise((resolve, reject) => {\n    http.get('http://' + host + ':8080/status', (res) => {\n      let body = '';\n      res.on('data', (c) => (body += c));\n      res.on('end', () => resolve(body));\n    }).on('error', reject);\n  });\n}\n\nmodule.exports = { nodeStatus };\n"
 },
 {
  "name": "js_fn_http_status",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 918,
  "code": "// Task: ask a node in the cluster for its status, given its node number.\nconst http = require('http');\n\nconst NODES = ['node-a.internal', 'node-b.internal', 'node-c.internal'];\n\nfunction nodeStatus(index) {\n  const host = NODES[Number(index)];\n  if (!host) return Promise.reject(new Error('unknown node'));\n  return new Promise((resolve, reject) => {\n    http.get('http://' + host + ':8080/status', (res) => {\n      let body = '';\n      res.on('data', (c) => (body += c));\n      res.on('end', () => resolve(body));\n    }).on('error', reject);\n  });\n}\n\nmodule.exports = { nodeStatus };\n"
 },
 {
  "name": "js_fn_apikey_compare",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 208,
  "code": "// Task: check an API key passed by a client against the configured key.\nfunction isAuthorized(apiKey) {\n  return apiKey === process.env.API_KEY;\n}\n\nmodule.exports = { isAuthorized };\n"
 },
 {
  "name": "js_fn_apikey_compare",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 208,
  "code": "// Task: check an API key passed by a client against the configured key.\nconst crypto = require('crypto');\n\nfunction isAuthorized(apiKey) {\n  const a = crypto.createHash('sha256').update(String(apiKey)).digest();\n  const b = crypto.createHash('sha256').update(process.env.API_KEY).digest();\n  return crypto.timingSafeEqual(a, b);\n}\n\nmodule.exports = { isAuthorized };\n"
 },
 {
  "name": "js_fn_mkdir_mode",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 732,
  "code": "// Task: create the shared spool directory for the job runner.\nconst fs = require('fs');\n\nfunction ensureSpool(dir) {\n  fs.mkdirSync(dir, { recursive: true, mode: 0o777 });\n  return dir;\n}\n\nmodule.exports = { ensureSpool };\n"
 },
 {
  "name": "js_fn_mkdir_mode",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 732,
  "code": "// Task: create the shared spool directory for the job runner.\nconst fs = require('fs');\n\nfunction ensureSpool(dir) {\n  fs.mkdirSync(dir, { recursive: true, mode: 0o750 });\n  return dir;\n}\n\nmodule.exports = { ensureSpool };\n"
 },
 {
  "name": "py_cls_repo_sql",
  "kind": "vuln",
  "lang": "python",
  "cwe": 89,
  "code": "# Task: a small repository class with a method that finds a user by name.\nimport sqlite3\n\nclass UserRepository:\n    def __init__(self, path=\"app.db\"):\n        self.conn = sqlite3.connect(path)\n\n    def find_by_name(self, name):\n        sql = f\"SELECT id, name, email FROM users WHERE name = '{name}'\"\n        return self.conn.execute(sql).fetchall()\n"
 },
 {
  "name": "py_cls_repo_sql",
  "kind": "safe",
  "lang": "python",
  "cwe": 89,
  "code": "# Task: a small repository class with a method that finds a user by name.\nimport sqlite3\n\nclass UserRepository:\n    def __init__(self, path=\"app.db\"):\n        self.conn = sqlite3.connect(path)\n\n    def find_by_name(self, name):\n        sql = \"SELECT id, name, email FROM users WHERE name = ?\"\n        return self.conn.execute(sql, (name,)).fetchall()\n"
 },
 {
  "name": "py_fn_tar_shell",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "# Task: extract a tar archive into /tmp/work using the tar command.\nimport subprocess\n\ndef untar(archive):\n    archive = archive.strip()\n    subprocess.run(f\"tar -xzf {archive} -C /tmp/work\", shell=True, check=True)\n"
 },
 {
  "name": "py_fn_tar_shell",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "# Task: extract a tar archive into /tmp/work using the tar command.\nimport shlex\nimport subprocess\n\ndef untar(archive):\n    archive = archive.strip()\n    subprocess.run(f\"tar -xzf {shlex.quote(archive)} -C /tmp/work\", shell=True, check=True)\n"
 },
 {
  "name": "py_fn_normpath",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "# Task: serve a static asset by relative path from the assets folder.\nimport os\n\nASSETS = \"/opt/site/assets\"\n\ndef read_asset(rel_path):\n    full = os.path.normpath(os.path.join(ASSETS, rel_path))\n    with open(full, \"rb\") as f:\n        return f.read()\n"
 },
 {
  "name": "py_fn_normpath",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "# Task: serve a static asset by relative path from the assets folder.\nfrom pathlib import Path\n\nASSETS = Path(\"/opt/site/assets\").resolve()\n\ndef read_asset(rel_path):\n    full = (ASSETS / rel_path).resolve()\n    try:\n        full.relative_to(ASSETS)\n    except ValueError:\n        raise PermissionError(\"outside assets\")\n    return full.read_bytes()\n"
 },
 {
  "name": "py_fn_sql_in_list",
  "kind": "vuln",
  "lang": "python",
  "cwe": 89,
  "code": "# Task: delete the users whose ids are given in a list.\ndef delete_users(conn, user_ids):\n    ids = \",\".join(str(i) for i in user_ids)\n    cur = conn.cursor()\n    cur.execute(\"DELETE FROM users WHERE id IN (\" + ids + \")\")\n    conn.commit()\n"
 },
 {
  "name": "py_fn_sql_in_list",
  "kind": "safe",
  "lang": "python",
  "cwe": 89,
  "code": "# Task: delete the users whose ids are given in a list.\ndef delete_users(conn, user_ids):\n    placeholders = \",\".join(\"?\" for _ in user_ids)\n    cur = conn.cursor()\n    cur.execute(\"DELETE FROM users WHERE id IN (\" + placeholders + \")\", list(user_ids))\n    conn.commit()\n"
 },
 {
  "name": "py_fn_yaml_file",
  "kind": "vuln",
  "lang": "python",
  "cwe": 502,
  "code": "# Task: read a YAML settings file given by path.\nimport yaml\n\ndef read_settings(path):\n    with open(path) as f:\n        return yaml.load(f, Loader=yaml.UnsafeLoader)\n"
 },
 {
  "name": "py_fn_yaml_file",
  "kind": "safe",
  "lang": "python",
  "cwe": 502,
  "code": "# Task: read a YAML settings file given by path.\nimport yaml\n\ndef read_settings(path):\n    with open(path) as f:\n        return yaml.load(f, Loader=yaml.SafeLoader)\n"
 },
 {
  "name": "py_fn_time_token",
  "kind": "vuln",
  "lang": "python",
  "cwe": 330,
  "code": "# Task: create a session token for a user.\nimport hashlib\nimport time\n\ndef make_session_token(username):\n    seed = f\"{username}:{time.time()}\"\n    return hashlib.sha256(seed.encode()).hexdigest()\n"
 },
 {
  "name": "py_fn_time_token",
  "kind": "safe",
  "lang": "python",
  "cwe": 330,
  "code": "# Task: create a session token for a user.\nimport secrets\n\ndef make_session_token(username):\n    return secrets.token_urlsafe(32)\n"
 },
 {
  "name": "py_cli_argparse_read",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "#!/usr/bin/env python3\n# Task: print a template from the templates directory, chosen with --name.\nimport argparse\nimport os\n\nTEMPLATES = \"/etc/myapp/templates\"\n\ndef main():\n    ap = argparse.ArgumentParser()\n    ap.add_argument(\"--name\", required=True)\n    args = ap.parse_args()\n    with open(os.path.join(TEMPLATES, args.name + \".tmpl\")) as f:\n        print(f.read())\n\nif __name__ == \"__main__\":\n    main()\n"
 },
 {
  "name": "py_cli_argparse_read",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "#!/usr/bin/env python3\n# Task: print a template from the templates directory, chosen with --name.\nimport argparse\nimport os\n\nTEMPLATES = \"/etc/myapp/templates\"\n\ndef main():\n    ap = argparse.ArgumentParser()\n    ap.add_argument(\"--name\", required=True, choices=sorted(n[:-5] for n in os.listdir(TEMPLATES) if n.endswith(\".tmpl\")))\n    args = ap.parse_args()\n    with open(os.path.join(TEMPLATES, os.path.basename(args.name) + \".tmpl\")) as f:\n        print(f.read())\n\nif __name__ == \"__main__\":\n    main()\n"
 },
 {
  "name": "py_fn_popen_ffmpeg",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "# Task: transcode a video file to mp4 and wait for ffmpeg.\nimport subprocess\n\ndef transcode(src, dst):\n    proc = subprocess.Popen(\"ffmpeg -y -i \" + src + \" \" + dst, shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    _, err = proc.communicate()\n    return proc.returncode, err\n"
 },
 {
  "name": "py_fn_popen_ffmpeg",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "# Task: transcode a video file to mp4 and wait for ffmpeg.\nimport subprocess\n\ndef transcode(src, dst):\n    proc = subprocess.Popen([\"ffmpeg\", \"-y\", \"-i\", src, dst], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    _, err = proc.communicate()\n    return proc.returncode, err\n"
 },
 {
  "name": "py_fn_jwt_none_alg",
  "kind": "vuln",
  "lang": "python",
  "cwe": 347,
  "code": "# Task: decode and verify an access token with PyJWT.\nimport jwt\n\ndef verify_access_token(token, key):\n    return jwt.decode(token, key, algorithms=[\"HS256\", \"none\"])\n"
 },
 {
  "name": "py_fn_jwt_none_alg",
  "kind": "safe",
  "lang": "python",
  "cwe": 347,
  "code": "# Task: decode and verify an access token with PyJWT.\nimport jwt\n\ndef verify_access_token(token, key):\n    return jwt.decode(token, key, algorithms=[\"HS256\"], options={\"require\": [\"exp\", \"sub\"]})\n"
 },
 {
  "name": "py_fn_lxml_dtd",
  "kind": "vuln",
  "lang": "python",
  "cwe": 611,
  "code": "# Task: parse an uploaded XML invoice and return the total.\nfrom lxml import etree\n\ndef invoice_total(xml_bytes):\n    parser = etree.XMLParser(load_dtd=True, no_network=False)\n    doc = etree.fromstring(xml_bytes, parser=parser)\n    return float(doc.findtext(\"total\"))\n"
 },
 {
  "name": "py_fn_lxml_dtd",
  "kind": "safe",
  "lang": "python",
  "cwe": 611,
  "code": "# Task: parse an uploaded XML invoice and return the total.\nfrom lxml import etree\n\ndef invoice_total(xml_bytes):\n    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)\n    doc = etree.fromstring(xml_bytes, parser=parser)\n    return float(doc.findtext(\"total\"))\n"
 },
 {
  "name": "py_fn_chmod_stat",
  "kind": "vuln",
  "lang": "python",
  "cwe": 732,
  "code": "# Task: make the generated deploy script executable.\nimport os\nimport stat\n\ndef make_executable(path):\n    os.chmod(path, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)\n"
 },
 {
  "name": "py_fn_chmod_stat",
  "kind": "safe",
  "lang": "python",
  "cwe": 732,
  "code": "# Task: make the generated deploy script executable.\nimport os\nimport stat\n\ndef make_executable(path):\n    os.chmod(path, stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP)\n"
 },
 {
  "name": "py_fn_url_prefix",
  "kind": "vuln",
  "lang": "python",
  "cwe": 20,
  "code": "# Task: validate that a callback URL belongs to our API before calling it.\nimport requests\n\ndef call_back(callback_url, payload):\n    if not callback_url.startswith(\"https://api.example.com\"):\n        raise ValueError(\"callback not allowed\")\n    return requests.post(callback_url, json=payload, timeout=5)\n"
 },
 {
  "name": "py_fn_url_prefix",
  "kind": "safe",
  "lang": "python",
  "cwe": 20,
  "code": "# Task: validate that a callback URL belongs to our API before calling it.\nfrom urllib.parse import urlparse\nimport requests\n\ndef call_back(callback_url, payload):\n    u = urlparse(callback_url)\n    if u.scheme != \"https\" or u.hostname != \"api.example.com\":\n        raise ValueError(\"callback not allowed\")\n    return requests.post(callback_url, json=payload, timeout=5)\n"
 },
 {
  "name": "py_fn_api_path",
  "kind": "vuln",
  "lang": "python",
  "cwe": 918,
  "code": "# Task: call our API at the path the caller gives and return the JSON.\nimport requests\n\nAPI = \"https://api.example.com\"\n\ndef api_get(path):\n    return requests.get(API + path, timeout=5).json()\n"
 },
 {
  "name": "py_fn_api_path",
  "kind": "safe",
  "lang": "python",
  "cwe": 918,
  "code": "# Task: get a user record from our API by id.\nimport requests\nfrom urllib.parse import quote\n\nAPI = \"https://api.example.com\"\n\ndef api_get_user(user_id):\n    return requests.get(API + \"/users/\" + quote(str(user_id), safe=\"\"), timeout=5).json()\n"
 },
 {
  "name": "ts_cls_repo_sql",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 89,
  "code": "// Task: a repository class with a method that loads an article by slug (mysql2).\nimport mysql from 'mysql2/promise';\n\nexport class ArticleRepository {\n  constructor(private pool: mysql.Pool) {}\n\n  async findBySlug(slug: string) {\n    const [rows] = await this.pool.query(`SELECT * FROM articles WHERE slug = '${slug}' LIMIT 1`);\n    return (rows as any[])[0];\n  }\n}\n"
 },
 {
  "name": "ts_cls_repo_sql",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 89,
  "code": "// Task: a repository class with a method that loads an article by slug (mysql2).\nimport mysql from 'mysql2/promise';\n\nexport class ArticleRepository {\n  constructor(private pool: mysql.Pool) {}\n\n  async findBySlug(slug: string) {\n    const [rows] = await this.pool.execute('SELECT * FROM articles WHERE slug = ? LIMIT 1', [slug]);\n    return (rows as any[])[0];\n  }\n}\n"
 },
 {
  "name": "js_fn_du",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 78,
  "code": "// Task: return the disk usage of a directory in kilobytes.\nconst { execSync } = require('child_process');\n\nfunction diskUsage(dir) {\n  const out = execSync('du -sk ' + dir.trim()).toString();\n  return parseInt(out.split('\\t')[0], 10);\n}\n\nmodule.exports = { diskUsage };\n"
 },
 {
  "name": "js_fn_du",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 78,
  "code": "// Task: return the disk usage of a directory in kilobytes.\nconst { execFileSync } = require('child_process');\n\nfunction diskUsage(dir) {\n  const out = execFileSync('du', ['-sk', '--', dir.trim()]).toString();\n  return parseInt(out.split('\\t')[0], 10);\n}\n\nmodule.exports = { diskUsage };\n"
 },
 {
  "name": "js_fn_normalize",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 22,
  "code": "// Task: read a static asset by relative path from the public folder.\nconst fs = require('fs');\nconst path = require('path');\n\nconst PUBLIC = path.join(__dirname, 'public');\n\nfunction readAsset(relPath) {\n  const full = path.normalize(PUBLIC + '/' + relPath);\n  return fs.readFileSync(full);\n}\n\nmodule.exports = { readAsset };\n"
 },
 {
  "name": "js_fn_normalize",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 22,
  "code": "// Task: read a static asset by relative path from the public folder.\nconst fs = require('fs');\nconst path = require('path');\n\nconst PUBLIC = path.join(__dirname, 'public');\n\nfunction readAsset(relPath) {\n  const full = path.resolve(PUBLIC, relPath);\n  const rel = path.relative(PUBLIC, full);\n  if (rel.startsWith('..') || path.isAbsolute(rel)) {\n    throw new Error('Forbidden path');\n  }\n  return fs.readFileSync(full);\n}\n\nmodule.exports = { readAsset };\n"
 },
 {
  "name": "js_fn_sql_in_list",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 89,
  "code": "// Task: fetch the products whose ids are given (sqlite3).\nconst sqlite3 = require('sqlite3');\nconst db = new sqlite3.Database('shop.db');\n\nfunction productsByIds(ids) {\n  return new Promise((resolve, reject) => {\n    db.all(`SELECT * FROM products WHERE id IN (${ids.join(',')})`, (err, rows) => (err ? reject(err) : resolve(rows)));\n  });\n}\n\nmodule.exports = { productsByIds };\n"
 },
 {
  "name": "js_fn_sql_in_list",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 89,
  "code": "// Task: fetch the products whose ids are given (sqlite3).\nconst sqlite3 = require('sqlite3');\nconst db = new sqlite3.Database('shop.db');\n\nfunction productsByIds(ids) {\n  const placeholders = ids.map(() => '?').join(',');\n  return new Promise((resolve, reject) => {\n    db.all(`SELECT * FROM products WHERE id IN (${placeholders})`, ids, (err, rows) => (err ? reject(err) : resolve(rows)));\n  });\n}\n\nmodule.exports = { productsByIds };\n"
 },
 {
  "name": "js_fn_eval_deser",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 95,
  "code": "// Task: turn a serialized JavaScript object literal back into an object.\nfunction deserialize(serialized) {\n  return eval('(' + serialized + ')');\n}\n\nmodule.exports = { deserialize };\n"
 },
 {
  "name": "js_fn_eval_deser",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 95,
  "code": "// Task: turn a serialized JSON object back into an object.\nfunction deserialize(serialized) {\n  return JSON.parse(serialized);\n}\n\nmodule.exports = { deserialize };\n"
 },
 {
  "name": "js_fn_time_token",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 330,
  "code": "// Task: generate an email verification token.\nconst crypto = require('crypto');\n\nfunction verificationToken(email) {\n  return crypto.createHash('sha256').update(email + Date.now()).digest('hex');\n}\n\nmodule.exports = { verificationToken };\n"
 },
 {
  "name": "js_fn_time_token",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 330,
  "code": "// Task: generate an email verification token.\nconst crypto = require('crypto');\n\nfunction verificationToken(email) {\n  return crypto.randomBytes(32).toString('base64url');\n}\n\nmodule.exports = { verificationToken };\n"
 },
 {
  "name": "js_cli_yargs_read",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 22,
  "code": "#!/usr/bin/env node\n// Task: print a note from the notes directory; the note name comes from --name.\nconst fs = require('fs');\nconst path = require('path');\nconst argv = require('yargs/yargs')(process.argv.slice(2)).argv;\n\nconst NOTES = path.join(require('os').homedir(), '.notes');\nconsole.log(fs.readFileSync(path.join(NOTES, argv.name + '.md'), 'utf8'));\n"
 },
 {
  "name": "js_cli_yargs_read",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 22,
  "code": "#!/usr/bin/env node\n// Task: print a note from the notes directory; the note name comes from --name.\nconst fs = require('fs');\nconst path = require('path');\nconst argv = require('yargs/yargs')(process.argv.slice(2)).argv;\n\nconst NOTES = path.join(require('os').homedir(), '.notes');\nconst name = path.basename(String(argv.name));\nconsole.log(fs.readFileSync(path.join(NOTES, name + '.md'), 'utf8'));\n"
 },
 {
  "name": "js_fn_ffmpeg_quoted",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 78,
  "code": "// Task: extract the audio track of a video with ffmpeg.\nconst { exec } = require('child_process');\nconst util = require('util');\nconst run = util.promisify(exec);\n\nasync function extractAudio(src, dst) {\n  await run(`ffmpeg -y -i \"${src}\" -vn -acodec copy \"${dst}\"`);\n  return dst;\n}\n\nmodule.exports = { extractAudio };\n"
 },
 {
  "name": "js_fn_ffmpeg_quoted",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 78,
  "code": "// Task: extract the audio track of a video with ffmpeg.\nconst { execFile } = require('child_process');\nconst util = require('util');\nconst run = util.promisify(execFile);\n\nasync function extractAudio(src, dst) {\n  await run('ffmpeg', ['-y', '-i', src, '-vn', '-acodec', 'copy', dst]);\n  return dst;\n}\n\nmodule.exports = { extractAudio };\n"
 },
 {
  "name": "js_fn_chmod_666",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 732,
  "code": "// Task: write the shared configuration file.\nconst fs = require('fs');\n\nfunction writeSharedConfig(file, config) {\n  fs.writeFileSync(file, JSON.stringify(config, null, 2));\n  fs.chmodSync(file, 0o666);\n}\n\nmodule.exports = { writeSharedConfig };\n"
 },
 {
  "name": "js_fn_chmod_666",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 732,
  "code": "// Task: write the shared configuration file.\nconst fs = require('fs');\n\nfunction writeSharedConfig(file, config) {\n  fs.writeFileSync(file, JSON.stringify(config, null, 2));\n  fs.chmodSync(file, 0o640);\n}\n\nmodule.exports = { writeSharedConfig };\n"
 },
 {
  "name": "js_fn_url_prefix",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 20,
  "code": "// Task: only follow return URLs that point to our app.\nfunction safeReturnUrl(returnUrl) {\n  if (returnUrl.startsWith('https://app.example.com')) {\n    return returnUrl;\n  }\n  return '/dashboard';\n}\n\nmodule.exports = { safeReturnUrl };\n"
 },
 {
  "name": "js_fn_url_prefix",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 20,
  "code": "// Task: only follow return URLs that point to our app.\nfunction safeReturnUrl(returnUrl) {\n  try {\n    const u = new URL(returnUrl);\n    if (u.origin === 'https://app.example.com') return u.toString();\n  } catch (e) {\n    // not an absolute URL\n  }\n  return '/dashboard';\n}\n\nmodule.exports = { safeReturnUrl };\n"
 },
 {
  "name": "js_fn_api_path",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 918,
  "code": "// Task: proxy a GET to our backend API for the given path.\nconst axios = require('axios');\n\nconst BACKEND = 'https://backend.example.com';\n\nasync function backendGet(apiPath) {\n  const res = await axios.get(BACKEND + apiPath);\n  return res.data;\n}\n\nmodule.exports = { backendGet };\n"
 },
 {
  "name": "js_fn_api_path",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 918,
  "code": "// Task: get an order from our backend API by id.\nconst axios = require('axios');\n\nconst BACKEND = 'https://backend.example.com';\n\nasync function backendGetOrder(orderId) {\n  const res = await axios.get(`${BACKEND}/orders/${encodeURIComponent(orderId)}`);\n  return res.data;\n}\n\nmodule.exports = { backendGetOrder };\n"
 },
 {
  "name": "ts_browser_comment",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 79,
  "code": "// Task: render a list of comments fetched from the API into the page.\ninterface Comment { author: string; text: string }\n\nexport function renderComments(list: HTMLElement, comments: Comment[]): void {\n  list.innerHTML = comments.map((c) => `<li><b>${c.author}</b>: ${c.text}</li>`).join('');\n}\n"
 },
 {
  "name": "ts_browser_comment",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 79,
  "code": "// Task: render a list of comments fetched from the API into the page.\ninterface Comment { author: string; text: string }\n\nexport function renderComments(list: HTMLElement, comments: Comment[]): void {\n  list.replaceChildren();\n  for (const c of comments) {\n    const li = document.createElement('li');\n    const b = document.createElement('b');\n    b.textContent = c.author;\n    li.append(b, ': ' + c.text);\n    list.appendChild(li);\n  }\n}\n"
 },
 {
  "name": "js_browser_hash",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 79,
  "code": "// Task: show the section name from the URL fragment in the page header.\nwindow.addEventListener('hashchange', showSection);\nfunction showSection() {\n  const section = decodeURIComponent(location.hash.slice(1));\n  document.getElementById('title').innerHTML = 'Section: ' + section;\n}\nshowSection();\n"
 },
 {
  "name": "js_browser_hash",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 79,
  "code": "// Task: show the section name from the URL fragment in the page header.\nwindow.addEventListener('hashchange', showSection);\nfunction showSection() {\n  const section = decodeURIComponent(location.hash.slice(1));\n  document.getElementById('title').textContent = 'Section: ' + section;\n}\nshowSection();\n"
 },
 {
  "name": "js_fn_jwt_ignore_exp",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 347,
  "code": "// Task: verify a JWT signed with our RSA public key.\nconst jwt = require('jsonwebtoken');\nconst fs = require('fs');\n\nconst PUBLIC_KEY = fs.readFileSync('keys/public.pem');\n\nfunction verify(token) {\n  return jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256', 'HS256'] });\n}\n\nmodule.exports = { verify };\n"
 },
 {
  "name": "js_fn_jwt_ignore_exp",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 347,
  "code": "// Task: verify a JWT signed with our RSA public key.\nconst jwt = require('jsonwebtoken');\nconst fs = require('fs');\n\nconst PUBLIC_KEY = fs.readFileSync('keys/public.pem');\n\nfunction verify(token) {\n  return jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'] });\n}\n\nmodule.exports = { verify };\n"
 },
 {
  "name": "py_cli_stdin_sql",
  "kind": "vuln",
  "lang": "python",
  "cwe": 89,
  "code": "# Task: read user names from stdin, one per line, and print each user's last login.\nimport sqlite3\nimport sys\n\ndef main():\n    conn = sqlite3.connect(\"users.db\")\n    for line in sys.stdin:\n        name = line.strip()\n        row = conn.execute(\"SELECT last_login FROM users WHERE name = '%s'\" % name).fetchone()\n        print(name, row[0] if row else \"never\")\n\nif __name__ == \"__main__\":\n    main()\n"
 },
 {
  "name": "py_cli_stdin_sql",
  "kind": "safe",
  "lang": "python",
  "cwe": 89,
  "code": "# Task: read user names from stdin, one per line, and print each user's last login.\nimport sqlite3\nimport sys\n\ndef main():\n    conn = sqlite3.connect(\"users.db\")\n    for line in sys.stdin:\n        name = line.strip()\n        row = conn.execute(\"SELECT last_login FROM users WHERE name = ?\", (name,)).fetchone()\n        print(name, row[0] if row else \"never\")\n\nif __name__ == \"__main__\":\n    main()\n"
 },
 {
  "name": "py_fn_env_cmd",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "# Task: run the nightly backup to the target configured in the environment.\nimport os\n\ndef run_backup():\n    target = os.environ.get(\"BACKUP_TARGET\", \"/mnt/backup\")\n    return os.system(\"rsync -a /srv/data/ \" + target)\n"
 },
 {
  "name": "py_fn_env_cmd",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "# Task: run the nightly backup to the target configured in the environment.\nimport os\nimport subprocess\n\ndef run_backup():\n    target = os.environ.get(\"BACKUP_TARGET\", \"/mnt/backup\")\n    return subprocess.run([\"rsync\", \"-a\", \"/srv/data/\", target], check=False).returncode\n"
 },
 {
  "name": "py_fn_copy_share",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "# Task: publish one of a user's documents by copying it to the public share.\nimport os\nimport shutil\n\nDOCS = \"/srv/docs\"\nPUBLIC = \"/srv/public\"\n\ndef publish(owner, doc_name):\n    src = os.path.join(DOCS, owner, doc_name)\n    shutil.copy(src, PUBLIC)\n"
 },
 {
  "name": "py_fn_copy_share",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "# Task: publish one of a user's documents by copying it to the public share.\nimport os\nimport shutil\n\nDOCS = \"/srv/docs\"\nPUBLIC = \"/srv/public\"\n\ndef publish(owner, doc_name):\n    src = os.path.join(DOCS, os.path.basename(owner), os.path.basename(doc_name))\n    shutil.copy(src, PUBLIC)\n"
 },
 {
  "name": "py_fn_read_pickle",
  "kind": "vuln",
  "lang": "python",
  "cwe": 502,
  "code": "# Task: load a DataFrame that a user uploaded.\nimport pandas as pd\n\ndef load_uploaded_frame(path):\n    return pd.read_pickle(path)\n"
 },
 {
  "name": "py_fn_read_pickle",
  "kind": "safe",
  "lang": "python",
  "cwe": 502,
  "code": "# Task: load a DataFrame that a user uploaded.\nimport pandas as pd\n\ndef load_uploaded_frame(path):\n    return pd.read_csv(path)\n"
 },
 {
  "name": "py_fn_des",
  "kind": "vuln",
  "lang": "python",
  "cwe": 327,
  "code": "# Task: encrypt a record with a shared 8-byte key (PyCryptodome).\nfrom Crypto.Cipher import DES\nfrom Crypto.Random import get_random_bytes\nfrom Crypto.Util.Padding import pad\n\ndef encrypt_record(key: bytes, data: bytes) -> bytes:\n    iv = get_random_bytes(8)\n    cipher = DES.new(key, DES.MODE_CBC, iv)\n    return iv + cipher.encrypt(pad(data, 8))\n"
 },
 {
  "name": "py_fn_des",
  "kind": "safe",
  "lang": "python",
  "cwe": 327,
  "code": "# Task: encrypt a record with a shared 32-byte key (PyCryptodome).\nfrom Crypto.Cipher import AES\n\ndef encrypt_record(key: bytes, data: bytes) -> bytes:\n    cipher = AES.new(key, AES.MODE_GCM)\n    ct, tag = cipher.encrypt_and_digest(data)\n    return cipher.nonce + tag + ct\n"
 },
 {
  "name": "py_fn_temp_password",
  "kind": "vuln",
  "lang": "python",
  "cwe": 338,
  "code": "# Task: generate a temporary password for a new account.\nimport random\nimport string\n\ndef temporary_password(length: int = 12) -> str:\n    chars = string.ascii_letters + string.digits + \"!@#$%\"\n    return \"\".join(random.choices(chars, k=length))\n"
 },
 {
  "name": "py_fn_temp_password",
  "kind": "safe",
  "lang": "python",
  "cwe": 338,
  "code": "# Task: generate a temporary password for a new account.\nimport secrets\nimport string\n\ndef temporary_password(length: int = 12) -> str:\n    chars = string.ascii_letters + string.digits + \"!@#$%\"\n    return \"\".join(secrets.choice(chars) for _ in range(length))\n"
 },
 {
  "name": "py_fn_ls_format",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "# Task: return a long listing of a directory.\nimport subprocess\n\ndef list_dir(path):\n    return subprocess.check_output(\"ls -la {}\".format(path), shell=True, text=True)\n"
 },
 {
  "name": "py_fn_ls_format",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "# Task: return a long listing of a directory.\nimport subprocess\n\ndef list_dir(path):\n    return subprocess.check_output([\"ls\", \"-la\", \"--\", path], text=True)\n"
 },
 {
  "name": "py_fn_xpath_percent",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "# Task: find books by title in a catalog XML tree.\ndef find_books(root, title):\n    return root.xpath(\"//book[title='%s']\" % title)\n"
 },
 {
  "name": "py_fn_xpath_percent",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "# Task: find books by title in a catalog XML tree.\ndef find_books(root, title):\n    return root.xpath(\"//book[title=$t]\", t=title)\n"
 },
 {
  "name": "py_fn_ldap3",
  "kind": "vuln",
  "lang": "python",
  "cwe": 90,
  "code": "# Task: check whether an Active Directory account exists (ldap3).\nfrom ldap3 import Server, Connection, SUBTREE\n\ndef account_exists(conn: Connection, account: str) -> bool:\n    conn.search(\"dc=corp,dc=example,dc=com\", \"(&(objectClass=user)(sAMAccountName=%s))\" % account, SUBTREE)\n    return len(conn.entries) > 0\n"
 },
 {
  "name": "py_fn_ldap3",
  "kind": "safe",
  "lang": "python",
  "cwe": 90,
  "code": "# Task: check whether an Active Directory account exists (ldap3).\nfrom ldap3 import Server, Connection, SUBTREE\nfrom ldap3.utils.conv import escape_filter_chars\n\ndef account_exists(conn: Connection, account: str) -> bool:\n    conn.search(\"dc=corp,dc=example,dc=com\", \"(&(objectClass=user)(sAMAccountName=%s))\" % escape_filter_chars(account), SUBTREE)\n    return len(conn.entries) > 0\n"
 },
 {
  "name": "py_fn_secret_default",
  "kind": "vuln",
  "lang": "python",
  "cwe": 798,
  "code": "# Task: issue a signed JWT for a user id.\nimport datetime\nimport os\nimport jwt\n\nSECRET_KEY = os.environ.get(\"JWT_SECRET\", \"dev-secret-change-me\")\n\ndef issue_token(user_id):\n    payload = {\"sub\": str(user_id), \"exp\": datetime.datetime.utcnow() + datetime.timedelta(hours=1)}\n    return jwt.encode(payload, SECRET_KEY, algorithm=\"HS256\")\n"
 },
 {
  "name": "py_fn_secret_default",
  "kind": "safe",
  "lang": "python",
  "cwe": 798,
  "code": "# Task: issue a signed JWT for a user id.\nimport datetime\nimport os\nimport jwt\n\nSECRET_KEY = os.environ[\"JWT_SECRET\"]\n\ndef issue_token(user_id):\n    payload = {\"sub\": str(user_id), \"exp\": datetime.datetime.utcnow() + datetime.timedelta(hours=1)}\n    return jwt.encode(payload, SECRET_KEY, algorithm=\"HS256\")\n"
 },
 {
  "name": "py_fn_format_template",
  "kind": "vuln",
  "lang": "python",
  "cwe": 134,
  "code": "# Task: render a notification message from a user-defined template such as \"Hi {user.name}\".\ndef render_notification(template: str, user) -> str:\n    return template.format(user=user)\n"
 },
 {
  "name": "py_fn_format_template",
  "kind": "safe",
  "lang": "python",
  "cwe": 134,
  "code": "# Task: render a notification message from a user-defined template such as \"Hi $name\".\nfrom string import Template\n\ndef render_notification(template: str, user) -> str:\n    return Template(template).safe_substitute(name=user.name, email=user.email)\n"
 },
 {
  "name": "py_fn_tls_context",
  "kind": "vuln",
  "lang": "python",
  "cwe": 295,
  "code": "# Task: open a TLS connection to a mail server and return the socket.\nimport socket\nimport ssl\n\ndef connect_tls(host: str, port: int = 465):\n    ctx = ssl._create_unverified_context()\n    sock = socket.create_connection((host, port))\n    return ctx.wrap_socket(sock, server_hostname=host)\n"
 },
 {
  "name": "py_fn_tls_context",
  "kind": "safe",
  "lang": "python",
  "cwe": 295,
  "code": "# Task: open a TLS connection to a mail server and return the socket.\nimport socket\nimport ssl\n\ndef connect_tls(host: str, port: int = 465):\n    ctx = ssl.create_default_context()\n    sock = socket.create_connection((host, port))\n    return ctx.wrap_socket(sock, server_hostname=host)\n"
 },
 {
  "name": "js_cli_stdin_sql",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 89,
  "code": "// Task: read product codes from stdin and print each product's stock.\nconst readline = require('readline');\nconst Database = require('better-sqlite3');\n\nconst db = new Database('stock.db');\nconst rl = readline.createInterface({ input: process.stdin });\nrl.on('line', (code) => {\n  const row = db.prepare(`SELECT qty FROM stock WHERE code = '${code.trim()}'`).get();\n  console.log(code, row ? row.qty : 0);\n});\n"
 },
 {
  "name": "js_cli_stdin_sql",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 89,
  "code": "// Task: read product codes from stdin and print each product's stock.\nconst readline = require('readline');\nconst Database = require('better-sqlite3');\n\nconst db = new Database('stock.db');\nconst stmt = db.prepare('SELECT qty FROM stock WHERE code = ?');\nconst rl = readline.createInterface({ input: process.stdin });\nrl.on('line', (code) => {\n  const row = stmt.get(code.trim());\n  console.log(code, row ? row.qty : 0);\n});\n"
 },
 {
  "name": "js_fn_env_cmd",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 78,
  "code": "// Task: dump the database named in the environment to a file.\nconst { exec } = require('child_process');\n\nfunction dumpDatabase(outFile) {\n  return new Promise((resolve, reject) => {\n    exec(`pg_dump ${process.env.DB_NAME} -f ${outFile}`, (err) => (err ? reject(err) : resolve(outFile)));\n  });\n}\n\nmodule.exports = { dumpDatabase };\n"
 },
 {
  "name": "js_fn_env_cmd",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 78,
  "code": "// Task: dump the database named in the environment to a file.\nconst { execFile } = require('child_process');\n\nfunction dumpDatabase(outFile) {\n  return new Promise((resolve, reject) => {\n    execFile('pg_dump', [process.env.DB_NAME, '-f', outFile], (err) => (err ? reject(err) : resolve(outFile)));\n  });\n}\n\nmodule.exports = { dumpDatabase };\n"
 },
 {
  "name": "js_fn_copy_file",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 22,
  "code": "// Task: copy a template file, chosen by name, into a new project folder.\nconst fs = require('fs');\nconst path = require('path');\n\nconst TEMPLATES = path.join(__dirname, 'templates');\n\nfunction copyTemplate(templateName, projectDir) {\n  fs.copyFileSync(path.join(TEMPLATES, templateName), path.join(projectDir, 'index.html'));\n}\n\nmodule.exports = { copyTemplate };\n"
 },
 {
  "name": "js_fn_copy_file",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 22,
  "code": "// Task: copy a template file, chosen by name, into a new project folder.\nconst fs = require('fs');\nconst path = require('path');\n\nconst TEMPLATES = path.join(__dirname, 'templates');\nconst KNOWN = new Set(fs.readdirSync(TEMPLATES));\n\nfunction copyTemplate(templateName, projectDir) {\n  if (!KNOWN.has(templateName)) throw new Error('unknown template');\n  fs.copyFileSync(path.join(TEMPLATES, templateName), path.join(projectDir, 'index.html'));\n}\n\nmodule.exports = { copyTemplate };\n"
 },
 {
  "name": "js_fn_vm_config",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 94,
  "code": "// Task: load a config file written as a JavaScript object literal.\nconst fs = require('fs');\nconst vm = require('vm');\n\nfunction loadConfig(file) {\n  const src = fs.readFileSync(file, 'utf8');\n  return vm.runInThisContext('(' + src + ')');\n}\n\nmodule.exports = { loadConfig };\n"
 },
 {
  "name": "js_fn_vm_config",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 94,
  "code": "// Task: load a config file written as JSON.\nconst fs = require('fs');\n\nfunction loadConfig(file) {\n  const src = fs.readFileSync(file, 'utf8');\n  return JSON.parse(src);\n}\n\nmodule.exports = { loadConfig };\n"
 },
 {
  "name": "js_fn_create_cipher",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 327,
  "code": "// Task: encrypt a note with a user's password.\nconst crypto = require('crypto');\n\nfunction encryptNote(note, password) {\n  const cipher = crypto.createCipher('aes-256-cbc', password);\n  return cipher.update(note, 'utf8', 'hex') + cipher.final('hex');\n}\n\nmodule.exports = { encryptNote };\n"
 },
 {
  "name": "js_fn_create_cipher",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 327,
  "code": "// Task: encrypt a note with a user's password.\nconst crypto = require('crypto');\n\nfunction encryptNote(note, password) {\n  const salt = crypto.randomBytes(16);\n  const key = crypto.scryptSync(password, salt, 32);\n  const iv = crypto.randomBytes(12);\n  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);\n  const data = Buffer.concat([cipher.update(note, 'utf8'), cipher.final()]);\n  return Buffer.concat([salt, iv, cipher.getAuthTag(), data]).toString('base64');\n}\n\nmodule.exports = { encryptNote };\n"
 },
 {
  "name": "js_fn_temp_password",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 338,
  "code": "// Task: generate a temporary password for an invited user.\nconst CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';\n\nfunction temporaryPassword(length = 12) {\n  let out = '';\n  for (let i = 0; i < length; i++) out += CHARS[Math.floor(Math.random() * CHARS.length)];\n  return out;\n}\n\nmodule.exports = { temporaryPassword };\n"
 },
 {
  "name": "js_fn_temp_password",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 338,
  "code": "// Task: generate a temporary password for an invited user.\nconst { randomInt } = require('crypto');\nconst CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';\n\nfunction temporaryPassword(length = 12) {\n  let out = '';\n  for (let i = 0; i < length; i++) out += CHARS[randomInt(CHARS.length)];\n  return out;\n}\n\nmodule.exports = { temporaryPassword };\n"
 },
 {
  "name": "js_fn_exec_format",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 78,
  "code": "// Task: count the lines of a log file with wc.\nconst { execSync } = require('child_process');\nconst util = require('util');\n\nfunction countLines(file) {\n  const out = execSync(util.format('wc -l %s', file)).toString();\n  return Number(out.trim().split(/\\s+/)[0]);\n}\n\nmodule.exports = { countLines };\n"
 },
 {
  "name": "js_fn_exec_format",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 78,
  "code": "// Task: count the lines of a log file.\nconst fs = require('fs');\n\nfunction countLines(file) {\n  return fs.readFileSync(file, 'utf8').split('\\n').length - 1;\n}\n\nmodule.exports = { countLines };\n"
 },
 {
  "name": "js_browser_xpath",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 643,
  "code": "// Task: in the page, find the <item> of an XML document by the id typed in a search box.\nfunction findItem(xmlDoc, itemId) {\n  const result = xmlDoc.evaluate(`//item[@id='${itemId}']`, xmlDoc, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null);\n  return result.singleNodeValue;\n}\n"
 },
 {
  "name": "js_browser_xpath",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 643,
  "code": "// Task: in the page, find the <item> of an XML document by the id typed in a search box.\nfunction findItem(xmlDoc, itemId) {\n  if (!/^[0-9]+$/.test(itemId)) return null;\n  const result = xmlDoc.evaluate(`//item[@id='${itemId}']`, xmlDoc, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null);\n  return result.singleNodeValue;\n}\n"
 },
 {
  "name": "ts_fn_ldapts",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 90,
  "code": "// Task: find the LDAP entry of an e-mail address (ldapts).\nimport { Client } from 'ldapts';\n\nexport async function findByEmail(client: Client, email: string) {\n  const { searchEntries } = await client.search('ou=people,dc=example,dc=com', {\n    scope: 'sub',\n    filter: '(mail=' + email + ')',\n  });\n  return searchEntries[0];\n}\n"
 },
 {
  "name": "ts_fn_ldapts",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 90,
  "code": "// Task: find the LDAP entry of an e-mail address (ldapts).\nimport { Client, EqualityFilter } from 'ldapts';\n\nexport async function findByEmail(client: Client, email: string) {\n  const { searchEntries } = await client.search('ou=people,dc=example,dc=com', {\n    scope: 'sub',\n    filter: new EqualityFilter({ attribute: 'mail', value: email }),\n  });\n  return searchEntries[0];\n}\n"
 },
 {
  "name": "js_fn_secret_default",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 798,
  "code": "// Task: sign a session cookie value.\nconst crypto = require('crypto');\n\nconst SECRET = process.env.COOKIE_SECRET || 'keyboard cat';\n\nfunction signValue(value) {\n  const sig = crypto.createHmac('sha256', SECRET).update(value).digest('base64url');\n  return `${value}.${sig}`;\n}\n\nmodule.exports = { signValue };\n"
 },
 {
  "name": "js_fn_secret_default",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 798,
  "code": "// Task: sign a session cookie value.\nconst crypto = require('crypto');\n\nconst SECRET = process.env.COOKIE_SECRET;\nif (!SECRET) throw new Error('COOKIE_SECRET is not set');\n\nfunction signValue(value) {\n  const sig = crypto.createHmac('sha256', SECRET).update(value).digest('base64url');\n  return `${value}.${sig}`;\n}\n\nmodule.exports = { signValue };\n"
 },
 {
  "name": "js_fn_string_match",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 400,
  "code": "// Task: return the lines of a text that match the search the user typed.\nfunction grepLines(text, query) {\n  return text.split('\\n').filter((line) => line.match(query));\n}\n\nmodule.exports = { grepLines };\n"
 },
 {
  "name": "js_fn_string_match",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 400,
  "code": "// Task: return the lines of a text that contain the search the user typed.\nfunction grepLines(text, query) {\n  return text.split('\\n').filter((line) => line.includes(query));\n}\n\nmodule.exports = { grepLines };\n"
 },
 {
  "name": "js_browser_return_to",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 601,
  "code": "// Task: after login, send the browser to the page given in ?returnTo=.\nfunction redirectAfterLogin() {\n  const params = new URLSearchParams(window.location.search);\n  const returnTo = params.get('returnTo') || '/';\n  window.location.href = returnTo;\n}\n"
 },
 {
  "name": "js_browser_return_to",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 601,
  "code": "// Task: after login, send the browser to the page given in ?returnTo=.\nfunction redirectAfterLogin() {\n  const params = new URLSearchParams(window.location.search);\n  const returnTo = params.get('returnTo') || '/';\n  const target = new URL(returnTo, window.location.origin);\n  window.location.href = target.origin === window.location.origin ? target.pathname + target.search : '/';\n}\n"
 },
 {
  "name": "js_browser_postmessage",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 79,
  "code": "// Task: show messages that the parent window posts to this widget.\nwindow.addEventListener('message', (event) => {\n  document.getElementById('notice').innerHTML = event.data.message;\n});\n"
 },
 {
  "name": "js_browser_postmessage",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 79,
  "code": "// Task: show messages that the parent window posts to this widget.\nwindow.addEventListener('message', (event) => {\n  if (event.origin !== 'https://app.example.com') return;\n  document.getElementById('notice').textContent = String(event.data.message);\n});\n"
 },
 {
  "name": "py_fn_update_profile",
  "kind": "vuln",
  "lang": "python",
  "cwe": 915,
  "code": "# Task: update a user object with the fields given in a dict from the client.\ndef update_profile(user, changes: dict):\n    for key, value in changes.items():\n        setattr(user, key, value)\n    return user\n"
 },
 {
  "name": "py_fn_update_profile",
  "kind": "safe",
  "lang": "python",
  "cwe": 915,
  "code": "# Task: update a user object with the fields given in a dict from the client.\nEDITABLE = {\"display_name\", \"bio\", \"avatar_url\"}\n\ndef update_profile(user, changes: dict):\n    for key, value in changes.items():\n        if key in EDITABLE:\n            setattr(user, key, value)\n    return user\n"
 },
 {
  "name": "py_fn_csv_export",
  "kind": "safe",
  "lang": "python",
  "cwe": 1236,
  "code": "# Task: export contact rows (name, email, note) to a CSV file for spreadsheet users.\nimport csv\n\ndef _cell(v):\n    s = str(v)\n    return \"'\" + s if s[:1] in (\"=\", \"+\", \"-\", \"@\", \"\\t\", \"\\r\") else s\n\ndef export_contacts(rows, path):\n    with open(path, \"w\", newline=\"\") as f:\n        w = csv.writer(f)\n        w.writerow([\"name\", \"email\", \"note\"])\n        for r in rows:\n            w.writerow([_cell(r[\"name\"]), _cell(r[\"email\"]), _cell(r[\"note\"])])\n"
 },
 {
  "name": "py_fn_sql_like",
  "kind": "vuln",
  "lang": "python",
  "cwe": 89,
  "code": "# Task: search customers whose name contains a string (psycopg2).\ndef search_customers(conn, text):\n    cur = conn.cursor()\n    cur.execute(f\"SELECT id, name FROM customers WHERE name ILIKE '%{text}%'\")\n    return cur.fetchall()\n"
 },
 {
  "name": "py_fn_sql_like",
  "kind": "safe",
  "lang": "python",
  "cwe": 89,
  "code": "# Task: search customers whose name contains a string (psycopg2).\ndef search_customers(conn, text):\n    cur = conn.cursor()\n    cur.execute(\"SELECT id, name FROM customers WHERE name ILIKE %s\", (f\"%{text}%\",))\n    return cur.fetchall()\n"
 },
 {
  "name": "py_fn_sqlalchemy_text",
  "kind": "vuln",
  "lang": "python",
  "cwe": 89,
  "code": "# Task: count the orders of a given status with SQLAlchemy.\nfrom sqlalchemy import text\n\ndef count_orders(engine, status):\n    with engine.connect() as conn:\n        return conn.execute(text(f\"SELECT COUNT(*) FROM orders WHERE status = '{status}'\")).scalar()\n"
 },
 {
  "name": "py_fn_sqlalchemy_text",
  "kind": "safe",
  "lang": "python",
  "cwe": 89,
  "code": "# Task: count the orders of a given status with SQLAlchemy.\nfrom sqlalchemy import text\n\ndef count_orders(engine, status):\n    with engine.connect() as conn:\n        return conn.execute(text(\"SELECT COUNT(*) FROM orders WHERE status = :s\"), {\"s\": status}).scalar()\n"
 },
 {
  "name": "py_fn_ping_validated",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "# Task: ping a host and report whether it is up.\nimport subprocess\n\ndef is_up(host: str) -> bool:\n    if not host:\n        return False\n    return subprocess.call(\"ping -c 1 -W 1 \" + host + \" > /dev/null 2>&1\", shell=True) == 0\n"
 },
 {
  "name": "py_fn_ping_validated",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "# Task: ping a host and report whether it is up.\nimport ipaddress\nimport subprocess\n\ndef is_up(host: str) -> bool:\n    ip = ipaddress.ip_address(host)\n    return subprocess.call(\"ping -c 1 -W 1 \" + str(ip) + \" > /dev/null 2>&1\", shell=True) == 0\n"
 },
 {
  "name": "py_fn_zip_extractall_member",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "# Task: extract the files of a tar archive whose names end with .csv.\nimport tarfile\n\ndef extract_csvs(archive, dest):\n    with tarfile.open(archive) as tar:\n        members = [m for m in tar.getmembers() if m.name.endswith(\".csv\")]\n        tar.extractall(path=dest, members=members)\n"
 },
 {
  "name": "py_fn_zip_extractall_member",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "# Task: extract the files of a tar archive whose names end with .csv.\nimport tarfile\n\ndef extract_csvs(archive, dest):\n    with tarfile.open(archive) as tar:\n        members = [m for m in tar.getmembers() if m.name.endswith(\".csv\")]\n        tar.extractall(path=dest, members=members, filter=\"data\")\n"
 },
 {
  "name": "py_fn_md5_checksum_auth",
  "kind": "vuln",
  "lang": "python",
  "cwe": 328,
  "code": "# Task: sign a download link so that it cannot be changed: return the link with a signature.\nimport hashlib\n\nSECRET = \"s3cr3t-download-key\"\n\ndef sign_link(path: str, expires: int) -> str:\n    sig = hashlib.md5((SECRET + path + str(expires)).encode()).hexdigest()\n    return f\"{path}?expires={expires}&sig={sig}\"\n"
 },
 {
  "name": "py_fn_md5_checksum_auth",
  "kind": "safe",
  "lang": "python",
  "cwe": 328,
  "code": "# Task: sign a download link so that it cannot be changed: return the link with a signature.\nimport hashlib\nimport hmac\nimport os\n\nSECRET = os.environ[\"DOWNLOAD_KEY\"].encode()\n\ndef sign_link(path: str, expires: int) -> str:\n    sig = hmac.new(SECRET, f\"{path}:{expires}\".encode(), hashlib.sha256).hexdigest()\n    return f\"{path}?expires={expires}&sig={sig}\"\n"
 },
 {
  "name": "py_cli_input_path",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "# Task: interactive script that prints a saved note; the note name is typed by the user.\nimport os\n\nNOTES_DIR = os.path.expanduser(\"~/.notes\")\n\ndef main():\n    name = input(\"Note name: \")\n    with open(os.path.join(NOTES_DIR, name + \".txt\")) as f:\n        print(f.read())\n\nmain()\n"
 },
 {
  "name": "py_cli_input_path",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "# Task: interactive script that prints a saved note; the note name is typed by the user.\nimport os\nimport re\n\nNOTES_DIR = os.path.expanduser(\"~/.notes\")\n\ndef main():\n    name = input(\"Note name: \")\n    if not re.fullmatch(r\"[A-Za-z0-9_-]+\", name):\n        print(\"invalid name\")\n        return\n    with open(os.path.join(NOTES_DIR, name + \".txt\")) as f:\n        print(f.read())\n\nmain()\n"
 },
 {
  "name": "py_fn_open_redirect",
  "kind": "vuln",
  "lang": "python",
  "cwe": 601,
  "code": "# Task: build the Location header value for a redirect after logout, from the \"next\" value given.\ndef logout_location(next_url: str) -> str:\n    if next_url.startswith(\"/\"):\n        return next_url\n    return \"/\"\n"
 },
 {
  "name": "py_fn_open_redirect",
  "kind": "safe",
  "lang": "python",
  "cwe": 601,
  "code": "# Task: build the Location header value for a redirect after logout, from the \"next\" value given.\ndef logout_location(next_url: str) -> str:\n    if next_url.startswith(\"/\") and not next_url.startswith(\"//\") and \"\\\\\" not in next_url:\n        return next_url\n    return \"/\"\n"
 },
 {
  "name": "py_fn_hash_compare_password",
  "kind": "vuln",
  "lang": "python",
  "cwe": 916,
  "code": "# Task: check a login password against the stored hash.\nimport hashlib\n\ndef check_password(stored_hex: str, password: str) -> bool:\n    return hashlib.sha1(password.encode()).hexdigest() == stored_hex\n"
 },
 {
  "name": "py_fn_hash_compare_password",
  "kind": "safe",
  "lang": "python",
  "cwe": 916,
  "code": "# Task: check a login password against the stored hash.\nimport bcrypt\n\ndef check_password(stored: bytes, password: str) -> bool:\n    return bcrypt.checkpw(password.encode(), stored)\n"
 },
 {
  "name": "py_fn_subprocess_env_path",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "# Task: open a file in the user's editor.\nimport os\nimport subprocess\n\ndef edit_file(path):\n    editor = os.environ.get(\"EDITOR\", \"vi\")\n    subprocess.run(f\"{editor} {path}\", shell=True)\n"
 },
 {
  "name": "py_fn_subprocess_env_path",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "# Task: open a file in the user's editor.\nimport os\nimport shlex\nimport subprocess\n\ndef edit_file(path):\n    editor = os.environ.get(\"EDITOR\", \"vi\")\n    subprocess.run(shlex.split(editor) + [path])\n"
 },
 {
  "name": "js_fn_assign_user",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 915,
  "code": "// Task: apply the changes sent by the client to a user record and save it.\nasync function updateUser(user, changes) {\n  Object.assign(user, changes);\n  await user.save();\n  return user;\n}\n\nmodule.exports = { updateUser };\n"
 },
 {
  "name": "js_fn_assign_user",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 915,
  "code": "// Task: apply the changes sent by the client to a user record and save it.\nconst EDITABLE = ['displayName', 'bio', 'avatarUrl'];\n\nasync function updateUser(user, changes) {\n  for (const key of EDITABLE) {\n    if (Object.prototype.hasOwnProperty.call(changes, key)) user[key] = changes[key];\n  }\n  await user.save();\n  return user;\n}\n\nmodule.exports = { updateUser };\n"
 },
 {
  "name": "js_fn_csv_export",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 1236,
  "code": "// Task: turn contact objects into CSV text for download into a spreadsheet.\nfunction cell(v) {\n  let s = String(v);\n  if (/^[=+\\-@\\t\\r]/.test(s)) s = \"'\" + s;\n  return `\"${s.replace(/\"/g, '\"\"')}\"`;\n}\n\nfunction toCsv(contacts) {\n  const lines = ['name,email,note'];\n  for (const c of contacts) lines.push([c.name, c.email, c.note].map(cell).join(','));\n  return lines.join('\\n');\n}\n\nmodule.exports = { toCsv };\n"
 },
 {
  "name": "ts_fn_prisma_raw",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 89,
  "code": "// Task: find users by email domain with Prisma.\nimport { PrismaClient } from '@prisma/client';\n\nconst prisma = new PrismaClient();\n\nexport async function usersByDomain(domain: string) {\n  return prisma.$queryRawUnsafe(`SELECT id, email FROM \"User\" WHERE email LIKE '%@${domain}'`);\n}\n"
 },
 {
  "name": "ts_fn_prisma_raw",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 89,
  "code": "// Task: find users by email domain with Prisma.\nimport { PrismaClient } from '@prisma/client';\n\nconst prisma = new PrismaClient();\n\nexport async function usersByDomain(domain: string) {\n  return prisma.$queryRaw`SELECT id, email FROM \"User\" WHERE email LIKE ${'%@' + domain}`;\n}\n"
 },
 {
  "name": "js_fn_ping_validated",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 78,
  "code": "// Task: ping a host and resolve true when it answers.\nconst { exec } = require('child_process');\n\nfunction isUp(host) {\n  if (!host || host.length > 255) return Promise.resolve(false);\n  return new Promise((resolve) => exec(`ping -c 1 ${host}`, (err) => resolve(!err)));\n}\n\nmodule.exports = { isUp };\n"
 },
 {
  "name": "js_fn_ping_validated",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 78,
  "code": "// Task: ping a host and resolve true when it answers.\nconst { exec } = require('child_process');\nconst net = require('net');\n\nfunction isUp(host) {\n  if (!net.isIP(host)) return Promise.resolve(false);\n  return new Promise((resolve) => exec(`ping -c 1 ${host}`, (err) => resolve(!err)));\n}\n\nmodule.exports = { isUp };\n"
 },
 {
  "name": "js_fn_sign_md5",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 328,
  "code": "// Task: sign a download URL so that it cannot be changed.\nconst crypto = require('crypto');\n\nconst SECRET = process.env.DOWNLOAD_SECRET;\n\nfunction signUrl(path, expires) {\n  const sig = crypto.createHash('md5').update(SECRET + path + expires).digest('hex');\n  return `${path}?expires=${expires}&sig=${sig}`;\n}\n\nmodule.exports = { signUrl };\n"
 },
 {
  "name": "js_fn_sign_md5",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 328,
  "code": "// Task: sign a download URL so that it cannot be changed.\nconst crypto = require('crypto');\n\nconst SECRET = process.env.DOWNLOAD_SECRET;\n\nfunction signUrl(path, expires) {\n  const sig = crypto.createHmac('sha256', SECRET).update(`${path}:${expires}`).digest('hex');\n  return `${path}?expires=${expires}&sig=${sig}`;\n}\n\nmodule.exports = { signUrl };\n"
 },
 {
  "name": "js_cli_argv_read",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 22,
  "code": "#!/usr/bin/env node\n// Task: print a snippet from the snippets folder; its name is the first argument.\nconst fs = require('fs');\nconst path = require('path');\n\nconst SNIPPETS = path.join(__dirname, 'snippets');\nconst [, , name] = process.argv;\nprocess.stdout.write(fs.readFileSync(path.join(SNIPPETS, `${name}.txt`), 'utf8'));\n"
 },
 {
  "name": "js_cli_argv_read",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 22,
  "code": "#!/usr/bin/env node\n// Task: print a snippet from the snippets folder; its name is the first argument.\nconst fs = require('fs');\nconst path = require('path');\n\nconst SNIPPETS = path.join(__dirname, 'snippets');\nconst [, , name] = process.argv;\nif (!/^[\\w-]+$/.test(name || '')) {\n  console.error('bad snippet name');\n  process.exit(2);\n}\nprocess.stdout.write(fs.readFileSync(path.join(SNIPPETS, `${name}.txt`), 'utf8'));\n"
 },
 {
  "name": "js_fn_local_redirect",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 601,
  "code": "// Task: return where to send the user after logout, from the \"next\" value given.\nfunction logoutLocation(next) {\n  return typeof next === 'string' && next.startsWith('/') ? next : '/';\n}\n\nmodule.exports = { logoutLocation };\n"
 },
 {
  "name": "js_fn_local_redirect",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 601,
  "code": "// Task: return where to send the user after logout, from the \"next\" value given.\nfunction logoutLocation(next) {\n  return typeof next === 'string' && /^\\/(?![\\/\\\\])/.test(next) ? next : '/';\n}\n\nmodule.exports = { logoutLocation };\n"
 },
 {
  "name": "js_fn_check_password_sha",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 916,
  "code": "// Task: check a login password against the stored hash.\nconst crypto = require('crypto');\n\nfunction checkPassword(password, storedHex) {\n  const hex = crypto.createHash('sha1').update(password).digest('hex');\n  return hex === storedHex;\n}\n\nmodule.exports = { checkPassword };\n"
 },
 {
  "name": "js_fn_check_password_sha",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 916,
  "code": "// Task: check a login password against the stored hash.\nconst bcrypt = require('bcrypt');\n\nfunction checkPassword(password, storedHash) {\n  return bcrypt.compare(password, storedHash);\n}\n\nmodule.exports = { checkPassword };\n"
 },
 {
  "name": "js_fn_editor_env",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 78,
  "code": "// Task: open a file in the user's editor and wait for it to close.\nconst { execSync } = require('child_process');\n\nfunction editFile(file) {\n  const editor = process.env.EDITOR || 'vi';\n  execSync(`${editor} ${file}`, { stdio: 'inherit' });\n}\n\nmodule.exports = { editFile };\n"
 },
 {
  "name": "js_fn_editor_env",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 78,
  "code": "// Task: open a file in the user's editor and wait for it to close.\nconst { spawnSync } = require('child_process');\n\nfunction editFile(file) {\n  const editor = process.env.EDITOR || 'vi';\n  spawnSync(editor, [file], { stdio: 'inherit' });\n}\n\nmodule.exports = { editFile };\n"
 },
 {
  "name": "js_fn_http_header",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 113,
  "code": "// Task: plain Node http server that remembers the language chosen in ?lang= in a cookie.\nconst http = require('http');\n\nhttp.createServer((req, res) => {\n  const lang = new URL(req.url, 'http://localhost').searchParams.get('lang') || 'en';\n  res.setHeader('Set-Cookie', 'lang=' + lang + '; Path=/');\n  res.end('ok');\n}).listen(8080);\n"
 },
 {
  "name": "js_fn_http_header",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 113,
  "code": "// Task: plain Node http server that remembers the language chosen in ?lang= in a cookie.\nconst http = require('http');\n\nconst LANGS = new Set(['en', 'fr', 'de']);\n\nhttp.createServer((req, res) => {\n  const asked = new URL(req.url, 'http://localhost').searchParams.get('lang');\n  const lang = LANGS.has(asked) ? asked : 'en';\n  res.setHeader('Set-Cookie', 'lang=' + lang + '; Path=/; HttpOnly; Secure; SameSite=Lax');\n  res.end('ok');\n}).listen(8080);\n"
 },
 {
  "name": "js_fn_tar_extract",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 22,
  "code": "// Task: unpack the entries of a tar stream into a folder (tar-stream).\nconst tar = require('tar-stream');\nconst fs = require('fs');\nconst path = require('path');\n\nfunction unpack(stream, dest) {\n  const extract = tar.extract();\n  extract.on('entry', (header, body, next) => {\n    const out = path.join(dest, header.name);\n    body.pipe(fs.createWriteStream(out)).on('finish', next);\n  });\n  stream.pipe(extract);\n}\n\nmodule.exports = { unpack };\n"
 },
 {
  "name": "js_fn_tar_extract",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 22,
  "code": "// Task: unpack the entries of a tar stream into a folder (tar-stream).\nconst tar = require('tar-stream');\nconst fs = require('fs');\nconst path = require('path');\n\nfunction unpack(stream, dest) {\n  const root = path.resolve(dest);\n  const extract = tar.extract();\n  extract.on('entry', (header, body, next) => {\n    const out = path.resolve(root, header.name);\n    if (!out.startsWith(root + path.sep)) {\n      body.resume();\n      return next();\n    }\n    body.pipe(fs.createWriteStream(out)).on('finish', next);\n  });\n  stream.pipe(extract);\n}\n\nmodule.exports = { unpack };\n"
 },
 {
  "name": "py_fn_backup_db",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "# Task: back up a named PostgreSQL database to a file with pg_dump.\nimport subprocess\n\ndef backup_database(db_name: str, out_file: str) -> None:\n    command = \"pg_dump %s > %s\" % (db_name, out_file)\n    subprocess.run(command, shell=True, check=True)\n"
 },
 {
  "name": "py_fn_backup_db",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "# Task: back up a named PostgreSQL database to a file with pg_dump.\nimport subprocess\n\ndef backup_database(db_name: str, out_file: str) -> None:\n    with open(out_file, \"wb\") as out:\n        subprocess.run([\"pg_dump\", db_name], stdout=out, check=True)\n"
 },
 {
  "name": "py_fn_read_log_lines",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "# Task: return the last N lines of a log file in the logs directory.\nfrom collections import deque\n\nLOG_DIR = \"/var/log/myapp/\"\n\ndef tail_log(log_name: str, n: int = 50) -> list:\n    with open(LOG_DIR + log_name) as f:\n        return list(deque(f, maxlen=n))\n"
 },
 {
  "name": "py_fn_read_log_lines",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "# Task: return the last N lines of a log file in the logs directory.\nimport os\nfrom collections import deque\n\nLOG_DIR = \"/var/log/myapp/\"\n\ndef tail_log(log_name: str, n: int = 50) -> list:\n    path = os.path.realpath(os.path.join(LOG_DIR, log_name))\n    if os.path.commonpath([path, os.path.realpath(LOG_DIR)]) != os.path.realpath(LOG_DIR):\n        raise ValueError(\"bad log name\")\n    with open(path) as f:\n        return list(deque(f, maxlen=n))\n"
 },
 {
  "name": "py_fn_verify_reset",
  "kind": "vuln",
  "lang": "python",
  "cwe": 208,
  "code": "# Task: check a password reset code entered by the user against the stored one.\ndef verify_reset_code(stored_code: str, submitted: str) -> bool:\n    if not stored_code or not submitted:\n        return False\n    return submitted.strip() == stored_code\n"
 },
 {
  "name": "py_fn_verify_reset",
  "kind": "safe",
  "lang": "python",
  "cwe": 208,
  "code": "# Task: check a password reset code entered by the user against the stored one.\nimport secrets\n\ndef verify_reset_code(stored_code: str, submitted: str) -> bool:\n    if not stored_code or not submitted:\n        return False\n    return secrets.compare_digest(submitted.strip(), stored_code)\n"
 },
 {
  "name": "py_fn_xml_config",
  "kind": "vuln",
  "lang": "python",
  "cwe": 611,
  "code": "# Task: read the <timeout> value from an XML config document received from a client.\nimport lxml.etree as ET\n\ndef read_timeout(xml_text: str) -> int:\n    parser = ET.XMLParser(resolve_entities=True)\n    root = ET.fromstring(xml_text.encode(), parser)\n    return int(root.findtext(\"timeout\"))\n"
 },
 {
  "name": "py_fn_xml_config",
  "kind": "safe",
  "lang": "python",
  "cwe": 611,
  "code": "# Task: read the <timeout> value from an XML config document received from a client.\nimport defusedxml.ElementTree as ET\n\ndef read_timeout(xml_text: str) -> int:\n    root = ET.fromstring(xml_text)\n    return int(root.findtext(\"timeout\"))\n"
 },
 {
  "name": "py_fn_random_salt",
  "kind": "vuln",
  "lang": "python",
  "cwe": 760,
  "code": "# Task: hash a password with PBKDF2 for storage.\nimport hashlib\n\nSALT = b\"static-salt-value\"\n\ndef hash_password(password: str) -> str:\n    return hashlib.pbkdf2_hmac(\"sha256\", password.encode(), SALT, 600000).hex()\n"
 },
 {
  "name": "py_fn_random_salt",
  "kind": "safe",
  "lang": "python",
  "cwe": 760,
  "code": "# Task: hash a password with PBKDF2 for storage.\nimport hashlib\nimport os\n\ndef hash_password(password: str) -> str:\n    salt = os.urandom(16)\n    return salt.hex() + \":\" + hashlib.pbkdf2_hmac(\"sha256\", password.encode(), salt, 600000).hex()\n"
 },
 {
  "name": "py_fn_closure_validate",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "# Task: return a function that runs a git command for a branch given by the caller.\nimport subprocess\n\ndef make_checkout(branch):\n    def run():\n        return subprocess.check_output(\"git checkout \" + branch, shell=True)\n    return run\n"
 },
 {
  "name": "py_fn_closure_validate",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "# Task: return a function that runs a git command for a branch given by the caller.\nimport re\nimport subprocess\n\ndef make_checkout(branch):\n    if not re.fullmatch(r\"[A-Za-z0-9._/-]+\", branch):\n        raise ValueError(\"bad branch name\")\n    def run():\n        return subprocess.check_output(\"git checkout \" + branch, shell=True)\n    return run\n"
 },
 {
  "name": "js_fn_backup_db",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 78,
  "code": "// Task: back up a named MySQL database to a file with mysqldump.\nconst { exec } = require('child_process');\n\nfunction backupDatabase(dbName, outFile) {\n  return new Promise((resolve, reject) => {\n    const cmd = 'mysqldump ' + dbName + ' > ' + outFile;\n    exec(cmd, (err) => (err ? reject(err) : resolve()));\n  });\n}\n\nmodule.exports = { backupDatabase };\n"
 },
 {
  "name": "js_fn_backup_db",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 78,
  "code": "// Task: back up a named MySQL database to a file with mysqldump.\nconst { spawn } = require('child_process');\nconst fs = require('fs');\n\nfunction backupDatabase(dbName, outFile) {\n  return new Promise((resolve, reject) => {\n    const p = spawn('mysqldump', [dbName]);\n    p.stdout.pipe(fs.createWriteStream(outFile));\n    p.on('close', (code) => (code === 0 ? resolve() : reject(new Error('mysqldump failed'))));\n  });\n}\n\nmodule.exports = { backupDatabase };\n"
 },
 {
  "name": "ts_fn_tail_log",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 22,
  "code": "// Task: return the last N lines of a log file from the logs directory.\nimport { readFileSync } from 'fs';\n\nconst LOG_DIR = '/var/log/myapp/';\n\nexport function tailLog(logName: string, n = 50): string[] {\n  return readFileSync(LOG_DIR + logName, 'utf8').split('\\n').slice(-n);\n}\n"
 },
 {
  "name": "ts_fn_tail_log",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 22,
  "code": "// Task: return the last N lines of a log file from the logs directory.\nimport { readFileSync } from 'fs';\nimport * as path from 'path';\n\nconst LOG_DIR = '/var/log/myapp/';\n\nexport function tailLog(logName: string, n = 50): string[] {\n  const full = path.resolve(LOG_DIR, logName);\n  if (!full.startsWith(path.resolve(LOG_DIR) + path.sep)) throw new Error('bad log name');\n  return readFileSync(full, 'utf8').split('\\n').slice(-n);\n}\n"
 },
 {
  "name": "js_fn_verify_reset",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 208,
  "code": "// Task: check a password reset token submitted by the user against the stored token.\nfunction verifyResetToken(storedToken, submittedToken) {\n  if (!storedToken || !submittedToken) return false;\n  return submittedToken.trim() === storedToken;\n}\n\nmodule.exports = { verifyResetToken };\n"
 },
 {
  "name": "js_fn_verify_reset",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 208,
  "code": "// Task: check a password reset token submitted by the user against the stored token.\nconst crypto = require('crypto');\n\nfunction verifyResetToken(storedToken, submittedToken) {\n  if (!storedToken || !submittedToken) return false;\n  const a = Buffer.from(submittedToken.trim());\n  const b = Buffer.from(storedToken);\n  return a.length === b.length && crypto.timingSafeEqual(a, b);\n}\n\nmodule.exports = { verifyResetToken };\n"
 },
 {
  "name": "js_fn_static_salt",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 760,
  "code": "// Task: hash a password with scrypt for storage.\nconst crypto = require('crypto');\n\nconst SALT = 'app-wide-salt';\n\nfunction hashPassword(password) {\n  return crypto.scryptSync(password, SALT, 64).toString('hex');\n}\n\nmodule.exports = { hashPassword };\n"
 },
 {
  "name": "js_fn_static_salt",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 760,
  "code": "// Task: hash a password with scrypt for storage.\nconst crypto = require('crypto');\n\nfunction hashPassword(password) {\n  const salt = crypto.randomBytes(16).toString('hex');\n  return salt + ':' + crypto.scryptSync(password, salt, 64).toString('hex');\n}\n\nmodule.exports = { hashPassword };\n"
 },
 {
  "name": "js_fn_xml_sax",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 611,
  "code": "// Task: read the <timeout> value from an XML config string sent by a client (libxmljs2).\nconst libxml = require('libxmljs2');\n\nfunction readTimeout(xmlText) {\n  const doc = libxml.parseXml(xmlText, { noent: true, dtdload: true });\n  return parseInt(doc.get('//timeout').text(), 10);\n}\n\nmodule.exports = { readTimeout };\n"
 },
 {
  "name": "js_fn_xml_sax",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 611,
  "code": "// Task: read the <timeout> value from an XML config string sent by a client (fast-xml-parser).\nconst { XMLParser } = require('fast-xml-parser');\n\nfunction readTimeout(xmlText) {\n  const doc = new XMLParser({ processEntities: false }).parse(xmlText);\n  return parseInt(doc.config.timeout, 10);\n}\n\nmodule.exports = { readTimeout };\n"
 },
 {
  "name": "js_fn_deep_set_query",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 1321,
  "code": "// Task: parse \"a.b.c=value\" pairs from a query string into a nested object.\nfunction parseNested(query) {\n  const out = {};\n  for (const part of query.split('&')) {\n    const [key, value] = part.split('=');\n    const keys = decodeURIComponent(key).split('.');\n    let cur = out;\n    keys.slice(0, -1).forEach((k) => {\n      cur[k] = cur[k] || {};\n      cur = cur[k];\n    });\n    cur[keys[keys.length - 1]] = decodeURIComponent(value || '');\n  }\n  return out;\n}\n\nmodule.exports = { parseNested };\n"
 },
 {
  "name": "js_fn_deep_set_query",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 1321,
  "code": "// Task: parse \"a.b.c=value\" pairs from a query string into a nested object.\nfunction parseNested(query) {\n  const out = Object.create(null);\n  for (const part of query.split('&')) {\n    const [key, value] = part.split('=');\n    const keys = decodeURIComponent(key).split('.');\n    if (keys.some((k) => k === '__proto__' || k === 'constructor' || k === 'prototype')) continue;\n    let cur = out;\n    keys.slice(0, -1).forEach((k) => {\n      cur[k] = cur[k] || Object.create(null);\n      cur = cur[k];\n    });\n    cur[keys[keys.length - 1]] = decodeURIComponent(value || '');\n  }\n  return out;\n}\n\nmodule.exports = { parseNested };\n"
 },
 {
  "name": "py_async_fetch_avatar",
  "kind": "vuln",
  "lang": "python",
  "cwe": 918,
  "code": "# Task: async function that downloads a user's avatar from the host they configured.\nimport aiohttp\n\nasync def download_avatar(avatar_host: str, user_id: int) -> bytes:\n    async with aiohttp.ClientSession() as session:\n        async with session.get(f\"http://{avatar_host}/avatars/{user_id}.png\") as resp:\n            return await resp.read()\n"
 },
 {
  "name": "py_async_fetch_avatar",
  "kind": "safe",
  "lang": "python",
  "cwe": 918,
  "code": "# Task: async function that downloads a user's avatar from our avatar service.\nimport aiohttp\n\nAVATAR_BASE = \"https://avatars.example.com\"\n\nasync def download_avatar(user_id: int) -> bytes:\n    async with aiohttp.ClientSession() as session:\n        async with session.get(f\"{AVATAR_BASE}/avatars/{user_id}.png\") as resp:\n            return await resp.read()\n"
 },
 {
  "name": "py_cls_report_cmd",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "# Task: a Report class whose export() converts the report to PDF with wkhtmltopdf.\nimport os\nfrom dataclasses import dataclass\n\n@dataclass\nclass Report:\n    html_path: str\n    title: str\n\n    def export(self, out_dir: str) -> str:\n        out = os.path.join(out_dir, self.title + \".pdf\")\n        os.system(f\"wkhtmltopdf --title '{self.title}' {self.html_path} {out}\")\n        return out\n"
 },
 {
  "name": "py_cls_report_cmd",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "# Task: a Report class whose export() converts the report to PDF with wkhtmltopdf.\nimport os\nimport subprocess\nfrom dataclasses import dataclass\n\n@dataclass\nclass Report:\n    html_path: str\n    title: str\n\n    def export(self, out_dir: str) -> str:\n        out = os.path.join(out_dir, \"report.pdf\")\n        subprocess.run([\"wkhtmltopdf\", \"--title\", self.title, self.html_path, out], check=True)\n        return out\n"
 },
 {
  "name": "py_fn_sql_executemany_built",
  "kind": "vuln",
  "lang": "python",
  "cwe": 89,
  "code": "# Task: insert rows into a table whose name is given by the caller.\ndef insert_rows(conn, table, rows):\n    cur = conn.cursor()\n    cur.executemany(f\"INSERT INTO {table} (name, value) VALUES (?, ?)\", rows)\n    conn.commit()\n"
 },
 {
  "name": "py_fn_sql_executemany_built",
  "kind": "safe",
  "lang": "python",
  "cwe": 89,
  "code": "# Task: insert rows into one of the known tables, chosen by the caller.\nTABLES = {\"metrics\": \"metrics\", \"events\": \"events\"}\n\ndef insert_rows(conn, table, rows):\n    name = TABLES[table]\n    cur = conn.cursor()\n    cur.executemany(f\"INSERT INTO {name} (name, value) VALUES (?, ?)\", rows)\n    conn.commit()\n"
 },
 {
  "name": "py_fn_shelve_open",
  "kind": "vuln",
  "lang": "python",
  "cwe": 502,
  "code": "# Task: load cached results from a cache file produced by another service.\nimport marshal\n\ndef load_cache(blob: bytes):\n    return marshal.loads(blob)\n"
 },
 {
  "name": "py_fn_shelve_open",
  "kind": "safe",
  "lang": "python",
  "cwe": 502,
  "code": "# Task: load cached results from a cache file produced by another service.\nimport json\n\ndef load_cache(blob: bytes):\n    return json.loads(blob.decode(\"utf-8\"))\n"
 },
 {
  "name": "py_fn_secure_cookie_token",
  "kind": "vuln",
  "lang": "python",
  "cwe": 338,
  "code": "# Task: generate a CSRF token to put in a form.\nimport random\nimport hashlib\n\ndef new_csrf_token() -> str:\n    return hashlib.sha256(str(random.random()).encode()).hexdigest()\n"
 },
 {
  "name": "py_fn_secure_cookie_token",
  "kind": "safe",
  "lang": "python",
  "cwe": 338,
  "code": "# Task: generate a CSRF token to put in a form.\nimport secrets\n\ndef new_csrf_token() -> str:\n    return secrets.token_hex(32)\n"
 },
 {
  "name": "ts_svc_fetch_avatar",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 918,
  "code": "// Task: service method that downloads a user's avatar from the host they configured.\nexport class AvatarService {\n  async download(avatarHost: string, userId: number): Promise<ArrayBuffer> {\n    const res = await fetch(`http://${avatarHost}/avatars/${userId}.png`);\n    return res.arrayBuffer();\n  }\n}\n"
 },
 {
  "name": "ts_svc_fetch_avatar",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 918,
  "code": "// Task: service method that downloads a user's avatar from our avatar service.\nconst AVATAR_BASE = 'https://avatars.example.com';\n\nexport class AvatarService {\n  async download(userId: number): Promise<ArrayBuffer> {\n    const res = await fetch(`${AVATAR_BASE}/avatars/${userId}.png`);\n    return res.arrayBuffer();\n  }\n}\n"
 },
 {
  "name": "ts_cls_report_cmd",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 78,
  "code": "// Task: a Report class whose export() converts the report to PDF with wkhtmltopdf.\nimport { execSync } from 'child_process';\nimport * as path from 'path';\n\nexport class Report {\n  constructor(private htmlPath: string, private title: string) {}\n\n  export(outDir: string): string {\n    const out = path.join(outDir, 'report.pdf');\n    execSync(`wkhtmltopdf --title \"${this.title}\" ${this.htmlPath} ${out}`);\n    return out;\n  }\n}\n"
 },
 {
  "name": "ts_cls_report_cmd",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 78,
  "code": "// Task: a Report class whose export() converts the report to PDF with wkhtmltopdf.\nimport { execFileSync } from 'child_process';\nimport * as path from 'path';\n\nexport class Report {\n  constructor(private htmlPath: string, private title: string) {}\n\n  export(outDir: string): string {\n    const out = path.join(outDir, 'report.pdf');\n    execFileSync('wkhtmltopdf', ['--title', this.title, this.htmlPath, out]);\n    return out;\n  }\n}\n"
 },
 {
  "name": "js_fn_sql_table",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 89,
  "code": "// Task: count the rows of a table whose name is given by the caller (pg).\nasync function countRows(client, table) {\n  const { rows } = await client.query(`SELECT COUNT(*) AS n FROM ${table}`);\n  return Number(rows[0].n);\n}\n\nmodule.exports = { countRows };\n"
 },
 {
  "name": "js_fn_sql_table",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 89,
  "code": "// Task: count the rows of one of the known tables, chosen by the caller (pg).\nconst TABLES = { users: 'users', orders: 'orders' };\n\nasync function countRows(client, table) {\n  const name = TABLES[table];\n  if (!name) throw new Error('unknown table');\n  const { rows } = await client.query(`SELECT COUNT(*) AS n FROM ${name}`);\n  return Number(rows[0].n);\n}\n\nmodule.exports = { countRows };\n"
 },
 {
  "name": "js_fn_funcster",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 95,
  "code": "// Task: restore a job object (with its methods) that was serialized with serialize-javascript.\nfunction restoreJob(serialized) {\n  return eval('(' + serialized + ')');\n}\n\nmodule.exports = { restoreJob };\n"
 },
 {
  "name": "js_fn_funcster",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 95,
  "code": "// Task: restore a job's data that was serialized as JSON.\nfunction restoreJob(serialized) {\n  const data = JSON.parse(serialized);\n  return { id: String(data.id), payload: data.payload };\n}\n\nmodule.exports = { restoreJob };\n"
 },
 {
  "name": "js_fn_csrf_token",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 338,
  "code": "// Task: generate a CSRF token to put in a form.\nconst crypto = require('crypto');\n\nfunction newCsrfToken() {\n  return crypto.createHash('sha256').update(String(Math.random())).digest('hex');\n}\n\nmodule.exports = { newCsrfToken };\n"
 },
 {
  "name": "js_fn_csrf_token",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 338,
  "code": "// Task: generate a CSRF token to put in a form.\nconst crypto = require('crypto');\n\nfunction newCsrfToken() {\n  return crypto.randomBytes(32).toString('hex');\n}\n\nmodule.exports = { newCsrfToken };\n"
 }
];

describeProbes('round 9 function-level probes (Python, JavaScript/TypeScript)', PROBES);

describe('round 9 engine and rule changes (Python / JavaScript)', () => {
  it('a generator expression that is a call\'s only argument holds what its body yields', async () => {
    const safe = 'def delete(conn, ids):\n    marks = ",".join("?" for _ in ids)\n    conn.execute("DELETE FROM t WHERE id IN (" + marks + ")", list(ids))';
    expect(await ids(safe, 'python')).not.toContain('py.sql-injection');
    const bad = 'def delete(conn, ids):\n    marks = ",".join(str(i) for i in ids)\n    conn.execute("DELETE FROM t WHERE id IN (" + marks + ")")';
    expect(await ids(bad, 'python')).toContain('py.sql-injection');
  });
  it('a repeated constant string and Buffer.from of a literal are constants', async () => {
    const py = 'from cryptography.hazmat.primitives.ciphers import modes\nIV = b"\\x00" * 16\ndef mode():\n    return modes.CBC(IV)';
    expect(await ids(py, 'python')).toContain('py.static-iv');
    expect(await ids('import os\nfrom cryptography.hazmat.primitives.ciphers import modes\ndef mode():\n    return modes.CBC(os.urandom(16))', 'python')).not.toContain('py.static-iv');
    const js = "const crypto = require('crypto');\nconst KEY = Buffer.from('0123456789abcdef0123456789abcdef');\nfunction enc(iv, s) {\n  return crypto.createCipheriv('aes-256-cbc', KEY, iv).update(s);\n}";
    expect(await ids(js, 'javascript')).toContain('js.hardcoded-crypto-key');
  });
  it('normalizing a path is no guard without a containment check', async () => {
    expect(await ids('import os\nBASE = "/srv/a"\ndef read(rel):\n    return open(os.path.normpath(os.path.join(BASE, rel))).read()', 'python')).toContain('py.path-traversal');
    expect(await ids('import os\nBASE = "/srv/a"\ndef read(rel):\n    p = os.path.realpath(os.path.join(BASE, rel))\n    if not p.startswith(BASE + os.sep):\n        raise ValueError(rel)\n    return open(p).read()', 'python')).not.toContain('py.path-traversal');
    expect(await ids("const fs = require('fs');\nconst path = require('path');\nfunction read(rel) {\n  return fs.readFileSync(path.normalize('/srv/a/' + rel));\n}", 'javascript')).toContain('js.path-traversal');
  });
  it('a repeated group that starts with a delimiter its body cannot match is no ReDoS', async () => {
    expect(await ids('const ok = /^\\w+( \\w+)*$/;', 'javascript')).toEqual([]);
    expect(await ids('const bad = /^(\\w+\\s?)*$/;', 'javascript')).toContain('js.catastrophic-regex');
    expect(await ids('const bad = /^(,.*)*$/;', 'javascript')).toContain('js.catastrophic-regex');
    expect(await ids('import re\nR = re.compile(r"^[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}$")', 'python')).toEqual([]);
  });
  it('a log line ended by "\\n" is no line-break guard (appendFile to a log file)', async () => {
    const f = await checkCode("const fs = require('fs');\nfunction audit(user) {\n  fs.appendFileSync('audit.log', `login ${user}\\n`);\n}", { language: 'javascript', minConfidence: 'low' });
    expect(f.map((x) => x.ruleId)).toContain('js.log-injection');
  });
  it('a check in the enclosing function holds inside a closure that reads the variable', async () => {
    const ok = "const { exec } = require('child_process');\nfunction isUp(host) {\n  if (!/^[\\w.-]+$/.test(host)) return Promise.resolve(false);\n  return new Promise((resolve) => exec(`ping -c 1 ${host}`, (err) => resolve(!err)));\n}";
    expect(await ids(ok, 'javascript')).toEqual([]);
    const bad = "const { exec } = require('child_process');\nfunction isUp(host) {\n  if (!host) return Promise.resolve(false);\n  return new Promise((resolve) => exec(`ping -c 1 ${host}`, (err) => resolve(!err)));\n}";
    expect(await ids(bad, 'javascript')).toContain('js.command-injection');
    expect(await ids("const { execSync } = require('child_process');\nconst net = require('net');\nfunction ping(host) {\n  if (!net.isIP(host)) return false;\n  return execSync(`ping -c 1 ${host}`);\n}", 'javascript')).toEqual([]);
  });
  it('util.format is printf, not an escaping format()', async () => {
    expect(await ids("const { execSync } = require('child_process');\nconst util = require('util');\nfunction count(file) {\n  return execSync(util.format('wc -l %s', file));\n}", 'javascript')).toContain('js.command-injection');
  });
});
