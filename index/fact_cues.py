"""Which sentences of a review can hold a fact, decided without spaCy.

Fact extraction (index.facts) reads credits from a few constructions — "directed by X", "X as Y",
"as Y, X", "Y (X)", "starring …", "X plays Y", "director X", "X directed …", "X is a convincing Y",
"X is Y, a …" —
and source works from "based on …"/"adapted from …". Every one of them needs its cue word next to a
capitalised name (or a short performance phrase such as "was cast as"). `is_candidate` checks that
with a regular-expression tokeniser; a sentence it rejects cannot yield a credit or a source, so the
build hands spaCy only the sentences it accepts (`candidate_text`: one per line — a line break
always ends a sentence for `textutil.sentence_spans`, so spaCy sees the same sentences).

The rule is a superset of what facts.py reads (tests/test_facts.py checks the source works on 400
Wikipedia film summaries, the same either way; tests/test_scale.py the cue sentences of each credit
construction). Names met
only in sentences without a cue are not counted in `ReviewFacts.people`/`places`.
"""

from __future__ import annotations

import re
from functools import cache

from index.textutil import sentence_spans

_WORD = re.compile(r"[(),;.]|[\w'’.-]*\w")


@cache
def _source() -> re.Pattern[str]:
    """The source-work cues: a superset of index.facts' readings (its retelling words are the same
    pattern, so this filter never drops a sentence the reader takes)."""
    from index.facts import RETELLING, TAKEN_WORKS

    return re.compile(
        r"\b(?:based\s+(?:up)?on|adapted\s+(?:for\s+the\s+screen\s+)?(?:by\s+[^,;()]{3,90}?,?\s+)?from|adaptations?,?\s+(?:by\s+[^;()]{3,80}?,?\s+)?(?:of|to)|inspired\s+by|on\s+which\s+(?:it|the\s+film|the\s+movie)\s+(?:is|was)\s+based|adapt(?:s|ed)\s+(?:the|a|an|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}['’]s)\s|draws\s+(?:its\s+)?(?:plot|story|storyline)\s+(?:loosely\s+)?from"
        r"|"
        + RETELLING
        + r"[\"”]?\s+of|take\s+on\s+(?:the\s+)?(?:classic\s+)?"
        + TAKEN_WORKS
        + r"|(?:film|screen|movie)\s+(?:version|adaptation)s?\s+of"
        r"|(?:drawn|derived)\s+from|(?:takes|took|taking|draws|drew|drawing)\s+(?:its\s+)?inspiration\s+from"
        r"|inspired\s+(?:in\s+part\s+|partly\s+|loosely\s+|largely\s+)by|characters\s+from|suggested\s+by|adapting\s+it\s+from"
        r"|adapt(?:s|ed)\s+(?:his|her|their)\s|spin-?off|(?:film['’]s|its)\s+source\s+(?:is|was)\s"
        r"|(?:story|plot)\s+(?:is|was|comes|came)\s+from\s"
        r"|\busing\s+[A-Z][^,;]{1,120}?\s+as\s+(?:a|the|its)\s+(?:guide|basis|source|blueprint)"
        r"|(?:was|is|served\s+as|serves\s+as)\s+the\s+(?:basis|source|inspiration)\s+(?:for|of)\s+(?:the|this)\s+(?:film|movie|picture)"
        r"|,\s+from\s+[A-Z][\w.'’ -]{1,60}?['’]s\s+(?:\d{4}\s+)?(?:stage\s+)?(?:play|novel|memoir|book|short\s+story))\b",
        re.IGNORECASE,
    )


#: before a fronted part ("…, and as the villain, Raf Vallone")
_FRONT = {",", "and", "with", "stars", "starring", "plus", "while"}
_BREAK = {".", ";", "(", ")"}


@cache
def _words() -> tuple[frozenset[str], ...]:
    from index import facts

    always = frozenset(
        facts._STAR_CUES
        | facts._REVERSE_STAR_CUES
        | facts._PLAY_VERBS
        | facts._REPRISE_VERBS
        | facts._VOICE_GIVING
        | facts._VOICE_VERBS  # "William H. Macy voiced Evolver"
        | {"cast", "actor", "actress", "respectively", "role", "roles", "character", "voice"}
    )
    return (
        always,
        frozenset(facts._BY_ROLES) | {"performance", "performances", "cameo", "cameos"},
        frozenset(facts._CREW_NOUNS),
        frozenset(facts._CREW_VERBS),
        frozenset(facts._PERFORMANCE_GAP),
        frozenset(facts._STOP_AS),
        frozenset(facts._PERFORMANCE_STRONG | facts._STAR_WORDS | facts._ROLE_TALK),
        facts.PARTS_HAD,
        facts._PART_SIZES,
        facts.DIRECTORIAL_WORKS,
        facts.SERVED | facts.STEPPED,  # (last: read as _words()[-1])
    )


