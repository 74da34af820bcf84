"""Director, writer and other crew questions (music, producer, cinematography, editing), from the
merged credits."""

from __future__ import annotations

import re

from index.answer import evidence as ev
from index.answer.handlers import source
from index.answer.request import Request
from index.answer.view import View
from index.textutil import fold
from index.types import Answer, Credit, FilmRef

CO_CREDIT_MIN = 0.6  # a credit beside the first one's name, read at least this surely, is shared
_SHARED_JOB = re.compile(r"\bco-?(?:wr|dir|script|author)", re.IGNORECASE)
#: how each job is said: (the sentence with the names, what the job is called)
_SAID = {
    "director": ("{film} was directed by {names}.", "director"),
    "writer": ("{film} was written by {names}.", "writer"),
    "composer": ("The music of {film} is by {names}.", "composer"),
    "producer": ("{film} was produced by {names}.", "producer"),
    "cinematographer": ("{film} was shot by {names} (cinematography).", "cinematographer"),
    "editor": ("{film} was edited by {names}.", "editor"),
    "narrator": ("{film} is narrated by {names}.", "narrator"),
}


def answer(view: View, req: Request, film: FilmRef | None) -> Answer | None:
    if film is None:
        return None
    role = req.subject if req.kind == "crew" and req.subject in _SAID else req.kind
    if role not in _SAID:  # a job behind the camera that the question does not say
        return ev.abstain(
            req, film, note="Which job do you mean: the director, writer, music, producer, camera or editing?"
        )
    credits = view.facts(film).crew(role)
    if not credits and role == "narrator":
        part = _narrator_part(view, film)
        if part is not None:  # Fight Club's narrator is a part, not a voice over the film
            text = f"{part.person} plays the narrator in {film.label}. " + ev.quote(part.evidence or "")
            hit = ev.cite(view, film, part.review_id, part.evidence or "", part.confidence)
            return ev.make(req, "cast", text.strip(), film, part.confidence, ev.dedupe([hit]))
    if not credits and req.kind == "crew":
        return ev.abstain(req, film, note=f"My reviews of {film.label} don't name its {_SAID[role][1]}.")
    if not credits:
        return _source_instead(view, req, film) if role == "writer" else None
    top = credits[0]
    # "directed by A and B": co-credits stated in the same sentence, or declared alike; and when the
    # first is said to share the job ("co-written … by Dave Franco"), those a sentence naming them
    # too gives it ("Franco co-wrote the screenplay with Joe Swanberg")
    shared = _SHARED_JOB.search(top.evidence or "") is not None
    surname = top.person.split()[-1]
    names = [top.person] + [
        c.person
        for c in credits[1:]
        if (c.evidence and c.evidence == top.evidence)
        or (c.how == top.how == "credits")
        or (
            shared
            and c.confidence >= CO_CREDIT_MIN
            and c.person != surname
            and re.search(rf"\b{re.escape(surname)}\b", c.evidence or "") is not None
        )
    ]
    said, job = _SAID[role]
    text = said.format(film=film.label, names=ev.listing(names))
    if top.confidence < 0.6:
        text = f"The review mentions {ev.listing(names)} as {job} of {film.label}."
    if req.asks_if:
        text = _yes_or_no(view, film, req.asks_if, names, text)
    if top.evidence:
        text += " " + ev.quote(top.evidence)
    conf = top.confidence
    rival = next((c for c in credits[1:] if c.person not in names), None)
    if rival is not None and rival.confidence >= conf:
        conf *= 0.7  # the reviews disagree
    hits = ev.dedupe(ev.cite(view, film, c.review_id, c.evidence, conf) for c in credits if c.person in names)
    return ev.make(req, req.kind, text, film, conf, hits[:3])


def _yes_or_no(view: View, film: FilmRef, person: str, names: list[str], text: str) -> str:
    """ "did ridley scott direct aliens": yes or no, then who did; "did stephen king write the
    shining": no, and what he wrote (the work it is based on)."""
    surname = fold(person).split()[-1:]
    if any(surname == fold(n).split()[-1:] for n in names):
        return f"Yes: {text}"
    work = next(
        (w for w in view.facts(film).sources if w.author and fold(w.author).split()[-1:] == surname), None
    )
    aside = f" ({work.author} wrote the {work.kind or 'work'} it is based on, {work.title}.)" if work else ""
    return f"No: {text}{aside}"


def _narrator_part(view: View, film: FilmRef) -> Credit | None:
    """The cast credit whose part is the narrator ("Edward Norton as the unnamed narrator")."""
    return next(
        (
            c
            for c in view.facts(film).cast
            if "narrator" in f"{c.character or ''} {c.description or ''}".lower()
        ),
        None,
    )


def _source_instead(view: View, req: Request, film: FilmRef) -> Answer | None:
    """ "who wrote casablanca" when the reviews name no screenwriter but the work it is based on: say
    so, with that work and its author (an abstention: the author of a play did not write the film)."""
    work = next(iter(view.facts(film).sources), None)
    if work is None or not work.author:
        return None
    note = (
        f"My reviews of {film.label} don't name its screenwriters; it is based on {source.work_label(work)}."
    )
    return ev.abstain(req, film, note=note)
