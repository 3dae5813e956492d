#!/usr/bin/env node
// Code-security noise: what checkCode reports (default confidence) on ordinary code that is not a
// security test suite — libraries and applications installed on this machine by Debian and npm. No
// one labelled these files, so a finding here is not known to be false; but real library code is
// mostly correct, and each finding is one a user would have to read. The rule authors diff this
// list before and after a change and defend every new line (see code-rules/README.md).
//
//   node bench/code-noise.js [--out FILE] [--diff OLD.json] [--lang python,go,...]
//
// Corpora (each read only where installed; the script says which are missing and how to get them):
//   python      /usr/lib/python3/dist-packages (python3-* packages: jinja2, flask, werkzeug, requests…)
//   javascript  node_modules of this repository (express, ajv, undici, ws, tar…)
//   c / cpp     this package's csrc/, C examples under /usr/share/doc, llama.cpp's sources, libstdc++
//   java        OpenJDK 17's sources (apt-get install openjdk-17-source)
//   go          Go's standard library (apt-get install golang-src)
//   php         Roundcube webmail, Guzzle, Symfony HttpFoundation, Twig, PEAR (apt-get install --no-install-recommends roundcube-core php-twig php-symfony-http-foundation)
//   ruby        Sinatra, Rack, WEBrick, Ruby's net/ and cgi/ (apt-get install ruby-sinatra ruby-rack)
// Files are taken in sorted order up to a cap per directory, 500 bytes to 80 kB, no tests.
// --out writes the findings ("file:line rule") for a later --diff.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './lib.js';

const { checkCode } = await import(path.join(ROOT, 'dist', 'code', 'index.js'));
const arg = (name) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };

// OpenJDK ships its sources as one zip: unpack the modules read here once into a cache directory
function jdkSources() {
  const zip = '/usr/lib/jvm/java-17-openjdk-amd64/lib/src.zip';
  const dir = path.join(os.tmpdir(), 'kala-noise-jdk17');
  if (!existsSync(zip)) return undefined;
  if (!existsSync(path.join(dir, '.done'))) {
    mkdirSync(dir, { recursive: true });
    const mods = ['java.base/java/net/*', 'java.base/java/io/*', 'java.base/java/security/*', 'java.base/javax/crypto/*', 'jdk.httpserver/*', 'java.net.http/*', 'java.sql/*', 'java.naming/*', 'java.xml/javax/xml/*', 'jdk.jshell/*'];
    execFileSync('unzip', ['-q', '-o', zip, ...mods, '-d', dir]);
    writeFileSync(path.join(dir, '.done'), '');
  }
  return dir;
}

const PY = '/usr/lib/python3/dist-packages/';
const GO = '/usr/share/go-1.19/src/';
const GEMS = '/usr/share/rubygems-integration/all/gems/';
const CORPORA = {
  python: { ext: /\.py$/, dirs: ['git', 'jwt', 'yaml', 'pygments', 'requests', 'urllib3', 'attr', 'bandit', 'markdown', 'jinja2', 'werkzeug', 'flask', 'certifi', 'chardet', 'idna', 'six.py', 'argcomplete', 'docutils', 'sympy/core'].map((d) => PY + d), total: 350 },
  javascript: { ext: /\.(js|mjs|cjs)$/, dirs: ['express', 'body-parser', 'ajv', 'web-tree-sitter', 'vitest', 'yargs', 'semver', 'debug', 'tar', 'minimatch', 'glob', 'node-gyp', 'undici', 'ws', 'commander'].map((d) => path.join(ROOT, 'node_modules', d)), total: 350 },
  c: { ext: /\.c$/, dirs: ['/usr/share/doc', path.join(ROOT, 'node_modules/node-llama-cpp/llama')], each: 200 },
  cpp: { ext: /\.(cpp|cc|h|hpp)$/, dirs: [path.join(ROOT, 'csrc'), '/usr/include/c++/12/ext'], each: 200 },
  java: { ext: /\.java$/, dirs: () => { const d = jdkSources(); return d ? ['jdk.httpserver', 'java.net.http', 'java.base/java/net', 'java.sql', 'java.naming', 'java.base/javax/crypto', 'java.base/java/security', 'java.xml', 'java.base/java/io', 'jdk.jshell'].map((m) => path.join(d, m)) : []; }, each: 40, need: 'openjdk-17-source' },
  go: { ext: /\.go$/, dirs: ['net/http', 'net/url', 'net/smtp', 'net/mail', 'crypto/tls', 'crypto/x509', 'crypto/cipher', 'crypto/rand', 'database/sql', 'os/exec', 'html/template', 'text/template', 'log', 'archive', 'encoding/json', 'encoding/xml', 'mime/multipart', 'path/filepath', 'cmd/go/internal'].map((d) => GO + d), each: 25, need: 'golang-src' },
  php: { ext: /\.php$/, dirs: ['/usr/share/roundcube/program', '/usr/share/roundcube/plugins', '/usr/share/roundcube/installer', '/usr/share/php/GuzzleHttp', '/usr/share/php/Symfony/Component/HttpFoundation', '/usr/share/php/Twig', '/usr/share/php/Mail', '/usr/share/php/Net'], each: 60, need: 'roundcube-core php-twig php-symfony-http-foundation' },
  ruby: { ext: /\.rb$/, dirs: [GEMS + 'sinatra-3.0.5', GEMS + 'rack-2.2.22', GEMS + 'rack-protection-3.0.5', GEMS + 'webrick-1.8.1', '/usr/lib/ruby/3.1.0/net', '/usr/lib/ruby/3.1.0/cgi', '/usr/lib/ruby/vendor_ruby/rubygems'], each: 50, need: 'ruby-sinatra ruby-rack' },
};

