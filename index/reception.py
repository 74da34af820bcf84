"""Reported reception: sentences that say how a film was received ("received mixed reviews",
"was panned by critics", "a box-office bomb", "a 12 % approval rating on Rotten Tomatoes").

Film write-ups (encyclopaedia summaries, press notes) report reception far more often than they
argue it, and a model trained on critics' own words reads "received universally negative reviews"
as praise of nothing in particular. These rules recognise such sentences; when one is present it
decides the verdict and is the quote (`index.verdict.classify`).

Two tiers: what critics thought (reviews, acclaim, aggregator scores) outranks how the film did at
the box office. Within a sentence, conflicting statements of the same tier make it "mixed".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_REVIEWS = r"(?:reviews?|notices|reception|response|reactions?|receptions|appraisals?|word[- ]of[- ]mouth)"
_NEG_WORD = r"(?:not|never|no|little|little[- ]to[- ]no|hardly|without|failed to)"

# (pattern, label, tier); tier 2 = critics, 1 = box office. Case-insensitive.
_RULES: list[tuple[str, str, int]] = [
    # critics: mixed
    (
        r"\bmixed(?:[- ]to[- ](?:positive|negative|average))?(?:\s+or\s+average)?\s+(?:critical\s+)?"
        + _REVIEWS,
        "mixed",
        2,
    ),
    (r"\b(?:critically|critical reception was)\s+mixed\b", "mixed", 2),
    (
        r"\b(?:middling|lukewarm|tepid|average|polari[sz]ed|divided|divisive|ambivalent)\s+(?:critical\s+)?"
        + _REVIEWS,
        "mixed",
        2,
    ),
    (r"\b(?:divided|split|polari[sz]ed)\s+(?:the\s+)?critics\b", "mixed", 2),
    # critics: positive
    (
        r"\b(?:positive|favou?rable|good|glowing|strong|rave|excellent|warm|enthusiastic|great|generous|"
        r"superb|outstanding|strongly positive|overwhelmingly positive)\s+(?:critical\s+)?" + _REVIEWS,
        "positive",
        2,
    ),
    (
        r"\b(?:critical|universal|widespread|wide|international|great|high|near[- ]universal|popular)\s+acclaim\b",
        "positive",
        2,
    ),
    (r"\b(?:critically|universally|widely|highly)\s+acclaimed\b|\bacclaimed\s+by\s+critics\b", "positive", 2),
    (r"\b(?:received|garnered|earned|won|drew|to|with)\s+(?:\w+\s+){0,2}acclaim\b", "positive", 2),
    (r"\bcritics\s+(?:\w+\s+){0,2}(?:praised|acclaimed|lauded|hailed|applauded|admired)\b", "positive", 2),
    (
        r"\b(?:it|film|movie|picture|work)\s+(?:\w+\s+){0,3}(?:was|were|been|is)\s+"
        r"(?:widely\s+|highly\s+|much\s+|also\s+)?"
        r"(?:praised|lauded|hailed|applauded)\b",
        "positive",
        2,
    ),
    (r"\breceived\s+(?:\w+\s+){0,2}praise\b|\bcritical\s+praise\b", "positive", 2),
    (r"\b(?:well|warmly|favou?rably|positively)\s+received\b", "positive", 2),
    (
        r"\b(?:critical|critical and commercial|commercial and critical)\s+(?:success|triumph|hit)\b",
        "positive",
        2,
    ),
    (
        r"\bsuccessful\s+both\s+critically\b|\bboth\s+critically\s+and\s+commercially\s+successful\b",
        "positive",
        2,
    ),
    (r"\bmost successful\s+(?:both\s+)?critically\b", "positive", 2),
    (
        r"\b(?:regarded|considered|cited|ranked|named|hailed)\s+(?:\w+\s+){0,3}(?:as\s+)?one of the\s+"
        r"(?:\w+\s+)?(?:best|greatest|finest)\b",
        "positive",
        2,
    ),
    # critics: negative
    (
        r"\b(?:negative|unfavou?rable|poor|bad|scathing|hostile|harsh|terrible|dismal|savage|"
        r"overwhelmingly negative|universally negative|extremely negative|largely negative|very negative)\s+"
        r"(?:critical\s+)?" + _REVIEWS,
        "negative",
        2,
    ),
    (
        r"\b(?:was|were|been|widely|critically|universally|heavily|roundly|generally|largely)\s+panned\b|\bpanned\s+by\b",
        "negative",
        2,
    ),
    (r"\b(?:savaged|derided|lambasted|reviled|mauled|trashed)\s+by\s+(?:\w+\s+)?critics\b", "negative", 2),
    (r"\bcritically\s+(?:reviled|derided|lambasted|savaged|maligned)\b", "negative", 2),
    (r"\b(?:poorly|badly|negatively|unfavou?rably)\s+(?:received|reviewed)\b", "negative", 2),
    (
        r"\bcritics\s+(?:\w+\s+){0,2}(?:criticized|criticised|faulted|derided|dismissed|disliked|lambasted)\b",
        "negative",
        2,
    ),
    (
        r"\b(?:was|were|been|widely|heavily|but|and)\s+(?:widely\s+|heavily\s+)?(?:criticized|criticised)\b",
        "negative",
        2,
    ),
    (
        r"\b(?:critical|critical and commercial|commercial and critical|critical and box[- ]office)\s+"
        r"(?:failure|disaster|flop|bomb|disappointment)\b",
        "negative",
        2,
    ),
    (r"\bone of the (?:\w+\s+)?worst (?:films|movies|pictures)\b", "negative", 2),
    (r"\bgolden raspberry award|\brazzie", "negative", 2),
    # box office
    (
        r"\bbox[- ]office\s+(?:hit|success|smash|triumph)\b|\bcommercial(?:ly)?\s+(?:success|successful|hit)\b|"
        r"\bfinancial(?:ly)?\s+(?:success|successful)\b|\bhuge\s+hit\b|\bsleeper\s+hit\b",
        "positive",
        1,
    ),
    (
        r"\bbox[- ]office\s+(?:bomb|flop|failure|disappointment|disaster)\b|\bcommercial(?:ly)?\s+(?:failure|flop|"
        r"disappointment|unsuccessful)\b|\bfinancial\s+(?:failure|flop|disaster)\b|\b(?:was|became|proved|been|is)\s+(?:a|an)\s+(?:\w+\s+)?(?:flop|bomb)\b|"
        r"\b(?:it|film|movie|picture)\s+(?:\w+\s+)?(?:flopped|bombed)\b|\b(?:flopped|bombed)\s+at\s+the\s+box\b|\bperformed\s+poorly\s+at\s+the\s+box\b",
        "negative",
        1,
    ),
]
_COMPILED = [(re.compile(p, re.IGNORECASE), label, tier) for p, label, tier in _RULES]
_NEGATED = re.compile(r"\b" + _NEG_WORD + r"\b[\s\w-]{0,12}$", re.IGNORECASE)

# Aggregators: "an approval rating of 12%", "holds a 6% rating on Rotten Tomatoes", "a score of 72 out of 100"
_RT = re.compile(
    r"(?:rotten tomatoes[^.%]{0,80}?(\d{1,3})\s?%|(\d{1,3})\s?%\s+(?:\w+\s+){0,3}(?:rating|score)\s+(?:on|at|from)\s+rotten tomatoes|"
    r"(\d{1,3})\s?%\s+(?:fresh\s+)?(?:approval\s+)?rating[^.]{0,40}rotten tomatoes|"
    r"(?:rating|score)\s+of\s+(\d{1,3})\s?%\s+(?:\w+\s+){0,3}(?:on|at|from)\s+rotten tomatoes)",
    re.IGNORECASE,
)
# "critical reception was mostly negative", "reviews were generally favourable"
_WAS = re.compile(
    r"\b(?:reception|response|reviews|reaction)\s+(?:was|were|has been|had been|is)\s+(?:\w+\s+){0,2}?"
    r"(positive|negative|mixed|favou?rable|unfavou?rable|poor|excellent|glowing|hostile)\b",
    re.IGNORECASE,
)
_WAS_LABEL = {
    "positive": "positive",
    "favorable": "positive",
    "favourable": "positive",
    "excellent": "positive",
    "glowing": "positive",
    "negative": "negative",
    "unfavorable": "negative",
    "unfavourable": "negative",
    "poor": "negative",
    "hostile": "negative",
    "mixed": "mixed",
}
_METACRITIC = re.compile(r"metacritic[^.]{0,80}?(\d{1,3})\s+out of\s+100", re.IGNORECASE)


# An adjective phrase followed by a noun describes something else ("the commercially successful The
# Fly", "a highly acclaimed novel"); followed by "by", "and", a comma or the end it is predicated.
_ADJECTIVES = ("acclaimed", "received", "reviewed", "successful", "praised", "panned")
_ATTRIBUTIVE = re.compile(
    r"\s+(?!(?:by|and|at|in|on|upon|with|for|both|but|when|after|as|from|to|critically|commercially|"
    r"financially|overseas|abroad|internationally|worldwide|there|here)\b)[\w'\"“]",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Reception:
    label: str  # positive / negative / mixed
    tier: int  # 2 critics, 1 box office
    sentence: str


def _flip(label: str) -> str:
    return {"positive": "negative", "negative": "mixed", "mixed": "mixed"}[label]


def read_sentence(sentence: str) -> Reception | None:
    """The reception a sentence reports, or None when it reports none."""
    found: list[tuple[str, int]] = []
    for rx, label, tier in _COMPILED:
        for m in rx.finditer(sentence):
            if _ATTRIBUTIVE.match(sentence, m.end()) and m.group().lower().endswith(_ADJECTIVES):
                continue  # "the poorly received sequel", "her highly acclaimed novel": not this film
            negated = _NEGATED.search(sentence[max(0, m.start() - 24) : m.start()])
            # "not a box-office success", "little-to-no critical praise", "not well received"
            found.append((_flip(label) if negated else label, tier))
    for m in _WAS.finditer(sentence):
        found.append((_WAS_LABEL[m.group(1).lower()], 2))
    for m in _RT.finditer(sentence):
        score = int(next(g for g in m.groups() if g))
        if score <= 100:
            found.append(("positive" if score >= 60 else "negative" if score < 40 else "mixed", 2))
    for m in _METACRITIC.finditer(sentence):
        score = int(m.group(1))
        found.append(("positive" if score >= 61 else "negative" if score <= 39 else "mixed", 2))
    if not found:
        return None
    tier = max(t for _, t in found)
    labels = {lab for lab, t in found if t == tier}
    # "critics praised X but criticized Y", "mixed to positive": conflicting statements read as mixed
    label = labels.pop() if len(labels) == 1 else "mixed"
    return Reception(label, tier, sentence)


def read(sentences: list[str]) -> Reception | None:
    """The reception the text reports: the first critics' statement, else the first box-office one."""
    best: Reception | None = None
    for sentence in sentences:
        found = read_sentence(sentence)
        if found is not None and (best is None or found.tier > best.tier):
            best = found
            if best.tier == 2:
                break
    return best
