"""Free questions, and "which film …" questions whose answer is a film."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from index.answer import evidence as ev
from index.answer.parse import (
    FILM_WORDS,
    GENRE_WORDS,
    NATIONALITIES,
    ORDINALS,
    ROLE_WORDS,
    opens_with_year_of_kind,
    two_digit_year,
)
from index.answer.request import Request
from index.answer.view import View
from index.filmfacts import full_first_name
from index.making import tells_a_story
from index.textutil import fold, wordset
from index.titles import ARTICLES
from index.types import Answer, FilmRef, Hit, Passage

#: which-film answers: above CLEAR the film is named; between POSSIBLE and CLEAR it is offered as
#: "Possibly …"; below, the bot abstains. Chosen on the tune half of benchmarks/dev (hand-written).
CLEAR = 0.45
POSSIBLE = 0.38
GUESS_MIN_COSINE = 0.3
COVERAGE_WEIGHT = 0.6
MARGIN_WEIGHT = 0.5
#: a clear lead: at least this evidence, and this far ahead of the next film (chosen on the tune
#: files of benchmarks/dev with the generated absent-film check beside them)
LEAD_MIN = 0.33
LEAD_MARGIN = 0.05
#: which-film answers told by one sentence: the first film's closest sentence (cosine) at least
#: SENTENCE_MIN, and SENTENCE_MARGIN above the next two films' closest (chosen on the read dev files)
SENTENCE_FLOOR = 0.2
DOUBT_BAND = 0.03  # a word-confidence this close above CLEAR is checked against the sentences
SENTENCE_MIN = 0.55
SENTENCE_MARGIN = 0.08
SENTENCE_WORDS_MIN = 0.3  # the word evidence a film named by one sentence needs …
SENTENCE_FAR_MARGIN = 0.2  # … unless its sentence leads the next films' by this much
# … for a film crediting everyone the question names ("kubrick's last movie, tom cruise sneaks into a
# masked sex party"); chosen on half of the read which-film questions, checked on the other half
NAMED_SENTENCE_MIN = 0.45
SENTENCES_FIRST = 3  # the first film's sentences read (encoding costs ~3–5 ms a sentence)
SENTENCES_NEXT = 2  # each next film's
RARE_SHARE = 0.005  # a word at most this share of passages hold is one an answer must hold
NO_FILM_HITS = 20  # passages searched for a question that names no film
GENRE_BONUS = 0.05  # a film of the genre the question names ("that western where …")
OTHER_DECADE = 0.7  # a film from another decade than the one the question names ("70s movie")
OTHER_YEAR = 0.5  # a film more than a year from the one the question names ("2022 film about …")
PERSON_BONUS = 0.1  # ranks a film crediting a person the question names ("the jack black one where …")
NAMES_COUNTED = 3  # … for each name, up to this many
#: a film crediting the person the question names is named when its story evidence is at least
#: NAMED_MIN and NAMED_MARGIN ahead of the next film's: the name leaves a handful of films to tell
#: apart, not thousands (chosen on the read dev files: the closest wrong lead there, a film we lack
#: asked as "the submarine movie where sean connery …", was The Rock 0.087 ahead)
NAMED_MIN = 0.22
NAMED_MARGIN = 0.1
ALONE_MARGIN = 0.05  # ahead of the next film when no other film credits them
UNCREDITED_LEAD = 0.1  # … and not this far behind the story of a film crediting no one named
#: a film crediting no one named that tells the story this well, when none of theirs tells it, makes
#: their film found only a guess (the one such case found, a film we lack, 0.72; on the read which-film
#: questions reaching this test none was above 0.41, most of them right)
TOLD_ELSEWHERE_MIN = 0.5
NAMED_TOGETHER = 3  # … unless it credits this many of the people named
#: a film this far ahead of the next one is named on any evidence above SENTENCE_FLOOR: measured
#: on the 416 read which-film questions over two corpora (other distractors), every film first by
#: 0.1 or more was the one asked about but for two, already refused; 0.08 named two wrong films
#: on the second corpus. A question in the user's own words rarely scores high on any film.
WIDE_MARGIN = 0.1
#: … and a film crediting no one the question names, less than this far ahead of the next film, is
#: only "Possibly …" (measured on the 859 such confident which-film answers of the read dev files: 47
#: were ahead by less, 13 of them wrong, 28%, against 3% of the rest; each half of the files alone
#: gave 6 and 7 wrong. A name narrows the films: its films' leads were wrong 5 times in 31)
CLEAR_MARGIN = 0.03
SURNAME_SHARE = 0.02  # a surname at most this share of passages hold is no common word ("black")
HINTED_FILMS = 20  # the first films weighed by the question's hints
#: passages searched for a which-film question: the story in the user's own words is often far down
#: the dense ranking, and the word coverage lifts it (100 over 50: 5 more right answers and 2 fewer
#: wrong ones on the 1,019 read which-film questions)
WHICH_FILM_HITS = 100
#: a film whose story vector leads every other film's by this much is named when the words left it a
#: guess (measured on the 2,939 read which-film questions, guards applied: at 0.12 the rule names 39
#: films, 38 right; at 0.10, 50 with three wrong)
STORY_MARGIN = 0.12
#: … and by half that when it is also the film the words guess: two readings agree (on the 2,939 read
#: which-film questions, 17 guesses turned right and one named another film)
AGREED_MARGIN = STORY_MARGIN / 2


def best_sentence(passage: Passage, query: str) -> str:
    qwords = ev.content_stems(query)
    best = (-1, passage.text)
    for s in ev.sentences(passage):
        overlap = len(qwords & {ev.stem(w) for w in ev.words(s)})
        if overlap > best[0]:
            best = (overlap, s)
    return best[1]


def rerank(view: View, query: str, hits: list[Hit]) -> list[tuple[float, Hit]]:
    """(evidence, hit) per film, best first: the share of the question's content words the passage
    holds, each word weighted by its rarity (a film that lacks "fedex" is not the fedex film however
    many common words it shares), and its cosine with the question; both absolute (a film is not
    clear because it is merely the best of a poor lot)."""
    weights = {w: view.idf(w) for w in ev.words(query) if w not in ev.STOP}
    said = {ev.stem(w) for w in weights}
    best: dict[FilmRef, tuple[float, Hit]] = {}
    for h in hits:
        film = h.passage.film
        mine = _weights_beside_title(query, weights, said, film)
        total = sum(mine.values())
        stems = {ev.stem(w) for w in ev.words(ev.untitled(h.passage.text, film))}
        coverage = sum(v for w, v in mine.items() if ev.stem(w) in stems) / total if total else 0.0
        value = COVERAGE_WEIGHT * coverage + (1 - COVERAGE_WEIGHT) * (h.dense or 0.0)
        if film not in best or value > best[film][0]:
            best[film] = (value, Hit(h.passage, h.score, h.dense, h.bm25, support=round(value, 4)))
    return sorted(best.values(), key=lambda t: -t[0])


def _weights_beside_title(
    query: str, weights: dict[str, float], said: set[str], film: FilmRef
) -> dict[str, float]:
    """The question's words weighed for one film: without the words of its title when the question
    says them all in its story ("a girl from an orphanage" is no evidence for The Orphanage, nor "his
    new vice president" for Vice: a story that happens to say a title tells of that film no more than
    of any other; on the read which-film questions, films named so were wrong 7 times in 19), else
    all (and all when it names the film so: "the hitchcock biopic with anthony hopkins")."""
    own = {ev.stem(w) for w in ev.words(film.title) if w not in ev.STOP}
    if not own or not own <= said or _named_as_a_film(query, film):
        return weights
    return {w: v for w, v in weights.items() if ev.stem(w) not in own}


_NAMING = FILM_WORDS | {"biopic", "one"}


def _story_asked(req: Request) -> str:
    """The words to search with: the question as reviews write it, its decade left out (a decade
    weighs films by their year, never as a word: "1980s" is no evidence for a lead sentence saying "a
    1980 American film", over the 1985 film whose story the question tells)."""
    query = ev.as_written(req.query or req.text)
    return query if req.decade is None else _DECADE_SAID.sub(" ", query).strip()


_DECADE_SAID = re.compile(r"\b(?:(?:from|in|of) the )?(?:19|20)?[0-9]0['’]?s\b", re.IGNORECASE)


def _named_as_a_film(query: str, film: FilmRef) -> bool:
    """ "the hitchcock biopic", "that night at the museum movie": the title said as a film's name."""
    title = ev.words(film.title)
    title = title[1:] if title[:1] and title[0] in ARTICLES else title
    said = ev.words(query)
    return any(
        said[i : i + len(title)] == title and said[i + len(title)] in _NAMING
        for i in range(len(said) - len(title))
    )


def which_film(view: View, req: Request) -> Answer:
    # ("mel brooks movie spoofing hitchcock": the summary says "a parody of")
    query = _story_asked(req)
    hits, credited = _with_films_of_people(view, query, req.text, view.search(query, k=WHICH_FILM_HITS))
    if not hits:
        return ev.abstain(req)
    ranked = _within_hints(rerank(view, query, hits), credited)
    named = _people_by_film(view, req, ranked[:HINTED_FILMS], hits)
    ranked = _by_story_among_credited(view, query, _hinted(view, req, ranked, named), named, req.decade)
    ranked = _copies_of_first_dropped(view, _denied_dropped(req, ranked))
    if not ranked:
        return ev.abstain(req)
    first = ranked[0][0]
    margin = first - (ranked[1][0] if len(ranked) > 1 else 0.0)
    conf = min(0.95, first + MARGIN_WEIGHT * margin)
    # a wide lead is over the best other film by evidence, not the next in the hints' order (a weak
    # film credited by a name's word, "blue", is no measure of it)
    lead = first - max((value for value, _ in ranked[1:]), default=0.0)
    theirs = _by_story_among_their_films(view, req, query, ranked, named)
    decisive = theirs is not None and theirs[1]
    if theirs is not None and decisive:
        top = theirs[0][0][1].passage.film
        ranked = [theirs[0][0], *(t for t in ranked if t[1].passage.film != top)]
    sources = tuple(h for _, h in ranked[:5])
    film = ev.dated_copy(view, sources[0].passage.film)
    if _names_missing(req.text, view, film, hits, named):
        conf *= 0.5  # "directed by and starring Buster Keaton": a film without Keaton is not it
    elif decisive:
        conf = max(conf, CLEAR)
    elif theirs is not None and _behind_their_film(theirs[0], sources[0].passage.film):
        conf = min(conf, POSSIBLE)  # their film the story tells best is another: only a guess
    elif theirs is not None and _told_by_no_film_of_theirs(view, query, theirs[0], ranked, named):
        conf = min(conf, POSSIBLE)
    elif _named_lead(view, query, ranked, named) or (lead >= WIDE_MARGIN and first >= SENTENCE_FLOOR):
        conf = max(conf, CLEAR)
    elif conf < CLEAR + DOUBT_BAND and first >= SENTENCE_FLOOR:
        # (a film crediting everyone the question names needs a sentence less close: the names have
        # already narrowed the films to theirs)
        mine = named.get(film, set())
        minimum = NAMED_SENTENCE_MIN if mine and _names_all(query, mine, named) else SENTENCE_MIN
        conf = max(
            _weighed_by_sentences(view, q, against, hits, conf, minimum)
            for q, against in _sentence_readings(query, ranked, named)
        )
    # ("the first monogram movie about the boxer from the funny papers": a film whose text says it was the
    # first of those is named, not guessed)
    conf = CLEAR if POSSIBLE <= conf < CLEAR and _milestone_told(view, query, film) else conf
    conf = min(conf, POSSIBLE) if _said_otherwise(view, req, query, film) else conf
    # (a film their stories name clearly was measured against their other films already)
    conf = min(conf, POSSIBLE) if not decisive and _barely_ahead(view, ranked, film, named) else conf
    # the sentence that tells the story asked about, not the one listing the people the question names
    # (unless it asks for people: "ronin de niro heist movie, rest of the cast?")
    told = query if _ASKS_PEOPLE.search(req.text.lower()) else _without_names(query, named)
    guessed = sources[0].passage.film if conf >= POSSIBLE else None
    story = _film_of_entry(view, req, query, ranked) or _film_of_other_title(view, req, query, ranked)
    story = story or (_told_by_story(view, req, query, told, guessed) if conf < CLEAR else None)
    if story is not None:
        return _named_by_story(view, req, story, told, sources)
    sentence = ev.quote(best_sentence(sources[0].passage, told))
    if conf >= CLEAR:
        return _sounds_like(req, film, sentence, conf, sources)
    if conf >= POSSIBLE:
        # a hedge is not an answer: it abstains, and says which film it would guess
        others = ", ".join(h.passage.film.label for h in sources[1:3])
        note = f"I'm not sure. Possibly {film.label}: {sentence}" + (f" (or {others})" if others else "")
        return replace(ev.abstain(req, confidence=conf, sources=sources), answer=note)
    return ev.abstain(req, closest=[h.passage.film for h in sources[:3]], confidence=conf, sources=sources)


def _told_by_story(
    view: View, req: Request, query: str, told: str, guessed: FilmRef | None = None
) -> FilmRef | None:
    """The film whose story alone (its sentences that tell one: index.chunking.story_document) is far
    closer to the question than any other film's (STORY_MARGIN; AGREED_MARGIN when it is the film the
    words `guessed`), when the words and passages left it a guess: "50s sci fi where four explorers go
    down into the sea and get trapped in a cave", "old movie where a rich girl marries a newspaper
    reporter just so she can win a wager" (read dev questions)."""
    # (the story told without the people it names: "zac efron one where his little brother dies …" is
    # no more the film whose story names Zac Efron than any other of his)
    films = view.stories(told, k=2)
    if len(films) < 2:
        return None
    film = films[0][0]
    if films[0][1] - films[1][1] < (AGREED_MARGIN if film == guessed else STORY_MARGIN):
        return None
    # (and the sentence it holds closest to the question tells a story: "produced and distributed by
    # Universal Pictures", "preserved at the Library of Congress" are said of a great many films)
    said = [s for p in view.passages(film) for s in ev.sentences(p)]
    closest = max(zip(view.similarity(told, said), said, strict=True), default=None)
    making = closest is None or not tells_a_story(closest[1])
    return None if making or _unlike_the_question(view, req, query, film) else film


def _unlike_the_question(view: View, req: Request, query: str, film: FilmRef) -> bool:
    """What the question says besides the story and the film does not: a time, place or milestone it
    contradicts (_said_otherwise); a milestone its text never says ("the first movie disney made out of
    one of its theme park rides"); none of the people it names ("cary grant ww2 comedy where hes a
    grumpy drunk watching for planes on an island": a story alone says nothing of who is in it)."""
    people = view.people()
    names = people.named_in(req.text)
    asked, said = _milestones_asked_and_said(view, query, film)
    return (
        _said_otherwise(view, req, query, film)
        or (bool(names) and not any(_credits_or_says(view, film, name) for name in names))
        or (bool(asked) and not asked & said)
    )


def _credits_or_says(view: View, film: FilmRef, name: str) -> bool:
    """The film credits the person or group named (folded), or its text says them: News Hounds' cast
    list names Leo Gorcey and Huntz Hall, its summary "The Bowery Boys"."""
    if film in view.people().films_of(name):
        return True
    return ev.says(view, film, name)


def _said_otherwise(view: View, req: Request, query: str, film: FilmRef) -> bool:
    """A film of another decade, year or country than the one the question says, or of the other end
    of a career or series, is only a guess however close its story: "40s comedy about a hollywood
    director who dresses up as a hobo", "chuck jones cartoon from 52 …", "canadian 80s horror where …"
    (a film its review calls American), "last mickey cartoon disney put out" (the first one)."""
    return (
        _of_another_decade(film, req.decade)
        or _of_another_year(view, req, film)
        or _opens_with_another_year(req.text, film)
        or ev.from_another_country(view, film, _countries(req), NATIONALITIES)
        or _milestone_denied(view, query, film)
        or _numbered_otherwise(view, req.text, film)  # (as typed: the query reads "7th one" as "7th 1")
    )


def _numbered_otherwise(view: View, query: str, film: FilmRef) -> bool:
    """The question says which entry of a series ("number 102 in the columbia series", "the 3rd jungle jim
    picture") and the film's text does not give it that number: it numbers it otherwise ("the 67th
    entry in the series") or not at all (a feature of the Stooges is not their 47th short)."""
    asked = entries_asked(query)
    return bool(asked) and not asked & numbers_said(view, film)


def numbers_said(view: View, film: FilmRef) -> set[int]:
    return set().union(*(_entry_numbers(fold(p.text)) for p in view.passages(film)))


def _film_of_entry(view: View, req: Request, query: str, ranked: list[tuple[float, Hit]]) -> FilmRef | None:
    """The one film found whose text gives it the place in a series the question asks for ("which
    three stooges short was number 47 in the columbia run": the 47th entry) and that the question
    says nothing against (a decade, people it neither credits nor names: The Mystery of No. 47)."""
    asked = entries_asked(req.text)
    if not asked:
        return None
    films = list(dict.fromkeys(h.passage.film for _, h in ranked))
    saying = sorted(
        (
            (share, f)
            for f in films
            if asked & numbers_said(view, f)
            and (share := _share_of_words_held(view, query, f)) >= ENTRY_WORDS_MIN
            and not _unlike_the_question(view, req, query, f)
        ),
        key=lambda t: -t[0],
    )
    # (of several numbered so, the one holding far more of the words: the third Jungle Jim film, not
    # the third Jumanji, which holds "jungle" only)
    if len(saying) == 1 or (len(saying) > 1 and saying[0][0] - saying[1][0] >= ENTRY_LEAD):
        return saying[0][1]
    return None


# the share of the question's words (by rarity, the number asked left out) a film numbered so must hold:
# its words tell the series (Yankee Doodle Daffy, "the second" of something, holds only "short" of "the
# 2nd tom n jerry short")
ENTRY_WORDS_MIN = 0.25
ENTRY_LEAD = 0.25  # … and the share by which it leads any other film numbered so


def _share_of_words_held(view: View, query: str, film: FilmRef) -> float:
    """The share of the question's content words, each weighted by its rarity, the film's text holds
    (a place in a series typed, "3rd", is read apart: texts say "third")."""
    weights = {w: view.idf(w) for w in ev.words(query) if w not in ev.STOP and not _PLACE_WORD.fullmatch(w)}
    held = ev.film_words(view, film)
    total = sum(weights.values())
    return sum(v for w, v in weights.items() if w in held) / total if total else 0.0


# "alt title was black stallion", "aka the lone rider", "also released as …": another title of the film
OTHER_TITLE = re.compile(
    r"\b(?:(?:alt|alternate|alternative|other|working|reissue|rerelease|uk|us|british|american) (?:title|name)"
    r"|aka|also (?:known as|called|titled|released as)|released as|retitled|renamed)"
    r"(?: (?:was|is|of|as))? (?P<t>(?:[a-z0-9]+ ){0,5}?[a-z0-9]+)"
    r"(?= (?:who|what|which|where|when|and|with|from|in|i think|or something)\b|$)"
)


def _film_of_other_title(
    view: View, req: Request, query: str, ranked: list[tuple[float, Hit]]
) -> FilmRef | None:
    """The one film found, or found by those words, whose text gives it the other title the question
    says it had ("late 40s richard arlen western, alt title was black stallion": The Return of Wildfire,
    "also known as Black Stallion"), and that the question says nothing against."""
    said = OTHER_TITLE.search(" ".join(ev.words(req.text)))
    if said is None or said["t"] in ARTICLES:
        return None
    films = [h.passage.film for _, h in ranked] + [
        h.passage.film for h in view.search(said["t"], k=OTHER_TITLE_HITS)
    ]
    saying = [
        f
        for f in dict.fromkeys(films)
        if ev.says(view, f, said["t"])
        and fold(f.title) != fold(said["t"])
        and not _unlike_the_question(view, req, query, f)
    ]
    return saying[0] if len(saying) == 1 else None


OTHER_TITLE_HITS = 10  # passages searched for the other title said


def entries_asked(text: str) -> set[int]:
    """The places in a series a question asks for, as typed ("which blondie film is #12 in the series":
    number 12; not "then husband #1 turns up alive")."""
    typed = _HASH_AFTER.sub(r"\g<1> number ", text)
    # ("which five little peppers movie came second": its place)
    return _entry_numbers(_CAME.sub(r"the \g<n> film", fold(_HASH_BEFORE.sub("number ", typed))))


_HASH_AFTER = re.compile(
    r"\b(is|was|movie|film|short|picture|entry|cartoon|feature|installment|episode) #\s?(?=\d)"
)
_HASH_BEFORE = re.compile(r"#\s?(?=\d{1,3} (?:in|of)\b)")


def _entry_numbers(text: str) -> set[int]:
    """The places in a series a (folded) text gives ("number 102", "the 67th entry", "third film",
    "the forty fifth film in the series")."""
    found = {int(m[1]) for m in _NUMBER_IN_SERIES.finditer(text)}
    for m in _ENTRY.finditer(text):
        n = m["n"]
        if n[0].isdigit():
            found.add(int(n[:-2]))
        else:
            *tens, unit = n.split()
            found.add(sum(_TENS[t] for t in tens) + _ORDINAL_WORDS[unit])
    return found


_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}  # fmt: skip
# ("first" … "twelfth" as the parse reads them, then on to "ninetieth")
_ORDINAL_WORDS = {
    **{w: n for w, n in ORDINALS.items() if w.isalpha()},
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
    "seventieth": 70, "eightieth": 80, "ninetieth": 90,
}  # fmt: skip
_UNITS = [w for w, n in _ORDINAL_WORDS.items() if n < 10]
_PLACE_WORD = re.compile(r"\d+(?:st|nd|rd|th)?|" + "|".join(_ORDINAL_WORDS))
_NUMBER_IN_SERIES = re.compile(r"\b(?:number|no) (\d{1,3})\b")
# ("first" alone and "last" are milestones: _milestone_denied; "forty first" is a number)
_SPELLED = (
    r"(?:(?:" + "|".join(_TENS) + r") (?:" + "|".join(_UNITS) + r")"
    r"|(?:" + "|".join(w for w in _ORDINAL_WORDS if w != "first") + r"))"
)
_ENTRY = re.compile(
    r"\b(?P<n>" + _SPELLED + r"|\d{1,3}(?:st|nd|rd|th))"
    r"(?! (?:world|century)\b)"  # (not "a second world war film", "a 20th century fox picture")
    r"(?: and (?:final|last))?"  # ("the ninth and final of republic's higgins family series")
    r" (?:(?:(?!(?:for|of|in|as|at|with|to|by|from)\b)[a-z]+ ){0,4}?"
    r"(?:entry|entries|film|short|installment|instalment|picture|feature|cartoon|movie|one|production|release"
    r"|serial|outing|episode|chapter)\b"
    # ("the third in the hell comes to frogtown series", "the 36th of 41 films", "the fourth in monogram
    # pictures range busters series", "the fifth of a total of ten dr kildare pictures")
    r"|(?:in|of) (?:(?:the|a|an|his|her|their|its) )?(?:[a-z0-9]+ ){0,8}?"
    r"(?:series|franchise|saga|films|features|shorts|pictures|entries|installments|instalments|cartoons|movies"
    r"|westerns|serials)\b)"
)


