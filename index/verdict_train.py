"""Train and evaluate the verdict models (`filmbot verdict train`).

Data (read from ../shared/data, never copied): review_polarity (1,600 full reviews) and
rt_polarity_sentence (9,596 critic snippets). Held out, never seen by training or model selection:
reviews cv700–cv799 of both classes (200) and every tenth sentence by a stable hash (~960). The
rest is used for 10-fold cross-validation and then for the final fit. Deterministic: no randomness
except fold assignment by index.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from index import verdict_lora
from index.model_files import file_sha256
from index.verdict import (
    CLOSING_LINES,
    SIDECAR,
    WEIGHTS,
    LinearModel,
    VerdictModel,
    _sentences,
    adapters_for,
    candidate_lines,
    label_for,
    ngrams,
    tokenize,
)

log = logging.getLogger(__name__)

FOLDS = 10
REVIEW_FEATURES = 60_000
SENTENCE_FEATURES = 40_000
SENTENCE_EMB_C = 2.0  # chosen on 10-fold CV of the training sentences (0.5–8 within 0.2 points)
REVIEW_EMB_C = 4.0  # chosen on 10-fold CV of the training reviews


@dataclass(frozen=True)
class Data:
    reviews: list[tuple[list[str], int, str]]  # (sentences, label, file name)
    sentences: list[tuple[str, int]]


def load(data_dir: Path) -> Data:
    polarity = data_dir / "review_polarity"
    snippets = data_dir / "rt_polarity_sentence"
    if not polarity.is_dir() or not snippets.is_dir():
        from index.errors import VerdictError

        raise VerdictError(
            f"Training data not found under {data_dir} (expected review_polarity/ and rt_polarity_sentence/)."
        )
    reviews: list[tuple[list[str], int, str]] = []
    for label, sub in ((1, "pos"), (0, "neg")):
        for path in sorted((polarity / sub).glob("*.txt")):
            lines = [
                ln.strip()
                for ln in path.read_text(encoding="utf-8", errors="replace").splitlines()
                if ln.strip()
            ]
            reviews.append((lines, label, path.name))
    sentences: list[tuple[str, int]] = []
    for label, name in ((1, "pos.txt"), (0, "neg.txt")):
        text = (snippets / name).read_text(encoding="utf-8", errors="replace")
        sentences.extend((ln.strip(), label) for ln in text.splitlines() if ln.strip())
    return Data(reviews, sentences)


def is_heldout_review(name: str) -> bool:
    return name.startswith("cv7")


def is_heldout_sentence(text: str) -> bool:
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:8], 16) % 10 == 0


# -- sentence-encoder features, cached on disk ---------------------------------------------------

CACHE_DIR = Path(os.environ.get("FILMBOT_DATA_DIR", ".filmbot")) / "verdict-cache"


def _train_encoder() -> Any:
    """The encoder inference uses (index.verdict.encoder: the int8 ONNX model), two threads."""
    from index.embedding import encoder_id, index_encoder
    from index.settings import Settings

    enc = index_encoder(Settings().model_cache_dir, True, kind="int8", threads=2)
    if encoder_id(enc) != "int8":
        from index.errors import VerdictError

        raise VerdictError("Training needs the int8 ONNX model: run `filmbot model export` first.")
    return enc


def _text_keys(texts: Sequence[str]) -> np.ndarray:
    return np.array([hashlib.sha1(t.encode("utf-8")).hexdigest()[:20] for t in texts])


def embed_cached(
    texts: Sequence[str],
    name: str,
    cache_dir: Path | None = None,
    make_encoder: Callable[[], Any] = _train_encoder,
) -> np.ndarray:
    """MiniLM vectors of `texts` (by the encoder `make_encoder` gives; name the cache after it),
    cached under .filmbot/verdict-cache (git-ignored) per text, so a rerun of training encodes nothing
    and a change of a few texts encodes only those."""
    cache_dir = cache_dir or CACHE_DIR
    keys = _text_keys(texts)
    known: dict[str, np.ndarray] = {}
    for vec_path in sorted(cache_dir.glob(f"{name}-*.npy")):
        key_path = vec_path.with_suffix(".keys")
        if vec_path.name.endswith(".tmp.npy") or not key_path.is_file():
            continue
        old_keys = key_path.read_text(encoding="utf-8").split()
        old = np.load(vec_path, allow_pickle=False)
        if len(old_keys) == len(old):
            known.update(zip(old_keys, old, strict=True))
    missing = sorted({i for i, k in enumerate(keys) if k not in known}, key=lambda i: i)
    if missing:
        enc = make_encoder()
        started = time.perf_counter()
        todo = [texts[i] for i in missing]
        for at in range(0, len(todo), 1024):
            part = np.asarray(enc.encode(todo[at : at + 1024]), dtype=np.float32).astype(np.float16)
            for i, v in zip(missing[at : at + 1024], part, strict=True):
                known[str(keys[i])] = v
            log.info(
                "encoded %d/%d %s (%.0f s)",
                min(at + 1024, len(todo)),
                len(todo),
                name,
                time.perf_counter() - started,
            )
    vectors = np.stack([known[str(k)] for k in keys]) if len(keys) else np.zeros((0, 384), np.float16)
    if missing:
        cache_dir.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256("\n".join(keys.tolist()).encode()).hexdigest()[:16]
        path = cache_dir / f"{name}-{digest}.npy"
        tmp = cache_dir / f"{name}-{digest}.tmp.npy"
        np.save(tmp, vectors.astype(np.float16), allow_pickle=False)
        path.with_suffix(".keys").write_text("\n".join(keys.tolist()), encoding="utf-8")
        tmp.replace(path)
    return vectors.astype(np.float32)


# -- models --------------------------------------------------------------------------------------


@dataclass
class Linear:
    vocab: list[str]
    weights: np.ndarray
    bias: float

    def scores(self, docs: Sequence[set[str]]) -> np.ndarray:
        index = {g: i for i, g in enumerate(self.vocab)}
        return np.array(
            [sum(float(self.weights[index[g]]) for g in d if g in index) + self.bias for d in docs]
        )


def _matrix(docs: Sequence[set[str]], vocab: list[str]) -> Any:
    from scipy.sparse import csr_matrix

    index = {g: i for i, g in enumerate(vocab)}
    rows, cols = [], []
    for r, doc in enumerate(docs):
        for g in doc:
            j = index.get(g)
            if j is not None:
                rows.append(r)
                cols.append(j)
    return csr_matrix((np.ones(len(rows), dtype=np.float64), (rows, cols)), shape=(len(docs), len(vocab)))


def _vocab(docs: Sequence[set[str]], limit: int, min_df: int = 2) -> list[str]:
    df: Counter[str] = Counter()
    for d in docs:
        df.update(d)
    kept = [(n, g) for g, n in df.items() if n >= min_df]
    kept.sort(key=lambda x: (-x[0], x[1]))
    return [g for _, g in kept[:limit]]


def _log_count_ratio(x: Any, y: np.ndarray) -> np.ndarray:
    """log P(n-gram | positive) − log P(n-gram | negative), add-one smoothed: the naive-Bayes
    weights, and the feature scaling of NB-SVM."""
    p = 1.0 + np.asarray(x[y == 1].sum(axis=0)).ravel()
    q = 1.0 + np.asarray(x[y == 0].sum(axis=0)).ravel()
    return np.asarray(np.log((p / p.sum()) / (q / q.sum())))


def fit_nblr(docs: Sequence[set[str]], y: np.ndarray, limit: int, c: float) -> Linear:
    """NB-SVM (Wang & Manning 2012) with a logistic loss: features are n-gram presence scaled by the
    naive-Bayes log-count ratio; the linear weights fold into one value per n-gram."""
    from sklearn.linear_model import LogisticRegression

    vocab = _vocab(docs, limit)
    x = _matrix(docs, vocab)
    r = _log_count_ratio(x, y)
    clf = LogisticRegression(C=c, max_iter=2000, solver="liblinear", random_state=0)
    clf.fit(x.multiply(r).tocsr(), y)
    return Linear(vocab, (clf.coef_.ravel() * r).astype(np.float32), float(clf.intercept_[0]))


def fit_mnb(docs: Sequence[set[str]], y: np.ndarray, limit: int) -> Linear:
    """Multinomial naive Bayes on the same features (the literature's baseline)."""
    vocab = _vocab(docs, limit)
    w = _log_count_ratio(_matrix(docs, vocab), y)
    prior = float(np.log((y == 1).mean() / (y == 0).mean()))
    return Linear(vocab, w.astype(np.float32), prior)


def _folds(n: int, k: int = FOLDS) -> list[np.ndarray]:
    order = np.arange(n)
    return [order[i::k] for i in range(k)]


def cross_val(
    docs: list[set[str]], y: np.ndarray, fit: Callable[[list[set[str]], np.ndarray], Linear]
) -> tuple[float, np.ndarray]:
    """Accuracy and out-of-fold scores."""
    oof = np.zeros(len(docs))
    for test in _folds(len(docs)):
        mask = np.ones(len(docs), dtype=bool)
        mask[test] = False
        model = fit([docs[i] for i in np.flatnonzero(mask)], y[mask])
        oof[test] = model.scores([docs[i] for i in test])
    return float(((oof > 0) == (y == 1)).mean()), oof


def _review_docs(reviews: list[tuple[list[str], int, str]], negation: bool = True) -> list[set[str]]:
    return [ngrams([t for s in lines for t in tokenize(s, negation)]) for lines, _, _ in reviews]


def _logistic_oof(
    x: np.ndarray, y: np.ndarray, c: float, also: np.ndarray | None = None
) -> tuple[np.ndarray, Any, np.ndarray]:
    """Out-of-fold log-odds of a logistic regression (same folds as everything else), the fit on all
    of x, and the out-of-fold log-odds of the same fold models on `also` (rows aligned with x)."""
    from sklearn.linear_model import LogisticRegression

    oof, oof_also = np.zeros(len(y)), np.zeros(len(y))
    for test in _folds(len(y)):
        mask = np.ones(len(y), dtype=bool)
        mask[test] = False
        fit = LogisticRegression(C=c, max_iter=5000).fit(x[mask], y[mask])
        oof[test] = fit.decision_function(x[test])
        if also is not None:
            oof_also[test] = fit.decision_function(also[test])
    return oof, LogisticRegression(C=c, max_iter=5000).fit(x, y), oof_also


def _accuracy(log_odds: np.ndarray, y: np.ndarray) -> float:
    return float(((np.asarray(log_odds) > 0) == (y == 1)).mean())


def _lm(model: Linear) -> LinearModel:
    return LinearModel({g: i for i, g in enumerate(model.vocab)}, model.weights, model.bias)


def _review_inputs(
    reviews: list[tuple[list[str], int, str]],
    sentence_model: Linear,
    name: str,
    encoder: tuple[str, Callable[[], Any]],
) -> tuple[list[list[str]], np.ndarray, list[list[int]], np.ndarray]:
    """Per review, as inference sees it: sentences, mean passage vector (measured, not shipped),
    candidate lines and their vectors by the verdict `encoder` (cache name, factory; stacked, in
    candidate order)."""
    from index.chunking import chunk_spans

    texts = ["\n".join(lines) for lines, _, _ in reviews]
    spans = [chunk_spans(t) for t in texts]
    passages = [t[sp.start : sp.end] for t, sps in zip(texts, spans, strict=True) for sp in sps]
    vectors = embed_cached(passages, "review-passages")  # fp32 export (measured row only)
    counts = np.array([len(sps) for sps in spans])
    ends = np.cumsum(counts)
    means = np.array([vectors[e - c : e].mean(axis=0) for e, c in zip(ends, counts, strict=True)])
    sentences = [_sentences(t) for t in texts]
    lm = _lm(sentence_model)
    cands = [candidate_lines(ss, lm) for ss in sentences]
    cand_texts = [ss[i] for ss, cc in zip(sentences, cands, strict=True) for i in cc]
    cand_vectors = embed_cached(cand_texts, f"{encoder[0]}-{name}-candidates", make_encoder=encoder[1])
    return sentences, means, cands, cand_vectors


def train(
    data_dir: Path, out: Path = WEIGHTS, sidecar: Path = SIDECAR, limit: int | None = None
) -> dict[str, Any]:
    """Train, evaluate and write the weights + sidecar. `limit` trains on a small slice (for tests).
    Every choice (features, C) was made on cross-validation of the training part; the held-out part
    is scored once, at the end, by the fitted models."""
    started = time.perf_counter()
    data = load(data_dir)
    train_reviews = [r for r in data.reviews if not is_heldout_review(r[2])]
    test_reviews = [r for r in data.reviews if is_heldout_review(r[2])]
    train_sents = [s for s in data.sentences if not is_heldout_sentence(s[0])]
    test_sents = [s for s in data.sentences if is_heldout_sentence(s[0])]
    if limit:
        # Interleave classes so a slice has both.
        train_reviews = train_reviews[: limit // 2] + train_reviews[-(limit // 2) :]
        test_reviews = test_reviews[:10] + test_reviews[-10:]
        train_sents = train_sents[: limit * 2] + train_sents[-limit * 2 :]
        test_sents = test_sents[:20] + test_sents[-20:]

    rdocs, ry = _review_docs(train_reviews), np.array([r[1] for r in train_reviews])
    tdocs, ty = _review_docs(test_reviews), np.array([r[1] for r in test_reviews])
    sdocs, sy = [ngrams(tokenize(s)) for s, _ in train_sents], np.array([y for _, y in train_sents])
    sdocs_t, sy_t = [ngrams(tokenize(s)) for s, _ in test_sents], np.array([y for _, y in test_sents])
    plain = {  # the classic baselines' features: the same n-grams without negation marking
        "full reviews": (_review_docs(train_reviews, False), _review_docs(test_reviews, False)),
        "sentences": (
            [ngrams(tokenize(s, False)) for s, _ in train_sents],
            [ngrams(tokenize(s, False)) for s, _ in test_sents],
        ),
    }

    table: list[dict[str, Any]] = []

    def row(data: str, method: str, cv: float, held: float) -> None:
        table.append({"data": data, "method": method, "cv": cv, "heldout": held})
        log.info("%s | %s | %.4f | %.4f", data, method, cv, held)

    def evaluate(
        name: str,
        docs: list[set[str]],
        y: np.ndarray,
        test_docs: list[set[str]],
        test_y: np.ndarray,
        features: int,
    ) -> tuple[Linear, np.ndarray, Linear]:
        """The classic rows of the table (MNB and NB-LR on plain uni+bigrams, then NB-LR with
        negation marking; CV on training, then held-out); returns the negation-marked NB-LR fit on
        all training data, its out-of-fold scores, and the negation-marked MNB fit (a lexicon)."""
        plain_docs, plain_test = plain[name]
        cv, _ = cross_val(plain_docs, y, lambda d, t: fit_mnb(d, t, features))
        held = _accuracy(fit_mnb(plain_docs, y, features).scores(plain_test), test_y)
        row(name, "multinomial NB, uni+bigrams", cv, held)
        cv, _ = cross_val(plain_docs, y, lambda d, t: fit_nblr(d, t, features, 1.0))
        held = _accuracy(fit_nblr(plain_docs, y, features, 1.0).scores(plain_test), test_y)
        row(name, "NB-SVM (NB-LR), uni+bigrams", cv, held)
        cv, oof = cross_val(docs, y, lambda d, t: fit_nblr(d, t, features, 1.0))
        nblr = fit_nblr(docs, y, features, 1.0)
        row(name, "NB-SVM, uni+bigrams, negation marked", cv, _accuracy(nblr.scores(test_docs), test_y))
        return nblr, oof, fit_mnb(docs, y, features)

    # -- sentences: NB-SVM + logistic on MiniLM + the review NB lexicon, stacked -------------------
    sentence_model, s_oof_nb, _ = evaluate("sentences", sdocs, sy, sdocs_t, sy_t, SENTENCE_FEATURES)
    review_model, r_oof_nb, review_mnb = evaluate("full reviews", rdocs, ry, tdocs, ty, REVIEW_FEATURES)
    assert review_mnb.vocab == review_model.vocab  # same documents, same limit: one vocabulary

    train_texts = [s for s, _ in train_sents]
    test_texts = [s for s, _ in test_sents]
    s_vec = embed_cached(train_texts, "int8-rt-sentences")
    s_vec_t = embed_cached(test_texts, "int8-rt-sentences")
    s_oof_frozen, s_frozen, _ = _logistic_oof(s_vec, sy, SENTENCE_EMB_C)
    row(
        "sentences",
        "logistic regression on MiniLM vectors",
        _accuracy(s_oof_frozen, sy),
        _accuracy(s_frozen.decision_function(s_vec_t), sy_t),
    )

    # The verdict encoder: adapters fine-tuned on the training sentences. The stack learns from
    # out-of-fold scores (two halves, each scored by adapters fitted on the other), then the adapters
    # are fitted on all of them and the held-out part is read through the int8 ONNX model, as at run time.
    epochs = 1 if limit else verdict_lora.EPOCHS
    s_oof_emb = np.zeros(len(sy))
    for half in _folds(len(sy), 2):
        rest = np.setdiff1d(np.arange(len(sy)), half)
        _, scores = verdict_lora.fine_tune(
            [train_texts[i] for i in rest], sy[rest], [train_texts[i] for i in half], epochs=epochs
        )
        s_oof_emb[half] = scores
    adapters, _ = verdict_lora.fine_tune(train_texts, sy, epochs=epochs)
    adapters_path = adapters_for(out)
    adapters.save(adapters_path)
    sha = file_sha256(adapters_path)

    def verdict_encoder() -> Any:
        from index.onnx_embed import verdict_embedder
        from index.settings import Settings

        return verdict_embedder(Settings().model_cache_dir, adapters_path, threads=2)

    encoder = (f"verdict-{sha[:12]}", verdict_encoder)
    s_tuned_t = embed_cached(test_texts, f"{encoder[0]}-rt-sentences", make_encoder=verdict_encoder)
    row(
        "sentences",
        f"MiniLM fine-tuned (LoRA rank {verdict_lora.RANK}, {epochs} epochs; CV: 2 halves)",
        _accuracy(s_oof_emb, sy),
        _accuracy(s_tuned_t @ adapters.head + adapters.head_bias, sy_t),
    )
    s_rev = review_mnb.scores(sdocs)  # trained on other data (reviews): no leak into the sentences
    s_feats = np.column_stack([s_oof_nb, s_oof_emb, s_rev])
    s_stack_oof, s_stack, _ = _logistic_oof(s_feats, sy, 1.0)

    parts = VerdictModel(
        review=_lm(review_model),
        review_nb=review_mnb.weights.astype(np.float64),
        review_nb_bias=review_mnb.bias,
        sentence=_lm(sentence_model),
        sentence_emb=adapters.head,
        sentence_emb_bias=adapters.head_bias,
        sentence_stack=s_stack.coef_.ravel(),
        sentence_stack_bias=float(s_stack.intercept_[0]),
        stack=np.zeros(3),
        stack_bias=0.0,
    )
    s_held = parts.line_scores(test_texts, s_tuned_t)  # exactly the inference code
    row(
        "sentences",
        "stack: NB-SVM + fine-tuned MiniLM + review NB lexicon (filmbot)",
        _accuracy(s_stack_oof, sy),
        _accuracy(s_held, sy_t),
    )

    # -- full reviews: NB-SVM + the sentence stack on candidate lines, stacked -------------------------
    tr_in = _review_inputs(train_reviews, sentence_model, "review", encoder)
    te_in = _review_inputs(test_reviews, sentence_model, "review", encoder)
    r_oof_emb, r_emb, _ = _logistic_oof(tr_in[1], ry, REVIEW_EMB_C)
    row(
        "full reviews",
        "logistic regression on mean MiniLM passage vector",
        _accuracy(r_oof_emb, ry),
        _accuracy(r_emb.decision_function(te_in[1]), ty),
    )

    # The sentence stack reads each line with the review NB lexicon, which was fitted on these very
    # reviews: for the stack's training features each review gets a lexicon fitted without its fold.
    r_matrix = _matrix(rdocs, review_model.vocab)
    fold_parts: list[VerdictModel] = [parts] * len(ry)
    for test in _folds(len(ry)):
        mask = np.ones(len(ry), dtype=bool)
        mask[test] = False
        held_lexicon = _log_count_ratio(r_matrix[mask], ry[mask])
        prior = float(np.log((ry[mask] == 1).mean() / (ry[mask] == 0).mean()))
        fold = dataclasses.replace(parts, review_nb=held_lexicon.astype(np.float64), review_nb_bias=prior)
        for k in test:
            fold_parts[k] = fold

    def review_features(
        inputs: Any, nb: np.ndarray | None, oof_parts: list[VerdictModel] | None
    ) -> np.ndarray:
        sentences, _, cands, cand_vectors = inputs
        out, at = [], 0
        for k, (ss, cc) in enumerate(zip(sentences, cands, strict=True)):
            lines = oof_parts[k] if oof_parts is not None else parts
            scores = lines.line_scores([ss[i] for i in cc], cand_vectors[at : at + len(cc)])
            at += len(cc)
            f = parts.review_features(ss, scores, min(CLOSING_LINES, len(ss)))
            if nb is not None:
                f[0] = nb[k]  # out-of-fold scores in training: the stack must not see fitted ones
            out.append(f)
        return np.array(out)

    r_feats = review_features(tr_in, r_oof_nb, fold_parts)
    t_feats = review_features(te_in, None, None)
    # Measured, not shipped: the same stack with the mean passage vector's score added.
    with_emb_oof, with_emb, _ = _logistic_oof(np.column_stack([r_feats, r_oof_emb]), ry, 1.0)
    with_emb_held = with_emb.decision_function(np.column_stack([t_feats, r_emb.decision_function(te_in[1])]))
    row(
        "full reviews",
        "stack + mean MiniLM passage vector (measured, not shipped)",
        _accuracy(with_emb_oof, ry),
        _accuracy(with_emb_held, ty),
    )
    r_stack_oof, r_stack, _ = _logistic_oof(r_feats, ry, 1.0)
    parts = dataclasses.replace(parts, stack=r_stack.coef_.ravel(), stack_bias=float(r_stack.intercept_[0]))
    tprob = np.array([parts.probability(f) for f in t_feats])
    row(
        "full reviews",
        "stack: NB-SVM review + sentence stack on candidate lines (filmbot)",
        _accuracy(r_stack_oof, ry),
        _accuracy(tprob - 0.5, ty),
    )

    labels = [label_for(p) for p in tprob]
    decided = [i for i, lab in enumerate(labels) if lab != "mixed"]
    mixed_share = 1 - len(decided) / max(1, len(labels))
    decided_acc = (
        float(np.mean([(labels[i] == "positive") == (ty[i] == 1) for i in decided])) if decided else 0.0
    )
    brier = float(np.mean((tprob - ty) ** 2))

    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        out,
        review_vocab=np.array(review_model.vocab),
        review_weights=review_model.weights,
        review_bias=np.array(review_model.bias),
        review_nb=review_mnb.weights.astype(np.float32),
        review_nb_bias=np.array(review_mnb.bias),
        sentence_vocab=np.array(sentence_model.vocab),
        sentence_weights=sentence_model.weights,
        sentence_bias=np.array(sentence_model.bias),
        sentence_emb=parts.sentence_emb.astype(np.float32),
        sentence_emb_bias=np.array(parts.sentence_emb_bias),
        sentence_stack=parts.sentence_stack,
        sentence_stack_bias=np.array(parts.sentence_stack_bias),
        stack=parts.stack,
        stack_bias=np.array(parts.stack_bias),
        adapters_sha256=np.array(sha),
    )
    figures = {
        "command": "filmbot verdict train  (reads ../shared/data; writes index/data/verdict.npz and this file)",
        "data": {
            "train_reviews": len(train_reviews),
            "heldout_reviews": len(test_reviews),
            "heldout_reviews_rule": "review_polarity files cv700–cv799 (pos and neg)",
            "train_sentences": len(train_sents),
            "heldout_sentences": len(test_sents),
            "heldout_sentences_rule": "sha256(line) % 10 == 0",
            "cv": f"{FOLDS}-fold on the training part; stacks are fitted on out-of-fold scores",
        },
        "features": {
            "review": len(review_model.vocab),
            "sentence": len(sentence_model.vocab),
            "ngrams": "1-2, presence; words after a negation up to punctuation marked not_",
            "encoder": "all-MiniLM-L6-v2 (ONNX export), mean-pooled, normalised; lines: with adapters "
            f"fine-tuned on the training sentences (LoRA rank {verdict_lora.RANK}, int8), adapters {sha[:12]}",
            "review_stack": ["NB-SVM review", "mean closing-line score", "strongest candidate-line score"],
            "candidate_lines": "the last 3 lines and the 2 lines the NB-SVM sentence model scores strongest",
            "sentence_stack": ["NB-SVM line", "fine-tuned MiniLM line", "review NB lexicon on the line"],
        },
        "accuracy": [{k: (round(v, 4) if isinstance(v, float) else v) for k, v in r.items()} for r in table],
        "heldout_reviews_with_mixed_band": {
            "band": "0.35 < P(positive) < 0.65 is 'mixed'",
            "share_mixed": round(mixed_share, 4),
            "accuracy_of_the_rest": round(decided_acc, 4),
            "brier": round(brier, 4),
        },
        "anchors": {
            "MNB bigrams (Wang & Manning 2012)": 0.8585,
            "NB-SVM bigrams": 0.8945,
            "sentences NB-SVM": 0.794,
            "sentences CNN (Kim 2014)": 0.815,
        },
        "seconds": round(time.perf_counter() - started, 1),
    }
    if not limit:
        sidecar.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    return figures
