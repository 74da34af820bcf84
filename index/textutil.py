"""Small text helpers shared by the engine: normalisation, slugs, sentence spans, tokens."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

_NON_WORD = re.compile(r"[^\w\s]+", re.UNICODE)
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w+", re.UNICODE)

# Common English stop words for BM25: matching on "the"/"of" adds noise, not evidence.
STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "s",
        "t",
        "don",
        "doesn",
        "didn",
        "isn",
        "wasn",
    ]
)


# no-break and thin spaces ("del\xa0Toro"): the tagger splits a name at them; same length, so the
# offsets of what is read stay those of the text
_ODD_SPACES = str.maketrans({"\xa0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " "})


def plain_spaces(text: str) -> str:
    """The text with its no-break and thin spaces as plain spaces (one character for one)."""
    return text.translate(_ODD_SPACES)


# letters NFKD leaves whole: "Æon Flux" is typed "aeon flux", "Ørsted" "orsted"
_UNDECOMPOSED = str.maketrans({"æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ø": "o", "Ø": "O", "ß": "ss", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "þ": "th"})  # fmt: skip


def strip_accents(text: str) -> str:
    if text.isascii():  # nothing to strip (most titles and questions): skip the per-character walk
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


#: folds of texts up to this long (names, titles, question words) are cached; longer ones (passages,
#: sentences) in a small cache of their own: a question's passages are folded again within the question
#: but seldom by the next, and 65,536 cached passage texts grew a 20,000-question soak by ~10 %
FOLD_CACHE_CHARS = 64


def fold(text: str) -> str:
    """Lower-case, accent-free, punctuation-free, single-spaced: for comparing names and answers.
    Cached: merging a film's facts folds the same few names many times."""
    return _fold_short(text) if len(text) <= FOLD_CACHE_CHARS else _fold_long(text)


def _fold(text: str) -> str:
    text = strip_accents(text).lower().replace("&", " and ")
    # (an okina or modifier apostrophe is a letter to Unicode, typed as nothing: "Finding ʻOhana")
    text = text.replace("'", "").replace("’", "").replace("ʻ", "").replace("ʼ", "")
    return _SPACES.sub(" ", _NON_WORD.sub(" ", text)).strip()


_fold_short = lru_cache(maxsize=16384)(_fold)
_fold_long = lru_cache(maxsize=1024)(_fold)


def slugify(text: str, max_len: int = 60) -> str:
    slug = fold(text).replace(" ", "-")
    return slug[:max_len].strip("-") or "untitled"


def tokens(text: str) -> list[str]:
    """BM25 tokens: folded words without stop words."""
    return [t for t in _WORD.findall(strip_accents(text).lower()) if t not in STOPWORDS]


# Ranks and titles as they are shortened before a name ("Det. Somerset", "Fr. Flanagan"), with
# what they stand for; the one list the splitter, the fact reader and the cast handler share.
RANK_ABBREVIATIONS = {
    "det": "detective",
    "sgt": "sergeant",
    "lt": "lieutenant",
    "capt": "captain",
    "cpt": "captain",
    "col": "colonel",
    "gen": "general",
    "insp": "inspector",
    "prof": "professor",
    "supt": "superintendent",
    "cmdr": "commander",
    "adm": "admiral",
    "cpl": "corporal",
    "pvt": "private",
    "rev": "reverend",
    "fr": "reverend",  # "Fr. Dunne" is a priest (not anyone's father)
    "maj": "major",
}

