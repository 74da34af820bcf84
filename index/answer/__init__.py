"""Grounded answers as a pipeline of small parts:

    parse (question → Request) → resolve (→ the film, or a refusal) → one handler per kind
    → `finish`, the one place thresholds are applied and the conversation is carried on.

No generative model: every answer is read out of the index and cites its passages; below its kind's
threshold the bot says it doesn't know.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from rapidfuzz import fuzz

from index.answer import evidence as ev
from index.answer.handlers import career, cast, people, plot, search, source, verdict
from index.answer.parse import (
    ASKING,
    CHATTER,
    FILM_WORDS,
    FRAME,
    GENRE_WORDS,
    JOINING,
    LINKS,
    NATIONALITIES,
    ROLE_WORDS,
    TITLE_SAID,
    VERSION_WORDS,
    is_cue_word,
    is_frame,
    opening_decade,
    parse,
    tokenize,
)
from index.answer.request import KINDS, Request
from index.answer.resolve import (
    MAX_SERIES,
    TITLE_SLIP,
    mention_is_part,
    name_of_talk,
    names_part_called,
    resolve,
    retold_with_sibling,
    title_role_asked,
)
from index.answer.view import SnapshotView, View
from index.filmfacts import is_name, name_match
from index.textutil import fold, wordset
from index.titles import ARTICLES, YEAR_TOKEN, bare_key, decades_in_digits, key_words, title_key
from index.types import Answer, Conversation, FilmRef

log = logging.getLogger(__name__)

__all__ = ["KINDS", "THRESHOLDS", "Request", "SnapshotView", "View", "answer", "answer_kind", "parse"]

Handler = Callable[[View, Request, FilmRef | None], Answer | None]
HANDLERS: dict[str, Handler] = {
    "cast": cast.answer,
    "director": people.answer,
    "writer": people.answer,
    "crew": people.answer,
    "source": source.answer,
    "plot": plot.answer,
    "verdict": verdict.answer,
    "search": search.answer,
    "career": career.answer,
}
#: below these confidences the bot abstains (which-film questions have their own bands in
#: handlers/search.py). A fact answer exists only with evidence; these floors catch weak readings.
THRESHOLDS: dict[str, float] = {
    "cast": 0.35,
    "director": 0.35,
    "writer": 0.35,
    "crew": 0.35,
    "source": 0.35,
    "plot": 0.3,
    "verdict": 0.3,
    "search": 0.3,
    "career": 0.35,
}
_QUESTION_FOR_KIND = {
    "cast": "Who is in it?",
    "director": "Who directed it?",
    "writer": "Who wrote it?",
    "source": "What is it based on?",
    "plot": "What is it about?",
    "verdict": "What did the critics think?",
}


def _with_context(req: Request, context: Conversation) -> Request:
    """Follow-ups: "and her sister?" keeps asking about the cast; "what about jaws" asks the last
    question again about another film."""
    if (
        context.kind == "source"
        and req.kind == "writer"
        and not req.films
        and _WHO_WROTE_THAT.search(req.text.lower())
    ):
        # "who wrote that" after what it is based on: the work's author
        return replace(req, kind="source")
    job = _JOBS.get(re.sub(r"^(?:the|a) ", "", req.subject or ""))
    if job is not None and context.kind in {"crew", "director", "writer"}:
        # "and the producer?" after who directed it: the job, not a part called the producer
        return replace(req, kind="crew", subject=job, subject_role="crew")
    if (
        req.kind == "cast"
        and not req.subject
        and context.subject_role == "character"
        and _WHO_PLAYS_THEM.search(req.text.lower())
    ):
        # "who voices him" after "who's the bad guy": the part asked about before
        return replace(req, subject=context.subject, subject_role="character")
    # ("and whats the killer armed with" after who directed it: a question of the story, not the last
    # one again)
    own_story = req.followup and not req.films and _ASKS_OF_ITS_OWN.match(req.text.lower()) is not None
    if (req.followup or (req.switch and not req.cued)) and context.kind and not req.which_film:
        kind = "plot" if own_story else "cast" if req.subject else context.kind
        # "and in the remake" after "who plays carrie": the same part, in the other film (not when the
        # follow-up names something of its own: "and robert de niro")
        # (nor when it only names another film: "ok and alien?" after "and the music?" asks for the
        # music of Alien)
        title = set(ev.words(req.mention or "")) if req.films else set()
        same = not req.subject and all(w in FRAME or w.isdigit() or w in title for w in ev.words(req.text))
        return replace(
            req,
            kind=kind,
            focus=req.focus or ("about" if kind == "plot" else None),
            subject=context.subject if same else _whose(req.subject, context.subject),
            subject_role=context.subject_role if same else req.subject_role,
        )
    if req.switch and not req.which_film and req.kind == "search":
        return replace(req, kind="plot", focus="about")
    return req


_ASKS_OF_ITS_OWN = re.compile(
    # (not "and who was in the old silent one": who is in it)
    # ("and whose last movie was it": whose is asked of the film's own text)
    r"^(?:(?:and|ok|okay|so)\W+)*(?:what|whats|what's|where|why|how|who(?! (?:is|was|are|were|else)\b)|whose|when)\b"
    r"(?! about\b)(?:\W+[\w'’]+){3,}\W*$"
)
_WHO_WROTE_THAT = re.compile(
    r"^(?:and |ok |so )*who (?:wrote|penned|authored) (?:that|it|that one|this)"
    r"(?: (?:play|book|novel|story|musical|memoir))?\W*$"  # "who wrote that play"
)
_WHO_PLAYS_THEM = re.compile(
    r"\bwho (?:plays|played|voices|voiced|portrays|portrayed|is playing) (?:him|her|them)\W*$"
)
_JOBS = {"producer": "producer", "producers": "producer", "composer": "composer", "editor": "editor"}


def _whose(subject: str | None, before: str | None) -> str | None:
    """ "and her sister" after "who plays kit": Kit's sister (when the last part asked about was a
    name, not itself a relative)."""
    words = (subject or "").split()
    if len(words) < 2 or words[0] not in {"her", "his", "their"} or not before:
        return subject
    if any(w in ROLE_WORDS for w in before.split()) or " s " in f" {before} ":
        return subject
    return " ".join([before, "s", *words[1:]])


def _next(req: Request, result: Answer, context: Conversation) -> Conversation:
    if result.film is not None:
        film = result.film
    elif not result.choices and (req.mention is not None or _another_of_its_films(req)):
        # the question was about a film we do not have ("and the sequel?" of Jaws, none of ours): "it" no
        # longer means the old one
        film = None
    else:
        film = context.film
    # the films talked about before, latest first (a few: "back to …" reaches only so far back)
    earlier = tuple(f for f in dict.fromkeys((context.film, *context.earlier)) if f is not None and f != film)
    return Conversation(
        film=film,
        kind=req.kind,
        subject=req.subject,
        subject_role=req.subject_role,
        choices=result.choices,
        earlier=earlier[:EARLIER_FILMS],
        lacked=req.mention if result.film is None and not result.choices else None,
    )


EARLIER_FILMS = 5


def _another_of_its_films(req: Request) -> bool:
    """The question asks for another film of the title or series talked about: its sequel, a version,
    a year's."""
    return req.sequel is not None or req.version is not None or (req.year is not None and not req.films)


# what the reviews of a film we found leave unsaid, so the reader knows which film was looked at
_UNSAID = {
    "director": "My reviews of {film} don't name its director.",
    "writer": "My reviews of {film} don't name its writers.",
    "source": "My reviews of {film} don't say what it is based on.",
}
_UNSAID_ANY = "My reviews of {film} don't say."


def finish(req: Request, result: Answer | None, film: FilmRef | None, context: Conversation) -> Answer:
    """The one place thresholds apply; every answer leaves with the conversation that follows it."""
    # (never a bare "I don't have that": which film's reviews were read, or that the film is unknown)
    note = _UNSAID.get(req.kind, _UNSAID_ANY).format(film=film.label) if film is not None else ""
    if result is None:
        result = ev.abstain(req, film, note=note or "Which film do you mean?")
    elif not result.abstained and result.confidence < THRESHOLDS.get(result.kind, 0.3):
        result = ev.abstain(req, film, note=note, confidence=result.confidence, sources=result.sources)
    return replace(result, conversation=_next(req, result, context))


def _accepted(result: Answer | None) -> bool:
    return (
        result is not None and not result.abstained and result.confidence >= THRESHOLDS.get(result.kind, 0.3)
    )


def _by_own_words(view: View, req: Request, films: tuple[FilmRef, ...]) -> FilmRef | None:
    """The one film whose reviews name more of the question's own words than any other ("donnie" in
    The Wolf of Wall Street of 2013): names, written with a capital inside a sentence, not any word
    ("the black and white king kong" is not the film whose summary says "white" most)."""
    title = {w for f in films for w in ev.words(f.title)}
    words = {
        w for w in ev.words(req.query) if w not in FRAME and w not in title and view.doc_share(w) <= RARE_NAME
    }
    if not words:
        return None
    counts = {f: len(words & _names_in(view, f)) for f in films}
    ranked = sorted(films, key=lambda f: -counts[f])
    return ranked[0] if counts[ranked[0]] > counts[ranked[1]] else None


RARE_NAME = (
    0.01  # a name that tells versions apart is rare ("donnie"), not "black" (Jack Black, black comedy)
)


def _names_in(view: View, film: FilmRef) -> set[str]:
    """The words of the names its reviews write with capitals inside a sentence."""
    return {
        w
        for p in view.passages(film)
        for name in search.NAME.findall(p.text)
        for w in ev.words(re.sub(r"['’]s\b", "", name))  # "Shakespeare's Hamlet"
    }


# the frame of a quoted answer, and of a credit ("X stars A (B)": two casts agree on names, not "stars")
_FILLER = frozenset(
    {"from", "reviews", "review", "says", "stars", "plays", "directed", "written", "voices", "leads", "cast"}
)
_PLAIN_WORDS = frozenset({"based", "novel", "book", "same", "name", "story", "play", "volume", "two"})


def _gist(result: Answer) -> frozenset[str]:
    """An answer's own words, without its film, its quote and its filler: what two films' answers
    must share to agree."""

    def own(text: str) -> frozenset[str]:
        if result.film is not None:
            text = text.replace(result.film.label, "")
        return frozenset(
            w
            for w in ev.words(text)
            if w not in ev.STOP | _FILLER and w not in _PLAIN_WORDS and not w.isdigit()
        )

    # a story answer is all quote ("From the reviews of X: “…”"): the names and numbers it quotes
    # must agree (two films' sentences share many plain words: "a 1960 American horror film")
    if result.kind == "plot":
        title = set(ev.words(result.film.title)) if result.film else set()
        return (
            frozenset(
                w.lower() for w in re.findall(r"\b(?:[A-Z][\w'’-]+|\d+)", result.answer.split("“", 1)[-1])
            )
            - title
            - ev.STOP
        )
    return own(result.answer.split("“")[0]) or own(result.answer)


def _agree(results: list[Answer]) -> bool:
    """Films sharing a title give the same answer ("Lisa and Lottie by Erich Kästner" for both Parent
    Traps): each pair of answers shares at least half the words of the shorter."""
    gists = [_gist(r) for r in results]
    return all(g and h and len(g & h) >= min(len(g), len(h)) / 2 for g in gists for h in gists)


