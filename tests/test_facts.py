"""Index-time fact extraction (`index.facts`): credits by name and by description, ordered pairs,
hedged statements, sources; and the film card built from them (`Engine.film`, `filmbot film`)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index import Review
from index.fact_cues import candidate_text
from index.facts import extract_many, extract_text, parse_source
from index.textutil import sentence_spans
from index.types import Credit, Film, ReviewFacts, SourceWork

ROOT = Path(__file__).resolve().parents[1]
RUNAWAYS_TEXT = (ROOT / "corpus" / "the-runaways-2010.md").read_text(encoding="utf-8").split("---", 2)[2]


def facts_of(text: str, title: str | None = None) -> ReviewFacts:
    return extract_text([text], [title])[0]


def cast(facts: ReviewFacts) -> list[Credit]:
    return [c for c in facts.credits if c.role == "cast"]


def pairs(facts: ReviewFacts) -> set[tuple[str, str | None]]:
    return {(c.person, c.character) for c in cast(facts)}


def described(facts: ReviewFacts) -> set[tuple[str, str | None, str | None]]:
    return {(c.person, c.description, c.of) for c in cast(facts) if c.description}


def works(facts: ReviewFacts) -> list[tuple[str, str | None, str | None]]:
    return [(s.title, s.author, s.kind) for s in facts.sources]


def crew(facts: ReviewFacts, role: str) -> list[str]:
    return [c.person for c in facts.credits if c.role == role]


# ------------------------------------------------------------------------- the founding review
@pytest.fixture(scope="module")
def runaways() -> ReviewFacts:
    return facts_of(RUNAWAYS_TEXT, "The Runaways")


def _played_by(
    facts: ReviewFacts, *, character: str | None = None, description: str | None = None
) -> set[str]:
    return {
        c.person
        for c in cast(facts)
        if (character is None or c.character == character)
        and (description is None or c.description == description)
    }


def test_runaways_every_person_by_character_name(runaways: ReviewFacts) -> None:
    assert _played_by(runaways, character="Cherie Currie") == {"Dakota Fanning"}
    # the review spells her both ways; the merger picks the better-supported spelling
    assert _played_by(runaways, character="Joan Jett") == {"Kirsten Stewart", "Kristen Stewart"}
    assert _played_by(runaways, character="Kim Fowley") == {"Michael Shannon"}
    assert _played_by(runaways, character="Marie") == {"Riley Keough"}


def test_runaways_every_person_by_role_description(runaways: ReviewFacts) -> None:
    assert _played_by(runaways, description="sister") == {"Riley Keough"}
    assert _played_by(runaways, description="mother") == {"Tatum O'Neal"}
    assert _played_by(runaways, description="father") == {"Brett Cullen"}
    assert _played_by(runaways, description="producer") == {"Michael Shannon"}
    assert _played_by(runaways, description="singer") == {"Dakota Fanning"}
    assert _played_by(runaways, description="rocker") == {"Kristen Stewart"}
    # whose relative: "Currie's father", and "her mother" / "her … sister" resolved to the subject
    for who in ("Riley Keough", "Tatum O'Neal", "Brett Cullen"):
        (credit,) = [c for c in cast(runaways) if c.person == who]
        assert credit.of == "Cherie Currie", credit
    (marie,) = [c for c in cast(runaways) if c.person == "Riley Keough"]
    assert (marie.character, marie.description, marie.how) == ("Marie", "sister", "paren")
    assert "her dutiful sister Marie (Riley Keough)" in marie.evidence


def test_runaways_crew_source_and_nothing_else(runaways: ReviewFacts) -> None:
    assert crew(runaways, "director") == ["Floria Sigismondi"]
    assert crew(runaways, "writer") == ["Floria Sigismondi"]
    # "songwriter and producer Kim Fowley (Michael Shannon)": a character, not the film's producer
    assert crew(runaways, "producer") == []
    (source,) = runaways.sources
    assert (source.title, source.author, source.kind) == (
        "Neon Angel: The Cherrie Currie Story",
        "Cherrie Currie",
        "book",
    )
    assert source.evidence.startswith("The Runaways is based on the book")
    people = {c.person for c in runaways.credits}
    assert people == {
        "Kirsten Stewart",
        "Kristen Stewart",
        "Dakota Fanning",
        "Michael Shannon",
        "Riley Keough",
        "Tatum O'Neal",
        "Brett Cullen",
        "Floria Sigismondi",
    }
    assert "Japan" in runaways.places


def test_confidence_is_per_construction(runaways: ReviewFacts) -> None:
    by = {(c.person, c.character, c.description, c.how): c.confidence for c in runaways.credits}
    assert by[("Dakota Fanning", "Cherie Currie", None, "paren")] >= 0.75
    assert by[("Tatum O'Neal", None, "mother", "paren")] >= 0.7
    assert all(0.0 < c.confidence <= 0.8 for c in runaways.credits)  # nothing read from prose is certain
    weak = facts_of("Dakota Fanning is a convincing Cherie Currie.")
    assert [(c.person, c.character, c.confidence) for c in weak.credits] == [
        ("Dakota Fanning", "Cherie Currie", 0.5)
    ]


# ------------------------------------------------------------------------------ each construction
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Character (Actor)
        ("Joan Jett (Kristen Stewart) wants a band.", ("Kristen Stewart", "Joan Jett", None, None)),
        # Character (played by Actor)
        ("Maddy (played by Amandla Stenberg) is ill.", ("Amandla Stenberg", "Maddy", None, None)),
        # her mother (Actor): "her" is the subject of the sentence
        ("Currie lives with her mother (Tatum O'Neal).", ("Tatum O'Neal", None, "mother", "Currie")),
        # Name's father (Actor)
        ("Currie's father (Brett Cullen) is an alcoholic.", ("Brett Cullen", None, "father", "Currie")),
        # Character's partner (Actor)
        ("Riggs's partner (Danny Glover) is tired of it all.", ("Danny Glover", None, "partner", "Riggs")),
        # adjectives joined by "but"; a job word with "his" is a part ("his assistant")
        (
            "He becomes a vampire after his intelligent but unstable assistant (Bill Gunn) stabs him.",
            ("Bill Gunn", None, "assistant", None),
        ),
        # a name ending in s is not a group
        (
            "The film stars Shaquille O'Neal as John Henry Irons.",
            ("Shaquille O'Neal", "John Henry Irons", None, None),
        ),
        # a described and named part
        ("He lives with his dutiful sister Marie (Riley Keough).", ("Riley Keough", "Marie", "sister", None)),
        # Actor as Character
        ("The film stars Tom Hanks as Josh Baskin.", ("Tom Hanks", "Josh Baskin", None, None)),
        (
            "It features Kristen Stewart as the single-minded rocker Joan Jett.",
            ("Kristen Stewart", "Joan Jett", "rocker", None),
        ),
        # Actor as the villain (the possessor is not the part)
        ("It features James Seay as the film's antagonist.", ("James Seay", None, "antagonist", None)),
        ("The cast includes Raf Vallone as the villain.", ("Raf Vallone", None, "villain", None)),
        # as the villain, Actor
        (
            "The film stars Mike Connors, Dorothy Provine, and as the villain, Raf Vallone.",
            ("Raf Vallone", None, "villain", None),
        ),
        # Actor was cast as …
        (
            "Lee Van Cleef was cast as the villain, a cold-blooded gun-for-hire.",
            ("Lee Van Cleef", None, "villain", None),
        ),
        # a job the tagger takes into the name
        ("Musician Little Richard appears as a neighbor.", ("Little Richard", None, "neighbor", None)),
        # Actor's portrayal of / performance as …
        ("Kevin Bacon's portrayal of Strobl won him a Golden Globe.", ("Kevin Bacon", "Strobl", None, None)),
        (
            "Meryl Streep's performance as Margaret Thatcher was praised.",
            ("Meryl Streep", "Margaret Thatcher", None, None),
        ),
        # a surname in brackets of someone credited before, however the tagger labels the full name
        (
            "It stars Denzel Washington and John Lithgow. It details a struggle between a Los Angeles district "
            "attorney (Washington) and a vengeful criminal (Lithgow).",
            ("Denzel Washington", None, "district attorney", None),
        ),
        # Actor plays / portrays …
        ("Gene Kelly plays the detective.", ("Gene Kelly", None, "detective", None)),
        ('It stars Jackie Gleason and Groucho Marx playing "God".', ("Groucho Marx", "God", None, None)),
        ("Gene Kelly portrays Tom Ward, a sailor.", ("Gene Kelly", "Tom Ward", "sailor", None)),
        ("Kelly plays the role of Tom Ward.", ("Kelly", "Tom Ward", None, None)),
        # (a second noun the tagger takes for an adjective: "plays head villain Jake Raynes")
        (
            "Kane Richmond plays the hero Bob Moore, and Charles King plays head villain Jake Raynes.",
            ("Charles King", "Jake Raynes", "head villain", None),
        ),
        # (a participle before the part, after a possessive: "Gable's character's meddling mother")
        ("May Robson portrays Gable's character's meddling mother.", ("May Robson", None, "mother", "Gable")),
        # Character, played by Actor
        (
            "The sailor Tom Ward, played by Gene Kelly, comes home.",
            ("Gene Kelly", "Tom Ward", "sailor", None),
        ),
        # Actor, who plays …; Actor, as Character, …
        (
            "Michael Shannon, who plays Kim Fowley, is terrific.",
            ("Michael Shannon", "Kim Fowley", None, None),
        ),
        ("Kristen Stewart, as Joan Jett, is electric.", ("Kristen Stewart", "Joan Jett", None, None)),
        # a performance between actor and "as"
        (
            "Michael Shannon steals scenes as the manager Kim Fowley.",
            ("Michael Shannon", "Kim Fowley", "manager", None),
        ),
        # the part after "his role of", "the character of"; an adverb or a debut between name and verb
        ("It features Tor Jonson reprising his role of Lobo.", ("Tor Jonson", "Lobo", None, None)),
        ("It has Paul Marko again playing the character of Kelton.", ("Paul Marko", "Kelton", None, None)),
        ("Paul Marko again plays Kelton the cop.", ("Paul Marko", "Kelton", None, None)),
        (
            "An uncredited Victor Jorey in his film debut plays a Legion officer.",
            ("Victor Jorey", None, "Legion officer", None),
        ),
        # a part had, however it is called
        ("Akim Tamirof has a featured role as Gitano.", ("Akim Tamirof", "Gitano", None, None)),
        (
            "Bela Lugoci has a relatively small role as the Marabout, a Rif sheik.",
            ("Bela Lugoci", "Marabout", "Rif sheik", None),
        ),
        # two nouns for one part
        (
            "It stars Kit Jordan as Gunn, and Adam Ruggeri as Gunn's boyfriend and roommate, Nathan.",
            ("Adam Ruggeri", None, "boyfriend and roommate", "Gunn"),
        ),
    ],
)
def test_cast_construction(text: str, expected: tuple[str, str | None, str | None, str | None]) -> None:
    found = {(c.person, c.character, c.description, c.of) for c in cast(facts_of(text))}
    assert expected in found, found
    person, character, _, _ = expected
    assert all(c.character == character for c in cast(facts_of(text)) if c.person == person and c.character)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "McTeague is a 1916 film. The film stars Holbrook Blinn and Fania Marinoff as McTeague and Trina.",
            {("Holbrook Blinn", "McTeague"), ("Fania Marinoff", "Trina")},
        ),
        (
            "The film stars Tia Mowry and Tamera Mowry as Alexandra Fielding and Camryn Barnes, respectively.",
            {("Tia Mowry", "Alexandra Fielding"), ("Tamera Mowry", "Camryn Barnes")},
        ),
        (
            "It is a satire starring Woody Allen and Diane Keaton as Boris and Sonja, Russians living in 1812.",
            {("Woody Allen", "Boris"), ("Diane Keaton", "Sonja")},
        ),
        (
            "The film stars Johnny Depp as detective Russell Poole and Forest Whitaker as journalist Jack Jackson.",
            {("Johnny Depp", "Russell Poole"), ("Forest Whitaker", "Jack Jackson")},
        ),
        (
            "Sheila Rosenthal and Roshan Seth star as Mahtob Mahmoody and Houssein the smuggler, respectively.",
            {("Sheila Rosenthal", "Mahtob Mahmoody"), ("Roshan Seth", "Houssein")},
        ),
        (
            "It stars Paul Dano in his first lead role as the boy Howie, and Brian Cox as John.",
            {("Brian Cox", "John")},
        ),
        (
            # a named part's epithet goes with it
            "It features the voices of Jim Carey and Steve Carel as Horton the Elephant and Mayor Ned Dodd.",
            {("Jim Carey", "Horton"), ("Steve Carel", "Ned Dodd")},
        ),
        (
            # "A and B play C and D", past a plural description
            "Hugh Grent and Sara Parkar portray the film's protagonists, Paul and Meryl Morgen, a couple.",
            {("Hugh Grent", "Paul"), ("Sara Parkar", "Meryl Morgen")},
        ),
    ],
)
def test_ordered_pairs_are_never_crossed(text: str, expected: set[tuple[str, str]]) -> None:
    from index.fact_cues import candidate_text  # the build keeps the sentence for spaCy

    assert candidate_text(text).strip()
    named = {p for p in pairs(facts_of(text)) if p[1]}
    assert expected <= named, named
    actors = {a for a, _ in expected}
    characters = {c for _, c in expected}
    crossed = {(a, c) for a, c in named if a in actors and c in characters} - expected
    assert not crossed


def test_parts_said_respectively_but_not_all_read_go_to_no_one() -> None:
    # the list of parts could not be read whole: the first part is not the last actor's
    text = "It stars Ann Lea and Bo Dee as Horton the Great Elephant, and Mayor Ned Dodd, respectively."
    assert ("Bo Dee", "Horton") not in pairs(facts_of(text))


def test_a_list_then_as_gives_the_part_to_the_last_name_only() -> None:
    text = "It stars Dale Midkiff, Denise Crosby, Fred Gwynne, and Miko Hughes as Gage Creed."
    named = {p for p in pairs(facts_of(text)) if p[1]}
    assert named == {("Miko Hughes", "Gage Creed")}
    # a mismatched list pairs nobody rather than guessing
    assert not {p for p in pairs(facts_of("It stars Ann Lee and Bo Diaz as Kim, Joe and Sue.")) if p[1]}


@pytest.mark.parametrize(
    "text",
    [
        "Famed director Alfred Hitchcock was originally attached to direct the film.",
        "Universal wanted director David Lean for the picture.",
        "Steven Spielberg was considered to direct the film.",
        "The film was originally to be directed by Orson Welles.",
        "The film was not directed by Orson Welles.",
        "Orson Welles would have directed the film.",
        "Orson Welles turned down the role of Kane.",
        "Cary Grant was originally cast as the villain.",
        "Julianne Moore replaces Jodie Foster as Starling.",
        "Orson Welles was replaced by the producers.",
    ],
)
def test_hypothetical_negated_and_abandoned_statements_are_not_credits(text: str) -> None:
    found = facts_of(text)
    assert not [c for c in found.credits if c.role != "cast" or c.character or c.description], found.credits


def test_descriptions_of_a_person_are_not_hedges() -> None:
    found = facts_of("It stars Corinne Griffith, often considered one of the most beautiful women in film.")
    assert [c.person for c in cast(found)] == ["Corinne Griffith"]
    found = facts_of(
        "The film stars Tricia O'Neil and Lance Henriksen, who would later star in The Terminator."
    )
    assert [c.person for c in cast(found)] == ["Tricia O'Neil", "Lance Henriksen"]


def test_the_director_of_the_film_remade_is_not_this_films() -> None:
    found = facts_of(
        "The Champ is a 1979 American drama film directed by Franco Zeffirelli and a remake of the 1931"
        " Academy Award-winning film of the same name directed by King Vidor."
    )
    assert crew(found, "director") == ["Franco Zeffirelli"]
    found = facts_of(
        "Scarface is a 1983 crime film, a remake of the 1932 film. It was directed by Brian De Palma."
    )
    assert crew(found, "director") == ["Brian De Palma"]


def test_hedges_do_not_spill_into_the_next_clause() -> None:
    found = facts_of("Steven Spielberg was considered to direct, but the film was directed by Joe Dante.")
    assert crew(found, "director") == ["Joe Dante"]
    found = facts_of("Directed by John Ford, the film was originally planned as a silent picture.")
    assert crew(found, "director") == ["John Ford"]


@pytest.mark.parametrize(
    ("text", "role", "names"),
    [
        ("It was directed by John Ford.", "director", ["John Ford"]),
        # a job the tagger takes into the name; a job done after another, joined by "and"
        ("Screenwriter Lamar Trotti was nominated for an Academy Award.", "writer", ["Lamar Trotti"]),
        ("Norman Lear produced the comedy satire and wrote the script.", "writer", ["Norman Lear"]),
        (
            "It was directed by Academy Award-nominated husband-and-wife team of Eleanor Perry and Frank Perry.",
            "director",
            ["Eleanor Perry", "Frank Perry"],
        ),
        ("John Ford directed the film and Frank Nugent wrote the script.", "director", ["John Ford"]),
        # a family by its plural name, not a people
        ("It is a 2003 action film written and directed by the Wachowskis.", "director", ["the Wachowskis"]),
        ("It was produced by the Nazis as propaganda.", "producer", []),
        ("Heat was written and directed by Michael Mann.", "director", ["Michael Mann"]),
        ("Heat was written and directed by Michael Mann.", "writer", ["Michael Mann"]),
        ("Writer and director Floria Sigismondi has made a spunky film.", "writer", ["Floria Sigismondi"]),
        ("John Ford directed the film in 1939.", "director", ["John Ford"]),
        ("The film was produced by David Heyman.", "producer", ["David Heyman"]),
        ("The film was produced by Broomsticks Productions Limited.", "producer", []),
        ("The music by Ennio Morricone is superb.", "composer", ["Ennio Morricone"]),
        ("It is noted for its soundtrack, written and produced by Marvin Gaye.", "writer", []),
        (
            'The film won an Academy Award for Best Original Song for "I Just Called to Say I Love You", written '
            "and performed by Stevie Wonder.",
            "writer",
            [],
        ),
        ("It is noted for its soundtrack, written and produced by Marvin Gaye.", "composer", ["Marvin Gaye"]),
        ("It is a 1939 Western directed by W.S. Van Dyke.", "director", ["W.S. Van Dyke"]),
        (
            "The film was written by Jane Mann and John D.F. Black.",
            "writer",
            ["Jane Mann", "John D.F. Black"],
        ),
        ("Not to be directed by Michael Bay, who produced it.", "director", []),
        ("The film's director (Ilse Marten) keeps it tight.", "director", ["Ilse Marten"]),
        ("Jett meets songwriter and producer Kim Fowley (Michael Shannon).", "producer", []),
        # a title with "song" in it does not make its director a composer
        (
            "Sing Me a Song of Ohio is a 1945 American Western film directed by Vern Kees.",
            "director",
            ["Vern Kees"],
        ),
    ],
)
def test_crew_constructions(text: str, role: str, names: list[str]) -> None:
    assert crew(facts_of(text), role) == names


@pytest.mark.parametrize(
    "text",
    [
        "Joan Jett plays rhythm guitar in a band.",  # an instrument, not a part
        "A man, Tony Lovello, who plays the William Tell Overture on an accordion.",
        "Jett, as the leader of the band, yells at everyone.",
        "It was released in Japan as Ashiya Kara.",  # a place and a title
        "The film was directed by John Ford with Robert Aldrich as assistant director.",
        "As expected, the Runaways are jeered by the crowd.",
        "Jingle Jangle is a 2020 American Christmas musical.",
        "She is recruited as the daughter of a prominent Senator as part of an attempt to win votes.",
        "It is based on the biography by Colin Escott and William (Bill) MacEwen.",
        "Critics praised Tom Hanks's performance of the song.",
    ],
)
def test_no_part_where_there_is_none(text: str) -> None:
    assert not [c for c in cast(facts_of(text)) if c.character or c.description]


def test_no_actor_made_of_half_a_word_or_of_a_heading() -> None:
    stars = facts_of(
        "It stars Daniel Stern and Dan Aykroyd as Mike O'Hara and Jimmy Flaherty, and Damon Wayans as "
        "Lewis Scott, the Utah Jazz's All-Star shooting guard."
    )
    assert {c.person for c in cast(stars)} == {"Daniel Stern", "Dan Aykroyd", "Damon Wayans"}
    award = facts_of('The film obtained a nomination for MUSIC (Song) – "Carioca," by Vincent Youmans.')
    assert not cast(award)


def test_a_name_with_a_no_break_space_is_one_name() -> None:
    facts = facts_of(
        "It is a 2022 film directed by Guillermo del\xa0Toro and Mark Gustafson, with a screenplay by "
        "del\xa0Toro and Patrick\u202fMcHale."
    )
    assert {c.person for c in facts.credits if c.role == "writer"} == {"Guillermo del Toro", "Patrick McHale"}


def test_her_is_the_previous_sentence_subject_when_this_one_has_none() -> None:
    text = "The sky is grey. Jett forms a band. Her mother (Jane Doe) disapproves. The band tours."
    (credit,) = cast(facts_of(text))
    assert (credit.person, credit.description, credit.of) == ("Jane Doe", "mother", "Jett")
    # the build reads only the sentences that can hold a fact: the one before "Her …" is kept
    from index.fact_cues import candidate_text

    (same,) = cast(facts_of(candidate_text(text)))
    assert same.of == "Jett"
    (nobody,) = cast(facts_of("The band tours. Her mother (Jane Doe) disapproves."))
    assert nobody.of is None
    # the film's title opening the review is nobody's relative; "his" mid-sentence stays unresolved
    text = "Where's Poppa? is a 1970 film. A lawyer (Segal) lives with his senile mother (Gordon)."
    assert {c.of for c in cast(facts_of(text, "Where's Poppa?"))} == {None}


def test_reversed_brackets_follow_the_cast_list() -> None:
    text = "Night Harbor stars Mara Quill and Tobias Fenn. Mara Quill (Elena Voss) runs a lighthouse."
    found = facts_of(text, "Night Harbor")
    assert ("Mara Quill", "Elena Voss") in pairs(found)
    assert "Night Harbor" not in {c.person for c in found.credits}


def test_title_character() -> None:
    found = facts_of("It stars Lily James as the title character, alongside Cate Blanchett.", "Cinderella")
    assert ("Lily James", "Cinderella") in pairs(found)
    found = facts_of("It stars Frankie Faison as the real life titular character.", "The Killing")
    assert ("Frankie Faison", "The Killing") in pairs(found)
    found = facts_of("The film stars Alisha Weir as the title character.", "Matilda the Musical")
    assert ("Alisha Weir", "Matilda") in pairs(found)
    found = facts_of("It stars Pearl White as the title character.", "The Perils of Pauline")
    assert {(c.person, c.character, c.description) for c in cast(found)} == {
        ("Pearl White", None, "title character")
    }
    # the title character by the full name the text gives it: "who plays hoover", "who plays jane austen"
    text = (
        "It follows the career of FBI director J. Edgar Hower. The film stars Leo DeCapo in the title role."
    )
    found = facts_of(text, "J. Edgar")
    assert pairs(found) == {("Leo DeCapo", "J. Edgar Hower")}  # and "FBI director" is no credit
    text = "It depicts the early life of the author Jane Austin. Ann Hathway stars as the title character."
    assert ("Ann Hathway", "Jane Austin") in pairs(facts_of(text, "Becoming Jane"))
    # … and as the build reads it (the sentence naming her has no cue: its names are read apart)
    import json

    from index.annotate import facts_json
    from tests.helpers.memory_view import review

    built = json.loads(facts_json([review("Becoming Jane", 2007, text)])[0] or "{}")
    assert ("Ann Hathway", "Jane Austin") in {(c["person"], c["character"]) for c in built["credits"]}
    # a one-word title that is a surname or its start; "a film about screenwriter …" is no credit
    text = "It is a film about screenwriter Hermon J. Mankowitz. It stars Gary Oldmann in the title role."
    assert pairs(facts_of(text, "Mankow")) == {("Gary Oldmann", "Hermon J. Mankowitz")}
    assert crew(facts_of(text, "Mankow"), "writer") == []
    # a sequel's title the text names is no fuller name of the title character ("who plays the maniac cop")
    text = (
        "Rob Zadar plays the title character, a murderous ex-police officer. "
        "The film was followed by Maniac Copper 2 (1990) and Maniac Copper III: Badge of Silence (1993)."
    )
    assert ("Rob Zadar", "Maniac Copper") in pairs(facts_of(text, "Maniac Copper"))


def test_surname_in_brackets_is_the_actor_named_in_full() -> None:
    """Leads name the cast in full, then give each part with the surname alone, whatever the entity
    tagger makes of the bracket (a fish's name read as a product, a surname read as a place)."""
    text = (
        "The film stars the voices of Orla Brennick and Tomas Vey. It follows an anxious pufferfish "
        "named Quillon (Brennick) who, with a cheerful crab named Pim (Vey), crosses the reef."
    )
    assert {("Orla Brennick", "Quillon"), ("Tomas Vey", "Pim")} <= pairs(facts_of(text))
    text = 'The film stars Dana Roook. It follows the "plucky" teenager Betsy Marlowe (Roook) to Ohio.'
    assert ("Dana Roook", "Betsy Marlowe") in pairs(facts_of(text))
    text = "It was produced by Ann Tully and Ben Oyelaran, and written by Oyelaran."
    assert crew(facts_of(text), "writer") == ["Ben Oyelaran"]


def test_title_role() -> None:
    found = facts_of("The film stars Nia Brook in the titular role, alongside Sam Hale.", "Pollyanna")
    assert ("Nia Brook", "Pollyanna") in pairs(found)
    found = facts_of(
        "It stars Rex Dunmore in the title role of Felix Marr, with Ada Croft.", "The Marr Affair"
    )
    assert ("Rex Dunmore", "Felix Marr") in pairs(found)
    # a part someone was only considered for is no credit
    assert not pairs(facts_of("Rex Dunmore was originally cast in the title role.", "Pollyanna")) - {
        ("Rex Dunmore", None)
    }


def test_descriptions_apposed_to_a_named_part() -> None:
    text = "Ben dates Nora's shy sister, Ivy (Julia Marsh), while Ivy's uncle, Abel Kross (Don Reyes), naps."
    found = described(facts_of(text))
    assert ("Julia Marsh", "sister", "Nora") in found
    text = "The story follows Otto Brand (Jon Pell), a retired sailor who sails to Chile."
    assert ("Jon Pell", "sailor", None) in described(facts_of(text))
    # a definite phrase after the bracket may start another clause: not a description
    text = "The story follows Otto Brand (Jon Pell), the town burns."
    assert not described(facts_of(text))


@pytest.mark.parametrize(
    ("text", "role", "names"),
    [
        ("It is a 1996 drama directed, written, and co-produced by Mara Olsen.", "director", ["Mara Olsen"]),
        ("Ivo Petrak and Lena Sand also wrote the film's screenplay.", "writer", ["Ivo Petrak", "Lena Sand"]),
        ("Ivo Petrak wrote a song for the band.", "writer", []),
    ],
)
def test_more_crew_constructions(text: str, role: str, names: list[str]) -> None:
    assert crew(facts_of(text), role) == names


@pytest.mark.parametrize(
    ("text", "role", "names"),
    [
        ("It is a 1979 drama written, directed by, and starring Sam Rook.", "director", ["Sam Rook"]),
        (
            "It was directed by Ian Dale, co-written with producer Tess Hale, and starring Bo Ek.",
            "writer",
            ["Tess Hale"],
        ),
        ("A film he co-wrote with his brother Jon.", "writer", []),  # a first name alone is nobody yet
    ],
)
def test_jobs_listed_before_the_name(text: str, role: str, names: list[str]) -> None:
    assert crew(facts_of(text), role) == names


@pytest.mark.parametrize(
    ("text", "role", "names"),
    [
        (
            "It was directed by Ray Cole, who co-wrote the screenplay with Jo Bell.",
            "writer",
            ["Jo Bell", "Ray Cole"],
        ),
        (
            "It was directed by Ray Cole, who also co-wrote the screenplay with Jo Bell.",
            "writer",
            ["Jo Bell", "Ray Cole"],
        ),
        (
            "It is the directorial debut of the husband–wife team of Jon Day and Val Faro.",
            "director",
            ["Jon Day", "Val Faro"],
        ),
        ("Her debut of the year was a flop.", "director", []),
    ],
)
def test_co_writers_and_debuts(text: str, role: str, names: list[str]) -> None:
    assert sorted(crew(facts_of(text), role)) == names  # each once, in any order


def test_respective_parts_in_order() -> None:
    text = "The film stars Rob Gale and Emma Stein as a struggling jazz pianist and an aspiring actress, respectively."
    assert {("Rob Gale", "jazz pianist", None), ("Emma Stein", "actress", None)} <= described(facts_of(text))
    text = "It stars Mike Mayers, Eddie Murfy and Cara Diaz, who reprise their respective voice roles of Shrek, Donkey, and Fiona."
    assert {("Mike Mayers", "Shrek"), ("Eddie Murfy", "Donkey"), ("Cara Diaz", "Fiona")} <= pairs(
        facts_of(text)
    )
    # no "who": the names end where the reprising begins
    text = "The voice cast includes Tony Bandera and Sal Hayes Pino reprising their respective roles as Puss and Kitty Softpaws."
    assert {("Tony Bandera", "Puss"), ("Sal Hayes Pino", "Kitty Softpaws")} <= pairs(facts_of(text))
    # "as a" without "respectively" stays no part
    assert not described(facts_of("As a child, Rob Gale and Emma Stein lived in Ohio."))


def test_office_of_a_place_is_part_of_the_name() -> None:
    text = "It stars Rex Dunmore as U.S. Marshal Ray Cole, and Ada Croft as Mattie Ross, a farm girl."
    found = facts_of(text, "Grit")
    assert ("Rex Dunmore", "U.S. Marshal Ray Cole") in pairs(found)
    assert ("Ada Croft", "farm girl", None) in described(found)


def test_a_definite_apposition_describes_the_part_only_when_its_phrase_ends() -> None:
    text = "It stars Cara Mullen as Jenny, a bright schoolgirl, and Pete Sarsgard as David, the charming conman who seduces her."
    found = facts_of(text, "A Schooling")
    assert ("Pete Sarsgard", "conman", None) in described(found)
    assert ("Cara Mullen", "schoolgirl", None) in described(found)
    # "the film follows …" starts a new clause: it says nothing of the part
    found = facts_of("Tom Hankson stars as Forrest Gumm, the film follows his life.", "Gumm")
    assert ("Tom Hankson", "Forrest Gumm") in pairs(found) and not described(found)


def test_a_bare_from_after_the_credits_names_the_source() -> None:
    text = (
        "Cross Wise is a 1949 film noir directed by Rob Siodmak and starring Burt Lancet and Yvonne Carlo, "
        "from Don Tracey's novel of the same name."
    )
    assert [(s.title, s.author, s.kind) for s in facts_of(text, "Cross Wise").sources] == [
        ("Cross Wise", "Don Tracey", "novel")
    ]
    # a studio's department is no work
    assert not facts_of("The film, from Warner Bros.'s story department, was a hit.", "Hit").sources


def test_a_style_after_a_name_and_a_finite_reprise_give_the_parts() -> None:
    text = "It stars Kate Hepburne as the 16th-century ruler Mary, Queen of Scots."
    assert ("Kate Hepburne", "Mary, Queen of Scots") in pairs(facts_of(text, "Mary of Scotia"))
    text = (
        "Ethel Walters and Rex Ingrams reprise their roles from the Broadway production as Petunia and "
        "Lucifer Junior, respectively."
    )
    assert {("Ethel Walters", "Petunia"), ("Rex Ingrams", "Lucifer Junior")} <= pairs(facts_of(text, "Cabin"))


def test_the_name_after_with_plays_the_part_however_the_tagger_reads_it() -> None:
    text = (
        "The film stars Rosario Brazzo and Ray Walstone in the leading roles with Juanita Hall as Bloody "
        "Mary, the part that she had played on stage."
    )
    found = facts_of(text, "South Seas")
    assert ("Juanita Hall", "Bloody Mary") in pairs(found)
    assert not {("Rosario Brazzo", "Bloody Mary"), ("Ray Walstone", "Bloody Mary")} & pairs(found)
    # a place after "in" stays no performer
    assert not cast(facts_of("It was released in Japan as Big Adventure.", "Adventure"))


def test_a_performance_given_as_a_part_pairs_them() -> None:
    text = (
        "Critics agreed that Elvin Presley gave one of his best performances as the mixed-blood Pacer Burton."
    )
    assert ("Elvin Presley", "Pacer Burton") in pairs(facts_of(text, "Flaming Stars"))
    assert ("Elvin Presley", "Pacer Burton") in pairs(
        facts_of("Elvin Presley turned in a fine performance as Pacer Burton.", "Flaming Stars")
    )
    # the name in quotes after its description
    text = 'It stars Elvin Presley as the mixed-blood "Pacer Burton", a dramatic role.'
    assert ("Elvin Presley", "Pacer Burton") in pairs(facts_of(text, "Flaming Stars"))
    # a nickname in quotes, then the surname: the whole name
    text = 'Bela Lugoso stars as the zombie master "Murder" Legendre, with Madge Bellamy as his victim.'
    assert ("Bela Lugoso", "Murder Legendre") in pairs(facts_of(text, "White Zombies"))


def test_an_actors_character_named_after_it() -> None:
    text = "It stars Frank Sinatro. Sinatro's character of Captain Tom Reynolds is based on a real officer."
    assert ("Frank Sinatro", "Captain Tom Reynolds") in pairs(facts_of(text, "Never So Many"))
    assert ("Tom Hankson", "Sam Baldwin") in pairs(
        facts_of("Tom Hankson's character, Sam Baldwin, is a widower.")
    )


def test_writers_who_adapted_the_novel_for_the_screen_and_a_part_described_then_named() -> None:
    text = "Claude Westa, George Froschel, and Arthur Wimpers adapted the novel for the screen."
    assert crew(facts_of(text, "Harvest"), "writer") == ["Claude Westa", "George Froschel", "Arthur Wimpers"]
    assert not crew(facts_of("He adapted the novel into a stage play.", "Harvest"), "writer")
    text = "It also features his own daughter, Geri Chaplan, in the role of his mother, Hannah Chaplan."
    assert ("Geri Chaplan", "Hannah Chaplan") in pairs(facts_of(text, "Chaplan"))


def test_played_by_a_relative_named_after_a_comma() -> None:
    text = "Ice Cubes is played by his real-life son, O'Shay Jackson Jr. who made his film debut."
    assert ("O'Shay Jackson Jr", "Ice Cubes") in pairs(facts_of(text, "Compton Town"))
    assert not cast(facts_of("The boy is played by his brother, the actor.", "Brothers"))


def test_modernised_play_is_the_source() -> None:
    text = (
        "The screenplay is a modernization of Christopher Marlowe's tragedy Doctor Faustus, retold at a mall."
    )
    found = facts_of(text, "Doc F")
    assert [(s.title, s.author, s.kind) for s in found.sources] == [
        ("Doctor Faustus", "Christopher Marlowe", "play")
    ]


# --------------------------------------------------------------------------------------- sources
@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "the book Neon Angel: The Cherrie Currie Story by Cherrie Currie",
            ("Neon Angel: The Cherrie Currie Story", "Cherrie Currie", "book"),
        ),
        ("the novel The Salt Road by Peter Quill", ("The Salt Road", "Peter Quill", "novel")),
        ("Stephen King's novel Pet Sematary", ("Pet Sematary", "Stephen King", "novel")),
        ("the 1928 Broadway play Diamond Lil by Mae West", ("Diamond Lil", "Mae West", "play")),
        ("the memoir Angela's Ashes by Frank McCourt", ("Angela's Ashes", "Frank McCourt", "memoir")),
        (
            'the short story "The Birds" by Daphne du Maurier',
            ("The Birds", "Daphne du Maurier", "short story"),
        ),
        ("the 1899 novel of the same name by Frank Norris", ("McTeague", "Frank Norris", "novel")),
        ("a magazine article by Nik Cohn", ("a magazine article by Nik Cohn", "Nik Cohn", "article")),
        ("the graphic novel Ghost World", ("Ghost World", None, "comic")),
        ("a true story", ("a true story", None, "true story")),
        (
            'the German fairy tale "Snow White" compiled by the Brothers Grimm',
            ("Snow White", "Brothers Grimm", "story"),
        ),
    ],
)
def test_source_phrases(phrase: str, expected: tuple[str, str | None, str | None]) -> None:
    title, author, kind = parse_source(phrase, "McTeague")
    if expected[0].startswith("a magazine"):
        assert (author, kind) == expected[1:]
    else:
        assert (title, author, kind) == expected