_CAME = re.compile(r"\b(?:came|come)(?: out)? (?P<n>" + _SPELLED + r"|\d{1,3}(?:st|nd|rd|th))$")


def _named_by_story(view: View, req: Request, story: FilmRef, told: str, sources: tuple[Hit, ...]) -> Answer:
    # (its passage holding the question's words best, else its first: never another film's)
    hits = view.search(told, film=story, k=1) or [Hit(p, 0.0) for p in view.passages(story)[:1]]
    sources = (*hits, *(h for h in sources if h.passage.film != story))[:5]
    film = ev.dated_copy(view, story)
    sentence = ev.quote(best_sentence(sources[0].passage, told))
    return _sounds_like(req, film, sentence, CLEAR, sources)


def _sounds_like(req: Request, film: FilmRef, quoted: str, conf: float, sources: tuple[Hit, ...]) -> Answer:
    """The film a which-film question names, with the sentence (quoted) that tells it."""
    return ev.make(req, "search", f"That sounds like {film.label}: {quoted}", film, conf, sources)


# a film's place in a career or a series, as questions and summaries say it
_MILESTONES = {"first": "first", "debut": "first", "beginning": "first", "last": "last", "final": "last"}
MILESTONE_SHARED = 2  # the question's other words a sentence saying the milestone must share, at least


