// The code-security analyzer: every rule's own examples, taint (parameterized vs concatenated
// queries, escaped vs raw HTML, patched vs vulnerable function), comments and string literals,
// parsing of every language, fragments, and bad input.
import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCode, analyzeCode, validateCodeRules, loadCodeRules, codeHints, extractCodeBlocks, checkCodeBlocks, KalaError } from '../lib/code/index.js';
import { ruleIds as ids } from './code-probes.js';
import { RULES_DIR, withCaptures } from '../lib/code/rules.js';

// every rule, the opt-in low-confidence (audit) ones included
const allIds = async (code: string, language: string) => (await checkCode(code, { language, minConfidence: 'low' })).map((f) => f.ruleId);

describe('code rules (code-rules/*.json)', () => {
  const { rules } = loadCodeRules();

  it('every rule has CWE, OWASP 2021, NIST, severity, confidence, explanation, fix and examples; every query compiles', async () => {
    expect(rules.length).toBeGreaterThanOrEqual(60);
    for (const r of rules) {
      expect(r.cwe).toMatch(/^CWE-\d+$/);
      expect(r.owasp).toMatch(/^A(0[1-9]|10):2021-/);
      expect(r.nist).toMatch(/SSDF|SP 800-53/);
    }
    expect(await validateCodeRules()).toEqual([]);
  });

  it('a rule file with a sanitizer that is not a regex is RULES_INVALID at load; (?i) sanitizers work', async () => {
    const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'kala-rules-'));
    try {
      const rule = { ...rules.find((r) => r.id === 'py.sql-injection')!, file: undefined };
      await fsp.copyFile(path.join(RULES_DIR, 'taint.json'), path.join(dir, 'taint.json'));
      await fsp.writeFile(path.join(dir, 'python.json'), JSON.stringify({ rules: [{ ...rule, sanitizers: ['(unclosed'] }] }));
      expect(() => loadCodeRules(dir)).toThrow(expect.objectContaining({ code: 'RULES_INVALID', message: expect.stringContaining('bad sanitizer regex') }));
      // a case-insensitive sanitizer: quote_SQL(name) makes the value safe
      await fsp.writeFile(path.join(dir, 'python.json'), JSON.stringify({ rules: [{ ...rule, sanitizers: ['(?i)^quote_sql$'] }] }));
      const code = 'def f(cur, name):\n    cur.execute("SELECT * FROM t WHERE n = \'" + quote_SQL(name) + "\'")';
      expect((await checkCode(code, { language: 'python', rulesDir: dir })).map((f) => f.ruleId)).not.toContain('py.sql-injection');
      expect((await checkCode(code.replace('quote_SQL', 'upper'), { language: 'python', rulesDir: dir })).map((f) => f.ruleId)).toContain('py.sql-injection');
    } finally {
      await fsp.rm(dir, { recursive: true, force: true });
    }
  });

  it('a {{phrase:NAME}} in a rule regex is the phrase from phrases.json; an unknown phrase is RULES_INVALID at load', async () => {
    const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'kala-rules-'));
    try {
      const rule = { ...rules.find((r) => r.id === 'py.sql-injection')!, file: undefined };
      await fsp.copyFile(path.join(RULES_DIR, 'taint.json'), path.join(dir, 'taint.json'));
      await fsp.writeFile(path.join(dir, 'phrases.json'), JSON.stringify({ phrases: { cleaner: '^quote_sql$' } }));
      await fsp.writeFile(path.join(dir, 'python.json'), JSON.stringify({ rules: [{ ...rule, sanitizers: ['(?i){{phrase:cleaner}}'] }] }));
      const code = 'def f(cur, name):\n    cur.execute("SELECT * FROM t WHERE n = \'" + quote_SQL(name) + "\'")';
      expect((await checkCode(code, { language: 'python', rulesDir: dir })).map((f) => f.ruleId)).not.toContain('py.sql-injection');
      expect((await checkCode(code.replace('quote_SQL', 'upper'), { language: 'python', rulesDir: dir })).map((f) => f.ruleId)).toContain('py.sql-injection');
      await fsp.writeFile(path.join(dir, 'python.json'), JSON.stringify({ rules: [{ ...rule, sanitizers: ['{{phrase:nowhere}}'] }] }));
      expect(() => loadCodeRules(dir)).toThrow(expect.objectContaining({ code: 'RULES_INVALID', message: expect.stringContaining('unknown phrase {{phrase:nowhere}}') }));
    } finally {
      await fsp.rm(dir, { recursive: true, force: true });
    }
  });

  it('covers the required weakness classes', () => {
    const cwes = new Set(rules.map((r) => r.cwe));
    for (const c of ['CWE-89', 'CWE-943', 'CWE-78', 'CWE-95', 'CWE-79', 'CWE-22', 'CWE-918', 'CWE-611', 'CWE-502', 'CWE-328', 'CWE-327', 'CWE-338', 'CWE-798', 'CWE-295', 'CWE-862', 'CWE-614', 'CWE-601', 'CWE-120', 'CWE-134', 'CWE-190'])
      expect(cwes, c).toContain(c);
  });

  for (const r of rules)
    it(`${r.id}: flags its vulnerable examples and not its safe ones`, async () => {
      for (const lang of r.languages) {
        for (const ex of r.examples.vulnerable) expect(await allIds(ex, lang), `${lang} vulnerable:\n${ex}`).toContain(r.id);
        for (const ex of r.examples.safe) expect(await allIds(ex, lang), `${lang} safe:\n${ex}`).not.toContain(r.id);
      }
    });
});

describe('confidence threshold', () => {
  it('low-confidence (audit) rules are opt-in: minConfidence defaults to medium', async () => {
    const route = '@app.route("/admin/delete_user", methods=["POST"])\ndef delete_user():\n    db.delete(request.form["id"])\n    return "ok"';
    expect(await ids(route, 'python')).not.toContain('py.missing-authorization');
    expect(await allIds(route, 'python')).toContain('py.missing-authorization');
    expect(await ids('import os\nos.system(input())', 'python')).toContain('py.command-injection');
    expect(await ids('import os\nos.system(input())', 'python')).toEqual(await (async () => (await checkCode('import os\nos.system(input())', { language: 'python', minConfidence: 'medium' })).map((f) => f.ruleId))());
    expect((await checkCode('import os\nos.system(input())', { language: 'python', minConfidence: 'high' })).map((f) => f.ruleId)).toContain('py.command-injection');
    await expect(checkCode('x', { language: 'python', minConfidence: 'sure' as never })).rejects.toThrow(/minConfidence/);
  });
});