def _disambiguate(view: View, req: Request, films: tuple[FilmRef, ...]) -> Answer | None:
    """Of several films sharing a title: the one whose reviews hold the question's own words ("who
    plays donnie in wolf of wall street"), or the only one with an answer, or any when they all give
    the same answer ("what play is west side story based on"). None: ask which."""
    chosen = _by_own_words(view, req, films)
    if chosen is not None:
        # ("the daniel craig casino royale whats the big game bond plays": the story, when the cast list
        # answers nothing asked)
        results = [_or_story_of_cast(view, req, HANDLERS[req.kind](view, req, chosen), chosen)]
    elif req.kind == "verdict":
        return None
    else:
        # (a story sentence chosen by meaning alone is a guess, which tells no film apart: "huricane heist
        # what category is the storm" is not about The Storm of 1922)
        results = [
            r
            for f in films
            if (r := HANDLERS[req.kind](view, req, f)) is not None
            and _accepted(r)
            and r.confidence != plot.LONE_SENTENCE
        ]
        if len(results) != 1 and (len(results) < len(films) or not _agree([r for r in results if r])):
            return None
    result = results[0]
    if result is None or not _accepted(result):
        return None
    chosen = result.film
    others = ", ".join(f.label for f in films if f != chosen)
    if len(results) > 1:
        return replace(result, answer=f"{result.answer} (The same for {others}.)")
    return replace(result, answer=f"{result.answer} (I also have {others}: add the year to ask about it.)")


_STORY_FOCI = frozenset({"where", "when", "who", "why", "name"})


def _story_of_closest(view: View, req: Request) -> Answer | None:
    """Only when that film's title or people carry a name the question uses ("ferris", "marty"): "who
    is the most memorable villain" or "films with a twist ending" are about no one film."""
    hits = view.search(req.query or req.text, k=1)
    if not hits:
        return None
    film = hits[0].passage.film
    facts = view.facts(film)
    named = [film.title, *facts.people, *(c.character for c in facts.cast if c.character)]
    names = {w for n in named for w in ev.words(n)} - ev.STOP
    said = {w for w in ev.words(req.query or req.text) if w not in FRAME}
    if not names & said:
        return None
    # the story's own rare words must be that film's too, some of them ("clint eastwood orangutan
    # movie" is not Gran Torino, whatever the name shared)
    text = {ev.stem(w) for p in view.passages(film) for w in ev.words(p.text)}
    rare = {w for w in said - names - ev.STOP if len(w) > 3 and view.doc_share(w) <= RARE_NAME}
    if rare and not any(ev.stem(w) in text for w in rare):
        return None
    # ("who was javert in the les mis from 1952": a part of that film asks who plays it)
    asked = _who_is_part(view, req, film)
    result = HANDLERS[asked.kind](view, asked, film)
    if result is None or (result.kind == "plot" and result.confidence == plot.LONE_SENTENCE):
        return None  # (a guess by meaning, of a film no one named: "where did it first air")
    cap = hits[0].dense if hits[0].dense is not None else 0.5
    return replace(result, confidence=min(result.confidence, cap))


_OWNED = re.compile(r"(?:['’]s?)?((?: [a-z]+){1,3}?)(?= in | from | on |[?!.,]|$)")


def _names_a_part(req: Request) -> bool:
    """A weak title's word names the part asked about ("who plays the girl in it"), not the stars
    ("who are the two big stars in it")."""
    said = re.escape(fold(req.mention or ""))
    return (
        bool(said)
        and re.search(rf"\b{said} (?:stars?|actors?|actresses|names|leads|cast)\b", fold(req.text)) is None
        # ("and which country singer is in the cast": which of the cast is one, not a part by that name)
        and re.search(rf"\bwhich {said} (?:\w+ )?(?:is|was|are|were) in\b", fold(req.text)) is None
    )


def _part_of_mention(req: Request) -> str | None:
    """The part a title-like word names: "the girl"; "the killer's girlfriend" with what it owns
    (not the killer himself)."""
    mention = req.mention or ""
    at = req.text.lower().find(mention.lower())
    m = (
        _OWNED.match(req.text.lower(), at + len(mention))
        if at >= 0 and mention.endswith(("'s", "’s", "s"))
        else None
    )
    return f"{mention}{m.group(1)}" if m else req.mention


def _part_carried(view: View, req: Request, context: Conversation, film: FilmRef) -> Request:
    """ "and in the 79 remake" after "who played the count in the 1931 dracula": the part asked before,
    by the name the other film gave it (Count Dracula), when its description names no part here."""
    if context.film is None or req.subject != context.subject or req.subject_role != "character":
        return req
    here = view.facts(film)
    if not req.subject or cast.part_name(req.subject, here) is not None:
        return req
    named = cast.part_name(req.subject, view.facts(context.film))
    return replace(req, subject=named) if named and cast.part_name(named, here) is not None else req


PART_WORDS = 3  # the most words naming a part alone ("and elwood?", "smee in hook")


def _part_said(view: View, req: Request, film: FilmRef, typed: list[str]) -> Request | None:
    """A part (or an actor) of the film named by the few words typed besides the question's frame:
    who plays it (or whom they play)."""
    words = [w for w in typed if w not in FRAME]
    if not 1 <= len(words) <= PART_WORDS:
        return None
    said = " ".join(words)
    for credit in view.facts(film).cast:
        if credit.character and names_part_called(said, credit.character):
            return replace(req, kind="cast", subject=said, subject_role="character")
        if name_match(said, credit.person) >= 90:
            return replace(req, kind="cast", subject=said, subject_role="actor")
    return None


def _actors_name(view: View, req: Request, film: FilmRef) -> Request:
    """ "what's anthony hopkins' name in the remains of the day": the name of someone in its cast is
    the part they play (not "what's the dog's name": a name in the story)."""
    m = _NAME_OF.match(req.query) if req.kind == "plot" and not req.subject else None
    if m is None:
        return req
    who = next((c.person for c in view.facts(film).cast if is_name(m.group("who"), c.person)), None)
    return req if who is None else replace(req, kind="cast", subject=who, subject_role="actor")


_NAME_OF = re.compile(
    r"^(?:what|whats) (?:is |was |s )?(?P<who>[a-z][\w ]+?)(?: s)? (?:name|called)(?: in)?$"
)


def _part_alone(view: View, req: Request, film: FilmRef) -> Request:
    """ "smee in spielbergs hook": a part of the film typed with its title and nothing else asks who
    plays it."""
    if req.kind != "plot" or req.focus or req.subject or req.followup or req.made_by:
        return req
    title = set(ev.words(req.mention or "")) | set(ev.words(film.title))
    typed = [w for w in ev.words(req.query) if w not in title]
    # (the name and nothing else: "michael douglas is an agent of what" asks of the story)
    if any(w in FRAME and w not in _NAME_JOINS for w in typed):
        return req
    return _part_said(view, req, film, typed) or req


_NAME_JOINS = frozenset({"in", "from", "of", "s"})  # "smee in hook", "hooks smee"


def _part_of_talk_asked(view: View, req: Request, film: FilmRef, context: Conversation) -> Request:
    """The part a short follow-up names, of the film talked about."""
    # ("and lbj?" about Selma: a part of the film talked about, not the film LBJ)
    if req.switch and film == context.film and film not in req.films:
        req = _part_named(view, replace(req, subject=None, subject_role=None), film)
    elif req.followup and not req.subject:
        req = _part_named(view, req, film)
    # ("and jack?" after "who plays rose": that part, though no review names it)
    another = name_of_talk(view, req, context) if film == context.film else None
    if another is not None and fold(req.subject or "") != another:
        req = replace(req, kind="cast", subject=another, subject_role="character")
    return req


def _part_named(view: View, req: Request, film: FilmRef) -> Request:
    """ "and elwood?" after "who directed the blues brothers": a part (or an actor) of the film named
    alone asks who plays it (or whom they play), not the last question again."""
    if not 1 <= len([w for w in ev.words(req.text) if w not in FRAME]) <= PART_WORDS or req.made_by:
        return req  # "and the tom cruise one?": the name picked the version, the question stays
    named = _part_said(view, req, film, ev.words(req.text))
    if named is not None:
        return named
    # "and the american journalist" after "who plays the poet": a part described, in a talk of parts
    # (a few words: not "and his daughter's friend he gets obsessed with", a clause to read whole)
    described = " ".join(w for w in ev.words(req.text) if w not in {"and", "or", "what", "about", "ok"})
    if (
        req.kind == "cast"
        and len(described.split()) <= 4
        and cast.names_part(view, described, view.facts(film))
    ):
        return replace(req, subject=described, subject_role="character")
    return req


_WHO_IS = re.compile(r"^who (?:is|s|was) (?P<a>.+)$|^(?P<b>.+) (?:is|was) who$")
_WHO_AFTER = re.compile(r"(?<=\bwho)(?: (?:exactly|again|tho|though|lol|then))+$")
_NOT_A_PART = frozenset({"for", "to", "with", "about", "at", "by", "from", "after", "they", "he", "she"})


def _lead_job(view: View, req: Request, film: FilmRef) -> Request:
    """ "grosse pointe blank whats his job": the lead's part, and what the reviews say it is (the
    first-billed actor whose part is described)."""
    if req.kind != "plot" or req.subject or not _LEAD_JOB.search(req.query.lower()):
        return req
    cast = view.facts(film).cast
    # (else the first part named: its sentence may say what they do, "assassin Martin Q. Blank (Cusack)")
    lead = next((c for c in cast if c.description), None) or next(
        (c for c in cast if c.character and c.evidence), None
    )
    return req if lead is None else replace(req, kind="cast", subject=lead.person, subject_role="actor")


def _part_job(view: View, req: Request, film: FilmRef) -> Request:
    """ "willie dynamite what does willie do for a living": the job of a part named that no credit
    pairs with an actor (nor is an actor called so), which the story tells; a part credited is read
    with its credit ("Gerwig also plays the title role, a struggling 27-year-old dancer")."""
    if req.kind != "cast" or not req.subject or not _JOB_ASKED.search(req.text.lower()):
        return req
    said = req.subject
    # (a part whose credit says nothing of it, "Gibson Gowland as Dr. John McTeague", is read in the
    # story: "whats mcteague's job in greed" → "McTeague, a San Francisco dentist")
    if any(
        is_name(said, c.person) or (c.character and is_name(said, c.character) and c.description)
        for c in view.facts(film).cast
    ):
        return req
    return replace(req, kind="plot", subject=None, subject_role=None)


_JOB_ASKED = re.compile(
    r"\bdo for (?:a )?(?:living|work|money)\b|\b(?:job|occupation|profession|line of work)\b"
)


_LEAD_JOB = re.compile(
    r"\b(?:his|her|their|(?:main|lead|central) (?:character|protagonist|guy|girl)(?: s)?) "
    r"(?:(?:day )?jobs?|occupation|profession|line of work)\b"
    r"|\bwhat (?:does|did) (?:he|she) do for (?:a )?living\b"
)


