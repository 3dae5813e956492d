#!/usr/bin/env node
// kala-train: every subcommand lives in its own file under lib/cli/ and registers itself here.
import { Command } from 'commander';
import { register as registerGenerateData } from './generate-data.js';
import { register as registerGenerate } from './generate.js';
import { register as registerInspect } from './inspect.js';
import { register as registerServe } from './serve.js';
import { register as registerEval } from './eval.js';
import { reportError } from './util.js';

const program = new Command();
program.name('kala-train').description('Train, evaluate and run KALA constitutional language models');

registerGenerateData(program);
registerGenerate(program);
registerInspect(program);
registerServe(program);
registerEval(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  reportError(e);
}
