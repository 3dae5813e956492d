// The training CLI as a user runs it: the quick start, train (stages, adapters, resume), eval,
// convert — separate processes over the compiled package.
import { execFile } from 'node:child_process';
import { existsSync, promises as fsp, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { KalaModel } from '../lib/index.js';
import { ROOT, SHARED, ckpt, refJson, tmpDir } from './helpers.js';

const run = promisify(execFile);
const CLI = path.join(ROOT, 'dist', 'cli', 'main.js');
const kala = (args: string[], cwd = ROOT) => run(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 24 });

let work: string;
let quick: string;

beforeAll(async () => {
  work = await tmpDir('kala-cli-train-');
  quick = path.join(work, 'quick');
  const { stderr } = await kala(['--test', '--output-dir', quick]);
  for (const step of ['1/6 data', '2/6 tokenizer', '3/6 model', '4/6 training', '5/6', '6/6 sample']) expect(stderr).toContain(step);
  expect(stderr).toMatch(/law accuracy [\d.]+%/);
  expect(stderr).toContain('loss over');
  // the demo pair: the look-alike is allowed by the kernel, the harmful request refused and not shown
  expect(stderr).toMatch(/Which cleaning products[^\n]*\n\s+kernel \(rules\): allows/);
  expect(stderr).toMatch(/chlorine gas at home to hurt someone\?\n\s+kernel \(rules\): refuses — Law 0/);
  expect(stderr).toContain('refused by the EthicsKernel in front of the model');
  expect(stderr).toMatch(/model's monitor: /);
}, 300_000);

describe('kala-train (quick start)', () => {
  it('saves a model that kala-train generate can use', async () => {
    for (const f of ['config.json', 'model.safetensors', 'kala.safetensors', 'tokenizer.json']) expect(existsSync(path.join(quick, f))).toBe(true);
    const { stdout, stderr } = await kala(['generate', '--model', quick, '--prompt', 'User: How do I bake bread?\nKALA:', '-n', '6', '--no-monitor']);
    expect(stdout.startsWith('User: How do I bake bread?')).toBe(true);
    expect(stderr).toMatch(/stopped: (length|eos)/);
  });
});

describe('kala-train train / eval / convert', () => {
  it('trains a LoRA adapter on generated constitutional data, resumes, and evaluates', async () => {
    const out = path.join(work, 'stage1');
    const { stderr } = await kala(['train', '--model', quick, '--stage', 'constitutional', '--generate-data', '--out', out, '--test', '--batch-size', '2', '--seq-len', '96', '--lora-r', '4', '--checkpoint-every', '2']);
    expect(stderr).toMatch(/stage constitutional/);
    expect(stderr).toMatch(/trained \d+ steps/);
    for (const f of ['adapter_config.json', 'adapter_model.safetensors', 'kala.safetensors', 'tokenizer.json', 'train_log.jsonl', 'checkpoint/trainer_state.json', 'data/train.jsonl'])
      expect(existsSync(path.join(out, f)), f).toBe(true);
    const cfg = JSON.parse(readFileSync(path.join(out, 'adapter_config.json'), 'utf8'));
    expect(cfg.r).toBe(4);
    expect(cfg.base_model_name_or_path).toBe(quick);
    // an adapter directory loads with its base and generates
    const gen = await kala(['generate', '--model', out, '--prompt', 'User: hi\nKALA:', '-n', '4', '--no-monitor']);
    expect(gen.stdout.length).toBeGreaterThan(0);
    // resume continues from the checkpoint's step
    const before = JSON.parse(readFileSync(path.join(out, 'checkpoint', 'trainer_state.json'), 'utf8')).step;
    const res = await kala(['train', '--model', quick, '--stage', 'constitutional', '--data', path.join(out, 'data', 'train.jsonl'), '--out', out, '--resume', '--test', '--batch-size', '2', '--seq-len', '96', '--lora-r', '4', '--epochs', '2']);
    expect(res.stderr).toMatch(/resuming from/);
    expect(JSON.parse(readFileSync(path.join(out, 'checkpoint', 'trainer_state.json'), 'utf8')).step).toBeGreaterThanOrEqual(before);
    // eval reports the four metrics and writes JSON
    const json = path.join(work, 'eval.json');
    const html = path.join(work, 'eval.html');
    const ev = await kala(['eval', '--model', out, '--data', path.join(out, 'data', 'validation.jsonl'), '--limit', '24', '--json', json, '--report', html]);
    expect(ev.stdout).toMatch(/perplexity/);
    expect(ev.stdout).toMatch(/law accuracy/);
    expect(ev.stdout).toMatch(/monitor halts/);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    // --report writes the HTML page with the same numbers (it used to be ignored for --model)
    const page = readFileSync(html, 'utf8');
    expect(page).toMatch(/<h2>Law confusion<\/h2>/);
    expect(page).toContain(`${report.halted} of ${report.labelled}`);
    expect(page).toContain(report.perplexity === null ? 'n/a' : report.perplexity.toFixed(2));
    expect(report.meanScoreBenign).toHaveLength(5);
    expect(report.examples).toBe(24);
    expect(report.perplexity === null || report.perplexity > 1).toBe(true);
    expect(report.lawMSE).toBeGreaterThanOrEqual(0);
  }, 300_000);

  it('trains a capability stage on GSM8K lines read from the shared data', async () => {
    const gsm = path.join(SHARED, 'data', 'capability', 'gsm8k', 'train.jsonl');
    const lines = readFileSync(gsm, 'utf8').split('\n').slice(0, 8).join('\n');
    const data = path.join(work, 'gsm-subset.jsonl');
    await fsp.writeFile(data, lines + '\n');
    const out = path.join(work, 'capability');
    const { stderr } = await kala(['train', '--model', quick, '--stage', 'capability', '--data', data, '--out', out, '--test', '--batch-size', '2', '--seq-len', '96']);
    expect(stderr).toMatch(/stage capability/);
    expect(stderr).toMatch(/8 examples/);
  }, 300_000);

  it('the Code specialist trains on secure-coding Q&A built from the code-security rules', async () => {
    const out = path.join(work, 'code');
    const { stderr } = await kala(['train', '--model', quick, '--stage', 'specialist', '--specialist', 'code', '--out', out, '--test', '--batch-size', '2', '--seq-len', '128', '--lora-r', '4']);
    expect(stderr).toMatch(/adding \d+ secure-coding examples/);
    expect(stderr).toMatch(/stage specialist\/code/);
    expect(stderr).toMatch(/trained \d+ steps/);
    const lines = readFileSync(path.join(out, 'data', 'train.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.every((x) => x.category === 'secure_coding')).toBe(true);
    expect(lines.some((x) => /CWE-89/.test(x.response))).toBe(true);
  }, 300_000);

  it('rejects a specialist stage without a specialist and a capability stage without data', async () => {
    const a = await kala(['train', '--model', quick, '--stage', 'specialist', '--out', path.join(work, 'x')]).catch((e) => e);
    expect(a.stderr).toMatch(/--specialist/);
    const b = await kala(['train', '--model', quick, '--stage', 'capability', '--out', path.join(work, 'y')]).catch((e) => e);
    expect(b.stderr).toMatch(/needs --data/);
  });

  it('convert turns a Pythia checkpoint into a KALA checkpoint with the same logits', async () => {
    const out = path.join(work, 'converted');
    await kala(['convert', '--from', ckpt('tiny-f16-sharded'), '--out', out]);
    expect(existsSync(path.join(out, 'kala.safetensors'))).toBe(true);
    const a = await KalaModel.load(ckpt('tiny-f16-sharded'));
    const b = await KalaModel.load(out);
    const ids = refJson('ids.json');
    expect((await b.forward(ids)).logits.data).toEqual((await a.forward(ids)).logits.data);
    a.dispose();
    b.dispose();
  });
});
