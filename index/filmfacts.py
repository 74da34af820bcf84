"""One film's facts, merged across its reviews and their front matter.

Reviews spell names differently ("Kirsten" / "Kristen Stewart") and state the same credit in several
places; the merged view has one credit per person (and role), spelled the way most evidence spells
it, with a confidence that grows with independent evidence. Front matter is a declared credit and
outranks anything read from prose.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from rapidfuzz import fuzz

from index.textutil import fold, wordset
from index.types import Credit, FilmRef, Review, ReviewFacts, SourceWork

FRONT_MATTER_CONFIDENCE = 0.97
MAX_CONFIDENCE = 0.97
# How much one credit says about how a name is spelled: declared credits most; a name in brackets
# ("Joan Jett (Kirsten Stewart)") is an aside, a little less than a name the sentence is built on.
_SPELLING_WEIGHT = {"credits": 3.0, "paren": 0.9}
_SPLIT_NAMES = re.compile(r"\s*(?:,|&|\band\b)\s*")


def same_person(a: str, b: str) -> bool:
    """Spelling variants of one name ("Kirsten Stewart" / "Kristen Stewart", "Cherie" / "Cherrie")."""
    na, nb = fold(a).split(), fold(b).split()
    if not na or not nb or re.findall(r"\d+", a) != re.findall(r"\d+", b):
        return False  # "Performer Number10" is not "Performer Number1"
    if na == nb:
        return True
    if len(na) != len(nb):  # "Scott H. Reiniger" is Scott Reiniger: a middle initial is often left out
        na, nb = _no_middle_initial(na), _no_middle_initial(nb)
    if len(na) != len(nb) or fuzz.ratio(na[-1], nb[-1]) < 90:
        return False
    return all(fuzz.ratio(x, y) >= 80 for x, y in zip(na[:-1], nb[:-1], strict=True))


def _no_middle_initial(words: list[str]) -> list[str]:
    # (a leading initial too, before two names: "A. Wilford Brimley" is Wilford Brimley)
    return [
        w
        for i, w in enumerate(words)
        if not (i < len(words) - 1 and len(w) == 1 and (i > 0 or len(words) >= 3))
    ]


# the usual short forms of first names: "jimmy stewart" is James Stewart in a review
_FIRST_NAMES = {
    short: full
    for full, shorts in {
        "james": "jim jimmy", "robert": "bob bobby rob robbie", "william": "bill billy will",
        "michael": "mike mikey", "thomas": "tom tommy", "richard": "dick rick ricky", "daniel": "dan danny",
        "christopher": "chris", "matthew": "matt", "joseph": "joe joey", "anthony": "tony",
        "steven": "steve stephen", "edward": "ed eddie", "nicholas": "nick nic", "katherine": "kate katie",
        "elizabeth": "liz beth betty", "jennifer": "jen jenny", "samuel": "sam", "benjamin": "ben",
        "alexander": "alex", "jonathan": "jon", "timothy": "tim", "kenneth": "ken", "gerald": "jerry",
        "abraham": "abe", "patrick": "pat", "frederick": "fred", "lawrence": "larry", "charles": "charlie chuck",
        "margaret": "meg maggie peggy", "susan": "sue", "andrew": "andy", "gregory": "greg", "ronald": "ron",
        "douglas": "doug", "theodore": "teddy theo", "joshua": "josh", "jeffrey": "jeff", "phillip": "phil",
        "zachary": "zach", "nathaniel": "nate", "rebecca": "becky", "raymond": "ray", "vincent": "vince",
        "jacqueline": "jackie jacqui", "donald": "don donny", "david": "dave",
        "henry": "hank", "jacob": "jake", "arnold": "arnie", "sylvester": "sly", "montgomery": "monty",
        "judith": "judy", "deborah": "debbie deb", "kimberly": "kim", "victoria": "vicky", "walter": "walt",
    }.items()
    for short in shorts.split()
}  # fmt: skip


def full_first_name(name: str) -> str:
    words = name.split()
    if words and words[0] in _FIRST_NAMES:  # ("theo" alone is Theodore Decker's first name)
        words[0] = _FIRST_NAMES[words[0]]
    return " ".join(words)


#: how close (0..100) a name said must come to a name in the reviews to be that name
SAME_NAME = 85


def is_name(said: str, name: str) -> bool:
    """ "joan jet" is Joan Jett; "jett" is not Joan Jett's first name."""
    return name_match(said, name) >= SAME_NAME


