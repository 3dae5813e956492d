// Parsing source code with tree-sitter (web-tree-sitter + the prebuilt WASM grammars of
// tree-sitter-wasms; no native compile). A parsed tree is mirrored once into plain JS objects
// (`SNode`) so that the analyzer walks it without a round trip into WASM per property.
import { createRequire } from 'node:module';
import path from 'node:path';
import Parser from 'web-tree-sitter';
import { InputError, KalaError } from '../util/errors.js';

/** The languages the analyzer understands. */
export const CODE_LANGUAGES = ['python', 'javascript', 'typescript', 'tsx', 'java', 'c', 'cpp', 'php', 'go', 'csharp', 'ruby', 'rust'] as const;
export type CodeLanguage = (typeof CODE_LANGUAGES)[number];

/** Rule families: typescript/tsx share the JavaScript rules, cpp the C rules (plus its own). */
export function ruleLanguagesOf(lang: CodeLanguage): string[] {
  if (lang === 'typescript' || lang === 'tsx') return [lang, 'javascript'];
  if (lang === 'cpp') return ['cpp', 'c'];
  return [lang];
}

const ALIASES: Record<string, CodeLanguage> = {
  python: 'python', py: 'python', python3: 'python',
  javascript: 'javascript', js: 'javascript', node: 'javascript', jsx: 'javascript', mjs: 'javascript', cjs: 'javascript',
  typescript: 'typescript', ts: 'typescript', mts: 'typescript', cts: 'typescript', tsx: 'tsx',
  java: 'java',
  c: 'c', h: 'c',
  cpp: 'cpp', 'c++': 'cpp', cc: 'cpp', cxx: 'cpp', hpp: 'cpp', hh: 'cpp', hxx: 'cpp',
  php: 'php',
  go: 'go', golang: 'go',
  csharp: 'csharp', cs: 'csharp', 'c#': 'csharp', 'c-sharp': 'csharp', dotnet: 'csharp', csx: 'csharp',
  rust: 'rust', rs: 'rust',
  ruby: 'ruby', rb: 'ruby', rake: 'ruby', ru: 'ruby',
};

/** A language name or alias ("py", "c++", "ts") → the canonical id, or undefined. */
export function normalizeLanguage(name: string): CodeLanguage | undefined {
  return ALIASES[name.trim().toLowerCase()];
}

/** The language of a file from its extension, or undefined when it is not one we analyse. */
export function languageFromPath(file: string): CodeLanguage | undefined {
  const ext = path.extname(file).slice(1).toLowerCase();
  if (!ext) return undefined;
  return ALIASES[ext];
}

/** A syntax node mirrored from tree-sitter. Rows and columns are 0-based. */
export interface SNode {
  type: string;
  named: boolean;
  field: string | null;
  start: number;
  end: number;
  startRow: number;
  startCol: number;
  endRow: number;
  endCol: number;
  children: SNode[];
  parent: SNode | null;
  /** Source text of the node (lazily sliced). */
  text: string;
}

const GRAMMAR_FILE: Record<CodeLanguage, string> = {
  python: 'tree-sitter-python.wasm',
  javascript: 'tree-sitter-javascript.wasm',
  typescript: 'tree-sitter-typescript.wasm',
  tsx: 'tree-sitter-tsx.wasm',
  java: 'tree-sitter-java.wasm',
  c: 'tree-sitter-c.wasm',
  cpp: 'tree-sitter-cpp.wasm',
  php: 'tree-sitter-php.wasm',
  go: 'tree-sitter-go.wasm',
  csharp: 'tree-sitter-c_sharp.wasm',
  rust: 'tree-sitter-rust.wasm',
  ruby: 'tree-sitter-ruby.wasm',
};

let initPromise: Promise<void> | undefined;
const languages = new Map<CodeLanguage, Promise<Parser.Language>>();
const parsers = new Map<CodeLanguage, Parser>();

function grammarDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('tree-sitter-wasms/package.json')), 'out');
}

