"""Which film a request is about: the one it names (with its year), the conversation's, or a clear
refusal. Never another film: a title we do not have is refused with the closest titles we do have."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from index.answer import evidence as ev
from index.answer.parse import (
    ASKING,
    BEFORE,
    CHATTER,
    CLOSING_CHAT,
    FILM_WORDS,
    FRAME,
    GENRE_WORDS,
    KINDS_OF_VERSION,
    LEADING_JOINS,
    NATIONALITIES,
    NEWEST,
    ORDINALS,
    PLAYED_WORDS,
    ROLE_WORDS,
    STORY_PLACES,
    VERSION_WORDS,
    each_word_slipped,
    is_cue_word,
    is_frame,
    names_a_kind,
    two_digit_year,
    typed_as,
)
from index.answer.request import Request
from index.answer.view import View
from index.filmfacts import by_initials, full_first_name, initials_of, is_name
from index.textutil import STOPWORDS, fold, strip_accents, wordset
from index.titles import (
    ARTICLES,
    JOINING,
    YEAR_TOKEN,
    after_owner,
    bare_key,
    key_words,
    split_subtitle,
    split_year,
    title_key,
    typo_of,
)
from index.types import Answer, Conversation, FilmRef, Passage

MAX_SERIES = 24  # films of one series whose text is read for its number
RELATION_HITS = 20  # passages searched for "the sequel to X"


@dataclass(frozen=True)
class Resolved:
    film: FilmRef | None  # None: the question is about no particular film
    refusal: Answer | None = None


def _ambiguous(view: View, req: Request, mention: str, films: tuple[FilmRef, ...]) -> Resolved:
    films = ev.copies_dropped(view, films)
    # ("9 2009 screenplay": 9, not Nine; a title the way it is written, over one the words only spell)
    written = [f for f in films if " ".join(ev.words(fold(f.title))) == " ".join(ev.words(fold(mention)))]
    films = (written[0],) if len(written) == 1 and len({title_key(f.title) for f in films}) == 1 else films
    if len(films) == 1:
        return Resolved(films[0])
    ordered = tuple(sorted(films, key=lambda f: f.year or 0))
    options = ", ".join(f.label for f in ordered[:6])
    note = f"“{mention}” could mean several films: {options}. Which one do you mean?"
    return Resolved(None, ev.abstain(req, note=note, choices=ordered))


def _unknown(view: View, req: Request, mention: str, year: int | None) -> Resolved:
    # ("what goes missing in ace ventura": the main part of several titles is one of them, not none;
    # not "pirates of the caribbean at worlds end", a longer title we lack)
    # ("sunrise 1927": the title typed, then its year)
    mention = _before_its_star(view, mention)
    typed, said_year = split_year(mention)
    year = year or said_year
    series = _titles_opening_with(view, typed, year) if not _typed_on(req, mention) else ()
    if len(series) >= 2:
        return _ambiguous(view, req, mention, series)
    if len(series) == 1 and year is not None:
        return Resolved(series[0])  # "sunrise (1927)": Sunrise: A Song of Two Humans, its subtitle left off
    # ("who voiced mr freeze in subzero": the subtitle of one film alone, whose reviews name the part
    # or person asked about)
    subtitled = [f for f in view.titles.subtitled(mention) if year is None or f.year == year]
    if len(subtitled) == 1 and req.subject and _says(view, subtitled[0], req.subject):
        return Resolved(subtitled[0])
    known = view.titles.resolve(mention).candidates
    if year is not None and known and title_key(known[0].title) == title_key(mention):
        mention = known[0].title  # "heat 1980": our Heat, another year
    named = f"{mention} ({year})" if year and str(year) not in mention else mention
    closest = view.titles.suggest(mention, 3)
    note = f"{ev.NO_REVIEWS} “{named}”."
    if not closest:
        note += " Nothing in my index has a title close to that."
    return Resolved(None, ev.abstain(req, note=note, closest=closest))


def _before_its_star(view: View, mention: str) -> str:
    """ "lukes washful waiting harold lloyd short": the title typed is the words before a credited
    person's full name that ends the mention, a kind of film at most after it."""
    words = mention.split()
    kinds = FILM_WORDS | GENRE_WORDS | KINDS_OF_VERSION | {"short", "serial", "one"}
    for i in range(1, len(words) - 1):
        rest = fold(" ".join(words[i:])).split()
        name = next(
            (n for n in view.people().named_in(" ".join(rest[:3])) if " ".join(rest).startswith(n)), None
        )
        # (not "the return of rin tin tin": a name the title's words join on to is the title's)
        joined = fold(words[i - 1]) in JOINING - {"and", "with"}
        if name and not joined and all(w in kinds for w in rest[len(name.split()) :]):
            kept = words[:i]
            while len(kept) > 1 and fold(kept[-1]) in {"with", "w", "starring", "featuring", "and"}:
                kept.pop()  # ("the vanishing with jeff bridges")
            return " ".join(kept)
    return mention


def _typed_before(text: str, mention: str) -> list[str]:
    """The words typed before a title, past the chat opening the message."""
    return _typed_past_chat(fold(text).partition(fold(mention))[0])


def _run_before(text: str, mention: str) -> list[str]:
    """The words typed right before a title that say nothing of the question or the film's kind ("instant"
    of "instant family (2018) director?")."""
    before = _typed_before(text, mention)
    run = list(
        itertools.takewhile(
            lambda w: (
                w not in FRAME | ASKING | ARTICLES | FILM_WORDS | GENRE_WORDS | CLOSING_CHAT
                and not YEAR_TOKEN.fullmatch(w)
            ),
            reversed(before),
        )
    )
    return run[::-1]


def _typed_on(req: Request, mention: str) -> list[str]:
    """The words typed right after a title, before the question asks anything, that are no words of
    the question's ("teenage mutant ninja turtles 2 secret of the ooze director": its subtitle)."""
    after = fold(req.text).partition(fold(mention))[2].split()
    typed = itertools.takewhile(lambda w: w not in ASKING, after)
    return [w for w in typed if w not in FRAME and not YEAR_TOKEN.fullmatch(w)]


def _titles_opening_with(view: View, mention: str, year: int | None) -> tuple[FilmRef, ...]:
    """The films whose title is the mention and a subtitle ("ace ventura": Ace Ventura: Pet
    Detective, Ace Ventura: When Nature Calls), of that year if one is given."""
    if len(title_key(mention)) < MAIN_PART_MIN:
        return ()
    return tuple(f for f in view.titles.subtitled_after(mention) if year is None or f.year == year)


MAIN_PART_MIN = 4  # letters of a main part that says which series


def _in_series(view: View, req: Request, film: FilmRef) -> Resolved:
    """ "what about the 4th one": the film of the series by its number, or by its place when every
    title after the first carries its number (a series we hold only part of is not guessed); "the
    sequel": the film whose own text says it is this one's sequel ("Aliens … the sequel to the 1979
    film Alien"), never merely a later title that starts alike ("Alien Dead")."""
    series = view.titles.series(film)
    if req.sequel == 0:
        # (not a later one its number says is no first sequel: Jaws 3-D, when we lack Jaws 2)
        told = [f for f in _told_relation(view, film, "sequel") if not _numbered_past_two(f, film)]
        # (or the one its own reviews say followed it: "was followed by Four Mothers (1941)")
        told = told or _followed_by(view, film)
        # (or, after an unnumbered title, the one film of the series numbered 2: "Scooby-Doo 2: …")
        if not told and not re.search(r"\b\d+\b", title_key(film.title)):
            told = [f for f in series if "2" in title_key(f.title).split()]
        # (of several told sequels, the next one: Part III is a sequel to The Godfather too)
        later = sorted(
            (f for f in told if f.year and film.year and f.year > film.year), key=lambda f: f.year or 0
        )
        if len(told) == 1 or later:
            return Resolved((later or told)[0])
    # ("the sequel" of an unnumbered title is its 2, of "Rocky 3" its 4; not a place in a series we hold
    # only part of: after Jaws, not Jaws 3-D as the third film we have)
    own_number = [int(k) for k in re.findall(r"\b\d+\b", title_key(film.title)) if int(k) < SERIES_NUMBER_MAX]
    after = (own_number[-1] if own_number else 1) + 1 if req.sequel == 0 else 0
    n = req.sequel or after or (series.index(film) + 2 if film in series else 0)
    # ("Part II" is 2; not the number in the series' own name: "the 3rd three mesquiteers picture" is not
    # The Three Mesquiteers)
    own = title_key(film.title).split().count(str(n))
    numbered = [f for f in series if title_key(f.title).split().count(str(n)) > own]
    if n == 1 and _first_we_have(series):
        return Resolved(_first_of_series(series, film))
    if len(numbered) == 1:
        return Resolved(numbered[0])
    consistent = all(
        re.search(rf"\b{i + 1}\b", title_key(f.title)) for i, f in enumerate(series) if i > 0
    ) and not re.search(r"\b\d+\b", title_key(series[0].title) if series else "")
    if consistent and 0 < n <= len(series):
        return Resolved(series[n - 1])
    placed = _told_place(view, film, series, n)
    if placed is not None:
        return Resolved(placed)
    name = _first_of_series(series).title if series and req.sequel else film.title  # not "Rocky IV"
    if n == 1:  # ("the first Shrek film", not "the 1st Shrek 2 film")
        name = re.sub(r"\s+(?:part\s+)?(?:\d+|[IVX]+)\b.*$", "", name, flags=re.IGNORECASE) or name
    label = f"the {'next' if req.sequel == 0 else 'first' if n == 1 else _ordinal(n)} {name} film"
    closest = dict.fromkeys([_first_of_series(series), *series] if series else [])
    return Resolved(
        None, ev.abstain(req, note=f"I don't know which film is {label}.", closest=list(closest)[:3])
    )


_FOLLOWED_BY = re.compile(
    r"\b(?:was|were|is) followed by (?:the (?:\d{4} )?(?:sequel|film|movie) )?(?P<title>[A-Z][^.;()]{1,80}?) \((?P<year>\d{4})\)"
)


def _followed_by(view: View, film: FilmRef) -> list[FilmRef]:
    """The film we have that the film's own reviews say followed it, by title and year."""
    for passage in view.passages(film):
        for m in _FOLLOWED_BY.finditer(passage.text):
            later = [f for f in view.titles.titled(m["title"]) if f.year == int(m["year"])]
            if later:
                return later[:1]
    return []


def _numbered_past_two(film: FilmRef, of: FilmRef) -> bool:
    """Whether the title numbers the film 3 or later, where the film it follows has no number."""
    if re.search(r"\b\d+\b", title_key(of.title)):
        return False
    numbers = [int(n) for n in re.findall(r"\b\d+\b", title_key(film.title)) if int(n) < SERIES_NUMBER_MAX]
    return bool(numbers) and numbers[0] >= 3


SERIES_NUMBER_MAX = 20  # a number in a title beyond this is no place in a series ("2001", "300")


def _number_left_out(typed: list[str], film: FilmRef) -> bool:
    """The title numbers the film's place in a series (Snake Eater II) and the words typed hold no
    number: a series' name alone names its first film, not a later one."""
    places = [w for w in title_key(film.title).split() if w.isdigit() and 2 <= int(w) < SERIES_NUMBER_MAX]
    return bool(places) and not any(w.isdigit() for w in title_key(" ".join(typed)).split())


def _first_we_have(series: list[FilmRef]) -> list[FilmRef]:
    """The first film of the series, unless its title numbers it after another (Shrek 2: the first
    Shrek is one we lack)."""
    first = _first_of_series(series) if series else None
    return [] if first is None or _NUMBERED_ON.search(title_key(first.title)) else [first]


# "shrek 2", "godfather 2" (title keys write numerals as digits)
_NUMBERED_ON = re.compile(r"\b(?:[2-9]|1[0-9])\b")


def _first_of_series(series: list[FilmRef], of: FilmRef | None = None) -> FilmRef:
    """The film whose title the others number (Rocky, not the older Rocky Mountain Mystery that starts
    alike), else the first; of several so titled, the last before the film talked about (after Iron Man
    2, Iron Man of 2008, not of 1951)."""
    keys = [title_key(f.title) for f in series]
    roots = [
        f for f, k in zip(series, keys, strict=True) if any(o.startswith(k + " ") for o in keys if o != k)
    ]
    numbered_on = [
        f for f in roots if any(re.fullmatch(re.escape(title_key(f.title)) + r" \d+", o) for o in keys)
    ]
    first = (numbered_on or roots or series)[0]
    # (after a remake, "the first one" is the earliest of its title: The Champ of 1931 after that of 1979)
    if of is None or not of.year or title_key(of.title) == title_key(first.title):
        return first
    alike = [
        f for f in series if title_key(f.title) == title_key(first.title) and f.year and f.year <= of.year
    ]
    return alike[-1] if alike else first


def _told_place(view: View, film: FilmRef, series: list[FilmRef], n: int) -> FilmRef | None:
    """The one film of the series (the films sharing this one's main title, "Pirates of the
    Caribbean: …") whose own text says it is the n-th of its franchise."""
    family = series if len(series) > 1 else view.titles.starting(split_subtitle(film.title)[0])
    told = [
        f
        for f in family[:MAX_SERIES]
        if n > 0
        and any(
            _number(m.group("n")) == n
            for m in ev.NTH_OF_SERIES.finditer(" ".join(p.text for p in view.passages(f)[:2]))
        )
    ]
    return told[0] if len(told) == 1 else None


# ("both a sequel and a prequel to the 1972 film The Godfather")
_RELATION_WORDS = {
    "sequel": r"(?:direct )?sequel(?: and (?:a )?prequel)? to|follow-up to",
    "remake": r"(?:a )?remake of|re-?imagining of",
    "prequel": r"prequel to",
}


def _told_relation(view: View, film: FilmRef, relation: str) -> list[FilmRef]:
    """Films whose own text says they are this film's sequel (or remake): "the sequel to the 1979
    science fiction horror film Alien", "a remake of Carrie (1976)". A year written there must be
    this film's."""
    said = re.compile(
        rf"\b(?:{_RELATION_WORDS[relation]}) (?:the (?P<year>\d{{4}} )?(?:[\w-]+ ){{0,4}}?(?:film|movie) )?"
        # (not "sequel to Jaws 2" for Jaws: the title does not go on with a number or a subtitle)
        rf"{re.escape(film.title)}(?!\w)(?! ?(?:\d|[:–-]|(?:II|III|IV|Part)\b))(?: \((?P<year2>\d{{4}})\))?",
        re.IGNORECASE,
    )
    # ("a prequel to the 1982 film of the same name": a film of this title, by its year)
    same = re.compile(
        rf"\b(?:{_RELATION_WORDS[relation]}) the (?P<year>\d{{4}}) (?:[\w-]+ ){{0,4}}?(?:film|movie) "
        r"(?:of|with) the same (?:name|title)\b",
        re.IGNORECASE,
    )
    found: list[FilmRef] = []
    for hit in view.search(f"{relation} to {film.title}", k=RELATION_HITS):
        other = hit.passage.film
        if other == film or other in found:
            continue
        named = [m.group("year") or m.group("year2") for m in said.finditer(hit.passage.text)]
        if title_key(other.title) == title_key(film.title):
            named += [m.group("year") for m in same.finditer(hit.passage.text)]
        if any(year is None or int(year) == film.year for year in named):
            found.append(other)
    return found


