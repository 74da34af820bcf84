"""The typed request a question is parsed into: what kind of answer, about which film, about whom."""

from __future__ import annotations

from dataclasses import dataclass

from index.types import FilmRef

KINDS = ("cast", "director", "writer", "crew", "source", "plot", "verdict", "search", "career")
#: the jobs a "crew" request asks about (Request.subject), beside director and writer
CREW_ROLES = ("composer", "producer", "cinematographer", "editor", "narrator")


@dataclass(frozen=True)
class Request:
    text: str  # the question as asked (cleaned)
    kind: str  # one of KINDS
    query: str = ""  # the question's content words without the title and chatter (for search)
    which_film: bool = False  # "which movie has a shark …": the answer is a film
    # "who directed the movie where a shark …": what is then asked of the film described
    of_described: str | None = None
    mention: str | None = None  # the words that name a film, as written
    films: tuple[FilmRef, ...] = ()  # the indexed films those words name (several: ambiguous)
    year: int | None = None  # a year given with the title
    unknown_title: bool = False  # the words in the title's place name no indexed film
    subject: str | None = None  # the person or part asked about: "joan jett", "her mom"
    # "character" (who plays X) | "actor" (what role does X play); of a career: the job ("director" …)
    subject_role: str | None = None
    focus: str | None = None  # plot: start | end | where | who | when | why | None
    # "the 4th one", "the second one": which film of the conversation's series (-1: the one before the
    # film named)
    sequel: int | None = None
    made_by: str | None = None  # "the john wayne one": the version this person made or is in
    not_made_by: str | None = None  # "(not the gene wilder one)": a version this person is not in
    version: str | None = None  # "the remake", "the newer one" → later; "the original" → earlier
    aside: str | None = None  # "hugo scorsese based on what": a name after the title, to be the film's
    # "pacino in heat cast", "vampire in brooklyn director": the words before "in" that open the
    # question, one of the film's people or the start of a longer title we lack
    leading: str | None = None
    asks_if: str | None = None  # "did ridley scott direct aliens": the person the answer confirms, or not
    genres: tuple[str, ...] = ()  # "that western where …": genre labels the question names
    decade: int | None = None  # "70s movie where …": the first year of the decade it came out in
    weak_mention: bool = False  # one lowercase word that is also a title: the conversation's film wins
    refers_back: bool = False  # "it", "the film", or no film at all: the conversation's film
    # titles in the question not read as the film named ("who is the terminator sent to kill")
    passed_over: tuple[FilmRef, ...] = ()
    switch: bool = False  # "what about jaws", "back to the runaways": a new film, same question
    followup: bool = False
    cued: bool = False  # the kind was read from the question's own words (not the conversation's)  # no question of its own ("and her sister?"): the conversation's kind
