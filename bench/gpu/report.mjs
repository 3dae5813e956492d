// Merges our results and the PyTorch peers' (same run, same GPU) into a table of ratios:
//   node bench/gpu/report.mjs <dir>   (reads <dir>/ours-*.json, <dir>/peers-*.json)
//   -> <dir>/gpu-bench.json and <dir>/gpu-bench.md
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const dir = process.argv[2] ?? '.';
// every ours-*.json / peers-*.json in dir (the parts run so far), results concatenated
const load = (prefix) => {
  const merged = { results: [] };
  for (const f of readdirSync(dir).filter((f) => f.startsWith(prefix) && f.endsWith('.json')).sort()) {
    const text = readFileSync(path.join(dir, f), 'utf8');
    try {
      const j = JSON.parse(text.slice(text.indexOf('{')));
      Object.assign(merged, { ...j, results: merged.results.concat(j.results ?? []) });
    } catch {
      merged.results.push({ bench: f, error: 'unreadable output' });
    }
  }
  return merged;
};
const ours = load('ours-');
const peers = load('peers-');
const key = (r) => JSON.stringify([r.bench, r.shape ?? null, r.config ?? null, r.model ?? null, r.B ?? null]);
const peerBy = new Map(peers.results.map((r) => [key(r), r]));
const copy = peers.results.find((r) => r.bench === 'copy_bandwidth');
const rows = [];
const fmt = (x, d = 2) => (x === undefined || x === null || Number.isNaN(x) ? '—' : Number(x).toFixed(d));
for (const r of ours.results) {
  const p = peerBy.get(key(r));
  const what = r.shape ? r.shape.join('x') : r.config ? `B${r.config.B} T${r.config.T} h${r.config.heads} d${r.config.d}` : `${r.model ?? ''}${r.B ? ` B=${r.B}` : ''}${r.batch ? ` ${r.batch.join('x')}` : ''}`;
  const row = { bench: r.bench, what, ours: r, peer: p ?? null };
  if (r.error) row.note = `error: ${r.error}`;
  else if (r.bench.startsWith('gemm_') && p && !p.error) row.ratio = (r.tflops ?? r.tops) / (p.tflops ?? p.tops);
  else if (r.bench.startsWith('attention_') && p) row.ratio = p.ms / r.ms;
  else if (r.bench === 'lora_train_step' && p) row.ratio = r.tokensPerSecond / p.tokensPerSecond;
  else if (r.bench === 'decode') {
    row.ratio = r.fractionOfBandwidthLimit;
    if (copy) row.ratioMeasuredBandwidth = r.weightBytes / (r.msPerStep * 1e-3) / (copy.GBs * 1e9);
  }
  rows.push(row);
}
const goals = { gemm_int8: 0.8, attention_forward_bf16: 0.8, attention_backward_bf16: 0.8, decode: 0.7, lora_train_step: 1.3 };
const md = [
  `GPU: ${ours.device ?? peers.device} (cc ${ours.computeCapability ?? '?'}), torch ${peers.torch ?? '?'}, ${new Date().toISOString().slice(0, 10)}`,
  '',
  '| benchmark | shape | ours | peer | ratio | goal |',
  '|---|---|---|---|---|---|',
  ...rows.map((r) => {
    const o = r.ours;
    const val = (x) => (!x ? '—' : x.error ? 'error' : x.tflops ? `${fmt(x.tflops, 1)} TFLOP/s` : x.tops ? `${fmt(x.tops, 1)} TOP/s` : x.tokensPerSecond ? `${fmt(x.tokensPerSecond, 0)} tok/s` : x.peakBytes ? `${fmt(x.totalBytes ?? x.peakBytes / 1e9, 2)}` : x.ms ? `${fmt(x.ms, 3)} ms` : '—');
    let oursText = val(o);
    if (o.bench?.startsWith('memory_')) oursText = `${fmt((o.totalBytes ?? o.peakBytes) / 1e9, 2)} GB${o.fits16GB ? ' (fits 16 GB)' : ' (over 16 GB)'}`;
    const ratio = r.ratio === undefined ? '—' : `${fmt(r.ratio)}${r.bench === 'decode' ? ' of limit' : '×'}`;
    return `| ${r.bench} | ${r.what} | ${oursText} | ${val(r.peer)} | ${ratio} | ${goals[r.bench] ? `≥ ${goals[r.bench]}` : ''} |`;
  }),
];
writeFileSync(path.join(dir, 'gpu-bench.json'), JSON.stringify({ device: ours.device ?? peers.device, date: new Date().toISOString(), ours, peers, rows }, null, 1));
writeFileSync(path.join(dir, 'gpu-bench.md'), md.join('\n') + '\n');
console.log(md.join('\n'));
