#!/usr/bin/env python3
"""The PyTorch side of the GPU benchmarks (bench/gpu/README.md), same shapes as ours.mjs:
torch.matmul (bf16/f16), torch._int_mm (int8, cuBLASLt), scaled_dot_product_attention (causal,
forward and backward), device-to-device copy bandwidth (the practical memory-bandwidth limit),
and a LoRA training step of transformers' GPTNeoXForCausalLM + PEFT on pythia-410m/1.4b shapes
with random weights. Prints JSON on stdout, progress on stderr.
  python3 bench/gpu/peers.py [--only kernels|models|big|all] [--quick]   (big: nothing on this side)"""
import json
import sys
import time

import torch

args = sys.argv[1:]
only = args[args.index("--only") + 1] if "--only" in args else "all"
quick = "--quick" in args

SHAPES = {
    "pythia-410m": dict(hidden=1024, layers=24, heads=16, intermediate=4096, vocab=50304),
    "pythia-1.4b": dict(hidden=2048, layers=24, heads=16, intermediate=8192, vocab=50304),
}
GEMM_SHAPES = [(2048, 12288, 4096), (2048, 4096, 4096), (2048, 16384, 4096), (2048, 4096, 16384), (4096, 4096, 4096), (2048, 2048, 2048)]
ATTN_CONFIGS = [dict(B=4, T=512, heads=32, d=128), dict(B=4, T=2048, heads=32, d=128), dict(B=4, T=512, heads=16, d=64), dict(B=1, T=4096, heads=16, d=128)]
LORA_BATCH = (4, 512)


def log(*a):
    print("[peers]", *a, file=sys.stderr, flush=True)


def timeit(fn, iters):
    fn()
    torch.cuda.synchronize()
    start, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
    start.record()
    for _ in range(iters):
        fn()
    end.record()
    torch.cuda.synchronize()
    return start.elapsed_time(end) / iters


dev = torch.device("cuda")
props = torch.cuda.get_device_properties(0)
out = {"side": "torch", "device": props.name, "torch": torch.__version__, "results": []}


def record(r):
    out["results"].append(r)
    log(json.dumps(r))


def kernels():
    iters = 3 if quick else 20
    for (M, N, K) in GEMM_SHAPES:
        flop = 2 * M * N * K
        for name, dt in (("bf16", torch.bfloat16), ("f16", torch.float16)):
            a = torch.randn(M, K, device=dev, dtype=dt)
            w = torch.randn(N, K, device=dev, dtype=dt)
            ms = timeit(lambda: torch.matmul(a, w.t()), iters)
            record(dict(bench=f"gemm_{name}", shape=[M, N, K], ms=ms, tflops=flop / ms / 1e9))
        a8 = torch.randint(-127, 128, (M, K), device=dev, dtype=torch.int8)
        w8 = torch.randint(-127, 128, (N, K), device=dev, dtype=torch.int8)
        try:
            ms = timeit(lambda: torch._int_mm(a8, w8.t()), iters)
            record(dict(bench="gemm_int8", shape=[M, N, K], ms=ms, tops=flop / ms / 1e9))
        except Exception as e:  # noqa: BLE001
            record(dict(bench="gemm_int8", shape=[M, N, K], error=str(e)))
    for c in ATTN_CONFIGS:
        B, T, H, d = c["B"], c["T"], c["heads"], c["d"]
        flop_fwd = 4 * B * H * T * T * d / 2
        q, k, v = (torch.randn(B, H, T, d, device=dev, dtype=torch.bfloat16, requires_grad=True) for _ in range(3))
        f = lambda: torch.nn.functional.scaled_dot_product_attention(q, k, v, is_causal=True)  # noqa: E731
        ms = timeit(f, iters)
        record(dict(bench="attention_forward_bf16", config=c, ms=ms, tflops=flop_fwd / ms / 1e9))
        o = f()
        g = torch.randn_like(o)
        ms_b = timeit(lambda: torch.autograd.grad(o, (q, k, v), g, retain_graph=True), iters)
        record(dict(bench="attention_backward_bf16", config=c, ms=ms_b, tflops=2.5 * flop_fwd / ms_b / 1e9))
    n = 1 << 28  # 1 GiB of f32
    x = torch.empty(n, device=dev, dtype=torch.float32)
    y = torch.empty_like(x)
    ms = timeit(lambda: y.copy_(x), 10)
    record(dict(bench="copy_bandwidth", bytes=2 * 4 * n, ms=ms, GBs=2 * 4 * n / ms / 1e6))


def models():
    from transformers import GPTNeoXConfig, GPTNeoXForCausalLM
    from peft import LoraConfig, get_peft_model

    for key in (["pythia-410m"] if quick else ["pythia-410m", "pythia-1.4b"]):
        s = SHAPES[key]
        cfg = GPTNeoXConfig(hidden_size=s["hidden"], num_hidden_layers=s["layers"], num_attention_heads=s["heads"],
                            intermediate_size=s["intermediate"], vocab_size=s["vocab"], rotary_pct=0.25,
                            max_position_embeddings=2048, use_parallel_residual=True)
        torch.manual_seed(0)
        model = GPTNeoXForCausalLM(cfg).to(dev, dtype=torch.bfloat16)
        lcfg = LoraConfig(r=16, lora_alpha=32, lora_dropout=0.05, target_modules=["query_key_value", "dense", "dense_h_to_4h", "dense_4h_to_h"])
        model = get_peft_model(model, lcfg)
        model.train()
        opt = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=1e-4)
        B, T = LORA_BATCH
        ids = torch.randint(0, s["vocab"], (B, T), device=dev)

        def step():
            loss = model(input_ids=ids, labels=ids).loss
            loss.backward()
            opt.step()
            opt.zero_grad(set_to_none=True)

        torch.cuda.reset_peak_memory_stats()
        ms = timeit(step, 2 if quick else 5)
        record(dict(bench="lora_train_step", model=key, batch=[B, T], msPerStep=ms, tokensPerSecond=B * T * 1000 / ms,
                    peakBytes=torch.cuda.max_memory_allocated(), attn=getattr(model.config, "_attn_implementation", None)))
        del model, opt
        torch.cuda.empty_cache()


if only in ("all", "kernels"):
    kernels()
if only in ("all", "models"):
    models()
print(json.dumps(out, indent=1))
