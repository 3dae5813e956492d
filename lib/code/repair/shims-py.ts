// Stand-ins for Python packages the sandbox's interpreter lacks and the behaviour check needs:
// Flask (the parts request handlers touch, offline and deterministic), markupsafe, and
// kala_pytest.py, a small pytest (param, mark.parametrize, raises, fixture, tmp_path) that runs
// sample tests such as CWEval's against both versions and reports whether the repaired code ran.

/** A stand-in for the parts of Flask that request handlers touch, deterministic and offline. */
import { PY_VERIFY_PASSWORD } from './password-helpers.js';

export const PY_FLASK_SHIM = String.raw`
import re, json
_NAMES = []
try:
    _NAMES = json.load(open('kala_config.json')).get('names', [])
except Exception:
    pass

class _Multi:
    def __init__(self, value): self._v = value
    def get(self, k, default=None, type=None): return self._v
    def getlist(self, k): return [self._v]
    def get_all(self, k): return [self._v]
    def keys(self): return list(_NAMES)
    def values(self): return [self._v for _ in _NAMES]
    def items(self): return [(k, self._v) for k in _NAMES]
    def to_dict(self): return {k: self._v for k in _NAMES}
    def __getitem__(self, k): return self._v
    def __contains__(self, k): return True
    def __iter__(self): return iter(_NAMES)
    def __len__(self): return len(_NAMES)

class _Request:
    def _set(self, path, method, value):
        self.path = path; self.method = method; self.url = 'http://localhost' + path
        self.args = _Multi(value); self.form = _Multi(value); self.cookies = _Multi(value); self.headers = _Multi(value); self.values = _Multi(value)
        from urllib.parse import quote_plus
        self.query_string = ('&'.join(n + '=' + quote_plus(value) for n in _NAMES)).encode()
        self.data = b''; self.json = None; self.environ = {}; self.remote_addr = '127.0.0.1'; self.host = 'localhost'; self.scheme = 'http'
    def get_data(self, *a, **k): return b''
    def get_json(self, *a, **k): return None
request = _Request()
Request = _Request

class Response:
    def __init__(self, response='', status=200, headers=None, mimetype=None, content_type=None):
        self.data = response; self.status_code = status; self.headers = dict(headers or {}); self.mimetype = mimetype or content_type; self.cookies = []
    def set_cookie(self, key, value='', **kw): self.cookies.append([key, value, sorted((k, str(v)) for k, v in kw.items())])
    def delete_cookie(self, key, **kw): self.cookies.append([key, None])
    def get_data(self, as_text=False): return self.data

def make_response(*a):
    if len(a) == 1 and isinstance(a[0], Response): return a[0]
    body = a[0] if a else ''
    if isinstance(body, tuple): return make_response(*body)
    return Response(body, a[1] if len(a) > 1 else 200)
def render_template(name, **ctx): return '<template %s %s>' % (name, sorted(ctx.items()))
def render_template_string(s, **ctx): return s
def redirect(url, code=302): return Response('', code, {'Location': url})
def url_for(endpoint, **kw): return '/' + endpoint
def jsonify(*a, **k): return Response(json.dumps(a[0] if a else k, sort_keys=True), 200, mimetype='application/json')
def abort(code): raise Exception('abort %d' % code)
session = {}
g = type('g', (), {})()

class Flask:
    def __init__(self, name, *a, **k): self.routes = []; self.config = {}; self.secret_key = None
    def route(self, path, methods=None, **k):
        def deco(fn):
            self.routes.append((path, list(methods or ['GET']), fn)); return fn
        return deco
    def get(self, path, **k): return self.route(path, ['GET'])
    def post(self, path, **k): return self.route(path, ['POST'])
    def run(self, *a, **k): pass
    def before_request(self, fn): return fn
    def after_request(self, fn): return fn
    def errorhandler(self, *a):
        return lambda fn: fn

def _begin(path, method, value): request._set(path, method, value)
def _path_params(path): return re.findall(r'<(?:\w+:)?(\w+)>', path)
def _finish(r):
    if isinstance(r, tuple): r = make_response(*r)
    if isinstance(r, Response): return [r.status_code, sorted((k, str(v)) for k, v in r.headers.items()), r.mimetype, r.data if isinstance(r.data, (str, bytes)) else repr(r.data), r.cookies]
    return r
`;

