"""Benchmark corpora, written at run time into a temporary directory (never into the repository).

Reviews come from ../shared/data/review_polarity (Pang & Lee 2004). They have no titles, so each gets
a stable placeholder: title "Polarity review cv000" (the file's cv number), year 2000, and the review
text as the body. Larger corpora repeat the same reviews under "… copy N" titles.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / ".." / "shared" / "data"
POLARITY = DATA / "review_polarity"
PLACEHOLDER_YEAR = 2000


class DataMissing(RuntimeError):
    pass


@dataclass(frozen=True)
class SourceReview:
    key: str  # e.g. "pos/cv000_29590"
    title: str  # placeholder title
    text: str


def polarity_reviews(limit: int | None = None) -> list[SourceReview]:
    """Reviews in a stable order that alternates positive and negative (so any prefix is balanced)."""
    if not POLARITY.is_dir():
        raise DataMissing(f"{POLARITY.resolve()} is absent: the benchmarks need ../shared/data")
    pos = sorted((POLARITY / "pos").glob("*.txt"))
    neg = sorted((POLARITY / "neg").glob("*.txt"))
    files: list[Path] = []
    for a, b in zip(pos, neg, strict=False):
        files.extend((a, b))
    out = []
    for path in files[: limit if limit is not None else len(files)]:
        label = path.parent.name
        cv = path.stem.split("_")[0]
        out.append(
            SourceReview(
                key=f"{label}/{path.stem}",
                title=f"Polarity review {cv} {label}",
                text=path.read_text(encoding="utf-8", errors="replace").strip(),
            )
        )
    return out


def _front_matter(title: str, year: int, text: str) -> str:
    # JSON strings are valid YAML scalars, so titles need no further quoting.
    return f"---\ntitle: {json.dumps(title)}\nyear: {year}\n---\n{text}\n"


def _repeat(reviews: list[SourceReview], total: int) -> list[tuple[int, SourceReview]]:
    """(copy number, review) for `total` reviews: the list repeated, the last copy cut short."""
    return [(i // len(reviews), reviews[i % len(reviews)]) for i in range(total)]


def write_text_corpus(reviews: list[SourceReview], target: Path, total: int | None = None) -> Path:
    """One .txt file with YAML front matter per review; with `total`, the reviews repeated up to that
    many files (copy c > 0 is titled "… copy c")."""
    target.mkdir(parents=True, exist_ok=True)
    for c, review in _repeat(reviews, total or len(reviews)):
        stem = review.key.replace("/", "_") + (f"_copy{c}" if c else "")
        title = review.title if c == 0 else f"{review.title} copy {c}"
        text = _front_matter(title, PLACEHOLDER_YEAR, review.text)
        (target / f"{stem}.txt").write_text(text, encoding="utf-8")
    return target


def write_jsonl_corpus(
    reviews: list[SourceReview], total: int, target: Path, reviews_per_film: int = 1
) -> Path:
    """A JSONL corpus of `total` records: `reviews` repeated, copy c > 0 titled "… copy c". With
    `reviews_per_film` n > 1, the copies are grouped: n consecutive reviews of a copy are n reviews of
    one film (titled after the first of them), so a large store has about as many films as a real
    catalogue rather than one per review."""
    target.parent.mkdir(parents=True, exist_ok=True)
    index = {id(r): i for i, r in enumerate(reviews)}
    with target.open("w", encoding="utf-8") as fh:
        for c, review in _repeat(reviews, total):
            head = reviews[index[id(review)] - index[id(review)] % reviews_per_film]
            title = review.title if c == 0 else f"{head.title} copy {c}"
            fh.write(json.dumps({"title": title, "year": PLACEHOLDER_YEAR, "text": review.text}) + "\n")
    return target