describe('taint tracking', () => {
  it('a parameterized query is not flagged, a concatenated one is (Python, JS, Java, PHP)', async () => {
    expect(await ids('def f(c, n):\n    c.execute("SELECT * FROM t WHERE n = ?", (n,))', 'python')).not.toContain('py.sql-injection');
    expect(await ids('def f(c, n):\n    q = "SELECT * FROM t WHERE n = \'" + n + "\'"\n    c.execute(q)', 'python')).toContain('py.sql-injection');
    expect(await ids('function f(db, n) { db.query("SELECT * FROM t WHERE n = ?", [n]); }', 'js')).not.toContain('js.sql-injection');
    expect(await ids('function f(db, n) { const q = `SELECT * FROM t WHERE n = ${n}`; db.query(q); }', 'js')).toContain('js.sql-injection');
    expect(await ids('void f(Connection c, String n) throws Exception { c.createStatement().executeQuery("SELECT * FROM t WHERE n = \'" + n + "\'"); }', 'java')).toContain('java.sql-injection');
    expect(await ids('void f(Connection c, String n) throws Exception { PreparedStatement p = c.prepareStatement("SELECT * FROM t WHERE n = ?"); p.setString(1, n); }', 'java')).not.toContain('java.sql-injection');
    expect(await ids('<?php\n$n = $_GET["n"];\nmysql_query("SELECT * FROM t WHERE n = \'" . $n . "\'");', 'php')).toContain('php.sql-injection');
    expect(await ids('<?php\n$n = (int) $_GET["n"];\nmysql_query("SELECT * FROM t WHERE n = " . $n);', 'php')).not.toContain('php.sql-injection');
  });

  it('escaped HTML is not flagged, raw request data is', async () => {
    const raw = 'from flask import request\n@app.route("/a")\ndef a():\n    n = request.args.get("n")\n    return "<p>" + n + "</p>"';
    const esc = 'from flask import request\nimport html\n@app.route("/a")\ndef a():\n    n = html.escape(request.args.get("n"))\n    return "<p>" + n + "</p>"';
    expect(await ids(raw, 'python')).toContain('py.xss-response');
    expect(await ids(esc, 'python')).not.toContain('py.xss-response');
    expect(await ids('<?php\necho "<p>" . $_GET["n"] . "</p>";', 'php')).toContain('php.xss');
    expect(await ids('<?php\necho "<p>" . htmlspecialchars($_GET["n"]) . "</p>";', 'php')).not.toContain('php.xss');
  });

  it('tells a vulnerable function from its patched version (flow: the last overwrite wins)', async () => {
    const bad = 'void bad() throws Exception {\n  String data;\n  data = System.getenv("ADD");\n  Runtime.getRuntime().exec("/bin/ls " + data);\n}';
    const good = 'void good() throws Exception {\n  String data;\n  data = System.getenv("ADD");\n  data = "foo";\n  Runtime.getRuntime().exec("/bin/ls " + data);\n}';
    expect(await ids(bad, 'java')).toContain('java.command-injection');
    expect(await ids(good, 'java')).not.toContain('java.command-injection');
    // a definition inside a branch does not hide the earlier tainted one
    const branch = 'import os, sys\ndef f(flag):\n    cmd = sys.argv[1]\n    if flag:\n        cmd = "ls"\n    os.system(cmd)';
    expect(await ids(branch, 'python')).toContain('py.command-injection');
    // C: data read by recv() into the buffer reaches system()
    const c = 'void f(int s) {\n  char data[100] = "";\n  recv(s, data, 99, 0);\n  system(data);\n}';
    const cgood = 'void f(int s) {\n  char data[100] = "";\n  strcpy(data, "ls");\n  system(data);\n}';
    expect(await ids(c, 'c')).toContain('c.command-injection');
    expect(await ids(cgood, 'c')).not.toContain('c.command-injection');
  });

  it('a sink inside a comment or a string literal is never flagged', async () => {
    expect(await checkCode('# os.system("rm -rf " + user)\nx = "eval(input())"\n"""\npickle.loads(data)\n"""', { language: 'python' })).toEqual([]);
    expect(await checkCode('// eval(req.query.x)\n/* el.innerHTML = location.hash */\nconst s = "exec(\'ls \' + x)";', { language: 'javascript' })).toEqual([]);
    expect(await checkCode('// Runtime.getRuntime().exec(cmd + x);\nString s = "MessageDigest.getInstance(\\"MD5\\")";', { language: 'java' })).toEqual([]);
    expect(await checkCode('/* strcpy(buf, argv[1]); */\nconst char *s = "gets(b)";', { language: 'c' })).toEqual([]);
    expect(await checkCode('<?php\n// system($_GET["c"]);\n$s = "eval($x)";', { language: 'php' })).toEqual([]);
  });
});

describe('languages and inputs', () => {
  it('parses every language (and C++ / TypeScript use the C / JavaScript rules)', async () => {
    const cases: [string, string, string][] = [
      ['python', 'import os\nos.system(input())', 'py.command-injection'],
      ['javascript', 'eval(process.argv[2]);', 'js.code-injection'],
      ['typescript', 'const x: string = process.argv[2];\neval(x);', 'js.code-injection'],
      ['tsx', 'const A = () => <div dangerouslySetInnerHTML={{ __html: location.hash }} />;', 'js.xss-dom'],
      ['java', 'class A { void f() { MessageDigest.getInstance("MD5"); } }', 'java.weak-hash'],
      ['c', 'int main(int argc, char **argv) { char b[8]; strcpy(b, argv[1]); }', 'c.banned-copy'],
      ['cpp', '#include <cstring>\nint main(int argc, char **argv) { char b[8]; std::strcpy(b, argv[1]); strcpy(b, argv[1]); }', 'c.banned-copy'],
      ['php', '<?php system($_GET["c"]);', 'php.command-injection'],
    ];
    for (const [lang, code, rule] of cases) {
      const r = await analyzeCode(code, { language: lang });
      expect(r.findings.map((f) => f.ruleId), lang).toContain(rule);
    }
  });

  it('analyses fragments that do not parse fully; a PHP fragment without <?php too', async () => {
    const r = await analyzeCode('def broken(:\n    pass\nimport os\nos.system(input())\n', { language: 'python' });
    expect(r.partial).toBe(true);
    expect(r.findings.map((f) => f.ruleId)).toContain('py.command-injection');
    const p = await analyzeCode('system($_GET["c"]);', { language: 'php' });
    expect(p.findings[0]).toMatchObject({ ruleId: 'php.command-injection', line: 1, column: 1 });
  });

  it('findings carry the documented fields', async () => {
    const [f] = await checkCode('import hashlib\nh = hashlib.md5(b"x")', { language: 'py' });
    expect(f).toMatchObject({ ruleId: 'py.weak-hash', cwe: 'CWE-328', owasp: 'A02:2021-Cryptographic Failures', severity: 'medium', confidence: 'high', line: 2, column: 5, endLine: 2 });
    expect(f!.nist).toMatch(/SC-13/);
    expect(f!.message.length).toBeGreaterThan(10);
    expect(f!.fix).toMatch(/sha256/);
  });

  it('bad input gives KalaError INVALID_ARGUMENT with what to do; garbage, huge and binary input never crash', async () => {
    const code = async (p: Promise<unknown>) => p.then(() => 'ok', (e: unknown) => (e instanceof KalaError ? e.code : String(e)));
    expect(await code(checkCode(42 as unknown as string, { language: 'python' }))).toBe('INVALID_ARGUMENT');
    expect(await code(checkCode('x', { language: 'cobol' }))).toBe('INVALID_ARGUMENT');
    expect(await code(checkCode('x', undefined as unknown as { language: string }))).toBe('INVALID_ARGUMENT');
    expect(await code(checkCode('\u0000\u0001\u0002ELF', { language: 'c' }))).toBe('INVALID_ARGUMENT');
    expect(await code(checkCode('x'.repeat(100), { language: 'c', maxLength: 10 }))).toBe('INVALID_ARGUMENT');
    await checkCode('x', { language: 'cobol' }).catch((e: Error) => expect(e.message).toMatch(/use one of/));
    // garbage and deep nesting: analysed without throwing
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const garbage = Array.from({ length: 20000 }, () => String.fromCharCode(32 + Math.floor(rnd() * 94))).join('');
    for (const lang of ['python', 'javascript', 'java', 'c', 'php']) expect(Array.isArray(await checkCode(garbage, { language: lang }))).toBe(true);
    expect(Array.isArray(await checkCode('('.repeat(5000) + 'x' + ')'.repeat(5000), { language: 'python' }))).toBe(true);
    expect(Array.isArray(await checkCode('a = b + '.repeat(1) + 'c + '.repeat(20000) + 'd\nos.system(a)', { language: 'python' }))).toBe(true);
  });
});

