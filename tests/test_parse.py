"""The question parser: kinds, titles, years, subjects and follow-ups, as people type them.

Fast: a small title index in memory, no model. Each row is a phrasing class from real chat use.
"""

from __future__ import annotations

import pytest

from index.answer.parse import parse
from index.answer.request import Request
from index.titles import TitleIndex, title_key
from index.types import FilmRef

FILMS = [
    FilmRef("The Runaways", 2010),
    FilmRef("Alien", 1979),
    FilmRef("Heat", 1995),
    FilmRef("King Kong", 1933),
    FilmRef("King Kong", 2005),
    FilmRef("The Thing", 1982),
    FilmRef("The Thing", 2011),
    FilmRef("Rocky", 1976),
    FilmRef("Rocky II", 1979),
    FilmRef("Police Academy 3: Back in Training", 1986),
    FilmRef("Ocean's Eleven", 2001),
    FilmRef("Jaws", 1975),
    FilmRef("Jaws: The Revenge", 1987),
    FilmRef("Girl, Interrupted", 1999),
    FilmRef("Scarface", 1983),
    FilmRef("Based on a True Story", 2017),
    FilmRef("It", 2017),
    FilmRef("The Island", 1980),
    FilmRef("Mother", 1996),
    FilmRef("Black Swan", 2010),
    FilmRef("The Black Swan", 1942),
    FilmRef("Mad Max: Fury Road", 2015),
    FilmRef("E.T. the Extra-Terrestrial", 1982),
    FilmRef("Nine", 2009),
    FilmRef("Shark!", 1969),
    FilmRef("Toy Story", 1995),
    FilmRef("Toy Story 2", 1999),
    FilmRef("Léon: The Professional", 1994),
    FilmRef("Exorcist: The Beginning", 2004),
    FilmRef("A River Runs Through It", 1992),
    FilmRef("Nope", 2022),
    FilmRef("1917", 2019),
    FilmRef("War", 2007),
    FilmRef("The Natural", 1984),
    FilmRef("Who's Afraid of Virginia Woolf?", 1966),
    FilmRef("The Picture of Dorian Gray", 1945),
    FilmRef("For Whom the Bell Tolls", 1943),
    FilmRef("Interview with the Vampire", 1994),
    FilmRef("Antz", 1998),
    FilmRef("Dreamgirls", 2006),
    FilmRef("The Iceman Cometh", 1973),
    FilmRef("Iceman", 1984),
    FilmRef("Dream Girl", 1948),
    FilmRef("Plymouth Adventure", 1952),
    FilmRef("Crocodile Dundee in Los Angeles", 2001),
    FilmRef("Battle: Los Angeles", 2011),
    FilmRef("My Name Is Bill W.", 1989),
    FilmRef("Dumb and Dumber", 1994),
    FilmRef("Dumb and Dumberer: When Harry Met Lloyd", 2003),
    FilmRef("In the Gloaming", 1997),
    FilmRef("I Dreamed of Africa", 2000),
    FilmRef("The Original Kings of Comedy", 2000),
    FilmRef("Music", 2021),
    FilmRef("Old Los Angeles", 1948),
    FilmRef("Big", 1988),
    FilmRef("Godzilla", 1998),
]
TITLES = TitleIndex(FILMS)


def films_named(question: str) -> list[str]:
    return [f.label for f in parse(question, TITLES).films]


@pytest.mark.parametrize(
    ("question", "kind", "films"),
    [
        # passive and inverted forms
        ("Heat (1995) was directed by whom?", "director", ["Heat (1995)"]),
        ("who wrote the novel behind Jaws?", "source", ["Jaws (1975)"]),
        ("whose memoir is Girl, Interrupted based on?", "source", ["Girl, Interrupted (1999)"]),
        ("What is the plot of Based on a True Story?", "plot", ["Based on a True Story (2017)"]),
        # chatter is never part of a title
        ("who made alien, like who directed it lol", "director", ["Alien (1979)"]),
        ("did critics like scarface or nah", "verdict", ["Scarface (1983)"]),
        ("hey bot quick q: who directed heat lol", "director", ["Heat (1995)"]),
        # titles as people write them
        ("who directed rocky 2", "director", ["Rocky II (1979)"]),
        ("rocky part two director", "director", ["Rocky II (1979)"]),
        ("who is in police academy 3", "cast", ["Police Academy 3: Back in Training (1986)"]),
        ("oceans eleven cast", "cast", ["Ocean's Eleven (2001)"]),
        ("fury road director", "director", ["Mad Max: Fury Road (2015)"]),
        ("who directed et", "director", ["E.T. the Extra-Terrestrial (1982)"]),
        ("who directed the runawyas", "director", ["The Runaways (2010)"]),
        ("jaws cast", "cast", ["Jaws (1975)"]),
        ("who directed leon", "director", ["Léon: The Professional (1994)"]),  # the main part of a title
        ("who starred in a river runs thru it", "cast", ["A River Runs Through It (1992)"]),
        ("1917 war movie cast", "cast", ["1917 (2019)"]),  # a title that is a year, not a "War" of 1917
        ("who directed whos afraid of virginia wolf", "director", ["Who's Afraid of Virginia Woolf? (1966)"]),
        ("picture of dorian grey 1945 who is in it", "cast", ["The Picture of Dorian Gray (1945)"]),
        (
            "for whom the bells toll, what is jordan sent to blow up",
            "plot",
            ["For Whom the Bell Tolls (1943)"],
        ),
        ("interview with a vampire whos in it", "cast", ["Interview with the Vampire (1994)"]),
        ("antz screenwriters", "writer", ["Antz (1998)"]),
        ("dream girls movie who's in it", "cast", ["Dreamgirls (2006)"]),  # a title written as one word
        # ... within a longer title, which outranks the shorter one its first words spell
        ("who directed the ice man cometh", "director", ["The Iceman Cometh (1973)"]),
        ("who did the music for it", "crew", []),  # the score, not the film Music
        ("jack nicholson noir about the water wars in los angeles", "search", []),  # not Old Los Angeles
        ("1917 who wrote it", "writer", ["1917 (2019)"]),
        ("who wrote 1917", "writer", ["1917 (2019)"]),
        ("the natural redford baseball film based on a novel by", "source", ["The Natural (1984)"]),
        # words in brackets are never the title
        ("hey bot who is in nope (jordan peele)", "cast", ["Nope (2022)"]),
        ("who is in heat (lol)", "cast", ["Heat (1995)"]),
        # a year picks the film
        ("who was in the thing 1982", "cast", ["The Thing (1982)"]),
        ("who directed king kong 1933", "director", ["King Kong (1933)"]),
        ("the 2005 king kong director?", "director", ["King Kong (2005)"]),
        ("who directed king kong from 33", "director", ["King Kong (1933)"]),
        ("2005's king kong director", "director", ["King Kong (2005)"]),
        ("the thing from the 80s cast", "cast", ["The Thing (1982)"]),
        ("who directed the original king kong", "director", ["King Kong (1933)"]),
        ("who directed king kong", "director", ["King Kong (1933)", "King Kong (2005)"]),
        # written with or without the article
        ("black swan director", "director", ["Black Swan (2010)"]),
        ("the black swan director", "director", ["The Black Swan (1942)"]),
        # words that are also titles, where no title stands
        ("who is in it", "cast", []),
        ("where does the band go", "plot", []),
        ("who plays her mom", "cast", []),
        # the title where a title stands
        ("who plays the mother in mother", "cast", ["Mother (1996)"]),
        ("what is it about", "plot", []),
        ("what is it a reimagining of", "source", []),
        ("is it based on something", "source", []),  # "something" is no title
        ("heat - book or play?", "source", ["Heat (1995)"]),  # not "who plays"
        ("whos behind heat", "director", ["Heat (1995)"]),
        # a story question by what it asks about
        ("and the 98 one, what city does it go after", "plot", []),
        ("in heat which bank did de niros character rob", "plot", ["Heat (1995)"]),
        ("and what was it a remake of lol", "source", []),
        # a crew word telling of the person, not asking who: a story question
        (
            "heat - where was it filmed, like the neighborhood the director grew up in",
            "plot",
            ["Heat (1995)"],
        ),
        # which film, in the user's own words
        ("which movie has a shark terrorising a beach town", "search", []),
        ("whats the one where a hitman goes back home for his high school reunion", "search", []),
        # what the user knows before the question is no title
        ("ngl never heard of plymouth adventure, who stars", "cast", ["Plymouth Adventure (1952)"]),
        # a place by its initials; not a story's place, nor a title's subtitle alone
        ("crocodile dundee in LA who plays dundee", "cast", ["Crocodile Dundee in Los Angeles (2001)"]),
        ("marines fighting off an alien invasion in LA, what's that film", "search", []),
        ("my name is bill w cast", "cast", ["My Name Is Bill W. (1989)"]),
        # the main part of a subtitled title typed whole is no typo of a shorter one
        ("dumb and dumberer who wrote it", "writer", ["Dumb and Dumberer: When Harry Met Lloyd (2003)"]),
        ("dumb and dumber who wrote it", "writer", ["Dumb and Dumber (1994)"]),
        # the question set off at the end asks, whatever the words before it tell of the film
        (
            "that in the gloaming tv movie christopher reeve directed, who was in it",
            "cast",
            ["In the Gloaming (1997)"],
        ),
        (
            "the original kings of comedy - which comedians are in it",
            "cast",
            ["The Original Kings of Comedy (2000)"],
        ),
        ("boy accidentally left behind at christmas fights off burglars", "search", []),
    ],
)
def test_kind_and_film(question: str, kind: str, films: list[str]) -> None:
    req = parse(question, TITLES)
    assert (req.kind, films_named(question)) == (kind, films), req


@pytest.mark.parametrize(
    ("question", "subject", "role"),
    [
        ("who is Ellen Ripley in Alien?", "ellen ripley", "character"),
        ("Who plays Cherie Currie in The Runaways?", "cherie currie", "character"),
        ("who plays cherie's mom in the runaways", "cherie s mom", "character"),
        ("who played the villain in heat", "the villain", "character"),
        ("Who's Neil McCauley played by in Heat?", "neil mccauley", "character"),
        ("what role does kristen stewart play in the runaways", "kristen stewart", "actor"),
        # whose part, said first, then asked of ("what kind of guy", "the character's name")
        ("frank morgan in heat - what kind of guy does he play", "frank morgan", "actor"),
        ("al pacino part in heat, whats the characters name", "al pacino", "actor"),
        ("what are pacino and de niro supposed to be in heat", "pacino and de niro", "actor"),
        ("who does al pacino play in heat", "al pacino", "actor"),
        ("who does salma hayek voice in heat", "salma hayek", "actor"),
        ("heat whos the voice of francis", "francis", "character"),
        ("who is the voice of francis in heat", "francis", "character"),
        ("which actor plays vincent hanna in heat", "vincent hanna", "character"),
        ("what does al pacino's character do for a living in heat", "al pacino", "actor"),
        ("who does fiona's voice in heat", "fiona", "character"),
        ("robert de niro in heat, what role", "robert de niro", "actor"),
        ("and her sister?", "her sister", "character"),
        ("schindler's accountant is played by", "schindler s accountant", "character"),
        ("the detective in heat is played by who", "the detective", "character"),
        ("al pacino in heat, what's his job in it", "al pacino", "actor"),
        ("what kind of guy does al pacino play in heat", "al pacino", "actor"),
        ("whats al pacinos character's job in heat", "al pacinos", "actor"),
        ("in heat, who is neil mccauley", "neil mccauley", "character"),
        # a part's name, then what the part is: the name is asked about
        ("who plays eady, the girl who helps neil in heat", "eady", "character"),
        ("heat 1995 neil mccauley actor", "neil mccauley", "character"),
        ("the runaways cherie's mom actress", "cherie s mom", "character"),
        # a turn's opener is no part of the name: "and sam elliott plays who"
        ("and al pacino plays who", "al pacino", "actor"),
        ("ok so robert de niro plays what", "robert de niro", "actor"),
        # the title first, then a role word, then chatter or a clause: "bad guys" is no chatter
        ("heat who's the villain, some bird?", "the villain", "character"),
        ("heat 1995 who are the bad guys they fight", "the bad guys", "character"),
        # whether someone is in it, then their part
        ("is al pacino in it? who does he play", "al pacino", "actor"),
        # the part first, then who plays it
        ("heat villain who plays him", "villain", "character"),
        ("ok so in heat, the detective who played him", "the detective", "character"),
    ],
)
def test_subject(question: str, subject: str, role: str) -> None:
    req = parse(question, TITLES)
    assert (req.kind, req.subject, req.subject_role) == ("cast", subject, role)


def test_a_role_word_followed_by_more_words_is_no_part_asked() -> None:
    # "the best pool player eddie wants to beat" is a story question, not "eddie's best friend"
    assert parse("heat who's the best pool player eddie wants to beat", TITLES).subject is None
    assert parse("heat 1995 who's the female lead opposite al pacino", TITLES).subject is None


def test_the_cast_asked_besides_someone_and_a_source_set_off_before_who_wrote_it() -> None:
    besides = parse("i dreamed of africa who plays in it besides kim basinger", TITLES)
    assert (besides.kind, besides.subject) == ("cast", None)
    # "who wrote it" after a source asked is the source's author
    assert parse("jaws is based on a novel right? who wrote it", TITLES).kind == "source"


def test_a_title_after_a_series_name_is_its_film_but_not_after_another_title() -> None:
    films = [("Star Wars", 1977), ("The Empire Strikes Back", 1980), ("Star Wars: The Last Jedi", 2017),
             ("Small Sacrifices", 1989), ("True Crime", 1999), ("Apt Pupil", 1998), ("High School", 1940)]  # fmt: skip
    titles = TitleIndex([FilmRef(t, y) for t, y in films])
    for question, film in (
        ("star wars the empire strikes back cast", FilmRef("The Empire Strikes Back", 1980)),
        ("small sacrifices true crime book author", FilmRef("Small Sacrifices", 1989)),
        ("apt pupil the high school kid is who", FilmRef("Apt Pupil", 1998)),
    ):
        assert parse(question, titles).films == (film,), question


def test_a_guess_or_a_remark_after_the_question_asks_nothing() -> None:
    assert parse("toy story 2 who wrote it, was it the psycho author", TITLES).kind == "writer"
    assert parse("whose screenplay was toy story 2, critics hated it", TITLES).kind == "writer"
    assert parse("did critics like toy story 2", TITLES).kind == "verdict"
    # someone of its story or history who loved it, not an opinion asked
    assert parse("which dictator loved toy story 2 lol", TITLES).kind == "plot"
    assert parse("which critics loved toy story 2", TITLES).kind == "verdict"


def test_a_question_word_run_into_did_asks_as_spelled_out() -> None:
    said = "where'd they shoot mad max fury road"
    req = parse(said, TITLES)
    assert (req.kind, req.focus, films_named(said)) == ("plot", "where", ["Mad Max: Fury Road (2015)"])


def test_a_star_left_out_is_no_title() -> None:
    req = parse("and who's the other star, not errol flynn", TITLES)
    assert (req.kind, req.unknown_title, req.mention) == ("cast", False, None)


def test_an_original_title_in_another_language_is_no_earlier_version() -> None:
    req = parse("whats the original spanish title", TITLES)
    assert (req.kind, req.focus, req.version) == ("search", "alias", None)


def test_which_film_questions_name_no_film() -> None:
    req = parse("which movie has a shark terrorising a beach town", TITLES)
    assert req.which_film and not req.films  # "Shark!" is a title, but here it is the story
    # "a quiz show" in a description is a thing in the story, not the film "Quiz Show"
    quiz = TitleIndex([FilmRef("Quiz Show", 1994)])
    req = parse("kid from the mumbai slums wins a quiz show and gets accused of cheating", quiz)
    assert req.which_film and not req.films
    # "love" in a love triangle is the story, not an opinion of it
    req = parse(
        "whats the movie with a love triangle between a banker and his best friend in san francisco", TITLES
    )
    assert req.which_film and req.kind == "search" and not req.unknown_title
    # "bout" said for about: a story, not a follow-up on the film talked about nor titles it holds
    drag = TitleIndex([FilmRef("Female", 1933), FilmRef("Drag", 1929), FilmRef("I'm Bout It", 1997)])
    req = parse("movie bout a female drag racer", drag)
    assert req.which_film and not req.films and not req.followup
    assert parse("im bout it who directed", drag).films == (FilmRef("I'm Bout It", 1997),)


def test_the_main_part_of_a_later_instalment_is_no_title_of_ours() -> None:
    # "Exorcist: The Beginning" is a prequel: "the exorcist" is another film, one we lack
    req = parse("who directed the exorcist", TITLES)
    assert req.films == () and req.unknown_title


def test_the_main_part_of_the_first_film_whose_sequels_are_numbered_is_that_film() -> None:
    gun = FilmRef("The Naked Pun: From the Files of Police Squad!", 1988)
    titles = TitleIndex(
        [
            gun,
            FilmRef("The Naked Pun 2½: The Smell of Fear", 1991),
            FilmRef("Naked Pun 33⅓: The Final Insult", 1994),
        ]
    )
    assert parse("who plays frank drebin in naked pun", titles).films == (gun,)
    # a title with a full stop between its parts is named by its first part
    honk = FilmRef("Honk for Jeebus. Save Your Soul.", 2022)
    assert parse("who directed honk for jeebus", TitleIndex([honk, *FILMS])).films == (honk,)


def test_a_title_set_off_then_dated_in_the_users_words_is_that_years_film() -> None:
    kids = [FilmRef("The Kidd", 2000), FilmRef("The Kidd", 2019)]
    titles = TitleIndex([*kids, FilmRef("Music", 2021), *FILMS])
    assert parse("who wrote the screenplay for the kidd, the 2019 western", titles).films == (kids[1],)
    assert parse("who directed music, the 2021 one", titles).films == (FilmRef("Music", 2021),)
    # (the score asked about stays the score)
    assert parse("who did the music for it", titles).films == ()


def test_an_adverb_after_the_title_is_no_part_of_it() -> None:
    titles = TitleIndex([FilmRef("Stanley & Irus", 1990), *FILMS])
    req = parse("stanley & irus loosely based on what book", titles)
    assert req.films == (FilmRef("Stanley & Irus", 1990),) and req.aside is None and req.kind == "source"


def test_a_short_title_inside_a_longer_one_we_lack_is_no_film_of_ours() -> None:
    titles = TitleIndex([FilmRef("Emperer", 2013), FilmRef("The Fal", 2008), FilmRef("The Moonlightr", 1953)])
    last = parse("the last emperer cast", titles)
    assert last.films == () and last.unknown_title and last.mention == "the last emperer"
    assert parse("legends of the fal was adapted from which book", titles).films == ()
    assert parse("moonlight over pemberton cast", titles).films == ()
    # (what a film has, "of" the title, is still asked of it)
    assert parse("whats the setting of the fal", titles).films == (FilmRef("The Fal", 2008),)
    family = TitleIndex([FilmRef("The Famly", 2013)])
    assert parse("the famly man nicolas cage who directed it", family).films == ()
    assert parse("the famly, man, who directed it", family).films == (FilmRef("The Famly", 2013),)


def test_a_word_that_opens_titles_of_its_own_is_no_typo_of_another_title() -> None:
    titles = TitleIndex(
        [FilmRef("The Jackals", 1967), FilmRef("Jackass 3D", 2010), FilmRef("Jackass Forever", 2022)]
    )
    assert parse("jackass the movie who's in it", titles).films == ()
    assert parse("who directed the jackels", titles).films == (FilmRef("The Jackals", 1967),)


def test_a_word_other_titles_hold_is_no_typo_of_another_title() -> None:
    titles = TitleIndex(
        [
            FilmRef("The Big Shot", 1937),
            FilmRef("Short Cuts", 1993),
            FilmRef("Short Circuit", 1986),
            FilmRef("Big", 1988),
            FilmRef("The Short Night", 1979),
            FilmRef("Star Wars", 1977),
            FilmRef("Long Shot", 2019),
            FilmRef("A Shot in the Dark", 1964),
            FilmRef("Forrest Gump", 1994),
            FilmRef("The Forest", 2016),
            FilmRef("Forest Warrior", 1996),
            FilmRef("Into the Forest", 2015),
        ]
    )
    # (Big opens it, but only with "short" said of it: resolving checks its reviews say so)
    req = parse("the big short is based on what book", titles)
    assert FilmRef("The Big Shot", 1937) not in req.films and (req.unknown_title or req.aside == "short")
    assert parse("who directed the big shoot", titles).films == (FilmRef("The Big Shot", 1937),)
    assert parse("who directed star war", titles).films == (FilmRef("Star Wars", 1977),)
    # few titles hold "forrest": "forest" is the typo of it a user makes
    assert parse("who directed forest gump", titles).films == (FilmRef("Forrest Gump", 1994),)


def test_a_title_inside_a_story_whose_film_is_asked_is_no_film_named() -> None:
    titles = TitleIndex(
        [
            FilmRef("The Boy Next Door", 2015),
            FilmRef("A Haunted House", 2013),
            FilmRef("High School", 1940),
            FilmRef("The Prince and the Pauper", 1937),
        ]
    )
    for question in (
        "teen girl who can't go outside because of an illness falls for the boy next door",
        "a lawyer who doesn't believe in ghosts inherits a haunted house - what's that movie",
        "that prequel about the two dumb guys back in high school",
        "kid n play doing prince and the pauper at a high school, whats it called",
    ):
        req = parse(question, titles)
        assert req.which_film and req.films == (), question
    # the title asked of, or opening the message, is still the film
    assert parse("who plays the mom in the boy next door", titles).films == (
        FilmRef("The Boy Next Door", 2015),
    )
    req = parse("the prince and the pauper was from some mark twain thing, what was it called", titles)
    assert req.films == (FilmRef("The Prince and the Pauper", 1937),)


def test_words_running_on_after_a_title_are_a_longer_title_unless_they_say_which_film() -> None:
    companion, circus = FilmRef("Longtime Companion", 1989), FilmRef("At the Circus", 1939)
    titles = TitleIndex([FilmRef("Prey", 2019), FilmRef("The Town", 2010), companion, circus, *FILMS])
    assert parse("prey for the devil who's the lead", titles).aside == "for the devil"
    assert (
        parse("town without pity kirk douglas, who's the director", titles).aside
        == "without pity kirk douglas"
    )
    # a version or a mark after the title: the title's film
    # (nor what is asked: "stars", "came out"; nor a verb with its preposition, nor the film's people)
    req = parse("longtime companion deals with what epidemic", titles)
    assert req.films == (companion,) and req.aside is None
    assert parse("at the circus with the marx bros, who else is in the cast", titles).aside is None
    for question in (
        "alien the first one who directed",
        "heat, who directed",
        "heat stars who",
        "heat came out when",
    ):
        req = parse(question, titles)
        assert req.films and req.aside is None, question
    # ("the" opens what is asked of the title)
    initiation = FilmRef("Initiation: Silent Night, Deadly Night 4", 1990)
    series = TitleIndex([initiation, FilmRef("Silent Night, Deadly Night", 1984)])
    req = parse("silent night deadly night 4 the witches worship who", series)
    assert req.films == (initiation,) and req.aside is None


def test_a_story_then_its_title_asked_in_a_word_or_by_whose_short_it_is_asks_which_film() -> None:
    titles = TitleIndex([FilmRef("The Spy", 1917), FilmRef("The American", 1927), FilmRef("Stella", 1990)])
    for question in (
        "kay francis movie, a theater actress caught between the man bankrolling her show and his buddy. title?",
        "there's a raoul walsh silent where a reporter quits and then he tries to unmask the guy as a spy. title?",
        "which edison short is supposed to be the first american political satire film",
    ):
        req = parse(question, titles)
        assert req.which_film and req.films == (), question
    assert not parse("blade runner working title", TitleIndex([FilmRef("Blade Runner", 1982)])).which_film


def test_one_digit_after_a_title_is_its_instalment_never_its_year() -> None:
    titles = TitleIndex([FilmRef("State Property", 2002), FilmRef("Aliens", 1986)])
    req = parse("state property 2 who directed that one", titles)
    assert req.films == () and req.unknown_title and req.mention == "state property 2"
    assert parse("aliens 86 cast", titles).films == (FilmRef("Aliens", 1986),)


def test_a_version_asked_by_its_short_year_and_its_kind_of_film() -> None:
    req = parse("and the 85 western with that name?", TITLES)
    assert req.year == 1985 and not req.which_film and req.films == ()
    # (its kind, then its year: "the western from 1950 with the same title")
    for question in (
        "and the western from 1950 with the same title?",
        "what about the color western from 1950",
    ):
        req = parse(question, TITLES)
        assert req.year == 1950 and not req.which_film and req.films == (), question
    # (a story told of a kind of film and its year asks which film: no version of the last one)
    assert parse("whats the 1950 western where a sheriff waits for a train", TITLES).year is None


def test_a_part_whose_words_are_a_title_asked_in_a_film_we_lack_is_asked_of_that_film() -> None:
    rock = TitleIndex([FilmRef("Rock Star", 2001)])
    for question in (
        "who plays the rock star in get him to the greek",
        "who is the rock star in almost famous",
    ):
        req = parse(question, rock)
        assert req.unknown_title and not req.films and req.mention in question, question
    # (in a title we have, or in the film talked about, the film is never the part's namesake's lack)
    assert parse("who plays the rock star in rock star", rock).films == (FilmRef("Rock Star", 2001),)
    assert not parse("who plays the rock star in it", rock).unknown_title
    # (nor in words telling which film it is)
    assert parse("who played the rock star in the 2001 wahlberg movie", rock).films == (
        FilmRef("Rock Star", 2001),
    )


def test_the_year_then_one_word_opening_its_title_then_movie_is_that_years_film() -> None:
    reindeer = TitleIndex(
        [
            FilmRef("Rudolph the Red-Nosed Reindeer: The Movie", 1998),
            FilmRef("Rudolph's Shiny New Year", 1976),
        ]
    )
    req = parse("who voices rudolph in the 1998 rudolph movie", reindeer)
    assert req.films == (FilmRef("Rudolph the Red-Nosed Reindeer: The Movie", 1998),)
    # (the year of no film opening so: none)
    assert not parse("who voices rudolph in the 1999 rudolph movie", reindeer).films


def test_what_the_lead_does_after_a_title_is_no_aside_naming_someone() -> None:
    rick = TitleIndex([FilmRef("White Boy Rick", 2018)])
    req = parse("white boy rick became the youngest what ever", rick)
    assert req.films == (FilmRef("White Boy Rick", 2018),) and req.aside is None
    # (set off from the question, the words may go on with a longer title we lack)
    req = parse("billy jack goes to washington - what's the story", TitleIndex([FilmRef("Billy Jack", 1971)]))
    assert req.aside == "goes to washington"


def test_a_title_set_off_then_the_one_telling_which_is_the_film_asked() -> None:
    flights = TitleIndex([FilmRef("Non-Stop", 2014), FilmRef("Plane", 2023), FilmRef("Jaws", 1975)])
    req = parse("whos in non-stop, the one on the plane with the creepy texts", flights)
    assert req.films == (FilmRef("Non-Stop", 2014),) and req.kind == "cast"
    req = parse("who directed jaws, the one with the shark", flights)
    assert not req.which_film and req.kind == "director" and req.films == (FilmRef("Jaws", 1975),)
    assert parse("whats the one with the shark", flights).which_film  # no title set off: a story


def test_a_year_and_a_word_for_a_film_before_its_title_date_it() -> None:
    req = parse("who played tony montana in the 1983 film scarface", TITLES)
    assert req.films == (FilmRef("Scarface", 1983),) and req.subject == "tony montana"
    assert parse("the 1975 film about a shark who directed it", TITLES).which_film  # a story, no title


def test_someones_other_films_asked_in_the_words_people_use() -> None:
    for question, who, job in (
        ("what else did he direct", None, "director"),
        ("and what else has she been in", None, "actor"),
        ("what other movies has tom hanks been in", "tom hanks", "actor"),
        ("other films by spielberg", "spielberg", "director"),
        ("any other movies with pacino", "pacino", "actor"),
        ("what else has spielberg done", "spielberg", None),
    ):
        req = parse(question, TITLES)
        assert (req.kind, req.subject, req.subject_role) == ("career", who, job), question
    assert parse("what else happens in jaws", TITLES).kind != "career"


def test_the_work_asked_for_a_title_is_no_longer_title() -> None:
    for question in ("what is the source material for jaws", "whats the inspiration for jaws"):
        assert parse(question, TITLES).films == (FilmRef("Jaws", 1975),), question


def test_a_version_denied_asks_the_other_and_one_said_after_a_comma_is_no_name() -> None:
    for question in (
        "king kong, the original not the remake - who made it",
        "king kong not the remake, who directed",
        "who directed king kong, the older one",
    ):
        req = parse(question, TITLES)
        assert req.version == "earlier" and req.made_by is None, question
    req = parse("who directed king kong, not the 05 jack black one, the older one", TITLES)
    assert req.not_made_by == "2005" and req.version == "earlier" and req.year is None
    assert parse("king kong, not the original - who directed", TITLES).version == "later"


