// kala-train train: LoRA (or full) training of a model on constitutional, capability or
// specialist data, with a progress bar, checkpoints and --resume.
import path from 'node:path';
import { closeSync, openSync, promises as fsp, writeSync } from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import { InputError } from '../util/errors.js';
import { KalaModel } from '../model.js';
import { writeFileAtomically, writeFilesInto } from '../formats/atomic.js';
import { Trainer, type TrainerOptions } from '../train/trainer.js';
import { readExamples, type TrainingExample } from '../train/data.js';
import { evaluateModel } from '../train/evaluate.js';
import { stagePreset, SPECIALISTS, STAGES, type Specialist, type Stage } from '../train/stages.js';
import { generateDataset, writeDataset } from '../data/generate/index.js';
import { secureCodingExamples } from '../data/secure-coding.js';
import { asciiChart, ProgressBar } from './progress.js';
import { floatArg, intArg, pathArg } from './util.js';
import { formatModelEval } from './eval.js';

export interface TrainCommandOptions {
  model?: string;
  baseModel?: string;
  data?: string[];
  evalData?: string[];
  stage: Stage;
  specialist?: Specialist;
  out?: string;
  outputDir?: string;
  epochs?: number;
  batchSize?: number;
  lr: number;
  ethicsWeight?: number;
  loraR: number;
  loraAlpha: number;
  loraDropout: number;
  seqLen: number;
  seed: number;
  resume?: string | boolean;
  generateData?: boolean;
  dataSize: number;
  test?: boolean;
  full?: boolean;
  device?: 'auto' | 'cpu' | 'cuda';
  gradAccum: number;
  warmup: number;
  schedule: 'cosine' | 'constant';
  recompute?: boolean;
  packing?: boolean;
  checkpointEvery: number;
}

