"""Index-time annotations of each review: extracted facts and the review's verdict.

Done at build time so that answering a question never loads spaCy or classifies a whole review.
A review the verdict classifier refuses (e.g. no words) is still indexed, without a verdict.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from index.types import Review

log = logging.getLogger(__name__)


def versions() -> dict[str, str]:
    """Versions of the annotators; a change re-annotates every review (vectors are kept)."""
    from index import facts, verdict

    return {"facts": str(facts.FACTS_VERSION), "verdict": str(verdict.VERDICT_VERSION)}


def annotate(reviews: list[Review]) -> list[tuple[str | None, str | None]]:
    """(facts JSON, verdict JSON) for each review. Imported here, not at the top: spaCy and the
    verdict weights load only when a build has something to annotate."""
    from index import facts, verdict

    facts_json: list[str | None] = [json.dumps(found.to_json(), ensure_ascii=False) for found in facts.extract_many(reviews)]
    verdict_json: list[str | None] = [None] * len(reviews)
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
