// npm pack / publish hook (package.json "prepack"): puts the Apache-2.0 licence text into LICENSE,
// read from the copy beside the repository (../shared/data/guard/nq_open/LICENSE, the same text)
// rather than kept as one more copy in the repository. It also makes sure the package carries
// KALA-Guardian's model, which is built from ../shared/data rather than kept in git (`npm test`
// rebuilds it whenever the data or the rules changed; here it is only built when missing).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = process.env.KALA_LICENSE_TEXT ?? path.resolve(root, '..', 'shared', 'data', 'guard', 'nq_open', 'LICENSE');
if (!existsSync(source) || !/Apache License\s+Version 2\.0/.test(readFileSync(source, 'utf8'))) {
  console.error(`prepack: no Apache-2.0 licence text at ${source}; set KALA_LICENSE_TEXT to a copy of it`);
  process.exit(1);
}
copyFileSync(source, path.join(root, 'LICENSE'));
if (!existsSync(path.join(root, 'models', 'guardian.bin'))) {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'train-guardian.mjs'), '--no-cv'], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('prepack: could not build models/guardian.bin (needs ../shared/data and a built dist/: npx tsc -p tsconfig.json)');
    process.exit(1);
  }
}
