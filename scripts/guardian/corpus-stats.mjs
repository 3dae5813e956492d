// Prints what scripts/guardian/corpus.mjs makes of the guard corpus, as readable tables:
//   node scripts/guardian/corpus-stats.mjs [DATA_DIR] [--samples N] [--seed S] [--json]
// --samples N prints N rows per group (chosen by a seeded hash, so the same every run for a seed;
// truncated to 100 characters) to eyeball the parsing. --json prints the raw stats object instead.
import { createHash } from 'node:crypto';
import { loadGuardCorpus, DEFAULT_DATA_DIR } from './corpus.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const valued = new Set(['--samples', '--seed']);
const dataDir = args.find((a, i) => !a.startsWith('--') && !valued.has(args[i - 1])) ?? DEFAULT_DATA_DIR;
const samples = Number(opt('--samples', 0));
const seed = opt('--seed', '1');

const t0 = Date.now();
const { rows, stats } = loadGuardCorpus(dataDir);
const ms = Date.now() - t0;

if (args.includes('--json')) {
  console.log(JSON.stringify(stats, null, 2));
  process.exit(0);
}

const fmt = (n) => (n ? n.toLocaleString('en-US') : '·');
function table(headers, body, align) {
  const cells = [headers, ...body].map((r) => r.map(String));
  const w = headers.map((_, j) => Math.max(...cells.map((r) => r[j].length)));
  const line = (r) => r.map((c, j) => ((align?.[j] ?? 'l') === 'r' ? c.padStart(w[j]) : c.padEnd(w[j]))).join('  ');
  console.log(line(cells[0]));
  console.log(w.map((x) => '-'.repeat(x)).join('  '));
  for (const r of cells.slice(1)) console.log(line(r));
}

console.log(`guard corpus: ${dataDir}  (loaded in ${(ms / 1000).toFixed(1)} s)\n`);

// ---- per group x label (+ what went in, what was excluded / removed)
const excludedBy = {};
for (const e of stats.excluded.list) excludedBy[e.group] = (excludedBy[e.group] ?? 0) + e.count;
const droppedBy = {};
for (const e of stats.dropped.list) droppedBy[e.group] = (droppedBy[e.group] ?? 0) + e.count;
const conflictBy = {};
for (const [gs, n] of Object.entries(stats.conflicts.byGroups)) for (const g of new Set(gs.split(' + ').map((x) => x.replace(/:[a-z]+$/, '')))) conflictBy[g] = (conflictBy[g] ?? 0) + n;
const groups = [...new Set([...Object.keys(stats.input), ...Object.keys(stats.perGroup)])].sort();
const lawsOf = {};
for (const r of rows) if (r.label === 'harmful') (lawsOf[r.group] ??= new Set()).add(r.law);
const body = groups.map((g) => {
  const p = stats.perGroup[g] ?? { harmful: 0, benign: 0, offensive: 0, total: 0 };
  return [g, fmt(stats.input[g]), fmt(excludedBy[g]), fmt(droppedBy[g]), fmt(stats.duplicates.perGroup[g]), fmt(conflictBy[g]), fmt(p.harmful), fmt(p.benign), fmt(p.offensive), fmt(p.total), lawsOf[g] ? [...lawsOf[g]].sort().join(',') : ''];
});
const sum = (k) => groups.reduce((s, g) => s + (stats.perGroup[g]?.[k] ?? 0), 0);
body.push(['TOTAL', fmt(Object.values(stats.input).reduce((a, b) => a + b, 0)), fmt(stats.excluded.total), fmt(stats.dropped.total), fmt(stats.duplicates.removed), `${fmt(stats.conflicts.texts)} texts`, fmt(sum('harmful')), fmt(sum('benign')), fmt(sum('offensive')), fmt(stats.total), '']);
console.log('Rows per group (in = parsed rows; excl = excluded as ambiguous; short = empty/<3 chars; dup = removed as duplicates; confl = conflict texts touching the group)');
table(['group', 'in', 'excl', 'short', 'dup', 'confl', 'harmful', 'benign', 'offensive', 'kept', 'laws'], body, ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l']);

// ---- per source
console.log('\nRows per source');
const srcBody = Object.entries(stats.perSource).sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([s, n]) => {
  const h = rows.filter((r) => r.source === s);
  return [s, fmt(h.filter((r) => r.label === 'harmful').length), fmt(h.filter((r) => r.label === 'benign').length), fmt(h.filter((r) => r.label === 'offensive').length), fmt(n)];
});
table(['source', 'harmful', 'benign', 'offensive', 'total'], srcBody, ['l', 'r', 'r', 'r', 'r']);

