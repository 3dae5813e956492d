// Package-internal access to a model's native handle (for Trainer and adapters). Not exported
// from the package entry point.
import type { DeviceModel, KalaAddon, NativeModel } from './native/addon.js';

export const NATIVE = Symbol('kala.native');

export interface NativeAccess {
  /** The engine binary the model runs on (on 'cuda' the CUDA build, which has these too). */
  addon: KalaAddon;
  /** The host model (on 'cuda' its weights are the source the device copy is uploaded from). */
  handle: NativeModel;
  ready: Promise<void>;
  /** On 'cuda': the model on the GPU (cuda.DeviceModel), uploaded on first use; `rebuild`
   *  re-uploads after the host model changed (an adapter attached), `training` enables loss
   *  scaling where the precision is f16. Undefined on 'cpu'. */
  deviceModel(o?: { training?: boolean; rebuild?: boolean }): Promise<DeviceModel | undefined>;
  /** Copies parameters trained on the GPU back into the host model (a no-op on 'cpu'). */
  syncHost(): Promise<void>;
}
