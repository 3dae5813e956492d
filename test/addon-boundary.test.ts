// The typed TS <-> native boundary (lib/native/addon.ts): the specs the loader checks equal
// (a) what the built CPU binary exports and (b) what the C++ registers in csrc/napi/*.cpp, for
// the CPU build and the CUDA build (whose files this machine need not compile); (c) the loader
// rejects a binary that lacks something with NATIVE_UNAVAILABLE. The specs equal the TS
// interfaces by a compile-time check in addon.ts (tsc fails otherwise).
import { readFileSync, readdirSync, promises as fsp } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CPU_ADDON_SPEC, CUDA_ADDON_SPEC, type AddonSpec, type MemberSpec } from '../lib/native/addon.js';
import { addonProblems, checkAddon, checkCudaAddon, cpuBinaryPath, loadCpuAddon } from '../lib/native/load.js';
import { KalaError } from '../lib/util/errors.js';
import { ROOT, tmpDir } from './helpers.js';

const NAPI = path.join(ROOT, 'csrc', 'napi');
const require = createRequire(import.meta.url);

/** A comparable form of an export tree: name -> 'function' | 'value' | class members | namespace. */
type Shape = { [name: string]: 'function' | 'value' | { methods: string[]; accessors: string[] } | { namespace: Shape } };

function specShape(spec: AddonSpec): Shape {
  const out: Shape = {};
  for (const [name, m] of Object.entries(spec) as [string, MemberSpec][]) {
    if (m.kind === 'function') out[name] = 'function';
    else if (m.kind === 'value') out[name] = 'value';
    else if (m.kind === 'class') out[name] = { methods: [...m.methods].sort(), accessors: [...m.accessors].sort() };
    else out[name] = { namespace: specShape(m.members) };
  }
  return out;
}

// ------------------------------------------------------------------ (a) the loaded binary

/** What a loaded module really exports: classes are functions with prototype members. */
function liveShape(mod: object): Shape {
  const out: Shape = {};
  for (const name of Object.keys(mod)) {
    const v: unknown = Reflect.get(mod, name);
    if (typeof v === 'function') {
      const proto: object = Reflect.get(v, 'prototype') ?? {};
      const methods: string[] = [];
      const accessors: string[] = [];
      for (const key of Object.getOwnPropertyNames(proto)) {
        if (key === 'constructor') continue;
        const d = Object.getOwnPropertyDescriptor(proto, key)!;
        if (d.get) accessors.push(key); // never read: a native getter needs an instance
        else if (typeof d.value === 'function') methods.push(key);
        else accessors.push(`${key} (data)`);
      }
      out[name] = methods.length + accessors.length > 0 ? { methods: methods.sort(), accessors: accessors.sort() } : 'function';
    } else if (typeof v === 'object' && v !== null) out[name] = { namespace: liveShape(v) };
    else out[name] = 'value';
  }
  return out;
}

/** The path of the CPU binary node-gyp-build picks (build/Release/kala.node or a prebuild). */
const CPU_BINARY: string = require('node-gyp-build').path(ROOT);

/** The CPU binary, unchecked (what the loader checks). */
function rawCpuBinary(): object {
  return require(CPU_BINARY);
}

describe('the CPU binary', () => {
  it('exports exactly what CPU_ADDON_SPEC declares (nothing missing, nothing undeclared)', () => {
    expect(liveShape(rawCpuBinary())).toEqual(specShape(CPU_ADDON_SPEC));
  });

  it('has each class prototype method the spec lists, and no other', () => {
    const addon = loadCpuAddon();
    for (const cls of ['NativeModel', 'NativeSession', 'NativeTrainer'] as const) {
      const proto: object = addon[cls].prototype;
      const own = Object.getOwnPropertyNames(proto).filter((k) => k !== 'constructor').sort();
      const spec = CPU_ADDON_SPEC[cls];
      expect(own, cls).toEqual([...spec.methods, ...spec.accessors].sort());
    }
    const lin = Object.getOwnPropertyNames(addon.bench.NativeLinear.prototype).filter((k) => k !== 'constructor');
    expect(lin).toEqual([...CPU_ADDON_SPEC.bench.members.NativeLinear.methods]);
  });

  it('passes the loader check, which names nothing', () => {
    const addon = rawCpuBinary();
    expect(addonProblems(addon, CPU_ADDON_SPEC)).toEqual([]);
    expect(checkAddon(addon)).toBe(addon);
    expect(loadCpuAddon()).toBe(addon);
  });
});

