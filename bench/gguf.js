// A GGUF (v3) writer, and the conversion of a GPT-NeoX (Pythia) checkpoint in the Hugging Face
// layout (config.json + safetensors) to the GGUF that llama.cpp's `gptneox` architecture loads:
// the llama.cpp peer of bench/llama-peer.js runs the same weights as KalaModel.
//
// The format, as used here: "GGUF", uint32 version 3, uint64 tensor count, uint64 metadata count;
// metadata as (string key, uint32 value type, value); tensor infos as (string name, uint32 n_dims,
// uint64 ne[n_dims] innermost first, uint32 ggml type, uint64 offset into the data section); the
// data section starts at the next multiple of general.alignment (32) and every tensor in it is
// aligned to 32. Strings are uint64 length + UTF-8 bytes; arrays are uint32 element type, uint64
// count, elements. All little-endian.
//
//   node bench/gguf.js --in /tmp/ckpt --out /tmp/model.gguf [--type F32|F16|Q8_0] [--tokenizer file]
import { closeSync, existsSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSafetensorsHeader } from '../dist/formats/safetensors.js';

export const GGML_TYPE = { F32: 0, F16: 1, Q8_0: 8 };
/** general.file_type (llama_ftype) of a file whose 2-D weights are of that type. */
const FILE_TYPE = { F32: 0, F16: 1, Q8_0: 7 };
const VT = { u8: 0, i8: 1, u16: 2, i16: 3, u32: 4, i32: 5, f32: 6, bool: 7, str: 8, arr: 9, u64: 10, i64: 11, f64: 12 };
const ALIGN = 32;
const QK8_0 = 32;

/** The tokenizer the Pythia models ship (the GPT-NeoX-20B one), in ../shared beside the repo. */
export const PYTHIA_TOKENIZER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'data', 'tokenizer', '20B_tokenizer.json');

// ------------------------------------------------------------------ metadata values

/** A typed metadata value: { type: 'u32' | 'i32' | 'f32' | 'bool' | 'str' | ..., value } or an
 *  array { type: 'arr', of: elementType, value: [...] }. */
export const gv = {
  u32: (value) => ({ type: 'u32', value }),
  i32: (value) => ({ type: 'i32', value }),
  f32: (value) => ({ type: 'f32', value }),
  bool: (value) => ({ type: 'bool', value }),
  str: (value) => ({ type: 'str', value }),
  arr: (of, value) => ({ type: 'arr', of, value }),
};

/** Appends little-endian bytes to a growing list of Buffers. */
class Bytes {
  parts = [];
  length = 0;
  push(b) {
    this.parts.push(b);
    this.length += b.length;
  }
  u32(v) {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(v >>> 0);
    this.push(b);
  }
  u64(v) {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(v));
    this.push(b);
  }
  str(s) {
    const b = Buffer.from(s, 'utf8');
    this.u64(b.length);
    this.push(b);
  }
  scalar(type, v) {
    const sizes = { u8: 1, i8: 1, u16: 2, i16: 2, u32: 4, i32: 4, f32: 4, bool: 1, u64: 8, i64: 8, f64: 8 };
    if (type === 'str') return this.str(v);
    const b = Buffer.alloc(sizes[type]);
    if (type === 'u8') b.writeUInt8(v);
    else if (type === 'i8') b.writeInt8(v);
    else if (type === 'u16') b.writeUInt16LE(v);
    else if (type === 'i16') b.writeInt16LE(v);
    else if (type === 'u32') b.writeUInt32LE(v);
    else if (type === 'i32') b.writeInt32LE(v);
    else if (type === 'f32') b.writeFloatLE(v);
    else if (type === 'bool') b.writeUInt8(v ? 1 : 0);
    else if (type === 'u64') b.writeBigUInt64LE(BigInt(v));
    else if (type === 'i64') b.writeBigInt64LE(BigInt(v));
    else if (type === 'f64') b.writeDoubleLE(v);
    else throw new Error(`unknown GGUF value type ${type}`);
    this.push(b);
  }
  value(v) {
    if (!(v.type in VT)) throw new Error(`unknown GGUF value type ${v.type}`);
    this.u32(VT[v.type]);
    if (v.type !== 'arr') return this.scalar(v.type, v.value);
    if (!(v.of in VT) || v.of === 'arr') throw new Error(`unsupported GGUF array element type ${v.of}`);
    this.u32(VT[v.of]);
    this.u64(v.value.length);
    for (const x of v.value) this.scalar(v.of, x);
  }
}

