// Probe set of round 14 (Python): "one class at a time" in library-function style. Self-contained
// functions whose inputs are their parameters, documented (docstring, names) as coming from a user,
// often returning the dangerous value (HTML, a URL to fetch, a header map, a stored hash) instead of
// passing it to a sink: weak password hashing and ciphers (hashlib, hmac, passlib, crypt, bcrypt,
// Django hashers, cryptography, PyCryptodome), SSRF (requests, urllib, httpx, aiohttp, urllib3,
// http.client, pycurl, returned URLs), XSS (f-strings, format / % / string.Template constants,
// Markup, jinja2, email bodies, http.server, WSGI), log injection (logging, loguru, structlog,
// syslog, audit files, print to stderr), header injection (header dicts and tuples, send_header,
// Django responses, Tornado, aiohttp), ReDoS / unbounded sizes, incomplete URL / domain checks and
// path traversal; each with a safe twin. Written before the analyzer was run on them; four waves.
import { describeProbes, type Probe } from './code-probes.js';

const PROBES: Probe[] = [
 {
  "name": "h_pw_md5",
  "kind": "vuln",
  "lang": "python",
  "cwe": 916,
  "code": "import hashlib\n\n\ndef hash_password(password: str) -> str:\n    \"\"\"Hash a user's password before it is stored in the users table.\"\"\"\n    return hashlib.md5(password.encode(\"utf-8\")).hexdigest()\n\n\ndef verify_password(password: str, stored: str) -> bool:\n    return hash_password(password) == stored\n",
  "wave": 1
 },
 {
  "name": "h_pw_md5",
  "kind": "safe",
  "lang": "python",
  "cwe": 916,
  "code": "import hashlib\nimport hmac\nimport os\n\n\ndef hash_password(password: str) -> str:\n    \"\"\"Hash a user's password before it is stored in the users table.\"\"\"\n    salt = os.urandom(16)\n    digest = hashlib.scrypt(password.encode(\"utf-8\"), salt=salt, n=2**14, r=8, p=1)\n    return salt.hex() + \"$\" + digest.hex()\n\n\ndef verify_password(password: str, stored: str) -> bool:\n    salt_hex, digest_hex = stored.split(\"$\", 1)\n    digest = hashlib.scrypt(password.encode(\"utf-8\"), salt=bytes.fromhex(salt_hex), n=2**14, r=8, p=1)\n    return hmac.compare_digest(digest.hex(), digest_hex)\n",
  "wave": 1
 },
 {
  "name": "h_pw_sha256_const_salt",
  "kind": "vuln",
  "lang": "python",
  "cwe": 916,
  "code": "import hashlib\n\nSALT = b\"k4la-app-salt\"\n\n\ndef store_password(db, username, password):\n    \"\"\"Save the new password of `username` (hashed) in the credentials table.\"\"\"\n    pw_hash = hashlib.sha256(SALT + password.encode()).hexdigest()\n    db.execute(\"UPDATE users SET pw_hash = ? WHERE username = ?\", (pw_hash, username))\n    db.commit()\n",
  "wave": 1
 },
 {
  "name": "h_pw_sha256_const_salt",
  "kind": "safe",
  "lang": "python",
  "cwe": 916,
  "code": "import bcrypt\n\n\ndef store_password(db, username, password):\n    \"\"\"Save the new password of `username` (hashed) in the credentials table.\"\"\"\n    pw_hash = bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12)).decode()\n    db.execute(\"UPDATE users SET pw_hash = ? WHERE username = ?\", (pw_hash, username))\n    db.commit()\n",
  "wave": 1
 },
 {
  "name": "h_pw_sha512_single_round",
  "kind": "vuln",
  "lang": "python",
  "cwe": 916,
  "code": "import hashlib\nimport os\n\n\ndef make_password_record(password):\n    \"\"\"Return 'salt$hash' for a password chosen by the user at sign-up.\"\"\"\n    salt = os.urandom(16)\n    digest = hashlib.sha512(salt + password.encode(\"utf-8\")).hexdigest()\n    return f\"{salt.hex()}${digest}\"\n",
  "wave": 1
 },
 {
  "name": "h_pw_sha512_single_round",
  "kind": "safe",
  "lang": "python",
  "cwe": 916,
  "code": "import hashlib\nimport os\n\n\ndef make_password_record(password):\n    \"\"\"Return 'salt$hash' for a password chosen by the user at sign-up.\"\"\"\n    salt = os.urandom(16)\n    digest = hashlib.pbkdf2_hmac(\"sha512\", password.encode(\"utf-8\"), salt, 210_000).hex()\n    return f\"{salt.hex()}${digest}\"\n",
  "wave": 1
 },
 {
  "name": "h_pbkdf2_low_iter",
  "kind": "vuln",
  "lang": "python",
  "cwe": 916,
  "code": "import hashlib\nimport secrets\n\nITERATIONS = 1000\n\n\ndef derive_password_hash(password: str) -> tuple[bytes, bytes]:\n    \"\"\"Derive the hash of a login password for storage; returns (salt, hash).\"\"\"\n    salt = secrets.token_bytes(16)\n    key = hashlib.pbkdf2_hmac(\"sha256\", password.encode(), salt, ITERATIONS)\n    return salt, key\n",
  "wave": 1
 },
 {
  "name": "h_pbkdf2_low_iter",
  "kind": "safe",
  "lang": "python",
  "cwe": 916,
  "code": "import hashlib\nimport secrets\n\nITERATIONS = 600_000\n\n\ndef derive_password_hash(password: str) -> tuple[bytes, bytes]:\n    \"\"\"Derive the hash of a login password for storage; returns (salt, hash).\"\"\"\n    salt = secrets.token_bytes(16)\n    key = hashlib.pbkdf2_hmac(\"sha256\", password.encode(), salt, ITERATIONS)\n    return salt, key\n",
  "wave": 1
 },
 {
  "name": "h_passlib_md5_crypt",
  "kind": "vuln",
  "lang": "python",
  "cwe": 916,
  "code": "from passlib.context import CryptContext\n\npwd_context = CryptContext(schemes=[\"md5_crypt\"])\n\n\ndef hash_user_password(plain_password: str) -> str:\n    return pwd_context.hash(plain_password)\n\n\ndef check_user_password(plain_password: str, hashed: str) -> bool:\n    return pwd_context.verify(plain_password, hashed)\n",
  "wave": 1
 },
 {
  "name": "h_passlib_md5_crypt",
  "kind": "safe",
  "lang": "python",
  "cwe": 916,
  "code": "from passlib.context import CryptContext\n\npwd_context = CryptContext(schemes=[\"bcrypt\"], deprecated=\"auto\")\n\n\ndef hash_user_password(plain_password: str) -> str:\n    return pwd_context.hash(plain_password)\n\n\ndef check_user_password(plain_password: str, hashed: str) -> bool:\n    return pwd_context.verify(plain_password, hashed)\n",
  "wave": 1
 },
 {
  "name": "h_cert_fingerprint_sha1",
  "kind": "vuln",
  "lang": "python",
  "cwe": 328,
  "code": "import hashlib\nimport ssl\n\n\ndef certificate_fingerprint(cert_pem: str) -> str:\n    \"\"\"Return the fingerprint used to pin the server certificate of a partner.\"\"\"\n    der = ssl.PEM_cert_to_DER_cert(cert_pem)\n    return hashlib.sha1(der).hexdigest()\n",
  "wave": 1
 },
 {
  "name": "h_cert_fingerprint_sha1",
  "kind": "safe",
  "lang": "python",
  "cwe": 328,
  "code": "import hashlib\nimport ssl\n\n\ndef certificate_fingerprint(cert_pem: str) -> str:\n    \"\"\"Return the fingerprint used to pin the server certificate of a partner.\"\"\"\n    der = ssl.PEM_cert_to_DER_cert(cert_pem)\n    return hashlib.sha256(der).hexdigest()\n",
  "wave": 1
 },
 {
  "name": "h_file_integrity_md5",
  "kind": "vuln",
  "lang": "python",
  "cwe": 328,
  "code": "import hashlib\nimport hmac\n\n\ndef verify_download(path: str, expected_checksum: str) -> bool:\n    \"\"\"Check that a downloaded release archive was not tampered with.\"\"\"\n    h = hashlib.md5()\n    with open(path, \"rb\") as fh:\n        for chunk in iter(lambda: fh.read(65536), b\"\"):\n            h.update(chunk)\n    return hmac.compare_digest(h.hexdigest(), expected_checksum)\n",
  "wave": 1
 },
 {
  "name": "h_file_integrity_md5",
  "kind": "safe",
  "lang": "python",
  "cwe": 328,
  "code": "import hashlib\nimport hmac\n\n\ndef verify_download(path: str, expected_checksum: str) -> bool:\n    \"\"\"Check that a downloaded release archive was not tampered with.\"\"\"\n    h = hashlib.sha256()\n    with open(path, \"rb\") as fh:\n        for chunk in iter(lambda: fh.read(65536), b\"\"):\n            h.update(chunk)\n    return hmac.compare_digest(h.hexdigest(), expected_checksum)\n",
  "wave": 1
 },
 {
  "name": "h_hmac_md5_webhook",
  "kind": "vuln",
  "lang": "python",
  "cwe": 328,
  "code": "import hashlib\nimport hmac\n\n\ndef sign_webhook(secret: bytes, payload: bytes) -> str:\n    \"\"\"Signature header value sent with every webhook delivery.\"\"\"\n    return hmac.new(secret, payload, hashlib.md5).hexdigest()\n\n\ndef verify_webhook(secret: bytes, payload: bytes, signature: str) -> bool:\n    return hmac.compare_digest(sign_webhook(secret, payload), signature)\n",
  "wave": 1
 },
 {
  "name": "h_hmac_md5_webhook",
  "kind": "safe",
  "lang": "python",
  "cwe": 328,
  "code": "import hashlib\nimport hmac\n\n\ndef sign_webhook(secret: bytes, payload: bytes) -> str:\n    \"\"\"Signature header value sent with every webhook delivery.\"\"\"\n    return hmac.new(secret, payload, hashlib.sha256).hexdigest()\n\n\ndef verify_webhook(secret: bytes, payload: bytes, signature: str) -> bool:\n    return hmac.compare_digest(sign_webhook(secret, payload), signature)\n",
  "wave": 1
 },
 {
  "name": "h_crypto_3des",
  "kind": "vuln",
  "lang": "python",
  "cwe": 327,
  "code": "import os\nfrom cryptography.hazmat.primitives import padding\nfrom cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\n\n\ndef encrypt_record(key: bytes, plaintext: bytes) -> bytes:\n    \"\"\"Encrypt a customer record before it is written to the archive.\"\"\"\n    iv = os.urandom(8)\n    padder = padding.PKCS7(64).padder()\n    data = padder.update(plaintext) + padder.finalize()\n    enc = Cipher(algorithms.TripleDES(key), modes.CBC(iv)).encryptor()\n    return iv + enc.update(data) + enc.finalize()\n",
  "wave": 1
 },
 {
  "name": "h_crypto_3des",
  "kind": "safe",
  "lang": "python",
  "cwe": 327,
  "code": "import os\nfrom cryptography.hazmat.primitives.ciphers.aead import AESGCM\n\n\ndef encrypt_record(key: bytes, plaintext: bytes) -> bytes:\n    \"\"\"Encrypt a customer record before it is written to the archive.\"\"\"\n    nonce = os.urandom(12)\n    return nonce + AESGCM(key).encrypt(nonce, plaintext, None)\n",
  "wave": 1
 },
 {
  "name": "h_pycryptodome_ecb",
  "kind": "vuln",
  "lang": "python",
  "cwe": 327,
  "code": "from Crypto.Cipher import AES\nfrom Crypto.Util.Padding import pad\n\n\ndef encrypt_token(key: bytes, token: str) -> bytes:\n    \"\"\"Encrypt an access token for storage in the session store.\"\"\"\n    cipher = AES.new(key, AES.MODE_ECB)\n    return cipher.encrypt(pad(token.encode(), AES.block_size))\n",
  "wave": 1
 },
 {
  "name": "h_pycryptodome_ecb",
  "kind": "safe",
  "lang": "python",
  "cwe": 327,
  "code": "from Crypto.Cipher import AES\n\n\ndef encrypt_token(key: bytes, token: str) -> bytes:\n    \"\"\"Encrypt an access token for storage in the session store.\"\"\"\n    cipher = AES.new(key, AES.MODE_GCM)\n    ciphertext, tag = cipher.encrypt_and_digest(token.encode())\n    return cipher.nonce + tag + ciphertext\n",
  "wave": 1
 },
 {
  "name": "h_static_iv_cbc",
  "kind": "vuln",
  "lang": "python",
  "cwe": 329,
  "code": "from Crypto.Cipher import AES\nfrom Crypto.Util.Padding import pad\n\nIV = b\"\\x00\" * 16\n\n\ndef encrypt_message(key: bytes, message: bytes) -> bytes:\n    cipher = AES.new(key, AES.MODE_CBC, iv=IV)\n    return cipher.encrypt(pad(message, 16))\n",
  "wave": 1
 },
 {
  "name": "h_static_iv_cbc",
  "kind": "safe",
  "lang": "python",
  "cwe": 329,
  "code": "from Crypto.Cipher import AES\nfrom Crypto.Random import get_random_bytes\nfrom Crypto.Util.Padding import pad\n\n\ndef encrypt_message(key: bytes, message: bytes) -> bytes:\n    iv = get_random_bytes(16)\n    cipher = AES.new(key, AES.MODE_CBC, iv=iv)\n    return iv + cipher.encrypt(pad(message, 16))\n",
  "wave": 1
 },
 {
  "name": "h_rsa_1024",
  "kind": "vuln",
  "lang": "python",
  "cwe": 326,
  "code": "from cryptography.hazmat.primitives import serialization\nfrom cryptography.hazmat.primitives.asymmetric import rsa\n\n\ndef generate_signing_keypair():\n    \"\"\"Create the key pair a tenant uses to sign its API requests.\"\"\"\n    key = rsa.generate_private_key(public_exponent=65537, key_size=1024)\n    pem = key.private_bytes(\n        serialization.Encoding.PEM,\n        serialization.PrivateFormat.PKCS8,\n        serialization.NoEncryption(),\n    )\n    return pem, key.public_key()\n",
  "wave": 1
 },
 {
  "name": "h_rsa_1024",
  "kind": "safe",
  "lang": "python",
  "cwe": 326,
  "code": "from cryptography.hazmat.primitives import serialization\nfrom cryptography.hazmat.primitives.asymmetric import rsa\n\n\ndef generate_signing_keypair():\n    \"\"\"Create the key pair a tenant uses to sign its API requests.\"\"\"\n    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)\n    pem = key.private_bytes(\n        serialization.Encoding.PEM,\n        serialization.PrivateFormat.PKCS8,\n        serialization.NoEncryption(),\n    )\n    return pem, key.public_key()\n",
  "wave": 1
 },
 {
  "name": "h_rsa_pkcs1v15_encrypt",
  "kind": "vuln",
  "lang": "python",
  "cwe": 780,
  "code": "from cryptography.hazmat.primitives import serialization\nfrom cryptography.hazmat.primitives.asymmetric import padding\n\n\ndef encrypt_for_partner(public_pem: bytes, secret: bytes) -> bytes:\n    public_key = serialization.load_pem_public_key(public_pem)\n    return public_key.encrypt(secret, padding.PKCS1v15())\n",
  "wave": 1
 },
 {
  "name": "h_rsa_pkcs1v15_encrypt",
  "kind": "safe",
  "lang": "python",
  "cwe": 780,
  "code": "from cryptography.hazmat.primitives import hashes, serialization\nfrom cryptography.hazmat.primitives.asymmetric import padding\n\n\ndef encrypt_for_partner(public_pem: bytes, secret: bytes) -> bytes:\n    public_key = serialization.load_pem_public_key(public_pem)\n    return public_key.encrypt(\n        secret,\n        padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None),\n    )\n",
  "wave": 1
 },
 {
  "name": "h_arc4_stream",
  "kind": "vuln",
  "lang": "python",
  "cwe": 327,
  "code": "from Crypto.Cipher import ARC4\n\n\ndef obfuscate_payload(key: bytes, payload: bytes) -> bytes:\n    \"\"\"Encrypt the telemetry payload before it is sent to the collector.\"\"\"\n    return ARC4.new(key).encrypt(payload)\n",
  "wave": 1
 },
 {
  "name": "h_arc4_stream",
  "kind": "safe",
  "lang": "python",
  "cwe": 327,
  "code": "from Crypto.Cipher import ChaCha20_Poly1305\n\n\ndef obfuscate_payload(key: bytes, payload: bytes) -> bytes:\n    \"\"\"Encrypt the telemetry payload before it is sent to the collector.\"\"\"\n    cipher = ChaCha20_Poly1305.new(key=key)\n    ciphertext, tag = cipher.encrypt_and_digest(payload)\n    return cipher.nonce + tag + ciphertext\n",
  "wave": 1
 },
 {
  "name": "h_hashlib_new_sha1_pw",
  "kind": "vuln",
  "lang": "python",
  "cwe": 916,
  "code": "import hashlib\n\n\nclass UserStore:\n    def __init__(self):\n        self.users = {}\n\n    def register(self, username, password):\n        digest = hashlib.new(\"sha1\", password.encode()).hexdigest()\n        self.users[username] = digest\n\n    def authenticate(self, username, password):\n        return self.users.get(username) == hashlib.new(\"sha1\", password.encode()).hexdigest()\n",
  "wave": 1
 },
 {
  "name": "h_hashlib_new_sha1_pw",
  "kind": "safe",
  "lang": "python",
  "cwe": 916,
  "code": "from argon2 import PasswordHasher\nfrom argon2.exceptions import VerifyMismatchError\n\n\nclass UserStore:\n    def __init__(self):\n        self.users = {}\n        self.ph = PasswordHasher()\n\n    def register(self, username, password):\n        self.users[username] = self.ph.hash(password)\n\n    def authenticate(self, username, password):\n        try:\n            return self.ph.verify(self.users.get(username, \"\"), password)\n        except VerifyMismatchError:\n            return False\n",
  "wave": 1
 },
 {
  "name": "h_blowfish_cbc",
  "kind": "vuln",
  "lang": "python",
  "cwe": 327,
  "code": "from Crypto.Cipher import Blowfish\nfrom Crypto.Random import get_random_bytes\nfrom Crypto.Util.Padding import pad\n\n\ndef encrypt_backup(key: bytes, data: bytes) -> bytes:\n    iv = get_random_bytes(8)\n    cipher = Blowfish.new(key, Blowfish.MODE_CBC, iv)\n    return iv + cipher.encrypt(pad(data, Blowfish.block_size))\n",
  "wave": 1
 },
 {
  "name": "h_blowfish_cbc",
  "kind": "safe",
  "lang": "python",
  "cwe": 327,
  "code": "from Crypto.Cipher import AES\n\n\ndef encrypt_backup(key: bytes, data: bytes) -> bytes:\n    cipher = AES.new(key, AES.MODE_GCM)\n    ciphertext, tag = cipher.encrypt_and_digest(data)\n    return cipher.nonce + tag + ciphertext\n",
  "wave": 1
 },
 {
  "name": "h_pw_sha256_no_salt_hexdigest_loop",
  "kind": "vuln",
  "lang": "python",
  "cwe": 916,
  "code": "import hashlib\n\n\ndef hash_passwords(rows):\n    \"\"\"Migrate the plain-text passwords of the legacy table to hashes.\"\"\"\n    out = []\n    for username, password in rows:\n        out.append((username, hashlib.sha256(password.encode()).hexdigest()))\n    return out\n",
  "wave": 1
 },
 {
  "name": "h_pw_sha256_no_salt_hexdigest_loop",
  "kind": "safe",
  "lang": "python",
  "cwe": 916,
  "code": "import bcrypt\n\n\ndef hash_passwords(rows):\n    \"\"\"Migrate the plain-text passwords of the legacy table to hashes.\"\"\"\n    out = []\n    for username, password in rows:\n        out.append((username, bcrypt.hashpw(password.encode(), bcrypt.gensalt()).decode()))\n    return out\n",
  "wave": 1
 },
 {
  "name": "ssrf_subdomain_profile",
  "kind": "vuln",
  "lang": "python",
  "cwe": 918,
  "code": "import requests\n\n\ndef fetch_tenant_profile(subdomain: str) -> dict:\n    \"\"\"Fetch the public profile of a tenant. `subdomain` comes from the user.\"\"\"\n    url = f\"https://{subdomain}.example.com/api/profile\"\n    resp = requests.get(url, timeout=5)\n    resp.raise_for_status()\n    return resp.json()\n",
  "wave": 1
 },
 {
  "name": "ssrf_subdomain_profile",
  "kind": "safe",
  "lang": "python",
  "cwe": 918,
  "code": "import re\n\nimport requests\n\nSUBDOMAIN_RE = re.compile(r\"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\")\n\n\ndef fetch_tenant_profile(subdomain: str) -> dict:\n    \"\"\"Fetch the public profile of a tenant. `subdomain` comes from the user.\"\"\"\n    if not SUBDOMAIN_RE.fullmatch(subdomain):\n        raise ValueError(\"invalid subdomain\")\n    url = f\"https://{subdomain}.example.com/api/profile\"\n    resp = requests.get(url, timeout=5)\n    resp.raise_for_status()\n    return resp.json()\n",
  "wave": 1
 },
 {
  "name": "ssrf_user_id_path",
  "kind": "vuln",
  "lang": "python",
  "cwe": 918,
  "code": "import requests\n\nAPI = \"https://api.example.com\"\n\n\ndef get_user_info(user_id):\n    \"\"\"Return the info of the user whose id was typed in the search box.\"\"\"\n    r = requests.get(API + \"/users/\" + user_id, timeout=3)\n    return r.json()\n",
  "wave": 1
 },
 {
  "name": "ssrf_user_id_path",
  "kind": "safe",
  "lang": "python",
  "cwe": 918,
  "code": "import requests\n\nAPI = \"https://api.example.com\"\n\n\ndef get_user_info(user_id):\n    \"\"\"Return the info of the user whose id was typed in the search box.\"\"\"\n    if not str(user_id).isdigit():\n        raise ValueError(\"user id must be numeric\")\n    r = requests.get(API + \"/users/\" + str(user_id), timeout=3)\n    return r.json()\n",
  "wave": 1
 },
 {
  "name": "ssrf_urlopen_preview",
  "kind": "vuln",
  "lang": "python",
  "cwe": 918,
  "code": "import urllib.request\n\n\ndef link_preview(url: str) -> str:\n    \"\"\"Download the page a user pasted into a chat message to build a preview.\"\"\"\n    with urllib.request.urlopen(url, timeout=5) as resp:\n        return resp.read(200_000).decode(\"utf-8\", \"replace\")\n",
  "wave": 1
 },
 {
  "name": "ssrf_urlopen_preview",
  "kind": "safe",
  "lang": "python",
  "cwe": 918,
  "code": "import urllib.request\nfrom urllib.parse import urlparse\n\nALLOWED_HOSTS = {\"www.youtube.com\", \"github.com\", \"en.wikipedia.org\"}\n\n\ndef link_preview(url: str) -> str:\n    \"\"\"Download the page a user pasted into a chat message to build a preview.\"\"\"\n    parts = urlparse(url)\n    if parts.scheme != \"https\" or parts.hostname not in ALLOWED_HOSTS:\n        raise ValueError(\"host not allowed\")\n    with urllib.request.urlopen(url, timeout=5) as resp:\n        return resp.read(200_000).decode(\"utf-8\", \"replace\")\n",
  "wave": 1
 },
 {
  "name": "ssrf_httpx_health",
  "kind": "vuln",
  "lang": "python",
  "cwe": 918,
  "code": "import httpx\n\n\ndef check_service_health(host: str, port: int = 8080) -> bool:\n    \"\"\"Ping the health endpoint of the service the operator selected.\"\"\"\n    r = httpx.get(f\"http://{host}:{port}/healthz\", timeout=2.0)\n    return r.status_code == 200\n",
  "wave": 1
 },
 {
  "name": "ssrf_httpx_health",
  "kind": "safe",
  "lang": "python",
  "cwe": 918,
  "code": "import httpx\n\nSERVICES = {\"billing\": \"billing.internal\", \"search\": \"search.internal\"}\n\n\ndef check_service_health(service: str, port: int = 8080) -> bool:\n    \"\"\"Ping the health endpoint of the service the operator selected.\"\"\"\n    host = SERVICES.get(service)\n    if host is None:\n        raise ValueError(\"unknown service\")\n    r = httpx.get(f\"http://{host}:{port}/healthz\", timeout=2.0)\n    return r.status_code == 200\n",
  "wave": 1
 },
 {
  "name": "ssrf_aiohttp_webhook",
  "kind": "vuln",
  "lang": "python",
  "cwe": 918,
  "code": "import aiohttp\n\n\nasync def deliver_webhook(callback_url: str, event: dict) -> int:\n    \"\"\"POST the event to the callback URL the customer registered.\"\"\"\n    async with aiohttp.ClientSession() as session:\n        async with session.post(callback_url, json=event) as resp:\n            return resp.status\n",
  "wave": 1
 },
 {
  "name": "ssrf_aiohttp_webhook",
  "kind": "safe",
  "lang": "python",
  "cwe": 918,
  "code": "import ipaddress\nimport socket\nfrom urllib.parse import urlparse\n\nimport aiohttp\n\n\ndef _is_public(url: str) -> bool:\n    parts = urlparse(url)\n    if parts.scheme != \"https\" or not parts.hostname:\n        return False\n    for info in socket.getaddrinfo(parts.hostname, 443):\n        if not ipaddress.ip_address(info[4][0]).is_global:\n            return False\n    return True\n\n\nasync def deliver_webhook(callback_url: str, event: dict) -> int:\n    \"\"\"POST the event to the callback URL the customer registered.\"\"\"\n    if not _is_public(callback_url):\n        raise ValueError(\"callback must be a public https URL\")\n    async with aiohttp.ClientSession() as session:\n        async with session.post(callback_url, json=event) as resp:\n            return resp.status\n",
  "wave": 1
 },
 {
  "name": "ssrf_return_url_domain",
  "kind": "vuln",
  "lang": "python",
  "cwe": 918,
  "code": "def build_avatar_url(domain: str, username: str) -> str:\n    \"\"\"Return the URL the image proxy will fetch for a user's avatar.\n\n    `domain` and `username` are supplied by the user in their profile settings.\n    \"\"\"\n    return f\"https://{domain}/avatars/{username}.png\"\n",
  "wave": 1
 },
 {
  "name": "ssrf_return_url_domain",
  "kind": "safe",
  "lang": "python",
  "cwe": 918,
  "code": "from urllib.parse import quote\n\nAVATAR_DOMAINS = {\"gravatar.com\", \"avatars.githubusercontent.com\"}\n\n\ndef build_avatar_url(domain: str, username: str) -> str:\n    \"\"\"Return the URL the image proxy will fetch for a user's avatar.\n\n    `domain` and `username` are supplied by the user in their profile settings.\n    \"\"\"\n    if domain not in AVATAR_DOMAINS:\n        raise ValueError(\"unsupported avatar domain\")\n    return f\"https://{domain}/avatars/{quote(username, safe='')}.png\"\n",
  "wave": 1
 },
 {
  "name": "ssrf_http_client",
  "kind": "vuln",
  "lang": "python",
  "cwe": 918,
  "code": "import http.client\nimport json\n\n\ndef fetch_inventory(host: str, sku: str) -> dict:\n    \"\"\"Ask the warehouse server at `host` (chosen by the caller) for stock of `sku`.\"\"\"\n    conn = http.client.HTTPSConnection(host, timeout=5)\n    conn.request(\"GET\", \"/stock?sku=\" + sku)\n    resp = conn.getresponse()\n    return json.loads(resp.read())\n",
  "wave": 1
 },
 {
  "name": "ssrf_http_client",
  "kind": "safe",
  "lang": "python",
  "cwe": 918,
  "code": "import http.client\nimport json\nfrom urllib.parse import quote\n\nWAREHOUSES = {\"eu\": \"stock-eu.example.com\", \"us\": \"stock-us.example.com\"}\n\n\ndef fetch_inventory(region: str, sku: str) -> dict:\n    \"\"\"Ask the warehouse server of `region` (chosen by the caller) for stock of `sku`.\"\"\"\n    host = WAREHOUSES[region]\n    conn = http.client.HTTPSConnection(host, timeout=5)\n    conn.request(\"GET\", \"/stock?sku=\" + quote(sku, safe=\"\"))\n    resp = conn.getresponse()\n    return json.loads(resp.read())\n",
  "wave": 1
 },
 {
  "name": "ssrf_requests_session_image",
  "kind": "vuln",
  "lang": "python",
  "cwe": 918,
  "code": "import requests\n\nsession = requests.Session()\n\n\ndef import_image(image_url):\n    \"\"\"Import the product image from the URL given in the CSV upload.\"\"\"\n    resp = session.get(image_url, stream=True, timeout=10)\n    resp.raise_for_status()\n    return resp.content\n",
  "wave": 1
 },
 {
  "name": "ssrf_requests_session_image",
  "kind": "safe",
  "lang": "python",
  "cwe": 918,
  "code": "from urllib.parse import urlparse\n\nimport requests\n\nsession = requests.Session()\nCDN_HOSTS = (\"images.example-cdn.com\", \"static.example.com\")\n\n\ndef import_image(image_url):\n    \"\"\"Import the product image from the URL given in the CSV upload.\"\"\"\n    host = urlparse(image_url).hostname\n    if host not in CDN_HOSTS:\n        raise ValueError(\"images must come from our CDN\")\n    resp = session.get(image_url, stream=True, timeout=10)\n    resp.raise_for_status()\n    return resp.content\n",
  "wave": 1
 },
 {
  "name": "xss_welcome_fstring",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "def render_welcome(username: str) -> str:\n    \"\"\"Return the HTML welcome banner shown after login.\"\"\"\n    return f\"<div class='banner'><h1>Welcome back, {username}!</h1></div>\"\n",
  "wave": 1
 },
 {
  "name": "xss_welcome_fstring",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "import html\n\n\ndef render_welcome(username: str) -> str:\n    \"\"\"Return the HTML welcome banner shown after login.\"\"\"\n    return f\"<div class='banner'><h1>Welcome back, {html.escape(username)}!</h1></div>\"\n",
  "wave": 1
 },
 {
  "name": "xss_profile_card_format",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "PROFILE_CARD = \"\"\"\n<div class=\"card\">\n  <h2>{name}</h2>\n  <p class=\"bio\">{bio}</p>\n  <a href=\"{website}\">website</a>\n</div>\n\"\"\"\n\n\ndef profile_card(name, bio, website):\n    \"\"\"Build the profile card HTML from what the user entered on the settings page.\"\"\"\n    return PROFILE_CARD.format(name=name, bio=bio, website=website)\n",
  "wave": 1
 },
 {
  "name": "xss_profile_card_format",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from markupsafe import escape\n\nPROFILE_CARD = \"\"\"\n<div class=\"card\">\n  <h2>{name}</h2>\n  <p class=\"bio\">{bio}</p>\n  <a href=\"{website}\">website</a>\n</div>\n\"\"\"\n\n\ndef profile_card(name, bio, website):\n    \"\"\"Build the profile card HTML from what the user entered on the settings page.\"\"\"\n    if not website.startswith((\"https://\", \"http://\")):\n        website = \"#\"\n    return PROFILE_CARD.format(name=escape(name), bio=escape(bio), website=escape(website))\n",
  "wave": 1
 },
 {
  "name": "xss_comment_list_join",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "def render_comments(comments):\n    \"\"\"Render the comment thread; each comment is a dict with author and text.\"\"\"\n    items = \"\".join(\n        f\"<li><strong>{c['author']}</strong>: {c['text']}</li>\" for c in comments\n    )\n    return f\"<ul class='comments'>{items}</ul>\"\n",
  "wave": 1
 },
 {
  "name": "xss_comment_list_join",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from html import escape\n\n\ndef render_comments(comments):\n    \"\"\"Render the comment thread; each comment is a dict with author and text.\"\"\"\n    items = \"\".join(\n        f\"<li><strong>{escape(c['author'])}</strong>: {escape(c['text'])}</li>\" for c in comments\n    )\n    return f\"<ul class='comments'>{items}</ul>\"\n",
  "wave": 1
 },
 {
  "name": "xss_error_page_percent",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "ERROR_TEMPLATE = \"<html><body><h1>Error</h1><p>%s</p></body></html>\"\n\n\ndef error_page(message):\n    \"\"\"Error page for a failed search; `message` echoes the user's query.\"\"\"\n    return ERROR_TEMPLATE % message\n",
  "wave": 1
 },
 {
  "name": "xss_error_page_percent",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "import html\n\nERROR_TEMPLATE = \"<html><body><h1>Error</h1><p>%s</p></body></html>\"\n\n\ndef error_page(message):\n    \"\"\"Error page for a failed search; `message` echoes the user's query.\"\"\"\n    return ERROR_TEMPLATE % html.escape(message)\n",
  "wave": 1
 },
 {
  "name": "xss_email_html_body",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from email.message import EmailMessage\n\n\ndef build_invite_email(inviter_name, team_name, to_addr):\n    msg = EmailMessage()\n    msg[\"To\"] = to_addr\n    msg[\"From\"] = \"noreply@example.com\"\n    msg[\"Subject\"] = \"You have been invited\"\n    body = \"<p>\" + inviter_name + \" invited you to join <b>\" + team_name + \"</b>.</p>\"\n    msg.set_content(\"You have been invited.\")\n    msg.add_alternative(body, subtype=\"html\")\n    return msg\n",
  "wave": 1
 },
 {
  "name": "xss_email_html_body",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from email.message import EmailMessage\nfrom html import escape\n\n\ndef build_invite_email(inviter_name, team_name, to_addr):\n    msg = EmailMessage()\n    msg[\"To\"] = to_addr\n    msg[\"From\"] = \"noreply@example.com\"\n    msg[\"Subject\"] = \"You have been invited\"\n    body = \"<p>\" + escape(inviter_name) + \" invited you to join <b>\" + escape(team_name) + \"</b>.</p>\"\n    msg.set_content(\"You have been invited.\")\n    msg.add_alternative(body, subtype=\"html\")\n    return msg\n",
  "wave": 1
 },
 {
  "name": "xss_string_template",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from string import Template\n\nBIO_TEMPLATE = Template(\"<section class='bio'><h3>$title</h3><div>$bio</div></section>\")\n\n\ndef render_bio(title: str, bio: str) -> str:\n    \"\"\"HTML fragment of the user's biography for their public page.\"\"\"\n    return BIO_TEMPLATE.substitute(title=title, bio=bio)\n",
  "wave": 1
 },
 {
  "name": "xss_string_template",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from html import escape\nfrom string import Template\n\nBIO_TEMPLATE = Template(\"<section class='bio'><h3>$title</h3><div>$bio</div></section>\")\n\n\ndef render_bio(title: str, bio: str) -> str:\n    \"\"\"HTML fragment of the user's biography for their public page.\"\"\"\n    return BIO_TEMPLATE.substitute(title=escape(title), bio=escape(bio))\n",
  "wave": 1
 },
 {
  "name": "xss_jinja_env_no_autoescape",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from jinja2 import Environment\n\nenv = Environment()\nTEMPLATE = env.from_string(\"<p>Hello {{ name }}, you have {{ count }} new messages</p>\")\n\n\ndef render_greeting(name, count):\n    return TEMPLATE.render(name=name, count=count)\n",
  "wave": 1
 },
 {
  "name": "xss_jinja_env_no_autoescape",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from jinja2 import Environment, select_autoescape\n\nenv = Environment(autoescape=select_autoescape(default_for_string=True, default=True))\nTEMPLATE = env.from_string(\"<p>Hello {{ name }}, you have {{ count }} new messages</p>\")\n\n\ndef render_greeting(name, count):\n    return TEMPLATE.render(name=name, count=count)\n",
  "wave": 1
 },
 {
  "name": "xss_markup_fstring",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from markupsafe import Markup\n\n\ndef user_badge(display_name: str, role: str) -> Markup:\n    \"\"\"Badge shown next to a user's posts (marked safe for the templates).\"\"\"\n    return Markup(f'<span class=\"badge badge-{role}\">{display_name}</span>')\n",
  "wave": 1
 },
 {
  "name": "xss_markup_fstring",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from markupsafe import Markup\n\n\ndef user_badge(display_name: str, role: str) -> Markup:\n    \"\"\"Badge shown next to a user's posts (marked safe for the templates).\"\"\"\n    return Markup('<span class=\"badge badge-{}\">{}</span>').format(role, display_name)\n",
  "wave": 1
 },
 {
  "name": "xss_http_server_echo",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from http.server import BaseHTTPRequestHandler, HTTPServer\nfrom urllib.parse import parse_qs, urlparse\n\n\nclass SearchHandler(BaseHTTPRequestHandler):\n    def do_GET(self):\n        q = parse_qs(urlparse(self.path).query).get(\"q\", [\"\"])[0]\n        self.send_response(200)\n        self.send_header(\"Content-Type\", \"text/html; charset=utf-8\")\n        self.end_headers()\n        self.wfile.write(f\"<p>No results for <em>{q}</em></p>\".encode())\n\n\nif __name__ == \"__main__\":\n    HTTPServer((\"127.0.0.1\", 8000), SearchHandler).serve_forever()\n",
  "wave": 1
 },
 {
  "name": "xss_http_server_echo",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "import html\nfrom http.server import BaseHTTPRequestHandler, HTTPServer\nfrom urllib.parse import parse_qs, urlparse\n\n\nclass SearchHandler(BaseHTTPRequestHandler):\n    def do_GET(self):\n        q = parse_qs(urlparse(self.path).query).get(\"q\", [\"\"])[0]\n        self.send_response(200)\n        self.send_header(\"Content-Type\", \"text/html; charset=utf-8\")\n        self.end_headers()\n        self.wfile.write(f\"<p>No results for <em>{html.escape(q)}</em></p>\".encode())\n\n\nif __name__ == \"__main__\":\n    HTTPServer((\"127.0.0.1\", 8000), SearchHandler).serve_forever()\n",
  "wave": 1
 },
 {
  "name": "xss_highlight_search",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "def highlight(text: str, term: str) -> str:\n    \"\"\"Return `text` as HTML with every occurrence of the searched `term` highlighted.\"\"\"\n    return text.replace(term, \"<mark>\" + term + \"</mark>\")\n",
  "wave": 1
 },
 {
  "name": "xss_highlight_search",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "import html\n\n\ndef highlight(text: str, term: str) -> str:\n    \"\"\"Return `text` as HTML with every occurrence of the searched `term` highlighted.\"\"\"\n    safe_text = html.escape(text)\n    safe_term = html.escape(term)\n    return safe_text.replace(safe_term, \"<mark>\" + safe_term + \"</mark>\")\n",
  "wave": 1
 },
 {
  "name": "log_failed_login_fstring",
  "kind": "vuln",
  "lang": "python",
  "cwe": 117,
  "code": "import logging\n\nlogger = logging.getLogger(\"auth\")\n\n\ndef record_failed_login(username: str, ip: str) -> None:\n    \"\"\"Audit-log a failed login; `username` is what the client typed.\"\"\"\n    logger.warning(f\"Failed login for user {username} from {ip}\")\n",
  "wave": 1
 },
 {
  "name": "log_failed_login_fstring",
  "kind": "safe",
  "lang": "python",
  "cwe": 117,
  "code": "import logging\n\nlogger = logging.getLogger(\"auth\")\n\n\ndef _clean(value: str) -> str:\n    return value.replace(\"\\r\", \"\\\\r\").replace(\"\\n\", \"\\\\n\")\n\n\ndef record_failed_login(username: str, ip: str) -> None:\n    \"\"\"Audit-log a failed login; `username` is what the client typed.\"\"\"\n    logger.warning(\"Failed login for user %s from %s\", _clean(username), _clean(ip))\n",
  "wave": 1
 },
 {
  "name": "log_percent_args",
  "kind": "vuln",
  "lang": "python",
  "cwe": 117,
  "code": "import logging\n\nlog = logging.getLogger(__name__)\n\n\ndef log_password_reset(email):\n    \"\"\"Log a password reset request for the e-mail address entered on the form.\"\"\"\n    log.info(\"Password reset requested for %s\", email)\n",
  "wave": 1
 },
 {
  "name": "log_percent_args",
  "kind": "safe",
  "lang": "python",
  "cwe": 117,
  "code": "import logging\n\nlog = logging.getLogger(__name__)\n\n\ndef log_password_reset(email):\n    \"\"\"Log a password reset request for the e-mail address entered on the form.\"\"\"\n    log.info(\"Password reset requested for %r\", email.replace(\"\\n\", \"\").replace(\"\\r\", \"\"))\n",
  "wave": 1
 },
 {
  "name": "log_loguru_braces",
  "kind": "vuln",
  "lang": "python",
  "cwe": 117,
  "code": "from loguru import logger\n\n\ndef audit_download(user_id: str, filename: str) -> None:\n    \"\"\"Record which file a user downloaded; both values come from the request.\"\"\"\n    logger.info(\"user {} downloaded {}\", user_id, filename)\n",
  "wave": 1
 },
 {
  "name": "log_loguru_braces",
  "kind": "safe",
  "lang": "python",
  "cwe": 117,
  "code": "from loguru import logger\n\n\ndef _one_line(s: str) -> str:\n    return s.replace(\"\\r\", \" \").replace(\"\\n\", \" \")\n\n\ndef audit_download(user_id: str, filename: str) -> None:\n    \"\"\"Record which file a user downloaded; both values come from the request.\"\"\"\n    logger.info(\"user {} downloaded {}\", _one_line(user_id), _one_line(filename))\n",
  "wave": 1
 },
 {
  "name": "log_structlog_fstring",
  "kind": "vuln",
  "lang": "python",
  "cwe": 117,
  "code": "import structlog\n\nlog = structlog.get_logger()\n\n\ndef record_search(query: str, user: str) -> None:\n    \"\"\"Log what a user searched for.\"\"\"\n    log.info(f\"search user={user} query={query}\")\n",
  "wave": 1
 },
 {
  "name": "log_structlog_fstring",
  "kind": "safe",
  "lang": "python",
  "cwe": 117,
  "code": "import structlog\n\nstructlog.configure(processors=[structlog.processors.JSONRenderer()])\nlog = structlog.get_logger()\n\n\ndef record_search(query: str, user: str) -> None:\n    \"\"\"Log what a user searched for (JSON fields: newlines are escaped).\"\"\"\n    log.info(\"search\", user=user, query=query)\n",
  "wave": 1
 },
 {
  "name": "log_audit_file_write",
  "kind": "vuln",
  "lang": "python",
  "cwe": 117,
  "code": "from datetime import datetime, timezone\n\nAUDIT_LOG = \"/var/log/app/audit.log\"\n\n\ndef audit(actor: str, action: str) -> None:\n    \"\"\"Append one line per action to the audit trail; `action` is user supplied.\"\"\"\n    with open(AUDIT_LOG, \"a\", encoding=\"utf-8\") as fh:\n        fh.write(f\"{datetime.now(timezone.utc).isoformat()} {actor} {action}\\n\")\n",
  "wave": 1
 },
 {
  "name": "log_audit_file_write",
  "kind": "safe",
  "lang": "python",
  "cwe": 117,
  "code": "import json\nfrom datetime import datetime, timezone\n\nAUDIT_LOG = \"/var/log/app/audit.log\"\n\n\ndef audit(actor: str, action: str) -> None:\n    \"\"\"Append one line per action to the audit trail; `action` is user supplied.\"\"\"\n    entry = {\"ts\": datetime.now(timezone.utc).isoformat(), \"actor\": actor, \"action\": action}\n    with open(AUDIT_LOG, \"a\", encoding=\"utf-8\") as fh:\n        fh.write(json.dumps(entry) + \"\\n\")\n",
  "wave": 1
 },
 {
  "name": "log_syslog_concat",
  "kind": "vuln",
  "lang": "python",
  "cwe": 117,
  "code": "import syslog\n\n\ndef log_api_key_use(client_name, endpoint):\n    \"\"\"Report every API call to syslog; client_name is sent by the client.\"\"\"\n    syslog.syslog(syslog.LOG_INFO, \"api call by \" + client_name + \" to \" + endpoint)\n",
  "wave": 1
 },
 {
  "name": "log_syslog_concat",
  "kind": "safe",
  "lang": "python",
  "cwe": 117,
  "code": "import re\nimport syslog\n\n_CTRL = re.compile(r\"[\\x00-\\x1f\\x7f]\")\n\n\ndef log_api_key_use(client_name, endpoint):\n    \"\"\"Report every API call to syslog; client_name is sent by the client.\"\"\"\n    syslog.syslog(syslog.LOG_INFO, \"api call by \" + _CTRL.sub(\"\", client_name) + \" to \" + _CTRL.sub(\"\", endpoint))\n",
  "wave": 1
 },
 {
  "name": "log_error_token_concat",
  "kind": "vuln",
  "lang": "python",
  "cwe": 117,
  "code": "import logging\n\nlogger = logging.getLogger(\"api\")\n\n\ndef reject_token(token, reason):\n    logger.error(\"Rejected token \" + token + \": \" + reason)\n    return {\"error\": \"invalid token\"}\n",
  "wave": 1,
  "low": true
 },
 {
  "name": "log_error_token_concat",
  "kind": "safe",
  "lang": "python",
  "cwe": 117,
  "code": "import logging\n\nlogger = logging.getLogger(\"api\")\n\n\ndef reject_token(token, reason):\n    logger.error(\"Rejected token %s: %s\", token[:8].encode(\"unicode_escape\").decode(), reason)\n    return {\"error\": \"invalid token\"}\n",
  "wave": 1
 },
 {
  "name": "hdr_content_disposition",
  "kind": "vuln",
  "lang": "python",
  "cwe": 113,
  "code": "def download_headers(filename: str, size: int) -> dict:\n    \"\"\"Headers of the response that sends the file the user asked for.\"\"\"\n    return {\n        \"Content-Type\": \"application/octet-stream\",\n        \"Content-Length\": str(size),\n        \"Content-Disposition\": f'attachment; filename=\"{filename}\"',\n    }\n",
  "wave": 1
 },
 {
  "name": "hdr_content_disposition",
  "kind": "safe",
  "lang": "python",
  "cwe": 113,
  "code": "from urllib.parse import quote\n\n\ndef download_headers(filename: str, size: int) -> dict:\n    \"\"\"Headers of the response that sends the file the user asked for.\"\"\"\n    return {\n        \"Content-Type\": \"application/octet-stream\",\n        \"Content-Length\": str(size),\n        \"Content-Disposition\": \"attachment; filename*=UTF-8''\" + quote(filename, safe=\"\"),\n    }\n",
  "wave": 1
 },
 {
  "name": "hdr_http_server_send_header",
  "kind": "vuln",
  "lang": "python",
  "cwe": 113,
  "code": "from http.server import BaseHTTPRequestHandler\n\n\nclass TraceHandler(BaseHTTPRequestHandler):\n    def reply(self, request_id: str, body: bytes):\n        self.send_response(200)\n        self.send_header(\"X-Request-Id\", request_id)\n        self.send_header(\"Content-Length\", str(len(body)))\n        self.end_headers()\n        self.wfile.write(body)\n\n    def do_GET(self):\n        self.reply(self.headers.get(\"X-Request-Id\", \"none\"), b\"ok\")\n",
  "wave": 1
 },
 {
  "name": "hdr_http_server_send_header",
  "kind": "safe",
  "lang": "python",
  "cwe": 113,
  "code": "import re\nfrom http.server import BaseHTTPRequestHandler\n\n_ID = re.compile(r\"[A-Za-z0-9-]{1,64}\")\n\n\nclass TraceHandler(BaseHTTPRequestHandler):\n    def reply(self, request_id: str, body: bytes):\n        if not _ID.fullmatch(request_id):\n            request_id = \"invalid\"\n        self.send_response(200)\n        self.send_header(\"X-Request-Id\", request_id)\n        self.send_header(\"Content-Length\", str(len(body)))\n        self.end_headers()\n        self.wfile.write(body)\n\n    def do_GET(self):\n        self.reply(self.headers.get(\"X-Request-Id\", \"none\"), b\"ok\")\n",
  "wave": 1
 },
 {
  "name": "hdr_wsgi_header_list",
  "kind": "vuln",
  "lang": "python",
  "cwe": 113,
  "code": "def make_app(get_user):\n    def app(environ, start_response):\n        username = get_user(environ)\n        headers = [\n            (\"Content-Type\", \"text/plain; charset=utf-8\"),\n            (\"X-Logged-In-As\", username),\n        ]\n        start_response(\"200 OK\", headers)\n        return [b\"hello\"]\n    return app\n",
  "wave": 1
 },
 {
  "name": "hdr_wsgi_header_list",
  "kind": "safe",
  "lang": "python",
  "cwe": 113,
  "code": "def make_app(get_user):\n    def app(environ, start_response):\n        username = get_user(environ)\n        if \"\\r\" in username or \"\\n\" in username:\n            start_response(\"400 Bad Request\", [(\"Content-Type\", \"text/plain\")])\n            return [b\"bad user\"]\n        headers = [\n            (\"Content-Type\", \"text/plain; charset=utf-8\"),\n            (\"X-Logged-In-As\", username),\n        ]\n        start_response(\"200 OK\", headers)\n        return [b\"hello\"]\n    return app\n",
  "wave": 1
 },
 {
  "name": "hdr_flask_helper_lang",
  "kind": "vuln",
  "lang": "python",
  "cwe": 113,
  "code": "from flask import Response\n\n\ndef with_language(resp: Response, lang: str) -> Response:\n    \"\"\"Set the Content-Language header to the language the user picked.\"\"\"\n    resp.headers[\"Content-Language\"] = lang\n    return resp\n",
  "wave": 1
 },
 {
  "name": "hdr_flask_helper_lang",
  "kind": "safe",
  "lang": "python",
  "cwe": 113,
  "code": "from flask import Response\n\nSUPPORTED = {\"en\", \"de\", \"fr\", \"ja\"}\n\n\ndef with_language(resp: Response, lang: str) -> Response:\n    \"\"\"Set the Content-Language header to the language the user picked.\"\"\"\n    resp.headers[\"Content-Language\"] = lang if lang in SUPPORTED else \"en\"\n    return resp\n",
  "wave": 1
 },
 {
  "name": "hdr_set_cookie_tuple",
  "kind": "vuln",
  "lang": "python",
  "cwe": 113,
  "code": "def theme_cookie_header(theme):\n    \"\"\"Return the Set-Cookie header that remembers the theme the user chose.\"\"\"\n    return (\"Set-Cookie\", \"theme=\" + theme + \"; Path=/; SameSite=Lax\")\n",
  "wave": 1
 },
 {
  "name": "hdr_set_cookie_tuple",
  "kind": "safe",
  "lang": "python",
  "cwe": 113,
  "code": "import re\n\n\ndef theme_cookie_header(theme):\n    \"\"\"Return the Set-Cookie header that remembers the theme the user chose.\"\"\"\n    if not re.fullmatch(r\"[a-z-]{1,20}\", theme):\n        theme = \"light\"\n    return (\"Set-Cookie\", \"theme=\" + theme + \"; Path=/; SameSite=Lax\")\n",
  "wave": 1
 },
 {
  "name": "hdr_redirect_location_dict",
  "kind": "vuln",
  "lang": "python",
  "cwe": 113,
  "code": "def cors_headers(origin_header_value):\n    \"\"\"Response headers echoing the caller-supplied Vary/Link hint.\"\"\"\n    headers = {}\n    headers[\"Link\"] = \"<\" + origin_header_value + \">; rel=preconnect\"\n    headers[\"Cache-Control\"] = \"no-store\"\n    return headers\n",
  "wave": 1
 },
 {
  "name": "hdr_redirect_location_dict",
  "kind": "safe",
  "lang": "python",
  "cwe": 113,
  "code": "def cors_headers(origin_header_value):\n    \"\"\"Response headers echoing the caller-supplied Vary/Link hint.\"\"\"\n    headers = {}\n    value = origin_header_value.replace(\"\\r\", \"\").replace(\"\\n\", \"\")\n    headers[\"Link\"] = \"<\" + value + \">; rel=preconnect\"\n    headers[\"Cache-Control\"] = \"no-store\"\n    return headers\n",
  "wave": 1
 },
 {
  "name": "redos_compile_user_pattern",
  "kind": "vuln",
  "lang": "python",
  "cwe": 1333,
  "code": "import re\n\n\ndef grep_lines(pattern: str, lines: list[str]) -> list[str]:\n    \"\"\"Return the lines that contain the text the user searched for.\"\"\"\n    rx = re.compile(pattern)\n    return [line for line in lines if rx.search(line)]\n",
  "wave": 1
 },
 {
  "name": "redos_compile_user_pattern",
  "kind": "safe",
  "lang": "python",
  "cwe": 1333,
  "code": "import re\n\n\ndef grep_lines(pattern: str, lines: list[str]) -> list[str]:\n    \"\"\"Return the lines that contain the text the user searched for.\"\"\"\n    rx = re.compile(re.escape(pattern))\n    return [line for line in lines if rx.search(line)]\n",
  "wave": 1
 },
 {
  "name": "redos_re_search_filter",
  "kind": "vuln",
  "lang": "python",
  "cwe": 1333,
  "code": "import re\n\n\ndef matches_filter(user_filter, value):\n    \"\"\"True if `value` matches the filter expression the user saved in their rule.\"\"\"\n    return re.search(user_filter, value) is not None\n",
  "wave": 1
 },
 {
  "name": "redos_re_search_filter",
  "kind": "safe",
  "lang": "python",
  "cwe": 1333,
  "code": "import re\n\n\ndef matches_filter(user_filter, value):\n    \"\"\"True if `value` matches the filter expression the user saved in their rule.\"\"\"\n    return re.search(re.escape(user_filter), value) is not None\n",
  "wave": 1
 },
 {
  "name": "redos_nested_quant_email",
  "kind": "vuln",
  "lang": "python",
  "cwe": 1333,
  "code": "import re\n\nEMAIL_RE = re.compile(r\"^([a-zA-Z0-9_.+-]+)*@([a-zA-Z0-9-]+\\.)+[a-zA-Z]{2,}$\")\n\n\ndef is_valid_email(address: str) -> bool:\n    return EMAIL_RE.match(address) is not None\n",
  "wave": 1
 },
 {
  "name": "redos_nested_quant_email",
  "kind": "safe",
  "lang": "python",
  "cwe": 1333,
  "code": "import re\n\nEMAIL_RE = re.compile(r\"^[a-zA-Z0-9_.+-]+@[a-zA-Z0-9-]+(?:\\.[a-zA-Z0-9-]+)*\\.[a-zA-Z]{2,}$\")\n\n\ndef is_valid_email(address: str) -> bool:\n    return len(address) <= 254 and EMAIL_RE.match(address) is not None\n",
  "wave": 1
 },
 {
  "name": "redos_version_pattern",
  "kind": "vuln",
  "lang": "python",
  "cwe": 1333,
  "code": "import re\n\n\ndef parse_version(version: str):\n    \"\"\"Parse a dotted version string sent by the client.\"\"\"\n    if not re.match(r\"^(\\d+\\.?)+$\", version):\n        raise ValueError(\"bad version\")\n    return tuple(int(p) for p in version.split(\".\") if p)\n",
  "wave": 1
 },
 {
  "name": "redos_version_pattern",
  "kind": "safe",
  "lang": "python",
  "cwe": 1333,
  "code": "import re\n\n\ndef parse_version(version: str):\n    \"\"\"Parse a dotted version string sent by the client.\"\"\"\n    if not re.fullmatch(r\"\\d+(?:\\.\\d+)*\", version):\n        raise ValueError(\"bad version\")\n    return tuple(int(p) for p in version.split(\".\"))\n",
  "wave": 1
 },
 {
  "name": "redos_regex_module",
  "kind": "vuln",
  "lang": "python",
  "cwe": 1333,
  "code": "import regex\n\n\ndef find_mentions(text, keyword_pattern):\n    \"\"\"Find the places in `text` that match the keyword pattern a moderator entered.\"\"\"\n    return [m.span() for m in regex.finditer(keyword_pattern, text)]\n",
  "wave": 1
 },
 {
  "name": "redos_regex_module",
  "kind": "safe",
  "lang": "python",
  "cwe": 1333,
  "code": "import regex\n\n\ndef find_mentions(text, keyword):\n    \"\"\"Find the places in `text` that contain the keyword a moderator entered.\"\"\"\n    return [m.span() for m in regex.finditer(regex.escape(keyword), text)]\n",
  "wave": 1
 },
 {
  "name": "res_wsgi_content_length",
  "kind": "vuln",
  "lang": "python",
  "cwe": 400,
  "code": "def read_body(environ):\n    \"\"\"Read the request body of a WSGI request.\"\"\"\n    length = int(environ.get(\"CONTENT_LENGTH\") or 0)\n    return environ[\"wsgi.input\"].read(length)\n",
  "wave": 1
 },
 {
  "name": "res_wsgi_content_length",
  "kind": "safe",
  "lang": "python",
  "cwe": 400,
  "code": "MAX_BODY = 1 << 20\n\n\ndef read_body(environ):\n    \"\"\"Read the request body of a WSGI request.\"\"\"\n    length = int(environ.get(\"CONTENT_LENGTH\") or 0)\n    if length < 0 or length > MAX_BODY:\n        raise ValueError(\"body too large\")\n    return environ[\"wsgi.input\"].read(length)\n",
  "wave": 1
 },
 {
  "name": "res_padding_alloc",
  "kind": "vuln",
  "lang": "python",
  "cwe": 400,
  "code": "def make_placeholder(count):\n    \"\"\"Return a placeholder string of `count` characters requested by the client.\"\"\"\n    return \"*\" * int(count)\n",
  "wave": 1
 },
 {
  "name": "res_padding_alloc",
  "kind": "safe",
  "lang": "python",
  "cwe": 400,
  "code": "MAX_LEN = 4096\n\n\ndef make_placeholder(count):\n    \"\"\"Return a placeholder string of `count` characters requested by the client.\"\"\"\n    n = int(count)\n    if not 0 <= n <= MAX_LEN:\n        raise ValueError(\"count out of range\")\n    return \"*\" * n\n",
  "wave": 1
 },
 {
  "name": "val_endswith_domain",
  "kind": "vuln",
  "lang": "python",
  "cwe": 20,
  "code": "from urllib.parse import urlparse\n\n\ndef is_allowed_callback(url: str) -> bool:\n    \"\"\"Only callbacks to example.com or its subdomains are accepted.\"\"\"\n    host = urlparse(url).hostname or \"\"\n    return host.endswith(\"example.com\")\n",
  "wave": 1
 },
 {
  "name": "val_endswith_domain",
  "kind": "safe",
  "lang": "python",
  "cwe": 20,
  "code": "from urllib.parse import urlparse\n\n\ndef is_allowed_callback(url: str) -> bool:\n    \"\"\"Only callbacks to example.com or its subdomains are accepted.\"\"\"\n    host = urlparse(url).hostname or \"\"\n    return host == \"example.com\" or host.endswith(\".example.com\")\n",
  "wave": 1
 },
 {
  "name": "val_startswith_url",
  "kind": "vuln",
  "lang": "python",
  "cwe": 20,
  "code": "def is_trusted_redirect(target: str) -> bool:\n    \"\"\"True when the post-login redirect stays on our site.\"\"\"\n    return target.startswith(\"https://app.example.com\")\n",
  "wave": 1
 },
 {
  "name": "val_startswith_url",
  "kind": "safe",
  "lang": "python",
  "cwe": 20,
  "code": "from urllib.parse import urlparse\n\n\ndef is_trusted_redirect(target: str) -> bool:\n    \"\"\"True when the post-login redirect stays on our site.\"\"\"\n    parts = urlparse(target)\n    return parts.scheme == \"https\" and parts.hostname == \"app.example.com\"\n",
  "wave": 1
 },
 {
  "name": "val_substring_in_url",
  "kind": "vuln",
  "lang": "python",
  "cwe": 20,
  "code": "def check_image_source(url):\n    \"\"\"Reject images that are not hosted on our CDN.\"\"\"\n    if \"cdn.example.com\" not in url:\n        raise ValueError(\"image must be hosted on cdn.example.com\")\n    return url\n",
  "wave": 1
 },
 {
  "name": "val_substring_in_url",
  "kind": "safe",
  "lang": "python",
  "cwe": 20,
  "code": "from urllib.parse import urlparse\n\n\ndef check_image_source(url):\n    \"\"\"Reject images that are not hosted on our CDN.\"\"\"\n    parts = urlparse(url)\n    if parts.scheme != \"https\" or parts.hostname != \"cdn.example.com\":\n        raise ValueError(\"image must be hosted on cdn.example.com\")\n    return url\n",
  "wave": 1
 },
 {
  "name": "val_origin_endswith",
  "kind": "vuln",
  "lang": "python",
  "cwe": 20,
  "code": "def is_trusted_origin(origin: str) -> bool:\n    \"\"\"CORS check for the Origin header of a cross-site request.\"\"\"\n    return origin.endswith(\"partner.io\")\n",
  "wave": 1
 },
 {
  "name": "val_origin_endswith",
  "kind": "safe",
  "lang": "python",
  "cwe": 20,
  "code": "TRUSTED_ORIGINS = {\"https://partner.io\", \"https://app.partner.io\"}\n\n\ndef is_trusted_origin(origin: str) -> bool:\n    \"\"\"CORS check for the Origin header of a cross-site request.\"\"\"\n    return origin in TRUSTED_ORIGINS\n",
  "wave": 1
 },
 {
  "name": "val_regex_unanchored_host",
  "kind": "vuln",
  "lang": "python",
  "cwe": 20,
  "code": "import re\n\n\ndef is_internal_link(url):\n    \"\"\"Links to our docs site are rendered without the 'external' warning.\"\"\"\n    return re.match(r\"https://docs\\.example\\.com\", url) is not None\n",
  "wave": 1
 },
 {
  "name": "val_regex_unanchored_host",
  "kind": "safe",
  "lang": "python",
  "cwe": 20,
  "code": "from urllib.parse import urlparse\n\n\ndef is_internal_link(url):\n    \"\"\"Links to our docs site are rendered without the 'external' warning.\"\"\"\n    parts = urlparse(url)\n    return parts.scheme == \"https\" and parts.hostname == \"docs.example.com\"\n",
  "wave": 1
 },
 {
  "name": "path_read_user_file",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "import os\n\nBASE_DIR = \"/srv/app/user_files\"\n\n\ndef read_user_file(filename: str) -> str:\n    \"\"\"Return the content of a file the user uploaded earlier.\"\"\"\n    with open(os.path.join(BASE_DIR, filename), encoding=\"utf-8\") as f:\n        return f.read()\n",
  "wave": 1
 },
 {
  "name": "path_read_user_file",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "import os\n\nBASE_DIR = \"/srv/app/user_files\"\n\n\ndef read_user_file(filename: str) -> str:\n    \"\"\"Return the content of a file the user uploaded earlier.\"\"\"\n    base = os.path.realpath(BASE_DIR)\n    path = os.path.realpath(os.path.join(base, filename))\n    if os.path.commonpath([base, path]) != base:\n        raise PermissionError(\"outside the user directory\")\n    with open(path, encoding=\"utf-8\") as f:\n        return f.read()\n",
  "wave": 1
 },
 {
  "name": "path_pathlib_read_bytes",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "from pathlib import Path\n\nUPLOAD_ROOT = Path(\"/var/lib/uploads\")\n\n\ndef load_attachment(name: str) -> bytes:\n    return (UPLOAD_ROOT / name).read_bytes()\n",
  "wave": 1
 },
 {
  "name": "path_pathlib_read_bytes",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "from pathlib import Path\n\nUPLOAD_ROOT = Path(\"/var/lib/uploads\").resolve()\n\n\ndef load_attachment(name: str) -> bytes:\n    target = (UPLOAD_ROOT / name).resolve()\n    if not target.is_relative_to(UPLOAD_ROOT):\n        raise PermissionError(name)\n    return target.read_bytes()\n",
  "wave": 1
 },
 {
  "name": "path_remove_cache",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "import os\n\nCACHE_DIR = \"/tmp/app-cache\"\n\n\ndef evict(cache_key):\n    \"\"\"Delete the cached entry named by the client.\"\"\"\n    path = os.path.join(CACHE_DIR, cache_key)\n    if os.path.exists(path):\n        os.remove(path)\n",
  "wave": 1
 },
 {
  "name": "path_remove_cache",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "import os\nimport re\n\nCACHE_DIR = \"/var/cache/app\"\n\n\ndef evict(cache_key):\n    \"\"\"Delete the cached entry named by the client.\"\"\"\n    if not re.fullmatch(r\"[a-f0-9]{64}\", cache_key):\n        raise ValueError(\"bad cache key\")\n    path = os.path.join(CACHE_DIR, cache_key)\n    if os.path.exists(path):\n        os.remove(path)\n",
  "wave": 1
 },
 {
  "name": "path_avatar_write",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "AVATAR_DIR = \"/var/app/avatars\"\n\n\ndef save_avatar(username: str, data: bytes) -> str:\n    path = f\"{AVATAR_DIR}/{username}.png\"\n    with open(path, \"wb\") as fh:\n        fh.write(data)\n    return path\n",
  "wave": 1
 },
 {
  "name": "path_avatar_write",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "import os\n\nfrom werkzeug.utils import secure_filename\n\nAVATAR_DIR = \"/var/app/avatars\"\n\n\ndef save_avatar(username: str, data: bytes) -> str:\n    path = os.path.join(AVATAR_DIR, secure_filename(username) + \".png\")\n    with open(path, \"wb\") as fh:\n        fh.write(data)\n    return path\n",
  "wave": 1
 },
 {
  "name": "path_zip_slip",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "import os\nimport zipfile\n\n\ndef unpack_theme(archive_path: str, dest_dir: str) -> list[str]:\n    \"\"\"Unpack a theme archive uploaded by a user into the themes directory.\"\"\"\n    written = []\n    with zipfile.ZipFile(archive_path) as zf:\n        for name in zf.namelist():\n            target = os.path.join(dest_dir, name)\n            os.makedirs(os.path.dirname(target), exist_ok=True)\n            with open(target, \"wb\") as out:\n                out.write(zf.read(name))\n            written.append(target)\n    return written\n",
  "wave": 1
 },
 {
  "name": "path_zip_slip",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "import os\nimport zipfile\n\n\ndef unpack_theme(archive_path: str, dest_dir: str) -> list[str]:\n    \"\"\"Unpack a theme archive uploaded by a user into the themes directory.\"\"\"\n    written = []\n    root = os.path.realpath(dest_dir)\n    with zipfile.ZipFile(archive_path) as zf:\n        for name in zf.namelist():\n            target = os.path.realpath(os.path.join(root, name))\n            if not target.startswith(root + os.sep):\n                raise ValueError(f\"unsafe member {name!r}\")\n            os.makedirs(os.path.dirname(target), exist_ok=True)\n            with open(target, \"wb\") as out:\n                out.write(zf.read(name))\n            written.append(target)\n    return written\n",
  "wave": 1
 },
 {
  "name": "path_shutil_template_copy",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "import shutil\nfrom pathlib import Path\n\nTEMPLATES = Path(\"/opt/app/templates\")\n\n\ndef instantiate_template(template_name: str, project_dir: str) -> Path:\n    \"\"\"Copy the template the user picked into their new project.\"\"\"\n    dest = Path(project_dir) / \"template.yaml\"\n    shutil.copyfile(TEMPLATES / template_name, dest)\n    return dest\n",
  "wave": 1
 },
 {
  "name": "path_shutil_template_copy",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "import shutil\nfrom pathlib import Path\n\nTEMPLATES = Path(\"/opt/app/templates\")\nAVAILABLE = {\"python.yaml\", \"node.yaml\", \"go.yaml\"}\n\n\ndef instantiate_template(template_name: str, project_dir: str) -> Path:\n    \"\"\"Copy the template the user picked into their new project.\"\"\"\n    if template_name not in AVAILABLE:\n        raise ValueError(\"unknown template\")\n    dest = Path(project_dir) / \"template.yaml\"\n    shutil.copyfile(TEMPLATES / template_name, dest)\n    return dest\n",
  "wave": 1
 },
 {
  "name": "h2_pin_sha256",
  "kind": "vuln",
  "lang": "python",
  "cwe": 916,
  "code": "import hashlib\n\n\ndef hash_pin(user_id: int, pin: str) -> str:\n    \"\"\"Hash the 6-digit PIN a cardholder chose, for the pins table.\"\"\"\n    return hashlib.sha256(f\"{user_id}:{pin}\".encode()).hexdigest()\n",
  "wave": 2
 },
 {
  "name": "h2_pin_sha256",
  "kind": "safe",
  "lang": "python",
  "cwe": 916,
  "code": "import hashlib\nimport os\n\n\ndef hash_pin(user_id: int, pin: str) -> str:\n    \"\"\"Hash the 6-digit PIN a cardholder chose, for the pins table.\"\"\"\n    salt = os.urandom(16)\n    digest = hashlib.scrypt(pin.encode(), salt=salt, n=2**15, r=8, p=1, maxmem=64 * 1024 * 1024)\n    return salt.hex() + \":\" + digest.hex()\n",
  "wave": 2
 },
 {
  "name": "h2_crypto_hashes_md5_doc_sig",
  "kind": "vuln",
  "lang": "python",
  "cwe": 328,
  "code": "from cryptography.hazmat.primitives import hashes\n\n\ndef document_digest(content: bytes) -> bytes:\n    \"\"\"Digest of a contract that is then signed with the company key.\"\"\"\n    h = hashes.Hash(hashes.MD5())\n    h.update(content)\n    return h.finalize()\n",
  "wave": 2
 },
 {
  "name": "h2_crypto_hashes_md5_doc_sig",
  "kind": "safe",
  "lang": "python",
  "cwe": 328,
  "code": "from cryptography.hazmat.primitives import hashes\n\n\ndef document_digest(content: bytes) -> bytes:\n    \"\"\"Digest of a contract that is then signed with the company key.\"\"\"\n    h = hashes.Hash(hashes.SHA256())\n    h.update(content)\n    return h.finalize()\n",
  "wave": 2
 },
 {
  "name": "h2_pbkdf2hmac_low",
  "kind": "vuln",
  "lang": "python",
  "cwe": 916,
  "code": "import os\n\nfrom cryptography.hazmat.primitives import hashes\nfrom cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC\n\n\ndef key_from_passphrase(passphrase: str) -> tuple[bytes, bytes]:\n    \"\"\"Derive the vault key from the passphrase the user types at unlock.\"\"\"\n    salt = os.urandom(16)\n    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=5000)\n    return salt, kdf.derive(passphrase.encode())\n",
  "wave": 2
 },
 {
  "name": "h2_pbkdf2hmac_low",
  "kind": "safe",
  "lang": "python",
  "cwe": 916,
  "code": "import os\n\nfrom cryptography.hazmat.primitives import hashes\nfrom cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC\n\n\ndef key_from_passphrase(passphrase: str) -> tuple[bytes, bytes]:\n    \"\"\"Derive the vault key from the passphrase the user types at unlock.\"\"\"\n    salt = os.urandom(16)\n    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=600_000)\n    return salt, kdf.derive(passphrase.encode())\n",
  "wave": 2
 },
 {
  "name": "h2_bcrypt_static_salt",
  "kind": "vuln",
  "lang": "python",
  "cwe": 760,
  "code": "import bcrypt\n\nSTATIC_SALT = b\"$2b$12$C6UzMDM.H6dfI/f/IKxGhu\"\n\n\ndef hash_password(password: str) -> bytes:\n    return bcrypt.hashpw(password.encode(), STATIC_SALT)\n",
  "wave": 2
 },
 {
  "name": "h2_bcrypt_static_salt",
  "kind": "safe",
  "lang": "python",
  "cwe": 760,
  "code": "import bcrypt\n\n\ndef hash_password(password: str) -> bytes:\n    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12))\n",
  "wave": 2
 },
 {
  "name": "h2_des_ecb",
  "kind": "vuln",
  "lang": "python",
  "cwe": 327,
  "code": "from Crypto.Cipher import DES\nfrom Crypto.Util.Padding import pad\n\n\ndef encrypt_card_number(key: bytes, pan: str) -> bytes:\n    cipher = DES.new(key, DES.MODE_ECB)\n    return cipher.encrypt(pad(pan.encode(), DES.block_size))\n",
  "wave": 2
 },
 {
  "name": "h2_des_ecb",
  "kind": "safe",
  "lang": "python",
  "cwe": 327,
  "code": "from Crypto.Cipher import AES\n\n\ndef encrypt_card_number(key: bytes, pan: str) -> bytes:\n    cipher = AES.new(key, AES.MODE_GCM)\n    ct, tag = cipher.encrypt_and_digest(pan.encode())\n    return cipher.nonce + tag + ct\n",
  "wave": 2
 },
 {
  "name": "h2_cryptography_aes_ecb",
  "kind": "vuln",
  "lang": "python",
  "cwe": 327,
  "code": "from cryptography.hazmat.primitives import padding\nfrom cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\n\n\ndef seal(key: bytes, data: bytes) -> bytes:\n    padder = padding.PKCS7(128).padder()\n    padded = padder.update(data) + padder.finalize()\n    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()\n    return encryptor.update(padded) + encryptor.finalize()\n",
  "wave": 2
 },
 {
  "name": "h2_cryptography_aes_ecb",
  "kind": "safe",
  "lang": "python",
  "cwe": 327,
  "code": "import os\n\nfrom cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\n\n\ndef seal(key: bytes, data: bytes) -> bytes:\n    nonce = os.urandom(12)\n    encryptor = Cipher(algorithms.AES(key), modes.GCM(nonce)).encryptor()\n    ct = encryptor.update(data) + encryptor.finalize()\n    return nonce + encryptor.tag + ct\n",
  "wave": 2
 },
 {
  "name": "h2_dsa_1024",
  "kind": "vuln",
  "lang": "python",
  "cwe": 326,
  "code": "from cryptography.hazmat.primitives.asymmetric import dsa\n\n\ndef new_release_signing_key():\n    \"\"\"Key used to sign the firmware images we ship.\"\"\"\n    return dsa.generate_private_key(key_size=1024)\n",
  "wave": 2
 },
 {
  "name": "h2_dsa_1024",
  "kind": "safe",
  "lang": "python",
  "cwe": 326,
  "code": "from cryptography.hazmat.primitives.asymmetric import ec\n\n\ndef new_release_signing_key():\n    \"\"\"Key used to sign the firmware images we ship.\"\"\"\n    return ec.generate_private_key(ec.SECP384R1())\n",
  "wave": 2
 },
 {
  "name": "h2_scrypt_const_salt",
  "kind": "vuln",
  "lang": "python",
  "cwe": 760,
  "code": "import hashlib\n\n\ndef password_hash(password: str) -> str:\n    \"\"\"Hash stored for the account password.\"\"\"\n    return hashlib.scrypt(password.encode(), salt=b\"app-wide-salt\", n=2**14, r=8, p=1).hex()\n",
  "wave": 2
 },
 {
  "name": "h2_scrypt_const_salt",
  "kind": "safe",
  "lang": "python",
  "cwe": 760,
  "code": "import hashlib\nimport os\n\n\ndef password_hash(password: str) -> str:\n    \"\"\"Hash stored for the account password.\"\"\"\n    salt = os.urandom(16)\n    return salt.hex() + \"$\" + hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1).hex()\n",
  "wave": 2
 },
 {
  "name": "h2_django_make_password_unsalted",
  "kind": "vuln",
  "lang": "python",
  "cwe": 916,
  "code": "from django.contrib.auth.hashers import make_password\n\n\ndef set_legacy_password(user, raw_password):\n    \"\"\"Store the password in the format the old PHP site can also verify.\"\"\"\n    user.password = make_password(raw_password, hasher=\"unsalted_md5\")\n    user.save(update_fields=[\"password\"])\n",
  "wave": 2
 },
 {
  "name": "h2_django_make_password_unsalted",
  "kind": "safe",
  "lang": "python",
  "cwe": 916,
  "code": "from django.contrib.auth.hashers import make_password\n\n\ndef set_legacy_password(user, raw_password):\n    \"\"\"Store the password with the project's default (PBKDF2 / Argon2) hasher.\"\"\"\n    user.password = make_password(raw_password)\n    user.save(update_fields=[\"password\"])\n",
  "wave": 2
 },
 {
  "name": "s2_format_host",
  "kind": "vuln",
  "lang": "python",
  "cwe": 918,
  "code": "import requests\n\n\ndef tenant_status(host: str) -> dict:\n    \"\"\"Status of the tenant's instance; `host` is provided by the tenant admin in settings.\"\"\"\n    url = \"http://{}/api/v1/status\".format(host)\n    return requests.get(url, timeout=4).json()\n",
  "wave": 2
 },
 {
  "name": "s2_format_host",
  "kind": "safe",
  "lang": "python",
  "cwe": 918,
  "code": "import requests\n\nALLOWED_TENANT_HOSTS = {\"eu1.tenants.example.com\", \"us1.tenants.example.com\"}\n\n\ndef tenant_status(host: str) -> dict:\n    \"\"\"Status of the tenant's instance; `host` is provided by the tenant admin in settings.\"\"\"\n    if host not in ALLOWED_TENANT_HOSTS:\n        raise ValueError(\"unknown tenant host\")\n    url = \"https://{}/api/v1/status\".format(host)\n    return requests.get(url, timeout=4).json()\n",
  "wave": 2
 },
 {
  "name": "s2_urllib3_pool",
  "kind": "vuln",
  "lang": "python",
  "cwe": 918,
  "code": "import urllib3\n\nhttp = urllib3.PoolManager()\n\n\ndef fetch_feed(feed_url):\n    \"\"\"Fetch the RSS feed whose URL the user submitted on the subscriptions page.\"\"\"\n    resp = http.request(\"GET\", feed_url, timeout=5.0)\n    return resp.data\n",
  "wave": 2
 },
 {
  "name": "s2_urllib3_pool",
  "kind": "safe",
  "lang": "python",
  "cwe": 918,
  "code": "from urllib.parse import urlparse\n\nimport urllib3\n\nhttp = urllib3.PoolManager()\nFEED_HOSTS = {\"feeds.bbci.co.uk\", \"rss.nytimes.com\"}\n\n\ndef fetch_feed(feed_url):\n    \"\"\"Fetch the RSS feed whose URL the user submitted on the subscriptions page.\"\"\"\n    if urlparse(feed_url).hostname not in FEED_HOSTS:\n        raise ValueError(\"feed host not supported\")\n    resp = http.request(\"GET\", feed_url, timeout=5.0)\n    return resp.data\n",
  "wave": 2
 },
 {
  "name": "s2_return_url_to_visit",
  "kind": "vuln",
  "lang": "python",
  "cwe": 918,
  "code": "def get_url_to_visit(domain: str, subdomain_prefix: str) -> str:\n    \"\"\"Build the URL the crawler visits next.\n\n    `subdomain_prefix` is user provided, e.g. \"docs\" or \"a.b\"; the result is\n    https://<subdomain_prefix>.<domain>.\n    \"\"\"\n    if not subdomain_prefix:\n        return f\"https://{domain}\"\n    return f\"https://{subdomain_prefix}.{domain}\"\n",
  "wave": 2
 },
 {
  "name": "s2_return_url_to_visit",
  "kind": "safe",
  "lang": "python",
  "cwe": 918,
  "code": "import re\n\n\ndef get_url_to_visit(domain: str, subdomain_prefix: str) -> str:\n    \"\"\"Build the URL the crawler visits next.\n\n    `subdomain_prefix` is user provided, e.g. \"docs\" or \"a.b\"; the result is\n    https://<subdomain_prefix>.<domain>.\n    \"\"\"\n    if not subdomain_prefix or not re.fullmatch(r\"[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\", subdomain_prefix):\n        return f\"https://{domain}\"\n    return f\"https://{subdomain_prefix}.{domain}\"\n",
  "wave": 2
 },
 {
  "name": "s2_pycurl",
  "kind": "vuln",
  "lang": "python",
  "cwe": 918,
  "code": "from io import BytesIO\n\nimport pycurl\n\n\ndef download_import_file(url: str) -> bytes:\n    \"\"\"Download the spreadsheet from the URL the user entered in the import dialog.\"\"\"\n    buf = BytesIO()\n    c = pycurl.Curl()\n    c.setopt(pycurl.URL, url)\n    c.setopt(pycurl.WRITEDATA, buf)\n    c.perform()\n    c.close()\n    return buf.getvalue()\n",
  "wave": 2
 },
 {
  "name": "s2_pycurl",
  "kind": "safe",
  "lang": "python",
  "cwe": 918,
  "code": "from io import BytesIO\nfrom urllib.parse import urlparse\n\nimport pycurl\n\nIMPORT_HOSTS = {\"docs.google.com\", \"sheets.example.com\"}\n\n\ndef download_import_file(url: str) -> bytes:\n    \"\"\"Download the spreadsheet from the URL the user entered in the import dialog.\"\"\"\n    parts = urlparse(url)\n    if parts.scheme != \"https\" or parts.hostname not in IMPORT_HOSTS:\n        raise ValueError(\"unsupported import location\")\n    buf = BytesIO()\n    c = pycurl.Curl()\n    c.setopt(pycurl.URL, url)\n    c.setopt(pycurl.PROTOCOLS, pycurl.PROTO_HTTPS)\n    c.setopt(pycurl.WRITEDATA, buf)\n    c.perform()\n    c.close()\n    return buf.getvalue()\n",
  "wave": 2
 },
 {
  "name": "s2_httpx_async_region",
  "kind": "vuln",
  "lang": "python",
  "cwe": 918,
  "code": "import httpx\n\n\nasync def region_quota(region: str, account: str) -> dict:\n    \"\"\"Quota of `account` in the region the user selected in the console.\"\"\"\n    async with httpx.AsyncClient(timeout=5) as client:\n        r = await client.get(f\"https://{region}.quota.example.com/v2/accounts/{account}\")\n        return r.json()\n",
  "wave": 2
 },
 {
  "name": "s2_httpx_async_region",
  "kind": "safe",
  "lang": "python",
  "cwe": 918,
  "code": "import re\n\nimport httpx\n\nREGIONS = {\"eu-west-1\", \"us-east-1\", \"ap-south-1\"}\n\n\nasync def region_quota(region: str, account: str) -> dict:\n    \"\"\"Quota of `account` in the region the user selected in the console.\"\"\"\n    if region not in REGIONS or not re.fullmatch(r\"[0-9]{12}\", account):\n        raise ValueError(\"bad region or account\")\n    async with httpx.AsyncClient(timeout=5) as client:\n        r = await client.get(f\"https://{region}.quota.example.com/v2/accounts/{account}\")\n        return r.json()\n",
  "wave": 2
 },
 {
  "name": "s2_urljoin_path",
  "kind": "vuln",
  "lang": "python",
  "cwe": 918,
  "code": "from urllib.parse import urljoin\n\nimport requests\n\nBASE = \"https://files.internal.example.com/\"\n\n\ndef proxy_asset(asset_path: str) -> bytes:\n    \"\"\"Return the asset at the path the client requested through the public proxy.\"\"\"\n    return requests.get(urljoin(BASE, asset_path), timeout=5).content\n",
  "wave": 2
 },
 {
  "name": "s2_urljoin_path",
  "kind": "safe",
  "lang": "python",
  "cwe": 918,
  "code": "import re\n\nimport requests\n\nBASE = \"https://files.internal.example.com/\"\n\n\ndef proxy_asset(asset_path: str) -> bytes:\n    \"\"\"Return the asset at the path the client requested through the public proxy.\"\"\"\n    if not re.fullmatch(r\"[a-z0-9_-]+(/[a-z0-9_-]+)*\\.(png|css|js)\", asset_path):\n        raise ValueError(\"bad asset path\")\n    return requests.get(BASE + asset_path, timeout=5).content\n",
  "wave": 2
 },
 {
  "name": "x2_table_rows",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "def orders_table(orders):\n    \"\"\"HTML table of a customer's orders (shipping names are typed by customers).\"\"\"\n    html = \"<table><tr><th>Order</th><th>Ship to</th></tr>\"\n    for o in orders:\n        html += \"<tr><td>\" + str(o[\"id\"]) + \"</td><td>\" + o[\"ship_to\"] + \"</td></tr>\"\n    html += \"</table>\"\n    return html\n",
  "wave": 2
 },
 {
  "name": "x2_table_rows",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from html import escape\n\n\ndef orders_table(orders):\n    \"\"\"HTML table of a customer's orders (shipping names are typed by customers).\"\"\"\n    html = \"<table><tr><th>Order</th><th>Ship to</th></tr>\"\n    for o in orders:\n        html += \"<tr><td>\" + str(int(o[\"id\"])) + \"</td><td>\" + escape(o[\"ship_to\"]) + \"</td></tr>\"\n    html += \"</table>\"\n    return html\n",
  "wave": 2
 },
 {
  "name": "x2_message_br",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "def render_message(msg: str) -> str:\n    \"\"\"Chat message as HTML, keeping the line breaks the sender typed.\"\"\"\n    return \"<p class='msg'>\" + msg.replace(\"\\n\", \"<br>\") + \"</p>\"\n",
  "wave": 2
 },
 {
  "name": "x2_message_br",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "import html\n\n\ndef render_message(msg: str) -> str:\n    \"\"\"Chat message as HTML, keeping the line breaks the sender typed.\"\"\"\n    return \"<p class='msg'>\" + html.escape(msg).replace(\"\\n\", \"<br>\") + \"</p>\"\n",
  "wave": 2
 },
 {
  "name": "x2_not_found_format",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "def not_found_page(path):\n    return \"<h1>404</h1><p>The page {} was not found.</p>\".format(path)\n",
  "wave": 2
 },
 {
  "name": "x2_not_found_format",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from markupsafe import escape\n\n\ndef not_found_page(path):\n    return \"<h1>404</h1><p>The page {} was not found.</p>\".format(escape(path))\n",
  "wave": 2
 },
 {
  "name": "x2_img_attribute",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "def avatar_img(avatar_url: str, display_name: str) -> str:\n    return f'<img class=\"avatar\" src=\"{avatar_url}\" alt=\"{display_name}\">'\n",
  "wave": 2
 },
 {
  "name": "x2_img_attribute",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from html import escape\n\n\ndef avatar_img(avatar_url: str, display_name: str) -> str:\n    if not avatar_url.startswith(\"https://\"):\n        avatar_url = \"/static/default-avatar.png\"\n    return f'<img class=\"avatar\" src=\"{escape(avatar_url, quote=True)}\" alt=\"{escape(display_name, quote=True)}\">'\n",
  "wave": 2
 },
 {
  "name": "x2_jinja_template_class",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from jinja2 import Template\n\nCARD = Template(\"<div class='note'><h4>{{ title }}</h4>{{ body }}</div>\")\n\n\ndef render_note(title, body):\n    \"\"\"HTML of a note a user wrote on the board.\"\"\"\n    return CARD.render(title=title, body=body)\n",
  "wave": 2
 },
 {
  "name": "x2_jinja_template_class",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from jinja2 import Environment\n\nenv = Environment(autoescape=True)\nCARD = env.from_string(\"<div class='note'><h4>{{ title }}</h4>{{ body }}</div>\")\n\n\ndef render_note(title, body):\n    \"\"\"HTML of a note a user wrote on the board.\"\"\"\n    return CARD.render(title=title, body=body)\n",
  "wave": 2
 },
 {
  "name": "x2_mimetext_html",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "import smtplib\nfrom email.mime.text import MIMEText\n\n\ndef send_welcome(to_addr: str, first_name: str) -> None:\n    html = f\"<html><body><h2>Welcome {first_name}!</h2><p>Thanks for signing up.</p></body></html>\"\n    msg = MIMEText(html, \"html\")\n    msg[\"Subject\"] = \"Welcome\"\n    msg[\"To\"] = to_addr\n    with smtplib.SMTP(\"localhost\") as smtp:\n        smtp.send_message(msg)\n",
  "wave": 2
 },
 {
  "name": "x2_mimetext_html",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "import smtplib\nfrom email.mime.text import MIMEText\nfrom html import escape\n\n\ndef send_welcome(to_addr: str, first_name: str) -> None:\n    html = f\"<html><body><h2>Welcome {escape(first_name)}!</h2><p>Thanks for signing up.</p></body></html>\"\n    msg = MIMEText(html, \"html\")\n    msg[\"Subject\"] = \"Welcome\"\n    msg[\"To\"] = to_addr\n    with smtplib.SMTP(\"localhost\") as smtp:\n        smtp.send_message(msg)\n",
  "wave": 2
 },
 {
  "name": "x2_wsgi_hello",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from urllib.parse import parse_qs\n\n\ndef application(environ, start_response):\n    name = parse_qs(environ.get(\"QUERY_STRING\", \"\")).get(\"name\", [\"world\"])[0]\n    body = f\"<html><body><h1>Hello {name}</h1></body></html>\".encode(\"utf-8\")\n    start_response(\"200 OK\", [(\"Content-Type\", \"text/html; charset=utf-8\")])\n    return [body]\n",
  "wave": 2
 },
 {
  "name": "x2_wsgi_hello",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from html import escape\nfrom urllib.parse import parse_qs\n\n\ndef application(environ, start_response):\n    name = parse_qs(environ.get(\"QUERY_STRING\", \"\")).get(\"name\", [\"world\"])[0]\n    body = f\"<html><body><h1>Hello {escape(name)}</h1></body></html>\".encode(\"utf-8\")\n    start_response(\"200 OK\", [(\"Content-Type\", \"text/html; charset=utf-8\")])\n    return [body]\n",
  "wave": 2
 },
 {
  "name": "l2_exception_fstring",
  "kind": "vuln",
  "lang": "python",
  "cwe": 117,
  "code": "import logging\n\nlogger = logging.getLogger(\"payments\")\n\n\ndef charge(card_holder: str, amount_cents: int, gateway) -> bool:\n    \"\"\"Charge a card; `card_holder` is the name as entered by the customer.\"\"\"\n    try:\n        gateway.charge(card_holder, amount_cents)\n        return True\n    except Exception:\n        logger.exception(f\"Charge failed for card holder {card_holder}\")\n        return False\n",
  "wave": 2
 },
 {
  "name": "l2_exception_fstring",
  "kind": "safe",
  "lang": "python",
  "cwe": 117,
  "code": "import logging\n\nlogger = logging.getLogger(\"payments\")\n\n\ndef charge(card_holder: str, amount_cents: int, gateway) -> bool:\n    \"\"\"Charge a card; `card_holder` is the name as entered by the customer.\"\"\"\n    try:\n        gateway.charge(card_holder, amount_cents)\n        return True\n    except Exception:\n        safe_name = card_holder.replace(\"\\r\", \"\").replace(\"\\n\", \"\")\n        logger.exception(\"Charge failed for card holder %s\", safe_name)\n        return False\n",
  "wave": 2
 },
 {
  "name": "l2_logging_format_method",
  "kind": "vuln",
  "lang": "python",
  "cwe": 117,
  "code": "import logging\n\n\ndef log_search(search_term):\n    logging.info(\"Search performed: {}\".format(search_term))\n",
  "wave": 2
 },
 {
  "name": "l2_logging_format_method",
  "kind": "safe",
  "lang": "python",
  "cwe": 117,
  "code": "import logging\n\n\ndef log_search(search_term):\n    logging.info(\"Search performed: %s\", search_term.encode(\"unicode_escape\").decode(\"ascii\"))\n",
  "wave": 2
 },
 {
  "name": "l2_print_stderr",
  "kind": "vuln",
  "lang": "python",
  "cwe": 117,
  "code": "import sys\n\n\ndef warn_failed_login(username: str, attempts: int) -> None:\n    \"\"\"Write a warning line to the service log (stderr is collected by journald).\"\"\"\n    print(f\"[WARN] failed login for {username} ({attempts} attempts)\", file=sys.stderr)\n",
  "wave": 2
 },
 {
  "name": "l2_print_stderr",
  "kind": "safe",
  "lang": "python",
  "cwe": 117,
  "code": "import sys\n\n\ndef warn_failed_login(username: str, attempts: int) -> None:\n    \"\"\"Write a warning line to the service log (stderr is collected by journald).\"\"\"\n    clean = \"\".join(ch for ch in username if ch.isprintable())\n    print(f\"[WARN] failed login for {clean} ({attempts} attempts)\", file=sys.stderr)\n",
  "wave": 2
 },
 {
  "name": "l2_self_log_user_agent",
  "kind": "vuln",
  "lang": "python",
  "cwe": 117,
  "code": "import logging\n\n\nclass AccessRecorder:\n    def __init__(self):\n        self.log = logging.getLogger(\"access\")\n\n    def on_request(self, path: str, user_agent: str) -> None:\n        self.log.info(\"GET %s ua=%s\", path, user_agent)\n",
  "wave": 2
 },
 {
  "name": "l2_self_log_user_agent",
  "kind": "safe",
  "lang": "python",
  "cwe": 117,
  "code": "import logging\n\n\nclass AccessRecorder:\n    def __init__(self):\n        self.log = logging.getLogger(\"access\")\n\n    def on_request(self, path: str, user_agent: str) -> None:\n        self.log.info(\"GET %r ua=%r\", path, user_agent)\n",
  "wave": 2
 },
 {
  "name": "hd2_django_response_item",
  "kind": "vuln",
  "lang": "python",
  "cwe": 113,
  "code": "from django.http import HttpResponse\n\n\ndef export_response(data: bytes, export_name: str) -> HttpResponse:\n    \"\"\"Response for the CSV export; `export_name` is chosen by the user.\"\"\"\n    response = HttpResponse(data, content_type=\"text/csv\")\n    response[\"Content-Disposition\"] = f'attachment; filename=\"{export_name}.csv\"'\n    return response\n",
  "wave": 2
 },
 {
  "name": "hd2_django_response_item",
  "kind": "safe",
  "lang": "python",
  "cwe": 113,
  "code": "import re\n\nfrom django.http import HttpResponse\n\n\ndef export_response(data: bytes, export_name: str) -> HttpResponse:\n    \"\"\"Response for the CSV export; `export_name` is chosen by the user.\"\"\"\n    export_name = re.sub(r\"[^A-Za-z0-9_-]\", \"_\", export_name)[:60]\n    response = HttpResponse(data, content_type=\"text/csv\")\n    response[\"Content-Disposition\"] = f'attachment; filename=\"{export_name}.csv\"'\n    return response\n",
  "wave": 2
 },
 {
  "name": "hd2_aiohttp_headers_kw",
  "kind": "vuln",
  "lang": "python",
  "cwe": 113,
  "code": "from aiohttp import web\n\n\ndef traced_response(trace_id: str, text: str) -> web.Response:\n    \"\"\"Response that echoes the trace id the caller sent.\"\"\"\n    return web.Response(text=text, headers={\"X-Trace-Id\": trace_id})\n",
  "wave": 2
 },
 {
  "name": "hd2_aiohttp_headers_kw",
  "kind": "safe",
  "lang": "python",
  "cwe": 113,
  "code": "import re\n\nfrom aiohttp import web\n\n\ndef traced_response(trace_id: str, text: str) -> web.Response:\n    \"\"\"Response that echoes the trace id the caller sent.\"\"\"\n    if not re.fullmatch(r\"[0-9a-f]{32}\", trace_id):\n        trace_id = \"invalid\"\n    return web.Response(text=text, headers={\"X-Trace-Id\": trace_id})\n",
  "wave": 2
 },
 {
  "name": "hd2_tornado_set_header",
  "kind": "vuln",
  "lang": "python",
  "cwe": 113,
  "code": "import tornado.web\n\n\nclass VersionHandler(tornado.web.RequestHandler):\n    def reply_with_version(self, client_version: str) -> None:\n        self.set_header(\"X-Client-Version\", client_version)\n        self.write({\"ok\": True})\n\n    def get(self):\n        self.reply_with_version(self.get_argument(\"v\", \"unknown\"))\n",
  "wave": 2
 },
 {
  "name": "hd2_tornado_set_header",
  "kind": "safe",
  "lang": "python",
  "cwe": 113,
  "code": "import tornado.web\n\n\nclass VersionHandler(tornado.web.RequestHandler):\n    def reply_with_version(self, client_version: str) -> None:\n        self.set_header(\"X-Client-Version\", client_version.replace(\"\\r\", \"\").replace(\"\\n\", \"\"))\n        self.write({\"ok\": True})\n\n    def get(self):\n        self.reply_with_version(self.get_argument(\"v\", \"unknown\"))\n",
  "wave": 2
 },
 {
  "name": "hd2_refresh_header_list",
  "kind": "vuln",
  "lang": "python",
  "cwe": 113,
  "code": "def refresh_headers(next_page: str, seconds: int = 3) -> list[tuple[str, str]]:\n    \"\"\"Headers of the 'saved' page that sends the browser on to the page the user came from.\"\"\"\n    return [(\"Content-Type\", \"text/html\"), (\"Refresh\", f\"{seconds}; url={next_page}\")]\n",
  "wave": 2
 },
 {
  "name": "hd2_refresh_header_list",
  "kind": "safe",
  "lang": "python",
  "cwe": 113,
  "code": "from urllib.parse import quote\n\n\ndef refresh_headers(next_page: str, seconds: int = 3) -> list[tuple[str, str]]:\n    \"\"\"Headers of the 'saved' page that sends the browser on to the page the user came from.\"\"\"\n    target = \"/\" + quote(next_page.lstrip(\"/\"), safe=\"/\")\n    return [(\"Content-Type\", \"text/html\"), (\"Refresh\", f\"{int(seconds)}; url={target}\")]\n",
  "wave": 2
 },
 {
  "name": "r2_re_sub_user",
  "kind": "vuln",
  "lang": "python",
  "cwe": 1333,
  "code": "import re\n\n\ndef find_and_replace(text: str, find: str, replacement: str) -> str:\n    \"\"\"Search-and-replace from the editor dialog; `find` is what the user typed.\"\"\"\n    return re.sub(find, replacement, text)\n",
  "wave": 2
 },
 {
  "name": "r2_re_sub_user",
  "kind": "safe",
  "lang": "python",
  "cwe": 1333,
  "code": "import re\n\n\ndef find_and_replace(text: str, find: str, replacement: str) -> str:\n    \"\"\"Search-and-replace from the editor dialog; `find` is what the user typed.\"\"\"\n    return re.sub(re.escape(find), lambda _m: replacement, text)\n",
  "wave": 2
 },
 {
  "name": "r2_catastrophic_tag",
  "kind": "vuln",
  "lang": "python",
  "cwe": 1333,
  "code": "import re\n\nTAG = re.compile(r\"<(\\w+\\s*)*>\")\n\n\ndef strip_tags(comment: str) -> str:\n    \"\"\"Remove the tags from a comment posted by a visitor.\"\"\"\n    return TAG.sub(\"\", comment)\n",
  "wave": 2
 },
 {
  "name": "r2_catastrophic_tag",
  "kind": "safe",
  "lang": "python",
  "cwe": 1333,
  "code": "import re\n\nTAG = re.compile(r\"<[^<>]*>\")\n\n\ndef strip_tags(comment: str) -> str:\n    \"\"\"Remove the tags from a comment posted by a visitor.\"\"\"\n    return TAG.sub(\"\", comment)\n",
  "wave": 2
 },
 {
  "name": "r2_split_user_delim",
  "kind": "vuln",
  "lang": "python",
  "cwe": 1333,
  "code": "import re\n\n\ndef split_fields(line: str, delimiter: str) -> list[str]:\n    \"\"\"Split an imported line on the delimiter the user chose in the CSV import form.\"\"\"\n    return re.split(delimiter, line)\n",
  "wave": 2
 },
 {
  "name": "r2_split_user_delim",
  "kind": "safe",
  "lang": "python",
  "cwe": 1333,
  "code": "import re\n\n\ndef split_fields(line: str, delimiter: str) -> list[str]:\n    \"\"\"Split an imported line on the delimiter the user chose in the CSV import form.\"\"\"\n    return re.split(re.escape(delimiter), line)\n",
  "wave": 2
 },
 {
  "name": "r2_full_name_regex",
  "kind": "vuln",
  "lang": "python",
  "cwe": 1333,
  "code": "import re\n\n\ndef is_valid_full_name(name: str) -> bool:\n    return re.match(r\"^([A-Za-z]+\\s?)*$\", name) is not None\n",
  "wave": 2
 },
 {
  "name": "r2_full_name_regex",
  "kind": "safe",
  "lang": "python",
  "cwe": 1333,
  "code": "import re\n\n\ndef is_valid_full_name(name: str) -> bool:\n    return len(name) <= 100 and re.fullmatch(r\"[A-Za-z]+(?: [A-Za-z]+)*\", name) is not None\n",
  "wave": 2
 },
 {
  "name": "r2_flask_list_alloc",
  "kind": "vuln",
  "lang": "python",
  "cwe": 400,
  "code": "from flask import Flask, jsonify, request\n\napp = Flask(__name__)\n\n\n@app.get(\"/grid\")\ndef grid():\n    size = int(request.args.get(\"size\", \"10\"))\n    cells = [0] * (size * size)\n    return jsonify(cells=len(cells))\n",
  "wave": 2
 },
 {
  "name": "r2_flask_list_alloc",
  "kind": "safe",
  "lang": "python",
  "cwe": 400,
  "code": "from flask import Flask, abort, jsonify, request\n\napp = Flask(__name__)\nMAX_SIZE = 100\n\n\n@app.get(\"/grid\")\ndef grid():\n    size = int(request.args.get(\"size\", \"10\"))\n    if size < 1 or size > MAX_SIZE:\n        abort(400)\n    cells = [0] * (size * size)\n    return jsonify(cells=len(cells))\n",
  "wave": 2
 },
 {
  "name": "v2_redirect_endswith_param",
  "kind": "vuln",
  "lang": "python",
  "cwe": 20,
  "code": "from urllib.parse import urlparse\n\n\ndef get_target_for_redirect(target: str, domain: str) -> str:\n    \"\"\"Return `target` if it is on `domain` (or a subdomain), else the domain's home page.\"\"\"\n    host = urlparse(target).hostname or \"\"\n    if host.endswith(domain):\n        return target\n    return f\"https://{domain}\"\n",
  "wave": 2
 },
 {
  "name": "v2_redirect_endswith_param",
  "kind": "safe",
  "lang": "python",
  "cwe": 20,
  "code": "from urllib.parse import urlparse\n\n\ndef get_target_for_redirect(target: str, domain: str) -> str:\n    \"\"\"Return `target` if it is on `domain` (or a subdomain), else the domain's home page.\"\"\"\n    parts = urlparse(target)\n    host = parts.hostname or \"\"\n    if parts.scheme == \"https\" and (host == domain or host.endswith(\".\" + domain)):\n        return target\n    return f\"https://{domain}\"\n",
  "wave": 2
 },
 {
  "name": "v2_email_domain",
  "kind": "vuln",
  "lang": "python",
  "cwe": 20,
  "code": "def is_company_email(email: str) -> bool:\n    \"\"\"Sign-ups are only open to addresses of example.org and its subsidiaries.\"\"\"\n    domain = email.rsplit(\"@\", 1)[-1].lower()\n    return domain.endswith(\"example.org\")\n",
  "wave": 2
 },
 {
  "name": "v2_email_domain",
  "kind": "safe",
  "lang": "python",
  "cwe": 20,
  "code": "def is_company_email(email: str) -> bool:\n    \"\"\"Sign-ups are only open to addresses of example.org and its subsidiaries.\"\"\"\n    domain = email.rsplit(\"@\", 1)[-1].lower()\n    return domain == \"example.org\" or domain.endswith(\".example.org\")\n",
  "wave": 2
 },
 {
  "name": "v2_re_search_host",
  "kind": "vuln",
  "lang": "python",
  "cwe": 20,
  "code": "import re\n\n\ndef is_allowed_webhook(url: str) -> bool:\n    \"\"\"Webhooks may only point at hooks.slack.com.\"\"\"\n    return bool(re.search(r\"hooks\\.slack\\.com\", url))\n",
  "wave": 2
 },
 {
  "name": "v2_re_search_host",
  "kind": "safe",
  "lang": "python",
  "cwe": 20,
  "code": "from urllib.parse import urlparse\n\n\ndef is_allowed_webhook(url: str) -> bool:\n    \"\"\"Webhooks may only point at hooks.slack.com.\"\"\"\n    parts = urlparse(url)\n    return parts.scheme == \"https\" and parts.hostname == \"hooks.slack.com\"\n",
  "wave": 2
 },
 {
  "name": "v2_any_substring_allowlist",
  "kind": "vuln",
  "lang": "python",
  "cwe": 20,
  "code": "from urllib.parse import urlparse\n\nALLOWED_DOMAINS = [\"example.com\", \"example.net\"]\n\n\ndef is_allowed_origin(origin: str) -> bool:\n    host = urlparse(origin).netloc\n    return any(domain in host for domain in ALLOWED_DOMAINS)\n",
  "wave": 2
 },
 {
  "name": "v2_any_substring_allowlist",
  "kind": "safe",
  "lang": "python",
  "cwe": 20,
  "code": "from urllib.parse import urlparse\n\nALLOWED_DOMAINS = [\"example.com\", \"example.net\"]\n\n\ndef is_allowed_origin(origin: str) -> bool:\n    host = urlparse(origin).hostname or \"\"\n    return any(host == d or host.endswith(\".\" + d) for d in ALLOWED_DOMAINS)\n",
  "wave": 2
 },
 {
  "name": "p2_report_fstring",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "def load_report(report_name: str) -> str:\n    \"\"\"Return the CSV report the user picked from the list.\"\"\"\n    with open(f\"reports/{report_name}.csv\", encoding=\"utf-8\") as fh:\n        return fh.read()\n",
  "wave": 2
 },
 {
  "name": "p2_report_fstring",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "import os\n\n\ndef load_report(report_name: str) -> str:\n    \"\"\"Return the CSV report the user picked from the list.\"\"\"\n    if os.path.basename(report_name) != report_name or report_name.startswith(\".\"):\n        raise ValueError(\"bad report name\")\n    with open(f\"reports/{report_name}.csv\", encoding=\"utf-8\") as fh:\n        return fh.read()\n",
  "wave": 2
 },
 {
  "name": "p2_rmtree_workspace",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "import os\nimport shutil\n\nWORKSPACES = \"/srv/workspaces\"\n\n\ndef delete_workspace(workspace: str) -> None:\n    \"\"\"Delete a workspace the user owns (its name comes from the URL).\"\"\"\n    shutil.rmtree(os.path.join(WORKSPACES, workspace))\n",
  "wave": 2
 },
 {
  "name": "p2_rmtree_workspace",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "import os\nimport re\nimport shutil\n\nWORKSPACES = \"/srv/workspaces\"\n\n\ndef delete_workspace(workspace: str) -> None:\n    \"\"\"Delete a workspace the user owns (its name comes from the URL).\"\"\"\n    if not re.fullmatch(r\"[a-z0-9][a-z0-9-]{0,40}\", workspace):\n        raise ValueError(\"bad workspace name\")\n    shutil.rmtree(os.path.join(WORKSPACES, workspace))\n",
  "wave": 2
 },
 {
  "name": "p2_pathlib_write_note",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "from pathlib import Path\n\nNOTES = Path.home() / \"notes\"\n\n\ndef save_note(title: str, body: str) -> Path:\n    path = Path(NOTES, f\"{title}.md\")\n    path.write_text(body, encoding=\"utf-8\")\n    return path\n",
  "wave": 2
 },
 {
  "name": "p2_pathlib_write_note",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "import re\nfrom pathlib import Path\n\nNOTES = Path.home() / \"notes\"\n\n\ndef save_note(title: str, body: str) -> Path:\n    slug = re.sub(r\"[^A-Za-z0-9_-]\", \"-\", title)[:80] or \"untitled\"\n    path = Path(NOTES, f\"{slug}.md\")\n    path.write_text(body, encoding=\"utf-8\")\n    return path\n",
  "wave": 2
 },
 {
  "name": "p2_tar_extract_members",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "import tarfile\n\n\ndef install_plugin(archive: str, plugins_dir: str) -> None:\n    \"\"\"Install a plugin bundle uploaded through the admin page.\"\"\"\n    with tarfile.open(archive) as tar:\n        for member in tar.getmembers():\n            tar.extract(member, path=plugins_dir)\n",
  "wave": 2
 },
 {
  "name": "p2_tar_extract_members",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "import tarfile\n\n\ndef install_plugin(archive: str, plugins_dir: str) -> None:\n    \"\"\"Install a plugin bundle uploaded through the admin page.\"\"\"\n    with tarfile.open(archive) as tar:\n        tar.extractall(path=plugins_dir, filter=\"data\")\n",
  "wave": 2
 },
 {
  "name": "p2_io_open_log",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "import io\nimport os\n\nLOG_ROOT = \"/var/log/services\"\n\n\ndef tail_service_log(service: str, day: str, lines: int = 100) -> list[str]:\n    \"\"\"Last lines of a service log; service and day come from the support tool's query string.\"\"\"\n    with io.open(os.path.join(LOG_ROOT, service, day + \".log\"), encoding=\"utf-8\") as fh:\n        return fh.readlines()[-lines:]\n",
  "wave": 2
 },
 {
  "name": "p2_io_open_log",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "import io\nimport os\nimport re\n\nLOG_ROOT = \"/var/log/services\"\nSERVICES = {\"api\", \"worker\", \"scheduler\"}\n\n\ndef tail_service_log(service: str, day: str, lines: int = 100) -> list[str]:\n    \"\"\"Last lines of a service log; service and day come from the support tool's query string.\"\"\"\n    if service not in SERVICES or not re.fullmatch(r\"\\d{4}-\\d{2}-\\d{2}\", day):\n        raise ValueError(\"bad service or day\")\n    with io.open(os.path.join(LOG_ROOT, service, day + \".log\"), encoding=\"utf-8\") as fh:\n        return fh.readlines()[-lines:]\n",
  "wave": 2
 },
 {
  "name": "h3_blake2b_password",
  "kind": "vuln",
  "lang": "python",
  "cwe": 916,
  "code": "import hashlib\nimport os\n\n\ndef hash_account_password(password: str) -> str:\n    salt = os.urandom(16)\n    return salt.hex() + hashlib.blake2b(password.encode(), salt=salt).hexdigest()\n",
  "wave": 3
 },
 {
  "name": "h3_blake2b_password",
  "kind": "safe",
  "lang": "python",
  "cwe": 916,
  "code": "from argon2 import PasswordHasher\n\n_ph = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=2)\n\n\ndef hash_account_password(password: str) -> str:\n    return _ph.hash(password)\n",
  "wave": 3
 },
 {
  "name": "h3_crypt_md5",
  "kind": "vuln",
  "lang": "python",
  "cwe": 916,
  "code": "import crypt\nimport secrets\n\n\ndef unix_password_hash(password: str) -> str:\n    \"\"\"Password hash for the /etc/shadow line of a new SFTP account.\"\"\"\n    salt = secrets.token_hex(4)\n    return crypt.crypt(password, \"$1$\" + salt)\n",
  "wave": 3
 },
 {
  "name": "h3_crypt_md5",
  "kind": "safe",
  "lang": "python",
  "cwe": 916,
  "code": "import bcrypt\n\n\ndef unix_password_hash(password: str) -> str:\n    \"\"\"Password hash for the /etc/shadow line of a new SFTP account.\"\"\"\n    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12)).decode()\n",
  "wave": 3
 },
 {
  "name": "h3_ctr_static_nonce",
  "kind": "vuln",
  "lang": "python",
  "cwe": 329,
  "code": "from Crypto.Cipher import AES\n\nNONCE = b\"\\x00\" * 8\n\n\ndef encrypt_cookie(key: bytes, value: bytes) -> bytes:\n    return AES.new(key, AES.MODE_CTR, nonce=NONCE).encrypt(value)\n",
  "wave": 3
 },
 {
  "name": "h3_ctr_static_nonce",
  "kind": "safe",
  "lang": "python",
  "cwe": 329,
  "code": "from Crypto.Cipher import AES\nfrom Crypto.Random import get_random_bytes\n\n\ndef encrypt_cookie(key: bytes, value: bytes) -> bytes:\n    cipher = AES.new(key, AES.MODE_GCM, nonce=get_random_bytes(12))\n    ct, tag = cipher.encrypt_and_digest(value)\n    return cipher.nonce + tag + ct\n",
  "wave": 3
 },
 {
  "name": "s3_requests_request_base",
  "kind": "vuln",
  "lang": "python",
  "cwe": 918,
  "code": "import requests\n\n\ndef export_from_instance(base_url: str, token: str) -> bytes:\n    \"\"\"Pull the export from the self-hosted instance whose base URL the customer entered.\"\"\"\n    resp = requests.request(\"GET\", f\"{base_url}/api/export\", headers={\"Authorization\": f\"Bearer {token}\"}, timeout=30)\n    resp.raise_for_status()\n    return resp.content\n",
  "wave": 3
 },
 {
  "name": "s3_requests_request_base",
  "kind": "safe",
  "lang": "python",
  "cwe": 918,
  "code": "from urllib.parse import urlparse\n\nimport requests\n\nINSTANCE_SUFFIX = \".instances.example.com\"\n\n\ndef export_from_instance(base_url: str, token: str) -> bytes:\n    \"\"\"Pull the export from the self-hosted instance whose base URL the customer entered.\"\"\"\n    parts = urlparse(base_url)\n    if parts.scheme != \"https\" or not (parts.hostname or \"\").endswith(INSTANCE_SUFFIX):\n        raise ValueError(\"instance must be one of ours\")\n    resp = requests.request(\"GET\", f\"https://{parts.hostname}/api/export\", headers={\"Authorization\": f\"Bearer {token}\"}, timeout=30)\n    resp.raise_for_status()\n    return resp.content\n",
  "wave": 3
 },
 {
  "name": "x3_percent_items",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "def tag_list(tags):\n    \"\"\"HTML list of the tags users attached to a post.\"\"\"\n    return \"<ul>\" + \"\".join(\"<li>%s</li>\" % t for t in tags) + \"</ul>\"\n",
  "wave": 3
 },
 {
  "name": "x3_percent_items",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from html import escape\n\n\ndef tag_list(tags):\n    \"\"\"HTML list of the tags users attached to a post.\"\"\"\n    return \"<ul>\" + \"\".join(\"<li>%s</li>\" % escape(t) for t in tags) + \"</ul>\"\n",
  "wave": 3
 },
 {
  "name": "x3_anchor_concat",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "def make_link(link: str, label: str) -> str:\n    \"\"\"Anchor for a link a member shared in their profile.\"\"\"\n    return '<a rel=\"nofollow\" href=\"' + link + '\">' + label + \"</a>\"\n",
  "wave": 3
 },
 {
  "name": "x3_anchor_concat",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from html import escape\n\n\ndef make_link(link: str, label: str) -> str:\n    \"\"\"Anchor for a link a member shared in their profile.\"\"\"\n    if not link.startswith((\"https://\", \"http://\")):\n        link = \"#\"\n    return '<a rel=\"nofollow\" href=\"' + escape(link, quote=True) + '\">' + escape(label) + \"</a>\"\n",
  "wave": 3
 },
 {
  "name": "l3_getlogger_chain",
  "kind": "vuln",
  "lang": "python",
  "cwe": 117,
  "code": "import logging\n\n\ndef role_changed(username: str, new_role: str) -> None:\n    logging.getLogger(__name__).info(f\"user {username} changed role to {new_role}\")\n",
  "wave": 3
 },
 {
  "name": "l3_getlogger_chain",
  "kind": "safe",
  "lang": "python",
  "cwe": 117,
  "code": "import logging\n\n\ndef role_changed(username: str, new_role: str) -> None:\n    logging.getLogger(__name__).info(\"user %r changed role to %r\", username, new_role)\n",
  "wave": 3
 },
 {
  "name": "l3_invalid_email_concat",
  "kind": "vuln",
  "lang": "python",
  "cwe": 117,
  "code": "import logging\n\nlog = logging.getLogger(\"signup\")\n\n\ndef validate_email(email):\n    if \"@\" not in email:\n        log.warning(\"Invalid email address: \" + email)\n        return False\n    return True\n",
  "wave": 3
 },
 {
  "name": "l3_invalid_email_concat",
  "kind": "safe",
  "lang": "python",
  "cwe": 117,
  "code": "import logging\n\nlog = logging.getLogger(\"signup\")\n\n\ndef validate_email(email):\n    if \"@\" not in email:\n        log.warning(\"Invalid email address: %s\", email.replace(\"\\n\", \"\\\\n\").replace(\"\\r\", \"\\\\r\"))\n        return False\n    return True\n",
  "wave": 3
 },
 {
  "name": "hd3_headers_update",
  "kind": "vuln",
  "lang": "python",
  "cwe": 113,
  "code": "def upstream_headers(resp, upstream_name: str):\n    \"\"\"Tag the proxied response with the upstream the client asked for.\"\"\"\n    resp.headers.update({\"X-Upstream\": upstream_name, \"Cache-Control\": \"no-store\"})\n    return resp\n",
  "wave": 3
 },
 {
  "name": "hd3_headers_update",
  "kind": "safe",
  "lang": "python",
  "cwe": 113,
  "code": "UPSTREAMS = {\"alpha\", \"beta\"}\n\n\ndef upstream_headers(resp, upstream_name: str):\n    \"\"\"Tag the proxied response with the upstream the client asked for.\"\"\"\n    name = upstream_name if upstream_name in UPSTREAMS else \"default\"\n    resp.headers.update({\"X-Upstream\": name, \"Cache-Control\": \"no-store\"})\n    return resp\n",
  "wave": 3
 },
 {
  "name": "r3_fullmatch_user_pattern",
  "kind": "vuln",
  "lang": "python",
  "cwe": 1333,
  "code": "import re\n\n\ndef file_matches_rule(filename: str, rule_pattern: str) -> bool:\n    \"\"\"True if the file name matches the pattern the user configured for the sync rule.\"\"\"\n    return re.fullmatch(rule_pattern, filename) is not None\n",
  "wave": 3
 },
 {
  "name": "r3_fullmatch_user_pattern",
  "kind": "safe",
  "lang": "python",
  "cwe": 1333,
  "code": "import fnmatch\n\n\ndef file_matches_rule(filename: str, rule_pattern: str) -> bool:\n    \"\"\"True if the file name matches the glob the user configured for the sync rule.\"\"\"\n    return fnmatch.fnmatchcase(filename, rule_pattern)\n",
  "wave": 3
 },
 {
  "name": "p3_concat_open",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "UPLOADS = \"/srv/uploads\"\n\n\ndef read_upload(filename):\n    \"\"\"Return the bytes of the file the user uploaded; `filename` comes from the download link.\"\"\"\n    with open(UPLOADS + \"/\" + filename, \"rb\") as f:\n        return f.read()\n",
  "wave": 3
 },
 {
  "name": "p3_concat_open",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "import os\n\nUPLOADS = \"/srv/uploads\"\n\n\ndef read_upload(filename):\n    \"\"\"Return the bytes of the file the user uploaded; `filename` comes from the download link.\"\"\"\n    name = os.path.basename(filename)\n    if not name or name.startswith(\".\"):\n        raise ValueError(\"bad file name\")\n    with open(UPLOADS + \"/\" + name, \"rb\") as f:\n        return f.read()\n",
  "wave": 3
 },
 {
  "name": "h4_sha3_set_password",
  "kind": "vuln",
  "lang": "python",
  "cwe": 916,
  "code": "import hashlib\nfrom dataclasses import dataclass, field\n\n\n@dataclass\nclass Account:\n    email: str\n    password_hash: str = field(default=\"\", repr=False)\n\n    def set_password(self, raw: str) -> None:\n        self.password_hash = hashlib.sha3_256(raw.encode(\"utf-8\")).hexdigest()\n",
  "wave": 4
 },
 {
  "name": "h4_sha3_set_password",
  "kind": "safe",
  "lang": "python",
  "cwe": 916,
  "code": "from dataclasses import dataclass, field\n\nfrom argon2 import PasswordHasher\n\n_ph = PasswordHasher()\n\n\n@dataclass\nclass Account:\n    email: str\n    password_hash: str = field(default=\"\", repr=False)\n\n    def set_password(self, raw: str) -> None:\n        self.password_hash = _ph.hash(raw)\n",
  "wave": 4
 },
 {
  "name": "h4_rsa_sign_sha1",
  "kind": "vuln",
  "lang": "python",
  "cwe": 328,
  "code": "from cryptography.hazmat.primitives import hashes\nfrom cryptography.hazmat.primitives.asymmetric import padding\n\n\ndef sign_invoice(private_key, invoice_pdf: bytes) -> bytes:\n    \"\"\"Signature attached to every invoice we e-mail.\"\"\"\n    return private_key.sign(\n        invoice_pdf,\n        padding.PSS(mgf=padding.MGF1(hashes.SHA1()), salt_length=padding.PSS.MAX_LENGTH),\n        hashes.SHA1(),\n    )\n",
  "wave": 4
 },
 {
  "name": "h4_rsa_sign_sha1",
  "kind": "safe",
  "lang": "python",
  "cwe": 328,
  "code": "from cryptography.hazmat.primitives import hashes\nfrom cryptography.hazmat.primitives.asymmetric import padding\n\n\ndef sign_invoice(private_key, invoice_pdf: bytes) -> bytes:\n    \"\"\"Signature attached to every invoice we e-mail.\"\"\"\n    return private_key.sign(\n        invoice_pdf,\n        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),\n        hashes.SHA256(),\n    )\n",
  "wave": 4
 },
 {
  "name": "s4_favicon_head",
  "kind": "vuln",
  "lang": "python",
  "cwe": 918,
  "code": "import requests\n\n\ndef has_favicon(site_domain: str) -> bool:\n    \"\"\"Check the site a member entered in their profile for a favicon.\"\"\"\n    r = requests.head(f\"https://{site_domain}/favicon.ico\", timeout=3, allow_redirects=False)\n    return r.status_code == 200\n",
  "wave": 4
 },
 {
  "name": "s4_favicon_head",
  "kind": "safe",
  "lang": "python",
  "cwe": 918,
  "code": "import ipaddress\nimport socket\n\nimport requests\n\n\ndef has_favicon(site_domain: str) -> bool:\n    \"\"\"Check the site a member entered in their profile for a favicon.\"\"\"\n    addr = ipaddress.ip_address(socket.gethostbyname(site_domain))\n    if not addr.is_global:\n        raise ValueError(\"site must be public\")\n    r = requests.head(f\"https://{site_domain}/favicon.ico\", timeout=3, allow_redirects=False)\n    return r.status_code == 200\n",
  "wave": 4
 },
 {
  "name": "x4_select_options",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "def render_select(name, options):\n    \"\"\"<select> for a survey question; the option labels were written by the survey author.\"\"\"\n    opts = \"\\n\".join(\"<option value='{0}'>{0}</option>\".format(o) for o in options)\n    return f\"<select name='{name}'>{opts}</select>\"\n",
  "wave": 4
 },
 {
  "name": "x4_select_options",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from html import escape\n\n\ndef render_select(name, options):\n    \"\"\"<select> for a survey question; the option labels were written by the survey author.\"\"\"\n    opts = \"\\n\".join(\"<option value='{0}'>{0}</option>\".format(escape(o, quote=True)) for o in options)\n    return f\"<select name='{escape(name, quote=True)}'>{opts}</select>\"\n",
  "wave": 4
 },
 {
  "name": "l4_comment_posted",
  "kind": "vuln",
  "lang": "python",
  "cwe": 117,
  "code": "import logging\n\nlogger = logging.getLogger(\"moderation\")\n\n\ndef queue_for_review(author: str, comment_text: str) -> None:\n    \"\"\"Queue a comment for moderation; `comment_text` is what the visitor posted.\"\"\"\n    logger.info(\"New comment by %s: %s\", author, comment_text)\n",
  "wave": 4
 },
 {
  "name": "l4_comment_posted",
  "kind": "safe",
  "lang": "python",
  "cwe": 117,
  "code": "import logging\n\nlogger = logging.getLogger(\"moderation\")\n\n\ndef queue_for_review(author: str, comment_text: str) -> None:\n    \"\"\"Queue a comment for moderation; `comment_text` is what the visitor posted.\"\"\"\n    logger.info(\"New comment by %r: %r\", author, comment_text[:200])\n",
  "wave": 4
 },
 {
  "name": "hd4_starlette_inline",
  "kind": "vuln",
  "lang": "python",
  "cwe": 113,
  "code": "from starlette.responses import Response\n\n\ndef inline_file(body: bytes, name: str) -> Response:\n    \"\"\"Serve an attachment inline under the name the uploader gave it.\"\"\"\n    return Response(body, media_type=\"application/pdf\", headers={\"Content-Disposition\": \"inline; filename=\" + name})\n",
  "wave": 4
 },
 {
  "name": "hd4_starlette_inline",
  "kind": "safe",
  "lang": "python",
  "cwe": 113,
  "code": "from urllib.parse import quote\n\nfrom starlette.responses import Response\n\n\ndef inline_file(body: bytes, name: str) -> Response:\n    \"\"\"Serve an attachment inline under the name the uploader gave it.\"\"\"\n    return Response(body, media_type=\"application/pdf\", headers={\"Content-Disposition\": \"inline; filename*=UTF-8''\" + quote(name)})\n",
  "wave": 4
 },
 {
  "name": "r4_findall_api_regex",
  "kind": "vuln",
  "lang": "python",
  "cwe": 1333,
  "code": "import re\n\n\ndef extract(document: str, user_regex: str) -> list[str]:\n    \"\"\"Return the matches of the regex supplied by the API caller in `document`.\"\"\"\n    return re.findall(user_regex, document)\n",
  "wave": 4
 },
 {
  "name": "r4_findall_api_regex",
  "kind": "safe",
  "lang": "python",
  "cwe": 1333,
  "code": "import re\n\n\ndef extract(document: str, literal: str) -> list[str]:\n    \"\"\"Return the occurrences of the text supplied by the API caller in `document`.\"\"\"\n    return re.findall(re.escape(literal), document)\n",
  "wave": 4
 },
 {
  "name": "p4_export_zip",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "import os\n\nEXPORT_DIR = \"/var/exports\"\n\n\ndef export_path(export_id: str) -> str:\n    \"\"\"Path of the export archive to stream back; `export_id` is taken from the URL.\"\"\"\n    path = os.path.join(EXPORT_DIR, export_id + \".zip\")\n    if not os.path.isfile(path):\n        raise FileNotFoundError(export_id)\n    return path\n",
  "wave": 4
 },
 {
  "name": "p4_export_zip",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "import os\nimport uuid\n\nEXPORT_DIR = \"/var/exports\"\n\n\ndef export_path(export_id: str) -> str:\n    \"\"\"Path of the export archive to stream back; `export_id` is taken from the URL.\"\"\"\n    path = os.path.join(EXPORT_DIR, str(uuid.UUID(export_id)) + \".zip\")\n    if not os.path.isfile(path):\n        raise FileNotFoundError(export_id)\n    return path\n",
  "wave": 4
 }
];

describeProbes('round 14 library-function probes (Python)', PROBES);
