// Auto-repair (repairCode, kala-train code-repair): each repair class on a small Python and
// JavaScript example with behaviour kept in the sandbox; a repair rejected because it changed
// behaviour on a benign input; an unverifiable repair reported, not applied (unless asked);
// unsupported findings; the CLI's diff, --write and --json; bad input → KalaError codes; and a
// CWEval sample checked with its own tests when the shared development data is there. Weak
// hashing: digests compared up to a one-to-one renaming, password hashes → salted scrypt with the
// verification rewritten (decisions kept), and the changes the renaming must not hide.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeCode, KalaError, repairCode, sandboxAvailable, type RepairResult } from '../lib/code/index.js';
import { abstractDigests } from '../lib/code/repair/digests.js';
import { verifyBehaviour } from '../lib/code/repair/verify.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const CLI = path.join(ROOT, 'dist', 'cli', 'main.js');
const DATA = path.resolve(ROOT, '..', 'shared', 'data', 'code-security');
const haveSandbox = sandboxAvailable().ok;

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** the one repair of a rule, which must be applied with behaviour kept, and the finding gone */
async function appliedOne(code: string, language: string, ruleId: string): Promise<RepairResult> {
  const r = await repairCode(code, { language });
  const rec = r.repairs.find((x) => x.ruleId === ruleId);
  expect(rec, JSON.stringify(r.repairs)).toBeDefined();
  expect(rec!.status, `${rec!.reason}\n${r.diff}`).toBe('applied');
  expect(rec!.reason).toMatch(/^behaviour kept/);
  expect(r.remaining.map((f) => f.ruleId)).not.toContain(ruleId);
  expect((await analyzeCode(r.code, { language })).findings.map((f) => f.ruleId)).not.toContain(ruleId);
  expect(r.diff).toMatch(/^--- a\/code\n\+\+\+ b\/code\n@@ /);
  return r;
}

describe.skipIf(!haveSandbox)('repairCode: Python, behaviour kept', () => {
  it('SQL built with % → parameterized query (? for sqlite3) + params tuple', async () => {
    const r = await appliedOne(`import sqlite3\n\ndef find_user(conn, name):\n    cur = conn.cursor()\n    cur.execute("SELECT id, name FROM users WHERE name = '%s'" % name)\n    return cur.fetchall()\n`, 'python', 'py.sql-injection');
    expect(r.code).toContain(`cur.execute("SELECT id, name FROM users WHERE name = ?", (str(name),))`);
  });

  it('SQL in a variable built by an f-string → %s placeholders for a format-style driver', async () => {
    const r = await appliedOne(`import pymysql\n\ndef orders(db, user_id, status):\n    cur = db.cursor()\n    sql = f"SELECT * FROM orders WHERE user_id = {user_id} AND status = '{status}'"\n    cur.execute(sql)\n    return cur.fetchall()\n`, 'python', 'py.sql-injection');
    expect(r.code).toContain(`sql = "SELECT * FROM orders WHERE user_id = %s AND status = %s"`);
    expect(r.code).toContain('cur.execute(sql, (user_id, str(status)))');
  });

  it('subprocess shell=True with an f-string → argument list, shell=False', async () => {
    const r = await appliedOne(`import subprocess\n\ndef list_dir(path):\n    return subprocess.check_output(f"ls -l {path}", shell=True, text=True)\n`, 'python', 'py.subprocess-shell-injection');
    expect(r.code).toContain('subprocess.check_output(["ls", "-l", str(path)], shell=False, text=True)');
  });

  it('os.system(string) → subprocess.call(argument list), import added', async () => {
    const r = await appliedOne(`import os\n\ndef ping(host):\n    return os.system("ping -c 1 " + host)\n`, 'python', 'py.command-injection');
    expect(r.code).toMatch(/^import os\nimport subprocess\n/);
    expect(r.code).toContain('subprocess.call(["ping", "-c", "1", str(host)])');
  });

  it('yaml.load → yaml.safe_load', async () => {
    const r = await appliedOne(`import yaml\n\ndef parse(yaml_text):\n    return yaml.load(yaml_text, Loader=yaml.Loader)\n`, 'python', 'py.yaml-load');
    expect(r.code).toContain('return yaml.safe_load(yaml_text)');
  });

  it('random for a token → secrets (values compared on one seeded stream)', async () => {
    const r = await appliedOne(`import random\nimport string\n\ndef make_token(n):\n    alphabet = string.ascii_letters\n    token = ''.join(random.choice(alphabet) for _ in range(16))\n    return token\n`, 'python', 'py.insecure-random');
    expect(r.code).toContain('secrets.choice(alphabet)');
    expect(r.code).toContain('import secrets');
  });

  it('requests verify=False → verification on (same request recorded)', async () => {
    const r = await appliedOne(`import requests\n\ndef fetch(url):\n    return requests.get(url, timeout=5, verify=False).text\n`, 'python', 'py.tls-verify-disabled');
    expect(r.code).toContain('requests.get(url, timeout=5).text');
  });

  it('Flask response built from input → the spliced values html.escape\'d, the markup the code writes kept', async () => {
    const r = await appliedOne(`from flask import Flask, request\napp = Flask(__name__)\n\n@app.route('/hello')\ndef hello():\n    name = request.args.get('name')\n    page = '<h1>Hello</h1>'\n    page += f'<p>{name}</p>'\n    return page\n`, 'python', 'py.xss-response');
    expect(r.code).toContain("page += f'<p>{html.escape(str(name), quote=False)}</p>'");
    expect(r.code).toContain("page = '<h1>Hello</h1>'");
  });

  it('path from input → realpath + startswith(base + os.sep) check before the open', async () => {
    const r = await appliedOne(`import os\nfrom flask import Flask, request\napp = Flask(__name__)\nBASE = '/srv/files'\n\n@app.route('/read')\ndef read():\n    name = request.args.get('name')\n    try:\n        with open(os.path.join(BASE, name)) as f:\n            return f.read()\n    except OSError:\n        return 'missing'\n`, 'python', 'py.path-traversal');
    expect(r.code).toContain('if not os.path.realpath(os.path.join(BASE, name)).startswith(os.path.realpath(BASE) + os.sep):');
    expect(r.code).toContain("raise ValueError('path escapes the base directory')");
  });
});