# A sentence ends at . ! ? (plus closing quotes/brackets) followed by white space, unless the word
# before is a common abbreviation or a single initial ("J. R. R. Tolkien").
_ABBREVIATIONS = frozenset(RANK_ABBREVIATIONS) | frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "jr",
        "sr",
        "vs",
        "gov",
        "sen",
        "mt",
        "no",
        "vol",
        "etc",
        "inc",
        "ltd",
        "co",
        "fig",
        "approx",
        "dept",
        "est",
        "bros",
    ]
)
# A run of initials ("W.S.", "D.F.", "J.R.R."); the stop after it is part of a name.
_INITIALS = re.compile(r"^(?:[A-Z]\.){2,4}$")
# Initials that are places and may well end a sentence.
_PLACE_INITIALS = frozenset(["u.s.", "u.k.", "u.s.a.", "d.c.", "l.a.", "n.y.", "u.n.", "e.u.", "u.s.s.r."])
# "… in the U.S. The film …": after a place's initials, a sentence starts with one of these words;
# any other capitalised word goes on the name ("U.S. Marshal Rooster Cogburn", "a U.S. Fish and
# Wildlife Service tracker")
_OPENS_SENTENCE = re.compile(
    r"[\"“]|(?:The|A|An|It|Its|He|She|They|We|I|His|Her|Their|This|That|These|Those|There|In|On|At|After|"
    r"Before|When|While|During|As|But|And|However|Although|Despite|Following|Later|Meanwhile|Then|Since|"
    r"By|With|From|For|Upon|Once|Both|Each|One|Many|Some|Most|Several|If|Because|Today|Now)\b"
)
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")
_PARAGRAPH = re.compile(r"\n\s*\n")


def _ends_sentence(segment: str, pos: int, match: re.Match[str]) -> bool:
    """Whether the stop `match` (inside `segment`, current sentence from `pos`) ends a sentence."""
    before = segment[pos : match.start()].rsplit(None, 1)
    raw_word = before[-1].strip("\"'“‘(") if before else ""
    last_word = raw_word.lower()
    stop = match.group()
    rest = segment[match.end() :].lstrip()
    if last_word in {"no", "vol"} and not rest[:1].isdigit():
        return True  # "No. It was bad." (but "No. 5", "Vol. 2")
    if stop.startswith(".") and (
        last_word in _ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha())
    ):
        return False  # "Mr. Smith", "J. R. R. Tolkien"
    if (
        stop == "."
        and _INITIALS.match(raw_word + stop)
        and rest.lstrip("\"“'‘")[:1].isupper()  # 'H.I. "Hi" McDunnough': a nickname may follow
        and ((raw_word + stop).lower() not in _PLACE_INITIALS or not _OPENS_SENTENCE.match(rest))
    ):
        return False  # "W.S. Van Dyke", "John D.F. Black" (but "… in the U.S. The film …" ends)
    named = any(ch.isupper() for ch in raw_word)
    if named and rest[:1].islower():
        return False  # "D.E.B.S. was a flop", "Airplane! is a comedy"
    # "Shout! Studios", "Tora! Tora! Tora!", "Faster, Pussycat! Kill! Kill!": an exclamation mark
    # after a capitalised word is far more often part of a name than the end of a sentence.
    exclaimed_name = stop.rstrip("\"'”’)]") == "!" and raw_word[:1].isupper() and raw_word[1:].isalpha()
    return not exclaimed_name


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) spans of sentences; line breaks also end sentences (one-sentence-a-line
    corpora). Spans exclude surrounding white space; together they cover every non-space character.
    The engine's one sentence splitter: passages, verdict quotes and answers all cut here."""
    for line in re.finditer(r"[^\n]+", text):
        lstart = line.start()
        segment = line.group()
        pos = 0
        for match in _END.finditer(segment):
            if not _ends_sentence(segment, pos, match):
                continue
            end = match.end()
            yield from _trimmed(segment, lstart, pos, end)
            pos = end
        yield from _trimmed(segment, lstart, pos, len(segment))


def _trimmed(segment: str, offset: int, start: int, end: int) -> Iterator[tuple[int, int]]:
    piece = segment[start:end]
    stripped = piece.strip()
    if stripped:
        lead = len(piece) - len(piece.lstrip())
        yield offset + start + lead, offset + start + lead + len(stripped)


def paragraph_starts(text: str) -> set[int]:
    """Character offsets where a new paragraph (after a blank line) begins."""
    starts = set()
    for match in _PARAGRAPH.finditer(text):
        starts.add(match.end())
    return starts


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")  # terminal colour/title escapes


def clean_query(text: str) -> str:
    """Remove zero-width and control characters and fold white space; what's left is the question."""
    text = _CONTROL.sub(" ", _INVISIBLE.sub("", _ANSI.sub("", text or "")))
    return _SPACES.sub(" ", text).strip()


def wordset(text: str) -> frozenset[str]:
    """A set of words written as one string (word lists stay readable in the source)."""
    return frozenset(text.split())
