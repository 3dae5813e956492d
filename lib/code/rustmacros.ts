// Rust: expression-like macros (`format!(…)`, `println!(…)`, `sqlx::query!(…)`, `info!(…)`) are
// token trees to tree-sitter, so their arguments are no expressions. Their `!` is blanked before
// parsing (`format (…)`: a call with the same arguments, same lines and columns), so the analyzer
// sees calls, field reads, method chains and sanitizers inside them. Other macros (`vec![…]`,
// `json!({…})`, `macro_rules!`) are left alone.

const CALL_LIKE = /^(format|print|println|eprint|eprintln|write|writeln|panic|format_args|concat|info|warn|error|debug|trace|log|assert|assert_eq|assert_ne|debug_assert|debug_assert_eq|todo|unimplemented|unreachable|anyhow|bail|ensure|dbg|html|path|sql_function|redirect|uri|include_str|env|option_env)$/;

/** `code` with the `!` of call-like macros replaced by a space (strings, chars and comments untouched). */
export function rustMacroCalls(code: string): string {
  if (!code.includes('!')) return code;
  const out = code.split('');
  const n = code.length;
  let i = 0;
  while (i < n) {
    const c = code[i]!;
    // comments
    if (c === '/' && code[i + 1] === '/') {
      while (i < n && code[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && code[i + 1] === '*') {
      let d = 1;
      i += 2;
      while (i < n && d > 0) {
        if (code[i] === '/' && code[i + 1] === '*') (d++, (i += 2));
        else if (code[i] === '*' && code[i + 1] === '/') (d--, (i += 2));
        else i++;
      }
      continue;
    }
    // raw strings r"…", r#"…"#, br"…"
    if ((c === 'r' || (c === 'b' && code[i + 1] === 'r')) && !/[\w]/.test(code[i - 1] ?? '')) {
      let j = c === 'b' ? i + 2 : i + 1;
      let hashes = 0;
      while (code[j] === '#') (hashes++, j++);
      if (code[j] === '"') {
        const end = '"' + '#'.repeat(hashes);
        const k = code.indexOf(end, j + 1);
        i = k < 0 ? n : k + end.length;
        continue;
      }
    }
    if (c === '"') {
      i++;
      while (i < n && code[i] !== '"') i += code[i] === '\\' ? 2 : 1;
      i++;
      continue;
    }
    // char literal ('a', '\n', '\u{1F600}') vs lifetime ('a)
    if (c === "'") {
      const m = /^'(\\(u\{[0-9a-fA-F]+\}|x[0-9a-fA-F]{2}|.)|[^\\'])'/.exec(code.slice(i, i + 12));
      i += m ? m[0].length : 1;
      continue;
    }
    if (/[A-Za-z_]/.test(c) && !/[\w]/.test(code[i - 1] ?? '')) {
      let j = i;
      while (j < n && /\w/.test(code[j]!)) j++;
      const word = code.slice(i, j);
      if (code[j] === '!' && CALL_LIKE.test(word)) {
        let k = j + 1;
        while (k < n && /[ \t]/.test(code[k]!)) k++;
        if (code[k] === '(') out[j] = ' ';
      }
      i = j;
      continue;
    }
    i++;
  }
  return out.join('');
}