describe('codeHints and fenced blocks', () => {
  it('names the CWE classes a task touches', () => {
    const h = codeHints('Write a Flask endpoint that looks up a user in the SQLite database by the username from the query string', { language: 'python' });
    expect(h.map((x) => x.cwe)).toContain('CWE-89');
    expect(h[0]!.guidance.length).toBeGreaterThan(10);
    expect(codeHints('Hash the password before storing it').map((x) => x.cwe)).toEqual(expect.arrayContaining(['CWE-916']));
    expect(() => codeHints(1 as unknown as string)).toThrow(KalaError);
  });

  it('scores a hint whose cues are facets of one signal only when all are present, and once', () => {
    // CWE-532 needs both a log line and a secret: either alone is no sign of it
    const cwes = (t: string) => codeHints(t, { max: 50 }).map((x) => x.cwe);
    expect(cwes('Log the failed login attempts with the password the user typed')).toContain('CWE-532');
    expect(cwes('Write a function that logs each request path and its latency')).not.toContain('CWE-532');
    expect(cwes('Check that the new password matches the confirmation field')).not.toContain('CWE-532');
    const both = codeHints('Print the API key and the password to the debug log', { max: 50 }).find((x) => x.cwe === 'CWE-532');
    expect(both?.score).toBe(1);
  });

  it('checks the fenced code blocks of a reply, with reply line numbers', async () => {
    const reply = 'Here you go:\n\n```python\ndef f(cur, name):\n    cur.execute("SELECT * FROM u WHERE n = \'" + name + "\'")\n```\n';
    expect(extractCodeBlocks(reply)).toHaveLength(1);
    const f = await checkCodeBlocks(reply);
    expect(f[0]).toMatchObject({ ruleId: 'py.sql-injection', line: 5 });
  });
});

describe('taint: constant conditions, dead branches and keyed maps', () => {
  const cmd = (lang: string) => (lang === 'python' ? 'py.command-injection' : lang === 'java' ? 'java.command-injection' : lang === 'php' ? 'php.command-injection' : 'js.command-injection');
  const flagged = async (code: string, lang: string) => (await ids(code, lang)).includes(cmd(lang));
  const py = (cond: string, alt = 'param') => `from flask import request\nimport os\ndef f():\n    param = request.args.get("x")\n    num = 86\n    if ${cond}:\n        bar = "safe"\n    else:\n        bar = ${alt}\n    os.system(bar)\n`;

  it('folds arithmetic, comparisons and constant variables in if/else (Python)', async () => {
    expect(await flagged(py('(7 * 42) - num > 200'), 'python')).toBe(false); // 208 > 200: the else arm is dead
    expect(await flagged(py('(7 * 42) - num < 200'), 'python')).toBe(true);
    expect(await flagged(py('num > 200 or 1 == 1'), 'python')).toBe(false);
    expect(await flagged(py('not (num > 200)'), 'python')).toBe(false);
    expect(await flagged(py('len(param) > 3'), 'python')).toBe(true); // not constant: both arms reach
    expect(await flagged(py('"a" in "abc"'), 'python')).toBe(false);
    // a variable changed in a loop is not a constant
    const loop = 'from flask import request\nimport os\ndef f():\n    param = request.args.get("x")\n    n = 0\n    for i in range(3):\n        if n > 1:\n            bar = param\n        else:\n            bar = "x"\n        n = n + 1\n    os.system(bar)\n';
    expect(await flagged(loop, 'python')).toBe(true);
  });

  it('an elif chain: the arm after a true condition is dead, a certainly-taken arm kills earlier values', async () => {
    const code = 'from flask import request\nimport os\ndef f():\n    bar = request.args.get("x")\n    k = 3\n    if k == 1:\n        bar = bar + "a"\n    elif k == 3:\n        bar = "fixed"\n    else:\n        bar = bar + "b"\n    os.system(bar)\n';
    expect(await flagged(code, 'python')).toBe(false);
    expect(await flagged(code.replace('k = 3', 'k = 1'), 'python')).toBe(true);
  });

  it('ternaries on a constant condition take their live arm only (Java, Python, JavaScript)', async () => {
    const java = (cmp: string) => `class A { void f(javax.servlet.http.HttpServletRequest request) throws Exception {\n String param = request.getParameter("x");\n int num = 106;\n String bar = (7 * 18) + num ${cmp} 200 ? "safe" : param;\n Runtime.getRuntime().exec(bar);\n} }`;
    expect(await flagged(java('>'), 'java')).toBe(false); // 232 > 200
    expect(await flagged(java('<'), 'java')).toBe(true);
    const pyT = (cmp: string) => `from flask import request\nimport os\ndef f():\n    param = request.args.get("x")\n    bar = "safe" if 7 * 18 ${cmp} 106 else param\n    os.system(bar)\n`;
    expect(await flagged(pyT('>'), 'python')).toBe(false);
    expect(await flagged(pyT('<'), 'python')).toBe(true);
  });

  it('a switch on a constant runs the matching case and its fall-through only (Java, C-style JavaScript, PHP)', async () => {
    const java = (i: number) => `class A { void f(javax.servlet.http.HttpServletRequest request) throws Exception {\n String param = request.getParameter("x");\n String bar;\n String guess = "ABC";\n char t = guess.charAt(${i});\n switch (t) {\n  case 'A': bar = param; break;\n  case 'B': bar = "bob"; break;\n  case 'C': case 'D': bar = param; break;\n  default: bar = "bob"; break;\n }\n Runtime.getRuntime().exec(bar);\n} }`;
    expect(await flagged(java(1), 'java')).toBe(false);
    expect(await flagged(java(0), 'java')).toBe(true);
    expect(await flagged(java(2), 'java')).toBe(true);
    const fall = `class A { void f(javax.servlet.http.HttpServletRequest request) throws Exception {\n String param = request.getParameter("x");\n String bar = "a";\n int t = 1;\n switch (t) {\n  case 1: bar = "b";\n  case 2: bar = param; break;\n  default: bar = "c";\n }\n Runtime.getRuntime().exec(bar);\n} }`;
    expect(await flagged(fall, 'java')).toBe(true); // case 1 falls through to case 2
    const php = (v: number) => `<?php\n$t = ${v};\nswitch ($t) {\n  case 1: $c = $_GET["c"]; break;\n  default: $c = "ls"; break;\n}\nsystem($c);\n`;
    expect(await flagged(php(2), 'php')).toBe(false);
    expect(await flagged(php(1), 'php')).toBe(true);
  });

  it('a sink in a dead branch is not reported', async () => {
    const code = 'from flask import request\nimport os\ndef f():\n    if 2 + 2 == 5:\n        os.system(request.args.get("x"))\n';
    expect(await flagged(code, 'python')).toBe(false);
    expect(await flagged(code.replace('2 + 2 == 5', '2 + 2 == 4'), 'python')).toBe(true);
  });

  it('maps with constant keys: a read sees what was stored under its key (Python dict, Java Map)', async () => {
    const pyMap = (k: string) => `from flask import request\nimport os\ndef f():\n    param = request.args.get("x")\n    m = {}\n    m["keyA"] = "safe"\n    m["keyB"] = param\n    os.system(m["${k}"])\n    os.system(m.get("${k}"))\n`;
    expect(await flagged(pyMap('keyA'), 'python')).toBe(false);
    expect(await flagged(pyMap('keyB'), 'python')).toBe(true);
    const whole = 'from flask import request\nimport os\ndef f():\n    m = {}\n    m["a"] = request.args.get("x")\n    os.system(str(m))\n';
    expect(await flagged(whole, 'python')).toBe(true);
    const javaMap = (k: string) => `class A { void f(javax.servlet.http.HttpServletRequest request) throws Exception {\n String param = request.getParameter("x");\n java.util.HashMap<String,Object> map = new java.util.HashMap<String,Object>();\n map.put("keyA", "a-Value");\n map.put("keyB", param);\n String bar = (String) map.get("${k}");\n Runtime.getRuntime().exec(bar);\n} }`;
    expect(await flagged(javaMap('keyA'), 'java')).toBe(false);
    expect(await flagged(javaMap('keyB'), 'java')).toBe(true);
  });

  it('lists with constant positions: a read sees the element at its position after append / pop / remove (Python, Java, PHP)', async () => {
    const pyList = (i: number) => `from flask import request\nimport os\ndef f():\n    param = request.args.get("x")\n    values = []\n    values.append("safe")\n    values.append(param)\n    values.append("moresafe")\n    values.pop(0)\n    bar = values[${i}]\n    os.system(bar)\n`;
    expect(await flagged(pyList(1), 'python')).toBe(false);
    expect(await flagged(pyList(0), 'python')).toBe(true);
    expect(await flagged(pyList(-2), 'python')).toBe(true);
    // a change in a branch that may not run: the position is not known, the whole list counts
    expect(await flagged(pyList(1).replace('    values.pop(0)', '    if len(param) > 2:\n        values.pop(0)'), 'python')).toBe(true);
    const javaList = (i: number) => `class A { void f(javax.servlet.http.HttpServletRequest request) throws Exception {\n String param = request.getParameter("x");\n java.util.List<String> l = new java.util.ArrayList<String>();\n l.add("safe");\n l.add(param);\n l.add("moresafe");\n l.remove(0);\n String bar = l.get(${i});\n Runtime.getRuntime().exec(bar);\n} }`;
    expect(await flagged(javaList(1), 'java')).toBe(false);
    expect(await flagged(javaList(0), 'java')).toBe(true);
    const php = (i: number) => `<?php\n$a = array("x", $_GET["q"]);\n$a[] = "z";\narray_shift($a);\nsystem("ls " . $a[${i}]);\n`;
    expect(await flagged(php(1), 'php')).toBe(false);
    expect(await flagged(php(0), 'php')).toBe(true);
  });

  it('two-level keys (configparser set/get with section and option)', async () => {
    const conf = (k: string) => `from flask import request\nimport configparser, os\ndef f():\n    param = request.args.get("x")\n    conf = configparser.ConfigParser()\n    conf.add_section("s")\n    conf.set("s", "keyA", "a_Value")\n    conf.set("s", "keyB", param)\n    os.system(conf.get("s", "${k}"))\n`;
    expect(await flagged(conf('keyA'), 'python')).toBe(false);
    expect(await flagged(conf('keyB'), 'python')).toBe(true);
  });

  it('an early exit after a failed check validates what follows (Python, JavaScript, Java, PHP)', async () => {
    const py = (leave: string) => `from flask import request, abort\nimport os, re\ndef f():\n    x = request.args.get("x")\n    if not re.fullmatch(r"[a-z]+", x):\n        ${leave}\n    os.system("ls " + x)\n`;
    expect(await flagged(py('abort(400)'), 'python')).toBe(false);
    expect(await flagged(py('return "bad"'), 'python')).toBe(false);
    expect(await flagged(py('print("bad")'), 'python')).toBe(true);
    const js = (leave: string) => `const cp = require("child_process");\napp.get("/", (req, res) => { const x = req.query.x; if (!/^\\w+$/.test(x)) ${leave}; cp.exec("ls " + x); });`;
    expect(await flagged(js('return res.status(400).end()'), 'javascript')).toBe(false);
    expect(await flagged(js('console.log(x)'), 'javascript')).toBe(true);
    const java = `class A { void f(javax.servlet.http.HttpServletRequest request) throws Exception { String x = request.getParameter("x"); if (!x.matches("[a-z]+")) return; Runtime.getRuntime().exec("ls " + x); } }`;
    expect(await flagged(java, 'java')).toBe(false);
    const php = (leave: string) => `<?php\n$x = $_GET["q"];\nif (!preg_match('/^[0-9]+$/', $x)) { ${leave} }\nsystem("ls " . $x);\n`;
    expect(await flagged(php('die("bad");'), 'php')).toBe(false);
    expect(await flagged(php('echo "bad";'), 'php')).toBe(true);
  });

  it('a replace that keeps only an allow-list of characters cleans; HTML escaping does not clean an LDAP filter', async () => {
    expect(await flagged(`<?php\n$x = preg_replace('/[^a-zA-Z0-9_]/', '', $_GET["q"]);\nsystem("ls " . $x);\n`, 'php')).toBe(false);
    expect(await flagged(`<?php\n$x = preg_replace('/;/', '', $_GET["q"]);\nsystem("ls " . $x);\n`, 'php')).toBe(true);
    expect(await flagged('from flask import request\nimport os, re\ndef f():\n    x = re.sub(r"\\W", "", request.args.get("x"))\n    os.system("ls " + x)\n', 'python')).toBe(false);
    const ldap = (f: string) => `<?php\n$u = ${f}($_GET["u"]);\n$r = ldap_search($ds, "dc=ex", "(uid=" . $u . ")");\n`;
    expect(await ids(ldap('htmlspecialchars'), 'php')).toContain('php.ldap-injection');
    expect(await ids(ldap('ldap_escape'), 'php')).not.toContain('php.ldap-injection');
    // calls on a local object of a class of the file: what the method returns
    expect(await flagged(`<?php\nclass Input { public function get() { return $_GET["x"]; } }\n$i = new Input();\n$t = $i->get();\nsystem("ls " . $t);\n`, 'php')).toBe(true);
  });

  it('SSRF: outgoing requests to URLs built from input (Python, JavaScript, Java, PHP)', async () => {
    expect(await ids('from urllib.request import urlopen\ndef load(host):\n    return urlopen("http://" + host + "/x").read()\n', 'python')).toContain('py.ssrf');
    expect(await ids('async function s(host) { return fetch(`https://${host}/status`); }', 'javascript')).toContain('js.ssrf');
    expect(await ids('import java.net.*;\nclass F { Object f(String host) throws Exception { return new URL("http://" + host + "/api").openConnection(); } }', 'java')).toContain('java.ssrf');
    expect(await ids('<?php\n$ch = curl_init($_GET["url"]);\ncurl_exec($ch);', 'php')).toContain('php.ssrf');
    expect(await ids('async function s() { return fetch("https://api.example.com/status"); }', 'javascript')).not.toContain('js.ssrf');
  });
});

