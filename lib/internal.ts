// Package-internal access to a model's native handle (for Trainer and adapters). Not exported
// from the package entry point.
export const NATIVE = Symbol('kala.native');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface NativeAccess {
  addon: any;
  handle: any;
  ready: Promise<void>;
}