def test_a_film_kin_to_the_title_or_one_denied_is_no_film_named() -> None:
    for question in (
        "what's the lethal weapon parody with emilio estevez and samuel l jackson",
        "star wars tv spin-off where the ewoks help a brother and sister",
        "what was the army comedy from 42, the tanks a million follow-up where doubleday and ames are rivals",
    ):
        titles = TitleIndex(
            [FilmRef("Lethal Weapon", 1987), FilmRef("Star Wars", 1977), FilmRef("Tanks a Million", 1941)]
        )
        req = parse(question, titles)
        assert req.which_film and req.films == (), question
    # (the follow-up asked of, with no story told: the film's sequel)
    assert not parse("the tanks a million follow up, who directed it", titles).which_film
    assert (
        FilmRef("Toy Story 2", 1999)
        not in parse("toy story, the first, not toy story 2 - who directed", TITLES).films
    )


def test_the_version_of_a_kind_with_someone_in_it() -> None:
    req = parse("and the western with ethan hawk, who directed that", TITLES)
    assert req.made_by == "ethan hawk" and req.kind == "director"
    # (a story told of a kind of film with someone in it is no version asked for)
    assert parse("the comedy with jim carey where he cant lie", TITLES).made_by is None


def test_a_return_to_a_film_names_it_before_the_question_does() -> None:
    titles = TitleIndex([FilmRef("The Kidd", 2000), *FILMS])
    req = parse("back to maizie - how old is the kidd", titles)
    assert req.films == () and req.unknown_title and req.mention == "maizie"
    assert parse("back to heat - who plays the kidd", titles).films == (FilmRef("Heat", 1995),)


def test_who_are_the_parts_of_several_asks_for_their_actors() -> None:
    req = parse("who are the two cops in heat 1995", TITLES)
    assert (req.kind, req.subject_role) == ("cast", "character") and "cops" in (req.subject or "")
    assert parse("who are they chasing in heat 1995", TITLES).kind == "plot"
    # (the cast asked in other words is the cast)
    assert parse("who are the actresses in heat 1995", TITLES).subject_role is None


def test_words_and_a_year_set_off_before_the_question_are_a_title() -> None:
    req = parse("live and let dye 1973 - who plays bond", TITLES)
    assert req.unknown_title and req.year == 1973 and req.films == ()


def test_a_rank_s_initials_after_a_comma_may_be_left_out() -> None:
    crusoe = FilmRef("Lt. Robbin Crusoe, U.S.N.", 1966)
    assert parse("lt robbin crusoe was mostly shot where", TitleIndex([crusoe, *FILMS])).films == (crusoe,)


def test_falling_in_love_is_the_story_not_an_opinion() -> None:
    assert parse("in city lights who does the tramp fall in love with", TITLES).kind == "plot"
    assert parse("did critics love city lights", TITLES).kind == "verdict"


def test_a_genre_before_the_film_word_is_no_name() -> None:
    assert parse("the natural redford baseball film based on a novel by", TITLES).aside == "redford"
    assert parse("big lebowski movie cast", TITLES).aside == "lebowski"  # not Big: a title we lack


def test_words_that_pick_the_film_are_not_searched_for() -> None:
    assert (
        "first" not in parse("what's the empire's new superweapon in the first alien", TITLES).query.split()
    )


def test_an_unknown_title_asked_about_is_named_whole() -> None:
    req = parse("whats midnight at copper creek about", TITLES)
    assert req.unknown_title and req.mention == "midnight at copper creek"
    # a switch to a version, then the question: the question is no title
    req = parse("what about the 1934 one, who plays estella", TITLES)
    assert not req.unknown_title and req.year == 1934


def test_a_title_of_small_words_typed_after_the_credit_asked_is_named_whole() -> None:
    titles = TitleIndex([FilmRef("Luv", 1967), *FILMS])
    req = parse("who directed i love you to death", titles)
    assert req.unknown_title and req.mention == "i love you to death" and not req.films
    assert parse("who directed zorgon returns lol", titles).mention == "zorgon returns"


def test_a_year_opening_a_film_described_by_its_kind_is_the_films_year() -> None:
    req = parse(
        "1936 mystery about a man with amnesia who gets suspected of murder, what's it called", TITLES
    )
    assert (req.which_film, req.year) == (True, 1936)
    assert parse("a 1950 noir where a boxer throws a fight", TITLES).year == 1950


def test_an_actor_then_the_film_then_their_part_asked() -> None:
    titles = TitleIndex([FilmRef("Three Fingered Jenny", 1916), FilmRef("Jennifer on My Mind", 1971), *FILMS])
    for question, who, film in (
        (
            "william garwood in three fingered jenny what role does he have",
            "william garwood",
            "Three Fingered Jenny",
        ),
        (
            "william garwood in three fingered jenny - what kind of part",
            "william garwood",
            "Three Fingered Jenny",
        ),
        (
            "what kind of role did tippy walker get in jennifer on my mind",
            "tippy walker",
            "Jennifer on My Mind",
        ),
        ("how big is robert de niros part in jennifer on my mind", "robert de niro", "Jennifer on My Mind"),
    ):
        req = parse(question, titles)
        assert (req.kind, req.subject, req.subject_role) == ("cast", who, "actor"), question
        assert [f.title for f in req.films] == [film], question


def test_an_actors_part_asked_in_other_words() -> None:
    titles = TitleIndex(
        [
            FilmRef("Sixteen Fathoms Deep", 1934),
            FilmRef("Wine", 1924),
            FilmRef("After Last Season", 2009),
            *FILMS,
        ]
    )
    for question, who, film in (
        ("what kind of part was lon chaney jr's in sixteen fathoms deep", "lon chaney jr", "Sixteen Fathoms Deep"),
        ("clara bow in wine 1924 what was her role like", "clara bow", "Wine"),
        ("clara bow in wine, main part or not", "clara bow", "Wine"),
        (
            "what are peggy mcclellan and jason kulas playing in after last season",
            "peggy mcclellan and jason kulas",
            "After Last Season",
        ),
    ):  # fmt: skip
        req = parse(question, titles)
        assert (req.kind, req.subject, req.subject_role) == ("cast", who, "actor"), question
        assert [f.title for f in req.films] == [film], question


def test_a_co_star_is_no_title() -> None:
    titles = TitleIndex([FilmRef("Star!", 1968), *FILMS])
    for question in ("who's her co-star", "who is his costar"):
        req = parse(question, titles)
        assert req.kind == "cast" and req.mention is None and not req.unknown_title, question


def test_a_verb_and_its_joining_word_open_a_longer_title() -> None:
    titles = TitleIndex([FilmRef("Forever", 1921), *FILMS])
    req = parse("waiting for forever who directed it", titles)
    assert (req.leading, [f.title for f in req.films]) == ("waiting for", ["Forever"])
    assert parse("forever who directed it", titles).leading is None


def test_films_described_by_kind_year_or_star_are_asked_for() -> None:
    titles = TitleIndex([FilmRef("After", 2019), FilmRef("Western Union", 1941), *FILMS])
    for question in (
        "which slasher has a crazy catholic priest going after four teens on prom night",
        "nbc two-night tv movie from 2001 about the jews fighting back in the warsaw ghetto",
        "50s western with sterling hayden that was inspired by rashomon",
    ):
        req = parse(question, titles)
        assert req.which_film and not req.unknown_title, question


def test_the_film_is_the_title_after_in_when_a_title_is_the_one_asked_about() -> None:
    titles = TitleIndex([FilmRef("The Shark", 1920), FilmRef("Jaws", 1975), *FILMS])
    for question in ("what does the shark do in jaws", "what is the shark doing in jaws"):
        assert [f.title for f in parse(question, titles).films] == ["Jaws"], question
    assert [f.title for f in parse("who directed the shark", titles).films] == ["The Shark"]


def test_a_title_inside_the_actors_name_is_not_the_film() -> None:
    titles = TitleIndex([FilmRef("Ginger", 1946), *FILMS])
    req = parse("what does ginger rogers play in upperworld", titles)
    assert (req.unknown_title, req.mention, req.films) == (True, "upperworld", ())


def test_a_name_in_brackets_says_which_film() -> None:
    assert parse("who is in nope (jordan peele)", TITLES).made_by == "jordan peele"


def test_unknown_titles_are_named_as_typed_and_never_resolved() -> None:
    req = parse("Who directed Casablanca?", TITLES)
    assert req.unknown_title and req.mention == "Casablanca" and not req.films
    req = parse("who's in jaws 2", TITLES)  # not Jaws, not Jaws: The Revenge
    assert req.unknown_title and req.mention == "jaws 2" and not req.films
    req = parse("who played the villain in shark tornado 9 lol", TITLES)
    assert not req.films  # neither "Shark!" nor "Nine"
    titles = TitleIndex(
        [
            FilmRef("Spy Kids", 2001),
            FilmRef("Spy", 2015),
            FilmRef("Maniac", 1963),
            FilmRef("Maniac Cop", 1988),
        ]
    )
    for question, typed in (("spy kids 2 cast", "spy kids 2"), ("maniac cop 2 who directed", "maniac cop 2")):
        req = parse(question, titles)  # a numbered film of a series we lack holds no shorter title
        assert req.unknown_title and req.mention == typed and not req.films, question
    assert films_of(parse("spy kids cast", titles)) == ["Spy Kids (2001)"]
    req = parse("who directed heat 1980", TITLES)  # we have Heat, but not from 1980
    assert (req.mention, req.year, req.films) == ("heat", 1980, ())


def test_follow_ups_switch_films_or_keep_the_question() -> None:
    req = parse("ok what about jaws", TITLES)
    assert req.switch and req.films == (FilmRef("Jaws", 1975),) and not req.cued
    req = parse("back to the runaways - who directed it", TITLES)
    assert req.kind == "director" and req.films == (FilmRef("The Runaways", 2010),)
    req = parse("who directed it?", TITLES)
    assert req.refers_back and not req.films and req.mention is None
    req = parse("and the director?", TITLES)
    assert req.kind == "director" and req.refers_back
    req = parse("and her sister?", TITLES)
    assert req.followup and req.subject == "her sister"
    req = parse("what about the 2005 one", TITLES)
    assert req.year == 2005 and req.switch and not req.films
    assert parse("what happens in the second one", TITLES).sequel == 2
    # one lowercase word that is also a title, asked for by "what": the thing asked, of the conversation's film
    req = parse("what island is it on", TITLES)
    assert req.kind == "plot" and not req.films and req.refers_back


def test_focus_of_story_questions() -> None:
    assert parse("how does heat end", TITLES).focus == "end"
    assert parse("how does it start", TITLES).focus == "start"
    assert parse("where do they go on tour", TITLES).focus == "where"
    assert parse("what hotel is the shining set in", TITLES).focus == "where"
    assert parse("whats it about", TITLES).focus == "about"
    assert parse("whats the ship called in alien", TITLES).focus == "name"
    assert parse("what is the killer's real name in heat", TITLES).focus == "name"


def test_title_keys_unify_numerals_case_and_punctuation() -> None:
    assert title_key("Rocky II") == title_key("rocky 2") == title_key("Rocky Part Two")
    assert title_key("Ocean's Eleven") == title_key("oceans 11")
    assert title_key("The Runaways") == title_key("runaways")


def test_a_title_with_movie_in_it_is_typed_without_that_word() -> None:
    titles = TitleIndex([FilmRef("The Angry Birdz Movie 2", 2019), FilmRef("The Lego Batmen Movie", 2017)])
    assert parse("who voices zeta in angry birdz 2", titles).films == (
        FilmRef("The Angry Birdz Movie 2", 2019),
    )
    assert parse("lego batmen cast", titles).films == (FilmRef("The Lego Batmen Movie", 2017),)
    # (not one word alone before it: "Scary Movie 3" is never "scary 3")
    assert not parse("scary 3 cast", TitleIndex([FilmRef("Scary Movie 3", 2003)])).films


PHRASINGS = {
    "cast": ["who's in the cast of heat", "heat actors", "list the actors in alien", "who acted in heat",
             "stars of alien?", "who was the lead in heat", "who else is in alien", "name some actors from alien"],
    "director": ["who was behind the camera on alien", "who's the director of alien", "which director made heat",
                 "directed by who - heat", "heat was made by who", "alien was directed by?"],
    "writer": ["who wrote the script for heat", "screenplay of alien by?", "who penned alien", "alien screenwriter"],
    "source": ["is alien based on a book", "whats jaws adapted from", "jaws original novel author",
               "is the runaways a true story"],
    "plot": ["whats heat about", "give me the gist of alien", "summarize heat", "how does alien end",
             "spoilers for heat pls", "tldr alien", "quick summary of the runaways", "describe the plot of heat"],
    "verdict": ["is heat any good", "should i watch alien", "worth watching heat?", "reviews for alien",
                "heat good or bad", "do people like alien", "was alien well received", "thoughts on heat?"],
}  # fmt: skip


@pytest.mark.parametrize(("kind", "question"), [(k, q) for k, qs in PHRASINGS.items() for q in qs])
def test_everyday_phrasings(kind: str, question: str) -> None:
    req = parse(question, TITLES)
    assert (req.kind, len(req.films)) == (kind, 1), req


def test_actor_then_the_question_about_their_part() -> None:
    for question in ("riley keough role in the runaways", "kristen stewart's character in the runaways"):
        req = parse(question, TITLES)
        assert (req.kind, req.subject_role, req.films) == ("cast", "actor", (FilmRef("The Runaways", 2010),))


def test_a_title_inside_a_longer_one_is_not_that_title() -> None:
    titles = TitleIndex(
        [FilmRef("Magic Mike", 2012), FilmRef("The Kiss", 1914), FilmRef("Home Sweet Home", 1981)]
    )
    for question in (
        "Who stars in Magic Mike XXL?",
        "Who starred in A Kiss in the Dark?",
        "Who was Home Sweet Hell directed by?",
    ):
        req = parse(question, titles)
        assert not req.films and req.unknown_title, req


def test_the_film_named_last_decides() -> None:
    titles = TitleIndex([FilmRef("The Terminator", 1984), FilmRef("The Matrix", 1999)])
    req = parse("who does the terminator protect in t2", titles)
    assert not req.films and req.unknown_title and req.mention == "t2"
    req = parse("what happens to neo in the matrix revolutions", titles)
    assert not req.films and req.unknown_title


def test_words_at_the_end_that_are_no_title_leave_the_film_alone() -> None:
    req = parse("whose place does mulan take in the army", TitleIndex([FilmRef("Mulan", 1998)]))
    assert req.films == (FilmRef("Mulan", 1998),)


def test_titles_shortened_joined_or_in_chat_spelling() -> None:
    titles = TitleIndex(
        [
            FilmRef("Spider-Man", 2002),
            FilmRef("Spider-Man 2", 2004),
            FilmRef("10 Things I Hate About You", 1999),
            FilmRef("No Country for Old Men", 2007),
            FilmRef("Coco", 2017),
            FilmRef("The Lord of the Rings: The Two Towers", 2002),
            FilmRef("The Lord of the Rings: The Return of the King", 2003),
        ]
    )

    def named(question: str) -> list[str]:
        return [f.label for f in parse(question, titles).films]

    assert named("who plays the green goblin in spiderman") == ["Spider-Man (2002)"]
    assert named("spiderman 2 villain") == ["Spider-Man 2 (2004)"]
    assert named("who plays kat in 10 things i hate about u") == ["10 Things I Hate About You (1999)"]
    # the start of one long title, where a title stands
    assert named("who plays moss's wife in no country") == ["No Country for Old Men (2007)"]
    assert named("there is no country music in it") == []
    # the start of several titles names none of them
    assert named("who directed lord of the rings") == []
    # a title cut elsewhere than before "of/for/…" may be another film's whole title; and one typed
    # as a title is meant whole
    others = TitleIndex([FilmRef("Go West, Young Man", 1936), FilmRef("No Country for Old Men", 2007)])
    for question in ("who directed go west", "Who was the director of No Country?"):
        req = parse(question, others)
        assert not req.films and req.unknown_title, question
    req = parse("ok now coco", titles)
    assert req.films == (FilmRef("Coco", 2017),) and req.switch


def test_the_version_by_a_person() -> None:
    req = parse("and in the john wayne one who plays mattie", TITLES)
    assert (req.made_by, req.subject, req.kind) == ("john wayne", "mattie", "cast")
    req = parse("who directed heat, the pacino de niro one", TITLES)
    assert req.made_by == "pacino de niro" and req.films == (FilmRef("Heat", 1995),)
    # a description of a film, not a version of one
    req = parse("the robin williams one where the divorced dad dresses up as a nanny", TITLES)
    assert req.which_film and req.made_by is None
    assert parse("what about the original one", TITLES).made_by is None
    # a year with the person: both say which version
    req = parse("and the 1990 kevin costner one is based on whose story", TITLES)
    assert (req.made_by, req.year, req.kind, req.unknown_title) == ("kevin costner", 1990, "source", False)


def test_titles_typed_with_a_typo_after_a_shorter_title_and_stories_told_of_a_title() -> None:
    titles = TitleIndex(
        [
            FilmRef("Escape", 1940),
            FilmRef("Escape from Alcatraz", 1979),
            FilmRef("Angel", 1937),
            FilmRef("Angel and the Badman", 1947),
            FilmRef("Two Brothers", 2004),
            FilmRef("The House Across the Street", 1949),
        ]
    )
    assert parse("escape from alcatrez actors", titles).films == (FilmRef("Escape from Alcatraz", 1979),)
    req = parse("quick q who was in angel and the bad man", titles)
    assert req.films == (FilmRef("Angel and the Badman", 1947),)
    assert parse("was angel good or bad", titles).films == (FilmRef("Angel", 1937),)
    # a story told of the title's words, nothing asked: which film it is
    req = parse("two brothers play an old board game and their whole house ends up floating in space", titles)
    assert req.which_film and not req.films
    assert parse("two brothers cast", titles).films == (FilmRef("Two Brothers", 2004),)
    req = parse("animated one where the kids think the old mans house across the street is alive", titles)
    assert req.which_film and not req.films
    # a part asked keyword style, of a title we lack: no description of a film
    req = parse("planes trains and automobiles john candys character name", titles)
    assert not req.which_film and req.unknown_title


def test_long_titles_typed_with_a_typo_or_without_whose_they_are() -> None:
    titles = TitleIndex(
        [
            FilmRef("Master", 2022),
            FilmRef("Master and Commander: The Far Side of the World", 2003),
            FilmRef("Robin Hood", 1973),
            FilmRef("Robin Hood", 2010),
            FilmRef("Robin Hood: Prince of Thieves", 1991),
            FilmRef("Star Wars", 1977),
            FilmRef("Dr. Seuss' Horton Hears a Who!", 2008),
            FilmRef("Bram Stoker's Dracula", 1992),
            FilmRef("Dracula", 1931),
        ]
    )
    master = parse("master and comander who plays the ships doctor", titles)
    assert master.films == (FilmRef("Master and Commander: The Far Side of the World", 2003),)
    hood = parse("who plays the sheriff in robin hood prince of theives", titles)
    assert hood.films == (FilmRef("Robin Hood: Prince of Thieves", 1991),)
    assert parse("who directed robin hood 2010", titles).films == (FilmRef("Robin Hood", 2010),)
    assert parse("who directed master", titles).films == (FilmRef("Master", 2022),)
    # a long title with a slip outweighs a lone common word that is a title too, where a part's name
    # stands
    woolf = TitleIndex([FilmRef("Who's Afraid of Virginia Woolf?", 1966), FilmRef("Honey", 2003)])
    for asked in (
        "whos afraid of virginia wolf - who plays honey",
        "who plays honey in whos afraid of virginia wolf",
    ):
        assert parse(asked, woolf).films == (FilmRef("Who's Afraid of Virginia Woolf?", 1966),), asked
    assert parse("who plays honey", woolf).films == (FilmRef("Honey", 2003),)
    assert parse("horton hears a who 2008 who voices horton", titles).films[0].year == 2008
    # whose film it is stays when the rest is short: "dracula" is another film's title
    assert parse("who directed dracula", titles).films == (FilmRef("Dracula", 1931),)


def test_a_title_opening_the_part_and_the_title_by_the_years_side() -> None:
    titles = TitleIndex([FilmRef("The Highwaymen", 2019), FilmRef("Jobs", 2013), FilmRef("Steve Jobs", 2015)])
    req = parse("the highwaymen frank hamer is played by", titles)
    assert (req.films, req.subject) == ((FilmRef("The Highwaymen", 2019),), "frank hamer")
    req = parse("jobs 2013 steve jobs is played by", titles)
    assert (req.films, req.subject) == ((FilmRef("Jobs", 2013),), "steve jobs")
    assert parse("who plays steve jobs in steve jobs 2015", titles).films == (FilmRef("Steve Jobs", 2015),)


def test_a_role_word_then_a_clause_about_the_part_and_x2() -> None:
    req = parse("and who's the villain going after xavier's school", TITLES)
    assert (req.subject, req.unknown_title) == ("the villain", False)
    req = parse("and who's the bad guy arnold is chasing", TITLES)
    assert (req.subject, req.unknown_title) == ("the bad guy", False)
    titles = TitleIndex([FilmRef("X2: X-Men United", 2003)])
    assert parse("who directed x2", titles).films == (FilmRef("X2: X-Men United", 2003),)


def test_t2_and_the_title_named_last() -> None:
    titles = TitleIndex(
        [FilmRef("Terminator 2: Judgment Day", 1991), FilmRef("The Terminator", 1984), FilmRef("It", 2017)]
    )
    t2 = (FilmRef("Terminator 2: Judgment Day", 1991),)
    assert parse("t2 cast", titles).films == t2
    # a part's name that is a title, then the film the question is about
    assert parse("who does the terminator protect in t2", titles).films == t2
    assert parse("the terminator whos in it", titles).films == (FilmRef("The Terminator", 1984),)


def test_what_a_named_film_relates_to_is_no_which_film_question() -> None:
    titles = TitleIndex([*FILMS, FilmRef("Airplane!", 1980)])
    req = parse("what movie is airplane making fun of", titles)
    assert req.films == (FilmRef("Airplane!", 1980),) and not req.which_film
    assert parse("which movie has a plane full of food poisoned passengers", titles).which_film


def test_a_version_by_its_year_and_what_it_is_names_no_other_film() -> None:
    titles = TitleIndex([*FILMS, FilmRef("Old", 2021)])
    # "the old 1930 one": which version, not the film Old
    req = parse("wait no i meant the old 1930 one, what song did it introduce", titles)
    assert (req.films, req.year, req.unknown_title) == ((), 1930, False)
    req = parse("and who starred in the 1951 serial", titles)
    assert (req.films, req.year, req.unknown_title, req.kind) == ((), 1951, False, "cast")
    req = parse("who adapted it for the screen", titles)
    assert (req.films, req.unknown_title, req.kind) == ((), False, "writer")


def test_series_name_with_the_number_its_subtitle_holds() -> None:
    titles = TitleIndex(
        [
            FilmRef("First Blood", 1982),
            FilmRef("Rambo: First Blood Part II", 1985),
            FilmRef("Star Wars: Episode V – The Empire Strikes Back", 1980),
        ]
    )
    assert [f.title for f in parse("who directed rambo 2", titles).films] == ["Rambo: First Blood Part II"]
    assert parse("star wars 5 director", titles).films[0].year == 1980


def test_initials_join_only_letters_at_the_start() -> None:
    titles = TitleIndex(
        [
            FilmRef("Star Wars: Episode IV – A New Hope", 1977),
            FilmRef("Jaws", 1975),
            FilmRef("Jaws 3-D", 1983),
        ]
    )
    assert [f.label for f in parse("who directed jaws", titles).films] == ["Jaws (1975)"]
    assert parse("who was the star of it", titles).films == ()
    assert parse("star wars 4 director", titles).films[0].year == 1977


def test_a_numbered_title_we_lack_is_named_as_such() -> None:
    titles = TitleIndex([FilmRef("Lethal Weapon", 1987), FilmRef("Lethal Weapon 2", 1989)])
    req = parse("lethal weapon 3 who's the villain", titles)
    assert req.unknown_title and req.mention == "lethal weapon 3" and not req.films
    req = parse("what was patrick swayze's role in lethal weapon", titles)
    assert (req.subject, req.subject_role) == ("patrick swayze", "actor")
    first = FilmRef("First Blood", 1982)
    assert TitleIndex([first, FilmRef("Rambo: First Blood Part II", 1985)]).series(first)[1].year == 1985


def test_a_numbered_title_at_the_start_before_a_name() -> None:
    titles = TitleIndex([FilmRef("Rocky", 1976), FilmRef("Rocky V", 1990)])
    req = parse("rocky 5 who plays tommy gunn", titles)
    assert req.films == (FilmRef("Rocky V", 1990),) and not req.unknown_title


def test_abbreviations_long_titles_over_short_ones_and_titles_that_go_on() -> None:
    titles = TitleIndex(
        [
            FilmRef("Doctor Zhivago", 1965),
            FilmRef("Dances with Wolves", 1990),
            FilmRef("Country", 1984),
            FilmRef("No Country for Old Men", 2007),
            FilmRef("Sand!", 1920),
            FilmRef("The Jungle Book", 1967),
            FilmRef("The Jungle Book", 2016),
            FilmRef("Mulholland Drive", 2001),
            FilmRef("21 Jump Street", 2012),
        ]
    )
    assert parse("main actors in dr zhivago?", titles).films == (FilmRef("Doctor Zhivago", 1965),)
    assert parse("who plays the woman with amnesia in mulholland dr", titles).films == (
        FilmRef("Mulholland Drive", 2001),
    )
    assert parse("21 jump st cast", titles).films == (FilmRef("21 Jump Street", 2012),)
    assert parse("who does kevin costner play in dances w wolves", titles).films == (
        FilmRef("Dances with Wolves", 1990),
    )
    assert parse("who plays moss's wife in no country", titles).films == (
        FilmRef("No Country for Old Men", 2007),
    )
    # "stand by me" is a title we lack, not a typo of "Sand!"
    assert not parse("what is stand by me based on", titles).films
    assert parse("and the 67 one?", titles).year == 1967


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("who composed the music for jaws", "composer"),
        ("jaws composer", "composer"),
        ("who did the soundtrack in jaws lol", "composer"),
        ("who produced jaws", "producer"),
        ("cinematographer of jaws", "cinematographer"),
        ("who edited jaws", "editor"),
    ],
)
def test_other_jobs_behind_the_camera(question: str, role: str) -> None:
    req = parse(question, TITLES)
    assert (req.kind, req.subject) == ("crew", role)
    assert parse("who plays the producer in jaws", TITLES).kind == "cast"


def test_keyword_style_part_after_the_title() -> None:
    req = parse("jaws villain", TITLES)
    assert (req.kind, req.subject, [f.label for f in req.films]) == ("cast", "villain", ["Jaws (1975)"])
    # a title we lack, then the part: refused by that name, never answered from another film
    req = parse("zorgon returns villain", TITLES)
    assert req.unknown_title and req.mention == "zorgon returns"


def test_genre_and_decade_hints_of_which_film_questions() -> None:
    req = parse("70s movie where a young guy obsessed with death falls for an old lady", TITLES)
    assert req.which_film and req.decade == 1970
    # (a kind of film in two words: "true crime")
    req = parse("70s true crime movie, a nurse and a con artist kill lonely women together", TITLES)
    assert req.which_film and req.decade == 1970
    req = parse("that western where a sheriff has to face down a bunch of outlaws on his own", TITLES)
    assert req.genres == ("Western",) and req.decade is None
    # "in the 70s" is when the story is set, not when the film came out
    req = parse("scary movie where ghost hunters help a family in a haunted farmhouse in the 70s", TITLES)
    assert "Horror" in req.genres and req.decade is None


def test_misspelt_titles_made_of_small_words_and_loose_shortenings() -> None:
    films = [
        FilmRef("From Here to Eternity", 1953),
        FilmRef("The Emperor's New Groove", 2000),
        FilmRef("Charlie and the Chocolate Factory", 2005),
        FilmRef("Kindergarten Cop", 1990),
        FilmRef("The Apartment", 1960),
        FilmRef("Everything Everywhere All at Once", 2022),
        FilmRef("Kramer vs. Kramer", 1979),
        FilmRef("Go West, Young Man", 1936),
    ]
    titles = TitleIndex(films)
    for question, title in (
        ("hey bot who was in from here to eternaty", "From Here to Eternity"),
        ("emperors new grove who voices the villain", "The Emperor's New Groove"),
        ("who does johnny depp play in charlie n the chocolate factory", "Charlie and the Chocolate Factory"),
        ("kindergarden cop who plays his partner", "Kindergarten Cop"),
        ("the apartment billy wilder actors", "The Apartment"),
        ("everything everywhere cast", "Everything Everywhere All at Once"),
        ("who starred in kramer v kramer", "Kramer vs. Kramer"),
    ):
        assert [f.title for f in parse(question, titles).films] == [title], question
    # cut where the title's own comma ends a phrase, the start may be another film's whole title
    assert not parse("who directed go west", titles).films


def test_voices_by_part_and_titles_typed_without_their_articles() -> None:
    titles = TitleIndex(
        [FilmRef("The Good, the Bad and the Ugly", 1966), FilmRef("The Emperor's New Groove", 2000)]
    )
    assert parse("good bad and ugly who played the bad", titles).films == (
        FilmRef("The Good, the Bad and the Ugly", 1966),
    )
    req = parse("who does the voice of the dumb henchman in the emperors new groove", titles)
    assert (req.subject, req.subject_role) == ("the dumb henchman", "character")


def test_one_word_titles_with_letters_swapped_or_missed() -> None:
    titles = TitleIndex([FilmRef("Labyrinth", 1986), FilmRef("Gandhi", 1982), FilmRef("Grease", 1978)])
    assert parse("who plays the goblin king in labrynth", titles).films == (FilmRef("Labyrinth", 1986),)
    assert parse("gahndi screenplay", titles).films == (FilmRef("Gandhi", 1982),)
    # another word altogether is no typo of a title, nor one with two letters changed
    assert not parse("who directed geese", titles).films
    assert not parse("who starred in the searchers", TitleIndex([FilmRef("Scorchers", 1991)])).films