describe.skipIf(!haveSandbox)('repairCode: JavaScript, behaviour kept', () => {
  it('SQL concatenation → ? placeholder + params array (Express route, mysql recorded after binding)', async () => {
    const r = await appliedOne(`const express = require('express');\nconst mysql = require('mysql');\nconst app = express();\nconst db = mysql.createConnection({});\napp.get('/user', (req, res) => {\n  db.query("SELECT * FROM users WHERE name = '" + req.query.name + "'", (err, rows) => res.json(rows));\n});\n`, 'javascript', 'js.sql-injection');
    expect(r.code).toContain(`db.query('SELECT * FROM users WHERE name = ?', [String(req.query.name)], (err, rows) => res.json(rows));`);
  });

  it('exec(template) → execFile(program, args)', async () => {
    const r = await appliedOne(`const { exec } = require('child_process');\nfunction listDir(dir, cb) {\n  exec(\`ls -l \${dir}\`, (err, out) => cb(out));\n}\nmodule.exports = { listDir };\n`, 'javascript', 'js.command-injection');
    expect(r.code).toContain(`require('child_process').execFile('ls', ['-l', String(dir)], (err, out) => cb(out));`);
  });

  it('Math.random for a token → crypto.randomInt', async () => {
    const r = await appliedOne(`const crypto = require('crypto');\nfunction resetToken() {\n  const token = Math.floor(Math.random() * 1000000);\n  return String(token).padStart(6, '0');\n}\nmodule.exports = { resetToken };\n`, 'javascript', 'js.insecure-random');
    expect(r.code).toContain('const token = crypto.randomInt(1000000);');
  });

  it('innerHTML = x → textContent = x', async () => {
    const r = await appliedOne(`function showName() {\n  const name = location.hash.slice(1);\n  document.getElementById('out').innerHTML = name;\n}\n`, 'javascript', 'js.xss-dom');
    expect(r.code).toContain(`document.getElementById('out').textContent = name;`);
  });

  it('res.send(input) → escapeHtml helper', async () => {
    const r = await appliedOne(`const express = require('express');\nconst app = express();\napp.get('/hi', (req, res) => {\n  res.send('<h1>Hello ' + req.query.name + '</h1>');\n});\n`, 'javascript', 'js.xss-response');
    expect(r.code).toContain(`res.send('<h1>Hello ' + escapeHtml(req.query.name) + '</h1>');`);
    expect(r.code).toContain('function escapeHtml(value)');
  });

  it('fs.readFile(path.join(base, input)) → path.resolve + startsWith check', async () => {
    const r = await appliedOne(`const express = require('express');\nconst fs = require('fs');\nconst path = require('path');\nconst app = express();\napp.get('/file', (req, res) => {\n  fs.readFile(path.join(__dirname, 'public', req.query.file), 'utf8', (err, data) => res.send(err ? 'missing' : 'found'));\n});\n`, 'javascript', 'js.path-traversal');
    expect(r.code).toContain(`if (!path.resolve(path.join(__dirname, 'public', req.query.file)).startsWith(path.resolve(__dirname) + path.sep)) throw new Error('path escapes the base directory');`);
  });
});

