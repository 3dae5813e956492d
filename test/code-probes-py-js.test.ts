// Probe set of round 8 (Python, JavaScript/TypeScript): snippets written before the analyzer was run
// on them, in the shapes developers and models write for everyday tasks (Flask, Django, FastAPI,
// aiohttp, Express, Koa, Fastify, Next.js, NestJS, the DOM). Each vulnerable snippet must be
// reported with its CWE class; each safe one (the usual correct version) must have no finding.
// A few have a narrower expectation, noted in the case (notCwe: only that class must be absent).
import { describe, expect, it } from 'vitest';
import { checkCode } from '../lib/code/index.js';
import { describeProbes, ruleIds as ids, type Probe } from './code-probes.js';

const PROBES: Probe[] = [
 {
  "name": "js_cmd_exec",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 78,
  "code": "// CWE-78\nconst { exec } = require('child_process');\nconst express = require('express');\nconst app = express();\n\napp.get('/ping', (req, res) => {\n  const host = req.query.host;\n  exec(`ping -c 1 ${host}`, (err, stdout) => {\n    res.send(stdout);\n  });\n});\n"
 },
 {
  "name": "js_cmd_helper",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 78,
  "code": "// CWE-78\nimport { execSync } from 'node:child_process';\n\nexport function convertImage(inputPath: string, width: number): Buffer {\n  return execSync('convert ' + inputPath + ' -resize ' + width + ' out.png');\n}\n"
 },
 {
  "name": "js_cmd_spawn_shell",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 78,
  "code": "// CWE-78\nconst { spawn } = require('child_process');\n\nmodule.exports = function runGit(req, res) {\n  const branch = req.body.branch;\n  const p = spawn('git checkout ' + branch, { shell: true });\n  p.on('close', (code) => res.json({ code }));\n};\n"
 },
 {
  "name": "js_cookie_flags",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 614,
  "code": "// CWE-614\nconst express = require('express');\nconst session = require('express-session');\nconst app = express();\napp.use(session({ secret: process.env.SESSION_SECRET, cookie: { secure: false, httpOnly: false } }));\n"
 },
 {
  "name": "js_cors_star",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 942,
  "code": "// CWE-942\nconst express = require('express');\nconst cors = require('cors');\nconst app = express();\napp.use(cors({ origin: '*', credentials: true }));\n"
 },
 {
  "name": "js_deser_node_serialize",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 502,
  "code": "// CWE-502\nconst serialize = require('node-serialize');\nconst express = require('express');\nconst cookieParser = require('cookie-parser');\nconst app = express();\napp.use(cookieParser());\n\napp.get('/profile', (req, res) => {\n  const prefs = serialize.unserialize(Buffer.from(req.cookies.prefs, 'base64').toString());\n  res.json(prefs);\n});\n"
 },
 {
  "name": "js_ejs_render",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 1336,
  "code": "// CWE-1336\nconst ejs = require('ejs');\nconst express = require('express');\nconst app = express();\n\napp.get('/page', (req, res) => {\n  const html = ejs.render('<h1>' + req.query.title + '</h1>');\n  res.send(html);\n});\n"
 },
 {
  "name": "js_eval",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 95,
  "code": "// CWE-95\nconst express = require('express');\nconst app = express();\napp.use(express.json());\n\napp.post('/calculate', (req, res) => {\n  const { expression } = req.body;\n  const result = eval(expression);\n  res.json({ result });\n});\n"
 },
 {
  "name": "js_fastify_cmd",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 78,
  "code": "// CWE-78\nconst fastify = require('fastify')();\nconst { exec } = require('child_process');\n\nfastify.get('/dns', async (request, reply) => {\n  const { domain } = request.query;\n  return new Promise((resolve) => exec('dig ' + domain, (e, out) => resolve(out)));\n});\n"
 },
 {
  "name": "js_hardcoded_jwt",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 798,
  "code": "// CWE-798\nconst jwt = require('jsonwebtoken');\n\nfunction login(user) {\n  return jwt.sign({ id: user.id, role: user.role }, 'my-super-secret-key', { expiresIn: '1h' });\n}\n"
 },
 {
  "name": "js_jwt_none",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 347,
  "code": "// CWE-347\nconst jwt = require('jsonwebtoken');\n\nfunction verifyToken(token) {\n  return jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256', 'none'] });\n}\n"
 },
 {
  "name": "js_koa_sqli",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 89,
  "code": "// CWE-89\nconst Koa = require('koa');\nconst Router = require('@koa/router');\nconst db = require('./db');\nconst router = new Router();\n\nrouter.get('/users/:name', async (ctx) => {\n  ctx.body = await db.query(\"SELECT * FROM users WHERE name = '\" + ctx.params.name + \"'\");\n});\n"
 },
 {
  "name": "js_log_inj",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 117,
  "code": "// CWE-117\nconst express = require('express');\nconst app = express();\n\napp.get('/login', (req, res) => {\n  console.log('Failed login for user ' + req.query.user);\n  res.status(401).end();\n});\n",
  "low": true
 },
 {
  "name": "js_mass_assign",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 915,
  "code": "// CWE-915\nconst express = require('express');\nconst User = require('./models/User');\nconst app = express();\napp.use(express.json());\n\napp.put('/users/:id', async (req, res) => {\n  const user = await User.findByIdAndUpdate(req.params.id, req.body, { new: true });\n  res.json(user);\n});\n"
 },
 {
  "name": "js_math_random_token",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 338,
  "code": "// CWE-338\nfunction generateSessionToken() {\n  let token = '';\n  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';\n  for (let i = 0; i < 32; i++) {\n    token += chars.charAt(Math.floor(Math.random() * chars.length));\n  }\n  return token;\n}\nmodule.exports = { generateSessionToken };\n"
 },
 {
  "name": "js_new_function",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 95,
  "code": "// CWE-95\nfunction buildFilter(rule) {\n  return new Function('item', 'return ' + rule + ';');\n}\nmodule.exports = { buildFilter };\n"
 },
 {
  "name": "js_nosqli_mongoose",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 943,
  "code": "// CWE-943\nconst express = require('express');\nconst User = require('./models/User');\nconst app = express();\napp.use(express.json());\n\napp.post('/login', async (req, res) => {\n  const user = await User.findOne({ username: req.body.username, password: req.body.password });\n  if (!user) return res.status(401).send('bad');\n  res.send('ok');\n});\n"
 },
 {
  "name": "js_nosqli_where",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 943,
  "code": "// CWE-943\nconst { MongoClient } = require('mongodb');\nconst app = require('express')();\n\napp.get('/items', async (req, res) => {\n  const client = await MongoClient.connect('mongodb://localhost');\n  const items = await client.db('shop').collection('items').find({ $where: 'this.price < ' + req.query.max }).toArray();\n  res.json(items);\n});\n"
 },
 {
  "name": "js_open_redirect",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 601,
  "code": "// CWE-601\nconst express = require('express');\nconst app = express();\n\napp.get('/logout', (req, res) => {\n  req.session = null;\n  res.redirect(req.query.returnTo);\n});\n"
 },
 {
  "name": "js_path_sendfile",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 22,
  "code": "// CWE-22\nimport express, { Request, Response } from 'express';\nconst app = express();\n\napp.get('/download/:filename', (req: Request, res: Response) => {\n  const filename = req.params.filename;\n  res.sendFile('/var/data/' + filename);\n});\n"
 },
 {
  "name": "js_path_traversal",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 22,
  "code": "// CWE-22\nconst express = require('express');\nconst fs = require('fs');\nconst path = require('path');\nconst app = express();\n\napp.get('/files', (req, res) => {\n  const file = path.join(__dirname, 'uploads', req.query.name);\n  fs.readFile(file, 'utf8', (err, data) => {\n    if (err) return res.status(404).end();\n    res.send(data);\n  });\n});\n"
 },
 {
  "name": "js_proto_pollution",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 1321,
  "code": "// CWE-1321\nfunction merge(target, source) {\n  for (const key in source) {\n    if (typeof source[key] === 'object' && source[key] !== null) {\n      if (!target[key]) target[key] = {};\n      merge(target[key], source[key]);\n    } else {\n      target[key] = source[key];\n    }\n  }\n  return target;\n}\nmodule.exports = { merge };\n"
 },
 {
  "name": "js_regex_input",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 1333,
  "code": "// CWE-1333\nconst express = require('express');\nconst app = express();\n\napp.get('/filter', (req, res) => {\n  const re = new RegExp(req.query.pattern);\n  res.json(['alpha', 'beta'].filter((w) => re.test(w)));\n});\n"
 },
 {
  "name": "js_sqli_destructure",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 89,
  "code": "// CWE-89\nconst { Pool } = require('pg');\nconst pool = new Pool();\n\nasync function getUser(req, res) {\n  const { id } = req.params;\n  const result = await pool.query('SELECT * FROM users WHERE id = ' + id);\n  res.json(result.rows[0]);\n}\nmodule.exports = { getUser };\n"
 },
 {
  "name": "js_sqli_helper",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 89,
  "code": "// CWE-89\nimport mysql from 'mysql2/promise';\n\nexport async function findByEmail(conn: mysql.Connection, email: string) {\n  const sql = \"SELECT * FROM accounts WHERE email = '\" + email + \"'\";\n  const [rows] = await conn.execute(sql);\n  return rows;\n}\n"
 },
 {
  "name": "js_sqli_knex_raw",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 89,
  "code": "// CWE-89\nconst knex = require('knex')({ client: 'pg' });\nconst express = require('express');\nconst router = express.Router();\n\nrouter.get('/orders', async (req, res) => {\n  const sort = req.query.sort;\n  const rows = await knex.raw(`SELECT * FROM orders ORDER BY ${sort}`);\n  res.json(rows);\n});\nmodule.exports = router;\n"
 },
 {
  "name": "js_sqli_mysql",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 89,
  "code": "// CWE-89\nconst express = require('express');\nconst mysql = require('mysql');\nconst app = express();\nconst db = mysql.createConnection({ host: 'localhost', user: 'app', database: 'shop' });\n\napp.get('/products', (req, res) => {\n  const category = req.query.category;\n  db.query(`SELECT * FROM products WHERE category = '${category}'`, (err, rows) => {\n    if (err) return res.status(500).send('error');\n    res.json(rows);\n  });\n});\n"
 },
 {
  "name": "js_sqli_sequelize",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 89,
  "code": "// CWE-89\nconst { sequelize } = require('./models');\n\nexports.search = async (req, res) => {\n  const term = req.body.term;\n  const rows = await sequelize.query(`SELECT * FROM posts WHERE title LIKE '%${term}%'`);\n  res.json(rows);\n};\n"
 },
 {
  "name": "js_ssrf_axios",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 918,
  "code": "// CWE-918\nconst axios = require('axios');\nconst express = require('express');\nconst app = express();\n\napp.get('/proxy', async (req, res) => {\n  const response = await axios.get(req.query.url);\n  res.send(response.data);\n});\n"
 },
 {
  "name": "js_ssrf_fetch_next",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 918,
  "code": "// CWE-918\nimport type { NextApiRequest, NextApiResponse } from 'next';\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  const { imageUrl } = req.query;\n  const r = await fetch(imageUrl as string);\n  const buf = Buffer.from(await r.arrayBuffer());\n  res.setHeader('Content-Type', 'image/png');\n  res.send(buf);\n}\n"
 },
 {
  "name": "js_timing",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 208,
  "code": "// CWE-208\nconst express = require('express');\nconst app = express();\n\napp.post('/webhook', (req, res) => {\n  const signature = req.headers['x-signature'];\n  if (signature !== process.env.WEBHOOK_SECRET) {\n    return res.status(401).end();\n  }\n  res.send('ok');\n});\n"
 },
 {
  "name": "js_tls_reject",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 295,
  "code": "// CWE-295\nconst https = require('https');\nconst axios = require('axios');\n\nconst agent = new https.Agent({ rejectUnauthorized: false });\nasync function getData(url) {\n  return axios.get(url, { httpsAgent: agent });\n}\n"
 },
 {
  "name": "js_upload",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 434,
  "code": "// CWE-434\nconst express = require('express');\nconst fileUpload = require('express-fileupload');\nconst app = express();\napp.use(fileUpload());\n\napp.post('/upload', (req, res) => {\n  const file = req.files.avatar;\n  file.mv(__dirname + '/public/uploads/' + file.name, () => res.send('uploaded'));\n});\n"
 },
 {
  "name": "js_vm",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 95,
  "code": "// CWE-95\nconst vm = require('vm');\nconst app = require('express')();\n\napp.get('/run', (req, res) => {\n  const out = vm.runInNewContext(req.query.code, {});\n  res.send(String(out));\n});\n"
 },
 {
  "name": "js_weak_cipher",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 327,
  "code": "// CWE-327\nconst crypto = require('crypto');\n\nfunction encrypt(text, key) {\n  const cipher = crypto.createCipheriv('des-ecb', key, null);\n  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');\n}\n"
 },
 {
  "name": "js_weak_hash",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 328,
  "code": "// CWE-328\nconst crypto = require('crypto');\n\nfunction hashPassword(password) {\n  return crypto.createHash('md5').update(password).digest('hex');\n}\nmodule.exports = { hashPassword };\n"
 },
 {
  "name": "js_xss_docwrite",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 79,
  "code": "// CWE-79\nvar ref = document.location.hash.substring(1);\ndocument.write('<a href=\"' + ref + '\">Back</a>');\n"
 },
 {
  "name": "js_xss_innerhtml",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 79,
  "code": "// CWE-79\nfunction renderComment(comment) {\n  const div = document.createElement('div');\n  div.innerHTML = '<p class=\"author\">' + comment.author + '</p><p>' + comment.body + '</p>';\n  document.getElementById('comments').appendChild(div);\n}\n"
 },
 {
  "name": "js_xss_jquery",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 79,
  "code": "// CWE-79\n$(function () {\n  $.getJSON('/api/messages', function (msgs) {\n    msgs.forEach(function (m) {\n      $('#list').append('<li>' + m.text + '</li>');\n    });\n  });\n  var q = new URLSearchParams(location.search).get('q');\n  $('#query').html(q);\n});\n"
 },
 {
  "name": "js_xss_location",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 79,
  "code": "// CWE-79\nconst params = new URLSearchParams(window.location.search);\nconst name = params.get('name');\ndocument.getElementById('welcome').innerHTML = `Welcome back, ${name}!`;\n"
 },
 {
  "name": "js_xss_react",
  "kind": "vuln",
  "lang": "tsx",
  "cwe": 79,
  "code": "// CWE-79\nimport React from 'react';\n\nexport function Bio({ html }: { html: string }) {\n  return <div className=\"bio\" dangerouslySetInnerHTML={{ __html: html }} />;\n}\n"
 },
 {
  "name": "js_xss_send",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 79,
  "code": "// CWE-79\nconst express = require('express');\nconst app = express();\n\napp.get('/search', (req, res) => {\n  const q = req.query.q;\n  res.send('<h1>Results for ' + q + '</h1>');\n});\n"
 },
 {
  "name": "js_xxe_libxml",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 611,
  "code": "// CWE-611\nconst libxmljs = require('libxmljs');\nconst express = require('express');\nconst app = express();\napp.use(express.text({ type: 'application/xml' }));\n\napp.post('/import', (req, res) => {\n  const doc = libxmljs.parseXml(req.body, { noent: true });\n  res.send(doc.root().name());\n});\n"
 },
 {
  "name": "py_cmd_ossystem",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "# CWE-78\nimport os\nfrom flask import Flask, request\napp = Flask(__name__)\n\n@app.route(\"/ping\")\ndef ping():\n    host = request.args.get(\"host\")\n    os.system(f\"ping -c 1 {host}\")\n    return \"done\"\n"
 },
 {
  "name": "py_cmd_popen_script",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "# CWE-78\nimport subprocess\nimport sys\n\nif __name__ == \"__main__\":\n    target = sys.argv[1]\n    out = subprocess.check_output(\"nslookup %s\" % target, shell=True)\n    print(out.decode())\n"
 },
 {
  "name": "py_cmd_subprocess_shell",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "# CWE-78\nimport subprocess\n\ndef compress_file(filename):\n    cmd = \"tar -czf backup.tar.gz \" + filename\n    result = subprocess.run(cmd, shell=True, capture_output=True)\n    return result.returncode\n"
 },
 {
  "name": "py_cookie_flags",
  "kind": "vuln",
  "lang": "python",
  "cwe": 614,
  "code": "# CWE-614\nfrom flask import Flask, make_response\napp = Flask(__name__)\n\n@app.route(\"/set\")\ndef set_cookie():\n    resp = make_response(\"ok\")\n    resp.set_cookie(\"session_id\", \"abc123\", httponly=False, secure=False)\n    return resp\n"
 },
 {
  "name": "py_debug_true",
  "kind": "vuln",
  "lang": "python",
  "cwe": 489,
  "code": "# CWE-489\nfrom flask import Flask\napp = Flask(__name__)\n\n@app.route(\"/\")\ndef index():\n    return \"hi\"\n\nif __name__ == \"__main__\":\n    app.run(host=\"0.0.0.0\", debug=True)\n"
 },
 {
  "name": "py_des_cipher",
  "kind": "vuln",
  "lang": "python",
  "cwe": 327,
  "code": "# CWE-327\nfrom Crypto.Cipher import DES\n\ndef encrypt(key, data):\n    cipher = DES.new(key, DES.MODE_ECB)\n    return cipher.encrypt(data)\n"
 },
 {
  "name": "py_django_raw",
  "kind": "vuln",
  "lang": "python",
  "cwe": 89,
  "code": "# CWE-89\nfrom django.http import JsonResponse\nfrom django.db import connection\n\ndef product_detail(request):\n    pid = request.GET.get(\"id\")\n    with connection.cursor() as cursor:\n        cursor.execute(\"SELECT name, price FROM products WHERE id = \" + pid)\n        row = cursor.fetchone()\n    return JsonResponse({\"name\": row[0], \"price\": row[1]})\n"
 },
 {
  "name": "py_eval_calc",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "# CWE-95\nfrom flask import Flask, request\napp = Flask(__name__)\n\n@app.route(\"/calc\", methods=[\"POST\"])\ndef calc():\n    expr = request.form[\"expression\"]\n    result = eval(expr)\n    return {\"result\": result}\n"
 },
 {
  "name": "py_exec_input",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "# CWE-95\ndef run_user_code():\n    code = input(\"Enter Python code: \")\n    exec(code)\n"
 },
 {
  "name": "py_hardcoded_secret",
  "kind": "vuln",
  "lang": "python",
  "cwe": 798,
  "code": "# CWE-798\nimport jwt\nSECRET_KEY = \"supersecret123\"\n\ndef make_token(user_id):\n    return jwt.encode({\"sub\": user_id}, SECRET_KEY, algorithm=\"HS256\")\n"
 },
 {
  "name": "py_jwt_noverify",
  "kind": "vuln",
  "lang": "python",
  "cwe": 347,
  "code": "# CWE-347\nimport jwt\n\ndef current_user(token):\n    payload = jwt.decode(token, options={\"verify_signature\": False})\n    return payload[\"sub\"]\n"
 },
 {
  "name": "py_ldap",
  "kind": "vuln",
  "lang": "python",
  "cwe": 90,
  "code": "# CWE-90\nimport ldap\nfrom flask import Flask, request\napp = Flask(__name__)\n\n@app.route(\"/user\")\ndef find_user():\n    uid = request.args.get(\"uid\")\n    conn = ldap.initialize(\"ldap://localhost\")\n    results = conn.search_s(\"dc=example,dc=com\", ldap.SCOPE_SUBTREE, \"(uid=\" + uid + \")\")\n    return str(results)\n"
 },
 {
  "name": "py_log_injection",
  "kind": "vuln",
  "lang": "python",
  "cwe": 117,
  "code": "# CWE-117\nimport logging\nfrom flask import Flask, request\napp = Flask(__name__)\nlogger = logging.getLogger(__name__)\n\n@app.route(\"/login\", methods=[\"POST\"])\ndef login():\n    username = request.form[\"username\"]\n    logger.info(\"Login attempt for user: \" + username)\n    return \"ok\"\n",
  "low": true
 },
 {
  "name": "py_marshal",
  "kind": "vuln",
  "lang": "python",
  "cwe": 502,
  "code": "# CWE-502\nimport marshal\nimport socket\n\ndef handle(conn: socket.socket):\n    data = conn.recv(4096)\n    code = marshal.loads(data)\n    return code\n"
 },
 {
  "name": "py_md5_password",
  "kind": "vuln",
  "lang": "python",
  "cwe": 328,
  "code": "# CWE-328\nimport hashlib\n\ndef hash_password(password):\n    return hashlib.md5(password.encode()).hexdigest()\n"
 },
 {
  "name": "py_mktemp",
  "kind": "vuln",
  "lang": "python",
  "cwe": 377,
  "code": "# CWE-377\nimport tempfile\n\ndef write_temp(data):\n    path = tempfile.mktemp(suffix=\".txt\")\n    with open(path, \"w\") as f:\n        f.write(data)\n    return path\n"
 },
 {
  "name": "py_nosqli_mongo",
  "kind": "vuln",
  "lang": "python",
  "cwe": 943,
  "code": "# CWE-943\nfrom flask import Flask, request\nfrom pymongo import MongoClient\napp = Flask(__name__)\ndb = MongoClient()[\"shop\"]\n\n@app.route(\"/login\", methods=[\"POST\"])\ndef login():\n    data = request.get_json()\n    user = db.users.find_one({\"$where\": \"this.username == '\" + data[\"username\"] + \"'\"})\n    return {\"ok\": user is not None}\n"
 },
 {
  "name": "py_path_open",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "# CWE-22\nfrom fastapi import FastAPI\napp = FastAPI()\n\n@app.get(\"/logs/{name}\")\ndef read_log(name: str):\n    with open(\"/var/log/app/\" + name) as f:\n        return {\"content\": f.read()}\n"
 },
 {
  "name": "py_path_send_file",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "# CWE-22\nimport os\nfrom flask import Flask, request, send_file\napp = Flask(__name__)\nUPLOAD_DIR = \"/srv/uploads\"\n\n@app.route(\"/download\")\ndef download():\n    filename = request.args.get(\"file\")\n    path = os.path.join(UPLOAD_DIR, filename)\n    return send_file(path)\n"
 },
 {
  "name": "py_pickle_loads",
  "kind": "vuln",
  "lang": "python",
  "cwe": 502,
  "code": "# CWE-502\nimport pickle\nimport base64\nfrom flask import Flask, request\napp = Flask(__name__)\n\n@app.route(\"/restore\", methods=[\"POST\"])\ndef restore():\n    data = base64.b64decode(request.form[\"state\"])\n    obj = pickle.loads(data)\n    return str(obj)\n"
 },
 {
  "name": "py_random_token",
  "kind": "vuln",
  "lang": "python",
  "cwe": 338,
  "code": "# CWE-338\nimport random\nimport string\n\ndef generate_reset_token(length=32):\n    return \"\".join(random.choice(string.ascii_letters + string.digits) for _ in range(length))\n"
 },
 {
  "name": "py_redirect",
  "kind": "vuln",
  "lang": "python",
  "cwe": 601,
  "code": "# CWE-601\nfrom flask import Flask, request, redirect\napp = Flask(__name__)\n\n@app.route(\"/login\")\ndef login():\n    next_url = request.args.get(\"next\", \"/\")\n    return redirect(next_url)\n"
 },
 {
  "name": "py_regex_dos",
  "kind": "vuln",
  "lang": "python",
  "cwe": 1333,
  "code": "# CWE-1333\nimport re\nfrom flask import Flask, request\napp = Flask(__name__)\n\n@app.route(\"/search\")\ndef search():\n    pattern = request.args.get(\"q\")\n    text = open(\"data.txt\").read()\n    return str(re.findall(pattern, text))\n"
 },
 {
  "name": "py_sqli_format",
  "kind": "vuln",
  "lang": "python",
  "cwe": 89,
  "code": "# CWE-89\nimport sqlite3\n\nclass UserRepo:\n    def __init__(self, path):\n        self.conn = sqlite3.connect(path)\n\n    def delete_user(self, username):\n        sql = \"DELETE FROM users WHERE username = '{}'\".format(username)\n        self.conn.execute(sql)\n        self.conn.commit()\n"
 },
 {
  "name": "py_sqli_fstring",
  "kind": "vuln",
  "lang": "python",
  "cwe": 89,
  "code": "# CWE-89\nfrom flask import Flask, request, jsonify\nimport sqlite3\napp = Flask(__name__)\n\n@app.route(\"/users\")\ndef users():\n    name = request.args.get(\"name\", \"\")\n    conn = sqlite3.connect(\"app.db\")\n    cur = conn.cursor()\n    cur.execute(f\"SELECT id, email FROM users WHERE name = '{name}'\")\n    return jsonify(cur.fetchall())\n"
 },
 {
  "name": "py_sqli_helper",
  "kind": "vuln",
  "lang": "python",
  "cwe": 89,
  "code": "# CWE-89\nimport psycopg2\n\ndef get_orders(conn, customer_id):\n    query = \"SELECT * FROM orders WHERE customer_id = %s\" % customer_id\n    with conn.cursor() as cur:\n        cur.execute(query)\n        return cur.fetchall()\n"
 },
 {
  "name": "py_sqli_sqlalchemy",
  "kind": "vuln",
  "lang": "python",
  "cwe": 89,
  "code": "# CWE-89\nfrom fastapi import FastAPI\nfrom sqlalchemy import create_engine, text\napp = FastAPI()\nengine = create_engine(\"sqlite:///db.sqlite\")\n\n@app.get(\"/search\")\nasync def search(q: str):\n    with engine.connect() as conn:\n        rows = conn.execute(text(\"SELECT * FROM items WHERE title LIKE '%\" + q + \"%'\"))\n        return [dict(r._mapping) for r in rows]\n"
 },
 {
  "name": "py_ssrf_httpx",
  "kind": "vuln",
  "lang": "python",
  "cwe": 918,
  "code": "# CWE-918\nimport httpx\nfrom fastapi import FastAPI\napp = FastAPI()\n\n@app.get(\"/preview\")\nasync def preview(target: str):\n    async with httpx.AsyncClient() as client:\n        r = await client.get(target)\n    return {\"status\": r.status_code, \"body\": r.text[:200]}\n"
 },
 {
  "name": "py_ssrf_requests",
  "kind": "vuln",
  "lang": "python",
  "cwe": 918,
  "code": "# CWE-918\nimport requests\nfrom flask import Flask, request\napp = Flask(__name__)\n\n@app.route(\"/fetch\")\ndef fetch():\n    url = request.args.get(\"url\")\n    resp = requests.get(url, timeout=5)\n    return resp.text\n"
 },
 {
  "name": "py_ssti_flask",
  "kind": "vuln",
  "lang": "python",
  "cwe": 1336,
  "code": "# CWE-1336\nfrom flask import Flask, request, render_template_string\napp = Flask(__name__)\n\n@app.route(\"/hello\")\ndef hello():\n    name = request.args.get(\"name\", \"\")\n    template = f\"<p>Hello {name}</p>\"\n    return render_template_string(template)\n"
 },
 {
  "name": "py_tar_extract",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "# CWE-22\nimport tarfile\n\ndef extract_archive(archive_path, dest):\n    with tarfile.open(archive_path) as tar:\n        tar.extractall(dest)\n"
 },
 {
  "name": "py_timing_compare",
  "kind": "vuln",
  "lang": "python",
  "cwe": 208,
  "code": "# CWE-208\nfrom flask import Flask, request, abort\napp = Flask(__name__)\nAPI_TOKEN = __import__(\"os\").environ[\"API_TOKEN\"]\n\n@app.route(\"/admin\")\ndef admin():\n    if request.headers.get(\"X-Api-Token\") != API_TOKEN:\n        abort(403)\n    return \"welcome\"\n"
 },
 {
  "name": "py_upload",
  "kind": "vuln",
  "lang": "python",
  "cwe": 434,
  "code": "# CWE-434\nimport os\nfrom flask import Flask, request\napp = Flask(__name__)\n\n@app.route(\"/upload\", methods=[\"POST\"])\ndef upload():\n    f = request.files[\"file\"]\n    f.save(os.path.join(\"uploads\", f.filename))\n    return \"ok\"\n"
 },
 {
  "name": "py_verify_false",
  "kind": "vuln",
  "lang": "python",
  "cwe": 295,
  "code": "# CWE-295\nimport requests\n\ndef get_status(api_url):\n    r = requests.get(api_url, verify=False)\n    return r.json()\n"
 },
 {
  "name": "py_xss_flask",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "# CWE-79\nfrom flask import Flask, request, make_response\napp = Flask(__name__)\n\n@app.route(\"/greet\")\ndef greet():\n    name = request.args.get(\"name\", \"guest\")\n    html = \"<h1>Hello, \" + name + \"!</h1>\"\n    return make_response(html)\n"
 },
 {
  "name": "py_xxe_lxml",
  "kind": "vuln",
  "lang": "python",
  "cwe": 611,
  "code": "# CWE-611\nfrom lxml import etree\nfrom flask import Flask, request\napp = Flask(__name__)\n\n@app.route(\"/upload-xml\", methods=[\"POST\"])\ndef upload_xml():\n    parser = etree.XMLParser(resolve_entities=True)\n    root = etree.fromstring(request.data, parser)\n    return root.tag\n"
 },
 {
  "name": "py_yaml_load",
  "kind": "vuln",
  "lang": "python",
  "cwe": 502,
  "code": "# CWE-502\nimport yaml\n\ndef load_config(path):\n    with open(path) as f:\n        return yaml.load(f, Loader=yaml.Loader)\n"
 },
 {
  "name": "js_aes_gcm",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 327,
  "code": "// CWE-327\nconst crypto = require('crypto');\n\nfunction encrypt(text, key) {\n  const iv = crypto.randomBytes(12);\n  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);\n  const enc = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);\n  return Buffer.concat([iv, cipher.getAuthTag(), enc]).toString('base64');\n}\n"
 },
 {
  "name": "js_bcrypt",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 328,
  "code": "// CWE-328\nconst bcrypt = require('bcrypt');\nconst crypto = require('crypto');\n\nasync function hashPassword(password) {\n  return bcrypt.hash(password, 12);\n}\nfunction etag(body) {\n  return crypto.createHash('sha256').update(body).digest('hex');\n}\nmodule.exports = { hashPassword, etag };\n"
 },
 {
  "name": "js_cors_list",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 942,
  "code": "// CWE-942\nconst express = require('express');\nconst cors = require('cors');\nconst app = express();\napp.use(cors({ origin: ['https://app.example.com'], credentials: true }));\n"
 },
 {
  "name": "js_ejs_file",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 1336,
  "code": "// CWE-1336\nconst express = require('express');\nconst app = express();\napp.set('view engine', 'ejs');\n\napp.get('/page', (req, res) => {\n  res.render('page', { title: req.query.title });\n});\n"
 },
 {
  "name": "js_env_jwt",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 798,
  "code": "// CWE-798\nconst jwt = require('jsonwebtoken');\n\nfunction login(user) {\n  return jwt.sign({ id: user.id, role: user.role }, process.env.JWT_SECRET, { expiresIn: '1h' });\n}\nfunction verifyToken(token) {\n  return jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });\n}\n"
 },
 {
  "name": "js_execfile",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 78,
  "code": "// CWE-78\nconst { execFile } = require('child_process');\nconst express = require('express');\nconst app = express();\n\napp.get('/ping', (req, res) => {\n  const host = req.query.host;\n  execFile('ping', ['-c', '1', host], (err, stdout) => {\n    res.send(stdout);\n  });\n});\n"
 },
 {
  "name": "js_express_mongo_sanitize_import",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 943,
  "code": "// CWE-943\nimport express from 'express';\nimport clean from 'mongo-sanitize';\nimport { User } from './models';\nconst app = express();\napp.use(express.json());\n\napp.post('/find', async (req, res) => {\n  const query = clean(req.body.filter);\n  const users = await User.find(query);\n  res.json(users);\n});\n"
 },
 {
  "name": "js_fetch_const",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 918,
  "code": "// CWE-918\nimport type { NextApiRequest, NextApiResponse } from 'next';\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  const { city } = req.query;\n  const r = await fetch(`https://api.weather.example.com/v1/forecast?city=${encodeURIComponent(String(city))}`);\n  res.status(200).json(await r.json());\n}\n"
 },
 {
  "name": "js_jquery_text",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 79,
  "code": "// CWE-79\n$(function () {\n  var q = new URLSearchParams(location.search).get('q');\n  $('#query').text(q);\n});\n"
 },
 {
  "name": "js_json_parse",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 95,
  "code": "// CWE-95\nconst express = require('express');\nconst app = express();\napp.use(express.text());\n\napp.post('/data', (req, res) => {\n  const obj = JSON.parse(req.body);\n  res.json({ keys: Object.keys(obj) });\n});\n"
 },
 {
  "name": "js_knex_builder",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 89,
  "code": "// CWE-89\nconst knex = require('knex')({ client: 'pg' });\nconst router = require('express').Router();\nconst SORTABLE = ['created_at', 'total'];\n\nrouter.get('/orders', async (req, res) => {\n  const sort = SORTABLE.includes(req.query.sort) ? req.query.sort : 'created_at';\n  const rows = await knex('orders').where({ user_id: req.user.id }).orderBy(sort);\n  res.json(rows);\n});\nmodule.exports = router;\n"
 },
 {
  "name": "js_koa_param",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 89,
  "code": "// CWE-89\nconst Router = require('@koa/router');\nconst db = require('./db');\nconst router = new Router();\n\nrouter.get('/users/:name', async (ctx) => {\n  ctx.body = await db.query('SELECT * FROM users WHERE name = $1', [ctx.params.name]);\n});\n"
 },
 {
  "name": "js_mass_assign_safe",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 915,
  "code": "// CWE-915\nconst express = require('express');\nconst User = require('./models/User');\nconst app = express();\napp.use(express.json());\n\napp.put('/users/:id', async (req, res) => {\n  const { displayName, bio } = req.body;\n  const user = await User.findByIdAndUpdate(req.params.id, { displayName, bio }, { new: true });\n  res.json(user);\n});\n"
 },
 {
  "name": "js_merge_safe",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 1321,
  "code": "// CWE-1321\nfunction merge(target, source) {\n  for (const key of Object.keys(source)) {\n    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;\n    if (typeof source[key] === 'object' && source[key] !== null) {\n      if (!Object.prototype.hasOwnProperty.call(target, key)) target[key] = {};\n      merge(target[key], source[key]);\n    } else {\n      target[key] = source[key];\n    }\n  }\n  return target;\n}\nmodule.exports = { merge };\n"
 },
 {
  "name": "js_mongo_sanitize",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 943,
  "code": "// CWE-943\nconst express = require('express');\nconst sanitize = require('mongo-sanitize');\nconst User = require('./models/User');\nconst app = express();\napp.use(express.json());\n\napp.post('/login', async (req, res) => {\n  const user = await User.findOne({ username: sanitize(req.body.username) });\n  if (!user) return res.status(401).send('bad');\n  res.send('ok');\n});\n"
 },
 {
  "name": "js_mongo_string",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 943,
  "code": "// CWE-943\nconst express = require('express');\nconst User = require('./models/User');\nconst app = express();\napp.use(express.json());\n\napp.post('/login', async (req, res) => {\n  const username = String(req.body.username);\n  const user = await User.findOne({ username: { $eq: username } });\n  res.json({ found: !!user });\n});\n"
 },
 {
  "name": "js_mysql2_param",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 89,
  "code": "// CWE-89\nimport mysql from 'mysql2/promise';\n\nexport async function findByEmail(conn: mysql.Connection, email: string) {\n  const [rows] = await conn.execute('SELECT * FROM accounts WHERE email = ?', [email]);\n  return rows;\n}\n"
 },
 {
  "name": "js_path_safe",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 22,
  "code": "// CWE-22\nconst express = require('express');\nconst fs = require('fs');\nconst path = require('path');\nconst app = express();\nconst BASE = path.resolve(__dirname, 'uploads');\n\napp.get('/files', (req, res) => {\n  const file = path.resolve(BASE, String(req.query.name));\n  if (!file.startsWith(BASE + path.sep)) return res.status(400).end();\n  fs.readFile(file, 'utf8', (err, data) => {\n    if (err) return res.status(404).end();\n    res.send(data);\n  });\n});\n"
 },
 {
  "name": "js_pg_param",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 89,
  "code": "// CWE-89\nconst { Pool } = require('pg');\nconst pool = new Pool();\n\nasync function getUser(req, res) {\n  const { id } = req.params;\n  const result = await pool.query('SELECT * FROM users WHERE id = $1', [id]);\n  res.json(result.rows[0]);\n}\nmodule.exports = { getUser };\n"
 },
 {
  "name": "js_random_token",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 338,
  "code": "// CWE-338\nconst crypto = require('crypto');\n\nfunction generateSessionToken() {\n  return crypto.randomBytes(32).toString('hex');\n}\nfunction jitter(ms) {\n  return ms + Math.floor(Math.random() * 100);\n}\nmodule.exports = { generateSessionToken, jitter };\n"
 },
 {
  "name": "js_react_dompurify",
  "kind": "safe",
  "lang": "tsx",
  "cwe": 79,
  "code": "// CWE-79\nimport React from 'react';\nimport DOMPurify from 'dompurify';\n\nexport function Bio({ html }: { html: string }) {\n  return <div className=\"bio\" dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(html) }} />;\n}\n"
 },
 {
  "name": "js_react_plain",
  "kind": "safe",
  "lang": "tsx",
  "cwe": 79,
  "code": "// CWE-79\nimport React from 'react';\n\nexport function Bio({ text }: { text: string }) {\n  return <div className=\"bio\">{text}</div>;\n}\n"
 },
 {
  "name": "js_redirect_safe",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 601,
  "code": "// CWE-601\nconst express = require('express');\nconst app = express();\n\napp.get('/logout', (req, res) => {\n  const returnTo = req.query.returnTo;\n  const safe = typeof returnTo === 'string' && returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/';\n  res.redirect(safe);\n});\n"
 },
 {
  "name": "js_regex_escape",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 1333,
  "code": "// CWE-1333\nconst express = require('express');\nconst app = express();\nconst escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\\]\\\\]/g, '\\\\$&');\n\napp.get('/filter', (req, res) => {\n  const re = new RegExp(escapeRegExp(String(req.query.pattern)), 'i');\n  res.json(['alpha', 'beta'].filter((w) => re.test(w)));\n});\n"
 },
 {
  "name": "js_sendfile_root",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 22,
  "code": "// CWE-22\nimport express, { Request, Response } from 'express';\nimport path from 'path';\nconst app = express();\n\napp.get('/download/:filename', (req: Request, res: Response) => {\n  const filename = path.basename(req.params.filename);\n  res.sendFile(filename, { root: '/var/data' });\n});\n"
 },
 {
  "name": "js_sequelize_replacements",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 89,
  "code": "// CWE-89\nconst { sequelize } = require('./models');\n\nexports.search = async (req, res) => {\n  const term = req.body.term;\n  const rows = await sequelize.query('SELECT * FROM posts WHERE title LIKE :t', { replacements: { t: `%${term}%` } });\n  res.json(rows);\n};\n"
 },
 {
  "name": "js_session_safe",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 614,
  "code": "// CWE-614\nconst express = require('express');\nconst session = require('express-session');\nconst app = express();\napp.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true, sameSite: 'lax' } }));\n"
 },
 {
  "name": "js_spawn_array",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 78,
  "code": "// CWE-78\nimport { spawn } from 'node:child_process';\n\nexport function convertImage(inputPath: string, width: number) {\n  return spawn('convert', [inputPath, '-resize', String(width), 'out.png']);\n}\n"
 },
 {
  "name": "js_sqli_param",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 89,
  "code": "// CWE-89\nconst express = require('express');\nconst mysql = require('mysql');\nconst app = express();\nconst db = mysql.createConnection({ host: 'localhost', user: 'app', database: 'shop' });\n\napp.get('/products', (req, res) => {\n  const category = req.query.category;\n  db.query('SELECT * FROM products WHERE category = ?', [category], (err, rows) => {\n    if (err) return res.status(500).send('error');\n    res.json(rows);\n  });\n});\n"
 },
 {
  "name": "js_ssrf_allow",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 918,
  "code": "// CWE-918\nconst axios = require('axios');\nconst express = require('express');\nconst app = express();\nconst ALLOWED = new Set(['api.github.com', 'api.example.com']);\n\napp.get('/proxy', async (req, res) => {\n  let u;\n  try { u = new URL(req.query.url); } catch { return res.status(400).end(); }\n  if (u.protocol !== 'https:' || !ALLOWED.has(u.hostname)) return res.status(400).end();\n  const response = await axios.get(u.toString());\n  res.send(response.data);\n});\n"
 },
 {
  "name": "js_textcontent",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 79,
  "code": "// CWE-79\nfunction renderComment(comment) {\n  const div = document.createElement('div');\n  const author = document.createElement('p');\n  author.textContent = comment.author;\n  const body = document.createElement('p');\n  body.textContent = comment.body;\n  div.append(author, body);\n  document.getElementById('comments').appendChild(div);\n}\n"
 },
 {
  "name": "js_timing_safe",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 208,
  "code": "// CWE-208\nconst crypto = require('crypto');\nconst express = require('express');\nconst app = express();\n\napp.post('/webhook', express.raw({ type: '*/*' }), (req, res) => {\n  const expected = crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(req.body).digest();\n  const given = Buffer.from(String(req.headers['x-signature'] || ''), 'hex');\n  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) {\n    return res.status(401).end();\n  }\n  res.send('ok');\n});\n"
 },
 {
  "name": "js_tls_ok",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 295,
  "code": "// CWE-295\nconst https = require('https');\nconst fs = require('fs');\nconst axios = require('axios');\n\nconst agent = new https.Agent({ ca: fs.readFileSync('/etc/ssl/internal-ca.pem') });\nasync function getData(url) {\n  return axios.get(url, { httpsAgent: agent });\n}\n"
 },
 {
  "name": "js_todo_util",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 0,
  "code": "// none\nexport interface Todo { id: number; title: string; done: boolean }\n\nexport function toggle(todos: Todo[], id: number): Todo[] {\n  return todos.map((t) => (t.id === id ? { ...t, done: !t.done } : t));\n}\n\nexport function summary(todos: Todo[]): string {\n  const open = todos.filter((t) => !t.done).length;\n  return `${open} of ${todos.length} open`;\n}\n"
 },
 {
  "name": "js_upload_safe",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 434,
  "code": "// CWE-434\nconst express = require('express');\nconst multer = require('multer');\nconst path = require('path');\nconst crypto = require('crypto');\nconst app = express();\nconst ALLOWED = ['.png', '.jpg', '.jpeg'];\nconst storage = multer.diskStorage({\n  destination: 'uploads/',\n  filename: (req, file, cb) => cb(null, crypto.randomUUID() + path.extname(file.originalname).toLowerCase()),\n});\nconst upload = multer({\n  storage,\n  limits: { fileSize: 2 * 1024 * 1024 },\n  fileFilter: (req, file, cb) => cb(null, ALLOWED.includes(path.extname(file.originalname).toLowerCase())),\n});\napp.post('/upload', upload.single('avatar'), (req, res) => res.send('uploaded'));\n"
 },
 {
  "name": "js_xml_safe",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 611,
  "code": "// CWE-611\nconst libxmljs = require('libxmljs');\nconst express = require('express');\nconst app = express();\napp.use(express.text({ type: 'application/xml' }));\n\napp.post('/import', (req, res) => {\n  const doc = libxmljs.parseXml(req.body, { noent: false, nonet: true });\n  res.send(doc.root().name());\n});\n",
  "notCwe": 611
 },
 {
  "name": "js_xss_escape",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 79,
  "code": "// CWE-79\nconst express = require('express');\nconst escapeHtml = require('escape-html');\nconst app = express();\n\napp.get('/search', (req, res) => {\n  const q = req.query.q;\n  res.send('<h1>Results for ' + escapeHtml(q) + '</h1>');\n});\n"
 },
 {
  "name": "py_aes_gcm",
  "kind": "safe",
  "lang": "python",
  "cwe": 327,
  "code": "# CWE-327\nimport os\nfrom cryptography.hazmat.primitives.ciphers.aead import AESGCM\n\ndef encrypt(key, data):\n    nonce = os.urandom(12)\n    return nonce + AESGCM(key).encrypt(nonce, data, None)\n"
 },
 {
  "name": "py_bcrypt",
  "kind": "safe",
  "lang": "python",
  "cwe": 328,
  "code": "# CWE-328\nimport hashlib\nimport os\n\ndef hash_password(password):\n    salt = os.urandom(16)\n    dk = hashlib.pbkdf2_hmac(\"sha256\", password.encode(), salt, 600_000)\n    return salt.hex() + \":\" + dk.hex()\n\ndef file_checksum(path):\n    with open(path, \"rb\") as f:\n        return hashlib.sha256(f.read()).hexdigest()\n"
 },
 {
  "name": "py_cmd_list",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "# CWE-78\nimport subprocess\nfrom flask import Flask, request\napp = Flask(__name__)\n\n@app.route(\"/ping\")\ndef ping():\n    host = request.args.get(\"host\", \"\")\n    out = subprocess.run([\"ping\", \"-c\", \"1\", host], capture_output=True, text=True, timeout=10)\n    return out.stdout\n"
 },
 {
  "name": "py_cmd_shlex",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "# CWE-78\nimport shlex\nimport subprocess\n\ndef compress_file(filename):\n    cmd = \"tar -czf backup.tar.gz \" + shlex.quote(filename)\n    result = subprocess.run(cmd, shell=True, capture_output=True)\n    return result.returncode\n"
 },
 {
  "name": "py_cookie_safe",
  "kind": "safe",
  "lang": "python",
  "cwe": 614,
  "code": "# CWE-614\nimport secrets\nfrom flask import Flask, make_response\napp = Flask(__name__)\n\n@app.route(\"/set\")\ndef set_cookie():\n    resp = make_response(\"ok\")\n    resp.set_cookie(\"session_id\", secrets.token_hex(16), httponly=True, secure=True, samesite=\"Lax\")\n    return resp\n"
 },
 {
  "name": "py_django_orm",
  "kind": "safe",
  "lang": "python",
  "cwe": 89,
  "code": "# CWE-89\nfrom django.http import JsonResponse\nfrom django.shortcuts import get_object_or_404\nfrom .models import Product\n\ndef product_detail(request):\n    pid = request.GET.get(\"id\")\n    product = get_object_or_404(Product, pk=pid)\n    return JsonResponse({\"name\": product.name, \"price\": str(product.price)})\n"
 },
 {
  "name": "py_env_secret",
  "kind": "safe",
  "lang": "python",
  "cwe": 798,
  "code": "# CWE-798\nimport os\nimport jwt\nSECRET_KEY = os.environ[\"JWT_SECRET\"]\n\ndef make_token(user_id):\n    return jwt.encode({\"sub\": user_id}, SECRET_KEY, algorithm=\"HS256\")\n"
 },
 {
  "name": "py_hmac_compare",
  "kind": "safe",
  "lang": "python",
  "cwe": 208,
  "code": "# CWE-208\nimport hmac\nimport os\nfrom flask import Flask, request, abort\napp = Flask(__name__)\nAPI_TOKEN = os.environ[\"API_TOKEN\"]\n\n@app.route(\"/admin\")\ndef admin():\n    if not hmac.compare_digest(request.headers.get(\"X-Api-Token\", \"\"), API_TOKEN):\n        abort(403)\n    return \"welcome\"\n"
 },
 {
  "name": "py_json_loads",
  "kind": "safe",
  "lang": "python",
  "cwe": 502,
  "code": "# CWE-502\nimport json\nfrom flask import Flask, request\napp = Flask(__name__)\n\n@app.route(\"/restore\", methods=[\"POST\"])\ndef restore():\n    obj = json.loads(request.form[\"state\"])\n    return {\"keys\": list(obj)}\n"
 },
 {
  "name": "py_jwt_verify",
  "kind": "safe",
  "lang": "python",
  "cwe": 347,
  "code": "# CWE-347\nimport os\nimport jwt\n\ndef current_user(token):\n    payload = jwt.decode(token, os.environ[\"JWT_SECRET\"], algorithms=[\"HS256\"])\n    return payload[\"sub\"]\n"
 },
 {
  "name": "py_literal_eval",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "# CWE-95\nimport ast\nfrom flask import Flask, request\napp = Flask(__name__)\n\n@app.route(\"/parse\", methods=[\"POST\"])\ndef parse():\n    value = ast.literal_eval(request.form[\"value\"])\n    return {\"value\": value}\n"
 },
 {
  "name": "py_log_safe",
  "kind": "safe",
  "lang": "python",
  "cwe": 117,
  "code": "# CWE-117\nimport logging\nfrom flask import Flask, request\napp = Flask(__name__)\nlogger = logging.getLogger(__name__)\n\n@app.route(\"/login\", methods=[\"POST\"])\ndef login():\n    username = request.form[\"username\"]\n    logger.info(\"Login attempt for user: %r\", username.replace(\"\\n\", \"\").replace(\"\\r\", \"\"))\n    return \"ok\"\n"
 },
 {
  "name": "py_mongo_safe",
  "kind": "safe",
  "lang": "python",
  "cwe": 943,
  "code": "# CWE-943\nfrom flask import Flask, request\nfrom pymongo import MongoClient\napp = Flask(__name__)\ndb = MongoClient()[\"shop\"]\n\n@app.route(\"/user\")\ndef get_user():\n    username = str(request.args.get(\"username\", \"\"))\n    user = db.users.find_one({\"username\": username}, {\"_id\": 0, \"password\": 0})\n    return user or {}\n"
 },
 {
  "name": "py_path_realpath",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "# CWE-22\nimport os\nBASE = os.path.realpath(\"/var/log/app\")\n\ndef read_log(name):\n    full = os.path.realpath(os.path.join(BASE, name))\n    if not full.startswith(BASE + os.sep):\n        raise ValueError(\"invalid path\")\n    with open(full) as f:\n        return f.read()\n"
 },
 {
  "name": "py_path_safe",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "# CWE-22\nimport os\nfrom flask import Flask, request, send_from_directory, abort\nfrom werkzeug.utils import secure_filename\napp = Flask(__name__)\nUPLOAD_DIR = \"/srv/uploads\"\n\n@app.route(\"/download\")\ndef download():\n    filename = secure_filename(request.args.get(\"file\", \"\"))\n    if not filename:\n        abort(400)\n    return send_from_directory(UPLOAD_DIR, filename)\n"
 },
 {
  "name": "py_redirect_safe",
  "kind": "safe",
  "lang": "python",
  "cwe": 601,
  "code": "# CWE-601\nfrom urllib.parse import urlparse\nfrom flask import Flask, request, redirect, url_for\napp = Flask(__name__)\n\n@app.route(\"/login\")\ndef login():\n    next_url = request.args.get(\"next\", \"\")\n    if not next_url or urlparse(next_url).netloc:\n        next_url = url_for(\"index\")\n    return redirect(next_url)\n"
 },
 {
  "name": "py_regex_escape",
  "kind": "safe",
  "lang": "python",
  "cwe": 1333,
  "code": "# CWE-1333\nimport re\nfrom flask import Flask, request\napp = Flask(__name__)\n\n@app.route(\"/search\")\ndef search():\n    term = request.args.get(\"q\", \"\")\n    text = open(\"data.txt\").read()\n    return str(re.findall(re.escape(term), text))\n"
 },
 {
  "name": "py_render_template",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "# CWE-79\nfrom flask import Flask, request, render_template\napp = Flask(__name__)\n\n@app.route(\"/hello\")\ndef hello():\n    name = request.args.get(\"name\", \"\")\n    return render_template(\"hello.html\", name=name)\n"
 },
 {
  "name": "py_script_plain",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "# none\nimport csv\nimport sys\nfrom pathlib import Path\n\ndef summarize(path):\n    totals = {}\n    with open(path, newline=\"\") as f:\n        for row in csv.DictReader(f):\n            totals[row[\"category\"]] = totals.get(row[\"category\"], 0) + float(row[\"amount\"])\n    return totals\n\nif __name__ == \"__main__\":\n    for k, v in summarize(Path(sys.argv[1])).items():\n        print(f\"{k}: {v:.2f}\")\n"
 },
 {
  "name": "py_secrets_token",
  "kind": "safe",
  "lang": "python",
  "cwe": 338,
  "code": "# CWE-338\nimport secrets\nimport random\n\ndef generate_reset_token():\n    return secrets.token_urlsafe(32)\n\ndef shuffle_questions(questions):\n    random.shuffle(questions)\n    return questions\n"
 },
 {
  "name": "py_sqli_helper_param",
  "kind": "safe",
  "lang": "python",
  "cwe": 89,
  "code": "# CWE-89\nimport psycopg2\n\ndef get_orders(conn, customer_id):\n    query = \"SELECT * FROM orders WHERE customer_id = %s\"\n    with conn.cursor() as cur:\n        cur.execute(query, (customer_id,))\n        return cur.fetchall()\n"
 },
 {
  "name": "py_sqli_orderby_allow",
  "kind": "safe",
  "lang": "python",
  "cwe": 89,
  "code": "# CWE-89\nimport sqlite3\nALLOWED_COLUMNS = {\"name\", \"created_at\", \"price\"}\n\ndef list_products(conn, sort_by):\n    if sort_by not in ALLOWED_COLUMNS:\n        sort_by = \"name\"\n    return conn.execute(f\"SELECT * FROM products ORDER BY {sort_by}\").fetchall()\n"
 },
 {
  "name": "py_sqli_param",
  "kind": "safe",
  "lang": "python",
  "cwe": 89,
  "code": "# CWE-89\nfrom flask import Flask, request, jsonify\nimport sqlite3\napp = Flask(__name__)\n\n@app.route(\"/users\")\ndef users():\n    name = request.args.get(\"name\", \"\")\n    conn = sqlite3.connect(\"app.db\")\n    cur = conn.cursor()\n    cur.execute(\"SELECT id, email FROM users WHERE name = ?\", (name,))\n    return jsonify(cur.fetchall())\n"
 },
 {
  "name": "py_sqli_sqlalchemy_bind",
  "kind": "safe",
  "lang": "python",
  "cwe": 89,
  "code": "# CWE-89\nfrom fastapi import FastAPI\nfrom sqlalchemy import create_engine, text\napp = FastAPI()\nengine = create_engine(\"sqlite:///db.sqlite\")\n\n@app.get(\"/search\")\nasync def search(q: str):\n    with engine.connect() as conn:\n        rows = conn.execute(text(\"SELECT * FROM items WHERE title LIKE :pat\"), {\"pat\": f\"%{q}%\"})\n        return [dict(r._mapping) for r in rows]\n"
 },
 {
  "name": "py_ssrf_allow",
  "kind": "safe",
  "lang": "python",
  "cwe": 918,
  "code": "# CWE-918\nimport requests\nfrom urllib.parse import urlparse\nfrom flask import Flask, request, abort\napp = Flask(__name__)\nALLOWED_HOSTS = {\"api.example.com\", \"cdn.example.com\"}\n\n@app.route(\"/fetch\")\ndef fetch():\n    url = request.args.get(\"url\", \"\")\n    if urlparse(url).hostname not in ALLOWED_HOSTS:\n        abort(400)\n    return requests.get(url, timeout=5).text\n"
 },
 {
  "name": "py_tar_safe",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "# CWE-22\nimport os\nimport tarfile\n\ndef extract_archive(archive_path, dest):\n    dest = os.path.realpath(dest)\n    with tarfile.open(archive_path) as tar:\n        for member in tar.getmembers():\n            target = os.path.realpath(os.path.join(dest, member.name))\n            if not target.startswith(dest + os.sep):\n                raise ValueError(\"unsafe path in archive\")\n        tar.extractall(dest, filter=\"data\")\n"
 },
 {
  "name": "py_tempfile_safe",
  "kind": "safe",
  "lang": "python",
  "cwe": 377,
  "code": "# CWE-377\nimport tempfile\n\ndef write_temp(data):\n    with tempfile.NamedTemporaryFile(\"w\", suffix=\".txt\", delete=False) as f:\n        f.write(data)\n        return f.name\n"
 },
 {
  "name": "py_upload_safe",
  "kind": "safe",
  "lang": "python",
  "cwe": 434,
  "code": "# CWE-434\nimport os\nfrom flask import Flask, request, abort\nfrom werkzeug.utils import secure_filename\napp = Flask(__name__)\nALLOWED_EXTENSIONS = {\"png\", \"jpg\", \"pdf\"}\n\ndef allowed_file(name):\n    return \".\" in name and name.rsplit(\".\", 1)[1].lower() in ALLOWED_EXTENSIONS\n\n@app.route(\"/upload\", methods=[\"POST\"])\ndef upload():\n    f = request.files[\"file\"]\n    if not allowed_file(f.filename):\n        abort(400)\n    filename = secure_filename(f.filename)\n    f.save(os.path.join(\"uploads\", filename))\n    return \"ok\"\n"
 },
 {
  "name": "py_verify_true",
  "kind": "safe",
  "lang": "python",
  "cwe": 295,
  "code": "# CWE-295\nimport requests\n\ndef get_status(api_url):\n    r = requests.get(api_url, timeout=10)\n    r.raise_for_status()\n    return r.json()\n"
 },
 {
  "name": "py_xml_defused",
  "kind": "safe",
  "lang": "python",
  "cwe": 611,
  "code": "# CWE-611\nimport defusedxml.ElementTree as ET\nfrom flask import Flask, request\napp = Flask(__name__)\n\n@app.route(\"/upload-xml\", methods=[\"POST\"])\ndef upload_xml():\n    root = ET.fromstring(request.data)\n    return root.tag\n",
  "notCwe": 611
 },
 {
  "name": "py_xss_escape",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "# CWE-79\nfrom flask import Flask, request, make_response\nfrom markupsafe import escape\napp = Flask(__name__)\n\n@app.route(\"/greet\")\ndef greet():\n    name = request.args.get(\"name\", \"guest\")\n    html = \"<h1>Hello, \" + str(escape(name)) + \"!</h1>\"\n    return make_response(html)\n"
 },
 {
  "name": "py_yaml_safe",
  "kind": "safe",
  "lang": "python",
  "cwe": 502,
  "code": "# CWE-502\nimport yaml\n\ndef load_config(path):\n    with open(path) as f:\n        return yaml.safe_load(f)\n"
 },
 {
  "name": "js_adm_zip",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 22,
  "code": "// CWE-22\nconst AdmZip = require('adm-zip');\nconst fs = require('fs');\nconst path = require('path');\n\nfunction unpack(zipPath, outDir) {\n  const zip = new AdmZip(zipPath);\n  for (const entry of zip.getEntries()) {\n    fs.writeFileSync(path.join(outDir, entry.entryName), entry.getData());\n  }\n}\nmodule.exports = { unpack };\n"
 },
 {
  "name": "js_class_service_cmd",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 78,
  "code": "// CWE-78\nimport { exec } from 'child_process';\n\nexport class ArchiveService {\n  zip(dir: string): Promise<string> {\n    return new Promise((resolve, reject) => {\n      exec(`zip -r archive.zip ${dir}`, (err, out) => (err ? reject(err) : resolve(out)));\n    });\n  }\n}\n"
 },
 {
  "name": "js_create_cipher",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 327,
  "code": "// CWE-327\nconst crypto = require('crypto');\n\nfunction encryptNote(text, password) {\n  const cipher = crypto.createCipher('aes-256-cbc', password);\n  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');\n}\n"
 },
 {
  "name": "js_create_read_stream",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 22,
  "code": "// CWE-22\nconst fs = require('fs');\nconst path = require('path');\nconst router = require('express').Router();\n\nrouter.get('/avatar/:file', (req, res) => {\n  const stream = fs.createReadStream(path.join('/srv/avatars', req.params.file));\n  stream.pipe(res);\n});\nmodule.exports = router;\n"
 },
 {
  "name": "js_handlebars_compile",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 1336,
  "code": "// CWE-1336\nconst Handlebars = require('handlebars');\n\nmodule.exports = function renderEmail(req, res) {\n  const template = Handlebars.compile(req.body.template);\n  res.send(template({ user: req.user }));\n};\n"
 },
 {
  "name": "js_hardcoded_db",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 798,
  "code": "// CWE-798\nconst mysql = require('mysql2');\nconst pool = mysql.createPool({ host: 'localhost', user: 'root', password: 'rootpass123', database: 'app' });\nmodule.exports = pool;\n"
 },
 {
  "name": "js_jwt_decode_auth",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 347,
  "code": "// CWE-347\nconst jwt = require('jsonwebtoken');\n\nfunction authMiddleware(req, res, next) {\n  const token = (req.headers.authorization || '').replace('Bearer ', '');\n  const payload = jwt.decode(token);\n  if (!payload) return res.status(401).end();\n  req.user = payload;\n  next();\n}\nmodule.exports = authMiddleware;\n"
 },
 {
  "name": "js_koa_ssrf",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 918,
  "code": "// CWE-918\nconst Router = require('@koa/router');\nconst got = require('got');\nconst router = new Router();\n\nrouter.post('/fetch-avatar', async (ctx) => {\n  const { avatarUrl } = ctx.request.body;\n  const img = await got(avatarUrl).buffer();\n  ctx.body = { size: img.length };\n});\n"
 },
 {
  "name": "js_lodash_set",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 1321,
  "code": "// CWE-1321\nconst _ = require('lodash');\nconst express = require('express');\nconst app = express();\nconst settings = {};\napp.use(express.json());\n\napp.post('/settings', (req, res) => {\n  _.set(settings, req.body.path, req.body.value);\n  res.json(settings);\n});\n"
 },
 {
  "name": "js_mongo_query_obj",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 943,
  "code": "// CWE-943\nimport { Request, Response } from 'express';\nimport { Product } from './models';\n\nexport async function search(req: Request, res: Response) {\n  const filter = req.query.filter;\n  const products = await Product.find(filter as any);\n  res.json(products);\n}\n"
 },
 {
  "name": "js_nest_sqli",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 89,
  "code": "// CWE-89\nimport { Controller, Get, Query } from '@nestjs/common';\nimport { DataSource } from 'typeorm';\n\n@Controller('products')\nexport class ProductsController {\n  constructor(private readonly dataSource: DataSource) {}\n\n  @Get()\n  async list(@Query('category') category: string) {\n    return this.dataSource.query(`SELECT * FROM product WHERE category = '${category}'`);\n  }\n}\n"
 },
 {
  "name": "js_next_app_router",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 78,
  "code": "// CWE-78\nimport { NextRequest, NextResponse } from 'next/server';\nimport { exec } from 'child_process';\nimport { promisify } from 'util';\nconst run = promisify(exec);\n\nexport async function GET(request: NextRequest) {\n  const host = request.nextUrl.searchParams.get('host');\n  const { stdout } = await run(`traceroute ${host}`);\n  return NextResponse.json({ out: stdout });\n}\n"
 },
 {
  "name": "js_nunjucks",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 1336,
  "code": "// CWE-1336\nconst nunjucks = require('nunjucks');\nconst express = require('express');\nconst app = express();\n\napp.get('/hi', (req, res) => {\n  res.send(nunjucks.renderString('Hello ' + req.query.name, {}));\n});\n"
 },
 {
  "name": "js_otp_random",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 338,
  "code": "// CWE-338\nexport function generateOtp(): string {\n  return Math.floor(100000 + Math.random() * 900000).toString();\n}\n"
 },
 {
  "name": "js_pug_render",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 1336,
  "code": "// CWE-1336\nconst pug = require('pug');\nconst express = require('express');\nconst app = express();\n\napp.get('/preview', (req, res) => {\n  const fn = pug.compile('p Hello ' + req.query.name);\n  res.send(fn());\n});\n"
 },
 {
  "name": "js_redirect_location",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 601,
  "code": "// CWE-601\nconst params = new URLSearchParams(window.location.search);\nconst next = params.get('next');\nwindow.location.href = next;\n"
 },
 {
  "name": "js_require_input",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 829,
  "code": "// CWE-95\nconst express = require('express');\nconst app = express();\n\napp.get('/plugin', (req, res) => {\n  const plugin = require('./plugins/' + req.query.name);\n  res.json(plugin.describe());\n});\n"
 },
 {
  "name": "js_res_cookie",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 614,
  "code": "// CWE-614\nconst express = require('express');\nconst crypto = require('crypto');\nconst app = express();\n\napp.post('/login', (req, res) => {\n  const token = crypto.randomBytes(32).toString('hex');\n  res.cookie('session', token);\n  res.send('ok');\n});\n"
 },
 {
  "name": "js_res_download",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 22,
  "code": "// CWE-22\nconst express = require('express');\nconst app = express();\n\napp.get('/export', (req, res) => {\n  const { file } = req.query;\n  res.download(`./exports/${file}`);\n});\n"
 },
 {
  "name": "js_setheader_cors",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 942,
  "code": "// CWE-942\nconst express = require('express');\nconst app = express();\n\napp.use((req, res, next) => {\n  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);\n  res.setHeader('Access-Control-Allow-Credentials', 'true');\n  next();\n});\n"
 },
 {
  "name": "js_settimeout_str",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 95,
  "code": "// CWE-95\nconst params = new URLSearchParams(location.search);\nsetTimeout('showBanner(\"' + params.get('msg') + '\")', 1000);\n"
 },
 {
  "name": "js_sha1_password",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 328,
  "code": "// CWE-328\nimport { createHash } from 'crypto';\n\nexport function hashPassword(password: string, salt: string): string {\n  return createHash('sha1').update(salt + password).digest('hex');\n}\n"
 },
 {
  "name": "js_timing_password",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 208,
  "code": "// CWE-208\nexport function checkApiKey(provided: string): boolean {\n  const apiKey = process.env.API_KEY;\n  return provided === apiKey;\n}\n"
 },
 {
  "name": "js_xml2js_xxe",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 611,
  "code": "// CWE-611\nconst libxmljs = require('libxmljs2');\n\nfunction parseConfig(xmlString) {\n  const doc = libxmljs.parseXmlString(xmlString, { noent: true, dtdload: true });\n  return doc.get('//timeout').text();\n}\nmodule.exports = { parseConfig };\n"
 },
 {
  "name": "js_xss_template_literal_res",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 79,
  "code": "// CWE-79\nimport express from 'express';\nconst app = express();\n\napp.get('/hello/:name', (req, res) => {\n  const { name } = req.params;\n  res.type('html').send(`<!doctype html><p>Hello ${name}</p>`);\n});\n"
 },
 {
  "name": "py_aes_ecb",
  "kind": "vuln",
  "lang": "python",
  "cwe": 327,
  "code": "# CWE-327\nfrom Crypto.Cipher import AES\nfrom Crypto.Util.Padding import pad\n\ndef encrypt_record(key: bytes, data: bytes) -> bytes:\n    cipher = AES.new(key, AES.MODE_ECB)\n    return cipher.encrypt(pad(data, 16))\n"
 },
 {
  "name": "py_aiohttp_sqli",
  "kind": "vuln",
  "lang": "python",
  "cwe": 89,
  "code": "# CWE-89\nfrom aiohttp import web\nimport aiosqlite\n\nasync def get_item(request):\n    item_id = request.match_info[\"id\"]\n    async with aiosqlite.connect(\"app.db\") as db:\n        async with db.execute(f\"SELECT * FROM items WHERE id = {item_id}\") as cur:\n            row = await cur.fetchone()\n    return web.json_response({\"item\": row})\n"
 },
 {
  "name": "py_cbv_cmd",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "# CWE-78\nimport subprocess\nfrom django.http import HttpResponse\nfrom django.views import View\n\nclass BackupView(View):\n    def post(self, request):\n        db_name = request.POST[\"db\"]\n        subprocess.Popen(\"pg_dump \" + db_name + \" > /backups/db.sql\", shell=True)\n        return HttpResponse(\"started\")\n"
 },
 {
  "name": "py_dict_flow_sqli",
  "kind": "vuln",
  "lang": "python",
  "cwe": 89,
  "code": "# CWE-89\nimport sqlite3\nfrom flask import Flask, request\napp = Flask(__name__)\n\ndef build_filter(params):\n    clauses = []\n    for key, value in params.items():\n        clauses.append(f\"{key} = '{value}'\")\n    return \" AND \".join(clauses)\n\n@app.route(\"/find\")\ndef find():\n    where = build_filter(request.args)\n    conn = sqlite3.connect(\"db.sqlite\")\n    return {\"rows\": conn.execute(\"SELECT * FROM people WHERE \" + where).fetchall()}\n"
 },
 {
  "name": "py_django_raw_orm",
  "kind": "vuln",
  "lang": "python",
  "cwe": 89,
  "code": "# CWE-89\nfrom django.shortcuts import render\nfrom .models import Article\n\ndef search(request):\n    term = request.GET.get(\"q\", \"\")\n    articles = Article.objects.raw(\"SELECT * FROM blog_article WHERE title LIKE '%%\" + term + \"%%'\")\n    return render(request, \"search.html\", {\"articles\": articles})\n"
 },
 {
  "name": "py_fastapi_body_cmd",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "# CWE-78\nimport os\nfrom fastapi import FastAPI\nfrom pydantic import BaseModel\napp = FastAPI()\n\nclass Job(BaseModel):\n    repo_url: str\n\n@app.post(\"/clone\")\ndef clone(job: Job):\n    os.system(\"git clone \" + job.repo_url + \" /tmp/work\")\n    return {\"ok\": True}\n"
 },
 {
  "name": "py_fastapi_html",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "# CWE-79\nfrom fastapi import FastAPI\nfrom fastapi.responses import HTMLResponse\napp = FastAPI()\n\n@app.get(\"/welcome\", response_class=HTMLResponse)\nasync def welcome(name: str = \"guest\"):\n    return HTMLResponse(content=f\"<html><body><h2>Welcome {name}</h2></body></html>\")\n"
 },
 {
  "name": "py_hardcoded_db",
  "kind": "vuln",
  "lang": "python",
  "cwe": 798,
  "code": "# CWE-798\nimport psycopg2\n\ndef get_conn():\n    return psycopg2.connect(host=\"db.internal\", user=\"admin\", password=\"P@ssw0rd2023!\", dbname=\"prod\")\n"
 },
 {
  "name": "py_jinja_autoescape",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "# CWE-79\nfrom jinja2 import Environment, FileSystemLoader\nfrom flask import Flask, request\napp = Flask(__name__)\nenv = Environment(loader=FileSystemLoader(\"templates\"), autoescape=False)\n\n@app.route(\"/profile\")\ndef profile():\n    return env.get_template(\"profile.html\").render(bio=request.args.get(\"bio\"))\n"
 },
 {
  "name": "py_jsonpickle",
  "kind": "vuln",
  "lang": "python",
  "cwe": 502,
  "code": "# CWE-502\nimport jsonpickle\nfrom flask import Flask, request\napp = Flask(__name__)\n\n@app.route(\"/import\", methods=[\"POST\"])\ndef import_obj():\n    obj = jsonpickle.decode(request.get_data(as_text=True))\n    return {\"type\": type(obj).__name__}\n"
 },
 {
  "name": "py_mass_assign",
  "kind": "vuln",
  "lang": "python",
  "cwe": 915,
  "code": "# CWE-915\nfrom flask import Flask, request\nfrom .models import db, User\napp = Flask(__name__)\n\n@app.route(\"/users/<int:uid>\", methods=[\"PUT\"])\ndef update_user(uid):\n    user = User.query.get_or_404(uid)\n    for key, value in request.json.items():\n        setattr(user, key, value)\n    db.session.commit()\n    return {\"ok\": True}\n"
 },
 {
  "name": "py_minidom_xxe",
  "kind": "vuln",
  "lang": "python",
  "cwe": 611,
  "code": "# CWE-611\nfrom lxml import etree\n\ndef parse_invoice(xml_bytes):\n    parser = etree.XMLParser(load_dtd=True, no_network=False)\n    tree = etree.fromstring(xml_bytes, parser)\n    return tree.findtext(\"total\")\n"
 },
 {
  "name": "py_open_redirect_django",
  "kind": "vuln",
  "lang": "python",
  "cwe": 601,
  "code": "# CWE-601\nfrom django.shortcuts import redirect\n\ndef after_login(request):\n    target = request.GET.get(\"next\")\n    return redirect(target)\n"
 },
 {
  "name": "py_otp_randint",
  "kind": "vuln",
  "lang": "python",
  "cwe": 338,
  "code": "# CWE-338\nimport random\n\ndef send_otp(user, sms):\n    otp = str(random.randint(100000, 999999))\n    user.otp = otp\n    sms.send(user.phone, f\"Your code is {otp}\")\n    return otp\n"
 },
 {
  "name": "py_paramiko",
  "kind": "vuln",
  "lang": "python",
  "cwe": 295,
  "code": "# CWE-295\nimport paramiko\n\ndef run_remote(host, cmd):\n    client = paramiko.SSHClient()\n    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())\n    client.connect(host, username=\"deploy\", key_filename=\"/home/deploy/.ssh/id_rsa\")\n    _, out, _ = client.exec_command(cmd)\n    return out.read()\n"
 },
 {
  "name": "py_path_pathlib",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "# CWE-22\nfrom pathlib import Path\nfrom flask import Flask, request\napp = Flask(__name__)\nBASE = Path(\"/srv/reports\")\n\n@app.route(\"/report\")\ndef report():\n    name = request.args[\"name\"]\n    return (BASE / name).read_text()\n"
 },
 {
  "name": "py_pickle_file_upload",
  "kind": "vuln",
  "lang": "python",
  "cwe": 502,
  "code": "# CWE-502\nimport pickle\nfrom flask import Flask, request\napp = Flask(__name__)\n\n@app.route(\"/model\", methods=[\"POST\"])\ndef load_model():\n    model = pickle.load(request.files[\"model\"])\n    return {\"classes\": list(model.classes_)}\n"
 },
 {
  "name": "py_sha1_pw",
  "kind": "vuln",
  "lang": "python",
  "cwe": 328,
  "code": "# CWE-328\nimport hashlib\n\nclass User:\n    def __init__(self, username, password):\n        self.username = username\n        self.password_hash = hashlib.sha1(password.encode(\"utf-8\")).hexdigest()\n\n    def check_password(self, password):\n        return hashlib.sha1(password.encode(\"utf-8\")).hexdigest() == self.password_hash\n"
 },
 {
  "name": "py_unverified_ctx",
  "kind": "vuln",
  "lang": "python",
  "cwe": 295,
  "code": "# CWE-295\nimport ssl\nimport urllib.request\n\ndef fetch(url):\n    ctx = ssl._create_unverified_context()\n    with urllib.request.urlopen(url, context=ctx) as r:\n        return r.read()\n"
 },
 {
  "name": "py_urlopen_ssrf",
  "kind": "vuln",
  "lang": "python",
  "cwe": 918,
  "code": "# CWE-918\nfrom urllib.request import urlopen\nfrom flask import Flask, request\napp = Flask(__name__)\n\n@app.route(\"/webhook/test\", methods=[\"POST\"])\ndef test_webhook():\n    payload = request.get_json()\n    resp = urlopen(payload[\"callback_url\"])\n    return {\"status\": resp.status}\n"
 },
 {
  "name": "py_xpath",
  "kind": "vuln",
  "lang": "python",
  "cwe": 643,
  "code": "# CWE-643\nfrom lxml import etree\nfrom flask import Flask, request\napp = Flask(__name__)\ndoc = etree.parse(\"users.xml\")\n\n@app.route(\"/user\")\ndef user():\n    name = request.args.get(\"name\")\n    nodes = doc.xpath(\"//user[@name='\" + name + \"']/email/text()\")\n    return {\"emails\": [str(n) for n in nodes]}\n"
 },
 {
  "name": "py_zip_extract",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "# CWE-22\nimport zipfile\nfrom flask import Flask, request\napp = Flask(__name__)\n\n@app.route(\"/unzip\", methods=[\"POST\"])\ndef unzip():\n    with zipfile.ZipFile(request.files[\"archive\"]) as zf:\n        zf.extractall(\"/srv/extracted\")\n    return \"ok\"\n",
  "notCwe": 22
 },
 {
  "name": "js_cors_allowlist_header",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 942,
  "code": "// CWE-942\nconst express = require('express');\nconst app = express();\nconst ALLOWED_ORIGINS = new Set(['https://app.example.com']);\n\napp.use((req, res, next) => {\n  const origin = req.headers.origin;\n  if (ALLOWED_ORIGINS.has(origin)) {\n    res.setHeader('Access-Control-Allow-Origin', origin);\n    res.setHeader('Vary', 'Origin');\n  }\n  next();\n});\n"
 },
 {
  "name": "js_db_env",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 798,
  "code": "// CWE-798\nconst mysql = require('mysql2');\nconst pool = mysql.createPool({ host: process.env.DB_HOST, user: process.env.DB_USER, password: process.env.DB_PASSWORD, database: 'app' });\nmodule.exports = pool;\n"
 },
 {
  "name": "js_download_safe",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 22,
  "code": "// CWE-22\nconst express = require('express');\nconst path = require('path');\nconst app = express();\nconst EXPORT_DIR = path.resolve('./exports');\n\napp.get('/export', (req, res) => {\n  const file = path.basename(String(req.query.file || ''));\n  res.download(path.join(EXPORT_DIR, file));\n});\n"
 },
 {
  "name": "js_handlebars_const",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 1336,
  "code": "// CWE-1336\nconst Handlebars = require('handlebars');\nconst template = Handlebars.compile('<p>Hello {{name}}</p>');\n\nmodule.exports = function renderEmail(req, res) {\n  res.send(template({ name: req.body.name }));\n};\n",
  "notCwe": 1336
 },
 {
  "name": "js_jwt_verify_mw",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 347,
  "code": "// CWE-347\nconst jwt = require('jsonwebtoken');\n\nfunction authMiddleware(req, res, next) {\n  const token = (req.headers.authorization || '').replace('Bearer ', '');\n  try {\n    req.user = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });\n    next();\n  } catch {\n    res.status(401).end();\n  }\n}\nmodule.exports = authMiddleware;\n"
 },
 {
  "name": "js_mongo_cast",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 943,
  "code": "// CWE-943\nimport { Request, Response } from 'express';\nimport { Product } from './models';\n\nexport async function search(req: Request, res: Response) {\n  const category = String(req.query.category ?? '');\n  const products = await Product.find({ category });\n  res.json(products);\n}\n"
 },
 {
  "name": "js_nest_param",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 89,
  "code": "// CWE-89\nimport { Controller, Get, Query } from '@nestjs/common';\nimport { DataSource } from 'typeorm';\n\n@Controller('products')\nexport class ProductsController {\n  constructor(private readonly dataSource: DataSource) {}\n\n  @Get()\n  async list(@Query('category') category: string) {\n    return this.dataSource.query('SELECT * FROM product WHERE category = $1', [category]);\n  }\n}\n"
 },
 {
  "name": "js_next_app_router_safe",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 78,
  "code": "// CWE-78\nimport { NextRequest, NextResponse } from 'next/server';\nimport { execFile } from 'child_process';\nimport { promisify } from 'util';\nimport net from 'net';\nconst run = promisify(execFile);\n\nexport async function GET(request: NextRequest) {\n  const host = request.nextUrl.searchParams.get('host') ?? '';\n  if (!net.isIP(host)) return NextResponse.json({ error: 'bad host' }, { status: 400 });\n  const { stdout } = await run('traceroute', [host]);\n  return NextResponse.json({ out: stdout });\n}\n"
 },
 {
  "name": "js_otp_crypto",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 338,
  "code": "// CWE-338\nimport { randomInt } from 'crypto';\n\nexport function generateOtp(): string {\n  return randomInt(100000, 1000000).toString();\n}\nexport function shuffle<T>(xs: T[]): T[] {\n  return xs.map((x) => [Math.random(), x] as const).sort((a, b) => a[0] - b[0]).map(([, x]) => x);\n}\n"
 },
 {
  "name": "js_pug_file",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 1336,
  "code": "// CWE-1336\nconst express = require('express');\nconst app = express();\napp.set('view engine', 'pug');\n\napp.get('/preview', (req, res) => {\n  res.render('preview', { name: req.query.name });\n});\n"
 },
 {
  "name": "js_react_list",
  "kind": "safe",
  "lang": "tsx",
  "cwe": 0,
  "code": "// none\nimport React, { useEffect, useState } from 'react';\n\nexport default function Users() {\n  const [users, setUsers] = useState<{ id: number; name: string }[]>([]);\n  useEffect(() => {\n    fetch('/api/users').then((r) => r.json()).then(setUsers);\n  }, []);\n  return <ul>{users.map((u) => <li key={u.id}>{u.name}</li>)}</ul>;\n}\n"
 },
 {
  "name": "js_redirect_location_safe",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 601,
  "code": "// CWE-601\nconst params = new URLSearchParams(window.location.search);\nconst next = params.get('next') || '/';\nconst url = new URL(next, window.location.origin);\nwindow.location.href = url.origin === window.location.origin ? url.pathname : '/';\n"
 },
 {
  "name": "js_res_cookie_safe",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 614,
  "code": "// CWE-614\nconst express = require('express');\nconst crypto = require('crypto');\nconst app = express();\n\napp.post('/login', (req, res) => {\n  const token = crypto.randomBytes(32).toString('hex');\n  res.cookie('session', token, { httpOnly: true, secure: true, sameSite: 'strict', maxAge: 3600000 });\n  res.send('ok');\n});\n"
 },
 {
  "name": "js_scrypt",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 328,
  "code": "// CWE-328\nimport { randomBytes, scryptSync, timingSafeEqual } from 'crypto';\n\nexport function hashPassword(password: string): string {\n  const salt = randomBytes(16);\n  return salt.toString('hex') + ':' + scryptSync(password, salt, 64).toString('hex');\n}\n\nexport function verify(password: string, stored: string): boolean {\n  const [s, h] = stored.split(':');\n  const got = scryptSync(password, Buffer.from(s, 'hex'), 64);\n  return timingSafeEqual(got, Buffer.from(h, 'hex'));\n}\n"
 },
 {
  "name": "js_xss_template_safe",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 79,
  "code": "// CWE-79\nimport express from 'express';\nimport escapeHtml from 'escape-html';\nconst app = express();\n\napp.get('/hello/:name', (req, res) => {\n  const { name } = req.params;\n  res.type('html').send(`<!doctype html><p>Hello ${escapeHtml(name)}</p>`);\n});\n"
 },
 {
  "name": "py_aiohttp_param",
  "kind": "safe",
  "lang": "python",
  "cwe": 89,
  "code": "# CWE-89\nfrom aiohttp import web\nimport aiosqlite\n\nasync def get_item(request):\n    item_id = request.match_info[\"id\"]\n    async with aiosqlite.connect(\"app.db\") as db:\n        async with db.execute(\"SELECT * FROM items WHERE id = ?\", (item_id,)) as cur:\n            row = await cur.fetchone()\n    return web.json_response({\"item\": row})\n"
 },
 {
  "name": "py_cbv_cmd_list",
  "kind": "safe",
  "lang": "python",
  "cwe": 78,
  "code": "# CWE-78\nimport re\nimport subprocess\nfrom django.http import HttpResponse, HttpResponseBadRequest\nfrom django.views import View\n\nclass BackupView(View):\n    def post(self, request):\n        db_name = request.POST[\"db\"]\n        if not re.fullmatch(r\"[a-z_]{1,32}\", db_name):\n            return HttpResponseBadRequest(\"bad name\")\n        with open(\"/backups/db.sql\", \"wb\") as out:\n            subprocess.Popen([\"pg_dump\", db_name], stdout=out)\n        return HttpResponse(\"started\")\n"
 },
 {
  "name": "py_db_env",
  "kind": "safe",
  "lang": "python",
  "cwe": 798,
  "code": "# CWE-798\nimport os\nimport psycopg2\n\ndef get_conn():\n    return psycopg2.connect(host=os.environ[\"DB_HOST\"], user=os.environ[\"DB_USER\"], password=os.environ[\"DB_PASSWORD\"], dbname=\"prod\")\n"
 },
 {
  "name": "py_django_raw_params",
  "kind": "safe",
  "lang": "python",
  "cwe": 89,
  "code": "# CWE-89\nfrom django.shortcuts import render\nfrom .models import Article\n\ndef search(request):\n    term = request.GET.get(\"q\", \"\")\n    articles = Article.objects.raw(\"SELECT * FROM blog_article WHERE title LIKE %s\", [\"%\" + term + \"%\"])\n    return render(request, \"search.html\", {\"articles\": articles})\n"
 },
 {
  "name": "py_fastapi_html_escaped",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "# CWE-79\nimport html\nfrom fastapi import FastAPI\nfrom fastapi.responses import HTMLResponse\napp = FastAPI()\n\n@app.get(\"/welcome\", response_class=HTMLResponse)\nasync def welcome(name: str = \"guest\"):\n    return HTMLResponse(content=f\"<html><body><h2>Welcome {html.escape(name)}</h2></body></html>\")\n"
 },
 {
  "name": "py_hash_file",
  "kind": "safe",
  "lang": "python",
  "cwe": 328,
  "code": "# CWE-328\nimport hashlib\n\ndef cache_key(url: str) -> str:\n    return hashlib.md5(url.encode(), usedforsecurity=False).hexdigest()\n\ndef etag(content: bytes) -> str:\n    return hashlib.sha256(content).hexdigest()\n"
 },
 {
  "name": "py_jinja_autoescape_on",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "# CWE-79\nfrom jinja2 import Environment, FileSystemLoader, select_autoescape\nfrom flask import Flask, request\napp = Flask(__name__)\nenv = Environment(loader=FileSystemLoader(\"templates\"), autoescape=select_autoescape([\"html\", \"xml\"]))\n\n@app.route(\"/profile\")\ndef profile():\n    return env.get_template(\"profile.html\").render(bio=request.args.get(\"bio\"))\n"
 },
 {
  "name": "py_mass_assign_safe",
  "kind": "safe",
  "lang": "python",
  "cwe": 915,
  "code": "# CWE-915\nfrom flask import Flask, request\nfrom .models import db, User\napp = Flask(__name__)\nEDITABLE = {\"display_name\", \"bio\"}\n\n@app.route(\"/users/<int:uid>\", methods=[\"PUT\"])\ndef update_user(uid):\n    user = User.query.get_or_404(uid)\n    for key, value in request.json.items():\n        if key in EDITABLE:\n            setattr(user, key, value)\n    db.session.commit()\n    return {\"ok\": True}\n"
 },
 {
  "name": "py_otp_secrets",
  "kind": "safe",
  "lang": "python",
  "cwe": 338,
  "code": "# CWE-338\nimport secrets\n\ndef send_otp(user, sms):\n    otp = f\"{secrets.randbelow(1_000_000):06d}\"\n    user.otp = otp\n    sms.send(user.phone, f\"Your code is {otp}\")\n    return otp\n"
 },
 {
  "name": "py_pathlib_safe",
  "kind": "safe",
  "lang": "python",
  "cwe": 22,
  "code": "# CWE-22\nfrom pathlib import Path\nfrom flask import Flask, request, abort\napp = Flask(__name__)\nBASE = Path(\"/srv/reports\").resolve()\n\n@app.route(\"/report\")\ndef report():\n    target = (BASE / request.args[\"name\"]).resolve()\n    if not target.is_relative_to(BASE):\n        abort(404)\n    return target.read_text()\n"
 },
 {
  "name": "py_redirect_django_safe",
  "kind": "safe",
  "lang": "python",
  "cwe": 601,
  "code": "# CWE-601\nfrom django.shortcuts import redirect\nfrom django.utils.http import url_has_allowed_host_and_scheme\n\ndef after_login(request):\n    target = request.GET.get(\"next\", \"/\")\n    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):\n        target = \"/\"\n    return redirect(target)\n"
 },
 {
  "name": "py_requests_session_timeout",
  "kind": "safe",
  "lang": "python",
  "cwe": 918,
  "code": "# CWE-918\nimport requests\n\nAPI_BASE = \"https://api.github.com\"\n\ndef get_repo(owner: str, repo: str) -> dict:\n    r = requests.get(f\"{API_BASE}/repos/{owner}/{repo}\", timeout=10)\n    r.raise_for_status()\n    return r.json()\n"
 },
 {
  "name": "py_sklearn_pipeline",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "# none\nimport pandas as pd\nfrom sklearn.model_selection import train_test_split\nfrom sklearn.linear_model import LogisticRegression\n\ndef train(csv_path: str, target: str):\n    df = pd.read_csv(csv_path)\n    X = df.drop(columns=[target])\n    y = df[target]\n    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)\n    model = LogisticRegression(max_iter=1000).fit(X_train, y_train)\n    return model.score(X_test, y_test)\n"
 },
 {
  "name": "js_child_exec_promise",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 78,
  "code": "// CWE-78\nimport { exec } from 'child_process';\nimport express from 'express';\nconst app = express();\n\nfunction run(cmd: string): Promise<string> {\n  return new Promise((resolve, reject) => exec(cmd, (e, out) => (e ? reject(e) : resolve(out))));\n}\n\napp.post('/whois', async (req, res) => {\n  const domain: string = req.body.domain;\n  res.send(await run(`whois ${domain}`));\n});\n"
 },
 {
  "name": "js_chmod",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 732,
  "code": "// CWE-732\nconst fs = require('fs');\n\nfunction writeSecret(file, secret) {\n  fs.writeFileSync(file, secret);\n  fs.chmodSync(file, 0o777);\n}\n"
 },
 {
  "name": "js_eval_json",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 95,
  "code": "// CWE-95\nfunction parseConfig(text) {\n  return eval('(' + text + ')');\n}\nmodule.exports = { parseConfig };\n"
 },
 {
  "name": "js_fs_write_user_path",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 22,
  "code": "// CWE-22\nconst fs = require('fs/promises');\nconst express = require('express');\nconst app = express();\napp.use(express.json());\n\napp.post('/notes', async (req, res) => {\n  const { title, body } = req.body;\n  await fs.writeFile(`./notes/${title}.txt`, body);\n  res.status(201).end();\n});\n"
 },
 {
  "name": "js_header_injection",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 113,
  "code": "// CWE-113\nconst http = require('http');\nconst url = require('url');\n\nhttp.createServer((req, res) => {\n  const q = url.parse(req.url, true).query;\n  res.setHeader('Set-Cookie', 'lang=' + q.lang);\n  res.end('ok');\n}).listen(8080);\n"
 },
 {
  "name": "js_http_server_xss",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 79,
  "code": "// CWE-79\nconst http = require('http');\nconst { URL } = require('url');\n\nhttp.createServer((req, res) => {\n  const u = new URL(req.url, 'http://localhost');\n  res.writeHead(200, { 'Content-Type': 'text/html' });\n  res.end('<p>Hi ' + u.searchParams.get('name') + '</p>');\n}).listen(3000);\n"
 },
 {
  "name": "js_innerhtml_fetch",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 79,
  "code": "// CWE-79\nasync function showProfile() {\n  const id = new URLSearchParams(location.search).get('id');\n  const res = await fetch('/api/users/' + encodeURIComponent(id));\n  const user = await res.json();\n  document.querySelector('#profile').innerHTML = `<h2>${user.name}</h2><p>${user.bio}</p>`;\n}\nshowProfile();\n"
 },
 {
  "name": "js_jwt_secret_literal",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 798,
  "code": "// CWE-798\nimport jwt from 'jsonwebtoken';\nconst JWT_SECRET = 'changeme123';\n\nexport function issue(userId: string) {\n  return jwt.sign({ sub: userId }, JWT_SECRET, { expiresIn: '7d' });\n}\n"
 },
 {
  "name": "js_outerhtml_hash",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 79,
  "code": "// CWE-79\nwindow.addEventListener('hashchange', () => {\n  const tab = decodeURIComponent(location.hash.slice(1));\n  document.getElementById('title').insertAdjacentHTML('beforeend', '<span>' + tab + '</span>');\n});\n"
 },
 {
  "name": "js_sql_service",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 89,
  "code": "// CWE-89\nimport { Pool } from 'pg';\nconst pool = new Pool();\n\nexport class UserService {\n  async findByName(name: string) {\n    const { rows } = await pool.query(`SELECT id, name FROM users WHERE name = '${name}'`);\n    return rows;\n  }\n}\n"
 },
 {
  "name": "js_sqlite3_run",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 89,
  "code": "// CWE-89\nconst sqlite3 = require('sqlite3');\nconst db = new sqlite3.Database('app.db');\n\nfunction addComment(postId, text, cb) {\n  db.run(`INSERT INTO comments (post_id, text) VALUES (${postId}, '${text}')`, cb);\n}\nmodule.exports = { addComment };\n"
 },
 {
  "name": "js_stack_trace",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 209,
  "code": "// CWE-209\nconst express = require('express');\nconst app = express();\n\napp.use((err, req, res, next) => {\n  res.status(500).send(err.stack);\n});\n"
 },
 {
  "name": "js_yaml_load",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 502,
  "code": "// CWE-502\nconst yaml = require('js-yaml');\nconst express = require('express');\nconst app = express();\napp.use(express.text());\n\napp.post('/config', (req, res) => {\n  const cfg = yaml.load(req.body, { schema: yaml.DEFAULT_FULL_SCHEMA });\n  res.json(cfg);\n});\n"
 },
 {
  "name": "py_assert_auth",
  "kind": "vuln",
  "lang": "python",
  "cwe": 703,
  "code": "# CWE-703\ndef delete_account(user, account):\n    assert user.is_admin, \"only admins can delete accounts\"\n    account.delete()\n"
 },
 {
  "name": "py_chmod_777",
  "kind": "vuln",
  "lang": "python",
  "cwe": 732,
  "code": "# CWE-732\nimport os\n\ndef save_private_key(path, pem):\n    with open(path, \"w\") as f:\n        f.write(pem)\n    os.chmod(path, 0o777)\n"
 },
 {
  "name": "py_csrf_exempt",
  "kind": "vuln",
  "lang": "python",
  "cwe": 352,
  "code": "# CWE-352\nfrom django.views.decorators.csrf import csrf_exempt\nfrom django.http import JsonResponse\n\n@csrf_exempt\ndef transfer(request):\n    amount = request.POST[\"amount\"]\n    to = request.POST[\"to\"]\n    request.user.account.transfer(to, amount)\n    return JsonResponse({\"ok\": True})\n"
 },
 {
  "name": "py_header_injection",
  "kind": "vuln",
  "lang": "python",
  "cwe": 113,
  "code": "# CWE-113\nfrom flask import Flask, request, Response\napp = Flask(__name__)\n\n@app.route(\"/lang\")\ndef set_lang():\n    resp = Response(\"ok\")\n    resp.headers[\"Content-Language\"] = request.args.get(\"lang\")\n    return resp\n"
 },
 {
  "name": "py_http_cleartext",
  "kind": "vuln",
  "lang": "python",
  "cwe": 319,
  "code": "# CWE-319\nimport requests\n\ndef send_credentials(username, password):\n    return requests.post(\"http://auth.example.com/login\", data={\"u\": username, \"p\": password})\n"
 },
 {
  "name": "py_import_module",
  "kind": "vuln",
  "lang": "python",
  "cwe": 94,
  "code": "# CWE-94\nimport importlib\nfrom flask import Flask, request\napp = Flask(__name__)\n\n@app.route(\"/run\")\ndef run_plugin():\n    mod = importlib.import_module(request.args[\"plugin\"])\n    return str(mod.run())\n"
 },
 {
  "name": "py_plain_password_store",
  "kind": "vuln",
  "lang": "python",
  "cwe": 256,
  "code": "# CWE-256\nimport sqlite3\n\ndef register(conn, username, password):\n    conn.execute(\"INSERT INTO users (username, password) VALUES (?, ?)\", (username, password))\n    conn.commit()\n"
 },
 {
  "name": "py_secret_in_settings",
  "kind": "vuln",
  "lang": "python",
  "cwe": 798,
  "code": "# CWE-798\nfrom flask import Flask\napp = Flask(__name__)\napp.config[\"SECRET_KEY\"] = \"dev-secret-key-change-me\"\napp.config[\"SQLALCHEMY_DATABASE_URI\"] = \"postgresql://admin:hunter2@db/prod\"\n"
 },
 {
  "name": "py_send_file_join_str",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "# CWE-22\nfrom flask import Flask, request, send_file\napp = Flask(__name__)\n\n@app.route(\"/images\")\ndef image():\n    name = request.args.get(\"name\", \"\")\n    return send_file(f\"static/images/{name}\")\n"
 },
 {
  "name": "py_sqli_class_param",
  "kind": "vuln",
  "lang": "python",
  "cwe": 89,
  "code": "# CWE-89\nimport sqlite3\n\nclass ProductStore:\n    def __init__(self, db_path=\"shop.db\"):\n        self.db = sqlite3.connect(db_path)\n\n    def search(self, keyword, limit=10):\n        q = \"SELECT * FROM products WHERE name LIKE '%\" + keyword + \"%' LIMIT \" + str(limit)\n        return self.db.execute(q).fetchall()\n"
 },
 {
  "name": "py_stacktrace",
  "kind": "vuln",
  "lang": "python",
  "cwe": 209,
  "code": "# CWE-209\nimport traceback\nfrom flask import Flask\napp = Flask(__name__)\n\n@app.route(\"/compute\")\ndef compute():\n    try:\n        return str(1 / 0)\n    except Exception:\n        return traceback.format_exc(), 500\n"
 },
 {
  "name": "py_subprocess_list_shell",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "# CWE-78\nimport subprocess\nfrom flask import Flask, request\napp = Flask(__name__)\n\n@app.route(\"/convert\", methods=[\"POST\"])\ndef convert():\n    fmt = request.form.get(\"format\", \"png\")\n    src = request.form[\"src\"]\n    cmd = \"convert {} output.{}\".format(src, fmt)\n    subprocess.call(cmd, shell=True)\n    return \"ok\"\n"
 },
 {
  "name": "py_xml_etree_req",
  "kind": "vuln",
  "lang": "python",
  "cwe": 611,
  "code": "# CWE-611\nimport xml.sax\nfrom flask import Flask, request\napp = Flask(__name__)\n\nclass Handler(xml.sax.ContentHandler):\n    pass\n\n@app.route(\"/xml\", methods=[\"POST\"])\ndef parse_xml():\n    parser = xml.sax.make_parser()\n    parser.setFeature(xml.sax.handler.feature_external_ges, True)\n    parser.setContentHandler(Handler())\n    parser.parse(request.stream)\n    return \"ok\"\n"
 },
 {
  "name": "py_yaml_full_loader_req",
  "kind": "vuln",
  "lang": "python",
  "cwe": 502,
  "code": "# CWE-502\nimport yaml\nfrom flask import Flask, request\napp = Flask(__name__)\n\n@app.route(\"/config\", methods=[\"POST\"])\ndef upload_config():\n    cfg = yaml.load(request.data, Loader=yaml.FullLoader)\n    return {\"keys\": list(cfg)}\n"
 },
 {
  "name": "js_error_handler_safe",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 209,
  "code": "// CWE-209\nconst express = require('express');\nconst app = express();\n\napp.use((err, req, res, next) => {\n  console.error(err);\n  res.status(500).json({ error: 'Internal Server Error' });\n});\n"
 },
 {
  "name": "js_http_server_safe",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 79,
  "code": "// CWE-79\nconst http = require('http');\nconst { URL } = require('url');\nconst escapeHtml = require('escape-html');\n\nhttp.createServer((req, res) => {\n  const u = new URL(req.url, 'http://localhost');\n  res.writeHead(200, { 'Content-Type': 'text/html' });\n  res.end('<p>Hi ' + escapeHtml(u.searchParams.get('name') || '') + '</p>');\n}).listen(3000);\n"
 },
 {
  "name": "js_innerhtml_escaped",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 79,
  "code": "// CWE-79\nconst esc = (s) => String(s).replace(/[&<>\"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '\"': '&quot;', \"'\": '&#39;' }[c]));\nasync function showProfile() {\n  const id = new URLSearchParams(location.search).get('id');\n  const res = await fetch('/api/users/' + encodeURIComponent(id));\n  const user = await res.json();\n  document.querySelector('#profile').innerHTML = `<h2>${esc(user.name)}</h2><p>${esc(user.bio)}</p>`;\n}\nshowProfile();\n"
 },
 {
  "name": "js_notes_safe",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 22,
  "code": "// CWE-22\nconst fs = require('fs/promises');\nconst path = require('path');\nconst crypto = require('crypto');\nconst express = require('express');\nconst app = express();\napp.use(express.json());\n\napp.post('/notes', async (req, res) => {\n  const { body } = req.body;\n  const id = crypto.randomUUID();\n  await fs.writeFile(path.join(__dirname, 'notes', `${id}.txt`), String(body));\n  res.status(201).json({ id });\n});\n"
 },
 {
  "name": "js_sql_service_safe",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 89,
  "code": "// CWE-89\nimport { Pool } from 'pg';\nconst pool = new Pool();\n\nexport class UserService {\n  async findByName(name: string) {\n    const { rows } = await pool.query('SELECT id, name FROM users WHERE name = $1', [name]);\n    return rows;\n  }\n}\n"
 },
 {
  "name": "js_sqlite3_param",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 89,
  "code": "// CWE-89\nconst sqlite3 = require('sqlite3');\nconst db = new sqlite3.Database('app.db');\n\nfunction addComment(postId, text, cb) {\n  db.run('INSERT INTO comments (post_id, text) VALUES (?, ?)', [postId, text], cb);\n}\nmodule.exports = { addComment };\n"
 },
 {
  "name": "py_chmod_600",
  "kind": "safe",
  "lang": "python",
  "cwe": 732,
  "code": "# CWE-732\nimport os\n\ndef save_private_key(path, pem):\n    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)\n    with os.fdopen(fd, \"w\") as f:\n        f.write(pem)\n"
 },
 {
  "name": "py_class_param_safe",
  "kind": "safe",
  "lang": "python",
  "cwe": 89,
  "code": "# CWE-89\nimport sqlite3\n\nclass ProductStore:\n    def __init__(self, db_path=\"shop.db\"):\n        self.db = sqlite3.connect(db_path)\n\n    def search(self, keyword, limit=10):\n        return self.db.execute(\"SELECT * FROM products WHERE name LIKE ? LIMIT ?\", (f\"%{keyword}%\", int(limit))).fetchall()\n"
 },
 {
  "name": "py_cli_tool",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "# none\nimport argparse\nimport json\nimport subprocess\n\ndef main():\n    ap = argparse.ArgumentParser()\n    ap.add_argument(\"repo\")\n    args = ap.parse_args()\n    out = subprocess.run([\"git\", \"-C\", args.repo, \"log\", \"--oneline\", \"-n\", \"5\"], capture_output=True, text=True, check=True)\n    print(json.dumps(out.stdout.splitlines(), indent=2))\n\nif __name__ == \"__main__\":\n    main()\n"
 },
 {
  "name": "py_error_generic",
  "kind": "safe",
  "lang": "python",
  "cwe": 209,
  "code": "# CWE-209\nimport logging\nfrom flask import Flask, jsonify\napp = Flask(__name__)\nlog = logging.getLogger(__name__)\n\n@app.route(\"/compute\")\ndef compute():\n    try:\n        return str(1 / 0)\n    except Exception:\n        log.exception(\"compute failed\")\n        return jsonify({\"error\": \"internal error\"}), 500\n"
 },
 {
  "name": "py_https_post",
  "kind": "safe",
  "lang": "python",
  "cwe": 319,
  "code": "# CWE-319\nimport requests\n\ndef send_credentials(username, password):\n    return requests.post(\"https://auth.example.com/login\", data={\"u\": username, \"p\": password}, timeout=10)\n"
 },
 {
  "name": "py_import_allow",
  "kind": "safe",
  "lang": "python",
  "cwe": 94,
  "code": "# CWE-94\nimport importlib\nfrom flask import Flask, request, abort\napp = Flask(__name__)\nPLUGINS = {\"csv\": \"plugins.csv_export\", \"pdf\": \"plugins.pdf_export\"}\n\n@app.route(\"/run\")\ndef run_plugin():\n    name = request.args.get(\"plugin\", \"\")\n    if name not in PLUGINS:\n        abort(404)\n    mod = importlib.import_module(PLUGINS[name])\n    return str(mod.run())\n"
 },
 {
  "name": "py_password_hash_store",
  "kind": "safe",
  "lang": "python",
  "cwe": 256,
  "code": "# CWE-256\nimport sqlite3\nfrom werkzeug.security import generate_password_hash\n\ndef register(conn, username, password):\n    conn.execute(\"INSERT INTO users (username, password_hash) VALUES (?, ?)\", (username, generate_password_hash(password)))\n    conn.commit()\n"
 },
 {
  "name": "py_settings_env",
  "kind": "safe",
  "lang": "python",
  "cwe": 798,
  "code": "# CWE-798\nimport os\nfrom flask import Flask\napp = Flask(__name__)\napp.config[\"SECRET_KEY\"] = os.environ[\"SECRET_KEY\"]\napp.config[\"SQLALCHEMY_DATABASE_URI\"] = os.environ.get(\"DATABASE_URL\", \"sqlite:///dev.db\")\n"
 },
 {
  "name": "js_arrow_helper_path",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 22,
  "code": "// CWE-22\nconst fs = require('fs');\nconst path = require('path');\n\nconst readTemplate = (name) => fs.readFileSync(path.join(__dirname, 'templates', name + '.html'), 'utf8');\n\nmodule.exports = (app) => {\n  app.get('/t/:name', (req, res) => res.send(readTemplate(req.params.name)));\n};\n"
 },
 {
  "name": "js_axios_baseurl_host",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 918,
  "code": "// CWE-918\nconst axios = require('axios');\nconst express = require('express');\nconst app = express();\n\napp.get('/tenant-status', async (req, res) => {\n  const tenant = req.query.tenant;\n  const r = await axios.get(`https://${tenant}.internal.example.com/health`);\n  res.json(r.data);\n});\n"
 },
 {
  "name": "js_controller_obj",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 89,
  "code": "// CWE-89\nconst db = require('../db');\n\nconst productController = {\n  async getByCategory(req, res) {\n    const sql = \"SELECT * FROM products WHERE category = '\" + req.params.category + \"' ORDER BY price\";\n    const [rows] = await db.execute(sql);\n    res.json(rows);\n  },\n};\nmodule.exports = productController;\n"
 },
 {
  "name": "js_crypto_iv_static",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 329,
  "code": "// CWE-329\nconst crypto = require('crypto');\nconst KEY = crypto.scryptSync(process.env.APP_SECRET, 'salt', 32);\nconst IV = Buffer.alloc(16, 0);\n\nfunction encrypt(text) {\n  const c = crypto.createCipheriv('aes-256-cbc', KEY, IV);\n  return Buffer.concat([c.update(text, 'utf8'), c.final()]).toString('base64');\n}\nmodule.exports = { encrypt };\n"
 },
 {
  "name": "js_dom_href",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 79,
  "code": "// CWE-79\nconst params = new URLSearchParams(window.location.search);\nconst link = document.createElement('a');\nlink.href = params.get('return');\nlink.textContent = 'Go back';\ndocument.body.appendChild(link);\n"
 },
 {
  "name": "js_object_spread_nosql",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 943,
  "code": "// CWE-943\nconst express = require('express');\nconst Order = require('./models/order');\nconst router = express.Router();\n\nrouter.get('/orders', async (req, res) => {\n  const query = { ...req.query, userId: req.user.id };\n  const orders = await Order.find(query);\n  res.json(orders);\n});\nmodule.exports = router;\n"
 },
 {
  "name": "js_prisma_raw",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 89,
  "code": "// CWE-89\nimport { PrismaClient } from '@prisma/client';\nconst prisma = new PrismaClient();\n\nexport async function searchUsers(term: string) {\n  return prisma.$queryRawUnsafe(`SELECT * FROM \"User\" WHERE name ILIKE '%${term}%'`);\n}\n"
 },
 {
  "name": "js_spawn_args_shell_true",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 78,
  "code": "// CWE-78\nimport { spawn } from 'child_process';\n\nexport function listDir(dir: string) {\n  return spawn('ls', ['-la', dir], { shell: true });\n}\n"
 },
 {
  "name": "js_ts_typed_cmd",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 78,
  "code": "// CWE-78\nimport express, { Request, Response } from 'express';\nimport { execSync } from 'child_process';\nconst app = express();\n\ninterface PingQuery { host: string }\n\napp.get('/ping', (req: Request<{}, {}, {}, PingQuery>, res: Response) => {\n  const output = execSync(`ping -c 2 ${req.query.host}`).toString();\n  res.type('text').send(output);\n});\n"
 },
 {
  "name": "js_vue_vhtml",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 79,
  "code": "// CWE-79\nexport default {\n  data() {\n    return { bio: '' };\n  },\n  mounted() {\n    this.bio = this.$route.query.bio;\n    this.$el.querySelector('.bio').innerHTML = this.bio;\n  },\n};\n"
 },
 {
  "name": "py_json_body_eval",
  "kind": "vuln",
  "lang": "python",
  "cwe": 95,
  "code": "# CWE-95\nfrom fastapi import FastAPI, Request\napp = FastAPI()\n\n@app.post(\"/rules/evaluate\")\nasync def evaluate(request: Request):\n    body = await request.json()\n    condition = body.get(\"condition\", \"False\")\n    ctx = {\"amount\": body.get(\"amount\", 0)}\n    return {\"result\": eval(condition, {}, ctx)}\n"
 },
 {
  "name": "py_kwargs_sqli",
  "kind": "vuln",
  "lang": "python",
  "cwe": 89,
  "code": "# CWE-89\nimport sqlite3\nfrom flask import Flask, request\napp = Flask(__name__)\n\ndef query_db(sql, **kwargs):\n    conn = sqlite3.connect(\"app.db\")\n    return conn.execute(sql.format(**kwargs)).fetchall()\n\n@app.route(\"/orders\")\ndef orders():\n    status = request.args.get(\"status\", \"open\")\n    return {\"rows\": query_db(\"SELECT * FROM orders WHERE status = '{status}'\", status=status)}\n"
 },
 {
  "name": "py_lambda_ssrf",
  "kind": "vuln",
  "lang": "python",
  "cwe": 918,
  "code": "# CWE-918\nimport json\nimport urllib.request\n\ndef lambda_handler(event, context):\n    body = json.loads(event[\"body\"])\n    with urllib.request.urlopen(body[\"url\"], timeout=5) as r:\n        data = r.read().decode()\n    return {\"statusCode\": 200, \"body\": data[:1000]}\n"
 },
 {
  "name": "py_pymongo_where_fn",
  "kind": "vuln",
  "lang": "python",
  "cwe": 943,
  "code": "# CWE-943\nfrom pymongo import MongoClient\n\ndb = MongoClient()[\"app\"]\n\ndef find_products(max_price):\n    return list(db.products.find({\"$where\": f\"this.price <= {max_price}\"}))\n"
 },
 {
  "name": "py_random_password",
  "kind": "vuln",
  "lang": "python",
  "cwe": 338,
  "code": "# CWE-338\nimport random\nimport string\n\ndef generate_password(length=12):\n    alphabet = string.ascii_letters + string.digits + string.punctuation\n    return \"\".join(random.choices(alphabet, k=length))\n"
 },
 {
  "name": "py_redirect_fastapi",
  "kind": "vuln",
  "lang": "python",
  "cwe": 601,
  "code": "# CWE-601\nfrom fastapi import FastAPI\nfrom fastapi.responses import RedirectResponse\napp = FastAPI()\n\n@app.get(\"/out\")\ndef out(url: str):\n    return RedirectResponse(url)\n"
 },
 {
  "name": "py_self_attr_cmd",
  "kind": "vuln",
  "lang": "python",
  "cwe": 78,
  "code": "# CWE-78\nimport os\nfrom flask import Flask, request\napp = Flask(__name__)\n\nclass Pinger:\n    def __init__(self, host):\n        self.host = host\n\n    def ping(self):\n        return os.popen(\"ping -c 1 \" + self.host).read()\n\n@app.route(\"/ping\")\ndef ping():\n    return Pinger(request.args[\"host\"]).ping()\n"
 },
 {
  "name": "py_shelve_path",
  "kind": "vuln",
  "lang": "python",
  "cwe": 22,
  "code": "# CWE-22\nimport os\nfrom flask import Flask, request, jsonify\napp = Flask(__name__)\nDATA_DIR = \"/var/app/data\"\n\n@app.route(\"/delete\", methods=[\"POST\"])\ndef delete_file():\n    name = request.json[\"name\"]\n    os.remove(os.path.join(DATA_DIR, name))\n    return jsonify(deleted=name)\n"
 },
 {
  "name": "py_sqlalchemy_filter_text",
  "kind": "vuln",
  "lang": "python",
  "cwe": 89,
  "code": "# CWE-89\nfrom flask import Flask, request\nfrom sqlalchemy import text\nfrom models import db, User\napp = Flask(__name__)\n\n@app.route(\"/users\")\ndef users():\n    order = request.args.get(\"order\", \"id\")\n    rows = User.query.order_by(text(order)).all()\n    return {\"users\": [u.name for u in rows]}\n"
 },
 {
  "name": "py_tornado_xss",
  "kind": "vuln",
  "lang": "python",
  "cwe": 79,
  "code": "# CWE-79\nimport tornado.web\n\nclass HelloHandler(tornado.web.RequestHandler):\n    def get(self):\n        name = self.get_argument(\"name\", \"world\")\n        self.write(\"<h1>Hello \" + name + \"</h1>\")\n"
 },
 {
  "name": "js_chart_util",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "code": "// none\nexport function movingAverage(values, window = 3) {\n  const out = [];\n  for (let i = 0; i + window <= values.length; i++) {\n    const slice = values.slice(i, i + window);\n    out.push(slice.reduce((a, b) => a + b, 0) / window);\n  }\n  return out;\n}\n\nexport function formatCurrency(n, currency = 'USD') {\n  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(n);\n}\n"
 },
 {
  "name": "js_controller_param",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 89,
  "code": "// CWE-89\nconst db = require('../db');\n\nconst productController = {\n  async getByCategory(req, res) {\n    const [rows] = await db.execute('SELECT * FROM products WHERE category = ? ORDER BY price', [req.params.category]);\n    res.json(rows);\n  },\n};\nmodule.exports = productController;\n"
 },
 {
  "name": "js_prisma_tagged",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 89,
  "code": "// CWE-89\nimport { PrismaClient } from '@prisma/client';\nconst prisma = new PrismaClient();\n\nexport async function searchUsers(term: string) {\n  return prisma.$queryRaw`SELECT * FROM \"User\" WHERE name ILIKE ${'%' + term + '%'}`;\n}\n"
 },
 {
  "name": "js_tenant_allow",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 918,
  "code": "// CWE-918\nconst axios = require('axios');\nconst express = require('express');\nconst app = express();\nconst TENANTS = new Set(['acme', 'globex']);\n\napp.get('/tenant-status', async (req, res) => {\n  const tenant = String(req.query.tenant);\n  if (!TENANTS.has(tenant)) return res.status(404).end();\n  const r = await axios.get(`https://${tenant}.internal.example.com/health`);\n  res.json(r.data);\n});\n"
 },
 {
  "name": "js_zod_validated",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 78,
  "code": "// CWE-78\nimport express from 'express';\nimport { z } from 'zod';\nimport { execFile } from 'child_process';\nconst app = express();\nconst Q = z.object({ host: z.string().regex(/^[a-zA-Z0-9.-]{1,253}$/) });\n\napp.get('/ping', (req, res) => {\n  const parsed = Q.safeParse(req.query);\n  if (!parsed.success) return res.status(400).json(parsed.error.issues);\n  execFile('ping', ['-c', '2', parsed.data.host], (err, out) => res.type('text').send(out));\n});\n"
 },
 {
  "name": "py_order_allow",
  "kind": "safe",
  "lang": "python",
  "cwe": 89,
  "code": "# CWE-89\nfrom flask import Flask, request\nfrom models import db, User\napp = Flask(__name__)\nSORT_FIELDS = {\"id\": User.id, \"name\": User.name, \"created\": User.created_at}\n\n@app.route(\"/users\")\ndef users():\n    order = SORT_FIELDS.get(request.args.get(\"order\", \"id\"), User.id)\n    rows = User.query.order_by(order).all()\n    return {\"users\": [u.name for u in rows]}\n"
 },
 {
  "name": "py_random_game",
  "kind": "safe",
  "lang": "python",
  "cwe": 0,
  "code": "# none\nimport random\n\ndef roll_dice(n=2, sides=6):\n    return [random.randint(1, sides) for _ in range(n)]\n\ndef pick_quote(quotes):\n    return random.choice(quotes)\n"
 },
 {
  "name": "py_rules_safe_eval",
  "kind": "safe",
  "lang": "python",
  "cwe": 95,
  "code": "# CWE-95\nimport operator\nfrom fastapi import FastAPI, Request\napp = FastAPI()\nOPS = {\"lt\": operator.lt, \"gt\": operator.gt, \"eq\": operator.eq}\n\n@app.post(\"/rules/evaluate\")\nasync def evaluate(request: Request):\n    body = await request.json()\n    op = OPS.get(body.get(\"op\"))\n    if op is None:\n        return {\"error\": \"bad op\"}\n    return {\"result\": op(float(body.get(\"amount\", 0)), float(body.get(\"limit\", 0)))}\n"
 },
 {
  "name": "py_tornado_escape",
  "kind": "safe",
  "lang": "python",
  "cwe": 79,
  "code": "# CWE-79\nimport tornado.escape\nimport tornado.web\n\nclass HelloHandler(tornado.web.RequestHandler):\n    def get(self):\n        name = self.get_argument(\"name\", \"world\")\n        self.write(\"<h1>Hello \" + tornado.escape.xhtml_escape(name) + \"</h1>\")\n"
 }
];

