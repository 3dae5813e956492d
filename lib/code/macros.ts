// C / C++: object-like macros that only rename something (#define FOPEN fopen, #define GETENV
// getenv, #define ARG data, #define PATH "/bin/sh") are expanded before parsing, so the rules see
// the function called and the value used. An expansion replaces the name in place, padded with
// spaces to the same length, so every line and column of the source stays where it was;
// expansions longer than their name and anything more are left alone. A function-like macro that
// only renames a call (its parameters passed on in order) is renamed the same way.

import { escapeRegExp } from './rules.js';

const DEFINE = /^\s*#\s*define\s+([A-Za-z_]\w*)\s+([A-Za-z_]\w*|"(?:[^"\\\n]|\\.)*"|\d+)\s*(?:\/\/.*|\/\*.*\*\/)?$/;
const FN_DEFINE = /^\s*#\s*define\s+([A-Za-z_]\w*)\(\s*([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s*\)\s+([A-Za-z_]\w*)\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*$/;
// a line split into string / char literals (kept) and code (expanded); a // comment ends the code
const PIECES = /("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\/\/.*$)/;

export function expandAliasMacros(code: string): string {
  if (!code.includes('#')) return code;
  const lines = code.split('\n');
  const alias = new Map<string, string>();
  for (const l of lines) {
    const m = DEFINE.exec(l);
    // the last definition wins (#ifdef _WIN32 … #else …: the portable arm is usually last)
    if (m && m[2]!.length <= m[1]!.length && m[1] !== m[2]) alias.set(m[1]!, m[2]!);
  }
  // a function-like macro that only renames a call, its parameters passed on in order
  // (#define COPY_STR(d, s) strcpy((d), (s))): COPY_STR(a, b) is strcpy(a, b)
  for (const l of lines) {
    const m = FN_DEFINE.exec(l);
    if (!m || m[3]!.length > m[1]!.length || m[1] === m[3]) continue;
    const params = m[2]!.split(',').map((x) => x.trim());
    const args = m[4]!.split(',').map((x) => x.trim().replace(/^\(\s*(\w+)\s*\)$/, '$1'));
    if (params.length === args.length && params.every((x, i) => x === args[i])) alias.set(m[1]!, m[3]!);
  }
  if (alias.size === 0) return code;
  // an alias of an alias: follow it (bounded)
  for (const [k, v] of alias) {
    let x = v;
    for (let i = 0; i < 4 && alias.has(x); i++) x = alias.get(x)!;
    alias.set(k, x.length <= k.length ? x : v);
  }
  const word = new RegExp(`\\b(${[...alias.keys()].join('|')})\\b`, 'g');
  return lines
    .map((l) => {
      if (/^\s*#/.test(l)) return l;
      return l
        .split(PIECES)
        .map((p, i) => (i % 2 === 1 ? p : p.replace(word, (name) => alias.get(name)!.padEnd(name.length, ' '))))
        .join('');
    })
    .join('\n');
}

// C++: `std::system(cmd)`, `std::printf(fmt)`, `std::tmpnam(n)`: the C library functions of <cstdlib> /
// <cstdio> / <cstring> called through the std namespace are the same functions; the prefix is blanked
// (same length, so lines and columns stay) and the rules written for C see them.
const STD_C_CALL = /\bstd::(?=(system|popen|printf|fprintf|sprintf|snprintf|vsprintf|vsnprintf|vprintf|vfprintf|scanf|fscanf|sscanf|gets|fgets|strcpy|strncpy|strcat|strncat|strcmp|strncmp|strstr|strchr|strrchr|strpbrk|strspn|strcspn|memcmp|memcpy|memmove|memset|strlen|malloc|calloc|realloc|free|rand|srand|tmpnam|tmpfile|getenv|fopen|freopen|remove|rename|atoi|atol|atoll|strtol|strtoul|puts|fputs|fread|fwrite|abort|exit)\s*\()/g;

export function stripStdCalls(code: string): string {
  if (!code.includes('std::')) return code;
  return code
    .split('\n')
    .map((l) => (/^\s*#/.test(l) ? l : l.split(PIECES).map((p, i) => (i % 2 === 1 ? p : p.replace(STD_C_CALL, '     '))).join('')))
    .join('\n');
}

// Python / JavaScript: names bound by an import under another name are written back as the name the
// module exports, at their call sites, so the rules written for the usual spelling see them:
//   from subprocess import Popen as pop; pop(cmd, shell=True)     -> Popen(cmd, shell=True)
//   import pickle as pk; pk.loads(data)                            -> pickle.loads(data)
//   from flask import request as req; req.args['q']                -> request.args['q']
//   const { exec: run } = require('child_process'); run(cmd)       -> exec(cmd)
//   import { readFile as rf } from 'fs/promises'; rf(p)            -> readFile(p)
//   const readF = require('fs').readFileSync; readF(p)             -> readFileSync(p)
//   const sh = util.promisify(cp.exec); sh(cmd)                    -> exec(cmd)
// Lines stay where they are; a renamed use can change the columns of the rest of its line, which
// `edits` records so that reported columns are mapped back (mapColumn). A name that the file also
// binds some other way (def, function, class, an assignment, a parameter-like `name,` pattern is not
// checked) is left alone.

export interface AliasEdit {
  /** 0-based row */
  row: number;
  /** 0-based column in the rewritten line where the new text starts */
  col: number;
  /** length of the new text and of the text it replaced */
  newLen: number;
  oldLen: number;
}

export interface AliasRewrite {
  code: string;
  edits: AliasEdit[];
}

const IDENT = '[A-Za-z_$][\\w$]*';

/** Python aliases: callName -> canonical, attrBase -> canonical module. */
function pythonAliases(code: string): { calls: Map<string, string>; bases: Map<string, string> } {
  const calls = new Map<string, string>();
  const bases = new Map<string, string>();
  // from M import A as B, C as D   (also inside parentheses over several lines)
  for (const m of code.matchAll(/^[ \t]*from\s+[\w.]+\s+import\s+(\([^)]*\)|[^\n#]+)/gm)) {
    for (const part of m[1]!.replace(/[()\n\\]/g, ' ').split(',')) {
      const a = /^\s*(\w+)\s+as\s+(\w+)\s*$/.exec(part);
      if (a && a[1] !== a[2]) {
        // a function called, or an object / module used (from flask import request as req; req.args)
        calls.set(a[2]!, a[1]!);
        bases.set(a[2]!, a[1]!);
      }
    }
  }
  // import M as B (a single-name module: a dotted module's alias such as ET keeps its usual spelling)
  for (const m of code.matchAll(/^[ \t]*import\s+([^\n#]+)/gm)) {
    for (const part of m[1]!.split(',')) {
      const a = /^\s*(\w+)\s+as\s+(\w+)\s*$/.exec(part);
      if (a && a[1] !== a[2]) bases.set(a[2]!, a[1]!);
    }
  }
  return { calls, bases };
}

/** JavaScript aliases: callName -> canonical export name. */
/** npm packages whose default export is a single (sanitizing) function, and the name it usually has. */
const DEFAULT_EXPORT_NAMES: Record<string, string> = {
  'mongo-sanitize': 'mongoSanitize',
  'escape-html': 'escapeHtml',
  'sanitize-html': 'sanitizeHtml',
  'escape-string-regexp': 'escapeStringRegexp',
  'sanitize-filename': 'sanitizeFilename',
  'shell-escape': 'shellescape',
  'pg-format': 'pgFormat',
};

function javascriptAliases(code: string, assigned: Set<string>): Map<string, string> {
  const calls = new Map<string, string>();
  const req = `(?:await\\s+)?(?:require|import)\\s*\\(\\s*['"\`][^'"\`]+['"\`]\\s*\\)`;
  // const { a: b, c } = require('m') / = await import('m') / = require('m').promises / = fs.promises
  const destructure = new RegExp(`\\b(?:const|let|var)\\s*\\{([^{}]*)\\}\\s*=\\s*(?:${req}|${IDENT})(?:\\s*\\.\\s*promises)?\\s*[;\\n]`, 'g');
  for (const m of code.matchAll(destructure)) {
    for (const part of m[1]!.split(',')) {
      const a = new RegExp(`^\\s*(${IDENT})\\s*:\\s*(${IDENT})\\s*(?:=[^,]*)?$`).exec(part);
      if (a && a[1] !== a[2]) calls.set(a[2]!, a[1]!);
    }
  }
  // import { a as b, c } from 'm'  /  import d, { a as b } from 'm'
  for (const m of code.matchAll(/\bimport\s+(?:[\w$]+\s*,\s*)?\{([^{}]*)\}\s*from\s*['"`][^'"`]+['"`]/g)) {
    for (const part of m[1]!.split(',')) {
      const a = new RegExp(`^\\s*(?:type\\s+)?(${IDENT})\\s+as\\s+(${IDENT})\\s*$`).exec(part);
      if (a && a[1] !== a[2]) calls.set(a[2]!, a[1]!);
    }
  }
  // const b = require('m').a  /  const b = require('m').promises.a
  const member = new RegExp(`\\b(?:const|let|var)\\s+(${IDENT})\\s*=\\s*${req}(?:\\s*\\.\\s*promises)?\\s*\\.\\s*(${IDENT})\\s*[;\\n]`, 'g');
  for (const m of code.matchAll(member))
    if (m[1] !== m[2] && m[2] !== 'promises') {
      calls.set(m[1]!, m[2]!);
      assigned.add(m[1]!);
    }
  // const b = util.promisify(x.a) / promisify(a) / promisify(require('m').a)
  const promisify = new RegExp(`\\b(?:const|let|var)\\s+(${IDENT})\\s*=\\s*(?:(?:util|${IDENT})\\s*\\.\\s*)?promisify\\s*\\(\\s*(?:(?:${req}|${IDENT})\\s*\\.\\s*)?(${IDENT})\\s*\\)`, 'g');
  for (const m of code.matchAll(promisify))
    if (m[1] !== m[2]) {
      calls.set(m[1]!, calls.get(m[2]!) ?? m[2]!);
      assigned.add(m[1]!);
    }
  // const clean = require('mongo-sanitize') / import clean from 'mongo-sanitize': a package whose
  // default export is one function is called by its usual name (the name the rules know)
  for (const [pkg, usual] of Object.entries(DEFAULT_EXPORT_NAMES)) {
    if (!code.includes(pkg)) continue;
    const p = escapeRegExp(pkg);
    const viaRequire = new RegExp(`\\b(?:const|let|var)\\s+(${IDENT})\\s*=\\s*require\\s*\\(\\s*['"\`]${p}['"\`]\\s*\\)\\s*[;\\n]`, 'g');
    for (const m of code.matchAll(viaRequire))
      if (m[1] !== usual) {
        calls.set(m[1]!, usual);
        assigned.add(m[1]!);
      }
    const viaImport = new RegExp(`\\bimport\\s+(${IDENT})\\s*(?:,\\s*\\{[^{}]*\\})?\\s*from\\s*['"\`]${p}['"\`]`, 'g');
    for (const m of code.matchAll(viaImport)) if (m[1] !== usual) calls.set(m[1]!, usual);
  }
  return calls;
}

/** How many times `name` is bound in `code` other than by an import (def, function, class, an assignment). */
function bindings(code: string, name: string, python: boolean): number {
  const n = escapeRegExp(name);
  const re = python
    ? new RegExp(`^[ \\t]*(?:async\\s+)?(?:def|class)\\s+${n}\\b|^[ \\t]*${n}\\s*=[^=]|\\bfor\\s+${n}\\s+in\\b|\\bas\\s+${n}\\s*:`, 'gm')
    : new RegExp(`\\bfunction\\s*\\*?\\s*${n}\\s*\\(|\\bclass\\s+${n}\\b|(?<![\\w$.])${n}\\s*=[^=>]|\\b(?:let|var)\\s+${n}\\s*[;,]`, 'g');
  return [...code.matchAll(re)].length;
}

// Go: a package imported under another name (`ex "os/exec"`, `sq "database/sql"`) is spelled
// with the last element of its import path at its uses and in its import spec, so rules written for
// `exec.Command` see `ex.Command`. Not when that name is taken (another import, e.g. `crand
// "crypto/rand"` beside `"math/rand"`) or the alias is bound some other way.
function goAliases(code: string): AliasRewrite {
  const lastOf = (path: string) => {
    const segs = path.split('/').filter((x) => !/^v\d+$/.test(x));
    return (segs[segs.length - 1] ?? '').replace(/\.v\d+$/, '').replace(/^go-/, '').replace(/-go$/, '').replace(/[^A-Za-z0-9_]/g, '');
  };
  const specs: { alias: string; to: string }[] = [];
  const taken = new Set<string>();
  const specRe = /^([ \t]*(?:import[ \t]+)?)([A-Za-z_]\w*|[._])?[ \t]*"([^"\n]+)"[ \t]*(?:\/\/.*)?$/;
  const lines = code.split('\n');
  let inBlock = false;
  const specRows: number[] = [];
  lines.forEach((line, row) => {
    if (/^\s*import\s*\(/.test(line)) { inBlock = !/\)/.test(line); return; }
    if (inBlock && /^\s*\)/.test(line)) { inBlock = false; return; }
    if (!inBlock && !/^\s*import\s+/.test(line)) return;
    const m = specRe.exec(line);
    if (!m) return;
    specRows.push(row);
    const to = lastOf(m[3]!);
    if (m[2] && m[2] !== '_' && m[2] !== '.') { if (m[2] !== to) specs.push({ alias: m[2], to }); taken.add(m[2]); }
    else if (!m[2]) taken.add(to);
  });
  const map = new Map<string, string>();
  for (const { alias, to } of specs) {
    if (!to || taken.has(to) || specs.filter((x) => x.to === to).length > 1) continue;
    const a = escapeRegExp(alias);
    // bound as a variable, parameter or function: `ex :=`, `var ex`, `ex, err =`, `func ex(`, `(ex T`
    const other = [...code.matchAll(new RegExp(`(?<![\\w.])${a}\\b(?!\\s*\\.)`, 'g'))].length;
    if (other > 1) continue;
    map.set(alias, to);
  }
  if (map.size === 0) return { code, edits: [] };
  const names = [...map.keys()].map(escapeRegExp).join('|');
  const useRe = new RegExp(`(?<![\\w.])(${names})(?=\\s*\\.)`, 'g');
  const specAlias = new RegExp(`^([ \\t]*(?:import[ \\t]+)?)(${names})(?=[ \\t]*")`);
  const pieces = /("(?:[^"\\\n]|\\.)*"|`[^`\n]*`|'(?:[^'\\\n]|\\.)*'|\/\/.*$)/;
  const edits: AliasEdit[] = [];
  const out = lines.map((line, row) => {
    if (specRows.includes(row))
      return line.replace(specAlias, (_all: string, pre: string, name: string) => {
        const to = map.get(name)!;
        edits.push({ row, col: pre.length, newLen: to.length, oldLen: name.length });
        return pre + to;
      });
    return renameOutsideLiterals(line, row, pieces, useRe, (name) => map.get(name), edits);
  });
  return { code: out.join('\n'), edits };
}

/** One line with every `useRe` match outside its string literals and comments (`pieces`, one
 *  capturing group, so the literal pieces sit at odd indices) renamed to `rename(name, next)`, where
 *  `next` is `useRe`'s second group if it has one; each rename is recorded in `edits` (for mapColumn). */
function renameOutsideLiterals(line: string, row: number, pieces: RegExp, useRe: RegExp, rename: (name: string, next: string | undefined) => string | undefined, edits: AliasEdit[]): string {
  let col = 0;
  return line
    .split(pieces)
    .map((p, i) => {
      let r = p;
      if (i % 2 === 0) {
        let shift = 0;
        r = p.replace(useRe, (...m: unknown[]) => {
          const name = m[0] as string;
          const at = m[m.length - 2] as number;
          const to = rename(name, m.length > 4 ? (m[2] as string | undefined) : undefined);
          if (!to) return name;
          edits.push({ row, col: col + at + shift, newLen: to.length, oldLen: name.length });
          shift += to.length - name.length;
          return to;
        });
      }
      col += r.length;
      return r;
    })
    .join('');
}

export function canonicalizeImportAliases(code: string, lang: string): AliasRewrite {
  if (lang === 'go') return goAliases(code);
  const python = lang === 'python';
  const js = lang === 'javascript' || lang === 'typescript' || lang === 'tsx';
  if (!python && !js) return { code, edits: [] };
  if (python ? !/\bas\s+\w/.test(code) : !/\brequire\s*\(|\bimport\b/.test(code)) return { code, edits: [] };
  let calls: Map<string, string>;
  let bases = new Map<string, string>();
  const assigned = new Set<string>();
  if (python) ({ calls, bases } = pythonAliases(code));
  else calls = javascriptAliases(code, assigned);
  for (const m of [calls, bases]) for (const k of [...m.keys()]) if (bindings(code, k, python) > (assigned.has(k) ? 1 : 0)) m.delete(k);
  if (calls.size === 0 && bases.size === 0) return { code, edits: [] };
  const names = [...new Set([...calls.keys(), ...bases.keys()])].map(escapeRegExp).join('|');
  const useRe = new RegExp(`(?<![\\w$.])(${names})(?=\\s*([.(]))`, 'g');
  // string literals and comments of a line are kept as they are
  const pieces = python ? /("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|#.*$)/ : /("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\\n]|\\.)*`|\/\/.*$)/;
  const importLine = python ? /^\s*(from\s+\S+\s+)?import\b/ : /\brequire\s*\(|^\s*import\b|\bpromisify\s*\(/;
  const edits: AliasEdit[] = [];
  const out = code.split('\n').map((line, row) => {
    if (importLine.test(line)) return line;
    return renameOutsideLiterals(line, row, pieces, useRe, (name, next) => (next === '(' ? calls.get(name) : bases.get(name)), edits);
  });
  return { code: out.join('\n'), edits };
}

/** A 0-based column of the rewritten code mapped back to the original code. */
export function mapColumn(edits: AliasEdit[], row: number, col: number): number {
  let c = col;
  for (const e of edits) {
    if (e.row !== row || e.col >= col) continue;
    if (col >= e.col + e.newLen) c -= e.newLen - e.oldLen;
    else c -= col - e.col; // inside the renamed name: its start
  }
  return c;
}