// ------------------------------------------------------------------ encodings

const f32buf = new Float32Array(1);
const u32buf = new Uint32Array(f32buf.buffer);

/** IEEE half bits of a float, rounded to nearest even (subnormals, overflow to inf, NaN kept). */
export function f32ToF16(x) {
  f32buf[0] = x;
  const u = u32buf[0];
  const sign = (u >>> 16) & 0x8000;
  const exp = (u >>> 23) & 0xff;
  let mant = u & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0);
  const e = exp - 127 + 15;
  if (e >= 0x1f) return sign | 0x7c00;
  if (e <= 0) {
    if (e < -10) return sign;
    mant |= 0x800000;
    const shift = 14 - e;
    let h = mant >>> shift;
    const rem = mant & ((1 << shift) - 1), half = 1 << (shift - 1);
    if (rem > half || (rem === half && h & 1)) h++;
    return sign | h;
  }
  let h = (e << 10) | (mant >>> 13);
  const rem = mant & 0x1fff;
  if (rem > 0x1000 || (rem === 0x1000 && h & 1)) h++; // a carry rounds up into the exponent
  return sign | h;
}

/** The float a half's bits stand for. */
export function f16ToF32(h) {
  const sign = h & 0x8000 ? -1 : 1, e = (h >>> 10) & 0x1f, m = h & 0x3ff;
  if (e === 0) return sign * m * 2 ** -24;
  if (e === 0x1f) return m ? NaN : sign * Infinity;
  return sign * (1 + m / 1024) * 2 ** (e - 15);
}

export function toF16(f) {
  const out = new Uint16Array(f.length);
  for (let i = 0; i < f.length; i++) out[i] = f32ToF16(f[i]);
  return out;
}

/** Q8_0: blocks of 32 values as an fp16 scale d = max|x| / 127 and 32 int8 q = round(x / d)
 *  (34 bytes a block); rows must be a multiple of 32 long. */
export function toQ8_0(f) {
  if (f.length % QK8_0) throw new Error(`Q8_0 needs a multiple of ${QK8_0} values (got ${f.length})`);
  const nb = f.length / QK8_0, bs = 2 + QK8_0;
  const out = new Uint8Array(nb * bs);
  const q = new Int8Array(out.buffer), scale = new DataView(out.buffer);
  for (let b = 0; b < nb; b++) {
    let amax = 0;
    for (let j = 0; j < QK8_0; j++) amax = Math.max(amax, Math.abs(f[b * QK8_0 + j]));
    const d = Math.fround(amax / 127);
    const id = d ? Math.fround(1 / d) : 0;
    scale.setUint16(b * bs, f32ToF16(d), true);
    for (let j = 0; j < QK8_0; j++) {
      const v = Math.fround(f[b * QK8_0 + j] * id);
      q[b * bs + 2 + j] = v < 0 ? -Math.round(-v) : Math.round(v); // round half away from zero
    }
  }
  return out;
}

/** Bytes of a tensor of ggml type `type` with ne[0] * ... values. */
export function ggmlBytes(type, n) {
  if (type === 'F32') return n * 4;
  if (type === 'F16') return n * 2;
  if (type === 'Q8_0') return (n / QK8_0) * (2 + QK8_0);
  throw new Error(`unsupported ggml type ${type}`);
}

// ------------------------------------------------------------------ the writer

const pad = (n) => (ALIGN - (n % ALIGN)) % ALIGN;

/**
 * Writes a GGUF v3 file. `metadata`: { key: gv.*(...) } in order; `tensors`: [{ name, ne (ggml
 * order: innermost first), type ('F32' | 'F16' | 'Q8_0'), data: () => bytes }], produced one at a
 * time as the writer reaches them.
 */
