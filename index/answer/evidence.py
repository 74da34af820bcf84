"""Building answers: quotes, citations, abstentions. The one place answer texts are worded."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz

from index.answer.request import Request
from index.answer.view import View
from index.textutil import fold, sentence_spans, wordset
from index.types import Answer, FilmRef, Hit, Passage

ABSTAIN = "I don't have that in my reviews."
NO_REVIEWS = "I have no reviews of"  # how every note refusing a film we lack opens
QUOTE_CHARS = 320
_WORD = re.compile(r"[a-z0-9]+")
STOP = wordset(
    "a an the of in on at to for from by with and or but is are was were be been being do does did done "
    "who whom whose what which where when why how that this these those it its they them their there "
    "he she his her him i you we me my your our film movie picture happen happens happened happening "
    "end ending start beginning begin story plot about tell me please go goes going went get gets s"
)


_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")


def a(noun: str) -> str:
    """The noun with its indefinite article: "a u.s. vice president", "a one-eyed marshal", "a unicorn",
    "an autobiography" (by sound, roughly)."""
    sounds_vowel = noun[:1].lower() in "aeiou" and not re.match(r"(?i)u\.|uni|use|one\b|one-", noun)
    return ("an " if sounds_vowel else "a ") + noun


def credited(view: View, film: FilmRef) -> list[str]:
    """The people the film's front matter credits (cast list, director, writer), review by review."""
    return [p for r in view.reviews(film) for p in r.credited]


def words(text: str) -> list[str]:
    """Folded words; a possessive is the name ("Currie's father" → currie, father), not "curries"."""
    return _WORD.findall(fold(_POSSESSIVE.sub("", text)))


def film_words(view: View, film: FilmRef) -> set[str]:
    """The folded words of a film's text."""
    return set(words(" ".join(p.text for p in view.passages(film))))


def says(view: View, film: FilmRef, phrase: str) -> bool:
    """A passage of the film's text says the (folded) words, whole."""
    return any(f" {phrase} " in f" {' '.join(words(p.text))} " for p in view.passages(film))


def without(text: str, drop: set[str]) -> str:
    """The text's words without these (folded) words; the text itself when nothing but small words
    is left ("the sissy spacek movie")."""
    kept = [w for w in words(text) if w not in drop]
    return " ".join(kept) if set(kept) - STOP else text


# chat words and the words reviews write for them ("tv" → "television", "guy" → "man")
_WRITTEN = {
    "tv": "television", "telly": "television", "guy": "man", "guys": "man", "dude": "man", "men": "man",
    "kid": "child", "kids": "child", "children": "child", "mom": "mother", "mum": "mother",
    "dad": "father", "cop": "police", "cops": "police", "teen": "teenager", "teens": "teenager",
    "teenage": "teenager", "teenagers": "teenager", "bro": "brother", "sis": "sister",
    "gf": "girlfriend", "bf": "boyfriend", "flick": "film", "movie": "film", "movies": "film",
    "murder": "kill", "murders": "kill", "murdered": "kill", "murdering": "kill", "murderer": "killer",
    "murderers": "killer", "airplane": "plane", "aeroplane": "plane", "aircraft": "plane",
    "nyc": "york", "extraterrestrial": "alien",
    **dict.fromkeys(["nom", "noms", "nomination", "nominations", "nominee"], "nominated"),
    "oscar": "academy", "oscars": "academy",
    # ("who does it make fun of": a satire of Carrie Nation is a parody of her)
    **dict.fromkeys(["satire", "satires", "satirical", "satirizes", "satirises", "spoof", "lampoon", "lampoons"], "parody"),
}  # fmt: skip


# chat phrases and the words reviews write for them ("what is it making fun of" → a parody of …)
_WRITTEN_PHRASES = (
    (
        re.compile(
            r"\b(?:making fun of|poking fun at|pokes fun at|makes fun of|make fun of|made fun of|sending up"
            r"|spoofing|spoofs)\b"
        ),
        "parody of",
    ),
    # ("who do the aliens make friends with": "the two aliens befriend a fast food employee")
    (re.compile(r"\b(?:make|makes|made|making|become|becomes|became|becoming) friends with\b"), "befriend"),
)


