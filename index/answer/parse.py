"""Question → Request, in three independent steps, none of them order-dependent:

1. **Titles** are found by the index (`TitleIndex.spot_exact`/`spot_fuzzy`), not by the phrasing: a run
   of the question's words that is an indexed title (numerals, apostrophes, article, subtitle and case
   ignored). A run made only of question words ("it", "mother", "the cast") counts only where a title
   stands: after "in"/"of"/"about"…, before a year, or capitalised mid-sentence.
2. **The kind** is the best score over cue words found anywhere in the question with the title masked
   (each kind's cues add up; no rule shadows another).
3. **The subject** of a cast question is read from the masked question ("who plays X", "what role
   does X play", "who is X in FILM", "her mom").

Whatever is left (chatter, "lol", "or nah") never becomes part of a title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.answer.request import Request
from index.textutil import fold, wordset
from index.titles import YEAR_TOKEN, Spot, TitleIndex, key_words
from index.types import FilmRef

_TOKEN = re.compile(r"[^\s\"“”()\[\]{},;:!?]+")

CHATTER = wordset(
    "lol lmao lmfao haha hahaha pls plz please thx thanks hey hi hello yo bot filmbot btw tbh tho though "
    "idk ok okay okk so um uh hmm like just really actually quick q question real anyway also well nah "
    "ya yeah yea u ur wanna gonna kinda sorta bruh dude man guys again remind forgot forget"
)
_QUESTION_WORDS = wordset(
    "who whom whose what which where when why how is was are were do does did done be been being has have "
    "had can could would should will shall may might must it its it's this that these those they them their "
    "he she his her him hers i me my you your we our us a an the of in on at to for from by with and or but "
    "not no yes any some there here than then as if about into over after before during between same one "
    "behind like vs versus without within across through near around under via "
    "ones say said tell told know think thought let give show me name want"
)
_ARTICLES = frozenset({"the", "a", "an"})
_FILM_WORDS = wordset("film films movie movies flick flicks picture pictures pic feature")
ROLE_WORDS = wordset(
    "mother mom mum mommy mama father dad daddy papa sister sis brother bro son daughter wife husband "
    "girlfriend boyfriend partner lover friend best uncle aunt grandmother grandfather grandma grandpa "
    "parents kid kids child baby villain bad guy guys antagonist hero heroine protagonist lead cop "
    "detective police officer sheriff agent boss manager producer singer drummer guitarist bassist "
    "band member members killer murderer doctor teacher lawyer captain king queen prince princess "
    "narrator love interest"
)
_CUE_WORDS = wordset(
    "direct directed director directors directs directing helm helmed filmmaker made make makes "
    "wrote write written writer writers writes script scripted screenplay screenwriter penned "
    "based adapted adaptation inspired book novel memoir source author comic play plays played playing portray "
    "portrays portrayed star stars starred starring cast actor actors actress actresses role roles "
    "character characters part voice voiced happen happens happened plot story storyline synopsis "
    "summary premise end ending ends start begin beginning opening good bad worth critics critic "
    "reviews review reviewers rating recommend overrated underrated watchable reception verdict liked "
    "watch see seen saw set located takes take place live lives"
)
FRAME = CHATTER | _QUESTION_WORDS | _FILM_WORDS | ROLE_WORDS | _CUE_WORDS
# words after which a title stands: "in X", "directed X", "what about X", "is X good"
_SLOT_BEFORE = wordset(
    "in of for about from on to directed direct wrote write made make watch watching see seeing saw "
    "seen like liked love loved hate hated recommend rate adapted cast plot ending is was does did do are were "
    "behind vs versus"
)

# Cue weights per kind, over the masked question (title → FILM, lower-case key words).
_Cues = tuple[tuple["re.Pattern[str]", float], ...]


def _cues(*pairs: tuple[str, float]) -> _Cues:
    return tuple((re.compile(p), w) for p, w in pairs)


_KIND_CUES: dict[str, _Cues] = {
    "director": _cues(
        (r"\bdirect(?:ed|or|ors|s|ing)?\b", 3.0),
        (r"\bhelm(?:ed|s)?\b|\bfilmmaker\b|\bbehind the camera\b", 3.0),
        (r"\bwho (?:made|makes)\b|\bmade by\b|\bmaker\b", 2.0),
    ),
    "writer": _cues(
        (r"\bwr[oi]te\b|\bwritten\b|\bwriters?\b|\bwrites\b", 3.0),
        (r"\bscreen ?play\b|\bscript(?:ed|s)?\b|\bscreen ?writers?\b|\bpenned\b", 3.5),
    ),
    "source": _cues(
        (r"\bbased (?:up)?on\b|\badapt(?:ed|ation|s)\b|\binspired\b|\bsource material\b", 5.0),
        (r"\b(?:which|what) (?:\w+ )?(?:play|book|novel|story|memoir)\b", 3.5),
        (r"\b(?:book|novel|memoir|comic|short story|autobiography|biography)s?\b", 2.5),
        (r"\b(?:the|a) play\b|\bauthor\b|\bwho wrote the (?:book|novel|memoir|story)\b|\btrue story\b", 3.5),
        (r"\bbehind\b|\boriginal\b", 0.5),
    ),
    "cast": _cues(
        (r"\bplay(?:s|ed|ing)?\b|\bportray(?:s|ed|ing)?\b|\bvoice[sd]?\b", 3.0),
        (r"\bstar(?:s|red|ring)?\b|\bcast\b|\bactors?\b|\bactress(?:es)?\b|\bco ?stars?\b", 3.0),
        (r"\bwho (?:is|s|was|are|were) (?:in|starring)\b|\bwho (?:was|is|s|are|were) .+ in FILM\b", 2.5),
        (r"\b(?:role|roles|character|characters|part)\b", 2.0),
        (r"\bwho (?:is|s|was|are|were) (?:the )?(?:" + "|".join(sorted(ROLE_WORDS)) + r")\b", 2.0),
    ),
    "plot": _cues(
        (r"\bhappen(?:s|ed|ing)?\b|\bplot\b|\bstory ?line\b|\bsynopsis\b|\bsummary\b|\bpremise\b", 3.0),
        (r"\bstory\b", 2.0),
        (r"\b(?:is|s|was) (?:FILM|it|this|that) about\b|\babout\b$|\bgist\b|\bspoil", 3.0),
        (r"\bend(?:s|ing|ed)?\b|\bfinale\b|\bclimax\b|\btwist\b", 2.5),
        (r"\b(?:start|begin|open)(?:s|ning)?\b", 1.5),
        (r"^where\b|\bwhere (?:do|does|did|is|are|was|were)\b|\bwhy (?:do|does|did|is|was)\b", 3.0),
        (r"\bwhat (?:do|does|did) (?:they|he|she|it)\b|\bwho (?:do|does|did) (?:they|he|she)\b", 2.5),
        (
            r"\bhow (?:do|does|did)\b|\bwhen (?:do|does|did)\b|\bwhat instrument\b|\bwho (?:is|are) (?:they|he|she)\b",
            2.0,
        ),
    ),
    "verdict": _cues(
        (r"\bgood\b|\bbad\b|\bworth\b|\bcritics?\b|\breviews?\b|\breviewers?\b|\brating\b|\brated\b", 3.0),
        (r"\brecommend|\boverrated\b|\bunderrated\b|\bwatchable\b|\breception\b|\bverdict\b|\bpanned\b", 3.0),
        (
            r"\bliked?\b|\bthink of\b|\bshould i (?:watch|see|bother)\b|\bhold up\b|\bany good\b|\bgreat\b",
            2.5,
        ),
        (
            r"\bthumbs\b|\bopinion\b|\bloved?\b|\bhated?\b|\bsuck(?:s|ed)?\b|\bmasterpiece\b|\bcheck (?:it )?out\b",
            2.0,
        ),
    ),
}
# When two kinds score the same, the more specific cue wins (a tie-break, not an order of rules).
_SPECIFICITY = ("source", "writer", "director", "cast", "verdict", "plot")
_WHICH_FILM = re.compile(
    r"^(?:(?:in|on) )?(?:which|what) (?:movie|film|flick|picture)s?\b|\bname (?:of )?the (?:movie|film)\b"
    r"|\b(?:movie|film|flick) (?:where|in which|that has|with the|about a|about an|about the)\b"
    r"|\bthe one (?:where|with)\b|\bwhat was (?:that|the) (?:movie|film)\b|\bi(?:m| am) looking for (?:a|the) (?:movie|film)\b"
)
_SWITCH = re.compile(
    r"^(?:what|how) about\b|^back to\b|^now\b|^same (?:for|with)\b|^and (?:for|in)\b|^what of\b"
)
_REFERS_BACK = re.compile(r"\b(?:it|its|this|that|the (?:film|movie|flick|picture))\b")

# Subject patterns over the masked question (key words, FILM for the title).
_F = r"(?: (?:in|from|of) FILM)?"
_SUBJECT_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), role)
    for p, role in (
        (
            r"\bwho (?:plays|played|portrays|portrayed|voices|voiced|is playing|was playing|plays the role of|played the role of|plays the part of|played the part of) (?P<s>.+?)"
            + _F
            + r"$",
            "character",
        ),
        (r"\bwho (?:is|s|was) (?P<s>.+?) played by" + _F + r"$", "character"),
        (r"^(?P<s>.+?) (?:is|was) played by (?:who|whom)" + _F + r"$", "character"),
        (r"^(?:in FILM )?who (?:is|s|was) (?P<s>(?!in\b|the cast\b|starring\b).+?) in FILM$", "character"),
        (
            r"\b(?:what|which|who) (?:role|part|character)s? (?:does|did|is|was) (?P<s>.+?) (?:play|playing|portray|have|in)"
            + _F
            + r"$",
            "actor",
        ),
        (r"\b(?:what|who) (?:does|did) (?P<s>.+?) (?:play|portray)" + _F + r"$", "actor"),
        (r"\bwho (?:is|s|was) (?P<s>.+?) (?:playing|portraying)" + _F + r"$", "actor"),
        (r"^(?P<s>.+?) (?:plays|played) (?:who|what|which)" + _F + r"$", "actor"),
        (r"^(?P<s>.+?) s (?:role|character|part)" + _F + r"$", "actor"),
        (r"^(?:is|was) (?P<s>.+?) in FILM$", "actor"),
        # an actor, the film, then the question: "tim mcgraw in blind side, what role", "anne hathaway
        # devil wears prada character name", "mila kunis black swan who does she play"
        (
            r"^(?P<s>(?!who\b|what\b|which\b)[a-z][\w ]*?) (?:in )?FILM (?:what|which|who)? ?(?:s )?"
            r"(?:role|part|character|character name|does (?:she|he) play|did (?:she|he) play|plays (?:who|what)"
            r"|played (?:who|what)|is who|who is (?:she|he)|who s (?:her|his) character)$",
            "actor",
        ),
        (r"^FILM (?P<s>[a-z][\w ]*?) (?:role|part|character|plays who|played who)$", "actor"),
        (
            r"^(?:and |what about |how about )?(?P<s>(?:his|her|their|the|(?:\w+ ){0,2}\w+ s) (?:"
            + "|".join(sorted(ROLE_WORDS))
            + r")(?: \w+)?)$",
            "character",
        ),
        (
            r"\bwho (?:is|s|was) (?P<s>(?:his|her|their|the|\w+ s) (?:\w+ )?(?:"
            + "|".join(sorted(ROLE_WORDS))
            + r"))"
            + _F
            + r"$",
            "character",
        ),
    )
)
_SUBJECT_NOISE = re.compile(
    r"^(?:the (?:role|part) of |the character |character )|(?: (?:in|from) (?:it|the (?:film|movie)))$"
)


@dataclass(frozen=True)
class _Token:
    key: str  # one key word (folded, numerals as digits)
    raw: str  # the word as written
    start: int = 0  # where the word stands in the question
    end: int = 0


def tokenize(text: str) -> list[_Token]:
    out: list[_Token] = []
    for match in _TOKEN.finditer(text):
        raw = match.group().strip(".'’-")
        keys = key_words(raw) if raw else []
        # "part 2" → "2": key_words drops the marker only inside one string, so do it across tokens
        out.extend(_Token(k, raw, match.start(), match.end()) for k in keys)
    return [
        t
        for i, t in enumerate(out)
        if not (t.key in {"part", "chapter", "pt"} and i + 1 < len(out) and out[i + 1].key.isdigit())
    ]


# "who's" folds to "whos": spelled out again for the cue and subject patterns
_CONTRACTIONS = {
    "whos": ("who", "is"), "whats": ("what", "is"), "wheres": ("where", "is"), "hows": ("how", "is"),
    "thats": ("that", "is"), "theres": ("there", "is"), "whose": ("whose",), "isnt": ("is", "not"),
    "wasnt": ("was", "not"), "doesnt": ("does", "not"), "didnt": ("did", "not"), "dont": ("do", "not"),
    "whod": ("who", "did"), "wholl": ("who", "will"),
}  # fmt: skip


def _spelled_out(token: _Token) -> tuple[str, ...]:
    """A token's words for reading the question: contractions and possessives apart again."""
    if token.key in _CONTRACTIONS:
        return _CONTRACTIONS[token.key]
    if re.search(r"['’]s$", token.raw) and token.key.endswith("s") and len(token.key) > 2:
        return (token.key[:-1], "s")
    return (token.key,)


