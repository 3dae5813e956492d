// The Node side of the behaviour check (CommonJS only), run inside the sandbox. kala_harness.cjs
// replaces child_process, the SQL drivers (mysql, mysql2, pg, sqlite3), http(s) requests and axios
// by recorders, draws Math.random and crypto's random numbers from one seeded stream, gives a
// minimal DOM (elements record their text; innerHTML of plain text reads as that text), loads the
// target, then calls the touched functions with benign arguments, or every Express route handler
// with a fake request/response. Whether the repaired code ran comes from V8's precise coverage.

import { JS_VERIFY_PASSWORD } from './password-helpers.js';

export const JS_HARNESS = String.raw`
'use strict';
const fs = require('fs');
const path = require('path');
const Module = require('module');
const { Session } = require('inspector');
const CFG = JSON.parse(fs.readFileSync('kala_config.json', 'utf8'));
const TARGET = path.resolve(CFG.target);
const RECORDS = [];
const EFFECTS = [];
globalThis.__kalaErrors = [];
// files the code writes are behaviour too: snapshot the work dir before and after
function snapshot() {
  const out = new Map();
  const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) { if (!e.name.startsWith('.')) walk(p); } else if (e.isFile()) { try { out.set(p, fs.readFileSync(p).subarray(0, 4000).toString('latin1')); } catch {} } } };
  walk('.');
  return out;
}
const BEFORE = snapshot();

// ---- one seeded stream: Math.random() and crypto.randomInt draw the same numbers (multiples of 2^-48)
let seed = 12345n;
function next48() { seed = (seed * 25214903917n + 11n) & ((1n << 48n) - 1n); return Number(seed); }
const uniform = () => next48() / 2 ** 48;
Math.random = uniform;
const crypto = require('crypto');
crypto.randomInt = function (a, b, cb) {
  if (typeof b !== 'number') { cb = b; b = a; a = 0; }
  const v = a + Math.floor(uniform() * (b - a));
  if (typeof cb === 'function') { cb(null, v); return; }
  return v;
};
crypto.randomBytes = function (n, cb) { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = Math.floor(uniform() * 256); if (cb) { cb(null, b); return; } return b; };
crypto.randomUUID = () => '00000000-0000-4000-8000-' + String(next48()).padStart(12, '0').slice(0, 12);
// password verification decisions: how often the repair's verification helper said yes / no (not
// compared between the versions; a password repair must show both in its repaired run)
const DECISIONS = [0, 0];
const realTimingSafeEqual = crypto.timingSafeEqual;
crypto.timingSafeEqual = function (a, b) {
  const r = realTimingSafeEqual(a, b);
  if (/\bat ${JS_VERIFY_PASSWORD}\b/.test(String(new Error().stack))) DECISIONS[r ? 0 : 1]++;
  return r;
};

function plain(x, d = 0) {
  if (d > 4) return '...';
  if (x === undefined) return '<undefined>';
  if (x === null || typeof x === 'number' || typeof x === 'boolean' || typeof x === 'string') return x;
  if (Buffer.isBuffer(x)) return 'buf:' + x.toString('latin1');
  if (typeof x === 'function') return '<function>';
  if (Array.isArray(x)) return x.map((v) => plain(v, d + 1));
  if (typeof x === 'object') { const o = {}; for (const k of Object.keys(x).sort()) o[k] = plain(x[k], d + 1); return o; }
  return String(x);
}
function benign(name, variant = 0) {
  const n = String(name || '').toLowerCase();
  if (/(^|_)(id|num|count|n|limit|offset|size|port|age|year|index|idx|page|length|len|amount|qty|number|times|level|uid)$/.test(n) || /(Id|Count|Num)$/.test(name)) return 1 + variant;
  if (/^(is|has|use|enable)/.test(n)) return true;
  if (/url|uri|link|endpoint/.test(n)) return variant ? 'https://example.org/x' : 'https://example.com/page';
  if (/host|domain/.test(n)) return 'example.com';
  if (/yaml|yml/.test(n)) return 'name: alice\n';
  if (/json/.test(n)) return '{"name": "alice"}';
  if (/xml/.test(n)) return '<user><name>alice</name></user>';
  if (/mail/.test(n)) return 'alice@example.com';
  if (/pass|pwd|secret|token|key/.test(n)) return variant ? 'battery staple' : 'correct horse';
  if (/dir|folder/.test(n)) return 'docs';
  if (/path|file/.test(n)) return variant ? 'report.txt' : 'notes.txt';
  return variant ? 'bob' : 'alice';
}
const recorder = (label) => (...args) => { EFFECTS.push(['callback', label, plain(args)]); };

// ---- SQL: the statement after client-side parameter binding (what mysql sends), so "?" + params == spliced text
function sqlValue(v) {
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map(sqlValue).join(', ');
  return "'" + String(v).replace(/\\/g, '\\\\').replace(/'/g, "\\'") + "'";
}
function bind(sql, params) {
  if (!params || typeof params === 'function') return sql;
  const list = Array.isArray(params) ? params : [params];
  let i = 0;
  return String(sql).replace(/\$(\d+)|\?/g, (m, n) => sqlValue(n ? list[Number(n) - 1] : list[i++]));
}
const ROWS = [{ id: 1, name: 'alice' }, { id: 2, name: 'bob' }];
function query(sql, params, cb) {
  if (typeof params === 'function') { cb = params; params = undefined; }
  if (sql && typeof sql === 'object') { params = sql.values; sql = sql.sql || sql.text; }
  EFFECTS.push(['sql', bind(sql, params)]);
  if (typeof cb === 'function') { process.nextTick(() => cb(null, ROWS, [])); return { on() { return this; } }; }
  return Promise.resolve({ rows: ROWS, rowCount: 2 });
}
const conn = () => ({ query, execute: query, connect(cb) { if (cb) cb(null); return Promise.resolve(); }, end(cb) { if (cb) cb(null); }, release() {}, getConnection(cb) { cb(null, conn()); }, escape: sqlValue, promise() { return this; } });
const sqlite3Db = function () { return { run: query, get: (s, p, cb) => query(s, p, typeof cb === 'function' ? (e, r) => cb(e, r[0]) : (typeof p === 'function' ? (e, r) => p(e, r[0]) : undefined)), all: query, each: query, exec: query, serialize(fn) { fn && fn(); }, close() {}, prepare: (s) => ({ run: (...a) => query(s, ...a), all: (...a) => query(s, ...a), get: (...a) => query(s, ...a), finalize() {} }) }; };

// ---- child_process: the argument vector actually executed
function shellWords(s) {
  if (/[|&;<>()$\u0060\\"'*?[\]#~{}\n]/.test(s)) return ['<shell>', s];
  return s.split(/\s+/).filter(Boolean);
}
function exec(cmd, opts, cb) {
  if (typeof opts === 'function') { cb = opts; opts = {}; }
  const argv = shellWords(String(cmd)); EFFECTS.push(['exec', argv]);
  if (cb) process.nextTick(() => cb(null, 'ran ' + argv.join(' ') + '\n', ''));
  return fakeChild();
}
function execFile(file, args, opts, cb) {
  if (typeof args === 'function') { cb = args; args = []; } else if (typeof opts === 'function') { cb = opts; }
  if (!Array.isArray(args)) args = [];
  const argv = [file, ...args.map(String)]; EFFECTS.push(['exec', argv]);
  if (cb) process.nextTick(() => cb(null, 'ran ' + argv.join(' ') + '\n', ''));
  return fakeChild();
}
function outOf(argv, opts) { const s = 'ran ' + argv.join(' ') + '\n'; return opts && opts.encoding && opts.encoding !== 'buffer' ? s : Buffer.from(s); }
function execSync(cmd, opts) { const argv = shellWords(String(cmd)); EFFECTS.push(['exec', argv]); return outOf(argv, opts); }
function execFileSync(file, args, opts) { if (!Array.isArray(args)) { opts = args; args = []; } const argv = [file, ...args.map(String)]; EFFECTS.push(['exec', argv]); return outOf(argv, opts); }
function fakeChild() { const { EventEmitter } = require('events'); const c = new EventEmitter(); c.stdout = new EventEmitter(); c.stderr = new EventEmitter(); c.kill = () => {}; process.nextTick(() => c.emit('close', 0)); return c; }
function spawn(file, args, opts) { const argv = opts && opts.shell ? shellWords([file, ...(args || [])].join(' ')) : [file, ...(args || []).map(String)]; EFFECTS.push(['exec', argv]); return fakeChild(); }

// ---- HTTP: recorded without TLS settings (rejectUnauthorized, agent) which only the TLS repair changes
function stripTls(o) { if (!o || typeof o !== 'object') return o; const c = { ...o }; delete c.rejectUnauthorized; delete c.agent; delete c.httpsAgent; return c; }
function httpStub(proto) {
  const real = require(proto);
  const request = (url, opts, cb) => {
    if (typeof opts === 'function') { cb = opts; opts = undefined; }
    EFFECTS.push(['http', plain(typeof url === 'object' ? stripTls(url) : url), plain(stripTls(opts))]);
    const { EventEmitter } = require('events');
    const req = new EventEmitter(); req.end = () => { const res = new EventEmitter(); res.statusCode = 200; res.headers = {}; res.setEncoding = () => {}; if (cb) cb(res); process.nextTick(() => { res.emit('data', 'ok'); res.emit('end'); }); }; req.write = () => {}; req.setTimeout = () => req; req.destroy = () => {};
    return req;
  };
  return { ...real, request, get: (u, o, cb) => { const r = request(u, o, cb); r.end(); return r; }, Agent: function (o) { EFFECTS.push(['agent', plain(stripTls(o))]); return {}; } };
}
const axiosCall = (m) => (url, a, b) => { EFFECTS.push(['http', m, String(url), plain(stripTls(m === 'get' || m === 'delete' ? a : b))]); return Promise.resolve({ status: 200, data: 'ok', headers: {} }); };
const axios = Object.assign((cfg) => { EFFECTS.push(['http', plain(stripTls(cfg))]); return Promise.resolve({ status: 200, data: 'ok' }); }, { get: axiosCall('get'), post: axiosCall('post'), put: axiosCall('put'), delete: axiosCall('delete'), create: () => axios });

// ---- Express: routes are collected, then each handler is called with a fake request and response
const ROUTES = [];
function expressStub() {
  const mk = () => { const app = (req, res, next) => next && next(); for (const m of ['get', 'post', 'put', 'delete', 'patch', 'all']) app[m] = (p, ...hs) => { if (typeof p === 'string' && hs.length) ROUTES.push([m.toUpperCase(), p, hs]); return app; }; app.use = () => app; app.listen = (...a) => { const cb = a.find((x) => typeof x === 'function'); return { close() {} }; }; app.set = () => app; app.engine = () => app; app.route = (p) => { const r = {}; for (const m of ['get', 'post', 'put', 'delete']) r[m] = (...hs) => { ROUTES.push([m.toUpperCase(), p, hs]); return r; }; return r; }; return app; };
  const e = () => mk(); e.Router = mk; e.static = () => (q, s, n) => n && n(); e.json = e.static; e.urlencoded = e.static; e.text = e.static;
  return e;
}
function bag(variant) { return new Proxy({}, { get: (_, k) => (typeof k === 'string' && k !== 'then' && k !== 'toJSON' ? benign(k, variant) : undefined), has: () => true, ownKeys: () => ['name'], getOwnPropertyDescriptor: () => ({ enumerable: true, configurable: true }) }); }
function fakeReq(p, m, variant) { return { method: m, path: p, url: p, originalUrl: p, query: bag(variant), body: bag(variant), params: bag(variant), cookies: bag(variant), signedCookies: bag(variant), headers: bag(variant), session: {}, ip: '127.0.0.1', get: (h) => benign(h, variant), header: (h) => benign(h, variant), protocol: 'http', hostname: 'localhost' }; }
// the calls that end a response: a handler is done when it made one (or called next)
const FINISHING = new Set(['send', 'json', 'end', 'redirect', 'render', 'sendFile', 'download', 'jsonp', 'sendStatus']);
function fakeRes(log) {
  const res = { statusCode: 200, headersSent: false, locals: {} };
  for (const m of ['send', 'json', 'end', 'write', 'redirect', 'render', 'sendFile', 'download', 'cookie', 'clearCookie', 'set', 'header', 'setHeader', 'type', 'attachment', 'jsonp', 'sendStatus', 'append', 'location', 'links', 'vary'])
    res[m] = (...a) => { log.push([m, plain(a.filter((x) => typeof x !== 'function'))]); if (FINISHING.has(m)) res.finished = true; return res; };
  res.status = (c) => { log.push(['status', c]); res.statusCode = c; return res; };
  return res;
}

// ---- a DOM whose elements record the text they end up showing
function textOfHtml(h) { h = String(h); return /[<>]/.test(h) ? '<markup>' + h : h.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'); }
const ELEMENTS = new Map();
function element(key) {
  if (ELEMENTS.has(key)) return ELEMENTS.get(key);
  const el = { _text: '', id: key, style: {}, dataset: {}, classList: { add() {}, remove() {}, toggle() {} }, children: [],
    set innerHTML(v) { this._text = textOfHtml(v); EFFECTS.push(['dom', key, this._text]); }, get innerHTML() { return this._text; },
    set textContent(v) { this._text = String(v); EFFECTS.push(['dom', key, this._text]); }, get textContent() { return this._text; },
    set innerText(v) { this.textContent = v; }, get innerText() { return this._text; },
    set outerHTML(v) { this._text = textOfHtml(v); EFFECTS.push(['dom', key, this._text]); },
    replaceWith(v) { this._text = String(v); EFFECTS.push(['dom', key, this._text]); },
    insertAdjacentHTML(p, v) { this._text += textOfHtml(v); EFFECTS.push(['dom', key, this._text]); },
    insertAdjacentText(p, v) { this._text += String(v); EFFECTS.push(['dom', key, this._text]); },
    getAttribute: (a) => benign(a), setAttribute(a, v) { EFFECTS.push(['attr', key, a, String(v)]); }, appendChild(c) { this.children.push(c); return c; }, addEventListener() {}, querySelector: (s) => element(key + ' ' + s), value: 'alice' };
  ELEMENTS.set(key, el);
  return el;
}
globalThis.document = globalThis.document || { getElementById: element, querySelector: element, querySelectorAll: (s) => [element(s)], createElement: (t) => element('new ' + t), body: element('body'), write: (s) => EFFECTS.push(['dom', 'document', textOfHtml(s)]), writeln: (s) => EFFECTS.push(['dom', 'document', textOfHtml(s)]), cookie: 'session=alice', referrer: 'https://example.com/', location: null };
globalThis.location = globalThis.location || { hash: '#alice', search: '?q=alice', href: 'https://example.com/#alice', pathname: '/page' };
globalThis.document.location = globalThis.location;
globalThis.window = globalThis.window || globalThis;

if (CFG.stubs !== false) {
  const stubs = {
    child_process: { ...require('child_process'), exec, execSync, execFile, execFileSync, spawn, spawnSync: (f, a, o) => { spawn(f, a, o); return { status: 0, stdout: Buffer.from(''), stderr: Buffer.from('') }; } },
    mysql: { createConnection: conn, createPool: conn, escape: sqlValue, format: bind },
    mysql2: { createConnection: conn, createPool: conn, escape: sqlValue, format: bind },
    'mysql2/promise': { createConnection: async () => conn(), createPool: conn },
    pg: { Client: function () { return conn(); }, Pool: function () { return conn(); } },
    sqlite3: { Database: sqlite3Db, verbose() { return this; }, OPEN_READONLY: 1, OPEN_READWRITE: 2, OPEN_CREATE: 4 },
    https: httpStub('https'), http: httpStub('http'), axios, express: expressStub(),
  };
  const realLoad = Module._load;
  Module._load = function (request, parent, isMain) {
    const r = request.replace(/^node:/, '');
    if (Object.prototype.hasOwnProperty.call(stubs, r)) return stubs[r];
    return realLoad.apply(this, arguments);
  };
}

// names the snippet uses but never declares: an Express app, a DB connection, or a benign value
function standin(name) {
  if (/^(app|router|server|api|route)$/i.test(name)) return expressStub()();
  if (/conn|^db|db$|pool|client|mysql/i.test(name)) return conn();
  if (/^(req|request)$/.test(name)) return fakeReq('/', 'GET', 0);
  if (/^(res|response)$/.test(name)) return fakeRes(EFFECTS);
  return benign(name);
}
for (const name of CFG.undeclared || []) if (!(name in globalThis)) globalThis[name] = standin(name);
globalThis.__kalaStandin = standin;

async function callLabel(label, fn) {
  // password repairs: each call draws from the stream's start, so a salted hash of the same
  // password is the same string in every call (both versions alike)
  if (CFG.reseed) seed = 12345n;
  try {
    let r = fn();
    if (r && typeof r.then === 'function') r = await Promise.race([r, new Promise((res) => setTimeout(() => res('<pending>'), 2000))]);
    RECORDS.push([label, 'ok', plain(r)]);
  } catch (e) {
    RECORDS.push([label, 'throw', e && e.name, String(e && e.message).replace(/0x[0-9a-f]+/g, '0x?').slice(0, 300)]);
  }
}

(async () => {
  const session = new Session();
  session.connect();
  const post = (m, p) => new Promise((res, rej) => session.post(m, p || {}, (e, r) => (e ? rej(e) : res(r))));
  await post('Profiler.enable');
  await post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
  let mod;
  await callLabel('<module>', () => { mod = require(TARGET); return undefined; });
  const exposed = (mod && mod.__kala__) || {};
  // benign arguments; with only, the variant applies to the parameters it matches (the password)
  // and the others keep variant 0 (the same user); given fixes some parameters (a stored hash)
  const argsFor = (name, fn, variant, only, given) => {
    const params = (String(fn).match(/^[^(]*\(([^)]*)\)/) || [, ''])[1].split(',').map((s) => s.trim().replace(/=.*$/, '')).filter(Boolean);
    return params.map((p) => {
      if (given && Object.prototype.hasOwnProperty.call(given, p)) return given[p];
      const v = !only || only.test(p) ? variant : 0;
      return /^(cb|callback|done|next)$/i.test(p) ? recorder(name + ':' + p) : /^(req|request)$/.test(p) ? fakeReq('/', 'GET', v) : /^(res|response)$/.test(p) ? fakeRes(EFFECTS) : benign(p, v);
    });
  };
  for (const name of CFG.functions || []) {
    const fn = exposed[name];
    if (typeof fn !== 'function') continue;
    for (const variant of [0, 1]) {
      const args = argsFor(name, fn, variant);
      await callLabel(name + '#' + variant, () => fn(...args));
    }
  }
  // a password repair: store a hash of the right password once, then verify the right (variant 0)
  // and a wrong one (variant 1) against it; the stored value and both decisions are recorded
  const rt = CFG.roundTrip;
  if (rt && typeof exposed[rt.store] === 'function' && typeof exposed[rt.verify] === 'function') {
    const settle = async (r) => (r && typeof r.then === 'function' ? await r : r);
    await callLabel('roundtrip', async () => {
      const stored = await settle(exposed[rt.store](...argsFor(rt.store, exposed[rt.store], 0)));
      const given = rt.storedParam ? { [rt.storedParam]: stored } : undefined;
      const out = [stored];
      for (const variant of [0, 1]) out.push(await settle(exposed[rt.verify](...argsFor(rt.verify, exposed[rt.verify], variant, /pass|pwd|secret|token|key|pin|credential/i, given))));
      return out;
    });
  }
  for (const [m, p, hs] of ROUTES) {
    for (const variant of [0, 1]) {
      const log = [];
      await callLabel(m + ' ' + p + '#' + variant, async () => {
        for (const h of hs) {
          let go = false;
          const res = fakeRes(log);
          const r = h(fakeReq(p, m, variant), res, () => { go = true; });
          if (r && typeof r.then === 'function') await r;
          // a response sent from an I/O callback (fs.readFile(…, cb)) comes later: wait for the
          // handler to finish the response or call next, up to 300 ms, so that a loaded machine
          // does not record a different (earlier) state for the original and the repaired code
          const t0 = Date.now();
          do await new Promise((done) => setTimeout(done, 5));
          while (!go && !res.finished && Date.now() - t0 < 300);
          if (!go) break;
        }
        return log;
      });
    }
  }
  await new Promise((res) => setTimeout(res, 20));
  const cov = await post('Profiler.takePreciseCoverage');
  let hit = false;
  const [a] = CFG.probe;
  for (const s of cov.result) {
    if (!s.url || !s.url.endsWith(path.basename(TARGET))) continue;
    let best = null;
    for (const f of s.functions) for (const r of f.ranges) if (r.startOffset <= a && a < r.endOffset && (!best || r.endOffset - r.startOffset <= best.endOffset - best.startOffset)) best = r;
    if (best && best.count > 0) hit = true;
  }
  for (const [p, v] of [...snapshot()].sort()) if (BEFORE.get(p) !== v) EFFECTS.push(['file', p, v]);
  if (globalThis.__kalaErrors.length) RECORDS.push(['<statements>', 'throw', globalThis.__kalaErrors]);
  process.stdout.write(JSON.stringify({ records: RECORDS, effects: EFFECTS, hit, decisions: DECISIONS }) + '\n');
  process.exit(0);
})();
`;
