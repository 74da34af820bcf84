"""Whom a story is about, and who leads its cast: when no sentence pairs them, the first-billed star
most likely plays the character the story follows ("The film tells the story of John Bennett …" and
"The film stars Mark Wahlberg and Mila Kunis"). An inference, so always said as a likelihood, and
only when nothing the reviews say contradicts it: the star is credited with no other part and the
character with no other actor."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from index.answer import evidence as ev
from index.answer.view import View
from index.filmfacts import FilmFacts, same_person
from index.textutil import fold
from index.titles import title_key
from index.types import FilmRef, Passage

# (a particle only as a word before a capitalised one: "Robert de Niro", not "an LAPD detective")
_NAME = r"[A-Z][\w'’.-]+(?: (?:[A-Z][\w'’.-]+|(?:de|van|von|la|le|du)(?= [A-Z])))*"
# "tells the story of John Bennett, a Boston native …", "follows Ed Crane, a withdrawn barber",
# "is about a Rhode Island state trooper named Charlie who …", "centers on teenager Viola Hastings"
_FOLLOWS = re.compile(
    r"\b(?:(?:tells?|on|is|based on) (?:the )?(?:(?:true|coming-of-age|life) )?story of|follows|centers on|"
    r"centres on|focuses on|revolves around|is about|chronicles|depicts|"
    # "a 1987 American action drama surf film about Rick Kane, a young surfer"
    r"(?:film|movie|picture|drama|comedy|musical|western|thriller) about|"
    # "a dramatization of the real-life story of Brandon Teena", "based on the criminal career of …"
    r"the (?:real[- ]life |true |early |later |final |criminal |(?:\w+ )?)?(?:story|life|career|years) of"
    # "In the film, Tom Stall, a diner owner, becomes a local hero": the one the story is about
    r"|^In the (?:film|movie),)\s"
    # "English hitman Chev Chelios is based in Los Angeles, is poisoned …": a sentence opening with what
    # someone is, then their name, then what they do
    r"|^(?!(?:[Dd]irector|[Pp]roducer|[Ww]riter|[Ss]creenwriter|[Aa]ctor|[Aa]ctress|[Cc]omposer|The|A|An|It|In)\b)"
    r"(?:[A-Z][a-z]+ )?(?:[a-z][\w-]+ ){1,2}(?=[A-Z][a-z]+ [A-Z][a-z]+ (?:is|was|has|must|becomes|works|lives|returns|finds)\b)"
)
_NAMED = re.compile(r"\b(?:named|called) (?P<name>" + _NAME + r")")
_NAMED_REACH = 90  # characters after the verb where "named X" still names the one followed
_ALONGSIDE = re.compile(r"^(?:Alongside|Along with|Opposite) (?P<who>" + _NAME + r")")
LEAD_PART = re.compile(r"\b(?:lead|leading|title|starring|main) (?:role|part|character)\b")
_STARS = re.compile(r"(?<![\w-])(?:stars|starring|starred|stars are)\s+(?P<who>" + _NAME + r")")
_BEFORE_WORDS = 8  # the description before the name: "a Rhode Island state trooper named"
_DESCRIPTION_WORDS = 12  # … and after it: ", a withdrawn barber who leads an ordinary life"


@dataclass(frozen=True)
class Followed:
    """The character a story follows, how it is described, and where that is said."""

    name: str
    described: frozenset[str]  # the folded words around the name that describe the character
    sentence: str
    passage: Passage


def followed(view: View, film: FilmRef) -> Followed | None:
    """The first character the film's reviews say the story follows."""
    places = {fold(p) for p in view.facts(film).places}
    for passage in view.passages(film):
        for sentence in ev.sentences(passage):
            m = _FOLLOWS.search(sentence)
            found = (_followed_name(sentence, m.end(), places) or _unnamed(sentence, m.end())) if m else None
            if m is None or found is None:
                continue
            if (m.group().startswith("In the") or m.start() == 0) and found[1] != m.end():
                continue  # "In the film, the Pentagon assigns …": only a name that opens the clause
            name, at, end = found
            # what describes the one followed: the words before the name, and after it up to a
            # clause about something else ("a Boston native whose childhood wish brings his teddy
            # bear to life": no bear)
            before = fold(sentence[m.end() : at]).split()[-_BEFORE_WORDS:]
            after = list(itertools.takewhile(lambda w: w not in _CLAUSE_ENDS, fold(sentence[end:]).split()))
            described = frozenset((before + after)[: _BEFORE_WORDS + _DESCRIPTION_WORDS])
            return Followed(name, described, sentence, passage)
    return None


def _followed_name(sentence: str, start: int, places: set[str]) -> tuple[str, int, int] | None:
    """The first name after the verb that is a person's: "named X" when the sentence says it ("a
    Rhode Island state trooper named Charlie"); not a name used as a word for something else
    ("Richmond High School basketball coach Ken Carter", "the British author Jane Austen") nor a
    possessive ("Sullenberger's landing")."""
    window = sentence[start : start + _NAMED_REACH]
    named = _NAMED.search(window)
    if named is not None:
        return named.group("name"), start + named.start("name"), start + named.end("name")
    for m in re.finditer(_NAME, window):
        before = window[: m.start()].lower().split()
        if before and before[-1] in _THINGS:
            return None  # "follows the crew of the space tug Nostromo": a ship, no one followed
        word = re.match(r" ([a-z][\w-]*)", window[m.end() :])
        # "… School basketball coach" (not "Tracy Turnblad as she pursues stardom": a clause)
        modifier = word is not None and word.group(1) not in ev.STOP | _NOT_MODIFIERS
        # ("the career of Washington, D.C. lobbyist … Jack Abramoff": a place, then the one followed)
        place = fold(m.group()) in places or re.match(r", (?:[A-Z]\.){2}", window[m.end() :]) is not None
        if fold(m.group()) in _NOT_NAMES or modifier or place or re.search(r"['’]s$", m.group()):
            continue
        name = re.sub(r"(?<=\w\w)\.$", "", m.group())  # "… follows the Joker." (not "John D.")
        return name, start + m.start(), start + m.start() + len(name)
    return None


