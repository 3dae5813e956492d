/**
 * A self-contained HTML page for a kernel evaluation: inline CSS and SVG only (no scripts,
 * fonts, images or links to fetch), so it can be mailed or archived as one file.
 */
import type { DatasetEval, Histogram, KernelEvalReport, SetResult } from './evaluate.js';

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const pct = (v: number | null) => (v === null ? 'n/a' : `${(v * 100).toFixed(1)}%`);

/** The confusion matrix as an SVG heatmap (row-normalized shading, raw counts printed). */
function heatmap(r: SetResult): string {
  const { rows, cols, matrix } = r.confusion;
  const cell = 46;
  const left = 170;
  const top = 44;
  const w = left + cols.length * cell + 10;
  const h = top + rows.length * cell + 10;
  const parts: string[] = [`<svg width="${w}" height="${h}" role="img" aria-label="confusion heatmap">`];
  parts.push(`<text x="${left + (cols.length * cell) / 2}" y="14" text-anchor="middle" class="ax">predicted deciding law</text>`);
  cols.forEach((c, j) => parts.push(`<text x="${left + j * cell + cell / 2}" y="${top - 8}" text-anchor="middle" class="lbl">${esc(c)}</text>`));
  rows.forEach((row, i) => {
    const total = matrix[i]!.reduce((a, b) => a + b, 0);
    parts.push(`<text x="${left - 8}" y="${top + i * cell + cell / 2 + 4}" text-anchor="end" class="lbl">${esc(row)}</text>`);
    matrix[i]!.forEach((v, j) => {
      const share = total === 0 ? 0 : v / total;
      const diag = row === cols[j];
      const hue = diag || (row.startsWith('harmful') && cols[j] !== 'none') ? 150 : 8;
      const light = 97 - share * 55;
      parts.push(
        `<rect x="${left + j * cell}" y="${top + i * cell}" width="${cell - 2}" height="${cell - 2}" fill="hsl(${hue},60%,${light.toFixed(0)}%)"><title>${esc(row)} → ${esc(cols[j]!)}: ${v}</title></rect>`,
      );
      parts.push(`<text x="${left + j * cell + cell / 2 - 1}" y="${top + i * cell + cell / 2 + 4}" text-anchor="middle" class="num${share > 0.6 ? ' inv' : ''}">${v}</text>`);
    });
  });
  parts.push('</svg>');
  return parts.join('');
}

/** Two overlaid histograms (violating vs not) of a law score. */
function histogramSvg(title: string, h: Histogram): string {
  const w = 300;
  const ht = 150;
  const pad = 28;
  const bins = h.positive.length;
  const bw = (w - pad - 8) / bins;
  const maxV = Math.max(1, ...h.positive, ...h.negative);
  const parts: string[] = [`<svg width="${w}" height="${ht + 30}" role="img" aria-label="${esc(title)}">`];
  parts.push(`<text x="${w / 2}" y="12" text-anchor="middle" class="ax">${esc(title)}</text>`);
  const y0 = ht;
  for (let i = 0; i < bins; i++) {
    const x = pad + i * bw;
    const hp = ((h.positive[i] ?? 0) / maxV) * (ht - 24);
    const hn = ((h.negative[i] ?? 0) / maxV) * (ht - 24);
    parts.push(`<rect x="${x.toFixed(1)}" y="${(y0 - hn).toFixed(1)}" width="${(bw / 2 - 1).toFixed(1)}" height="${hn.toFixed(1)}" class="neg"><title>not violating, score ${h.edges[i]!.toFixed(1)}–${h.edges[i + 1]!.toFixed(1)}: ${h.negative[i]}</title></rect>`);
    parts.push(`<rect x="${(x + bw / 2).toFixed(1)}" y="${(y0 - hp).toFixed(1)}" width="${(bw / 2 - 1).toFixed(1)}" height="${hp.toFixed(1)}" class="pos"><title>violating, score ${h.edges[i]!.toFixed(1)}–${h.edges[i + 1]!.toFixed(1)}: ${h.positive[i]}</title></rect>`);
  }
  parts.push(`<line x1="${pad}" y1="${y0}" x2="${w - 8}" y2="${y0}" class="axis"/>`);
  for (const t of [0, 0.5, 1]) parts.push(`<text x="${pad + t * (w - pad - 8)}" y="${y0 + 14}" text-anchor="middle" class="lbl">${t.toFixed(1)}</text>`);
  parts.push(`<text x="4" y="${24}" class="lbl">${maxV}</text>`);
  parts.push(`<text x="${w / 2}" y="${y0 + 28}" text-anchor="middle" class="lbl">law score (1 = satisfied)</text>`);
  parts.push('</svg>');
  return parts.join('');
}

function metricsTable(r: SetResult): string {
  const b = r.binary;
  const rows = [
    `<tr><th>samples</th><td>${r.n}</td><th>violating</th><td>${r.positives}</td><th>not violating</th><td>${r.negatives}</td></tr>`,
    `<tr><th>recall</th><td>${pct(b.recall)}</td><th>false-positive rate</th><td>${pct(b.falsePositiveRate)}</td><th>precision</th><td>${pct(b.precision)}</td></tr>`,
    `<tr><th>F1</th><td>${pct(b.f1)}</td><th>accuracy</th><td>${pct(b.accuracy)}</td><th>TP / FP / TN / FN</th><td>${b.tp} / ${b.fp} / ${b.tn} / ${b.fn}</td></tr>`,
  ];
  let html = `<table class="kv">${rows.join('')}</table>`;
  if (r.perLaw) {
    html += '<table class="grid"><tr><th>law</th><th>support</th><th>precision</th><th>recall</th><th>F1</th><th>TP</th><th>FP</th><th>FN</th><th>TN</th></tr>';
    for (const l of r.perLaw)
      html += `<tr><td>Law ${l.law} ${esc(l.lawName)}</td><td>${l.support}</td><td>${pct(l.precision)}</td><td>${pct(l.recall)}</td><td>${pct(l.f1)}</td><td>${l.tp}</td><td>${l.fp}</td><td>${l.fn}</td><td>${l.tn}</td></tr>`;
    html += '</table>';
  }
  return html;
}