def test_title_then_a_name_then_the_question_and_story_who_questions() -> None:
    titles = TitleIndex([FilmRef("Hugo", 2011), FilmRef("The Hustler", 1961)])
    assert parse("hugo scorsese based on what", titles).films == (FilmRef("Hugo", 2011),)
    req = parse("the hustler who's the best pool player eddie wants to beat", titles)
    # a person of the story described by what happens: a story question, not a part to cast
    assert req.films == (FilmRef("The Hustler", 1961),) and req.kind == "plot" and not req.which_film
    assert parse("who plays the best pool player eddie wants to beat in the hustler", titles).kind == "cast"


def test_who_played_alongside_someone_asks_for_the_cast() -> None:
    req = parse("who played alongside al pacino in heat", TITLES)
    assert (req.kind, req.subject) == ("cast", None)


def test_a_year_before_the_title_with_a_name_after_it() -> None:
    titles = TitleIndex([FilmRef("The Lion King", 1994), FilmRef("The Lion King", 2019)])
    assert parse("the 2019 lion king who voices simba", titles).films == (FilmRef("The Lion King", 2019),)


def test_versions_named_by_remake_or_decade() -> None:
    titles = TitleIndex(
        [
            FilmRef("Cape Fear", 1962),
            FilmRef("Cape Fear", 1991),
            FilmRef("Psycho", 1960),
            FilmRef("Psycho", 1998),
        ]
    )
    assert parse("psycho remake director", titles).films == (FilmRef("Psycho", 1998),)
    for question in ("remake of psycho who directed", "who directed the remake of psycho"):
        req = parse(question, titles)  # the remake asked about, not what it remakes
        assert (req.kind, req.films) == ("director", (FilmRef("Psycho", 1998),)), question
    assert parse("what is the 1998 psycho a remake of", titles).kind == "source"
    assert parse("who directed the 90s cape fear", titles).films == (FilmRef("Cape Fear", 1991),)
    assert parse("who directed the 60s cape fear", titles).films == (FilmRef("Cape Fear", 1962),)


def test_initials_title_ends_and_longer_titles() -> None:
    titles = TitleIndex(
        [
            FilmRef("Men in Black 3", 2012),
            FilmRef("What's Eating Gilbert Grape", 1993),
            FilmRef("Murder on the Orient Express", 1974),
            FilmRef("Murder on the Orient Express", 2017),
            FilmRef("Pirates", 1986),
            FilmRef("The Producers", 1967),
            FilmRef("The Mummy", 1932),
            FilmRef("The Mummy", 1999),
        ]
    )
    assert parse("who plays agent j in mib 3", titles).films == (FilmRef("Men in Black 3", 2012),)
    assert parse("who plays the mom in gilbert grape", titles).films == (
        FilmRef("What's Eating Gilbert Grape", 1993),
    )
    assert parse("who wrote the 2017 orient express movie", titles).films == (
        FilmRef("Murder on the Orient Express", 2017),
    )
    # a one-word title that a longer title we lack starts with is not that title
    assert not parse("who directed pirates of the caribbean at worlds end", titles).films
    assert parse("whos in the producers from 67", titles).films == (FilmRef("The Producers", 1967),)
    req = parse("who plays the mummy in the brendan fraser mummy", titles)
    assert req.made_by == "brendan fraser" and len(req.films) == 2


def test_a_year_beside_the_start_of_a_title_must_be_its_year() -> None:
    killers = TitleIndex([FilmRef("To Kill a Priest", 1989)])
    assert not parse(
        "cyborg sent back from 2029 to kill a woman whose son will lead the humans", killers
    ).films


def test_pronoun_one_initials_inside_a_typo_and_titles_made_of_question_words() -> None:
    titles = TitleIndex(
        [
            FilmRef("1", 2013),
            FilmRef("Psycho", 1960),
            FilmRef("Psycho", 1998),
            FilmRef("Mamma Mia!", 2008),
            FilmRef("The Man Is Armed", 1956),
            FilmRef("Sister Act", 1992),
            FilmRef("The Third Man", 1949),
            FilmRef("Us", 2019),
        ]
    )

    def named(question: str) -> list[str]:
        return [f.label for f in parse(question, titles).films]

    # "the 1998 one" is a pronoun, not the film "1" of another year
    req = parse("what about the 1998 one", titles)
    assert req.films == () and req.year == 1998 and not req.unknown_title
    assert named("who directed One") == ["1 (2013)"]
    # "mia" is the initials of The Man Is Armed, but "mama mia" is Mamma Mia! typed loosely
    assert named("mama mia director") == ["Mamma Mia! (2008)"]
    assert named("who directed mia") == ["The Man Is Armed (1956)"]
    # titles of question words where a title stands: before what is asked, or after "in" at the end
    assert named("sister act writer lol") == ["Sister Act (1992)"]
    assert named("who wrote the third man script") == ["The Third Man (1949)"]
    assert named("who does lupita nyongo play in us") == ["Us (2019)"]
    assert named("in us what attacks the family") == ["Us (2019)"]
    assert named("who plays the sister in it") == []


def test_a_year_alone_asks_again_about_that_years_film() -> None:
    for question in ("and 2005?", "what about 2005", "ok and 1933"):
        req = parse(question, TITLES)
        assert req.year in {2005, 1933} and not req.films and req.switch, question


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("who directd jaws", "director"),
        ("directer of jaws", "director"),
        ("wrtier of alien", "writer"),
        ("who was staring in heat 1995", "cast"),
    ],
)
def test_what_is_asked_typed_with_a_letter_wrong(question: str, kind: str) -> None:
    req = parse(question, TITLES)
    assert req.kind == kind and len(req.films) == 1


def test_an_actors_possessive_typed_without_its_apostrophe() -> None:
    req = parse("whats al pacinos character called in heat 1995", TITLES)
    assert req.kind == "cast" and req.subject == "al pacinos" and req.subject_role == "actor"
    assert parse("what is the main character called in heat 1995", TITLES).subject_role != "actor"


@pytest.mark.parametrize(
    "question", ["what is zorgon returns about", "tell me about zorgon returns", "zorgon returns plot"]
)
def test_the_plot_of_a_title_we_lack_is_named_as_unknown(question: str) -> None:
    req = parse(question, TITLES)
    assert req.unknown_title and req.mention == "zorgon returns" and not req.refers_back
    assert not parse("what is it about", TITLES).unknown_title


def test_words_one_letter_from_a_cue_that_are_words_of_their_own_stay() -> None:
    titles = TitleIndex([FilmRef("The Adopted Son", 1917), FilmRef("Jaws", 1975)])
    req = parse("Who was the director of The Adopted Son?", titles)
    assert req.kind == "director" and [f.label for f in req.films] == ["The Adopted Son (1917)"]
    assert parse("when was jaws started", titles).kind != "cast"


def test_a_title_we_lack_before_the_question_is_named_not_dropped() -> None:
    titles = TitleIndex([FilmRef("Selma", 2014)])
    for question, title in (
        ("air force one who plays the president", "air force one"),
        ("edward scissorhands who plays the inventor", "edward scissorhands"),
        # the year it came out asked after the title
        ("three men and a little lady what year", "three men and a little lady"),
        ("young mr jazz harold lloyd what year did it come out", "young mr jazz harold lloyd"),
    ):
        req = parse(question, titles)
        assert req.unknown_title and req.mention == title, req
    # (a story asked of the year, no title: "to" ends no title)
    assert not parse("doc brown travels to what year", titles).unknown_title
    # a title, "and" a word or two, then only what is asked: a longer title we lack
    phone = TitleIndex([FilmRef("The Telephone Girl", 1927)])
    req = parse("telephone girl and the lady cast", phone)
    assert req.unknown_title and req.mention == "telephone girl and the lady", req
    assert parse("telephone girl and the remake director", phone).films == (
        FilmRef("The Telephone Girl", 1927),
    )
    # "writing credits" asks who wrote it
    assert parse("telephone girl writing credits", phone).kind == "writer"
    # ("when was it out" names no Fight It Out: the end of a title, opening with "it", is no name for it)
    req = parse("when was it out", TitleIndex([FilmRef("Fight It Out", 1920)]))
    assert req.films == () and req.mention is None, req
    # a series number typed in digits: the nth film, read later from the films' own text
    series = TitleIndex([FilmRef("Pirates of the Caribbean: On Stranger Tides", 2011)])
    assert not parse("pirates of the carribean 4 who plays blackbeard", series).unknown_title
    # chatter before the question is not a title
    for question in (
        "ok so who plays the president",
        "wait who directed that",
        "hey bot who plays the villain",
    ):
        req = parse(question, titles)
        assert not req.unknown_title and req.mention is None, req


def test_a_part_asked_about_there_or_in_that_one_is_the_part() -> None:
    for question in ("and the 1942 one, who plays wyatt earp there", "who plays wyatt earp in that one"):
        assert parse(question, TITLES).subject == "wyatt earp", question


def test_a_title_then_remake_ppl_in_and_adverbs_people_type() -> None:
    titles = TitleIndex(
        [
            FilmRef("The Day the Earth Stood Still", 1951),
            FilmRef("The Day the Earth Stood Still", 2008),
            FilmRef("Stagecoach", 1939),
            FilmRef("Stagecoach", 1966),
            FilmRef("Mystic Pizza", 1988),
            FilmRef("Dumbo", 1941),
            FilmRef("The Mummy", 2017),
            FilmRef("9 to 5", 1980),
            FilmRef("The One", 2001),
        ]
    )
    # a title of numbers and small words opening the question; "the one who …" is no title there
    assert parse("9 to 5 movie who wrote it", titles).films == (FilmRef("9 to 5", 1980),)
    assert not parse("the one who plays the dad", titles).films
    # the words before "remake" are the title's, not a person's ("the tom cruise one")
    req = parse("the day the earth stood still remake, who wrote the screenplay", titles)
    assert (req.kind, req.films, req.made_by) == (
        "writer",
        (FilmRef("The Day the Earth Stood Still", 2008),),
        None,
    )
    req = parse("was anyone famous in the stagecoach remake from 1966", titles)
    assert (req.kind, req.films) == ("cast", (FilmRef("Stagecoach", 1966),))
    assert parse("who directed the mummy, the tom cruise one", titles).made_by == "tom cruise"
    assert parse("ppl in mystic pizza", titles).kind == "cast"
    assert parse("what do people in mystic pizza do for work", titles).kind == "plot"
    req = parse("what was dumbo originally based on", titles)
    assert (req.kind, req.films) == ("source", (FilmRef("Dumbo", 1941),))


def test_words_after_a_title_that_say_which_cast_or_what_kind_of_film() -> None:
    titles = TitleIndex(
        [
            FilmRef("Once Upon a Time in America", 1984),
            FilmRef("Crossfire", 1947),
            FilmRef("The Kids Are All Right", 2010),
            FilmRef("The Stunt Man", 1980),
        ]
    )
    for question, title in (
        ("once upon a time in america main actors?", "Once Upon a Time in America (1984)"),
        ("crossfire the noir is based on what novel", "Crossfire (1947)"),
    ):
        req = parse(question, titles)
        assert [f.label for f in req.films] == [title] and req.aside is None, req
    # "alright" is how people type "all right"; the mention is written as typed, once
    req = parse("the kids are alright writers", titles)
    assert req.kind == "writer" and req.mention == "the kids are alright"
    assert [f.label for f in req.films] == ["The Kids Are All Right (2010)"]
    assert parse("stunt man 1980 dir", titles).kind == "director"


def test_follow_ups_asked_behind_the_camera_of_the_recent_remake_or_the_one_with_someone() -> None:
    req = parse("who was behind the camera for it", TITLES)
    assert req.kind == "director" and req.refers_back and req.mention is None
    req = parse("what about the recent remake", TITLES)
    assert req.version == "later" and req.mention is None
    req = parse("ok and the one with dakota fanning, who wrote the script", TITLES)
    assert req.made_by == "dakota fanning" and req.kind == "writer" and not req.which_film
    # a described film is no version by a person
    assert parse("the one with the shark and the small town", TITLES).made_by is None


def test_a_title_we_lack_opening_with_an_article_before_the_question() -> None:
    req = parse("the florida project who plays the motel manager", TITLES)
    assert req.unknown_title and req.mention == "the florida project"


def test_a_word_after_his_or_her_is_theirs_not_a_title() -> None:
    titles = TitleIndex([FilmRef("The Ex", 1997), FilmRef("Big", 1988)])
    for question, subject in (("and his ex wife?", "his ex wife"), ("and her big sister", "her big sister")):
        req = parse(question, titles)
        assert req.films == () and req.passed_over == () and req.subject == subject, req
    assert parse("who directed the ex", titles).films == (FilmRef("The Ex", 1997),)


def test_chat_ok_versions_said_with_a_or_by_kind_and_parts_asked_as_themselves() -> None:
    req = parse("k who was the director", TITLES)
    assert req.kind == "director" and req.mention is None and req.refers_back
    assert parse("wasnt there an older one? whos in that", TITLES).version == "earlier"
    assert parse("is there a remake", TITLES).version == "later"
    req = parse("and the 96 miniseries?", TITLES)
    assert req.year == 1996 and req.mention is None
    req = parse("and in the animated one who voices anna", TITLES)
    assert req.made_by == "animated" and req.subject == "anna" and req.mention is None
    assert parse("the runaways who plays cherie currie herself", TITLES).subject == "cherie currie"
    assert parse("the thing 1982 macready is played by", TITLES).subject == "macready"


def test_british_spellings_kinds_of_version_after_a_title_and_the_directors_film() -> None:
    titles = TitleIndex(
        [
            FilmRef("My Favorite Wife", 1940),
            FilmRef("The King and I", 1956),
            FilmRef("The King and I", 1999),
            FilmRef("Ali", 2001),
            FilmRef("The Martian", 2015),
        ]
    )
    assert [f.label for f in parse("my favourite wife is based on what", titles).films] == [
        "My Favorite Wife (1940)"
    ]
    req = parse("who does martin vidnovic voice in the king and i cartoon", titles)
    assert req.mention == "the king and i" and req.made_by == "cartoon" and req.subject == "martin vidnovic"
    req = parse("who plays muhammad ali in the michael mann movie ali", titles)
    assert (
        req.films == (FilmRef("Ali", 2001),)
        and req.made_by == "michael mann"
        and req.subject == "muhammad ali"
    )


def test_two_titles_side_by_side_are_a_title_we_lack_and_who_does_he_portray() -> None:
    titles = TitleIndex(
        [FilmRef("Alien", 1979), FilmRef("The Covenant", 2023), FilmRef("Chappaquiddick", 2018)]
    )
    # the second title is an aside the film's people must answer to (checked when resolved)
    req = parse("alien covenant who directed it", titles)
    assert req.films == (FilmRef("Alien", 1979),) and req.aside == "covenant" and req.kind == "director", req
    assert parse("who directed alien", titles).films == (FilmRef("Alien", 1979),)
    req = parse("jason clarke chappaquiddick who does he portray", titles)
    assert req.subject == "jason clarke" and req.subject_role == "actor"


def test_ordinals_road_names_and_how_people_ask_for_an_actors_part() -> None:
    titles = TitleIndex(
        [FilmRef("Eighth Grade", 2018), FilmRef("84 Charing Cross Road", 1987), FilmRef("Magnolia", 1999)]
    )
    assert parse("who directed 8th grade", titles).films == (FilmRef("Eighth Grade", 2018),)
    assert parse("84 charing cross rd is based on whose letters", titles).films == (
        FilmRef("84 Charing Cross Road", 1987),
    )
    req = parse("magnolia 1999 where is it set, like what part of LA", titles)
    assert req.films == (FilmRef("Magnolia", 1999),) and not req.unknown_title
    for question, who in (
        ("who's ben johnson supposed to be in magnolia", "ben johnson"),
        ("magnolia 1999 jim carreys character is called what", "jim carrey"),
        ("fred astaire's character in magnolia whats his name", "fred astaire"),
    ):
        req = parse(question, titles)
        assert (req.subject, req.subject_role) == (who, "actor"), question
    req = parse("and the one with cher from 85?", titles)
    assert req.made_by == "cher" and not req.which_film


def test_a_word_after_a_or_an_describes_and_which_genre_questions_ask_for_a_film() -> None:
    titles = TitleIndex([FilmRef("Big", 1988), FilmRef("The Women", 1939)])
    req = parse(
        "which 40s horror has a woman hunted in a big old house by a killer who goes after women", titles
    )
    assert req.which_film and req.films == (), req
    assert parse("which old western is about a cattle drive", titles).which_film
    assert parse("who directed big", titles).films == (FilmRef("Big", 1988),)


def test_what_kind_of_film_said_after_the_title_with_a_comma() -> None:
    titles = TitleIndex([FilmRef("Union Pacific", 1939), FilmRef("Heat", 1986), FilmRef("Heat", 1995)])
    req = parse("who starred in union pacific, the demille railroad western", titles)
    assert req.films == (FilmRef("Union Pacific", 1939),) and not req.unknown_title and req.made_by is None
    req = parse("who directed heat, the pacino one", titles)
    assert req.made_by == "pacino" and len(req.films) == 2


def test_a_mistyped_title_with_small_words_inside_before_the_question() -> None:
    titles = TitleIndex([FilmRef("Every Which Way but Loose", 1978), FilmRef("Every Girl", 1940)])
    req = parse("every which way but lose who directed it", titles)
    assert req.films == (FilmRef("Every Which Way but Loose", 1978),) and req.kind == "director"


def test_a_short_title_inside_a_longer_one_we_lack_is_no_film() -> None:
    titles = TitleIndex(
        [
            FilmRef("The Wind", 1928),
            FilmRef("The Spider", 1945),
            FilmRef("It Came from Somewhere Else", 1988),
            FilmRef("The Dog", 1999),
        ]
    )
    for question, mention in (
        ("who plays scarlett in gone with the wind", "gone with the wind"),
        ("who directed spider-man 3", None),
        ("it came from outer space director", None),
        ("best in show cast lol the dog show one", "best in show"),
    ):
        req = parse(question, titles)
        assert req.films == () and req.unknown_title, (question, req)
        assert mention is None or req.mention == mention, req
    assert parse("who plays the lead in the wind", titles).films == (FilmRef("The Wind", 1928),)
    assert parse("jack nicholson noir about the water wars in los angeles", titles).which_film


def test_the_tv_version_with_someone_picks_the_version() -> None:
    req = parse("and the tv version with richard chamberlain, who wrote that", TITLES)
    assert req.made_by == "richard chamberlain" and req.kind == "writer" and not req.unknown_title


def test_where_a_story_comes_from_a_team_played_for_and_titles_of_small_words() -> None:
    titles = TitleIndex(
        [
            FilmRef("Snowpiercer", 2014),
            FilmRef("Alien", 1979),
            FilmRef("Rudy", 1993),
            FilmRef("Time After Time", 1979),
            FilmRef("Talladega Nights: The Ballad of Ricky Bobby", 2006),
            FilmRef("Legally Blonde 2: Red, White & Blonde", 2003),
        ]
    )
    req = parse("snowpiercer comes from a comic right? which one", titles)
    assert req.kind == "source" and films_of(req) == ["Snowpiercer (2014)"]
    assert parse("and where did the story originally come from", titles).kind == "source"
    assert parse("where does the alien come from in alien", titles).kind == "plot"  # a story question
    assert parse("rudy what college is he desperate to play for", titles).kind == "plot"  # a team, no part
    assert parse("who came up with the story for alien", titles).kind == "source"
    # a title of small words opening the question, before a name
    req = parse("time after time malcolm mcdowell who directed", titles)
    assert req.kind == "director" and films_of(req) == ["Time After Time (1979)"]
    # the start of a long title alone after the conversation's question ...
    assert films_of(parse("and talladega nights?", titles)) == [
        "Talladega Nights: The Ballad of Ricky Bobby (2006)"
    ]
    # a number that is a title, where a title stands and its question follows
    seven = TitleIndex([FilmRef("Seven", 1995)])
    assert films_of(parse("in seven who plays the new detective", seven)) == ["Seven (1995)"]
    assert films_of(parse("what happens in 2 hours", TitleIndex([FilmRef("2", 2011)]))) == []
    # a typo of a one-word title is no title when a name goes on after it
    spender = TitleIndex([FilmRef("The Spender", 1919)])
    assert parse("who does spencer tracy play", spender).films == ()
    # numbers in words and stylised titles
    eighty = TitleIndex([FilmRef("Around the World in 80 Days", 1956), FilmRef("Seven", 1995)])
    assert films_of(parse("around the world in eighty days 1956 cast", eighty)) == [
        "Around the World in 80 Days (1956)"
    ]
    assert films_of(parse("who directed se7en", eighty)) == ["Seven (1995)"]
    assert films_of(parse("tintin 2011 cast", TitleIndex([FilmRef("The Adventures of Tintin", 2011)]))) == [
        "The Adventures of Tintin (2011)"
    ]
    # a year after a title we lack, a person left out, a version described: no title of their own
    req = parse("wag the dog 97 what does de niro play", TITLES)
    assert req.unknown_title and req.mention == "wag the dog"
    assert not parse("and whos in it besides audrey hepburn", TITLES).unknown_title
    assert not parse("and the 93 disney one, who wrote that", TITLES).unknown_title
    assert parse("and who wrote the 70s musical version", TITLES).decade == 1970
    req = parse("ok and the celebrity chef, who plays him", TITLES)
    assert req.kind == "cast" and req.subject == "the celebrity chef" and not req.unknown_title
    lost = TitleIndex([FilmRef("Atlantis: The Lost Empire", 2001)])
    req = parse("michael j fox in atlantis the lost empire voices who", lost)
    assert req.subject_role == "actor" and req.mention == "atlantis the lost empire"
    pilgrim = TitleIndex([FilmRef("Scott Pilgrim vs. the World", 2010)])
    for question in ("scott pilgrim ramona actress", "scott pilgrim comics are by who"):
        assert films_of(parse(question, pilgrim)) == ["Scott Pilgrim vs. the World (2010)"], question
    # a doing asked about is the story's; a love of somebody's is no verdict
    assert parse("who is hunting the crew in alien", TITLES).kind == "plot"
    assert parse("who is heat's love", TITLES).kind != "verdict"
    # a year, not the film 1917; a title named first after "and" is meant; "the 1931 one" is the
    # conversation's film of that year, not The Women
    years = TitleIndex(
        [
            FilmRef("1917", 2019),
            FilmRef("Cleopatra", 1917),
            FilmRef("Dogma", 1999),
            FilmRef("The Women", 1939),
        ]
    )
    assert films_of(parse("who played cleopatra in the 1917 version", years)) == ["Cleopatra (1917)"]
    assert not parse("ok and dogma, whos in that", years).weak_mention
    req = parse("ok and the 1931 one, who are the women in it", years)
    assert req.films == () and req.year == 1931 and not req.unknown_title and req.kind == "cast"
    more = TitleIndex([FilmRef("Clerks", 1994), FilmRef("Dr. Jekyll and Mr. Hyde", 1931)])
    assert films_of(parse("jekyll and hyde 1931 who directed", more)) == ["Dr. Jekyll and Mr. Hyde (1931)"]
    req = parse("and who co-wrote it with him", more)
    assert req.kind == "writer" and not req.unknown_title
    feathers = TitleIndex(
        [FilmRef("The Four Feathers", 1929), FilmRef("Dodgeball: A True Underdog Story", 2004)]
    )
    assert parse("the four feathers from 39 whos in it", feathers).year == 1939  # not the 1929 film
    assert films_of(parse("dodgeball 2004 who plays the gym owner", feathers)) == [
        "Dodgeball: A True Underdog Story (2004)"
    ]
    # two titles joined by "vs" are a longer title we lack, not the second one (nor its typo)
    vs = TitleIndex([FilmRef("Alien", 1979), FilmRef("Predator", 1987), FilmRef("Kramer vs. Kramer", 1979)])
    req = parse("alien vs predator director", vs)
    assert req.films == () and req.unknown_title and req.mention == "alien vs predator"
    assert films_of(parse("kramer vs kramer cast", vs)) == ["Kramer vs. Kramer (1979)"]
    they = TitleIndex([FilmRef("They Live", 1988)])
    assert films_of(parse("they live carpenter cast", they)) == ["They Live (1988)"]
    # ... but not the sequel for "the first" of its series
    assert parse("who directed the first legally blonde", titles).films == ()


def films_of(req: Request) -> list[str]:
    return [f.label for f in req.films]


def test_follow_ups_with_a_question_of_their_own_and_titles_set_off_by_a_mark() -> None:
    titles = TitleIndex(
        [
            FilmRef("Norma Rae", 1979),
            FilmRef("True Story", 2015),
            FilmRef("Just Married", 1928),
            FilmRef("The World's End", 2013),
            FilmRef("Cloverfield", 2008),
        ]
    )
    # a question of its own is never the last question again, nor a title we lack
    for question in (
        "back to norma rae, what year is it set in",
        "and what are they hunting for out in the desert",
    ):
        req = parse(question, titles)
        assert req.kind == "plot" and req.cued and not req.followup and not req.unknown_title, req
    assert parse("and the remake?? who did that one", titles).followup  # asks the last question again
    assert not parse("who are the kidnappers in it", titles).unknown_title  # the conversation's film
    assert not parse("and who wrote that one, cruise co-produced it i think", titles).unknown_title
    assert not parse("who did the screenplay for that marx brothers one", titles).unknown_title
    # a title set off by a mark opens the question; what follows the mark is no more title
    assert films_of(parse("norma rae - true story of who", titles)) == ["Norma Rae (1979)"]
    assert films_of(parse("who was in cloverfield, all unknowns right", titles)) == ["Cloverfield (2008)"]
    # doings after "he", and the end of a longer title we lack, are no film
    assert parse("and who plays the woman he just married", titles).films == ()
    req = parse("who directed pirates of the caribbean at worlds end", titles)
    assert req.films == () and req.unknown_title
    # a title and its people, then the credit asked: no description of a film
    req = parse("stir crazy gene wilder richard pryor who directed", titles)
    assert req.kind == "director" and not req.which_film


def test_part_one_a_first_film_by_number_and_versions_said_around_the_title() -> None:
    titles = TitleIndex(
        [
            FilmRef("History of the World: Part I", 1981),
            FilmRef("John Wick", 2014),
            FilmRef("That Sort", 1916),
            FilmRef("The Raven", 1935),
            FilmRef("The Raven", 1963),
            FilmRef("Treasure Island", 1934),
            FilmRef("Treasure Island", 1950),
            FilmRef("The Rock", 1996),
            FilmRef("The Maltese Falcon", 1941),
        ]
    )
    assert films_of(parse("history of the world part 1 actors", titles)) == [
        "History of the World: Part I (1981)"
    ]
    assert films_of(parse("john wick 1 director", titles)) == ["John Wick (2014)"]
    assert parse("and the 89 version, where was that shot", titles).films == ()  # no typo of That Sort
    req = parse("ok and in the 1935 one what does lugosi play", titles)
    assert req.year == 1935 and not req.unknown_title and req.subject == "lugosi"
    req = parse("in the 1950 disney treasure island who is long john silver", titles)
    assert films_of(req) == ["Treasure Island (1950)"]
    assert parse("what about the remake with the rock, whos his co-star", titles).films == ()  # a person
    assert parse(
        "old bogart flick thats basically a goofy spoof of maltese falcon, capote co wrote it", titles
    ).which_film


def test_an_actors_part_asked_as_who_they_are_voicing_or_what_their_name_is() -> None:
    titles = TitleIndex([FilmRef("Trolls", 2016), FilmRef("Uncharted", 2022)])
    req = parse("who's anna kendrick voicing in trolls", titles)
    assert (req.subject, req.subject_role) == ("anna kendrick", "actor")
    req = parse("antonio banderas in uncharted is the villain? whats his name", titles)
    assert (req.kind, req.subject, req.subject_role) == ("cast", "antonio banderas", "actor")
    req = parse("who is playing poppy in trolls", titles)
    assert (req.subject, req.subject_role) == ("poppy", "character")


def test_the_words_after_and_the_in_a_long_title_name_it_and_a_real_title_wins() -> None:
    titles = TitleIndex(
        [
            FilmRef("Harry Potter and the Goblet of Fire", 2005),
            FilmRef("Harry Potter and the Prisoner of Azkaban", 2004),
            FilmRef("Shang-Chi and the Legend of the Ten Rings", 2021),
            FilmRef("Sherlock Holmes", 2009),
            FilmRef("Sherlock Holmes and the Secret Weapon", 1942),
            FilmRef("Beauty and the Beast", 1991),
            FilmRef("The Beast", 1975),
        ]
    )
    assert films_of(parse("and the goblet of fire one", titles)) == [
        "Harry Potter and the Goblet of Fire (2005)"
    ]
    assert parse("who directed harry potter 2", titles).films == ()  # the series' second film (resolve)
    assert films_of(parse("who directed sherlock holmes 2009", titles)) == ["Sherlock Holmes (2009)"]
    assert films_of(parse("who directed the beast", titles)) == ["The Beast (1975)"]  # not Beauty's


def test_the_s_of_its_is_no_title() -> None:
    req = parse("and it's based on a comic by who", TITLES)
    assert req.kind == "source" and not req.unknown_title and req.refers_back