// sorted walk of one directory tree, skipping tests, fixtures and vendored copies
function walk(dir, ext, max, out) {
  let n = 0;
  const rec = (d) => {
    let es;
    try { es = readdirSync(d).sort(); } catch { return; }
    for (const e of es) {
      if (n >= max) return;
      const p = path.join(d, e);
      let s;
      try { s = statSync(p); } catch { continue; }
      if (s.isDirectory()) { if (!/test|__pycache__|\.bin|testdata|vendor|flawfinder/.test(e)) rec(p); }
      else if (ext.test(e) && !/_test\.go$/.test(e) && s.size > 500 && s.size < 80000) { out.push(p); n++; }
    }
  };
  if (statSync(dir, { throwIfNoEntry: false })?.isFile()) { if (ext.test(dir)) out.push(dir); } else rec(dir);
}

const only = arg('--lang')?.split(',');
const findings = new Set();
const rows = [];
for (const [lang, c] of Object.entries(CORPORA)) {
  if (only && !only.includes(lang)) continue;
  const dirs = (typeof c.dirs === 'function' ? c.dirs() : c.dirs).filter((d) => existsSync(d));
  const files = [];
  if (c.total) { for (const d of dirs) { walk(d, c.ext, c.total - files.length, files); if (files.length >= c.total) break; } }
  else for (const d of dirs) walk(d, c.ext, c.each, files);
  if (files.length === 0) { rows.push({ lang, files: 0, lines: 0, findings: 0, missing: c.need ?? 'corpus' }); continue; }
  let lines = 0, count = 0;
  const byRule = {};
  for (const f of files) {
    const code = readFileSync(f, 'utf8');
    lines += code.split('\n').length;
    let fs = [];
    try { fs = await checkCode(code, { language: lang }); } catch { /* a file the parser gives up on */ }
    for (const x of fs) {
      // files of this repository by their path in it, so that lists from two checkouts compare
      const key = `${f.startsWith(ROOT + path.sep) ? path.relative(ROOT, f) : f}:${x.line} ${x.ruleId}`;
      if (findings.has(key)) continue;
      findings.add(key);
      count++;
      byRule[x.ruleId] = (byRule[x.ruleId] ?? 0) + 1;
    }
  }
  rows.push({ lang, files: files.length, lines, findings: count, top: Object.entries(byRule).sort((a, b) => b[1] - a[1]).slice(0, 5) });
}

console.log('language    files    lines  findings  per 1k lines  most frequent rules');
for (const r of rows) {
  if (r.missing) { console.log(`${r.lang.padEnd(10)} (not installed: apt-get install ${r.missing})`); continue; }
  console.log(`${r.lang.padEnd(10)} ${String(r.files).padStart(6)} ${String(r.lines).padStart(8)} ${String(r.findings).padStart(9)} ${(1000 * r.findings / r.lines).toFixed(2).padStart(13)}  ${r.top.map(([id, n]) => `${id} ${n}`).join(', ')}`);
}
const list = [...findings].sort();
const out = arg('--out');
if (out) writeFileSync(out, JSON.stringify(list, null, 0) + '\n');
const old = arg('--diff');
if (old) {
  const before = new Set(JSON.parse(readFileSync(old, 'utf8')));
  const now = new Set(list);
  for (const x of before) if (!now.has(x)) console.log(`- ${x}`);
  for (const x of now) if (!before.has(x)) console.log(`+ ${x}`);
}
