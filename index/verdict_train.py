"""Train and evaluate the verdict models (`filmbot verdict train`).

Data (read from ../shared/data, never copied): review_polarity (1,600 full reviews) and
rt_polarity_sentence (9,596 critic snippets). Held out, never seen by training or model selection:
reviews cv700–cv799 of both classes (200) and every tenth sentence by a stable hash (~960). The
rest is used for 10-fold cross-validation and then for the final fit. Deterministic: no randomness
except fold assignment by index.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from index.verdict import CLOSING_LINES, SIDECAR, WEIGHTS, label_for, ngrams, tokenize

log = logging.getLogger(__name__)

FOLDS = 10
REVIEW_FEATURES = 60_000
SENTENCE_FEATURES = 40_000


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


def _review_docs(reviews: list[tuple[list[str], int, str]]) -> list[set[str]]:
    return [ngrams([t for s in lines for t in tokenize(s)]) for lines, _, _ in reviews]


def _line_features(sentence_model: Linear, reviews: list[tuple[list[str], int, str]]) -> np.ndarray:
    out = []
    for lines, _, _ in reviews:
        scores = sentence_model.scores([ngrams(tokenize(s)) for s in lines]) if lines else np.zeros(1)
        out.append([float(np.mean(scores[-CLOSING_LINES:])), float(scores[np.argmax(np.abs(scores))])])
    return np.array(out)


def train(
    data_dir: Path, out: Path = WEIGHTS, sidecar: Path = SIDECAR, limit: int | None = None
) -> dict[str, Any]:
    """Train, evaluate and write the weights + sidecar. `limit` trains on a small slice (for tests)."""
    from sklearn.linear_model import LogisticRegression

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

    table: list[dict[str, Any]] = []

    def evaluate(
        name: str,
        docs: list[set[str]],
        y: np.ndarray,
        test_docs: list[set[str]],
        test_y: np.ndarray,
        features: int,
    ) -> tuple[Linear, np.ndarray]:
        """MNB and NB-LR rows of the table (CV on training, then held-out); returns the NB-LR fit
        on all training data and its out-of-fold scores."""
        fitters: list[tuple[str, Callable[[list[set[str]], np.ndarray], Linear]]] = [
            ("multinomial NB, uni+bigrams", lambda d, t: fit_mnb(d, t, features)),
            ("NB-SVM (NB-LR), uni+bigrams", lambda d, t: fit_nblr(d, t, features, 1.0)),
        ]
        for method, fit in fitters:
            cv, oof = cross_val(docs, y, fit)
            model = fit(docs, y)
            held = float(((model.scores(test_docs) > 0) == (test_y == 1)).mean())
            table.append({"data": name, "method": method, "cv": cv, "heldout": held})
        return model, oof  # the last fitter is NB-LR: the one filmbot ships

    sentence_model, _ = evaluate("sentences", sdocs, sy, sdocs_t, sy_t, SENTENCE_FEATURES)
    review_model, oof = evaluate("full reviews", rdocs, ry, tdocs, ty, REVIEW_FEATURES)

    # Stack: review score + closing lines' sentence scores → calibrated probability.
    feats = np.column_stack([oof, _line_features(sentence_model, train_reviews)])
    stack_cv_pred = np.zeros(len(ry))
    for test in _folds(len(ry)):
        mask = np.ones(len(ry), dtype=bool)
        mask[test] = False
        s = LogisticRegression(C=1.0, max_iter=1000).fit(feats[mask], ry[mask])
        stack_cv_pred[test] = s.predict_proba(feats[test])[:, 1]
    stack = LogisticRegression(C=1.0, max_iter=1000).fit(feats, ry)
    tfeats = np.column_stack([review_model.scores(tdocs), _line_features(sentence_model, test_reviews)])
    tprob = stack.predict_proba(tfeats)[:, 1]
    table.append(
        {
            "data": "full reviews",
            "method": "stack: NB-SVM review score + sentence model on closing lines (filmbot)",
            "cv": float(((stack_cv_pred > 0.5) == (ry == 1)).mean()),
            "heldout": float(((tprob > 0.5) == (ty == 1)).mean()),
        }
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
        sentence_vocab=np.array(sentence_model.vocab),
        sentence_weights=sentence_model.weights,
        sentence_bias=np.array(sentence_model.bias),
        stack=stack.coef_.ravel(),
        stack_bias=np.array(float(stack.intercept_[0])),
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
            "cv": f"{FOLDS}-fold on the training part",
        },
        "features": {
            "review": len(review_model.vocab),
            "sentence": len(sentence_model.vocab),
            "ngrams": "1-2, presence",
        },
        "accuracy": [
            {k: (round(v, 4) if isinstance(v, float) else v) for k, v in row.items()} for row in table
        ],
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
        },
        "seconds": round(time.perf_counter() - started, 1),
    }
    if not limit:
        sidecar.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    return figures