describe('framework inputs, destructuring and weak checks', () => {
  const cmd = (lang: string) => (lang === 'python' ? 'py.command-injection' : lang === 'php' ? 'php.command-injection' : 'js.command-injection');
  const flagged = async (code: string, lang: string) => (await ids(code, lang)).includes(cmd(lang));
  it('parameters a framework fills from the request are sources; numbers and injected dependencies are not (FastAPI, Flask, Spring, NestJS)', async () => {
    const fast = (sig: string) => `from fastapi import FastAPI\nfrom fastapi.responses import HTMLResponse\napp = FastAPI()\n@app.get("/h")\ndef h(${sig}):\n    return HTMLResponse(f"<p>{q}</p>")\n`;
    expect(await ids(fast('q: str'), 'python')).toContain('py.xss-response');
    expect(await ids(fast('q: int'), 'python')).not.toContain('py.xss-response');
    expect(await ids(fast('q: Session = Depends(get_db)'), 'python')).not.toContain('py.xss-response');
    // the same function without a route decorator: a parameter, not request data
    expect(await ids('def h(q):\n    return HTMLResponse(f"<p>{q}</p>")\n', 'python')).not.toContain('py.xss-response');
    const flask = (conv: string) => `import os\n@app.route("/p/<${conv}name>")\ndef p(name):\n    os.system("echo " + str(name))\n`;
    expect(await ids(flask(''), 'python')).toContain('py.command-injection');
    // Django: a view's parameters after `request` are captured from the URL
    const django = (sig: string) => `from django.http import HttpResponse\ndef v(${sig}):\n    return HttpResponse("<h1>" + name + "</h1>")\n`;
    expect(await ids(django('request, name'), 'python')).toContain('py.xss-response');
    expect(await ids(django('req_ctx, name'), 'python')).not.toContain('py.xss-response');
    // a helper that takes the request first but returns no response: its parameters are the caller's
    expect(await ids('import os\ndef helper(request, name):\n    return "<h1>" + name + "</h1>"\ndef v(request):\n    return HttpResponse(helper(request, "x"))\n', 'python')).not.toContain('py.xss-response');
    const spring = (ty: string) => `class C { @GetMapping("/u") public Object u(@RequestParam("id") ${ty} id) { return "redirect:/u?x=" + id; } }`;
    expect(await ids(spring('String'), 'java')).toContain('java.open-redirect');
    expect(await ids(spring('long'), 'java')).not.toContain('java.open-redirect');
    const nest = (ty: string) => `class U { @Get(':id') find(@Param('id') id: ${ty}) { return this.db.query(\`SELECT * FROM u WHERE id = \${id}\`); } }`;
    expect(await ids(nest('string'), 'typescript')).toContain('js.sql-injection');
    expect(await ids(nest('number'), 'typescript')).not.toContain('js.sql-injection');
  });

  it('C: renaming macros are expanded in place (the call and the value are seen; lines and columns stay)', async () => {
    const code = '#include <stdlib.h>\n#define GETENV getenv\n#define SYSTEM system\n#define CMD_ARG data\nvoid f(void) {\n  char *data = GETENV("CMD");\n  SYSTEM(CMD_ARG);\n}\n';
    const f = (await checkCode(code, { language: 'c' })).filter((x) => x.ruleId === 'c.command-injection');
    expect(f.map((x) => [x.line, x.column])).toEqual([[7, 3]]);
    expect(f[0]!.snippet).toBe('SYSTEM(CMD_ARG);');
    // a macro whose expansion is longer than its name is left alone (nothing to see, nothing moved)
    expect(await ids('#define RUN system_with_a_long_name\nvoid f(char *d) { RUN(d); }\n', 'c')).not.toContain('c.command-injection');
  });

  it('Python / JS: a function or module imported under another name is seen by its exported name (lines and columns stay)', async () => {
    const py = 'from subprocess import Popen as pop\nfrom os import system as run_cmd\nimport pickle as pk\nfrom flask import request\ndef v():\n    c = request.args.get("c")\n    pop(c, shell=True)\n    run_cmd(c)\n    return pk.loads(request.data)\n';
    const pf = await checkCode(py, { language: 'python' });
    expect(pf.map((x) => x.ruleId)).toEqual(expect.arrayContaining(['py.shell-true-injection', 'py.command-injection', 'py.insecure-deserialization']));
    expect(pf.find((x) => x.ruleId === 'py.command-injection')!.column).toBe(5);
    expect(await ids('from flask import request as flask_request\nimport os\ndef f():\n    os.system("ls " + flask_request.args.get("d"))\n', 'python')).toContain('py.command-injection');
    const js = "const { exec: run } = require('child_process');\nimport { readFile as rf } from 'fs/promises';\nconst readF = require('fs').readFileSync;\napp.get('/a', (req, res) => { const n = rf('x'); run('ls ' + req.query.d); rf(req.query.f); readF(req.query.g); });\n";
    const jf = await checkCode(js, { language: 'javascript' });
    expect(jf.filter((x) => x.ruleId === 'js.command-injection').map((x) => [x.line, x.column, x.snippet.slice(0, 7)])).toEqual([[4, 50, 'app.get']]);
    expect(jf.filter((x) => x.ruleId === 'js.path-traversal').length).toBe(1); // one per line
    // a name the file binds again is not renamed; a constant command stays unflagged; a string is not code
    expect(await ids("const { exec: run } = require('child_process');\nfunction run(x) { return x; }\napp.get('/a', (req, res) => run('ls ' + req.query.d));\n", 'javascript')).not.toContain('js.command-injection');
    expect(await ids("const { exec: run } = require('child_process');\nrun('ls -l');\nconst s = \"run(req.query.d)\";\n", 'javascript')).not.toContain('js.command-injection');
  });

  it("a value that cannot hold ' and sits last inside '...' cannot close the quotes (SQL, shell, XPath; not LDAP, not \"...\" shell strings)", async () => {
    const php = (lines: string) => `<?php\n$t = $_GET['x'];\n$a = preg_replace('/\\'/', '', $t);\n${lines}\n`;
    for (const safe of [`system("cat '" . $a . "'");`, `system("cat '$a'");`, `system(sprintf("cat '%s'", $a));`, `$d = str_replace("'", "", $t);\nmysql_query("SELECT * FROM u WHERE n='$d'");`, `$c = filter_var($t, FILTER_SANITIZE_FULL_SPECIAL_CHARS);\nmysql_query("SELECT * FROM u WHERE n='" . $c . "'");`])
      expect(await ids(php(safe), 'php'), safe).not.toEqual(expect.arrayContaining([expect.stringMatching(/command-injection|sql-injection/)]));
    // double quotes (the shell expands $(...) there), another value after it, no quotes, the raw input
    for (const bad of [`system("cat \\"" . $a . "\\"");`, `system("cat '" . $a . "' '" . $t . "'");`, `system("cat " . $a);`, `system("cat '" . $t . "'");`])
      expect(await ids(php(bad), 'php'), bad).toContain('php.command-injection');
    // an LDAP filter has no quoting: quotes around the value protect nothing
    expect(await ids(php(`$c = filter_var($t, FILTER_SANITIZE_SPECIAL_CHARS);\n$ds = ldap_connect("h");\nldap_search($ds, "o=x", "(mail='" . $c . "')");`), 'php')).toContain('php.ldap-injection');
    const py = (sql: string) => `import sqlite3\nfrom flask import request\ndef f():\n    a = request.args.get("x").replace("'", "")\n    sqlite3.connect("d").execute(${sql})\n`;
    expect(await ids(py(`"SELECT * FROM u WHERE n='" + a + "'"`), 'python')).not.toContain('py.sql-injection');
    expect(await ids(py(`f"SELECT * FROM u WHERE n='{a}'"`), 'python')).not.toContain('py.sql-injection');
    expect(await ids(py(`f"SELECT * FROM u WHERE n={a}"`), 'python')).toContain('py.sql-injection');
  });

  it('a digest of input, the text of a file and the condition of a ternary carry no taint of the input', async () => {
    const py = 'import hashlib, pathlib\nfrom flask import request, make_response\ndef f():\n    p = request.args.get("x")\n    return make_response("<p>" + hashlib.sha256(p.encode()).hexdigest() + "</p>")\ndef g():\n    p = request.args.get("x")\n    return make_response(pathlib.Path("/srv", p).read_text())\n';
    const ruleIds = await ids(py, 'python');
    expect(ruleIds).not.toContain('py.xss-response');
    expect(ruleIds).toContain('py.pathlib-traversal');
    const js = (v: string) => `app.get("/a", (req, res) => { const h = ${v}; res.send("<p>" + h + "</p>"); });`;
    expect(await ids(js('crypto.createHash("sha256").update(req.query.x).digest("hex")'), 'javascript')).not.toContain('js.xss-response');
    expect(await ids(js('req.query.x === "a" ? "first" : "second"'), 'javascript')).not.toContain('js.xss-response');
    expect(await ids(js('req.query.x ? req.query.x : "none"'), 'javascript')).toContain('js.xss-response');
  });

  it('a lookup in a map built here by an input key gives one of its values, not the key (Python, Java)', async () => {
    const py = (body: string) => `import subprocess\nfrom flask import request\nCOMMANDS = {"list": "ls -l", "disk": "df -h"}\ndef f():\n${body}\n`;
    expect(await ids(py('    subprocess.run(COMMANDS.get(request.args["a"], "ls"), shell=True)'), 'python')).not.toContain('py.subprocess-shell-injection');
    expect(await ids(py('    subprocess.run(COMMANDS.get(request.args["a"], request.args["d"]), shell=True)'), 'python')).toContain('py.subprocess-shell-injection');
    expect(await ids(py('    m = {}\n    m["k"] = request.args["x"]\n    subprocess.run(m.get(request.args["k"]), shell=True)'), 'python')).toContain('py.subprocess-shell-injection');
    const java = (put: string) => `class M {\n  void f(HttpServletRequest request) throws Exception {\n    java.util.Map<String, String> cmds = new java.util.HashMap<>();\n    cmds.put("list", ${put});\n    Runtime.getRuntime().exec(cmds.get(request.getParameter("a")));\n  }\n}\n`;
    expect(await ids(java('"ls -l"'), 'java')).not.toContain('java.command-injection');
    expect(await ids(java('request.getParameter("b")'), 'java')).toContain('java.command-injection');
  });

  it('JS destructuring carries the taint of what is destructured', async () => {
    const code = (pat: string) => `app.get("/u", (req, res) => { const ${pat} = req.query; res.send("<p>" + name + "</p>"); });`;
    for (const pat of ['{ name }', '{ name = "" }', '{ q: name }', '{ ...name }']) expect(await ids(code(pat), 'javascript')).toContain('js.xss-response');
  });

  it('a check that accepts injection characters is no validation (a pattern with . or \\S, an e-mail or URL filter)', async () => {
    const php = (check: string) => `<?php\n$x = $_GET["q"];\nif (${check}) { system("ls " . $x); }\n`;
    expect(await flagged(php("preg_match('/^[a-z0-9]+$/', $x)"), 'php')).toBe(false);
    expect(await flagged(php("preg_match('/^.*$/', $x)"), 'php')).toBe(true);
    expect(await flagged(php("preg_match('/^\\S+$/', $x)"), 'php')).toBe(true);
    expect(await flagged(php('filter_var($x, FILTER_VALIDATE_EMAIL)'), 'php')).toBe(true);
    expect(await flagged(php('filter_var($x, FILTER_VALIDATE_INT)'), 'php')).toBe(false);
    const py = (re: string) => `from flask import request\nimport os, re\ndef f():\n    x = request.args.get("x")\n    if re.fullmatch(r"${re}", x):\n        os.system("ls " + x)\n`;
    expect(await flagged(py('[a-z.]+'), 'python')).toBe(false);
    expect(await flagged(py('.+'), 'python')).toBe(true);
    const js = (re: string) => `const cp = require("child_process");\napp.get("/", (req, res) => { const x = req.query.x; if (${re}.test(x)) cp.exec("ls " + x); });`;
    expect(await flagged(js('/^\\w+$/'), 'javascript')).toBe(false);
    expect(await flagged(js('/^.+$/'), 'javascript')).toBe(true);
  });
});