describeProbes('round 8 probes (Python, JavaScript/TypeScript)', PROBES);

describe('round 8 engine and rule changes (Python / JavaScript)', () => {
  it('scope guards ignore comments and docstrings', async () => {
    const py = 'from flask import request\n\ndef read():\n    """Callers must realpath() the name first."""\n    # TODO: os.path.realpath + startswith check\n    return open("/data/" + request.args["f"]).read()';
    expect(await ids(py, 'python')).toContain('py.path-traversal');
    const js = "app.get('/go', (req, res) => {\n  // allow-list check to be added\n  res.redirect(req.query.to);\n});";
    expect(await ids(js, 'javascript')).toContain('js.open-redirect');
  });
  it('a regex built from input is one finding', async () => {
    const py = await checkCode('import re\ndef grep(pattern, lines):\n    rx = re.compile(pattern)\n    return [l for l in lines if rx.search(l)]', { language: 'python' });
    expect(py.filter((f) => f.line === 3).map((f) => f.ruleId)).toEqual(['py.regex-from-input']);
    const js = await checkCode("app.get('/f', (req, res) => {\n  const re = new RegExp(req.query.p);\n  res.json(re.test('x'));\n});", { language: 'javascript' });
    expect(js.filter((f) => f.line === 2).map((f) => f.ruleId)).toEqual(['js.regex-from-input']);
  });
  it('secure_filename before save is no unrestricted upload', async () => {
    const code = 'import os\nfrom flask import request\nfrom werkzeug.utils import secure_filename\ndef upload():\n    f = request.files["file"]\n    f.save(os.path.join("/srv/uploads", secure_filename(f.filename)))';
    expect(await ids(code, 'python')).not.toContain('py.unrestricted-upload');
  });
  it('mongo-sanitize under another name, and the express-mongo-sanitize middleware, clean NoSQL input', async () => {
    expect(await ids("const clean = require('mongo-sanitize');\napp.post('/f', async (req, res) => {\n  res.json(await User.find(clean(req.body.filter)));\n});", 'javascript')).not.toContain('js.nosql-injection');
    expect(await ids("import scrub from 'mongo-sanitize';\napp.post('/f', async (req, res) => {\n  res.json(await User.find(scrub(req.body.filter)));\n});", 'typescript')).not.toContain('js.nosql-injection');
    expect(await ids("import mongoSanitize from 'express-mongo-sanitize';\napp.use(mongoSanitize());\napp.post('/f', async (req, res) => {\n  res.json(await User.find(req.body.filter));\n});", 'typescript')).not.toContain('js.nosql-injection');
    expect(await ids("app.post('/f', async (req, res) => {\n  res.json(await User.find(req.body.filter));\n});", 'javascript')).toContain('js.nosql-injection');
  });
  it('a URL with a constant scheme and host is no SSRF (the host cannot change)', async () => {
    expect(await ids('import requests\nAPI = "https://api.github.com"\ndef repo(owner, name):\n    return requests.get(f"{API}/repos/{owner}/{name}").json()', 'python')).not.toContain('py.ssrf');
    expect(await ids('import requests\ndef get(url):\n    return requests.get(url + "/status").json()\ndef f(u):\n    return requests.get(f"{u}/x")', 'python')).toContain('py.ssrf');
    expect(await ids("const API = 'https://api.example.com';\nasync function user(id) {\n  return (await axios.get(API + '/users/' + id)).data;\n}", 'javascript')).not.toContain('js.ssrf');
    expect(await ids("async function get(host, id) {\n  return (await axios.get(`https://${host}/users/${id}`)).data;\n}", 'javascript')).toContain('js.ssrf');
  });
  it('a negated guard of top-level script code reads the file', async () => {
    const code = "const next = new URLSearchParams(location.search).get('next') || '/';\nconst u = new URL(next, location.origin);\nlocation.href = u.origin === location.origin ? u.pathname : '/';";
    expect(await ids(code, 'javascript')).toEqual([]);
  });
  it('templates compiled by escaping engines, hand-written HTML escapes', async () => {
    expect(await ids("const t = Handlebars.compile('<p>{{name}}</p>');\napp.get('/x', (req, res) => res.send(t({ name: req.query.n })));", 'javascript')).not.toContain('js.xss-response');
    expect(await ids("const t = Handlebars.compile('<p>{{{name}}}</p>');\napp.get('/x', (req, res) => res.send(t({ name: req.query.n })));", 'javascript')).toContain('js.xss-response');
    expect(await ids("function show(m) { el.innerHTML = '<b>' + m.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') + '</b>'; }", 'javascript')).toEqual([]);
    expect(await ids("function show(m) { el.innerHTML = '<b>' + m.replace(/</g, '&lt;') + '</b>'; }", 'javascript')).toContain('js.xss-dom');
  });
  it('a CLI script that opens the file named on its command line is no path traversal', async () => {
    expect(await ids('import sys\ndef main():\n    with open(sys.argv[1]) as f:\n        print(f.read())', 'python')).not.toContain('py.path-traversal');
    expect(await ids('import sys\ndef main():\n    with open("/srv/data/" + sys.argv[1]) as f:\n        print(f.read())', 'python')).toContain('py.path-traversal');
  });
});