#: capitalised words that open sentences and are never names
_OPENERS = frozenset(
    [
        "The",
        "A",
        "An",
        "It",
        "Its",
        "This",
        "That",
        "These",
        "Those",
        "In",
        "On",
        "At",
        "As",
        "By",
        "But",
        "And",
        "Or",
        "So",
        "When",
        "While",
        "After",
        "Before",
        "His",
        "Her",
        "Their",
        "There",
        "He",
        "She",
        "They",
        "We",
        "I",
        "You",
        "Then",
        "Later",
        "Meanwhile",
    ]
)


def _cap(word: str) -> bool:
    """Could be (part of) a name: capitalised, and not a word that merely opens a sentence."""
    return word[:1].isupper() and word not in _OPENERS


_OWNED_PARTS = frozenset({"portrayal", "performance", "depiction"})
_SCRIPT_WORDS = frozenset({"screenplay", "screenplays", "script", "scripts", "teleplay", "scenario"})
_MUSIC_WORKS = frozenset({"soundtrack", "score", "music"})


def _crew_noun_cue(words: list[str], lows: list[str], i: int) -> bool:
    """ "director Jane Doe", "its writer, Jane Doe", "Jane Doe served as (the) director"."""
    served = _words()[-1]
    nxt = [*words[i + 1 : i + 3], "", ""]
    return (
        _cap(nxt[0])
        or (nxt[0] in {",", "was", "is", "were", "are"} and _cap(nxt[1]))
        or ("as" in lows[max(0, i - 2) : i] and bool(served & set(lows[max(0, i - 4) : i])))
    )


def _whose_script(words: list[str], lows: list[str], i: int) -> bool:
    """ "screenplay of X", "his/her (original) screenplay" in a sentence that opens with a name, or
    "the William Parker screenplay"."""
    of_name = lows[i + 1 : i + 2] == ["of"] and i + 2 < len(words) and _cap(words[i + 2])
    owned = (
        bool({"his", "her"} & set(lows[max(0, i - 3) : i])) and _cap(words[0]) and words[0] not in _OPENERS
    )
    named_before = i > 1 and _cap(words[i - 1]) and _cap(words[i - 2])
    return of_name or owned or named_before


def _owned_part(words: list[str], lows: list[str], i: int) -> bool:
    """ "Kevin Bacon's portrayal of Strobl", "Streep's performance as Thatcher", "The portrayal of
    Yitzhak Rabin was Peter Finch's final performance"."""
    after = words[i + 2] if i + 2 < len(words) else ""
    owned = i > 0 and _cap(words[i - 1]) and lows[i + 1 : i + 2] in (["of"], ["as"])
    # (the owner after the part: "The portrayal of [Prime Minister] X was Y's …")
    later = lows[i] == "portrayal" and lows[i + 1 : i + 2] == ["of"] and "was" in lows[i + 2 : i + 9]
    return lows[i] in _OWNED_PARTS and (owned or later) and _cap(after)


_LEAD_WORDS = frozenset({"lead", "leading", "interest"})


def _is_a_part(lows: list[str], nxt: str, i: int) -> bool:
    """After "X is": "a convincing Y", or a name and its apposition ("Stallone is John Spartan, a …")."""
    if lows[i + 1 : i + 2] in (["a"], ["an"]):
        return True
    # ("X was the male lead", "X is Bow's leading man")
    if any(w in _LEAD_WORDS for w in lows[i + 1 : i + 5]):
        return True
    return lows[i] in {"is", "was"} and _cap(nxt) and "," in lows[i + 2 : i + 6]


