"""Whether a sentence of a review tells the film's story or says something about the film: its
makers, cast, release, reception, record. Used where a story is wanted and nothing else: the story
vectors the build stores (index.chunking.story_document), the story a which-film answer names, the
sentences a plot answer quotes."""

from __future__ import annotations

import re

# Sentences that talk about the film rather than tell its story.
_MAKING_RE = re.compile(
    r"\b(?:bio-pictures?|biopics?|director|directed|directs|performances?|actor|actress|actors|cast|casting|"
    r"screenplay|script|scripted|critic|critics|review|reviewer|audiences?|worth|interview|cinematography|"
    r"starring|stars|starred|screenwriter|filmmakers?|box office|released|premiered?|oscars?|academy award|"
    r"nominated|produced by|adaptation|recommend|principal photography|filming|grossed|sequel|franchise|"
    r"installment|remake|supporting roles?|also stars?|also features|ensemble cast|co-stars?|appears? in|portrays|"
    r"portrayed|filmed|shot on location|reprised|reprises|reprising|voiced|framing device"
    r"|(?:film|movie|it|scenes|footage) (?:was|were) shot)\b"
    r"|(?:^|[\s\"“])(?:I|I'm|I've|we|We|my|My)\b",
    re.IGNORECASE,
)
# "The film is set on …", "The plot follows …": about the film, and about its story
_STORY_RE = re.compile(
    r"\b(?:is set|are set|(?<!originally )set in|takes place|follows|tells|cent(?:er|re)s on|revolves|depicts|chronicl|concerns|"
    # ("stars Tom Berenger and Billy Zane as snipers on an assassination mission in Panama")
    # ("starring Elvis Presley as a singer who takes a job working with a struggling carnival")
    r"the story of|the plot|is about|murder|kill|star(?:s|ring|red)?\b[^.;]{0,80}? as (?:\w+ ){0,6}?(?:who|that|on|in|at)\b"
    # ("Karl Urban stars as Judge Dredd, a law enforcer …", "who stars as a runaway slave headed for …")
    r"|stars? as (?:an? \w|[^,.;]{1,40}, (?:an?|the) \w)"
    # ("The film stars Robert Burke as Hitch, a mysterious man who wanders the deserts in Namibia")
    r"|stars?\b[^.;]{0,80}? as [^,.;]{1,40}, (?:an?|the) \w"
    # ("a 1957 … war film about the Korean War directed by …")
    r"|\b(?:film|movie|drama|comedy|thriller|picture|documentary|western|musical) about\b"
    # "based on the true story of the dog who …", "an origin story for the title villain, whose …"
    r"|(?:true|real|real-life|origin) story (?:of|for)\b"
    # ("a biopic of the early aviation pioneer John Joseph Montgomery": whom the story is of)
    r"|\b(?:biopic|bio-picture|biographical film|biography) (?:of|about)\b"
    # ("depicting the escape of … from her abusive husband in Iran", "the real-life experiences of …")
    r"|\bdepicting\b|(?:real|real-life|true) (?:experiences?|events?|life|lives) of\b)",
    re.IGNORECASE,
)


def of_the_making(sentence: str) -> bool:
    """Whether a sentence talks about the film (its makers, cast, release, reception) rather than tells
    its story ("The film is set on …" does both: story)."""
    return bool(_MAKING_RE.search(sentence)) and not _STORY_RE.search(sentence)


# what became of a film and where it came from: said of a great many films, and never the story a user
# tells (a story question may still be answered by it: "what real protests is it loosely based on")
_RECORD_RE = re.compile(
    r"\b(?:distributed|preserved|archives?|library of congress|survives|adaptations?|adapted|based (?:up)?on"
    # ("an updated version of Romeo and Juliet", "the second in Holt's series of Westerns for RKO")
    r"|version of|series of (?:[\w-]+ )?(?:films|westerns|shorts|pictures|movies|cartoons|comedies|features)"
    r"|in (?:the|a|an|his|her|their|[\w]+'s) (?:[\w-]+ ){0,3}series)\b",
    re.I,
)


def of_the_record(sentence: str) -> bool:
    """Whether a sentence says what became of a film or where it came from, and not its story too
    ("Based on the play, the film is about a preacher's daughter who …" tells one)."""
    return _RECORD_RE.search(sentence) is not None and not _STORY_RE.search(sentence)


def tells_a_story(sentence: str) -> bool:
    """Neither about the making nor of the record: a sentence a user telling the story could mean."""
    return not of_the_making(sentence) and not of_the_record(sentence)