def test_a_documentary_or_cartoon_described_is_a_which_film_question() -> None:
    for question in (
        "that documentary about the mountaineer who vanished on everest in the 20s",
        "disney cartoon about an orphaned dinosaur raised by lemurs",
    ):
        assert parse(question, TITLES).which_film, question


def test_a_film_asked_by_its_name_or_by_where_it_is_set_names_no_title_in_its_story() -> None:
    titles = TitleIndex([FilmRef("Paroled - To Die", 1938), FilmRef("Headin' Home", 1920)])
    for question in (
        "name of the 90s british tv doc that exposed how babies were left to die in china's orphanages",
        "disney channel movie set on a navy carrier heading home when 9/11 happens",
    ):
        req = parse(question, titles)
        assert req.which_film and not req.films, question
    # (a film's set is no story: "who died on the movie set")
    assert not parse("who died on the movie set in 1993", titles).which_film
    # where a film of a kind was shot, and when, then its story: the place is no title
    placed = TitleIndex([FilmRef("New Mexico", 1951), FilmRef("Casablanca", 1942)])
    req = parse("some western shot in new mexico in 69 where the governor has a bit part", placed)
    assert req.which_film and not req.films
    assert parse("who gets shot in casablanca", placed).films == (FilmRef("Casablanca", 1942),)


def test_which_one_was_a_film_of_someone_or_of_a_series_asks_which_film() -> None:
    for question in (
        "which one was john wayne's final western of the six he did at warners",
        "which was the very first bowery boys picture after east side kids got renamed",
    ):
        assert parse(question, TITLES).which_film, question
    for question in ("which one was the killer", "which one is it in the series"):
        assert not parse(question, TITLES).which_film, question


def test_leads_a_part_of_a_country_and_her_in_laws() -> None:
    titles = TitleIndex(
        [FilmRef("Out of Africa", 1985), FilmRef("Lassie", 1943), FilmRef("The In-Laws", 2003)]
    )
    assert parse("out of africa who are the leads", titles).kind == "cast"
    assert parse("lassie what part of england is the boy from", titles).kind == "plot"
    req = parse(
        "bride has to play hide and seek with her rich new in-laws who are trying to kill her", titles
    )
    assert req.which_film and req.films == ()


def test_a_message_opening_with_a_word_and_of_before_a_title_names_a_longer_title() -> None:
    titles = TitleIndex([FilmRef("The Pink Panther", 2006), FilmRef("Jaws", 1975), FilmRef("Die Hard", 1988)])
    for question in ("son of the pink panther who directed", "ok curse of the pink panther cast"):
        req = parse(question, titles)
        assert req.unknown_title and not req.films, question
    for question in (
        "the director of jaws",
        "ending of jaws explained",
        "villain of die hard who plays him",
        "the 1975 version of jaws cast",
    ):
        assert films_of(parse(question, titles)), question


def test_ordinals_typed_as_numerals() -> None:
    titles = TitleIndex([FilmRef("The Thirteenth Chair", 1919), FilmRef("The Third Man", 1949)])
    assert films_of(parse("13th chair from 1919 who directed it", titles)) == ["The Thirteenth Chair (1919)"]
    assert films_of(parse("the 3rd man cast", titles)) == ["The Third Man (1949)"]


def test_a_story_asked_by_which_old_movie_and_a_verb_after_to_are_no_title() -> None:
    titles = TitleIndex([FilmRef("Spy", 2015), FilmRef("Beat", 1998)])
    req = parse("which old movie has a rich boss pretend to be a regular guy to spy on his workers", titles)
    assert req.which_film and req.films == ()
    req = parse("the one where a kid trains for a year to beat him at chess", titles)
    assert req.which_film and req.films == ()
    assert films_of(parse("who directed spy", titles)) == ["Spy (2015)"]


def test_a_titles_end_is_typed_for_it_but_not_what_its_pronoun_says() -> None:
    titles = TitleIndex([FilmRef("I Walk the Line", 1970), FilmRef("What's Eating Gilbert Grape", 1993)])
    assert films_of(parse("gilbert grape who directed", titles)) == ["What's Eating Gilbert Grape (1993)"]
    assert parse("walk the line who plays june carter", titles).films == ()  # another film, not ours


def test_the_thing_whose_name_is_asked_and_a_sequel_word_after_a_title_are_no_title() -> None:
    titles = TitleIndex([FilmRef("The Family", 2013), FilmRef("The Pink Panther", 2006)])
    assert parse("european vacation what's the family called", titles).films == ()
    assert films_of(parse("the family 2013 who plays the dad", titles)) == ["The Family (2013)"]
    req = parse("pink panther strikes again who's in it", titles)  # an instalment we lack
    assert req.films == () and req.unknown_title


def test_a_title_opening_with_a_possessive_inside_a_story_is_the_storys_phrase() -> None:
    titles = TitleIndex(
        [
            FilmRef("His House", 2020),
            FilmRef("My Girl", 1991),
            FilmRef("It's a Mad, Mad, Mad, Mad World", 1963),
        ]
    )
    req = parse(
        "kid finds a hidden hero base under his house and starts thinking his father is secretly a hero",
        titles,
    )
    assert req.which_film and req.films == ()
    assert films_of(parse("who directed his house", titles)) == ["His House (2020)"]
    assert films_of(parse("my girl where the kid is allergic to bees, who plays the dad", titles)) == [
        "My Girl (1991)"
    ]
    # ("its" typed for "it's")
    said = parse("its a mad mad mad mad world 63 whos in it lol theres like 50 comedians", titles)
    assert films_of(said) == ["It's a Mad, Mad, Mad, Mad World (1963)"]


def test_a_title_and_its_year_opening_the_question_beat_a_title_inside_it() -> None:
    titles = TitleIndex([FilmRef("Rio", 1939), FilmRef("Rio", 2011), FilmRef("Bird", 1988)])
    assert films_of(parse("rio 2011 what kind of bird is blu", titles)) == ["Rio (2011)"]


def test_a_typo_is_never_matched_to_a_titles_initials() -> None:
    titles = TitleIndex([FilmRef("Madonna of Avenue A", 1929)])
    req = parse("moana voice cast pls", titles)
    assert req.films == () and req.unknown_title


def test_the_then_another_word_before_a_short_title_is_another_phrase() -> None:
    titles = TitleIndex([FilmRef("The Girl", 2000), FilmRef("The Omen", 1976)])
    req = parse("lars and the real girl whats it about", titles)
    assert req.films == ()
    assert films_of(parse("who directed the first omen", titles)) == ["The Omen (1976)"]


def test_follow_ups_back_to_a_film_a_reaction_a_stage_show_and_the_year_one_with_someone() -> None:
    titles = TitleIndex(
        [FilmRef("Law Abiding Citizen", 2009), FilmRef("Grease", 1978), FilmRef("The Hurricane", 1937)]
    )
    back = parse("back to law abiding citizen, what city is it set in", titles)
    assert films_of(back) == ["Law Abiding Citizen (2009)"] and back.kind == "plot" and not back.which_film
    reaction = parse("sounds wild lol who directed it", titles)
    assert reaction.kind == "director" and not reaction.unknown_title and reaction.refers_back
    stage = parse("and who wrote the stage show", titles)
    assert stage.kind == "source" and not stage.unknown_title
    assert films_of(parse("who wrote the musical grease", titles)) == ["Grease (1978)"]
    version = parse("ok what about the 1999 one with denzel, who directed that", titles)
    assert (version.year, version.made_by, version.unknown_title) == (1999, "denzel", False)


def test_titles_as_people_type_them_spellings_numbers_and_small_words() -> None:
    titles = TitleIndex(
        [
            FilmRef("Analyze This", 1999),
            FilmRef("The Hundred-Foot Journey", 2014),
            FilmRef("Donnie Brasco", 1997),
            FilmRef("Another 48 Hrs.", 1990),
            FilmRef("Stepmom", 1998),
            FilmRef("Before and After", 1996),
            FilmRef("It", 2017),
        ]
    )
    for typed, film in [
        ("analyse this whos in the cast besides de niro", "Analyze This (1999)"),
        ("the 100 foot journey director", "The Hundred-Foot Journey (2014)"),
        ("donny brasco what is it based on", "Donnie Brasco (1997)"),
        ("what character is nick nolte in another 48 hours", "Another 48 Hrs. (1990)"),
        ("stepmom writers? i heard there were like five", "Stepmom (1998)"),
        ("edward furlong in before and after who does he play", "Before and After (1996)"),
    ]:
        assert films_of(parse(typed, titles)) == [film], typed
    # a cue word is no end of a typed title ("the big show" is not The Big Shot)
    assert parse("who stars in the big show", TitleIndex([FilmRef("The Big Shot", 1931)])).films == ()
    # a title we lack before the question, its words however common, is never a question of no film
    lacking = parse("half baked who plays thurgood", titles)
    assert lacking.unknown_title and lacking.mention == "half baked"


def test_words_after_a_question_about_it_are_no_title() -> None:
    for typed in (
        "and who directed it, was it a first timer",
        "is it based on a real family? like a memoir",
        "ok and what's kate hudson's character called",
    ):
        req = parse(typed, TitleIndex([FilmRef("Family", 1920)]))
        assert not req.unknown_title and req.refers_back and req.films == (), typed
    hers = parse("ok and what's kate hudson's character called", TitleIndex([]))
    assert (hers.kind, hers.subject, hers.subject_role) == ("cast", "kate hudson", "actor")
    tv = parse("ok and the hbo movie from 96, who wrote that", TitleIndex([]))
    assert (tv.kind, tv.year, tv.unknown_title) == ("writer", 1996, False)
    assert parse("zorgon returns who directed it", TitleIndex([])).unknown_title


def test_a_pronoun_and_a_place_that_are_titles_stay_words() -> None:
    titles = TitleIndex([FilmRef("They Live", 1988), FilmRef("They", 2002), FilmRef("New York", 1927)])
    assert films_of(parse("they live carpenter - short story it comes from", titles)) == ["They Live (1988)"]
    story = parse("three weird scientists start a ghost catching business in new york", titles)
    assert story.which_film and story.films == ()
    role = parse("eddie murphy's role in the old new york movie, in new york", titles)
    assert films_of(role) == ["New York (1927)"] and not role.which_film


def test_an_actors_part_by_its_kind_the_screenwriter_who_adapted_and_the_bad_ones_of_the_story() -> None:
    titles = TitleIndex(
        [
            FilmRef("Yankee Doodle Dandy", 1942),
            FilmRef("The Alamo", 2004),
            FilmRef("The Men Who Stare at Goats", 2009),
            FilmRef("X-Men", 2000),
        ]
    )
    for typed, actor in [
        ("yankee doodle dandy cagney plays which broadway guy", "cagney"),
        ("dennis quaid in the alamo, which historical guy", "dennis quaid"),
    ]:
        req = parse(typed, titles)
        assert (req.kind, req.subject, req.subject_role) == ("cast", actor, "actor"), typed
    assert parse("men who stare at goats who adapted it for the screen", titles).kind == "writer"
    assert parse("what book was the alamo adapted from", titles).kind == "source"
    assert parse("x-men 2000 who leads the bad mutants", titles).kind == "plot"
    assert parse("is x-men any good or bad", titles).kind == "verdict"


def test_what_a_film_follows_is_no_question_about_its_story() -> None:
    assert parse("is it a sequel to something").focus != "about"
    assert parse("what happens in the second one").focus == "about"


def test_an_elliptical_follow_up_asking_a_name_is_a_story_question() -> None:
    req = parse("and the bad guy's name?")
    assert (req.kind, req.focus, req.refers_back) == ("plot", "name", True)


def test_british_spellings_of_a_title() -> None:
    assert films_of(
        parse("rumour has it (2005) who stars in that", TitleIndex([FilmRef("Rumor Has It", 2005)]))
    ) == ["Rumor Has It (2005)"]


def test_a_title_inside_a_longer_one_we_lack_or_where_a_part_stands() -> None:
    titles = TitleIndex(
        [
            FilmRef("The Big Guy", 1939),
            FilmRef("We're All Gamblers", 1927),  # its initials spell "wag"
            FilmRef("The River", 1951),
            FilmRef("Jaws", 1975),
            FilmRef("Gladiator", 2000),
        ]
    )
    for typed, lacking in [
        ("the green mile who plays the big guy", "the green mile"),
        ("who directed wag the dog", "wag the dog"),
        ("mystic river who directed", "mystic river"),
    ]:
        req = parse(typed, titles)
        assert req.films == () and req.unknown_title and req.mention == lacking, typed
    assert films_of(parse("who plays the big guy in jaws", titles)) == ["Jaws (1975)"]
    assert parse("who plays the big guy", titles).weak_mention  # the conversation's film may win
    assert films_of(parse("russell crowe gladiator who does he play", titles)) == ["Gladiator (2000)"]


# titles a question holds by accident: words of a name, a verb, a kind of version, a subtitle
_CROWDED = TitleIndex(
    [
        FilmRef("Cowboys & Aliens", 2011),
        FilmRef("Aliens", 1986),
        FilmRef("Spencer", 2021),
        FilmRef("Beat", 2000),
        FilmRef("The Girl", 2012),
        FilmRef("The Tragedy of Macbeth", 2021),
        FilmRef("Big", 1988),
        FilmRef("Black and White", 1999),
        FilmRef("Nebraska", 2013),
        FilmRef("Dog Days", 2018),
        FilmRef("The Return", 2006),
        FilmRef("Hotel Transylvania 3: Summer Vacation", 2018),
        FilmRef("Ace Ventura: Pet Detective", 1994),
        FilmRef("Ace Ventura: When Nature Calls", 1995),
        FilmRef("The Brave One", 1956),
        FilmRef("The Brave One", 2007),
        FilmRef("It Chapter Two", 2019),
        FilmRef("It", 2017),
        FilmRef("Catwoman", 2004),
        FilmRef("Jurassic Park III", 2001),
        FilmRef("The Island", 1980),
        FilmRef("The Island", 2005),
        FilmRef("The River", 1951),
        FilmRef("Kings Go Forth", 1958),
        FilmRef("Sinatra", 1992),
        FilmRef("Selena", 1997),
        FilmRef("The Man from U.N.C.L.E.", 2015),
        FilmRef("Escape from L.A.", 1996),
        FilmRef("Fred Claus", 2007),
        FilmRef("Plane", 2023),
        FilmRef("The Accountant", 2016),
        FilmRef("Best Friends", 1982),
        FilmRef("The Guardians", 2018),
        FilmRef("Legend of the Guardians: The Owls of Ga'Hoole", 2010),
        FilmRef("The Thing", 1982),
        FilmRef("Indiana Jones and the Kingdom of the Crystal Skull", 2008),
        FilmRef("The Lord of the Rings: The Return of the King", 2003),
    ]
)


@pytest.mark.parametrize(
    ("question", "films", "unknown"),
    [
        ("cowboys vs aliens who was in that lol", ["Cowboys & Aliens (2011)"], None),  # "vs" for "&"
        ("who does spencer tracy play", [], None),  # a word of the actor's name
        ("who does tom hanks play in big", ["Big (1988)"], None),  # "tom": initials of a title
        ("whats the name of the old pro he wants to beat", [], None),  # the verb
        ("who's the girl in it", [], None),  # the part, in the film talked about
        ("who killed selena in the film", ["Selena (1997)"], None),  # a name that is the title
        ("the man from uncle 2015 cast?", ["The Man from U.N.C.L.E. (2015)"], None),  # initials, one word
        ("escape from l.a. snake plissken is played by who", ["Escape from L.A. (1996)"], None),
        ("red eye 2005 who plays the guy on the plane", [], "red eye"),  # 2005: not Plane (2023)
        (
            "whos in the saltwater accountant (2016)",
            [],
            "saltwater accountant",
        ),  # "the" is the longer title's
        # a title we lack of seven words before the question (not a part of another film of the series)
        ("harold and kumar go to white castle who plays kumar", [], "harold and kumar go to white castle"),
        ("who is in the accountant", ["The Accountant (2016)"], None),
        (
            "jim sturges legend of the guardians voice role",
            ["Legend of the Guardians: The Owls of Ga'Hoole (2010)"],
            None,
        ),
        ("who directed the girl", ["The Girl (2012)"], None),
        ("nebraska the black and white one with bruce dern, who directed it", ["Nebraska (2013)"], None),
        ("ace ventura 2 what animal is he trying to find", [], "ace ventura 2"),  # resolve reads its place
        ("it chapter two was directed by who", ["It Chapter Two (2019)"], None),  # "it" 2, passive
        ("halle berry catwoman what's her actual name in the movie", ["Catwoman (2004)"], None),
        ("catwoman w halle berry who directed that mess", ["Catwoman (2004)"], None),
        # a title opening the message, keyword style, over a title inside the question
        (
            "jurassic park iii the kid whos lost on the island is played by",
            ["Jurassic Park III (2001)"],
            None,
        ),
        ("jp3 what island do they crash on", ["Jurassic Park III (2001)"], None),  # initials and number
        ("mystic river whos the killer", [], "mystic river"),  # the title we lack ends at the question
        ("who was in the kings go forth movie w sinatra", ["Kings Go Forth (1958)"], None),  # not Sinatra
        # a long title typed without its middle words; a subtitle opening the question ("where's")
        (
            "indiana jones crystal skull who's the russian lady villain",
            ["Indiana Jones and the Kingdom of the Crystal Skull (2008)"],
            None,
        ),
        (
            "return of the king where's the big battle at, the white city",
            ["The Lord of the Rings: The Return of the King (2003)"],
            None,
        ),
    ],
)
def test_titles_a_question_holds_by_accident(question: str, films: list[str], unknown: str | None) -> None:
    req = parse(question, _CROWDED)
    assert [f.label for f in req.films] == films
    assert req.unknown_title == (unknown is not None)
    if unknown is not None:
        assert title_key(req.mention or "") == title_key(unknown)


@pytest.mark.parametrize(
    ("question", "aside"),
    [
        # words after a misspelt or one-word title, before the question: resolve checks them against
        # the film's people, and without them the title is a longer one we lack
        ("dog day afternoon who directed", "afternoon"),
        ("return to marrowfield cast", "to marrowfield"),
        ("cliffhanger stallone who directed", None),
        ("my best friends wedding who wrote it", "wedding"),  # a longer title we lack
    ],
)
def test_words_after_an_opening_title_are_an_aside(question: str, aside: str | None) -> None:
    assert parse(question, _CROWDED).aside == aside


def test_a_subtitle_inside_a_description_is_words() -> None:
    req = parse(
        "shy kid on summer vacation with his moms jerk boyfriend makes friends at a water park", _CROWDED
    )
    assert req.which_film and not req.films


def test_a_version_with_the_same_name_is_no_description_and_no_title() -> None:
    req = parse("and who directed the 56 movie with the same name, the one about a boy and a bull", _CROWDED)
    assert not req.which_film and not req.unknown_title
    assert req.kind == "director" and req.year == 1956


def test_who_else_asks_for_the_cast() -> None:
    req = parse("fred claus, the vince vaughn xmas movie, who else shows up in it", _CROWDED)
    assert req.kind == "cast" and [f.label for f in req.films] == ["Fred Claus (2007)"]


def test_what_was_that_thing_asks_for_a_film() -> None:
    req = parse(
        "what was that double feature thing, one half zombies and the other half kurt russell", _CROWDED
    )
    assert req.which_film and not req.films  # not The Thing


SHORTENED = TitleIndex(
    [
        FilmRef("Sky Captain and the World of Tomorrow", 2004),
        FilmRef("Things to Do in Denver When You're Dead", 1995),
        FilmRef("W.", 2008),
        FilmRef("42", 2013),
        FilmRef("Star 80", 1983),
        FilmRef("Star!", 1968),
        FilmRef("The 33", 2015),
        FilmRef("Double Impact", 1991),
        FilmRef("Camille", 1926),
        FilmRef("Camille", 1936),
        FilmRef("Wichita", 1955),
        FilmRef("Wyatt Earp", 1994),
        FilmRef("Lifeboat", 1944),
        FilmRef("Jaws", 1975),
        FilmRef("Up", 2009),
        FilmRef("Mata Hari", 1931),
        FilmRef("Mata Hari", 1985),
        FilmRef("Stowaway", 1936),
        FilmRef("The Seeker", 2007),
        FilmRef("Moscow on the Hudson", 1984),
        FilmRef("Les Misérables", 1935),
        FilmRef("Les Misérables", 2012),
        FilmRef("The Adventures of Huckleberry Finn", 1939),
        FilmRef("The Adventures of Huckleberry Finn", 1960),
        FilmRef("Heidi", 1937),
    ]
)


@pytest.mark.parametrize(
    ("question", "kind", "films"),
    [
        # a long title's start, its last word a part's word ("captain"), where a title stands
        ("who is in sky captain", "cast", ["Sky Captain and the World of Tomorrow (2004)"]),
        (
            "sky captain what style is it an example of lol",
            "plot",
            ["Sky Captain and the World of Tomorrow (2004)"],
        ),
        ("who plays the captain in jaws", "cast", ["Jaws (1975)"]),
        # the rest of a long title typed on with a typo ("your" for "you're")
        (
            "things to do in denver when your dead who's in that",
            "cast",
            ["Things to Do in Denver When You're Dead (1995)"],
        ),
        # titles of a letter or of numbers
        ("W. (2008) oliver stone, who wrote it", "writer", ["W. (2008)"]),
        ("42 movie jackie robinson actor", "cast", ["42 (2013)"]),
        ("what's star 80 based on", "source", ["Star 80 (1983)"]),
        ("who directed the 33 about the chilean miners", "director", ["The 33 (2015)"]),
        ("the 33 the miners are stuck in which mine", "plot", ["The 33 (2015)"]),
        # a plural mark in brackets is no aside naming a version
        ("van damme's role(s) in double impact", "cast", ["Double Impact (1991)"]),
        # a title typed with a typo where a title stands outranks a part's name that is a title too
        ("who played wyatt earp in witchita", "cast", ["Wichita (1955)"]),
        # whose work it was made from
        ("lifeboat 1944 was from a story by which writer", "source", ["Lifeboat (1944)"]),
        # a bigger typo, beside the year of its film (not beside another year)
        ("the seaker 2007 which book", "source", ["The Seeker (2007)"]),
        ("the seaker 2005 which book", "source", []),
        # each word cut short, beside (or after) the year of its film
        ("les mis 2012 director", "director", ["Les Misérables (2012)"]),
        ("les mis 1999 director", "director", []),
        ("who plays jim in the 1960 huck finn", "cast", ["The Adventures of Huckleberry Finn (1960)"]),
        # a title of four words goes on into the question's words
        (
            "in moscow on the hudson the circus clown is played by who",
            "cast",
            ["Moscow on the Hudson (1984)"],
        ),
        # whose work it is
        ("lifeboat whose story was it", "source", ["Lifeboat (1944)"]),
        ("the 33 is from whose book", "source", ["The 33 (2015)"]),
        # "supporting" asks for the cast; it names no film
        ("and the supporting cast?", "cast", []),
        # who is in it, the title, then the question
        ("shirley temple heidi, whats the name of the sick girl she looks after", "plot", ["Heidi (1937)"]),
        # a title opening the message, who is in it, then the question
        ("stowaway with shirley temple - where does she meet the rich playboy", "plot", ["Stowaway (1936)"]),
    ],
)
def test_titles_shortened_numbered_or_typed_on(question: str, kind: str, films: list[str]) -> None:
    req = parse(question, SHORTENED)
    assert (req.kind, [f.label for f in req.films]) == (kind, films)


def test_a_plural_mark_names_no_version_and_a_decade_does() -> None:
    assert (
        parse("in moscow on the hudson the circus clown is played by who", SHORTENED).subject
        == "the circus clown"
    )
    assert parse("and the supporting cast?", SHORTENED).mention is None
    assert parse("van damme's role(s) in double impact", SHORTENED).made_by is None
    # "the 80s one" said beside a title of several films says which
    assert parse("and the 80s one - who played mata hari there", SHORTENED).decade == 1980


TYPED_ON = TitleIndex(
    [
        FilmRef("Alex in Wonderland", 1970),
        FilmRef("Wonderland", 2003),
        FilmRef("The Crusades", 1935),
        FilmRef("King Richard", 2021),
        FilmRef("Screamers", 1995),
        FilmRef("Dick", 1999),
        FilmRef("Song of Scheherazade", 1947),
        FilmRef("The Dancers", 1930),
        FilmRef("Crooklyn", 1994),
        FilmRef("Mean Girls", 2004),
        FilmRef("Suburbicon", 2017),
        FilmRef("Superstar", 1999),
        FilmRef("L.A. Story", 1991),
        FilmRef("FernGully: The Last Rainforest", 1992),
        FilmRef("Gully", 2021),
    ]
)


@pytest.mark.parametrize(
    ("question", "kind", "films"),
    [
        # a title holding the one after "in" is the one typed
        ("donald sutherland alex in wonderland character name", "cast", ["Alex in Wonderland (1970)"]),
        # after "who is" comes a person asked about, not a film
        ("in the crusades (the demille one) who is king richard", "cast", ["The Crusades (1935)"]),
        # a surname after a first name and an initial is no film; the star after the title says which
        # film (checked when it is resolved)
        ("screamers peter weller - which philip k dick story", "plot", ["Screamers (1995)"]),
        # a title typed with a typo opening the question outranks a title inside the part asked
        ("song of sheherazade who plays the dancers mom", "cast", ["Song of Scheherazade (1947)"]),
        # a title typed exactly opens the message: the next words are the question, no other title's typo
        ("crooklyn main girls name?", "plot", ["Crooklyn (1994)"]),
        # initials alone are no name for a film (L.A. Story), unless its name follows them
        (
            "richard gere is a pricey male escort in LA who gets set up for a murder, what's that called",
            "search",
            [],
        ),
        # a name of its own run together is the film without its subtitle
        ("in fern gully who gets shrunk down", "plot", ["FernGully: The Last Rainforest (1992)"]),
    ],
)
def test_titles_typed_with_more_around_them(question: str, kind: str, films: list[str]) -> None:
    req = parse(question, TYPED_ON)
    assert (req.kind, [f.label for f in req.films]) == (kind, films)


def test_the_year_a_film_is_said_to_be_from_and_what_year_it_is_set_in() -> None:
    assert parse("jesus christ super star the 73 movie, who was in it", TYPED_ON).year == 1973
    assert parse("suburbicon what year is it set in", TYPED_ON).focus == "when"
    assert parse("suburbicon where is it set", TYPED_ON).focus == "where"


DESCRIBED = TitleIndex(
    [
        FilmRef("Life", 1920),
        FilmRef("Life", 1999),
        FilmRef("Story of Ruth", 1960),
        FilmRef("Story of Esther", 1960),
        FilmRef("Law Abiding Citizen", 2009),
        FilmRef("Aladdin", 1992),
        FilmRef("Aladdin", 2019),
    ]
)


@pytest.mark.parametrize(
    "question",
    [
        # "back to" a film opens the message; inside a story it is words ("back to life")
        "tim burton stop motion where a boy zaps his dead dog back to life",
        # a number written as a word in a story numbers no sequel ("story of two")
        "true story of two east german families who tried to float over to the west in a balloon",
    ],
)
def test_a_story_told_with_a_titles_words_asks_which_film(question: str) -> None:
    req = parse(question, DESCRIBED)
    assert req.which_film and not req.films and not req.unknown_title


def test_a_kind_of_version_beside_its_title_and_back_to_a_film() -> None:
    assert parse("the live action aladdin who plays genie", DESCRIBED).made_by == "live action"
    back = parse("ok back to law abiding citizen, what city is it set in", DESCRIBED)
    assert [f.label for f in back.films] == ["Law Abiding Citizen (2009)"]


def test_a_subtitle_typed_without_its_article() -> None:
    titles = TitleIndex([FilmRef("Pirates of the Caribbean: The Curse of the Black Pearl", 2003)])
    req = parse("pirates of the caribbean curse of the black pearl director", titles)
    assert (req.kind, [f.year for f in req.films]) == ("director", [2003])


@pytest.mark.parametrize(
    ("question", "films"),
    [
        # a title that has "the", typed without it after another word, ends a longer title we lack
        ("who directed baby driver", []),
        ("who plays the cop in driver", ["The Driver (1978)"]),
        # a title goes on past "by" and whose
        ("who directed call me by your name", []),
        ("who directed call me", ["Call Me (1988)"]),
    ],
)
def test_a_title_inside_a_longer_one_typed_loosely(question: str, films: list[str]) -> None:
    titles = TitleIndex([FilmRef("The Driver", 1978), FilmRef("Call Me", 1988), FilmRef("The Call", 2013)])
    assert [f.label for f in parse(question, titles).films] == films


def test_a_numbered_film_we_lack_over_a_typo_found_later() -> None:
    titles = TitleIndex([FilmRef("Maniac Cop", 1988), FilmRef("The Silencers", 1966)])
    req = parse("maniac cop 3 badge of silence cast", titles)
    assert (req.films, req.unknown_title, req.mention) == ((), True, "maniac cop 3")


def test_a_numbered_film_we_lack_whose_number_is_another_title() -> None:
    # "saw 3" is the third Saw (we have only the second), not the film Three
    titles = TitleIndex([FilmRef("Saw II", 2005), FilmRef("Three", 2007), FilmRef("Five", 1951)])
    for question, typed in (("who directed saw 3", "saw 3"), ("saw 4 cast", "saw 4")):
        req = parse(question, titles)
        assert (req.films, req.unknown_title, req.mention) == ((), True, typed)
    assert [f.label for f in parse("who directed saw 2", titles).films] == ["Saw II (2005)"]
    assert [f.label for f in parse("who directed three", titles).films] == ["Three (2007)"]


