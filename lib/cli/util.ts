// Small helpers shared by the CLI commands: number parsing, colours, error reporting.
import { InvalidArgumentError } from 'commander';
import { KalaError } from '../util/errors.js';

export function intArg(name: string, min = 0) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${name} must be an integer >= ${min}`);
    return n;
  };
}

/** A file or directory argument: a value that looks like an option ("--help", "-x") is refused
 *  instead of becoming a file name. */
export function pathArg(name: string) {
  return (v: string): string => {
    if (v.startsWith('-')) throw new InvalidArgumentError(`${name} needs a path, got "${v}" (an option); put the path right after ${name}`);
    return v;
  };
}

/** pathArg for a variadic option (<file...>): each value checked, collected in order. */
export function pathsArg(name: string) {
  const one = pathArg(name);
  return (v: string, previous: string[] | undefined): string[] => [...(previous ?? []), one(v)];
}

export function floatArg(name: string, min = -Infinity, max = Infinity) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isFinite(n) || n < min || n > max) throw new InvalidArgumentError(`${name} must be a number in [${min}, ${max}]`);
    return n;
  };
}

const tty = process.stdout.isTTY && !process.env.NO_COLOR;
export const color = {
  red: (s: string) => (tty ? `\x1b[31m${s}\x1b[0m` : s),
  green: (s: string) => (tty ? `\x1b[32m${s}\x1b[0m` : s),
  yellow: (s: string) => (tty ? `\x1b[33m${s}\x1b[0m` : s),
  dim: (s: string) => (tty ? `\x1b[2m${s}\x1b[0m` : s),
  bold: (s: string) => (tty ? `\x1b[1m${s}\x1b[0m` : s),
};

/** Prints an error the user can act on and sets a failing exit code. */
export function reportError(e: unknown): void {
  if (e instanceof KalaError) {
    process.stderr.write(`kala-train: ${e.message} [${e.code}]\n`);
  } else {
    process.stderr.write(`kala-train: ${(e as Error)?.stack ?? String(e)}\n`);
  }
  process.exitCode = 1;
}
