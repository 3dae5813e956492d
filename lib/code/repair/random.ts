// Predictable random values used as secrets → the OS CSPRNG: Python's secrets module (the same
// method names through secrets.SystemRandom(), so the value's range and type do not change), JS
// Math.random → crypto.randomInt. The behaviour check draws both from one seeded stream, so the
// values are compared exactly, not only their shape.
import { callArgs, callOf, child, isEsm, jsModuleExpr, pythonImport, type TextEdit } from './edits.js';
import { unsupported, type RepairInput, type RepairOutcome } from './types.js';

const PY_METHODS = new Set(['random', 'randint', 'randrange', 'choice', 'choices', 'sample', 'shuffle', 'uniform', 'getrandbits', 'randbytes', 'triangular', 'gauss']);

export function repairRandom(input: RepairInput): RepairOutcome {
  return input.language === 'python' ? python(input) : js(input);
}

function python(input: RepairInput): RepairOutcome {
  const call = callOf(input.node, 'call');
  const fn = call && child(call, 'function');
  if (!call || !fn) return unsupported('no call at the finding');
  const method = fn.type === 'attribute' ? child(fn, 'attribute')!.text : fn.text;
  if (fn.type === 'attribute' && child(fn, 'object')!.text !== 'random') return unsupported(`${fn.text}: not the random module`);
  if (!PY_METHODS.has(method)) return unsupported(`random.${method} has no secrets counterpart`);
  const { positional, keywords } = callArgs(call);
  let text: string;
  if (method === 'choice' || (method === 'randrange' && positional.length === 1 && keywords.size === 0)) text = method === 'choice' ? 'secrets.choice' : 'secrets.randbelow';
  else if (method === 'getrandbits') text = 'secrets.randbits';
  else text = `secrets.SystemRandom().${method}`;
  const edits: TextEdit[] = [{ start: fn.start, end: fn.end, text }];
  const imp = pythonImport(input.code, input.root, 'secrets');
  if (imp) edits.push(imp);
  return { edits, description: `${fn.text} → ${text} (OS randomness)` };
}

function js(input: RepairInput): RepairOutcome {
  // the finding may point at Math.random() or at an expression holding it
  let call = callOf(input.node, 'call_expression');
  if (call && child(call, 'function')?.text !== 'Math.random') {
    call = undefined;
    const stack = [input.node];
    while (stack.length && !call) {
      const n = stack.pop()!;
      if (n.type === 'call_expression' && child(n, 'function')?.text === 'Math.random') call = n;
      stack.push(...n.children);
    }
  }
  if (!call) return unsupported('no Math.random() at the finding');
  if (isEsm(input.root) && !/\bimport\s+\w+\s+from\s+['"](node:)?crypto['"]/.test(input.code)) return unsupported('an ES module without a crypto import');
  const crypto = jsModuleExpr(input.root, 'crypto');
  // Math.floor(Math.random() * N) → crypto.randomInt(N): an integer in [0, N) either way
  const mul = call.parent?.type === 'binary_expression' && child(call.parent, 'operator')?.text === '*' ? call.parent : undefined;
  const floor = mul?.parent?.type === 'arguments' && mul.parent.parent?.type === 'call_expression' && /^Math\.(floor|trunc)$/.test(child(mul.parent.parent, 'function')!.text) && callArgs(mul.parent.parent).positional.length === 1 ? mul.parent.parent : undefined;
  if (mul && floor) {
    const other = child(mul, 'left') === call ? child(mul, 'right')! : child(mul, 'left')!;
    return { edits: [{ start: floor.start, end: floor.end, text: `${crypto}.randomInt(${other.text})` }], description: `Math.floor(Math.random() * n) → crypto.randomInt(n)` };
  }
  // a float in [0, 1) with 48 random bits, from the CSPRNG
  return { edits: [{ start: call.start, end: call.end, text: `(${crypto}.randomInt(2 ** 48) / 2 ** 48)` }], description: 'Math.random() → crypto.randomInt(2 ** 48) / 2 ** 48' };
}
