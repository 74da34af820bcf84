"""Film titles: resolving a title someone typed, and spotting titles inside a question.

Both compare *keys*: the folded title (case, accents, punctuation and apostrophes ignored) without a
leading article, with numerals unified ("Rocky II", "rocky 2", "Rocky Part Two" → "rocky 2"). Each
title is also known by its main part before a colon or dash ("Police Academy 3" for "Police
Academy 3: Back in Training").
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from index.textutil import STOPWORDS, fold
from index.types import FilmRef, TitleMatch

_YEAR = re.compile(r"[\s(\[,]*\b(1[89]\d\d|20\d\d)\b[)\]]?\s*$")
YEAR_TOKEN = re.compile(r"^(?:1[89]\d\d|20\d\d)$")
OWN_WORD_TITLES = 3  # a word this many titles hold is typed as itself, not as a typo of another
FUZZY_CUTOFF = 80.0  # edit-distance ratio; below this a different title is likelier than a typo
SUGGEST_FLOOR = 70.0  # suggestions below this similarity are unrelated ("Zorgon Returns" is not "Goon")
ARTICLES = frozenset({"the", "a", "an"})
#: the small words that join a title's words ("of", "and", "the" …)
JOINING = ARTICLES | {"of", "and", "in", "on", "at", "to", "for", "with", "from", "by", "or"}
_ROMAN = {
    "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
    "xi": 11, "xii": 12, "xiii": 13, "xiv": 14, "xv": 15,
}  # fmt: skip
_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    # ordinals as people type them: "8th grade" is Eighth Grade
    "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th", "sixth": "6th",
    "seventh": "7th", "eighth": "8th", "ninth": "9th", "tenth": "10th", "eleventh": "11th",
    "twelfth": "12th", "thirteenth": "13th", "fourteenth": "14th", "fifteenth": "15th",
    "sixteenth": "16th", "seventeenth": "17th", "eighteenth": "18th", "nineteenth": "19th",
    "twentieth": "20th",
}  # fmt: skip
# decades as people say them: "the nineties one" is "the 90s one" (Belle of the Nineties keyed alike)
_DECADES = {
    "twenties": "20s", "thirties": "30s", "forties": "40s", "fifties": "50s", "sixties": "60s",
    "seventies": "70s", "eighties": "80s", "nineties": "90s",
}  # fmt: skip
_WORDS |= _DECADES
_DECADE_WORD = re.compile(r"\b(?:" + "|".join(_DECADES) + r")\b", re.IGNORECASE)


def decades_in_digits(text: str) -> str:
    """ "man hunt from the thirties" → "man hunt from the 30s": a decade in words, as digits."""
    return _DECADE_WORD.sub(lambda m: _DECADES[m.group().lower()], text)


#: words that number a series' film ("Part 2", "Vol. 2"): dropped before the number in keys
NUMBER_MARKERS = frozenset({"part", "pt", "chapter", "episode", "vol", "volume"})
#: above this many title keys, fuzzy matching scores only the keys sharing the most letter trigrams
#: with the query (FUZZY_POOL of them) instead of every key: 100,000 titles cost ~0.5 s a question
BIG_TITLE_SET = 5000
FUZZY_POOL = 2000


# "10 things i hate about u", "charlie n the …", "a river runs thru it", "saturday nite fever"
_CHAT_SPELLING = {
    **{"u": "you", "ur": "your", "n": "and", "thru": "through", "nite": "night", "luv": "love"},
    **{"tuff": "tough", "tonite": "tonight"},  # "little tuff guy"
    "mister": "mr",  # "mister magoo" is Mr. Magoo; "Mister Roberts" keyed alike
    "se7en": "seven",
    "alright": "all right",  # "the kids are alright"
    # British spellings ("my favourite wife"): both the title and the question are keyed alike
    **{
        "favourite": "favorite",
        "colour": "color",
        "honour": "honor",
        "humour": "humor",
        "theatre": "theater",
    },
    **{"centre": "center", "neighbour": "neighbor", "harbour": "harbor", "grey": "gray", "armour": "armor"},
    **{"analyse": "analyze", "hrs": "hours", "rumour": "rumor", "labour": "labor", "saviour": "savior"},
    **{"mins": "minutes", "secs": "seconds", "yrs": "years"},  # ("around the world in 80 mins")
}
# how a title's words are shortened when typed ("dr zhivago", "dances w wolves"): aliases of the
# title only, so that a question's "dr grant" stays the name the review writes
_SHORT_FORMS = {
    "doctor": "dr",
    "drive": "dr",  # "mulholland dr"
    "street": "st",  # "21 jump st"
    "saint": "st",
    "mount": "mt",
    "junior": "jr",
    "brothers": "bros",
    "with": "w",
    "mister": "mr",
    "versus": "vs",
    "vs": "v",
    "and": "vs",  # "cowboys vs aliens" (Cowboys & Aliens)
    "road": "rd",  # "84 charing cross rd"
    "avenue": "ave",
}


# places typed by their initials ("crocodile dundee in la", "escape from ny")
_SHORT_PLACES = {"los angeles": "la", "new york city": "nyc", "new york": "ny", "san francisco": "sf"}
_PLACES_SHORT = re.compile(r"\b(?:" + "|".join(_SHORT_PLACES) + r")\b")


def _short_place(m: re.Match[str]) -> str:
    return _SHORT_PLACES[m.group()]


_INITIALS = re.compile(r"\b[A-Za-z](?:\.[A-Za-z]\b)+\.?")  # "U.N.C.L.E.", "l.a" (typed)


_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")


# the numbers written after "part", "episode" … as words no title key keeps ("Part I", "Part Deux")
NUMBERS_AFTER_MARKER = {"i": "1", "deux": "2"}
_PLURAL_MARK = re.compile(r"(?<=\w)\((?:s|es)\)")


def short_form(word: str) -> str:
    """A title's word as it is shortened when typed ("doctor" → "dr"), the word itself else."""
    return _SHORT_FORMS.get(word, word) if word in _SHORT_WORDS else word


_SHORT_WORDS = frozenset({"doctor", "saint", "mount", "junior", "mister", "brothers"})


def key_words(text: str) -> list[str]:
    """The words of a title key: folded, numerals as digits, "part 2" as "2", chat spellings
    ("u") as words."""
    # ("The Man from U.N.C.L.E.": initials are one word, not the chat spellings "u" and "n")
    text = _INITIALS.sub(lambda m: m.group().replace(".", ""), text)
    # ("Some Girl(s)": a plural mark glued on is no word, as questions are read)
    text = _PLURAL_MARK.sub("", text)
    text = _THOUSANDS.sub("", text)  # "20,000 Leagues Under the Sea" typed "20000 leagues"
    words = [
        part
        for w in fold(text).split()
        for said in [_CHAT_SPELLING.get(w, w)]  # "se7en" is "seven", which is 7
        for part in str(_ROMAN.get(said, _WORDS.get(said, said))).split()
    ]
    # "Part I" is "part 1" (a lone "i" is the pronoun everywhere else); "Part Deux" is "part 2"
    words = [
        NUMBERS_AFTER_MARKER.get(w, w) if i and words[i - 1] in NUMBER_MARKERS else w
        for i, w in enumerate(words)
    ]
    return [
        w
        for i, w in enumerate(words)
        if not (w in NUMBER_MARKERS and i + 1 < len(words) and words[i + 1].isdigit())
    ]


_ARTICLE_LAST = re.compile(r"^(.+), (The|A|An)$")


@lru_cache(maxsize=8192)  # the repeat in _aliases; bounded: questions' word runs pass through here too
def title_key(text: str) -> str:
    # ("Last Dragon, The": a catalogue's title, its article put last, is typed "the last dragon")
    words = key_words(_ARTICLE_LAST.sub(r"\2 \1", text))
    if len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    return " ".join(words)


def bare_key(text: str) -> str:
    """The title key without any article ("good bad and ugly" for The Good, the Bad and the Ugly)."""
    return " ".join(w for w in title_key(text).split() if w not in ARTICLES)