def name_match(query: str, name: str) -> float:
    """0..100: how well a name from a question ("jett", "joan jet") matches a name from the reviews."""
    q, n = fold(query), fold(name)
    score = _name_match(q, n)
    full_q, full_n = full_first_name(q), full_first_name(n)
    if score < 100.0 and (full_q, full_n) != (q, n):  # "jimmy stewart" is James Stewart
        score = max(score, _name_match(full_q, full_n))
    return score


SHORT_FIRST_NAME = 3  # the fewest letters of a first name cut short ("leo", "max") said with a surname


def _name_match(q: str, n: str) -> float:
    if not q or not n:
        return 0.0
    if q == n:
        return 100.0
    qw, nw = q.split(), n.split()
    part = 0.0
    if all(any(fuzz.ratio(w, x) >= 85 for x in nw) for w in qw):
        part = 90.0 if len(qw) < len(nw) else 95.0
    elif (
        len(qw) == 3
        and len(nw) == 2
        and all(fuzz.ratio(w, x) >= 85 for w, x in zip(qw[::2], nw, strict=True))
    ):
        part = 90.0  # "ray crash corrigan": Ray Corrigan, said with his nickname
    elif (
        len(qw) == len(nw) == 2
        and len(qw[0]) >= SHORT_FIRST_NAME
        and nw[0].startswith(qw[0])
        and fuzz.ratio(qw[1], nw[1]) >= 85
    ):
        part = 90.0  # "leo dicaprio": Leonardo DiCaprio, his first name cut short
    return max(fuzz.ratio(q, n), part)


def _noisy_or(values: Iterable[float]) -> float:
    miss = 1.0
    for v in values:
        miss *= 1.0 - min(max(v, 0.0), 0.99)
    return min(MAX_CONFIDENCE, 1.0 - miss)


@dataclass(frozen=True)
class FilmFacts:
    film: FilmRef
    directors: tuple[Credit, ...] = ()
    writers: tuple[Credit, ...] = ()
    cast: tuple[Credit, ...] = ()  # one per (person, character/description), best supported first
    sources: tuple[SourceWork, ...] = ()
    #: the rest of the crew: producer, composer, cinematographer, editor, narrator
    others: tuple[Credit, ...] = ()
    people: Mapping[str, int] = field(default_factory=dict)
    places: tuple[str, ...] = ()

    def crew(self, role: str) -> tuple[Credit, ...]:
        if role in {"director", "writer"}:
            return self.directors if role == "director" else self.writers
        return tuple(c for c in self.others if c.role == role)

    def to_json(self) -> dict[str, Any]:
        return {
            "film": self.film.to_json(),
            "directors": [c.to_json() for c in self.directors],
            "writers": [c.to_json() for c in self.writers],
            "cast": [c.to_json() for c in self.cast],
            "sources": [s.to_json() for s in self.sources],
            "other_crew": [c.to_json() for c in self.others],
        }


class _Names:
    """Clusters of spelling variants, each named by its best-supported spelling."""

    def __init__(self, names: Iterable[str], support: Mapping[str, float]) -> None:
        self.groups: list[list[str]] = []
        for name in dict.fromkeys(names):
            for g in self.groups:
                if any(same_person(name, other) for other in g):
                    g.append(name)
                    break
            else:
                self.groups.append([name])
        self.canonical: dict[str, str] = {}
        for g in self.groups:
            best = max(g, key=lambda n: (support.get(n, 0.0), -g.index(n)))
            for n in g:
                self.canonical[n] = best

    def __call__(self, name: str) -> str:
        return self.canonical.get(name, name)


def _front_matter(review: Review) -> list[Credit]:
    out = [
        Credit(
            m.actor,
            "cast",
            character=m.character,
            review_id=review.review_id,
            how="credits",
            confidence=FRONT_MATTER_CONFIDENCE,
        )
        for m in review.cast
    ]
    for role, names in (("director", review.director), ("writer", review.writer)):
        out.extend(
            Credit(n, role, review_id=review.review_id, how="credits", confidence=FRONT_MATTER_CONFIDENCE)
            for n in _SPLIT_NAMES.split(names or "")
            if n.strip()
        )
    return out


