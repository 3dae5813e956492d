// TLS certificate verification back on: verify=False → the keyword removed (requests/httpx verify
// by default), ssl._create_unverified_context → ssl.create_default_context, check_hostname/CERT_NONE
// assignments → their secure values; JS rejectUnauthorized: false → true, NODE_TLS_REJECT_UNAUTHORIZED
// = '0' → '1'. Behaviour kept means: the same requests go to the same URLs with the same data.
import { callOf, child, closest, removeArgument } from './edits.js';
import { unsupported, type RepairInput, type RepairOutcome } from './types.js';

export function repairTls(input: RepairInput): RepairOutcome {
  const { node, code } = input;
  if (input.language === 'python') {
    const kw = closest(node, ['keyword_argument']) ?? [...node.children].find((c) => c.type === 'keyword_argument');
    if (kw && child(kw, 'name')?.text === 'verify' && child(kw, 'value')?.text === 'False') return { edits: [removeArgument(code, kw)], description: 'verify=False removed (certificates are verified by default)' };
    const call = callOf(node, 'call');
    const fn = call && child(call, 'function');
    if (fn && /^ssl\._create_(unverified_context|stdlib_context)$/.test(fn.text)) return { edits: [{ start: fn.start, end: fn.end, text: 'ssl.create_default_context' }], description: `${fn.text} → ssl.create_default_context` };
    const asg = closest(node, ['assignment']);
    if (asg) {
      const l = child(asg, 'left')!;
      const r = child(asg, 'right')!;
      if (/\.check_hostname$/.test(l.text) && r.text === 'False') return { edits: [{ start: r.start, end: r.end, text: 'True' }], description: 'check_hostname = True' };
      if (/\.verify_mode$/.test(l.text) && /CERT_NONE$/.test(r.text)) return { edits: [{ start: r.start, end: r.end, text: 'ssl.CERT_REQUIRED' }], description: 'verify_mode = ssl.CERT_REQUIRED' };
    }
    return unsupported('no verify=False / unverified context at the finding');
  }
  const pair = closest(node, ['pair']) ?? [...node.children].find((c) => c.type === 'pair');
  if (pair && /^['"]?rejectUnauthorized['"]?$/.test(child(pair, 'key')?.text ?? '') && /^(false|0)$/.test(child(pair, 'value')?.text ?? '')) {
    const v = child(pair, 'value')!;
    return { edits: [{ start: v.start, end: v.end, text: 'true' }], description: 'rejectUnauthorized: true' };
  }
  const asg = closest(node, ['assignment_expression']);
  if (asg && /NODE_TLS_REJECT_UNAUTHORIZED/.test(child(asg, 'left')!.text) && /^['"`]?0['"`]?$/.test(child(asg, 'right')!.text)) {
    const r = child(asg, 'right')!;
    return { edits: [{ start: r.start, end: r.end, text: r.text.replace('0', '1') }], description: 'NODE_TLS_REJECT_UNAUTHORIZED = 1' };
  }
  return unsupported('no rejectUnauthorized: false / NODE_TLS_REJECT_UNAUTHORIZED=0 at the finding');
}