/** The tree-sitter Language object for `lang` (loaded once). */
export async function loadLanguage(lang: CodeLanguage): Promise<Parser.Language> {
  initPromise ??= Parser.init();
  await initPromise.catch((e: unknown) => {
    initPromise = undefined;
    throw new KalaError('UNSUPPORTED', `could not start the tree-sitter runtime (web-tree-sitter): ${(e as Error)?.message ?? e}`, { cause: e });
  });
  let p = languages.get(lang);
  if (!p) {
    p = Parser.Language.load(path.join(grammarDir(), GRAMMAR_FILE[lang])).catch((e: unknown) => {
      languages.delete(lang);
      throw new KalaError('FILE_NOT_FOUND', `the tree-sitter grammar for ${lang} did not load (${(e as Error)?.message ?? e}); reinstall tree-sitter-wasms`, { cause: e });
    });
    languages.set(lang, p);
  }
  return p;
}

export interface ParsedSource {
  language: CodeLanguage;
  root: SNode;
  /** The tree had ERROR or MISSING nodes (a fragment or broken code): analysed anyway. */
  hasErrors: boolean;
  tree: Parser.Tree;
  tsLanguage: Parser.Language;
}

/** Parses `code`; the caller must call `tree.delete()` when done (or use withParsed). */
export async function parseSource(code: string, lang: CodeLanguage, timeoutMs = 10_000): Promise<ParsedSource> {
  const tsLanguage = await loadLanguage(lang);
  let parser = parsers.get(lang);
  if (!parser) {
    parser = new Parser();
    parser.setLanguage(tsLanguage);
    parsers.set(lang, parser);
  }
  parser.setTimeoutMicros(timeoutMs * 1000);
  let tree: Parser.Tree | undefined;
  try {
    tree = parser.parse(code);
  } catch (e) {
    parser.reset();
    throw new InputError('INVALID_ARGUMENT', `the ${lang} parser gave up on this input (${(e as Error)?.message ?? e}); pass smaller or real source code`, { cause: e });
  }
  if (!tree) {
    parser.reset();
    throw new InputError('INVALID_ARGUMENT', `parsing took longer than ${timeoutMs} ms; split the input into smaller files`);
  }
  const root = mirror(tree, code);
  return { language: lang, root, hasErrors: tree.rootNode.hasError as unknown as boolean, tree, tsLanguage };
}

/** Copies the tree into JS objects with one cursor walk (iterative: deep trees do not overflow). */
function mirror(tree: Parser.Tree, code: string): SNode {
  const cursor = tree.walk();
  const mk = (parent: SNode | null): SNode => {
    const sp = cursor.startPosition;
    const ep = cursor.endPosition;
    const start = cursor.startIndex;
    const end = cursor.endIndex;
    let cached: string | undefined;
    const node: SNode = {
      type: cursor.nodeIsMissing ? 'MISSING' : cursor.nodeType,
      named: cursor.nodeIsNamed,
      field: cursor.currentFieldName ?? null,
      start,
      end,
      startRow: sp.row,
      startCol: sp.column,
      endRow: ep.row,
      endCol: ep.column,
      children: [],
      parent,
      get text() {
        cached ??= code.slice(start, end);
        return cached;
      },
    };
    if (parent) parent.children.push(node);
    return node;
  };
  const root = mk(null);
  let current = root;
  // depth-first: descend, then siblings, then climb
  for (;;) {
    if (cursor.gotoFirstChild()) {
      current = mk(current);
      continue;
    }
    for (;;) {
      if (cursor.gotoNextSibling()) {
        current = mk(current.parent);
        break;
      }
      if (!cursor.gotoParent()) {
        cursor.delete();
        return root;
      }
      current = current.parent!;
    }
  }
}

// web-tree-sitter parses JS strings as UTF-16 and reports indices in UTF-16 code units, the same
// for cursors and query results, so `code.slice(start, end)` is the node's text and mapping a
// query capture to its SNode by span is exact.
/** Index of every node by `start:end:type`, to find the SNode of a query capture. */
export function indexNodes(root: SNode): Map<string, SNode> {
  const m = new Map<string, SNode>();
  const stack = [root];
  while (stack.length) {
    const n = stack.pop()!;
    const k = `${n.start}:${n.end}:${n.type}`;
    if (!m.has(k)) m.set(k, n);
    for (const c of n.children) stack.push(c);
  }
  return m;
}