describe.skipIf(!haveSandbox)('repairCode: rejected, unverified, unsupported', () => {
  it('a repair that changes behaviour on a benign input is rejected and not applied (escaping intended markup)', async () => {
    // FOOTER is markup the page means to show; escaping every non-literal part escapes it too
    const code = `from flask import Flask, request\napp = Flask(__name__)\nFOOTER = '<hr>'\n\n@app.route('/card')\ndef card():\n    name = request.args.get('name')\n    return '<b>' + name + '</b>' + FOOTER\n`;
    const r = await repairCode(code, { language: 'python' });
    const rec = r.repairs.find((x) => x.ruleId === 'py.xss-response')!;
    expect(rec.status).toBe('rejected');
    expect(rec.applied).toBe(false);
    expect(rec.reason).toMatch(/^behaviour changed on benign input: .*<b>alice<\/b><hr>.*<b>alice<\/b>&lt;hr&gt;/);
    expect(r.code).toBe(code);
    expect(r.diff).toBe('');
    expect(r.remaining.map((f) => f.ruleId)).toContain('py.xss-response');
  });

  it('a password hash that is only stored (its verification is not in the code) → rejected, not applied', async () => {
    // a salted hash changes the stored format: whatever verifies these hashes must change with it
    const code = `import hashlib\n\ndef fingerprint(password):\n    return hashlib.md5(password.encode()).hexdigest()\n`;
    const r = await repairCode(code, { language: 'python' });
    const rec = r.repairs.find((x) => x.ruleId === 'py.weak-hash')!;
    expect(rec.status).toBe('rejected');
    expect(rec.applied).toBe(false);
    expect(rec.reason).toMatch(/password hash with no comparison in this code/);
    expect(r.code).toBe(code);
  });

  it('a path repair rejected by the sample\'s own test, which legitimately uses ".."', async () => {
    const code = `import os\n\ndef read_note(base, name):\n    with open(os.path.join(base, name)) as f:\n        return f.read()\n`;
    const test = `import os\nfrom notes import read_note\n\ndef test_sibling(tmp_path):\n    os.makedirs(tmp_path / 'a')\n    (tmp_path / 'b.txt').write_text('hi')\n    assert read_note(str(tmp_path / 'a'), '../b.txt') == 'hi'\n`;
    const r = await repairCode(code, { language: 'python', tests: { entry: 'notes.py', test: 'test_notes.py', files: { 'test_notes.py': test } } });
    const rec = r.repairs.find((x) => x.ruleId === 'py.path-traversal')!;
    expect(rec.status, rec.reason).toBe('rejected');
    expect(rec.reason).toMatch(/behaviour changed.*pass.*fail/);
    expect(r.code).toBe(code);
  });

  it('a repair whose behaviour check never reaches the repaired line is unverified and not applied by default', async () => {
    const code = `import os\n\ndef admin(name):\n    if name == 'root-7f3a':\n        os.system("finger " + name)\n    return 'ok'\n`;
    const r = await repairCode(code, { language: 'python' });
    const rec = r.repairs.find((x) => x.ruleId === 'py.command-injection')!;
    expect(rec.status).toBe('unverified');
    expect(rec.applied).toBe(false);
    expect(rec.reason).toMatch(/did not reach the repaired code/);
    expect(r.code).toBe(code);
    // asked for: applied, still marked unverified
    const r2 = await repairCode(code, { language: 'python', acceptUnverified: true });
    const rec2 = r2.repairs.find((x) => x.ruleId === 'py.command-injection')!;
    expect(rec2.status).toBe('unverified');
    expect(rec2.applied).toBe(true);
    expect(r2.code).toContain('subprocess.call(["finger", str(name)])');
  });
});

