"""What the critics thought: the verdicts computed for each review at index time."""

from __future__ import annotations

from dataclasses import replace

from index import verdict as verdicts
from index.answer import evidence as ev
from index.answer.request import Request
from index.answer.view import View
from index.card import unreported
from index.types import Answer, FilmRef

NO_VERDICTS = (
    "Verdicts are not available: this index has no review verdicts (the verdict classifier is missing "
    "or found nothing to judge)."
)


def answer(view: View, req: Request, film: FilmRef | None) -> Answer | None:
    if film is None:
        return None
    found = view.verdicts(film)
    if not found:
        # summaries that report no reception: say so, rather than that verdicts are unavailable
        summary = verdicts.aggregate(film, [], unreported=unreported(view.reviews(film), []))
        return ev.abstain(
            req, film, note=verdicts.summary_text(summary) if summary.unreported else NO_VERDICTS
        )
    summary = verdicts.aggregate(film, found)
    text = verdicts.summary_text(summary)
    if not text or summary.label == "none":
        return ev.abstain(req, film, note=NO_VERDICTS)
    certainty = sum(abs(v.probability - 0.5) * 2 for v in found) / len(found)
    conf = 0.5 + 0.5 * certainty
    sources = ev.dedupe(ev.cite(view, film, v.review_id, v.quote, v.probability) for v in found if v.quote)
    result = ev.make(req, "verdict", text, film, conf, sources[:3])
    return replace(result, verdict=summary)