def test_a_title_and_its_year_before_an_actor_asked_for_a_part_is_the_film() -> None:
    titles = TitleIndex(
        [
            FilmRef("The Rookie", 2002),
            FilmRef("The Rookie", 1990),
            FilmRef("Heat", 1995),
            FilmRef("Commitment", 2013),
        ]
    )
    for question, film, actor in (
        ("the rookie 2002 dennis quaid plays who", "The Rookie (2002)", "dennis quaid"),
        ("heat 1995 al pacino plays who", "Heat (1995)", "al pacino"),
        # (the actor's possessive, the question's words around it not part of the name)
        ("commitment 2013 what's choi seung-hyun's character", "Commitment (2013)", "choi seung hyun"),
    ):
        req = parse(question, titles)
        assert ([f.label for f in req.films], req.subject, req.subject_role) == ([film], actor, "actor")


def test_the_job_or_the_publishing_asked_after_is_no_title() -> None:
    for question in ("and who produced", "where was the original story published"):
        req = parse(question, TITLES)
        assert not req.unknown_title and req.mention is None, question


def test_what_a_part_does_in_the_story_is_a_story_question() -> None:
    titles = TitleIndex([FilmRef("Cecil B. Demented", 2000), FilmRef("The Wagons Roll at Night", 1941)])
    for asked in (
        "cecil b demented who kidnaps melanie griffith's character",
        "wagons roll at night - what does bogart's character own",
    ):
        assert parse(asked, titles).kind == "plot", asked
    # (a part asked is still a part, and the cast still the cast)
    assert parse("cecil b demented who plays the kidnapped actress", titles).kind == "cast"
    assert parse("wagons roll at night what does bogart play", titles).kind == "cast"
    assert parse("cecil b demented who starred in it", titles).kind == "cast"
    assert parse("cecil b demented who ended up with the female lead", titles).kind == "cast"


def test_a_number_counting_things_numbers_no_film() -> None:
    titles = TitleIndex([FilmRef("Galaxy of Terror", 1981), FilmRef("Rocky", 1976)])
    req = parse("monogram musical on ice skates from 44 that got 2 oscar nominations", titles)
    assert req.which_film and not req.unknown_title
    # chapters, years, an age: counts too, after a title or alone (Hero, Twelve)
    counted = TitleIndex([FilmRef("Hero", 1992), FilmRef("Twelve", 2010)])
    for asked in (
        "50s republic serial w judd holdren as a space hero, 12 chapters, originally a tv show",
        "mary miles minter's first full length feature, she was only 12. 1915",
    ):
        req = parse(asked, counted)
        assert req.which_film and not req.films and req.mention is None, asked
    assert parse("who directed 12", counted).films == (FilmRef("Twelve", 2010),)
    # (a number after a title is still its instalment)
    assert parse("who directed rocky 9", titles).mention == "rocky 9"


def test_asides_versions_and_parts_people_type_around_a_title() -> None:
    titles = TitleIndex(
        [
            FilmRef("Roustabout", 1964),
            FilmRef("Elvis", 2022),
            FilmRef("Kidnapped", 1995),
            FilmRef("Nobel Son", 2008),
            FilmRef("Braveheart", 1925),
            FilmRef("The Greek Tycoon", 1978),
            FilmRef("Hot Pursuit", 2015),
        ]
    )
    # a mark after the title ends it, though the next word is a title too
    req = parse("roustabout - elvis ends up working for what", titles)
    assert req.films == (FilmRef("Roustabout", 1964),) and req.kind == "plot"
    # a star between the title and the question: an aside, checked when the film is resolved
    req = parse("roustabout elvis who wrote the screenplay", titles)
    assert (req.films, req.aside, req.kind) == ((FilmRef("Roustabout", 1964),), "elvis", "writer")
    # a participle title before a word for a person describes the person
    assert parse("and the kidnapped son?", titles).films == ()
    assert parse("kidnapped cast", titles).films == (FilmRef("Kidnapped", 1995),)
    # the kind of film beside the one film of its title says which (checked against its reviews)
    req = parse("that old silent braveheart from 1925, who starred in it", titles)
    assert (req.films, req.made_by, req.kind) == ((FilmRef("Braveheart", 1925),), "silent", "cast")
    # "the musical remake" of the film talked about: the later one its reviews call a musical
    req = parse("what about the musical remake, who's in that", titles)
    assert req.made_by == "musical" and req.kind == "cast"
    # a part modelled on someone is asked of the story, not of the film's source
    assert parse("the greek tycoon jacqueline bisset's character is based on who", titles).kind == "plot"
    assert parse("the greek tycoon was based on what", titles).kind == "source"
    assert parse("greek tycoon, what novel was it based on", titles).kind == "source"
    assert parse("out of sight is based on whose novel", titles).kind == "source"
    assert parse("hard target van damme is based on what story", titles).kind == "source"
    # the kind of film that is a word of the title itself: that title
    twins = TitleIndex([FilmRef("Twins", 1988), FilmRef("The Silent Twins", 2022)])
    assert parse("the silent twins who directed it", twins).films == (FilmRef("The Silent Twins", 2022),)
    assert parse("hot pursuit 2015 who are the two leads", titles).kind == "cast"
    # "isnt it a remake of …" asks of the film talked about: no title in "some french movie"
    req = parse("isnt it a remake of some french movie? which one", titles)
    assert req.kind == "source" and not req.unknown_title and req.refers_back
    # "will" opening a name, not a question: a story told, the film asked for
    req = parse(
        "will ferrell vs zach galifianakis running against each other for congress in north carolina", titles
    )
    assert req.which_film and req.films == () and not req.unknown_title


def test_titles_next_to_other_words_that_are_titles() -> None:
    titles = TitleIndex(
        [
            FilmRef("The Big Adventure", 1921),
            FilmRef("The Dark Knight", 2008),
            FilmRef("Maniac Cop", 1988),
            FilmRef("The Silence", 2019),
            FilmRef("The Majestic", 2001),
            FilmRef("The Suspect", 1916),
            FilmRef("Lightnin' in the Forest", 1948),
            FilmRef("One Hundred and One Dalmatians", 1961),
            FilmRef("Cruella", 2021),
            FilmRef("Old", 2021),
        ]
    )
    # whose film it is, in place of the title's article: checked against the film's people
    assert parse("who directed pee-wee's big adventure", titles).leading == "pee-wee's"
    assert parse("who directed nolan's dark knight", titles).leading == "nolan's"
    # a numbered film we lack, before a word of its subtitle that is a title we have
    req = parse("maniac cop 3 badge of silence cast", titles)
    assert req.films == () and req.unknown_title and req.mention == "maniac cop 3"
    # a title, a name and a mark, then the question (the name is checked when resolved)
    req = parse("the majestic jim carrey, what does everyone suspect him of being", titles)
    assert req.films == (FilmRef("The Majestic", 2001),) and req.aside == "jim carrey"
    # (but not a kind of film, nor a first name's title before its surname)
    more = TitleIndex(
        [FilmRef("Radar Men from the Moon", 1952), FilmRef("Shirley", 2020), FilmRef("Heidi", 1937)]
    )
    req = parse("radar men from the moon serial - directed by?", more)
    assert req.films == (FilmRef("Radar Men from the Moon", 1952),) and req.aside is None
    assert parse("shirley temple heidi, whats the name of the sick girl", more).films == (
        FilmRef("Heidi", 1937),
    )
    # a dropped g is no owner's apostrophe: "in the forest" is no name of Lightnin' in the Forest
    assert parse("college grads rent a place out in the forest and catch a bug", titles).films == ()
    # a number in words typed as digits, said to be a cartoon
    assert parse(
        "in the old 101 dalmatians cartoon what does cruella want the puppies for", titles
    ).films == (FilmRef("One Hundred and One Dalmatians", 1961),)


def test_story_words_that_look_like_opinions_and_a_title_part_beside_its_year() -> None:
    titles = TitleIndex(
        [
            FilmRef("M3GAN", 2023),
            FilmRef("Chaos Walking", 2021),
            FilmRef("The Muppets", 2011),
            FilmRef("Jaws", 1975),
            FilmRef("Austin Powers: International Man of Mystery", 1997),
            FilmRef("Austin Powers: The Spy Who Shagged Me", 1999),
            FilmRef("The Power", 1968),
            FilmRef("The Taking of Pelham 123", 2009),
        ]
    )
    assert parse("what is m3gan actually, like a robot or what", titles).kind == "plot"
    assert (
        parse("chaos walking what do they call it when everyone hears your thoughts", titles).kind == "plot"
    )
    assert parse("muppets 2011 why does tex richman want their theater so bad", titles).kind == "plot"
    for opinion in ("did critics like jaws or nah", "thoughts on jaws", "jaws thoughts", "would i like jaws"):
        assert parse(opinion, titles).kind == "verdict", opinion
    # the start or the end of a title, beside its film's year
    req = parse("austin powers 1997 which spy movies is it making fun of", titles)
    assert req.films == (FilmRef("Austin Powers: International Man of Mystery", 1997),)
    assert parse("pelham 123 2009 what gets hijacked", titles).films == (
        FilmRef("The Taking of Pelham 123", 2009),
    )
    # not a title's start cut after a small word: "back in 2004" is a date of the story told
    dated = TitleIndex([FilmRef("Barbershop 2: Back in Business", 2004)])
    req = parse("one of the few surviving silents, the dutch restored it back in 2004", dated)
    assert req.films == () and req.kind == "search"
    # a star "in" a title typed short, then its year: that year's film, not initials (Melody in Spring)
    mis = TitleIndex(
        [FilmRef("Les Misérables", 1952), FilmRef("Les Misérables", 2012), FilmRef("Melody in Spring", 1934)]
    )
    req = parse("michael rennie in les mis 1952 plays who", mis)
    assert req.films == (FilmRef("Les Misérables", 1952),) and req.subject == "michael rennie"
    # a title after "the novel"
    novel = TitleIndex([FilmRef("The Best of Everything", 1959)])
    req = parse("who wrote the novel the best of everything", novel)
    assert req.films == (FilmRef("The Best of Everything", 1959),)


def test_an_actors_part_asked_by_what_the_character_does() -> None:
    titles = TitleIndex([FilmRef("Hope Springs", 2003)])
    req = parse("colin firth in hope springs 2003 whats his character do", titles)
    assert (req.kind, req.subject, req.subject_role) == ("cast", "colin firth", "actor")


def test_a_year_beside_part_of_a_title_or_two_digits_said_of_a_version() -> None:
    titles = TitleIndex(
        [
            FilmRef("Orient Express", 1934),
            FilmRef("Murder on the Orient Express", 2017),
            FilmRef("The Adventures of Huckleberry Finn", 1960),
            FilmRef("The Adventures of Huckleberry Finn", 1939),
        ]
    )
    req = parse("who wrote the 2017 orient express movie", titles)
    assert req.films == (FilmRef("Murder on the Orient Express", 2017),)
    assert parse("who wrote orient express", titles).films == (FilmRef("Orient Express", 1934),)
    owned = TitleIndex([FilmRef("National Lampoon's Vacation", 1983), FilmRef("Vacation", 2015)])
    req = parse("vacation 1983 chevy chase, who else is in it", owned)
    assert req.films == (FilmRef("National Lampoon's Vacation", 1983),)
    assert parse("vacation 2015 cast", owned).films == (FilmRef("Vacation", 2015),)
    req = parse("huck finn 60 version director", titles)
    assert req.films == (FilmRef("The Adventures of Huckleberry Finn", 1960),)


def test_the_thing_in_a_follow_up_is_the_film_talked_about() -> None:
    titles = TitleIndex([FilmRef("The Thing", 1982), FilmRef("The Thing", 2011), FilmRef("Tintin", 2011)])
    req = parse("and who wrote the thing", titles)
    assert req.films == () and not req.unknown_title and req.passed_over == () and req.kind == "writer"
    assert len(parse("who wrote the thing", titles).films) == 2


def test_a_title_we_lack_with_its_year_after_it() -> None:
    titles = TitleIndex([FilmRef("Midnight", 1934), FilmRef("The Midnight Sky", 2020), FilmRef("Heat", 1995)])
    req = parse("what happens in midnight lanterns 2009", titles)
    assert req.films == () and req.unknown_title and req.mention == "midnight lanterns" and req.year == 2009
    assert parse("what happens in heat 1995", titles).films == (FilmRef("Heat", 1995),)


def test_kin_in_law_the_one_from_a_year_and_the_oscar_are_no_titles() -> None:
    titles = TitleIndex(
        [
            FilmRef("Law", 2001),
            FilmRef("Chapter 27", 2008),
            FilmRef("Quality Street", 1927),
            FilmRef("The Oscar", 1966),
        ]
    )
    for question in ("and his daughter in law?", "who plays her mother-in-law"):
        req = parse(question, titles)
        assert req.films == () and not req.unknown_title and req.subject is not None, question
    req = parse("and the one from 27?", titles)
    assert req.films == () and not req.unknown_title
    for question in ("did it win the oscar", "which song from it got the oscar nomination"):
        req = parse(question, titles)
        assert req.films == () and req.passed_over == (), question
    assert parse("who directed the oscar", titles).films == (FilmRef("The Oscar", 1966),)


def test_which_one_of_the_cast_and_a_name_asked_what_part_it_is() -> None:
    titles = TitleIndex([FilmRef("Afterlife of the Party", 2021), FilmRef("I Am Michael", 2017)])
    req = parse("which one plays jimmy flaherty", titles)
    assert (req.kind, req.subject, req.mention) == ("cast", "jimmy flaherty", None)
    req = parse("afterlife of the party, victoria justice is which character", titles)
    assert (req.kind, req.subject, req.subject_role) == ("cast", "victoria justice", "actor")
    req = parse("i am michael - james franco is who exactly", titles)
    assert (req.kind, req.subject, req.subject_role) == ("cast", "james franco", "actor")


def test_a_main_character_a_documentary_and_a_name_called_are_no_titles() -> None:
    titles = TitleIndex([FilmRef("When We Were Kings", 1996), FilmRef("The Main Event", 1979)])
    # (the part's name, which the story gives: asked of the story, not of the cast)
    req = parse("what's the main character called", titles)
    assert req.mention is None and not req.unknown_title and req.kind == "plot"
    req = parse("when we were kings documentary, who directed", titles)
    assert req.films == (FilmRef("When We Were Kings", 1996),) and req.aside is None
    assert parse("who directed a boy called po", titles).mention == "boy called po"


def test_words_set_off_before_a_question_are_a_title_we_lack() -> None:
    req = parse("see spot run - what kind of dog is spot", TITLES)
    assert req.unknown_title and req.mention == "see spot run" and not req.which_film
    assert not parse("guy gets stuck on an island - what movie is it", TITLES).unknown_title
    assert parse("hey bot - who directed jaws", TITLES).films == (FilmRef("Jaws", 1975),)


def test_a_film_the_described_one_came_after_and_a_count_after_a_pronoun_are_no_titles() -> None:
    titles = TitleIndex([FilmRef("Star Wars", 1977), FilmRef("Her", 2013)])
    req = parse(
        "mark hamill movie right after star wars where a teen hunts down his stolen sports car", titles
    )
    assert req.which_film and req.films == ()
    req = parse("angie dickinson movie, a mom and her two girls turn outlaws and rob banks", titles)
    assert req.which_film and not req.unknown_title
    assert parse("her 2 cast", titles).mention == "her 2"


def test_which_of_a_kind_of_person_plays_a_part_asks_who() -> None:
    titles = TitleIndex([FilmRef("Down and Out in Beverly Hills", 1986)])
    req = parse("down and out in beverly hills - which musician plays the neighbor", titles)
    assert (req.kind, req.subject) == ("cast", "the neighbor")


def test_the_chosen_one_names_no_maker_and_a_common_word_the_story_tells_of_is_no_title() -> None:
    titles = TitleIndex([FilmRef("The Town", 2010), FilmRef("Heat", 1995)])
    req = parse("ordinary construction worker minifigure gets mistaken for the chosen one", titles)
    assert req.made_by is None
    req = parse("town where dancing is banned and a kid from the city moves in", titles)
    assert req.which_film and req.films == ()
    assert parse("heat where is it set and who directed it", titles).films == (FilmRef("Heat", 1995),)


def test_an_actors_job_asks_their_part() -> None:
    titles = TitleIndex([FilmRef("Non-Stop", 2014), FilmRef("Heat", 1995)])
    req = parse("non stop what is liam neeson's job", titles)
    assert (req.kind, req.subject, req.subject_role) == ("cast", "liam neeson", "actor")
    req = parse("what does al pacino do for a living in heat", titles)
    assert (req.kind, req.subject, req.subject_role) == ("cast", "al pacino", "actor")


def test_the_sequel_of_a_film_named() -> None:
    assert parse("who directed the sequel to jaws", TITLES).sequel == 0
    assert parse("jaws sequel cast", TITLES).sequel == 0
    assert parse("is jaws a sequel", TITLES).sequel is None


def test_a_title_beside_its_year_or_asked_where_stays_the_film() -> None:
    titles = TitleIndex(
        [FilmRef("The Sentinel", 1977), FilmRef("The Sentinel", 2006), FilmRef("The Apartment", 1960),
         FilmRef("The Warriors", 1979), FilmRef("Red", 2010)]
    )  # fmt: skip
    question = "the sentinel 1977 the creepy apartment building is in what part of new york"
    assert parse(question, titles).films == (FilmRef("The Sentinel", 1977),)
    assert parse("the warriors where r they trying to get home to", titles).films == (
        FilmRef("The Warriors", 1979),
    )
    assert parse("red 2010 director? the helen mirren machine gun one", titles).films == (
        FilmRef("Red", 2010),
    )


def test_whether_it_is_a_remake_asks_no_other_version() -> None:
    assert parse("was it a remake", TITLES).version is None
    assert parse("and the remake", TITLES).version == "later"


def test_more_phrasings_from_a_read_set() -> None:
    titles = TitleIndex(
        [
            FilmRef("A Man Apart", 2003),
            FilmRef("Mr. Magoo", 1997),
            FilmRef("Faster", 2003),
            FilmRef("Jaws", 1975),
        ]
    )
    assert parse("who plays the author", titles).kind == "cast"  # a part called the author
    req = parse("and who ended up directing it", titles)
    assert req.kind == "director" and req.mention is None
    req = parse("vin diesel in a man apart - who is he", titles)
    assert req.films == (FilmRef("A Man Apart", 2003),) and req.subject == "vin diesel"
    assert parse("mister magoo 97 who plays magoo", titles).films == (FilmRef("Mr. Magoo", 1997),)
    req = parse("who narrates fastest, the motogp doc after faster", titles)
    assert req.films == () and req.unknown_title  # the film after Faster, which we lack
    req = parse("who directed the movie after jaws", titles)
    assert req.films == (FilmRef("Jaws", 1975),) and req.sequel == 0


def test_a_title_that_drops_a_g_typed_with_it() -> None:
    titles = TitleIndex([FilmRef("Gone Fishin'", 1997), FilmRef("Fishing", 2001)])
    req = parse("who was in gone fishing, the fishing comedy from 97", titles)
    assert req.films == (FilmRef("Gone Fishin'", 1997),)


def test_a_title_the_message_opens_with_after_in_then_a_name() -> None:
    titles = TitleIndex([FilmRef("Hearts Divided", 1936)])
    req = parse("in hearts divided jerome ends up king of where", titles)
    assert req.films == (FilmRef("Hearts Divided", 1936),)


def test_phrasings_from_the_session_19_read_sets() -> None:
    titles = TitleIndex(
        [
            FilmRef("Elephant", 2003),
            FilmRef("Jaws", 1975),
            FilmRef("The Spoilers", 1942),
            FilmRef("The Spoilers", 1955),
            FilmRef("The Wife", 1995),
            FilmRef("The Wife", 2018),
            FilmRef("Queen Kelly", 1929),
            FilmRef("American Ninja 2: The Confrontation", 1987),
            FilmRef("Ladybugs", 1992),
        ]
    )
    # a title we have at the end of a longer one we lack: "X for Y" is one title
    req = parse("water for elephants cast", titles)
    assert req.films == () and req.unknown_title and req.mention == "water for elephants"
    assert parse("who did the music for jaws", titles).films == (FilmRef("Jaws", 1975),)
    # a long title we lack, its source asked last: no description of a story
    req = parse("miss peregrines home for peculiar children is based on what book", titles)
    assert (req.kind, req.which_film, req.unknown_title) == ("source", False, True)
    # the year said before "version of"; two digits after "from"
    req = parse("in the 1955 version of the spoilers who plays mcnamara", titles)
    assert req.films == (FilmRef("The Spoilers", 1955),) and req.subject == "mcnamara"
    assert parse("the wife from 95, who wrote it", titles).films == (FilmRef("The Wife", 1995),)
    # a part had, not played
    req = parse("queen kelly, who had the title role", titles)
    assert (req.subject, req.subject_role) == ("the title role", "character")
    # who is behind something in the story, not who made the film
    assert parse("in american ninja 2 who's behind the missing marines", titles).kind not in {
        "director",
        "source",
    }
    assert parse("who was behind american ninja 2", titles).kind == "director"
    # the conversation's film: its song, its title abroad
    req = parse("what song was it based on", titles)
    assert req.kind == "source" and req.mention is None and not req.unknown_title
    req = parse("what's it called in the uk", titles)
    assert req.focus == "alias" and req.mention is None and not req.unknown_title
    # "didnt those three make another movie": no yes-or-no about a director
    assert (
        parse("didnt those three make another movie together? who directed that one", titles).asks_if is None
    )
    # a title, then a part of someone named asked last: no story told
    req = parse("ladybugs rodney dangerfield movie, who's his assistant coach", titles)
    assert not req.which_film


def test_a_participle_after_are_and_a_country_after_called_in_are_no_titles() -> None:
    titles = TitleIndex([FilmRef("Obsessed", 2009), FilmRef("Frances", 1982), FilmRef("Taken", 2008)])
    req = parse("what's the other movie the kids are obsessed with, who's in that one", titles)
    assert req.films == () and not req.unknown_title
    req = parse("what's it called in france", titles)
    assert req.films == () and req.focus == "alias"
    # a participle title where a title stands is still the film
    assert parse("who is in obsessed", titles).films == (FilmRef("Obsessed", 2009),)
    assert parse("obsessed cast", titles).films == (FilmRef("Obsessed", 2009),)


def test_phrasings_from_the_session_20_read_sets() -> None:
    titles = TitleIndex(
        [
            FilmRef("Alexander and the Terrible, Horrible, No Good, Very Bad Day", 2014),
            FilmRef("The Good, the Bad and the Ugly", 1966),
            FilmRef("Advance to the Rear", 1964),
            FilmRef("War", 2007),
            FilmRef("The Boss Baby", 2017),
            FilmRef("Atlas Shrugged: Part I", 2011),
            FilmRef("Atlas Shrugged: Part III", 2014),
            FilmRef("Insidious: Chapter 2", 2013),
            FilmRef("Cloudy with a Chance of Meatballs 2", 2013),
            FilmRef("Awake", 2007),
            FilmRef("Awake", 2021),
            FilmRef("It All Came True", 1940),
        ]
    )
    # a long title after the credit asked: no story described
    req = parse("director of alexander and the terrible horrible no good very bad day", titles)
    assert req.kind == "director" and req.films[0].year == 2014
    # "what war is … set during": the war asked of a film, not a war film described
    req = parse("what war is advance to the rear set during", titles)
    assert req.films == (FilmRef("Advance to the Rear", 1964),) and not req.which_film
    assert req.kind == "plot" and req.cued  # a question of its own, never the conversation's last one
    # a title of role words opening the message, its question after
    req = parse("the boss baby is based on whose book", titles)
    assert (req.kind, req.films) == ("source", (FilmRef("The Boss Baby", 2017),))
    # a film told in numbered parts, by its name: its parts (which one is asked, or told by who is in it)
    req = parse("what role does grant bowler have in atlas shrugged", titles)
    assert req.films == (FilmRef("Atlas Shrugged: Part I", 2011), FilmRef("Atlas Shrugged: Part III", 2014))
    assert (req.subject, req.subject_role) == ("grant bowler", "actor")
    assert parse("who directed insidious", titles).films == ()  # no first part: the first film, one we lack
    # a numbered title by its first word and number
    req = parse("terry crews voices who in cloudy 2", titles)
    assert req.films == (FilmRef("Cloudy with a Chance of Meatballs 2", 2013),)
    # a version word before a title of several films: which one
    assert parse("what about the newer awake, whos in that", titles).films == (FilmRef("Awake", 2021),)
    assert parse("who is in the older awake", titles).films == (FilmRef("Awake", 2007),)
    # an actor's part asked by its kind
    req = parse("what kinda guy is bogart in it all came true", titles)
    assert (req.kind, req.subject, req.subject_role) == ("cast", "bogart", "actor")


def test_titles_and_words_in_descriptions_from_the_session_20_read_sets() -> None:
    titles = TitleIndex(
        [
            FilmRef("Michael", 1996),
            FilmRef("Peeper", 1975),
            FilmRef("The Private Eyes", 1980),
            FilmRef("Snatched", 2017),
            FilmRef("Tamara Drewe", 2010),
        ]
    )
    # the title after a part played "in" is the film, not a first name before it
    assert parse("what does michael caine play in peeper", titles).films == (FilmRef("Peeper", 1975),)
    # words of a description close to a title are words
    req = parse("70s spoof of old noir movies, michael caine as a clumsy private eye", titles)
    assert req.films == () and req.which_film
    # a title after its kind, set off before the question asked of it
    req = parse("that amy schumer kidnapping comedy snatched, who's in it with her", titles)
    assert (req.kind, req.films) == ("cast", (FilmRef("Snatched", 2017),))
    # the cast asked besides a part: the part
    assert parse("tamara drewe who plays tamara and who else is in it", titles).subject == "tamara"


def test_titles_we_lack_around_titles_we_have() -> None:
    titles = TitleIndex(
        [
            FilmRef("South Park: Bigger, Longer & Uncut", 1999),
            FilmRef("War", 2007),
            FilmRef("The Mysterious Island", 1929),
            FilmRef("The Island", 2005),
            FilmRef("Murder Me, Murder You", 1983),
        ]
    )
    # the main part of a title opening the message, a film word after it, over a lone word later
    req = parse("south park movie the us goes to war with who lol", titles)
    assert req.films == (FilmRef("South Park: Bigger, Longer & Uncut", 1999),)
    # a numbered title we lack opening the message, its subtitle a title we have
    req = parse("journey 2 the mysterious island cast", titles)
    assert req.films == () and req.unknown_title and req.mention == "journey 2 the mysterious island"
    # a title we lack and its year open the message, keyword style: that title, refused
    req = parse("more than murder 1984 stacy keach mike hammer plot", titles)
    assert (req.unknown_title, req.mention, req.year, req.which_film) == (
        True,
        "more than murder",
        1984,
        False,
    )


def test_an_actor_then_a_title_then_the_part_asked() -> None:
    titles = TitleIndex(
        [
            FilmRef("End of Watch", 2012),
            FilmRef("The Watch", 2012),
            FilmRef("One Good Cop", 1991),
            FilmRef("Michael", 1996),
            FilmRef("Legend of the Guardians: The Owls of Ga'Hoole", 2010),
            FilmRef("Legend", 1985),
        ]
    )
    assert parse("jake gyllenhaal end of watch character", titles).films == (FilmRef("End of Watch", 2012),)
    assert parse("michael keaton one good cop character name", titles).films == (
        FilmRef("One Good Cop", 1991),
    )
    req = parse("jim sturges legend of the guardians voice role", titles)
    assert req.films == (FilmRef("Legend of the Guardians: The Owls of Ga'Hoole", 2010),)


def test_phrasings_from_the_session_20_blind_sets_once_read() -> None:
    titles = TitleIndex(
        [
            FilmRef("Dora and the Lost City of Gold", 2019),
            FilmRef("El Dorado", 1966),
            FilmRef("The Life and Death of Peter Sellers", 2004),
            FilmRef("Sonic the Hedgehog", 2020),
            FilmRef("Sonic the Hedgehog 2", 2022),
            FilmRef("But I'm a Cheerleader", 1999),
            FilmRef("Ant-Man and the Wasp: Quantumania", 2023),
            FilmRef("Ma", 2019),
            FilmRef("20,000 Leagues Under the Sea", 1916),
            FilmRef("20,000 Leagues Under the Sea", 1997),
            FilmRef("Finding Nemo", 2003),
            FilmRef("Colossal", 2017),
            FilmRef("Giant", 1956),
            FilmRef("Risen", 2016),
            FilmRef("Soldier", 1998),
        ]
    )
    # "the … movie": the film whose title holds those words (of several, a version word says which)
    assert parse("danny trejo voices who in the dora movie", titles).films == (
        FilmRef("Dora and the Lost City of Gold", 2019),
    )
    req = parse("who is stanley tucci playing in the peter sellers biopic", titles)
    assert (
        req.films == (FilmRef("The Life and Death of Peter Sellers", 2004),)
        and req.subject == "stanley tucci"
    )
    assert parse("who directed the new sonic movie", titles).films == (FilmRef("Sonic the Hedgehog 2", 2022),)
    # (not words set off after a title we lack)
    assert parse("who directed bring it on, the cheerleader movie from 2000", titles).films == ()
    # the new film of a series, by its first words
    assert parse("who plays kang in the new ant man movie", titles).films == (
        FilmRef("Ant-Man and the Wasp: Quantumania", 2023),
    )
    # a long one-word subtitle typed alone
    assert parse("quantumania writer", titles).films == (FilmRef("Ant-Man and the Wasp: Quantumania", 2023),)
    # a number with a thousands mark, typed with it or without
    for typed in (
        "20000 leagues under the sea 1954 who plays nemo",
        "20,000 leagues under the sea 1954 who plays nemo",
    ):
        req = parse(typed, titles)
        assert req.films == () and req.year == 1954 and req.mention is not None and "leagues" in req.mention
    # a title after "in" opening the message, then its question
    assert parse("in colossal where does the giant monster keep showing up", titles).films == (
        FilmRef("Colossal", 2017),
    )
    assert parse(
        "in risen the roman soldier goes looking for a missing body after what event", titles
    ).films == (FilmRef("Risen", 2016),)
    # the source asked of the film talked about
    req = parse("and who made the manga", titles)
    assert req.kind == "source" and not req.unknown_title
    assert parse("man friday with peter o'toole, what's the source", titles).kind == "source"
    # the part an actor plays, described before the name
    req = parse("whats the name of the rapper damon wayans plays", titles)
    assert (req.subject, req.subject_role, req.unknown_title) == ("damon wayans", "actor", False)


