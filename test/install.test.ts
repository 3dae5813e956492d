// The install step (scripts/install.cjs): a prebuilt binary is used without building; with no
// binary and no toolchain the install still succeeds and says, in two lines, what is missing and
// how to fix it. Run in a scratch package directory with a PATH that holds only `node`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A package directory with the install script and the real node_modules, and a bin dir with only node. */
function scratch(): { pkg: string; bin: string } {
  const pkg = mkdtempSync(path.join(os.tmpdir(), 'kala-install-'));
  dirs.push(pkg);
  mkdirSync(path.join(pkg, 'scripts'));
  copyFileSync(path.join(ROOT, 'scripts', 'install.cjs'), path.join(pkg, 'scripts', 'install.cjs'));
  writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: '@kala/engine', version: '0.0.0' }));
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(pkg, 'node_modules'));
  const bin = path.join(pkg, '.bin-only-node');
  mkdirSync(bin);
  symlinkSync(process.execPath, path.join(bin, 'node'));
  return { pkg, bin };
}

function install(pkg: string, bin: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [path.join(pkg, 'scripts', 'install.cjs')], { cwd: pkg, encoding: 'utf8', env: { PATH: bin, HOME: pkg, ...env }, timeout: 60_000 });
}

describe('npm install without a compiler', () => {
  it('succeeds and says what is missing and how to fix it when there is no prebuilt binary', () => {
    const { pkg, bin } = scratch();
    const r = install(pkg, bin);
    expect(r.status).toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines.length).toBe(2);
    expect(lines[0]).toMatch(/no prebuilt binary for .*g\+\+, make, python3 are missing/);
    expect(lines[0]).toMatch(/EthicsKernel/);
    expect(lines[1]).toMatch(/npm rebuild @kala\/engine/);
  });

  it('uses a prebuilt binary without building', () => {
    const { pkg, bin } = scratch();
    const dir = path.join(pkg, 'prebuilds', `${process.platform}-${process.arch}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, '@kala+engine.napi.node'), 'not loaded by the install step');
    const r = install(pkg, bin);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('');
  });

  it('npm_config_build_from_source forces the build (and without tools, reports it)', () => {
    const { pkg, bin } = scratch();
    const dir = path.join(pkg, 'prebuilds', `${process.platform}-${process.arch}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, '@kala+engine.napi.node'), '');
    const r = install(pkg, bin, { npm_config_build_from_source: 'true' });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/missing for a source build/);
  });
});
