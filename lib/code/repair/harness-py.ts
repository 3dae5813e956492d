// The Python side of the behaviour check, run inside the sandbox next to the code under test.
// kala_harness.py loads the target file with external effects replaced by recorders (subprocess,
// os.system, HTTP clients, DB drivers), randomness drawn from one seeded stream (random and
// secrets alike), undefined module names given benign stand-ins, and then: calls the touched
// functions with benign arguments, or runs the module, or calls every route of a Flask app through
// a small stand-in of Flask. It prints one JSON document: what each call returned or raised, the
// effects recorded, and whether the repaired lines ran at all (a check that never reached them
// proves nothing and is reported as unverified).

import { PY_VERIFY_PASSWORD } from './password-helpers.js';

export const PY_HARNESS = String.raw`
import sys, os, io, json, re, types, builtins, random, inspect, asyncio, shlex, symtable, tempfile
CFG = json.load(open('kala_config.json'))
TARGET = os.path.abspath(CFG['target'])
PROBE = CFG['probe']
HIT = [False]
HITS = [0, 0]  # probe statements started, and those left by an exception
RECORDS = []
EFFECTS = []

def _tracer(frame, event, arg):
    if frame.f_code.co_filename != TARGET:
        return None
    if PROBE[0] <= frame.f_lineno <= PROBE[1]:
        if event == 'line':
            HIT[0] = True
            HITS[0] += 1
        elif event == 'exception':
            HITS[1] += 1
    return _tracer

# ---- one seeded stream for random, secrets and os.urandom: a repair random -> secrets is compared value for value
random.seed(12345)
_inst = random._inst
random.SystemRandom.random = lambda self: _inst.random()
random.SystemRandom.getrandbits = lambda self, k: _inst.getrandbits(k)
random.SystemRandom.randbytes = lambda self, n: _inst.randbytes(n)
os.urandom = lambda n: _inst.randbytes(n)

# ---- password verification decisions: how often the repair's verification helper said yes / no
# (not compared between the versions; a password repair must show both in its repaired run)
import hmac
DECISIONS = [0, 0]
_real_compare_digest = hmac.compare_digest
def _counting_compare_digest(a, b):
    r = _real_compare_digest(a, b)
    if sys._getframe(1).f_code.co_name == '${PY_VERIFY_PASSWORD}':
        DECISIONS[0 if r else 1] += 1
    return r
hmac.compare_digest = _counting_compare_digest

def _plain(x, depth=0):
    if depth > 4: return '...'
    if x is None or isinstance(x, (bool, int, float, str)): return x
    if isinstance(x, bytes): return 'b:' + x.decode('latin-1')
    if isinstance(x, (list, tuple)): return [_plain(v, depth + 1) for v in x]
    if isinstance(x, dict): return {str(k): _plain(v, depth + 1) for k, v in x.items()}
    return re.sub(r'0x[0-9a-fA-F]+', '0x?', repr(x))[:500]

def benign(name, variant=0, annotation=None):
    n = (name or '').lower()
    ann = annotation if isinstance(annotation, type) else None
    if ann is int or re.search(r'(^|_)(id|num|count|n|limit|offset|size|port|age|year|index|idx|page|length|len|amount|qty|number|times|level|uid)$', n): return 1 + variant
    if ann is float: return 1.5 + variant
    if ann is bool or re.match(r'(is|has|use|enable)_', n): return True
    if ann is bytes: return b'alice' if variant == 0 else b'bob'
    if ann is list: return []
    if ann is dict: return {}
    if re.search(r'url|uri|link|endpoint', n): return 'https://example.com/page' if variant == 0 else 'https://example.org/x'
    if re.search(r'host|domain', n): return 'example.com'
    if re.search(r'yaml|yml', n): return 'name: alice\nlevel: 1\n'
    if re.search(r'json', n): return '{"name": "alice"}'
    if re.search(r'xml', n): return '<user><name>alice</name></user>'
    if re.search(r'mail', n): return 'alice@example.com'
    if re.search(r'pass|pwd|secret|token|key', n): return 'correct horse' if variant == 0 else 'battery staple'
    if re.search(r'dir|folder', n): return 'docs'
    if re.search(r'path|file', n): return 'notes.txt' if variant == 0 else 'report.txt'
    if re.search(r'cmd|command|prog', n): return 'echo'
    return 'alice' if variant == 0 else 'bob'

# ---- sqlite that grows the tables and columns a query asks for, with two benign rows
import sqlite3
_real_connect = sqlite3.connect
_DBS = {}
class _AutoConn:
    # one in-memory database per name for the whole run: a schema a helper creates at import is
    # still there when a handler reconnects
    def __init__(self, fmt=False, name=':memory:'):
        key = str(name)
        if key not in _DBS: _DBS[key] = (_real_connect(':memory:'), {})
        self._c, self._tables = _DBS[key]
        self._fmt = fmt
    def _grow(self, e):
        s = str(e)
        m = re.match(r'no such table: (?:\w+\.)?(\w+)', s)
        if m:
            t = m.group(1)
            self._c.execute('CREATE TABLE "%s" (id INTEGER)' % t)
            self._c.execute('INSERT INTO "%s" (id) VALUES (1)' % t)
            self._c.execute('INSERT INTO "%s" (id) VALUES (2)' % t)
            self._tables[t] = ['id']
            return True
        m = re.match(r'table (\w+) has (\d+) columns but (\d+) values were supplied', s)
        if m and m.group(1) in self._tables:
            t = m.group(1)
            for i in range(int(m.group(2)), int(m.group(3))):
                self._c.execute('ALTER TABLE "%s" ADD COLUMN "c%d"' % (t, i)); self._tables[t].append('c%d' % i)
            return True
        m = re.match(r'no such column: (?:\w+\.)?(\w+)', s) or re.match(r'table \w+ has no column named (\w+)', s)
        if m and self._tables:
            col = m.group(1)
            for t, cols in self._tables.items():
                if col not in cols:
                    self._c.execute('ALTER TABLE "%s" ADD COLUMN "%s"' % (t, col))
                    numeric = re.search(r'(^|_)(id|num|count|age|level|score|amount|price|qty)$', col.lower())
                    self._c.execute('UPDATE "%s" SET "%s" = ? WHERE id = 1' % (t, col), (1 if numeric else 'alice',))
                    self._c.execute('UPDATE "%s" SET "%s" = ? WHERE id = 2' % (t, col), (2 if numeric else 'bob',))
                    cols.append(col)
            return True
        return False
    def _sql(self, sql, params):
        if self._fmt and params is not None:
            sql = re.sub(r'%s', '?', sql).replace('%%', '%')
        return sql
    def run(self, cur, sql, params=None):
        q = self._sql(sql, params)
        EFFECTS.append(['sql', _bound(q, params)])
        for _ in range(16):
            try:
                return cur.execute(q) if params is None else cur.execute(q, tuple(params) if isinstance(params, list) else params)
            except sqlite3.OperationalError as e:
                if not self._grow(e): raise
        raise sqlite3.OperationalError('schema did not settle')
    def cursor(self, *a, **k): return _AutoCursor(self)
    def execute(self, sql, params=None):
        c = _AutoCursor(self); c.execute(sql, params); return c
    def executescript(self, s): return self._c.executescript(s)
    def commit(self): pass
    def rollback(self): pass
    def close(self): pass
    def __enter__(self): return self
    def __exit__(self, *a): return False
class _AutoCursor:
    def __init__(self, conn):
        self._conn = conn
        self._cur = conn._c.cursor()
    def execute(self, sql, params=None):
        self._conn.run(self._cur, sql, params); return self
    def executescript(self, script): self._conn._c.executescript(script); return self
    def executemany(self, sql, seq):
        for p in seq: self.execute(sql, p)
        return self
    def fetchall(self): return self._cur.fetchall()
    def fetchone(self): return self._cur.fetchone()
    def fetchmany(self, n=1): return self._cur.fetchmany(n)
    @property
    def description(self): return self._cur.description
    @property
    def rowcount(self): return self._cur.rowcount
    def close(self): pass
    def __iter__(self): return iter(self._cur.fetchall())
    def __enter__(self): return self
    def __exit__(self, *a): return False

def _sqlvalue(v):
    if v is None: return 'NULL'
    if isinstance(v, (bool, int, float)): return repr(v)
    if isinstance(v, bytes): v = v.decode('latin-1')
    return "'" + str(v).replace("'", "''") + "'"

def _bound(sql, params):
    # the statement with its parameters written in, as a driver that binds client-side would send it:
    # equal for "... = '%s'" % x and "... = ?", (x,) when x is benign text
    if params is None: return sql
    vals = list(params.values()) if isinstance(params, dict) else list(params) if isinstance(params, (list, tuple)) else [params]
    it = iter(vals)
    return re.sub(r'\?', lambda m: _sqlvalue(next(it, None)), sql)

def _fake_module(name, **attrs):
    m = types.ModuleType(name)
    m.__dict__.update(attrs)
    sys.modules[name] = m
    return m

if CFG.get('stubs', True):
    sqlite3.connect = lambda database=':memory:', *a, **k: _AutoConn(False, database)
    for drv in ('MySQLdb', 'pymysql', 'psycopg2', 'mysql.connector', 'mysql'):
        _fake_module(drv, connect=lambda *a, **k: _AutoConn(True), Error=Exception, paramstyle='format')
    sys.modules['mysql'].connector = sys.modules['mysql.connector']

    # ---- subprocess / os.system: record the argument vector actually executed, answer with fake output
    import subprocess
    def _argv(args, shell):
        if isinstance(args, (str, bytes)):
            s = args.decode() if isinstance(args, bytes) else args
            return shlex.split(s) if shell else [s]
        out = []
        for a in args:
            if not isinstance(a, (str, bytes, os.PathLike)):
                raise TypeError('expected str, bytes or os.PathLike object, not ' + type(a).__name__)
            out.append(os.fsdecode(a))
        return out
    def _out(argv): return 'ran ' + ' '.join(argv) + '\n'
    def _texty(kw): return bool(kw.get('text') or kw.get('universal_newlines') or kw.get('encoding') or kw.get('errors'))
    class _Popen:
        def __init__(self, args, *a, **kw):
            self.args = args
            argv = _argv(args, kw.get('shell', False))
            EFFECTS.append(['exec', argv])
            text = _texty(kw)
            data = _out(argv)
            self._data = data if text else data.encode()
            self.returncode = 0
            self.pid = 4242
            self.stdout = (io.StringIO if text else io.BytesIO)(self._data) if kw.get('stdout') == subprocess.PIPE else None
            self.stderr = None
            self.stdin = None
            if kw.get('stdout') is None and not a: sys.stdout.write(data)
        def communicate(self, input=None, timeout=None): return (self._data if self.stdout is not None else None, None)
        def wait(self, timeout=None): return 0
        def poll(self): return 0
        def kill(self): pass
        def terminate(self): pass
        def __enter__(self): return self
        def __exit__(self, *a): return False
    def _run(args, *a, capture_output=False, check=False, input=None, timeout=None, **kw):
        if capture_output: kw['stdout'] = subprocess.PIPE
        p = _Popen(args, **kw)
        out, err = p.communicate()
        return subprocess.CompletedProcess(args, 0, out, err)
    subprocess.Popen = _Popen
    subprocess.run = _run
    subprocess.call = lambda args, *a, **kw: _run(args, **kw).returncode
    subprocess.check_call = lambda args, *a, **kw: _run(args, **kw).returncode
    subprocess.check_output = lambda args, *a, **kw: _run(args, **{**kw, 'stdout': subprocess.PIPE}).stdout
    subprocess.getoutput = lambda cmd: _run(cmd, shell=True, stdout=subprocess.PIPE, text=True).stdout.rstrip('\n')
    subprocess.getstatusoutput = lambda cmd: (0, subprocess.getoutput(cmd))
    def _system(cmd):
        argv = _argv(cmd, True); EFFECTS.append(['exec', argv]); sys.stdout.write(_out(argv)); return 0
    os.system = _system
    def _popen(cmd, mode='r', buffering=-1):
        argv = _argv(cmd, True); EFFECTS.append(['exec', argv]); return io.StringIO(_out(argv))
    os.popen = _popen
    for _n in ('execl', 'execle', 'execlp', 'execv', 'execve', 'execvp', 'spawnl', 'spawnv', 'spawnlp', 'spawnvp'):
        setattr(os, _n, (lambda nm: lambda *a: EFFECTS.append([nm, _plain(a)]))(_n))

    # ---- HTTP: the request is recorded without its TLS settings (verify, context): only those may differ
    class _Resp:
        status_code = 200; ok = True; text = 'ok'; content = b'ok'; headers = {}; encoding = 'utf-8'; reason = 'OK'; status = 200
        def __init__(self, url=''): self.url = url
        def json(self): return {'ok': True}
        def raise_for_status(self): pass
        def read(self, *a): return b'ok'
        def getcode(self): return 200
        def close(self): pass
        def __enter__(self): return self
        def __exit__(self, *a): return False
    def _http(method):
        def f(url=None, *a, **kw):
            if method == 'request': method_, url = url, (a[0] if a else kw.pop('url', None))
            else: method_ = method
            EFFECTS.append(['http', method_.upper(), str(url), _plain({k: v for k, v in kw.items() if k not in ('verify', 'cert', 'timeout')})])
            return _Resp(str(url))
        return f
    class _Session:
        def __init__(self, *a, **k): self.verify = True; self.headers = {}
        def __enter__(self): return self
        def __exit__(self, *a): return False
        def close(self): pass
        def mount(self, *a): pass
    for _m in ('get', 'post', 'put', 'delete', 'patch', 'head', 'options', 'request'):
        setattr(_Session, _m, (lambda fn: lambda self, *a, **k: fn(*a, **k))(_http(_m)))
    _fake_module('requests', Session=_Session, session=_Session, Response=_Resp, RequestException=Exception, exceptions=types.SimpleNamespace(RequestException=Exception, SSLError=Exception, Timeout=Exception, ConnectionError=Exception), **{m: _http(m) for m in ('get', 'post', 'put', 'delete', 'patch', 'head', 'options', 'request')})
    import urllib.request
    def _urlopen(url, *a, **kw):
        u = getattr(url, 'full_url', url)
        EFFECTS.append(['http', 'GET', str(u), _plain({k: v for k, v in kw.items() if k not in ('context', 'cafile', 'capath', 'timeout')})])
        return _Resp(str(u))
    urllib.request.urlopen = _urlopen

# ---- third-party modules the sandbox's Python lacks: permissive stand-ins whose calls are recorded,
# the same for both versions, so code after an import of sqlalchemy or lxml still runs
import importlib.abc, importlib.machinery
_TLS_KW = ('verify', 'context', 'cert_reqs', 'ssl_context', 'check_hostname')
class _Anything:
    def __init__(self, name): object.__setattr__(self, '_n', name)
    def __getattr__(self, a):
        if a.startswith('__'): raise AttributeError(a)
        return _Anything(self._n + '.' + a)
    def __call__(self, *a, **k):
        EFFECTS.append(['call', self._n, _plain(a), _plain({x: v for x, v in k.items() if x not in _TLS_KW})])
        return _Anything(self._n + '()')
    def __iter__(self): return iter([])
    def __bool__(self): return True
    def __repr__(self): return '<stub ' + self._n + '>'
    __str__ = __repr__
    def __getitem__(self, k): return _Anything(self._n + '[]')
    def __enter__(self): return self
    def __exit__(self, *a): return False
    def __mro_entries__(self, bases): return (object,)
class _StubLoader(importlib.abc.Loader):
    def create_module(self, spec):
        m = types.ModuleType(spec.name)
        m.__path__ = []
        m.__getattr__ = lambda a, _n=spec.name: _Anything(_n + '.' + a) if not a.startswith('__') else (_ for _ in ()).throw(AttributeError(a))
        return m
    def exec_module(self, m): pass
class _StubFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.startswith('kala_') or name in ('pytest',): return None
        return importlib.machinery.ModuleSpec(name, _StubLoader(), is_package=True)
if CFG.get('stubs', True):
    sys.meta_path.append(_StubFinder())

# ---- names the file uses but never defines (snippets): benign stand-ins, a DB cursor for cursor-like names
def _undefined_names(src):
    try:
        top = symtable.symtable(src, TARGET, 'exec')
    except SyntaxError:
        return set()
    assigned = set(s.get_name() for s in top.get_symbols() if s.is_assigned() or s.is_imported())
    out = set()
    def visit(t):
        for s in t.get_symbols():
            n = s.get_name()
            if s.is_referenced() and (t is top or s.is_global()) and n not in assigned and not hasattr(builtins, n):
                out.add(n)
        for c in t.get_children(): visit(c)
    visit(top)
    return out

_DBNAME = re.compile(r'(^|_)(cur|cursor|conn|connection|db|database|con)$')
def _standin(name):
    if _DBNAME.search(name.lower()):
        c = _AutoConn(True)
        return c.cursor() if 'cur' in name.lower() else c
    return benign(name)

# ---- files the code writes are behaviour too (a stored hash, a written report): snapshot the work dir
def _snapshot():
    out = {}
    for d, dirs, files in os.walk('.'):
        dirs[:] = [x for x in dirs if x != '__pycache__']
        for f in files:
            p = os.path.join(d, f)
            try:
                with open(p, 'rb') as fh: out[p] = fh.read(4000)
            except OSError:
                pass
    return out
_BEFORE = _snapshot()

def _written():
    after = _snapshot()
    return sorted([p, v.decode('latin-1')] for p, v in after.items() if _BEFORE.get(p) != v)

def _emit():
    print(json.dumps({'records': RECORDS, 'effects': EFFECTS + [['file', p, v] for p, v in _written()], 'hit': HIT[0], 'onlyRaised': HITS[0] > 0 and HITS[1] >= HITS[0], 'decisions': DECISIONS}, default=str))

def _call(label, fn, args):
    # password repairs: each call draws from the stream's start, so a salted hash of the same
    # password is the same string in every call (both versions alike); salts still differ
    # between hashes within a call
    if CFG.get('reseed'): random.seed(12345)
    try:
        sys.settrace(_tracer)
        r = fn(*args)
        if inspect.iscoroutine(r): r = asyncio.run(r)
        sys.settrace(None)
        RECORDS.append([label, 'ok', _plain(r)])
    except BaseException as e:
        sys.settrace(None)
        if isinstance(e, KeyboardInterrupt): raise
        RECORDS.append([label, 'raise', type(e).__name__, re.sub(r'0x[0-9a-fA-F]+', '0x?', str(e))[:300]])

def _load():
    src = open(TARGET).read()
    g = {'__name__': CFG.get('moduleName', '__kala_target__'), '__file__': TARGET, '__builtins__': builtins}
    for n in _undefined_names(src): g[n] = _standin(n)
    mod = types.ModuleType(g['__name__']); mod.__dict__.update(g)
    sys.modules[g['__name__']] = mod
    # one top-level statement at a time, going on after an error: snippets (undefined tables,
    # missing services) still run every line, and each statement's outcome is compared
    import ast
    try:
        body = ast.parse(src, TARGET).body
    except SyntaxError as e:
        RECORDS.append(['<module>', 'raise', 'SyntaxError', str(e)[:300]])
        return mod
    for node in body:
        code = compile(ast.Module(body=[node], type_ignores=[]), TARGET, 'exec')
        sys.settrace(_tracer)
        try:
            exec(code, mod.__dict__)
        except BaseException as e:
            if isinstance(e, KeyboardInterrupt): raise
            RECORDS.append(['<line %d>' % node.lineno, 'raise', type(e).__name__, re.sub(r'0x[0-9a-fA-F]+', '0x?', str(e))[:300]])
        finally:
            sys.settrace(None)
    RECORDS.append(['<module>', 'ok'])
    return mod

def _args(sig, variant, only=None, given=None):
    # benign arguments; with only, the variant applies to the parameters it matches (the password)
    # and the others keep variant 0 (the same user); given fixes some parameters (a stored hash)
    args = []
    for p in sig.parameters.values():
        if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) or p.default is not p.empty: continue
        if given and p.name in given: args.append(given[p.name]); continue
        v = variant if only is None or only.search(p.name.lower()) else 0
        args.append(_standin(p.name) if _DBNAME.search(p.name.lower()) else benign(p.name, v, p.annotation))
    return args

def _functions(mod):
    for name in CFG.get('functions', []):
        fn = getattr(mod, name, None)
        if not callable(fn) or inspect.isclass(fn): continue
        try:
            sig = inspect.signature(fn)
        except (TypeError, ValueError):
            continue
        for variant in (0, 1):
            _call(name + '#' + str(variant), fn, _args(sig, variant))

_PASSWORDY = re.compile(r'pass|pwd|secret|token|key|pin|credential')
def _round_trip(mod):
    # a password repair: store a hash of the right password, then verify the right (variant 0)
    # and a wrong one (variant 1) against it; the stored value and both decisions are recorded
    rt = CFG.get('roundTrip')
    if not rt: return
    store, verify = getattr(mod, rt['store'], None), getattr(mod, rt['verify'], None)
    if not callable(store) or not callable(verify) or inspect.isclass(store) or inspect.isclass(verify): return
    try:
        ss, vs = inspect.signature(store), inspect.signature(verify)
    except (TypeError, ValueError):
        return
    def trip():
        # one stored hash (a salted one differs per call, as it should), verified twice
        stored = store(*_args(ss, 0))
        given = {rt['storedParam']: stored} if rt.get('storedParam') else None
        return [stored] + [verify(*_args(vs, variant, _PASSWORDY, given)) for variant in (0, 1)]
    _call('roundtrip', trip, [])

def _flask(mod):
    import flask
    app = None
    if hasattr(mod, 'init'):
        app = flask.Flask('kala'); mod.init(app)
    else:
        app = next((v for v in vars(mod).values() if isinstance(v, flask.Flask)), None)
    if app is None: return
    # request values: plain words, a quoted literal (handlers that expect one), a number; never markup
    values = CFG.get('values') or ['alice', 'bob', "'alice'", '7']
    for path, methods, fn in app.routes:
        for m in methods:
            for variant in range(len(values)):
                flask._begin(path, m, values[variant])
                label = m + ' ' + path + '#' + str(variant)
                def call():
                    return flask._finish(fn(**{k: benign(k, variant % 2) for k in flask._path_params(path)}))
                _call(label, call, [])

os.makedirs('testfiles', exist_ok=True)
mode = CFG['mode']
if mode == 'flask':
    sys.path.insert(0, os.getcwd())
m = _load()
if mode == 'functions':
    _functions(m)
    _round_trip(m)
elif mode == 'flask': _flask(m)
_emit()
`;
