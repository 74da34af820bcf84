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

import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from index.answer.request import CREW_ROLES, Request
from index.textutil import fold, wordset
from index.titles import (
    ARTICLES,
    JOINING,
    LONE_SUBTITLE,
    NUMBER_MARKERS,
    NUMBERS_AFTER_MARKER,
    YEAR_TOKEN,
    Spot,
    TitleIndex,
    key_words,
    split_subtitle,
    title_key,
    typo_of,
)
from index.types import FilmRef

_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+\b|[^\s\"“”()\[\]{},;:!?]+")  # ("20,000 leagues": one number)

CHATTER = wordset(
    "lol lmao lmfao haha hahaha pls plz please thx thanks hey hi hello yo bot filmbot btw tbh tho though "
    "idk ok okay okk so um uh hmm like just really actually quick q question real anyway also well nah "
    "ya yeah yea u ur wanna gonna kinda sorta bruh dude man guys again remind forgot forget wait oh ah omg"
    " sorry k kk nice awesome gotcha aight too obviously obv ofc honestly basically literally apparently"
)
_QUESTION_WORDS = wordset(
    "who whom whose what which where when why how is was are were do does did done be been being has have "
    "had can could would should will shall may might must it its it's this that these those they them their "
    "he she his her him hers i me my you your we our us a an the of in on at to for from by with and or but "
    "not no yes any some there here than then as if about into over after before during between same one "
    "behind like vs versus without within across through near around under via "
    "ones say said tell told know think thought let give show me name want year years time "
    "second third fourth fifth sixth seventh eighth ninth tenth last next previous now "
    "besides except apart other else originally basically literally honestly seriously exactly "
    "loosely partly partially directly closely freely supposedly apparently "
    "called named something anything someone anyone somebody anybody everything everyone nothing"
)
FILM_WORDS = wordset(
    "film films movie movies flick flicks picture pictures pic feature documentary documentaries"
)
ROLE_WORDS = wordset(
    "mother mom mum mommy mama father dad daddy papa sister sis brother bro son daughter wife husband "
    "girlfriend boyfriend partner lover friend buddy pal best uncle aunt grandmother grandfather grandma grandpa "
    "granny nana grandad granddad mentor stepdad stepfather stepmom stepmum stepmother "
    "parents kid kids child baby villain bad guy guys antagonist hero heroine protagonist lead cop "
    "detective police officer sheriff agent boss manager producer singer drummer guitarist bassist "
    "band member members killer murderer doctor teacher lawyer captain king queen prince princess "
    "narrator love interest main leading lady"
)
_CUE_WORDS = wordset(
    "direct directed director directors directs directing helm helmed filmmaker made make makes "
    "wrote write written writer writers writes script scripted screenplay screenplays screenwriter "
    "screenwriters scriptwriter scriptwriters penned "
    "release released premiere premiered "
    "based adapted adaptation inspired true comes came book books novel novels memoir source author comic comics play plays "
    "musical musicals "
    "played playing portray "
    "portrays portrayed star stars starred starring costar costars co-star co-stars cast actor actors actress actresses role roles supporting "
    "character characters part voice voiced voices voicing happen happens happened plot story stories storyline synopsis "
    "summary premise end ending ends start begin beginning opening good bad worth critics critic "
    "reviews review reviewers rating recommend overrated underrated watchable reception verdict liked "
    "watch see seen saw set located takes take place live lives act acts acted summarize summarise tldr "
    "recap explain describe received thoughts scary funny boring score acclaimed original first new "
    "latest old remake miniseries series version sequel prequel reboot tv show "
    "composer composed scored cinematographer "
    "cinematography editor edited narrator narrators narrates narrated narration"
)
FRAME = CHATTER | _QUESTION_WORDS | FILM_WORDS | ROLE_WORDS | _CUE_WORDS
# words after which a title stands: "in X", "directed X", "what about X", "is X good"
_SLOT_BEFORE = wordset(
    "in of for about from on to directed direct wrote write made make watch watching see seeing saw "
    "seen like liked love loved hate hated recommend rate adapted cast plot ending is was does did do are were "
    "behind vs versus now novel book called named titled"
)

# Cue weights per kind, over the masked question (title → FILM, lower-case key words).
_Cues = tuple[tuple["re.Pattern[str]", float], ...]


def _cues(*pairs: tuple[str, float]) -> _Cues:
    return tuple((re.compile(p), w) for p, w in pairs)


# what someone named does to someone in the story: "who is hg wells chasing"
_STORY_DOINGS = wordset(
    "chasing hunting stalking tracking fighting marrying kidnapping protecting guarding blackmailing investigating"
)

_KIND_CUES: dict[str, _Cues] = {
    "director": _cues(
        # ("nigel the art director - actor?": a part's job, no one who directed the film)
        (
            # (not "musical": "junior prom 1946 monogram musical, director??" asks who directed it)
            r"(?<!\bart )(?<!\bcasting )(?<!\bassistant )(?<!\bcreative )"
            # (nor "the director is remaking what old serial": a doing of the story's director)
            r"\bdirect(?:ed|or|ors|s|ing)?\b(?! (?:is|was) \w+ing\b)|\bdir\b",  # "stunt man 1980 dir"
            3.0,
        ),
        (r"\bhelm(?:ed|s)?\b|\bfilmmaker\b|\bbehind the camera\b", 3.0),
        # (not "who's behind the missing marines": who is to blame in the story)
        # ("hey who did bugs bunny rides again": who made the film named, and nothing else asked)
        (r"^(?:\w+ )?who did FILM$", 3.0),
        (
            r"\bwho (?:made|makes)\b|\bmade by\b|\bmaker\b"
            r"|\bwho (?:is|s|was) behind(?= (?:it|this|that|FILM|the (?:film|movie|camera|lens|picture|project))\b|\W*$)",
            2.0,
        ),
    ),
    "writer": _cues(
        (r"\bwr[oi]te\b|\bwritten\b|\bwriters?\b|\bwrites\b", 3.0),
        # "robot jox was co-written by which sci fi author": the film's writer, known as an author
        # ("wasnt it co written by some sci fi author? who")
        (r"\bwritten by (?:which|what|some|an?|this|that) (?:[\w-]+ ){0,3}(?:author|novelist|writer)\b", 4.0),
        # "who adapted it for the screen": the screenwriter (what it was adapted from is the source)
        (
            r"\bwho adapted\b(?!.*\bfrom\b)|\badapted (?:it |FILM )?(?:for|to) the screen\b|\bscreen adaptation\b",
            9.0,
        ),
        (r"\bscreen ?play\b|\bteleplay\b|\bscript(?:ed|s)?\b|\bscreen ?writers?\b|\bpenned\b", 3.5),
        # "… writing credits", "whos credited with writing the accused"
        (
            r"\bwriting (?:credits?|team)\b|\bwho did the writing\b|\bcredited (?:with|for) (?:the )?writing\b",
            3.5,
        ),
    ),
    # other jobs behind the camera ("who did the music"); "who plays the producer" stays a part
    "crew": _cues(
        (
            r"\bwho (?:composed|scored)\b|\bcomposers?\b|\bwho (?:did|wrote|made) the (?:music|score|soundtrack)\b"
            r"|\b(?:music|score|soundtrack) (?:was )?(?:by|composed)\b|^(?:and |what about )?(?:the )?(?:music|score|soundtrack)$",
            4.0,
        ),
        (r"\bwho produced\b|\bproduced by\b|\bproducers? (?:of|for|on) FILM\b|^FILM producers?$", 4.0),
        (r"\bcinematograph\w*|\bdirector of photography\b|\bwho shot (?:it|FILM)\b", 4.0),
        (r"\bwho edited\b|\bfilm editor\b|\bedited by\b", 4.0),
        # "who plays the narrator" asks for a part (Fight Club's narrator is a character)
        (r"\bnarrat(?:es|ed|ion)\b|\bvoice ?over\b|(?<!plays the )(?<!played the )\bnarrators?\b", 4.0),
    ),
    "source": _cues(
        (r"\bbased (?:up)?on\b|\badapt(?:ed|ation|s)\b|\binspired\b|\bsource material\b", 5.0),
        # (not "the script was originally written by which actor": the screenplay's first writer)
        (
            r"^(?!.*\b(?:script|screenplay|by (?:which|what) (?:actor|actress)))"
            r"(?:.*\b(?:wr[oi]te|written)\b.*\boriginally\b|.*\boriginally\b.*\b(?:wr[oi]te|written)\b)",
            5.0,
        ),
        # "first monday in october play by", "the last mile 1932 play by who"
        (r"\b(?:play|novel|book|memoir) (?:written )?by(?: (?:who|whom))?$", 3.5),
        # "lord of the rings 1978 cartoon, who wrote the original": the work it was made from
        (r"\bwho (?:wrote|penned) the original\W*$", 3.5),
        (r"\b(?:which|what) (?:\w+ )?(?:play|book|novel|story|memoir)\b", 3.5),
        (r"\b(?:book|novel|memoir|comic|short story|autobiography|biography)s?\b", 2.5),
        (
            # (not "whose place does the author move into": a part, doing something in the story)
            r"\b(?:the|a) play\b|(?<!\bdoes the )(?<!\bdid the )(?<!\bdo the )\bauthor\b"
            r"|\bwho wrote the (?:book|novel|memoir|story|musical)\b|\btrue story\b",
            3.5,
        ),
        (
            r"\b(?:stage|broadway) (?:show|musical|play|version|production)\b",
            3.5,
        ),  # "who wrote the stage show"
        # ("the story behind it"; not "who's behind the missing marines", a question of its story)
        (
            # (not "silent night deadly night original - …": the first version of the title said)
            r"\b(?:story|book|novel|history|inspiration|idea|truth|facts?|events?) behind\b"
            r"|(?<!\bFILM )\boriginal\b(?! (?:\w+ )?(?:title|name)s?\b)",
            0.5,
        ),
        # "cat on a hot tin roof whose play is it", "the story was by who", "from whose comic strip"
        (
            # ("counter espionage 42, the lone wolf one — whose characters")
            r"\bwhose (?:\w+ )?(?:play|book|novel|story|memoir|comic|musical)s?\b|\bwhose (?:\w+ )?characters\b"
            r"|\bthe (?:story|book|novel|play) was by\b|\bcharacters (?:created|invented) by\b",
            5.0,
        ),
        # "was from a story by which writer": whose work it was made from
        (
            r"\bfrom (?:a|an|the) (?:\w+ )?(?:story|book|novel|play|memoir|article|comic) (?:written )?by\b",
            5.0,
        ),
        # "passion flower 1921 is from a spanish play, which one and who wrote it"
        (r"\b(?:is|was|s) (?:\w+ )?from (?:a|an) (?:\w+ )?(?:book|novel|play|memoir|comic|musical)\b", 5.0),
        # "snowpiercer comes from a comic right", "where did the story originally come from" (not "where
        # does the alien come from": a story question)
        (r"^(?!where\b).*\bFILM(?: \w+)? (?:comes?|came) from\b", 5.0),
        (r"\bthe (?:story|idea|plot|script)(?: \w+)? (?:comes?|came) from\b", 6.0),  # over "where did …"
        # "who came up with the story for alien"
        (r"\b(?:came|come|comes|coming) up with the (?:story|idea|concept)\b", 5.0),
        # "and who made the manga", "who drew the comic", "what's the source"
        (
            # ("who wrote the original novella")
            r"\bwho (?:made|created|drew|did|wrote) the (?:original )?(?:manga|comics?|graphic novel|books?|novel"
            r"|novella|memoir|short story|original story)\b"
            r"|\bwhat (?:is|s) (?:the|its) source\b|\bthe source\W*$",
            6.0,
        ),
        # "adam and eva 1923 source play", keyword style
        (r"\bsource (?:play|book|novel|story|material|work|text)s?\b|\bsource\W*$", 6.0),
        # (not "who directed the remake of psycho": the film asked about is that remake)
        (
            r"\bre ?imagining\b|\bremake of\b(?! (?:the )?(?:(?:19|20)\d\d )?FILM)|\bretelling\b|\bmoderni[sz]ation\b",
            5.0,
        ),
        # "on golden pond - book or play?", "what's the original story of grease"
        (
            r"\b(?:book|novel|play|musical|memoir|comic|true story|(?:short )?story)s? or (?:a |an )?(?:book|novel|play|musical|memoir"
            r"|comic|true story|original)\b|\boriginal (?:stage )?(?:story|source|book|novel|play|musical|memoir)\b",
            5.0,
        ),
    ),
    "cast": _cues(
        # "who plays the author": a part, whatever its name says ("author" is no source asked)
        (r"^(?:\w+ ){0,2}who (?:plays|played|portrays|portrayed|voices|voiced|is playing)\b", 1.5),
        # "who's the precrime director in minority report": a director in the story, a part
        (
            r"^(?:\w+ ){0,2}who (?:is|s|was) the (?!(?:film|movie|main|original|actual|credited|real)\b)[a-z-]+ "
            r"director in FILM$",
            4.0,
        ),
        # (not "what college is he desperate to play for": a team, in the story; nor "what game are
        # they playing", "what instrument does she play": a thing played, in the story)
        (
            r"^(?!.*\b(?:what|which) (?:\w+ )?(?:game|games|sport|instrument|song|songs|music|card|cards|position)\b)"
            r".*(?:\bplay(?:s|ed|ing)?\b(?! for\b)|\bportray(?:s|ed|ing)?\b|\bvoice[sd]?\b)",
            3.0,
        ),
        (
            # (not "lazenby getting cast in which bond film": the film is asked)
            r"\bstar(?:s|red|ring)?\b|\bcast\b(?! (?:in|as) (?:which|what)\b)|\bactors?\b|\bactress(?:es)?\b|\bco ?stars?\b|\bact(?:s|ed)?\b",
            3.0,
        ),
        (
            # (not "who is in charge of …", "who are they robbing in FILM": the story's people)
            r"\bwho (?:else )?(?:is|s|was|are|were) (?:in(?! charge\b)|starring)\b"
            r"|\bwho (?:was|is|s|are|were) (?!(?:they|he|she|we|you|being)\b).+ in (?:FILM|it|that"
            r"|the (?:(?:19|20)?\d\d )?(?:one|1|film|movie|version|remake|original))$"  # "in the 1971 one"
            r"|\bwho (?:is|s|was|are|were) the (?:2 |two |main |lead )?(?:leads?|stars?|actors?|leading (?:lady|man|ladies|men))\b"  # "out of africa who are the leads"
            r"|^FILM (?:the )?(?:main |2 |two )?leads$"  # "the big street (1942) leads?"
            r"|\b(?:name|list|tell me) the (?:main |2 |two )?leads\b"  # "the fire brigade (1926) - name the leads pls"
            r"|^(?:(?:and|ok|so|what about) )+(?:the )?(?:main |2 |two )?leads$"  # "and the leads?"
            r"|\band who else\b"  # "cary grant and who else"
            # "fred claus, the vince vaughn xmas movie, who else shows up in it"
            r"|\bwho else (?:shows? up|appears?|turns? up|is|s|was|are|were|stars?|starred)\b"
            # "ppl in mystic pizza", "was anyone famous in the remake"
            r"|(?:^|\b(?:is|was|are|were) )(?:ppl|people|any(?:one|body)(?: famous)?|who all) (?:is |was |were )?in\b"
            # "which comedians are in it": the performers, by what they are
            # ("which horror legend is in it", "which country singer is in the cast": one, by what they are)
            r"|\bwhich (?:\w+ ){0,2}(?:comedians?|comics?|actors?|actress(?:es)?|stars?|celebrit(?:y|ies)|singers?"
            r"|musicians?|performers?|legends?|icons?|rappers?|wrestlers?|athletes?|boxers?|idols?"
            # ("which bowery boys are in it", "which marx brothers are in it": a team's members)
            r"|boys|girls|kids|brothers|sisters|stooges|members)"
            r" (?:are|were|is|was|appears?|appeared) in (?:FILM|it|this|that|the (?:cast|film|movie))\b",
            2.5,
        ),
        # "who headlined social register", "girl overboard 1937 male lead": its star, by billing
        (r"\bheadlin(?:ed|es|ing|ers?)\b|\b(?:male|female) leads?$|\bleading (?:man|lady)$", 3.0),
        # (not "what part of england is the boy from": a place)
        (r"\b(?:role|roles|character|characters)\b|(?<!what )(?<!which )\bpart\b(?! of\b)", 2.0),
        (r"\bwho (?:is|s|was|are|were) (?:the )?(?:" + "|".join(sorted(ROLE_WORDS)) + r")\b", 2.0),
    ),
    "plot": _cues(
        (r"\bhappen(?:s|ed|ing)?\b|\bplot\b|\bstory ?line\b|\bsynopsis\b|\bsummary\b|\bpremise\b", 3.0),
        (r"\bsummari[sz]e\b|\btl ?dr\b|\brecap\b|\bexplain\b|\bdescribe\b", 3.0),
        (r"\bstory\b|\bplay(?:s|ed|ing)? for\b", 2.0),
        # ("any cameos in the 6th man": who the reviews say appear briefly, not the cast list nor who made it)
        (r"\bcameos\b|\bwho (?:makes|made|has|had) (?:a )?cameos?\b", 4.0),
        # ("who's being made fun of in kansas saloon smashers": whom a satire targets, in its story)
        (
            r"\b(?:make|makes|making|made) fun of\b|\b(?:being|is|was) (?:mocked|satiri[sz]ed|spoofed|lampooned)\b",
            4.0,
        ),
        # "how many characters does jerry lewis play in it": a count the reviews tell, not one part
        (r"\bhow many (?:\w+ )?(?:roles|parts|characters|personas|people|persons)\b", 7.0),
        # a place, a job, a thing in the story, whoever is said beside it: "the guy moves to which city
        # to be an actor", "what does willie do for a living", "who is hero sent to rescue", "whats
        # unusual about the main character"
        (
            r"\b(?:what|which) (?:city|town|country|state|place|planet|island|village|county|school|prison|job"
            r"|profession|career|line of work)\b|\bdo (?:for (?:a )?(?:living|work|money)|for his job|for her job)\b"
            r"|\bwho (?:is|are|was|were) \w+ (?:sent|hired|trying|going|supposed|told|ordered) to\b"
            r"|\bwhat (?:is|s|was) (?:so )?(?:unusual|special|different|wrong|strange|odd|weird) about\b",
            4.0,
        ),
        # "hers to hold is part of which trilogy": where it stands among films, which its story tells
        # ("which one in the series is it", "its a continuation of which of his older films")
        (
            r"\b(?:part|one) of (?:a|an|the|which|what) (?:\w+ )?(?:series|trilogy|franchise|saga|cycle)\b"
            r"|\b(?:which|what) (?:one|1|number|entry|installment|instalment|film|movie) (?:in|of) the "
            r"(?:series|franchise|saga|trilogy|cycle)\b"
            r"|\b(?:continuation|sequel|prequel|follow ?up) (?:of|to) (?:which|what)\b",
            3.5,
        ),
        (r"\b(?:is|s|was) (?:FILM|it|this|that) about\b|\babout\b$|\bgist\b|\bspoil", 3.0),
        (r"\bend(?:s|ing|ed)?\b(?! up\b)|\bfinale\b|\bclimax\b|\btwist\b", 2.5),
        (r"\b(?:start|begin|open)(?:s|ning)?\b", 1.5),
        # (over "the actor" a where-question's person is described by: "where does the actor go back to")
        (r"^where\b|\bwhere (?:do|does|did|is|are|was|were)\b|\bwhy (?:do|does|did|is|was)\b", 3.5),
        # "who are the kidnappers in it": a group in the story (not "who are the stars", "the bad guys")
        (
            r"\bwho (?:are|were) the (?!(?:\w+ )?(?:stars|leads|actors|actresses|cast|people|guys|voices|"
            + "|".join(sorted(w for w in ROLE_WORDS if w.endswith("s")))
            + r")\b)(?:\w+ )?\w+s(?: (?:in|from) (?:it|that|FILM))?$",
            3.0,
        ),
        # "what does hopper's character end up starting among the natives": what the part does in the
        # story (not "what does his character do", the part)
        (
            r"\bwhat (?:does|did|do) (?:\w+ ){1,3}?(?:character|part) (?!(?:do|does|play|plays|have|has)\b)\w+ \w+",
            4.0,
        ),
        # "whats the name of the comic book artist": a name in the story (not the source's author)
        (r"\bwhat (?:is|s|was|are|were) the names? of the\b", 3.0),
        # "steamboat willie is the debut of which characters": what its story or history says of them
        # (not "which character does he play", "which characters are in it": the cast)
        (
            r"\b(?:which|what) characters?\b(?!.*\b(?:play|plays|played|playing|voice|voices|voiced|in (?:it|FILM)"
            r"|does|did|is|was)\b)",
            3.0,
        ),
        # "what's the movie the actors are making", "whats the play theyre putting on": a work in the
        # story (its actors are no question of the cast)
        (
            r"\bwhat (?:is|s|was) the (?:movie|film|play|show|picture|musical|opera|song) (?:that |which )?"
            r"(?:the|they|theyre|he|she|his|her|their|everyone|everybody) \w+",
            4.0,
        ),
        (r"\bwhat (?:do|does|did) (?:they|he|she|it)\b|\bwho (?:do|does|did) (?:they|he|she)\b", 2.5),
        # "what city does it go after", "which president did eastwoods character fail to save"
        (
            r"\b(?:what|which) (?!kind\b|sort\b|type\b|roles?\b|parts?\b|characters?\b|actor\b|actress\b"
            r"|novel\b|book\b|memoir\b|play\b|comic\b"  # "what novel did the story start as": its source
            r"|director\b|writer\b|screenwriter\b"  # ("which director did it": who made it)
            r"|(?:" + "|".join(sorted(ROLE_WORDS)) + r")\b)\w+ (?:do|does|did) (?!FILM\b)\w+",
            3.5,  # "what game do the moms play": the game, not a part
        ),
        (
            r"\bhow (?:do|does|did)\b|\bwhen (?:do|does|did)\b|\bwhat instrument\b|\bwho (?:is|are) (?:they|he|she)\b",
            2.0,
        ),
        # "without remorse main character name?", "what's the main character called": the part's name,
        # which the story gives (not who plays it)
        # "who is after the vampire family", "who is the kid out for revenge against": whom the story
        # puts against or after someone (not who plays a part)
        # ("who is hg wells chasing in time after time": someone named, then what they do to whom)
        (
            r"\bwho (?:is|s|was|are|were) (?:after|against|hunting|chasing|stalking)\b"
            r"|\bwho (?:is|s|was|are|were) (?:\w+ ){1,6}(?:against|after)$"
            r"|\bwho (?:is|s|was|are|were) (?:\w+ ){1,3}(?:" + "|".join(sorted(_STORY_DOINGS)) + r")\b",
            4.0,
        ),
        (
            r"\b(?:main|lead|leading|central|title) (?:character|protagonist)(?: s)? (?:name|called)\b"
            r"|\bname of the (?:main|lead|leading|central|title) (?:character|protagonist)\b"
            r"|\bwhat (?:is|s|was) the (?:main|lead|central) (?:character|protagonist) (?:called|named)\b"
            # "whats the main character's job in the lords of salem": what the lead does, the story tells
            r"|\b(?:main|lead|central) (?:character|protagonist|guy|girl)(?: s)? (?:job|occupation|profession)\b",
            8.0,
        ),
    ),
    "verdict": _cues(
        (
            # (not "who leads the bad mutants", "the good guys": a description of someone in the story)
            # (nor "who helps ernest get good at basketball": a skill in the story; nor "what can kill
            # jason for good": for ever)
            r"(?<!\bthe )(?<!\bthose )(?<!\bfor )\b(?:good|bad)\b(?! guys?\b)(?! at (?!all\b))|\bworth\b|\bcritics?\b|\breviews?\b"
            r"|\breviewers?\b|\brating\b|\brated\b",
            3.0,
        ),
        (r"\brecommend|\boverrated\b|\bunderrated\b|\bwatchable\b|\breception\b|\bverdict\b|\bpanned\b", 3.0),
        # (not "when everyone hears your thoughts", "like a robot or what": the story's words)
        (
            r"\breceived\b|\bthoughts (?:on|about)\b|^(?:\w+ )?(?:your |ur |any |the critics )?thoughts\b"
            # (not "what do they rob for the last score": a heist's haul)
            r"|\bscary\b|\bfunny\b|\bboring\b|(?<!\blast )(?<!\bbig )(?<!\bfinal )\bscore\b|\bacclaimed\b",
            3.0,
        ),
        (
            r"\bliked\b|\blike (?:it|FILM|this|that)\b|\b(?:do|did|does|would|will) (?:\w+ ){0,2}like\b|\bthink of\b"
            r"|\bshould i (?:watch|see|bother)\b|\bhold up\b|\bany good\b|\bgreat\b",
            2.5,
        ),
        (
            r"\bthumbs\b|\bopinion\b|(?<!\bs )(?<!FILM )(?<!\bin )\bloved?\b(?! (?:triangle|story|affair|interest))|\bhated?\b|\bsuck(?:s|ed)?\b|\bmasterpiece\b|\bcheck (?:it )?out\b",
            2.0,
        ),
    ),
}
# When two kinds score the same, the more specific cue wins (a tie-break, not an order of rules).
_SPECIFICITY = ("crew", "source", "writer", "director", "cast", "verdict", "plot")
_WHICH_GENRES = wordset(
    "horror comedy western thriller musical cartoon drama romcom noir mystery war sci fi animated disney pixar "
    "slasher adventure indie spoof parody biopic documentary doc heist superhero"
)
# forms a film takes that no genre names ("the porky pig short from 1940 where …", "the abc pilot with …")
_FILM_FORMS = wordset("short serial anthology pilot newsreel miniseries feature picture")
_FORM_OR_GENRE = "|".join(sorted(_WHICH_GENRES | _FILM_FORMS))
_KIND_OF_FILM = r"(?:movie|film|flick|" + _FORM_OR_GENRE + r")"
# "… john wayne's final western of …", "… the very first bowery boys picture after …": which film of
# someone's, or of a series, by what sets it apart (asked after "which one was")
_SET_APART = r"(?:[\w']+ ){1,6}?" + _KIND_OF_FILM + r"s? (?:of|after|before|that|where|with|in|from|to)\b"


def _kind_opening(kinds: Iterable[str]) -> str:
    """ "which 1936 horror flick …", "what was the republic musical …": a question opening on which
    film of a kind, whose words (up to four) never ask of a film or a part."""
    return (
        r"^(?:which|what)(?: is| was)?(?: that| the)? "
        r"(?:(?!(?:in|of|the|from|on|at|for|is|was|are|were|do|does|did|has|had|year|kind|sort|type|actor"
        r"|actress|character|part|role|stage|broadway|book|novel|play|it|its|this|that)\b)[\w'-]+ ){0,4}"
        r"(?:silent|movie|film|flick|war(?= (?:movie|film|flick)\b)|" + "|".join(sorted(kinds)) + r")s? "
    )


_WHICH_FILM = re.compile(
    # ("which old movie has …", "what 80s film is about …", "which 1930 picture was …")
    r"^(?:(?:in|on) )?(?:which|what) (?:(?:old|older|early|late|silent|classic|recent|new|(?:19|20)?\d0s|(?:19|20)\d\d) ){0,2}"
    r"(?:movie|film|flick|picture)s?\b|\bname (?:of )?the (?:movie|film)\b"
    # ("name of the 90s british tv doc that …": the film's kind, then what it does)
    r"|^(?:(?:the|whats?(?: s)?|what is) )?name of (?:the|that) (?:\w+ ){0,4}"
    + _KIND_OF_FILM
    + r" (?:that|where|which|about|with|in which)\b"
    # ("which one was john wayne's final western …", "which was the very first bowery boys picture
    # after …")
    + r"|^(?:(?:and|so|ok) )?which (?:one |1 )?(?:was|is|were) (?!it\b|this\b|that\b|they\b|he\b|she\b)"
    + _SET_APART
    # ("disney channel movie set on a navy carrier …": where the film is set, its story told)
    + r"|^(?:\w+ ){0,3}(?:movie|film|flick) set (?:in|on|at|during|around|among) (?!it\b|that\b|this\b)"
    # (not "at war with the army": a word of a title, not the film's kind)
    r"|\b(?:movie|film|flick|noir|thriller|mystery|western|comedy|musical|biopic|documentary|doc|cartoon|romcom"
    r"|spoof|parody|satire|silent|horror|slasher|adventure|heist|" + "|".join(sorted(_FILM_FORMS)) + r")"
    # ("western shot in new mexico in 69 where …": where it was made, when, then the story)
    r"(?: (?:set|shot|filmed) (?:in|on|at) (?:[a-z]+ ){0,2}[a-z]+)?"
    # ("tv movie from 2001 about …": when it came out, then the story)
    r"(?: (?:from|in) (?:the )?(?:19|20)?\d\ds?)?"
    # (not "loud house movie where do the louds travel to": a question asked of the film named)
    # ("1931 warner musical that looks like an aviation picture but …": what it does, then the story)
    r" (?:where(?! (?:do|does|did|is|are|was|were) )|in which|with (?!the same\b)(?:the|a|an|some)"
    r"|that (?:has|had|looks|looked|features|featured|shows|showed|tells|told|follows|followed|combined|combines"
    r"|spliced|splices|mixes|mixed|starts|started|opens|opened|spoofs|parodies|lampoons|satirizes|satirises|mocks"
    # ("george montgomery western that recycled a lot of footage from kit carson")
    r"|(?!(?:based|called|named|titled|released|directed|written|produced|made|set)\b)[a-z]{3,}ed)\b"
    # ("the movie about that famous harness racing pacer": "that" opens the story, not the film)
    # (not "message to love is a doc about what festival": what the film named is about, asked last)
    # ("whats that documentary all about the f-word")
    r"|(?:all )?about (?:(?:that|this) (?!one\b|1\b|movie\b|film\b)\w+ \w|(?!(?:it|this|that)\b)(?!(?:what|which|who|whom)(?: \w+)?$)\w)"
    # ("that bronson movie thats basically casablanca again": what film it is like)
    r"|\b(?:movie|film|flick) (?:that|which) (?:is|was) (?:basically|just|like|kinda|pretty much) "
    # ("50s western with sterling hayden that was inspired by rashomon": its star, then its story)
    r"|with (?:[a-z]+ ){1,3}(?:that|where|in which)\b)"
    r"|\bthe (?:one|1) (?:where|with|about|set (?:in|at|on|around|during|among))\b"
    # ("whats the sequel where mike myers and dana carvey …": a later film told, not the talked one's)
    r"|^(?:(?:so|ok) )?what (?:is|s|was) the (?:sequel|prequel|remake|spinoff) (?:where|in which|about(?! (?:it|that|this)\b)) \w"
    # ("the 3rd one in the five little peppers films": a film by its place in a series)
    r"|^(?:(?:and|so|ok|which|what|whats) )?(?:(?:is|was) )?the (?:\d{1,2}(?:st|nd|rd|th)|second|third|fourth|fifth"
    r"|sixth|seventh|eighth|ninth|tenth) (?:one|1|film|movie|picture|entry|installment|instalment) (?:in|of) \w"
    # ("which five little peppers movie came second": a film of a series by its place)
    r"|^(?:which|what) (?:[a-z0-9'-]+ ){1,5}(?:movie|film|picture|one|short|cartoon|entry) (?:came|come|was|is)"
    r"(?: out)? (?:first|second|third|fourth|fifth|sixth|last|\d{1,2}(?:st|nd|rd|th))$"
    # ("the only movie james cagney ever directed": a film by what its maker did, the question not asked)
    r"|^(?:(?:and|so|ok) )?the (?:only|first|last|final|one) (?:movie|film|picture|feature|time) (?:that )?"
    r"(?:[a-z.'-]+ ){1,4}(?:ever |also |actually )?(?:directed|made|wrote|produced|starred in|appeared in)$"
    # ("whats that 1905 spoof follow up of …", "what was that 80s horror with …": a film not talked of
    # yet, by when and what it is)
    r"|\bwhat (?:is|was) that (?:(?:19|20)?\d0s|1[89]\d\d|20\d\d) (?:\w+ )?(?:"
    + "|".join(sorted(_WHICH_GENRES | _FILM_FORMS | {"silent", "movie", "film", "flick"}))
    + r")\b(?! (?:about|called|again)$)(?=.* \w+ \w+ \w+$)"
    # ("the 50s republic biopic of richard wagner": whose life it tells)
    r"|\b(?:biopic|documentary|doc) (?:of|on) (?!(?:it|this|that|which|what|whom?)\b)\w"
    # "travolta plays an angel who gets sent down to earth, what's that one called": a story, then the
    # question for its name
    # (not "… some ray bradbury thing, what was it called": "it" is the thing)
    r"|\bwhat (?:is|was) (?:that|this)(?: (?:one|1|movie|film|flick))? called$"
    # ("a lawyer who doesn't believe in ghosts inherits a haunted house - what's that movie")
    r"|\bwhat (?:is|was) (?:that|this|the) (?:movie|film|flick)$"
    # ("1936 musical made in yiddish, molly picon stars, whats the title": a story, then its title asked)
    r"|^(?:\S+ ){8,}what (?:is|was) the title$"
    # ("that prequel about the two dumb guys back in high school": "that" recalls a film not talked of)
    r"|^that (?:prequel|sequel|remake) (?:about|where|in which)\b"
    r"|\b(?:pixar|disney|dreamworks|ghibli|animated|anime) (?:one|1) (?:where|about)\b|\bwhat was (?:that|the) (?:\w+ ){0,2}(?:movie|film|thing|short|pilot|serial|anthology)\b|\bi(?:m| am) looking for (?:a|the) (?:movie|film)\b"
    # "which 40s horror has a woman who …", "what old western is about …"
    # (not "what war is advance to the rear set during": the war asked of a film)
    # ("which edison short is supposed to be the first …", "which william s hart western from 1917 got
    # …", "which 1936 horror flick was …": whose film and when, then its kind; words that ask of a
    # film or a part, never among them)
    r"|^(?:which|what) (?:old |early |late )?doc (?:has|had|is|was|where|with|about(?= \w)|in which|that)\b"
    # (not "which world war is it set in": a war is a film's kind only as "war movie")
    # ("whats that tiny 1901 edison film that …", "which was the 2nd tom n jerry short ever made")
    # (not "whats up doc with barbra streisand": "doc" ends titles too)
    + "|"
    + _kind_opening((_WHICH_GENRES | _FILM_FORMS) - {"war", "doc"})
    + r"(?:(?:movie|film|flick) )?(?:from (?:the )?(?:19|20)?\d\ds? )?"
    # (not "what's the thin blue line documentary about": what the film named is about)
    r"(?:has|had|is|was|where|with|about(?= \w)|in which|that|got|gets|ever)\b"
)
# "which 50s western did a little ron howard make his screen debut in", "what was the republic musical
# comedy … that introduced rita moreno": which film of a kind, then anything told of it (read only when
# no title is found; not "which musical number is it", asked of the film talked of)
_KIND_THEN_STORY = re.compile(
    _kind_opening((_WHICH_GENRES | _FILM_FORMS) - {"war"})
    + r"(?!(?:is|was|does|did|do|has) (?:it|this|that|he|she|they)\b)(?:\w+ ){2}\w"
)
_ITS = re.compile(r"\b(?:it|its|he|she|they)\b")


def _copy_of_a_film(tokens: list[_Token]) -> bool:
    """ "the italian predator knockoff with reb brown": a film told by the one it copies, nothing else
    asked of it."""
    keys = {t.key for t in tokens}
    return bool(keys & _COPIES) and not keys & (ASKING | _KEYWORD_ASKS | _CUE_WORDS)


_COPIES = wordset("knockoff knockoffs ripoff ripoffs clone copycat mockbuster")


def _kind_then_story(tokens: list[_Token]) -> bool:
    said = " ".join(_plain_words(tokens))
    # (not "whats the movie velvet horizon about": what a film named, one we lack, is about)
    return (
        _KIND_THEN_STORY.search(said) is not None
        and _ITS.search(said) is None
        and not said.endswith(" about")
    )


_DESCRIBED_FROM_YEAR = re.compile(
    # ("which was the 2nd tom n jerry short ever made, from 1941": said last, set off)
    r"\b(?:flick|picture|silent|" + _FORM_OR_GENRE + r")s? from (?:19|20)\d\d\b|^.+ from (?:19|20)\d\d$"
)
# ("different movie, d-war who wrote it": the film named next is another than the one talked of)
_ANOTHER_FILM = re.compile(
    r"^(?:(?:ok|okay|so|now) )?(?:(?:a|an) )?(?:different|other|another|diff|new|next) (?:movie|film|flick|one|q)\b"
)
_SWITCH = re.compile(
    r"^(?:what|how) about\b|^back to\b|^now\b|^same (?:for|with)\b|^and (?:for|in)\b|^what of\b|"
    # ("and the sequel four mothers?": the film said to follow, asked the same)
    r"^and (?:the|its) (?:sequel|prequel|remake)\b|" + _ANOTHER_FILM.pattern
)
_REFERS_BACK = re.compile(r"\b(?:it|its|this|that|the (?:film|movie|flick|picture))\b")
# a question of its own about the story: "and what are they hunting for" (not "what about jaws")
_OWN_QUESTION = re.compile(
    r"\b(?:what|where|why|how|when|who|which) (?!about\b)(?:\w+ ){0,3}(?:they|he|she|it)\b"
    # "what war is advance to the rear set during", "men in war is set during which war"
    r"|\b(?:what|which|where|when)\b.*\bset (?:during|in)$|\bset (?:during|in) (?:what|which)\b"
)
# "sounds wild lol who directed it": a reaction to the last answer, then the question
_REACTIONS = wordset("sounds sound seems")

# the question ends on the film it means: "… in it", "… for that movie"
_FILM_REFERRED = re.compile(
    r"\b(?:in|of|from|for) (?:it|that|this|the (?:film|movie))$|\b(?:that|this) (?:one|1)\b"
)

# Subject patterns over the masked question (key words, FILM for the title).
_F = r"(?: (?:in|from|of) (?:(?:the (?:(?:19|20)\d\d )?)?FILM(?: (?:remake|original|version|one|1|movie|film))?|it|that|this|that one|this one|the (?:film|movie)))?"
_SUBJECT_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), role)
    for p, role in (
        # "mata hari from 1931 who's in the title role": the title role, asked
        (
            r"\bwho (?:is|s|was) (?:in|playing) (?P<s>the (?:title|lead|leading|main|starring) (?:role|part))\b",
            "character",
        ),
        # "what kind of job does nicolas cage's character have in FILM": what the actor's part does
        (
            r"\b(?:what|which) (?:kind of |sort of |type of )?(?:job|work|profession|occupation|career) (?:does|did) "
            r"(?P<s>(?!the\b|he\b|she\b|they\b)\w+(?: \w+){0,2}?)(?: s)? (?:character |part |role )?(?:have|do|hold)\b",
            "actor",
        ),
        (
            r"\bwho (?:plays|played|portrays|portrayed|voices|voiced|is playing|was playing|plays the role of|played the role of|plays the part of|played the part of) (?P<s>.+?)"
            + _F
            + r"$",
            "character",
        ),
        (
            r"\b(?:which|what) (?:actor|actress|voice actor|voice actress|guy|one) (?:plays|played|voices|voiced|portrays|portrayed) (?P<s>.+?)"
            + _F
            + r"$",
            "character",
        ),
        # "die hard villain who plays him", "jaws the police chief, who played him": the part, then who
        # plays it
        (
            r"^(?:(?:in )?FILM )?(?P<s>(?!who\b|what\b|which\b|FILM\b)\w+(?: \w+){0,3}?)(?: in FILM)? who "
            r"(?:plays|played|portrays|portrayed|voices|voiced|is playing|was playing) (?:him|her|them)$",
            "character",
        ),
        # "queen kelly, who had the title role"
        (
            r"\bwho (?:had|has|got|gets|landed|took|takes) (?P<s>the (?:\w+ ){0,2}(?:role|part))" + _F + r"$",
            "character",
        ),
        # "who's ben johnson supposed to be in X": the part of an actor
        (r"\bwho (?:is|s|was) (?P<s>.+?) (?:supposed|meant) to be(?: playing)?" + _F + r"$", "actor"),
        # "antonio banderas in uncharted is the villain? whats his name": the actor's part
        (
            r"^(?P<s>(?!who\b|what\b|the\b)\w+ \w+(?: \w+)?) in FILM\b.* what is (?:his|her|their) (?:name|character|role|part)"
            r"(?: there| here| in it| in that| in this)?$",
            "actor",
        ),
        # "jon cryer in hiding out plays a": the sentence left for the part to finish it
        (
            r"^(?P<s>(?!who\b|what\b|the\b)\w+ \w+(?: \w+)?) in FILM (?:plays|is playing|played|is|was) (?:a|an|the)$",
            "actor",
        ),
        # "who's anna kendrick voicing in trolls"
        (r"\bwho (?:is|s|was) (?P<s>.+?) (?:voicing|playing|portraying)" + _F + r"$", "actor"),
        # "jim carreys character is called what", "fred astaire's character in swing time whats his name"
        (
            r"^(?:FILM )?(?P<s>(?!who\b|what\b|the\b)\w+ \w+?)(?: s|s) (?:character|role|part)(?: in FILM)? (?:is (?:called|named)"
            r"(?: what)?|what is (?:his|her|their) name)$",
            "actor",
        ),
        # "yankee doodle dandy cagney plays which broadway guy", "dennis quaid in the alamo, which
        # historical guy": the part of an actor, asked by what kind of part it is
        (
            r"^(?:FILM )?(?P<s>(?!who\b|what\b|which\b|the\b|he\b|she\b)\w+(?: \w+){0,2}?)"
            r"(?: (?:plays|played|is|was)| in FILM)? (?:which|what) (?:\w+ ){0,2}(?:guy|person|man|woman|figure)$",
            "actor",
        ),
        # "afterlife of the party, victoria justice is which character", "i am michael - james franco is
        # who exactly": a name, then what part it is
        (
            r"^(?:FILM )?(?P<s>(?!who\b|what\b|which\b|the\b|he\b|she\b|they\b|it\b)\w+(?: \w+){0,2}?)"
            r"(?: in FILM)? (?:is|was|plays|played) (?:which|what|who)(?: character| role| part)?"
            r"(?: exactly| again| then| in it| in FILM)?$",
            "actor",
        ),
        # "ok and what's kate hudson's character called"
        (
            r"\bwhat (?:is|s|was) (?P<s>(?!the\b|his\b|her\b)\w+ \w+) s (?:character|role|part)"
            r"(?: s name| called| named)?" + _F + r"$",
            "actor",
        ),
        (r"\bwho (?:is|s|was) (?P<s>.+?) (?:played|voiced|portrayed) by" + _F + r"$", "character"),
        # ("whos roger moores character in for your eyes only": whom an actor plays, apostrophe or not)
        (
            r"^(?:\w+ )?who (?:is|s|was) (?P<s>(?!the\b|his\b|her\b)\w+ \w+)(?: s)? (?:character|role|part)"
            + _F
            + r"$",
            "actor",
        ),
        # "ok and the celebrity chef, who plays him"
        (
            r"^(?:and |what about )?(?P<s>(?:the |his |her )?[a-z][\w ]*?) who (?:plays|played|voices|voiced) (?:him|her|them)$",
            "character",
        ),
        (
            r"\bwho (?:is|s|was) (?P<s>.+?) in FILM played by$",
            "character",
        ),  # "who's the killer in X played by"
        # ("in moscow on the hudson the circus clown is played by who")
        # ("jimmy hoffa's played by who in it": "'s" for "is")
        (
            r"^(?:in FILM )?(?P<s>.+?) (?:is|s|was|gets) (?:played|voiced|portrayed) by(?: who| whom)?"
            + _F
            + r"$",
            "character",
        ),
        (
            r"^(?P<s>.+?) (?:in|from) FILM (?:is|was|gets) (?:played|voiced|portrayed) by(?: who| whom)?$",
            "character",
        ),
        # (not "who is being hunted in …": whom the story's events befall, a question of the story)
        (
            r"^(?:in FILM )?who (?:is|s|was) (?P<s>(?!in\b|the cast\b|starring\b|being\b).+?) in FILM$",
            "character",
        ),
        (r"^in FILM who (?:is|s|was) (?P<s>(?!in\b|the cast\b|starring\b|it\b).+?)$", "character"),
        # ("who are the two cops in heat": a part of several; not "who are they robbing")
        (
            r"^(?:in FILM )?who (?:are|were) (?P<s>the (?!(?:cast|actors|actresses|stars|women|men|people|"
            r"characters|leads|main \w+) in FILM$).+?) in FILM$",
            "character",
        ),
        # keyword style: "runaways joan jett actor", "the runaways cherie's mom actress"
        (
            # ("jawbreaker the dead fourth girl whos the actress": who is asked, then of whom)
            # (not "humoresque (46) lead actress": which of the cast leads, read with the actress asked)
            r"^FILM (?P<s>(?!who\b|what\b)(?!(?:lead|main|leading|female|male|supporting|star) actress$)"
            r"[a-z][\w ]*?) (?:(?:who is|who s|whos) the )?(?:actor|actress|(?:is |was )?played by|plays who)$",
            "character",
        ),
        (
            r"\b(?:what|which|who) (?:role|part|character)s? (?:does|did|do|is|was|are|were) (?P<s>.+?) (?:play|playing|portray|have|in)"
            + _F
            + r"$",
            "actor",
        ),
        (r"\bwho (?:does|did) (?P<s>.+?) s voice" + _F + r"$", "character"),  # "who does fiona's voice"
        (r"\bwho (?:does|did|do) the voices? (?:of|for) (?P<s>.+?)" + _F + r"$", "character"),
        # "who does the female voices for the chimps": the voices, as the reviews describe them
        (
            r"\bwho (?:does|did|do|provides|provided) the (?P<s>(?:female|male|additional|other|singing|animal|background)"
            r" voices?)(?: (?:for|of) (?:the )?\w+)?" + _F + r"$",
            "character",
        ),
        # ("who do clyde beatty and mickey spillane play": two of them)
        (r"\b(?:what|who) (?:does|did|do) (?P<s>.+?) (?:play|portray|voice)" + _F + r"$", "actor"),
        # "what does michael douglas's character do (for a living)": the part, described
        (
            r"\bwhat (?:does|did|is) (?P<s>.+?) s (?:character|role|part)(?: s)? (?:do|like|job|occupation)\b",
            "actor",
        ),
        # "whats the name of the rapper damon wayans plays": the part an actor plays, described first
        (
            r"^what (?:is|s) the name of the (?:\w+ ){1,2}?(?P<s>(?!he\b|she\b|they\b)\w+ \w+) "
            r"(?:plays|played|voices|voiced|is playing)" + _F + r"$",
            "actor",
        ),
        # "what kinda guy is bogart in it all came true": the part of an actor, by its kind
        (
            r"\bwhat (?:(?:kind|sort|type)(?: of)? )?(?:guy|character|person|man|woman|role|part|dude) (?:is|was) "
            r"(?P<s>(?!he\b|she\b|they\b|it\b|the\b)\w+(?: \w+){0,2}?)(?: playing)?" + _F + r"$",
            "actor",
        ),
        # "what kind of guy does adam sandler play"
        (
            r"\bwhat (?:kind|sort|type) of (?:\w+ )?(?:does|did|do) (?P<s>.+?) (?:play|portray|voice)"
            + _F
            + r"$",
            "actor",
        ),
        (r"\bwho (?:is|s|was) (?P<s>.+?) (?:playing|portraying|voicing)" + _F + r"$", "actor"),
        # ("david bradley voices who in del toro's pinocchio", "anthony dexter plays which outlaw in …")
        (
            r"^(?P<s>.+?) (?:plays|played|voices|voiced|portrays|portrayed) (?:who|(?:what|which)(?: [a-z]+){0,2}?)"
            + _F
            + r"$",
            "actor",
        ),
        (
            r"^(?:FILM )?(?:what (?:is|was|s) )?(?P<s>(?!who\b|which\b).+?) s (?:role|character|part)"
            + _F
            + r"$",
            "actor",
        ),
        # "whats christopher lloyds character called": a possessive typed without its apostrophe
        (
            # ("whats maureen o sullivans part", "whats claudette colberts job in it")
            r"^(?:FILM )?(?:what (?:is|was|s) )?(?P<s>(?!the\b|a\b|his\b|her\b|their\b)\w+"
            r"(?: (?:o|de|van|von|la|le|del|da|di|du|st|mac))? \w+s) "
            # ("leslie nielsens guy in the naked gun, name?")
            r"(?:role|character|part|job|occupation|profession|guy|gal|girl|dude)(?: called| name| s (?:job|occupation))?"
            r"(?: in it)?" + _F + r"(?: name| called)?$",
            "actor",
        ),
        (r"^(?:is|was) (?P<s>.+?) in FILM$", "actor"),
        # ("in the fuller brush girl what is lucille ball": the film first, then what someone is in it)
        (
            r"^(?:in|from) FILM,? what (?:is|was|s) (?P<s>(?!the\b|it\b|this\b|that\b|he\b|she\b|they\b|its\b)(?![\w'’ -]*\b(?:name|called|role|part|character|job|title)\b)"
            r"[a-z][\w'’-]* [a-z][\w'’-]*(?: [a-z][\w'’-]*)?)$",
            "actor",
        ),
        # "non stop what is liam neeson's job", "what does john cusack do for a living in it"
        (
            r"^(?:FILM )?what (?:is|was|s) (?P<s>(?!the\b|his\b|her\b|their\b)\w+(?: \w+){0,2}?) s "
            r"(?:job|occupation|profession|line of work)(?: in it)?" + _F + r"$",
            "actor",
        ),
        (
            r"^(?:FILM )?what (?:does|did) (?P<s>(?!the\b|he\b|she\b|they\b|it\b)\w+(?: \w+){0,2}?) do for a living"
            r"(?: in it)?" + _F + r"$",
            "actor",
        ),
        # an actor, the film, then the question: "tim mcgraw in blind side, what role", "anne hathaway
        # devil wears prada character name", "mila kunis black swan who does she play"
        (
            r"^(?P<s>(?!who\b|what\b|which\b)[a-z][\w ]*?) (?:in )?FILM (?:what|which|who)? ?(?:s )?"
            r"(?:role|part|character|character name|(?:does|did) (?:she|he) (?:play|portray|voice)|plays (?:who|what)"
            r"|played (?:who|what)|voices (?:who|what)|is who|who (?:is|s) (?:she|he)(?: playing)?|who s (?:her|his) character"
            r"|(?:is )?(?:she|he) play(?:s|ing)?"  # "denzel in he got game whos he play"
            # "harrison ford in witness, what's his job in it"
            r"|(?:is )?(?:his|her) (?:character s )?(?:job|occupation|profession|line of work)(?: in it)?"
            r"|does (?:she|he) do(?: for a living)?(?: in it)?"
            # "colin firth in hope springs whats his character do"
            r"|(?:what )?(?:is |does )?(?:his|her) character(?: s)? (?:do|job)(?: for a living)?(?: in it)?"
            # "mark wahlberg in ted whats his characters name"
            r"|(?:what is )?(?:his|her) characters? (?:s )?name"
            r"|who (?:s|is) (?:she|he) (?:meant|supposed) to be(?: in it)?)$",
            "actor",
        ),
        (
            r"^(?P<s>(?!who\b|what\b|which\b)[a-z][\w ]*?) (?:s )?(?:role|part|character)(?: name)? (?:in|from) FILM$",
            "actor",
        ),
        # "teen wolf michael j fox is playing what exactly"
        (
            # (not "wings in the dark whats unusual about the main character": a question of the part)
            r"^FILM (?P<s>(?!(?:what|whats|which|who|whos|where|why|how)\b)[a-z][\w ]*?) (?:role|part|character|plays who|played who"
            r"|(?:is )?playing (?:who|what)(?: exactly)?)$",
            "actor",
        ),
        # keyword style: "die hard villain", "lady bird mom"
        (r"^FILM (?P<s>(?:the )?(?:" + "|".join(sorted(ROLE_WORDS)) + r"))$", "character"),
        (
            # "and his ex wife", "and her new boyfriend"
            r"^(?:and |what about |how about )?(?P<s>(?:his|her|their|the|(?:\w+ ){0,2}\w+ s) "
            r"(?:(?:ex|new|old|late|first|second|older|younger|big|little|real) )?(?:"
            + "|".join(sorted(ROLE_WORDS))
            + r")(?: \w+)?)$",
            "character",
        ),
        (
            # "and the shark hunter?", "what about the marine biologist", "… the fbi agent": someone by what
            # they do (not "and the other", "and the writer")
            r"^(?:and |what about |how about )?(?P<s>(?:his|her|their|the) (?:\w+ )?"
            r"(?!(?:other|another|latter|former|number|character|trailer|poster|answer|order|director|writer"
            r"|producer|composer|editor|author|screenwriter|cinematographer|actor|remake|sequel|original)\b)"
            r"(?:\w{3,}(?:er|or|ist|ian|ess)|\w{2,}(?:(?<!m)ent|ant)))$",
            "character",
        ),
        (
            # (not "whos the guy in it": the male lead, whoever he plays)
            r"\bwho (?:is|s|was|are|were) (?!the (?:guy|girl|dude|lady|man|woman) (?:in|from|of) \w+$)"
            r"(?P<s>(?:his|her|their|the|\w+ s) (?:\w+ )?(?:"
            + "|".join(sorted(ROLE_WORDS))
            + r")s?)"
            + _F
            + r"$",
            "character",
        ),
        # "kung fu panda 2 who's the villain, some bird?", "eternals who are the bad guys they fight":
        # the title, then a role word asked after, and chatter or a clause after it (not "the best
        # pool player", "the female lead opposite clark gable")
        (
            r"^FILM who (?:is|s|was|are|re|were) (?P<s>the (?:\w+ )?(?:"
            + "|".join(sorted(ROLE_WORDS - {"best"}))
            # ("expendables 2 who's the villain mercenary they go after": a noun, then the clause)
            + r"))(?: [a-z]+(?= (?:they|he|she|it|that|who|which)\b))?(?: (?:they|he|she|it|that|who|which|some|the|a|an)\b.*)?$",
            "character",
        ),
        # "and who's the villain going after xavier's school", "who's the bad guy arnold is chasing":
        # a role word, then a clause about the part
        (
            r"\bwho (?:is|s|was|are|re|were) (?P<s>the (?:\w+ )?(?:"
            + "|".join(sorted(ROLE_WORDS - {"best"}))
            + r"))(?= (?:that|who|whom|which|he|she|they|going|trying|chasing|hunting|after)\b"
            r"| \w+ (?:is|was|s|keeps) \w+ing\b)",
            "character",
        ),
    )
)
_SUBJECT_NOISE = re.compile(
    r"^(?:the (?:role|part) of |the character |character )"
    r"|^(?:(?:and|ok|okay|so|but|also|now) )+"  # "and sam elliott plays who": a turn's opener
    r"|(?: (?:in|from) (?:it|that|this|that (?:one|1)|this (?:one|1)|the (?:film|movie)))$"
    r"|(?: (?:in|from) the (?:(?:19|20)?\d\d|'\d\d) (?:film|movie|one|1|version|serial))$"  # "in the 94 movie"
    r"|(?: (?:there|then|again|now))$"  # "who plays wyatt earp there"
    r"|(?: (?:himself|herself|themselves|itself))$"  # "who plays snowden himself"
)


@dataclass(frozen=True)
class _Token:
    key: str  # one key word (folded, numerals as digits)
    raw: str  # the word as written
    start: int = 0  # where the word stands in the question
    end: int = 0
    numbered: bool = False  # a number said after "part", "chapter", "vol." (the marker dropped)


def tokenize(text: str) -> list[_Token]:
    out: list[_Token] = []
    # "role(s)": one word, its plural mark blanked (positions kept)
    text = re.sub(r"(?<=\w)\((?:s|es)\)", lambda m: " " * len(m.group()), text)
    # ("her co-star": one word, not "co" and a star; positions kept)
    text = re.sub(r"\b([Cc]o)-(star\w*)", r"\1\2 ", text)
    for match in _TOKEN.finditer(text):
        raw = match.group().strip(".'’-")
        keys = key_words(raw) if raw else []
        # "part 2" → "2": key_words drops the marker only inside one string, so do it across tokens
        # ("catwoman w halle berry": "w" typed for "with", which titles' keys hold too; a capital "W."
        # is the film W.)
        out.extend(
            _Token(
                "with" if k == "w" and raw != "W" else _cue_spelling(_SMALL_SLIPS.get(k, k)),
                raw,
                match.start(),
                match.end(),
            )
            for k in keys
        )
    # ("star wars: episode i – the phantom menace", "hot shots! part deux": a number after a marker, as
    # title keys read it — but a lone "i" not after "part": "the part i liked")
    out = [
        replace(t, key=NUMBERS_AFTER_MARKER[t.key])
        if t.key in NUMBERS_AFTER_MARKER
        and i
        and out[i - 1].key in NUMBER_MARKERS - ({"part", "pt"} if t.key == "i" else set())
        else t
        for i, t in enumerate(out)
    ]
    marker = [
        t.key in NUMBER_MARKERS and i + 1 < len(out) and out[i + 1].key.isdigit() for i, t in enumerate(out)
    ]
    return [replace(t, numbered=bool(i and marker[i - 1])) for i, t in enumerate(out) if not marker[i]]


# small words typed with two letters swapped ("who was in cult of teh cobra")
_SMALL_SLIPS = {"teh": "the", "hte": "the", "adn": "and", "nad": "and", "waht": "what", "whta": "what",
                "wiht": "with", "taht": "that"}  # fmt: skip


# "who's" folds to "whos": spelled out again for the cue and subject patterns
_CONTRACTIONS = {
    "whos": ("who", "is"), "whats": ("what", "is"), "wheres": ("where", "is"), "hows": ("how", "is"),
    "thats": ("that", "is"), "theres": ("there", "is"), "whose": ("whose",), "isnt": ("is", "not"),
    "wasnt": ("was", "not"), "doesnt": ("does", "not"), "didnt": ("did", "not"), "dont": ("do", "not"),
    "whod": ("who", "did"), "wholl": ("who", "will"), "whered": ("where", "did"), "whatd": ("what", "did"),
    "howd": ("how", "did"), "whend": ("when", "did"), "whyd": ("why", "did"),
}  # fmt: skip


def _spelled_out(token: _Token) -> tuple[str, ...]:
    """A token's words for reading the question: contractions and possessives apart again."""
    if token.key in _CONTRACTIONS:
        return _CONTRACTIONS[token.key]
    if re.search(r"['’]s$", token.raw) and token.key.endswith("s") and len(token.key) > 2:
        return (token.key[:-1], "s")
    return (token.key,)


def _typed(tokens: list[_Token]) -> str:
    """The tokens' words as typed, a hyphenated word once ("co-pilot" is two tokens of one word)."""
    return " ".join(t.raw for i, t in enumerate(tokens) if not i or tokens[i - 1].start != t.start)


def is_frame(word: str) -> bool:
    return (
        word in _CONTRACTIONS
        or word in FRAME
        or YEAR_TOKEN.match(word) is not None
        or re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?|(?:19|20)?\d0s", word) is not None  # "3rd", "the 80s"
    )


def _name_word(word: str) -> bool:
    """A word that could belong to a name (not a question word, a number, or a verb form)."""
    verb_form = len(word) > 4 and word.endswith(("ed", "ing"))
    return bool(word) and not is_frame(word) and not word.isdigit() and not verb_form


def _is_question_word(word: str) -> bool:
    """Frame words that never stand inside a title typed with a typo (role words may: "mama mia")."""
    return is_frame(word) and word not in ROLE_WORDS


def _capitalised(tokens: list[_Token], spot: Spot) -> bool:
    """Written like a title: capitalised words (not just the first word of the message)."""
    words = [t.raw for t in tokens[spot.start : spot.end] if t.key not in {"the", "a", "an", "of", "and"}]
    return (
        spot.start > 0
        and any(w[:1].isupper() for w in words)
        and all(w[:1].isupper() or w[:1].isdigit() for w in words)
    )


@dataclass(frozen=True)
class _Place:
    """Where a spotted run stands in the question."""

    words: list[str]
    content: list[str]  # its words that are not question words
    named: list[str]  # its words without articles
    before: str  # the word before it (an article skipped)
    after: str
    slot: bool  # a title stands here: "in X", "directed X", "X director"
    year: bool  # a year beside it
    capitalised: bool
    at_end: bool
    continued: str  # "" or how the words after it go on: "capitalised" (A Kiss in the Dark), "named"
    keyword: bool = False  # first, then a name, then what it asks: "the apartment billy wilder actors"
    passive: bool = False  # first, then asked of in the passive: "the boss baby was directed by who"
    by_name: bool = False  # "the brendan fraser mummy": a version named by a person before the title
    year_fits: bool = False  # the year beside it is one of its films' years
    described: bool = False  # a word, then a film word: "1917 war movie cast"
    # where it is from or its kind, then a film word: "settai tamil film - which city …"
    kind_said: bool = False
    article: str = ""  # the article right before it ("a" of "in a big old house")
    before2: str = ""  # the word before `before`
    before3: str = ""  # … and the one before that
    # "what does the kid in evilspeak use to …": in the subject of "what does …", its verb follows
    in_subject: bool = False
    set_off: bool = False  # a mark after it: "cloverfield, all unknowns right"
    led: bool = False  # the message opens with name words, then "in"/"of" and it: "vampire in brooklyn"
    opened_in: bool = False  # the message opens "in" and it: "in hearts divided jerome ends up …"
    # "… the boxer in the first one", "… the sheriff in it": "in", then only words pointing at a film
    in_the_one: bool = False
    trailed: bool = False  # one word, then "the" and name words end the message: "wag the dog"
    owned: bool = False  # whose film it is, between "in" and it: "in chaplins the tramp"
    quality_after: bool = False  # a number spelled out, then an "-ed" word or a plural: "three fingered jack"
    # where it is set or was shot follows: "what hotel is the shining set in"
    placed: bool = False
    # opening the message, then a name of two or three words and the question: "walter mitty ben stiller
    # who wrote it"
    starred: bool = False


def _names_then_mark(tokens: list[_Token], end: int) -> bool:
    """One to three name words after a title, then a mark ("the majestic jim carrey, …")."""
    return any(
        all(_name_word(t.key) and t.key not in _KINDS_OF_FILM for t in tokens[end : end + n])
        and _set_off(tokens, end + n)
        for n in range(1, 4)
        if end + n < len(tokens)
    )


def _names_then_question(tokens: list[_Token], end: int) -> bool:
    """Two or three name words after a title, then a question word ("… ben stiller who wrote it"; "…
    ben stiller version who wrote it")."""
    keys = [t.key for t in tokens]
    return any(
        all(_name_word(k) and k not in _KINDS_OF_FILM for k in keys[end : end + n])
        and (
            keys[end + n] in ASKING
            or (keys[end + n] in {"version", "remake"} and keys[end + n + 1] in ASKING)
        )
        for n in range(2, 4)
        if end + n + 1 < len(tokens)
    )


def _title_goes_on_to_its_question(tokens: list[_Token], at: int) -> bool:
    """ "ride the wild surf whats it about": name words running on, unmarked, to a question of "it" —
    all of it the title (one we lack), not Ride and then its question."""
    named = list(
        itertools.takewhile(lambda t: _name_word(t.key) and t.key not in ASKING, tokens[at : at + 4])
    )
    end = at + len(named)
    return (
        1 <= len(named) <= 3
        and end < len(tokens)
        and tokens[end].key in ASKING
        and not _set_off(tokens, end - 1)
        and "it" in {t.key for t in tokens[end + 1 :]}
    )


def _opening(tokens: list[_Token], spot: Spot) -> int:
    """Where the title's run opens, an article typed before it counted."""
    return spot.start - 1 if spot.start > 0 and tokens[spot.start - 1].key in ARTICLES else spot.start


def _owner_between(tokens: list[_Token], spot: Spot) -> int | None:
    """Where the name of whose film it is stands, between "in" and the title or opening the message,
    written as an owner's, apostrophe or not ("in chaplin's the tramp", "in chaplins the tramp",
    "hitchcocks psycho who plays norman"; whether it names one of the film's people is read when it is
    resolved, else it opens a longer title we lack)."""
    first = _opening(tokens, spot)
    if first != 1 and (first < 2 or tokens[first - 2].key != "in"):
        return None
    token = tokens[first - 1]
    # (a title that has "the", typed without it after a name, ends a longer title: "carlitos way")
    headless = tokens[first].key not in ARTICLES and all(
        f.title.lower().startswith(("the ", "a ", "an ")) for f in spot.films
    )
    owner = (
        not headless
        and len(token.key) > OWNER_MIN
        and token.key.endswith("s")
        and not is_frame(token.key)
        and (token.raw.lower().endswith(("'s", "’s")) or not token.key.endswith("ss"))
    )
    return first - 1 if owner else None


OWNER_MIN = 3  # letters of a word read as whose film it is, past its "s"


def _asked_about(tokens: list[_Token], spot: Spot, before: str, after: str) -> bool:
    """ "whats bad sister about", "what is a place to live about": two words or more between "what is"
    and a closing "about" (not "what is it about": the film talked about)."""
    named = [t.key for t in tokens[spot.start : spot.end] if t.key not in ARTICLES]
    # (a whole title: not "whats escape room about", the main part of a longer one)
    return (
        spot.exact
        and len(named) >= 2
        and before in {"whats", "is", "s", "was"}
        and after == "about"
        and all(t.key in CLOSING_CHAT for t in tokens[spot.end + 1 :])
    )


def _place(tokens: list[_Token], spot: Spot) -> _Place:
    words = [t.key for t in tokens[spot.start : spot.end]]
    first = _opening(tokens, spot)
    before = tokens[first - 1].key if first > 0 else ""
    after = tokens[spot.end].key if spot.end < len(tokens) else ""
    described = spot.end + 1 < len(tokens) and tokens[spot.end + 1].key in FILM_WORDS
    kind_said = described and after in NATIONALITIES | GENRE_WORDS
    # ("the majestic jim carrey, what does everyone suspect him of": a title, a name, a mark, the question)
    # (a lone bare word before a name is its first name: "shirley temple heidi, …" is not Shirley)
    owned = _owner_between(tokens, spot) is not None
    keyword = first == 0 and (
        any(t.key in _KEYWORD_ASKS for t in tokens[spot.end + 1 :])
        or (spot.end - spot.start >= 2 and _names_then_mark(tokens, spot.end))
    )
    return _Place(
        words=words,
        content=[w for w in words if not is_frame(w)],
        named=[w for w in words if w not in ARTICLES],
        before=before,
        after=after,
        # ("who is king richard", "and who was the star": after "who is" comes a person asked about, not
        # a film — but "who was flick directed by" asks of the film)
        slot=(
            before in _SLOT_BEFORE
            and not (
                first >= 2
                and tokens[first - 2].key == "who"
                and (before == "is" or (before == "was" and spot.end == len(tokens)))
            )
        )
        # ("who plays the farmers daughter in chaplins the tramp": whose film, between "in" and the title)
        or owned
        or (spot.start == 0 and after in _CUE_WORDS | FILM_WORDS | ASKING | {"was", "is", "s"})
        # ("settai tamil film - …": opening the message, then where it is from or its kind, a film word)
        or (spot.start == 0 and kind_said)
        or (before == "whats" and after in _CUE_WORDS)  # "what's star 80 based on"
        # ("whats the king and i about": a title of common words, all that is asked about)
        or _asked_about(tokens, spot, before, after)
        # "phantom menace, the queen is from what planet": a title opening the message, set off
        or (first == 0 and spot.end - spot.start >= 2 and _set_off(tokens, spot.end))
        # "in the old 101 dalmatians cartoon what does cruella want": a title said to be a film
        or (after in KINDS_OF_VERSION | FILM_WORDS and spot.end - spot.start >= 2)
        or keyword,
        year=_is_year_of(after, spot.films)
        or _is_year_of(tokens[spot.start - 1].key if spot.start else "", spot.films)
        # ("the wife from 95, who wrote it"; "the kid, the 2019 western")
        or (
            (after == "from" or (after == "the" and _set_off(tokens, spot.end)))
            and spot.end + 1 < len(tokens)
            and _is_year_of(tokens[spot.end + 1].key, spot.films)
        )
        # ("who made over there the 1917 war movie": the year of its films, then what kind of film)
        or (
            after == "the"
            and spot.end + 2 < len(tokens)
            and _is_year_of(tokens[spot.end + 1].key, spot.films)
            and tokens[spot.end + 2].key in GENRE_WORDS | FILM_WORDS
        ),
        capitalised=_capitalised(tokens, spot),
        # (a laugh or a thanks after it ends nothing: "whos the star of the man with nine lives lol")
        at_end=all(t.key in CLOSING_CHAT for t in tokens[spot.end :]),
        quality_after=_spelled_quality(tokens, spot.end),
        continued=_continued(tokens, spot.end),
        keyword=keyword,
        passive=first == 0 and _PASSIVE_ASK.match(" ".join(t.key for t in tokens[spot.end :])) is not None,
        owned=owned,
        year_fits=any(
            str(f.year) in {after, tokens[spot.start - 1].key if spot.start else ""} for f in spot.films
        ),
        described=described,
        kind_said=kind_said,
        article=tokens[first].key if first < spot.start else "",
        before2=tokens[first - 2].key if first > 1 else "",
        before3=tokens[first - 3].key if first > 2 else "",
        in_subject=before in {"in", "from", "of"}
        and tokens[0].key in ASKING
        and any(t.key in _DO for t in tokens[1:3]),
        set_off=_set_off(tokens, spot.end),
        starred=first == 0 and _names_then_question(tokens, spot.end),
        placed=after in _MADE_IN
        and (
            spot.end + 1 == len(tokens) or tokens[spot.end + 1].key in {"in", "at", "on", "during", "around"}
        ),
        trailed=len(words) == 1
        and spot.end + 1 < len(tokens)
        and tokens[spot.end].key == "the"
        and (
            (len(tokens) <= spot.end + 3 and all(_name_word(t.key) for t in tokens[spot.end + 1 :]))
            or (first == 0 and _title_goes_on_to_its_question(tokens, spot.end + 1))
        ),
        led=first >= 2 and before in LEADING_JOINS and all(_name_word(t.key) for t in tokens[: first - 1]),
        opened_in=first == 1 and before == "in" and spot.exact and spot.end - spot.start >= 2,
        by_name=len(spot.films) > 1 and _name_after_the(tokens, spot.start) is not None,
        in_the_one=after == "in"
        and spot.end + 1 < len(tokens)
        and all(t.key in _POINTING or YEAR_TOKEN.fullmatch(t.key) for t in tokens[spot.end + 1 :])
        # ("who plays the phantom in the 1943 film": the title role, that year's film named after it)
        and not any(_is_year_of(t.key, spot.films) for t in tokens[spot.end + 1 :]),
    )


_POINTING = wordset(
    "it that this the first second third one 1 original remake new newer old older latest film movie"
)


_JOINERS = frozenset({"in", "of", "the", "and", "a", "an", "on", "at", "to"})
_PLACING = frozenset({"under", "over", "beyond", "outside"})  # "a woman under the influence"
# "vampire in brooklyn": the words that join the words opening a question to a one-word title
LEADING_JOINS = frozenset({"in", "of", "on", "at"})
# "the apartment billy wilder actors", "hugo scorsese based on what": the title, a name, the question
_KEYWORD_ASKS = frozenset(
    {
        "cast",
        "actors",
        "actor",
        "actress",
        "actresses",
        "director",
        "directors",
        "writer",
        "writers",
        "screenplay",
    }
    | {"plot", "based", "adapted"}
)
_MUSIC = frozenset({"music", "score", "soundtrack", "songs"})
# "… was directed by who", "… is written by whom": who made a film, asked in the passive after it
_PASSIVE_ASK = re.compile(
    r"(?:is|was|s) (?:\w+ ){0,2}?(?:directed|written|produced|made|scored|narrated|shot) by (?:who|whom)\b"
)
LONG_START = 4  # words of a title's start that hold a shorter title wherever it stands
OPENING_BONUS = 20.0  # a title that opens the question, its question right after
# "kindergarten cop who …": a title first, then its question
ASKING = frozenset({"who", "whos", "what", "whats", "which", "where", "wheres", "when", "why", "how", "hows"})


def _set_off(tokens: list[_Token], end: int) -> bool:
    """A mark, not just a space, between a run's last word and the next word ("norma rae - …")."""
    return 0 < end < len(tokens) and tokens[end].start - tokens[end - 1].end > 1


# a form a film takes, said after its title ("the phantom serial from 43")
_FORMS = wordset("serial short miniseries")


def _continued(tokens: list[_Token], end: int) -> str:
    """How the words after a title run go on, past small joining words: "capitalised" when the next
    word is written like a title word ("Magic Mike XXL", "A Kiss in the Dark"), "named" when it is
    a lowercase word that could belong to a name, "" otherwise."""
    if _set_off(tokens, end):
        return ""  # "cloverfield, all unknowns right": what follows the comma is no more title
    # "call me by your name": "by" and whose go on with the title (past an object pronoun: "call")
    k = end + int(end < len(tokens) and tokens[end].key in _OBJECT_PRONOUNS)
    if (
        [t.key for t in tokens[k : k + 1]] == ["by"]
        and k + 1 < len(tokens)
        and tokens[k + 1].key in _POSSESSIVES
    ):
        return "by"
    i = end
    while i < len(tokens) and tokens[i].key in _JOINERS | _PLACING:
        i += 1
    # ("house of 1000 corpses": a count after a joining word, then a word of a name)
    if (
        i > end
        and i + 1 < len(tokens)
        and tokens[i].key.isdigit()
        and not YEAR_TOKEN.fullmatch(tokens[i].key)
    ):
        i += 1
    if i >= len(tokens) or not _name_word(tokens[i].key):
        return ""
    if i == end and tokens[i].key in KINDS_OF_VERSION | GENRE_WORDS | _FORMS:
        return ""  # "the king and i cartoon", "1917 war movie": what kind of film, not more title
    return "capitalised" if tokens[i].raw[:1].isupper() and end > 0 else "named"


def _is_year_of(word: str, films: tuple[FilmRef, ...]) -> bool:
    """ "1982", or "82" when one of the films is from '82."""
    if YEAR_TOKEN.match(word):
        return True
    return re.fullmatch(r"\d\d", word) is not None and any(
        f.year and f.year % 100 == int(word) for f in films
    )


def _pronoun_one(tokens: list[_Token], spot: Spot) -> bool:
    """ "and the 1998 one", "the first one": "one" written as a word and standing alone is a pronoun,
    not the film "1" (unless capitalised like a title)."""
    raw = [t.raw for t in tokens[spot.start : spot.end] if t.key not in ARTICLES]
    return len(raw) == 1 and raw[0].lower() in {"one", "ones"} and not raw[0][:1].isupper()


def _spelled_quality(tokens: list[_Token], at: int) -> bool:
    """ "robin hood of el dorado three fingered jack": a number spelled out before a word in "-ed" says
    what someone is like ("three-fingered", "one-eyed"), no instalment; before a plural it counts them
    ("some more of samoa three stooges director")."""
    if at + 1 >= len(tokens) or not tokens[at].raw.isalpha():
        return False
    word = tokens[at + 1].key
    plural = len(word) > 3 and word.endswith("s") and not word.endswith("ss") and _name_word(word)
    return (len(word) > 4 and word.endswith("ed")) or (plural and word not in _KEYWORD_ASKS | FILM_WORDS)


def _numbered_on(where: _Place, spot: Spot) -> bool:
    """ "rocky 3", "spy kids 2": the title goes on with a film's number in its series (not "john wick 1",
    the title itself, nor "aliens 86", its year — two digits: "state property 2" is no 2002)."""
    return (
        re.fullmatch(r"\d{1,2}", where.after) is not None
        and where.after != "1"
        and not where.quality_after
        and not (
            len(where.after) == 2
            and any(f.year is not None and f.year % 100 == int(where.after) for f in spot.films)
        )
    )


def _numbered_further_on(tokens: list[_Token], spot: Spot) -> bool:
    """ "the gallows act 2 who wrote it", "class of 44 cast": the title goes on with a word and a film's
    number (not its year: "heat pacino 95") — a longer title we lack, not this one."""
    after = [t.key for t in tokens[spot.end : spot.end + 2]]
    # (typed as a number, not "the revenge of frankenstein, hammer one", "three secrets, teh one with …")
    if (
        len(after) < 2
        or re.fullmatch(r"\d{1,2}", tokens[spot.end + 1].raw) is None
        or _is_year_of(after[1], spot.films)
        or _set_off(tokens, spot.end)
    ):
        return False
    word = after[0]
    plain = _name_word(word) and word not in _CUE_WORDS | _KEYWORD_ASKS | FILM_WORDS | GENRE_WORDS
    return word in {"of", "act"} or (plain and word not in VERSION_WORDS | KINDS_OF_VERSION)


def _refused(where: _Place, spot: Spot) -> bool:
    """ "rocky 3" is not Rocky; "shark tornado 9" is neither Shark! nor Nine."""
    sequel = _numbered_on(where, spot)
    # "where does argo rescue …": after "does" comes the subject, then its verb
    inverted = where.before in _DO or where.in_subject
    # ("russell crowe gladiator role": a name before the title, then what is asked about it; before a
    # question word only a full name: "mystic river who directed" is no question about The River)
    asked_after = where.after in _CUE_WORDS or (
        where.after in {"who", "what", "which", "whos", "whats"} and _name_word(where.before2)
    )
    inside_longer = (
        len(where.named) == 1
        and not where.year
        and not where.keyword
        and not where.by_name
        and (
            (
                _name_word(where.after)
                and not inverted
                and not where.placed  # ("what hotel is the shining set in")
                and where.after not in _FORMS  # ("the phantom serial from 43")
                and not where.set_off
                and not where.kind_said  # ("settai tamil film - which city …")
            )
            # ("that kidnapping comedy snatched, who's in it": a film's kind before its title)
            or (
                _name_word(where.before)
                and where.before not in _SLOT_BEFORE
                and not where.owned  # ("in chaplins the tramp": whose film it is)
                and not asked_after
                and not (where.before in GENRE_WORDS | FILM_WORDS and where.set_off)
            )
        )
        # ("the newer awake": which of the title's films)
        and not (where.before in VERSION_WORDS and len(spot.films) >= 2)
    )
    # "Who stars in Magic Mike XXL?": a title we have, inside a longer one we do not
    longer_title = (
        (
            where.continued == "capitalised"
            # ("in moscow on the hudson the circus clown …": a title of four words goes on into words)
            # (not a title of two words or more the message opens with: "in hearts divided jerome …")
            # (but "in risen the roman soldier …": an article right after a title opening the message
            # starts what is asked)
            or (
                where.continued == "named"
                and where.before in {"in", "of", "from"}
                and len(where.named) <= 2
                and not where.opened_in
                and not (where.after in ARTICLES and not where.before2)
            )
            # "pirates of the caribbean at worlds end" is not Pirates ("a woman under the influence" is not
            # Woman)
            or (
                where.continued == "named"
                and len(where.named) == 1
                and where.after in {"of", "in", "at", "on"} | _PLACING
            )
        )
        and not where.year
        and not (len(where.named) == 1 and inverted)
        # ("who do the students in the last supper invite …": in the subject of "who do …" a title of
        # two words or more is followed by its verb)
        and not (where.in_subject and len(where.named) >= 2)
    )
    # "who did the music for it": the score asked about, not the film Music
    # (but "music, the 2021 one": a title dated is a film)
    music = set(where.named) <= _MUSIC and not where.capitalised and not where.year
    # "gone with the wind" is not The Wind: a short title after a joining word that follows a word of
    # a name runs on to the left (a longer title we lack)
    # ("pirates of the caribbean at worlds end" is not The World's End)
    # ("water for elephants" is not Elephant; but "the music for jaws" is the score of Jaws)
    # ("legends of the fall" is not The Fall: "of" after a word of a name runs on too, but not after
    # what a film has: "the budget of avatar")
    # ("the worst of faces of death": three words after "of" too; not "behind the camera for bleed for
    # this")
    runs_left = (
        len(where.named) <= (RUNS_LEFT_WORDS if where.before == "of" else 2)
        and (
            where.before in {"with", "and", "at"}
            or (where.before in {"for", "of"} and where.before2 not in _FOR_A_FILM | _OF_A_FILM)
        )
        and _name_word(where.before2)
        and not where.year
    )
    # "the last emperor" is not Emperor: "the last" before a title of one film is a longer title
    last_of_one = (
        where.before == "last"
        # (or someone's: "who was in sunlights last raid")
        and (
            where.before2 in ARTICLES | _POSSESSIVES
            or (len(where.before2) > 4 and where.before2.endswith("s") and _name_word(where.before2))
        )
        and len(spot.films) == 1
        and not where.capitalised
        and not where.year
    )
    # "in a big old house": a word after "a" describes something, unless the title opens with "a"
    described_thing = (
        _told_with_a(where, spot) and len(where.named) == 1 and not where.capitalised and not where.year
    )
    # "and his ex wife": a word after "his" is his, not the film The Ex
    possessed = (
        len(where.named) == 1 and where.before in _POSSESSIVES and not where.capitalised and not where.year
    )
    # ("the family man nicolas cage": an article the title lacks, then a word for someone after it, is
    # another noun phrase, not Family)
    # (nor is "the family man" The Family: "man" right after a word makes a noun of them)
    article_added = (
        len(where.named) == 1
        and where.words[0] in ARTICLES
        and not where.capitalised
        and not where.set_off
        and (
            where.after in _GROWN_UPS
            or (
                where.after in _SOMEONE_WORDS
                and not any(f.title.lower().startswith(f"{where.words[0]} ") for f in spot.films)
            )
        )
    )
    # "the woman he just married": after "he" come his doings, not the film Just Married
    done = where.before in _SUBJECT_PRONOUNS and not where.capitalised and not where.year
    # "the remake with the rock": the version with a person in it, not the film The Rock
    # "lars and the real girl": "the" then another word before a one-word title that opens with
    # "the" is another noun phrase, not The Girl (unless the word says which version: "the first omen");
    # "is it based on a real family": so is "a" and a word before a title that has no "a"
    apart = (
        len(where.named) == 1
        and not where.article
        and where.before2 in ARTICLES
        and where.before not in VERSION_WORDS
        and where.before not in ORDINALS  # ("the second godfather": its place in the series)
        and not where.capitalised
        and not where.year
        and (
            all(f.title.lower().startswith("the ") for f in spot.films)
            if where.before2 == "the"
            else not any(f.title.lower().startswith(f"{where.before2} ") for f in spot.films)
        )
    )
    # "who directed sniper reloaded": an instalment we lack, named by a sequel's word after the title
    instalment = where.after in _INSTALMENT_WORDS and not where.year
    # "who directed baby driver": a title that has "the", typed without it after a word for someone,
    # is the end of a longer title (not The Driver)
    headless = (
        len(where.named) == 1
        and not where.article
        and where.words[0] not in ARTICLES
        and bool(where.before)
        and not _is_question_word(where.before)
        and not _name_word(where.before)  # (a name before it is read apart: "the brendan fraser mummy")
        and where.before not in _SLOT_BEFORE | ARTICLES | _POSSESSIVES
        and not where.before.isdigit()
        and not where.year
        and not where.capitalised
        and all(f.title.lower().startswith("the ") for f in spot.films)
    )
    # "call me by your name": the title goes on past "by" and whose
    by_whom = where.continued == "by"
    # "which philip k dick story": a surname after a first name and its initial, not the film Dick
    surname = (
        len(where.named) == 1
        and len(where.before) == 1
        and where.before.isalpha()
        and _name_word(where.before2)
        and not where.capitalised
        and not where.year
    )
    starring = where.before == "with" and where.before2 in {
        "remake",
        "version",
        "original",
        "sequel",
        "one",
        "1",
    }
    # "the one from 27": a year, not the film 27 (nor "and in the 27 version?")
    two_digits = re.fullmatch(r"\d\d", " ".join(where.named)) is not None
    short_year = two_digits and (
        where.before == "from"
        or (where.words[0] == "the" and where.after in {"version", "remake", "adaptation"})
    )
    # "the kids are obsessed with": a verb's participle after "are", not the film Obsessed
    participle = (
        len(where.named) == 1
        and where.words[0] not in ARTICLES  # (not "what hotel is the shining set in")
        and re.fullmatch(r"\w{3,}(?:ed|ing)", where.named[0]) is not None
        and where.before in _LINKING
        and not where.capitalised
        and not where.year
    )
    # "what's it called in france": a country, not the film Frances
    # (of the film itself: "al pacinos character called in heat" names the film)
    abroad = (
        where.before in {"in", "outside"}
        and where.before2 in _CALLED
        and where.before3 in {"it", "its", "s", "is", "was", "film", "movie", "one"}
    )
    # ("fastest, the motogp doc after faster": the film asked about came after the one named)
    # (but "the movie after jaws" asks for its sequel: _SEQUEL_OF_NAMED)
    came_after = where.before in {"after", "following"} and where.before2 in GENRE_WORDS | {"doc"}
    # ("journey 2 the mysterious island cast": a numbered title we lack opens the message, its
    # subtitle a title of its own)
    subtitled = (
        re.fullmatch(r"\d{1,2}", where.before) is not None
        and _name_word(where.before2)
        and not where.before3
        and not where.year
    )
    # ("elvis plays 2 guys in it": a one-word title right before a verb of playing is the player)
    player = (
        len(where.named) == 1
        and where.after in _PLAY_WORDS
        and not where.year
        and where.before not in _SLOT_BEFORE
    )
    # ("who did she fall for while making it": a doing of the film talked about, not Making It)
    doing_it = (
        where.words[-1] == "it"
        and where.before in {"while", "when", "after", "before", "since"}
        and not where.capitalised
    )
    # ("47 ronin cast": a count opening the message is the start of a longer title we lack, not Ronin)
    counted = re.fullmatch(r"\d{1,3}", where.before) is not None and not where.before2 and not where.year
    return (
        sequel
        or doing_it
        or subtitled
        or counted
        or player
        or article_added
        or participle
        or abroad
        or short_year
        or came_after
        or _award(where)
        or inside_longer
        or surname
        or instalment
        or headless
        or by_whom
        or longer_title
        or music
        or possessed
        or described_thing
        or runs_left
        or last_of_one
        or done
        or starring
        or apart
        or where.trailed
    )


RUNS_LEFT_WORDS = 3  # the longest title a word of a name and "of" before it make a longer one


# what people ask for a film by ("the songs for frozen", "tickets for dune"): no title's own words
_FOR_A_FILM = _MUSIC | wordset(
    "song theme tickets ticket trailer trailers poster posters budget ratings rating awards spoiler spoilers "
    "summary synopsis recap plot review reviews ending credits cast material inspiration basis screenplay script "
    "story idea director writer writers"
)


# what a film has, asked "the X of TITLE"
_OF_A_FILM = wordset(
    "setting settings location locations theme themes message moral meaning runtime length title premise "
    "point twist twists star stars lead leads villain hero heroine rest events scene scenes climax sequel "
    "sequels remake remakes version versions soundtrack name names tagline budget box office gross "
    "gist jist rundown lowdown outline idea basics source basis inspiration screenplay script director writer "
    "writers cast"
)


_CALLED = wordset("called titled known released named")
_SOMEONE_WORDS = wordset("man men woman women guy guys girl girls boy boys kid kids lady person people")
_GROWN_UPS = wordset("man men woman women")
_LINKING = wordset(
    "is are was were be been being get gets got getting become becomes became seem seems feel feels"
)


def _award(where: _Place) -> bool:
    """ "did it win the oscar", "the oscar nomination": the award, not the film The Oscar."""
    return (
        set(where.named) <= _AWARDS
        and not where.capitalised
        and (where.before in _WINNING or where.after in _AWARD_TALK)
    )


_POSSESSIVES = frozenset({"his", "her", "their", "my", "your", "its", "our"})
_AWARDS = wordset("oscar oscars emmy emmys academy award awards golden globe globes")
_WINNING = wordset("win wins won winning get got gets getting an any no for nominated")
_AWARD_TALK = wordset("nomination nominations nominated nod nods win wins winner winners winning for award")
_INSTALMENT_WORDS = wordset(
    "reloaded revolutions returns resurrection reborn redemption retribution origins rises awakens "
    "begins continues unleashed reckoning resurgence uprising strikes rides"
)
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
_OBJECT_PRONOUNS = frozenset({"me", "you", "him", "her", "us", "them", "it"})
_DO = frozenset({"do", "does", "did"})
_AUXILIARIES = _DO | {"can", "could", "will", "would", "should"}
_BE = frozenset({"is", "s", "was", "are", "were"})


_FIRST_PERSON = frozenset({"us", "me", "we"})
_TITLE_GOES_ON = frozenset(
    {"by", "of", "and", "the", "me", "to", "on", "at", "for", "with", "from", "my", "your", "over", "under"}
)


def _penalty(where: _Place, spot: Spot, chatter_only_else: bool) -> float | None:
    """How much less than a plain title the run counts for here; None: it names no film here."""
    if where.year:  # "carrie 2002", "the 1933 king kong"
        return 0.0
    if not spot.exact:  # a typo needs a title's place, or several words; "stand by me" is not a
        # typo of "Sand!": the title the user types goes on
        # ("who does spencer tracy play" is no typo of The Spender: a name goes on after it)
        goes_on = len(where.named) == 1 and (where.after in _TITLE_GOES_ON or _name_word(where.after))
        placed = where.content and (where.slot or where.year or len(where.content) >= 2)
        # ("where was that shot" is no typo of That Sort)
        pointed = where.words[0] in {"that", "this", "these", "those"}
        return 5.0 if placed and not goes_on and not pointed else None
    if where.content and (
        len(where.content) >= 2 or len("".join(where.content)) >= 8 or len(where.named) >= 2
    ):
        return 0.0
    if where.content and len(where.content[0]) >= 4 and not where.content[0].isdigit():
        return 0.0 if where.slot else 20.0  # one lowercase word: the conversation's film may win
    stands = where.slot or where.year or where.capitalised
    # a title of question words where a title stands: "... in the mother", "sister act writer", "the
    # third man script", "... play in us" (a first-person pronoun never means the film talked about)
    ends = (
        where.at_end
        or (len(where.named) > 1 and where.after in _CUE_WORDS | FILM_WORDS | KINDS_OF_VERSION)
        or (where.slot and where.after == "about")  # ("whats bad sister about")
        or (set(where.named) <= _FIRST_PERSON and where.after in ASKING)  # "in us what attacks …"
        # ("love happens who wrote the script": keyword style, a title of two words opening it)
        or (len(where.named) > 1 and not where.before and where.after in ASKING)
        # ("lawyer man with william powell - based on …": keyword style, its star after it)
        or (len(where.named) > 1 and where.keyword and where.after in {"with", "starring", "featuring"})
    )
    role_title = (
        where.slot and ends and (len(where.words) > 1 or set(where.named) <= ROLE_WORDS | _FIRST_PERSON)
    ) or (
        # "the boss baby is based on whose book": a title of role words and its article opens the
        # message, what is asked of it comes after ("the boss baby was directed by who")
        (where.keyword or where.passive)
        and where.words[0] in ARTICLES
        and len(where.named) >= 2
        and where.after in {"is", "was"}
    )
    # "9 to 5 movie who wrote it": a title of numbers and small words, opening the question ("it
    # chapter two was directed by who", "it 2 cast")
    numbered_opening = (
        not where.before
        and (where.after in ASKING | FILM_WORDS | _CUE_WORDS | {"was", "is"} or where.described)
        # ("1917 cast"; "42 movie jackie robinson actor": a number said to be a film)
        and (
            len(where.named) >= 2
            or YEAR_TOKEN.fullmatch(where.named[0]) is not None
            or where.after in FILM_WORDS
        )
        and any(w.isdigit() for w in where.named)
    )
    # "who wrote 1917": a title that is a year, where a title stands (not "the one from 1984")
    year_title = (
        where.slot
        and where.at_end
        and where.before != "from"
        and YEAR_TOKEN.fullmatch(where.named[0]) is not None
    )
    if (
        (where.content and (stands or chatter_only_else))
        or where.year
        or role_title
        or _named_then_part(where)
        or numbered_opening
        or year_title
        or (where.capitalised and where.slot)
        # ("and kids? who directed that": a title the talk turns to, set off, then asked of)
        or (spot.start == 1 and where.before == "and" and where.set_off and where.after in ASKING)
        # ("and the 49th man?": the talk turns to a title of small words and an ordinal in digits)
        or (
            spot.start == 1
            and where.before == "and"
            and where.at_end
            and where.words[0] in ARTICLES
            and len(where.named) >= 2
            and where.named[0][:1].isdigit()
            and where.named[-1] not in VERSION_WORDS | FILM_WORDS | {"one", "part", "sequel"}
        )
        # ("vin diesel in a man apart who is he": a title of small words, its own article, after "in"
        # and before the question)
        or (
            where.slot
            and where.before == "in"
            and where.article == ""
            and where.words[0] in ARTICLES
            and len(where.named) >= 2
            and (where.at_end or where.after in ASKING)
        )
    ):
        return 0.0
    # "time after time malcolm mcdowell who directed": a title of three small words or more that
    # opens the question (none of them a question word); "in seven who plays …": a number that is a
    # title, where a title stands and its question follows
    # ("they live carpenter cast": two such words, then a name)
    long_enough = len(where.named) >= 3 or (len(where.named) == 2 and _name_word(where.after))
    opening_phrase = not where.before and long_enough and not set(where.named) & (ASKING | {"whom", "whose"})
    asked_after = where.at_end or where.after in ASKING or where.after in _CUE_WORDS
    # ("the 33 about the chilean miners": a number after the article its title has is that title)
    own_article = where.words[0] in ARTICLES and all(
        key_words(f.title)[:1] == where.words[:1] for f in spot.films
    )
    number = (
        (where.before in _SLOT_BEFORE or (own_article and not where.before))
        and len(where.named) == 1
        and where.named[0].isdigit()
        and len(where.named[0]) <= 3  # "the 1917 version" is a year
        and (asked_after or own_article)
    )
    # "edward furlong in before and after who does he play": three small words or more where a title
    # stands, its question right after; "stepmom writers": a word opening the message, keyword style
    phrase = where.before in _SLOT_BEFORE and len(where.named) >= 3 and asked_after
    keyword = (
        not where.before
        and len(where.named) == 1
        and not _is_question_word(where.named[0])  # "they live …" is not They
        and where.after in _CUE_WORDS
    )
    return 5.0 if opening_phrase or number or phrase or keyword else None


def _named_then_part(where: _Place) -> bool:
    """ "jake gyllenhaal end of watch character", "jim sturges legend of the guardians voice role": an
    actor's full name, then a title of two words or more, then the part asked (keyword style)."""
    return (
        len(where.named) >= 2
        and _name_word(where.before)
        and _name_word(where.before2)
        and (
            where.after in _PART_WORDS | {"characters"}
            # ("paul bettany master and commander who does he play": the name opening the message)
            or (where.after in {"who", "what", "whos", "whats"} and not where.before3)
        )
    )


def _partial_penalty(where: _Place, alone: bool) -> float | None:
    """The start of a long title ("no country"): only where a title stands (or alone, the message
    but for chatter: "and talladega nights?"), ending the question or the name, of at least two words,
    the last a word of its own ("murder is" is no title), and typed loosely — "Go West" capitalised is
    the title someone means, not the start of "Go West, Young Man"."""
    # ("scott pilgrim ramona actress": keyword style, a part's name between the title and its ask)
    ends = where.at_end or not _name_word(where.after) or where.keyword or where.starred
    typed_as_title = where.capitalised or where.continued == "capitalised"
    # ("who is in sky captain": a part's word may end a title's start, typed where a title stands)
    # ("in cloudy 2": a number ends a numbered title's short form)
    own_word = (
        not is_frame(where.words[-1])
        or (where.words[-1] in ROLE_WORDS and where.slot)
        or (where.words[-1].isdigit() and len(where.words) == 2 and bool(where.content))
        or where.after in FILM_WORDS  # "the new ant man movie"
    )
    # "the 2017 orient express movie" (not "from 2029 to kill")
    # ("walter mitty ben stiller who wrote it": opening a keyword-style message, who is in it after it)
    placed = (
        where.slot
        or where.year_fits
        or (alone and where.at_end)
        or _named_then_part(where)
        or (where.starred and len(where.named) >= 2)
    )
    # ("dodgeball 2004": one word, with the year of the one film it starts)
    # ("quantumania writer": a long one-word subtitle typed alone)
    long_enough = len(where.named) >= 2 or where.year_fits or len(where.named[0]) >= LONE_SUBTITLE
    ok = placed and ends and where.content and long_enough and own_word and not typed_as_title
    return 5.0 if ok else None


def _main_penalty(where: _Place) -> float | None:
    """A title's main part ("leon", "ace ventura"): only where a title stands, ending the name."""
    ok = (where.slot or where.year_fits) and where.content and (where.at_end or not _name_word(where.after))
    return 5.0 if ok else None


def _cuts_a_word(tokens: list[_Token], spot: Spot) -> bool:
    """ "spider-man 3" holds no film The Spider: a run ending inside a word typed as one."""
    return spot.end < len(tokens) and tokens[spot.end].start == tokens[spot.end - 1].start


def _typed_on_otherwise(tokens: list[_Token], spot: Spot) -> bool:
    """ "it came from outer space": the start of "It Came from Somewhere Else", typed on past its next
    word into other words — another title (one we lack), not this one."""
    name = spot.films[0].title
    # typed without its article ("big country" for The Big Country): the key without it too
    title = key_words(name) if tokens[spot.start].key in ARTICLES else title_key(name).split()
    rest = title[spot.end - spot.start :]
    typed = [t.key for t in tokens[spot.end : spot.end + len(rest)]]
    # ("… in denver when your dead": the rest of this title, with a typo)
    return bool(rest) and typed[:1] == rest[:1] and not typo_of(" ".join(typed), " ".join(rest[: len(typed)]))


def _first_of_a_series(tokens: list[_Token], spot: Spot) -> bool:
    """ "under siege seagal, what ship …": the start of "Under Siege 2: Dark Territory", up to its
    number, names the series' first film (one we lack), not that numbered one."""
    typed = [t.key for t in tokens[spot.start : spot.end] if t.key not in ARTICLES]
    title = title_key(spot.films[0].title).split()
    rest = title[len(typed) :] if title[: len(typed)] == typed else []
    return bool(rest) and re.fullmatch(r"[2-9]|1\d", rest[0]) is not None


def _place_asked_within(tokens: list[_Token], spot: Spot) -> bool:
    """ "where in texas is the last picture show set": the place the answer lies within, right after
    "where in", before the subject the question asks of (not Texas, the film)."""
    keys = [t.key for t in tokens]
    return (
        spot.start == 2
        and keys[:2] == ["where", "in"]
        and spot.end + 2 < len(keys)
        and keys[spot.end] in {"is", "was", "are", "were", "does", "did", "do"}
    )


def _told_after(tokens: list[_Token], spot: Spot) -> bool:
    """ "director of mountain dew the lost 1917 film": words after the title, from "the" to a film word
    ending the message, say what film it is (no longer title: not 1917)."""
    keys = [t.key for t in tokens]
    after = keys[spot.end : spot.end + TOLD_AFTER_WORDS + 2]
    return (
        after[:1] == ["the"]
        and spot.end + len(after) == len(keys)
        and after[-1] in FILM_WORDS
        and any(YEAR_TOKEN.fullmatch(w) or w in GENRE_WORDS for w in after[1:-1])
    )


TOLD_AFTER_WORDS = 3  # the most words between "the" and the film word that say what film it is


def _thing_asked(tokens: list[_Token], spot: Spot) -> bool:
    """ "drumline nick cannon goes to which college": one lowercase word right after "which" or "what",
    ending the message or before its verb ("which college does he go to"), is the kind of thing asked
    for (not College, the film; but "which country singer", "which cars movie" are read on)."""
    keys = [t.key for t in tokens]
    after = keys[spot.end : spot.end + 1]
    return (
        spot.end - spot.start == 1
        and spot.start >= 1
        and keys[spot.start - 1] in {"which", "what"}
        and tokens[spot.start].raw.islower()
        and (not after or after[0] in _AUXILIARIES | _BE | _DO | _SUBJECT_PRONOUNS)
    )


# what closes a message and says nothing ("… lol", "… thx")
CLOSING_CHAT = wordset("lol lmao lmfao haha hahaha pls plz please thx thanks ty tho though idk btw")


def _acceptable(tokens: list[_Token], spot: Spot, chatter_only_else: bool) -> tuple[bool, float]:
    """Whether a spotted run names a film here, and how strongly (for choosing between runs)."""
    where = _place(tokens, spot)
    if (
        (_refused(where, spot) and not _told_after(tokens, spot))
        or _numbered_further_on(tokens, spot)
        or _pronoun_one(tokens, spot)
        or _cuts_a_word(tokens, spot)
        or _initials_of_name(tokens, spot)
        or _infinitive(tokens, spot)
        or _kind_of_version(tokens, spot)
        or _past_a_return(tokens, spot)
        or _of_a_longer_title(tokens, spot)
        or _what_is_called(tokens, spot)
        or _called_elsewhere_in(tokens, spot)
        or _whose_film_said(tokens, spot)
        or _says_of_a_career(tokens, spot)
        or _denied(tokens, spot)
        or _true_story_said(tokens, spot)
        or _lead_said(tokens, spot)
        or _where_a_kind_was_made(tokens, spot)
        or _place_asked_within(tokens, spot)
        or _thing_asked(tokens, spot)
        or _frames_a_question(tokens, spot)
        or _name_of_a_thing(tokens, spot)
        or _form_said(tokens, spot)
        or _part_someone_is(tokens, spot)
        or _where_one_is(tokens, spot)
        or (
            spot.end - spot.start == 1
            and tokens[spot.start].raw.isdigit()
            and _counts([t.key for t in tokens], spot.start)
        )
    ):
        penalty = None
    elif spot.main:
        penalty = _main_penalty(where)
    elif spot.partial:
        # (nor the subject of a question's clause: "what state do they drive to" is not They Drive by
        # Night; nor who is asked of the film talked about: "who are the two blondes in it" is not Two
        # Blondes and a Redhead)
        # (nor one opened by a pronoun after "is": "what is he hired to find" is not He Hired the Boss)
        clause = (
            where.before in _AUXILIARIES
            or (
                where.before in _BE
                and _IN_IT.fullmatch(" ".join(t.key for t in tokens[spot.end :])) is not None
            )
            or (where.before in _BE and tokens[spot.start].key in _SUBJECT_PRONOUNS)
        )
        penalty = (
            None
            if _typed_on_otherwise(tokens, spot) or clause or _first_of_a_series(tokens, spot)
            else _partial_penalty(where, _only_title(tokens, spot))
        )
    else:
        penalty = _penalty(where, spot, chatter_only_else)
    strength = len(" ".join(where.words)) + 10 * where.slot + 10 * where.year
    if penalty is not None and _played(where):
        # ("who played the boxer in the first one": the film is pointed at after it, this is a part)
        penalty = None if where.in_the_one else penalty + PART_PENALTY
    return penalty is not None, strength - (penalty or 0.0)


_CAREER_WORDS = wordset("role roles part parts break debut hit")


def _where_one_is(tokens: list[_Token], spot: Spot) -> bool:
    """ "who played the creature when it's on land", "what does he do while he's in prison": one
    lowercase word for where someone or something is, not a film (Land, Prison)."""
    where = _place(tokens, spot)
    being = (where.before2 in _IS and where.before3 in _PRONOUNS) or where.before2 in _PRONOUN_IS
    return spot.end - spot.start == 1 and not where.capitalised and where.before in _WHERE_ONE_IS and being


_WHERE_ONE_IS = wordset("on in at under inside outside")
_IS = wordset("s is was are re were")
_PRONOUNS = wordset("it he she they we i you")
_PRONOUN_IS = wordset("its hes shes theyre were")


def _frames_a_question(tokens: list[_Token], spot: Spot) -> bool:
    """ "do u know who directed the scarlet lily": words that only frame a question, then its question
    word, are no film (How Do You Know) — unless they are a title typed whole ("what about bob who …")."""
    said = [t.key for t in tokens[spot.start : spot.end] if t.key not in ARTICLES]
    after = tokens[spot.end].key if spot.end < len(tokens) else ""
    whole = [[w for w in title_key(f.title).split() if w not in ARTICLES] for f in spot.films]
    return after in ASKING and all(w in _FRAMING for w in said) and said not in whole


# the words that only frame a question ("do you know who …", "can anyone tell me what …")
_FRAMING = wordset(
    "do does did you u ya know knows can could would tell me anyone anybody someone somebody i wonder"
)


def _name_of_a_thing(tokens: list[_Token], spot: Spot) -> bool:
    """ "whats the name of the time machine" (of Mr. Peabody & Sherman): the name of a thing in the film
    talked about, ending the message — a film's name is no question."""
    before = [t.key for t in tokens[max(0, spot.start - 5) : spot.start] if t.key not in ARTICLES]
    rest = [t.key for t in tokens[spot.end :]]
    asks = before[-3:] == ["whats", "name", "of"] or before[-4:-2] in (
        ["what", "s"],
        ["what", "is"],
        ["what", "was"],
    )
    return (
        before[-2:] == ["name", "of"]
        and asks
        and all(w in CHATTER or w in {"in", "it", "there"} for w in rest)
        and not _capitalised(tokens, spot)
    )


def _form_said(tokens: list[_Token], spot: Spot) -> bool:
    """ "king of the rocket men serial - whos the hero": what kind of film the words before it are,
    not the film Serial."""
    said = [t.key for t in tokens[spot.start : spot.end]]
    before = tokens[spot.start - 1].key if spot.start else ""
    return (
        len(said) == 1
        and said[0] in _FORMS
        and _name_word(before)
        and before not in ARTICLES
        and not _capitalised(tokens, spot)
    )


def _part_someone_is(tokens: list[_Token], spot: Spot) -> bool:
    """ "…, mel gibson is the bad guy": the part someone named is or plays, not the film Bad Guy."""
    words = [t.key for t in tokens]
    before = words[max(0, spot.start - 2) : spot.start]
    return (
        len(before) == 2
        and before[1] in _BE | _PLAY_WORDS
        and _name_word(before[0])
        and words[spot.end - 1] in ROLE_WORDS
        and not _capitalised(tokens, spot)
        and not YEAR_TOKEN.fullmatch(words[spot.end] if spot.end < len(words) else "")
    )


def _denied(tokens: list[_Token], spot: Spot) -> bool:
    """ "troll, the original not troll 2 - who directed": a title said after "not" is the film not meant."""
    return spot.start >= 2 and tokens[spot.start - 1].key in {"not", "nor"}


def _true_story_said(tokens: list[_Token], spot: Spot) -> bool:
    """ "is it based on a true story?": what the film is based on, not the film True Story."""
    said = [t.key for t in tokens[spot.start : spot.end] if t.key not in ARTICLES]
    before = [t.key for t in tokens[max(0, spot.start - 2) : spot.start]]
    return said in (["true", "story"], ["true", "events"]) and before in (["based", "on"], ["inspired", "by"])


def _lead_said(tokens: list[_Token], spot: Spot) -> bool:
    """ "pendulum george peppard who's the female lead": the part asked, not the film Female."""
    said = [t.key for t in tokens[spot.start : spot.end] if t.key not in ARTICLES]
    after = tokens[spot.end].key if spot.end < len(tokens) else ""
    return said in (["female"], ["male"]) and after == "lead" and not _capitalised(tokens, spot)


def _where_a_kind_was_made(tokens: list[_Token], spot: Spot) -> bool:
    """ "some western shot in new mexico where …": where a film of a kind was set or shot, not the film
    New Mexico (but "who gets shot in the godfather" asks of that film)."""
    before = [t.key for t in tokens[max(0, spot.start - 3) : spot.start]]
    return (
        len(before) == 3
        and before[2] == "in"
        and before[1] in _MADE_IN
        and before[0] in GENRE_WORDS | FILM_WORDS | _MORE_KINDS
    )


_MADE_IN = frozenset({"set", "shot", "filmed", "made"})


def _says_of_a_career(tokens: list[_Token], spot: Spot) -> bool:
    """ "whose first big movie role was it": one word said of a part in a career, not the film Big."""
    after = [t.key for t in tokens[spot.end : spot.end + 2]]
    said = after[1:] if after[:1] and after[0] in {"movie", "film", "screen"} else after[:1]
    return (
        spot.end - spot.start == 1
        and bool(said)
        and said[0] in _CAREER_WORDS
        and not _capitalised(tokens, spot)
    )


def _whose_film_said(tokens: list[_Token], spot: Spot) -> bool:
    """ "the last movie peter fonda directed": which film of someone's, said in words a title may be
    made of (The Last Movie), a name and what they did with it after them."""
    own = [t.key for t in tokens[spot.start : spot.end]]
    after = [t.key for t in tokens[spot.end : spot.end + 5]]
    did = next((i for i, w in enumerate(after) if w in _MADE_IT), None)
    return (
        set(own) <= ARTICLES | FILM_WORDS | _WHICH_OF_THEIRS
        and bool(set(own) & FILM_WORDS)
        and did is not None
        and 1 <= did <= 3
        and all(_name_word(w) for w in after[:did])
    )


_WHICH_OF_THEIRS = wordset("last first final latest next only best worst")
_MADE_IT = wordset("directed made did wrote starred produced shot helmed")


def _called_elsewhere_in(tokens: list[_Token], spot: Spot) -> bool:
    """ "isnt it called something else in america": where a film goes by another title, not America."""
    keys = [t.key for t in tokens]
    if (
        spot.start < 2
        or keys[spot.start - 1] not in {"in", "outside"}
        or not all(k in CLOSING_CHAT for k in keys[spot.end :])
    ):
        return False
    called = [
        i for i in range(max(0, spot.start - 5), spot.start - 1) if keys[i] in _CALLED | {"known", "released"}
    ]
    return bool(called) and any(k in {"it", "that", "this"} for k in keys[max(0, called[0] - 3) : called[0]])


def _what_is_called(tokens: list[_Token], spot: Spot) -> bool:
    """ "european vacation what's the family called": the thing whose name is asked, not The Family."""
    before = [t.key for t in tokens[max(0, spot.start - 3) : spot.start] if t.key not in ARTICLES]
    after = tokens[spot.end].key if spot.end < len(tokens) else ""
    asks = before[-1:] == ["whats"] or before[-2:] in (["what", "s"], ["what", "is"], ["what", "was"])
    # (with its article: "what is 8 mile named after" asks of the film)
    article = tokens[spot.start].key in ARTICLES or (
        spot.start > 0 and tokens[spot.start - 1].key in ARTICLES
    )
    return asks and article and after in _CALLED and not _capitalised(tokens, spot)


def _of_a_longer_title(tokens: list[_Token], spot: Spot) -> bool:
    """ "son of the pink panther who directed", "bride of chucky cast": a message opening with "<word>
    of" before the title names a longer title we lack, not the title inside it (but "director of
    jaws", "the ending of heat" ask something of it, and "the villain of die hard, who plays him" asks
    for a part)."""
    if spot.start < 2 or tokens[spot.start - 1].key != "of":
        return False
    head = tokens[spot.start - 2].key
    before = [t.key for t in tokens[: spot.start - 2]]
    # (or after a name, keyword style: "baree son of kazan"; or where a title stands: "who starred in
    # son of ali baba", "who directed the son of dr jekyll")
    opening = all(w in LINKS | ARTICLES | CHATTER for w in before)
    named = bool(before) and all(_name_word(w) for w in before)
    bare = [w for w in before if w not in ARTICLES]
    slot = bool(bare) and bare[-1] in _TITLE_AFTER | {"starred", "stars"} and all(map(is_frame, bare))
    if not (opening or named or slot):
        return False
    part = head in ROLE_WORDS and any(t.key in _PLAY_WORDS for t in tokens)
    asked = head in FRAME - ROLE_WORDS or head in _OF_A_FILM | _FOR_A_FILM | GENRE_WORDS | VERSION_WORDS
    return not part and not asked and not head.isdigit() and not _name_word(head)


def _past_a_return(tokens: list[_Token], spot: Spot) -> bool:
    """ "back to maisie - how old is the kid": the message returns to the words after "back to"; a
    title in the question set off after them is no film asked about (not The Kid)."""
    start = next((i for i, t in enumerate(tokens) if t.key not in LINKS - {"back", "to"}), len(tokens))
    if [t.key for t in tokens[start : start + 2]] != ["back", "to"] or spot.start <= start + 2:
        return False
    return any(_set_off(tokens, end) for end in range(start + 3, spot.start + 1))


def _infinitive(tokens: list[_Token], spot: Spot) -> bool:
    """ "the old pro he wants to beat", "a regular guy to spy on his workers": a lowercase one-word
    title after "wants to", or after "to" with a word it acts on after it, is the verb."""
    before = [t.key for t in tokens[max(0, spot.start - 2) : spot.start]]
    after = tokens[spot.end].key if spot.end < len(tokens) else ""
    return (
        spot.end - spot.start == 1
        and len(before) == 2
        and before[1] == "to"
        and (before[0] in _WANTING or after in _ACTED_ON)
        and not tokens[spot.start].raw[:1].isupper()
    )


# what follows a verb, not a title: "to spy on", "to get back at", "to save him"
_ACTED_ON = wordset("on at upon into onto him her them his their its me us back")


_WANTING = wordset(
    "want wants wanted wanting try tries tried trying has have had having need needs needed going gonna "
    "able decide decides decided plan plans planned planning learn learns learned hope hopes hoped"
)


def _kind_of_version(tokens: list[_Token], spot: Spot) -> bool:
    """ "nebraska the black and white one": the kind of film a version is, not Black and White; "the
    old 1930 one": which version, not Old."""
    said = " ".join(t.key for t in tokens[spot.start : spot.end] if t.key not in ARTICLES)
    after = [t.key for t in tokens[spot.end : spot.end + 2]]
    dated = (
        said in VERSION_WORDS
        and not tokens[spot.start].raw[:1].isupper()
        and len(after) == 2
        and re.fullmatch(r"(?:19|20)\d\d|\d0s|\d\d", after[0]) is not None
        and after[1] in _VERSION_NOUNS
    )
    # ("old black and white sci fi about …": the kind of film, then its genre)
    return dated or (after[:1] != [] and after[0] in _VERSION_NOUNS | GENRE_WORDS and said in _VERSION_KINDS)


_VERSION_KINDS = frozenset(
    {"black and white", "animated", "silent", "live action", "color", "cartoon", "stop motion"}
)


def _initials_of_name(tokens: list[_Token], spot: Spot) -> bool:
    """ "who does tom hanks play": a title's initials (The Tragedy of Macbeth) that are the first word
    of a name."""
    if spot.end - spot.start != 1 or spot.end >= len(tokens) or not _name_word(tokens[spot.end].key):
        return False
    word = tokens[spot.start].key
    return all(len(key := title_key(f.title).split()) >= 3 and word not in key for f in spot.films)


PART_PENALTY = 25.0  # a weak title at most: the conversation's film, or a title we lack before, wins


def _played(where: _Place) -> bool:
    """ "who plays the big guy", "the voice of jessica": a part stands here, not The Big Guy or Jessica
    (but "who played cleopatra in the 1917 version", "who plays oppenheimer": a title role, a name)."""
    part = where.before in _PLAYED_BEFORE or (
        where.before == "of" and where.before2 in {"voice", "role", "part"}
    )
    described = bool(where.article) or where.words[0] in ARTICLES  # "the big guy", not "jessica"
    # ("who played the great gatsby in 2013": a title role, the film after "in")
    return (
        part
        and described
        and not where.year
        and not where.capitalised
        and (where.after != "in" or where.in_the_one)
    )


def _only_title(tokens: list[_Token], spot: Spot) -> bool:
    """ "and talladega nights?", "ok what about scott pilgrim": the message is the title and a link
    to the conversation, nothing else."""
    return all(t.key in LINKS for i, t in enumerate(tokens) if not spot.start <= i < spot.end)


LINKS = wordset("and ok okay so now then what about how back to")


def _opens_question(tokens: list[_Token], spot: Spot) -> bool:
    """ "luca whats the name of …", "the hustler who's …", "norma rae - true story of who": the title
    opens the question (an article allowed before it) and its question comes right after, or after
    a mark that sets the title off (more than a space between the words)."""
    words = [t.key for t in tokens]
    # ("shirley temple heidi, whats the name of …": who is in it, then the title)
    named_first = spot.start == 2 and all(_name_word(w) and w not in ARTICLES for w in words[:2])
    # ("in colossal where does the giant monster …": "in" before it opening the message too)
    # ("hey quick q, jaws plot? …": chat set off before it opens nothing)
    chat_first = (
        spot.start > 0 and all(w in CHATTER for w in words[: spot.start]) and _set_off(tokens, spot.start)
    )
    first = (
        spot.start == 0 or (spot.start == 1 and words[0] in ARTICLES | {"in"}) or named_first or chat_first
    )
    if not first or spot.end >= len(words):
        return False
    # ("rio 2011 what kind of bird is blu": the title's year between it and the question)
    after = spot.end + 1 if YEAR_TOKEN.fullmatch(words[spot.end]) and spot.end + 1 < len(words) else spot.end
    # ("settai tamil film - which city …": what kind of film it is, between the title and its question)
    kind_end = next((j + 1 for j in range(after, min(len(words), after + 3)) if words[j] in FILM_WORDS), None)
    if kind_end is not None and kind_end < len(words) and not set(words[after:kind_end]) & ASKING:
        after = kind_end
    if words[after] in {"with", "starring"}:  # (a typed "w" is read as "with")
        # ("stowaway with shirley temple - where does she …": who is in it, then the question)
        named = after + 1
        while (
            named < min(len(words), after + 4)
            and _name_word(words[named])
            and not _set_off(tokens, named - 1)
        ):
            named += 1
        if (
            named > after + 1
            and named < len(words)
            and (words[named] in ASKING or _set_off(tokens, named - 1))
        ):
            return True
    # ("white shadows in the south seas source material": keyword style, the title then what is asked)
    keyword = words[after] in _KEYWORD_ASKS | {"source", "author"} and len(words) - after <= KEYWORD_ASK_WORDS
    # ("this world then the fireworks billy zane, from a jim thompson story …": its star, set off)
    starred = any(
        all(_name_word(w) and w not in _CUE_WORDS for w in words[after:end]) and _set_off(tokens, end)
        for end in range(after + 2, min(len(words), after + NAME_AFTER_TITLE + 1))
    )
    return words[after] in ASKING or _set_off(tokens, spot.end) or keyword or starred


NAME_AFTER_TITLE = 3  # the words of a star's name said right after the title
KEYWORD_ASK_WORDS = 3  # "source material", "cast list": what a keyword-style question asks, in a few words


def _beside_another_title(spots: list[Spot], spot: Spot, words: list[str]) -> bool:
    """A one-word title right after or before another title word ("alien covenant"), neither of them
    a word of the question's frame."""
    if spot.end - spot.start != 1 or is_frame(words[spot.start]):
        return False
    # ("alien vs predator": two titles joined by "vs" are a longer title too)
    joined = (
        {spot.start - 2, spot.end + 1}
        if _VERSUS & set(words[spot.start - 1 : spot.start] + words[spot.end : spot.end + 1])
        else set()
    )
    return any(
        other.end - other.start == 1
        and (other.start in {spot.start - 1, spot.end} or other.start in joined)
        and not is_frame(words[other.start])
        and not _film_of_a_country(words, other)
        for other in spots
    )


def _film_of_a_country(words: list[str], spot: Spot) -> bool:
    """ "gomorrah italian crime film": where a film is from, then what kind it is (not The Italian)."""
    after = words[spot.end] if spot.end < len(words) else ""
    return words[spot.start] in NATIONALITIES and (not after or after in GENRE_WORDS | FILM_WORDS)


NATIONALITIES = wordset(
    "american british english french italian german spanish japanese korean chinese indian mexican "
    "canadian australian aussie irish scottish swedish danish norwegian russian polish iranian brazilian "
    "argentine dutch greek turkish israeli hungarian czech finnish thai filipino soviet "
    "tamil telugu hindi malayalam kannada bengali marathi bollywood cantonese mandarin"
)


_VERSUS = frozenset({"vs", "versus", "v"})


DATED_BONUS = 5.0  # a title right before a year of one of its films ("serena 2014 jennifer lawrence …")


def _dated_after(words: list[str], spot: Spot) -> bool:
    """Whether the year typed right after the title (or after "from": "limbo from 72 - where are the
    husbands missing") is one of its films' (or a year off: released elsewhere a year apart)."""
    at = spot.end + 1 if spot.end < len(words) and words[spot.end] == "from" else spot.end
    after = words[at] if at < len(words) else ""
    if re.fullmatch(r"\d\d", after):  # ("bean 97 what painting …": two digits, the year exactly)
        return any(f.year == two_digit_year(after) for f in spot.films)
    return bool(YEAR_TOKEN.fullmatch(after)) and any(
        f.year is not None and abs(f.year - int(after)) <= 1 for f in spot.films
    )


def _other_than_part(
    tokens: list[_Token],
    spots: list[Spot],
    best: tuple[float, Spot] | None,
    rest_is_chatter: Callable[[Spot], bool],
) -> tuple[float, Spot] | None:
    """ "who plays the general's daughter in red salute", "red salute the generals daughter - who plays
    her": asked who plays whom, a title ending with a word for a part (The General's Daughter) is the
    part; another title named, not so ending, is the film."""
    words = [t.key for t in tokens]
    if best is None:
        return best
    # ("who played julius caesar in the theda bara cleopatra": a title played, then the film after "in";
    # not "who plays powder in the 1995 movie powder", the title part of its own film)
    played = (
        best[1].start > 0
        and words[best[1].start - 1] in _PLAY_WORDS | _PLAYED_BEFORE
        and words[best[1].end : best[1].end + 1] == ["in"]
        and not any(s.start > best[1].end and set(s.films) & set(best[1].films) for s in spots)
    )
    if words[best[1].end - 1] not in ROLE_WORDS and not played:
        return best
    # (where the part asked stands: right after "plays", or between the film's title and "- who plays
    # her"; not "my favorite wife who plays the guy …")
    before = [w for w in words[max(0, best[1].start - 2) : best[1].start] if w not in ARTICLES]
    titled_before = any(s.end == best[1].start and s.start == 0 for s in spots)
    if not (before and before[-1] in _PLAY_WORDS | _PLAYED_BEFORE) and not (
        _part_asked_after(tokens, best[1]) and titled_before
    ):
        return best
    others = [
        (strength, s)
        for s in spots
        if (s.end <= best[1].start or s.start >= best[1].end) and words[s.end - 1] not in ROLE_WORDS
        for ok, strength in [_acceptable(tokens, s, rest_is_chatter(s))]
        # (a title of two words or more: not "Red" alone; or, after a title played, any after "in")
        if ok and (s.end - s.start >= 2 or (played and s.start > best[1].end))
    ]
    return max(others, key=lambda o: o[0], default=best)


def _film_before_who_is(
    tokens: list[_Token],
    spots: list[Spot],
    best: tuple[float, Spot] | None,
    rest_is_chatter: Callable[[Spot], bool],
) -> tuple[float, Spot] | None:
    """ "branagh hamlet, who's ophelia": a title set off, then "who's" and a name ending the message —
    the name is the part asked of the film named first (Hamlet, not Ophelia)."""
    words = [t.key for t in tokens]
    if best is None or best[1].end != len(words) or best[1].start < 1:
        return best
    ask = best[1].start - (1 if words[best[1].start - 1] == "whos" else 2)
    if ask < 1 or words[ask : best[1].start] not in (["whos"], ["who", "is"], ["who", "s"], ["who", "was"]):
        return best
    others = [
        (strength, s)
        for s in spots
        if s.end == ask and _set_off(tokens, s.end)
        for ok, strength in [_acceptable(tokens, s, rest_is_chatter(s))]
        # (a name before it, "branagh hamlet", is whose film it is: weighed, not refused)
        if ok or strength > best[0]
    ]
    return max(others, key=lambda o: o[0], default=best)


def _film_after_the_doer(
    tokens: list[_Token],
    spots: list[Spot],
    best: tuple[float, Spot] | None,
    rest_is_chatter: Callable[[Spot], bool],
) -> tuple[float, Spot] | None:
    """ "what does the shark do in jaws", "what is the shark doing in jaws": the one asked about is the
    subject (a title's words too: The Shark), the film is the title after "in" ending the message."""
    words = [t.key for t in tokens]
    if best is None or best[1].start < 2 or words[best[1].start - 1] not in _DO | _BE:
        return best
    if words[0] not in {"what", "where", "why", "how", "who", "whom"}:
        return best
    after = [
        (strength, s)
        for s in spots
        if s.start > best[1].end and s.end == len(words) and words[s.start - 1] == "in" and s.exact
        for ok, strength in [_acceptable(tokens, s, rest_is_chatter(s))]
        if ok
    ]
    return max(after, key=lambda o: o[0], default=best)


def _film_after_the_part(
    tokens: list[_Token],
    spots: list[Spot],
    best: tuple[float, Spot] | None,
    rest_is_chatter: Callable[[Spot], bool],
) -> tuple[float, Spot] | None:
    """ "doctor strange in no way home is who": a title opening the message, "in" and another title,
    then who it is — the first is the part asked (a title's words too), the second the film."""
    words = [t.key for t in tokens]
    if best is None or best[1].start != 0 or words[best[1].end : best[1].end + 1] != ["in"]:
        return best
    after = [
        (strength, s)
        for s in spots
        if s.start == best[1].end + 1
        and s.exact
        and (words[s.end : s.end + 2] == ["is", "who"] or words[s.end : s.end + 1] in (["who"], ["whos"]))
        for ok, strength in [_acceptable(tokens, s, rest_is_chatter(s))]
        if ok
    ]
    return max(after, key=lambda o: o[0], default=best)


def _title_before_the_one_told(
    tokens: list[_Token],
    spots: list[Spot],
    best: tuple[float, Spot] | None,
    rest_is_chatter: Callable[[Spot], bool],
) -> tuple[float, Spot] | None:
    """ "whos in non-stop, the one on the plane with the creepy texts": a title set off by a mark, then
    "the one …" telling which film it is — that title, not one inside the telling (Plane)."""
    words = [t.key for t in tokens]
    if best is None:
        return best
    before = [
        (strength, s)
        for s in spots
        if s.end <= best[1].start and _set_off(tokens, s.end) and words[s.end : s.end + 2] in _THE_ONE
        for ok, strength in [_acceptable(tokens, s, rest_is_chatter(s))]
        if ok
    ]
    return max(before, key=lambda o: o[0], default=best)


def _part_asked_after(tokens: list[_Token], spot: Spot) -> bool:
    """Words ending with a word for a part, set off before "who plays …" ("the generals daughter - who
    plays her"): the part asked, not a title."""
    words = [t.key for t in tokens]
    after = words[spot.end : spot.end + 2]
    return (
        words[spot.end - 1] in ROLE_WORDS
        and _set_off(tokens, spot.end)
        and after[:1] == ["who"]
        and bool(set(after) & _PLAY_WORDS)
    )


def _main_part_opening(
    tokens: list[_Token],
    starts: list[Spot],
    best: tuple[float, Spot],
    rest_is_chatter: Callable[[Spot], bool],
) -> tuple[float, Spot]:
    """ "south park movie the us goes to war with who": the main part of a title opening the message,
    a film word after it, over a short title found later."""
    words = [t.key for t in tokens]
    return next(
        (
            (strength, spot)
            for spot in starts
            if spot.start == 0
            and spot.end < len(words)
            and words[spot.end] in FILM_WORDS
            and best[1].start >= spot.end
            for ok, strength in [_acceptable(tokens, spot, rest_is_chatter(spot))]
            if ok
        ),
        best,
    )


def _described_next(words: list[str], end: int) -> bool:
    """What film the title is, right after it: "the wine movie", "the hitchcock one"."""
    return re.match(r"the (?:\w+ ){1,3}(?:movie|film|flick|one)\b", " ".join(words[end:])) is not None


def _start_in_slot(
    tokens: list[_Token],
    starts: list[Spot],
    best: tuple[float, Spot],
    rest_is_chatter: Callable[[Spot], bool],
) -> tuple[float, Spot]:
    """ "ok what about quantumania, who plays the wasp": a subtitle alone (or a long title's start)
    where a title stands, over a title read where it weighs against itself (a part asked about)."""
    if best[0] >= 0:
        return best
    found = [
        (strength, spot)
        for spot in starts
        if spot.end <= best[1].start or spot.start >= best[1].end
        for ok, strength in [_acceptable(tokens, spot, rest_is_chatter(spot))]
        if ok and strength > best[0] and _place(tokens, spot).slot
    ]
    return max([best, *found], key=lambda t: t[0])


def _choose_spot(index: TitleIndex | None, tokens: list[_Token]) -> tuple[Spot | None, float]:
    if index is None or not tokens:
        return None, 0.0
    words = [t.key for t in tokens]
    spots = index.spot_exact(words)
    rest_is_chatter = lambda s: all(is_frame(w) for i, w in enumerate(words) if not s.start <= i < s.end)  # noqa: E731
    best: tuple[float, Spot] | None = None
    # ("spy kids 2 cast": a numbered film of a series we lack, whose words hold no shorter title: not Spy)
    numbered = [s for s in spots if _numbered_on(_place(tokens, s), s)]
    for spot in spots:
        ok, strength = _acceptable(tokens, spot, rest_is_chatter(spot))
        ok = ok and not any(n.start <= spot.start and spot.end <= n.end and n != spot for n in numbered)
        # "luca whats the name of the town they go to": a title first, then its question, is the
        # film asked about (not "The Town" inside the question)
        # ("jurassic park iii the kid whos lost on the island": a title of two words or more opening the
        # message too, keyword style)
        # ("sideways the wine movie - …": a title opening the message, then what film it is)
        leads = (
            spot.start == 0
            and spot.exact
            and (
                len([w for w in words[: spot.end] if w not in ARTICLES]) >= 2
                or _described_next(words, spot.end)
                # ("limbo from 72 - where are the husbands missing": with one of its films' years)
                or _dated_after(words, spot)
            )
        )
        strength += OPENING_BONUS if ok and (_opens_question(tokens, spot) or leads) else 0.0
        strength += DATED_BONUS if ok and _dated_after(words, spot) else 0.0
        if ok and (best is None or strength > best[0]):
            best = (strength, spot)
    best = _other_than_part(
        tokens, spots, _held_by_longer(tokens, spots, best, rest_is_chatter), rest_is_chatter
    )
    best = _film_before_who_is(
        tokens,
        spots,
        _film_after_the_doer(
            tokens,
            spots,
            _title_after_series_name(index, tokens, spots, best, rest_is_chatter),
            rest_is_chatter,
        ),
        rest_is_chatter,
    )
    best = _film_after_the_part(tokens, spots, best, rest_is_chatter)
    best = _title_before_the_one_told(tokens, spots, best, rest_is_chatter)
    longer: set[int] = set()  # the words of a longer title we lack: no typo of a title either
    # ("roustabout - elvis ends up working for what": a mark between the two, the title ends there)
    if (
        best is not None
        and _beside_another_title(spots, best[1], words)
        and not _set_off(tokens, best[1].end)
    ):
        # "alien covenant", "alien vs predator": titles side by side are a longer title we lack
        longer = set(range(min(s.start for s in spots), max(s.end for s in spots)))
        best = None
    if best is not None:
        best = _year_is_title(tokens, spots, best, rest_is_chatter)
        best = _typed_in_slot_after(index, tokens, best, rest_is_chatter)
    one_word = best is not None and len([w for w in best[1].films[0].title.split() if w]) == 1
    short = best is not None and best[1].end - best[1].start <= 2  # "the guardians" inside a longer start
    starts = index.spot_start(words) if best is None or one_word or short else []
    if best is not None and best[1].end - best[1].start <= TYPED_OVER_WORDS:
        longer, best = _unless_swapped(
            index, words, _typed_longer(index, tokens, best, rest_is_chatter), longer
        )
    if best is not None:
        # "no country": the start of a long title holds a shorter title ("Country"); the longer wins
        # (wherever it stands when it is three words or more: "jim sturges legend of the guardians voice
        # role" is not The Guardians)
        # ("chicago 7 trial": a title's words in another order hold the shorter title too)
        reordered = index.spot_reordered(words, _content_runs(words)) if one_word or short else []
        best = next(
            (
                (strength if ok else best[0], spot)
                for spot in [*starts, *reordered]
                if spot.start <= best[1].start
                and best[1].end <= spot.end
                and spot.end - spot.start > best[1].end - best[1].start
                for ok, strength in [_acceptable(tokens, spot, rest_is_chatter(spot))]
                if ok or (spot.end - spot.start >= LONG_START and not spot.main)
            ),
            best,
        )
        # (the main part of a title opening the message, then a subtitle where a title stands)
        best = _start_in_slot(
            tokens,
            starts,
            _main_part_opening(tokens, starts, best, rest_is_chatter) if short else best,
            rest_is_chatter,
        )
    else:
        runs = _typo_runs(words)
        found = [
            *index.spot_fuzzy(words, runs),
            *index.spot_skipping(words, runs),
            *index.spot_reordered(words, runs),
        ]
        for spot in [*found, *starts]:
            # (unless they end one title of ours: "ghost protocol writer", not "midnight run cast" for
            # Midnight Run for Your Life)
            span = set(range(spot.start, spot.end))
            if longer & span and not (spot in starts and longer <= span and _ends_its_title(words, spot)):
                continue
            ok, strength = _acceptable(tokens, spot, rest_is_chatter(spot))
            if ok and (best is None or strength > best[0]):
                best = (strength, spot)
    best = _typo_over_a_weak_word(index, tokens, best, rest_is_chatter)
    # (a title found, but the year typed is no film of it: "austin powers 1997" is not The Power, 1968;
    # "the 2017 orient express movie" is Murder on the Orient Express, not Orient Express, 1934)
    years = {int(t.key) for t in tokens if YEAR_TOKEN.fullmatch(t.key)}
    # (a year off by one is the same film's, released elsewhere a year apart: "serena 2014 jennifer
    # lawrence" is Serena, 2015, not Jennifer)
    near = {y + d for y in years for d in (-1, 0, 1)}
    off_year = best is not None and bool(years) and not {f.year for f in best[1].films} & near
    best = (
        (_typed_with_its_year(index, tokens, rest_is_chatter) or best) if best is None or off_year else best
    )
    best = _opening_exactly(spots, best) or _opening_then_asked(tokens, spots)
    return (best[1], best[0]) if best else (None, 0.0)


def _typo_over_a_weak_word(
    index: TitleIndex,
    tokens: list[_Token],
    best: tuple[float, Spot] | None,
    rest_is_chatter: Callable[[Spot], bool],
) -> tuple[float, Spot] | None:
    """ "whos afraid of virginia wolf - who plays honey": a title of three words or more typed with one
    slip outweighs a lone common word that is a title where the question's words stand (Honey)."""
    if (
        best is None
        or best[0] >= WEAK_SPOT
        or len({t.key for t in tokens[best[1].start : best[1].end]} - ARTICLES) > 1
    ):
        return best
    words = [t.key for t in tokens]
    apart = [
        typed
        for typed in index.spot_fuzzy(words, _typo_runs(words), cutoff=SERIES_THEN_TYPED)
        if typed.end - typed.start >= 3 and (typed.end <= best[1].start or typed.start >= best[1].end)
    ]
    for typed in sorted(apart, key=lambda t: t.start - t.end):
        ok, strength = _acceptable(tokens, typed, rest_is_chatter(typed))
        if ok:
            return strength, typed
    return best


def _typo_runs(words: list[str]) -> list[tuple[int, int]]:
    """The runs of the question's words a title typed with a typo may be."""
    runs = _content_runs(words) + [w for w in _slot_windows(words) if w not in _content_runs(words)]
    # a title ending with a small word ("analyse this", typed with a typo)
    runs += [
        (s, e + 1)
        for s, e in _content_runs(words)
        if e < len(words) and words[e] not in _CUE_WORDS and (s, e + 1) not in runs  # not "the big show"
    ]
    # a title opening with question words ("for whom the bell tolls", "picture of dorian gray",
    # "her cardbord lover", "and so they were maried")
    runs += [
        (s - k, e)
        for s, e in _content_runs(words)
        for k in (4, 3, 2, 1)
        if s - k >= 0 and (s - k, e) not in runs
    ]
    # ("two weeks in anotther town 62": a number opening the title, a two-digit year after it)
    runs += [
        (s - 1, e - int(YEAR_TOKEN.fullmatch(words[e - 1]) is not None or words[e - 1].isdigit()))
        for s, e in _content_runs(words)
        if s > 0 and words[s - 1].isdigit() and e - s >= 2
    ]
    # "every which way but lose who directed it": the words before the question, small words and all
    ask = next((i for i, w in enumerate(words) if i >= 3 and w in ASKING), None)
    if ask is not None and (0, ask) not in runs:
        runs.append((0, ask))
    return runs


def _opening_then_asked(tokens: list[_Token], spots: list[Spot]) -> tuple[float, Spot] | None:
    """ "a man apart who's the drug lord he's after", "the watch ben stiller vince vaughn who wrote it":
    a title of small or common words, typed whole, opening the message, then its question (or names,
    then the question): keyword style, the title asked about."""
    words = [t.key for t in tokens]
    for spot in spots:
        rest = words[spot.end :]
        named = list(itertools.takewhile(_name_word, rest[:4]))
        asked_next = rest[len(named) : len(named) + 1]
        opening = spot.start == 0 and spot.exact and not spot.partial and not spot.main
        # (not "the one who plays the dad": a pronoun, then its clause)
        own = [w for w in words[spot.start : spot.end] if w not in ARTICLES]
        if (
            any(_name_word(w) and w not in {"one", "1"} for w in own)
            and opening
            and spot.end - spot.start >= 2
            and not _set_off(tokens, spot.end - 1)
            and asked_next
            and (asked_next[0] in ASKING or asked_next[0] in _KEYWORD_ASKS)
        ):
            return OPENING_BONUS, spot
    return None


def _held_by_longer(
    tokens: list[_Token],
    spots: list[Spot],
    best: tuple[float, Spot] | None,
    rest_is_chatter: Callable[[Spot], bool],
) -> tuple[float, Spot] | None:
    """ "donald sutherland alex in wonderland": a title holding the chosen one is the one typed (Alex
    in Wonderland, not Wonderland after "in")."""
    if best is None:
        return None
    return next(
        (
            (max(strength, best[0]), spot)
            for spot in spots
            if spot.start <= best[1].start
            and best[1].end <= spot.end
            and spot.end - spot.start > best[1].end - best[1].start
            for ok, strength in [_acceptable(tokens, spot, rest_is_chatter(spot))]
            if ok
        ),
        best,
    )


def _title_after_series_name(
    index: TitleIndex,
    tokens: list[_Token],
    spots: list[Spot],
    best: tuple[float, Spot] | None,
    rest_is_chatter: Callable[[Spot], bool],
) -> tuple[float, Spot] | None:
    """ "star wars the empire strikes back cast": a series' name typed before its film's own title
    (The Empire Strikes Back, right after it and no shorter): that title is the film."""
    if best is None or _set_off(tokens, best[1].end):
        return best  # ("glory, the civil war one": words set off after the title describe it)
    words = [t.key for t in tokens]
    # (typed with a slip too: "star wars the empire strikes bak", the words after it up to the question)
    ends = [
        e
        for e in range(best[1].end + 2, len(words) + 1)
        if not set(words[best[1].end : e]) & (_ASKED_WORDS | ASKING)
    ]
    # (read only when two words or more there could be a title's: a fuzzy search costs a few ms)
    told = bool(ends) and len([w for w in words[best[1].end : max(ends or [0])] if not is_frame(w)]) >= 2
    typed = index.spot_fuzzy(words, [(best[1].end, max(ends))], cutoff=TYPO_OVER_WORD) if told else []
    return next(
        (
            (max(strength, best[0]), spot)
            for spot in [*spots, *typed]
            if (spot.exact or spot in typed)
            and spot.start == best[1].end
            and not _part_asked_after(tokens, spot)  # ("red salute the generals daughter - who plays her")
            # (a film's own title, not a part of one: "under the rainbow the little people" is no
            # Darby O'Gill and the Little People)
            # (or the rest of a longer title opening with the one typed: "dungeons and dragons honor among
            # theives")
            and any(
                _typed_whole(words[spot.start : spot.end], f.title)
                or title_key(f.title).startswith(title_key(b.title) + " ")
                for f in spot.films
                for b in best[1].films
            )
            # (of the series named first, or typed with its title's own article: not "small sacrifices
            # true crime book author", two films, nor "apt pupil the high school kid")
            and (
                (
                    words[spot.start] in ARTICLES
                    and any(fold(f.title).startswith(words[spot.start] + " ") for f in spot.films)
                )
                or any(
                    title_key(b.title) in title_key(f.title) or len(index.series(b)) > 1
                    for f in spot.films
                    for b in best[1].films
                )
            )
            and spot.end - spot.start >= best[1].end - best[1].start
            and len([w for w in words[spot.start : spot.end] if w not in ARTICLES]) >= 2
            for ok, strength in [_acceptable(tokens, spot, rest_is_chatter(spot))]
            if ok
        ),
        best,
    )


def _typed_whole(words: list[str], title: str) -> bool:
    """Whether the words are the whole title (articles aside), typed with a slip at most."""
    return typed_as(" ".join(w for w in words if w not in ARTICLES), title)


def typed_as(said: str, title: str) -> bool:
    """Whether words typed (as a key) are the whole of a title, one slip off at most."""
    return fuzz.ratio(said, title_key(title)) >= REST_OF_TITLE


def _opening_exactly(spots: list[Spot], best: tuple[float, Spot] | None) -> tuple[float, Spot] | None:
    """ "crooklyn main girls name": a title typed exactly opens the message, and what follows is the
    question (not Mean Girls typed with a typo)."""
    if best is None or best[1].exact or best[1].score >= SERIES_THEN_TYPED:
        return best  # ("star wars the empire strikes bak": a long title, one letter off, after its series)
    opening = [s for s in spots if s.start == 0 and s.end == best[1].start and not s.partial]
    return (best[0], opening[0]) if opening else best


WEAK_SPOT = 10.0  # a spot this weak, of one common word, gives way to names or a longer title typed
SERIES_THEN_TYPED = 95.0  # a title typed this close after another one is the film (one slip in a long title)
YEAR_TYPO_CUTOFF = 80.0  # a title typed this close is meant when the year typed beside it is its film's


_VERSION_NOUNS = frozenset({"version", "one", "1", "movie", "film", "remake"})


def _typed_with_its_year(
    index: TitleIndex, tokens: list[_Token], rest_is_chatter: Callable[[Spot], bool]
) -> tuple[float, Spot] | None:
    """ "the seaker 2007 which book": a title typed with a bigger typo, beside the year of its film
    (after it or before it: "the 1960 huck finn")."""
    words = [t.key for t in tokens]
    years = {i: int(w) for i, w in enumerate(words) if YEAR_TOKEN.fullmatch(w)}
    # ("huck finn 60 version director": two digits said to be a version's year)
    years |= {
        i: two_digit_year(w)
        for i, w in enumerate(words)
        if re.fullmatch(r"[2-9]\d", w) and words[i + 1 : i + 2] and words[i + 1] in _VERSION_NOUNS
    }
    # ("willy wonka 71 - what does charlie find": two digits set off after the title's words)
    years |= {
        i: two_digit_year(w)
        for i, w in enumerate(words)
        if i >= 2 and re.fullmatch(r"[2-9]\d", w) and _set_off(tokens, i + 1)
    }
    # ("pelham 123 the 2009 one": the year of the version said right after, read where its "the" is)
    years |= {
        i - 1: y
        for i, y in list(years.items())
        if i >= 1 and words[i - 1] == "the" and words[i + 1 : i + 2] and words[i + 1] in _VERSION_NOUNS
    }
    runs = _content_runs(words)
    before = [(s, i) for s, e in runs for i in range(s + 1, min(e + 1, len(words))) if i in years]
    # ("michael rennie in les mis 1952": the run's last words before the year, a name before them)
    before += [(k, i) for s, i in before for k in range(s + 1, i - 1)]
    after = [(i + 1, e) for s, e in runs for i in range(s, e - 1) if i in years]
    # (a run right after its year: "the 2017 orient express movie")
    after += [(s, e) for s, e in runs if s - 1 in years and (s, e) not in before + after]

    def year_beside(start: int, end: int) -> int | None:
        return years.get(end, years.get(start - 1))

    # ("les mis 2012", "huck finn 1960": each word cut short; each run has its year on one side)
    # ("austin powers 1997", "pelham 123 2009": the start or the end of that year's title)
    short = [
        Spot(s, e, films, False, 85.0)
        for s, e in before + after
        for cut in (index.cut_short, index.part_of_year)
        if (films := cut(" ".join(words[s:e]), year_beside(s, e) or 0))
    ]
    # ("the 1998 rudolph movie": one word opening that year's title, framed by the year and a film word)
    short += [
        Spot(s, e, films, False, 85.0)
        for s, e in after
        if e - s == 1
        and s >= 2
        and words[s - 2] == "the"
        and words[e : e + 1]
        and words[e] in FILM_WORDS | {"one"}
        and (films := index.part_of_year(words[s], years.get(s - 1) or 0, named_so=True))
    ]
    typos = index.spot_fuzzy(words, before + after, cutoff=YEAR_TYPO_CUTOFF) if before or after else []
    # (each word a slip of one of its title's: "submarine base 1943" is not Submarine Alert)
    typos = [t for t in typos if any(each_word_slipped(words[t.start : t.end], f.title) for f in t.films)]
    for typed in [*typos, *short]:
        ok, strength = _acceptable(tokens, typed, rest_is_chatter(typed))
        if ok and any(f.year == year_beside(typed.start, typed.end) for f in typed.films):
            return strength, typed
    return None


WORD_TYPO_CUTOFF = 75.0  # a word typed this close to a word of the title is that word, mistyped


def each_word_slipped(typed: list[str], title: str, cutoff: float = WORD_TYPO_CUTOFF) -> bool:
    """Every word typed (but an article) is a word of the title, mistyped or not (`cutoff`: how close)."""
    held = title_key(title).split()
    return all(any(fuzz.ratio(w, h) >= cutoff for h in held) for w in typed if w not in ARTICLES)


def _typed_in_slot_after(
    index: TitleIndex, tokens: list[_Token], best: tuple[float, Spot], rest_is_chatter: Callable[[Spot], bool]
) -> tuple[float, Spot]:
    """ "who played wyatt earp in witchita": a title typed with a typo where a title stands ("in X", or
    opening the question: "song of sheherazade who plays the dancers mom") outranks an exact title (a
    part's name) where none stands (not over a title opening the question: "hey quick q, jaws plot?
    spielberg" is no typo of The Spieler)."""
    if _place(tokens, best[1]).slot or _opens_question(tokens, best[1]):
        return best
    words = [t.key for t in tokens]
    runs = [
        (i + 1, e)
        for s, e in _content_runs(words)
        for i in range(max(s, best[1].end) - 1, e - 1)
        if words[i] in _SLOT_BEFORE and i >= best[1].end
    ]
    ask = next((i for i, w in enumerate(words) if w in ASKING), None)
    if ask is not None and 2 <= ask <= best[1].start:
        runs.append((0, ask))
    for typed in index.spot_fuzzy(words, runs) if runs else []:
        ok, strength = _acceptable(tokens, typed, rest_is_chatter(typed))
        if ok and _place(tokens, typed).slot and strength > best[0]:
            return strength, typed
    return best


def _year_is_title(
    tokens: list[_Token], spots: list[Spot], best: tuple[float, Spot], rest_is_chatter: Callable[[Spot], bool]
) -> tuple[float, Spot]:
    """ "1917 war movie cast": a year beside a title that none of its films is from, when the year is
    itself a title (1917): that film is meant, not a "War" of 1917."""
    spot = best[1]
    where = _place(tokens, spot)
    if not where.year or where.year_fits:
        return best
    for other in spots:
        beside = other.end - other.start == 1 and other.start in {spot.end, spot.start - 1}
        if beside and YEAR_TOKEN.match(tokens[other.start].key):
            ok, strength = _acceptable(tokens, other, rest_is_chatter(other))
            if ok:
                return strength, other
    return best


TYPO_OVER_WORD = 90.0  # a typed title around a one-word match must be this close to win
TYPED_ON_WORDS = 4  # … read this many words on from it at most
TYPED_OVER_WORDS = 2  # a match of this many words or fewer may be the start of a longer typed title


def _typed_longer(
    index: TitleIndex, tokens: list[_Token], best: tuple[float, Spot], rest_is_chatter: Callable[[Spot], bool]
) -> tuple[float, Spot]:
    """ "mama mia director", "robin hood prince of theives": a word or two of the question are a title
    or a title's initials ("mia"), but the words around them are a longer title with a typo (Mamma
    Mia!, Robin Hood: Prince of Thieves): the longer title wins."""
    words = [t.key for t in tokens]
    spot = best[1]
    for typed in index.spot_fuzzy(words, _runs_over(words, spot), cutoff=TYPO_OVER_WORD):
        longer = typed.end - typed.start > spot.end - spot.start and set(typed.films) != set(spot.films)
        if typed.start <= spot.start and spot.end <= typed.end and longer:
            ok, strength = _acceptable(tokens, typed, rest_is_chatter(typed))
            if ok:
                return max(strength, best[0]), typed
    return best


def _unless_swapped(
    index: TitleIndex, words: list[str], best: tuple[float, Spot], longer: set[int]
) -> tuple[set[int], tuple[float, Spot] | None]:
    """ "the big short is based on what book": a title with one of its words swapped for another word
    of titles, typed over the spot, is a longer title we lack, not Big inside it (its words, and no
    spot)."""
    spot = best[1]
    swapped = index.word_swapped(words, _runs_over(words, spot, shortest=1), TYPO_OVER_WORD)
    if swapped is not None and swapped[0] <= spot.start and spot.end <= swapped[1]:
        return set(range(*swapped)), None
    return longer, best


def _runs_over(words: list[str], spot: Spot, shortest: int = 2) -> list[tuple[int, int]]:
    """Runs of the question's words holding the spot and more: where a longer title may be typed
    (`shortest`: the fewest words after the spot read with it)."""
    runs = [
        (a, b)
        for a, b in _content_runs(words)
        if a <= spot.start and spot.end <= b and b - a > spot.end - spot.start
    ]
    # ("escape from alcatrez", "angel and the bad man": the words after it, small ones and all, up to
    # what is asked)
    runs += [
        (spot.start, end)
        for end in range(min(len(words), spot.end + TYPED_ON_WORDS), spot.end + shortest - 1, -1)
        if not any(w in ASKING or w in _KEYWORD_ASKS for w in words[spot.end : end])
    ]
    # ("two weeks in anotther town": a number opening the title, which runs of words leave out)
    return runs + [(a - 1, b) for a, b in runs if a > 0 and words[a - 1].isdigit() and (a - 1, b) not in runs]


def _content_runs(words: list[str], skip: set[int] | None = None) -> list[tuple[int, int]]:
    """Maximal runs of words that are not question words (small joining words allowed inside)."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    joiners = {
        "the",
        "a",
        "an",
        "of",
        "and",
        "in",
        "on",
        "to",
        "with",
        "for",
        "whom",
        "vs",
        "versus",
        "called",
        "named",
    }  # "interview with a vampire", "alien vs predator", "a boy called po"
    for i, w in enumerate([*words, "."]):
        inside = i < len(words) and (skip is None or i not in skip)
        numeral = w.isdigit() or re.fullmatch(r"\d+(?:st|nd|rd|th)", w) is not None
        # ("47 ronin cast": a count opens a title, a word of it right after)
        opening = numeral and i + 1 < len(words) and not _is_question_word(words[i + 1])
        if inside and (not _is_question_word(w) or (numeral and (start is not None or opening))):
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


_WINDOW_STARTS = frozenset({"in", "of", "from", "about", "for", "directed", "wrote", "made", "watch", "saw"})


def _slot_windows(words: list[str]) -> list[tuple[int, int]]:
    """Where a misspelt title most likely stands, whatever words it is made of: from the start or
    after "in/of/…" up to the next question or cue word ("who was in from here to eternaty",
    "emperors new grove who voices", "charlie n the chocolate factory")."""
    windows: list[tuple[int, int]] = []
    for start in [0, *(i + 1 for i, w in enumerate(words) if w in _WINDOW_STARTS)]:
        end = start
        while end < len(words) and not (_is_question_word(words[end]) and words[end] not in _TITLE_INNER):
            end += 1
        while end > start and words[end - 1] in CHATTER:
            end -= 1
        if end > start:
            windows.append((start, end))
    return windows


# small words that stand inside titles ("from here to eternity", "charlie n the chocolate factory")
# ("my best freind is a vampire": a title may open with "my" and hold "is")
_TITLE_INNER = frozenset(
    {"the", "a", "an", "and", "n", "of", "in", "on", "to", "from", "here", "new", "at", "is", "my", "your"}
)

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


def _asks_which_film(tokens: list[_Token], titles: TitleIndex | None) -> bool:
    """ "which movie has a shark …", "the one where …": the answer is a film, the words are its story."""
    if _one_of_title_said(tokens, titles) or _title_then_the_one(tokens, titles):
        return False
    said = " ".join(_plain_words(tokens))
    # ("the 56 movie with the same name, the one about a boy and a bull": the title is the one talked
    # about, the story only tells its films apart; "what movie is airplane making fun of": a film
    # named, and what it relates to asked)
    return (
        (_WHICH_FILM.search(said) is not None or _title_asked_last(tokens))
        and _SAME_TITLE.search(said) is None
        and _RELATED_TO.search(said) is None
        and _OF_THE_FILM_TALKED_OF.search(said) is None
    )


def _title_then_the_one(tokens: list[_Token], titles: TitleIndex | None) -> bool:
    """ "who directed jaws, the one with the shark": a question, a title of ours set off, then which of
    its films it is — no story asking for a film."""
    words = [t.key for t in tokens]
    return titles is not None and any(
        s.exact
        and set(words[: s.start]) & ASKING
        and _set_off(tokens, s.end)
        and words[s.end : s.end + 2] in _THE_ONE
        for s in titles.spot_exact(words)
    )


_THE_ONE = (["the", "1"], ["that", "1"], ["the", "movie"], ["the", "film"])


def _title_asked_last(tokens: list[_Token]) -> bool:
    """ "kay francis movie, a theater actress caught between … and his buddy. title?": a story, then,
    set off, the film's title asked for in a word (not "blade runner working title"); or a story told,
    then "what film (is it)" ("cumberbatch plays a mean rancher in montana, what film")."""
    words = [t.key for t in tokens]
    asked = _FILM_ASKED_LAST.search(" ".join(words))
    if asked is not None:
        told = " ".join(words)[: asked.start()].split()
        # (set off, or "… is it": not "saving mr banks is about disney trying to make what movie")
        apart = bool(asked.group("it")) or _set_off(tokens, len(told))
        return apart and len(told) >= STORY_WORDS - 2 and told[0] not in _ASKING_WORDS
    # (not a part's name: "leslie nielsens guy in the naked gun, name?")
    part = _OWNERS_PART_IN.search(" ".join(words)) is not None and words[-1] == "name"
    return (
        len(tokens) >= STORY_WORDS
        and words[-1] in {"title", "name"}
        and _set_off(tokens, len(tokens) - 1)
        and not part
    )


_OWNERS_PART_IN = re.compile(r"\b\w+(?: s|s) (?:character|role|part|guy|girl|dude|gal) (?:in|from|on)\b")
STORY_WORDS = 8  # the fewest words of a story told before its title is asked for in a word
_FILM_ASKED_LAST = re.compile(
    r" (?:(?:what|which) (?:movie|film|flick|picture)(?P<it> (?:is|was) (?:it|that|this))?"
    r"|(?:whats|what is|what s) (?:the|its) (?:name|title)|(?:whats|what is|what s) (?:that|this) (?:one|1|movie|film))$"
)
_ASKING_WORDS = wordset("who whos what whats which where when why how is was does did do")


def _one_of_title_said(tokens: list[_Token], titles: TitleIndex | None) -> bool:
    """ "who was in lonely hearts, the one about the 1940s killers": a title, then which of its films
    (the story only tells them apart; the title names the film); or what film it is ("whos in the
    harder they fall, the netflix western with the all black cast")."""
    words = [t.key for t in tokens]
    at = next(
        (
            i
            for i in range(1, len(words) - 2)
            if words[i] == "the" and _set_off(tokens, i) and _ONE_OF_A_KIND.match(" ".join(words[i:]))
        ),
        None,
    )
    if at is None or titles is None:
        return False
    # ("who directed the cartoon robin hood from 73, the one with the fox": its year between)
    return any(
        s.exact and s.end - s.start >= 2 and _only_a_year(words[s.end : at])
        for s in titles.spot_exact(words[:at])
    )


_ONE_OF_A_KIND = re.compile(r"the (?:[\w-]+ ){0,3}?(?:one|1|" + _KIND_OF_FILM + r")s? (?:about|with|where)\b")


def _only_a_year(words: list[str]) -> bool:
    """No words, or only a year said of a film ("from 73", "1973")."""
    return (
        not words or re.fullmatch(r"(?:from |of |in )?(?:(?:19|20)?\d\d|'\d\d)", " ".join(words)) is not None
    )


# "which film in the maisie series is it", "what movie comes after it in the series": where the film
# talked about stands among others, not a film to find from its story
_OF_THE_FILM_TALKED_OF = re.compile(
    r"^(?:(?:and|ok|so) )?(?:which|what) \w+ (?:\w+ ){0,5}?"
    # (not "which film is this: the crew of a towing ship …", the story said next; "what cartoon is it
    # based on" asks of the film talked about too)
    r"(?:(?:is|was) it(?! where\b| about an?\b| with an?\b)|(?:after|before|follows|follow|followed|preceded) (?:it|this|that)"
    r"|(?:did|does) it (?:start|begin|launch|kick off|spawn|follow|remake))\b"
)


_RELATED_TO = re.compile(
    r"^(?:which|what) (?:movie|film)s? (?:is|was|does|did) (?:\w+ ){1,6}?"
    r"(?:making fun of|spoofing|spoof|parodying|parody|sending up|based on|a remake of|remaking|a sequel to"
    r"|a prequel to|inspired by|referencing|paying homage to|an homage to)(?: of)?$"
)


_IN_IT = re.compile(r"(?:in|of|from) (?:it|that|this|the (?:film|movie))(?: (?:film|movie|one))?")
# ("the 56 movie with the same name": another film of the title talked about; not "based on a 1889
# play with the same title", a which-film question)
_SAME_TITLE = re.compile(
    r"\b(?:\d{2}|\d{4}|other|older|newer|original|earlier|later|new|old) (?:movie|film|one|1|version|flick) "
    r"(?:with|of|by|under) the same (?:name|title)\b"
)


def _is_description(tokens: list[_Token]) -> bool:
    """A bare description, not a question ("boy left home alone at christmas fights off burglars")."""
    words = _plain_words(tokens)
    content = [w for w in words if not is_frame(w)]
    # ("stir crazy gene wilder richard pryor who directed": a title and its people, then the question)
    asked = _CREDIT_ASKED_LAST.search(" ".join(words)) is not None
    # ("more than murder 1984 stacy keach mike hammer plot": a title and its year open the message,
    # keyword style, what is asked ends it)
    keyword_style = (
        bool(words) and words[-1] in _KEYWORD_ASKS and any(YEAR_TOKEN.fullmatch(w) for w in words[2:6])
    )
    # ("walter mitty 1947 whats danny kayes job in it": a title and its year, then a question asked)
    # (or its year in two digits: "phoenix 98 ray liotta - why does …")
    dated = next(
        (i for i, w in enumerate(words[1:6], 1) if YEAR_TOKEN.fullmatch(w) or re.fullmatch(r"\d\d", w)), None
    )
    keyword_style = keyword_style or (
        dated is not None and _ASKED_AFTER.search(" ".join(words[dated + 1 :])) is not None
    )
    if asked or keyword_style or _SAME_TITLE.search(" ".join(words)):
        return False
    # (not "will it be good"; but "will ferrell vs zach galifianakis running for congress": a name)
    opener = (
        bool(words)
        and words[0] in _OPENERS
        and not (words[0] == "will" and len(words) > 1 and _name_word(words[1]))
        # ("last thanhouser picture, a broke father …": which film of someone's, then its story)
        and not (words[0] in {"last", "first", "final"} and FILM_WORDS & set(words[1:4]))
    )
    return bool(words) and not opener and len(content) >= 5 and len(words) >= 8


_ASKED_AFTER = re.compile(
    # ("phoenix 98 ray liotta - why does his cop character owe the mob": its star named, then the question)
    r"^(?:\w+ ){0,3}(?:what|who|where|when|why|how|which)(?: \w+)? (?:is|s|was|are|were|does|did|do)\b"
)
_CREDIT_ASKED_LAST = re.compile(
    r"\bwho (?:directed|wrote|made|produced|starred|stars|was in|is in)(?: it| that| this)?"
    r"(?: mess| movie| film| one| thing| short| cartoon| picture| flick| serial| doc| documentary)?"
    # ("awakenings with robin williams and robert de niro, who wrote the screenplay")
    r"(?: the (?:screenplay|script|story|book|novel|music|score))?"
    # ("magic mike xxl who's in it besides channing tatum")
    r"(?: (?:besides|other than|apart from|except|along with|with) (?:\w+ ){0,2}\w+)?$"
    r"|\bwho (?:plays|played|voices|voiced)(?: \w+){0,6}$"  # "fast times at ridgemont high who plays spicoli"
    # "planes trains and automobiles john candys character name": a part asked, keyword style
    r"|\b\w+ s (?:character|role|part)(?: s)?(?: name| called)?$|\bcharacter name$"
    # ("kane hodder's role in jason goes to hell": whose part, then the film)
    r"|^(?:\w+ ){1,3}s (?:role|part|character) in\b"
    # ("iron eagle 3 lou gossett jr is playing who again")
    r"|\b(?:is|was|s) playing (?:who|whom)(?: again| exactly| tho| then)?$"
    # ("case of the stuttering bishop donald woods role": someone's part, keyword style; not "lands a
    # big role")
    r"|\b(?!(?:a|an|the|his|her|their|its|my|your|s|is|was)\b)[a-z]+ (?!(?:lead|leading|main|title|starring|big"
    r"|small|supporting|minor|major|first|new|dream|bit|cameo|voice|his|her|their|its|my|your)\b)[a-z]+ "
    r"(?:role|character)$"
    # "ladybugs rodney dangerfield movie, who's his assistant coach": a part of someone named asked last
    r"|\bwho (?:is|s|was|are|were) (?:his|her|their) (?:\w+ ){0,2}\w+$"
    # "beverly hills chihuahua the bad doberman's name": the name of someone in the story, asked last
    r"|\bthe (?:\w+ ){0,2}\w+ s (?:real |full )?name$"
    # "feudin fools bowery boys which number in the series": its place in a series, asked last
    r"|\b(?:which|what) (?:number|entry|installment|instalment)(?: is (?:it|this|that))? in the (?:\w+ )?"
    r"(?:series|franchise|saga|run)$"
    # "the patsy jerry lewis when did it come out": when it came out, asked last
    r"|\b(?:when did it (?:come out|release|premiere)|when was it (?:released|made|out)"
    r"|what year (?:did it come out|was it (?:released|made)))$"
    # "miss peregrines home for peculiar children is based on what book": the source asked last
    r"|\b(?:based on|adapted from) (?:(?:what|which|whose)(?: \w+)?|(?:a|an|the) \w+ by (?:who|whom))$"
    # "a gentleman of paris w adolphe menjou, source material": what is asked, keyword style, last
    r"|\b(?:source(?: material)?|release (?:date|year)|what year|cast)$"
)


# "the neighborhood the director grew up in": a crew word as the subject of a past verb tells of the
# person, it does not ask who they are
_CREW_TOLD_OF = re.compile(
    r"\bthe (?:director|writer|screenwriter)(?= (?:\w+ )?(?!directed\b|wrote\b)\w+(?:ed|ew|ent|ame|ote|oke|ived)\b"
    # ("who is the writer up against on the island": someone of the story, and who opposes them)
    r"| (?:(?:is|was) )?(?:up against|against|after|chasing|fighting|facing|running from|hiding from)\b"
    # ("who is the writer trying to track down": what someone of the story is doing)
    r"| (?:(?:is|was) )?(?:trying|looking|searching|hunting|investigating|going)\b)"
)


_WANTED_SO_BAD = re.compile(r"\b((?:want|wants|wanted|need|needs|needed)\b.*) so bad\b")
# "which dictator loved captain kidd": someone of the film's story or history who loved it, asked by
# what they were (not an opinion asked)
_WHO_LOVED = re.compile(
    r"^(?:\w+ )?(?:which|what) (?!critics?\b|reviewers?\b)(\w+) (?:loved|hated|liked|adored)\b"
)


def _kind(masked: str) -> tuple[str, float]:
    # ("… screenwriter? idk if its any good": an aside after the question, when something else is asked)
    unsure = _UNSURE_ASIDE.search(masked)
    if unsure is not None and unsure.start() > 0:
        asked = _kind(masked[: unsure.start()].strip())
        if asked[1] > 0:
            return asked
    masked = _CREW_TOLD_OF.sub("the person", masked)
    masked = _WANTED_SO_BAD.sub(r"\1 so much", masked)  # "why does tex want their theater so bad"
    masked = _WHO_LOVED.sub(r"which \1 favoured", masked)
    scores = {kind: sum(w for rx, w in cues if rx.search(masked)) for kind, cues in _KIND_CUES.items()}
    # "who wrote the novel …": writing a book is the source's author, not the screenplay
    if scores["source"] >= 2.5 and scores["writer"]:
        scores["source"] += 1.0
    best = max(_SPECIFICITY, key=lambda k: (scores[k], -_SPECIFICITY.index(k)))
    return (best, scores[best]) if scores[best] > 0 else ("search", 0.0)


_UNSURE_ASIDE = re.compile(
    r"\b(?:(?:idk|dunno|i do not know|not sure|no idea) )?(?:if|whether) (?:it s|its|it is|it was|that s|thats|FILM is) "
    r"(?:any )?(?:good|bad|worth (?:it|watching|a watch))$"
)


# The kind of answer a story question wants. When several fit, the first listed is the more specific
# ("where does it end" asks for the end).
_FOCUS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (focus, re.compile(pattern))
    for focus, pattern in (
        # "what's it called in the uk", "any other titles": another title the film goes by
        (
            "alias",
            r"\bwhat (?:is|s|was) (?:it|FILM|the (?:film|movie)) (?:called|titled|known as|released as) (?:in|over in|outside)\b"
            r"|\b(?:other|alternate|alternative|original|working|foreign) (?:\w+ )?(?:title|name)s?\b|\balso (?:known|called|titled)\b"
            r"|\baka\b",
        ),
        ("end", r"\bend(?:s|ing|ed)?\b|\bfinale\b|\bclimax\b|\btwist\b"),
        # (not "which city did they start shooting in": where it was made)
        (
            "start",
            r"\b(?:start|begin|open)(?:s|ning)?\b(?! (?:shooting|filming|production|to (?:shoot|film)))",
        ),
        (
            "name",
            # (not "the 89 slasher just called intruder": the film's own title)
            r"\b(?:called|named)\b(?! FILM\b)|\b(?:real name|name of)\b|\bwhat is (?:his|her|their|the \w+ s|the \w+)(?: (?:normal|usual|regular|actual|civilian|human|first|last|full))? name\b"
            r"|^(?:(?:and|ok|so) )*the (?:\w+ ){1,2}s name$"  # "and the bad guy's name?"
            r"|^\w+ s name\b|\bwhat is \w+(?: s)? name\b"  # "goofy's name in no smoking", "whats goofys name"
            r"|\bwhat (?:kind|sort|type) of \w+ is\b"
            r"|\b(?:what|which) (?:movie|film)$",  # "… disney trying to make what movie": a film named
        ),
        ("when", r"\b(?:what|which) (?:year|decade|era|century)\b"),  # "what year is it set in"
        (
            "where",
            r"^where\b|\bwhere\b|\b(?:what|which) (?:\w+ )?(?:island|city|town|country|state|place|planet|hotel|school|"
            r"house|prison|ship|street|camp|village|neighbou?rhood)\b|\bset in\b|\btake place\b"
            # ("which part of new york did they mainly shoot in": a place within one)
            r"|\b(?:what|which) (?:part|area|region|side) of (?!(?:the |this |that )?(?:it|film|movie|story|book)\b)",
        ),
        ("who", r"\bwhose\b|\bwho\b"),
        ("when", r"\bwhen\b"),
        ("why", r"\bwhy\b"),
        # (not "whats weird about the female werewolves": what is asked about someone of the story)
        (
            "about",
            r"\babout\b(?! (?:the|a|an|his|her|their) (?!(?:movie|film|story|plot)\b)\w)"
            r"|\bplot\b|\bpremise\b|\bsummary\b|\bsynopsis\b|\bgist\b|\bstory\b",
        ),
    )
)


def _focus(masked: str, words: list[str]) -> str | None:
    found = next((focus for focus, rx in _FOCUS if rx.search(masked)), None)
    # "what happens in the second one": nothing asked but the story itself (not "is it a sequel to
    # something": what it follows, which a sentence of any kind may say)
    if found is None and not any(_name_word(w) for w in words if w != "FILM") and not _RELATED.search(masked):
        return "about"
    return found


_RELATED = re.compile(r"\b(?:sequel|prequel|remake|spin ?off|reboot|follow ?up)s?\b")


def _subject(masked: str) -> tuple[str | None, str | None]:
    masked = _EMPHASIS_AT_END.sub("", masked)  # "… who is he exactly"
    for rx, role in _SUBJECT_RULES:
        m = rx.search(masked)
        if m is None:
            continue
        subject = _SUBJECT_NOISE.sub("", m.group("s")).strip()
        if re.match(r"(?:alongside|opposite|next to|with|beside) ", subject):
            return None, None  # "who played alongside dustin hoffman": the cast, not a part
        words = _actor_trimmed(subject.split()) if role == "actor" else _name_then_described(subject.split())
        if not words or all(w in _QUESTION_WORDS | CHATTER | FILM_WORDS for w in words) or "FILM" in words:
            continue
        return " ".join(words), role
    return None, None


def _name_then_described(words: list[str]) -> list[str]:
    """ "who plays carolyn, the girl who helps david": a part's name, then what the part is (the name is
    the part asked about, not David)."""
    for at in (1, 2):
        described = words[at : at + 1] in (["the"], ["a"]) and words[at + 2 : at + 3] in (["who"], ["that"])
        if described and all(_name_word(w) and w not in ROLE_WORDS for w in words[:at]):
            return words[:at]
    return words


def _actor_trimmed(words: list[str]) -> list[str]:
    """An actor's name without the words around it that are no name ("movie david duchovny", "tony
    hale voices what", "albert brooks character")."""
    edge = FILM_WORDS | _QUESTION_WORDS | {"character", "characters", "voices", "voice", "role", "part"}
    while words and words[0] in edge:
        words = words[1:]
    while words and words[-1] in edge:
        words = words[:-1]
    return words


# "… exactly"; "who plays tamara and who else is in it": the cast asked besides, after the part
_EMPHASIS_AT_END = re.compile(
    r" (?:exactly|precisely|anyway)$|,? and who else (?:is|s|was|are|were) in (?:it|that|FILM|the (?:film|movie))$"
)


def _strip_chatter(words: list[str]) -> list[str]:
    # a chatter word before "s" is a name's ("hi's wife": H.I. McDunnough's)
    out = [
        w
        for i, w in enumerate(words)
        if w not in CHATTER
        or w in {"like", "so"}
        or words[i + 1 : i + 2] == ["s"]
        or (w == "guys" and words[i - 1 : i] == ["bad"])  # "who are the bad guys"
    ]
    text = " ".join(out)
    text = re.sub(
        # ("who is john cusack in 2012, like his guy": "like" only leads on to what is asked)
        r"\bor (?:nah|not|no)$|\blike (?=who|what|which|where|when|how)\b|\blike (?=(?:his|her|their) "
        r"(?:guy|girl|character|part|role|name|dude)\b)|^(?:so|like) |^i meant "
        # ("… in 1984 (the 84 film not the book)": the work it is not asks nothing of it)
        r"|\bnot (?:the |a )?(?:book|novel|play|comic|show|series)\b",
        "",
        text,
    )
    return text.split()


@dataclass(frozen=True)
class _Title:
    """What step 1 found: the title run (if any), its films, a year written with it."""

    spot: Spot | None = None
    strength: float = 0.0
    described: bool = False  # the question describes a film instead of naming one
    films: tuple[FilmRef, ...] = ()
    year: int | None = None
    year_at: frozenset[int] = frozenset()
    aside: str | None = None  # "hugo scorsese based on what": the name after the title

    @property
    def weak(self) -> bool:
        """One lowercase word where no title need stand, or a title that is a word for a person ("where
        does the boy see the murder"): the conversation's film may still win."""
        if self.spot is None or self.year is not None:
            return False
        person = (
            set(title_key(self.films[0].title).split()) <= ROLE_WORDS | _PERSON_NOUNS if self.films else False
        )
        return self.strength < WEAK_SPOT or person


_PERSON_NOUNS = wordset(
    "boy girl man woman kid lady guy men women boys girls kids child couple family teen teenager"
)


def _the_named_film(tokens: list[_Token], titles: TitleIndex | None) -> _Title | None:
    """ "the dora movie", "the eurovision movie with will ferrell", "the peter sellers biopic": a few
    words between "the" and a word for a film, held by the titles of a few films (which one is said by
    a version word before them, or asked)."""
    words = [t.key for t in tokens]
    for m in _THE_NAMED_FILM.finditer(" ".join(words)):
        start = len(m.string[: m.start("w")].split())
        end = start + len(m.group("w").split())
        said = words[start:end]
        # (not a kind of film: "2012 the disaster movie")
        kind_only = all(is_frame(w) or w in GENRE_WORDS for w in said)
        if titles is None or kind_only or any(w in ASKING for w in said):
            continue
        films = tuple(titles.holding(" ".join(said)))
        first = len(m.string[: m.start()].split())
        # ("the mr bean movie from 97": of that year, the one film whose title holds one of its words)
        year = _year_in(words[end + 1 : end + 3], short=True)
        if year is not None:
            films = tuple(f for f in films if f.year == year) or _one_of_the_year(titles, said, year)
        # (not words set off after a title we lack: "bring it on, the cheerleader movie from 2000")
        if 1 <= len(films) <= NAMED_FILMS and not _set_off(tokens, first):
            # (the spot is the whole "the … movie": what is asked is read around it)
            spot = Spot(first, end + 1, films, exact=False, score=90.0, partial=True, main=False)
            edition = _edition(words[max(0, start - 2) : start], films)
            return _Title(spot, NAMED_FILM_STRENGTH, False, edition, year=year)
    return None


def _one_of_the_year(titles: TitleIndex, said: list[str], year: int) -> tuple[FilmRef, ...]:
    """The one film of the year whose title holds a word said of it (not a small word or a frame's)."""
    words = [w for w in said if len(w) >= TITLE_WORD_MIN and not is_frame(w)]
    films = {f for w in words for f in titles.holding(w) if f.year == year}
    return tuple(films) if len(films) == 1 else ()


TITLE_WORD_MIN = 3  # the shortest word said of a film that its title is looked up by


_THE_NAMED_FILM = re.compile(
    r"\bthe (?:(?:new|newest|latest|last|final|old|original|first) )?(?P<w>(?:\w+ ){0,2}\w+) (?:movie|film|flick|biopic)\b"
)
NAMED_FILMS = 3  # the most films a few words of their titles are read as naming (asked which one)
NAMED_FILM_STRENGTH = 10.0


def _find_title(tokens: list[_Token], titles: TitleIndex | None) -> _Title:
    if _asks_which_film(tokens, titles):
        return _Title(described=True)
    spot, strength = _choose_spot(titles, tokens)
    if (spot is not None and (_name_asked_of_story(tokens, spot) or _kin_asked(tokens, spot))) or (
        _is_description(tokens)
        and (spot is None or not _stands_out(tokens, spot))
        # ("ace ventura 2 what animal is he after"; with no title found, not "spike lee vampire one, …")
        and (_numbered_we_lack if spot is None else _numbered_sequel)(tokens, titles) is None
    ):
        return _Title(described=True)
    if spot is None:
        return _the_named_film(tokens, titles) or _Title(
            described=_kind_then_story(tokens) or _copy_of_a_film(tokens)
        )
    own = {t.key for t in tokens[spot.start : spot.end]}
    one_word = len(own - ARTICLES) == 1  # "rocky 5" is more than a common word
    # ("jaws who played the mayor": a title first, then its question, stands)
    keyword_first = spot.start == 0 and _asked_right_after(tokens, spot)
    # ("who was in cloverfield, all unknowns right": words set off after the title are an aside)
    set_off = _set_off(tokens, spot.end)
    # (not a title opening the question, nor one after a name and before its question: "catwoman with
    # halle berry who directed", "halle berry catwoman what's her name": resolve checks the names)
    opening = spot.start == 0 or (
        all(_name_word(t.key) for t in tokens[: spot.start]) and _asked_right_after(tokens, spot)
    )
    if (
        strength < WEAK_SPOT
        and one_word
        and not keyword_first
        and not set_off
        and not opening
        and any(_name_word(t.key) and t.key not in own for t in tokens[spot.end :])
    ):
        # "what island do they find kong on in the peter jackson one": a lowercase common word that
        # is also a title, followed by other names: the question is about something else
        return _Title()
    rest = " ".join(t.key for t in tokens[spot.end :])
    words = [t.key for t in tokens]
    year, year_at = _year_near(words, spot, spot.films)
    # ("exposed 2016 keanu reeves who directed": the year is the title's it follows, a version we
    # lack, not the next title's)
    spot = _dated_before(titles, words, spot, year_at) or _dated_title(titles, words, spot, year, year_at)
    # no film either: "the tuxedo jackie chan who's the girl in it" (a part of the film meant, but not
    # "who killed selena in the film"); "who does spencer tracy play" (a word of the actor's name);
    # "red eye 2005 … on the plane" (another film's year); "the saltwater accountant" (a longer title)
    if (
        (
            one_word
            and (
                (strength < WEAK_SPOT and tokens[spot.start].key in ARTICLES and _IN_IT.fullmatch(rest))
                # ("heat, al pacino's character?": a mark ends the title before the name)
                or (_in_actor_named(tokens, own - ARTICLES) and not set_off)
            )
        )
        or (year is None and _year_of_another(words, spot))
        or _article_apart(words, spot)
        or _other_article(words, spot)
        or _other_words_in_place(words, spot)
        or _part_number(tokens, spot)
        or _number_of_another_title(tokens, spot)
        or (one_word and _describes_a_part(words, spot))
        or (one_word and _thing_talked_of(words, spot))
        or _part_of_a_dated_title(tokens, spot)
        or (spot.partial and _who_they_are(words, spot))
    ):
        return _Title()
    films = spot.films
    if year is not None:
        # (the one film of a title, a year off: released elsewhere a year apart, "oculus 2013")
        off_by_one = len(films) == 1 and films[0].year is not None and abs(films[0].year - year) == 1
        films = films if off_by_one else tuple(f for f in films if f.year == year)
    else:
        films = _with_later_instalments(titles, words[spot.start - 1 : spot.start], films)
    if year is None and len(films) > 1:
        after = words[spot.end] if spot.end < len(words) else ""
        films = _as_written(
            words[spot.start] in ARTICLES,
            _edition(
                words[max(0, spot.start - 2) : spot.start],
                films,
                after,
                tuple(words[spot.end : spot.end + 3]),
            ),
        )
    aside = _aside(tokens, spot) or _runs_on(tokens, spot)
    return _Title(spot, strength, False, films, year, frozenset(year_at), aside)


def _who_they_are(words: list[str], spot: Spot) -> bool:
    """ "ok and who are the three girls": the start of a long title (Three Girls About Town) ending a
    question of who someone is — the people asked about, not the film."""
    before = [w for w in words[: spot.start] if w not in ARTICLES]
    asked = before[-2:] in (["who", "are"], ["who", "is"], ["who", "was"], ["who", "were"])
    # (following on: "and …", "ok and …"; asked alone, the title's film may be meant)
    return spot.end == len(words) and "and" in before[:2] and asked


def _dated_before(titles: TitleIndex | None, words: list[str], spot: Spot, year_at: set[int]) -> Spot | None:
    """A title we have that opens the question right before the year read for the spot after it
    ("exposed 2016 keanu …"): "Title Year" is how a year is typed, so the year is that title's."""
    if titles is None or year_at != {spot.start - 1} or spot.start < 2:
        return None
    before = [s for s in titles.spot_exact(words[: spot.start - 1]) if s.end == spot.start - 1 and s.exact]
    return next((s for s in before if all(is_frame(w) for w in words[: s.start]) and s.films), None)


def _part_of_a_dated_title(tokens: list[_Token], spot: Spot) -> bool:
    """ "more than murder 1984 …": words the title lacks open the message before the last word or two
    that come close to one (Mike's Murder, 1984), the year right after — a longer title we lack."""
    words = [t.key for t in tokens]
    before = words[: spot.start]
    own = {w for f in spot.films for w in title_key(f.title).split()}
    return (
        not spot.exact
        and 1 <= len(before) <= DATED_OPENING
        and spot.end < len(words)
        and YEAR_TOKEN.fullmatch(words[spot.end]) is not None
        and all(_name_word(w) or w in JOINING | {"than"} for w in before)
        and not set(before) & own
        and any(_name_word(w) for w in before)
        # (not "michael rennie in les mis 1952 …": a name, then "in" the title, as a star is said)
        and not (len(before) >= 3 and before[-1] == "in")
    )


def _thing_talked_of(words: list[str], spot: Spot) -> bool:
    """ "and who wrote the thing": in a follow-up, the film talked about, not The Thing."""
    said = [w for w in words[spot.start : spot.end] if w not in ARTICLES]
    return said == ["thing"] and words[0] in {"and", "ok", "okay", "so", "also"} and spot.end == len(words)


def _describes_a_part(words: list[str], spot: Spot) -> bool:
    """ "and the kidnapped son?", "who plays the possessed girl": a title that is a participle, before
    a word for a person in the story, describes that person (not Kidnapped, not Possessed)."""
    title = [w for w in words[spot.start : spot.end] if w not in ARTICLES]
    after = words[spot.end] if spot.end < len(words) else ""
    return len(title) == 1 and title[0].endswith("ed") and (after in ROLE_WORDS or after in _PERSON_NOUNS)


def _named_before(tokens: list[_Token], found: _Title) -> str | None:
    """ "the brendan fraser mummy": of several films of a title, the one a name before it made (of
    one, it or a version we lack: "the del toro pinocchio" is not Disney's)."""
    spot = found.spot
    if spot is None or not found.films:
        return None
    name = _name_after_the(tokens, spot.start)
    return " ".join(t.key for t in name) if name and all(t.key not in _CUE_WORDS for t in name) else None


def _name_after_the(tokens: list[_Token], start: int) -> list[_Token] | None:
    """The two name words between "the" and a title starting at `start` ("the brendan fraser mummy";
    not one: "the art thief" is no version of Thief by a person called Art), or None."""
    name = tokens[start - 2 : start] if start >= 3 and tokens[start - 3].key == "the" else []
    return name if name and all(_name_word(t.key) for t in name) else None


# what kind of film a word before "movie" says ("the natural redford baseball film")
def opens_with_year_of_kind(text: str) -> bool:
    """ "1936 mystery about …", "a 1950s … ": a year opening the message, said of the kind of film."""
    m = re.match(r"(?:(?:a|an|the|that|this|some) )?(?:19|20)\d\d((?: \w+){1,2})", text.lower())
    return m is not None and bool(set(m[1].split()) & (GENRE_WORDS | FILM_WORDS | _MORE_KINDS))


# kinds of film said after a year, besides the genres read as hints ("1936 mystery", "a 1950 noir")
_MORE_KINDS = wordset(
    "one mystery noir adventure cartoon short serial epic satire melodrama romcom caper spoof parody anthology "
    "pilot miniseries newsreel"
)


GENRE_WORDS = wordset(
    "war horror sports sport spy baseball football boxing basketball hockey golf western comedy action "
    "crime disaster heist kids family monster zombie musical animated silent superhero space romance "
    "christmas teen dance gangster prison courtroom thriller drama biopic sci fi fantasy "
    "documentary docudrama mockumentary anime slasher ww1 ww2 wwi wwii biker blaxploitation exploitation "
    "grindhouse swashbuckler giallo kaiju samurai stoner"
)


def _aside(tokens: list[_Token], spot: Spot) -> str | None:
    """ "the apartment billy wilder actors", "hugo scorsese based on what": the words between a title
    that opens the question and what it asks, when they can only be a name (one of the film's people,
    checked when the film is resolved: "big lebowski cast" is not Big)."""
    rest = tokens[spot.end :]
    # ("catwoman w halle berry who directed": the name after "with")
    starred = bool(rest) and rest[0].key in _STARRED
    rest = rest[1:] if starred else rest
    # ("jack the giant slayer director": "the" and words that are neither a part nor a kind of film go
    # on with the title, a longer one we may lack; not "lost highway - the young mechanic, who plays
    # him", set off, nor "at the circus with the marx bros")
    article = rest[:1] if not starred and not _set_off(tokens, spot.end) and _goes_on_after_the(rest) else []
    rest = rest[len(article) :]
    # (small words may join them: "return to marrowfield cast")
    end = next(
        (
            i
            for i, t in enumerate(rest)
            if t.key in _KEYWORD_ASKS or (is_frame(t.key) and not _joins_on(rest, i))
        ),
        len(rest),
    )
    # keyword style, or a question right after a misspelt or one-word title ("dog day afternoon who
    # directed": Dog Days is no answer)
    # ("loveless russian movie who plays …": where it is from, a word for a film, then the question)
    asked = end < len(rest) and (
        rest[end].key in ASKING
        or (
            rest[end].key in FILM_WORDS
            and end + 1 < len(rest)
            and rest[end + 1].key in ASKING
            and all(t.key in NATIONALITIES for t in rest[:end])
        )
    )
    # (a possessive may open the longer title: "my best friends wedding who wrote it")
    opens = spot.start == 0 or (spot.start == 1 and tokens[0].key in ARTICLES | {"my"})
    # ("who directed night at the museum secret of the tomb": the question first, then the title and
    # words ending the message)
    # (not "what year did the hive come out": after a "did", the words after the title are its verb)
    before = {t.key for t in tokens[: spot.start]}
    # (nor "who directed prince of darkness? wes craven?": a guess set off after the title)
    ends = (
        end == len(rest)
        and bool(before & ASKING)
        and not before & (_AUXILIARIES | _BE)
        and not _set_off(tokens, spot.end)
    )
    if not ((_place(tokens, spot).keyword or asked) and opens) and not ends:
        return None
    if end < len(rest) and rest[end].key in FILM_WORDS and rest[end - 1].key in GENRE_WORDS:
        end -= 1  # "1917 war movie cast", "the natural redford baseball film": a genre, not a name
    between = _typed(rest[:end]).split()
    if between and _rest_of_title(tokens, spot, [t.key for t in rest[:end]]):
        return None  # "barbershop 2 back in buisness": the title's own end, misspelt
    # (what the film's lead does, run on into the question: "white boy rick became the youngest what
    # ever"; set off, it may be a longer title: "billy jack goes to washington - what's the story")
    if rest[:1] and rest[0].key in _LEAD_DOES and end < len(rest) and not _set_off(tokens, spot.end + end):
        return None
    named = all(
        (_name_word(t.key) or _longer_title_word(t.key, spot) or (_joins_on(rest, i) and i < end - 1))
        and t.key not in _NOT_NAMES
        for i, t in enumerate(rest[:end])
    )
    return " ".join([*(t.raw for t in article), *between]) if between and named else None


def _runs_on(tokens: list[_Token], spot: Spot) -> str | None:
    """ "prey for the devil who's the lead", "town without pity kirk douglas, who's
    the director": a title opening the message, then words going on, unmarked, up to the question — a
    longer title we lack, unless they say which of its films it is (read when it is resolved, as any
    aside). Not a year, a version, a kind of film or a part ("alien the first one", "jaws shark
    movie"): those say which film, and are read as such."""
    if not (spot.start == 0 or (spot.start == 1 and tokens[0].key in ARTICLES)) or _set_off(tokens, spot.end):
        return None
    rest = tokens[spot.end :]
    end = next((i for i, t in enumerate(rest) if t.key in ASKING or t.key in _KEYWORD_ASKS), None)
    if end is None or not 1 <= end <= RUN_ON_WORDS:
        return None
    said = [t.key for t in rest[:end]]
    # (not "silent night deadly night 4 the witches worship who": "the" opens what is asked of it; nor
    # "longtime companion deals with what", a verb and its preposition before the question; nor "at the
    # circus with the marx bros, who else …", the film's people)
    # ("die hard with a vengeance - …": "with a" goes on with the title, not with its people, as "with the
    # marx bros" may)
    starred = said[0] in _STARRED and not (len(said) > 1 and said[1] in {"a", "an"})
    if not _subtitle_set_off(tokens, spot.end + end, said) and (
        said[0] in ARTICLES
        or starred
        or said[-1] in _RUNNING_JOINS
        or any(
            not w.isalpha() or w in _NOT_RUNNING_ON or (is_frame(w) and w not in _RUNNING_JOINS) for w in said
        )
        or not any(_name_word(w) for w in said)
    ):
        return None
    if _rest_of_title(tokens, spot, said):
        return None  # "barbershop 2 back in buisness": the title's own end, misspelt
    return _typed(rest[:end])


RUN_ON_WORDS = 4  # the most words a title we lack goes on with past one we hold


def _subtitle_set_off(tokens: list[_Token], end: int, said: list[str]) -> bool:
    """ "poison ivy the new seduction - who's the lead", "beauty and the beast the enchanted
    christmas, who voiced belle": an article and words ending on a name, set off from the question —
    a subtitle (not "jaws the shark one, …", "dracula the bela lugosi film, …": which version)."""
    asked = [t.key for t in tokens[end:]]
    # ("bride of frankenstein the blind old hermit - who plays him": the words are the part asked)
    played = next((i for i, w in enumerate(asked) if w in _PLAY_WORDS), None)
    the_part = played is not None and set(asked[played + 1 :]) <= {"him", "her", "them", "that", "it", "in"}
    return (
        len(said) >= 3
        and said[0] in ARTICLES
        and _set_off(tokens, end)
        and not the_part
        and all(w.isalpha() for w in said)
        # (a part or a kind of film said is no subtitle: "four rooms the bellboy guy, who is that",
        # "african cats the disney nature doc, who narrates it")
        and not set(said)
        & (_VERSION_NOUNS | FILM_WORDS | _MORE_KINDS | _KIND_NOUNS | ROLE_WORDS | CHATTER | KINDS_OF_VERSION)
        and _name_word(said[-1])
    )


# the nouns a kind of film is said by ("the john wayne western"), beside those for film itself
_KIND_NOUNS = wordset(
    "western comedy musical thriller drama biopic documentary docudrama mockumentary romance fantasy "
    "slasher anime sequel prequel talkie talkies doc docs"
)
_STARRED = frozenset({"w", "with", "starring", "featuring", "ft", "feat"})  # its people come next
_RUNNING_JOINS = _JOINERS | wordset("over under from for with without")


def _joins_on(rest: list[_Token], i: int) -> bool:
    """A small joining word between name words ("return to marrowfield"), with its article ("babe pig
    in the city")."""
    words = [t.key for t in rest]
    after = words[i + 1 : i + 3]
    if words[i] in _ASIDE_JOINERS:
        return bool(after) and (
            _name_word(after[0]) or (after[0] in ARTICLES and len(after) == 2 and _name_word(after[1]))
        )
    return (
        words[i] in ARTICLES
        and i > 0
        and words[i - 1] in _ASIDE_JOINERS
        and bool(after)
        and _name_word(after[0])
    )


def _goes_on_after_the(rest: list[_Token]) -> bool:
    """ "the giant slayer director": "the", then two words or more that are no part, kind of film or
    question, then what is asked (keyword style)."""
    if not rest or rest[0].key != "the":
        return False
    words = list(itertools.takewhile(lambda t: t.key not in _KEYWORD_ASKS and t.key not in ASKING, rest[1:]))
    said = [t.key for t in words]
    return (
        len(said) >= 2
        and len(words) + 1 < len(rest)
        and rest[len(words) + 1].key in _KEYWORD_ASKS  # keyword style: what is asked comes last
        and not any(is_frame(w) or w in GENRE_WORDS | FILM_WORDS | ROLE_WORDS | _NOT_NAMES for w in said)
    )


def _numbered_outside(tokens: list[_Token], titles: TitleIndex | None, spot: Spot) -> str | None:
    """A numbered title we lack (`_numbered_sequel`) over the title found, unless that title holds those
    words: "chicago 7 trial" is The Trial of the Chicago 7."""
    numbered = _numbered_sequel(tokens, titles)
    spotted = " ".join(t.key for t in tokens[spot.start : spot.end])
    if numbered is None or f" {numbered} " in f" {spotted} ":
        return None
    before = " ".join(t.key for t in tokens[: spot.start])
    # (over a title found exactly only when typed before it, or when it is the number: "who directed
    # saw 3" is the third Saw, not the film Three)
    *run, number = numbered.split()
    its_number = spotted == number and titles is not None and _numbered_sibling(titles, run, number)
    return numbered if not spot.exact or before.startswith(numbered) or its_number else None


def _another_subtitle(tokens: list[_Token], spot: Spot) -> str | None:
    """ "american pie presents band camp" with only The Book of Love: a series' main part typed whole,
    then words no subtitle of ours holds — a film of the series we lack (its words, or None)."""
    if not spot.partial or len(spot.films) != 1:
        return None
    parts = split_subtitle(spot.films[0].title)
    said = [t.key for t in tokens[spot.start : spot.end] if t.key not in ARTICLES]
    if len(parts) != 2 or said != title_key(parts[0]).split():
        return None
    own = set(title_key(parts[1]).split())
    after = list(
        itertools.takewhile(lambda t: t.key not in ASKING | _CUE_WORDS, tokens[spot.end : spot.end + 3])
    )
    if any(not is_frame(t.key) or t.key in ROLE_WORDS for t in after) and not {t.key for t in after} & own:
        return " ".join(t.key for t in tokens[spot.start : spot.end + len(after)])
    return None


def _inside_a_longer_title(tokens: list[_Token], spot: Spot) -> str | None:
    """ "romy and micheles high school reunion director": a title of ours (High School) with title
    words on both sides, keyword style, is inside a longer title we lack (its words, or None)."""
    words = [t.key for t in tokens]

    def titled(w: str) -> bool:  # a word of a title, not of the question (nor a number or a year)
        return not is_frame(w) and w not in _CUE_WORDS | GENRE_WORDS | FILM_WORDS and not w.isdigit()

    # (joined as titles join words: "romy and micheles …")
    before = list(
        itertools.takewhile(lambda w: titled(w) or w in {"and", "of"}, reversed(words[: spot.start]))
    )
    while before and not titled(before[-1]):
        before.pop()
    after = list(itertools.takewhile(titled, words[spot.end :]))
    if (
        sum(map(titled, before)) < LONGER_TITLE_SIDE
        or not after
        or _set_off(tokens, spot.start)
        or _set_off(tokens, spot.end)
        or any(w in ASKING for w in words)  # (keyword style only: "who is john wick in …" asks)
    ):
        return None
    return " ".join(words[spot.start - len(before) : spot.end + len(after)])


LONGER_TITLE_SIDE = 2  # title words before a title of ours that make it part of a longer one


def _title_then_number(tokens: list[_Token], spot: Spot) -> str | None:
    """ "detroit 9000 who's in it": a title going on with a number of three digits or more that is no
    year (nor a film's place in a series) is a longer title we lack (Detroit 9000, not Detroit)."""
    if spot.end >= len(tokens) or _set_off(tokens, spot.end):
        return None
    number = tokens[spot.end].raw
    if re.fullmatch(r"\d{3,}", number) is None or YEAR_TOKEN.fullmatch(number):
        return None
    return " ".join(t.key for t in tokens[spot.start : spot.end + 1])


def _rest_of_title(tokens: list[_Token], spot: Spot, after: list[str]) -> bool:
    """Whether the words after a title's start are the rest of that one film's title, typed loosely."""
    if len(spot.films) != 1:
        return False
    return typed_as(" ".join([*(t.key for t in tokens[spot.start : spot.end]), *after]), spot.films[0].title)


REST_OF_TITLE = 90  # how close a title typed whole must be to the film's (one letter off in a long title)


def _longer_title_word(word: str, spot: Spot) -> bool:
    """A word after a title of two words or more that may continue it ("my best friends wedding"),
    checked like a name when the film is resolved."""
    return spot.end - spot.start >= 2 and not is_frame(word) and word.isalpha()


# small words inside the words after a title that make them a longer title ("return to marrowfield";
# not "the": "harvey the jimmy stewart rabbit movie" describes Harvey)
_ASIDE_JOINERS = _JOINERS - ARTICLES
# words between a title and what is asked that say which cast or what kind of film, not whose
# ("once upon a time in america main actors", "crossfire the noir is based on what novel")
# ("pain and gain true story, what was it based on")
_LEAD_DOES = wordset(
    "became becomes become gets got goes went ends ended turns turned dies died kills killed marries married "
    "finds found wins won loses lost"
)
_NOT_NAMES = (
    GENRE_WORDS
    | wordset(
        "main lead leading principal supporting whole full entire original noir true real "
        "netflix hbo hulu amazon prime apple tv streaming "  # where it was shown: "the devil all the time netflix"
        "himself herself themselves itself"  # "who plays the maverick queen herself"
    )
)


def _mask(tokens: list[_Token], found: _Title, numerals_as_typed: bool = False) -> list[str]:
    """The question's words with the title as FILM, contractions spelled out, chatter gone; for a search,
    roman numerals as typed (reviews write "George III", not "George 3")."""
    spot = found.spot
    # (whose film it is, said before the title, is no word of the question: "who plays the farmers
    # daughter in chaplins the tramp")
    owner = _owner_between(tokens, spot) if spot is not None else None
    out: list[str] = []
    for i, token in enumerate(tokens):
        if i in found.year_at or i == owner:
            continue
        if spot is not None and spot.start <= i < spot.end:
            if i == spot.start:
                out.append("FILM")
            continue
        roman = numerals_as_typed and _ROMAN_TYPED.fullmatch(token.raw) is not None
        out.extend((token.raw.lower(),) if roman else _spelled_out(token))
    return _strip_chatter(out)


_ROMAN_TYPED = re.compile(r"(?i:(?=[ivxl]{2})x{0,3}(?:ix|iv|v?i{0,3})|xl|l)")


# what a question asks, typed with a letter missed, added or swapped ("who directd", "wrtier of")
_CUE_SPELLINGS = ("directed", "director", "directors", "writer", "writers", "written", "screenplay",
                  "starring", "starred", "adapted", "soundtrack", "composer")  # fmt: skip
CUE_TYPO_MIN = 6  # shorter words are too often other words one letter away


def _one_slip(word: str, cue: str) -> bool:
    """One letter missed, added or swapped anywhere, or changed near the end only ("directer"): a
    letter changed early makes another word ("adopted", "waiter", "started", "starting")."""
    if OSA.distance(word, cue, score_cutoff=1) > 1:
        return False
    changed = len(word) == len(cue) and sorted(word) != sorted(cue)
    return not changed or word[:5] == cue[:5]


def is_cue_word(word: str) -> bool:
    """A word that cues a kind of question, as typed or one slip off ("directer")."""
    return word in _CUE_SPELLINGS or _cue_spelling(word) != word


def _cue_spelling(word: str) -> str:
    if len(word) < CUE_TYPO_MIN or word in FRAME or not word.isalpha():
        return word
    close = [c for c in _CUE_SPELLINGS if c[0] == word[0] and _one_slip(word, c)]
    # "directer" is one letter from both "directed" and "director": one family, one kind
    return close[0] if close and len({c[:4] for c in close}) == 1 else word


_WRITES_IN_STORY = re.compile(r"\bwhat (?:does|did|do|is|was) (?!FILM\b)(?:\w+ ){1,3}(?:write|writing)\b")


def _read_kind(masked: str, described: bool) -> tuple[str, float, str | None, str | None]:
    """(kind, cue strength, subject, subject role)."""
    if described:
        return "search", 0.0, None, None
    kind, strength = _kind(masked)
    if kind == "source" and _PART_MODELLED.search(masked):
        kind = "plot"  # "the politician is loosely based on who": a part modelled on someone, in the story
    if kind == "writer" and _WRITES_IN_STORY.search(masked):
        kind = "plot"  # "what does ellie write for the jock": what someone of the story writes
    if kind == "crew":
        return kind, strength, _crew_role(masked), "crew"
    subject, role = _subject(masked) if kind in {"cast", "search", "plot"} else (None, None)
    if subject is not None and re.match(r"in (?:it|FILM|this|that)\b", subject):
        subject, role = None, None  # "who plays in it besides kim basinger": the cast, no part
    asked = re.search(r"\bwho (?:is|s|was) (?P<s>.+)$", masked) if kind == "cast" else None
    who_is = subject if role == "character" else asked.group("s") if asked else None
    if who_is is not None and (_story_who(masked, who_is) or (asked and _told_by_doing(masked, asked["s"]))):
        return "plot", strength, None, None
    if subject is not None and kind == "plot" and role == "character" and not re.search(r"\bwho\b", masked):
        subject, role = None, None  # "where does the band go": a story question, not a part
    if (
        subject is None
        and kind == "cast"
        and (_NAME_OF_PERSON.search(masked) or _DONE_IN_STORY.search(masked))
    ):
        return "plot", strength, None, None  # "what's the name of the spanish star in it": the story's
    return ("cast" if subject is not None else kind), strength, subject, role


_FACT_KINDS = frozenset({"cast", "director", "writer", "source"})
_CLAUSE_MARK = re.compile(r"[,;:!?]\s*|\s[-–—]+\s")


def _asked_last(
    text: str, tokens: list[_Token], read: tuple[str, float, str | None, str | None]
) -> tuple[str, float, str | None, str | None]:
    """ "that in the gloaming tv movie christopher reeve directed, who was in it": a question set off at
    the end of the message asks what it asks, whatever the words before it tell (a cue there only
    describes the film)."""
    marks = list(_CLAUSE_MARK.finditer(text.rstrip(" ?!.")))
    if not marks:
        return read
    tail = [t.key for t in tokens if t.start >= marks[-1].end()]
    # a guess after the question ("night walker 64 who wrote it, was it the psycho author"), or what the
    # user says of the film ("whose screenplay was the education of charlie banks, critics hated it"):
    # the question is the one before it
    guess = tail[:2] in (["was", "it"], ["is", "it"], ["was", "that"], ["is", "that"])
    remark = read[0] == "verdict" and bool(tail) and tail[0] in {"critics", "reviewers", "people", "everyone"}
    if guess or remark:
        head = _read_kind(" ".join(t.key for t in tokens if t.end <= marks[-1].start()), False)
        return head if head[0] in _FACT_KINDS and head[0] != read[0] and head[1] > 0 else read
    # (not "is it based on a novel? who wrote it": the writer of the source told before)
    if read[0] not in _FACT_KINDS - {"source"}:
        return read
    if not tail or tail[0] not in {"who", "whos", "what", "whats", "which"}:
        return read
    asked = _read_kind(" ".join(tail), False)
    return asked if asked[0] in _FACT_KINDS and asked[0] != read[0] and asked[1] > 0 else read


# "who kidnaps melanie griffith's character", "what does bogart's character own": what someone does in
# the story (a part only said to say whom), not who plays a part ("who ended up with the female lead",
# "who takes over the part gabby goat used to have")
_DONE_IN_STORY = re.compile(
    r"^(?!.*\b(?:part|parts|role|roles|lead|leads)\b)(?:.*?FILM )?"
    r"(?:who (?!(?:plays|played|stars|starred|voices|voiced|portrays|portrayed|acts|acted|appears|appeared"
    r"|is|was|are|were|s|else|does|did|do|has|had|headlined|headlines|leads|featured|features)\b)"
    r"[a-z]+(?:s|ed)\b(?! (?:FILM|it|in|this|that)\b)"
    r"|what (?:does|did) (?:\w+ ){1,4}?(?!(?:play|do|voice|portray|look|like|act|sing)\b)[a-z]+$)"
)
# the name of someone of the story asked, described (not an actor's part: no one plays here)
_NAME_OF_PERSON = re.compile(
    r"^what (?:is|s) the (?:name|real name) of the (?:\w+ ){0,3}(?:star|singer|actress|actor|dancer|performer)"
    r"(?: in (?:FILM|it))?$"
)


# "jacqueline bisset's character is based on who", "the politician is loosely based on who": a person
# of the story (not "what is it based on", "out of sight is based on whose novel")
_PART_MODELLED = re.compile(
    r"\b(?:character|characters|role|part|persona|protagonist|hero|heroine|villain|guy|man|woman|girl|boy|he|she|"
    r"politician|tycoon|figure|" + "|".join(sorted(ROLE_WORDS - {"bad", "best", "love", "lead"})) + r") "
    r"(?:is|s|was|are|were) (?:loosely |partly |largely |supposedly |really |also )?(?:based|modell?ed) (?:up)?on\b"
)
_ACTING = re.compile(
    r"\b(?:play|plays|played|playing|portray\w*|voice\w*|star\w*|cast|actor|actress|acts?|acted)\b"
)
_CLAUSE_VERBS = frozenset(
    {
        "wants",
        "want",
        "tries",
        "try",
        "has",
        "had",
        "gets",
        "got",
        "falls",
        "fell",
        "loves",
        "kills",
        "killed",
        "meets",
        "met",
        "marries",
        "married",
        "beats",
        "beat",
    }
)


def _story_who(masked: str, subject: str) -> bool:
    """ "who's the best pool player eddie wants to beat": a person in the story described by what
    happens there (a verb in the description, no acting word), not a part to cast."""
    words = subject.split()
    # "who is hunting the crew", "who is the vulcan looking for god": a doing, not a part
    doing = any(
        w.endswith("ing") and len(w) > 5 and w not in _ING_NOUNS
        for w in (words[:1] + (words[2:3] if words[0] in ARTICLES else []))
    )
    clause = len(words) >= 4 and any(w in _CLAUSE_VERBS for w in words[1:])
    # "who is after the vampire family", "who is the kid out for revenge against": whom someone is set against
    against = words[0] in {"after", "against"} or words[-1] in {"after", "against"}
    done_to = len(words) >= 2 and words[-1] in _STORY_DOINGS  # "who is hg wells chasing"
    return not _ACTING.search(masked) and (clause or doing or against or done_to)


def _told_by_doing(masked: str, asked: str) -> bool:
    """ "who is the guy that romances and dumps mary": someone of the story told by what they do."""
    words = asked.split()
    relative = len(words) >= 4 and words[0] in ARTICLES and words[2] in {"that", "who"}
    return relative and not _ACTING.search(masked)


_ING_NOUNS = wordset("darling sibling viking wedding morning evening lightning duckling earring offspring")


def _crew_role(masked: str) -> str:
    """Which job a crew question asks about (its cue is the one that fired)."""
    for role, (rx, _weight) in zip(CREW_ROLES, _KIND_CUES["crew"], strict=True):
        if rx.search(masked):
            return role
    return CREW_ROLES[0]


# Where no indexed title was found, the words where a title stands name a film we do not have.
def _unknown_in_slot(words: list[str], masked: str, kind: str, subject: str | None) -> str | None:
    """ "who directed zorgon returns", "is casablanca any good"."""
    if kind not in {"director", "writer", "crew", "source", "verdict", "cast"} or (
        kind == "cast" and subject
    ):
        return None
    if _FILM_REFERRED.search(masked) or _ASKED_OF_IT.search(masked):
        return None  # "who are the kidnappers in it", "who directed it, was it a first timer": the conversation's film
    words = _CUE_PHRASE.sub(" ", " ".join(words)).split()  # "who was behind the camera for it"
    # ("its from a broadway play right": what kind of work, no title)
    words = [
        w
        for i, w in enumerate(words)
        if not (0 < i < len(words) - 1 and words[i - 1] in {"a", "an"} and words[i + 1] in _KINDS_OF_WORK)
    ]
    # "and the music?"; "who are the women in it": people, no title
    # (nor the "s" of "and it's based on a comic by who")
    left = [
        w
        for w in words
        if w not in {"FILM", "s", "thing"} and not is_frame(w) and w not in _MUSIC and w not in _PERSON_NOUNS
    ]
    # ("and the female lead?": a part asked of the film talked about; "whats karloffs character called":
    # whose part, the apostrophe dropped)
    owners = set(_OWNERS_PART.findall(" ".join(words)))
    if not left or (kind == "cast" and all(w in ROLE_WORDS | _LEAD_KINDS | owners for w in left)):
        return None
    runs = _content_runs(words)
    start, end = max(runs, key=lambda r: r[1] - r[0]) if runs else (0, 0)
    # ("who directed i love you to death": a title of small words, all typed after the credit asked)
    tail = _CREDIT_THEN_TITLE.search(" ".join(words))
    said = tail.group("t").split() if tail else []
    # (nor the "from" of a year left off: "girl by the roadside from 1917")
    while said and (said[-1] in CHATTER or said[-1] == "from"):
        said.pop()
    said = said[1:] if said[:1] in (["the"], ["a"], ["an"]) else said  # (read where articles are)
    # (not "the 1930 film sisters": a year or a kind of film says which, it is no title's word)
    kinds = FILM_WORDS | GENRE_WORDS | _CUE_WORDS | ASKING
    plain = not any(w in kinds or YEAR_TOKEN.fullmatch(w) for w in said)
    if plain and end > start and len(said) > end - start and " ".join(words[start:end]) in " ".join(said):
        return " ".join(said)
    return _typed_before_credit(words) or " ".join(words[start:end]) or " ".join(left)


_OWNERS_PART = re.compile(r"\b([a-z]+s) (?=(?:character|role|part)s?\b)")
_CREDITS_ASKED = wordset("director directors writer writers cast screenplay screenwriter")


def _typed_before_credit(words: list[str]) -> str | None:
    """ "a woman under the influence director": keyword style, the title typed whole before the one word
    asking the credit (not one run of its words, "woman")."""
    *before, asked = words or [""]
    # (not "hancock will smith director", "cyrano with peter dinklage": a star's name after the title)
    kinds = FILM_WORDS | GENRE_WORDS | _CUE_WORDS | ASKING | CHATTER | {"with", "w", "is", "was", "it"}
    if (
        asked not in _CREDITS_ASKED
        or len([w for w in before if w not in ARTICLES]) < 2
        or any(w in kinds or YEAR_TOKEN.fullmatch(w) for w in before)
    ):
        return None
    return " ".join(before)


_LEAD_KINDS = wordset("female male romantic leading leads")
_CREDIT_THEN_TITLE = re.compile(
    r"^(?:\w+ ){0,5}(?:directed|wrote|scripted|produced|scored) (?P<t>(?!FILM)\w+(?: \w+)+)$"
)


# "who directed it, was it a first timer", "is it based on a real family": the film is "it" (a title
# before the question, "zorgon returns who directed it", is read where keyword-style titles are)
_ASKED_OF_IT = re.compile(
    # ("did spielberg direct it": the person asked about, the film talked about)
    # ("who ended up directing it, i heard there was some drama": a new clause after it)
    r"\b(?:directed|direct|directing|wrote|write|writing|written|made|make|making|produced|produce|producing"
    r"|shot|scored|narrated) (?:it|that)"
    r"(?=$| (?:was|is|s|like|or|and|though|tho|right|again|then|too|i|we|you|he|she|they)\b)"
    # "isnt it a remake of …", "what song was it based on"
    # ("what fairy tale is it based on", "what french movie is it a remake of", "the books it's based on")
    r"|^(?:\w+ ){0,4}(?:is|was)(?: not)? it (?:based|adapted|inspired|a true story|a remake)\b"
    r"|\bit(?:s| s| is| was) (?:based|adapted|inspired) (?:on|from|by)\b"
    # ("what real event inspired it", "which book inspired it")
    r"|\b(?:inspired|influenced|prompted|sparked) (?:it|that|this)$"
    # "and the book it follows is by who", "the novel it adapts"
    r"|\b(?:book|novel|play|story|memoir|comic|musical)s? it (?:follows|adapts|comes from|came from)\b"
)

# what is asked, in words that name no film
_CUE_PHRASE = re.compile(
    r"\bbehind the (?:camera|lens)\b|\bdirector of photography\b|\bsource material\b"
    r"|\bthe (?:stage |broadway )?(?:show|musical|play)\b"  # "and who wrote the stage show"
    # "whos in it besides audrey hepburn": a person left out, no title
    r"|\b(?:besides|apart from|aside from|other than|except(?: for)?|not counting) (?:\w+ ){0,3}\w+$"
    # "and who was the star": its lead, no title (not Star!)
    r"|\bwho(?: (?:was|is|were|are|s)|s) the (?:(?:main|lead|big|leading) )?stars?\W*$"
    # "and who's the other star, not errol flynn"
    r"|\bother (?:stars?|actors?|actress|leads?|guy|girl)\W+not (?:\w+ ){0,2}\w+$"
    # "and the 93 disney one", "the 70s musical version": which version, no title
    r"|\b(?:the|that|this|another) (?:\w+ ){0,2}(?:one|1|version|remake|serial|adaptation)\b"
    r"|\b(?:for|to|on) the (?:big |silver )?screen\b"  # "who adapted it for the screen"
    r"|\bthe (?:hbo|tv|television|netflix|made for tv) (?:movie|film)\b"  # "the hbo movie from 96"
    # "what's kate hudson's character called": the part of someone named, no title
    r"|\b(?:\w+ ){0,2}\w+ s (?:character|part|role)(?: (?:called|named))?\b"
    # "and the book it came from", "where did the story originally come from"
    r"|\b(?:it|they|that|the (?:story|idea|plot|script))(?: originally)? (?:came|comes|come) from\b"
    # "whose first big movie role was it": a part in someone's career, no title
    r"|\b(?:(?:first|big|breakout|breakthrough|major|early) )+(?:(?:movie|film|screen) )?(?:role|part|break|debut)s?\b"
)


def _unknown_after_part(words: list[str], masked: str, kind: str, subject: str | None) -> str | None:
    """ "who plays joan jett in zorgon returns"."""
    m = (
        re.search(r"\b(?:in|from) (?P<t>(?!FILM)\w+(?: \w+)*)$", masked)
        if kind == "cast" and subject
        else None
    )
    if m is None or _REFERS_BACK.fullmatch(m.group("t")):
        return None
    # "ok and in the 1935 one what does lugosi play": the run ends where the question starts, and
    # "the 1935 one" is a version of the conversation's title
    run = " ".join(itertools.takewhile(lambda w: w not in ASKING, m.group("t").split()))
    # ("and in the sequel who plays the cop": the series' next film, or a version of the title talked
    # about)
    if _CUE_PHRASE.fullmatch(run) or _sequel(run) is not None or _version(run) is not None:
        return None
    return m.group("t") if any(not is_frame(w) for w in m.group("t").split()) else None


def _unknown_switch(words: list[str], masked: str, kind: str, subject: str | None) -> str | None:
    """ "what about casablanca", "back to zorgon returns"."""
    m = re.match(r"^(?:(?:what|how) about|back to) (?P<t>.+)$", masked)
    # "what about the 1934 one, who plays estella": the title ends where the question starts
    said = list(itertools.takewhile(lambda w: w not in ASKING, m.group("t").split())) if m else []
    run = [w for w in said if not _is_question_word(w) or w in ARTICLES]
    if all(w in ARTICLES or w in _MUSIC for w in run):
        return None  # "what about the music": the conversation's film, another job
    if kind == "cast" and subject is not None and " ".join(run) == subject:
        return None  # "what about the fbi agent": a part described, of the film talked about
    return " ".join(run) if any(_name_word(w) for w in run) else None


_RELATION_BEFORE = re.compile(
    r"\b(?:parody|spoof|send ?up|ripoff|rip ?off|knockoff|knock ?off|homage|remake|version)\s*$"
)


def _unknown_at_end(words: list[str], masked: str, kind: str, subject: str | None) -> str | None:
    """ "what are they looking for in raiders" (not a follow-up: "and what are they hunting for out
    in the desert" asks about the conversation's film)."""
    if re.match(r"(?:(?:ok|okay|so) )?and (?:what|where|who|why|how|when)\b", masked):
        return None
    if re.match(r"(?:(?:ok|okay|so|and) )*(?:is|was) (?:it|that|this) (?:in|of)\b", masked):
        return None  # "is it in color": what the film talked about is, no film Color
    if re.search(r"\bname of (?:the|his|her|their) \w+$", masked):
        return None  # "whats the name of the town": a story question, no film The Town
    if re.search(
        r"\b(?:called|titled|known|released|named)(?: as)? (?:in|over in|outside) (?:the )?\w+$", masked
    ):
        return None  # "what's it called in the uk": a country, no film The UK
    end = re.search(r"\b(?:in|of) (?P<t>(?:\w+ ){0,4}\w+)$", masked) if kind in {"plot", "search"} else None
    if end is not None and _RELATION_BEFORE.search(masked[: end.start()]):
        return None  # ("james garner western parody of yojimbo": a film told by what it spoofs)
    named = end.group("t").split() if end else []
    # ("whos the bond in diamonds are forever": a verb of being inside a title, between its words)
    inside = named[1:-1]
    return (
        " ".join(named)
        if named
        and all(_name_word(w) or w in ARTICLES or (w in _BE and w in inside) for w in named)
        and _name_word(named[-1])
        else None
    )


def _unknown_after_title(text: str, masked_words: list[str], masked: str) -> str | None:
    """A title we lack named after the one found: at the end, when typed like a title ("who does the
    terminator protect in T2"), or where a film stands after an actor's part."""
    unknown = _unknown_at_end(masked_words, masked.split("FILM", 1)[-1].strip(), "plot", None)
    if unknown is not None and not _looks_like_title(text, unknown):
        unknown = None
    return unknown or _film_after_actor(masked)


def _series_film_we_lack(tokens: list[_Token], titles: TitleIndex | None, spot: Spot) -> str | None:
    """ "lord of the rings two towers cast": the name of a series (the main part of two titles or
    more) around the title found, then words none of its films is subtitled with — a film of the
    series we lack, not The Ring read inside its name."""
    if titles is None:
        return None
    words = [t.key for t in tokens]
    # (the series' name is a run of the question's words holding the title found)
    runs = [(a, b) for a, b in _content_runs(words) if a <= spot.start and spot.end <= b]
    for start, stop in runs:
        for end in range(stop, max(spot.end, start + 2) - 1, -1):
            series = titles.subtitled_after(" ".join(words[start:end]))
            if len(series) < 2 or set(spot.films) & set(series):
                continue
            rest = list(itertools.takewhile(lambda w: w not in _ASKED_WORDS | ASKING, words[end:]))
            if (start, end + len(rest)) == (spot.start, spot.end):
                return None  # ("alien nation who directed that": the first film, its title the series')
            # (the series' name alone: which of its films, resolve asks)
            return " ".join(words[start : end + len(rest)])
    return None


# the word a sequel's title adds to the first film's ("fletch lives", "magic mike xxl")
_SEQUEL_WORDS = wordset(
    "lives returns strikes rises reloaded revisited unleashed reborn begins forever xxl resurrection "
    "revenge redux continues awakens again"
)


def _title_then_sequel_word(tokens: list[_Token], spot: Spot) -> str | None:
    """ "fletch lives cast", "magic mike xxl who's in it": a title opening the message, then a word a
    sequel's title adds, then what is asked — that sequel, which we lack (not Fletch)."""
    words = [t.key for t in tokens]
    after = words[spot.end : spot.end + 2]
    opens = spot.start == 0 or (spot.start == 1 and words[0] in ARTICLES)
    asked = len(after) == 1 or (len(after) == 2 and (after[1] in ASKING or after[1] in _KEYWORD_ASKS))
    if not opens or not after or after[0] not in _SEQUEL_WORDS or not asked:
        return None
    return " ".join(words[spot.start : spot.end + 1])


def _title_then_to(tokens: list[_Token], spot: Spot) -> str | None:
    """ "dumb and dumber to who directed": "to" between a title and the question asks nothing; it is
    the end of a longer title (one we lack, or the index would have found it)."""
    after = tokens[spot.end : spot.end + 2]
    return (
        " ".join([*(t.key for t in tokens[spot.start : spot.end]), after[0].raw.lower()])
        if len(after) == 2
        and after[0].key in {"to", "too"}
        and after[1].key in ASKING
        and not _set_off(tokens, spot.end)
        else None
    )


def _title_joined_on(tokens: list[_Token], spot: Spot) -> str | None:
    """ "addicted to love meg ryan - who's the co-star": a one-word title opening the message, typed
    on by a joining word and a word of a name, is the start of a longer title (one we lack)."""
    after = [t.key for t in tokens[spot.end : spot.end + 2]]
    if (
        spot.start != 0
        or spot.end - spot.start != 1
        or len(after) < 2
        or after[0] not in {"to", "of"}
        or _is_question_word(after[1])  # (a part's word may be a title's: "love")
        or after[1].isdigit()
        or _set_off(tokens, spot.end)
    ):
        return None
    return " ".join([tokens[0].key, *after])


def _title_and_more(tokens: list[_Token], spot: Spot) -> str | None:
    """ "telephone girl and the lady cast": a title opening the message, then "and" and a word or two
    of a name, then only what is asked, keyword style — a longer title (one we lack)."""
    words = [t.key for t in tokens]
    rest = words[spot.end :]
    if spot.start > (1 if words[:1] and words[0] in ARTICLES else 0) or len(rest) < 3 or rest[0] != "and":
        return None
    named = rest[1:-1]
    named = named[1:] if named[:1] and named[0] in ARTICLES else named
    if rest[-1] not in _KEYWORD_ASKS or not 1 <= len(named) <= 2 or _set_off(tokens, spot.end):
        return None
    # (a role word may be a title's: "the lady"; not a question's: "and the sequel")
    return " ".join(words[: len(words) - 1]) if not any(map(_is_question_word, named)) else None


def _film_after_actor(masked: str) -> str | None:
    """ "who does arnold play in collateral damage": the title found stands where the actor does, so
    the film asked about is the words after "in" (a title we lack)."""
    m = _ACTOR_SLOT.search(masked)
    named = m.group("t").split() if m else []
    return " ".join(named) if named and all(_name_word(w) or w in ARTICLES for w in named) else None


_ACTOR_SLOT = re.compile(
    # ("what does ginger rogers play in upperworld": the title found is part of the actor's name)
    r"^(?:\w+ ){0,3}?(?:who|what|which (?:role|part|character)) (?:does|did|do|is) (?:\w+ )?FILM(?: \w+)?"
    r" (?:play|voice|portray|playing|voicing)(?: as)? (?:in|on) (?P<t>(?:\w+ ){0,5}\w+)$"
)


def _unknown_before_part(words: list[str], masked: str, kind: str, subject: str | None) -> str | None:
    """ "zorgon returns villain": keyword style, a title we lack and then the part asked about."""
    m = re.fullmatch(r"(?P<t>(?:\w+ ){0,5}\w+) (?:the )?(?:" + "|".join(sorted(ROLE_WORDS)) + r")", masked)
    named = m.group("t").split() if m else []
    # ("mystic river who is the killer": the title ends where the question starts)
    named = list(itertools.takewhile(lambda w: w not in ASKING, named))
    return " ".join(named) if any(_name_word(w) for w in named) and not _is_question_word(named[0]) else None


def _opening_keyword_title(tokens: list[_Token]) -> str | None:
    """ "best in show cast …": two or more words, then a keyword of what is asked."""
    at = next((i for i, t in enumerate(tokens) if t.key in _KEYWORD_ASKS), None)
    words = [t.key for t in tokens[:at]] if at is not None else []
    if len(words) < 2 or _is_question_word(words[0]) or all(_is_question_word(w) for w in words):
        return None
    return _typed(tokens[:at])


def _set_off_opening(text: str) -> str | None:
    """ "see spot run - what kind of dog is spot": two name words or more, a dash or colon, then a
    question that asks nothing of which film it is."""
    m = _SET_OFF.match(text)
    if m is None or _WHICH_FILM_ASKED.search(m.group("q").lower()):
        return None
    words = [t.key for t in tokenize(m.group("t"))]
    named = [w for w in words if _name_word(w) and w not in GENRE_WORDS]
    # ("live and let die 1973 - who plays bond": the year says the words before it are a title)
    enough = len(named) >= (1 if m.group("y") else 2)
    # (not "back to 2012 - who plays the geologist": a return to a film titled by a year)
    opened = words[0] not in _QUESTION_WORDS and words[0] not in LINKS
    return m.group("t").strip() if enough and opened else None


_SET_OFF = re.compile(
    r"^\s*(?P<t>[^\s?:]+(?: [^\s?:]+){1,3}?)(?: \(?(?P<y>(?:19|20)\d\d)\)?)?(?: [-–—]+|:) +"
    r"(?P<q>(?:who|who's|whos|whose|what|what's|whats|which|where|when|how|is|was|does|did|do)\b.*"
    # ("hud paul newman - the book it came from?": what is asked, named)
    r"|(?:the )?(?:book|novel|source|director|writers?|cast|plot|screenplay|script|actors|leads)\b.*)$",
    re.IGNORECASE,
)
_WHICH_FILM_ASKED = re.compile(
    r"\b(?:movie|film|flick|title)\b|\b(?:is it|it s|its) called\b|\bname of (?:it|this|that)\b"
)


def _opening_before_question(tokens: list[_Token], spot: Spot) -> str | None:
    """ "se7en whats in the box": a word or three opening the message, then the question, which ends
    on a lowercase one-word title after "in" — the opening is the title (one we lack), the title at
    the end a thing asked about."""
    ask = next((i for i, t in enumerate(tokens) if t.key in ASKING), None)
    if ask is None or not 1 <= ask <= OPENING_WORDS or spot.start <= ask or spot.end != len(tokens):
        return None
    if not all(_name_word(t.key) or t.key.isdigit() for t in tokens[:ask]):
        return None
    named = [t for t in tokens[spot.start : spot.end] if t.key not in ARTICLES]
    before = tokens[spot.start - 1].key if spot.start > 0 else ""  # (the spot holds its article)
    if len(named) != 1 or _capitalised(tokens, spot) or before not in {"in", "on", "at", "inside"}:
        return None
    return _typed(tokens[:ask])


OPENING_WORDS = 3  # "se7en", "the green mile": the longest title read this way


_TITLE_THEN_QUESTION = re.compile(r"^(?P<t>\w+(?: \w+){0,7}?) (?:" + "|".join(sorted(ASKING)) + r")\b")


def _title_before_part(tokens: list[_Token], spot: Spot) -> str | None:
    """The words before the question when a weak title stands where a part does ("… who plays the
    phantom", "ocean's 12 who plays the thief"), if they hold a word of their own (a year after
    them allowed)."""
    words = [t.key for t in tokens]
    play = spot.start - (2 if words[spot.start - 1 : spot.start] == ["the"] else 1)
    if play < 1 or words[play] not in _PLAY_WORDS or spot.end != len(words):
        return None
    ask = next((i for i, w in enumerate(words) if w in ASKING), None)
    named = words[:ask] if ask is not None and ask < play else []
    if named and YEAR_TOKEN.fullmatch(named[-1]):
        named = named[:-1]
    return " ".join(named) if any(_name_word(w) for w in named) else None


# the verbs after which a part is asked about ("who plays the boy"), not a film
PLAYED_WORDS = frozenset({"plays", "played", "voices", "voiced", "portrays", "portrayed"})
_PLAY_WORDS = PLAYED_WORDS | {"play"}
_PLAYED_BEFORE = PLAYED_WORDS | {"playing"}


def _unknown_before_question(masked: str, kind: str, typed: str) -> str | None:
    """ "air force one who plays the president": keyword style, a title we lack and then the question
    (not chatter: "ok so who …", "quick q who …"). A number typed in digits ends a series' title
    ("pirates of the carribean 4 who …"): the nth film, read from the films' own text (resolve)."""
    # (not a part the question asks of: "jacqueline bisset's character is based on who")
    m = _TITLE_THEN_QUESTION.match(masked) if not _PART_MODELLED.search(masked) else None
    named = m.group("t").split() if m else []
    # "wag the dog 97 what does de niro play", "judge dredd 95 stallone who's …": the title ends at its
    # year (no series number), what follows says which film
    dated = next((i for i, w in enumerate(named) if i and re.fullmatch(r"(?:19|20)\d\d|[2-9]\d", w)), None)
    # (a question of no kind yet only after a title and its year: "fantasia 2000 what music is in it",
    # or when it asks the year the film came out: "three men and a little lady what year")
    released = m is not None and _RELEASE_ASKED.fullmatch(masked[m.end("t") :].strip()) is not None
    if kind == "search" and (dated is None or not YEAR_TOKEN.fullmatch(named[dated])) and not released:
        return None
    if released and _is_question_word(named[-1]):
        return None  # ("doc brown travels to what year": a story asked, no title)
    if m is not None and _ITS_NAME_ASKED.fullmatch(masked[m.end("t") :].strip()):
        return None  # ("raymond massey lincoln movie from 1940 whats it called": a film told, its name asked)
    if released and set(named[1:]) & (GENRE_WORDS | FILM_WORDS):
        return None  # ("xx the horror anthology, what year": a title and what kind of film it is)
    if released:  # ("zorgon returns came out what year": the title's verb is the question's)
        named = _RELEASE_VERB_LAST.sub("", " ".join(named)).split()
    named = named[:dated] if dated is not None else named
    first = named[1] if len(named) > 1 and named[0] in ARTICLES else named[0] if named else ""
    if (
        not named
        or (_is_question_word(first) and not first.isdigit())  # ("eight crazy nights who …": a title's)
        # ("jimmy hoffa's played by who in it": a part, then who plays it)
        or re.search(r"\b(?:played|voiced|portrayed) by$", " ".join(named)) is not None
        # (a count inside a title is the title's: "house of 1000 corpses who wrote it")
        or (named[-1].isdigit() and re.search(rf"\b{named[-1]}\b", typed) is not None)
    ):
        return None
    # ("half baked who plays thurgood": a word like a verb form may be a title's, beside a name word)
    titled = sum(not is_frame(w) and not w.isdigit() for w in named) >= min(2, len(named))
    return " ".join(named) if titled and any(_name_word(w) for w in named) else None


_ITS_NAME_ASKED = re.compile(
    r"(?:(?:19|20)\d\d )?(?:what is|whats|what s|what was) (?:it|its|the) (?:called|name|title)"
)
_RELEASE_VERB_LAST = re.compile(r"(?: (?:was|is|got))?(?: (?:came|come) out| released| premiered| made)$")

# what is asked after a title when it is the year the film came out
_RELEASE_ASKED = re.compile(
    r"(?:what|which) year(?: (?:did|was|is) (?:it|that|this)(?: one)?(?: (?:come out|released|made|out))?)?"
    r"|when (?:was|did|is) (?:it|that|this)(?: one)? (?:come out|released|made|out)"
    r"|(?:what|whats|when) (?:(?:is|was) )?(?:the |its )?release (?:date|year)"
)


_ABOUT_ASKED = re.compile(
    r"^(?:(?:hey|so|ok|okay|yo) )?"
    r"(?:what (?:is|s|was) (?P<a>(?:\w+ ){0,4}\w+) (?:about|all about)"
    r"|(?:tell me )?about (?P<b>(?:\w+ ){0,7}\w+)"
    # ("hey what happens in baby driver")
    r"|what (?:happens|happened|goes on) in (?P<d>(?:\w+ ){0,7}\w+)"
    r"|(?P<c>(?:\w+ ){0,4}\w+) (?:plot|summary|synopsis|storyline))(?: (?:lol|pls|please|thx))?$"
)
# where in a story a question asks about, or what else of a film it asks, not a title ("what happens in
# the end", "tell me about the making of the hawk")
STORY_PLACES = wordset(
    "end ending beginning start middle climax finale opening sequel book novel scene scenes "
    "making production filming shooting casting reception history music soundtrack score cast plot story"
)


def _unknown_about(words: list[str], masked: str, kind: str, subject: str | None) -> str | None:
    """ "what is inception about", "zorgon returns plot": the plot of a title we lack."""
    m = _ABOUT_ASKED.match(masked) if kind in {"plot", "search"} else None
    named = next((g for g in m.groups() if g), "").split() if m else []
    inner = named[1:-1]  # "midnight at copper creek": small joining words inside a title
    # ("bluebeard's seven wives": the "s" of whose after a name, no "is")
    inner = [
        w for i, w in enumerate(inner) if not (w == "s" and _name_word(named[i]) and not is_frame(named[i]))
    ]
    # (a title may open with a word of any kind, said before a name: "what's flashing fangs about")
    first = named[0] if named else ""
    # (or with a word for someone, before more of it: "what happens in baby driver")
    opens = (
        _name_word(first)
        or first in ARTICLES
        or (len(named) > 1 and (not is_frame(first) or first in ROLE_WORDS))
    )
    # ("what happens in we were soldiers": after "happens in", a pronoun opens a title, not a clause)
    pronoun_title = len(named) > 1 and bool(m and m.group("d")) and first in _SUBJECT_PRONOUNS
    # ("what happens in baby driver": a word for someone may end a title, after a word of a name)
    ended = _name_word(named[-1]) or named[-1] in ARTICLES if named else False
    ended = ended or (named[-1:] != [] and named[-1] in ROLE_WORDS and any(_name_word(w) for w in named[:-1]))
    ok = bool(named) and (opens or pronoun_title) and ended
    # ("the last american virgin": a word of any kind inside, but a question's or a clause's)
    ok = ok and not set(inner) & (ASKING if pronoun_title else _CLAUSE_WORDS)
    # (a year inside says where the title ended: "… midnight lanterns 2009 with bruce dern")
    ok = ok and not any(YEAR_TOKEN.fullmatch(w) for w in inner)
    return " ".join(named) if ok and not set(named) & STORY_PLACES else None


_CLAUSE_WORDS = ASKING | _AUXILIARIES | _BE | _DO | _SUBJECT_PRONOUNS | wordset("it its this that")


def _described_after_unknown(
    text: str, tokens: list[_Token], spot: Spot, kind: str, subject: str | None
) -> str | None:
    """ "what's flashing fangs about, the dog movie": a title found only in the words set off after the
    question, which say what kind of film it is, when the question names a title we lack."""
    apposed = _APPOSED.search(text)
    # (a kind of film said, not "the welcome to the jungle one": a subtitle, which names the film)
    if (
        apposed is None
        or tokens[spot.start].start < apposed.start()
        or apposed.group("d").lower().split()[-1] not in FILM_WORDS | GENRE_WORDS
    ):
        return None
    words = _mask([t for t in tokens if t.end <= apposed.start()], _Title())
    plain = " ".join(words)
    unknown = next((m for rule in _UNKNOWN_TITLE if (m := rule(words, plain, kind, subject))), None)
    held = unknown is not None and any(
        set(unknown.split()) <= set(title_key(f.title).split()) for f in spot.films
    )
    return None if held else unknown


def _unknown_dated_opening(words: list[str], masked: str, kind: str, subject: str | None) -> str | None:
    """ "more than murder 1984 stacy keach mike hammer plot": words and a year open the message,
    keyword style — a title we lack, of that year."""
    at = next((i for i, w in enumerate(words[: DATED_OPENING + 1]) if YEAR_TOKEN.fullmatch(w)), None)
    if at is None or at < 2 or words[-1] not in _KEYWORD_ASKS:
        return None
    if any(w in ASKING or w in _KEYWORD_ASKS for w in words[:at]) or not any(
        _name_word(w) for w in words[:at]
    ):
        return None
    return " ".join(words[:at])


DATED_OPENING = 5  # the longest title read before its year, keyword style


_UNKNOWN_TITLE = (
    _unknown_about,
    _unknown_dated_opening,
    _unknown_in_slot,
    _unknown_after_part,
    _unknown_switch,
    _unknown_at_end,
    _unknown_before_part,
)


# "and in the john wayne one", "the peter jackson version", "the 1990 kevin costner one": which of a
# title's films, by a person
_MADE_BY = re.compile(
    # ("the gary cooper carole lombard one": two names)
    r"(?<!\bnot )(?:\b(?:in|from|of) )?\b(?:the|that|this|an?) (?P<year>(?:\d{4}|\d0s|'\d\d) )?(?P<who>[a-z][\w'’-]*(?: (?!(?:the|that|this|an?|for|of|in|from|with)\b)[a-z][\w'’-]*){0,4})"
    r" (?:one|version|remake)\b"
    # ("and who directed the 1922 western", "what about the 1945 mystery, …": a year and a kind of film,
    # nothing after them but the question)
    r"|\bthe (?P<dated>\d{4}|\d0s|'\d\d) (?P<kind>"
    + "|".join(sorted(GENRE_WORDS | {"mystery", "noir", "serial", "cartoon"}, key=len, reverse=True))
    + r")(?: (?:film|movie|flick|picture))?"
    r"(?=\s*(?:[,?!]|$|-\s|(?:who|what|whos|whats|where|when|how|is|was)\b))",
    re.IGNORECASE,
)


VERSION_WORDS = wordset("newer new newest latest later recent older old oldest earlier first original")


# "and the one with dakota fanning, who wrote it": a version by who is in it, the name alone
_ONE_WITH = re.compile(
    r"\bthe (?P<year>(?:\d{4}|\d0s|'\d\d) )?(?:(?:old|older|original|new|newer) )?"
    # ("the 1951 crime one with lizabeth scott. director?": a kind of film too)
    r"(?:(?:tv|television|animated|cartoon|silent|musical|live[- ]action|black and white|crime|war|horror"
    r"|western|comedy|spy|gangster|prison|noir|mystery) )?"
    r"(?:one|version|remake) (?:with|starring) (?P<who>[a-z][\w'’-]*(?: [a-z][\w'’-]*){1,2}"
    r"|[a-z][\w'’-]{2,}(?= from \d)"  # "the one with cher from 85"
    r"|(?(year)[a-z][\w'’-]{2,}|(?!)))"  # "the 1999 one with denzel"
    # ("…, the one with bruce campbell as an astronaut": their part said too)
    r"(?: as (?:an?|the) [a-z][\w'’-]*(?: [a-z][\w'’-]*)?(?=\s*(?:[,?!]|\.\s|$)))?"
    r"(?=\s*(?:[,?!]|\.\s|$|-\s|from \d|(?:who|what|whos|whats|where|when|how)\b))",
    re.IGNORECASE,
)


# "isnt there a bugs bunny cartoon with the same name", "and the western from the 50s with the same
# name": the version of the title talked about
_SAME_NAME = re.compile(
    r"\b(?P<the>a|an|another|the) (?P<who>[a-z][\w'’-]*(?: [a-z][\w'’-]*){0,2}?)(?: (?:one|version|film|movie))?"
    r"(?: from the (?P<year>(?:19|20)?\d0s))? (?:with|of|by|under) the same (?:name|title)\b",
    re.IGNORECASE,
)


# "and the western with ethan hawke, who directed that": the version of a kind, by who is in it (set
# off: "the comedy with jim carrey where he …" tells a story)
_KIND_WITH = re.compile(
    r"\bthe (?:western|comedy|thriller|drama|horror|musical|cartoon|biopic|war movie|war film) "
    r"(?:with|starring) (?P<who>[a-z][\w'’-]*(?: [a-z][\w'’-]*){1,2})(?=\s*(?:[,?!]|$|-\s))",
    re.IGNORECASE,
)


# "the messenger joan of arc film w milla jovovich who directed it": the title, then a film word and who
# is in it (not "the movie with …", which tells a film without its title)
_FILM_WITH = re.compile(
    r"(?<!\bthe )(?<!\ba )(?<!\bthat )(?<!\bthis )\b(?:film|movie|flick) (?:w|with|starring) "
    r"(?P<who>[a-z][\w'’-]*(?: [a-z][\w'’-]*){1,2})(?=\s*(?:[,-]\s*)?(?:who|whos|what(?![\w'’]*\s+(?:is\s+)?(?:the\s+|its\s+)?(?:title|name|movie|film|one)\b))\b)",
    re.IGNORECASE,
)


def _names_joined(who: list[str]) -> list[str]:
    """The words of the people named, without an "and" joining two names ("the laurel and hardy one")."""
    return [w for i, w in enumerate(who) if w != "and" or not 0 < i < len(who) - 1]


def _made_by(text: str) -> tuple[str, str | None]:
    """The question without "the NAME one", and the name (None when there is none)."""
    m = (
        _ONE_WITH.search(text)
        or _KIND_WITH.search(text)
        or _FILM_WITH.search(text)
        or _MADE_BY.search(text)
        or _SAME_NAME.search(text)
    )
    who = (m.group("who") or m.groupdict().get("kind") or "").lower().split() if m else []
    while len(who) > 1 and who[0] in VERSION_WORDS:
        who.pop(0)  # "the old silent one": the kind of version says which
    # ("the western with the same name": a kind of film, not a person, after "the")
    kind_only = names_a_kind(who)
    # ("and the alice brady one with the same name": the title said again, not a story)
    described = (
        re.match(r"\s*(?:where|with(?! the same (?:name|title)\b)|that|about|in which)\b", text[m.end() :])
        if m
        else None
    )
    # a surname may look like a verb ("dakota fanning") when the name follows "with"
    # (a name may open with a word for a part: "the lady gaga one", "the kid rock one")
    joined = _names_joined(who)
    titled = joined[:1] if len(joined) >= 2 and joined[0] in ROLE_WORDS and _name_word(joined[-1]) else []
    named = m is not None and all(
        (
            _name_word(w)
            or w in titled
            or w in KINDS_OF_VERSION
            or (m.re in (_ONE_WITH, _KIND_WITH, _FILM_WITH) and not is_frame(w))
            or (m.re in (_SAME_NAME, _MADE_BY) and kind_only)  # "the documentary one"
        )
        and w not in _NO_MAKERS  # "mistaken for the chosen one"
        and (w not in _CUE_WORDS | VERSION_WORDS or w in KINDS_OF_VERSION)  # ("the musical remake")
        for w in joined
    )
    if m is None or described or not named or (m.re is _SAME_NAME and m["the"] == "the" and not kind_only):
        return text, None  # "the robin williams one where …" describes a film
    # ("the 1999 one with denzel", "the western from the 50s with the same name": the year stays, to say
    # which version)
    # (a version of a kind has none: "the western with …")
    said_year = m.groupdict().get("year") or m.groupdict().get("dated")
    year = f" the {said_year.strip()} one " if said_year else " "
    # ("and whos in the abbott and costello one": who is in that version, a cast question)
    asks_who = re.search(r"\bwho(?:s| is| s| was| are| were)\s*$", text[: m.start()], re.IGNORECASE)
    within = " in it " if re.match(r"in\b", m.group(), re.IGNORECASE) and asks_who and not said_year else year
    rest = re.sub(r"\s+", " ", f"{text[: m.start()]}{within}{text[m.end() :]}").strip(" ,")
    return rest, " ".join(who)


# words in "the … one" that say which one, not who made it
_NO_MAKERS = wordset("chosen only right wrong lucky lonely bad good little big young old")

# "the animated one": what kind of film a version is (resolve reads it from the versions' reviews)
KINDS_OF_VERSION = wordset("animated cartoon silent musical monochrome")
# words that say which film a title means, not that it goes on (`_runs_on`)
_NOT_RUNNING_ON = (
    CHATTER
    | FILM_WORDS
    | GENRE_WORDS
    | ROLE_WORDS
    | NATIONALITIES
    | KINDS_OF_VERSION
    | VERSION_WORDS
    | _NOT_NAMES
    | _LEAD_DOES
    | _AUXILIARIES
    | _BE
    | wordset("it its one this that")
)
# what kind of film a word after a title says (no name: "radar men from the moon serial - directed by?")
_KINDS_OF_FILM = GENRE_WORDS | FILM_WORDS | KINDS_OF_VERSION | {"serial", "series", "miniseries", "short"}


# "who voices anna in the king and i cartoon": the kind of film said after the title
_DESCRIBED_AFTER = re.compile(
    r"\s(?P<d>cartoon|animated|live[- ]action|silent|monochrome)(?: (?:one|version|film|movie))?\s*[?!.]*$",
    re.IGNORECASE,
)


def names_a_kind(words: Iterable[str]) -> bool:
    """The words of "the … one" say what kind of film a version is ("the western", "the silent
    documentary"), not who made it."""
    return all(w in GENRE_WORDS | KINDS_OF_VERSION for w in words)


def _in_title(text: str, who: str, titles: TitleIndex | None) -> bool:
    """ "the stagecoach remake", "the day the earth stood still remake": the words before "remake"
    are the title's, not a person's ("the tom cruise one")."""
    tokens = tokenize(text)
    spot = _find_title(tokens, titles).spot
    # (a title read from a typo is not the name's: "the lon chaney one" is no "The Long Chance")
    named = (
        {t.raw.lower() for t in tokens[spot.start : spot.end]} if spot is not None and spot.exact else set()
    )
    # ("the kings go forth movie with sinatra": words that are a title of several words themselves)
    whole = titles is not None and len(who.split()) >= 2 and bool(titles.titled(who))
    return bool(named & set(who.split())) or whole


# "the live action aladdin", "the animated one": a version described by what kind of film it is
_DESCRIBED = re.compile(
    r"\b(?P<d>live[- ]action|animated|cartoon|black[- ]and[- ]white|monochrome|silent|colou?r|stop[- ]motion) (?=[a-z])",
    re.IGNORECASE,
)


# "same q", "ok same question for the remake": the question asked last, asked again
_GOING_BACK = re.compile(
    r"^(?:(?:ok|okay|so|and|now)\W+)*(?:(?:let'?s|lets) )?(?:going|go|goin|switching|switch) back to\b\W*",
    re.IGNORECASE,
)
_SAME_QUESTION = re.compile(
    r"^(?:(?:ok|okay|so|and)\W+)*same (?:q|qs|question|questions)(?: again)?\b\W*(?:(?:for|with|about)\b\W*)?",
    re.IGNORECASE,
)


# ("and the bride herself" after Bride of Frankenstein: the part, stressed — not "who plays himself")
_BACK_TO_THE_ONE = re.compile(
    r"^(?P<lead>(?:(?:ok|okay|so|and|now)\W+)*)back to (?=the (?:first|1st|original|earlier|previous|other|second"
    r"|2nd|third|3rd) (?:one|1|film|movie)\b)",
    re.IGNORECASE,
)
_SELF_AFTER_PART = re.compile(
    r"(?<=\bthe )([a-z]{3,}) (?:herself|himself|itself|themselves)\b", re.IGNORECASE
)


def parse(text: str, titles: TitleIndex | None = None) -> Request:
    """Read a question: its kind, the film it names (via the title index), whom it asks about."""
    typed = _SHORTHAND.sub(lambda m: _SHORTHANDS.get(m.group().lower().strip(), ""), text)
    typed = _SAME_QUESTION.sub("and ", typed)  # "same q for jaws": the last question, of Jaws
    typed = _GOING_BACK.sub("back to ", typed)  # "going back to the party's over": a return to it
    # "back to the first one, …": the first one, no title "back"
    typed = _BACK_TO_THE_ONE.sub(r"\g<lead>", typed)
    typed = _IN_LAW.sub(r"\g<kin>-inlaw", typed)
    typed = _WHICH_OF_THEM.sub("who", typed)
    typed = _VOICE_OF.sub("who voices", typed)  # "whos the voice of francis": whom who voices
    typed = _ENDED_UP.sub("", typed)  # "who ended up directing it": who directed it
    typed = _WAY_BACK.sub("", typed)
    typed = _SELF_AFTER_PART.sub(r"\1", typed)  # "and the bride herself": the bride
    typed = _TAG_QUESTION.sub("", typed)  # "its from a novel right, by who": no title "right"
    # "who plays the us marshal, isnt it a singer": a guess tagged on, not the part
    typed = _GUESS_TAGGED.sub("", typed)
    typed = _IS_IN_IT.sub(r"\g<lead>who does \g<who> play in \g<it>", typed)
    typed = _HAS_IN_IT.sub(r"who does \g<who> play in \g<film>", typed)
    typed = _PART_IN_IS_PLAYED.sub(r"who plays \g<part> in \g<film>", typed)
    typed = _PART_IN_THEN_ACTOR.sub(r"who plays \g<part> in \g<film>", typed)
    typed = _PLAYS_WHO_IN.sub(r"who does \g<who> play in \g<film>", typed)
    typed = _PLAYS_WHICH.sub(r"who does \g<who> play", typed)
    typed = _PART_ASKED_AFTER.sub(r"what role does \g<who> play in \g<film>", typed)
    typed = _KIND_OF_PART_ASKED.sub(
        lambda m: f"what role does {m['a'] or m['b'] or m['c'] or m['d'] or m['e']} play in {m['film']}",
        typed,
    )
    # "and in the 39 one": a version's year in two digits (not a title: "the 21 movie")
    typed = _KIND_OF_VERSION.sub(r"\g<1>film", typed)  # "in the 1943 serial": that year's film
    typed = _DATED_FILM_TITLED.sub(r"\g<1>", typed)  # "in the 1983 film scarface": the 1983 scarface
    typed = _MONOCHROME.sub("monochrome", typed)  # "the black and white one": a kind of version, no title
    typed = _KIND_FROM_YEAR.sub(r"the \1 one", typed)
    typed = _VERSION_OF_A_KIND.sub(r"\g<lead>the \g<year> one", typed)
    typed = _KIND_BEFORE_YEAR.sub(r"the \2 \1 \3", typed)
    typed = _TWO_DIGIT_VERSION.sub(lambda m: _two_digit_version(m, titles), typed)
    typed = _THING_OF_TITLE_NAMED.sub(lambda m: _thing_of_title_named(m, titles), typed)
    if typed != text:  # "overboard w/ goldie hawn", "1998's godzilla"
        return replace(parse(typed, titles), text=text)
    career = _career_asked(text)
    if career is not None:
        return career
    if _SHOWS_UP_IN_IT.match(text):
        # ("do the three stooges show up in it": who is asked about, in the film talked about; a title
        # of those words is not it)
        return replace(_parse(text, None), text=text)
    for said_aside in _SAID_ASIDE:
        req = said_aside(text, titles)
        if req is not None:
            return replace(req, text=text)
    req = _title_then_aside(_title_opening_the_part(_parse(text, titles), titles), titles)
    return _part_titled_in_a_film_we_lack(req, text, titles)


def _part_titled_in_a_film_we_lack(req: Request, text: str, titles: TitleIndex | None) -> Request:
    """ "who plays the rock star in get him to the greek": a part whose words are a title of ours (Rock
    Star), asked in a film whose title we lack — that film, not the part's namesake."""
    asked = _PART_IN_FILM.match(fold(text))
    if asked is None or not req.films or re.sub(r"^the ", "", fold(req.mention or "")) != asked.group("part"):
        return req
    # (nor "the mummy in the brendan fraser mummy": a version of the title, by who is in it; nor "john
    # carter in the disney mars movie": which film it is, told)
    film = asked.group("film").split()
    if (
        titles is None
        or titles.titled(asked.group("film"))
        or asked.group("part") in asked.group("film")
        or set(film) & (FILM_WORDS | {"one"})
    ):
        return req
    lacked = _parse(text, None)
    if not lacked.unknown_title or fold(lacked.mention or "") != asked.group("film"):
        return req
    return replace(lacked, text=text)


_PART_IN_FILM = re.compile(
    r"(?:who|whos|who s) (?:plays|played|is|was|voices|voiced|portrays|portrayed) (?:the )?(?P<part>[a-z][a-z ]*?)"
    r" in (?P<film>(?!(?:it|this|that|the (?:film|movie|sequel|remake|original))$)[a-z][a-z' ]*[a-z])$"
)


def _title_then_aside(req: Request, titles: TitleIndex | None) -> Request:
    """ "roustabout elvis who wrote the screenplay", "headhunters norwegian thriller from whose novel":
    a title opening the message, then a few words saying which film it is (a star, a kind of film),
    then the question — no title found else: that title's film, when its reviews say those words
    (checked when the film is resolved, as for "hugo scorsese based on what")."""
    if titles is None or req.films or not req.unknown_title:
        return req
    tokens = tokenize(req.text)
    words = [t.key for t in tokens]
    for spot in titles.spot_exact(words):
        ask = next((i for i in range(spot.end, len(words)) if words[i] in _ASIDE_ENDS), len(words))
        aside = words[spot.end : ask]
        if spot.start != 0 or not spot.exact or not 1 <= len(aside) <= ASIDE_WORDS or ask == len(words):
            continue
        # ("loveless russian movie who plays …": a word for a film may end the words said of it)
        if not all((_name_word(w) or w in FILM_WORDS) and w not in _CUE_WORDS for w in aside):
            continue
        rest = req.text[: tokens[spot.end].start] + req.text[tokens[ask - 1].end :]
        found = _parse(rest, titles)
        if found.films and not found.unknown_title and found.aside is None:
            # (a kind of film is no aside: "bataan war movie")
            said = [t.raw for t in tokens[spot.end : ask] if t.key not in FILM_WORDS | GENRE_WORDS]
            return replace(found, text=req.text, aside=" ".join(said) or None)
    return req


ASIDE_WORDS = 3  # "roustabout elvis", "headhunters norwegian thriller": a few words, no more
_ASIDE_ENDS = ASKING | {"whom", "whose", "from", "based", "is", "was", "cast", "director", "who's"}


def _title_opening_the_part(req: Request, titles: TitleIndex | None) -> Request:
    """ "the highwaymen frank hamer is played by": the part asked about opens with a title we have
    (no film found else), and the rest names the part: the part of that film."""
    if titles is not None and not req.films and req.subject_role == "actor" and req.subject:
        return _title_opening_the_actor(req, titles)
    if titles is None or req.films or req.subject_role != "character" or not req.subject:
        return req
    words = req.subject.split()
    # (not "the boxer in the first one": the part, then the film it is in; nor "the creature when it's on
    # land": the part, then when)
    opening = [
        spot
        for spot in _titles_opening(titles, words, lambda rest: rest[0] not in _PLACED | _WHEN_WORDS)
        if len(spot.films) == 1
    ]
    if len(opening) == 1 and not req.unknown_title:
        part, title = " ".join(words[opening[0].end :]), " ".join(words[: opening[0].end])
        films = opening[0].films
    elif (owned := _possessive_title(words, titles)) is not None:
        title, part, films = owned
    else:
        return req
    found = _parse(f"who plays {part} in {title}", titles)
    return replace(found, text=req.text) if found.films == films else req


_WHEN_WORDS = wordset("when while whenever once after before")


def _titles_opening(titles: TitleIndex, words: list[str], rest_ok: Callable[[list[str]], bool]) -> list[Spot]:
    """The titles the words open with, exactly, two words or more left after them that `rest_ok` takes."""
    return [
        spot
        for spot in titles.spot_exact(words)
        if spot.start == 0 and spot.exact and len(words) - spot.end >= 2 and rest_ok(words[spot.end :])
    ]


def _title_opening_the_actor(req: Request, titles: TitleIndex) -> Request:
    """ "jaws roy scheider's character", "the entity barbara hershey's role?": keyword style, a title we
    have, then the actor whose part is asked (no film found else)."""
    words = req.subject.split() if req.subject else []
    opening = _titles_opening(titles, words, lambda rest: all(_name_word(w) for w in rest))
    if len(opening) != 1 or req.unknown_title:
        return req
    title, actor = " ".join(words[: opening[0].end]), " ".join(words[opening[0].end :])
    found = _parse(f"what role does {actor} play in {title}", titles)
    return replace(found, text=req.text) if set(found.films) == set(opening[0].films) else req


def _possessive_title(words: list[str], titles: TitleIndex) -> tuple[str, str, tuple[FilmRef, ...]] | None:
    """ "hammetts neighbour kit", "who plays rockys trainer": a title we have typed as a possessive
    ("'s" run on, the apostrophe dropped), then the part."""
    for end in range(1, len(words)):
        last = words[end - 1]
        if len(last) <= POSSESSED_MIN or not last.endswith("s") or last.endswith("ss"):
            continue
        title = [*words[: end - 1], last[:-1]]
        # (its own word, not initials it spells: "who plays kats sister" is no Kiss and Tell)
        spots = [
            s
            for s in titles.spot_exact(title)
            if s.start == 0
            and s.end == len(title)
            and s.exact
            and any(last[:-1] in title_key(f.title).split() for f in s.films)
        ]
        typed = [s for s in titles.spot_exact(words[:end]) if s.start == 0 and s.end == end]
        if spots and not typed:
            return " ".join(title), " ".join(words[end:]), spots[0].films
    return None


POSSESSED_MIN = 3  # the shortest title word read as a possessive ("rockys"), not "its", "his"


def _without(text: str, m: re.Match[str], titles: TitleIndex | None) -> Request:
    """The question read without the words of m."""
    return _parse(text[: m.start()] + text[m.end() :], titles)


_YEAR_SAID = re.compile(r"(?:18|19|20)?\d\d|(?:19|20)?\d0s")


def _the_name_one(text: str, titles: TitleIndex | None) -> Request | None:
    """ "and in the john wayne one", "the one with dakota fanning": the version by who made it."""
    rest, made_by = _made_by(text)
    if made_by is None or not rest:
        return None
    # ("who made over there the 1917 war movie": a year and a kind of film tell the film named, no version)
    dated_kind = rf"\bthe (?:19|20)\d\d {re.escape(made_by)} (?:movie|film|one|picture|flick)\b"
    # (but "what about the 1911 silent one": a version's kind after the conversation's title)
    version = set(made_by.split()) & (VERSION_WORDS | KINDS_OF_VERSION)
    if names_a_kind(made_by.split()) and not version and re.search(dated_kind, text.lower()):
        return None
    found = _parse(rest, titles)
    # ("the three mesquiteers one range defenders, who directed": a series' title says which film, when
    # the rest names that film surely)
    if _in_title(text, made_by, titles) and not (found.films and not found.weak_mention):
        return None
    # ("what about the ninjago one": nothing left but the words moving on, the same question of it)
    # (and "what about the silent one from 26": its year said too)
    moving_on = all(w in LINKS or w == "from" or _YEAR_SAID.fullmatch(w) for w in fold(rest).split())
    # ("and the silent one from 25": the year it is from too)
    year = found.year if found.year is not None or found.films else _year_in(fold(rest).split(), short=True)
    return replace(found, made_by=made_by, followup=found.followup or moving_on, year=year)


_NOT_THE_ONE = re.compile(
    r"\s*(?P<open>\()?\bnot the (?P<who>(?:[a-z][\w'’-]*|(?:18|19|20)?\d\d)(?: [a-z][\w'’-]*){0,2}) "
    r"(?P<what>one|version|film|movie|sequel|remake|short|cartoon|picture|flick|serial)\b(?(open)\s*\))",
    re.IGNORECASE,
)


_GAINSAYING = wordset("no nope nah i mean meant")


def _not_the_name_one(text: str, titles: TitleIndex | None) -> Request | None:
    """ "the silver streak with charles starrett (not the gene wilder one)": the version that person is
    not in (the rest of the question read as it stands)."""
    m = _NOT_THE_ONE.search(text)
    # ("snake eater, the first one not the drug buster sequel": the sequel named by its own words)
    said = m is not None and m.group("what").lower() in ("sequel", "remake")
    # ("the killers director (the lee marvin one not the 46 one)": a year ruled out, its star perhaps said
    # after it: "not the 99 jon voight one")
    if m is None:
        return None
    year = re.match(r"((?:18|19|20)\d\d|\d\d)(?= [a-z]|$)", m.group("who"))
    if year is not None and not all(_name_word(w) for w in m.group("who")[year.end() :].lower().split()):
        year = None
    if not (said or year or all(_name_word(w) for w in m.group("who").lower().split())):
        return None
    # (the rest read whole: "i mean the tim mccoy one from 34, not the wyler one"; "not the spielberg
    # one lol" alone, of the conversation's film)
    rest = text[: m.start()] + text[m.end() :]
    plain = parse(rest, titles)
    alone = not plain.films and all(w in CHATTER | _GAINSAYING for w in fold(rest).split())
    if not (plain.films or plain.made_by or plain.unknown_title or alone):
        return None
    said_year = year.group(1) if year else ""
    who = str(two_digit_year(said_year)) if len(said_year) == 2 else said_year or m.group("who").lower()
    return replace(plain, not_made_by=who, refers_back=plain.refers_back or alone)


def _in_brackets(text: str, titles: TitleIndex | None) -> Request | None:
    """ "nope (jordan peele)", "heat (the pacino one)": words in brackets are never the title; a name
    there says which film, as "the john wayne one" does."""
    aside = _BRACKETED.search(text)
    if aside is None:
        return None
    inner = [w for w in aside.group("inner").lower().split() if w not in {"the", "one", "film", "movie"}]
    plain = _without(text, aside, titles)
    named = " ".join(inner) if inner and all(_name_word(w) for w in inner) else None
    return replace(plain, made_by=named if plain.films and named else plain.made_by)


def _of_a_kind(text: str, titles: TitleIndex | None) -> Request | None:
    """ "the live action aladdin", "the king and i cartoon": the versions' reviews say which is the
    live-action one (checked when the film is resolved)."""
    described = _DESCRIBED.search(text) or _DESCRIBED_AFTER.search(text)
    plain = _without(text, described, titles) if described is not None else None
    if described is None or plain is None or not plain.films:
        return None
    full = _parse(text, titles)
    if full.films and described.group("d").lower() in (full.mention or "").lower():
        # "the silent twins who directed it", "which actors are in the silent guardian": the word is the
        # title's (not Twins, nor the silent one of The Guardian's films)
        return None
    # (beside the title it describes: "tim burton stop motion where a boy zaps his dead dog back to
    # life" tells a story, it names no stop-motion Life)
    mention = re.sub(r"^(?:the|a|an) ", "", (plain.mention or "").lower())
    beside = text[described.end() :].lstrip().lower().startswith(mention) or text[
        : described.start()
    ].rstrip().lower().endswith(mention)
    return replace(plain, made_by=described.group("d").lower()) if mention and beside else None


def _apposed_kind(text: str, titles: TitleIndex | None) -> Request | None:
    """ "who starred in union pacific, the demille railroad western": what kind of film, said after
    the title (of several films of the title, the person there says which)."""
    apposed = _APPOSED.search(text)
    if apposed is not None and re.search(r"\d", apposed.group("d")):
        return None  # "flatliners, the 1990 one": a year, read where years are read
    if apposed is not None and set(apposed.group("d").lower().split()) <= VERSION_WORDS | {"one", "version"}:
        return None  # "a dog of flanders, the older one": a version, read where versions are read
    plain = _without(text, apposed, titles) if apposed is not None else None
    if apposed is None or plain is None or not plain.films:
        return None
    who = [w for w in apposed.group("d").lower().split() if w not in GENRE_WORDS | FILM_WORDS]
    return replace(plain, made_by=" ".join(who) if len(plain.films) > 1 and who else None)


def _persons_film(text: str, titles: TitleIndex | None) -> Request | None:
    """ "the michael mann movie ali": the film of that title whose reviews name that person."""
    whose = _WHOSE_FILM.search(text)
    who = (whose.group("who") or whose.group("named")).lower() if whose is not None else ""
    if (
        whose is None
        # (not "the english film about two schoolkids …": a film described, not a person's film named)
        or re.match(r"(?:about|where|in which|that|when)\b", text[whose.end() :].lower()) is not None
        or not all(_name_word(w) and w not in GENRE_WORDS for w in who.split())
        or _in_title(text, who, titles)  # "the kings go forth movie w sinatra"
    ):
        return None
    plain = _without(text, whose, titles)
    return replace(plain, made_by=who) if plain.films else None


_APPOSED = re.compile(
    r",\s+the\s+(?P<d>(?:[\w'’-]+\s+){0,4}?(?:"
    + "|".join(sorted(GENRE_WORDS | FILM_WORDS | {"one", "flick", "version"}))
    + r"))\s*(?=[,?!.]|$)",
    re.IGNORECASE,
)
_WHOSE_FILM = re.compile(
    r"\bthe (?P<who>[a-z][\w'’-]*(?: [a-z][\w'’-]*){0,2}) (?:movie|film|flick) (?=\w)"
    # ("true stories the david byrne movie, who …": set off after the title, a full name)
    r"|\bthe (?P<named>[a-z][\w'’-]* [a-z][\w'’-]*) (?:movie|film|flick)(?=\s*[,-])",
    re.I,
)


def _with_star(text: str, titles: TitleIndex | None) -> Request | None:
    """ "who wrote man of the year w robin williams": a star named after the title, ending the
    question, says which film (checked when the film is resolved)."""
    m = _WITH_STAR.search(text)
    who = (m.group("who") or m.group("star")).lower() if m else ""
    if m is None or not all(_name_word(w) and not is_frame(w) for w in who.split()):
        return None
    # (not "… jekyll and hyde movie with bernie casey, what's the title": the film asked for)
    if m.group("star") and _WHICH_FILM_ASKED.search(text[m.end() :].lower()):
        return None
    if _in_title(text, who, titles):
        return None  # "the boy with green hair": the title's own words
    # (a star before the question stays in it: "matinee 93 with john goodman, who else")
    plain = _parse(text, titles) if m.group("star") else _without(text, m, titles)
    return replace(plain, made_by=who) if plain.films and not plain.made_by else None


_WITH_STAR = re.compile(
    r"\s+(?:w|with|starring|featuring|ft)\s+(?P<who>[a-z][\w'’-]+(?: [a-z][\w'’-]+){0,2})\s*[?!.]*$"
    # ("in ransom! with glenn ford who gets kidnapped": or right before the question)
    r"|\s+(?:w|with|starring)\s+(?P<star>[a-z][\w'’-]+(?: [a-z][\w'’-]+){1,2})"
    r"(?=,?\s+(?:who|whos|who's|what|whats|what's|where|when|why|how|which)\b)",
    re.I,
)


def _called(text: str, titles: TitleIndex | None) -> Request | None:
    """ "the 2002 horror movie called they, who's in it", "in the horror film may, who plays …": the
    words after "called" (or after the word for a film, up to a mark) are a title, even words a
    question is made of; the question is read as asked of that title (and the year said)."""
    m = _CALLED_TITLE.match(text) or _FILM_THEN_TITLE.match(text)
    if m is None or titles is None or (m.re is _FILM_THEN_TITLE and not _said_of_a_kind(m["before"])):
        return None
    words = key_words(m["title"])
    spot = next(
        (s for s in titles.spot_exact(words) if s.start == 0 and s.end == len(words) and s.exact), None
    )
    if spot is None:
        return None
    year = next((w for w in m["before"].split() if YEAR_TOKEN.fullmatch(w)), "")
    found = _parse(f"{' '.join(words)} {year}, {m['rest']}", titles)
    typed_as_titled = all(fold(f.title).removeprefix("the ") == " ".join(words) for f in spot.films)
    if (
        not found.films
        and not year
        and found.mention is None
        and m.re is _FILM_THEN_TITLE
        and typed_as_titled
    ):
        # (a title the question's own words hide, "may": the one named, as the question says)
        found = replace(
            _parse(m["rest"], titles),
            films=spot.films,
            mention=" ".join(words),
            refers_back=False,
            passed_over=(),
        )
    return found if found.films else None


_CALLED_TITLE = re.compile(
    # ("the 1925 silent comedy called don't - who directed it": a kind of film too)
    r"^(?P<before>.*?\b(?:movie|film|flick|picture|one|thing|show|comedy|drama|western|thriller|musical|cartoon"
    r"|short|serial|documentary|doc|horror|romance|melodrama|noir|biopic)) (?:called|titled|named) "
    r"(?P<title>[^,?!]+?)(?:\s*[,?!-]\s*|\s+(?=(?:who|whos|who's|what|whats|what's|which|where|when|how)\b))"
    r"(?P<rest>\S.*)$",
    re.IGNORECASE,
)


def _also_known_as(text: str, titles: TitleIndex | None) -> Request | None:
    """ "monstrosity aka the atomic brain who narrated it": two titles of one film; the question is
    read with the one we hold (the words after "aka", then the words before it, left out)."""
    m = _AKA.search(text)
    if m is None or titles is None:
        return None
    after = _AKA_AFTER.match(text, m.end())
    before = text[: m.start()].split()
    tries = [text[: m.start()] + text[after.end() :]] if after else []
    # (the other title ends the words before "aka": the fewest that leave a title we hold)
    for n in range(1, min(len(before), ASIDE_TITLE_WORDS) + 1):
        if fold(before[-n]) in ASKING or fold(before[-n]) in _CUE_WORDS:
            break
        tries.append(" ".join(before[:-n]) + " " + text[m.end() :])
    for rest in tries:
        found = _parse(rest.strip(), titles)
        if found.films and not found.unknown_title:
            return found
    return None


ASIDE_TITLE_WORDS = 6  # the words of a title said before "aka" ("the atomic brain aka monstrosity")
_AKA = re.compile(r"\s+(?:aka|a\.k\.a\.?|also known as|also called|otherwise known as)\s+", re.IGNORECASE)
# the other title said after "aka": up to a mark, a question word or a word asking for a credit
_AKA_AFTER = re.compile(
    r"[^,?!()]+?(?=\s*[,?!()-]|\s+(?:who|whos|who's|what|whats|what's|which|where|when|how|cast|director|"
    r"directed|writer|wrote|plot|based|is|was)\b|\s*$)",
    re.IGNORECASE,
)


def _said_of_a_kind(words: str) -> bool:
    """ "in the horror film", "the 2002 movie": between the article and the word for a film, only what
    kind of film it is (not "the lightning thief movie": a title)."""
    said = words.lower().split()
    said = said[said.index(next(w for w in said if w in ARTICLES | {"that", "this"})) + 1 : -1]
    return all(
        w in GENRE_WORDS | _MORE_KINDS or YEAR_TOKEN.fullmatch(w) or re.fullmatch(r"\d0s", w) for w in said
    )


# ("in the horror film may, who plays …": a title right after the word for a film, set off by a mark)
_FILM_THEN_TITLE = re.compile(
    r"^(?P<before>(?:\w+ )?(?:the|a|an|that|this)(?: \w+){0,2} (?:movie|film|flick)) (?P<title>[^,?!]+?)\s*[,?!-]\s*"
    r"(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# words beside the title that say which film (or which version), read apart from the question; tried
# in turn, the first that applies wins (they rarely meet in one question)
_SAID_ASIDE = (
    _not_the_name_one,
    _the_name_one,
    _in_brackets,
    _of_a_kind,
    _apposed_kind,
    _persons_film,
    _with_star,
    _called,
    _also_known_as,
)


# chat shorthand read as the words: "w/" (with), "1998's godzilla" (the year, not a decade)
def _career_asked(text: str) -> Request | None:
    """ "what else did he direct", "what other movies has tom hanks been in", "other films by coppola":
    someone's other films, in the job the verb says (none said: the conversation's)."""
    plain = fold(text)
    m = _OTHER_FILMS.match(plain) or _FILMS_BY.match(plain)
    if m is None:
        return None
    who = m.group("who")
    pronoun = who in _PRONOUNS_OF_SOMEONE
    # ("other films by spielberg": whose films they are, their director; "with pacino": who is in them)
    said = m.groupdict().get("verb") or m.groupdict().get("by") or ""
    job = next((j for j, verbs in _JOB_VERBS.items() if said in verbs), None)
    return Request(
        text=text,
        kind="career",
        query=text,
        subject=None if pronoun else who,
        subject_role=job,
        refers_back=pronoun,
        followup=pronoun,
        cued=True,
    )


_PRONOUNS_OF_SOMEONE = frozenset({"he", "she", "they", "him", "her", "them"})
_JOB_VERBS = {
    "director": frozenset({"direct", "directed", "directs", "by"}),
    "writer": frozenset({"write", "wrote", "written", "writes"}),
    "actor": frozenset(
        {
            "star in",
            "starred in",
            "been in",
            "act in",
            "acted in",
            "appear in",
            "appeared in",
            "play in",
            "played in",
            "stars in",
            "with",
            "starring",
        }
    ),
}
_OTHER_FILMS = re.compile(
    r"^(?:(?:and|so|ok|okay|hey|cool)\s+)*what (?:else|other (?:films?|movies?|stuff)|other)(?: (?:has|did|have|was|is))?"
    r" (?P<who>[a-z][\w'-]*(?: [a-z][\w'-]*){0,2}?)"
    r" (?P<verb>direct|directed|write|wrote|written|star in|starred in|stars in|been in|act in|acted in|appear in"
    r"|appeared in|play in|played in|make|made|do|done)(?: (?:else|too|also))?\s*$"
)
_FILMS_BY = re.compile(
    r"^(?:(?:and|so|ok|okay|any)\s+)*(?:any )?other (?:films?|movies?|stuff) (?P<by>by|of|with|from|starring) (?P<who>[a-z][\w'-]*(?: [a-z][\w'-]*){0,2})\s*$"
)
_VOICE_OF = re.compile(
    r"\bwho(?:\s*['’]?s| is| was)? the (?:(?:speaking|singing) )?voice (?:of|for|behind)\b", re.IGNORECASE
)
_SHORTHANDS = {"w/": "with ", "big bad": "villain", "bout": "about", "abt": "about"}
# (and an interjection opening a follow-up: "cool, who's the bad guy", not Cool Hand Luke; "co-wrote"
# is who wrote; "ngl never heard of plymouth adventure, who stars": what the user knows, no title)
_SHORTHAND = re.compile(
    r"\bw/\s*|(?<=\b(?:19|20)\d[1-9])['’]s\b|\bco-?(?=wr[io]t)|^\s*(?:cool|sweet|great|nice|awesome|ok|okay|alright|thanks|thx|ty)"
    r"\s*[,.!]+\s*"
    # ("cool who wrote it": the interjection, then the question at once; "who's credited as director":
    # who is the director; "who co-wrote it w mccarthy": its writers)
    # ("ok cool and whose novel is it from": the interjection before "and" too)
    r"|^\s*(?:ok(?:ay)?\s+)?(?:cool|sweet|great|nice|awesome|thanks|thx|ty|wow|neat)\s+"
    r"(?=(?:(?:and|so|but)\s+)?(?:who|whos|who's|whose|what|whats|what's|when|where|how|which)\b)"
    # ("who is the big bad in …": the villain, no verdict)
    r"|(?<=\bthe )big bad\b(?! wolf)|\bcredited as\s+|(?<=\bwrote it)\s+(?:w|with)\s+(?!who\b|whom\b)[a-z'’-]+\s*[?!.]*$"
    r"|^\s*(?:(?:ngl|tbh|honestly|lol)\s+)?(?:i\s*(?:['’]?ve|have)?\s+)?"
    r"(?:never|havent|haven['’]t|have not)\s+(?:even\s+)?heard of\s+"
    # ("movie bout a female drag racer": about, said short; not "I'm Bout It")
    r"|\b(?:bout|abt)\b(?= (?:a|an|the|some|two|his|her|their|how|what|who|when|where|why|[a-z]+ing)\b)",
    re.IGNORECASE,
)

# a follow-up's opening words ("and", "ok so"), and the film talked about said as "it" or "the movie"
_FOLLOW_ON = r"(?:(?:and|ok|okay|so)\W+)*"
_THE_FILM_TALKED_OF = r"(?:it|this|that|the (?:film|movie))"
# "boston blackie in one mysterious night is played by": who plays the part in that film
# "little beaver in marshal of laredo (45) - actor?": who plays the part in that film, asked after a mark
_PART_IN_THEN_ACTOR = re.compile(
    r"^(?P<part>[a-z][\w.'’-]*(?: [a-z][\w.'’-]*){0,3}) in (?P<film>[^?]+?)\s*[-–—,:]\s*"
    r"(?:the )?(?:actor|actress|who played (?:him|her)|who plays (?:him|her))\W*$",
    re.IGNORECASE,
)
_PART_IN_IS_PLAYED = re.compile(
    r"^(?P<part>[a-z][\w.'’-]*(?: [a-z][\w.'’-]*){0,3}) in (?P<film>[^?]+?) (?:is|was|s) "
    r"(?:played|portrayed|voiced) by(?: (?:who|whom))?\W*$",
    re.IGNORECASE,
)
# "is bela lugosi in it? who does he play": the person asked about, not a title we lack
_IS_IN_IT = re.compile(
    rf"^(?P<lead>{_FOLLOW_ON})(?:is|was) (?P<who>[a-z][\w.'’-]*(?: [a-z][\w.'’-]*){{1,3}}) in "
    rf"(?P<it>{_THE_FILM_TALKED_OF})\W+(?:and |if so |so )?who (?:does|did) (?:he|she) (?:play|voice)\b.*$",
    re.IGNORECASE,
)
# "anne against the world has boris karloff in it right, what does he play": the film, who is in it, their part
_HAS_IN_IT = re.compile(
    r"^(?P<film>[a-z0-9][\w'’ -]{2,60}?) (?:has|had|stars|starred|features|featured) "
    r"(?P<who>[a-z][\w.'’-]*(?: [a-z][\w.'’-]*){1,3}) in it\W+(?:right\W+)?(?:so |and )?"
    r"(?:what|who) (?:does|did) (?:he|she) (?:play|voice)\b\W*$",
    re.IGNORECASE,
)
# "william garwood in three fingered jenny what role does he have", "buster keaton in the lovable cheat
# what kind of part": an actor, the film, then their part asked
_NAME_WORDS = r"(?!(?:the|a|an|who|what|which|and|so|ok)\b)[a-z][\w.'’-]*(?: [a-z][\w.'’-]*){1,3}"
# "charles ray plays who in the millionaire vagrant": the part someone plays in the film named after "in"
# (not Ray, a title inside the name)
_PLAYS_WHO_IN = re.compile(
    rf"^(?P<who>{_NAME_WORDS}) (?:plays|played|portrays|portrayed) (?:who|whom) in (?P<film>[^?!]+?)\s*[?!]*$",
    re.IGNORECASE,
)
# "sky high 2005, michael angarano is playing which kid": whom someone plays, asked last
_PLAYS_WHICH = re.compile(
    # (after a mark or a year, where the name starts: not "… good and evil sofia wylie is which girl")
    rf"(?:^|(?<=[,;:!?=–—-] )|(?<=\d ))(?P<who>{_NAME_WORDS}) (?:(?:is |was )?(?:plays|played|playing|portrays|portrayed|portraying)|is|was|=) "
    r"(?:which|what) (?!(?:film|movie|one|flick)\b)\w+\s*[?!]*$",
    re.IGNORECASE,
)
_PART_ASKED_AFTER = re.compile(
    # ("bebe daniels part in the exciters, whats the characters name": whose part, said first)
    rf"^(?P<who>{_NAME_WORDS}?)(?:['’]?s)?(?: (?:part|role|character))? in (?P<film>[^,?!]+?)\s*[,?!–—-]*\s+"
    r"(?:so |and |ok )?(?:(?:whats|what['’]s|what is) (?:the |his |her )?(?:characters?|parts?|roles?) (?:name|called)"
    r"|(?:what|which|whats|what['’]s) "
    r"(?:(?:kind|sort|type) of )?(?:role|part|character)"
    r"(?: (?:does|did) (?:he|she) (?:have|play|get)| (?:is|was) (?:it|that|his|hers?))?"
    # ("clara bow in wine 1924 what was her role like", "earle foxe in to be called for, main part or not")
    r"|(?:what|how) (?:is|was) (?:his|her|their) (?:role|part)(?: like)?"
    # ("frank morgan in paradise for three - what kind of guy does he play")
    r"|(?:(?:what|which) (?:(?:kind|sort|type) of )?(?:guy|man|woman|girl|person|dude|lady|character|role|part)"
    r"|who|what) (?:does|did) (?:he|she) (?:play|portray)"
    r"|(?:a )?(?:main|lead|leading|big|small|major|minor|starring) (?:role|part) or not)\W*$",
    re.IGNORECASE,
)
# "what kind of role did minna gombell get in women must dress", "how big is robert de niros part in …"
_KIND_OF_PART_ASKED = re.compile(
    rf"^(?:(?:what|which) (?:(?:kind|sort|type) of )?(?:role|part|character) (?:did|does) (?P<a>{_NAME_WORDS}) "
    r"(?:get|have|play|take)"
    rf"|how (?:big|large|small|important|major) (?:is|was) (?P<b>{_NAME_WORDS})['’]?s (?:part|role)"
    # ("what kind of part was lon chaney jr's in …", "what are peggy mcclellan and jason kulas playing in …")
    rf"|(?:what|which) (?:kind|sort|type) of (?:role|part|character) (?:is|was) (?P<c>{_NAME_WORDS})['’]s"
    # ("who are tim allen and kirstie alley supposed to be in …")
    rf"|(?:what|who) (?:is|was|are|were) (?P<d>{_NAME_WORDS}(?: and {_NAME_WORDS})?) (?:playing|doing|supposed to be)"
    # ("jamie bell plays which of the bielski brothers in defiance")
    rf"|(?P<e>{_NAME_WORDS}) (?:plays|played|portrays|portrayed) which (?:one )?of the (?:[\w'’-]+ ){{0,2}}[\w'’-]+)"
    r" in (?P<film>.+)$",
    re.IGNORECASE,
)
_SHOWS_UP_IN_IT = re.compile(
    rf"^{_FOLLOW_ON}(?:do|does|did|is|are|was|were) (?!(?:he|she|they|it|anyone|anybody)\b)"
    r"(?:[a-z][\w.'’-]*\s){1,4}"
    r"(?:(?:show|turn|pop) up|appear|make an appearance|have a cameo|cameo)\s+"
    rf"in {_THE_FILM_TALKED_OF}\W*$",
    re.IGNORECASE,
)
# a question tagged on ("… right, by who", "… right?"), not a title's word ("mr right", "all right")
_TAG_QUESTION = re.compile(
    r"(?<=[a-z])(?<!\bmr)(?<!\bmr\.)(?<!\ball)(?<!\bdo)(?: too)? right(?=\s*[,?])", re.IGNORECASE
)
# a guess tagged on after the question, set off ("…, isnt it a singer", "…, wasnt he in jaws too")
_GUESS_TAGGED = re.compile(
    r"\s*[,;-]\s*(?:is|was|were)(?:nt|n['’]t| not) (?:it|he|she|that|they)\b[^,?]*\??\s*$", re.I
)
# "fail safe way back in 64": when it came out, no title (not The Way Back, nor No Way Back)
_WAY_BACK = re.compile(
    r"(?<!\bthe )(?<!\bno )(?<!\bway )\b(?:way )?back (?=in (?:the )?(?:(?:19|20)?\d\d|'\d\d)s?\b)", re.I
)
_ENDED_UP = re.compile(
    r"\b(?:ended|ends|end|ending|wound|winds) up (?=(?:directing|writing|playing|starring|producing|voicing|scoring)\b)",
    re.IGNORECASE,
)

# "his daughter in law": one kinship, whose "in law" is no title after "in"
_IN_LAW = re.compile(
    r"\b(?P<kin>(?:mother|father|sister|brother|son|daughter|parent)s?)[\s-]+in[\s-]+laws?\b", re.IGNORECASE
)

# "which one plays jimmy flaherty" after a cast: which of the people named, asked like "who"
# ("which musician plays the neighbor": whoever it is, asked by what they are)
_WHICH_OF_THEM = re.compile(
    # (not "which one was john wayne's final western of …": a film asked for)
    r"\bwhich (?:(?:one|1|of them|of the \w+|guy|girl|actor|actress)(?= (?:is|was)\b)(?! (?:is|was) "
    + _SET_APART
    + r")"
    r"|(?:one|1|of them|of the \w+|\w+)(?= (?:plays|played|voices|voiced|portrays|portrayed)\b))",
    re.IGNORECASE,
)

# brackets holding no year ("heat (1995)" is read with the title)
# (not the plural mark of "role(s)")
_BRACKETED = re.compile(r"\s*\((?P<inner>(?![^()]*\d)(?!(?:e?s)\))[^()]*\w[^()]*)\)")


def _passed_over(tokens: list[_Token], titles: TitleIndex | None) -> tuple[FilmRef, ...]:
    """Films whose title the question holds but not where a title stands ("who is the terminator
    sent to kill"): not named, but not to be forgotten when the conversation is about another film."""
    if titles is None:
        return ()
    words = [t.key for t in tokens]
    spots = [
        s
        for s in titles.spot_exact(words)
        if any(not is_frame(w) for w in words[s.start : s.end])
        and not (s.end - s.start == 1 and s.start > 0 and words[s.start - 1] in _POSSESSIVES)  # "his ex wife"
        and not _thing_talked_of(words, s)
        and not _name_of_a_thing(tokens, s)
        and not _award(_place(tokens, s))
        # (not a title's initials: "an oscar nom for it" holds no Night of Mystery)
        and not (
            s.end - s.start == 1 and all(words[s.start] not in title_key(f.title).split() for f in s.films)
        )
    ]
    return tuple(dict.fromkeys(f for s in spots for f in s.films))


def _points(words: list[str], start: int, end: int) -> bool:
    """ "orson welles never finished this one, 3 latin american stories": "this one" points at the film
    told of; it names none (not the film 1, numbered)."""
    return words[start:end] == ["1"] and words[start - 1 : start] in (["this"], ["that"])


def _numbered_we_lack(tokens: list[_Token], titles: TitleIndex | None) -> str | None:
    """A numbered title we lack (`_numbered_sequel`), unless its number is "one" spelled out ("spike lee
    vampire one, a rich guy …": the one about vampires, no first film of a series)."""
    found = _numbered_sequel(tokens, titles)
    one = found is not None and found.endswith(" 1") and any(t.raw.lower() == "one" for t in tokens)
    return None if one else found


def _numbered_sequel(tokens: list[_Token], titles: TitleIndex | None) -> str | None:
    """ "lethal weapon 3 who's the villain" with Lethal Weapon but no third one: that title, numbered."""
    words = [t.key for t in tokens]
    # "puss in boots 2": the start of a title we have ("Puss in Boots: The Last Wish"), numbered
    spots = [*titles.spot_exact(words), *titles.spot_start(words)] if titles is not None else []
    ends = {(s.start, s.end) for s in spots}
    for spot in spots:
        after = words[spot.end] if spot.end < len(words) else ""
        numbered_title = (spot.start, spot.end + 1) in ends  # "rocky 5" is Rocky V
        # (a number spelled out after a lowercase pronoun is a count: "a mom and her two girls")
        pronoun = {t.raw for t in tokens[spot.start : spot.end]} <= _POSSESSIVES | _OBJECT_PRONOUNS
        if (
            _INSTALMENT.fullmatch(after)
            and not numbered_title
            and not (pronoun and not tokens[spot.end].raw.isdigit())
            # ("90s indie romance, two teen girls …": a count set off after a word, no instalment)
            and not (_set_off(tokens, spot.end) and not tokens[spot.end].raw.isdigit())
            and not _points(words, spot.start, spot.end)
            and not _counts(words, spot.end)
            and not _after_indefinite(tokens, spot)
            # ("a bounty hunter goes to save three stranded women": a number spelled out, then the
            # people or things it counts)
            and not (not tokens[spot.end].raw.isdigit() and _plural_after(words, spot.end))
            and _refused(_place(tokens, spot), spot)
        ):
            return " ".join(words[spot.start : spot.end + 1])
    # "ace ventura 2": the words several titles open with (a series' name), numbered
    for i, word in enumerate(words):
        # (typed as a number: "the true story of two east german families" names no second film)
        if not _INSTALMENT.fullmatch(word) or not tokens[i].raw.isdigit() or titles is None:
            continue
        for start in range(max(0, i - SERIES_WORDS), i):
            run = words[start:i]
            # (not "… this one, 3 latin american stories": "this one" points, it names no film)
            if (
                run[0] in _QUESTION_WORDS
                or run[0] in ARTICLES
                or _points(words, start, i)
                or _counts(words, i)
            ):
                continue
            if (len(run) >= 2 and len(titles.starting(" ".join(run))) >= 2) or _numbered_sibling(
                titles, run, word
            ):
                return " ".join(words[start : i + 1])
    return None


def _ends_its_title(words: list[str], spot: Spot) -> bool:
    """Whether the words spotted are the last words of the one title they find."""
    typed = " ".join(w for w in words[spot.start : spot.end] if w not in ARTICLES)
    return len(spot.films) == 1 and f" {title_key(spot.films[0].title)}".endswith(f" {typed}")


def _told_with_a(where: _Place, spot: Spot) -> bool:
    """Whether "a" or "an" opens the run or stands before it, and no title of its films opens so: a
    thing described ("in a big old house"), not the film."""
    article = where.article or (where.words[0] if where.words[0] in {"a", "an"} else "")
    return article in {"a", "an"} and not any(f.title.lower().startswith(f"{article} ") for f in spot.films)


def _after_indefinite(tokens: list[_Token], spot: Spot) -> bool:
    """ "a boy who plays a magic 3 string instrument": a thing told with "a", then its number, then what
    the number counts (not "is there a school of rock 2, who's in it")."""
    thing = [t.key for t in tokens[spot.end + 1 : spot.end + 2]]
    return _told_with_a(_place(tokens, spot), spot) and bool(thing) and not is_frame(thing[0])


def _counts(words: list[str], at: int) -> bool:
    """ "… that got 2 oscar nominations", "a space hero, 12 chapters", "she was only 12": the number
    counts the things named after it (a plural of no question's word), or is an age; it numbers no
    film."""
    counted = words[at - 1 : at] in ([w] for w in _COUNTING) and _plural_after(words, at)
    return (
        counted
        or words[at + 1 : at + 2] in ([w] for w in _UNITS)
        or words[at - 1 : at] in ([w] for w in _AGED)
    )


def _plural_after(words: list[str], at: int) -> bool:
    """A plural noun within two words after the number at `at` ("three stranded women")."""
    return any(
        w in _IRREGULAR_PLURALS
        or (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")) and not is_frame(w))
        for w in words[at + 1 : at + 3]
    )


_IRREGULAR_PLURALS = wordset("men women children people kids mice geese teeth feet")


_UNITS = wordset(
    "chapters episodes reels parts seasons sequels years yrs months weeks days hours minutes mins"
)
_AGED = wordset("only aged just")  # (not "age": "ice age 2")


_COUNTING = wordset(
    "got gets get has had have won wins win earned earns took takes"
)  # "got 2 oscar nominations"


def _numbered_sibling(titles: TitleIndex, run: list[str], number: str) -> bool:
    """ "hangover 3" with The Hangover Part II but no third one: the words and another number are a
    title we have (typed as its key: "hangover 2"), the words and this one are none."""

    def whole(words: list[str]) -> bool:
        return any(s.start == 0 and s.end == len(words) for s in titles.spot_exact(words))

    return not whole([*run, number]) and any(whole([*run, str(n)]) for n in range(2, 10) if str(n) != number)


def _series_first_we_lack(tokens: list[_Token], titles: TitleIndex | None) -> str | None:
    """ "who directed under siege" with only "Under Siege 2: Dark Territory": the series' first film,
    which we lack, by the words its numbered film opens with."""
    words = [t.key for t in tokens]
    for spot in titles.spot_start(words) if titles is not None else []:
        if spot.end - spot.start >= 2 and _first_of_a_series(tokens, spot):
            return " ".join(words[spot.start : spot.end])
    return None


SERIES_WORDS = 4  # the longest series name read before a number
# an instalment's number after a title: 1 to 19 ("two weeks in another town 62" says the year, 1962)
_INSTALMENT = re.compile(r"1?\d")


_PART_WORDS = wordset("role part character voice cameo")


def _named_last(tokens: list[_Token], titles: TitleIndex | None, found: _Title) -> _Title:
    """ "who does the terminator protect in t2": a title inside the question (not after "in") and
    another that ends it after "in", typed like a title: the one named last is the film asked about."""
    spot = found.spot
    if titles is None or spot is None or found.year is not None:
        return found
    words = [t.key for t in tokens]
    if words[spot.start - 1 : spot.start] in (["in"], ["from"], ["of"]):
        return found
    last = [
        s
        for s in titles.spot_exact(words)
        if s.start > spot.end and s.end == len(words) and words[s.start - 1] in {"in", "from"} and s.exact
    ]
    # (looking like a title: a number in it, or capitals; not "whos in it")
    typed = _typed(tokens[last[0].start : last[0].end]) if len(last) == 1 else ""
    # ("what does michael caine play in peeper": after a part played "in", a title, typed as it may be)
    played_in = len(last) == 1 and words[last[0].start - 2] in _PLAY_WORDS | _PART_WORDS
    if len(last) != 1 or len(last[0].films) != 1 or not (re.search(r"\d|\b[A-Z]", typed) or played_in):
        return found
    return _Title(last[0], found.strength, False, last[0].films)


def _owner_without_s(subject: str | None, role: str | None) -> str | None:
    """ "whoopi's character in sister act 2 whats her name again": the actor, not "whoopi s"."""
    return subject[:-2] if subject and role == "actor" and subject.endswith(" s") else subject


def _without_title(subject: str | None, unknown: str | None) -> str | None:
    """The part asked, without the title we lack typed after it ("america chavez in doctor strange
    2": the film is found by its number, the part is America Chavez)."""
    if subject is None or unknown is None:
        return subject
    said = re.escape(" ".join(key_words(unknown)))
    return re.sub(rf" (?:in|from|of) (?:the )?{said}$", "", subject) or subject


def _no_work(unknown: str | None) -> str | None:
    """The words taken for a title we lack, unless they only name a kind of work ("and who made the
    manga": the film's source) or the job asked ("and who produced")."""
    return None if unknown is not None and _WORK_WORDS.fullmatch(fold(unknown)) else unknown


_WORK_WORDS = re.compile(
    r"(?:the |a )?(?:original )?(?:manga|comics?|graphic novel|book|novel|play|short story|story|source|musical)"
    r"|produced|producers?|published"
)


def _versioned(masked: str) -> str:
    """The question with a version said as the film ("and the original": which version, not a question
    about a source), said before the title as the title itself ("who voices chucky in the original
    childs play")."""
    return re.sub(r"\bFILM(?: FILM)+\b", "FILM", _VERSION.sub("FILM", masked))


def _parse(text: str, titles: TitleIndex | None) -> Request:
    tokens = tokenize(text)
    found = _named_last(tokens, titles, _find_title(tokens, titles))
    if found.weak and _EDITION_OF_TALK.search(" ".join(t.key for t in tokens)):
        found = _Title()  # "ok and the 1931 one, who are the women in it": that year's film, not The Women
    masked_words = _mask(tokens, found)
    masked = " ".join(masked_words)
    kind, strength, subject, role = _asked_last(text, tokens, _read_kind(_versioned(masked), found.described))
    spot = found.spot
    year = found.year if found.year is not None or spot is None else _year_said_after(masked)
    # ("see spot run - what kind of dog is spot": words set off before the question, a title we lack)
    unknown = _set_off_opening(text) if spot is None else None
    # ("what about the remake"; "sounds wild lol who directed it": a reaction, then the question)
    reaction = bool(masked_words) and masked_words[0] in _REACTIONS
    # ("… the 56 movie with the same name": the title talked about, another year)
    same = _SAME_TITLE.search(masked) is not None
    if (
        unknown is None
        and spot is None
        and not found.described
        and _version(masked) is None
        and not reaction
        and not same
    ):
        # ("what happens in midnight lanterns 2009": a title we lack, its year after it)
        plain_words = (
            masked_words[:-1]
            if len(masked_words) > 2 and YEAR_TOKEN.fullmatch(masked_words[-1])
            else masked_words
        )
        plain = " ".join(plain_words)
        unknown = (
            _numbered_we_lack(tokens, titles)
            or _series_first_we_lack(tokens, titles)
            or next((m for rule in _UNKNOWN_TITLE if (m := rule(plain_words, plain, kind, subject))), None)
            or _unknown_before_question(masked, kind, text.lower())
        )
    elif spot is not None and not (found.year is not None and spot.start == 0):
        # "who does the terminator protect in t2": the film is the one named last, and we lack it
        # (only when those words look like a title: a number in them, or capitals; not "in the army";
        # not after a title and its year open the question: "magnolia 1999 … what part of LA")
        unknown = _unknown_after_title(text, masked_words, masked)
        # "best in show cast lol the dog show one": a title we lack opens the question, keyword style;
        # a lone common word later ("the dog") is no film
        unknown = (
            unknown
            or (_opening_keyword_title(tokens) if found.weak and spot.start > 0 else None)
            or _opening_before_question(tokens, spot)
        )
        # "phantom of the opera 2004 who plays the phantom": the part asked, not The Phantom; the
        # title (one we lack) opens the question
        # ("american pie presents band camp": a film of the series we lack)
        unknown = (
            unknown
            or (_title_before_part(tokens, spot) if found.weak else None)
            or _another_subtitle(tokens, spot)
            or _inside_a_longer_title(tokens, spot)
            or _title_then_number(tokens, spot)
            or _title_then_to(tokens, spot)
            or _title_then_sequel_word(tokens, spot)
            or (_title_joined_on(tokens, spot) if found.weak else None)
            or _title_and_more(tokens, spot)
            or _series_film_we_lack(tokens, titles, spot)
            or _described_after_unknown(text, tokens, spot, kind, subject)
        )
        # "maniac cop 3 badge of silence cast": a numbered film of a title we have, over a typo
        # found later (not The Silencers)
        # (or a word of its subtitle we happen to have: "maniac cop 3 badge of silence", not The Silence)
        unknown = unknown or _numbered_outside(tokens, titles, spot)
        if unknown is not None:
            spot, found = None, _Title()
    unknown = _opened_by_last(_no_work(unknown), tokens)
    if unknown is not None:
        year = _short_year_after([t.key for t in tokens], unknown)
    elif (spot is None or (found.weak and year is None)) and (
        re.search(
            r"\b(?:1|version|remake|original|film|movie|miniseries|series|serial|adaptation|cartoon)\b",
            masked,
        )
        # ("and the 85 western with that name?": the kind of film of the year's version of the title)
        or (not found.described and _KIND_WITH_THAT_NAME.search(masked))
        # "and 2005?", "what about 1976": a year alone asks the last question of that year's film
        or (all(is_frame(w) for w in masked_words) and any(YEAR_TOKEN.match(w) for w in masked_words))
        or opens_with_year_of_kind(masked)  # "1936 mystery about a man with amnesia …"
        # ("the porky pig short from 1940 where …": the year said of the film asked for)
        or (found.described and _DESCRIBED_FROM_YEAR.search(masked) is not None)
    ):
        year = _year_in(
            [t.key for t in tokens], short=True
        )  # "what about the 1998 one", "the original from 62"
    sequel = _sequel_asked(masked, named=spot is not None) if unknown is None else None
    if sequel is None and spot is not None and found.weak and _played(_place(tokens, spot)):
        sequel = _sequel(masked)  # ("and in the sequel who plays the farmer": a part, not The Farmer)
    if sequel is None and spot is None and unknown is None:
        sequel = _part_said(text)  # "and who directed part 2": the conversation's series, its 2nd
    edition = spot is None and unknown is None and year is not None
    # ("footloose the remake who directed": the version said right beside the title, or denied there)
    beside = spot is not None and any(
        re.search(r"\bFILM\W+(?:not\W+)?$", masked[: m.start()]) and m.group().startswith("the ")
        for m in _VERSION.finditer(masked)
    )
    version = _version(masked) if (spot is None or beside) and unknown is None and not edition else None
    if version == "earlier" and sequel == 1:
        sequel = None  # "the first version" is the original, not the first of a series
    focus = _focus(masked, masked_words) if kind in {"plot", "search"} else None
    # "what island is jurassic park on", "what island is it on": a question about a film's story
    story = focus in {"where", "when", "who", "why", "name"}
    # "back to event horizon, what year is it set in": a question of its own, never the last one's
    # ("and the remake?? who did that one" asks the last question again: a bare "who" asks nothing new)
    bare_who = focus == "who" and all(is_frame(w) for w in masked_words if w != "FILM")
    asks_story = (
        kind == "search"
        and not found.described
        and ((story and not bare_who) or bool(_OWN_QUESTION.search(masked)))
    )
    if (
        kind == "search"
        and not found.described
        and (spot is not None or edition or sequel is not None or story or asks_story)
    ):
        kind = "plot"
    # one typed word may give two tokens ("alright" → all right): written once
    typed = dict.fromkeys((t.start, t.raw) for t in tokens[spot.start : spot.end]) if spot else {}
    mention = " ".join(raw for _, raw in typed) if spot else None
    # "and jaws", "ok now alien": only a title, after the conversation's question
    only_title = (
        spot is not None
        and re.fullmatch(r"(?:(?:and|ok|okay|now|then|so) )*FILM(?: (?:one|1))?", masked) is not None
    )
    genres, decade = _hints(" ".join(_plain_words(tokens))) if found.described else ((), None)
    if unknown is None and not found.described:
        # "and the 60s one": the version of that decade (of the conversation's title, or the one named)
        decade = _version_decade(masked)
    return Request(
        text=text,
        kind=kind,
        query=_query(_mask(tokens, found, numerals_as_typed=True), mention if found.weak else None) or text,
        which_film=found.described and unknown is None,
        of_described=_asked_of_described(text.lower()) if found.described else None,
        mention=_as_typed(text, tokens, unknown) if unknown else mention,
        films=_of_the_age_said(found.films, masked),
        year=year,
        unknown_title=unknown is not None,
        subject=_owner_without_s(_without_title(subject, unknown), role),
        subject_role=role,
        focus=focus,
        refers_back=spot is None and unknown is None,
        passed_over=_passed_over(tokens, titles) if spot is None and unknown is None else (),
        # ("ok and dogma, whos in that": a title named first, after "and", is the film meant)
        weak_mention=found.weak
        and not only_title
        # ("what about the newer awake": a version word picks the title's film)
        and not (spot is not None and spot.start > 0 and tokens[spot.start - 1].key in VERSION_WORDS)
        and not re.match(r"(?:(?:ok|okay|so) )?and FILM\b", masked)
        # ("different movie, d-war who wrote it": the title after a word of switching is the film meant)
        and not _ANOTHER_FILM.match(masked),
        switch=bool(_SWITCH.search(masked) and spot)
        or only_title
        or edition
        or sequel is not None
        or version is not None
        or (spot is not None and strength == 0 and not found.weak),
        cued=strength > 0 or asks_story,
        sequel=sequel,
        version=version,
        aside=found.aside if spot is not None else None,
        leading=_leading(tokens, spot),
        asks_if=_asks_if(masked) if kind in {"director", "writer"} else None,
        made_by=_named_before(tokens, found),
        genres=genres,
        decade=decade,
        followup=strength == 0
        and not asks_story
        and spot is None
        and unknown is None
        and not found.described
        and (
            (masked_words[:1] or [""])[0] not in _OPENERS - {"and", "or", "but"}
            or subject is not None
            # ("what about the prequel": the last question, of the film said to come before)
            or re.fullmatch(r"(?:(?:and|ok|so) )*(?:what|how) about (?:the|its) prequel", masked) is not None
        ),
    )


# "did ridley scott direct aliens", "was jaws directed by spielberg": yes or no, and who did
_ASKS_IF = (
    re.compile(
        # (not "didnt those three make another movie together": a film they made, no credit of this one)
        r"^(?:did|does|was|is) (?P<p>(?!FILM\b|it\b|the\b|this\b|that\b|they\b|he\b|she\b|not\b|those\b|these\b|there\b)"
        r"[a-z][\w ]*?) (?:direct|directed|write|wrote|written|make|made|helm|helmed)\b(?! (?:another|other|more)\b)"
    ),
    re.compile(r"^(?:was|is) (?:FILM|it|this|that) (?:directed|written|made|helmed) by (?P<p>[a-z][\w ]*?)$"),
)


# the credit a question asks of the film it describes: at its start ("who directed the movie where
# …") or its end ("… who directed it")
_OF_DESCRIBED = (
    (
        "director",
        re.compile(
            r"^(?:so |ok |hey )?who (?:directed|made)\b|\bwho (?:directed|made)(?: it| that)?\W*$"
            r"|[,-] ?(?:the |its )?director\W*$"  # "…, director?": asked in a word, set off
        ),
    ),
    (
        "writer",
        re.compile(
            r"^(?:so |ok |hey )?who wrote\b|\bwho wrote(?: it| that)?\W*$|[,-] ?(?:the |its )?(?:screen)?writers?\W*$"
        ),
    ),
    (
        "cast",
        re.compile(
            r"^(?:so |ok |hey )?who (?:starred|stars|was|is|acted) in\b|\bwho(?: starred| was| is|'s|’s|s) in (?:it|that)\W*$"
            r"|[,-] ?(?:the |its )?cast\W*$"
        ),
    ),
)


def _asked_of_described(text: str) -> str | None:
    return next((kind for kind, rx in _OF_DESCRIBED if rx.search(text)), None)


def _leading(tokens: list[_Token], spot: Spot | None) -> str | None:
    """ "pacino in heat cast", "vampire in brooklyn director": name words open the message, then
    "in"/"of" and a one-word title; "midnight in paris owen wilson who else is in it": name words
    right before a one-word title and its question (whether they are the film's people is read when
    it is resolved). The words, "in" kept when it joins them to the title."""
    # ("the older american beauty cast": which version, said before its title)
    if spot is None or spot.start == 0 or _edition_before(tokens, spot):
        return None
    owner = _owner_before(tokens, spot) or _noun_of_title(tokens, spot)
    if owner is None and _opens_a_longer_title(tokens, spot):
        owner = " ".join(t.raw for t in tokens[: spot.start]).lower()
    owner = owner or _names_joined_on(tokens, spot)
    if owner is not None:
        return owner
    one_word = spot.end - spot.start == 1
    if spot.end - spot.start > LEADING_TITLE_WORDS:
        return _name_before_title(tokens, spot)
    if one_word and _place(tokens, spot).led:
        return " ".join(t.raw for t in tokens[: spot.start]).lower()
    ending = (
        (_words_before_ending_title(tokens, spot) or _verb_opening_title(tokens, spot)) if one_word else None
    )
    if ending is not None:
        return ending
    before = [t.key for t in tokens[: spot.start]]
    after = tokens[spot.end].key if spot.end < len(tokens) else ""
    # ("spongebob sponge on the run who directed": "on" joins them to a title opening with its article)
    # (and "war for the planet of the apes director")
    joined = before[-1] in LEADING_JOINS | {"for"} and tokens[spot.start].key in ARTICLES
    joiners = _TITLE_JOINERS | {"for"} if joined else _TITLE_JOINERS
    named = all(_word_of_title(before, i) or w in joiners for i, w in enumerate(before)) and (
        _word_of_title(before, len(before) - 1) or joined
    )
    # ("click adam sandler remote control movie who wrote it": a film word, then the question)
    then = tokens[spot.end + 1].key if spot.end + 1 < len(tokens) else ""
    asked = after in ASKING or after in _CUE_WORDS or (after in FILM_WORDS and (then in ASKING or not then))
    return " ".join(t.raw for t in tokens[: spot.start]).lower() if named and asked else None


def _edition_before(tokens: list[_Token], spot: Spot) -> bool:
    """Only an article and words picking one of several versions before the title ("the older"), or
    the newest film of its name ("the newest jumanji")."""
    return (len(spot.films) > 1 or tokens[spot.start - 1].key in NEWEST) and all(
        t.key in ARTICLES or t.key in _EDITION_WORDS for t in tokens[: spot.start]
    )


def _names_joined_on(tokens: list[_Token], spot: Spot) -> str | None:
    """ "who played jiggs in jiggs and maggie in society": names joined by "and" right before a title
    that opens with a joining word (In Society) — its stars, or the start of a longer title (whether they
    are its people is read when it is resolved)."""
    if tokens[spot.start].key not in _WITHIN_TITLES | {"in"}:
        return None
    start = spot.start
    while start > 0 and (_name_word(tokens[start - 1].key) or tokens[start - 1].key == "and"):
        start -= 1
    run = [t.key for t in tokens[start : spot.start]]
    if len(run) < 3 or "and" not in run[1:-1] or not all(_name_word(w) or w == "and" for w in run):
        return None
    return " ".join(t.raw for t in tokens[start : spot.start]).lower()


def _name_before_title(tokens: list[_Token], spot: Spot) -> str | None:
    """ "bob steele billy the kid picture from 41 …": a name of two or three words opening the message
    right before a longer title, then a word for a film or the question — whose film it is (read when
    it is resolved: a film not theirs is not the one asked about)."""
    before = [t.key for t in tokens[: spot.start]]
    after = tokens[spot.end].key if spot.end < len(tokens) else ""
    if (
        2 <= len(before) <= 3
        and all(_name_word(w) and w not in CHATTER and w not in ARTICLES for w in before)
        and (after in FILM_WORDS or after in ASKING or after in _CUE_WORDS)
    ):
        return " ".join(t.raw for t in tokens[: spot.start]).lower()
    return None


def _word_of_title(words: list[str], i: int) -> bool:
    """A word that may stand in a title before the one found: a word of a name, a count ("three
    little pirates" → "3"), or any plain word after an article ("the unchastened woman")."""
    w = words[i]
    after_article = i > 0 and words[i - 1] in ARTICLES and w.isalpha() and not is_frame(w)
    return _name_word(w) or re.fullmatch(r"\d", w) is not None or after_article


LEADING_TITLE_WORDS = 2  # the longest title words opening the message may lead to (a longer one stands out)


def _opens_a_longer_title(tokens: list[_Token], spot: Spot) -> bool:
    """ "dont be a menace to south central - who wrote it", "war for the planet of the apes director":
    words that ask nothing open the message and join on to the title, and the question is set off
    after it or asked in a word — the start of a longer title."""
    before = [t.key for t in tokens[: spot.start]]
    after = tokens[spot.end].key if spot.end < len(tokens) else ""
    return (
        2 <= len(before) <= 5
        and before[0] not in ARTICLES | _POSSESSIVES  # ("the music for jaws, who did it")
        and before[-1] in _WITHIN_TITLES
        and not any(w in ASKING or w in _CUE_WORDS or w in _KEYWORD_ASKS for w in before)
        and any(_name_word(w) for w in before[:-1])
        # ("back to the runaways - who directed it", "ok so about jaws - …")
        and not _SWITCH.match(" ".join(before))
        and not set(before) & CHATTER
        # (set off, or one word asking, keyword style: "war for the planet of the apes director")
        and (_set_off(tokens, spot.end) or (after in _KEYWORD_ASKS and spot.end == len(tokens) - 1))
        and (after in ASKING or after in _CUE_WORDS or after in _KEYWORD_ASKS)
    )


def _verb_opening_title(tokens: list[_Token], spot: Spot) -> str | None:
    """ "waiting for forever who directed it", "geared to go - whos in it": a verb and its joining
    word, opening the message right before a one-word title, open a longer title (whether one we hold
    is read when it is resolved); so does a verb alone right before the title and its question
    ("rocking moon who made it")."""
    before = [t.key for t in tokens[: spot.start]]
    after = tokens[spot.end].key if spot.end < len(tokens) else ""
    verb = bool(before) and len(before[0]) > 4 and before[0].endswith(("ing", "ed"))
    plain = verb and not any(is_frame(w) or w in _CUE_WORDS or w in _SLOT_BEFORE for w in before[:-1])
    joined = 2 <= len(before) <= 3 and before[-1] in _WITHIN_TITLES
    # (only "-ing": "watched heat who was in it" is what the user did)
    doing = before[:1] == before and before[0].endswith("ing") and not is_frame(before[0])
    alone = doing and not {before[0], before[0].removeprefix("re")} & (_SLOT_BEFORE | _CUE_WORDS)
    if plain and (joined or (alone and (after in ASKING or after in _CUE_WORDS or after in _KEYWORD_ASKS))):
        return " ".join(t.raw for t in tokens[: spot.start]).lower()
    return None


_TITLE_JOINERS = frozenset({"in", "of", "the", "and", "a", "on", "at"})
_WITHIN_TITLES = wordset("over under from to for with on at of and")
ENDING_TITLE_WORDS = 4  # the most words between "in" (or the verb) and a one-word title ending the question


def _words_before_ending_title(tokens: list[_Token], spot: Spot) -> str | None:
    """ "who plays the mom in lanterns over harlow": words between "in" and a one-word title that
    ends the question (whether they are its people, or a longer title we lack, is read when it is
    resolved)."""
    if spot.end != len(tokens):
        return None
    k = spot.start - 1
    while k > 0 and spot.start - k <= ENDING_TITLE_WORDS and tokens[k].key not in _TITLE_AFTER:
        k -= 1
    words = [t.key for t in tokens[k + 1 : spot.start]]
    # ("who directed for the love of benji", "who's in the marine 5 battleground"; not "who did the
    # music for benji", "who's in the 1974 benji")
    # (a part's word may be a title's: "for the love of")
    plain = all(
        (_word_of_title(words, i) or w in _WITHIN_TITLES | ARTICLES | ROLE_WORDS)
        and w not in FILM_WORDS | VERSION_WORDS | _FOR_A_FILM | _OF_A_FILM | GENRE_WORDS
        for i, w in enumerate(words)
    )
    named = any(_name_word(w) or w in ROLE_WORDS for w in words) and words[-1] not in ARTICLES
    return " ".join(words) if tokens[k].key in _TITLE_AFTER and named and plain else None


# the words a title stands right after, in a question that ends with it
_TITLE_AFTER = wordset("in directed direct directs wrote writes made makes produced")


# what is asked "of" a film without being its title: "the making of the godfather", "the theme of the graduate"
_TOLD_OF_A_FILM = wordset(
    "making theme music soundtrack score song songs budget meaning premise message moral point setting title "
    "poster release reception remake sequel prequel star stars hero heroine villain rest"
)


def _noun_of_title(tokens: list[_Token], spot: Spot) -> str | None:
    """ "tell me about the hunting of the hawk": "the", a word that asks nothing and "of" before a
    title typed with its article — the start of a longer title, unless the film's reviews say the word
    (read when it is resolved; "the cast of the hawk" asks the cast)."""
    before = [t.key for t in tokens[: spot.start]]
    if (
        len(before) >= 3
        and before[-1] == "of"
        and before[-3] == "the"
        and tokens[spot.start].key == "the"
        and len(before[-2]) > 3
        and not is_frame(before[-2])
        and before[-2] not in _CUE_WORDS | _KEYWORD_ASKS | _TOLD_OF_A_FILM
    ):
        return " ".join(before[-3:])
    return None


def _owner_before(tokens: list[_Token], spot: Spot) -> str | None:
    """ "who directed pee-wee's big adventure", "nolan's dark knight": whose the film is, said in place
    of the article its title opens with — a person of the film, or the start of a longer title we lack
    (read when it is resolved)."""
    if spot.start < 1 or not tokens[spot.start - 1].raw.lower().endswith(("'s", "’s")):
        return None
    if tokens[spot.start].key in ARTICLES or not all(
        f.title.lower().startswith(("the ", "a ", "an ")) for f in spot.films
    ):
        return None
    owner = tokens[spot.start - 1].raw
    start = spot.start - 1
    while start > 0 and tokens[start - 1].raw == owner:
        start -= 1  # ("pee-wee's": two keys, one word)
    return owner.lower() if _name_word(tokens[start].key) else None


def _asks_if(masked: str) -> str | None:
    return next((m.group("p") for rx in _ASKS_IF if (m := rx.search(masked))), None)


_EDITION_OF_TALK = re.compile(r"\bthe (?:19|20)\d\d (?:1|version|film|movie|remake)\b")


def _query(masked_words: list[str], weak_mention: str | None) -> str:
    """The words to search with: the question without its title (a weak mention's words kept: it
    may be the conversation's film after all, "what island is it on")."""
    # "in the first star wars", "the original cape fear": words that pick the film ask nothing
    picked = {
        i for i, w in enumerate(masked_words) if w in _EDITION_WORDS and "FILM" in masked_words[i + 1 : i + 3]
    }
    words = [
        w
        for i, m in enumerate(masked_words)
        if i not in picked
        for w in ((weak_mention or "").lower().split() if m == "FILM" else [m])
    ]
    return " ".join(words)


_EDITION_WORDS = frozenset(
    {"first", "original", "new", "newer", "newest", "latest", "later", "recent", "old", "older", "earlier"}
    | {"classic", "remake"}
)


def _looks_like_title(text: str, words: str) -> bool:
    typed = _as_typed(text, tokenize(text), words)
    return any(ch.isdigit() for ch in typed) or any(
        w[:1].isupper() for w in typed.split() if w.lower() not in ARTICLES
    )


def _opened_by_last(unknown: str | None, tokens: list[_Token]) -> str | None:
    """ "the last emperor": a longer title "the last" opens, not the last of Emperor's films."""
    if unknown is not None and f" the last {unknown} " in f" {' '.join(t.key for t in tokens)} ":
        return f"the last {unknown}"
    return unknown


_KINDS_OF_WORK = wordset("play musical novel book story show opera comic manga series poem song")


def _as_typed(text: str, tokens: list[_Token], words: str) -> str:
    """The words of an unknown title as the person typed them ("Ocean's Twelve", not "ocean s 12")."""
    want = words.split()
    for i in range(len(tokens)):
        got: list[str] = []
        for j in range(i, len(tokens)):
            got.extend(_spelled_out(tokens[j]))
            if got == want:
                # (a bracket opened around a year belongs to the year: "saltwater accountant (2016)")
                typed = text[tokens[i].start : tokens[j].end].strip(" ,.?!")
                return (
                    re.sub(r"\s*\(\s*(?:\d{4})?$", "", typed)
                    if typed.count("(") > typed.count(")")
                    else typed
                )
            if len(got) >= len(want) or got != want[: len(got)]:
                break
    return words


def _dated_title(
    titles: TitleIndex | None, words: list[str], spot: Spot, year: int | None, year_at: set[int]
) -> Spot:
    """ "jobs 2013 steve jobs is played by": no film of the title found is of the year given, but the
    title on the year's other side is (Jobs, 2013; not Steve Jobs, 2015)."""
    if titles is None or year is None or any(f.year == year for f in spot.films):
        return spot
    other = [
        s
        for s in titles.spot_exact(words)
        if s != spot and (s.end in year_at or s.start - 1 in year_at) and any(f.year == year for f in s.films)
    ]
    return other[0] if len(other) == 1 else spot


def _year_near(
    words: list[str], spot: Spot | None, films: tuple[FilmRef, ...]
) -> tuple[int | None, set[int]]:
    """A year written with the title: "heat 1995", "heat (1995)", "the 1933 king kong", "king kong
    from 1933", or two digits that fit one of the films ("aliens 86", "cape fear from 62")."""
    if spot is None:
        return None, set()
    # right after the title, or a few question words later ("the titanic miniseries from 1996")
    after = [i for i in range(spot.end, min(len(words), spot.end + 4))]
    # ("the 1950 disney treasure island": one word of who made it between the year and the title)
    named_between = [spot.start - 2] if spot.start >= 2 and _name_word(words[spot.start - 1]) else []
    # ("in the 1955 version of the spoilers")
    version_of = (
        [spot.start - 3]
        if spot.start >= 3 and words[spot.start - 1] == "of" and words[spot.start - 2] in _VERSION_OF
        else []
    )
    # ("the 89 slasher just called intruder": the year of the film described, then what it is called)
    called = (
        list(range(spot.start - 2, max(-1, spot.start - 6), -1))
        if spot.start >= 1 and words[spot.start - 1] in {"called", "titled", "named"}
        else []
    )
    # ("the 2019 lion king who voices simba": right before the title first)
    for i in [spot.start - 1, *named_between, *version_of, *called, *after]:
        if not 0 <= i < len(words):
            continue
        if YEAR_TOKEN.match(words[i]):
            return int(words[i]), {i}
        if re.fullmatch(r"\d\d", words[i]):
            fits = [f.year for f in films if f.year is not None and f.year % 100 == int(words[i])]
            if fits:
                return fits[0], {i}
            # ("the four feathers from 39", "power rangers movie 95": that year, had or not)
            if i > spot.end and words[i - 1] in {"from", "movie", "film"}:
                return two_digit_year(words[i]), {i}
            # ("the 94 frankenstein": that year's, whatever its title)
            if i == spot.start - 1 and i > 0 and words[i - 1] == "the":
                return two_digit_year(words[i]), {i}
        # ("… serial from 43", "fail safe back in 64")
        if i >= spot.end and not is_frame(words[i]) and words[i] not in _FORMS | {"back", "way"}:
            break
        # ("deadline at eleven 1920": a number going on with a longer title, the year that title's)
        if (
            i > spot.end
            and re.fullmatch(r"\d{1,2}", words[i])
            and words[i - 1] not in {"from", "the", "in", "of"}
        ):
            break
    return None, set()


_VERSION_OF = frozenset({"version", "remake", "adaptation", "film", "movie", "one", "1", "edition"})


def _as_written(article: bool, films: tuple[FilmRef, ...]) -> tuple[FilmRef, ...]:
    """ "black swan" is Black Swan rather than The Black Swan: a title written with (or without) its
    article picks the films so titled, when others differ only by it."""
    same = tuple(f for f in films if (fold(f.title).split()[:1] in (["the"], ["a"], ["an"])) == article)
    return same or films


def _edition(
    before: list[str], films: tuple[FilmRef, ...], after: str = "", later: tuple[str, ...] = ()
) -> tuple[FilmRef, ...]:
    """ "the original cape fear", "the first rocky" → the earliest; "the new/latest/remake",
    "the lion king remake" → the latest; "the 90s cape fear", "cape fear from the 90s" → the one
    from the 1990s (`later`: the few words after the title)."""
    ordered = sorted(films, key=lambda f: f.year or 0)
    if {"original", "first", "old", "older", "earlier", "classic"} & set(before):
        return (ordered[0],)
    if _LATEST & set(before) or after in {"remake", "reboot"}:
        return (ordered[-1],)
    said = [*before, *(w for i, w in enumerate(later) if i >= 1 and later[i - 1] == "the")]
    decade = next((int(m.group(1)) for w in said if (m := re.fullmatch(r"(?:19)?([2-9]0)s", w))), None)
    in_decade = tuple(f for f in films if decade is not None and f.year and f.year % 100 // 10 * 10 == decade)
    return in_decade if len(in_decade) == 1 else films


_LATEST = wordset("new newer newest latest later last final recent remake")  # "the last torchy movie"
NEWEST = _LATEST - {"remake"}  # (words for the newest film of a name, not of that very title)


def _with_later_instalments(
    titles: TitleIndex | None, before: list[str], films: tuple[FilmRef, ...]
) -> tuple[FilmRef, ...]:
    """ "the new top gun", "the latest jumanji": a word for the newest right before a title reaches
    the later films of its name too — subtitled (Top Gun: Maverick) or numbered (Scream 4) — not
    other titles that only open with it (Jaws of Satan), nor "the remake" (of that very title)."""
    if titles is None or not films or not set(before) & NEWEST:
        return films
    key = title_key(films[0].title)
    numbered = re.compile(rf"{re.escape(key)} (?:\d+|[ivx]+)\b.*")
    family = {
        *titles.subtitled_after(key),
        *(f for f in titles.series(films[0]) if numbered.fullmatch(title_key(f.title))),
    }
    newest = max(f.year or 0 for f in films)
    return (*films, *sorted((f for f in family if (f.year or 0) > newest), key=lambda f: f.year or 0))


ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8,
}  # fmt: skip
# how a turn that only follows on opens ("and …", "what about …")
_TURN_OPENER = r"(?:and |what about |how about |ok )"
_SEQUEL = re.compile(
    r"\b(?P<n>"
    + "|".join(ORDINALS)
    + r") (?:1|movie|film|part|installment|entry)\b|\bthe (?P<next>sequel|next 1|1 after (?:it|that|this))\b"
    # "and part 2?" (read as "and 2"), "and number 2?"
    + rf"|^{_TURN_OPENER}+(?:part |number |no |num )?(?P<num>[1-9])$"
)


# what kind of film a version is, between "older" and "version" ("an older tv version")
_VERSION_KIND = "(?:" + "|".join(sorted(KINDS_OF_VERSION | {"tv", "television", "british", "american"})) + ")"
_VERSION = re.compile(
    # (not "was it a remake": whether it is one)
    r"(?<!\bis it )(?<!\bwas it )(?<!\bis that )(?<!\bwas that )(?<!\bits )(?<!\bit s )\b(?:the|an?) (?:(?:19|20)?\d0s |(?:19|20)\d\d )?(?:(?P<later>remake(?! of\b)|reboot|(?:newer|new|newest|latest|later|recent|more recent) (?:"
    + _VERSION_KIND
    + r" )?(?:1|version|film|movie|remake))"
    r"|(?P<earlier>(?:(?<=the )|(?<=\d\d ))original(?! (?:novella|novel|book|story|stories|play|comics?|manga|memoir|source|script|screenplay|(?:\w+ )?(?:title|name)s?)\b)(?: 1| version| film| movie)?|original (?:1|version|film|movie)|first version"
    # ("wasnt there an older tv version": what kind of film it was, between)
    r"|(?:older|old|oldest|earlier) (?:" + _VERSION_KIND + r" )?(?:1|version|film|movie)))\b"
    # "a book or an original" is no version
)


_VERSION_DECADE = re.compile(
    r"\bthe (?P<c>19|20)?(?P<d>[0-9])0s (?:\w+ )?(?:1|one|version|film|movie|remake|original|adaptation)\b"
)


def _version_decade(masked: str) -> int | None:
    """ "and the 60s one", "same for the 1970s version" → 1960, 1970 (a two-digit decade from the
    20s on is the 1900s)."""
    m = _VERSION_DECADE.search(masked)
    if m is None:
        return None
    tens = int(m.group("d")) * 10
    century = int(m.group("c")) if m.group("c") else (19 if tens >= 20 else 20)
    return century * 100 + tens


def _version(masked: str) -> str | None:
    """ "and the remake", "the newer one" → "later"; "the original", "the older one" → "earlier"."""
    # ("its a remake right? who was in the original": the last one said is the one asked; "the original
    # not the remake": one denied is not, and alone it asks the other)
    said = [(m, masked[: m.start()].endswith(("not ", "no "))) for m in _VERSION.finditer(masked)]
    asked = [m for m, denied in said if not denied]
    if asked:
        return "later" if asked[-1].group("later") else "earlier"
    return None if not said else ("earlier" if said[-1][0].group("later") else "later")


# genre words people use → the genre labels a corpus gives films ("Western", "Horror", …)
_GENRES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = tuple(
    (re.compile(p), labels)
    for p, labels in (
        (r"\bwesterns?\b|\bcowboys?\b", ("Western",)),
        (r"\bhorror\b|\bscary\b|\bslasher\b", ("Horror", "Slasher", "Supernatural")),
        (r"\banimated\b|\bcartoons?\b|\banimation\b|\bpixar\b", ("Animated",)),
        (r"\bmusical\b", ("Musical",)),
        (r"\brom ?coms?\b|\bromantic comedy\b", ("Romance", "Comedy")),
        (r"\bsci ?fi\b|\bscience fiction\b", ("Science Fiction",)),
        (r"\bwar (?:movie|film|flick)\b", ("War",)),
        (r"\bdocumentary\b|\bdocu\b", ("Documentary",)),
        (r"\bnoir\b", ("Noir",)),
        (r"\bsuperhero\b", ("Superhero",)),
        (r"\bsports? (?:movie|film|flick)\b", ("Sports", "Sport")),
        (r"\bspy (?:movie|film|flick|thriller)\b", ("Spy",)),
        (r"\bkung fu\b|\bmartial arts\b", ("Martial Arts",)),
        (r"\bsilent (?:movie|film)\b", ("Silent",)),
        (r"\bbiopic\b", ("Biography",)),
    )
)
# "70s movie where …", "a film from the 1950s": the decade it came out in ("in the 50s" is when it
# is set, not when it came out)
_DECADE = re.compile(
    r"\b(?:(?P<c>19|20)?(?P<d>[0-9]0)s (?:[a-z]+ ){0,2}(?:movie|film|flick|1|cartoon|musical|western|comedy|drama"
    r"|thriller|horror|romcom|biopic|documentary|noir|picture|epic|romance|mystery|adventure)"
    r"|(?:movie|film|flick|1) from the (?P<c2>19|20)?(?P<d2>[0-9]0)s)\b"
)


# ("70s sci fi where …", "80s doc about …": a kind that may also be a thing's, opening the message)
_DECADE_OPENING = re.compile(
    r"^(?:\w+ ){0,2}(?P<c>19|20)?(?P<d>[0-9]0)s (?:sci fi|scifi|doc|docu|fantasy|slasher|mockumentary)\b"
)


def _hints(plain: str) -> tuple[tuple[str, ...], int | None]:
    """The genres and release decade a which-film question names."""
    genres = tuple(dict.fromkeys(g for rx, labels in _GENRES if rx.search(plain) for g in labels))
    m = _DECADE.search(plain) or _DECADE_OPENING.search(plain)
    return genres, None if m is None else _decade_start(m)


def _decade_start(m: re.Match[str]) -> int:
    said = m.groupdict()
    century, tens = said.get("c") or said.get("c2"), int(said.get("d") or said.get("d2") or 0)
    return int(century) * 100 + tens if century else (1900 + tens if tens >= 20 else 2000 + tens)


DECADE_OPENS_WITHIN = 3  # words before the decade a message opens with ("old 70s action movie")


def opening_decade(text: str) -> int | None:
    """ "70s action movie that mashes up blaxploitation and kung fu …": the decade a message says,
    near its start, its film is from."""
    plain = fold(text)
    m = _DECADE.search(plain) or _DECADE_OPENING.search(plain)
    return None if m is None or len(plain[: m.start()].split()) > DECADE_OPENS_WITHIN else _decade_start(m)


def _of_the_age_said(films: tuple[FilmRef, ...], masked: str) -> tuple[FilmRef, ...]:
    """ "there's an older bolero too right?": of the films sharing the title, the oldest (or, "the
    newer king kong", the newest)."""
    m = _AGE_OF_TITLE.search(masked) if len(films) > 1 and all(f.year for f in films) else None
    if m is None:
        return films
    ordered = sorted(films, key=lambda f: f.year or 0)
    return (ordered[0],) if m.group("old") else (ordered[-1],)


_AGE_OF_TITLE = re.compile(
    r"\b(?:an?|the) (?:(?P<old>older|oldest|earlier|original|first)|newer|newest|later|latest|new) FILM\b"
)


def _sequel_asked(masked: str, *, named: bool) -> int | None:
    """Which film of a series is asked: of the conversation's film ("the 4th one", "the sequel"), or,
    with a film named, its sequel ("who directed the sequel to the godfather")."""
    if named:
        nth = _NTH_OF_NAMED.search(masked)
        if _BEFORE_NAMED.search(masked):
            return BEFORE
        return 0 if _SEQUEL_OF_NAMED.search(masked) else ORDINALS[nth.group("n")] if nth else None
    return _sequel(masked)


def _part_said(text: str) -> int | None:
    """ "and who directed part 2", "how about part iii, who plays mary" → 2, 3 (the word "part" is
    gone from the question's keys)."""
    m = _PART_SAID.search(text.lower())
    return None if m is None else int(key_words(m.group(1))[0])  # (numerals as titles' keys read them)


_PART_SAID = re.compile(r"\bpart ([2-9]|ii|iii|iv|v|vi|two|three|four|five|six)\b")


def _sequel(masked: str) -> int | None:
    """ "the 4th one" → 4, "the sequel" → 0 (the one after the conversation's film); "and the first?"
    → 1."""
    m = _SEQUEL.search(_LAST_ORDINAL.sub(r"\g<0> 1", masked))
    if m is None:
        return None
    if m.group("num"):
        return int(m.group("num"))
    return 0 if m.group("next") else ORDINALS[m.group("n")]


_LAST_ORDINAL = re.compile(rf"^{_TURN_OPENER}*the (?:" + "|".join(ORDINALS) + r")$")
# the sequel of the film named ("the sequel to FILM", "FILM sequel"; not "is FILM a sequel")
_SEQUEL_OF_NAMED = re.compile(
    r"\bthe (?:sequel|follow ?up|followup) (?:to|of) FILM\b|(?<!\ba )\bFILM(?: s)? sequel\b(?! to\b)"
    r"|\bthe (?:movie|film|one|1) (?:right |just )?(?:after|following) FILM\b"
)

# the film that came before the one named ("what was the first mickey cartoon, even before FILM", "the
# movie right before FILM"): never the film named (not "was FILM released before …": FILM is asked of)
BEFORE = -1
_BEFORE_NAMED = re.compile(
    r"\b(?:movie|film|one|1|cartoon|short|picture|entry|installment|instalment)"
    r"(?: that)?(?: (?:came|come|was|were)(?: out| made| released)?)?"
    r" (?:(?:right|just|directly|even|immediately) )?(?:before|preceding|prior to) FILM\b"
    # ("what did spielberg direct before jaws": a film of theirs)
    r"|^(?:what|which|whats|what s)\b.*\b(?:even|right|just|directly|immediately|direct|make|do|star in"
    r"|write|shoot) before FILM$"
)

# "second godfather cast", "who directed the third rocky movie": that film of the named one's series
# (not "first": "her first big movie" is no film of a series, and the first is the title named anyway)
_NTH_OF_NAMED = re.compile(r"\b(?P<n>" + "|".join(o for o in ORDINALS if ORDINALS[o] > 1) + r") FILM\b")

_KIND_OF_VERSION = re.compile(
    r"\b(the (?:\d\d|\d{4}) )(?:serial|miniseries|mini-series|telefilm)\b", re.IGNORECASE
)
_MONOCHROME = re.compile(
    r"\bblack (?:and|&|n) white(?= (?:one|version|film|movie)\b)|(?<=\bthe )black (?:and|&|n) white(?= \w)|\bb ?& ?w\b",
    re.IGNORECASE,
)
# "who played tony montana in the 1983 film scarface": a year, a word for a film, then its title (not
# "the 1983 film about a boxer": a story)
_DATED_FILM_TITLED = re.compile(
    r"\b(the (?:19|20)\d\d )(?:film|movie|flick|version of) (?!(?:about|where|with|w|in|that|which|who|whose|when"
    r"|starring|set|based|from|of|by|directed|written|made|i|you|he|she|they|is|was|and|or|but|one)\b)(?=[a-z])",
    re.IGNORECASE,
)
# "the silent 1917 one": a kind of version before its year, read as "the 1917 silent one"
_KIND_BEFORE_YEAR = re.compile(
    r"\bthe (silent|animated|cartoon|musical|tv|television|remake|original) ((?:19|20)\d\d|\d0s|'\d\d) "
    r"(one|version|film|movie|remake)\b",
    re.IGNORECASE,
)
# "the tv one from 1995": the year says which (the kind of version need not be told apart then)
_KIND_FROM_YEAR = re.compile(
    # (not "the animated one from 2009": a kind of version is read where the year does not tell)
    r"\bthe (?:tv|television|remake|original|new|old|older|newer)"
    r" (?:one|version|film|movie|remake) from ((?:19|20)\d\d)\b",
    re.IGNORECASE,
)

# "and the western from 1950 with the same title?": a follow-up asking another version, by its kind
# and its year (the year says which; the kind and "the same title" need not be read)
_VERSION_OF_A_KIND = re.compile(
    r"^(?P<lead>\W*(?:(?:ok|okay|so) )?(?:and|what about|how about) )the (?:[a-z]+ ){0,2}?"
    rf"(?:{'|'.join(sorted(GENRE_WORDS | FILM_WORDS | {'one', 'version', 'remake'}))}) from "
    r"(?P<year>(?:19|20)\d\d)(?: (?:with|of) the same (?:title|name)| too| then)?\W*$",
    re.IGNORECASE,
)

# "what is the shining hotel called": the name of a thing in the film the title before it names
_THING_OF_TITLE_NAMED = re.compile(
    r"^(?P<q>(?:(?:so|ok|and) )*(?:what|whats|what's|what s)(?: is| was| s)? )(?P<t>the(?: [\w'-]+)+?) "
    r"(?P<thing>[a-z]+) (?P<c>called|named|name)(?P<end>\W*)$",
    re.IGNORECASE,
)


def _thing_of_title_named(m: re.Match[str], titles: TitleIndex | None) -> str:
    """The question asked in the title's film ("what is the hotel called in the shining"), when the
    words before the thing are one title of ours with its article ("The Shining", not "the little")."""
    words = [t.key for t in tokenize(m["t"])]
    spots = titles.spot_exact(words) if titles is not None else []
    whole = any(
        s.start == 0 and s.end == len(words) and all(f.title.lower().startswith("the ") for f in s.films)
        for s in spots
    )
    if not whole:
        return m.group()
    return f"{m['q']}the {m['thing']} {m['c'] if m['c'] != 'name' else 'called'} in {m['t']}{m['end']}"


# ("the 89 slasher just called intruder", "a 96 hbo thriller called that": a kind of film too)
_TWO_DIGIT_VERSION = re.compile(
    r"\b(?P<a>the|an?) (?P<yy>\d\d) (?P<what>(?P<one>one|version|remake)|[a-z-]+(?: [a-z-]+)?)\b",
    re.IGNORECASE,
)


def _year_said_after(masked: str) -> int | None:
    """The year a film named is said to be from, checked when it is resolved: "jesus christ super star
    the 73 movie" (not Superstar, 1999), "billy the kid western from 43" (not the 1930 one)."""
    if said := _SHORT_YEAR_SAID.search(masked):
        return two_digit_year(said.group(1))
    if said := _KIND_OF_FILM_FROM.search(masked):
        return int(said.group(1)) if len(said.group(1)) == 4 else two_digit_year(said.group(1))
    return None


_KIND_OF_FILM_FROM = re.compile(
    rf"\bFILM (?:{_KIND_OF_FILM}|picture|one|version|remake|short)s? from ((?:19|20)\d\d|\d\d)\b"
)
_SHORT_YEAR_SAID = re.compile(r"\bthe (\d\d) (?:movie|film|one|version|remake)\b")


def _two_digit_version(m: re.Match[str], titles: TitleIndex | None) -> str:
    """ "the 39 one", "the 89 slasher" → the year in four digits (not a title: "the 21 movie")."""
    kind = m["one"] or not GENRE_WORDS.isdisjoint(m["what"].lower().split())
    if (titles is not None and titles.titled(m["yy"])) or not kind:
        return m.group()
    return f"{m['a']} {two_digit_year(m['yy'])} {m['what']}"


def _short_year_after(words: list[str], title: str) -> int | None:
    """The year said with a title we lack: the first year in the words, or two digits right after the
    title ("judge dredd 95 stallone who's …")."""
    if (year := _year_in(words)) is not None:
        return year
    said = title.split()
    for i in range(len(words) - len(said)):
        if words[i : i + len(said)] == said and re.fullmatch(r"\d\d", words[i + len(said)]):
            return two_digit_year(words[i + len(said)])
    return None


def two_digit_year(w: str) -> int:
    """ "62" → 1962, "05" → 2005."""
    return (1900 if int(w) >= 20 else 2000) + int(w)


def _year_in(words: list[str], *, short: bool = False) -> int | None:
    """The first year in the words; with `short`, "from 62" / "the 67 one" read as 1962 / 1967 too (checked
    against the title's films when resolved)."""
    for i, w in enumerate(words):
        if YEAR_TOKEN.match(w):
            return int(w)
        if short and re.fullmatch(r"\d\d", w) and i > 0 and words[i - 1] in {"from", "in", "of", "the"}:
            return two_digit_year(w)
    return None


_PLACED = frozenset({"in", "at", "from", "near"})
_STORY_ENDS_ON = frozenset({"for", "with", "into", "against", "by", "as", "than", "over"})
_ASKED_OF_A_FILM = wordset(
    "role roles character characters part parts play plays played name voice voices voiced who whos whose "
    "directed wrote cast"
)


def _article_apart(words: list[str], spot: Spot) -> bool:
    """ "whos in the saltwater accountant": the article of a title that has one (The Accountant) stands
    before another word, which makes a longer title we lack (not a word picking its version: "the older lion king")."""
    before = words[max(0, spot.start - 2) : spot.start]
    return (
        len(before) == 2
        and before[0] == "the"
        and not is_frame(before[1])
        and before[1] not in _EDITION_WORDS
        and words[spot.start] != "the"
        and all(f.title.lower().startswith("the ") for f in spot.films)
    )


def _other_article(words: list[str], spot: Spot) -> bool:
    """ "broadway through a keyhole 1933 whos in the cast": "a" where the title has "the" or none (The
    Keyhole), after words the message opens with that are no frame, is a longer title we lack."""
    return (
        spot.start >= 2
        and words[spot.start] in {"a", "an"}
        and not is_frame(words[0])
        and not any(re.match(r"(?:a|an) ", f.title, re.IGNORECASE) for f in spot.films)
    )


def _number_of_another_title(tokens: list[_Token], spot: Spot) -> bool:
    """ "saw v cast": a numeral after the word opening the message, the number of a series we lack,
    not Five (a title spelling the number out)."""
    token = tokens[spot.start]
    raw = token.raw.lower()
    return (
        spot.end - spot.start == 1
        and spot.start == 1  # (keyword style: the series' name, its number, what is asked)
        and re.fullmatch(r"[ivxlc]+|\d+", raw) is not None
        and tokens[0].key not in ASKING | JOINING
        and all(raw not in f.title.lower().split() for f in spot.films)
    )


def _part_number(tokens: list[_Token], spot: Spot) -> bool:
    """ "and who starred in part 3": the number of a part of the series talked about, not Three (but
    "chapter 27" is Chapter 27)."""
    return (
        spot.end - spot.start == 1
        and tokens[spot.start].numbered
        and not any(set(re.findall(r"\w+", f.title.lower())) & NUMBER_MARKERS for f in spot.films)
    )


def _other_words_in_place(words: list[str], spot: Spot) -> bool:
    """ "chris and his wonderful lamp 1917 - starring?": the end of a title (Aladdin and the Wonderful
    Lamp), opened by as many words as the title has before it, none of them its own: another title."""
    if spot.exact or len(spot.films) != 1:
        return False
    lead = next((i for i, w in enumerate(words) if w not in CHATTER), 0)
    typed = words[lead : spot.start]
    title = title_key(spot.films[0].title).split()
    found = words[spot.start : spot.end]
    at = next((i for i in range(1, len(title)) if title[i : i + len(found)] == found), None)
    if at is None or len(typed) != at:
        return False
    own = [w for w in typed if not is_frame(w)]
    return bool(own) and not set(own) & set(title)


def _year_of_another(words: list[str], spot: Spot) -> bool:
    """The question gives a year none of the spotted title's films is from ("red eye 2005 who plays the
    guy on the plane", "and the 1942 one, who plays wyatt earp there"): the title is a word of the
    question, and the year says the film is another."""
    years = [
        int(w) for i, w in enumerate(words) if not spot.start <= i < spot.end and YEAR_TOKEN.fullmatch(w)
    ]
    return bool(years) and not any(
        f.year is not None and abs(f.year - y) <= 1 for f in spot.films for y in years
    )


def _in_actor_named(tokens: list[_Token], own: set[str]) -> bool:
    """The title's one word is part of the longer name of the actor a question asks about."""
    subject, role = _subject(" ".join(_plain_words(tokens)))
    # (the name only: "jamie fox in rae plays who" names Rae after the name)
    words = re.split(r" (?:in|from|of) ", subject or "")[0].split()
    # (nor a title and its year, or two digits of it, before the name: "the rookie 2002 dennis quaid plays
    # who", "heat 95, al pacino's character?")
    dated = [i for i, w in enumerate(words) if YEAR_TOKEN.fullmatch(w) or re.fullmatch(r"\d\d", w)]
    words = words[dated[-1] + 1 :] if dated else words
    return role == "actor" and len(words) > 1 and own <= set(words)


def _asked_right_after(tokens: list[_Token], spot: Spot) -> bool:
    return spot.end < len(tokens) and _is_question_word(tokens[spot.end].key)


def _subtitle_only(tokens: list[_Token], spot: Spot) -> bool:
    """The words are only the subtitle of the films they name ("summer vacation")."""
    said = title_key(" ".join(t.key for t in tokens[spot.start : spot.end]))
    return bool(spot.films) and all(
        len(parts := split_subtitle(f.title)) == 2 and title_key(parts[1]) == said for f in spot.films
    )


def _loose_words(tokens: list[_Token], spot: Spot) -> bool:
    """Words of a description that only come close to a title: the end of one ("… the water wars in
    los angeles" is no Old Los Angeles), or a typo of one inside the words ("… as a clumsy private
    eye" is no The Private Eyes) — typed in lower case, not where a title stands."""
    if not _capitalised(tokens, spot) and (spot.partial or spot.main):
        return True
    before = tokens[spot.start - 1].key if spot.start else ""
    after = tokens[spot.end].key if spot.end < len(tokens) else ""
    return (
        not spot.exact
        and spot.start > 0
        and not _capitalised(tokens, spot)
        and before not in _SLOT_BEFORE
        and not YEAR_TOKEN.match(after)
    )


def _inside_the_story(tokens: list[_Token], spot: Spot) -> bool:
    """ "bride has to play hide and seek with her in-laws …", "people remote control real prisoners":
    lowercase words of a title inside a clause of the story (a plain word before them, the clause
    going on after them) in a message that asks nothing of a film — the story's words, not a title."""
    keys = [t.key for t in tokens]
    before = keys[spot.start - 1] if spot.start else ""
    after = keys[spot.end] if spot.end < len(keys) else ""
    then = keys[spot.end + 1] if spot.end + 1 < len(keys) else ""
    # (not "… with tom hanks", a film's star set beside it; but "with her in-laws" goes on)
    # (nor "disney robin hood from 73 who's …": the year it is from)
    dated = after == "from" and re.fullmatch(r"\d\d|(?:19|20)\d\d", then) is not None
    goes_on = (after == "with" and then in _POSSESSIVES | ARTICLES) or not (
        not after
        or after in ASKING | FILM_WORDS | GENRE_WORDS | _STORY_ASIDES
        or YEAR_TOKEN.match(after)
        or dated
    )
    # ("harrison ford raiders of the lost ark role", "bill murray where the buffalo roam he's playing
    # who": a film asked of, after its star)
    asks = (
        keys[0] in ASKING
        or keys[-1] in ASKING | {"or"}
        or any(k in _ASKED_WORDS | _ASKED_OF_A_STORY for k in keys)
    )
    return (
        spot.start > 0
        and goes_on
        and not asks
        and before not in _SLOT_BEFORE | TITLE_SAID
        # ("the 71 heist flick day of the wolves was shot in …": said to be a film; not "his first
        # feature, black and white jazz musical")
        and not (before in FILM_WORDS - {"feature"} and not _set_off(tokens, spot.start))
        and not _capitalised(tokens, spot)
    )


_STORY_ASIDES = wordset("where when that which with and or s")
_ASKED_OF_A_STORY = _PART_WORDS | wordset("name book novel")
TITLE_SAID = wordset("title titled called named")  # "the title louisiana purchase refers to …"


_KIND_WITH_THAT_NAME = re.compile(
    r"\b(?:" + "|".join(sorted(GENRE_WORDS)) + r") (?:with|of|by|under) (?:that|the same) (?:name|title)\b"
)


def _kin_asked(tokens: list[_Token], spot: Spot) -> bool:
    """ "what's the lethal weapon parody with emilio estevez", "star wars tv spinoff where the ewoks …":
    a film that makes fun of the title, spins off from it or follows it, asked for by its story or people — another
    film, found as any described one (the title's words among its clues)."""
    after = [t.key for t in tokens[spot.end : spot.end + 3]]
    after = after[1:] if after[:1] in (["tv"], ["movie"], ["film"]) else after
    joined: dict[tuple[str, ...], str] = {("spin", "off"): "spinoff", ("follow", "up"): "followup"}
    said = joined.get(tuple(after[:2]), after[0] if after else "")
    if said == "followup":  # (told by its story; "the godfather follow up, who directed it" is its sequel)
        told = tokens[spot.end + (2 if after[0] == "follow" else 1) :]
        return bool(told) and told[0].key in _STORY_OPENERS
    return said in _KIN_WORDS and spot.end + 2 < len(tokens)


_STORY_OPENERS = wordset("where with about that in starring")


# ("the tanks a million follow-up where doubleday and ames are rivals": the next film, told by its story)
_KIN_WORDS = wordset("parody spoof spinoff ripoff knockoff followup")


_NAME_ASKED = re.compile(r"\bwhat (?:is|was) it called$")


def _name_asked_of_story(tokens: list[_Token], spot: Spot) -> bool:
    """ "kid n play doing prince and the pauper at a high school, whats it called": the name of the film
    the message tells of, asked last; lowercase words of a title inside that story are the story's
    (not "it came from outer space was from some ray bradbury thing, what was it called": the title
    opens the message, and what it came from is asked)."""
    # (but "the boat in jaws whats it called": a thing of the film named right after "in", asked the
    # name of)
    thing_in = (
        2 <= spot.start <= THING_WORDS + 1
        and tokens[0].key in ARTICLES
        and tokens[spot.start - 1].key in {"in", "from"}
    )
    return (
        spot.start > 0
        and not thing_in
        and not _capitalised(tokens, spot)
        and _NAME_ASKED.search(" ".join(_plain_words(tokens))) is not None
    )


THING_WORDS = 3  # "the boat", "the big white shark": a thing of the film, said before "in" and its title


def _stands_out(tokens: list[_Token], spot: Spot) -> bool:
    """A title that holds its own inside a description: several words, capitals, or a year beside it."""
    named = [t.key for t in tokens[spot.start : spot.end] if t.key not in ARTICLES]
    after = tokens[spot.end].key if spot.end < len(tokens) else ""
    # "wins a quiz show": "a" before a title that has none makes the words a thing, not "Quiz Show"
    thing = tokens[spot.start].key in {"a", "an"} and not any(
        f.title.lower().startswith(("a ", "an ")) for f in spot.films
    )
    if thing and not _capitalised(tokens, spot):
        return False
    if _loose_words(tokens, spot) or _inside_the_story(tokens, spot):
        return False
    # "the hustler who's the best pool player eddie wants to beat": the title, asked about; "back to
    # law abiding citizen, what city is it set in": the talk returns to a film
    # (the message opening with "back to", after a link word at most: not "… bring the dead back to life")
    returns = [t.key for t in tokens[max(0, spot.start - 2) : spot.start]] == ["back", "to"] and all(
        t.key in LINKS for t in tokens[: spot.start - 2]
    )
    # ("town where dancing is banned and …": a common word the story then tells of, not The Town; but
    # "heat where is it set" asks)
    then = tokens[spot.end + 1].key if spot.end + 1 < len(tokens) else ""
    told_of = (
        len(named) == 1
        and not _capitalised(tokens, spot)
        and spot.end < len(tokens)
        and tokens[spot.end].key in {"where", "that", "who", "which"}
        and then
        not in _AUXILIARIES | _BE | ASKING | _SUBJECT_PRONOUNS | _CUE_WORDS | _PLAY_WORDS | {"it", "r", ""}
    )
    # ("that amy schumer kidnapping comedy snatched, who's in it with her": the title, set off before
    # the question asked of it)
    asked_next = (
        _set_off(tokens, spot.end)
        and tokens[spot.end].key in ASKING
        and spot.start > 0
        and tokens[spot.start - 1].key in GENRE_WORDS | FILM_WORDS
    )
    if (_opens_question(tokens, spot) or returns or asked_next) and not told_of:
        return True
    # "a goofy spoof of maltese falcon": a film the description compares it to; "start a ghost catching
    # business in new york": a place the description ends on (not "michael j fox in atlantis …")
    before = tokens[spot.start - 1].key if spot.start else ""
    placed = (
        before in _PLACED
        and spot.end == len(tokens)
        and not {t.key for t in tokens} & _ASKED_OF_A_FILM  # "eddie murphy's role in coming to america"
    )
    # ("a shy kid on summer vacation": words, not the subtitle of Hotel Transylvania 3)
    subtitle = _subtitle_only(tokens, spot) and not _set_off(tokens, spot.end)
    # ("mark hamill movie right after star wars where …": a film the one described came after)
    sequenced = before in {"after", "before", "following"}
    # ("director of alexander and the terrible …": the credit asked of the title, not a film compared)
    credit_of = before == "of" and spot.start >= 2 and tokens[spot.start - 2].key in _KEYWORD_ASKS
    # ("… jim belushi about high school kids building a solar car": what the story is about, words
    # going on after the title)
    about = before == "about" and spot.end < len(tokens)
    # ("teen girl who can't go outside … falls for the boy next door": the thing the story ends on)
    ends_story = before in _STORY_ENDS_ON and spot.end == len(tokens)
    if sequenced or (
        ((before in _COMPARED_OR_GONE_TO and not credit_of) or placed or subtitle or about or ends_story)
        and not _capitalised(tokens, spot)
    ):
        return False
    # ("a bride hides from her rich new in-laws": her in-laws, no film The In-Laws; "finds a base under
    # his house": a title opening with the possessive is the same phrase, not His House; but "its a
    # mad mad … world" is "it's", and "my big fat greek wedding" too long a title to be a phrase)
    owner = {t.key for t in tokens[max(0, spot.start - 3) : spot.start]} & _POSSESSIVES or (
        tokens[spot.start].key in _POSSESSIVES - {"its"} and len(named) <= OWNED_PHRASE
    )
    # ("two brothers play an old board game and …": a story told of them, nothing asked)
    told_of = spot.start == 0 and not _asks_anything(tokens)
    if (owner or told_of) and not _capitalised(tokens, spot):
        return False
    return len(named) >= 2 or _capitalised(tokens, spot) or bool(YEAR_TOKEN.match(after))


# a film compared to, or a place the story goes to ("… runs around new york", "… visiting new york")
_COMPARED_OR_GONE_TO = wordset("of to like around across through into toward towards visiting visits")
OWNED_PHRASE = 3  # the most words of a title opening with "my"/"his" that a story may say as a phrase


def _asks_anything(tokens: list[_Token]) -> bool:
    """A question word, or a word for what may be asked ("cast", "directed", "played"; not "play",
    which a story may do)."""
    keys = [t.key for t in tokens]
    # ("…, name of their hometown?": a name asked, not "put out under a different name")
    named = any(
        keys[i : i + 2] == ["name", "of"] and (i == 0 or keys[i - 1] in CHATTER or _set_off(tokens, i))
        for i in range(len(keys))
    )
    return named or any(k in ASKING or k in _ASKED_WORDS for k in keys)


_ASKED_WORDS = _KEYWORD_ASKS | PLAYED_WORDS | wordset("whose directed wrote written starring stars starred")
