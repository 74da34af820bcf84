"""Who each film credits in its front matter (cast lists, director, writer), looked up by full name —
and the directors and writers its facts read surely from its text (front matter often names none).

Which-film questions name people ("which movie has john travolta and salma hayek as a killer couple")
whose films a summary may never name them in: the cast list is where they are credited.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cached_property

from index.filmfacts import full_first_name
from index.textutil import fold
from index.types import FilmRef, Review, ReviewFacts

NAME_WORDS = (3, 2)  # a full name: with a middle name or particle, or first and last (longest first)
SURNAME_FILMS = 3  # films a person needs for their surname alone to name them


CREW_READ_MIN = 0.6  # the confidence a director or writer read from a text needs to be indexed
CREW_ROLES = frozenset({"director", "writer"})


def _crew_read(facts: ReviewFacts | None) -> tuple[str, ...]:
    """The directors and writers one review's facts read surely."""
    if facts is None:
        return ()
    return tuple(c.person for c in facts.credits if c.role in CREW_ROLES and c.confidence >= CREW_READ_MIN)


class PeopleIndex:
    """Folded full name → the films crediting that person."""

    def __init__(
        self, credits: Iterable[tuple[FilmRef, str]], crew: Iterable[tuple[FilmRef, str]] = ()
    ) -> None:
        self._films: dict[str, set[FilmRef]] = {}
        for film, person in credits:
            key = " ".join(fold(person).split())
            # (a group credited with its article is typed without it: "andrews sisters first movie")
            for name in {key, key.removeprefix("the ")}:
                if len(name.split()) in NAME_WORDS:
                    self._films.setdefault(name, set()).add(film)
        # the words of names, and names by surname or first name, are the front matter's: a crew read
        # from a text is found by full name only ("william douglas home" makes "home" no name's word)
        self._credited = frozenset(self._films)
        self._words = {w for name in self._credited for w in name.split()}
        first = {name.split()[0] for name in self._credited}
        for film, person in crew:
            name = " ".join(fold(person).split())
            # (someone's name, by a first name the front matter knows: not "espionage agent", "life begins")
            if len(name.split()) in NAME_WORDS and name.split()[0] in first:
                self._films.setdefault(name, set()).add(film)
        # one person by a usual short first name and in full ("sam fuller" and "samuel fuller")
        for name in list(self._films):
            full = full_first_name(name)
            if full != name and full in self._films:
                both = self._films[name] | self._films[full]
                self._films[name] = self._films[full] = both

    @cached_property
    def _by_surname(self) -> dict[str, list[str]]:
        """Surname → the full names ending with it; built on first use (only "stanwyck's" asks)."""
        found: dict[str, list[str]] = {}
        for name in self._credited:
            found.setdefault(name.split()[-1], []).append(name)
        return found

    @cached_property
    def _first_names(self) -> frozenset[str]:
        return frozenset(name.split()[0] for name in self._credited)

    def with_surname(self, word: str) -> list[str]:
        """The credited people whose surname is this (folded) word ("pacino": Al Pacino)."""
        return self._by_surname.get(word, [])

    def anyone_with_surname(self, word: str) -> list[str]:
        """Everyone indexed whose surname is this (folded) word, crews read from texts too ("coppola":
        Francis Ford Coppola, who directs, and the Coppolas of cast lists)."""
        return [name for name in self._films if name.rsplit(maxsplit=1)[-1] == word]

    def is_first_name(self, word: str) -> bool:
        """Whether a (folded) word is the first name of someone credited ("jack", "regina")."""
        return word in self._first_names

    def names_with(self, word: str) -> bool:
        """Whether a (folded) word is a word of someone's name, or its possessive without the
        apostrophe ("hitchcocks family plot")."""
        return word in self._words or (word.endswith("s") and word[:-1] in self._words)

    @classmethod
    def of_reviews(
        cls, reviews: Iterable[Review], facts: Mapping[str, ReviewFacts] | None = None
    ) -> PeopleIndex:
        """The people the reviews' front matter credits, by film — and the directors and writers their
        texts credit surely ("brandon cronenberg thing about a hitwoman": a summary's "written and
        directed by"; front matter rarely names them)."""
        facts = facts or {}
        reviews = list(reviews)
        return cls(
            ((r.film, person) for r in reviews for person in r.credited),
            ((r.film, person) for r in reviews for person in _crew_read(facts.get(r.review_id))),
        )

    def named_in(self, text: str) -> list[str]:
        """The credited people a text names in full, in the order it names them (each once)."""
        words = fold(text).split()
        found: list[str] = []
        for i in range(len(words)):
            for n in NAME_WORDS:
                gram = words[i : i + n]
                key = " ".join(gram)
                if key not in self._films:
                    key = full_first_name(key)  # ("jimmy stewart": James Stewart, by his usual short name)
                if len(gram) == n and key in self._films and key not in found:
                    found.append(key)
                    break
        return found

    def owner_named(self, text: str) -> list[str]:
        """The people a text names by a possessive surname alone ("stanwyck's final film"), when that
        surname is one credited person's, with several films (no one else's: "young's", "king's")."""
        found: list[str] = []
        for m in re.finditer(r"\b([^\W\d_]+)['’]s\b", text.lower()):
            names = self._by_surname.get(fold(m.group(1)), [])
            if len(names) == 1 and len(self._films[names[0]]) >= SURNAME_FILMS and names[0] not in found:
                found.append(names[0])
        return found

    def films_of(self, person: str) -> set[FilmRef]:
        """The films crediting this person (by full name)."""
        return self._films.get(" ".join(fold(person).split()), set())

    def films_crediting(self, names: list[str]) -> set[FilmRef]:
        """The films crediting every one of these people."""
        sets = [self._films.get(name, set()) for name in names]
        return set.intersection(*sets) if sets else set()