def _troupe_asked(view: View, req: Request, film: FilmRef) -> Request:
    """ "heroes of the saddle which mesquiteers were in it": which of a troupe its reviews name with a
    capital ("Three Mesquiteers") were in it asks for its cast."""
    m = _WHICH_OF_TROUPE.search(fold(req.text)) if req.kind == "plot" else None
    if m is None:
        return req
    named = re.compile(rf"\b[A-Z]\w* {re.escape(m['troupe'].capitalize())}\b")
    told = any(named.search(p.text) for p in view.passages(film))
    return replace(req, kind="cast", subject=None) if told else req


_WHICH_OF_TROUPE = re.compile(
    r"\bwhich (?:of the )?(?P<troupe>[a-z]{4,}s) (?:are|were) in (?:it|this|that|the (?:film|movie))\b"
)


def _who_is_part(view: View, req: Request, film: FilmRef) -> Request:
    """ "adventureland whos emily", "island of lost souls whos the mad scientist", "apt pupil the high
    school kid is who": who a part of the film is asks who plays it (the answer names the part too);
    not "who is travis searching for"."""
    query = _WHO_AFTER.sub("", req.query)
    # ("coriolanus - gerard butler is who exactly": the name after the title is whom it asks about)
    query = f"{req.aside} {query}" if req.aside and query in {"is who", "was who"} else query
    m = _WHO_IS.match(query) if req.kind == "plot" and req.focus == "who" and not req.subject else None
    if m is None:
        return req
    facts = view.facts(film)
    # (a title's words are no part, unless a part is called by them: "oliver twist whos oliver")
    title = set(ev.words(film.title)) - {
        w for c in facts.cast if c.character for w in ev.words(c.character.lower())
    }
    said = [
        w
        for w in ev.words(m.group("a") or m.group("b"))
        if w not in title and w not in {"film", "movie", "flick"}
    ]
    asked = m.group("a") or ""
    if "in" in said[1:]:
        said = said[: said.index("in", 1)]  # "who was javert in the les mis from 1952": the film after "in"
    cut = next((i for i, w in enumerate(said) if w in _NOT_A_PART or w.endswith(("ing", "ed"))), None)
    if cut and asked.startswith("the "):
        said = said[:cut]  # "whos the texas ranger chasing them": the part, then what it does
    if not 1 <= len(said) <= 4 or _NOT_A_PART & set(said) or any(w.endswith(("ing", "ed")) for w in said):
        return req
    subject = " ".join(said)
    part = cast.names_part(view, subject, facts)
    actors = [c.person for c in facts.cast if name_match(subject, c.person) >= 90]
    # "xfiles movie 98 david duchovny is who": an actor, asked for the part; but a part's name is only
    # near an actor's ("whos olive" is Olive Byrne, not Oliver Platt) unless the actor's words say it
    if actors and (not part or any(set(said) <= set(fold(a).split()) for a in actors)):
        return replace(req, kind="cast", subject=subject, subject_role="actor")
    if not part:
        return req
    return replace(req, kind="cast", subject=subject, subject_role="character")


# "who plays kenneth chamberlain in the movie about him": the question, and the film named for the
# person it asks about
_ABOUT_THEM = re.compile(
    r"^(?P<q>.+?) in (?:the|that|this) (?:\w+ ){0,2}(?:movie|film|biopic|one|flick) about (?:him|her|them)$"
)
ABOUT_NAME_WORDS = 2  # the fewest words of a name a title must hold to be the film about them


def _film_about(view: View, req: Request) -> tuple[str, FilmRef] | None:
    """The question without "in the movie about him", and the one film whose title holds a name of
    two words or more the question says."""
    m = _ABOUT_THEM.match(" ".join(ev.words(fold(req.text))))
    if m is None:
        return None
    # (the name: a run of words none of which is a question's, "kenneth chamberlain")
    runs: list[list[str]] = [[]]
    for w in m.group("q").split():
        if w in FRAME:
            runs.append([])
        else:
            runs[-1].append(w)
    for name in (" ".join(r) for r in runs if len(r) >= ABOUT_NAME_WORDS):
        titled = view.titles.holding(name)
        if len(titled) == 1:
            return m.group("q"), titled[0]
    return None


def _past_refusal(view: View, req: Request, refusal: Answer, context: Conversation) -> Answer:
    """No one film resolved: the film of a series the story tells ("the friday the 13th where jason
    goes to space": of the series, not of the two films so titled), the film of the title its story
    picks, the film a question naming none holds the rare words of ("what does merida's mom turn
    into"), or the refusal."""
    choices = refusal.choices
    in_series = _which_of_series(view, req, choices[0]) if choices else None
    if in_series is not None:
        return finish(req, in_series, in_series.film, context)
    picked = _disambiguate(view, req, choices) if choices else None
    # (not when the refusal says which film we lack: "what happens in three little pirates" is not
    # Pirates of the Skies, whose passage holds the rare word "pirates")
    lacked = ev.NO_REVIEWS in refusal.answer
    found = _or_story_told(view, req, picked) or (
        _by_rare_words(view, req, context) if not choices and not lacked else None
    )
    return finish(req, found or refusal, found.film if found else None, context)


def _read_with_the_index(view: View, req: Request) -> Request:
    """A question naming no film by option, read again with what the index knows (a decade told first,
    then the one other reading that applies, if any). The readings are alternatives, each tried on
    the question as parsed. Two that read it alike agree ("bowery boys movie that was number 22 in the
    series": the film asked for, by the people it names and by its place in the series); two that read
    it differently would read it two ways, so the parse stands."""
    req = _told_of_another_decade(_names_not_titles(view, req))
    readings = list(dict.fromkeys(read for reading in _READINGS if (read := reading(view, req)) != req))
    if len(readings) > 1:
        log.debug("%d readings of %r; keeping the parse", len(readings), req.text)
    return readings[0] if len(readings) == 1 else req


def _names_not_titles(view: View, req: Request) -> Request:
    """ "keanu reeves bus bomb", "sandra bullock bus bomb movie": a title passed over that is words of
    someone the question names in full is their name, no film (not Keanu, nor Sandra)."""
    named = [set(person.split()) for person in view.people().named_in(req.text) if " " in person]
    kept = tuple(
        film
        for film in req.passed_over
        if not any(set(key_words(film.title)) - ARTICLES <= name for name in named)
    )
    return req if kept == req.passed_over else replace(req, passed_over=kept)


def _of_the_series_told(view: View, req: Request, context: Conversation) -> Request:
    """ "and the one where they go to town" after Ma and Pa Kettle: no film to find by its story, but
    the question asked of that film of the series."""
    retold = retold_with_sibling(view, req, context) if req.which_film else None
    if retold is None:
        return req
    asked = parse(retold, view.titles)
    return replace(asked, text=req.text, followup=asked.followup or asked.kind == "search")


def run(view: View, req: Request, film: str | FilmRef | None, context: Conversation) -> Answer:
    if req.kind == "career":
        return _career(view, req, context)  # someone's films: no one film to find
    found = _run(view, req, film, context)
    if film is None and _unplaced(req, found, context):
        # ("theres a doc from the early 2000s about linux and the open source crowd, whats it called":
        # no film named or talked about, so the one it tells is asked for)
        asked = _asked_which(req)
        guessed = search.which_film(view, asked)
        # (not a title typed and passed over as the start of a longer one we lack: "tell me about the
        # rescuers down under lol" is not The Rescuers)
        if _passed_over_for_a_longer_title(view, req, guessed.film):
            return found
        return finish(asked, _of_described(view, asked, guessed), None, context)
    return found


def _career(view: View, req: Request, context: Conversation) -> Answer:
    """ "what else did he direct" after The Godfather, "what other movies has tom hanks been in": the
    person named, or the one the conversation was about in that job, and their other films of ours."""
    # (no job said of someone named: whatever they do most, "what else has spielberg done")
    unsaid = career.ANY_JOB if req.subject else _JOB_OF_KIND.get(context.kind or "", "actor")
    job = req.subject_role or unsaid
    named = _full_names(view, req.subject, job) if req.subject else []
    person = named[0] if len(named) == 1 else None
    job = career.main_job(view, person) if person is not None and job == career.ANY_JOB else job
    person = person or (None if req.subject else _talked_person(view, context, job))
    film = context.film
    if person is None:
        return finish(req, ev.abstain(req, note=_whose_career(req, named)), None, context)
    if film is not None and career.credited(view, film, person, job) is None:
        film = None  # (someone the film talked about does not credit in that job: no "besides" it)
    asked = replace(req, subject=person, subject_role=job)
    return finish(asked, career.answer(view, asked, film), film, context)


def _whose_career(req: Request, named: list[str]) -> str:
    if req.subject is None:
        return "Whose films do you mean?"
    if named:
        return f"Whom do you mean: {ev.listing([n.title() for n in named[:5]])}?"
    return f"I don't know anyone called {req.subject}."


_JOB_OF_KIND = {"director": "director", "writer": "writer", "cast": "actor"}


def _full_names(view: View, said: str, job: str) -> list[str]:
    """Whom a name typed means: the one so named in full, else those of that surname who have a film
    of ours in the job asked ("coppola" who directed: Francis Ford and Sofia)."""
    people = view.people()
    if people.films_of(said):
        return [said]
    named = people.anyone_with_surname(fold(said)) if " " not in said.strip() else []
    counts = {n: sum(career.credited(view, f, n, job) is not None for f in people.films_of(n)) for n in named}
    ranked = sorted((n for n in named if counts[n]), key=lambda n: -counts[n])
    # (one of them far the most often: "spielberg" who directed is Steven, not Sasha)
    if len(ranked) > 1 and counts[ranked[0]] >= SURNAME_LEAD * counts[ranked[1]]:
        return ranked[:1]
    return ranked


SURNAME_LEAD = 3  # films in the job asked, times the next of that surname, that make a surname theirs


def _talked_person(view: View, context: Conversation, job: str) -> str | None:
    """Whom "he" or "she" is, of the film talked about: its one director or writer, the actor asked
    about, or the actor of the part asked about."""
    if context.film is None:
        return None
    facts = view.facts(context.film)
    if job != "actor":
        credits = facts.crew(job)
        return credits[0].person if credits else None
    said = fold(context.subject or "")
    if context.subject_role == "actor" and said:
        return next((c.person for c in facts.cast if said in fold(c.person)), None)
    if context.subject_role == "character" and said:
        return next((c.person for c in facts.cast if c.character and said in fold(c.character)), None)
    return None


# a question asking for a film's name ("…, whats it called", "whats the doc that …", "title?"), or
# telling a film with no question word at all ("snowboarding comedy that spoofs casablanca")
_NAME_ASKED = re.compile(
    r"^(?:(?:so|ok|hey|and)\W+)?(?:what|whats|which)\b(?: (?:is|was|s))? (?:the|that|this) (?:[\w-]+ ){0,4}?"
    r"(?:movie|film|flick|one|1|doc|documentary|mockumentary|cartoon|short|video|thing|picture|western|comedy"
    r"|musical|drama|thriller|horror|silent)\b"
    r"|\bwhat(?: (?:is|was|s)|s)? (?:it|that|this)(?: one| movie| film)?(?: called)?\W*$"
    # (not "whats the orangutans name": a name in the story)
    r"|(?:^|[,.;:!?-] ?|\b(?:the|its|what is the|whats the|what was the) )(?:title|name)(?: pls| please)?\W*$"
    r"|\b(?:which|what) (?:movie|film|one)\b"
)
_TOLD = re.compile(r"\b(?:that|where|about|in which|who)\b")
DESCRIBED_WORDS = 4  # content words a message telling a film has, at least