def test_the_part_asked_leaves_out_a_numbered_title_we_lack() -> None:
    titles = TitleIndex(
        [FilmRef("Doctor Strange", 2016), FilmRef("Doctor Strange in the Multiverse of Madness", 2022)]
    )
    req = parse("who plays america chavez in doctor strange 2", titles)
    assert req.subject == "america chavez" and req.unknown_title


def test_the_name_of_someone_in_the_story_asked_by_what_they_are() -> None:
    titles = TitleIndex([FilmRef("The Barefoot Contessa", 1954)])
    req = parse("what's the name of the spanish star in the barefoot contessa", titles)
    assert (req.kind, req.subject) == ("plot", None)
    assert parse("who plays the spanish star in the barefoot contessa", titles).kind == "cast"


def test_a_longer_title_around_a_title_we_have_is_one_we_lack() -> None:
    titles = TitleIndex([FilmRef("Mike's Murder", 1984), FilmRef("Family", 2019)])
    # words the title lacks open the message before a word of it and its year
    req = parse("more than murder 1984 stacy keach mike hammer plot", titles)
    assert req.films == () and req.unknown_title and req.year == 1984
    # an article the title lacks, then a word for someone: another noun phrase
    assert parse("the family man nicolas cage who directed it", titles).films == ()
    assert parse("who directed family", titles).films == (FilmRef("Family", 2019),)


def test_phrasings_from_the_session_20_last_blind_sets_once_read() -> None:
    titles = TitleIndex(
        [
            FilmRef("Kill Bill: Volume 2", 2004),
            FilmRef("Victim of Love", 1991),
            FilmRef("Æon Flux", 2005),
            FilmRef("Roman J. Israel, Esq.", 2017),
            FilmRef("Outrage", 1950),
            FilmRef("Outrage", 2009),
            FilmRef("Fast Five", 2011),
            FilmRef("Suez", 1938),
            FilmRef("The Wolfman", 2010),
            FilmRef("Condorman", 1981),
            FilmRef("The Bat", 1959),
            FilmRef("Frontier Marshal", 1934),
            FilmRef("Frontier Marshal", 1939),
            FilmRef("Wyatt Earp", 1994),
            FilmRef("The Phantom", 1943),
            FilmRef("The Phantom", 1996),
            FilmRef("Night of Mystery", 1937),
        ]
    )
    # "vol 2" is Volume 2 (not the initials of Victim of Love); "æ" typed "ae"; a name's suffix left out
    assert films_of(parse("kill bill vol 2 cast", titles)) == ["Kill Bill: Volume 2 (2004)"]
    assert films_of(parse("who plays aeon flux in the movie", titles)) == ["Æon Flux (2005)"]
    assert films_of(parse("roman j israel who plays the lawyer", titles)) == ["Roman J. Israel, Esq. (2017)"]
    # a word for what kind of film it is, after the title, is not the title's
    req = parse("who made the outrage documentary from 2009", titles)
    assert (req.kind, req.year, req.unknown_title) == (
        "director",
        2009,
        False,
    ) and "Outrage (2009)" in films_of(req)
    # who- and where-questions about the story's people, not the cast
    assert parse("who are they robbing in fast five", titles).kind == "plot"
    assert parse("in suez who is in charge of building the canal", titles).kind == "plot"
    assert parse("the wolfman 2010 where does the actor go back to", titles).kind == "plot"
    assert parse("condorman whats the name of the comic book artist", titles).kind == "plot"
    assert parse("who is in fast five", titles).kind == "cast"
    # what a story was first, asked with "what novel"
    assert parse("and what novel did the story start as", titles).kind == "source"
    # a version's year in two digits, a serial's year; the part named by a title after "plays"
    req = parse("and in the 39 one who plays wyatt earp", titles)
    assert (req.year, req.subject, req.films) == (1939, "wyatt earp", ())
    assert parse("who plays the phantom in the 1943 serial", titles).year == 1943
    # a role word asked of the film talked about
    assert parse("who's the bad guy in it").subject == "the bad guy"
    # a title's initials are no film talked past ("nom" is not Night of Mystery)
    assert parse("who got an oscar nom for it", titles).passed_over == ()


def test_a_title_typed_whole_with_a_slip_and_a_star_named_after_it() -> None:
    titles = TitleIndex(
        [
            FilmRef("Barbershop 2: Back in Business", 2004),
            FilmRef("Man of the Year", 2006),
            FilmRef("The Man", 1972),
        ]
    )
    req = parse("barbershop 2 back in buisness cast", titles)
    assert films_of(req) == ["Barbershop 2: Back in Business (2004)"] and req.aside is None
    req = parse("who wrote man of the year w robin williams", titles)
    assert (films_of(req), req.made_by, req.kind) == (["Man of the Year (2006)"], "robin williams", "writer")
    # a title's words in another order
    trial = TitleIndex([FilmRef("The Trial of the Chicago 7", 2020), FilmRef("Chicago", 2002)])
    assert films_of(parse("chicago 7 trial movie director", trial)) == ["The Trial of the Chicago 7 (2020)"]
    assert films_of(parse("who directed chicago", trial)) == ["Chicago (2002)"]
    # (not a title's own "with", nor a number after a title typed in its order)
    more = TitleIndex(
        [
            FilmRef("The Boy with Green Hair", 1948),
            FilmRef("The Boy", 2016),
            FilmRef("Kubo and the Two Strings", 2016),
        ]
    )
    req = parse("dean stockwell's character in the boy with green hair?", more)
    assert films_of(req) == ["The Boy with Green Hair (1948)"] and req.made_by is None
    req = parse("who directed kubo and the two strings 2", more)
    assert req.films == () and req.unknown_title


def test_the_part_asked_in_a_film_said_with_its_year_or_as_the_remake() -> None:
    titles = TitleIndex([FilmRef("Hairspray", 1988), FilmRef("Hairspray", 2007)])
    for typed in ("who plays tracy in the 1988 hairspray", "who plays tracy in the hairspray remake"):
        req = parse(typed, titles)
        assert (req.subject, req.subject_role) == ("tracy", "character"), typed


def test_a_title_inside_a_films_description_is_not_the_film_asked() -> None:
    titles = TitleIndex(
        [FilmRef("First Blood", 1982), FilmRef("A Christmas Carol", 1938), FilmRef("Ali", 2001)]
    )
    req = parse(
        "what's the english film about two schoolkids shooting their own homemade version of stallone's first blood",
        titles,
    )
    assert req.which_film and req.films == ()
    req = parse("musical christmas carol spoof where the ghost tries to fix a guy, will ferrell", titles)
    assert req.which_film and req.films == ()
    # (a person's film named is still that film)
    assert films_of(parse("the michael mann movie ali who stars", titles)) == ["Ali (2001)"]
    # a word of the title that is a possessive there
    snicket = TitleIndex([FilmRef("Lemony Snicket's A Series of Unfortunate Events", 2004)])
    assert parse("the lemony snicket movie, who's in it", snicket).films == (
        FilmRef("Lemony Snicket's A Series of Unfortunate Events", 2004),
    )


def test_the_leading_lady_is_the_cast_and_a_kind_of_film_names_no_film() -> None:
    titles = TitleIndex(
        [
            FilmRef("Gilda", 1946),
            FilmRef("The Disaster Artist", 2017),
            FilmRef("Flirting with Disaster", 1996),
        ]
    )
    assert parse("back to gilda - whos the leading lady", titles).kind == "cast"
    assert parse("2012 the disaster movie who directed", titles).films == ()


def test_who_a_group_in_the_story_is_a_story_question() -> None:
    assert (parse("who are the kidnappers in it").kind, parse("who are the kidnappers in it").focus) == (
        "plot",
        "who",
    )
    assert parse("who are the stars in it").kind == "cast"
    assert parse("who are the two leads").kind == "cast"


def test_the_actor_asked_about_without_the_words_around_the_name() -> None:
    titles = TitleIndex([FilmRef("Toy Story 4", 2019), FilmRef("The Muse", 1999)])
    assert parse("tony hale voices what character in toy story 4", titles).subject == "tony hale"
    req = parse("albert brooks character in the muse, what does he do", titles)
    assert (req.subject, req.subject_role) == ("albert brooks", "actor")
    # "what kind of job does X's character have": the part of that actor
    req = parse("what kind of job does nicolas cage's character have in it")
    assert (req.subject, req.subject_role) == ("nicolas cage", "actor")
    assert parse("what job does he have").subject is None


def test_the_one_film_of_a_title_asked_with_a_year_off_by_one() -> None:
    titles = TitleIndex(
        [FilmRef("Oculus", 2014), FilmRef("Brother", 2000), FilmRef("Heat", 1986), FilmRef("Heat", 1995)]
    )
    req = parse("oculus 2013 who plays the brother and sister", titles)
    assert films_of(req) == ["Oculus (2014)"], req
    # (of several films of a title, only the year typed)
    assert parse("heat 1996 director", titles).films == ()


def test_a_part_whose_job_is_directing_something_is_no_director_asked() -> None:
    assert parse("jaws hooper the art director - actor?", TITLES).kind == "cast"
    assert parse("jaws who was the director", TITLES).kind == "director"
    assert parse("jaws 1975 universal musical, director??", TITLES).kind == "director"


def test_good_at_something_in_the_story_is_no_verdict() -> None:
    assert parse("in rocky who helps him get good at boxing", TITLES).kind == "plot"
    assert parse("is rocky good at all", TITLES).kind == "verdict"
    assert parse("is rocky good", TITLES).kind == "verdict"
    # ("for good": for ever, in the story)
    assert parse("in alien what finally gets rid of the creature for good", TITLES).kind == "plot"


def test_a_title_where_the_actor_stands_leaves_the_film_asked_after_in() -> None:
    # "Big" is a title we have; "collateral damage", after "play in", is the film asked about
    req = parse("who does big play in collateral damage", TITLES)
    assert req.unknown_title and req.mention == "collateral damage" and not req.films
    assert parse("who does heat play in alien", TITLES).films == (FilmRef("Alien", 1979),)


def test_a_story_then_what_its_called_asks_for_a_film_even_beside_a_title() -> None:
    films = [*FILMS, FilmRef("Down to Earth", 1947)]
    req = parse(
        "travolta plays an angel who gets sent down to earth, what's that one called", TitleIndex(films)
    )
    assert req.which_film and not req.films
    assert parse("the one with the shark whats that called", TITLES).which_film
    assert not parse("alien was from some story, what was it called", TITLES).which_film


def test_who_wrote_the_original_novella_asks_for_the_source() -> None:
    films = [FilmRef("Jonathan Livingstone Seagull", 1973)]
    req = parse("jonathan livingstone seagull film - who wrote the original novella", TitleIndex(films))
    assert req.kind == "source" and req.films == (FilmRef("Jonathan Livingstone Seagull", 1973),)
    # "the original" alone is still the first version
    assert parse("and who was in the original", TITLES).version == "earlier"


def test_long_titles_typed_loosely_and_numbers_after_them() -> None:
    films = [
        FilmRef("Alexandra and the Terrible, Horrible, No Good, Very Bad Day", 2014),
        FilmRef("Two Weeks in Another Towne", 1962),
        FilmRef("The Towne", 2010),
        FilmRef("Dumb and Dumbest", 1994),
    ]
    titles = TitleIndex(films)
    req = parse("who wrote the alexandra terrible horrible day movie lol", titles)
    assert req.films == (films[0],)
    for question in ("two weeks in anotther towne director", "two weeks in anotther towne 62 directed by"):
        assert parse(question, titles).films == (films[1],), question
    # "to" between a title and the question ends a longer title, one we lack
    req = parse("dumb and dumbest to who directed", titles)
    assert req.unknown_title and req.mention == "dumb and dumbest to" and not req.films
    assert parse("dumb and dumbest who directed", titles).films == (films[3],)


def test_a_series_name_then_a_subtitle_none_of_its_films_has_is_a_film_we_lack() -> None:
    films = [
        FilmRef("The Lord of the Rinks: The Fellowship of the Rink", 2001),
        FilmRef("The Lord of the Rinks: The Return of the King", 2003),
        FilmRef("The Rink", 2002),
    ]
    titles = TitleIndex(films)
    req = parse("lord of the rinks two towers cast", titles)
    assert req.unknown_title and req.mention == "lord of the rinks two towers" and not req.films
    assert parse("lord of the rinks return of the king cast", titles).films == (films[1],)
    assert parse("who directed the rink", titles).films == (films[2],)


def test_a_part_number_inside_a_follow_up() -> None:
    assert parse("and who directed part 2", TITLES).sequel == 2
    assert parse("how about part iii, who plays mary", TITLES).sequel == 3


def test_lowercase_title_words_inside_a_story_name_no_film() -> None:
    titles = TitleIndex(
        [FilmRef("Remote Control", 1988), FilmRef("Two Brothers", 2004), FilmRef("Murder Mystery", 2019)]
    )
    for question in (
        "gerard butler sci fi where people remote control real prisoners like characters in a video game",
        "80s drama where the wife of the man running the jail helps two brothers sentenced to die break out",
        "murder mystery where each of the twelve suspects has a different star sign",
    ):
        req = parse(question, titles)
        assert req.which_film and req.films == (), question
    # a film asked of after its star, or said to be a title, stays the film
    assert films_of(parse("jim sturges remote control voice role", titles)) == ["Remote Control (1988)"]
    assert films_of(parse("the title two brothers refers to who", titles)) == ["Two Brothers (2004)"]


def test_where_the_film_talked_of_stands_in_its_series_is_no_which_film_question() -> None:
    for question in ("which film in the maisie series is it, like number what", "what movie comes after it"):
        assert not parse(question, TITLES).which_film, question
    assert parse("which movie has a shark and the town hunts it", TITLES).which_film


def test_a_title_the_talk_turns_to_set_off_then_asked_of() -> None:
    titles = TitleIndex([FilmRef("Kids", 1995), *FILMS])
    assert films_of(parse("and kids? who directed that", titles)) == ["Kids (1995)"]


def test_a_part_played_in_the_film_pointed_at_is_no_title() -> None:
    titles = TitleIndex([FilmRef("The Boxer", 1997), FilmRef("The Phantom", 1943), *FILMS])
    req = parse("and who played the boxer in the first one", titles)
    assert req.films == () and req.subject == "the boxer in the first 1" and req.sequel == 1
    assert films_of(parse("who plays the phantom in the 1943 film", titles)) == ["The Phantom (1943)"]


def test_a_title_we_lack_with_a_verb_of_being_inside_it() -> None:
    req = parse("whos the bond in diamonds are forever", TITLES)
    assert req.unknown_title and req.mention == "diamonds are forever"
    assert films_of(
        parse("who's the bond in diamonds are forever", TitleIndex([FilmRef("Diamonds Are Forever", 1971)]))
    )


def test_titles_we_lack_with_a_count_or_a_short_year() -> None:
    titles = TitleIndex([FilmRef("Ronin", 1998), FilmRef("House", 1986), FilmRef("Dredd", 2012)])
    for question, said in (
        ("47 ronin cast", "47 ronin"),
        ("house of 1000 corpses who wrote it", "house of 1000 corpses"),
    ):
        req = parse(question, titles)
        assert req.unknown_title and req.mention == said and not req.films, question
    req = parse("judge dredd 95 stallone who's the bad guy", titles)
    assert req.unknown_title and req.mention == "judge dredd" and req.year == 1995


def test_a_title_then_its_year_in_two_digits_outweighs_a_title_later_in_the_question() -> None:
    titles = TitleIndex([FilmRef("Bean", 1997), FilmRef("America", 1924)])
    req = parse("bean 97 what painting does he have to present in america", titles)
    assert films_of(req) == ["Bean (1997)"] and not req.unknown_title
    # a title we lack, then the year it came out asked with its verb: the verb is no part of the title
    req = parse("zorgon returns came out what year", titles)
    assert req.unknown_title and req.mention == "zorgon returns"
    # (two digits that are not its year leave the title later in the question its chance)
    assert films_of(parse("who directed america 24", titles)) == ["America (1924)"]


def test_the_first_film_of_a_series_we_have_only_the_sequel_of() -> None:
    titles = TitleIndex([FilmRef("Under Siege 2: Dark Territory", 1995)])
    for question in ("under siege seagal, what ship does it happen on", "who directed under siege"):
        req = parse(question, titles)
        assert req.unknown_title and req.mention == "under siege" and not req.films, question
    assert films_of(parse("who directed under siege 2", titles)) == ["Under Siege 2: Dark Territory (1995)"]


def test_keyword_source_and_series_questions() -> None:
    titles = TitleIndex([FilmRef("Adam and Eva", 1923), FilmRef("Hers to Hold", 1943)])
    assert parse("adam and eva 1923 source play", titles).kind == "source"
    assert parse("hers to hold is part of which trilogy", titles).kind == "plot"


def test_words_after_a_title_saying_what_kind_of_film_and_where_from() -> None:
    titles = TitleIndex([FilmRef("Loveless", 2018), FilmRef("Bataan", 1943), FilmRef("Love", 1920)])
    req = parse("loveless russian movie who plays the parents", titles)
    assert films_of(req) == ["Loveless (2018)"] and req.aside == "russian"
    req = parse("bataan ww2 movie who's in it", titles)
    assert films_of(req) == ["Bataan (1943)"] and req.aside is None


def test_words_in_brackets_ending_a_title_may_be_left_out() -> None:
    titles = TitleIndex([FilmRef("The Human Centipede 2 (Full Sequence)", 2011), FilmRef("Birdman", 2014)])
    assert films_of(parse("human centipede 2 who wrote it", titles)) == [
        "The Human Centipede 2 (Full Sequence) (2011)"
    ]
    # (not a title cut to a joining word: "Birdman or (The Unexpected …)")
    assert not TitleIndex([FilmRef("Birdman or (The Unexpected Virtue of Ignorance)", 2014)]).titled(
        "birdman or"
    )


def test_who_is_someone_doing_something_asks_the_story() -> None:
    titles = TitleIndex([FilmRef("Star Trek V: The Final Frontier", 1989)])
    req = parse("in star trek 5 who is the vulcan looking for god", titles)
    assert req.kind == "plot" and req.subject is None
    assert parse("who is the vulcan in star trek 5", titles).kind == "cast"


def test_a_follow_up_asking_what_the_film_talked_of_comes_from_and_who_plays() -> None:
    assert not parse("what cartoon is it based on", TITLES).which_film
    titles = TitleIndex([FilmRef("Elvis", 1979), *FILMS])
    assert parse("elvis plays 2 guys in it right? who are they", titles).films == ()
    # an actor in a film, then "plays": the film stays
    assert films_of(parse("al pacino in heat plays who", TITLES)) == ["Heat (1995)"]


def test_the_follow_up_to_a_film_and_the_series_it_started() -> None:
    titles = TitleIndex([FilmRef("The Robe", 1953), *FILMS])
    req = parse("which 50s biblical epic was the follow-up to the robe, victor mature again", titles)
    assert req.sequel == 0 and films_of(req) == ["The Robe (1953)"]  # the film after the one named
    assert not parse("which film series did it start", TITLES).which_film


def test_a_version_said_by_its_year_and_kind_or_by_a_star_whose_name_looks_like_a_title() -> None:
    titles = TitleIndex(
        [FilmRef("The Long Chance", 1922), FilmRef("Up", 2009), FilmRef("High School", 1940), *FILMS]
    )
    req = parse("what about the 1945 mystery, what book is that from", titles)
    assert (req.kind, req.year, req.made_by, req.unknown_title) == ("source", 1945, "mystery", False)
    req = parse("and who directed the 1922 western", titles)
    assert (req.kind, req.year, req.made_by) == ("director", 1922, "western")
    # a year and a kind before a title are no version asked of the film talked about
    assert parse("who directed the 1979 thriller alien", titles).made_by is None
    # a name read as a title only by a typo is the star's ("lon chaney", not The Long Chance)
    req = parse("and the lon chaney one who directed that", titles)
    assert (req.made_by, req.films) == ("lon chaney", ())
    assert parse("ok and the documentary one, what was it up for", titles).made_by == "documentary"
    assert parse("wasnt there an older silent version too? who directed that", titles).made_by == "silent"


def test_a_long_title_opening_with_my_and_a_title_the_story_is_about() -> None:
    titles = TitleIndex([FilmRef("My Big Fat Greek Wedding", 2002), FilmRef("High School", 1940), *FILMS])
    req = parse("nia vardalos character in my big fat greek wedding", titles)
    assert (req.kind, req.subject, req.films) == (
        "cast",
        "nia vardalos",
        (FilmRef("My Big Fat Greek Wedding", 2002),),
    )
    req = parse("movie with halle berry and jim belushi about high school kids building a solar car", titles)
    assert req.which_film and not req.films


def test_a_question_of_the_film_named_after_its_title_and_movie_where() -> None:
    titles = TitleIndex([FilmRef("The Loud House Movie", 2021), FilmRef("House", 1986), *FILMS])
    req = parse("loud house movie where do the louds travel to", titles)
    assert (req.kind, req.focus, req.films) == ("plot", "where", (FilmRef("The Loud House Movie", 2021),))
    # a story told after "movie where" still asks which film
    assert parse("the movie where a shark eats people", titles).which_film


def test_people_asked_to_show_up_in_the_film_talked_about_are_no_title() -> None:
    titles = TitleIndex([FilmRef("The Three Stooges", 2012), *FILMS])
    req = parse("do the three stooges show up in it", titles)
    assert req.films == () and req.refers_back


def test_words_between_in_and_a_one_word_title_ending_the_question() -> None:
    titles = TitleIndex([FilmRef("Harlow", 1965), *FILMS])
    req = parse("who plays the mom in lanterns over harlow", titles)
    assert (req.leading, req.films) == ("lanterns over", (FilmRef("Harlow", 1965),))
    assert parse("who plays the mom in harlow", titles).leading is None


def test_a_typo_in_a_title_opening_with_my_and_holding_is() -> None:
    titles = TitleIndex([FilmRef("My Best Friend Is a Vampire", 1987), FilmRef("Best Friends", 1982), *FILMS])
    for question in ("my best freind is a vampire director", "who directed my best freind is a vampire"):
        assert parse(question, titles).films == (FilmRef("My Best Friend Is a Vampire", 1987),)


def test_how_many_parts_someone_plays_is_a_count_the_reviews_tell() -> None:
    titles = TitleIndex([FilmRef("The Family Jewels", 1965), FilmRef("Dead of Winter", 1987), *FILMS])
    for question in (
        "how many characters does jerry lewis play in the family jewels",
        "mary steenburgen plays how many parts in dead of winter",
    ):
        assert parse(question, titles).kind == "plot"
    assert parse("who does jerry lewis play in the family jewels", titles).kind == "cast"


def test_story_questions_whoever_they_name_beside() -> None:
    titles = TitleIndex([FilmRef("Luck by Chance", 2009), FilmRef("Wings in the Dark", 1935), *FILMS])
    for question in (
        "luck by chance the guy moves to which city to be an actor",
        "wings in the dark whats unusual about the main character",
        "luck by chance who is vikram sent to rescue",
    ):
        assert parse(question, titles).kind == "plot", question
    assert parse("luck by chance who plays the actor", titles).kind == "cast"


def test_a_kind_before_the_year_and_when_it_came_out_asked_last() -> None:
    titles = TitleIndex([FilmRef("The Patsy", 1928), FilmRef("The Patsy", 1964), *FILMS])
    req = parse("and who directed the silent 1917 one", titles)
    assert (req.kind, req.year) == ("director", 1917)
    req = parse("the patsy jerry lewis when did it come out", titles)
    assert not req.which_film and req.films and req.films[0].title == "The Patsy"


def test_a_subtitle_set_off_by_a_comma_then_a_statement_asking_what() -> None:
    titles = TitleIndex(
        [FilmRef("Star Wars: Episode I – The Phantom Menace", 1999), FilmRef("The Queen", 2006), *FILMS]
    )
    req = parse("phantom menace, the queen is from what planet", titles)
    assert req.films == (FilmRef("Star Wars: Episode I – The Phantom Menace", 1999),) and req.kind == "plot"


def test_a_two_word_title_opening_before_its_question_wins_over_its_first_word() -> None:
    titles = TitleIndex([FilmRef("Love Happens", 2009), FilmRef("Love", 1920), *FILMS])
    req = parse("love happens who wrote the script", titles)
    assert req.films == (FilmRef("Love Happens", 2009),) and req.kind == "writer"


def test_a_one_word_title_typed_on_by_to_or_of_is_a_longer_title_we_lack() -> None:
    titles = TitleIndex([FilmRef("Addicted", 2014), *FILMS])
    req = parse("addicted to love meg ryan - who's the co-star", titles)
    assert req.unknown_title and not req.films and req.mention == "addicted to love"
    assert parse("heat 1995 cast", titles).films == (FilmRef("Heat", 1995),)


def test_leads_asked_keyword_style_and_a_film_written_by_an_author() -> None:
    titles = TitleIndex([FilmRef("The Big Street", 1942), FilmRef("Robot Jox", 1990), *FILMS])
    assert parse("the big street (1942) leads?", titles).kind == "cast"
    assert parse("robot jox was co-written by which sci fi author", titles).kind == "writer"
    # the author of the book it is based on is still the source's
    assert parse("the book robot jox is based on was written by which author", titles).kind == "source"


def test_the_version_named_by_two_stars_and_the_work_it_follows() -> None:
    titles = TitleIndex([FilmRef("I Take This Woman", 1931), FilmRef("I Take This Woman", 1940), *FILMS])
    req = parse("who directed i take this woman, the gary cooper carole lombard one", titles)
    assert req.made_by == "gary cooper carole lombard" and req.kind == "director"
    req = parse("and the book it follows is by who", titles)
    assert req.kind == "source" and not req.unknown_title and req.refers_back


def test_what_a_part_does_in_the_story_is_a_plot_question() -> None:
    titles = TitleIndex([FilmRef("The Last Movie", 1971), FilmRef("Falling Down", 1993), *FILMS])
    req = parse("the last movie - what does hopper's character end up starting among the natives", titles)
    assert req.kind == "plot" and req.films == (FilmRef("The Last Movie", 1971),)
    # what the part is stays a cast question
    assert parse("falling down what does douglas's character do for a living", titles).kind == "cast"


def test_where_a_film_stands_in_its_series_is_asked_of_its_story() -> None:
    titles = TitleIndex([FilmRef("Mysterious Mr. Moto", 1938), *FILMS])
    assert parse("mysterious mr moto which one in the series is it", titles).kind == "plot"
    req = parse("back to mysterious mr moto - which one in the series is it", titles)
    assert req.kind == "plot" and req.cued
    assert parse("its a continuation of which of his older films?", titles).kind == "plot"


def test_voices_described_are_parts_asked() -> None:
    req = parse("in stop look and laugh who does the female voices for the chimps", TITLES)
    assert (req.kind, req.subject, req.subject_role) == ("cast", "female voices", "character")


def test_the_parts_of_two_actors_asked_at_once() -> None:
    titles = TitleIndex([FilmRef("Ring of Fear", 1954), *FILMS])
    req = parse("ring of fear 1954 - who do clyde beatty and mickey spillane play", titles)
    assert (req.kind, req.subject, req.subject_role) == ("cast", "clyde beatty and mickey spillane", "actor")
    req = parse("what parts do al pacino and robert de niro play in heat", titles)
    assert (req.subject, req.subject_role) == ("al pacino and robert de niro", "actor")


def test_a_year_typed_after_a_title_is_that_titles_not_the_next_titles() -> None:
    titles = TitleIndex([FilmRef("Exposed", 1932), FilmRef("Exposed", 1983), FilmRef("Keanu", 2016), *FILMS])
    # "exposed 2016": a version we lack, never Keanu (2016), whose title is the star's first name
    req = parse("exposed 2016 keanu reeves who directed", titles)
    assert (req.films, req.mention, req.year) == ((), "exposed", 2016)
    assert parse("exposed 1983 keanu reeves who directed", titles).films == (FilmRef("Exposed", 1983),)
    assert parse("who directed 1998 godzilla", titles).films == (FilmRef("Godzilla", 1998),)


