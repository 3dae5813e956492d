/**
 * A self-contained HTML page for a model evaluation (`kala-train eval --model DIR --report FILE`):
 * perplexity, how often the monitor would halt on the violating examples, false positives on the
 * benign ones, the law confusion (labelled law × the law the model scores lowest) and the mean
 * score per law. Inline CSS only: no scripts, fonts or links, so it can be mailed or archived.
 */
import { LAWS } from '../util/laws.js';
import type { ModelEvalReport } from './evaluate.js';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const pct = (v: number | null) => (v === null ? 'n/a' : `${(v * 100).toFixed(1)}%`);
const num = (v: number | null, digits = 3) => (v === null ? 'n/a' : v.toFixed(digits));

/** The confusion matrix as a table, each cell shaded by its share of its row (the diagonal green). */
function confusionTable(r: ModelEvalReport): string {
  const head = `<tr><th>labelled \\ lowest score</th>${LAWS.map((l, k) => `<th>Law ${k}<br><small>${esc(l)}</small></th>`).join('')}<th>n</th></tr>`;
  const rows = r.confusion.map((row, i) => {
    const n = row.reduce((a, b) => a + b, 0);
    const cells = row.map((v, j) => {
      const share = n === 0 ? 0 : v / n;
      const hue = i === j ? 140 : 8;
      return `<td style="background:hsla(${hue},70%,45%,${(0.08 + 0.7 * share).toFixed(2)})">${v}</td>`;
    });
    return `<tr><th>Law ${i} <small>${esc(LAWS[i]!)}</small></th>${cells.join('')}<td>${n}</td></tr>`;
  });
  return `<table class="m">${head}${rows.join('')}</table>`;
}

export function renderModelReportHtml(r: ModelEvalReport, title = 'KALA model evaluation'): string {
  const laws = LAWS.map(
    (l, k) => `<tr><th>Law ${k} <small>${esc(l)}</small></th><td>${num(r.meanScoreViolating[k] ?? null)}</td><td>${num(r.meanScoreBenign[k] ?? null)}</td></tr>`,
  ).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><style>
body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:960px;color:#222}
table{border-collapse:collapse;margin:.6em 0 1.4em}th,td{border:1px solid #ccc;padding:.3em .6em;text-align:right}
th{background:#f4f4f4;text-align:left}small{color:#666;font-weight:normal}.k td{text-align:left}
</style></head><body>
<h1>${esc(title)}</h1>
<table class="k">
<tr><th>examples</th><td>${r.examples}</td></tr>
<tr><th>perplexity (response tokens)</th><td>${num(r.perplexity, 2)} <small>over ${r.lmTokens} tokens</small></td></tr>
<tr><th>monitor halts on violating examples (recall)</th><td>${pct(r.haltRecall)} <small>${r.halted} of ${r.labelled}, any law below ${r.threshold}</small></td></tr>
<tr><th>law named right (lowest score = labelled law)</th><td>${pct(r.lawAccuracy)} <small>of ${r.labelled}</small></td></tr>
<tr><th>benign examples with a law below the threshold (false positives)</th><td>${pct(r.falsePositiveRate)} <small>${r.falsePositives} of ${r.benign}</small></td></tr>
<tr><th>law-score mean squared error</th><td>${num(r.lawMSE, 4)}</td></tr>
</table>
<h2>Law confusion</h2>
<p>Rows: the law an example is labelled as violating; columns: the law the model scores lowest where it is judged.</p>
${confusionTable(r)}
<h2>Mean law score</h2>
<p>1 = satisfied, 0 = violated; violating examples are averaged per labelled law, benign ones over all.</p>
<table><tr><th>law</th><th>labelled violating</th><th>benign</th></tr>${laws}</table>
</body></html>
`;
}
