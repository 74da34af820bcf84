"""What a film is based on."""

from __future__ import annotations

import re

from index.answer import evidence as ev
from index.answer.request import Request
from index.answer.view import View
from index.types import Answer, FilmRef, Hit, SourceWork

_BASED_ON = re.compile(
    r"\b(?:based (?:\w+ ){0,2}?(?:up)?on|adapted (?:\w+ ){0,3}?from|an adaptation of|inspired by"
    r"|inspired to (?:make|write|film) (?:\w+ ){0,6}?after"  # "X was inspired to make the film after seeing …"
    r"|(?:a |direct )?remake (?:by .{1,40}? )?of|re-?imagining[\"”]? of|retelling of|(?:film|screen) version of"
    # "It is taken from the Robert Louis Stevenson short story", "after the novel by Booth Tarkington"
    r"|taken from|after (?:the|a) (?:\w+ ){0,3}?(?:novel|play|story|book) by"
    # ("The movie was a prequel to the 1961 Harold Robbins novel The Carpetbaggers": to a work, not a film)
    r"|(?:prequel|sequel|follow-up|spin-?off) (?:to|of) (?:the |a )?(?:[\w'’]+ ){0,4}?(?:novels?|books?|plays?|story|stories|comics?|memoir|musical))\b",
    re.IGNORECASE,
)
SENTENCE_CONFIDENCE = 0.5  # a "based on" sentence quoted as it stands, not read into a title


def answer(view: View, req: Request, film: FilmRef | None) -> Answer | None:
    if film is None:
        return None
    sources = view.facts(film).sources
    if not sources:
        return _from_sentence(view, req, film) or _story_by(view, req, film)
    real = _ASKS_REAL.search(req.text) and not any(_is_real(s) for s in sources)
    told = _real_inspiration(view, req, film) if real else None
    if told is not None:
        return told  # ("what real event inspired enola holmes 2": not the books it follows)
    work = _asked_for(req, sources)
    text = f"{film.label} is based on {work_label(work)}."
    if work.evidence:
        text += " " + ev.quote(work.evidence)
    hits = ev.dedupe([ev.cite(view, film, work.review_id, work.evidence, work.confidence)])
    return ev.make(req, "source", text, film, work.confidence, hits)


def work_label(work: SourceWork) -> str:
    """ "the novel Jaws by Peter Benchley": a work as answers name it (the author once)."""
    by = f" by {work.author}" if work.author and work.author not in work.title else ""
    if _TOLD_NOT_NAMED.match(work.title):
        # ("a film adaptation of the book was released in 2002": what was done, no title)
        return f"{ev.a(work.kind or 'work')}{by}"
    # ("Arthur Herzog's 1974 novel": a work named only by whose it is says its kind itself)
    owned = bool(work.author) and re.match(rf"{re.escape(work.author or '')}['’]s?\s", work.title) is not None
    kind = (
        f"the {work.kind} "
        if work.kind and not owned and not work.title.lower().startswith(("the ", "a ", "an "))
        else ""
    )
    return f"{kind}{work.title}{by}"


_TOLD_NOT_NAMED = re.compile(r"(?:was|were|is|are|has|have|had|will|would)\b")


# the kind of work a question names, as the reviews' kinds go ("whose memoir", "what book")
_ASKED_KINDS = {
    "memoir": {"memoir", "autobiography"},
    "autobiography": {"memoir", "autobiography"},
    "book": {"novel", "book", "novella", "memoir"},
    "novel": {"novel", "book", "novella"},
    "play": {"play", "musical", "stage"},
    "musical": {"musical", "play"},
    "comic": {"comic", "comics", "comic book", "graphic novel", "manga"},
    "story": {"story", "short story", "fairy tale", "novella"},
    "article": {"article", "magazine article"},
}


# ("which real case", not "true story, what was it based on": the articles that told it)
_ASKS_REAL = re.compile(r"\b(?:real|real-life|reallife|irl)\b", re.IGNORECASE)
_REAL_WORK = re.compile(
    r"\b(?:real|true|real-life|case|events?|incidents?|murders?|life|lives)\b", re.IGNORECASE
)


