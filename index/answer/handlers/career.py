"""Someone's other films ("what else did he direct", "what other movies has tom hanks been in"): the
films of ours crediting them in the job asked, from each film's own credits."""

from __future__ import annotations

from index.answer import evidence as ev
from index.answer.request import Request
from index.answer.view import View
from index.textutil import fold
from index.types import Answer, Credit, FilmRef

ANY_JOB = "any"  # a person asked of with no job said: in front of or behind the camera
JOBS = ("director", "writer", "actor")
MAX_LISTED = 10  # films named in one answer; the rest are counted
CAREER_CONF = 0.9  # read from each film's own credits
#: how each job is said: of the films listed, and of none
_DID = {"director": ("directed", "directed"), "writer": ("wrote", "wrote"), "actor": ("is also in", "is in")}


def credited(view: View, film: FilmRef, person: str, job: str) -> Credit | None:
    """The film's credit of this person in this job (an actor: any part in its cast)."""
    facts = view.facts(film)
    credits = (
        facts.cast
        if job == "actor"
        else (*facts.cast, *facts.crew("director"), *facts.crew("writer"))
        if job == ANY_JOB
        else facts.crew(job)
    )
    key = " ".join(fold(person).split())
    return next((c for c in credits if " ".join(fold(c.person).split()) == key), None)


def answer(view: View, req: Request, film: FilmRef | None) -> Answer | None:
    person, job = req.subject, req.subject_role or "actor"
    if not person or job not in _DID:
        return None
    credits = sorted(
        (
            (f, credit)
            for f in view.people().films_of(person)
            if f != film and (credit := credited(view, f, person, job)) is not None
        ),
        key=lambda pair: (pair[0].year or 0, pair[0].title),
    )
    others = [f for f, _ in credits]
    # (the name as the credits write it, "Francis Ford Coppola", not as typed)
    shown = credits[0][1].person if credits else person.title()
    did, none = _DID[job]
    if not others:
        besides = f" besides {film.label}" if film is not None else ""
        return ev.abstain(req, film, note=f"My reviews have no other film {shown} {none}{besides}.")
    listed = [f.label for f in others[:MAX_LISTED]]
    more = len(others) - len(listed)
    tail = f" and {more} more" if more else ""
    besides = f"Besides {film.label}, " if film is not None else ""
    text = f"{besides}{shown} {did if film is not None else none} {ev.listing(listed)}{tail} (in my reviews)."
    hits = [h for f in others[:3] if (h := ev.cite(view, f, None, "", CAREER_CONF)) is not None]
    return ev.make(req, "career", text, film, CAREER_CONF, hits)


def main_job(view: View, person: str) -> str:
    """The job someone has in most of our films ("spielberg": director)."""
    films = view.people().films_of(person)
    return max(JOBS, key=lambda job: sum(credited(view, f, person, job) is not None for f in films))