def split_year(text: str) -> tuple[str, int | None]:
    """'The Runaways (2010)' → ('The Runaways', 2010). A title that *is* a year ('1917') keeps it."""
    match = _YEAR.search(text)
    if match and match.start() > 0:
        return text[: match.start()].strip(), int(match.group(1))
    return text.strip(), None


# (": ", " – ", and a full stop after a word, not an abbreviation: "Honk for Jesus. Save Your Soul.")
_SUBTITLE = re.compile(r"\s*(?::|\s[-–—]\s|(?<=[a-z]{3})\.\s+(?=[A-Z]))\s*")


def split_subtitle(title: str) -> list[str]:
    """ "Mad Max: Fury Road" → ["Mad Max", "Fury Road"]; a title without a subtitle → [title]."""
    return _SUBTITLE.split(title, maxsplit=1)


# (and a rank's initials: "Lt. Robin Crusoe, U.S.N.")
_NAME_SUFFIX = re.compile(r",\s*(?:Esq|Jr|Sr|M\.D|Ph\.D|P\.I|(?:[A-Z]\.){2,}[A-Z]?)\.?$")
_BRACKETED_END = re.compile(r"(?:\s+\([^()]*\))+$")
_DROPPED_G = re.compile(r"\b(\w+in)['’](?!\w)")


def _without_brackets(title: str) -> set[str]:
    """ "human centipede 2": words in brackets ending a title left out (… 2 (Full Sequence)); not
    where a joining word is left at the end ("Birdman or (The Unexpected …)")."""
    words = title_key(_BRACKETED_END.sub("", title)).split()
    return {" ".join(words)} if len(words) >= 2 and words[-1] not in JOINING else set()


# a negation typed either way ("the man they couldnt hang" is The Man They Could Not Hang, "you cannot
# take it with you" You Can't Take It with You): keyed words after folding, so "Can't" is "cant"
_CONTRACTIONS = {
    **{f"{verb} not": f"{verb}nt" for verb in ("could", "would", "should", "did", "does", "do", "is")},
    **{f"{verb} not": f"{verb}nt" for verb in ("are", "was", "were", "has", "have", "had", "must")},
    **{"will not": "wont", "can not": "cant", "cannot": "cant", "shall not": "shant"},
}
_CONTRACTED = re.compile(r"\b(?:" + "|".join(_CONTRACTIONS) + r")\b")
_EXPANDED = {short: long for long, short in _CONTRACTIONS.items() if long != "cannot"}
_EXPANDABLE = re.compile(r"\b(?:" + "|".join(_EXPANDED) + r")\b")


def _negation_typed(key: str) -> set[str]:
    """The key with its negations contracted, or spelled out ("cant" also "cannot")."""
    contracted = _CONTRACTED.sub(lambda m: _CONTRACTIONS[m.group()], key)
    expanded = _EXPANDABLE.sub(lambda m: _EXPANDED[m.group()], key)
    return {contracted, expanded, re.sub(r"\bcant\b", "cannot", key)} - {key}


def _aliases(title: str) -> set[str]:
    """The title's key; its subtitle ("Mad Max: Fury Road" → "fury road"); its main part when that
    carries the number of a series ("Police Academy 3: Back in Training" → "police academy 3", but
    not "Exorcist: The Beginning" → "exorcist", another film); initials run together
    ("E.T. the Extra-Terrestrial" → "et the extra terrestrial", "et")."""
    keys = {title_key(title), *_typed_together(title)}
    parts = split_subtitle(title)
    if len(parts) == 2:
        main, subtitle = title_key(parts[0]), title_key(parts[1])
        # ("X2: X-Men United" is "x2" too: letters and a number are a name of their own)
        if (len(main) >= 4 or re.fullmatch(r"[a-z]+\d+", main)) and re.search(r"\d", main):
            keys.add(main)
        if len(subtitle.split()) >= 2:
            keys.add(subtitle)
        # ("pirates of the caribbean curse of the black pearl": the subtitle's article left out)
        if parts[1].split()[0].lower() in ARTICLES and len(subtitle.split()) >= 2:
            keys.add(f"{main} {subtitle}")  # (title_key has left the article out already)
        # "Rambo: First Blood Part II" is "rambo 2", "Star Wars: Episode V – …" "star wars 5": the
        # series' name with the number its subtitle holds
        number = re.fullmatch(r".*? (\d{1,2})|(\d{1,2}) .*", subtitle)
        if number and len(main) >= 4 and not re.search(r"\d", main):
            keys.add(f"{main} {number.group(1) or number.group(2)}")
    keys |= _typed_short(title) | _without_owner(title) | _without_brackets(title)
    # "roman j israel": a name's suffix after a comma is left out (Roman J. Israel, Esq.)
    keys.add(title_key(_NAME_SUFFIX.sub("", title)))
    # "some girls" for Some Girl(s): a plural's letter in brackets
    keys.add(title_key(re.sub(r"(?<=\w)\((\w{1,2})\)", r"\1", title)))
    # "broadway melody of 38": a year inside a title typed with two digits
    keys.add(title_key(re.sub(r"(?<=\bof )(?:19|20)(\d\d)\b", r"\1", title)))
    words = title_key(title).split()
    keys |= _whose_adventures(words) | _without_titles(words) | _after_and_the(words) | _without_movie(words)
    # "whos afraid of virginia woolf": a title opening with a question word is typed without it
    # (the question's own "who's" is read as the question)
    if len(words) >= 4 and words[0] in _QUESTION_OPENERS:
        keys.add(" ".join(words[2:] if words[1] in {"s", "is"} else words[1:]))
    keys |= {_numbers_joined(k) for k in keys}
    keys |= {typed for k in list(keys) for typed in _negation_typed(k)}
    # ("Gone Fishin'" typed "gone fishing": the g the title drops)
    keys.add(title_key(_DROPPED_G.sub(r"\1g", title)))
    for key in list(keys):
        # through title_key again, as a question's words go ("kramer v kramer": the v reads as 5)
        # (a place by its initials only beside two words or more: not "la" for Battle: Los Angeles)
        placed = _PLACES_SHORT.sub(_short_place, key)
        placed = placed if len(placed.split()) >= 3 else key
        short = title_key(" ".join(_SHORT_FORMS.get(w, w) for w in placed.split()))
        if short != key:
            keys.add(short)
    for key in list(keys):
        keys |= _letters_typed(key, title)
    # (initials that spell a common word are no name for it: "for" is not Fires of Rebellion)
    return {k for k in keys if k and (k == title_key(title) or k not in STOPWORDS)}


def _letters_typed(key: str, title: str) -> set[str]:
    """How a key's lone letters are typed: initials run together ("et" for E.T.), "jaws 3" for Jaws
    3-D, and "w" read as "with" by a question ("my name is bill w")."""
    typed: set[str] = set()
    joined = re.sub(r"\b([a-z]) (?=[a-z]\b)", r"\1", key)  # initials: letters, not "4 a new hope"
    if joined != key:
        typed.add(joined)
        # the joined initials alone only when they open the title: "et" for E.T.
        first = joined.split(maxsplit=1)[0]
        if first != key.split(maxsplit=1)[0] and _named_after(title):
            typed.add(first)
    if re.search(r"\d \w$", key):  # "Jaws 3-D" → "jaws 3"
        typed.add(key[:-2])
    if re.search(r"\bw\b", key):
        typed.add(re.sub(r"\bw\b", "with", key))
    return typed


REORDERED_MIN_WORDS = 3  # a title typed in another order: this many of its words at least
HELD_SHARE = 0.75  # … and, when some are left out, this share of them


def _bag(words: list[str]) -> tuple[str, ...]:
    """A title's telling words, in no order (each as often as said): its words but the small ones."""
    return tuple(sorted(w for w in words if w not in STOPWORDS and (len(w) >= 3 or w.isdigit())))