def _is_frame(word: str) -> bool:
    return (
        word in FRAME
        or YEAR_TOKEN.match(word) is not None
        or re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", word) is not None
    )


def _name_word(word: str) -> bool:
    """A word that could belong to a name (not a question word, a number, or a verb form)."""
    verb_form = len(word) > 4 and word.endswith(("ed", "ing"))
    return bool(word) and not _is_frame(word) and not word.isdigit() and not verb_form


def _is_question_word(word: str) -> bool:
    """Frame words that never stand inside a title typed with a typo (role words may: "mama mia")."""
    return _is_frame(word) and word not in ROLE_WORDS


def _capitalised(tokens: list[_Token], spot: Spot) -> bool:
    """Written like a title: capitalised words (not just the first word of the message)."""
    words = [t.raw for t in tokens[spot.start : spot.end] if t.key not in {"the", "a", "an", "of", "and"}]
    return (
        spot.start > 0
        and any(w[:1].isupper() for w in words)
        and all(w[:1].isupper() or w[:1].isdigit() for w in words)
    )


def _acceptable(tokens: list[_Token], spot: Spot, chatter_only_else: bool) -> tuple[bool, float]:
    """Whether a spotted run names a film here, and how strongly (for choosing between runs)."""
    words = [t.key for t in tokens[spot.start : spot.end]]
    content = [w for w in words if not _is_frame(w)]
    first = spot.start - 1 if spot.start > 0 and tokens[spot.start - 1].key in _ARTICLES else spot.start
    before = tokens[first - 1].key if first > 0 else ""
    after = tokens[spot.end].key if spot.end < len(tokens) else ""
    slot = before in _SLOT_BEFORE or (spot.start == 0 and after in _CUE_WORDS | {"was", "is", "s"})
    year = bool(YEAR_TOKEN.match(after)) or bool(YEAR_TOKEN.match(before))
    if re.fullmatch(r"\d{1,2}", after) and not any(
        f.year is not None and f.year % 100 == int(after) for f in spot.films
    ):
        return False, 0.0  # "rocky 3" is not Rocky
    strength = len(" ".join(words)) + (10 if slot else 0) + (10 if year else 0)
    single = len([w for w in words if w not in _ARTICLES]) == 1
    if single and not year and (_name_word(after) or (_name_word(before) and before not in _SLOT_BEFORE)):
        return False, 0.0  # "shark tornado 9": one word of a longer name we do not have
    if not spot.exact:
        return (bool(content) and (slot or year or len(content) >= 2)), strength - 5
    if content and (
        len(content) >= 2 or len("".join(content)) >= 8 or len([w for w in words if w not in _ARTICLES]) >= 2
    ):
        return True, strength
    if content and len(content[0]) >= 4 and not content[0].isdigit():
        # one lowercase word where no title need stand: a title, unless the conversation says otherwise
        return True, strength - (0 if slot else 20)
    if content and (slot or year or _capitalised(tokens, spot) or chatter_only_else):
        return True, strength
    named = [w for w in words if w not in _ARTICLES]
    at_end = spot.end == len(tokens)
    if (
        year
        or (slot and at_end and (len(words) > 1 or set(named) <= ROLE_WORDS))
        or (_capitalised(tokens, spot) and slot)
    ):
        return True, strength
    return False, 0.0