export function writeGguf(file, metadata, tensors) {
  const h = new Bytes();
  h.push(Buffer.from('GGUF', 'latin1'));
  h.u32(3);
  h.u64(tensors.length);
  const keys = Object.keys(metadata);
  h.u64(keys.length);
  for (const k of keys) {
    h.str(k);
    h.value(metadata[k]);
  }
  let offset = 0;
  for (const t of tensors) {
    h.str(t.name);
    h.u32(t.ne.length);
    for (const d of t.ne) h.u64(d);
    h.u32(GGML_TYPE[t.type]);
    h.u64(offset);
    t.bytes = ggmlBytes(t.type, t.ne.reduce((a, b) => a * b, 1));
    offset += t.bytes + pad(t.bytes);
  }
  const fd = openSync(file, 'w');
  try {
    const header = Buffer.concat(h.parts);
    writeSync(fd, header);
    writeSync(fd, Buffer.alloc(pad(header.length)));
    for (const t of tensors) {
      const d = t.data();
      const b = Buffer.from(d.buffer, d.byteOffset, d.byteLength);
      if (b.length !== t.bytes) throw new Error(`${t.name}: ${b.length} bytes of data, the header says ${t.bytes}`);
      writeSync(fd, b);
      writeSync(fd, Buffer.alloc(pad(b.length)));
    }
  } finally {
    closeSync(fd);
  }
  return { bytes: ggufSize(tensors, h.length), tensors: tensors.length, tensorBytes: Object.fromEntries(tensors.map((t) => [t.name, t.bytes])) };
}

function ggufSize(tensors, header) {
  return header + pad(header) + tensors.reduce((a, t) => a + t.bytes + pad(t.bytes), 0);
}

// ------------------------------------------------------------------ the Pythia tokenizer

/** tokenizer.ggml.* of a Hugging Face byte-level BPE tokenizer.json, padded to nVocab tokens
 *  (ids the tokenizer lacks become unused [PADn] tokens, as the embedding rows beyond it). */
export function bpeTokenizerMetadata(tokenizerFile, nVocab, { bos = 0, eos = 0 } = {}) {
  const tj = JSON.parse(readFileSync(tokenizerFile, 'utf8'));
  if (tj.model?.type !== 'BPE') throw new Error(`${tokenizerFile}: not a BPE tokenizer`);
  // token types (llama_token_type): 1 normal, 3 control, 4 user defined, 5 unused
  const tokens = new Array(nVocab), types = new Array(nVocab).fill(1);
  for (const [tok, id] of Object.entries(tj.model.vocab)) if (id < nVocab) tokens[id] = tok;
  for (const a of tj.added_tokens ?? [])
    if (a.id < nVocab) {
      tokens[a.id] = a.content;
      types[a.id] = a.special ? 3 : 4;
    }
  for (let i = 0; i < nVocab; i++)
    if (tokens[i] === undefined) {
      tokens[i] = `[PAD${i}]`;
      types[i] = 5;
    }
  const merges = tj.model.merges.map((m) => (Array.isArray(m) ? m.join(' ') : m));
  return {
    'tokenizer.ggml.model': gv.str('gpt2'),
    // the GPT-NeoX-20B tokenizer's pre-tokenizer is the one llama.cpp calls 'olmo' (OLMo 1.7 uses it)
    'tokenizer.ggml.pre': gv.str('olmo'),
    'tokenizer.ggml.tokens': gv.arr('str', tokens),
    'tokenizer.ggml.token_type': gv.arr('i32', types),
    'tokenizer.ggml.merges': gv.arr('str', merges),
    'tokenizer.ggml.bos_token_id': gv.u32(bos),
    'tokenizer.ggml.eos_token_id': gv.u32(eos),
    'tokenizer.ggml.unknown_token_id': gv.u32(eos),
    'tokenizer.ggml.add_bos_token': gv.bool(false),
  };
}

// ------------------------------------------------------------------ GPT-NeoX checkpoint -> GGUF