describe('digest abstraction (the behaviour check of hash repairs)', () => {
  const md5a = '6384e2b2184bcbf58eccf10ca7a6563c';
  const md5b = '9f9d51bc70ef21ca5c14f307980a29d8';
  const sha = (c: string) => c.repeat(64);
  const same = (a: unknown, b: unknown) => JSON.stringify(abstractDigests(a)) === JSON.stringify(abstractDigests(b));

  it('renames digests one-to-one per run: equal stays equal, distinct stays distinct, the rest must match', () => {
    const s1 = 'a1'.repeat(32);
    const s2 = 'b2'.repeat(32);
    expect(same([md5a, md5a, md5b], [s1, s1, s2])).toBe(true);
    // two different inputs mapped to one digest, or one input to two: a difference
    expect(same([md5a, md5b], [s1, s1])).toBe(false);
    expect(same([md5a, md5a], [s1, s2])).toBe(false);
    // inside text, base64 and PHC strings too; the text around them must be equal
    expect(same([`hash_value=b'W4lrUa/QVtLe/BtzDoCGfg=='\n`], [`hash_value=b'K9gGyX8OAK8aH8Myj6djqSaXI8jbj6xPk69x2xhtbpA='\n`])).toBe(true);
    expect(same([`stored ${md5a}`], ['stored $scrypt$ln=14,r=8,p=1$c2FsdHNhbHRzYWx0c2FsdA==$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U='])).toBe(true);
    expect(same([`stored ${md5a}`], [`saved ${sha('c')}`])).toBe(false);
    // not digests: truncations, lengths, numbers, words
    expect(same([md5a.slice(0, 10), 32, true], [s1.slice(0, 10), 64, true])).toBe(false);
    expect(abstractDigests(['12345678901234567890123456789012', 'testfiles/passwordFile', 'hello'])).toEqual(['12345678901234567890123456789012', 'testfiles/passwordFile', 'hello']);
  });
});

