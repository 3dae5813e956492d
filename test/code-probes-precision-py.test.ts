// Round 16 (Python): "precision first" in web handlers (Flask, Django incl. class-based views and DRF,
// FastAPI, Starlette, Quart, Sanic, bottle, aiohttp, Tornado, Falcon, Pyramid, CherryPy, http.server,
// socketserver, CGI / WSGI, small scripts). Correct code that uses a dangerous-looking API safely, each
// beside a vulnerable twin (the protection removed or broken): code injection (CWE-94/95: literal_eval,
// json.loads, dispatch dicts, allow-listed getattr / import_module, int / float / Decimal / UUID
// conversion, repr / !r / %r / {!r} / json.dumps literals, data passed in the exec namespace, regex
// fullmatch, constants chosen on every path, restricted evaluators), XSS (CWE-79: escape functions of every
// library, autoescaped templates, JSON and text responses, int conversion, URL quoting, fixed messages),
// a few XPath shapes (CWE-643) and ordinary handlers. Each wave was written and saved before the analyzer
// ran on it; see "Round 16 (Python)" in code-rules/README.md for the first-contact numbers.
import { describeProbes, type Probe } from './code-probes.js';

const PROBES: Probe[] = [
 {
  "name": "ci-flask-calc-regex",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "import re\nfrom flask import Flask, request, jsonify, abort\n\napp = Flask(__name__)\nARITH = re.compile(r\"[0-9+\\-*/(). ]+\")\n\n@app.route(\"/calc\")\ndef calc():\n    expr = request.args.get(\"expr\", \"\")\n    # only digits and operators are allowed\n    if not ARITH.match(expr):\n        abort(400)\n    return jsonify(result=eval(expr, {\"__builtins__\": {}}, {}))\n",
  "wave": 1
 },
 {
  "name": "ci-flask-calc-regex",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "import re\nfrom flask import Flask, request, jsonify, abort\n\napp = Flask(__name__)\nARITH = re.compile(r\"[0-9+\\-*/(). ]{1,64}\")\n\n@app.route(\"/calc\")\ndef calc():\n    expr = request.args.get(\"expr\", \"\")\n    # only digits and operators are allowed, and no power operator (9**9**9 would hang)\n    if not ARITH.fullmatch(expr) or \"**\" in expr:\n        abort(400)\n    try:\n        value = eval(expr, {\"__builtins__\": {}}, {})\n    except (SyntaxError, ZeroDivisionError):\n        abort(400)\n    return jsonify(result=value)\n",
  "wave": 1
 },
 {
  "name": "ci-flask-literal-eval",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "from flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\n@app.post(\"/api/settings\")\ndef update_settings():\n    raw = request.form[\"settings\"]\n    settings = eval(raw)\n    if not isinstance(settings, dict):\n        return jsonify(error=\"expected a dict\"), 400\n    return jsonify(saved=sorted(settings))\n",
  "wave": 1
 },
 {
  "name": "ci-flask-literal-eval",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "import ast\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\n@app.post(\"/api/settings\")\ndef update_settings():\n    raw = request.form[\"settings\"]\n    try:\n        settings = ast.literal_eval(raw)\n    except (ValueError, SyntaxError):\n        return jsonify(error=\"not a Python literal\"), 400\n    if not isinstance(settings, dict):\n        return jsonify(error=\"expected a dict\"), 400\n    return jsonify(saved=sorted(settings))\n",
  "wave": 1
 },
 {
  "name": "ci-django-json-filter",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "from django.http import JsonResponse\nfrom django.views.decorators.http import require_POST\nfrom .models import Product\n\n@require_POST\ndef search_products(request):\n    filters = eval(request.POST.get(\"filters\", \"{}\"))\n    qs = Product.objects.filter(**{k: v for k, v in filters.items() if k in (\"category\", \"brand\")})\n    return JsonResponse({\"ids\": list(qs.values_list(\"id\", flat=True))})\n",
  "wave": 1
 },
 {
  "name": "ci-django-json-filter",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "import json\nfrom django.http import JsonResponse\nfrom django.views.decorators.http import require_POST\nfrom .models import Product\n\n@require_POST\ndef search_products(request):\n    try:\n        filters = json.loads(request.POST.get(\"filters\", \"{}\"))\n    except json.JSONDecodeError:\n        return JsonResponse({\"error\": \"bad filters\"}, status=400)\n    qs = Product.objects.filter(**{k: v for k, v in filters.items() if k in (\"category\", \"brand\")})\n    return JsonResponse({\"ids\": list(qs.values_list(\"id\", flat=True))})\n",
  "wave": 1
 },
 {
  "name": "ci-flask-operator-dispatch",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "import operator\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\n@app.get(\"/math/<op>\")\ndef do_math(op):\n    a = float(request.args[\"a\"])\n    b = float(request.args[\"b\"])\n    result = eval(f\"operator.{op}(a, b)\")\n    return jsonify(result=result)\n",
  "wave": 1
 },
 {
  "name": "ci-flask-operator-dispatch",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "import operator\nfrom flask import Flask, request, jsonify, abort\n\napp = Flask(__name__)\nOPS = {\"add\": operator.add, \"sub\": operator.sub, \"mul\": operator.mul, \"truediv\": operator.truediv}\n\n@app.get(\"/math/<op>\")\ndef do_math(op):\n    fn = OPS.get(op)\n    if fn is None:\n        abort(404)\n    a = float(request.args[\"a\"])\n    b = float(request.args[\"b\"])\n    return jsonify(result=fn(a, b))\n",
  "wave": 1
 },
 {
  "name": "ci-flask-getattr-allowlist",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "from flask import Flask, request, jsonify, abort\nfrom . import reports\n\napp = Flask(__name__)\nALLOWED = {\"daily_sales\", \"weekly_sales\", \"inventory\"}\n\n@app.get(\"/reports\")\ndef run_report():\n    action = request.args.get(\"action\", \"\")\n    name = request.args.get(\"name\", \"\")\n    if action not in ALLOWED:\n        abort(404)\n    data = eval(f\"reports.{name}()\")\n    return jsonify(data)\n",
  "wave": 1
 },
 {
  "name": "ci-flask-getattr-allowlist",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "from flask import Flask, request, jsonify, abort\nfrom . import reports\n\napp = Flask(__name__)\nALLOWED = {\"daily_sales\", \"weekly_sales\", \"inventory\"}\n\n@app.get(\"/reports\")\ndef run_report():\n    name = request.args.get(\"name\", \"\")\n    if name not in ALLOWED:\n        abort(404)\n    data = getattr(reports, name)()\n    return jsonify(data)\n",
  "wave": 1
 },
 {
  "name": "ci-flask-int-eval",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "from flask import Flask, request, jsonify\n\napp = Flask(__name__)\nSCALE = 1024\n\n@app.get(\"/convert/kib\")\ndef to_bytes():\n    n = request.args.get(\"n\", \"0\")\n    return jsonify(bytes=eval(n + \" * \" + str(SCALE)))\n",
  "wave": 1
 },
 {
  "name": "ci-flask-int-eval",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "from flask import Flask, request, jsonify, abort\n\napp = Flask(__name__)\nSCALE = 1024\n\n@app.get(\"/convert/kib\")\ndef to_bytes():\n    try:\n        n = int(request.args.get(\"n\", \"0\"))\n    except ValueError:\n        abort(400)\n    return jsonify(bytes=eval(f\"{n} * {SCALE}\"))\n",
  "wave": 1
 },
 {
  "name": "ci-bottle-float-op",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "from bottle import Bottle, request, abort\n\napp = Bottle()\n\n@app.get(\"/compute\")\ndef compute():\n    a = float(request.query.a)\n    b = float(request.query.b)\n    op = request.query.op\n    return {\"result\": eval(f\"{a} {op} {b}\")}\n",
  "wave": 1
 },
 {
  "name": "ci-bottle-float-op",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "from bottle import Bottle, request, abort\n\napp = Bottle()\nOPERATORS = {\"+\", \"-\", \"*\", \"/\"}\n\n@app.get(\"/compute\")\ndef compute():\n    try:\n        a = float(request.query.a)\n        b = float(request.query.b)\n    except ValueError:\n        abort(400, \"numbers expected\")\n    op = request.query.op\n    if op not in OPERATORS:\n        abort(400, \"unknown operator\")\n    return {\"result\": eval(f\"{a} {op} {b}\")}\n",
  "wave": 1
 },
 {
  "name": "ci-flask-decimal-eval",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "from decimal import Decimal\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\nTAX = Decimal(\"0.2\")\n\n@app.post(\"/quote\")\ndef quote():\n    amount = request.json[\"amount\"]\n    total = eval(f\"Decimal('{amount}') * (1 + TAX)\")\n    return jsonify(total=str(total))\n",
  "wave": 1
 },
 {
  "name": "ci-flask-decimal-eval",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "from decimal import Decimal, InvalidOperation\nfrom flask import Flask, request, jsonify, abort\n\napp = Flask(__name__)\nTAX = Decimal(\"0.2\")\n\n@app.post(\"/quote\")\ndef quote():\n    try:\n        amount = Decimal(str(request.json[\"amount\"]))\n    except (InvalidOperation, KeyError):\n        abort(400)\n    if not amount.is_finite():\n        abort(400)\n    total = eval(f\"Decimal('{amount}') * (1 + TAX)\")\n    return jsonify(total=str(total))\n",
  "wave": 1
 },
 {
  "name": "ci-flask-exec-repr",
  "kind": "vuln",
  "lang": "python",
  "cwe": 94,
  "code": "from flask import Flask, request, jsonify\nfrom .transforms import slugify\n\napp = Flask(__name__)\n\n@app.post(\"/preview-slug\")\ndef preview_slug():\n    title = request.form.get(\"title\", \"\")\n    ns = {\"slugify\": slugify}\n    exec(f\"result = slugify('{title}')\", ns)\n    return jsonify(slug=ns[\"result\"])\n",
  "wave": 1
 },
 {
  "name": "ci-flask-exec-repr",
  "kind": "safe",
  "lang": "python",
  "cwe": 94,
  "code": "from flask import Flask, request, jsonify\nfrom .transforms import slugify\n\napp = Flask(__name__)\n\n@app.post(\"/preview-slug\")\ndef preview_slug():\n    title = request.form.get(\"title\", \"\")\n    ns = {\"slugify\": slugify}\n    # repr() makes the title a Python string literal, never code\n    exec(f\"result = slugify({title!r})\", ns)\n    return jsonify(slug=ns[\"result\"])\n",
  "wave": 1
 },
 {
  "name": "ci-django-exec-json-dumps",
  "kind": "vuln",
  "lang": "python",
  "cwe": 94,
  "code": "from django.http import JsonResponse\nfrom .rules import RULE_RUNTIME\n\ndef test_rule(request):\n    label = request.GET.get(\"label\", \"\")\n    code = \"outcome = check(label='\" + label + \"')\"\n    env = dict(RULE_RUNTIME)\n    exec(code, env)\n    return JsonResponse({\"outcome\": env[\"outcome\"]})\n",
  "wave": 1
 },
 {
  "name": "ci-django-exec-json-dumps",
  "kind": "safe",
  "lang": "python",
  "cwe": 94,
  "code": "import json\nfrom django.http import JsonResponse\nfrom .rules import RULE_RUNTIME\n\ndef test_rule(request):\n    label = request.GET.get(\"label\", \"\")\n    # json.dumps of a str is a valid Python string literal with every quote escaped\n    code = \"outcome = check(label=\" + json.dumps(label) + \")\"\n    env = dict(RULE_RUNTIME)\n    exec(code, env)\n    return JsonResponse({\"outcome\": env[\"outcome\"]})\n",
  "wave": 1
 },
 {
  "name": "ci-flask-exec-globals-data",
  "kind": "vuln",
  "lang": "python",
  "cwe": 94,
  "code": "from flask import Flask, request, jsonify\n\napp = Flask(__name__)\nSCRIPT = \"\"\"\nwords = PAYLOAD.split()\nresult = {\"words\": len(words), \"chars\": len(PAYLOAD)}\n\"\"\"\n\n@app.post(\"/stats\")\ndef stats():\n    text = request.get_data(as_text=True)\n    env = {\"__builtins__\": {\"len\": len}}\n    exec(SCRIPT.replace(\"PAYLOAD\", '\"' + text + '\"'), env)\n    return jsonify(env[\"result\"])\n",
  "wave": 1
 },
 {
  "name": "ci-flask-exec-globals-data",
  "kind": "safe",
  "lang": "python",
  "cwe": 94,
  "code": "from flask import Flask, request, jsonify\n\napp = Flask(__name__)\nSCRIPT = \"\"\"\nwords = payload.split()\nresult = {\"words\": len(words), \"chars\": len(payload)}\n\"\"\"\n\n@app.post(\"/stats\")\ndef stats():\n    text = request.get_data(as_text=True)\n    # the text is a variable of the script's namespace, not part of its source\n    env = {\"__builtins__\": {\"len\": len}, \"payload\": text}\n    exec(SCRIPT, env)\n    return jsonify(env[\"result\"])\n",
  "wave": 1
 },
 {
  "name": "ci-fastapi-eval-locals",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "from fastapi import FastAPI\nfrom pydantic import BaseModel\n\napp = FastAPI()\n\nclass PriceIn(BaseModel):\n    price: float\n    qty: int\n    formula: str = \"price * qty\"\n\n@app.post(\"/total\")\ndef total(body: PriceIn):\n    value = eval(body.formula, {\"__builtins__\": {}}, {\"price\": body.price, \"qty\": body.qty})\n    return {\"total\": value}\n",
  "wave": 1
 },
 {
  "name": "ci-fastapi-eval-locals",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "from fastapi import FastAPI\nfrom pydantic import BaseModel\n\napp = FastAPI()\nFORMULA = \"price * qty\"\n\nclass PriceIn(BaseModel):\n    price: float\n    qty: int\n\n@app.post(\"/total\")\ndef total(body: PriceIn):\n    # the expression is a constant; the request only supplies the variables\n    value = eval(FORMULA, {\"__builtins__\": {}}, {\"price\": body.price, \"qty\": body.qty})\n    return {\"total\": value}\n",
  "wave": 1
 },
 {
  "name": "ci-flask-branch-constant",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "from flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\n@app.post(\"/aggregate\")\ndef aggregate():\n    values = [float(v) for v in request.json[\"values\"]]\n    mode = request.json.get(\"mode\", \"sum\")\n    expr = mode + \"(values)\"\n    return jsonify(result=eval(expr, {\"__builtins__\": {}, \"sum\": sum, \"max\": max, \"min\": min}, {\"values\": values}))\n",
  "wave": 1
 },
 {
  "name": "ci-flask-branch-constant",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "from flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\n@app.post(\"/aggregate\")\ndef aggregate():\n    values = [float(v) for v in request.json[\"values\"]]\n    mode = request.json.get(\"mode\", \"sum\")\n    if mode == \"max\":\n        expr = \"max(values)\"\n    elif mode == \"min\":\n        expr = \"min(values)\"\n    else:\n        expr = \"sum(values)\"\n    return jsonify(result=eval(expr, {\"__builtins__\": {}, \"sum\": sum, \"max\": max, \"min\": min}, {\"values\": values}))\n",
  "wave": 1
 },
 {
  "name": "ci-flask-replaced-default",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "import logging\nimport math\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\nlog = logging.getLogger(__name__)\nFUNCS = {\"sin\", \"cos\", \"tan\", \"sqrt\"}\n\n@app.get(\"/fn\")\ndef apply_fn():\n    fn = request.args.get(\"fn\", \"sin\")\n    x = float(request.args.get(\"x\", \"0\"))\n    if fn not in FUNCS:\n        log.warning(\"unknown function requested\")\n    return jsonify(y=eval(f\"math.{fn}(x)\"))\n",
  "wave": 1
 },
 {
  "name": "ci-flask-replaced-default",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "import math\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\nFUNCS = {\"sin\", \"cos\", \"tan\", \"sqrt\"}\n\n@app.get(\"/fn\")\ndef apply_fn():\n    fn = request.args.get(\"fn\", \"sin\")\n    x = float(request.args.get(\"x\", \"0\"))\n    if fn not in FUNCS:\n        fn = \"sin\"\n    return jsonify(y=eval(f\"math.{fn}(x)\"))\n",
  "wave": 1
 },
 {
  "name": "ci-flask-simpleeval",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "from flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\n@app.post(\"/pricing/rule\")\ndef evaluate_rule():\n    rule = request.json[\"rule\"]\n    ctx = {\"base\": 10.0, \"discount\": 0.1}\n    return jsonify(price=eval(rule, {}, ctx))\n",
  "wave": 1
 },
 {
  "name": "ci-flask-simpleeval",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "from flask import Flask, request, jsonify\nfrom simpleeval import simple_eval, InvalidExpression\n\napp = Flask(__name__)\n\n@app.post(\"/pricing/rule\")\ndef evaluate_rule():\n    rule = request.json[\"rule\"]\n    try:\n        price = simple_eval(rule, names={\"base\": 10.0, \"discount\": 0.1})\n    except InvalidExpression:\n        return jsonify(error=\"invalid rule\"), 400\n    return jsonify(price=price)\n",
  "wave": 1
 },
 {
  "name": "ci-django-operator-parse",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "from django.http import JsonResponse\n\ndef quick_calc(request):\n    a = request.GET.get(\"a\", \"0\")\n    op = request.GET.get(\"op\", \"+\")\n    b = request.GET.get(\"b\", \"0\")\n    return JsonResponse({\"result\": eval(a + op + b)})\n",
  "wave": 1
 },
 {
  "name": "ci-django-operator-parse",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "import operator\nfrom django.http import JsonResponse\n\nOPS = {\"+\": operator.add, \"-\": operator.sub, \"*\": operator.mul, \"/\": operator.truediv}\n\ndef quick_calc(request):\n    try:\n        a = float(request.GET.get(\"a\", \"0\"))\n        b = float(request.GET.get(\"b\", \"0\"))\n        fn = OPS[request.GET.get(\"op\", \"+\")]\n        return JsonResponse({\"result\": fn(a, b)})\n    except (ValueError, KeyError, ZeroDivisionError):\n        return JsonResponse({\"error\": \"bad input\"}, status=400)\n",
  "wave": 1
 },
 {
  "name": "ci-flask-importlib-allowlist",
  "kind": "vuln",
  "lang": "python",
  "cwe": 94,
  "code": "import importlib\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\n@app.get(\"/export\")\ndef export():\n    fmt = request.args.get(\"format\", \"csv\")\n    mod = importlib.import_module(\"exporters.\" + fmt)\n    return jsonify(url=mod.export_all())\n",
  "wave": 1
 },
 {
  "name": "ci-flask-importlib-allowlist",
  "kind": "safe",
  "lang": "python",
  "cwe": 94,
  "code": "import importlib\nfrom flask import Flask, request, jsonify, abort\n\napp = Flask(__name__)\nEXPORTERS = {\"csv\": \"exporters.csv_export\", \"xlsx\": \"exporters.xlsx_export\", \"json\": \"exporters.json_export\"}\n\n@app.get(\"/export\")\ndef export():\n    module_name = EXPORTERS.get(request.args.get(\"format\", \"csv\"))\n    if module_name is None:\n        abort(400)\n    mod = importlib.import_module(module_name)\n    return jsonify(url=mod.export_all())\n",
  "wave": 1
 },
 {
  "name": "ci-flask-compile-template",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "from flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\n@app.post(\"/alerts/check\")\ndef check_alert():\n    cond = request.json[\"condition\"]\n    code = compile(cond, \"<alert>\", \"eval\")\n    fired = eval(code, {\"__builtins__\": {}}, {\"value\": float(request.json[\"value\"])})\n    return jsonify(fired=bool(fired))\n",
  "wave": 1
 },
 {
  "name": "ci-flask-compile-template",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "from flask import Flask, request, jsonify, abort\n\napp = Flask(__name__)\nCONDITIONS = {\n    \"above\": compile(\"value > threshold\", \"<alert>\", \"eval\"),\n    \"below\": compile(\"value < threshold\", \"<alert>\", \"eval\"),\n}\n\n@app.post(\"/alerts/check\")\ndef check_alert():\n    code = CONDITIONS.get(request.json.get(\"kind\"))\n    if code is None:\n        abort(400)\n    env = {\"value\": float(request.json[\"value\"]), \"threshold\": float(request.json[\"threshold\"])}\n    fired = eval(code, {\"__builtins__\": {}}, env)\n    return jsonify(fired=bool(fired))\n",
  "wave": 1
 },
 {
  "name": "ci-httpserver-literal",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "import json\nfrom http.server import BaseHTTPRequestHandler, HTTPServer\nfrom urllib.parse import urlparse, parse_qs\n\nclass Handler(BaseHTTPRequestHandler):\n    def do_GET(self):\n        qs = parse_qs(urlparse(self.path).query)\n        value = eval(qs.get(\"v\", [\"None\"])[0])\n        body = json.dumps({\"type\": type(value).__name__}).encode()\n        self.send_response(200)\n        self.send_header(\"Content-Type\", \"application/json\")\n        self.end_headers()\n        self.wfile.write(body)\n\nif __name__ == \"__main__\":\n    HTTPServer((\"127.0.0.1\", 8000), Handler).serve_forever()\n",
  "wave": 1
 },
 {
  "name": "ci-httpserver-literal",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "import ast\nimport json\nfrom http.server import BaseHTTPRequestHandler, HTTPServer\nfrom urllib.parse import urlparse, parse_qs\n\nclass Handler(BaseHTTPRequestHandler):\n    def do_GET(self):\n        qs = parse_qs(urlparse(self.path).query)\n        try:\n            value = ast.literal_eval(qs.get(\"v\", [\"None\"])[0])\n        except (ValueError, SyntaxError):\n            self.send_error(400)\n            return\n        body = json.dumps({\"type\": type(value).__name__}).encode()\n        self.send_response(200)\n        self.send_header(\"Content-Type\", \"application/json\")\n        self.end_headers()\n        self.wfile.write(body)\n\nif __name__ == \"__main__\":\n    HTTPServer((\"127.0.0.1\", 8000), Handler).serve_forever()\n",
  "wave": 1
 },
 {
  "name": "ci-cgi-literal",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "#!/usr/bin/env python3\nimport cgi\nimport json\n\nform = cgi.FieldStorage()\ncoords = eval(form.getvalue(\"point\", \"(0, 0)\"))\nprint(\"Content-Type: application/json\")\nprint()\nprint(json.dumps({\"x\": coords[0], \"y\": coords[1]}))\n",
  "wave": 1
 },
 {
  "name": "ci-cgi-literal",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "#!/usr/bin/env python3\nimport ast\nimport cgi\nimport json\n\nform = cgi.FieldStorage()\ntry:\n    coords = ast.literal_eval(form.getvalue(\"point\", \"(0, 0)\"))\n    x, y = float(coords[0]), float(coords[1])\nexcept (ValueError, SyntaxError, TypeError, IndexError):\n    x, y = 0.0, 0.0\nprint(\"Content-Type: application/json\")\nprint()\nprint(json.dumps({\"x\": x, \"y\": y}))\n",
  "wave": 1
 },
 {
  "name": "ci-wsgi-dispatch",
  "kind": "vuln",
  "lang": "python",
  "cwe": 94,
  "code": "import json\nfrom urllib.parse import parse_qs\n\ndef app(environ, start_response):\n    qs = parse_qs(environ.get(\"QUERY_STRING\", \"\"))\n    action = qs.get(\"action\", [\"status\"])[0]\n    scope = {}\n    exec(f\"from handlers import {action} as fn\", scope)\n    body = json.dumps(scope[\"fn\"]()).encode()\n    start_response(\"200 OK\", [(\"Content-Type\", \"application/json\")])\n    return [body]\n",
  "wave": 1
 },
 {
  "name": "ci-wsgi-dispatch",
  "kind": "safe",
  "lang": "python",
  "cwe": 94,
  "code": "import json\nfrom urllib.parse import parse_qs\nfrom handlers import status, uptime, version\n\nACTIONS = {\"status\": status, \"uptime\": uptime, \"version\": version}\n\ndef app(environ, start_response):\n    qs = parse_qs(environ.get(\"QUERY_STRING\", \"\"))\n    fn = ACTIONS.get(qs.get(\"action\", [\"status\"])[0])\n    if fn is None:\n        start_response(\"404 Not Found\", [(\"Content-Type\", \"application/json\")])\n        return [b'{\"error\": \"unknown action\"}']\n    body = json.dumps(fn()).encode()\n    start_response(\"200 OK\", [(\"Content-Type\", \"application/json\")])\n    return [body]\n",
  "wave": 1
 },
 {
  "name": "ci-script-input-literal",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "def main():\n    raw = input(\"Enter a list of numbers, e.g. [1, 2, 3]: \")\n    numbers = eval(raw)\n    print(\"sum =\", sum(numbers))\n\nif __name__ == \"__main__\":\n    main()\n",
  "wave": 1
 },
 {
  "name": "ci-script-input-literal",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "import ast\n\ndef main():\n    raw = input(\"Enter a list of numbers, e.g. [1, 2, 3]: \")\n    try:\n        numbers = ast.literal_eval(raw)\n    except (ValueError, SyntaxError):\n        print(\"not a list literal\")\n        return\n    print(\"sum =\", sum(float(n) for n in numbers))\n\nif __name__ == \"__main__\":\n    main()\n",
  "wave": 1
 },
 {
  "name": "ci-flask-sort-key",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "from flask import Flask, request, jsonify\nfrom .store import load_rows\n\napp = Flask(__name__)\n\n@app.get(\"/rows\")\ndef rows():\n    field = request.args.get(\"sort\", \"name\")\n    data = load_rows()\n    data.sort(key=eval(f\"lambda r: r['{field}']\"))\n    return jsonify(data)\n",
  "wave": 1
 },
 {
  "name": "ci-flask-sort-key",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "from operator import itemgetter\nfrom flask import Flask, request, jsonify, abort\nfrom .store import load_rows\n\napp = Flask(__name__)\nSORTABLE = (\"name\", \"created\", \"size\")\n\n@app.get(\"/rows\")\ndef rows():\n    field = request.args.get(\"sort\", \"name\")\n    if field not in SORTABLE:\n        abort(400)\n    data = load_rows()\n    data.sort(key=itemgetter(field))\n    return jsonify(data)\n",
  "wave": 1
 },
 {
  "name": "ci-flask-wrong-var-regex",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "import re\nfrom flask import Flask, request, jsonify, abort\n\napp = Flask(__name__)\nNUM = re.compile(r\"-?\\d+(\\.\\d+)?\")\n\n@app.get(\"/scale\")\ndef scale():\n    value = request.args.get(\"value\", \"0\")\n    factor = request.args.get(\"factor\", \"1\")\n    if not NUM.fullmatch(value):\n        abort(400)\n    return jsonify(result=eval(f\"{value} * {factor}\"))\n",
  "wave": 1
 },
 {
  "name": "ci-flask-wrong-var-regex",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "import re\nfrom flask import Flask, request, jsonify, abort\n\napp = Flask(__name__)\nNUM = re.compile(r\"-?\\d+(\\.\\d+)?\")\n\n@app.get(\"/scale\")\ndef scale():\n    value = request.args.get(\"value\", \"0\")\n    factor = request.args.get(\"factor\", \"1\")\n    if not NUM.fullmatch(value) or not NUM.fullmatch(factor):\n        abort(400)\n    return jsonify(result=eval(f\"{value} * {factor}\"))\n",
  "wave": 1
 },
 {
  "name": "ci-flask-isdigit",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "from flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\n@app.get(\"/double\")\ndef double():\n    n = request.args.get(\"n\", \"0\")\n    if n:\n        return jsonify(result=eval(n + \" * 2\"))\n    return jsonify(result=0)\n",
  "wave": 1
 },
 {
  "name": "ci-flask-isdigit",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "from flask import Flask, request, jsonify, abort\n\napp = Flask(__name__)\n\n@app.get(\"/double\")\ndef double():\n    n = request.args.get(\"n\", \"0\")\n    if not n.isdigit() or len(n) > 12:\n        abort(400)\n    return jsonify(result=eval(n + \" * 2\"))\n",
  "wave": 1
 },
 {
  "name": "ci-flask-cookie-expr",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "from flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\n@app.get(\"/discount\")\ndef discount():\n    expr = request.cookies.get(\"discount_rule\", \"price * 0.9\")\n    price = float(request.args.get(\"price\", \"0\"))\n    return jsonify(price=eval(expr, {\"__builtins__\": {}}, {\"price\": price}))\n",
  "wave": 1
 },
 {
  "name": "ci-flask-cookie-expr",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "from flask import Flask, request, jsonify\n\napp = Flask(__name__)\nDISCOUNT_RULE = \"price * 0.9 if price > 100 else price\"\n\n@app.get(\"/discount\")\ndef discount():\n    price = float(request.args.get(\"price\", \"0\"))\n    return jsonify(price=eval(DISCOUNT_RULE, {\"__builtins__\": {}}, {\"price\": price}))\n",
  "wave": 1
 },
 {
  "name": "ci-tornado-literal",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "import tornado.web\n\nclass ParseHandler(tornado.web.RequestHandler):\n    def post(self):\n        data = eval(self.get_body_argument(\"data\"))\n        self.write({\"keys\": sorted(data) if isinstance(data, dict) else []})\n\ndef make_app():\n    return tornado.web.Application([(r\"/parse\", ParseHandler)])\n",
  "wave": 1
 },
 {
  "name": "ci-tornado-literal",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "import json\nimport tornado.web\n\nclass ParseHandler(tornado.web.RequestHandler):\n    def post(self):\n        try:\n            data = json.loads(self.get_body_argument(\"data\"))\n        except ValueError:\n            raise tornado.web.HTTPError(400)\n        self.write({\"keys\": sorted(data) if isinstance(data, dict) else []})\n\ndef make_app():\n    return tornado.web.Application([(r\"/parse\", ParseHandler)])\n",
  "wave": 1
 },
 {
  "name": "ci-pyramid-getattr",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "from pyramid.view import view_config\nfrom . import formatters\n\n@view_config(route_name=\"format\", renderer=\"json\")\ndef format_view(request):\n    style = request.params.get(\"style\", \"plain\")\n    text = request.params.get(\"text\", \"\")\n    fn = eval(\"formatters.\" + style)\n    return {\"out\": fn(text)}\n",
  "wave": 1
 },
 {
  "name": "ci-pyramid-getattr",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "from pyramid.view import view_config\nfrom pyramid.httpexceptions import HTTPBadRequest\nfrom . import formatters\n\nSTYLES = frozenset({\"plain\", \"title\", \"upper\", \"snake\"})\n\n@view_config(route_name=\"format\", renderer=\"json\")\ndef format_view(request):\n    style = request.params.get(\"style\", \"plain\")\n    if style not in STYLES:\n        raise HTTPBadRequest()\n    text = request.params.get(\"text\", \"\")\n    fn = getattr(formatters, style)\n    return {\"out\": fn(text)}\n",
  "wave": 1
 },
 {
  "name": "ci-flask-lambda-body",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "from flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\n@app.post(\"/chart/transform\")\ndef transform():\n    body = request.json[\"transform\"]\n    fn = eval(\"lambda x: \" + body)\n    return jsonify(points=[fn(x) for x in range(10)])\n",
  "wave": 1
 },
 {
  "name": "ci-flask-lambda-body",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "import math\nfrom flask import Flask, request, jsonify, abort\n\napp = Flask(__name__)\nTRANSFORMS = {\n    \"identity\": lambda x: x,\n    \"square\": lambda x: x * x,\n    \"log\": lambda x: math.log1p(x),\n}\n\n@app.post(\"/chart/transform\")\ndef transform():\n    fn = TRANSFORMS.get(request.json.get(\"transform\"))\n    if fn is None:\n        abort(400)\n    return jsonify(points=[fn(x) for x in range(10)])\n",
  "wave": 1
 },
 {
  "name": "ci-aiohttp-exec-ns",
  "kind": "vuln",
  "lang": "python",
  "cwe": 94,
  "code": "from aiohttp import web\n\nasync def run_snippet(request):\n    data = await request.post()\n    name = data.get(\"name\", \"world\")\n    ns = {}\n    exec(\"greeting = 'Hello, \" + name + \"'\", ns)\n    return web.json_response({\"greeting\": ns[\"greeting\"]})\n\napp = web.Application()\napp.router.add_post(\"/greet\", run_snippet)\n",
  "wave": 1
 },
 {
  "name": "ci-aiohttp-exec-ns",
  "kind": "safe",
  "lang": "python",
  "cwe": 94,
  "code": "from aiohttp import web\n\nGREETING_CODE = compile(\"greeting = 'Hello, ' + name\", \"<greet>\", \"exec\")\n\nasync def run_snippet(request):\n    data = await request.post()\n    ns = {\"name\": str(data.get(\"name\", \"world\"))}\n    exec(GREETING_CODE, ns)\n    return web.json_response({\"greeting\": ns[\"greeting\"]})\n\napp = web.Application()\napp.router.add_post(\"/greet\", run_snippet)\n",
  "wave": 1
 },
 {
  "name": "ci-flask-uuid-eval",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "from flask import Flask, request, jsonify\nfrom . import jobs\n\napp = Flask(__name__)\n\n@app.get(\"/jobs/status\")\ndef job_status():\n    job_id = request.args[\"id\"]\n    status = eval(f\"jobs.lookup('{job_id}')\")\n    return jsonify(status=status)\n",
  "wave": 1
 },
 {
  "name": "ci-flask-uuid-eval",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "import uuid\nfrom flask import Flask, request, jsonify, abort\nfrom . import jobs\n\napp = Flask(__name__)\n\n@app.get(\"/jobs/status\")\ndef job_status():\n    try:\n        job_id = uuid.UUID(request.args[\"id\"])\n    except (KeyError, ValueError):\n        abort(400)\n    status = eval(f\"jobs.lookup('{job_id}')\")\n    return jsonify(status=status)\n",
  "wave": 1
 },
 {
  "name": "xss-flask-html-escape",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request\n\napp = Flask(__name__)\n\n@app.get(\"/hello\")\ndef hello():\n    name = request.args.get(\"name\", \"guest\")\n    return f\"<h1>Hello, {name}!</h1>\"\n",
  "wave": 1
 },
 {
  "name": "xss-flask-html-escape",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "import html\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.get(\"/hello\")\ndef hello():\n    name = request.args.get(\"name\", \"guest\")\n    return f\"<h1>Hello, {html.escape(name)}!</h1>\"\n",
  "wave": 1
 },
 {
  "name": "xss-flask-markupsafe-escape-var",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request\n\napp = Flask(__name__)\n\n@app.get(\"/search\")\ndef search():\n    q = request.args.get(\"q\", \"\")\n    body = f\"<p>Results for <b>{q}</b></p>\"\n    return body\n",
  "wave": 1
 },
 {
  "name": "xss-flask-markupsafe-escape-var",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request\nfrom markupsafe import escape\n\napp = Flask(__name__)\n\n@app.get(\"/search\")\ndef search():\n    q = escape(request.args.get(\"q\", \"\"))\n    body = f\"<p>Results for <b>{q}</b></p>\"\n    return body\n",
  "wave": 1
 },
 {
  "name": "xss-flask-markup-format",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request\nfrom markupsafe import Markup\n\napp = Flask(__name__)\n\n@app.get(\"/badge\")\ndef badge():\n    user = request.args.get(\"user\", \"\")\n    return Markup(f\"<span class='badge'>{user}</span>\")\n",
  "wave": 1
 },
 {
  "name": "xss-flask-markup-format",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request\nfrom markupsafe import Markup\n\napp = Flask(__name__)\n\n@app.get(\"/badge\")\ndef badge():\n    user = request.args.get(\"user\", \"\")\n    # Markup.format escapes its arguments\n    return Markup(\"<span class='badge'>{}</span>\").format(user)\n",
  "wave": 1
 },
 {
  "name": "xss-flask-template-string-safe-filter",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request, render_template_string\n\napp = Flask(__name__)\nPAGE = \"<html><body><p>Welcome back, {{ name|safe }}</p></body></html>\"\n\n@app.get(\"/welcome\")\ndef welcome():\n    return render_template_string(PAGE, name=request.args.get(\"name\", \"\"))\n",
  "wave": 1
 },
 {
  "name": "xss-flask-template-string-safe-filter",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request, render_template_string\n\napp = Flask(__name__)\nPAGE = \"<html><body><p>Welcome back, {{ name }}</p></body></html>\"\n\n@app.get(\"/welcome\")\ndef welcome():\n    return render_template_string(PAGE, name=request.args.get(\"name\", \"\"))\n",
  "wave": 1
 },
 {
  "name": "xss-jinja-env-autoescape",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request\nfrom jinja2 import Environment, FileSystemLoader\n\napp = Flask(__name__)\nenv = Environment(loader=FileSystemLoader(\"templates\"), autoescape=False)\n\n@app.get(\"/profile\")\ndef profile():\n    tpl = env.get_template(\"profile.html\")\n    return tpl.render(bio=request.args.get(\"bio\", \"\"))\n",
  "wave": 1
 },
 {
  "name": "xss-jinja-env-autoescape",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request\nfrom jinja2 import Environment, FileSystemLoader\n\napp = Flask(__name__)\nenv = Environment(loader=FileSystemLoader(\"templates\"), autoescape=True)\n\n@app.get(\"/profile\")\ndef profile():\n    tpl = env.get_template(\"profile.html\")\n    return tpl.render(bio=request.args.get(\"bio\", \"\"))\n",
  "wave": 1
 },
 {
  "name": "xss-jinja-select-autoescape",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from jinja2 import Environment, PackageLoader\nfrom starlette.applications import Starlette\nfrom starlette.responses import HTMLResponse\nfrom starlette.routing import Route\n\nenv = Environment(loader=PackageLoader(\"shop\", \"templates\"))\n\nasync def item(request):\n    html = env.get_template(\"item.html\").render(note=request.query_params.get(\"note\", \"\"))\n    return HTMLResponse(html)\n\napp = Starlette(routes=[Route(\"/item\", item)])\n",
  "wave": 1
 },
 {
  "name": "xss-jinja-select-autoescape",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from jinja2 import Environment, PackageLoader, select_autoescape\nfrom starlette.applications import Starlette\nfrom starlette.responses import HTMLResponse\nfrom starlette.routing import Route\n\nenv = Environment(loader=PackageLoader(\"shop\", \"templates\"), autoescape=select_autoescape([\"html\", \"xml\"]))\n\nasync def item(request):\n    html = env.get_template(\"item.html\").render(note=request.query_params.get(\"note\", \"\"))\n    return HTMLResponse(html)\n\napp = Starlette(routes=[Route(\"/item\", item)])\n",
  "wave": 1
 },
 {
  "name": "xss-django-format-html",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from django.http import HttpResponse\nfrom django.utils.safestring import mark_safe\n\ndef greet(request):\n    name = request.GET.get(\"name\", \"friend\")\n    return HttpResponse(mark_safe(f\"<p>Hi <strong>{name}</strong></p>\"))\n",
  "wave": 1
 },
 {
  "name": "xss-django-format-html",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from django.http import HttpResponse\nfrom django.utils.html import format_html\n\ndef greet(request):\n    name = request.GET.get(\"name\", \"friend\")\n    return HttpResponse(format_html(\"<p>Hi <strong>{}</strong></p>\", name))\n",
  "wave": 1
 },
 {
  "name": "xss-django-escape",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from django.http import HttpResponse\n\ndef not_found(request):\n    path = request.GET.get(\"path\", \"\")\n    return HttpResponse(\"<h2>No page at \" + path + \"</h2>\", status=404)\n",
  "wave": 1
 },
 {
  "name": "xss-django-escape",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from django.http import HttpResponse\nfrom django.utils.html import escape\n\ndef not_found(request):\n    path = request.GET.get(\"path\", \"\")\n    return HttpResponse(\"<h2>No page at \" + escape(path) + \"</h2>\", status=404)\n",
  "wave": 1
 },
 {
  "name": "xss-django-render-template",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from django.http import HttpResponse\nfrom django.shortcuts import render\n\ndef results(request):\n    q = request.GET.get(\"q\", \"\")\n    if not q:\n        return render(request, \"search/empty.html\")\n    return HttpResponse(f\"<h1>Search: {q}</h1><p>No matches.</p>\")\n",
  "wave": 1
 },
 {
  "name": "xss-django-render-template",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from django.shortcuts import render\n\ndef results(request):\n    q = request.GET.get(\"q\", \"\")\n    if not q:\n        return render(request, \"search/empty.html\")\n    return render(request, \"search/results.html\", {\"q\": q, \"matches\": []})\n",
  "wave": 1
 },
 {
  "name": "xss-flask-bleach",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request\nfrom .db import save_comment\n\napp = Flask(__name__)\n\n@app.post(\"/comments\")\ndef add_comment():\n    body = request.form[\"body\"]\n    save_comment(body)\n    return f\"<div class='comment'>{body}</div>\"\n",
  "wave": 1
 },
 {
  "name": "xss-flask-bleach",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "import bleach\nfrom flask import Flask, request\nfrom .db import save_comment\n\napp = Flask(__name__)\nTAGS = [\"b\", \"i\", \"em\", \"strong\", \"a\", \"code\"]\n\n@app.post(\"/comments\")\ndef add_comment():\n    body = bleach.clean(request.form[\"body\"], tags=TAGS, attributes={\"a\": [\"href\"]}, strip=True)\n    save_comment(body)\n    return f\"<div class='comment'>{body}</div>\"\n",
  "wave": 1
 },
 {
  "name": "xss-flask-jsonify",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request\n\napp = Flask(__name__)\n\n@app.get(\"/api/echo\")\ndef echo():\n    msg = request.args.get(\"msg\", \"\")\n    return \"<pre>\" + msg + \"</pre>\"\n",
  "wave": 1
 },
 {
  "name": "xss-flask-jsonify",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\n@app.get(\"/api/echo\")\ndef echo():\n    msg = request.args.get(\"msg\", \"\")\n    return jsonify(message=msg, length=len(msg))\n",
  "wave": 1
 },
 {
  "name": "xss-fastapi-json-response",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from fastapi import FastAPI\nfrom fastapi.responses import HTMLResponse\n\napp = FastAPI()\n\n@app.get(\"/lookup\")\ndef lookup(term: str):\n    return HTMLResponse(f\"<p>No entry for {term}</p>\", status_code=404)\n",
  "wave": 1
 },
 {
  "name": "xss-fastapi-json-response",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from fastapi import FastAPI\nfrom fastapi.responses import JSONResponse\n\napp = FastAPI()\n\n@app.get(\"/lookup\")\ndef lookup(term: str):\n    return JSONResponse({\"error\": \"not found\", \"term\": term}, status_code=404)\n",
  "wave": 1
 },
 {
  "name": "xss-flask-mimetype",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request, Response\n\napp = Flask(__name__)\n\n@app.get(\"/debug/echo\")\ndef debug_echo():\n    payload = request.args.get(\"data\", \"\")\n    return Response(payload, mimetype=\"text/html\")\n",
  "wave": 1
 },
 {
  "name": "xss-flask-mimetype",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request, Response\n\napp = Flask(__name__)\n\n@app.get(\"/debug/echo\")\ndef debug_echo():\n    payload = request.args.get(\"data\", \"\")\n    return Response(payload, mimetype=\"text/plain\")\n",
  "wave": 1
 },
 {
  "name": "xss-django-content-type",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from django.http import HttpResponse\n\ndef robots_preview(request):\n    extra = request.GET.get(\"extra\", \"\")\n    text = \"User-agent: *\\nDisallow: /admin/\\n\" + extra\n    return HttpResponse(text)\n",
  "wave": 1
 },
 {
  "name": "xss-django-content-type",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from django.http import HttpResponse\n\ndef robots_preview(request):\n    extra = request.GET.get(\"extra\", \"\")\n    text = \"User-agent: *\\nDisallow: /admin/\\n\" + extra\n    return HttpResponse(text, content_type=\"text/plain; charset=utf-8\")\n",
  "wave": 1
 },
 {
  "name": "xss-flask-int-page",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request\n\napp = Flask(__name__)\n\n@app.get(\"/list\")\ndef listing():\n    page = request.args.get(\"page\", \"1\")\n    return f\"<nav><span>Page {page}</span><a href='/list?page={page}'>reload</a></nav>\"\n",
  "wave": 1
 },
 {
  "name": "xss-flask-int-page",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request, abort\n\napp = Flask(__name__)\n\n@app.get(\"/list\")\ndef listing():\n    try:\n        page = int(request.args.get(\"page\", \"1\"))\n    except ValueError:\n        abort(400)\n    return f\"<nav><span>Page {page}</span><a href='/list?page={page}'>reload</a></nav>\"\n",
  "wave": 1
 },
 {
  "name": "xss-flask-quote-href",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request\n\napp = Flask(__name__)\n\n@app.get(\"/suggest\")\ndef suggest():\n    q = request.args.get(\"q\", \"\")\n    return f'<p>Did you mean <a href=\"/search?q={q}\">this</a>?</p>'\n",
  "wave": 1
 },
 {
  "name": "xss-flask-quote-href",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from urllib.parse import quote\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.get(\"/suggest\")\ndef suggest():\n    q = request.args.get(\"q\", \"\")\n    return f'<p>Did you mean <a href=\"/search?q={quote(q, safe=\"\")}\">this</a>?</p>'\n",
  "wave": 1
 },
 {
  "name": "xss-flask-fixed-message",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "import re\nfrom flask import Flask, request\n\napp = Flask(__name__)\nEMAIL = re.compile(r\"[^@\\s]+@[^@\\s]+\\.[a-z]{2,}\")\n\n@app.post(\"/subscribe\")\ndef subscribe():\n    email = request.form.get(\"email\", \"\")\n    if not EMAIL.fullmatch(email):\n        return f\"<p class='error'>{email} is not a valid address</p>\", 400\n    return \"<p>Thanks for subscribing!</p>\"\n",
  "wave": 1
 },
 {
  "name": "xss-flask-fixed-message",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "import re\nfrom flask import Flask, request\n\napp = Flask(__name__)\nEMAIL = re.compile(r\"[^@\\s]+@[^@\\s]+\\.[a-z]{2,}\")\n\n@app.post(\"/subscribe\")\ndef subscribe():\n    email = request.form.get(\"email\", \"\")\n    if not EMAIL.fullmatch(email):\n        return \"<p class='error'>That is not a valid address</p>\", 400\n    return \"<p>Thanks for subscribing!</p>\"\n",
  "wave": 1
 },
 {
  "name": "xss-httpserver-escape",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from http.server import BaseHTTPRequestHandler, HTTPServer\nfrom urllib.parse import urlparse, parse_qs\n\nclass Handler(BaseHTTPRequestHandler):\n    def do_GET(self):\n        name = parse_qs(urlparse(self.path).query).get(\"name\", [\"world\"])[0]\n        page = \"<html><body><h1>Hello \" + name + \"</h1></body></html>\"\n        self.send_response(200)\n        self.send_header(\"Content-Type\", \"text/html; charset=utf-8\")\n        self.end_headers()\n        self.wfile.write(page.encode(\"utf-8\"))\n\nif __name__ == \"__main__\":\n    HTTPServer((\"127.0.0.1\", 8080), Handler).serve_forever()\n",
  "wave": 1
 },
 {
  "name": "xss-httpserver-escape",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "import html\nfrom http.server import BaseHTTPRequestHandler, HTTPServer\nfrom urllib.parse import urlparse, parse_qs\n\nclass Handler(BaseHTTPRequestHandler):\n    def do_GET(self):\n        name = parse_qs(urlparse(self.path).query).get(\"name\", [\"world\"])[0]\n        page = \"<html><body><h1>Hello \" + html.escape(name) + \"</h1></body></html>\"\n        self.send_response(200)\n        self.send_header(\"Content-Type\", \"text/html; charset=utf-8\")\n        self.end_headers()\n        self.wfile.write(page.encode(\"utf-8\"))\n\nif __name__ == \"__main__\":\n    HTTPServer((\"127.0.0.1\", 8080), Handler).serve_forever()\n",
  "wave": 1
 },
 {
  "name": "xss-bottle-template",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from bottle import Bottle, request, template\n\napp = Bottle()\n\n@app.get(\"/hello\")\ndef hello():\n    return template(\"<p>Hello {{!name}}</p>\", name=request.query.name or \"stranger\")\n",
  "wave": 1
 },
 {
  "name": "xss-bottle-template",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from bottle import Bottle, request, template\n\napp = Bottle()\n\n@app.get(\"/hello\")\ndef hello():\n    # {{name}} is HTML-escaped by SimpleTemplate\n    return template(\"<p>Hello {{name}}</p>\", name=request.query.name or \"stranger\")\n",
  "wave": 1
 },
 {
  "name": "xss-aiohttp-escape",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from aiohttp import web\n\nasync def status(request):\n    service = request.query.get(\"service\", \"api\")\n    return web.Response(text=f\"<h3>Status of {service}: OK</h3>\", content_type=\"text/html\")\n\napp = web.Application()\napp.router.add_get(\"/status\", status)\n",
  "wave": 1
 },
 {
  "name": "xss-aiohttp-escape",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "import html\nfrom aiohttp import web\n\nasync def status(request):\n    service = request.query.get(\"service\", \"api\")\n    return web.Response(text=f\"<h3>Status of {html.escape(service)}: OK</h3>\", content_type=\"text/html\")\n\napp = web.Application()\napp.router.add_get(\"/status\", status)\n",
  "wave": 1
 },
 {
  "name": "xss-fastapi-templates",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from fastapi import FastAPI, Request\nfrom fastapi.responses import HTMLResponse\nfrom fastapi.templating import Jinja2Templates\n\napp = FastAPI()\ntemplates = Jinja2Templates(directory=\"templates\")\n\n@app.get(\"/order/{order_id}\", response_class=HTMLResponse)\ndef order(request: Request, order_id: str, note: str = \"\"):\n    return HTMLResponse(f\"<h2>Order {order_id}</h2><p>{note}</p>\")\n",
  "wave": 1
 },
 {
  "name": "xss-fastapi-templates",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from fastapi import FastAPI, Request\nfrom fastapi.responses import HTMLResponse\nfrom fastapi.templating import Jinja2Templates\n\napp = FastAPI()\ntemplates = Jinja2Templates(directory=\"templates\")\n\n@app.get(\"/order/{order_id}\", response_class=HTMLResponse)\ndef order(request: Request, order_id: str, note: str = \"\"):\n    return templates.TemplateResponse(request, \"order.html\", {\"order_id\": order_id, \"note\": note})\n",
  "wave": 1
 },
 {
  "name": "xss-wsgi-escape",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from urllib.parse import parse_qs\n\ndef application(environ, start_response):\n    params = parse_qs(environ.get(\"QUERY_STRING\", \"\"))\n    city = params.get(\"city\", [\"Paris\"])[0]\n    body = f\"<html><body><p>Weather for {city}: sunny</p></body></html>\".encode()\n    start_response(\"200 OK\", [(\"Content-Type\", \"text/html; charset=utf-8\")])\n    return [body]\n",
  "wave": 1
 },
 {
  "name": "xss-wsgi-escape",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from html import escape\nfrom urllib.parse import parse_qs\n\ndef application(environ, start_response):\n    params = parse_qs(environ.get(\"QUERY_STRING\", \"\"))\n    city = escape(params.get(\"city\", [\"Paris\"])[0])\n    body = f\"<html><body><p>Weather for {city}: sunny</p></body></html>\".encode()\n    start_response(\"200 OK\", [(\"Content-Type\", \"text/html; charset=utf-8\")])\n    return [body]\n",
  "wave": 1
 },
 {
  "name": "xss-cgi-escape",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "#!/usr/bin/env python3\nimport cgi\n\nform = cgi.FieldStorage()\ntitle = form.getvalue(\"title\", \"Untitled\")\nprint(\"Content-Type: text/html\")\nprint()\nprint(f\"<html><head><title>{title}</title></head><body><h1>{title}</h1></body></html>\")\n",
  "wave": 1
 },
 {
  "name": "xss-cgi-escape",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "#!/usr/bin/env python3\nimport cgi\nimport html\n\nform = cgi.FieldStorage()\ntitle = html.escape(form.getvalue(\"title\", \"Untitled\"), quote=True)\nprint(\"Content-Type: text/html\")\nprint()\nprint(f\"<html><head><title>{title}</title></head><body><h1>{title}</h1></body></html>\")\n",
  "wave": 1
 },
 {
  "name": "xss-flask-make-response-plain",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request, make_response\n\napp = Flask(__name__)\n\n@app.get(\"/whoami\")\ndef whoami():\n    agent = request.headers.get(\"User-Agent\", \"\")\n    resp = make_response(f\"<p>Your browser: {agent}</p>\")\n    return resp\n",
  "wave": 1
 },
 {
  "name": "xss-flask-make-response-plain",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request, make_response\n\napp = Flask(__name__)\n\n@app.get(\"/whoami\")\ndef whoami():\n    agent = request.headers.get(\"User-Agent\", \"\")\n    resp = make_response(f\"Your browser: {agent}\\n\")\n    resp.headers[\"Content-Type\"] = \"text/plain; charset=utf-8\"\n    return resp\n",
  "wave": 1
 },
 {
  "name": "xss-flask-markup-escape",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request, render_template\nfrom markupsafe import Markup\n\napp = Flask(__name__)\n\n@app.get(\"/note\")\ndef note():\n    text = request.args.get(\"text\", \"\")\n    return render_template(\"note.html\", note=Markup(text.replace(\"\\n\", \"<br>\")))\n",
  "wave": 1
 },
 {
  "name": "xss-flask-markup-escape",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request, render_template\nfrom markupsafe import Markup, escape\n\napp = Flask(__name__)\n\n@app.get(\"/note\")\ndef note():\n    text = request.args.get(\"text\", \"\")\n    # escape first, then add the line breaks as markup\n    lines = [escape(line) for line in text.split(\"\\n\")]\n    return render_template(\"note.html\", note=Markup(\"<br>\").join(lines))\n",
  "wave": 1
 },
 {
  "name": "xss-flask-escape-legacy",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request\n\napp = Flask(__name__)\n\n@app.route(\"/tag/<tag>\")\ndef tag_page(tag):\n    return \"<h1>Posts tagged \" + tag + \"</h1>\"\n",
  "wave": 1
 },
 {
  "name": "xss-flask-escape-legacy",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, escape\n\napp = Flask(__name__)\n\n@app.route(\"/tag/<tag>\")\ndef tag_page(tag):\n    return f\"<h1>Posts tagged {escape(tag)}</h1>\"\n",
  "wave": 1
 },
 {
  "name": "xss-tornado-xhtml-escape",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "import tornado.web\n\nclass GreetHandler(tornado.web.RequestHandler):\n    def get(self):\n        who = self.get_argument(\"who\", \"there\")\n        self.write(f\"<p>Hi {who}</p>\")\n\ndef make_app():\n    return tornado.web.Application([(r\"/greet\", GreetHandler)])\n",
  "wave": 1
 },
 {
  "name": "xss-tornado-xhtml-escape",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "import tornado.escape\nimport tornado.web\n\nclass GreetHandler(tornado.web.RequestHandler):\n    def get(self):\n        who = self.get_argument(\"who\", \"there\")\n        self.write(f\"<p>Hi {tornado.escape.xhtml_escape(who)}</p>\")\n\ndef make_app():\n    return tornado.web.Application([(r\"/greet\", GreetHandler)])\n",
  "wave": 1
 },
 {
  "name": "xss-starlette-plain",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from starlette.applications import Starlette\nfrom starlette.responses import HTMLResponse\nfrom starlette.routing import Route\n\nasync def ping(request):\n    token = request.query_params.get(\"echo\", \"\")\n    return HTMLResponse(\"pong \" + token)\n\napp = Starlette(routes=[Route(\"/ping\", ping)])\n",
  "wave": 1
 },
 {
  "name": "xss-starlette-plain",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from starlette.applications import Starlette\nfrom starlette.responses import PlainTextResponse\nfrom starlette.routing import Route\n\nasync def ping(request):\n    token = request.query_params.get(\"echo\", \"\")\n    return PlainTextResponse(\"pong \" + token)\n\napp = Starlette(routes=[Route(\"/ping\", ping)])\n",
  "wave": 1
 },
 {
  "name": "xp-etree-find-int",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from xml.etree import ElementTree as ET\nfrom flask import Flask, request, jsonify, abort\n\napp = Flask(__name__)\nTREE = ET.parse(\"data/catalog.xml\")\n\n@app.get(\"/item\")\ndef item():\n    item_id = request.args.get(\"id\", \"\")\n    node = TREE.getroot().find(f\"./item[@id='{item_id}']\")\n    if node is None:\n        abort(404)\n    return jsonify(name=node.findtext(\"name\"))\n",
  "wave": 1
 },
 {
  "name": "xp-etree-find-int",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "from xml.etree import ElementTree as ET\nfrom flask import Flask, request, jsonify, abort\n\napp = Flask(__name__)\nTREE = ET.parse(\"data/catalog.xml\")\n\n@app.get(\"/item\")\ndef item():\n    try:\n        item_id = int(request.args.get(\"id\", \"\"))\n    except ValueError:\n        abort(400)\n    node = TREE.getroot().find(f\"./item[@id='{item_id}']\")\n    if node is None:\n        abort(404)\n    return jsonify(name=node.findtext(\"name\"))\n",
  "wave": 1
 },
 {
  "name": "xp-elementpath-variables",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "import elementpath\nfrom lxml import etree\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\nDOC = etree.parse(\"data/staff.xml\")\n\n@app.get(\"/staff\")\ndef staff():\n    dept = request.args.get(\"dept\", \"\")\n    names = elementpath.select(DOC, f\"//person[@dept='{dept}']/name/text()\")\n    return jsonify(names=[str(n) for n in names])\n",
  "wave": 1,
  "low": true
 },
 {
  "name": "xp-elementpath-variables",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "import elementpath\nfrom lxml import etree\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\nDOC = etree.parse(\"data/staff.xml\")\n\n@app.get(\"/staff\")\ndef staff():\n    dept = request.args.get(\"dept\", \"\")\n    names = elementpath.select(DOC, \"//person[@dept=$dept]/name/text()\", variables={\"dept\": dept})\n    return jsonify(names=[str(n) for n in names])\n",
  "wave": 1
 },
 {
  "name": "xp-xslt-strparam",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from lxml import etree\nfrom django.http import HttpResponse\n\nXSLT = etree.XSLT(etree.parse(\"reports/filter.xsl\"))\nDATA = etree.parse(\"reports/data.xml\")\n\ndef report(request):\n    region = request.GET.get(\"region\", \"EU\")\n    result = XSLT(DATA, region=\"'\" + region + \"'\")\n    return HttpResponse(bytes(result), content_type=\"application/xml\")\n",
  "wave": 1
 },
 {
  "name": "xp-xslt-strparam",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "from lxml import etree\nfrom django.http import HttpResponse\n\nXSLT = etree.XSLT(etree.parse(\"reports/filter.xsl\"))\nDATA = etree.parse(\"reports/data.xml\")\n\ndef report(request):\n    region = request.GET.get(\"region\", \"EU\")\n    # strparam passes the value as a string, not as an XPath expression\n    result = XSLT(DATA, region=etree.XSLT.strparam(region))\n    return HttpResponse(bytes(result), content_type=\"application/xml\")\n",
  "wave": 1
 },
 {
  "name": "xp-charset-subset",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "import string\nfrom lxml import etree\nfrom flask import Flask, request, jsonify, abort\n\napp = Flask(__name__)\nDOC = etree.parse(\"data/users.xml\")\nALLOWED = set(string.ascii_letters + string.digits + \"._-\")\n\n@app.get(\"/user\")\ndef user():\n    login = request.args.get(\"login\", \"\")\n    if not login:\n        abort(400)\n    hits = DOC.xpath(f\"//user[login='{login}']/email/text()\")\n    return jsonify(emails=[str(h) for h in hits])\n",
  "wave": 1
 },
 {
  "name": "xp-charset-subset",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "import string\nfrom lxml import etree\nfrom flask import Flask, request, jsonify, abort\n\napp = Flask(__name__)\nDOC = etree.parse(\"data/users.xml\")\nALLOWED = set(string.ascii_letters + string.digits + \"._-\")\n\n@app.get(\"/user\")\ndef user():\n    login = request.args.get(\"login\", \"\")\n    if not login or len(login) > 64 or not set(login) <= ALLOWED:\n        abort(400)\n    hits = DOC.xpath(f\"//user[login='{login}']/email/text()\")\n    return jsonify(emails=[str(h) for h in hits])\n",
  "wave": 1
 },
 {
  "name": "xp-parsel-variables",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from parsel import Selector\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\nwith open(\"data/menu.html\", encoding=\"utf-8\") as fh:\n    SEL = Selector(text=fh.read())\n\n@app.get(\"/menu\")\ndef menu():\n    section = request.args.get(\"section\", \"\")\n    items = SEL.xpath(f\"//section[@id='{section}']//li/text()\").getall()\n    return jsonify(items=items)\n",
  "wave": 1
 },
 {
  "name": "xp-parsel-variables",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "from parsel import Selector\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\nwith open(\"data/menu.html\", encoding=\"utf-8\") as fh:\n    SEL = Selector(text=fh.read())\n\n@app.get(\"/menu\")\ndef menu():\n    section = request.args.get(\"section\", \"\")\n    items = SEL.xpath(\"//section[@id=$sid]//li/text()\", sid=section).getall()\n    return jsonify(items=items)\n",
  "wave": 1
 },
 {
  "name": "ok-flask-greet-validated",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "import re\nfrom flask import Flask, request, abort\n\napp = Flask(__name__)\n\n@app.get(\"/greet\")\ndef greet():\n    name = request.args.get(\"name\", \"\")\n    if len(name) > 40:\n        abort(400)\n    return f\"<p>Hello, {name}</p>\"\n",
  "wave": 1
 },
 {
  "name": "ok-flask-greet-validated",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "import re\nfrom flask import Flask, request, abort\nfrom markupsafe import escape\n\napp = Flask(__name__)\nNAME = re.compile(r\"[\\w .'-]{1,40}\")\n\n@app.get(\"/greet\")\ndef greet():\n    name = request.args.get(\"name\", \"\")\n    if not NAME.fullmatch(name):\n        abort(400)\n    return f\"<p>Hello, {escape(name)}</p>\"\n",
  "wave": 1
 },
 {
  "name": "ok-flask-stats-json",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "import statistics\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\n@app.post(\"/stats\")\ndef stats():\n    data = request.get_json(silent=True) or {}\n    label = data.get(\"label\", \"\")\n    values = [float(v) for v in data.get(\"values\", [])][:10000]\n    return f\"<h3>{label}</h3><p>mean {statistics.fmean(values) if values else 0}</p>\"\n",
  "wave": 1
 },
 {
  "name": "ok-flask-stats-json",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "import statistics\nfrom flask import Flask, request, jsonify, abort\n\napp = Flask(__name__)\n\n@app.post(\"/stats\")\ndef stats():\n    data = request.get_json(silent=True) or {}\n    try:\n        values = [float(v) for v in data.get(\"values\", [])][:10000]\n    except (TypeError, ValueError):\n        abort(400)\n    if not values:\n        return jsonify(count=0)\n    return jsonify(count=len(values), mean=statistics.fmean(values), median=statistics.median(values),\n                   label=str(data.get(\"label\", \"\"))[:100])\n",
  "wave": 1
 },
 {
  "name": "ok-flask-fixed-file",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "import os\nfrom flask import Flask, request, send_file\n\napp = Flask(__name__)\nDOCS = os.path.join(os.path.dirname(__file__), \"docs\")\n\n@app.get(\"/legal\")\ndef legal():\n    doc = request.args.get(\"doc\", \"terms.pdf\")\n    return send_file(os.path.join(DOCS, doc), mimetype=\"application/pdf\")\n",
  "wave": 1
 },
 {
  "name": "ok-flask-fixed-file",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "import os\nfrom flask import Flask, send_file\n\napp = Flask(__name__)\nDOCS = os.path.join(os.path.dirname(__file__), \"docs\")\n\n@app.get(\"/legal/terms\")\ndef legal():\n    return send_file(os.path.join(DOCS, \"terms.pdf\"), mimetype=\"application/pdf\")\n",
  "wave": 1
 },
 {
  "name": "ok-flask-redirect-fixed",
  "kind": "vuln",
  "lang": "python",
  "cwe": 601,
  "code": "from flask import Flask, request, redirect, session, url_for\n\napp = Flask(__name__)\n\n@app.post(\"/logout\")\ndef logout():\n    session.clear()\n    return redirect(request.args.get(\"next\") or url_for(\"index\"))\n\n@app.get(\"/\")\ndef index():\n    return \"home\"\n",
  "wave": 1
 },
 {
  "name": "ok-flask-redirect-fixed",
  "kind": "safe",
  "lang": "python",
  "cwe": 601,
  "code": "from flask import Flask, redirect, session, url_for\n\napp = Flask(__name__)\n\n@app.post(\"/logout\")\ndef logout():\n    session.clear()\n    return redirect(url_for(\"index\"))\n\n@app.get(\"/\")\ndef index():\n    return \"home\"\n",
  "wave": 1
 },
 {
  "name": "ok-django-jsonresponse-pk",
  "kind": "vuln",
  "lang": "python",
  "cwe": 89,
  "code": "from django.db import connection\nfrom django.http import JsonResponse\n\ndef order_detail(request):\n    order_id = request.GET.get(\"id\", \"\")\n    with connection.cursor() as cur:\n        cur.execute(f\"SELECT id, total, status FROM orders WHERE id = {order_id}\")\n        row = cur.fetchone()\n    if row is None:\n        return JsonResponse({\"error\": \"not found\"}, status=404)\n    return JsonResponse({\"id\": row[0], \"total\": str(row[1]), \"status\": row[2]})\n",
  "wave": 1
 },
 {
  "name": "ok-django-jsonresponse-pk",
  "kind": "safe",
  "lang": "python",
  "cwe": 89,
  "code": "from django.db import connection\nfrom django.http import JsonResponse\n\ndef order_detail(request):\n    order_id = request.GET.get(\"id\", \"\")\n    with connection.cursor() as cur:\n        cur.execute(\"SELECT id, total, status FROM orders WHERE id = %s\", [order_id])\n        row = cur.fetchone()\n    if row is None:\n        return JsonResponse({\"error\": \"not found\"}, status=404)\n    return JsonResponse({\"id\": row[0], \"total\": str(row[1]), \"status\": row[2]})\n",
  "wave": 1
 },
 {
  "name": "ok-fastapi-pagination",
  "kind": "vuln",
  "lang": "python",
  "cwe": 89,
  "code": "import sqlite3\nfrom fastapi import FastAPI, Query\n\napp = FastAPI()\n\n@app.get(\"/articles\")\ndef articles(page: int = Query(1, ge=1), sort: str = \"published\"):\n    db = sqlite3.connect(\"blog.db\")\n    rows = db.execute(f\"SELECT id, title FROM articles ORDER BY {sort} LIMIT 20 OFFSET {(page - 1) * 20}\").fetchall()\n    db.close()\n    return [{\"id\": r[0], \"title\": r[1]} for r in rows]\n",
  "wave": 1
 },
 {
  "name": "ok-fastapi-pagination",
  "kind": "safe",
  "lang": "python",
  "cwe": 89,
  "code": "import sqlite3\nfrom fastapi import FastAPI, HTTPException, Query\n\napp = FastAPI()\nSORT_COLUMNS = {\"published\": \"published_at DESC\", \"title\": \"title ASC\"}\n\n@app.get(\"/articles\")\ndef articles(page: int = Query(1, ge=1, le=1000), sort: str = \"published\"):\n    order = SORT_COLUMNS.get(sort)\n    if order is None:\n        raise HTTPException(status_code=400, detail=\"bad sort\")\n    db = sqlite3.connect(\"blog.db\")\n    try:\n        rows = db.execute(f\"SELECT id, title FROM articles ORDER BY {order} LIMIT 20 OFFSET ?\", ((page - 1) * 20,)).fetchall()\n    finally:\n        db.close()\n    return [{\"id\": r[0], \"title\": r[1]} for r in rows]\n",
  "wave": 1
 },
 {
  "name": "ok-flask-health-version",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "import platform\nfrom flask import Flask, request\n\napp = Flask(__name__)\nVERSION = \"2.4.1\"\n\n@app.get(\"/healthz\")\ndef healthz():\n    probe = request.args.get(\"probe\", \"\")\n    return f\"<p>ok {VERSION} {probe}</p>\"\n",
  "wave": 1
 },
 {
  "name": "ok-flask-health-version",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "import platform\nfrom flask import Flask, jsonify\n\napp = Flask(__name__)\nVERSION = \"2.4.1\"\n\n@app.get(\"/healthz\")\ndef healthz():\n    return jsonify(status=\"ok\", version=VERSION, python=platform.python_version())\n",
  "wave": 1
 },
 {
  "name": "ci2-sanic-header-literal",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "from sanic import Sanic\nfrom sanic.response import json as json_response\n\napp = Sanic(\"prefs\")\n\n@app.get(\"/prefs\")\nasync def prefs(request):\n    raw = request.headers.get(\"X-Prefs\", \"{}\")\n    prefs = eval(raw)\n    return json_response({\"theme\": prefs.get(\"theme\", \"light\")})\n",
  "wave": 2
 },
 {
  "name": "ci2-sanic-header-literal",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "import ast\nfrom sanic import Sanic\nfrom sanic.response import json as json_response\n\napp = Sanic(\"prefs\")\n\n@app.get(\"/prefs\")\nasync def prefs(request):\n    raw = request.headers.get(\"X-Prefs\", \"{}\")\n    try:\n        prefs = ast.literal_eval(raw)\n    except (ValueError, SyntaxError):\n        prefs = {}\n    if not isinstance(prefs, dict):\n        prefs = {}\n    return json_response({\"theme\": prefs.get(\"theme\", \"light\")})\n",
  "wave": 2
 },
 {
  "name": "ci2-falcon-exec-locals",
  "kind": "vuln",
  "lang": "python",
  "cwe": 94,
  "code": "import falcon\n\nRULE = \"score = base + bonus * {weight}\"\n\nclass ScoreResource:\n    def on_post(self, req, resp):\n        body = req.media\n        env = {\"base\": float(body[\"base\"]), \"bonus\": float(body[\"bonus\"])}\n        exec(RULE.format(weight=body[\"weight\"]), {}, env)\n        resp.media = {\"score\": env[\"score\"]}\n\napp = falcon.App()\napp.add_route(\"/score\", ScoreResource())\n",
  "wave": 2
 },
 {
  "name": "ci2-falcon-exec-locals",
  "kind": "safe",
  "lang": "python",
  "cwe": 94,
  "code": "import falcon\n\nRULE = compile(\"score = base + bonus * weight\", \"<score>\", \"exec\")\n\nclass ScoreResource:\n    def on_post(self, req, resp):\n        body = req.media\n        try:\n            env = {\"base\": float(body[\"base\"]), \"bonus\": float(body[\"bonus\"]), \"weight\": float(body[\"weight\"])}\n        except (KeyError, TypeError, ValueError):\n            raise falcon.HTTPBadRequest(title=\"numbers expected\")\n        exec(RULE, {\"__builtins__\": {}}, env)\n        resp.media = {\"score\": env[\"score\"]}\n\napp = falcon.App()\napp.add_route(\"/score\", ScoreResource())\n",
  "wave": 2
 },
 {
  "name": "ci2-django-cbv-getattr",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "from django.http import JsonResponse, HttpResponseBadRequest\nfrom django.views import View\n\nclass ExportView(View):\n    def get(self, request):\n        fmt = request.GET.get(\"format\", \"csv\")\n        return eval(f\"self.export_{fmt}()\")\n\n    def export_csv(self):\n        return JsonResponse({\"url\": \"/media/export.csv\"})\n\n    def export_json(self):\n        return JsonResponse({\"url\": \"/media/export.json\"})\n",
  "wave": 2
 },
 {
  "name": "ci2-django-cbv-getattr",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "from django.http import JsonResponse, HttpResponseBadRequest\nfrom django.views import View\n\nclass ExportView(View):\n    FORMATS = (\"csv\", \"json\")\n\n    def get(self, request):\n        fmt = request.GET.get(\"format\", \"csv\")\n        if fmt not in self.FORMATS:\n            return HttpResponseBadRequest(\"unknown format\")\n        return getattr(self, f\"export_{fmt}\")()\n\n    def export_csv(self):\n        return JsonResponse({\"url\": \"/media/export.csv\"})\n\n    def export_json(self):\n        return JsonResponse({\"url\": \"/media/export.json\"})\n",
  "wave": 2
 },
 {
  "name": "ci2-flask-hex-int",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "from flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\n@app.get(\"/color/red\")\ndef red_channel():\n    color = request.args.get(\"c\", \"000000\")\n    return jsonify(red=eval(f\"0x{color} >> 16\"))\n",
  "wave": 2
 },
 {
  "name": "ci2-flask-hex-int",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "from flask import Flask, request, jsonify, abort\n\napp = Flask(__name__)\n\n@app.get(\"/color/red\")\ndef red_channel():\n    try:\n        color = int(request.args.get(\"c\", \"000000\"), 16)\n    except ValueError:\n        abort(400)\n    return jsonify(red=eval(f\"{color} >> 16\"))\n",
  "wave": 2
 },
 {
  "name": "ci2-cherrypy-isdecimal",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "import cherrypy\n\nclass Converter:\n    @cherrypy.expose\n    @cherrypy.tools.json_out()\n    def minutes(self, hours=\"0\"):\n        hours = hours.strip()\n        return {\"minutes\": eval(hours + \" * 60\")}\n\nif __name__ == \"__main__\":\n    cherrypy.quickstart(Converter())\n",
  "wave": 2
 },
 {
  "name": "ci2-cherrypy-isdecimal",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "import cherrypy\n\nclass Converter:\n    @cherrypy.expose\n    @cherrypy.tools.json_out()\n    def minutes(self, hours=\"0\"):\n        hours = hours.strip()\n        if not hours.isdecimal() or len(hours) > 6:\n            raise cherrypy.HTTPError(400, \"hours must be a whole number\")\n        return {\"minutes\": eval(hours + \" * 60\")}\n\nif __name__ == \"__main__\":\n    cherrypy.quickstart(Converter())\n",
  "wave": 2
 },
 {
  "name": "ci2-flask-numexpr",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "import numexpr\nimport numpy as np\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\nX = np.linspace(0, 10, 101)\n\n@app.get(\"/plot\")\ndef plot():\n    formula = request.args.get(\"f\", \"x\")\n    y = numexpr.evaluate(formula, local_dict={\"x\": X})\n    return jsonify(y=y.tolist())\n",
  "wave": 2
 },
 {
  "name": "ci2-flask-numexpr",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "import numexpr\nimport numpy as np\nfrom flask import Flask, request, jsonify, abort\n\napp = Flask(__name__)\nX = np.linspace(0, 10, 101)\nFORMULAS = {\"linear\": \"a * x\", \"square\": \"a * x ** 2\", \"sine\": \"a * sin(x)\"}\n\n@app.get(\"/plot\")\ndef plot():\n    formula = FORMULAS.get(request.args.get(\"f\", \"linear\"))\n    if formula is None:\n        abort(400)\n    a = float(request.args.get(\"a\", \"1\"))\n    y = numexpr.evaluate(formula, local_dict={\"x\": X, \"a\": a})\n    return jsonify(y=y.tolist())\n",
  "wave": 2
 },
 {
  "name": "ci2-fastapi-pandas-query",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "import pandas as pd\nfrom fastapi import FastAPI\n\napp = FastAPI()\nSALES = pd.read_csv(\"data/sales.csv\")\n\n@app.get(\"/sales\")\ndef sales(filter: str = \"amount > 0\"):\n    rows = SALES.query(filter)\n    return rows.head(100).to_dict(orient=\"records\")\n",
  "wave": 2
 },
 {
  "name": "ci2-fastapi-pandas-query",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "import pandas as pd\nfrom fastapi import FastAPI\n\napp = FastAPI()\nSALES = pd.read_csv(\"data/sales.csv\")\n\n@app.get(\"/sales\")\ndef sales(region: str = \"EU\", min_amount: float = 0.0):\n    # the values are referenced as @variables, never parsed as part of the expression\n    rows = SALES.query(\"region == @region and amount >= @min_amount\")\n    return rows.head(100).to_dict(orient=\"records\")\n",
  "wave": 2
 },
 {
  "name": "ci2-flask-template-substitute",
  "kind": "vuln",
  "lang": "python",
  "cwe": 94,
  "code": "from string import Template\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\nSNIPPET = Template(\"greeting = 'Hello, $who'\")\n\n@app.post(\"/greeting\")\ndef greeting():\n    ns = {}\n    exec(SNIPPET.substitute(who=request.form.get(\"who\", \"world\")), ns)\n    return jsonify(greeting=ns[\"greeting\"])\n",
  "wave": 2
 },
 {
  "name": "ci2-flask-template-substitute",
  "kind": "safe",
  "lang": "python",
  "cwe": 94,
  "code": "import json\nfrom string import Template\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\nSNIPPET = Template(\"greeting = 'Hello, ' + $who\")\n\n@app.post(\"/greeting\")\ndef greeting():\n    ns = {}\n    exec(SNIPPET.substitute(who=json.dumps(request.form.get(\"who\", \"world\"))), ns)\n    return jsonify(greeting=ns[\"greeting\"])\n",
  "wave": 2
 },
 {
  "name": "ci2-flask-percent-r",
  "kind": "vuln",
  "lang": "python",
  "cwe": 94,
  "code": "from flask import Flask, request, jsonify\nfrom .text import normalize\n\napp = Flask(__name__)\n\n@app.post(\"/normalize\")\ndef do_normalize():\n    value = request.form.get(\"value\", \"\")\n    ns = {\"normalize\": normalize}\n    exec(\"out = normalize('%s')\" % value, ns)\n    return jsonify(out=ns[\"out\"])\n",
  "wave": 2
 },
 {
  "name": "ci2-flask-percent-r",
  "kind": "safe",
  "lang": "python",
  "cwe": 94,
  "code": "from flask import Flask, request, jsonify\nfrom .text import normalize\n\napp = Flask(__name__)\n\n@app.post(\"/normalize\")\ndef do_normalize():\n    value = request.form.get(\"value\", \"\")\n    ns = {\"normalize\": normalize}\n    exec(\"out = normalize(%r)\" % (value,), ns)\n    return jsonify(out=ns[\"out\"])\n",
  "wave": 2
 },
 {
  "name": "ci2-bottle-format-r",
  "kind": "vuln",
  "lang": "python",
  "cwe": 94,
  "code": "from bottle import Bottle, request\nfrom .units import convert\n\napp = Bottle()\n\n@app.get(\"/convert\")\ndef do_convert():\n    unit = request.query.unit or \"km\"\n    ns = {\"convert\": convert}\n    exec(\"result = convert(10, '{}')\".format(unit), ns)\n    return {\"result\": ns[\"result\"]}\n",
  "wave": 2
 },
 {
  "name": "ci2-bottle-format-r",
  "kind": "safe",
  "lang": "python",
  "cwe": 94,
  "code": "from bottle import Bottle, request\nfrom .units import convert\n\napp = Bottle()\n\n@app.get(\"/convert\")\ndef do_convert():\n    unit = request.query.unit or \"km\"\n    ns = {\"convert\": convert}\n    exec(\"result = convert(10, {!r})\".format(unit), ns)\n    return {\"result\": ns[\"result\"]}\n",
  "wave": 2
 },
 {
  "name": "ci2-flask-ast-whitelist",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "import ast\nfrom flask import Flask, request, jsonify, abort\n\napp = Flask(__name__)\n\n@app.get(\"/eval\")\ndef safe_eval():\n    expr = request.args.get(\"expr\", \"0\")\n    tree = ast.parse(expr, mode=\"eval\")\n    # only the top node is checked: 1 + __import__('os').getpid() passes\n    if not isinstance(tree.body, (ast.BinOp, ast.Constant)):\n        abort(400)\n    return jsonify(result=eval(expr))\n",
  "wave": 2
 },
 {
  "name": "ci2-flask-ast-whitelist",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "import ast\nfrom flask import Flask, request, jsonify, abort\n\napp = Flask(__name__)\nALLOWED_NODES = (ast.Expression, ast.BinOp, ast.UnaryOp, ast.Constant, ast.Add, ast.Sub, ast.Mult, ast.Div, ast.USub)\n\n@app.get(\"/eval\")\ndef safe_eval():\n    expr = request.args.get(\"expr\", \"0\")\n    if len(expr) > 100:\n        abort(400)\n    try:\n        tree = ast.parse(expr, mode=\"eval\")\n    except SyntaxError:\n        abort(400)\n    if not all(isinstance(node, ALLOWED_NODES) for node in ast.walk(tree)):\n        abort(400)\n    return jsonify(result=eval(compile(tree, \"<expr>\", \"eval\"), {\"__builtins__\": {}}, {}))\n",
  "wave": 2
 },
 {
  "name": "ci2-flask-import-plugin",
  "kind": "vuln",
  "lang": "python",
  "cwe": 94,
  "code": "import importlib\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\n@app.post(\"/plugins/run\")\ndef run_plugin():\n    name = request.json[\"plugin\"]\n    plugin = importlib.import_module(name)\n    return jsonify(result=plugin.run())\n",
  "wave": 2
 },
 {
  "name": "ci2-flask-import-plugin",
  "kind": "safe",
  "lang": "python",
  "cwe": 94,
  "code": "import importlib\nfrom flask import Flask, request, jsonify, abort\n\napp = Flask(__name__)\nPLUGINS = frozenset({\"thumbnail\", \"watermark\", \"ocr\"})\n\n@app.post(\"/plugins/run\")\ndef run_plugin():\n    name = request.json[\"plugin\"]\n    if name not in PLUGINS:\n        abort(404)\n    plugin = importlib.import_module(f\"app.plugins.{name}\")\n    return jsonify(result=plugin.run())\n",
  "wave": 2
 },
 {
  "name": "ci2-flask-exec-plugin-file",
  "kind": "vuln",
  "lang": "python",
  "cwe": 94,
  "code": "import os\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\nHOOKS = os.path.join(os.path.dirname(__file__), \"hooks\")\n\n@app.post(\"/hooks/run\")\ndef run_hook():\n    path = os.path.join(HOOKS, request.json[\"hook\"])\n    ns = {\"payload\": request.json.get(\"payload\")}\n    with open(path) as fh:\n        exec(fh.read(), ns)\n    return jsonify(result=ns.get(\"result\"))\n",
  "wave": 2
 },
 {
  "name": "ci2-flask-exec-plugin-file",
  "kind": "safe",
  "lang": "python",
  "cwe": 94,
  "code": "import os\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\nHOOK_FILE = os.path.join(os.path.dirname(__file__), \"hooks\", \"on_submit.py\")\n\nwith open(HOOK_FILE) as fh:\n    HOOK = compile(fh.read(), HOOK_FILE, \"exec\")\n\n@app.post(\"/hooks/run\")\ndef run_hook():\n    ns = {\"payload\": request.json.get(\"payload\")}\n    exec(HOOK, ns)\n    return jsonify(result=ns.get(\"result\"))\n",
  "wave": 2
 },
 {
  "name": "ci2-django-bool-flag",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "from django.http import JsonResponse\nfrom .models import Task\n\ndef tasks(request):\n    done = eval(request.GET.get(\"done\", \"False\"))\n    qs = Task.objects.filter(done=done).values(\"id\", \"title\")\n    return JsonResponse({\"tasks\": list(qs)})\n",
  "wave": 2
 },
 {
  "name": "ci2-django-bool-flag",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "from django.http import JsonResponse\nfrom .models import Task\n\ndef tasks(request):\n    done = request.GET.get(\"done\", \"false\").lower() in (\"1\", \"true\", \"yes\")\n    qs = Task.objects.filter(done=done).values(\"id\", \"title\")\n    return JsonResponse({\"tasks\": list(qs)})\n",
  "wave": 2
 },
 {
  "name": "ci2-flask-ternary-const",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "from flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\n@app.get(\"/combine\")\ndef combine():\n    a = float(request.args.get(\"a\", \"0\"))\n    b = float(request.args.get(\"b\", \"0\"))\n    op = request.args.get(\"op\", \"add\")\n    expr = \"a + b\" if op == \"add\" else \"a \" + op + \" b\"\n    return jsonify(result=eval(expr, {\"__builtins__\": {}}, {\"a\": a, \"b\": b}))\n",
  "wave": 2
 },
 {
  "name": "ci2-flask-ternary-const",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "from flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\n@app.get(\"/combine\")\ndef combine():\n    a = float(request.args.get(\"a\", \"0\"))\n    b = float(request.args.get(\"b\", \"0\"))\n    op = request.args.get(\"op\", \"add\")\n    expr = \"a + b\" if op == \"add\" else \"a - b\"\n    return jsonify(result=eval(expr, {\"__builtins__\": {}}, {\"a\": a, \"b\": b}))\n",
  "wave": 2
 },
 {
  "name": "ci2-flask-match-const",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "from flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\n@app.post(\"/reduce\")\ndef reduce_values():\n    values = [float(v) for v in request.json.get(\"values\", [])]\n    kind = request.json.get(\"kind\", \"total\")\n    match kind:\n        case \"total\":\n            expr = \"sum(values)\"\n        case \"peak\":\n            expr = \"max(values)\"\n        case _:\n            expr = kind + \"(values)\"\n    return jsonify(result=eval(expr, {\"__builtins__\": {}, \"sum\": sum, \"max\": max}, {\"values\": values}))\n",
  "wave": 2
 },
 {
  "name": "ci2-flask-match-const",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "from flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\n@app.post(\"/reduce\")\ndef reduce_values():\n    values = [float(v) for v in request.json.get(\"values\", [])]\n    kind = request.json.get(\"kind\", \"total\")\n    match kind:\n        case \"peak\":\n            expr = \"max(values)\"\n        case \"lowest\":\n            expr = \"min(values)\"\n        case _:\n            expr = \"sum(values)\"\n    return jsonify(result=eval(expr, {\"__builtins__\": {}, \"sum\": sum, \"max\": max, \"min\": min}, {\"values\": values}))\n",
  "wave": 2
 },
 {
  "name": "ci2-flask-timeit",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "import timeit\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\n@app.post(\"/bench\")\ndef bench():\n    stmt = request.form[\"stmt\"]\n    seconds = timeit.timeit(stmt, number=1000)\n    return jsonify(seconds=seconds)\n",
  "wave": 2
 },
 {
  "name": "ci2-flask-timeit",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "import timeit\nfrom flask import Flask, request, jsonify, abort\n\napp = Flask(__name__)\n\n@app.post(\"/bench\")\ndef bench():\n    try:\n        n = min(int(request.form.get(\"n\", \"1000\")), 100000)\n    except ValueError:\n        abort(400)\n    data = list(range(n))\n    seconds = timeit.timeit(\"sorted(data)\", globals={\"data\": data}, number=10)\n    return jsonify(seconds=seconds)\n",
  "wave": 2
 },
 {
  "name": "xss2-django-mark-safe-escaped",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from django.http import HttpResponse\nfrom django.utils.safestring import mark_safe\nfrom django.template import Template, Context\n\nTPL = Template(\"<div class='banner'>{{ banner }}</div>\")\n\ndef banner(request):\n    name = request.GET.get(\"name\", \"\")\n    html = mark_safe(f\"Welcome, <b>{name}</b>\")\n    return HttpResponse(TPL.render(Context({\"banner\": html})))\n",
  "wave": 2
 },
 {
  "name": "xss2-django-mark-safe-escaped",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from django.http import HttpResponse\nfrom django.utils.html import escape\nfrom django.utils.safestring import mark_safe\nfrom django.template import Template, Context\n\nTPL = Template(\"<div class='banner'>{{ banner }}</div>\")\n\ndef banner(request):\n    name = request.GET.get(\"name\", \"\")\n    html = mark_safe(f\"Welcome, <b>{escape(name)}</b>\")\n    return HttpResponse(TPL.render(Context({\"banner\": html})))\n",
  "wave": 2
 },
 {
  "name": "xss2-django-format-html-join",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from django.http import HttpResponse\n\ndef tag_list(request):\n    tags = request.GET.getlist(\"tag\")\n    items = \"\".join(f\"<li>{t}</li>\" for t in tags)\n    return HttpResponse(f\"<ul>{items}</ul>\")\n",
  "wave": 2
 },
 {
  "name": "xss2-django-format-html-join",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from django.http import HttpResponse\nfrom django.utils.html import format_html, format_html_join\n\ndef tag_list(request):\n    tags = request.GET.getlist(\"tag\")\n    items = format_html_join(\"\", \"<li>{}</li>\", ((t,) for t in tags))\n    return HttpResponse(format_html(\"<ul>{}</ul>\", items))\n",
  "wave": 2
 },
 {
  "name": "xss2-flask-escape-attr",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "import html\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.get(\"/edit\")\ndef edit_form():\n    title = request.args.get(\"title\", \"\")\n    # quote=False leaves \" and ' alone: the value can close the attribute\n    return f'<form><input name=\"title\" value=\"{html.escape(title, quote=False)}\"></form>'\n",
  "wave": 2
 },
 {
  "name": "xss2-flask-escape-attr",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "import html\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.get(\"/edit\")\ndef edit_form():\n    title = request.args.get(\"title\", \"\")\n    return f'<form><input name=\"title\" value=\"{html.escape(title, quote=True)}\"></form>'\n",
  "wave": 2
 },
 {
  "name": "xss2-flask-markup-percent",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request, render_template\nfrom markupsafe import Markup\n\napp = Flask(__name__)\n\n@app.get(\"/hint\")\ndef hint():\n    word = request.args.get(\"word\", \"\")\n    return render_template(\"hint.html\", hint=Markup(\"<i>%s</i>\" % word))\n",
  "wave": 2
 },
 {
  "name": "xss2-flask-markup-percent",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request, render_template\nfrom markupsafe import Markup\n\napp = Flask(__name__)\n\n@app.get(\"/hint\")\ndef hint():\n    word = request.args.get(\"word\", \"\")\n    # Markup's % operator escapes the argument\n    return render_template(\"hint.html\", hint=Markup(\"<i>%s</i>\") % word)\n",
  "wave": 2
 },
 {
  "name": "xss2-jinja-template-autoescape",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request\nfrom jinja2 import Template\n\napp = Flask(__name__)\nCARD = Template(\"<div class='card'><h4>{{ title }}</h4><p>{{ body }}</p></div>\")\n\n@app.get(\"/card\")\ndef card():\n    return CARD.render(title=request.args.get(\"title\", \"\"), body=request.args.get(\"body\", \"\"))\n",
  "wave": 2
 },
 {
  "name": "xss2-jinja-template-autoescape",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request\nfrom jinja2 import Template\n\napp = Flask(__name__)\nCARD = Template(\"<div class='card'><h4>{{ title }}</h4><p>{{ body }}</p></div>\", autoescape=True)\n\n@app.get(\"/card\")\ndef card():\n    return CARD.render(title=request.args.get(\"title\", \"\"), body=request.args.get(\"body\", \"\"))\n",
  "wave": 2
 },
 {
  "name": "xss2-django-template-response",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from django.http import HttpResponse\nfrom django.template.response import TemplateResponse\n\ndef invite(request):\n    email = request.GET.get(\"email\", \"\")\n    if not email:\n        return TemplateResponse(request, \"invites/form.html\", {})\n    return HttpResponse(\"<p>Invitation sent to \" + email + \"</p>\")\n",
  "wave": 2
 },
 {
  "name": "xss2-django-template-response",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from django.template.response import TemplateResponse\n\ndef invite(request):\n    email = request.GET.get(\"email\", \"\")\n    if not email:\n        return TemplateResponse(request, \"invites/form.html\", {})\n    return TemplateResponse(request, \"invites/sent.html\", {\"email\": email})\n",
  "wave": 2
 },
 {
  "name": "xss2-django-render-to-string",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from django.http import HttpResponse\nfrom django.template.loader import render_to_string\n\ndef preview(request):\n    subject = request.POST.get(\"subject\", \"\")\n    body = render_to_string(\"mail/preview_body.html\", {\"subject\": subject})\n    return HttpResponse(\"<h1>\" + subject + \"</h1>\" + body)\n",
  "wave": 2
 },
 {
  "name": "xss2-django-render-to-string",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from django.http import HttpResponse\nfrom django.template.loader import render_to_string\n\ndef preview(request):\n    subject = request.POST.get(\"subject\", \"\")\n    page = render_to_string(\"mail/preview.html\", {\"subject\": subject})\n    return HttpResponse(page)\n",
  "wave": 2
 },
 {
  "name": "xss2-tornado-render",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "import tornado.web\n\nclass ProfileHandler(tornado.web.RequestHandler):\n    def get(self):\n        nick = self.get_argument(\"nick\", \"anon\")\n        self.write(\"<h2>%s's profile</h2>\" % nick)\n\ndef make_app():\n    return tornado.web.Application([(r\"/profile\", ProfileHandler)], template_path=\"templates\")\n",
  "wave": 2
 },
 {
  "name": "xss2-tornado-render",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "import tornado.web\n\nclass ProfileHandler(tornado.web.RequestHandler):\n    def get(self):\n        nick = self.get_argument(\"nick\", \"anon\")\n        # tornado templates escape {{ nick }} (autoescape is on by default)\n        self.render(\"profile.html\", nick=nick)\n\ndef make_app():\n    return tornado.web.Application([(r\"/profile\", ProfileHandler)], template_path=\"templates\")\n",
  "wave": 2
 },
 {
  "name": "xss2-pyramid-content-type",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from pyramid.response import Response\nfrom pyramid.view import view_config\n\n@view_config(route_name=\"echo\")\ndef echo(request):\n    text = request.params.get(\"text\", \"\")\n    return Response(f\"<p>{text}</p>\", content_type=\"text/html\")\n",
  "wave": 2
 },
 {
  "name": "xss2-pyramid-content-type",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from pyramid.response import Response\nfrom pyramid.view import view_config\n\n@view_config(route_name=\"echo\")\ndef echo(request):\n    text = request.params.get(\"text\", \"\")\n    return Response(text, content_type=\"text/plain\", charset=\"utf-8\")\n",
  "wave": 2
 },
 {
  "name": "xss2-sanic-text",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from sanic import Sanic\nfrom sanic.response import html\n\napp = Sanic(\"notes\")\n\n@app.get(\"/note\")\nasync def note(request):\n    body = request.args.get(\"body\", \"\")\n    return html(f\"<article>{body}</article>\")\n",
  "wave": 2
 },
 {
  "name": "xss2-sanic-text",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from sanic import Sanic\nfrom sanic.response import text\n\napp = Sanic(\"notes\")\n\n@app.get(\"/note\")\nasync def note(request):\n    body = request.args.get(\"body\", \"\")\n    return text(body)\n",
  "wave": 2
 },
 {
  "name": "xss2-falcon-media",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "import falcon\n\nclass HelloResource:\n    def on_get(self, req, resp):\n        name = req.get_param(\"name\") or \"world\"\n        resp.content_type = falcon.MEDIA_HTML\n        resp.text = f\"<h1>Hello {name}</h1>\"\n\napp = falcon.App()\napp.add_route(\"/hello\", HelloResource())\n",
  "wave": 2
 },
 {
  "name": "xss2-falcon-media",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "import falcon\n\nclass HelloResource:\n    def on_get(self, req, resp):\n        name = req.get_param(\"name\") or \"world\"\n        resp.media = {\"greeting\": f\"Hello {name}\"}\n\napp = falcon.App()\napp.add_route(\"/hello\", HelloResource())\n",
  "wave": 2
 },
 {
  "name": "xss2-flask-args-type-int",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request\n\napp = Flask(__name__)\n\n@app.get(\"/cart\")\ndef cart():\n    qty = request.args.get(\"qty\", \"1\")\n    return f\"<p>You have {qty} item(s) in your cart.</p>\"\n",
  "wave": 2
 },
 {
  "name": "xss2-flask-args-type-int",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request\n\napp = Flask(__name__)\n\n@app.get(\"/cart\")\ndef cart():\n    qty = request.args.get(\"qty\", 1, type=int)\n    return f\"<p>You have {qty} item(s) in your cart.</p>\"\n",
  "wave": 2
 },
 {
  "name": "xss2-flask-urlencode",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request\n\napp = Flask(__name__)\n\n@app.get(\"/share\")\ndef share():\n    title = request.args.get(\"title\", \"\")\n    return f'<a href=\"https://social.example/share?text={title}\">Share</a>'\n",
  "wave": 2
 },
 {
  "name": "xss2-flask-urlencode",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from urllib.parse import urlencode\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.get(\"/share\")\ndef share():\n    title = request.args.get(\"title\", \"\")\n    query = urlencode({\"text\": title})\n    return f'<a href=\"https://social.example/share?{query}\">Share</a>'\n",
  "wave": 2
 },
 {
  "name": "xss2-flask-message-lookup",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request\n\napp = Flask(__name__)\nMESSAGES = {\"saved\": \"Your changes were saved.\", \"deleted\": \"The item was deleted.\"}\n\n@app.get(\"/notice\")\ndef notice():\n    code = request.args.get(\"code\", \"\")\n    return f\"<div class='notice'>{MESSAGES.get(code, code)}</div>\"\n",
  "wave": 2
 },
 {
  "name": "xss2-flask-message-lookup",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request\n\napp = Flask(__name__)\nMESSAGES = {\"saved\": \"Your changes were saved.\", \"deleted\": \"The item was deleted.\"}\n\n@app.get(\"/notice\")\ndef notice():\n    code = request.args.get(\"code\", \"\")\n    return f\"<div class='notice'>{MESSAGES.get(code, 'Done.')}</div>\"\n",
  "wave": 2
 },
 {
  "name": "xss2-flask-nh3",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request\n\napp = Flask(__name__)\n\n@app.post(\"/preview\")\ndef preview():\n    html_in = request.form.get(\"html\", \"\")\n    return \"<section class='preview'>\" + html_in + \"</section>\"\n",
  "wave": 2
 },
 {
  "name": "xss2-flask-nh3",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "import nh3\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.post(\"/preview\")\ndef preview():\n    html_in = nh3.clean(request.form.get(\"html\", \"\"), tags={\"p\", \"b\", \"i\", \"ul\", \"li\", \"a\"})\n    return \"<section class='preview'>\" + html_in + \"</section>\"\n",
  "wave": 2
 },
 {
  "name": "xss2-flask-isalnum",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request, abort\n\napp = Flask(__name__)\n\n@app.get(\"/team\")\ndef team():\n    slug = request.args.get(\"slug\", \"\")\n    if len(slug) > 30:\n        abort(400)\n    return f\"<h2>Team {slug}</h2>\"\n",
  "wave": 2
 },
 {
  "name": "xss2-flask-isalnum",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request, abort\n\napp = Flask(__name__)\n\n@app.get(\"/team\")\ndef team():\n    slug = request.args.get(\"slug\", \"\")\n    if not slug.isalnum() or len(slug) > 30:\n        abort(400)\n    return f\"<h2>Team {slug}</h2>\"\n",
  "wave": 2
 },
 {
  "name": "xss2-flask-flash-markup",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request, flash, redirect, url_for\nfrom markupsafe import Markup\n\napp = Flask(__name__)\n\n@app.post(\"/rename\")\ndef rename():\n    new_name = request.form[\"name\"]\n    flash(Markup(f\"Renamed to <b>{new_name}</b>\"))\n    return redirect(url_for(\"index\"))\n",
  "wave": 2
 },
 {
  "name": "xss2-flask-flash-markup",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request, flash, redirect, url_for\nfrom markupsafe import Markup\n\napp = Flask(__name__)\n\n@app.post(\"/rename\")\ndef rename():\n    new_name = request.form[\"name\"]\n    flash(Markup(\"Renamed to <b>{}</b>\").format(new_name))\n    return redirect(url_for(\"index\"))\n",
  "wave": 2
 },
 {
  "name": "xss2-aiohttp-jinja2",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "import aiohttp_jinja2\nimport jinja2\nfrom aiohttp import web\n\nasync def search(request):\n    q = request.query.get(\"q\", \"\")\n    return web.Response(text=\"<h1>Results for \" + q + \"</h1>\", content_type=\"text/html\")\n\napp = web.Application()\naiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(\"templates\"))\napp.router.add_get(\"/search\", search)\n",
  "wave": 2
 },
 {
  "name": "xss2-aiohttp-jinja2",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "import aiohttp_jinja2\nimport jinja2\nfrom aiohttp import web\n\nasync def search(request):\n    q = request.query.get(\"q\", \"\")\n    return aiohttp_jinja2.render_template(\"search.html\", request, {\"q\": q})\n\napp = web.Application()\naiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(\"templates\"))\napp.router.add_get(\"/search\", search)\n",
  "wave": 2
 },
 {
  "name": "xss2-flask-script-json",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "import json\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.get(\"/widget\")\ndef widget():\n    cfg = {\"label\": request.args.get(\"label\", \"Buy\")}\n    return f\"<div id='w'></div><script>window.WIDGET = {json.dumps(cfg)};</script>\"\n",
  "wave": 2
 },
 {
  "name": "xss2-flask-script-json",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "import json\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\ndef script_json(value):\n    # json.dumps does not escape \"</script>\": replace the characters that end a script element\n    return json.dumps(value).replace(\"<\", \"\\\\u003c\").replace(\">\", \"\\\\u003e\").replace(\"&\", \"\\\\u0026\")\n\n@app.get(\"/widget\")\ndef widget():\n    cfg = {\"label\": request.args.get(\"label\", \"Buy\")}\n    return f\"<div id='w'></div><script>window.WIDGET = {script_json(cfg)};</script>\"\n",
  "wave": 2
 },
 {
  "name": "xp2-etxpath-variables",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from lxml import etree\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\nDOC = etree.parse(\"data/feed.xml\")\nNS = \"{http://www.w3.org/2005/Atom}\"\n\n@app.get(\"/entry\")\ndef entry():\n    entry_id = request.args.get(\"id\", \"\")\n    find = etree.ETXPath(f\"//{NS}entry[{NS}id='{entry_id}']/{NS}title/text()\")\n    return jsonify(titles=[str(t) for t in find(DOC)])\n",
  "wave": 2
 },
 {
  "name": "xp2-etxpath-variables",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "from lxml import etree\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\nDOC = etree.parse(\"data/feed.xml\")\nNS = \"{http://www.w3.org/2005/Atom}\"\nFIND = etree.ETXPath(f\"//{NS}entry[{NS}id=$eid]/{NS}title/text()\")\n\n@app.get(\"/entry\")\ndef entry():\n    entry_id = request.args.get(\"id\", \"\")\n    return jsonify(titles=[str(t) for t in FIND(DOC, eid=entry_id)])\n",
  "wave": 2
 },
 {
  "name": "xp2-all-chars-check",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "import string\nfrom lxml import etree\nfrom django.http import JsonResponse\n\nDOC = etree.parse(\"data/inventory.xml\")\nSKU_CHARS = frozenset(string.ascii_uppercase + string.digits + \"-\")\n\ndef stock(request):\n    sku = request.GET.get(\"sku\", \"\")\n    if not sku:\n        return JsonResponse({\"error\": \"sku required\"}, status=400)\n    qty = DOC.xpath(f\"string(//item[@sku='{sku}']/qty)\")\n    return JsonResponse({\"sku\": sku, \"qty\": qty})\n",
  "wave": 2
 },
 {
  "name": "xp2-all-chars-check",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "import string\nfrom lxml import etree\nfrom django.http import JsonResponse\n\nDOC = etree.parse(\"data/inventory.xml\")\nSKU_CHARS = frozenset(string.ascii_uppercase + string.digits + \"-\")\n\ndef stock(request):\n    sku = request.GET.get(\"sku\", \"\")\n    if not sku or not all(ch in SKU_CHARS for ch in sku):\n        return JsonResponse({\"error\": \"bad sku\"}, status=400)\n    qty = DOC.xpath(f\"string(//item[@sku='{sku}']/qty)\")\n    return JsonResponse({\"sku\": sku, \"qty\": qty})\n",
  "wave": 2
 },
 {
  "name": "ok2-fastapi-fixed-upstream",
  "kind": "vuln",
  "lang": "python",
  "cwe": 918,
  "code": "import httpx\nfrom fastapi import FastAPI\n\napp = FastAPI()\n\n@app.get(\"/weather\")\nasync def weather(city: str, source: str = \"https://api.weather.example/v1/current\"):\n    async with httpx.AsyncClient(timeout=5) as client:\n        r = await client.get(source, params={\"city\": city})\n    return r.json()\n",
  "wave": 2
 },
 {
  "name": "ok2-fastapi-fixed-upstream",
  "kind": "safe",
  "lang": "python",
  "cwe": 918,
  "code": "import httpx\nfrom fastapi import FastAPI\n\napp = FastAPI()\nWEATHER_API = \"https://api.weather.example/v1/current\"\n\n@app.get(\"/weather\")\nasync def weather(city: str):\n    async with httpx.AsyncClient(timeout=5) as client:\n        r = await client.get(WEATHER_API, params={\"city\": city})\n    r.raise_for_status()\n    return {\"city\": city, \"temp\": r.json().get(\"temp\")}\n",
  "wave": 2
 },
 {
  "name": "ok2-django-robots-file",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "from django.conf import settings\nfrom django.http import FileResponse\n\ndef static_text(request):\n    name = request.GET.get(\"name\", \"robots.txt\")\n    return FileResponse(open(settings.BASE_DIR / \"static\" / name, \"rb\"), content_type=\"text/plain\")\n",
  "wave": 2
 },
 {
  "name": "ok2-django-robots-file",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "from django.conf import settings\nfrom django.http import FileResponse\n\ndef robots(request):\n    return FileResponse(open(settings.BASE_DIR / \"static\" / \"robots.txt\", \"rb\"), content_type=\"text/plain\")\n",
  "wave": 2
 },
 {
  "name": "ok2-flask-profile-redirect",
  "kind": "vuln",
  "lang": "python",
  "cwe": 601,
  "code": "from flask import Flask, request, redirect, url_for\nfrom flask_login import login_required, current_user\n\napp = Flask(__name__)\n\n@app.post(\"/settings\")\n@login_required\ndef save_settings():\n    current_user.theme = request.form.get(\"theme\", \"light\")\n    return redirect(request.form.get(\"return_to\", \"/\"))\n",
  "wave": 2
 },
 {
  "name": "ok2-flask-profile-redirect",
  "kind": "safe",
  "lang": "python",
  "cwe": 601,
  "code": "from flask import Flask, request, redirect, url_for\nfrom flask_login import login_required, current_user\n\napp = Flask(__name__)\nTHEMES = {\"light\", \"dark\"}\n\n@app.post(\"/settings\")\n@login_required\ndef save_settings():\n    theme = request.form.get(\"theme\", \"light\")\n    current_user.theme = theme if theme in THEMES else \"light\"\n    return redirect(url_for(\"profile\", user_id=current_user.id))\n",
  "wave": 2
 },
 {
  "name": "ok2-flask-download-by-id",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "import os\nfrom flask import Flask, request, send_file\n\napp = Flask(__name__)\nUPLOADS = \"/srv/app/uploads\"\n\n@app.get(\"/download\")\ndef download():\n    return send_file(os.path.join(UPLOADS, request.args[\"file\"]), as_attachment=True)\n",
  "wave": 2
 },
 {
  "name": "ok2-flask-download-by-id",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "from flask import Flask, send_from_directory, abort\nfrom .models import Document\n\napp = Flask(__name__)\nUPLOADS = \"/srv/app/uploads\"\n\n@app.get(\"/download/<int:doc_id>\")\ndef download(doc_id):\n    doc = Document.query.get(doc_id)\n    if doc is None:\n        abort(404)\n    return send_from_directory(UPLOADS, doc.stored_name, as_attachment=True, download_name=doc.title)\n",
  "wave": 2
 },
 {
  "name": "ci3-drf-literal",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "from rest_framework.views import APIView\nfrom rest_framework.response import Response\n\nclass BulkTagView(APIView):\n    def post(self, request):\n        tags = eval(request.data.get(\"tags\", \"[]\"))\n        return Response({\"count\": len(tags)})\n",
  "wave": 3
 },
 {
  "name": "ci3-drf-literal",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "import ast\nfrom rest_framework.views import APIView\nfrom rest_framework.response import Response\n\nclass BulkTagView(APIView):\n    def post(self, request):\n        try:\n            tags = ast.literal_eval(request.data.get(\"tags\", \"[]\"))\n        except (ValueError, SyntaxError):\n            return Response({\"error\": \"tags must be a list literal\"}, status=400)\n        if not isinstance(tags, list):\n            return Response({\"error\": \"tags must be a list literal\"}, status=400)\n        return Response({\"count\": len(tags)})\n",
  "wave": 3
 },
 {
  "name": "ci3-socketserver-json",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "import socketserver\n\nclass CalcHandler(socketserver.StreamRequestHandler):\n    def handle(self):\n        line = self.rfile.readline().decode(\"utf-8\").strip()\n        result = eval(line)\n        self.wfile.write(f\"{result}\\n\".encode())\n\nif __name__ == \"__main__\":\n    with socketserver.TCPServer((\"127.0.0.1\", 9999), CalcHandler) as server:\n        server.serve_forever()\n",
  "wave": 3
 },
 {
  "name": "ci3-socketserver-json",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "import json\nimport socketserver\n\nclass CalcHandler(socketserver.StreamRequestHandler):\n    def handle(self):\n        line = self.rfile.readline().decode(\"utf-8\").strip()\n        try:\n            numbers = json.loads(line)\n            result = sum(float(n) for n in numbers)\n        except (ValueError, TypeError):\n            result = \"error\"\n        self.wfile.write(f\"{result}\\n\".encode())\n\nif __name__ == \"__main__\":\n    with socketserver.TCPServer((\"127.0.0.1\", 9999), CalcHandler) as server:\n        server.serve_forever()\n",
  "wave": 3
 },
 {
  "name": "ci3-flask-asteval",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "from flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\n@app.post(\"/formula\")\ndef formula():\n    expr = request.json.get(\"expr\", \"0\")\n    return jsonify(value=eval(expr, {\"__builtins__\": {}}, {\"pi\": 3.14159}))\n",
  "wave": 3
 },
 {
  "name": "ci3-flask-asteval",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "from asteval import Interpreter\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\n@app.post(\"/formula\")\ndef formula():\n    expr = request.json.get(\"expr\", \"0\")\n    aeval = Interpreter(minimal=True, use_numpy=False)\n    aeval.symtable[\"pi\"] = 3.14159\n    value = aeval(expr)\n    if aeval.error:\n        return jsonify(error=\"invalid expression\"), 400\n    return jsonify(value=value)\n",
  "wave": 3
 },
 {
  "name": "ci3-fastapi-literal-op",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "from fastapi import FastAPI\n\napp = FastAPI()\n\n@app.get(\"/calc\")\ndef calc(a: float, b: float, op: str = \"+\"):\n    return {\"result\": eval(f\"{a} {op} {b}\")}\n",
  "wave": 3
 },
 {
  "name": "ci3-fastapi-literal-op",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "from typing import Literal\nfrom fastapi import FastAPI\n\napp = FastAPI()\n\n@app.get(\"/calc\")\ndef calc(a: float, b: float, op: Literal[\"+\", \"-\", \"*\"] = \"+\"):\n    # FastAPI rejects any op outside the Literal; a and b are parsed as floats\n    return {\"result\": eval(f\"{a} {op} {b}\")}\n",
  "wave": 3
 },
 {
  "name": "ci3-quart-getattr-dispatch",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "from quart import Quart, request, jsonify\nfrom . import actions\n\napp = Quart(__name__)\n\n@app.post(\"/actions/<name>\")\nasync def run_action(name):\n    payload = await request.get_json()\n    return jsonify(result=eval(\"actions.\" + name + \"(payload)\"))\n",
  "wave": 3
 },
 {
  "name": "ci3-quart-getattr-dispatch",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "from quart import Quart, request, jsonify, abort\nfrom . import actions\n\napp = Quart(__name__)\nACTIONS = {\"archive\": actions.archive, \"restore\": actions.restore, \"export\": actions.export}\n\n@app.post(\"/actions/<name>\")\nasync def run_action(name):\n    fn = ACTIONS.get(name)\n    if fn is None:\n        abort(404)\n    payload = await request.get_json()\n    return jsonify(result=fn(payload))\n",
  "wave": 3
 },
 {
  "name": "xss3-django-format-html-href",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from django.http import HttpResponse\nfrom django.utils.html import format_html\n\ndef profile_link(request):\n    site = request.GET.get(\"site\", \"\")\n    # format_html escapes quotes but a javascript: URL stays a working link\n    return HttpResponse(format_html(\"<a href='{}'>website</a>\", site))\n",
  "wave": 3
 },
 {
  "name": "xss3-django-format-html-href",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from urllib.parse import urlparse\nfrom django.http import HttpResponse, HttpResponseBadRequest\nfrom django.utils.html import format_html\n\ndef profile_link(request):\n    site = request.GET.get(\"site\", \"\")\n    if urlparse(site).scheme not in (\"http\", \"https\"):\n        return HttpResponseBadRequest(\"bad url\")\n    return HttpResponse(format_html(\"<a href='{}'>website</a>\", site))\n",
  "wave": 3
 },
 {
  "name": "xss3-flask-json-mimetype",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "import json\nfrom flask import Flask, request, Response\n\napp = Flask(__name__)\n\n@app.get(\"/api/lookup\")\ndef lookup():\n    q = request.args.get(\"q\", \"\")\n    return Response(json.dumps({\"query\": q, \"results\": []}))\n",
  "wave": 3
 },
 {
  "name": "xss3-flask-json-mimetype",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "import json\nfrom flask import Flask, request, Response\n\napp = Flask(__name__)\n\n@app.get(\"/api/lookup\")\ndef lookup():\n    q = request.args.get(\"q\", \"\")\n    return Response(json.dumps({\"query\": q, \"results\": []}), mimetype=\"application/json\")\n",
  "wave": 3
 },
 {
  "name": "xss3-quart-template",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from quart import Quart, request, render_template_string\nfrom markupsafe import Markup\n\napp = Quart(__name__)\n\n@app.get(\"/motd\")\nasync def motd():\n    msg = request.args.get(\"msg\", \"\")\n    return await render_template_string(\"<div class='motd'>{{ m }}</div>\", m=Markup(msg))\n",
  "wave": 3
 },
 {
  "name": "xss3-quart-template",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from quart import Quart, request, render_template_string\n\napp = Quart(__name__)\n\n@app.get(\"/motd\")\nasync def motd():\n    msg = request.args.get(\"msg\", \"\")\n    return await render_template_string(\"<div class='motd'>{{ m }}</div>\", m=msg)\n",
  "wave": 3
 },
 {
  "name": "xss3-starlette-join-escape",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from starlette.applications import Starlette\nfrom starlette.responses import HTMLResponse\nfrom starlette.routing import Route\n\nasync def items(request):\n    names = request.query_params.getlist(\"name\")\n    rows = \"\".join(\"<li>\" + n + \"</li>\" for n in names)\n    return HTMLResponse(\"<ul>\" + rows + \"</ul>\")\n\napp = Starlette(routes=[Route(\"/items\", items)])\n",
  "wave": 3
 },
 {
  "name": "xss3-starlette-join-escape",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "import html\nfrom starlette.applications import Starlette\nfrom starlette.responses import HTMLResponse\nfrom starlette.routing import Route\n\nasync def items(request):\n    names = request.query_params.getlist(\"name\")\n    rows = \"\".join(\"<li>\" + html.escape(n) + \"</li>\" for n in names)\n    return HTMLResponse(\"<ul>\" + rows + \"</ul>\")\n\napp = Starlette(routes=[Route(\"/items\", items)])\n",
  "wave": 3
 },
 {
  "name": "xss3-flask-markup-concat",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request, render_template\nfrom markupsafe import Markup\n\napp = Flask(__name__)\n\n@app.get(\"/signature\")\ndef signature():\n    name = request.args.get(\"name\", \"\")\n    sig = Markup(name + \"<br><small>Sent from the web app</small>\")\n    return render_template(\"signature.html\", sig=sig)\n",
  "wave": 3
 },
 {
  "name": "xss3-flask-markup-concat",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request, render_template\nfrom markupsafe import Markup, escape\n\napp = Flask(__name__)\n\n@app.get(\"/signature\")\ndef signature():\n    name = request.args.get(\"name\", \"\")\n    sig = escape(name) + Markup(\"<br><small>Sent from the web app</small>\")\n    return render_template(\"signature.html\", sig=sig)\n",
  "wave": 3
 },
 {
  "name": "xp3-django-cbv-xpath-var",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from lxml import etree\nfrom django.http import JsonResponse\nfrom django.views import View\n\nclass BookView(View):\n    doc = etree.parse(\"data/books.xml\")\n\n    def get(self, request):\n        author = request.GET.get(\"author\", \"\")\n        titles = self.doc.xpath(\"//book[author='\" + author + \"']/title/text()\")\n        return JsonResponse({\"titles\": [str(t) for t in titles]})\n",
  "wave": 3
 },
 {
  "name": "xp3-django-cbv-xpath-var",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "from lxml import etree\nfrom django.http import JsonResponse\nfrom django.views import View\n\nclass BookView(View):\n    doc = etree.parse(\"data/books.xml\")\n    by_author = etree.XPath(\"//book[author=$a]/title/text()\")\n\n    def get(self, request):\n        author = request.GET.get(\"author\", \"\")\n        titles = self.by_author(self.doc, a=author)\n        return JsonResponse({\"titles\": [str(t) for t in titles]})\n",
  "wave": 3
 },
 {
  "name": "ok3-flask-ping",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request\n\napp = Flask(__name__)\n\n@app.get(\"/ping\")\ndef ping():\n    return \"<p>pong \" + request.args.get(\"id\", \"\") + \"</p>\"\n",
  "wave": 3
 },
 {
  "name": "ok3-flask-ping",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask\n\napp = Flask(__name__)\n\n@app.get(\"/ping\")\ndef ping():\n    return \"pong\", 200, {\"Content-Type\": \"text/plain; charset=utf-8\"}\n",
  "wave": 3
 },
 {
  "name": "ok3-drf-serializer",
  "kind": "vuln",
  "lang": "python",
  "cwe": 89,
  "code": "from django.db import connection\nfrom rest_framework.decorators import api_view\nfrom rest_framework.response import Response\n\n@api_view([\"GET\"])\ndef search_users(request):\n    name = request.query_params.get(\"name\", \"\")\n    with connection.cursor() as cur:\n        cur.execute(\"SELECT id, username FROM auth_user WHERE username LIKE '%\" + name + \"%'\")\n        rows = cur.fetchall()\n    return Response([{\"id\": r[0], \"username\": r[1]} for r in rows])\n",
  "wave": 3
 },
 {
  "name": "ok3-drf-serializer",
  "kind": "safe",
  "lang": "python",
  "cwe": 89,
  "code": "from django.contrib.auth.models import User\nfrom rest_framework.decorators import api_view\nfrom rest_framework.response import Response\n\n@api_view([\"GET\"])\ndef search_users(request):\n    name = request.query_params.get(\"name\", \"\")[:50]\n    users = User.objects.filter(username__icontains=name).values(\"id\", \"username\")[:20]\n    return Response(list(users))\n",
  "wave": 3
 },
 {
  "name": "ci4-flask-expr-table-default",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "from flask import Flask, request, jsonify\n\napp = Flask(__name__)\nEXPRESSIONS = {\"bmi\": \"weight / (height * height)\", \"ratio\": \"weight / height\"}\n\n@app.get(\"/metric\")\ndef metric():\n    key = request.args.get(\"metric\", \"bmi\")\n    expr = EXPRESSIONS.get(key, key)\n    env = {\"weight\": float(request.args[\"w\"]), \"height\": float(request.args[\"h\"])}\n    return jsonify(value=eval(expr, {\"__builtins__\": {}}, env))\n",
  "wave": 4
 },
 {
  "name": "ci4-flask-expr-table-default",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "from flask import Flask, request, jsonify, abort\n\napp = Flask(__name__)\nEXPRESSIONS = {\"bmi\": \"weight / (height * height)\", \"ratio\": \"weight / height\"}\n\n@app.get(\"/metric\")\ndef metric():\n    expr = EXPRESSIONS.get(request.args.get(\"metric\", \"bmi\"))\n    if expr is None:\n        abort(400)\n    env = {\"weight\": float(request.args[\"w\"]), \"height\": float(request.args[\"h\"])}\n    return jsonify(value=eval(expr, {\"__builtins__\": {}}, env))\n",
  "wave": 4
 },
 {
  "name": "ci4-django-exec-transform",
  "kind": "vuln",
  "lang": "python",
  "cwe": 94,
  "code": "import json\nfrom django.http import JsonResponse\n\ndef transform(request):\n    code = request.POST[\"transform\"]\n    ns = {\"data\": json.loads(request.POST.get(\"data\", \"{}\"))}\n    exec(code, ns)\n    return JsonResponse({\"result\": ns.get(\"result\")})\n",
  "wave": 4
 },
 {
  "name": "ci4-django-exec-transform",
  "kind": "safe",
  "lang": "python",
  "cwe": 94,
  "code": "import json\nfrom django.http import JsonResponse\n\nTRANSFORM = \"\"\"\nresult = {k.lower(): v for k, v in data.items() if isinstance(k, str)}\n\"\"\"\n\ndef transform(request):\n    ns = {\"data\": json.loads(request.POST.get(\"data\", \"{}\"))}\n    exec(TRANSFORM, ns)\n    return JsonResponse({\"result\": ns.get(\"result\")})\n",
  "wave": 4
 },
 {
  "name": "ci4-aiohttp-int-ops",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "from aiohttp import web\n\nasync def arith(request):\n    a = int(request.query.get(\"a\", \"0\"))\n    b = int(request.query.get(\"b\", \"0\"))\n    op = request.query.get(\"op\", \"+\")\n    return web.json_response({\"result\": eval(f\"{a} {op} {b}\")})\n\napp = web.Application()\napp.router.add_get(\"/arith\", arith)\n",
  "wave": 4
 },
 {
  "name": "ci4-aiohttp-int-ops",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "from aiohttp import web\n\nOPS = (\"+\", \"-\", \"*\")\n\nasync def arith(request):\n    try:\n        a = int(request.query.get(\"a\", \"0\"))\n        b = int(request.query.get(\"b\", \"0\"))\n    except ValueError:\n        raise web.HTTPBadRequest()\n    op = request.query.get(\"op\", \"+\")\n    if op not in OPS:\n        raise web.HTTPBadRequest()\n    return web.json_response({\"result\": eval(f\"{a} {op} {b}\")})\n\napp = web.Application()\napp.router.add_get(\"/arith\", arith)\n",
  "wave": 4
 },
 {
  "name": "ci4-bottle-compile-body",
  "kind": "vuln",
  "lang": "python",
  "cwe": 94,
  "code": "from bottle import Bottle, request\n\napp = Bottle()\n\n@app.post(\"/rules/validate\")\ndef validate_rule():\n    src = request.body.read().decode(\"utf-8\")\n    code = compile(src, \"<rule>\", \"exec\")\n    ns = {}\n    exec(code, ns)\n    return {\"ok\": \"check\" in ns}\n",
  "wave": 4
 },
 {
  "name": "ci4-bottle-compile-body",
  "kind": "safe",
  "lang": "python",
  "cwe": 94,
  "code": "import json\nfrom bottle import Bottle, request\n\napp = Bottle()\nREQUIRED = (\"name\", \"threshold\")\n\n@app.post(\"/rules/validate\")\ndef validate_rule():\n    try:\n        rule = json.load(request.body)\n    except ValueError:\n        return {\"ok\": False}\n    return {\"ok\": isinstance(rule, dict) and all(k in rule for k in REQUIRED)}\n",
  "wave": 4
 },
 {
  "name": "ci4-flask-type-float",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "from flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\n@app.get(\"/celsius\")\ndef celsius():\n    f = request.args.get(\"f\", \"32\")\n    return jsonify(c=eval(f\"({f} - 32) * 5 / 9\"))\n",
  "wave": 4
 },
 {
  "name": "ci4-flask-type-float",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "from flask import Flask, request, jsonify, abort\n\napp = Flask(__name__)\n\n@app.get(\"/celsius\")\ndef celsius():\n    f = request.args.get(\"f\", type=float)\n    if f is None:\n        abort(400)\n    return jsonify(c=eval(f\"({f} - 32) * 5 / 9\"))\n",
  "wave": 4
 },
 {
  "name": "xss4-flask-helper-escape",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from flask import Flask, request\n\napp = Flask(__name__)\n\ndef e(value):\n    return value.strip()\n\n@app.get(\"/label\")\ndef label():\n    text = request.args.get(\"text\", \"\")\n    return f\"<span class='label'>{e(text)}</span>\"\n",
  "wave": 4
 },
 {
  "name": "xss4-flask-helper-escape",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "import html\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\ndef e(value):\n    return html.escape(value.strip())\n\n@app.get(\"/label\")\ndef label():\n    text = request.args.get(\"text\", \"\")\n    return f\"<span class='label'>{e(text)}</span>\"\n",
  "wave": 4
 },
 {
  "name": "xss4-django-mark-safe-bleach",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from django.shortcuts import render\nfrom django.utils.safestring import mark_safe\n\ndef post_preview(request):\n    body = request.POST.get(\"body\", \"\")\n    return render(request, \"blog/preview.html\", {\"body\": mark_safe(body)})\n",
  "wave": 4
 },
 {
  "name": "xss4-django-mark-safe-bleach",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "import bleach\nfrom django.shortcuts import render\nfrom django.utils.safestring import mark_safe\n\nALLOWED_TAGS = [\"p\", \"b\", \"i\", \"em\", \"strong\", \"ul\", \"ol\", \"li\", \"a\", \"blockquote\"]\n\ndef post_preview(request):\n    body = bleach.clean(request.POST.get(\"body\", \"\"), tags=ALLOWED_TAGS, attributes={\"a\": [\"href\", \"title\"]}, strip=True)\n    return render(request, \"blog/preview.html\", {\"body\": mark_safe(body)})\n",
  "wave": 4
 },
 {
  "name": "xss4-fastapi-from-string",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from fastapi import FastAPI\nfrom fastapi.responses import HTMLResponse\nfrom jinja2 import Environment\n\napp = FastAPI()\nenv = Environment()\nPAGE = env.from_string(\"<h1>Hi {{ name }}</h1>\")\n\n@app.get(\"/hi\", response_class=HTMLResponse)\ndef hi(name: str = \"there\"):\n    return HTMLResponse(content=PAGE.render(name=name))\n",
  "wave": 4
 },
 {
  "name": "xss4-fastapi-from-string",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "from fastapi import FastAPI\nfrom fastapi.responses import HTMLResponse\nfrom jinja2 import Environment\n\napp = FastAPI()\nenv = Environment(autoescape=True)\nPAGE = env.from_string(\"<h1>Hi {{ name }}</h1>\")\n\n@app.get(\"/hi\", response_class=HTMLResponse)\ndef hi(name: str = \"there\"):\n    return HTMLResponse(content=PAGE.render(name=name))\n",
  "wave": 4
 },
 {
  "name": "xss4-tornado-finish-dict",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "import tornado.web\n\nclass LookupHandler(tornado.web.RequestHandler):\n    def get(self):\n        q = self.get_query_argument(\"q\", \"\")\n        self.finish(\"<p>No results for <b>\" + q + \"</b></p>\")\n\ndef make_app():\n    return tornado.web.Application([(r\"/lookup\", LookupHandler)])\n",
  "wave": 4
 },
 {
  "name": "xss4-tornado-finish-dict",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "import tornado.web\n\nclass LookupHandler(tornado.web.RequestHandler):\n    def get(self):\n        q = self.get_query_argument(\"q\", \"\")\n        # a dict is sent as application/json\n        self.finish({\"query\": q, \"results\": []})\n\ndef make_app():\n    return tornado.web.Application([(r\"/lookup\", LookupHandler)])\n",
  "wave": 4
 },
 {
  "name": "xss4-httpserver-json",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "from http.server import BaseHTTPRequestHandler, HTTPServer\nfrom urllib.parse import urlparse, parse_qs\n\nclass EchoHandler(BaseHTTPRequestHandler):\n    def do_GET(self):\n        term = parse_qs(urlparse(self.path).query).get(\"term\", [\"\"])[0]\n        body = (\"<p>You searched for \" + term + \"</p>\").encode()\n        self.send_response(200)\n        self.send_header(\"Content-Type\", \"text/html\")\n        self.end_headers()\n        self.wfile.write(body)\n\nif __name__ == \"__main__\":\n    HTTPServer((\"127.0.0.1\", 8081), EchoHandler).serve_forever()\n",
  "wave": 4
 },
 {
  "name": "xss4-httpserver-json",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "import json\nfrom http.server import BaseHTTPRequestHandler, HTTPServer\nfrom urllib.parse import urlparse, parse_qs\n\nclass EchoHandler(BaseHTTPRequestHandler):\n    def do_GET(self):\n        term = parse_qs(urlparse(self.path).query).get(\"term\", [\"\"])[0]\n        body = json.dumps({\"term\": term}).encode()\n        self.send_response(200)\n        self.send_header(\"Content-Type\", \"application/json\")\n        self.end_headers()\n        self.wfile.write(body)\n\nif __name__ == \"__main__\":\n    HTTPServer((\"127.0.0.1\", 8081), EchoHandler).serve_forever()\n",
  "wave": 4
 },
 {
  "name": "xp4-fastapi-xpath-format",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from fastapi import FastAPI\nfrom lxml import etree\n\napp = FastAPI()\nDOC = etree.parse(\"data/orders.xml\")\n\n@app.get(\"/orders/{customer}\")\ndef orders(customer: str):\n    ids = DOC.xpath(\"//order[@customer='{}']/@id\".format(customer))\n    return {\"ids\": [str(i) for i in ids]}\n",
  "wave": 4
 },
 {
  "name": "xp4-fastapi-xpath-format",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "from fastapi import FastAPI\nfrom lxml import etree\n\napp = FastAPI()\nDOC = etree.parse(\"data/orders.xml\")\n\n@app.get(\"/orders/{customer}\")\ndef orders(customer: str):\n    ids = DOC.xpath(\"//order[@customer=$c]/@id\", c=customer)\n    return {\"ids\": [str(i) for i in ids]}\n",
  "wave": 4
 },
 {
  "name": "ok4-starlette-redirect",
  "kind": "vuln",
  "lang": "python",
  "cwe": 601,
  "code": "from starlette.applications import Starlette\nfrom starlette.responses import RedirectResponse\nfrom starlette.routing import Route\n\nasync def done(request):\n    return RedirectResponse(url=request.query_params.get(\"next\", \"/\"), status_code=303)\n\nasync def home(request):\n    return RedirectResponse(url=\"/dashboard\")\n\napp = Starlette(routes=[Route(\"/done\", done), Route(\"/\", home, name=\"home\")])\n",
  "wave": 4
 },
 {
  "name": "ok4-starlette-redirect",
  "kind": "safe",
  "lang": "python",
  "cwe": 601,
  "code": "from starlette.applications import Starlette\nfrom starlette.responses import RedirectResponse\nfrom starlette.routing import Route\n\nasync def done(request):\n    return RedirectResponse(url=request.url_for(\"home\"), status_code=303)\n\nasync def home(request):\n    return RedirectResponse(url=\"/dashboard\")\n\napp = Starlette(routes=[Route(\"/done\", done), Route(\"/\", home, name=\"home\")])\n",
  "wave": 4
 }
];

describeProbes('round 16 precision probes (python)', PROBES);