def _milestone_denied(view: View, query: str, film: FilmRef) -> bool:
    """The question asks for a first film of something and the film's text says only of a last one, or
    the other way ("last mickey cartoon disney put out" is not Plane Crazy, "the first Mickey Mouse
    film"; on the read which-film questions, 2 answers named so, both of another film)."""
    asked, said = _milestones_asked_and_said(view, query, film)
    return bool(asked) and bool(said) and not asked & said


def _milestones_asked_and_said(view: View, query: str, film: FilmRef) -> tuple[set[str], set[str]]:
    """The one milestone a question asks, if it asks one, and those the film's text says (read only
    then)."""
    # (not "it was first called king gun": when it was named so, no place in a series)
    asked = _milestones(_FIRST_DONE.sub("", fold(query)))
    if len(asked) != 1:
        return set(), set()
    return asked, set().union(*(_milestones(fold(p.text)) for p in view.passages(film)))


def _milestones(text: str) -> set[str]:
    """The places in a career or series a (folded) text says: "first", "last" ("which movie kicked off
    the durango kid series": its first)."""
    said = {_MILESTONES[w] for w in ev.words(text) if w in _MILESTONES}
    return said | {"first"} if _KICKED_OFF.search(text) else said


_KICKED_OFF = re.compile(r"\bkick(?:ed|s)? off\b(?! again)")


