"""The verdict encoder: MiniLM with low-rank adapters (LoRA) fine-tuned on critic sentences.

A logistic model on the frozen MiniLM vectors reads a line's sentiment at 0.768 (10-fold CV of the
training sentences); fine-tuning the encoder reads it at ~0.82 on a held-out tenth of them. The whole
fine-tuned model would be 90 MB to ship; its adapters (rank 8 on every weight matrix of the six
layers) are 1.3 MB. At run time nothing here needs torch: the adapters are added to the weights of the
fp32 ONNX export (`merged_onnx`) and the result is quantised to int8 like the main encoder
(`index.onnx_embed.ensure_verdict_model`). Only the candidate lines of a review are encoded with it,
as before, so the build costs the same.

Training (`fine_tune`, torch + transformers, used by `filmbot verdict train` only) is deterministic:
seeded, fixed batch order, two threads.
"""

from __future__ import annotations

import logging
import math
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from index.errors import VerdictError

log = logging.getLogger(__name__)

#: the weight matrices adapted in each layer (paths as the ONNX export names their MatMul nodes)
ADAPTED = (
    "attention/self/query",
    "attention/self/key",
    "attention/self/value",
    "attention/output/dense",
    "intermediate/dense",
    "output/dense",
)
RANK = 8
EPOCHS = 2
LEARNING_RATE = 1e-3  # adapters; the head learns at HEAD_RATE (a held-out tenth: 0.807 → 0.818 over 2 epochs)
HEAD_RATE = 1e-3
BATCH = 32
MAX_TOKENS = 64  # critic sentences are short: 99 % fit
#: the head reads the normalised mean-pooled vector times this (a unit vector's logits are tiny)
SCALE = 10.0
_NODE = re.compile(r"/encoder/layer\.(\d+)/(.+)/MatMul$")


@dataclass(frozen=True)
class Adapters:
    """Low-rank updates W + B·A per adapted matrix ("layer.{i}/{path}"), and the sentiment head on
    the pooled vector (log-odds = vector · head + head_bias)."""

    a: dict[str, np.ndarray]  # (rank, in)
    b: dict[str, np.ndarray]  # (out, rank)
    head: np.ndarray  # (384,), SCALE folded in
    head_bias: float

    def save(self, path: Path) -> None:
        arrays: dict[str, np.ndarray] = {f"a:{k}": v.astype(np.float32) for k, v in self.a.items()}
        arrays |= {f"b:{k}": v.astype(np.float32) for k, v in self.b.items()}
        path.parent.mkdir(parents=True, exist_ok=True)
        arrays |= {"head": self.head.astype(np.float32), "head_bias": np.array(self.head_bias)}
        np.savez_compressed(path, allow_pickle=False, **arrays)

    @classmethod
    def load(cls, path: Path) -> Adapters:
        try:
            with np.load(path, allow_pickle=False) as data:
                a = {k[2:]: data[k] for k in data.files if k.startswith("a:")}
                b = {k[2:]: data[k] for k in data.files if k.startswith("b:")}
                head, bias = data["head"].astype(np.float64), float(data["head_bias"])
        except (OSError, ValueError, KeyError) as exc:
            raise VerdictError(
                f"The verdict encoder's adapters at {path} are missing or unreadable ({exc}). "
                "Reinstall filmbot or run `filmbot verdict train`."
            ) from exc
        if set(a) != set(b) or not a:
            raise VerdictError(
                f"The verdict encoder's adapters at {path} are incomplete: run `filmbot verdict train`."
            )
        return cls(a, b, head, bias)

    def delta(self, key: str) -> np.ndarray:
        """The update of one matrix as the ONNX graph stores it: (in, out), i.e. (B·A)ᵀ."""
        return np.asarray((self.b[key] @ self.a[key]).T, dtype=np.float32)


def merged_onnx(source: Path, out: Path, adapters: Adapters) -> None:
    """Write the fp32 ONNX model `source` with the adapters added to its weights, as `out`."""
    import onnx
    from onnx import numpy_helper

    model = onnx.load(str(source))
    weights = {init.name: init for init in model.graph.initializer}
    done = set()
    for node in model.graph.node:
        match = _NODE.search(node.name) if node.op_type == "MatMul" else None
        if match is None:
            continue
        key = f"layer.{match.group(1)}/{match.group(2)}"
        names = [name for name in node.input if name in weights]
        if key not in adapters.a or len(names) != 1:
            continue
        init = weights[names[0]]
        value = numpy_helper.to_array(init) + adapters.delta(key)
        init.CopyFrom(numpy_helper.from_array(value.astype(np.float32), init.name))
        done.add(key)
    if done != set(adapters.a):
        raise VerdictError(
            f"The ONNX model has no weights for adapters {sorted(set(adapters.a) - done)[:3]}."
        )
    onnx.save_model(model, str(out))