def _unplaced(req: Request, found: Answer, context: Conversation) -> bool:
    """Nothing named a film, none is talked about, and the message tells one in four content words or
    more and asks for its name or asks nothing: which film it tells is the question, not "which film
    do you mean?"."""
    if not found.abstained or found.film is not None or found.choices or context.film is not None:
        return False
    if req.films or req.unknown_title or req.which_film or not req.refers_back:
        return False
    words = fold(req.text).split()
    # (a film told: what it is, then its story — not "return of the ape man bela lugosi year", a title
    # we lack and what is asked of it)
    # (or asked with a question mark alone: "timothee chalamet cannibal road trip romance??")
    unasked = not any(w in ASKING or w in {"whose", "whom"} for w in words)
    bare = unasked and (
        ("?" not in req.text and _TOLD.search(" ".join(words)) is not None)
        # (nothing else asked: not "his fighting blood kermit maynard plot?", a story asked of a title)
        or (req.text.rstrip().endswith("?") and req.kind == "search")
    )
    told = len(ev.content_stems(req.text)) >= DESCRIBED_WORDS
    return told and (bare or _NAME_ASKED.search(re.sub(r"['’]", "", req.text.lower())) is not None)


def _of_the_title_we_lack(view: View, req: Request, context: Conversation) -> Conversation:
    """ "toy story 3" (a film we lack), then "what about the first one" or "the 1995 one": asked of
    the film we have whose whole title the one we lack holds (Toy Story), as if it were talked about."""
    if context.film is not None or not context.lacked or req.films or req.mention:
        return context
    if req.sequel is None and req.version is None and req.year is None:
        return context
    said = set(key_words(context.lacked))
    base = next(
        (f for f in view.titles.suggest(context.lacked) if set(key_words(f.title)) - ARTICLES <= said), None
    )
    return context if base is None else replace(context, film=base)


def _run(view: View, req: Request, film: str | FilmRef | None, context: Conversation) -> Answer:
    context = _of_the_title_we_lack(view, req, context) if film is None else context
    req = _with_context(req if film is not None else _of_the_series_told(view, req, context), context)
    req = _read_with_the_index(view, req) if film is None else req
    req = _told_not_named(view, _told_by_costars(view, req, context)) if film is None else req
    req = _asked_of_that(_part_not_a_title(view, req, context), context) if film is None else req
    if req.which_film and film is None:
        guessed = search.which_film(view, req)
        lacked = _title_lacked_before_name(view, req, guessed)
        return finish(req, lacked or _of_described(view, req, guessed), None, context)
    target = resolve(view, req, film, context)
    if target.refusal is not None:
        return _refused(view, req, target.refusal, context)
    # "who plays the girl in it" about King Kong: "the girl" is the part, not The Girl; "who plays
    # juno": the part the title is named for
    # (not "who was in the third godfather": the title names the series the film is of)
    part_not_title = (
        req.weak_mention
        and req.sequel is None
        and req.kind == "cast"
        and not req.subject
        and _names_a_part(req)
    )
    asked_of_title = title_role_asked(req) is not None
    title_role = target.film in req.films and (mention_is_part(req) or asked_of_title)
    # ("who plays the wolf man in that": the title named is the part, of the film pointed at)
    pointed = target.film is not None and target.film not in req.films and asked_of_title
    part_not_title = part_not_title or (req.kind == "cast" and not req.subject and (title_role or pointed))
    # ("the creeper guy - actor?" after Jeepers Creepers: the part its title names, then a word for someone)
    someone = req.subject in {"guy", "girl", "man", "woman", "one"} and target.film == context.film
    part_not_title = part_not_title or (req.kind == "cast" and someone and target.film not in req.films)
    if target.film is not None and part_not_title and (target.film not in req.films or title_role):
        req = replace(req, subject=_part_of_mention(req), subject_role="character")
    if target.film is not None:
        req = _part_of_talk_asked(view, req, target.film, context)
    if target.film is not None and context.film is not None and target.film != context.film:
        req = _part_carried(view, req, context, target.film)
    if target.film is not None and req.kind == "search":
        req = replace(req, kind="plot")  # "what race are they trying to win", about the film talked about
    if target.film is not None:
        req = _lead_job(view, _who_is_part(view, _part_job(view, req, target.film), target.film), target.film)
        req = _actors_name(view, _part_alone(view, req, target.film), target.film)
        req = _troupe_asked(view, req, target.film)
    if target.film is None and req.kind == "plot" and not req.unknown_title:
        guess = search.only_film(view, req)
        if guess is not None:
            # ("who was javert in the les mis from 1952": a part of the film found asks who plays it)
            req = _who_is_part(view, req, guess)
            found = _release_of_untitled(req, HANDLERS[req.kind](view, req, guess))
            return finish(req, _of_the_film_said(req, context, found), guess, context)
    if target.film is None and req.kind == "plot" and req.focus in _STORY_FOCI and not req.unknown_title:
        # "what year does marty get sent back to": the film of the passage closest to the question,
        # read like any story question, and no surer than that passage is close
        found = _release_of_untitled(req, _story_of_closest(view, req))
        return finish(req, _of_the_film_said(req, context, found), None, context)
    # "what song does fowley make cherie sing": the passage that holds its rare words (not for a
    # version we could not find: "what happens in the original tron from 82")
    # (nor for "what's midnight at copper creek about": the story of a film we could not find)
    edition = req.year is not None or req.version is not None or req.sequel is not None
    story = req.kind == "plot" and not edition and req.focus not in {"about", "end", "start"}
    if target.film is None and (req.kind == "search" or story) and not req.unknown_title:
        return finish(req, _of_the_film_said(req, context, _searched(view, req, context)), None, context)
    in_series = _which_of_series(view, req, target.film)
    found = in_series or _or_story_told(view, req, HANDLERS[req.kind](view, req, target.film))
    found = _or_the_job(view, req, found, target.film)
    found = _or_story_of_cast(view, req, found, target.film)
    return finish(req, found, in_series.film if in_series is not None else target.film, context)


_IT = re.compile(r"\b(?:it|that one|this one)\b")  # the film a question refers to
_ASKS_WHICH_FILM = re.compile(r"\b(?:which|what) (?:\w+ ){0,2}(?:movie|film|flick|one)\b")


def _of_the_film_said(req: Request, context: Conversation, found: Answer | None) -> Answer | None:
    """A story found for a question asking of "it" with no film talked about is an answer only when
    the question names that film's title ("1900 bertolucci what region … does it take place in"); else
    "it" is a film we cannot see ("butterfield 8 who won the oscar for it" is not Ender's Game, whose
    star is Asa Butterfield)."""
    asked = fold(req.text)
    if found is not None and (_of_another_year(req, found) or _version_we_lack(req, found)):
        return ev.abstain(req, note="Which film do you mean?", closest=list(req.passed_over)[:3])
    if found is None or found.film is None or context.film is not None or not _IT.search(asked):
        return found
    if _ASKS_WHICH_FILM.search(asked):
        return found  # ("which tarzan movie has sean connery in it": "it" is the film asked for)
    said = set(ev.words(req.text))
    title = [w for w in ev.words(found.film.title) if w not in ev.STOP]
    return found if title and set(title) <= said else ev.abstain(req, note="Which film do you mean?")


def _release_of_untitled(req: Request, found: Answer | None) -> Answer | None:
    """The year a film came out, asked of a film found by search, is an answer only when the question
    types that film's whole title ("corregidor war movie was released when"): "what year did it come
    out" is not about Come and Get It."""
    if found is None or found.film is None or found.abstained or not plot.asks_release(req):
        return found
    said = set(ev.words(fold(req.text)))
    title = [w for w in ev.words(fold(found.film.title)) if w not in ARTICLES]
    return found if set(title) <= said else ev.abstain(req, note="Which film do you mean?")


TOLD_MIN_WORDS = 10  # a film told by its story, not named: "70s movie hong kong cast" names it


def _told_of_another_decade(req: Request) -> Request:
    """ "70s action movie … guy plays a courier, shot in hong kong": a long message opening with the
    decade of a film it tells, whose words hold a title of another decade (Hong Kong, 1951), asks
    which film it tells."""
    decade = opening_decade(req.text)
    if decade is None or not req.films or req.year is not None or len(ev.words(req.text)) < TOLD_MIN_WORDS:
        return req
    if any(f.year is not None and decade <= f.year < decade + 10 for f in req.films):
        return req
    return replace(req, kind="search", films=(), mention=None, which_film=True, decade=decade, subject=None)


LONGER_TITLE_END = 2  # the most words (past an article) of a title found at the end of a longer one
# who does something in a question ("where'd they shoot …"): the next word is a verb, not a title's
_SUBJECTS = wordset("they he she it we you i did do does to")
# what is asked when said right after a title, keyword style ("… hockey homicide cast")
_ASKED_LAST = frozenset({"cast", "director", "directed", "writer", "plot", "reviews", "review", "year"})
_MARK = re.compile(r"[,;:!?/()\[\]–—]|\s-\s")  # (a mark between words: "midas - who directed …")


def _opened_by_a_longer_title(view: View, req: Request) -> Request:
    """ "the midas touch 1997 who directed", "muppets most wanted - any reviews", "hot tub time machine
    cast": a short title found at the end of words the message opens with, none of them a question's,
    a kind of film's, a version's, a number or a word of a credited person's name, is the end of a
    longer title we lack: no film of ours (not Touch, 1997), unless the whole is one of our titles
    typed with a slip (or, when not all of them could be a title's, the words right before it:
    `_run_before_title`). Not a lone lowercase title, which gives way anyway ("saving shiloh")."""
    if req.mention is None or not req.films or req.which_film or req.weak_mention:
        return req
    at = req.text.lower().find(req.mention.lower())
    if at <= 0 or _MARK.search(req.text[:at]):
        return req
    title = [w for w in fold(req.mention).split() if w not in ARTICLES]
    words = fold(req.text[:at]).split()
    lead = next((i for i, w in enumerate(words) if w not in _LEADING_CHAT), len(words))
    longer = [w for w in words[lead:] if w not in ARTICLES]
    if not longer or not 0 < len(title) <= LONGER_TITLE_END:
        return req
    people = view.people()

    def titled(w: str) -> bool:
        # (nor a question's word mistyped: "who directd cleopatra jones")
        return not (
            is_frame(w) or is_cue_word(w) or w in _NOT_TITLE_WORDS or w.isdigit() or people.names_with(w)
        )

    adjacent = not all(map(titled, longer))
    if adjacent:
        run = _run_before_title(view, req, words, lead, at, titled)
        if run is None:
            return req
        lead = len(words) - len(run)
    # (the words as typed: "yogi's great escape", "pee-wee's big adventure")
    typed = req.text[:at].split()
    ends = [typed[i:] for i in range(len(typed)) if fold(" ".join(typed[i:])).split() == words[lead:]]
    said = " ".join([*(ends[0] if ends else words[lead:]), req.mention])
    # (a title of ours typed with a slip is that film: "amityvile the awakening"; and the words before
    # may be a title of ours themselves: "ghost town riches three mesquiteers who directed")
    before = said if adjacent else " ".join(words[lead:])
    if any(
        fuzz.ratio(title_key(phrase), title_key(f.title)) >= TITLE_SLIP
        for phrase in (said, before)
        for f in view.titles.suggest(phrase, 3)
    ):
        return req
    return replace(req, films=(), mention=said, unknown_title=True)