def _numbers_joined(key: str) -> str:
    """ "One Hundred and One Dalmatians" is typed "101 dalmatians": a number written in words over
    several of them, as one ("1 100 and 1" → "101", "20 thousand" → "20000")."""
    key = re.sub(r"\b([1-9]) 100(?: and)? ([1-9]\d?)\b", lambda m: str(int(m[1]) * 100 + int(m[2])), key)
    key = re.sub(r"\b([1-9]) 100\b", lambda m: str(int(m[1]) * 100), key)
    return re.sub(r"\b([1-9]\d{0,2}) thousand\b", lambda m: str(int(m[1]) * 1000), key)


def _named_after(title: str) -> bool:
    """ "E.T. the Extra-Terrestrial": initials, then "the" and what they stand for."""
    words = title_key(title).split()
    return len(words) == 1 or (len(words) >= 2 and words[1] == "the")


def _without_owner(title: str) -> set[str]:
    """ "Dr. Seuss' Horton Hears a Who!" is typed "horton hears a who": a title after whose it is,
    three words or more (not "dracula" for Bram Stoker's Dracula: another film's title); and with the
    owner's surname alone when a particle opens it ("del toro's pinocchio"; not "mans land" for No Man's
    Land, nor "brewsters millions" for Miss Brewster's Millions: only a particle says where a surname
    starts)."""
    m = _OWNER.match(title)
    if m is None:
        return set()
    rest = title_key(m.group("rest"))
    keys = {rest} if len(rest.split()) >= 3 else set()
    owner = m.group("owner").split()
    at = next((i for i, w in enumerate(owner) if i and w in _PARTICLES), None)
    if at is not None:
        keys.add(title_key(" ".join(owner[at:]) + m.group("mark") + " " + m.group("rest")))
    return keys


_PARTICLES = frozenset({"de", "del", "da", "di", "van", "von", "le", "la"})


# whose film a title says it is: a name of up to four words (particles in lower case: "Guillermo del
# Toro's"), an apostrophe alone only after an "s" ("Seuss'", not "Lightnin' in the Forest")
_OWNER = re.compile(
    r"^(?P<owner>[A-Z][\w.]*(?: (?:[A-Z][\w.]*|"
    + "|".join(sorted(_PARTICLES))
    + r")){0,3})(?P<mark>['’]s|(?<=s)['’]) (?P<rest>.+)$"
)


def after_owner(title: str) -> str:
    """The key of a title after whose it is ("Dr. Seuss' The Lorax" → "lorax"); "" for a title that
    names no owner."""
    m = _OWNER.match(title)
    return title_key(m.group("rest")) if m else ""


