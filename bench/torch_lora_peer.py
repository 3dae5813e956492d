#!/usr/bin/python3
"""The PyTorch peer for the LoRA training benchmark (bench/train.js): the same KALA model
(GPT-NeoX with parallel residual, per-layer value heads, the attention law bias, the final
head and aggregator), the same LoRA (r, alpha, dropout on query_key_value, dense, embed_in,
embed_out over a frozen base), the same loss (cross-entropy + ethics loss with deep
supervision) and AdamW, in eager fp32 on the CPU. Prints one JSON line with tokens/s.

usage: torch_lora_peer.py HIDDEN LAYERS HEADS INTERMEDIATE VOCAB B T STEPS THREADS
"""
import json, math, sys, time
import torch
import torch.nn as nn
import torch.nn.functional as F

H, L, NH, I, V, B, T, STEPS, THREADS = map(int, sys.argv[1:10])
torch.set_num_threads(THREADS)
torch.manual_seed(0)
R, ALPHA, DROP, E = 16, 32, 0.05, 64
S = ALPHA / R
W = torch.tensor([5., 4., 3., 2., 1.])
W_HAT, W_N = W / W.sum(), W / W.mean()


class LoraLinear(nn.Module):
    def __init__(self, inp, out, lora=True, bias=True):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(out, inp) * 0.02, requires_grad=False)
        self.bias = nn.Parameter(torch.zeros(out), requires_grad=False) if bias else None
        self.lora = lora
        if lora:
            self.A = nn.Parameter(torch.empty(R, inp).uniform_(-1 / math.sqrt(inp), 1 / math.sqrt(inp)))
            self.B = nn.Parameter(torch.zeros(out, R))

    def forward(self, x):
        y = F.linear(x, self.weight, self.bias)
        if self.lora:
            y = y + F.linear(F.linear(F.dropout(x, DROP, self.training), self.A), self.B) * S
        return y


class ValueHead(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1, self.fc2 = nn.Linear(H, E), nn.Linear(E, 5)

    def forward(self, h):
        return self.fc2(F.gelu(self.fc1(h)))


def rotary(x, rd, pos):
    inv = 1.0 / (10000 ** (torch.arange(0, rd, 2, dtype=torch.float32) / rd))
    f = torch.outer(pos.float(), inv)
    emb = torch.cat([f, f], -1)
    xr, xp = x[..., :rd], x[..., rd:]
    x1, x2 = xr[..., : rd // 2], xr[..., rd // 2:]
    return torch.cat([xr * emb.cos() + torch.cat([-x2, x1], -1) * emb.sin(), xp], -1)


class Layer(nn.Module):
    def __init__(self):
        super().__init__()
        self.ln1, self.ln2 = nn.LayerNorm(H), nn.LayerNorm(H)
        for ln in (self.ln1, self.ln2):
            ln.weight.requires_grad_(False)
            ln.bias.requires_grad_(False)
        self.qkv, self.dense = LoraLinear(H, 3 * H), LoraLinear(H, H)
        self.fc_in, self.fc_out = LoraLinear(H, I, lora=False), LoraLinear(I, H, lora=False)
        self.vh = ValueHead()
        self.gain = nn.Parameter(torch.zeros(NH))

    def forward(self, x, mask, pos):
        d = H // NH
        a = self.ln1(x)
        z = self.vh(a)
        phi = (F.logsigmoid(z) * W_HAT).sum(-1)
        qkv = self.qkv(a).view(B, T, NH, 3 * d).permute(0, 2, 1, 3)
        q, k, v = qkv[..., :d], qkv[..., d:2 * d], qkv[..., 2 * d:]
        rd = int(d * 0.25)
        q, k = rotary(q, rd, pos), rotary(k, rd, pos)
        s = q @ k.transpose(-1, -2) / math.sqrt(d) + self.gain.view(1, NH, 1, 1) * phi.view(B, 1, 1, T)
        o = torch.softmax(s.masked_fill(~mask, float('-inf')), -1) @ v
        attn = self.dense(o.permute(0, 2, 1, 3).reshape(B, T, H))
        mlp = self.fc_out(F.gelu(self.fc_in(self.ln2(x))))
        return x + attn + mlp, z


class Kala(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Parameter(torch.randn(V, H) * 0.02, requires_grad=False)
        self.eA, self.eB = nn.Parameter(torch.zeros(R, V)), nn.Parameter(torch.randn(H, R))
        self.layers = nn.ModuleList(Layer() for _ in range(L))
        self.lnf = nn.LayerNorm(H)
        self.lnf.weight.requires_grad_(False)
        self.lnf.bias.requires_grad_(False)
        self.out = LoraLinear(H, V, bias=False)
        self.vh = ValueHead()
        self.agg = nn.Parameter(torch.zeros(L + 1))

    def forward(self, ids):
        x = self.embed[ids] + (self.eA.t()[ids] @ self.eB.t()) * S
        mask = torch.tril(torch.ones(T, T, dtype=torch.bool))
        pos = torch.arange(T)
        zs = []
        for layer in self.layers:
            x, z = layer(x, mask, pos)
            zs.append(z)
        f = self.lnf(x)
        zs.append(self.vh(f))
        Z = torch.stack(zs)
        zbar = (torch.softmax(self.agg, 0).view(-1, 1, 1, 1) * Z).sum(0)
        return self.out(f), Z, torch.sigmoid(zbar)


model = Kala()
params = [p for p in model.parameters() if p.requires_grad]
opt = torch.optim.AdamW(params, lr=2e-4, weight_decay=0.0)
ids = torch.randint(0, V, (B, T))
targets = torch.rand(B, T, 5)


def step():
    logits, Z, s = model(ids)
    lm = F.cross_entropy(logits[:, :-1].reshape(-1, V), ids[:, 1:].reshape(-1))
    eth = (((s - targets) ** 2 * W_N).sum(-1) + 0.5 * ((torch.sigmoid(Z) - targets) ** 2 * W_N).sum(-1).mean(0)).mean()
    loss = lm + 0.5 * eth
    opt.zero_grad(set_to_none=True)
    loss.backward()
    torch.nn.utils.clip_grad_norm_(params, 1.0)
    opt.step()
    with torch.no_grad():
        for layer in model.layers:
            layer.gain.clamp_(min=0)
    return loss.item()


model.train()
for _ in range(2):
    step()
t0 = time.perf_counter()
for _ in range(STEPS):
    step()
dt = (time.perf_counter() - t0) / STEPS
print(json.dumps({"peer": f"PyTorch {torch.__version__} eager fp32, {torch.get_num_threads()} threads", "secondsPerStep": dt, "tokensPerSec": B * T / dt,
                  "trainable": sum(p.numel() for p in params)}))