def test_source_with_initials_in_the_author() -> None:
    found = facts_of("Based on the 1938 John W. Campbell Jr. novella Who Goes There?, it is a horror film.")
    assert "Who Goes There" in found.sources[0].title


def test_sources_in_text_and_negated() -> None:
    found = facts_of("It is based on the 1899 novel of the same name by Frank Norris.", "McTeague")
    assert [(s.title, s.author, s.kind) for s in found.sources] == [("McTeague", "Frank Norris", "novel")]
    assert facts_of("It is not based on a true story.").sources == ()
    adapted = facts_of(
        "The film was adapted by Lon B. Marcs and Rush from the 1970 novel of the same name by Paul Brody.",
        "The Stunt",
    )
    assert [(s.title, s.author, s.kind) for s in adapted.sources] == [("The Stunt", "Paul Brody", "novel")]


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        (
            "The screenplay was written by Merle Miller from the 1956 novel of the same name by Joe David "
            "Brown, and the film was directed by Delmer Daves.",
            "Kings Go Forth",
            ("Kings Go Forth", "Joe David Brown", "novel"),
        ),
        (
            "Wilder also wrote the script, adapting it from the Yves Robert film Pardon Mon Affaire.",
            "The Woman in Red",
            ("Pardon Mon Affaire", "Yves Robert", "film"),
        ),
        (
            "The screenplay by Richard Matheson adapts his own short story of the same name.",
            "Duel",
            ("Duel", "Richard Matheson", "short story"),
        ),
        (
            "It was written by Frank De Felitta, who adapted his 1978 novel of the same name.",
            "The Entity",
            ("The Entity", "Frank De Felitta", "novel"),
        ),
        (
            "The screenplay was suggested by the biography Enrico Caruso His Life and Death by Dorothy Caruso.",
            "The Great Caruso",
            ("Enrico Caruso His Life and Death", "Dorothy Caruso", "book"),
        ),
        (
            "It is inspired in part by the Milan High School team who won the 1954 state championship.",
            "Hoosiers",
            ("the Milan High School team who won the 1954 state championship", None, None),
        ),
        (
            "Featuring characters from Bram Stoker's 1897 novel Dracula, the film stars Nicholas Hoult.",
            "Renfield",
            ("Dracula", "Bram Stoker", "novel"),
        ),
        (
            "The story was drawn from the 1946 non-fiction book Cloak and Dagger: The Secret Story of O.S.S. "
            "by Corey Ford and Alastair MacBain, while a former agent acted as technical advisor.",
            "Cloak and Dagger",
            ("Cloak and Dagger: The Secret Story of O.S.S.", "Corey Ford and Alastair MacBain", "book"),
        ),
        (
            'The film, which takes inspiration from the "Old Man Logan" comics storyline by Mark Millar and '
            "Steve McNiven, follows an aged Wolverine.",
            "Logan",
            ("Old Man Logan", "Mark Millar and Steve McNiven", "comic"),
        ),
    ],
)
def test_sources_a_script_was_drawn_or_took_inspiration_from(
    text: str, title: str, expected: tuple[str, str, str]
) -> None:
    assert [(s.title, s.author, s.kind) for s in facts_of(text, title).sources] == [expected]
    from index.fact_cues import is_candidate

    assert is_candidate(text)  # the build hands spaCy the sentence


# ----------------------------------------------------------------------------- records and corner cases
def test_facts_round_trip_through_json(runaways: ReviewFacts) -> None:
    again = ReviewFacts.from_json(json.loads(json.dumps(runaways.to_json())))
    assert again == runaways


def test_extract_many_sets_review_ids_in_order() -> None:
    reviews = [
        Review("a", "The Runaways", 2010, RUNAWAYS_TEXT, "h1", "a.md"),
        Review("b", "Heat", 1995, "Heat was written and directed by Michael Mann.", "h2", "b.md"),
    ]
    first, second = extract_many(reviews)
    assert {c.review_id for c in first.credits} == {"a"} and {s.review_id for s in first.sources} == {"a"}
    assert [(c.person, c.role, c.review_id) for c in second.credits] == [
        ("Michael Mann", "writer", "b"),
        ("Michael Mann", "director", "b"),
    ]
    assert extract_many([]) == []


def test_empty_or_nameless_text_has_no_facts() -> None:
    for found in extract_text(["", "a quiet film about nothing in particular.", "(((", "as as as"]):
        assert found.credits == () and found.sources == ()


def test_an_aside_between_the_actor_and_the_verb() -> None:
    found = extract_text(
        ["Dina Rose, in her feature film debut, portrayed Holiday, alongside Billy Dee Willis."]
    )[0]
    assert ("Dina Rose", "Holiday") in pairs(found)
    # a name in the aside is the one who plays
    found = extract_text(["The film, in which Tom Hanx stars, portrays the war."])[0]
    assert not any(c.character == "the war" for c in found.credits)


def test_crew_named_after_what_they_are() -> None:
    found = extract_text(["The screenplay was written by playwright Harald Pintor."])[0]
    assert [(c.person, c.role) for c in found.credits] == [("Harald Pintor", "writer")]
    found = extract_text(["It was directed by choreographer Kenny Ortaga in his directing debut."])[0]
    assert [(c.person, c.role) for c in found.credits] == [("Kenny Ortaga", "director")]


def test_one_sentence_splitter() -> None:
    text = (
        "It stars John St. Polis and L. D. Groban. Mr. Smith goes home! Then what? Shout! Studios "
        "released it. W.S. Van Dyke directed it in the U.S. The end."
    )
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "It stars John St. Polis and L. D. Groban.",
        "Mr. Smith goes home!",
        "Then what?",
        "Shout! Studios released it.",
        "W.S. Van Dyke directed it in the U.S.",
        "The end.",
    ]
    office = (
        "It stars Cal Dale as former U.S. Vice President Rick Chaney. It was shot in the U.S. Then it won."
    )
    assert [office[a:b] for a, b in sentence_spans(office)] == [
        "It stars Cal Dale as former U.S. Vice President Rick Chaney.",
        "It was shot in the U.S.",
        "Then it won.",
    ]
    nickname = 'It stars Nick Cole as H.I. "Hi" McDunn. It is set in the U.S. "Fargo" came later.'
    assert [nickname[a:b] for a, b in sentence_spans(nickname)] == [
        'It stars Nick Cole as H.I. "Hi" McDunn.',
        "It is set in the U.S.",
        '"Fargo" came later.',
    ]


# ------------------------------------------------------------------------- property: one sentence
ACTORS = ["Tom Hanks", "Meryl Streep", "Denzel Washington", "Julia Roberts", "Gene Kelly", "Janet Leigh"]
CHARACTERS = ["Josh Baskin", "Sophie Zawistowska", "Alonzo Harris", "Vivian Ward", "Tom Ward", "Marion Crane"]
TEMPLATES = [
    "{c1} ({a1}) leaves town.",
    "The film stars {a1} as {c1}.",
    "{a1} plays {c1} with a sullen intensity.",
    "It stars {a1} and {a2} as {c1} and {c2}.",
    "{c1} ({a1}) meets {c2} ({a2}) in Paris.",
    "{a1} is superb as {c1}, and {a2} steals scenes as {c2}.",
    "Later {c1} meets {c2} at the station.",
    "{a1} and {a2} are wonderful.",
    "{a1} and {a2} star as {c1} and {c2}, respectively.",
    "It stars {a1}, {a2} as {c2}, and others.",
]


@st.composite
def reviews(draw: st.DrawFn) -> list[tuple[str, set[tuple[str, str]]]]:
    """Sentences made from templates, each with the (actor, character) pairs it states."""
    out: list[tuple[str, set[tuple[str, str]]]] = []
    for _ in range(draw(st.integers(2, 5))):
        template = draw(st.sampled_from(TEMPLATES))
        i, j = draw(st.lists(st.integers(0, len(ACTORS) - 1), min_size=2, max_size=2, unique=True))
        k, m = draw(st.lists(st.integers(0, len(CHARACTERS) - 1), min_size=2, max_size=2, unique=True))
        truth: set[tuple[str, str]] = set()
        if "{a1}" in template and "{c1}" in template:
            truth.add((ACTORS[i], CHARACTERS[k]))
        if "{a2}" in template and "{c2}" in template:
            truth.add((ACTORS[j], CHARACTERS[m]))
        out.append((template.format(a1=ACTORS[i], a2=ACTORS[j], c1=CHARACTERS[k], c2=CHARACTERS[m]), truth))
    return out


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reviews())
def test_property_no_actor_is_paired_with_a_character_of_another_sentence(
    review: list[tuple[str, set[tuple[str, str]]]],
) -> None:
    text = " ".join(sentence for sentence, _ in review)
    stated: dict[str, set[tuple[str, str]]] = {}
    for sentence, truth in review:
        stated.setdefault(sentence, set()).update(truth)
    for credit in cast(facts_of(text)):
        if credit.character is None:
            continue
        assert credit.evidence in stated, credit
        assert credit.person in credit.evidence and credit.character in credit.evidence
        if credit.person in ACTORS and credit.character in CHARACTERS:
            # the pair that very sentence states: never crossed, never from another sentence
            assert (credit.person, credit.character) in stated[credit.evidence], (credit, text)


