// Python / JavaScript rules of round 7a: lxml's safe defaults (>= 5.0), cookies that carry a
// credential, unterminated bidi controls (Trojan Source), timing-unsafe secret comparisons and
// request-controlled loop bounds.
import { describe, expect, it } from 'vitest';
import { checkCode } from '../lib/code/index.js';
import { ruleIds as ids } from './code-probes.js';

const cwes = async (code: string, language: string) => (await checkCode(code, { language })).map((f) => f.cwe);

describe('XXE in Python: lxml >= 5 does not resolve external entities by default', () => {
  it('default lxml parsing of untrusted data is not an XXE', async () => {
    const code = 'from lxml import etree\nfrom flask import request\n@app.post("/x")\ndef x():\n    doc = etree.fromstring(request.data)\n    return doc.tag';
    expect(await cwes(code, 'python')).not.toContain('CWE-611');
    expect(await cwes('from lxml import etree\ndef f(p):\n    return etree.parse(p, etree.XMLParser())', 'python')).not.toContain('CWE-611');
  });
  it('a parser that loads external DTDs or resolves entities is', async () => {
    expect(await ids('from lxml import etree\ndef f(d):\n    return etree.fromstring(d, etree.XMLParser(load_dtd=True))', 'python')).toContain('py.xxe');
    expect(await ids('from lxml import etree\ndef f(d):\n    return etree.fromstring(d, etree.XMLParser(no_network=False, dtd_validation=True))', 'python')).toContain('py.xxe');
    expect(await ids('from lxml import etree\ndef f(d):\n    return etree.fromstring(d, etree.XMLParser(resolve_entities=True))', 'python')).toContain('py.xxe-entities-enabled');
    // explicitly safe options
    expect(await cwes('from lxml import etree\np = etree.XMLParser(load_dtd=True, resolve_entities=False)', 'python')).not.toContain('CWE-611');
    expect(await cwes('from lxml import etree\np = etree.XMLParser(no_network=True, load_dtd=False)', 'python')).not.toContain('CWE-611');
  });
});

describe('cookies: a missing Secure flag matters for credentials', () => {
  it('Python: session/auth cookies without secure=True are reported, preference cookies are not', async () => {
    expect(await ids('def f(resp, sid):\n    resp.set_cookie("sessionid", sid)', 'python')).toContain('py.cookie-without-secure');
    expect(await ids('def f(resp, user):\n    token = issue(user)\n    resp.set_cookie("x", token, httponly=True)', 'python')).toContain('py.cookie-without-secure');
    expect(await ids('SESSION_NAME = "sid"\ndef f(resp, v):\n    resp.set_cookie(SESSION_NAME, v)', 'python')).toContain('py.cookie-without-secure');
    expect(await ids('def f(resp, lang):\n    resp.set_cookie("lang", lang)', 'python')).not.toContain('py.cookie-without-secure');
    expect(await ids('def f(resp, sid):\n    resp.set_cookie("session", sid, **COOKIE_OPTS)', 'python')).not.toContain('py.cookie-without-secure');
  });
  it('Python: flags turned off explicitly are reported for any cookie', async () => {
    expect(await ids('def f(resp, lang):\n    resp.set_cookie("lang", lang, secure=False)', 'python')).toContain('py.cookie-without-secure');
    expect(await ids('def f(resp, lang):\n    resp.set_cookie("lang", lang, secure=True, httponly=False)', 'python')).toContain('py.cookie-without-secure');
    expect(await ids('app.config.update(SESSION_COOKIE_HTTPONLY=False)', 'python')).toContain('py.cookie-without-secure');
  });
  it('JavaScript: the same split', async () => {
    expect(await ids("res.cookie('sid', id);", 'javascript')).toContain('js.cookie-flags');
    expect(await ids("res.cookie('x', authToken, { httpOnly: true });", 'javascript')).toContain('js.cookie-flags');
    expect(await ids("res.cookie('lang', 'en', { maxAge: 1000 });", 'javascript')).not.toContain('js.cookie-flags');
    expect(await ids("res.cookie('lang', 'en', { secure: false });", 'javascript')).toContain('js.cookie-flags');
    expect(await ids("app.use(cookieSession({ name: 's', keys, httpOnly: false }));", 'javascript')).toContain('js.cookie-flags');
    // an options object defined elsewhere is not guessed at; an SMTP "secure: false" is no cookie
    expect(await ids("res.cookie('sid', id, opts);", 'javascript')).not.toContain('js.cookie-flags');
    expect(await ids("const t = nodemailer.createTransport({ port: 587, secure: false });", 'javascript')).not.toContain('js.cookie-flags');
  });
});

describe('bidi control characters (Trojan Source)', () => {
  const RLO = '\u202e';
  const LRI = '\u2066';
  const PDI = '\u2069';
  it('an override or isolate left open in a comment or a string is reported', async () => {
    expect(await ids(`x = 1  # ${RLO} } ${LRI}if admin${PDI} ${LRI}\n`, 'python')).toContain('py.bidi-control-characters');
    expect(await ids(`if (level != "user${RLO} ${LRI}// admin${PDI} ${LRI}") { go(); }`, 'javascript')).toContain('js.bidi-control-characters');
    expect(await ids(`/* ${RLO} */ const a = 1;`, 'typescript')).toContain('js.bidi-control-characters');
  });
  it('a closed isolate, an escape sequence and plain code are not', async () => {
    expect(await ids(`const s = "${LRI}abc${PDI} def";`, 'javascript')).not.toContain('js.bidi-control-characters');
    expect(await ids('const s = "\\u202e";', 'javascript')).not.toContain('js.bidi-control-characters');
    expect(await ids('s = "\\u202e"  # escaped, visible in the source', 'python')).not.toContain('py.bidi-control-characters');
  });
});