def _run_before_title(
    view: View, req: Request, words: list[str], lead: int, at: int, titled: Callable[[str], bool]
) -> list[str] | None:
    """The words right before the title (`words`: the message's before it, folded; `lead`: where those
    after the chat start; `at`: where the title stands) that make a longer title we lack with it, when
    not all of the words the message opens with could be a title's; None when they make none."""
    longer = [w for w in words[lead:] if w not in ARTICLES]
    # ("whats the plot of muppets most wanted", "that goofy cartoon hockey homicide, who made it": the
    # words right before the title, after the question's, when the film's own text has none of them)
    run = list(itertools.takewhile(lambda w: w in ARTICLES or titled(w), reversed(words[lead:])))[::-1]
    run = run[next((i for i, w in enumerate(run) if w not in ARTICLES), len(run)) :]
    # (or the whole opening, small joining words inside it: "satan in high heels who stars"; not
    # "to": "ok lets go back to the party's over")
    # (nor "the dog in up who voices him": a thing of the film, said with its article)
    # (nor a question's word typed short or with a slip: "ppl in mystic pizza", "directer of …")
    keys = [t.key for t in tokenize(" ".join(longer))]
    plain = (
        words[lead] not in ARTICLES
        and len(longer[0]) >= OPENING_WORD_MIN
        and not any(map(is_frame, keys[:1]))
    )
    if plain and titled(longer[0]) and all(titled(w) or w in JOINING - {"to"} for w in longer[1:]):
        run = [w for w in words[lead:] if w not in ARTICLES]
    # (or all the words after a verb whose object is the film, small joining words inside them: "who
    # directed paroled from the big house")
    made = max((i for i in range(lead, len(words)) if words[i] in _MAKING), default=len(words))
    made_of = list(itertools.dropwhile(lambda w: w in ARTICLES, words[made + 1 :]))
    object_ = [w for w in made_of if w not in ARTICLES]
    if object_ and titled(object_[0]) and all(titled(w) or w in JOINING - {"to"} for w in object_):
        run = made_of
    # (no verb of the question: "where'd they shoot tucson raiders", "which silent star headlined …";
    # any word after the verb making the film is the film's)
    said_by = words[len(words) - len(run) - 1] if len(run) < len(words) else ""
    verbs = said_by in _SUBJECTS or (
        said_by not in _MAKING and any(len(w) > 4 and w.endswith(("ed", "ing")) for w in run)
    )
    own = {w for f in req.films for w in ev.film_words(view, f)}
    # (nor whose film it is: "the plot of disneys frozen"; nor a longer title we have: "the chun li
    # street brawler movie" is Street Brawler: The Legend of Chun-Li)
    longer_ours = any(
        set(run) <= set(title_key(f.title).split()) for f in view.titles.holding(req.mention or "")
    )
    # (the title ends the message or the question follows it: not "… cavemen who get kicked out and
    # wander …", a story told)
    after = fold(req.text[at + len(req.mention or "") :]).split()[:1]
    if (
        not run
        or verbs
        or longer_ours
        or not (not after or after[0] in ASKING | _ASKED_LAST or YEAR_TOKEN.match(after[0]))
        or any(w in ROLE_WORDS or w in own or w[:-1] in own for w in run if w not in JOINING)
        or len(req.films) > 1
    ):
        return None
    return run


# the verbs whose object is the film made ("who directed …", "who wrote …")
_MAKING = wordset(
    "directed direct directs wrote write writes penned produced produce produces helmed made make"
)
OPENING_WORD_MIN = 4  # the shortest first word of a longer title read with small words inside it


def _counted_into_a_longer_title(view: View, req: Request) -> Request:
    """ "who directed 39 east", "who starred in 50000 reward": a count (not a year) typed right before
    a title found is the start of a longer title we lack (no film of ours: not The East), unless the
    whole is one of our titles typed with a slip."""
    if req.mention is None or not req.films or req.which_film:
        return req
    at = req.text.lower().find(req.mention.lower())
    before = fold(req.text[:at]).split() if at > 0 else []
    if not before or not before[-1].isdigit() or YEAR_TOKEN.match(before[-1]):
        return req
    if req.year is not None and int(before[-1]) == req.year % 100:
        return req  # (a year in two digits: "in the 84 dune")
    said = f"{before[-1]} {req.mention}"
    if any(
        fuzz.ratio(title_key(said), title_key(f.title)) >= TITLE_SLIP for f in view.titles.suggest(said, 3)
    ):
        return req
    return replace(req, films=(), mention=said, unknown_title=True)


_NOT_TITLE_WORDS = FRAME | GENRE_WORDS | NATIONALITIES | TITLE_SAID | VERSION_WORDS


_LEADING_CHAT = CHATTER | LINKS


def _title_inside_a_name(view: View, req: Request) -> Request:
    """ "rin tin tin movie from 1929, part talkie, crime story": the words read as a title (Tintin's,
    "tin tin") end the name of someone the films credit, said in full, and no film of that title and year
    is ours: a film of theirs to find (with one, the name before the title is `_leading`'s to read).
    Said at the start of a name, they are no film even when one has that title, in a question of no
    other kind ("universal 1938 movie in their tough kids series, without any og dead end kids …": the
    Dead End Kids, not Dead End)."""
    if req.mention is None or req.which_film:
        return req
    mention = fold(req.mention)
    text = fold(req.text)
    before = re.search(rf"(\w+) {re.escape(mention)}\b", text) if not req.films else None
    after = re.search(rf"\b{re.escape(mention)} (\w+)", text)
    people = [f"{before[1]} {mention}" if before else "", f"{mention} {after[1]}" if after else ""]
    read = {person: view.people().named_in(person) for person in people if person}
    named = [person for person, names in read.items() if person in names]
    if not named:
        return req
    # ("frontiers of 49 wild bill elliott, who else is in it", "the salton sea val kilmer whats it
    # about": a star's name, not Wild Bill or Val — the question read without it, the name checked
    # against any film it then names)
    said = re.compile(r"\b" + r"\W+".join(map(re.escape, named[0].split())) + r"\b", re.IGNORECASE)
    at = said.search(req.text)
    asked = parse(said.sub(" ", req.text, count=1), view.titles) if at is not None else None
    # (a title typed before the name, as a star is said after the film: not "rin tin tin movie from
    # 1929, part talkie, …", a film of theirs told)
    typed = (
        at is not None
        and asked is not None
        and asked.mention is not None
        and 0 <= req.text.lower().find(asked.mention.lower()) < at.start()
    )
    if asked is not None and (typed or (req.films and req.kind not in {"search", "plot"})):
        aside = asked.aside or (named[0] if asked.films else None)
        return replace(asked, text=req.text, aside=aside)
    if (req.films and req.kind not in {"search", "plot"}) or not any(
        read[person] == [person] for person in named
    ):
        return req
    return _asked_which(req)


def _told_of_their_film(view: View, req: Request) -> Request:
    """ "michael cera and jack black as cavemen who get kicked out and wander …": a long message naming
    people in full, none of whom the one film its words hold (Kicked Out, 1918) credits or its reviews
    name, tells another film, theirs: asks which film it tells."""
    words = ev.words(fold(req.text))
    # (a story told, not a question asked of the film named: "who wrote taking care of business, the
    # jim belushi one", "husbands and wives woody allen who else is in it", "back to …")
    asked = not words or words[0] in ASKING or "it" in words or words[:2] == ["back", "to"]
    # (nor the part someone plays, asked: "iron eagle 3 lou gossett jr is playing who again")
    asked = asked or (req.subject_role == "actor" and bool(req.subject))
    if len(req.films) != 1 or req.which_film or len(words) < TOLD_MIN_WORDS or asked:
        return req
    # (by their full names: "the rock" is a name some cast lists give, and no full name)
    people = view.people()
    # (not the person a version is said not to be by: "naked gun 1956 …, not the leslie nielsen one")
    unsaid = set(fold(req.not_made_by or "").split())
    # (nor a name the title holds: "come back to the 5 and dime jimmy dean jimmy dean" names no James Dean)
    titled = set(title_key(req.films[0].title).split())
    # ("stanwyck's final film, a woman whose …": a surname alone, as an owner, of one person with films)
    names = [
        n
        for n in people.named_in(req.text) or people.owner_named(_without_mention(req))
        if not n.startswith("the ") and not set(n.split()) <= unsaid and n.split()[-1] not in titled
    ]
    if not names:
        return req
    # (of the films its title opens, any: "… in the chun li street fighter movie" is The Legend of Chun-Li)
    films = view.titles.starting(req.mention) if req.mention else []
    if any(_of_theirs(view, film, names) for film in dict.fromkeys([req.films[0], *films[:MAX_SERIES]])):
        return req
    return _asked_which(req)


def _without_mention(req: Request) -> str:
    """The question without the words naming the film ("papa's delicate condition": no Papa named)."""
    return re.sub(re.escape(req.mention), " ", req.text, flags=re.IGNORECASE) if req.mention else req.text


def _of_theirs(view: View, film: FilmRef, names: list[str]) -> bool:
    """The film credits one of the people named, or its reviews name them."""
    people = view.people()
    facts = view.facts(film)
    # (its own credits too, however surely read: "Neville Brand portrayed Pap Finn")
    read = {fold(p) for p in facts.people} | {
        fold(c.person) for c in (*facts.cast, *facts.directors, *facts.writers)
    }
    said = _names_in(view, film)
    return any(film in people.films_crediting([n]) or n in read or set(n.split()) <= said for n in names)


def _asked_which(req: Request) -> Request:
    return replace(req, kind="search", films=(), mention=None, which_film=True, subject=None, query=req.text)


# "… plays who", "… is which character", "… role": the part of the actor named right before
_PART_ASKED = re.compile(
    r"\W+(?:(?:is|was|plays|played|voices|voiced|portrays|portrayed|is playing) (?:who|what|which)"
    r"(?: (?:character|role|part|guy|person))?|(?:role|part|character)(?: name)?)(?: exactly| again| then)?\W*$"
)


def _title_then_its_actor(view: View, req: Request) -> Request:
    """ "in jaws roy scheider plays who", "heat al pacino is which character", "demille's the crusades
    loretta young is who": a title, then someone it credits, then their part asked — the name read as
    the title going on (there are longer titles ending so) or as the question's subject, when it is the
    film's actor."""
    asked = _PART_ASKED.search(req.text)
    if req.films or req.which_film or asked is None:
        return req
    before = re.sub(r"^(?:(?:in|from|so|ok|and)\W+)+", "", req.text[: asked.start()].lower())
    people = view.people()
    names = people.named_in(before)
    said = " ".join(ev.words(before))
    if not names or not said.endswith(f" {names[-1]}"):
        return req
    title = " ".join(said.split()[: -len(names[-1].split())])
    # (whose film it is, said first: "demille's the crusades")
    for typed in (title, title.split(" ", 1)[-1]):
        films = tuple(f for f in view.titles.titled(typed) if f in people.films_of(names[-1]))
        if films:
            return replace(
                req,
                kind="cast",
                films=films,
                mention=typed,
                unknown_title=False,
                subject=names[-1],
                subject_role="actor",
                refers_back=False,
                passed_over=(),
            )
    return req


