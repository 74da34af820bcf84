"""Review verdicts: positive / negative / mixed, with a calibrated probability and the deciding line.

Inference is numpy over shipped weights (index/data/verdict.npz, no pickle) plus the vectors of the
verdict encoder (MiniLM with adapters fine-tuned on critic sentences, index/data/verdict-lora.npz):

- **reported reception** first (`index.reception`): a text that is not written in the first person and
  states how the film was received ("received universally negative reviews", "a 12 % approval rating
  on Rotten Tomatoes") gets that verdict, with that sentence as the quote;
- otherwise a **review stack**: a logistic layer over the NB-SVM review score (uni+bigram presence
  scaled by naive-Bayes ratios, negation marked: see `tokenize`) and the **sentence stack** scores
  of the candidate quote lines (the closing lines and the lines the n-gram model finds strongest;
  only these are encoded). A logistic model on the mean of the review's passage vectors was measured
  too and added under 0.1 point in cross-validation (see verdict.json), so the build passes no
  vectors here;
- the sentence stack (also the model for one- or two-sentence texts) combines the NB-SVM sentence
  score, the verdict encoder's head on the line's vector and the review model's naive-Bayes score.

Sentences come from the engine's one splitter (`index.textutil.sentence_spans`), so a quote is always
a whole sentence. `index/verdict_train.py` trains everything; figures live in index/data/verdict.json.
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
from typing import Any

import numpy as np

from index.errors import VerdictError
from index.model_files import file_sha256
from index.textutil import sentence_spans
from index.types import FilmRef, ReviewVerdict, VerdictSummary

log = logging.getLogger(__name__)

VERDICT_VERSION = "5"  # 5: lines read by the fine-tuned verdict encoder (index.verdict_lora)
DATA_DIR = Path(__file__).resolve().parent / "data"
WEIGHTS = DATA_DIR / "verdict.npz"


def adapters_for(weights: Path) -> Path:
    """The verdict encoder's adapters (index.verdict_lora) trained with these weights, beside them."""
    return weights.with_name(weights.stem + "-lora.npz")


ADAPTERS = adapters_for(WEIGHTS)
SIDECAR = DATA_DIR / "verdict.json"
MIXED_BAND = (0.35, 0.65)  # P(positive) inside this band: the evidence is split
CLOSING_LINES = 3  # the last lines of a review, where the verdict usually is
STRONGEST_LINES = 2  # plus the lines the n-gram sentence model finds most opinionated
SHORT_TEXT = 2  # texts of at most this many sentences are judged by the sentence stack alone
DIM = 384
_FIRST_PERSON = frozenset(["i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll"])
MAX_CHARS = 200_000

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[!?.,;:]")
_CLAUSE_END = frozenset(".,;:!?")
_KEPT_PUNCTUATION = frozenset("!?")
_NEGATORS = frozenset(
    {"not", "no", "never", "cannot", "without", "hardly", "barely"}  # adverbs, a preposition
    | {"nothing", "nobody", "none", "neither", "nor"}  # pronouns, conjunctions
)
NEGATED = "not_"  # prefix of a word inside a negation's scope


