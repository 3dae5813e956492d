// Every TypeScript snippet in the README type-checks against the package's published types (what a
// user pasting it gets): each ```ts block becomes a module in a scratch folder inside the package
// (so `@kala/engine` resolves through package.json "exports" to dist/*.d.ts) and tsc checks them.
// A snippet without imports gets the package's main classes; `signal` stands for the caller's AbortSignal.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');

describe('README snippets', () => {
  it('every ```ts block type-checks', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    const dir = path.join(ROOT, 'test', '.readme-snippets');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    try {
      const files = blocks.map((code, i) => {
        const imports = /^import /m.test(code) ? '' : "import { KalaModel, Trainer, EthicsKernel, EthicsMonitor } from '@kala/engine';\n";
        const file = path.join(dir, `snippet-${i + 1}.ts`);
        writeFileSync(file, `${imports}declare const signal: AbortSignal;\n${code}\nexport {};\n`);
        return file;
      });
      writeFileSync(
        path.join(dir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM', 'ESNext.Disposable'], strict: true, noEmit: true, skipLibCheck: true, types: ['node'], noUnusedLocals: false },
          files: files.map((f) => path.basename(f)),
        }),
      );
      const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(dir, 'tsconfig.json')], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
      expect(r.stdout + r.stderr, 'tsc errors in README snippets (test/.readme-snippets/snippet-N.ts is block N)').toBe('');
      expect(r.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