/** The tensors of a safetensors checkpoint directory (single file or sharded with an index). */
async function checkpointTensors(dir) {
  const index = path.join(dir, 'model.safetensors.index.json');
  const files = existsSync(index)
    ? [...new Set(Object.values(JSON.parse(readFileSync(index, 'utf8')).weight_map))].map((f) => path.join(dir, f))
    : [path.join(dir, 'model.safetensors')];
  const all = new Map();
  for (const f of files) for (const [n, e] of (await readSafetensorsHeader(f)).tensors) all.set(n, { ...e, file: f });
  return all;
}

function readFloats(e) {
  const n = e.shape.reduce((a, b) => a * b, 1);
  const bytes = Buffer.alloc(e.end - e.begin);
  const fd = openSync(e.file, 'r');
  try {
    for (let at = 0; at < bytes.length; ) {
      const r = readSync(fd, bytes, at, Math.min(1 << 30, bytes.length - at), e.begin + at);
      if (r <= 0) throw new Error(`${e.file}: short read`);
      at += r;
    }
  } finally {
    closeSync(fd);
  }
  if (e.dtype === 'F32') return new Float32Array(bytes.buffer, bytes.byteOffset, n).slice();
  const out = new Float32Array(n);
  if (e.dtype === 'F16') for (let i = 0; i < n; i++) out[i] = f16ToF32(bytes.readUInt16LE(2 * i));
  else if (e.dtype === 'BF16') {
    const u = new Uint32Array(out.buffer);
    for (let i = 0; i < n; i++) u[i] = bytes.readUInt16LE(2 * i) << 16;
  } else throw new Error(`${e.name}: cannot convert ${e.dtype}`);
  return out;
}

/** HF fuses q, k, v per head ([head][q|k|v][dim] rows); llama.cpp's gptneox graph views the fused
 *  product as q of every head, then k, then v ([q|k|v][head][dim]). Reorders rows of `cols` values. */
export function qkvToLlama(src, heads, headDim, cols) {
  const H = heads * headDim, out = new Float32Array(src.length);
  for (let h = 0; h < heads; h++)
    for (let j = 0; j < 3; j++)
      for (let i = 0; i < headDim; i++) {
        const from = (h * 3 * headDim + j * headDim + i) * cols, to = (j * H + h * headDim + i) * cols;
        out.set(src.subarray(from, from + cols), to);
      }
  return out;
}

/**
 * Converts a GPT-NeoX checkpoint directory (config.json + safetensors, HF names) to a GGUF file.
 * `type`: the 2-D weights' encoding ('F32' | 'F16' | 'Q8_0'); norms and biases stay F32.
 * `tokenizer`: a tokenizer.json path (default: the Pythia tokenizer in ../shared).
 */
