"""Review verdicts: positive / negative / mixed, with a calibrated probability and the deciding line.

Inference is pure numpy over shipped weights (index/data/verdict.npz, no pickle), so it costs
microseconds per review and needs no training at start-up. Two linear models share one tokeniser:

- a review model (NB-SVM: logistic regression over naive-Bayes log-count-ratio scaled uni+bigram
  presence), trained on full reviews; its weights are folded into one value per n-gram;
- a sentence model of the same kind, trained on critics' one-line snippets.

A small logistic layer (the "stack") combines the review score with the sentence scores of the
review's closing lines — where critics put their verdict — and gives the calibrated probability.
`index/verdict_train.py` trains all three; the figures live in index/data/verdict.json.
"""

from __future__ import annotations

import itertools
import json
import logging
import re
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index.errors import VerdictError
from index.textutil import sentence_spans
from index.types import FilmRef, ReviewVerdict, VerdictSummary

log = logging.getLogger(__name__)

VERDICT_VERSION = "1"
DATA_DIR = Path(__file__).resolve().parent / "data"
WEIGHTS = DATA_DIR / "verdict.npz"
SIDECAR = DATA_DIR / "verdict.json"
MIXED_BAND = (0.35, 0.65)  # P(positive) inside this band: the evidence is split
CLOSING_LINES = 3  # the last lines of a review, where the verdict usually is
MAX_CHARS = 200_000

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[!?]")


def tokenize(text: str) -> list[str]:
    """Lower-case word tokens; the shared data's pre-tokenised text ("it 's", "don't") and ordinary
    prose ("It's", "don’t") come out the same."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = text.replace("’", "'").replace("‘", "'").replace(" 's", "'s").replace(" n't", "n't")
    return _TOKEN.findall(text)


def ngrams(tokens: list[str]) -> set[str]:
    """Unigrams and bigrams, as a set: presence, not counts (what NB-SVM works best with)."""
    grams = set(tokens)
    grams.update(f"{a} {b}" for a, b in itertools.pairwise(tokens))
    return grams


@dataclass(frozen=True)
class LinearModel:
    vocab: dict[str, int]
    weights: np.ndarray
    bias: float

    def score(self, tokens: list[str]) -> float:
        """The model's log-odds of positive."""
        idx = [self.vocab[g] for g in ngrams(tokens) if g in self.vocab]
        return float(self.weights[idx].sum() + self.bias) if idx else self.bias


@dataclass(frozen=True)
class VerdictModel:
    review: LinearModel
    sentence: LinearModel
    stack: np.ndarray  # weights for [review score, mean closing-line score, strongest line score]
    stack_bias: float

    @classmethod
    def load(cls, path: Path = WEIGHTS) -> VerdictModel:
        try:
            data = np.load(path, allow_pickle=False)
        except (OSError, ValueError) as exc:
            raise VerdictError(
                f"The verdict weights at {path} are missing or unreadable ({exc}). "
                "Reinstall filmbot or run `filmbot verdict train`."
            ) from exc

        def linear(prefix: str) -> LinearModel:
            vocab = {str(g): i for i, g in enumerate(data[f"{prefix}_vocab"])}
            return LinearModel(
                vocab, data[f"{prefix}_weights"].astype(np.float32), float(data[f"{prefix}_bias"])
            )

        return cls(
            linear("review"), linear("sentence"), data["stack"].astype(np.float64), float(data["stack_bias"])
        )

    def features(self, sentences: list[str]) -> tuple[np.ndarray, list[float]]:
        line_scores = [self.sentence.score(tokenize(s)) for s in sentences]
        review = self.review.score([t for s in sentences for t in tokenize(s)])
        closing = line_scores[-CLOSING_LINES:]
        strongest = max(line_scores, key=abs)
        return np.array([review, float(np.mean(closing)), strongest]), line_scores

    def probability(self, features: np.ndarray) -> float:
        z = float(features @ self.stack + self.stack_bias)
        return float(1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))))


_model: VerdictModel | None = None
_lock = threading.Lock()


def model() -> VerdictModel:
    global _model
    with _lock:
        if _model is None:
            _model = VerdictModel.load()
    return _model


