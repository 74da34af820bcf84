"""Index-time annotations of each review: extracted facts and the review's verdict.

Done at build time so that answering a question never loads spaCy or classifies a whole review.
Both parts are optional: when a component is unavailable the review simply has no annotation.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from index.types import Review

log = logging.getLogger(__name__)


def versions() -> dict[str, str]:
    """Versions of the annotators; a change re-annotates every review (vectors are kept)."""
    out = {}
    try:
        from index import facts

        out["facts"] = str(facts.FACTS_VERSION)
    except ImportError:
        out["facts"] = "absent"
    try:
        from index import verdict

        out["verdict"] = str(getattr(verdict, "VERDICT_VERSION", "1"))
    except ImportError:
        out["verdict"] = "absent"
    return out


def annotate(reviews: list[Review]) -> list[tuple[str | None, str | None]]:
    """(facts JSON, verdict JSON) for each review."""
    facts_json: list[str | None] = [None] * len(reviews)
    verdict_json: list[str | None] = [None] * len(reviews)
    if not reviews:
        return []
    try:
        from index import facts
    except ImportError:
        facts = None  # type: ignore[assignment]
    if facts is not None:
        for i, found in enumerate(facts.extract_many(reviews)):
            facts_json[i] = json.dumps(found, ensure_ascii=False) if found else None
    try:
        from index import verdict
    except ImportError:
        verdict = None  # type: ignore[assignment]
    if verdict is not None:
        for i, review in enumerate(reviews):
            try:
                result = verdict.classify(review.text, review.review_id)
            except Exception as exc:  # a review the classifier refuses still gets indexed
                log.warning("no verdict for %s: %s", review.review_id, exc)
                continue
            label, probability = result.label, result.probability
            if review.verdict:  # declared by the corpus author: it wins over the classifier
                label = review.verdict
                probability = {"positive": 1.0, "negative": 0.0}.get(label, 0.5)
            data: dict[str, Any] = {"label": label, "probability": probability, "quote": result.quote}
            verdict_json[i] = json.dumps(data, ensure_ascii=False)
    return list(zip(facts_json, verdict_json, strict=True))
