// A shell command string → an argument list run without a shell. The constant part of the
// command is split into words here (like the shell would, for plain words) and every spliced value
// becomes exactly one argument, so `;`, `|`, `$( )` in a value are no longer commands. Refused when
// the constant text uses the shell (pipes, redirection, globs, quotes, variables): that command
// needs a shell or a rewrite by hand.
import type { SNode } from '../parse.js';
import { callArgs, callOf, child, isEsm, jsModuleExpr, pythonImport, soleDefinition, type TextEdit } from './edits.js';
import { jsLiteral, pyLiteral, stringExpr, templatePieces, type Piece } from './template.js';
import { unsupported, type RepairInput, type RepairOutcome } from './types.js';

const SHELL_SYNTAX = /[|&;<>()$`\\"'*?[\]#~{}\n]/;

/** Words of the command: each word a list of pieces (text and values); undefined when not safe to split. */
export function splitCommand(pieces: Piece[]): Piece[][] | string {
  const words: Piece[][] = [];
  let cur: Piece[] = [];
  for (const p of pieces) {
    if (p.kind === 'expr') {
      cur.push(p);
      continue;
    }
    if (SHELL_SYNTAX.test(p.text)) return `the command uses shell syntax (${p.text.match(SHELL_SYNTAX)![0].replace('\n', '\\n')}) that an argument list cannot express`;
    const parts = p.text.split(/[ \t]+/);
    parts.forEach((t, k) => {
      if (k > 0) {
        if (cur.length) words.push(cur);
        cur = [];
      }
      if (t) cur.push({ kind: 'text', text: t });
    });
  }
  if (cur.length) words.push(cur);
  if (words.length === 0) return 'an empty command';
  if (words[0].some((p) => p.kind === 'expr')) return 'the program name itself comes from a value';
  return words;
}

function argv(words: Piece[][], python: boolean): string {
  const items = words.map((w) => (w.length === 1 && w[0].kind === 'text' ? (python ? pyLiteral : jsLiteral)(w[0].text) : stringExpr(w, python ? 'python' : 'javascript')));
  return `[${items.join(', ')}]`;
}

function commandWords(cmd: SNode, input: RepairInput): { target: SNode; words: Piece[][] } | string {
  let target = cmd;
  if (cmd.type === 'identifier') {
    const def = soleDefinition(cmd);
    if (!def) return 'the command variable is built elsewhere or reused';
    target = def;
  }
  const pieces = templatePieces(target, input.language);
  if (!pieces) return 'the command is not built from constant text and values';
  if (!pieces.some((p) => p.kind === 'expr')) return 'the command is constant';
  const words = splitCommand(pieces);
  return typeof words === 'string' ? words : { target, words };
}

const PY_SUBPROCESS = /^(run|call|check_call|check_output|Popen)$/;

export function repairCommand(input: RepairInput): RepairOutcome {
  return input.language === 'python' ? repairPython(input) : repairJs(input);
}

function repairPython(input: RepairInput): RepairOutcome {
  const call = callOf(input.node, 'call');
  if (!call) return unsupported('no call at the finding');
  const fn = child(call, 'function')!;
  const name = fn.type === 'attribute' ? child(fn, 'attribute')!.text : fn.text;
  const owner = fn.type === 'attribute' ? child(fn, 'object')!.text : '';
  const { positional, keywords } = callArgs(call);
  if (positional.length === 0) return unsupported('no command argument');
  const cmd = positional[0];
  if (PY_SUBPROCESS.test(name) && (owner === 'subprocess' || owner === '')) {
    const shell = keywords.get('shell');
    if (!shell || child(shell, 'value')?.text !== 'True') return unsupported('not a shell=True call');
    const w = commandWords(cmd, input);
    if (typeof w === 'string') return unsupported(w);
    const edits: TextEdit[] = [{ start: w.target.start, end: w.target.end, text: argv(w.words, true) }, { start: child(shell, 'value')!.start, end: child(shell, 'value')!.end, text: 'False' }];
    return { edits, description: 'argument list with shell=False (each value one argument)' };
  }
  if (owner === 'os' && name === 'system' && positional.length === 1) {
    // os.system returns the wait status; subprocess.call the exit code: equal when the command
    // succeeds (0), which is what the behaviour check runs
    const w = commandWords(cmd, input);
    if (typeof w === 'string') return unsupported(w);
    const edits: TextEdit[] = [{ start: fn.start, end: fn.end, text: 'subprocess.call' }, { start: w.target.start, end: w.target.end, text: argv(w.words, true) }];
    const imp = pythonImport(input.code, input.root, 'subprocess');
    if (imp) edits.push(imp);
    if (w.target !== cmd && w.target.start > fn.start) return unsupported('the command is built after the call');
    return { edits, description: 'os.system(string) → subprocess.call(argument list), no shell' };
  }
  if (owner === 'os' && name === 'popen' && positional.length === 1) {
    const parent = call.parent;
    const read = parent?.type === 'attribute' && child(parent, 'attribute')?.text === 'read' && parent.parent?.type === 'call' && callArgs(parent.parent).positional.length === 0 ? parent.parent : undefined;
    if (!read) return unsupported('os.popen() used other than .read()');
    const w = commandWords(cmd, input);
    if (typeof w === 'string') return unsupported(w);
    if (w.target !== cmd) return unsupported('the command is built in a variable');
    const edits: TextEdit[] = [{ start: read.start, end: read.end, text: `subprocess.run(${argv(w.words, true)}, stdout=subprocess.PIPE, text=True).stdout` }];
    const imp = pythonImport(input.code, input.root, 'subprocess');
    if (imp) edits.push(imp);
    return { edits, description: 'os.popen(string).read() → subprocess.run(argument list).stdout, no shell' };
  }
  return unsupported(`${owner ? owner + '.' : ''}${name}() has no automatic repair`);
}

function repairJs(input: RepairInput): RepairOutcome {
  const call = callOf(input.node, 'call_expression');
  if (!call) return unsupported('no call at the finding');
  const fn = child(call, 'function')!;
  const name = fn.type === 'member_expression' ? child(fn, 'property')!.text : fn.text;
  if (name !== 'exec' && name !== 'execSync') return unsupported(`${name}() has no automatic repair`);
  if (fn.type === 'member_expression' && !/child_process|^cp$|childProcess|^child$/i.test(child(fn, 'object')!.text)) return unsupported('exec of an unknown object (not child_process)');
  if (isEsm(input.root)) return unsupported('an ES module: repairs add require() and run only on CommonJS');
  const { positional } = callArgs(call);
  if (positional.length === 0) return unsupported('no command argument');
  const w = commandWords(positional[0], input);
  if (typeof w === 'string') return unsupported(w);
  if (w.target !== positional[0] && w.target.start > call.start) return unsupported('the command is built after the call');
  const [file, ...rest] = w.words;
  const fileLit = jsLiteral((file[0] as { text: string }).text);
  const list = argv(rest, false);
  const cp = fn.type === 'member_expression' ? child(fn, 'object')!.text : jsModuleExpr(input.root, 'child_process');
  const callee = `${cp}.${name === 'exec' ? 'execFile' : 'execFileSync'}`;
  const edits: TextEdit[] = [{ start: fn.start, end: fn.end, text: callee }];
  if (w.target === positional[0]) edits.push({ start: positional[0].start, end: positional[0].end, text: `${fileLit}, ${list}` });
  else return unsupported('the command is built in a variable: execFile needs the program and arguments apart');
  return { edits, description: `${name}(string) → ${name === 'exec' ? 'execFile' : 'execFileSync'}(program, argument list), no shell` };
}

