// Terminal progress: a redrawn bar on TTYs (periodic lines elsewhere) and an ASCII chart for
// loss curves.
const isTTY = () => process.stderr.isTTY === true;

function fmtTime(sec: number): string {
  if (!Number.isFinite(sec) || sec < 0) return '--';
  const s = Math.round(sec);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

export class ProgressBar {
  readonly #total: number;
  readonly #label: string;
  readonly #start = performance.now();
  #lastLine = 0;

  constructor(total: number, label: string) {
    this.#total = Math.max(1, total);
    this.#label = label;
  }

  /** Shows `done` of the total with extra fields (e.g. loss, tokens/s) and an ETA. */
  update(done: number, fields: Record<string, string> = {}): void {
    const frac = Math.min(1, done / this.#total);
    const elapsed = (performance.now() - this.#start) / 1000;
    const eta = done > 0 ? (elapsed / done) * (this.#total - done) : NaN;
    const extra = Object.entries(fields).map(([k, v]) => `${k} ${v}`).join('  ');
    if (isTTY()) {
      const width = 24;
      const filled = Math.round(frac * width);
      const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
      process.stderr.write(`\r\x1b[K${this.#label} ${bar} ${done}/${this.#total}  ${extra}  ETA ${fmtTime(eta)}`);
    } else if (performance.now() - this.#lastLine > 10_000 || done === this.#total || done === 1) {
      this.#lastLine = performance.now();
      process.stderr.write(`${this.#label} ${done}/${this.#total} (${(frac * 100).toFixed(0)}%)  ${extra}  ETA ${fmtTime(eta)}\n`);
    }
  }

  finish(message = ''): void {
    if (isTTY()) process.stderr.write('\r\x1b[K');
    if (message) process.stderr.write(`${message}\n`);
  }
}

/** A line chart of `values` in text, `height` rows by at most `width` columns, with its range. */
export function asciiChart(values: readonly number[], { width = 60, height = 10, label = '' } = {}): string {
  if (values.length === 0) return '(no values)';
  const cols = Math.min(width, values.length);
  // average the values falling into each column
  const pts = Array.from({ length: cols }, (_, c) => {
    const a = Math.floor((c * values.length) / cols), b = Math.max(a + 1, Math.floor(((c + 1) * values.length) / cols));
    const slice = values.slice(a, b);
    return slice.reduce((x, y) => x + y, 0) / slice.length;
  });
  const lo = Math.min(...pts), hi = Math.max(...pts);
  const span = hi - lo || 1;
  const rows: string[][] = Array.from({ length: height }, () => Array(cols).fill(' '));
  pts.forEach((v, c) => {
    const r = height - 1 - Math.round(((v - lo) / span) * (height - 1));
    rows[r]![c] = '•';
  });
  const axis = (i: number) => (i === 0 ? hi.toFixed(3) : i === height - 1 ? lo.toFixed(3) : '').padStart(8);
  const out = rows.map((r, i) => `${axis(i)} │${r.join('')}`);
  out.push(`${' '.repeat(8)} └${'─'.repeat(cols)}`);
  if (label) out.push(`${' '.repeat(10)}${label}`);
  return out.join('\n');
}