// ---- per label / law / kind
console.log('\nTotal rows per label');
table(['label', 'rows'], Object.entries(stats.perLabel).sort().map(([k, v]) => [k, fmt(v)]), ['l', 'r']);
const lawName = ['Civilizational', 'Individual Safety', 'Conditional Obedience', 'Self-Preservation', 'Equivalent Worth'];
console.log('\nHarmful rows per law');
table(['law', 'name', 'rows'], Object.entries(stats.perLaw).sort().map(([k, v]) => [k, lawName[k] ?? '?', fmt(v)]), ['r', 'l', 'r']);
console.log('\nRows per kind:label');
table(['kind:label', 'rows'], Object.entries(stats.perKind).sort().map(([k, v]) => [k, fmt(v)]), ['l', 'r']);

// ---- exclusions, drops, duplicates, conflicts
console.log(`\nExcluded (${fmt(stats.excluded.total)} rows, ambiguous or context-dependent)`);
table(['group', 'rows', 'reason'], stats.excluded.list.map((e) => [e.group, fmt(e.count), e.reason]), ['l', 'r', 'l']);
console.log(`\nDropped as empty / too short: ${fmt(stats.dropped.total)}`);
if (stats.dropped.list.length) table(['group', 'rows', 'reason'], stats.dropped.list.map((e) => [e.group, fmt(e.count), e.reason]), ['l', 'r', 'l']);
const d = stats.duplicates;
console.log(`\nDuplicates removed: ${fmt(d.removed)} (${fmt(d.crossGroup)} across groups; ${fmt(d.lawOrKindDiffers)} with a different law or kind than the kept copy; ${fmt(d.lawTakenFromDuplicate)} hh-rlhf rows took the per-row law of a duplicate)`);
const c = stats.conflicts;
console.log(`\nLabel conflicts: ${fmt(c.texts)} normalized texts (${fmt(c.rows)} rows) dropped everywhere`);
if (c.texts) {
  table(['groups:labels', 'texts'], Object.entries(c.byGroups).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, v]) => [k, fmt(v)]), ['l', 'r']);
  console.log('  e.g. ' + c.examples.slice(0, 5).map((e) => JSON.stringify(e.text)).join('\n       '));
}
if (Object.keys(stats.malformedCsvRows).length) console.log('\nCSV rows skipped (wrong field count):', stats.malformedCsvRows);

console.log('\nFiles read per folder');
for (const [f, list] of Object.entries(stats.filesRead)) {
  const shown = list.length > 4 ? [...list.slice(0, 3), `… ${list.length - 3} more (${list.length} files)`] : list;
  console.log(`  ${f}: ${shown.join(', ')}`);
}
for (const [f, n] of Object.entries(stats.notes)) console.log(`  note ${f}: ${n}`);

// ---- samples
if (samples > 0) {
  const h = (t) => createHash('sha1').update(`${seed}\0${t}`).digest('hex');
  const by = new Map();
  for (const r of rows) (by.get(r.group) ?? by.set(r.group, []).get(r.group)).push(r);
  console.log(`\nSamples (${samples} per group, seed ${seed})`);
  for (const [g, list] of [...by].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    console.log(`\n[${g}]`);
    for (const r of list.map((r) => [h(r.text), r]).sort((a, b) => (a[0] < b[0] ? -1 : 1)).slice(0, samples).map((x) => x[1])) {
      const t = r.text.replace(/\s+/g, ' ');
      console.log(`  ${r.label.padEnd(9)} law=${r.law ?? '-'} ${r.kind.padEnd(9)} ${t.length > 100 ? t.slice(0, 100) + '…' : t}`);
    }
  }
}