# ------------------------------------------------------------------------------------ the film card
def _parts(film: Film) -> dict[str, tuple[str | None, str | None, str | None]]:
    return {c.person: (c.character, c.description, c.of) for c in film.credits}


def test_film_card_shows_what_the_reviews_say(engine) -> None:  # type: ignore[no-untyped-def]
    film = engine.film("The Runaways")
    assert (film.title, film.year, film.reviews) == ("The Runaways", 2010, 2)
    assert [c.person for c in film.directors] == ["Floria Sigismondi"] == [c.person for c in film.writers]
    assert film.director == "Floria Sigismondi"
    parts = _parts(film)
    assert parts["Kristen Stewart"][0] == "Joan Jett" and "Kirsten Stewart" not in parts  # one spelling
    assert parts["Dakota Fanning"][0] == "Cherie Currie"
    assert parts["Michael Shannon"][:2] == ("Kim Fowley", "producer")  # over the weaker "manager"
    assert parts["Riley Keough"] == ("Marie", "sister", "Cherie Currie")
    assert parts["Tatum O'Neal"] == (None, "mother", "Cherie Currie")
    assert parts["Brett Cullen"] == (None, "father", "Cherie Currie")
    assert [c.person for c in film.credits[:3]] == ["Kristen Stewart", "Michael Shannon", "Dakota Fanning"]
    assert film.source is not None and film.source.title == "Neon Angel: The Cherrie Currie Story"
    assert (film.source.author, film.source.kind) == ("Cherrie Currie", "book")
    assert film.verdict is not None and film.verdict.reviews == 2
    # every fact is citable: the review, and the sentence it was read from
    for credit in (*film.directors, *film.writers, *film.credits):
        assert credit.review_id in film.review_ids and credit.evidence and credit.person in credit.evidence
    labels = [m.label() for m in film.cast]
    assert "Kristen Stewart as Joan Jett" in labels and "Tatum O'Neal as Cherie Currie's mother" in labels


def test_film_card_keeps_front_matter_first(engine) -> None:  # type: ignore[no-untyped-def]
    alien = engine.film("Alien")
    assert [c.person for c in alien.directors] == ["Ridley Scott"]
    assert [(c.person, c.character) for c in alien.credits][:2] == [
        ("Sigourney Weaver", "Ellen Ripley"),
        ("Tom Skerritt", "Dallas"),
    ]
    assert all(c.confidence >= 0.9 and c.how == "credits" for c in alien.credits)


def test_film_list_cards_match_the_film_card(engine) -> None:  # type: ignore[no-untyped-def]
    cards = {f.title: f for f in engine.films(cards=True)}
    assert set(cards) == {f.title for f in engine.films()}
    for title, card in cards.items():
        assert card.to_json() == engine.film(title).to_json()
    plain = engine.films()[0].to_json()
    assert set(plain) == {"title", "year", "reviews", "passages"}  # the list without cards is unchanged


def test_cli_film_json(engine, engine_settings, capsys) -> None:  # type: ignore[no-untyped-def]
    from filmbot.cli import main

    index_dir = str(engine_settings.resolved_index_dir)
    assert main(["film", "The Runaways", "--json", "--index", index_dir]) == 0
    card = json.loads(capsys.readouterr().out)
    assert {"title", "year", "reviews", "passages"} <= set(card)  # the films --json keys, and more
    assert [d["name"] for d in card["directors"]] == ["Floria Sigismondi"]
    cast = {c["name"]: c for c in card["cast"]}
    assert cast["Kristen Stewart"]["character"] == "Joan Jett"
    assert cast["Tatum O'Neal"]["part"] == "Cherie Currie's mother"
    assert all(c["review_id"] and 0 < c["confidence"] <= 1 for c in card["cast"])
    assert card["source"]["title"] == "Neon Angel: The Cherrie Currie Story"
    assert card["verdict"]["reviews"] == 2
    assert main(["film", "The Runaways", "--index", index_dir]) == 0
    text = capsys.readouterr().out
    assert "Director: Floria Sigismondi" in text and "Riley Keough as Marie, Cherie Currie's sister" in text
    assert main(["films", "--json", "--index", index_dir]) == 0
    listed = {f["title"]: f for f in json.loads(capsys.readouterr().out)}
    assert listed["The Runaways"] == card
    assert main(["film", "Casablanca", "--json", "--index", index_dir]) == 1
    assert json.loads(capsys.readouterr().out)["error"]["code"]


def test_bot_card_and_weak_facts() -> None:
    from bot import formatting as fmt

    strong = Credit("Riley Keough", "cast", "Marie", "sister", "Cherie Currie", "…", "r1", "paren", 0.8)
    weak = Credit("Brett Cullen", "cast", None, "father", None, "…", "r1", "plays", 0.5)
    director = Credit(
        "Floria Sigismondi", "director", evidence="…", review_id="r1", how="noun", confidence=0.7
    )
    film = Film(
        "The Runaways",
        2010,
        reviews=1,
        passages=3,
        director="Floria Sigismondi",
        directors=(director,),
        writers=(replace(director, role="writer", confidence=0.45),),
        credits=(strong, weak),
        sources=(SourceWork("Neon Angel", "Cherrie Currie", "book", "…", "r1", 0.75),),
        card=True,
    )
    fields = {str(f.name): str(f.value) for f in fmt.film_embed(film).fields}
    assert fields["Director"] == "Floria Sigismondi"
    assert fields["Writer"] == "the review mentions Floria Sigismondi"
    assert fields["Cast"].splitlines() == [
        "Riley Keough as Marie, Cherie Currie's sister",
        "the review mentions Brett Cullen as the father",
    ]
    assert fields["Based on"] == "the book Neon Angel by Cherrie Currie"
    assert fmt.cast_embed(film).description == fields["Cast"]


_text = st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=120)


@st.composite
def credits(draw: st.DrawFn, role: str) -> Credit:
    return Credit(
        person=draw(_text),
        role=role,
        character=draw(st.none() | _text),
        description=draw(st.none() | _text),
        of=draw(st.none() | _text),
        evidence=draw(_text),
        review_id=draw(st.text("abcdefghijklmnopqrstuvwxyz-0123456789", min_size=1, max_size=200)),
        how="paren",
        confidence=draw(st.floats(0.0, 1.0)),
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    cast_credits=st.lists(credits("cast"), max_size=60),
    directors=st.lists(credits("director"), max_size=5),
    writers=st.lists(credits("writer"), max_size=5),
    source=st.none() | st.builds(SourceWork, _text, st.none() | _text, st.none() | _text),
)
def test_property_card_embeds_fit_discord(
    cast_credits: list[Credit], directors: list[Credit], writers: list[Credit], source: SourceWork | None
) -> None:
    from bot import formatting as fmt

    film = Film(
        "A Film",
        2000,
        reviews=1,
        passages=1,
        directors=tuple(directors),
        writers=tuple(writers),
        credits=tuple(cast_credits),
        sources=(source,) if source else (),
        card=True,
    )
    for embed in (fmt.film_embed(film), fmt.cast_embed(film)):
        data = embed.to_dict()
        assert all(0 < len(f["value"]) <= fmt.FIELD_VALUE_LIMIT for f in data.get("fields", []))
        assert len(data.get("description", "")) <= fmt.DESCRIPTION_LIMIT
        assert len(data.get("footer", {}).get("text", "")) <= fmt.FOOTER_LIMIT
        assert len(embed) <= fmt.EMBED_TOTAL_LIMIT
    json.dumps(film.to_json())  # the card's JSON always serialises


def test_bot_film_card_of_the_runaways(engine) -> None:  # type: ignore[no-untyped-def]
    from bot import formatting as fmt

    film = engine.film("The Runaways")
    fields = {str(f.name): str(f.value) for f in fmt.film_embed(film).fields}
    assert fields["Director"] == "Floria Sigismondi" and fields["Writer"] == "Floria Sigismondi"
    cast_lines = fields["Cast"].splitlines()
    assert cast_lines[:3] == [
        "Kristen Stewart as Joan Jett",
        "Michael Shannon as Kim Fowley",
        "Dakota Fanning as Cherie Currie",
    ]
    assert "Tatum O'Neal as Cherie Currie's mother" in cast_lines
    assert fields["Based on"] == "the book Neon Angel: The Cherrie Currie Story by Cherrie Currie"
    assert fields["Reviews"] == "2" and fields["Verdict"]
    assert fmt.cast_embed(film).description == fields["Cast"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rob Duval co-stars as Martin Pender, an aging police sergeant.", ("Rob Duval", "Martin Pender")),
        (
            "It stars Warren Batty and Faye Dunn as the title characters Clyde Barr and Bonnie Park.",
            ("Warren Batty", "Clyde Barr"),
        ),
        (
            "It stars Warren Batty and Faye Dunn as the title characters Clyde Barr and Bonnie Park.",
            ("Faye Dunn", "Bonnie Park"),
        ),
    ],
)
def test_co_stars_and_title_characters_in_order(text: str, expected: tuple[str, str]) -> None:
    assert expected in pairs(facts_of(text))


def test_writing_teams_and_adapted_screenplays() -> None:
    team = facts_of("It is from a screenplay by the writing team of Jon Aibe and Glen Burg.")
    assert crew(team, "writer") == ["Jon Aibe", "Glen Burg"]
    adapted = facts_of("Dan Mainway adapted the screenplay from Jack Finn's novel The Snatchers.")
    assert crew(adapted, "writer") == ["Dan Mainway"]
    assert crew(facts_of("Jo Bell adapted the novel for the stage."), "writer") == []


def test_the_build_keeps_sentences_that_credit_a_screenplay() -> None:
    # the build parses only the sentences the cue filter keeps: it must keep these, or the writer is lost
    from index.fact_cues import candidate_text

    for text, writer in (
        (
            "Orson Wels directed it. He also co-wrote the screenplay with Herman J. Mankiwicz.",
            "Herman J. Mankiwicz",
        ),
        ("Dan Mainway adapted the screenplay from Jack Finn's novel The Snatchers.", "Dan Mainway"),
    ):
        assert writer in crew(facts_of(candidate_text(text)), "writer"), text


def test_lead_role_of_a_named_part_and_a_quoted_reimagining() -> None:
    found = facts_of("The film stars Mike Dougal in the lead role of Bill Foster, a former defense engineer.")
    assert ("Mike Dougal", "Bill Foster") in pairs(found)
    text = 'Dubbed as a "re-imagining" of The Evil Deed (1981), the film is the fourth installment.'
    assert [s.title for s in facts_of(text, "Evil Deed").sources] == ["The Evil Deed (1981)"]
    # the build keeps the sentence for spaCy: a re-imagining or modernisation is a source cue
    from index.fact_cues import is_candidate

    assert is_candidate(text)
    assert is_candidate("The screenplay is a modernization of Shakespeare's comedy The Taming of the Shrew.")
    # (every retelling the reader takes: "a modernized version of …", "a modern update of …")
    assert is_candidate("It is a modernized version of William Shakespeare's Macbeth.")
    assert is_candidate("The film is a modern update of Jane Austen's Emma.")


def test_scripts_from_a_work_film_versions_and_brothers() -> None:
    gas = facts_of(
        "Written by Jon Druten and John L. Balder from Pat Hamil's play Gas Lamp (1938), it follows a young wife.",
        "Gaslamp",
    )
    assert [(s.title, s.author, s.kind) for s in gas.sources] == [("Gas Lamp", "Pat Hamil", "play")]
    big = facts_of(
        "It is the first film version of the 1939 novel of the same name by Ray Chandle.", "The Big Nap"
    )
    assert [(s.title, s.author) for s in big.sources] == [("The Big Nap", "Ray Chandle")]
    plane = facts_of("It was written and directed by the brothers Dave and Jerr Zuck, and Jim Abram.")
    assert crew(plane, "writer") == ["Dave Zuck", "Jerr Zuck", "Jim Abram"]


def test_a_part_known_by_a_quoted_name() -> None:
    text = 'It stars Clint Eastwod as "the Good", Lee Van Cleaf as "the Bad", and Eli Walach as "the Ugly".'
    assert {("Lee Van Cleaf", "the Bad"), ("Eli Walach", "the Ugly")} <= pairs(facts_of(text))


def test_played_by_after_a_described_part() -> None:
    text = "He befriends an American named Charla, a young woman and recent graduate played by Scarla Johan."
    found = facts_of(text)
    assert ("Scarla Johan", "Charla") in pairs(found)
    assert any(c.description and "young woman" in c.description for c in cast(found))


def test_scores_and_award_winning_portrayals() -> None:
    assert crew(
        facts_of("Giorgo Morodr composed the film's score, including the theme song."), "composer"
    ) == ["Giorgo Morodr"]
    assert crew(facts_of("She composed a song for her mother."), "composer") == []
    text = (
        "Clare Trevar won the 1948 Academy Award for her portrayal of alcoholic nightclub singer Gaye Dawn."
    )
    assert ("Clare Trevar", "Gaye Dawn") in pairs(facts_of(text))


def test_co_wrote_it_with() -> None:
    found = facts_of("It is a 1997 comedy directed by Jim L. Brooke, who co-wrote it with Mark Andru.")
    assert "Mark Andru" in crew(found, "writer")
    found = facts_of(
        "It is a 2019 war film directed by Sam Mendez, who co-wrote the film with Krysty Wilcairns."
    )
    assert {"Sam Mendez", "Krysty Wilcairns"} <= set(crew(found, "writer"))


def test_who_plays_without_a_comma_and_roles_reprised_in_order() -> None:
    text = (
        "It stars Jack Nicholsen who plays a new patient alongside Louise Fletch who plays an austere nurse."
    )
    assert ("Louise Fletch", "nurse", None) in described(facts_of(text))
    text = "The cast includes Jeff Bridge and Bruce Boxlight reprising their roles as Kevin Flin and Alan Bradly, respectively."
    assert {("Jeff Bridge", "Kevin Flin"), ("Bruce Boxlight", "Alan Bradly")} <= pairs(facts_of(text))


def test_surnames_with_a_particle_nicknames_after_initials_and_served_as() -> None:
    found = facts_of(
        "It is a 2017 fantasy film directed by Gustavo del Rivas and written by del Rivas and Vera Tillman."
    )
    assert crew(found, "writer") == ["Gustavo del Rivas", "Vera Tillman"]
    nickname = facts_of('It stars Nick Cole as H.I. "Hi" McDunn, an ex-convict, and Holly Hart as Ed McDunn.')
    assert ("Nick Cole", 'H.I. "Hi" McDunn') in pairs(nickname)
    served = (
        "Arno Leib served as executive producer and Simon Welling, the great-grandson of the original "
        "author, served as director."
    )
    assert crew(facts_of(served), "director") == ["Simon Welling"]
    from index.fact_cues import candidate_text  # the build must keep the sentence for spaCy

    assert crew(facts_of(candidate_text(served)), "director") == ["Simon Welling"]
    assert crew(facts_of("Simon Welling served as a waiter before he directed films."), "director") == []


def test_sources_adapted_as_memoirs_of_someone_or_drawn_loosely_from_a_novel() -> None:
    memoir = facts_of(
        "The screenplay by Paul Atta adapts the memoirs of Richard N. Goodin, a lawyer who sued."
    )
    assert [(s.title, s.author, s.kind) for s in memoir.sources] == [
        ("the memoirs of Richard N. Goodin", "Richard N. Goodin", "memoir")
    ]
    drawn = facts_of(
        "In the film, which draws its plot loosely from the 1987 novel Stranger Seas by Tim Powell, "
        "the pirate Jack Sparrel (Depp) is forced into an alliance."
    )
    assert [(s.title, s.author) for s in drawn.sources] == [("Stranger Seas", "Tim Powell")]
    assert facts_of("The director adapts well to the genre.").sources == ()


def test_a_title_then_the_kind_of_work_it_is() -> None:
    assert parse_source(
        "Everybody Comes to Ricky's, an unproduced stage play by Murray Burnet and Joan Alis"
    ) == (
        "Everybody Comes to Ricky's",
        "Murray Burnet and Joan Alis",
        "play",
    )
    assert parse_source("Girl, Disrupted, a memoir by Susan Kayson") == (
        "Girl, Disrupted",
        "Susan Kayson",
        "memoir",
    )
    # the author ends where the sentence goes on about the film
    assert parse_source(
        "the 1983 book of the same name by Roald Dale, the story features witches", "Witchers"
    ) == (
        "Witchers",
        "Roald Dale",
        "book",
    )


def test_a_surname_named_in_full_before_is_no_first_name_sharing_a_surname() -> None:
    found = facts_of(
        "Kids Alright is a 2010 film directed by Lisa Cholodenka and written by Cholodenka and Stuart Blumburg."
    )
    assert set(crew(found, "writer")) == {"Lisa Cholodenka", "Stuart Blumburg"}
    zuckers = facts_of("Airplane Two was written and directed by the brothers David and Jerry Zuckerman.")
    assert set(crew(zuckers, "director")) == {"David Zuckerman", "Jerry Zuckerman"}


def test_members_of_a_group_are_no_part() -> None:
    found = facts_of(
        "Leo Caprio and Kate Winsley star as members of different social classes who fall in love."
    )
    assert [(c.person, c.character, c.description) for c in cast(found)] == [
        ("Leo Caprio", None, None),
        ("Kate Winsley", None, None),
    ]


def test_parts_portrayed_respectively_a_surname_that_is_a_part_and_whose_part_it_is() -> None:
    text = (
        "Real-life players Gary Bertin and Jules Campo are portrayed by Ryan Hirst and Wood Harrow, "
        "respectively."
    )
    assert {("Ryan Hirst", "Gary Bertin"), ("Wood Harrow", "Jules Campo")} <= pairs(facts_of(text))
    # without "respectively" the order says nothing: no crossed pairs
    crossed = pairs(facts_of("Gary Bertin and Jules Campo are portrayed by Ryan Hirst and Wood Harrow."))
    assert ("Wood Harrow", "Jules Campo") not in crossed and ("Ryan Hirst", "Jules Campo") not in crossed
    text = (
        "It stars Sylvan Stallard and Wes Snipe. Stallard is John Spartan, a reckless police officer, "
        "and evil crime lord Simon Phoenix (Snipe) escapes."
    )
    assert ("Sylvan Stallard", "John Spartan") in pairs(facts_of(text))
    text = "The story follows coach Herman Boon, portrayed by Denzel Washer. Walter Pattan portrays Bill Yost, Boon's assistant coach."
    assert ("Walter Pattan", "coach", "Herman Boon") in described(facts_of(text))


def test_narration_credits_the_narrator_not_the_cast() -> None:
    found = facts_of("It stars Tom Cruz and Dakota Fenning, with narration by Morgan Freedman.")
    assert crew(found, "narrator") == ["Morgan Freedman"] and "Morgan Freedman" not in {
        c.person for c in cast(found)
    }
    assert crew(facts_of("The documentary is narrated by Peter Coyle."), "narrator") == ["Peter Coyle"]


def test_who_wrote_the_screenplay_with_a_co_writer() -> None:
    found = facts_of("It is a comedy directed by Colin Higgs, who wrote the screenplay with Patricia Resnik.")
    assert set(crew(found, "writer")) == {"Colin Higgs", "Patricia Resnik"}
    assert crew(facts_of("Joan Jetson wrote a song with Kenny Lagos."), "writer") == []
    assert crew(facts_of("A handwritten the screenplay with Kenny Lagos."), "writer") == []


def test_performances_by_is_no_job_of_theirs() -> None:
    text = (
        "Writer and director Flora Sigmund has fashioned a spunky music-based bio-picture with three "
        "intriguing performances by Kirsty Stewer as the rocker Joan Jet."
    )
    found = facts_of(text)
    assert "Kirsty Stewer" not in crew(found, "composer")
    assert "Marv Gay" in crew(
        facts_of("Its soundtrack, written, produced and performed by Marv Gay, was a hit."), "composer"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Diane Lane plays Secretariat's owner, Penny Chenery, who takes over the Doswell, Virginia, "
            "stables of her ailing father Christopher Chenery despite her lack of horse-racing knowledge.",
            ("Diane Lane", "Penny Chenery", "owner", "Secretariat"),
        ),
        ("Tom Hanks plays the town's sheriff, Bill Foo.", ("Tom Hanks", "Bill Foo", "sheriff", None)),
        ("Tom Hanks portrays the town's sheriff, Bill Foo.", ("Tom Hanks", "Bill Foo", "sheriff", None)),
    ],
)
def test_a_name_apposed_to_a_described_part_is_the_part(
    text: str, expected: tuple[str, str | None, str | None, str | None]
) -> None:
    found = {(c.person, c.character, c.description, c.of) for c in cast(facts_of(text))}
    assert expected in found, found


def test_a_name_after_a_described_part_in_a_list_of_people_is_no_part() -> None:
    found = facts_of("Tom Hanks plays the sheriff, Bill Foo, Ann Lee and Bo Diaz play deputies.")
    assert ("Tom Hanks", None) in pairs(found)
    assert not {p for p in pairs(found) if p[1]}
    found = facts_of("Tom Hanks plays the sheriff, Bill Foo plays the deputy.")
    assert not {p for p in pairs(found) if p[1]}
    assert ("Bill Foo", "deputy", None) in described(found)


def test_featured_as_and_offices_before_a_name() -> None:
    text = (
        "Kevin Costner stars as top White House assistant Kenneth P. O'Donnell, with Bruce Greenwood "
        "featured as President John F. Kennedy, Steven Culp as Attorney General Robert F. Kennedy, and "
        "Dylan Baker as Secretary of Defense Robert McNamara."
    )
    assert {
        ("Kevin Costner", "Kenneth P. O'Donnell"),
        ("Bruce Greenwood", "John F. Kennedy"),
        ("Steven Culp", "Robert F. Kennedy"),
        ("Dylan Baker", "Robert McNamara"),
    } <= pairs(facts_of(text))
    for verb in ("appears as", "co-stars as", "is cast as", "is featured as"):
        assert ("Bo Diaz", "Tom Lee") in pairs(facts_of(f"Bo Diaz {verb} Tom Lee.")), verb
    # an office that is part of a place's name stays in the part's name
    assert ("Rex Dunmore", "U.S. Marshal Ray Cole") in pairs(
        facts_of("It stars Rex Dunmore as U.S. Marshal Ray Cole.")
    )