# "follows a high-priced call girl who assists a detective": someone the story follows, unnamed
_UNNAMED = re.compile(r"(?:an?|the) (?:[a-z][\w-]* ){0,3}?[a-z][\w-]*[^\Ws](?= who\b| whose\b)")


def _unnamed(sentence: str, start: int) -> tuple[str, int, int] | None:
    """Someone the story follows, described and not named (a person: "who" follows the words)."""
    m = _UNNAMED.match(sentence, start)
    return (m.group(), m.start(), m.end()) if m else None


# nouns a name after which is a thing's, not a person's
_THINGS = frozenset(
    {
        "ship",
        "tug",
        "boat",
        "vessel",
        "spaceship",
        "starship",
        "submarine",
        "town",
        "city",
        "village",
        "planet",
    }
    | {"island", "company", "school", "hotel", "station", "country", "band", "club", "team", "newspaper"}
)
_CLAUSE_ENDS = frozenset(
    {"who", "whose", "which", "that", "his", "her", "their", "with", "and", "while", "when"}
)
# words after a name that start a clause or a phrase, not a noun the name modifies
_NOT_MODIFIERS = frozenset(
    {"as", "while", "after", "before", "until", "because", "since", "once", "into", "through"}
)
# capitalised words a story may be said to follow that are no character
_NOT_NAMES = frozenset(
    {"the", "a", "an", "it", "this", "his", "her", "their", "in", "after", "during", "when"}
)


def first_billed(view: View, facts: FilmFacts, film: FilmRef) -> str | None:
    """The star a review names first ("The film stars Mark Wahlberg and Mila Kunis"), else the first
    of the film's cast list when no review sentence says who stars; None when the reviews credit that
    actor with a part (then that part is the answer) or say another stars ("stars the voices of …":
    the robot's voice may lead it)."""
    cast = [c.person for c in facts.cast]
    # ("Alongside Beckinsale and Speedman, the film stars Michael Sheen": the first named leads)
    said = [
        m.group("who")
        for p in view.passages(film)
        for s in ev.sentences(p)
        if (m := _ALONGSIDE.search(s) or _STARS.search(s))
    ]
    if said:
        star = next((p for who in said for p in cast if same_person(p, who)), None) or next(
            (p for who in said if (p := _by_surname(cast, who))), None
        )
    else:
        star = next((c.actor for r in view.reviews(film) for c in r.cast), None)
    # (a part of its own is the answer; "the lead role" is the part the story follows)
    if star is None or any(
        c.character or (c.description and not LEAD_PART.search(c.description))
        for c in facts.cast
        if c.person == star
    ):
        return None
    return star


def title_character(view: View, film: FilmRef) -> tuple[str, str, Passage] | None:
    """The character the title is named for, as the story names them in full ("a reclusive writer,
    William Forrester" of Finding Forrester): a name of two words or more holding the title's last
    word, outside the title itself; (name, sentence, passage), or None."""
    words = title_key(film.title).split()
    last = words[-1] if words and len(words[-1]) >= 4 and words[-1] not in ev.STOP else None
    if last is None:
        return None
    title = re.compile(re.escape(film.title), re.IGNORECASE)
    facts = view.facts(film)
    people = [c.person for c in (*facts.cast, *facts.directors, *facts.writers)]
    for passage in view.passages(film):
        for sentence in ev.sentences(passage):
            text = title.sub(" ", sentence)
            for m in re.finditer(_NAME, text):
                said = fold(m.group()).split()
                # (not the film's people: "directed by Tom Cart")
                person = text[: m.start()].endswith(" by ") or any(same_person(p, m.group()) for p in people)
                if len(said) >= 2 and said[-1] == last and not set(said) & _NOT_NAMES and not person:
                    return re.sub(r"(?<=\w\w)\.$", "", m.group()), sentence, passage
    return None


def _by_surname(cast: list[str], said: str) -> str | None:
    """ "It stars Sandler, Joey Lauren Adams, …": the one cast member of that surname."""
    if " " in said.strip():
        return None
    found = {p for p in cast if fold(p).split()[-1:] == [fold(said)]}
    return found.pop() if len(found) == 1 else None


def lead_of_story(view: View, facts: FilmFacts, film: FilmRef) -> tuple[str, Followed] | None:
    """(the first-billed star, the character the story follows), when neither is paired with anyone
    else and the character is not the star."""
    story = followed(view, film)
    if story is None or fold(story.name) in fold(film.title):
        return None  # ("follows the X-Files agents": the title, no one followed)
    if any(c.character and same_person(c.character, story.name) for c in facts.cast):
        return None  # the reviews say who plays that character: that is the answer, not a guess
    star = first_billed(view, facts, film)
    if star is None or same_person(star, story.name):
        return None
    return star, story
