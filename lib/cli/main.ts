#!/usr/bin/env node
// kala-train: every subcommand lives in its own file under lib/cli/ and registers itself here.
import { Command } from 'commander';
import { register as registerGenerateData } from './generate-data.js';

const program = new Command();
program.name('kala-train').description('Train, evaluate and run KALA constitutional language models');

registerGenerateData(program);

await program.parseAsync(process.argv);