def _choose_spot(index: TitleIndex | None, tokens: list[_Token]) -> tuple[Spot | None, float]:
    if index is None or not tokens:
        return None, 0.0
    words = [t.key for t in tokens]
    spots = index.spot_exact(words)
    rest_is_chatter = lambda s: all(_is_frame(w) for i, w in enumerate(words) if not s.start <= i < s.end)  # noqa: E731
    best: tuple[float, Spot] | None = None
    for spot in spots:
        ok, strength = _acceptable(tokens, spot, rest_is_chatter(spot))
        if ok and (best is None or strength > best[0]):
            best = (strength, spot)
    if best is None:
        runs = _content_runs(words)
        for spot in index.spot_fuzzy(words, runs):
            ok, strength = _acceptable(tokens, spot, rest_is_chatter(spot))
            if ok and (best is None or strength > best[0]):
                best = (strength, spot)
    return (best[1], best[0]) if best else (None, 0.0)


def _content_runs(words: list[str], skip: set[int] | None = None) -> list[tuple[int, int]]:
    """Maximal runs of words that are not question words (small joining words allowed inside)."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    joiners = {"the", "a", "an", "of", "and", "in", "on", "to"}
    for i, w in enumerate([*words, "."]):
        inside = i < len(words) and (skip is None or i not in skip)
        if inside and (not _is_question_word(w) or (start is not None and w.isdigit())):
            start = i if start is None else start  # "rocky 3": the number is part of the title
        elif inside and start is not None and w in joiners:
            continue
        elif start is not None:
            end = i
            while end > start and words[end - 1] in joiners:
                end -= 1
            runs.append((start, end))
            start = None
    return runs


_OPENERS = _QUESTION_WORDS - {
    "the",
    "a",
    "an",
    "it",
    "its",
    "this",
    "that",
    "these",
    "those",
    "he",
    "she",
    "they",
    "i",
    "we",
    "you",
    "his",
    "her",
    "their",
    "my",
    "our",
    "your",
    "one",
}


def _plain_words(tokens: list[_Token]) -> list[str]:
    return [w for t in tokens for w in _spelled_out(t) if w not in CHATTER]


def _asks_which_film(tokens: list[_Token]) -> bool:
    """ "which movie has a shark …", "the one where …": the answer is a film, the words are its story."""
    return _WHICH_FILM.search(" ".join(_plain_words(tokens))) is not None


def _is_description(tokens: list[_Token]) -> bool:
    """A bare description, not a question ("boy left home alone at christmas fights off burglars")."""
    words = _plain_words(tokens)
    content = [w for w in words if not _is_frame(w)]
    return bool(words) and words[0] not in _OPENERS and len(content) >= 5 and len(words) >= 8


def _kind(masked: str) -> tuple[str, float]:
    scores = {kind: sum(w for rx, w in cues if rx.search(masked)) for kind, cues in _KIND_CUES.items()}
    # "who wrote the novel …": writing a book is the source's author, not the screenplay
    if scores["source"] >= 2.5 and scores["writer"]:
        scores["source"] += 1.0
    best = max(_SPECIFICITY, key=lambda k: (scores[k], -_SPECIFICITY.index(k)))
    return (best, scores[best]) if scores[best] > 0 else ("search", 0.0)


def _focus(masked: str) -> str | None:
    if re.search(r"\bend(?:s|ing|ed)?\b|\bfinale\b|\bclimax\b|\btwist\b", masked):
        return "end"
    if re.search(r"\b(?:start|begin|open)(?:s|ning)?\b", masked):
        return "start"
    if re.search(
        r"^where\b|\bwhere\b|\b(?:what|which) (?:island|city|town|country|state|place|planet|hotel|school|"
        r"house|prison|ship|street|camp|island|village|neighbou?rhood)\b|\bset in\b|\btake place\b",
        masked,
    ):
        return "where"
    if re.search(r"\bwhose\b", masked):
        return "who"
    if re.search(r"\bwho\b", masked):
        return "who"
    if re.search(r"\bwhen\b|\bwhat year\b", masked):
        return "when"
    if re.search(r"\bwhy\b", masked):
        return "why"
    if re.search(r"\babout\b|\bplot\b|\bpremise\b|\bsummary\b|\bsynopsis\b|\bgist\b|\bstory\b", masked):
        return "about"
    return None


def _subject(masked: str) -> tuple[str | None, str | None]:
    for rx, role in _SUBJECT_RULES:
        m = rx.search(masked)
        if m is None:
            continue
        subject = _SUBJECT_NOISE.sub("", m.group("s")).strip()
        words = subject.split()
        if not words or all(w in _QUESTION_WORDS | CHATTER | _FILM_WORDS for w in words) or "FILM" in words:
            continue
        return subject, role
    return None, None


def _strip_chatter(words: list[str]) -> list[str]:
    out = [w for w in words if w not in CHATTER or w in {"like", "so"}]
    text = " ".join(out)
    text = re.sub(r"\bor (?:nah|not|no)$|\blike (?=who|what|which|where|when|how)\b|^(?:so|like) ", "", text)
    return text.split()


def parse(text: str, titles: TitleIndex | None = None) -> Request:
    """Read a question: its kind, the film it names (via the title index), whom it asks about."""
    tokens = tokenize(text)
    described = _asks_which_film(tokens)
    spot, strength_of_spot = (None, 0.0) if described else _choose_spot(titles, tokens)
    if not described and _is_description(tokens) and (spot is None or not _stands_out(tokens, spot)):
        described, spot, strength_of_spot = True, None, 0.0
    words = [t.key for t in tokens]
    inside = set(range(spot.start, spot.end)) if spot else set()
    films = spot.films if spot else ()
    year, year_at = _year_near(words, spot, films)
    masked_words: list[str] = []
    for i, token in enumerate(tokens):
        if i in year_at:
            continue
        if i in inside:
            if i == spot.start:  # type: ignore[union-attr]
                masked_words.append("FILM")
            continue
        masked_words.extend(_spelled_out(token))
    masked_words = _strip_chatter(masked_words)
    masked = " ".join(masked_words)
    which = described
    kind, strength = ("search", 0.0) if which else _kind(masked)
    switch = bool(_SWITCH.search(masked)) and spot is not None
    subject, role = _subject(masked) if kind in {"cast", "search", "plot"} else (None, None)
    if subject is not None and kind == "plot" and role == "character" and not re.search(r"\bwho\b", masked):
        subject, role = None, None
    if subject is not None:
        kind = "cast"
    mention = " ".join(t.raw for t in tokens[spot.start : spot.end]) if spot else None
    if year is not None and films:
        films = tuple(f for f in films if f.year == year)
    elif spot is not None and len(films) > 1:
        films = _edition(words[max(0, spot.start - 2) : spot.start], films)
        films = _as_written(words[spot.start] in _ARTICLES, films)
    unknown = False
    content_left = [w for w in masked_words if w != "FILM" and not _is_frame(w)]
    if subject:
        subject_words = set(subject.split())
        content_left = [w for w in content_left if w not in subject_words]
    if (
        spot is None
        and not which
        and content_left
        and kind in {"director", "writer", "source", "verdict", "cast"}
    ):
        # "who directed zorgon returns": the words where a title stands name no film of ours
        unknown = not (kind == "cast" and subject)
        if unknown:
            runs = _content_runs(masked_words)
            start, end = max(runs, key=lambda r: r[1] - r[0]) if runs else (0, 0)
            mention = " ".join(masked_words[start:end]) or " ".join(content_left)
            year = _year_in(words)
    if (
        spot is None
        and kind == "cast"
        and subject
        and re.search(r"\b(?:in|from) (?!FILM)(\w+(?: \w+)*)$", masked)
    ):
        m = re.search(r"\b(?:in|from) (?P<t>\w+(?: \w+)*)$", masked)
        if (
            m
            and not _REFERS_BACK.fullmatch(m.group("t"))
            and any(not _is_frame(w) for w in m.group("t").split())
        ):
            unknown, mention = True, m.group("t")
    switched_to = re.match(r"^(?:(?:what|how) about|back to) (?P<t>.+)$", masked)
    if spot is None and not which and not unknown and switched_to:
        # "what about casablanca": a switch to a film we do not have
        run = [w for w in switched_to.group("t").split() if not _is_question_word(w) or w in _ARTICLES]
        if any(_name_word(w) for w in run):
            unknown, mention = True, " ".join(run)
    if spot is None and not which and not unknown and kind in {"plot", "search"}:
        # "what are they looking for in raiders": a title we do not have, where a title stands
        end = re.search(r"\b(?:in|of) (?P<t>(?:\w+ ){0,4}\w+)$", masked)
        named = end.group("t").split() if end else []
        if named and all(_name_word(w) or w in _ARTICLES for w in named):
            unknown, mention = True, " ".join(named)
    elliptical = not masked_words or masked_words[0] not in _OPENERS - {"and", "or", "but"}
    followup = (
        strength == 0 and not which and spot is None and not unknown and (elliptical or subject is not None)
    )
    refers_back = spot is None and not unknown
    edition = False
    if spot is None and not unknown and re.search(r"\b(?:1|version|remake|original|film|movie)\b", masked):
        # "what about the 1998 one", "and the 2005 remake?": the conversation's title, another year
        year = _year_in(words)
        edition = year is not None
    sequel = _sequel(masked) if spot is None and not unknown else None
    if kind == "search" and not which and (spot is not None or edition or sequel is not None):
        kind = "plot"  # "what island is jurassic park on": a question about the story of a named film
    weak = spot is not None and strength_of_spot < 10 and year is None
    # a weak mention may be the conversation's film after all ("what island is it on"): keep its words
    query_words = [
        w
        for m in masked_words
        for w in ((mention or "").lower().split() if m == "FILM" and weak else [m])
        if w != "FILM"
    ]
    return Request(
        text=text,
        kind=kind,
        query=" ".join(query_words) or text,
        which_film=which,
        mention=_as_typed(text, tokens, mention) if unknown and mention else mention,
        films=films if not unknown else (),
        year=year,
        unknown_title=unknown,
        subject=subject,
        subject_role=role,
        focus=_focus(masked) if kind in {"plot", "search"} else None,
        refers_back=refers_back,
        weak_mention=weak,
        switch=switch or edition or sequel is not None or (spot is not None and strength == 0 and not weak),
        cued=strength > 0,
        sequel=sequel,
        followup=followup,
    )


def _as_typed(text: str, tokens: list[_Token], words: str) -> str:
    """The words of an unknown title as the person typed them ("Ocean's Twelve", not "ocean s 12")."""
    want = words.split()
    for i in range(len(tokens)):
        got: list[str] = []
        for j in range(i, len(tokens)):
            got.extend(_spelled_out(tokens[j]))
            if got == want:
                return text[tokens[i].start : tokens[j].end].strip(" ,.?!")
            if len(got) >= len(want) or got != want[: len(got)]:
                break
    return words


def _year_near(
    words: list[str], spot: Spot | None, films: tuple[FilmRef, ...]
) -> tuple[int | None, set[int]]:
    """A year written with the title: "heat 1995", "heat (1995)", "the 1933 king kong", "king kong
    from 1933", or two digits that fit one of the films ("aliens 86", "cape fear from 62")."""
    if spot is None:
        return None, set()
    for i in (spot.end, spot.end + 1, spot.start - 1):
        if not 0 <= i < len(words):
            continue
        if i == spot.end + 1 and words[spot.end] not in {"from", "in", "of"}:
            continue
        if YEAR_TOKEN.match(words[i]):
            return int(words[i]), {i}
        if re.fullmatch(r"\d\d", words[i]):
            fits = [f.year for f in films if f.year is not None and f.year % 100 == int(words[i])]
            if fits:
                return fits[0], {i}
    return None, set()


