// The source files a code command reads: files named on the command line, and below a directory
// every file whose extension names a language the analyzer reads (skipping dependency, build and
// hidden folders), in a stable order. Shared by code-check and code-repair.
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { languageFromPath } from '../code/parse.js';
import { NotFoundError } from '../util/errors.js';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'build', '__pycache__', '.venv', 'venv']);

async function collect(p: string, out: string[], explicit: boolean): Promise<void> {
  let st;
  try {
    st = await fsp.stat(p);
  } catch {
    throw new NotFoundError('FILE_NOT_FOUND', `${p} does not exist; pass source files or directories`);
  }
  if (st.isDirectory()) {
    const entries = (await fsp.readdir(p, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.isDirectory() && (SKIP_DIRS.has(e.name) || e.name.startsWith('.'))) continue;
      if (e.isDirectory() || e.isFile()) await collect(path.join(p, e.name), out, false);
    }
  } else if (st.isFile() && (explicit || languageFromPath(p))) out.push(p);
}

/** The files under `paths` (in order; a named file is kept whatever its extension). */
export async function sourceFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) await collect(p, files, true);
  return files;
}