_CREDITS = frozenset({"director", "writer", "cast", "source"})


def _entry_of_the_series(view: View, req: Request) -> Request:
    """ "east side kids movie no. 5, the spy one …": a title found, and a place in a series asked (not
    in the title: "friday the 13th movie") that no film of that title has — the film of that place in
    the series is asked for (and what the question asks of it: "who directed the 5th east side kids
    movie")."""
    if not req.films or req.which_film or req.mention is None:
        return req
    asked = search.entries_asked(_without_mention(req))
    if not asked or any(asked & search.numbers_said(view, f) for f in req.films):
        return req
    # (only when a film of that place holds the title's words: "gods not dead a light in darkness, the
    # third one" asks of a film we lack, not of Evil Dead 3)
    title = set(ev.words(title_key(req.mention)))
    found = {h.passage.film for h in view.search(req.text, k=SERIES_HITS)}
    if not any(asked & search.numbers_said(view, f) and title <= ev.film_words(view, f) for f in found):
        return req
    return replace(_asked_which(req), of_described=req.kind if req.kind in _CREDITS else None)


SERIES_HITS = 20  # passages searched for a film of the place in a series asked


# "andrews sisters first movie?", "what was mary pickford's very first full length feature", "whats the
# first movie ronald colman did in the US", "which barbara la marr movie came out the day after …"
_THEIR_FILM_ASKED = re.compile(
    r"\b(?:first|last|final)\b(?: [a-z-]+){0,3}? (?:movie|film|picture|feature|flick|talkie|short|cartoon|western"
    r"|serial)s?\b"
    r"|\b(?:film|movie|screen|feature) debut\b"
    r"|^(?:which|what) (?:(?:is|was) )?(?P<who>(?:[a-z.'-]+ ){2,3})(?:movie|film|picture|flick)\b"
)


def _known_by_the_title_named(view: View, req: Request) -> Request:
    """ "which richard arlen western was also called black stallion": the title found is the other
    title of the film asked for, not The Black Stallion."""
    if req.which_film or req.mention is None or not req.films:
        return req
    other = search.OTHER_TITLE.search(" ".join(ev.words(req.text)))
    if other is None or title_key(req.mention) not in f" {other['t']} ":
        return req
    return _asked_which(req)


def _their_film_asked(view: View, req: Request) -> Request:
    """A question asking for a film of someone it names in full by its place in their career ("andrews
    sisters first movie?") or by what it tells ("which barbara la marr movie came out the day after she
    passed away"), of no film that the words read as a title (Sisters, Us, The Day After) credits or
    names them in: asks which film of theirs it is."""
    if req.which_film or req.kind not in {"search", "plot"}:
        return req
    asked = _THEIR_FILM_ASKED.search(fold(req.text))
    if asked is None:
        return req
    people = view.people()
    # (a possessive is the name: "mary pickford's")
    names = people.named_in(asked["who"] or " ".join(ev.words(req.text)))
    if not names or any(_of_theirs(view, film, names) for film in req.films):
        return req
    return _asked_which(req)


# a title at the end of a longer one we lack or after a count, a title inside a credited name, a
# story of the people it names, a film of theirs asked for, a film asked for by its other title, a
# title then its actor, a place in a series
_READINGS: tuple[Callable[[View, Request], Request], ...] = (
    _opened_by_a_longer_title,
    _counted_into_a_longer_title,
    _title_inside_a_name,
    _told_of_their_film,
    _their_film_asked,
    _known_by_the_title_named,
    _title_then_its_actor,
    _entry_of_the_series,
)


# "the die hard where he flies to russia …": a film of a series told by its story (not "the godfather
# where does michael hide the gun", a question of the film named)
# ("friday the 13th sequel where …": without "the", a word for one of the series says it)
_SERIES_STORY = re.compile(
    r"^(?:(?:which|what|whats|what s) (?:is |was )?)?(?:the (?P<t>.+?) (?:one |movie |film |sequel |instalment |installment )?"
    r"|(?P<u>.+?) (?:sequel|instalment|installment|prequel) )"
    r"(?:where|in which) (?!(?:does|do|did|is|was|are|were|can|could|would|will|r|s|u|d)\b)(?P<story>.+)$"
)


_WITHOUT = re.compile(r" (?:with no|without|minus|sans|not with) \w+(?: \w+)?$")


def _which_of_series(view: View, req: Request, film: FilmRef | None) -> Answer | None:
    """The film of the series the title named holds, told by the story after "where" (None when the
    question is not so shaped, or the title names one film)."""
    if film is None or req.kind not in {"plot", "search"} or req.year is not None or req.mention is None:
        return None
    m = _SERIES_STORY.match(" ".join(ev.words(fold(req.text))))
    # ("the home alone with no culkin where …": who is not in it says no more than the story)
    if m is None or title_key(_WITHOUT.sub("", m.group("t") or m.group("u"))) != title_key(req.mention):
        return None
    films = view.titles.holding(film.title)
    # (and the films whose reviews say they are of the series: Jason X "in the Friday the 13th franchise")
    films += [f for f in search.said_of_series(view, film.title) if f not in films]
    if len(films) < 2:
        return None
    return search.which_of_series(view, req, m.group("story"), films)


def _searched(view: View, req: Request, context: Conversation) -> Answer | None:
    """A question about no film: the passage that answers it, or, for a story told asking nothing
    ("killer bees attack texas"), the film it tells."""
    found = search.answer(view, req, None)
    if found is None and _told_not_asked(view, req, context):
        return _of_described(view, req, search.which_film(view, req))
    # ("tell me about among the missing lol": not Bureau of Missing Persons, found by the word of a
    # title passed over inside the one typed)
    if found is not None and _holds_a_title_passed_over(req, found.film):
        return None
    return found


def _holds_a_title_passed_over(req: Request, film: FilmRef | None) -> bool:
    """The film found is titled with the words of a title the question passed over."""
    own = set(key_words(film.title)) if film is not None else set()
    return any(set(key_words(f.title)) - ARTICLES <= own for f in req.passed_over if f != film)


def _told_not_asked(view: View, req: Request, context: Conversation) -> bool:
    """A few words of a story and nothing asked ("indiana kid obsessed with italian bike racing"), no
    film named or talked about: which film it tells is asked."""
    words = ev.words(req.text.lower())
    content = [w for w in words if w not in FRAME]
    return (
        req.kind == "search"
        and context.film is None
        and req.mention is None
        # ("hoosiers release date": a title keyword style, not a story; but "bill murray ghost catching
        # comedy" tells one and names its kind, holding a title by chance, and "storm chaser movie with
        # helen hunt" one and its star)
        and (
            not req.passed_over
            or words[-1] in FILM_WORDS | GENRE_WORDS
            or any(" " in n for n in view.people().named_in(req.text))
        )
        and "?" not in req.text
        and not set(words) & ASKING
        # ("is harold lloyd in don't shove": a question asked of a film we lack, not a story told)
        and not set(words[:1]) & _YES_NO
        and len(content) >= TOLD_WORDS
    )


_YES_NO = wordset("is was are were does did do has have had can could")


TOLD_WORDS = 3  # "killer bees attack texas"


def _or_the_job(view: View, req: Request, result: Answer | None, film: FilmRef | None) -> Answer | None:
    """ "and the producer?" after who is in it: when no part of the film is the producer, the job is
    asked."""
    job = _JOBS.get(re.sub(r"^(?:the|a) ", "", req.subject or ""))
    if job is None or req.kind != "cast" or film is None or _accepted(result):
        return result
    crew = people.answer(view, replace(req, kind="crew", subject=job, subject_role="crew"), film)
    return crew if _accepted(crew) else result


def _or_story_told(view: View, req: Request, result: Answer | None) -> Answer | None:
    """ "sad kids movie, two 11 year olds make up a magic kingdom …": a story question about a title
    met two words or more into it, answered only by a sentence close in meaning (no shared word), is
    a story told with a title's words inside it: the film it tells is asked for, not Up!"""
    if req.kind != "plot" or result is None or result.confidence != plot.LONE_SENTENCE or not req.mention:
        return result
    # (words that tell a story before the title, not a question asked of it: "what studio made …")
    at = req.text.lower().find(req.mention.lower())
    before = set(ev.words(req.text[:at].lower())) if at > 0 else set()
    # (not "ok and vincent and theo, what did theo do": the talk turning to a title)
    if len(before - LINKS - CHATTER) < 2 or before & (ASKING | {"whose"}):
        return result
    # (nor "any cameos in jaws": something asked in the film named, not a story telling another)
    if re.search(r"\b(?:in|of)\W*$", req.text[:at].lower()):
        return result
    return search.which_film(view, replace(req, which_film=True))


def _or_story_of_cast(view: View, req: Request, found: Answer | None, film: FilmRef | None) -> Answer | None:
    """ "stateside the actress he falls for has what illness", "in top hat where does astaire's
    character go to star in the show": a word of the cast read as the kind, no part named, and a
    question asked of the story — the cast list answers nothing asked; the story does, when it
    holds the answer."""
    # (only the cast list: not "jack oakie sitting pretty 1933 what's his character", a part found)
    if (
        req.kind != "cast"
        or req.subject
        or found is None
        or film is None
        or not cast.lists_the_cast(found, film)
    ):
        return found
    # (the words without the title too: "who played in jaws" asks the cast)
    said = (fold(req.text), fold(req.query or req.text))
    if not _STORY_ASKED.search(said[1]) or any(_CAST_ASKED.search(t) for t in said):
        return found
    told = plot.answer(view, replace(req, kind="plot"), film)
    return told if told is not None and _accepted(told) else found


# a question word asking something of the story ("… has what illness", "where does …"; not "who": "who
# plays in the dark horse" asks the cast; nor "what about …", another film; nor "the one where …", a version)
_STORY_ASKED = re.compile(
    r"\b(?:what(?! about\b)|whats|(?<!\bone )(?<!\b1 )where|when|why|how|which|whose)\b"
)
# … not the cast or a part ("what actors are in it", "which opera singer stars in …", "tom cruise in
# valkyrie plays which officer", "which two actresses", "what part does …", "whats her full name")
_CAST_ASKED = re.compile(
    r"\b(?:what|whats|which) (?:(?:is|was) )?(?:the )?(?:two |three |\d )?(?:actors?|actress(?:es)?|stars?|cast|people|guy"
    r"|girl|woman|man|one|comedians?|singers?|band|part|role)\b"
    r"|\b(?:which|what) (?:[\w-]+ ){0,3}?(?:stars|starred|plays|played|is playing|headlines|voices|voiced|appears"
    r"|shows up|is in|are in|was in|were in)\b"
    r"|\b(?:plays|played|voices|voiced|is playing) (?:which|what) [\w-]+\W*$"
    r"|\bcast\b|\bstarring\b|\b(?:is|was|are) playing (?:who|what)\b|\bplay(?:s|ed)? (?:who|what)\b"
    r"|\bcharacter s name\b|\bfull name\b|\bfirst (?:film|movie|role)\b|\bwhose (?:parts?|roles?)\b"
    # ("who stars in the final countdown, the one where …", "… when your dead who's in that")
    r"|\bwho (?:else )?(?:stars|starred|acted|is in|s in|was in|are in|were in|plays in|played in|appears in)\b"
)