function setSection(title: string, r: SetResult): string {
  const hists = Object.entries(r.histograms)
    .map(([k, h]) => histogramSvg(k === 'min' ? 'lowest law score per sample' : `${k} score`, h))
    .join('');
  const misses = r.misses.length
    ? `<details><summary>${r.misses.length} examples of errors</summary><table class="grid misses"><tr><th>row</th><th>kind</th><th>gold</th><th>predicted</th><th>rules</th><th>text</th></tr>${r.misses
        .map((m) => `<tr><td>${m.row}</td><td>${m.kind}</td><td>${esc(m.gold)}</td><td>${esc(m.predicted)}</td><td>${esc(m.rules.join(', '))}</td><td>${esc(m.prompt)}</td></tr>`)
        .join('')}</table></details>`
    : '';
  return `<h3>${esc(title)}</h3>${metricsTable(r)}<div class="row"><div><h4>Confusion of the deciding law</h4>${heatmap(r)}</div></div><h4>Score histograms <span class="legend"><span class="sw neg"></span> not violating <span class="sw pos"></span> violating</span></h4><div class="row">${hists}</div>${misses}`;
}

function datasetSection(d: DatasetEval): string {
  const notes = d.notes.map((n) => `<li>${esc(n)}</li>`).join('');
  const tags = Object.entries(d.byTag);
  const tagTable = tags.length
    ? `<details><summary>by category (${tags.length})</summary><table class="grid"><tr><th>category</th><th>n</th><th>violating (gold)</th><th>flagged</th></tr>${tags
        .sort((a, b) => b[1].n - a[1].n)
        .map(([t, v]) => `<tr><td>${esc(t)}</td><td>${v.n}</td><td>${v.harmful}</td><td>${v.flagged}</td></tr>`)
        .join('')}</table></details>`
    : '';
  return `<section><h2>${esc(d.file)} <small>${esc(d.format)} · ${d.msPerSample.toFixed(2)} ms/sample · thresholds ${d.threshold.join('/')}</small></h2>${notes ? `<ul class="notes">${notes}</ul>` : ''}${setSection('Prompts', d.prompts)}${d.responses ? setSection('Responses (judged as answers to their prompts)', d.responses) : ''}${tagTable}</section>`;
}

const CSS = `
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:24px;color:#1d232a;background:#fbfbfc}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 6px;border-top:1px solid #ddd;padding-top:16px}h2 small{font-weight:normal;color:#667}
h3{font-size:15px;margin:18px 0 6px}h4{font-size:13px;margin:14px 0 4px;color:#445}
table{border-collapse:collapse;margin:6px 0}td,th{padding:3px 8px;text-align:left;font-variant-numeric:tabular-nums}
table.kv th{color:#556;font-weight:600}table.grid th{background:#eef0f3}table.grid td,table.grid th{border:1px solid #dde}
.misses td:last-child{max-width:640px}.row{display:flex;flex-wrap:wrap;gap:14px}.notes{color:#556;margin:4px 0}
svg text.lbl{font-size:11px;fill:#445}svg text.ax{font-size:12px;fill:#223;font-weight:600}svg text.num{font-size:12px;fill:#112}svg text.inv{fill:#fff}
svg rect.pos{fill:#c0392b}svg rect.neg{fill:#2e86c1}svg line.axis{stroke:#889}
.legend{font-weight:normal;color:#556}.sw{display:inline-block;width:10px;height:10px;margin:0 3px 0 10px}.sw.pos{background:#c0392b}.sw.neg{background:#2e86c1}
summary{cursor:pointer;color:#345;margin:8px 0}
`;

/** Render the report as one self-contained HTML page. */
export function renderKernelReportHtml(report: KernelEvalReport): string {
  const summary = report.datasets
    .map(
      (d) =>
        `<tr><td>${esc(d.file)}</td><td>${d.format}</td><td>${d.prompts.n}</td><td>${pct(d.prompts.binary.recall)}</td><td>${pct(d.prompts.binary.falsePositiveRate)}</td><td>${pct(d.prompts.binary.precision)}</td></tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>EthicsKernel evaluation</title><style>${CSS}</style></head>
<body>
<h1>EthicsKernel evaluation</h1>
<p>${report.kernel.rules} rules · thresholds ${report.kernel.thresholds.join('/')} · generated ${esc(report.generatedAt)}</p>
<p>A law score of 1.0 means satisfied and 0.0 violated; a prompt is flagged when any law score falls below its threshold. The deciding law is the highest-priority violated law (Law 0 &gt; 1 &gt; 2 &gt; 3 &gt; 4).</p>
<table class="grid"><tr><th>data</th><th>format</th><th>samples</th><th>recall</th><th>false-positive rate</th><th>precision</th></tr>${summary}</table>
${report.datasets.map(datasetSection).join('\n')}
</body></html>
`;
}
