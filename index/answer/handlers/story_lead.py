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
    # ("based on a true story of Jim Vaus", "tells a fictionalised life story of …")
    r"\b(?:(?:tells?|on|is|based on) (?:the |an? )?(?:[a-z]+ )?(?:(?:true|coming-of-age|life) )?story of|follows|centers on|"
    r"centres on|focuses on|revolves around|is about|chronicles|depicts|"
    # "Its plot concerns a martial arts instructor who …", "The screenplay concerns a young lawyer"
    r"(?:plot|narrative|story|storyline|screenplay) concerns?|"
    # "a 1987 American action drama surf film about Rick Kane, a young surfer"
    r"(?:film|movie|picture|drama|comedy|musical|western|thriller|story) about|"
    # "a dramatization of the real-life story of Brandon Teena", "based on the criminal career of …"
    r"the (?:real[- ]life |true |early |later |final |criminal |(?:\w+ )?)?(?:story|life|career|years|adventures|exploits)"
    r"(?: and \w+)? of"
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
            found = _first_followed(sentence, m.end(), places) if m else None
            if m is None or found is None:
                continue
            if (m.group().startswith("In the") or m.start() == 0) and found[1] != m.end():
                continue  # "In the film, the Pentagon assigns …": only a name that opens the clause
            name, at, end = found
            if fold(name) in fold(film.title):
                continue  # ("follows the X-Files agents", "Night of Dark Shadows is a …": the title)
            # what describes the one followed: the words before the name, and after it up to a
            # clause about something else ("a Boston native whose childhood wish brings his teddy
            # bear to life": no bear)
            before = fold(sentence[m.end() : at]).split()[-_BEFORE_WORDS:]
            after = list(itertools.takewhile(lambda w: w not in _CLAUSE_ENDS, fold(sentence[end:]).split()))
            described = frozenset((before + after)[: _BEFORE_WORDS + _DESCRIPTION_WORDS])
            return Followed(name, described, sentence, passage)
    return None


def _first_followed(sentence: str, start: int, places: set[str]) -> tuple[str, int, int] | None:
    """The name after the verb, or the words for someone that open right after it when the name comes
    only later ("about a U.S. mercenary escorting a Bosnian Serb woman … to a United Nations safe
    zone"; but "follows a young boy, Tom, who …": Tom)."""
    named, unnamed = _followed_name(sentence, start, places), _unnamed(sentence, start)
    if named is None or unnamed is None:
        return named or unnamed
    return named if named[1] <= unnamed[2] + _APPOSED_GAP else unnamed


_APPOSED_GAP = 2  # characters between someone's description and their name (", ")


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
        if before and before[-1] == "by":
            continue  # "… with new songs by Cole Porter": who made it, no one followed
        word = re.match(r" ([a-z][\w-]*)", window[m.end() :])
        # "… School basketball coach" (not "Tracy Turnblad as she pursues stardom": a clause)
        # ("In the film, Franny Ellis returns home …": a verb, the name its subject)
        verb = word is not None and re.fullmatch(r"[a-z]{2,}[^su\W]s|is|was|has", word.group(1)) is not None
        modifier = word is not None and word.group(1) not in ev.STOP | _NOT_MODIFIERS and not verb
        # ("the career of Washington, D.C. lobbyist … Jack Abramoff": a place, then the one followed)
        place = fold(m.group()) in places or re.match(r", (?:[A-Z]\.){2}", window[m.end() :]) is not None
        if fold(m.group()) in _NOT_NAMES or modifier or place or re.search(r"['’]s$", m.group()):
            continue
        name = re.sub(r"(?<=\w\w)\.$", "", m.group())  # "… follows the Joker." (not "John D.")
        return name, start + m.start(), start + m.start() + len(name)
    return None


# "follows a high-priced call girl who assists a detective": someone the story follows, unnamed
# ("is about the daughter of a US Army general who …", "a New York City housewife who": a place or
# body named among the words; "about a U.S. mercenary escorting …", "about a street magician in Los
# Angeles.": the words that say what someone is, up to what they do or where)
_UNNAMED = re.compile(
    r"(?:an?|the|[a-z]+['’]s) (?:[\w.-]+ ){0,5}?[a-z][\w-]*[^\Ws]"
    # ("a Vietnam War veteran and his buddies, who …": the veteran)
    r"(?= (?:who|whose|in|from|on|at|with|and (?:his|her|their))\b| [a-z]+ing\b(?! (?:of|with|in)\b)|[,.;])"
)


def _unnamed(sentence: str, start: int) -> tuple[str, int, int] | None:
    """Someone the story follows, described and not named ("a government inspector investigating …";
    not "the story of the musical", a work)."""
    work = _OF_A_WORK.match(sentence, start)  # ("follows the story of a boxer who …": the boxer)
    m = _UNNAMED.match(sentence, work.end() if work else start)
    if m is None or m.group().rsplit(maxsplit=1)[-1] in _WORKS:
        return None
    return m.group(), m.start(), m.end()