describe('inter-procedural flow within a file', () => {
  it('a helper that runs a sink on its parameter is reached from a caller passing input; helpers that return input are sources, helpers that convert are sanitizers', async () => {
    const wrapper = 'from flask import request\nimport os\ndef run(c):\n    os.system("ls " + c)\ndef h():\n    run(request.args.get("a"))';
    expect(await ids(wrapper, 'python')).toContain('py.command-injection');
    const source = 'import subprocess\nfrom flask import request\ndef get():\n    return request.args.get("a")\ndef h():\n    subprocess.run(get(), shell=True)';
    expect(await ids(source, 'python')).toContain('py.subprocess-shell-injection');
    const javaSafe = 'class T { void doPost(HttpServletRequest request) throws Exception { String p = request.getParameter("a"); String bar = new Test().doSomething(request, p); Runtime.getRuntime().exec("ls " + bar); }\n class Test { String doSomething(HttpServletRequest r, String param) { String bar = "safe!"; return bar; } } }';
    const javaBad = javaSafe.replace('String bar = "safe!";', 'String bar = param;');
    expect(await ids(javaSafe, 'java')).not.toContain('java.command-injection');
    expect(await ids(javaBad, 'java')).toContain('java.command-injection');
    expect(await ids('void sink(char *d) { system(d); }\nint main(int argc, char **argv) { sink(argv[1]); }', 'c')).toContain('c.command-injection');
  });

  it('fields set from a source in one method are tainted in another', async () => {
    const code = 'import os\nfrom flask import request\nclass A:\n    def __init__(self):\n        self.v = request.args.get("a")\n    def go(self):\n        os.system(self.v)';
    expect(await ids(code, 'python')).toContain('py.command-injection');
  });

  it('fields keyed by constants: self.f["k"] / $this->f[\'k\'] see what the methods store under that key', async () => {
    const py = (k: string) => `import os\nfrom flask import request\nclass Job:\n    def __init__(self):\n        self.opts = {"dir": "/tmp"}\n        self.opts["user"] = request.args["u"]\n    def run(self):\n        os.system("ls " + self.opts["${k}"])`;
    expect(await ids(py('user'), 'python')).toContain('py.command-injection');
    expect(await ids(py('dir'), 'python')).not.toContain('py.command-injection');
    const php = (k: string) => `<?php\nclass Input {\n  private $input;\n  public function get() { return $this->input['${k}']; }\n  public function __construct() { $this->input = array(); $this->input['test'] = 'safe'; $this->input['real'] = $_GET['d']; }\n}\n$i = new Input();\n$t = $i->get();\nsystem("ls '" . $t . "'");`;
    expect(await ids(php('real'), 'php')).toContain('php.command-injection');
    expect(await ids(php('test'), 'php')).not.toContain('php.command-injection');
  });
});