def _by_rare_words(view: View, req: Request, context: Conversation) -> Answer | None:
    """A story question naming no film, asked outside a conversation: the passage that holds its rare
    words, if any ("it" refers to nothing yet)."""
    # (not "… in the peter jackson one": a version of a title talked about)
    if context.film is not None or req.kind not in {"search", "plot"} or req.mention or req.unknown_title:
        return None
    if req.made_by or req.year is not None or req.version or req.sequel is not None:
        return None
    found = search.answer(view, replace(req, kind="plot"), None)
    # (not a title passed over as the start of a longer one we lack: "tell me about the rescuers down
    # under lol" is not The Rescuers)
    if found is None or found.abstained or _of_another_year(req, found):
        return None
    return None if _passed_over_for_a_longer_title(view, req, found.film) else found


def _passed_over_for_a_longer_title(view: View, req: Request, film: FilmRef | None) -> bool:
    """The film found is a title the question typed and passed over as the start of a longer one we lack
    ("tell me about the rescuers down under lol") — not one passed over before one of its people's names
    ("twinkletoes colleen moore release year?")."""
    if film is None or film not in req.passed_over:
        return False
    said = f" {' '.join(ev.words(req.text))} "
    return not any(f" {' '.join(ev.words(p))} " in said for p in ev.credited(view, film) if " " in p.strip())


def _years_typed(req: Request, film: FilmRef) -> set[int]:
    """The years a question types, but for one the film's title is ("the two soldiers in 1917")."""
    title = set(title_key(film.title).split())
    years = {int(w) for w in ev.words(req.text) if YEAR_TOKEN.fullmatch(w) and w not in title}
    # ("where the boys are '84 cast": a year in two digits, of either century)
    years |= {c + int(m) for m in re.findall(r"['’](\d\d)\b", req.text) for c in (1900, 2000)}
    return years


def _of_another_year(req: Request, found: Answer) -> bool:
    """Whether the question types a year the film found (no title named) is not from: it tells of
    another film ("what happens in the summer girl from 1916" is not 10:30 P.M. Summer, 1966)."""
    film = found.film
    if film is None or film.year is None:
        return False
    years = _years_typed(req, film)
    return bool(years) and all(abs(film.year - y) > 1 for y in years)


def _version_we_lack(req: Request, found: Answer) -> bool:
    """Whether the question types the whole title of a film we have, two words or more, with a year
    not its own, and the story search found another film: a version of that title we lack ("what
    happens in where the boys are '84" is not The Boys Next Door, 1985)."""
    said = f" {title_key(req.text)} "
    return found.film is not None and any(
        f != found.film
        and f.year is not None
        and len([w for w in title_key(f.title).split() if w not in ARTICLES]) >= 2
        and f" {title_key(f.title)} " in said
        and (years := _years_typed(req, f))
        and all(abs(f.year - y) > 1 for y in years)
        for f in req.passed_over
    )


# a question asked of the story ("where is kermit going", "which city's police does he work for"), not
# for a film ("which movie has …")
_ASKS_OF_IT = re.compile(
    r"\b(?:where|when|what|who|how|which (?!movie|film|one|flick|show)\w+(?:['’]?s)?(?: \w+)?) "
    r"(?:\w+ )?(?:is|are|was|were|does|do|did|has|have)\b"
)


def _part_not_a_title(view: View, req: Request, context: Conversation) -> Request:
    """ "and the shark" after Jaws's cast: a one-word title ("The Shark") that the reviews of the film
    talked about use as a word is what the talk asks about in that film — a part, not another film."""
    if context.film is None or context.kind != "cast" or not req.switch or not req.films or req.year:
        return req
    said = fold(req.mention or "").split()
    if (
        len(said) != 2
        or said[0] != "the"
        or not re.fullmatch(r"(?:(?:and|ok|so|what about) )*", fold(req.text)[: -len(" ".join(said))])
    ):
        return req
    # (a word of its own title is read as its part already: "and the bride?" in Bride of Frankenstein)
    told = f" {fold(' '.join(p.text for p in view.passages(context.film)))} "
    if f" {said[1]} " not in told or said[1] in fold(context.film.title).split():
        return req
    return replace(req, kind="cast", films=(), mention=None, switch=False, subject=" ".join(said),
                   subject_role="character", refers_back=True)  # fmt: skip


def _asked_of_that(req: Request, context: Conversation) -> Request:
    """ "wasnt that louise brooks last film", "wasnt that some silent actress's last film? which one":
    in a conversation, whether the film talked about is what the question says — asked of its story
    (no film told, no title we lack in its words)."""
    if context.film is None or not (req.which_film or req.unknown_title) or req.year is not None:
        return req
    if not _OF_THAT.match(fold(req.text)):
        return req
    told = replace(req, kind="plot", focus=None, which_film=False, of_described=None)
    return replace(told, mention=None, unknown_title=False, films=(), refers_back=True)


# "wasnt that …", "isn't it …", "was this …": a yes-or-no question of the film talked about
_OF_THAT = re.compile(
    r"^(?:(?:so|and|ok|but|hmm+|wait) )?(?:was|is|wasnt|isnt)(?: n t| not)? (?:that|it|this)\b"
)


def _told_by_costars(view: View, req: Request, context: Conversation) -> Request:
    """ "the mafia movie with brando and pacino", "that gangster film with brando and pacino": outside a
    conversation, a film told by two people (by surname or in full) that one film credits together
    and no film its words name does — the film they were in, asked for."""
    words = fold(req.text).split()
    if context.film is not None or req.which_film or req.year is not None or _title_opens(req, words):
        return req
    # (a film word says a film is told; or a long message, its story: "sandler and drew barrymore go on
    # a horrible blind date and then end up at the same african safari resort w their kids")
    if not FILM_WORDS & set(words) and len(words) < COSTAR_STORY_WORDS:
        return req
    people = view.people()
    # (each name typed: a full name, or a surname no common word — "black" is no Jack Black)
    named = [{n} for n in people.named_in(req.text)]
    # (not the title's own words: "who wrote spencer, the kristen stewart diana movie")
    titled = set(fold(req.mention or "").split()) if req.films else set()
    said = {w for n in named for p in n for w in p.split()} | titled
    named += [
        set(found)
        for w in dict.fromkeys(words)
        if w not in said
        and len(w) >= COSTAR_MIN
        and view.doc_share(w) <= COSTAR_SHARE
        and (found := people.with_surname(w))
    ]
    if len(named) < COSTARS:
        return req
    films_of = [{f for n in names for f in people.films_of(n)} for names in named]
    # (films crediting two of them at least: a word that is also someone's surname may tell nothing)
    shared = Counter(f for films in films_of for f in films)
    together = {f for f, n in shared.items() if n >= COSTARS}
    # (the film named credits one of them: its title stands)
    if not together or any(f in films for f in req.films for films in films_of):
        return req
    # (a title we lack is only their names read as one: "… film with brando and pacino")
    names_words = {w for names in named for n in names for w in n.split()} | {"and", "with", "&"}
    if req.unknown_title and not set(fold(req.mention or "").split()) <= names_words:
        return req
    return replace(_told(req), films=(), mention=None, unknown_title=False)


def _title_opens(req: Request, words: list[str]) -> bool:
    """A title of ours, two words or more, opens the message: it names the film ("the hired hand how
    long was he away before coming back to his wife")."""
    opening = fold(req.mention or "").split()
    return (
        bool(req.films)
        and not req.weak_mention
        and len(set(opening) - ARTICLES) >= 2
        and words[: len(opening)] == opening
    )


COSTARS = 2  # people typed that one film credits together
COSTAR_STORY_WORDS = 12  # words of a message that tells a film's story without a word for a film
COSTAR_MIN = 4  # letters of a surname typed alone …
COSTAR_SHARE = 0.02  # … that at most this share of passages hold ("young" is no surname alone)


def _told_not_named(view: View, req: Request) -> Request:
    """ "claudette colbert and ray milland romance, … during the spanish civil war, wilder co-wrote it": a
    weak title (Civil War, a subtitle) in a long message naming people that film does not credit — a
    film told by its people and story, not named."""
    # (not a version of the film talked about: "ok and the spencer tracy version, who are the women")
    talk = req.followup or req.refers_back or req.made_by or req.version
    # ("miniseries with nick nolte about 2 brothers": the title typed as what a film is about, and one
    # person that film does not credit)
    # (not "ok what about the roots of heaven": another film asked of, as the last was)
    topic = req.mention is not None and bool(
        re.search(rf"(?<!\bwhat )(?<!\bhow )\babout {re.escape(fold(req.mention))}\b", fold(req.text))
    )
    weak = req.weak_mention and len(ev.words(req.text)) >= TOLD_BY_PEOPLE_WORDS
    if not (weak or topic) or not req.films or talk:
        return req
    people = view.people()
    named = [n for n in people.named_in(req.text) if " " in n]
    least = 1 if topic else TOLD_PEOPLE
    if len(named) < least or any(f in people.films_of(n) for n in named for f in req.films):
        return req
    return _told(req)


def _refused(view: View, req: Request, refusal: Answer, context: Conversation) -> Answer:
    """No film of the name typed: the film someone's name typed as a title tells, or the refusal."""
    told = _person_for_title(view, req) if context.film is None else req
    if told is not req:
        return finish(told, _of_described(view, told, search.which_film(view, told)), None, context)
    return _past_refusal(view, req, refusal, context)


def _person_for_title(view: View, req: Request) -> Request:
    """ "barry jenkins adaptation of that james baldwin novel", "michelle pfeiffers first starring role,
    the musical sequel …": words read as a title we lack that are someone's name (and a word at most
    besides) in a message long enough to tell a film — the film told, asked for."""
    if not req.unknown_title or req.mention is None or len(ev.words(req.text)) < TOLD_BY_PEOPLE_WORDS:
        return req
    typed = re.sub(r"(?<=\w)s\b", "", fold(req.mention))  # ("michelle pfeiffers": the possessive)
    named = [n for n in view.people().named_in(typed) if " " in n]
    said = {w for n in named for w in fold(n).split()}
    # (the name alone, opening the message: not "admission tina fey movie", "love is all there is
    # angelina jolie", a title we lack typed with its star)
    left = [w for w in typed.split() if w not in said and w not in ARTICLES]
    before = [w for w in fold(req.text).partition(fold(req.mention))[0].split() if not is_frame(w)]
    if not named or left or before:
        return req
    return replace(_told(req), films=(), mention=None, unknown_title=False, year=req.year)


def _told(req: Request) -> Request:
    """The question as asking which film it tells, keeping what it asks of that film (who directed
    it, wrote it, is in it)."""
    asked = req.kind if req.kind in {"director", "writer", "cast"} else None
    return replace(req, which_film=True, of_described=req.of_described or asked)


TOLD_BY_PEOPLE_WORDS = 8  # words of a message, at least, that tell a film rather than name it
TOLD_PEOPLE = 2  # … and people it names that the weak title's film does not credit


