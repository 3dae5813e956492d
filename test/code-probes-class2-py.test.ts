// Round 15 (Python): "one class at a time" in web handlers (Flask, Django, FastAPI, Starlette, bottle,
// aiohttp, Sanic, Tornado, Falcon, Pyramid, CherryPy, CGI / WSGI). OS command and argument injection
// (CWE-78/88), XPath injection precision (safe ways of building a query beside vulnerable twins) and a
// few weak hash / cipher probes. Each wave was written and saved before the analyzer ran on it; see
// "Round 15 (Python)" in code-rules/README.md for the first-contact numbers.
// xp-fastapi-evaluator: XPathEvaluator(doc)(expr) is reported by py.xpath-injection-evaluators, a
// low-confidence rule since round 13's review: checked at low.
import { describeProbes, type Probe } from './code-probes.js';

const PROBES: Probe[] = [
 {
  "name": "cmd-flask-ping-system",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import os\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.route(\"/diag/ping\")\ndef ping():\n    host = request.args.get(\"host\", \"\")\n    rc = os.system(\"ping -c 1 \" + host)\n    return {\"reachable\": rc == 0}\n",
  "wave": 1
 },
 {
  "name": "cmd-flask-ping-system",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import ipaddress\nimport subprocess\nfrom flask import Flask, request, abort\n\napp = Flask(__name__)\n\n@app.route(\"/diag/ping\")\ndef ping():\n    try:\n        host = str(ipaddress.ip_address(request.args.get(\"host\", \"\")))\n    except ValueError:\n        abort(400)\n    rc = subprocess.run([\"ping\", \"-c\", \"1\", host], capture_output=True).returncode\n    return {\"reachable\": rc == 0}\n",
  "wave": 1
 },
 {
  "name": "cmd-flask-run-shell-fstring",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import subprocess\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.post(\"/thumbnails\")\ndef thumbnail():\n    src = request.form[\"image\"]\n    size = request.form.get(\"size\", \"128x128\")\n    subprocess.run(f\"convert uploads/{src} -resize {size} thumbs/{src}\", shell=True, check=True)\n    return \"ok\"\n",
  "wave": 1
 },
 {
  "name": "cmd-flask-run-shell-fstring",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import re\nimport subprocess\nfrom flask import Flask, request, abort\n\napp = Flask(__name__)\nNAME = re.compile(r\"[A-Za-z0-9_]+\\.(png|jpg)\")\n\n@app.post(\"/thumbnails\")\ndef thumbnail():\n    src = request.form[\"image\"]\n    if not NAME.fullmatch(src):\n        abort(400)\n    subprocess.run([\"convert\", \"uploads/\" + src, \"-resize\", \"128x128\", \"thumbs/\" + src], check=True)\n    return \"ok\"\n",
  "wave": 1
 },
 {
  "name": "cmd-django-popen",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import os\nfrom django.http import HttpResponse\n\ndef whois(request):\n    domain = request.GET.get(\"domain\", \"\")\n    out = os.popen(\"whois \" + domain).read()\n    return HttpResponse(out, content_type=\"text/plain\")\n",
  "wave": 1
 },
 {
  "name": "cmd-django-popen",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import os\nimport shlex\nfrom django.http import HttpResponse\n\ndef whois(request):\n    domain = request.GET.get(\"domain\", \"\")\n    out = os.popen(\"whois \" + shlex.quote(domain)).read()\n    return HttpResponse(out, content_type=\"text/plain\")\n",
  "wave": 1
 },
 {
  "name": "cmd-fastapi-sh-c-list",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import subprocess\nfrom fastapi import FastAPI\n\napp = FastAPI()\n\n@app.get(\"/logs/{service}\")\ndef tail_logs(service: str, lines: str = \"50\"):\n    cmd = \"journalctl -u \" + service + \" -n \" + lines\n    out = subprocess.check_output([\"sh\", \"-c\", cmd])\n    return {\"log\": out.decode()}\n",
  "wave": 1
 },
 {
  "name": "cmd-fastapi-sh-c-list",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import subprocess\nfrom fastapi import FastAPI, HTTPException\n\napp = FastAPI()\nSERVICES = {\"nginx\", \"postgresql\", \"redis\"}\n\n@app.get(\"/logs/{service}\")\ndef tail_logs(service: str, lines: int = 50):\n    if service not in SERVICES:\n        raise HTTPException(status_code=404)\n    out = subprocess.check_output([\"journalctl\", \"-u\", service, \"-n\", str(lines)])\n    return {\"log\": out.decode()}\n",
  "wave": 1
 },
 {
  "name": "cmd-bottle-bash-c",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import subprocess\nfrom bottle import route, request, run\n\n@route(\"/count\")\ndef count_lines():\n    path = request.query.path\n    proc = subprocess.Popen([\"bash\", \"-c\", \"wc -l \" + path], stdout=subprocess.PIPE)\n    out, _ = proc.communicate()\n    return out.decode()\n\nrun(host=\"127.0.0.1\", port=8080)\n",
  "wave": 1
 },
 {
  "name": "cmd-bottle-bash-c",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import os\nfrom bottle import route, request, run, abort\n\nBASE = \"/srv/reports\"\n\n@route(\"/count\")\ndef count_lines():\n    name = os.path.basename(request.query.path)\n    full = os.path.join(BASE, name)\n    if not os.path.isfile(full):\n        abort(404)\n    with open(full, \"rb\") as fh:\n        return str(sum(1 for _ in fh))\n\nrun(host=\"127.0.0.1\", port=8080)\n",
  "wave": 1
 },
 {
  "name": "cmd-aiohttp-create-subprocess-shell",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import asyncio\nfrom aiohttp import web\n\nasync def dig(request):\n    name = request.query[\"name\"]\n    proc = await asyncio.create_subprocess_shell(\n        \"dig +short \" + name, stdout=asyncio.subprocess.PIPE)\n    out, _ = await proc.communicate()\n    return web.Response(text=out.decode())\n\napp = web.Application()\napp.router.add_get(\"/dig\", dig)\n",
  "wave": 1
 },
 {
  "name": "cmd-aiohttp-create-subprocess-shell",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import asyncio\nimport re\nfrom aiohttp import web\n\nHOST = re.compile(r\"[a-z0-9][a-z0-9.-]{0,252}\", re.I)\n\nasync def dig(request):\n    name = request.query[\"name\"]\n    if not HOST.fullmatch(name):\n        raise web.HTTPBadRequest()\n    proc = await asyncio.create_subprocess_exec(\n        \"dig\", \"+short\", name, stdout=asyncio.subprocess.PIPE)\n    out, _ = await proc.communicate()\n    return web.Response(text=out.decode())\n\napp = web.Application()\napp.router.add_get(\"/dig\", dig)\n",
  "wave": 1
 },
 {
  "name": "cmd-cgi-fieldstorage-system",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "#!/usr/bin/env python3\nimport cgi\nimport os\n\nform = cgi.FieldStorage()\nuser = form.getvalue(\"user\", \"\")\nprint(\"Content-Type: text/plain\\n\")\nos.system(\"finger \" + user)\n",
  "wave": 1
 },
 {
  "name": "cmd-cgi-fieldstorage-system",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "#!/usr/bin/env python3\nimport cgi\nimport os\nimport shlex\n\nform = cgi.FieldStorage()\nuser = form.getvalue(\"user\", \"\")\nprint(\"Content-Type: text/plain\\n\")\nos.system(\"finger \" + shlex.quote(user))\n",
  "wave": 1
 },
 {
  "name": "cmd-wsgi-query-string-popen",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import os\nfrom urllib.parse import parse_qs\n\ndef application(environ, start_response):\n    qs = parse_qs(environ.get(\"QUERY_STRING\", \"\"))\n    target = qs.get(\"target\", [\"localhost\"])[0]\n    out = os.popen(\"traceroute -m 10 %s\" % target).read()\n    start_response(\"200 OK\", [(\"Content-Type\", \"text/plain\")])\n    return [out.encode()]\n",
  "wave": 1
 },
 {
  "name": "cmd-wsgi-query-string-popen",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import subprocess\nfrom urllib.parse import parse_qs\n\nTARGETS = {\"gw\": \"10.0.0.1\", \"dns\": \"10.0.0.53\", \"web\": \"10.0.1.10\"}\n\ndef application(environ, start_response):\n    qs = parse_qs(environ.get(\"QUERY_STRING\", \"\"))\n    target = TARGETS.get(qs.get(\"target\", [\"gw\"])[0], \"10.0.0.1\")\n    out = subprocess.run([\"traceroute\", \"-m\", \"10\", target], capture_output=True, text=True).stdout\n    start_response(\"200 OK\", [(\"Content-Type\", \"text/plain\")])\n    return [out.encode()]\n",
  "wave": 1
 },
 {
  "name": "cmd-flask-header-git-argument",
  "kind": "vuln",
  "lang": "python",
  "cwe": 88,
  "code": "import subprocess\nfrom flask import Flask, request\n\napp = Flask(__name__)\nREPO = \"/srv/git/site.git\"\n\n@app.route(\"/deploy\", methods=[\"POST\"])\ndef deploy():\n    ref = request.headers.get(\"X-Deploy-Ref\", \"main\")\n    out = subprocess.run([\"git\", \"-C\", REPO, \"log\", \"-1\", ref], capture_output=True, text=True)\n    return out.stdout\n",
  "wave": 1
 },
 {
  "name": "cmd-flask-header-git-argument",
  "kind": "safe",
  "lang": "python",
  "cwe": 88,
  "code": "import re\nimport subprocess\nfrom flask import Flask, request, abort\n\napp = Flask(__name__)\nREPO = \"/srv/git/site.git\"\nREF = re.compile(r\"[A-Za-z0-9][A-Za-z0-9._/]{0,99}\")\n\n@app.route(\"/deploy\", methods=[\"POST\"])\ndef deploy():\n    ref = request.headers.get(\"X-Deploy-Ref\", \"main\")\n    if not REF.fullmatch(ref):\n        abort(400)\n    out = subprocess.run([\"git\", \"-C\", REPO, \"log\", \"-1\", ref], capture_output=True, text=True)\n    return out.stdout\n",
  "wave": 1
 },
 {
  "name": "cmd-flask-cookie-spawnlp",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import os\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.route(\"/print/<int:doc_id>\")\ndef print_doc(doc_id):\n    printer = request.cookies.get(\"printer\", \"office\")\n    os.spawnlp(os.P_WAIT, \"sh\", \"sh\", \"-c\", \"lpr -P %s /srv/docs/%d.pdf\" % (printer, doc_id))\n    return \"queued\"\n",
  "wave": 1
 },
 {
  "name": "cmd-flask-cookie-spawnlp",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import os\nfrom flask import Flask, request\n\napp = Flask(__name__)\nPRINTERS = {\"office\", \"lab\", \"frontdesk\"}\n\n@app.route(\"/print/<int:doc_id>\")\ndef print_doc(doc_id):\n    printer = request.cookies.get(\"printer\", \"office\")\n    if printer not in PRINTERS:\n        printer = \"office\"\n    os.spawnlp(os.P_WAIT, \"lpr\", \"lpr\", \"-P\", printer, \"/srv/docs/%d.pdf\" % doc_id)\n    return \"queued\"\n",
  "wave": 1
 },
 {
  "name": "cmd-django-shlex-split-string",
  "kind": "vuln",
  "lang": "python",
  "cwe": 88,
  "code": "import shlex\nimport subprocess\nfrom django.http import JsonResponse\n\ndef archive(request):\n    folder = request.POST[\"folder\"]\n    command = \"tar -czf /tmp/export.tgz \" + folder\n    subprocess.run(shlex.split(command), check=True)\n    return JsonResponse({\"file\": \"/tmp/export.tgz\"})\n",
  "wave": 1
 },
 {
  "name": "cmd-django-shlex-split-string",
  "kind": "safe",
  "lang": "python",
  "cwe": 88,
  "code": "import subprocess\nfrom django.http import JsonResponse, HttpResponseBadRequest\n\nALLOWED = {\"invoices\", \"contracts\", \"photos\"}\n\ndef archive(request):\n    folder = request.POST[\"folder\"]\n    if folder not in ALLOWED:\n        return HttpResponseBadRequest(\"unknown folder\")\n    subprocess.run([\"tar\", \"-czf\", \"/tmp/export.tgz\", \"--\", folder], check=True)\n    return JsonResponse({\"file\": \"/tmp/export.tgz\"})\n",
  "wave": 1
 },
 {
  "name": "cmd-fastapi-pexpect-ssh",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import pexpect\nfrom fastapi import FastAPI\n\napp = FastAPI()\n\n@app.post(\"/uptime\")\ndef remote_uptime(host: str):\n    child = pexpect.spawn(\"ssh -o BatchMode=yes \" + host + \" uptime\")\n    child.expect(pexpect.EOF)\n    return {\"uptime\": child.before.decode()}\n",
  "wave": 1
 },
 {
  "name": "cmd-fastapi-pexpect-ssh",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import pexpect\nfrom fastapi import FastAPI, HTTPException\n\napp = FastAPI()\nHOSTS = {\"web1\", \"web2\", \"db1\"}\n\n@app.post(\"/uptime\")\ndef remote_uptime(host: str):\n    if host not in HOSTS:\n        raise HTTPException(status_code=400)\n    child = pexpect.spawn(\"ssh\", [\"-o\", \"BatchMode=yes\", host, \"uptime\"])\n    child.expect(pexpect.EOF)\n    return {\"uptime\": child.before.decode()}\n",
  "wave": 1
 },
 {
  "name": "cmd-flask-join-call-shell",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import subprocess\nfrom flask import Flask, request, send_file\n\napp = Flask(__name__)\n\n@app.route(\"/bundle\")\ndef bundle():\n    name = request.args.get(\"name\", \"bundle\")\n    parts = [\"zip\", \"-r\", \"/tmp/\" + name + \".zip\", \"/srv/public\"]\n    subprocess.call(\" \".join(parts), shell=True)\n    return send_file(\"/tmp/\" + name + \".zip\")\n",
  "wave": 1
 },
 {
  "name": "cmd-flask-join-call-shell",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import os\nimport subprocess\nimport tempfile\nfrom flask import Flask, request, send_file\nfrom werkzeug.utils import secure_filename\n\napp = Flask(__name__)\n\n@app.route(\"/bundle\")\ndef bundle():\n    name = secure_filename(request.args.get(\"name\", \"bundle\")) or \"bundle\"\n    out = os.path.join(tempfile.mkdtemp(), name + \".zip\")\n    subprocess.call([\"zip\", \"-r\", out, \"/srv/public\"])\n    return send_file(out)\n",
  "wave": 1
 },
 {
  "name": "cmd-flask-tar-options",
  "kind": "vuln",
  "lang": "python",
  "cwe": 88,
  "code": "import subprocess\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.post(\"/restore\")\ndef restore():\n    body = request.get_json()\n    archive = \"/srv/backups/latest.tar\"\n    args = [\"tar\", \"-xf\", archive, \"-C\", \"/srv/restore\"]\n    args.extend(body.get(\"options\", []))\n    subprocess.run(args, check=True)\n    return {\"status\": \"restored\"}\n",
  "wave": 1
 },
 {
  "name": "cmd-flask-tar-options",
  "kind": "safe",
  "lang": "python",
  "cwe": 88,
  "code": "import subprocess\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.post(\"/restore\")\ndef restore():\n    body = request.get_json()\n    archive = \"/srv/backups/latest.tar\"\n    args = [\"tar\", \"-xf\", archive, \"-C\", \"/srv/restore\"]\n    if body.get(\"verbose\"):\n        args.append(\"-v\")\n    subprocess.run(args, check=True)\n    return {\"status\": \"restored\"}\n",
  "wave": 1
 },
 {
  "name": "cmd-flask-find-extra-args",
  "kind": "vuln",
  "lang": "python",
  "cwe": 88,
  "code": "import subprocess\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\n@app.route(\"/search-files\")\ndef search_files():\n    pattern = request.args.get(\"pattern\", \"*.log\")\n    extra = request.args.getlist(\"filter\")\n    cmd = [\"find\", \"/var/app/data\", \"-name\", pattern] + extra\n    out = subprocess.run(cmd, capture_output=True, text=True).stdout\n    return jsonify(out.splitlines())\n",
  "wave": 1
 },
 {
  "name": "cmd-flask-find-extra-args",
  "kind": "safe",
  "lang": "python",
  "cwe": 88,
  "code": "import fnmatch\nimport os\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\n@app.route(\"/search-files\")\ndef search_files():\n    pattern = request.args.get(\"pattern\", \"*.log\")\n    hits = []\n    for root, _dirs, files in os.walk(\"/var/app/data\"):\n        hits.extend(os.path.join(root, f) for f in fnmatch.filter(files, pattern))\n    return jsonify(hits)\n",
  "wave": 1
 },
 {
  "name": "cmd-flask-execvp-sh",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import os\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.route(\"/render\", methods=[\"POST\"])\ndef render():\n    template = request.form[\"template\"]\n    pid = os.fork()\n    if pid == 0:\n        os.execvp(\"sh\", [\"sh\", \"-c\", \"pandoc \" + template + \" -o /tmp/out.pdf\"])\n    os.waitpid(pid, 0)\n    return \"rendered\"\n",
  "wave": 1
 },
 {
  "name": "cmd-flask-execvp-sh",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import os\nfrom flask import Flask, request\n\napp = Flask(__name__)\nTEMPLATES = {\"invoice\": \"/srv/tpl/invoice.md\", \"letter\": \"/srv/tpl/letter.md\"}\n\n@app.route(\"/render\", methods=[\"POST\"])\ndef render():\n    template = TEMPLATES.get(request.form[\"template\"], \"/srv/tpl/letter.md\")\n    pid = os.fork()\n    if pid == 0:\n        os.execvp(\"pandoc\", [\"pandoc\", template, \"-o\", \"/tmp/out.pdf\"])\n    os.waitpid(pid, 0)\n    return \"rendered\"\n",
  "wave": 1
 },
 {
  "name": "cmd-flask-getoutput",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import subprocess\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.route(\"/disk\")\ndef disk_usage():\n    directory = request.args.get(\"dir\", \"/srv\")\n    return subprocess.getoutput(\"du -sh \" + directory)\n",
  "wave": 1
 },
 {
  "name": "cmd-flask-getoutput",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import shutil\nfrom flask import Flask, request, abort\n\napp = Flask(__name__)\nVOLUMES = {\"srv\": \"/srv\", \"home\": \"/home\", \"var\": \"/var\"}\n\n@app.route(\"/disk\")\ndef disk_usage():\n    path = VOLUMES.get(request.args.get(\"dir\", \"srv\"))\n    if path is None:\n        abort(404)\n    usage = shutil.disk_usage(path)\n    return {\"used\": usage.used, \"free\": usage.free}\n",
  "wave": 1
 },
 {
  "name": "cmd-django-getstatusoutput",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import subprocess\nfrom django.http import JsonResponse\n\ndef check_cert(request):\n    site = request.GET[\"site\"]\n    status, output = subprocess.getstatusoutput(\n        \"echo | openssl s_client -connect %s:443 2>/dev/null | openssl x509 -noout -enddate\" % site)\n    return JsonResponse({\"status\": status, \"expiry\": output})\n",
  "wave": 1
 },
 {
  "name": "cmd-django-getstatusoutput",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import socket\nimport ssl\nfrom django.http import JsonResponse, HttpResponseBadRequest\nfrom django.core.validators import validate_domain_name\nfrom django.core.exceptions import ValidationError\n\ndef check_cert(request):\n    site = request.GET[\"site\"]\n    try:\n        validate_domain_name(site)\n    except ValidationError:\n        return HttpResponseBadRequest()\n    ctx = ssl.create_default_context()\n    with socket.create_connection((site, 443), timeout=5) as sock:\n        with ctx.wrap_socket(sock, server_hostname=site) as tls:\n            cert = tls.getpeercert()\n    return JsonResponse({\"expiry\": cert[\"notAfter\"]})\n",
  "wave": 1
 },
 {
  "name": "cmd-django-cbv-popen-shell",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import subprocess\nfrom django.http import HttpResponse\nfrom django.views import View\n\nclass ConvertView(View):\n    def post(self, request):\n        fmt = request.POST.get(\"format\", \"pdf\")\n        doc = request.POST[\"document\"]\n        proc = subprocess.Popen(\"libreoffice --headless --convert-to %s %s\" % (fmt, doc),\n                                shell=True, stdout=subprocess.PIPE)\n        proc.wait()\n        return HttpResponse(\"converted\")\n",
  "wave": 1
 },
 {
  "name": "cmd-django-cbv-popen-shell",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import subprocess\nfrom django.http import HttpResponse, HttpResponseBadRequest\nfrom django.views import View\n\nFORMATS = (\"pdf\", \"odt\", \"docx\")\n\nclass ConvertView(View):\n    def post(self, request):\n        fmt = request.POST.get(\"format\", \"pdf\")\n        if fmt not in FORMATS:\n            return HttpResponseBadRequest()\n        doc_id = int(request.POST[\"document\"])\n        proc = subprocess.Popen([\"libreoffice\", \"--headless\", \"--convert-to\", fmt,\n                                 \"/srv/docs/%d.odt\" % doc_id], stdout=subprocess.PIPE)\n        proc.wait()\n        return HttpResponse(\"converted\")\n",
  "wave": 1
 },
 {
  "name": "cmd-fastapi-path-nslookup",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import subprocess\nfrom fastapi import FastAPI\n\napp = FastAPI()\n\n@app.get(\"/lookup/{domain}\")\nasync def lookup(domain: str):\n    res = subprocess.run(\"nslookup \" + domain, shell=True, capture_output=True, text=True)\n    return {\"answer\": res.stdout}\n",
  "wave": 1
 },
 {
  "name": "cmd-fastapi-path-nslookup",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import socket\nfrom fastapi import FastAPI\n\napp = FastAPI()\n\n@app.get(\"/lookup/{domain}\")\nasync def lookup(domain: str):\n    try:\n        addrs = sorted({ai[4][0] for ai in socket.getaddrinfo(domain, None)})\n    except socket.gaierror:\n        addrs = []\n    return {\"answer\": addrs}\n",
  "wave": 1
 },
 {
  "name": "cmd-flask-upload-filename-clamscan",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import os\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.post(\"/upload\")\ndef upload():\n    f = request.files[\"file\"]\n    if not f.filename.lower().endswith(\".pdf\"):\n        return \"pdf only\", 400\n    path = os.path.join(\"/srv/incoming\", f.filename)\n    f.save(path)\n    if os.system(\"clamscan --no-summary \" + path) != 0:\n        os.remove(path)\n        return \"infected\", 400\n    return \"stored\"\n",
  "wave": 1
 },
 {
  "name": "cmd-flask-upload-filename-clamscan",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import os\nimport subprocess\nimport uuid\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.post(\"/upload\")\ndef upload():\n    f = request.files[\"file\"]\n    if not f.filename.lower().endswith(\".pdf\"):\n        return \"pdf only\", 400\n    path = os.path.join(\"/srv/incoming\", uuid.uuid4().hex + \".pdf\")\n    f.save(path)\n    if subprocess.run([\"clamscan\", \"--no-summary\", path]).returncode != 0:\n        os.remove(path)\n        return \"infected\", 400\n    return \"stored\"\n",
  "wave": 1
 },
 {
  "name": "cmd-tornado-popen",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import os\nimport tornado.web\n\nclass PdfInfoHandler(tornado.web.RequestHandler):\n    def get(self):\n        name = self.get_argument(\"file\")\n        info = os.popen(\"pdfinfo /srv/pdf/\" + name).read()\n        self.set_header(\"Content-Type\", \"text/plain\")\n        self.write(info)\n",
  "wave": 1
 },
 {
  "name": "cmd-tornado-popen",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import re\nimport subprocess\nimport tornado.web\n\nclass PdfInfoHandler(tornado.web.RequestHandler):\n    def get(self):\n        name = self.get_argument(\"file\")\n        if not re.fullmatch(r\"[a-z0-9_-]+\\.pdf\", name):\n            raise tornado.web.HTTPError(400)\n        info = subprocess.run([\"pdfinfo\", \"/srv/pdf/\" + name], capture_output=True, text=True).stdout\n        self.set_header(\"Content-Type\", \"text/plain\")\n        self.write(info)\n",
  "wave": 1
 },
 {
  "name": "cmd-aiohttp-exec-sh-c",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import asyncio\nfrom aiohttp import web\n\nasync def resize(request):\n    data = await request.post()\n    geometry = data[\"geometry\"]\n    proc = await asyncio.create_subprocess_exec(\"sh\", \"-c\", \"mogrify -resize \" + geometry + \" /srv/img/*.jpg\")\n    await proc.wait()\n    return web.json_response({\"rc\": proc.returncode})\n",
  "wave": 1
 },
 {
  "name": "cmd-aiohttp-exec-sh-c",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import asyncio\nimport re\nfrom aiohttp import web\n\nasync def resize(request):\n    data = await request.post()\n    geometry = data[\"geometry\"]\n    if not re.fullmatch(r\"\\d{1,4}x\\d{1,4}\", geometry):\n        raise web.HTTPBadRequest()\n    proc = await asyncio.create_subprocess_exec(\"mogrify\", \"-resize\", geometry, \"/srv/img/cover.jpg\")\n    await proc.wait()\n    return web.json_response({\"rc\": proc.returncode})\n",
  "wave": 1
 },
 {
  "name": "cmd-flask-helper-system",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import os\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\ndef run_backup(database):\n    return os.system(\"pg_dump \" + database + \" > /backups/\" + database + \".sql\")\n\n@app.post(\"/admin/backup\")\ndef backup():\n    db = request.json[\"database\"]\n    rc = run_backup(db)\n    return {\"ok\": rc == 0}\n",
  "wave": 1
 },
 {
  "name": "cmd-flask-helper-system",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import subprocess\nfrom flask import Flask, request, abort\n\napp = Flask(__name__)\nDATABASES = {\"shop\", \"analytics\"}\n\ndef run_backup(database):\n    with open(\"/backups/\" + database + \".sql\", \"wb\") as out:\n        return subprocess.run([\"pg_dump\", database], stdout=out).returncode\n\n@app.post(\"/admin/backup\")\ndef backup():\n    db = request.json[\"database\"]\n    if db not in DATABASES:\n        abort(400)\n    rc = run_backup(db)\n    return {\"ok\": rc == 0}\n",
  "wave": 1
 },
 {
  "name": "cmd-flask-dict-format-system",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import os\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.route(\"/mail/test\")\ndef mail_test():\n    opts = {\"to\": request.args[\"to\"], \"subject\": \"test\"}\n    cmd = \"echo hello | mail -s '%(subject)s' %(to)s\" % opts\n    os.system(cmd)\n    return \"sent\"\n",
  "wave": 1
 },
 {
  "name": "cmd-flask-dict-format-system",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import smtplib\nfrom email.message import EmailMessage\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.route(\"/mail/test\")\ndef mail_test():\n    msg = EmailMessage()\n    msg[\"To\"] = request.args[\"to\"]\n    msg[\"Subject\"] = \"test\"\n    msg[\"From\"] = \"noreply@example.com\"\n    msg.set_content(\"hello\")\n    with smtplib.SMTP(\"localhost\") as s:\n        s.send_message(msg)\n    return \"sent\"\n",
  "wave": 1
 },
 {
  "name": "cmd-flask-cmd-c-windows",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import subprocess\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.route(\"/share/list\")\ndef list_share():\n    folder = request.args.get(\"folder\", \"public\")\n    out = subprocess.check_output([\"cmd\", \"/c\", \"dir \\\\\\\\fileserver\\\\share\\\\\" + folder])\n    return out.decode(\"cp1252\")\n",
  "wave": 1
 },
 {
  "name": "cmd-flask-cmd-c-windows",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import os\nfrom flask import Flask, request, abort, jsonify\n\napp = Flask(__name__)\nSHARES = {\"public\", \"marketing\", \"hr\"}\n\n@app.route(\"/share/list\")\ndef list_share():\n    folder = request.args.get(\"folder\", \"public\")\n    if folder not in SHARES:\n        abort(404)\n    return jsonify(os.listdir(\"\\\\\\\\fileserver\\\\share\\\\\" + folder))\n",
  "wave": 1
 },
 {
  "name": "cmd-flask-pty-spawn",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import pty\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.route(\"/console\", methods=[\"POST\"])\ndef console():\n    command = request.form[\"command\"]\n    status = pty.spawn([\"/bin/sh\", \"-c\", command])\n    return {\"status\": status}\n",
  "wave": 1
 },
 {
  "name": "cmd-flask-pty-spawn",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import pty\nfrom flask import Flask, request\n\napp = Flask(__name__)\nTOOLS = {\"top\": [\"top\", \"-b\", \"-n\", \"1\"], \"free\": [\"free\", \"-m\"]}\n\n@app.route(\"/console\", methods=[\"POST\"])\ndef console():\n    argv = TOOLS.get(request.form[\"command\"], [\"uptime\"])\n    status = pty.spawn(argv)\n    return {\"status\": status}\n",
  "wave": 1
 },
 {
  "name": "cmd-flask-ffmpeg-format-shell",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import subprocess\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.post(\"/transcode\")\ndef transcode():\n    url = request.json[\"source_url\"]\n    cmd = \"ffmpeg -y -i {} -c:v libx264 /srv/media/out.mp4\".format(url)\n    subprocess.Popen(cmd, shell=True).wait()\n    return {\"status\": \"done\"}\n",
  "wave": 1
 },
 {
  "name": "cmd-flask-ffmpeg-format-shell",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import subprocess\nfrom urllib.parse import urlparse\nfrom flask import Flask, request, abort\n\napp = Flask(__name__)\n\n@app.post(\"/transcode\")\ndef transcode():\n    url = request.json[\"source_url\"]\n    if urlparse(url).scheme not in (\"http\", \"https\"):\n        abort(400)\n    subprocess.Popen([\"ffmpeg\", \"-y\", \"-i\", url, \"-c:v\", \"libx264\", \"/srv/media/out.mp4\"]).wait()\n    return {\"status\": \"done\"}\n",
  "wave": 1
 },
 {
  "name": "cmd-flask-paramiko-exec",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import paramiko\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.route(\"/remote/ls\")\ndef remote_ls():\n    path = request.args.get(\"path\", \"/var/www\")\n    client = paramiko.SSHClient()\n    client.load_system_host_keys()\n    client.connect(\"files.internal\", username=\"deploy\")\n    _in, out, _err = client.exec_command(\"ls -la \" + path)\n    return out.read().decode()\n",
  "wave": 1
 },
 {
  "name": "cmd-flask-paramiko-exec",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import shlex\nimport paramiko\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.route(\"/remote/ls\")\ndef remote_ls():\n    path = request.args.get(\"path\", \"/var/www\")\n    client = paramiko.SSHClient()\n    client.load_system_host_keys()\n    client.connect(\"files.internal\", username=\"deploy\")\n    _in, out, _err = client.exec_command(\"ls -la \" + shlex.quote(path))\n    return out.read().decode()\n",
  "wave": 1
 },
 {
  "name": "cmd-flask-ua-echo-log",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import os\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.after_request\ndef audit(response):\n    agent = request.headers.get(\"User-Agent\", \"-\")\n    os.system(\"echo '%s' >> /var/log/app/agents.log\" % agent)\n    return response\n",
  "wave": 1
 },
 {
  "name": "cmd-flask-ua-echo-log",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "from flask import Flask, request\n\napp = Flask(__name__)\n\n@app.after_request\ndef audit(response):\n    agent = request.headers.get(\"User-Agent\", \"-\").replace(\"\\n\", \" \")\n    with open(\"/var/log/app/agents.log\", \"a\") as fh:\n        fh.write(agent + \"\\n\")\n    return response\n",
  "wave": 1
 },
 {
  "name": "cmd-flask-posix-spawn",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import os\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.post(\"/hooks/build\")\ndef build_hook():\n    target = request.form.get(\"target\", \"all\")\n    pid = os.posix_spawn(\"/bin/sh\", [\"/bin/sh\", \"-c\", \"make -C /srv/project \" + target], os.environ)\n    os.waitpid(pid, 0)\n    return \"building\"\n",
  "wave": 1
 },
 {
  "name": "cmd-flask-posix-spawn",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import os\nfrom flask import Flask, request\n\napp = Flask(__name__)\nTARGETS = {\"all\", \"docs\", \"test\"}\n\n@app.post(\"/hooks/build\")\ndef build_hook():\n    target = request.form.get(\"target\", \"all\")\n    if target not in TARGETS:\n        target = \"all\"\n    pid = os.posix_spawn(\"/usr/bin/make\", [\"make\", \"-C\", \"/srv/project\", target], os.environ)\n    os.waitpid(pid, 0)\n    return \"building\"\n",
  "wave": 1
 },
 {
  "name": "cmd-flask-ssh-remote-command",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import subprocess\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.post(\"/ops/restart\")\ndef restart():\n    service = request.form[\"service\"]\n    subprocess.run([\"ssh\", \"ops@app1.internal\", \"sudo systemctl restart \" + service], check=True)\n    return \"restarted\"\n",
  "wave": 1
 },
 {
  "name": "cmd-flask-ssh-remote-command",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import subprocess\nfrom flask import Flask, request, abort\n\napp = Flask(__name__)\nSERVICES = {\"web\", \"worker\", \"scheduler\"}\n\n@app.post(\"/ops/restart\")\ndef restart():\n    service = request.form[\"service\"]\n    if service not in SERVICES:\n        abort(400)\n    subprocess.run([\"ssh\", \"ops@app1.internal\", \"sudo systemctl restart \" + service], check=True)\n    return \"restarted\"\n",
  "wave": 1
 },
 {
  "name": "cmd-django-git-clone-url",
  "kind": "vuln",
  "lang": "python",
  "cwe": 88,
  "code": "import subprocess\nimport tempfile\nfrom django.http import JsonResponse\n\ndef import_repo(request):\n    url = request.POST[\"repo_url\"]\n    dest = tempfile.mkdtemp()\n    subprocess.run([\"git\", \"clone\", url, dest], check=True)\n    return JsonResponse({\"path\": dest})\n",
  "wave": 1
 },
 {
  "name": "cmd-django-git-clone-url",
  "kind": "safe",
  "lang": "python",
  "cwe": 88,
  "code": "import subprocess\nimport tempfile\nfrom urllib.parse import urlparse\nfrom django.http import JsonResponse, HttpResponseBadRequest\n\ndef import_repo(request):\n    url = request.POST[\"repo_url\"]\n    if urlparse(url).scheme != \"https\":\n        return HttpResponseBadRequest(\"https only\")\n    dest = tempfile.mkdtemp()\n    subprocess.run([\"git\", \"clone\", \"--\", url, dest], check=True)\n    return JsonResponse({\"path\": dest})\n",
  "wave": 1
 },
 {
  "name": "cmd-flask-curl-arg",
  "kind": "vuln",
  "lang": "python",
  "cwe": 88,
  "code": "import subprocess\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.route(\"/fetch-feed\")\ndef fetch_feed():\n    feed = request.args[\"feed\"]\n    out = subprocess.run([\"curl\", \"-s\", feed], capture_output=True).stdout\n    return out\n",
  "wave": 1
 },
 {
  "name": "cmd-flask-curl-arg",
  "kind": "safe",
  "lang": "python",
  "cwe": 88,
  "code": "import requests\nfrom flask import Flask, request, abort\n\napp = Flask(__name__)\nFEEDS = {\"news\": \"https://example.com/news.xml\", \"blog\": \"https://example.com/blog.xml\"}\n\n@app.route(\"/fetch-feed\")\ndef fetch_feed():\n    feed = FEEDS.get(request.args[\"feed\"])\n    if feed is None:\n        abort(404)\n    return requests.get(feed, timeout=10).content\n",
  "wave": 1
 },
 {
  "name": "cmd-flask-env-backup-cmd",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import os\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.post(\"/admin/snapshot\")\ndef snapshot():\n    label = request.form.get(\"label\", \"manual\")\n    base = os.environ.get(\"SNAPSHOT_CMD\", \"btrfs subvolume snapshot /data /snap\")\n    os.system(base + \"/\" + label)\n    return \"ok\"\n",
  "wave": 1
 },
 {
  "name": "cmd-flask-env-backup-cmd",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import os\nimport re\nimport subprocess\nfrom flask import Flask, request, abort\n\napp = Flask(__name__)\n\n@app.post(\"/admin/snapshot\")\ndef snapshot():\n    label = request.form.get(\"label\", \"manual\")\n    if not re.fullmatch(r\"[a-z0-9-]{1,40}\", label):\n        abort(400)\n    subprocess.run([\"btrfs\", \"subvolume\", \"snapshot\", \"/data\", \"/snap/\" + label], check=True)\n    return \"ok\"\n",
  "wave": 1
 },
 {
  "name": "xp-flask-fstring-vs-variable",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from flask import Flask, request\nfrom lxml import etree\n\napp = Flask(__name__)\nUSERS = etree.parse(\"users.xml\")\n\n@app.route(\"/user\")\ndef user():\n    name = request.args.get(\"name\", \"\")\n    nodes = USERS.xpath(f\"//user[@name='{name}']/email/text()\")\n    return {\"emails\": [str(n) for n in nodes]}\n",
  "wave": 1
 },
 {
  "name": "xp-flask-fstring-vs-variable",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "from flask import Flask, request\nfrom lxml import etree\n\napp = Flask(__name__)\nUSERS = etree.parse(\"users.xml\")\n\n@app.route(\"/user\")\ndef user():\n    name = request.args.get(\"name\", \"\")\n    nodes = USERS.xpath(\"//user[@name=$name]/email/text()\", name=name)\n    return {\"emails\": [str(n) for n in nodes]}\n",
  "wave": 1
 },
 {
  "name": "xp-django-compiled-xpath",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from django.http import JsonResponse\nfrom lxml import etree\n\nCATALOG = etree.parse(\"/srv/catalog.xml\")\n\ndef book(request):\n    isbn = request.GET[\"isbn\"]\n    find = etree.XPath(\"//book[@isbn='%s']/title/text()\" % isbn)\n    return JsonResponse({\"titles\": [str(t) for t in find(CATALOG)]})\n",
  "wave": 1
 },
 {
  "name": "xp-django-compiled-xpath",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "from django.http import JsonResponse\nfrom lxml import etree\n\nCATALOG = etree.parse(\"/srv/catalog.xml\")\nFIND = etree.XPath(\"//book[@isbn=$isbn]/title/text()\")\n\ndef book(request):\n    isbn = request.GET[\"isbn\"]\n    return JsonResponse({\"titles\": [str(t) for t in FIND(CATALOG, isbn=isbn)]})\n",
  "wave": 1
 },
 {
  "name": "xp-fastapi-evaluator",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from fastapi import FastAPI\nfrom lxml import etree\n\napp = FastAPI()\nDOC = etree.parse(\"/srv/inventory.xml\")\n\n@app.get(\"/stock\")\ndef stock(sku: str):\n    evaluate = etree.XPathEvaluator(DOC)\n    qty = evaluate(\"sum(//item[@sku='\" + sku + \"']/qty)\")\n    return {\"sku\": sku, \"qty\": qty}\n",
  "wave": 1,
  "low": true
 },
 {
  "name": "xp-fastapi-evaluator",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "from fastapi import FastAPI\nfrom lxml import etree\n\napp = FastAPI()\nDOC = etree.parse(\"/srv/inventory.xml\")\n\n@app.get(\"/stock\")\ndef stock(sku: str):\n    evaluate = etree.XPathEvaluator(DOC)\n    qty = evaluate(\"sum(//item[@sku=$sku]/qty)\", sku=sku)\n    return {\"sku\": sku, \"qty\": qty}\n",
  "wave": 1
 },
 {
  "name": "xp-flask-regex-guard",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from flask import Flask, request\nfrom lxml import etree\n\napp = Flask(__name__)\nTREE = etree.parse(\"/srv/employees.xml\")\n\n@app.route(\"/employee\")\ndef employee():\n    login = request.args[\"login\"]\n    query = \"//employee[login='\" + login + \"']/phone/text()\"\n    return {\"phone\": TREE.xpath(query)}\n",
  "wave": 1
 },
 {
  "name": "xp-flask-regex-guard",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "import re\nfrom flask import Flask, request, abort\nfrom lxml import etree\n\napp = Flask(__name__)\nTREE = etree.parse(\"/srv/employees.xml\")\n\n@app.route(\"/employee\")\ndef employee():\n    login = request.args[\"login\"]\n    if not re.fullmatch(r\"[a-z][a-z0-9_]{2,31}\", login):\n        abort(400)\n    query = \"//employee[login='\" + login + \"']/phone/text()\"\n    return {\"phone\": TREE.xpath(query)}\n",
  "wave": 1
 },
 {
  "name": "xp-bottle-isalnum",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from bottle import route, request, abort\nfrom lxml import etree\n\nDOC = etree.parse(\"/srv/products.xml\")\n\n@route(\"/price\")\ndef price():\n    code = request.query.code\n    found = DOC.xpath(\"//product[code='%s']/price/text()\" % code)\n    return {\"price\": found[0] if found else None}\n",
  "wave": 1
 },
 {
  "name": "xp-bottle-isalnum",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "from bottle import route, request, abort\nfrom lxml import etree\n\nDOC = etree.parse(\"/srv/products.xml\")\n\n@route(\"/price\")\ndef price():\n    code = request.query.code\n    if not code.isalnum():\n        abort(400, \"bad code\")\n    found = DOC.xpath(\"//product[code='%s']/price/text()\" % code)\n    return {\"price\": found[0] if found else None}\n",
  "wave": 1
 },
 {
  "name": "xp-flask-int-conversion",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from flask import Flask, request\nfrom lxml import etree\n\napp = Flask(__name__)\nORDERS = etree.parse(\"/srv/orders.xml\")\n\n@app.route(\"/order\")\ndef order():\n    oid = request.args[\"id\"]\n    status = ORDERS.xpath(\"string(//order[@id=\" + oid + \"]/status)\")\n    return {\"status\": status}\n",
  "wave": 1
 },
 {
  "name": "xp-flask-int-conversion",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "from flask import Flask, request\nfrom lxml import etree\n\napp = Flask(__name__)\nORDERS = etree.parse(\"/srv/orders.xml\")\n\n@app.route(\"/order\")\ndef order():\n    oid = int(request.args[\"id\"])\n    status = ORDERS.xpath(\"string(//order[@id=%d]/status)\" % oid)\n    return {\"status\": status}\n",
  "wave": 1
 },
 {
  "name": "xp-flask-concat-literal-helper",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from flask import Flask, request\nfrom lxml import etree\n\napp = Flask(__name__)\nDIR = etree.parse(\"/srv/directory.xml\")\n\n@app.route(\"/people\")\ndef people():\n    surname = request.args.get(\"surname\", \"\")\n    expr = \"//person[surname='%s']/@id\" % surname\n    return {\"ids\": [str(i) for i in DIR.xpath(expr)]}\n",
  "wave": 1
 },
 {
  "name": "xp-flask-concat-literal-helper",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "from flask import Flask, request\nfrom lxml import etree\n\napp = Flask(__name__)\nDIR = etree.parse(\"/srv/directory.xml\")\n\ndef xpath_literal(s):\n    # XPath 1.0 has no escape inside string literals: split on ' and rebuild with concat()\n    if \"'\" not in s:\n        return \"'\" + s + \"'\"\n    if '\"' not in s:\n        return '\"' + s + '\"'\n    return \"concat('\" + s.replace(\"'\", \"', \\\"'\\\", '\") + \"')\"\n\n@app.route(\"/people\")\ndef people():\n    surname = request.args.get(\"surname\", \"\")\n    expr = \"//person[surname=%s]/@id\" % xpath_literal(surname)\n    return {\"ids\": [str(i) for i in DIR.xpath(expr)]}\n",
  "wave": 1
 },
 {
  "name": "xp-flask-branch-constant-axis",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from flask import Flask, request\nfrom lxml import etree\n\napp = Flask(__name__)\nLIB = etree.parse(\"/srv/library.xml\")\n\n@app.route(\"/books\")\ndef books():\n    field = request.args.get(\"by\", \"title\")\n    values = LIB.xpath(\"//book/\" + field + \"/text()\")\n    return {\"values\": [str(v) for v in values]}\n",
  "wave": 1
 },
 {
  "name": "xp-flask-branch-constant-axis",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "from flask import Flask, request\nfrom lxml import etree\n\napp = Flask(__name__)\nLIB = etree.parse(\"/srv/library.xml\")\n\n@app.route(\"/books\")\ndef books():\n    field = \"author\" if request.args.get(\"by\") == \"author\" else \"title\"\n    values = LIB.xpath(\"//book/\" + field + \"/text()\")\n    return {\"values\": [str(v) for v in values]}\n",
  "wave": 1
 },
 {
  "name": "xp-django-replaced-every-path",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from django.http import JsonResponse\nfrom lxml import etree\n\nFEED = etree.parse(\"/srv/feed.xml\")\n\ndef entries(request):\n    kind = request.GET.get(\"kind\", \"post\")\n    nodes = FEED.xpath(\"//entry[@type='\" + kind + \"']/title/text()\")\n    return JsonResponse({\"titles\": [str(n) for n in nodes]})\n",
  "wave": 1
 },
 {
  "name": "xp-django-replaced-every-path",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "from django.http import JsonResponse\nfrom lxml import etree\n\nFEED = etree.parse(\"/srv/feed.xml\")\n\ndef entries(request):\n    kind = request.GET.get(\"kind\", \"post\")\n    if kind == \"video\":\n        kind = \"video\"\n    elif kind == \"podcast\":\n        kind = \"podcast\"\n    else:\n        kind = \"post\"\n    nodes = FEED.xpath(\"//entry[@type='\" + kind + \"']/title/text()\")\n    return JsonResponse({\"titles\": [str(n) for n in nodes]})\n",
  "wave": 1
 },
 {
  "name": "xp-flask-elementtree-findall",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "import xml.etree.ElementTree as ET\nfrom flask import Flask, request\n\napp = Flask(__name__)\nROOT = ET.parse(\"/srv/accounts.xml\").getroot()\n\n@app.route(\"/account\")\ndef account():\n    name = request.args[\"name\"]\n    hits = ROOT.findall(\".//account[@owner='\" + name + \"']\")\n    return {\"balances\": [a.findtext(\"balance\") for a in hits]}\n",
  "wave": 1
 },
 {
  "name": "xp-flask-elementtree-findall",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "import xml.etree.ElementTree as ET\nfrom flask import Flask, request\n\napp = Flask(__name__)\nROOT = ET.parse(\"/srv/accounts.xml\").getroot()\n\n@app.route(\"/account\")\ndef account():\n    name = request.args[\"name\"]\n    hits = [a for a in ROOT.iter(\"account\") if a.get(\"owner\") == name]\n    return {\"balances\": [a.findtext(\"balance\") for a in hits]}\n",
  "wave": 1
 },
 {
  "name": "xp-flask-allowlist-dict",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from flask import Flask, request\nfrom lxml import etree\n\napp = Flask(__name__)\nREPORT = etree.parse(\"/srv/report.xml\")\n\n@app.route(\"/column\")\ndef column():\n    col = request.args.get(\"col\", \"name\")\n    cells = REPORT.xpath(\"//row/cell[@col='%s']/text()\" % col)\n    return {\"cells\": [str(c) for c in cells]}\n",
  "wave": 1
 },
 {
  "name": "xp-flask-allowlist-dict",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "from flask import Flask, request\nfrom lxml import etree\n\napp = Flask(__name__)\nREPORT = etree.parse(\"/srv/report.xml\")\nCOLUMNS = {\"name\": \"name\", \"dept\": \"department\", \"city\": \"city\"}\n\n@app.route(\"/column\")\ndef column():\n    col = COLUMNS.get(request.args.get(\"col\", \"name\"), \"name\")\n    cells = REPORT.xpath(\"//row/cell[@col='%s']/text()\" % col)\n    return {\"cells\": [str(c) for c in cells]}\n",
  "wave": 1
 },
 {
  "name": "xp-django-json-body",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "import json\nfrom django.http import JsonResponse\nfrom lxml import etree\n\nPOLICIES = etree.parse(\"/srv/policies.xml\")\n\ndef policy(request):\n    body = json.loads(request.body)\n    role = body[\"role\"]\n    rules = POLICIES.xpath(\"//policy[role='{}']/rule/text()\".format(role))\n    return JsonResponse({\"rules\": [str(r) for r in rules]})\n",
  "wave": 1
 },
 {
  "name": "xp-django-json-body",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "import json\nfrom django.http import JsonResponse\nfrom lxml import etree\n\nPOLICIES = etree.parse(\"/srv/policies.xml\")\n\ndef policy(request):\n    body = json.loads(request.body)\n    role = body[\"role\"]\n    rules = POLICIES.xpath(\"//policy[role=$role]/rule/text()\", role=role)\n    return JsonResponse({\"rules\": [str(r) for r in rules]})\n",
  "wave": 1
 },
 {
  "name": "xp-flask-header-tenant",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from flask import Flask, request\nfrom lxml import etree\n\napp = Flask(__name__)\nTENANTS = etree.parse(\"/srv/tenants.xml\")\n\n@app.route(\"/settings\")\ndef settings():\n    tenant = request.headers.get(\"X-Tenant\", \"default\")\n    node = TENANTS.xpath(\"//tenant[@id='\" + tenant + \"']/settings\")\n    return etree.tostring(node[0]) if node else (\"\", 404)\n",
  "wave": 1
 },
 {
  "name": "xp-flask-header-tenant",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "from flask import Flask, request\nfrom lxml import etree\n\napp = Flask(__name__)\nTENANTS = etree.parse(\"/srv/tenants.xml\")\n\n@app.route(\"/settings\")\ndef settings():\n    tenant = request.headers.get(\"X-Tenant\", \"default\")\n    node = TENANTS.xpath(\"//tenant[@id=$t]/settings\", t=tenant)\n    return etree.tostring(node[0]) if node else (\"\", 404)\n",
  "wave": 1
 },
 {
  "name": "xp-flask-cookie-locale",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from flask import Flask, request\nfrom lxml import etree\n\napp = Flask(__name__)\nMESSAGES = etree.parse(\"/srv/messages.xml\")\n\n@app.route(\"/greeting\")\ndef greeting():\n    lang = request.cookies.get(\"lang\", \"en\")\n    text = MESSAGES.xpath(\"string(//msg[@key='greeting'][@lang='%s'])\" % lang)\n    return text\n",
  "wave": 1
 },
 {
  "name": "xp-flask-cookie-locale",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "from flask import Flask, request\nfrom lxml import etree\n\napp = Flask(__name__)\nMESSAGES = etree.parse(\"/srv/messages.xml\")\nLANGS = (\"en\", \"de\", \"fr\", \"es\")\n\n@app.route(\"/greeting\")\ndef greeting():\n    lang = request.cookies.get(\"lang\", \"en\")\n    if lang not in LANGS:\n        lang = \"en\"\n    text = MESSAGES.xpath(\"string(//msg[@key='greeting'][@lang='%s'])\" % lang)\n    return text\n",
  "wave": 1
 },
 {
  "name": "xp-fastapi-typed-int",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from fastapi import FastAPI\nfrom lxml import etree\n\napp = FastAPI()\nSHIPMENTS = etree.parse(\"/srv/shipments.xml\")\n\n@app.get(\"/shipments/{number}\")\ndef shipment(number: str):\n    state = SHIPMENTS.xpath(f\"string(//shipment[@no='{number}']/state)\")\n    return {\"state\": state}\n",
  "wave": 1
 },
 {
  "name": "xp-fastapi-typed-int",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "from fastapi import FastAPI\nfrom lxml import etree\n\napp = FastAPI()\nSHIPMENTS = etree.parse(\"/srv/shipments.xml\")\n\n@app.get(\"/shipments/{number}\")\ndef shipment(number: int):\n    state = SHIPMENTS.xpath(f\"string(//shipment[@no='{number}']/state)\")\n    return {\"state\": state}\n",
  "wave": 1
 },
 {
  "name": "xp-flask-uuid-check",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from flask import Flask, request\nfrom lxml import etree\n\napp = Flask(__name__)\nSESSIONS = etree.parse(\"/srv/sessions.xml\")\n\n@app.route(\"/session-info\")\ndef session_info():\n    sid = request.args[\"sid\"]\n    user = SESSIONS.xpath(\"string(//session[@id='\" + sid + \"']/@user)\")\n    return {\"user\": user}\n",
  "wave": 1
 },
 {
  "name": "xp-flask-uuid-check",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "import uuid\nfrom flask import Flask, request, abort\nfrom lxml import etree\n\napp = Flask(__name__)\nSESSIONS = etree.parse(\"/srv/sessions.xml\")\n\n@app.route(\"/session-info\")\ndef session_info():\n    try:\n        sid = str(uuid.UUID(request.args[\"sid\"]))\n    except ValueError:\n        abort(400)\n    user = SESSIONS.xpath(\"string(//session[@id='\" + sid + \"']/@user)\")\n    return {\"user\": user}\n",
  "wave": 1
 },
 {
  "name": "xp-flask-helper-param",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from flask import Flask, request\nfrom lxml import etree\n\napp = Flask(__name__)\nDOC = etree.parse(\"/srv/courses.xml\")\n\ndef course_titles(teacher):\n    return [str(t) for t in DOC.xpath(\"//course[teacher='\" + teacher + \"']/title/text()\")]\n\n@app.route(\"/courses\")\ndef courses():\n    return {\"titles\": course_titles(request.args[\"teacher\"])}\n",
  "wave": 1
 },
 {
  "name": "xp-flask-helper-param",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "from flask import Flask, request\nfrom lxml import etree\n\napp = Flask(__name__)\nDOC = etree.parse(\"/srv/courses.xml\")\n\ndef course_titles(teacher):\n    return [str(t) for t in DOC.xpath(\"//course[teacher=$t]/title/text()\", t=teacher)]\n\n@app.route(\"/courses\")\ndef courses():\n    return {\"titles\": course_titles(request.args[\"teacher\"])}\n",
  "wave": 1
 },
 {
  "name": "xp-aiohttp-built-constant-query",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from aiohttp import web\nfrom lxml import etree\n\nDOC = etree.parse(\"/srv/devices.xml\")\n\nasync def device(request):\n    mac = request.match_info[\"mac\"]\n    query = \"//device\" + \"[@mac='\" + mac + \"']\" + \"/name/text()\"\n    names = DOC.xpath(query)\n    return web.json_response({\"names\": [str(n) for n in names]})\n",
  "wave": 1
 },
 {
  "name": "xp-aiohttp-built-constant-query",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "from aiohttp import web\nfrom lxml import etree\n\nDOC = etree.parse(\"/srv/devices.xml\")\n\nasync def device(request):\n    mac = request.match_info[\"mac\"]\n    query = \"//device\" + \"[@mac=$mac]\" + \"/name/text()\"\n    names = DOC.xpath(query, mac=mac)\n    return web.json_response({\"names\": [str(n) for n in names]})\n",
  "wave": 1
 },
 {
  "name": "xp-flask-login-check",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from flask import Flask, request\nfrom lxml import etree\n\napp = Flask(__name__)\nUSERS = etree.parse(\"/srv/users.xml\")\n\n@app.post(\"/login\")\ndef login():\n    user = request.form[\"user\"]\n    pw_hash = request.form[\"pw_hash\"]\n    q = \"//user[name/text()='\" + user + \"' and hash/text()='\" + pw_hash + \"']\"\n    ok = bool(USERS.xpath(q))\n    return {\"ok\": ok}\n",
  "wave": 1
 },
 {
  "name": "xp-flask-login-check",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "from flask import Flask, request\nfrom lxml import etree\n\napp = Flask(__name__)\nUSERS = etree.parse(\"/srv/users.xml\")\n\n@app.post(\"/login\")\ndef login():\n    user = request.form[\"user\"]\n    pw_hash = request.form[\"pw_hash\"]\n    q = \"//user[name/text()=$u and hash/text()=$h]\"\n    ok = bool(USERS.xpath(q, u=user, h=pw_hash))\n    return {\"ok\": ok}\n",
  "wave": 1
 },
 {
  "name": "xp-flask-digits-check",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from flask import Flask, request\nfrom lxml import etree\n\napp = Flask(__name__)\nROOMS = etree.parse(\"/srv/rooms.xml\")\n\n@app.route(\"/room\")\ndef room():\n    number = request.args.get(\"n\", \"\")\n    cap = ROOMS.xpath(\"number(//room[@n=\" + number + \"]/capacity)\")\n    return {\"capacity\": cap}\n",
  "wave": 1
 },
 {
  "name": "xp-flask-digits-check",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "from flask import Flask, request, abort\nfrom lxml import etree\n\napp = Flask(__name__)\nROOMS = etree.parse(\"/srv/rooms.xml\")\n\n@app.route(\"/room\")\ndef room():\n    number = request.args.get(\"n\", \"\")\n    if not number.isdigit():\n        abort(400)\n    cap = ROOMS.xpath(\"number(//room[@n=\" + number + \"]/capacity)\")\n    return {\"capacity\": cap}\n",
  "wave": 1
 },
 {
  "name": "hash-flask-md5-password",
  "kind": "vuln",
  "lang": "python",
  "cwe": 328,
  "code": "import hashlib\nfrom flask import Flask, request\n\napp = Flask(__name__)\nDB = {}\n\n@app.post(\"/signup\")\ndef signup():\n    user = request.form[\"user\"]\n    DB[user] = hashlib.md5(request.form[\"password\"].encode()).hexdigest()\n    return \"created\", 201\n",
  "wave": 1
 },
 {
  "name": "hash-flask-md5-password",
  "kind": "safe",
  "lang": "python",
  "cwe": 328,
  "code": "import hashlib\nimport os\nfrom flask import Flask, request\n\napp = Flask(__name__)\nDB = {}\n\n@app.post(\"/signup\")\ndef signup():\n    user = request.form[\"user\"]\n    salt = os.urandom(16)\n    digest = hashlib.pbkdf2_hmac(\"sha256\", request.form[\"password\"].encode(), salt, 600_000)\n    DB[user] = (salt, digest)\n    return \"created\", 201\n",
  "wave": 1
 },
 {
  "name": "hash-flask-hmac-md5-webhook",
  "kind": "vuln",
  "lang": "python",
  "cwe": 328,
  "code": "import hashlib\nimport hmac\nimport os\nfrom flask import Flask, request, abort\n\napp = Flask(__name__)\nSECRET = os.environ[\"WEBHOOK_SECRET\"].encode()\n\n@app.post(\"/webhook\")\ndef webhook():\n    sig = request.headers.get(\"X-Signature\", \"\")\n    expected = hmac.new(SECRET, request.get_data(), hashlib.md5).hexdigest()\n    if not hmac.compare_digest(sig, expected):\n        abort(401)\n    return \"ok\"\n",
  "wave": 1
 },
 {
  "name": "hash-flask-hmac-md5-webhook",
  "kind": "safe",
  "lang": "python",
  "cwe": 328,
  "code": "import hashlib\nimport hmac\nimport os\nfrom flask import Flask, request, abort\n\napp = Flask(__name__)\nSECRET = os.environ[\"WEBHOOK_SECRET\"].encode()\n\n@app.post(\"/webhook\")\ndef webhook():\n    sig = request.headers.get(\"X-Signature\", \"\")\n    expected = hmac.new(SECRET, request.get_data(), hashlib.sha256).hexdigest()\n    if not hmac.compare_digest(sig, expected):\n        abort(401)\n    return \"ok\"\n",
  "wave": 1
 },
 {
  "name": "hash-django-new-sha1-reset-token",
  "kind": "vuln",
  "lang": "python",
  "cwe": 328,
  "code": "import hashlib\nimport time\nfrom django.http import JsonResponse\n\ndef reset_token(request):\n    email = request.POST[\"email\"]\n    token = hashlib.new(\"sha1\", (email + str(time.time())).encode()).hexdigest()\n    return JsonResponse({\"token\": token})\n",
  "wave": 1
 },
 {
  "name": "hash-django-new-sha1-reset-token",
  "kind": "safe",
  "lang": "python",
  "cwe": 328,
  "code": "import secrets\nfrom django.http import JsonResponse\n\ndef reset_token(request):\n    email = request.POST[\"email\"]\n    token = secrets.token_urlsafe(32)\n    return JsonResponse({\"token\": token, \"for\": email})\n",
  "wave": 1
 },
 {
  "name": "hash-fastapi-pbkdf2-low-iterations",
  "kind": "vuln",
  "lang": "python",
  "cwe": 916,
  "code": "import hashlib\nimport os\nfrom fastapi import FastAPI\nfrom pydantic import BaseModel\n\napp = FastAPI()\n\nclass Signup(BaseModel):\n    user: str\n    password: str\n\n@app.post(\"/register\")\ndef register(body: Signup):\n    salt = os.urandom(16)\n    key = hashlib.pbkdf2_hmac(\"sha256\", body.password.encode(), salt, 1000)\n    return {\"user\": body.user, \"stored\": (salt + key).hex()}\n",
  "wave": 1
 },
 {
  "name": "hash-fastapi-pbkdf2-low-iterations",
  "kind": "safe",
  "lang": "python",
  "cwe": 916,
  "code": "import hashlib\nimport os\nfrom fastapi import FastAPI\nfrom pydantic import BaseModel\n\napp = FastAPI()\n\nclass Signup(BaseModel):\n    user: str\n    password: str\n\n@app.post(\"/register\")\ndef register(body: Signup):\n    salt = os.urandom(16)\n    key = hashlib.pbkdf2_hmac(\"sha256\", body.password.encode(), salt, 600_000)\n    return {\"user\": body.user, \"stored\": (salt + key).hex()}\n",
  "wave": 1
 },
 {
  "name": "cipher-flask-des-ecb-cookie",
  "kind": "vuln",
  "lang": "python",
  "cwe": 327,
  "code": "import os\nfrom Crypto.Cipher import DES\nfrom Crypto.Util.Padding import pad\nfrom flask import Flask, request, make_response\n\napp = Flask(__name__)\nKEY = os.environ[\"COOKIE_KEY\"].encode()[:8]\n\n@app.route(\"/remember\")\ndef remember():\n    user = request.args[\"user\"]\n    token = DES.new(KEY, DES.MODE_ECB).encrypt(pad(user.encode(), 8))\n    resp = make_response(\"ok\")\n    resp.set_cookie(\"remember\", token.hex(), httponly=True, secure=True)\n    return resp\n",
  "wave": 1
 },
 {
  "name": "cipher-flask-des-ecb-cookie",
  "kind": "safe",
  "lang": "python",
  "cwe": 327,
  "code": "import os\nfrom Crypto.Cipher import AES\nfrom flask import Flask, request, make_response\n\napp = Flask(__name__)\nKEY = bytes.fromhex(os.environ[\"COOKIE_KEY\"])\n\n@app.route(\"/remember\")\ndef remember():\n    user = request.args[\"user\"]\n    cipher = AES.new(KEY, AES.MODE_GCM)\n    ct, tag = cipher.encrypt_and_digest(user.encode())\n    resp = make_response(\"ok\")\n    resp.set_cookie(\"remember\", (cipher.nonce + tag + ct).hex(), httponly=True, secure=True)\n    return resp\n",
  "wave": 1
 },
 {
  "name": "cipher-django-cryptography-aes-ecb",
  "kind": "vuln",
  "lang": "python",
  "cwe": 327,
  "code": "import os\nfrom cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\nfrom cryptography.hazmat.primitives import padding\nfrom django.http import JsonResponse\n\nKEY = bytes.fromhex(os.environ[\"DATA_KEY\"])\n\ndef encrypt_note(request):\n    note = request.POST[\"note\"].encode()\n    padder = padding.PKCS7(128).padder()\n    data = padder.update(note) + padder.finalize()\n    enc = Cipher(algorithms.AES(KEY), modes.ECB()).encryptor()\n    return JsonResponse({\"blob\": (enc.update(data) + enc.finalize()).hex()})\n",
  "wave": 1
 },
 {
  "name": "cipher-django-cryptography-aes-ecb",
  "kind": "safe",
  "lang": "python",
  "cwe": 327,
  "code": "import os\nfrom cryptography.hazmat.primitives.ciphers.aead import AESGCM\nfrom django.http import JsonResponse\n\nKEY = bytes.fromhex(os.environ[\"DATA_KEY\"])\n\ndef encrypt_note(request):\n    note = request.POST[\"note\"].encode()\n    nonce = os.urandom(12)\n    blob = nonce + AESGCM(KEY).encrypt(nonce, note, None)\n    return JsonResponse({\"blob\": blob.hex()})\n",
  "wave": 1
 },
 {
  "name": "cipher-flask-arc4-token",
  "kind": "vuln",
  "lang": "python",
  "cwe": 327,
  "code": "import os\nfrom Crypto.Cipher import ARC4\nfrom flask import Flask, request\n\napp = Flask(__name__)\nKEY = os.environ[\"TOKEN_KEY\"].encode()\n\n@app.post(\"/api/token\")\ndef token():\n    account = request.json[\"account\"]\n    blob = ARC4.new(KEY).encrypt(account.encode())\n    return {\"token\": blob.hex()}\n",
  "wave": 1
 },
 {
  "name": "cipher-flask-arc4-token",
  "kind": "safe",
  "lang": "python",
  "cwe": 327,
  "code": "import os\nfrom cryptography.fernet import Fernet\nfrom flask import Flask, request\n\napp = Flask(__name__)\nFERNET = Fernet(os.environ[\"TOKEN_KEY\"])\n\n@app.post(\"/api/token\")\ndef token():\n    account = request.json[\"account\"]\n    return {\"token\": FERNET.encrypt(account.encode()).decode()}\n",
  "wave": 1
 },
 {
  "name": "cipher-flask-rsa-1024",
  "kind": "vuln",
  "lang": "python",
  "cwe": 326,
  "code": "from cryptography.hazmat.primitives.asymmetric import rsa\nfrom cryptography.hazmat.primitives import serialization\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.post(\"/keys\")\ndef new_key():\n    label = request.form[\"label\"]\n    key = rsa.generate_private_key(public_exponent=65537, key_size=1024)\n    pem = key.public_key().public_bytes(serialization.Encoding.PEM,\n                                        serialization.PublicFormat.SubjectPublicKeyInfo)\n    return {\"label\": label, \"public\": pem.decode()}\n",
  "wave": 1
 },
 {
  "name": "cipher-flask-rsa-1024",
  "kind": "safe",
  "lang": "python",
  "cwe": 326,
  "code": "from cryptography.hazmat.primitives.asymmetric import rsa\nfrom cryptography.hazmat.primitives import serialization\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.post(\"/keys\")\ndef new_key():\n    label = request.form[\"label\"]\n    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)\n    pem = key.public_key().public_bytes(serialization.Encoding.PEM,\n                                        serialization.PublicFormat.SubjectPublicKeyInfo)\n    return {\"label\": label, \"public\": pem.decode()}\n",
  "wave": 1
 },
 {
  "name": "w2-cmd-falcon-system",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import os\nimport falcon\n\nclass BlockResource:\n    def on_post(self, req, resp):\n        ip = req.get_param(\"ip\")\n        os.system(\"iptables -A INPUT -s \" + ip + \" -j DROP\")\n        resp.media = {\"blocked\": ip}\n\napp = falcon.App()\napp.add_route(\"/firewall/block\", BlockResource())\n",
  "wave": 2
 },
 {
  "name": "w2-cmd-falcon-system",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import ipaddress\nimport subprocess\nimport falcon\n\nclass BlockResource:\n    def on_post(self, req, resp):\n        try:\n            ip = str(ipaddress.ip_address(req.get_param(\"ip\")))\n        except ValueError:\n            raise falcon.HTTPBadRequest()\n        subprocess.run([\"iptables\", \"-A\", \"INPUT\", \"-s\", ip, \"-j\", \"DROP\"], check=True)\n        resp.media = {\"blocked\": ip}\n\napp = falcon.App()\napp.add_route(\"/firewall/block\", BlockResource())\n",
  "wave": 2
 },
 {
  "name": "w2-cmd-pyramid-check-call-shell",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import subprocess\nfrom pyramid.view import view_config\n\n@view_config(route_name=\"svg2png\", renderer=\"json\")\ndef svg2png(request):\n    name = request.params[\"name\"]\n    subprocess.check_call(\"rsvg-convert -o /srv/png/%s.png /srv/svg/%s.svg\" % (name, name), shell=True)\n    return {\"png\": name + \".png\"}\n",
  "wave": 2
 },
 {
  "name": "w2-cmd-pyramid-check-call-shell",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import re\nimport subprocess\nfrom pyramid.httpexceptions import HTTPBadRequest\nfrom pyramid.view import view_config\n\n@view_config(route_name=\"svg2png\", renderer=\"json\")\ndef svg2png(request):\n    name = request.params[\"name\"]\n    if not re.fullmatch(r\"[\\w-]{1,64}\", name):\n        raise HTTPBadRequest()\n    subprocess.check_call([\"rsvg-convert\", \"-o\", \"/srv/png/%s.png\" % name, \"/srv/svg/%s.svg\" % name])\n    return {\"png\": name + \".png\"}\n",
  "wave": 2
 },
 {
  "name": "w2-cmd-starlette-popen",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import os\nfrom starlette.applications import Starlette\nfrom starlette.responses import PlainTextResponse\nfrom starlette.routing import Route\n\nasync def fortune(request):\n    topic = request.query_params.get(\"topic\", \"wisdom\")\n    return PlainTextResponse(os.popen(\"fortune \" + topic).read())\n\napp = Starlette(routes=[Route(\"/fortune\", fortune)])\n",
  "wave": 2
 },
 {
  "name": "w2-cmd-starlette-popen",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import subprocess\nfrom starlette.applications import Starlette\nfrom starlette.responses import PlainTextResponse\nfrom starlette.routing import Route\n\nTOPICS = {\"wisdom\", \"science\", \"computers\"}\n\nasync def fortune(request):\n    topic = request.query_params.get(\"topic\", \"wisdom\")\n    if topic not in TOPICS:\n        topic = \"wisdom\"\n    return PlainTextResponse(subprocess.run([\"fortune\", topic], capture_output=True, text=True).stdout)\n\napp = Starlette(routes=[Route(\"/fortune\", fortune)])\n",
  "wave": 2
 },
 {
  "name": "w2-cmd-sanic-shell",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import asyncio\nfrom sanic import Sanic\nfrom sanic.response import text\n\napp = Sanic(\"tools\")\n\n@app.get(\"/compress\")\nasync def compress(request):\n    path = request.args.get(\"path\")\n    proc = await asyncio.create_subprocess_shell(f\"gzip -k {path}\")\n    await proc.wait()\n    return text(\"done\")\n",
  "wave": 2
 },
 {
  "name": "w2-cmd-sanic-shell",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import asyncio\nimport os\nfrom sanic import Sanic\nfrom sanic.response import text\n\napp = Sanic(\"tools\")\nROOT = \"/srv/exports\"\n\n@app.get(\"/compress\")\nasync def compress(request):\n    path = os.path.join(ROOT, os.path.basename(request.args.get(\"path\")))\n    proc = await asyncio.create_subprocess_exec(\"gzip\", \"-k\", \"--\", path)\n    await proc.wait()\n    return text(\"done\")\n",
  "wave": 2
 },
 {
  "name": "w2-cmd-cherrypy-bash-lc",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import subprocess\nimport cherrypy\n\nclass Tools:\n    @cherrypy.expose\n    def grep(self, term=\"error\"):\n        out = subprocess.run([\"/bin/bash\", \"-lc\", \"grep -i \" + term + \" /var/log/app.log\"],\n                             capture_output=True, text=True)\n        return out.stdout\n\ncherrypy.quickstart(Tools())\n",
  "wave": 2
 },
 {
  "name": "w2-cmd-cherrypy-bash-lc",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import subprocess\nimport cherrypy\n\nclass Tools:\n    @cherrypy.expose\n    def grep(self, term=\"error\"):\n        out = subprocess.run([\"grep\", \"-i\", \"-e\", term, \"--\", \"/var/log/app.log\"],\n                             capture_output=True, text=True)\n        return out.stdout\n\ncherrypy.quickstart(Tools())\n",
  "wave": 2
 },
 {
  "name": "w2-cmd-flask-path-param-chain",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import os\nfrom flask import Flask\n\napp = Flask(__name__)\n\n@app.route(\"/service/<name>/status\")\ndef service_status(name):\n    base = \"systemctl is-active \" + name\n    full = base + \" 2>&1\"\n    return {\"rc\": os.system(full)}\n",
  "wave": 2
 },
 {
  "name": "w2-cmd-flask-path-param-chain",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import subprocess\nfrom flask import Flask, abort\n\napp = Flask(__name__)\nKNOWN = (\"nginx\", \"redis\", \"postgresql\")\n\n@app.route(\"/service/<name>/status\")\ndef service_status(name):\n    if name not in KNOWN:\n        abort(404)\n    rc = subprocess.run([\"systemctl\", \"is-active\", name]).returncode\n    return {\"rc\": rc}\n",
  "wave": 2
 },
 {
  "name": "w2-cmd-django-meta-xff",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import os\nfrom django.http import HttpResponse\n\ndef ban_client(request):\n    ip = request.META.get(\"HTTP_X_FORWARDED_FOR\", \"\")\n    os.system(\"fail2ban-client set web banip \" + ip)\n    return HttpResponse(\"banned\")\n",
  "wave": 2
 },
 {
  "name": "w2-cmd-django-meta-xff",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import ipaddress\nimport subprocess\nfrom django.http import HttpResponse, HttpResponseBadRequest\n\ndef ban_client(request):\n    try:\n        ip = ipaddress.ip_address(request.META.get(\"HTTP_X_FORWARDED_FOR\", \"\"))\n    except ValueError:\n        return HttpResponseBadRequest()\n    subprocess.run([\"fail2ban-client\", \"set\", \"web\", \"banip\", str(ip)], check=True)\n    return HttpResponse(\"banned\")\n",
  "wave": 2
 },
 {
  "name": "w2-cmd-fastapi-rsync-arg",
  "kind": "vuln",
  "lang": "python",
  "cwe": 88,
  "code": "import subprocess\nfrom fastapi import FastAPI, Form\n\napp = FastAPI()\n\n@app.post(\"/mirror\")\ndef mirror(source: str = Form(...)):\n    subprocess.run([\"rsync\", \"-a\", source, \"/srv/mirror/\"], check=True)\n    return {\"mirrored\": source}\n",
  "wave": 2
 },
 {
  "name": "w2-cmd-fastapi-rsync-arg",
  "kind": "safe",
  "lang": "python",
  "cwe": 88,
  "code": "import subprocess\nfrom fastapi import FastAPI, Form\n\napp = FastAPI()\n\n@app.post(\"/mirror\")\ndef mirror(source: str = Form(...)):\n    subprocess.run([\"rsync\", \"-a\", \"--\", source, \"/srv/mirror/\"], check=True)\n    return {\"mirrored\": source}\n",
  "wave": 2
 },
 {
  "name": "w2-cmd-flask-sendmail-recipient",
  "kind": "vuln",
  "lang": "python",
  "cwe": 88,
  "code": "import subprocess\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.post(\"/invite\")\ndef invite():\n    recipient = request.json[\"email\"]\n    body = b\"Subject: Invitation\\n\\nYou were invited.\\n\"\n    subprocess.run([\"sendmail\", recipient], input=body, check=True)\n    return {\"sent\": True}\n",
  "wave": 2
 },
 {
  "name": "w2-cmd-flask-sendmail-recipient",
  "kind": "safe",
  "lang": "python",
  "cwe": 88,
  "code": "import re\nimport subprocess\nfrom flask import Flask, request, abort\n\napp = Flask(__name__)\nEMAIL = re.compile(r\"[A-Za-z0-9._%+]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}\")\n\n@app.post(\"/invite\")\ndef invite():\n    recipient = request.json[\"email\"]\n    if not EMAIL.fullmatch(recipient):\n        abort(400)\n    body = b\"Subject: Invitation\\n\\nYou were invited.\\n\"\n    subprocess.run([\"sendmail\", recipient], input=body, check=True)\n    return {\"sent\": True}\n",
  "wave": 2
 },
 {
  "name": "w2-cmd-flask-wget-url",
  "kind": "vuln",
  "lang": "python",
  "cwe": 88,
  "code": "import subprocess\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.post(\"/import-feed\")\ndef import_feed():\n    url = request.form[\"url\"]\n    subprocess.run([\"wget\", \"-q\", url, \"-O\", \"/srv/feeds/latest.xml\"], check=True)\n    return \"imported\"\n",
  "wave": 2
 },
 {
  "name": "w2-cmd-flask-wget-url",
  "kind": "safe",
  "lang": "python",
  "cwe": 88,
  "code": "import requests\nfrom flask import Flask, request, abort\n\napp = Flask(__name__)\n\n@app.post(\"/import-feed\")\ndef import_feed():\n    url = request.form[\"url\"]\n    if not url.startswith(\"https://feeds.example.com/\"):\n        abort(400)\n    with open(\"/srv/feeds/latest.xml\", \"wb\") as fh:\n        fh.write(requests.get(url, timeout=10).content)\n    return \"imported\"\n",
  "wave": 2
 },
 {
  "name": "w2-cmd-tornado-execv-sh",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import os\nimport tornado.web\n\nclass ReindexHandler(tornado.web.RequestHandler):\n    def post(self):\n        index = self.get_body_argument(\"index\")\n        if os.fork() == 0:\n            os.execv(\"/bin/sh\", [\"sh\", \"-c\", \"curator --index \" + index + \" reindex\"])\n        self.write(\"started\")\n",
  "wave": 2
 },
 {
  "name": "w2-cmd-tornado-execv-sh",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import os\nimport tornado.web\n\nINDEXES = {\"products\", \"orders\", \"users\"}\n\nclass ReindexHandler(tornado.web.RequestHandler):\n    def post(self):\n        index = self.get_body_argument(\"index\")\n        if index not in INDEXES:\n            raise tornado.web.HTTPError(400)\n        if os.fork() == 0:\n            os.execv(\"/usr/bin/curator\", [\"curator\", \"--index\", index, \"reindex\"])\n        self.write(\"started\")\n",
  "wave": 2
 },
 {
  "name": "w2-cmd-flask-string-template",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import subprocess\nfrom string import Template\nfrom flask import Flask, request\n\napp = Flask(__name__)\nCMD = Template(\"pdftotext -f $first -l $last /srv/docs/manual.pdf -\")\n\n@app.route(\"/pages\")\ndef pages():\n    cmd = CMD.substitute(first=request.args[\"from\"], last=request.args[\"to\"])\n    return subprocess.check_output(cmd, shell=True).decode()\n",
  "wave": 2
 },
 {
  "name": "w2-cmd-flask-string-template",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import subprocess\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.route(\"/pages\")\ndef pages():\n    first = int(request.args[\"from\"])\n    last = int(request.args[\"to\"])\n    cmd = [\"pdftotext\", \"-f\", str(first), \"-l\", str(last), \"/srv/docs/manual.pdf\", \"-\"]\n    return subprocess.check_output(cmd).decode()\n",
  "wave": 2
 },
 {
  "name": "w2-cmd-flask-methodview-helper",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import os\nfrom flask import Flask, request\nfrom flask.views import MethodView\n\napp = Flask(__name__)\n\nclass CertView(MethodView):\n    def _run(self, command):\n        return os.system(command)\n\n    def post(self):\n        domain = request.form[\"domain\"]\n        rc = self._run(\"certbot certonly --webroot -w /srv/www -d \" + domain)\n        return {\"rc\": rc}\n\napp.add_url_rule(\"/certs\", view_func=CertView.as_view(\"certs\"))\n",
  "wave": 2
 },
 {
  "name": "w2-cmd-flask-methodview-helper",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import re\nimport subprocess\nfrom flask import Flask, request, abort\nfrom flask.views import MethodView\n\napp = Flask(__name__)\nDOMAIN = re.compile(r\"(?:[a-z0-9-]{1,63}\\.)+[a-z]{2,}\")\n\nclass CertView(MethodView):\n    def _run(self, argv):\n        return subprocess.run(argv).returncode\n\n    def post(self):\n        domain = request.form[\"domain\"]\n        if not DOMAIN.fullmatch(domain):\n            abort(400)\n        rc = self._run([\"certbot\", \"certonly\", \"--webroot\", \"-w\", \"/srv/www\", \"-d\", domain])\n        return {\"rc\": rc}\n\napp.add_url_rule(\"/certs\", view_func=CertView.as_view(\"certs\"))\n",
  "wave": 2
 },
 {
  "name": "w2-cmd-aiohttp-json-shell",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import asyncio\nfrom aiohttp import web\n\nasync def backup(request):\n    body = await request.json()\n    table = body[\"table\"]\n    proc = await asyncio.create_subprocess_shell(\n        \"pg_dump -t %s shop > /backups/%s.sql\" % (table, table))\n    await proc.wait()\n    return web.json_response({\"rc\": proc.returncode})\n",
  "wave": 2
 },
 {
  "name": "w2-cmd-aiohttp-json-shell",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import asyncio\nfrom aiohttp import web\n\nTABLES = {\"orders\", \"customers\", \"invoices\"}\n\nasync def backup(request):\n    body = await request.json()\n    table = body[\"table\"]\n    if table not in TABLES:\n        raise web.HTTPBadRequest()\n    proc = await asyncio.create_subprocess_shell(\n        \"pg_dump -t %s shop > /backups/%s.sql\" % (table, table))\n    await proc.wait()\n    return web.json_response({\"rc\": proc.returncode})\n",
  "wave": 2
 },
 {
  "name": "w2-cmd-flask-steps-join",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import subprocess\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.post(\"/release\")\ndef release():\n    version = request.form[\"version\"]\n    steps = [\"cd /srv/app\", \"git fetch --tags\", \"git checkout v\" + version, \"make install\"]\n    subprocess.run(\" && \".join(steps), shell=True, check=True)\n    return \"released\"\n",
  "wave": 2
 },
 {
  "name": "w2-cmd-flask-steps-join",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import re\nimport subprocess\nfrom flask import Flask, request, abort\n\napp = Flask(__name__)\n\n@app.post(\"/release\")\ndef release():\n    version = request.form[\"version\"]\n    if not re.fullmatch(r\"\\d+\\.\\d+\\.\\d+\", version):\n        abort(400)\n    steps = [\"cd /srv/app\", \"git fetch --tags\", \"git checkout v\" + version, \"make install\"]\n    subprocess.run(\" && \".join(steps), shell=True, check=True)\n    return \"released\"\n",
  "wave": 2
 },
 {
  "name": "w2-cmd-flask-exiftool-upload",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import subprocess\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.post(\"/photos\")\ndef photos():\n    photo = request.files[\"photo\"]\n    if not photo.filename.lower().endswith((\".jpg\", \".jpeg\")):\n        return \"jpeg only\", 400\n    dest = \"/srv/photos/\" + photo.filename\n    photo.save(dest)\n    meta = subprocess.run(f\"exiftool -json {dest}\", shell=True, capture_output=True, text=True).stdout\n    return meta\n",
  "wave": 2
 },
 {
  "name": "w2-cmd-flask-exiftool-upload",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import subprocess\nimport uuid\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.post(\"/photos\")\ndef photos():\n    photo = request.files[\"photo\"]\n    if not photo.filename.lower().endswith((\".jpg\", \".jpeg\")):\n        return \"jpeg only\", 400\n    dest = \"/srv/photos/\" + uuid.uuid4().hex + \".jpg\"\n    photo.save(dest)\n    meta = subprocess.run([\"exiftool\", \"-json\", dest], capture_output=True, text=True).stdout\n    return meta\n",
  "wave": 2
 },
 {
  "name": "w2-cmd-bottle-two-helpers",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import os\nfrom bottle import post, request\n\ndef shell(line):\n    return os.popen(line).read()\n\ndef hostname_of(ip):\n    return shell(\"host \" + ip)\n\n@post(\"/reverse\")\ndef reverse():\n    return hostname_of(request.forms.get(\"ip\"))\n",
  "wave": 2
 },
 {
  "name": "w2-cmd-bottle-two-helpers",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import socket\nfrom bottle import post, request\n\ndef hostname_of(ip):\n    try:\n        return socket.gethostbyaddr(ip)[0]\n    except OSError:\n        return \"\"\n\n@post(\"/reverse\")\ndef reverse():\n    return hostname_of(request.forms.get(\"ip\"))\n",
  "wave": 2
 },
 {
  "name": "w2-cmd-wsgi-path-info",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import os\n\ndef app(environ, start_response):\n    job = environ[\"PATH_INFO\"].strip(\"/\")\n    os.system(\"/usr/local/bin/run-job \" + job + \" &\")\n    start_response(\"202 Accepted\", [(\"Content-Type\", \"text/plain\")])\n    return [b\"scheduled\"]\n",
  "wave": 2
 },
 {
  "name": "w2-cmd-wsgi-path-info",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import subprocess\n\nJOBS = {\"reindex\", \"cleanup\", \"report\"}\n\ndef app(environ, start_response):\n    job = environ[\"PATH_INFO\"].strip(\"/\")\n    if job not in JOBS:\n        start_response(\"404 Not Found\", [(\"Content-Type\", \"text/plain\")])\n        return [b\"unknown job\"]\n    subprocess.Popen([\"/usr/local/bin/run-job\", job])\n    start_response(\"202 Accepted\", [(\"Content-Type\", \"text/plain\")])\n    return [b\"scheduled\"]\n",
  "wave": 2
 },
 {
  "name": "w2-xp-starlette-html",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "import lxml.html\nfrom starlette.applications import Starlette\nfrom starlette.responses import JSONResponse\nfrom starlette.routing import Route\n\nPAGE = lxml.html.parse(\"/srv/site/index.html\")\n\nasync def links(request):\n    cls = request.query_params.get(\"class\", \"nav\")\n    hrefs = PAGE.xpath(\"//a[@class='\" + cls + \"']/@href\")\n    return JSONResponse({\"links\": [str(h) for h in hrefs]})\n\napp = Starlette(routes=[Route(\"/links\", links)])\n",
  "wave": 2
 },
 {
  "name": "w2-xp-starlette-html",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "import lxml.html\nfrom starlette.applications import Starlette\nfrom starlette.responses import JSONResponse\nfrom starlette.routing import Route\n\nPAGE = lxml.html.parse(\"/srv/site/index.html\")\n\nasync def links(request):\n    cls = request.query_params.get(\"class\", \"nav\")\n    hrefs = PAGE.xpath(\"//a[@class=$cls]/@href\", cls=cls)\n    return JSONResponse({\"links\": [str(h) for h in hrefs]})\n\napp = Starlette(routes=[Route(\"/links\", links)])\n",
  "wave": 2
 },
 {
  "name": "w2-xp-tornado-page-int",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "import tornado.web\nfrom lxml import etree\n\nARCHIVE = etree.parse(\"/srv/archive.xml\")\n\nclass PageHandler(tornado.web.RequestHandler):\n    def get(self):\n        page = self.get_argument(\"page\", \"1\")\n        items = ARCHIVE.xpath(\"//page[position()=\" + page + \"]/item/text()\")\n        self.write({\"items\": [str(i) for i in items]})\n",
  "wave": 2
 },
 {
  "name": "w2-xp-tornado-page-int",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "import tornado.web\nfrom lxml import etree\n\nARCHIVE = etree.parse(\"/srv/archive.xml\")\n\nclass PageHandler(tornado.web.RequestHandler):\n    def get(self):\n        page = int(self.get_argument(\"page\", \"1\"))\n        items = ARCHIVE.xpath(\"//page[position()=\" + str(page) + \"]/item/text()\")\n        self.write({\"items\": [str(i) for i in items]})\n",
  "wave": 2
 },
 {
  "name": "w2-xp-falcon-format-set",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "import falcon\nfrom lxml import etree\n\nCONFIG = etree.parse(\"/srv/config.xml\")\n\nclass FlagResource:\n    def on_get(self, req, resp):\n        flag = req.get_param(\"flag\")\n        value = CONFIG.xpath(\"string(//feature[@name='{}']/@enabled)\".format(flag))\n        resp.media = {\"flag\": flag, \"enabled\": value}\n",
  "wave": 2
 },
 {
  "name": "w2-xp-falcon-format-set",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "import falcon\nfrom lxml import etree\n\nCONFIG = etree.parse(\"/srv/config.xml\")\nFLAGS = {\"dark_mode\", \"beta_search\", \"new_checkout\"}\n\nclass FlagResource:\n    def on_get(self, req, resp):\n        flag = req.get_param(\"flag\")\n        if flag not in FLAGS:\n            raise falcon.HTTPNotFound()\n        value = CONFIG.xpath(\"string(//feature[@name='{}']/@enabled)\".format(flag))\n        resp.media = {\"flag\": flag, \"enabled\": value}\n",
  "wave": 2
 },
 {
  "name": "w2-xp-django-query-helper",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from django.http import JsonResponse\nfrom lxml import etree\n\nSTAFF = etree.parse(\"/srv/staff.xml\")\n\ndef build_query(dept):\n    return \"//member[department='\" + dept + \"']/name/text()\"\n\ndef members(request):\n    names = STAFF.xpath(build_query(request.POST[\"dept\"]))\n    return JsonResponse({\"names\": [str(n) for n in names]})\n",
  "wave": 2
 },
 {
  "name": "w2-xp-django-query-helper",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "from django.http import JsonResponse\nfrom lxml import etree\n\nSTAFF = etree.parse(\"/srv/staff.xml\")\n\ndef build_query():\n    return \"//member[department=$dept]/name/text()\"\n\ndef members(request):\n    names = STAFF.xpath(build_query(), dept=request.POST[\"dept\"])\n    return JsonResponse({\"names\": [str(n) for n in names]})\n",
  "wave": 2
 },
 {
  "name": "w2-xp-flask-or-join",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from flask import Flask, request\nfrom lxml import etree\n\napp = Flask(__name__)\nPRODUCTS = etree.parse(\"/srv/products.xml\")\n\n@app.post(\"/products/batch\")\ndef batch():\n    ids = request.json[\"ids\"]\n    cond = \" or \".join(\"@id='%s'\" % i for i in ids)\n    nodes = PRODUCTS.xpath(\"//product[\" + cond + \"]/name/text()\")\n    return {\"names\": [str(n) for n in nodes]}\n",
  "wave": 2
 },
 {
  "name": "w2-xp-flask-or-join",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "from flask import Flask, request\nfrom lxml import etree\n\napp = Flask(__name__)\nPRODUCTS = etree.parse(\"/srv/products.xml\")\n\n@app.post(\"/products/batch\")\ndef batch():\n    ids = [int(i) for i in request.json[\"ids\"]]\n    cond = \" or \".join(\"@id='%d'\" % i for i in ids)\n    nodes = PRODUCTS.xpath(\"//product[\" + cond + \"]/name/text()\")\n    return {\"names\": [str(n) for n in nodes]}\n",
  "wave": 2
 },
 {
  "name": "w2-xp-aiohttp-compiled",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from aiohttp import web\nfrom lxml import etree\n\nROUTES = etree.parse(\"/srv/routes.xml\")\n\nasync def stops(request):\n    line = request.query.get(\"line\", \"1\")\n    find = etree.XPath(\"//line[@code='\" + line + \"']/stop/@name\", smart_strings=False)\n    return web.json_response({\"stops\": find(ROUTES)})\n",
  "wave": 2
 },
 {
  "name": "w2-xp-aiohttp-compiled",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "from aiohttp import web\nfrom lxml import etree\n\nROUTES = etree.parse(\"/srv/routes.xml\")\nFIND = etree.XPath(\"//line[@code=$code]/stop/@name\", smart_strings=False)\n\nasync def stops(request):\n    line = request.query.get(\"line\", \"1\")\n    return web.json_response({\"stops\": FIND(ROUTES, code=line)})\n",
  "wave": 2
 },
 {
  "name": "w2-xp-bottle-cookie-regex-return",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "import re\nfrom bottle import get, request\nfrom lxml import etree\n\nSTRINGS = etree.parse(\"/srv/strings.xml\")\n\n@get(\"/title\")\ndef title():\n    region = request.get_cookie(\"region\", \"us\")\n    return STRINGS.xpath(\"string(//title[@region='%s'])\" % region)\n",
  "wave": 2
 },
 {
  "name": "w2-xp-bottle-cookie-regex-return",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "import re\nfrom bottle import get, request\nfrom lxml import etree\n\nSTRINGS = etree.parse(\"/srv/strings.xml\")\n\n@get(\"/title\")\ndef title():\n    region = request.get_cookie(\"region\", \"us\")\n    if not re.match(r\"^[a-z]{2}$\", region):\n        return \"\"\n    return STRINGS.xpath(\"string(//title[@region='%s'])\" % region)\n",
  "wave": 2
 },
 {
  "name": "w2-xp-flask-accept-language-ternary",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from flask import Flask, request\nfrom lxml import etree\n\napp = Flask(__name__)\nHELP = etree.parse(\"/srv/help.xml\")\n\n@app.route(\"/help\")\ndef help_page():\n    lang = request.headers.get(\"Accept-Language\", \"en\")[:2]\n    return HELP.xpath(\"string(//topic[@lang='\" + lang + \"'])\")\n",
  "wave": 2
 },
 {
  "name": "w2-xp-flask-accept-language-ternary",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "from flask import Flask, request\nfrom lxml import etree\n\napp = Flask(__name__)\nHELP = etree.parse(\"/srv/help.xml\")\n\n@app.route(\"/help\")\ndef help_page():\n    lang = \"de\" if request.headers.get(\"Accept-Language\", \"en\").startswith(\"de\") else \"en\"\n    return HELP.xpath(\"string(//topic[@lang='\" + lang + \"'])\")\n",
  "wave": 2
 },
 {
  "name": "w2-xp-pyramid-matchdict",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from pyramid.view import view_config\nfrom lxml import etree\n\nTICKETS = etree.parse(\"/srv/tickets.xml\")\n\n@view_config(route_name=\"ticket\", renderer=\"json\")\ndef ticket(request):\n    number = request.matchdict[\"number\"]\n    return {\"subject\": TICKETS.xpath(\"string(//ticket[@no=%s]/subject)\" % number)}\n",
  "wave": 2
 },
 {
  "name": "w2-xp-pyramid-matchdict",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "from pyramid.httpexceptions import HTTPNotFound\nfrom pyramid.view import view_config\nfrom lxml import etree\n\nTICKETS = etree.parse(\"/srv/tickets.xml\")\n\n@view_config(route_name=\"ticket\", renderer=\"json\")\ndef ticket(request):\n    number = request.matchdict[\"number\"]\n    if not number.isdecimal():\n        raise HTTPNotFound()\n    return {\"subject\": TICKETS.xpath(\"string(//ticket[@no=%s]/subject)\" % number)}\n",
  "wave": 2
 },
 {
  "name": "w2-hash-django-sha1-salted-password",
  "kind": "vuln",
  "lang": "python",
  "cwe": 916,
  "code": "import hashlib\nimport os\nfrom django.http import JsonResponse\nfrom .models import Account\n\ndef change_password(request):\n    salt = os.urandom(8).hex()\n    digest = hashlib.sha1((salt + request.POST[\"new_password\"]).encode()).hexdigest()\n    Account.objects.filter(pk=request.user.pk).update(password=salt + \"$\" + digest)\n    return JsonResponse({\"ok\": True})\n",
  "wave": 2
 },
 {
  "name": "w2-hash-django-sha1-salted-password",
  "kind": "safe",
  "lang": "python",
  "cwe": 916,
  "code": "from django.contrib.auth.hashers import make_password\nfrom django.http import JsonResponse\nfrom .models import Account\n\ndef change_password(request):\n    Account.objects.filter(pk=request.user.pk).update(password=make_password(request.POST[\"new_password\"]))\n    return JsonResponse({\"ok\": True})\n",
  "wave": 2
 },
 {
  "name": "w2-cipher-flask-blowfish",
  "kind": "vuln",
  "lang": "python",
  "cwe": 327,
  "code": "import os\nfrom Crypto.Cipher import Blowfish\nfrom Crypto.Util.Padding import pad\nfrom flask import Flask, request\n\napp = Flask(__name__)\nKEY = bytes.fromhex(os.environ[\"NOTES_KEY\"])\n\n@app.post(\"/notes\")\ndef save_note():\n    iv = os.urandom(8)\n    ct = Blowfish.new(KEY, Blowfish.MODE_CBC, iv).encrypt(pad(request.form[\"note\"].encode(), 8))\n    return {\"note\": (iv + ct).hex()}\n",
  "wave": 2
 },
 {
  "name": "w2-cipher-flask-blowfish",
  "kind": "safe",
  "lang": "python",
  "cwe": 327,
  "code": "import os\nfrom Crypto.Cipher import AES\nfrom flask import Flask, request\n\napp = Flask(__name__)\nKEY = bytes.fromhex(os.environ[\"NOTES_KEY\"])\n\n@app.post(\"/notes\")\ndef save_note():\n    cipher = AES.new(KEY, AES.MODE_GCM)\n    ct, tag = cipher.encrypt_and_digest(request.form[\"note\"].encode())\n    return {\"note\": (cipher.nonce + tag + ct).hex()}\n",
  "wave": 2
 },
 {
  "name": "w2-hash-fastapi-md5-session-id",
  "kind": "vuln",
  "lang": "python",
  "cwe": 328,
  "code": "import hashlib\nimport time\nfrom fastapi import FastAPI, Response\n\napp = FastAPI()\n\n@app.post(\"/login\")\ndef login(username: str, response: Response):\n    sid = hashlib.md5(f\"{username}:{time.time()}\".encode()).hexdigest()\n    response.set_cookie(\"sid\", sid, httponly=True, secure=True)\n    return {\"ok\": True}\n",
  "wave": 2
 },
 {
  "name": "w2-hash-fastapi-md5-session-id",
  "kind": "safe",
  "lang": "python",
  "cwe": 328,
  "code": "import secrets\nfrom fastapi import FastAPI, Response\n\napp = FastAPI()\n\n@app.post(\"/login\")\ndef login(username: str, response: Response):\n    sid = secrets.token_hex(32)\n    response.set_cookie(\"sid\", sid, httponly=True, secure=True)\n    return {\"ok\": True}\n",
  "wave": 2
 },
 {
  "name": "w3-cmd-popen-args-keyword",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import subprocess\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.route(\"/tts\")\ndef tts():\n    phrase = request.args.get(\"say\", \"hello\")\n    proc = subprocess.Popen(args=\"espeak -w /tmp/tts.wav '\" + phrase + \"'\", shell=True)\n    proc.wait()\n    return \"ok\"\n",
  "wave": 3
 },
 {
  "name": "w3-cmd-popen-args-keyword",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import subprocess\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.route(\"/tts\")\ndef tts():\n    phrase = request.args.get(\"say\", \"hello\")\n    proc = subprocess.Popen(args=[\"espeak\", \"-w\", \"/srv/tts/out.wav\", \"--\", phrase])\n    proc.wait()\n    return \"ok\"\n",
  "wave": 3
 },
 {
  "name": "w3-cmd-system-join-list",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import os\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.post(\"/watermark\")\ndef watermark():\n    image = request.form[\"image\"]\n    os.system(\" \".join([\"composite\", \"-gravity\", \"southeast\", \"/srv/mark.png\", image, image]))\n    return \"done\"\n",
  "wave": 3
 },
 {
  "name": "w3-cmd-system-join-list",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import os\nimport shlex\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.post(\"/watermark\")\ndef watermark():\n    image = shlex.quote(request.form[\"image\"])\n    os.system(\" \".join([\"composite\", \"-gravity\", \"southeast\", \"/srv/mark.png\", image, image]))\n    return \"done\"\n",
  "wave": 3
 },
 {
  "name": "w3-arg-git-fetch-branch",
  "kind": "vuln",
  "lang": "python",
  "cwe": 88,
  "code": "import subprocess\nfrom django.http import JsonResponse\n\ndef refresh(request):\n    branch = request.POST.get(\"branch\", \"main\")\n    subprocess.run([\"git\", \"-C\", \"/srv/site\", \"fetch\", \"origin\", branch], check=True)\n    return JsonResponse({\"fetched\": branch})\n",
  "wave": 3
 },
 {
  "name": "w3-arg-git-fetch-branch",
  "kind": "safe",
  "lang": "python",
  "cwe": 88,
  "code": "import subprocess\nfrom django.http import JsonResponse\n\ndef refresh(request):\n    branch = request.POST.get(\"branch\", \"main\")\n    subprocess.run([\"git\", \"-C\", \"/srv/site\", \"fetch\", \"origin\", \"refs/heads/\" + branch], check=True)\n    return JsonResponse({\"fetched\": branch})\n",
  "wave": 3
 },
 {
  "name": "w3-arg-aiohttp-curl-exec",
  "kind": "vuln",
  "lang": "python",
  "cwe": 88,
  "code": "import asyncio\nfrom aiohttp import web\n\nasync def probe(request):\n    target = request.query[\"url\"]\n    proc = await asyncio.create_subprocess_exec(\"curl\", \"-sS\", \"-o\", \"/dev/null\", \"-w\", \"%{http_code}\", target,\n                                                stdout=asyncio.subprocess.PIPE)\n    out, _ = await proc.communicate()\n    return web.json_response({\"status\": out.decode()})\n",
  "wave": 3
 },
 {
  "name": "w3-arg-aiohttp-curl-exec",
  "kind": "safe",
  "lang": "python",
  "cwe": 88,
  "code": "import asyncio\nfrom aiohttp import web\n\nasync def probe(request):\n    target = request.query[\"url\"]\n    proc = await asyncio.create_subprocess_exec(\"curl\", \"-sS\", \"-o\", \"/dev/null\", \"-w\", \"%{http_code}\", \"--\", target,\n                                                stdout=asyncio.subprocess.PIPE)\n    out, _ = await proc.communicate()\n    return web.json_response({\"status\": out.decode()})\n",
  "wave": 3
 },
 {
  "name": "w3-xp-repr-quoting",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from flask import Flask, request\nfrom lxml import etree\n\napp = Flask(__name__)\nASSETS = etree.parse(\"/srv/assets.xml\")\n\n@app.route(\"/asset\")\ndef asset():\n    tag = request.args[\"tag\"]\n    return {\"paths\": [str(p) for p in ASSETS.xpath(\"//asset[@tag=%r]/@path\" % tag)]}\n",
  "wave": 3
 },
 {
  "name": "w3-xp-repr-quoting",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "from flask import Flask, request\nfrom lxml import etree\n\napp = Flask(__name__)\nASSETS = etree.parse(\"/srv/assets.xml\")\n\n@app.route(\"/asset\")\ndef asset():\n    tag = request.args[\"tag\"]\n    return {\"paths\": [str(p) for p in ASSETS.xpath(\"//asset[@tag=$tag]/@path\", tag=tag)]}\n",
  "wave": 3
 },
 {
  "name": "w3-xp-cookie-uid-format",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "from flask import Flask, request\nfrom lxml import etree\n\napp = Flask(__name__)\nPROFILES = etree.parse(\"/srv/profiles.xml\")\n\n@app.route(\"/me\")\ndef me():\n    uid = request.cookies.get(\"uid\", \"0\")\n    q = \"string(//profile[@uid='{}']/display)\".format(uid)\n    return {\"display\": PROFILES.xpath(q)}\n",
  "wave": 3
 },
 {
  "name": "w3-xp-cookie-uid-format",
  "kind": "safe",
  "lang": "python",
  "cwe": 643,
  "code": "from flask import Flask, request\nfrom lxml import etree\n\napp = Flask(__name__)\nPROFILES = etree.parse(\"/srv/profiles.xml\")\n\n@app.route(\"/me\")\ndef me():\n    uid = str(int(request.cookies.get(\"uid\", \"0\")))\n    q = \"string(//profile[@uid='{}']/display)\".format(uid)\n    return {\"display\": PROFILES.xpath(q)}\n",
  "wave": 3
 },
 {
  "name": "w3-cmd-django-format-kwargs",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "import subprocess\nfrom django.http import HttpResponse\n\nTEMPLATE = \"qrencode -o /srv/qr/{name}.png '{text}'\"\n\ndef qr(request):\n    params = {\"name\": request.GET[\"name\"], \"text\": request.GET[\"text\"]}\n    subprocess.run(TEMPLATE.format(**params), shell=True, executable=\"/bin/bash\", check=True)\n    return HttpResponse(\"created\")\n",
  "wave": 3
 },
 {
  "name": "w3-cmd-django-format-kwargs",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "import re\nimport subprocess\nfrom django.http import HttpResponse, HttpResponseBadRequest\n\ndef qr(request):\n    name, text = request.GET[\"name\"], request.GET[\"text\"]\n    if not re.fullmatch(r\"[a-z0-9_-]{1,32}\", name):\n        return HttpResponseBadRequest()\n    subprocess.run([\"qrencode\", \"-o\", \"/srv/qr/%s.png\" % name, \"--\", text], check=True)\n    return HttpResponse(\"created\")\n",
  "wave": 3
 },
 {
  "name": "w3-hash-flask-sha256-password",
  "kind": "vuln",
  "lang": "python",
  "cwe": 916,
  "code": "import hashlib\nfrom flask import Flask, request\n\napp = Flask(__name__)\nUSERS = {}\n\n@app.post(\"/users\")\ndef create_user():\n    name = request.form[\"name\"]\n    USERS[name] = hashlib.sha256(request.form[\"password\"].encode()).hexdigest()\n    return \"created\", 201\n",
  "wave": 3
 },
 {
  "name": "w3-hash-flask-sha256-password",
  "kind": "safe",
  "lang": "python",
  "cwe": 916,
  "code": "import bcrypt\nfrom flask import Flask, request\n\napp = Flask(__name__)\nUSERS = {}\n\n@app.post(\"/users\")\ndef create_user():\n    name = request.form[\"name\"]\n    USERS[name] = bcrypt.hashpw(request.form[\"password\"].encode(), bcrypt.gensalt())\n    return \"created\", 201\n",
  "wave": 3
 }
];

describeProbes('round 15 class probes (Python)', PROBES);