def _fix_cast(film: FilmRef, cast: list[Credit]) -> list[Credit]:
    """Drop the title read as a name ("Night Harbor stars …"); read "Kristen Stewart (Joan Jett)"
    the other way round when only the bracketed name is credited as an actor elsewhere; drop a
    character read as an actor ("Cherie Currie as the singer") unless declared."""
    title = fold(film.title)
    cast = [c for c in cast if fold(c.person) != title]
    actors = [c.person for c in cast if c.how != "paren"]

    def credited(name: str) -> bool:
        return any(same_person(name, a) for a in actors)

    fixed = [
        replace(c, person=c.character, character=c.person)
        if c.how == "paren" and c.character and credited(c.character) and not credited(c.person)
        else c
        for c in cast
    ]
    characters = [c.character for c in fixed if c.character]
    # ("… I Love Lucy stars Lucille Ball and Desi Arnaz. Nicole Kidman and Javier Bardem star as Ball
    # and Arnaz": the one word a part is named by is the surname of someone read as an actor)
    surnames = {fold(ch) for ch in characters if len(fold(ch).split()) == 1}
    return [
        c
        for c in fixed
        if c.how == "credits"
        or c.character is not None
        or c.description is not None
        or not (
            any(same_person(c.person, ch) for ch in characters)
            or (len(fold(c.person).split()) >= 2 and fold(c.person).split()[-1] in surnames)
        )
    ]


def _merge_group(credits: list[Credit], person: str) -> Credit:
    # the evidence quoted is one that spells the name the way the answer does
    best = max(credits, key=lambda c: (c.person == person, c.confidence, bool(c.evidence)))
    # a cast list's credit has no sentence: the review's own for the part ("his youngest son, Michael
    # Corleone (Pacino)") still tells what kind of part it is
    said = [c for c in credits if c.evidence and c.review_id == best.review_id]
    evidence = (best.evidence or max(said, key=lambda c: c.confidence).evidence) if said else best.evidence
    character = _weighted_choice((c.character, c.confidence) for c in credits)
    description = _weighted_choice((c.description, c.confidence) for c in credits)
    # a part is as sure as the readings that give it: a cast list says who is in the film, not that
    # "the renowned scientist" of a weak reading is theirs
    part = [
        c
        for c in credits
        if (character and c.character == character) or (description and c.description == description)
    ]
    return replace(
        best,
        person=person,
        evidence=evidence,
        character=character,
        description=description,
        of=_weighted_choice((c.of, c.confidence) for c in credits),
        confidence=_noisy_or(c.confidence for c in (part or credits)),
    )


def _weighted_choice(values: Iterable[tuple[str | None, float]]) -> str | None:
    """The value with the most evidence, each reading weighted by its confidence ("producer" from a
    bracketed credit over "manager" from a weaker one); ties go to the first seen."""
    weight: dict[str, float] = {}
    for value, confidence in values:
        if value:
            weight[value] = weight.get(value, 0.0) + confidence
    return max(weight, key=lambda v: weight[v]) if weight else None


def _merge_role(credits: list[Credit], names: _Names, by_role: bool) -> tuple[Credit, ...]:
    """One credit per person (crew) or per person and part (cast), best supported first."""
    groups: dict[tuple[str, str], list[Credit]] = {}
    order: dict[tuple[str, str], int] = {}
    characters = _Names((c.character for c in credits if c.character), {})
    for i, c in enumerate(credits):
        part = ""
        if by_role:
            part = fold(characters(c.character)) if c.character else fold(c.description or "")
        key = (names(c.person), part)
        groups.setdefault(key, []).append(c)
        order.setdefault(key, i)
    if by_role:
        # a person credited only without a part adds support to that person's named parts
        for (person, part), group in list(groups.items()):
            if not part and any(p == person and q for p, q in groups):
                for key in [k for k in groups if k[0] == person and k[1]]:
                    groups[key] = groups[key] + group
                    order[key] = min(order[key], order[(person, part)])
                del groups[(person, part)]
    # (billed by all the evidence that they are in it: a lead's part read weakly still leads)
    merged = [
        (_merge_group(g, key[0]), _noisy_or(c.confidence for c in g), order[key]) for key, g in groups.items()
    ]
    merged.sort(key=lambda t: (-t[1], t[2]))
    return tuple(c for c, _, _ in merged)


