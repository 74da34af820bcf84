"""A part asked for by what it is ("who plays the girl passing for white", "the older guy who cons
her"), when no credit names it: the cast member whose own words in the reviews are far the closest in
meaning to the words asked ("It stars Jeanne Crain as the title character, a young light-skinned black
woman who passes for white").

An actor's words are the ones the sentence gives their part: after "Actor as / plays / voices …" up
to the next cast member, or before "(Actor)" / "played by Actor" back to the clause's start, with a
"who …" clause that follows."""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.textutil import fold

#: a part described this close in meaning (cosine of MiniLM vectors), this far ahead of anyone
#: else's: chosen on half of the read dev files' parts asked by description that no credit names
#: (9 answered, 8 right), checked on the other half (8 answered, 7 right)
MEANING_FLOOR = 0.33
MEANING_LEAD = 0.1

_AFTER = re.compile(
    r"\s*(?:\)\s*)?,?\s*(?:(?:also |co-)?stars? |appears |is |was )?(?:as|plays|played|portrays|voices|voiced)\b"
    # (not "as well as", "as he does": no part)
    r"(?! (?:well|if|though|of|such|soon|long|much|many|he|she|they|it|we|you|i)\b)"
)
_BEFORE_CUE = re.compile(r"(?:,\s*)?(?:\(|\b(?:played|portrayed|voiced) by\s)\s*$")
_WHO_CLAUSE = re.compile(r"\s*\)?,?\s*((?:who|whom|whose)\b[^.;()]*)")
_CLAUSE_START = re.compile(r".*(?:[,;:]|\band\b)\s*", re.DOTALL)
_COMPANIONS = re.compile(
    r",?\s*(?:who,?\s*)?\b(?:with the (?:help|aid) of|helped by|aided by|alongside|together with|joined by)\b"
)


@dataclass(frozen=True)
class Part:
    person: str
    words: str  # what the sentence says of the person's part
    sentence: str
    index: int  # which of the sentences given (for the citation)


def _mentions(sentence: str, people: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, person) of each cast member named in the sentence, in full or by a surname no
    one else in the cast has, first come first kept."""
    surnames = [p.split()[-1] for p in people if p.split()]
    found = []
    for person in people:
        parts = person.split()
        names = {person} | ({parts[-1]} if len(parts) > 1 and surnames.count(parts[-1]) == 1 else set())
        for name in names:
            found += [(m.start(), m.end(), person) for m in re.finditer(rf"\b{re.escape(name)}\b", sentence)]
    kept: list[tuple[int, int, str]] = []
    for start, end, person in sorted(found, key=lambda t: (t[0], -t[1])):
        if not kept or start >= kept[-1][1]:
            kept.append((start, end, person))
    return kept


def parts_told(sentences: list[str], people: list[str]) -> list[Part]:
    """Each cast member's part as the sentences word it (none for an actor merely listed)."""
    out: list[Part] = []
    for index, sentence in enumerate(sentences):
        marks = _mentions(sentence, people)
        for k, (start, end, person) in enumerate(marks):
            before = sentence[marks[k - 1][1] if k else 0 : start]
            after = sentence[end : marks[k + 1][0] if k + 1 < len(marks) else len(sentence)]
            if _AFTER.match(after):
                # (not those who help the part: "as police chief Martin Brody, who, with the help of a
                # marine biologist and a professional shark hunter, hunts …")
                out.append(
                    Part(person, _COMPANIONS.split(after, maxsplit=1)[0].strip(" ,;()"), sentence, index)
                )
            elif _BEFORE_CUE.search(before):
                told = _CLAUSE_START.sub("", _BEFORE_CUE.sub("", before))
                clause = _WHO_CLAUSE.match(after)
                words = f"{told} {clause.group(1)}" if clause else told
                if words.strip(" ,;()"):
                    out.append(Part(person, words.strip(" ,;()"), sentence, index))
    return out


def closest(asked: str, parts: list[Part], sims: list[float]) -> tuple[Part, float] | None:
    """The part far the closest in meaning to the words asked, with its cosine, or None."""
    best: dict[str, tuple[float, Part]] = {}
    for part, sim in zip(parts, sims, strict=True):
        if part.person not in best or sim > best[part.person][0]:
            best[part.person] = (sim, part)
    ranked = sorted(best.values(), key=lambda t: -t[0])
    if not ranked:
        return None
    sim, part = ranked[0]
    rival = ranked[1][0] if len(ranked) > 1 else 0.0
    return (part, sim) if sim >= MEANING_FLOOR and sim - rival >= MEANING_LEAD else None


def named_in(asked: str, person: str) -> bool:
    """Whether the words asked name the person ("the kid that controls gerard butler")."""
    said = set(fold(asked).split())
    return any(w in said for w in fold(person).split() if len(w) > 2)