def is_candidate(sentence: str) -> bool:  # one rule per construction
    """True when `sentence` has a cue word of some fact pattern next to a possible name."""
    if _source().search(sentence) or _PRONOUN_PLAYS_OPENING.match(sentence):
        return True  # (or "… starring John Wayne. He appears as a singing cowboy": the star named before)
    always, by_roles, crew_nouns, crew_verbs, gap, stop_as, performed, parts_had, sizes, directing, _ = (
        _words()
    )
    # spaCy splits "actor-writer" into actor, -, writer: so do we (keeping the whole word too)
    words = [p for w in _WORD.findall(sentence) for p in ([w, *w.split("-")] if "-" in w[1:-1] else [w])]
    lows = [w.lower() for w in words]
    if not any(_cap(w) for w in words[1:]) and not (len(words) > 1 and _cap(words[0])):
        return False  # no name at all
    for i, low in enumerate(lows):
        prev = words[i - 1] if i else ""
        nxt = words[i + 1] if i + 1 < len(words) else ""
        # "A and B play C and D", "selected X, a model, to play the part of Y"
        cast_to_play = (
            low in {"play", "portray"}
            and prev == "to"
            and lows[i + 1 : i + 4]
            in (
                ["the", "part", "of"],
                ["the", "role", "of"],
            )
        )
        if (
            low in always
            or (low in {"play", "portray"} and _cap(prev))
            # "the first screenplay of Stephen Morehouse Avery", "X received an Oscar nomination for
            # his original screenplay", "the source for the William Parker screenplay was …"
            or (low in {"screenplay", "script"} and _whose_script(words, lows, i))
            # ("… for which David Koepp received a sole screenplay credit")
            or (
                low == "credit"
                and lows[i - 1 : i] in (["screenplay"], ["screenwriting"], ["writing"], ["script"])
            )
            # "Bela Lugosi has a small part", "… also made cameo appearances"
            or (low in {"part", "parts", "appearance", "appearances"} and i > 0 and lows[i - 1] in sizes)
            or (low == "leading" and lows[i + 1 : i + 2] in (["man"], ["men"], ["lady"], ["ladies"]))
            or cast_to_play
            or _owned_part(words, lows, i)
        ):
            return True
        if low == "(" and (
            _cap(nxt) or lows[i + 1 : i + 3] in (["played", "by"], ["portrayed", "by"], ["voiced", "by"])
        ):
            return True
        jobs = by_roles | _MUSIC_WORKS  # "the soundtrack of the same name is by Tom Waits"
        if low == "by" and any(w in jobs for w in lows[max(0, i - 7) : i] if w not in _BREAK):
            return True
        # ("the directorial debut of X", "the only directorial effort by X")
        directorial = low in directing and lows[i - 1 : i] in (["directorial"], ["directing"])
        if directorial or (low in crew_nouns and _crew_noun_cue(words, lows, i)):
            return True
        # "X directed and wrote it", "X (co-)wrote / adapted the screenplay (with Y)", "X adapted it
        # for the screen", "X composed and performed the original music soundtrack", "X wrote both the
        # original play and the screenplay" (and "X narrated the film", "X is credited with the script")
        script_after = any(w in _SCRIPT_WORDS | _MUSIC_WORKS | {"screen"} for w in lows[i + 1 : i + 9]) or (
            low in {"narrated", "narrates"} and lows[i + 1 : i + 2] in (["it"], ["the"])
        )
        crew_verb = low in crew_verbs or (low == "credited" and lows[i + 1 : i + 2] == ["with"])
        if (crew_verb and ("directed" in lows or script_after)) or low in {
            "directed",
            "co-directed",
            "directs",
        }:
            return True
        if low in {"is", "was", "makes", "made"} and _cap(prev) and _is_a_part(lows, nxt, i):
            return True
        # ("Little Richard appears as a neighbor", "it stars Helen Hunt as a single mother")
        # ("… has a brief cameo as a secretary")
        described = lows[i + 1 : i + 2] in (["a"], ["an"]) and bool((performed | parts_had) & set(lows[:i]))
        if low == "as" and nxt and (lows[i + 1] not in stop_as or described):
            if i == 0 or _cap(prev) or prev in _FRONT or lows[i - 1] in _FRONT:
                return True
            window = lows[max(0, i - 4) : i]
            # (and "had a brief but key appearance as …": a part had, before its "as")
            had = bool(window) and window[-1] in parts_had
            if window and (window[-1] in gap or had) and any(_cap(w) for w in words[max(0, i - 8) : i]):
                return True
    return False


_PRONOUN_PLAYS_OPENING = re.compile(
    r"^(?:He|She)\s+(?:also\s+)?(?:plays|played|portrays|portrayed|appears|appeared)\b", re.IGNORECASE
)

_OPENS_WITH_POSSESSIVE = re.compile(r"^[\"“‘'(]*(?:Her|His|Their)\b")


def _selected(text: str) -> list[tuple[int, int, bool]]:
    """Each sentence span of `text` and whether spaCy reads it for facts."""
    spans = list(sentence_spans(text))
    keep = [is_candidate(text[s:e]) for s, e in spans]
    for i in range(1, len(spans)):
        if keep[i] and _OPENS_WITH_POSSESSIVE.match(text[spans[i][0] : spans[i][1]]):
            keep[i - 1] = True
    return [(s, e, k) for (s, e), k in zip(spans, keep, strict=True)]


def candidate_text(text: str) -> str:
    """The sentences of `text` that can hold a fact, one per line, in order; with the sentence
    before one that opens with "Her"/"His"/"Their" (facts.py reads whose mother "Her mother (X)"
    is from the previous sentence's subject)."""
    return "\n".join(text[s:e] for s, e, k in _selected(text) if k)


def other_text(text: str) -> str:
    """The sentences `candidate_text` leaves out, one per line (read for names and places only)."""
    return "\n".join(text[s:e] for s, e, k in _selected(text) if not k)