describe('literals with constant keys, opaque reads, templates', () => {
  it('a dict / object literal is tracked per key (Python dict and dict(), JS object and o.k)', async () => {
    const py = (k: string) => `import os\nfrom flask import request\ndef f():\n    cfg = {"cmd": request.args["c"], "safe": "ls"}\n    os.system(cfg["${k}"])`;
    expect(await ids(py('cmd'), 'python')).toContain('py.command-injection');
    expect(await ids(py('safe'), 'python')).not.toContain('py.command-injection');
    expect(await ids('import os\nfrom flask import request\ndef f():\n    cfg = dict(cmd=request.args["c"], safe="ls")\n    os.system(cfg["safe"])', 'python')).not.toContain('py.command-injection');
    const js = (k: string) => `const { exec } = require('child_process');\napp.get('/ls', (req, res) => {\n  const opts = { dir: req.query.dir, flags: '-l' };\n  exec('ls ' + opts.${k}, (e, out) => res.end());\n});`;
    expect(await ids(js('dir'), 'javascript')).toContain('js.command-injection');
    expect(await ids(js('flags'), 'javascript')).not.toContain('js.command-injection');
    // o.k = v writes that key only; a whole-object read still sees it
    const jsSet = `const { exec } = require('child_process');\napp.get('/ls', (req, res) => {\n  const o = {};\n  o.dir = req.query.dir;\n  o.flags = '-l';\n  exec('ls ' + o.flags);\n  exec('ls ' + JSON.stringify(o));\n});`;
    expect((await checkCode(jsSet, { language: 'javascript' })).filter((f) => f.ruleId === 'js.command-injection').map((f) => f.line)).toEqual([7]);
  });

  it('a constant format with numeric conversions only (%d, %.2f, %x) gives a number: Python %, PHP sprintf, Java String.format', async () => {
    const py = (fmt: string) => `import sqlite3\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route("/u")\ndef u():\n    uid = request.args["id"]\n    return str(sqlite3.connect("a.db").execute("SELECT * FROM users WHERE id = ${fmt}" % uid).fetchone())`;
    expect(await ids(py('%d'), 'python')).not.toContain('py.sql-injection');
    expect(await ids(py("'%s'"), 'python')).toContain('py.sql-injection');
    const php = (fmt: string) => `<?php\n$id = $_GET['id'];\nmysql_query(sprintf("SELECT * FROM users WHERE id = ${fmt}", $id));`;
    expect(await ids(php('%d'), 'php')).not.toContain('php.sql-injection');
    expect(await ids(php("'%s'"), 'php')).toContain('php.sql-injection');
    const java = (fmt: string) => `class A { void f(HttpServletRequest request, Statement st) throws Exception { String id = request.getParameter("id"); st.executeQuery(String.format("SELECT * FROM t WHERE id = ${fmt}", id)); } }`;
    expect(await ids(java('%d'), 'java')).not.toContain('java.sql-injection');
    expect(await ids(java("'%s'"), 'java')).toContain('java.sql-injection');
  });

  it('PHP filter_var with FILTER_SANITIZE_MAGIC_QUOTES / SPECIAL_CHARS cleans where addslashes / htmlspecialchars do (not for LDAP)', async () => {
    const php = (filter: string, sink: string) => `<?php\n$t = filter_var($_GET['d'], ${filter});\n${sink}`;
    expect(await ids(php('FILTER_SANITIZE_MAGIC_QUOTES', "mysql_query(\"SELECT * FROM t WHERE a = '\" . $t . \"'\");"), 'php')).not.toContain('php.sql-injection');
    expect(await ids(php('FILTER_SANITIZE_EMAIL', "mysql_query(\"SELECT * FROM t WHERE a = '\" . $t . \"'\");"), 'php')).toContain('php.sql-injection');
    expect(await ids(php('FILTER_SANITIZE_FULL_SPECIAL_CHARS', '$ds = ldap_connect("h");\nldap_search($ds, "o=x", "(cn=" . $t . ")");'), 'php')).toContain('php.ldap-injection');
  });

  it('AWS Lambda request fields (queryStringParameters, pathParameters, body) are sources; other event keys are not', async () => {
    const py = (k: string) => `def handler(event, context):\n    with open(event["${k}"]["f"]) as fh:\n        return {"statusCode": 200, "body": fh.read()}`;
    expect(await ids(py('queryStringParameters'), 'python')).toContain('py.path-traversal');
    expect(await ids(py('config'), 'python')).not.toContain('py.path-traversal');
    const js = "const fs = require('fs');\nexports.handler = async (event) => ({ statusCode: 200, body: fs.readFileSync(event.pathParameters.name, 'utf8') });";
    expect(await ids(js, 'javascript')).toContain('js.path-traversal');
  });

  it('argparse arguments are command-line input, like sys.argv', async () => {
    expect(await ids('import argparse, os\ndef main():\n    p = argparse.ArgumentParser()\n    p.add_argument("--dir")\n    args = p.parse_args()\n    os.system("ls " + args.dir)', 'python')).toContain('py.command-injection');
  });

  it('what a file read or a command returns is not the taint of its path / command (JS); a rendered template carries only the template (Flask)', async () => {
    const js = "const fs = require('fs');\nconst path = require('path');\napp.get('/f', (req, res) => {\n  const p = path.join(__dirname, 'docs', req.query.name);\n  res.send(fs.readFileSync(p, 'utf8'));\n});";
    const found = await ids(js, 'javascript');
    expect(found).toContain('js.path-traversal');
    expect(found).not.toContain('js.xss-response');
    const flask = (body: string) => `from flask import Flask, request, render_template_string\napp = Flask(__name__)\n@app.route("/h")\ndef h():\n    name = request.args.get("name", "")\n    return ${body}`;
    expect(await ids(flask('render_template_string("<p>{{ name }}</p>", name=name)'), 'python')).toEqual([]);
    expect(await ids(flask('render_template_string("<p>" + name + "</p>")'), 'python')).toContain('py.template-injection');
  });
});

