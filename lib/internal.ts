// Package-internal access to a model's native handle (for Trainer and adapters). Not exported
// from the package entry point.
import type { KalaAddon, NativeModel } from './native/addon.js';

export const NATIVE = Symbol('kala.native');

export interface NativeAccess {
  /** The engine binary the model runs on (on 'cuda' the CUDA build, which has these too). */
  addon: KalaAddon;
  /** The native model. It holds the host weights; on 'cuda' the engine also keeps a device copy
   *  (NativeModel.to), where its forward, sessions and NativeTrainer then run. */
  handle: NativeModel;
  ready: Promise<void>;
  /** On 'cuda': moves the weights to the GPU (uploaded on first use; `rebuild` uploads again
   *  after the host model changed, e.g. an adapter attached; `training` enables loss scaling
   *  where the precision is f16). A no-op on 'cpu'. */
  place(o?: { training?: boolean; rebuild?: boolean }): Promise<void>;
  /** Copies parameters trained on the GPU back into the host model (a no-op on 'cpu'). */
  syncHost(): Promise<void>;
}