/** Runs a training job end to end; returns the losses. Used by the CLI and the quick start. */
export async function runTraining(o: TrainCommandOptions, log: (s: string) => void = (s) => process.stderr.write(s + '\n')): Promise<number[]> {
  const modelId = o.model ?? o.baseModel;
  const out = o.out ?? o.outputDir;
  if (!modelId) throw new InputError('INVALID_ARGUMENT', 'train needs --model DIR|HUB_ID (or --base-model)');
  if (!out) throw new InputError('INVALID_ARGUMENT', 'train needs --out DIR (or --output-dir)');
  if (o.stage === 'specialist' && !o.specialist) throw new InputError('INVALID_ARGUMENT', `--stage specialist needs --specialist ${Object.keys(SPECIALISTS).join('|')}`);
  const preset = stagePreset(o.stage, o.specialist);
  const epochs = o.epochs ?? 3;
  const batchSize = o.batchSize ?? 4;
  const test = o.test === true;
  await fsp.mkdir(out, { recursive: true });

  // data: given files, else the generated constitutional set for stages that use it
  let files = o.data ?? [];
  let evalFiles = o.evalData ?? [];
  if (o.stage === 'specialist' && o.specialist === 'code') {
    // the KALA-Code specialist also learns secure-coding review from the analyzer's rule examples
    // (rules held out whole form its validation split)
    const sc = secureCodingExamples({ seed: o.seed });
    log(`adding ${sc.train.length} secure-coding examples (code-security rules' examples) into ${path.join(out, 'data')}`);
    const jsonl = (xs: readonly object[]) => xs.map((x) => JSON.stringify(x)).join('\n') + '\n';
    await writeFilesInto(path.join(out, 'data'), async (tmp) => {
      await fsp.writeFile(path.join(tmp, 'train.jsonl'), jsonl(sc.train));
      await fsp.writeFile(path.join(tmp, 'validation.jsonl'), jsonl(sc.validation));
    });
    files = [...files, path.join(out, 'data', 'train.jsonl')];
    if (evalFiles.length === 0) evalFiles = [path.join(out, 'data', 'validation.jsonl')];
  } else if (files.length === 0 || o.generateData) {
    if (!preset.generatesData && !o.generateData)
      throw new InputError('INVALID_ARGUMENT', `stage ${o.stage}${o.specialist ? `/${o.specialist}` : ''} needs --data FILE... (DESIGN §7 JSONL, GSM8K or HumanEval lines)`);
    const size = test ? 200 : o.dataSize;
    log(`generating ${size} constitutional examples (seed ${o.seed}) into ${path.join(out, 'data')}`);
    const ds = generateDataset({ size, seed: o.seed });
    await writeDataset(path.join(out, 'data'), ds);
    files = [...files, path.join(out, 'data', 'train.jsonl')];
    if (evalFiles.length === 0) evalFiles = [path.join(out, 'data', 'validation.jsonl')];
  }

  // full training runs on the CPU engine only; LoRA goes where `--device` (or auto) says
  const device = o.device ?? (o.full ? 'cpu' : undefined);
  const model = await KalaModel.load(modelId, { device, onProgress: process.stderr.isTTY ? (p) => process.stderr.write(`\rloading ${(p.fraction * 100).toFixed(0)}%`) : undefined });
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  try {
    const checkpointDir = path.join(out, 'checkpoint');
    const resume = o.resume === true ? checkpointDir : typeof o.resume === 'string' ? o.resume : undefined;
    const trainerOptions: TrainerOptions = {
      learningRate: o.lr,
      ethicsWeight: o.ethicsWeight ?? preset.ethicsWeight,
      seed: o.seed,
      gradientAccumulation: o.gradAccum,
      warmupSteps: o.warmup,
      schedule: o.schedule,
      recompute: o.recompute === true,
      packing: o.packing === true,
      lora: o.full ? false : { r: o.loraR, alpha: o.loraAlpha, dropout: o.loraDropout },
      ...(resume ? { resume } : {}),
    };
    const trainer = new Trainer(model, trainerOptions);
    await trainer.parameterNames(); // waits for the resumed state
    const logPath = path.join(out, 'train_log.jsonl');
    await truncateLog(logPath, resume ? trainer.steps : 0);
    let examples: TrainingExample[] = await readExamples(files);
    if (test) examples = examples.slice(0, 64);
    log(`stage ${o.stage}${o.specialist ? `/${o.specialist}` : ''}: ${preset.description}`);
    log(`${examples.length} examples, ${epochs} epoch(s), batch ${batchSize}, seq ${o.seqLen}, lr ${o.lr}, ethics weight ${trainerOptions.ethicsWeight}, ${o.full ? 'full training' : `LoRA r ${o.loraR} alpha ${o.loraAlpha} dropout ${o.loraDropout}`}${resume ? `, resuming from ${resume}` : ''}`);
    const ac = new AbortController();
    const onSignal = () => ac.abort();
    process.once('SIGINT', onSignal);
    let bar: ProgressBar | undefined;
    const losses: number[] = [];
    // written synchronously, so every step a checkpoint holds is in the log before it
    const logFd = openSync(logPath, 'a');
    try {
      const result = await trainer.fit(examples, {
        epochs,
        batchSize,
        seqLen: o.seqLen,
        signal: ac.signal,
        checkpointDir,
        checkpointEvery: o.checkpointEvery,
        ...(test ? { maxSteps: 5 } : {}),
        onStep: (e) => {
          bar ??= new ProgressBar(test ? Math.min(5, e.totalSteps) : e.totalSteps, 'training');
          losses.push(e.loss);
          bar.update(e.step, { loss: e.loss.toFixed(4), lm: e.lmLoss.toFixed(3), ethics: e.ethicsLoss.toFixed(4), 'tok/s': e.tokensPerSec.toFixed(0) });
          writeSync(logFd, JSON.stringify(e) + '\n');
        },
      });
      bar?.finish(result.aborted ? `interrupted at step ${result.steps}; resume with --resume` : `trained ${result.steps} steps`);
    } finally {
      process.off('SIGINT', onSignal);
      closeSync(logFd);
    }
    if (o.full) await model.save(out);
    else await trainer.saveAdapter(out);
    await writeFilesInto(out, async (tmp) => {
      if (model.tokenizer) await model.tokenizer.save(path.join(tmp, 'tokenizer.json'));
      await fsp.writeFile(path.join(tmp, 'training_args.json'), JSON.stringify({ ...o, model: modelId, stageDescription: preset.description }, null, 2) + '\n');
    });
    if (losses.length > 1) log('\nloss per step\n' + asciiChart(losses, { label: `steps 1..${losses.length}` }));
    if (evalFiles.length > 0) {
      let evalExamples = await readExamples(evalFiles);
      evalExamples = evalExamples.slice(0, test ? 32 : 500);
      log(`\nevaluation on ${evalExamples.length} held-out examples`);
      log(formatModelEval(await evaluateModel(model, evalExamples, { seqLen: o.seqLen })));
    }
    log(`\nsaved to ${out} — try: kala-train generate --model ${out} --prompt "..."`);
    return losses;
  } finally {
    model.dispose();
  }
}