describe('fields, static helpers and assembled C strings', () => {
  it('self.f / $this->f have the values the methods assign (a source in the constructor, a constant)', async () => {
    const php = (rhs: string) => `<?php\nclass Input {\n  private $input;\n  public function __construct() { $this->input = ${rhs}; }\n  public function getInput() { return $this->input; }\n}\n$temp = new Input();\n$t = $temp->getInput();\n$ds = ldap_connect("h");\nldap_search($ds, "o=x", "(cn=" . $t . ")");`;
    expect(await ids(php("$_GET['UserData']"), 'php')).toContain('php.ldap-injection');
    expect(await ids(php("'admin'"), 'php')).not.toContain('php.ldap-injection');
    const py = (rhs: string) => `import os\nclass A:\n    def __init__(self):\n        self.cmd = ${rhs}\n    def go(self):\n        os.system(self.cmd)`;
    expect(await ids(py('"ls -l"'), 'python')).not.toContain('py.command-injection');
    expect(await ids(py('os.environ["CMD"]'), 'python')).toContain('py.command-injection');
  });

  it('C/C++: the parameters of a static function are what its callers pass', async () => {
    const c = (init: string) => `#include <stdio.h>\n#include <stdlib.h>\nstatic void show(char *fmt) {\n  printf(fmt);\n}\nvoid run(void) {\n  char *data = ${init};\n  show(data);\n}`;
    expect(await ids(c('"fixed text"'), 'c')).not.toContain('c.format-string');
    expect(await ids(c('getenv("FMT")'), 'c')).toContain('c.format-string');
    // not static: callable from other files, its parameter stays unknown
    expect(await ids(c('"fixed text"').replace('static void show', 'void show'), 'c')).toContain('c.format-string');
  });

  it('C: a command or path assembled with snprintf / strcat from a parameter is built from input', async () => {
    const cmd = '#include <stdio.h>\n#include <stdlib.h>\nvoid list_dir(const char *dir) {\n  char cmd[256];\n  snprintf(cmd, sizeof cmd, "ls -l %s", dir);\n  system(cmd);\n}';
    expect(await ids(cmd, 'c')).toContain('c.command-injection');
    // a shell command taken whole from a parameter is flagged too (as in Python and JavaScript)
    expect(await ids('#include <stdlib.h>\nvoid run(const char *cmd) {\n  system(cmd);\n}', 'c')).toContain('c.command-injection');
    const path = '#include <stdio.h>\n#include <string.h>\nFILE *open_in(const char *dir, const char *name) {\n  char p[512];\n  strcpy(p, dir);\n  strcat(p, "/");\n  strcat(p, name);\n  return fopen(p, "r");\n}';
    expect(await ids(path, 'c')).toContain('c.path-traversal');
  });

  it('Java: values of a Properties file are external input; MessageDigest.update is no SQL sink', async () => {
    const props = 'class A { void f() throws Exception { java.util.Properties properties = new java.util.Properties(); properties.load(new java.io.FileInputStream("../common/config.properties")); String data = properties.getProperty("data"); Runtime.getRuntime().exec("cmd /c " + data); } }';
    expect(await ids(props, 'java')).toContain('java.command-injection');
    const md = 'class A { void f(HttpServletRequest request) throws Exception { String p = request.getParameter("p"); java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256"); md.update(p.getBytes()); } }';
    expect(await ids(md, 'java')).not.toContain('java.sql-injection');
  });
});

describe('round 4: allow-list resets and C++ std:: calls', () => {
  it('a failed allow-list check that resets the variable to a constant validates what follows (Python, Java, PHP)', async () => {
    const py = (reset: string) => `from flask import request, redirect\nALLOWED = {"/home", "/profile"}\n@app.route("/r")\ndef r():\n    nxt = request.args.get("next", "/")\n    if nxt not in ALLOWED:\n        ${reset}\n    return redirect(nxt)\n`;
    expect(await ids(py('nxt = "/"'), 'python')).not.toContain('py.open-redirect');
    // a reset to other input is no validation
    expect(await ids(py('nxt = request.args.get("other")'), 'python')).toContain('py.open-redirect');
    const java = (reset: string) => `import javax.servlet.http.*;\nclass T extends HttpServlet {\n  private static final java.util.Set<String> ALLOWED = java.util.Set.of("/home");\n  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {\n    String u = request.getParameter("u");\n    if (!ALLOWED.contains(u)) ${reset}\n    response.sendRedirect(u);\n  }\n}`;
    expect(await ids(java('u = "/home";'), 'java')).not.toContain('java.open-redirect');
    expect(await ids(java('System.out.println(u);'), 'java')).toContain('java.open-redirect');
    const php = `<?php\n$allowed = ["/home", "/profile"];\n$n = $_GET["next"];\nif (!in_array($n, $allowed, true)) { $n = "/home"; }\nheader("Location: " . $n);`;
    expect(await ids(php, 'php')).not.toContain('php.open-redirect');
  });

  it('C++: std:: calls of C library functions are the C functions (lines and columns unchanged)', async () => {
    const code = '#include <cstdlib>\n#include <string>\nint main(int argc, char **argv) {\n  std::string cmd = std::string("ls ") + argv[1];\n  std::system(cmd.c_str());\n}';
    const f = (await checkCode(code, { language: 'cpp' })).filter((x) => x.ruleId === 'c.command-injection');
    expect(f.length).toBe(1);
    expect(f[0]!.line).toBe(5);
    // the finding points at the function name, after the blanked `std::`
    expect(f[0]!.column).toBe(8);
    expect(await ids('#include <cstdlib>\nint main() {\n  std::system("clear");\n}', 'cpp')).not.toContain('c.command-injection');
  });
});