_FIRST_DONE = re.compile(
    r"\b(?:first|last|final|finally)(?: \w+)? (?:called|titled|named|known|released|shown|aired|premiered|screened"
    r"|seen|meant|planned|announced)\b"
)


def _milestone_told(view: View, query: str, film: FilmRef) -> bool:
    """The question asks for a first or last film of something ("foghorn leghorn's first ever
    appearance", "john wayne's final western of the six he did at warners"), and a sentence of the
    film's text says that milestone with more of the question's words."""
    said = _milestones(fold(query))
    if len(said) != 1:
        return False
    asked = ev.content_stems(query, drop=_MILESTONES)
    for passage in view.passages(film):
        for sentence in ev.sentences(passage):
            words = ev.words(fold(sentence))
            shared = asked & {ev.stem(w) for w in words}
            if said <= {_MILESTONES.get(w) for w in words} and len(shared) >= MILESTONE_SHARED:
                return True
    return False


_DENIED = r"(?:not|except|besides|other than|apart from|before|isnt|wasnt|but not)"


def _denied_dropped(req: Request, ranked: list[tuple[float, Hit]]) -> list[tuple[float, Hit]]:
    """ "the very first mickey cartoon (not steamboat willie)": never a film the question rules out."""
    said = " ".join(ev.words(fold(req.text)))
    denied = {
        f
        for f in {h.passage.film for _, h in ranked}
        if (key := " ".join(ev.words(fold(f.title))))
        and re.search(rf"\b{_DENIED} (?:the )?{re.escape(key)}\b", said)
    }
    return [t for t in ranked if t[1].passage.film not in denied]


def _copies_of_first_dropped(view: View, ranked: list[tuple[float, Hit]]) -> list[tuple[float, Hit]]:
    """The ranking without the films that are the first film listed again (Poolhall Junkies as 2002
    and as 2003, one review): a copy is no rival to measure its lead by."""
    if not ranked:
        return ranked
    top = ranked[0][1].passage.film
    return [ranked[0], *(t for t in ranked[1:] if not ev.copy_of(view, top, t[1].passage.film))]


def _barely_ahead(
    view: View, ranked: list[tuple[float, Hit]], film: FilmRef, named: dict[FilmRef, set[str]]
) -> bool:
    """The first film, found by its story alone, is barely ahead of the next (not a copy of it
    listed twice): a guess, however it was found."""
    top = ranked[0][1].passage.film  # (a which-film answer always has a first film)
    if film in named or top in named:
        return False
    rival = next((v for v, h in ranked[1:] if not ev.copy_of(view, top, h.passage.film)), 0.0)
    return ranked[0][0] - rival < CLEAR_MARGIN


def _with_films_of_people(
    view: View, query: str, text: str, hits: list[Hit]
) -> tuple[list[Hit], set[FilmRef]]:
    """The hits, with the closest passage of each of the few films crediting everyone the question
    names in full ("john travolta and salma hayek as a killer couple"): their cast lists credit them
    where their stories may not say the names, so the search may not find those films; and those
    films."""
    people = view.people()
    names = people.named_in(text)
    films = people.films_crediting(names) if len(names) >= 2 else set()
    if not films or len(films) > PEOPLE_FILMS:
        return hits, set()
    found = {h.passage.film for h in hits}
    extra = [h for film in sorted(films - found, key=str) for h in view.search(query, film=film, k=1)]
    return hits + extra, films


def _within_hints(ranked: list[tuple[float, Hit]], credited: set[FilmRef]) -> list[tuple[float, Hit]]:
    """The ranking with the films crediting everyone named among the films the hints weigh (their
    evidence unchanged): a story that does not say the names is not far down for it."""
    late = [t for t in ranked[HINTED_FILMS:] if t[1].passage.film in credited]
    if not late:
        return ranked
    kept = [t for t in ranked if t not in late]
    at = max(0, HINTED_FILMS - len(late))
    return kept[:at] + late + kept[at:]


def _by_story_among_credited(
    view: View,
    query: str,
    ranked: list[tuple[float, Hit]],
    named: dict[FilmRef, set[str]],
    decade: int | None,
) -> list[tuple[float, Hit]]:
    """Of the films crediting everyone the question names (two people or more), the one whose story
    is closest to the question without the names goes first: the names say only that it is one of
    theirs (Savages and Lonely Hearts both star Travolta and Hayek; the killer couple is Lonely
    Hearts')."""
    everyone = set().union(*named.values()) if named else set()
    places = [
        i
        for i, (_, h) in enumerate(ranked[:HINTED_FILMS])
        if named.get(h.passage.film) == everyone and not _of_another_decade(h.passage.film, decade)
    ]
    if len(everyone) < 2 or len(places) < 2 or places[0] != 0:
        return ranked
    # (each film's passage closest to the story told, not the one the names found)
    told = _without_names(query, named)
    story = rerank(
        view, told, [h for i in places for h in view.search(told, film=ranked[i][1].passage.film, k=1)]
    )
    value = {h.passage.film: v for v, h in story}
    order = sorted((ranked[i] for i in places), key=lambda t: -value.get(t[1].passage.film, 0.0))
    out = list(ranked)
    for i, entry in zip(places, order, strict=True):
        out[i] = entry
    return out


PEOPLE_FILMS = 5  # the most films crediting everyone named that are looked at
THEIR_FILMS = 60  # the most films of the people named whose stories are all read
THEIR_MIN = 0.2  # the story evidence of the film of theirs told …
THEIR_MARGIN = 0.08  # … and its lead over their next film's
THEIR_FEW = 3  # films crediting everyone of two or more people named …
THEIR_FEW_MIN = 0.15  # … whose story told this well is the one
THEIR_BEHIND = 0.01  # a film of theirs this far behind the story of another of theirs is only a guess