def _typed_together(title: str) -> set[str]:
    """ "E.T. the Extra-Terrestrial" is typed "et"; "Spider-Man" "spiderman" as often as "spider man";
    "FernGully" "fern gully"."""
    # (the initials alone only before "the", the film's name in apposition: not "la" for L.A. Story)
    keys = {title_key(title).split()[0]} if _INITIALS.match(title) and _named_after(title) else set()
    if re.search(r"\w-\w", title):
        keys.add(title_key(re.sub(r"(?<=\w)-(?=\w)", "", title)))
    if re.search(r"[a-z][A-Z]", title):  # "FernGully" is typed "fern gully" too
        keys.add(title_key(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", title)))
        # ("in fern gully who …": a name of its own run together is the film without its subtitle)
        main = split_subtitle(title)[0]
        if main != title and re.fullmatch(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+", main):
            keys |= {title_key(main), title_key(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", main))}
    if re.search(r"\b[OD]['’]\w", title):  # "Darby O'Gill" is typed "darby o gill" too
        keys.add(title_key(re.sub(r"\b([OD])['’](?=\w)", r"\1 ", title)))
    return keys


def _without_titles(words: list[str]) -> set[str]:
    """ "Dr. Jekyll and Mr. Hyde" is typed "jekyll and hyde" (two words or more left)."""
    kept = [w for w in words if w not in _HONORIFICS]
    # (not "and north" of Mr. and Mrs. North: a joining word is no name's start — "and north of arizona")
    named = bool(kept) and kept[0] not in {"and", "vs", "v", "of", "&"}
    return {" ".join(kept)} if len(kept) < len(words) and len(kept) >= 2 and named else set()


_HONORIFICS = frozenset({"dr", "mr", "mrs", "ms"})


def _after_and_the(words: list[str]) -> set[str]:
    """ "Harry Potter and the Goblet of Fire" is "goblet of fire", "Indiana Jones and the Temple of
    Doom" "temple of doom" (two words or more on each side: not "beast", nor "chocolate factory" of
    Charlie's; not "harry potter" either: "harry potter 2" is the series' second film)."""
    for i in range(2, len(words) - 3):
        if words[i : i + 2] == ["and", "the"]:
            return {" ".join(words[i + 2 :])}
    return set()


def _without_movie(words: list[str]) -> set[str]:
    """ "The Angry Birds Movie 2" is typed "angry birds 2", "The Lego Batman Movie" "lego batman" (two
    words or more before "movie", then a number or nothing)."""
    at = words.index("movie") if "movie" in words else -1
    rest = words[at + 1 :]
    if at < 2 or not (rest == [] or (len(rest) == 1 and rest[0].isdigit())):
        return set()
    return {" ".join(words[:at] + rest)}


def _whose_adventures(words: list[str]) -> set[str]:
    """ "The Adventures of Tintin" is "tintin"; "The Adventures of Robin Hood" "robin hood" (a year or
    the conversation tells it from Robin Hood's other films)."""
    return {" ".join(words[2:])} if words[:2] == ["adventures", "of"] and len(words) > 2 else set()


SKIPPING_MIN_WORDS = 3
CUT_SHORT_MIN = 6  # letters typed, at least, of a title cut short ("les mis")


def _in_order(said: list[str], words: list[str]) -> bool:
    """The words said appear among the words, in the same order."""
    rest = iter(words)
    return all(w in rest for w in said)


def typo_of(typed: str, title: str) -> bool:
    """A typo keeps the words and their first letters ("runawyas", "shawshenk"); a different title
    changes a word ("home sweet hell" is not "home sweet home")."""
    a = [w for w in typed.split() if w not in ARTICLES]  # "friday 13th 2" for "friday the 13th 2"
    b = [w for w in title.split() if w not in ARTICLES]
    if len(a) != len(b):
        return "".join(a) == "".join(b)
    return all(
        x == y
        # ("keystone cops" for Keystone Kops, "crazy" for "Krazy": a first letter said alike)
        or (x[1:] == y[1:] and {x[0], y[0]} == {"c", "k"})
        or (
            x[0] == y[0]
            # ("john carpenter" is no typo of John Carter: a typo changes a letter or two, not a third)
            and (
                (fuzz.ratio(x, y) >= 75 and OSA.distance(x, y) <= _slips_allowed(y, x))
                or _pet_form(x) == _pet_form(y)
                # ("showdown at abeline": the very same letters, two of them swapped)
                or (len(x) >= SWAPPED_MIN and sorted(x) == sorted(y))
            )
        )
        for x, y in zip(a, b, strict=True)
    )


SWAPPED_MIN = 5  # letters of a word typed with two of its letters swapped, at least
SHORT_WORD = 6  # a word this short is typed with one slip at most ("hidden figures" is not Hidden Fires)


def _slips_allowed(word: str, typed: str) -> int:
    # (an ending added or left off is one slip however short the word: "fish" for "fishes")
    ending = word.startswith(typed) or typed.startswith(word)
    return 1 if len(word) <= SHORT_WORD and not ending else max(2, (len(word) + 1) // 3)


def _spelling_of(typed: str, word: str) -> bool:
    """The same word in another form: a plural ("war", "gentleman"), a spelling ("colour")."""
    a, b = (re.sub(r"men$", "man", w).rstrip("s").replace("u", "") for w in (typed, word))
    return a == b


def _pet_form(word: str) -> str:
    """ "donny" and "donnie", "freddy" and "freddie": one name, two endings."""
    return word[:-2] + "y" if word.endswith("ie") else word


def same_numbers(a: str, b: str) -> bool:
    """A typo never changes a number: "oceans 12" is not "oceans 11"."""
    return re.findall(r"\d+", a) == re.findall(r"\d+", b)


@dataclass(frozen=True)
class Spot:
    """A title found in a question: tokens [start, end) of the question's key words."""

    start: int
    end: int
    films: tuple[FilmRef, ...]
    exact: bool  # the words are a title's key; False for a fuzzy (typo) match
    score: float = 100.0
    partial: bool = False  # the words are the start of one long title only ("no country")
    main: bool = False  # the words are the main part of one title only ("leon" for Léon: The Professional)


def _grams(text: str) -> set[str]:
    padded = f" {text} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


class _GramPool:
    """Letter-trigram postings of a list of keys: the keys most like a text, without scoring all."""

    def __init__(self, keys: list[str]) -> None:
        postings: dict[str, list[int]] = defaultdict(list)
        for i, key in enumerate(keys):
            for gram in _grams(key):
                postings[gram].append(i)
        self._postings = {g: np.asarray(v, dtype=np.int32) for g, v in postings.items()}
        self._keys = keys

    def pool(self, text: str, size: int) -> list[str]:
        lists = [p for g in _grams(text) if (p := self._postings.get(g)) is not None]
        if not lists:
            return []
        counts = np.bincount(np.concatenate(lists), minlength=len(self._keys))
        hits = np.flatnonzero(counts)
        if len(hits) > size:
            hits = hits[np.argpartition(-counts[hits], size - 1)[:size]]
        return [self._keys[i] for i in np.sort(hits)]


#: titles that go through every rule of title_key and _aliases (articles, numerals as words, Roman
#: numerals and digits, part markers, subtitles, a series' main part, initials, "3-D", accents and
#: punctuation): their keys stand for the key code in keys_fingerprint
_PROBE_TITLES = (
    "The Runaways",
    "Tuff Turf",
    "20,000 Leagues Under the Sea",
    "Around the World in Eighty Days",
    "A Beautiful Mind",
    "An American Werewolf in London",
    "Rocky II",
    "Rocky Part Two",
    "The Hundred-Foot Journey",
    "Another 48 Hrs.",
    "Mister Magoo's Mister Roberts",
    "The Thirteenth Chair",
    "Rumour of the Saviour's Labour",
    "Friday the 13th Part VIII: Jason Takes Manhattan",
    "Æon Flux",
    "Roman J. Israel, Esq.",
    "Some Girl(s)",
    "Hot Shots! Part Deux",
    "Belle of the Nineties",
    "Broadway Melody of 1938",
    "Police Academy 3: Back in Training",
    "The Human Centipede 2 (Full Sequence)",
    "Crocodile Dundee in Los Angeles",
    "My Name Is Bill W.",
    "Cowboys & Aliens",
    "Ramblin' Down the Old Road",
    "Gone Fishin'",
    "Two Hundred and Two Pelicans",
    "Jurassic Park III",
    "The Man from U.N.C.L.E.",
    "Rambo: First Blood Part II",
    "Spider-Man 2",
    "10 Things I Hate About U",
    "Exorcist: The Beginning",
    "Mad Max: Fury Road",
    "Mission: Impossible – Ghost Protocol",
    "Star Wars: Episode IV - A New Hope",
    "E.T. the Extra-Terrestrial",
    "Pirates of the Caribbean: The Curse of the Black Pearl",
    "L.A. Story",
    "Fires of Rebellion",
    "FernGully: The Last Rainforest",
    "Jaws 3-D",
    "Amélie",
    "Finding ʻOhana",  # (an okina folds away: keys stored before that rule are recomputed)
    "Schindler's List",
    "Ocean's Eleven",
    "Kill Bill: Vol. 1",
    "Harry Potter and the Chamber of Secrets",
    "History of the World: Part I",
    "1917",
    "2001: A Space Odyssey",
    "Se7en",
    "The Adventures of Tintin",
    "The Angry Birds Movie 2",
    "Dr. Jekyll and Mr. Hyde",
    "Mr. and Mrs. North",
    "M*A*S*H",
    "Crouching Tiger, Hidden Dragon",
    "Fast & Furious",
    "The Lord of the Rings: The Two Towers",
    "Chapter Twenty-Seven",
    "X",
    "Three Colours: Blue",
    "Doctor Zhivago",
    "Mulholland Drive",
    "Dances with Wolves",
    "Kramer vs. Kramer",
    "Rock 'n' Roll High School",
    "Everything Everywhere All at Once",
    "The Good, the Bad and the Ugly",
    "Men in Black 3",
    "Thru the Nite",
    "Who's Afraid of Virginia Woolf?",
    "Dr. Seuss' Horton Hears a Who!",
    "Terminator 2: Judgment Day",
    "X2: X-Men United",
    "Darby O'Gill and the Little People",
    "Honk for Jesus. Save Your Soul.",
    "Lt. Robin Crusoe, U.S.N.",
    "The Man They Could Not Hang",
    "You Can't Take It with You",
    "Last Dragon, The",
    "Guillermo del Toro's Pinocchio",
)


_QUESTION_OPENERS = frozenset({"who", "whos", "what", "whats", "where", "when", "why", "how"})


def _phrase_ends(title: str) -> set[int]:
    """After how many of its key words a title's own punctuation ends a phrase: "Go West, Young
    Man" → {2}."""
    ends: set[int] = set()
    count = 0
    raw = title.split()
    dropped = bool(raw) and len(raw) > 1 and fold(raw[0]) in ARTICLES  # title_key drops "The"
    for i, word in enumerate(raw):
        count += len(key_words(word))
        if re.search(r"[,:;.!?–—-]$", word) or (i + 1 < len(raw) and raw[i + 1] in {"-", "–", "—"}):
            ends.add(count - (1 if dropped else 0))
    return ends


LONG_SERIES_NAME = 6  # letters of a one-word series name typed by its initial ("t2", not "r2" for Rocky)


def _initials(words: list[str]) -> str:
    """The first letters of a title key's words, its numbers left out ("mib" of "men in black 3")."""
    return "".join(w[0] for w in words if not w.isdigit())


def _typed_short(title: str) -> set[str]:
    """ "mib 3", "potc": the initials of a title (or of its main part) of three words or more, its
    number kept apart; "t2"; "good bad and ugly": a long title typed without its inner articles."""
    short: set[str] = set()
    for part in {title, split_subtitle(title)[0]}:
        words = title_key(part).split()
        letters = _initials(words)
        numbers = [w for w in words if w.isdigit()]
        if len(letters) >= 3 and letters.isalpha():
            short.add(" ".join([letters, *numbers]))
        if len(letters) >= 2 and letters.isalpha() and numbers:
            short.add(letters + "".join(numbers))  # "jp3", "mib3": typed as one word
        # "t2": a long one-word series name by its initial and number
        if (
            len(words) == 2
            and words[1].isdigit()
            and len(words[0]) >= LONG_SERIES_NAME
            and words[0].isalpha()
        ):
            short.add(words[0][0] + words[1])
    bare = bare_key(title).split()
    if len(bare) >= 3 and len(bare) < len(title_key(title).split()):
        short.add(" ".join(bare))
    return short


# subtitles of a later (or earlier) instalment: "The Beginning", "Part II", "Return of …", "Revenge"
_INSTALMENT = re.compile(
    r"^(?:the )?(?:beginning|part|chapter|episode|vol|volume|return|returns|revenge|rise|resurrection|"
    r"reloaded|revolutions|origins?|dominion|next|final|last|new|back|again|legacy|reborn|"
    r"redemption|retribution|genesis|continues|strikes|awakens|heretic|sequel|prequel|\d+)\b"
)


def _prefixes(key: str) -> list[str]:
    """Every run of a key's first words ("ace", "ace ventura", …) but those a number follows ("naked
    gun" of "naked gun 33 1 3 the final insult": an instalment's name is no title of its own)."""
    words = key.split()
    return [
        " ".join(words[:n]) for n in range(1, len(words) + 1) if n == len(words) or not words[n].isdigit()
    ]


def keys_fingerprint() -> str:
    """Changes whenever the keys do: a hash of the keys of titles that exercise every rule. Title keys
    stored by a build are used while the running code computes the same keys; an edit to another
    part of this module (question parsing, fuzzy matching) keeps them, where a hash of the source
    text threw them away and a process opening 25,000 films recomputed them at start-up (Snapshot
    also recomputes a sample of the stored keys themselves)."""
    global _fingerprint
    if _fingerprint is None:
        probe = json.dumps(film_keys(_PROBE_TITLES), ensure_ascii=False)
        _fingerprint = hashlib.sha256(probe.encode("utf-8")).hexdigest()[:16]
    return _fingerprint


_fingerprint: str | None = None


def film_keys(titles: Iterable[str]) -> list[tuple[str, list[str]]]:
    """Each title's key and aliases: what TitleIndex computes at start-up (a build stores them, so a
    process opening an index of 25,000 films does not spend a second recomputing them)."""
    return [(title_key(t), sorted(_aliases(t))) for t in titles]


LONE_SUBTITLE = 8  # the fewest letters of a one-word subtitle typed alone for its film ("quantumania")


_SPEAKERS = frozenset({"i", "we", "you", "he", "she", "they"})
# a title's end opening with one of these is the end of a phrase, not a name for it ("it out" of Fight
# It Out is what "when was it out" says)
_OBJECTS = frozenset({"it", "me", "him", "her", "them", "us", "this", "that"})


class TitleIndex:
    def __init__(self, films: list[FilmRef], keys: list[tuple[str, list[str]]] | None = None) -> None:
        """`keys`: `film_keys` of the films' titles, in the same order, when a build stored them."""
        self.films = films
        self._by_key: dict[str, list[FilmRef]] = defaultdict(list)
        self._by_alias: dict[str, list[FilmRef]] = defaultdict(list)
        if keys is None or len(keys) != len(films):
            keys = film_keys(f.title for f in films)
        for film, (key, aliases) in zip(films, keys, strict=True):
            self._by_key[key].append(film)
            for alias in aliases:
                self._by_alias[alias].append(film)
        self._keys = list(self._by_key)
        self._alias_keys = list(self._by_alias)
        self._by_letters: dict[str, list[FilmRef]] | None = None  # built when first needed
        self.max_words = max((len(k.split()) for k in self._by_alias), default=0)
        self._pools: dict[str, _GramPool] = {}
        self._pool_lock = threading.Lock()
        self._starts: dict[str, tuple[FilmRef, ...]] | None = None
        self._ends: dict[str, tuple[FilmRef, ...]] | None = None
        self._mains: dict[str, tuple[FilmRef, ...]] | None = None
        self._by_main: dict[str, tuple[FilmRef, ...]] | None = None
        self._by_year: dict[int, tuple[str, ...]] | None = None
        self._subtitles: dict[str, list[FilmRef]] | None = None
        self._firsts: dict[str, list[str]] | None = None
        self._words: Counter[str] | None = None
        self._bags: dict[tuple[str, ...], list[str]] | None = None
        self._bags_by_word: dict[str, list[tuple[str, ...]]] | None = None

    def _candidates(self, text: str, which: str) -> list[str]:
        """The keys (`which`: "keys" or "aliases") fuzzy matching scores for `text`: all of them for a
        corpus of ordinary size, the FUZZY_POOL sharing the most trigrams with `text` above that."""
        keys = self._keys if which == "keys" else self._alias_keys
        if len(keys) <= BIG_TITLE_SET:
            return keys
        pool = self._pools.get(which)
        if pool is None:
            with self._pool_lock:  # built on first use: start-up stays as fast as the title count allows
                pool = self._pools.get(which)
                if pool is None:
                    pool = self._pools[which] = _GramPool(keys)
        return pool.pool(text, FUZZY_POOL)

    def __len__(self) -> int:
        return len(self.films)

    # -- a title as typed ("--film", autocomplete, slash commands) -------------------------------
    def resolve(self, text: str) -> TitleMatch:
        query = text.strip()
        title, year = split_year(query)
        key = title_key(title)
        if not key:
            return TitleMatch(query, None)
        exact = self._by_key.get(key) or self._by_alias.get(key)
        if exact and year is not None and not any(f.year == year for f in exact):
            # ("some girls 2013": of another film known by those words, Some Girl(s), that year's)
            # ("stardust 1940": Star Dust, its words written apart, that year's)
            exact = (
                [f for f in self._by_alias.get(key, []) if f.year == year]
                or [f for f in self._spelled_alike(key) if f.year == year]
                or exact
            )
        if exact:
            return self._pick(query, exact, year, 100.0)
        found = process.extract(
            key, self._candidates(key, "keys"), scorer=fuzz.ratio, limit=5, score_cutoff=FUZZY_CUTOFF
        )
        # ("city of god 2002" is no typo of City of Ghosts: two words many titles hold are two words)
        found = [f for f in found if same_numbers(key, f[0]) and not self._other_word(key, f[0])]
        if not found:
            return TitleMatch(query, None, candidates=tuple(self.suggest(title, 3)))
        best_score = found[0][1]
        # near-ties between different titles are ambiguous; otherwise the best wins
        films = [f for k, s, _ in found if s >= best_score - 0.5 for f in self._by_key[k]]
        return self._pick(query, films, year, float(best_score))

    def _spelled_alike(self, key: str) -> list[FilmRef]:
        """The films whose key has the same letters, its words joined or split ("stardust" and Star
        Dust, "the roughneck" and The Rough Neck)."""
        if self._by_letters is None:
            self._by_letters = defaultdict(list)
            for k, films in self._by_key.items():
                self._by_letters[k.replace(" ", "")].extend(films)
        return self._by_letters.get(key.replace(" ", ""), [])

    def _pick(self, query: str, films: list[FilmRef], year: int | None, score: float) -> TitleMatch:
        films = list(dict.fromkeys(films))
        if year is not None:
            same_year = [f for f in films if f.year == year]
            if not same_year:
                return TitleMatch(query, None, candidates=tuple(films), score=score)
            films = same_year
        if len(films) == 1:
            return TitleMatch(query, films[0], candidates=tuple(films), score=score)
        ordered = tuple(sorted(films, key=lambda f: f.year or 0))
        return TitleMatch(query, None, candidates=ordered, score=score, ambiguous=True)

    def suggest(self, text: str, limit: int = 25) -> list[FilmRef]:
        """Films whose title is close to `text`, best first; nothing below the similarity floor."""
        title, year = split_year(text)
        key = title_key(title)
        if not key:
            return self.films[:limit]
        prefix = sorted((k for k in self._keys if k.startswith(key)), key=len)
        scored = process.extract(
            key,
            self._candidates(key, "keys"),
            scorer=fuzz.WRatio,
            limit=limit * 2,
            score_cutoff=SUGGEST_FLOOR,
        )
        keys = list(dict.fromkeys(prefix[:limit] + [k for k, s, _ in scored if self._close(key, k, s)]))
        out = [
            film
            for k in keys
            for film in sorted(self._by_key[k], key=lambda f: f.year or 0)
            if year is None or film.year == year
        ]
        return out[:limit]

    @staticmethod
    def _close(query: str, key: str, wratio: float) -> bool:
        """WRatio rates a short title found inside a long query highly ("goon" in "zorgon returns");
        a suggestion must also resemble the query as a whole."""
        return wratio >= 90 or fuzz.ratio(query, key) >= SUGGEST_FLOOR

    def series(self, film: FilmRef) -> list[FilmRef]:
        """The films of a series, by year: those whose title starts like this one's without its number
        ("Toy Story 2" → Toy Story, Toy Story 2, Toy Story 3)."""
        stem = re.sub(r"( \d+)+( \w)?$", "", title_key(film.title))
        # by alias too: "Rambo: First Blood Part II" is known as "first blood 2"
        keys = [k for k in self._alias_keys if k == stem or k.startswith(stem + " ")]
        return sorted({f for k in keys for f in self._by_alias[k]}, key=lambda f: (f.year or 0, f.title))

    def titled(self, title: str) -> list[FilmRef]:
        """The films whose title is this one, as keyed ("Wonder Woman 1984")."""
        return list(self._by_key.get(title_key(title), []))

    def subtitled(self, text: str) -> list[FilmRef]:
        """Films whose subtitle alone is the text ("endgame": Avengers: Endgame), however short."""
        if self._subtitles is None:
            found: dict[str, list[FilmRef]] = defaultdict(list)
            for film in self.films:
                parts = split_subtitle(film.title)
                if len(parts) == 2:
                    found[title_key(parts[1])].append(film)
            self._subtitles = dict(found)
        return self._subtitles.get(title_key(text), [])

    def version_of(self, title: str, year: int) -> list[FilmRef]:
        """Films of that year whose title holds the other's words in a run, or whose words the other
        holds: the 1936 "Mr. Deeds Goes to Town" for Mr. Deeds, the 2017 "Power Rangers" for "Mighty
        Morphin Power Rangers: The Movie" (two words shared at least)."""
        key = title_key(split_subtitle(title)[0])
        if len(key.split()) < 2:
            return []
        found = []
        for other, films in self._by_key.items():  # (keys hold no colon: a subtitle is part of the run)
            shorter, longer = sorted((key, other), key=len)
            if len(shorter.split()) >= 2 and f" {shorter} " in f" {longer} ":
                found += [f for f in films if f.year == year]
        return found

    def same_title(self, film: FilmRef) -> list[FilmRef]:
        """Every film of this one's title (its versions), by year."""
        return sorted(self.titled(film.title) or [film], key=lambda f: (f.year or 0, f.title))

    def holding(self, words: str) -> list[FilmRef]:
        """Films whose title holds these words, whole and in order ("dora" → Dora and the Lost City of
        Gold; "peter sellers" → The Life and Death of Peter Sellers)."""
        # (a word of the title may be a possessive: "lemony snicket" in Lemony Snicket's A Series of …)
        said = re.compile(
            r"(?:^| )" + " ".join(re.escape(w) + "s?" for w in title_key(words).split()) + r"(?: |$)"
        )
        found = [k for k in self._keys if said.search(k)]
        return sorted({f for k in found for f in self._by_key[k]}, key=lambda f: (f.year or 0, f.title))

    def starting(self, stem: str) -> list[FilmRef]:
        """Films whose title (or an alias) is `stem` or starts with it: "scream" → Scream, Scream 2,
        Scream (2022); "puss in boots" → Puss in Boots: The Last Wish."""
        key = title_key(stem)
        found = [k for k in self._alias_keys if k == key or k.startswith(key + " ")]
        return sorted({f for k in found for f in self._by_alias[k]}, key=lambda f: (f.year or 0, f.title))

    def cut_short(self, text: str, year: int) -> tuple[FilmRef, ...]:
        """ "les mis 2012", "huck finn 1960": each word typed is the start of the title's word, and the
        year typed is its film's (one film only)."""
        typed = title_key(text).split()
        if len("".join(typed)) < CUT_SHORT_MIN:
            return ()
        found = {
            f
            for k in self._keys_of_year(year)
            if len(k.split()) == len(typed)
            and k != " ".join(typed)
            and all(w.startswith(t) for t, w in zip(typed, k.split(), strict=True))
            for f in self._by_alias[k]
            if f.year == year
        }
        return tuple(found) if len(found) == 1 else ()

    def part_of_year(self, text: str, year: int, *, named_so: bool = False) -> tuple[FilmRef, ...]:
        """ "austin powers 1997", "pelham 123 2009": words that open or close the title of the year's one
        film ("Austin Powers: International Man of Mystery", "The Taking of Pelham 123"); one word only
        closing it after whose the film is ("vacation 1983"), or opening it when the year and a word for
        a film frame it (`named_so`: "the 1998 rudolph movie")."""
        typed = title_key(text)
        # (nor "back in 2004" for Barbershop 2: Back in Business: a title is not cut after a small word)
        if len(typed.replace(" ", "")) < CUT_SHORT_MIN or {typed.split()[0], typed.split()[-1]} & STOPWORDS:
            return ()
        # (one word only as the end of a title after whose it is: "vacation 1983" is National
        # Lampoon's Vacation)
        one = " " not in typed
        owned = re.compile(rf"['’]s\s+{re.escape(typed)}\W*$", re.IGNORECASE)
        found = {
            f
            for k in self._keys_of_year(year)
            if ((not one or named_so) and k.startswith(typed + " ")) or k.endswith(" " + typed)
            for f in self._by_alias[k]
            if f.year == year
            and (not one or owned.search(f.title) or (named_so and k.startswith(typed + " ")))
        }
        return tuple(found) if len(found) == 1 else ()

    # -- titles inside a question -------------------------------------------------------------
    def spot_exact(self, words: list[str]) -> list[Spot]:
        """Every run of the question's key words that is a title key or alias, longest first."""
        found: list[Spot] = []
        for n in range(min(self.max_words + 1, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                gram = words[i : i + n]
                if gram[0] in ARTICLES and n > 1:
                    continue  # the article-less run is tried too, and the article belongs to the span
                gram_key = " ".join(gram)
                # a film's own title outranks the films it is only the main part of ("jaws")
                films = (
                    self._by_key.get(gram_key)
                    or self._initials_unlike_a_word(gram_key)
                    or self._joined(gram)
                    or self._numbered_by_hand(gram)
                )
                if films:
                    start = i - 1 if i > 0 and words[i - 1] in ARTICLES else i
                    found.append(Spot(start, i + n, tuple(dict.fromkeys(films)), exact=True))
        return found

    def _initials_unlike_a_word(self, key: str) -> list[FilmRef]:
        """The films an alias names, but not by initials that spell a word many titles hold ("where did it
        first air" names neither Abie's Irish Rose nor Affair in Reno; "lotr", "et" still name theirs)."""
        films = self._by_alias.get(key, [])
        if " " in key or self._title_words()[key] < OWN_WORD_TITLES:
            return films
        return [f for f in films if _initials(title_key(f.title).split()) != key]

    def _numbered_by_hand(self, gram: list[str]) -> tuple[FilmRef, ...]:
        """ "jaws 4 the revenge" is Jaws: The Revenge: a series' name, the place its subtitled film has in
        the series (which the title leaves out), then the subtitle."""
        for j in range(1, len(gram) - 1):
            if not re.fullmatch(r"[2-9]|1\d|[ivx]+", gram[j]):
                continue
            main, key = " ".join(gram[:j]), " ".join([*gram[:j], *gram[j + 1 :]])
            films = [
                f
                for f in self._by_key.get(key) or self._by_alias.get(key) or ()
                if len(parts := split_subtitle(f.title)) == 2
                and title_key(parts[0]) == main
                and not re.search(r"\d", f.title)
            ]
            if films:
                return tuple(films)
        return ()

    def _joined(self, gram: list[str]) -> tuple[FilmRef, ...]:
        """ "dream girls" is Dreamgirls, "the ice man cometh" The Iceman Cometh: two words typed apart
        that a title writes as one."""
        for j in range(len(gram) - 1):
            if gram[j].isalpha() and gram[j + 1].isalpha():
                joined = gram[j] + gram[j + 1]
                key = " ".join([*gram[:j], joined, *gram[j + 2 :]])
                films = self._by_key.get(key) or self._by_alias.get(key)
                # (a word of the title, not its initials: "go to" is not Girl of the Ozarks, "goto")
                films = [f for f in films or () if joined in title_key(f.title).split()]
                if films:
                    return tuple(films)
        return ()

    def _title_starts(self) -> dict[str, tuple[FilmRef, ...]]:
        """The first words of long titles that start no other title, cut before a joining word ("no
        country" → No Country for Old Men): how people shorten them. Not "go west" for "Go West, Young
        Man": a title cut elsewhere is as likely another film's whole title. Built on first use."""
        if self._starts is None:
            with self._pool_lock:
                owners: dict[str, set[str]] = defaultdict(set)
                for key in self._keys:
                    words = key.split()
                    # a long title may also be cut between two words of one phrase ("everything
                    # everywhere" | all at once), never where its own punctuation ends a phrase
                    phrase_ends = _phrase_ends(self._by_key[key][0].title) if len(words) >= 4 else set()
                    for n in range(2, len(words) - 1):
                        last, cut = words[n - 1], words[n]
                        joined = cut in JOINING and last not in JOINING
                        inside = len(words) >= 4 and n not in phrase_ends and last not in JOINING
                        if (joined or inside) and not last.isdigit():
                            owners[" ".join(words[:n])].add(key)
                    # "cloudy 2": a numbered title of three words or more, by its first word and number
                    first = words[1] if words[0] in ARTICLES and len(words) > 1 else words[0]
                    if len(words) >= 3 and words[-1].isdigit() and words[-1] != "1" and len(first) >= 4:
                        owners[f"{first} {words[-1]}"].add(key)
                self._starts = {
                    start: tuple(self._by_key[next(iter(keys))])
                    for start, keys in owners.items()
                    if len(keys) == 1 and start not in self._by_alias
                }
        return self._starts

    def _title_ends(self) -> dict[str, tuple[FilmRef, ...]]:
        """The last words of titles of three words or more that end no other title ("gilbert grape"
        for What's Eating Gilbert Grape, "orient express"): how people shorten them too."""
        if self._ends is None:
            starts = self._title_starts()  # before the lock: it takes the lock itself
            with self._pool_lock:
                owners: dict[str, set[str]] = defaultdict(set)
                for key in self._keys:
                    words = key.split()
                    for n in range(2, len(words) - 1 + 1):
                        tail = words[len(words) - n :]
                        # (not what a lone pronoun says: "walk the line" is not I Walk the Line)
                        spoken = len(words) - n == 1 and words[0] in _SPEAKERS
                        if tail[0] not in JOINING | _OBJECTS and not tail[-1].isdigit() and not spoken:
                            owners[" ".join(tail)].add(key)
                # "quantumania": a long one-word subtitle no other title holds
                held = Counter(w for key in self._keys for w in set(key.split()))
                for key in self._keys:
                    parts = split_subtitle(self._by_key[key][0].title)
                    sub = title_key(parts[-1]) if len(parts) == 2 else ""
                    if len(sub) >= LONE_SUBTITLE and " " not in sub and held[sub] == 1:
                        owners[sub].add(key)
                self._ends = {
                    end: tuple(self._by_key[next(iter(keys))])
                    for end, keys in owners.items()
                    if len(keys) == 1 and end not in self._by_alias and end not in starts
                }
        return self._ends

    def _main_parts(self) -> dict[str, tuple[FilmRef, ...]]:
        """The main part of a title with a subtitle, when it is no other title's and starts no other
        title ("leon" for Léon: The Professional, "ace ventura" for Ace Ventura: Pet Detective). Not
        where the subtitle marks a later instalment ("Exorcist: The Beginning"): its main part is the
        name of a film we lack. Built on first use."""
        if self._mains is None:
            with self._pool_lock:
                owners: dict[str, set[str]] = defaultdict(set)
                for key in self._keys:
                    for film in self._by_key[key]:
                        parts = split_subtitle(film.title)
                        if len(parts) < 2 or _INSTALMENT.match(title_key(parts[1])):
                            continue
                        # ("FernGully" typed "fern gully" too)
                        for main in {title_key(parts[0]), *_typed_together(parts[0])}:
                            if len(main) >= 4:
                                owners[main].add(key)
                # ("naked gun" for The Naked Gun: From the Files of Police Squad!, though The Naked Gun
                # 2½ and 33⅓ start with it: a numbered instalment is no other film of that name)
                starting = Counter(w for key in self._keys for w in _prefixes(key))
                self._mains = {
                    main: tuple(self._by_key[next(iter(keys))])
                    for main, keys in owners.items()
                    if len(keys) == 1
                    and main not in self._by_alias
                    and starting[main] <= 1
                    and not re.search(r"\d", main)
                }
                self._mains.update(self._series_parts())
        return self._mains

    def _series_parts(self) -> dict[str, tuple[FilmRef, ...]]:
        """The name of a film told in numbered parts, its first among them ("atlas shrugged" for
        Atlas Shrugged: Part I and Part III, "kill bill"): those parts, when the name is no title of
        its own. (Not "insidious" for Insidious: Chapter 2: without a first part, the name is the
        first film's, one we lack.)"""
        parts: dict[str, list[tuple[str, FilmRef]]] = defaultdict(list)
        for film in self.films:
            main_sub = split_subtitle(film.title)
            if len(main_sub) == 2 and (number := title_key(main_sub[1])).isdigit():
                parts[title_key(main_sub[0])].append((number, film))
        return {
            main: tuple(f for _, f in sorted(told, key=lambda nf: int(nf[0])))
            for main, told in parts.items()
            if any(n == "1" for n, _ in told) and main not in self._by_alias and len(main) >= 4
        }

    def _keys_of_year(self, year: int) -> tuple[str, ...]:
        """The title keys and aliases of that year's films. Built on first use."""
        if self._by_year is None:
            with self._pool_lock:
                found: dict[int, list[str]] = defaultdict(list)
                for key in self._alias_keys:
                    for year_of in {f.year for f in self._by_alias[key] if f.year is not None}:
                        found[year_of].append(key)
                self._by_year = {y: tuple(keys) for y, keys in found.items()}
        return self._by_year.get(year, ())

    def subtitled_after(self, text: str) -> tuple[FilmRef, ...]:
        """The films titled with this main part and a subtitle ("ace ventura": Ace Ventura: Pet
        Detective, Ace Ventura: When Nature Calls). Built on first use."""
        if self._by_main is None:
            with self._pool_lock:
                found: dict[str, list[FilmRef]] = defaultdict(list)
                for film in self.films:
                    parts = split_subtitle(film.title)
                    if len(parts) == 2:
                        found[title_key(parts[0])].append(film)
                self._by_main = {main: tuple(films) for main, films in found.items()}
        return self._by_main.get(title_key(text), ())

    def spot_start(self, words: list[str]) -> list[Spot]:
        """Runs of the question's words that begin exactly one long title, or are the main part of
        one title, longest first."""
        ends, starts, mains = self._title_ends(), self._title_starts(), self._main_parts()
        found: list[Spot] = []
        for n in range(min(self.max_words, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                run = " ".join(words[i : i + n])
                films = (
                    (starts.get(run) or ends.get(run))
                    if n > 1
                    else (ends.get(run) if len(run) >= LONE_SUBTITLE else None)
                )
                main = films is None and run in mains
                if films or main:
                    begin = i - 1 if i > 0 and words[i - 1] in ARTICLES else i
                    films = films or mains[run]
                    found.append(
                        Spot(begin, i + n, films, exact=False, score=90.0, partial=not main, main=main)
                    )
        return found

    def _scrambled(self, word: str) -> tuple[str, float, int] | None:
        """One typed word with letters swapped or missed ("labrynth", "gahndi"): the one-word title of
        the same first letter within two edits (one for short words) or of the very same letters."""
        if " " in word or len(word) < 5 or not word.isalpha():
            return None
        limit = 2 if len(word) >= 7 else 1
        letters = Counter(word)

        def near(key: str) -> bool:
            # a letter swapped, missed or doubled, never two letters changed ("searchers" is not
            # "scorchers"): the letters differ by one at most
            other = Counter(key)
            differ = sum((letters - other).values()) + sum((other - letters).values())
            return (differ <= 1 and OSA.distance(word, key, score_cutoff=limit) <= limit) or differ == 0

        close = [
            key
            for key in self._candidates(word, "aliases")
            if " " not in key and key[0] == word[0] and near(key)
        ]
        return (close[0], 85.0, 0) if len(close) == 1 else None

    def _by_first_word(self) -> dict[str, list[str]]:
        if self._firsts is None:
            firsts: dict[str, list[str]] = defaultdict(list)
            for key in self._keys:
                firsts[key.split(" ", 1)[0]].append(key)
            self._firsts = dict(firsts)
        return self._firsts

    def spot_skipping(self, words: list[str], runs: Iterable[tuple[int, int]]) -> list[Spot]:
        """A long title typed with its middle words left out ("indiana jones crystal skull" for Indiana
        Jones and the Kingdom of the Crystal Skull): three words or more, the title's first and last
        among them, in its order; one title only."""
        found: list[Spot] = []
        for start, end in runs:
            said = words[start:end]
            if len(said) < SKIPPING_MIN_WORDS:
                continue
            keys = [
                key
                for key in self._by_first_word().get(said[0], ())
                if key.endswith(" " + said[-1])
                # (small joining words aside: "alexander terrible horrible day" for Alexander and the
                # Terrible, Horrible, No Good, Very Bad Day)
                and len(said) < len(key.split())
                and len([w for w in key.split() if w not in JOINING]) <= 2 * len(said) + 1
                and _in_order(said, key.split())
            ]
            if len(keys) == 1:
                found.append(Spot(start, end, tuple(self._by_key[keys[0]]), False, 85.0))
        return found

    def spot_reordered(self, words: list[str], runs: Iterable[tuple[int, int]]) -> list[Spot]:
        """A title's words typed in another order ("chicago 7 trial" for The Trial of the Chicago 7):
        the same words of three letters or more (or numbers), three of them at least, one title only."""
        found: list[Spot] = []
        for start, end in runs:
            bag = _bag(words[start:end])
            keys = self._word_bags().get(bag, []) if len(bag) >= REORDERED_MIN_WORDS else []
            if len(keys) == 1 and keys[0] != " ".join(words[start:end]):
                found.append(Spot(start, end, tuple(self._by_key[keys[0]]), False, 85.0))
        return found

    def holding_words(self, text: str) -> list[FilmRef]:
        """Films whose title holds every telling word typed, in any order, and little more ("crystal
        skull indiana jones" → Indiana Jones and the Kingdom of the Crystal Skull): three words at least,
        most of the title's."""
        typed = Counter(_bag(title_key(text).split()))
        held = sum(typed.values())
        if held < REORDERED_MIN_WORDS:
            return []
        # (only the bags holding the rarest word typed are read)
        rarest = min(typed, key=lambda w: len(self._bags_with(w)))
        keys = [
            k
            for bag in self._bags_with(rarest)
            if not typed - Counter(bag) and held >= HELD_SHARE * len(bag)
            for k in self._word_bags()[bag]
        ]
        return sorted({f for k in keys for f in self._by_key[k]}, key=lambda f: (f.year or 0, f.title))

    def _bags_with(self, word: str) -> list[tuple[str, ...]]:
        if self._bags_by_word is None:
            by_word: dict[str, list[tuple[str, ...]]] = defaultdict(list)
            for bag in self._word_bags():
                for w in set(bag):
                    by_word[w].append(bag)
            self._bags_by_word = dict(by_word)
        return self._bags_by_word.get(word, [])

    def _word_bags(self) -> dict[tuple[str, ...], list[str]]:
        if self._bags is None:
            with self._pool_lock:
                bags: dict[tuple[str, ...], list[str]] = defaultdict(list)
                for key in self._keys:
                    bags[_bag(key.split())].append(key)
                self._bags = dict(bags)
        return self._bags

    def spot_fuzzy(
        self, words: list[str], runs: Iterable[tuple[int, int]], cutoff: float = 85.0
    ) -> list[Spot]:
        """Typos: the best title for each run of words (and the run without its edge words)."""
        found: list[Spot] = []
        for start, end in runs:
            spans = [(start, end)] + [(s, e) for s, e in ((start + 1, end), (start, end - 1)) if e - s >= 1]
            for s, e in spans:
                text = " ".join(w for w in words[s:e] if w not in ARTICLES or s != start)
                if len(text) < 5:
                    continue
                # ("dumb and dumberer": the main part of Dumb and Dumberer: When Harry Met Lloyd, typed
                # whole, is no typo of Dumb and Dumber)
                own = self._main_parts().get(title_key(text))
                if own:
                    found.append(Spot(s, e, own, False, 100.0, main=True))
                    break
                hit = process.extractOne(
                    text, self._candidates(text, "aliases"), scorer=fuzz.ratio, score_cutoff=cutoff
                ) or self._scrambled(text)
                # (a short one-word alias is initials, "moaa" for Madonna of Avenue A: no typo of "moana")
                if hit is not None and " " not in hit[0] and len(hit[0]) <= 5 and hit[0] not in self._by_key:
                    hit = None
                if hit is not None and (self._opens_another(text, hit[0]) or self._other_word(text, hit[0])):
                    hit = None
                if hit is not None and same_numbers(text, hit[0]) and typo_of(text, hit[0]):
                    found.append(
                        Spot(s, e, tuple(dict.fromkeys(self._by_alias[hit[0]])), False, float(hit[1]))
                    )
                    break
                main = self._typed_main_part(text, cutoff) if hit is None and " " in text else None
                if main is not None:
                    found.append(Spot(s, e, main[0], False, main[1], main=True))
                    break
        return found

    def _opens_another(self, text: str, key: str) -> bool:
        """ "jackass" is no typo of The Jackals while it opens titles of its own (Jackass 3D): one word
        typed as other titles start is their name, not a misspelt one."""
        typed = [w for w in text.split() if w not in ARTICLES]
        return len(typed) == 1 and typed[0] != key and typed[0] in self._by_first_word()

    def word_swapped(
        self, words: list[str], runs: Iterable[tuple[int, int]], cutoff: float
    ) -> tuple[int, int] | None:
        """The first run typed as a title with one of its words swapped for another word of titles
        ("the big short" for The Big Shot): a title of its own, one we lack."""
        for start, end in runs:
            text = " ".join(w for w in words[start:end] if w not in ARTICLES)
            hit = process.extractOne(
                text, self._candidates(text, "aliases"), scorer=fuzz.ratio, score_cutoff=cutoff
            )
            if hit is not None and same_numbers(text, hit[0]) and self._other_word(text, hit[0]):
                return start, end
        return None

    def _other_word(self, text: str, key: str) -> bool:
        """ "the big short" is no typo of The Big Shot: two words that several titles each hold are
        two words, not one misspelt (but "star war" for Star Wars, "gentleman" for Gentlemen; and
        "forest gump" is a typo: few titles hold "forrest")."""
        typed = [w for w in text.split() if w not in ARTICLES]
        title = [w for w in key.split() if w not in ARTICLES]
        if len(typed) != len(title):
            return False
        words = self._title_words()
        return any(
            x != y
            and all(w.isalpha() and w not in STOPWORDS for w in (x, y))
            and min(words[x], words[y]) >= OWN_WORD_TITLES
            and not _spelling_of(x, y)
            for x, y in zip(typed, title, strict=True)
        )

    def _title_words(self) -> Counter[str]:
        if self._words is None:
            self._words = Counter(w for key in self._keys for w in set(key.split()))
        return self._words

    def _typed_main_part(self, text: str, cutoff: float) -> tuple[tuple[FilmRef, ...], float] | None:
        """ "master and comander": a typo of a long title's main part (Master and Commander: The Far
        Side of the World)."""
        mains = self._main_parts()
        hit = process.extractOne(text, list(mains), scorer=fuzz.ratio, score_cutoff=cutoff)
        if hit is None or not same_numbers(text, hit[0]) or not typo_of(text, hit[0]):
            return None
        return mains[hit[0]], float(hit[1])