def _prequel(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "what about the prequel" after The Thing (1982), "the prequel to the thing 82": the one film
    whose own text says it is that film's prequel (The Thing, 2011)."""
    base = req.films[0] if len(req.films) == 1 else None if req.films else context.film
    # (not "nevada smith is a prequel to what book": what the film named is a prequel to)
    if base is None or not re.search(r"\b(?:the|its) prequel\b", req.text.lower()):
        return None
    told = _told_relation(view, base, "prequel")
    if len(told) == 1:
        return Resolved(told[0])
    note = f"I don't know which film is the prequel to {base.label}."
    return Resolved(None, ev.abstain(req, note=note, closest=[base]))


def _version(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "and the remake", "the newer one" / "the original", "the older one": another version of the
    conversation's film: of the same title, the next later (or the earliest) one; for a later one
    under another title, the film whose text says it remakes this one."""
    film = context.film
    offered = sorted({f for f in context.choices if f.year}, key=lambda f: f.year or 0)
    if req.version is not None and film is None and len({title_key(f.title) for f in offered}) == 1:
        # after "which one do you mean?": the remake is the latest of those offered, the original the
        # first ("the 80s remake" is the one of that decade: _of_decade, before this rule)
        return Resolved(offered[-1] if req.version == "later" else offered[0])
    if req.version is None or film is None:
        return None
    versions = [f for f in view.titles.same_title(film) if f != film and f.year and film.year]
    if req.version == "later":
        later = [f for f in versions if f.year > film.year]  # type: ignore[operator]
        found = later[:1] or _told_relation(view, film, "remake")[:1]
    else:  # "the original" of a sequel is the first of its series (never one we lack: "and the first"
        # after Shrek 2 is no film of ours)
        found = [f for f in versions if f.year < film.year][:1]  # type: ignore[operator]
        found = found or [f for f in _first_we_have(view.titles.series(film)) if f != film]
    if found:
        return Resolved(found[0])
    which = "a later" if req.version == "later" else "an earlier"
    note = f"{ev.NO_REVIEWS} {which} version of {film.label}."
    # ("its a remake right? who was in the original": what the film's own review says of it)
    told = _other_version_told(view, film, later=req.version == "later")
    note += f" The review of {film.label} says: {ev.quote(told)}" if told else ""
    return Resolved(None, ev.abstain(req, note=note))


def _other_version_told(view: View, film: FilmRef, later: bool) -> str | None:
    """The sentence of the film's reviews that tells of an earlier (or later) version of it ("The film
    is a remake of the 1923 silent version … starring Gloria Swanson")."""
    for passage in view.passages(film):
        for sentence in ev.sentences(passage):
            if not _VERSION_TOLD.search(sentence):
                continue
            # (not the year of its source: "based on the 1990 novel of the same name")
            years = [
                int(y)
                for y in re.findall(r"\b(?:18|19|20)\d\d\b(?! (?:novel|book|play|short story))", sentence)
            ]
            if film.year and any((y > film.year) if later else (y < film.year) for y in years):
                return sentence
    return None


_VERSION_TOLD = re.compile(r"\b(?:remake|remade|version|original|adaptation)\b", re.IGNORECASE)


def _of_decade(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "and the 60s one": the version of the conversation's film (or of the films offered) from
    that decade."""
    if req.decade is None or req.films or req.which_film:
        return None
    versions = list(context.choices) or (view.titles.same_title(context.film) if context.film else [])
    found = _of_the_decade(versions, req.decade)
    if len(found) == 1:
        return Resolved(found[0])
    if versions:
        name = versions[0].title
        note = f"{ev.NO_REVIEWS} a {name} from the {req.decade}s."
        return Resolved(None, ev.abstain(req, note=note, closest=versions[:3]))
    return None


def _of_the_decade(films: Iterable[FilmRef], decade: int) -> list[FilmRef]:
    """The films that came out in the decade starting with the year `decade` (1980 for the 80s)."""
    return [f for f in films if f.year is not None and decade <= f.year < decade + 10]


def _ordinal(n: int) -> str:
    return {1: "1st", 2: "2nd", 3: "3rd"}.get(n, f"{n}th")


def _given(view: View, req: Request, film: str | FilmRef) -> Resolved:
    """A film passed by the caller (`--film`, a slash-command option, a click on a choice)."""
    if isinstance(film, FilmRef):
        if view.has(film):
            return Resolved(film)
        film = film.label
    match = view.titles.resolve(film)
    if match.film is not None:
        return Resolved(match.film)
    title, year = split_year(film)
    if match.ambiguous:
        return _ambiguous(view, req, title, match.candidates)
    return _unknown(view, req, title, year)


def _weak_mention(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "what island is it on" while talking about Jurassic Park: not The Island."""
    film = context.film
    ok = req.weak_mention and film is not None and view.has(film) and not _named_as_related(req)
    # ("and the 80s one - who played mata hari there": another decade's film of the title)
    # ("and the tv one from 82, who plays ivanhoe": another year's film of the title)
    elsewhen = (req.decade is not None and film is not None and not _of_the_decade([film], req.decade)) or (
        req.year is not None and film is not None and film.year != req.year
    )
    if not ok or elsewhen or film is None:
        return None
    # ("and in the sequel who plays the farmer": the series' next film)
    if req.sequel is not None:
        return _in_series(view, req, film)
    return Resolved(_other_version_by(view, req, film) or film)


COMMON_WORD = 0.002  # a word at least this share of passages hold is no title said in passing


def _common_word_of_talk(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "was it shot in color", "what did it play with as a double feature" while talking about a film:
    a common word typed lowercase after "it" is no title we lack, and "it" is the film."""
    film = context.film
    # (not "what about crumb": a title turned to)
    if not (req.unknown_title and req.mention and film is not None and view.has(film)) or req.switch:
        return None
    said = req.mention.split()
    typed = re.search(rf"\b{re.escape(req.mention)}\b", req.text)
    # ("it" said first: not "back to rises - who directed it")
    pointed = typed is not None and re.search(
        r"\b(?:it|its|this one|that one)\b", req.text[: typed.start()].lower()
    )
    common = len(said) == 1 and view.doc_share(fold(said[0])) >= COMMON_WORD
    return Resolved(film) if pointed and common else None


_STORY_PLACE_ASKED = re.compile(
    r"\bwhat (?:happens|happened|goes on) (?:in|at|by) (?:the )?(?:very )?"
    r"(?:end|ending|beginning|start|middle|climax|finale)\W*$",
    re.IGNORECASE,
)


def _story_place_of_talk(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "what happens in the end" while talking about Jaws: where in its story, not the film The End."""
    film = context.film
    if film is None or not view.has(film) or not _STORY_PLACE_ASKED.search(req.text):
        return None
    return Resolved(film)


def _other_version_by(view: View, req: Request, film: FilmRef) -> FilmRef | None:
    """ "and the marx brothers version who directed it" after Go West (1925): the title's other version
    by those named, when a word of their name was read as a title (Brothers)."""
    mention = re.escape(fold(req.mention or ""))
    maker = re.search(rf"\bthe ((?:[\w'’-]+ ){{1,3}}?{mention}) (?:one|version|remake)\b", fold(req.text))
    if maker is None or not mention:
        return None
    # (the title's other films looked up only when a maker is said: most follow-ups say none)
    others = tuple(f for f in _versions(view, film) if f != film)
    return _version_made_by(view, maker.group(1), others) if others else None


def _named_as_related(req: Request) -> bool:
    """ "and the sequel four mothers, who directed that one": a title said as the film's sequel (or
    remake) is turned to, however weak its words."""
    said = re.escape((req.mention or "").lower())
    return (
        bool(said)
        and re.search(rf"\b(?:sequel|prequel|remake|follow-?up)\W+{said}\b", req.text.lower()) is not None
    )


def _words_of_its_story(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "and what are the two mice called" while talking about The Rescuers ("The two mice must free
    …"): a title typed in lower case in a story question, not turning to another film, whose words
    the reviews of the film talked about use, is those words (not A Tale of Two Mice)."""
    if (
        req.kind not in {"plot", "search"}  # ("who directed two brothers" asks about that film)
        or not req.mention
        or not req.films
        or req.year is not None
        or context.film is None
        or context.film in req.films
        or not view.has(context.film)
        or req.mention != req.mention.lower()
        or re.match(r"(?:(?:and|ok|okay|so) )*(?:what|how) about\b|back to\b|now\b", fold(req.text))
        # ("men in war is set during which war": a title of three words opening the message is named)
        or (fold(req.text).startswith(fold(req.mention)) and len(fold(req.mention).split()) >= 3)
        # ("ok and the mummy's tomb, what town …": a title opening the message, set off, is turned to)
        or re.match(
            rf"\W*(?:(?:and|ok|okay|so|now)\W+)*{re.escape(req.mention.lower())}\s*[,:;–—-]", req.text.lower()
        )
    ):
        return None
    words = [w for w in fold(req.mention).split() if w not in ARTICLES]
    if re.search(
        rf"(?<!\bname )\b(?:in|of|from|about|see|saw|watch|watched) {re.escape(fold(req.mention))}\b",
        fold(req.text),
    ):
        return None  # "what happens in two brothers": the film (not "whats the name of the town")
    # ("and the sequel four mothers?" after Four Wives, "followed by Four Mothers (1941)": another film
    # its reviews name, dated, or one said to follow it)
    told = " ".join(p.text for p in view.passages(context.film))
    if re.search(
        rf"\b(?:sequel|prequel|remake|follow[- ]?up)s? {re.escape(fold(req.mention))}\b", fold(req.text)
    ) or any(f"{f.title} ({f.year})" in told for f in req.films):
        return None
    return (
        Resolved(context.film)
        if words and len(_said_forms(view, context.film, words)) == len(words)
        else None
    )


def mention_is_part(req: Request) -> bool:
    """ "who plays the boy", "who plays juno", "who plays the hitman chasing him": a weak title
    standing where the part asked about does (a few words of the part may follow it)."""
    said = re.escape(fold(req.mention or ""))
    slot = re.search(rf"\b(?:{'|'.join(sorted(PLAYED_WORDS))}) {said}(?: \w+){{0,3}}$", fold(req.text))
    return req.weak_mention and slot is not None


def title_role_asked(req: Request) -> str | None:
    """ "who plays the phantom in the 1943 serial", "who played the wolf man in that": the title named
    where the part asked about stands, the film itself only pointed at after it (the words pointing
    at it, or None)."""
    said = re.escape(fold(req.mention or ""))
    pointer = r"(?:it|that(?: one)?|this(?: one)?|the (?:(?:19|20)?\d\d )?(?:film|movie|serial|one|version|original))"
    played = "|".join(sorted(PLAYED_WORDS))
    m = re.search(
        rf"\b(?:{played}|who (?:was|is|s)|whos) {said} (?:in|from) (?P<p>{pointer})$", fold(req.text)
    )
    return m.group("p") if m else None


def _part_of_talk(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "and lbj?" after "who plays mlk" about Selma: a title said alone (LBJ) that names a part of the
    film talked about (Lyndon B. Johnson), in a talk of parts, is that part."""
    if not (req.switch and req.films and context.film is not None and context.kind == "cast"):
        return None
    # ("and the bride herself": the part, stressed; not "what about the silent hero", every word of a title
    # of ours)
    titled_said = set(title_key(req.mention or "").split()) - ARTICLES
    said = [
        w for w in ev.words(fold(req.text)) if (w not in FRAME or w in titled_said) and w not in _REFLEXIVES
    ]
    if context.film in req.films or not 1 <= len(said) <= 3:
        return None
    name = " ".join(said)
    parts = [c.character for c in view.facts(context.film).cast if c.character]
    # ("and the bride" after Bride of Frankenstein: a part its title names)
    titled = set(said) <= set(title_key(context.film.title).split())
    return Resolved(context.film) if titled or any(names_part_called(name, p) for p in parts) else None


def name_of_talk(view: View, req: Request, context: Conversation) -> str | None:
    """ "and jack?" after "who plays rose" about Titanic: one word after a question of a part called by
    its name is another part of the film talked about, though no review names it — when the word is
    someone's first name or no title of ours (not Jack, 1996, nor The Ballad of Jack and Rose)."""
    asked = fold(context.subject or "").split()
    if context.film is None or context.kind != "cast" or context.subject_role != "character" or not asked:
        return None
    m = _ONE_WORD_MORE.fullmatch(fold(req.text))
    if m is None or set(asked) & (ARTICLES | ROLE_WORDS | ev.STOP) or m.group("w") in FRAME | ev.STOP:
        return None
    word = m.group("w")
    return word if view.people().is_first_name(word) or not view.titles.titled(word) else None


def _name_of_talk(view: View, req: Request, context: Conversation) -> Resolved | None:
    return Resolved(context.film) if name_of_talk(view, req, context) else None


# "and jack?", "what about cady": one word more, nothing asked
_ONE_WORD_MORE = re.compile(r"(?:(?:ok|so|and|what about|how about)\s+)*(?P<w>[a-z]+)\W*")


def _part_in_title_of_talk(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "who does the voice of stitch" after Lilo & Stitch: a part the title of the film talked about
    names, asked where a part stands — that film, not another title close to the word (Stitches)."""
    # (a person's word after the title is no other part: "the creeper guy")
    if req.kind != "cast" or req.subject not in _SOMEONE or context.film is None or context.film in req.films:
        return None
    said = fold(req.mention or "")
    played = "|".join(sorted(PLAYED_WORDS))
    slot = re.search(rf"\b(?:{played}|(?:voice|role|part) of) (?:the )?{re.escape(said)}$", fold(req.text))
    # ("the creeper guy - actor?" after Jeepers Creepers: the part, then who plays it asked)
    slot = slot or re.fullmatch(
        rf"(?:and )?(?:the )?{re.escape(said.removeprefix('the '))}(?: guy| girl| man| woman| one)?\W*(?:actor|actress)?\W*",
        fold(req.text),
    )
    own = {ev.stem(w) for w in title_key(context.film.title).split()}
    titled = bool(said) and {ev.stem(w) for w in said.split()} - ARTICLES <= own
    return Resolved(context.film) if slot and titled else None


_SOMEONE = {None, "guy", "girl", "man", "woman", "one"}


def _person_of_talk(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "is lon chaney jr in it" about North to the Klondike: words close to a title (The Lone Chance)
    that are, as typed, the full name of someone the film talked about credits — its person, not
    another film."""
    # ("estelita rodriguez is great" while watching Tropical Heat Wave: a name we hold no title of, too)
    if (
        context.film is None
        or not (req.films or req.unknown_title)
        or not req.mention
        or context.film in req.films
    ):
        return None
    said = " ".join(ev.words(fold(req.mention)))
    if any(title_key(said) == title_key(f.title) for f in req.films):
        return None  # ("ok what about jaws": a title typed as it is)
    credited = {
        " ".join(ev.words(fold(p)))
        for p in (
            *view.facts(context.film).people,
            *ev.credited(view, context.film),
        )
    }
    return Resolved(context.film) if said in credited else None


TITLE_END_LETTERS = 6  # the fewest letters of a word said alone for the title it ends ("genisys")


def _title_end_said(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "and parabellum?" after John Wick: Chapter 4, "and genisys?", "ok what about apocalypse" after
    X-Men: Days of Future Past: one word said alone, no title of its own and no part of the film
    talked about, that ends exactly one title (of the series talked about, when several end so)."""
    said = " ".join(ev.words(fold(req.text)))
    m = re.match(
        r"(?:ok(?:ay)? )?(?:and|what about|how about) (\w+)(?: (?:who|what|where|when|how)\b.*)?$", said
    )
    if m is None or req.films or len(m.group(1)) < TITLE_END_LETTERS or m.group(1) in FRAME:
        return None
    word = m.group(1)
    # ("and wednesday?" about The Addams Family: a part's first name)
    if context.film is not None and any(
        names_part_called(word, c.character) or word in fold(c.character).split()
        for c in view.facts(context.film).cast
        if c.character
    ):
        return None
    ending = _ending_with(view, word, context.film)
    if len(ending) != 1:
        return None
    # (a word the talked-about film's text says other than in that title is of this film: "and
    # wednesday?" about Addams Family Values is Wednesday Addams, not Big Wednesday)
    told = " ".join(p.text for p in view.passages(context.film)) if context.film else ""
    told = fold(told.replace(ending[0].title, " "))
    return None if re.search(rf"\b{re.escape(word)}\b", told) else Resolved(ending[0])


def _series_end_said(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "and goes to mars, what's that one based on" after The Brave Little Toaster to the Rescue: a
    few words said alone that end exactly one other title of the series talked about."""
    film = context.film
    if film is None or req.films or req.mention or not view.has(film):
        return None
    said = " ".join(ev.words(fold(req.text)))
    m = re.match(
        r"(?:ok(?:ay)? )?(?:and|what about|how about) ((?:\w+ ){1,3}?\w+)(?: (?:who|what|whats|where|when|how)\b.*)?$",
        said,
    )
    if m is None:
        return None
    ending = f" {m.group(1)}"
    stem = " ".join(title_key(film.title).split()[:SERIES_PREFIX_WORDS])
    found = [f for f in view.titles.starting(stem) if f != film and f" {title_key(f.title)}".endswith(ending)]
    return Resolved(found[0]) if len(found) == 1 else None


# "and the batman one?", "what about the azkaban one": a film told by words of its title
_THE_NAMED_ONE = re.compile(
    r"(?:(?:ok|okay|so|and|now) )*(?:(?:what|how) about )?(?:the|that) (?P<words>(?:[\w'-]+ ){0,2}?[\w'-]+) (?:one|1)\b"
)


def _series_film_named(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "and the batman one?" after The Lego Movie 2: The Second Part, "and the azkaban one" after Harry
    Potter and the Chamber of Secrets: the one other film of the series talked about (titles opening
    with the same word) whose title holds the words said — not The Batman, nor the film talked about;
    or the one version of the title talked about that credits the person said."""
    film = context.film
    told = _THE_NAMED_ONE.match(" ".join(ev.words(fold(req.text))))
    if film is None or told is None or not view.has(film):
        return None
    # ("and the carpenter one" after The Thing (2011): the version of its title that credits him, not
    # The Carpenter)
    versions = _versions(view, film)
    credited = [f for f in versions if len(versions) > 1 and _names(view, f, told["words"], 1)]
    if len(credited) == 1:
        return Resolved(credited[0])
    said = set(title_key(told["words"]).split()) - STOPWORDS
    own = title_key(film.title).split()
    # (not a version's year, place or kind: "the 1978 one", "the first one", "the animated one")
    told_apart = KINDS_OF_VERSION | GENRE_WORDS | FRAME | set(ORDINALS)
    if not said or said <= set(own) or any(w.isdigit() or w in told_apart for w in said):
        return None
    series = [
        f for f in view.titles.starting(own[0]) if f != film and said <= set(title_key(f.title).split())
    ]
    return Resolved(series[0]) if len(series) == 1 else None


def _series_of_talk(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "which film in the maisie series is it" after Up Goes Maisie: the title named is the series the
    film talked about belongs to, and "it" is still that film."""
    film = context.film
    if film is None or req.mention is None or not view.has(film) or film in req.films:
        return None
    named = " ".join(w for w in fold(req.mention).split() if w not in ARTICLES)
    said = re.search(
        rf"\b(?:the|that|this) {re.escape(named)} (?:series|franchise|films|movies)\b", fold(req.text)
    )
    held = set(title_key(req.mention).split()) <= set(title_key(film.title).split())
    return Resolved(film) if said and re.search(r"\b(?:it|this|that)\b", fold(req.text)) and held else None


def _one_of_the_series_talked(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "and t2?" after The Terminator: of the several films a short title could mean, the one of the
    series talked about."""
    if len(req.films) < 2 or context.film is None or req.year is not None:
        return None
    series = set(view.titles.series(context.film)) - {context.film}
    of_series = [f for f in req.films if f in series]
    return Resolved(of_series[0]) if len(of_series) == 1 else None


def _first_of_the_name(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "the first tomb raider movie" with only Tomb Raider (2018) titled so: the earliest film whose
    longer title holds the name (Lara Croft: Tomb Raider, 2001), when there is one."""
    if len(req.films) != 1 or req.mention is None or req.year is not None:
        return None
    film = req.films[0]
    if not _first_said(req) or film.year is None:
        return None
    return _first_version(view, req, film)


def _first_version(view: View, req: Request, film: FilmRef) -> Resolved | None:
    """The earliest film whose longer title holds the name of one asked for as "the first" or "the
    original" (the refusal when its review tells of an earlier one we lack)."""
    earlier = _earlier_of_the_name(view, film)
    return Resolved(earlier[0]) if earlier else _original_we_lack(view, req, film)


def _earlier_of_the_name(view: View, film: FilmRef) -> list[FilmRef]:
    """Films before this one subtitled with its name, or of its title with its words run together or
    split (The Texas Chain Saw Massacre, 1974, for The Texas Chainsaw Massacre, 2003)."""
    if film.year is None:
        return []
    # (subtitled with the name, as a series' first title may be: not The Rocky Horror Picture Show for
    # Rocky, nor Sling Blade for Blade)
    key = title_key(film.title)
    squashed = key.replace(" ", "")
    earlier = [
        f
        for f in [*view.titles.holding(film.title), *view.titles.suggest(film.title, 5)]
        if f.year is not None
        and f.year < film.year
        and (
            (len(parts := split_subtitle(f.title)) == 2 and title_key(parts[1]) == key)
            or title_key(f.title).replace(" ", "") == squashed
        )
    ]
    return sorted(set(earlier), key=lambda f: (f.year or 0, f.title))


def _later_instalment_by_its_main_part(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "who directed paranormal activity" with only Paranormal Activity: The Ghost Dimension, whose
    reviews call it the sixth film of the Paranormal Activity series: a series' name typed alone is its
    first film, one we lack — not a later one found by the words its title opens with (but "glass
    onion", a sequel to Knives Out, and "terminator 2" are the films they name)."""
    if len(req.films) != 1 or req.mention is None or req.year is not None:
        return None
    # ("who directed the new top gun": the newest film of the name is asked, Top Gun: Maverick)
    if set(_typed_before(req.text, req.mention)[-1:]) & NEWEST:
        return None
    film = req.films[0]
    parts = split_subtitle(film.title)
    if len(parts) != 2 or bare_key(req.mention) != bare_key(parts[0]):
        return None
    series = re.escape(parts[0])
    if re.search(r"(?:\d+|\b[IVX]+)$", parts[0]):
        return None  # (a numbered name is the instalment's own)
    text = " ".join(p.text for p in view.passages(film))
    later = any(
        re.search(series, m.group(), re.IGNORECASE)
        and (m.group("n").lower() in {"final", "last", "latest"} or (_number(m.group("n")) or 0) >= 2)
        for m in ev.NTH_OF_SERIES.finditer(text)
    )
    # ("takes place after Paranormal Activity 4", "a sequel to Tremors", "a sequel to 2019's Escape Room": an
    # earlier film of the series)
    earlier = re.search(
        rf"\bafter {series} (?:[2-9]|I[IV]|III)\b"
        # ("a 2006 sequel to the 2002 comedy National Lampoon's Van Wilder")
        rf"|\bsequel to (?:the (?:\d{{4}} )?(?:[\w-]+ )?(?:film )?|\d{{4}}['’]s )?(?:[\w'’]+ ){{0,2}}?{series}\b(?!:)",
        text,
        re.IGNORECASE,
    )
    return _unknown(view, req, req.mention, None) if later or earlier else None


def _first_said(req: Request) -> bool:
    """ "the first tomb raider movie", "the original texas chainsaw massacre"."""
    key = title_key(req.mention or "")
    return re.search(rf"\b(?:first|original) (?:the )?{re.escape(key)}\b", fold(req.text)) is not None


def _original_we_lack(view: View, req: Request, film: FilmRef) -> Resolved | None:
    """ "the original texas chainsaw massacre" with only the 2003 remake, whose review tells of the
    1974 film: not the film asked about."""
    told = _other_version_told(view, film, later=False)
    if told is None:
        return None
    note = f"{ev.NO_REVIEWS} an earlier version of {film.label}. The review of {film.label} says: "
    return Resolved(None, ev.abstain(req, note=note + ev.quote(told)))


def _ending_with(
    view: View, word: str, series_of: FilmRef | None, *, series_only: bool = False
) -> list[FilmRef]:
    """The films whose title ends with the word (of the series of `series_of` when several do, or
    always with `series_only`)."""
    ending = [f for f in view.titles.suggest(word, 10) if title_key(f.title).split()[-1:] == [word]]
    if (len(ending) > 1 or series_only) and series_of is not None:
        series = title_key(series_of.title).split()[:1]
        ending = [f for f in ending if title_key(f.title).split()[:1] == series]
    return ending


def _series_film_after_in(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "why is everybody trying to kill john wick in parabellum": the series named, then "in" and a
    word that ends one of its titles, is that film."""
    if len(req.films) != 1 or req.year is not None:
        return None
    m = re.search(r"\bin (\w+)$", " ".join(ev.words(fold(req.text))))
    word = m.group(1) if m else ""
    if len(word) < TITLE_END_LETTERS or word in FRAME or word in title_key(req.films[0].title).split():
        return None
    ending = [f for f in _ending_with(view, word, req.films[0], series_only=True) if f != req.films[0]]
    return Resolved(ending[0]) if len(ending) == 1 else None


def names_part_called(said: str, character: str) -> bool:
    """Whether words said alone name this part, in full or near it, or by its initials ("lbj")."""
    return is_name(said, character) or by_initials(said, character)


def _title_role_of_talk(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "ok and who plays the wolf man in that", about Frankenstein Meets the Wolf Man: "that" is the
    film talked about, and the title named (The Wolfman) the part asked."""
    pointer = title_role_asked(req) if req.kind == "cast" and not req.subject else None
    if pointer not in {"it", "that", "that one", "this", "this one"} or context.film is None:
        return None
    return Resolved(context.film) if context.film not in req.films else None


def _part_or_title(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "who plays the boy", no film talked about: a part, in a film the question does not name —
    not the cast of The Boy; that film is offered."""
    if not (req.kind == "cast" and not req.subject and mention_is_part(req) and req.films):
        return None
    # "who plays juno": the film's title role is the part asked about
    part = title_key(req.mention or "")
    if any(title_key(c.character or "") == part for f in req.films for c in view.facts(f).cast):
        return None
    options = " or ".join(f.label for f in req.films[:3])
    note = f"Which film do you mean? (If you mean {options}, say so.)"
    return Resolved(None, ev.abstain(req, note=note))


RARE_ASIDE = 0.005  # a word after a title that at most this share of passages hold says which film


_SAID_IN_FULL = {"bros": "brothers", "sis": "sisters"}


def _aside(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "hugo scorsese based on what": the film of that title whose reviews name the person; none of
    them: the words are part of a title we lack ("big lebowski cast" is not Big)."""
    if req.aside is None or not req.films:
        return None
    if len(req.films) == 1 and req.subject_role == "character" and fold(req.subject or "") == fold(req.aside):
        return Resolved(req.films[0])  # "forrest gump jenny actress": the part asked for, after the title
    # ("peck and moore"; "at the circus marx bros": the brothers, as the reviews write them)
    said = [_SAID_IN_FULL.get(w, w) for w in fold(req.aside).split() if w not in {"and", "n"} | ARTICLES]
    if len(req.films) == 1 and said and _says_what_it_is(view, req.films[0], said):
        return Resolved(req.films[0])
    # "trinity and beyond atomic bomb doc", "two mouseketeers tom and jerry cartoon": the kind of film
    # said, if the film's opening says it, and the rest read as any other aside
    kinds = [w for w in said if _KIND_SHORTHANDS.get(w, w) in GENRE_WORDS | _FORMATS]
    aside = req.aside
    if len(req.films) == 1 and 0 < len(kinds) < len(said) and _says_what_it_is(view, req.films[0], kinds):
        said = [w for w in said if w not in kinds]
        aside = " ".join(w for w in fold(req.aside).split() if w not in kinds)
    # "multiplicity michael keaton clones", "only the brave hotshots movie": a name first, or words
    # its reviews hold, every one of them rare ("taxi driver" is not Taxi, whose summary says "driver"),
    # or where it is from ("gomorrah italian crime film")
    words = [
        w
        for w in said
        if len(w) > 2
        and w not in FRAME
        and w not in GENRE_WORDS
        and (view.doc_share(w) <= RARE_ASIDE or w in NATIONALITIES)
    ]
    # ("headhunters norwegian thriller": a kind of film beside the rare words; but "alien covenant":
    # another title, which only a person's name of the film's would make an aside)
    kept = [w for w in said if w not in GENRE_WORDS]
    # (a country is no other film: "gomorrah italian crime film" is not The Italian)
    titled = bool(view.titles.titled(aside)) and not set(said) <= NATIONALITIES
    told = bool(words) and len(words) == len(kept) and not titled
    # ("karen carpenter story with barbie dolls": words said to describe the film, not to go on its title)
    described = (
        re.search(
            rf"{re.escape(fold(req.mention or ''))}\W+(?:with|about|where) {re.escape(said[0])}\b",
            fold(req.text),
        )
        if said
        else None
    )
    named = [
        f
        for f in req.films
        if not _titled_with(view, f, aside)
        and not _only_of_another_film(view, f, aside)
        and (
            _names(view, f, fold(aside), 0)
            or _people_of(view, f, said)
            or (len(said) > 2 and _people_of(view, f, said[:2]))
            # ("down with love zelweger mcgregor": two surnames, one misspelt)
            or (len(said) == 2 and any(_people_of(view, f, [w]) for w in said))
            or _names_listed(view, f, aside)
            or (len(said) == 1 and _short_for_a_name(view, f, said[0]))
            or (
                told
                and len(_said_forms(view, f, words)) == len(words)
                and (described or _opens_saying(view, f, words))
            )
            or (not titled and _written_as_names(view, f, said))
            # ("west of the law rough riders", "woman in green sherlock holmes": another film's title, but
            # the series this one is of, or a part in it)
            or (titled and _series_or_part(view, f, aside))
            # ("new moon twilight": the rest of the film's own title, typed after its subtitle)
            or (bool(said) and set(said) <= set(title_key(f.title).split()))
            # ("main street to broadway hardware store owner - who was that": words of its story, as
            # its reviews write them)
            or (_plain_phrase(said) and _says(view, f, " ".join(said)))
        )
    ]
    if len(named) == 1:
        return Resolved(named[0])
    if not named:
        longer = _longer_title_typed(view, f"{req.mention} {req.aside}", req.mention or "") or _holding_both(
            view, req.mention or "", said
        )
        return Resolved(longer) if longer else _unknown(view, req, f"{req.mention} {req.aside}", req.year)
    return None


def _plain_phrase(said: list[str]) -> bool:
    """Three words or more, none small, not opening with a joining word ("from another world" may go on
    a title)."""
    return len(said) >= 3 and said[0] not in _JOINS_ON and not set(said) & ev.STOP


def _holding_both(view: View, mention: str, said: list[str]) -> FilmRef | None:
    """ "new moon twilight": the one film whose title holds the title typed and the words after it, in
    another order (The Twilight Saga: New Moon)."""
    # (not "baby geniuses" in Superbabies: Baby Geniuses 2: the words typed in its order are a shorter
    # title, which we lack)
    typed = f" {title_key(' '.join([mention, *said]))} "
    found = [
        f
        for f in view.titles.holding(mention)
        if set(said) <= set(title_key(f.title).split()) and typed not in f" {title_key(f.title)} "
    ]
    return found[0] if len(found) == 1 and said else None


def _series_or_part(view: View, film: FilmRef, aside: str) -> bool:
    """The film's reviews write the words as the name of its series ("Monogram Pictures' Rough Riders
    series") or of a part in it ("Basil Rathbone as Sherlock Holmes")."""
    name = r"\s+".join(re.escape(w) for w in aside.split())
    pattern = re.compile(rf"\b{name}\s+(?:series|serials?|franchise)\b|\bas\s+{name}\b", re.IGNORECASE)
    return any(
        m.group(0)[:1].isupper() or m.group(0).split()[-1][:1].isupper()
        for p in view.passages(film)
        for m in pattern.finditer(p.text)
    )


def _from_elsewhere(view: View, film: FilmRef, said: list[str]) -> bool:
    """ "parasit korean film" when our Parasit's review calls it American: another country's film."""
    # ("the dig netflix movie": where it is shown, not where from)
    return ev.from_another_country(view, film, set(said) & NATIONALITIES, NATIONALITIES)


def _longer_title_typed(view: View, typed: str, stem: str) -> FilmRef | None:
    """ "dungeons and dragons honor among theives": the one longer title opening with the title named,
    typed whole with a slip (typed exactly, the question read it as more: "american ninja 3 blood
    hunt" is a film we lack)."""
    key = title_key(typed)
    close = [f for f in view.titles.starting(stem) if typed_as(key, f.title) and key != title_key(f.title)]
    return close[0] if len(close) == 1 else None


# frames that hold only a title: every other word in them is the title's, or says which film it is
_TIGHT_FRAMES = (
    ("who", "directed"), ("who", "wrote"), ("who", "made"), ("who", "produced"), ("who", "stars", "in"),
    ("who", "starred", "in"), ("who", "was", "in"), ("who", "is", "in"), ("who", "s", "in"), ("whos", "in"),
    ("who", "acted", "in"), ("who", "wrote", "and", "directed"), ("who", "directed", "and", "wrote"),
    ("cast", "of"), ("the", "cast", "of"), ("director", "of"), ("the", "director", "of"), ("writer", "of"),
    # ("hey what happens in paroled from the big house", "tell me about diamonds are forever lol")
    ("who", "plays", "in"), ("who", "played", "in"), ("who", "acts", "in"), ("who", "appears", "in"),
    ("what", "happens", "in"), ("what", "happened", "in"), ("tell", "me", "about"), ("the", "plot", "of"),
    ("plot", "of"), ("whats", "the", "plot", "of"), ("what", "is", "the", "plot", "of"), ("is",),
    # ("who wrote the source material for tarzan escapes": the work asked for, then the title)
    *(
        (*asked, *work.split(), joint)
        for asked in (("who", "wrote", "the"), ("whats", "the"), ("what", "is", "the"), ("what", "was", "the"))
        for work in ("source material", "source", "book", "novel", "screenplay", "script", "original story")
        for joint in ("for", "of", "behind")
    ),
)  # fmt: skip
# what closes a frame opened by "is" ("is wild horse canyon based on a book")
_BASED_ON = re.compile(
    r"\s+based on (?:a |an |the )?(?:book|novel|play|story|true story|comic)\W*$", re.IGNORECASE
)
# what frames a title asked about: "who directed …", "hey who was in … lol", "whats … about" (tight when
# "about" ends it)
_FRAME_BEFORE = (*_TIGHT_FRAMES, ("whats",), ("what", "s"), ("what", "is"), ("what", "was"))
_ASKED_LAST = wordset("cast director writer")
_ASIDE_OPENS = wordset("besides apart except aka w starring featuring")
_OPENING_CHAT = wordset("hey hi hello yo ok okay so quick q question bot filmbot um uh hmm btw pls please")
_FRAME_AFTER = wordset("cast director writer about plot actors stars reviews review summary")
WORD_SLIP = 80  # a word typed this close to a title's word is that word, mistyped ("theives")
NAME_WORD_MIN = 3  # the shortest word of a name read beside a title as its person's ("mix": Tom Mix)
TITLE_SLIP = 85  # a longer title typed this close to one of ours is that one, mistyped
WHOLE_TITLE_SLIP = 90  # … and over a shorter title found inside it, this close


# the words opening an aside after a comma: a pointer, a doubt, a correction, a year, the question again
_ASIDE_AFTER_COMMA = (
    r"the|a|an|that|this|those|not|was|is|were|are|i|im|idk|teh|all|wasnt|isnt|like|with|w|from|or|and|but|you"
    r"|u|its|it|maybe|probably|pretty|think|who|what|whats|which|when|where|how|lol|pls|please|thx|thanks"
    r"|starring|featuring|aka|also|plus|(?:19|20)?\d\d|'\d\d|\d0s|(?:19|20)\d0s"
)


def _comma_of_title(text: str) -> str:
    """The message with its commas and dashes dropped from the first on when what follows goes on a
    title ("girl, interrupted", "sing, baby, sing", "mission impossible - fallout"): no aside's opening
    word, no word asking ("…, same director?")."""
    mark = _SETS_OFF.search(text)
    if mark is None:
        return text
    head, rest = text[: mark.start()], text[mark.end() :]
    words = re.findall(r"[\w']+", fold(rest))
    opens = re.match(rf"\s*(?:{_ASIDE_AFTER_COMMA})\b", rest, re.IGNORECASE)
    # (a place in a series asks nothing: "the hunger games - mockingjay part 2"; nor does the word that
    # closes the frame: "sing, baby, sing cast", "whats … about")
    # (not the asking word with nothing of a title before it: "ok now scream 3 - writer?", "hidden aces 27 -
    # gimme the cast")
    closing = (
        words[-1:] != []
        and words[-1] in _FRAME_AFTER
        and (words[-1] != "about" or _WHAT_IS.match(head) is not None)
        and any(_of_a_title(w) for w in words[:-1])
    )
    # (nor do the small words and title words a title is made of: "blue, white and perfect", "i love you, man")
    asks = any(
        is_frame(w)
        and w not in ROLE_WORDS | CLOSING_CHAT | JOINING | _TITLE_WORDS
        and not _NUMBERED.fullmatch(w)
        for w in (words[:-1] if closing else words)
    )
    return f"{head} {_SETS_OFF.sub(' ', rest)}" if words and not opens and not asks else text


def _of_a_title(word: str) -> bool:
    """Whether a word set off after a title may go on it (not a request, "gimme", nor an article)."""
    if word in _REQUESTS or word in ARTICLES:
        return False
    return not is_frame(word) or word in _TITLE_WORDS or _NUMBERED.fullmatch(word) is not None


_REQUESTS = wordset("gimme give tell show list me pls please")
_SETS_OFF = re.compile(r",|\s[-–—]\s")
_WHAT_IS = re.compile(r"\s*what(?:s|'s|’s| is)?\b", re.IGNORECASE)


def _typed_past_chat(text: str) -> list[str]:
    """The words of a message as a title's are read ("'s" run on), past the chat opening it ("hey", "ok")."""
    words = re.findall(r"[\w']+", fold(text).replace("'s", "s"))
    return list(itertools.dropwhile(lambda w: w in _OPENING_CHAT, words))


def _framed_slot(text: str, title: list[str], asking: bool = False) -> tuple[list[str], bool] | None:
    """The words a plain question frames as its title ("who directed the other guys" → the other
    guys; "hey who was in kitty foiled lol" → kitty foiled), its year left off, and whether the frame
    holds nothing else (`tight`: "who directed …", "… cast", "whats … about"); None when the message is
    no such frame, or sets words off (a comma, a dash: an aside) or asks something else inside. A
    comma inside a title is the title's ("who wrote girl, interrupted"), not one before an aside ("…, the
    pacino one", "…, not the bob hope one", "…, was it stallone again")."""
    text = _comma_of_title(re.sub(r"\((?:19|20)\d\d\)", "", text))
    based = _BASED_ON.search(text)
    text = text[: based.start()] if based else text
    if re.search(r",|\s[-–—]\s|[()]|[?!]\W*\w", text):
        return None
    words = _typed_past_chat(text)
    frame = next((f for f in sorted(_FRAME_BEFORE, key=len, reverse=True) if tuple(words[: len(f)]) == f), ())
    # ("is" frames only a title asked to be based on something; nothing frames a place in the story)
    if (frame == ("is",)) != bool(based) or [w for w in words[len(frame) :] if w not in ARTICLES][:1] in [
        [w] for w in STORY_PLACES
    ]:
        return None
    words = words[len(frame) :]
    asked: set[str] = set()
    # (what follows a laugh is more chat, "who was in it must be love (1926) lol weird title"; what
    # follows "besides" or "aka" an aside, "who's in lady bird besides saoirse ronan")
    words = list(itertools.takewhile(lambda w: w not in CLOSING_CHAT | _ASIDE_OPENS, words)) or words
    # (not "man", "guys": words of a title too, "the tomorrow man")
    # ("bondage 1917 writer and director": two things asked)
    while words and (
        words[-1] in CLOSING_CHAT
        or (words[-1] in _FRAME_AFTER and len(words) > 1)
        or (words[-1] == "and" and asked & _FRAME_AFTER and len(words) > 1)
    ):
        asked.add(words.pop())
    while words and YEAR_TOKEN.fullmatch(words[-1]):
        words = words[:-1]
    if (
        not words
        # (not "how high": a title's; `asking`: any word may be a title's)
        or ((set(words) - set(title)) & (ASKING | {"whose", "whom"}) and not asking)
        or _asks_again(words, title)
        or (not frame and words == re.findall(r"[\w']+", fold(text)))
    ):
        return None
    tight = frame in _TIGHT_FRAMES or bool(asked & _ASKED_LAST) or (bool(frame) and "about" in asked)
    return words, tight


def _asks_again(words: list[str], title: list[str]) -> bool:
    """ "who directed twinkletoes and is it good": a second question (a verb, then "it" or a person)
    among the words beside the title."""
    return any(
        a in _ASKS_OF and b in _ASKED_OF and not {a, b} <= set(title) for a, b in itertools.pairwise(words)
    )


_ASKS_OF = wordset("is was does did are were has had can will would should")
_ASKED_OF = wordset("it he she they this that")


def _names_or_says(view: View, films: tuple[FilmRef, ...], words: list[str]) -> bool:
    """Whether any word typed beside a title is a word of its people's names (or their initials, or a
    possessive), or one its reviews write — never a word titles are made of ("guys", "man")."""
    every = [view.facts(f) for f in films]
    names = [
        fold(p).split()
        for facts in every
        for p in (*facts.people, *(c.person for c in (*facts.cast, *facts.directors, *facts.writers)))
    ]
    named = {w for n in names for w in n[1:] or n if len(w) >= NAME_WORD_MIN and w not in ev.STOP}
    # (a first name with the surname typed too: "the far country jimmy stewart western"; alone, "billy
    # jack goes to washington" names no William A. Levey)
    named |= {n[0] for n in names if len(n) > 1 and n[-1] in words}
    # (or a star's first name of five letters or more, as typed: "the last stand arnold 2013"; not its
    # short form, "oklahoma jim" is no James Whitmore)
    stars = {
        n[0]
        for facts in every
        for c in facts.cast
        if len(n := fold(c.person).split()) > 1 and len(n[0]) >= FIRST_NAME_MIN
    }
    # (nor is it a word its reviews write, when they write it only in that name: "luke does the midway"
    # is no Midway with Luke Evans)
    firsts = {n[0] for n in names if len(n) > 1} - named - stars
    # (no small word: "aladdin and his lamp", said of any film)
    for word in (w for w in words if w not in ev.STOP | STOPWORDS):
        # (by its usual short form: "jimmy" for James)
        if (
            {word, word.removesuffix("s"), full_first_name(word)} & named
            or word in stars
            or any(_people_of(view, f, [word]) for f in films)
        ):
            return True
        if word not in _TITLE_WORDS | firsts and any(
            _said_forms(view, f, [word]) or _format_said(view, f, word) or _kind_said(view, f, word)
            for f in films
        ):
            return True
    return False


# a film's place in a series (not a year in two digits: "caught 96 main cast")
_NUMBERED = re.compile(r"1?\d|[ivx]+|part|chapter|episode|vol|volume|" + "|".join(ORDINALS))


def _title_initials(film: FilmRef) -> str:
    """ "lotr" for The Lord of the Rings: The Fellowship of the Ring: the initials people type for a
    title (its main part, past its article)."""
    main = title_key(split_subtitle(film.title)[0]).split()
    return "".join(w[0] for w in main) if len(main) >= INITIALLED_TITLE else ""


INITIALLED_TITLE = 3  # the fewest words of a title people shorten to its initials


def _structural(word: str) -> bool:
    """Whether a word in a frame that holds only a title says which film it is or how it is asked (a
    year, a kind of film, a version, "that", "from") rather than being a word of the title."""
    return (
        word in _EXCUSED
        or word in _FRAME_AFTER
        or word in _SAID_OF_A_TITLE
        or re.fullmatch(r"(?:19|20)?\d\d|'\d\d|(?:19|20)?\d0s", word) is not None
    )


# words of the question's kind that titles are often made of: a title's, beside it
_TITLE_WORDS = ROLE_WORDS | wordset(
    "man men guy guys dude woman women boy boys girl girls lady ladies kid kids time night day life love world"
)
_SAID_OF_A_TITLE = wordset(
    "remake remakes version one serial short cartoon idk maybe leads lead main noir list need "
    "that this those from in of for by with year back way sequel sequels prequel to classic old famous "
    "voice voices voiced actors actor actress actresses crew full starring starred screenwriter writers "
    "directors screenplay script scenario novel book books story based on is was source behind comes came "
    "come adapted live action mgm rko warner universal columbia fox republic monogram miniseries series tv "
    "television show"
)


_OPENS_A_TITLE = wordset("in on at to of for from by with into under over after before behind beyond across")
# words joining more words to a title into a longer one ("apology for murder"; not "with", "from", "by": "heat
# with pacino", "the birds from 63", "jaws by spielberg")
_JOINS_A_TITLE = wordset("and in on at to of for into under over after before behind beyond across")
# what a word joined before a title may name of it instead ("the remake of", "the scenario for")
_OF_A_FILM = _SAID_OF_A_TITLE | _FRAME_AFTER | FILM_WORDS | wordset("original adaptation soundtrack play")


def _glued(before: list[str], after: list[str]) -> bool:
    """Whether words beside a title are joined to it into a longer title ("aladdin and his lamp", "new in
    town", "war for the planet of the apes")."""
    # (a joining word that ends the message is a title's too: "who wrote dumb and dumber to"; not "in",
    # before a year left off: "who directed last of the mohicans in 1936")
    ends_joined = after == after[:1] and after[:1] != ["in"]
    if after[:1] and after[0] in _JOINS_A_TITLE and (ends_joined or not all(map(_structural, after[1:]))):
        return True
    joined = before[-2:-1]
    return (
        bool(joined) and before[-1] in _JOINS_A_TITLE and (before[-1] == "and" or joined[0] not in _OF_A_FILM)
    )


def _two_titles(view: View, before: list[str], after: list[str]) -> bool:
    """ "who directed jaws and jaws 2": two titles of ours asked together, no longer one (nor with more
    words beside them: "whats captain john smith and pocahontas about")."""
    return (after[:1] == ["and"] and not before and _a_title(view, after[1:])) or (
        before[-1:] == ["and"] and not after and _a_title(view, before[:-1])
    )


def _a_title(view: View, words: list[str]) -> bool:
    """Whether the words are a title of ours ("jaws and jaws 2": two films, not one longer title)."""
    return bool(words) and view.titles.resolve(" ".join(words)).score == 100


@dataclass(frozen=True)
class _Beside:
    """The words a plain question frames beside a title: before and after it, those that are no year,
    kind, version or frame (`content`), whether they are joined to it (`glued`, "aladdin and his lamp")
    and whether a colon sets them off as a subtitle."""

    before: list[str]
    after: list[str]
    content: list[str]
    glued: bool
    subtitled: bool
    opened: bool  # a word opening the frame before the title: "who directed in the nick of time"


def _framed_longer_title(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "who directed the other guys", "whats maleficent mistress of evil about": a title found
    inside the words a plain question frames as its title, the other words neither a year, a kind of
    film, a version nor a name of its people, is a longer title we lack (not The Other, 1972)."""
    # (a title read as the start of a longer one we lack: "fingers at the window", its films still ours)
    read_as = view.titles.resolve(req.mention) if req.unknown_title and req.mention else None
    films = req.films or (
        ((read_as.film,) if read_as.film else read_as.candidates) if read_as and read_as.score == 100 else ()
    )
    # (nor when the words around it ask for another film of its series: "the movie right before rocky 2")
    if not films or not req.mention or req.subject or req.which_film or req.sequel is not None:
        return None
    title = re.findall(r"[\w']+", fold(req.mention).replace("'s", "s"))
    # ("who directed i know what you did last sumer": the words framed are a longer title of ours typed
    # with a slip, not The Last Summer inside them)
    loose, tight = _framed_slot(req.text, title, asking=True) or ([], False)
    whole = view.titles.resolve(" ".join(loose)) if tight else None
    if (
        whole is not None
        and whole.film is not None
        and whole.score >= WHOLE_TITLE_SLIP
        and typo_of(" ".join(loose), title_key(whole.film.title))
        and whole.film not in films
        and len(title_key(whole.film.title).split()) >= len(title) + 2
    ):
        return Resolved(whole.film)
    slot, tight = _framed_slot(req.text, title) or ([], False)
    if title[:1] == ["in"] and slot[: len(title) - 1] == title[1:] and len(slot) >= len(title):
        # ("hey who was in society snobs lol": the frame's "in" read as the start of In Society, more title
        # after it)
        title = title[1:]
    at = next((i for i in range(len(slot)) if slot[i : i + len(title)] == title), None)
    # ("gunn 1967 peter gunn movie director": the film's year typed right after its title ends it)
    dated = at is not None and any(
        slot[at + len(title) : at + len(title) + 1] == [str(f.year)] for f in films
    )
    if (
        at is None
        or not title
        or not tight
        or dated
        or _two_titles(view, slot[:at], slot[at + len(title) :])
        or _place_in_its_story(req.mention, slot[at + len(title) :])
    ):
        return None
    if any(_word_put_inside(slot, title_key(f.title).split()) for f in films):
        return _unknown(view, req, " ".join(slot), req.year)
    subtitled = re.search(rf"{re.escape(req.mention)}\s*:", req.text, re.IGNORECASE) is not None
    beside = _beside(slot[:at], slot[at + len(title) :], subtitled)
    if _says_which_film(view, films, title, beside):
        return None
    # (joined or opened, its small words count too: "on a wing and a prayer" is not Wing and a Prayer,
    # "barbershop 2 back in buisness" is Barbershop 2: Back in Business)
    strict = beside.glued or beside.opened
    return _longer_title_said(view, req, films, slot, [*beside.content, *title], strict)


def _word_put_inside_opening(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "i still know what you did last summer who wrote it": the message opens with one of our titles
    with a word put inside it, then asks its question, keyword style — a title we lack (a question
    framing the title is read by `_framed_longer_title`)."""
    if not req.films or not req.mention or req.subject:
        return None
    words = _typed_past_chat(req.text)
    asked = [i for i, w in enumerate(words) if w in ASKING]
    if not asked or len(words) - asked[-1] > QUESTION_AFTER:
        return None
    run = words[: asked[-1]]
    if any(_word_put_inside(run, title_key(f.title).split()) for f in req.films):
        return _unknown(view, req, " ".join(run), req.year)
    return None


QUESTION_AFTER = 4  # words of the question after a title typed keyword style ("who wrote it")


def _subtitle_we_lack(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "who made mission: impossible – dead reckoning part one": one of our titles, then a colon or a
    long dash and words that are no subtitle of it, nor anything its reviews say of it — the subtitle
    of a film we lack."""
    if not req.films or not req.mention or req.subject:
        return None
    words = fold(req.mention).split()
    # (the marks kept, which folding drops; apostrophes dropped, as folding does)
    typed = re.sub(r"['’]", "", req.text.lower())
    # ("the divergent series: insurgent": the series named, then its film)
    m = re.search(
        r"\b"
        + r"\W+".join(map(re.escape, words))
        + r"(?: (?:film )?(?:series|saga|trilogy|franchise))?\b\s*[:–—]\s*(?P<rest>.+)$",
        typed,
    )
    # (not an aside set off by a second dash: "just in time — shawn levy's 2nd movie — screenplay by?")
    if m is None or re.search(r"[–—]", m["rest"]):
        return None
    rest = ev.words(fold(m["rest"]))
    asked = list(itertools.takewhile(lambda w: w not in ASKING and w not in CLOSING_CHAT, rest))
    said = [w for w in asked if not YEAR_TOKEN.fullmatch(w)]
    content = [w for w in said if w not in ev.STOP and w not in FRAME and w not in FILM_WORDS]
    if not content:
        return None
    own = {w for f in req.films for w in title_key(f.title).split()}
    if set(content) <= own or any(_said_forms(view, f, content) == content for f in req.films):
        return None  # (its own subtitle, or what its reviews say of it: "x: the pixar one")
    # ("star wars: the empire strikes back": the subtitle is the title we have it by)
    titled = view.titles.resolve(" ".join(said))
    if titled.film is not None and titled.score == 100 and titled.film not in req.films:
        return Resolved(titled.film)
    named = typed[m.start() : m.start("rest")].rstrip(" :–—")
    return _unknown(view, req, f"{named}: {' '.join(said)}", req.year)


def _article_and_form_added(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "who starred in the empty saddle": an article our title lacks and a word in another form
    (Empty Saddles) — two slips at once is another film's title, one we lack."""
    if len(req.films) != 1 or not req.mention or req.year is not None:
        return None
    typed = key_words(req.mention)
    # (the article may be read as the question's: "is the dangerous blonde based on a book")
    article = re.search(rf"\b(the|an?) {re.escape(fold(req.mention))}\b", fold(req.text))
    typed = [article[1], *typed] if article and typed[:1] != [article[1]] else typed
    if not _article_and_number_slipped(typed, key_words(req.films[0].title)):
        return None
    return _unknown(view, req, " ".join(typed), req.year)


def _article_and_number_slipped(typed: list[str], title: list[str]) -> bool:
    """An article the title lacks and one word in the other number: two slips at once."""
    if not typed or typed[0] not in ARTICLES or title[:1] == typed[:1] or len(typed) - 1 != len(title):
        return False
    slipped = [(a, b) for a, b in zip(typed[1:], title, strict=True) if a != b]
    return len(slipped) == 1 and _plural_slip(*slipped[0])


def _name_before_title_in_slot(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "who played luke in luke crystal gazer": after "in", a word before our title (The Crystal Gazer)
    that its reviews never write — the start of a title we lack."""
    if len(req.films) != 1 or not req.mention or req.year is not None or context.film is not None:
        return None
    m = re.search(rf"\bin ((?:[a-z]+ ){{1,2}}){re.escape(fold(req.mention))}\W*$", fold(req.text))
    extra = [w for w in (m[1].split() if m else []) if w not in ARTICLES]
    # (a first name, as "Luke" opens the titles of Harold Lloyd's Luke shorts; not "disney's", "new")
    if (
        not extra
        or not view.people().is_first_name(extra[0])
        or any(w in FRAME or w in ASKING for w in extra)
    ):
        return None
    said = " ".join(fold(p.text) for p in view.passages(req.films[0]))
    if any(re.search(rf"\b{re.escape(w)}\b", said) for w in extra):
        return None
    return _unknown(view, req, f"{m[1]}{req.mention}" if m else req.mention, req.year)


def _owner_for_article(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "who made her purchase price": a possessive right before the words of a title that opens with
    an article (The Purchase Price) — typed in the article's place, the title of a film we lack."""
    if len(req.films) != 1 or not req.mention or req.year is not None or req.subject:
        return None
    title = key_words(req.films[0].title)
    typed = key_words(req.mention)
    owner = re.search(rf"\b(her|his|my|your|their|our) {re.escape(fold(req.mention))}\b", fold(req.text))
    if owner is None or title[:1] not in (["the"], ["a"], ["an"]) or typed != title[1:]:
        return None
    return _unknown(view, req, f"{owner[1]} {req.mention}", req.year)


def _titles_film_by_its_star(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "batman movie with heath ledger as the joker": someone named in full whom no film of the title
    typed credits, and the one film crediting them whose title or reviews hold that title (The Dark
    Knight, "Based on the DC Comics superhero, Batman") — the film meant."""
    # (not a word of a longer title we lack: "wild wild west cast? the will smith one")
    if (
        not req.films
        or not req.mention
        or req.year is not None
        or req.asks_if
        or req.aside
        or req.weak_mention
    ):
        return None
    mention = fold(req.mention)
    people = view.people()
    # (not someone whose name holds the title read: "st ives charles bronson" is no Bronson, 2008)
    named = [
        n for n in people.named_in(req.text) if " " in n and not set(mention.split()) & set(fold(n).split())
    ]
    if not named or any(_names(view, f, n, 0) for f in req.films for n in named):
        return None
    words = _without_articles(mention).split()
    said = re.compile(r"\b" + r"\W+".join(re.escape(w) for w in words) + r"\b")
    # (its reviews write it as a name, capitalised: "Batman", not the "small town" of Nurse Betty)
    named_so = re.compile(
        r"\b" + r"\W+".join(re.escape(w[:1].upper()) + f"(?i:{re.escape(w[1:])})" for w in words) + r"\b"
    )
    holding = {
        f
        for n in named
        for f in people.films_of(n)
        if f not in req.films
        and (
            said.search(fold(f.title))
            or any(named_so.search(strip_accents(p.text)) for p in view.passages(f))
        )
    }
    return Resolved(holding.pop()) if len(holding) == 1 else None


def _subtitle_typed_apart(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "who is in the new dungeons and dragons movie, honor among thieves": the title named, and
    elsewhere in the message the subtitle of one film titled with it (Dungeons & Dragons: Honor Among
    Thieves) — that film; of the year typed, when one is ("hitman 2015 agent 47 who directed", though
    no Hitman is of 2015)."""
    dated = not req.films and req.year is not None
    if not req.mention or (len(req.films) != 1 and not dated):
        return None
    named = req.films[0] if req.films else None
    said = f" {title_key(req.text)} "
    # (not against the year typed, of the film named: "hitman 2007 agent 47 actor?" asks of Hitman (2007)
    # who plays Agent 47, not of Hitman: Agent 47 (2015))
    typed = [
        f
        for f in view.titles.subtitled_after(named.title if named else req.mention)
        if req.year is None or f.year == req.year or (named is not None and named.year != req.year)
        if len(parts := split_subtitle(f.title)) == 2
        and len(sub := _without_articles(title_key(parts[1])).split()) >= 2
        and f" {' '.join(sub)} " in said
    ]
    return Resolved(typed[0]) if len(typed) == 1 else None


def _title_asked_before_an_aside(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "hugs and mugs plot? three stooges": words and what is asked of them, set off by a question
    mark, then one of our titles as an aside (who made it, its series) — the film asked about is the
    one typed first, which we lack."""
    if not req.films or not req.mention or context.film is not None:
        return None
    first, mark, aside = req.text.partition("?")
    if not mark or fold(req.mention) not in fold(aside) or fold(req.mention) in fold(first):
        return None
    words = _typed_past_chat(first)
    asked = [i for i, w in enumerate(words) if w in _ASKED_OF_A_FILM or is_cue_word(w) or w in ASKING]
    typed = words[: asked[0]] if asked else []
    if len([w for w in typed if w not in ev.STOP]) < 2:
        return None
    return _unknown(view, req, " ".join(typed), req.year)


def _joined_before_title(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "war for the planet of the apes who plays caesar": a word and a joining word opening the
    message right before a title of two words or more — a longer title we lack (not "cast of the
    godfather": what is asked of it)."""
    if not req.films or not req.mention:
        return None
    longer = _joined_on(view, req, req.films)
    return _unknown(view, req, longer, req.year) if longer else None


def _joined_on(view: View, req: Request, films: tuple[FilmRef, ...]) -> str | None:
    """The longer title typed: a word and a joining word before the title, opening the message (a title
    of two words or more), or ending a question ("where did they shoot fruits of passion": a word the
    film's reviews never write) — not what is asked of it, nor one of its people."""
    before = _typed_before(req.text, req.mention or "")
    first = fold(req.text).split()[:1]
    opening = (
        len(before) == 2 and before[:1] == first and len(set(key_words(req.mention or "")) - ARTICLES) >= 2
    )
    # (joined by "of" only: "who was behind the camera for bleed for this" asks of the film)
    ending = (
        len(before) >= 3
        and before[-1] == "of"
        and before[0] in ASKING
        and fold(req.text).rstrip(" ?!.").endswith(fold(req.mention or ""))
        and not any(_said_forms(view, f, before[-2:-1]) for f in films)
    )
    if not (opening or ending) or before[-1] not in _TITLE_JOINS:
        return None
    word = before[-2]
    if (
        is_frame(word)
        or is_cue_word(word)
        or word in ASKING | FILM_WORDS | _ASKED_OF_A_FILM | ROLE_WORDS
        or word in ev.STOP
    ):
        return None
    if any(_people_of(view, f, [word]) for f in films):
        return None  # ("pacino in the godfather part ii": one of its people)
    return f"{before[-2]} {before[-1]} {req.mention}"


_TITLE_JOINS = frozenset({"for", "of", "to", "from"})  # (not "in": "rusty in eleven friends")
# what is asked of a film named after it ("cast of the godfather", "sequel to the godfather")
_ASKED_OF_A_FILM = wordset(
    "cast ending end plot sequel prequel remake music score story director writer star stars characters "
    "villain hero soundtrack trailer poster version making premise theme setting location locations budget "
    "review reviews rating scene scenes opening finale title name year songs song lead leads actors "
    "summary synopsis spoilers spoiler dir info details facts trivia"
)


def _someones_title_we_lack(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "charlie wilson's war 2007 who was in it": a name and an apostrophe's right before the title
    typed, someone none of its films names — "<name>'s <title>", a film we lack (not "spielberg's
    jaws": a person of the film; nor "demille's the crusades", a whole title typed with its article or
    of two words or more)."""
    if not req.films or not req.mention or len(key_words(req.mention)) != 1:
        return None
    owned = re.search(
        rf"\b([a-z][\w-]* [a-z][\w-]*)['’]s {re.escape(req.mention.lower())}\b", req.text.lower()
    )
    if owned is None:
        return None
    words = owned[1].split()
    # (a person's name, first name and surname: not "the rock's hercules (2014)", a nickname)
    if words[0] in ev.STOP or not view.people().is_first_name(words[0]):
        return None
    if any(_names_or_says(view, (f,), words) for f in req.films):
        return None
    return _unknown(view, req, owned.group(), req.year)


def _plural_slip(typed: str, word: str) -> bool:
    """ "saddle" for "saddles", "man" for "men": the same word, the other number."""
    one, other = sorted((typed, word), key=len)
    return other in {one + "s", one + "es"} or (one.endswith("man") and other == one[:-3] + "men")


def _words_before_weak_title(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "gents without cents three stooges short who directed": words typed before a title read weakly
    (a name of people too) that are none of its film's people nor anything its reviews say — a title we
    lack, the people after it saying whose film it is."""
    if not req.weak_mention or len(req.films) != 1 or not req.mention or context.film is not None:
        return None
    # (not a title inside someone's name typed in full: "breakaut charles bronsen who directed")
    said = fold(req.mention).removeprefix("the ")
    if any(
        n.endswith(f" {said}") and n.removeprefix("the ") != said for n in view.people().named_in(req.text)
    ):
        return None
    before = _typed_before(req.text, req.mention)
    content = [w for w in before if w not in ev.STOP]
    if (
        set(before) & (ASKING | FILM_WORDS)
        or len(content) < LONGER_BY
        or _names_or_says(view, req.films, content)
    ):
        return None
    return _unknown(view, req, " ".join([*before, req.mention]), req.year)


def _main_title_we_lack(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "god's not dead: a light in darkness": words and a colon typed before a word or two and one of our
    titles, that are no words of its title nor anything its reviews say — the main title of a film we
    lack (not "star wars: the empire strikes back", nor chat set off: "fun fact hunting: quicksands")."""
    if not req.films or not req.mention:
        return None
    typed = re.sub(r"['’]", "", req.text.lower())
    words = fold(req.mention).split()
    m = re.search(
        r"(?P<main>[\w ]+?)\s*:\s*(?:\w+\s+){1,2}?" + r"\W+".join(map(re.escape, words)) + r"\b", typed
    )
    if m is None:
        return None
    # (past the words asking: "who wrote doa: …" → "doa"; none but chat: "who directed ok so: jaws")
    chat = FRAME | ASKING | _OPENING_CHAT | CLOSING_CHAT
    main = list(itertools.dropwhile(lambda w: fold(w) in chat, m["main"].split()))
    said = [fold(w) for w in main if fold(w) not in chat]
    own = {w for f in req.films for w in title_key(f.title).split()}
    # (nor its initials: "lotr: the fellowship of the ring")
    initials = {_title_initials(f) for f in req.films} - {""}
    if not said or set(said) <= own | initials or any(_said_forms(view, f, said) for f in req.films):
        return None
    return _unknown(view, req, " ".join(main) + typed[m.end("main") : m.end()], req.year)


def _place_in_its_story(mention: str, after: list[str]) -> bool:
    """ "what happens in jaws's ending", "… in jaws ending": the words after the title are a place in
    its story (after its owner's "'s", any such word), no more of a longer title."""
    owned = re.search(r"['’]s$", mention) is not None
    return (owned and after[:1] in [[w] for w in STORY_PLACES]) or (
        len(after) == 1 and after[0] in _PARTS_OF_A_STORY
    )


_PARTS_OF_A_STORY = wordset("end ending beginning start middle climax finale opening")


def _word_put_inside(slot: list[str], full: list[str]) -> bool:
    """ "i still know what you did last summer": a film's whole title, in its order, first and last
    words kept, with a word of more inside it — a title we lack, never a slip or an aside."""
    if len(slot) <= len(full) or len(full) < 2 or slot[0] != full[0] or slot[-1] != full[-1]:
        return False
    rest = iter(slot)
    # (not a place in a series, which titles often leave out: "jaws 4 the revenge")
    return all(w in rest for w in full) and any(
        w not in ev.STOP and not _NUMBERED.fullmatch(w) for w in slot if w not in full
    )


def _beside(before: list[str], after: list[str], subtitled: bool) -> _Beside:
    extra = [*before, *after]
    # (a word opening the frame before the title, "who directed in the nick of time", or joining words to
    # it, "aladdin and his lamp", is a word of a longer title: a name may tell the film, no word its
    # reviews happen to say)
    opening = before[:1] if before[:1] and before[0] in _OPENS_A_TITLE else []
    glued = _glued(before, after)
    content = [*opening, *(w for w in extra[len(opening) :] if not _structural(w))]
    if glued:  # (the joining word, and those it joins, are the title's)
        content = [*content, *(w for w in extra if w in _JOINS_A_TITLE and w not in content)]
    # (a subtitle's words are the title's, whatever they are: "reefer madness: the movie musical")
    if subtitled:
        content += [w for w in after if w in _EXCUSED - ARTICLES - FILM_WORDS]
    return _Beside(before, after, content, glued, subtitled, bool(opening))


def _says_which_film(view: View, films: tuple[FilmRef, ...], title: list[str], beside: _Beside) -> bool:
    """Whether the words beside a title only say which of its films it is, or how it is asked."""
    after, content = beside.after, beside.content
    extra = [*beside.before, *after]
    phrase = [w for w in extra if w not in ARTICLES]
    return bool(
        not content
        # (a number after it, or an ordinal: the film's place in a series, read elsewhere — unless more of
        # a title follows it, "the birds ii: land's end")
        or (
            after[:1]
            and _NUMBERED.fullmatch(after[0])
            and all(_structural(w) or _NUMBERED.fullmatch(w) for w in after)
        )
        or (
            any(w in ORDINALS for w in extra)
            and all(w in ORDINALS or _NUMBERED.fullmatch(w) for w in content)
        )
        # (what film it is, said after it: "risen the jesus movie")
        or (after[:1] == ["the"] and after[-1:] and after[-1] in FILM_WORDS | {"one"})
        # (whose film it is, who is in it, or what its reviews say of it: "hitchcocks the birds", "heat
        # pacino", "… romeo mix movie", "magnolius pta", "for scent reasons pepe le pew cartoon" — not
        # a subtitle typed after a colon, "star wars: the rise of skywalker")
        # (joined to it, a name in full: "young doctors in love" is no film with Phyllis Love)
        or (
            not beside.subtitled
            and not (
                after[:1] and after[0] in _JOINS_A_TITLE and len([w for w in after[1:] if w in content]) < 2
            )
            and (
                _surname_or_full_name_in(view, films, content)
                if beside.glued  # ("the last days of frank and jesse james": no James Moll film)
                else _names_or_says(
                    view,
                    films,
                    [w for w in content if w not in title and not _opens_titles(view, w, beside, title)],
                )
            )
        )
        # ("lotr fellowship of the ring": the initials of its title)
        or any(_title_initials(f) in content for f in films)
        # (words its reviews write as they were typed: "star wars a new hope", its later subtitle)
        or (not beside.glued and len(phrase) >= 2 and any(_says(view, f, " ".join(phrase)) for f in films))
    )


def _surname_or_full_name_in(view: View, films: tuple[FilmRef, ...], words: list[str]) -> bool:
    """Whether the words hold the surname or full name of one of the films' people ("pacino in heat"),
    not merely a first name ("… frank and jesse james" is no film of James Moll's)."""
    said = f" {' '.join(words)} "
    return any(_named_in_full(view, f, said) or any(_people_of(view, f, [w]) for w in words) for f in films)


def _opens_titles(view: View, word: str, beside: _Beside, title: list[str]) -> bool:
    """The word right before the title, when it opens several titles of ours, is a title's word, whoever
    it may also name ("young sherlock holmes" is no Sherlock Holmes with Roland Young; not "the play the
    silver king", set off by its article)."""
    return (
        beside.before[-1:] == [word]
        and title[:1] != []
        and title[0] not in ARTICLES
        and len(view.titles.starting(word)) >= TITLE_OPENER_MIN
    )


TITLE_OPENER_MIN = 3  # titles a word opens for it to be a title's word


def _longer_title_said(
    view: View, req: Request, films: tuple[FilmRef, ...], slot: list[str], typed: list[str], strict: bool
) -> Resolved | None:
    """The longer title framed: a longer title of ours typed with a slip ("the husband hunters" for
    Husband Hunters), or one we lack (`strict`: every word typed but an article must be its title's)."""
    said = " ".join(slot)
    slip = view.titles.resolve(said)
    if slip.film is not None and slip.score >= TITLE_SLIP:
        # (a film whose title holds the words typed, ours and those beside it: not Out of the Shadow for
        # "tmnt out of the shadows", nor The International for "mib international")
        held = title_key(slip.film.title).split()
        small = ARTICLES if strict else ev.STOP
        # (a slip of each word, not another word: "hidden figures" is not Hidden Fires)
        slipped = typo_of(said, title_key(slip.film.title)) or len(slot) != len(held)
        # (but not an article and a number slipped at once: "the dangerous blonde" is no Dangerous Blondes)
        two = _article_and_number_slipped(key_words(said), key_words(slip.film.title))
        if (
            slipped
            and not two
            and each_word_slipped([w for w in typed if w not in small], slip.film.title, WORD_SLIP)
        ):
            return None if slip.film in films else Resolved(slip.film)
        if slip.film in films and not strict:
            return None
    return _unknown(view, req, said, req.year)


def _stranger_beside_title(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "in for thirty days may allison movie what's it about": someone the index credits, named in
    full beside the title only to tell the film, whom no film of that title names, tells of another
    film (In for Thirty Days, which we lack), not Thirty Days (1922)."""
    if (
        not req.films
        or not req.mention
        or req.subject
        or req.which_film
        or req.asks_if
        or req.not_made_by
        # ("black snake moan samuel l jackson plays a": a part asked of someone the film never names)
        or req.kind not in _TOLD_BY_PEOPLE | {"cast"}
    ):
        return None
    # (named right after the title, keyword style: not the question's own subject, "in papa's delicate
    # condition where does corinne griffith grow up", nor a guess, "who directed prince of darkness? wes craven?")
    text, mention = fold(req.text), fold(req.mention)
    at = text.find(mention)
    if at < 0:
        return None
    after = re.sub(rf"^\W*(?:(?:19|20)\d\d|{_BESIDE_A_TITLE})?\W*", "", text[at + len(mention) :])
    title = set(mention.split())
    typed_at = req.text.lower().find(req.mention.lower())
    if typed_at >= 0 and re.match(r"\W*\?", req.text[typed_at + len(req.mention) :]):
        return None  # (a guess at who made it: "who directed prince of darkness? wes craven?")

    def beside(name: str) -> bool:
        # (right after the title, or after a word or two of a longer title: "the perfect score scarlett
        # johansson heist movie")
        before = after[: after.find(name)].split() if name in after else ["?"]
        return len(before) <= STRANGER_GAP and not any(map(is_frame, before))

    strangers = [
        name
        for name in view.people().named_in(after)
        if beside(name)
        and not set(name.split()) & title
        and not any(_names(view, f, name, 0) or _says(view, f, name) for f in req.films)
    ]
    if not strangers:
        return None
    note = f"None of my reviews of “{req.mention}” names {strangers[0].title()}."
    return Resolved(None, ev.abstain(req, note=note, closest=list(req.films)[:3]))


_TOLD_BY_PEOPLE = frozenset({"plot", "director", "writer", "source", "search"})
_BESIDE_A_TITLE = r"(?:with|w|starring|featuring|the)\b"
STRANGER_GAP = 2  # the most words of a longer title between the title found and the name typed


def _leading(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "vampire in brooklyn director": words before the one-word title that none of its films'
    people answer to are the start of a longer title we lack (not "pacino in heat cast")."""
    if req.leading is None or not req.films:
        return None
    said = [
        w for w in fold(re.sub(r"['’]s\b", "", req.leading)).split() if w not in LEADING_JOINS
    ]  # "nolan's"
    # ("greta garbo silent the temptress": a name, then what kind of film)
    while len(said) > 1 and said[-1] in GENRE_WORDS | KINDS_OF_VERSION | FILM_WORDS:
        said.pop()
    who = " ".join(said)
    # ("breakout charles bronson what yr": a first name, then the title — someone's name in full, not
    # the film Bronson; the words before it are the title asked about)
    person = f"{said[-1]} {fold(req.mention or '')}" if said else ""
    if said and view.people().named_in(person) == [person]:
        before = " ".join(req.leading.split()[:-1])
        # ("the return of rin tin tin who directed it": the words before the name join on to it — a
        # title holding the name, which we lack, not The Return)
        if before.split()[-1:] and before.split()[-1] in JOINING:
            return _unknown(view, req, f"{req.leading} {req.mention}", req.year)
        found = view.titles.resolve(f"{before} ({req.year})" if req.year else before).film if before else None
        # (the words typed, each a word of its title: not "the night cry" for The Night Clerk)
        found = (
            found if found is not None and each_word_slipped(before.split(), found.title, WORD_SLIP) else None
        )
        return Resolved(found) if found is not None else _unknown(view, req, before or person, req.year)
    named = [
        f
        for f in req.films
        if _names(view, f, who, 0)
        or _people_of(view, f, said[-1:])
        or _first_name_of(view, f, said[-1])
        or _written_as_names(view, f, said[-1:])  # "disney frozen"
    ]
    # ("hammetts neighbor in hammett": a part of someone the film's reviews name)
    owner = _possessor(said)
    owned = [
        f for f in req.films if owner and (_names(view, f, owner, 0) or _written_as_names(view, f, [owner]))
    ]
    # ("what year was the sinking of the titanic": a word of its story, not of a longer title)
    told = len(said) == 2 and said[0] == "the" and any(_said_forms(view, f, said[1:]) for f in req.films)
    if named or owned or told or any(_names_part(view, f, who) for f in req.films):
        # the film named, read as ever ("de niro in heat", "the joker in batman"); "in pixars up": the
        # one Up whose reviews name Pixar
        return Resolved(owned[0]) if len(owned) == 1 and not named else None
    # (a film of the series its review names; "… in the chun li street fighter movie": the longer title
    # holding the one named and the words said of it, Street Fighter: The Legend of Chun-Li)
    found = _of_the_series_named(view, req) or (
        _longer_title_made_by(view, req.made_by, req.films[0], _versions(view, req.films[0]))
        if req.made_by and req.films
        else None
    )
    if found is not None:
        return Resolved(found)
    typed = f"{req.leading} {req.mention}"
    title = _owned_by(view, typed, req.year)  # "the del toro pinocchio": his own Pinocchio
    if title is None:
        # ("amityvile the awakening cast": a longer title ending with the one named, typed with a slip)
        title = next(
            (
                f
                for f in view.titles.suggest(typed, 1)
                if typed_as(title_key(typed), f.title) and req.year in {None, f.year}
            ),
            None,
        )
    return Resolved(title) if title is not None else _unknown(view, req, typed, req.year)


def _of_the_series_named(view: View, req: Request) -> FilmRef | None:
    """ "ghost town gold three mesquiteers": a whole title, then the series its reviews say it is of
    (itself a title: The Three Mesquiteers) — the first film is asked about."""
    words = title_key(req.leading or "").split()
    series = re.compile(rf"\b{re.escape(title_key(req.mention or ''))}\b")
    films = [
        f
        for spot in view.titles.spot_exact(words)
        if spot.start == 0 and spot.end == len(words)
        for f in spot.films
        if req.year in {None, f.year} and any(series.search(title_key(p.text)) for p in view.passages(f))
    ]
    return films[0] if len(films) == 1 else None


def _possessor(words: list[str]) -> str | None:
    """Whose part the words ask about: "cherie s mom" → "cherie", "hammetts neighbor" → "hammett"."""
    if len(words) >= 3 and words[1] == "s":
        return words[0]
    if 1 <= len(words) <= 2 and len(words[0]) > 4 and words[0].endswith("s"):
        return words[0][:-1]  # (and "pixars up": whose film)
    return None


def _written_as_names(view: View, film: FilmRef, words: list[str]) -> bool:
    """ "the rescuers disney 77": the film's reviews write every one of the words as a name (Walt
    Disney), as they would not write a word of a longer title ("taxi driver")."""
    text = " ".join(p.text for p in view.passages(film))
    return bool(words) and all(re.search(rf"\b{re.escape(w.capitalize())}\b", text) for w in words)


def _trailing(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "die hard with a vengeance cast", "charlies angels full throttle cast": words between the title
    and a question that asks nothing of them (the cast list, a crew, the source) that the film's
    reviews never write, or write only after its title as another film's ("followed by Die Hard with a
    Vengeance"), are the rest of a longer title we lack (not "heat pacino cast", nor "bones and all
    chalamet cannibal movie who directed": its people and its story)."""
    if req.aside or not req.films or not req.mention:
        return None
    said = _run_after(req.text, req.mention.lower()) or _run_after_comma(req.text, req.mention.lower())
    # (any question, when the title goes on with a verb: "whos the bond in diamonds are forever")
    if req.kind not in _NO_SUBJECT_KINDS and not _linked(said) and not _dated_run(said):
        return None
    # ("tom sawyer detective who plays huck": a word for a part, when another part is asked, goes on
    # with the title)
    asked = set(fold(req.subject or "").split())
    # ("the non stop kid - who starred in that one": a word for a part when no part is asked, too; not a
    # word of rank: "imaginary crimes main actors")
    content = [w for w in said if w not in _NOT_OF_A_TITLE or (w in ROLE_WORDS and w not in asked | _RANKED)]
    # (a year or a decade: "the lost boys 87 cast", "sea devils from the 30s who directed"; the part
    # asked: "die hard villain who plays him" — but not "spiderman homecoming who plays the vulture",
    # the part asked after the question)
    # (but "raiders from beneath the sea 64 plot?" is not The Raiders of 1963: the words before the year
    # are read all the same; those after it, "looking forward 1933 mgm director", are no title's)
    dated = next((i for i, w in enumerate(said) if re.fullmatch(r"\d+|(?:19|20)?\d0s", w)), len(said))
    content = [w for w in content if w in said[:dated]]
    # ("first blood the small town sheriff who hunts rambo - who plays him": a part described, its article
    # first)
    part = said[:1] == ["the"] and any(w in ROLE_WORDS for w in said)
    if not content or part or set(fold(req.subject or "").split()) & set(said):
        return None
    words = " ".join(said)
    typed = title_key(f"{req.mention} {words}")
    for film in req.films:
        if typed_as(typed, film.title):
            return None  # its own title typed loosely ("barbershop 2 back in buisness")
        if _titled_with(view, film, words):
            continue
        facts = view.facts(film)
        people = {w for c in (*facts.cast, *facts.directors, *facts.writers) for w in fold(c.person).split()}
        if (
            all(_kind_said(view, film, w) for w in content)
            or _said_forms(view, film, content)
            or set(content) & people
            or _written_as_names(view, film, content)
        ):
            return None  # (any word its reviews write, or its people's: a story word, a name, a place)
    return _unknown_typed_on(view, req, said)


def _unknown_typed_on(view: View, req: Request, said: list[str]) -> Resolved:
    """The title we lack, typed on past the one we have; with its year when a year ends it."""
    if not _dated_run(said):
        return _unknown(view, req, f"{req.mention} {' '.join(said)}", req.year)
    typed_year = said[-1]
    year = int(typed_year) if len(typed_year) == 4 else two_digit_year(typed_year)
    return _unknown(view, req, f"{req.mention} {' '.join(said[:-1])}", year)


def _run_after_comma(typed: str, mention: str) -> list[str]:
    """ "is welcome home, roxy carmichael based on a book", "whos in bon voyage, charlie brown (and
    don't come back!!)": the words a comma sets after the title, up to the question or the end (none
    when another mark sets them off before the question: "hard to die, first class, who directed it")."""
    m = re.search(rf"\b{re.escape(mention)},\s+(.+)$", typed.lower())
    if m is None:
        return []
    rest = m.group(1)
    mark = re.search(r"[,;:?!]", rest)
    if mark is not None and ev.words(rest[mark.end() :]):
        return []
    said = ev.words(rest)
    ends = next(
        (i for i, w in enumerate(said) if w in ASKING or w in _ENDS_RUN_WORDS or is_cue_word(w)),
        len(said),
    )
    # (nor an aside about it: "when rome ruled, that old silent roman thing", "…, i think he used a fake
    # name on it", "the final destination, the 4th one from 2009")
    aside = bool(said) and (said[0] in _ASIDE_OPENERS or bool(set(said) & _ASIDE_WORDS))
    return [] if aside else said[:ends]


# (and "…, same guy?": the last question asked again of it)
_ASIDE_OPENERS = wordset(
    "i its it that this the he she they we you some my his her their same was wasnt is isnt did didnt does doesnt"
    " maybe probably"
)
_ASIDE_WORDS = VERSION_WORDS | KINDS_OF_VERSION | wordset("one thing film movie flick")


def _run_after(typed: str, mention: str) -> list[str]:
    """The words right after the title, up to the question (a word for what is asked), in a message
    that opens with the title and ends on its question ("die hard with a vengeance cast"); none when a
    mark sets them off ("the devil all the time netflix, who wrote the book") or a question word is
    among them ("whod it get directed by")."""
    text = typed.lower()
    m = re.search(
        rf"^(?:(?:ok|so|and|hey|yo)\W+)*(?:the\s+)?{re.escape(mention)}\s+((?:[\w'’]+\s+){{1,4}}?)(?:[-–—]\s+)?(?:{_ENDS_RUN})\b",
        text,
    )
    # ("military academy with that tenth avenue gang - who directed it": a run joined on to the title
    # may be set off from the question)
    m = m or re.search(
        rf"^(?:the\s+)?{re.escape(mention)}\s+((?:with|of|in|on|at|to|from|for)\s+(?:[\w'’]+\s+){{1,5}}?)"
        rf"[-–—:]\s*(?:{_ENDS_RUN})\b",
        text,
    )
    # ("raiders from beneath the sea 64 plot?": a joining word and words ended by a year typed after them)
    m = m or re.search(
        rf"^(?:the\s+)?{re.escape(mention)}\s+((?:{'|'.join(_JOINS_ON)})\s+(?:[\w'’]+\s+){{1,4}}?['’]?(?:19|20)?\d\d)"
        r"(?=\s*[^\w\s]|\s+[a-z]|$)",
        text,
    )
    said = fold(m.group(1)).split() if m else []
    # ("who directed the ice man cometh": the question first, then the title and a word or two ending the
    # message that go on with it — not "… for the screen", "… the jesus movie", "… herself")
    after = (
        None
        if m
        else re.search(
            rf"^(?:who|what|whos|whats)\b.*?\b{re.escape(mention)}\s+((?:[\w'’]+\s*){{1,4}})$", text
        )
    )
    ending = fold(after.group(1)).split() if after else []
    # ("who directed thunder over tallahassee", "who voices wallace in curse of the were rabbit": a
    # joining word, then more of the title)
    joined = len(ending) > 1 and ending[0] in _JOINS_ON
    # (the small words after a joining word other than "and" go on with the title: "of the were rabbit")
    small = ev.STOP if joined and ending[0] != "and" else ARTICLES
    opening = [w for w in (ending[1:] if joined else ending) if w not in small]
    if (
        opening
        and (opening[0] not in _NOT_OF_A_TITLE or _linked(ending))
        and not opening[0].endswith(("self", "selves"))
        and (len(ending) <= 2 or joined)  # (not "risen the jesus movie": what film it is, said after)
    ):
        said = ending
    return [] if any(w.startswith("wh") or w in ASKING for w in said) else said


def _dated_run(said: list[str]) -> bool:
    """ "from beneath the sea 64": a joining word and words, then a year — the rest of a title typed
    with its year, whatever is asked after it."""
    return len(said) >= 3 and said[0] in _JOINS_ON and re.fullmatch(r"\d\d|\d{4}", said[-1]) is not None


def _linked(ending: list[str]) -> bool:
    """ "who plays bond in diamonds are forever": the message ends on the title, then a linking verb and
    one word that says nothing of the film ("is it good", "was great" do), so the verb is the title's."""
    return (
        len(ending) == 2
        and ending[0] in _LINKING
        and ending[1] not in _NOT_OF_A_TITLE | _JUDGED
        and not ending[1].endswith(("self", "selves"))
    )


_NO_SUBJECT_KINDS = frozenset({"cast", "director", "writer", "source"})
_LINKING = wordset("is are was were may might must can will shall")
# what a person says of a film after its title ("who directed heat was great")
_JUDGED = wordset(
    "good bad great any worth ok okay fine scary funny sad real true famous popular long short old new "
    "right wrong better best worse worst boring amazing awesome overrated underrated underated"
)
_RANKED = wordset("main lead leading principal supporting top big star stars")
_JOINS_ON = wordset("over of in on at to from under with and for")
_ENDS_RUN = "cast|actors|who|director|directed|writer|wrote|screenplay|script|based|book|novel|source"
_ENDS_RUN_WORDS = frozenset(_ENDS_RUN.split("|"))
# where a film was shown or who made it, said to tell it apart ("the royal treatment netflix movie writer")
_OUTLETS = wordset(
    "netflix hbo hulu amazon prime disney pixar dreamworks apple showtime starz lifetime hallmark bbc itv "
    "syfy paramount peacock max a24"
)
# words beside a title that only say which film it is ("the original disney aladdin movie")
_EXCUSED = FILM_WORDS | GENRE_WORDS | KINDS_OF_VERSION | VERSION_WORDS | NATIONALITIES | _OUTLETS | ARTICLES
# how much of the answer is asked ("return to horror high full cast list")
_WHOLE = wordset("full whole entire complete")
_NOT_OF_A_TITLE = (
    FRAME
    | GENRE_WORDS
    | NATIONALITIES
    | KINDS_OF_VERSION
    | ev.STOP
    | LEADING_JOINS
    | _OUTLETS
    | _WHOLE
    | {"screen", "stage", "tv", "television"}  # "who adapted village tale for the screen"
)


def _of_another_year(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "jesus christ super star the 73 movie": no film of the title named is from the year said."""
    if req.year is None or not req.mention or not req.films or any(f.year == req.year for f in req.films):
        return None
    # (a longer title only for the title typed whole: "war and the woman 1917" is no Man's Woman)
    longer = _typed_whole(req.text, req.mention)
    dated = (
        _dated_by_its_text(view, req.mention, req.year)
        or _known_that_year(view, req.mention, req.year)
        or (_longer_title_of_the_year(view, req.mention, req.year) if longer else None)
    )
    return Resolved(dated) if dated is not None else _unknown(view, req, req.mention, req.year)


def _longer_title_of_the_year(view: View, mention: str, year: int | None) -> FilmRef | None:
    """ "the 94 frankenstein", "frankenstein from 94": of the longer titles holding the one typed, the
    year's titled with it after whose it is (Mary Shelley's Frankenstein, 1994; not Night Raiders for
    "the raiders 1952")."""
    return _owners_of_the_year(view, mention, year, view.titles.holding(mention)[:LONGER_TITLES])


def _unknown_of_the_year(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "frankenstein from 94", "frankenstein 94" (two digits no instalment number reaches): no film of
    the title that year, but the year's film titled with it after whose it is, the title typed whole."""
    if not req.mention or req.films or not (req.unknown_title or req.year is not None):
        return None
    typed, year = req.mention, req.year
    numbered = re.fullmatch(r"(?P<title>.+?) (?P<yy>[2-9]\d)", typed)
    if year is None and numbered:
        typed, year = numbered["title"], two_digit_year(numbered["yy"])
    found = (
        _longer_title_of_the_year(view, typed, year)
        if year is not None and _typed_whole(req.text, typed)
        else None
    )
    return Resolved(found) if found is not None else None


def _typed_whole(text: str, typed: str) -> bool:
    """Whether the words read as a title are the whole title typed: not "golf widows 1928", of which
    "widows" was read."""
    said = fold(text).split()
    at = next((i for i in range(len(said)) if said[i : i + len(typed.split())] == fold(typed).split()), None)
    before = said[max(0, (at or 0) - 2) : at or 0]
    # (a word where a title stands, itself after a frame word: "cast of", not "fools of fortune")
    slot = before[-1:] and before[-1] in _BEFORE_A_TITLE and (len(before) < 2 or before[0] in FRAME)
    # (and nothing of a longer title after it: not "girl by the roadside from 1917", of which "girl" was read)
    after = said[(at or 0) + len(typed.split()) :][:1]
    ends = not after or after[0] not in (JOINING | _JOINS_A_TITLE) - {"from", "in"}
    return (not before or before[-1] in ARTICLES or before[-1].isdigit() or bool(slot)) and ends


_BEFORE_A_TITLE = ASKING | wordset("in of about from for directed wrote made did is was")


def _known_that_year(view: View, mention: str, year: int | None) -> FilmRef | None:
    """ "some girls 2013": another film known by the words typed (Some Girl(s)) is that year's."""
    known = view.titles.resolve(f"{mention} {year}").film if year is not None else None
    if known is None or known.year != year:
        return None
    # (each word typed one of its title's, mistyped or not: "submarine base 1943" is not Submarine Alert)
    typed = [w for w in title_key(mention).split() if w not in ARTICLES | CHATTER]  # ("man hunt too")
    # (or its words run together: "stardust 1940" for Star Dust)
    joined = "".join(typed) == "".join(title_key(known.title).split())
    return known if each_word_slipped(typed, known.title, WORD_SLIP) or joined else None


def _ending_that_year(view: View, mention: str, year: int | None) -> FilmRef | None:
    """ "body snatchers 56": the one film of that year whose title ends with the words typed, two or
    more (Invasion of the Body Snatchers, 1956; not Body Snatchers, 1993), or one word few titles
    hold, with the year in full before it ("the 1952 zenda")."""
    typed, said = split_year(mention)
    words, years = _typed_with_year(typed, year or said)
    # (its articles aside: "the power rangers movie from 95" is Mighty Morphin Power Rangers: The Movie)
    key = _without_articles(title_key(words))
    if not years or not key:
        return None
    if len(key.split()) < 2 and not _rare_ending(view, key, years):
        return None
    ending = [
        f
        for f in view.titles.holding(key.split()[0])
        if f.year in years
        # ("power rangers 95": the title's own "The Movie" left off)
        and any(f" {t}".endswith(f" {key}") for t in _ends_of(_without_articles(title_key(f.title))))
    ]
    return ending[0] if len(ending) == 1 else None


def _rare_ending(view: View, word: str, years: set[int]) -> bool:
    """One word typed with a year in full tells a title it ends when few titles hold it ("the 1952
    zenda"), none of them that word alone ("the raiders 1952" is no Night Raiders)."""
    holding = view.titles.holding(word)
    return (
        len(years) == 1
        and len(holding) <= _RARE_ENDING
        and all(_without_articles(title_key(f.title)) != word for f in holding)
    )


# (a title word held by this many titles or fewer is told by itself: "zenda")
_RARE_ENDING = 3


def _typed_with_year(typed: str, year: int | None) -> tuple[str, set[int]]:
    """The words typed and the years they may mean: the year found, or two digits after the words
    (of either century: "body snatchers 56"), or a year in full before them ("the 1952 zenda")."""
    front = re.fullmatch(r"(?:the )?(?P<yyyy>(?:19|20)\d\d) (?P<typed>.+)", typed, re.I)
    if front and year in {None, int(front["yyyy"])}:
        return front["typed"], {int(front["yyyy"])}
    if year is not None:
        return typed, {year}
    short = re.fullmatch(r"(?P<typed>.+) ['’]?(?P<yy>\d\d)", typed)
    if short:
        return short["typed"], {1900 + int(short["yy"]), 2000 + int(short["yy"])}
    return typed, set()


def _ends_of(key: str) -> tuple[str, ...]:
    """A title key, and without a last word that only says it is a film ("… Power Rangers: The Movie")."""
    words = key.split()
    return (key, " ".join(words[:-1])) if len(words) > 1 and words[-1] in {"movie", "film"} else (key,)


def _without_articles(key: str) -> str:
    return " ".join(w for w in key.split() if w not in ARTICLES)


def _longer_title_told(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "saving shiloh what happens in it" with only Shiloh (1996): the reviews of the film named tell
    of another film whose title is the words typed with the title ("Saving Shiloh (2006)"): that film
    is meant, and we lack it."""
    if not req.films or req.mention is None or req.year is not None:
        return None
    # (the possessive typed or not: "bridget jones's baby")
    typed, said = (fold(_POSSESSIVE.sub("", t)).split() for t in (req.text, req.mention))
    at = next((i for i in range(len(typed)) if typed[i : i + len(said)] == said), None)
    if at is None:
        return None
    spans = [typed[max(0, at - n) : at + len(said)] for n in (1, 2) if at - n >= 0]
    spans += [typed[at : at + len(said) + n] for n in (1, 2) if at + len(said) + n <= len(typed)]
    for film in req.films:
        text = " ".join(p.text for p in view.passages(film))
        for span in spans:
            # (a possessive typed without its mark: "bridget jones baby" for Bridget Jones's Baby)
            words = r"\b" + r"(?:['’]s)?\W+".join(map(re.escape, span)) + r"\b"
            # (dated in brackets, or told as another film: "A third film, Bridget Jones's Baby, was released")
            told = re.search(
                r"\b(?:film|sequel|prequel|followed by|follow-up)[,:] (?P<t>"
                + words
                + r")(?=,? (?:was|is) released)",
                text,
                re.I,
            )
            found = re.search(words + r"\W*\((?:19|20)\d\d\)", text, re.I)
            title = found.group() if found else told.group("t") if told else ""
            named = re.findall(r"[^\W\d_][\w'’]*", title)
            if named and all(w[:1].isupper() or w.lower() in JOINING for w in named):
                return _unknown(view, req, " ".join(span), None)
    return None


def _punctuated_as_typed(req: Request) -> FilmRef | None:
    """ "who plays juliet in romeo + juliet": of titles alike but for their marks (Romeo.Juliet, 1990),
    the one typed mark for mark."""
    typed = f" {req.text.lower()} "
    marked = {f.title.lower() for f in req.films if not re.fullmatch(r"[\w\s']+", f.title)}
    exact = [
        f
        for f in req.films
        if f.title.lower() in marked and re.search(rf"(?<!\w){re.escape(f.title.lower())}(?!\w)", typed)
    ]
    return exact[0] if len(exact) == 1 else None


def _version_said(view: View, req: Request) -> FilmRef | None:
    """ "footloose the remake who directed": of the films of the title, the later one its reviews call a
    remake (else the latest); "the original": the first, or the one a remake names by its year ("a
    remake of the 1976 film", not Carrie of 1952)."""
    dated = sorted((f for f in req.films if f.year), key=lambda f: f.year or 0)
    if req.version is None or len(dated) < 2 or len({title_key(f.title) for f in dated}) != 1:
        return None
    told = {f: _REMADE.search(" ".join(p.text for p in view.passages(f))) for f in dated[1:]}
    if req.version == "later":
        return ([f for f, m in told.items() if m] or dated)[-1]
    years = {int(m.group("year")) for m in told.values() if m and m.group("year")}
    return next((f for f in dated if f.year in years), dated[0])


# how a film's review says it is a remake ("The film is a remake of the 1978 horror film")
_REMADE = re.compile(
    r"\b(?:is|was) an? (?:[\w-]+ ){0,2}remake\b(?: of (?:the |an? )?(?P<year>(?:19|20)\d\d)\b)?",
    re.IGNORECASE,
)


def _named(view: View, req: Request, context: Conversation) -> Resolved | None:
    """The film the question names; of several sharing the title, the conversation's, or a choice."""
    if not req.films:
        return None
    if len(req.films) == 1:
        film = req.films[0]
        return Resolved(
            _subtitled_naming_the_part(view, req, film)
            or _subtitled_crediting(view, req, film)
            or _version_naming_the_part(view, req, film)
            or _version_naming(view, req, film)
            or film
        )
    # "and the 80s one - who played mata hari there": the one of the title from that decade
    of_decade = _of_the_decade(req.films, req.decade) if req.decade is not None else []
    # ("and the tv one from 82, who plays ivanhoe": the one of the year said)
    of_year = [f for f in req.films if f.year == req.year]
    one = (of_decade or of_year)[0] if len(of_decade) == 1 or len(of_year) == 1 else None
    one = one or _version_said(view, req) or _punctuated_as_typed(req)
    if one is not None:
        return Resolved(one)
    # "back to the witches" after The Witches (1990) and another film: the one talked about
    talked = next((f for f in (context.film, *context.earlier) if f in req.films), None)
    if talked is not None:
        return Resolved(talked)
    # "in heat who plays de niros girlfriend": the one film of the title whose people the question names
    title = set(fold(req.mention or "").split())
    said = [w for w in fold(req.text).split() if w not in title and w not in ev.STOP and len(w) >= 4]
    named = [
        f
        for f in req.films
        if any(
            _people_of(view, f, [w]) or _people_of(view, f, [w[:-1]]) or _first_name_of(view, f, w)
            for w in said
        )
    ]
    # "titanic who plays rose": the one film of the title whose reviews name the part asked about
    if not named and req.subject_role == "character":
        named = [f for f in req.films if _names_part(view, f, req.subject)]
        longer = None if named else _longer_naming_the_part(view, req, req.films)
        named = [longer] if longer is not None else named
    # "underworld what are the werewolves called": the one film of the title whose story holds the
    # question's rare words
    rare = [w for w in said if view.doc_share(w) <= RARE_STORY_WORD]
    if not named and req.kind == "plot" and rare:
        named = [f for f in req.films if _said_forms(view, f, rare)]
    # (never the one ruled out: "fireman save my child, not the harold lloyd short")
    if req.not_made_by is not None:
        named = [f for f in named if not _says(view, f, req.not_made_by)]
    if len(named) == 1:
        return Resolved(named[0])
    return _ambiguous(view, req, req.mention or "", req.films)


def _version_naming_the_part(view: View, req: Request, film: FilmRef) -> FilmRef | None:
    """ "who voices chucky in the original childs play": of the films of the title, those whose reviews
    name the part asked, when the one read does not (Child's Play, 1972) — the first of them when the
    original is asked, else the one."""
    named = bool(req.subject) and not set(fold(req.subject or "").split()) & (ARTICLES | ROLE_WORDS)
    # (never past a year typed: "huckleberry finn 1939 who plays huck")
    if (
        req.subject_role != "character"
        or not named
        or req.year is not None
        or _names_part(view, film, req.subject)
    ):
        return None
    every = view.titles.same_title(film)
    versions = [f for f in every if f != film and _names_part(view, f, req.subject)]
    # (not the newest for "the older lion king", nor the first for "the newer one": against what was said)
    said = set(fold(req.text).split())
    against = {every[-1]} if said & _OLDER_SAID else {every[0]} if said & NEWEST else set()
    versions = [f for f in versions if f not in against]
    if versions and (_first_said(req) or re.search(r"\boriginal\b", fold(req.text))):
        return versions[0]
    return versions[0] if len(versions) == 1 else None


_OLDER_SAID = wordset("old older oldest earlier")  # (not "the original childs play": the film it remade)


def _version_naming(view: View, req: Request, film: FilmRef) -> FilmRef | None:
    """ "ghost patrol sinclair lewis story? who directed": of the films of the title (Ghost Patrol, 1936,
    typed without the article of The Ghost Patrol, 1923), the one whose reviews write a name typed
    beside it, two words, when the one named does not."""
    # (not when the year or a version is said: "gladiator 1992 cast, not the russell crowe one")
    if req.year is not None or req.not_made_by or req.made_by or re.search(r"\bnot\b", fold(req.text)):
        return None
    title = set(title_key(film.title).split())
    words = [w for w in ev.words(fold(req.text)) if w not in title]
    pairs = [f"{a} {b}" for a, b in itertools.pairwise(words) if not {a, b} & (ev.STOP | FRAME)]
    if not pairs:
        return None

    def names(f: FilmRef) -> bool:
        text = " ".join(fold(p.text) for p in view.passages(f))
        return any(re.search(rf"\b{re.escape(pair)}\b", text) for pair in pairs)

    if names(film):
        return None
    others = [f for f in view.titles.same_title(film) if f != film and names(f)]
    return others[0] if len(others) == 1 else None


def _subtitled_naming_the_part(view: View, req: Request, film: FilmRef) -> FilmRef | None:
    """ "who plays han solo in solo": the one film titled with the title named and a subtitle (Solo: A
    Star Wars Story) whose reviews name the part asked about, when the film of that very title's do
    not (Solo, 1996)."""
    if req.subject_role != "character" or req.year is not None or _names_part(view, film, req.subject):
        return None
    subtitled = [f for f in view.titles.subtitled_after(film.title) if _names_part(view, f, req.subject)]
    return subtitled[0] if len(subtitled) == 1 else _longer_naming_the_part(view, req, (film,))


def _subtitled_crediting(view: View, req: Request, film: FilmRef) -> FilmRef | None:
    """ "who does florence pugh voice in puss in boots": the one film titled with the title named and a
    subtitle (Puss in Boots: The Last Wish) that credits the actor asked about, when the film of that
    very title does not (Puss in Boots, 2011)."""
    if req.subject_role != "actor" or req.year is not None or not req.subject:
        return None
    said = fold(req.subject).split()
    if len(said) < 2 or _people_or_owner_of(view, film, said):
        return None
    crediting = [f for f in view.titles.subtitled_after(film.title) if _people_or_owner_of(view, f, said)]
    return crediting[0] if len(crediting) == 1 else None


def _people_or_owner_of(view: View, film: FilmRef, said: list[str]) -> bool:
    """The film's people, named as typed or as owners without the apostrophe ("leslie nielsens guy")."""
    owner = [*said[:-1], said[-1][:-1]] if said[-1].endswith("s") else said
    return _people_of(view, film, said) or _people_of(view, film, owner)


def _longer_naming_the_part(view: View, req: Request, films: tuple[FilmRef, ...]) -> FilmRef | None:
    """ "who plays bella in new moon": of the films whose longer title holds the title named (The
    Twilight Saga: New Moon), the one whose reviews name the part, when no film of that title does."""
    # (a part named, not described: "the sea captain" of China Seas is no one in Trader Tom of the China Seas)
    named = bool(req.subject) and not set(fold(req.subject or "").split()) & (ARTICLES | ROLE_WORDS)
    if req.subject_role != "character" or req.year is not None or not req.mention or not named:
        return None
    longer = [
        f
        for f in view.titles.holding(req.mention)[:LONGER_TITLES]
        if f not in films and _names_part(view, f, req.subject)
    ]
    # (another version of the title is no longer title: "the old lion king who voices scar" is not the
    # 2019 film — which version, if any, is read by the versions)
    keys = {title_key(f.title) for f in films}
    return longer[0] if len(longer) == 1 and title_key(longer[0].title) not in keys else None


RARE_STORY_WORD = 0.01  # a word at most this share of passages hold tells films of one title apart


def _first_name_of(view: View, film: FilmRef, word: str) -> bool:
    """ "the last stand arnold": the first name (five letters or more) of one of the film's stars."""
    facts = view.facts(film)
    return len(word) >= 5 and any(fold(c.person).split()[:1] == [word] for c in facts.cast)


def _names_part(view: View, film: FilmRef, subject: str | None) -> bool:
    """Whether the film's reviews write each word of the part asked about as a name ("Rose")."""
    return _written_as_names(
        view, film, [w for w in fold(subject or "").split() if w not in ev.STOP and w not in ROLE_WORDS]
    )


_ASKS_FOR_A_FILM = re.compile(r"\s*(?:which|what)\b", re.IGNORECASE)


def _silent_asked(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "the three godfathers harry carey silent, who directed": a silent version asked for, of a title
    whose films are all of the sound era and not silent by their own account (3 Godfathers, 1948): one
    we lack."""
    # (not a film asked for: "which silent starred the real model …", whatever title its words hold)
    if (
        not req.films
        or req.year is not None
        or "silent" not in ev.words(fold(req.text))
        or _ASKS_FOR_A_FILM.match(req.text)
    ):
        return None
    if "silent" in ev.words(fold(req.mention or "")) or any(
        (f.year or 0) <= SOUND_FILMS or _says(view, f, "silent", opening=True) for f in req.films
    ):
        return None
    return Resolved(
        None, ev.abstain(req, note=f"{ev.NO_REVIEWS} a silent “{req.mention}”.", closest=list(req.films))
    )


def _sequel(view: View, req: Request, context: Conversation) -> Resolved | None:
    return _in_series(view, req, context.film) if req.sequel is not None and context.film else None


def _sequel_of_named(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "who directed the sequel to the godfather": the film its own text says is the sequel of the
    one named (never the named film itself)."""
    if req.sequel is None or len(req.films) != 1:
        return None
    if req.sequel == BEFORE:
        return _before_in_series(view, req, req.films[0])
    return _in_series(view, req, req.films[0])


def _before_in_series(view: View, req: Request, film: FilmRef) -> Resolved:
    """ "the movie right before rocky 3": the film its number follows (the first of the series after a
    2); before a film its title does not number ("even before steamboat willie"), or a person's film
    before it ("what did stallone direct before rocky ii"), none is known."""
    numbers = re.findall(r"\b\d+\b", title_key(film.title))
    theirs = bool(view.people().named_in(req.text))
    if numbers and int(numbers[-1]) > 1 and len(view.titles.series(film)) > 1 and not theirs:
        return _in_series(view, replace(req, sequel=int(numbers[-1]) - 1), film)
    note = f"I don't know which film came before {film.label}."
    return Resolved(None, ev.abstain(req, note=note, closest=[film]))


PERSON_YEAR_HITS = 50  # passages searched for "the deanna durbin orchestra movie from 1937"


def _person_of_the_year(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "the deanna durbin orchestra movie from 1937": no title, a year, and a person named in full:
    the one film of that year, among those the question's words find, that credits them."""
    if req.mention is not None or req.year is None or req.films:
        return None
    text = _words_said(req.text)
    found = set()
    for hit in view.search(req.query or req.text, k=PERSON_YEAR_HITS):
        film = hit.passage.film
        if film.year == req.year and film not in found and _named_in_full(view, film, text):
            found.add(film)
    return Resolved(found.pop()) if len(found) == 1 else None


def _edition(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "what about the 1998 one": the conversation's title, that year."""
    # after "which one do you mean?" the films offered share the title asked about
    offered = {title_key(f.title): f for f in context.choices}
    base = context.film or (next(iter(offered.values())) if len(offered) == 1 else None)
    if req.mention is not None or req.year is None or base is None:
        return None
    edition = view.titles.resolve(f"{base.title} ({req.year})")
    if edition.film is None:
        # "and the 1984 one" after Wonder Woman: Wonder Woman 1984, a title that holds the year
        titled = view.titles.titled(f"{base.title} {req.year}")
        # ("and the 1936 original" after Mr. Deeds: Mr. Deeds Goes to Town, a version titled otherwise)
        versions = titled or view.titles.version_of(base.title, req.year)
        if len(versions) == 1:
            return Resolved(versions[0])
    return Resolved(edition.film) if edition.film else _unknown(view, req, base.title, req.year)


# a series' name runs to a stop, past the dots of initials and short titles ("the G.I. Joe film series")
_DOTTED = r"(?<=\b[A-Z])\.|(?<=\b(?:Mr|Dr|St|Jr|Ms))\."
_NTH_IN_SERIES = re.compile(
    r"\b(?P<n>\w+) (?:and (?:final|last) )?(?:installment|instalment|film|entry|chapter|movie|part|feature) (?:in|of) "
    rf"(?P<series>(?:[^.;:]|{_DOTTED}){{1,80}}?) (?:film |movie )?(?:series|franchise|saga)\b",
    re.IGNORECASE,
)
_SEQUEL_TO = re.compile(
    rf"\bsequel to (?:the (?:\d{{4}} )?(?:[\w-]+ )?(?:film|movie) )?(?P<series>(?:[^.;:,()]|{_DOTTED}){{1,60}})",
    re.IGNORECASE,
)


_TOLD_ON = re.compile(r"\s+(?:and|with|that|which|who|starring|but)\s+")


def _number(word: str) -> int | None:
    word = word.lower()
    digits = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", word)
    return int(digits.group(1)) if digits else ORDINALS.get(word)


def _states_place(text: str, stem: str, n: int, first_titled: bool) -> bool:
    """Whether a film's text says it is the n-th of the `stem` series: "the fifth installment in the
    Scream film series"; "the sequel to the spin-off film Puss in Boots (2011)" (the 2nd); "a direct
    sequel to Scream 4" (the 5th). Another series' count ("the sixth in the Shrek franchise") is not it.
    `first_titled`: a film is titled the stem alone, so a longer title opening with it is no first film."""
    stated: set[int] = set()
    for m in _NTH_IN_SERIES.finditer(text):
        number = _number(m.group("n"))
        if number is not None and f" {stem} " in f" {title_key(m.group('series'))} ":
            stated.add(number)
    outright = set(stated)
    # ("a sequel to the 2007 film Ghost Rider and features Nicolas Cage …": the title may end at "and",
    # or go on with it: "the sequel to Dumb and Dumber")
    said = [m.group("series") for m in _SEQUEL_TO.finditer(text)]
    for series in {*said, *(_TOLD_ON.split(s, maxsplit=1)[0] for s in said)}:
        before = title_key(series)
        numbered = re.fullmatch(re.escape(stem) + r" (\d{1,2})", before)
        if before == stem:
            stated.add(2)
        elif numbered:
            stated.add(int(numbered.group(1)) + 1)
        elif _opens_with(before, stem) and not first_titled:
            # "the sequel to Bridget Jones's Diary": "bridget jones 2"; not "a sequel to Step Up
            # Revolution" when Step Up is a film of ours (the fifth: "step up 2" is one we lack)
            stated.add(2)
    # "the sequel to Men in Black (1997) and Men in Black II … third installment": one number only
    # (a place stated outright over one counted from the film it follows: Harry Potter and the
    # Prisoner of Azkaban is "the sequel to Harry Potter and the Chamber of Secrets … and the third
    # instalment")
    return (outright or stated) == {n}


def _opens_with(title: str, stem: str) -> bool:
    """A title key opening with the stem's words, its last perhaps possessive ("bridget joness diary"
    opens with "bridget jones"), not a number (that is another place in the series)."""
    words, said = title.split(), stem.split()
    head = words[: len(said)]
    if len(words) <= len(said) or words[len(said)].isdigit():
        return False
    return head == said or (head[:-1] == said[:-1] and head[-1:] == [said[-1] + "s"])


def _installment(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "scream 5", "puss in boots 2", "harry potter 3": a series number no title of ours carries, read
    from what a film of that series says of its place in it (one film only; no guess by year)."""
    # ("the third harry potter": its place said first)
    key = " ".join(key_words(req.mention or ""))
    numbered = (
        re.fullmatch(r"(?P<stem>.+?) (?P<n>\d{1,2})|(?P<nth>\d{1,2})(?:st|nd|rd|th) (?P<series>.+)", key)
        if req.unknown_title
        else None
    )
    if numbered is None:
        return None
    stem, n = numbered["stem"] or numbered["series"], int(numbered["n"] or numbered["nth"])
    first_titled = bool(view.titles.titled(stem))
    found = [
        f
        for f in view.titles.starting(stem)[:MAX_SERIES]
        if (req.year is None or f.year == req.year)  # (never another year than the one typed)
        and _states_place(" ".join(p.text for p in view.passages(f)[:2]), stem, n, first_titled)
    ]
    # (not when a subtitle typed after the number is not this film's: "… 2 secret of the ooze"; but
    # "naked gun 2 and a half" is The Naked Gun 2½)
    typed = {w for w in _typed_on(req, req.mention or "") if w.isalpha() and w not in STOPWORDS}
    other = len(typed - set(title_key(found[0].title).split())) >= SUBTITLE_WORDS if found else False
    return Resolved(found[0]) if len(found) == 1 and not other else None


SUBTITLE_WORDS = 2  # words typed after a series number that make a subtitle ("secret … ooze")


def _talked(view: View, context: Conversation) -> list[FilmRef]:
    """The films of the conversation we have, the one talked about first."""
    return [f for f in (context.film, *context.earlier) if f is not None and view.has(f)]


def _talked_holding(view: View, context: Conversation, typed: str) -> list[FilmRef]:
    """The films of the conversation whose title holds the words typed: its start, its end or its
    middle ("back to rises" after The Dark Knight Rises, "back to maisie" after What Maisie Knew)."""
    return [f for f in _talked(view, context) if typed and f" {typed} " in f" {title_key(f.title)} "]


def _back_to_talked(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "back to captain america" after Captain America: The First Avenger and another film: the film
    talked about whose title holds the words, not another film of those words alone ("back to the
    octopus one": Sh! The Octopus)."""
    if not (req.films or req.made_by) or not _BACK_TO.match(fold(req.text)) or _first_said(req):
        return None  # ("back to the first jurassic park" after Jurassic Park III: not the one talked about)
    # ("back to seven" after Seven (1995) and another film: the one of the title talked about, however
    # weak a title of one common word is)
    talked = [f for f in req.films if f in set(_talked(view, context))]
    if talked:
        return Resolved(talked[0]) if len(talked) == 1 else None
    said = _talked_holding(view, context, title_key(req.mention or req.made_by or ""))
    return Resolved(said[0]) if len(set(said)) == 1 else None


_BACK_TO = re.compile(r"(?:(?:ok|okay|so|and|now) )*(?:go )?back to\b")


def _talked_about(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "back to requiem", "back to rises", "back to maisie": a title we could not find, whose words
    the title of a film talked about earlier in the conversation holds, is that film."""
    if req.mention is None or not req.unknown_title or req.year is not None:
        return None
    typed = title_key(re.sub(r"^(?:back to|what about|how about)\s+", "", req.mention, flags=re.I))
    if not set(typed.split()) - STOPWORDS:
        return None
    said = _talked_holding(view, context, typed)
    return Resolved(said[0]) if said else None


# "and the one at the fair", "what about the one where they go to town": a film told by what sets it apart
_THE_ONE_WHERE = re.compile(
    r"\bthe (?:one|1|film|movie) (?:(?:that(?:'s| is)? )?set )?(?:at|in|on|where|with|about|when|from) "
    r"(?P<words>[^,;?!]+?)\s*(?:[,;?!]|\s-\s|$)"
)
SERIES_PREFIX_WORDS = 2  # the fewest opening words a series' titles share ("ma and pa kettle …")


def _sibling_told(view: View, req: Request, context: Conversation) -> Resolved | None:
    if req.films or (req.mention and not req.unknown_title):
        return None
    found = _series_film_told(view, req, context)
    return Resolved(found[0]) if found is not None else None


def retold_with_sibling(view: View, req: Request, context: Conversation) -> str | None:
    """ "and the one where theyre back on the farm, who starred" after Ma and Pa Kettle at the Fair:
    the question with the film's title for the words telling it ("and Ma and Pa Kettle Back on the
    Farm, who starred")."""
    found = _series_film_told(view, req, context)
    if found is None:
        return None
    sibling, told = found
    return f"{req.text[: told.start()]}{sibling.title}{req.text[told.end('words') :]}"


def _series_film_told(
    view: View, req: Request, context: Conversation
) -> tuple[FilmRef, re.Match[str]] | None:
    """ "ok and the one at the fair" after Ma and Pa Kettle Back on the Farm: the one film of the same
    series (titles opening alike) whose title holds the words said of it, and the words that told it."""
    told = _THE_ONE_WHERE.search(req.text.lower())  # (before folding: the comma ends the words)
    film = context.film
    if told is None or film is None:
        return None
    words = [w for w in title_key(told.group("words")).split() if w not in STOPWORDS and w not in FRAME]
    own = title_key(film.title).split()
    if not words or set(words) <= set(own):
        return None
    for n in range(len(own) - 1, SERIES_PREFIX_WORDS - 1, -1):
        series = [f for f in view.titles.starting(" ".join(own[:n])) if f != film]
        if not series:
            continue
        # (all the words said, or all but one: "the one where theyre back on the farm")
        held = {f: len(set(words) & set(title_key(f.title).split()[n:])) for f in series}
        best = max(held.values())
        named = [f for f, count in held.items() if count == best]
        if best >= max(1, len(set(words)) - 1):
            return (named[0], told) if len(named) == 1 else None
    return None


_VERSION_NOUNS = "one|1|version|serial|film|movie|remake|original|short|cartoon|picture"


_CALLED_THAT = re.compile(
    r"\b(?:the|an?) (?P<year>(?:19|20)?\d\d)(?: [\w'-]+){0,3}? (?:called|titled|named) (?:that|it)\b"
)


def _full_year(typed: str) -> int:
    return int(typed) if len(typed) == 4 else two_digit_year(typed)


def _version_of_the_year_said(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "the 1941 serial - who directed that" after Sky Raiders (1931), "ok and the 1940 cisco kid one":
    the conversation's title, the version of the year said (not 1941, the film titled by the year)."""
    film = context.film
    years = (
        {req.year}
        if req.year
        else {int(f.title) for f in req.films if re.fullmatch(r"(?:19|20)\d\d", f.title)}
    )
    # ("theres also a 96 hbo thriller called that right?": the title talked about, another year's film)
    called = _CALLED_THAT.search(fold(req.text))
    years = years or ({_full_year(called["year"])} if called and not req.films else set())
    if film is None or len(years) != 1:
        return None
    year = years.pop()
    said = (
        called
        # (in two digits too: "the 33 one?" after Bondage, 1917)
        or re.search(
            rf"\bthe (?:{year}|{year % 100:02d})(?: [\w'-]+){{0,3}}? (?:{_VERSION_NOUNS})\b", fold(req.text)
        )
        # ("what about 1941" after the 1931 Dr. Jekyll and Mr. Hyde: the year alone, of the title talked about)
        or re.fullmatch(
            rf"(?:(?:ok|okay|so|and) )*(?:(?:what|how) about|and|in) (?:the )?(?:version from )?{year}",
            " ".join(re.findall(r"\w+", fold(req.text))),
        )
    )
    versions = [f for f in view.titles.same_title(film) if f.year == year and f != film]
    return Resolved(versions[0]) if said and len(versions) == 1 else None


def _back_to_year_titled(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "back to 2012 - who plays the geologist": a film titled by a year, talked about earlier (not
    the current film's version of that year)."""
    back = re.match(r"\s*(?:ok(?:ay)?,? )?back to ((?:19|20)\d\d)\b", req.text.lower())
    said = [f for f in context.earlier if back and title_key(f.title) == back.group(1)]
    return Resolved(said[0]) if said and not req.films else None


def _title_then_person(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "changeling angelina jolie who directed": words that name no film, made of a title we have and
    then one of that film's people (of several films of the title, the one they name)."""
    if req.mention is None or not req.unknown_title:
        return None
    words = fold(req.mention).split()
    # (no cut inside a name: "the salton sea val kilmer" is not Val, then Kilmer)
    names = [f" {n} " for n in view.people().named_in(req.mention) if " " in n]
    for cut in range(len(words) - 1, 0, -1):
        if any(f" {words[cut - 1]} {words[cut]} " in n for n in names):
            continue
        # "cliffhanger stallone", "magnolia pta", "the edge hopkins baldwin movie": surnames, initials
        said = [w for w in words[cut:] if w not in _FILLER]
        match = view.titles.resolve(" ".join(words[:cut]))
        films = match.candidates or ((match.film,) if match.film else ())
        # (of titles merely suggested for the words, those the words hold or open with: "shenandoah
        # jimmy", "shang chi meng er"; not "moonfall halle berry" for Moon)
        # (a title only opened, "there goes kelly" for There Goes My Heart, needs its person in full:
        # "shang chi meng er", not a surname alone)
        films = (
            films
            if match.score > 0
            else tuple(
                f for f in films if _typed_in(words[:cut], f) and (len(said) >= 2 or _holds(words[:cut], f))
            )
        )
        # ("the majestic jim carrey 2001": of that year only; "snake eater lorenzo lamas" is not Snake
        # Eater II, a number left out)
        films = tuple(
            f
            for f in films
            if (req.year is None or f.year == req.year) and not _number_left_out(words[:cut], f)
        )
        named = [f for f in films if said and (_people_or_owner_of(view, f, said) or _part_of(view, f, said))]
        # ("eternals marvel 2021", "bataan ww2 movie": a title we have, then only a studio's name or
        # words for what film it is)
        # (not only a genre's word: "rocky horror" is a longer title we lack)
        plain = not said and bool(set(words[cut:]) & (_STUDIOS | _WHAT_FILM))
        named = named or ([match.film] if plain and match.film in films else [])
        # ("the grey liam neeson wolves movie": a person of the film, then a word or two of its story)
        named = named or [f for f in films if _person_then_story(view, f, said)]
        if len(named) == 1:
            return Resolved(named[0])
    return None


def _title_before_a_titled_name(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "spooks three stooges 1953 who directed": a title of ours of the year said (Spooks!), then
    people its credits name whose name is a title too (The Three Stooges, of no film of 1953)."""
    titled = req.films or tuple(view.titles.titled(req.mention or ""))
    if req.year is None or not req.mention or not titled or any(f.year == req.year for f in titled):
        return None
    name = fold(req.mention).removeprefix("the ").split()
    m = re.search(
        rf"^(?P<before>.+?)\s+(?:the\s+)?{re.escape(' '.join(name))}\b", " ".join(_typed_past_chat(req.text))
    )
    if m is None:
        return None
    match = view.titles.resolve(m.group("before"))
    films = match.candidates or ((match.film,) if match.film else ())
    named = [
        f
        for f in films
        if f.year == req.year
        and any(fold(c.person).removeprefix("the ").split() == name for c in view.facts(f).cast)
    ]
    return Resolved(named[0]) if len(named) == 1 else None


def _owners_title(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "spielberg's jaws", "chaplins the pawnshop": a person of the film, then its whole title (of
    several films of the title, the one that person made or is in)."""
    if req.mention is None or not req.unknown_title:
        return None
    owned = _owned_by(view, req.mention, req.year)
    return Resolved(owned) if owned is not None else None


STUDIO_LETTERS = 4  # the fewest letters of one word naming a studio ("Pixar", not "Fox")


def _studio_said(view: View, film: FilmRef, owner: list[str]) -> bool:
    """One word, capitalised in the film's own text as a maker's name ("Disney", "Pixar")."""
    if len(owner) != 1 or len(owner[0]) < STUDIO_LETTERS:
        return False
    # (inside a sentence, any word opening one being capitalised; not naming a longer title, "A sequel,
    # Another Stakeout, followed")
    said = re.compile(
        rf"(?<=[\w,] ){re.escape(owner[0].capitalize())}\b(?! {re.escape(split_subtitle(film.title)[0])})"
    )
    return any(said.search(p.text) for p in view.passages(film)[:2])


def _owned_by(view: View, typed: str, year: int | None) -> FilmRef | None:
    """The one film a person's name then a title typed names: that title's film crediting the person,
    or a title of the person's own ("del toro pinocchio": Guillermo del Toro's Pinocchio)."""
    words = fold(_POSSESSIVE.sub("", typed)).split()
    for cut in range(1, min(OWNER_WORDS, len(words) - 1) + 1):
        owner = [w for w in words[:cut] if w not in ARTICLES]
        rest = words[cut:]
        if not owner:
            continue
        films = {
            f
            for spot in view.titles.spot_exact(rest)
            if spot.start == 0 and spot.end == len(rest)
            for f in spot.films
            if year is None or f.year == year
        }
        # ("chaplins": the possessive typed without its apostrophe)
        said = [" ".join(owner), " ".join([*owner[:-1], owner[-1][:-1]]) if owner[-1].endswith("s") else ""]
        # (or a studio its text names: "the disney pinocchio" of "… produced by Walt Disney Productions")
        named = [
            f
            for f in films
            if (any(who and _names(view, f, who, 1) for who in said) or _studio_said(view, f, owner))
            # (not a word only another film's: "the swedish intermezzo" of the 1939 remake)
            and not _only_of_another_film(view, f, " ".join(owner))
        ]
        if len(named) == 1:
            return named[0]
    owned = [
        f
        for f in view.titles.suggest(typed, limit=5)
        if (m := _OWNED_TITLE.match(f.title)) is not None
        and (n := len(title_key(m.group("title")).split())) < len(words)
        and title_key(m.group("title")) == " ".join(words[-n:])
        and set(words[:-n]) - ARTICLES <= set(fold(m.group("owner")).split())
        and (year is None or f.year == year)
    ]
    return owned[0] if len(owned) == 1 else None


OWNER_WORDS = 3  # "guillermo del toro's pinocchio": the longest name read before a title
_OWNED_TITLE = re.compile(r"^(?P<owner>[^'’]+?)['’]s? (?P<title>.+)$")  # "Guillermo del Toro's Pinocchio"


def _holds(words: list[str], film: FilmRef) -> bool:
    """Whether the words hold every word of the film's title."""
    return set(title_key(film.title).split()) <= set(words)


def _typed_in(words: list[str], film: FilmRef) -> bool:
    """Whether the words hold the film's title, or open with two words or more of it."""
    key = title_key(film.title).split()
    opening = next(
        (i for i, (a, b) in enumerate(zip(words, key, strict=False)) if a != b), min(len(words), len(key))
    )
    return _holds(words, film) or opening >= 2


def _person_then_story(view: View, film: FilmRef, said: list[str]) -> bool:
    """The words name one of the film's people (in full, or a surname), then one or two words its
    reviews hold."""
    cuts = [cut for cut in (1, 2, 3) if 1 <= len(said) - cut <= 2 and _people_of(view, film, said[:cut])]
    if not cuts:
        return False
    text = {ev.stem(w) for p in view.passages(film) for w in ev.words(p.text)}
    return any(all(ev.stem(w) in text for w in said[cut:]) for cut in cuts)


_STUDIOS = frozenset(
    {"disney", "pixar", "marvel", "dreamworks", "netflix", "hbo", "mgm", "warner", "ghibli", "dc"}
)
_WHAT_FILM = frozenset({"serial", "ww2", "wwii", "ww1", "wwi", "documentary", "doc", "miniseries", "romcom"})
_FILLER = (
    GENRE_WORDS
    | {"the", "movie", "film", "flick", "one", "and"}
    | _WHAT_FILM
    | {"plays", "played", "playing", "voices"}
    | _STUDIOS
)


def _person_then_title(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "roddy piper they live what role": a name the question opens with, then a title we have that
    credits that person (of several films of the title, the one that does)."""
    if req.mention is None or not req.unknown_title or req.year is not None:
        return None
    text, said = fold(req.text), fold(req.mention)
    if not text.startswith(said):
        return None
    words = text[len(said) :].split()
    named = {
        f
        for spot in view.titles.spot_exact(words)
        if len(" ".join(words[spot.start : spot.end])) >= 4
        for f in spot.films
        if _names(view, f, said, 1)
    }
    return Resolved(named.pop()) if len(named) == 1 else None


def _part_of(view: View, film: FilmRef, said: list[str]) -> bool:
    """A part's whole name, two words or more ("tinker tailor george smiley actor"; not "finding
    dory", a sequel we lack named after a part of Finding Nemo)."""
    return len(said) >= 2 and any(fold(c.character or "").split() == said for c in view.facts(film).cast)


def _names_listed(view: View, film: FilmRef, aside: str) -> bool:
    """ "jimmy stewart n henry fonda": two or more names listed, each ending with the surname of one of
    the film's people (a first name as it is known, not as credited: James Stewart)."""
    names = [n.split() for n in re.split(r"\s+(?:and|n|&)\s+|\s*,\s*", fold(aside)) if n.strip()]
    return len(names) >= 2 and all(
        1 <= len(n) <= NAME_WORDS and _people_of(view, film, n[-1:]) for n in names
    )


NAME_WORDS = 3  # words of a name listed after a title, at most


def _people_of(view: View, film: FilmRef, words: list[str]) -> bool:
    """Whether each word is a surname of the film's people (four letters or more), or their initials."""
    facts = view.facts(film)
    people = {c.person for c in (*facts.cast, *facts.directors, *facts.writers)}
    if any(fold(p).split() == words for p in people):
        return True  # "the frighteners michael j fox": a full name
    surnames = {fold(p).split()[-1] for p in people if fold(p).split()}
    # (initials, not a small word that spells some: "in" is no Ian N…)
    initials = {initials_of(p) for p in people} - ev.STOP
    # (or a first name, cut short or not, before its surname: "basic travolta sam jackson")
    named = {(n[0], n[-1]) for p in people if len(n := fold(p).split()) > 1}
    return all(
        (len(w) >= 4 and w in surnames)
        or (2 <= len(w) <= 3 and w in initials)
        or any(
            last == nxt and first.startswith(w) and len(w) >= 3
            for first, last in named
            for nxt in words[i + 1 : i + 2]
        )
        for i, w in enumerate(words)
    )


SHORT_NAME_MIN = 4  # letters, at least, of a first name typed cut short ("shaq" for Shaquille)


def _short_for_a_name(view: View, film: FilmRef, word: str) -> bool:
    """ "steel w/ shaq": the opening letters of one of the film's people's first names (Shaquille)."""
    facts = view.facts(film)
    firsts = {fold(c.person).split()[0] for c in (*facts.cast, *facts.directors) if c.person.strip()}
    return len(word) >= SHORT_NAME_MIN and any(f.startswith(word) and len(f) >= len(word) + 2 for f in firsts)


def _words_said(text: str) -> str:
    """The question's words, spaced, possessives dropped ("john hurt's" names John Hurt)."""
    words = ev.words(fold(_POSSESSIVE.sub("", text)))
    return f" {' '.join(words)} "


_POSSESSIVE = re.compile(r"['’]s\b")


def _named_in_full(view: View, film: FilmRef, said: str) -> bool:
    """Whether one of the film's cast or directors is named in full in the words said."""
    facts = view.facts(film)
    people = {c.person for c in (*facts.cast, *facts.directors, *facts.writers)}
    return any(len(ev.words(p)) >= 2 and f" {' '.join(ev.words(fold(p)))} " in said for p in people)


def _year_as_title(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "who is john cusack in 2012", "john hurt's role in 1984": a year that is a film's title, when
    the question names one of that film's people in full ("bertoluccis 1900 cast": or the words typed
    as its title are its director's name and the year)."""
    if req.films:
        return None
    numbers = set(re.findall(r"\b(?:19|20)\d\d\b", req.text))
    if req.mention is not None:
        # ("the raven 2012 john cusack": a title we lack, and its year)
        said = [w for w in ev.words(fold(_POSSESSIVE.sub("", req.mention))) if w not in numbers]
        owned = [w[:-1] if w.endswith("s") else w for w in said]
        kinds = bool(said) and all(w in GENRE_WORDS for w in said)
        # ("2012 the disaster movie": the year typed apart, then only what kind of film it is)
        numbers = {n for n in numbers if n in req.mention or kinds}
        films = [f for n in numbers for f in _titled(view, n)]
        # ("2012 the disaster movie": what kind of film its opening says it is)
        named = [
            f
            for f in films
            if said
            and (_people_of(view, f, said) or _people_of(view, f, owned) or _opens_saying(view, f, said))
        ]
        return Resolved(named[0]) if len(named) == 1 else None
    films = [f for n in numbers for f in _titled(view, n)]
    text = _words_said(req.text)
    named = [f for f in films if _named_in_full(view, f, text)]
    return Resolved(named[0]) if len(named) == 1 else None


def _titled(view: View, words: str) -> list[FilmRef]:
    """The films whose title is exactly these words ("1984")."""
    return [f for f in view.titles.titled(words) if f.title == words]


def _title_words_reordered(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "crystal skull indiana jones - who leads the soviet agents": a title we lack whose words are
    most of one title of ours, in another order (of the year said, if one is)."""
    if not req.unknown_title or not req.mention:
        return None
    films = [f for f in view.titles.holding_words(req.mention) if req.year is None or f.year == req.year]
    return Resolved(films[0]) if len(films) == 1 else None


def _small_word_swapped(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "who directed the bridges of toko-ri": a title we lack that is one title of ours (of the year
    said, if one is) but for one small joining word typed for another (The Bridges at Toko-Ri)."""
    if not req.unknown_title or not req.mention:
        return None
    typed = _without_articles(title_key(req.mention)).split()
    swapped = [
        f
        for f in view.titles.suggest(req.mention, 3)
        if (req.year is None or f.year == req.year)
        and len(ours := _without_articles(title_key(f.title)).split()) == len(typed) >= 3
        and len(apart := [(a, b) for a, b in zip(typed, ours, strict=True) if a != b]) == 1
        and {apart[0][0], apart[0][1]} <= _SMALL_JOINING
    ]
    return Resolved(swapped[0]) if len(swapped) == 1 else None


# small words people type one for another inside a title
_SMALL_JOINING = frozenset({"of", "at", "in", "on"})


def _biopic_by_name(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "peter sellers biopic who plays his mom": a person's name and a word for a film about them —
    the one film whose title holds that name (The Life and Death of Peter Sellers); none, a film we
    lack (not "the jackie robinson biopic" read as Jackie, 1921)."""
    if req.mention is None or req.year is not None:
        return None
    said = fold(req.text)
    m = _BIOPIC.search(said)
    before = said[: m.start()].split() if m else []
    people = view.people()
    name = next(
        (
            " ".join(before[-n:])
            for n in (2, 3)
            if len(before) >= n
            and people.is_first_name(before[-n])
            and not any(w in ev.STOP for w in before[-n:])
        ),
        None,
    )
    if m is None or name is None or not set(fold(req.mention).split()) & set(name.split()):
        return None
    titled = view.titles.holding(name)
    if req.films and any(f in titled for f in req.films):
        return None
    if len(titled) == 1:
        return Resolved(titled[0])
    return _unknown(view, req, f"{name} {m.group()}", None)


# a word for a film about someone, after their name
_BIOPIC = re.compile(r"\b(?:biopic|bio pic|life story|biography)\b")


def _not_ours(view: View, req: Request, context: Conversation) -> Resolved | None:
    """A title we do not have, or not from that year: refused, with the closest titles we have."""
    if req.mention is None or not (req.unknown_title or req.year is not None) or req.films:
        return None
    dated = (
        _dated_by_its_text(view, req.mention, req.year)
        or _owners_of_the_year(view, req.mention, req.year)
        or _known_that_year(view, req.mention, req.year)
        or _ending_that_year(view, req.mention, req.year)
    )
    # ("instant family (2018) director?": a word typed before a title that is no film's of that year)
    opened = _run_before(req.text, req.mention)
    if dated is not None and opened:
        return _unknown(view, req, " ".join([*opened, req.mention]), req.year)
    if dated is not None:
        return Resolved(dated)
    # ("se7en whats in the box": the opening words were read as a title we lack, but we have it;
    # not "the movie after jaws", another film told by this one)
    after = re.search(rf"\b(?:after|following|before) {re.escape(fold(req.mention))}\b", fold(req.text))
    exact = tuple(
        f
        for f in (view.titles.resolve(req.mention).candidates if after is None else ())
        if title_key(f.title) == title_key(req.mention) and (req.year is None or f.year == req.year)
    )
    if req.year is None and len(exact) > 1:
        return _ambiguous(view, req, req.mention, exact)
    # ("who directed what dreams may come": a verb and a word more are the rest of a title we lack)
    said = _run_after(req.text, req.mention.lower())
    # ("where did they shoot fruits of passion": a word joined on before it, a longer title we lack)
    joined = _joined_on(view, req, exact) if len(exact) == 1 else None
    if len(exact) != 1 or _linked(said) or joined:
        typed = joined or (" ".join([req.mention, *said]) if _linked(said) else req.mention)
        return _unknown(view, req, typed, req.year)
    return (_first_version(view, req, exact[0]) if _first_said(req) else None) or Resolved(exact[0])


def _owners_of_the_year(
    view: View, mention: str, year: int | None, films: Iterable[FilmRef] | None = None
) -> FilmRef | None:
    """ "the lorax 2012": the one film of that year (among `films`, else the titles close to the words
    typed) whose title is the one typed after whose it is (Dr. Seuss' The Lorax); without the year, only
    offered ("dracula" is not Bram Stoker's Dracula)."""
    if year is None:
        return None
    typed = title_key(re.sub(rf"\W*\(?{year}\)?\W*$", "", mention))
    pool = view.titles.resolve(mention).candidates if films is None else films
    owned = [f for f in pool if f.year == year and after_owner(f.title) == typed]
    return owned[0] if len(owned) == 1 and typed else None


def _dated_by_its_text(view: View, mention: str, year: int | None) -> FilmRef | None:
    """ "taken 2008": the one film of the title whose own text dates it that year ("Taken is a 2008
    French … film"), though it is listed under its release a year later."""
    if year is None:
        return None
    same = [f for f in view.titles.resolve(mention).candidates if title_key(f.title) == title_key(mention)]
    said = re.compile(rf"\b(?:is|was) an? (?:[\w-]+ ){{0,2}}{year}\b")
    dated = [
        f
        for f in same
        if f.year is not None
        and abs(f.year - year) == 1
        and any(said.search(p.text[:300]) for p in view.passages(f)[:1])
    ]
    return dated[0] if len(dated) == 1 else None


def _version_of_talk_by_name(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "and in the elvis version what does he play" after Kid Galahad (1937): the other version of the
    film talked about that credits someone so named, though the name is a title too (Elvis)."""
    film = context.film
    m = _THE_NAME_VERSION.search(fold(req.text))
    if film is None or m is None:
        return None
    said = m.group("who").split()
    versions = [
        f
        for f in view.titles.same_title(film)
        if f != film
        and any(
            set(said) <= set(fold(c.person).split()) for c in (*view.facts(f).cast, *view.facts(f).directors)
        )
    ]
    return Resolved(versions[0]) if len(versions) == 1 else None


_THE_NAME_VERSION = re.compile(r"(?<!\bnot )\bthe (?P<who>[a-z]+(?: [a-z]+)?) (?:one|version|remake)\b")


def _made_by(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "and in the john wayne one": of the films sharing the named (or the conversation's) title, the
    one whose reviews name that person."""
    # (not "the brass lantern affair plot": words before the title, read where they lead)
    if req.made_by is None or (req.leading is not None and fold(req.made_by) in fold(req.leading)):
        return None
    # ("and the documentary one, what was it up for": a word read as a title by chance is not the film
    # whose versions are asked about)
    weak = req.weak_mention and context.film is not None
    base = req.films[0] if req.films and not weak else context.film
    # ("two of a kind" offered as 1951 or 1983, then "the one with lizabeth scott": one of those)
    base = base or (context.choices[0] if context.choices and not req.films else None)
    # ("bertoluccis 1900 cast, the super long italian one": the title typed is read on; "kestrel bay,
    # the 2009 thriller": a kind of film and its year say which version of no film talked about)
    if base is None and (req.unknown_title or names_a_kind(req.made_by.split())):
        return None
    if base is None:
        # "the postman costner one": a title we have, then one of its people
        split = _title_then_person(view, replace(req, mention=req.made_by, unknown_title=True), context)
        return split or Resolved(None, ev.abstain(req, note="Which film do you mean?"))
    return _version_made_by_or_said(view, req, base, req.made_by)


def _version_made_by_or_said(view: View, req: Request, base: FilmRef, made_by: str) -> Resolved | None:
    """Of the films of `base`'s title, the one of the year or decade said, or made by or naming the
    person said; a refusal when none is."""
    versions = _versions(view, base)
    dated = [f for f in versions if req.year is not None and f.year == req.year]
    # ("and the silent one from 25" after Ben-Hur: Ben-Hur: A Tale of the Christ, a version titled longer)
    dated = dated or (view.titles.version_of(base.title, req.year) if req.year is not None else [])
    # ("the western from the 50s with the same name": the decade says which)
    dated = dated or (_of_the_decade(versions, req.decade) if req.decade else [])
    if len(dated) == 1:
        return Resolved(dated[0])  # "no escape 1994 the island prison one": the year says which
    if _PRE_CODE.fullmatch(made_by):
        # ("divorce among friends, the pre code one": the era says which — and that no later film is it)
        era = _of_years(versions, PRE_CODE_YEARS)
        if len(era) == 1:
            return Resolved(era[0])
        if not era:
            note = f"None of my “{base.title}” films is from the pre-Code years."
            return Resolved(None, ev.abstain(req, note=note, closest=list(versions)[:3]))
    if req.version == "later" or re.search(r"\bremake\b", req.text.lower()):
        # "and the adam sandler remake" of Mr. Deeds Goes to Town: a remake under another title, told
        # by its own text ("a remake of the 1936 Frank Capra film Mr. Deeds Goes to Town")
        versions = (*versions, *(f for f in _told_relation(view, base, "remake") if f not in versions))
    made = _version_made_by(view, made_by, versions) or _longer_title_made_by(view, made_by, base, versions)
    # ("tomorrowland actors, the disney one w clooney": the one film of the title, and one of its
    # people named beside)
    said = [w for w in ev.words(fold(req.query)) if len(w) >= 4 and w not in ASKING]
    named = len(versions) == 1 and any(_people_of(view, versions[0], [w]) for w in said)
    made = made or (versions[0] if named else None) or _of_the_era_said(versions, made_by)
    if made is not None:
        return Resolved(made)
    # ("men of respect w rod steiger, who is turturro playing": every version credits him — the same
    # film listed twice — so he says nothing of which; the rest of the question may)
    if sum(_names(view, f, made_by, 0) for f in versions) > 1:
        return None
    note = f"I don't know which “{base.title}” film is the {made_by.title()} one."
    return Resolved(None, ev.abstain(req, note=note, closest=list(versions)[:3]))


def _of_the_era_said(versions: tuple[FilmRef, ...] | list[FilmRef], made_by: str) -> FilmRef | None:
    """ "king kong the black and white one", "the silent one": when no review says so, the one version
    from the years such films were made (one only)."""
    era = next((years for said, years in _ERAS if said.fullmatch(made_by)), None)
    fits = _of_years(versions, era) if era is not None else []
    return fits[0] if len(fits) == 1 else None


def _of_years(versions: tuple[FilmRef, ...] | list[FilmRef], years: tuple[int, int]) -> list[FilmRef]:
    """The versions from these years (first and last included)."""
    first, last = years
    return [f for f in versions if f.year is not None and first <= f.year <= last]


# kinds of film said of a version that only some years made (black and white until the 1960s)
_ERAS = (
    (re.compile(r"black (?:and|n) white|b (?:and |n )?w|monochrome"), (1890, 1965)),
    (re.compile(r"silent"), (1890, 1929)),
    (re.compile(r"(?:technicolou?r|colou?r)(?: one)?"), (1935, 2100)),
)
_PRE_CODE = re.compile(r"pre ?code")
PRE_CODE_YEARS = (1929, 1934)  # from talkies to the Production Code's enforcement


def _versions(view: View, film: FilmRef) -> tuple[FilmRef, ...]:
    """The films of this film's title (itself when the title resolves to no other)."""
    match = view.titles.resolve(film.title)
    return match.candidates or ((match.film,) if match.film else (film,))


def _not_made_by(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "silver streak (not the gene wilder one) year": of the films of the title named, the one whose
    reviews do not name that person, when only one is left."""
    if req.not_made_by is None:
        return None
    talked = context.film if not req.films and req.refers_back else None
    base = req.films[0] if req.films else talked
    if base is None:
        return None
    versions = tuple(dict.fromkeys((*req.films, *_versions(view, base))))
    # ("… not the 46 one": the version of that year ruled out, of the films the title typed names)
    dated = req.not_made_by.isdigit()
    others = [
        f
        for f in (req.films if dated and len(req.films) > 1 else versions)
        if (f.year != int(req.not_made_by) if dated else not _says(view, f, req.not_made_by))
    ]
    # ("not the spielberg one lol" after The Hook (1963): the film talked about, when it is not that one)
    if talked in others:
        return Resolved(talked)
    return Resolved(others[0]) if len(others) == 1 and len(versions) > 1 else None


def _longer_title_made_by(
    view: View, made_by: str, base: FilmRef, versions: tuple[FilmRef, ...]
) -> FilmRef | None:
    """ "what about the denzel washington one" after Macbeth: the one film whose longer title holds
    the title (The Tragedy of Macbeth) and that credits the person named."""
    wider = [f for f in view.titles.holding(base.title) if f not in versions][:LONGER_TITLES]
    credited = [f for f in wider if _names(view, f, made_by, 1)]
    # ("what about the kitty galore one" after Cats & Dogs: the one whose title says those words)
    said = set(title_key(made_by).split())
    credited = credited or [f for f in wider if said and said <= set(title_key(f.title).split())]
    # ("grinch live action one": of The Grinch (2018), animated, and How the Grinch Stole Christmas, the
    # one not animated)
    if not credited and fold(made_by).replace("-", " ") == "live action":
        drawn = [f for f in (*versions, *wider) if _says(view, f, "animated", opening=True)]
        credited = [f for f in wider if f not in drawn] if drawn else []
    return credited[0] if len(credited) == 1 else None


SOUND_FILMS = 1929  # the year sound films took over from silent ones
LONGER_TITLES = 30  # the films with a longer title holding the one asked, read for a person's credit


def _version_made_by(view: View, made_by: str, versions: tuple[FilmRef, ...]) -> FilmRef | None:
    """The one version whose reviews name the person, or say the words ("the civil war one")."""
    # a part or a crew credit first, then any credit, then any mention: a remake's review may list
    # the original's stars ("the steve mcqueen heist one": the name without its genre)
    # ("a bugs bunny cartoon with the same name": Bugs Bunny)
    # ("that marx brothers one": the family, by its name)
    who = " ".join(w for w in made_by.split() if w not in GENRE_WORDS | KINDS_OF_VERSION | _FAMILY) or made_by
    kinds = [w for w in made_by.split() if w in KINDS_OF_VERSION]
    for strength in (2, 1, 0):
        # (a mere mention beside another film's year is that film's: "the 2000 live-action … film
        # starring Jim Carrey" in The Grinch (2018))
        # (nor a part read from such a mention: "a remake of the 1918 film M'liss starring Mary Pickford in
        # the title role" in M'Liss of 1936; Ransom (1996) credits Glenn Ford only in telling of the 1956
        # film, "Ransom!, starring Glenn Ford")
        made = [
            f for f in versions if _names(view, f, who, strength) and not _only_of_another_film(view, f, who)
        ]
        if len(made) > 1 and kinds:  # both name Bugs Bunny: the cartoon is the one asked about
            made = [f for f in made if all(_says(view, f, k) for k in kinds)]
        if len(made) == 1:
            return made[0]
    # "glory, the civil war one", "luca, the pixar one": the version whose reviews say those words
    said = [f for f in versions if _says(view, f, made_by) and not _only_of_another_film(view, f, made_by)]
    # (the musical remake of a comedy: its opening says what it is, "a 1955 … comedy musical film"; the
    # other's reviews may mention it)
    opening = [f for f in said if len(said) > 1 and kinds and _says(view, f, made_by, opening=True)]
    if len(said) == 1 or len(opening) == 1:
        return (opening or said)[0]
    # ("wasnt there an older silent version": the one made before films had sound, though its reviews
    # don't say "silent")
    early = [f for f in versions if "silent" in kinds and f.year is not None and f.year < SOUND_FILMS]
    if len(early) == 1:
        return early[0]
    # "shampoo, the warren beatty hairdresser one": the only film of the title, when its reviews say
    # some of what the question says of it (not "the tv version with richard chamberlain" of the one
    # film we have, which is another film)
    words = [w for w in fold(made_by).split() if len(w) > 2 and w not in GENRE_WORDS]
    if len(versions) == 1 and _said_forms(view, versions[0], words):
        return None if _only_of_another_film(view, versions[0], made_by) else versions[0]
    # ("days of heaven, the wheat field one": the only film of the title, described in words that name
    # nobody — not "the peter jackson one" of a King Kong we have only from 1933)
    # (and in words the reviews use somewhere: "the jlo stripper one" may name someone by a nickname;
    # never a kind of version: "the animated one" is another film)
    plain = bool(words) and all(w not in KINDS_OF_VERSION and view.doc_share(w) > 0 for w in words)
    # (nor "cyclone of the range tom tyler one": a name among the words that the film's reviews don't)
    typed = made_by.split()
    pairs = [" ".join(typed[i : i + 2]) for i in range(max(1, len(typed) - 1))]
    stranger = len(versions) == 1 and any(
        _names_someone(view, p) and not _names(view, versions[0], p, 0) for p in pairs
    )
    return versions[0] if len(versions) == 1 and plain and not stranger else None


def _names_someone(view: View, words: str) -> bool:
    """Whether the words are a person's name in the films whose passages come closest to them."""
    facts = [view.facts(hit.passage.film) for hit in view.search(words, k=PERSON_FILMS)]
    credited = (c.person for f in facts for c in (*f.cast, *f.directors, *f.writers, *f.others))
    return any(is_name(words, person) for person in (*(p for f in facts for p in f.people), *credited))


PERSON_FILMS = 5  # passages searched for the person the words may name


_FAMILY = frozenset({"brothers", "bros", "sisters"})


def _says(view: View, film: FilmRef, words: str, opening: bool = False) -> bool:
    """Whether the film's reviews say the words (with `opening`, the first sentence of its first
    review: what kind of film it is)."""
    passages = view.passages(film)
    text = " ".join(fold(p.text) for p in passages) if not opening else _what_it_is(passages)
    said = _SAID_AS.get(fold(words), (fold(words),))
    return any(re.search(rf"\b{re.escape(w)}\b", text) for w in said)


def _only_of_another_film(view: View, film: FilmRef, aside: str) -> bool:
    """Whether the film's reviews name the person only beside another film and its year ("Other film
    versions include Sadie Thompson (1928) starring Gloria Swanson"): that film's, not this one's."""
    words = [re.escape(w) for w in fold(aside).split()]
    if not words:
        return False
    said = re.compile(r"\b" + r"\W+".join(words) + r"\b")
    # (another film's year: "Hard to Handle (1933) … starring James Cagney" is the film's own; before
    # the name, "the 2000 live-action feature-length film starring Jim Carrey")
    others = re.compile(rf"\((?!{film.year}\))(?:18|19|20)\d\d\)")
    # ("In 1956, it was adapted … into the feature film, Ransom!, starring Glenn Ford": another year's film)
    dated = re.compile(
        rf"\bthe (?!{film.year}\b)(?:18|19|20)\d\d (?:[\w-]+ ){{0,8}}?(?:{_FILM_NOUNS})\b"
        rf"|^in (?!{film.year}\b)(?:18|19|20)\d\d\b.*\b(?:{_FILM_NOUNS})\b"
        # ("Another same-titled remake was released in 1936, starring Anne Shirley")
        rf"|\b(?:{_FILM_NOUNS})\b.*\b(?:released|made|filmed) in (?!{film.year}\b)(?:18|19|20)\d\d\b"
    )
    found = [
        (s, m.start())
        for p in view.passages(film)
        for s in ev.sentences(p)
        if (m := said.search(fold(s))) is not None
    ]
    # (a sentence opening with the film's own title tells of it, whatever year it gives after: "The
    # Europeans is a 1979 British Merchant Ivory film … based on Henry James's novel (1878)")
    own = fold(film.title)
    # ("Intermezzo is a 1939 … remake of a 1936 Swedish film": right after another year and before a
    # word for a film, whatever opens it; not "the 1945 Rodgers and Hammerstein stage musical")
    right_after = re.compile(
        rf"\b(?:a|an|the) (?!{film.year}\b)(?:18|19|20)\d\d {said.pattern}(?: [\w-]+)?? (?:film|movie|version)\b"
    )
    return bool(found) and all(
        right_after.search(fold(s))
        or (not fold(s).startswith(own) and (others.search(s) or dated.search(fold(s)[:at])))
        for s, at in found
    )


_FILM_NOUNS = "film|movie|version|adaptation|special|serial|feature|remake|musical|cartoon"


def _titled_with(view: View, film: FilmRef, aside: str) -> bool:
    """Whether the film's reviews name a longer title made of its title and the words after it
    ("followed by … Sniper: Ghost Shooter"): another film, which we lack."""
    longer = re.compile(rf"\b{re.escape(fold(film.title))}\W{{1,3}}{re.escape(fold(aside))}\b")
    return any(longer.search(fold(p.text)) for p in view.passages(film))


def _says_what_it_is(view: View, film: FilmRef, said: list[str]) -> bool:
    """ "paris is burning doc", "titanica imax doc": what kind of film it is, as its opening says;
    "loveless russian movie", "the dig netflix movie": where it is from or shown, which its reviews
    need not say."""
    kinds = {_KIND_SHORTHANDS.get(w, w) for w in said}
    if kinds <= GENRE_WORDS | _FORMATS:
        # (a format may be told later: "the first dramatic film shot in the IMAX format")
        return kinds - _FORMATS <= set(ev.words(_first_sentence(view.passages(film)))) and all(
            _format_said(view, film, w) for w in kinds & _FORMATS
        )
    return set(said) <= NATIONALITIES | _OUTLETS and not _from_elsewhere(view, film, said)


def _format_said(view: View, film: FilmRef, word: str) -> bool:
    """Whether the film's reviews say it is in this format ("3d": "a 1954 American 3-D film"; a
    cartoon: "a 1949 Warner Bros. Looney Tunes short")."""
    if word == "cartoon":
        return any(_CARTOON_SAID.search(fold(p.text)) for p in view.passages(film))
    return any(word in ev.words(_FORMAT_SPELLINGS.sub("3d", fold(p.text))) for p in view.passages(film))


_CARTOON_SAID = re.compile(r"\b(?:cartoons?|animated|animation|looney tunes|merrie melodies)\b")


def _kind_said(view: View, film: FilmRef, word: str) -> bool:
    """ "the battle of san pietro doc": a kind of film or format said of this one, no word of a title."""
    kind = _KIND_SHORTHANDS.get(word, word)
    return kind in GENRE_WORDS | _FORMATS and _says_what_it_is(view, film, [kind])


_KIND_SHORTHANDS = {"doc": "documentary", "docu": "documentary", "toon": "cartoon"}
_FORMATS = frozenset({"imax", "3d", "cartoon", "short", "serial"})
_FORMAT_SPELLINGS = re.compile(r"\b3\W?d\b")


def _opens_saying(view: View, film: FilmRef, words: list[str]) -> bool:
    """Whether the film's first sentence, which says what film it is, holds one of the words
    ("headhunters norwegian thriller": "a 2011 Norwegian action thriller film"; not "sniper ghost
    shooter", a sequel we lack whose words the first film's story happens to hold)."""
    opening = set(ev.words(_first_sentence(view.passages(film))))
    return any({w, ev.stem(w)} & opening for w in words)


def _first_sentence(passages: list[Passage]) -> str:
    return fold(ev.opening_sentence(passages))


def _what_it_is(passages: list[Passage]) -> str:
    """The opening sentence up to the film it says it is ("… is a 1991 American supernatural black
    comedy film", not "… based on the characters from the cartoon")."""
    opening = _first_sentence(passages)
    kind = re.match(r"(.*?\b(?:film|movie|feature|short|cartoon|serial|documentary|miniseries)s?\b)", opening)
    return kind.group(1) if kind else opening


def _said_forms(view: View, film: FilmRef, words: list[str]) -> list[str]:
    """The words the film's reviews hold in some form ("the toy movie": toys)."""
    said = {form for p in view.passages(film) for w in ev.words(p.text) for form in (w, ev.stem(w))}
    return [w for w in words if {w, f"{w}s", f"{w}es", ev.stem(w)} & said]


# how reviews write what people call a version ("the cartoon one": the animated film)
_CARTOON = ("cartoon", "animated", "animation", "merrie melodies", "looney tunes", "silly symphony")
_SAID_AS = {"cartoon": _CARTOON, "animated": _CARTOON}


def _names(view: View, film: FilmRef, who: str, strength: int) -> bool:
    """Whether the film's reviews name these people ("john wayne", or surnames: "pacino de niro"):
    with a part or a crew job (strength 2), with any credit (1), or at all (0)."""
    facts = view.facts(film)
    credits = (*facts.cast, *facts.directors, *facts.writers)
    people = {c.person for c in credits if strength < 2 or c.role != "cast" or c.character or c.description}
    if strength == 0:
        people |= set(facts.people)
    if any(is_name(who, p) for p in people):
        return True
    words = {w for p in people for w in fold(p).split()}
    wanted = [w for w in who.split() if len(w) > 2 and w not in {"and", "with"}]  # ("tracy and hepburn")
    # ("steel, the shaq movie": a name cut short, as people nickname someone — Shaquille O'Neal)
    return bool(wanted) and all(w in words or any(_cut_from(w, n) for n in words) for w in wanted)


def _cut_from(said: str, name: str) -> bool:
    """Whether a word is a name's start cut short ("shaq" of "shaquille"; not "john" of "johnson")."""
    return len(said) >= CLIPPED_MIN and len(name) >= len(said) + CLIPPED_OFF and name.startswith(said)


CLIPPED_MIN = 4  # letters of a name cut short …
CLIPPED_OFF = 4  # … and at least as many cut off it


def _aged_title(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "wait there's an older bolero too right? who starred in that one": a title passed over in the
    question, said older or newer, is the oldest (newest) film of that title."""
    if req.films or len(req.passed_over) < 2:
        return None
    said = fold(req.text)
    for key in dict.fromkeys(title_key(f.title) for f in req.passed_over):
        films = sorted(
            (f for f in req.passed_over if title_key(f.title) == key and f.year), key=lambda f: f.year or 0
        )
        m = re.search(
            rf"\b(?:(?P<old>older|oldest|earlier|original|first)|newer|newest|later|latest) {re.escape(key)}\b",
            said,
        )
        if m is not None and len(films) >= 2:
            return Resolved(films[0] if m.group("old") else films[-1])
    return None


def _offered(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "who does john wayne play" after "stagecoach cast" asked which Stagecoach: still one of the
    films offered (the one that answers, or the same question again)."""
    if context.film is not None or not context.choices or req.films or req.mention is not None:
        return None
    if not req.refers_back or req.which_film:
        return None
    options = ", ".join(f.label for f in context.choices[:6])
    return Resolved(None, ev.abstain(req, note=f"Which one do you mean: {options}?", choices=context.choices))


def _conversations(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "who directed it": the film being talked about — unless the question holds another film's
    title that this film's reviews never use ("who is the terminator sent to kill" while talking
    about Casablanca): then which of the two is asked."""
    film = context.film
    if not (req.refers_back and film is not None and view.has(film)):
        return None
    text = " ".join(fold(p.text) for p in view.passages(film))
    said = ev.words(req.text)
    # (nor "himself": "and the bishop himself?" asks for the bishop)
    left = [w for w in said if w not in FRAME and not w.isdigit() and w not in _REFLEXIVES]
    # ("and doc brown" after Back to the Future: its reviews name Doc Brown, whatever title holds the words)
    here = bool(left) and all(f" {w} " in f" {text} " for w in left)
    # ("who plays the little girl laura" after Logan: a part of this film, named, whatever title holds
    # "girl")
    here = here or _holds_a_character_name(view, film, req.subject)
    # (not a title made only of words the index does not keep: "the island she grows up on" is no
    # question about Up)
    foreign = tuple(
        f
        for f in req.passed_over
        if f != film
        and not here
        and any(view.doc_share(w) > 0 for w in title_key(f.title).split())
        and not all(f" {w} " in f" {text} " for w in title_key(f.title).split() if w not in ARTICLES)
        and _typed_as_title(req.text, f)
        # (not a word of the part asked, with more words for it: "who plays the girl boxer")
        and not set(title_key(f.title).split()) - ARTICLES < set(fold(req.subject or "").split()) - ARTICLES
    )
    if foreign:
        choices = (film, *foreign[:3])
        options = " or ".join(f.label for f in choices)
        return Resolved(None, ev.abstain(req, note=f"Do you mean {options}?", choices=choices))
    # "and inception?": a follow-up naming something this film's reviews never mention is another
    # film we lack, not the same question again (a part of this film — "and elwood?" — is mentioned)
    only_named = bool(left) and all(w in left or w in _ELLIPSIS for w in said)  # "and X?", "ok so X"
    if req.followup and not req.cued and not req.subject and only_named:
        facts = view.facts(film)
        named = [n for c in facts.cast for n in (c.person, c.character or "")]
        known = " ".join([text, *(fold(n) for n in named), *(initials_of(n) for n in named)])  # "and lbj?"
        if not all(f" {w} " in f" {known} " for w in left):
            # ("ok and endgame": the subtitle of one film alone)
            subtitled = view.titles.subtitled(" ".join(left))
            return (
                Resolved(subtitled[0])
                if len(subtitled) == 1
                else _unknown(view, req, " ".join(left), req.year)
            )
    return Resolved(film)


# "didnt those three make another movie together? who directed that one", "it's riffing on some older
# movie right? who starred in that one": not the film talked about, but one its reviews name
_ANOTHER_FILM = re.compile(
    r"\b(?:another|(?:the|that|this|some|an?) (?:other|older|earlier|different)) "
    r"(?P<what>movie|film|flick|picture|one|version|remake|adaptation)\b"
)


_SAME_NAME = re.compile(r"\b(?:same|that) (?:name|title)\b")


def _named_by_its_reviews(view: View, req: Request, context: Conversation) -> Resolved | None:
    """The other film a follow-up asks about: of the films the talked-about film's reviews name, the
    one in the sentence closest to the question (with its year, or "that same year"); a refusal when
    they name none."""
    film = context.film
    asked = _ANOTHER_FILM.search(fold(req.text))
    if film is None or req.films or not view.has(film) or asked is None:
        return None
    # (or "another one with the same name": the same title's)
    if asked.group("what") in {"version", "remake", "adaptation"} or _SAME_NAME.search(fold(req.text)):
        # "was there another version? who directed that one": the other films of its title
        versions = tuple(f for f in view.titles.same_title(film) if f != film)
        if len(versions) == 1:
            return Resolved(versions[0])
        if versions:
            options = " or ".join(f.label for f in versions[:4])
            return Resolved(None, ev.abstain(req, note=f"Do you mean {options}?", choices=versions[:4]))
    told = [(s, f) for p in view.passages(film) for s in ev.sentences(p) for f in _films_named(view, s, film)]
    if not told:
        note = f"The reviews of {film.label} name no other film I have."
        return Resolved(None, ev.abstain(req, note=note))
    sims = view.similarity(req.text, [s for s, _ in told])
    closest = max(sims)
    films = tuple(dict.fromkeys(f for (_, f), sim in zip(told, sims, strict=True) if sim == closest))
    if len(films) == 1:
        return Resolved(films[0])
    options = " or ".join(f.label for f in films[:4])
    return Resolved(None, ev.abstain(req, note=f"Do you mean {options}?", choices=films[:4]))


def _films_named(view: View, sentence: str, film: FilmRef) -> list[FilmRef]:
    """The films other than `film` a sentence names as titles: written as the title is (capitals and
    all), a one-word title only as "the film X" or "X (1955)"; of several films of one title, the one of
    the year the sentence gives ("that same year": the year of `film`)."""
    found: list[FilmRef] = []
    for spot in view.titles.spot_exact(title_key(sentence).split()):
        title = spot.films[0].title
        name = re.sub(r"^(?:the|a|an) ", "", title, flags=re.IGNORECASE)
        if title == film.title or not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", sentence):
            continue
        # ("made The Spoilers together": its own article written with a capital inside the sentence)
        marked = rf"(?<=\w )(?<!\. ){re.escape(title)}(?!\w)" if name != title else ""
        said_to_be = rf"\b(?:film|movie|picture) {re.escape(name)}(?!\w)|(?<!\w){re.escape(name)} \(\d{{4}}\)"
        if " " not in name and not re.search("|".join(filter(None, (marked, said_to_be))), sentence):
            continue
        years = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", sentence)}
        if re.search(r"\b(?:that|the) same year\b", sentence) and film.year:
            years.add(film.year)
        dated = [f for f in spot.films if f.year in years]
        found += dated[:1] if len(spot.films) > 1 else list(spot.films)
    return found


PASSED_OVER_SHARE = 0.01  # a word at most this share of passages hold ties a question to a film


FIRST_NAME_MIN = 5  # letters of a star's first name typed alone beside a title to say which film it is
LONGER_BY = 2  # words of a framed title, besides one of ours inside it, that make it a longer one


def _passed_over_alone(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "is sandy in grease american or what", nothing talked about yet: the one title the question
    holds but was not read as a title (a common word), when that film's reviews hold a rare word of
    the question besides the title ("sandy") — not "Which film do you mean?"."""
    if req.films or req.which_film or req.unknown_title or req.mention or context.film is not None:
        return None
    if req.kind not in {"search", "plot", "cast"} or len(req.passed_over) != 1:
        return None
    film = req.passed_over[0]
    own = set(title_key(film.title).split())
    if req.kind == "cast" and own & set(fold(req.subject or "").split()):
        return None  # ("who plays christian grey": a part's name, not The Grey)
    # ("hey what happens in pirates of the caribbean: dead man's chest": a plain question framing a
    # title far longer than this one, a film we lack)
    slot, tight = _framed_slot(req.text, sorted(own)) or ([], False)
    if tight and len([w for w in slot if w not in own and w not in ev.STOP]) >= LONGER_BY:
        return _unknown(view, req, " ".join(slot), req.year)
    # ("judge dredd 95 stallone": a year typed that is not this film's says another film)
    typed = {
        int(y) + (1900 if len(y) == 2 else 0)
        for y in re.findall(r"\b(?:(?:18|19|20)\d\d|[2-9]\d)\b", req.text)
    }
    if typed and film.year is not None and all(abs(y - film.year) > 1 for y in typed):
        return None
    rare = {
        w
        for w in ev.words(fold(req.text))
        if w not in own and w not in FRAME and len(w) > 2 and 0 < view.doc_share(w) <= PASSED_OVER_SHARE
    }
    text = " ".join(fold(p.text) for p in view.passages(film))
    return Resolved(film) if any(f" {w} " in f" {text} " for w in rare) else None


def _title_role(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "who voices the boss baby", no film named: the part asked is a film's title role (its title,
    two words or more, credited as a part of that film) — that film, unless the film talked about has
    a part of that name."""
    if req.films or req.mention or req.kind != "cast" or req.subject_role != "character" or not req.subject:
        return None
    subject = re.sub(r"\s+(?:himself|herself|itself)$", "", req.subject)  # "li'l abner himself"
    said = title_key(subject)
    if len(said.split()) < 2 or (context.film is not None and _names_part(view, context.film, subject)):
        return None
    titled = [
        f
        for f in view.titles.resolve(subject).candidates
        if title_key(f.title) == said
        and req.year in {None, f.year}  # ("in the 1940 movie")
        and any(title_key(c.character or "") == said for c in view.facts(f).cast)
    ]
    return Resolved(titled[0]) if len(titled) == 1 else None


def _owner_of_title(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "who plays gulliver in the 2010 one", no film named: the one film of that year whose title
    opens with the part's name as its owner (Gulliver's Travels)."""
    if req.films or req.mention or req.kind != "cast" or req.subject_role != "character" or req.year is None:
        return None
    said = title_key(req.subject or "")
    if not said or context.film is not None:
        return None
    owned = _titles_owned_by(view, said, req.year)
    return Resolved(owned[0]) if len(owned) == 1 else None


def _titles_owned_by(view: View, said: str, year: int | None) -> list[FilmRef]:
    """The films (of that year, when one is given) whose title opens with the name said as whose it
    is: "gulliver" → Gulliver's Travels, "billy lynn" → Billy Lynn's Long Halftime Walk."""
    return [
        f
        for f in view.titles.starting(f"{said}s")
        if (year is None or f.year == year) and f.title.lower().replace("’", "'").startswith(f"{said}'s ")
    ]


def _owner_alone(view: View, req: Request, context: Conversation) -> Resolved | None:
    """ "who was the director on billy lynn": the one title named after a character by their full
    name, typed by the name alone (Billy Lynn's Long Halftime Walk); not a maker's name ("John
    Carpenter's …"), which names the films they make."""
    said = title_key(req.mention or "")
    # (not "mexican spitfire at sea who directed": the title goes on past the name)
    if not req.unknown_title or len(said.split()) < 2 or _typed_on(req, req.mention or ""):
        return None
    owned = _titles_owned_by(view, said, req.year)
    if len(owned) != 1:
        return None
    facts = view.facts(owned[0])
    people = {title_key(c.person) for c in (*facts.cast, *facts.directors, *facts.writers)}
    # (nor a series' name: "the third installment in the Magic Mike trilogy, following Magic Mike (2012)")
    series = re.compile(
        rf"\b{re.escape(fold(req.mention or ''))} (?:\d{{4}}|trilogy|franchise|series|films|sequel)\b"
    )
    told = any(series.search(fold(p.text)) for p in view.passages(owned[0]))
    return None if said in people or told else Resolved(owned[0])


def _typed_as_title(text: str, film: FilmRef) -> bool:
    """Whether a one-word title is typed as one: with a capital, its own article ("the terminator"), or
    after "in", "about" … — not "some energy thing", "he gets obsessed with"."""
    words = [w for w in title_key(film.title).split() if w not in ARTICLES]
    if len(words) != 1:
        return True
    article = [w for w in fold(film.title).split()[:1] if w in ARTICLES]
    before = "|".join([*article, "in", "about", "from", "of", "watch", "watched", "saw", "see"])
    typed = re.search(rf"\b{re.escape(words[0])}\b", text, flags=re.IGNORECASE)
    capital = typed is not None and typed.group()[:1].isupper()
    # ("what kind of music is in it": a thing of a kind, not Music)
    kind_of = re.search(rf"\b(?:kind|sort|type|lot|bit|piece|much) of\s+{re.escape(words[0])}\b", fold(text))
    slot = re.search(rf"\b(?:{before})\s+{re.escape(words[0])}\b", fold(text)) is not None
    return capital or (slot and kind_of is None)


def _holds_a_character_name(view: View, film: FilmRef, subject: str | None) -> bool:
    """The part asked about holds the name of one of the film's characters."""
    parts = {w for c in view.facts(film).cast if c.character for w in fold(c.character).split()}
    return bool(set(fold(subject or "").split()) & (parts - ev.STOP))


_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves"})
_ELLIPSIS = frozenset({"and", "ok", "okay", "so", "now", "then", "the", "a", "an", "what", "about", "how"})


# Tried in turn; each rule answers only for its own kind of request, so they rarely compete. Where
# they could, the order is the precedence: a weak mention yields to the conversation, a named film
# wins over everything after it.
_RULES = (
    _version_of_the_year_said,
    _prequel,
    _title_role_of_talk,
    _part_of_talk,
    _name_of_talk,
    _part_in_title_of_talk,
    _person_of_talk,
    _title_end_said,
    _series_end_said,
    _series_film_named,
    _series_of_talk,
    _back_to_talked,
    _version_of_talk_by_name,
    _made_by,
    _not_made_by,
    _biopic_by_name,
    _framed_longer_title,
    _word_put_inside_opening,
    _subtitle_we_lack,
    _article_and_form_added,
    _owner_for_article,
    _someones_title_we_lack,
    _joined_before_title,
    _titles_film_by_its_star,
    _title_asked_before_an_aside,
    _subtitle_typed_apart,
    _name_before_title_in_slot,
    _main_title_we_lack,
    _words_before_weak_title,
    _weak_mention,
    _common_word_of_talk,
    _story_place_of_talk,
    _words_of_its_story,
    _part_or_title,
    _aside,
    _stranger_beside_title,
    _leading,
    _trailing,
    _of_another_year,
    _sequel_of_named,
    _longer_title_told,
    _silent_asked,
    _first_of_the_name,
    _series_film_after_in,
    _later_instalment_by_its_main_part,
    _one_of_the_series_talked,
    _named,
    _sequel,
    _person_of_the_year,
    _of_decade,
    _version,
    _back_to_year_titled,
    _edition,
    _installment,
    _talked_about,
    _sibling_told,
    _title_then_person,
    _title_before_a_titled_name,
    _person_then_title,
    _owners_title,
    _year_as_title,
    _owner_alone,
    _unknown_of_the_year,
    _title_words_reordered,
    _small_word_swapped,
    _not_ours,
    _aged_title,
    _named_by_its_reviews,
    _passed_over_alone,
    _title_role,
    _owner_of_title,
    _conversations,
    _offered,
)


def resolve(view: View, req: Request, film: str | FilmRef | None, context: Conversation) -> Resolved:
    if film is not None:
        return _given(view, req, film)
    found = next((found for rule in _RULES if (found := rule(view, req, context))), Resolved(None))
    return _of_a_year_set_apart(view, req, found)


# a year set apart after a title: "guns for hire from 32 who directed", "… (1932)"
_YEAR_SET_APART = re.compile(
    r"(?:\bfrom ['’]?(?P<y>\d\d|(?:18|19|20)\d\d)|\((?P<p>(?:18|19|20)\d\d)\))"
    r"(?=$|\s*[^\w\s]| (?:who|whos|what|whats|which|when|where|how|is|was|did|does|cast|director|writer|plot)\b)"
)


def _of_a_year_set_apart(view: View, req: Request, found: Resolved) -> Resolved:
    """The film named is never another year's than one typed apart after the title, that no rule read
    ("guns for hire from 32" is not Guns, 1990): a film we lack, with the words typed up to the year."""
    film = found.film
    if film is None or film.year is None or req.year is not None or film not in req.films or not req.mention:
        return found
    said = req.text.lower()
    typed = _YEAR_SET_APART.search(said)
    if typed is None:
        return found
    digits = typed["y"] or typed["p"]
    years = {int(digits)} if len(digits) == 4 else {1900 + int(digits), 2000 + int(digits)}
    if any(abs(film.year - y) <= 1 for y in years) or digits in title_key(film.title).split():
        return found
    at = said.find(req.mention.lower())
    words = said[at : typed.start()].split() if 0 <= at < typed.start() else []
    mention = " ".join(words) if 0 < len(words) <= len(req.mention.split()) + 3 else req.mention
    return _unknown(view, req, mention, int(digits) if len(digits) == 4 else two_digit_year(digits))