def _title_lacked_before_name(view: View, req: Request, found: Answer) -> Answer | None:
    """ "excessive force thomas ian griffith movie, who else is in it": words typed before the name of
    someone the film found credits, keyword style, that neither its title nor its reviews say are the
    title of a film we lack (the film found is another of theirs): no reviews of it."""
    if found.abstained or found.film is None:
        return None
    text = " ".join(ev.words(fold(req.text)))
    said = " ".join([fold(found.film.title), *(fold(p.text) for p in view.passages(found.film))])
    # ("half a chance 1920 who starred in it, mahlon hamilton maybe?": a title and its year open the
    # message, then the question — words neither the film's title nor its reviews say)
    opened = _TITLE_AND_YEAR_FIRST.match(text)
    if opened and not all(
        re.search(rf"\b{re.escape(w)}\b", said) for w in opened["t"].split() if w not in ev.STOP
    ):
        typed = opened["t"].strip()
        return ev.abstain(req, note=f"{ev.NO_REVIEWS} “{typed}”.", closest=view.titles.suggest(typed, 3))
    credited = ev.credited(view, found.film)
    # (full names: "benson" alone may end "robby benson", typed whole; none of the title's words: "darling
    # clementine")
    title = " ".join(ev.words(fold(found.film.title)))
    names = [
        n
        for n in dict.fromkeys(
            " ".join(ev.words(fold(p))) for p in [*view.facts(found.film).people, *credited]
        )
        if " " in n and n not in title
    ]
    facts = view.facts(found.film)
    crew = [c.person for c in (*facts.directors, *facts.writers)]
    cast = {" ".join(ev.words(fold(p))) for p in [*credited, *crew]}
    for name in names:
        at = re.search(rf"\b{re.escape(name)}\b", text)
        # (not after another of its people: "henry fonda's role in my darling clementine"; a part's name
        # may be a title's words: "lonesome lukes honeymoon is that harold lloyd")
        if at is None or any(other in text[: at.start()] for other in names if other in cast):
            continue
        before = text[: at.start()].split()
        lacked = _title_typed_before(before, text[at.end() :].split()[:1], said)
        if lacked:
            typed = " ".join(lacked[1:] if lacked[0] in ARTICLES and len(lacked) > 2 else lacked)
            return ev.abstain(req, note=f"{ev.NO_REVIEWS} “{typed}”.", closest=view.titles.suggest(typed, 3))
    return None


def _title_typed_before(before: list[str], after: list[str], said: str) -> list[str]:
    """Keyword style: a few title words, the name, then the kind of film or the question ("pump up the
    volume christian slater movie"), the title words not all in the film's title or reviews (a story
    told before the name is no title: "giant snake in the jungle eats the film crew, j lo …"); a year
    may follow the title ("the mortal sin 1917 viola dana"). The title's words, or none."""
    # ("crack o dawn 1925 stars reed howes right?": the year, then the word that brings the star in; not
    # "the italian predator knockoff with reb brown", a film described)
    if (
        len(before) > LACKED_TITLE_WORDS + 1
        and before[-1] in _BRINGS_A_STAR
        and YEAR_TOKEN.fullmatch(before[-2])
    ):
        before = before[:-1]
    # (in two digits too: "lucky dan 22 richard talmadge action flick")
    if len(before) > LACKED_TITLE_WORDS and (
        YEAR_TOKEN.fullmatch(before[-1]) or re.fullmatch(r"\d\d", before[-1])
    ):
        before = before[:-1]
    # ("lonesome lukes honeymoon is that harold lloyd or nah": the title, then whether the name is its)
    checking = len(before) > LACKED_TITLE_WORDS + 1 and tuple(before[-2:]) in _IS_THAT
    before = before[:-2] if checking else before
    words = [w for w in before if w not in FRAME and w not in GENRE_WORDS]
    typed = (
        len(words) >= LACKED_TITLE_WORDS
        and len(before) <= LACKED_TITLE_MAX
        # (a kind of film after the name too: "bandits of the west allan lane western, rating?")
        and (
            not after
            or after[0] in _AFTER_KEYWORD_NAME | GENRE_WORDS
            or (checking and after[0] in {"or", "right"})
        )
        # (a kind of film, a year or "inspired by" said before the name describes the film)
        # (a film word inside the title's words is the title's: "lukes movie muddle harold lloyd short")
        and not set(before[:1] + before[-1:]) & (_DESCRIBING | GENRE_WORDS)
        and not set(before[1:-1]) & ((_DESCRIBING - FILM_WORDS) | GENRE_WORDS)
        and not any(re.search(r"\d", w) for w in before)
        # ("michael cerra and jack blak as cavemen": names listed, the first misspelt)
        and before[-1] not in {"and", "n", "or"}
        and not all(re.search(rf"\b{re.escape(w)}\b", said) for w in words)
    )
    return before if typed else []


_TITLE_AND_YEAR_FIRST = re.compile(
    # (not a film told: "universals very last movie serial from 1946, whats it called")
    r"^(?P<t>(?:(?!(?:movie|film|serial|flick|short|cartoon|from|in)\b)[a-z']+ ){1,6}?)(?:18|19|20)\d\d "
    r"(?:who|what|whos|whats|when|where)\b"
)
_IS_THAT = {("is", "that"), ("was", "that"), ("is", "it"), ("was", "it"), ("isnt", "that"), ("wasnt", "that")}
LACKED_TITLE_WORDS = 2  # title words (not words of a question or a kind of film) typed before a name
LACKED_TITLE_MAX = 5  # words before the name, at most, for them to be a title typed keyword style
# what follows a name typed after a title: the kind of film, or the question
_AFTER_KEYWORD_NAME = wordset(
    "movie film flick one s who whos what whats how hows is was any cast director directed wrote writer "
    "short serial cartoon"  # ("lukes washful waiting harold lloyd short, who else is in it")
    " right"  # ("… stars reed howes right? who else")
)
_BRINGS_A_STAR = wordset("stars starring with w feat featuring")
# words that describe a film rather than name it ("the shark spielberg movie", "the one with …")
_DESCRIBING = wordset("where about with that which who what whats when one by based inspired w") | FILM_WORDS


def _of_described(view: View, req: Request, found: Answer) -> Answer:
    """ "who directed the movie where a shark …": the film named, then what is asked of it (only
    when the film is named, not guessed)."""
    # ("muppet movie where is kermit going": the film the question named after all, and its story
    # asked, not "which movie has a murdered banker whose ghost …", though Ghost is a title)
    # (or its title typed whole, however it was read: "house of 1000 dolls vincent price, what city …")
    typed = found.film is not None and set(bare_key(found.film.title).split()) <= set(key_words(req.text))
    named = found.film in req.passed_over or typed
    kind = req.of_described or ("plot" if named and _ASKS_OF_IT.search(req.text.lower()) else None)
    if kind is None or found.abstained or found.film is None:
        return found
    asked = replace(req, kind=kind, which_film=False)
    if named and kind == "plot":
        # ("valkyrie tom cruise, who are they trying to kill": the star typed beside the title says
        # which film, not what is asked)
        people = view.people()
        stars = [n for n in people.named_in(req.text) if found.film in people.films_of(n)]
        asked = replace(asked, aside=" ".join([*stars, req.aside or ""]).strip() or None)
    then = HANDLERS[kind](view, asked, found.film)
    if then is None or not _accepted(then):
        return found
    text = then.answer if named and kind == "plot" else f"{found.answer} {then.answer}"
    return replace(then, answer=text, sources=ev.dedupe([*found.sources[:1], *then.sources]))


def answer(
    view: View, text: str, *, film: str | FilmRef | None = None, context: Conversation | None = None
) -> Answer:
    """Answer one (cleaned) question from one view of the index; abstains rather than guess."""
    context = context or Conversation()
    halves = _two_questions(text) if film is None else None
    both = _both_answered(view, text, halves, context) if halves is not None else None
    if both is not None:
        return both
    # ("man hunt from the thirties": every rule reads a decade as digits)
    req = parse(decades_in_digits(text), view.titles)
    about = _film_about(view, req) if film is None else None
    if about is not None:
        return replace(run(view, parse(about[0], view.titles), about[1], context), question=text)
    return replace(run(view, req, film, context), question=text)


# "who directed selma and who starred in it": a question, then another of the same film
_SECOND_QUESTION = re.compile(
    r"^(?P<a>.*\w)\W*\s+and (?P<b>(?:who|what|when|where|which|how|whos|whats)\b(?! else\b)(?: \w+){1,8})\W*$",
    re.IGNORECASE,
)
# "magic 1978 director and writer": two jobs asked keyword style
_TWO_JOBS = "director|writer|cast|screenwriter|stars|plot"
_TWO_ASKED = re.compile(
    rf"^(?P<film>.+?) (?P<a>{_TWO_JOBS})\s*(?:and|&|\+) (?P<b>{_TWO_JOBS})\W*$", re.IGNORECASE
)


def _two_questions(text: str) -> tuple[str, str] | None:
    """The two questions a message asks of one film, each as it would be asked alone."""
    jobs = _TWO_ASKED.match(text.strip())
    if jobs is not None and jobs["a"].lower() != jobs["b"].lower():
        return f"{jobs['film']} {jobs['a']}", f"{jobs['film']} {jobs['b']}"
    m = _SECOND_QUESTION.match(text.strip())
    if m is None or len(m["a"].split()) < QUESTION_WORDS_MIN:
        return None
    # (the second of the same film: "it", or a bare question, "and who directed")
    of_it = re.search(r"\b(?:it|its|that|this|they|the film|the movie)\b", m["b"].lower())
    return (m["a"], m["b"]) if of_it or len(m["b"].split()) <= BARE_QUESTION_WORDS else None


QUESTION_WORDS_MIN = 3  # words of the first question ("who directed selma")
BARE_QUESTION_WORDS = 2  # words of a second question that names nothing ("and who directed")


def _both_answered(view: View, text: str, halves: tuple[str, str], context: Conversation) -> Answer | None:
    """Each question answered in turn, the second of the film the first found; one answer for both
    (none when the first finds no film, "who played mary and who played joseph in …": the message read
    whole; the first alone when the second finds another film or asks the same)."""
    first = answer(view, halves[0], context=context)
    if first.film is None or first.abstained:
        return None
    second = answer(view, halves[1], context=first.conversation)
    if second.film != first.film or second.kind == first.kind:
        return replace(first, question=text)
    # (a sentence quoted for the first not quoted again)
    said = re.sub(
        r"\s*“[^”]*”", lambda q: "" if q.group().strip() in first.answer else q.group(), second.answer
    )
    return replace(
        first,
        question=text,
        answer=f"{first.answer} {said}",
        confidence=min(first.confidence, second.confidence),
        sources=ev.dedupe([*first.sources, *second.sources]),
        conversation=second.conversation,
    )


def answer_kind(view: View, kind: str, film: str | FilmRef) -> Answer:
    """One part of the film card (`/cast`, `/plot`, `/verdict`): no English sentence to parse."""
    req = Request(
        text=_QUESTION_FOR_KIND.get(kind, kind), kind=kind, focus="about" if kind == "plot" else None
    )
    return run(view, req, film, Conversation())
