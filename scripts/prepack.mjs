// npm pack / publish hook (package.json "prepack"): puts the Apache-2.0 licence text into LICENSE,
// read from the copy beside the repository (../shared/data/guard/nq_open/LICENSE, the same text)
// rather than kept as one more copy in the repository.
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