def _behind_their_film(story: list[tuple[float, Hit]], film: FilmRef) -> bool:
    """ "that joan blondell comedy with a pair of phone repair guys": the film found is one of theirs,
    and another of theirs tells the story better."""
    value = {h.passage.film: v for v, h in story}
    if film not in value:
        return False
    return story[0][0] >= THEIR_MIN and value[film] < story[0][0] - THEIR_BEHIND


def _told_by_no_film_of_theirs(
    view: View,
    query: str,
    story: list[tuple[float, Hit]],
    ranked: list[tuple[float, Hit]],
    named: dict[FilmRef, set[str]],
) -> bool:
    """ "whats that movie where bill murray relives the same day", a film we lack: the film found is
    one of theirs, none of theirs tells the story, and a film crediting no one named tells it far
    better — the name is all the film found has."""
    theirs = {h.passage.film for _, h in story}
    if not story or ranked[0][1].passage.film not in theirs or story[0][0] >= THEIR_MIN:
        return False
    uncredited = _first_crediting_none(ranked, theirs | set(named))
    if uncredited is None:
        return False
    other = rerank(view, _without_names(query, named), [uncredited])
    return bool(other) and other[0][0] >= max(TOLD_ELSEWHERE_MIN, story[0][0] + UNCREDITED_LEAD)


def _first_crediting_none(
    ranked: list[tuple[float, Hit]], theirs: set[FilmRef], start: int = 0
) -> Hit | None:
    """The first hit, from `start` among the films the hints weigh, of a film not among theirs (the
    films of the people named)."""
    return next((h for _, h in ranked[start:HINTED_FILMS] if h.passage.film not in theirs), None)


def _by_story_among_their_films(
    view: View, req: Request, query: str, ranked: list[tuple[float, Hit]], named: dict[FilmRef, set[str]]
) -> tuple[list[tuple[float, Hit]], bool] | None:
    """ "sal mineo as a big band drummer": the question names people, and ALL the films crediting them
    (not only those the search found: a star's film is found by its story, which may not say the
    star) are ranked by their stories, the names left out; with whether the first is clearly the
    closest (else the names say only which films to choose among); None when it names no one."""
    # (people named in full only: "mars" of a story is not Kenneth Mars)
    people = view.people()
    everyone = people.named_in(_POSSESSIVE.sub("", req.text))  # ("jim carrey's guy")
    if not everyone:
        return None
    # (and the films whose passages name them: a director is credited in the story, not the cast list)
    films = people.films_crediting(everyone) | {
        film for film, found in named.items() if set(everyone) <= {" ".join(fold(p).split()) for p in found}
    }
    if not films or len(films) > THEIR_FILMS:
        return None
    told = ev.without(query, {w for person in everyone for w in person.split()})
    found = rerank(
        view, told, [h for film in sorted(films, key=str) for h in view.search(told, film=film, k=2)]
    )
    year = _year_of_film(req)
    weighed = ((v * _when_weight(h.passage.film, year, req.decade), h) for v, h in found)
    story = _copies_of_first_dropped(view, sorted(weighed, key=lambda t: -t[0]))
    if len(story) < 2 and len(everyone) < 2:
        return None  # (one film credits them: the credits we hold are too few to choose by)
    # (but two people or more are credited together by one film only: "james coburn and omar sharif
    # are pool sharks" — still a story it must tell)
    rival = story[1][0] if len(story) > 1 else 0.0
    clear = clearly_theirs(story[0][0], rival, len(everyone), len(films))
    # (and not behind the story of the best film crediting no one named: a film we lack may star them)
    uncredited = _first_crediting_none(ranked, films)
    if clear and uncredited is not None:
        other = rerank(view, told, [uncredited])
        clear = not other or other[0][0] <= story[0][0] + UNCREDITED_LEAD
    return story, clear


def clearly_theirs(first: float, rival: float, people: int, films: int) -> bool:
    """Whether the story evidence of the first of the films crediting everyone named says it is the
    one: told well enough, and ahead of their next film's. Two people or more credited together by a
    few films only have done most of the choosing, so a story told less well will do."""
    least = THEIR_FEW_MIN if people >= 2 and films <= THEIR_FEW else THEIR_MIN
    return first >= least and first - rival >= THEIR_MARGIN


_ASKS_PEOPLE = re.compile(
    r"\b(?:cast|who|whos|director|directed|wrote|writer|plays?|played|starring|stars)\b"
)


def _named_lead(
    view: View, query: str, ranked: list[tuple[float, Hit]], named: dict[FilmRef, set[str]]
) -> bool:
    """The first film credits the people the question names ("pacino and lemmon"), and its story
    evidence, the names left out, is clearly ahead of the other films crediting them (the name leaves
    those to tell apart: "It stars Sean Connery" is no evidence that a film is the submarine one), or,
    when no other film credits them, ahead of the next film (a film we lack may star them)."""
    if len(ranked) < 2:
        return False
    top = ranked[0][1]
    mine = named.get(top.passage.film, set())
    if not mine or not _names_all(query, mine, named):
        return False  # "sandler nicholson": a film with only one of them is not the one
    # ("burton and eastwood parachute into a nazi castle": the rivals are the films crediting them
    # both, not those with only one of them)
    rivals = [h for _, h in ranked[1:HINTED_FILMS] if named.get(h.passage.film, set()) >= mine]
    margin = NAMED_MARGIN if rivals else ALONE_MARGIN
    # (no other film credits two people named together: only the film crediting no one named is a
    # rival; one person named alone must lead the next film, which may be theirs too)
    others = rivals or ([] if len(mine) >= 2 else [ranked[1][1]])
    # (and not behind the story of the best film crediting no one named: "blue streak martin lawrence
    # fake cop movie" tells a cop film, and Bad Boys is only Lawrence's best cop film)
    uncredited = _first_crediting_none(ranked, set(named), start=1)
    evidence = rerank(
        view,
        _without_names(query, named),
        [top, *others, *([uncredited] if uncredited else [])],
    )
    value = {h.passage.film: v for v, h in evidence}
    first = value[top.passage.film]
    second = max((value[h.passage.film] for h in others if h.passage.film in value), default=0.0)
    # (three people named, and only this film credits them all: no story of a film crediting none
    # outweighs that — "sternberg movie where dietrich … (gary cooper)" is Morocco)
    behind = (
        uncredited is not None
        and len(mine) < NAMED_TOGETHER
        and value.get(uncredited.passage.film, 0.0) > first + UNCREDITED_LEAD
    )
    return first >= NAMED_MIN and first - second >= margin and not behind


def _names_all(query: str, mine: set[str], named: dict[FilmRef, set[str]]) -> bool:
    """The people a film credits answer to every name the question says that any film's people answer
    to ("burton and eastwood": Where Eagles Dare's Richard Burton and Clint Eastwood, though another
    film credits a Burton L. King)."""
    said = set(ev.words(fold(query)))

    def answered(people: set[str]) -> set[str]:
        return {w for person in people for w in ev.words(fold(person)) if w in said}

    # (someone answering to fewer of the names said than the film's people do: not "foster" said of
    # two people, each in a film of their own)
    said_of_mine = answered(mine)
    return all(
        person in mine or set() != answered({person}) < said_of_mine
        for person in set().union(*named.values())
    )


def _without_names(query: str, named: dict[FilmRef, set[str]]) -> str:
    """The question without the words of the people it names (the question itself when nothing
    else is left: "the sissy spacek movie")."""
    return ev.without(
        query, {w for people in named.values() for person in people for w in ev.words(fold(person))}
    )