def _sentences(text: str) -> list[str]:
    if not isinstance(text, str):
        raise VerdictError("A verdict needs text (a string).")
    if len(text) > MAX_CHARS:
        raise VerdictError(
            f"That text is {len(text):,} characters; the verdict classifier reads at most {MAX_CHARS:,}."
        )
    if "\x00" in text:
        raise VerdictError("That looks like a binary file, not a review.")
    found = [text[s:e] for s, e in sentence_spans(text)]
    found = [s.strip() for s in found if any(tok[0].isalnum() for tok in tokenize(s))]
    if not found:
        raise VerdictError("There is no text to judge: the review is empty or has no words.")
    return found


def label_for(probability: float) -> str:
    low, high = MIXED_BAND
    if probability >= high:
        return "positive"
    if probability <= low:
        return "negative"
    return "mixed"


def classify(text: str, review_id: str = "") -> ReviewVerdict:
    """Verdict of one review (or one line): label, calibrated P(positive) and the deciding sentence."""
    sentences = _sentences(text)
    m = model()
    features, line_scores = m.features(sentences)
    probability = m.probability(features)
    label = label_for(probability)
    return ReviewVerdict(review_id, label, probability, _quote(sentences, line_scores, label))


def _quote(sentences: list[str], line_scores: list[float], label: str) -> str:
    """The line that decided it: strongest in the verdict's direction, closing lines favoured (a
    review's last lines are its conclusion; earlier ones are often plot)."""
    direction = {"positive": 1.0, "negative": -1.0}.get(label, 0.0)
    n = len(sentences)
    best, best_score = 0, -np.inf
    for i, (sentence, score) in enumerate(zip(sentences, line_scores, strict=True)):
        strength = direction * score if direction else abs(score)
        position = 1.0 + 1.5 * (i / max(1, n - 1)) ** 2  # up to 2.5x for the last line
        words = len(sentence.split())
        if words < 4:  # "Yes." is no quote
            strength -= 2.0
        value = strength * position
        if value > best_score:
            best, best_score = i, value
    return sentences[best]


def score_sentences(text: str) -> list[tuple[str, float]]:
    """Each sentence with the sentence model's P(positive)."""
    sentences = _sentences(text)
    m = model()
    return [(s, float(1.0 / (1.0 + np.exp(-m.sentence.score(tokenize(s)))))) for s in sentences]


def aggregate(film: FilmRef, verdicts: list[ReviewVerdict]) -> VerdictSummary:
    """Per-film summary: counts, the overall label, the strongest positive and negative review."""
    positive = [v for v in verdicts if v.label == "positive"]
    negative = [v for v in verdicts if v.label == "negative"]
    mixed = [v for v in verdicts if v.label == "mixed"]
    if not verdicts:
        label = "none"
    elif len(positive) > len(negative) + len(mixed) / 2:
        label = "positive"
    elif len(negative) > len(positive) + len(mixed) / 2:
        label = "negative"
    else:
        label = "mixed"
    return VerdictSummary(
        film=film,
        reviews=len(verdicts),
        positive=len(positive),
        negative=len(negative),
        mixed=len(mixed),
        label=label,
        best_positive=max(positive, key=lambda v: v.probability, default=None),
        best_negative=min(negative, key=lambda v: v.probability, default=None),
        verdicts=tuple(verdicts),
    )


def summary_text(summary: VerdictSummary) -> str:
    """The sentence a user sees, e.g. 'Positive: 2 of 3 reviews are positive. “…” (review abc)'."""
    if summary.label == "none" or not summary.reviews:
        return f"I have no verdicts for {summary.film.label}."
    n = summary.reviews
    counts = f"{summary.positive} of {n} review{'s' if n != 1 else ''} {'is' if n == 1 else 'are'} positive"
    if summary.negative:
        counts += f", {summary.negative} negative"
    if summary.mixed:
        counts += f", {summary.mixed} mixed"
    head = {"positive": "Positive", "negative": "Negative", "mixed": "Mixed"}[summary.label]
    text = f"{head}: {counts}."
    quotes = []
    if summary.best_positive and summary.label in {"positive", "mixed"}:
        quotes.append(summary.best_positive)
    if summary.best_negative and summary.label in {"negative", "mixed"}:
        quotes.append(summary.best_negative)
    for v in quotes:
        text += f" “{v.quote}” (review {v.review_id})"
    return text


def training_figures() -> dict[str, object]:
    """The sidecar written by training (accuracy table, data split, command)."""
    try:
        loaded = json.loads(SIDECAR.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return loaded if isinstance(loaded, dict) else {}