/** kala_pytest.py: see the file comment. */
export const PY_PYTEST_SHIM = String.raw`
import sys, os, re, json, inspect, tempfile, shutil, itertools, traceback, importlib.util

class _Param:
    def __init__(self, values, marks=(), id=None): self.values = values; self.marks = marks if isinstance(marks, (list, tuple)) else [marks]; self.id = id
def param(*values, marks=(), id=None): return _Param(values, marks, id)

class _Mark:
    def __init__(self, name, args=(), kw=None): self.name = name; self.args = args; self.kw = kw or {}
    def __call__(self, *a, **k):
        if len(a) == 1 and callable(a[0]) and not k and self.name != 'parametrize':
            a[0].__dict__.setdefault('_marks', []).append(self); return a[0]
        return _Mark(self.name, a, k)
    def __getattr__(self, n): raise AttributeError(n)
class _MarkGen:
    def __getattr__(self, name):
        if name == 'parametrize':
            def parametrize(names, values, **k):
                def deco(fn):
                    fn.__dict__.setdefault('_params', []).insert(0, ([n.strip() for n in names.split(',')] if isinstance(names, str) else list(names), values))
                    return fn
                return deco
            return parametrize
        return _Mark(name)
mark = _MarkGen()

class _Raises:
    def __init__(self, exc, match=None): self.exc = exc; self.match = match
    def __enter__(self): return self
    def __exit__(self, t, e, tb):
        if t is None: raise AssertionError('DID NOT RAISE %s' % self.exc)
        if not issubclass(t, self.exc): return False
        if self.match and not re.search(self.match, str(e)): raise AssertionError('pattern %r not found in %r' % (self.match, str(e)))
        return True
def raises(exc, *a, match=None, **k):
    if a:
        try: a[0](*a[1:], **k)
        except exc: return
        raise AssertionError('DID NOT RAISE')
    return _Raises(exc, match)

_FIXTURES = {}
def fixture(fn=None, **k):
    def deco(f): _FIXTURES[f.__name__] = f; return f
    return deco(fn) if fn else deco
def skip(msg=''): raise _Skip(msg)
class _Skip(Exception): pass
def fail(msg=''): raise AssertionError(msg)
def approx(x, **k): return x

def _run(path, select):
    sys.modules['pytest'] = sys.modules[__name__]
    name = os.path.splitext(os.path.basename(path))[0]
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec); sys.modules[name] = mod
    cfg = json.load(open('kala_config.json'))
    target = os.path.abspath(cfg['target']); probe = cfg['probe']; hit = [False]
    def tracer(frame, event, arg):
        if frame.f_code.co_filename != target: return None
        if probe[0] <= frame.f_lineno <= probe[1]: hit[0] = True
        return tracer
    results = []
    # password verification decisions (the repair's verification helper saying yes / no), for password repairs
    import hmac
    decisions = [0, 0]
    real_compare = hmac.compare_digest
    def counting_compare(a, b):
        r = real_compare(a, b)
        if sys._getframe(1).f_code.co_name == '${PY_VERIFY_PASSWORD}': decisions[0 if r else 1] += 1
        return r
    hmac.compare_digest = counting_compare
    try:
        spec.loader.exec_module(mod)
    except BaseException as e:
        print(json.dumps({'records': [['<collect>', 'raise', type(e).__name__, str(e)[:300]]], 'effects': [], 'hit': False})); return
    for tname, fn in sorted(vars(mod).items()):
        if not tname.startswith('test') or not callable(fn) or (select and select not in tname): continue
        grids = getattr(fn, '_params', [])
        combos = [[]]
        for names, values in grids:
            combos = [c + [(names, v)] for c in combos for v in values]
        for k, combo in enumerate(combos):
            kwargs = {}
            for names, v in combo:
                vals = v.values if isinstance(v, _Param) else (v if len(names) > 1 else (v,))
                kwargs.update(dict(zip(names, vals)))
            tmp = tempfile.mkdtemp(dir=os.getcwd())
            teardown = []
            for p in inspect.signature(fn).parameters:
                if p == 'tmp_path':
                    import pathlib; kwargs[p] = pathlib.Path(tmp)
                elif p in _FIXTURES and p not in kwargs:
                    v = _FIXTURES[p]()
                    # a yield fixture: the value is what it yields, the rest runs after the test
                    if inspect.isgenerator(v):
                        teardown.append(v); v = next(v)
                    kwargs[p] = v
            label = '%s[%d]' % (tname, k)
            try:
                sys.settrace(tracer)
                fn(**kwargs)
                results.append([label, 'pass'])
            except _Skip:
                results.append([label, 'skip'])
            except BaseException as e:
                results.append([label, 'fail', type(e).__name__])
            finally:
                sys.settrace(None)
                for g in teardown:
                    try: next(g)
                    except StopIteration: pass
                    except Exception: pass
                shutil.rmtree(tmp, ignore_errors=True)
    if target.endswith('.js'):
        hit[0] = _js_hit(target, probe[0])
    print(json.dumps({'records': results, 'effects': [], 'hit': hit[0], 'decisions': None if target.endswith('.js') else decisions}))

def _js_hit(target, offset):
    # the JS code ran in node processes started by the tests: V8 coverage (NODE_V8_COVERAGE) says whether the repaired offset ran
    d = os.environ.get('NODE_V8_COVERAGE')
    if not d or not os.path.isdir(d): return False
    for f in os.listdir(d):
        try: data = json.load(open(os.path.join(d, f)))
        except Exception: continue
        for s in data.get('result', []):
            if not s.get('url', '').endswith('/' + os.path.basename(target)): continue
            best = None
            for fn in s.get('functions', []):
                for r in fn.get('ranges', []):
                    if r['startOffset'] <= offset < r['endOffset'] and (best is None or r['endOffset'] - r['startOffset'] <= best['endOffset'] - best['startOffset']): best = r
            if best and best['count'] > 0: return True
    return False

if __name__ == '__main__':
    sys.path.insert(0, os.getcwd())
    _run(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else '')
`;

/** markupsafe (Flask's escaping) is not in the sandbox's Python: the two functions handlers use. */
export const PY_MARKUPSAFE_SHIM = String.raw`
import html as _h
class Markup(str):
    def __html__(self): return self
    @classmethod
    def escape(cls, s): return escape(s)
def escape(s):
    if hasattr(s, '__html__'): return Markup(s.__html__())
    return Markup(_h.escape(str(s), quote=True).replace('&quot;', '&#34;').replace('&#x27;', '&#39;'))
def escape_silent(s): return Markup('') if s is None else escape(s)
def soft_str(s): return s if isinstance(s, str) else str(s)
`;