def _sentence_readings(
    query: str, ranked: list[tuple[float, Hit]], named: dict[FilmRef, set[str]]
) -> list[tuple[str, list[tuple[float, Hit]]]]:
    """The question and the films its sentences are weighed against; and when the first two films both
    credit people it names, the question without their names too: a name makes every sentence of
    their films close ("liam neeson drives a snow plow …" is as near "It stars Liam Neeson as an ice
    road trucker"), so those films are told apart by the story alone, which must also fit the first
    film better than the best film crediting nobody named ("blue streak martin lawrence fake cop
    movie": Bad Boys is only Lawrence's best cop film). A film either reading names clearly is named."""
    readings = [(query, ranked)]
    if len(ranked) > 1 and all(h.passage.film in named for _, h in ranked[:2]):
        uncredited = [t for t in ranked[2:HINTED_FILMS] if t[1].passage.film not in named][:1]
        readings.append((_without_names(query, named), [*ranked[:2], *uncredited]))
    return readings


def _weighed_by_sentences(
    view: View, query: str, ranked: list[tuple[float, Hit]], hits: list[Hit], conf: float, minimum: float
) -> float:
    """The confidence once the films' sentences are read: a question in the user's own words shares
    few words with any summary, so a film one of whose sentences says what the question says
    (SENTENCE_MIN), far better than the next films' sentences (SENTENCE_MARGIN), is named even on
    modest word evidence (or a clear word lead); and a film named narrowly by its words whose
    sentences say it less well than another film's is only a guess. The first film's sentences are
    read first: the next films' only when they can still change the answer (encoding costs)."""
    if len(ranked) < 2:
        return conf
    first = ranked[0][0]
    leads = first >= LEAD_MIN and first - ranked[1][0] >= LEAD_MARGIN
    closest = _closest_sentence(view, query, [ranked[0][1].passage.film], hits, SENTENCES_FIRST)
    if conf < CLEAR and closest < minimum and not leads:
        return conf  # no sentence says it well enough to name the film
    nearest = _closest_sentence(view, query, [h.passage.film for _, h in ranked[1:3]], hits, SENTENCES_NEXT)
    ahead = closest - nearest
    if conf < CLEAR and ahead >= SENTENCE_MARGIN:
        # (on little word evidence the sentence must lead further, the people the question names
        # notwithstanding: on the read dev files, the films named below SENTENCE_WORDS_MIN by a lead
        # under SENTENCE_FAR_MARGIN were wrong 3 times in 10, twice among the films of an actor named)
        sure = conf >= SENTENCE_WORDS_MIN or ahead >= SENTENCE_FAR_MARGIN
        return CLEAR if sure else max(conf, POSSIBLE)
    if conf >= CLEAR and ahead < 0:
        return POSSIBLE
    return conf


def _closest_sentence(view: View, query: str, films: list[FilmRef], hits: list[Hit], count: int) -> float:
    """The cosine of the question with the closest sentence of these films, among the `count` of each
    film's retrieved passages sharing most of the question's words (encoding costs a few ms a
    sentence: one batch for all the films)."""
    qwords = ev.content_stems(query)
    texts: list[str] = []
    for film in films:
        # (the sentence a summary opens with, without the title it names itself by)
        mine = [ev.untitled(s, film) for h in hits if h.passage.film == film for s in ev.sentences(h.passage)]
        mine = sorted(mine, key=lambda s: -len(qwords & {ev.stem(w) for w in ev.words(s)}))[:count]
        texts += mine
    return max(view.similarity(query, texts), default=-1.0)


def _hinted(
    view: View, req: Request, ranked: list[tuple[float, Hit]], named: dict[FilmRef, set[str]]
) -> list[tuple[float, Hit]]:
    """ "that western where …", "70s movie where …", "the tom hanks one where …": films of the genre
    the question names gain, and films from another decade than the one it names lose (a hint, never
    a filter: labels can be missing). Films crediting the people it names go first, their evidence
    unchanged: a name says which of the films the story fits, not that any of them fits ("tom hanks
    stranded on an island" is not Larry Crowne)."""
    year = _year_of_film(req)
    text = fold(req.text)
    forms = set(_FORMS_SAID.findall(text))
    jobs = {_JOBS_DONE[w] for w in _JOB_DONE.findall(text)} if named else set()
    if not req.genres and not forms and req.decade is None and year is None and not named:
        return ranked
    wanted = set(req.genres)
    out = []
    for value, hit in ranked[:HINTED_FILMS]:
        film = hit.passage.film
        labelled = wanted & {g for r in view.reviews(film) for g in r.genres}
        bonus = GENRE_BONUS if labelled or (forms and _of_form(view, film, forms)) else 0.0
        # (each name typed once: "mitchum" is one name though Chisum credits two Mitchums)
        typed = {fold(person).split()[-1] for person in named.get(film, ())}
        credited = PERSON_BONUS * min(len(typed), NAMES_COUNTED)
        # ("the only movie james cagney ever directed": of his films, those he directed)
        credited += PERSON_BONUS if jobs and _in_the_job(view, film, named.get(film, set()), jobs) else 0.0
        out.append(((value + bonus) * _when_weight(film, year, req.decade), credited, hit))
    out.sort(key=lambda t: -(t[0] + t[1]))
    return [(value, hit) for value, _, hit in out] + ranked[HINTED_FILMS:]


# the job a person named did for the film asked for ("… cagney ever directed", "directed by kubrick")
_JOBS_DONE = {"directed": "director", "direct": "director", "wrote": "writer", "write": "writer"}
_JOB_DONE = re.compile(r"\b(" + "|".join(_JOBS_DONE) + r")\b")


def _in_the_job(view: View, film: FilmRef, people: set[str], jobs: set[str]) -> bool:
    """One of the people named is credited with the job said (not only in the cast)."""
    facts = view.facts(film)
    credits = [*(facts.directors if "director" in jobs else ()), *(facts.writers if "writer" in jobs else ())]
    return any(fold(c.person) == fold(p) for c in credits for p in people)


# forms of film no genre label holds ("the republic serial with mounties …", "tv miniseries about …"; not
# "short" or "cartoon": most films a question about one finds are of that form)
_FORMS_SAID = re.compile(r"\b(serial|newsreel|miniseries|anthology)s?\b")


def _of_form(view: View, film: FilmRef, forms: set[str]) -> bool:
    """The film's opening sentence says it is of that form ("… is a Republic Movie serial")."""
    return bool(forms & set(_FORMS_SAID.findall(fold(ev.opening_sentence(view.passages(film))))))


_ASKING = re.compile(r"^(?:which|what(?:'?s| is| was)?) ")
_CLAUSES = re.compile(r"[,;:(]| - | – ")


def _year_of_film(req: Request) -> int | None:
    """The year the question says of the film, opening a clause of it with a kind of film ("…, 1977
    comedy") or after "from" (not "the 1924 hearst boat party" the story is about, "a remake of the
    1927 silent film", nor "in 28 days")."""
    # ("which 1936 horror flick …": the kind of film asked for, after the question word)
    for clause in (_ASKING.sub("", c.strip()) for c in _CLAUSES.split(req.text.lower())):
        if opens_with_year_of_kind(clause):
            return int(re.findall(r"(?:19|20)\d\d", clause)[0])
    if req.year is None:
        return None
    # ("chuck jones cartoon from 52 …": a year is said in two digits as often as four)
    said = rf"\bfrom '?(?:{req.year}|{req.year % 100:02d})\b"
    return req.year if re.search(said, req.text.lower()) else None


def _of_another_year(view: View, req: Request, film: FilmRef) -> bool:
    """ "chuck jones cartoon from 52 …": a year said of a kind of film, more than a year from the film's
    (and not said by the film's own text: a summary may date it by another release than the list's;
    not "a professor sent from 1890 to the present", the story's year)."""
    said = _KIND_FROM_YEAR.search(fold(req.text))
    if said is None or film.year is None:
        return False
    year = int(said[1]) if len(said[1]) == 4 else two_digit_year(said[1])
    text = " ".join(p.text for p in view.passages(film)[:1])
    return abs(film.year - year) > 1 and str(year) not in text


_KIND_FROM_YEAR = re.compile(
    r"\b(?:"
    + "|".join(sorted(FILM_WORDS | GENRE_WORDS | {"cartoon", "short", "serial", "one", "doc", "toon"}))
    + r")s? from '?(\d\d(?:\d\d)?)\b"
)