def tokenize(text: str, negation: bool = True) -> list[str]:
    """Lower-case word tokens, with negation marked: the words after "not", "no", "never", "…n't"
    up to the next punctuation mark carry the prefix "not_" ("not funny at all" → not, not_funny,
    not_at, not_all), so "funny" and "not funny" are different features (Das & Chen 2001; Pang et
    al. 2002). 10-fold CV on the training parts: NB-SVM 0.885 → 0.891 on reviews, 0.779 → 0.785 on
    sentences; the stacks 0.905 → 0.907 (reviews) and 0.812 → 0.814 (sentences). The shared data's pre-tokenised text ("it 's",
    "do n't") and ordinary prose ("It's", "don’t") come out the same. `negation=False` gives the
    plain tokens (the classic baselines of the training table)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = text.replace("’", "'").replace("‘", "'").replace(" 's", "'s").replace(" n't", "n't")
    out: list[str] = []
    negated = False
    for tok in _TOKEN.findall(text):
        if tok in _CLAUSE_END:
            negated = False
            if tok in _KEPT_PUNCTUATION:
                out.append(tok)
            continue
        out.append(NEGATED + tok if negated else tok)
        if negation and (tok in _NEGATORS or tok.endswith("n't")):
            negated = True
    return out


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
    review: LinearModel  # NB-SVM on the whole review
    review_nb: np.ndarray  # naive-Bayes log-count ratios over the review vocabulary (a sentence feature)
    review_nb_bias: float
    sentence: LinearModel  # NB-SVM on one line
    sentence_emb: np.ndarray  # the verdict encoder's head on a line's vector (index.verdict_lora)
    sentence_emb_bias: float
    sentence_stack: np.ndarray  # [NB-SVM line, MiniLM line, review NB on the line]
    sentence_stack_bias: float
    stack: np.ndarray  # [NB-SVM review, mean closing-line score, strongest candidate-line score]
    stack_bias: float

    @classmethod
    def load(cls, path: Path = WEIGHTS) -> VerdictModel:
        try:
            data = np.load(path, allow_pickle=False)
            files = set(data.files)
        except (OSError, ValueError) as exc:
            raise VerdictError(
                f"The verdict weights at {path} are missing or unreadable ({exc}). "
                "Reinstall filmbot or run `filmbot verdict train`."
            ) from exc
        if "sentence_stack" not in files or "adapters_sha256" not in files:
            raise VerdictError(
                f"The verdict weights at {path} are of an older format: run `filmbot verdict train`."
            )
        adapters = adapters_for(path)
        if not adapters.is_file() or file_sha256(adapters) != str(data["adapters_sha256"]):
            raise VerdictError(
                f"The verdict weights at {path} were not trained with the encoder adapters at {adapters}: "
                "run `filmbot verdict train`."
            )

        def linear(prefix: str) -> LinearModel:
            vocab = {str(g): i for i, g in enumerate(data[f"{prefix}_vocab"])}
            return LinearModel(
                vocab, data[f"{prefix}_weights"].astype(np.float32), float(data[f"{prefix}_bias"])
            )

        def vec(name: str) -> np.ndarray:
            return np.asarray(data[name], dtype=np.float64).ravel()

        return cls(
            review=linear("review"),
            review_nb=vec("review_nb"),
            review_nb_bias=float(data["review_nb_bias"]),
            sentence=linear("sentence"),
            sentence_emb=vec("sentence_emb"),
            sentence_emb_bias=float(data["sentence_emb_bias"]),
            sentence_stack=vec("sentence_stack"),
            sentence_stack_bias=float(data["sentence_stack_bias"]),
            stack=vec("stack"),
            stack_bias=float(data["stack_bias"]),
        )

    def review_nb_score(self, tokens: list[str]) -> float:
        idx = [self.review.vocab[g] for g in ngrams(tokens) if g in self.review.vocab]
        return float(self.review_nb[idx].sum() + self.review_nb_bias)

    def line_features(self, lines: list[str], vectors: np.ndarray) -> np.ndarray:
        """(n, 3) sentence-stack inputs of lines with their MiniLM vectors."""
        toks = [tokenize(s) for s in lines]
        return np.column_stack(
            [
                [self.sentence.score(t) for t in toks],
                np.asarray(vectors, dtype=np.float64) @ self.sentence_emb + self.sentence_emb_bias,
                [self.review_nb_score(t) for t in toks],
            ]
        )

    def line_scores(self, lines: list[str], vectors: np.ndarray) -> np.ndarray:
        """The sentence stack's log-odds of positive for each line."""
        if not lines:
            return np.zeros(0)
        return np.asarray(self.line_features(lines, vectors) @ self.sentence_stack + self.sentence_stack_bias)

    def review_features(self, sentences: list[str], candidate_scores: np.ndarray, closing: int) -> np.ndarray:
        """[NB-SVM review, mean sentence-stack score of the closing lines, strongest candidate line]."""
        review = self.review.score([t for s in sentences for t in tokenize(s)])
        strongest = float(candidate_scores[np.argmax(np.abs(candidate_scores))])
        return np.array([review, float(np.mean(candidate_scores[:closing])), strongest])

    def probability(self, features: np.ndarray) -> float:
        return _sigmoid(float(features @ self.stack + self.stack_bias))


def _sigmoid(z: float) -> float:
    return float(1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))))


def candidate_lines(sentences: list[str], sentence_model: LinearModel) -> list[int]:
    """Indices of the lines worth encoding: the closing lines (first, in order) and the lines the
    n-gram sentence model scores strongest. Training and inference pick them the same way."""
    n = len(sentences)
    closing = list(range(max(0, n - CLOSING_LINES), n))
    rest = [i for i in range(n) if i not in closing]
    rest.sort(key=lambda i: (-abs(sentence_model.score(tokenize(sentences[i]))), i))
    return closing + rest[:STRONGEST_LINES]


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


_encoder: Any = None
_encoder_lock = threading.Lock()


def encoder() -> Any:
    """The verdict encoder (index.verdict_lora: MiniLM with adapters fine-tuned on critic sentences,
    int8 ONNX, made from the export on first use), loaded once per process, one thread."""
    global _encoder
    with _encoder_lock:
        if _encoder is None:
            from index.onnx_embed import verdict_embedder
            from index.settings import Settings

            _encoder = verdict_embedder(Settings().model_cache_dir, ADAPTERS, threads=1)
    return _encoder


def _encode(texts: list[str]) -> np.ndarray:
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    return np.asarray(encoder().encode(texts), dtype=np.float32)


def is_first_person(sentences: list[str]) -> bool:
    return any(t.removeprefix(NEGATED) in _FIRST_PERSON for s in sentences for t in tokenize(s))