def as_written(text: str) -> str:
    """The text with chat phrases in the words reviews write ("making fun of" → "parody of")."""
    for said, written in _WRITTEN_PHRASES:
        text = said.sub(written, text)
    return text


def stem(word: str) -> str:
    word = _WRITTEN.get(word, word)
    for suffix in ("ies", "es", "s", "ed", "ing"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    # "survive", "survives", "survived", "surviving" are one word
    return word[:-1] if len(word) > 4 and word.endswith("e") else word


def untitled(text: str, film: FilmRef) -> str:
    """The text without the film's title when it opens with it ("Don't Hang Up, Tough Guy! is a
    collection of prank calls"): the story told in the question's words is evidence, the words of a
    title that names itself are not ("a sniper says dont hang up"); the story's own "fight club" still
    counts."""
    return text[len(film.title) :] if text.lower().startswith(film.title.lower()) else text


def content_stems(text: str, drop: Iterable[str] = ()) -> set[str]:
    dropped = set(drop)
    return {stem(w) for w in words(text) if w not in STOP and w not in dropped}


def answer_contains(answer_text: str, gold: str) -> bool:
    """True when `gold` appears in `answer_text` as whole words, ignoring case, accents, punctuation
    and a possessive ("The Boston Globe's" holds "Boston Globe")."""
    g = fold(gold)
    plain = re.sub(r"['’]s\b", "", answer_text)
    return bool(g) and any(f" {g} " in f" {fold(t)} " for t in (answer_text, plain))


def without_title(sentence: str, film: FilmRef) -> str:
    """The sentence without the film's own title (the words a title names itself by are no one the
    story speaks of)."""
    return re.sub(re.escape(film.title), " ", sentence, flags=re.IGNORECASE)


def quote(text: str, limit: int = QUOTE_CHARS) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    # (a sentence quoted whole in the passage, or ending or opening a quotation: its own marks go, so
    # that the quote has one pair)
    opened, closed = text.count("“"), text.count("”")
    if text.startswith("“") and text.endswith("”") and opened == closed == 1:
        text = text[1:-1].strip()
    elif text.endswith("”") and not opened:
        text = text[:-1].rstrip()
    elif text.startswith("“") and not closed:
        text = text[1:].lstrip()
    if len(text) > limit:
        text = text[: limit - 1].rsplit(" ", 1)[0] + "…"
    return f"“{text}”"


def around(text: str, stems: set[str], limit: int = QUOTE_CHARS) -> str:
    """A long sentence from where the given words are thickest (the earliest such place), when its
    first `limit` characters hold fewer of them: the part of the sentence that answers is quoted."""
    if len(text) <= limit:
        return text
    at = [w.start() for w in re.finditer(r"\w+", text) if stem(w.group().lower()) in stems]
    window = limit - 20
    count = lambda a: sum(1 for b in at if a <= b < a + window)  # noqa: E731
    best = max(at, key=lambda a: (count(a), -a), default=0)
    if not at or count(best) <= count(0):
        return text
    # as much of what leads up to them as the window holds
    last = max(b for b in at if best <= b < best + window)
    start = text.rfind(" ", 0, max(0, min(best, last + 40 - window))) + 1
    return ("… " if start else "") + text[start:]


def listing(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def sentences(passage: Passage) -> list[str]:
    return [passage.text[a:b] for a, b in sentence_spans(passage.text)]


def film_sentences(view: View, film: FilmRef) -> list[tuple[str, Passage]]:
    """Every sentence of the film's passages, with the passage it is cited from."""
    return [(s, p) for p in view.passages(film) for s in sentences(p)]


def opening_sentence(passages: list[Passage]) -> str:
    """The first sentence of the first review, which says what film it is ("X is a 1951 war film …")."""
    first = min(passages, key=lambda p: (p.review_id, p.ordinal), default=None)
    return first.text[: next(iter(sentence_spans(first.text)), (0, 0))[1]] if first else ""


def cite(view: View, film: FilmRef, review_id: str | None, sentence: str, support: float) -> Hit | None:
    """The passage a sentence was taken from, as a source (the review's first passage for front matter)."""
    passages = [p for p in view.passages(film) if not review_id or p.review_id == review_id]
    if not sentence:
        return Hit(passages[0], support=support) if passages else None
    want = fold(sentence)[:120]
    best: tuple[float, Passage | None] = (0.0, None)
    for p in passages:
        text = fold(p.text)
        if want in text:
            return Hit(p, support=support)
        ratio = fuzz.partial_ratio(want, text)
        if ratio > best[0]:
            best = (ratio, p)
    return Hit(best[1], support=support) if best[1] is not None and best[0] >= 80 else None


def dedupe(hits: Iterable[Hit | None]) -> tuple[Hit, ...]:
    out: list[Hit] = []
    seen: set[int] = set()
    for h in hits:
        if h is not None and h.passage.chunk_id not in seen:
            seen.add(h.passage.chunk_id)
            out.append(h)
    return tuple(out)


def make(
    req: Request, kind: str, text: str, film: FilmRef | None, confidence: float, sources: Iterable[Hit] = ()
) -> Answer:
    return Answer(req.text, kind, text, film, False, round(confidence, 4), tuple(sources))


def abstain(
    req: Request,
    film: FilmRef | None = None,
    *,
    note: str = "",
    closest: Iterable[FilmRef] = (),
    choices: tuple[FilmRef, ...] = (),
    confidence: float = 0.0,
    sources: tuple[Hit, ...] = (),
) -> Answer:
    text = note if choices else ABSTAIN + (f" {note}" if note else "")
    names = list(dict.fromkeys(f.label for f in closest))[:3]
    if names:
        text += " Closest films I have: " + ", ".join(names) + "."
    return Answer(req.text, req.kind, text, film, True, round(confidence, 4), sources, choices=choices)


# "the fourth and final film in the franchise", "the fourth installment in the X film series"
NTH_OF_SERIES = re.compile(
    r"\b(?P<n>\w+)(?: and (?:final|last))? (?:installment|instalment|film|entry|chapter|movie|part|feature) "
    r"(?:in|of) the (?:[^.;:]{0,80}? )?(?:film |movie )?(?:series|franchise|saga)\b",
    re.IGNORECASE,
)
COPY_OPENING = 300  # the characters of a review's opening compared to tell one film listed twice


def copies_dropped(view: View, films: tuple[FilmRef, ...]) -> tuple[FilmRef, ...]:
    """One film listed twice under a title, a year apart with the same review ("In Old Chicago" as 1937
    and 1938): only the copy whose review dates it so ("is a 1938 American … film")."""
    openings = {f: _opening(view, f) for f in films}
    dropped = set()
    for film in films:
        copies = [f for f in films if openings[f] == openings[film]]
        dated = [f for f in copies if f.year is not None and re.search(rf"\b{f.year}\b", openings[f])]
        if len(copies) > 1 and len(dated) == 1:
            dropped |= set(copies) - set(dated)
    return tuple(f for f in films if f not in dropped)


def _opening(view: View, film: FilmRef) -> str:
    reviews = view.reviews(film)
    return reviews[0].text[:COPY_OPENING] if reviews else film.label


def copy_of(view: View, film: FilmRef, other: FilmRef) -> bool:
    """Whether two listings are one film listed twice (one title, the same review)."""
    return film == other or (film.title == other.title and _opening(view, film) == _opening(view, other))


def dated_copy(view: View, film: FilmRef) -> FilmRef:
    """The copy of a film listed twice that its review dates (Hard Eight as 1996, not also as 1997)."""
    kept = copies_dropped(view, tuple(view.titles.titled(film.title)) or (film,))
    if film in kept:
        return film
    return next((f for f in kept if _opening(view, f) == _opening(view, film)), film)


OPENING_WORDS = 40  # where a review says what country a film is from


def _opening_words(view: View, film: FilmRef) -> list[str]:
    passages = view.passages(film)
    return fold(passages[0].text).split()[:OPENING_WORDS] if passages else []


def from_another_country(view: View, film: FilmRef, said: set[str], countries: frozenset[str]) -> bool:
    """ "parasit korean film", "canadian 80s horror where …": the film's review opens calling it
    another country's (not said at all: not known to be another's)."""
    if not said:
        return False
    opening = _opening_words(view, film)
    return any(w in countries for w in opening) and not said & set(opening)
