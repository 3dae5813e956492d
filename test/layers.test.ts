// lib/ imports only downward (ARCHITECTURE.md): the layers are read from the numbered list in
// ARCHITECTURE.md, every relative import of every lib/ file (static, re-export, dynamic, type-only)
// is resolved, and an import into a higher layer or any import cycle fails the test.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const LIB = path.join(ROOT, 'lib');

/** Layer names bottom to top: a folder under lib/ ("util/") or "lib/*.ts" for the files at lib/'s root. */
function readLayers(): string[] {
  const md = readFileSync(path.join(ROOT, 'ARCHITECTURE.md'), 'utf8');
  const from = md.indexOf('<!-- layers');
  const to = md.indexOf('<!-- /layers -->');
  if (from < 0 || to < from) throw new Error('ARCHITECTURE.md has no <!-- layers --> list');
  return [...md.slice(from, to).matchAll(/^\d+\. `([^`]+)`/gm)].map((m) => m[1]!);
}

function listTs(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listTs(p));
    else if (e.name.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** Relative module specifiers of a source file, comments stripped. */
function importsOf(file: string): string[] {
  const src = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const specs: string[] = [];
  for (const m of src.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]/g)) specs.push(m[1]!);
  for (const m of src.matchAll(/(?:^|[\s;])import\s*['"]([^'"]+)['"]/g)) specs.push(m[1]!);
  for (const m of src.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) specs.push(m[1]!);
  return specs.filter((s) => s.startsWith('.'));
}

/** lib/-relative path of the file a specifier names (".js" in sources means the ".ts" file). */
function resolve(from: string, spec: string): string {
  return path.relative(LIB, path.resolve(path.dirname(from), spec.replace(/\.js$/, '.ts')));
}

describe('lib/ layering (ARCHITECTURE.md)', () => {
  const layers = readLayers();
  const files = listTs(LIB).map((f) => path.relative(LIB, f));
  const layerOf = (rel: string): number => {
    if (rel === 'index.ts') return layers.length; // the package root entry exports every layer
    const top = rel.includes(path.sep) ? rel.slice(0, rel.indexOf(path.sep) + 1) : 'lib/*.ts';
    return layers.indexOf(top.replaceAll(path.sep, '/'));
  };
  const graph = new Map<string, string[]>(files.map((f) => [f, importsOf(path.join(LIB, f)).map((s) => resolve(path.join(LIB, f), s))]));

  it('lists the layers, and every file of lib/ belongs to one', () => {
    expect(layers.length).toBeGreaterThanOrEqual(8);
    expect(files.filter((f) => layerOf(f) < 0)).toEqual([]);
  });

  it('every import resolves to a file of lib/', () => {
    const missing: string[] = [];
    for (const [f, deps] of graph) for (const d of deps) if (!graph.has(d)) missing.push(`${f} → ${d}`);
    expect(missing).toEqual([]);
  });

  it('no file imports from a layer above its own', () => {
    const upward: string[] = [];
    for (const [f, deps] of graph)
      for (const d of deps) if (layerOf(d) > layerOf(f)) upward.push(`${f} (${layers[layerOf(f)] ?? 'root'}) → ${d} (${layers[layerOf(d)] ?? 'root'})`);
    expect(upward).toEqual([]);
  });

  it('has no import cycle', () => {
    // Tarjan's strongly connected components: a component of more than one file is a cycle
    let counter = 0;
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const cycles: string[][] = [];
    const visit = (v: string) => {
      index.set(v, counter);
      low.set(v, counter++);
      stack.push(v);
      onStack.add(v);
      for (const w of graph.get(v) ?? []) {
        if (!graph.has(w)) continue;
        if (!index.has(w)) {
          visit(w);
          low.set(v, Math.min(low.get(v)!, low.get(w)!));
        } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
      if (low.get(v) === index.get(v)) {
        const comp: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          comp.push(w);
        } while (w !== v);
        if (comp.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(comp.sort());
      }
    };
    for (const f of files) if (!index.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });

  it('catches an upward import and a cycle (the checks can fail)', () => {
    // the same functions on a made-up graph: formats/x.ts importing serve/y.ts is upward
    expect(layerOf(path.join('formats', 'x.ts'))).toBeLessThan(layerOf(path.join('serve', 'y.ts')));
    expect(resolve(path.join(LIB, 'formats', 'x.ts'), '../serve/y.js')).toBe(path.join('serve', 'y.ts'));
    expect(importsOf(path.join(LIB, 'index.ts')).length).toBeGreaterThan(5);
  });
});