// ------------------------------------------------------------------ (b) the C++ registrations

function stripComments(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
}

/** The text between the brace at `open` and its match. */
function braceBody(src: string, open: number): string {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    if (src[i] === '{') depth++;
    else if (src[i] === '}' && --depth === 0) return src.slice(open + 1, i);
  }
  throw new Error(`unbalanced braces at ${open}`);
}

interface CppClass {
  jsName: string;
  methods: string[];
  accessors: string[];
  statics: string[];
}

interface RegisterFn {
  param: string;
  body: string;
}

/** Parses every csrc/napi/*.cpp and *.h: classes (DefineClass with Method<&C::M>("m") and
 *  InstanceAccessor("a")) by C++ class, and the register_* functions with their bodies. A class
 *  template whose DefineClass takes its JS name from a backend (`DefineClass(env, Backend::kName,
 *  {...})`, napi/session_wrap.h) is registered under each alias `using X = Template<Backend>;`
 *  with the backend's `kName`. */
function parseNapi(dir = NAPI): { classes: Map<string, CppClass>; registers: Map<string, RegisterFn>; files: string[] } {
  const classes = new Map<string, CppClass>();
  const templates = new Map<string, Omit<CppClass, 'jsName'>>();
  const registers = new Map<string, RegisterFn>();
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpp') || f.endsWith('.h'));
  const sources = files.map((f) => [f, stripComments(readFileSync(path.join(dir, f), 'utf8'))] as const);
  for (const [f, src] of sources) {
    for (const m of src.matchAll(/DefineClass\(\s*env\s*,\s*(?:"(\w+)"|Backend::kName)\s*,\s*\{/g)) {
      const block = braceBody(src, m.index + m[0].length - 1);
      const owners = new Set<string>();
      const methods: string[] = [];
      for (const x of block.matchAll(/\bMethod<&(\w+)::\w+>\(\s*"(\w+)"\s*\)/g)) {
        owners.add(x[1]!);
        methods.push(x[2]!);
      }
      for (const x of block.matchAll(/\bInstanceMethod(?:<[^>]*>)?\(\s*"(\w+)"/g)) methods.push(x[1]!);
      const accessors: string[] = [];
      for (const x of block.matchAll(/\bInstanceAccessor(?:<[^>]*>)?\(\s*"(\w+)"\s*,\s*&(\w+)::/g)) {
        accessors.push(x[1]!);
        owners.add(x[2]!);
      }
      const statics = [...block.matchAll(/\bStatic(?:Method|Accessor|Value)(?:<[^>]*>)?\(\s*"(\w+)"/g)].map((x) => x[1]!);
      expect(owners.size, `${f}: DefineClass "${m[1] ?? 'Backend::kName'}" names its C++ class once`).toBe(1);
      const members = { methods: methods.sort(), accessors: accessors.sort(), statics };
      if (m[1]) classes.set([...owners][0]!, { jsName: m[1], ...members });
      else {
        // the template's name: the last `class X` before its DefineClass
        const name = [...src.slice(0, m.index).matchAll(/\bclass\s+(\w+)\s*:/g)].pop()?.[1];
        expect(name, `${f}: the class template around DefineClass(env, Backend::kName, ...)`).toBeTruthy();
        templates.set(name!, members);
      }
    }
    for (const m of src.matchAll(/\bvoid\s+register_(\w+)\(\s*Napi::Env\s+env\s*,\s*Napi::Object\s+(\w+)\s*\)\s*\{/g))
      registers.set(m[1]!, { param: m[2]!, body: braceBody(src, m.index + m[0].length - 1) });
  }
  for (const [f, src] of sources)
    for (const m of src.matchAll(/\busing\s+(\w+)\s*=\s*(\w+)<(\w+)>\s*;/g)) {
      const members = templates.get(m[2]!);
      if (!members) continue;
      const backend = new RegExp(`struct\\s+${m[3]}\\s*\\{[^}]*?kName\\s*=\\s*"(\\w+)"`).exec(src);
      expect(backend, `${f}: ${m[3]} names its JS class (static constexpr const char* kName = "...")`).toBeTruthy();
      classes.set(m[1]!, { jsName: backend![1]!, ...members });
    }
  return { classes, registers, files };
}

/** What register_<name>(env, target) adds to `target`, following calls into other register_*
 *  functions and local namespace objects (`Napi::Object b = Napi::Object::New(env)`). */
function registered(name: string, napi: ReturnType<typeof parseNapi>): Shape {
  const fn = napi.registers.get(name);
  if (!fn) throw new Error(`register_${name} is not defined in csrc/napi/`);
  const objects = new Map<string, Shape>([[fn.param, {}]]);
  for (const m of fn.body.matchAll(/Napi::Object\s+(\w+)\s*=\s*Napi::Object::New\(\s*env\s*\)/g)) objects.set(m[1]!, {});
  // statements in source order: X.Set("name", expr) and register_y(env, X)
  const events = [
    ...[...fn.body.matchAll(/\b(\w+)\.Set\(\s*"(\w+)"\s*,\s*([\w:]+)/g)].map((m) => ({ at: m.index, set: [m[1]!, m[2]!, m[3]!] as const })),
    ...[...fn.body.matchAll(/\bregister_(\w+)\(\s*env\s*,\s*(\w+)\s*\)/g)].map((m) => ({ at: m.index, call: [m[1]!, m[2]!] as const })),
  ].sort((a, b) => a.at - b.at);
  for (const e of events) {
    if ('call' in e) {
      const [callee, target] = e.call;
      const obj = objects.get(target);
      if (obj) Object.assign(obj, registered(callee, napi));
      continue;
    }
    const [target, key, expr] = e.set;
    const obj = objects.get(target);
    if (!obj) continue; // a result object built inside a function body, not an export
    const define = /^(\w+)::Define$/.exec(expr);
    if (expr === 'Napi::Function::New') obj[key] = 'function';
    else if (define) {
      const cls = napi.classes.get(define[1]!);
      if (!cls) throw new Error(`${define[1]}::Define has no DefineClass`);
      expect(cls.jsName, `the class exported as ${key} is named so`).toBe(key);
      expect(cls.statics, `${key} has static members the spec cannot declare`).toEqual([]);
      obj[key] = { methods: cls.methods, accessors: cls.accessors };
    } else if (objects.has(expr)) obj[key] = { namespace: objects.get(expr)! };
    else obj[key] = 'value';
  }
  return objects.get(fn.param)!;
}

/** The exports of a build: addon.cpp's Init calls, those under #ifdef KALA_CUDA only with cuda. */
function buildShape(cuda: boolean, dir = NAPI): Shape {
  const napi = parseNapi(dir);
  const init = stripComments(readFileSync(path.join(dir, 'addon.cpp'), 'utf8'));
  const body = braceBody(init, init.indexOf('{', init.search(/Napi::Object\s+Init\s*\(/)));
  const out: Shape = {};
  // #ifdef nesting: KALA_CUDA blocks are in the CUDA build; KALA_CUDA_OPTEST blocks (the op-test
  // harness) in test builds only, never in a shipped binary, so in neither spec
  const open: string[] = [];
  for (const line of body.split('\n')) {
    const ifdef = /^\s*#\s*ifdef\s+(\w+)/.exec(line);
    if (ifdef) open.push(ifdef[1]!);
    else if (/^\s*#\s*endif\b/.test(line)) open.pop();
    const call = /\bregister_(\w+)\(\s*env\s*,\s*exports\s*\)/.exec(line);
    if (!call || open.includes('KALA_CUDA_OPTEST')) continue;
    if (cuda || !open.includes('KALA_CUDA')) Object.assign(out, registered(call[1]!, napi));
  }
  return out;
}

describe('the C++ registrations in csrc/napi/', () => {
  it('the parser reads every binding file', () => {
    const { files, registers } = parseNapi();
    expect(files).toEqual(expect.arrayContaining(['model_wrap.cpp', 'session_wrap.cpp', 'trainer_wrap.cpp', 'bench_wrap.cpp', 'system.cpp', 'cuda_wrap.cpp', 'cuda_model_wrap.cpp', 'cuda_optest.cpp']));
    expect([...registers.keys()].sort()).toEqual(['bench', 'cuda', 'cuda_model', 'cuda_optest', 'model', 'session', 'system', 'trainer']);
  });

  it('keep the op-test harness (cudaOpTest) out of every shipped build', () => {
    const optest = registered('cuda_optest', parseNapi());
    expect(Object.keys(optest)).toEqual(['cudaOpTest']);
    expect(buildShape(true)).not.toHaveProperty('cudaOpTest');
    expect(buildShape(false)).not.toHaveProperty('cudaOpTest');
    // and the build only defines it when asked (CMake option, off by default)
    const cmake = readFileSync(path.join(NAPI, '..', '..', 'CMakeLists.txt'), 'utf8');
    expect(cmake).toMatch(/option\(KALA_CUDA_OPTEST "[^"]*" OFF\)/);
  });

  it('of the CPU build equal CPU_ADDON_SPEC', () => {
    expect(buildShape(false)).toEqual(specShape(CPU_ADDON_SPEC));
  });

  it('of the CUDA build (cuda_wrap.cpp, cuda_model_wrap.cpp) equal CUDA_ADDON_SPEC', () => {
    expect(buildShape(true)).toEqual(specShape(CUDA_ADDON_SPEC));
  });

  it('and the loaded CPU binary agree with each other', () => {
    expect(liveShape(rawCpuBinary())).toEqual(buildShape(false));
  });

  it('a registration changed in C++ (here in a copy of csrc/napi/) no longer matches the specs', async () => {
    const dir = await tmpDir();
    await fsp.cp(NAPI, dir, { recursive: true });
    const edit = async (file: string, from: string, to: string) => {
      const p = path.join(dir, file);
      const src = await fsp.readFile(p, 'utf8');
      expect(src, `${file} contains ${from}`).toContain(from);
      await fsp.writeFile(p, src.replace(from, to));
    };
    // a CUDA function dropped, a CPU function and an accessor added
    await edit('cuda_model_wrap.cpp', 'cuda.Set("benchTrain", Napi::Function::New(env, guarded_fn<BenchTrain>));', '');
    await edit('system.cpp', 'exports.Set("setThreads"', 'exports.Set("newFunction", Napi::Function::New(env, guarded_fn<CpuInfo>));\n  exports.Set("setThreads"');
    await edit('session_wrap.h', 'Self::InstanceAccessor("capacity", &Self::Capacity, nullptr)', 'Self::InstanceAccessor("capacity", &Self::Capacity, nullptr), Self::InstanceAccessor("busy", &Self::Length, nullptr)');
    const cpu = buildShape(false, dir);
    const cudaShape = buildShape(true, dir);
    expect(cpu).not.toEqual(specShape(CPU_ADDON_SPEC));
    expect(cudaShape).not.toEqual(specShape(CUDA_ADDON_SPEC));
    expect(cpu.newFunction).toBe('function');
    expect(cpu.NativeSession).toEqual({ methods: ['copyFrom', 'decode', 'reset', 'seed', 'step', 'trim'], accessors: ['busy', 'capacity', 'length'] });
    const ns = (cudaShape.cuda as { namespace: Shape }).namespace;
    expect(ns).not.toHaveProperty('benchTrain');
    expect(Object.keys(ns).length).toBe(Object.keys(CUDA_ADDON_SPEC.cuda.members).length - 1);
  });
});

// ------------------------------------------------------------------ (c) the loader check

/** A module with everything `spec` declares (stub functions and classes), minus `omit`
 *  ("NativeModel.score", "NativeTrainer.finishGrads", "cuda.benchDecode", "bench.sgemm"). */
function fakeModule(spec: AddonSpec, omit?: string, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, m] of Object.entries(spec) as [string, MemberSpec][]) {
    const at = `${prefix}${name}`;
    if (at === omit) continue;
    if (m.kind === 'function') out[name] = () => undefined;
    else if (m.kind === 'value') out[name] = m.type === 'boolean' ? false : m.type === 'number' ? 0 : '';
    else if (m.kind === 'namespace') out[name] = fakeModule(m.members, omit, `${at}.`);
    else {
      const ctor = function () {};
      for (const meth of m.methods) if (`${at}.${meth}` !== omit) ctor.prototype[meth] = () => undefined;
      for (const acc of m.accessors) if (`${at}.${acc}` !== omit) Object.defineProperty(ctor.prototype, acc, { get: () => 0 });
      out[name] = ctor;
    }
  }
  return out;
}

function rejection(f: () => unknown): KalaError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(KalaError);
    return e as KalaError;
  }
  throw new Error('expected the loader check to throw');
}

describe('the loader check', () => {
  afterEach(() => {
    delete process.env.KALA_NATIVE_BINARY;
    vi.resetModules();
  });

  it('accepts a module with everything the CPU spec declares', () => {
    const fake = fakeModule(CPU_ADDON_SPEC);
    expect(checkAddon(fake, 'fake.node')).toBe(fake);
  });

  it.each([
    ['NativeModel.score', 'NativeModel.prototype.score is missing'],
    ['NativeSession.length', 'NativeSession.prototype.length (getter) is missing'],
    ['NativeTrainer', 'class NativeTrainer is missing'],
    ['bench.setInt8Gemm', 'bench.setInt8Gemm is not a function'],
    ['cpuInfo', 'cpuInfo is not a function'],
  ])('rejects a CPU module without %s: NATIVE_UNAVAILABLE naming it and saying to rebuild', (omit, says) => {
    const e = rejection(() => checkAddon(fakeModule(CPU_ADDON_SPEC, omit), 'stale.node'));
    expect(e.code).toBe('NATIVE_UNAVAILABLE');
    expect(e.message).toContain(says);
    expect(e.message).toContain('stale.node');
    expect(e.message).toMatch(/rebuild/);
  });

  it('rejects a function where a class with methods is declared, and a non-object', () => {
    const fake = { ...fakeModule(CPU_ADDON_SPEC), NativeModel: () => undefined };
    expect(rejection(() => checkAddon(fake, 'x')).message).toContain('NativeModel.prototype.load is missing');
    expect(rejection(() => checkAddon(undefined, 'x')).code).toBe('NATIVE_UNAVAILABLE');
  });

  it('checks the CUDA build against CUDA_ADDON_SPEC: the CPU build is not one, a stale one names what it lacks', () => {
    const cpu = rejection(() => checkCudaAddon(loadCpuAddon(), 'build-cuda/Release/kala.node'));
    expect(cpu.code).toBe('NATIVE_UNAVAILABLE');
    expect(cpu.message).toContain('cudaInfo is not a function');
    const whole = fakeModule(CUDA_ADDON_SPEC);
    expect(checkCudaAddon(whole, 'cuda.node')).toBe(whole);
    for (const [omit, says] of [
      ['NativeTrainer.finishGrads', 'NativeTrainer.prototype.finishGrads is missing'],
      ['cuda.forwardIncremental', 'cuda.forwardIncremental is not a function'],
      ['cuda.emulated', 'cuda.emulated is not a boolean'],
      ['cuda.fillSynthetic', 'cuda.fillSynthetic is not a function'],
    ] as const) {
      const e = rejection(() => checkCudaAddon(fakeModule(CUDA_ADDON_SPEC, omit), 'cuda.node'));
      expect(e.code, omit).toBe('NATIVE_UNAVAILABLE');
      expect(e.message, omit).toContain(says);
      expect(e.message, omit).toContain('npm run build-cuda');
    }
  });

  it('loadCpuAddon fails at load, not later, for a binary whose NativeModel lacks score', async () => {
    const dir = await tmpDir();
    const fake = path.join(dir, 'stale.cjs');
    const real = CPU_BINARY;
    await fsp.writeFile(
      fake,
      `const real = require(${JSON.stringify(real)});
       function NativeModel() {}
       for (const k of Object.getOwnPropertyNames(real.NativeModel.prototype))
         if (k !== 'constructor' && k !== 'score') Object.defineProperty(NativeModel.prototype, k, Object.getOwnPropertyDescriptor(real.NativeModel.prototype, k));
       module.exports = { ...real, NativeModel };`,
    );
    process.env.KALA_NATIVE_BINARY = fake;
    vi.resetModules();
    const load = await import('../lib/native/load.js');
    const errors = await import('../lib/util/errors.js');
    expect(load.cpuBinaryPath()).toBe(fake);
    let caught: unknown;
    try {
      load.loadCpuAddon();
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(errors.KalaError);
    expect((caught as KalaError).code).toBe('NATIVE_UNAVAILABLE');
    expect((caught as KalaError).message).toContain('NativeModel.prototype.score is missing');
    expect((caught as KalaError).message).toContain(fake);
    expect((caught as KalaError).message).toContain('KALA_NATIVE_BINARY');
    // the real binary through the same path loads
    process.env.KALA_NATIVE_BINARY = real;
    vi.resetModules();
    const again = await import('../lib/native/load.js');
    expect(typeof again.loadCpuAddon().NativeModel).toBe('function');
  });

  it('chooseDevice: a stale CUDA build is NATIVE_UNAVAILABLE when CUDA is requested, a CPU fallback with the reason on auto', async () => {
    const dir = await tmpDir();
    const fake = path.join(dir, 'stale-cuda.cjs');
    // everything of the CUDA build but fillSynthetic, and a GPU
    const stub = fakeModule(CUDA_ADDON_SPEC, 'cuda.fillSynthetic');
    await fsp.writeFile(
      fake,
      `const real = require(${JSON.stringify(CPU_BINARY)});
       const cuda = {};
       for (const k of ${JSON.stringify(Object.keys(CUDA_ADDON_SPEC.cuda.members).filter((k) => k in (stub.cuda as object)))}) cuda[k] = k === 'emulated' ? false : function () {};
       module.exports = { ...real, cuda, cudaInfo: () => ({ devices: [{ name: 'Fake GPU', computeCapability: '8.0', memoryBytes: 1, smCount: 1, memoryBandwidthGBs: 0 }], runtimeVersion: 0, driverVersion: 0, emulated: false }) };`,
    );
    process.env.KALA_CUDA_BINARY = fake;
    vi.resetModules();
    try {
      const device = await import('../lib/native/device.js');
      let caught: unknown;
      try {
        device.chooseDevice('cuda');
      } catch (e) {
        caught = e;
      }
      expect((caught as KalaError | undefined)?.code).toBe('NATIVE_UNAVAILABLE');
      expect((caught as KalaError).message).toContain('cuda.fillSynthetic is not a function');
      expect((caught as KalaError).message).toContain('npm run build-cuda');
      const auto = device.chooseDevice('auto');
      expect(auto.device).toBe('cpu');
      expect(auto.reason).toContain('cuda.fillSynthetic is not a function');
    } finally {
      delete process.env.KALA_CUDA_BINARY;
    }
  });

  it('names the default binary when none is overridden', () => {
    expect(cpuBinaryPath()).toMatch(/kala\.node$|prebuilds\/$/);
  });
});