def test_given_names_share_the_surname_after_and() -> None:
    text = (
        "Nick Offerman and John Carroll Lynch co-star as McDonald's founders Richard and Maurice McDonald, "
        "alongside Linda Cardellini as Ray Kroc's third wife Joan Smith."
    )
    found = facts_of(text)
    assert {
        ("Nick Offerman", "Richard McDonald"),
        ("John Carroll Lynch", "Maurice McDonald"),
        ("Linda Cardellini", "Joan Smith"),
    } <= pairs(found)
    assert {("Nick Offerman", "founders"), ("John Carroll Lynch", "founders")} <= {
        (p, d) for p, d, _ in described(found)
    }
    assert ("Linda Cardellini", "wife", "Ray Kroc") in described(found)
    # never crossed
    assert not {("Nick Offerman", "Maurice McDonald"), ("John Carroll Lynch", "Richard McDonald")} & pairs(
        found
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "as a …" right after a performance verb; two described parts joined by "and", in order
        (
            "Julianne Moore and Finn Wolfhard star as a mother and son who navigate their contentious relationship.",
            {("Julianne Moore", "mother", None), ("Finn Wolfhard", "son", None)},
        ),
        (
            "Buck Jones stars as a habitual teller of tall tales, while Dorothy Revier plays the film star he tries to impress.",
            {("Buck Jones", "teller", None), ("Dorothy Revier", "film star", None)},
        ),
        # one noun for two people describes each of them
        (
            "It stars Rose Leslie and Harry Treadaway as a newly married couple whose honeymoon ends up being plagued by a series of strange events.",
            {("Rose Leslie", "couple", None), ("Harry Treadaway", "couple", None)},
        ),
    ],
)
def test_parts_after_star_as_a(text: str, expected: set[tuple[str, str | None, str | None]]) -> None:
    found = facts_of(text)
    assert expected <= described(found), described(found)
    actors = {a for a, _, _ in expected}
    assert {(a, d, o) for a, d, o in described(found) if a in actors} == expected  # never crossed


def test_no_place_is_the_part_of_a_couple() -> None:
    text = (
        "For Richer or Poorer is a 1997 American slapstick comedy film directed by Bryan Spicer starring "
        "Tim Allen and Kirstie Alley as a New York socialite couple who decide to end their spoiled relationship."
    )
    found = facts_of(text)
    assert not {p for p in pairs(found) if p[1]}
    assert {("Tim Allen", "couple", None), ("Kirstie Alley", "couple", None)} <= described(found)


def test_a_modifier_tagged_as_a_verb_before_a_named_part() -> None:
    found = facts_of("The film stars Antonio Banderas as trapped miner Mario Sepúlveda.")
    assert ("Antonio Banderas", "Mario Sepúlveda") in pairs(found)
    assert ("Antonio Banderas", "miner", None) in described(found)
    # a verb after "as" that leads to no part is no part
    found = facts_of("The film was made as planned by Ann Lee, starring Bo Diaz.")
    assert not {p for p in pairs(found) if p[1]}
    assert not described(found)


def test_names_the_entity_tagger_runs_into_as_or_the() -> None:
    text = (
        "The film starred James Caan as Rabbit Angstrom, Carrie Snodgress as Rabbit's wife Janice, "
        "and Anjanette Comer as his girlfriend Ruth."
    )
    found = pairs(facts_of(text))
    assert {("James Caan", "Rabbit Angstrom"), ("Carrie Snodgress", "Janice")} <= found
    assert "James Caan as Rabbit Angstrom" not in {a for a, _ in found}
    text = (
        "It stars Tom Berenger as Butch Cassidy and William Katt as the Sundance Kid, "
        "with Jeff Corey reprising his role as Sheriff Bledsoe."
    )
    found = {p for p in pairs(facts_of(text)) if p[1]}
    assert found == {
        ("Tom Berenger", "Butch Cassidy"),
        ("William Katt", "Sundance Kid"),
        ("Jeff Corey", "Sheriff Bledsoe"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It stars Rick Hearst in his debut acting role as Brian, a young man who becomes acquainted with a talking parasite.",
            ("Rick Hearst", "Brian"),
        ),
        (
            "It features Warren William, in his fourth appearance as the title character Lone Wolf, and Edward Gargan.",
            ("Warren William", "Lone Wolf"),
        ),
        (
            "I Am a Camera stars Laurence Harvey as Isherwood and Julie Harris recreating her Tony Award-winning performance as Sally Bowles.",
            ("Julie Harris", "Sally Bowles"),
        ),
        (
            "Hamlet is a 1996 film adaptation of William Shakespeare's play Hamlet, adapted and directed by Kenneth Branagh, who also stars as Prince Hamlet.",
            ("Kenneth Branagh", "Prince Hamlet"),
        ),
        (
            "The film also stars Miles Teller, Ed Harris and Val Kilmer, who reprises his role as Iceman.",
            ("Val Kilmer", "Iceman"),
        ),
    ],
)
def test_in_his_debut_as_and_who_also_stars_as(text: str, expected: tuple[str, str]) -> None:
    found = {p for p in pairs(facts_of(text)) if p[1]}
    assert expected in found, found
    assert {a for a, c in found if c == expected[1]} == {expected[0]}  # not the other names in the list


def test_who_was_cast_as_stays_hedged_and_a_replacement_in_her_role_is_no_part() -> None:
    assert not {
        p for p in pairs(facts_of("It stars Cary Grant, who was originally cast as the villain.")) if p[1]
    }
    assert not {p for p in pairs(facts_of("Ann Lee was replaced by Bo Diaz in her role as Maria.")) if p[1]}


def test_three_given_names_share_no_surname() -> None:
    text = (
        "The film stars Eric Edelstein, Bobby Moynihan and Demetri Martin as the three titular bears "
        "Grizz, Panda, and Ice Bear."
    )
    assert {
        ("Eric Edelstein", "Grizz"),
        ("Bobby Moynihan", "Panda"),
        ("Demetri Martin", "Ice Bear"),
    } <= pairs(facts_of(text))


def test_a_director_who_also_wrote_it_and_sources_by_owners_in_s_and_in_part() -> None:
    found = facts_of(
        "It was directed by Joseph L. Mankiewitz, who also wrote the screenplay. The film is based on the "
        "1950 Broadway musical by composer and lyricist Frank Loessor."
    )
    assert set(crew(found, "writer")) == {"Joseph L. Mankiewitz"}
    assert [(s.title, s.author, s.kind) for s in found.sources] == [
        ("the 1950 Broadway musical", "Frank Loessor", "musical")
    ]
    summer = facts_of(
        "It was directed by Martin Rit, based in part on three works by William Faulknor: the 1931 novella "
        '"Spotted Horses" and the 1940 novel The Hamlet. Some characters were inspired by Tennessee Willams\' '
        "1955 play, Cat on a Hot Tin Roof, a film adaptation of which was released five months later."
    )
    assert {(s.title, s.author) for s in summer.sources} == {
        ("three works", "William Faulknor"),
        ("Cat on a Hot Tin Roof", "Tennessee Willams"),
    }


def test_an_office_of_a_country_or_a_state_before_the_name_is_no_part() -> None:
    found = facts_of("The film stars Jason Clerk as U.S. Senator from Massachusetts Ted Kennedie.")
    assert pairs(found) == {("Jason Clerk", "Ted Kennedie")}


def test_who_respectively_portray_and_jobs_are_no_parts() -> None:
    found = facts_of(
        "It stars Marilyn Burnes, Paul Partin, Edwin Neel and Gunnar Hanson, who respectively portray Sally "
        "Hardisty, Franklin Hardisty, the hitchhiker and Leatherface."
    )
    assert pairs(found) >= {
        ("Marilyn Burnes", "Sally Hardisty"),
        ("Paul Partin", "Franklin Hardisty"),
        ("Gunnar Hanson", "Leatherface"),
    }
    assert described(found) == {("Edwin Neel", "hitchhiker", None)}
    producers = facts_of("Members of the group were involved, including Ice Cubed and Dr. Drey as producers.")
    assert not [c for c in cast(producers) if c.description]


def test_a_director_who_also_wrote_it_with_someone() -> None:
    found = facts_of(
        "The Dorrs is a 1991 film directed by Oliver Stoen who also wrote it with Randall Jahnsen."
    )
    assert set(crew(found, "writer")) == {"Oliver Stoen", "Randall Jahnsen"}
    assert crew(facts_of("Jett wrote it with Fowley on a napkin."), "writer") == []


def test_another_part_and_a_writer_named_by_surname_with_his_co_writers() -> None:
    found = facts_of("The film stars Audrey Hepbern as a blind woman and Richard Crena as another criminal.")
    assert ("Richard Crena", "criminal", None) in described(found)
    stripes = facts_of(
        "Stripes is a film starring Harold Ramiss. Ramiss wrote the film with Len Blume and Dan Goldberger."
    )
    assert set(crew(stripes, "writer")) == {"Harold Ramiss", "Len Blume", "Dan Goldberger"}


def test_a_screenplay_credited_to_someone_and_a_team_by_its_family_name() -> None:
    lucky = facts_of(
        "Lucky Logans is a 2017 heist film directed by Steve Soderberg, based on a screenplay credited to Becca Blunt."
    )
    assert crew(lucky, "writer") == ["Becca Blunt"] and lucky.sources == ()
    fink = facts_of("Bart Finks is a 1991 comedy film written and directed by the Coen brothers.")
    assert crew(fink, "director") == ["the Coen brothers"] and crew(fink, "writer") == ["the Coen brothers"]


def test_a_place_before_played_by_is_no_part() -> None:
    found = facts_of(
        "Walking Taller is a 1973 film of Sheriff Buford Pusserr, a wrestler-turned-lawman in McNairy County, "
        "Tennessee, played by Joe Don Bakerr."
    )
    assert ("Joe Don Bakerr", "Tennessee") not in pairs(found)
    # the person the place belongs to, named before it with what they are, plays the part
    nurse = facts_of("The story follows Jane Smithe, a nurse from Ohio, played by Ann Leigh.")
    assert ("Ann Leigh", "Jane Smithe") in pairs(nurse)


