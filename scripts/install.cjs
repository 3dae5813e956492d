// The package's install step (package.json "install"). A prebuilt binary that fits this platform
// (prebuilds/<platform>-<arch>/, made by `npm run prebuild`; N-API, one for every Node >= 20) is
// used as is. Without one, the engine is built from source with node-gyp. When that cannot run —
// no compiler, no make, no Python, or the build fails — the install still succeeds: the pure-JS
// parts (EthicsKernel, dataset generator, OpenAI client and server validation) work, and the
// first native call raises NATIVE_UNAVAILABLE with the fix. This message says the same, in two lines.
// `npm_config_build_from_source=true` forces the source build.
'use strict';
const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const fromSource = /^(1|true)$/i.test(process.env.npm_config_build_from_source || '');

function binaryFound() {
  try {
    return require('node-gyp-build').path(root);
  } catch {
    return null;
  }
}

function onPath(cmd) {
  const dirs = (process.env.PATH || '').split(path.delimiter).filter(Boolean);
  return dirs.some((d) => existsSync(path.join(d, cmd)));
}

function notBuilt(why) {
  console.warn(`@kala/engine: the native engine is not installed (${why}); models cannot run, the EthicsKernel, data generator, client and server validation work.`);
  console.warn(`@kala/engine: to run models, install g++, make and python3 (e.g. \`apt-get install g++ make python3\`) and run \`npm rebuild @kala/engine\`.`);
  process.exit(0);
}

if (!fromSource) {
  const found = binaryFound();
  if (found) process.exit(0);
}
const missing = [['g++', 'c++'], ['make'], ['python3', 'python']].filter((alts) => !alts.some(onPath)).map((alts) => alts[0]);
if (missing.length > 0) notBuilt(`no prebuilt binary for ${process.platform}-${process.arch}, and ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing for a source build`);

// npm tells its scripts where its own node-gyp is; a development checkout has one in node_modules
let nodeGyp = process.env.npm_config_node_gyp;
if (!nodeGyp) {
  try {
    nodeGyp = require.resolve('node-gyp/bin/node-gyp.js', { paths: [root] });
  } catch {
    notBuilt(`no prebuilt binary for ${process.platform}-${process.arch}, and node-gyp was not found (run the install through npm)`);
  }
}
const r = spawnSync(process.execPath, [nodeGyp, 'rebuild', '-j', 'max'], { cwd: root, stdio: 'inherit' });
if (r.status !== 0) notBuilt(`the source build failed (node-gyp exited with ${r.status ?? r.signal}; its output is above)`);
