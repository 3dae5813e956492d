// Probe set of round 12 (Python): "flow shapes". Vulnerable programs whose input reaches the sink
// by an indirect but realistic path (dicts and lists, helpers' returns and parameters, instance and
// class attributes, module-level stores filled by other functions, closures, partials, tuples returned
// and unpacked, exceptions, NamedTuples / dataclasses, decoding, queue and socket payloads, second-order
// reads) and a safe twin of each (the usual fix, or a taint cut a careful reviewer accepts: a dead branch,
// another key, an overwrite, a check in the writer of a global). Three waves, each written and saved
// before the analyzer was run on it (see code-rules/README.md, Round 12 (Python)). Each vulnerable probe
// must be reported with its CWE class at default confidence; each safe one must have no finding
// (`notCwe`: no finding of that class; the other finding is right in both twins). Known gaps are skipped
// with the reason.
import { describeProbes, type Probe } from './code-probes.js';

const PROBES: Probe[] = [
 {
  "name": "py12_sql_filter_dict",
  "kind": "vuln",
  "lang": "python",
  "cwe": 89,
  "code": "import sqlite3\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\n\ndef get_db():\n    return sqlite3.connect(\"shop.db\")\n\n\n@app.route(\"/products\")\ndef products():\n    filters = {}\n    for field in (\"category\", \"brand\", \"color\"):\n        value = request.args.get(field)\n        if value:\n            filters[field] = value\n    sql = \"SELECT id, name, price FROM products\"\n    clauses = []\n    for col, val in filters.items():\n        clauses.append(f\"{col} = '{val}'\")\n    if clauses:\n        sql += \" WHERE \" + \" AND \".join(clauses)\n    rows = get_db().execute(sql).fetchall()\n    return jsonify(rows)\n",
  "wave": 1
 },
 {
  "name": "py12_sql_filter_dict",
  "kind": "safe",
  "lang": "python",
  "cwe": 89,
  "code": "import sqlite3\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\n\ndef get_db():\n    return sqlite3.connect(\"shop.db\")\n\n\n@app.route(\"/products\")\ndef products():\n    filters = {}\n    for field in (\"category\", \"brand\", \"color\"):\n        value = request.args.get(field)\n        if value:\n            filters[field] = value\n    sql = \"SELECT id, name, price FROM products\"\n    clauses = []\n    params = []\n    for col, val in filters.items():\n        clauses.append(f\"{col} = ?\")\n        params.append(val)\n    if clauses:\n        sql += \" WHERE \" + \" AND \".join(clauses)\n    rows = get_db().execute(sql, params).fetchall()\n    return jsonify(rows)\n",
  "wave": 1
 },
 {
  "name": "py12_sql_instance_field",
  "kind": "vuln",
  "lang": "python",
  "cwe": 89,
  "code": "import psycopg2\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\n\nclass ReportQuery:\n    def __init__(self, conn):\n        self.conn = conn\n        self.sort = \"created_at\"\n\n    def load_options(self, args):\n        self.sort = args.get(\"sort\", \"created_at\")\n        self.region = args.get(\"region\", \"eu\")\n\n    def run(self):\n        cur = self.conn.cursor()\n        cur.execute(\"SELECT id, total FROM orders WHERE region = %s ORDER BY \" + self.sort, (self.region,))\n        return cur.fetchall()\n\n\n@app.get(\"/reports/orders\")\ndef orders_report():\n    q = ReportQuery(psycopg2.connect(\"dbname=shop\"))\n    q.load_options(request.args)\n    return jsonify(q.run())\n",
  "wave": 1
 },
 {
  "name": "py12_sql_instance_field",
  "kind": "safe",
  "lang": "python",
  "cwe": 89,
  "code": "import psycopg2\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\nSORTABLE = {\"created_at\": \"created_at\", \"total\": \"total\", \"id\": \"id\"}\n\n\nclass ReportQuery:\n    def __init__(self, conn):\n        self.conn = conn\n        self.sort = \"created_at\"\n\n    def load_options(self, args):\n        self.sort = SORTABLE.get(args.get(\"sort\"), \"created_at\")\n        self.region = args.get(\"region\", \"eu\")\n\n    def run(self):\n        cur = self.conn.cursor()\n        cur.execute(\"SELECT id, total FROM orders WHERE region = %s ORDER BY \" + self.sort, (self.region,))\n        return cur.fetchall()\n\n\n@app.get(\"/reports/orders\")\ndef orders_report():\n    q = ReportQuery(psycopg2.connect(\"dbname=shop\"))\n    q.load_options(request.args)\n    return jsonify(q.run())\n",
  "wave": 1
 },
 {
  "name": "py12_cmd_helper_return",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import os\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\ndef build_ping(host, count=3):\n    return \"ping -c {} {}\".format(count, host)\n\n\n@app.route(\"/diag/ping\", methods=[\"POST\"])\ndef ping():\n    target = request.form.get(\"host\", \"\").strip()\n    cmd = build_ping(target)\n    status = os.system(cmd)\n    return {\"ok\": status == 0}\n",
  "wave": 1
 },
 {
  "name": "py12_cmd_helper_return",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import ipaddress\nimport subprocess\nfrom flask import Flask, request, abort\n\napp = Flask(__name__)\n\n\ndef build_ping(host, count=3):\n    return [\"ping\", \"-c\", str(count), host]\n\n\n@app.route(\"/diag/ping\", methods=[\"POST\"])\ndef ping():\n    target = request.form.get(\"host\", \"\").strip()\n    try:\n        ipaddress.ip_address(target)\n    except ValueError:\n        abort(400)\n    result = subprocess.run(build_ping(target), capture_output=True)\n    return {\"ok\": result.returncode == 0}\n",
  "wave": 1
 },
 {
  "name": "py12_cmd_b64_header",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import base64\nimport subprocess\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\n@app.post(\"/jobs/run\")\ndef run_job():\n    encoded = request.headers.get(\"X-Job-Spec\", \"\")\n    spec = base64.b64decode(encoded).decode(\"utf-8\")\n    parts = spec.split(\"|\")\n    command = parts[0]\n    out = subprocess.check_output(command, shell=True, timeout=30)\n    return out.decode()\n",
  "wave": 1
 },
 {
  "name": "py12_cmd_b64_header",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import base64\nimport subprocess\nfrom flask import Flask, request, abort\n\napp = Flask(__name__)\n\nJOBS = {\n    \"reindex\": [\"/usr/local/bin/reindex\", \"--all\"],\n    \"vacuum\": [\"/usr/local/bin/db-vacuum\"],\n}\n\n\n@app.post(\"/jobs/run\")\ndef run_job():\n    encoded = request.headers.get(\"X-Job-Spec\", \"\")\n    spec = base64.b64decode(encoded).decode(\"utf-8\")\n    parts = spec.split(\"|\")\n    argv = JOBS.get(parts[0])\n    if argv is None:\n        abort(404)\n    out = subprocess.check_output(argv, timeout=30)\n    return out.decode()\n",
  "wave": 1
 },
 {
  "name": "py12_eval_json_helper",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "from flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\n\ndef compute(formula, variables):\n    scope = dict(variables)\n    return eval(formula, {\"__builtins__\": {}}, scope)\n\n\n@app.post(\"/calc\")\ndef calc():\n    payload = request.get_json(force=True)\n    formula = payload.get(\"formula\", \"0\")\n    variables = payload.get(\"vars\", {})\n    return jsonify(result=compute(formula, variables))\n",
  "wave": 1
 },
 {
  "name": "py12_eval_json_helper",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "import ast\nimport operator\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\nOPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}\n\n\ndef _eval(node, variables):\n    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):\n        return node.value\n    if isinstance(node, ast.Name) and node.id in variables:\n        return float(variables[node.id])\n    if isinstance(node, ast.BinOp) and type(node.op) in OPS:\n        return OPS[type(node.op)](_eval(node.left, variables), _eval(node.right, variables))\n    raise ValueError(\"unsupported expression\")\n\n\ndef compute(formula, variables):\n    return _eval(ast.parse(formula, mode=\"eval\").body, variables)\n\n\n@app.post(\"/calc\")\ndef calc():\n    payload = request.get_json(force=True)\n    formula = payload.get(\"formula\", \"0\")\n    variables = payload.get(\"vars\", {})\n    return jsonify(result=compute(formula, variables))\n",
  "wave": 1
 },
 {
  "name": "py12_exec_upload_contents",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "from flask import Flask, request\n\napp = Flask(__name__)\nHOOKS = {}\n\n\n@app.post(\"/admin/hooks\")\ndef upload_hook():\n    f = request.files[\"hook\"]\n    source = f.read().decode(\"utf-8\")\n    namespace = {}\n    exec(compile(source, f.filename, \"exec\"), namespace)\n    HOOKS[f.filename] = namespace.get(\"handle\")\n    return {\"loaded\": f.filename}\n",
  "wave": 1
 },
 {
  "name": "py12_exec_upload_contents",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "import json\nfrom flask import Flask, request, abort\n\napp = Flask(__name__)\nHOOKS = {}\nACTIONS = {\"notify\", \"archive\", \"tag\"}\n\n\n@app.post(\"/admin/hooks\")\ndef upload_hook():\n    f = request.files[\"hook\"]\n    source = f.read().decode(\"utf-8\")\n    spec = json.loads(source)\n    if spec.get(\"action\") not in ACTIONS:\n        abort(400)\n    HOOKS[spec[\"name\"]] = spec\n    return {\"loaded\": spec[\"name\"]}\n",
  "wave": 1
 },
 {
  "name": "py12_xss_list_comp",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request\n\napp = Flask(__name__)\n\n\n@app.route(\"/tags\")\ndef tags():\n    raw = request.args.get(\"t\", \"\")\n    items = [tag.strip().lower() for tag in raw.split(\",\") if tag.strip()]\n    html = \"<ul>\" + \"\".join(f\"<li>{t}</li>\" for t in items) + \"</ul>\"\n    return html\n",
  "wave": 1
 },
 {
  "name": "py12_xss_list_comp",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from html import escape\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\n@app.route(\"/tags\")\ndef tags():\n    raw = request.args.get(\"t\", \"\")\n    items = [escape(tag.strip().lower()) for tag in raw.split(\",\") if tag.strip()]\n    html = \"<ul>\" + \"\".join(f\"<li>{t}</li>\" for t in items) + \"</ul>\"\n    return html\n",
  "wave": 1
 },
 {
  "name": "py12_xss_markup_cookie",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request, render_template_string\nfrom markupsafe import Markup\n\napp = Flask(__name__)\n\nPAGE = \"<html><body>{{ greeting }}</body></html>\"\n\n\n@app.route(\"/\")\ndef home():\n    name = request.cookies.get(\"display_name\", \"guest\")\n    greeting = Markup(\"<h1>Welcome back, %s</h1>\" % name)\n    return render_template_string(PAGE, greeting=greeting)\n",
  "wave": 1
 },
 {
  "name": "py12_xss_markup_cookie",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request, render_template_string\nfrom markupsafe import Markup, escape\n\napp = Flask(__name__)\n\nPAGE = \"<html><body>{{ greeting }}</body></html>\"\n\n\n@app.route(\"/\")\ndef home():\n    name = request.cookies.get(\"display_name\", \"guest\")\n    greeting = Markup(\"<h1>Welcome back, %s</h1>\" % escape(name))\n    return render_template_string(PAGE, greeting=greeting)\n",
  "wave": 1
 },
 {
  "name": "py12_xss_jinja_env_off",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request\nfrom jinja2 import Environment, DictLoader\n\napp = Flask(__name__)\nenv = Environment(loader=DictLoader({\"card.html\": \"<div class='card'><h2>{{ p.title }}</h2><p>{{ p.bio }}</p></div>\"}), autoescape=False)\n\n\n@app.post(\"/preview\")\ndef preview():\n    profile = {\"title\": request.form.get(\"title\", \"\"), \"bio\": request.form.get(\"bio\", \"\")}\n    return env.get_template(\"card.html\").render(p=profile)\n",
  "wave": 1
 },
 {
  "name": "py12_xss_jinja_env_off",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request\nfrom jinja2 import Environment, DictLoader, select_autoescape\n\napp = Flask(__name__)\nenv = Environment(loader=DictLoader({\"card.html\": \"<div class='card'><h2>{{ p.title }}</h2><p>{{ p.bio }}</p></div>\"}), autoescape=select_autoescape([\"html\"]))\n\n\n@app.post(\"/preview\")\ndef preview():\n    profile = {\"title\": request.form.get(\"title\", \"\"), \"bio\": request.form.get(\"bio\", \"\")}\n    return env.get_template(\"card.html\").render(p=profile)\n",
  "wave": 1
 },
 {
  "name": "py12_path_sendfile_strip",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "import os\nfrom flask import Flask, send_file\n\napp = Flask(__name__)\nDOCS = \"/srv/app/docs\"\n\n\n@app.route(\"/docs/<path:name>\")\ndef doc(name):\n    cleaned = name.strip().replace(\" \", \"_\")\n    if not cleaned.endswith(\".pdf\"):\n        cleaned += \".pdf\"\n    full = os.path.join(DOCS, cleaned)\n    return send_file(full, mimetype=\"application/pdf\")\n",
  "wave": 1
 },
 {
  "name": "py12_path_sendfile_strip",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "import os\nfrom flask import Flask, send_from_directory\n\napp = Flask(__name__)\nDOCS = \"/srv/app/docs\"\n\n\n@app.route(\"/docs/<path:name>\")\ndef doc(name):\n    cleaned = name.strip().replace(\" \", \"_\")\n    if not cleaned.endswith(\".pdf\"):\n        cleaned += \".pdf\"\n    return send_from_directory(DOCS, cleaned, mimetype=\"application/pdf\")\n",
  "wave": 1
 },
 {
  "name": "py12_path_dataclass",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "from dataclasses import dataclass\nfrom flask import Flask, request\n\napp = Flask(__name__)\nEXPORT_ROOT = \"/var/exports\"\n\n\n@dataclass\nclass ExportRequest:\n    name: str\n    fmt: str = \"csv\"\n\n\n@app.post(\"/exports\")\ndef create_export():\n    req = ExportRequest(**request.get_json())\n    target = f\"{EXPORT_ROOT}/{req.name}.{req.fmt}\"\n    with open(target, \"w\") as fh:\n        fh.write(\"id,amount\\n\")\n    return {\"path\": target}\n",
  "wave": 1
 },
 {
  "name": "py12_path_dataclass",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "from dataclasses import dataclass\nfrom flask import Flask, request\nfrom werkzeug.utils import secure_filename\n\napp = Flask(__name__)\nEXPORT_ROOT = \"/var/exports\"\n\n\n@dataclass\nclass ExportRequest:\n    name: str\n    fmt: str = \"csv\"\n\n\n@app.post(\"/exports\")\ndef create_export():\n    req = ExportRequest(**request.get_json())\n    fmt = \"json\" if req.fmt == \"json\" else \"csv\"\n    target = f\"{EXPORT_ROOT}/{secure_filename(req.name)}.{fmt}\"\n    with open(target, \"w\") as fh:\n        fh.write(\"id,amount\\n\")\n    return {\"path\": target}\n",
  "wave": 1
 },
 {
  "name": "py12_ssrf_config_dict",
  "kind": "vuln",
  "lang": "python",
  "cwe": 918,
  "code": "import requests\nfrom flask import Flask, request\n\napp = Flask(__name__)\nsettings = {\"webhook\": None, \"timeout\": 5}\n\n\n@app.post(\"/settings/webhook\")\ndef set_webhook():\n    settings[\"webhook\"] = request.json[\"url\"]\n    return {\"saved\": True}\n\n\n@app.post(\"/settings/webhook/test\")\ndef test_webhook():\n    url = settings[\"webhook\"]\n    r = requests.post(url, json={\"event\": \"ping\"}, timeout=settings[\"timeout\"])\n    return {\"status\": r.status_code, \"body\": r.text[:200]}\n",
  "wave": 1
 },
 {
  "name": "py12_ssrf_config_dict",
  "kind": "safe",
  "lang": "python",
  "cwe": 918,
  "code": "import requests\nfrom urllib.parse import urlparse\nfrom flask import Flask, request, abort\n\napp = Flask(__name__)\nsettings = {\"webhook\": None, \"timeout\": 5}\nALLOWED_HOSTS = {\"hooks.slack.com\", \"discord.com\"}\n\n\n@app.post(\"/settings/webhook\")\ndef set_webhook():\n    url = request.json[\"url\"]\n    parsed = urlparse(url)\n    if parsed.scheme != \"https\" or parsed.hostname not in ALLOWED_HOSTS:\n        abort(400)\n    settings[\"webhook\"] = url\n    return {\"saved\": True}\n\n\n@app.post(\"/settings/webhook/test\")\ndef test_webhook():\n    url = settings[\"webhook\"]\n    r = requests.post(url, json={\"event\": \"ping\"}, timeout=settings[\"timeout\"])\n    return {\"status\": r.status_code, \"body\": r.text[:200]}\n",
  "wave": 1
 },
 {
  "name": "py12_ssrf_ternary",
  "kind": "vuln",
  "lang": "python",
  "cwe": 918,
  "code": "import requests\nfrom flask import Flask, request\n\napp = Flask(__name__)\nDEFAULT_FEED = \"https://news.example.com/rss.xml\"\n\n\n@app.get(\"/feed\")\ndef feed():\n    custom = request.args.get(\"src\")\n    url = custom if custom else DEFAULT_FEED\n    resp = requests.get(url, timeout=10)\n    return resp.text, 200, {\"Content-Type\": \"application/xml\"}\n",
  "wave": 1
 },
 {
  "name": "py12_ssrf_ternary",
  "kind": "safe",
  "lang": "python",
  "cwe": 918,
  "code": "import requests\nfrom flask import Flask, request\n\napp = Flask(__name__)\nDEFAULT_FEED = \"https://news.example.com/rss.xml\"\nFEEDS = {\"tech\": \"https://news.example.com/tech.xml\", \"sport\": \"https://news.example.com/sport.xml\"}\n\n\n@app.get(\"/feed\")\ndef feed():\n    custom = request.args.get(\"src\")\n    url = FEEDS.get(custom, DEFAULT_FEED) if custom else DEFAULT_FEED\n    resp = requests.get(url, timeout=10)\n    return resp.text, 200, {\"Content-Type\": \"application/xml\"}\n",
  "wave": 1
 },
 {
  "name": "py12_xxe_lxml_getdata",
  "kind": "vuln",
  "lang": "python",
  "cwe": 611,
  "code": "from flask import Flask, request\nfrom lxml import etree\n\napp = Flask(__name__)\n\n\ndef parse_invoice(raw):\n    parser = etree.XMLParser(resolve_entities=True, no_network=False)\n    return etree.fromstring(raw, parser)\n\n\n@app.post(\"/invoices\")\ndef invoices():\n    doc = parse_invoice(request.get_data())\n    total = doc.findtext(\"total\")\n    return {\"total\": total}\n",
  "wave": 1
 },
 {
  "name": "py12_xxe_lxml_getdata",
  "kind": "safe",
  "lang": "python",
  "cwe": 611,
  "code": "from flask import Flask, request\nfrom lxml import etree\n\napp = Flask(__name__)\n\n\ndef parse_invoice(raw):\n    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)\n    return etree.fromstring(raw, parser)\n\n\n@app.post(\"/invoices\")\ndef invoices():\n    doc = parse_invoice(request.get_data())\n    total = doc.findtext(\"total\")\n    return {\"total\": total}\n",
  "wave": 1
 },
 {
  "name": "py12_pickle_cookie_b64",
  "kind": "vuln",
  "lang": "python",
  "cwe": 502,
  "code": "import base64\nimport pickle\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\n\ndef load_cart(req):\n    blob = req.cookies.get(\"cart\")\n    if not blob:\n        return []\n    return pickle.loads(base64.urlsafe_b64decode(blob))\n\n\n@app.get(\"/cart\")\ndef cart():\n    return jsonify(items=load_cart(request))\n",
  "wave": 1
 },
 {
  "name": "py12_pickle_cookie_b64",
  "kind": "safe",
  "lang": "python",
  "cwe": 502,
  "code": "import base64\nimport json\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\n\ndef load_cart(req):\n    blob = req.cookies.get(\"cart\")\n    if not blob:\n        return []\n    return json.loads(base64.urlsafe_b64decode(blob))\n\n\n@app.get(\"/cart\")\ndef cart():\n    return jsonify(items=load_cart(request))\n",
  "wave": 1
 },
 {
  "name": "py12_yaml_upload",
  "kind": "vuln",
  "lang": "python",
  "cwe": 502,
  "code": "import yaml\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\n@app.post(\"/pipelines/import\")\ndef import_pipeline():\n    upload = request.files.get(\"pipeline\")\n    text = upload.stream.read().decode()\n    spec = yaml.load(text, Loader=yaml.Loader)\n    return {\"stages\": len(spec.get(\"stages\", []))}\n",
  "wave": 1
 },
 {
  "name": "py12_yaml_upload",
  "kind": "safe",
  "lang": "python",
  "cwe": 502,
  "code": "import yaml\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\n@app.post(\"/pipelines/import\")\ndef import_pipeline():\n    upload = request.files.get(\"pipeline\")\n    text = upload.stream.read().decode()\n    spec = yaml.load(text, Loader=yaml.SafeLoader)\n    return {\"stages\": len(spec.get(\"stages\", []))}\n",
  "wave": 1
 },
 {
  "name": "py12_ldap_helper_filter",
  "kind": "vuln",
  "lang": "python",
  "cwe": 90,
  "code": "import ldap\nfrom flask import Flask, request\n\napp = Flask(__name__)\nBASE_DN = \"ou=people,dc=corp,dc=example\"\n\n\ndef user_filter(uid):\n    return \"(&(objectClass=person)(uid=%s))\" % uid\n\n\n@app.post(\"/directory/lookup\")\ndef lookup():\n    conn = ldap.initialize(\"ldaps://ldap.corp.example\")\n    conn.simple_bind_s(\"cn=reader,dc=corp,dc=example\", app.config[\"LDAP_PASSWORD\"])\n    results = conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, user_filter(request.form[\"uid\"]), [\"cn\", \"mail\"])\n    return {\"count\": len(results)}\n",
  "wave": 1
 },
 {
  "name": "py12_ldap_helper_filter",
  "kind": "safe",
  "lang": "python",
  "cwe": 90,
  "code": "import ldap\nfrom ldap.filter import escape_filter_chars\nfrom flask import Flask, request\n\napp = Flask(__name__)\nBASE_DN = \"ou=people,dc=corp,dc=example\"\n\n\ndef user_filter(uid):\n    return \"(&(objectClass=person)(uid=%s))\" % escape_filter_chars(uid)\n\n\n@app.post(\"/directory/lookup\")\ndef lookup():\n    conn = ldap.initialize(\"ldaps://ldap.corp.example\")\n    conn.simple_bind_s(\"cn=reader,dc=corp,dc=example\", app.config[\"LDAP_PASSWORD\"])\n    results = conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, user_filter(request.form[\"uid\"]), [\"cn\", \"mail\"])\n    return {\"count\": len(results)}\n",
  "wave": 1
 },
 {
  "name": "py12_xpath_list_pop",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from flask import Flask, request\nfrom lxml import etree\n\napp = Flask(__name__)\nTREE = etree.parse(\"/srv/app/users.xml\")\n\n\n@app.get(\"/users/find\")\ndef find_user():\n    names = request.args.getlist(\"name\")\n    if not names:\n        return {\"found\": False}\n    who = names.pop()\n    nodes = TREE.xpath(\"//user[@login='\" + who + \"']/email/text()\")\n    return {\"found\": bool(nodes), \"email\": nodes[0] if nodes else None}\n",
  "wave": 1
 },
 {
  "name": "py12_xpath_list_pop",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "from flask import Flask, request\nfrom lxml import etree\n\napp = Flask(__name__)\nTREE = etree.parse(\"/srv/app/users.xml\")\n\n\n@app.get(\"/users/find\")\ndef find_user():\n    names = request.args.getlist(\"name\")\n    if not names:\n        return {\"found\": False}\n    who = names.pop()\n    nodes = TREE.xpath(\"//user[@login=$login]/email/text()\", login=who)\n    return {\"found\": bool(nodes), \"email\": nodes[0] if nodes else None}\n",
  "wave": 1
 },
 {
  "name": "py12_redirect_via_dict",
  "kind": "vuln",
  "lang": "python",
  "cwe": 601,
  "code": "from flask import Flask, request, redirect, url_for\n\napp = Flask(__name__)\n\n\ndef login_context(req):\n    ctx = {\"user\": req.form.get(\"user\"), \"next\": req.args.get(\"next\") or url_for(\"index\")}\n    return ctx\n\n\n@app.post(\"/login\")\ndef login():\n    ctx = login_context(request)\n    # credential check elided\n    return redirect(ctx[\"next\"])\n",
  "wave": 1
 },
 {
  "name": "py12_redirect_via_dict",
  "kind": "safe",
  "lang": "python",
  "cwe": 601,
  "code": "from urllib.parse import urlparse\nfrom flask import Flask, request, redirect, url_for\n\napp = Flask(__name__)\n\n\ndef login_context(req):\n    ctx = {\"user\": req.form.get(\"user\"), \"next\": req.args.get(\"next\") or url_for(\"index\")}\n    return ctx\n\n\n@app.post(\"/login\")\ndef login():\n    ctx = login_context(request)\n    target = ctx[\"next\"]\n    parts = urlparse(target)\n    if parts.netloc or parts.scheme or not target.startswith(\"/\") or target.startswith(\"//\"):\n        target = url_for(\"index\")\n    return redirect(target)\n",
  "wave": 1
 },
 {
  "name": "py12_trust_session_helper",
  "kind": "vuln",
  "lang": "python",
  "cwe": 501,
  "code": "from flask import Flask, request, session\n\napp = Flask(__name__)\napp.secret_key = __import__(\"os\").environ[\"FLASK_SECRET\"]\n\n\ndef preferred_role(form):\n    return form.get(\"role\", \"viewer\").lower()\n\n\n@app.post(\"/onboarding\")\ndef onboarding():\n    session[\"role\"] = preferred_role(request.form)\n    session[\"onboarded\"] = True\n    return {\"ok\": True}\n",
  "wave": 1
 },
 {
  "name": "py12_trust_session_helper",
  "kind": "safe",
  "lang": "python",
  "cwe": 501,
  "code": "from flask import Flask, request, session\n\napp = Flask(__name__)\napp.secret_key = __import__(\"os\").environ[\"FLASK_SECRET\"]\n\n\ndef preferred_role(form):\n    return form.get(\"role\", \"viewer\").lower()\n\n\n@app.post(\"/onboarding\")\ndef onboarding():\n    wanted = preferred_role(request.form)\n    session[\"requested_role\"] = \"viewer\"\n    session[\"onboarded\"] = True\n    return {\"ok\": True, \"pending\": wanted}\n",
  "wave": 1
 },
 {
  "name": "py12_cookie_flags_helper",
  "kind": "vuln",
  "lang": "python",
  "cwe": 614,
  "code": "import secrets\nfrom flask import Flask, make_response\n\napp = Flask(__name__)\n\n\ndef attach_session(resp, token):\n    resp.set_cookie(\"sid\", token, max_age=3600)\n    return resp\n\n\n@app.post(\"/session\")\ndef new_session():\n    token = secrets.token_urlsafe(32)\n    return attach_session(make_response({\"ok\": True}), token)\n",
  "wave": 1
 },
 {
  "name": "py12_cookie_flags_helper",
  "kind": "safe",
  "lang": "python",
  "cwe": 614,
  "code": "import secrets\nfrom flask import Flask, make_response\n\napp = Flask(__name__)\n\n\ndef attach_session(resp, token):\n    resp.set_cookie(\"sid\", token, max_age=3600, secure=True, httponly=True, samesite=\"Lax\")\n    return resp\n\n\n@app.post(\"/session\")\ndef new_session():\n    token = secrets.token_urlsafe(32)\n    return attach_session(make_response({\"ok\": True}), token)\n",
  "wave": 1
 },
 {
  "name": "py12_weak_hash_class",
  "kind": "vuln",
  "lang": "python",
  "cwe": 328,
  "code": "import hashlib\nimport os\n\n\nclass PasswordHasher:\n    def __init__(self, pepper):\n        self.pepper = pepper\n\n    def hash(self, password):\n        salt = os.urandom(8).hex()\n        digest = hashlib.md5((salt + password + self.pepper).encode()).hexdigest()\n        return f\"{salt}${digest}\"\n\n    def verify(self, password, stored):\n        salt, digest = stored.split(\"$\", 1)\n        return hashlib.md5((salt + password + self.pepper).encode()).hexdigest() == digest\n",
  "wave": 1
 },
 {
  "name": "py12_weak_hash_class",
  "kind": "safe",
  "lang": "python",
  "cwe": 328,
  "code": "import hashlib\nimport hmac\nimport os\n\n\nclass PasswordHasher:\n    def __init__(self, pepper):\n        self.pepper = pepper\n\n    def hash(self, password):\n        salt = os.urandom(16)\n        digest = hashlib.scrypt((password + self.pepper).encode(), salt=salt, n=2**14, r=8, p=1)\n        return f\"{salt.hex()}${digest.hex()}\"\n\n    def verify(self, password, stored):\n        salt, digest = stored.split(\"$\", 1)\n        calc = hashlib.scrypt((password + self.pepper).encode(), salt=bytes.fromhex(salt), n=2**14, r=8, p=1)\n        return hmac.compare_digest(calc.hex(), digest)\n",
  "wave": 1
 },
 {
  "name": "py12_random_reset_code",
  "kind": "vuln",
  "lang": "python",
  "cwe": 338,
  "code": "import random\nimport string\nfrom datetime import datetime, timedelta\n\n\nALPHABET = string.ascii_uppercase + string.digits\n\n\ndef _code(length):\n    return \"\".join(random.choice(ALPHABET) for _ in range(length))\n\n\ndef issue_password_reset(db, user_id):\n    reset_code = _code(8)\n    db.execute(\n        \"INSERT INTO password_resets (user_id, code, expires) VALUES (?, ?, ?)\",\n        (user_id, reset_code, datetime.utcnow() + timedelta(minutes=15)),\n    )\n    return reset_code\n",
  "wave": 1
 },
 {
  "name": "py12_random_reset_code",
  "kind": "safe",
  "lang": "python",
  "cwe": 338,
  "code": "import secrets\nimport string\nfrom datetime import datetime, timedelta\n\n\nALPHABET = string.ascii_uppercase + string.digits\n\n\ndef _code(length):\n    return \"\".join(secrets.choice(ALPHABET) for _ in range(length))\n\n\ndef issue_password_reset(db, user_id):\n    reset_code = _code(8)\n    db.execute(\n        \"INSERT INTO password_resets (user_id, code, expires) VALUES (?, ?, ?)\",\n        (user_id, reset_code, datetime.utcnow() + timedelta(minutes=15)),\n    )\n    return reset_code\n",
  "wave": 1
 },
 {
  "name": "py12_hardcoded_db_dict",
  "kind": "vuln",
  "lang": "python",
  "cwe": 798,
  "code": "import psycopg2\n\nDB_SETTINGS = {\n    \"host\": \"db.internal\",\n    \"port\": 5432,\n    \"user\": \"billing\",\n    \"password\": \"Bill1ng-Pr0d-2023!\",\n    \"dbname\": \"billing\",\n}\n\n\ndef connect():\n    return psycopg2.connect(**DB_SETTINGS)\n\n\ndef unpaid(conn):\n    with conn.cursor() as cur:\n        cur.execute(\"SELECT id FROM invoices WHERE paid = false\")\n        return cur.fetchall()\n",
  "wave": 1
 },
 {
  "name": "py12_hardcoded_db_dict",
  "kind": "safe",
  "lang": "python",
  "cwe": 798,
  "code": "import os\nimport psycopg2\n\nDB_SETTINGS = {\n    \"host\": \"db.internal\",\n    \"port\": 5432,\n    \"user\": \"billing\",\n    \"password\": os.environ[\"BILLING_DB_PASSWORD\"],\n    \"dbname\": \"billing\",\n}\n\n\ndef connect():\n    return psycopg2.connect(**DB_SETTINGS)\n\n\ndef unpaid(conn):\n    with conn.cursor() as cur:\n        cur.execute(\"SELECT id FROM invoices WHERE paid = false\")\n        return cur.fetchall()\n",
  "wave": 1
 },
 {
  "name": "py12_tls_session_attr",
  "kind": "vuln",
  "lang": "python",
  "cwe": 295,
  "code": "import requests\n\n\nclass InventoryClient:\n    def __init__(self, base_url, token):\n        self.base_url = base_url.rstrip(\"/\")\n        self.http = requests.Session()\n        self.http.headers[\"Authorization\"] = f\"Bearer {token}\"\n        self.http.verify = False\n\n    def stock(self, sku):\n        r = self.http.get(f\"{self.base_url}/stock/{sku}\", timeout=10)\n        r.raise_for_status()\n        return r.json()[\"quantity\"]\n",
  "wave": 1
 },
 {
  "name": "py12_tls_session_attr",
  "kind": "safe",
  "lang": "python",
  "cwe": 295,
  "code": "import requests\n\n\nclass InventoryClient:\n    def __init__(self, base_url, token, ca_bundle=\"/etc/ssl/certs/internal-ca.pem\"):\n        self.base_url = base_url.rstrip(\"/\")\n        self.http = requests.Session()\n        self.http.headers[\"Authorization\"] = f\"Bearer {token}\"\n        self.http.verify = ca_bundle\n\n    def stock(self, sku):\n        r = self.http.get(f\"{self.base_url}/stock/{sku}\", timeout=10)\n        r.raise_for_status()\n        return r.json()[\"quantity\"]\n",
  "wave": 1
 },
 {
  "name": "py12_header_disposition",
  "kind": "vuln",
  "lang": "python",
  "cwe": 113,
  "code": "from flask import Flask, request, Response\n\napp = Flask(__name__)\n\n\n@app.get(\"/export.csv\")\ndef export_csv():\n    label = request.args.get(\"label\", \"export\")\n    body = \"id,name\\n1,alpha\\n\"\n    resp = Response(body, mimetype=\"text/csv\")\n    resp.headers[\"Content-Disposition\"] = 'attachment; filename=\"{}.csv\"'.format(label)\n    return resp\n",
  "wave": 1
 },
 {
  "name": "py12_header_disposition",
  "kind": "safe",
  "lang": "python",
  "cwe": 113,
  "code": "import re\nfrom flask import Flask, request, Response\n\napp = Flask(__name__)\n\n\n@app.get(\"/export.csv\")\ndef export_csv():\n    label = re.sub(r\"[^A-Za-z0-9_-]\", \"\", request.args.get(\"label\", \"export\")) or \"export\"\n    body = \"id,name\\n1,alpha\\n\"\n    resp = Response(body, mimetype=\"text/csv\")\n    resp.headers[\"Content-Disposition\"] = 'attachment; filename=\"{}.csv\"'.format(label)\n    return resp\n",
  "wave": 1
 },
 {
  "name": "py12_regex_options_dict",
  "kind": "vuln",
  "lang": "python",
  "cwe": 400,
  "code": "import re\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\nLINES = open(\"/srv/app/catalog.txt\").read().splitlines()\n\n\n@app.post(\"/search\")\ndef search():\n    opts = {\"ignore_case\": False}\n    opts.update(request.get_json() or {})\n    flags = re.I if opts[\"ignore_case\"] else 0\n    matcher = re.compile(opts[\"pattern\"], flags)\n    return jsonify([l for l in LINES if matcher.search(l)][:50])\n",
  "wave": 1
 },
 {
  "name": "py12_regex_options_dict",
  "kind": "safe",
  "lang": "python",
  "cwe": 400,
  "code": "import re\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\nLINES = open(\"/srv/app/catalog.txt\").read().splitlines()\n\n\n@app.post(\"/search\")\ndef search():\n    opts = {\"ignore_case\": False}\n    opts.update(request.get_json() or {})\n    flags = re.I if opts[\"ignore_case\"] else 0\n    matcher = re.compile(re.escape(opts[\"pattern\"]), flags)\n    return jsonify([l for l in LINES if matcher.search(l)][:50])\n",
  "wave": 1
 },
 {
  "name": "py12_mass_assign_helper",
  "kind": "vuln",
  "lang": "python",
  "cwe": 915,
  "code": "from flask import Flask, request\nfrom models import db, User\n\napp = Flask(__name__)\n\n\ndef apply_changes(obj, changes):\n    for key, value in changes.items():\n        setattr(obj, key, value)\n\n\n@app.patch(\"/users/<int:uid>\")\ndef update_user(uid):\n    user = User.query.get_or_404(uid)\n    apply_changes(user, request.get_json())\n    db.session.commit()\n    return {\"id\": user.id}\n",
  "wave": 1
 },
 {
  "name": "py12_mass_assign_helper",
  "kind": "safe",
  "lang": "python",
  "cwe": 915,
  "code": "from flask import Flask, request\nfrom models import db, User\n\napp = Flask(__name__)\nEDITABLE = {\"display_name\", \"bio\", \"timezone\"}\n\n\ndef apply_changes(obj, changes):\n    for key, value in changes.items():\n        if key in EDITABLE:\n            setattr(obj, key, value)\n\n\n@app.patch(\"/users/<int:uid>\")\ndef update_user(uid):\n    user = User.query.get_or_404(uid)\n    apply_changes(user, request.get_json())\n    db.session.commit()\n    return {\"id\": user.id}\n",
  "wave": 1
 },
 {
  "name": "py12_nosql_where",
  "kind": "vuln",
  "lang": "python",
  "cwe": 943,
  "code": "from flask import Flask, request, jsonify\nfrom pymongo import MongoClient\n\napp = Flask(__name__)\norders = MongoClient()[\"shop\"][\"orders\"]\n\n\n@app.get(\"/orders\")\ndef list_orders():\n    owner = request.args.get(\"owner\", \"\")\n    query = {\"$where\": \"this.owner == '\" + owner + \"' && this.status != 'deleted'\"}\n    return jsonify([o[\"_id\"] for o in orders.find(query, {\"_id\": 1})])\n",
  "wave": 1
 },
 {
  "name": "py12_nosql_where",
  "kind": "safe",
  "lang": "python",
  "cwe": 943,
  "code": "from flask import Flask, request, jsonify\nfrom pymongo import MongoClient\n\napp = Flask(__name__)\norders = MongoClient()[\"shop\"][\"orders\"]\n\n\n@app.get(\"/orders\")\ndef list_orders():\n    owner = request.args.get(\"owner\", \"\")\n    query = {\"owner\": str(owner), \"status\": {\"$ne\": \"deleted\"}}\n    return jsonify([o[\"_id\"] for o in orders.find(query, {\"_id\": 1})])\n",
  "wave": 1
 },
 {
  "name": "py12_sql_try_except",
  "kind": "vuln",
  "lang": "python",
  "cwe": 89,
  "code": "import sqlite3\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\n\n@app.get(\"/events\")\ndef events():\n    try:\n        limit = request.args[\"limit\"]\n    except KeyError:\n        limit = \"20\"\n    con = sqlite3.connect(\"events.db\")\n    rows = con.execute(\"SELECT id, kind FROM events ORDER BY id DESC LIMIT \" + limit).fetchall()\n    return jsonify(rows)\n",
  "wave": 1
 },
 {
  "name": "py12_sql_try_except",
  "kind": "safe",
  "lang": "python",
  "cwe": 89,
  "code": "import sqlite3\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\n\n@app.get(\"/events\")\ndef events():\n    try:\n        limit = int(request.args[\"limit\"])\n    except (KeyError, ValueError):\n        limit = 20\n    con = sqlite3.connect(\"events.db\")\n    rows = con.execute(\"SELECT id, kind FROM events ORDER BY id DESC LIMIT \" + str(limit)).fetchall()\n    return jsonify(rows)\n",
  "wave": 1
 },
 {
  "name": "py12_sql_match_case",
  "kind": "vuln",
  "lang": "python",
  "cwe": 89,
  "code": "import sqlite3\nimport sys\n\n\ndef query_for(action, term):\n    match action:\n        case \"by-name\":\n            return f\"SELECT * FROM contacts WHERE name LIKE '%{term}%'\"\n        case \"by-city\":\n            return f\"SELECT * FROM contacts WHERE city = '{term}'\"\n        case _:\n            return \"SELECT * FROM contacts\"\n\n\ndef main():\n    action, term = sys.argv[1], sys.argv[2]\n    con = sqlite3.connect(\"contacts.db\")\n    for row in con.execute(query_for(action, term)):\n        print(row)\n\n\nif __name__ == \"__main__\":\n    main()\n",
  "wave": 1
 },
 {
  "name": "py12_sql_match_case",
  "kind": "safe",
  "lang": "python",
  "cwe": 89,
  "code": "import sqlite3\nimport sys\n\n\ndef query_for(action, term):\n    match action:\n        case \"by-name\":\n            return \"SELECT * FROM contacts WHERE name LIKE ?\", (f\"%{term}%\",)\n        case \"by-city\":\n            return \"SELECT * FROM contacts WHERE city = ?\", (term,)\n        case _:\n            return \"SELECT * FROM contacts\", ()\n\n\ndef main():\n    action, term = sys.argv[1], sys.argv[2]\n    con = sqlite3.connect(\"contacts.db\")\n    sql, params = query_for(action, term)\n    for row in con.execute(sql, params):\n        print(row)\n\n\nif __name__ == \"__main__\":\n    main()\n",
  "wave": 1
 },
 {
  "name": "py12_cmd_queue_callback",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import json\nimport subprocess\nimport pika\n\n\ndef on_message(channel, method, properties, body):\n    job = json.loads(body)\n    src = job[\"source\"]\n    width = job.get(\"width\", 320)\n    subprocess.run(f\"convert {src} -resize {width} /tmp/thumbs/out.png\", shell=True, check=True)\n    channel.basic_ack(delivery_tag=method.delivery_tag)\n\n\ndef main():\n    conn = pika.BlockingConnection(pika.ConnectionParameters(\"rabbitmq\"))\n    ch = conn.channel()\n    ch.basic_consume(queue=\"thumbnails\", on_message_callback=on_message)\n    ch.start_consuming()\n\n\nif __name__ == \"__main__\":\n    main()\n",
  "wave": 1
 },
 {
  "name": "py12_cmd_queue_callback",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import json\nimport subprocess\nimport pika\n\n\ndef on_message(channel, method, properties, body):\n    job = json.loads(body)\n    src = job[\"source\"]\n    width = int(job.get(\"width\", 320))\n    subprocess.run([\"convert\", src, \"-resize\", str(width), \"/tmp/thumbs/out.png\"], check=True)\n    channel.basic_ack(delivery_tag=method.delivery_tag)\n\n\ndef main():\n    conn = pika.BlockingConnection(pika.ConnectionParameters(\"rabbitmq\"))\n    ch = conn.channel()\n    ch.basic_consume(queue=\"thumbnails\", on_message_callback=on_message)\n    ch.start_consuming()\n\n\nif __name__ == \"__main__\":\n    main()\n",
  "wave": 1
 },
 {
  "name": "py12_cmd_closure_executor",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import os\nfrom concurrent.futures import ThreadPoolExecutor\nfrom flask import Flask, request\n\napp = Flask(__name__)\npool = ThreadPoolExecutor(max_workers=2)\n\n\n@app.post(\"/backups\")\ndef backup():\n    label = request.form[\"label\"]\n\n    def task():\n        return os.system(\"tar czf /backups/\" + label + \".tgz /srv/data\")\n\n    pool.submit(task)\n    return {\"queued\": label}, 202\n",
  "wave": 1
 },
 {
  "name": "py12_cmd_closure_executor",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import shlex\nimport os\nfrom concurrent.futures import ThreadPoolExecutor\nfrom flask import Flask, request\n\napp = Flask(__name__)\npool = ThreadPoolExecutor(max_workers=2)\n\n\n@app.post(\"/backups\")\ndef backup():\n    label = request.form[\"label\"]\n\n    def task():\n        return os.system(\"tar czf /backups/\" + shlex.quote(label + \".tgz\") + \" /srv/data\")\n\n    pool.submit(task)\n    return {\"queued\": label}, 202\n",
  "wave": 1
 },
 {
  "name": "py12_eval_stdin_loop",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "import sys\n\n\ndef main():\n    totals = []\n    for line in sys.stdin:\n        line = line.strip()\n        if not line or line.startswith(\"#\"):\n            continue\n        totals.append(eval(line))\n    print(sum(totals))\n\n\nif __name__ == \"__main__\":\n    main()\n",
  "wave": 1
 },
 {
  "name": "py12_eval_stdin_loop",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "import ast\nimport sys\n\n\ndef main():\n    totals = []\n    for line in sys.stdin:\n        line = line.strip()\n        if not line or line.startswith(\"#\"):\n            continue\n        totals.append(ast.literal_eval(line))\n    print(sum(totals))\n\n\nif __name__ == \"__main__\":\n    main()\n",
  "wave": 1
 },
 {
  "name": "py12_fastapi_model_text",
  "kind": "vuln",
  "lang": "python",
  "cwe": 89,
  "code": "from fastapi import FastAPI, Depends\nfrom pydantic import BaseModel\nfrom sqlalchemy import text\nfrom sqlalchemy.orm import Session\nfrom .db import get_session\n\napp = FastAPI()\n\n\nclass Search(BaseModel):\n    name: str\n    limit: int = 20\n\n\n@app.post(\"/customers/search\")\ndef search(body: Search, db: Session = Depends(get_session)):\n    stmt = text(f\"SELECT id, name FROM customers WHERE name ILIKE '%{body.name}%' LIMIT {body.limit}\")\n    return [dict(r._mapping) for r in db.execute(stmt)]\n",
  "wave": 1
 },
 {
  "name": "py12_fastapi_model_text",
  "kind": "safe",
  "lang": "python",
  "cwe": 89,
  "code": "from fastapi import FastAPI, Depends\nfrom pydantic import BaseModel\nfrom sqlalchemy import text\nfrom sqlalchemy.orm import Session\nfrom .db import get_session\n\napp = FastAPI()\n\n\nclass Search(BaseModel):\n    name: str\n    limit: int = 20\n\n\n@app.post(\"/customers/search\")\ndef search(body: Search, db: Session = Depends(get_session)):\n    stmt = text(\"SELECT id, name FROM customers WHERE name ILIKE :pat LIMIT :lim\")\n    rows = db.execute(stmt, {\"pat\": f\"%{body.name}%\", \"lim\": body.limit})\n    return [dict(r._mapping) for r in rows]\n",
  "wave": 1
 },
 {
  "name": "py12_django_raw_order",
  "kind": "vuln",
  "lang": "python",
  "cwe": 89,
  "code": "from django.http import JsonResponse\nfrom .models import Article\n\n\ndef article_list(request):\n    order = request.GET.get(\"order\", \"published\")\n    direction = \"DESC\" if request.GET.get(\"desc\") else \"ASC\"\n    sql = \"SELECT * FROM blog_article WHERE status = 'live' ORDER BY %s %s\" % (order, direction)\n    articles = Article.objects.raw(sql)\n    return JsonResponse({\"items\": [a.title for a in articles]})\n",
  "wave": 1
 },
 {
  "name": "py12_django_raw_order",
  "kind": "safe",
  "lang": "python",
  "cwe": 89,
  "code": "from django.http import JsonResponse\nfrom .models import Article\n\nORDERINGS = {\"published\": \"published\", \"title\": \"title\", \"views\": \"views\"}\n\n\ndef article_list(request):\n    order = ORDERINGS.get(request.GET.get(\"order\"), \"published\")\n    direction = \"DESC\" if request.GET.get(\"desc\") else \"ASC\"\n    sql = \"SELECT * FROM blog_article WHERE status = 'live' ORDER BY %s %s\" % (order, direction)\n    articles = Article.objects.raw(sql)\n    return JsonResponse({\"items\": [a.title for a in articles]})\n",
  "wave": 1
 },
 {
  "name": "py12_django_mark_safe_join",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from django.http import HttpResponse\nfrom django.template import Template, Context\nfrom django.utils.safestring import mark_safe\n\n\ndef breadcrumbs(request):\n    trail = request.GET.get(\"trail\", \"\")\n    crumbs = []\n    for part in trail.split(\"/\"):\n        crumbs.append(\"<span class='crumb'>\" + part + \"</span>\")\n    nav = mark_safe(\" &raquo; \".join(crumbs))\n    tpl = Template(\"<nav>{{ nav }}</nav>\")\n    return HttpResponse(tpl.render(Context({\"nav\": nav})))\n",
  "wave": 1
 },
 {
  "name": "py12_django_mark_safe_join",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from django.http import HttpResponse\nfrom django.template import Template, Context\nfrom django.utils.html import format_html, format_html_join, mark_safe\n\n\ndef breadcrumbs(request):\n    trail = request.GET.get(\"trail\", \"\")\n    nav = format_html_join(mark_safe(\" &raquo; \"), \"<span class='crumb'>{}</span>\", ((p,) for p in trail.split(\"/\")))\n    tpl = Template(\"<nav>{{ nav }}</nav>\")\n    return HttpResponse(tpl.render(Context({\"nav\": nav})))\n",
  "wave": 1
 },
 {
  "name": "py12_upload_filename_helper",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "import os\nfrom flask import Flask, request\n\napp = Flask(__name__)\nMEDIA = \"/srv/media\"\n\n\ndef destination(user_id, filename):\n    folder = os.path.join(MEDIA, str(user_id))\n    os.makedirs(folder, exist_ok=True)\n    return os.path.join(folder, filename)\n\n\n@app.post(\"/users/<int:uid>/avatar\")\ndef avatar(uid):\n    f = request.files[\"avatar\"]\n    f.save(destination(uid, f.filename))\n    return {\"ok\": True}\n",
  "wave": 1
 },
 {
  "name": "py12_upload_filename_helper",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "import os\nfrom flask import Flask, request\nfrom werkzeug.utils import secure_filename\n\napp = Flask(__name__)\nMEDIA = \"/srv/media\"\n\n\ndef destination(user_id, filename):\n    folder = os.path.join(MEDIA, str(user_id))\n    os.makedirs(folder, exist_ok=True)\n    return os.path.join(folder, secure_filename(filename))\n\n\n@app.post(\"/users/<int:uid>/avatar\")\ndef avatar(uid):\n    f = request.files[\"avatar\"]\n    f.save(destination(uid, f.filename))\n    return {\"ok\": True}\n",
  "wave": 1
 },
 {
  "name": "py12_jwt_verify_off",
  "kind": "vuln",
  "lang": "python",
  "cwe": 347,
  "code": "import jwt\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\ndef bearer(req):\n    return req.headers.get(\"Authorization\", \"\").removeprefix(\"Bearer \").strip()\n\n\n@app.get(\"/me\")\ndef me():\n    claims = jwt.decode(bearer(request), options={\"verify_signature\": False})\n    return {\"user\": claims[\"sub\"], \"roles\": claims.get(\"roles\", [])}\n",
  "wave": 1
 },
 {
  "name": "py12_jwt_verify_off",
  "kind": "safe",
  "lang": "python",
  "cwe": 347,
  "code": "import os\nimport jwt\nfrom flask import Flask, request\n\napp = Flask(__name__)\nPUBLIC_KEY = open(os.environ[\"JWT_PUBLIC_KEY_FILE\"]).read()\n\n\ndef bearer(req):\n    return req.headers.get(\"Authorization\", \"\").removeprefix(\"Bearer \").strip()\n\n\n@app.get(\"/me\")\ndef me():\n    claims = jwt.decode(bearer(request), PUBLIC_KEY, algorithms=[\"RS256\"], audience=\"api\")\n    return {\"user\": claims[\"sub\"], \"roles\": claims.get(\"roles\", [])}\n",
  "wave": 1
 },
 {
  "name": "py12_sql_second_order",
  "kind": "vuln",
  "lang": "python",
  "cwe": 89,
  "code": "import sqlite3\n\n\ndef posts_by_nickname(con: sqlite3.Connection, user_id: int):\n    row = con.execute(\"SELECT nickname FROM users WHERE id = ?\", (user_id,)).fetchone()\n    if row is None:\n        return []\n    nickname = row[0]\n    sql = \"SELECT id, title FROM posts WHERE author = '\" + nickname + \"' ORDER BY id DESC\"\n    return con.execute(sql).fetchall()\n",
  "wave": 1
 },
 {
  "name": "py12_sql_second_order",
  "kind": "safe",
  "lang": "python",
  "cwe": 89,
  "code": "import sqlite3\n\n\ndef posts_by_nickname(con: sqlite3.Connection, user_id: int):\n    row = con.execute(\"SELECT nickname FROM users WHERE id = ?\", (user_id,)).fetchone()\n    if row is None:\n        return []\n    nickname = row[0]\n    sql = \"SELECT id, title FROM posts WHERE author = ? ORDER BY id DESC\"\n    return con.execute(sql, (nickname,)).fetchall()\n",
  "wave": 1
 },
 {
  "name": "py12_cmd_env_join",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import os\nimport subprocess\n\n\ndef deploy():\n    release = os.environ.get(\"RELEASE_TAG\", \"latest\")\n    parts = [\"docker\", \"pull\", f\"registry.example.com/web:{release}\"]\n    subprocess.call(\" \".join(parts), shell=True)\n\n\nif __name__ == \"__main__\":\n    deploy()\n",
  "wave": 1
 },
 {
  "name": "py12_cmd_env_join",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import os\nimport subprocess\n\n\ndef deploy():\n    release = os.environ.get(\"RELEASE_TAG\", \"latest\")\n    parts = [\"docker\", \"pull\", f\"registry.example.com/web:{release}\"]\n    subprocess.call(parts)\n\n\nif __name__ == \"__main__\":\n    deploy()\n",
  "wave": 1
 },
 {
  "name": "py12_eval_debug_const",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "from flask import Flask, request\n\napp = Flask(__name__)\nDEBUG_CONSOLE = True\n\n\n@app.post(\"/console\")\ndef console():\n    src = request.form.get(\"code\", \"\")\n    if DEBUG_CONSOLE:\n        return {\"result\": repr(eval(src))}\n    return {\"error\": \"disabled\"}, 403\n",
  "wave": 1
 },
 {
  "name": "py12_eval_debug_const",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "from flask import Flask, request\n\napp = Flask(__name__)\nDEBUG_CONSOLE = False\n\n\n@app.post(\"/console\")\ndef console():\n    src = request.form.get(\"code\", \"\")\n    if DEBUG_CONSOLE:\n        return {\"result\": repr(eval(src))}\n    return {\"error\": \"disabled\"}, 403\n",
  "wave": 1
 },
 {
  "name": "py12_cmd_dict_other_key",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import subprocess\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\n@app.post(\"/convert\")\ndef convert():\n    job = {\"tool\": \"/usr/bin/pandoc\", \"input\": request.form[\"doc\"]}\n    job[\"output\"] = request.form.get(\"out\", \"out.pdf\")\n    cmd = job[\"tool\"] + \" \" + job[\"input\"] + \" -o /tmp/out.pdf\"\n    subprocess.run(cmd, shell=True, check=True)\n    return {\"ok\": True}\n",
  "wave": 1
 },
 {
  "name": "py12_cmd_dict_other_key",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import subprocess\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\n@app.post(\"/convert\")\ndef convert():\n    job = {\"tool\": \"/usr/bin/pandoc\", \"input\": \"/srv/docs/manual.md\"}\n    job[\"output\"] = request.form.get(\"out\", \"out.pdf\")\n    cmd = job[\"tool\"] + \" \" + job[\"input\"] + \" -o /tmp/out.pdf\"\n    subprocess.run(cmd, shell=True, check=True)\n    return {\"ok\": True, \"requested\": job[\"output\"]}\n",
  "wave": 1
 },
 {
  "name": "py12_path_overwritten",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "from flask import Flask, request\n\napp = Flask(__name__)\n\n\n@app.get(\"/logs/tail\")\ndef tail():\n    logfile = request.args.get(\"file\", \"app.log\")\n    if request.args.get(\"rotate\") == \"1\":\n        logfile = logfile + \".1\"\n    with open(\"/var/log/myapp/\" + logfile) as fh:\n        return \"\".join(fh.readlines()[-100:]), 200, {\"Content-Type\": \"text/plain\"}\n",
  "wave": 1
 },
 {
  "name": "py12_path_overwritten",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "from flask import Flask, request\n\napp = Flask(__name__)\n\n\n@app.get(\"/logs/tail\")\ndef tail():\n    logfile = request.args.get(\"file\", \"app.log\")\n    logfile = \"app.log.1\" if request.args.get(\"rotate\") == \"1\" else \"app.log\"\n    with open(\"/var/log/myapp/\" + logfile) as fh:\n        return \"\".join(fh.readlines()[-100:]), 200, {\"Content-Type\": \"text/plain\"}\n",
  "wave": 1
 },
 {
  "name": "py12_sql_list_index",
  "kind": "vuln",
  "lang": "python",
  "cwe": 89,
  "code": "import sqlite3\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\n@app.get(\"/stats\")\ndef stats():\n    cols = [\"count(*)\"]\n    cols.append(request.args.get(\"metric\", \"sum(amount)\"))\n    con = sqlite3.connect(\"sales.db\")\n    value = con.execute(\"SELECT \" + cols[1] + \" FROM sales\").fetchone()[0]\n    return {\"value\": value}\n",
  "wave": 1
 },
 {
  "name": "py12_sql_list_index",
  "kind": "safe",
  "lang": "python",
  "cwe": 89,
  "code": "import sqlite3\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\n@app.get(\"/stats\")\ndef stats():\n    cols = [\"count(*)\"]\n    cols.append(request.args.get(\"metric\", \"sum(amount)\"))\n    con = sqlite3.connect(\"sales.db\")\n    value = con.execute(\"SELECT \" + cols[0] + \" FROM sales\").fetchone()[0]\n    return {\"value\": value, \"asked\": cols[1]}\n",
  "wave": 1
 },
 {
  "name": "py12_weak_cipher_class",
  "kind": "vuln",
  "lang": "python",
  "cwe": 327,
  "code": "import os\nfrom Crypto.Cipher import DES\nfrom Crypto.Util.Padding import pad\n\n\nclass TokenSealer:\n    def __init__(self):\n        self.key = os.environ[\"SEAL_KEY\"].encode()[:8]\n\n    def seal(self, data: bytes) -> bytes:\n        cipher = DES.new(self.key, DES.MODE_CBC)\n        return cipher.iv + cipher.encrypt(pad(data, 8))\n",
  "wave": 1
 },
 {
  "name": "py12_weak_cipher_class",
  "kind": "safe",
  "lang": "python",
  "cwe": 327,
  "code": "import os\nfrom cryptography.hazmat.primitives.ciphers.aead import AESGCM\n\n\nclass TokenSealer:\n    def __init__(self):\n        self.key = bytes.fromhex(os.environ[\"SEAL_KEY\"])\n\n    def seal(self, data: bytes) -> bytes:\n        nonce = os.urandom(12)\n        return nonce + AESGCM(self.key).encrypt(nonce, data, None)\n",
  "wave": 1
 },
 {
  "name": "py12_cors_reflect",
  "kind": "vuln",
  "lang": "python",
  "cwe": 942,
  "code": "from flask import Flask, request\n\napp = Flask(__name__)\n\n\n@app.after_request\ndef add_cors(resp):\n    origin = request.headers.get(\"Origin\")\n    if origin:\n        resp.headers[\"Access-Control-Allow-Origin\"] = origin\n        resp.headers[\"Access-Control-Allow-Credentials\"] = \"true\"\n    return resp\n",
  "wave": 1
 },
 {
  "name": "py12_cors_reflect",
  "kind": "safe",
  "lang": "python",
  "cwe": 942,
  "code": "from flask import Flask, request\n\napp = Flask(__name__)\nTRUSTED_ORIGINS = {\"https://app.example.com\", \"https://admin.example.com\"}\n\n\n@app.after_request\ndef add_cors(resp):\n    origin = request.headers.get(\"Origin\")\n    if origin in TRUSTED_ORIGINS:\n        resp.headers[\"Access-Control-Allow-Origin\"] = origin\n        resp.headers[\"Access-Control-Allow-Credentials\"] = \"true\"\n        resp.headers[\"Vary\"] = \"Origin\"\n    return resp\n",
  "wave": 1
 },
 {
  "name": "py12_cmd_argparse_obj",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import argparse\nimport subprocess\n\n\ndef sync(opts):\n    excludes = \" \".join(f\"--exclude={e}\" for e in opts.exclude)\n    cmd = f\"rsync -az {excludes} {opts.src} {opts.host}:{opts.dest}\"\n    subprocess.check_call(cmd, shell=True)\n\n\ndef main():\n    p = argparse.ArgumentParser()\n    p.add_argument(\"src\")\n    p.add_argument(\"host\")\n    p.add_argument(\"dest\")\n    p.add_argument(\"--exclude\", action=\"append\", default=[])\n    sync(p.parse_args())\n\n\nif __name__ == \"__main__\":\n    main()\n",
  "wave": 1
 },
 {
  "name": "py12_cmd_argparse_obj",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import argparse\nimport subprocess\n\n\ndef sync(opts):\n    cmd = [\"rsync\", \"-az\"] + [f\"--exclude={e}\" for e in opts.exclude]\n    cmd += [opts.src, f\"{opts.host}:{opts.dest}\"]\n    subprocess.check_call(cmd)\n\n\ndef main():\n    p = argparse.ArgumentParser()\n    p.add_argument(\"src\")\n    p.add_argument(\"host\")\n    p.add_argument(\"dest\")\n    p.add_argument(\"--exclude\", action=\"append\", default=[])\n    sync(p.parse_args())\n\n\nif __name__ == \"__main__\":\n    main()\n",
  "wave": 1
 },
 {
  "name": "py12w2_aiohttp_asyncpg_join",
  "kind": "vuln",
  "lang": "python",
  "cwe": 89,
  "code": "from aiohttp import web\nimport asyncpg\n\n\nasync def search(request: web.Request) -> web.Response:\n    pool: asyncpg.Pool = request.app[\"pool\"]\n    terms = request.query.get(\"q\", \"\").split()\n    where = []\n    for term in terms:\n        where += [f\"title ILIKE '%{term}%'\"]\n    sql = \"SELECT id, title FROM books\"\n    if where:\n        sql += \" WHERE \" + \" OR \".join(where)\n    async with pool.acquire() as conn:\n        rows = await conn.fetch(sql)\n    return web.json_response([dict(r) for r in rows])\n\n\napp = web.Application()\napp.router.add_get(\"/books\", search)\n",
  "wave": 2
 },
 {
  "name": "py12w2_aiohttp_asyncpg_join",
  "kind": "safe",
  "lang": "python",
  "cwe": 89,
  "code": "from aiohttp import web\nimport asyncpg\n\n\nasync def search(request: web.Request) -> web.Response:\n    pool: asyncpg.Pool = request.app[\"pool\"]\n    terms = request.query.get(\"q\", \"\").split()\n    where = []\n    args = []\n    for term in terms:\n        args.append(f\"%{term}%\")\n        where += [f\"title ILIKE ${len(args)}\"]\n    sql = \"SELECT id, title FROM books\"\n    if where:\n        sql += \" WHERE \" + \" OR \".join(where)\n    async with pool.acquire() as conn:\n        rows = await conn.fetch(sql, *args)\n    return web.json_response([dict(r) for r in rows])\n\n\napp = web.Application()\napp.router.add_get(\"/books\", search)\n",
  "wave": 2
 },
 {
  "name": "py12w2_tornado_prepare_field",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "import tornado.web\n\n\nclass GreetHandler(tornado.web.RequestHandler):\n    def prepare(self):\n        self.visitor = self.get_argument(\"name\", \"friend\")\n\n    def get(self):\n        self.set_header(\"Content-Type\", \"text/html\")\n        self.write(\"<p>Hello, \" + self.visitor + \"!</p>\")\n\n\ndef make_app():\n    return tornado.web.Application([(r\"/greet\", GreetHandler)])\n",
  "wave": 2
 },
 {
  "name": "py12w2_tornado_prepare_field",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "import tornado.escape\nimport tornado.web\n\n\nclass GreetHandler(tornado.web.RequestHandler):\n    def prepare(self):\n        self.visitor = tornado.escape.xhtml_escape(self.get_argument(\"name\", \"friend\"))\n\n    def get(self):\n        self.set_header(\"Content-Type\", \"text/html\")\n        self.write(\"<p>Hello, \" + self.visitor + \"!</p>\")\n\n\ndef make_app():\n    return tornado.web.Application([(r\"/greet\", GreetHandler)])\n",
  "wave": 2
 },
 {
  "name": "py12w2_starlette_format_map",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from starlette.applications import Starlette\nfrom starlette.responses import HTMLResponse\nfrom starlette.routing import Route\n\nTEMPLATE = \"<h1>Results for {query}</h1><p>page {page}</p>\"\n\n\nasync def results(request):\n    ctx = dict(request.query_params)\n    ctx.setdefault(\"page\", \"1\")\n    return HTMLResponse(TEMPLATE.format_map(ctx))\n\n\napp = Starlette(routes=[Route(\"/results\", results)])\n",
  "wave": 2
 },
 {
  "name": "py12w2_starlette_format_map",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from html import escape\nfrom starlette.applications import Starlette\nfrom starlette.responses import HTMLResponse\nfrom starlette.routing import Route\n\nTEMPLATE = \"<h1>Results for {query}</h1><p>page {page}</p>\"\n\n\nasync def results(request):\n    ctx = {k: escape(v) for k, v in request.query_params.items()}\n    ctx.setdefault(\"page\", \"1\")\n    return HTMLResponse(TEMPLATE.format_map(ctx))\n\n\napp = Starlette(routes=[Route(\"/results\", results)])\n",
  "wave": 2
 },
 {
  "name": "py12w2_drf_property_sql",
  "kind": "vuln",
  "lang": "python",
  "cwe": 89,
  "code": "from django.db import connection\nfrom rest_framework.views import APIView\nfrom rest_framework.response import Response\n\n\nclass InvoiceSearch(APIView):\n    @property\n    def customer(self):\n        return self.request.data.get(\"customer\", \"\")\n\n    def post(self, request):\n        with connection.cursor() as cur:\n            cur.execute(\"SELECT id, total FROM invoices WHERE customer = '%s'\" % self.customer)\n            rows = cur.fetchall()\n        return Response({\"invoices\": rows})\n",
  "wave": 2
 },
 {
  "name": "py12w2_drf_property_sql",
  "kind": "safe",
  "lang": "python",
  "cwe": 89,
  "code": "from django.db import connection\nfrom rest_framework.views import APIView\nfrom rest_framework.response import Response\n\n\nclass InvoiceSearch(APIView):\n    @property\n    def customer(self):\n        return self.request.data.get(\"customer\", \"\")\n\n    def post(self, request):\n        with connection.cursor() as cur:\n            cur.execute(\"SELECT id, total FROM invoices WHERE customer = %s\", [self.customer])\n            rows = cur.fetchall()\n        return Response({\"invoices\": rows})\n",
  "wave": 2
 },
 {
  "name": "py12w2_celery_kwargs_cmd",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import subprocess\nfrom celery import Celery\n\napp = Celery(\"media\", broker=\"redis://localhost:6379/0\")\n\n\n@app.task(bind=True, max_retries=3)\ndef transcode(self, **job):\n    opts = {\"src\": job[\"input\"], \"dst\": job[\"output\"], \"crf\": job.get(\"crf\", 23)}\n    cmd = \"ffmpeg -y -i %(src)s -crf %(crf)s %(dst)s\" % opts\n    subprocess.run(cmd, shell=True, check=True)\n    return opts[\"dst\"]\n",
  "wave": 2
 },
 {
  "name": "py12w2_celery_kwargs_cmd",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import subprocess\nfrom celery import Celery\n\napp = Celery(\"media\", broker=\"redis://localhost:6379/0\")\n\n\n@app.task(bind=True, max_retries=3)\ndef transcode(self, **job):\n    opts = {\"src\": job[\"input\"], \"dst\": job[\"output\"], \"crf\": int(job.get(\"crf\", 23))}\n    cmd = [\"ffmpeg\", \"-y\", \"-i\", opts[\"src\"], \"-crf\", str(opts[\"crf\"]), opts[\"dst\"]]\n    subprocess.run(cmd, check=True)\n    return opts[\"dst\"]\n",
  "wave": 2
 },
 {
  "name": "py12w2_lambda_body_cmd",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import json\nimport os\n\n\ndef handler(event, context):\n    body = json.loads(event.get(\"body\") or \"{}\")\n    archive = body.get(\"archive\", \"backup\")\n    rc = os.system(f\"tar -czf /tmp/{archive}.tgz /opt/data\")\n    return {\"statusCode\": 200 if rc == 0 else 500, \"body\": json.dumps({\"archive\": archive})}\n",
  "wave": 2
 },
 {
  "name": "py12w2_lambda_body_cmd",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import json\nimport re\nimport subprocess\n\n\ndef handler(event, context):\n    body = json.loads(event.get(\"body\") or \"{}\")\n    archive = body.get(\"archive\", \"backup\")\n    if not re.fullmatch(r\"[A-Za-z0-9_-]{1,40}\", archive):\n        return {\"statusCode\": 400, \"body\": \"bad name\"}\n    rc = subprocess.call([\"tar\", \"-czf\", f\"/tmp/{archive}.tgz\", \"/opt/data\"])\n    return {\"statusCode\": 200 if rc == 0 else 500, \"body\": json.dumps({\"archive\": archive})}\n",
  "wave": 2
 },
 {
  "name": "py12w2_websocket_dispatch_eval",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "import asyncio\nimport json\nimport websockets\n\nHANDLERS = {\n    \"echo\": lambda arg: arg,\n    \"calc\": lambda arg: eval(arg),\n}\n\n\nasync def serve(ws):\n    async for raw in ws:\n        msg = json.loads(raw)\n        handler = HANDLERS.get(msg.get(\"op\"), HANDLERS[\"echo\"])\n        await ws.send(json.dumps({\"result\": str(handler(msg.get(\"arg\", \"\")))}))\n\n\nasync def main():\n    async with websockets.serve(serve, \"0.0.0.0\", 8765):\n        await asyncio.Future()\n",
  "wave": 2
 },
 {
  "name": "py12w2_websocket_dispatch_eval",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "import ast\nimport asyncio\nimport json\nimport websockets\n\nHANDLERS = {\n    \"echo\": lambda arg: arg,\n    \"calc\": lambda arg: ast.literal_eval(arg),\n}\n\n\nasync def serve(ws):\n    async for raw in ws:\n        msg = json.loads(raw)\n        handler = HANDLERS.get(msg.get(\"op\"), HANDLERS[\"echo\"])\n        await ws.send(json.dumps({\"result\": str(handler(msg.get(\"arg\", \"\")))}))\n\n\nasync def main():\n    async with websockets.serve(serve, \"0.0.0.0\", 8765):\n        await asyncio.Future()\n",
  "wave": 2
 },
 {
  "name": "py12w2_socketserver_pickle",
  "kind": "vuln",
  "lang": "python",
  "cwe": 502,
  "code": "import pickle\nimport socketserver\n\n\nclass JobHandler(socketserver.StreamRequestHandler):\n    def read_job(self):\n        size = int(self.rfile.readline().strip())\n        return self.rfile.read(size)\n\n    def handle(self):\n        job = pickle.loads(self.read_job())\n        self.wfile.write(f\"queued {job['name']}\\n\".encode())\n\n\nif __name__ == \"__main__\":\n    with socketserver.TCPServer((\"0.0.0.0\", 9009), JobHandler) as srv:\n        srv.serve_forever()\n",
  "wave": 2
 },
 {
  "name": "py12w2_socketserver_pickle",
  "kind": "safe",
  "lang": "python",
  "cwe": 502,
  "code": "import json\nimport socketserver\n\n\nclass JobHandler(socketserver.StreamRequestHandler):\n    def read_job(self):\n        size = int(self.rfile.readline().strip())\n        return self.rfile.read(size)\n\n    def handle(self):\n        job = json.loads(self.read_job())\n        self.wfile.write(f\"queued {job['name']}\\n\".encode())\n\n\nif __name__ == \"__main__\":\n    with socketserver.TCPServer((\"0.0.0.0\", 9009), JobHandler) as srv:\n        srv.serve_forever()\n",
  "wave": 2,
  "notCwe": 502
 },
 {
  "name": "py12w2_paramiko_exec",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import paramiko\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\nclass Remote:\n    def __init__(self, host):\n        self.client = paramiko.SSHClient()\n        self.client.load_system_host_keys()\n        self.client.connect(host, username=\"deploy\")\n\n    def restart(self, service):\n        _, out, _ = self.client.exec_command(\"sudo systemctl restart \" + service)\n        return out.read().decode()\n\n\n@app.post(\"/services/restart\")\ndef restart():\n    r = Remote(\"app01.internal\")\n    return {\"output\": r.restart(request.form[\"service\"])}\n",
  "wave": 2
 },
 {
  "name": "py12w2_paramiko_exec",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import paramiko\nfrom flask import Flask, request, abort\n\napp = Flask(__name__)\nSERVICES = {\"web\", \"worker\", \"scheduler\"}\n\n\nclass Remote:\n    def __init__(self, host):\n        self.client = paramiko.SSHClient()\n        self.client.load_system_host_keys()\n        self.client.connect(host, username=\"deploy\")\n\n    def restart(self, service):\n        _, out, _ = self.client.exec_command(\"sudo systemctl restart \" + service)\n        return out.read().decode()\n\n\n@app.post(\"/services/restart\")\ndef restart():\n    service = request.form[\"service\"]\n    if service not in SERVICES:\n        abort(400)\n    r = Remote(\"app01.internal\")\n    return {\"output\": r.restart(service)}\n",
  "wave": 2,
  "gap": "the route validates the service against an allow-list before calling Remote.restart(service); a sink built from a method parameter is reported whatever the callers pass (library code has no callers to ask)"
 },
 {
  "name": "py12w2_ssti_namedtuple",
  "kind": "vuln",
  "lang": "python",
  "cwe": 1336,
  "code": "from typing import NamedTuple\nfrom flask import Flask, request\nfrom jinja2 import Template\n\napp = Flask(__name__)\n\n\nclass Signature(NamedTuple):\n    owner: str\n    body: str\n\n\n@app.post(\"/signature/preview\")\ndef preview():\n    sig = Signature(owner=request.form[\"owner\"], body=request.form[\"body\"])\n    return Template(sig.body).render(owner=sig.owner)\n",
  "wave": 2
 },
 {
  "name": "py12w2_ssti_namedtuple",
  "kind": "safe",
  "lang": "python",
  "cwe": 1336,
  "code": "from typing import NamedTuple\nfrom flask import Flask, request\nfrom jinja2.sandbox import SandboxedEnvironment\n\napp = Flask(__name__)\nenv = SandboxedEnvironment(autoescape=True)\n\n\nclass Signature(NamedTuple):\n    owner: str\n    body: str\n\n\n@app.post(\"/signature/preview\")\ndef preview():\n    sig = Signature(owner=request.form[\"owner\"], body=\"<p>-- {{ owner }}</p>\")\n    return env.from_string(sig.body).render(owner=sig.owner)\n",
  "wave": 2
 },
 {
  "name": "py12w2_ldap3_or_filter",
  "kind": "vuln",
  "lang": "python",
  "cwe": 90,
  "code": "from flask import Flask, request, jsonify\nfrom ldap3 import Server, Connection, ALL\n\napp = Flask(__name__)\n\n\n@app.get(\"/people\")\ndef people():\n    names = request.args.getlist(\"n\")\n    parts = \"\"\n    i = 0\n    while i < len(names):\n        parts += \"(cn=\" + names[i] + \")\"\n        i += 1\n    conn = Connection(Server(\"ldap.example.org\", get_info=ALL), auto_bind=True)\n    conn.search(\"dc=example,dc=org\", \"(|\" + parts + \")\", attributes=[\"mail\"])\n    return jsonify([str(e.mail) for e in conn.entries])\n",
  "wave": 2
 },
 {
  "name": "py12w2_ldap3_or_filter",
  "kind": "safe",
  "lang": "python",
  "cwe": 90,
  "code": "from flask import Flask, request, jsonify\nfrom ldap3 import Server, Connection, ALL\nfrom ldap3.utils.conv import escape_filter_chars\n\napp = Flask(__name__)\n\n\n@app.get(\"/people\")\ndef people():\n    names = request.args.getlist(\"n\")\n    parts = \"\"\n    i = 0\n    while i < len(names):\n        parts += \"(cn=\" + escape_filter_chars(names[i]) + \")\"\n        i += 1\n    conn = Connection(Server(\"ldap.example.org\", get_info=ALL), auto_bind=True)\n    conn.search(\"dc=example,dc=org\", \"(|\" + parts + \")\", attributes=[\"mail\"])\n    return jsonify([str(e.mail) for e in conn.entries])\n",
  "wave": 2
 },
 {
  "name": "py12w2_django_redirect_except",
  "kind": "vuln",
  "lang": "python",
  "cwe": 601,
  "code": "from django.http import HttpResponseRedirect\nfrom django.shortcuts import get_object_or_404\nfrom .models import Invite\n\n\ndef accept_invite(request, code):\n    target = request.GET.get(\"continue\", \"/dashboard/\")\n    try:\n        invite = get_object_or_404(Invite, code=code)\n        invite.accept(request.user)\n    except Invite.Expired:\n        target = \"/invites/expired/\"\n    return HttpResponseRedirect(target)\n",
  "wave": 2
 },
 {
  "name": "py12w2_django_redirect_except",
  "kind": "safe",
  "lang": "python",
  "cwe": 601,
  "code": "from django.http import HttpResponseRedirect\nfrom django.shortcuts import get_object_or_404\nfrom django.utils.http import url_has_allowed_host_and_scheme\nfrom .models import Invite\n\n\ndef accept_invite(request, code):\n    target = request.GET.get(\"continue\", \"/dashboard/\")\n    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=True):\n        target = \"/dashboard/\"\n    try:\n        invite = get_object_or_404(Invite, code=code)\n        invite.accept(request.user)\n    except Invite.Expired:\n        target = \"/invites/expired/\"\n    return HttpResponseRedirect(target)\n",
  "wave": 2
 },
 {
  "name": "py12w2_boto3_const_creds",
  "kind": "vuln",
  "lang": "python",
  "cwe": 798,
  "code": "import boto3\n\nAWS_KEYS = (\"AKIAIOSFODNN7EXAMPLE\", \"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\")\n\n\ndef s3_client():\n    key_id, secret = AWS_KEYS\n    return boto3.client(\"s3\", aws_access_key_id=key_id, aws_secret_access_key=secret, region_name=\"eu-west-1\")\n\n\ndef upload_report(path):\n    s3_client().upload_file(path, \"reports-bucket\", path.rsplit(\"/\", 1)[-1])\n",
  "wave": 2,
  "gap": "the secret reaches aws_secret_access_key= through a variable unpacked from a module-level tuple; py.hardcoded-credentials reads literals at the assignment or keyword"
 },
 {
  "name": "py12w2_boto3_const_creds",
  "kind": "safe",
  "lang": "python",
  "cwe": 798,
  "code": "import boto3\n\n\ndef s3_client():\n    # credentials come from the instance role / environment (boto3's default chain)\n    return boto3.client(\"s3\", region_name=\"eu-west-1\")\n\n\ndef upload_report(path):\n    s3_client().upload_file(path, \"reports-bucket\", path.rsplit(\"/\", 1)[-1])\n",
  "wave": 2
 },
 {
  "name": "py12w2_httpx_factory_verify",
  "kind": "vuln",
  "lang": "python",
  "cwe": 295,
  "code": "import httpx\n\n\ndef make_client(base_url: str, verify: bool = False) -> httpx.Client:\n    return httpx.Client(base_url=base_url, verify=verify, timeout=10.0)\n\n\ndef fetch_status(base_url: str) -> str:\n    with make_client(base_url) as c:\n        return c.get(\"/health\").json()[\"status\"]\n",
  "wave": 2
 },
 {
  "name": "py12w2_httpx_factory_verify",
  "kind": "safe",
  "lang": "python",
  "cwe": 295,
  "code": "import httpx\n\n\ndef make_client(base_url: str, verify: bool = True) -> httpx.Client:\n    return httpx.Client(base_url=base_url, verify=verify, timeout=10.0)\n\n\ndef fetch_status(base_url: str) -> str:\n    with make_client(base_url) as c:\n        return c.get(\"/health\").json()[\"status\"]\n",
  "wave": 2
 },
 {
  "name": "py12w2_ssl_ctx_class",
  "kind": "vuln",
  "lang": "python",
  "cwe": 295,
  "code": "import ssl\nimport urllib.request\n\n\nclass Downloader:\n    context = ssl.create_default_context()\n    context.check_hostname = False\n    context.verify_mode = ssl.CERT_NONE\n\n    def get(self, url):\n        with urllib.request.urlopen(url, context=self.context, timeout=15) as r:\n            return r.read()\n",
  "wave": 2
 },
 {
  "name": "py12w2_ssl_ctx_class",
  "kind": "safe",
  "lang": "python",
  "cwe": 295,
  "code": "import ssl\nimport urllib.request\n\n\nclass Downloader:\n    context = ssl.create_default_context(cafile=\"/etc/ssl/certs/ca-certificates.crt\")\n\n    def get(self, url):\n        with urllib.request.urlopen(url, context=self.context, timeout=15) as r:\n            return r.read()\n",
  "wave": 2
 },
 {
  "name": "py12w2_django_cookie_flags",
  "kind": "vuln",
  "lang": "python",
  "cwe": 614,
  "code": "from django.http import JsonResponse\n\nCOOKIE_OPTS = {\"max_age\": 86400 * 30, \"secure\": False, \"httponly\": False}\n\n\ndef remember_me(request):\n    token = request.session.session_key\n    resp = JsonResponse({\"ok\": True})\n    resp.set_cookie(\"remember_token\", token, **COOKIE_OPTS)\n    return resp\n",
  "wave": 2
 },
 {
  "name": "py12w2_django_cookie_flags",
  "kind": "safe",
  "lang": "python",
  "cwe": 614,
  "code": "from django.http import JsonResponse\n\nCOOKIE_OPTS = {\"max_age\": 86400 * 30, \"secure\": True, \"httponly\": True, \"samesite\": \"Lax\"}\n\n\ndef remember_me(request):\n    token = request.session.session_key\n    resp = JsonResponse({\"ok\": True})\n    resp.set_cookie(\"remember_token\", token, **COOKIE_OPTS)\n    return resp\n",
  "wave": 2
 },
 {
  "name": "py12w2_sha1_api_key_lambda",
  "kind": "vuln",
  "lang": "python",
  "cwe": 328,
  "code": "import hashlib\nimport secrets\n\ndigest = lambda s: hashlib.sha1(s.encode()).hexdigest()\n\n\ndef create_api_key(db, owner_id):\n    api_key = secrets.token_urlsafe(32)\n    db.execute(\"INSERT INTO api_keys (owner_id, key_hash) VALUES (?, ?)\", (owner_id, digest(api_key)))\n    return api_key\n",
  "wave": 2
 },
 {
  "name": "py12w2_sha1_api_key_lambda",
  "kind": "safe",
  "lang": "python",
  "cwe": 328,
  "code": "import hashlib\nimport secrets\n\ndigest = lambda s: hashlib.sha256(s.encode()).hexdigest()\n\n\ndef create_api_key(db, owner_id):\n    api_key = secrets.token_urlsafe(32)\n    db.execute(\"INSERT INTO api_keys (owner_id, key_hash) VALUES (?, ?)\", (owner_id, digest(api_key)))\n    return api_key\n",
  "wave": 2
 },
 {
  "name": "py12w2_random_default_factory",
  "kind": "vuln",
  "lang": "python",
  "cwe": 338,
  "code": "import random\nimport string\nimport time\nfrom dataclasses import dataclass, field\n\n\ndef _sid():\n    return \"\".join(random.choices(string.ascii_letters + string.digits, k=24))\n\n\n@dataclass\nclass Session:\n    user_id: int\n    session_id: str = field(default_factory=_sid)\n    created: float = field(default_factory=time.time)\n",
  "wave": 2
 },
 {
  "name": "py12w2_random_default_factory",
  "kind": "safe",
  "lang": "python",
  "cwe": 338,
  "code": "import secrets\nimport time\nfrom dataclasses import dataclass, field\n\n\ndef _sid():\n    return secrets.token_urlsafe(18)\n\n\n@dataclass\nclass Session:\n    user_id: int\n    session_id: str = field(default_factory=_sid)\n    created: float = field(default_factory=time.time)\n",
  "wave": 2
 },
 {
  "name": "py12w2_mktemp_ctx",
  "kind": "vuln",
  "lang": "python",
  "cwe": 377,
  "code": "import os\nimport tempfile\nfrom contextlib import contextmanager\n\n\n@contextmanager\ndef scratch_file(suffix=\".csv\"):\n    path = tempfile.mktemp(suffix=suffix)\n    try:\n        with open(path, \"w\") as fh:\n            yield fh\n    finally:\n        if os.path.exists(path):\n            os.remove(path)\n",
  "wave": 2
 },
 {
  "name": "py12w2_mktemp_ctx",
  "kind": "safe",
  "lang": "python",
  "cwe": 377,
  "code": "import tempfile\nfrom contextlib import contextmanager\n\n\n@contextmanager\ndef scratch_file(suffix=\".csv\"):\n    with tempfile.NamedTemporaryFile(\"w\", suffix=suffix, delete=True) as fh:\n        yield fh\n",
  "wave": 2
 },
 {
  "name": "py12w2_regex_generator",
  "kind": "vuln",
  "lang": "python",
  "cwe": 400,
  "code": "import re\nfrom flask import Flask, request, Response\n\napp = Flask(__name__)\nLOG = \"/var/log/app/access.log\"\n\n\ndef grep(pattern, path):\n    rx = re.compile(pattern)\n    with open(path) as fh:\n        for line in fh:\n            if rx.search(line):\n                yield line\n\n\n@app.get(\"/admin/grep\")\ndef admin_grep():\n    return Response(grep(request.args[\"re\"], LOG), mimetype=\"text/plain\")\n",
  "wave": 2
 },
 {
  "name": "py12w2_regex_generator",
  "kind": "safe",
  "lang": "python",
  "cwe": 400,
  "code": "import re\nfrom flask import Flask, request, Response\n\napp = Flask(__name__)\nLOG = \"/var/log/app/access.log\"\n\n\ndef grep(pattern, path):\n    rx = re.compile(re.escape(pattern))\n    with open(path) as fh:\n        for line in fh:\n            if rx.search(line):\n                yield line\n\n\n@app.get(\"/admin/grep\")\ndef admin_grep():\n    return Response(grep(request.args[\"re\"], LOG), mimetype=\"text/plain\")\n",
  "wave": 2
 },
 {
  "name": "py12w2_django_create_service",
  "kind": "vuln",
  "lang": "python",
  "cwe": 915,
  "code": "from django.http import JsonResponse\nfrom .models import Account\n\n\ndef create_account(data):\n    return Account.objects.create(**data)\n\n\ndef signup(request):\n    if request.method != \"POST\":\n        return JsonResponse({\"error\": \"POST only\"}, status=405)\n    acct = create_account(request.POST.dict())\n    return JsonResponse({\"id\": acct.pk})\n",
  "wave": 2
 },
 {
  "name": "py12w2_django_create_service",
  "kind": "safe",
  "lang": "python",
  "cwe": 915,
  "code": "from django.http import JsonResponse\nfrom .models import Account\n\n\ndef create_account(data):\n    return Account.objects.create(**data)\n\n\ndef signup(request):\n    if request.method != \"POST\":\n        return JsonResponse({\"error\": \"POST only\"}, status=405)\n    fields = {k: request.POST.get(k, \"\") for k in (\"username\", \"email\", \"display_name\")}\n    acct = create_account(fields)\n    return JsonResponse({\"id\": acct.pk})\n",
  "wave": 2
 },
 {
  "name": "py12w2_mongo_json_filter",
  "kind": "vuln",
  "lang": "python",
  "cwe": 943,
  "code": "import json\nfrom flask import Flask, request, jsonify\nfrom pymongo import MongoClient\n\napp = Flask(__name__)\nusers = MongoClient()[\"app\"][\"users\"]\n\n\n@app.post(\"/login\")\ndef login():\n    creds = json.loads(request.data or b\"{}\")\n    user = users.find_one({\"username\": creds.get(\"username\"), \"password_hash\": creds.get(\"password\")})\n    return jsonify(ok=user is not None)\n",
  "wave": 2
 },
 {
  "name": "py12w2_mongo_json_filter",
  "kind": "safe",
  "lang": "python",
  "cwe": 943,
  "code": "import json\nfrom flask import Flask, request, jsonify\nfrom pymongo import MongoClient\nfrom werkzeug.security import check_password_hash\n\napp = Flask(__name__)\nusers = MongoClient()[\"app\"][\"users\"]\n\n\n@app.post(\"/login\")\ndef login():\n    creds = json.loads(request.data or b\"{}\")\n    user = users.find_one({\"username\": str(creds.get(\"username\", \"\"))})\n    ok = user is not None and check_password_hash(user[\"password_hash\"], str(creds.get(\"password\", \"\")))\n    return jsonify(ok=ok)\n",
  "wave": 2
 },
 {
  "name": "py12w2_jwt_none_config",
  "kind": "vuln",
  "lang": "python",
  "cwe": 347,
  "code": "import jwt\n\n\nclass AuthConfig:\n    secret = None\n    algorithms = [\"HS256\", \"none\"]\n\n\ndef current_user(token: str) -> str:\n    payload = jwt.decode(token, AuthConfig.secret, algorithms=AuthConfig.algorithms, options={\"verify_signature\": False})\n    return payload[\"sub\"]\n",
  "wave": 2
 },
 {
  "name": "py12w2_jwt_none_config",
  "kind": "safe",
  "lang": "python",
  "cwe": 347,
  "code": "import os\nimport jwt\n\n\nclass AuthConfig:\n    secret = os.environ[\"JWT_SECRET\"]\n    algorithms = [\"HS256\"]\n\n\ndef current_user(token: str) -> str:\n    payload = jwt.decode(token, AuthConfig.secret, algorithms=AuthConfig.algorithms)\n    return payload[\"sub\"]\n",
  "wave": 2
 },
 {
  "name": "py12w2_s3_key_local_path",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "import json\nimport os\nimport boto3\n\ns3 = boto3.client(\"s3\")\nDOWNLOADS = \"/srv/worker/downloads\"\n\n\ndef on_sqs(event, context):\n    for record in event[\"Records\"]:\n        msg = json.loads(record[\"body\"])\n        key = msg[\"key\"]\n        local = os.path.join(DOWNLOADS, key)\n        s3.download_file(msg[\"bucket\"], key, local)\n",
  "wave": 2
 },
 {
  "name": "py12w2_s3_key_local_path",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "import json\nimport os\nimport boto3\n\ns3 = boto3.client(\"s3\")\nDOWNLOADS = \"/srv/worker/downloads\"\n\n\ndef on_sqs(event, context):\n    for record in event[\"Records\"]:\n        msg = json.loads(record[\"body\"])\n        key = msg[\"key\"]\n        local = os.path.join(DOWNLOADS, os.path.basename(key))\n        s3.download_file(msg[\"bucket\"], key, local)\n",
  "wave": 2
 },
 {
  "name": "py12w2_aiohttp_proxy_host",
  "kind": "vuln",
  "lang": "python",
  "cwe": 918,
  "code": "import aiohttp\nfrom aiohttp import web\n\n\nasync def proxy(request):\n    host = request.match_info[\"host\"]\n    path = request.match_info.get(\"path\", \"\")\n    async with aiohttp.ClientSession() as session:\n        async with session.get(f\"http://{host}/{path}\") as resp:\n            body = await resp.read()\n    return web.Response(body=body, status=resp.status)\n\n\napp = web.Application()\napp.router.add_get(\"/proxy/{host}/{path:.*}\", proxy)\n",
  "wave": 2
 },
 {
  "name": "py12w2_aiohttp_proxy_host",
  "kind": "safe",
  "lang": "python",
  "cwe": 918,
  "code": "import aiohttp\nfrom aiohttp import web\n\nUPSTREAMS = {\"catalog\": \"http://catalog.internal:8080\", \"pricing\": \"http://pricing.internal:8080\"}\n\n\nasync def proxy(request):\n    base = UPSTREAMS.get(request.match_info[\"host\"])\n    if base is None:\n        raise web.HTTPNotFound()\n    path = request.match_info.get(\"path\", \"\")\n    async with aiohttp.ClientSession() as session:\n        async with session.get(f\"{base}/{path}\") as resp:\n            body = await resp.read()\n    return web.Response(body=body, status=resp.status)\n\n\napp = web.Application()\napp.router.add_get(\"/proxy/{host}/{path:.*}\", proxy)\n",
  "wave": 2
 },
 {
  "name": "py12w2_aes_mode_var",
  "kind": "vuln",
  "lang": "python",
  "cwe": 327,
  "code": "from Crypto.Cipher import AES\nfrom Crypto.Util.Padding import pad\n\nMODE = AES.MODE_ECB\n\n\ndef encrypt_card(key: bytes, pan: str) -> bytes:\n    cipher = AES.new(key, MODE)\n    return cipher.encrypt(pad(pan.encode(), 16))\n",
  "wave": 2
 },
 {
  "name": "py12w2_aes_mode_var",
  "kind": "safe",
  "lang": "python",
  "cwe": 327,
  "code": "from Crypto.Cipher import AES\n\nMODE = AES.MODE_GCM\n\n\ndef encrypt_card(key: bytes, pan: str) -> bytes:\n    cipher = AES.new(key, MODE)\n    ct, tag = cipher.encrypt_and_digest(pan.encode())\n    return cipher.nonce + tag + ct\n",
  "wave": 2
 },
 {
  "name": "py12w2_header_walrus",
  "kind": "vuln",
  "lang": "python",
  "cwe": 113,
  "code": "from flask import Flask, request, make_response\n\napp = Flask(__name__)\n\n\n@app.get(\"/whoami\")\ndef whoami():\n    resp = make_response(\"ok\")\n    if (client := request.headers.get(\"X-Client-Id\")) is not None:\n        resp.headers[\"X-Echo-Client\"] = client\n    return resp\n",
  "wave": 2
 },
 {
  "name": "py12w2_header_walrus",
  "kind": "safe",
  "lang": "python",
  "cwe": 113,
  "code": "from flask import Flask, request, make_response\n\napp = Flask(__name__)\n\n\n@app.get(\"/whoami\")\ndef whoami():\n    resp = make_response(\"ok\")\n    if (client := request.headers.get(\"X-Client-Id\")) is not None:\n        resp.headers[\"X-Echo-Client\"] = client.replace(\"\\r\", \"\").replace(\"\\n\", \"\")\n    return resp\n",
  "wave": 2
 },
 {
  "name": "py12w2_legacy_flag_pickle",
  "kind": "vuln",
  "lang": "python",
  "cwe": 502,
  "code": "import pickle\nfrom flask import Flask, request\n\napp = Flask(__name__)\nLEGACY_FORMAT = 1\n\n\n@app.post(\"/state/import\")\ndef import_state():\n    blob = request.get_data()\n    if LEGACY_FORMAT == 1:\n        state = pickle.loads(blob)\n    else:\n        state = {}\n    return {\"keys\": sorted(state)}\n",
  "wave": 2
 },
 {
  "name": "py12w2_legacy_flag_pickle",
  "kind": "safe",
  "lang": "python",
  "cwe": 502,
  "code": "import json\nimport pickle\nfrom flask import Flask, request\n\napp = Flask(__name__)\nLEGACY_FORMAT = 0\n\n\n@app.post(\"/state/import\")\ndef import_state():\n    blob = request.get_data()\n    if LEGACY_FORMAT == 1:\n        state = pickle.loads(blob)\n    else:\n        state = json.loads(blob)\n    return {\"keys\": sorted(state)}\n",
  "wave": 2
 },
 {
  "name": "py12w2_partial_open",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "import functools\nimport os\nfrom flask import Flask, request\n\napp = Flask(__name__)\nTHEMES = \"/srv/app/themes\"\n\n\ndef read_asset(base, name):\n    with open(os.path.join(base, name), \"rb\") as fh:\n        return fh.read()\n\n\n@app.get(\"/theme/asset\")\ndef theme_asset():\n    loader = functools.partial(read_asset, THEMES)\n    return loader(request.args[\"file\"]), 200, {\"Content-Type\": \"application/octet-stream\"}\n",
  "wave": 2
 },
 {
  "name": "py12w2_partial_open",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "import functools\nimport os\nfrom flask import Flask, request, abort\n\napp = Flask(__name__)\nTHEMES = \"/srv/app/themes\"\n\n\ndef read_asset(base, name):\n    path = os.path.realpath(os.path.join(base, name))\n    if os.path.commonpath([path, os.path.realpath(base)]) != os.path.realpath(base):\n        abort(404)\n    with open(path, \"rb\") as fh:\n        return fh.read()\n\n\n@app.get(\"/theme/asset\")\ndef theme_asset():\n    loader = functools.partial(read_asset, THEMES)\n    return loader(request.args[\"file\"]), 200, {\"Content-Type\": \"application/octet-stream\"}\n",
  "wave": 2
 },
 {
  "name": "py12w2_xpath_zip",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from flask import Flask, request, jsonify\nfrom lxml import etree\n\napp = Flask(__name__)\nCATALOG = etree.parse(\"/srv/app/catalog.xml\")\n\n\n@app.get(\"/products\")\ndef products():\n    ids = request.args.get(\"ids\", \"\").split(\",\")\n    out = {}\n    for pos, pid in enumerate(ids):\n        found = CATALOG.xpath(\"/catalog/product[@id='%s']/name/text()\" % pid)\n        out[pos] = found[0] if found else None\n    return jsonify(out)\n",
  "wave": 2
 },
 {
  "name": "py12w2_xpath_zip",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "from flask import Flask, request, jsonify\nfrom lxml import etree\n\napp = Flask(__name__)\nCATALOG = etree.parse(\"/srv/app/catalog.xml\")\n\n\n@app.get(\"/products\")\ndef products():\n    ids = request.args.get(\"ids\", \"\").split(\",\")\n    out = {}\n    for pos, pid in enumerate(ids):\n        found = CATALOG.xpath(\"/catalog/product[@id=$pid]/name/text()\", pid=pid)\n        out[pos] = found[0] if found else None\n    return jsonify(out)\n",
  "wave": 2
 },
 {
  "name": "py12w3_pandas_click_sql",
  "kind": "vuln",
  "lang": "python",
  "cwe": 89,
  "code": "import click\nimport pandas as pd\nimport sqlalchemy as sa\n\n\nclass Report:\n    table = \"orders\"\n\n    def __init__(self, engine):\n        self.engine = engine\n\n    def query(self, where):\n        return pd.read_sql(f\"SELECT * FROM {self.table} WHERE {where}\", self.engine)\n\n\n@click.command()\n@click.option(\"--status\", default=\"open\")\ndef main(status):\n    rep = Report(sa.create_engine(\"postgresql:///sales\"))\n    df = rep.query(f\"status = '{status}'\")\n    click.echo(df.describe())\n\n\nif __name__ == \"__main__\":\n    main()\n",
  "wave": 3
 },
 {
  "name": "py12w3_pandas_click_sql",
  "kind": "safe",
  "lang": "python",
  "cwe": 89,
  "code": "import click\nimport pandas as pd\nimport sqlalchemy as sa\n\n\nclass Report:\n    table = \"orders\"\n\n    def __init__(self, engine):\n        self.engine = engine\n\n    def query(self, status):\n        stmt = sa.text(f\"SELECT * FROM {self.table} WHERE status = :status\")\n        return pd.read_sql(stmt, self.engine, params={\"status\": status})\n\n\n@click.command()\n@click.option(\"--status\", default=\"open\")\ndef main(status):\n    rep = Report(sa.create_engine(\"postgresql:///sales\"))\n    df = rep.query(status)\n    click.echo(df.describe())\n\n\nif __name__ == \"__main__\":\n    main()\n",
  "wave": 3
 },
 {
  "name": "py12w3_xss_exception_message",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request\n\napp = Flask(__name__)\n\n\ndef parse_quantity(raw):\n    if not raw.isdigit():\n        raise ValueError(f\"invalid quantity: {raw}\")\n    return int(raw)\n\n\n@app.post(\"/cart/add\")\ndef add():\n    try:\n        qty = parse_quantity(request.form.get(\"qty\", \"\"))\n    except ValueError as exc:\n        return f\"<div class='error'>{exc}</div>\", 400\n    return {\"added\": qty}\n",
  "wave": 3
 },
 {
  "name": "py12w3_xss_exception_message",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from html import escape\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\ndef parse_quantity(raw):\n    if not raw.isdigit():\n        raise ValueError(f\"invalid quantity: {raw}\")\n    return int(raw)\n\n\n@app.post(\"/cart/add\")\ndef add():\n    try:\n        qty = parse_quantity(request.form.get(\"qty\", \"\"))\n    except ValueError as exc:\n        return f\"<div class='error'>{escape(str(exc))}</div>\", 400\n    return {\"added\": qty}\n",
  "wave": 3
 },
 {
  "name": "py12w3_fastapi_classmethod_cmd",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import subprocess\nfrom fastapi import FastAPI\n\napp = FastAPI()\n\n\nclass GitRef:\n    def __init__(self, ref):\n        self.ref = ref\n\n    @classmethod\n    def from_path(cls, raw):\n        return cls(raw.strip(\"/\"))\n\n    def log(self):\n        return subprocess.check_output(f\"git log --oneline -n 20 {self.ref}\", shell=True, cwd=\"/srv/repo\").decode()\n\n\n@app.get(\"/log/{ref:path}\")\ndef log(ref: str):\n    return {\"log\": GitRef.from_path(ref).log()}\n",
  "wave": 3
 },
 {
  "name": "py12w3_fastapi_classmethod_cmd",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import subprocess\nfrom fastapi import FastAPI\n\napp = FastAPI()\n\n\nclass GitRef:\n    def __init__(self, ref):\n        self.ref = ref\n\n    @classmethod\n    def from_path(cls, raw):\n        return cls(raw.strip(\"/\"))\n\n    def log(self):\n        return subprocess.check_output([\"git\", \"log\", \"--oneline\", \"-n\", \"20\", \"--end-of-options\", self.ref], cwd=\"/srv/repo\").decode()\n\n\n@app.get(\"/log/{ref:path}\")\ndef log(ref: str):\n    return {\"log\": GitRef.from_path(ref).log()}\n",
  "wave": 3
 },
 {
  "name": "py12w3_zip_slip_upload",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "import os\nimport zipfile\nfrom flask import Flask, request\n\napp = Flask(__name__)\nDEST = \"/srv/app/themes\"\n\n\n@app.post(\"/themes\")\ndef install_theme():\n    archive = zipfile.ZipFile(request.files[\"theme\"].stream)\n    for info in archive.infolist():\n        target = os.path.join(DEST, info.filename)\n        os.makedirs(os.path.dirname(target), exist_ok=True)\n        with archive.open(info) as src, open(target, \"wb\") as dst:\n            dst.write(src.read())\n    return {\"installed\": len(archive.infolist())}\n",
  "wave": 3
 },
 {
  "name": "py12w3_zip_slip_upload",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "import os\nimport zipfile\nfrom flask import Flask, request, abort\n\napp = Flask(__name__)\nDEST = \"/srv/app/themes\"\n\n\n@app.post(\"/themes\")\ndef install_theme():\n    archive = zipfile.ZipFile(request.files[\"theme\"].stream)\n    root = os.path.realpath(DEST)\n    for info in archive.infolist():\n        target = os.path.realpath(os.path.join(root, info.filename))\n        if os.path.commonpath([root, target]) != root:\n            abort(400)\n        os.makedirs(os.path.dirname(target), exist_ok=True)\n        with archive.open(info) as src, open(target, \"wb\") as dst:\n            dst.write(src.read())\n    return {\"installed\": len(archive.infolist())}\n",
  "wave": 3
 },
 {
  "name": "py12w3_import_module_input",
  "kind": "vuln",
  "lang": "python",
  "cwe": 94,
  "code": "import importlib\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\n@app.post(\"/export\")\ndef export():\n    fmt = request.json.get(\"format\", \"csv\")\n    module = importlib.import_module(\"exporters.\" + fmt)\n    return module.render(request.json.get(\"rows\", []))\n",
  "wave": 3
 },
 {
  "name": "py12w3_import_module_input",
  "kind": "safe",
  "lang": "python",
  "cwe": 94,
  "code": "import importlib\nfrom flask import Flask, request, abort\n\napp = Flask(__name__)\nFORMATS = {\"csv\": \"exporters.csv\", \"xlsx\": \"exporters.xlsx\", \"json\": \"exporters.json\"}\n\n\n@app.post(\"/export\")\ndef export():\n    fmt = request.json.get(\"format\", \"csv\")\n    if fmt not in FORMATS:\n        abort(400)\n    module = importlib.import_module(FORMATS[fmt])\n    return module.render(request.json.get(\"rows\", []))\n",
  "wave": 3,
  "gap": "the view returns what an imported exporter module renders from request rows: py.xss-response reports a response of an unknown call given input (both twins), and CWE-79 shares its class with CWE-94 in the probe runner"
 },
 {
  "name": "py12w3_shelve_path",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "import shelve\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\n@app.get(\"/prefs\")\ndef prefs():\n    user = request.args.get(\"user\", \"anonymous\")\n    with shelve.open(f\"/var/lib/app/prefs/{user}\") as db:\n        return dict(db)\n",
  "wave": 3
 },
 {
  "name": "py12w3_shelve_path",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "import re\nimport shelve\nfrom flask import Flask, request, abort\n\napp = Flask(__name__)\n\n\n@app.get(\"/prefs\")\ndef prefs():\n    user = request.args.get(\"user\", \"anonymous\")\n    if not re.fullmatch(r\"[a-z0-9_]{1,32}\", user):\n        abort(400)\n    with shelve.open(f\"/var/lib/app/prefs/{user}\") as db:\n        return dict(db)\n",
  "wave": 3
 },
 {
  "name": "py12w3_jsonpickle_redis",
  "kind": "vuln",
  "lang": "python",
  "cwe": 502,
  "code": "import jsonpickle\nimport redis\n\nr = redis.Redis(host=\"cache.internal\")\n\n\ndef listen():\n    sub = r.pubsub()\n    sub.subscribe(\"events\")\n    for message in sub.listen():\n        if message[\"type\"] != \"message\":\n            continue\n        event = jsonpickle.decode(message[\"data\"])\n        print(\"event\", event)\n\n\nif __name__ == \"__main__\":\n    listen()\n",
  "wave": 3
 },
 {
  "name": "py12w3_jsonpickle_redis",
  "kind": "safe",
  "lang": "python",
  "cwe": 502,
  "code": "import json\nimport redis\n\nr = redis.Redis(host=\"cache.internal\")\n\n\ndef listen():\n    sub = r.pubsub()\n    sub.subscribe(\"events\")\n    for message in sub.listen():\n        if message[\"type\"] != \"message\":\n            continue\n        event = json.loads(message[\"data\"])\n        print(\"event\", event)\n\n\nif __name__ == \"__main__\":\n    listen()\n",
  "wave": 3
 },
 {
  "name": "py12w3_smtp_header",
  "kind": "vuln",
  "lang": "python",
  "cwe": 93,
  "code": "import smtplib\nimport textwrap\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\n@app.post(\"/contact\")\ndef contact():\n    subject = request.form.get(\"subject\", \"Contact form\")\n    body = request.form.get(\"message\", \"\")\n    msg = textwrap.dedent(f\"\"\"\\\n        From: noreply@example.com\n        To: support@example.com\n        Subject: {subject}\n\n        {body}\n    \"\"\")\n    with smtplib.SMTP(\"localhost\") as s:\n        s.sendmail(\"noreply@example.com\", [\"support@example.com\"], msg)\n    return {\"sent\": True}\n",
  "wave": 3
 },
 {
  "name": "py12w3_smtp_header",
  "kind": "safe",
  "lang": "python",
  "cwe": 93,
  "code": "import smtplib\nfrom email.message import EmailMessage\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\n@app.post(\"/contact\")\ndef contact():\n    msg = EmailMessage()\n    msg[\"From\"] = \"noreply@example.com\"\n    msg[\"To\"] = \"support@example.com\"\n    msg[\"Subject\"] = request.form.get(\"subject\", \"Contact form\").replace(\"\\r\", \" \").replace(\"\\n\", \" \")\n    msg.set_content(request.form.get(\"message\", \"\"))\n    with smtplib.SMTP(\"localhost\") as s:\n        s.send_message(msg)\n    return {\"sent\": True}\n",
  "wave": 3
 },
 {
  "name": "py12w3_sax_external_entities",
  "kind": "vuln",
  "lang": "python",
  "cwe": 611,
  "code": "import xml.sax\nfrom xml.sax.handler import feature_external_ges\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\nclass CountHandler(xml.sax.ContentHandler):\n    def __init__(self):\n        super().__init__()\n        self.items = 0\n\n    def startElement(self, name, attrs):\n        if name == \"item\":\n            self.items += 1\n\n\n@app.post(\"/feeds/count\")\ndef count():\n    parser = xml.sax.make_parser()\n    parser.setFeature(feature_external_ges, True)\n    handler = CountHandler()\n    parser.setContentHandler(handler)\n    parser.parse(request.files[\"feed\"].stream)\n    return {\"items\": handler.items}\n",
  "wave": 3
 },
 {
  "name": "py12w3_sax_external_entities",
  "kind": "safe",
  "lang": "python",
  "cwe": 611,
  "code": "import defusedxml.sax\nfrom flask import Flask, request\nimport xml.sax\n\napp = Flask(__name__)\n\n\nclass CountHandler(xml.sax.ContentHandler):\n    def __init__(self):\n        super().__init__()\n        self.items = 0\n\n    def startElement(self, name, attrs):\n        if name == \"item\":\n            self.items += 1\n\n\n@app.post(\"/feeds/count\")\ndef count():\n    handler = CountHandler()\n    defusedxml.sax.parse(request.files[\"feed\"].stream, handler)\n    return {\"items\": handler.items}\n",
  "wave": 3
 },
 {
  "name": "py12w3_bottle_template",
  "kind": "vuln",
  "lang": "python",
  "cwe": 1336,
  "code": "from bottle import Bottle, request, template\n\napp = Bottle()\n\n\n@app.get(\"/hello\")\ndef hello():\n    name = request.query.get(\"name\", \"world\")\n    page = \"<h1>Hello \" + name + \"</h1><p>{{ motd }}</p>\"\n    return template(page, motd=\"Have a nice day\")\n",
  "wave": 3
 },
 {
  "name": "py12w3_bottle_template",
  "kind": "safe",
  "lang": "python",
  "cwe": 1336,
  "code": "from bottle import Bottle, request, template\n\napp = Bottle()\n\n\n@app.get(\"/hello\")\ndef hello():\n    name = request.query.get(\"name\", \"world\")\n    page = \"<h1>Hello {{ name }}</h1><p>{{ motd }}</p>\"\n    return template(page, name=name, motd=\"Have a nice day\")\n",
  "wave": 3
 },
 {
  "name": "py12w3_falcon_map_join_sql",
  "kind": "vuln",
  "lang": "python",
  "cwe": 89,
  "code": "import falcon\nimport sqlite3\n\n\nclass TagsResource:\n    def on_post(self, req, resp):\n        tags = req.media.get(\"tags\", [])\n        quoted = \", \".join(map(lambda t: \"'\" + t + \"'\", tags))\n        con = sqlite3.connect(\"notes.db\")\n        rows = con.execute(f\"SELECT id FROM notes WHERE tag IN ({quoted})\").fetchall()\n        resp.media = {\"ids\": [r[0] for r in rows]}\n\n\napp = falcon.App()\napp.add_route(\"/notes/by-tags\", TagsResource())\n",
  "wave": 3
 },
 {
  "name": "py12w3_falcon_map_join_sql",
  "kind": "safe",
  "lang": "python",
  "cwe": 89,
  "code": "import falcon\nimport sqlite3\n\n\nclass TagsResource:\n    def on_post(self, req, resp):\n        tags = req.media.get(\"tags\", [])\n        marks = \", \".join(\"?\" for _ in tags)\n        con = sqlite3.connect(\"notes.db\")\n        rows = con.execute(f\"SELECT id FROM notes WHERE tag IN ({marks})\", tags).fetchall()\n        resp.media = {\"ids\": [r[0] for r in rows]}\n\n\napp = falcon.App()\napp.add_route(\"/notes/by-tags\", TagsResource())\n",
  "wave": 3
 },
 {
  "name": "py12w3_pyramid_redirect_cookie",
  "kind": "vuln",
  "lang": "python",
  "cwe": 601,
  "code": "from urllib.parse import unquote_plus\nfrom pyramid.httpexceptions import HTTPFound\nfrom pyramid.view import view_config\n\n\n@view_config(route_name=\"after_login\")\ndef after_login(request):\n    back = unquote_plus(request.cookies.get(\"return_to\", \"%2F\"))\n    return HTTPFound(location=back)\n",
  "wave": 3
 },
 {
  "name": "py12w3_pyramid_redirect_cookie",
  "kind": "safe",
  "lang": "python",
  "cwe": 601,
  "code": "from urllib.parse import unquote_plus, urlparse\nfrom pyramid.httpexceptions import HTTPFound\nfrom pyramid.view import view_config\n\n\n@view_config(route_name=\"after_login\")\ndef after_login(request):\n    back = unquote_plus(request.cookies.get(\"return_to\", \"%2F\"))\n    parts = urlparse(back)\n    if parts.scheme or parts.netloc or not back.startswith(\"/\") or back.startswith(\"//\"):\n        back = \"/\"\n    return HTTPFound(location=back)\n",
  "wave": 3
 },
 {
  "name": "py12w3_grpc_popen",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import os\nimport grpc\nfrom concurrent import futures\n\nimport diag_pb2\nimport diag_pb2_grpc\n\n\nclass Diagnostics(diag_pb2_grpc.DiagnosticsServicer):\n    def Traceroute(self, request, context):\n        host = request.host\n        output = os.popen(\"traceroute -m 10 \" + host).read()\n        return diag_pb2.TraceReply(output=output)\n\n\ndef serve():\n    server = grpc.server(futures.ThreadPoolExecutor(max_workers=4))\n    diag_pb2_grpc.add_DiagnosticsServicer_to_server(Diagnostics(), server)\n    server.add_insecure_port(\"127.0.0.1:50051\")\n    server.start()\n    server.wait_for_termination()\n",
  "wave": 3
 },
 {
  "name": "py12w3_grpc_popen",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import ipaddress\nimport subprocess\nimport grpc\nfrom concurrent import futures\n\nimport diag_pb2\nimport diag_pb2_grpc\n\n\nclass Diagnostics(diag_pb2_grpc.DiagnosticsServicer):\n    def Traceroute(self, request, context):\n        host = str(ipaddress.ip_address(request.host))\n        output = subprocess.run([\"traceroute\", \"-m\", \"10\", host], capture_output=True, text=True).stdout\n        return diag_pb2.TraceReply(output=output)\n\n\ndef serve():\n    server = grpc.server(futures.ThreadPoolExecutor(max_workers=4))\n    diag_pb2_grpc.add_DiagnosticsServicer_to_server(Diagnostics(), server)\n    server.add_insecure_port(\"127.0.0.1:50051\")\n    server.start()\n    server.wait_for_termination()\n",
  "wave": 3
 },
 {
  "name": "py12w3_kafka_delete_path",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "import json\nimport os\nfrom kafka import KafkaConsumer\n\nCACHE_DIR = \"/var/cache/thumbs\"\n\n\ndef run():\n    consumer = KafkaConsumer(\"purge\", bootstrap_servers=\"kafka:9092\", group_id=\"purger\")\n    for record in consumer:\n        payload = json.loads(record.value.decode(\"utf-8\"))\n        for name in payload.get(\"files\", []):\n            os.remove(os.path.join(CACHE_DIR, name))\n\n\nif __name__ == \"__main__\":\n    run()\n",
  "wave": 3
 },
 {
  "name": "py12w3_kafka_delete_path",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "import json\nimport os\nfrom kafka import KafkaConsumer\n\nCACHE_DIR = \"/var/cache/thumbs\"\n\n\ndef run():\n    consumer = KafkaConsumer(\"purge\", bootstrap_servers=\"kafka:9092\", group_id=\"purger\")\n    for record in consumer:\n        payload = json.loads(record.value.decode(\"utf-8\"))\n        for name in payload.get(\"files\", []):\n            os.remove(os.path.join(CACHE_DIR, os.path.basename(name)))\n\n\nif __name__ == \"__main__\":\n    run()\n",
  "wave": 3
 },
 {
  "name": "py12w3_random_otp_default_arg",
  "kind": "vuln",
  "lang": "python",
  "cwe": 338,
  "code": "import random\n\n\ndef send_otp(phone, sms, store={}):\n    otp = str(random.randint(100000, 999999))\n    store[phone] = otp\n    sms.send(phone, f\"Your verification code is {otp}\")\n    return True\n\n\ndef check_otp(phone, code, store={}):\n    return store.get(phone) == code\n",
  "wave": 3
 },
 {
  "name": "py12w3_random_otp_default_arg",
  "kind": "safe",
  "lang": "python",
  "cwe": 338,
  "code": "import secrets\n\n\ndef send_otp(phone, sms, store={}):\n    otp = f\"{secrets.randbelow(1_000_000):06d}\"\n    store[phone] = otp\n    sms.send(phone, f\"Your verification code is {otp}\")\n    return True\n\n\ndef check_otp(phone, code, store={}):\n    return secrets.compare_digest(store.get(phone, \"\"), code)\n",
  "wave": 3
 },
 {
  "name": "py12w3_flask_config_class_secret",
  "kind": "vuln",
  "lang": "python",
  "cwe": 798,
  "code": "from flask import Flask\n\n\nclass ProductionConfig:\n    DEBUG = False\n    SECRET_KEY = \"9f3b2c1d8e7a6b5c4d3e2f1a0b9c8d7e\"\n    SQLALCHEMY_DATABASE_URI = \"postgresql://app@db/app\"\n\n\napp = Flask(__name__)\napp.config.from_object(ProductionConfig)\n",
  "wave": 3
 },
 {
  "name": "py12w3_flask_config_class_secret",
  "kind": "safe",
  "lang": "python",
  "cwe": 798,
  "code": "import os\nfrom flask import Flask\n\n\nclass ProductionConfig:\n    DEBUG = False\n    SECRET_KEY = os.environ[\"SECRET_KEY\"]\n    SQLALCHEMY_DATABASE_URI = os.environ[\"DATABASE_URL\"]\n\n\napp = Flask(__name__)\napp.config.from_object(ProductionConfig)\n",
  "wave": 3
 },
 {
  "name": "py12w3_chmod_world_writable",
  "kind": "vuln",
  "lang": "python",
  "cwe": 732,
  "code": "import os\nfrom flask import Flask, request\nfrom werkzeug.utils import secure_filename\n\napp = Flask(__name__)\nSHARE = \"/srv/share\"\nSHARED_MODE = 0o777\n\n\n@app.post(\"/share\")\ndef share():\n    f = request.files[\"doc\"]\n    path = os.path.join(SHARE, secure_filename(f.filename))\n    if not path.endswith((\".pdf\", \".txt\")):\n        return {\"error\": \"type\"}, 400\n    f.save(path)\n    os.chmod(path, SHARED_MODE)\n    return {\"path\": path}\n",
  "wave": 3
 },
 {
  "name": "py12w3_chmod_world_writable",
  "kind": "safe",
  "lang": "python",
  "cwe": 732,
  "code": "import os\nfrom flask import Flask, request\nfrom werkzeug.utils import secure_filename\n\napp = Flask(__name__)\nSHARE = \"/srv/share\"\nSHARED_MODE = 0o640\n\n\n@app.post(\"/share\")\ndef share():\n    f = request.files[\"doc\"]\n    path = os.path.join(SHARE, secure_filename(f.filename))\n    if not path.endswith((\".pdf\", \".txt\")):\n        return {\"error\": \"type\"}, 400\n    f.save(path)\n    os.chmod(path, SHARED_MODE)\n    return {\"path\": path}\n",
  "wave": 3
 },
 {
  "name": "py12w3_quart_async_fetch",
  "kind": "vuln",
  "lang": "python",
  "cwe": 918,
  "code": "import httpx\nfrom quart import Quart, request\n\napp = Quart(__name__)\n\n\nasync def fetch_preview(url):\n    async with httpx.AsyncClient(timeout=5) as client:\n        r = await client.get(url)\n        return r.text[:500]\n\n\n@app.post(\"/preview\")\nasync def preview():\n    data = await request.get_json()\n    return {\"snippet\": await fetch_preview(data[\"link\"])}\n",
  "wave": 3
 },
 {
  "name": "py12w3_quart_async_fetch",
  "kind": "safe",
  "lang": "python",
  "cwe": 918,
  "code": "import ipaddress\nimport socket\nfrom urllib.parse import urlparse\nimport httpx\nfrom quart import Quart, request, abort\n\napp = Quart(__name__)\n\n\ndef public_host(url):\n    host = urlparse(url).hostname or \"\"\n    addr = ipaddress.ip_address(socket.gethostbyname(host))\n    return not (addr.is_private or addr.is_loopback or addr.is_link_local)\n\n\nasync def fetch_preview(url):\n    async with httpx.AsyncClient(timeout=5) as client:\n        r = await client.get(url)\n        return r.text[:500]\n\n\n@app.post(\"/preview\")\nasync def preview():\n    data = await request.get_json()\n    if urlparse(data[\"link\"]).scheme not in (\"http\", \"https\") or not public_host(data[\"link\"]):\n        abort(400)\n    return {\"snippet\": await fetch_preview(data[\"link\"])}\n",
  "wave": 3
 },
 {
  "name": "py12w3_reduce_order_by",
  "kind": "vuln",
  "lang": "python",
  "cwe": 89,
  "code": "from functools import reduce\nfrom flask import Flask, request, jsonify\nfrom .db import get_conn\n\napp = Flask(__name__)\n\n\n@app.get(\"/users\")\ndef users():\n    keys = sorted(request.args.getlist(\"sort\"))\n    order = reduce(lambda acc, k: acc + \", \" + k if acc else k, keys, \"\")\n    sql = \"SELECT id, name FROM users\" + (\" ORDER BY \" + order if order else \"\")\n    with get_conn() as conn:\n        return jsonify(conn.execute(sql).fetchall())\n",
  "wave": 3
 },
 {
  "name": "py12w3_reduce_order_by",
  "kind": "safe",
  "lang": "python",
  "cwe": 89,
  "code": "from functools import reduce\nfrom flask import Flask, request, jsonify\nfrom .db import get_conn\n\napp = Flask(__name__)\nSORTABLE = {\"name\", \"created_at\", \"id\"}\n\n\n@app.get(\"/users\")\ndef users():\n    keys = sorted(k for k in request.args.getlist(\"sort\") if k in SORTABLE)\n    order = reduce(lambda acc, k: acc + \", \" + k if acc else k, keys, \"\")\n    sql = \"SELECT id, name FROM users\" + (\" ORDER BY \" + order if order else \"\")\n    with get_conn() as conn:\n        return jsonify(conn.execute(sql).fetchall())\n",
  "wave": 3
 },
 {
  "name": "py12w3_global_statement_cmd",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import subprocess\nfrom flask import Flask, request\n\napp = Flask(__name__)\nBACKUP_CMD = \"pg_dump app\"\n\n\n@app.post(\"/admin/backup-command\")\ndef set_backup_command():\n    global BACKUP_CMD\n    BACKUP_CMD = request.form[\"cmd\"]\n    return {\"ok\": True}\n\n\n@app.post(\"/admin/backup\")\ndef backup():\n    subprocess.run(BACKUP_CMD, shell=True, check=True)\n    return {\"ok\": True}\n",
  "wave": 3
 },
 {
  "name": "py12w3_global_statement_cmd",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import subprocess\nfrom flask import Flask, request, abort\n\napp = Flask(__name__)\nBACKUP_CMD = [\"pg_dump\", \"app\"]\nTARGETS = {\"app\", \"analytics\"}\n\n\n@app.post(\"/admin/backup-command\")\ndef set_backup_command():\n    global BACKUP_CMD\n    db = request.form[\"db\"]\n    if db not in TARGETS:\n        abort(400)\n    BACKUP_CMD = [\"pg_dump\", db]\n    return {\"ok\": True}\n\n\n@app.post(\"/admin/backup\")\ndef backup():\n    subprocess.run(BACKUP_CMD, check=True)\n    return {\"ok\": True}\n",
  "wave": 3
 },
 {
  "name": "py12w3_nonlocal_stdin_path",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "import sys\n\n\ndef make_collector():\n    target = \"report.txt\"\n\n    def feed(line):\n        nonlocal target\n        if line.startswith(\"output=\"):\n            target = line.split(\"=\", 1)[1].strip()\n\n    def write(text):\n        with open(\"/srv/reports/\" + target, \"w\") as fh:\n            fh.write(text)\n\n    return feed, write\n\n\nfeed, write = make_collector()\nfor line in sys.stdin:\n    feed(line)\nwrite(\"done\\n\")\n",
  "wave": 3
 },
 {
  "name": "py12w3_nonlocal_stdin_path",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "import os\nimport sys\n\n\ndef make_collector():\n    target = \"report.txt\"\n\n    def feed(line):\n        nonlocal target\n        if line.startswith(\"output=\"):\n            target = os.path.basename(line.split(\"=\", 1)[1].strip())\n\n    def write(text):\n        with open(\"/srv/reports/\" + target, \"w\") as fh:\n            fh.write(text)\n\n    return feed, write\n\n\nfeed, write = make_collector()\nfor line in sys.stdin:\n    feed(line)\nwrite(\"done\\n\")\n",
  "wave": 3
 },
 {
  "name": "py12w3_manifest_second_order",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import json\nimport subprocess\n\n\ndef process_batch(manifest_path):\n    with open(manifest_path) as fh:\n        manifest = json.load(fh)\n    for item in manifest[\"items\"]:\n        subprocess.run(\"gzip -9 \" + item[\"file\"], shell=True, check=True)\n",
  "wave": 3
 },
 {
  "name": "py12w3_manifest_second_order",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import json\nimport subprocess\n\n\ndef process_batch(manifest_path):\n    with open(manifest_path) as fh:\n        manifest = json.load(fh)\n    for item in manifest[\"items\"]:\n        subprocess.run([\"gzip\", \"-9\", \"--\", item[\"file\"]], check=True)\n",
  "wave": 3
 },
 {
  "name": "py12w3_cherrypy_xpath",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "import codecs\nimport cherrypy\nfrom lxml import etree\n\nDOC = etree.parse(\"/srv/app/accounts.xml\")\n\n\nclass Accounts:\n    @cherrypy.expose\n    def lookup(self):\n        who = codecs.decode(cherrypy.request.cookie[\"acct\"].value, \"rot13\")\n        res = DOC.xpath(\"//account[owner/text()='\" + who + \"']/balance/text()\")\n        return str(res)\n",
  "wave": 3
 },
 {
  "name": "py12w3_cherrypy_xpath",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "import codecs\nimport cherrypy\nfrom lxml import etree\n\nDOC = etree.parse(\"/srv/app/accounts.xml\")\n\n\nclass Accounts:\n    @cherrypy.expose\n    def lookup(self):\n        who = codecs.decode(cherrypy.request.cookie[\"acct\"].value, \"rot13\")\n        res = DOC.xpath(\"//account[owner/text()=$who]/balance/text()\", who=who)\n        return str(res)\n",
  "wave": 3
 },
 {
  "name": "py12w3_debug_env_default",
  "kind": "vuln",
  "lang": "python",
  "cwe": 489,
  "code": "import os\nfrom flask import Flask\n\napp = Flask(__name__)\n\nif __name__ == \"__main__\":\n    app.run(host=\"127.0.0.1\", port=int(os.environ.get(\"PORT\", \"5000\")), debug=True)\n",
  "wave": 3
 },
 {
  "name": "py12w3_debug_env_default",
  "kind": "safe",
  "lang": "python",
  "cwe": 489,
  "code": "import os\nfrom flask import Flask\n\napp = Flask(__name__)\n\nif __name__ == \"__main__\":\n    app.run(host=\"127.0.0.1\", port=int(os.environ.get(\"PORT\", \"5000\")), debug=os.environ.get(\"FLASK_DEBUG\") == \"1\")\n",
  "wave": 3
 },
 {
  "name": "py12w3_sanic_location_dict",
  "kind": "vuln",
  "lang": "python",
  "cwe": 601,
  "code": "from sanic import Sanic, response\n\napp = Sanic(\"shortener\")\n\n\n@app.get(\"/go\")\nasync def go(request):\n    headers = {\"Cache-Control\": \"no-store\"}\n    headers[\"Location\"] = request.args.get(\"to\", \"/\")\n    return response.empty(status=302, headers=headers)\n",
  "wave": 3
 },
 {
  "name": "py12w3_sanic_location_dict",
  "kind": "safe",
  "lang": "python",
  "cwe": 601,
  "code": "from sanic import Sanic, response\n\napp = Sanic(\"shortener\")\nLINKS = {\"docs\": \"https://docs.example.com\", \"blog\": \"https://blog.example.com\"}\n\n\n@app.get(\"/go\")\nasync def go(request):\n    headers = {\"Cache-Control\": \"no-store\"}\n    headers[\"Location\"] = LINKS.get(request.args.get(\"to\", \"\"), \"/\")\n    return response.empty(status=302, headers=headers)\n",
  "wave": 3
 },
 {
  "name": "py12w3_tar_members_generator",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "import tarfile\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\ndef regular_files(tar):\n    for m in tar.getmembers():\n        if m.isfile():\n            yield m\n\n\n@app.post(\"/datasets\")\ndef upload_dataset():\n    with tarfile.open(fileobj=request.files[\"data\"].stream, mode=\"r:gz\") as tar:\n        tar.extractall(\"/srv/datasets\", members=regular_files(tar))\n    return {\"ok\": True}\n",
  "wave": 3
 },
 {
  "name": "py12w3_tar_members_generator",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "import tarfile\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\n@app.post(\"/datasets\")\ndef upload_dataset():\n    with tarfile.open(fileobj=request.files[\"data\"].stream, mode=\"r:gz\") as tar:\n        tar.extractall(\"/srv/datasets\", filter=\"data\")\n    return {\"ok\": True}\n",
  "wave": 3
 }
];

describeProbes('round 12 flow-shape probes (Python)', PROBES);