def test_a_text_the_readers_trip_on_is_indexed_without_facts(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """One text that trips a reader (a bug in it) costs that text its facts, not the whole build."""
    import index.facts as facts_module

    real = facts_module._facts_of_doc

    def tripping(sentences: list, doc: object, title: str | None = None) -> ReviewFacts:  # type: ignore[type-arg]
        if title == "Broken":
            raise IndexError("token index out of range")
        return real(sentences, doc, title)  # type: ignore[arg-type]

    monkeypatch.setattr(facts_module, "_facts_of_doc", tripping)
    found = extract_text(
        ["It stars Tom Hanks as Josh Baskin.", "It stars Meg Ryan as Sally Albright."], ["Broken", "Fine"]
    )
    assert found[0] == ReviewFacts()
    assert ("Meg Ryan", "Sally Albright") in pairs(found[1])
    assert "could not read facts of 'Broken'" in caplog.text


def test_they_play_respectively_after_the_stars_and_music_and_screen_adaptation_credits() -> None:
    rat = facts_of(
        "Queen Rat is a 1965 war film directed by Brian Forbs and starring George Segul and James Foxe. "
        "They play Corporal King and Flight Lieutenant Marlowe, respectively, two prisoners of war."
    )
    assert pairs(rat) >= {("George Segul", "Corporal King"), ("James Foxe", "Flight Lieutenant Marlowe")}
    # a count that does not match pairs nobody
    one = facts_of("It stars George Segul. They play cards and chess, respectively, every night.")
    assert {part for _, part in pairs(one)} == {None}
    plot = facts_of(
        "Family Plan is a 1976 thriller. It was based on the novel The Rainbow Pattern, which Ernest "
        "Lehmann adapted for the screen."
    )
    assert crew(plot, "writer") == ["Ernest Lehmann"]
    live = facts_of("Wang Chunk composed and performed the original music soundtrack.")
    assert crew(live, "composer") == ["Wang Chunk"]
    night = facts_of("Night on Mars is a 1991 film. The soundtrack of the same name is by Tom Wates.")
    assert crew(night, "composer") == ["Tom Wates"]
    assert crew(facts_of("Jett composed and performed a song for her sister."), "composer") == []


def test_the_sentences_of_the_new_credit_constructions_reach_the_fact_reader() -> None:
    from index.fact_cues import is_candidate

    for sentence in (
        "They play Corporal King and Flight Lieutenant Marlowe, respectively, two prisoners of war.",
        "Wang Chunk composed and performed the original music soundtrack.",
        "The soundtrack of the same name is by Tom Wates.",
        "It was based on the novel, which Ernest Lehmann adapted for the screen.",
    ):
        assert is_candidate(sentence), sentence


def test_stars_reprising_their_roles_as_parts_in_order() -> None:
    dawn = facts_of(
        "The film stars Kirsten Stuart, Rob Patterson, and Taylor Lautner, reprising their roles as Bella "
        "Swan, Edward Cullen, and Jacob Black, respectively; Mackenzie Fay portrays Renesmee Cullen."
    )
    assert pairs(dawn) >= {
        ("Kirsten Stuart", "Bella Swan"),
        ("Rob Patterson", "Edward Cullen"),
        ("Taylor Lautner", "Jacob Black"),
        ("Mackenzie Fay", "Renesmee Cullen"),
    }
    assert ("Gene Hackmann", "Popeye Doyle") in pairs(
        facts_of("It stars Gene Hackmann, reprising his role as Popeye Doyle.")
    )


def test_in_the_role_of_after_a_comma_and_a_film_is_no_part() -> None:
    found = facts_of(
        "The Despot is a 2012 comedy co-written by and starring Sasha Barron Cohn as his fourth feature film in "
        "a leading role. Barron Cohn, in the role of Admiral General Aladin, stars alongside Anna Farris."
    )
    assert ("Sasha Barron Cohn", "Admiral General Aladin") in pairs(found)  # the two-word surname, in full
    assert not [c for c in cast(found) if c.description and "film" in c.description]


def test_writers_described_before_their_names_and_a_novel_a_writer_adapted() -> None:
    peggy = facts_of("The film was written by husband-and-wife team Jerry Leicht and Arlene Sarn.")
    assert set(crew(peggy, "writer")) == {"Jerry Leicht", "Arlene Sarn"}
    heat = facts_of(
        "The novel was the basis for the screenplay, written by former crime reporter Sid Boehme."
    )
    assert crew(heat, "writer") == ["Sid Boehme"]
    finch = facts_of(
        "It was written by Pete Straughn, who adapted the 2013 novel The Bullfinch by Donna Tart."
    )
    assert [(s.title, s.author) for s in finch.sources] == [("The Bullfinch", "Donna Tart")]


def test_a_described_part_played_by_and_a_named_part_as_played_by() -> None:
    worker = facts_of("In Vegas he falls for a sex worker played by Elisabet Shoo and stops drinking.")
    assert ("Elisabet Shoo", "sex worker", None) in described(worker)
    conman = facts_of("It tells the story of con artist Steven Jay Rossell, as played by Jimm Carey.")
    assert ("Jimm Carey", "Steven Jay Rossell") in pairs(conman)
    assert not cast(facts_of("The role was played by John Smithe."))  # a role, but nobody's part


def test_a_surname_the_tagger_reads_as_a_word_and_a_portrayal_of_a_described_name() -> None:
    text = (
        "The film stars Vincent Price and Carol Ohmart. Price plays an eccentric millionaire, Frederick "
        "Loren, who throws a party. Tim Roth was nominated for his portrayal of the aristocrat Archibald "
        "Cunningham."
    )
    found = facts_of(text)
    assert {("Vincent Price", "Frederick Loren"), ("Tim Roth", "Archibald Cunningham")} <= pairs(found)


def test_a_part_a_bracket_gives_to_another_actor_is_not_the_last_listed_stars() -> None:
    text = (
        "It stars Arnold Schwarzeneger and Sinbadd as two rival fathers, mattress salesman Howard "
        "Langston (Schwarzeneger) and postal worker Myron Larabee (Sinbadd)."
    )
    assert pairs(facts_of(text)) == {
        ("Arnold Schwarzeneger", "Howard Langston"),
        ("Sinbadd", "Myron Larabee"),
    }


def test_a_series_of_books_is_books_not_television() -> None:
    found = facts_of("The film is based on a series of books by Margerie Sharpe, most notably The Rescuers.")
    assert [(s.kind, s.author) for s in found.sources] == [("book", "Margerie Sharpe")]
    tv = facts_of("It is based on the television series Star Trekk by Gene Roddenbery.")
    assert [s.kind for s in tv.sources] == ["TV series"]


def test_a_performance_praised_in_a_clause_about_the_actor() -> None:
    text = (
        "The film stars Anjelica Hustin, who was nominated for a Golden Globe for her performance as "
        "Morticia Addams, and Raul Julla as Gomez Addams."
    )
    assert {("Anjelica Hustin", "Morticia Addams"), ("Raul Julla", "Gomez Addams")} <= pairs(facts_of(text))
    assert not cast(facts_of("The film was praised for its performance as a thriller."))


def test_writers_by_whose_collaborators_they_are_whose_screenplay_and_with_whom() -> None:
    misty = facts_of(
        "The screenplay, written by regular Eastwod collaborators Jo Heimz and Dean Riesnerr, follows a DJ."
    )
    assert crew(misty, "writer") == ["Jo Heimz", "Dean Riesnerr"]
    owned = facts_of(
        "Chris Markuss and Steve McFeelly's screenplay is adapted from a 1999 series of Miami New Times "
        "articles by Pete Colins."
    )
    assert set(crew(owned, "writer")) == {"Chris Markuss", "Steve McFeelly"}
    cowritten = facts_of(
        "It was directed by Trey Parkerr from a screenplay co-written with series co-creator Matt Stonne."
    )
    assert "Matt Stonne" in crew(cowritten, "writer")
    # another film's screenplay, or the novel's author, writes no screenplay of this one
    remade = facts_of(
        "The screenplay was written by Val Curtinn, based on Preston Sturgess' screenplay for the 1948 film."
    )
    assert crew(remade, "writer") == ["Val Curtinn"]
    novel = facts_of("It is adapted from the 1965 novel of the same name by American author Pete Matthiesen.")
    assert crew(novel, "writer") == []


def test_writers_and_directors_credited_in_other_words() -> None:
    assert crew(built("Frequent collaborator Francis Marian wrote the scenario."), "writer") == [
        "Francis Marian"
    ]
    assert crew(built("The scenario was by Francis Marian."), "writer") == ["Francis Marian"]
    text = "Richard Mathesen and Lewis Meltzar are credited with the screenplay."
    assert crew(built(text), "writer") == ["Richard Mathesen", "Lewis Meltzar"]
    assert crew(built("Charles Bush wrote both the original play and the screenplay."), "writer") == [
        "Charles Bush"
    ]
    text = "It is based on a story by Herman Wauk, who also coauthored the screenplay."
    assert crew(built(text), "writer") == ["Herman Wauk"]
    text = "It is based on a story by Robert Heinlin, who shares the screenwriting credit with producer Jack Seeman."
    assert crew(built(text), "writer") == ["Robert Heinlin", "Jack Seeman"]
    text = "It was directed by Billy Cristal, from a screenplay that he wrote with Alan Zweibell."
    assert "Alan Zweibell" in crew(built(text), "writer")
    assert crew(built("Marshall Neelan directs his then wife Blanche Sweat, who stars."), "director") == [
        "Marshall Neelan"
    ]
    # (a song is no script)
    assert crew(built("Joan Jet wrote a song for the band."), "writer") == []


def test_parts_had_voiced_or_played_uncredited() -> None:
    assert pairs(built("It starred Ethan Embree. William Macey voiced Evolver.")) >= {
        ("William Macey", "Evolver")
    }
    text = "Lisa Sherdan has a cameo role in the film, and Barbara Eaden has the uncredited part of Daphne."
    assert ("Barbara Eaden", "Daphne") in pairs(built(text))
    text = "Jim Thorp and Herman Brixx appear uncredited as unbilled football players."
    assert {("Jim Thorp", "football players", None), ("Herman Brixx", "football players", None)} <= described(
        built(text)
    )
    text = "Ziggy Lorenz and Erika Ritters also have cameo appearances in the film as interviewers."
    assert ("Erika Ritters", "interviewers", None) in described(built(text))
    assert cast(built("He is part of the team that Lana Turnor leads.")) == []
    text = "It is narrated by comic Jerry Colona and is a madcap retelling of the ballad."
    assert crew(built(text), "narrator") == ["Jerry Colona"]


def test_a_voice_given_by_someone_a_clause_s_job_and_a_quoted_part_after_its_article() -> None:
    text = "It stars Don O'Conor. The distinctive voice of Francis is a voice-over by actor Chil Wills."
    assert ("Chil Wills", "Francis") in pairs(built(text))
    assert ("Frank Gorshen", "Foghorn Leghorn") in pairs(
        built("The voice of Foghorn Leghorn is supplied by Frank Gorshen.")
    )
    assert crew(built("It stars Bebe Danels. Elmer Haris provided the story and screenplay."), "writer") == [
        "Elmer Haris"
    ]
    facts = built("Ken Branagh, who adapted the play for the screen and directed it, also stars in the film.")
    assert (
        crew(facts, "director") == ["Ken Branagh"] and works(facts) == []
    )  # no work titled "for the screen"
    # (a clause's other film is not this one's)
    assert (
        crew(built("The film stars Ken Branagh, who plays the prince and directed the sequel."), "director")
        == []
    )
    text = 'It was the third Tarzan film to feature Johny Weismuller as the "King of the Apes".'
    assert ("Johny Weismuller", "King of the Apes") in pairs(built(text))
    # a list of those who did a job ends where a name opens a clause of its own
    facts = built("The film is directed by Gavin Hoode, and Gun is portrayed by Keira Knightly.")
    assert crew(facts, "director") == ["Gavin Hoode"] and ("Keira Knightly", "Gun") in pairs(facts)
    assert crew(built("It was directed by Jon Forde, and Dudley Nicholls wrote it."), "director") == [
        "Jon Forde"
    ]


def test_the_kind_of_part_someone_has() -> None:
    for text, person, part in (
        ("Jackie Gleeson plays a supporting role.", "Jackie Gleeson", "supporting role"),
        ("John Wain had a minor role in the film.", "John Wain", "minor role"),
        (
            "Despite receiving top billing, Bela Lugossi has a relatively small part.",
            "Bela Lugossi",
            "small part",
        ),
        (
            "It was the debut of Vondie Hall, who also has a small role in the film.",
            "Vondie Hall",
            "small role",
        ),
    ):
        assert (person, part, None) in described(built(text)), text
    assert cast(built("The studio has a small role in distribution.")) == []
    assert ("Ann Smyth", "sheriff", None) in described(built("Ann Smyth has a minor role as the sheriff."))


def test_parts_by_their_billing_and_whose_they_are() -> None:
    for text, person, part in (
        ("Myrna Loi has a feature role.", "Myrna Loi", "feature role"),
        ("Harold Loyd has an uncredited role.", "Harold Loyd", "uncredited role"),
        ("It was an early lead role for Jack Oaky.", "Jack Oaky", "early lead role"),
        ("It was an early leading role for Chaney, then billed under his birth name.", "Chaney", "early leading role"),
        ("The film featured Clara Beau in her first starring role.", "Clara Beau", "lead role"),
        ("Kaley Cuocco appears in her debut role.", "Kaley Cuocco", "debut role"),
        ("Joyce Brothres and Hugh Downes also made cameo appearances in the film.", "Hugh Downes", "cameo appearances"),
        ("It stars Glen Forde, with supporting appearances by Neil Boortz and Steve Sommers.", "Steve Sommers", "supporting role"),
    ):  # fmt: skip
        assert (person, part, None) in described(built(text)), text
    # each of a list "in the lead roles"
    text = "It was directed by Sidney Olcot with Richard Barthelmes and Patsy Ruth Milller in the lead roles."
    assert {
        ("Richard Barthelmes", "lead role", None),
        ("Patsy Ruth Milller", "lead role", None),
    } <= described(built(text))
    # a part written for someone is no part they play
    assert cast(built("He wrote a leading role for Katharine Hepbern.")) == []


def test_leading_men_and_ladies_named_after_the_words() -> None:
    text = "Leading men Walter Husten and Warren Williams were listed after the title."
    assert {("Walter Husten", "leading man", None), ("Warren Williams", "leading man", None)} <= described(
        built(text)
    )
    text = "It was co-produced by oilman Glen McCarty and leading man Robert Paig to display farming."
    assert [(c.person, c.description) for c in cast(built(text))] == [("Robert Paig", "leading man")]


def test_essayed_is_played() -> None:
    text = "The film stars Basil Rathbon. Rathbon essayed the character of the detective Philo Vanse in it."
    assert ("Basil Rathbon", "Philo Vanse") in pairs(built(text))


def test_writers_by_whose_screenplay_it_is() -> None:
    assert crew(built("Wharf Angle was the first screenplay of Stephen Morehouse Avry."), "writer") == [
        "Stephen Morehouse Avry"
    ]
    text = "Harry Kurnits received an Oscar nomination for his original screenplay."
    assert crew(built(text), "writer") == ["Harry Kurnits"]
    assert crew(built("John Smyth wrote his first screenplay at age 12."), "writer") == []
    assert (
        crew(built("Preston Sturgis won an Oscar for his screenplay for The Great McGinny."), "writer") == []
    )
    text = "The film was written by Jean-Jacques Anaud with Alain Godart."
    assert crew(built(text), "writer") == ["Jean-Jacques Anaud", "Alain Godart"]
    assert crew(built("The novel was written by Jane Austin with Emily Bronty."), "writer") == []
    text = "It is a television film directed by Craig Baxly, written by twin brothers Carey and Chad Hays."
    assert crew(built(text), "writer") == ["Carey Hays", "Chad Hays"]
    text = (
        "It is a 1983 drama film directed by Martin Davidsen with the screenplay written by the director and "
        "Arlene Davidsen, based on the novel by P. F. Kluj."
    )
    assert crew(built(text), "writer") == ["Martin Davidsen", "Arlene Davidsen"]


def test_the_lead_someone_is_said_to_be() -> None:
    text = "Casson Fergusen was the male lead; Zasu Pits had a supporting role."
    assert ("Casson Fergusen", "male lead", None) in described(built(text))
    text = "Reed Howse, a model turned actor, is Beau's leading man."
    assert ("Reed Howse", "leading man", "Beau") in described(built(text))
    assert cast(built("Bob Smyth is the lead singer of the band.")) == []
    text = "It contains cameos by Greer Garsen, Lana Turnor and Robert Tailor."
    assert {("Greer Garsen", "cameo", None), ("Robert Tailor", "cameo", None)} <= described(built(text))


def test_sources_told_in_other_words() -> None:
    text = "The film's source is a short story by Gouverneur Moris, also titled Behind the Door, published in 1917."
    assert works(built(text)) == [("a short story", "Gouverneur Moris", "short story")]
    text = "It is directed by Rouben Mamulian from a story by Dashiel Hammet and stars Gary Cooper."
    assert works(built(text)) == [("a story", "Dashiel Hammet", "story")]
    text = (
        "The film's screenplay was adapted by the husband-and-wife writing team of Tess Slesinger and Frank "
        "Davies, from the novel Mr. and Mrs. Cugat, the Record of a Happy Marriage by Isabel Scott Rorik."
    )
    assert works(built(text)) == [
        ("Mr. and Mrs. Cugat, the Record of a Happy Marriage", "Isabel Scott Rorik", "novel")
    ]


def test_the_narrator_who_narrated_the_film() -> None:
    text = (
        "It stars Marjie Eaten. Actor Bradley Dillmon, the younger brother of co-writer and producer "
        "Dean Dillmon, Jr., narrated the film."
    )
    assert crew(built(text), "narrator") == ["Bradley Dillmon"]
    assert crew(built("Kenneth Branner narrates the documentary."), "narrator") == ["Kenneth Branner"]
    assert crew(built("Orsen Wellez narrated a radio show about the war."), "narrator") == []


def test_the_narrator_who_provides_the_narration() -> None:
    text = "The film is directed by Orsen Wellez. It stars Joe Cotton, with Wellez providing the narration."
    assert crew(facts_of(text), "narrator") == ["Orsen Wellez"]
    assert crew(facts_of("The narration was praised by critics."), "narrator") == []


@pytest.mark.slow
def test_the_cue_sentences_hold_every_fact_of_real_summaries(
    shared_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The build reads only the sentences with a cue (index.fact_cues): on 400 Wikipedia summaries it
    finds the same source works as reading every sentence."""
    from index.annotate import facts_json

    lines = (shared_data / "wikipedia_movies" / "films.jsonl").read_text(encoding="utf-8").splitlines()
    films = [f for f in (json.loads(line) for line in lines[::60][:400]) if f.get("extract")]
    reviews = [
        Review(f"r{i}", f["title"], f.get("year"), f["extract"], content_hash=str(i), source_path=str(i))
        for i, f in enumerate(films)
    ]

    def read() -> list[ReviewFacts]:
        return [ReviewFacts.from_json(json.loads(j or "{}")) for j in facts_json(reviews)]

    cued = read()
    monkeypatch.setenv("FILMBOT_FACT_SENTENCES", "all")
    every = read()
    # (credits differ a little either way: spaCy tags a sentence alone and in its review differently)
    for review, a, b in zip(reviews, every, cued, strict=True):
        assert [(s.title, s.author) for s in a.sources] == [(s.title, s.author) for s in b.sources], (
            review.text
        )
    assert sum(len(f.sources) for f in cued) >= 100


def test_a_director_known_by_one_name_but_not_a_people_or_a_studio() -> None:
    found = facts_of("It was directed by Pitof and written by John Rogers and Michael Ferris.", "Catwoman")
    assert crew(found, "director") == ["Pitof"]
    assert not [
        c for c in found.credits if c.person == "Pitof" and c.confidence >= 0.8
    ]  # one name: less sure
    assert crew(facts_of("It was directed by Americans."), "director") == []
    assert crew(facts_of("It was directed by Walt Disney Productions."), "director") == []


@pytest.mark.parametrize(
    ("text", "role", "names"),
    [
        ("Ryan Murfy co-wrote and directed the film, which was released in 2010.", "director", ["Ryan Murfy"]),
        ("Ryan Murfy co-wrote and directed the film, which was released in 2010.", "writer", ["Ryan Murfy"]),
        ("It is a comedy written, directed by, and co-starring Woodie Allan, alongside Kirsty Ally.", "writer",
         ["Woodie Allan"]),
        ("The film took a turn that its writer, Joss Weedon, never intended.", "writer", ["Joss Weedon"]),
        ("The screenplay was written by noted American satirical novelist Terry Suthern and British author "
         "Chris Isherwoode.", "writer", ["Chris Isherwoode", "Terry Suthern"]),
        ("The screenplay was written by Alan LeMay, Jesse Lasky, Jr. and Jeanie McPherson.", "writer",
         ["Alan LeMay", "Jeanie McPherson", "Jesse Lasky Jr"]),
        # the author of the work it is based on wrote no script of it
        ("It is based on a serialized story written by Thelma Strabell in 1940.", "writer", []),
        ("It was directed by Reg Barker from a story written by Monte Katterjon.", "writer", ["Monte Katterjon"]),
    ],
)  # fmt: skip
def test_crew_said_in_more_ways(text: str, role: str, names: list[str]) -> None:
    assert sorted(crew(facts_of(text), role)) == names


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("It was adapted by Vince Flaherty from the book PT 109: Kennedy in the War by Bob Donavan, and the "
         "screenplay was written by Rich Breen.", ("PT 109: Kennedy in the War", "Bob Donavan", "book")),
        ('It was adapted from the Pulitzer Prize-winning Village Voice article "Death of a Playmate" by Teresa '
         "Carpentar and is based on a model's life.", ("Death of a Playmate", "Teresa Carpentar", "article")),
        ("It is a 1944 survival film directed by Alfred Hichcock from a story by John Steinbek.",
         ("a story", "John Steinbek", "story")),
        ("The screenplay was written by John Steinbek, using Edgcomb Pinchen's 1941 book Zapata the Unconquerable "
         "as a guide.", ("Zapata the Unconquerable", "Edgcomb Pinchen", "book")),
        ("It is based on the 1909 short story of the same name by O. Henri that was turned into a play.",
         ("Roads", "O. Henri", "short story")),
        ("It is an adaptation of the 1933 Maxwell Andersen play.", ("the 1933 Maxwell Andersen play", "Maxwell Andersen", "play")),
    ],
)  # fmt: skip
def test_source_works_said_in_more_ways(text: str, work: tuple[str, str, str]) -> None:
    title = "Roads" if "O. Henri" in text else None
    found = [(s.title, s.author, s.kind) for s in facts_of(text, title).sources]
    assert found[:1] == [work]


def test_parts_said_in_more_ways() -> None:
    godmother = facts_of(
        'He is helped by his comely and enigmatic "fairy godmother," played by Sally Kellermann, as he becomes '
        "a suspect, and a vain, haughty hot-shot detective lieutenant from San Francisco, played by Mike Murfy, "
        "soon becomes hot on his trail."
    )
    assert {
        ("Sally Kellermann", "fairy godmother", None),
        ("Mike Murfy", "detective lieutenant", None),
    } <= described(godmother)
    president = facts_of(
        "It stars Walt Hustin as a genial but politically corrupt U.S. President who crashes."
    )
    assert pairs(president) == {("Walt Hustin", "U.S. President")}
    assert ("Jaime Fernandes", "Friday") in pairs(
        facts_of("It stars Dan O'Herlihie as Crusoe and Jaime Fernandes as Friday.")
    )
    assert ("Fredrik Marsh", "Bothwell") in pairs(
        facts_of(
            "It is an adaptation of the 1933 Maxwell Andersen play, with Fredrik Marsh reprising the role of Bothwell."
        )
    )
    assert not cast(facts_of("Ice Cubed, Cedric Enter and Evie reprise their roles from the first film."))
    # a surname the tagger reads as a noun, in brackets after a part's possessive
    doc = facts_of(
        "It stars Dusty Hoffmann and Roy Scheidert. He is drawn in by his brother Doc's (Scheidert) dealings."
    )
    assert ("Roy Scheidert", "Doc") in pairs(doc)
    # the voice given to a part
    ted = facts_of(
        "It stars Mark Walberg, and MacFarlan providing the voice and motion capture of the title character.",
        "Ted",
    )
    assert ("MacFarlan", "Ted") in pairs(ted)
    assert not cast(facts_of("The studio provided the money for the film's voice cast."))
    # a noun the tagger reads as a verb still ends the part
    clown = facts_of("Its cast includes Elya Baskin as the circus clown, Savely Kramarov as a spy.")
    assert ("Elya Baskin", "circus clown", None) in described(clown)
    scorpio = facts_of(
        "It stars Burt Lancastor and Alain Delonn. Delonn plays the title character, a hitman.", "Scorpio"
    )
    assert ("Alain Delonn", "Scorpio") in pairs(scorpio)
    # the cue word is no part of the name; "U.S. Fish and Wildlife Service" is one name, in one sentence
    assert ("Kevin Costnor", "Wyatt Earp") in pairs(
        facts_of("Starring Kevin Costnor in the title role, it also features Gene Hackmann.", "Wyatt Earp")
    )
    river = facts_of(
        "The film stars Jeremy Rennor and Liz Olsenn as a U.S. Fish and Wildlife Service tracker and an FBI "
        "agent, respectively, who solve a murder."
    )
    assert {("Jeremy Rennor", "tracker", None), ("Liz Olsenn", "FBI agent", None)} <= described(river)
    # a short name before the part's noun says which one: a Union officer
    union = facts_of("The film stars Glenn Forde as a Union officer who becomes addicted to killing.")
    assert ("Glenn Forde", "Union officer", None) in described(union)


def test_crew_named_after_what_they_are_or_what_they_adapted() -> None:
    # what the person is, a place among it
    veteran = facts_of(
        "Reborn is a 1978 drama film directed by Hollywood veteran Irvin Rappor about a trial."
    )
    assert crew(veteran, "director") == ["Irvin Rappor"]
    # "The director was X", "The writer, X, …"
    serial = facts_of(
        "It is a 1952 serial. The director was Fredd C. Brannen, with a screenplay by Ron Davisson."
    )
    assert crew(serial, "director") == ["Fredd C. Brannen"]
    assert crew(serial, "writer") == ["Ron Davisson"]
    potter = facts_of("The writer, Denis Pottar, adapted his earlier television play, Schmoedipus (1974).")
    assert crew(potter, "writer") == ["Denis Pottar"]
    # the one who adapted a work is the film's writer, and the work its source
    poe = facts_of(
        "Jim Poa adapted Mark Raskovich's 1963 novel of the same name, which borrowed from Moby-Dick."
    )
    assert crew(poe, "writer") == ["Jim Poa"]
    assert [(s.author, s.kind) for s in poe.sources] == [("Mark Raskovich", "novel")]
    rewrite = facts_of(
        "Sam Peckinpa wrote the original script, but the star had Robbie Towner rewrite the script."
    )
    assert crew(rewrite, "writer") == ["Sam Peckinpa", "Robbie Towner"]
    # the author of the work it is based on did no job here
    biography = facts_of("The screenplay is based on the biography by William Lansforde.")
    assert crew(biography, "writer") == []
    assert [s.author for s in biography.sources] == ["William Lansforde"]
    # a work's title between its kind and its author
    patrol = facts_of("It is from a screenplay by Dud Nichol from the 1927 novel Patrol by Phil MacDonalds.")
    assert [(s.title, s.author) for s in patrol.sources] == [("Patrol", "Phil MacDonalds")]


def test_her_in_sentences_that_open_with_her_is_the_same_person() -> None:
    doc = facts_of(
        "The film follows; Deirdra Stridon (Fostor), an 11-year-old girl with a heart ailment. Her mother, "
        "Ruth (Nettleson), wants to see new doctors. Her father, Eugene (Harrys), thinks she should rest."
    )
    assert {("Nettleson", "mother", "Deirdra Stridon"), ("Harrys", "father", "Deirdra Stridon")} <= described(
        doc
    )


def test_a_film_adapted_from_a_work_has_no_writer_before_adapted() -> None:
    released = facts_of(
        "Little Jonny Jonas is a 1929 musical film released in the United States adapted from the musical play."
    )
    assert crew(released, "writer") == []


def test_a_part_described_elsewhere_a_war_named_in_a_description_and_a_name_ending_the_text() -> None:
    remus = facts_of(
        "It stars Jim Baskitt as Uncle Remus in his final film role. Johnny befriends Uncle Remus, an elderly "
        "worker on the plantation, and hears his tales."
    )
    assert ("Jim Baskitt", "worker", None) in described(remus)
    veteran = facts_of(
        "The film stars Ron Colmann as a shellshocked, amnesiac World War I veteran, and Greer Garsen as his love "
        "interest."
    )
    assert ("Ron Colmann", "amnesiac veteran", None) in described(veteran)
    assert ("Ron Colmann", None) in pairs(veteran)
    # a text that ends on a name, with no full stop after it, keeps its facts
    assert ("Tom Hanx", "Henry V") in pairs(facts_of("It stars Tom Hanx as Henry V."))


def test_two_people_in_the_title_roles_of_a_title_naming_two() -> None:
    doc = facts_of(
        "Porgie and Bess is a 1959 musical film starring Sid Poitiers and Dot Dandrige in the titular roles.",
        "Porgie and Bess",
    )
    assert {("Sid Poitiers", "Porgie"), ("Dot Dandrige", "Bess")} <= pairs(doc)
    # the voices of the title characters, in order
    voiced = facts_of(
        "It features Davy Chase and Chris Sandres as the voices of the title characters, and also features the "
        "voices of Tia Carera.",
        "Lilo & Stitch",
    )
    assert {("Davy Chase", "Lilo"), ("Chris Sandres", "Stitch")} <= pairs(voiced)
    # a title that names no two people has no title roles to share out
    law = facts_of("The drama stars Connie Bennet and Joe McCrae in the title roles.", "The Common Law")
    assert all(c.character is None and c.description is None for c in cast(law))


def test_crew_said_in_more_ways_and_works_named_by_their_author() -> None:
    # a directorial debut, a process between the job and "by", a long list of what the person is
    debut = facts_of(
        "Glove Killers is a 1942 crime film. The B film, the feature-length directorial debut of Fred Zinneman, "
        "was an expanded short."
    )
    assert crew(debut, "director") == ["Fred Zinneman"]
    vista = facts_of(
        "The Tin Badge is a 1957 Western directed in VistaVision by Tony Mann and starring Hank Fonda."
    )
    assert crew(vista, "director") == ["Tony Mann"]
    listed = facts_of(
        "It is the only movie directed by playwright, theatrical director/producer, humorist, and drama critic "
        "George S. Kaufmann."
    )
    assert crew(listed, "director") == ["George S. Kaufmann"]
    # "The screenwriters were …", "A and B based the screenplay on …"
    were = facts_of("The screenwriters were Edmund H. Northe and Dalton Trumbow - the latter got no credit.")
    assert set(crew(were, "writer")) == {"Edmund H. Northe", "Dalton Trumbow"}
    based = facts_of("Bob Andrewes and Ben Madow based the screenplay on a story by Borden Chayse.")
    assert set(crew(based, "writer")) == {"Bob Andrewes", "Ben Madow"}
    # works featured are their author's, not a part the author plays
    poe = facts_of("It is the fourth of eight films featuring adaptations of Edgar Allan Poh stories.")
    assert cast(poe) == [] and [(s.author, s.kind) for s in poe.sources] == [("Edgar Allan Poh", "story")]
    # the author named before the kind of work, without "'s"
    harris = facts_of(
        "This film is an adaptation of the Frank Harriss semi-autobiographical novel My Days as a Cowboy."
    )
    assert [(s.title, s.author) for s in harris.sources] == [("My Days as a Cowboy", "Frank Harriss")]
    prize = facts_of("It is based on the Pulitzer Prize-winning novel by Ann Leigh.")
    assert [s.author for s in prize.sources] == ["Ann Leigh"]
    # a part modelled on a person is no work the film is based on
    assert facts_of("Lemon's character is based on Harriss.").sources == ()
    # "as an island doctor" after a name, where the sentence talks of roles
    doctor = facts_of(
        "Paul Forde and Lil Gish had supporting roles as a candidate and wife, as did James Earle Jones as an "
        "island doctor."
    )
    assert ("James Earle Jones", "island doctor", None) in described(doctor)
    assert cast(facts_of("The film was made by Bob Smythe as a favor to a friend.")) == []
    # what and whose the person is, before the name
    emigre = facts_of("It was directed by German-émigré film maker Karl Freunt, and stars Peter Lorry.")
    assert crew(emigre, "director") == ["Karl Freunt"]
    father = facts_of(
        "It was directed by David Fincher based on a screenplay by his late father Jack Finchor."
    )
    assert crew(father, "writer") == ["Jack Finchor"]


def test_a_source_adapted_from_a_named_authors_work_is_read_by_the_build() -> None:
    text = (
        "The Bedford Affair is a 1965 Cold War film. James Poh adapted Mark Raskovich's 1963 novel of the "
        "same name, which borrowed from the plot of Moby-Dick."
    )
    assert "Mark Raskovich" in candidate_text(text)
    assert [s.author for s in facts_of(candidate_text(text)).sources] == ["Mark Raskovich"]


def test_sources_said_in_more_ways() -> None:
    def works(text: str, title: str | None = None) -> list[tuple[str, str | None]]:
        return [(s.title, s.author) for s in facts_of(text, title).sources]

    assert works(
        "It is a 1942 drama based on the 1941 Jim Hiltan novel of the same title.", "Random Harvest"
    ) == [("Random Harvest", "Jim Hiltan")]
    assert works(
        "It was adapted and produced by David Selnick from the 1943 novel Since You Went Away: Letters to a "
        "Soldier from His Wife by Margaret Buel Wilder."
    ) == [("Since You Went Away: Letters to a Soldier from His Wife", "Margaret Buel Wilder")]
    strip = "It is a live-action adaptation to Jim Davies' comic strip of the same name."
    assert works(strip, "Garfeld: The Movie") == [("Garfeld", "Jim Davies")]
    assert works(
        'It is a 2008 drama, taking its inspiration from Fyodor Dostoevski\'s 1848 short story "White Nights", '
        "which had already been filmed."
    ) == [("White Nights", "Fyodor Dostoevski")]
    assert works(
        "The book on which it is based, Friday Night Lights: A Town, a Team, and a Dream (1990) by H. G. Bisinger, "
        "followed the 1988 team."
    ) == [("Friday Night Lights: A Town, a Team, and a Dream (1990)", "H. G. Bisinger")]
    # a long sentence that goes on after the work and its author
    assert works(
        "In the film, which draws its plot loosely from the 1987 novel On Stranger Tides by Tim Powars, the "
        "eccentric pirate Captain Jack Sparrow (Depp) is forced into a shaky alliance with Angelica (Cruz), a "
        "mysterious woman from his past, as they embark on a quest for the Fountain of Youth, contending with "
        "the infamous pirate Blackbeard (McShane)."
    ) == [("On Stranger Tides", "Tim Powars")]


def test_a_part_led_by_a_title_is_a_person_whatever_the_recogniser_says() -> None:
    sheriff = facts_of(
        "Walking High is a 1973 American vigilante action thriller film of Sheriff Bufort Pussar, a professional "
        "wrestler-turned-lawman in McNairy County, Tennessee, played by Joe Dan Bakker."
    )
    assert ("Joe Dan Bakker", "Sheriff Bufort Pussar") in pairs(sheriff)


def test_the_cast_of_another_film_named_in_the_text_is_not_this_films() -> None:
    versions = facts_of(
        "Other film versions include Sadie Tomson (1928) starring Gloria Swansen, Rain (1932) starring Joan "
        "Crawferd, and a musical."
    )
    assert cast(versions) == []
    assert cast(facts_of("It was remade in 1990 starring Ann Leigh.")) == []
    # a remake's own cast stays
    kong = facts_of("King Kang is a 2005 remake of the 1933 film, starring Naomi Wats and Jack Blak.")
    assert {c.person for c in cast(kong)} == {"Naomi Wats", "Jack Blak"}


@pytest.mark.parametrize(
    "text",
    [
        "Kevin Bacon's portrayal of Strobl won him a Golden Globe Award.",
        "Musician Little Richard appears as a neighbor.",
        "It is inspired in part by the Milan High School team who won the 1954 state championship.",
        "Featuring characters from Bram Stoker's 1897 novel Dracula, the film stars Nicholas Hoult.",
    ],
)
def test_the_build_hands_spacy_the_sentences_of_the_new_constructions(text: str) -> None:
    from index.fact_cues import candidate_text

    assert facts_of(candidate_text(text)) == facts_of(text) and (
        facts_of(text).credits or facts_of(text).sources
    )


def test_two_people_the_tagger_reads_as_one_are_two() -> None:
    found = facts_of(
        "It is a 1934 film directed by Wesley Ruggles and starring George Raft and Carole Lombard."
    )
    assert {c.person for c in cast(found)} == {"George Raft", "Carole Lombard"}


def test_the_cast_of_a_later_version_told_in_passing_is_not_this_films() -> None:
    later = facts_of(
        "The film was remade as Everybody Does It (1949), starring Paul Douglas as the contractor and Celeste "
        "Holm as his wife."
    )
    assert not cast(later)
    own = facts_of("It is a remake of King Kong (1933), starring Naomi Watts as Ann Darrow.")
    assert pairs(own) == {("Naomi Watts", "Ann Darrow")}


def test_facts_from_the_session_19_read_sets() -> None:
    # a job's word inside the film's own title is no job
    music = facts_of(
        "Can't Stop the Tunes is a 1980 American musical comedy film directed by Nancy Walkers. Music by John "
        "Willems.",
        "Can't Stop the Tunes",
    )
    assert crew(music, "director") == ["Nancy Walkers"] and crew(music, "composer") == ["John Willems"]
    titled = facts_of(
        "Can't Stop the Music is a 1980 musical comedy film directed by Nancy Walkers.",
        "Can't Stop the Music",
    )
    assert crew(titled, "director") == ["Nancy Walkers"] and crew(titled, "composer") == []
    # a dual role: each part
    dual = facts_of("Lon Chaneys played a dual role in the film, as both Dr. Lamb and the Ape Man.")
    assert ("Lon Chaneys", "Dr. Lamb") in {(c.person, c.character) for c in cast(dual)}
    # a part had
    priest = facts_of("Mark McKinny also has a minor role as a priest.")
    assert ("Mark McKinny", "priest", None) in described(priest)
    # a song, with its quoted title; a show spun off
    song = facts_of(
        'The film is based on the 1975 country and western novelty song "Convoy" by C. W. McCaul.', "Convoy"
    )
    assert [(s.title, s.author, s.kind) for s in song.sources] == [("Convoy", "C. W. McCaul", "song")]
    spun = facts_of(
        "Superstar is a 1999 comedy film and a Saturday Night Live spin-off about a quirky girl.", "Superstar"
    )
    assert [s.title for s in spun.sources] == ["Saturday Night Live"]
    assert not facts_of("It is an American spin-off of the British series.").sources[1:]  # no "American"


def test_parts_from_the_session_19_read_sets() -> None:
    # a credited surname the tagger takes for a place ("Pacino": GPE) is the actor
    fur = facts_of("It stars Al Pacino, Donald Sutherlind. The film stars Pacino as a fur trapper.")
    assert ("Al Pacino", "fur trapper", None) in described(fur)
    # parts after "played by" in a list
    fortune = facts_of(
        "It is about three soldiers of fortune, played by Gary Coops as an ex-lawman, Richard Widmerk as a "
        "gambler, and Cameron Mitchel as a bounty hunter."
    )
    assert {("Gary Coops", "ex-lawman", None), ("Cameron Mitchel", "bounty hunter", None)} <= described(
        fortune
    )
    # a surname alone, listed beside a full name, then their parts in order
    cabin = facts_of(
        "It stars Ethel Watters, Eddie Andersen and Lena Hornes. Watters and Rex Ingrim reprise their roles from "
        "the Broadway production as Petunia and Lucifer Junior, respectively."
    )
    parts = {(c.person, c.character) for c in cast(cabin)}
    assert {("Ethel Watters", "Petunia"), ("Rex Ingrim", "Lucifer Junior")} <= parts


def test_credits_and_sources_from_the_session_20_read_sets() -> None:
    # a series' authors, named after "based on the book series written by", wrote no screenplay
    george = facts_of(
        "Curious Georgie is a 2006 film based on the book series written by H. A. Reyes and Margret Reyes. "
        "It was directed by Matt O'Callahan, written by Ken Kaufmann and produced by Ron Howerd."
    )
    assert crew(george, "writer") == ["Ken Kaufmann"]
    assert [s.author for s in george.sources] == ["H. A. Reyes and Margret Reyes"]
    # "the book by the same name was written by X": the source and its author
    shiloh = facts_of("The original book by the same name was written by Phyllis Reynolds Naylar.", "Shilo")
    assert crew(shiloh, "writer") == []
    assert [(s.title, s.author) for s in shiloh.sources] == [("Shilo", "Phyllis Reynolds Naylar")]
    assert crew(facts_of("The story was written by Bob Smithers."), "writer") == ["Bob Smithers"]
    # a work adapted, named by its title alone (its kind's word opens the title)
    errors = facts_of("The farce adapts The Comedy of Errors, but with female siblings.", "Big Busyness")
    assert [(s.title, s.kind) for s in errors.sources] == [("The Comedy of Errors", None)]
    # "X was the director"; "X won … for his performance as Y"; "X, who …, as a gangster"
    assert crew(facts_of("Jim Cruse was the director and the star Wallace Reed."), "director") == [
        "Jim Cruse"
    ]
    assert crew(facts_of("Her father Tom Jonas was the director of a bank."), "director") == []
    rhine = facts_of(
        "Watch on the Rhyne was nominated for Best Picture and Paul Lucas won the Academy Award for Best "
        "Actor for his performance as Kurt Muller, a German-born anti-fascist."
    )
    assert ("Paul Lucas", "Kurt Muller") in pairs(rhine)
    true = facts_of(
        "It is a 1940 film starring Ann Sherridan as a fledgling singer and Humphrey Bogarde, who was "
        "third-billed on movie posters, as a gangster who hides from the police."
    )
    assert ("Humphrey Bogarde", "gangster", None) in described(true)


def test_a_part_played_after_an_appearance_had() -> None:
    son = facts_of("Anthony Hopkens has a minor appearance in this film playing the main character's father.")
    assert ("Anthony Hopkens", "father") in {(c.person, c.description) for c in cast(son)}


def test_a_rank_shortened_opens_the_part_and_a_nationality_is_no_name_joined_to_it() -> None:
    eve = facts_of(
        "The film stars Gregory Hinds as Col. Jim McQuaid and Dutch actress Renee Soutendyk with the dual "
        "roles as the robot's creator."
    )
    assert ("Gregory Hinds", "Col. Jim McQuaid") in pairs(eve)
    assert ("Bob Smyth", "Sgt. Pepper") in pairs(facts_of("It stars Bob Smyth as Sgt. Pepper."))


def test_a_bodys_name_before_a_persons_says_which_one() -> None:
    cop = facts_of(
        "Keatan portrays New York City Police Department Detective Artie Lewes, who adopts three girls."
    )
    assert ("Keatan", "Detective Artie Lewes") in pairs(cop)


def test_a_plays_writers_are_its_authors_and_an_author_ends_before_based_on() -> None:
    take = facts_of(
        "Take Hers is a 1963 comedy film starring Jim Stuart and Sandra Day based on the 1961 Broadway comedy "
        "written by Henry Efron and Phoebe Efron. The screenplay was by Nunnally Jonson."
    )
    assert crew(take, "writer") == ["Nunnally Jonson"]
    assert [s.author for s in take.sources] == ["Henry Efron and Phoebe Efron"]
    friday = facts_of("It is adapted from the 1973 play by Adrian Mitchel based on Daniel Defoe's novel.")
    assert [s.author for s in friday.sources] == ["Adrian Mitchel"]


def test_credits_said_around_their_names() -> None:
    halls = facts_of(
        "It is a 1951 war film directed by Academy Award-winner Lewis Milestown and starring Rick Widmark."
    )
    assert crew(halls, "director") == ["Lewis Milestown"]
    strange = facts_of(
        "The film was directed by Scott Derickson from a screenplay he wrote with Jon Spates and C. Robert Cargil."
    )
    assert set(crew(strange, "writer")) == {"Scott Derickson", "Jon Spates", "C. Robert Cargil"}


def test_more_credit_and_source_shapes() -> None:
    dial = facts_of(
        "Both the screenplay and the stage play on which it was based were written by English playwright "
        "Frederik Knot."
    )
    assert crew(dial, "writer") == ["Frederik Knot"]
    fabel = facts_of(
        "It is a 2022 drama directed by Steve Spielborg, who co-wrote and produced it with Tony Kushnar."
    )
    assert set(crew(fabel, "writer")) == {"Steve Spielborg", "Tony Kushnar"}
    eva = facts_of("It is a modern update of William Shakespeare's play, The Taming of the Shrew.")
    assert [(s.title, s.author) for s in eva.sources] == [("The Taming of the Shrew", "William Shakespeare")]


def test_parts_after_an_apposition_a_named_possessor_and_a_verb_tagged_noun() -> None:
    # "the Phantom's girlfriend Diana": the owner is a name with its article, the part is Diana
    serial = facts_of(
        "The serial also features Joan Bates as the Phantom's girlfriend Dana Palmer, "
        "and Ace the Wonder Dog as the Phantom's loyal German shepherd Devil."
    )
    assert ("Joan Bates", "Dana Palmer") in pairs(serial)
    assert all(c.character != "Phantom" for c in cast(serial))
    # "X, a niece of Y, appears as Y's mother": the part after an apposition set off by commas
    lama = facts_of(
        "Tencho Gyalpa, a niece of the Dalai Lama, appears as the Dalai Lama's mother in the film."
    )
    assert ("Tencho Gyalpa", "mother", "Dalai Lama") in described(lama)
    # "A and B who respectively reprise their roles as X and Y"; "as mobster Paul Vitti" (a noun the
    # tagger may read as a verb)
    that = facts_of(
        "The film starred Robert Di Nero and Billy Cristal who respectively reprise their roles as "
        "mobster Paul Vitti and psychiatrist Ben Sobel."
    )
    assert {("Robert Di Nero", "Paul Vitti"), ("Billy Cristal", "Ben Sobel")} <= pairs(that)


def test_a_part_described_after_the_last_of_a_list_goes_to_that_name_only_weakly() -> None:
    story = facts_of(
        "It stars Josie Hutchins, Anita Lewis and Don Woods, and Paul Muny as the renowned scientist "
        "who changed medicine."
    )
    muny = [c for c in cast(story) if c.person == "Paul Muny"]
    assert [c.description for c in muny] == ["scientist"] and muny[0].confidence < 0.6
    assert all(c.description is None for c in cast(story) if c.person != "Paul Muny")
    # (a group is each of theirs, and a part of two people nobody's)
    couple = facts_of("It stars Tom Hankes and Meg Rian as the couple.")
    assert {c.person for c in cast(couple) if c.description == "couple"} == {"Tom Hankes", "Meg Rian"}


def test_a_part_had_or_appeared_in_before_as() -> None:
    assert ("Steve McQuin", "Fidel") in pairs(
        facts_of("Steve McQuin has a brief unbilled speaking role as Fidel.")
    )
    assert ("Shemp Howerd", "Wacky") in pairs(
        facts_of("Shemp Howerd appears in an uncredited role as Wacky.")
    )
    # a prince's name the tagger takes for a place is still the part played
    royal = facts_of("She is hired for the wedding of Prince Tomas, played by Mena Masud.")
    assert ("Mena Masud", "Prince Tomas") in pairs(royal)
    cagney = facts_of(
        "In an early film role, Jim Cagny had a brief but key appearance as a life insurance salesman."
    )
    assert [(c.person, c.description) for c in cast(cagney)] == [("Jim Cagny", "life insurance salesman")]
    # "A and B play rivals": a plural part is each of theirs
    rancho = facts_of("Art Kennedie and Mel Ferer play rivals for her attention.")
    assert {c.person for c in cast(rancho) if c.description == "rivals"} == {"Art Kennedie", "Mel Ferer"}


def test_who_replaced_someone_not_credited_took_the_job() -> None:
    pirates = facts_of(
        "It is the first film of the series not directed by Gore Verbinsky, who was replaced by Rob Marshal."
    )
    assert crew(pirates, "director") == ["Rob Marshal"]
    script = facts_of("The screenplay was written by Ann Leigh, who was later replaced by Bob Rae.")
    assert crew(script, "writer") == ["Bob Rae"]


def test_a_job_that_opens_a_sentence_run_on_from_an_initial() -> None:
    fall = facts_of(
        "It features Javier Barden as Raoul Silva, with Judi Dunch returning as M. Directed by Sam Mendez "
        "and written by Neal Purvys, the film has Bond chase a leak."
    )
    assert crew(fall, "director") == ["Sam Mendez"] and crew(fall, "writer") == ["Neal Purvys"]


def test_name_is_name_items_after_a_part_given_by_a_verb() -> None:
    compton = facts_of("Cory Hawkens portrays Dr. Dre, Jason Mitchel is Eazy-E, and Aldis Hodges is MC Ren.")
    assert {("Cory Hawkens", "Dr. Dre"), ("Jason Mitchel", "Eazy-E"), ("Aldis Hodges", "MC Ren")} <= pairs(
        compton
    )
    # (not without a part given first)
    assert not cast(facts_of("In 1990, Jason Mitchel is Eazy-E's friend."))
    entebbe = facts_of("The portrayal of Prime Minister Yitzak Rabin was Pete Finch's final performance.")
    assert ("Pete Finch", "Yitzak Rabin") in pairs(entebbe)


def test_a_work_titled_once_and_its_author_named_in_another_sentence_are_one_work() -> None:
    pine = facts_of(
        "The Trail of the Lone Pine is a 1936 western based on the novel of the same name. It was the "
        "fourth adaptation of John Foxx Jr.'s 1908 novel, including two silent versions.",
        "The Trail of the Lone Pine",
    )
    assert works(pine) == [("The Trail of the Lone Pine", "John Foxx Jr", "novel")]
    # a teleplay is a play; "his" is the one named just before it
    angry = facts_of(
        "12 Angry Jurors is a 1997 television film directed by Will Friedkins, adapted by Reggie Rose from "
        "his original 1954 teleplay of the same title.",
        "12 Angry Jurors",
    )
    assert works(angry) == [("12 Angry Jurors", "Reggie Rose", "play")]


def test_a_family_team_written_with_a_capital() -> None:
    uninvited = facts_of(
        "The Unasked is a 2009 horror film directed by the Gard Brothers and starring Emily Brown."
    )
    assert crew(uninvited, "director") == ["the Gard Brothers"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tencho Gyalpa, a niece of the Dalai Lama, appears as the Dalai Lama's mother in the film.",
        "The film starred Robert Di Nero and Billy Cristal who respectively reprise their roles as mobster Paul Vitti.",
        "The serial also features Joan Bates as the Phantom's girlfriend Dana Palmer.",
        "It stars Josie Hutchins and Don Woods, and Paul Muny as the renowned scientist who changed medicine.",
        "Steve McQuin has a brief unbilled speaking role as Fidel.",
        "In an early film role, Jim Cagny had a brief but key appearance as a life insurance salesman.",
        "It is the first film of the series not directed by Gore Verbinsky, who was replaced by Rob Marshal.",
        "She is hired for the wedding of Prince Tomas, played by Mena Masud.",
        "Art Kennedie and Mel Ferer play rivals for her attention.",
        "Cory Hawkens portrays Dr. Dre, Jason Mitchel is Eazy-E, and Aldis Hodges is MC Ren.",
        "The portrayal of Prime Minister Yitzak Rabin was Pete Finch's final performance.",
        "It was the fourth adaptation of John Foxx Jr.'s 1908 novel, including two silent versions.",
        "The Unasked is a 2009 horror film directed by the Gard Brothers and starring Emily Brown.",
        'The film\'s plot is a dark take on the fairy tale "Little Red Riding Hood".',
        "Eon selected George Lazenbi, a model with no prior acting credits, to play the part of James Bond.",
    ],
)
def test_the_build_hands_spacy_every_sentence_these_readings_need(sentence: str) -> None:
    assert candidate_text(sentence).strip() == sentence


def test_the_title_role_of_a_title_named_for_its_owner_is_the_owner() -> None:
    gulliver = facts_of("It stars Jack Blak in the title role, with Jason Segal.", "Gulivers' Voyage")
    travels = facts_of("It stars Jack Blak in the title role, with Jason Segal.", "Gulliver's Travels")
    assert ("Jack Blak", "Gulliver") in pairs(travels)
    assert ("Jack Blak", "Gulliver") not in pairs(gulliver)


def test_a_cast_told_right_after_another_films_year_is_that_films() -> None:
    text = (
        "It is the third adaptation of the story, following the 1966 television special starring Boris Karlof "
        "and the 2000 live-action feature-length film starring Jim Karrey."
    )
    assert not cast(facts_of(text, "The Grynch"))
    # the film's own cast after another film's year, set off by a comma, stays
    own = facts_of("It is a remake of the 1933 film, starring Naomi Wats and Jack Blak.", "King Kang")
    assert {c.person for c in cast(own)} == {"Naomi Wats", "Jack Blak"}


def test_what_a_credited_person_is_may_come_first_as_a_place_and_native() -> None:
    text = "The Mak is a 1973 crime film directed by California native Michael Campas, starring Max Julian."
    assert crew(facts_of(text, "The Mak"), "director") == ["Michael Campas"]


def test_a_take_on_a_named_work_is_the_films_source() -> None:
    text = 'The film\'s plot is a dark take on the fairy tale "Little Red Riding Hood".'
    assert works(facts_of(text, "Freewey")) == [("Little Red Riding Hood", None, "story")]
    assert not facts_of("The film is a fresh take on the genre, with Tom Hanx.", "Genre").sources


def test_a_titular_part_described_is_the_title_character() -> None:
    text = (
        "The film stars Channing Tatam as the titular retired male stripper, who leaves Florida for London."
    )
    (credit,) = cast(facts_of(text, "Magic Mick's Last Dance"))
    assert (credit.person, credit.character) == ("Channing Tatam", "Magic Mick")


def test_an_author_named_by_surname_is_the_person_the_review_names_in_full() -> None:
    text = (
        "The Seven-Percent Answer is a 1976 film directed by Herbert Rose and written by Nicholas Meier. "
        "It is based on Meier's 1974 novel of the same name."
    )
    assert [w.author for w in facts_of(text, "The Seven-Percent Answer").sources] == ["Nicholas Meier"]


def test_the_title_character_of_a_name_and_a_word_of_its_story_is_the_name() -> None:
    text = "Luke Evens portrays the title character, with Sarah Gaden in a supporting role."
    (lead, *_) = cast(facts_of(text, "Drakula Untold"))
    assert (lead.person, lead.character) == ("Luke Evens", "Drakula")


def test_what_a_relative_clause_after_a_part_says_the_person_is_to_someone() -> None:
    text = (
        "The story follows Henry Detamble (Banna), a librarian who time travels, as he courts Clare Abshear "
        "(McAdems), whom he meets as a child and who later becomes his wife."
    )
    assert {(c.person, c.character, c.description) for c in cast(facts_of(text, "The Travelers Wife"))} == {
        ("Banna", "Henry Detamble", "librarian"),
        ("McAdems", "Clare Abshear", "wife"),
    }


def test_a_series_regular_named_before_an_actor_is_no_actor() -> None:
    text = (
        "The supporting cast includes Drumond series regular Louise Campel, Reginald Denney and E.E. Clyve."
    )
    assert [c.person for c in cast(facts_of(text, "Drumond Comes Back"))] == [
        "Louise Campel",
        "Reginald Denney",
        "E.E. Clyve",
    ]


def test_a_part_described_before_the_word_role() -> None:
    text = "It co-stars John Turturo and Mel Smyth, with Nancy Marchant in the Margaret Dumont dowager role."
    assert ("Nancy Marchant", None) in {
        (c.person, c.character) for c in cast(facts_of(text, "Brain Donnors"))
    }
    assert [c.description for c in cast(facts_of(text, "Brain Donnors")) if c.person == "Nancy Marchant"] == [
        "dowager"
    ]
    # a role of a kind that says nothing of who the part is
    assert not [c for c in cast(facts_of("Kevin Costa appeared in the pivotal role.", "X")) if c.description]


def test_a_part_named_by_surname_is_the_full_name_the_review_gives() -> None:
    text = (
        "It is loosely based on the memoir American Snyper (2012) by Chris Kile. "
        "It stars Cooper as Kile and Siena Miller as his wife Taya."
    )
    found = facts_of(text, "American Snyper")
    assert ("Cooper", "Chris Kile") in {(c.person, c.character) for c in cast(found)}


def test_a_directorial_debut_by_someone() -> None:
    text = "The feature directorial debut by Bill Kroyer, FernGulley was scripted by Jim Coxe."
    found = facts_of(text, "FernGulley")
    assert crew(found, "director") == ["Bill Kroyer"] and crew(found, "writer") == ["Jim Coxe"]


def test_someone_cast_to_play_a_part_and_a_costar_as_a_part() -> None:
    text = (
        "Eon selected George Lazenbi, a model with no prior acting credits, to play the part of James Bond."
    )
    assert pairs(facts_of(text, "On Her Majesty's Service")) == {("George Lazenbi", "James Bond")}
    # a casting said as meant, not done, is no credit
    assert not cast(facts_of("Lazenbi was originally chosen to play the part of James Bond.", "X"))
    (partner,) = cast(facts_of("Chris Pen costars as Dietl's partner.", "One Tough Cop"))
    assert (partner.person, partner.description) == ("Chris Pen", "partner")


def test_after_a_list_a_possessed_part_goes_to_the_last_name() -> None:
    text = (
        "Returning cast members include Jim Darran as Moondog, Joby Bakker, and "
        "Jean Donell as Gidgit's mom, Mrs. Lawrence."
    )
    found = cast(facts_of(text, "Gidgit Goes to Rome"))
    assert [(c.person, c.description, c.of) for c in found if c.description] == [
        ("Jean Donell", "mom", "Gidgit")
    ]
    # (a part for two stays with both)
    both = described(facts_of("It stars Joby Bakker and Jean Donel as his parents.", "X"))
    assert {p for p, _, _ in both} == {"Joby Bakker", "Jean Donel"}


def test_a_name_spelled_another_way_in_brackets_is_no_part() -> None:
    text = "It starred Luisa Rainor, Fernand Gravet (Gravey), and Miliza Korjas."
    found = cast(facts_of(text, "The Great Walz"))
    assert {c.person for c in found} == {"Luisa Rainor", "Fernand Gravet", "Miliza Korjas"}
    assert not [c for c in found if c.character]


def test_the_author_of_the_book_a_sentence_describes_is_no_writer_of_the_film() -> None:
    text = (
        "The Presidents Lady is a 1951 novel of the life of Andrew Jackson, written by Irvin Stoen. "
        "The screenplay was by Jon Patrik."
    )
    assert crew(facts_of(text, "The Presidents Lady"), "writer") == ["Jon Patrik"]
    # a film so described keeps its writer
    assert crew(facts_of("Tess is a 1979 drama film written by Roman Polanksi.", "Tess"), "writer") == [
        "Roman Polanksi"
    ]


def test_a_sentence_telling_of_the_book_the_film_is_named_for_gives_its_source() -> None:
    text = "Elvin and Me is a 1985 biography written by Prissy Presly with Sandra Harmon."
    assert works(facts_of(text, "Elvin and Me")) == [("Elvin and Me", "Prissy Presly", "book")]
    # (not another title's book, nor the film itself)
    assert not works(facts_of(text, "Elvin"))
    assert not works(facts_of("Elvin and Me is a 1988 television film by Larry Peers.", "Elvin and Me"))
    screwball = "My Favrite Wife is a 1940 screwball comedy produced by Leo McCary."
    assert not works(facts_of(screwball, "My Favrite Wife"))


def test_a_described_pair_played_by_two_names_goes_to_both() -> None:
    text = "A nanny is hired by new parents, played by Dwyer Braun and Carrie Lowel, to care for their son."
    assert described(facts_of(text, "The Guardien")) >= {
        ("Dwyer Braun", "parents", None),
        ("Carrie Lowel", "parents", None),
    }


def test_he_or_she_plays_is_the_one_person_just_named() -> None:
    found = facts_of(
        "Prisoner of the Volga is a 1959 adventure film starring John Derek. He plays an officer of the Tsar."
    )
    assert ("John Derek", "officer") in {(c.person, c.description) for c in cast(found)}
    found = facts_of("The cast includes Burt Young in a darker role, as he plays an abusive father.")
    assert [(c.person, c.description) for c in cast(found)] == [("Burt Young", "father")]
    # two stars before: "he" could be either, so neither gets the part
    found = facts_of("The film stars Ann Lee and Bo Diaz. He plays a cop.")
    assert not [c for c in cast(found) if c.description]


def test_a_name_set_off_before_playing() -> None:
    found = facts_of("Carole Lombard, playing an heiress, steals the show.")
    assert [(c.person, c.description) for c in cast(found)] == [("Carole Lombard", "heiress")]


def test_parts_described_by_a_word_each_then_played_by_in_order() -> None:
    found = facts_of(
        "It stars Florence Vidor as a woman who defies her father and brother, played by Theodore Roberts"
        " and Lloyd Hughes respectively."
    )
    pairs_found = {(c.person, c.description) for c in cast(found)}
    assert {("Theodore Roberts", "father"), ("Lloyd Hughes", "brother")} <= pairs_found
    assert ("Theodore Roberts", "brother") not in pairs_found
    # with a comma before the last "and": three parts, three actors, in order
    found = facts_of(
        "Ann Lee plays a girl who defies her mother, father, and brother, played by Joan Poe, Rob Dale"
        " and Lou Hart respectively."
    )
    pairs_found = {(c.person, c.description) for c in cast(found)}
    assert {("Joan Poe", "mother"), ("Rob Dale", "father"), ("Lou Hart", "brother")} <= pairs_found


def test_a_teleplay_and_an_uncredited_director_are_credits() -> None:
    found = facts_of("It is a 1984 miniseries directed by Dan Greer from a teleplay by Jon Gaye.")
    assert {(c.person, c.role) for c in found.credits} >= {("Dan Greer", "director"), ("Jon Gaye", "writer")}
    found = facts_of(
        "It is a 1945 cartoon in the Looney Tunes series, directed by an uncredited Frank Tashlen."
    )
    assert [(c.person, c.role) for c in found.credits] == [("Frank Tashlen", "director")]


def test_returns_to_play_a_part_but_not_one_in_another_film() -> None:
    assert [(c.person, c.character) for c in cast(facts_of("Lou Ferrigno returns to play the Hulk."))] == [
        ("Lou Ferrigno", "Hulk")
    ]
    assert not cast(facts_of("Sean Connery returned to play James Bond in Diamonds Are Forever."))


def test_a_name_then_an_aside_about_the_person_then_the_part() -> None:
    found = facts_of(
        "It stars Anthony Perkins, who also directs the film, reprising the role of Norman Bates."
    )
    assert ("Anthony Perkins", "Norman Bates") in {(c.person, c.character) for c in cast(found)}
    # a place before the comma plays no part
    found = facts_of("The film stars Ann Lee, who met Bo Diaz in Paris, playing a nurse.")
    assert "Paris" not in {c.person for c in cast(found)}


def test_another_job_named_with_the_word_direction_is_no_director() -> None:
    found = facts_of(
        "The film was directed by Zoltán Korda, with the art direction done by his younger brother Vincent."
    )
    assert crew(found, "director") == ["Zoltán Korda"]


def test_a_part_voiced_is_a_part_played() -> None:
    found = facts_of("However, Liam Martin voiced Linus van Pelt for the last time in the movie.")
    assert pairs(found) == {("Liam Martin", "Linus van Pelt")}
    assert pairs(facts_of("Mel Blanc voiced George the Fox and the hounds.")) == {
        ("Mel Blanc", "George the Fox")
    }
    # a concern voiced is no part
    assert not cast(facts_of("Jane Fonda voiced her concerns about the script."))


def test_a_part_played_beside_another_job_is_the_subjects() -> None:
    found = facts_of(
        "Erich von Stroheim worked as assistant director and technical advisor as well as playing the "
        "role of the villain."
    )
    assert described(found) == {("Erich von Stroheim", "villain", None)}
    # a band touring plays no part
    assert not cast(facts_of("The Ramones toured Europe as well as playing the villain."))


def test_one_of_the_actors_to_have_played_a_part() -> None:
    found = facts_of(
        "It stars Constance Bennett, Bruce Cabot and Warren William. Cabot is one of a number of "
        "actors to have played Wild Bill Hickok on screen."
    )
    assert ("Bruce Cabot", "Wild Bill Hickok") in pairs(found)


def test_the_one_replacing_another_in_a_role_plays_it() -> None:
    found = facts_of(
        "The film is a sequel to The Las Vegas Hillbillys (1966), with Joi Lansing replacing Mamie "
        'Van Doren in the role of "Boots Malone".'
    )
    assert pairs(found) == {("Joi Lansing", "Boots Malone")}


def test_a_stars_own_part_by_the_stars_name() -> None:
    found = facts_of(
        "Too Young to Kiss stars June Allyson and Van Johnson. The film, in which the 34-year-old "
        "Allyson's Cynthia Potter masquerades as a 14-year-old child prodigy, was directed by Robert Z. Leonard."
    )
    assert ("June Allyson", "Cynthia Potter") in pairs(found)
    # someone named by the film who is not in its cast, or a co-star, is no part
    assert pairs(facts_of("It stars Kevin Spacey. It takes its title from Darin's Bobby Darin song.")) == {
        ("Kevin Spacey", None)
    }
    assert ("Tom Hanks", "Meg Ryan") not in pairs(
        facts_of("It stars Tom Hanks and Meg Ryan. Hanks's Meg Ryan is great.")
    )
    # a thing named after the star's name is no part
    assert pairs(
        facts_of("It stars Audie Murphy. It is an account of Murphy's World War II experiences.")
    ) == {("Audie Murphy", None)}
    assert pairs(facts_of("It stars Clint Eastwood. It was made by Eastwood's Malpaso Company.")) == {
        ("Clint Eastwood", None)
    }


def test_both_parts_of_a_double_role_said_after_in() -> None:
    found = facts_of(
        "It stars Tilda Swinton in a double role, playing both a middle-aged filmmaker and her elderly "
        "mother who are guests at a mysterious hotel."
    )
    assert {(p, d) for p, d, _ in described(found)} == {
        ("Tilda Swinton", "filmmaker"),
        ("Tilda Swinton", "mother"),
    }


def test_a_directorial_debut_by_whose_it_is_and_a_film_from_a_person() -> None:
    found = facts_of(
        "This was William Keighley's solo directorial debut – he had co-directed two earlier films."
    )
    assert crew(found, "director") == ["William Keighley"]
    assert crew(facts_of("Payback is a 2012 documentary film from Jennifer Baichwal."), "director") == [
        "Jennifer Baichwal"
    ]
    # another film's debut, and a company's film, credit no one here
    assert not crew(facts_of("He appeared in Ron Howard's directorial debut Grand Theft Auto."), "director")
    assert not crew(facts_of("Toy Story is a 1995 film from Pixar Animation Studios."), "director")


def test_a_job_played_with_its_article_and_an_appearance_owned_as_a_part() -> None:
    found = facts_of("It stars Bob Hope. Hope plays a manager who enlists in the army.")
    assert ("Bob Hope", "manager", None) in described(found)
    assert not [c for c in cast(facts_of("It stars Tom Hanks, who plays host to a party.")) if c.description]
    found = facts_of(
        "It stars Adrian Paul and Christopher Lambert. This marks Lambert's fifth and final appearance as Connor."
    )
    assert ("Christopher Lambert", "Connor") in pairs(found)
    assert not cast(facts_of("He made an appearance as himself."))


def test_a_screenplay_co_authored_and_one_written_after_an_aside() -> None:
    found = facts_of(
        "Real Life is a 1979 comedy film starring Albert Brooks, who also co-authored the screenplay."
    )
    assert crew(found, "writer") == ["Albert Brooks"]
    found = facts_of(
        "Stephen Metcalfe, upon whose play Strange Snow (1982) the film was based, wrote the screenplay."
    )
    assert crew(found, "writer") == ["Stephen Metcalfe"]
    # a novel authored is the source's, and a song written no screenplay
    assert not crew(facts_of("It is based on the novel authored by Jane Doe."), "writer")
    assert not crew(facts_of("Tom Hanks, who starred in it, wrote a song."), "writer")


def test_a_portrayal_by_the_one_a_who_clause_is_said_of() -> None:
    found = facts_of(
        "Other stars are Dorothy McGuire and James Dunn, who received the Academy Award for his portrayal "
        "of Francie's father."
    )
    assert ("James Dunn", "father", "Francie") in described(found)
    # a part they are known for is another film's
    assert pairs(facts_of("The film stars Tom Hanks, who is known for his portrayal of Forrest Gump.")) == {
        ("Tom Hanks", None)
    }


def test_a_nickname_in_quotes_is_no_part_of_the_actors_name() -> None:
    found = facts_of(
        'The film stars Ray "Crash" Corrigan as Crash, John "Dusty" King as Dusty and Max "Alibi" Terhune '
        "as Alibi, with Luana Walters."
    )
    assert {("Ray Corrigan", "Crash"), ("John King", "Dusty"), ("Max Terhune", "Alibi")} <= pairs(found)
    assert not any('"' in c.person for c in found.credits)


def test_jobs_before_starring_without_by() -> None:
    found = facts_of("Super Fly T.N.T. is a 1973 crime drama film directed and starring Ron O'Neal.")
    assert crew(found, "director") == ["Ron O'Neal"]
    brooks = facts_of("It is a comedy written, directed and starring Mel Brooks and Gene Wilder.")
    assert crew(brooks, "director") == ["Mel Brooks"] and crew(brooks, "writer") == ["Mel Brooks"]
    # praise of the directing is no credit
    assert crew(facts_of("The film, well directed and starring Tom Hanks, was a hit."), "director") == []
    # three jobs, commas between: the first is no less theirs
    lloyd = facts_of(
        "It is a 1971 comedy written, directed, produced, and starring Lloyd Kaufmann, a founder."
    )
    assert crew(lloyd, "writer") == ["Lloyd Kaufmann"] and crew(lloyd, "director") == ["Lloyd Kaufmann"]


def test_writers_by_their_own_screenplay_and_by_the_credit_they_got() -> None:
    own = facts_of(
        "A Walk in the Spring Rain is a 1970 film directed by Guy Green and produced by Stirling "
        "Silliphant, from his own screenplay based on the novel by Rachel Maddux."
    )
    assert crew(own, "writer") == ["Stirling Silliphant"] and crew(own, "director") == ["Guy Green"]
    credited = facts_of(
        "It is based upon the 1979 novel of the same name by William X. Kienzle. Kienzle received "
        "screenplay credit, as did Elmore Leonard."
    )
    assert crew(credited, "writer") == ["William X. Kienzle", "Elmore Leonard"]
    assert crew(facts_of("Faulkner did not receive screenplay credit."), "writer") == []


def test_a_part_played_by_someone_described_first() -> None:
    anitia = facts_of(
        "The film was controversial because of the nudity of the character Anitia, played by Australian "
        "swimming star Annette Kellermann."
    )
    assert pairs(anitia) == {("Annette Kellermann", "Anitia")}
    chan = facts_of("Charlie Chan, who is played by Korean-American actor E. L. Park, gets one mention.")
    assert pairs(chan) == {("E. L. Park", "Charlie Chan")}
    # a place is played by no one
    assert pairs(facts_of("The film is set in Paris, played by Toronto.")) == set()


def test_a_part_is_playing_an_early_role_and_the_lead_described_after_it() -> None:
    assert ("Charles Grodin", "Martin") in pairs(
        facts_of(
            "The main exception being that Charles Grodin is playing Martin rather than Richard Mulligan."
        )
    )
    assert ("Joan Crawford", "mannequin", None) in described(
        facts_of("A young Joan Crawford had an early uncredited role as a mannequin.")
    )
    madison = facts_of(
        "Her Bitter Cup is a 1916 silent film directed by Cleo Madison. One of only two films directed by "
        "Madison, she also played the leading role, a fervent labor organizer who uses drastic methods."
    )
    assert ("Cleo Madison", "labor organizer", None) in described(madison)


def test_a_dual_role_whose_parts_are_not_named_is_the_part() -> None:
    assert ("Alla Nazimova", "dual role", None) in described(
        facts_of(
            "Madame Peacock is a 1920 silent drama film written by and starring Alla Nazimova in a dual role."
        )
    )
    talmadge = facts_of(
        "The film starred Norma Talmadge, who played a dual role, Fred Esmelton, and Chester Barnett."
    )
    assert ("Norma Talmadge", "dual role", None) in described(talmadge)
    assert ("Norma Talmadge", "Fred Esmelton") not in pairs(talmadge)  # a costar, not her part
    # both parts named: each is hers
    chaney = facts_of("Lon Chaney played a dual role in the film, as both Dr. Lamb and the Ape Man.")
    assert {("Lon Chaney", "Dr. Lamb"), ("Lon Chaney", "Ape Man")} <= pairs(chaney)


def test_sources_followed_and_stage_recordings() -> None:
    wouk = facts_of(
        "The Winds of War is a 1983 miniseries, directed and produced by Dan Curtis, that follows the 1971 "
        "book of the same name written by Herman Wouk.",
        "The Winds of War",
    )
    assert works(wouk) == [("The Winds of War", "Herman Wouk", "book")]
    assert works(facts_of("The film follows the story of a boy.")) == []
    stage = facts_of(
        "Come from Away is a 2021 musical film comprising a live stage recording of Irene Sankoff and David "
        "Hein's 2017 musical of the same name, which tells the true story of stranded passengers.",
        "Come from Away",
    )
    assert works(stage) == [("Come from Away", "Irene Sankoff and David Hein", "musical")]


def test_real_people_as_themselves_and_voices_described() -> None:
    found = facts_of("It stars Clyde Beatty and Mickey Spillane as themselves.")
    assert {("Clyde Beatty", "themselves", None), ("Mickey Spillane", "themselves", None)} <= described(found)
    assert ("Tom Cruise", "himself", None) in described(facts_of("It stars Tom Cruise, who plays himself."))
    assert described(facts_of("He hated himself.")) == set()
    voices = facts_of(
        "The chimps perform Cinderella, with June Foray providing female voices and Alan Reed providing "
        "male voices."
    )
    assert {("June Foray", "female voices", None), ("Alan Reed", "male voices", None)} <= described(voices)


def test_a_priests_abbreviated_title_ends_no_sentence_and_opens_the_part() -> None:
    text = "The film stars Pat O'Brien as Fr. Dunne, and Darryl Hickman as Matt Davis. It was a hit."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "The film stars Pat O'Brien as Fr. Dunne, and Darryl Hickman as Matt Davis.",
        "It was a hit.",
    ]
    assert {("Pat O'Brien", "Fr. Dunne"), ("Darryl Hickman", "Matt Davis")} <= pairs(facts_of(text))


def test_a_first_credited_role_and_a_star_playing_himself_after_with() -> None:
    assert ("Dale Robertson", "Jesse James") in pairs(
        facts_of("Dale Robertson had his first credited role, playing Jesse James.")
    )
    found = facts_of("This film captures Hirsch's personality, with Hirsch playing himself in the part.")
    assert any(c.description == "himself" and c.person.endswith("Hirsch") for c in cast(found))


def test_title_characters_of_the_main_title_and_roles_reprised_from_elsewhere() -> None:
    title = "Batman & Mr. Freeze: SubZero"
    for text in (
        "Kevin Conroy and Michael Ansara play the title characters.",
        "Kevin Conroy and Michael Ansara, reprise their respective roles from the series as the two title characters.",
    ):
        assert pairs(facts_of(text, title)) == {
            ("Kevin Conroy", "Batman"),
            ("Michael Ansara", "Mr. Freeze"),
        }, text
    luke = facts_of(
        "Mark Hamill and Carrie Fisher reprise their respective roles from the original film as Luke and Leia."
    )
    assert pairs(luke) == {("Mark Hamill", "Luke"), ("Carrie Fisher", "Leia")}


def test_appearances_counted_and_a_cameo_as_oneself() -> None:
    found = facts_of(
        "Brenda Joyce makes the third of five appearances as Jane and Johnny Sheffield marks his eighth and "
        "final appearance as Boy."
    )
    assert {("Brenda Joyce", "Jane"), ("Johnny Sheffield", "Boy")} <= pairs(found)
    cameo = facts_of(
        "Goldberg made a cameo appearance in the film as himself, opening letters in a restaurant."
    )
    assert ("Goldberg", "himself", None) in described(cameo)
    assert ("Wayne", "Rooster Cogburn") in pairs(facts_of("It was Wayne's first film as Rooster Cogburn."))
    assert pairs(facts_of("It was the studio's last film as an independent company.")) == set()


def built(text: str) -> ReviewFacts:
    """The facts as the build reads them: only the sentences the cue filter hands spaCy."""
    return facts_of(candidate_text(text))


def test_directed_by_after_a_word_for_music_is_still_the_director() -> None:
    facts = built("Street Angle is a 1928 silent drama film with a Movietone soundtrack, directed by "
                     "Frank Borzaje.")  # fmt: skip
    assert [(c.role, c.person) for c in facts.credits] == [("director", "Frank Borzaje")]
    # (a song's writer stays its composer)
    facts = built("Its soundtrack, written, produced and performed by Marvin Gay, sold well.")
    assert [c.role for c in facts.credits] == ["composer"]


def test_who_wrote_a_script_first_wrote_it_but_who_was_first_to_direct_did_not() -> None:
    facts = built("Home Frys is a 1998 comedy film directed by Dean Parisott. The script was originally "
                     "penned by writer Vince Gilligann for a film class.")  # fmt: skip
    assert ("writer", "Vince Gilligann") in [(c.role, c.person) for c in facts.credits]
    facts = built("Home Frys is a 1998 comedy film. Hitchcok was originally attached to direct it.")
    assert "Hitchcok" not in [c.person for c in facts.credits]


def test_sources_named_after_an_adaptation_by_its_writers_or_among_versions() -> None:
    def sources(text: str) -> list[tuple[str, str | None]]:
        return [(s.title, s.author) for s in built(text).sources]

    assert sources("The film is an adaptation by Ralph Blok, Alfred Cohen, and Myron Fagin of the novel "
                   "Trailin'! by Max Brandt.") == [("Trailin'!", "Max Brandt")]  # fmt: skip
    assert sources(
        "The screenplay is the first of three film versions of Jerome Weidmann's novel I'll Never "
        "Go There Any More, the others being Broken Lance."
    ) == [("I'll Never Go There Any More", "Jerome Weidmann")]
    # a quoted title ends at its closing quote
    assert sources(
        'The story was adapted by Carl Meyer from the short story "The Excursion to Tilsitt", from '
        "the 1917 collection with the same title by Hermann Sudermannn."
    ) == [("The Excursion to Tilsitt", "Hermann Sudermannn")]


def test_parts_a_sentence_gives_in_passing() -> None:
    def parts(text: str) -> set[tuple[str, str | None]]:
        return {(c.person, c.description) for c in cast(built(text)) if c.description}

    # a group two people play
    assert parts("Guy Kibbee and ZaSu Pitts play a married couple.") == {
        ("Guy Kibbee", "couple"),
        ("ZaSu Pitts", "couple"),
    }
    # a part taken, had or landed
    assert parts("Akim Tamirov takes an unusual featured role as a slot-machine racketeer whose bombing "
                 "leads to a murder charge.") == {("Akim Tamirov", "racketeer")}  # fmt: skip
    # "he" is the one star of the sentence before
    assert parts("Lawless Rang is a 1935 film starring John Wayn. He appears as a singing cowboy in the "
                 "film.") == {("John Wayn", "singing cowboy")}  # fmt: skip
    # the film is no part
    assert parts("It starred Maxine Eliot. Her role in the film is played by Kathlyn Willams.") == set()


def test_people_playing_versions_of_themselves() -> None:
    facts = built("It stars Marion Mack. Director John McDermitt plays a fictionalized version of himself.")
    assert ("John McDermitt", "himself") in [(c.person, c.description) for c in cast(facts)]


def _cast_read(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.person, c.character, c.description) for c in built(text).credits if c.role == "cast"]


def test_a_small_part_had_after_an_aside_or_a_long_debut() -> None:
    text = "Cassia Peters, better known as Elvina, has a brief cameo as a secretary."
    assert _cast_read(text) == [("Cassia Peters", None, "secretary")]
    assert _cast_read("Steve McQueeny appears uncredited in a scene as a motorbike driver.") == [
        ("Steve McQueeny", None, "motorbike driver")
    ]
    assert _cast_read("Raquel Welsh made her film debut in a small role as a call girl.") == [
        ("Raquel Welsh", None, "call girl")
    ]


def test_in_the_role_of_after_a_performance_verb_and_an_aside() -> None:
    text = (
        "Rachel Weiss, still early in her career at the time of the film's release, appears briefly in "
        "the role of a Junior Executive."
    )
    assert _cast_read(text) == [("Rachel Weiss", "Junior Executive", None)]
    # what kind of part, when nothing says which
    text = (
        "It stars Tab Hunt and features Will Hutch, as well as Clint Eastwoode, in an early supporting role."
    )
    assert ("Clint Eastwoode", None, "early supporting role") in _cast_read(text)
    assert ("Will Hutch", None, None) in _cast_read(text)


def test_the_novelist_of_a_work_of_the_same_name_is_no_screenwriter() -> None:
    facts = built(
        "The film is based on the 1973 novel of the same name written by Lawrence Sandors. The screenplay "
        "was written by Mann Rubens."
    )
    assert [(c.role, c.person) for c in facts.credits] == [("writer", "Mann Rubens")]
    assert [s.author for s in facts.sources] == ["Lawrence Sandors"]
    # a screenwriter named by a work of theirs first
    facts = built(
        "It is based on a novel by Zane Grey, with a screenplay by The Searchers author Alan Le Mayo."
    )
    assert ("writer", "Alan Le Mayo") in [(c.role, c.person) for c in facts.credits]


def test_both_parts_played_and_a_cameo_by_someone_named_in_apposition() -> None:
    assert _cast_read("Mel Blank played both Bugs Bunny and the Scotsman.") == [
        ("Mel Blank", "Bugs Bunny", None),
        ("Mel Blank", "Scotsman", None),
    ]
    text = "The director of the French film, Claude Lelouche, has a cameo as a man on a train."
    assert _cast_read(text) == [("Claude Lelouche", None, "man")]


def test_crew_read_from_job_lists_a_named_script_and_a_film_from_its_director() -> None:
    assert crew(facts_of("Actress Laura Sawmill wrote the screen story."), "writer") == ["Laura Sawmill"]
    facts = facts_of("Charlie Chapman wrote, directed, and starred in the film.")
    assert (crew(facts, "director"), crew(facts, "writer")) == (["Charlie Chapman"], ["Charlie Chapman"])
    text = "The source for the William Parkman screenplay was the stage play of the same name."
    assert crew(built(text), "writer") == ["William Parkman"]
    # (another film's script the film is based on is no credit)
    assert crew(facts_of("It was based on the Preston Sturgis screenplay."), "writer") == []
    text = "It was directed by Stephen Donell from a screenplay by both Donell and the late Leslie Bricks."
    assert crew(facts_of(text), "writer") == ["Stephen Donell", "Leslie Bricks"]
    # a capitalised "Never" is the title's word, no negation of the credit
    text = "You Never Know Women is a 1926 drama film from director William A. Wellmann."
    assert crew(facts_of(text, "You Never Know Women"), "director") == ["William A. Wellmann"]
    assert crew(facts_of("The film was never directed by John Fordham."), "director") == []


def test_the_story_said_to_come_from_a_novel() -> None:
    facts = built("The story is from a 1914 novel by Elinor Glynn, the famous novelist.")
    assert [s.author for s in facts.sources] == ["Elinor Glynn"]
    assert facts_of("The story is from the point of view of a dog.").sources == ()


def test_whose_film_it_is_said_in_its_first_sentence_is_its_director_said_less_surely() -> None:
    found = facts_of("Checkered Flag is a 1990 made-for-television film by John Glen and Michael Levine.")
    assert crew(found, "director") == ["John Glen", "Michael Levine"]
    assert all(c.confidence < 0.8 for c in found.credits)  # "directed by" says it more surely
    # a studio's film has no director here, nor has a novel's author
    assert crew(facts_of("Roberta is a 1935 American musical film by RKO Radio Pictures."), "director") == []
    assert crew(facts_of("Hemingway is a 1995 documentary film by HBO."), "director") == []
    assert (
        crew(facts_of("The Lodger is a 1944 film based on the novel by Marie Belloc Lowndes."), "director")
        == []
    )


def test_a_directing_job_said_as_a_directorial_effort_names_the_director() -> None:
    found = facts_of(
        "The film is the only directorial effort by famous actor James Cagney.", "Short Cut to Hell"
    )
    assert crew(found, "director") == ["James Cagney"]


def test_a_writer_said_with_what_they_were_before() -> None:
    found = facts_of(
        "The Cat Burglar is a 1961 American neo-noir crime film written by actor and former criminal Leo Gordon"
        " and directed by William Witney."
    )
    assert crew(found, "writer") == ["Leo Gordon"] and crew(found, "director") == ["William Witney"]


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (
            "Androcles and the Lion is a 1952 RKO film produced by Gabriel Pascal from the 1912 George Bernard"
            " Shaw play of the same name.",
            "George Bernard Shaw",
        ),
        (
            "The screenplay was adapted by Paul Jarrico, Arthur Levinson, and Allen Vincent from the play"
            " Interim, written by Thomas Edward O'Connell.",
            "Thomas Edward O'Connell",
        ),
        (
            "Mission Over Korea is a 1953 American war film released by Columbia Pictures, directed by Fred F."
            " Sears, from a story by former war correspondent Richard Tregaskis, author of Guadalcanal Diary.",
            "Richard Tregaskis",
        ),
    ],
)
def test_a_work_a_film_was_made_from_with_its_author(text: str, author: str) -> None:
    assert [s.author for s in facts_of(text).sources] == [author]


def test_a_writer_said_as_him_after_directed_by_is_the_director() -> None:
    found = facts_of(
        "Elevated is a 1996 Canadian short film directed by Vincenzo Natali and co-written by him and Karen"
        " Walton, who also participated in the writing of Ginger Snaps."
    )
    assert crew(found, "writer") == ["Vincenzo Natali", "Karen Walton"]
    assert crew(found, "director") == ["Vincenzo Natali"]


def test_two_stars_as_parts_with_their_jobs_are_both_read_and_a_parts_job_is_no_crew_credit() -> None:
    facts = facts_of(
        "Three Little Words is a 1950 American musical film. It stars Fred Astaire as lyricist Bert Kalmar "
        "and Red Skelton as composer Harry Ruby, along with Vera-Ellen and Arlene Dahl as their wives."
    )
    assert {("Fred Astaire", "Bert Kalmar"), ("Red Skelton", "Harry Ruby")} <= pairs(facts)
    assert not [c for c in facts.credits if c.role == "composer"]
    # (a place before "as" after "and" is still no performer)
    assert not cast(facts_of("It was released in Japan and Korea as Big Time."))


def test_a_hedging_word_inside_the_films_own_title_hedges_no_credit() -> None:
    title = "How Could You, Caroline?"
    text = (
        "How Could You, Caroline? is a 1918 American silent comedy-drama film directed by Frederick A. "
        "Thomson, with a screenplay by Agnes Christine Johnston."
    )
    found = {(c.role, c.person) for c in facts_of(text, title).credits}
    assert {("director", "Frederick A. Thomson"), ("writer", "Agnes Christine Johnston")} <= found
    # (a hedge outside the title still hedges)
    hedged = facts_of("Foo is a film that could have been directed by John Smith.", "Foo")
    assert not [c for c in hedged.credits if c.role == "director"]


def test_a_kind_of_film_said_with_a_letter_before_the_director_is_not_the_name() -> None:
    text = "Blind Date is a 1984 independent erotic thriller film directed by B-film maker Nico Mastorakis."
    assert [c.person for c in facts_of(text, "Blind Date").credits if c.role == "director"] == [
        "Nico Mastorakis"
    ]


def test_a_part_named_by_its_surname_is_not_given_the_full_name_of_another_part() -> None:
    text = (
        "The film is an account of Winston Churchill's early days as Prime Minister. It stars Gary Oldman as "
        "Churchill, alongside Kristin Scott Thomas as Clementine Churchill, Lily James as Elizabeth Layton."
    )
    assert pairs(facts_of(text, "Darkest Hour")) >= {
        ("Gary Oldman", "Churchill"),
        ("Kristin Scott Thomas", "Clementine Churchill"),
    }


def test_a_surname_part_takes_the_full_name_the_same_actor_is_given_elsewhere() -> None:
    text = (
        "Lone Star is a 1952 Western film starring Clark Gable and Lionel Barrymore as President Andrew Jackson. "
        "The film also marks the first screen appearance by George Hamilton, playing beside Barrymore in the "
        "role of Jackson's servant."
    )
    parts = {c.character for c in cast(facts_of(text, "Lone Star")) if c.person == "Lionel Barrymore"}
    assert parts == {"Andrew Jackson"}, parts


def test_a_non_speaking_cameo_as_one_member_of_a_group_is_a_part() -> None:
    text = "Charlotte Ayanna has a non-speaking cameo role as the murdered fourth member of the group."
    assert [(c.person, c.description) for c in cast(facts_of(text, "Jawbreaker"))] == [
        ("Charlotte Ayanna", "member")
    ]
    # (a share of a group is still no part)
    text = "The film stars Kate Winslet and Leonardo DiCaprio as members of different social classes."
    assert all(c.description is None for c in cast(facts_of(text, "Titanic")))


def test_a_part_played_in_a_manner_and_the_character_voiced() -> None:
    text = (
        "M3GAN is a 2022 science fiction horror film starring Allison Williams and Violet McGraw, with Amie "
        "Donald physically portraying M3GAN and Jenna Davis voicing the character."
    )
    assert pairs(facts_of(text, "M3GAN")) >= {("Amie Donald", "M3GAN"), ("Jenna Davis", "M3GAN")}


def test_a_surname_is_the_one_of_the_name_credited_before() -> None:
    text = (
        "Roar is a 1981 adventure film written and directed by Noel Marshall. The film stars Marshall as Hank, "
        "his real-life wife Tippi Hedren as his wife Madeleine, with Marshall's sons John and Jerry Marshall in "
        "supporting roles."
    )
    assert ("Noel Marshall", "Hank") in pairs(facts_of(text, "Roar"))


def test_a_writer_after_a_title_ending_with_a_kind_of_work() -> None:
    # ("Child's Play" is the first film, not someone's play whose author wrote it)
    text = (
        "Child's Play 2 is a 1990 American slasher film and the direct sequel to Child's Play, written by "
        "Don Mancini and directed by John Lafia."
    )
    assert crew(facts_of(text, "Child's Play 2"), "writer") == ["Don Mancini"]
    text = "Gaslight is a 1940 film based on Patrick Hamilton's play, written by John Smith in 1938."
    assert crew(facts_of(text, "Gaslight"), "writer") == []


def test_a_writer_who_is_kin_of_the_director() -> None:
    text = (
        "The Daughter of MacGregor is a 1916 American silent film. It was directed by Sidney Olcott with "
        "Valentine Grant, his wife who wrote the scenario."
    )
    assert crew(facts_of(text, "The Daughter of MacGregor"), "writer") == ["Valentine Grant"]


def test_a_screenplay_credit_received_reaches_the_reader() -> None:
    from index.fact_cues import is_candidate

    text = "Bad Influence was the first original screenplay for which David Koepp received a sole screenplay credit."
    assert is_candidate(text)  # the build hands spaCy the sentence
    assert crew(facts_of(text, "Bad Influence"), "writer") == ["David Koepp"]


def test_a_source_at_a_sentence_end_with_no_space_after_it() -> None:
    text = (
        "Dangerous Blondes is a 1943 American comedy film directed by Leigh Jason and written by Richard "
        "Flournoy and Jack Henley, from the story If the Shroud Fits by Kelley Roos.The film stars Allyn Joslyn."
    )
    assert [(s.title, s.author) for s in facts_of(text, "Dangerous Blondes").sources] == [
        ("If the Shroud Fits", "Kelley Roos")
    ]


def test_writers_said_after_who_they_are_or_as_the_director_who_also_wrote() -> None:
    # (what the person is, listed before the name)
    soup = facts_of(
        "Soupe to Nutz is a 1930 comedy film written by cartoonist, sculptor, author, and inventor Rubes "
        "Goldbergh and directed by Benjamin Stoloffe."
    )
    assert crew(soup, "writer") == ["Rubes Goldbergh"]
    # (the director, then "a screenplay he also wrote", after a comma)
    laugh = facts_of(
        "Laff and Get Rich is a 1931 comedy film, directed by Gregorio La Cavo, from a screenplay he also "
        "wrote with contributions from Douglas McLain."
    )
    assert "Gregorio La Cavo" in crew(laugh, "writer")
    # ("who also wrote the screenplay" with no comma; "the one-reeler's screenplay")
    romance = facts_of(
        "Young Romanse is a 1915 silent film by William C. deMillo who also wrote the screenplay."
    )
    assert crew(romance, "writer") == ["William C. deMillo"]
    frank = facts_of(
        "It was directed by J. Searle Dawlee, who also wrote the one-reeler's screenplay, broadly basing it on "
        "a novel."
    )
    assert crew(frank, "writer") == ["J. Searle Dawlee"]
    # ("who also wrote and produced the film")
    buck = facts_of(
        "The Knickerbocker Buckaru is a 1919 western directed by Albert Parkes and starring Douglas "
        "Fairbanx, who also wrote and produced the film."
    )
    assert crew(buck, "writer") == ["Douglas Fairbanx"]


def test_a_part_named_after_a_lowercase_participle() -> None:
    for text in (
        "In the film, Edward McWaid plays the role of stuttering Bishop William Mallorie.",
        "Edward McWaid plays stuttering Bishop William Mallorie.",
    ):
        assert ("Edward McWaid", "Bishop William Mallorie") in pairs(facts_of(text)), text


def test_a_story_credited_beside_the_other_credits_or_the_writers_own_novel_is_a_source() -> None:
    # ("with a story by", "to story by", ", and a story by": no "from", still the story it was made from)
    for text, author in (
        ("The Pretendurs is a 1916 film produced by B. A. Rolfe and distributed by Metro Pictures with a story "
         "by Channing Pollok.", "Channing Pollok"),
        ("The Almighty Dollr is a 1916 drama film directed by Robert Thornbee, to story by E. Magnus Ingletun, "
         "and starring June Elvidge.", "E. Magnus Ingletun"),
        ("The film is directed by Kenny Ortegga from a screenplay by Mick Garris and Neil Cuthbert, and a story "
         "by David Kirschner and Garris.", "David Kirschner and Garris"),
        ("The screenplay was written by Gladys Lehmann, from a story by Anita Loos and John Emersen, and the film "
         "was released by Columbia Pictures.", "Anita Loos and John Emersen"),
    ):  # fmt: skip
        assert works(facts_of(text, "Zorg")) == [("a story", author, "story")], text
    # ("from her novel The Other One": the writer's own work, by the writer)
    back = facts_of("The screenplay was written by Catherine Turnee from her novel The Other One.", "Back")
    assert works(back) == [("The Other One", "Catherine Turnee", "novel")]


def test_a_part_played_again_said_with_returning_as() -> None:
    for text in ("It stars Tom Hardy returning as Max Rockatansky.",
                 "The film features Javier Bardem, with Judi Dench returning as Mabel."):  # fmt: skip
        assert any(p[1] in {"Max Rockatansky", "Mabel"} for p in pairs(facts_of(text))), text


def test_a_job_done_for_a_studio_and_a_part_played_after_a_few_words_of_when() -> None:
    assert ("director", "Lloyd Bacon") in {(c.role, c.person) for c in facts_of(
        "The Oklahoma Kidd is a 1939 Western. The film was directed for Warner Bros. by Lloyd Bacon.").credits}  # fmt: skip
    text = "Tom Mix teams up with lawman Wyatt Earp, portrayed for the second time in a theatrical film by James Garner."
    assert ("James Garner", "Wyatt Earp") in pairs(facts_of(text))


def test_a_work_of_the_same_name_then_its_author_after_a_comma() -> None:
    text = ("Some Girl(z) is a 2013 comedy film written by Neil LaBute. It is based on the play of the same name, "
            "also written by LaBute.")  # fmt: skip
    assert [(s.kind, s.author) for s in facts_of(text, "Some Girl(z)").sources] == [("play", "Neil LaBute")]
    text = "It is based on the novel of the same name, written by Ann Petry."
    assert [(s.kind, s.author) for s in facts_of(text, "The Street").sources] == [("novel", "Ann Petry")]


def test_a_part_by_surname_is_no_fuller_name_when_another_of_that_surname_has_a_nickname() -> None:
    text = ('Notoriouz is a 2009 film about the artist Christopher "The Notorious B.I.G / Biggie Smalls" Wallace. '
            "It stars Jamal Woolard as Wallace. Biggie's mother, Voletta Wallace, served as producer on the film.")  # fmt: skip
    assert ("Jamal Woolard", "Voletta Wallace") not in pairs(facts_of(text))
    assert ("Bradley Cooper", "Chris Kyle") in pairs(
        facts_of("It is based on the memoir by Chris Kyle. It stars Bradley Cooper as Kyle.")
    )


def test_a_post_set_off_after_a_name_is_no_second_person() -> None:
    text = ("Valentino: The Last Emperoz is a 2008 documentary film. It was produced and directed by Matt "
            "Tyrnauer, Special Correspondent for Vanity Fair magazine.")  # fmt: skip
    assert [c.person for c in facts_of(text).credits if c.role == "director"] == ["Matt Tyrnauer"]
    text = "It was directed by John Ford, Henry Hathaway and George Marshall."
    assert [c.person for c in facts_of(text).credits if c.role == "director"] == [
        "John Ford", "Henry Hathaway", "George Marshall"]  # fmt: skip


def test_a_cast_of_characters_names_parts_not_actors() -> None:
    text = "The film follows an ensemble cast of characters including Royce, a mercenary in a jungle."
    assert "Royce" not in {c.person for c in facts_of(text).credits}
    text = "The film features an ensemble cast including Tom Hanks and Meg Ryan."
    assert {"Tom Hanks", "Meg Ryan"} <= {c.person for c in facts_of(text).credits}


def test_she_after_a_sentence_telling_whose_debut_it_is_and_a_work_before_the_sentence_goes_on() -> None:
    text = ("It is the first sound film version of Ferenc Molnar's play The Swann, and marked silent screen star "
            "Lillian Gish's talkie debut. She starred as Princess Alexandra, with Conrad Nagel as the tutor.")  # fmt: skip
    facts = facts_of(text)
    assert ("Lillian Gish", "Princess Alexandra") in pairs(facts)
    assert [s.title for s in facts.sources] == ["The Swann"]
    # (no debut told: "she" is nobody read)
    assert not any(
        c.character == "Anna" for c in facts_of("It was a hit. She plays Anna, a prostitute.").credits
    )


def test_a_short_part_name_is_not_filled_out_with_a_fuller_name_its_own_sentence_gives_another() -> None:
    text = ("It stars Geoffrey Rush as Sellers, Miriam Margolyes as his mother Peg Sellers, Emily Watson as his "
            "wife Anne Howe.")  # fmt: skip
    assert ("Geoffrey Rush", "Peg Sellers") not in pairs(facts_of(text))
    assert ("Bradley Cooper", "Chris Kyle") in pairs(
        facts_of("It is based on the memoir by Chris Kyle. It stars Bradley Cooper as Kyle.")
    )


def test_a_job_done_with_a_doing_no_film_is_done_by_is_of_another_thing() -> None:
    text = "It is based on the 1965 marches initiated and directed by James Bevel and led by Martin Luther King Jr."
    assert "James Bevel" not in {c.person for c in facts_of(text).credits}
    assert ("director", "Joe Smith") in {
        (c.role, c.person) for c in facts_of("It was created and directed by Joe Smith.").credits
    }
    # (a name ending so is no doing: "directed by Michael Apted and written by Lawrence Kasdan")
    credits = facts_of("It was directed by Michael Apted and written by Lawrence Kasdan.").credits
    assert ("writer", "Lawrence Kasdan") in {(c.role, c.person) for c in credits}


def test_a_name_someone_owns_before_as_is_a_work_of_theirs_not_a_performer() -> None:
    text = ("The score incorporated the main theme of French composer Claude Debussy's Clair de Lune as the love "
            "theme for the film.")  # fmt: skip
    assert "Clair de Lune" not in {c.person for c in facts_of(text).credits if c.role == "cast"}
    # (someone's partner named, then who plays whom: still read)
    assert ("Ginger Rogers", "Amy") in pairs(
        facts_of("The film stars Fred Astaire's partner Ginger Rogers as Amy.")
    )


def test_a_name_then_an_aside_opened_by_who_then_stars_as() -> None:
    text = "Leonardo DiCaprio, who was also a producer of the film, stars as Belfort, with Jonah Hill as his partner."
    assert ("Leonardo DiCaprio", "Belfort") in pairs(facts_of(text))


def test_a_director_who_stepped_in_or_took_over() -> None:
    text = "John Farrow stepped in as director when Busby Berkeley became ill, but Farrow was uncredited."
    assert ("director", "John Farrow") in {(c.role, c.person) for c in facts_of(text).credits}
    took = facts_of("John Farrow took over as director after Busby Berkeley fell ill.").credits
    assert ("director", "John Farrow") in {(c.role, c.person) for c in took}
    assert ("director", "Busby Berkeley") not in {(c.role, c.person) for c in took}


def test_a_work_said_to_be_the_basis_for_the_film() -> None:
    text = ("Heavy Metal is a 1981 animated film produced by Leonard Mogel, who also was the publisher of Heavy "
            "Metal magazine, which was the basis for the film.")  # fmt: skip
    assert [s.title for s in facts_of(text).sources] == ["Heavy Metal magazine"]


def test_a_name_with_its_suffix_after_a_comma_and_the_story_and_screenplay() -> None:
    text = "It stars Tom Tyler as Captain Marvel and Frank Coghlan, Jr. as his alter ego, Billy Batson."
    assert ("Frank Coghlan Jr", "Billy Batson") in {
        (c.person.rstrip("."), c.character) for c in facts_of(text).credits
    }
    written = facts_of("Karl Brown wrote the story and screenplay.").credits
    assert ("writer", "Karl Brown") in {(c.role, c.person) for c in written}