def classify(text: str, review_id: str = "") -> ReviewVerdict:
    """Verdict of one review (or one line): label, calibrated P(positive) and the deciding sentence.
    Only the few candidate lines (closing and strongest) are encoded (verdict encoder)."""
    result = classify_many([(text, review_id)])[0]
    if isinstance(result, VerdictError):
        raise result
    return result


def classify_many(items: list[tuple[str, str]]) -> list[ReviewVerdict | VerdictError]:
    """`classify` for many (text, review_id) pairs, with one encoder call for all their candidate
    lines (the build's path); a text that cannot be judged gets its VerdictError in its place."""
    from index import reception

    out: list[ReviewVerdict | VerdictError | None] = [None] * len(items)
    pending: list[tuple[int, list[str], list[int]]] = []
    m = model()
    for k, (text, review_id) in enumerate(items):
        try:
            sentences = _sentences(text)
        except VerdictError as exc:
            out[k] = exc
            continue
        if not is_first_person(sentences):
            reported = reception.read(sentences)
            if reported is not None:
                probability = RECEPTION_PROBABILITY[reported.label]
                out[k] = ReviewVerdict(review_id, reported.label, probability, reported.sentence)
                continue
        pending.append((k, sentences, candidate_lines(sentences, m.sentence)))
    vectors = _encode([ss[i] for _, ss, cc in pending for i in cc])
    at = 0
    for k, sentences, candidates in pending:
        cand_text = [sentences[i] for i in candidates]
        scores = m.line_scores(cand_text, vectors[at : at + len(candidates)])
        at += len(candidates)
        if len(sentences) <= SHORT_TEXT:
            probability = _sigmoid(float(np.mean(scores)))
        else:
            closing = min(CLOSING_LINES, len(sentences))
            probability = m.probability(m.review_features(sentences, scores, closing))
        label = label_for(probability)
        quote = _quote(sentences, candidates, [float(x) for x in scores], label)
        out[k] = ReviewVerdict(items[k][1], label, probability, quote)
    return [r for r in out if r is not None]


RECEPTION_PROBABILITY = {"positive": 0.9, "negative": 0.1, "mixed": 0.5}


def reported(text: str, review_id: str = "") -> ReviewVerdict | None:
    """The verdict of a summary of the film (an encyclopedia extract, a plot summary): only the
    reception it reports, quoted, or None. A summary is not a critic's opinion, so the review model,
    whose evidence is a critic's words, has nothing to read in it ("a gritty crime drama" in a plot
    summary is a description, not praise). VerdictError when there is no text."""
    from index import reception

    found = reception.read(_sentences(text))
    if found is None:
        return None
    return ReviewVerdict(review_id, found.label, RECEPTION_PROBABILITY[found.label], found.sentence)


def _quote(sentences: list[str], candidates: list[int], line_scores: list[float], label: str) -> str:
    """The line that decided it: among the candidate lines, the strongest in the verdict's direction,
    closing lines favoured (a review's last lines are its conclusion; earlier ones are often plot)."""
    direction = {"positive": 1.0, "negative": -1.0}.get(label, 0.0)
    n = len(sentences)
    best, best_score = candidates[0], -np.inf
    for i, score in zip(candidates, line_scores, strict=True):
        sentence = sentences[i]
        strength = direction * score if direction else -abs(score)
        position = 1.0 + 1.5 * (i / max(1, n - 1)) ** 2  # up to 2.5x for the last line
        words = len(sentence.split())
        if words < 4:  # "Yes." is no quote
            strength -= 2.0
        value = strength * position if strength > 0 else strength / position
        if value > best_score:
            best, best_score = i, value
    return sentences[best]


def score_sentences(text: str) -> list[tuple[str, float]]:
    """Each sentence with the sentence stack's P(positive)."""
    sentences = _sentences(text)
    scores = model().line_scores(sentences, _encode(sentences))
    return [(s, _sigmoid(float(z))) for s, z in zip(sentences, scores, strict=True)]


def aggregate(film: FilmRef, verdicts: list[ReviewVerdict], unreported: int = 0) -> VerdictSummary:
    """Per-film summary: counts, the overall label, the strongest positive and negative review;
    `unreported`: the film's summaries that report no reception (they have no verdict)."""
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
        unreported=unreported,
    )


def summary_text(summary: VerdictSummary) -> str:
    """The sentence a user sees, e.g. 'Positive: 2 of 3 reviews are positive. “…” (review abc)'."""
    if summary.label == "none" or not summary.reviews:
        if summary.unreported:
            return f"The reviews don't say how {summary.film.label} was received."
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
        if v.quote:  # a verdict declared in front matter may come without a sentence
            text += f" “{v.quote}” (review {v.review_id})"
    return text


def training_figures() -> dict[str, object]:
    """The sidecar written by training (accuracy table, data split, command)."""
    try:
        loaded = json.loads(SIDECAR.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return loaded if isinstance(loaded, dict) else {}
