"""Director and writer questions, from the merged credits."""

from __future__ import annotations

from index.answer import evidence as ev
from index.answer.request import Request
from index.answer.view import View
from index.types import Answer, FilmRef


def answer(view: View, req: Request, film: FilmRef | None) -> Answer | None:
    if film is None:
        return None
    credits = view.facts(film).crew(req.kind)
    if not credits:
        return None
    top = credits[0]
    # "directed by A and B": co-credits stated in the same sentence, or declared alike
    names = [top.person] + [
        c.person
        for c in credits[1:]
        if (c.evidence and c.evidence == top.evidence) or (c.how == top.how == "credits")
    ]
    verb = "directed" if req.kind == "director" else "written"
    text = f"{film.label} was {verb} by {ev.listing(names)}."
    if top.confidence < 0.6:
        text = f"The review mentions {ev.listing(names)} as {'director' if req.kind == 'director' else 'writer'} of {film.label}."
    if top.evidence:
        text += " " + ev.quote(top.evidence)
    conf = top.confidence
    rival = next((c for c in credits[1:] if c.person not in names), None)
    if rival is not None and rival.confidence >= conf:
        conf *= 0.7  # the reviews disagree
    hits = ev.dedupe(ev.cite(view, film, c.review_id, c.evidence, conf) for c in credits if c.person in names)
    return ev.make(req, req.kind, text, film, conf, hits[:3])
