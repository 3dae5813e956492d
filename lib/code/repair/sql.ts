// SQL built from strings → a parameterized query: every value spliced into the statement becomes
// a placeholder and travels in the params argument, so the driver sends it as data. Only value
// positions are repaired (inside a quoted literal, after a comparison, in VALUES/IN lists, LIMIT);
// a value used as a table or column name cannot be a parameter and is left unsupported.
import { callArgs, callOf, child, soleDefinition, type TextEdit } from './edits.js';
import { stringExpr, templatePieces, pyLiteral, jsLiteral, type Piece } from './template.js';
import { unsupported, type RepairInput, type RepairOutcome } from './types.js';

type Style = 'qmark' | 'format' | 'numeric';

function styleOf(code: string, python: boolean): Style {
  if (python) return /sqlite/i.test(code) && !/\b(MySQLdb|pymysql|psycopg2?|mysql\.connector)\b/.test(code) ? 'qmark' : 'format';
  return /require\(\s*['"]pg['"]\s*\)|from\s+['"]pg['"]/.test(code) ? 'numeric' : 'qmark';
}

const VALUE_BEFORE = /(=|<|>|<=|>=|<>|!=|\bLIKE|\bLIMIT|\bOFFSET|\bIS)\s*$/i;
const LIST_BEFORE = /\b(VALUES|IN)\s*\(([^()]|\([^()]*\))*[(,]\s*$/i;

/** Rewrites the pieces into SQL with placeholders and the parameter expressions, or why not. */
export function parameterize(pieces: Piece[], style: Style, python: boolean): { sql: string; params: string[] } | string {
  const params: string[] = [];
  let sql = '';
  const ph = () => (style === 'qmark' ? '?' : style === 'format' ? '%s' : `$${params.length}`);
  const esc = (t: string) => (style === 'format' ? t.replace(/%/g, '%%') : t);
  let i = 0;
  while (i < pieces.length) {
    const p = pieces[i];
    if (p.kind === 'text') {
      sql += esc(p.text);
      i++;
      continue;
    }
    // are we inside a quoted SQL literal? count the quotes of the SQL written so far (earlier
    // literals are placeholders there already)
    const quote = openQuote(sql);
    if (quote) {
      // the literal runs from its opening quote to the closing one in the text that follows
      const open = sql.lastIndexOf(quote);
      const parts: Piece[] = [];
      const before = sql.slice(open + 1);
      if (style === 'format' && before.includes('%')) return 'a % inside the quoted SQL literal';
      if (before) parts.push({ kind: 'text', text: before });
      let j = i;
      let closed = false;
      while (j < pieces.length) {
        const q = pieces[j];
        if (q.kind === 'expr') {
          parts.push(q);
          j++;
          continue;
        }
        const k = q.text.indexOf(quote);
        if (k < 0) {
          parts.push(q);
          j++;
          continue;
        }
        if (q.text.slice(0, k)) parts.push({ kind: 'text', text: q.text.slice(0, k) });
        // the rest of this text piece continues the SQL after the literal
        pieces = [...pieces.slice(0, j), { kind: 'text', text: q.text.slice(k + 1) }, ...pieces.slice(j + 1)];
        closed = true;
        break;
      }
      if (!closed) return 'a quoted SQL literal that does not close';
      if (parts.some((x) => x.kind === 'text' && /(^|[^'])'($|[^'])/.test(x.text))) return 'quotes inside the SQL literal';
      sql = sql.slice(0, open);
      params.push(stringExpr(parts.map((x) => (x.kind === 'text' ? { kind: 'text' as const, text: x.text.replace(/''/g, "'") } : x)), python ? 'python' : 'javascript'));
      sql += ph();
      i = j;
      continue;
    }
    if (!VALUE_BEFORE.test(sql) && !LIST_BEFORE.test(sql)) return `a value in an identifier or keyword position (…${sql.slice(-30)}); it cannot be a parameter: check it against an allow-list`;
    const next = pieces[i + 1];
    if (next && next.kind === 'text' && /^[\w.]/.test(next.text)) return 'a value glued to other SQL text';
    params.push(p.text);
    sql += ph();
    i++;
  }
  if (params.length === 0) return 'the query has no spliced values';
  return { sql, params };
}

function openQuote(s: string): string | undefined {
  let q: string | undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === q) {
        if (s[i + 1] === q) i++;
        else q = undefined;
      }
    } else if (c === "'" || c === '"') q = c;
    else if (c === '-' && s[i + 1] === '-') {
      const nl = s.indexOf('\n', i);
      if (nl < 0) return undefined;
      i = nl;
    }
  }
  return q;
}

const PY_SINKS = /^(execute|executemany|executescript|raw|mogrify)$/;

export function repairSql(input: RepairInput): RepairOutcome {
  const python = input.language === 'python';
  const call = callOf(input.node, python ? 'call' : 'call_expression');
  if (!call) return unsupported('no call at the finding');
  const fn = child(call, 'function');
  const method = fn && (child(fn, python ? 'attribute' : 'property')?.text ?? fn.text);
  if (python && method && !PY_SINKS.test(method)) return unsupported(`${method}() is not a DB-API execute call`);
  if (python && method !== 'execute') return unsupported(`${method}() has no parameter argument to move values into`);
  const { list, positional, keywords } = callArgs(call);
  if (!list || positional.length === 0) return unsupported('no query argument');
  if (python && (positional.length > 1 || keywords.size > 0)) return unsupported('the call already passes parameters');
  if (!python && positional.length > 1 && !/^(arrow_function|function_expression|function)$/.test(positional[1].type)) return unsupported('the call already passes parameters or options');
  if (!python && /sequelize|knex|prisma/i.test(fn?.text ?? '')) return unsupported('an ORM raw query: use its own replacements option');
  let query = positional[0];
  // a query built into a variable first: rewrite where it is built, if that is its only use
  let target = query;
  if (query.type === 'identifier') {
    // other uses of the variable (logging it, showing it) see the placeholder text: the
    // behaviour check decides whether that matters
    const def = soleDefinition(query, { anyUses: true });
    if (!def) return unsupported('the query variable is assigned more than once or after the call');
    target = def;
  }
  const pieces = templatePieces(target, input.language);
  if (!pieces || !pieces.some((p) => p.kind === 'expr') || pieces.length === 1) return unsupported('the query is not built from constant SQL text and values');
  const style = styleOf(input.code, python);
  const r = parameterize(pieces, style, python);
  if (typeof r === 'string') return unsupported(r);
  const literal = python ? pyLiteral(r.sql) : jsLiteral(r.sql);
  const params = python ? `(${r.params.join(', ')}${r.params.length === 1 ? ',' : ''})` : `[${r.params.join(', ')}]`;
  const edits: TextEdit[] = [{ start: target.start, end: target.end, text: literal }, { start: query.end, end: query.end, text: `, ${params}` }];
  return { edits, description: `parameterized query (${style === 'qmark' ? '?' : style === 'format' ? '%s' : '$n'} placeholders, values passed as parameters)` };
}