def _when_weight(film: FilmRef, year: int | None, decade: int | None) -> float:
    """What a film's evidence is worth for when it came out: less from another year than the one said
    of it (`_year_of_film`: "2022 film about …", give or take its release elsewhere), or another decade
    ("70s movie …")."""
    if year is not None and film.year is not None and abs(film.year - year) > 1:
        return OTHER_YEAR
    return OTHER_DECADE if _of_another_decade(film, decade) else 1.0


_STORY_JOINS = frozenset(
    {"by", "in", "of", "from", "about", "after", "before", "since", "during", "on", "at", "to"}
)
_OPENING_YEAR = re.compile(r"^(?:[a-z][\w'-]* ){1,4}\(?((?:19|20)\d\d)\)?(?= )")


def _opens_with_another_year(text: str, film: FilmRef) -> bool:
    """ "stay 2005 ewan mcgregor naomi watts whats the plot": a title and its year open the question; a
    film of another year is not the one asked about, whoever it stars (not "schwarzenegger drama
    inspired by 2002 überlingen plane collision": the story's year)."""
    opening = _OPENING_YEAR.match(fold(text))
    if (
        opening is None
        or film.year is None
        or set(opening.group().split()) & (GENRE_WORDS | FILM_WORDS | _STORY_JOINS)
    ):
        return False
    return abs(film.year - int(opening[1])) > 1


# kinds of film said right after a country ("canadian 80s horror"; not "german teens", "french kids",
# "korean war")
_KINDS_OF_FILM_SAID = frozenset(
    {"horror", "comedy", "thriller", "drama", "western", "musical", "documentary", "doc", "cartoon", "romcom"}
    | {"animated", "crime", "noir", "action", "anime", "slasher", "romance", "fantasy", "short"}
)
_COUNTRY_SAID = re.compile(
    r"^(?:\w+ ){0,2}?(\w+) (?:(?:old|silent|classic|b|indie|(?:19|20)?\d0s|(?:19|20)\d\d) ){0,2}(?:"
    + "|".join(sorted(FILM_WORDS | _KINDS_OF_FILM_SAID))
    + r")\b"
)


def _countries(req: Request) -> set[str]:
    """ "canadian 80s horror where …", "that french film about …": the country said of the film, near
    the message's start (not "two german teens dance …" nor "a movie about a french chef": the story's)."""
    m = _COUNTRY_SAID.match(fold(req.text))
    said = m[1] if m and m[1] in NATIONALITIES else None
    return set() if said is None else {said, *_WRITTEN_AS.get(said, ())}


_WRITTEN_AS = {"aussie": ("australian",), "brit": ("british",), "english": ("british",)}


def _of_another_decade(film: FilmRef, decade: int | None) -> bool:
    """Whether the question names a decade ("70s movie where …") the film is not from."""
    return decade is not None and film.year is not None and not decade <= film.year < decade + 10


def _people_by_film(
    view: View, req: Request, ranked: list[tuple[float, Hit]], hits: list[Hit]
) -> dict[FilmRef, set[str]]:
    """The people the question names that each of these films credits (films crediting nobody it
    names are left out)."""
    # "kubrick's last movie": a possessive typed with its apostrophe names the person
    said = ev.words(fold(_POSSESSIVE.sub("", req.text)))
    if len(said) < 2:
        return {}
    # the question's words the passages write with a capital (names, perhaps), and the words they
    # also write in lower case (a surname that is a common word too: "long", "baseball")
    written = [w for h in hits for w in _WORD.findall(h.passage.text)]
    common = {w for w in written if w.islower()}
    # (a word the passages only ever capitalise: "Hanks", "Stewart"; not "Beach" of a title)
    capitalised = {w.lower() for w in written if w[0].isupper()} & set(said) - ev.STOP - common
    named = {h.passage.film: _people_named(view, said, h, common, capitalised) for _, h in ranked}
    # a person named in full is the one its words mean: "william hurt" is not John Hurt, nor "casey
    # affleck" Bernie Casey
    text = f" {' '.join(said)} "
    full = {p for people in named.values() for p in people if f" {' '.join(ev.words(fold(p)))} " in text}
    covered = {w for p in full for w in ev.words(fold(p))}
    # (no studio or kind of film the reader took for a person: "Universal Horror")
    named = {
        film: {
            p
            for p in people
            if (p in full or not set(ev.words(fold(p))) & set(said) <= covered)
            and not set(ev.words(fold(p))) <= _NO_PERSON
        }
        for film, people in named.items()
    }
    return {film: people for film, people in named.items() if people}


# studios and kinds of film, which a summary's capitals may make look like a person's name
_NO_PERSON = GENRE_WORDS | wordset(
    "universal paramount columbia republic monogram mgm rko fox warner warners disney pixar tiffany pathe "
    "hammer ealing gaumont selznick goldwyn dreamworks miramax lionsgate netflix hbo allied mascot "
    "chesterfield essanay biograph vitagraph keystone mutual triangle thanhouser selig edison lubin kalem "
    "studios pictures films productions"
)


_WORD = re.compile(r"[A-Za-z]+")
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")


def _credited(view: View, hit: Hit, capitalised: set[str]) -> set[str]:
    """The people a film credits: its front matter's, and (only when its passage found holds one of
    the question's capitalised words: merging a film's facts costs a millisecond) those read from
    its reviews."""
    film = hit.passage.film
    people = set(ev.credited(view, film))
    if any(re.search(rf"\b{re.escape(w)}\b", hit.passage.text, re.IGNORECASE) for w in capitalised):
        facts = view.facts(film)
        people |= {c.person for c in (*facts.cast, *facts.directors, *facts.writers)}
    return people


def _people_named(view: View, said: list[str], hit: Hit, common: set[str], capitalised: set[str]) -> set[str]:
    """The film's credited people the question names: in full ("jack black"), or by a surname that
    is no common word ("redford and hoffman", "jimmy stewart"; not "black and white")."""
    # "megan foxs cheerleader": a possessive typed without its apostrophe, read in a full name only
    # ("mcdonalds" is no Kevin McDonald)
    bare = [w[:-1] if w.endswith("s") and len(w) > 3 else w for w in said]
    words = set(said)
    joined = f" {' '.join(said)} | {' '.join(bare)} "
    found: set[str] = set()
    for person in _credited(view, hit, capitalised):
        parts = ev.words(fold(person))
        if len(parts) < 2:
            continue
        # a surname, or a first name as rare as a surname ("denzel"), that is no common word
        rare = [
            w
            for w in (parts[-1], parts[0])
            if len(w) >= 4
            and w in words
            and w not in ev.STOP
            and w not in common
            and view.doc_share(w) <= SURNAME_SHARE
            and not _someone_elses(view, said, w, parts)
        ]
        by_first = parts[0] in rare and len(parts[0]) >= 5 and "the" not in parts  # not Kermit the Frog
        if parts[-1] in rare or by_first or f" {' '.join(parts)} " in joined:
            found.add(person)
    return found


POSSESSIVE_RATIO = 10  # a word this much rarer than itself without its "s" is that word's possessive


def _someone_elses(view: View, said: list[str], word: str, parts: list[str]) -> bool:
    """The surname typed after another first name ("brandon cronenberg" is no David Cronenberg), or a
    common word's possessive ("other peoples bodies" names no David Webb Peoples)."""
    if word.endswith("s") and view.doc_share(word[:-1]) > POSSESSIVE_RATIO * view.doc_share(word):
        return True
    at = [i for i, w in enumerate(said) if w == word]
    before = {said[i - 1] for i in at if i > 0}
    # (by a usual short first name, the same person: "sam fuller" is Samuel Fuller)
    firsts = before | {full_first_name(f"{b} {word}").split()[0] for b in before}
    return (
        word == parts[-1]
        and bool(before)
        and parts[0] not in firsts
        and all(view.people().is_first_name(b) for b in before)
    )