describe('timing-unsafe comparison of secrets (JavaScript)', () => {
  it('an HMAC, an API key or a hard-coded password compared with === is reported', async () => {
    const hmac = "function verify(req) {\n  const sig = req.headers['x-sig'];\n  const mac = crypto.createHmac('sha256', KEY).update(req.rawBody).digest('hex');\n  return mac === sig;\n}";
    expect(await ids(hmac, 'javascript')).toContain('js.timing-unsafe-compare');
    expect(await ids("if ('hunter2' === password) { ok(); }", 'javascript')).toContain('js.timing-unsafe-compare');
  });
  it('type tags, URL fragments, content hashes and lexer tokens are not', async () => {
    expect(await ids("if (input.type === 'password') { mask(); }", 'javascript')).not.toContain('js.timing-unsafe-compare');
    expect(await ids("if (location.hash === '#secret') { open(); }", 'javascript')).not.toContain('js.timing-unsafe-compare');
    expect(await ids("function f(buf, want) {\n  const got = crypto.createHash('sha256').update(buf).digest('hex');\n  return got === want;\n}", 'javascript')).not.toContain('js.timing-unsafe-compare');
    expect(await ids("function f(token) { return token === ';'; }", 'javascript')).not.toContain('js.timing-unsafe-compare');
  });
});

describe('loop bound from request data (JavaScript)', () => {
  it('a body/query value used as a for-loop bound is reported unless checked to be an array', async () => {
    const bad = "app.post('/a', (req, res) => {\n  const xs = req.body.items;\n  for (let i = 0; i < xs.length; i++) use(xs[i]);\n  res.end();\n});";
    expect(await ids(bad, 'javascript')).toContain('js.loop-bound-from-input');
    expect(await ids(bad.replace('  for', '  if (!Array.isArray(xs)) return res.status(400).end();\n  for'), 'javascript')).not.toContain('js.loop-bound-from-input');
    // a route parameter is a string: its length is bounded by the URL
    expect(await ids("app.get('/a/:n', (req, res) => {\n  const n = req.params.n;\n  for (let i = 0; i < n.length; i++) use(n[i]);\n});", 'javascript')).not.toContain('js.loop-bound-from-input');
  });
});

describe('command injection (JavaScript): RegExp.exec is no shell', () => {
  it('a regex object named or built as one is not a child_process exec', async () => {
    const code = "const cp = require('child_process');\nfunction f(out, fn) {\n  const outRe = new RegExp('v(\\\\d+)');\n  const reg = fn;\n  return [outRe.exec(out), reg.exec(out)];\n}";
    expect(await ids(code, 'javascript')).not.toContain('js.command-injection');
    expect(await ids("const cp = require('child_process');\nfunction f(dir) {\n  return cp.exec('ls ' + dir);\n}", 'javascript')).toContain('js.command-injection');
  });
  it('a bare execSync of request data is reported without a visible child_process import', async () => {
    expect(await ids("app.get('/p', (req, res) => {\n  res.send(execSync('ping -c 1 ' + req.query.host).toString());\n});", 'javascript')).toContain('js.command-injection');
    expect(await ids("app.get('/p', (req, res) => {\n  res.send(db.execSync(req.query.sql));\n});", 'javascript')).not.toContain('js.command-injection');
  });
});

describe('ambiguous method names need a database / HTTP client (JavaScript)', () => {
  it('Map.get, Promise.all and RegExp.exec are no SQL sinks; a db handle or SQL text is', async () => {
    expect(await ids('function f(cache, user, id) {\n  return cache.get(`${user}:${id}`);\n}', 'javascript')).not.toContain('js.sql-injection');
    expect(await ids('function f(items, g) {\n  return Promise.all(items.map((x) => g(x + 1)));\n}', 'javascript')).not.toContain('js.sql-injection');
    expect(await ids("function f(db, id) {\n  return db.get('SELECT * FROM t WHERE id = ' + id);\n}", 'javascript')).toContain('js.sql-injection');
    expect(await ids("function f(h, id) {\n  const q = `SELECT * FROM t WHERE id = ${id}`;\n  return h.all(q);\n}", 'javascript')).toContain('js.sql-injection');
  });
  it('a Map lookup is no SSRF; an HTTP client call is', async () => {
    expect(await ids("app.get('/x', (req, res) => {\n  res.json({ ok: !!sessions.get(req.query.id) });\n});", 'javascript')).not.toContain('js.ssrf');
    expect(await ids("app.get('/x', async (req, res) => {\n  res.send((await httpClient.get(req.query.url)).data);\n});", 'javascript')).toContain('js.ssrf');
  });
  it('setTimeout with a callback is no eval; with a built string it is', async () => {
    expect(await ids('function later(cb, ms) {\n  return setTimeout(cb, ms);\n}', 'javascript')).not.toContain('js.code-injection');
    expect(await ids("function later(name) {\n  return setTimeout('run(' + name + ')', 10);\n}", 'javascript')).toContain('js.code-injection');
  });
});

describe('server-generated values (JavaScript taint)', () => {
  it("csurf's req.csrfToken() is no request data", async () => {
    const code = "app.get('/form', csrfProtection, (req, res) => {\n  const t = req.csrfToken();\n  res.set('X-CSRF-Token', t);\n  res.end();\n});";
    expect(await ids(code, 'javascript')).not.toContain('js.header-injection');
    expect(await ids(code.replace('req.csrfToken()', 'req.query.t'), 'javascript')).toContain('js.header-injection');
  });
});
