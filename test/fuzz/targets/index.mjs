// The fuzz targets, in the order a run goes through them.
import * as safetensors from './safetensors.mjs';
import * as config from './config.mjs';
import * as tokenizer from './tokenizer.mjs';
import * as shardIndex from './shard-index.mjs';
import * as adapter from './adapter.mjs';
import * as trainingJsonl from './training-jsonl.mjs';
import * as chatRequest from './chat-request.mjs';
import * as kernelText from './kernel-text.mjs';
import * as selftest from './selftest.mjs';

export const TARGETS = {
  safetensors,
  config,
  tokenizer,
  'shard-index': shardIndex,
  adapter,
  'training-jsonl': trainingJsonl,
  'chat-request': chatRequest,
  'kernel-text': kernelText,
};

/** Targets that run only when named (--target). */
export const HIDDEN_TARGETS = { selftest };