def _as_written(article: bool, films: tuple[FilmRef, ...]) -> tuple[FilmRef, ...]:
    """ "black swan" is Black Swan rather than The Black Swan: a title written with (or without) its
    article picks the films so titled, when others differ only by it."""
    same = tuple(f for f in films if (fold(f.title).split()[:1] in (["the"], ["a"], ["an"])) == article)
    return same or films


def _edition(before: list[str], films: tuple[FilmRef, ...]) -> tuple[FilmRef, ...]:
    """ "the original cape fear", "the first rocky" → the earliest; "the new/latest/remake" → the latest."""
    ordered = sorted(films, key=lambda f: f.year or 0)
    if {"original", "first", "old", "older", "classic"} & set(before):
        return (ordered[0],)
    if {"new", "newer", "latest", "recent", "remake"} & set(before):
        return (ordered[-1],)
    return films


_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8,
}  # fmt: skip
_SEQUEL = re.compile(
    r"\b(?P<n>"
    + "|".join(_ORDINALS)
    + r") (?:1|movie|film|part|installment|entry)\b|\bthe (?P<next>sequel|next 1)\b"
)


def _sequel(masked: str) -> int | None:
    """ "the 4th one" → 4, "the sequel" → 0 (the one after the conversation's film)."""
    m = _SEQUEL.search(masked)
    if m is None:
        return None
    return 0 if m.group("next") else _ORDINALS[m.group("n")]


def _year_in(words: list[str]) -> int | None:
    return next((int(w) for w in words if YEAR_TOKEN.match(w)), None)


def plain(text: str) -> str:
    """The folded form of a text, for comparing answers with gold strings."""
    return fold(text)


def _stands_out(tokens: list[_Token], spot: Spot) -> bool:
    """A title that holds its own inside a description: several words, capitals, or a year beside it."""
    named = [t.key for t in tokens[spot.start : spot.end] if t.key not in _ARTICLES]
    after = tokens[spot.end].key if spot.end < len(tokens) else ""
    return len(named) >= 2 or _capitalised(tokens, spot) or bool(YEAR_TOKEN.match(after))