def test_a_possessive_typed_without_its_apostrophe_asks_that_actors_part_or_job() -> None:
    titles = TitleIndex(
        [FilmRef("Texas Lady", 1955), FilmRef("Woman Wanted", 1935), FilmRef("Headhunters", 2011), *FILMS]
    )
    req = parse("texas lady - whats claudette colberts job in it", titles)
    assert (req.kind, req.subject, req.subject_role) == ("cast", "claudette colberts", "actor")
    req = parse("whats maureen o sullivans part in woman wanted", titles)
    assert (req.kind, req.subject, req.subject_role) == ("cast", "maureen o sullivans", "actor")
    # (a title ending in "s" after a name is no possessive)
    assert "headhunters" not in (parse("aksel hennie headhunters role", titles).subject or "")


def test_a_tag_question_and_a_film_called_something_are_no_titles() -> None:
    titles = TitleIndex([FilmRef("They", 2002), FilmRef("Dudley Do-Right", 1999), *FILMS])
    req = parse("its from a novel right, by who", titles)
    assert (req.kind, req.unknown_title, req.refers_back) == ("source", False, True)
    assert parse("dudley do right cast", titles).films == (FilmRef("Dudley Do-Right", 1999),)
    # the words after "called" are the title, however common
    req = parse("the 2002 horror movie called they, who's in it", titles)
    assert (req.kind, req.films) == ("cast", (FilmRef("They", 2002),))
    # as are the words right after the word for a film, set off by a comma
    titles = TitleIndex([FilmRef("May", 2003), *FILMS])
    req = parse("in the horror film may, who plays the lonely messed up girl", titles)
    assert (req.kind, req.films, req.subject) == (
        "cast",
        (FilmRef("May", 2003),),
        "the lonely messed up girl",
    )
    assert not parse("the film about a shark, who directed it", titles).films
    # (and after a kind of film: "the 1925 silent comedy called don't")
    titles = TitleIndex([FilmRef("Don't", 1925), FilmRef("Comedy", 2012), *FILMS])
    req = parse("the 1925 silent comedy called don't - who directed it", titles)
    assert (req.kind, req.films) == ("director", (FilmRef("Don't", 1925),))


def test_a_film_also_known_by_another_title_is_the_one_we_hold() -> None:
    titles = TitleIndex([FilmRef("Monstrosity", 1964), *FILMS])
    monstrosity = (FilmRef("Monstrosity", 1964),)
    for question in (
        "monstrosity aka the atomic brain who directed it",
        "the atomic brain aka monstrosity who directed it",
        "who directed the atomic brain a.k.a. monstrosity",
        "who directed monstrosity (also known as the atomic brain)",
    ):
        req = parse(question, titles)
        assert (req.kind, req.films, req.unknown_title) == ("director", monstrosity, False), question
    # neither title held: a film we lack
    assert parse("who directed the atomic brain aka the brain snatchers", titles).unknown_title


def test_keyword_style_source_questions_and_the_leading_lady() -> None:
    titles = TitleIndex(
        [FilmRef("White Shadows in the South Seas", 1928), FilmRef("A Flea in Her Ear", 1968), *FILMS]
    )
    req = parse("white shadows in the south seas source material?", titles)
    assert (req.kind, req.films) == ("source", (FilmRef("White Shadows in the South Seas", 1928),))
    assert parse("a flea in her ear 1968 original play by", titles).kind == "source"
    req = parse("who's the leading lady", titles)
    assert (req.kind, req.subject, req.unknown_title) == ("cast", "the leading lady", False)


def test_a_persons_film_said_after_the_title_names_the_version() -> None:
    titles = TitleIndex([FilmRef("True Stories", 1986), FilmRef("Gordy", 1995), *FILMS])
    req = parse("true stories the david byrne movie, who acted in it with him", titles)
    assert (req.films, req.made_by) == ((FilmRef("True Stories", 1986),), "david byrne")
    # (one word before "movie" set off is what the film is about, not whose it is)
    assert parse("gordy the pig movie, who's the shady businessman", titles).made_by is None


def test_the_last_or_first_film_of_a_series_said_by_a_word_of_its_titles() -> None:
    torchy = [
        FilmRef("Torchy Blane in Panama", 1938),
        FilmRef("Torchy Gets Her Man", 1938),
        FilmRef("Torchy Blane... Playing with Dynamite", 1939),
    ]
    titles = TitleIndex([*torchy, *FILMS])
    req = parse("ok what about the last torchy movie, who played torchy there", titles)
    assert (req.films, req.subject) == ((torchy[2],), "torchy")
    assert parse("who directed the first torchy movie", titles).films == (torchy[0],)


def test_a_title_of_ours_inside_a_longer_title_typed_keyword_style_is_a_film_we_lack() -> None:
    titles = TitleIndex([FilmRef("High School", 1940), FilmRef("The Jerk", 1979), *FILMS])
    req = parse("romy and micheles high school reunion director", titles)
    assert (req.films, req.unknown_title) == ((), True)
    assert req.mention == "romy and micheles high school reunion"
    # its star before it, or a year after it, is no longer title
    assert parse("steve martin the jerk 1979 cast", titles).films == (FilmRef("The Jerk", 1979),)
    assert parse("who directed high school", titles).films == (FilmRef("High School", 1940),)


def test_where_a_film_is_from_and_its_kind_between_title_and_question() -> None:
    titles = TitleIndex([FilmRef("Settai", 2013), FilmRef("The Shooting", 1967), FilmRef("They", 2002)])
    req = parse("settai tamil film - which city did they start shooting in", titles)
    assert (req.films, req.focus) == ((FilmRef("Settai", 2013),), "where")
    titles = TitleIndex([FilmRef("Day of the Wolves", 1971), FilmRef("Heist", 2001)])
    req = parse("the 71 heist flick day of the wolves was shot in which brand-new arizona town", titles)
    assert req.films == (FilmRef("Day of the Wolves", 1971),) and not req.which_film


def test_a_one_word_title_running_on_to_its_question_is_a_longer_title() -> None:
    titles = TitleIndex([FilmRef("Ride", 1998), FilmRef("The Wild", 2006)])
    req = parse("ride the wild surf whats it about", titles)
    assert req.unknown_title and req.mention == "ride the wild surf" and not req.films


def test_a_persons_name_is_no_typo_of_a_title() -> None:
    titles = TitleIndex([FilmRef("John Carter", 2012), FilmRef("Elvis", 1979)])
    req = parse("who played elvis in the john carpenter tv movie", titles)
    assert FilmRef("John Carter", 2012) not in req.films
    assert parse("who directed jon carter", titles).films == (FilmRef("John Carter", 2012),)


def test_an_okina_is_typed_as_nothing() -> None:
    titles = TitleIndex([FilmRef("Finding ʻOhana", 2021)])
    assert parse("finding ohana is basically a remake of which 80s movie", titles).films == (
        FilmRef("Finding ʻOhana", 2021),
    )


def test_kinds_asked_by_billing_by_a_first_script_and_keyword_style() -> None:
    for question, kind in (
        ("tnt jackson was originally written by which actor", "writer"),
        ("who originally wrote the story of tnt jackson", "source"),
        ("tnt jackson play by", "source"),
        ("who headlined tnt jackson", "cast"),
        ("tnt jackson 1974 male lead", "cast"),
        ("tnt jackson who is the writer trying to track down", "plot"),
    ):
        assert parse(question, TitleIndex([FilmRef("TNT Jackson", 1974)])).kind == kind, question


def test_a_version_named_by_its_star_said_to_share_the_title() -> None:
    assert parse("and the alice brady one with the same name", TITLES).made_by == "alice brady"


def test_a_title_played_as_a_part_then_the_film_after_in() -> None:
    # (the star's name says which of the title's versions)
    cleopatras = [FilmRef("Cleopatra", 1917), FilmRef("Cleopatra", 1963)]
    titles = TitleIndex([FilmRef("Julius Caesar", 1953), *cleopatras])
    req = parse("who played julius caesar in the theda bara cleopatra", titles)
    assert (req.films, req.made_by, req.kind) == (tuple(cleopatras), "theda bara", "cast")


def test_a_long_titles_main_part_after_the_actors_name_opening_the_message() -> None:
    film = FilmRef("Master and Commander: The Far Side of the World", 2003)
    req = parse(
        "paul bettany master and commander who does he play", TitleIndex([film, FilmRef("Paul", 2011)])
    )
    assert req.films == (film,)


def test_an_actor_plays_which_of_a_group() -> None:
    req = parse(
        "jamie bell plays which of the bielski brothers in defiance", TitleIndex([FilmRef("Defiance", 2008)])
    )
    assert (req.kind, req.subject, req.subject_role) == ("cast", "jamie bell", "actor")


def test_a_kind_of_work_is_no_title_nor_the_s_of_its() -> None:
    titles = TitleIndex([FilmRef("Broadway", 1929), FilmRef("Broadway", 1942), FilmRef("She", 1935)])
    for question in (
        "it's from a broadway play right?",
        "its from a broadway play",
        "is it based on a broadway musical",
    ):
        req = parse(question, titles)
        assert (req.kind, req.mention, req.unknown_title) == ("source", None, False), question


def test_a_count_set_off_after_a_title_word_is_no_sequel_we_lack() -> None:
    titles = TitleIndex([FilmRef("Romance", 1920)])
    req = parse(
        "90s indie romance, two teen girls from totally different worlds falling for each other", titles
    )
    assert not req.unknown_title and req.mention is None
    assert parse("romance 2 cast", titles).unknown_title  # (typed as a number after it: a sequel we lack)


def test_a_typo_of_a_few_letters_in_a_long_word_is_still_a_typo() -> None:
    titles = TitleIndex([FilmRef("Midnight Cowboy", 1969), FilmRef("Cowboy", 1958), FilmRef("Powder", 1995)])
    assert parse("who plays ratso in midnite cowboy", titles).films == (FilmRef("Midnight Cowboy", 1969),)
    # (the title part of its own film, named again after "in")
    assert parse("who plays powder in the 1995 movie powder", titles).films == (FilmRef("Powder", 1995),)
    # two letters swapped, the very same letters ("abeline" for Abilene)
    showdown = TitleIndex([FilmRef("Showdown at Abilene", 1956), FilmRef("The Showdown", 1940)])
    req = parse("hey who directed showdown at abeline", showdown)
    assert req.films == (FilmRef("Showdown at Abilene", 1956),) and not req.unknown_title


def test_a_story_opened_by_that_or_told_as_whose_life_is_a_which_film_question() -> None:
    titles = TitleIndex([FilmRef("Swanee River", 1939), FilmRef("Pacer", 2010)])
    for question in (
        "what's the movie about that famous harness racing pacer from the early 1900s, dennis o'keefe",
        "the 50s republic biopic of richard wagner, whats it called",
    ):
        assert parse(question, titles).which_film, question
    # (a biopic of someone asked of a film named is no which-film question; "what's the movie about"
    # alone asks the plot of the film talked about)
    assert not parse("swanee river from 39 is a biopic of which songwriter", titles).which_film
    assert not parse("what's the movie about", titles).which_film


def test_black_and_white_before_a_genre_is_the_kind_of_film_not_a_title() -> None:
    titles = TitleIndex([FilmRef("Black and White", 1999)])
    req = parse("old black and white sci fi about an expedition deep under the earth", titles)
    assert req.films == () and req.mention is None


def test_a_numbered_film_of_a_series_we_hold_another_number_of_is_one_we_lack() -> None:
    titles = TitleIndex([FilmRef("The Hangover Part II", 2011), FilmRef("Three", 2007)])
    for question in ("hangover 3 release year", "when did hangover 3 come out"):
        req = parse(question, titles)
        assert (req.unknown_title, req.mention, req.films) == (True, "hangover 3", ()), question
    assert parse("hangover 2 release year", titles).films == (FilmRef("The Hangover Part II", 2011),)


def test_not_the_name_one_says_which_version_is_not_meant() -> None:
    titles = TitleIndex([FilmRef("The Silver Streak", 1934), FilmRef("Silver Streak", 1976)])
    req = parse("silver streak (not the gene wilder one) year?", titles)
    assert req.not_made_by == "gene wilder" and req.made_by is None and req.films
    # (and the rest read whole: the version meant, said beside it)
    req = parse("i mean the tim mccoy one from 34, not the wyler one", titles)
    assert (req.made_by, req.not_made_by) == ("tim mccoy", "wyler")


def test_a_subtitle_or_opening_words_set_off_from_the_question_make_a_longer_title() -> None:
    titles = TitleIndex([FilmRef("Poison Ivy", 1992), FilmRef("South Central", 1992), FilmRef("Jaws", 1975)])
    # (the words are checked against the film's reviews when it is resolved: a film they do not
    # describe is not the one asked about)
    assert parse("poison ivy the new seduction - who's the lead", titles).aside == "the new seduction"
    assert parse("dont be a menace to south central - who wrote it", titles).leading == "dont be a menace to"
    assert parse("poison ivy the new seduction, who voiced ivy", titles).aside == "the new seduction"
    # (which version, by its kind: "the lost silent")
    assert parse("poison ivy the lost silent, which war is it set during", titles).aside is None
    # (the part asked about: "who plays him")
    assert parse("poison ivy the blind old hermit - who plays him", titles).aside is None
    # (which version, or what is asked of the film, is no longer title)
    for question in ("jaws the shark one, who directed", "the music for jaws, who did it"):
        req = parse(question, titles)
        assert (req.films, req.aside, req.leading) == ((FilmRef("Jaws", 1975),), None, None), question


def test_the_one_of_two_names_joined_by_and_says_which_version() -> None:
    titles = TitleIndex([FilmRef("The Midnight Patrol", 1932), FilmRef("The Midnight Patrol", 1933)])
    req = parse("and the laurel and hardy one, when did that come out", titles)
    assert req.made_by == "laurel and hardy"
    # (an "and" opening or closing the words joins no names)
    assert parse("and the one, when did that come out", titles).made_by is None


def test_what_is_asked_keyword_style_after_a_title_and_its_star_is_no_story() -> None:
    titles = TitleIndex([FilmRef("A Gentleman of Paris", 1927)])
    req = parse("a gentleman of paris w adolphe menjou, source material?", titles)
    assert (req.kind, req.which_film, req.films) == (
        "source",
        False,
        (FilmRef("A Gentleman of Paris", 1927),),
    )


def test_chat_words_around_a_follow_up_are_no_title() -> None:
    titles = TitleIndex([FilmRef("Cool as Ice", 1991), FilmRef("It", 2017), FilmRef("Creed", 2015)])
    for question, kind in (
        ("cool who wrote it", "writer"),
        ("who's credited as director tho", "director"),
        ("who co-wrote it w mccarthy", "writer"),
    ):
        req = parse(question, titles)
        assert (req.kind, req.mention, req.unknown_title) == (kind, None, False), question


def test_the_kind_of_film_one_with_a_star_says_which_version() -> None:
    titles = TitleIndex([FilmRef("Two of a Kind", 1951), FilmRef("Two of a Kind", 1983)])
    req = parse("nah the 1951 crime one with lizabeth scott. director?", titles)
    assert (req.kind, req.made_by) == ("director", "lizabeth scott")


def test_a_true_story_or_the_female_lead_is_no_title() -> None:
    titles = TitleIndex([FilmRef("True Story", 2015), FilmRef("Female", 1933), FilmRef("Megaville", 1990)])
    req = parse("is it based on a true story?", titles)
    assert (req.kind, req.films, req.unknown_title) == ("source", (), False)
    assert parse("who directed true story", titles).films == (FilmRef("True Story", 2015),)
    for question in ("and the female lead?", "and who's the female lead"):
        req = parse(question, titles)
        assert (req.kind, req.films, req.unknown_title) == ("cast", (), False), question
    assert parse("megaville lead actor", titles).films == (FilmRef("Megaville", 1990),)


def test_words_joining_on_before_a_title_asked_keyword_style_open_a_longer_one() -> None:
    titles = TitleIndex([FilmRef("Planet of the Apes", 1968), FilmRef("Seize the Day", 1986)])
    assert parse("war for the planet of the apes director", titles).leading == "war for"
    # (a return to the film talked about, after chatter, is no title)
    req = parse("ok back to seize the day - whos in that", titles)
    assert req.leading is None and req.films == (FilmRef("Seize the Day", 1986),)


def test_a_long_title_we_lack_asked_keyword_style_is_no_story() -> None:
    req = parse(
        "the night the lights went out in georgia cast", TitleIndex([FilmRef("Friday Night Lights", 2004)])
    )
    assert (req.kind, req.which_film, req.unknown_title) == ("cast", False, True)


def test_words_before_a_title_that_ends_the_question_or_opens_it_may_be_a_longer_title() -> None:
    titles = TitleIndex(
        [
            FilmRef("Benji", 1974),
            FilmRef("Battleground", 1949),
            FilmRef("Woman", 1918),
            FilmRef("The Three Stooges", 2012),
        ]
    )
    # (read against the film's people when it is resolved)
    assert parse("who directed for the love of benji", titles).leading == "for the love of"
    assert parse("who's in the marine 5 battleground", titles).leading == "the marine 5"
    assert parse("the unchastened woman who was the director", titles).leading == "the unchastened"
    assert parse("three little pirates three stooges who directed", titles).leading == "three little pirates"
    # which version, what of it, or no words at all: the film itself
    for question in (
        "who directed benji",
        "who did the music for benji",
        "who's in the 1974 benji",
        "who's in the original benji",
        "who plays the mom in benji",
    ):
        req = parse(question, titles)
        assert req.leading is None and req.films == (FilmRef("Benji", 1974),), question


def test_a_title_going_on_with_a_word_and_a_number_is_a_longer_one() -> None:
    titles = TitleIndex([FilmRef("Class", 1983), FilmRef("The Gallows", 2015), FilmRef("Heat", 1995)])
    req = parse("class of 44 cast", titles)
    assert (req.films, req.unknown_title, req.mention) == ((), True, "class of 44")
    assert parse("the gallows act 2 who wrote it", titles).films == ()
    assert parse("class cast", titles).films == (FilmRef("Class", 1983),)
    # (a year is the film's own: "heat pacino 95")
    assert parse("heat pacino 95 cast", titles).films == (FilmRef("Heat", 1995),)


def test_a_title_with_its_words_joined_or_split_is_found_by_its_year() -> None:
    titles = TitleIndex(
        [
            FilmRef("Stardust", 2007),
            FilmRef("Star Dust", 1940),
            FilmRef("The Roughneck", 1924),
            FilmRef("The Rough Neck", 1919),
            FilmRef("Little Tough Guy", 1938),
            FilmRef("Tuff Turf", 1985),
        ]
    )
    assert titles.resolve("stardust (1940)").film == FilmRef("Star Dust", 1940)
    assert titles.resolve("the roughneck (1919)").film == FilmRef("The Rough Neck", 1919)
    assert titles.resolve("stardust").film == FilmRef("Stardust", 2007)
    assert titles.resolve("stardust (1950)").film is None
    # "tuff" is how people type "tough" (and Tuff Turf is still found as typed)
    assert films_of(parse("when was little tuff guy released", titles)) == ["Little Tough Guy (1938)"]
    assert films_of(parse("tuff turf cast", titles)) == ["Tuff Turf (1985)"]


def test_a_typo_in_a_title_opening_with_a_pronoun_and_a_longer_title_running_left() -> None:
    titles = TitleIndex(
        [
            FilmRef("Her Cardboard Lover", 1942),
            FilmRef("Death Wish V: The Face of Death", 1994),
            FilmRef("Bleed for This", 2016),
            FilmRef("The Revenge of Frankenstein", 1958),
        ]
    )
    assert films_of(parse("her cardbord lover director?", titles)) == ["Her Cardboard Lover (1942)"]
    # a word of a name and "of" before a title of three words: a longer title we lack
    assert parse("what year is the worst of faces of death", titles).films == ()
    # (not what is done for a film: "behind the camera for")
    assert films_of(parse("who was behind the camera for bleed for this", titles)) == [
        "Bleed for This (2016)"
    ]
    # (a word and "one" set off after the title say which version, not a numbered film)
    req = parse("the revenge of frankenstein, hammer one, director pls", titles)
    assert films_of(req) == ["The Revenge of Frankenstein (1958)"]


def test_story_questions_about_a_named_person_a_heist_score_and_what_a_doc_is_about() -> None:
    titles = TitleIndex(
        [FilmRef("Time After Time", 1979), FilmRef("The Town", 2010), FilmRef("Message to Love", 1995)]
    )
    # someone named, then what they do to whom in the story: not who plays them
    req = parse("who is hg wells chasing in time after time (1979)", titles)
    assert (req.kind, req.subject) == ("plot", None)
    # a heist's last score is its haul, not the critics' score
    assert parse("in the town with ben affleck what do they rob for the last score", titles).kind == "plot"
    assert parse("whats the critics score for the town", titles).kind == "verdict"
    # what a film named is about, asked last: not a film to find by its story
    req = parse("message to love is a doc about what festival", titles)
    assert (req.kind, req.which_film, films_of(req)) == ("plot", False, ["Message to Love (1995)"])
    assert parse("the doc about a festival on an island in 1970", titles).which_film


def test_a_title_of_common_words_before_its_star_and_a_play_by_who() -> None:
    titles = TitleIndex(
        [FilmRef("Lawyer Man", 1932), FilmRef("The Man", 1972), FilmRef("The Last Mile", 1932)]
    )
    req = parse("lawyer man with william powell - based on a novel by?", titles)
    assert (req.kind, films_of(req)) == ("source", ["Lawyer Man (1932)"])
    assert parse("the last mile 1932 play by who", titles).kind == "source"
    assert parse("the last mile 1932 who plays the warden", titles).kind == "cast"


def test_a_title_going_on_under_or_with_an_article_is_a_longer_one() -> None:
    titles = TitleIndex([FilmRef("Woman", 1918), FilmRef("Die Hard", 1988)])
    req = parse("a woman under the influence director", titles)
    assert (req.films, req.unknown_title) == ((), True)
    assert films_of(parse("who directed woman", titles)) == ["Woman (1918)"]
    # "with a" goes on with the title; "with" and a name say who is in it (read against its people)
    assert parse("die hard with a vengeance - who's bruce willis's partner in it", titles).aside == (
        "with a vengeance"
    )
    assert parse("die hard with bruce willis - who directed", titles).aside == "bruce willis"


def test_a_son_of_a_title_where_a_title_stands_and_a_doing_of_it_are_no_film_of_ours() -> None:
    titles = TitleIndex(
        [
            FilmRef("Ali Baba Goes to Town", 1937),
            FilmRef("Kazan", 1921),
            FilmRef("Making It", 1971),
            FilmRef("Interval", 1973),
        ]
    )
    for question in ("who starred in son of ali baba", "baree son of kazan based on whose novel"):
        req = parse(question, titles)
        assert (req.films, req.unknown_title) == ((), True), question
    # (a part asked, or what is done to the film: the film itself)
    assert films_of(parse("who played the son of kazan", titles)) == ["Kazan (1921)"]
    req = parse("merle oberon's last movie interval - who did she fall for while making it", titles)
    assert films_of(req) == ["Interval (1973)"]
    assert films_of(parse("who directed making it", titles)) == ["Making It (1971)"]


def test_a_negation_in_a_title_is_found_contracted_or_spelled_out() -> None:
    hang, capra = FilmRef("The Man They Could Not Hang", 1939), FilmRef("You Can't Take It with You", 1938)
    titles = TitleIndex([hang, capra, FilmRef("They", 2002), FilmRef("Don't", 1925)])
    assert films_of(parse("karloff's character in the man they couldnt hang", titles)) == [hang.label]
    assert films_of(parse("who directed you cannot take it with you", titles)) == [capra.label]
    assert films_of(parse("you can not take it with you cast", titles)) == [capra.label]
    assert films_of(parse("who directed you cant take it with you", titles)) == [capra.label]


def test_the_one_set_somewhere_is_a_film_told_by_its_story_not_a_title_ending_alike() -> None:
    titles = TitleIndex([FilmRef("Psycho Beach Party", 2000), *FILMS])
    asked = parse(
        "which was the final AIP beach party movie, the one set around a spooky mansion and its pool", titles
    )
    assert asked.which_film and not asked.films


def test_what_was_that_film_of_a_year_and_kind_asks_for_a_film_by_its_story() -> None:
    story = parse(
        "what's that 1905 spoof follow-up of great train robbery where the whole cast is kids", TITLES
    )
    assert story.which_film and story.kind == "search"  # "the whole cast" is no question of the cast
    assert parse("what was that 80s horror with the killer doll", TITLES).which_film
    assert not parse("what is that 1933 film about", TITLES).which_film  # the film talked of


def test_someone_told_by_what_they_do_in_the_story_is_a_story_question() -> None:
    told = parse("valley of the zombies who is the guy that comes back from the dead", TITLES)
    assert told.kind == "plot" and told.subject is None
    assert parse("who is the guy that plays the villain in jaws", TITLES).kind == "cast"  # a part


def test_a_work_made_in_the_story_is_asked_of_the_story() -> None:
    making = parse("for your consideration what's the movie the actors are making", TITLES)
    assert making.kind == "plot"
    assert parse("who are the actors in jaws", TITLES).kind == "cast"


def test_which_film_of_a_maker_and_kind_is_asked_by_its_story() -> None:
    asked = parse(
        "which old edwin porter silent was about courts being unfair to poor people, one of the earliest courtroom movies",
        TITLES,
    )
    assert asked.which_film


def test_the_only_film_someone_ever_directed_asks_for_a_film() -> None:
    asked = parse("the only movie james cagney ever directed", TITLES)
    assert asked.which_film and not asked.films and asked.kind == "search"


def test_a_film_asked_for_by_its_form_maker_and_year_is_a_film_to_find() -> None:
    titles = TitleIndex(
        [
            FilmRef("White Zombie", 1932),
            FilmRef("Up", 2009),
            FilmRef("Hotel", 1967),
            FilmRef("The Pilot", 1980),
        ]
    )
    for question in (
        "which 1936 horror flick was supposed to follow up white zombie but they got sued",
        "which 1930 picture was the final hollywood release with no sound track",
        "which william s hart western from 1917 got bits of its footage recycled",
        "the porky pig short from 1940 where the early version of bugs bunny pops up one final time",
        "whats that 90s anthology of four sexy shorts, one each by rafelson and ken russell",
        "what was the abc pilot with bebe neuwirth that got rejected",
        "jarmusch anthology where a japanese couple end up at the same cheap hotel one night",
        "1936 musical made in yiddish, molly picon stars, whats the title",
    ):
        req = parse(question, titles)
        assert req.which_film and req.films == () and not req.unknown_title, question
    # the year said of the form is the year of the film asked for
    assert parse("the porky pig short from 1940 where bugs bunny pops up", titles).year == 1940
    # (a film named and its source asked, or the kind of a part: no film to find)
    assert not parse("what stage musical is white zombie based on", titles).which_film
    assert not parse("which actor in the horror movie white zombie was the zombie master", titles).which_film
    # (a kind of film inside a title is the title's word: "at war with the army")
    army = TitleIndex([FilmRef("At War with the Army", 1950)])
    assert parse("at war with the army 1950 cast", army).films == (FilmRef("At War with the Army", 1950),)
    assert not parse("which world war is at war with the army set in", army).which_film


def test_more_ways_of_asking_for_a_film_by_its_story() -> None:
    titles = TitleIndex([FilmRef("The Thin Blue Line", 1988), FilmRef("What's Up, Doc?", 1972)])
    for question in (
        "whats that documentary all about the f-word, has hunter s thompson's final interview in it",
        "what's that tiny 1901 edison film that combined drawings with real actors",
        "1931 warner musical that looks like an aviation picture but is really a spy story",
        "which was the 2nd tom n jerry short ever made, from 1941",
        "which doc has famous actors voicing actual mail sent home by soldiers",
    ):
        assert parse(question, titles).which_film, question
    # (what a film named is about; a title ending in a kind of film)
    assert not parse("what's the thin blue line documentary about", titles).which_film
    assert not parse("whats up doc with barbra streisand, who directed it", titles).which_film


def test_a_number_after_a_title_that_is_no_year_makes_a_longer_title() -> None:
    titles = TitleIndex([FilmRef("Detroit", 2017), FilmRef("Life", 1999)])
    for question, mention in (
        ("detroit 9000 who's in it", "detroit 9000"),
        ("life 101 who else is in it", "life 101"),
    ):
        req = parse(question, titles)
        assert req.unknown_title and req.mention == mention and req.films == (), question
    assert parse("detroit 2017 who's in it", titles).films == (FilmRef("Detroit", 2017),)


def test_a_title_set_off_before_who_is_a_name_is_the_film_of_that_part() -> None:
    titles = TitleIndex([FilmRef("Hamlet", 1996), FilmRef("Ophelia", 2019)])
    req = parse("branagh hamlet, who's ophelia", titles)
    assert req.films == (FilmRef("Hamlet", 1996),)
    assert parse("who is ophelia", titles).films == (FilmRef("Ophelia", 2019),)


def test_a_different_movie_said_switches_to_the_title_named() -> None:
    titles = TitleIndex([FilmRef("D-War", 2007), FilmRef("The Juror", 1996)])
    req = parse("different movie, d-war who wrote and directed it", titles)
    assert req.films == (FilmRef("D-War", 2007),) and req.switch and not req.weak_mention
    assert parse("ok diff movie - who directed the juror", titles).switch


def test_which_one_of_a_kind_is_in_it_asks_the_cast() -> None:
    for question in (
        "flaming fury 1926 which horror legend is in it",
        "and which country singer is in the cast",
    ):
        assert parse(question, TITLES).kind == "cast", question


