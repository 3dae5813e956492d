// kala-train code-check: text / json / sarif output, --output written atomically, directories
// scanned recursively, exit codes by --fail-on; the SARIF log validates against the official
// SARIF 2.1.0 JSON schema (shipped by @microsoft/jest-sarif) with ajv.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const CLI = path.join(ROOT, 'dist', 'cli', 'main.js');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function project(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kala-code-'));
  mkdirSync(path.join(dir, 'src', 'deep'), { recursive: true });
  writeFileSync(path.join(dir, 'src', 'app.py'), 'import os\ndef run(name):\n    os.system("ls " + name)\n');
  writeFileSync(path.join(dir, 'src', 'deep', 'hash.js'), 'const h = require("crypto").createHash("md5");\n');
  writeFileSync(path.join(dir, 'src', 'deep', 'ok.c'), 'int main(void) { return 0; }\n');
  writeFileSync(path.join(dir, 'src', 'notes.txt'), 'system($_GET["x"])\n');
  writeFileSync(path.join(dir, 'src', 'frag.php'), 'echo $_GET["name"];\n');
  return dir;
}

describe('kala-train code-check', () => {
  it('text: scans directories recursively (language from the extension), exit 1 on high findings', () => {
    const dir = project();
    const r = cli('code-check', dir);
    expect(r.code, r.err).toBe(1);
    expect(r.out).toMatch(/app\.py:3:\d+: critical py\.command-injection \(CWE-78/);
    expect(r.out).toMatch(/hash\.js:1:\d+: medium js\.weak-hash/);
    expect(r.out).toMatch(/frag\.php:1:\d+: high php\.xss/);
    expect(r.out).not.toMatch(/notes\.txt/);
    expect(r.out).toMatch(/4 findings in 4 files|\d+ findings in 4 files/);
  });

  it('--fail-on: exit 0 when nothing reaches the threshold, 0 on a clean file', () => {
    const dir = project();
    expect(cli('code-check', path.join(dir, 'src', 'deep', 'hash.js')).code).toBe(0); // medium < high
    expect(cli('code-check', '--fail-on', 'medium', path.join(dir, 'src', 'deep', 'hash.js')).code).toBe(1);
    expect(cli('code-check', '--fail-on', 'critical', path.join(dir, 'src', 'frag.php')).code).toBe(0);
    expect(cli('code-check', path.join(dir, 'src', 'deep', 'ok.c')).code).toBe(0);
  });

  it('--min-confidence: low-confidence (audit) rules are reported only when asked for', () => {
    const dir = project();
    const f = path.join(dir, 'src', 'routes.py');
    writeFileSync(f, '@app.route("/admin/delete_user", methods=["POST"])\ndef delete_user():\n    db.delete(1)\n    return "ok"\n');
    expect(cli('code-check', f).out).not.toMatch(/py\.missing-authorization/);
    expect(cli('code-check', '--min-confidence', 'low', f).out).toMatch(/routes\.py:1:\d+: medium py\.missing-authorization/);
    expect(cli('code-check', '--min-confidence', 'sure', f).code).not.toBe(0);
  });

  it('json to --output (atomic write), and bad arguments fail clearly', () => {
    const dir = project();
    const out = path.join(dir, 'report.json');
    const r = cli('code-check', '--format', 'json', '--output', out, path.join(dir, 'src'));
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    const app = doc.files.find((f: { file: string }) => f.file.endsWith('app.py'));
    expect(app.findings[0]).toMatchObject({ ruleId: 'py.command-injection', cwe: 'CWE-78', line: 3 });
    const bad = cli('code-check', '--format', 'xml', dir);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toMatch(/text, json or sarif/);
    const missing = cli('code-check', path.join(dir, 'nope.py'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/FILE_NOT_FOUND/);
    expect(existsSync(path.join(dir, 'nope.py'))).toBe(false);
  });

  it('sarif validates against the official SARIF 2.1.0 schema', () => {
    const dir = project();
    const r = cli('code-check', '--format', 'sarif', path.join(dir, 'src'));
    expect(r.code).toBe(1);
    const log = JSON.parse(r.out);
    const require = createRequire(import.meta.url);
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    const ok = validate(log);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 1)).toEqual([]);
    expect(ok).toBe(true);
    expect(log.version).toBe('2.1.0');
    const results = log.runs[0].results;
    expect(results.map((x: { ruleId: string }) => x.ruleId)).toEqual(expect.arrayContaining(['py.command-injection', 'js.weak-hash', 'php.xss']));
    // a broken log fails the same validation (the check can fail)
    expect(validate({ version: '2.1.0', runs: [{ results: [] }] })).toBe(false);
  });
});

describe('@kala/engine/code subpath', () => {
  it('resolves by package name, exports the analyzer, and loads no native code', () => {
    const code = `let n = 0; const real = process.dlopen; process.dlopen = (...a) => { n++; return real.apply(process, a); };
      const m = await import('@kala/engine/code'); const f = await m.checkCode('import os\\nos.system(input())', { language: 'python' });
      console.log(JSON.stringify({ keys: Object.keys(m), n, rule: f[0]?.ruleId }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    const o = JSON.parse(r.stdout.trim().split('\n').pop()!);
    expect(o.keys).toEqual(expect.arrayContaining(['checkCode', 'codeHints', 'toSarif', 'KalaError']));
    expect(o.n).toBe(0);
    expect(o.rule).toBe('py.command-injection');
  });
});