def _asked_for(req: Request, sources: tuple[SourceWork, ...]) -> SourceWork:
    """The work of the kind the question names ("whose memoir is the sound of music based on": the
    memoir, not the stage musical made from it); else a work with a title and an author before a
    phrase the reviews only describe."""
    said = ev.words(req.text)
    # "whose stories", "what novels"
    said += [re.sub(r"ies$", "y", w) if w.endswith("ies") else w[:-1] for w in said if w.endswith("s")]
    asked = set().union(*(_ASKED_KINDS.get(w, set()) for w in said))
    kinds = [s for s in sources if asked and (s.kind or "") in asked]
    if not kinds and _ASKS_REAL.search(req.text):
        # "inspired by which real case": a true story or a real person's life, not the novel
        # (or what is no kind of work: "based on the Lindbergh kidnapping", beside a story by Rupert Hughes)
        kinds = [s for s in sources if _is_real(s)] or [s for s in sources if s.kind is None]
    # a work the film is based on before one it was merely inspired by; then a titled work by its author
    return min(
        kinds or list(sources),
        key=lambda s: ("inspired by" in (s.evidence or "").lower(), not (s.title[:1].isupper() and s.author)),
    )


def _is_real(work: SourceWork) -> bool:
    return work.kind in {"true story", "life"} or _REAL_WORK.search(work.title) is not None


# "takes real-life inspiration from the 1888 matchgirls' strike", "inspired by true events"
_REAL_INSPIRATION = re.compile(
    r"\b(?:real[- ]life|true (?:story|stories|events?)|real (?:events?|people|case|incidents?)"
    r"|inspiration from|inspired by (?:the )?(?:real|true|actual)|based on (?:the )?(?:real|true|actual))\b",
    re.IGNORECASE,
)


def _real_inspiration(view: View, req: Request, film: FilmRef) -> Answer | None:
    """The sentence saying what real events the film draws on, asked of a film whose source read is
    a work of fiction ("unlike its predecessor, … takes real-life inspiration from the 1888 matchgirls'
    strike")."""
    said = next(
        ((p, s) for p in view.passages(film) for s in ev.sentences(p) if _REAL_INSPIRATION.search(s)), None
    )
    if said is None:
        return None
    passage, sentence = said
    text = f"The review says what real events {film.label} draws on: {ev.quote(sentence)}"
    return ev.make(
        req, "source", text, film, SENTENCE_CONFIDENCE, [Hit(passage, support=SENTENCE_CONFIDENCE)]
    )


def _from_sentence(view: View, req: Request, film: FilmRef) -> Answer | None:
    """No source work was read out of the reviews, but a sentence says what the film is based on (one
    saying it is adapted from a work before one saying it is taken from one)."""
    said = [
        (m, passage, sentence)
        for passage in view.passages(film)
        for sentence in ev.sentences(passage)
        if (m := _based_on(sentence)) is not None
    ]
    if not said:
        return None
    _, passage, sentence = min(said, key=lambda t: t[0].group().lower().startswith("taken"))
    text = f"The review says what {film.label} is based on: {ev.quote(sentence)}"
    return ev.make(
        req, "source", text, film, SENTENCE_CONFIDENCE, [Hit(passage, support=SENTENCE_CONFIDENCE)]
    )


def _based_on(sentence: str) -> re.Match[str] | None:
    """Where a sentence says what the film is based on (not "The title of the film is taken from a song",
    "The name of the film is taken from the piano work")."""
    m = _BASED_ON.search(sentence)
    if m is None or not m.group().lower().startswith("taken"):
        return m
    return None if re.search(r"\b(?:title|name)\b", sentence[: m.start()], re.I) else m


_STORY_BY = re.compile(
    r"\bstory\b(?: and (?:the )?(?:screenplay|script))? (?:was |were )?(?:written )?by\b"
    # ("Writers … were nominated for the Academy Award for Best Story": their award says so)
    r"|\bbest (?:original )?story\b",
    re.IGNORECASE,
)


def _story_by(view: View, req: Request, film: FilmRef) -> Answer | None:
    """ "who wrote the story" of a film based on no other work: its writers, those whose credit says
    they wrote the story first ("The story and screenplay was by Ardel Wray")."""
    if not re.search(r"\bstory\b", req.text, re.IGNORECASE):
        return None
    credited = view.facts(film).writers
    writers = [c for c in credited if _STORY_BY.search(c.evidence or "")]
    # (its writers answer whose story it is, not where it came from: "where did the story come from")
    if not credited or not (writers or re.search(r"\bwho\b", req.text, re.IGNORECASE)):
        return None
    names = ev.listing(list(dict.fromkeys(c.person for c in writers or credited)))
    if writers:
        text = f"The story of {film.label} is by {names}. {ev.quote(writers[0].evidence or '')}"
    else:
        # ("the straight way 1916 who wrote the story": an original story, by the film's writers)
        text = (
            f"My reviews name no work {film.label} is based on; it was written by {names}. "
            f"{ev.quote(credited[0].evidence or '')}"
        )
    credit = (writers or credited)[0]
    hits = ev.dedupe([ev.cite(view, film, credit.review_id, credit.evidence or "", credit.confidence)])
    return ev.make(req, "source", text, film, credit.confidence, hits)