describe.skipIf(!haveSandbox)('repairCode: weak hashing', () => {
  it('a checksum: MD5 → SHA-256 applied, digests compared up to renaming', async () => {
    // (a function named for a checksum use, such as `etag`, is no longer reported since round 10: a neutral name)
    const r = await appliedOne(`import hashlib\n\ndef digest(body):\n    return hashlib.md5(body.encode()).hexdigest()\n`, 'python', 'py.weak-hash');
    expect(r.code).toContain('hashlib.sha256(body.encode()).hexdigest()');
    expect(r.repairs[0].reason).toMatch(/digests compared up to a one-to-one renaming/);
  });

  it('a password hash and its check → salted scrypt + verification with the stored salt; right password accepted, wrong refused, as before', async () => {
    const code = `import hashlib\n\ndef hash_password(password):\n    return hashlib.md5(password.encode()).hexdigest()\n\ndef check_password(password, stored_hash):\n    return hashlib.md5(password.encode()).hexdigest() == stored_hash\n`;
    const r = await appliedOne(code, 'python', 'py.password-fast-hash');
    const rec = r.repairs.find((x) => x.status === 'applied' && /^behaviour kept/.test(x.reason!))!;
    expect(rec.reason).toMatch(/password verification decisions equal \(1 accepted, 1 refused\)/);
    expect(r.code).toContain('return kala_hash_password(password.encode())');
    expect(r.code).toContain('return kala_verify_password(password.encode(), stored_hash)');
    expect(r.code).toMatch(/salt = os\.urandom\(16\)\n    key = hashlib\.scrypt\(password, salt=salt/);
    expect(r.code).toContain('hmac.compare_digest(');
    expect(r.remaining.map((f) => f.ruleId)).not.toContain('py.password-fast-hash');
    // the repaired module, run for real: a stored hash verifies its own password only
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kala-pw-'));
    writeFileSync(path.join(dir, 'pw.py'), r.code);
    const run = spawnSync('python3', ['-c', "import pw; h = pw.hash_password('s3cret'); print(h.split('$')[1], pw.check_password('s3cret', h), pw.check_password('guess', h), pw.check_password('s3cret', pw.hash_password('s3cret')), h != pw.hash_password('s3cret'))"], { cwd: dir, encoding: 'utf8' });
    expect(run.stdout.trim(), run.stderr).toBe('scrypt True False True True');
  });

  it('JavaScript: createHash(md5) for a password and its === check → scryptSync + timingSafeEqual', async () => {
    const code = `const crypto = require('crypto');\n\nfunction hashPassword(password) {\n  return crypto.createHash('md5').update(password).digest('hex');\n}\n\nfunction checkPassword(password, storedHash) {\n  return crypto.createHash('md5').update(password).digest('hex') === storedHash;\n}\n\nmodule.exports = { hashPassword, checkPassword };\n`;
    const r = await appliedOne(code, 'javascript', 'js.password-fast-hash');
    expect(r.code).toContain('return kalaVerifyPassword(password, storedHash);');
    expect(r.code).toContain('crypto.randomBytes(16)');
    expect(r.code).toContain('crypto.timingSafeEqual(candidate, key)');
    expect(r.repairs.some((x) => /password verification decisions equal \(1 accepted, 1 refused\)/.test(x.reason!))).toBe(true);
  });

  it('rejected: a digest compared with one written in the code decides differently after the swap', async () => {
    // renaming digests must not hide a decision: md5('alice') == KNOWN was true, sha256 is not
    const code = `import hashlib\nKNOWN = '6384e2b2184bcbf58eccf10ca7a6563c'\n\ndef is_known(name):\n    return hashlib.md5(name.encode()).hexdigest() == KNOWN\n`;
    const r = await repairCode(code, { language: 'python' });
    const rec = r.repairs.find((x) => x.ruleId === 'py.weak-hash')!;
    expect(rec.status).toBe('rejected');
    expect(rec.reason).toMatch(/behaviour changed on benign input: original \["is_known#0","ok",true\] vs repaired \["is_known#0","ok",false\]/);
    expect(r.code).toBe(code);
  });

  it('rejected: a truncated digest (a non-digest output) changes', async () => {
    const code = `import hashlib\n\ndef short_key(name):\n    return hashlib.md5(name.encode()).hexdigest()[:10]\n`;
    const r = await repairCode(code, { language: 'python' });
    expect(r.repairs.find((x) => x.ruleId === 'py.weak-hash')).toMatchObject({ status: 'rejected', applied: false });
  });

  it('changed: a "repair" that maps two different inputs to one digest is seen through the renaming', async () => {
    const original = `import hashlib\n\ndef key(name):\n    return hashlib.md5(name.encode()).hexdigest()\n`;
    const repaired = `import hashlib\n\ndef key(name):\n    return hashlib.sha256(b'same').hexdigest()\n`;
    const v = await verifyBehaviour({ language: 'python', original, repaired, probe: { original: [4, 4], repaired: [4, 4] }, functions: ['key'], family: 'hash' });
    expect(v.status).toBe('changed');
    // the honest SHA-256 swap of the same function is kept
    const ok = await verifyBehaviour({ language: 'python', original, repaired: original.replace('md5', 'sha256'), probe: { original: [4, 4], repaired: [4, 4] }, functions: ['key'], family: 'hash' });
    expect(ok.status).toBe('kept');
  });

  it('a password hash also tested with `in` (a reuse check) is not rewritten: a salted hash would never match', async () => {
    const code = `import hashlib\nUSED = set()\n\ndef hash_password(password):\n    h = hashlib.md5(password.encode()).hexdigest()\n    if h in USED:\n        return 'reused'\n    return h\n\ndef check_password(password, stored_hash):\n    return hashlib.md5(password.encode()).hexdigest() == stored_hash\n`;
    const r = await repairCode(code, { language: 'python' });
    for (const rec of r.repairs.filter((x) => x.ruleId === 'py.weak-hash')) {
      expect(rec.status).toBe('rejected');
      expect(rec.reason).toMatch(/password hash used in a way not rewritten automatically \(line 5/);
    }
    expect(r.code).toBe(code);
  });

  it('a password repair whose check never verifies a right password is not applied (no round trip possible)', async () => {
    // only the comparison is here: stored hashes come from elsewhere (legacy MD5), so the rewrite is unproven
    const code = `import hashlib\n\ndef check_password(password, stored_hash):\n    return hashlib.md5(password.encode()).hexdigest() == stored_hash\n`;
    const r = await repairCode(code, { language: 'python' });
    const rec = r.repairs.find((x) => x.ruleId === 'py.weak-hash')!;
    expect(rec.status, rec.reason).toBe('unverified');
    expect(rec.applied).toBe(false);
    expect(rec.reason).toMatch(/never verified both a right and a wrong password \(accepted 0, refused \d\)/);
    expect(r.code).toBe(code);
  });
});

describe('repairCode without the sandbox, unsupported findings, bad input', () => {
  it('verify: false applies repairs that parse and clear the finding, marked unverified', async () => {
    const r = await repairCode(`import yaml\ndef parse(s):\n    return yaml.load(s)\n`, { language: 'python', verify: false });
    expect(r.repairs).toMatchObject([{ ruleId: 'py.yaml-load', status: 'unverified', applied: true, reason: 'behaviour not checked (verify: false)' }]);
    expect(r.code).toContain('yaml.safe_load(s)');
  });

  it('pickle.loads, shell syntax and identifier positions are unsupported, with the reason', async () => {
    const r = await repairCode(`import pickle, subprocess\ndef load(blob):\n    return pickle.loads(blob)\ndef count(path):\n    return subprocess.run(f"cat {path} | wc -l", shell=True)\ndef col(cur, c):\n    cur.execute(f"SELECT {c} FROM t")\n`, { language: 'python', verify: false });
    const by = Object.fromEntries(r.repairs.map((x) => [x.ruleId, x]));
    expect(by['py.insecure-deserialization']).toMatchObject({ status: 'unsupported', applied: false });
    expect(by['py.insecure-deserialization'].reason).toMatch(/no safe drop-in/);
    expect(by['py.subprocess-shell-injection'].status).toBe('unsupported');
    expect(by['py.subprocess-shell-injection'].reason).toMatch(/shell syntax \(\|\)/);
    expect(by['py.sql-injection'].status).toBe('unsupported');
    expect(by['py.sql-injection'].reason).toMatch(/identifier or keyword position/);
    expect(r.code).toContain('pickle.loads(blob)');
  });

  it('Java/PHP/C findings are reported unsupported; clean code gives no repairs and no diff', async () => {
    const j = await repairCode('class A { void f(java.sql.Statement s, String x) throws Exception { s.executeQuery("SELECT * FROM t WHERE a = \'" + x + "\'"); } }', { language: 'java' });
    expect(j.repairs.length).toBeGreaterThan(0);
    expect(j.repairs.every((x) => x.status === 'unsupported' && /Python and JavaScript only/.test(x.reason!))).toBe(true);
    const ok = await repairCode('def f(x):\n    return x + 1\n', { language: 'python' });
    expect(ok).toMatchObject({ code: 'def f(x):\n    return x + 1\n', diff: '', repairs: [], remaining: [] });
  });

  it('bad input → KalaError INVALID_ARGUMENT', async () => {
    const bad: Array<[unknown, unknown]> = [[42, { language: 'python' }], ['x = 1', { language: 'cobol' }], ['x = 1', null], ['x = 1', { language: 'python', verify: 'yes' }], ['x = 1', { language: 'python', acceptUnverified: 1 }], ['\u0000\u0001\u0002', { language: 'python' }]];
    for (const [code, opts] of bad) {
      const e = await repairCode(code as string, opts as { language: string }).catch((x: unknown) => x);
      expect(e, JSON.stringify([code, opts])).toBeInstanceOf(KalaError);
      expect((e as KalaError).code).toBe('INVALID_ARGUMENT');
    }
    const ac = new AbortController();
    ac.abort();
    const e = await repairCode('x = 1', { language: 'python', signal: ac.signal }).catch((x: unknown) => x);
    expect((e as KalaError).code).toBe('ABORTED');
  });
});

describe('kala-train code-repair', () => {
  const VULN = `import yaml\n\ndef parse(yaml_text):\n    return yaml.load(yaml_text, Loader=yaml.Loader)\n`;

  it.skipIf(!haveSandbox)('prints a diff by default and leaves the file alone; exit 1 while findings remain', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kala-repair-cli-'));
    const f = path.join(dir, 'app.py');
    writeFileSync(f, VULN);
    const r = cli('code-repair', f);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(`--- a/${f}`);
    expect(r.out).toContain('-    return yaml.load(yaml_text, Loader=yaml.Loader)\n+    return yaml.safe_load(yaml_text)');
    expect(r.err).toMatch(/app\.py:4: applied py\.yaml-load/);
    expect(readFileSync(f, 'utf8')).toBe(VULN);
    writeFileSync(path.join(dir, 'p.py'), 'import pickle\ndef f(b):\n    return pickle.loads(b)\n');
    const r2 = cli('code-repair', dir);
    expect(r2.code).toBe(1);
    expect(r2.err).toMatch(/p\.py:3: unsupported py\.insecure-deserialization/);
  });

  it.skipIf(!haveSandbox)('--write replaces the file; --json reports the repairs', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kala-repair-cli-'));
    const f = path.join(dir, 'app.py');
    writeFileSync(f, VULN);
    const j = cli('code-repair', f, '--json');
    const doc = JSON.parse(j.out);
    expect(doc.files[0].repairs[0]).toMatchObject({ ruleId: 'py.yaml-load', status: 'applied' });
    expect(readFileSync(f, 'utf8')).toBe(VULN);
    const w = cli('code-repair', f, '--write');
    expect(w.code, w.err).toBe(0);
    expect(w.out).toBe('');
    expect(readFileSync(f, 'utf8')).toContain('yaml.safe_load(yaml_text)');
    expect(cli('code-check', f).code).toBe(0);
  });

  it('--no-verify, --language, and errors: a missing path → FILE_NOT_FOUND, a bad language → usage error', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kala-repair-cli-'));
    const f = path.join(dir, 'snippet.txt');
    writeFileSync(f, VULN);
    const r = cli('code-repair', f, '--language', 'python', '--no-verify');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('+    return yaml.safe_load(yaml_text)');
    expect(r.err).toMatch(/unverified py\.yaml-load .*\(applied\)/);
    const missing = cli('code-repair', path.join(dir, 'nope.py'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/FILE_NOT_FOUND|does not exist/);
    const lang = cli('code-repair', f, '--language', 'cobol');
    expect(lang.code).not.toBe(0);
    expect(lang.err).toMatch(/--language must be/);
  });
});

describe.skipIf(!haveSandbox || !existsSync(path.join(DATA, 'cweval')))('on a CWEval sample, with its own tests', () => {
  it('cwe_078_0: the unsafe function repaired, its functionality tests still pass', async () => {
    const dir = path.join(DATA, 'cweval', 'benchmark', 'core', 'py');
    const code = readFileSync(path.join(dir, 'cwe_078_0_test.py'), 'utf8');
    const start = code.split('\n').findIndex((l) => l.startsWith('def get_ls_result_unsafe')) + 1;
    const r = await repairCode(code, {
      language: 'python',
      filter: (f) => f.line >= start && f.line < start + 10,
      tests: { entry: 'cwe_078_0_test.py', test: 'cwe_078_0_test.py', select: 'unsafe_functionality', files: { 'cwe_078_0_task.py': readFileSync(path.join(dir, 'cwe_078_0_task.py'), 'utf8') } },
    });
    expect(r.repairs).toMatchObject([{ ruleId: 'py.subprocess-shell-injection', status: 'applied' }]);
    expect(r.repairs[0].reason).toMatch(/the sample's tests \(3\)/);
    expect(r.code).toContain('["ls", "-l", str(dir_path)], shell=False');
  });
});
