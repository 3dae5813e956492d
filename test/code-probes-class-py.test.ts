// Probe set of round 13 (Python): "one class at a time". For six classes (insecure randomness,
// XPath injection, open redirect, XSS, trust-boundary violation, path traversal), web programs that write
// the weakness with many different APIs and contexts (Flask, Django, FastAPI/Starlette, bottle, Tornado,
// Pyramid, aiohttp, Falcon, plain WSGI and CGI; numpy and random.Random generators; lxml, ElementTree,
// elementpath, libxml2, py-dom-xpath; Location headers in every form; stored XSS from rows; beaker and
// aiohttp sessions; shutil/pathlib/io/codecs/aiofiles/PIL paths) and a safe twin of each (the usual fix).
// Written before the analyzer was run on them; three waves.
// `low`: py.xpath-injection-evaluators (XPathEvaluator, elementpath, libxml2) was made an audit rule after
// the round (see code-rules/README.md, Round 13 (Python)), so its three probes are checked at 'low'.
import { describeProbes, type Probe } from './code-probes.js';

const PROBES: Probe[] = [
 {
  "name": "rand_session_cookie",
  "kind": "vuln",
  "lang": "python",
  "cwe": 338,
  "code": "import random\nimport string\nfrom flask import Flask, make_response\n\napp = Flask(__name__)\n\n@app.route(\"/login\", methods=[\"POST\"])\ndef login():\n    sid = \"\".join(random.choice(string.ascii_letters + string.digits) for _ in range(32))\n    resp = make_response(\"ok\")\n    resp.set_cookie(\"sid\", sid, httponly=True)\n    return resp\n",
  "wave": 1
 },
 {
  "name": "rand_session_cookie",
  "kind": "safe",
  "lang": "python",
  "cwe": 338,
  "code": "import secrets\nfrom flask import Flask, make_response\n\napp = Flask(__name__)\n\n@app.route(\"/login\", methods=[\"POST\"])\ndef login():\n    sid = secrets.token_urlsafe(32)\n    resp = make_response(\"ok\")\n    resp.set_cookie(\"sid\", sid, httponly=True, secure=True, samesite=\"Lax\")\n    return resp\n",
  "wave": 1
 },
 {
  "name": "rand_reset_token_randint",
  "kind": "vuln",
  "lang": "python",
  "cwe": 338,
  "code": "import random\nfrom django.core.mail import send_mail\nfrom django.http import JsonResponse\nfrom .models import PasswordReset, User\n\ndef request_reset(request):\n    user = User.objects.get(email=request.POST[\"email\"])\n    token = str(random.randint(100000000, 999999999))\n    PasswordReset.objects.create(user=user, token=token)\n    send_mail(\"Reset\", f\"https://example.com/reset/{token}\", \"noreply@example.com\", [user.email])\n    return JsonResponse({\"sent\": True})\n",
  "wave": 1
 },
 {
  "name": "rand_reset_token_randint",
  "kind": "safe",
  "lang": "python",
  "cwe": 338,
  "code": "import secrets\nfrom django.core.mail import send_mail\nfrom django.http import JsonResponse\nfrom .models import PasswordReset, User\n\ndef request_reset(request):\n    user = User.objects.get(email=request.POST[\"email\"])\n    token = secrets.token_hex(16)\n    PasswordReset.objects.create(user=user, token=token)\n    send_mail(\"Reset\", f\"https://example.com/reset/{token}\", \"noreply@example.com\", [user.email])\n    return JsonResponse({\"sent\": True})\n",
  "wave": 1
 },
 {
  "name": "rand_otp_random",
  "kind": "vuln",
  "lang": "python",
  "cwe": 338,
  "code": "import random\nfrom flask import Flask, session, request\n\napp = Flask(__name__)\napp.secret_key = __import__(\"os\").environ[\"SECRET_KEY\"]\n\ndef send_sms(number, text):\n    pass\n\n@app.post(\"/2fa/start\")\ndef start_2fa():\n    otp = \"%06d\" % int(random.random() * 1000000)\n    session[\"otp\"] = otp\n    send_sms(request.form[\"phone\"], \"Your code is \" + otp)\n    return \"sent\"\n",
  "wave": 1
 },
 {
  "name": "rand_otp_random",
  "kind": "safe",
  "lang": "python",
  "cwe": 338,
  "code": "import secrets\nfrom flask import Flask, session, request\n\napp = Flask(__name__)\napp.secret_key = __import__(\"os\").environ[\"SECRET_KEY\"]\n\ndef send_sms(number, text):\n    pass\n\n@app.post(\"/2fa/start\")\ndef start_2fa():\n    otp = \"%06d\" % secrets.randbelow(1000000)\n    session[\"otp\"] = otp\n    send_sms(current_phone(), \"Your code is \" + otp)\n    return \"sent\"\n\ndef current_phone():\n    return \"+10000000000\"\n",
  "wave": 1
 },
 {
  "name": "rand_api_key_getrandbits",
  "kind": "vuln",
  "lang": "python",
  "cwe": 338,
  "code": "import random\nfrom fastapi import FastAPI\nfrom pydantic import BaseModel\n\napp = FastAPI()\nKEYS = {}\n\nclass KeyRequest(BaseModel):\n    owner: str\n\n@app.post(\"/api-keys\")\ndef create_key(body: KeyRequest):\n    api_key = \"%032x\" % random.getrandbits(128)\n    KEYS[api_key] = body.owner\n    return {\"api_key\": api_key}\n",
  "wave": 1
 },
 {
  "name": "rand_api_key_getrandbits",
  "kind": "safe",
  "lang": "python",
  "cwe": 338,
  "code": "import secrets\nfrom fastapi import FastAPI\nfrom pydantic import BaseModel\n\napp = FastAPI()\nKEYS = {}\n\nclass KeyRequest(BaseModel):\n    owner: str\n\n@app.post(\"/api-keys\")\ndef create_key(body: KeyRequest):\n    api_key = secrets.token_hex(16)\n    KEYS[api_key] = body.owner\n    return {\"api_key\": api_key}\n",
  "wave": 1
 },
 {
  "name": "rand_temp_password_sample",
  "kind": "vuln",
  "lang": "python",
  "cwe": 338,
  "code": "import random\nimport string\nfrom django.contrib.auth.models import User\nfrom django.http import HttpResponse\n\ndef reset_password(request, user_id):\n    user = User.objects.get(pk=user_id)\n    alphabet = string.ascii_letters + string.digits\n    new_password = \"\".join(random.sample(alphabet, 12))\n    user.set_password(new_password)\n    user.save()\n    return HttpResponse(\"Temporary password emailed\")\n",
  "wave": 1
 },
 {
  "name": "rand_temp_password_sample",
  "kind": "safe",
  "lang": "python",
  "cwe": 338,
  "code": "import secrets\nimport string\nfrom django.contrib.auth.models import User\nfrom django.http import HttpResponse\n\ndef reset_password(request, user_id):\n    user = User.objects.get(pk=user_id)\n    alphabet = string.ascii_letters + string.digits\n    new_password = \"\".join(secrets.choice(alphabet) for _ in range(12))\n    user.set_password(new_password)\n    user.save()\n    return HttpResponse(\"Temporary password emailed\")\n",
  "wave": 1
 },
 {
  "name": "rand_csrf_token_uniform",
  "kind": "vuln",
  "lang": "python",
  "cwe": 338,
  "code": "import random\nimport hashlib\nfrom bottle import route, response, template\n\n@route(\"/form\")\ndef form():\n    csrf_token = hashlib.sha256(str(random.uniform(0, 1)).encode()).hexdigest()\n    response.set_cookie(\"csrf\", csrf_token)\n    return template(\"<form><input type=hidden name=csrf value={{t}}></form>\", t=csrf_token)\n",
  "wave": 1
 },
 {
  "name": "rand_csrf_token_uniform",
  "kind": "safe",
  "lang": "python",
  "cwe": 338,
  "code": "import secrets\nfrom bottle import route, response, template\n\n@route(\"/form\")\ndef form():\n    csrf_token = secrets.token_urlsafe(32)\n    response.set_cookie(\"csrf\", csrf_token, secure=True, httponly=True)\n    return template(\"<form><input type=hidden name=csrf value={{t}}></form>\", t=csrf_token)\n",
  "wave": 1
 },
 {
  "name": "rand_numpy_nonce",
  "kind": "vuln",
  "lang": "python",
  "cwe": 338,
  "code": "import numpy as np\nfrom Crypto.Cipher import AES\n\ndef encrypt_record(key: bytes, data: bytes) -> bytes:\n    nonce = np.random.bytes(12)\n    cipher = AES.new(key, AES.MODE_GCM, nonce=nonce)\n    ct, tag = cipher.encrypt_and_digest(data)\n    return nonce + tag + ct\n",
  "wave": 1
 },
 {
  "name": "rand_numpy_nonce",
  "kind": "safe",
  "lang": "python",
  "cwe": 338,
  "code": "import os\nfrom Crypto.Cipher import AES\n\ndef encrypt_record(key: bytes, data: bytes) -> bytes:\n    nonce = os.urandom(12)\n    cipher = AES.new(key, AES.MODE_GCM, nonce=nonce)\n    ct, tag = cipher.encrypt_and_digest(data)\n    return nonce + tag + ct\n",
  "wave": 1
 },
 {
  "name": "rand_salt_randbytes",
  "kind": "vuln",
  "lang": "python",
  "cwe": 338,
  "code": "import random\nimport hashlib\n\ndef hash_password(password: str) -> str:\n    salt = random.randbytes(16)\n    digest = hashlib.pbkdf2_hmac(\"sha256\", password.encode(), salt, 200_000)\n    return salt.hex() + \"$\" + digest.hex()\n",
  "wave": 1
 },
 {
  "name": "rand_salt_randbytes",
  "kind": "safe",
  "lang": "python",
  "cwe": 338,
  "code": "import os\nimport hashlib\n\ndef hash_password(password: str) -> str:\n    salt = os.urandom(16)\n    digest = hashlib.pbkdf2_hmac(\"sha256\", password.encode(), salt, 200_000)\n    return salt.hex() + \"$\" + digest.hex()\n",
  "wave": 1
 },
 {
  "name": "rand_upload_filename",
  "kind": "vuln",
  "lang": "python",
  "cwe": 338,
  "code": "import os\nimport random\nfrom flask import Flask, request\n\napp = Flask(__name__)\nUPLOADS = \"/srv/private-uploads\"\n\n@app.post(\"/upload\")\ndef upload():\n    f = request.files[\"doc\"]\n    if f.mimetype != \"application/pdf\":\n        return {\"error\": \"pdf only\"}, 400\n    # the name is the only protection: files are served by name without auth\n    secret_name = \"%x\" % random.randrange(16**20) + \".pdf\"\n    f.save(os.path.join(UPLOADS, secret_name))\n    return {\"url\": \"/files/\" + secret_name}\n",
  "wave": 1
 },
 {
  "name": "rand_upload_filename",
  "kind": "safe",
  "lang": "python",
  "cwe": 338,
  "code": "import os\nimport uuid\nfrom flask import Flask, request\n\napp = Flask(__name__)\nUPLOADS = \"/srv/private-uploads\"\n\n@app.post(\"/upload\")\ndef upload():\n    f = request.files[\"doc\"]\n    if f.mimetype != \"application/pdf\":\n        return {\"error\": \"pdf only\"}, 400\n    secret_name = uuid.uuid4().hex + \".pdf\"\n    f.save(os.path.join(UPLOADS, secret_name))\n    return {\"url\": \"/files/\" + secret_name}\n",
  "wave": 1
 },
 {
  "name": "rand_remember_me_header",
  "kind": "vuln",
  "lang": "python",
  "cwe": 338,
  "code": "import random\nfrom django.http import JsonResponse\n\ndef remember_me(request):\n    key = \"\".join(str(random.randint(0, 9)) for _ in range(24))\n    request.user.profile.remember_key = key\n    request.user.profile.save()\n    resp = JsonResponse({\"ok\": True})\n    resp[\"X-Remember-Token\"] = key\n    return resp\n",
  "wave": 1
 },
 {
  "name": "rand_remember_me_header",
  "kind": "safe",
  "lang": "python",
  "cwe": 338,
  "code": "import secrets\nfrom django.http import JsonResponse\n\ndef remember_me(request):\n    key = secrets.token_urlsafe(24)\n    request.user.profile.remember_key = key\n    request.user.profile.save()\n    resp = JsonResponse({\"ok\": True})\n    resp[\"X-Remember-Token\"] = key\n    return resp\n",
  "wave": 1
 },
 {
  "name": "rand_lottery_shuffle",
  "kind": "vuln",
  "lang": "python",
  "cwe": 338,
  "code": "import random\nfrom flask import Flask, jsonify\n\napp = Flask(__name__)\nENTRIES = []\n\n@app.post(\"/raffle/draw\")\ndef draw_winner():\n    # prize draw: the winner gets a paid ticket\n    pool = list(ENTRIES)\n    random.shuffle(pool)\n    winner = pool[0]\n    return jsonify(winner=winner)\n",
  "wave": 1
 },
 {
  "name": "rand_lottery_shuffle",
  "kind": "safe",
  "lang": "python",
  "cwe": 338,
  "code": "import secrets\nfrom flask import Flask, jsonify\n\napp = Flask(__name__)\nENTRIES = []\n\n@app.post(\"/raffle/draw\")\ndef draw_winner():\n    pool = list(ENTRIES)\n    secrets.SystemRandom().shuffle(pool)\n    winner = pool[0]\n    return jsonify(winner=winner)\n",
  "wave": 1
 },
 {
  "name": "rand_invite_code_module_alias",
  "kind": "vuln",
  "lang": "python",
  "cwe": 338,
  "code": "from random import choices\nimport string\nfrom fastapi import FastAPI\n\napp = FastAPI()\nINVITES = set()\n\n@app.post(\"/invites\")\ndef new_invite():\n    invite_code = \"\".join(choices(string.ascii_uppercase + string.digits, k=10))\n    INVITES.add(invite_code)\n    return {\"invite\": invite_code}\n",
  "wave": 1
 },
 {
  "name": "rand_invite_code_module_alias",
  "kind": "safe",
  "lang": "python",
  "cwe": 338,
  "code": "import random\nfrom fastapi import FastAPI\n\napp = FastAPI()\nCOLORS = [\"red\", \"green\", \"blue\"]\n\n@app.get(\"/avatar-color\")\ndef avatar_color():\n    # cosmetic only: picks a placeholder color\n    return {\"color\": random.choice(COLORS)}\n",
  "wave": 1
 },
 {
  "name": "xpath_lxml_fstring",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from lxml import etree\nfrom flask import Flask, request\n\napp = Flask(__name__)\nTREE = etree.parse(\"users.xml\")\n\n@app.route(\"/user\")\ndef user():\n    name = request.args.get(\"name\", \"\")\n    nodes = TREE.xpath(f\"//user[@name='{name}']/email/text()\")\n    return {\"emails\": [str(n) for n in nodes]}\n",
  "wave": 1
 },
 {
  "name": "xpath_lxml_fstring",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "from lxml import etree\nfrom flask import Flask, request\n\napp = Flask(__name__)\nTREE = etree.parse(\"users.xml\")\n\n@app.route(\"/user\")\ndef user():\n    name = request.args.get(\"name\", \"\")\n    nodes = TREE.xpath(\"//user[@name=$name]/email/text()\", name=name)\n    return {\"emails\": [str(n) for n in nodes]}\n",
  "wave": 1
 },
 {
  "name": "xpath_lxml_login_concat",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from lxml import etree\nfrom django.http import HttpResponse\n\nDOC = etree.parse(\"/etc/app/accounts.xml\")\n\ndef login(request):\n    user = request.POST.get(\"user\")\n    pw = request.POST.get(\"password\")\n    query = \"//account[username/text()='\" + user + \"' and password/text()='\" + pw + \"']\"\n    if DOC.getroot().xpath(query):\n        return HttpResponse(\"welcome\")\n    return HttpResponse(\"denied\", status=401)\n",
  "wave": 1
 },
 {
  "name": "xpath_lxml_login_concat",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "from lxml import etree\nfrom django.http import HttpResponse\n\nDOC = etree.parse(\"/etc/app/accounts.xml\")\n\ndef login(request):\n    user = request.POST.get(\"user\")\n    pw = request.POST.get(\"password\")\n    query = \"//account[username/text()=$u and password/text()=$p]\"\n    if DOC.getroot().xpath(query, u=user, p=pw):\n        return HttpResponse(\"welcome\")\n    return HttpResponse(\"denied\", status=401)\n",
  "wave": 1
 },
 {
  "name": "xpath_etree_xpath_class",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from lxml import etree\nfrom flask import Flask, request\n\napp = Flask(__name__)\nCATALOG = etree.parse(\"catalog.xml\")\n\n@app.get(\"/books\")\ndef books():\n    author = request.args[\"author\"]\n    find = etree.XPath(\"//book[author='%s']/title\" % author)\n    return {\"titles\": [t.text for t in find(CATALOG)]}\n",
  "wave": 1
 },
 {
  "name": "xpath_etree_xpath_class",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "from lxml import etree\nfrom flask import Flask, request\n\napp = Flask(__name__)\nCATALOG = etree.parse(\"catalog.xml\")\nFIND = etree.XPath(\"//book[author=$author]/title\")\n\n@app.get(\"/books\")\ndef books():\n    author = request.args[\"author\"]\n    return {\"titles\": [t.text for t in FIND(CATALOG, author=author)]}\n",
  "wave": 1
 },
 {
  "name": "xpath_xpathevaluator",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from lxml import etree\nfrom fastapi import FastAPI\n\napp = FastAPI()\nDOC = etree.parse(\"inventory.xml\")\n\n@app.get(\"/stock/{sku}\")\ndef stock(sku: str):\n    evaluator = etree.XPathEvaluator(DOC)\n    result = evaluator(\"//item[@sku='{}']/qty/text()\".format(sku))\n    return {\"qty\": result[0] if result else 0}\n",
  "wave": 1,
  "low": true
 },
 {
  "name": "xpath_xpathevaluator",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "import re\nfrom lxml import etree\nfrom fastapi import FastAPI, HTTPException\n\napp = FastAPI()\nDOC = etree.parse(\"inventory.xml\")\n\n@app.get(\"/stock/{sku}\")\ndef stock(sku: str):\n    if not re.fullmatch(r\"[A-Z0-9-]{1,20}\", sku):\n        raise HTTPException(400)\n    evaluator = etree.XPathEvaluator(DOC)\n    result = evaluator(\"//item[@sku=$sku]/qty/text()\", sku=sku)\n    return {\"qty\": result[0] if result else 0}\n",
  "wave": 1
 },
 {
  "name": "xpath_elementtree_findall",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "import xml.etree.ElementTree as ET\nfrom flask import Flask, request\n\napp = Flask(__name__)\nROOT = ET.parse(\"employees.xml\").getroot()\n\n@app.route(\"/employee\")\ndef employee():\n    dept = request.args.get(\"dept\")\n    people = ROOT.findall(\".//employee[@dept='\" + dept + \"']\")\n    return {\"names\": [p.get(\"name\") for p in people]}\n",
  "wave": 1
 },
 {
  "name": "xpath_elementtree_findall",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "import xml.etree.ElementTree as ET\nfrom flask import Flask, request\n\napp = Flask(__name__)\nROOT = ET.parse(\"employees.xml\").getroot()\n\n@app.route(\"/employee\")\ndef employee():\n    dept = request.args.get(\"dept\")\n    people = [e for e in ROOT.iter(\"employee\") if e.get(\"dept\") == dept]\n    return {\"names\": [p.get(\"name\") for p in people]}\n",
  "wave": 1
 },
 {
  "name": "xpath_elementtree_find_header",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from xml.etree import ElementTree\nfrom django.http import JsonResponse\n\nCONFIG = ElementTree.parse(\"/srv/tenants.xml\")\n\ndef tenant_settings(request):\n    tenant = request.headers.get(\"X-Tenant\")\n    node = CONFIG.find(\"./tenant[@id='%s']/settings\" % tenant)\n    return JsonResponse({\"theme\": node.findtext(\"theme\") if node is not None else None})\n",
  "wave": 1
 },
 {
  "name": "xpath_elementtree_find_header",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "from xml.etree import ElementTree\nfrom django.http import JsonResponse\n\nCONFIG = ElementTree.parse(\"/srv/tenants.xml\")\nTENANTS = {t.get(\"id\"): t for t in CONFIG.getroot().iter(\"tenant\")}\n\ndef tenant_settings(request):\n    tenant = request.headers.get(\"X-Tenant\")\n    node = TENANTS.get(tenant)\n    settings = node.find(\"settings\") if node is not None else None\n    return JsonResponse({\"theme\": settings.findtext(\"theme\") if settings is not None else None})\n",
  "wave": 1
 },
 {
  "name": "xpath_helper_param",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from lxml import etree\n\nclass UserDirectory:\n    def __init__(self, path):\n        self.doc = etree.parse(path)\n\n    def lookup(self, uid):\n        expr = \"/directory/user[uid='\" + uid + \"']\"\n        return self.doc.xpath(expr)\n\ndef handle(request, directory):\n    return directory.lookup(request.GET[\"uid\"])\n",
  "wave": 1
 },
 {
  "name": "xpath_helper_param",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "from lxml import etree\n\nclass UserDirectory:\n    def __init__(self, path):\n        self.doc = etree.parse(path)\n\n    def lookup(self, uid):\n        return self.doc.xpath(\"/directory/user[uid=$uid]\", uid=uid)\n\ndef handle(request, directory):\n    return directory.lookup(request.GET[\"uid\"])\n",
  "wave": 1
 },
 {
  "name": "xpath_cookie_elementpath",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from lxml import etree\nfrom bottle import route, request\n\nDOC = etree.parse(\"prefs.xml\")\n\n@route(\"/prefs\")\ndef prefs():\n    profile = request.get_cookie(\"profile\")\n    q = \"//profile[@name=\\\"%s\\\"]/*\" % (profile,)\n    return {e.tag: e.text for e in DOC.xpath(q)}\n",
  "wave": 1
 },
 {
  "name": "xpath_cookie_elementpath",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "from lxml import etree\nfrom bottle import route, request\n\nDOC = etree.parse(\"prefs.xml\")\n\n@route(\"/prefs\")\ndef prefs():\n    profile = request.get_cookie(\"profile\")\n    return {e.tag: e.text for e in DOC.xpath(\"//profile[@name=$p]/*\", p=profile)}\n",
  "wave": 1
 },
 {
  "name": "xpath_json_body_search",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from lxml import etree\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\nFEED = etree.parse(\"feed.xml\")\n\n@app.post(\"/search\")\ndef search():\n    data = request.get_json()\n    term = data[\"term\"]\n    parts = [\"//entry[contains(title, '\", term, \"')]\"]\n    hits = FEED.xpath(\"\".join(parts))\n    return jsonify([h.findtext(\"title\") for h in hits])\n",
  "wave": 1
 },
 {
  "name": "xpath_json_body_search",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "from lxml import etree\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\nFEED = etree.parse(\"feed.xml\")\n\n@app.post(\"/search\")\ndef search():\n    data = request.get_json()\n    term = data[\"term\"]\n    hits = FEED.xpath(\"//entry[contains(title, $t)]\", t=term)\n    return jsonify([h.findtext(\"title\") for h in hits])\n",
  "wave": 1
 },
 {
  "name": "xpath_elementpath_select",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "import elementpath\nfrom xml.etree import ElementTree as ET\nfrom flask import Flask, request\n\napp = Flask(__name__)\nROOT = ET.parse(\"orders.xml\").getroot()\n\n@app.get(\"/orders\")\ndef orders():\n    status = request.args.get(\"status\", \"open\")\n    found = elementpath.select(ROOT, \"//order[@status='\" + status + \"']\")\n    return {\"ids\": [o.get(\"id\") for o in found]}\n",
  "wave": 1,
  "low": true
 },
 {
  "name": "xpath_elementpath_select",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "import elementpath\nfrom xml.etree import ElementTree as ET\nfrom flask import Flask, request\n\napp = Flask(__name__)\nROOT = ET.parse(\"orders.xml\").getroot()\nALLOWED = {\"open\", \"closed\", \"pending\"}\n\n@app.get(\"/orders\")\ndef orders():\n    status = request.args.get(\"status\", \"open\")\n    if status not in ALLOWED:\n        return {\"ids\": []}, 400\n    found = elementpath.select(ROOT, \"//order[@status=$s]\", variables={\"s\": status})\n    return {\"ids\": [o.get(\"id\") for o in found]}\n",
  "wave": 1
 },
 {
  "name": "xpath_libxml2_ctxt",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "import sys\nimport libxml2\n\ndef main():\n    doc = libxml2.parseFile(\"hosts.xml\")\n    ctxt = doc.xpathNewContext()\n    host = sys.argv[1]\n    res = ctxt.xpathEval(\"//host[name='\" + host + \"']/ip\")\n    for r in res:\n        print(r.content)\n\nif __name__ == \"__main__\":\n    main()\n",
  "wave": 1,
  "low": true
 },
 {
  "name": "xpath_libxml2_ctxt",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "import sys\nimport libxml2\n\ndef main():\n    doc = libxml2.parseFile(\"hosts.xml\")\n    ctxt = doc.xpathNewContext()\n    res = ctxt.xpathEval(\"//host/ip\")\n    wanted = sys.argv[1]\n    for r in res:\n        if r.parent.prop(\"name\") == wanted:\n            print(r.content)\n\nif __name__ == \"__main__\":\n    main()\n",
  "wave": 1
 },
 {
  "name": "redir_flask_next",
  "kind": "vuln",
  "lang": "python",
  "cwe": 601,
  "code": "from flask import Flask, request, redirect, session\n\napp = Flask(__name__)\n\n@app.post(\"/login\")\ndef login():\n    session[\"user\"] = \"alice\"\n    next_url = request.args.get(\"next\", \"/\")\n    return redirect(next_url)\n",
  "wave": 1
 },
 {
  "name": "redir_flask_next",
  "kind": "safe",
  "lang": "python",
  "cwe": 601,
  "code": "from urllib.parse import urlparse\nfrom flask import Flask, request, redirect, session, url_for\n\napp = Flask(__name__)\n\n@app.post(\"/login\")\ndef login():\n    session[\"user\"] = \"alice\"\n    next_url = request.args.get(\"next\", \"/\")\n    parsed = urlparse(next_url)\n    if parsed.netloc or parsed.scheme:\n        next_url = url_for(\"index\")\n    return redirect(next_url)\n",
  "wave": 1
 },
 {
  "name": "redir_django_httpresponseredirect",
  "kind": "vuln",
  "lang": "python",
  "cwe": 601,
  "code": "from django.http import HttpResponseRedirect\nfrom django.contrib.auth import logout\n\ndef logout_view(request):\n    logout(request)\n    return HttpResponseRedirect(request.GET.get(\"return_to\", \"/\"))\n",
  "wave": 1
 },
 {
  "name": "redir_django_httpresponseredirect",
  "kind": "safe",
  "lang": "python",
  "cwe": 601,
  "code": "from django.http import HttpResponseRedirect\nfrom django.contrib.auth import logout\nfrom django.utils.http import url_has_allowed_host_and_scheme\n\ndef logout_view(request):\n    logout(request)\n    target = request.GET.get(\"return_to\", \"/\")\n    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=True):\n        target = \"/\"\n    return HttpResponseRedirect(target)\n",
  "wave": 1
 },
 {
  "name": "redir_django_shortcut_redirect",
  "kind": "vuln",
  "lang": "python",
  "cwe": 601,
  "code": "from django.shortcuts import redirect\n\ndef go(request):\n    url = request.POST[\"url\"]\n    return redirect(url)\n",
  "wave": 1
 },
 {
  "name": "redir_django_shortcut_redirect",
  "kind": "safe",
  "lang": "python",
  "cwe": 601,
  "code": "from django.shortcuts import redirect\n\nDESTINATIONS = {\"docs\": \"/docs/\", \"home\": \"/\", \"pricing\": \"/pricing/\"}\n\ndef go(request):\n    key = request.POST[\"url\"]\n    return redirect(DESTINATIONS.get(key, \"/\"))\n",
  "wave": 1
 },
 {
  "name": "redir_fastapi_redirectresponse",
  "kind": "vuln",
  "lang": "python",
  "cwe": 601,
  "code": "from fastapi import FastAPI\nfrom fastapi.responses import RedirectResponse\n\napp = FastAPI()\n\n@app.get(\"/sso/callback\")\ndef callback(state: str, redirect_uri: str):\n    return RedirectResponse(url=redirect_uri, status_code=302)\n",
  "wave": 1
 },
 {
  "name": "redir_fastapi_redirectresponse",
  "kind": "safe",
  "lang": "python",
  "cwe": 601,
  "code": "from urllib.parse import urlparse\nfrom fastapi import FastAPI\nfrom fastapi.responses import RedirectResponse\n\napp = FastAPI()\nALLOWED = {\"app.example.com\", \"admin.example.com\"}\n\n@app.get(\"/sso/callback\")\ndef callback(state: str, redirect_uri: str):\n    host = urlparse(redirect_uri).hostname\n    if host not in ALLOWED:\n        redirect_uri = \"/\"\n    return RedirectResponse(url=redirect_uri, status_code=302)\n",
  "wave": 1
 },
 {
  "name": "redir_location_header",
  "kind": "vuln",
  "lang": "python",
  "cwe": 601,
  "code": "from flask import Flask, request, Response\n\napp = Flask(__name__)\n\n@app.route(\"/out\")\ndef outbound():\n    target = request.args[\"to\"]\n    resp = Response(status=302)\n    resp.headers[\"Location\"] = target\n    return resp\n",
  "wave": 1
 },
 {
  "name": "redir_location_header",
  "kind": "safe",
  "lang": "python",
  "cwe": 601,
  "code": "from flask import Flask, request, Response, abort\n\napp = Flask(__name__)\nPARTNERS = {\"acme\": \"https://acme.example.org/\", \"globex\": \"https://globex.example.net/\"}\n\n@app.route(\"/out\")\ndef outbound():\n    target = PARTNERS.get(request.args[\"to\"])\n    if target is None:\n        abort(404)\n    resp = Response(status=302)\n    resp.headers[\"Location\"] = target\n    return resp\n",
  "wave": 1
 },
 {
  "name": "redir_referer",
  "kind": "vuln",
  "lang": "python",
  "cwe": 601,
  "code": "from django.http import HttpResponseRedirect\nfrom .models import Item\n\ndef delete_item(request, pk):\n    Item.objects.filter(pk=pk, owner=request.user).delete()\n    back = request.META.get(\"HTTP_REFERER\", \"/\")\n    return HttpResponseRedirect(back)\n",
  "wave": 1
 },
 {
  "name": "redir_referer",
  "kind": "safe",
  "lang": "python",
  "cwe": 601,
  "code": "from django.http import HttpResponseRedirect\nfrom django.urls import reverse\nfrom .models import Item\n\ndef delete_item(request, pk):\n    Item.objects.filter(pk=pk, owner=request.user).delete()\n    return HttpResponseRedirect(reverse(\"item-list\"))\n",
  "wave": 1
 },
 {
  "name": "redir_bottle",
  "kind": "vuln",
  "lang": "python",
  "cwe": 601,
  "code": "from bottle import route, request, redirect\n\n@route(\"/lang\")\ndef set_lang():\n    lang = request.query.get(\"lang\", \"en\")\n    back = request.query.get(\"back\")\n    redirect(back)\n",
  "wave": 1
 },
 {
  "name": "redir_bottle",
  "kind": "safe",
  "lang": "python",
  "cwe": 601,
  "code": "from bottle import route, request, redirect\n\n@route(\"/lang\")\ndef set_lang():\n    lang = request.query.get(\"lang\", \"en\")\n    back = request.query.get(\"back\", \"/\")\n    if not back.startswith(\"/\") or back.startswith(\"//\"):\n        back = \"/\"\n    redirect(back)\n",
  "wave": 1
 },
 {
  "name": "redir_concat_domain",
  "kind": "vuln",
  "lang": "python",
  "cwe": 601,
  "code": "from flask import Flask, request, redirect\n\napp = Flask(__name__)\n\n@app.get(\"/shop\")\ndef shop():\n    # intended to go to a sub-path, but the host is user controlled\n    region = request.args.get(\"region\", \"www\")\n    return redirect(\"https://\" + region + \".example.com/shop\")\n",
  "wave": 1
 },
 {
  "name": "redir_concat_domain",
  "kind": "safe",
  "lang": "python",
  "cwe": 601,
  "code": "from flask import Flask, request, redirect\n\napp = Flask(__name__)\nREGIONS = {\"eu\", \"us\", \"www\"}\n\n@app.get(\"/shop\")\ndef shop():\n    region = request.args.get(\"region\", \"www\")\n    if region not in REGIONS:\n        region = \"www\"\n    return redirect(\"https://\" + region + \".example.com/shop\")\n",
  "wave": 1
 },
 {
  "name": "redir_wsgi_start_response",
  "kind": "vuln",
  "lang": "python",
  "cwe": 601,
  "code": "from urllib.parse import parse_qs\n\ndef application(environ, start_response):\n    qs = parse_qs(environ.get(\"QUERY_STRING\", \"\"))\n    dest = qs.get(\"dest\", [\"/\"])[0]\n    start_response(\"302 Found\", [(\"Location\", dest)])\n    return [b\"\"]\n",
  "wave": 1
 },
 {
  "name": "redir_wsgi_start_response",
  "kind": "safe",
  "lang": "python",
  "cwe": 601,
  "code": "from urllib.parse import parse_qs\n\nROUTES = {\"home\": \"/\", \"help\": \"/help\"}\n\ndef application(environ, start_response):\n    qs = parse_qs(environ.get(\"QUERY_STRING\", \"\"))\n    dest = ROUTES.get(qs.get(\"dest\", [\"home\"])[0], \"/\")\n    start_response(\"302 Found\", [(\"Location\", dest)])\n    return [b\"\"]\n",
  "wave": 1
 },
 {
  "name": "redir_starlette_cookie",
  "kind": "vuln",
  "lang": "python",
  "cwe": 601,
  "code": "from starlette.applications import Starlette\nfrom starlette.responses import RedirectResponse\nfrom starlette.routing import Route\n\nasync def after_login(request):\n    target = request.cookies.get(\"post_login_redirect\", \"/\")\n    return RedirectResponse(target)\n\napp = Starlette(routes=[Route(\"/after-login\", after_login)])\n",
  "wave": 1
 },
 {
  "name": "redir_starlette_cookie",
  "kind": "safe",
  "lang": "python",
  "cwe": 601,
  "code": "from starlette.applications import Starlette\nfrom starlette.responses import RedirectResponse\nfrom starlette.routing import Route\n\nasync def after_login(request):\n    target = request.cookies.get(\"post_login_redirect\", \"/\")\n    if not target.startswith(\"/\") or target.startswith(\"//\") or \"\\\\\" in target:\n        target = \"/\"\n    return RedirectResponse(target)\n\napp = Starlette(routes=[Route(\"/after-login\", after_login)])\n",
  "wave": 1
 },
 {
  "name": "redir_django_redirect_view_var",
  "kind": "vuln",
  "lang": "python",
  "cwe": 601,
  "code": "from django.http import HttpResponse\nfrom django.shortcuts import redirect\n\ndef oauth_start(request):\n    request.session[\"oauth_next\"] = \"/dashboard\"\n    callback = request.GET.get(\"callback\")\n    if callback:\n        response = redirect(callback, permanent=False)\n    else:\n        response = HttpResponse(\"missing callback\", status=400)\n    return response\n",
  "wave": 1
 },
 {
  "name": "redir_django_redirect_view_var",
  "kind": "safe",
  "lang": "python",
  "cwe": 601,
  "code": "from django.http import HttpResponse\nfrom django.shortcuts import redirect\nfrom django.utils.http import url_has_allowed_host_and_scheme\n\ndef oauth_start(request):\n    callback = request.GET.get(\"callback\")\n    if callback and url_has_allowed_host_and_scheme(callback, allowed_hosts={request.get_host()}):\n        response = redirect(callback, permanent=False)\n    else:\n        response = HttpResponse(\"missing callback\", status=400)\n    return response\n",
  "wave": 1
 },
 {
  "name": "xss_flask_return_fstring",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request\n\napp = Flask(__name__)\n\n@app.route(\"/hello\")\ndef hello():\n    name = request.args.get(\"name\", \"world\")\n    return f\"<h1>Hello {name}</h1>\"\n",
  "wave": 1
 },
 {
  "name": "xss_flask_return_fstring",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request\nfrom markupsafe import escape\n\napp = Flask(__name__)\n\n@app.route(\"/hello\")\ndef hello():\n    name = request.args.get(\"name\", \"world\")\n    return f\"<h1>Hello {escape(name)}</h1>\"\n",
  "wave": 1
 },
 {
  "name": "xss_make_response_concat",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request, make_response\n\napp = Flask(__name__)\n\n@app.route(\"/search\")\ndef search():\n    q = request.args.get(\"q\", \"\")\n    resp = make_response(\"<p>No results for \" + q + \"</p>\")\n    resp.headers[\"Content-Type\"] = \"text/html\"\n    return resp\n",
  "wave": 1
 },
 {
  "name": "xss_make_response_concat",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "import html\nfrom flask import Flask, request, make_response\n\napp = Flask(__name__)\n\n@app.route(\"/search\")\ndef search():\n    q = request.args.get(\"q\", \"\")\n    resp = make_response(\"<p>No results for \" + html.escape(q) + \"</p>\")\n    resp.headers[\"Content-Type\"] = \"text/html\"\n    return resp\n",
  "wave": 1
 },
 {
  "name": "xss_django_httpresponse_format",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from django.http import HttpResponse\n\ndef profile(request):\n    bio = request.GET.get(\"bio\", \"\")\n    return HttpResponse(\"<div class='bio'>{}</div>\".format(bio))\n",
  "wave": 1
 },
 {
  "name": "xss_django_httpresponse_format",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from django.http import HttpResponse\nfrom django.utils.html import format_html\n\ndef profile(request):\n    bio = request.GET.get(\"bio\", \"\")\n    return HttpResponse(format_html(\"<div class='bio'>{}</div>\", bio))\n",
  "wave": 1
 },
 {
  "name": "xss_mark_safe",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from django.shortcuts import render\nfrom django.utils.safestring import mark_safe\n\ndef comment_preview(request):\n    body = request.POST.get(\"body\", \"\")\n    return render(request, \"preview.html\", {\"body\": mark_safe(body)})\n",
  "wave": 1
 },
 {
  "name": "xss_mark_safe",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from django.shortcuts import render\nfrom django.utils.safestring import mark_safe\nfrom django.utils.html import escape\n\ndef comment_preview(request):\n    body = request.POST.get(\"body\", \"\")\n    return render(request, \"preview.html\", {\"body\": mark_safe(escape(body).replace(\"\\n\", \"<br>\"))})\n",
  "wave": 1
 },
 {
  "name": "xss_markup",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request, render_template\nfrom markupsafe import Markup\n\napp = Flask(__name__)\n\n@app.route(\"/note\")\ndef note():\n    text = request.args.get(\"text\", \"\")\n    return render_template(\"note.html\", content=Markup(\"<b>\" + text + \"</b>\"))\n",
  "wave": 1
 },
 {
  "name": "xss_markup",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request, render_template\nfrom markupsafe import Markup, escape\n\napp = Flask(__name__)\n\n@app.route(\"/note\")\ndef note():\n    text = request.args.get(\"text\", \"\")\n    return render_template(\"note.html\", content=Markup(\"<b>%s</b>\") % text)\n",
  "wave": 1
 },
 {
  "name": "xss_render_template_string",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request, render_template_string\n\napp = Flask(__name__)\n\n@app.route(\"/greet\")\ndef greet():\n    user = request.args.get(\"user\", \"\")\n    return render_template_string(\"<p>Hi \" + user + \"</p>\")\n",
  "wave": 1
 },
 {
  "name": "xss_render_template_string",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request, render_template_string\n\napp = Flask(__name__)\n\n@app.route(\"/greet\")\ndef greet():\n    user = request.args.get(\"user\", \"\")\n    return render_template_string(\"<p>Hi {{ user }}</p>\", user=user)\n",
  "wave": 1
 },
 {
  "name": "xss_jinja_autoescape_off",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from jinja2 import Environment, FileSystemLoader\nfrom flask import Flask, request\n\napp = Flask(__name__)\nenv = Environment(loader=FileSystemLoader(\"templates\"), autoescape=False)\n\n@app.route(\"/card\")\ndef card():\n    tpl = env.get_template(\"card.html\")\n    return tpl.render(title=request.args.get(\"title\", \"\"))\n",
  "wave": 1
 },
 {
  "name": "xss_jinja_autoescape_off",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from jinja2 import Environment, FileSystemLoader, select_autoescape\nfrom flask import Flask, request\n\napp = Flask(__name__)\nenv = Environment(loader=FileSystemLoader(\"templates\"), autoescape=select_autoescape([\"html\", \"xml\"]))\n\n@app.route(\"/card\")\ndef card():\n    tpl = env.get_template(\"card.html\")\n    return tpl.render(title=request.args.get(\"title\", \"\"))\n",
  "wave": 1
 },
 {
  "name": "xss_fastapi_htmlresponse",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from fastapi import FastAPI\nfrom fastapi.responses import HTMLResponse\n\napp = FastAPI()\n\n@app.get(\"/welcome\", response_class=HTMLResponse)\ndef welcome(name: str = \"guest\"):\n    return HTMLResponse(content=f\"<html><body>Welcome, {name}!</body></html>\")\n",
  "wave": 1
 },
 {
  "name": "xss_fastapi_htmlresponse",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "import html\nfrom fastapi import FastAPI\nfrom fastapi.responses import HTMLResponse\n\napp = FastAPI()\n\n@app.get(\"/welcome\", response_class=HTMLResponse)\ndef welcome(name: str = \"guest\"):\n    return HTMLResponse(content=f\"<html><body>Welcome, {html.escape(name)}!</body></html>\")\n",
  "wave": 1
 },
 {
  "name": "xss_stored_db",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "import sqlite3\nfrom flask import Flask\n\napp = Flask(__name__)\n\n@app.route(\"/guestbook\")\ndef guestbook():\n    conn = sqlite3.connect(\"gb.db\")\n    rows = conn.execute(\"SELECT author, message FROM entries\").fetchall()\n    out = \"<ul>\"\n    for author, message in rows:\n        out += \"<li><b>\" + author + \"</b>: \" + message + \"</li>\"\n    return out + \"</ul>\"\n",
  "wave": 1
 },
 {
  "name": "xss_stored_db",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "import sqlite3\nfrom html import escape\nfrom flask import Flask\n\napp = Flask(__name__)\n\n@app.route(\"/guestbook\")\ndef guestbook():\n    conn = sqlite3.connect(\"gb.db\")\n    rows = conn.execute(\"SELECT author, message FROM entries\").fetchall()\n    out = \"<ul>\"\n    for author, message in rows:\n        out += \"<li><b>\" + escape(author) + \"</b>: \" + escape(message) + \"</li>\"\n    return out + \"</ul>\"\n",
  "wave": 1
 },
 {
  "name": "xss_bottle_return",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from bottle import route, request\n\n@route(\"/echo\")\ndef echo():\n    msg = request.query.msg\n    return \"<pre>%s</pre>\" % msg\n",
  "wave": 1
 },
 {
  "name": "xss_bottle_return",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from bottle import route, request, html_escape\n\n@route(\"/echo\")\ndef echo():\n    msg = request.query.msg\n    return \"<pre>%s</pre>\" % html_escape(msg)\n",
  "wave": 1
 },
 {
  "name": "xss_cgi_print",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "#!/usr/bin/env python3\nimport cgi\n\nform = cgi.FieldStorage()\nwho = form.getvalue(\"who\", \"\")\nprint(\"Content-Type: text/html\")\nprint()\nprint(\"<html><body>Hello \" + who + \"</body></html>\")\n",
  "wave": 1
 },
 {
  "name": "xss_cgi_print",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "#!/usr/bin/env python3\nimport cgi\nimport html\n\nform = cgi.FieldStorage()\nwho = form.getvalue(\"who\", \"\")\nprint(\"Content-Type: text/html\")\nprint()\nprint(\"<html><body>Hello \" + html.escape(who) + \"</body></html>\")\n",
  "wave": 1
 },
 {
  "name": "xss_header_user_agent",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from django.http import HttpResponse\n\ndef debug_ua(request):\n    ua = request.META.get(\"HTTP_USER_AGENT\", \"\")\n    html = \"<table><tr><td>User agent</td><td>%s</td></tr></table>\" % ua\n    return HttpResponse(html)\n",
  "wave": 1
 },
 {
  "name": "xss_header_user_agent",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from django.http import HttpResponse\nfrom django.utils.html import escape\n\ndef debug_ua(request):\n    ua = request.META.get(\"HTTP_USER_AGENT\", \"\")\n    html = \"<table><tr><td>User agent</td><td>%s</td></tr></table>\" % escape(ua)\n    return HttpResponse(html)\n",
  "wave": 1
 },
 {
  "name": "tb_flask_session_arg",
  "kind": "vuln",
  "lang": "python",
  "cwe": 501,
  "code": "from flask import Flask, request, session\n\napp = Flask(__name__)\napp.secret_key = \"x\" * 32\n\n@app.route(\"/set-role\")\ndef set_role():\n    session[\"role\"] = request.args.get(\"role\")\n    return \"ok\"\n",
  "wave": 1
 },
 {
  "name": "tb_flask_session_arg",
  "kind": "safe",
  "lang": "python",
  "cwe": 501,
  "code": "from flask import Flask, request, session, abort\n\napp = Flask(__name__)\napp.secret_key = \"x\" * 32\nTHEMES = {\"light\", \"dark\"}\n\n@app.route(\"/set-theme\")\ndef set_theme():\n    theme = request.args.get(\"theme\")\n    if theme not in THEMES:\n        abort(400)\n    session[\"theme\"] = theme\n    return \"ok\"\n",
  "wave": 1
 },
 {
  "name": "tb_django_session_post",
  "kind": "vuln",
  "lang": "python",
  "cwe": 501,
  "code": "from django.http import JsonResponse\n\ndef save_profile(request):\n    request.session[\"user_id\"] = request.POST.get(\"user_id\")\n    request.session[\"is_admin\"] = request.POST.get(\"is_admin\") == \"1\"\n    return JsonResponse({\"saved\": True})\n",
  "wave": 1
 },
 {
  "name": "tb_django_session_post",
  "kind": "safe",
  "lang": "python",
  "cwe": 501,
  "code": "from django.http import JsonResponse\n\ndef save_profile(request):\n    request.session[\"user_id\"] = request.user.pk\n    request.session[\"is_admin\"] = request.user.is_staff\n    return JsonResponse({\"saved\": True})\n",
  "wave": 1
 },
 {
  "name": "tb_session_via_var_header",
  "kind": "vuln",
  "lang": "python",
  "cwe": 501,
  "code": "from flask import Flask, request, session\n\napp = Flask(__name__)\n\n@app.before_request\ndef remember_tenant():\n    tenant = request.headers.get(\"X-Tenant-Id\")\n    if tenant:\n        session[\"tenant_id\"] = tenant\n",
  "wave": 1
 },
 {
  "name": "tb_session_via_var_header",
  "kind": "safe",
  "lang": "python",
  "cwe": 501,
  "code": "from flask import Flask, request, session, g\n\napp = Flask(__name__)\nTENANTS = {\"acme\": 1, \"globex\": 2}\n\n@app.before_request\ndef remember_tenant():\n    tenant = request.headers.get(\"X-Tenant-Id\")\n    if tenant in TENANTS:\n        session[\"tenant_id\"] = TENANTS[tenant]\n",
  "wave": 1
 },
 {
  "name": "tb_session_update_dict",
  "kind": "vuln",
  "lang": "python",
  "cwe": 501,
  "code": "from flask import Flask, request, session\n\napp = Flask(__name__)\n\n@app.post(\"/prefs\")\ndef prefs():\n    session.update(request.form.to_dict())\n    return \"saved\"\n",
  "wave": 1
 },
 {
  "name": "tb_session_update_dict",
  "kind": "safe",
  "lang": "python",
  "cwe": 501,
  "code": "from flask import Flask, request, session\n\napp = Flask(__name__)\n\n@app.post(\"/prefs\")\ndef prefs():\n    lang = request.form.get(\"lang\", \"en\")\n    session.update({\"lang\": lang if lang in (\"en\", \"fr\", \"de\") else \"en\"})\n    return \"saved\"\n",
  "wave": 1
 },
 {
  "name": "tb_django_session_setitem_cookie",
  "kind": "vuln",
  "lang": "python",
  "cwe": 501,
  "code": "from django.shortcuts import redirect\n\ndef impersonate(request):\n    target = request.COOKIES.get(\"act_as\")\n    request.session[\"username\"] = target\n    return redirect(\"/\")\n",
  "wave": 1
 },
 {
  "name": "tb_django_session_setitem_cookie",
  "kind": "safe",
  "lang": "python",
  "cwe": 501,
  "code": "from django.shortcuts import redirect\nfrom django.contrib.auth.decorators import user_passes_test\n\n@user_passes_test(lambda u: u.is_superuser)\ndef impersonate(request):\n    from django.contrib.auth.models import User\n    target = User.objects.get(username=request.GET.get(\"act_as\"))\n    request.session[\"impersonated_id\"] = target.pk\n    return redirect(\"/\")\n",
  "wave": 1
 },
 {
  "name": "tb_fastapi_starlette_session",
  "kind": "vuln",
  "lang": "python",
  "cwe": 501,
  "code": "import os\nfrom fastapi import FastAPI, Request\nfrom starlette.middleware.sessions import SessionMiddleware\n\napp = FastAPI()\napp.add_middleware(SessionMiddleware, secret_key=os.environ[\"SESSION_SECRET\"])\n\n@app.get(\"/cart/add\")\ndef add(request: Request, item: str, price: float):\n    cart = request.session.setdefault(\"cart\", [])\n    request.session[\"last_price\"] = price\n    request.session[\"last_item\"] = item\n    return {\"ok\": True}\n",
  "wave": 1
 },
 {
  "name": "tb_fastapi_starlette_session",
  "kind": "safe",
  "lang": "python",
  "cwe": 501,
  "code": "import os\nfrom fastapi import FastAPI, Request, HTTPException\nfrom starlette.middleware.sessions import SessionMiddleware\n\napp = FastAPI()\napp.add_middleware(SessionMiddleware, secret_key=os.environ[\"SESSION_SECRET\"])\nPRICES = {\"apple\": 1.0, \"pear\": 1.5}\n\n@app.get(\"/cart/add\")\ndef add(request: Request, item: str):\n    if item not in PRICES:\n        raise HTTPException(404)\n    request.session[\"last_price\"] = PRICES[item]\n    request.session[\"last_item\"] = item\n    return {\"ok\": True}\n",
  "wave": 1
 },
 {
  "name": "tb_session_json_body",
  "kind": "vuln",
  "lang": "python",
  "cwe": 501,
  "code": "from flask import Flask, request, session, jsonify\n\napp = Flask(__name__)\n\n@app.post(\"/api/checkout\")\ndef checkout():\n    payload = request.get_json(force=True)\n    session[\"discount\"] = payload.get(\"discount\")\n    return jsonify(ok=True)\n",
  "wave": 1
 },
 {
  "name": "tb_session_json_body",
  "kind": "safe",
  "lang": "python",
  "cwe": 501,
  "code": "from flask import Flask, request, session, jsonify\n\napp = Flask(__name__)\nCOUPONS = {\"WELCOME10\": 10}\n\n@app.post(\"/api/checkout\")\ndef checkout():\n    payload = request.get_json(force=True)\n    session[\"discount\"] = COUPONS.get(payload.get(\"coupon\"), 0)\n    return jsonify(ok=True)\n",
  "wave": 1
 },
 {
  "name": "tb_bottle_beaker_session",
  "kind": "vuln",
  "lang": "python",
  "cwe": 501,
  "code": "from bottle import route, request\n\n@route(\"/login\")\ndef login():\n    s = request.environ.get(\"beaker.session\")\n    s[\"user\"] = request.query.get(\"user\")\n    s.save()\n    return \"logged in\"\n",
  "wave": 1
 },
 {
  "name": "tb_bottle_beaker_session",
  "kind": "safe",
  "lang": "python",
  "cwe": 501,
  "code": "from bottle import route, request, abort\n\nUSERS = {\"alice\": \"x\", \"bob\": \"y\"}\n\n@route(\"/login\", method=\"POST\")\ndef login():\n    s = request.environ.get(\"beaker.session\")\n    user = request.forms.get(\"user\")\n    if USERS.get(user) != request.forms.get(\"password\"):\n        abort(401)\n    s[\"user\"] = user\n    s.save()\n    return \"logged in\"\n",
  "wave": 1
 },
 {
  "name": "tb_flask_g_from_query",
  "kind": "vuln",
  "lang": "python",
  "cwe": 501,
  "code": "from flask import Flask, request, session\n\napp = Flask(__name__)\n\n@app.route(\"/switch-account\")\ndef switch_account():\n    account = request.values.get(\"account_id\")\n    session[\"account_id\"] = int(account)\n    return \"switched\"\n",
  "wave": 1,
  "gap": "int() is accepted as validation for the session (py.trust-boundary safe example); a user-chosen account id is an authorization question"
 },
 {
  "name": "tb_flask_g_from_query",
  "kind": "safe",
  "lang": "python",
  "cwe": 501,
  "code": "from flask import Flask, request, session, abort\nfrom flask_login import current_user\n\napp = Flask(__name__)\n\n@app.route(\"/switch-account\")\ndef switch_account():\n    account = int(request.values.get(\"account_id\"))\n    if account not in {a.id for a in current_user.accounts}:\n        abort(403)\n    session[\"account_id\"] = account\n    return \"switched\"\n",
  "wave": 1
 },
 {
  "name": "tb_session_path_param",
  "kind": "vuln",
  "lang": "python",
  "cwe": 501,
  "code": "from django.http import HttpResponse\n\ndef pick_store(request, store_code):\n    request.session[\"store\"] = store_code\n    return HttpResponse(\"store set\")\n",
  "wave": 1
 },
 {
  "name": "tb_session_path_param",
  "kind": "safe",
  "lang": "python",
  "cwe": 501,
  "code": "from django.http import HttpResponse, Http404\nfrom .models import Store\n\ndef pick_store(request, store_code):\n    if not Store.objects.filter(code=store_code, active=True).exists():\n        raise Http404\n    request.session[\"store\"] = store_code\n    return HttpResponse(\"store set\")\n",
  "wave": 1
 },
 {
  "name": "pt_open_query",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "from flask import Flask, request\n\napp = Flask(__name__)\n\n@app.route(\"/read\")\ndef read():\n    name = request.args.get(\"file\")\n    with open(\"/var/data/\" + name) as fh:\n        return fh.read()\n",
  "wave": 1
 },
 {
  "name": "pt_open_query",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "import os\nfrom flask import Flask, request, abort\n\napp = Flask(__name__)\nBASE = \"/var/data\"\n\n@app.route(\"/read\")\ndef read():\n    name = request.args.get(\"file\")\n    path = os.path.realpath(os.path.join(BASE, name))\n    if not path.startswith(BASE + os.sep):\n        abort(403)\n    with open(path) as fh:\n        return fh.read()\n",
  "wave": 1
 },
 {
  "name": "pt_send_file",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "import os\nfrom flask import Flask, request, send_file\n\napp = Flask(__name__)\n\n@app.get(\"/download\")\ndef download():\n    fname = request.args[\"name\"]\n    return send_file(os.path.join(\"/srv/reports\", fname), as_attachment=True)\n",
  "wave": 1
 },
 {
  "name": "pt_send_file",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "from flask import Flask, request, send_from_directory\n\napp = Flask(__name__)\n\n@app.get(\"/download\")\ndef download():\n    fname = request.args[\"name\"]\n    return send_from_directory(\"/srv/reports\", fname, as_attachment=True)\n",
  "wave": 1
 },
 {
  "name": "pt_django_fileresponse",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "import os\nfrom django.http import FileResponse\nfrom django.conf import settings\n\ndef invoice(request):\n    name = request.GET[\"invoice\"]\n    path = os.path.join(settings.MEDIA_ROOT, \"invoices\", name)\n    return FileResponse(open(path, \"rb\"), content_type=\"application/pdf\")\n",
  "wave": 1
 },
 {
  "name": "pt_django_fileresponse",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "import os\nfrom django.http import FileResponse, Http404\nfrom django.conf import settings\n\ndef invoice(request):\n    name = os.path.basename(request.GET[\"invoice\"])\n    path = os.path.join(settings.MEDIA_ROOT, \"invoices\", name)\n    if not os.path.isfile(path):\n        raise Http404\n    return FileResponse(open(path, \"rb\"), content_type=\"application/pdf\")\n",
  "wave": 1
 },
 {
  "name": "pt_pathlib_read_text",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "from pathlib import Path\nfrom fastapi import FastAPI\n\napp = FastAPI()\nDOCS = Path(\"/srv/docs\")\n\n@app.get(\"/docs/{page}\")\ndef page(page: str):\n    return {\"body\": (DOCS / page).read_text()}\n",
  "wave": 1
 },
 {
  "name": "pt_pathlib_read_text",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "from pathlib import Path\nfrom fastapi import FastAPI, HTTPException\n\napp = FastAPI()\nDOCS = Path(\"/srv/docs\").resolve()\n\n@app.get(\"/docs/{page}\")\ndef page(page: str):\n    target = (DOCS / page).resolve()\n    if not target.is_relative_to(DOCS):\n        raise HTTPException(403)\n    return {\"body\": target.read_text()}\n",
  "wave": 1
 },
 {
  "name": "pt_fastapi_fileresponse",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "from fastapi import FastAPI\nfrom fastapi.responses import FileResponse\n\napp = FastAPI()\n\n@app.get(\"/avatar\")\ndef avatar(filename: str):\n    return FileResponse(\"static/avatars/\" + filename)\n",
  "wave": 1
 },
 {
  "name": "pt_fastapi_fileresponse",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "import os\nfrom fastapi import FastAPI, HTTPException\nfrom fastapi.responses import FileResponse\n\napp = FastAPI()\nROOT = os.path.abspath(\"static/avatars\")\n\n@app.get(\"/avatar\")\ndef avatar(filename: str):\n    path = os.path.abspath(os.path.join(ROOT, filename))\n    if os.path.commonpath([ROOT, path]) != ROOT:\n        raise HTTPException(400)\n    return FileResponse(path)\n",
  "wave": 1
 },
 {
  "name": "pt_upload_save_filename",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "import os\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.post(\"/upload\")\ndef upload():\n    f = request.files[\"file\"]\n    f.save(os.path.join(\"/srv/uploads\", f.filename))\n    return \"stored\"\n",
  "wave": 1
 },
 {
  "name": "pt_upload_save_filename",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "import os\nfrom flask import Flask, request\nfrom werkzeug.utils import secure_filename\n\napp = Flask(__name__)\n\n@app.post(\"/upload\")\ndef upload():\n    f = request.files[\"file\"]\n    f.save(os.path.join(\"/srv/uploads\", secure_filename(f.filename)))\n    return \"stored\"\n",
  "wave": 1
 },
 {
  "name": "pt_os_remove",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "import os\nfrom django.http import JsonResponse\n\ndef delete_export(request):\n    name = request.POST.get(\"name\")\n    os.remove(os.path.join(\"/var/exports\", name))\n    return JsonResponse({\"deleted\": name})\n",
  "wave": 1
 },
 {
  "name": "pt_os_remove",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "import os\nfrom django.http import JsonResponse\n\nEXPORT_DIR = \"/var/exports\"\n\ndef delete_export(request):\n    name = request.POST.get(\"name\")\n    path = os.path.normpath(os.path.join(EXPORT_DIR, name))\n    if not path.startswith(EXPORT_DIR + \"/\"):\n        return JsonResponse({\"error\": \"bad name\"}, status=400)\n    os.remove(path)\n    return JsonResponse({\"deleted\": name})\n",
  "wave": 1
 },
 {
  "name": "pt_shutil_copy",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "import shutil\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.post(\"/templates/clone\")\ndef clone():\n    src = request.form[\"template\"]\n    shutil.copy(\"/srv/templates/\" + src, \"/srv/work/current.tpl\")\n    return \"cloned\"\n",
  "wave": 1
 },
 {
  "name": "pt_shutil_copy",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "import shutil\nfrom flask import Flask, request, abort\n\napp = Flask(__name__)\nTEMPLATES = {\"basic\": \"basic.tpl\", \"fancy\": \"fancy.tpl\"}\n\n@app.post(\"/templates/clone\")\ndef clone():\n    src = TEMPLATES.get(request.form[\"template\"])\n    if src is None:\n        abort(404)\n    shutil.copy(\"/srv/templates/\" + src, \"/srv/work/current.tpl\")\n    return \"cloned\"\n",
  "wave": 1
 },
 {
  "name": "pt_codecs_open_cookie",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "import codecs\nfrom bottle import route, request\n\n@route(\"/i18n\")\ndef i18n():\n    lang = request.get_cookie(\"lang\", \"en\")\n    with codecs.open(\"locales/%s.json\" % lang, encoding=\"utf-8\") as fh:\n        return fh.read()\n",
  "wave": 1
 },
 {
  "name": "pt_codecs_open_cookie",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "import codecs\nfrom bottle import route, request\n\nLANGS = {\"en\", \"de\", \"fr\"}\n\n@route(\"/i18n\")\ndef i18n():\n    lang = request.get_cookie(\"lang\", \"en\")\n    if lang not in LANGS:\n        lang = \"en\"\n    with codecs.open(\"locales/%s.json\" % lang, encoding=\"utf-8\") as fh:\n        return fh.read()\n",
  "wave": 1
 },
 {
  "name": "pt_tarfile_extractall",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "import tarfile\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.post(\"/import\")\ndef import_archive():\n    up = request.files[\"archive\"]\n    with tarfile.open(fileobj=up.stream) as tar:\n        tar.extractall(\"/srv/imports\")\n    return \"imported\"\n",
  "wave": 1
 },
 {
  "name": "pt_tarfile_extractall",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "import tarfile\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.post(\"/import\")\ndef import_archive():\n    up = request.files[\"archive\"]\n    with tarfile.open(fileobj=up.stream) as tar:\n        tar.extractall(\"/srv/imports\", filter=\"data\")\n    return \"imported\"\n",
  "wave": 1
 },
 {
  "name": "pt_wsgi_path_info",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "import os\n\nSTATIC = \"/srv/static\"\n\ndef application(environ, start_response):\n    path = environ[\"PATH_INFO\"].lstrip(\"/\")\n    with open(os.path.join(STATIC, path), \"rb\") as fh:\n        body = fh.read()\n    start_response(\"200 OK\", [(\"Content-Type\", \"application/octet-stream\")])\n    return [body]\n",
  "wave": 1
 },
 {
  "name": "pt_wsgi_path_info",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "import os\n\nSTATIC = os.path.realpath(\"/srv/static\")\n\ndef application(environ, start_response):\n    path = os.path.realpath(os.path.join(STATIC, environ[\"PATH_INFO\"].lstrip(\"/\")))\n    if os.path.commonpath([STATIC, path]) != STATIC:\n        start_response(\"403 Forbidden\", [])\n        return [b\"\"]\n    with open(path, \"rb\") as fh:\n        body = fh.read()\n    start_response(\"200 OK\", [(\"Content-Type\", \"application/octet-stream\")])\n    return [body]\n",
  "wave": 1
 },
 {
  "name": "w2_rand_instance_password",
  "kind": "vuln",
  "lang": "python",
  "cwe": 338,
  "code": "import random\nimport string\n\n_rng = random.Random()\n\ndef generate_password(length: int = 14) -> str:\n    chars = string.ascii_letters + string.digits + \"!@#$%\"\n    return \"\".join(_rng.choice(chars) for _ in range(length))\n",
  "wave": 2
 },
 {
  "name": "w2_rand_instance_password",
  "kind": "safe",
  "lang": "python",
  "cwe": 338,
  "code": "import secrets\nimport string\n\n_rng = secrets.SystemRandom()\n\ndef generate_password(length: int = 14) -> str:\n    chars = string.ascii_letters + string.digits + \"!@#$%\"\n    return \"\".join(_rng.choice(chars) for _ in range(length))\n",
  "wave": 2
 },
 {
  "name": "w2_rand_uuid1_reset",
  "kind": "vuln",
  "lang": "python",
  "cwe": 330,
  "code": "import uuid\nfrom flask import Flask, request\nfrom .models import db, ResetToken\n\napp = Flask(__name__)\n\n@app.post(\"/forgot\")\ndef forgot():\n    token = str(uuid.uuid1())\n    db.session.add(ResetToken(email=request.form[\"email\"], token=token))\n    db.session.commit()\n    return \"check your mail\"\n",
  "wave": 2
 },
 {
  "name": "w2_rand_uuid1_reset",
  "kind": "safe",
  "lang": "python",
  "cwe": 330,
  "code": "import uuid\nfrom flask import Flask, request\nfrom .models import db, ResetToken\n\napp = Flask(__name__)\n\n@app.post(\"/forgot\")\ndef forgot():\n    token = str(uuid.uuid4())\n    db.session.add(ResetToken(email=request.form[\"email\"], token=token))\n    db.session.commit()\n    return \"check your mail\"\n",
  "wave": 2
 },
 {
  "name": "w2_rand_numpy_pin",
  "kind": "vuln",
  "lang": "python",
  "cwe": 338,
  "code": "import numpy as np\nfrom django.http import JsonResponse\n\ndef issue_card(request):\n    pin = \"\".join(str(d) for d in np.random.randint(0, 10, size=4))\n    request.user.card.set_pin(pin)\n    return JsonResponse({\"pin_sent\": True})\n",
  "wave": 2
 },
 {
  "name": "w2_rand_numpy_pin",
  "kind": "safe",
  "lang": "python",
  "cwe": 338,
  "code": "import secrets\nfrom django.http import JsonResponse\n\ndef issue_card(request):\n    pin = \"\".join(str(secrets.randbelow(10)) for _ in range(4))\n    request.user.card.set_pin(pin)\n    return JsonResponse({\"pin_sent\": True})\n",
  "wave": 2
 },
 {
  "name": "w2_rand_seeded_time",
  "kind": "vuln",
  "lang": "python",
  "cwe": 338,
  "code": "import random\nimport time\n\ndef make_session_id():\n    random.seed(time.time())\n    return hex(random.getrandbits(64))[2:]\n",
  "wave": 2
 },
 {
  "name": "w2_rand_seeded_time",
  "kind": "safe",
  "lang": "python",
  "cwe": 338,
  "code": "import secrets\n\ndef make_session_id():\n    return secrets.token_hex(8)\n",
  "wave": 2
 },
 {
  "name": "w2_rand_md5_apikey",
  "kind": "vuln",
  "lang": "python",
  "cwe": 338,
  "code": "import hashlib\nimport random\nfrom bottle import post, response\n\n@post(\"/developer/keys\")\ndef new_key():\n    key = hashlib.md5(str(random.random()).encode()).hexdigest()\n    response.content_type = \"application/json\"\n    return {\"key\": key}\n",
  "wave": 2
 },
 {
  "name": "w2_rand_md5_apikey",
  "kind": "safe",
  "lang": "python",
  "cwe": 338,
  "code": "import secrets\nfrom bottle import post, response\n\n@post(\"/developer/keys\")\ndef new_key():\n    key = secrets.token_hex(16)\n    response.content_type = \"application/json\"\n    return {\"key\": key}\n",
  "wave": 2
 },
 {
  "name": "w2_rand_django_cookie",
  "kind": "vuln",
  "lang": "python",
  "cwe": 338,
  "code": "import secrets\nfrom django.http import HttpResponse\n\ndef track(request):\n    resp = HttpResponse(\"ok\")\n    if \"visitor_auth\" not in request.COOKIES:\n        resp.set_cookie(\"visitor_auth\", str(random.random())[2:], httponly=True)\n    return resp\n",
  "wave": 2
 },
 {
  "name": "w2_rand_django_cookie",
  "kind": "safe",
  "lang": "python",
  "cwe": 338,
  "code": "import random\nfrom django.http import HttpResponse\n\ndef track(request):\n    resp = HttpResponse(\"ok\")\n    if \"visitor_auth\" not in request.COOKIES:\n        resp.set_cookie(\"visitor_auth\", secrets.token_hex(16), httponly=True, secure=True)\n    return resp\n",
  "wave": 2
 },
 {
  "name": "w2_xpath_tornado",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "import tornado.web\nfrom lxml import etree\n\nDOC = etree.parse(\"staff.xml\")\n\nclass StaffHandler(tornado.web.RequestHandler):\n    def get(self):\n        name = self.get_argument(\"name\")\n        hits = DOC.getroot().xpath(\"//staff[name/text()='{0}']/phone\".format(name))\n        self.write({\"phones\": [h.text for h in hits]})\n",
  "wave": 2
 },
 {
  "name": "w2_xpath_tornado",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "import tornado.web\nfrom lxml import etree\n\nDOC = etree.parse(\"staff.xml\")\n\nclass StaffHandler(tornado.web.RequestHandler):\n    def get(self):\n        name = self.get_argument(\"name\")\n        hits = DOC.getroot().xpath(\"//staff[name/text()=$n]/phone\", n=name)\n        self.write({\"phones\": [h.text for h in hits]})\n",
  "wave": 2
 },
 {
  "name": "w2_xpath_helper_builder",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from lxml import etree\nfrom flask import Flask, request\n\napp = Flask(__name__)\nTREE = etree.parse(\"products.xml\")\n\ndef build_query(category, max_price):\n    return \"//product[@category='\" + category + \"' and price < \" + max_price + \"]\"\n\n@app.get(\"/products\")\ndef products():\n    q = build_query(request.args[\"cat\"], request.args.get(\"max\", \"100\"))\n    return {\"names\": [p.findtext(\"name\") for p in TREE.xpath(q)]}\n",
  "wave": 2
 },
 {
  "name": "w2_xpath_helper_builder",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "from lxml import etree\nfrom flask import Flask, request\n\napp = Flask(__name__)\nTREE = etree.parse(\"products.xml\")\nQUERY = etree.XPath(\"//product[@category=$cat and price < $max]\")\n\n@app.get(\"/products\")\ndef products():\n    hits = QUERY(TREE, cat=request.args[\"cat\"], max=float(request.args.get(\"max\", \"100\")))\n    return {\"names\": [p.findtext(\"name\") for p in hits]}\n",
  "wave": 2
 },
 {
  "name": "w2_xpath_django_json",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "import json\nfrom lxml import etree\nfrom django.http import JsonResponse\n\nPOLICIES = etree.parse(\"/etc/app/policies.xml\")\n\ndef policy(request):\n    body = json.loads(request.body)\n    expr = etree.XPath(\"/policies/policy[@role='%s']/allow\" % body[\"role\"])\n    return JsonResponse({\"allow\": [a.text for a in expr(POLICIES)]})\n",
  "wave": 2
 },
 {
  "name": "w2_xpath_django_json",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "import json\nfrom lxml import etree\nfrom django.http import JsonResponse\n\nPOLICIES = etree.parse(\"/etc/app/policies.xml\")\nEXPR = etree.XPath(\"/policies/policy[@role=$role]/allow\")\n\ndef policy(request):\n    body = json.loads(request.body)\n    return JsonResponse({\"allow\": [a.text for a in EXPR(POLICIES, role=str(body[\"role\"]))]})\n",
  "wave": 2
 },
 {
  "name": "w2_xpath_iterfind",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "import xml.etree.ElementTree as ET\nfrom fastapi import FastAPI, Header\n\napp = FastAPI()\nROOT = ET.parse(\"devices.xml\").getroot()\n\n@app.get(\"/devices\")\ndef devices(x_site: str = Header(...)):\n    return [d.get(\"id\") for d in ROOT.iterfind(f\".//device[@site='{x_site}']\")]\n",
  "wave": 2
 },
 {
  "name": "w2_xpath_iterfind",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "import xml.etree.ElementTree as ET\nfrom fastapi import FastAPI, Header\n\napp = FastAPI()\nROOT = ET.parse(\"devices.xml\").getroot()\n\n@app.get(\"/devices\")\ndef devices(x_site: str = Header(...)):\n    return [d.get(\"id\") for d in ROOT.iter(\"device\") if d.get(\"site\") == x_site]\n",
  "wave": 2
 },
 {
  "name": "w2_xpath_falcon_count",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "import falcon\nfrom lxml import etree\n\nDOC = etree.parse(\"orders.xml\")\n\nclass OrderCount:\n    def on_get(self, req, resp):\n        customer = req.get_param(\"customer\")\n        n = DOC.xpath('count(//order[customer=\"%s\"])' % customer)\n        resp.media = {\"count\": int(n)}\n",
  "wave": 2
 },
 {
  "name": "w2_xpath_falcon_count",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "import falcon\nfrom lxml import etree\n\nDOC = etree.parse(\"orders.xml\")\n\nclass OrderCount:\n    def on_get(self, req, resp):\n        customer = req.get_param(\"customer\")\n        n = DOC.xpath(\"count(//order[customer=$c])\", c=customer)\n        resp.media = {\"count\": int(n)}\n",
  "wave": 2
 },
 {
  "name": "w2_redir_permanent",
  "kind": "vuln",
  "lang": "python",
  "cwe": 601,
  "code": "from django.http import HttpResponsePermanentRedirect\n\ndef legacy(request):\n    return HttpResponsePermanentRedirect(request.GET[\"u\"])\n",
  "wave": 2
 },
 {
  "name": "w2_redir_permanent",
  "kind": "safe",
  "lang": "python",
  "cwe": 601,
  "code": "from django.http import HttpResponsePermanentRedirect\n\nMOVED = {\"old-pricing\": \"/pricing/\", \"old-blog\": \"/blog/\"}\n\ndef legacy(request):\n    return HttpResponsePermanentRedirect(MOVED.get(request.GET[\"u\"], \"/\"))\n",
  "wave": 2
 },
 {
  "name": "w2_redir_tornado",
  "kind": "vuln",
  "lang": "python",
  "cwe": 601,
  "code": "import tornado.web\n\nclass LoginHandler(tornado.web.RequestHandler):\n    def post(self):\n        self.set_secure_cookie(\"user\", self.get_body_argument(\"user\"))\n        self.redirect(self.get_argument(\"next\", \"/\"))\n",
  "wave": 2
 },
 {
  "name": "w2_redir_tornado",
  "kind": "safe",
  "lang": "python",
  "cwe": 601,
  "code": "import tornado.web\nfrom urllib.parse import urlparse\n\nclass LoginHandler(tornado.web.RequestHandler):\n    def post(self):\n        self.set_secure_cookie(\"user\", self.get_body_argument(\"user\"))\n        nxt = self.get_argument(\"next\", \"/\")\n        if urlparse(nxt).netloc:\n            nxt = \"/\"\n        self.redirect(nxt)\n",
  "wave": 2
 },
 {
  "name": "w2_redir_pyramid",
  "kind": "vuln",
  "lang": "python",
  "cwe": 601,
  "code": "from pyramid.httpexceptions import HTTPFound\nfrom pyramid.view import view_config\n\n@view_config(route_name=\"login\", request_method=\"POST\")\ndef login(request):\n    came_from = request.params.get(\"came_from\", \"/\")\n    return HTTPFound(location=came_from)\n",
  "wave": 2
 },
 {
  "name": "w2_redir_pyramid",
  "kind": "safe",
  "lang": "python",
  "cwe": 601,
  "code": "from pyramid.httpexceptions import HTTPFound\nfrom pyramid.view import view_config\n\n@view_config(route_name=\"login\", request_method=\"POST\")\ndef login(request):\n    return HTTPFound(location=request.route_url(\"home\"))\n",
  "wave": 2
 },
 {
  "name": "w2_redir_headers_dict",
  "kind": "vuln",
  "lang": "python",
  "cwe": 601,
  "code": "from fastapi import FastAPI, Response\n\napp = FastAPI()\n\n@app.get(\"/r\")\ndef r(target: str):\n    return Response(status_code=307, headers={\"Location\": target})\n",
  "wave": 2
 },
 {
  "name": "w2_redir_headers_dict",
  "kind": "safe",
  "lang": "python",
  "cwe": 601,
  "code": "from fastapi import FastAPI, Response\n\napp = FastAPI()\nSHORT = {\"gh\": \"https://github.com/example\", \"docs\": \"https://docs.example.com\"}\n\n@app.get(\"/r\")\ndef r(target: str):\n    return Response(status_code=307, headers={\"Location\": SHORT.get(target, \"/\")})\n",
  "wave": 2
 },
 {
  "name": "w2_redir_django_location",
  "kind": "vuln",
  "lang": "python",
  "cwe": 601,
  "code": "from django.http import HttpResponse\n\ndef bounce(request):\n    response = HttpResponse(status=302)\n    response[\"Location\"] = request.GET[\"to\"]\n    return response\n",
  "wave": 2
 },
 {
  "name": "w2_redir_django_location",
  "kind": "safe",
  "lang": "python",
  "cwe": 601,
  "code": "from django.http import HttpResponse\nfrom django.urls import reverse\n\ndef bounce(request):\n    response = HttpResponse(status=302)\n    response[\"Location\"] = reverse(\"dashboard\")\n    return response\n",
  "wave": 2
 },
 {
  "name": "w2_redir_aiohttp",
  "kind": "vuln",
  "lang": "python",
  "cwe": 601,
  "code": "from aiohttp import web\n\nasync def go(request):\n    raise web.HTTPFound(request.query[\"to\"])\n\napp = web.Application()\napp.router.add_get(\"/go\", go)\n",
  "wave": 2
 },
 {
  "name": "w2_redir_aiohttp",
  "kind": "safe",
  "lang": "python",
  "cwe": 601,
  "code": "from aiohttp import web\n\nasync def go(request):\n    raise web.HTTPFound(request.app.router[\"index\"].url_for())\n\napp = web.Application()\napp.router.add_get(\"/go\", go)\n",
  "wave": 2
 },
 {
  "name": "w2_xss_tornado_write",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "import tornado.web\n\nclass SearchHandler(tornado.web.RequestHandler):\n    def get(self):\n        q = self.get_argument(\"q\", \"\")\n        self.write(\"<p>Results for \" + q + \"</p>\")\n",
  "wave": 2
 },
 {
  "name": "w2_xss_tornado_write",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "import tornado.web\nfrom tornado.escape import xhtml_escape\n\nclass SearchHandler(tornado.web.RequestHandler):\n    def get(self):\n        q = self.get_argument(\"q\", \"\")\n        self.write(\"<p>Results for \" + xhtml_escape(q) + \"</p>\")\n",
  "wave": 2
 },
 {
  "name": "w2_xss_response_referer",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request, Response\n\napp = Flask(__name__)\n\n@app.errorhandler(404)\ndef not_found(e):\n    ref = request.headers.get(\"Referer\", \"\")\n    return Response(\"<p>Broken link from \" + ref + \"</p>\", status=404, mimetype=\"text/html\")\n",
  "wave": 2
 },
 {
  "name": "w2_xss_response_referer",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request, Response\nfrom markupsafe import escape\n\napp = Flask(__name__)\n\n@app.errorhandler(404)\ndef not_found(e):\n    ref = request.headers.get(\"Referer\", \"\")\n    return Response(\"<p>Broken link from \" + str(escape(ref)) + \"</p>\", status=404, mimetype=\"text/html\")\n",
  "wave": 2
 },
 {
  "name": "w2_xss_jinja_template_class",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from jinja2 import Template\nfrom flask import Flask, request\n\napp = Flask(__name__)\nCARD = Template(\"<div class=card><h2>{{ title }}</h2><p>{{ body }}</p></div>\")\n\n@app.route(\"/card\")\ndef card():\n    return CARD.render(title=request.args.get(\"title\"), body=request.args.get(\"body\"))\n",
  "wave": 2
 },
 {
  "name": "w2_xss_jinja_template_class",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from jinja2 import Template\nfrom flask import Flask, request\n\napp = Flask(__name__)\nCARD = Template(\"<div class=card><h2>{{ title }}</h2><p>{{ body }}</p></div>\", autoescape=True)\n\n@app.route(\"/card\")\ndef card():\n    return CARD.render(title=request.args.get(\"title\"), body=request.args.get(\"body\"))\n",
  "wave": 2
 },
 {
  "name": "w2_xss_format_html_misuse",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from django.http import HttpResponse\nfrom django.utils.html import format_html\n\ndef link(request):\n    label = request.GET.get(\"label\", \"\")\n    url = request.GET.get(\"url\", \"/\")\n    return HttpResponse(format_html(\"<a href='{}'>\" + label + \"</a>\", url))\n",
  "wave": 2
 },
 {
  "name": "w2_xss_format_html_misuse",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from django.http import HttpResponse\nfrom django.utils.html import format_html\n\ndef link(request):\n    label = request.GET.get(\"label\", \"\")\n    return HttpResponse(format_html(\"<a href='/search?q={}'>{}</a>\", label, label))\n",
  "wave": 2
 },
 {
  "name": "w2_xss_aiohttp",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from aiohttp import web\n\nasync def hello(request):\n    name = request.match_info.get(\"name\", \"anon\")\n    return web.Response(text=\"<h1>Hi \" + name + \"</h1>\", content_type=\"text/html\")\n",
  "wave": 2
 },
 {
  "name": "w2_xss_aiohttp",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "import html\nfrom aiohttp import web\n\nasync def hello(request):\n    name = request.match_info.get(\"name\", \"anon\")\n    return web.Response(text=\"<h1>Hi \" + html.escape(name) + \"</h1>\", content_type=\"text/html\")\n",
  "wave": 2
 },
 {
  "name": "w2_xss_starlette_cookie",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from starlette.responses import HTMLResponse\n\nasync def theme(request):\n    t = request.cookies.get(\"theme\", \"light\")\n    return HTMLResponse(\"<body class='\" + t + \"'>hello</body>\")\n",
  "wave": 2
 },
 {
  "name": "w2_xss_starlette_cookie",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from starlette.responses import HTMLResponse\n\nTHEMES = {\"light\", \"dark\"}\n\nasync def theme(request):\n    t = request.cookies.get(\"theme\", \"light\")\n    if t not in THEMES:\n        t = \"light\"\n    return HTMLResponse(\"<body class='\" + t + \"'>hello</body>\")\n",
  "wave": 2
 },
 {
  "name": "w2_xss_django_safestring_stored",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from django.http import HttpResponse\nfrom django.utils.safestring import mark_safe\nfrom .models import Review\n\ndef reviews(request, product_id):\n    items = Review.objects.filter(product_id=product_id)\n    html = \"\".join(\"<blockquote>%s</blockquote>\" % r.text for r in items)\n    return HttpResponse(mark_safe(html))\n",
  "wave": 2
 },
 {
  "name": "w2_xss_django_safestring_stored",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from django.http import HttpResponse\nfrom django.utils.html import format_html_join\nfrom .models import Review\n\ndef reviews(request, product_id):\n    items = Review.objects.filter(product_id=product_id)\n    html = format_html_join(\"\", \"<blockquote>{}</blockquote>\", ((r.text,) for r in items))\n    return HttpResponse(html)\n",
  "wave": 2
 },
 {
  "name": "w2_tb_session_filters_dict",
  "kind": "vuln",
  "lang": "python",
  "cwe": 501,
  "code": "from django.shortcuts import render\n\ndef search(request):\n    request.session[\"filters\"] = request.GET.dict()\n    return render(request, \"search.html\")\n",
  "wave": 2
 },
 {
  "name": "w2_tb_session_filters_dict",
  "kind": "safe",
  "lang": "python",
  "cwe": 501,
  "code": "from django.shortcuts import render\n\nALLOWED = (\"color\", \"size\")\n\ndef search(request):\n    request.session[\"filters\"] = {k: request.GET[k][:32] for k in ALLOWED if k in request.GET and request.GET[k].isalnum()}\n    return render(request, \"search.html\")\n",
  "wave": 2
 },
 {
  "name": "w2_tb_flask_module_session",
  "kind": "vuln",
  "lang": "python",
  "cwe": 501,
  "code": "import flask\n\napp = flask.Flask(__name__)\n\n@app.post(\"/api/login\")\ndef api_login():\n    flask.session[\"username\"] = flask.request.json[\"username\"]\n    return {\"ok\": True}\n",
  "wave": 2
 },
 {
  "name": "w2_tb_flask_module_session",
  "kind": "safe",
  "lang": "python",
  "cwe": 501,
  "code": "import flask\n\napp = flask.Flask(__name__)\n\n@app.post(\"/api/login\")\ndef api_login():\n    user = authenticate(flask.request.json[\"username\"], flask.request.json[\"password\"])\n    if user is None:\n        flask.abort(401)\n    flask.session[\"username\"] = user.name\n    return {\"ok\": True}\n\ndef authenticate(u, p):\n    return None\n",
  "wave": 2
 },
 {
  "name": "w2_tb_loop_form_items",
  "kind": "vuln",
  "lang": "python",
  "cwe": 501,
  "code": "from flask import Flask, request, session\n\napp = Flask(__name__)\n\n@app.post(\"/wizard/step\")\ndef wizard_step():\n    for key, value in request.form.items():\n        session[key] = value\n    return \"next\"\n",
  "wave": 2
 },
 {
  "name": "w2_tb_loop_form_items",
  "kind": "safe",
  "lang": "python",
  "cwe": 501,
  "code": "from flask import Flask, request, session\n\napp = Flask(__name__)\nFIELDS = (\"name\", \"street\", \"city\")\n\n@app.post(\"/wizard/step\")\ndef wizard_step():\n    step = session.setdefault(\"wizard\", {})\n    for key in FIELDS:\n        step[key] = request.form.get(key, \"\")[:100]\n    return \"next\"\n",
  "wave": 2
 },
 {
  "name": "w2_tb_referer_session",
  "kind": "vuln",
  "lang": "python",
  "cwe": 501,
  "code": "from django.shortcuts import redirect\n\ndef require_login(request):\n    request.session[\"after_login\"] = request.META.get(\"HTTP_REFERER\")\n    return redirect(\"/accounts/login/\")\n",
  "wave": 2
 },
 {
  "name": "w2_tb_referer_session",
  "kind": "safe",
  "lang": "python",
  "cwe": 501,
  "code": "from django.shortcuts import redirect\n\ndef require_login(request):\n    request.session[\"after_login\"] = request.path\n    return redirect(\"/accounts/login/\")\n",
  "wave": 2
 },
 {
  "name": "w2_tb_pyramid_session",
  "kind": "vuln",
  "lang": "python",
  "cwe": 501,
  "code": "from pyramid.view import view_config\n\n@view_config(route_name=\"currency\", renderer=\"json\")\ndef set_currency(request):\n    request.session[\"currency\"] = request.params[\"currency\"]\n    return {\"ok\": True}\n",
  "wave": 2
 },
 {
  "name": "w2_tb_pyramid_session",
  "kind": "safe",
  "lang": "python",
  "cwe": 501,
  "code": "from pyramid.view import view_config\n\nCURRENCIES = {\"EUR\", \"USD\", \"GBP\"}\n\n@view_config(route_name=\"currency\", renderer=\"json\")\ndef set_currency(request):\n    cur = request.params[\"currency\"]\n    if cur not in CURRENCIES:\n        return {\"ok\": False}\n    request.session[\"currency\"] = cur\n    return {\"ok\": True}\n",
  "wave": 2
 },
 {
  "name": "w2_tb_aiohttp_session",
  "kind": "vuln",
  "lang": "python",
  "cwe": 501,
  "code": "from aiohttp import web\nfrom aiohttp_session import get_session\n\nasync def remember(request):\n    session = await get_session(request)\n    data = await request.post()\n    session[\"nickname\"] = data[\"nickname\"]\n    return web.Response(text=\"ok\")\n",
  "wave": 2
 },
 {
  "name": "w2_tb_aiohttp_session",
  "kind": "safe",
  "lang": "python",
  "cwe": 501,
  "code": "from aiohttp import web\nfrom aiohttp_session import get_session\n\nasync def remember(request):\n    session = await get_session(request)\n    session[\"visits\"] = session.get(\"visits\", 0) + 1\n    return web.Response(text=\"ok\")\n",
  "wave": 2
 },
 {
  "name": "w2_pt_listdir",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "import os\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\nROOT = \"/srv/share\"\n\n@app.get(\"/ls\")\ndef ls():\n    sub = request.args.get(\"dir\", \"\")\n    return jsonify(sorted(os.listdir(os.path.join(ROOT, sub))))\n",
  "wave": 2
 },
 {
  "name": "w2_pt_listdir",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "import os\nfrom flask import Flask, request, jsonify, abort\n\napp = Flask(__name__)\nROOT = os.path.realpath(\"/srv/share\")\n\n@app.get(\"/ls\")\ndef ls():\n    target = os.path.realpath(os.path.join(ROOT, request.args.get(\"dir\", \"\")))\n    if os.path.commonpath([ROOT, target]) != ROOT:\n        abort(403)\n    return jsonify(sorted(os.listdir(target)))\n",
  "wave": 2
 },
 {
  "name": "w2_pt_zip_extract_member",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "import zipfile\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.post(\"/restore\")\ndef restore():\n    with zipfile.ZipFile(request.files[\"backup\"]) as zf:\n        for member in zf.namelist():\n            with open(\"/srv/restore/\" + member, \"wb\") as out:\n                out.write(zf.read(member))\n    return \"restored\"\n",
  "wave": 2
 },
 {
  "name": "w2_pt_zip_extract_member",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "import os\nimport zipfile\nfrom flask import Flask, request\n\napp = Flask(__name__)\nDEST = os.path.realpath(\"/srv/restore\")\n\n@app.post(\"/restore\")\ndef restore():\n    with zipfile.ZipFile(request.files[\"backup\"]) as zf:\n        for member in zf.namelist():\n            target = os.path.realpath(os.path.join(DEST, member))\n            if os.path.commonpath([DEST, target]) != DEST:\n                continue\n            with open(target, \"wb\") as out:\n                out.write(zf.read(member))\n    return \"restored\"\n",
  "wave": 2
 },
 {
  "name": "w2_pt_tornado_open",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "import tornado.web\n\nclass LogHandler(tornado.web.RequestHandler):\n    def get(self):\n        name = self.get_argument(\"log\")\n        with open(\"/var/log/app/\" + name) as fh:\n            self.write(fh.read())\n",
  "wave": 2
 },
 {
  "name": "w2_pt_tornado_open",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "import tornado.web\n\nLOGS = {\"app\": \"/var/log/app/app.log\", \"worker\": \"/var/log/app/worker.log\"}\n\nclass LogHandler(tornado.web.RequestHandler):\n    def get(self):\n        path = LOGS.get(self.get_argument(\"log\"))\n        if path is None:\n            raise tornado.web.HTTPError(404)\n        with open(path) as fh:\n            self.write(fh.read())\n",
  "wave": 2
 },
 {
  "name": "w2_pt_pathlib_unlink",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "from pathlib import Path\nfrom django.http import JsonResponse\n\nCACHE = Path(\"/var/cache/thumbs\")\n\ndef purge(request):\n    (CACHE / request.POST[\"key\"]).unlink(missing_ok=True)\n    return JsonResponse({\"purged\": True})\n",
  "wave": 2
 },
 {
  "name": "w2_pt_pathlib_unlink",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "from pathlib import Path\nfrom django.http import JsonResponse\n\nCACHE = Path(\"/var/cache/thumbs\")\n\ndef purge(request):\n    key = request.POST[\"key\"]\n    if not key.isalnum():\n        return JsonResponse({\"error\": \"bad key\"}, status=400)\n    (CACHE / key).unlink(missing_ok=True)\n    return JsonResponse({\"purged\": True})\n",
  "wave": 2
 },
 {
  "name": "w2_pt_rmtree_json",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "import os\nimport shutil\nfrom fastapi import FastAPI\nfrom pydantic import BaseModel\n\napp = FastAPI()\nWORKSPACES = \"/srv/workspaces\"\n\nclass Req(BaseModel):\n    project: str\n\n@app.delete(\"/projects\")\ndef delete_project(body: Req):\n    shutil.rmtree(os.path.join(WORKSPACES, body.project))\n    return {\"deleted\": body.project}\n",
  "wave": 2
 },
 {
  "name": "w2_pt_rmtree_json",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "import os\nimport re\nimport shutil\nfrom fastapi import FastAPI, HTTPException\nfrom pydantic import BaseModel\n\napp = FastAPI()\nWORKSPACES = \"/srv/workspaces\"\n\nclass Req(BaseModel):\n    project: str\n\n@app.delete(\"/projects\")\ndef delete_project(body: Req):\n    if not re.fullmatch(r\"[a-z0-9_-]{1,40}\", body.project):\n        raise HTTPException(400)\n    shutil.rmtree(os.path.join(WORKSPACES, body.project))\n    return {\"deleted\": body.project}\n",
  "wave": 2
 },
 {
  "name": "w2_pt_aiofiles",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "import aiofiles\nfrom aiohttp import web\n\nasync def read_note(request):\n    name = request.query[\"name\"]\n    async with aiofiles.open(\"notes/\" + name, \"r\") as fh:\n        return web.Response(text=await fh.read())\n",
  "wave": 2
 },
 {
  "name": "w2_pt_aiofiles",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "import os\nimport aiofiles\nfrom aiohttp import web\n\nasync def read_note(request):\n    name = os.path.basename(request.query[\"name\"])\n    async with aiofiles.open(\"notes/\" + name, \"r\") as fh:\n        return web.Response(text=await fh.read())\n",
  "wave": 2
 },
 {
  "name": "w2_pt_header_io_open",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "import io\nfrom django.http import HttpResponse\n\ndef theme_css(request):\n    theme = request.headers.get(\"X-Theme\", \"default\")\n    with io.open(\"themes/%s/style.css\" % theme, encoding=\"utf-8\") as fh:\n        return HttpResponse(fh.read(), content_type=\"text/css\")\n",
  "wave": 2
 },
 {
  "name": "w2_pt_header_io_open",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "import io\nfrom django.http import HttpResponse\n\nTHEMES = {\"default\", \"dark\", \"contrast\"}\n\ndef theme_css(request):\n    theme = request.headers.get(\"X-Theme\", \"default\")\n    if theme not in THEMES:\n        theme = \"default\"\n    with io.open(\"themes/%s/style.css\" % theme, encoding=\"utf-8\") as fh:\n        return HttpResponse(fh.read(), content_type=\"text/css\")\n",
  "wave": 2
 },
 {
  "name": "w3_rand_alias_module",
  "kind": "vuln",
  "lang": "python",
  "cwe": 338,
  "code": "import random as rnd\nfrom flask import Flask, session\n\napp = Flask(__name__)\n\n@app.post(\"/verify/phone\")\ndef send_code():\n    code = \"%06d\" % rnd.randint(0, 999999)\n    session[\"verification_code\"] = code\n    return \"sent\"\n",
  "wave": 3
 },
 {
  "name": "w3_rand_alias_module",
  "kind": "safe",
  "lang": "python",
  "cwe": 338,
  "code": "import secrets as rnd\nfrom flask import Flask, session\n\napp = Flask(__name__)\n\n@app.post(\"/verify/phone\")\ndef send_code():\n    code = \"%06d\" % rnd.randbelow(1000000)\n    session[\"verification_code\"] = code\n    return \"sent\"\n",
  "wave": 3
 },
 {
  "name": "w3_rand_star_import",
  "kind": "vuln",
  "lang": "python",
  "cwe": 338,
  "code": "from random import *\nimport string\n\ndef make_coupon():\n    coupon = \"\".join(choice(string.ascii_uppercase) for _ in range(8))\n    return coupon\n",
  "wave": 3
 },
 {
  "name": "w3_rand_star_import",
  "kind": "safe",
  "lang": "python",
  "cwe": 338,
  "code": "from secrets import choice\nimport string\n\ndef make_coupon():\n    coupon = \"\".join(choice(string.ascii_uppercase) for _ in range(8))\n    return coupon\n",
  "wave": 3
 },
 {
  "name": "w3_xpath_dict_format",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from lxml import etree\nfrom flask import Flask, request\n\napp = Flask(__name__)\nDOC = etree.parse(\"library.xml\")\n\n@app.get(\"/loans\")\ndef loans():\n    params = {\"member\": request.args[\"member\"]}\n    q = \"//loan[member='%(member)s']/book\" % params\n    return {\"books\": [b.text for b in DOC.xpath(q)]}\n",
  "wave": 3
 },
 {
  "name": "w3_xpath_dict_format",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "from lxml import etree\nfrom flask import Flask, request\n\napp = Flask(__name__)\nDOC = etree.parse(\"library.xml\")\n\n@app.get(\"/loans\")\ndef loans():\n    return {\"books\": [b.text for b in DOC.xpath(\"//loan[member=$m]/book\", m=request.args[\"member\"])]}\n",
  "wave": 3
 },
 {
  "name": "w3_xpath_pydomxpath",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "import xpath\nfrom xml.dom import minidom\nfrom django.http import JsonResponse\n\nDOM = minidom.parse(\"routes.xml\")\n\ndef route(request):\n    stop = request.GET[\"stop\"]\n    nodes = xpath.find(\"//route[stop='\" + stop + \"']/@id\", DOM)\n    return JsonResponse({\"routes\": [n.value for n in nodes]})\n",
  "wave": 3
 },
 {
  "name": "w3_xpath_pydomxpath",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "import xpath\nfrom xml.dom import minidom\nfrom django.http import JsonResponse\n\nDOM = minidom.parse(\"routes.xml\")\n\ndef route(request):\n    stop = request.GET[\"stop\"]\n    nodes = xpath.find(\"//route/@id\", DOM)\n    return JsonResponse({\"routes\": [n.value for n in nodes if n.ownerElement.getAttribute(\"stop\") == stop]})\n",
  "wave": 3
 },
 {
  "name": "w3_redir_referrer",
  "kind": "vuln",
  "lang": "python",
  "cwe": 601,
  "code": "from flask import Flask, request, redirect, flash\n\napp = Flask(__name__)\n\n@app.post(\"/subscribe\")\ndef subscribe():\n    flash(\"subscribed\")\n    return redirect(request.referrer or \"/\")\n",
  "wave": 3
 },
 {
  "name": "w3_redir_referrer",
  "kind": "safe",
  "lang": "python",
  "cwe": 601,
  "code": "from flask import Flask, redirect, flash, url_for\n\napp = Flask(__name__)\n\n@app.post(\"/subscribe\")\ndef subscribe():\n    flash(\"subscribed\")\n    return redirect(url_for(\"index\"))\n",
  "wave": 3
 },
 {
  "name": "w3_redir_bottle_set_header",
  "kind": "vuln",
  "lang": "python",
  "cwe": 601,
  "code": "from bottle import route, request, response\n\n@route(\"/exit\")\ndef exit_link():\n    response.status = 303\n    response.set_header(\"Location\", request.query.url)\n    return \"\"\n",
  "wave": 3
 },
 {
  "name": "w3_redir_bottle_set_header",
  "kind": "safe",
  "lang": "python",
  "cwe": 601,
  "code": "from bottle import route, request, response\n\n@route(\"/exit\")\ndef exit_link():\n    response.status = 303\n    response.set_header(\"Location\", \"/goodbye\")\n    return \"\"\n",
  "wave": 3
 },
 {
  "name": "w3_xss_safe_filter",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request, render_template_string\n\napp = Flask(__name__)\n\n@app.route(\"/banner\")\ndef banner():\n    return render_template_string(\"<div class=banner>{{ msg|safe }}</div>\", msg=request.args.get(\"msg\", \"\"))\n",
  "wave": 3
 },
 {
  "name": "w3_xss_safe_filter",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request, render_template_string\n\napp = Flask(__name__)\n\n@app.route(\"/banner\")\ndef banner():\n    return render_template_string(\"<div class=banner>{{ msg }}</div>\", msg=request.args.get(\"msg\", \"\"))\n",
  "wave": 3
 },
 {
  "name": "w3_xss_response_write",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from django.http import HttpResponse\n\ndef export_preview(request):\n    resp = HttpResponse(content_type=\"text/html\")\n    resp.write(\"<h2>\")\n    resp.write(request.GET.get(\"title\", \"\"))\n    resp.write(\"</h2>\")\n    return resp\n",
  "wave": 3
 },
 {
  "name": "w3_xss_response_write",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from django.http import HttpResponse\nfrom django.utils.html import escape\n\ndef export_preview(request):\n    resp = HttpResponse(content_type=\"text/html\")\n    resp.write(\"<h2>\")\n    resp.write(escape(request.GET.get(\"title\", \"\")))\n    resp.write(\"</h2>\")\n    return resp\n",
  "wave": 3
 },
 {
  "name": "w3_tb_setdefault_price",
  "kind": "vuln",
  "lang": "python",
  "cwe": 501,
  "code": "from django.http import JsonResponse\n\ndef add_to_cart(request):\n    request.session.setdefault(\"unit_price\", request.POST[\"price\"])\n    return JsonResponse({\"ok\": True})\n",
  "wave": 3
 },
 {
  "name": "w3_tb_setdefault_price",
  "kind": "safe",
  "lang": "python",
  "cwe": 501,
  "code": "from django.http import JsonResponse\nfrom .models import Product\n\ndef add_to_cart(request):\n    product = Product.objects.get(pk=int(request.POST[\"product\"]))\n    request.session.setdefault(\"unit_price\", str(product.price))\n    return JsonResponse({\"ok\": True})\n",
  "wave": 3
 },
 {
  "name": "w3_tb_cookie_json",
  "kind": "vuln",
  "lang": "python",
  "cwe": 501,
  "code": "import json\nfrom flask import Flask, request, session\n\napp = Flask(__name__)\n\n@app.before_request\ndef load_prefs():\n    raw = request.cookies.get(\"prefs\")\n    if raw:\n        session[\"prefs\"] = json.loads(raw)\n",
  "wave": 3
 },
 {
  "name": "w3_tb_cookie_json",
  "kind": "safe",
  "lang": "python",
  "cwe": 501,
  "code": "import json\nfrom flask import Flask, request, session\n\napp = Flask(__name__)\n\n@app.before_request\ndef load_prefs():\n    raw = request.cookies.get(\"prefs\")\n    if raw:\n        prefs = json.loads(raw)\n        session[\"prefs\"] = {\"dark\": bool(prefs.get(\"dark\"))}\n",
  "wave": 3
 },
 {
  "name": "w3_pt_move_dest",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "import os\nimport shutil\nimport tempfile\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.post(\"/publish\")\ndef publish():\n    tmp = tempfile.mktemp()\n    request.files[\"bundle\"].save(tmp)\n    shutil.move(tmp, os.path.join(\"/srv/site\", request.form[\"name\"]))\n    return \"published\"\n",
  "wave": 3
 },
 {
  "name": "w3_pt_move_dest",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "import os\nimport shutil\nimport tempfile\nfrom flask import Flask, request\nfrom werkzeug.utils import secure_filename\n\napp = Flask(__name__)\n\n@app.post(\"/publish\")\ndef publish():\n    fd, tmp = tempfile.mkstemp()\n    os.close(fd)\n    request.files[\"bundle\"].save(tmp)\n    shutil.move(tmp, os.path.join(\"/srv/site\", secure_filename(request.form[\"name\"])))\n    return \"published\"\n",
  "wave": 3
 },
 {
  "name": "w3_pt_pil_open",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "from PIL import Image\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\n@app.get(\"/image/size\")\ndef size():\n    img = Image.open(\"/srv/images/\" + request.args[\"img\"])\n    return jsonify(width=img.width, height=img.height)\n",
  "wave": 3
 },
 {
  "name": "w3_pt_pil_open",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "import os\nfrom PIL import Image\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\n@app.get(\"/image/size\")\ndef size():\n    img = Image.open(\"/srv/images/\" + os.path.basename(request.args[\"img\"]))\n    return jsonify(width=img.width, height=img.height)\n",
  "wave": 3
 }
];

describeProbes('round 13 class probes (Python)', PROBES);
