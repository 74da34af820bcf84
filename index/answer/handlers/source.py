"""What a film is based on."""

from __future__ import annotations

from index.answer import evidence as ev
from index.answer.request import Request
from index.answer.view import View
from index.types import Answer, FilmRef


def answer(view: View, req: Request, film: FilmRef | None) -> Answer | None:
    if film is None:
        return None
    sources = view.facts(film).sources
    if not sources:
        return None
    work = sources[0]
    by = f" by {work.author}" if work.author and work.author not in work.title else ""
    kind = (
        f"the {work.kind} " if work.kind and not work.title.lower().startswith(("the ", "a ", "an ")) else ""
    )
    text = f"{film.label} is based on {kind}{work.title}{by}."
    if work.evidence:
        text += " " + ev.quote(work.evidence)
    hits = ev.dedupe([ev.cite(view, film, work.review_id, work.evidence, work.confidence)])
    return ev.make(req, "source", text, film, work.confidence, hits)
