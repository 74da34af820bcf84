"""Question understanding: what kind of question, which film it names, and whom it asks about.

Pure text rules, no model: a question must be understood in microseconds, before any search.
The film is only *mentioned* here (`film_text`); index.answering resolves it against the index.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

KINDS = ("cast", "director", "writer", "source", "plot", "verdict", "search")

_FILM = r"(?P<film>.+?)"
_END = r"\s*[?.!]*\s*$"
_PRONOUN_RE = re.compile(
    r"^(?:it|this|that|this one|that one|the (?:film|movie|picture|flick)|this (?:film|movie|picture)|"
    r"that (?:film|movie)|the same (?:film|movie)|them)$",
    re.IGNORECASE,
)
_PRONOUN_IN_TEXT_RE = re.compile(
    r"\b(?:it|its|this (?:film|movie|one)|that (?:film|movie|one)|the (?:film|movie|picture))\b",
    re.IGNORECASE,
)
# keyword queries ("Heat director") never start with a question word ("Who is the director?")
_KW = r"(?!(?:who|whom|what|which|where|when|why|how|is|was|are|were|does|did|do|tell|give)\b)"
_YEAR_RE = re.compile(r"\(?\b(1[89]\d\d|20\d\d)\b\)?")


@dataclass(frozen=True)
class ParsedQuestion:
    text: str
    kind: str  # one of KINDS
    film_text: str | None = None  # the words that name the film, as written
    year: int | None = None  # a year given with the title
    pronoun: bool = False  # the film is referred to as "it" / "the film"
    subject: str | None = None  # the person asked about (cast questions)
    subject_role: str | None = None  # "character" (who plays X) | "actor" (what role does X play)
    focus: str | None = None  # plot: start | end | where | None
    which_film: bool = False  # "which film …": the answer is a film


# Each rule: (kind, regex, extra). Order matters: the first match wins.
_Rule = tuple[str, "re.Pattern[str]", dict[str, str]]


def _r(kind: str, pattern: str, **extra: str) -> _Rule:
    return (kind, re.compile(r"^\s*" + pattern + _END, re.IGNORECASE), extra)


_RULES: list[_Rule] = [
    # --- "FILM director" / "FILM cast": keyword-style queries
    _r("director", _KW + _FILM + r"\s+(?:director|directors|directed\s+by)"),
    _r("writer", _KW + _FILM + r"\s+(?:writer|writers|screenwriter|screenplay|written\s+by)"),
    _r("cast", _KW + _FILM + r"\s+(?:cast|actors|cast\s+list|stars)"),
    _r("plot", _KW + _FILM + r"\s+(?:plot|summary|synopsis|story)"),
    _r("plot", _KW + _FILM + r"\s+ending", focus="end"),
    # --- "… by?" questions first: "Who was In the Heart of the Sea directed by?" is not a cast question
    _r("director", r"who\s+(?:is|was)\s+" + _FILM + r"\s+(?:directed|made)\s+by"),
    _r("writer", r"who\s+(?:is|was)\s+" + _FILM + r"\s+written\s+by"),
    # --- verdict -------------------------------------------------------------------------------
    _r(
        "verdict",
        r"(?:is|was)\s+" + _FILM + r"\s+(?:any\s+)?(?:good|bad|great|worth\s+(?:seeing|watching|it|a\s+watch)"
        r"|recommended|a\s+good\s+(?:film|movie)|any\s+good|watchable|overrated|underrated)",
    ),
    _r("verdict", r"should\s+i\s+(?:see|watch|bother\s+with|skip)\s+" + _FILM),
    _r(
        "verdict",
        r"(?:what|how)\s+did\s+(?:the\s+)?(?:critics?|reviewers?|people|audiences?)\s+"
        r"(?:think|say|feel)\s+(?:of|about)\s+" + _FILM,
    ),
    _r(
        "verdict",
        r"(?:did|do)\s+(?:the\s+)?(?:critics?|reviewers?|people)\s+(?:like|love|hate|enjoy)\s+" + _FILM,
    ),
    _r("verdict", r"how\s+(?:good|bad|well\s+reviewed|was)\s+(?:is|was)?\s*" + _FILM),
    _r("verdict", r"(?:would|do)\s+you\s+recommend\s+" + _FILM),
    _r(
        "verdict",
        r"(?:what\s+(?:is|was|are)\s+the\s+)?(?:verdict|reviews?|critical\s+reception|reception|rating)"
        r"\s+(?:of|on|for)\s+" + _FILM,
    ),
    _r("verdict", r"(?:is|was)\s+" + _FILM + r"\s+worth\s+\w+(?:\s+\w+)?"),
    # --- cast ----------------------------------------------------------------------------------
    _r("cast", r"(?:who\s+(?:is|are|was|were)\s+)?(?:in\s+)?the\s+(?:cast|actors|stars)"),
    _r("cast", r"who\s+(?:plays|played|acts|acted|performs|performed|appears|appeared)\s+in\s+" + _FILM),
    _r(
        "cast",
        r"(?:which|what)\s+(?:actors?|actresses|stars|people|cast\s+members)\s+(?:are|were|is|was|appears?|"
        r"appeared|acts?|acted|stars?|starred|plays?|played)?\s*in\s+" + _FILM,
    ),
    _r(
        "cast",
        r"who\s+(?:plays|played|portrays|portrayed|is\s+playing|was\s+playing|acts\s+as|played\s+the\s+role\s+of"
        r"|plays\s+the\s+role\s+of|plays\s+the\s+part\s+of)\s+(?P<subj>.+?)(?:\s+in\s+" + _FILM + r")?",
        role="character",
    ),
    _r(
        "cast",
        r"who\s+(?:is|was)\s+(?P<subj>.+?)\s+(?:played|portrayed)\s+by(?:\s+in\s+" + _FILM + r")?",
        role="character",
    ),
    _r(
        "cast",
        r"(?:what|which|who)\s+(?:role|part|character)?\s*(?:does|did)\s+(?P<subj>.+?)\s+(?:play|portray)"
        r"(?:\s+in\s+" + _FILM + r")?",
        role="actor",
    ),
    _r(
        "cast",
        r"(?:what|which)\s+(?:role|part|character)\s+(?:is|was)\s+(?P<subj>.+?)\s+(?:playing|in)"
        r"(?:\s+in\s+" + _FILM + r")?",
        role="actor",
    ),
    _r("cast", r"is\s+(?P<subj>.+?)\s+in\s+" + _FILM, role="actor"),
    _r(
        "cast",
        r"who\s+(?:is|was|are|were|acts?|acted|appears?|appeared)\s+in\s+(?:the\s+cast\s+of\s+)?" + _FILM,
    ),
    _r("cast", r"who\s+(?:stars?|starred|is\s+starring|was\s+starring)\s+in\s+" + _FILM),
    _r(
        "cast", r"who\s+(?:are|were)\s+the\s+(?:stars|actors|leads|main\s+actors|cast)\s+(?:of|in)\s+" + _FILM
    ),
    _r(
        "cast",
        r"(?:who\s+(?:is|was|are|were)\s+)?(?:in\s+)?the\s+(?:cast|actors|stars|leads)\s+(?:of|in)\s+"
        + _FILM,
    ),
    _r("cast", r"(?:what\s+is\s+the\s+|list\s+the\s+)?cast\s+(?:of|for|in)\s+" + _FILM),
    _r("cast", r"who\s+(?:stars|starred)"),
    _r("cast", r"who\s+(?:is|was)\s+the\s+(?:star|lead|lead\s+actor|lead\s+actress)\s+(?:of|in)\s+" + _FILM),
    # --- director / writer ----------------------------------------------------------------------
    _r(
        "director",
        r"who\s+(?:directed|made|helmed|was\s+the\s+director\s+of|is\s+the\s+director\s+of|"
        r"directs)\s+" + _FILM,
    ),
    _r("director", r"who\s+(?:is|was)\s+" + _FILM + r"\s+(?:directed|made)\s+by"),
    _r("director", r"(?:who\s+(?:is|was)\s+)?(?:the\s+)?director(?:s)?\s+(?:of|for)\s+" + _FILM),
    _r("director", r"(?:who|what)\s+(?:is|was)\s+" + _FILM + r"['’]s\s+director"),
    _r("director", r"who\s+(?:directed|was\s+the\s+director|is\s+the\s+director)"),
    _r(
        "writer",
        r"who\s+(?:wrote\s+the\s+(?:script|screenplay|story)\s+(?:of|for|to)|wrote|scripted|penned|"
        r"is\s+the\s+writer\s+of|was\s+the\s+writer\s+of)\s+" + _FILM,
    ),
    _r("writer", r"who\s+(?:is|was)\s+" + _FILM + r"\s+written\s+by"),
    _r(
        "writer",
        r"(?:who\s+(?:is|was)\s+)?(?:the\s+)?(?:writer|screenwriter|screenplay|script)s?\s+(?:of|for)\s+"
        + _FILM,
    ),
    _r("writer", r"who\s+(?:wrote\s+it|wrote\s+the\s+(?:script|screenplay)|is\s+the\s+writer)"),
    # --- source ---------------------------------------------------------------------------------
    _r(
        "source",
        r"(?:what|which)\s+(?:book|novel|story|play|memoir|comic|source)\s+(?:is|was)\s+"
        + _FILM
        + r"\s+(?:based\s+(?:up)?on|adapted\s+from)",
    ),
    _r("source", r"what\s+(?:is|was)\s+" + _FILM + r"\s+(?:based\s+(?:up)?on|adapted\s+from)"),
    _r("source", r"(?:is|was)\s+" + _FILM + r"\s+(?:based\s+(?:up)?on|adapted\s+from)\s+(?:a|an|the)?\s*.+"),
    _r(
        "source",
        r"(?:what\s+is\s+the\s+)?(?:source|source\s+material|original\s+book|book)\s+(?:of|for|behind)\s+"
        + _FILM,
    ),
    _r("source", r".*\bbased\s+(?:up)?on\b.*"),
    # --- plot -----------------------------------------------------------------------------------
    _r(
        "plot",
        r"what\s+happens\s+(?:at|in)\s+the\s+(?:end|ending|finale|climax)\s+(?:of|in)\s+" + _FILM,
        focus="end",
    ),
    _r(
        "plot",
        r"what\s+happens\s+(?:at|in)\s+the\s+(?:beginning|start|opening)\s+(?:of|in)\s+" + _FILM,
        focus="start",
    ),
    _r("plot", r"how\s+(?:does|did)\s+" + _FILM + r"\s+(?:end|finish|conclude)", focus="end"),
    _r("plot", r"how\s+(?:does|did)\s+" + _FILM + r"\s+(?:start|begin|open)", focus="start"),
    _r("plot", r"(?:what\s+is\s+)?the\s+(?:ending|end)\s+of\s+" + _FILM, focus="end"),
    _r("plot", r"what\s+happens\s+(?:at|in)\s+the\s+(?:end|ending)", focus="end"),
    _r("plot", r"how\s+does\s+it\s+(?:end|finish)", focus="end"),
    _r("plot", r"what\s+happens\s+(?:in|during)\s+" + _FILM),
    _r("plot", r"what\s+(?:is|was)\s+" + _FILM + r"\s+about"),
    _r("plot", r"what['’]s\s+" + _FILM + r"\s+about"),
    _r(
        "plot",
        r"(?:what\s+is\s+)?(?:the\s+|a\s+)?(?:plot|story|storyline|summary|synopsis|premise)\s+(?:of|for)\s+"
        + _FILM,
    ),
    _r("plot", r"(?:what\s+is\s+)?(?:the\s+)?(?:plot|story|storyline|summary|synopsis|premise)"),
    _r("plot", r"where\s+(?:do|does|did|is|are|was|were)\s+.+", focus="where"),
    _r("plot", r"what\s+happens\s+(?:to|with|after|when|before)\s+.+"),
    _r("plot", r"what\s+happens.*"),
    _r("plot", r"(?:how|why|when)\s+(?:do|does|did)\s+.+"),
]

_CONTRACTION_RE = re.compile(r"^(who|what|where|how|when)['’]s\b", re.IGNORECASE)
_POLITE_RE = re.compile(
    r"^(?:(?:can|could|would)\s+you\s+(?:please\s+)?(?:tell|show|give)\s+me|(?:please\s+)?(?:tell|show|give)\s+me"
    r"|do\s+you\s+know|i\s+(?:want|would\s+like)\s+to\s+know|i\s+wonder)\s*[,:]?\s*",
    re.IGNORECASE,
)
_WHICH_FILM_RE = re.compile(
    r"^\s*(?:(?:in\s+)?(?:which|what)\s+(?:film|movie|picture)s?\b|name\s+the\s+(?:film|movie)\b)\s*[:,-]?\s*",
    re.IGNORECASE,
)


def _split_year(film: str) -> tuple[str, int | None]:
    """'The Runaways (2010)' → ('The Runaways', 2010); a bare year-only mention is left alone."""
    matches = list(_YEAR_RE.finditer(film))
    m = matches[-1] if matches else None
    if m is None or m.end() < len(film.rstrip(" ?.!")):
        return film, None
    rest = (film[: m.start()] + film[m.end() :]).strip(" ,-–—?.!")
    if not rest:
        return film, None
    return rest, int(m.group(1))


def _clean_film(text: str | None) -> str | None:
    if text is None:
        return None
    text = text.strip().strip("\"“”'‘’ ?.!,")
    text = re.sub(r"^(?:the\s+)?(?:film|movie|picture)\s+(?=\S)", "", text, flags=re.IGNORECASE)
    text = text.strip("\"“”'‘’ ")
    return text or None


def parse(question: str) -> ParsedQuestion:
    """Classify a question and pull out the film mention and the person asked about."""
    text = re.sub(r"\s+", " ", question).strip()
    # follow-ups often open with a filler word: "and who directed it?", "ok, what is it about?"
    text = (
        re.sub(
            r"^(?:(?:and|so|ok|okay|then|also|but|well|hey|hi|now|please)\b[\s,]*)+",
            "",
            text,
            flags=re.IGNORECASE,
        )
        or text
    )
    text = _CONTRACTION_RE.sub(lambda m: m.group(1) + " is", text)
    text = _POLITE_RE.sub("", text) or text
    which = _WHICH_FILM_RE.match(text)
    if which:
        return ParsedQuestion(text=text, kind="search", which_film=True)
    for kind, rx, extra in _RULES:
        m = rx.match(text)
        if not m:
            continue
        groups = m.groupdict()
        film = _clean_film(groups.get("film"))
        subject = _clean_film(groups.get("subj"))
        year = None
        pronoun = False
        if film is not None:
            if _PRONOUN_RE.match(film):
                film, pronoun = None, True
            else:
                film, year = _split_year(film)
        if subject is not None and _PRONOUN_RE.match(subject):
            subject = None
        if film is None and not pronoun:
            pronoun = bool(_PRONOUN_IN_TEXT_RE.search(text))
        return ParsedQuestion(
            text=text,
            kind=kind,
            film_text=film,
            year=year,
            pronoun=pronoun,
            subject=subject,
            subject_role=extra.get("role") if subject else None,
            focus=extra.get("focus"),
        )
    return ParsedQuestion(text=text, kind="search", pronoun=bool(_PRONOUN_IN_TEXT_RE.search(text)))
