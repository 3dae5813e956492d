import { InputError } from './errors.js';

/** Element types of a Tensor. float16 and bfloat16 hold raw 16-bit patterns in a Uint16Array. */
export type DType = 'float32' | 'float16' | 'bfloat16' | 'int8' | 'int32';

export type TensorData<D extends DType = DType> = D extends 'float32'
  ? Float32Array
  : D extends 'int8'
    ? Int8Array
    : D extends 'int32'
      ? Int32Array
      : Uint16Array;

const BYTES: Record<DType, number> = { float32: 4, float16: 2, bfloat16: 2, int8: 1, int32: 4 };

/** safetensors dtype names <-> Tensor dtypes. */
export const SAFETENSORS_DTYPES: Record<string, DType> = { F32: 'float32', F16: 'float16', BF16: 'bfloat16', I8: 'int8', I32: 'int32' };
export const DTYPE_TO_SAFETENSORS: Record<DType, string> = { float32: 'F32', float16: 'F16', bfloat16: 'BF16', int8: 'I8', int32: 'I32' };

export function dtypeBytes(dtype: DType): number {
  return BYTES[dtype];
}

/** A dense, row-major tensor over a TypedArray: `{ dtype, shape, data }`. */
export class Tensor<D extends DType = DType> {
  readonly dtype: D;
  readonly shape: readonly number[];
  readonly data: TensorData<D>;

  constructor(dtype: D, shape: readonly number[], data: TensorData<D>) {
    const n = shape.reduce((a, b) => a * b, 1);
    if (shape.some((s) => !Number.isInteger(s) || s < 0)) throw new InputError('INVALID_ARGUMENT', `invalid tensor shape [${shape}]`);
    if (data.length !== n) throw new InputError('INVALID_ARGUMENT', `tensor data has ${data.length} elements, shape [${shape}] needs ${n}`);
    this.dtype = dtype;
    this.shape = Object.freeze([...shape]);
    this.data = data;
  }

  /** A float32 tensor; `data` may be nested arrays or a flat array with an explicit shape. */
  static float32(data: ArrayLike<number> | number[][] | number[][][], shape?: readonly number[]): Tensor<'float32'> {
    const { flat, dims } = flatten(data);
    return new Tensor('float32', shape ?? dims, Float32Array.from(flat));
  }

  get size(): number {
    return this.data.length;
  }

  /** Element at a multi-index, as a number (float16/bfloat16 decoded). */
  get(...index: number[]): number {
    if (index.length !== this.shape.length) throw new InputError('INVALID_ARGUMENT', `expected ${this.shape.length} indices`);
    let off = 0;
    for (let i = 0; i < index.length; i++) {
      const ix = index[i]!;
      if (!Number.isInteger(ix) || ix < 0 || ix >= this.shape[i]!) throw new InputError('INVALID_ARGUMENT', `index ${ix} out of range for axis ${i}`);
      off = off * this.shape[i]! + ix;
    }
    return decode(this.dtype, this.data, off);
  }

  /** The tensor as nested JS arrays of numbers. */
  toArray(): unknown {
    const nest = (axis: number, off: number): unknown => {
      if (axis === this.shape.length) return decode(this.dtype, this.data, off);
      const out: unknown[] = [];
      const stride = this.shape.slice(axis + 1).reduce((a, b) => a * b, 1);
      for (let i = 0; i < this.shape[axis]!; i++) out.push(nest(axis + 1, off + i * stride));
      return out;
    };
    return nest(0, 0);
  }

  /** A float32 copy (decodes float16/bfloat16). */
  toFloat32(): Tensor<'float32'> {
    if (this.dtype === 'float32') return this as unknown as Tensor<'float32'>;
    const out = new Float32Array(this.size);
    for (let i = 0; i < out.length; i++) out[i] = decode(this.dtype, this.data, i);
    return new Tensor('float32', this.shape, out);
  }
}

function decode(dtype: DType, data: ArrayLike<number>, i: number): number {
  const v = data[i]!;
  if (dtype === 'float16') return halfToFloat(v);
  if (dtype === 'bfloat16') return bf16ToFloat(v);
  return v;
}

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

export function bf16ToFloat(h: number): number {
  u32[0] = h << 16;
  return f32[0]!;
}

export function halfToFloat(h: number): number {
  const s = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const m = h & 0x3ff;
  if (e === 0) return s * m * 2 ** -24;
  if (e === 31) return m ? NaN : s * Infinity;
  return s * (1 + m / 1024) * 2 ** (e - 15);
}

function flatten(data: unknown): { flat: number[]; dims: number[] } {
  const dims: number[] = [];
  let probe: unknown = data;
  while (Array.isArray(probe) || ArrayBuffer.isView(probe)) {
    const len = (probe as ArrayLike<unknown>).length;
    dims.push(len);
    probe = len > 0 ? (probe as ArrayLike<unknown>)[0] : undefined;
  }
  const flat: number[] = [];
  const walk = (x: unknown, depth: number) => {
    if (depth === dims.length) {
      flat.push(Number(x));
      return;
    }
    const arr = x as ArrayLike<unknown>;
    if (!arr || arr.length !== dims[depth]) throw new InputError('INVALID_ARGUMENT', 'nested arrays must be rectangular');
    for (let i = 0; i < arr.length; i++) walk(arr[i], depth + 1);
  };
  walk(data, 0);
  return { flat, dims };
}