def test_this_one_and_a_count_set_off_after_it_name_no_numbered_film() -> None:
    titles = TitleIndex([FilmRef("1", 2013), FilmRef("Three", 2007), FilmRef("Rocky", 1976)])
    req = parse("orson welles never finished this one, 3 latin american stories shot in mexico", titles)
    assert not req.unknown_title and req.films == (), req.mention
    assert parse("rocky 3 who directed", titles).mention == "rocky 3"


def test_a_title_typed_whole_before_the_credit_asked_is_the_title_we_lack() -> None:
    titles = TitleIndex([FilmRef("Woman", 1918), FilmRef("Pulp Fiction", 1994)])
    req = parse("a woman under the influence director", titles)
    assert req.unknown_title and req.mention == "a woman under the influence" and req.films == ()
    assert parse("pulp fiction director", titles).films == (FilmRef("Pulp Fiction", 1994),)


def test_whose_film_between_in_and_the_title_leaves_the_title_where_a_title_stands() -> None:
    titles = TitleIndex([FilmRef("The Farmer's Daughter", 1947), FilmRef("The Tramp", 1915)])
    for question in (
        "who plays the farmers daughter in chaplins the tramp",
        "who played the farmers daughter in chaplin's the tramp",
    ):
        req = parse(question, titles)
        assert req.films == (FilmRef("The Tramp", 1915),), question
        assert (req.subject, req.subject_role) == ("the farmers daughter", "character"), question


def test_whose_film_opening_the_message_leaves_the_title() -> None:
    titles = TitleIndex(
        [
            FilmRef("Psycho", 1960),
            FilmRef("Psycho", 1998),
            FilmRef("Jaws", 1975),
            FilmRef("Sophie's Choice", 1982),
        ]
    )
    req = parse("hitchcocks psycho who plays norman", titles)
    assert req.films == (FilmRef("Psycho", 1960), FilmRef("Psycho", 1998)) and req.leading == "hitchcocks", (
        req
    )
    assert (req.subject, req.subject_role) == ("norman", "character")
    req = parse("spielberg's jaws who plays the shark hunter", titles)
    assert req.films == (FilmRef("Jaws", 1975),) and req.leading == "spielberg's", req
    # (an owner's title we have is that title)
    assert parse("sophies choice who directed", titles).films == (FilmRef("Sophie's Choice", 1982),)


def test_a_subtitle_alone_where_a_title_stands_over_a_part_read_as_a_title() -> None:
    titles = TitleIndex(
        [
            FilmRef("Ant-Man and the Wasp: Quantumania", 2023),
            FilmRef("The Wasp", 1915),
            FilmRef("Ad Astra", 2019),
        ]
    )
    req = parse("ok what about quantumania, who plays the wasp", titles)
    assert req.films == (FilmRef("Ant-Man and the Wasp: Quantumania", 2023),), req
    assert req.subject == "the wasp"


def test_a_film_word_and_who_is_in_it_after_a_title_says_which_version_but_never_asks_which_film() -> None:
    titles = TitleIndex([FilmRef("Joan of Arc", 1948), FilmRef("Dr. Jekyll and Mr. Hyde", 1931)])
    req = parse("the messenger joan of arc film w milla jovovich who directed it", titles)
    assert req.made_by == "milla jovovich" and req.kind == "director", req
    # (the title asked for: a story told, no version)
    req = parse("blaxploitation jekyll and hyde movie with bernie casey, what's the title", titles)
    assert req.which_film and req.made_by is None, req


def test_which_film_of_a_kind_then_anything_told_of_it_when_no_title_is_found() -> None:
    titles = TitleIndex([FilmRef("Kit Carson", 1928), FilmRef("Kit Carson", 1940), FilmRef("Velvet", 1984)])
    for question in (
        "which 50s western did a little ron howard make his screen debut in",
        "what was the republic musical comedy from the early 50s that introduced rita moreno",
        "which woody woodpecker cartoon skips his usual guess who line in the titles",
        "george montgomery western that recycled a lot of footage from kit carson, jim thorpe shows up in a small part",
    ):
        assert parse(question, titles).which_film, question
    # a question of the film talked about, or what a film we lack is about: not a film to find
    for question in (
        "which musical number does she sing",
        "what war is it set in",
        "whats the movie velvet horizon about",
    ):
        assert not parse(question, titles).which_film, question


def test_an_actor_voices_who_asks_for_their_part() -> None:
    titles = TitleIndex([FilmRef("Guillermo del Toro's Pinocchio", 2022), FilmRef("Pinocchio", 1940)])
    req = parse("david bradley voices who in del toro's pinocchio", titles)
    assert req.films == (FilmRef("Guillermo del Toro's Pinocchio", 2022),), req
    assert (req.subject, req.subject_role) == ("david bradley", "actor"), req


def test_whose_characters_asks_the_source() -> None:
    titles = TitleIndex([FilmRef("Counter-Espionage", 1942)])
    req = parse("counter espionage 42, the lone wolf one — whose characters", titles)
    assert req.kind == "source" and req.films == (FilmRef("Counter-Espionage", 1942),), req


def test_a_name_before_a_longer_title_is_whose_film_it_is() -> None:
    titles = TitleIndex([FilmRef("Billy the Kid", 1941), FilmRef("Raiders of the Lost Ark", 1981)])
    req = parse("bob steele billy the kid picture from 41, who directed it", titles)
    assert req.leading == "bob steele" and req.films == (FilmRef("Billy the Kid", 1941),), req
    assert parse("raiders of the lost ark director", titles).leading is None


def test_titles_as_catalogues_and_owners_write_them_and_first_letters_said_alike() -> None:
    titles = TitleIndex(
        [
            FilmRef("Last Dragon, The", 1985),
            FilmRef("Guillermo del Toro's Pinocchio", 2022),
            FilmRef("Abbott and Costello Meet the Keystone Kops", 1955),
        ]
    )
    assert parse("the last dragon 1985 who's in it", titles).films == (FilmRef("Last Dragon, The", 1985),)
    assert parse("who directed del toros pinocchio", titles).films == (
        FilmRef("Guillermo del Toro's Pinocchio", 2022),
    )
    req = parse("abbot and costello meet the keystone cops who directed", titles)
    assert req.films == (FilmRef("Abbott and Costello Meet the Keystone Kops", 1955),), req


def test_a_longer_title_we_lack_is_not_the_title_inside_it() -> None:
    keyhole = TitleIndex([FilmRef("The Keyhole", 1933), FilmRef("Keyhole", 2012)])
    req = parse("broadway through a keyhole 1933 whos in the cast", keyhole)
    assert req.unknown_title and not req.films and req.mention == "broadway through a keyhole"
    # the end of a title opened by as many other words as it has before it: another title
    lamp = TitleIndex([FilmRef("Aladdin and the Wonderful Lamp", 1917)])
    req = parse("chris and his wonderful lamp 1917 - starring?", lamp)
    assert req.unknown_title and not req.films
    assert films_of(parse("who directed wonderful lamp", lamp)) == ["Aladdin and the Wonderful Lamp (1917)"]
    # a title found only in the words set off after it, saying what kind of film it is
    dog = TitleIndex([FilmRef("Dog", 2022)])
    req = parse("what's flashing fangs about, the dog movie", dog)
    assert req.unknown_title and req.mention == "flashing fangs" and not req.films
    # a word a sequel's title adds
    fletch = TitleIndex([FilmRef("Fletch", 1985), FilmRef("Magic", 1978)])
    req = parse("fletch lives cast", fletch)
    assert req.kind == "cast" and req.unknown_title and req.mention == "fletch lives" and not req.films
    # (the cast asked, then someone left out: a question of a title, no film told; the words after the
    # title are checked against the film when it is resolved)
    req = parse("magic mike xxl who's in it besides channing tatum", fletch)
    assert req.kind == "cast" and not req.which_film and req.aside == "mike xxl"
    assert films_of(parse("fletch cast", fletch)) == ["Fletch (1985)"]
    # two words typed apart are a title's one word, not its initials ("goto" for Girl of the Ozarks)
    ozarks = TitleIndex([FilmRef("Girl of the Ozarks", 1936)])
    assert not parse("harold and kumar go to white castle, who directed it", ozarks).films


def test_a_place_in_a_series_asked_last_asks_of_the_title_before_it() -> None:
    fools = TitleIndex([FilmRef("Fools", 1970), FilmRef("Boys", 1996)])
    req = parse("feudin fools bowery boys which number in the series", fools)
    assert req.kind == "plot" and not req.which_film  # (the words before: checked when resolved)


def test_part_and_a_number_is_a_part_of_the_series_not_a_title_of_that_number() -> None:
    req = parse("and who starred in part 3", TitleIndex([FilmRef("Three", 2007)]))
    assert req.kind == "cast" and req.sequel == 3 and not req.films


def test_the_name_of_someone_in_the_story_asked_keyword_style() -> None:
    titles = TitleIndex([FilmRef("Beverly Hills Chihuahua", 2008)])
    req = parse("beverly hills chihuahua the bad doberman's name", titles)
    assert req.kind == "plot" and films_of(req) == ["Beverly Hills Chihuahua (2008)"] and not req.which_film


def test_initials_that_spell_a_word_many_titles_hold_name_no_film() -> None:
    titles = TitleIndex(
        [FilmRef("Abie's Irish Rose", 1928), FilmRef("Affair in Reno", 1957), FilmRef("Air Force One", 1997),
         FilmRef("Air Bud", 1997), FilmRef("On the Air", 1995), FilmRef("E.T. the Extra-Terrestrial", 1982)]
    )  # fmt: skip
    assert not parse("where did it first air", titles).films
    assert films_of(parse("who directed et", titles)) == ["E.T. the Extra-Terrestrial (1982)"]


def test_a_numeral_after_another_word_or_another_title_word_is_no_film_we_have() -> None:
    titles = TitleIndex([FilmRef("Five", 1951), FilmRef("Rocky V", 1990)])
    assert not parse("saw v cast", titles).films
    assert films_of(parse("rocky v cast", titles)) == ["Rocky V (1990)"]
    # two words many titles hold are two words, not one misspelt, even with the year said
    ghosts = TitleIndex(
        [FilmRef("City of Ghosts", 2002), *(FilmRef(f"{w} Ghosts", 1990) for w in ("Dark", "Old", "Sea")),
         *(FilmRef(f"{w} God", 1990) for w in ("Dark", "Old", "Sea"))]
    )  # fmt: skip
    assert ghosts.resolve("city of god 2002").film is None
    assert ghosts.resolve("city of ghost 2002").film == FilmRef("City of Ghosts", 2002)


def test_the_name_of_a_thing_in_a_film_named_after_in_is_asked_of_that_film() -> None:
    titles = TitleIndex([FilmRef("Alien", 1979), FilmRef("Aliens", 1986)])
    for question in ("the ship in alien whats it called", "the ship in alien, what is it called"):
        req = parse(question, titles)
        assert req.kind == "plot" and not req.which_film and films_of(req) == ["Alien (1979)"], question


def test_a_title_whose_words_end_with_ing_after_is_and_its_article_is_the_film() -> None:
    titles = TitleIndex([FilmRef("Hotel", 1967), FilmRef("The Shining", 1980), FilmRef("Obsessed", 2009)])
    req = parse("what hotel is the shining set in", titles)
    assert req.kind == "plot" and films_of(req) == ["The Shining (1980)"]
    assert not parse("the kids are obsessed with it", titles).films  # (a verb's participle)


def test_a_title_in_the_subject_of_who_do_is_followed_by_its_verb() -> None:
    titles = TitleIndex([FilmRef("The Last Supper", 1995), FilmRef("Stunts", 1977)])
    req = parse("who do the students in the last supper invite over to kill", titles)
    assert films_of(req) == ["The Last Supper (1995)"] and not req.unknown_title


def test_the_first_film_of_a_series_named_by_its_own_title() -> None:
    titles = TitleIndex(
        [FilmRef("Alien", 1979), FilmRef("Alien Nation", 1988), FilmRef("Alien Nation: The Enemy Within", 1996),
         FilmRef("Alien Nation: The Udara Legacy", 1997)]
    )  # fmt: skip
    assert films_of(parse("alien nation who directed that", titles)) == ["Alien Nation (1988)"]
    # (words after the series' name that no film of it is subtitled with: one we lack)
    rings = TitleIndex(
        [FilmRef("The Ring", 2002), FilmRef("The Lord of the Rings: The Fellowship of the Ring", 2001),
         FilmRef("The Lord of the Rings: The Return of the King", 2003)]
    )  # fmt: skip
    assert parse("lord of the rings two towers cast", rings).unknown_title


def test_and_then_a_title_with_an_ordinal_in_digits_turns_the_talk_to_it() -> None:
    titles = TitleIndex([FilmRef("The 49th Man", 1953), FilmRef("The Man", 1972)])
    req = parse("and the 49th man?", titles)
    assert films_of(req) == ["The 49th Man (1953)"] and req.switch
    assert not parse("and the 2nd one?", titles).films


def test_said_to_be_from_a_play_asks_the_source_and_the_director_doing_something_asks_the_story() -> None:
    titles = TitleIndex([FilmRef("Passion Flower", 1921), FilmRef("Irma Vep", 1996)])
    req = parse("passion flower 1921 is from a spanish play, which one and who wrote it", titles)
    assert req.kind == "source" and films_of(req) == ["Passion Flower (1921)"]
    assert parse("irma vep the director is remaking what old serial", titles).kind == "plot"
    assert parse("irma vep who is the director", titles).kind == "director"
    assert parse("who wrote passion flower", titles).kind == "writer"


def test_a_number_spelled_out_before_what_it_counts_numbers_no_film() -> None:
    titles = TitleIndex([FilmRef("The Bounty Hunter", 1954), FilmRef("To Save a Life", 2009)])
    text = "80s 3-d space western, a bounty hunter goes to save three stranded women on a nasty planet"
    req = parse(text, titles)
    assert req.which_film and not req.films and not req.unknown_title


def test_who_is_asked_of_the_film_talked_about_not_a_title_it_opens() -> None:
    titles = TitleIndex([FilmRef("Two Blondes and a Redhead", 1947)])
    req = parse("and who are the two blondes in it", titles)
    assert not req.films and req.refers_back
    assert films_of(parse("who directed two blondes and a redhead", titles)) == [
        "Two Blondes and a Redhead (1947)"
    ]


def test_elliptical_leads_and_a_version_by_two_digits() -> None:
    titles = TitleIndex([FilmRef("Chapter 27", 2008), FilmRef("The Fortune Hunter", 1927)])
    assert parse("and the leads?", titles).kind == "cast"
    req = parse("and in the 27 version?", titles)
    assert not req.films and req.year == 1927


def test_someones_last_picture_then_its_story_is_a_which_film_question() -> None:
    titles = TitleIndex([FilmRef("The Valet", 2022), FilmRef("The Heart of Ezra Greer", 1917)])
    question = "last thanhouser picture, a broke father works as valet for the guy who seduced and dumped his daughter"
    req = parse(question, titles)
    assert req.which_film and req.films == (), req
    # (a last film asked of, named, stays a question about it)
    assert parse("the valet, last scene explained", titles).films == (FilmRef("The Valet", 2022),)


def test_a_number_spelled_out_before_a_word_in_ed_is_no_instalment() -> None:
    titles = TitleIndex(
        [FilmRef("Robin Hood of El Dorado", 1936), FilmRef("Robin Hood", 1973), FilmRef("Rocky", 1976)]
    )
    req = parse("robin hood of el dorado three fingered jack actor", titles)
    assert req.films == (FilmRef("Robin Hood of El Dorado", 1936),) and not req.unknown_title, req
    # (a number on its own is still the series' next film, one we lack)
    req = parse("rocky three cast", titles)
    assert req.unknown_title and req.films == (), req


def test_which_part_of_a_place_asks_where() -> None:
    titles = TitleIndex([FilmRef("Strictly Business", 1991)])
    assert parse("strictly business which part of new york did they mainly shoot in", titles).focus == "where"
    assert parse("what part of the film is the best", titles).focus != "where"


def test_a_title_opening_with_an_interjection_is_no_interjection() -> None:
    titles = TitleIndex([FilmRef("The Cool and the Crazy", 1958), FilmRef("Sweet and Low-Down", 1944)])
    assert parse("cool and the crazy year", titles).films == (FilmRef("The Cool and the Crazy", 1958),)
    assert parse("sweet and low down is a fictional take on which bandleader", titles).films == (
        FilmRef("Sweet and Low-Down", 1944),
    )
    # (but "ok cool and who wrote it" is a reaction, then the question)
    assert parse("ok cool and who wrote it", titles).kind == "writer"


def test_a_part_then_whos_the_actress_asks_who_plays_it() -> None:
    titles = TitleIndex([FilmRef("Jawbreaker", 1999)])
    req = parse("jawbreaker the dead fourth girl whos the actress", titles)
    assert (req.kind, req.subject, req.subject_role) == ("cast", "the dead 4th girl", "character"), req


def test_a_pronoun_after_is_opens_the_question_s_clause_not_the_start_of_a_title() -> None:
    titles = TitleIndex([FilmRef("He Hired the Boss", 1943), FilmRef("She Wore a Yellow Ribbon", 1949)])
    assert parse("in ace ventura what is he hired to find", titles).films == ()
    assert parse("why was she wore out at the end", titles).films == ()
    assert parse("who starred in he hired the boss", titles).films == (FilmRef("He Hired the Boss", 1943),)


def test_a_title_and_its_year_then_a_question_is_no_film_told() -> None:
    mitty = FilmRef("The Secret Life of Walter Mitty", 1947)
    titles = TitleIndex([mitty, FilmRef("The Secret Life of Walter Mitty", 2013)])
    req = parse("walter mitty 1947 whats danny kayes job in it", titles)
    assert req.films == (mitty,) and not req.which_film, req
    # (but a film told by its story, its year said, is still asked for)
    assert parse("movie from 1985 where a kid who builds a robot falls in love", titles).which_film


def test_a_part_then_played_by_who_is_no_title_we_lack() -> None:
    for text in ("jimmy hoffa's played by who in it", "jimmy hoffa is played by who"):
        req = parse(text, TITLES)
        assert not req.unknown_title and (req.kind, req.subject) == ("cast", "jimmy hoffa"), req


def test_episode_i_is_the_first_episode_but_the_part_i_liked_is_no_number() -> None:
    menace = FilmRef("Star Wars: Episode I – The Phantom Menace", 1999)
    titles = TitleIndex([menace, FilmRef("Star Wars", 1977)])
    assert parse("who starred in star wars: episode i – the phantom menace", titles).films == (menace,)
    assert parse("whats the part i liked in star wars called", titles).sequel is None


def test_a_question_then_an_aside_wondering_if_it_is_any_good_asks_the_question() -> None:
    titles = TitleIndex([FilmRef("King Richard and the Crusaders", 1954)])
    assert parse("king richard and the crusaders screenwriter? idk if its any good", titles).kind == "writer"
    assert parse("tell me if king richard and the crusaders is any good", titles).kind == "verdict"


def test_who_is_in_the_title_role_asks_for_the_title_role() -> None:
    titles = TitleIndex([FilmRef("Mata Hari", 1931)])
    req = parse("mata hari from 1931 who's in the title role", titles)
    assert (req.subject, req.subject_role) == ("the title role", "character"), req


def test_a_title_without_its_honorifics_never_opens_with_and() -> None:
    north = FilmRef("North of Arizona", 1935)
    titles = TitleIndex(
        [FilmRef("Mr. and Mrs. North", 1942), north, FilmRef("Dr. Jekyll and Mr. Hyde", 1931)]
    )
    assert parse("and north of arizona?", titles).films == (north,)
    assert parse("who directed mr and mrs north", titles).films == (FilmRef("Mr. and Mrs. North", 1942),)
    assert parse("who directed jekyll and hyde", titles).films == (FilmRef("Dr. Jekyll and Mr. Hyde", 1931),)


def test_a_version_ruled_out_by_its_year_and_a_series_said_before_its_film() -> None:
    k46, k64 = FilmRef("The Killers", 1946), FilmRef("The Killers", 1964)
    titles = TitleIndex([k46, k64, FilmRef("The Three Mesquiteers", 1936), FilmRef("Range Defenders", 1937)])
    req = parse("the killers director, not the 46 one", titles)
    assert (req.not_made_by, req.year) == ("1946", None), req
    assert parse("the three mesquiteers one range defenders, who directed", titles).films == (
        FilmRef("Range Defenders", 1937),
    )


def test_a_writer_asked_as_some_author_and_an_author_in_the_story() -> None:
    titles = TitleIndex([FilmRef("Robot Jox", 1990), FilmRef("House", 1986), *FILMS])
    assert parse("robot jox - wasnt it co written by some sci fi author? who", titles).kind == "writer"
    # ("the author" doing something in the story is a part, not the source's author)
    assert parse("in house (1986) whose place does the author move into", titles).kind == "plot"
    assert parse("house 1986 who is the author of the book", titles).kind == "source"


def test_which_characters_a_film_debuts_is_asked_of_its_story_not_its_cast() -> None:
    titles = TitleIndex([FilmRef("Steamboat Willie", 1928), *FILMS])
    assert parse("steamboat willie is the debut of which characters", titles).kind == "plot"
    assert parse("which character does roy scheider play in jaws", titles).kind == "cast"
    assert parse("which characters are in jaws", titles).kind == "cast"


def test_a_part_asked_by_whose_role_in_and_a_credit_asked_of_that_short() -> None:
    titles = TitleIndex(
        [FilmRef("Jason Goes to Hell: The Final Friday", 1993), FilmRef("Lonesome", 1928), *FILMS]
    )
    req = parse("kane hodder's role in jason goes to hell", titles)
    assert req.kind == "cast" and req.films == (FilmRef("Jason Goes to Hell: The Final Friday", 1993),)
    req = parse("lonesome luke loses patients who directed that short", titles)
    assert req.kind == "director" and not req.which_film


def test_a_story_told_then_which_film_asked_last() -> None:
    for text in (
        "cumberbatch plays a mean rancher in montana, what film",
        "bogart plays a detective in san francisco what movie is it",
        "kevin spacey sells lubricants in a hotel room which movie was that",
        "damien chazelles first feature, black and white jazz musical thing, whats the name",
    ):
        assert parse(text).which_film, text
    # (a question asked first, then the film asked for again: no story)
    assert not parse("who plays the rancher in the power of the dog what film").which_film


def test_a_title_opening_the_message_with_one_of_its_years_is_the_film() -> None:
    titles = TitleIndex([FilmRef("Limbo", 1972), FilmRef("Limbo", 1999), FilmRef("Husbands", 1970)])
    req = parse("limbo from 72 - where are the husbands missing", titles)
    assert req.mention == "limbo" and req.year == 1972, req


def test_a_credit_asked_of_it_then_chatter_names_no_title() -> None:
    req = parse("who ended up directing it, i heard there was some drama", TITLES)
    assert req.kind == "director" and req.mention is None and not req.unknown_title, req


def test_small_words_typed_with_two_letters_swapped() -> None:
    titles = TitleIndex([FilmRef("Cult of the Cobra", 1955), FilmRef("Cobra", 1925)])
    req = parse("who was in cult of teh cobra", titles)
    assert req.films == (FilmRef("Cult of the Cobra", 1955),) and req.kind == "cast", req


def test_a_film_told_then_its_name_asked_is_no_title_we_lack() -> None:
    req = parse("raymond massey lincoln movie from 1940 whats it called", TITLES)
    assert not req.unknown_title and req.mention is None, req


def test_an_actor_in_a_film_then_the_part_asked_unfinished_or_there() -> None:
    titles = TitleIndex([FilmRef("Hiding Out", 1987), FilmRef("Gabriel Over the White House", 1933)])
    for text in (
        "jon cryer in hiding out plays a",
        "walter huston in gabriel over the white house, whats his role there",
    ):
        req = parse(text, titles)
        assert req.subject_role == "actor" and req.subject in {"jon cryer", "walter huston"}, (text, req)


def test_what_someone_of_the_story_writes_is_a_story_question() -> None:
    titles = TitleIndex([FilmRef("The Half of It", 2020)])
    assert parse("the half of it what does ellie write for the jock", titles).kind == "plot"
    assert parse("who wrote the half of it", titles).kind == "writer"


def test_whats_odd_about_someone_of_the_story_is_no_plot_summary() -> None:
    titles = TitleIndex([FilmRef("Howling III", 1987)])
    assert parse("howling iii whats weird about the female werewolves", titles).focus != "about"
    assert parse("what is howling iii about", titles).focus == "about"


def test_a_film_told_as_spoofing_another_asks_which_film() -> None:
    titles = TitleIndex([FilmRef("Top Gun", 1955), FilmRef("Top Gun", 1986)])
    assert parse("the charlie sheen movie that spoofs top gun", titles).which_film


def test_a_film_told_by_what_it_spoofs_or_then_whats_that_one() -> None:
    assert parse("liam neeson plays the sex researcher guy, whats that one", TITLES).which_film
    assert parse("james garner western parody of yojimbo", TITLES).mention is None


def test_a_title_of_role_words_asked_of_in_the_passive_and_who_is_in_the_version_named() -> None:
    titles = TitleIndex(
        [FilmRef("The Boss Baby", 2017), FilmRef("The Boss", 2016), FilmRef("The Baby", 1973)]
    )
    for asked, kind in (
        ("the boss baby was directed by who", "director"),
        ("the boss baby is written by whom", "writer"),
    ):
        req = parse(asked, titles)
        assert req.kind == kind and req.films == (FilmRef("The Boss Baby", 2017),), (asked, req)
    # the title character, voiced: a part asked in the passive, as "who voices the boss baby"
    req = parse("the boss baby is voiced by who", titles)
    assert req.kind == "cast" and req.subject == "the boss baby" and req.subject_role == "character", req
    # a part of role words stays a part
    req = parse("the bad guy is played by who", titles)
    assert req.subject == "the bad guy" and not req.films, req
    # "whos in the X one": who is in that version (not a story question about "who")
    for asked in ("and whos in the abbott and costello one", "who was in the abbott and costello one?"):
        req = parse(asked, TITLES)
        assert req.kind == "cast" and req.made_by == "abbott and costello", (asked, req)


def test_a_title_then_what_film_it_is_or_chatter_after_it_and_its_cast_asked() -> None:
    titles = TitleIndex(
        [FilmRef("The Harder They Fall", 2021), FilmRef("The Fall", 2008), FilmRef("The Gay Divorcee", 1934)]
    )
    # what film it is, set off after the title, names no other film
    req = parse("whos in the harder they fall, the netflix western with the all black cast", titles)
    assert (
        req.kind == "cast" and req.films == (FilmRef("The Harder They Fall", 2021),) and not req.which_film
    ), req
    # chatter after a title ends it, and "who else is in it" asks its cast
    req = parse("fred astaire is in the gay divorcee obviously but who else is in it", titles)
    assert req.kind == "cast" and req.films == (FilmRef("The Gay Divorcee", 1934),) and not req.which_film, (
        req
    )
    # a film told by its kind and story, with no title before it, is still asked for
    assert parse("which netflix western has an all black cast", titles).which_film


def test_a_kind_of_film_after_a_title_is_not_its_word() -> None:
    titles = TitleIndex([FilmRef("The Cycle Savages", 1969), FilmRef("The Savage", 1952)])
    for asked in ("who was in the cycle savages biker movie", "cycle savages blaxploitation flick cast"):
        req = parse(asked, titles)
        assert req.films == (FilmRef("The Cycle Savages", 1969),) and not req.unknown_title, (asked, req)


def test_the_name_of_a_thing_in_the_film_a_title_before_it_names() -> None:
    titles = TitleIndex([FilmRef("The Shining", 1980), FilmRef("Hotel", 1967), FilmRef("Little", 2019)])
    for asked in ("what is the shining hotel called", "whats the shining hotel name"):
        req = parse(asked, titles)
        assert req.films == (FilmRef("The Shining", 1980),) and req.kind == "plot", (asked, req)
    # words that are no title of ours with its article stay the thing asked about
    assert parse("what is the little girl called", titles).films != (FilmRef("Little", 2019),)


def test_which_film_of_someones_said_in_the_words_of_a_title() -> None:
    titles = TitleIndex([FilmRef("The Last Movie", 1971), FilmRef("Wanda Nevada", 1979)])
    req = parse("the last movie peter fonda directed, a western with brooke shields", titles)
    assert not req.films, req
    # the title itself, asked of, stays the film
    assert parse("who directed the last movie", titles).films == (FilmRef("The Last Movie", 1971),)
    assert parse("the last movie cast", titles).films == (FilmRef("The Last Movie", 1971),)


def test_an_actors_character_asked_with_who_and_the_original_after_a_title() -> None:
    titles = TitleIndex([FilmRef("For Your Eyes Only", 1981), FilmRef("Silent Night, Deadly Night", 1984)])
    for asked in (
        "whos roger moores character in for your eyes only",
        "whos roger moore's character in for your eyes only",
    ):
        req = parse(asked, titles)
        assert (
            req.subject_role == "actor" and req.subject is not None and req.subject.startswith("roger moore")
        ), req
    # "original" after the title says which version, it asks for no source
    req = parse(
        "silent night deadly night original - billy's parents get killed by a guy dressed as who", titles
    )
    assert req.kind == "plot", req


def test_a_title_its_year_in_two_digits_and_its_star_then_a_question_asked_of_it() -> None:
    titles = TitleIndex([FilmRef("Phoenix", 1998), FilmRef("Phoenix", 2014)])
    req = parse("phoenix 98 ray liotta - why does his cop character owe the mob", titles)
    assert not req.which_film and req.films == (FilmRef("Phoenix", 1998),), req
