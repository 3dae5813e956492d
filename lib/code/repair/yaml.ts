// yaml.load with a full/unsafe loader → yaml.safe_load: the safe loader builds only plain data
// (dicts, lists, strings, numbers), which is what benign documents hold, so their result is equal.
import { callArgs, callOf, child, removeArgument, type TextEdit } from './edits.js';
import { unsupported, type RepairInput, type RepairOutcome } from './types.js';

export function repairYaml(input: RepairInput): RepairOutcome {
  if (input.language !== 'python') return unsupported('only Python yaml.load is repaired');
  const call = callOf(input.node, 'call');
  const fn = call && child(call, 'function');
  if (!call || !fn || fn.type !== 'attribute') return unsupported('not a yaml.<load> call');
  const method = child(fn, 'attribute')!.text;
  const safe: Record<string, string> = { load: 'safe_load', load_all: 'safe_load_all', unsafe_load: 'safe_load', unsafe_load_all: 'safe_load_all', full_load: 'safe_load', full_load_all: 'safe_load_all' };
  if (!safe[method]) return unsupported(`yaml.${method} has no safe counterpart`);
  const { positional, keywords } = callArgs(call);
  const edits: TextEdit[] = [{ start: child(fn, 'attribute')!.start, end: child(fn, 'attribute')!.end, text: safe[method] }];
  const loader = keywords.get('Loader');
  if (loader) edits.push(removeArgument(input.code, loader));
  else if (positional.length > 1) edits.push(removeArgument(input.code, positional[1]));
  if (keywords.size > (loader ? 1 : 0)) return unsupported('other keyword arguments to yaml.load');
  return { edits, description: `yaml.${method} → yaml.${safe[method]} (plain data only)` };
}
