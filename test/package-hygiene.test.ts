// What the published package carries: source maps that resolve without lib/ (sources inlined), the
// licence and changelog in `files`, no platform fields that would block an install elsewhere.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

function maps(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? maps(path.join(dir, e.name)) : e.name.endsWith('.js.map') ? [path.join(dir, e.name)] : []));
}

describe('package hygiene', () => {
  it('every source map of dist/ carries its sources (lib/ is not shipped)', () => {
    const all = maps(path.join(ROOT, 'dist'));
    expect(all.length).toBeGreaterThan(50);
    expect(pkg.files).not.toContain('lib');
    const missing = all.filter((f) => {
      const m = JSON.parse(readFileSync(f, 'utf8')) as { sources: string[]; sourcesContent?: (string | null)[] };
      return !m.sourcesContent || m.sourcesContent.length !== m.sources.length || m.sourcesContent.some((c) => typeof c !== 'string' || c.length === 0);
    });
    expect(missing.map((f) => path.relative(ROOT, f))).toEqual([]);
  });

  it('ships LICENSE (Apache-2.0) and CHANGELOG.md, and does not restrict os/cpu', () => {
    expect(pkg.license).toBe('Apache-2.0');
    for (const f of ['LICENSE', 'CHANGELOG.md']) expect(pkg.files).toContain(f);
    expect(existsSync(path.join(ROOT, 'CHANGELOG.md'))).toBe(true);
    // LICENSE is written by the prepack hook (npm pack / publish) from the licence text beside the repo
    expect(pkg.scripts.prepack).toBe('node scripts/prepack.mjs');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'prepack.mjs')], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(path.join(ROOT, 'LICENSE'), 'utf8')).toMatch(/Apache License\s+Version 2\.0/);
    expect(pkg.os).toBeUndefined();
    expect(pkg.cpu).toBeUndefined();
    expect(pkg.optionalDependencies['@kala/engine-linux-x64-cuda']).toBe(pkg.version);
  });

  it('no script is run by accident as another one\'s npm pre/post hook', () => {
    // `npm run build:cuda` used to run "prebuild:cuda" first (the whole release CUDA prebuild): the CUDA build is now build-cuda
    const names = Object.keys(pkg.scripts as Record<string, string>);
    const hooks = names.filter((n) => (n.startsWith('pre') && names.includes(n.slice(3))) || (n.startsWith('post') && names.includes(n.slice(4))));
    expect(hooks).toEqual([]);
  });
});