def _merge_sources(sources: list[SourceWork]) -> tuple[SourceWork, ...]:
    counts = Counter(fold(s.title) for s in sources)
    best: dict[str, SourceWork] = {}
    for s in sources:
        key = fold(s.title)
        if key not in best or (s.confidence, len(s.title)) > (best[key].confidence, len(best[key].title)):
            best[key] = s
    merged = [replace(s, confidence=_noisy_or([s.confidence] * counts[k])) for k, s in best.items()]
    merged.sort(key=lambda s: -s.confidence)
    return tuple(merged)


def merge(film: FilmRef, reviews: Sequence[Review], facts: Mapping[str, ReviewFacts]) -> FilmFacts:
    """The facts of one film from its reviews' front matter and their extracted facts."""
    credits: list[Credit] = []
    sources: list[SourceWork] = []
    people: Counter[str] = Counter()
    places: set[str] = set()
    for review in reviews:
        credits.extend(_front_matter(review))
        found = facts.get(review.review_id, ReviewFacts())
        credits.extend(found.credits)
        sources.extend(found.sources)
        people.update(found.people)
        places.update(found.places)
    cast = _fix_cast(film, _in_full([c for c in credits if c.role == "cast"], people))
    crew = [c for c in credits if c.role != "cast"]
    support: dict[str, float] = {name: float(n) for name, n in people.items()}
    for c in cast + crew:
        support[c.person] = support.get(c.person, 0.0) + _SPELLING_WEIGHT.get(c.how, 1.0)
    names = _Names([c.person for c in cast + crew], support)
    return FilmFacts(
        film=film,
        directors=_merge_role([c for c in crew if c.role == "director"], names, by_role=False),
        writers=_merge_role([c for c in crew if c.role == "writer"], names, by_role=False),
        cast=_merge_role(cast, names, by_role=True),
        sources=_merge_sources(sources),
        others=tuple(
            c
            for role in sorted({c.role for c in crew} - {"director", "writer"})
            for c in _merge_role([c for c in crew if c.role == role], names, by_role=False)
        ),
        people=dict(people),
        places=tuple(sorted(places)),
    )


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii"})


def _name_words(name: str) -> list[str]:
    """A name's folded words, its initials' dots and its suffix (Jr., III) dropped."""
    return [w for w in fold(name).replace(".", " ").split() if w not in _SUFFIXES]


def _in_full(cast: list[Credit], named: Iterable[str]) -> list[Credit]:
    """Parts the text credits to a surname alone ("Tony Stark (Downey)") credited to the one person of
    that surname the cast list names (Robert Downey Jr.), unless the text names someone else of that
    surname too (Francis Ford beside John Ford); a name the cast list gives alone ("Cher") stays as it
    is."""
    listed = [c.person for c in cast if c.how == "credits"]
    by_surname: dict[str, dict[str, str]] = {}
    for person in [*listed, *named]:
        words = _name_words(person)
        if len(words) >= 2:
            by_surname.setdefault(words[-1], {}).setdefault(" ".join(words), person)
    alone = {fold(p) for p in listed}
    full = {
        s: person
        for s, names in by_surname.items()
        if len(names) == 1 and fold(person := next(iter(names.values()))) in alone
    }
    return [
        replace(c, person=full[fold(c.person)])
        if fold(c.person) in full and fold(c.person) not in alone and c.how != "credits"
        else c
        for c in cast
    ]


def initials_of(name: str) -> str:
    """ "John F. Kennedy" → "jfk", "Martin Luther King Jr." → "mlk": how people shorten famous names."""
    words = _name_words(name)
    while len(words) > 2 and words[0] in _HONORIFICS:  # "President Lyndon B. Johnson" → lbj
        words = words[1:]
    return "".join(w[0] for w in words if w[0].isalpha()) if len(words) >= 2 else ""


_HONORIFICS = wordset(
    "president vice attorney general secretary senator governor judge dr mr mrs ms sir lord lady captain "
    "colonel major sergeant lieutenant commander admiral agent detective officer reverend father"
)


def by_initials(said: str, name: str) -> bool:
    """Whether one typed word is the name's initials ("jfk", "j.f.k." for John F. Kennedy)."""
    typed = fold(said).strip(". ")
    letters = typed.replace(".", "")
    # ("rdj" for Robert Downey Jr.: the suffix's letter typed too)
    whole = "".join(w[0] for w in fold(name).replace(".", " ").split() if w[0].isalpha())
    return (
        " " not in typed
        and 2 <= len(letters) <= 4
        and letters.isalpha()
        and letters in {initials_of(name), whole}
    )