/** Keeps the log lines of steps up to `step` (the resumed checkpoint's; 0 for a new run), so a
 *  resumed run does not log the steps after the checkpoint twice. */
async function truncateLog(file: string, step: number): Promise<void> {
  let text: string;
  try {
    text = await fsp.readFile(file, 'utf8');
  } catch {
    return;
  }
  const kept = text.split('\n').filter((line) => {
    try {
      const e = JSON.parse(line) as { step?: unknown };
      return typeof e.step === 'number' && e.step <= step;
    } catch {
      return false; // a line cut off by a kill
    }
  });
  await writeFileAtomically(file, kept.map((l) => l + '\n').join(''));
}

const choice = <T extends string>(name: string, values: readonly T[]) => (v: string): T => {
  if (!values.includes(v as T)) throw new InvalidArgumentError(`${name} must be one of ${values.join(', ')}`);
  return v as T;
};

/** The training options shared by `train` and the bare quick-start command. */
export function addTrainingOptions(cmd: Command): Command {
  return cmd
    .option('--epochs <n>', 'passes over the data (default 3; quick start 5)', intArg('--epochs', 1))
    .option('--batch-size <n>', 'examples per step (default 4; quick start 16)', intArg('--batch-size', 1))
    .option('--ethics-weight <w>', 'weight of the ethics loss (default per stage)', floatArg('--ethics-weight', 0))
    .option('--output-dir <dir>', 'alias of --out', pathArg('--output-dir'))
    .option('--base-model <dir|hub-id>', 'alias of --model')
    .option('--generate-data', 'generate the constitutional dataset first (into OUT/data)')
    .option('--test', 'a short smoke run: a few examples and steps');
}

export function register(program: Command): void {
  const cmd = program
    .command('train')
    .description('train a KALA model with LoRA on a frozen base (or fully with --full) and the constitutional loss')
    .option('-m, --model <dir|hub-id>', 'base model: a Pythia/KALA checkpoint, a hub id in the local HF cache, or a previous stage\'s output')
    .option('-d, --data <file...>', 'JSONL training data (DESIGN §7 schema, GSM8K or HumanEval lines)')
    .option('--eval-data <file...>', 'held-out JSONL evaluated after training')
    .option('--stage <stage>', `constitutional | capability | specialist`, choice('--stage', Object.keys(STAGES) as Stage[]), 'constitutional')
    .option('--specialist <name>', 'code | math | physics | guardian (with --stage specialist)', choice('--specialist', Object.keys(SPECIALISTS) as Specialist[]))
    .option('-o, --out <dir>', 'output directory (adapter, kala.safetensors, checkpoint/, logs)', pathArg('--out'))
    .option('--lr <rate>', 'peak learning rate', floatArg('--lr', 0), 2e-4)
    .option('--lora-r <r>', 'LoRA rank', intArg('--lora-r', 1), 16)
    .option('--lora-alpha <a>', 'LoRA alpha', floatArg('--lora-alpha', 0), 32)
    .option('--lora-dropout <p>', 'LoRA dropout', floatArg('--lora-dropout', 0, 0.999), 0.05)
    .option('--seq-len <n>', 'maximum tokens per example', intArg('--seq-len', 2), 512)
    .option('--seed <n>', 'seed of data order, dropout and LoRA init', intArg('--seed', 0), 0)
    .option('--resume [dir]', 'resume from OUT/checkpoint (or DIR)')
    .option('--data-size <n>', 'examples to generate with --generate-data', intArg('--data-size', 1), 12000)
    .option('--full', 'train every parameter instead of LoRA (F32 models, CPU engine)')
    .option('--device <device>', 'auto, cpu or cuda (default auto; cpu with --full)', choice('--device', ['auto', 'cpu', 'cuda'] as const))
    .option('--grad-accum <n>', 'micro-batches per optimizer step', intArg('--grad-accum', 1), 1)
    .option('--warmup <steps>', 'linear warmup steps', intArg('--warmup', 0), 0)
    .option('--schedule <s>', 'cosine | constant', choice('--schedule', ['cosine', 'constant'] as const), 'cosine')
    .option('--recompute', 'recompute activations in backward (less memory)')
    .option('--packing', 'pack several examples per row')
    .option('--checkpoint-every <steps>', 'write OUT/checkpoint every n optimizer steps', intArg('--checkpoint-every', 1), 50);
  addTrainingOptions(cmd).action(async (o: TrainCommandOptions) => {
    await runTraining(o);
  });
}