NAME = re.compile(r"(?<=[\w,;:] )[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*")


def _names_missing(
    question: str,
    view: View,
    film: FilmRef,
    hits: list[Hit] | None = None,
    named: dict[FilmRef, set[str]] | None = None,
) -> bool:
    """A name the question gives that the film's reviews never mention: written with capitals (not
    its first word), or in lower case where the retrieved reviews write it as a name ("tom hanks
    stranded on an island" is not a film without Tom Hanks), or the one word of a person other films
    credit ("the submarine one with denzel")."""
    # (its reviews' text and the people their front matter credits: a cast list is the review saying
    # the name)
    credits = ev.credited(view, film)
    text = " ".join([*(p.text for p in view.passages(film)), *credits]).lower()
    said = set(ev.words(fold(question)))
    # (the words of people other films credit; the film's own credits count as its reviews saying them)
    own = {w for person in (named or {}).get(film, ()) for w in ev.words(fold(person))}
    # (by a first name only: to the name matcher "bunny" may be Bugs Bunny's surname, and a word of the
    # story too)
    credited = {ev.words(fold(person))[0] for people in (named or {}).values() for person in people} - own
    names = [
        *NAME.findall(question),
        *_names_in_lower_case(question, view, hits or []),
        *(
            w
            for w in credited & said
            if len(w) >= 4 and w not in ev.STOP and not _described_with(question, w)
        ),
    ]
    for name in names:
        words = [w for w in ev.words(name) if w not in ev.STOP and len(w) > 2]
        # ("jimmy stewart": James Stewart, by the usual short form of his first name)
        if words and not all(w in text or full_first_name(w) in text for w in words):
            return True
    return False


def _described_with(question: str, word: str) -> bool:
    """ "a rich little girl": a word after an article describes someone; it names no one (Rich Little)."""
    words = ev.words(fold(question))
    return all(i > 0 and words[i - 1] in ARTICLES for i, w in enumerate(words) if w == word)


def _names_in_lower_case(question: str, view: View, hits: list[Hit]) -> set[str]:
    """Two words of the question that the retrieved passages write as a person's name ("Tom Hanks"),
    and never in lower case: "quiz show" is a phrase, though a film is called "Quiz Show"; "south
    america" is a place, which a film may call Peru."""
    words = ev.words(question.lower())
    pairs = {
        f"{a} {b}"
        for i, (a, b) in enumerate(itertools.pairwise(words))
        if a not in ev.STOP and b not in ev.STOP and not (i > 0 and words[i - 1] in ARTICLES)
    }
    found: set[str] = set()
    for hit in hits:
        for m in _CAPITAL_PAIR.finditer(hit.passage.text):
            pair = m.group().lower()
            if pair in pairs:
                found.add(pair)
    found = {pair for pair in found if not any(re.search(rf"\b{pair}\b", hit.passage.text) for hit in hits)}
    if not found:
        return found
    # the people of the films whose passages write the pair (a film's facts cost a millisecond)
    holders = {h.passage.film for h in hits if any(pair in h.passage.text.lower() for pair in found)}
    people = {fold(p) for film in holders for p in view.facts(film).people}
    # (not words of a title the reader took for a person: "Little Boy" of Fat Man and Little Boy)
    titled = " | ".join(fold(f.title) for f in holders)
    return {pair for pair in found if pair in people and pair not in titled}


_CAPITAL_PAIR = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b")


SERIES_FILMS = 15  # the films holding a series' name read for "the die hard where …"
SERIES_SENTENCE_MIN = 0.4  # the cosine of the story with the closest sentence of the film named …
SERIES_MARGIN = 0.08  # … and how far ahead of the series' next film it must be (else a guess)
SERIES_GUESS = 0.03  # a lead this small is no guess either


def which_of_series(view: View, req: Request, story: str, films: list[FilmRef]) -> Answer:
    """ "the die hard where he flies to russia to get his son out of jail": of the films holding the
    title named, the one with a sentence far the closest in meaning to the story told (the few films
    of a series are read whole: their summaries share the series' words)."""
    best: list[tuple[float, str, Passage]] = []
    for film in films[:SERIES_FILMS]:
        said = [(s, p) for p in view.passages(film) for s in ev.sentences(p)]
        sims = view.similarity(story, [s for s, _ in said])
        if sims:
            top = max(range(len(sims)), key=lambda i: sims[i])
            best.append((sims[top], said[top][0], said[top][1]))
    best.sort(key=lambda t: -t[0])
    if not best:
        return ev.abstain(req)
    first, sentence, passage = best[0]
    lead = first - (best[1][0] if len(best) > 1 else 0.0)
    film, hit = passage.film, Hit(passage, support=round(first, 4))
    if first >= SERIES_SENTENCE_MIN and lead >= SERIES_MARGIN:
        return _sounds_like(req, film, ev.quote(sentence), max(CLEAR, min(0.95, first)), (hit,))
    note = "I'm not sure which of those films that is."
    if lead >= SERIES_GUESS:
        note = f"I'm not sure. Possibly {film.label}: {ev.quote(sentence)}"
    return replace(ev.abstain(req, closest=[p.film for _, _, p in best[:3]], sources=(hit,)), answer=note)


def said_of_series(view: View, series: str) -> list[FilmRef]:
    """The films whose reviews say they are of the series ("the tenth film in the Friday the 13th
    franchise"), though their titles do not hold its name (Jason X)."""
    said = re.compile(
        rf"\b{re.escape(fold(series))} (?:\w+ )?(?:series|franchise|films|movies|saga|sequel)\b"
    )
    hits = view.search(f"{series} film series franchise", k=SERIES_SEARCH)
    return list(dict.fromkeys(h.passage.film for h in hits if said.search(fold(h.passage.text))))


SERIES_SEARCH = 30  # passages searched for the films said to be of a series


def only_film(view: View, req: Request) -> FilmRef | None:
    """The film a story question that names none is about, when every close passage is of that one
    film ("where does the band go?" with one band in the index); otherwise None."""
    hits = view.search(req.query or req.text, k=5)
    films = {h.passage.film for h in hits}
    if len(films) == 1 and (hits[0].dense or 0.0) >= GUESS_MIN_COSINE:
        return hits[0].passage.film
    return None


def _holds_and_names(rare: set[str], hit: Hit) -> bool:
    """Whether the passage, past its film's own title, holds every rare word and writes one of them
    as (part of) a name."""
    text = ev.untitled(hit.passage.text, hit.passage.film)
    said = {w: [m.group() for m in re.finditer(rf"\b{re.escape(w)}\b", text, re.IGNORECASE)] for w in rare}
    return all(said.values()) and any(found[:1].isupper() for forms in said.values() for found in forms)


def _rare_words(view: View, query: str) -> set[str]:
    """The question's words few passages hold ("merida"): a passage that answers it holds them."""
    # (not a word for someone a story calls otherwise: "merida's mom" is her mother)
    return {
        w
        for w in ev.words(query)
        if w not in ev.STOP and w not in ROLE_WORDS and len(w) > 2 and 0 < view.doc_share(w) <= RARE_SHARE
    }


def answer(view: View, req: Request, film: FilmRef | None) -> Answer | None:
    query = req.query or req.text
    hits = view.search(query, film=film, k=5 if film is not None else NO_FILM_HITS)
    if film is None:
        # no film named: only a passage that holds the question's rare words ("what does merida's mom
        # turn into" is not answered from Serial Mom)
        # ("what kind of dog is lady", with no rare word, is no film's: a guess would name any film)
        # (and names it: "Merida", not a word of the title of a film we lack, "thunder force …", that
        # another film's title holds: Thunder and Lightning)
        rare = _rare_words(view, query)
        hits = [h for h in hits if rare and _holds_and_names(rare, h)]
    if not hits:
        return None
    top = hits[0]
    where = top.passage.film
    text = f"From the reviews of {where.label}: {ev.quote(best_sentence(top.passage, query))}"
    return ev.make(req, "search", text, where, top.dense if top.dense is not None else 0.5, hits)
