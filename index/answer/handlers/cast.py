"""Cast: who is in it, who plays a character or a described part ("her mom", "the villain"), and
which part an actor plays."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import replace

from rapidfuzz import fuzz

from index.answer import evidence as ev
from index.answer.handlers import described, plot, story_lead
from index.answer.request import Request
from index.answer.view import View
from index.filmfacts import FilmFacts, by_initials, is_name, name_match, same_person
from index.textutil import RANK_ABBREVIATIONS, fold, wordset
from index.titles import ARTICLES, short_form, title_key
from index.types import Answer, Credit, FilmRef, Hit, Passage

MAX_LISTED = 8
# A part described, not named: each word maps to the word the reviews are likeliest to use.
ROLE_SYNONYMS: dict[str, str] = {
    **dict.fromkeys(["mom", "mum", "mommy", "mama", "ma", "mother"], "mother"),
    **dict.fromkeys(["dad", "daddy", "papa", "pa", "father"], "father"),
    **dict.fromkeys(["sis", "sister"], "sister"),
    **dict.fromkeys(["stepdad", "stepfather", "step-dad"], "stepfather"),
    **dict.fromkeys(["stepmom", "stepmum", "stepmother"], "stepmother"),
    **dict.fromkeys(
        ["grandma", "granny", "nana", "grandmother", "gran", "abuela", "matriarch"], "grandmother"
    ),
    **dict.fromkeys(
        ["grandpa", "granddad", "grandad", "gramps", "grandfather", "abuelo", "patriarch"], "grandfather"
    ),
    **dict.fromkeys(["friend", "buddy", "pal", "bff", "friends"], "friend"),
    **dict.fromkeys(["bro", "brother"], "brother"),
    **dict.fromkeys(
        wordset(
            "villain baddie baddy antagonist bad evil nemesis criminal gangster psychopath psychopathic psycho "
            "maniac "
            "terrorist kingpin mastermind corrupt sinister ruthless sadistic murderous oppressive tyrannical "
            "tyrant dictator"
        ),
        "villain",
    ),
    **dict.fromkeys(
        [
            "cop",
            "detective",
            "police",
            "policeman",
            "officer",
            "inspector",
            "investigator",
            "trooper",
            "patrolman",
            "constable",
            "sheriff",
            "deputy",
            "lawman",
            "privateeye",  # ("who plays the private eye": a private investigator)
            "sleuth",
            "gumshoe",
        ],
        "detective",
    ),
    **dict.fromkeys(["hero", "heroine", "protagonist", "lead", "leading", "main"], "hero"),
    **dict.fromkeys(["wife", "husband", "spouse", "bride", "groom", "newlywed"], "spouse"),
    **dict.fromkeys(["fiance", "fiancee", "betrothed"], "fiance"),
    **dict.fromkeys(["bodyguard", "protector", "protection"], "bodyguard"),
    **dict.fromkeys(["girlfriend", "boyfriend", "lover", "partner", "love"], "partner"),
    **dict.fromkeys(["shrink", "therapist", "psychologist", "psychiatrist", "analyst"], "therapist"),
    **dict.fromkeys(["producer", "manager", "boss"], "producer"),
    **dict.fromkeys(["singer", "vocalist", "frontwoman", "frontman"], "singer"),
    **dict.fromkeys(["son", "daughter", "kid", "child", "boy", "girl"], "child"),
    **dict.fromkeys(["killer", "murderer"], "killer"),
    **dict.fromkeys(["assassin", "hitman", "hitwoman", "hitmen", "hitwomen"], "assassin"),
    **dict.fromkeys(["kidnapper", "abductor", "captor"], "captor"),
    **dict.fromkeys(["robot", "cyborg", "android"], "robot"),
    **dict.fromkeys(["fireman", "firemen", "firefighter", "firefighters"], "firefighter"),
    **dict.fromkeys(["lawyer", "attorney"], "lawyer"),
    **dict.fromkeys(["reporter", "journalist"], "reporter"),
    **dict.fromkeys(["doctor", "physician", "surgeon"], "doctor"),
    **dict.fromkeys(["priest", "preacher", "reverend", "minister"], "priest"),
    **dict.fromkeys(["alien", "extraterrestrial", "martian"], "alien"),
    **dict.fromkeys(["teacher", "tutor", "instructor", "professor"], "teacher"),
    **dict.fromkeys(["nanny", "governess", "babysitter"], "nanny"),
    **dict.fromkeys(["prostitute", "hooker", "escort", "callgirl", "sexworker"], "prostitute"),
    **dict.fromkeys(["millionaire", "billionaire", "tycoon", "rich", "wealthy"], "millionaire"),
    **dict.fromkeys(["conman", "swindler", "grifter", "conartist", "fraudster"], "conman"),
    **dict.fromkeys(["mailman", "postman", "postalworker", "mailcarrier"], "mailman"),
    **dict.fromkeys(["thief", "burglar", "robber", "crook"], "thief"),
    # where someone is from, as the reviews and people say it ("the russian guy": a Soviet boxer)
    **dict.fromkeys(["russian", "soviet"], "russian"),
    **dict.fromkeys(["british", "english", "brit"], "british"),
    # ranks, each its own ("Col. Jim McQuade" is the colonel, not the captain)
    **{w: w for w in ("colonel", "captain", "sergeant", "lieutenant", "commander", "admiral", "corporal")},
    "dualrole": "dualrole",
}
# two words people say as one part ("a sex worker played by …", "who plays the con man")
_ROLE_PHRASES = re.compile(
    r"\b(call|sex|con|postal|mail|hit|private) (girl|worker|man|woman|artist|carrier|eye)\b"
)


def _role_text(text: str) -> list[str]:
    """The folded words of a part's description or a question's, two-word parts joined, ranks in full
    ("Rev. Jack Eccles" is a reverend: the preacher)."""
    joined = _DUAL_ROLE.sub("dualrole", _ROLE_PHRASES.sub(r"\1\2", fold(text)))
    return [_RANKS.get(w, w) for w in joined.split()]


# "who plays both parts": the one credited with a dual role
_DUAL_ROLE = re.compile(r"\b(?:dual|double|both|two) (?:roles?|parts?)\b")


_POSSESSIVE_PRONOUNS = {"her", "his", "their", "the", "a", "an", "its"}
# Kinship that holds both ways: Kat is Bianca's sister, so Bianca is Kat's
_SYMMETRIC = {"sister", "brother", "spouse", "partner", "friend"}


def _role_words(text: str) -> set[str]:
    return {ROLE_SYNONYMS[w] for w in _role_text(text) if w in ROLE_SYNONYMS}


def _without_clause(subject: str) -> str:
    """The part asked without a clause after it, which says what the part does, not what it is ("the old
    that kisses the bride" is no bride)."""
    head = re.split(r" (?:that|who|which) ", subject, maxsplit=1)[0]
    # (only after a part's own words: not "from who is the lead")
    return head if set(fold(head).split()) - ev.STOP - _POSSESSIVE_PRONOUNS else subject


def _subject_parts(subject: str) -> tuple[set[str], str | None, str]:
    """ "cherie s mom" → ({"mother"}, "cherie", rest); "joan jett" → (set(), None, "joan jett")."""
    words = _role_text(_without_clause(subject))
    owner = None
    asked = words
    if "s" in words and words.index("s") > 0:
        owner = " ".join(words[: words.index("s")])
        asked = words[words.index("s") + 1 :] or words  # ("the sick girl s dad" asks for a father)
    roles = {ROLE_SYNONYMS[w] for w in asked if w in ROLE_SYNONYMS}
    rest = " ".join(w for w in words if w not in ROLE_SYNONYMS and w not in _POSSESSIVE_PRONOUNS and w != "s")
    return roles, owner, rest


# ranks and titles as people shorten them before a name, and the suffixes after one
_RANKS = {
    **RANK_ABBREVIATIONS,
    "jr": "junior",  # "lucifer jr" is Lucifer Junior
    "sr": "senior",
}


_DOCTOR = re.compile(r"\bDr\.?\s+(?=[A-Z])")


_DOTTED = re.compile(r"\b(?:[A-Za-z]\.){2,}")  # "U.S.", "L.A."


def _part_match(
    subject: str, credit: Credit, known: tuple[str, ...] = (), parts: frozenset[str] = frozenset()
) -> float:
    """0..100: how well a question's "who plays X" matches a credit's character or described part
    (`known`: the names the reviews give in full, for "Harding's mother" asked as "tonya's mom";
    `parts`: the words the film's parts are described with)."""
    # "det. rita rizoli" is Detective Rita Rizzoli
    subject = " ".join(_RANKS.get(w, w) for w in fold(subject).split())
    # "the doc" is Emmett "Doc" Brown: the article is not part of the name asked for; nor is an age
    # ("young tony soprano" is Tony Soprano as a boy)
    plain = re.sub(r"^(?:the|a|an) ", "", fold(subject))
    plain = " ".join(w for w in plain.split() if w not in _AGES) or plain
    # ("the creeper thing", "the jester guy": a part's name, then a word for someone)
    plain = re.sub(r"(?<=\w) (?:thing|guy|dude|character|person|fella|bloke)$", "", plain)
    # ("the us marshal" is U.S. Marshal Nathan: initials typed as one word)
    character = _DOTTED.sub(lambda m: m.group().replace(".", ""), credit.character or "")
    best = _by_name(subject, plain, character, known) if character else 0.0
    named, _the, what = plain.partition(" the ")
    if named and what and credit.character:
        # "carver the eviction guy": a name, then what the person is (the name, when it fits, over what
        # another part is described as too: "yoast the assistant coach" is not the coach Boone)
        by_name = _part_match(named, credit, known, parts)
        best = max(best, by_name + NAME_OVER_DESCRIPTION if by_name >= NAMED_PART else by_name - 1.0)
    roles, owner, rest = _subject_parts(subject)
    if roles and _named_with_relation(subject, credit, owner):
        best = max(best, 87.0)
    if roles:
        described = " ".join(x for x in (credit.character, credit.description) if x)
        # ("Dr. Gogol" is the doctor; the name asked stays as typed: "dr evil")
        # (no part of the other gender: "the little girl" is not Danny Torrance, a son)
        if roles & _role_words(_DOCTOR.sub("doctor ", described)) and not _other_gender(subject, [described]):
            said = _said_too(rest, owner, f"{described} {_before_description(credit)}", parts)
            # (the word asked itself over another of its kind: "boyfriend" is not the girlfriend)
            literal = LITERAL_BONUS if _literal_role(subject) & set(_role_text(described)) else 0.0
            best = max(best, 90.0 + _whose_score(owner, credit, known) + said + literal)
    elif (told := fold(credit.description or "").split())[-1:] == (head := _someone_dropped(rest))[-1:] != []:
        # "the fbi trainee" is the trainee; "the baseball player guy" the baseball player before the
        # softball player
        # (a word a compound of the part ends with counts too: "the shop owner" is the pawnshop owner)
        # (the word itself over a compound: "male voices" are not the female ones)
        # (or the words right before it: "Boone's assistant coach")
        exact = {w for w in head[:-1] if w in told[:-1] or w in _before_description(credit).split()}
        ending = {w for w in head[:-1] if len(w) >= 4 and any(t.endswith(w) for t in told[:-1])} - exact
        shared = len(exact) + 0.5 * len(ending)
        best = max(best, 90.0 + _whose_score(owner, credit, known) + min(shared, 5))
    elif (
        owner
        and credit.of
        and _asked_of(subject) & set(fold(credit.evidence or credit.description or "").split())
    ):
        # "coach boone's assistant" is Bill Yoast, "Boone's assistant coach" (a review's words for the part)
        best = max(best, 92.0 if _same_owner(owner, credit.of, known) else best)
    head = _someone_dropped(rest)
    if len(head) == 1 and not roles and not owner and len(head[0]) >= 4 and credit.description:
        # "the widow" is the "newly widowed homesteader": a word said of the part, in another form
        near = f"{_before_description(credit)} {fold(credit.description)}".split()
        other_form = head[0] not in near and ev.stem(head[0]) in {ev.stem(w) for w in near}
        best = max(best, 86.0 + _whose_score(owner, credit, known) if other_form else best)
    prefix = fold(credit.character or "").split()[: len(rest.split())]
    if rest and not roles and not owner and prefix == fold(rest).split():
        best = max(best, 88.0)  # "the colonel" is Colonel Robert Gould Shaw
    rank = fold(credit.character or "").split()[:1]
    if rest and not owner and len(rest.split()) >= 2 and rank == fold(rest).split()[-1:]:
        best = max(best, 86.0)  # "the mean nurse" is Nurse Ratched
    return best


def _as_what(credit: Credit) -> Credit:
    """ "Bela Lugosi had a relatively brief role in this film as a nightclub owner": a part read as
    only its size ("brief role") is what the evidence says it is after "as"."""
    if not _KIND_OF_PART.search(credit.description or ""):
        return credit
    said = _AS_WHAT.search(credit.evidence or "")
    return replace(credit, description=said.group(1)) if said else credit


_AS_WHAT = re.compile(
    r"\b(?:role|part|appearance|cameo)\b[^,.;()]{0,30}?\bas (?:a|an) ([a-z]+(?: [a-z]+){0,2}?)(?=[,.;)]|$| who\b| in\b| and\b)"
)


LITERAL_BONUS = 0.5  # a part described by the very word asked, over a word of the same kind
NAMED_PART = 85.0  # a name asked that fits a part this well …
NAME_OVER_DESCRIPTION = 5.0  # … outranks a part described as what was said after the name


def _literal_role(subject: str) -> set[str]:
    """The role words the question types ("boyfriend" in "gunns boyfriend")."""
    return {w for w in _role_text(subject) if w in ROLE_SYNONYMS}


def _by_name(subject: str, plain: str, character: str, known: tuple[str, ...]) -> float:
    """0..100: how well the name asked (`plain`: without an article or an age) names the part."""
    best = max(name_match(subject, character), name_match(plain, character))
    if " " not in character.strip():
        best = max(best, _by_full_name(plain, character, known))
    asked = fold(subject).split()
    if fold(character) == asked[-1]:
        best = max(best, 86.0)  # "freddie mercury" for a part the review calls "Mercury"
    titled = len(asked) == 2 and asked[0] in _HONORIFICS
    if titled and fold(character).split()[-1:] == asked[1:]:
        best = max(best, 88.0)  # "mr rogers" for the part the review calls "Fred Rogers"
    if by_initials(plain, character):
        best = max(best, 90.0)  # "jfk" for John F. Kennedy
    if _nickname_of(plain, character):
        best = max(best, 86.0)  # "sully" for Victor Sullivan
    return best


def _by_full_name(said: str, character: str, known: tuple[str, ...]) -> float:
    """A part credited by one name, asked by the full name the reviews give it: "anna" for
    "Leonowens" (Anna Leonowens), "tony soprano" for "Tony", "jfk" for "Kennedy" (John F. Kennedy)."""
    full = [n for n in known if " " in n and fold(character) in _first_and_last(n)]
    # (a step behind a part named so itself: "coretta" is Coretta Scott King, not King's part)
    best = max([0.0, *(name_match(said, n) - FULL_NAME_STEP for n in full)])
    return max(best, 90.0) if any(by_initials(said, n) for n in full) else best


FULL_NAME_STEP = 1.0


_HONORIFICS = wordset("mr mrs ms miss dr doctor sir lady lord madame uncle aunt auntie professor prof")


def _said_too(rest: str, owner: str | None, described: str, parts: frozenset[str]) -> float:
    """The words asked beside the role word (`rest`): "the new kid" is not the "bad boy" when another
    part is described as new (the "new student"); a word no part is described with says nothing; and
    "the oldest son" is never the part described as the youngest."""
    extra = set(rest.split()) - set((owner or "").split())
    # (an age told in years says nothing of old: "an eight-year-old boy" is "the little kid")
    told = set(re.sub(r"\byears? old\b", "", fold(described)).split())
    if _contradicts(extra, told):
        return -20.0
    if extra & told:
        return 3.0
    return -6.0 if extra & parts else 0.0


def _before_description(credit: Credit) -> str:
    """The two words the evidence writes before a part's description ("his youngest son" for "son")."""
    said, told = fold(credit.evidence).split(), fold(credit.description or "").split()[-1:]
    at = next((i for i, w in enumerate(said) if [w] == told), None)
    return " ".join(said[max(0, at - 2) : at]) if at is not None else ""


# words for a part's age or size that exclude each other ("the oldest son" is not "his youngest son")
_AGES = wordset("young younger old older little big teen teenage adult")
_ELDER = wordset("old older oldest elder eldest big")
_YOUNGER = wordset("young younger youngest little baby kid")


def _contradicts(asked: set[str], told: set[str]) -> bool:
    return bool((asked & _ELDER and told & _YOUNGER) or (asked & _YOUNGER and told & _ELDER))


def _whose_score(owner: str | None, credit: Credit, known: tuple[str, ...]) -> float:
    """Whose part it is, when the question and the review say: "boone's assistant coach" is not the
    coach Boone himself, nor "kat's sister" Kat."""
    if owner and credit.of:
        return 5.0 if _same_owner(owner, credit.of, known) else -25.0
    if owner and credit.character and is_name(owner, credit.character):
        return -25.0
    return 0.0


def _asked_of(subject: str) -> set[str]:
    """The words after a possessive: "assistant" of "coach boone s assistant"."""
    words = fold(subject).split()
    return set(words[words.index("s") + 1 :]) if "s" in words else set()


def _same_owner(owner: str, of: str, known: tuple[str, ...]) -> bool:
    """ "tonya" is "Harding" when the reviews name Tonya Harding; "coach boone" is Boone."""
    full = [of, *(n for n in known if fold(of) in fold(n).split())]
    surname = owner.split()[-1:]
    return any(is_name(owner, n) or owner in fold(n).split() or surname == fold(n).split()[-1:] for n in full)


def _part_label(credit: Credit) -> str:
    if credit.character:
        return credit.character
    if credit.description in _OWN_SELF:
        return _OWN_SELF[credit.description]  # "Tom Cruise plays himself"
    if credit.description:
        # ("the Laytons' bombshell neighbor", "Marie's sister")
        owner = (f"{credit.of}' " if credit.of.endswith("s") else f"{credit.of}'s ") if credit.of else "the "
        return owner + credit.description
    return ""


# a real person's part: their own (said of one of "A and B as themselves", without a gender)
_OWN_SELF = {"himself": "himself", "herself": "herself", "themselves": "themself"}


def _describes(description: str) -> bool:
    """A description worth repeating ("linguist", "nightclub singer"), not a scrap ("old", "members")
    nor the part's place in the film ("title character")."""
    return len(description) >= 5 and not description.endswith("s") and not _PLACE_IN_FILM.search(description)


_PLACE_IN_FILM = re.compile(r"\b(?:title|lead|leading|main|central|eponymous)\b", re.IGNORECASE)


def _cited(view: View, req: Request, film: FilmRef, credit: Credit, text: str, conf: float) -> Answer:
    quote, hits = _told(view, film, credit, conf)
    return ev.make(req, "cast", f"{text} {quote}" if quote else text, film, conf, hits)


def _told(view: View, film: FilmRef, credit: Credit, conf: float) -> tuple[str, tuple[Hit, ...]]:
    """The sentence a credit was read from, quoted, and its citation; for a part taken from a cast
    list, the sentence that says what the part is."""
    told = None if credit.evidence or not _part_label(credit) else _part_sentence(view, film, credit)
    if told is not None:
        return ev.quote(told[0]), (Hit(told[1], support=conf),)
    quote = ev.quote(credit.evidence) if credit.evidence else ""
    return quote, ev.dedupe([ev.cite(view, film, credit.review_id, credit.evidence, conf)])


def _part_sentence(view: View, film: FilmRef, credit: Credit) -> tuple[str, Passage] | None:
    """The sentence that gives the actor's part ("It stars Adam Sandler as the title character, an
    unsuccessful ice hockey player …", "star quarterback Flash Gordon (Jones)"): it names the actor
    and the part, or the actor with a part cue."""
    surname = re.escape(credit.person.rsplit(maxsplit=1)[-1])
    best: tuple[int, str, Passage] | None = None
    for passage in view.passages(film):
        for sentence in ev.sentences(passage):
            if not re.search(rf"\b{surname}\b", sentence):
                continue
            score = 2 * bool(credit.character and credit.character in sentence) + bool(
                _PART_CUE.search(sentence)
            )
            if score and (best is None or score > best[0]):
                best = (score, sentence, passage)
    return None if best is None else (best[1], best[2])


STATED_CONF = 0.6  # a credit read this surely is stated; below, "the review mentions"


def _stated(credit: Credit, text: str) -> str:
    """Weak evidence is not stated as certain."""
    return text if credit.confidence >= STATED_CONF else "The review mentions that " + text


def _mirrored(subject: str, facts: FilmFacts) -> tuple[Credit, Credit] | None:
    """ "kat's sister" when the review calls Kat "Bianca's sister": (Bianca's credit, Kat's)."""
    roles, owner, _ = _subject_parts(subject)
    if not owner or not roles or not roles <= _SYMMETRIC:
        return None
    for c in facts.cast:
        if not (c.of and c.character and is_name(owner, c.character)):
            continue
        if roles & _role_words(c.description or ""):
            other = next((o for o in facts.cast if o.character and is_name(c.of, o.character)), None)
            if other is not None:
                return other, c
    return None


def _known_names(facts: FilmFacts) -> tuple[str, ...]:
    return (*facts.people, *(c.character for c in facts.cast if c.character))


def names_part(view: View, said: str, facts: FilmFacts) -> bool:
    """Whether words said about a film name one of its parts, by name or by description ("emily",
    "the mad scientist", "the high school kid")."""
    known = _known_names(facts)
    return (
        any(_part_match(said, c, known) >= PART_MATCH for c in facts.cast)
        or _named_after_description(said, facts) is not None  # ("her dad, dr sloper")
        or _closest_in_meaning(view, said, facts) is not None
    )


def part_name(said: str, facts: FilmFacts) -> str | None:
    """The name of the part words said about a film describe ("the count" → Count Dracula), if a
    credit names it."""
    best = _best_part(said, facts)
    return best[1].character if best is not None else None


PART_MATCH = 85


def _first_and_last(name: str) -> tuple[str, ...]:
    # ("Martin Luther King Jr.": King is his last name)
    words = [w for w in fold(name).replace(".", " ").split() if w not in _NAME_SUFFIXES]
    return (*words[:1], *words[-1:])


_NAME_SUFFIXES = wordset("jr sr ii iii iv")


def _named_with_relation(subject: str, credit: Credit, owner: str | None) -> bool:
    """ "aron, the youngest brother" (a name, then what he is, whatever his age); "and his brother
    zus", "her sister marie" (the relation, then the name): the part whose first name is said."""
    words = fold(subject).split()
    first = fold(credit.character or "").split()[:1]
    if not first or not words:
        return False
    apposed = words[1:2] in (["the"], ["a"]) and words[:1] == first
    last = words[-1]
    after = last not in ROLE_SYNONYMS and last not in (owner or "").split() and [last] == first
    return apposed or after


def _nickname_of(said: str, character: str) -> bool:
    """ "sully" for Sullivan, "ally" for Allison: one word asked, the start of a word of the name
    (three letters or more) and "y" or "ie"; or "gus" for Augustus, inside the first name."""
    if " " in said or len(said) < 3:
        return False
    words = fold(character).split()
    # ("gus" for Augustus: a short form inside the first name, which the name runs on past)
    inside = bool(words) and said in words[0][1:-2] and said not in ev.STOP and len(words[0]) >= len(said) + 3
    stem = re.sub(r"(?:ie|y)$", "", said)
    opening = (
        stem != said and len(stem) >= 3 and any(w.startswith(stem) and len(w) > len(stem) + 1 for w in words)
    )
    return inside or opening


def _with_apostrophe(subject: str, known: tuple[str, ...]) -> str:
    """ "coach boones assistant" is coach Boone's assistant: a name of the film's typed with "s" and
    no apostrophe, before the part asked about."""
    names = {w for n in known for w in fold(n).split() if len(w) > 2}
    words = fold(subject).split()
    return " ".join(
        f"{w[:-1]} s" if i < len(words) - 1 and w.endswith("s") and w[:-1] in names and w not in names else w
        for i, w in enumerate(words)
    )


def _owner_named(subject: str, facts: FilmFacts, known: tuple[str, ...]) -> str:
    """ "the sick girl s dad" is "deirdre striden s dad" when one part, and only one, is the sick girl
    (a girl: "Deirdre Striden (Foster), a perceptive 11-year-old girl"): whose part, by its name."""
    words = fold(subject).split()
    if "s" not in words[1:-1]:
        return subject
    owner, rest = words[: words.index("s")], words[words.index("s") :]
    whose = " ".join(owner)
    # ("doris day s drunk mom" is Melinda Howard's mother: an actor's part, by the name it is given)
    played = {fold(c.character or "") for c in facts.cast if c.character and is_name(whose, c.person)}
    mapped = " ".join([played.pop(), *rest]) if len(played) == 1 else None
    best = _best_part(mapped, facts) if mapped else None
    # (unless the part found is the actor's own: "dicaprios partner" is not DiCaprio)
    if mapped and best is not None and not is_name(whose, best[1].person):
        return mapped
    if any(is_name(whose, n) for n in known):
        return subject
    matched = [c for c in facts.cast if c.character and _part_match(whose, c, known) >= PART_MATCH]
    named = {fold(c.character or "") for c in matched}
    return " ".join([named.pop(), *rest]) if len(named) == 1 else subject


def _someone_dropped(rest: str) -> list[str]:
    """The words asked without those that only say it is someone ("the spy guy": the spy)."""
    words = fold(rest).split()
    return [w for w in words if w not in _SOMEONE] or words


def _best_part(subject: str, facts: FilmFacts) -> tuple[float, Credit] | None:
    """The credit whose part best matches the words asked, and how well (None: no part matches)."""
    known = _known_names(facts)
    parts = frozenset(w for c in facts.cast for w in fold(c.description or "").split())
    scored = [(m, c) for c in facts.cast if (m := _part_match(subject, c, known, parts)) >= PART_MATCH]
    return max(scored, key=lambda t: (t[0], t[1].confidence)) if scored else None


def _part_answer(
    view: View, req: Request, film: FilmRef, best: tuple[float, Credit], facts: FilmFacts | None = None
) -> Answer:
    m, credit = best
    conf = credit.confidence * m / 100
    shared = _sharing_the_part(credit, facts) if facts is not None else []
    if len(shared) > 1 and (_plural(credit.description or "") or _plural(req.subject or "")):
        # "who plays the three surfers": everyone credited with that part ("as California surfers")
        names = ev.listing([c.person for c in shared])
        return _cited(
            view, req, film, credit, f"{names} play the {credit.description} in {film.label}.", conf
        )
    text = _stated(credit, f"{credit.person} plays {_part_label(credit)} in {film.label}.")
    return _cited(view, req, film, credit, text, conf)


def _sharing_the_part(credit: Credit, facts: FilmFacts) -> list[Credit]:
    """The credits given the same described part, unnamed ("X, Y and Z as California surfers")."""
    if credit.character or not credit.description:
        return []
    said = fold(credit.description)
    return [c for c in facts.cast if not c.character and fold(c.description or "") == said]


def _plural(phrase: str) -> bool:
    """ "the three surfers", "california surfers", "the women": a part asked or credited in the plural."""
    words = fold(phrase).split()
    last = words[-1] if words else ""
    counted = bool(set(words) & {"2", "3", "4", "two", "three", "four", "both", "all"})
    return (
        counted
        or last.endswith(("men", "children", "people"))  # ("the firemen", "two policemen")
        or (len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is")))
    )


def _before_its_clause(subject: str) -> str:
    """ "the crazy temp that goes after beyonces husband": the part is what comes before its clause, when
    it says enough alone (not "the old man that kisses the bride": a man, which the clause tells)."""
    head = _without_clause(fold(subject))
    said = [w for w in head.split() if w not in _POSSESSIVE_PRONOUNS | _AGES | _SOMEONE]
    return head if len(said) >= 2 else subject


def _by_part(view: View, req: Request, facts: FilmFacts, film: FilmRef) -> Answer | None:
    known = _known_names(facts)
    subject = _owner_named(_with_apostrophe(req.subject or "", known), facts, known)
    best = _best_part(subject, facts) or _best_part(_before_its_clause(subject), facts)
    best = best or _named_after_description(subject, facts)
    if best is not None:
        return _part_answer(view, req, film, best, facts)
    mirrored = _mirrored(subject, facts)
    if mirrored is not None:
        other, named = mirrored
        conf = min(other.confidence, named.confidence)
        part = re.sub(r" s\b", "'s", req.subject or "")
        text = _stated(other, f"{other.person} plays {other.character}, {part}, in {film.label}.")
        if named.evidence:
            text += " " + ev.quote(named.evidence)
        hits = ev.dedupe([ev.cite(view, film, named.review_id, named.evidence, conf)])
        return ev.make(req, "cast", text, film, conf, hits)
    return (
        _lead(view, req, facts, film)
        or _title_named_part(view, req, facts, film)
        or _by_family_name(view, req, subject, facts, film)
    )


def _named_after_description(subject: str, facts: FilmFacts) -> tuple[float, Credit] | None:
    """ "the bad guy burke", "the villain burke": what the part is, then its name — the part of that
    name (its description may be another word: "their rival Nathaniel Burke")."""
    words = fold(subject).split()
    said = next(
        (
            i
            for i, w in enumerate(words)
            if not (w in _POSSESSIVE_PRONOUNS or w in ROLE_SYNONYMS or w in _SOMEONE)
        ),
        0,
    )
    if not 0 < said < len(words) or not any(w in ROLE_SYNONYMS for w in words[:said]):
        return None
    known = _known_names(facts)
    name = " ".join(words[said:])
    scored = [
        (m, c)
        for c in facts.cast
        if c.character and (m := _by_name(name, name, c.character, known)) >= NAMED_PART
    ]
    # (the one that name fits best: "dr sloper" is Dr. Sloper, not his daughter Catherine Sloper)
    top = max((m for m, _ in scored), default=0.0)
    best = [(m, c) for m, c in scored if m == top]
    return best[0] if len(best) == 1 else None


_TITLE_PART = re.compile(r"\b(?:title|titular|eponymous) (?:character|role|part)\b")


def _title_named_part(view: View, req: Request, facts: FilmFacts, film: FilmRef) -> Answer | None:
    """ "who plays weird al" in Weird: The Al Yankovic Story, "who plays peggy sue" in Peggy Sue Got
    Married: the person the title names — the one part credited by another of the title's names
    ("Radcliffe as Yankovic"), else the star the film's opening sentence describes without a name
    ("starring Kathleen Turner as a woman on the verge of a divorce"), said as a reading."""
    said = set(fold(req.subject or "").split()) - _POSSESSIVE_PRONOUNS - _SOMEONE - _TITLE_PART_ASIDES
    named = set(title_key(film.title).split()) - ev.STOP
    # ("dr x" of The Return of Doctor X: a title's word shortened)
    said, named = {short_form(w) for w in said}, {short_form(w) for w in named}
    if not said or not said <= named or re.search(r"\w['’]s\b", film.title) or not facts.cast:
        return None
    titled = {c.person: c for c in facts.cast if c.character and set(fold(c.character).split()) & named}
    opening = ev.opening_sentence(view.passages(film))
    lead = next((c for c in facts.cast if c.evidence and c.evidence in opening), None)
    own = lead is not None and lead.description in _OWN_SELF
    # ("Humphrey Bogart as the title character")
    title_part = [c for c in facts.cast if c.description and _TITLE_PART.search(c.description)]
    if len(titled) == 1:
        credit = next(iter(titled.values()))
        text = f"{credit.person} plays {credit.character} in {film.label}."
    elif not titled and len(title_part) == 1:
        credit = title_part[0]
        text = f"{credit.person} plays the title character in {film.label}."
    elif own and lead is not None and not set(fold(req.subject or "").split()) & _AGES:
        # "starring Pancho Villa as himself" (but "young villa" is someone else: a younger version)
        credit = lead
        text = f"{credit.person} plays {_part_label(credit)} in {film.label}."
    elif not titled and lead is not None and not lead.character and lead.description and not own:
        credit = lead
        text = f"{credit.person} leads the cast of {film.label}, probably as the part it is named for."
    elif (
        not titled
        and len({c.person for c in facts.cast}) == 1
        and not facts.cast[0].character
        and len(req.films) <= 1
    ):
        # ("dr jekyll and mr hyde 1920 who played jekyll": "The film, which stars John Barrymore, …",
        # the one star its review names)
        credit = facts.cast[0]
        text = f"The reviews of {film.label} name one star, {credit.person}, probably in the part it is named for."
    else:
        return None
    conf = min(credit.confidence, TITLE_NAMED_CONF)
    hits = ev.dedupe([ev.cite(view, film, credit.review_id, credit.evidence, conf)])
    return ev.make(
        req, "cast", f"{text} {ev.quote(credit.evidence)}" if credit.evidence else text, film, conf, hits
    )


TITLE_NAMED_CONF = 0.45  # a part read from the title's names, not from a credit naming it


_FAMILY = frozenset(
    {"spouse", "mother", "father", "sister", "brother", "child", "grandmother", "grandfather"}
)


def _by_family_name(view: View, req: Request, subject: str, facts: FilmFacts, film: FilmRef) -> Answer | None:
    """ "john proctor's wife" when the review says only "Joan Allen as Elizabeth Proctor": the one
    other part of the family name, said as what the review suggests."""
    roles, owner, _ = _subject_parts(subject)
    if not roles or not roles <= _FAMILY:
        return None
    # ("in the heiress who plays her dad": the one the film is about, its first part named in full)
    lead = next((c for c in facts.cast if len(fold(c.character or "").split()) >= 2), None)
    pronoun = fold(subject).split()[:1] in (["her"], ["his"])
    if not owner and pronoun and lead is not None:
        owner = lead.character
    if not owner:
        return None
    owners = [c for c in facts.cast if c.character and is_name(owner, c.character)]
    # ("churchills wife": the possessive typed without its apostrophe)
    if not owners and owner.endswith("s"):
        owners = [c for c in facts.cast if c.character and is_name(owner[:-1], c.character)]
    # ("churchill": the part named so exactly, not Clementine Churchill, who is of the family asked of)
    exact = {fold(owner), fold(owner).removesuffix("s")}
    owners = [c for c in owners if fold(c.character or "") in exact] or owners
    # (a part named by its family name alone, "Gary Oldman as Churchill", gives it too)
    family = {fold(c.character or "").split()[-1] for c in owners if fold(c.character or "").split()}
    owning = {o.person for o in owners}
    kin = {
        c.person: c
        for c in facts.cast
        if c.character and c.person not in owning
        and len(fold(c.character).split()) >= 2 and fold(c.character).split()[-1] in family
    }  # fmt: skip
    if len(family) != 1 or len(kin) != 1:
        return None
    credit = next(iter(kin.values()))
    asked = " ".join(sorted(_asked_of(subject))) or " ".join(fold(subject).split()[1:])
    part = f"{owners[0].character}'s {asked}"
    conf = min(credit.confidence, 0.5)
    text = (
        f"The review doesn't say who plays {part}; it names one other {(credit.character or '').split()[-1]}: "
        f"{credit.person} as {credit.character} in {film.label}."
    )
    return _cited(view, req, film, credit, text, conf)


#: cosine of the words asked with a described part (MiniLM, int8), and its lead over the closest part
#: of anyone else. Measured on the 373 read dev questions asking a described part: the best part at
#: 0.50 or more and 0.15 ahead was the one asked for 131 times in 132 ("the mailman"/"postal worker"
#: .54); below 0.50 wrong parts come in ("the villain"/"title character" .49, "warlock"/"witch-hunter").
MEANING_FLOOR = 0.5
MEANING_LEAD = 0.15
_SOMEONE = frozenset({"guy", "dude", "lady", "person", "character", "fella", "bloke", "one", "s"})
_TITLE_PART_ASIDES = frozenset({"the", "a", "actual", "real", "old", "young", "little", "himself", "herself"})


def _described_as(credit: Credit) -> str:
    """A part's description with the words its sentence puts before it ("postal worker", "mad
    scientist", "ambitious would-be starlet"): the head noun alone loses what the part is."""
    description = credit.description or ""
    # (after an article, a comma or "and": the words of a noun phrase, not a verb's "deceive")
    m = re.search(
        rf"(?:^|[,(]\s*|\b(?:and|a|an|the|as|his|her|their|its)\s+)((?:[a-z][\w-]*\s+){{1,2}}){re.escape(description)}\b",
        credit.evidence or "",
    )
    before: list[str] = []
    for w in m.group(1).split() if m else []:
        # (the words after the last small one: "and befriends an amnesiac woman" is no "befriends" woman)
        before = [] if w in ev.STOP else [*before, w]
    return " ".join([*before, description])


_CLAUSE = re.compile(
    r"(?:\s+(?:from|in|of|at)\s+[\w'’-]+){0,2}\s+((?:who|whom|whose|that)\s+[^,;:.()]{3,120})"
)


def _clause_of(credit: Credit) -> str:
    """The clause the part's sentence tells of it right after its description ("worker from Oklahoma
    who sets out … to prove his convicted daughter's innocence"), or ""."""
    evidence, description = credit.evidence or "", credit.description or ""
    at = evidence.find(description)
    m = _CLAUSE.match(evidence[at + len(description) :]) if at >= 0 else None
    return m.group(1) if m else ""


_CHILD_OF = re.compile(
    r"\b(his|her)\s+(?:[\w'’-]+\s+){0,2}?(?:son|sons|daughter|daughters|child|children|kids?|baby)\b"
)


def _parent_by_clause(credit: Credit) -> str | None:
    """ "a factory worker who … is saving for an operation to prevent her young son from …": the
    part's own clause naming its child makes it a mother ("her") or a father ("his")."""
    m = _CHILD_OF.search(_clause_of(credit))
    return None if m is None else {"his": "father", "her": "mother"}[m.group(1)]


def _closest_in_meaning(
    view: View, subject: str, facts: FilmFacts, story: tuple[str, ...] = ()
) -> Credit | None:
    """The one described part far closer in meaning to the words asked than anyone else's (or the one
    part whose own clause makes it the mother or father asked for); `story`: the film's passages."""
    # (without the words that only say it is someone: "the dinosaur professor guy")
    said = " ".join(w for w in fold(subject).split() if w not in _POSSESSIVE_PRONOUNS | _SOMEONE)
    described = [c for c in facts.cast if c.description]
    if not said or not described:
        return None
    sims = view.similarity(said, [_described_as(c) for c in described])
    # (the part asked is the first role word: "the dad trying to get his daughter out of prison")
    head = next((ROLE_SYNONYMS[w] for w in _role_text(said) if w in ROLE_SYNONYMS), None)
    if head in {"mother", "father"}:
        # one part whose own clause names its child
        parents = [i for i, c in enumerate(described) if _parent_by_clause(c) == head]
        if len(parents) == 1:
            sims[parents[0]] = 1.0
    best = max(range(len(described)), key=lambda i: (sims[i], described[i].confidence))
    credit = described[best]
    rival = max((x for x, c in zip(sims, described, strict=True) if c.person != credit.person), default=0.0)
    # kin and other role words name kinds of part that close meanings do not cross ("the mother" is
    # no one's wife, however near the words)
    asked, told = _role_words(said), _role_words(credit.description or "")
    if asked and told and not asked & told:
        return None
    # (and whose part it is: "joan's mother" is not the mother of Cherie; but "the horse's owner" may
    # be Secretariat's, a word the reviews write in lower case being no name)
    _, owner, _ = _subject_parts(subject)
    word = (owner or "").split()[-1:]
    common = bool(word) and any(re.search(rf"\b{re.escape(word[0])}\b", t) for t in story)
    if not common and _whose_score(owner, credit, _known_names(facts)) < 0:
        return None
    if _contradicts(set(said.split()), set(fold(_described_as(credit)).split())):
        return None  # "the oldest son" is not the youngest
    return credit if sims[best] >= MEANING_FLOOR and sims[best] - rival >= MEANING_LEAD else None


def _by_meaning(view: View, req: Request, facts: FilmFacts, film: FilmRef) -> Answer | None:
    """ "the high school kid" for the part a review describes as a "school student", said as what the
    review mentions."""
    credit = _closest_in_meaning(view, req.subject or "", facts, tuple(p.text for p in view.passages(film)))
    if credit is None:
        return None
    conf = min(credit.confidence, 0.5)
    # (in the words the review describes the part with: "an unemployed oil-rig worker", not "the worker")
    described = ev.a(_described_as(credit))
    part = (
        f"{credit.character}, {described},"
        if credit.character
        else _part_label(credit)
        if credit.of
        else described
    )
    text = f"The review mentions {credit.person} as {part} in {film.label}."
    return _cited(view, req, film, credit, text, conf)


_TITLE_ROLE = re.compile(r"\b(?:title|titular|eponymous|name) (?:role|character|part)\b")
_LEAD_ROLE = re.compile(
    r"\b(?:title|titular|eponymous|leading|lead|starring|main) (?:role|character|part)\b", re.IGNORECASE
)


def _lead_sentence(view: View, facts: FilmFacts, film: FilmRef) -> tuple[str, str, str, Passage] | None:
    """ "stars Angela Bettis in the leading role": the actor a sentence gives the lead, and the part as
    the sentence names it ("leading role", "title character")."""
    for passage in view.passages(film):
        for sentence in ev.sentences(passage):
            role = _LEAD_ROLE.search(sentence)
            if role is None:
                continue
            before = sentence[: role.start()]
            # the actor named last before it, by full name or surname ("with Giovanni Ribisi in
            # supporting roles, and MacFarlane providing the voice of the title character")
            named = [(_last_named(before, c.person), c.person) for c in facts.cast]
            if max(named, default=(-1, ""))[0] >= 0:
                return max(named)[1], role.group().lower(), sentence, passage
    return None


def _about_them(view: View, film: FilmRef, said: str) -> bool:
    """Whether the film's opening sentence says it is about the person named ("a 1951 war film about
    the role of German Field Marshal Erwin Rommel", "based on the life of singer-actor Bobby Darin",
    "subtitled The Story of Franz Liszt")."""
    opening = fold(ev.opening_sentence(view.passages(film)))
    return re.search(rf"{_ABOUT.pattern}.{{0,80}}\b{re.escape(said)}\b", opening) is not None


_ABOUT = re.compile(r"\b(?:about|life of|story of|biography of|biopic of)\b")


def _about_guess(view: View, req: Request, facts: FilmFacts, film: FilmRef, said: str) -> Answer | None:
    """ "who plays bobby darin in beyond the sea": a film about the person asked whose reviews pair no
    one with them, most likely played by its first-billed star (said as a likelihood, with why)."""
    star = story_lead.first_billed(view, facts, film)
    opening = ev.opening_sentence(view.passages(film))
    named = re.search(rf"\b{re.escape(said)}\b", opening, re.IGNORECASE)
    if star is None or named is None:
        return None
    text = (
        f"Probably {star}: my reviews don't pair them, but {film.label} is about {named.group()}, and {star} "
        f"is billed first. {ev.quote(opening)}"
    )
    return ev.make(
        req, "cast", text, film, LEAD_GUESS, ev.dedupe([ev.cite(view, film, None, opening, LEAD_GUESS)])
    )


def _last_named(text: str, person: str) -> int:
    """Where the text last names the person, by full name or by surname (-1: nowhere)."""
    surname = person.rsplit(maxsplit=1)[-1] if person.strip() else person
    found = [m.start() for m in re.finditer(rf"\b(?:{re.escape(person)}|{re.escape(surname)})\b", text)]
    return max(found, default=-1)


def _cut_short(said: str, word: str) -> bool:
    """ "huck" for Huckleberry, "tom" for Tommy: the start of a longer name, as a nickname."""
    return len(said) >= CUT_MIN and len(word) >= len(said) + CUT_MIN - 1 and word.startswith(said)


CUT_MIN = 3  # letters of a name cut short, and at least as many (less one) cut off it


_PERSONS_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)? [A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def _lead(view: View, req: Request, facts: FilmFacts, film: FilmRef) -> Answer | None:
    """ "who's the main guy": with no part described as the lead, the first-billed actor."""
    roles, owner, _ = _subject_parts(req.subject or "")
    # "carrie 2002 who plays carrie": the part is the title; "alice" in Alice in Wonderland only with a
    # title role stated ("the mayor" is not the first-billed actor of The Mayor of Hell)
    whole_title = (
        fuzz.ratio(title_key(req.subject or ""), title_key(film.title)) >= 90
        or _TITLE_ROLE.search(req.subject or "") is not None  # "who plays the title role"
    )
    # "who plays the dad in father of the bride": the part the title is named for
    # (not "nemo's dad": a part of somebody's is no title's part)
    # (not "the wife" in The Time Traveler's Wife: the traveler leads the cast, not his wife)
    owned_title = re.search(r"\w['’]s\b", film.title) is not None
    whole_title = whole_title or bool(
        roles and not owner and not owned_title and roles <= _role_words(title_key(film.title))
    )
    # ("anna karenina 1935 who plays anna": a title that is a person's first and last name, asked by
    # one of them; not "the canary" of The Canary Murder Case)
    words = fold(req.subject or "").split()
    whole_title = whole_title or bool(
        _PERSONS_NAME.fullmatch(film.title)
        and len(words) == 1
        and not roles
        and words[0] in title_key(film.title).split()
    )
    # ("the actual sergeant" in Immortal Sergeant: a part named by the title's own words)
    # ("the old guy uncle drew himself": how the part is described, then the title's words)
    said = set(fold(req.subject or "").split()) - _POSSESSIVE_PRONOUNS - _SOMEONE - _TITLE_PART_ASIDES
    in_title = whole_title or is_name(req.subject or "", film.title)
    in_title = in_title or bool(said and not owned_title and said <= set(title_key(film.title).split()))
    # ("huckleberry finn 1939 who played huck": a name of the title cut short, as people call the part)
    in_title = in_title or (
        len(said) == 1
        and not owned_title
        and any(_cut_short(w, t) for w in said for t in title_key(film.title).split())
    )
    # ("who plays rommel in the desert fox": a film about the person asked, its title role stated)
    about = not in_title and not roles and bool(said) and _about_them(view, film, " ".join(words))
    if not (roles == {"hero"} or in_title or about) or not facts.cast:
        return None
    stated = _lead_sentence(view, facts, film)
    if stated is not None and about and not stated[1].startswith(("titl", "eponymous")):
        return None
    if stated is None and about:
        return _about_guess(view, req, facts, film, " ".join(words))
    # (not the first billed when their part is another: "who plays the priest" in To Kill a Priest is not
    # Ed Harris, the police captain)
    billed = fold(facts.cast[0].description or "").split()
    other_part = bool(roles and billed and not roles & set(billed) and roles != {"hero"})
    if stated is None and (other_part or not (roles == {"hero"} or whole_title)):
        return None
    if stated is not None:
        person, named, sentence, passage = stated
        conf = 0.6
        # (the part as the sentence names it: "the title character" is not always the lead)
        part = f"the {named}" if named.startswith(("titl", "eponymous")) else "the lead"
        text = f"{person} plays {part} in {film.label}. {ev.quote(sentence)}"
        return ev.make(req, "cast", text, film, conf, [Hit(passage, support=conf)])
    return _billed_lead(view, req, facts, film)


def _billed_lead(view: View, req: Request, facts: FilmFacts, film: FilmRef) -> Answer:
    """The first-billed actor as the lead; or, asked for the leading lady, the stars (the billing
    does not say which of them she is)."""
    if set(fold(req.subject or "").split()) & _GENDERED_LEAD:
        # "who's the leading lady": the first billed may be the leading man; the stars, said as such
        stars = _listed(facts)
        text = f"{film.label} stars {ev.listing(stars)}; my reviews don't say which of them is {req.subject}."
        return ev.make(
            req, "cast", text, film, LEAD_GUESS, ev.dedupe([ev.cite(view, film, None, "", LEAD_GUESS)])
        )
    credit = facts.cast[0]
    conf = min(credit.confidence, 0.6)
    part = f" ({_part_label(credit)})" if _part_label(credit) else ""
    text = f"{credit.person}{part} leads the cast of {film.label}."
    return ev.make(
        req,
        "cast",
        text,
        film,
        conf,
        ev.dedupe([ev.cite(view, film, credit.review_id, credit.evidence, conf)]),
    )


# words that ask for the female lead, whom the billing alone does not tell (the first billed is most
# often the leading man)
_GENDERED_LEAD = wordset("lady woman female actress girl heroine")


# stars by the names people call them, which reviews and cast lists also use ("The Rock" in one, "Dwayne
# Johnson" in the other)
_NICKNAMES = {
    "the rock": "dwayne johnson",
    "arnie": "arnold schwarzenegger",
    "sly": "sylvester stallone",
    "jlo": "jennifer lopez",
    "j lo": "jennifer lopez",
    "marky mark": "mark wahlberg",
    "the duke": "john wayne",
    "bogie": "humphrey bogart",
    "scarjo": "scarlett johansson",
}


def _also_called(said: str) -> set[str]:
    """The name said, and the star's other name when it is a nickname (either way round)."""
    key = fold(said).strip()
    full = _NICKNAMES.get(key) or _NICKNAMES.get(f"the {key}")  # ("the rock": its article may go)
    return {key, full} if full else {key, *(k for k, v in _NICKNAMES.items() if v == key)}


def _by_actor(view: View, req: Request, facts: FilmFacts, film: FilmRef) -> Answer | None:
    """ "what role does riley keough play", and "who do clyde beatty and mickey spillane play"."""
    sides = re.split(r"\s+(?:and|&)\s+", req.subject or "")
    if len(sides) == 2 and all(sides):
        return _by_two_actors(view, req, facts, film, sides)
    return _by_one_actor(view, req, facts, film)


def _by_one_actor(view: View, req: Request, facts: FilmFacts, film: FilmRef) -> Answer | None:
    credits = _credits_of_actor(req.subject or "", facts)
    if not credits:
        return None
    credit, parts = _actors_part(credits, film)
    if parts and _guess_over_lead_part(parts):
        # "It stars Zhang Ziyi in the lead role" and the story follows Chiyo: probably hers
        guessed = _followed_by_star(view, req, facts, film, credit.person)
        if guessed is not None:
            return guessed
    if parts:
        text = _stated(credit, f"{credit.person} plays {_part_said(view, film, credit)} in {film.label}.")
        return _cited(view, req, film, credit, text, credit.confidence)
    return (
        _read_part_of(view, req, facts, film, credit.person)
        or _part_in_other_films(view, req, facts, film, credit.person)
        or _named_for_star(view, req, facts, film, credit.person)
        or _followed_by_star(view, req, facts, film, credit.person)
        or _part_untold(view, req, film, credit)
    )


def _part_untold(view: View, req: Request, film: FilmRef, credit: Credit) -> Answer:
    """The actor is credited, with no part read or guessed."""
    text = f"{credit.person} is in the cast of {film.label}; my reviews don't say which part."
    conf = min(credit.confidence, 0.5)
    story = story_lead.followed(view, film)
    if story is not None:
        # whom the story follows, quoted as the reviews say it, not given as the actor's part:
        # the reader can tell ("… tells the story of Richard and Mildred Loving")
        text = text[:-1] + f", but they say whom the story follows: {ev.quote(story.sentence)}"
        return ev.make(req, "cast", text, film, conf, [Hit(story.passage, support=conf)])
    return _cited(view, req, film, credit, text, conf)


def _credits_of_actor(said: str, facts: FilmFacts) -> list[Credit]:
    """The credits of the actor said: by name or nickname, by a shortened first name, by initials."""
    names = _also_called(said)
    return (
        [c for c in facts.cast if any(is_name(n, c.person) for n in names)]
        or _by_short_name(said, facts)
        or [c for c in facts.cast if by_initials(said, c.person)]  # "rdj"
    )


def _actors_part(credits: list[Credit], film: FilmRef) -> tuple[Credit, list[Credit]]:
    """The credit to answer with, and those of the actor's credits that give a part."""
    parts = [c for c in credits if _part_label(c)]
    # a part's own name before the title role ("Stanley Ipkiss" before "The Mask")
    # (a named part before a group the actor is one of: "Ausiello" over "the lovers")
    # (and a part over what kind of part it is: Akeem Joffer over "the lead role", a priest over "a
    # small role")
    credit = max(
        parts or credits,
        key=lambda c: (
            fold(c.character or "") != fold(film.title),
            not _plural(c.description or ""),
            bool(c.character) or not _KIND_OF_PART.search(c.description or ""),
            c.confidence,
        ),
    )
    return credit, parts


_KIND_OF_PART = re.compile(r"\b(?:role|part)s?$")


def _guess_over_lead_part(parts: list[Credit]) -> bool:
    """Every part read is only "the lead role": whom the story follows may name it."""
    return all(not c.character and story_lead.LEAD_PART.search(c.description or "") for c in parts)


def _part_said(view: View, film: FilmRef, credit: Credit) -> str:
    """The part as an answer says it: "Stanley Ipkiss", "the author, Hunter S. Thompson,", and what
    the reviews say the part is ("Marie, a linguist,")."""
    shown = credit.description if credit.description and _describes(credit.description) else None
    described = f", {ev.a(shown)}," if credit.character and shown else ""
    label = _in_full(view, film, credit) or _part_label(credit)
    named = _named_as_described(view, film, credit)
    return (f"{label}, {named}," if named else label) + described


LEAD_GUESS = 0.4  # a likelihood, not a credit: above the answer threshold, below anything read


def _by_two_actors(
    view: View, req: Request, facts: FilmFacts, film: FilmRef, sides: list[str]
) -> Answer | None:
    """ "who do clyde beatty and mickey spillane play": each one's part, when the reviews give both
    (the sentences quoted once each)."""
    chosen = []
    for side in sides:
        credits = _credits_of_actor(side, facts)
        if not credits:
            return None
        credit, parts = _actors_part(credits, film)
        guessed = _guess_over_lead_part(parts) and _followed_by_star(view, req, facts, film, credit.person)
        if not parts or guessed or credit.confidence < STATED_CONF:
            return None
        chosen.append(credit)
    said = [_part_said(view, film, c) for c in chosen]
    if said[0] == said[1]:
        # "Clark Gable and Loretta Young play the mayors", "… play themselves"
        part = "themselves" if said[0] in _OWN_SELF.values() else said[0]
        text = f"{chosen[0].person} and {chosen[1].person} play {part} in {film.label}."
    else:
        text = f"{chosen[0].person} plays {said[0]} and {chosen[1].person} plays {said[1]} in {film.label}."
    told = [_told(view, film, c, c.confidence) for c in chosen]
    quotes = list(dict.fromkeys(q for q, _ in told if q))
    sources = ev.dedupe([h for _, hits in told for h in hits])
    return ev.make(req, "cast", " ".join([text, *quotes]), film, min(c.confidence for c in chosen), sources)


def _story_lead(view: View, req: Request, facts: FilmFacts, film: FilmRef) -> Answer | None:
    """ "who plays john bennett in ted", "who plays the barber": the character the story follows,
    by name or by how it is described, is most likely the first-billed star's part (of a story about
    two, "a hunter and a sheriff", the star named in that place)."""
    found = story_lead.story_guess(view, facts, film)
    if isinstance(found, story_lead.Pair):
        asked = [i for i, person in enumerate(found.people) if _asks_for(req, person, frozenset())]
        return _pair_guess(req, film, found, asked[0], found.stars[asked[0]]) if len(asked) == 1 else None
    if found is None:
        return None
    star, story = found
    if not _asks_for(req, story.name, story.described):
        return None
    titled = _eponymous(view, req, film, story)
    return (
        _part_answer(view, req, film, (PART_MATCH, titled))
        if titled
        else _lead_guess(req, film, star, story, star)
    )


_EPONYMOUS = re.compile(r"\b(?:eponymous|titular|title)\b")
_VOICED = re.compile(r"\bvoic(?:e|es|ed|ing)\b")  # the voice asked


def _eponymous(view: View, req: Request, film: FilmRef, story: story_lead.Followed) -> Credit | None:
    """ "m3gan who does the voice of the doll", when the story follows "the eponymous … doll": the part
    is the title character, and who is credited with it says who plays it (of two, the one said to
    voice it when the voice is asked)."""
    at = story.sentence.find(story.name)
    told = story.sentence[: at + len(story.name)] if at >= 0 else story.sentence
    if not _EPONYMOUS.search(told.split(",")[-1].lower()):
        return None
    credits = [c for c in view.facts(film).cast if c.character and fold(c.character) == fold(film.title)]
    text = " ".join(p.text for p in view.passages(film))
    voiced = [c for c in credits if re.search(rf"\b{re.escape(c.person)}\W+(?:\w+\W+)?voic", text)]
    asked_voice = _VOICED.search(fold(req.text)) is not None
    chosen = voiced if asked_voice and voiced else credits
    return chosen[0] if len(chosen) == 1 or (chosen and not asked_voice) else None


def _asks_for(req: Request, name: str, around: frozenset[str]) -> bool:
    """Whether the part asked is the one a story names or describes so (with the words around it)."""
    roles, owner, rest = _subject_parts(req.subject or "")
    said = [w for w in rest.split() if w not in ev.STOP and w not in _ANYONE]
    # (and the role words of a description followed unnamed: "a high-priced call girl")
    described = {ROLE_SYNONYMS.get(w, w) for w in around | set(fold(name).split())} | _role_words(name)
    by_name = is_name(req.subject or "", name) or bool(set(said) & set(fold(name).split()))
    # the noun asked for ("the barber", "the state cop"), or the lead itself ("the main kid")
    by_description = (roles or set(said[-1:])) <= described or roles == {"hero"}
    # ("the general's daughter": the daughter of a US Army general, the owner among the words too)
    owned = owner is not None and set(fold(owner).split()) - ARTICLES <= around | set(fold(name).split())
    return not (owner and not owned) and (by_name or by_description)


def _followed_by_star(view: View, req: Request, facts: FilmFacts, film: FilmRef, actor: str) -> Answer | None:
    """ "mark wahlberg in ted, what's his character's name": the first-billed star's part is most
    likely the character the story follows (of a story about two, the one in the star's place)."""
    found = story_lead.story_guess(view, facts, film)
    if isinstance(found, story_lead.Pair):
        return _pair_guess(req, film, found, found.stars.index(actor), None) if actor in found.stars else None
    if found is None or found[0] != actor:
        return None
    return _lead_guess(req, film, actor, found[1], found[1].name)


def _pair_guess(req: Request, film: FilmRef, pair: story_lead.Pair, i: int, star: str | None) -> Answer:
    """The star (or the part) in the same place of two, said as a likelihood with why."""
    guess = star or pair.people[i]
    text = (
        f"Probably {guess}: my reviews don't pair them, but {film.label} is about {pair.people[0]} and "
        f"{pair.people[1]}, and stars {pair.stars[0]} and {pair.stars[1]}, named in that order. "
        f"{ev.quote(pair.sentence)}"
    )
    return ev.make(req, "cast", text, film, LEAD_GUESS, [Hit(pair.passage, support=LEAD_GUESS)])


def _named_for_star(view: View, req: Request, facts: FilmFacts, film: FilmRef, actor: str) -> Answer | None:
    """ "sean connery's part in finding forrester": the first-billed star most likely plays the
    character the title is named for (William Forrester), when no part of theirs is read."""
    named = story_lead.title_character(view, film)
    if named is None or story_lead.first_billed(view, facts, film) != actor:
        return None
    if any(c.character and same_person(c.character, named[0]) for c in facts.cast):
        return None  # the reviews say who plays that character
    name, sentence, passage = named
    text = (
        f"Probably {name}: my reviews don't pair them, but {film.label} is named for {name}, and {actor} "
        f"is billed first. {ev.quote(sentence)}"
    )
    return ev.make(req, "cast", text, film, LEAD_GUESS, [Hit(passage, support=LEAD_GUESS)])


def _lead_guess(req: Request, film: FilmRef, star: str, story: story_lead.Followed, guess: str) -> Answer:
    """The guess (the star, or the part), said as a likelihood with why, citing the story's sentence."""
    text = (
        f"Probably {guess}: my reviews don't pair them, but {film.label} follows {story.name}, and {star} "
        f"is billed first. {ev.quote(story.sentence)}"
    )
    return ev.make(req, "cast", text, film, LEAD_GUESS, [Hit(story.passage, support=LEAD_GUESS)])


def _named_as_described(view: View, film: FilmRef, credit: Credit) -> str | None:
    """ "Bill Murray portrayed the author": the one the reviews name with that word elsewhere ("author
    Hunter S. Thompson's rise to fame"), when one person is."""
    if credit.character or not credit.description or len(credit.description.split()) != 1:
        return None
    pattern = re.compile(
        rf"\b{re.escape(credit.description)} ([A-Z][\w.-]+(?: [A-Z][\w.-]*)+?)(?:['’]s)?\b(?![ ][A-Z])"
    )
    found = {m.group(1) for p in view.passages(film) for m in pattern.finditer(p.text)}
    found = {n for n in found if not same_person(n, credit.person)}
    return found.pop() if len(found) == 1 else None


def _in_full(view: View, film: FilmRef, credit: Credit) -> str | None:
    """A part named by one word, by the full name the reviews give it: the title role "Ray" of Ray is
    Ray Charles (a name that opens with the title, written with capitals); "Rath" is Tom Rath."""
    if not credit.character:
        return None
    if fold(credit.character) == fold(film.title) and (called := _called_by_the_title(view, film)):
        return called
    if " " in credit.character.strip():
        return _named_after_the_title(view, film, credit.character)
    if fold(credit.character) != fold(film.title):
        return _full_name(view, film, credit)
    pattern = re.compile(rf"\b{re.escape(credit.character)} [A-Z][a-z]+\b")
    found = Counter(m.group() for p in view.passages(film) for m in pattern.finditer(p.text))
    return found.most_common(1)[0][0] if found else None


def _called_by_the_title(view: View, film: FilmRef) -> str | None:
    """The title role by the one full name the reviews say goes by the title: 'Rodrigo Díaz de Vivar,
    called "El Cid"', 'Murphy "Barfi" Johnson'."""
    title = re.escape(re.sub(r"[^\w\s'’-]+$", "", film.title))
    name = r"[A-Z][\w'’.-]+(?: (?:(?:de|del|da|di|van|von|le|la) )?[A-Z][\w'’.-]+)+"
    pattern = re.compile(
        rf"\b({name}),? (?:called|known as|nicknamed|dubbed) [\"“]?{title}\b|\b([A-Z][\w'’.-]+ [\"“]{title}[\"”] [A-Z][\w'’.-]+)"
    )
    found = {m.group(1) or m.group(2) for p in view.passages(film) for m in pattern.finditer(p.text)}
    return found.pop() if len(found) == 1 else None


def _named_after_the_title(view: View, film: FilmRef, character: str) -> str | None:
    """ "Don Knotts plays the title character" of The Incredible Mr. Limpet: the one full name the
    reviews give whose surname is the title's last word (Henry Limpet)."""
    words = re.findall(r"[A-Za-z]+", film.title)
    if fold(character) != fold(film.title) or not words or not words[-1][:1].isupper():
        return None
    pattern = re.compile(rf"\b([A-Z][a-z]+) {re.escape(words[-1])}\b")
    own = {fold(w) for w in words}
    found = {
        m.group()
        for p in view.passages(film)
        for m in pattern.finditer(p.text)
        if fold(m.group(1)) not in own and m.group(1).lower() not in ev.STOP
    }
    return found.pop() if len(found) == 1 else None


_NAME_PARTICLES = wordset("de del della da di van von der le la du st")


def _full_name(view: View, film: FilmRef, credit: Credit) -> str | None:
    """ "Gregory Peck as Rath": the part by the one full name the reviews give someone of that surname
    (Tom Rath), when no one the film credits has it."""
    facts = view.facts(film)
    surname = fold(credit.character or "")
    credited = {
        fold(p)
        for p in (
            *(c.person for c in (*facts.cast, *facts.directors, *facts.writers, *facts.others)),
            *ev.credited(view, film),
        )
    }
    # (a name written as one: not "Common as Bevel", a credit the people reader took for a name)
    full = {
        p
        for p in facts.people
        if len(fold(p).split()) >= 2
        and fold(p).split()[-1] == surname
        and fold(p) not in credited
        and all(w[:1].isupper() or w in _NAME_PARTICLES for w in p.split())
    }
    if not full:
        # (a name the people reader missed, written in full in the reviews: "the life of Freddie
        # Mercury" for "Rami Malek as Mercury")
        written = re.compile(rf"\b([A-Z][a-z]+) {re.escape(credit.character or '')}\b")
        full = {
            m.group()
            for p in view.passages(film)
            for m in written.finditer(p.text)
            if m.group(1).lower() not in ev.STOP and fold(m.group()) not in credited
        }
    return full.pop() if len(full) == 1 else None


SHORT_NAME_MIN = 3


def _by_short_name(said: str, facts: FilmFacts) -> list[Credit]:
    """ "leo" for Leonardo DiCaprio: one word that starts (and is shorter than) the first name of
    exactly one actor of the film — people shorten the names of stars."""
    word = fold(said)
    if " " in word or len(word) < SHORT_NAME_MIN:
        return []
    people = {
        c.person
        for c in facts.cast
        if (first := fold(c.person).split()[:1]) and first[0].startswith(word) and first[0] != word
    }
    return [c for c in facts.cast if c.person in people] if len(people) == 1 else []


_PART_CUE = re.compile(r"\bas\b|\(|\brole\b|\bpart\b|\bplay|\bportray|\bvoic", re.IGNORECASE)
_CLOSED_BRACKET = re.compile(r"\([^()]*\)")


def _part_in_sentences(
    view: View, facts: FilmFacts, film: FilmRef, actor: str
) -> tuple[str, str, Passage] | None:
    """A part the credits missed, read where the actor is named: "Keira Knightley stars in the lead
    role of Elizabeth Bennet", "the new rival Lily (Kunis)": the nearest name that is nobody's actor."""
    # only declared or well-read actors: a part misread as an actor must stay a candidate part
    sure = [c for c in facts.cast if c.how == "credits" or c.confidence >= 0.7]
    actors = {fold(c.person) for c in sure} | {
        fold(c.person).split()[-1] for c in sure if fold(c.person).split()
    }
    candidates = [
        n
        for n in facts.people
        if fold(n) not in actors and fold(n).split()[-1:] != [] and fold(n).split()[-1] not in actors
    ]
    surname = actor.rsplit(maxsplit=1)[-1]
    best: tuple[int, str, str, Passage] | None = None
    for passage in view.passages(film):
        for sentence in ev.sentences(passage):
            at = [m.start() for m in re.finditer(rf"\b{re.escape(surname)}\b", sentence)]
            if not at:
                continue
            bracket = re.search(
                rf"([A-Z][\w.'-]+(?: [A-Z][\w.'-]+){{0,2}}) \((?:[\w.'-]+ )?{re.escape(surname)}\)", sentence
            )
            options = [(0, bracket.group(1))] if bracket else []
            # "by Claude Rains' Napoleon": the part after the actor's possessive (not the film's title)
            owned = re.search(
                rf"\b{re.escape(surname)}['’]s? ([A-Z][a-z][\w.'’]*(?: [A-Z][a-z][\w.'’]*){{0,2}})\b(?![-’'])",
                sentence,
            )
            if owned and fold(owned.group(1)) not in fold(film.title):
                options.append((0, owned.group(1)))
            for name in candidates:
                for m in re.finditer(rf"\b{re.escape(name)}\b", sentence):
                    between = sentence[min(m.start(), at[0]) : max(m.start(), at[0])]
                    # a word that makes a part of the name ("as", "plays", a bracket): "Robert Towne and
                    # Beatty provided uncredited contributions" pairs nobody, nor does a bracket closed
                    # between them ("Fernand Gravet (Gravey), and Miliza Korjus": a list)
                    if len(between.split()) <= 10 and _PART_CUE.search(_CLOSED_BRACKET.sub("", between)):
                        options.append((len(between.split()), name))
            for gap, name in options:
                if best is None or gap < best[0]:
                    best = (gap, name, sentence, passage)
    return None if best is None else (best[1], best[2], best[3])


def _everyone(view: View, req: Request, facts: FilmFacts, film: FilmRef) -> Answer | None:
    shown: dict[str, Credit] = {}
    for c in facts.cast:  # best supported first; one line per actor
        if c.person not in shown:
            shown[c.person] = c
        if len(shown) == MAX_LISTED:
            break
    if not shown:
        return None
    names = [f"{c.person} ({_shown_part(c)})" if _shown_part(c) else c.person for c in shown.values()]
    conf = max(c.confidence for c in shown.values())
    text = f"{_cast_opening(film)}{ev.listing(names)}."
    hits = ev.dedupe(ev.cite(view, film, c.review_id, c.evidence, c.confidence) for c in shown.values())
    return ev.make(req, "cast", text, film, conf, hits[:3])


def _cast_opening(film: FilmRef) -> str:
    return f"{film.label} stars "


def lists_the_cast(found: Answer, film: FilmRef) -> bool:
    """The answer is the film's cast list, no part told (`_everyone`)."""
    return found.answer.startswith(_cast_opening(film))


def _shown_part(credit: Credit) -> str:
    """The part beside an actor in a cast list: a name, or a description of one person ("the
    survivors" of four actors says nothing of anyone)."""
    if credit.character or (credit.description and _describes(credit.description)):
        return _part_label(credit)
    return ""


def answer(view: View, req: Request, film: FilmRef | None) -> Answer | None:
    if film is None:
        return _without_film(view, req)
    facts = view.facts(film)
    facts = replace(facts, cast=tuple(_as_what(c) for c in facts.cast))
    req = _actor_named_asking_a_part(_actor_asked_beside_title(req, facts), facts)
    req = _name_before_whose(_name_after_description(req, facts), facts)
    if req.subject and req.subject_role == "actor":
        return (
            _by_actor(view, req, facts, film)
            or _by_part(view, req, facts, film)
            or _named_uncredited(view, req, film)
            or _unlisted(req, facts, film)
        )
    if req.subject:
        facts = _not_the_actor_named(req, facts)
        # "the seeker who plays the rider, the evil guy": a part credited by either of its descriptions
        apposed = _APPOSED_PARTS.fullmatch(req.subject)
        said = apposed.groups() if apposed else ()
        credited = (_by_part(view, replace(req, subject=s), facts, film) for s in said)
        found = next((found for found in credited if found), None) or _by_description(view, req, facts, film)
        # ("who's the guy and who else is in it": the cast asked besides, when the part is not told;
        # "whos the comedian in just neighbors": a performer by what they are, when no part is called so)
        return found or (
            _everyone(view, req, facts, film)
            if _WHO_ELSE.search(fold(req.text)) or _PERFORMER.fullmatch(fold(req.subject))
            else _parent_of_their_child(view, req, facts, film) or _untold(view, req, facts, film)
        )
    return _everyone(view, req, facts, film)


_WHO_ELSE = re.compile(r"\band who else (?:is|s|was|are|were) in\b")
_PERFORMER = re.compile(r"(?:the )?(?:main |lead |big )?(?:comedian|comic|comedienne|star|headliner)")


# the ends of words saying what a part is, by gender ("schoolgirl", "chairwoman", "stepfather")
_SHE_ENDS = (
    "girl",
    "woman",
    "women",
    "wife",
    "mother",
    "sister",
    "daughter",
    "lady",
    "actress",
    "heroine",
    "queen",
    "princess",
    "widow",
)
_HE_ENDS = (
    "boy",
    "man",
    "men",
    "husband",
    "father",
    "brother",
    "son",
    "guy",
    "king",
    "prince",
    "widower",
    "hero",
)


# words that end like a gendered one and say nothing of gender
_NO_GENDER = frozenset(
    {"person", "human", "german", "shaman", "season", "reason", "poison", "mason", "jason"}
)


def _gender(words: list[str]) -> str | None:
    """ "f" or "m" when the words say what a part is by gender, else None."""
    said = {
        "f" if w.endswith(_SHE_ENDS) else "m" if w.endswith(_HE_ENDS) else ""
        for w in words
        if w not in _NO_GENDER
    } - {""}
    return said.pop() if len(said) == 1 else None


def _other_gender(asked: str, described: list[str]) -> bool:
    """Whether the part asked for and a part credited say opposite genders ("the older guy" and a
    "schoolgirl")."""
    want = _gender(fold(asked).split())
    told = [g for d in described if (g := _gender(fold(d).split()))]
    return want is not None and bool(told) and all(g != want for g in told)


_KIN = frozenset(
    {
        "mother",
        "father",
        "sister",
        "brother",
        "stepfather",
        "stepmother",
        "grandmother",
        "grandfather",
        "spouse",
    }
)
KIN_REACH = 6  # words into a part's description where the kin asked for stands ("as Brody's wife")


def _by_told_part(
    view: View, req: Request, facts: FilmFacts, film: FilmRef, *, named: bool = False
) -> Answer | None:
    """ "who plays the girl passing for white": the cast member whose words in the reviews are far the
    closest in meaning to the part asked (described.py); kin asked for must head the part ("her dad"
    is not Catherine, whose abusive father the same words tell of). Said as a reading, not a credit."""
    asked = req.subject or ""
    kin = _role_words(_without_clause(asked)) & _KIN
    # (and whose: "joan's mother" is not the mother of a sentence that never names Joan)
    _, owner, _ = _subject_parts(asked)
    owners = {w for w in (owner or "").split() if len(w) > 2}
    # (nor whose part the one asked about is kin of: "and her boyfriend?" after Sidney is not hers)
    # (an owner read as a name only: not "the creature when it", a clause read as whose)
    named_owner = bool(owners) and not set(fold(owner or "").split()) & (ev.STOP - ARTICLES)
    owning = {
        c.person
        for c in facts.cast
        if named_owner and c.character and owners & set(fold(c.character).split())
    }
    people = [c.person for c in facts.cast] + [c.actor for r in view.reviews(film) for c in r.cast]
    people = [p for p in dict.fromkeys(people) if not described.named_in(asked, p) and p not in owning]
    sentences = ev.film_sentences(view, film)
    parts = [
        part
        for part in described.parts_told([s for s, _ in sentences], people)
        if (not kin or kin & _role_words(" ".join(part.words.split()[:KIN_REACH])))
        and (not owners or owners & set(fold(part.sentence).split()))
        # ("the older guy" is not "Jenny, a bright schoolgirl")
        and not _other_gender(asked, [" ".join(part.words.split()[:KIN_REACH])])
        and not _someone_elses(asked, part.words, named=named)
    ]
    if not parts:
        return None
    found = described.closest(asked, parts, view.similarity(asked, [p.words for p in parts]))
    if found is None:
        return None
    part, _ = found
    conf = TOLD_PART_CONF
    # (the words asked may be a fragment of a question: "the kid whos lost on the island is played by")
    quoted = ev.quote(ev.around(part.sentence, {ev.stem(w) for w in ev.words(f"{part.person} {part.words}")}))
    text = f"The closest part the reviews describe is {part.person}'s, in {film.label}: {quoted}"
    return ev.make(req, "cast", text, film, conf, [Hit(sentences[part.index][1], support=conf)])


def _someone_elses(asked: str, words: str, *, named: bool) -> bool:
    """Whether the words asked stand in a part's description only as someone else it tells of: "the
    angel" is not George Bailey, whose thoughts "bring about the intervention of his guardian angel",
    nor is "clarence" (`named`: a name of the story), the angel's name said there too."""
    wanted = set(fold(_without_clause(asked)).split()) - ev.STOP - _POSSESSIVE_PRONOUNS
    told = fold(words).split()
    at = [i for i, w in enumerate(told) if w in wanted]
    # (where the description opens, it is the part's own: "her sister Lila (Miles)")
    late = bool(at) and all(i >= KIN_REACH for i in at)
    return late and (named or all(set(told[max(0, i - 2) : i]) & _OWNERS for i in at))


_OWNERS = frozenset({"his", "her", "their", "its"})
TOLD_PART_CONF = 0.45  # a reading by meaning: above the answer threshold, below any credit read


def _read_part_of(view: View, req: Request, facts: FilmFacts, film: FilmRef, person: str) -> Answer | None:
    """An actor's part no credit gives, as a sentence names it ("the eponymous Norbit") or words it."""
    read = _part_in_sentences(view, facts, film, person)
    if read is None:
        return _part_told_of(view, req, film, person)
    character, sentence, passage = read
    conf = 0.5
    text = f"The review mentions {person} as {character} in {film.label}: {ev.quote(sentence)}"
    return ev.make(req, "cast", text, film, conf, [Hit(passage, support=conf)])


def _part_told_of(view: View, req: Request, film: FilmRef, person: str) -> Answer | None:
    """ "what does al pacino play in revolution" when no credit gives his part: the words a sentence
    gives it ("The film stars Pacino as a fur trapper in the Province of New York …"), quoted."""
    sentences = ev.film_sentences(view, film)
    parts = described.parts_told([s for s, _ in sentences], [person])
    if not parts:
        return None
    part = parts[0]
    conf = TOLD_PART_CONF
    quoted = ev.quote(ev.around(part.sentence, {ev.stem(w) for w in ev.words(f"{person} {part.words}")}))
    text = f"The reviews describe {person}'s part in {film.label}: {quoted}"
    return ev.make(req, "cast", text, film, conf, [Hit(sentences[part.index][1], support=conf)])


# two descriptions of one part, the comma between them lost: "the rider the evil guy"
# ("swayzes mentor, the older bouncer": whose part, then what it is)
_APPOSED_PARTS = re.compile(
    r"((?:the|his|her|their|\w+s|\w+ s) \w+(?: \w+)?(?<! of)(?<! in)(?<! from)(?<! with)(?<! at)) (the \w+(?: \w+){0,2})"
)


def _by_description(view: View, req: Request, facts: FilmFacts, film: FilmRef) -> Answer | None:
    # (a part its reviews name: neither another part by meaning nor an actor's name slipped)
    named = _a_name_of_its_story(view, req, facts, film)
    return (
        _by_part(view, req, facts, film)
        or (
            None if named else _by_meaning(view, req, facts, film)
        )  # never with no film named: any film has a manager
        or (None if named else _by_actor(view, req, facts, film))
        or _from_sentences(view, req, facts, film)
        or _in_story(view, req, film)
        # (nor a part its reviews name read as another's description: "clarence" is not George Bailey)
        or _by_told_part(view, req, facts, film, named=named)
        or _story_lead(view, req, facts, film)
        or _named_in_story(view, req, facts, film)
        or _by_gender(view, req, facts, film)
        or _by_child(view, req, facts, film)
        or _group(view, req, facts, film)
        or _played_in_other_films(view, req, facts, film)
        or _named_by_title(view, req, facts, film)
        or _unpaired(view, req, facts, film)
    )


def _a_name_of_its_story(view: View, req: Request, facts: FilmFacts, film: FilmRef) -> bool:
    """ "julie & julia who plays julie": a part its reviews write as a name (Julie Powell), which no
    actor's name holds word for word: not an actor's name slipped (Joan Juliet Buck), nor a
    description to read by meaning."""
    words = fold(req.subject or "").split()
    if (
        not words
        or not all(w.isalpha() and w not in ev.STOP for w in words)
        or set(words) & set(ROLE_SYNONYMS)
    ):
        return False
    if any(set(words) <= set(fold(c.person).split()) for c in facts.cast):
        return False
    name = r"\W+".join(re.escape(w.capitalize()) for w in words)
    return re.search(rf"\b{name}\b", _named_text(view, film)) is not None


def _played_in_other_films(view: View, req: Request, facts: FilmFacts, film: FilmRef) -> Answer | None:
    """ "scarlet claw who plays watson": a character of a series (Watson, Boston Blackie, Tarzan) whom
    this film's reviews name but pair with no one, and whom exactly one of its cast plays in other
    films of ours, is most likely theirs here too (said as a guess, with the other film's credit)."""
    words = [w for w in fold(req.subject or "").split() if w not in ev.STOP]
    if (
        not words
        or set(words) & set(ROLE_SYNONYMS)
        or any(c.character and _plays(c, words) for c in facts.cast)
    ):
        return None
    if not _named_as(words).search(_named_text(view, film)):
        return None  # (not Sherlock Holmes in a film of Rathbone's that names no Holmes)
    found = {
        person: credits[0]
        for person in dict.fromkeys(c.person for c in facts.cast)
        for part, credits in _parts_elsewhere(view, film, person).items()
        if set(words) <= set(part.split())
    }
    if len(found) != 1:
        return None
    person, (other, credit) = next(iter(found.items()))
    text = f"Probably {person}: my reviews of {film.label} don't pair them, but {person}, in its cast, plays"
    return _guessed_from(view, req, film, other, credit, text)


def _part_in_other_films(
    view: View, req: Request, facts: FilmFacts, film: FilmRef, person: str
) -> Answer | None:
    """ "gilbert roland plays what character in robin hood of monterey": the one character of a series
    the actor plays in other films of ours (the Cisco Kid), whom this film's reviews name and pair with
    no one else, is most likely theirs here too (said as a guess)."""
    text = _named_text(view, film)
    # (not "Crash" for Ray "Crash" Corrigan: a nickname typed with the actor's name is no part)
    own = set(fold(f"{req.subject or ''} {person}").split())
    named = {
        part: credits
        for part, credits in _parts_elsewhere(view, film, person).items()
        if not set(part.split()) <= own
        and _named_as(part.split()).search(text)
        and not any(
            c.character and _plays(c, part.split()) for c in facts.cast if not same_person(c.person, person)
        )
    }
    if len(named) != 1:
        return None
    other, credit = next(iter(named.values()))[0]
    said = f"Probably {credit.character}: my reviews of {film.label} don't give {person}'s part, but {person} plays"
    return _guessed_from(view, req, film, other, credit, said)


def _guessed_from(
    view: View, req: Request, film: FilmRef, other: FilmRef, credit: Credit, said: str
) -> Answer:
    text = f"{said} {credit.character} in {other.label}. {ev.quote(credit.evidence or '')}".rstrip()
    hits = ev.dedupe([ev.cite(view, other, credit.review_id, credit.evidence or "", LEAD_GUESS)])
    return ev.make(req, "cast", text, film, LEAD_GUESS, hits)


def _named_text(view: View, film: FilmRef) -> str:
    """The film's title and reviews, where a character of a series is named."""
    return " ".join([film.title, *(p.text for p in view.passages(film))])


def _parts_elsewhere(view: View, film: FilmRef, person: str) -> dict[str, list[tuple[FilmRef, Credit]]]:
    """The named parts a person plays in other films of ours, by the part's words (without "the"),
    oldest film first: only a series' part — of two words or more ("Boston Blackie"), or played in
    two films ("Tarzan") — not a first name another film's character may share."""
    parts: dict[str, list[tuple[FilmRef, Credit]]] = {}
    for other in sorted(view.people().films_of(person) - {film}, key=lambda f: (f.year or 0, f.title)):
        for c in view.facts(other).cast:
            words = [w for w in fold(c.character or "").split() if w not in ev.STOP]
            if words and same_person(c.person, person):
                parts.setdefault(" ".join(words), []).append((other, c))
    return {
        part: found
        for part, found in parts.items()
        if len(part.split()) >= 2 or len({f for f, _ in found}) >= 2
    }


def _plays(credit: Credit, words: list[str]) -> bool:
    """Whether a credit's character holds every word of the part asked ("watson" of "Dr. Watson")."""
    return set(words) <= set(fold(credit.character or "").split())


def _listed(facts: FilmFacts) -> list[str]:
    """The cast offered when the part asked is not told: each person once, the first MAX_LISTED."""
    return list(dict.fromkeys(c.person for c in facts.cast))[:MAX_LISTED]


_UNTOLD_WORDS = 3  # the longest part description the note repeats ("the bad guy", "her older sister")


def _named_uncredited(view: View, req: Request, film: FilmRef) -> Answer | None:
    """ "what did roddy mcdowall voice in the black hole": someone no credit we read names, whom a
    sentence of the film's reviews names in full ("the voices of the main robot characters are provided
    by Roddy McDowall and Slim Pickens") — that sentence, as what the review mentions."""
    who = fold(req.subject or "")
    if len(who.split()) < 2:
        return None
    for passage in view.passages(film):
        for sentence in ev.sentences(passage):
            if f" {who} " in f" {fold(sentence)} ":
                text = f"The review mentions {_named_as_said(sentence, who)} in {film.label}: {ev.quote(sentence)}"
                return ev.make(
                    req, "cast", text, film, UNCREDITED_CONF, [Hit(passage, support=UNCREDITED_CONF)]
                )
    return None


UNCREDITED_CONF = 0.45  # a sentence naming them, not a credit read: above the answer threshold


def _named_as_said(sentence: str, folded: str) -> str:
    """The name as the sentence writes it ("Roddy McDowall" for "roddy mcdowall")."""
    words = sentence.split()
    n = len(folded.split())
    return next(
        (
            " ".join(words[i : i + n]).strip(",.;:()")
            for i in range(len(words))
            if fold(" ".join(words[i : i + n])) == folded
        ),
        folded.title(),
    )


def _unlisted(req: Request, facts: FilmFacts, film: FilmRef) -> Answer | None:
    """ "was tom hanks in jaws": a person the reviews of the film never credit — said so, with whom
    they do (an abstention: a cast list may leave people out)."""
    cast = _listed(facts)
    who = " ".join(w.capitalize() for w in (req.subject or "").split())
    if not cast or len(who.split()) < 2:
        return None
    return ev.abstain(
        req, film, note=f"My reviews of {film.label} don't name {who} in it; it stars {ev.listing(cast)}."
    )


def _parent_of_their_child(view: View, req: Request, facts: FilmFacts, film: FilmRef) -> Answer | None:
    """ "nobel son who plays the mom": no part called a mother, but one sentence gives "Y as his wife,
    with Z as their son" — the wife is the mother; the one before her, whose wife she is, the father
    (said as a reading)."""
    roles, owner, rest = _subject_parts(req.subject or "")
    if owner or roles not in ({"mother"}, {"father"}) or rest:
        return None
    wives = [c for c in facts.cast if fold(c.description or "") == "wife" and c.evidence]
    if len(wives) != 1:
        return None
    wife = wives[0]
    text = wife.evidence or ""
    child = _THEIR_CHILD.search(text)
    at = text.find(f"{wife.person} as")
    before = [(text.find(f"{c.person} as"), c) for c in facts.cast if c.evidence == text and c is not wife]
    husband = max(((i, c) for i, c in before if 0 <= i < at), key=lambda t: t[0], default=(-1, None))[1]
    parent = wife if roles == {"mother"} else husband
    if child is None or at < 0 or parent is None or not re.search(r"\bas his (?:\w+ )?wife\b", text):
        return None
    spouse = f"the wife of {husband.person}'s part" if husband else "a wife"
    said = (
        f"Probably {parent.person}: my reviews don't say “{req.subject}”, but in {film.label} "
        f"{wife.person} plays {spouse}, and the two have {_a_child(child['child'])}."
    )
    hits = ev.dedupe([ev.cite(view, film, wife.review_id, text, LEAD_GUESS)])
    return ev.make(req, "cast", f"{said} {ev.quote(text)}", film, LEAD_GUESS, hits)


def _a_child(word: str) -> str:
    """ "a son", "children", "kids": the child word as the answer says it."""
    return word if word in {"children", "kids", "twins"} else f"a {word}"


_THEIR_CHILD = re.compile(r"\btheir (?:\w+ )?(?P<child>son|daughter|child|children|kids?|boy|girl|twins)\b")


def _untold(view: View, req: Request, facts: FilmFacts, film: FilmRef) -> Answer | None:
    """ "who plays the mom", "forrest gump who plays jenny" when no review says: say so, with
    the cast they give (an abstention: the cast list does not answer the question); only for a part
    short enough for the note to name as asked. A name the reviews never write is said to be
    unmentioned, lest the note suggest the part is in the film ("Darth Vader" in The Runaways)."""
    cast = _listed(facts)
    part = _part_as_said(req.subject or "")
    if not cast or part is None:
        return None
    said = fold(" ".join(p.text for p in view.passages(film)))
    if all(w[:1].isupper() for w in part.split()) and not re.search(rf"\b{re.escape(fold(part))}\b", said):
        note = f"My reviews of {film.label} don't mention {part}; it stars {ev.listing(cast)}."
    else:
        note = f"The reviews don't say who plays {part}; {film.label} stars {ev.listing(cast)}."
    return ev.abstain(req, film, note=note)


def _part_as_said(subject: str) -> str | None:
    """A part asked, written back in the note: "the mom" ("dad" alone too), "Jenny", "Marty McFly's dad",
    "the cat"; None for a longer description or one holding small words ("the guy who …")."""
    words = subject.split()
    owner = words[: words.index("s")] if "s" in words else []
    rest = words[len(owner) + 1 :] if owner else words
    opening = rest[:1] if rest[:1] and rest[0] in _OPENS_PART else []
    named = rest[len(opening) :]
    if (
        not 1 <= len(owner) + len(named) <= _UNTOLD_WORDS
        or not named
        or any(w in ev.STOP for w in [*owner, *named])
        or (owner and named[-1] not in ROLE_SYNONYMS)
        or not all(w.isalpha() for w in [*owner, *named])
    ):
        return None
    if owner:
        return f"{_as_name(owner)}'s {' '.join(named)}"
    if named[-1] in ROLE_SYNONYMS or opening:
        # ("dad who plays him": the dad; but "mikes teacher" as said)
        return " ".join(opening + named) if opening or len(named) > 1 else f"the {named[0]}"
    return _as_name(named)


def _as_name(words: list[str]) -> str:
    """Typed name words written as a name: "lt dan" → "Lt Dan", "mj" → "MJ"."""
    return " ".join(
        w.upper()
        if len(w) <= 2 and not set(w) & set("aeiouy") and w not in RANK_ABBREVIATIONS
        else w.capitalize()
        for w in words
    )


_OPENS_PART = frozenset({"the", "her", "his", "their"})


# the part of someone asked for, at the end of a question: "… plays who", "… what role"
_PART_ASKED = re.compile(
    r"\b(?:plays|played|playing|voices|voiced)(?: (?:who|what))?$|\b(?:role|part|character)(?: name)?$|\bis who$"
)


def _actor_asked_beside_title(req: Request, facts: FilmFacts) -> Request:
    """ "roddy piper they live what role", "clerks jeff anderson plays who": the words taken for a
    title we lack hold the name of one of the film's actors, and the question asks for a part: the
    actor's part is asked."""
    if not req.mention or (req.subject and req.subject_role != "actor"):
        return req
    if not req.subject and not _PART_ASKED.search(fold(req.text)):
        return req
    # (or the words read as the actor hold the title too: "clerks jeff anderson"; or, the title found,
    # the actor is named beside it: "jack oakie sitting pretty what's his character")
    said = f" {fold(req.subject or (req.mention if req.unknown_title else req.text))} "
    named = [c.person for c in facts.cast if f" {fold(c.person)} " in said]
    return replace(req, subject=named[0], subject_role="actor") if len(set(named)) == 1 else req


def _not_the_actor_named(req: Request, facts: FilmFacts) -> FilmFacts:
    """ "who's the bad guy arnold is chasing", "who plays the girl tom hanks falls for": an actor the
    question names outside the part asked about does not play it."""
    asked = fold(req.subject or "")
    # (the question's own spelling of a possessive: "doris day's drunk mom" is "doris days drunk mom")
    outside = fold(req.text).replace(asked, " ").replace(asked.replace(" s ", "s "), " ")
    said = set(outside.split())
    named = {
        c.person
        for c in facts.cast
        if (words := fold(c.person).split())
        and (
            f" {' '.join(words)} " in f" {outside} "
            or (len(words) >= 2 and words[0] in said and len(words[0]) > 3)
        )
    }
    return replace(facts, cast=tuple(c for c in facts.cast if c.person not in named)) if named else facts


# a part asked for with a pronoun for the actor the question names: "who does she play", "is playing
# who", "plays a what", "whats his character called"
_PART_ASKED_OF_THEM = re.compile(
    r"\b(?:who|what)(?: else)? (?:does|did|do) (?:she|he|they) (?:play|voice|portray)\b"
    r"|\b(?:playing|voicing|plays|voices|played|voiced) (?:a |an )?(?:who|what)\b"
    r"|\b(?:his|her|their) (?:characters?|role|part)(?: s)?(?: real| actual)? (?:name|called|named)\b"
    r"|\bwho (?:is|s) (?:she|he) (?:playing|voicing|meant|supposed)\b"
    r"|\b(?:character|role|part) (?:name|called)\b"  # "brewsters millions richard pryors character name"
)


def _actor_named_asking_a_part(req: Request, facts: FilmFacts) -> Request:
    """ "meryl streep a cry in the dark who does she play", "gary oldman in mank is playing who
    exactly": the question names one of the film's actors and asks for a part: that actor's."""
    if req.subject and req.subject_role == "character":
        # ("who is o.p. heggie in zoo in budapest": one of its actors, by name, and no part of it)
        actors = {c.person for c in facts.cast if is_name(req.subject, c.person)}
        parts = [c for c in facts.cast if c.character and is_name(req.subject, c.character)]
        if len(actors) == 1 and not parts and _WHO_IS.match(fold(req.text)):
            return replace(req, subject=actors.pop(), subject_role="actor")
    if req.subject or not _PART_ASKED_OF_THEM.search(fold(req.text)):
        return req
    said = fold(req.text)
    # (a possessive typed without its apostrophe: "richard pryors character")
    named = {c.person for c in facts.cast if re.search(rf"\b{re.escape(fold(c.person))}s?\b", said)}
    return replace(req, subject=named.pop(), subject_role="actor") if len(named) == 1 else req


_WHO_IS = re.compile(r"(?:\w+ )*?who (?:is|s|was) ")


def _name_after_description(req: Request, facts: FilmFacts) -> Request:
    """ "who plays the gang boss big bill": a description, then the part's own name (Big Bill Hadley):
    the name says which part."""
    words = (req.subject or "").split()
    if req.subject_role != "character" or len(words) < 3:
        return req
    characters = {c.character for c in facts.cast if c.character}
    for n in (3, 2):
        said = " ".join(words[-n:])
        named = {ch for ch in characters if is_name(said, ch) and said.split()[0] in fold(ch)}
        if len(named) == 1 and len(words) > n:
            return replace(req, subject=said)
    return req


def _name_before_whose(req: Request, facts: FilmFacts) -> Request:
    """ "who plays speed, bronsons fast talking partner": a part's own name, then whose part it is to
    someone the film credits (Charles Bronson): the name says which part."""
    words = (req.subject or "").split()
    if req.subject_role != "character" or len(words) < 3:
        return req
    people = {w for c in facts.cast for w in fold(c.person).split()}
    for n in (2, 1):
        said, owner = " ".join(words[:n]), words[n]
        named = [c for c in facts.cast if c.character and fold(c.character) == said]
        if len(named) == 1 and owner.endswith("s") and owner[:-1] in people:
            return replace(req, subject=said)
    return req


# words for several parts at once: the cast answers "who played the gang"
_GROUPS = wordset(
    "gang crew team band group family friends kids guys girls boys women men ladies leads rangers everyone everybody"
)
_NOT_GROUP = ev.STOP | _SOMEONE | {"cast", "actors"}  # the words around it: "the gang cast"


def _group(view: View, req: Request, facts: FilmFacts, film: FilmRef) -> Answer | None:
    """ "who played the gang", "who are the rangers": several parts asked at once, none paired by the
    reviews: the cast is the answer."""
    words = [w for w in fold(req.subject or "").split() if w not in _NOT_GROUP]
    # ("who voices the pets in the secret life of pets": the title's own plural, its characters)
    titled = (
        bool(words)
        and len(words[-1]) > 3
        and words[-1].endswith("s")
        and words[-1] in fold(film.title).split()
    )
    if not words or (words[-1] not in _GROUPS and not titled):
        return None
    return _everyone(view, req, facts, film)


_GENDERED = {
    "girl": "f",
    "woman": "f",
    "lady": "f",
    "gal": "f",
    "boy": "m",
    "man": "m",
    "guy": "m",
    "dude": "m",
}
_FEMALE = wordset(
    "she her hers herself woman girl daughter wife mother sister actress girlfriend heroine widow"
)
_MALE = wordset("he his him himself man boy son husband father brother actor boyfriend hero widower")
_GENDER_WINDOW = 14  # words after a name where the pronoun or noun for its part stands


def _by_gender(view: View, req: Request, facts: FilmFacts, film: FilmRef) -> Answer | None:
    """ "who plays the girl": the first-billed actor whose part the reviews speak of as a woman or a
    girl ("Mathilda Lando (Portman) after her family is murdered"). Stated as what the review
    mentions: a pronoun is weak evidence."""
    words = re.sub(r"^(?:the|a) ", "", fold(req.subject or "")).split()
    if len(words) != 1 or words[0] not in _GENDERED:
        return None
    wanted = _FEMALE if _GENDERED[words[0]] == "f" else _MALE
    other = _MALE if wanted is _FEMALE else _FEMALE
    # each sentence folded once, for every credit read against it
    sentences = [(s, fold(s).split(), p) for p in view.passages(film) for s in ev.sentences(p)]
    surnames = {fold(c.person).split()[-1] for c in facts.cast if c.person.strip()}
    for credit in facts.cast:
        surname = fold(credit.person).split()[-1:]
        for sentence, said, passage in sentences:
            for i in (i for i, w in enumerate(said) if surname and w == surname[0]):
                # up to the next cast member: "Leo (Renault), who takes in Mattie (Portmann) after her"
                after = list(
                    itertools.takewhile(lambda w: w not in surnames, said[i + 1 : i + 1 + _GENDER_WINDOW])
                )
                first = next((w for w in after if w in wanted or w in other), None)
                if first in wanted:
                    conf = 0.45
                    text = f"The review mentions {credit.person} as {req.subject} in {film.label}: {ev.quote(sentence)}"
                    return ev.make(req, "cast", text, film, conf, [Hit(passage, support=conf)])
                if first is not None:
                    break
    return None


# whose a child is, by the parent asked for ("the mother": "her daughter")
_PARENT_OWNER = {"mother": "her", "father": "his"}
_CHILDREN = wordset(
    "daughter daughters son sons child children kid kids baby boy girl twins stepdaughter stepson"
)
_KIN_WINDOW = 14  # words after a part's name where "her daughter" stands
_KIN_ADJECTIVES = 2  # words between the pronoun and the child ("her adolescent daughter")


def _by_child(view: View, req: Request, facts: FilmFacts, film: FilmRef) -> Answer | None:
    """ "lolita 97 who plays the mother": the one part the reviews tell of with "her daughter" (or
    "his son" for the father) after its name, no other part named between ("the widow Charlotte Haze
    and becomes sexually attracted to her adolescent daughter Dolores"). Stated as what the review
    mentions: a pronoun is weak evidence."""
    words = [w for w in fold(req.subject or "").split() if w not in ARTICLES]
    parent = ROLE_SYNONYMS.get(words[0]) if len(words) == 1 else None
    owner = _PARENT_OWNER.get(parent or "")
    if owner is None:
        return None
    # each part by the words of its name, and each actor by surname: the name nearest before the child
    anchors = {
        w: c
        for c in facts.cast
        for w in (*fold(c.character or "").split(), *fold(c.person).split()[-1:])
        if len(w) > 2 and w not in ev.STOP
    }
    found: dict[str, tuple[Credit, str, Passage]] = {}
    for passage in view.passages(film):
        for sentence in ev.sentences(passage):
            said = fold(sentence).split()
            for i, w in enumerate(said):
                if w != owner or not any(k in _CHILDREN for k in said[i + 1 : i + 2 + _KIN_ADJECTIVES]):
                    continue
                # (the nearest name before it: no other part named between)
                nearest = next((w for w in reversed(said[max(0, i - _KIN_WINDOW) : i]) if w in anchors), None)
                credit = anchors[nearest] if nearest is not None else None
                if credit is not None and credit.character:
                    found.setdefault(credit.person, (credit, sentence, passage))
    if len(found) != 1:
        return None
    credit, sentence, passage = next(iter(found.values()))
    conf = 0.45
    text = f"The review mentions {credit.person} as {credit.character}, {req.subject}, in {film.label}: {ev.quote(sentence)}"
    return ev.make(req, "cast", text, film, conf, [Hit(passage, support=conf)])


def _named_by_title(view: View, req: Request, facts: FilmFacts, film: FilmRef) -> Answer | None:
    """ "torchy blane in panama, who plays torchy": the one character the title is named for, whom
    the story names, is most likely the first-billed star's part (when no part of the star's is read
    and no one else is paired with the character)."""
    words = fold(req.subject or "").split()
    roles, owner, _ = _subject_parts(req.subject or "")
    title = fold(re.sub(r"['’]", " ", film.title)).split()  # ("tarzan" of Tarzan's New York Adventure)
    # (a guess tells no film of a shared title apart: Romeo.Juliet's star is no Juliet)
    if (
        not words
        or roles
        or owner
        or set(words) & (set(ROLE_SYNONYMS) | ev.STOP)
        or not set(words) <= set(title)
        or len(req.films) > 1
    ):
        return None
    # (not "frankenstein" of Bride of Frankenstein, nor of Abbott and Costello Meet Frankenstein: the
    # title names others too)
    if _SEVERAL_IN_TITLE.search(fold(film.title)):
        return None
    star = story_lead.first_billed(view, facts, film)
    if star is None or set(fold(star).split()) & set(title):
        return None
    if any(c.character and _plays(c, words) for c in facts.cast):
        return None  # the reviews pair the character with someone: that is the answer
    pattern = _named_as(words)
    found = next(
        (
            (m.group(), s, p)
            for s, p in ev.film_sentences(view, film)
            if (m := pattern.search(ev.without_title(s, film)))
        ),
        None,
    )
    # ("great gatsby 1949 who played gatsby": a story that never names him outside the title, which does)
    # (in a title every word is capitalised: its name ends before a word another small word follows,
    # "Henry Aldrich Haunts a House" is named for Henry Aldrich)
    titled = _named_as(words, in_title=True).search(film.title)
    opening = ev.film_sentences(view, film)[:1]
    if found is None and titled is not None and opening:
        found = (titled.group(), *opening[0])
    if found is None or not found[0][:1].isupper():
        return None
    name, sentence, passage = found
    text = (
        f"Probably {star}: my reviews don't pair them, but {film.label} is named for {name}, and {star} "
        f"is billed first. {ev.quote(sentence)}"
    )
    return ev.make(req, "cast", text, film, LEAD_GUESS, [Hit(passage, support=LEAD_GUESS)])


_SEVERAL_IN_TITLE = re.compile(
    r"\b(?:and|meets?|vs|versus|bride|son|sons|daughter|brother|sister|wife|husband|ghost|house|curse|"
    r"mother|father|widow|children|child|nephew|niece|grandson|granddaughter|return|revenge) "
)


def _named_as(words: list[str], *, in_title: bool = False) -> re.Pattern[str]:
    """The part's words as a text names someone, with the capitalised words after them ("tracy" →
    "Tracy Turnblad"); `in_title`: only those another capitalised word or the end follows, as every
    word of a title is capitalised ("Henry Aldrich Haunts a House" names Henry Aldrich)."""
    said = r"\W+".join(re.escape(w) for w in words)
    after = r"(?= [A-Z0-9]|\W*$)" if in_title else ""
    return re.compile(rf"(?i:\b{said}\b)(?: [A-Z][\w'’-]+{after})*")


def _unpaired(view: View, req: Request, facts: FilmFacts, film: FilmRef) -> Answer | None:
    """ "who plays tracy" when the review names Tracy Turnblad but pairs her with no actor: say so,
    with the cast it gives (an abstention: the cast list does not answer the question)."""
    cast = _listed(facts)
    words = fold(req.subject or "").split()
    if not cast or not words or any(w in ROLE_SYNONYMS for w in words):
        return None
    pattern = _named_as(words)
    named = next((m.group() for p in view.passages(film) if (m := pattern.search(p.text))), None)
    if named is None:
        return None
    # ("who plays freddie" when the reviews pair Rami Malek with "Mercury" and name Freddie Mercury)
    full = fold(named).split()
    paired = [c for c in facts.cast if len(full) > 1 and c.character and fold(c.character) in full[1:]]
    if len(paired) == 1:
        return _part_answer(view, req, film, (PART_MATCH, paired[0]), facts)
    # ("in poltergeist 2 who is the beast actually": who the part is in the story, not who plays it —
    # the sentence naming it says)
    asked = req.text.lower()
    told = (
        next(((t, p) for t, p in ev.film_sentences(view, film) if pattern.search(t)), None)
        if _WHO_IS_IT.search(asked) and not _PLAYS.search(asked)
        else None
    )
    if told is not None:
        text = f"From the reviews of {film.label}: {ev.quote(told[0])}"
        return ev.make(
            req, "cast", text, film, NAMED_IN_STORY_CONF, [Hit(told[1], support=NAMED_IN_STORY_CONF)]
        )
    note = f"The reviews name {named} but not who plays the part; {film.label} stars {ev.listing(cast)}."
    return ev.abstain(req, film, note=note)


_WHO_IS_IT = re.compile(r"\bwho(?:'s|’s|s| is| was)\b")
_PLAYS = re.compile(r"\b(?:play\w*|portray\w*|voic\w*|actor|actress|acted|cast)\b")


# how a story says who opposes or leads it, for the sentence that names them
_STORY_PARTS = {
    "villain": "villain antagonist nemesis enemy foe menace threat stop stops derailed derails against",
    "killer": "killer murderer murders murdering killing kills slasher stalks",
}


NAMED_IN_STORY_CONF = 0.45  # the sentence naming them is quoted: the reader sees who they are


def _named_in_story(view: View, req: Request, facts: FilmFacts, film: FilmRef) -> Answer | None:
    """ "who is isaac mizrahi in unzipped": someone named in full whom no credit gives, as the reviews
    say who they are ("It follows fashion designer Isaac Mizrahi …")."""
    said = fold(req.subject or "")
    if len(said.split()) < 2 or set(said.split()) & (ev.STOP | _ANYONE):
        return None
    if any(is_name(said, c.person) or (c.character and is_name(said, c.character)) for c in facts.cast):
        return None
    told = next(
        ((s, p) for s, p in ev.film_sentences(view, film) if re.search(rf"\b{re.escape(said)}\b", fold(s))),
        None,
    )
    if told is None:
        return None
    text = f"The reviews of {film.label} name them, without a credit I can read: {ev.quote(told[0])}"
    return ev.make(req, "cast", text, film, NAMED_IN_STORY_CONF, [Hit(told[1], support=NAMED_IN_STORY_CONF)])


def _in_story(view: View, req: Request, film: FilmRef) -> Answer | None:
    """ "who is the villain in the dark knight" when no actor is credited with the part: the story
    sentence that says who it is (the character, not an actor)."""
    roles, owner, _ = _subject_parts(req.subject or "")
    if owner or len(roles) != 1 or not roles <= _STORY_PARTS.keys():
        return None
    role = next(iter(roles))
    query = f"{req.query} {_STORY_PARTS[role]}"
    told = plot.answer(view, replace(req, kind="plot", focus="who", query=query), film)
    if told is None:
        return None
    # (a sentence doing no harm names none: "Lethal Weapon 2 is a 1989 … film starring Mel Gibson"; nor
    # is the lead it follows the villain: "Die Hard follows … John McClane (Willis), who is caught up
    # in a terrorist takeover")
    quoted = told.answer.split("“", 1)[-1]
    harm = (
        plot.HOSTILE.search(quoted)
        or _OPPOSED.search(quoted)
        or re.search(rf"\b(?:{'|'.join(_STORY_PARTS[role].split())})\b", quoted)
    )
    cast = view.facts(film).cast
    lead = cast[0].person if cast else None
    return None if not harm or (lead and told.answer.endswith(f"({lead})")) else told


# how a story tells of someone opposed ("save the superheroes from Lex Luthor", "face Kang the Conqueror")
_OPPOSED = re.compile(
    r"\b(?:sav(?:e|es|ing)|rescu\w*|protect\w*|stop\w*|defeat\w*|battl\w*|fight\w*|fac(?:e|es|ing)|confront\w*"
    r"|escap\w*|combat\w*|thwart\w*|foil\w*|oppos\w*|disrupt\w*|wicked|cruel|corrupt\w*|take over|conqueror|tyrant"
    r"|dictator)\b",
    re.IGNORECASE,
)
_NEAR = 6  # words between a part's description and the actor it names


def _plural_of(word: str) -> str | None:
    """The part a plural role word stands for ("partners" → partner), else None."""
    return ROLE_SYNONYMS.get(word[:-1]) if len(word) > 4 and word.endswith("s") else None


def _is_part_name(name: str, character: str) -> bool:
    """ "Benoit Blanc" is the part "Blanc" (a full name sharing the part's surname), not an actor."""
    return same_person(name, character) or fold(name).split()[-1:] == fold(character).split()[-1:]


def _from_sentences(view: View, req: Request, facts: FilmFacts, film: FilmRef) -> Answer | None:
    """When no credit names the part: a sentence where the part's words stand next to a cast member's
    name ("Lorraine Gary portrays Brody's wife", "his wife, Wendy Torrance (Duvall)"). Stated as what
    the review mentions, never as certain."""
    roles, owner, rest = _subject_parts(req.subject or "")
    # the words that describe the part; another part's name in them ("the older guy enid gets
    # into") says who the part is close to, not which part it is
    part_words = {w for c in facts.cast for n in (c.person, c.character or "") for w in fold(n).split()}
    wanted = roles | {
        w
        for w in rest.split()
        if len(w) > 2
        and w not in ev.STOP
        and w not in _ANYONE
        and w not in (owner or "").split()
        and w not in part_words
    }
    if not wanted:
        return None
    # the credited cast, and anyone else the reviews name in full (an actor the credits missed)
    characters = [c.character for c in facts.cast if c.character]
    credited = {c.person for c in facts.cast}
    behind_camera = {c.person for c in (*facts.directors, *facts.writers, *facts.others)} - credited
    asked = set(fold(req.subject or "").split())
    text = " ".join(p.text for p in view.passages(film))
    # the part asked about is nobody's actor ("who plays jason": not "Jason Voorhees"); credited
    # actors first, then by name, so that ties break the same way in every process
    # a film with a cast list (front matter) names its actors there: another name in its reviews is
    # a part ("a young boy named Hogarth Hughes"), not an actor the credits missed
    listed = any(c.how == "credits" for c in facts.cast)
    names = sorted(
        (
            n
            for n in credited
            | {
                n
                for n in facts.people
                if not listed
                and len(n.split()) >= 2
                and n not in behind_camera  # "co-wrote it with Mark Andrus" names no actor
                and not any(_is_part_name(n, ch) for ch in characters)
                and not _bracketed(n, text)
            }
            if not asked & set(fold(n).split())
        ),
        key=lambda n: (n not in credited, n),
    )
    # a credited part's name next to the words ("master detective Benoit Blanc" and "Daniel Craig as
    # Blanc"): that part's actor, before any name standing there (the part's own name is no actor)
    played = [
        (c.character, c.person)
        for c in facts.cast
        if c.character and not asked & set(fold(c.character).split())
    ]
    found: list[tuple[str, str]] = played + [(n, n) for n in names]
    # a part asked by its name ("eazy e"), not described: only "X as Eazy-E" or "Eazy-E (X)" pairs
    # them; a name merely beside another in a list ("its members Eazy-E, Ice Cube") does not
    capitalised = {w for t in _CAPITALISED.findall(text) for w in fold(t).split()}
    lowercase = set(re.findall(r"\b[a-z][a-z'’-]*", text))  # "the bear" is a description too
    by_name = not roles and wanted <= capitalised and not wanted & lowercase
    # "the hotel caretaker": the noun counts for more than the words before it (not in a part's
    # name: "sunny von bulow")
    head = None if roles else _head_noun(rest, capitalised, lowercase)
    known = {w for pair in found for name in pair for w in fold(name).split()}
    best: tuple[float, str, str, Passage, str | None] | None = None
    for passage in view.passages(film):
        for sentence in ev.sentences(passage):
            words = fold(sentence).split()
            starts = {i for n in credited for i in _positions(words, n)}
            if owner and not any(is_name(owner, w) for w in words):
                continue
            capitals = _capitals(sentence)
            # ("a deadly drug kingpin, Viktor Rostavili": the part is the name right after the words,
            # someone no actor is credited with, not a part named further off)
            spots = [
                i
                for i in _spots(sentence, words, wanted, asked)
                if not _stranger_after(words, capitals, i, known)
            ]
            if not spots:
                continue
            heads = {i for i in spots if head is None or words[i] in head}
            at = {k: _positions(words, name) for k, (name, _) in enumerate(found)}
            for k, (name, person) in enumerate(found):
                own = _covered(words, person)
                others = (starts | {i for k2, ps in at.items() if k2 != k for i in ps}) - own
                for i in at[k]:
                    length = _named_length(words, i, name)
                    gap = _gap(words, capitals, i, length, spots, heads, others, own)
                    # "Albert Brooks as the film's main antagonist, Russ Cargill, head of the EPA":
                    # what follows "as" (or "plays") is the actor's part, up to the next cast member
                    cast_as = _cast_as(words, i, length, spots, starts)
                    if cast_as:
                        gap = min(gap, _NEAR)
                    elif by_name and not _bracketed_after(sentence, name):
                        continue
                    # a part's name and its description after it ("Martin Prendergast, an aging Los
                    # Angeles Police Department sergeant") may stand a little further apart
                    near = _NEAR + 2 if k < len(played) else _NEAR
                    rank = gap - 0.5 * (k < len(played))
                    if gap <= near and (best is None or rank < best[0]):
                        best = (rank, person, sentence, passage, name if k < len(played) else None)
    if best is None:
        return None
    return _mentioned_as(req, facts, film, best, wanted)


def _mentioned_as(
    req: Request,
    facts: FilmFacts,
    film: FilmRef,
    best: tuple[float, str, str, Passage, str | None],
    wanted: set[str],
) -> Answer | None:
    """The part read beside a cast member's name, said as what the review mentions (not when the
    actor's credited part is of the other gender: "the charming older guy" is no "schoolgirl")."""
    rank, person, sentence, passage, character = best
    if _other_gender(req.subject or "", [c.description or "" for c in facts.cast if c.person == person]):
        return None
    conf = 0.55 - 0.02 * rank
    part = re.sub(r" s\b", "'s", req.subject or "")
    named = f"{character}, {part}" if character else part
    quoted = ev.quote(ev.around(sentence, {ev.stem(w) for w in wanted}))
    text = f"The review mentions {person} as {named} in {film.label}: {quoted}"
    return ev.make(req, "cast", text, film, conf, [Hit(passage, support=conf)])


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")
# words that start another clause or part between a description and a name after it ("the caretaker,
# and his wife Wendy"), and that end the description asked for ("the detective about to retire")
_JOINERS = frozenset(
    {"and", "with", "while", "who", "whom", "whose", "which", "that", "but", "after", "when"}
)
# (a pronoun too: "the teacher he falls for")
_DESCRIPTION_ENDS = frozenset(
    {"who", "that", "which", "about", "from", "in", "with", "at", "on", "of", "to", "for"}
    | {"he", "she", "they", "i", "we", "you", "it", "his", "her", "their"}
)
# how a description opens after a part's name ("Jack Torrance (Nicholson), an aspiring writer who …")
_APPOSED_OPENERS = frozenset({"a", "an", "the", "who", "is", "was"})
_CLAUSE_REACH = 25  # words a part's description may run on after its name, up to the next name
_APPOSED_REACH = 3  # words between a name and its apposed description ("Ed Crane, a withdrawn barber")


def _head_noun(rest: str, capitalised: set[str], lowercase: set[str]) -> set[str] | None:
    """The noun a description ends on ("the hotel caretaker": caretaker; "the detective about to
    retire": detective; "the terrorist leader": leader, written in the reviews or not), None when
    there is none to tell the words apart or the reviews write it only as a name ("sunny von bulow")."""
    words = list(itertools.takewhile(lambda w: w not in _DESCRIPTION_ENDS, rest.split()))
    nouns = [w for w in words if w not in ev.STOP and w not in _ANYONE]
    if len(nouns) < 2 or (nouns[-1] in capitalised and nouns[-1] not in lowercase):
        return None
    return {nouns[-1]}


_POSSESSIVES = frozenset({"his", "her", "their"})
_PARTICLES = frozenset({"von", "van", "de", "der", "den", "la", "le", "du", "del", "da", "di", "bin", "al"})


def _joined(words: list[str], capitals: list[bool], spot: int, at: int) -> bool:
    """Whether another clause or part starts between a description and a name after it; an "and"
    joining names ("his adoptive parents Leigh Anne and Sean Tuohy") is no new part."""
    for k in range(spot + 1, at):
        if (
            words[k] == "and"
            and not capitals[spot]
            and capitals[k - 1]
            and k + 1 < len(words)
            and capitals[k + 1]
        ):
            continue
        if words[k] in _JOINERS:
            return True
    return False


def _stranger_after(words: list[str], capitals: list[bool], i: int, known: set[str]) -> bool:
    """A name written right after the words at i none of whose words is anyone the film credits
    ("kingpin Viktor Rostavili", "a swashbuckling cat named Puss in Boots"; not "detective Benoit Blanc",
    Blanc being a credited part)."""
    if i < len(capitals) and capitals[i]:
        return False  # "as Count Pierre": the words are the name's own
    start = i + 2 if words[i + 1 : i + 2] in (["named"], ["called"], ["nicknamed"]) else i + 1
    run = list(itertools.takewhile(lambda j: j < len(capitals) and capitals[j], range(start, len(words))))
    said = [words[j] for j in run if words[j] not in ev.STOP]
    return bool(said) and not set(said) & known


def _capitals(sentence: str) -> list[bool]:
    """For each word of the folded sentence, whether the sentence writes it with a capital."""
    return [_capitalised(token) for token in sentence.split() for _ in fold(token).split()]


def _capitalised(token: str) -> bool:
    letter = re.search(r"[^\W\d_]", token)
    return letter is not None and letter.group().isupper()


def _spots(sentence: str, words: list[str], wanted: set[str], asked: set[str]) -> list[int]:
    """Where a sentence says the words asked about a part: "work together as partners" (a plural
    stands for its part too), but not "one of Lucifer Junior's minions" (not Lucifer Junior) nor "his
    youngest son" for the oldest."""
    owned = {fold(m.group()).split()[-1] for m in _POSSESSIVE.finditer(sentence)}  # "Eazy-E's": "es"
    return [
        i
        for i, w in enumerate(words)
        if {ROLE_SYNONYMS.get(w, w), _plural_of(w)} & wanted
        and not owned & set(words[i : i + 2])
        and not _contradicts(asked, set(words[max(0, i - 2) : i]))
    ]


def _gap(
    words: list[str],
    capitals: list[bool],
    at: int,
    length: int,
    spots: list[int],
    heads: set[int],
    others: set[int],
    own: set[int],
) -> float:
    """How far the part's words stand from the name at `at`: "young son, Danny Torrance (Lloyd)"
    (the name right after its description) is near; words after a name belong to it up to the next
    name ("Jack Torrance (Nicholson), an aspiring writer who accepts a position as the caretaker");
    a word of the description that is not its noun ("hotel" of "hotel caretaker") counts for less."""
    best = float("inf")
    end = at + length
    while end in own:  # the part's actor in brackets after it
        end += 1
    for j in spots:
        extra = 0 if j in heads else 2
        if j < at:
            if _joined(words, capitals, j, at):
                continue  # "the caretaker, and his wife Wendy": the wife is no caretaker
            gap = at - j
        else:
            between = words[end:j]
            in_name = all(
                c or w in _PARTICLES for c, w in zip(capitals[end : j + 1], words[end : j + 1], strict=False)
            )
            if any(end <= o < j for o in others) or _POSSESSIVES & set(between[1:]) or in_name:
                # another name between; "Jane Austen and her lasting love": her love is another
                # part; "Claus von Bülow": the words are the name's own
                continue
            gap = j - at + 2
            apposed = end < len(words) and words[end] in _APPOSED_OPENERS
            # (up to any other name: "Michael Oher, an American football player … adoptive mother";
            # for the noun asked about, and for what the part is, not a thing in its story: "an
            # aspiring writer who accepts a position as the caretaker", "Ed Crane, a withdrawn
            # barber"; not "McClane (Willis), who is caught up in a terrorist takeover")
            stated = j - end <= _APPOSED_REACH or "as" in words[max(end, j - _APPOSED_REACH - 1) : j]
            reach = stated and j - end <= _CLAUSE_REACH and not any(capitals[end:j]) and not extra
            if gap > _NEAR and apposed and reach:
                gap = _NEAR
        best = min(best, gap + extra)
    return best


def _bracketed_after(sentence: str, name: str) -> bool:
    """ "Eazy-E (Jason Mitchell)", "Doc's (Scheider)": the name stands in brackets after a part."""
    last = re.escape(name.rsplit(maxsplit=1)[-1])
    return re.search(rf"\(\s*(?:[\w.'’-]+\s+)*{last}\s*\)", sentence) is not None


_POSSESSIVE = re.compile(r"\b[A-Z][\w-]*['’]s\b(?!\s*\()")  # not "his brother Doc's (Scheider) dealings"
# words that say nothing of the part: "the irs guy" is the IRS agent
_ANYONE = frozenset({"guy", "guys", "dude", "person", "one", "character", "fella", "gal"})


_ALIAS = re.compile(r"\b(?:alias|goes by|went by|known as|calls (?:him|her)self|also called|nicknamed)\b")


def _cast_as(words: list[str], at: int, length: int, spots: list[int], starts: set[int]) -> bool:
    """Whether the name at `at` is followed by "as" (or "plays") and a part holding the words asked
    about, with no other cast member named in between ("X as the film's main antagonist, Russ
    Cargill, head of the EPA")."""
    # "as" right after the name, or a few words on ("Affleck also stars in a supporting role as Count …")
    verb = next(
        (
            k
            for k in range(at + length, min(len(words), at + length + 7))
            if words[k] in _PART_VERBS
            or (words[k] == "of" and words[k - 1] in {"role", "part"})  # "in the role of"
        ),
        None,
    )
    if verb is None:
        return False
    ahead = [j for j in spots if j > verb]
    if not ahead:
        return False
    # the part's own description only: not past a clause ("as Catherine, a young woman who … her
    # abusive father") or another cast member
    between = words[verb + 1 : min(ahead)]
    # (nor past a passive one: "plays a First Lady protected by … Secret Service agents", someone else)
    passive = any(w == "by" and k and between[k - 1].endswith("ed") for k, w in enumerate(between))
    # (nor the "as" of a cast member named after the part: "… friend Donnie Azoff, Margot Robbie as
    # his second wife, Naomi")
    # (but a clause giving the part another name is the part's own: "as Joseph Balsamo, a hypnotist
    # … who also goes by the alias of Count Cagliostro")
    aliased = _ALIAS.search(" ".join(between)) is not None
    return (
        (aliased or not set(between) & _CLAUSE_WORDS)
        and not passive
        and not any(verb < i < min(ahead) or at + length <= i < verb for i in starts)
    )


_PART_VERBS = frozenset({"as", "plays", "played", "portrays", "voices"})
_CLAUSE_WORDS = frozenset(
    {"who", "whom", "whose", "which", "that", "despite", "while", "when", "after", "because", "but"}
)


def _bracketed(name: str, text: str) -> bool:
    """ "his partner Kevin Brown / Agent K (Jones)": a name the review follows with its actor in
    brackets (or with another name for the same part, then the actor) is a part, not an actor."""
    return re.search(rf"\b{re.escape(name)}\s*(?:/[^()/.;]{{1,40}})?\(", text) is not None


def _covered(words: list[str], person: str) -> set[int]:
    """The positions of a folded sentence a person's name takes (full name or surname alone)."""
    return {i + d for i in _positions(words, person) for d in range(_named_length(words, i, person))}


def _named_length(words: list[str], at: int, person: str) -> int:
    """How many words the name found at `at` takes: all of it, or the surname alone."""
    parts = fold(person).split()
    return len(parts) if words[at : at + len(parts)] == parts else 1


def _positions(words: list[str], person: str) -> list[int]:
    """Where a person is named in a folded sentence: the full name, or the surname alone."""
    parts = fold(person).split()
    if not parts:
        return []
    full = [i for i in range(len(words) - len(parts) + 1) if words[i : i + len(parts)] == parts]
    return full or [i for i, w in enumerate(words) if w == parts[-1] and len(w) > 2]


def _without_film(view: View, req: Request) -> Answer | None:
    """ "Who plays Joan Jett?" with no film named: the films whose passages name the part."""
    roles, owner, _ = _subject_parts(req.subject or "")
    described = re.match(r"(?:the|a|an) ", fold(req.subject or "")) is not None  # "the gym owner"
    if not req.subject or ((roles or described) and not owner):
        # "who plays the villain", "who plays the new detective": in which film? ("ferris's best
        # friend" names one)
        return None
    # (the words as typed too: a name's spelling is kept there, "christian grey" not "gray")
    films = [
        f
        for query in (req.subject, req.text)
        for f in list(dict.fromkeys(h.passage.film for h in view.search(query, k=10)))[:5]
    ]
    # (a year said is the film's: "you again 2010 who plays kristen bell's mom" is no 1994 film's)
    films = [f for f in dict.fromkeys(films) if req.year is None or f.year == req.year]
    # with no film named, only a credit will do: a sentence merely near the part's words may be any
    # film's ("who plays loretta lynn" is not answered from a film that mentions a Loretta)
    found = [
        c for f in films if not _another_number(req.text, f) and (c := _credited(view, req, f)) is not None
    ]
    # ("who plays marc pease's girlfriend": the film named for the one whose part it is, first)
    owned = set(fold(owner or "").split())

    def named_for(answer: Answer) -> bool:
        return bool(owned) and answer.film is not None and owned <= set(title_key(answer.film.title).split())

    best = max(found, key=lambda t: (named_for(t[0]), t[0].confidence), default=None)
    if best is None:
        return None
    if req.subject_role == "actor" and len(found) > 1:
        # "what does de niro play": in which of his films?
        named = ", ".join(a.film.label for a, _ in found if a.film)
        film = found[0][0].film
        cast = view.facts(film).cast if film else ()
        who = next((c.person for c in cast if is_name(req.subject, c.person)), req.subject)
        return ev.abstain(req, note=f"Which film do you mean? I have {who} in {named}.")
    # "who played mr miyagi": the same actor in the same part in several films (a series) is told
    # for the first of them, the others named
    same = sorted(
        (a for a, person in found if person == best[1] and a.film is not None),
        key=lambda a: (a.film.year or 0) if a.film else 0,
    )
    if len(same) < 2:
        return best[0]
    first, others = same[0], ", ".join(a.film.label for a in same[1:] if a.film)
    return replace(first, answer=f"{first.answer} (Also in {others}.)")


def _another_number(text: str, film: FilmRef) -> bool:
    """ "breaking dawn part 1 who plays bella": the words of a numbered title typed with another number
    than its own (not Breaking Dawn – Part 2)."""
    words = title_key(film.title).split()  # (keys drop "part"/"chapter" and spell numerals as digits)
    typed = title_key(text)
    for before, word in itertools.pairwise(words):
        said = re.search(rf"\b{re.escape(before)} (\d{{1,2}})\b", typed) if word.isdigit() else None
        if said is not None and said.group(1) != word:
            return True
    return False


def _names_the_part_in_full(view: View, film: FilmRef, said: str, credit: Credit) -> bool:
    """ "who plays bronco billy", no film named: a part called by name is one whose name holds every
    word said, or a part of it in a film whose reviews say the whole name ("who plays loretta lynn":
    Spacek "as Lynn"; not Billy the Kid); a part described ("the gym owner", "ferris's best friend")
    is matched as any part is."""
    roles, owner, _ = _subject_parts(said)
    if owner and not credit.of and not roles & _role_words(credit.description or ""):
        return False  # ("kristen bell's mom" is not the title character of Serial Mom, nobody's mother)
    if roles or owner or credit.character is None:
        return True
    # (a word's spelling may differ: "christian gray")
    asked = set(fold(said).split()) - ARTICLES
    named = set(fold(credit.character).split()) - ARTICLES
    if all(any(fuzz.ratio(w, v) >= SPELLING_MATCH for v in named) for w in asked):
        return True
    told = " ".join(fold(p.text) for p in view.passages(film))
    return named <= asked and re.search(rf"\b{re.escape(fold(said))}\b", told) is not None


SPELLING_MATCH = 75  # one word spelled two ways ("grey", "gray")


def _credited(view: View, req: Request, film: FilmRef) -> tuple[Answer, str] | None:
    """The answer from one film's credits, and the actor it names."""
    facts = view.facts(film)
    said = req.subject or ""
    best = (
        _best_part(_with_apostrophe(said, _known_names(facts)), facts)
        if req.subject_role != "actor"
        else None
    )
    if best is not None and _names_the_part_in_full(view, film, said, best[1]):
        return _part_answer(view, req, film, best), best[1].person
    # "who voices woody": with no film named, one word is a part's name, not Woody Harrelson's
    if req.subject_role != "actor" and len(said.split()) < 2:
        return None
    answer = _by_actor(view, req, facts, film)
    return (answer, fold(said)) if answer is not None else None