_WORKS = frozenset({"story", "musical", "novel", "book", "play", "film", "movie", "events", "plot"})
_OF_A_WORK = re.compile(
    r"the (?:(?:true|real[- ]life|early|later|final|criminal) )?"
    r"(?:story|plot|events|adventures|exploits|film|novel|book|play|life|lives|career|years|days|journey)"
    r"(?: and \w+)? of "  # ("chronicles the life and family of Flavia Mills")
)


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
    facts = view.facts(film)
    people = [c.person for c in (*facts.cast, *facts.directors, *facts.writers)]
    for passage in view.passages(film):
        for sentence in ev.sentences(passage):
            text = ev.without_title(sentence, film)
            for m in re.finditer(_NAME, text):
                said = fold(m.group()).split()
                # (not the film's people: "directed by Tom Cart")
                person = text[: m.start()].endswith(" by ") or any(same_person(p, m.group()) for p in people)
                # (not words of the title itself: "House of Dark Shadows" names a series, not a person)
                own = set(said) <= set(words)
                if (
                    len(said) >= 2
                    and said[-1] == last
                    and not set(said) & _NOT_NAMES
                    and not person
                    and not own
                ):
                    return re.sub(r"(?<=\w\w)\.$", "", m.group()), sentence, passage
    return None


def _by_surname(cast: list[str], said: str) -> str | None:
    """ "It stars Sandler, Joey Lauren Adams, …": the one cast member of that surname."""
    if " " in said.strip():
        return None
    found = {p for p in cast if fold(p).split()[-1:] == [fold(said)]}
    return found.pop() if len(found) == 1 else None


def story_guess(view: View, facts: FilmFacts, film: FilmRef) -> Pair | tuple[str, Followed] | None:
    """What the reviews let a reader guess of who plays whom, from whom the story follows (read once):
    two stars and two people in order (a `Pair`), else (the first-billed star, the one followed)."""
    story = followed(view, film)
    if story is None:
        return None
    return _pair_of_story(view, facts, film, story) or _lead_of_story(view, facts, film, story)


def _lead_of_story(
    view: View, facts: FilmFacts, film: FilmRef, story: Followed
) -> tuple[str, Followed] | None:
    """(the first-billed star, the character the story follows), when neither is paired with anyone
    else and the character is not the star."""
    if any(c.character and same_person(c.character, story.name) for c in facts.cast):
        return None  # the reviews say who plays that character: that is the answer, not a guess
    star = first_billed(view, facts, film)
    if star is None or same_person(star, story.name):
        return None
    return star, story


@dataclass(frozen=True)
class Pair:
    """Two stars and the two people a story is about, said in the same order ("It stars Nikolaj
    Coster-Waldau and Annabelle Wallis. The film is about a hunter and a sheriff …"): most likely
    the first plays the first, the second the second."""

    stars: tuple[str, str]
    people: tuple[str, str]
    sentence: str
    passage: Passage


# "a hunter and a sheriff", "governor's daughter and a state attorney general"
_TWO_PEOPLE = re.compile(r"(?P<a>.+?) and (?P<b>(?:an?|the) .+)")
# "a woman who comes to believe her brother …": the one the story follows, and someone of theirs
_KIN = re.compile(
    r"\b(?:her|his) (?:brother|sister|husband|wife|son|daughter|father|mother|boyfriend|girlfriend|fiancée?)\b(?!['’]s)"
)


def _pair_of_story(view: View, facts: FilmFacts, film: FilmRef, story: Followed) -> Pair | None:
    """The two stars and the two people the story is about, when the reviews name exactly two of
    each and credit neither star with a part."""
    two = _TWO_PEOPLE.fullmatch(story.name)
    after = story.sentence[story.sentence.find(story.name) + len(story.name) :]
    kin = _KIN.search(after) if two is None else None
    people = (two["a"], two["b"]) if two else (story.name, kin.group()) if kin else None
    stars = billed(view, facts, film)
    if people is None or len(stars) != len(people):
        return None
    if any(c.character or c.description for c in facts.cast if c.person in stars):
        return None  # a part read is the answer, not an order
    return Pair((stars[0], stars[1]), people, story.sentence, story.passage)


def billed(view: View, facts: FilmFacts, film: FilmRef) -> list[str]:
    """The stars in the order the first sentence naming them gives ("starring Joan Crawford, Robert
    Armstrong, and Kent Douglass in a story about …"), as the cast list spells them."""
    cast = [c.person for c in facts.cast]
    for passage in view.passages(film):
        for sentence in ev.sentences(passage):
            m = _STARS.search(sentence)
            if m is None:
                continue
            names = []
            for part in re.split(r",\s*(?:and\s+)?|\s+and\s+", sentence[m.start("who") :].rstrip(".")):
                name = re.match(_NAME, part.strip())
                if name is None:
                    break
                said = name.group()
                names.append(
                    next((p for p in cast if same_person(p, said)), None) or _by_surname(cast, said) or said
                )
                if name.end() != len(part.strip()):
                    break  # ("… Kent Douglass in a story about …": the list ends)
            return names
    return []