# -- training (torch) ------------------------------------------------------------------------------


def fine_tune(
    texts: Sequence[str],
    labels: np.ndarray,
    score: Sequence[str] = (),
    *,
    epochs: int = EPOCHS,
    seed: int = 0,
) -> tuple[Adapters, np.ndarray]:
    """Adapters and head fitted on (texts, labels), and the fitted model's log-odds for `score`."""
    import torch
    from transformers import AutoModel, AutoTokenizer

    from index.model_files import model_dir

    torch.manual_seed(seed)
    torch.set_num_threads(2)
    started = time.perf_counter()
    tokenizer = AutoTokenizer.from_pretrained(str(model_dir()))
    model = AutoModel.from_pretrained(str(model_dir()), attn_implementation="eager")
    for p in model.parameters():
        p.requires_grad = False

    class LoRA(torch.nn.Module):
        def __init__(self, linear: Any) -> None:
            super().__init__()
            self.linear = linear
            self.a = torch.nn.Parameter(torch.randn(RANK, linear.in_features) / math.sqrt(linear.in_features))
            self.b = torch.nn.Parameter(torch.zeros(linear.out_features, RANK))

        def forward(self, x: Any) -> Any:
            return self.linear(x) + (x @ self.a.T) @ self.b.T

    adapters: dict[str, Any] = {}
    for i, layer in enumerate(model.encoder.layer):
        for path in ADAPTED:
            *parents, leaf = path.split("/")
            owner = layer
            for name in parents:
                owner = getattr(owner, name)
            adapters[f"layer.{i}/{path}"] = wrapped = LoRA(getattr(owner, leaf))
            setattr(owner, leaf, wrapped)
    head = torch.nn.Linear(model.config.hidden_size, 1)
    lora = [p for m in adapters.values() for p in (m.a, m.b)]
    optimiser = torch.optim.AdamW(
        [{"params": lora, "lr": LEARNING_RATE}, {"params": head.parameters(), "lr": HEAD_RATE}],
        weight_decay=0.0,
    )

    def encode(batch: Sequence[str]) -> Any:
        enc = tokenizer(
            list(batch), padding=True, truncation=True, max_length=MAX_TOKENS, return_tensors="pt"
        )
        hidden = model(**enc).last_hidden_state
        mask = enc["attention_mask"][..., None].float()
        pooled = torch.nn.functional.normalize((hidden * mask).sum(1) / mask.sum(1), dim=-1)
        return head(pooled * SCALE).squeeze(-1)

    target = torch.tensor(np.asarray(labels), dtype=torch.float32)
    order = np.arange(len(texts))
    steps = max(1, epochs * math.ceil(len(texts) / BATCH))
    schedule = torch.optim.lr_scheduler.LambdaLR(optimiser, lambda step: max(0.0, 1 - step / steps))
    rng = np.random.default_rng(seed)
    model.train()
    for epoch in range(epochs):
        rng.shuffle(order)
        for at in range(0, len(order), BATCH):
            batch = order[at : at + BATCH]
            loss = torch.nn.functional.binary_cross_entropy_with_logits(
                encode([texts[i] for i in batch]), target[batch]
            )
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
        log.info("verdict encoder: epoch %d of %d (%.0f s)", epoch + 1, epochs, time.perf_counter() - started)
    model.eval()
    with torch.no_grad():
        scores = [encode(score[at : at + 256]).numpy() for at in range(0, len(score), 256)]
    fitted = Adapters(
        a={k: m.a.detach().numpy().copy() for k, m in adapters.items()},
        b={k: m.b.detach().numpy().copy() for k, m in adapters.items()},
        head=head.weight.detach().numpy().ravel().astype(np.float64) * SCALE,
        head_bias=float(head.bias.detach().numpy()[0]),
    )
    return fitted, np.concatenate(scores) if scores else np.zeros(0)
