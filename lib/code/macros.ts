// C / C++: object-like macros that only rename something (#define FOPEN fopen, #define GETENV
// getenv, #define ARG data, #define PATH "/bin/sh") are expanded before parsing, so the rules see
// the function called and the value used. An expansion replaces the name in place, padded with
// spaces to the same length, so every line and column of the source stays where it was;
// expansions longer than their name, function-like macros and anything more are left alone.

const DEFINE = /^\s*#\s*define\s+([A-Za-z_]\w*)\s+([A-Za-z_]\w*|"(?:[^"\\\n]|\\.)*"|\d+)\s*(?:\/\/.*|\/\*.*\*\/)?$/;
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
const STD_C_CALL = /\bstd::(?=(system|popen|printf|fprintf|sprintf|snprintf|vsprintf|vsnprintf|vprintf|vfprintf|scanf|fscanf|sscanf|gets|fgets|strcpy|strncpy|strcat|strncat|memcpy|memmove|memset|strlen|malloc|calloc|realloc|free|rand|srand|tmpnam|tmpfile|getenv|fopen|freopen|remove|rename|atoi|atol|atoll|strtol|strtoul|puts|fputs|fread|fwrite|abort|exit)\s*\()/g;

export function stripStdCalls(code: string): string {
  if (!code.includes('std::')) return code;
  return code
    .split('\n')
    .map((l) => (/^\s*#/.test(l) ? l : l.split(PIECES).map((p, i) => (i % 2 === 1 ? p : p.replace(STD_C_CALL, '     '))).join('')))
    .join('\n');
}