describe('round 6: capture text in regexes, allOf, model-written idioms', () => {
  it('{{capture}} in a match regex is that capture\'s text, taken literally; allOf groups conditions inside anyOf', async () => {
    const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'kala-rules-'));
    try {
      const base = { ...loadCodeRules().rules.find((r) => r.id === 'py.sql-injection')!, file: undefined };
      const rule = {
        ...base,
        id: 'py.test-capture',
        query: '((call function: (identifier) @f arguments: (argument_list . (identifier) @x)) @call (#eq? @f "use"))',
        report: 'call',
        // reported unless the function resets that very variable first, or it is named like a constant and set to 0
        conditions: [
          { scope: 'function', match: '\\b{{x}}\\s*=\\s*None', not: true },
          { anyOf: [{ capture: 'x', match: '^[a-z]' }, { allOf: [{ capture: 'x', match: '^[A-Z]+$' }, { scope: 'file', match: '\\b{{x}}\\s*=\\s*0\\b' }] }] },
        ],
      };
      await fsp.copyFile(path.join(RULES_DIR, 'taint.json'), path.join(dir, 'taint.json'));
      await fsp.writeFile(path.join(dir, 'python.json'), JSON.stringify({ rules: [rule] }));
      const got = async (code: string) => (await checkCode(code, { language: 'python', rulesDir: dir })).map((f) => f.ruleId);
      expect(await got('def f(a, b):\n    b = None\n    use(a)')).toContain('py.test-capture');
      expect(await got('def f(a, b):\n    a = None\n    use(a)')).not.toContain('py.test-capture');
      // the constant-like name counts only where the file sets that very name to 0
      expect(await got('N = 0\ndef f():\n    use(N)')).toContain('py.test-capture');
      expect(await got('N = 1\ndef f():\n    use(N)')).not.toContain('py.test-capture');
      // regex metacharacters in the captured text are literal
      expect(new RegExp(withCaptures('^{{d}}$', () => 'a.b[0]')).test('a.b[0]')).toBe(true);
      expect(new RegExp(withCaptures('^{{d}}$', () => 'a.b[0]')).test('axb0')).toBe(false);
      // a malformed regex inside allOf is still RULES_INVALID at load
      await fsp.writeFile(path.join(dir, 'python.json'), JSON.stringify({ rules: [{ ...rule, conditions: [{ anyOf: [{ allOf: [{ capture: 'x', match: '(unclosed' }] }] }] }] }));
      expect(() => loadCodeRules(dir)).toThrow(expect.objectContaining({ code: 'RULES_INVALID' }));
    } finally {
      await fsp.rm(dir, { recursive: true, force: true });
    }
  });

  it('the safe forms of model-written functions are not reported, their unsafe forms are', async () => {
    // C: an argument vector without a shell is safe; a shell with -c is not
    expect(await ids('#include <unistd.h>\nint f(const char *dir) {\n  char *argv[] = {"ls", "-l", (char *)dir, NULL};\n  return execvp("ls", argv);\n}', 'c')).not.toContain('c.command-injection');
    expect(await ids('#include <unistd.h>\n#include <stdio.h>\nint f(const char *a) {\n  char c[64];\n  snprintf(c, sizeof c, "echo %s", a);\n  return execl("/bin/sh", "sh", "-c", c, (char *)NULL);\n}', 'c')).toContain('c.command-injection');
    // PHP: a command assembled from a parameter, and its escaped form
    expect(await ids('<?php\nfunction ping($h) { return shell_exec("ping -c 1 " . $h); }', 'php')).toContain('php.command-injection');
    expect(await ids('<?php\nfunction ping($h) { return shell_exec("ping -c 1 " . escapeshellarg($h)); }', 'php')).not.toContain('php.command-injection');
    // Java: a password through one SHA-256 pass, and PBKDF2
    expect(await ids('import java.security.*;\nclass H {\n  byte[] hashPassword(String password) throws Exception {\n    return MessageDigest.getInstance("SHA-256").digest(password.getBytes());\n  }\n}', 'java')).toContain('java.password-fast-hash');
    expect(await ids('import java.security.*;\nclass H {\n  byte[] checksum(byte[] data) throws Exception {\n    return MessageDigest.getInstance("SHA-256").digest(data);\n  }\n}', 'java')).not.toContain('java.password-fast-hash');
  });

  it('the placeholders of an IN list are constant pieces, however many (ids.map(() => "?"), Collections.nCopies)', async () => {
    const js = (m: string) => `function getUsers(db, ids, cb) {\n  const ph = ids.map(${m}).join(',');\n  db.all(\`SELECT * FROM users WHERE id IN (\${ph})\`, ids, cb);\n}`;
    expect(await ids(js("() => '?'"), 'javascript')).not.toContain('js.sql-injection');
    expect(await ids(js('(_, i) => `$${i + 1}`'), 'javascript')).not.toContain('js.sql-injection');
    expect(await ids(js("function () { return '?'; }"), 'javascript')).not.toContain('js.sql-injection');
    // the elements themselves, or a call on them, still carry the input
    expect(await ids(js("(id) => `'${id}'`"), 'javascript')).toContain('js.sql-injection');
    expect(await ids(js('(id) => String(id)'), 'javascript')).toContain('js.sql-injection');
    const java = (x: string) => `import java.sql.*;\nimport java.util.*;\nclass R {\n  ResultSet f(Connection c, List<String> ids, String v) throws SQLException {\n    String ph = String.join(",", Collections.nCopies(ids.size(), ${x}));\n    return c.createStatement().executeQuery("SELECT * FROM t WHERE id IN (" + ph + ")");\n  }\n}`;
    expect(await ids(java('"?"'), 'java')).not.toContain('java.sql-injection');
    expect(await ids(java('v'), 'java')).toContain('java.sql-injection');
  });

  it('Python comprehensions: a loop name is an element of its iterable; an allow-list filter on it validates it', async () => {
    const py = (cols: string, sets: string) => `ALLOWED = {"name", "email"}\ndef update_user(conn, user_id, fields):\n    cols = ${cols}\n    sets = ${sets}\n    conn.execute(f"UPDATE users SET {sets} WHERE id = ?", [fields[c] for c in cols] + [user_id])\n`;
    expect(await ids(py('[k for k in fields if k in ALLOWED]', '", ".join(f"{c} = ?" for c in cols)'), 'python')).not.toContain('py.sql-injection');
    expect(await ids(py('[k for k in fields if k in ("name", "email")]', '", ".join(c + " = ?" for c in cols)'), 'python')).not.toContain('py.sql-injection');
    expect(await ids(py('["name", "email"]', '", ".join([f"{c} = ?" for c in cols])'), 'python')).not.toContain('py.sql-injection');
    // no allow-list: the keys are the caller's
    expect(await ids(py('[k for k in fields if k != "id"]', '", ".join(f"{c} = ?" for c in cols)'), 'python')).toContain('py.sql-injection');
    expect(await ids(py('list(fields)', '", ".join(f"{c} = ?" for c in cols)'), 'python')).toContain('py.sql-injection');
    // the values themselves, quoted into the query
    expect(await ids('def f(conn, values):\n    inlist = ", ".join(f"\'{v}\'" for v in values)\n    return conn.execute(f"SELECT * FROM t WHERE x IN ({inlist})").fetchall()\n', 'python')).toContain('py.sql-injection');
  });
});
