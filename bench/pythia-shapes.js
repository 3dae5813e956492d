// The published Pythia architectures (EleutherAI/pythia-*/config.json): every size shares
// rotary_pct 0.25, base 10000, parallel residual, 2048 positions, untied embed_out.
export const PYTHIA = {
  'pythia-70m': { hidden_size: 512, num_hidden_layers: 6, num_attention_heads: 8, intermediate_size: 2048, vocab_size: 50304 },
  'pythia-160m': { hidden_size: 768, num_hidden_layers: 12, num_attention_heads: 12, intermediate_size: 3072, vocab_size: 50304 },
  'pythia-410m': { hidden_size: 1024, num_hidden_layers: 24, num_attention_heads: 16, intermediate_size: 4096, vocab_size: 50304 },
  'pythia-1b': { hidden_size: 2048, num_hidden_layers: 16, num_attention_heads: 8, intermediate_size: 8192, vocab_size: 50304 },
  'pythia-1.4b': { hidden_size: 2048, num_hidden_layers: 24, num_attention_heads: 16, intermediate_size: 8192, vocab_size: 50304 },
  'pythia-2.8b': { hidden_size: 2560, num_hidden_layers: 32, num_attention_heads: 32, intermediate_size: 10240, vocab_size: 50304 },
  'pythia-6.9b': { hidden_size: 4096, num_hidden_layers: 32, num_attention_heads: 32, intermediate_size: 16384, vocab_size: 50432 },
  'pythia-12b': { hidden_size: 5120, num_hidden_layers: 36, num_attention_heads: 40, intermediate_size: 20480, vocab_size: 50688 },
};

export function pythiaHfConfig(shape, dtype = 'float16') {
  const s = PYTHIA[shape];
  if (!s) throw new Error(`unknown shape ${shape}; one of ${Object.keys(PYTHIA).join(', ')}`);
  return {
    architectures: ['GPTNeoXForCausalLM'], model_type: 'gpt_neox', ...s, max_position_embeddings: 2048, rotary_pct: 0.25, rotary_emb_base: 10000,
    layer_norm_eps: 1e-5, use_parallel_residual: true, hidden_act: 'gelu', tie_word_embeddings: false, bos_token_id: 0, eos_token_id: 0,
    initializer_range: 0.02, torch_dtype: dtype,
  };
}
