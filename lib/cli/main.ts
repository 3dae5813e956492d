#!/usr/bin/env node
// kala-train: every subcommand lives in its own file under lib/cli/ and registers itself here.
import { Command } from 'commander';
import { register as registerGenerateData } from './generate-data.js';
import { register as registerGenerate } from './generate.js';
import { register as registerInspect } from './inspect.js';
import { register as registerServe } from './serve.js';
import { register as registerEval } from './eval.js';
import { register as registerTrain } from './train.js';
import { register as registerConvert } from './convert.js';
import { register as registerQuickstart } from './quickstart.js';
import { register as registerBench } from './bench.js';
import { register as registerBuild } from './build.js';
import { register as registerCodeCheck } from './code-check.js';
import { register as registerCodeRepair } from './code-repair.js';
import { reportError } from './util.js';
import { packageVersion } from '../util/paths.js';

const program = new Command();
program
  .name('kala-train')
  .version(packageVersion(), '-V, --version', 'print the package version')
  .description('Train, evaluate and run KALA constitutional language models.\nWith no command: the quick start (a tiny KALA model trained from scratch on this CPU).')
  // the quick start's options belong to the bare command only, not to subcommands of the same name
  .enablePositionalOptions();

registerGenerateData(program);
registerGenerate(program);
registerInspect(program);
registerServe(program);
registerEval(program);
registerTrain(program);
registerConvert(program);
registerBench(program);
registerBuild(program);
registerCodeCheck(program);
registerCodeRepair(program);
registerQuickstart(program);

// "--help" anywhere asks for help: an option that takes a value would otherwise swallow it
// ("train --out --help" made a directory named --help); keep the command name, drop the rest
const argv = process.argv.slice(2);
const help = argv.findIndex((a) => a === '--help' || a === '-h');
const command = argv[0] !== undefined && !argv[0].startsWith('-') ? [argv[0]] : [];
const args = help >= 0 ? [...command, '--help'] : argv;

try {
  await program.parseAsync(args, { from: 'user' });
} catch (e) {
  reportError(e);
}