export async function convertGptNeox({ dir, out, type = 'F32', tokenizer = PYTHIA_TOKENIZER, name }) {
  if (!(type in GGML_TYPE)) throw new Error(`type must be F32, F16 or Q8_0 (got ${type})`);
  const c = JSON.parse(readFileSync(path.join(dir, 'config.json'), 'utf8'));
  const H = c.hidden_size, L = c.num_hidden_layers, nh = c.num_attention_heads, I = c.intermediate_size, V = c.vocab_size;
  const d = H / nh;
  const nRot = Math.round((c.rotary_pct ?? 1) * d);
  const st = await checkpointTensors(dir);
  const get = (n) => {
    const e = st.get(n);
    if (!e) throw new Error(`${dir}: no tensor ${n}`);
    return { ...e, name: n };
  };
  const tensors = [];
  // a weight [rows, cols] row-major (torch) is ggml ne = [cols, rows]: the same bytes
  const add = (ggufName, hfName, { matrix = false, qkv = false } = {}) => {
    const e = get(hfName);
    const shape = e.shape;
    const ne = [...shape].reverse();
    const t = matrix ? type : 'F32';
    tensors.push({
      name: ggufName,
      ne,
      type: t,
      data: () => {
        let f = readFloats(e);
        if (qkv) f = qkvToLlama(f, nh, d, shape.length === 2 ? shape[1] : 1);
        return t === 'F32' ? f : t === 'F16' ? toF16(f) : toQ8_0(f);
      },
    });
  };
  add('token_embd.weight', 'gpt_neox.embed_in.weight', { matrix: true });
  for (let i = 0; i < L; i++) {
    const p = `gpt_neox.layers.${i}.`, b = `blk.${i}.`;
    add(b + 'attn_norm.weight', p + 'input_layernorm.weight');
    add(b + 'attn_norm.bias', p + 'input_layernorm.bias');
    add(b + 'attn_qkv.weight', p + 'attention.query_key_value.weight', { matrix: true, qkv: true });
    add(b + 'attn_qkv.bias', p + 'attention.query_key_value.bias', { qkv: true });
    add(b + 'attn_output.weight', p + 'attention.dense.weight', { matrix: true });
    add(b + 'attn_output.bias', p + 'attention.dense.bias');
    add(b + 'ffn_norm.weight', p + 'post_attention_layernorm.weight');
    add(b + 'ffn_norm.bias', p + 'post_attention_layernorm.bias');
    add(b + 'ffn_up.weight', p + 'mlp.dense_h_to_4h.weight', { matrix: true });
    add(b + 'ffn_up.bias', p + 'mlp.dense_h_to_4h.bias');
    add(b + 'ffn_down.weight', p + 'mlp.dense_4h_to_h.weight', { matrix: true });
    add(b + 'ffn_down.bias', p + 'mlp.dense_4h_to_h.bias');
  }
  add('output_norm.weight', 'gpt_neox.final_layer_norm.weight');
  add('output_norm.bias', 'gpt_neox.final_layer_norm.bias');
  add('output.weight', st.has('embed_out.weight') ? 'embed_out.weight' : 'gpt_neox.embed_in.weight', { matrix: true });
  const bos = typeof c.bos_token_id === 'number' ? c.bos_token_id : 0, eos = typeof c.eos_token_id === 'number' ? c.eos_token_id : 0;
  const metadata = {
    'general.architecture': gv.str('gptneox'),
    'general.name': gv.str(name ?? path.basename(dir)),
    'general.file_type': gv.u32(FILE_TYPE[type]),
    'general.alignment': gv.u32(ALIGN),
    'gptneox.context_length': gv.u32(c.max_position_embeddings ?? 2048),
    'gptneox.embedding_length': gv.u32(H),
    'gptneox.block_count': gv.u32(L),
    'gptneox.feed_forward_length': gv.u32(I),
    'gptneox.attention.head_count': gv.u32(nh),
    'gptneox.rope.dimension_count': gv.u32(nRot),
    'gptneox.rope.freq_base': gv.f32(c.rotary_emb_base ?? 10000),
    'gptneox.attention.layer_norm_epsilon': gv.f32(c.layer_norm_eps ?? 1e-5),
    'gptneox.use_parallel_residual': gv.bool(c.use_parallel_residual ?? true),
    ...bpeTokenizerMetadata(tokenizer, V, { bos, eos }),
  };
  const r = writeGguf(out, metadata, tensors);
  // bytes a decode step streams: every tensor but the embedding table, of which one row
  const all = Object.values(r.tensorBytes).reduce((a, b) => a + b, 0);
  const stepBytes = all - r.tensorBytes['token_embd.weight'] + r.tensorBytes['token_embd.weight'] / V;
  return { out, type, bytes: r.bytes, tensors: r.tensors, stepBytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (k, d) => {
    const i = process.argv.indexOf(`--${k}`);
    return i >= 0 ? process.argv[i + 1] : d;
  };
  const dir = arg('in');
  if (!dir) throw new Error('usage: node bench/gguf.js --in <checkpoint dir> --out <file.gguf> [--type F32|F16|Q8_0] [--tokenizer tokenizer.json]');
  const type = arg('type', 'F32');
  const r = await convertGptNeox({ dir, out: arg('out', path.join(dir, `model-${type}.gguf`)), type, tokenizer: arg('tokenizer', PYTHIA_TOKENIZER) });
  console.log(`wrote ${r.out}: ${r.tensors} tensors, ${(r.bytes / 2 ** 20).toFixed(1)} MiB (${r.type})`);
}
