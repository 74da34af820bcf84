"""Each handler and the dispatcher over a small in-memory view: microseconds, no model, no index."""

from __future__ import annotations

from dataclasses import replace

import pytest

from index.answer import answer
from index.answer.evidence import ABSTAIN
from index.types import Answer, CastMember, Conversation, Credit, FilmRef, Review, ReviewFacts, SourceWork
from tests.helpers.memory_view import MemoryView, review, view_of

STORY = (
    "Currie desperately wants to escape home, which she shares with her dutiful sister Marie "
    "(Riley Keough) and her mother (Tatum O'Neal). Currie's father (Brett Cullen) is an alcoholic.\n\n"
    "The band lands a record contract and flies to Japan for a concert.\n\n"
    "The film is based on the book Neon Angel by Cherie Currie. For that alone, it is worth seeing."
)
RUNAWAYS = review("The Runaways", 2010, STORY, director="Floria Sigismondi")
HEAT = review(
    "Heat", 1995, "A crew of thieves plans one last job in Los Angeles.",
    cast=(CastMember("Al Pacino", "Vincent Hanna"), CastMember("Robert De Niro", "Neil McCauley")),
)  # fmt: skip


def _credit(person: str, **kw: object) -> Credit:
    return Credit(person, "cast", review_id=RUNAWAYS.review_id, how="paren", confidence=0.8, **kw)  # type: ignore[arg-type]


def _cast_read(
    review_: Review, person: str, how: str = "as", confidence: float = 0.75, **kw: object
) -> Credit:
    """A cast credit read from the whole of a review's text."""
    return Credit(
        person,
        "cast",
        evidence=review_.text,
        review_id=review_.review_id,
        how=how,
        confidence=confidence,
        **kw,
    )  # type: ignore[arg-type]


FACTS = {
    RUNAWAYS.review_id: ReviewFacts(
        credits=(
            _credit("Riley Keough", character="Marie", description="sister", of="Cherie Currie",
                    evidence="her dutiful sister Marie (Riley Keough)"),
            _credit("Tatum O'Neal", description="mother", of="Cherie Currie", evidence="her mother (Tatum O'Neal)"),
            _credit("Brett Cullen", description="father", of="Currie", evidence="Currie's father (Brett Cullen)"),
            Credit("Dakota Fanning", "cast", character="Cherie Currie", review_id=RUNAWAYS.review_id,
                   how="as", confidence=0.4, evidence="The band lands a record contract"),
        ),
        sources=(SourceWork("Neon Angel", author="Cherie Currie", kind="book", review_id=RUNAWAYS.review_id,
                            evidence="The film is based on the book Neon Angel by Cherie Currie.", confidence=0.75),),
        places=("Japan",),
    )
}  # fmt: skip
VIEW = view_of([RUNAWAYS, HEAT], FACTS)


def ask(question: str, context: Conversation | None = None) -> str:
    return answer(VIEW, question, context=context).answer


def _claim(said: Answer) -> str:
    """What an answer states of the part asked: its words before any quote, without the cast it offers
    when the reviews don't say who plays the part."""
    return said.answer.split("“")[0].split(":")[0].split("The reviews don't say")[0]


def test_parts_described_by_a_role_word_and_whose() -> None:
    assert ask("who plays cherie's mom in the runaways").startswith(
        "Tatum O'Neal plays Cherie Currie's mother"
    )
    assert ask("who plays currie's dad in the runaways").startswith("Brett Cullen plays")
    assert ask("who plays marie in the runaways").startswith("Riley Keough plays Marie")
    assert ask("who plays the sister in the runaways").startswith("Riley Keough")
    # somebody else's mother is not Cherie's
    assert ask("who plays joan's mother in the runaways").startswith(ABSTAIN)


def test_actor_to_part() -> None:
    assert ask("what role does riley keough play in the runaways").startswith("Riley Keough plays Marie")
    assert ask("al pacino in heat, what role").startswith("Al Pacino plays Vincent Hanna")


def test_weak_evidence_is_not_stated_as_certain() -> None:
    text = ask("who plays cherie currie in the runaways")
    assert text.startswith("The review mentions that Dakota Fanning plays Cherie Currie")


def test_crew_source_and_cast_list() -> None:
    assert ask("who directed the runaways").startswith(
        "The Runaways (2010) was directed by Floria Sigismondi."
    )
    assert ask("what book is the runaways based on").startswith(
        "The Runaways (2010) is based on the book Neon Angel by Cherie Currie."
    )
    assert (
        ask("heat cast") == "Heat (1995) stars Al Pacino (Vincent Hanna) and Robert De Niro (Neil McCauley)."
    )


def test_where_questions_quote_the_sentence_with_the_place() -> None:
    assert "Japan" in ask("where does the band go in the runaways")


def test_never_another_film() -> None:
    result = answer(VIEW, "who directed casablanca")
    assert result.abstained and result.film is None and "“casablanca”" in result.answer
    result = answer(VIEW, "who directed heat 1980")
    assert result.abstained and "Heat (1980)" in result.answer and "Heat (1995)" in result.answer


def test_conversation_keeps_switches_and_asks_again() -> None:
    first = answer(VIEW, "who plays cherie's mom in the runaways")
    sister = answer(VIEW, "and her sister?", context=first.conversation)
    assert sister.answer.startswith("Riley Keough plays Marie")
    heat = answer(VIEW, "ok what about heat", context=answer(VIEW, "who directed the runaways").conversation)
    assert heat.film == FilmRef("Heat", 1995) and heat.kind == "director"
    back = answer(VIEW, "back to the runaways - who directed it", context=heat.conversation)
    assert back.answer.startswith("The Runaways (2010) was directed by Floria Sigismondi")
    again = answer(VIEW, "who directed it", context=back.conversation)
    assert again.film == FilmRef("The Runaways", 2010)
    # only a title, even one lowercase word: the same question about that film
    heat = answer(VIEW, "and heat", context=again.conversation)
    assert heat.film == FilmRef("Heat", 1995) and heat.kind == "director"
    # a part of the film named alone: who plays it; an actor: whom they play
    pacino = answer(VIEW, "and vincent hanna?", context=answer(VIEW, "who directed heat").conversation)
    assert pacino.answer.startswith("Al Pacino plays Vincent Hanna")
    de_niro = answer(VIEW, "and robert de niro", context=pacino.conversation)
    assert de_niro.answer.startswith("Robert De Niro plays Neil McCauley")


def test_a_film_we_do_not_have_forgets_the_old_one() -> None:
    first = answer(VIEW, "who directed the runaways")
    unknown = answer(VIEW, "what about casablanca", context=first.conversation)
    assert unknown.abstained and unknown.conversation.film is None
    assert answer(VIEW, "who directed it", context=unknown.conversation).abstained


def test_names_that_differ_by_a_number_are_different_people() -> None:
    from index.filmfacts import same_person

    assert not same_person("Performer Number10", "Performer Number1")
    assert same_person("Kirsten Stewart", "Kristen Stewart")
    # a first initial the text adds ("with A. Wilford Brimley") is one cast member, not two
    assert same_person("A. Wilford Brimley", "Wilford Brimley")
    assert not same_person("J. Smith", "John Smith")


def test_kinship_both_ways_and_everyday_role_words() -> None:
    text = (
        "New student Cal (Jon Ames) likes Bea (Ann Lee) and gets Pat (Tom Roe) to date Bea's moody "
        "sister, Kit (Joy Sun). Kit's grandmother (Mae Orr) raised them. Pat's best friend (Lou Fry) helps."
    )
    film = review("Ten Reasons", 1999, text)

    def part(person: str, **kw: object) -> Credit:
        return Credit(
            person, "cast", review_id=film.review_id, how="paren", confidence=0.8, evidence=text, **kw
        )  # type: ignore[arg-type]

    facts = {
        film.review_id: ReviewFacts(
            credits=(
                part("Ann Lee", character="Bea"),
                part("Joy Sun", character="Kit", description="sister", of="Bea"),
                part("Mae Orr", description="grandmother", of="Kit"),
                part("Lou Fry", description="friend"),
            )
        )
    }
    view = view_of([film], facts)

    def said(question: str, context: Conversation | None = None) -> str:
        return answer(view, question, context=context).answer

    # Kit is Bea's sister, so Bea is Kit's: not Kit herself
    assert said("who plays kit's sister in ten reasons").startswith("Ann Lee plays Bea")
    assert said("who plays bea's sister in ten reasons").startswith("Joy Sun plays Kit")
    first = answer(view, "who plays kit in ten reasons")
    assert said("and her sister", first.conversation).startswith("Ann Lee plays Bea")
    assert said("who plays kit's grandma in ten reasons").startswith("Mae Orr")
    # whose friend the review does not say: the friend still answers
    assert said("who plays pat's best friend in ten reasons").startswith("Lou Fry")
    # a mother nobody has
    assert said("who plays kit's mom in ten reasons").startswith(ABSTAIN)


def test_which_film_reads_chat_words_as_the_words_reviews_write() -> None:
    from index.answer.handlers.search import rerank

    staged = review(
        "Staged", 1998, "A man discovers his entire existence has been a television show since birth."
    )
    dancer = review("Dance Party", 1988, "A dancer appears on a local TV show.")
    view = view_of([staged, dancer])
    query = "movie where a guy finds out he lived his whole life on a tv show"
    ranked = rerank(view, query, view.search(query, k=50))
    assert ranked[0][1].passage.film == staged.film
    # "killed" is what the review calls a murder; "nyc" is New York
    first = review("The First", 1995, "A petty thief murdered a fellow inmate in New York after years alone.")
    kill = review("Killed", 1995, "A petty thief killed a guy in a small town.")
    view = view_of([first, kill])
    query = "petty thief who killed a guy after years in the hole in nyc"
    ranked = rerank(view, query, view.search(query, k=50))
    assert ranked[0][1].passage.film == first.film and ranked[0][0] > ranked[1][0]


def test_which_film_reads_a_spoof_as_the_parody_its_review_writes() -> None:
    parody = review("High Nerves", 1977, "A parody of Hitchcock thrillers: a psychiatrist runs an institute.")
    homage = review("Low Nerves", 1977, "A psychiatrist who loves Hitchcock thrillers runs an institute.")
    view = view_of([parody, homage])
    said = answer(view, "the movie spoofing hitchcock thrillers where a psychiatrist runs an institute")
    assert said.film == parody.film


def test_which_film_names_the_film_whose_story_alone_leads_when_the_words_leave_it_a_guess() -> None:
    pops = review(
        "Up Pops", 1931,
        "Up Pops is a 1931 comedy film directed by Al Sutherland for Paramount.\n\n"
        "An advertising man quits his job to become a novelist, upsetting his wife.",
    )  # fmt: skip
    club = review(
        "Night Club", 1931, "Night Club is a 1931 comedy film directed by Al Sutherland about a singer."
    )
    view = view_of([pops, club])
    asked = "early 30s comedy where an ad guy leaves work to write books and his missus isnt happy"
    assert answer(view, asked).abstained  # the words alone: too few of them in either film
    view.told_by_stories = [(pops.film, 0.62), (club.film, 0.45)]
    said = answer(view, asked)
    assert said.film == pops.film and not said.abstained
    assert "novelist" in said.answer  # the sentence that tells the story is quoted
    # a story barely ahead of the next is no answer, nor one of another decade than the one said
    view.told_by_stories = [(pops.film, 0.62), (club.film, 0.55)]
    assert answer(view, asked).abstained
    view.told_by_stories = [(pops.film, 0.62), (club.film, 0.45)]
    assert answer(view, asked.replace("early 30s", "50s")).abstained
    # nor one whose sentence closest to the question is about its making, said of many films
    from index.answer.handlers.search import _told_by_story
    from index.answer.parse import parse

    oath = review(
        "Sheriff Oath",
        1923,
        "Sheriff Oath is a 1923 western. The film was distributed by Universal Pictures.",
    )
    view = view_of([oath, club])
    view.told_by_stories = [(oath.film, 0.9), (club.film, 0.7)]
    asked = "which movie was distributed by universal pictures"
    assert _told_by_story(view, parse(asked, view.titles), asked, asked) is None
    view = view_of([pops, club])
    view.told_by_stories = [(pops.film, 0.62), (club.film, 0.45)]
    asked = "an advertising guy quits his job to write novels"
    assert _told_by_story(view, parse(asked, view.titles), asked, asked) == pops.film
    # nor a film whose text never says the milestone asked, nor one crediting none of the people named
    # (a story says nothing of either)
    asked = "the first film where an advertising guy quits his job to write novels"
    assert _told_by_story(view, parse(asked, view.titles), asked, asked) is None
    starred = replace(club, cast=(CastMember("Cary Grant"),))
    view = view_of([pops, starred])
    view.told_by_stories = [(pops.film, 0.62), (club.film, 0.45)]
    asked = "cary grant one where an advertising guy quits his job to write novels"
    told = "one where an advertising guy quits his job to write novels"
    assert _told_by_story(view, parse(asked, view.titles), asked, told) is None


def test_what_something_is_called_quotes_the_sentence_that_names_it() -> None:
    text = (
        "A doctor, himself a serial killer, helps the young agent from his cell. "
        'She hunts a serial killer nicknamed "The Tailor" across three states.\n\n'
        "The crew of the freighter Kestrel wake up early."
    )
    view = view_of([review("Quiet Lambs", 1991, text)])
    assert "The Tailor" in answer(view, "whats the serial killer called in quiet lambs").answer
    assert "Kestrel" in answer(view, "what's the ship called in quiet lambs").answer


def test_the_version_by_a_person_picks_the_film() -> None:
    old = review("Grit", 1969, "It stars Wade Jonn as Marshal Cole and Kim Dale as Mattie Ross.")
    new = review("Grit", 2010, "A remake of the 1969 film starring Wade Jonn. It stars Jeff Brede as Cole.")
    facts = {
        old.review_id: ReviewFacts(
            credits=(
                Credit(
                    "Wade Jonn", "cast", character="Marshal Cole", review_id=old.review_id, confidence=0.75
                ),
                Credit("Kim Dale", "cast", character="Mattie Ross", review_id=old.review_id, confidence=0.75),
            )
        ),
        new.review_id: ReviewFacts(
            credits=(
                Credit("Wade Jonn", "cast", review_id=new.review_id, confidence=0.6),
                Credit("Jeff Brede", "cast", character="Cole", review_id=new.review_id, confidence=0.75),
            )
        ),
    }
    view = view_of([old, new], facts)
    first = answer(view, "who plays cole in grit 2010")
    assert first.answer.startswith("Jeff Brede")
    then = answer(view, "and in the wade jonn one who plays mattie", context=first.conversation)
    assert then.film == old.film and then.answer.startswith("Kim Dale")
    unknown = answer(view, "and in the tom hanks one who plays mattie", context=first.conversation)
    assert unknown.abstained and "Tom Hanks one" in unknown.answer


def test_whose_part_by_first_name_when_the_review_uses_the_surname() -> None:
    text = "The film follows skater Tonya Harding. Alison Jan plays Harding's mother, LaVona."
    film = review("I, Skater", 2017, text)
    facts = {
        film.review_id: ReviewFacts(
            credits=(
                Credit("Alison Jan", "cast", character="LaVona", description="mother", of="Harding",
                       review_id=film.review_id, confidence=0.75, evidence=text),
            ),
            people={"Tonya Harding": 1, "Alison Jan": 1},
        )
    }  # fmt: skip
    view = view_of([film], facts)
    assert answer(view, "who plays tonya's mom in i skater").answer.startswith("Alison Jan")
    assert answer(view, "who plays nancy's mom in i skater").abstained


def test_films_sharing_a_title_that_give_the_same_answer() -> None:
    old = review("Twin Trick", 1961, "It is based on the book Lisa and Lottie by Erich Kastner.")
    new = review("Twin Trick", 1998, "A remake, it is based on the novel Lisa and Lottie by Erich Kastner.")
    facts = {
        r.review_id: ReviewFacts(
            sources=(SourceWork("Lisa and Lottie", author="Erich Kastner", kind=kind, review_id=r.review_id,
                                evidence=r.text, confidence=0.75),)
        )
        for r, kind in ((old, "book"), (new, "novel"))
    }  # fmt: skip
    said = answer(view_of([old, new], facts), "what book is twin trick based on").answer
    assert "Lisa and Lottie" in said and "The same for" in said
    # different answers: which one?
    other = review("Twin Trick", 2020, "It is based on the play Two Lottes by Ann Bell.")
    facts[other.review_id] = ReviewFacts(
        sources=(SourceWork("Two Lottes", author="Ann Bell", kind="play", review_id=other.review_id,
                            evidence=other.text, confidence=0.75),)
    )  # fmt: skip
    asked = answer(view_of([old, new, other], facts), "what book is twin trick based on")
    assert asked.abstained and len(asked.choices) == 3


def test_story_questions_about_the_conversations_film_or_the_closest_one() -> None:
    park = review(
        "Dino Park",
        1993,
        "It stars Sam Neal.\n\nThe film is set on the island of Isla Verde, off Costa Rica.",
    )
    skater = review(
        "Skate Day", 1986, "A slacker named Ferro skips school and spends the day in Chicago with friends."
    )
    island = review("The Island", 2005, "Clones escape a facility.")
    view = view_of([park, skater, island])
    first = answer(view, "whos in dino park")
    assert "Isla Verde" in answer(view, "what island is it on", context=first.conversation).answer
    assert "Chicago" in answer(view, "where do ferro and his friends go").answer
    # about no one film: no film's story answers
    assert answer(view, "where do the friends go in the end").abstained
    assert answer(view, "films with a twist ending").abstained


def test_who_plays_with_no_film_named_takes_a_credit_never_a_nearby_name() -> None:
    rhapsody = review(
        "Queen Story",
        2018,
        "The story of Freddie Mercury. It stars Remy Malak as Mercury, with Lucy Boyd in support.",
    )
    other = review("Brooklyn Blonde", 1945, "Loretta sings while Thurston Hale runs the club.")
    facts = {
        rhapsody.review_id: ReviewFacts(
            credits=(Credit("Remy Malak", "cast", character="Mercury", review_id=rhapsody.review_id,
                            confidence=0.75, evidence=rhapsody.text),)
        )
    }  # fmt: skip
    view = view_of([rhapsody, other], facts)
    assert answer(view, "who played freddie mercury").answer.startswith("Remy Malak plays Mercury")
    assert answer(view, "who plays loretta lynn").abstained


def test_a_described_part_with_no_film_asks_which_film() -> None:
    villain = Credit(
        "Mark Stone", "cast", description="villain", review_id=RUNAWAYS.review_id, confidence=0.75
    )
    facts = {RUNAWAYS.review_id: ReviewFacts(credits=(villain,))}
    assert answer(view_of([RUNAWAYS], facts), "who plays the villain").abstained
    # a title we lack before the question: said so, never another film's president
    president = Credit("Tom Wilkes", "cast", character="President Johnson", review_id=RUNAWAYS.review_id)
    facts = {RUNAWAYS.review_id: ReviewFacts(credits=(president,))}
    said = answer(view_of([RUNAWAYS], facts), "air force one who plays the president")
    assert said.abstained and said.film is None and "“air force one”" in said.answer


def test_the_name_after_a_comma_is_what_something_is_called() -> None:
    text = "A mermaid princess dreams of land. She bargains with the sea witch, Morgana, for legs."
    view = view_of([review("Deep Song", 1989, text)])
    assert "Morgana" in answer(view, "whats the sea witch called in deep song").answer


def test_the_year_it_came_out_is_never_asked_of_a_film_guessed() -> None:
    come = review("Come and Get It", 1936, "Come and Get It is a 1936 lumberjack drama film.")
    jazz = review("Jazz on a Summer Day", 1959, "Jazz on a Summer Day is a 1959 concert film.")
    view = view_of([come, jazz], {})
    for question in ("what year did it come out", "when was it released"):
        said = answer(view, question)
        assert said.abstained and said.film is None and "Which film do you mean?" in said.answer, question
    # a title we lack, then the year asked: said so, not Come and Get It
    said = answer(view, "young mr jazz harold lloyd what year")
    assert said.abstained and "“young mr jazz harold lloyd”" in said.answer
    assert answer(view, "come and get it what year").answer.startswith("Come and Get It came out in 1936")


def test_a_series_number_no_title_carries_is_read_from_the_films_own_text() -> None:
    first = review("Shriek", 1996, "Shriek is a 1996 slasher film.", director="Wes Crane")
    fifth = review(
        "Shriek", 2022,
        "Shriek is a 2022 slasher film. It is the fifth installment in the Shriek film series and a "
        "direct sequel to Shriek 4 (2011).", director="Matt Olpin",
    )  # fmt: skip
    spin = review(
        "Cat in Boots: The Final Wish", 2022,
        "The sequel to the spin-off film Cat in Boots (2011) and the sixth installment in the Ogre "
        "franchise.", director="Joel Craw",
    )  # fmt: skip
    view = view_of([first, fifth, spin], {})
    assert answer(view, "shriek 5 who directed it").answer.startswith(
        "Shriek (2022) was directed by Matt Olpin"
    )
    assert "Joel Craw" in answer(view, "cat in boots 2 who directed").answer
    # the text's other counts are not this series' numbers
    for question in ("shriek 4 director", "shriek 2 director", "cat in boots 6 director"):
        assert answer(view, question).abstained, question
    # a sequel to a longer title of the series, when a film is titled the stem alone, is no second film
    # ("step up 2" is not Step Up: All In, the fifth, which follows Step Up Revolution)
    step = review("Step In", 2006, "Step In is a 2006 dance film.", director="Anne Fletch")
    fifth = review(
        "Step In: All Out", 2014,
        "It serves as a sequel to Step In Revolution and the fifth and final installment in the Step In "
        "film series.", director="Trish Sea",
    )  # fmt: skip
    view = view_of([step, fifth], {})
    assert answer(view, "step in 2 who directed it").abstained
    assert "Trish Sea" in answer(view, "step in 5 who directed it").answer


def test_same_person_asked_after_a_comma_is_the_last_question_of_the_new_title() -> None:
    first = review(
        "Dynamo Canyon", 1941, "Dynamo Canyon is a 1941 western directed by Rob Tansy.", director="Rob Tansy"
    )
    then = review("The Driftin Kidd", 1941, "The Driftin Kidd is a 1941 western directed by Rob Tansy.",
                  director="Rob Tansy")  # fmt: skip
    view = view_of([first, then], {})
    turn = answer(view, "who directed dynamo canyon")
    said = answer(view, "ok and the driftin kidd, same guy?", context=turn.conversation)
    assert not said.abstained and said.film == then.film and "Rob Tansy" in said.answer, said.answer


def test_where_a_story_takes_place_is_not_where_it_was_shot_nor_friends_made_missed() -> None:
    pampas = review(
        "Savage Plains", 1966,
        "Savage Plains is a 1966 western film directed by Hugo Fregon. The film's location shooting took place "
        "in Spain, a popular location for westerns during the era. The film's action is set in the Argentinian "
        "Pampas around the time of the Conquest of the Desert.",
    )  # fmt: skip
    said = answer(view_of([pampas], {}), "where does savage plains take place")
    assert "Argentinian" in said.answer and "location shooting" not in said.answer, said.answer
    said = answer(view_of([pampas], {}), "where was savage plains filmed")
    assert "Spain" in said.answer, said.answer
    aliens = review(
        "Evil Alien Conquerers", 2003,
        "Evil Alien Conquerers is an American comedy film. It follows two aliens who are sent to Earth to "
        "destroy mankind. When they arrive, they are unable to complete their mission. The two aliens "
        "befriend a fast food employee who helps them.",
    )  # fmt: skip
    said = answer(view_of([aliens], {}), "who do the aliens make friends with in evil alien conquerers")
    assert "fast food employee" in said.answer, said.answer


def test_a_black_and_white_or_silent_version_no_review_calls_so_is_the_one_of_those_years() -> None:
    old = review("King Kongg", 1933, "King Kongg is a 1933 monster film directed by Merian Cooperr.",
                 director="Merian Cooperr")  # fmt: skip
    new = review("King Kongg", 2005, "King Kongg is a 2005 monster film directed by Pete Jacksen.",
                 director="Pete Jacksen")  # fmt: skip
    view = view_of([old, new], {})
    for question in (
        "king kongg the black and white one director",
        "who directed the b&w king kongg",
        "who directed the black and white king kongg",
    ):
        said = answer(view, question)
        assert not said.abstained and "Merian Cooperr" in said.answer, (question, said.answer)
    said = answer(
        view, "and the black and white one?", context=answer(view, "who directed king kongg").conversation
    )
    assert "Merian Cooperr" in said.answer, said.answer
    assert "Pete Jacksen" in answer(view, "the color version of king kongg who directed").answer


def test_awards_asked_of_a_film_whose_reviews_name_none_are_said_to_be_unmentioned() -> None:
    shark = review(
        "Jawz",
        1975,
        "Jawz is a 1975 thriller directed by Steve Spielburg. The screenplay is by Pete Benchly.",
    )
    said = answer(view_of([shark], {}), "did jawz win any oscars")
    assert said.abstained and "don't mention any awards" in said.answer and "Benchly" not in said.answer
    won = review(
        "Jawz", 1975, "Jawz is a 1975 thriller. It won three Academy Awards, for its editing and score."
    )
    said = answer(view_of([won], {}), "did jawz win any oscars")
    assert "Academy Awards" in said.answer, said.answer


def test_someones_other_films_in_the_job_asked_or_the_one_the_talk_was_about() -> None:
    def directed(title: str, year: int, who: str, *cast: str) -> Review:
        return review(title, year, f"{title} is a {year} crime film directed by {who}.", director=who,
                      cast=tuple(CastMember(a) for a in cast))  # fmt: skip

    films = [
        directed("The Godfatherr", 1972, "Francis Ford Copola", "Al Pacinoo"),
        directed("The Conversationn", 1974, "Francis Ford Copola", "Gene Hackmann"),
        directed("Apocalypse Noww", 1979, "Francis Ford Copola"),
        directed("Lost in Translationn", 2003, "Sofia Copola"),
        directed("Heatt", 1995, "Michael Mannn", "Al Pacinoo"),
    ]
    view = view_of(films, {})
    said = answer(
        view, "what else did he direct", context=answer(view, "who directed the godfatherr").conversation
    )
    assert said.kind == "career" and not said.abstained, said.answer
    assert "The Conversationn (1974)" in said.answer and "Apocalypse Noww (1979)" in said.answer
    assert "Lost in Translationn" not in said.answer and "(1972)" in said.answer.split(",")[0]  # besides it
    said = answer(view, "what other movies has al pacinoo been in")
    assert "Heatt (1995)" in said.answer and "The Godfatherr (1972)" in said.answer
    # a surname two people share is the one who far most often did so, else asked back; a name no one
    # has is said to be unknown
    assert "Francis Ford Copola directed" in answer(view, "what else did copola direct").answer
    view = view_of([*films, directed("Marie Antoinettee", 2006, "Sofia Copola")], {})
    said = answer(view, "what else did copola direct")
    assert said.abstained and "Whom do you mean" in said.answer and "Sofia Copola" in said.answer
    assert "don't know anyone called zorgo blap" in answer(view, "what else did zorgo blap direct").answer
    alone = answer(view, "what else did he direct", context=answer(view, "who directed heatt").conversation)
    assert alone.abstained and "no other film Michael Mannn directed" in alone.answer


def test_after_a_sequel_we_lack_it_is_no_longer_the_film_talked_about() -> None:
    shark = review(
        "Jawws", 1975, "Jawws is a 1975 thriller directed by Steve Spielburg.", director="Steve Spielburg"
    )
    view = view_of([shark], {})
    turn = answer(view, "and the sequel?", context=answer(view, "jawws cast").conversation)
    assert turn.abstained
    said = answer(view, "who directed that one", context=turn.conversation)
    assert said.abstained and "Spielburg" not in said.answer, said.answer
    back = answer(view, "back to jawws, who directed it", context=said.conversation)
    assert "Steve Spielburg" in back.answer


def test_a_doubt_after_a_comma_and_brothers_said_short_say_which_film_not_a_longer_title() -> None:
    coast = review("Barbery Coast", 1935, "In an early, uncredited appearance, Dave Nivin plays a drunken sailor.",
                   cast=(CastMember("Miriam Hopkinz"),))  # fmt: skip
    said = answer(view_of([coast], {}), "who did dave nivin play in barbery coast, wasnt it a tiny part")
    assert not said.abstained and "sailor" in said.answer, said.answer
    circus = review("At the Circuss", 1939, "At the Circuss is a 1939 comedy starring the Marx Brothers, in which "
                    "they help save a circus from bankruptcy.")  # fmt: skip
    said = answer(
        view_of([circus], {}), "at the circuss marx bros - what are they trying to save the circus from"
    )
    assert not said.abstained and "bankruptcy" in said.answer, said.answer


def test_a_question_the_reviews_do_not_answer_says_whose_reviews_were_read() -> None:
    film = review("Publik Be Damned", 1917, "Publik Be Damned is a 1917 drama film starring Mary Fullar.",
                  cast=(CastMember("Mary Fullar"),))  # fmt: skip
    view = view_of([film], {})
    for question in (
        "who voices the talking mule in publik be damned",
        "publik be damned whos the voice of francis",
    ):
        said = answer(view, question)
        assert said.abstained and "Publik Be Damned (1917)" in said.answer, (question, said.answer)


def test_the_work_asked_for_before_a_title_frames_it_no_longer_title() -> None:
    ape = review(
        "Tarzen Escapes", 1936, "Tarzen Escapes is a 1936 film based on the novel by Edgar Rice Burrows."
    )
    other = review("The Escape", 1928, "The Escape is a 1928 drama.")
    view = view_of([ape, other], {})
    for question in (
        "who wrote the source material for tarzen escapes",
        "whats the book behind tarzen escapes",
    ):
        said = answer(view, question)
        assert not said.abstained and "Edgar Rice Burrows" in said.answer, (question, said.answer)


def test_a_series_named_with_initials_is_read_past_their_dots() -> None:
    first = review("G.O. Jim: The Rise of Cobra", 2009, "G.O. Jim: The Rise of Cobra is a 2009 action film.")
    second = review(
        "G.O. Jim: Retaliation", 2013,
        "G.O. Jim: Retaliation is a 2013 action film. It is the second installment in the G.O. Jim film "
        "series and the sequel to G.O. Jim: The Rise of Cobra (2009).", director="Jon Chew",
    )  # fmt: skip
    said = answer(view_of([first, second], {}), "who directed go jim 2")
    assert not said.abstained and said.answer.startswith(
        "G.O. Jim: Retaliation (2013) was directed by Jon Chew"
    )


def test_who_does_an_actor_voice() -> None:
    assert ask("who does al pacino voice in heat lol").startswith("Al Pacino plays Vincent Hanna")


def test_the_sequel_remake_or_original_is_the_film_the_reviews_say_it_is() -> None:
    first = review("Xeno", 1979, "Xeno is a science fiction horror film.", director="Rid Scott")
    dead = review("Xeno Dead", 1980, "Xeno Dead is a horror film.", director="Fred Ray")
    sequel = review(
        "Xenos", 1986, "It is the sequel to the 1979 science fiction horror film Xeno.", director="Jim Cam"
    )
    old = review("Grit", 1969, "A western.", director="Hal Hath")
    new = review("Grit", 2010, "A western again.", director="Joel Coe")
    view = view_of([first, dead, sequel, old, new], {})
    turn = answer(view, "who directed xeno")
    then = answer(view, "what about the sequel", context=turn.conversation)
    # a later title that merely starts alike is not the sequel
    assert then.film == sequel.film and "Jim Cam" in then.answer
    turn = answer(view, "who directed grit 1969")
    for question in ("and the remake", "what about the newer one"):
        then = answer(view, question, context=turn.conversation)
        assert then.film == new.film and "Joel Coe" in then.answer, question
    back = answer(view, "ok and the original", context=then.conversation)
    assert back.film == old.film and "Hal Hath" in back.answer
    # no other version: said so, no film guessed
    none = answer(view, "and the remake", context=answer(view, "who directed xeno dead").conversation)
    assert none.abstained and "later version of Xeno Dead (1980)" in none.answer


def test_a_part_described_beside_a_credited_part_names_its_actor() -> None:
    film = review(
        "Knives In", 2019,
        "It follows master detective Benoit Blanc investigating the death of a patriarch.\n\n"
        "The ensemble cast includes Dan Crag as Blanc, with Chris Evan.",
    )  # fmt: skip
    rid = film.review_id
    facts = {
        rid: ReviewFacts(
            credits=(
                Credit("Dan Crag", "cast", character="Blanc", review_id=rid, confidence=0.75,
                       evidence="The ensemble cast includes Dan Crag as Blanc, with Chris Evan."),
                Credit("Chris Evan", "cast", review_id=rid, confidence=0.6),
            ),
            people={"Benoit Blanc": 1, "Dan Crag": 1, "Chris Evan": 1},
        )
    }  # fmt: skip
    text = answer(view_of([film], facts), "who plays the detective in knives in").answer
    # the detective's own name is no actor: the actor credited with that part is
    assert "Dan Crag as Blanc, the detective" in text


def test_short_first_names_find_the_credited_actor() -> None:
    assert ask("what part does al pacino have in heat").startswith("Al Pacino plays Vincent Hanna")
    heat = review("Heater", 1995, "A crime film.", cast=(CastMember("James Stew", "George Bailey"),))
    assert answer(view_of([heat], {}), "who is jimmy stew in heater").answer.startswith(
        "James Stew plays George Bailey"
    )


def test_a_partner_named_where_two_parts_work_together_as_partners() -> None:
    film = review(
        "Deadly Arm", 1987,
        "A pair of mismatched detectives, Martin Riggs (Gibb) and family man Roger Murt (Glov), "
        "work together as partners.",
    )  # fmt: skip
    rid = film.review_id
    facts = {
        rid: ReviewFacts(
            credits=(
                Credit("Mel Gibb", "cast", character="Martin Riggs", review_id=rid, confidence=0.8),
                Credit("Dan Glov", "cast", character="Roger Murt", review_id=rid, confidence=0.8),
            )
        )
    }
    view = view_of([film], facts)
    first = answer(view, "who plays riggs in deadly arm")
    assert "Dan Glov" in answer(view, "and his partner", context=first.conversation).answer


def test_other_crew_from_the_credits_or_said_to_be_unknown() -> None:
    film = review("Shore", 1975, "A shark film. The score was composed by John Willis.")
    rid = film.review_id
    facts = {
        rid: ReviewFacts(
            credits=(
                Credit("John Willis", "composer", review_id=rid, confidence=0.8,
                       evidence="The score was composed by John Willis."),
            )
        )
    }  # fmt: skip
    view = view_of([film], facts)
    music = answer(view, "who did the music for shore")
    assert music.answer.startswith("The music of Shore (1975) is by John Willis.")
    # a job the reviews don't name is said so, not answered with some sentence of the review
    producer = answer(view, "who produced shore")
    assert producer.abstained and "don't name its producer" in producer.answer
    # a part called the producer is still a part
    assert answer(view, "who plays the producer in shore").kind == "cast"


def test_the_narrator_is_the_voice_credited_or_the_part_so_called() -> None:
    worlds = review("Tripods", 2005, "Aliens invade, with narration by Morgan Freedman.")
    club = review("Soap Club", 1999, "Ed Norten plays the unnamed narrator, an insomniac office worker.")
    facts = {
        worlds.review_id: ReviewFacts(
            credits=(Credit("Morgan Freedman", "narrator", review_id=worlds.review_id, confidence=0.8,
                            evidence="Aliens invade, with narration by Morgan Freedman."),)
        ),
        club.review_id: ReviewFacts(
            credits=(Credit("Ed Norten", "cast", description="narrator", review_id=club.review_id,
                            confidence=0.7, evidence="Ed Norten plays the unnamed narrator."),)
        ),
    }  # fmt: skip
    view = view_of([worlds, club], facts)
    first = answer(view, "who starred in tripods")
    narrator = answer(view, "whos the narrator", context=first.conversation)
    assert narrator.answer.startswith("Tripods (2005) is narrated by Morgan Freedman.")
    for question in ("who is the narrator in soap club", "who plays the narrator in soap club"):
        said = answer(view, question)
        assert not said.abstained and said.answer.startswith("Ed Norten"), question


def test_which_film_prefers_the_genre_and_decade_the_question_names() -> None:
    story = "A lone sheriff must face a gang of outlaws arriving on the noon train while the town hides."
    western = replace(review("Sun High", 1952, story), genres=("Western",))
    drama = replace(review("Sun Low", 1988, story), genres=("Drama",))
    view = view_of([drama, western], {})
    for question in (
        "that western where a lone sheriff must face a gang of outlaws arriving on the noon train",
        "50s movie where a lone sheriff must face a gang of outlaws arriving on the noon train",
        "1952 movie where a lone sheriff must face a gang of outlaws arriving on the noon train",
    ):
        assert answer(view, question).film == western.film, question
    # a year the story is set in is no year of the film
    said = answer(view, "the one where a lone sheriff must face a gang of outlaws on the 1988 noon train")
    assert said.film != western.film or said.abstained


def test_a_question_naming_no_film_is_answered_only_from_a_passage_holding_its_rare_words() -> None:
    mum = review(
        "Serial Mum", 1994, "What does a suburban mom turn into? A killer, lol, and she is never caught."
    )
    bold = review(
        "Bold", 2012, "Princess Merida defies custom, and her mom is turned into a bear by a spell."
    )
    others = [review(f"Filler {i}", 2000 + i, "A quiet drama about a family and a farm.") for i in range(200)]
    view = view_of([mum, bold, *others], {})
    said = answer(view, "what does merida's mom turn into lol")
    assert said.film != mum.film
    assert said.abstained or said.film == bold.film


def test_the_version_the_question_describes_by_what_its_reviews_say() -> None:
    old = review("Honor", 1956, "A horse-racing drama.", director="Dave Butler")
    new = review("Honor", 1989, "A war drama about a regiment in the Civil War.", director="Ed Zwick")
    view = view_of([old, new], {})
    said = answer(view, "who directed honor, the civil war one")
    assert said.film == new.film and "Ed Zwick" in said.answer
    assert answer(view, "who directed honor, the pixar one").abstained


def test_which_film_names_no_film_without_the_person_the_question_names() -> None:
    grey = review(
        "The Gray", 2012, "Oil workers are stranded in Alaska after a plane crash and hunted by wolves."
    )
    big = review("Large", 1988, "Tom Hanx plays a boy who wakes up as an adult.")
    view = view_of([grey, big], {big.review_id: ReviewFacts(people={"Tom Hanx": 1})})
    said = answer(view, "tom hanx stranded on an island after a plane crash, which movie")
    # "tom hanx" is a person the reviews name, and The Gray does not have him
    assert said.abstained and said.film is None


def test_which_film_a_place_in_lower_case_is_no_missing_person() -> None:
    bear = review(
        "Paddington Bear",
        2015,
        "A talking bear from Peru moves in with a family in London and hides from a collector.",
    )
    other = review("River Tales", 1990, "A documentary about South America and its rivers.")
    view = view_of([bear, other], {})
    said = answer(view, "movie about a talking bear from south america who moves in with a family in london")
    # "south america" is written with capitals in a review, but it is a place, not a person the film lacks
    assert not said.abstained and said.film == bear.film


def test_which_film_reads_a_phrase_another_film_is_titled_after_as_a_phrase() -> None:
    slum = review(
        "Slum Prize", 2008,
        "A Mumbai teenager from the slums wins a television game and is accused of cheating.",
    )  # fmt: skip
    other = review("Quiz Show", 1994, "Quiz Show follows a rigged quiz show of the fifties.")
    question = "kid from the mumbai slums wins a quiz show and gets accused of cheating"
    said = answer(view_of([slum, other], {}), question)
    # "Quiz Show" is written with capitals as a title, and in lower case as the phrase it is
    assert said.film == slum.film and not said.abstained


class _RareWords(MemoryView):  # type: ignore[misc]
    """An in-memory view where a few words are rare (the index's weights, stubbed)."""

    def idf(self, word: str) -> float:
        return 6.0 if word in {"vice", "senator"} else 1.0


def test_which_film_weighs_no_film_by_the_words_of_its_own_title_in_the_story() -> None:
    vice = review(
        "Vice", 2018, "Vice follows a quiet politician who becomes the vice president of a weak president."
    )
    contender = review(
        "The Contender", 2000,
        "A president picks a senator, a woman, to be the new second in command, and a scandal follows.",
    )  # fmt: skip
    base = view_of([vice, contender], {})
    view = _RareWords(base.reviews_by_film, base.facts_by_review)
    said = answer(view, "political drama where a president picks a woman as his new vice president")
    # "vice" is the rarest word of the story, and it tells nothing of the film merely titled so
    assert said.film == contender.film and not said.abstained
    # a title said in full still names its film when the rest of the story fits it
    said = answer(view, "the one where a quiet politician becomes vice president of a weak president")
    assert said.film == vice.film and not said.abstained
    # and the title said as a film's name is what the question names ("the hitchcock biopic")
    said = answer(view, "the vice movie where a president picks a woman as his new vice president")
    assert said.film == vice.film and not said.abstained


def test_where_a_film_is_from_beside_its_title_picks_it_or_says_we_lack_it() -> None:
    text = (
        "Gomorra is a 2008 Italian crime film based on the non-fiction book of the same name by Rob Saviano."
    )
    crime = review("Gomorra", 2008, text)
    book = SourceWork("Gomorra", author="Rob Saviano", kind="book", review_id=crime.review_id, evidence=text)
    other = review("The Italian", 1915, "The Italian is a 1915 silent drama about an immigrant in New York.")
    horror = review("Parasit", 1982, "Parasit is a 1982 American science fiction horror film.")
    view = view_of([crime, other, horror], {crime.review_id: ReviewFacts(sources=(book,))})
    said = answer(view, "gomorra italian crime film based on what book")
    assert said.film == crime.film and "Rob Saviano" in said.answer, said.answer
    said = answer(view, "parasit korean film cast")  # ours is American: the Korean one we lack
    assert said.abstained and said.film is None and "parasit korean" in said.answer, said.answer


def test_words_after_a_title_that_its_reviews_do_not_tell_are_a_longer_title_we_lack() -> None:
    hard = review(
        "Hard to Die", 1988,
        "Hard to Die is a 1988 action film starring Bruce Willys as a detective in a skyscraper. It was "
        "followed by Hard to Die with a Vengeance in 1995.",
        director="John McTiernan",
    )  # fmt: skip
    view = view_of([hard], {})
    for question in (
        "hard to die with a vengeance cast",
        "hard to die first class director",
        "hard to die homecoming who plays the vulture",
    ):
        said = answer(view, question)
        assert said.abstained and said.film is None and "I have no reviews of" in said.answer, question
    # its people, its year or words set off after it are no other title
    for question in (
        "hard to die willys director",
        "hard to die 88 director",
        "hard to die, first class, who directed it",
    ):
        said = answer(view, question)
        assert said.film == hard.film and "John McTiernan" in said.answer, question


def test_a_title_after_whose_it_is_typed_with_its_year_is_that_film() -> None:
    film = review(
        "Dr. Zeuss' The Loraz", 2012, "Dr. Zeuss' The Loraz is a 2012 animated film.", writer="Cin Paul"
    )
    view = view_of([film])
    said = answer(view, "the loraz 2012 screenplay by who")
    assert said.film == film.film and "Cin Paul" in said.answer, said.answer
    # without the year only offered: a title after whose it is may be another film's own title
    said = answer(view, "who wrote the loraz")
    assert said.abstained and said.film is None and "Dr. Zeuss' The Loraz (2012)" in said.answer, said.answer


def test_a_name_particle_is_a_word_before_a_name_not_the_start_of_a_word() -> None:
    film = review(
        "Warmth", 1995, "The film follows the conflict between an LAPD detective and a career criminal.",
        cast=(CastMember("Al Pacinu"), CastMember("Robert De Niru")),
    )  # fmt: skip
    said = answer(view_of([film]), "who does al pacinu play in warmth").answer
    # (not "Probably LAPD de": "detective" cut at its "de", read as a name)
    assert "LAPD de:" not in said and "LAPD de," not in said, said


def test_a_part_described_by_its_relation_to_another_part() -> None:
    film = review(
        "Spirit World", 2001,
        "The story follows Enid (Birchy) and Becca (Johanson), two outsiders. Enid takes interest in an "
        "older man named Seymore (Buscemy).",
    )  # fmt: skip
    rid = film.review_id
    facts = {
        rid: ReviewFacts(
            credits=(
                Credit("Thora Birchy", "cast", character="Enid", review_id=rid, confidence=0.8),
                Credit("Steve Buscemy", "cast", character="Seymore", review_id=rid, confidence=0.8),
            )
        )
    }
    text = answer(view_of([film], facts), "spirit world who plays the older guy enid gets into").answer
    # Enid names whom the part is close to, not the part
    assert "Steve Buscemy as Seymore" in text


def test_name_questions_find_the_named_thing_and_word_forms_meet() -> None:
    film = review(
        "Enchanto", 2021,
        "When Mira learns that the family is losing its magic, she sets out to save the house. "
        "The film follows a Colombian family, the Madrigos, led by a matriarch.\n\n"
        "Four students are possessed, forcing the fifth, Ash Wills (Campbel), to survive the night.",
    )  # fmt: skip
    view = view_of([film], {})
    assert "the Madrigos" in answer(view, "whats the family name in enchanto").answer
    # "survives" is the word "survive" the review uses
    assert "Ash Wills" in answer(view, "whats the name of the guy who survives in enchanto").answer


def test_a_name_after_the_title_must_be_one_of_its_people() -> None:
    large = review(
        "Large", 1988, "A boy wakes up as a man.", director="Penny Marsh", cast=(CastMember("Tom Hanx"),)
    )
    hugh = review(
        "Hugh",
        2011,
        "Based on the book The Invention by Brian Selz, it follows a boy.",
        director="Martin Scorsay",
    )
    facts = {hugh.review_id: ReviewFacts(sources=(SourceWork("The Invention", author="Brian Selz", kind="book",
                                                             review_id=hugh.review_id, confidence=0.75),))}  # fmt: skip
    view = view_of([large, hugh], facts)
    assert "The Invention" in answer(view, "hugh scorsay based on what").answer
    assert "Tom Hanx" in answer(view, "large penny marsh cast").answer
    # a title we lack that starts like one we have: never the other film
    lacked = answer(view, "large lebowski cast lol")
    assert lacked.abstained and "large lebowski" in lacked.answer.lower() and lacked.film is None


def test_a_star_or_a_kind_of_film_between_the_title_and_the_question() -> None:
    about = review(
        "Roustabout", 1964, "Roustabout is a 1964 musical starring Elvis Presley as a singer who joins a "
        "carnival. The screenplay was by Anthony Lawrenz.", cast=(CastMember("Elvis Presley"),),
    )  # fmt: skip
    elvis = review("Elvis", 2022, "Elvis is a 2022 biopic of the singer.", director="Baz Lurman")
    alien = review(
        "Alien", 1979, "Alien is a 1979 Norwegian horror film, followed in 2017 by Alien: Covenant."
    )
    covenant = review("The Covenant", 2023, "The Covenant is a 2023 war film.", director="Guy Richey")
    facts = {
        about.review_id: ReviewFacts(credits=(Credit("Anthony Lawrenz", "writer", review_id=about.review_id,
                                                     how="by", confidence=0.8),)),
    }  # fmt: skip
    view = view_of([about, elvis, alien, covenant], facts)
    assert "Anthony Lawrenz" in answer(view, "roustabout elvis who wrote the screenplay").answer
    # a sequel we lack, even though the film's review names it: never the film it follows
    lacked = answer(view, "alien covenant who directed it")
    assert lacked.abstained and lacked.film is None and "alien covenant" in lacked.answer.lower()
    assert answer(view, "roustabout bogart who wrote it").film is None
    # whose film it is: a person of the film's, or a longer title we lack
    adventure = review(
        "The Big Adventure", 1921, "The Big Adventure is a 1921 silent film directed by Reeves Eastin."
    )
    lacked = answer(view_of([adventure], {}), "who directed pee-wee's big adventure")
    assert lacked.film is None and "pee-wee's big adventure" in lacked.answer
    owned = answer(view_of([adventure], {}), "who directed eastin's big adventure")
    assert owned.film == FilmRef("The Big Adventure", 1921)
    # nor words its review gives as a sequel's title ("followed by Snipe: Ghost Hunter")
    snipe = review(
        "Snipe", 1993, "Snipe is a 1993 action film starring Tom Berenjer as a marine sniper, a ghost hunter of "
        "men. It was followed by Snipe: Ghost Hunter.", cast=(CastMember("Tom Berenjer"),),
    )  # fmt: skip
    assert answer(view_of([snipe], {}), "snipe ghost hunter who plays the lead").film is None


def test_the_part_a_title_is_named_for() -> None:
    film = review(
        "Father of the Groom", 1991, "A businessman panics when his son gets married.",
        cast=(CastMember("Steve Marten", "George Banx"), CastMember("Diane Keatin")),
    )  # fmt: skip
    other = review("Sunshine Dad", 1916, "A comedy.", cast=(CastMember("Wolf Hopper"),))
    view = view_of([film, other], {})
    assert answer(view, "who plays the dad in father of the groom").answer.startswith("Steve Marten")
    # somebody's dad, with no film named, is not the part a title is named for
    assert "Sunshine Dad" not in answer(view, "who does the voice of nemo's dad").answer
    drew = review(
        "Uncle Drue", 2018, "It stars Kyle Irvin as the title character from his advertisements.",
        cast=(CastMember("Lil Howe"), CastMember("Kyle Irvin")),
    )  # fmt: skip
    view = view_of([drew], {})
    assert answer(view, "uncle drue who plays the old guy uncle drue himself").answer.startswith("Kyle Irvin")


def test_the_title_character_is_given_to_the_actor_named_last_before_it_even_by_surname() -> None:
    film = review(
        "Tedd", 2012,
        "The film stars Mark Walberg and Mila Kunnis, with Giovanni Ribbisi in supporting roles, and "
        "McFarlane providing the voice of the title character.",
        cast=(CastMember("Mark Walberg"), CastMember("Mila Kunnis"), CastMember("Seth McFarlane"),
              CastMember("Giovanni Ribbisi")),
    )  # fmt: skip
    said = answer(view_of([film], {}), "who plays the title character in tedd").answer
    assert said.startswith("Seth McFarlane plays the title character")


def test_an_actor_named_then_a_pronoun_asking_their_part() -> None:
    film = review("Manko", 2020, "Manko follows a screenwriter in 1940 Hollywood.")
    other = review("Dusk", 2017, "A war film.", cast=(CastMember("Gary Oldmann"),))
    facts = {
        film.review_id: ReviewFacts(
            credits=(
                Credit("Gary Oldmann", "cast", character="Herman Mankowitz", review_id=film.review_id),
                Credit("Amanda Seifried", "cast", character="Marion Davis", review_id=film.review_id),
            )
        )
    }
    view = view_of([film, other], facts)
    for question in (
        "gary oldmann in manko is playing who exactly",
        "manko gary oldmann who does he play",
        "gary oldmann manko whats his characters actual name",
    ):
        assert "Gary Oldmann plays Herman Mankowitz" in answer(view, question).answer, question
    # two actors named: whose part is asked is not known
    said = answer(view, "gary oldmann and amanda seifried in manko who do they play").answer
    assert "Gary Oldmann plays" not in said


def test_the_part_asked_is_not_the_named_actors_nor_one_beside_a_strangers_name() -> None:
    text = (
        "Red Hot is a 1988 action film starring Arnie Schwarz and Jim Belushy. Finding themselves on the "
        "same case, Danko and Ridzik work as partners to catch a deadly drug kingpin, Viktor Rosta, who "
        "killed Danko's partner."
    )
    film = review("Red Hot", 1988, text)
    rid = film.review_id
    credits = (
        Credit("Arnie Schwarz", "cast", character="Ivan Danko", review_id=rid, confidence=0.75),
        Credit("Jim Belushy", "cast", character="Art Ridzik", review_id=rid, confidence=0.75),
    )
    view = view_of([film], {rid: ReviewFacts(credits=credits)})
    said = answer(view, "red hot who's the bad guy arnie is chasing").answer
    assert "Schwarz as" not in said and "Belushy as" not in said and "Viktor Rosta" in said


def test_a_part_asked_by_two_descriptions_is_the_one_credited_by_either() -> None:
    film = review(
        "The Seekers", 2007, "Will learns he is the last of the Light. The Dark is the Rider (Eccles)."
    )
    rid = film.review_id
    credits = (
        Credit("Chris Eccles", "cast", character="Rider", review_id=rid, confidence=0.75),
        Credit("Alex Ludwick", "cast", character="Will", review_id=rid, confidence=0.75),
    )
    view = view_of([film], {rid: ReviewFacts(credits=credits)})
    said = answer(view, "the seekers 2007 who plays the rider, the evil guy").answer
    assert said.startswith("Chris Eccles plays Rider")


def test_the_main_part_of_several_titles_asks_which_one() -> None:
    first = review("Ace Vantura: Pet Detective", 1994, "A detective looks for a stolen dolphin.")
    second = review("Ace Vantura: When Nature Calls", 1995, "A detective looks for a bat.")
    said = answer(view_of([first, second], {}), "what goes missing in ace vantura")
    assert said.abstained and "could mean several films" in said.answer
    assert said.choices == (first.film, second.film)
    # more words of a title typed on: a longer title we lack, not one of these
    longer = answer(view_of([first, second], {}), "who directed ace vantura at worlds end")
    assert longer.abstained and "could mean" not in longer.answer and not longer.choices


def test_a_story_question_in_chat_words_finds_the_sentence_in_review_words() -> None:
    plane = review(
        "Airplain!", 1980,
        "It stars Rob Hays. It is known for its fun, surreal humor and fast slapstick comedy. "
        "It is a parody of the disaster genre, particularly Zero Hour!.",
    )  # fmt: skip
    said = answer(view_of([plane], {}), "what movie is airplain making fun of").answer
    assert "Zero Hour" in said


def test_a_lowercase_title_in_a_story_question_is_the_film_talked_abouts_words() -> None:
    rescue = review(
        "The Rescuers", 1977, "The two mice, Bernard and Bianca, must free young orphan Penny.",
        cast=(CastMember("Bob Newhart"),),
    )  # fmt: skip
    tale = review("A Tale of Two Mice", 1945, "A cartoon about two mice who steal cheese.")
    view = view_of([rescue, tale], {})
    first = answer(view, "the rescuers 1977 voice cast")
    then = answer(view, "and what are the two mice called", context=first.conversation)
    assert then.film == rescue.film and "Bernard" in then.answer
    # turning to the other film, or asking of it by name, is that film
    moved = answer(view, "what happens in two mice", context=first.conversation)
    assert moved.film != rescue.film
    # (nor a title opening the message, set off from the question)
    hand = review(
        "The Mumy's Hand", 1940, "The mumy Kharis guards the tomb of a princess.", director="Christy Caban"
    )
    tomb = review("The Mumy's Tomb", 1942, "Kharis is taken to the town of Mapleton.")
    view = view_of([hand, tomb], {})
    first = answer(view, "who directed the mumy's hand")
    moved = answer(
        view, "ok and the mumy's tomb, what town does that one happen in", context=first.conversation
    )
    assert moved.film == tomb.film and "Mapleton" in moved.answer, moved.answer


def test_a_title_that_opens_the_question_and_the_part_of_a_long_sentence_that_answers() -> None:
    long = (
        "Set on the Riviera, the film centers on Lucca Pagu (Tremble), a young sea monster boy with the ability "
        "to assume human form while on land, a gift he keeps from his family for the whole of the summer, who "
        "explores the town of Portorossa with his new best friends, Alberto and Giulia, having an adventure."
    )
    lucca = review("Lucca", 2021, long)
    town = review("The Town", 1945, "A war drama about a town.")
    baby = review("Raising Up Baby", 1938, "A paleontologist meets an heiress and a leopard named Baby.")
    view = view_of([lucca, town, baby], {})
    said = answer(view, "lucca whats the name of the town they go to")
    assert said.film == lucca.film and "Portorossa" in said.answer
    assert "leopard" in answer(view, "raising up baby what kind of animal is baby").answer


def test_follow_ups_about_the_music_a_remake_and_the_story() -> None:
    film = review(
        "Cat Folk", 1982,
        "Cat Folk is a 1982 horror film. It is a remake of the 1942 film of the same name. The film also "
        "features Jon Heard and Annette Tool. A young woman fears she turns into a panther when aroused.",
        director="Paul Shrader",
    )  # fmt: skip
    view = view_of([film], {})
    first = answer(view, "who directed cat folk")
    music = answer(view, "and the music?", context=first.conversation)
    assert music.abstained and "don't name its composer" in music.answer
    remake = answer(view, "what's it a remake of", context=first.conversation)
    assert "remake of the 1942 film" in remake.answer
    story = answer(view, "whats it about", context=first.conversation).answer
    assert "panther" in story and "also features" not in story


def test_versions_told_apart_by_a_name_not_by_a_common_word() -> None:
    old = review("Kong King", 1933, "A film crew finds a giant ape on an island.", director="Merian Coop")
    new = review(
        "Kong King",
        2005,
        "It stars Naomi Watt, Jack Black and Adrien Brody as the crew.",
        director="Peter Jaxon",
    )
    fillers = [review(f"Filler {i}", 1800 + i, f"A black comedy number {i}.") for i in range(150)]
    view = view_of([old, new, *fillers], {})
    said = answer(view, "who directed the black and white kong king")
    # neither is said to be black and white, and "black" is no name that tells them apart (Jack Black's
    # film is not it): the one version of the years films were black and white
    assert said.film == old.film and "Merian Coop" in said.answer
    assert "Peter Jaxon" in answer(view, "who directed kong king with adrien brody").answer


def test_a_version_described_by_what_kind_of_film_it_is() -> None:
    old = review("Aladin", 1992, "Aladin is a 1992 animated musical film.", director="John Musk")
    new = review(
        "Aladin", 2019, "Aladin is a 2019 live-action adaptation of the 1992 film.", director="Guy Ritch"
    )
    view = view_of([old, new], {})
    assert "Guy Ritch" in answer(view, "who directed the live action aladin").answer
    assert "John Musk" in answer(view, "who directed the animated aladin").answer


def test_a_sequel_number_the_film_does_not_state_alone_is_refused() -> None:
    third = review(
        "Men in Blue 3", 2012,
        "It is the sequel to Men in Blue (1997) and Men in Blue II (2002) and third installment in the Men in "
        "Blue franchise.", director="Barry Sonn",
    )  # fmt: skip
    view = view_of([third], {})
    said = answer(view, "men in blue 2 cast")
    assert said.abstained and said.film is None
    nurse = review("Cuckoo Nest", 1975, "A ward drama.", cast=(CastMember("Louise Fletch", "Nurse Ratched"),))
    assert answer(view_of([nurse], {}), "who played the mean nurse in cuckoo nest").answer.startswith(
        "Louise Fletch"
    )


def test_names_that_fold_to_nothing_do_not_break_answers() -> None:
    film = review("Dash", 2001, "In the story, the band goes on tour to Japan.")
    facts = {film.review_id: ReviewFacts(people={"—": 1, "Ann Lee": 1})}
    said = answer(view_of([film], facts), "where does the band go in dash")
    assert "Japan" in said.answer


def test_a_version_named_by_a_person_keeps_the_question() -> None:
    old = review("Grit", 1969, "It stars Wade Jonn as Marshal Cole.", director="Hal Haze")
    new = review("Grit", 2010, "A remake starring Jeff Brede as Cole.", director="Ann Coe")
    facts = {
        new.review_id: ReviewFacts(
            credits=(
                Credit("Jeff Brede", "cast", character="Cole", review_id=new.review_id, confidence=0.75),
            )
        )
    }
    view = view_of([old, new], facts)
    first = answer(view, "who directed grit 1969")
    assert first.answer.startswith("Grit (1969) was directed by Hal Haze")
    # the name picks the version; it is not a question about Jeff Brede's part
    then = answer(view, "and the jeff brede one?", context=first.conversation)
    assert then.film == new.film and then.answer.startswith("Grit (2010) was directed by Ann Coe")


def test_which_film_weighed_by_its_sentences() -> None:
    from index.answer.handlers.search import (
        CLEAR,
        NAMED_SENTENCE_MIN,
        POSSIBLE,
        SENTENCE_MIN,
        _weighed_by_sentences,
    )
    from index.types import Hit, Passage

    def hit(title: str, text: str, n: int) -> Hit:
        return Hit(Passage(n, f"{title}-r", title, 2000, text, 0, 0, len(text)), 0.5, 0.5, 1.0)

    told = hit("Shore", "A town fears the sea. A giant shark attacks swimmers at a beach town.", 1)
    other = hit("Deep", "A diver explores a wreck. The crew finds gold.", 2)
    third = hit("Gulls", "Birds attack a town.", 3)
    query = "giant shark attacks swimmers beach town"
    # modest word evidence, but one sentence says it, far better than the next films' sentences
    ranked = [(0.35, told), (0.3, other), (0.2, third)]
    assert _weighed_by_sentences(VIEW, query, ranked, [told, other, third], 0.38, SENTENCE_MIN) == CLEAR
    # the next film has a sentence as close: nothing is told apart
    close = hit("Tide", "A giant shark attacks swimmers in a beach town.", 4)
    ranked = [(0.35, told), (0.34, close), (0.2, third)]
    assert _weighed_by_sentences(VIEW, query, ranked, [told, close, third], 0.38, SENTENCE_MIN) == 0.38
    # named narrowly by its words, while another film's sentence says it better: only a guess
    ranked = [(0.4, other), (0.35, told), (0.2, third)]
    assert (
        _weighed_by_sentences(VIEW, query, ranked, [other, told, third], CLEAR + 0.01, SENTENCE_MIN)
        == POSSIBLE
    )
    # a sentence saying half of it is not enough, unless the names asked have narrowed the films
    half = hit("Shore", "A town fears the sea. Swimmers flee a giant beach.", 1)
    ranked = [(0.3, half), (0.25, other), (0.2, third)]
    assert _weighed_by_sentences(VIEW, query, ranked, [half, other, third], 0.3, SENTENCE_MIN) == 0.3
    assert _weighed_by_sentences(VIEW, query, ranked, [half, other, third], 0.3, NAMED_SENTENCE_MIN) == CLEAR
    # on few shared words, a sentence only a little closer than the next film's is a guess; far closer,
    # it names the film
    near = hit("Reef", "A giant shark attacks swimmers near a town.", 5)
    ranked = [(0.25, told), (0.2, near), (0.2, third)]
    assert _weighed_by_sentences(VIEW, query, ranked, [told, near, third], 0.25, SENTENCE_MIN) == POSSIBLE
    assert _weighed_by_sentences(VIEW, query, ranked, [told, near, third], 0.38, SENTENCE_MIN) == CLEAR
    ranked = [(0.25, told), (0.2, other), (0.2, third)]
    assert _weighed_by_sentences(VIEW, query, ranked, [told, other, third], 0.25, SENTENCE_MIN) == CLEAR


def test_which_film_tells_two_films_of_the_person_named_apart_by_the_story_alone() -> None:
    from index.answer.handlers.search import _sentence_readings
    from index.types import Hit, Passage

    def hit(title: str, n: int) -> Hit:
        return Hit(Passage(n, f"{title}-r", title, 2019, "It stars Al Pacheco.", 0, 0, 20), 0.5, 0.3, 1.0)

    plow, road, taxi, zoo = hit("Plow", 1), hit("Road", 2), hit("Taxi", 3), hit("Zoo", 4)
    query = "al pacheco drives a snow plow after the gang"
    ranked = [(0.4, plow), (0.33, road), (0.3, taxi), (0.2, zoo)]
    both = {f.passage.film: {"Al Pacheco"} for f in (plow, road, taxi)}
    # the story alone, against the next film of his and the best film crediting nobody named
    assert _sentence_readings(query, ranked, both) == [
        (query, ranked),
        ("drives a snow plow after the gang", [(0.4, plow), (0.33, road), (0.2, zoo)]),
    ]
    # only the first film credits him: his name is what tells it from the next one
    assert _sentence_readings(query, ranked, {plow.passage.film: {"Al Pacheco"}}) == [(query, ranked)]


def test_which_film_names_the_film_of_the_person_named_when_its_story_is_clearly_ahead() -> None:
    from index.answer.handlers.search import _named_lead, _without_names
    from index.types import Hit, Passage

    def hit(title: str, text: str, n: int) -> Hit:
        return Hit(Passage(n, f"{title}-r", title, 1992, text, 0, 0, len(text)), 0.5, 0.3, 1.0)

    leads = hit(
        "Leads", "Four desperate real estate salesmen fight over sales leads. It stars Al Pacheco.", 1
    )
    crew = hit("Crew", "Some guys plan a heist. It stars Al Pacheco.", 2)
    view = view_of([])
    ranked = [(0.4, leads), (0.3, crew)]
    both = {leads.passage.film: {"Al Pacheco"}, crew.passage.film: {"Al Pacheco"}}
    assert _named_lead(view, "salesmen fight over leads", ranked, both)
    # his name is what put his films first: the story alone must tell them apart
    assert "pacheco" not in _without_names("al pacheco one where a sub captain defects", both)
    assert not _named_lead(view, "al pacheco one where a sub captain defects", ranked, both)
    # another film credits a second person named: the film with both is the one ("pacino and lemmon")
    more = {**both, crew.passage.film: {"Al Pacheco", "Jack Lemon"}}
    assert not _named_lead(view, "salesmen fight over leads", ranked, more)
    assert not _named_lead(view, "salesmen fight over leads", ranked, {})  # nobody named


def test_two_sentences_answering_about_as_well_are_both_quoted() -> None:
    tied = review("Seaward", 1990, "The crew sails south to Tern Island. The crew sails north to Gull Rock.")
    said = answer(view_of([tied]), "seaward where does the crew sail to").answer
    assert "Tern Island" in said and "Gull Rock" in said
    clear = review("Landward", 1990, "The crew sails south to Tern Island. A cook bakes bread at home.")
    said = answer(view_of([clear]), "landward where does the crew sail to").answer
    assert "Tern Island" in said and "bakes" not in said


def test_where_a_story_is_set_is_the_town_and_its_region_not_a_country_in_passing() -> None:
    help_ = review(
        "Maids",
        2011,
        "Domestic workers in 1960s America were called maids, hence the title. "
        "The story follows two maids, Ada Clark and Mina Reno, in 1963 Reno, Nevada.",
    )
    facts = {
        help_.review_id: ReviewFacts(
            credits=(Credit("Viola Dane", "cast", character="Ada Clark", review_id=help_.review_id),),
            people={"Mina Reno": 1},
            places=("America", "Nevada"),
        )
    }
    text = answer(view_of([help_], facts), "where is maids set").answer
    assert "Reno, Nevada" in text and "America" not in text


def test_where_a_story_happens_is_not_where_the_film_was_shot_or_first_meant_to_be_set() -> None:
    boys = review(
        "The Benton Boys",
        1998,
        "It is based on Stan's 1994 book of the same name, which tells the true story of the Benton Gang, "
        "a family of bank robbers from Uvalde, Texas. It was filmed throughout Texas in the towns of "
        "Bertram and Austin. The script was originally set in New York.",
    )
    facts = {boys.review_id: ReviewFacts(places=("Uvalde", "Texas", "Bertram", "Austin", "New York"))}
    view = view_of([boys], facts)
    text = answer(view, "the benton boys were from what town in texas").answer
    assert "Uvalde" in text and "filmed" not in text, text
    assert "originally" not in answer(view, "the benton boys where is it set").answer


def test_a_film_named_inside_a_described_question_is_asked_about_not_guessed() -> None:
    muppets = review(
        "The Muppet Movie", 1979,
        "The Muppet Movie is a musical road comedy film produced by Jim Hanson. The film tells the origin "
        "story of the Muppets, as Kermit the Frog embarks on a cross-country trip to Los Angeles.",
    )  # fmt: skip
    ghost = review(
        "Ghost", 1990, "The plot centers on a murdered banker whose ghost sets out to save his girlfriend."
    )
    view = view_of([muppets, ghost])
    said = answer(view, "muppet movie where is kermit going")
    assert "Los Angeles" in said.answer and not said.answer.startswith("That sounds like"), said.answer
    # a film asked for keeps its answer: the film
    said = answer(view, "which movie has a murdered banker whose ghost tries to save his girlfriend")
    assert said.answer.startswith("That sounds like Ghost (1990)"), said.answer


def test_a_story_told_around_a_titles_word_is_no_question_about_that_film() -> None:
    up = review("Up!", 1976, "Up! is a 1976 comedy film directed by Russ Mayer.")
    bridge = review(
        "Bridge to Terabithia", 2007, "Two children create a magical kingdom in the woods near their homes."
    )
    hitman = review("Hitman", 2007, "Hitman is a 2007 action film about a contract killer known as Agent 47.")
    view = view_of([up, bridge, hitman])
    said = answer(view, "sad kids movie, two 11 year olds make up a magic kingdom in the woods")
    assert "Up!" not in said.answer.split("Closest")[0], said.answer
    # (but the talk turning to a title, then a story question of it, asks of that film)
    theo = review(
        "Vincent & Theo",
        1990,
        "Vincent & Theo is a film about the painter Vincent van Gogh and his brother Theo, an art dealer.",
    )
    skin = review(
        "American Skin", 2021, "It stars Theo Rossi and follows a veteran who works as a school janitor."
    )
    talk = view_of([theo, skin])
    turn = answer(talk, "who directed vincent and theo")
    said = answer(talk, "ok and vincent and theo, what did theo do for work", context=turn.conversation)
    assert said.film == theo.film, said.answer
    # a title's word where the part asked about stands, and a film we lack before it
    said = answer(view, "shoot em up clive owen who plays the hitman chasing him")
    assert said.abstained and "Which film do you mean?" in said.answer, said.answer


def test_short_forms_of_a_part_and_an_unnamed_lead_followed_by_the_story() -> None:
    text = (
        "Rob Duval plays Augustus McCrae and Rex Ingrams plays Lucifer Junior. The film follows a "
        "high-priced call girl who assists a detective."
    )
    film = review("Lone Dove", 1989, text, cast=(CastMember("Jane Fondue"), CastMember("Rob Duval")))
    rid = film.review_id
    credits = (
        Credit("Jane Fondue", "cast", review_id=rid, how="credits", confidence=0.97),
        Credit("Rob Duval", "cast", character="Augustus McCrae", review_id=rid, how="as", confidence=0.9),
        Credit("Rex Ingrams", "cast", character="Lucifer Junior", review_id=rid, how="as", confidence=0.9),
    )
    view = view_of([film], {rid: ReviewFacts(credits=credits)})
    assert answer(view, "who plays gus in lone dove").answer.startswith("Rob Duval plays Augustus McCrae")
    assert answer(view, "lone dove who played lucifer jr").answer.startswith("Rex Ingrams")
    # the story follows someone unnamed: the first-billed star, as a likelihood
    said = answer(view, "lone dove who plays the call girl").answer
    assert said.startswith("Probably Jane Fondue") and "follows a high-priced call girl" in said, said


def test_an_actor_typed_beside_a_title_asks_for_their_part() -> None:
    first = review(
        "First Daughter", 2004, "It stars Katie Holmz as Samantha MacKenzie, daughter of the President."
    )
    clerks = review(
        "Clerks",
        1994,
        "A day in the lives of store clerks Dante Hicks (Halloran) and Randal Graves (Andersen).",
    )
    facts = {
        first.review_id: ReviewFacts(
            credits=(Credit("Katie Holmz", "cast", character="Samantha MacKenzie", review_id=first.review_id,
                            how="as", confidence=0.9),)
        ),
        clerks.review_id: ReviewFacts(
            credits=(Credit("Jeff Andersen", "cast", character="Randal Graves", review_id=clerks.review_id,
                            how="paren", confidence=0.9),)
        ),
    }  # fmt: skip
    view = view_of([first, clerks], facts)
    # the name first, then the title, then the part asked
    said = answer(view, "katie holmz first daughter role").answer
    assert said.startswith("Katie Holmz plays Samantha MacKenzie in First Daughter (2004)"), said
    # the title first, then the name
    assert answer(view, "clerks jeff andersen plays who").answer.startswith(
        "Jeff Andersen plays Randal Graves"
    )
    # a name the film does not credit: a film we lack, not a guess
    assert answer(view, "tom hanks first daughter role").abstained


def test_a_version_asked_by_year_may_carry_a_longer_title() -> None:
    new = review("Mr. Deeds", 2002, "A comedy.", director="Steve Brill", cast=(CastMember("Adam Sandlor"),))
    old = review("Mr. Deeds Goes to Town", 1936, "A comedy.", cast=(CastMember("Gary Cooperman"),))
    view = view_of([new, old])
    talk = answer(view, "who directed mr deeds").conversation
    said = answer(view, "ok and the 1936 original, who starred in that", context=talk).answer
    assert said.startswith("Mr. Deeds Goes to Town (1936) stars Gary Cooperman"), said
    # a year no version has: said so, not another film
    assert answer(view, "and the 1950 one, who starred in that", context=talk).abstained


def test_a_title_of_small_words_inside_a_follow_up_is_no_other_film() -> None:
    wonder = review(
        "Wonder Girl", 2017, "Diana is raised on the hidden island of Themyscira.", director="Pat Jenks"
    )
    up = review("Up", 2009, "An old man ties balloons to his house.")
    view = view_of([wonder, up])
    talk = answer(view, "who directed wonder girl").conversation
    said = answer(view, "and the island she grows up on is called what", context=talk).answer
    assert "Themyscira" in said and "Up (2009)" not in said, said


def test_a_shrink_is_the_psychologist() -> None:
    text = "It stars Paul Dana as Wilson, with Paul Giamati as his psychologist Dr. Eugene Landy."
    view = _cast_view("Love and Mercy", 2015, text)
    rid = "love-and-mercy-2015"
    credit = Credit("Paul Giamati", "cast", character="Dr. Eugene Landy", description="psychologist", of="Wilson",
                    review_id=rid, how="as", confidence=0.9, evidence=text)  # fmt: skip
    view = view_of(view.reviews(FilmRef("Love and Mercy", 2015)), {rid: ReviewFacts(credits=(credit,))})
    assert answer(view, "love and mercy who plays his shrink").answer.startswith("Paul Giamati plays")


def test_a_title_then_a_person_and_a_year_or_a_studio() -> None:
    majestic = review(
        "The Majestic", 2001, "A screenwriter loses his memory.", cast=(CastMember("Jim Carry"),)
    )
    eternals = review("Eternals", 2021, "Immortal beings protect Earth.", cast=(CastMember("Gemma Chang"),))
    view = view_of([majestic, eternals])
    assert answer(view, "the majestic jim carry 2001 who else was in it").answer.startswith(
        "The Majestic (2001)"
    )
    # another year: a film we do not have
    assert answer(view, "the majestic jim carry 1990 who else was in it").abstained
    assert answer(view, "eternals marvel 2021 who stars in that").answer.startswith("Eternals (2021) stars")
    # a genre's word after a title's near miss is no studio: "office space" is not The Offence
    offence = review("The Offence", 1972, "A detective breaks down.", director="Sid Lumet")
    assert answer(view_of([offence]), "who directed office space").abstained


def test_in_the_film_a_name_opening_the_clause_is_whom_the_story_follows() -> None:
    history = review(
        "A History of Force", 2005,
        "The film stars Vigo Mortenson and Maria Bellow. In the film, Tom Stall, a diner owner, becomes a local hero.",
        cast=(CastMember("Vigo Mortenson"), CastMember("Maria Bellow")),
    )  # fmt: skip
    rock = review(
        "The Stone", 1996, "The film stars Sean Conery. In the film, the Pentagon assigns a team to stop a general.",
        cast=(CastMember("Sean Conery"),),
    )  # fmt: skip
    view = view_of([history, rock])
    said = answer(view, "what role does vigo mortenson have in a history of force").answer
    assert said.startswith("Probably Tom Stall"), said
    # "the Pentagon" is no one the story follows
    assert "Pentagon" not in answer(view, "what role does sean conery have in the stone").answer.split("“")[0]


def test_the_nth_film_of_a_series_by_what_its_own_text_says() -> None:
    first = review("Seas of Gold: The Curse", 2003, "A pirate film.", director="Gore Vern")
    fourth = review(
        "Seas of Gold: Stranger Tides",
        2011,
        "It is the fourth and final installment in the Seas of Gold film series.",
        director="Rob Marsh",
    )
    other = review("Seas of Gold: Dead Men", 2006, "The second film in the series.", director="Gore Vern")
    view = view_of([first, fourth, other])
    asked = answer(view, "who directed seas of gold the curse")
    assert asked.film == first.film
    then = answer(view, "and the 4th one?", context=asked.conversation)
    assert then.film == fourth.film and "Rob Marsh" in then.answer
    # no film says it is the third: not guessed by year
    third = answer(view, "and the 3rd one?", context=asked.conversation)
    assert third.abstained and third.film is None


def test_an_actor_asked_by_the_start_of_the_first_name() -> None:
    grape = review("Grape", 1993, "It follows Gil (Depp) and his brother Arnie (DiCaprio).")

    def credit(person: str, part: str) -> Credit:
        return Credit(person, "cast", character=part, review_id=grape.review_id, confidence=0.8)

    facts = {
        grape.review_id: ReviewFacts(
            credits=(credit("Leonardo DiCaprio", "Arnie"), credit("Johnny Depp", "Gil"))
        )
    }
    view = view_of([grape], facts)
    assert answer(view, "whats leo's character in grape").answer.startswith("Leonardo DiCaprio plays Arnie")
    two = {
        grape.review_id: ReviewFacts(credits=(*facts[grape.review_id].credits, credit("Leonard Nimes", "Bo")))
    }
    assert answer(view_of([grape], two), "whats leo's character in grape").abstained


def test_films_sharing_a_title_whose_stories_differ_are_asked_apart() -> None:
    old = review("Fargo", 1952, "A western. It was shot at the Iverson Ranch.")
    new = review("Fargo", 1996, "A pregnant police chief investigates a triple homicide in Minnesota.")
    result = answer(view_of([old, new]), "what is fargo about")
    assert result.abstained and {c.year for c in result.choices} == {1952, 1996}


def test_a_part_by_its_nickname_or_a_word_for_the_same_kind_of_part() -> None:
    future = review(
        "Future Road", 1985, 'Marty (Fax) and Emmett "Doc" Brun (Lloyd). It stars Arno as a cyborg assassin.'
    )
    rid = future.review_id
    facts = {
        rid: ReviewFacts(
            credits=(
                Credit("Chris Lloyd", "cast", character='Emmett "Doc" Brun', review_id=rid, confidence=0.8),
                Credit("Arno Schwarz", "cast", description="cyborg assassin", review_id=rid, confidence=0.8),
            )
        )
    }
    view = view_of([future], facts)
    assert answer(view, "who plays the doc in future road").answer.startswith("Chris Lloyd plays Emmett")
    assert answer(view, "who plays the robot in future road").answer.startswith("Arno Schwarz")


def test_another_films_title_in_a_follow_up_is_not_answered_from_the_conversations_film() -> None:
    blanca = review("Blancaville", 1942, "Set in wartime Morocco, it follows a bar owner.")
    machine = review("The Terminator", 1984, "A cyborg assassin is sent back in time to kill Sarah Connor.")
    hunted = review("Hunted", 1990, "A terminator robot is sent to kill a hacker.")
    view = view_of([blanca, machine, hunted])
    first = answer(view, "where is blancaville set")
    assert first.film == blanca.film
    then = answer(view, "who is the terminator sent to kill", context=first.conversation)
    # the film whose reviews hold the question's words, or a choice between the two: never Blancaville
    assert then.film == machine.film or (
        then.abstained and then.film is None and machine.film in then.choices
    )
    # the conversation's film whose reviews use those words keeps the question
    first = answer(view, "what happens in hunted")
    then = answer(view, "who is the terminator sent to kill", context=first.conversation)
    assert then.film == hunted.film
    # a one-word title used as a word ("some energy thing", "gets obsessed with") names no film
    thing, obsessed = (
        review("The Thing", 1982, "A thing from space hides in Antarctica."),
        review("Obsessed", 2009, "A temp gets obsessed with her boss."),
    )
    view = view_of([blanca, thing, obsessed])
    first = answer(view, "where is blancaville set")
    for question in ("whats it about again, some bar thing?", "and the guy she gets obsessed with"):
        assert answer(view, question, context=first.conversation).film == blanca.film, question


def test_after_which_one_do_you_mean_a_year_picks_and_the_part_asked_carries_over() -> None:
    old = review("Kong", 1933, "An ape on an island.", director="Mer Cooper")
    new = review("Kong", 2005, "An ape in New York.", director="Pete Jack")
    view = view_of([old, new])
    asked = answer(view, "who directed kong")
    assert asked.abstained and set(asked.choices) == {old.film, new.film}
    assert Conversation.from_json(asked.conversation.to_json()) == asked.conversation
    then = answer(view, "the 2005 one", context=asked.conversation)
    assert then.answer.startswith("Kong (2005) was directed by Pete Jack")

    grit_old = review("Grit", 1969, "A western.")
    grit_new = review("Grit", 2010, "A remake.")
    facts = {
        r.review_id: ReviewFacts(
            credits=(Credit(actor, "cast", character="Marshal Cole", review_id=r.review_id),)
        )
        for r, actor in ((grit_old, "Wade Jonn"), (grit_new, "Jeff Brede"))
    }
    view = view_of([grit_old, grit_new], facts)
    first = answer(view, "who plays marshal cole in grit 2010")
    assert "Jeff Brede plays Marshal Cole" in first.answer
    then = answer(view, "and in the 1969 one", context=first.conversation)
    assert "Wade Jonn plays Marshal Cole in Grit (1969)" in then.answer


def test_a_part_the_review_names_but_pairs_with_no_actor_is_said_so_with_the_cast() -> None:
    spray = review("Spray", 1988, "Set in Baltimore, it follows teenager Tracy Turnbolt as she dances on TV.")
    rid = spray.review_id
    facts = {rid: ReviewFacts(credits=(Credit("Rikki Lane", "cast", review_id=rid, confidence=0.8),))}
    result = answer(view_of([spray], facts), "who plays tracy in spray")
    assert result.abstained
    assert "The reviews name Tracy Turnbolt but not who plays the part" in result.answer
    assert "Rikki Lane" in result.answer
    # a part the review never names: said back as asked, with the cast
    untold = answer(view_of([spray], facts), "who plays zorblax in spray")
    assert untold.abstained and "Spray (1988) don't mention Zorblax; it stars Rikki Lane" in untold.answer


def test_a_name_followed_by_its_actor_in_brackets_is_a_part_not_an_actor() -> None:
    mib = review(
        "Black Suits",
        2012,
        "In the film, Agent J (Smith) must go back in time to prevent the assassination of his partner "
        "Kevin Brun / Agent K (Jonas).",
    )
    rid = mib.review_id
    facts = {
        rid: ReviewFacts(
            credits=(
                Credit("Will Smyth", "cast", character="Agent J", review_id=rid, confidence=0.8),
                Credit("Tommy Lee Jonas", "cast", character="Agent K", review_id=rid, confidence=0.8),
            ),
            people={"Kevin Brun": 1},
        )
    }
    text = answer(view_of([mib], facts), "who plays agent j's partner in black suits").answer
    assert "Tommy Lee Jonas" in text and "Kevin Brun as" not in text


def test_a_one_word_part_with_no_film_named_is_never_an_actors_first_name() -> None:
    country = review("Old Country", 2007, "Woody Harlson plays a bounty hunter.")
    cid = country.review_id
    facts = {
        cid: ReviewFacts(
            credits=(
                Credit("Woody Harlson", "cast", description="bounty hunter", review_id=cid, confidence=0.8),
            )
        )
    }
    text = answer(view_of([country], facts), "who voices woody").answer
    assert "Woody Harlson plays" not in text
    # a whole name is still the actor's
    assert "Woody Harlson" in answer(view_of([country], facts), "who does woody harlson play").answer


def test_a_story_question_by_a_first_name_finds_the_sentence_using_the_surname() -> None:
    # "cherie's father": the review says "Currie's father"; a sentence merely naming Cherie Currie
    # is not the answer
    text = ask("whats wrong with cherie's father in the runaways")
    assert "alcoholic" in text


def test_who_wrote_it_when_the_reviews_name_only_the_work_it_is_based_on() -> None:
    rick = review("Rickville", 1942, "The screenplay is based on a stage play.")
    rid = rick.review_id
    work = SourceWork("Everybody Comes to Ricky's", author="Murray Burnet", kind="play", review_id=rid)
    result = answer(view_of([rick], {rid: ReviewFacts(sources=(work,))}), "who wrote rickville")
    assert result.abstained
    assert (
        "don't name its screenwriters; it is based on the play Everybody Comes to Ricky's by Murray Burnet"
        in (result.answer)
    )


def test_a_follow_up_naming_what_the_film_never_mentions_is_a_film_we_lack() -> None:
    first = answer(VIEW, "who directed the runaways")
    lacked = answer(VIEW, "and zorgon returns?", context=first.conversation)
    assert lacked.abstained and lacked.film is None and "zorgon returns" in lacked.answer
    # a part of the film named alone is still a question about it
    part = answer(VIEW, "and marie?", context=first.conversation)
    assert part.answer.startswith("Riley Keough plays Marie")


def test_how_it_ends_when_every_sentence_is_about_the_making() -> None:
    made = review(
        "Shore",
        1975,
        "Shore is a 1975 film directed by Sam Spiel. Murray Ham portrays the mayor.",
        director="Sam Spiel",
    )
    result = answer(view_of([made]), "how does shore end")
    assert result.abstained and "The reviews don't say how Shore (1975) ends." in result.answer


def cast_list(review_id: str, *people: str) -> tuple[Credit, ...]:
    """A review's front-matter cast: the people, in billing order, with no parts."""
    return tuple(Credit(p, "cast", review_id=review_id, how="credits", confidence=0.97) for p in people)


def test_a_part_from_a_cast_list_is_told_with_the_sentence_that_says_what_it_is() -> None:
    text = (
        "Slap Shot Sam is a 1996 comedy. It stars Ada Sand as the title character, a failed ice hockey "
        "player who finds a talent for golf."
    )
    film = review("Slap Shot Sam", 1996, text)
    listed = Credit(
        "Ada Sand", "cast", character="Slap Shot Sam", review_id=film.review_id, how="credits", confidence=0.9
    )
    view = view_of([film], {film.review_id: ReviewFacts(credits=(listed,))})
    said = answer(view, "what kind of guy does ada sand play in slap shot sam")
    assert said.answer.startswith("Ada Sand plays Slap Shot Sam") and "ice hockey player" in said.answer
    said = answer(view, "ada sand in slap shot sam, what's his job in it")
    assert "ice hockey player" in said.answer


def test_which_film_puts_first_the_film_of_the_person_named() -> None:
    # the same story words: only the credits tell the two apart
    teacher = review(
        "Rock Class",
        2003,
        "A guitarist fakes being a teacher and turns a class into a band.",
        cast=(CastMember("Jax Blackwood"),),
    )
    other = review("Band Camp", 2001, "A teacher fakes being a guitarist and turns a class into a band.")
    view = view_of([other, teacher])
    said = answer(
        view, "the one where jax blackwood fakes being a sub teacher and turns the class into a band"
    )
    # the film crediting the person named comes first, whether named, offered or listed
    assert "Rock Class" in said.answer
    assert "Band Camp" not in said.answer or said.answer.index("Rock Class") < said.answer.index("Band Camp")


def test_a_story_question_in_a_conversation_reads_the_film_talked_about() -> None:
    text = (
        "Pit Crew is a 2019 drama. The plot follows a determined team of American and British engineers "
        "and designers, led by a visionary car designer and his hot-headed British driver, who are hired "
        "by a struggling Detroit carmaker and its ambitious head of marketing to build from scratch a car "
        "that can beat the perennially dominant Italian racing team at the 1966 endurance race at Le Mans "
        "in France."
    )
    film = review("Pit Crew", 2019, text)
    view = view_of([film])
    first = answer(view, "pit crew plot")
    said = answer(view, "what race are they trying to win", context=first.conversation)
    assert said.film == film.film and "Le Mans" in said.answer


def test_the_source_of_the_kind_asked_for() -> None:
    text = (
        "The Hill Song is a 1965 musical. It is an adaptation of the 1959 stage musical, composed by Rick "
        "Rogerson. Based on the 1949 memoir The Story of the Hill Singers by Mara Hill, the film follows a governess."
    )
    film = review("The Hill Song", 1965, text)
    rid = film.review_id
    musical = SourceWork(
        "composed", "Rick Rogerson", "musical", "It is an adaptation of the 1959 stage musical.", rid
    )
    memoir = SourceWork(
        "The Story of the Hill Singers", "Mara Hill", "memoir", "Based on the 1949 memoir.", rid
    )
    view = view_of([film], {rid: ReviewFacts(sources=(musical, memoir))})
    assert "Mara Hill" in answer(view, "whose memoir is the hill song based on").answer
    # a work with a title and an author before a phrase the review only describes
    assert "The Story of the Hill Singers" in answer(view, "what is the hill song based on").answer
    assert "Rick Rogerson" in answer(view, "what stage musical is the hill song based on").answer


def test_parts_described_in_the_words_people_use() -> None:
    text = (
        "Ice Man is a 1993 action film. It stars Sly Stallo and Wes Snipp. After a failed rescue of hostages "
        "from evil crime lord Simon Fenix (Snipp), they are both frozen. The main plot follows Harold Crook "
        "(Ferrel), an IRS agent who hears a voice. The cast of Dan Castel, Julie Kav and Hank Azar reprise "
        "their roles, and Al Brooksby plays the film's main antagonist, Russ Cargo, head of the EPA. It "
        'stars Nick Cagey as H.I. "Hi" McDunno, an ex-convict, and Holly Hunt as Ed McDunno, a former '
        "police officer and his wife."
    )
    film = review("Ice Man", 1993, text)
    rid = film.review_id
    people = "Sly Stallo, Wes Snipp, Will Ferrel, Dan Castel, Julie Kav, Hank Azar, Nick Cagey, Al Brooksby, Holly Hunt"
    cast = cast_list(rid, *people.split(", "))
    view = view_of([film], {rid: ReviewFacts(credits=cast)})

    def said(question: str) -> str:
        return answer(view, question).answer

    assert "Wes Snipp" in said("who played the bad guy in ice man")  # "evil crime lord"
    # a three-letter word; "guy" says nothing
    assert "Will Ferrel" in said("who plays the irs guy in ice man")
    assert "Al Brooksby" in said("who voices the epa boss in ice man")  # what follows "X plays"/"X as"
    assert "Holly Hunt" in said("ice man who plays hi's wife")  # "hi" is a name before "'s"


def test_the_title_role_is_the_part_the_film_is_named_for() -> None:
    film = review("Ninochka", 1939, "Ninochka is a 1939 comedy starring Greta Garbi and Melvin Douglass.")
    rid = film.review_id
    cast = cast_list(rid, "Greta Garbi", "Melvin Douglass")
    view = view_of([film], {rid: ReviewFacts(credits=cast)})
    assert answer(view, "who plays the title role in ninochka").answer.startswith("Greta Garbi")
    first = answer(view, "who wrote ninochka")
    assert answer(view, "who plays the titular character", context=first.conversation).answer.startswith(
        "Greta Garbi"
    )


def test_back_to_a_film_talked_about_earlier_by_the_start_of_its_title() -> None:
    dream = review(
        "Requiem for a Dreamer", 2000, "It is based on the 1978 novel of the same name by Hubert Selbie."
    )
    dream_facts = ReviewFacts(
        sources=(
            SourceWork(
                "Requiem for a Dreamer", author="Hubert Selbie", kind="novel", review_id=dream.review_id
            ),
        )
    )
    wrestler = review("The Grappler", 2008, "The Grappler is a 2008 drama directed by Darren Aronovsky.")
    view = view_of([dream, wrestler], {dream.review_id: dream_facts})
    first = answer(view, "who directed requiem for a dreamer")
    second = answer(view, "ok what about the grappler who directed that one", context=first.conversation)
    assert second.film == wrestler.film and second.conversation.earlier == (dream.film,)
    said = answer(view, "back to requiem, whats the novel", context=second.conversation)
    assert said.film == dream.film and "Hubert Selbie" in said.answer
    assert Conversation.from_json(said.conversation.to_json()) == said.conversation
    # a title talked about by nobody is still a film we lack
    assert answer(view, "back to zorgon, whats the novel", context=second.conversation).abstained


def test_the_remake_of_the_versions_offered() -> None:
    old = review("The Goo", 1958, "The Goo is a 1958 horror film starring Steve McQuine.")
    new = review("The Goo", 1988, "The Goo is a 1988 remake starring Kevin Dillan.")
    credits = {
        r.review_id: ReviewFacts(credits=(Credit(p, "cast", review_id=r.review_id, confidence=0.9),))
        for r, p in ((old, "Steve McQuine"), (new, "Kevin Dillan"))
    }
    view = view_of([old, new], credits)
    asked = answer(view, "who starred in the goo")
    assert asked.abstained and set(asked.choices) == {old.film, new.film}
    said = answer(view, "i meant the 80s remake, who's in that", context=asked.conversation)
    assert said.film == new.film and "Kevin Dillan" in said.answer


def test_who_is_someone_other_than_the_one_asked_about() -> None:
    text = (
        "The Shark is a 1961 drama. It tells the story of the pool player Eddie Felsen. "
        'He wants to beat the best there is, the legendary "Vermont Slim".'
    )
    film = review("The Shark", 1961, text)
    view = view_of([film], {film.review_id: ReviewFacts(people={"Eddie Felsen": 2})})
    said = answer(view, "the shark who's the best pool player eddie wants to beat")
    assert "Vermont Slim" in said.answer


def test_the_girl_is_the_first_billed_part_the_review_speaks_of_as_one() -> None:
    text = (
        "Leo is a 1994 thriller starring Jan Renault and Gary Oldmann. It centers on Leo (Renault), a hitman "
        "who takes in twelve-year-old Mattie Lando (Portmann) after her family is murdered."
    )
    film = review("Leo", 1994, text)
    rid = film.review_id
    cast = cast_list(rid, "Jan Renault", "Gary Oldmann", "Natalia Portmann")
    view = view_of([film], {rid: ReviewFacts(credits=cast)})
    said = answer(view, "who plays the girl in leo")
    assert "Natalia Portmann" in said.answer and said.answer.startswith("The review mentions")
    # no part spoken of as a boy: no guess from billing
    assert answer(view, "who plays the boy in leo").abstained


def test_the_version_of_a_decade() -> None:
    old = review("The Goo", 1958, "The Goo is a 1958 horror film.", director="Irv Yeaworth")
    new = review("The Goo", 1988, "The Goo is a 1988 remake.", director="Chuck Russel")
    view = view_of([old, new])
    first = answer(view, "who directed the goo 1988")
    said = answer(view, "and the 50s one", context=first.conversation)
    assert said.film == old.film and "Irv Yeaworth" in said.answer
    said = answer(view, "same for the 1980s version", context=said.conversation)
    assert said.film == new.film
    # a decade we have no version from
    said = answer(view, "what about the 70s one", context=said.conversation)
    assert said.abstained and "1970s" in said.answer


def test_a_name_in_the_story_of_a_film_with_a_cast_list_is_no_actor() -> None:
    text = "Steel Friend is a 1999 animated film. It centers on a young boy named Hogarth Hewes who finds a robot."
    film = review("Steel Friend", 1999, text)
    rid = film.review_id
    cast = cast_list(rid, "Vin Diesal", "Eli Marien")
    view = view_of([film], {rid: ReviewFacts(credits=cast, people={"Hogarth Hewes": 1})})
    said = answer(view, "who plays the kid in steel friend")
    assert said.abstained and "Hogarth Hewes" not in said.answer.split(":")[0]


def test_what_follows_as_is_the_part_only_up_to_a_clause() -> None:
    text = (
        "The Heir is a 1949 drama. It stars Olive Havland as Cathy Slope, a naive young woman who falls in "
        "love with a young man despite the objections of her emotionally abusive father. Bill Affleck also "
        "stars in a supporting role as Count Pierre."
    )
    film = review("The Heir", 1949, text)
    rid = film.review_id
    cast = cast_list(rid, "Olive Havland", "Ralph Richson", "Bill Affleck")
    view = view_of([film], {rid: ReviewFacts(credits=cast)})
    # the father is Cathy's, not Olive Havland's part
    said = answer(view, "in the heir who plays her dad")
    assert "Olive Havland" not in _claim(said), said.answer
    assert "Bill Affleck" in answer(view, "the heir who plays the count").answer


def test_a_part_asked_by_its_initials() -> None:
    film = review("Marchers", 2014, "Marchers is a 2014 drama.")
    rid = film.review_id
    cast = (
        Credit("Dave Oyelo", "cast", character="King", review_id=rid, how="credits", confidence=0.97),
        Credit(
            "Tom Wilkins",
            "cast",
            character="President Lyndon B. Johnson",
            review_id=rid,
            how="credits",
            confidence=0.97,
        ),
    )
    view = view_of([film], {rid: ReviewFacts(credits=cast)})
    assert answer(view, "who plays lbj in marchers").answer.startswith("Tom Wilkins plays")
    first = answer(view, "who plays king in marchers")
    assert answer(view, "and lbj?", context=first.conversation).answer.startswith("Tom Wilkins plays")


def test_a_version_named_by_what_people_call_it() -> None:
    old = review("Anya", 1956, "Anya is a 1956 drama film.", director="Anatole Litvak")
    new = review("Anya", 1997, "Anya is a 1997 animated musical film.", director="Don Bluth")
    view = view_of([old, new])
    first = answer(view, "anya 1956 who directed")
    assert "Don Bluth" in answer(view, "and the cartoon one?", context=first.conversation).answer
    crime = review("Widows", 2018, "Widows is a 2018 heist film.", director="Steve McQueen")
    view = view_of([crime])
    said = answer(view, "who directed widows, the steve mcqueen heist one")
    assert said.film == crime.film and "Steve McQueen" in said.answer


class _MeaningView(MemoryView):  # type: ignore[misc]
    """An in-memory view whose sentence similarity is given (the model's, stubbed): sentences holding
    `close` are that close to any question, the others far."""

    def __init__(self, base: MemoryView, close: dict[str, float]) -> None:
        super().__init__(base.reviews_by_film, base.facts_by_review)
        self.close = close

    def similarity(self, query: str, texts: list[str]) -> list[float]:
        return [max((v for k, v in self.close.items() if k in t), default=0.02) for t in texts]


def test_a_story_question_sharing_no_word_is_answered_by_the_one_sentence_that_means_it() -> None:
    text = (
        "Oil of Hope is a 1992 drama film. It is the true story of parents who search for a cure for "
        "their son, who suffers from adrenoleukodystrophy. The film was shot in Pittsburgh."
    )
    film = review("Oil of Hope", 1992, text)
    base = view_of([film])
    said = answer(
        _MeaningView(base, {"adrenoleukodystrophy": 0.3}), "oil of hope what illness does the kid have"
    )
    assert not said.abstained and "adrenoleukodystrophy" in said.answer and "perhaps" in said.answer
    # the closest, even a little closer than the next ("what was the guy sick with" → "an AIDS patient"
    # by 0.03): how much closer said nothing of right or wrong on the read dev files
    close = {"adrenoleukodystrophy": 0.3, "Pittsburgh": 0.27}
    said = answer(_MeaningView(base, close), "oil of hope what illness does the kid have")
    assert "adrenoleukodystrophy" in said.answer and "perhaps" in said.answer
    # only a little close, but the closest of all by far: an answer, said as a guess (on the read dev
    # files' story questions most such sentences held the answer)
    faint = {"adrenoleukodystrophy": 0.15, "Pittsburgh": 0.05}
    said = answer(_MeaningView(base, faint), "oil of hope what illness does the kid have")
    assert "adrenoleukodystrophy" in said.answer and "perhaps" in said.answer
    # nothing close enough in meaning: no answer by meaning alone
    far = {"adrenoleukodystrophy": 0.08, "Pittsburgh": 0.05}
    assert answer(_MeaningView(base, far), "oil of hope what illness does the kid have").abstained


def test_a_guess_by_meaning_tells_no_film_apart_among_films_sharing_a_title() -> None:
    old = review(
        "The Gale", 1922, "The Gale is a 1922 silent drama. A fishing fleet is lost off the coast of Maine."
    )
    new = review("The Gale", 1938, "The Gale is a 1938 drama film about a ship's radio operator.")
    view = _MeaningView(view_of([old, new]), {"fishing": 0.15})
    said = answer(view, "the gale what category is the storm")
    assert said.abstained and said.film is None and "could mean several films" in said.answer


def _pupil_view() -> MemoryView:
    text = (
        "The film tells the story of high school student Todd Bowen (Renfrow), who finds a war criminal, "
        "Kurt Dussan (McKellan), living nearby. His deranged captor (Hawks) keeps a boy in a basement."
    )
    film = review("Pupil Apt", 1998, text)
    facts = {
        film.review_id: ReviewFacts(
            credits=(
                Credit("Brad Renfrow", "cast", character="Todd Bowen", description="high school student",
                       review_id=film.review_id, how="paren", confidence=0.8, evidence=text.split(", who", 1)[0]),
                Credit("Ian McKellan", "cast", character="Kurt Dussan", description="war criminal",
                       review_id=film.review_id, how="paren", confidence=0.8, evidence=text),
                Credit("Ethan Hawks", "cast", description="captor", review_id=film.review_id, how="paren",
                       confidence=0.8, evidence="His deranged captor (Hawks) keeps a boy in a basement."),
                Credit("Ray Massie", "cast", character="Abraham Lincoln", review_id=film.review_id, how="as",
                       confidence=0.8, evidence="Ray Massie as Abraham Lincoln."),
            )
        )
    }  # fmt: skip
    return view_of([film, review("Motel", 1960, "A woman stops at a motel run by a shy manager.")], facts)


def test_who_a_part_is_asks_who_plays_it_by_name_or_description() -> None:
    view = _pupil_view()
    assert answer(view, "pupil apt whos todd").answer.startswith("Brad Renfrow plays Todd Bowen")
    # a part described in other words: the one far closer in meaning, said as what the review mentions
    said = answer(view, "pupil apt the high school kid is who").answer
    assert said.startswith("The review mentions Brad Renfrow as Todd Bowen")
    assert "Ethan Hawks" in answer(view, "who plays the kidnapper in pupil apt").answer
    # a name people shorten
    assert answer(view, "who played abe lincoln in pupil apt").answer.startswith("Ray Massie")
    # "who is X doing Y" asks about the story, not a part
    assert "plays" not in answer(view, "in pupil apt who is todd hiding from").answer
    # with no film named, a part close in meaning is no answer: any film may have a manager
    assert answer(view, "who plays the motel manager").abstained


def test_a_title_shared_by_films_is_the_one_talked_about_earlier() -> None:
    old = review(
        "The Witchers", 1990, "Based on the book of the same name by Roald Dale.", director="Nick Rogg"
    )
    new = review("The Witchers", 2020, "A remake.", director="Bob Zemek")
    other = review("Spider Web", 1973, "A pig befriends a spider.", director="Charles Nick")
    view = view_of([old, new, other], {})
    first = answer(view, "who directed the witchers 1990")
    second = answer(view, "ok and spider web", context=first.conversation)
    back = answer(view, "back to the witchers - who directed it", context=second.conversation)
    assert back.film == old.film and "Nick Rogg" in back.answer
    assert answer(view, "who directed the witchers").film is None  # asked afresh: which one?


def test_a_cast_list_names_each_actor_once_and_no_part_shared_by_many() -> None:
    text = "David Emje, Ken Forey and Scott Reinigar star as survivors who barricade themselves in a mall."
    film = review(
        "Dusk of the Dead", 1978, text,
        cast=(CastMember("David Emje"), CastMember("Ken Forey"), CastMember("Scott H. Reinigar")),
    )  # fmt: skip
    credits = tuple(
        Credit(
            p,
            "cast",
            description="survivors",
            review_id=film.review_id,
            how="as",
            confidence=0.8,
            evidence=text,
        )
        for p in ("David Emje", "Ken Forey", "Scott Reinigar")
    )
    view = view_of([film], {film.review_id: ReviewFacts(credits=credits)})
    said = answer(view, "dusk of the dead cast").answer
    assert said.count("Reinigar") == 1 and "survivors" not in said, said
    assert "Emje" in said and "Forey" in said


def test_whose_part_typed_without_an_apostrophe_and_not_the_owner_himself() -> None:
    text = (
        "Denzel Washingtin plays coach Herman Boon. Will Pattin portrays Bill Yost, Boon's assistant coach."
    )
    film = review("Titans Remembered", 2000, text)
    credits = (
        Credit("Denzel Washingtin", "cast", character="Herman Boon", description="coach",
               review_id=film.review_id, how="plays", confidence=0.8, evidence=text.split(". ", 1)[0]),
        Credit("Will Pattin", "cast", character="Bill Yost", description="coach", of="Herman Boon",
               review_id=film.review_id, how="plays", confidence=0.8, evidence=text.split(". ", 1)[1]),
    )  # fmt: skip
    view = view_of([film], {film.review_id: ReviewFacts(credits=credits)})
    for question in (
        "who plays boon's assistant coach in titans remembered",
        "who plays boons assistant coach in titans remembered",
        "who plays coach boons assistant in titans remembered",
    ):
        assert answer(view, question).answer.startswith("Will Pattin plays Bill Yost"), question
    assert answer(view, "who plays the coach in titans remembered").answer.startswith("Denzel Washingtin")


def test_a_relative_by_the_family_name_when_no_review_says_the_relation() -> None:
    text = "It stars Dan Day-Lewes as John Procter, Winnie Ryder as Abigail Willams and Joan Allan as Elizabeth Procter."
    film = review("The Crucibel", 1996, text)
    credits = tuple(
        Credit(p, "cast", character=c, review_id=film.review_id, how="as", confidence=0.8, evidence=text)
        for p, c in (
            ("Dan Day-Lewes", "John Procter"),
            ("Winnie Ryder", "Abigail Willams"),
            ("Joan Allan", "Elizabeth Procter"),
        )
    )
    view = view_of([film], {film.review_id: ReviewFacts(credits=credits)})
    first = answer(view, "the crucibel who plays john procter")
    said = answer(view, "and his wife", context=first.conversation)
    assert "Joan Allan as Elizabeth Procter" in said.answer and "doesn't say" in said.answer, said.answer
    # no one else of the family: no guess
    assert answer(view, "who plays abigail's mother in the crucibel").abstained


def test_the_words_beside_a_role_word_pick_the_part_described_so() -> None:
    text = "New boy Cameron (Gordon-Levit) is smitten with Bianca, so he gets troubled boy Patrick (Ledgar) to date Kat."
    film = review("Ten Things", 1999, text)
    credits = (
        Credit("Joe Gordon-Levit", "cast", character="Cameron", description="new boy", review_id=film.review_id,
               how="paren", confidence=0.8, evidence=text),
        Credit("Heath Ledgar", "cast", character="Patrick", description="troubled boy", review_id=film.review_id,
               how="paren", confidence=0.8, evidence=text),
    )  # fmt: skip
    view = view_of([film], {film.review_id: ReviewFacts(credits=credits)})
    assert answer(view, "who's the new kid in ten things").answer.startswith("Joe Gordon-Levit")
    assert answer(view, "who plays the troubled boy in ten things").answer.startswith("Heath Ledgar")


def test_the_title_role_by_a_word_people_use_and_the_kind_of_work_asked_in_the_plural() -> None:
    step = review("The Stepfather", 1986, "O'Quint stars as a serial killer who marries a widow.",
                  cast=(CastMember("Terry O'Quint"), CastMember("Jill Schoel")))  # fmt: skip
    text = (
        "It is based in part on three works by William Faulknor. Some characters were inspired by the 1955 "
        "play Cat on a Hot Tin Roof by Tennessee Willams."
    )
    summer = review("The Long Summer", 1958, text)
    facts = {
        summer.review_id: ReviewFacts(
            sources=(
                SourceWork("Cat on a Hot Tin Roof", author="Tennessee Willams", kind="play", review_id=summer.review_id,
                           evidence=text.split(". ")[1], confidence=0.75),
                SourceWork("three works", author="William Faulknor", kind="story", review_id=summer.review_id,
                           evidence=text.split(". ", maxsplit=1)[0], confidence=0.75),
            )
        )
    }  # fmt: skip
    view = view_of([step, summer], facts)
    assert answer(view, "stepfather 1986 who plays the stepdad").answer.startswith("Terry O'Quint")
    assert "Faulknor" in answer(view, "the long summer based on whose stories").answer


def test_someone_of_a_part_is_not_the_part() -> None:
    text = "Lewis Armstrang is featured as one of Lucifer Junior's minions."
    film = review(
        "Cabin in the Clouds", 1943, text, cast=(CastMember("Lewis Armstrang"), CastMember("Rex Ingrim"))
    )
    view = view_of([film], {})
    said = answer(view, "cabin in the clouds who played lucifer junior")
    assert said.abstained and not said.answer.startswith("The review mentions"), said.answer


def test_a_title_then_one_of_its_people_names_that_film() -> None:
    new = review("Changelings", 2008, "It stars Angelina Jolee as a mother.", director="Clint Eastwould",
                 cast=(CastMember("Angelina Jolee"),))  # fmt: skip
    old = review("The Changelings", 1980, "A composer moves into a haunted house.", director="Peter Medik",
                 cast=(CastMember("George C. Scot"),))  # fmt: skip
    view = view_of([new, old], {})
    first = answer(view, "changelings angelina jolee who directed")
    assert first.film == new.film and "Clint Eastwould" in first.answer
    older = answer(view, "wasnt there an older one? whos in that", context=first.conversation)
    assert older.film == old.film and "George C. Scot" in older.answer
    assert answer(view, "changelings tom hankz who directed").abstained  # nobody of either film


def test_the_title_role_by_its_full_name_and_a_parts_name_before_the_title_role() -> None:
    ray = review("Rae", 2004, "It stars Jamie Fox in the title role. It follows the life of Rae Charlz, a soul singer.",
                 cast=(CastMember("Jamie Fox", "Rae"),))  # fmt: skip
    mask = review("The Maske", 1994, "Carey plays Stanley Ipkis, a bank clerk who becomes The Maske.",
                  cast=(CastMember("Jim Carey", "The Maske"),))  # fmt: skip
    facts = {
        mask.review_id: ReviewFacts(
            credits=(Credit("Jim Carey", "cast", character="Stanley Ipkis", description="bank clerk",
                            review_id=mask.review_id, how="plays", confidence=0.6, evidence=mask.text),)
        )
    }  # fmt: skip
    view = view_of([ray, mask], facts)
    assert answer(view, "jamie fox in rae plays who").answer.startswith("Jamie Fox plays Rae Charlz")
    assert "Stanley Ipkis" in answer(view, "the maske 94 jim careys character is called what").answer


def test_a_title_then_a_surname_or_initials_of_its_people_and_a_story_of_no_film_named() -> None:
    mag = review("Magnolius", 1999, "An ensemble drama in the San Fernando Valley.", director="Paul Thomas Andersen",
                 cast=(CastMember("Tom Cruze"),))  # fmt: skip
    cliff = review("Cliffhangar", 1993, "A mountain rescue goes wrong.", director="Renny Harlan",
                   cast=(CastMember("Sylvester Stallane"),))  # fmt: skip
    gran = review("Gran Torina", 2008, "A widower guards his car; directed by and starring Clint Eastwod.",
                  director="Clint Eastwod")  # fmt: skip
    view = view_of([mag, cliff, gran], {})
    assert "Tom Cruze" in answer(view, "magnolius pta cast").answer
    assert "Renny Harlan" in answer(view, "cliffhangar stallane who directed it").answer
    # a person named, but the story's own rare word is no part of that film's reviews
    said = answer(view, "clint eastwod orangutan movie whats the orangutans name")
    assert said.film != gran.film


def test_a_remake_by_a_studio_of_an_earlier_film_is_what_it_is_based_on() -> None:
    film = review(
        "House of Waxes",
        1953,
        "A remake by Warner Bros. of their 1933 film Mystery of the Wax Shop, it stars Vince Price.",
    )
    said = answer(view_of([film], {}), "house of waxes 1953 was a remake of what")
    assert not said.abstained and "Mystery of the Wax Shop" in said.answer


def test_a_story_question_naming_a_person_needs_some_of_its_rare_words_in_that_film() -> None:
    films = [review(f"Filler {i}", 1900 + i, f"A drama about family number {i}.") for i in range(120)]
    concussion = review("Concusion", 2015, "Will Smyth plays a forensic pathologist who fights the NFL over brain damage in football players.",
                        cast=(CastMember("Will Smyth"),))  # fmt: skip
    view = view_of([concussion, *films], {})
    said = answer(view, "will smyth as the doctor who finds out football is wrecking nfl players brains")
    assert said.film == concussion.film and not said.abstained


def test_the_work_a_film_is_based_on_before_one_it_was_inspired_by() -> None:
    text = "It is based in part on three works by William Faulknor. Some characters were inspired by the play Cat Roof by Tennessee Willams."
    film = review("The Long Summers", 1958, text)
    evidence = text.split(". ", 1)
    facts = {
        film.review_id: ReviewFacts(
            sources=(
                SourceWork("Cat Roof", author="Tennessee Willams", kind="play", review_id=film.review_id,
                           evidence=evidence[1], confidence=0.75),
                SourceWork("three works", author="William Faulknor", review_id=film.review_id,
                           evidence=evidence[0], confidence=0.75),
            )
        )
    }  # fmt: skip
    assert "Faulknor" in answer(view_of([film], facts), "the long summers based on whose stories").answer


def _cast_view(title: str, year: int, text: str, *parts: tuple[str, str | None]) -> MemoryView:
    film = review(title, year, text)
    rid = film.review_id
    credits = tuple(
        Credit(actor, "cast", character=part, review_id=rid, confidence=0.8) for actor, part in parts
    )
    return view_of([film], {rid: ReviewFacts(credits=credits)})


def test_a_part_described_after_its_name_up_to_the_next_name() -> None:
    view = _cast_view(
        "The Glimmer", 1980,
        "The central character is Jock Tarrance (Nickels), an aspiring writer who takes a job as the "
        "winter caretaker of the remote Overview Hotel, with his wife, Wanda Tarrance (Duvell), and "
        "young son, Denny Tarrance (Floyd). Wanda's sister visits.",
        ("Jim Nickels", "Jock Tarrance"), ("Shelly Duvell", "Wanda Tarrance"), ("Don Floyd", "Denny Tarrance"),
    )  # fmt: skip
    # the words after a name belong to it up to the next name; "Hotel" of a place's name is no job
    said = answer(view, "who plays the hotel caretaker in the glimmer").answer
    assert said.startswith("The review mentions Jim Nickels as Jock Tarrance"), said
    assert answer(view, "who plays the boy in the glimmer").answer.startswith("The review mentions Don Floyd")


def test_a_part_the_question_sets_apart_by_age_is_not_its_opposite() -> None:
    film = review(
        "The Don", 1972, "It follows the change in his youngest son, Mick Carleone (Pacini), into a boss."
    )
    rid = film.review_id
    facts = {
        rid: ReviewFacts(
            credits=(
                Credit("Al Pacini", "cast", review_id=rid, how="credits", confidence=0.97),
                Credit("Al Pacini", "cast", character="Mick Carleone", description="son", review_id=rid,
                       how="paren", confidence=0.8, evidence="his youngest son, Mick Carleone (Pacini)"),
                Credit("Jim Khan", "cast", review_id=rid, how="credits", confidence=0.97),
            )
        )
    }  # fmt: skip
    view = view_of([film], facts)
    assert answer(view, "in the don who plays the youngest son").answer.startswith("Al Pacini plays Mick")
    said = answer(view, "in the don who plays the oldest son")
    assert said.abstained and "Pacini" not in _claim(said), said.answer


def test_a_part_whose_own_clause_names_its_child_is_the_parent_asked_for() -> None:
    text = (
        "It stars Mat Damen as an unemployed oil-rig worker from Oklahoma who sets out with a French "
        "woman to prove his convicted daughter's innocence. Cami Cotin plays a lawyer in Marseille."
    )
    film = review("Stillwaters", 2021, text)
    rid = film.review_id
    first, second = text.split(". ")
    facts = {
        rid: ReviewFacts(
            credits=(
                Credit("Mat Damen", "cast", description="worker", review_id=rid, how="as", confidence=0.8,
                       evidence=first + "."),
                Credit("Cami Cotin", "cast", description="lawyer", review_id=rid, how="as", confidence=0.8,
                       evidence=second),
            )
        )
    }  # fmt: skip
    view = view_of([film], facts)
    said = answer(view, "stillwaters who plays the dad trying to get his daughter out of prison")
    assert said.answer.startswith("The review mentions Mat Damen as an unemployed oil-rig worker"), (
        said.answer
    )
    # "his" daughter: a father, not the mother asked for
    assert "Damen" not in _claim(answer(view, "stillwaters who plays the mom"))


def test_a_title_word_owning_a_part_asks_for_the_part_it_owns() -> None:
    text = (
        "The film follows a journalist (Duchy) and his photographer girlfriend (Forbs), who unwittingly "
        "carpool with a psychopath (Pitts) and his childlike girlfriend (Lewes)."
    )
    film = review("Kalifornya", 1993, text)
    rid = film.review_id
    parts = [
        ("Bran Pitts", "psychopath", None),
        ("Julie Lewes", "girlfriend", "Bran Pitts"),
        ("Dave Duchy", "journalist", None),
        ("Michele Forbs", "girlfriend", "Dave Duchy"),
    ]
    credits = tuple(
        Credit(who, "cast", description=part, of=of, review_id=rid, how="paren", confidence=0.8, evidence=text)
        for who, part, of in parts
    )  # fmt: skip
    view = view_of(
        [film, review("The Killers", 1946, "A hit man is killed.")], {rid: ReviewFacts(credits=credits)}
    )
    talk = answer(view, "kalifornya cast").conversation
    # "the killer's" reads like The Killers: in a talk of Kalifornya it owns the part asked about
    said = answer(view, "who plays the killer's girlfriend", context=talk)
    assert said.answer.startswith("Julie Lewes"), said.answer


def test_parts_asked_by_rank_title_word_and_the_most_words_of_a_description() -> None:
    text = (
        "It stars Whoopy Goldman as Detective Rita Rizzoli and Sam Elliot as Mike Marshak. The plot "
        "follows softball player Lisa (Witherfork) and the charming baseball player Matty (Wilsen). "
        "Tom Mitchel stars as the title character."
    )
    film = review("Immortal Beauty", 1987, text)
    rid = film.review_id
    credits = (
        Credit("Whoopy Goldman", "cast", character="Detective Rita Rizzoli", review_id=rid, how="as", confidence=0.9),
        Credit("Sam Elliot", "cast", character="Mike Marshak", review_id=rid, how="as", confidence=0.9),
        Credit("Rees Witherfork", "cast", character="Lisa", description="softball player", review_id=rid,
               how="paren", confidence=0.9, evidence=text.split(". ")[1]),
        Credit("Owen Wilsen", "cast", character="Matty", description="baseball player", review_id=rid,
               how="paren", confidence=0.9, evidence=text.split(". ")[1]),
        Credit("Tom Mitchel", "cast", description="title character", review_id=rid, how="as", confidence=0.7),
    )  # fmt: skip
    view = view_of([film], {rid: ReviewFacts(credits=credits)})
    # "det." is a detective, and a name misspelt by a letter is still hers
    assert answer(view, "who plays det. rita rizoli in immortal beauty").answer.startswith("Whoopy Goldman")
    # the description sharing most words, "guy" being no word of it
    assert answer(view, "immortal beauty who plays the baseball player guy").answer.startswith("Owen Wilsen")
    assert answer(view, "immortal beauty who plays the softball player").answer.startswith("Rees Witherfork")
    # a word of the title names the title character
    said = answer(view, "immortal beauty who plays the actual beauty").answer
    assert said.startswith("Tom Mitchel plays the title character"), said


def test_words_before_or_after_a_title_that_name_its_people_and_story_keep_the_film() -> None:
    hammit = review(
        "Hammit", 1982, "Fred Forrest stars as writer Dashiell Hammit. Marla Henner plays Hammit's neighbor."
    )
    grey = review(
        "The Grey", 2012, "Oil workers stranded in Alaska are hunted by wolves.",
        cast=(CastMember("Liam Neesan"), CastMember("Frank Grillow")),
    )  # fmt: skip
    credits = (
        Credit("Fred Forrest", "cast", character="Dashiell Hammit", review_id=hammit.review_id, how="as", confidence=0.9),
        Credit("Marla Henner", "cast", description="neighbor", of="Hammit", review_id=hammit.review_id,
               how="plays", confidence=0.9, evidence="Marla Henner plays Hammit's neighbor."),
    )  # fmt: skip
    view = view_of([hammit, grey], {hammit.review_id: ReviewFacts(credits=credits)})
    # "hammits neighbor in": a part of someone the film names, not a longer title we lack
    assert answer(view, "hammits neighbor in hammit 1982 is played by who").answer.startswith("Marla Henner")
    # a star of the film, then a word of its story
    assert "Frank Grillow" in answer(view, "the grey liam neesan wolves movie, who else is in it").answer
    # a word its story lacks: a film we may not have
    assert answer(view, "the grey liam neesan spaceship movie, who else is in it").abstained


def test_her_father_after_a_part_is_another_part_and_a_name_runs_on_with_its_particles() -> None:
    view = _cast_view(
        "The Heiress Two", 1949,
        "It stars Olive Havill as Cathy Sloper, a naive young woman who falls for a suitor despite the "
        "objections of her cold father. It stars Jerry Irons as Claus, Glen Close as Sunny, and Ron Silvers "
        "as Dersh. It recounts the coma of socialite Sunny von Bulow and the trial of her husband Claus von "
        "Bulow.",
        ("Olive Havill", "Cathy Sloper"), ("Jerry Irons", "Claus"), ("Glen Close", "Sunny"),
        ("Ron Silvers", "Dersh"),
    )  # fmt: skip
    said = answer(view, "in the heiress two who plays her dad")
    assert "Olive Havill" not in _claim(said), said.answer
    # "Claus von Bulow": the words after Claus are his own name, not Sunny's; nor is the actor after
    # "as Sunny, and" hers
    text = answer(view, "who played sunny von bulow in the heiress two").answer
    assert not text.startswith(("The review mentions Jerry Irons", "The review mentions Ron Silvers")), text


def test_a_description_before_names_joined_by_and() -> None:
    view = _cast_view(
        "The Blind Spot", 2009,
        "It tells the story of Mike Oher, a player helped by his adoptive parents Lee Anne and Sean Tuohy.",
        ("Quint Aaron", "Mike Oher"), ("Sandy Bullock", "Lee Anne Tuohy"),
    )  # fmt: skip
    said = answer(view, "who plays the adoptive mom in the blind spot").answer
    assert said.startswith("The review mentions Sandy Bullock"), said


def test_the_only_film_of_a_title_described_in_words_its_reviews_use() -> None:
    film = review("Shampoo", 1975, "Warren Beaty stars as a hairdresser in Beverly Hills.",
                  cast=(CastMember("Warren Beaty", None), CastMember("Julie Christy", None)))  # fmt: skip
    view = view_of([film])
    said = answer(view, "shampoo, the warren beaty hairdresser one - who else is in it")
    assert not said.abstained and "Julie Christy" in said.answer
    # a version the reviews say nothing of is another film, which we lack
    other = answer(view, "shampoo, the tom hanks one - who is in it")
    assert other.abstained and "Julie Christy" not in other.answer


def test_the_first_billed_star_probably_plays_whom_the_story_follows() -> None:
    view = _cast_view(
        "Teddy", 2012,
        "Teddy is a comedy film starring Mark Wahlman and Mila Kunos. The film tells the story of John "
        "Bennet, a Boston native whose childhood wish brings his teddy bear to life.",
        ("Mark Wahlman", None), ("Mila Kunos", None),
    )  # fmt: skip
    said = answer(view, "who plays john bennet in teddy")
    assert said.answer.startswith("Probably Mark Wahlman:") and not said.abstained
    said = answer(view, "mark wahlman in teddy whats his characters name")
    assert said.answer.startswith("Probably John Bennet:"), said.answer
    assert answer(view, "who plays the boston guy in teddy").answer.startswith("Probably Mark Wahlman")
    # not for a part the story does not follow, nor for another actor
    assert not answer(view, "who plays the bear in teddy").answer.startswith("Probably")
    assert not answer(view, "mila kunos in teddy whats her characters name").answer.startswith("Probably")


def test_no_guess_when_the_reviews_pair_the_star_or_the_character() -> None:
    view = _cast_view(
        "The Blind Spot", 2009,
        "It stars Sandy Bullock as Lee Anne. The film tells the story of Mike Oher, a lineman who overcame "
        "an impoverished upbringing.",
        ("Sandy Bullock", "Lee Anne"), ("Quint Aaron", None),
    )  # fmt: skip
    # the star has a part of her own: the story's lineman is somebody else
    assert not answer(view, "who plays mike oher in the blind spot").answer.startswith("Probably")
    view = _cast_view(
        "Me Myself and Irena", 2000,
        "It is a comedy starring Jim Carey and Renee Zellwig. The film is about a Rhode Island state "
        "trooper named Charlie who suffers a breakdown.",
        ("Jim Carey", None), ("Renee Zellwig", None),
    )  # fmt: skip
    # the one named, not the place used as a word before it; "cop" for a trooper
    said = answer(view, "me myself and irena who plays the state cop").answer
    assert said.startswith("Probably Jim Carey") and "follows Charlie" in said, said


def test_of_films_sharing_a_title_the_one_whose_people_the_question_names() -> None:
    old = review(
        "Hot", 1986, "Hot is a thriller starring Burt Reynard.", cast=(CastMember("Burt Reynard", None),)
    )
    new = review(
        "Hot", 1995, "Hot is a crime film starring Al Pacetti and Bob Niroso. Niroso's girlfriend is Eady (Amy Brenman).",
        cast=(CastMember("Al Pacetti", None), CastMember("Bob Niroso", None), CastMember("Amy Brenman", "Eady")),
    )  # fmt: skip
    view = view_of([old, new])
    said = answer(view, "in hot who plays niroso's girlfriend")
    assert said.film == new.film and "Amy Brenman as Eady" in said.answer, said.answer
    assert answer(view, "who directed hot").abstained  # no one named: which one is asked


def test_a_part_asked_after_the_title_keyword_style_is_no_longer_title() -> None:
    film = review("Forest Gimp", 1994, "Tom Hanx plays Forest. Robyn Wright plays Jenny, his childhood friend.",
                  cast=(CastMember("Tom Hanx", "Forest"), CastMember("Robyn Wright", "Jenny")))  # fmt: skip
    said = answer(view_of([film]), "forest gimp jenny actress")
    assert said.answer.startswith("Robyn Wright"), said.answer


def test_jobs_behind_the_camera_carry_over_to_the_next_film() -> None:
    jaws = review(
        "Jaws", 1975, "Jaws is a thriller directed by Steve Spielman. The music is by John Williamson."
    )
    alien = review(
        "Alien",
        1979,
        "Alien was directed by Rid Scott. It was produced by Gordon Caroll.",
        director="Rid Scott",
    )
    facts = {
        jaws.review_id: ReviewFacts(credits=(Credit("John Williamson", "composer", review_id=jaws.review_id,
                                                    confidence=0.8, evidence="The music is by John Williamson."),)),
        alien.review_id: ReviewFacts(credits=(Credit("Gordon Caroll", "producer", review_id=alien.review_id,
                                                     confidence=0.8, evidence="It was produced by Gordon Caroll."),)),
    }  # fmt: skip
    view = view_of([jaws, alien], facts)
    first = answer(view, "who directed jaws")
    music = answer(view, "what about the music", context=first.conversation)
    assert music.film == jaws.film and "John Williamson" in music.answer  # not a film called The Music
    then = answer(view, "ok and alien?", context=music.conversation)
    assert then.film == alien.film and then.abstained and "composer" in then.answer  # still the music
    producer = answer(view, "and the producer", context=then.conversation)
    assert producer.answer.startswith("Alien (1979) was produced by Gordon Caroll"), producer.answer
    # an interjection opening a follow-up is no title
    cool = answer(view, "cool, who directed it", context=producer.conversation)
    assert cool.film == alien.film and "Rid Scott" in cool.answer
    # (after who is in it, "and the producer?" is the job, no part of the film being the producer;
    # "and who produced" names no film "produced")
    cast = answer(view, "alien whos in it")
    assert answer(view, "and the producer?", context=cast.conversation).answer.startswith(
        "Alien (1979) was produced by Gordon Caroll"
    )
    assert "Gordon Caroll" in answer(view, "and who produced", context=cast.conversation).answer


def test_a_mother_is_no_wife_however_close_the_words() -> None:
    film = review("Sharks", 1975, "Murray Hamel plays the mayor, and Lorrie Gary portrays Brody's wife.")
    rid = film.review_id
    facts = {
        rid: ReviewFacts(
            credits=(
                Credit("Lorrie Gary", "cast", description="wife", of="Brody", review_id=rid, confidence=0.75,
                       evidence="Lorrie Gary portrays Brody's wife."),
                Credit("Murray Hamel", "cast", description="mayor", review_id=rid, confidence=0.75),
            )
        )
    }  # fmt: skip
    # an encoder that finds "the mother" and "wife" close (MiniLM does: 0.6 and more)
    view = _NearInMeaning(view_of([film], facts).reviews_by_film, facts)
    assert not answer(view, "who plays the mother in sharks").answer.startswith("The review mentions Lorrie")
    assert answer(view, "who plays brody's wife in sharks").answer.startswith("Lorrie Gary")


class _NearInMeaning(MemoryView):
    def similarity(self, query: str, texts: list[str]) -> list[float]:
        return [0.9 if "wife" in t else 0.1 for t in texts]


def test_a_thing_in_a_parts_story_is_not_the_part() -> None:
    view = _cast_view(
        "Hard to Die", 1988,
        "It follows police detective John McClain (Willys) who is caught up in a terrorist takeover of a "
        "skyscraper while visiting his wife.",
        ("Bruce Willys", "John McClain"),
    )  # fmt: skip
    said = answer(view, "hard to die who plays the terrorist leader").answer
    assert not said.startswith("The review mentions Bruce Willys"), said
    # a part the reviews do not tell: they say so, and offer the cast they give
    for question in ("hard to die who plays the dad", "hard to die dad who plays him"):
        said = answer(view, question)
        assert said.abstained and "The reviews don't say who plays the dad" in said.answer, said.answer
        assert "Bruce Willys" in said.answer


def test_a_described_part_with_no_film_named_is_never_read_from_some_film() -> None:
    film = review("Footsteps", 1941, "It stars Errol Flinn as an amateur detective.",
                  cast=(CastMember("Errol Flinn", None),))  # fmt: skip
    said = answer(view_of([film]), "who plays the new detective")
    assert said.abstained and "Errol Flinn" not in said.answer


def test_of_films_sharing_a_title_the_one_whose_reviews_name_the_part_asked() -> None:
    old = review("Family Adams", 1991, "It stars Angelica Houston as Morticia Adams, the matriarch.",
                 cast=(CastMember("Angelica Houston", "Morticia Adams"),))  # fmt: skip
    new = review("Family Adams", 2019, "An animated remake about a family that moves to New Jersey.")
    view = view_of([old, new])
    said = answer(view, "who was morticia in family adams")
    assert said.film == old.film and said.answer.startswith("Angelica Houston"), said.answer
    assert answer(view, "who directed family adams").abstained  # nothing asked names one of them


def test_a_part_standing_where_a_weak_title_does() -> None:
    boy = review(
        "The Boy",
        2016,
        "The Boy is a horror film starring Lauren Cohn.",
        cast=(CastMember("Lauren Cohn", None),),
    )
    juno = review("Juno", 2007, "Elliot Paige stars as the title character, a pregnant teenager.",
                  cast=(CastMember("Elliot Paige", "Juno"),))  # fmt: skip
    view = view_of([boy, juno])
    # "who plays the boy": a part in a film not named, not the cast of The Boy (which is offered)
    said = answer(view, "who plays the boy")
    assert said.abstained and "The Boy (2016)" in said.answer and "Lauren Cohn" not in said.answer
    # the part a title is named for
    assert answer(view, "who plays juno").answer.startswith("Elliot Paige plays Juno")
    # a title we lack opens the question: not The Boy either
    said = answer(view, "phantom of the opera 2004 who plays the boy")
    assert said.abstained and "phantom of the opera" in said.answer.lower()


def test_an_actors_part_with_no_film_named_asks_which_of_their_films() -> None:
    one = review(
        "Casino Days", 1995, "Rob Deniro plays Ace, a casino boss.", cast=(CastMember("Rob Deniro", "Ace"),)
    )
    two = review(
        "Bronx Days",
        1993,
        "Rob Deniro plays Lorenzo, a bus driver.",
        cast=(CastMember("Rob Deniro", "Lorenzo"),),
    )
    said = answer(view_of([one, two]), "what does rob deniro play")
    assert said.abstained and "Casino Days (1995)" in said.answer and "Bronx Days (1993)" in said.answer
    # one film of theirs: that film's part
    assert answer(view_of([one]), "what does rob deniro play").answer.startswith("Rob Deniro plays Ace")


def test_the_story_of_someone_named_after_other_capitalised_words() -> None:
    view = _cast_view(
        "Coach Cart", 2005,
        "Coach Cart is a sports film starring Sam Jackman and directed by Tom Cart. It is based on the true "
        "story of Richmond High School basketball coach Ken Cart, who benched his unbeaten team.",
        ("Sam Jackman", None), ("Rob Brownly", None),
    )  # fmt: skip
    said = answer(view, "sam jackman coach cart role").answer
    assert said.startswith("Probably Ken Cart:"), said  # not "Richmond High School"
    said = answer(view, "sam jackman in coach cart whos he play").answer
    assert said.startswith("Probably Ken Cart:"), said


def test_a_part_by_title_and_surname_and_a_title_that_owns_its_part() -> None:
    view = _cast_view(
        "A Fine Day", 2019,
        "It stars Tom Hanx. It depicts a journalist assigned to profile television icon Fred Rodgers (Hanx).",
        ("Tom Hanx", "Fred Rodgers"),
    )  # fmt: skip
    assert answer(view, "a fine day who plays mr rodgers").answer.startswith("Tom Hanx plays Fred Rodgers")
    wife = _cast_view(
        "The Traveler's Wife", 2009,
        "The film stars Eric Banner and Rachel Adams. It follows Henry (Banner), who time travels.",
        ("Eric Banner", "Henry"), ("Rachel Adams", None),
    )  # fmt: skip
    # the traveler leads the cast; the wife the title is named for is another part
    assert not answer(wife, "the travelers wife who plays the wife").answer.startswith("Eric Banner")


def test_a_title_that_is_a_word_for_a_person_yields_to_the_conversations_film() -> None:
    witness = review("Witness", 1985, "An Amish boy witnesses a murder at the train station in Philadelphia.",
                     director="Peter Wear")  # fmt: skip
    boy = review("The Boy", 2016, "The Boy is a horror film set in an English mansion.", director="Will Bell")
    view = view_of([witness, boy])
    first = answer(view, "who directed witness 1985")
    said = answer(view, "where does the boy see the murder", context=first.conversation)
    assert said.film == witness.film and "Philadelphia" in said.answer, said.answer
    assert answer(view, "who directed the boy").answer.startswith("The Boy (2016) was directed by Will Bell")


def test_did_someone_direct_or_write_it_is_answered_yes_or_no() -> None:
    film = review("Shiny", 1980, "Shiny is a horror film directed by Stan Kubric. It is based on the novel Shiny by Steve Kong.",
                  director="Stan Kubric", writer="Diane Johns")  # fmt: skip
    rid = film.review_id
    facts = {
        rid: ReviewFacts(
            sources=(SourceWork("Shiny", author="Steve Kong", kind="novel", review_id=rid, confidence=0.8),)
        )
    }
    view = view_of([film], facts)
    assert answer(view, "did stan kubric direct shiny").answer.startswith(
        "Yes: Shiny (1980) was directed by Stan Kubric"
    )
    assert answer(view, "was shiny directed by steve kong").answer.startswith(
        "No: Shiny (1980) was directed by Stan Kubric"
    )
    said = answer(view, "did steve kong write shiny").answer
    assert (
        said.startswith("No: Shiny (1980) was written by Diane Johns")
        and "Steve Kong wrote the novel" in said
    )
    assert not answer(view, "who directed shiny").answer.startswith(("Yes", "No"))


def test_films_sharing_a_title_whose_story_sentences_name_other_things_are_asked_apart() -> None:
    old = review("Psyche", 1960, "Psyche is a 1960 American horror film directed by Alfred Hitchcok.")
    new = review("Psyche", 1998, "Psyche is a 1998 American horror film directed by Gus Van Sent.")
    said = answer(view_of([old, new]), "when was psyche released")
    assert said.abstained and "could mean several films" in said.answer, said.answer
    # the same place in both: one answer for both
    a = review("Small Women", 1994, "The March sisters grow up in Concord, Massachusetts.")
    b = review("Small Women", 2019, "It follows the March sisters in Concord, Massachusetts, after the war.")
    said = answer(view_of([a, b]), "where does small women take place")
    assert "Concord" in said.answer and "The same for" in said.answer, said.answer


def test_part_two_and_the_one_after_it_are_the_series_next_films() -> None:
    one = review(
        "The Don", 1972, "The Don is a crime film directed by Frank Copola.", director="Frank Copola"
    )
    two = review("The Don Part II", 1974, "The Don Part II is the sequel to The Don, directed by Frank Copola.",
                 director="Frank Copola", cast=(CastMember("Bob Deniro", None),))  # fmt: skip
    view = view_of([one, two])
    first = answer(view, "who directed the don")
    for follow_up in ("and part 2?", "and the one after it"):
        said = answer(view, follow_up, context=first.conversation)
        assert said.film == two.film, (follow_up, said.answer)
    said = answer(view, "and part 3", context=first.conversation)
    assert said.abstained and "the 3rd The Don film" in said.answer, said.answer


def test_a_story_that_follows_a_ship_follows_no_one_to_cast() -> None:
    view = _cast_view(
        "Alien Ship", 1979,
        "The film stars Tom Skerrit and Sigourney Weever. It follows the crew of the space tug Nostromo, who "
        "meet a deadly creature.",
        ("Tom Skerrit", None), ("Sigourney Weever", None),
    )  # fmt: skip
    said = answer(view, "tom skerrit in alien ship whats his characters name").answer
    assert "Nostromo" not in said.split("“")[0], said


def test_a_title_then_a_full_name_of_its_people() -> None:
    film = review("The Frightners", 1996, "A comedy directed by Pete Jackman.", director="Pete Jackman",
                  cast=(CastMember("Michael J. Foxx", None),))  # fmt: skip
    said = answer(view_of([film]), "the frightners michael j foxx, who directed")
    assert said.answer.startswith("The Frightners (1996) was directed by Pete Jackman"), said.answer


def test_a_described_part_with_no_film_named_is_asked_about_first() -> None:
    film = review("Bride Dad", 1991, "Steve Martyn plays George, a businessman and owner of a shoe company.",
                  cast=(CastMember("Steve Martyn", "George"),))  # fmt: skip
    said = answer(view_of([film]), "who plays the shoe company owner")
    assert said.abstained and "Steve Martyn" not in said.answer


def test_parts_by_a_name_then_what_they_are_a_nickname_an_age_or_another_word_for_it() -> None:
    rid = "bielski-2008"
    film = review(
        "Bielski", 2008, "The film stars Dan Craig as Tuvia Bielski and George Mackie as Aron Bielski."
    )
    facts = {
        rid: ReviewFacts(
            credits=(
                Credit("Dan Craig", "cast", character="Tuvia Bielski", review_id=rid, confidence=0.75),
                Credit("George Mackie", "cast", character="Aron Bielski", review_id=rid, confidence=0.75),
                Credit("Mark Walberg", "cast", character="Victor Sullivan", review_id=rid, confidence=0.75),
                Credit("Mike Gandolfo", "cast", character="Tony", review_id=rid, confidence=0.75),
                Credit(
                    "Nat Henstridge", "cast", description="extraterrestrial", review_id=rid, confidence=0.5
                ),
            ),
            people={"Tony Soprano": 1},
        )
    }
    view = view_of([film], facts)
    assert answer(view, "bielski who plays aron, the youngest brother").answer.startswith("George Mackie")
    first = answer(view, "who plays tuvia in bielski")
    assert answer(view, "and his brother aron", context=first.conversation).answer.startswith("George Mackie")
    assert answer(view, "bielski whos playing sully").answer.startswith("Mark Walberg")
    assert "Mike Gandolfo" in answer(view, "bielski young tony soprano actor").answer
    assert "Nat Henstridge" in answer(view, "who plays the alien in bielski").answer


def test_a_name_or_words_after_the_title_that_its_reviews_hold_pick_the_film() -> None:
    one = review(
        "Manifold",
        1996,
        "A man copies himself by machine.",
        director="Harold Rams",
        cast=(CastMember("Mike Keats", ""),),
    )
    brave = review(
        "Only the Bold", 2017, "The Granite Mountain Hotshots fight a wildfire.", director="Joe Kos"
    )
    old = review("Only the Bold", 1930, "A Civil War officer goes behind the lines.", director="Frank Tuttle")
    cab = review("Cab", 2004, "A cab driver chases robbers.", director="Tim Story")
    others = [review(f"Filler {i}", 1900 + i, "A quiet drama about a driver and a farm.") for i in range(250)]
    view = view_of([one, brave, old, cab, *others], {})
    assert "Harold Rams" in answer(view, "manifold mike keats clones - director?").answer
    assert "Joe Kos" in answer(view, "only the bold hotshots movie director").answer
    assert answer(view, "manifold lebowski director").abstained
    assert answer(view, "cab driver director").abstained  # a common word after a title: a title we lack


def test_who_made_the_film_a_question_describes() -> None:
    shark = review(
        "Jowls",
        1975,
        "A great white shark terrorizes the beach town of Amity Island.",
        director="Steve Spielbug",
    )
    other = review("Quiet Farm", 1990, "A quiet drama about a family and a farm.", director="Ann Other")
    view = view_of([shark, other], {})
    said = answer(
        view, "who directed the movie where a great white shark terrorizes the beach town of amity island"
    )
    assert said.film == shark.film and "Steve Spielbug" in said.answer and "Jowls" in said.answer
    said = answer(
        view, "that film where a great white shark terrorizes the beach town of amity island, who directed it"
    )
    assert "Steve Spielbug" in said.answer
    # no film named, no credit: never the director of a film only guessed at
    said = answer(view, "who directed the movie where astronauts crash land on mars and grow potatoes")
    assert said.abstained and "Spielbug" not in said.answer and "Ann Other" not in said.answer


def test_where_someone_is_sent_is_the_place_however_many_words_describe_it() -> None:
    text = (
        "Natalie Lyon stars as Meg, a high school cheerleader whose parents send her to a residential "
        "in-patient conversion therapy camp. At camp, Meg realizes who she is and comes to embrace it."
    )
    view = view_of([review("Yes I'm a Cheerleader", 1999, text)])
    said = answer(view, "yes im a cheerleader where do her parents ship her off to").answer
    assert "conversion therapy camp" in said


def test_a_year_the_films_own_text_gives_it_though_listed_a_year_later() -> None:
    grabbed = review(
        "Grabbed",
        2009,
        "Grabbed is a 2008 French action film directed by Pierre Morrell.",
        director="Pierre Morrell",
    )
    view = view_of([grabbed], {})
    assert "Pierre Morrell" in answer(view, "who directed grabbed 2008").answer
    for year in ("2007", "2011"):
        assert answer(view, f"who directed grabbed {year}").abstained


def test_which_film_knows_a_star_by_a_rare_first_name_or_a_possessive_without_its_apostrophe() -> None:
    story = "A lone man walks across a wasted America guarding the last copy of a book."
    his = review("Book of Ely", 2010, story, cast=(CastMember("Denzel Washingtone", ""),))
    hers = review("Body of Jen", 2009, story, cast=(CastMember("Megan Foxe", ""),))
    other = review("Road Book", 2009, story)
    view = view_of([other, his, hers], {})
    question = "walks across a wasted america guarding the last copy of a book"
    assert answer(view, f"denzel {question}").film == his.film
    assert answer(view, f"megan foxes one where she {question}").film == hers.film


def test_the_one_a_story_follows_is_never_the_place_named_before_them() -> None:
    text = (
        "The film focuses on the career of Washington, D.C. lobbyist and businessman Jack Abrams, "
        "who was involved in a corruption scandal. It stars Kevin Spacy and Kelly Prest."
    )
    jack = review(
        "Casino Jock", 2010, text, cast=(CastMember("Kevin Spacy", ""), CastMember("Kelly Prest", ""))
    )
    said = answer(view_of([jack], {}), "who does kevin spacy play in casino jock").answer
    assert "Jack Abrams" in said and "Probably Washington" not in said


def test_a_follow_up_that_describes_another_part() -> None:
    rid = "homeland-2004"
    film = review(
        "Homeland",
        2004,
        "The story of poet Anna Malan (Binocha) and an American journalist, Lang Whit (Jackson).",
    )
    facts = {
        rid: ReviewFacts(
            credits=(
                Credit(
                    "Juliet Binocha",
                    "cast",
                    character="Anna Malan",
                    description="poet",
                    review_id=rid,
                    confidence=0.7,
                ),
                Credit(
                    "Sam Jackson",
                    "cast",
                    character="Lang Whit",
                    description="American journalist",
                    review_id=rid,
                    confidence=0.7,
                ),
            )
        )
    }
    view = view_of([film], facts)
    first = answer(view, "homeland who plays the poet")
    assert first.answer.startswith("Juliet Binocha")
    assert answer(view, "and the american journalist", context=first.conversation).answer.startswith(
        "Sam Jackson"
    )


def test_a_remake_under_another_title_named_by_its_star() -> None:
    town = review(
        "Mr. Dee Goes to Town",
        1936,
        "A comedy about a tuba player who inherits a fortune.",
        director="Frank Capri",
    )
    dee = review(
        "Mr. Dee", 2002, "It was a remake of the 1936 Frank Capri film Mr. Dee Goes to Town.",
        director="Steve Brill", cast=(CastMember("Adam Sandle", ""),),
    )  # fmt: skip
    view = view_of([town, dee], {})
    first = answer(view, "who directed mr dee goes to town")
    said = answer(view, "and the adam sandle remake, who directed that one", context=first.conversation)
    assert said.film == dee.film and "Steve Brill" in said.answer


def test_which_film_names_a_film_far_ahead_of_the_next_on_modest_evidence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from index.answer.handlers import search

    story = "A struggling writer takes a pill. He trades stocks, dates a woman, meets a loan shark in a bar in the city at night and flees."
    pill = review("Limitful", 2011, story)
    other = review("Brainy", 1990, "A scientist studies monkeys in a lab. A writer visits.")
    view = view_of([pill, other], {})
    question = "the one where a broke author takes some pill that lets him use his entire brain idk"
    assert answer(view, question).film == pill.film
    # the same evidence with a narrow lead is only a guess
    monkeypatch.setattr(search, "WIDE_MARGIN", 1.0)
    assert answer(view, question).abstained


def test_which_film_knows_a_person_by_a_possessive_surname() -> None:
    story = "A doctor roams New York at night and sneaks into a masked party of strangers."
    his = review("Eyes Half Shut", 1999, story, director="Stanley Kubricke")
    other = review("Eyes Half Open", 1999, story)
    view = view_of([other, his], {})
    assert answer(view, "kubricke's last movie where a doctor sneaks into a masked party").film == his.film


def test_the_star_of_a_life_story_by_surname_or_first_in_the_cast_list() -> None:
    view = _cast_view(
        "Big Dad", 1999,
        "It stars Sandlar, Joey Adamson and Jon Stuart. The plot follows Sonny Kofax, a man who adopts a boy.",
        ("Adam Sandlar", None), ("Joey Adamson", None), ("Jon Stuart", None),
    )  # fmt: skip
    assert answer(view, "adam sandlar big dad whats his characters name").answer.startswith(
        "Probably Sonny Kofax"
    )
    # no sentence says who stars ("co-stars" is not "stars"): the cast list's first is billed first
    text = (
        "The film is a dramatization of the real-life story of Brandan Tina, a young man in Nebraska. "
        "The film co-stars Chloe Sevign as his girlfriend, Lana."
    )
    film = review(
        "Boys Do Cry", 1999, text, cast=(CastMember("Hilary Swanc", None), CastMember("Chloe Sevign", None))
    )
    credits = (Credit("Chloe Sevign", "cast", character="Lana", review_id=film.review_id, confidence=0.8),)
    view = view_of([film], {film.review_id: ReviewFacts(credits=credits)})
    said = answer(view, "hilary swanc in boys do cry who's she playing").answer
    assert said.startswith("Probably Brandan Tina") and "Hilary Swanc is billed first" in said, said


def test_a_story_question_naming_the_actors_reads_the_story_not_the_cast_list() -> None:
    view = _cast_view(
        "Late Shift", 1982,
        "It stars Henry Winklar along with Michael Keatson. The film centers on a timid night-shift "
        "employee at a city morgue whose new co-worker has big ideas.",
        ("Henry Winklar", None), ("Michael Keatson", None),
    )  # fmt: skip
    said = answer(view, "late shift 1982 where do winklar and keatson work").answer
    assert "morgue" in said, said
    # who the actor is, though, is what the sentence naming the actor says
    view = _cast_view(
        "The Gates", 1991,
        "The film tells the story of the singer Jim Morris. It stars Val Kilmor as Jim Morris and Meg Rian "
        "as Pamela Courson.",
        ("Val Kilmor", "Jim Morris"), ("Meg Rian", "Pamela Courson"),
    )  # fmt: skip
    assert "Courson" in answer(view, "meg rian in the gates is who exactly").answer


def test_an_actor_by_the_short_form_of_the_first_name() -> None:
    from index.filmfacts import name_match

    assert name_match("nic cage", "Nicolas Cage") >= 85
    assert name_match("phil seymour hoffman", "Philip Seymour Hoffman") >= 85
    assert name_match("nic cage", "Nick Nolte") < 85
    # a part by the short form of its first name too
    view = _cast_view(
        "Timewalk", 2002,
        "It stars Victor Slezac as John F. Kennedy and Caprice Benedict as Jacqueline Kennedy.",
        ("Victor Slezac", "John F. Kennedy"), ("Caprice Benedict", "Jacqueline Kennedy"),
    )  # fmt: skip
    assert answer(view, "timewalk jackie kennedy actress").answer.startswith("Caprice Benedict plays")


def test_a_version_of_the_same_name_by_what_kind_of_film_it_is() -> None:
    comedy = review(
        "Whats Up Doc",
        1972,
        "It is a screwball comedy directed by Peter Bogdanovic. Its title is a Bugs Bunny line.",
    )
    cartoon = review(
        "Whats Up Doc", 1950, "It is a Looney Tunes cartoon directed by Robert McKimsun, with Bugs Bunny."
    )
    facts = {
        r.review_id: ReviewFacts(
            credits=(Credit(p, "director", review_id=r.review_id, confidence=0.8),), people={"Bugs Bunny": 1}
        )
        for r, p in ((comedy, "Peter Bogdanovic"), (cartoon, "Robert McKimsun"))
    }
    view = view_of([comedy, cartoon], facts)
    first = answer(view, "whats up doc 1972 who directed it")
    said = answer(
        view,
        "isnt there a bugs bunny cartoon with the same name? who directed that",
        context=first.conversation,
    )
    assert said.film == cartoon.film and said.answer.startswith(
        "Whats Up Doc (1950) was directed by Robert McKimsun"
    )


def test_a_word_after_the_title_that_its_reviews_write_as_a_name_says_which_film() -> None:
    disney = review(
        "The Rescuerz",
        1977,
        "The Rescuerz is an animated film produced by Walt Disney Productions about mice.",
    )
    view = view_of([disney], {})
    assert answer(view, "the rescuerz disney 77 based on books by").film == disney.film
    # a word the reviews never write as a name is a longer title we lack
    assert answer(view, "the rescuerz down under whats it about").abstained


def test_parts_described_in_two_words_or_everyday_words_for_them() -> None:
    text = (
        "Leaving Vegaz follows a suicidal alcoholic. In Vegas he falls for a sex worker played by Elisa Shoo. "
        "Vince Pryce plays an eccentric millionaire, Fred Loren, who throws a party."
    )
    film = review("Leaving Vegaz", 1995, text)
    rid = film.review_id
    credits = (
        Credit("Elisa Shoo", "cast", description="sex worker", review_id=rid, confidence=0.6),
        Credit(
            "Vince Pryce",
            "cast",
            character="Fred Loren",
            description="millionaire",
            review_id=rid,
            confidence=0.7,
        ),
    )
    view = view_of([film], {rid: ReviewFacts(credits=credits)})
    assert "Elisa Shoo" in answer(view, "leaving vegaz who plays the hooker he falls for").answer
    assert "Vince Pryce" in answer(view, "leaving vegaz the rich guy throwing the party is played by").answer


def test_films_of_one_title_told_apart_by_a_stars_first_name_or_a_rare_story_word() -> None:
    old = review("The Last Standd", 1938, "A cowboy defends a ranch.", cast=(CastMember("Bob Bakerr", None),))
    new = review(
        "The Last Standd",
        2013,
        "A small town sheriff must stop a cartel boss fleeing to Mexico.",
        cast=(CastMember("Arnold Schwarzenegr", None),),
    )
    facts = {
        r.review_id: ReviewFacts(credits=(Credit(c.actor, "cast", review_id=r.review_id, confidence=0.9),))
        for r in (old, new)
        for c in r.cast
    }
    fillers = [review(f"Filler {i}", 2000, "A story about people in a town.") for i in range(120)]
    view = view_of([old, new, *fillers], facts)
    assert answer(view, "the last standd arnold, where is the cartel boss going").film == new.film
    assert answer(view, "the last standd, where is the cartel boss going").film == new.film
    assert answer(view, "the last standd, what happens").abstained  # nothing says which


def test_the_lead_named_alongside_or_in_the_lead_role_plays_whom_the_story_follows() -> None:
    view = _cast_view(
        "Underwerld", 2003,
        "The main plot revolves around Selena, a vampire hunting werewolves. Alongside Beckinsail and "
        "Speedmann, the film stars Michael Shean and Bill Nye.",
        ("Kate Beckinsail", None), ("Scott Speedmann", None), ("Michael Shean", None),
    )  # fmt: skip
    said = answer(view, "kate beckinsail underwerld 2003 character").answer
    assert said.startswith("Probably Selena") and "Kate Beckinsail is billed first" in said, said
    film = review(
        "Memoirs of a Geishaa", 2005,
        "It tells the story of a young girl, Chiyo Sakamota, sold to a geisha house. It stars Zhang Ziyii in "
        "the lead role, with Ken Watanabi.",
    )  # fmt: skip
    rid = film.review_id
    credits = (Credit("Zhang Ziyii", "cast", description="lead role", review_id=rid, confidence=0.7),)
    view = view_of([film], {rid: ReviewFacts(credits=credits)})
    assert answer(view, "zhang ziyii's role in memoirs of a geishaa").answer.startswith(
        "Probably Chiyo Sakamota"
    )


def test_what_kind_of_thing_is_the_sentence_that_names_it_with_a_word_the_question_lacks() -> None:
    film = review(
        "Coke Bear", 2023,
        "A bear of some kind roams the woods and it finds lost bags. It is inspired by the story of an "
        "American black bear that ate lost cocaine.",
    )  # fmt: skip
    said = answer(view_of([film], {}), "coke bear what kind of bear is it").answer
    assert "black bear" in said, said


def test_which_film_quotes_the_story_not_the_cast_list_of_the_person_named() -> None:
    film = review(
        "Loopers", 2012,
        "This sci fi film stars Bruce Wilis and Joseph Gordo. Hired killers travel in time.",
        cast=(CastMember("Bruce Wilis", None), CastMember("Joseph Gordo", None)),
    )  # fmt: skip
    other = review("Hitmen Inc", 1999, "A comedy about an office.")
    said = answer(
        view_of([film, other], {}), "the bruce wilis joseph gordo sci fi one where killers travel in time"
    )
    assert said.film == film.film and "Hired killers" in said.answer, said.answer


def test_a_follow_up_naming_a_part_of_the_film_talked_about_is_no_other_film() -> None:
    future = review(
        "Back to the Futur", 1985,
        "It follows Marty McFly (Fox), sent back in a time machine built by his friend Emmett 'Doc' Brown (Lloyd).",
    )  # fmt: skip
    rid = future.review_id
    credits = (
        Credit("Michael Fox", "cast", character="Marty McFly", review_id=rid, confidence=0.8),
        Credit("Chris Lloyd", "cast", character='Emmett "Doc" Brown', review_id=rid, confidence=0.8),
    )
    duke = review("Duke of Cairo", 1949, "A boxer quits the ring.")  # its initials spell "doc"
    view = view_of([future, duke], {rid: ReviewFacts(credits=credits)})
    first = answer(view, "who plays marty mcfly in back to the futur")
    said = answer(view, "and doc brown", context=first.conversation)
    assert said.answer.startswith("Chris Lloyd plays Emmett"), said.answer


def test_which_film_names_no_film_without_the_one_word_name_the_question_gives() -> None:
    from index.answer.handlers.search import _names_missing

    sub = review(
        "Sub Command", 1951, "A submarine captain and his second in command fight over the missiles."
    )
    glory = review(
        "Glory Dayz",
        1989,
        "Denzel Washingtun stars as a soldier.",
        cast=(CastMember("Denzel Washingtun", ""),),
    )
    view = view_of([sub, glory], {})
    question = "submarine movie where the captain and his second fight over the missiles, denzel"
    named = {glory.film: {"Denzel Washingtun"}}
    assert _names_missing(question, view, sub.film, [], named)  # the film asked about has Denzel in it
    assert not _names_missing(question, view, glory.film, [], named)
    assert not _names_missing(question.replace(", denzel", ""), view, sub.film, [], named)


def test_words_before_in_and_a_one_word_title_are_its_people_or_a_longer_title_we_lack() -> None:
    heat = review("Heet", 1995, "It stars Al Pacinno and Bob De Nero as a cop and a thief.")
    rid = heat.review_id
    credits = (Credit("Al Pacinno", "cast", review_id=rid, confidence=0.8),)
    brook = review("Brooklin", 2015, "An Irish girl moves to a borough of New York.", director="Jon Crowly")
    view = view_of([heat, brook], {rid: ReviewFacts(credits=credits)})
    assert answer(view, "pacinno in heet cast").film == heat.film
    lacking = answer(view, "vampire in brooklin director")
    assert lacking.abstained and lacking.film is None and "vampire in brooklin" in lacking.answer


def test_the_year_says_which_version_and_a_title_may_hold_the_year_asked() -> None:
    old = review("No Escapee", 1953, "A man is framed for murder.")
    new = review("No Escapee", 1994, "A soldier is sent to an island prison.")
    assert (
        answer(view_of([old, new], {}), "no escapee 1994 the island jail one whats it about").film == new.film
    )
    first = review("Wonder Girl", 2017, "An Amazon princess leaves her island.", director="Patti Jenkens")
    second = review("Wonder Girl 1984", 2020, "The princess fights in 1984.", director="Patti Jenkens")
    view = view_of([first, second], {})
    talk = answer(view, "who directed wonder girl 2017")
    assert answer(view, "ok and the 1984 one, who directed it", context=talk.conversation).film == second.film


def test_a_star_of_a_film_we_lack_whose_surname_is_another_films_title() -> None:
    wilson = review(
        "Wilsen", 2017, "A lonely man looks for his daughter.", cast=(CastMember("Woody Harrelsen", None),)
    )
    glad = review(
        "Gladiatr", 2000, "Russel Crowe plays a Roman general.", cast=(CastMember("Russel Crowe", None),)
    )
    facts = {
        glad.review_id: ReviewFacts(
            credits=(Credit("Russel Crowe", "cast", review_id=glad.review_id, confidence=0.8),)
        )
    }
    view = view_of([wilson, glad], facts)
    lacking = answer(view, "midnight in paris owen wilsen who else is in it")
    assert lacking.abstained and lacking.film is None and "midnight in paris owen wilsen" in lacking.answer
    assert answer(view, "russel crowe gladiatr who does he play").film == glad.film


def test_an_actor_by_initials_and_a_part_the_reviews_leave_unpaired() -> None:
    iron = review(
        "Iron Man", 2008, "The film stars Robert Downey Jr. as Tony Stark, an industrialist.",
        cast=(CastMember("Robert Downey Jr."),),
    )  # fmt: skip
    promises = review(
        "Eastern Promises", 2007,
        "Eastern Promises is a 2007 gangster film. The film tells the story of Anna, a midwife in London.",
        cast=(CastMember("Viggo Mortensen"), CastMember("Naomi Watts")),
    )  # fmt: skip
    facts = {
        iron.review_id: ReviewFacts(
            credits=(Credit("Robert Downey Jr.", "cast", character="Tony Stark", review_id=iron.review_id,
                            how="as", confidence=0.9, evidence="The film stars Robert Downey Jr. as Tony Stark"),)
        )
    }  # fmt: skip
    view = view_of([iron, promises], facts)
    assert answer(view, "what's rdj's character in iron man").answer.startswith(
        "Robert Downey Jr. plays Tony Stark"
    )
    # no sentence pairs her with a part: said so, with the sentence saying whom the story follows
    told = answer(view, "naomi watts in eastern promises, who is she exactly").answer
    assert "don't say which part" in told and "tells the story of Anna" in told


def test_follow_ups_to_a_subtitle_the_end_of_a_title_a_numbered_sequel_and_a_named_part() -> None:
    films = [
        review("Captain Marvel", 2019, "Captain Marvel is a 2019 superhero film.", director="Anna Boden"),
        review("Avengers: Endgame", 2019, "Avengers: Endgame is a 2019 superhero film.", director="Joe Russo"),
        review("The Dark Knight Rises", 2012, "The Dark Knight Rises is a 2012 film.", director="Christopher Nolan"),
        review("Batman Begins", 2005, "Batman Begins is a 2005 film.", director="Christopher Nolan"),
        review("Scooby-Doo", 2002, "Scooby-Doo is a 2002 mystery comedy film.", director="Raja Gosnell"),
        review("Scooby-Doo Meets the Boo Brothers", 1987, "It is a 1987 animated film.", director="Paul Sommer"),
        review("Scooby-Doo 2: Monsters Unleashed", 2004, "It is a 2004 comedy film.", director="Raja Gosnell",
               cast=(CastMember("Seth Green"),)),
        review("Logan", 2017, "Logan is a 2017 film. It follows an aged Wolverine and a young mutant named Laura.", director="James Mangold",
               cast=(CastMember("Hugh Jackman"), CastMember("Dafne Keen", "Laura"))),
        review("The Girl", 2012, "The Girl is a 2012 television film about Alfred Hitchcock."),
    ]  # fmt: skip
    view = view_of(films)

    def then(first: str, question: str) -> str:
        return answer(view, question, context=answer(view, first).conversation).answer

    assert then("captain marvel 2019 who directed it", "ok and endgame").startswith(
        "Avengers: Endgame (2019)"
    )
    talk = answer(
        view, "and batman begins?", context=answer(view, "who directed the dark knight rises").conversation
    )
    back = answer(view, "back to rises - who directed it", context=talk.conversation)
    assert back.answer.startswith("The Dark Knight Rises (2012)")
    assert "Seth Green" in then("scooby doo 2002 who directed", "and the sequel - who is in that one")
    # "girl" is a word of the title The Girl, but the part asked about is one of Logan's, named
    assert then("logan 2017 who directed", "who plays the little girl laura").startswith("Dafne Keen")


def test_a_part_asked_by_the_words_before_its_description() -> None:
    jingle = review(
        "Jingle All the Way", 1996,
        "It stars Arnold Schwarzenegger and Sinbad as two rival fathers, mattress salesman Howard Langston "
        "(Schwarzenegger) and postal worker Myron Larabee (Sinbad).",
    )  # fmt: skip
    said = "mattress salesman Howard Langston (Schwarzenegger) and postal worker Myron Larabee (Sinbad)"
    facts = {
        jingle.review_id: ReviewFacts(
            credits=(
                Credit("Arnold Schwarzenegger", "cast", character="Howard Langston", description="salesman",
                       review_id=jingle.review_id, how="paren", confidence=0.9, evidence=said),
                Credit("Sinbad", "cast", character="Myron Larabee", description="worker",
                       review_id=jingle.review_id, how="paren", confidence=0.9, evidence=said),
            )
        )
    }  # fmt: skip
    told = answer(view_of([jingle], facts), "jingle all the way who plays the postal guy").answer
    assert told.startswith("The review mentions Sinbad as Myron Larabee, a postal worker")


def test_a_story_question_naming_no_film_is_read_from_the_film_holding_its_rare_name() -> None:
    brave = review(
        "Brave", 2012,
        "Merida is a Scottish princess. Her mother, Queen Elinor, is cursed to turn into a bear, and Merida "
        "must find the key to saving her.",
    )  # fmt: skip
    mom = review("Mr. Mom", 1983, "A father stays at home as a mom while his wife goes back to work.")
    # (a rare word: one passage in 200 at most)
    others = [
        review(f"Film {i}", 1800 + i, f"A story about a town and its people, number {i}.") for i in range(250)
    ]
    view = view_of([brave, mom, *others])
    told = answer(view, "what does merida's mom turn into lol")
    assert told.film == FilmRef("Brave", 2012) and "bear" in told.answer
    assert answer(view, "who directed it").abstained  # nothing named, nothing talked about


def test_several_parts_at_once_are_answered_with_the_cast() -> None:
    scooby = review(
        "Scooby-Doo", 2002, "Scooby-Doo is a 2002 mystery comedy film.",
        cast=(CastMember("Sarah Michelle Gellar"), CastMember("Freddie Prinze Jr."), CastMember("Matthew Lillard")),
    )  # fmt: skip
    told = answer(view_of([scooby]), "live action scooby doo 2002 who played the gang, cast pls")
    assert not told.abstained and "Matthew Lillard" in told.answer


def test_parts_asked_by_initials_or_by_name_and_what_the_person_is() -> None:
    pt = review(
        "PT 109",
        1963,
        "It depicts John F. Kennedy in command of a torpedo boat. Cliff Robertson stars as Kennedy.",
    )
    homes = review("99 Homes", 2015, "A father is evicted by businessman Rick Carver (Shannon).")
    facts = {
        pt.review_id: ReviewFacts(
            credits=(Credit("Cliff Robertson", "cast", character="Kennedy", review_id=pt.review_id, how="as",
                            confidence=0.75, evidence="Cliff Robertson stars as Kennedy."),),
            people={"John F. Kennedy": 1, "Cliff Robertson": 1},
        ),
        homes.review_id: ReviewFacts(
            credits=(Credit("Michael Shannon", "cast", character="Rick Carver", description="businessman",
                            review_id=homes.review_id, how="paren", confidence=0.8,
                            evidence="A father is evicted by businessman Rick Carver (Shannon)."),),
        ),
    }  # fmt: skip
    view = view_of([pt, homes], facts)
    assert answer(view, "who plays jfk in pt 109").answer.startswith("Cliff Robertson plays Kennedy")
    told = answer(view, "99 homes who plays carver the eviction guy").answer
    assert told.startswith("Michael Shannon plays Rick Carver")
    # a part's name, then a word for someone
    assert answer(view, "99 homes who plays the carver guy").answer.startswith(
        "Michael Shannon plays Rick Carver"
    )


def test_the_decade_said_in_a_follow_up_picks_that_version_of_the_title() -> None:
    old = review("Mata Hari", 1931, "A spy story.", cast=(CastMember("Greta Garbo", "Mata Hari"),))
    new = review("Mata Hari", 1985, "A spy story.", cast=(CastMember("Sylvia Kristel", "Mata Hari"),))
    view = view_of([old, new])
    first = answer(view, "who stars in mata hari 1931")
    later = answer(view, "and the 80s one - who played mata hari there", context=first.conversation)
    assert later.film == FilmRef("Mata Hari", 1985) and later.answer.startswith("Sylvia Kristel")


def test_who_the_part_is_asked_with_what_it_does_and_a_story_told_in_the_cast_sentence() -> None:
    world = review(
        "A Perfect World", 1993, "An escaped convict takes a boy hostage. Eastwood co-stars as a Texas Ranger in pursuit of the convict.",
        cast=(CastMember("Kevin Costner"), CastMember("Clint Eastwood", "Texas Ranger")),
    )  # fmt: skip
    sniper = review(
        "Sniper", 1993,
        "Sniper is a 1993 action film. The film stars Tom Berenger and Billy Zane as snipers on an assassination "
        "mission in Panama. It is the first installment in the Sniper film series, followed by many sequels.",
    )  # fmt: skip
    view = view_of([world, sniper])
    ranger = answer(view, "a perfect world who's the texas ranger chasing them").answer
    assert ranger.startswith("Clint Eastwood plays Texas Ranger")
    assert "Panama" in answer(view, "sniper 1993 berenger and zane are on a mission where").answer


def test_that_family_one_is_the_version_of_the_title_the_family_is_in() -> None:
    marx = review(
        "Monkey Business", 1931, "It stars Groucho Marx and Harpo Marx as stowaways on a liner.",
        cast=(CastMember("Groucho Marx"), CastMember("Harpo Marx")), writer="S. J. Perelmann",
    )  # fmt: skip
    grant = review(
        "Monkey Business", 1952, "A chemist finds a youth formula.", cast=(CastMember("Cary Grant"),)
    )
    brothers = review("Brothers", 1930, "Two brothers take different paths.")  # a title inside the question
    view = view_of([marx, grant, brothers])
    first = answer(view, "who's in monkey business 1931")
    told = answer(view, "who did the screenplay for that marx brothers one", context=first.conversation)
    assert told.film == FilmRef("Monkey Business", 1931) and "Perelmann" in told.answer


def test_a_title_then_what_film_it_is_or_two_surnames_and_no_title_merely_close() -> None:
    bataan = review("Bataany", 1943, "A squad holds a ravine.", cast=(CastMember("Rob Taylur"),))
    wolves = review("The Sea Wolfs", 1980, "Retired soldiers sink a ship.",
                    cast=(CastMember("Gregor Pecks"), CastMember("Roger Mooring")))  # fmt: skip
    moon = review("Moony", 2009, "A man works alone on the moon.", director="Duncan Jonas")
    w = review("W.", 2008, "It is about the life of George W. Bush, set in stone.", director="Oliver Stane",
               cast=(CastMember("Ian Novak"),))  # fmt: skip
    view = view_of([bataan, wolves, moon, w], {})
    assert answer(view, "bataany ww2 movie who's in it").answer.startswith("Bataany (1943) stars")
    assert answer(view, "the sea wolfs pecks and mooring - who's in it").film == wolves.film
    # a title we lack, then a person: no film whose title is only a suggestion for it
    assert answer(view, "moonyfall halle berry whos the director").abstained
    # "in" is no person's initials ("Ian Novak"), and W. no title typed
    assert answer(view, "sword in the stone disney what book is it based on").film is None


def test_a_part_whose_owner_is_described_and_a_title_word_that_names_a_part() -> None:
    text = (
        "The film follows Deira Stridon (Fostor), a girl with a heart ailment. Her father, Eugen (Harrys), "
        "thinks she should rest."
    )
    echoes = review("Echos of a Summer", 1976, text)
    rid = echoes.review_id
    facts = {
        rid: ReviewFacts(
            credits=(
                Credit("Jodi Fostor", "cast", character="Deira Stridon", description="girl", review_id=rid,
                       how="paren", confidence=0.9, evidence=text),
                Credit("Rick Harrys", "cast", character="Eugen", description="father", of="Deira Stridon",
                       review_id=rid, how="paren", confidence=0.9, evidence=text),
            )
        )
    }  # fmt: skip
    oliver = review("Olivier Twist", 1933, "It stars Dickey Moor as Olivier and Irv Pichel as Fagin.",
                    cast=(CastMember("Dickey Moor", "Olivier"), CastMember("Irv Pichel", "Fagin")))  # fmt: skip
    view = view_of([echoes, oliver], facts)
    said = answer(view, "echos of a summer who plays the sick girl's dad").answer
    assert said.startswith("Rick Harrys plays"), said
    assert answer(view, "olivier twist (1933) whos olivier").answer.startswith("Dickey Moor plays Olivier")


def test_a_person_named_in_full_and_a_year_say_which_film() -> None:
    girl = review("A Hundred Men and a Girl", 1937, "A girl forms an orchestra of unemployed musicians with a famous conductor, Leo Stokowsky.",
                  cast=(CastMember("Deana Durben"), CastMember("Leo Stokowsky")))  # fmt: skip
    other = review(
        "Mad About Musique",
        1938,
        "A girl at a Swiss school invents a father.",
        cast=(CastMember("Deana Durben"),),
    )
    view = view_of([girl, other], {})
    said = answer(view, "which real conductor shows up in the deana durben orchestra movie from 1937")
    assert said.film == girl.film and "Stokowsky" in said.answer


def test_a_rank_before_a_parts_name_says_what_the_part_is() -> None:
    rabbit = review("Rabit, Run", 1970, "It stars Jim Kaan as Rabbit and Art Hille as Rev. Jack Eccles.",
                    cast=(CastMember("Jim Kaan", "Rabbit"), CastMember("Art Hille", "Rev. Jack Eccles")))  # fmt: skip
    said = answer(view_of([rabbit], {}), "rabit run 1970 who plays the preacher").answer
    assert said.startswith("Art Hille plays Rev. Jack Eccles"), said


def test_a_story_question_is_answered_by_the_sentence_telling_the_story_quoted_whole() -> None:
    gray = review(
        "The Grey Agent", 2022,
        "The Grey Agent is a 2022 action film directed by the Russo twins from a script co-written by Chris "
        "Markuson, starring Ryan Goslin. The plot centers on CIA agent \"Sierra Six\", who is on the run from "
        "a former colleague.",
    )  # fmt: skip
    town = review(
        "The Burg", 2010,
        "The Burg is a 2010 crime film. It also stars Rebecca Hale, Jon Hamn, Jeremy Rennor, Blake Lovely, "
        "Titus Wellivor, Pete Postlewaite, Chris Coopar and Slayne, and follows a Boston bank robber who begins "
        "to develop romantic feelings for a victim of one of his previous robberies, while he and his crew set "
        "out to get one final score by robbing Fenway Park.",
    )  # fmt: skip
    view = view_of([gray, town], {})
    assert "Sierra Six" in answer(view, "the grey agent whats goslins code name").answer
    # a long sentence that answers is quoted whole, up to what a chat message holds
    assert "Fenway Park" in answer(view, "in the burg 2010 what do they rob at the end").answer


def test_a_year_that_is_a_films_title_and_an_actor_of_it() -> None:
    film = review("2012", 2009, "It follows novelist Jackson Curtis (Cusak) as the world ends.",
                  cast=(CastMember("John Cusak", "Jackson Curtis"),))  # fmt: skip
    orwell = review("1984", 1984, "It follows Winston Smith (Hurtt) in a totalitarian London.",
                    cast=(CastMember("Jon Hurtt", "Winston Smith"),))  # fmt: skip
    raven = review("The Raven", 1963, "A sorcerer seeks help.", cast=(CastMember("Vince Pryce"),))
    view = view_of([film, orwell, raven], {})
    said = answer(view, "who is john cusak in 2012, like his guy")
    assert said.film == film.film and "Jackson Curtis" in said.answer
    said = answer(view, "jon hurtt's role in 1984 (the 84 film not the book)")
    assert said.film == orwell.film and said.kind == "cast"
    # a title we lack, with the year beside it, is not the film named by that year
    assert answer(view, "the raven 2012 john cusak who else is in it").abstained


def test_the_name_of_a_thing_in_the_story_talked_about_is_no_other_film() -> None:
    corn = review("Children of the Cob", 1984, "Set in the fictitious rural town of Gatlen, the film tells of a cult.",
                  cast=(CastMember("Pete Horten"),))  # fmt: skip
    towns = [review("The Town", 1945, "A village in wartime."), review("The Town", 2010, "Boston robbers.")]
    view = view_of([corn, *towns], {})
    first = answer(view, "children of the cob 1984 cast")
    said = answer(view, "whats the name of the town", context=first.conversation)
    assert said.film == corn.film and "Gatlen" in said.answer


def test_the_one_film_of_a_title_with_one_of_its_people_and_a_year_title_after_its_director() -> None:
    tomorrow = review("Tomorrowlund", 2015, "An inventor and a teenager travel to a hidden city.",
                      cast=(CastMember("George Clooneg"), CastMember("Hugh Lauri")))  # fmt: skip
    epic = review("1900", 1977, "An epic of two men born on the same day.", director="Bernardo Bertoluci",
                  cast=(CastMember("Rob De Nero"),))  # fmt: skip
    view = view_of([tomorrow, epic], {})
    said = answer(view, "tomorrowlund actors, the disney one w clooneg")
    assert said.film == tomorrow.film and "Hugh Lauri" in said.answer
    said = answer(view, "bertolucis 1900 cast, the super long italian one")
    assert said.film == epic.film and "Rob De Nero" in said.answer


def test_where_a_film_was_shot_or_who_reprised_a_role_is_no_answer_about_its_story() -> None:
    jp = review(
        "Jurassic Parc III", 2001,
        "Sam Neel and Laura Durn reprised their roles on the island from the original film. The film is about "
        "a divorced couple whose son is missing on the island of Isla Sorna.",
    )  # fmt: skip
    daughter = review(
        "Not Without My Girl", 1991,
        "In 1990, the film was shot in the country, in Turkey and Israel. It depicts the escape of an American "
        "mother and her daughter from a country she cannot leave, Iran.",
    )  # fmt: skip
    view = view_of([jp, daughter], {})
    assert "Isla Sorna" in answer(view, "jurassic parc 3 what island do they crash on").answer
    assert "Iran" in answer(view, "not without my girl what country do they get stuck in").answer


def test_a_sentence_first_for_telling_the_story_neither_lowers_confidence_nor_hides_the_best() -> None:
    new = review(
        "Underwerld", 2003,
        "The film centers on the secret history of vampires and lycans. The main plot revolves around "
        "Selene, a vampire Death Dealer hunting Lycans.",
    )  # fmt: skip
    old = review(
        "Underwerld", 1927, "Underwerld is a 1927 silent crime film starring Clive Brooke and Evelyn Brentt."
    )
    view = view_of([new, old], {})
    said = answer(view, "underwerld 2003 what are the werewolves called in it")
    assert not said.abstained and "Selene" in said.answer
    # of the two films of the title, the one whose story answers is not passed over for the other
    assert answer(view, "underwerld what are the werewolves called in it").film != old.film


def test_a_film_of_another_decade_than_the_one_said_is_only_a_guess() -> None:
    beggars = review(
        "Begars of Life",
        1928,
        "A comedy where a hollywood director dresses up as a hobo to learn about suffering.",
    )
    view = view_of(
        [beggars, *(review(f"Filler {i}", 1900 + i, f"A drama about family number {i}.") for i in range(30))],
        {},
    )
    said = answer(view, "40s comedy where a hollywood director dresses up as a hobo to learn about suffering")
    assert said.abstained and "Possibly Begars of Life" in said.answer
    assert not answer(
        view, "20s comedy where a hollywood director dresses up as a hobo to learn about suffering"
    ).abstained


def test_where_a_story_is_set_before_where_it_was_shot_and_a_real_source() -> None:
    winkie = review(
        "Wee Willy", 1937,
        "Wee Willy is a 1937 adventure film directed by Jon Ford. The film's story concerns the British presence "
        "in 19th-century India. The production was filmed largely at the Iverson Movie Ranch in Chatsworth, "
        "California, where elaborate sets were built.",
    )  # fmt: skip
    savages = review(
        "Young Savage", 1961, "It was written from a novel by Evan Hunt. Aspects of the film are inspired by the "
        "real-life Salvador Agro case.",
    )  # fmt: skip
    facts = {
        winkie.review_id: ReviewFacts(places=("India", "California", "Chatsworth")),
        savages.review_id: ReviewFacts(sources=(
            SourceWork("a novel", author="Evan Hunt", kind="novel", review_id=savages.review_id, confidence=0.75,
                       evidence="It was written from a novel by Evan Hunt."),
            SourceWork("the real-life Salvador Agro case", review_id=savages.review_id, confidence=0.6,
                       evidence="Aspects of the film are inspired by the real-life Salvador Agro case."),
        )),
    }  # fmt: skip
    view = view_of([winkie, savages], facts)
    assert "India" in answer(view, "wee willy is set in what country").answer
    # asked where it was shot, the place it was shot answers
    assert "Chatsworth" in answer(view, "where was wee willy filmed").answer
    assert "Salvador Agro" in answer(view, "young savage was inspired by which real case").answer
    assert "Evan Hunt" in answer(view, "young savage is based on what").answer


def test_what_a_story_word_is_and_a_title_inside_the_asked_subject() -> None:
    harry = review(
        "Harry and Tonta", 1974, "Harry and Tonta is a 1974 road movie written by Paul Mazurski and directed by "
        "him. It features Art Carnay as Harry in an Oscar-winning performance. Tonta is his pet cat.",
    )  # fmt: skip
    evil = review(
        "Evilspeek", 1981, "Evilspeek is a 1981 horror film directed by Eric Westin. Upon finding a book of black "
        "mass, an outcast cadet taps through a computer to conjure Satan.",
    )  # fmt: skip
    view = view_of([harry, evil], {})
    assert "pet cat" in answer(view, "harry and tonta - who or what is tonta").answer
    bronsen = review(
        "Bronsen", 2008, "Bronsen is a 2008 British prison film directed by Nic Refin. The film stars Tom Hardie "
        "as Michael Petersen, known from 1987 as Charles Bronsen. He was given the name Charles Bronsen by his "
        "fight promoter.",
    )  # fmt: skip
    credited = ReviewFacts(
        credits=(Credit("Tom Hardie", "cast", character="Michael Petersen", review_id=bronsen.review_id,
                        how="as", confidence=0.75),),
        people={"Tom Hardie": 1, "Michael Petersen": 1, "Charles Bronsen": 2, "Nic Refin": 1},
    )  # fmt: skip
    real = answer(
        view_of([bronsen], {bronsen.review_id: credited}), "tom hardie in bronsen, what's the guy's real name"
    )
    assert "Michael Petersen" in real.answer
    # the title in the subject of "what does …", its verb after it ("use"), is no longer title
    said = answer(view, "what does the kid in evilspeek use to call up satan")
    assert said.film == FilmRef("Evilspeek", 1981) and "computer" in said.answer


def test_the_villain_asked_of_the_story() -> None:
    rises = review(
        "The Dark Night Rises", 2012, "The Dark Night Rises is a 2012 superhero film directed by Chris Nolen. The "
        "film stars Christian Bail as Bruce Wayne. Eight years later, the revolutionary Bane forces Bruce Wayne "
        "to resume his role as Batman and save Gotham City.",
        cast=(CastMember("Christian Bail", "Bruce Wayne"),),
    )  # fmt: skip
    view = view_of([rises], {})
    assert "Bane" in answer(view, "dark night rises main villain?").answer
    # a noun and a clause after the role word: still the part asked, told by the story
    assert "Bane" in answer(view, "dark night rises who's the villain guy they fight").answer


def test_a_title_that_is_a_persons_name_asked_by_part_of_it() -> None:
    anna = review(
        "Ana Karenin", 1935, "Ana Karenin is a 1935 film adaptation of the novel. It stars Greta Garbow and Fred March.",
        cast=(CastMember("Greta Garbow"), CastMember("Fred March")),
    )  # fmt: skip
    wife = review(
        "The Time Rover's Wife", 2009, "The story follows a librarian who travels in time.",
        cast=(CastMember("Eric Banna"), CastMember("Rachel MacAdams")),
    )  # fmt: skip
    view = view_of([anna, wife], {})
    assert answer(view, "ana karenin 1935 who plays ana").answer.startswith("Greta Garbow leads the cast")
    # not a part word of a title that is no one's name
    assert answer(view, "who plays the wife in the time rovers wife").abstained
    canary = review(
        "The Canary Murder Case", 1929, 'Bill Powel starred as detective Philo Vance, with Louise Brookes '
        'co-starred as "The Canary".', cast=(CastMember("Bill Powel"), CastMember("Louise Brookes")),
    )  # fmt: skip
    said = answer(view_of([canary], {}), "who plays the canary in the canary murder case").answer
    assert "Louise Brookes" in said and not said.startswith("Bill Powel")


def test_a_part_named_with_a_doctors_title_is_the_doctor() -> None:
    love = review(
        "Mad Lover", 1935, "It stars Pete Lorri as Dr. Gogal and Frances Drak as Yvonne Orlac.",
        cast=(CastMember("Pete Lorri", "Dr. Gogal"), CastMember("Frances Drak", "Yvonne Orlac")),
    )  # fmt: skip
    view = view_of([love], {})
    assert answer(view, "mad lover 1935 who plays the doctor").answer.startswith("Pete Lorri plays Dr. Gogal")


def test_what_kind_of_thing_said_with_another_word_for_it() -> None:
    film = review(
        "Disclosed", 1994, "Disclosed is a 1994 thriller directed by Barry Levin. The film is a mystery in an "
        "office setting within the computer industry in the mid-1990s. It is based on a novel.",
    )  # fmt: skip
    said = answer(view_of([film], {}), "disclosed 94 what kind of company do they work at")
    assert not said.abstained and "computer industry" in said.answer


def test_films_we_lack_are_never_answered_from_another_films_text() -> None:
    sadie = review(
        "Miss Sadie Tomson", 1953, "Miss Sadie Tomson (1953) is a musical starring Rita Hayward and Jose Ferer. "
        "Other film versions include Sadie Tomson (1928) starring Gloria Swansen, and Rain (1932).",
        cast=(CastMember("Rita Hayward"), CastMember("Jose Ferer")),
    )  # fmt: skip
    thunder = review(
        "Thunder and Lightnin", 1977, "Thunder and Lightnin is a 1977 action comedy about moonshiners."
    )
    night = review("They Drive by Nite", 1940, "They Drive by Nite is a 1940 film about two truck drivers.")
    others = [review(f"Film {i}", 1800 + i, f"A story about a town, number {i}.") for i in range(250)]
    view = view_of([sadie, thunder, night, *others], {})
    # the star of another version, named in this one's text, is no aside for it
    assert answer(view, "sadie tomson gloria swansen plot").film is None
    assert answer(view, "sadie tomson rita hayward plot").film == FilmRef("Miss Sadie Tomson", 1953)
    # a rare word of a title we lack, held only by another film's title
    assert answer(view, "thunder force what are their powers").film is None
    # the subject of the question's clause is no title's start
    assert answer(view, "rv what state do they drive to").film is None


def test_follow_ups_that_point_back_at_a_part_a_person_or_the_making() -> None:
    simpsons = review(
        "The Simpsens Movie", 2007, "The film stars Dan Castellano and Albert Brooke as the film's main antagonist, "
        "Russ Cargill, head of the EPA. The film follows Homer, who pollutes the lake.",
        director="David Silverstone",
        cast=(CastMember("Dan Castellano"), CastMember("Albert Brooke", "Russ Cargill")),
    )  # fmt: skip
    highlander = review(
        "Highlandr II", 1991, "Set in the year 2024, the plot concerns Connor MacLeod, who must free Earth from the "
        "Shield. The film was shot almost entirely in Argentina before the economy crashed.",
        director="Russell Mulky",
    )  # fmt: skip
    view = view_of([simpsons, highlander], {})
    first = answer(view, "simpsens movie who is the bad guy")
    then = answer(view, "who voices him", context=first.conversation)
    assert "Albert Brooke" in then.answer and "Russ Cargill" in then.answer
    asked = answer(view, "did david silverstone direct it", context=first.conversation)
    assert asked.answer.startswith("Yes") and asked.film == simpsons.film
    shot = answer(view, "highlandr 2 where did they shoot it")
    assert "Argentina" in shot.answer


def test_a_persons_title_is_the_film_of_that_title_they_made() -> None:
    old = review("Pinocchio", 1940, "An animated film.", director="Ben Sharpsteen")
    new = review("Guillermo del Toro's Pinocchio", 2022, "A stop-motion film.", director="Guillermo del Toro")
    pawn = review("The Pawnshop", 1916, "A comedy.", director="Charlie Chaplin")
    view = view_of([old, new, pawn])
    for question in ("the del toro pinocchio who directed it", "del toro pinocchio director"):
        assert answer(view, question).film == new.film, question
    assert answer(view, "chaplins the pawnshop, who directed").film == pawn.film
    assert answer(view, "spielberg's the pawnshop who directed").abstained  # nobody of the film


def test_after_asking_which_film_a_follow_up_picks_among_those_offered() -> None:
    old = review("Grit", 1969, "A western.", cast=(CastMember("Wade Jonn", "Marshal Cole"),))
    new = review("Grit", 2010, "A remake.", cast=(CastMember("Jeff Brede", "Cole"),))
    view = view_of([old, new])
    first = answer(view, "grit cast")
    assert first.abstained and set(first.conversation.choices) == {old.film, new.film}
    then = answer(view, "who does wade jonn play", context=first.conversation)
    assert then.film == old.film and then.answer.startswith("Wade Jonn plays Marshal Cole")


def test_a_part_after_the_actors_possessive_and_no_stray_quotation_mark() -> None:
    film = review(
        "Hearts Apart", 1936,
        "It stars Mara Davis as Betsy. “The couple is even granted a second chance by Claude Rayns' Napoleon.”",
        cast=(CastMember("Mara Davis", "Betsy"), CastMember("Claude Rayns")),
    )  # fmt: skip
    text = answer(view_of([film], {}), "claude rayns is who in hearts apart").answer
    assert text.startswith("The review mentions Claude Rayns as Napoleon in Hearts Apart (1936)")
    assert text.endswith("Napoleon.”")


def test_a_story_told_asking_nothing_asks_which_film() -> None:
    swarm = review("The Hive", 1978, "A swarm of killer bees invades Texas and a scientist fights them.")
    view = view_of([swarm, RUNAWAYS])
    assert answer(view, "killer bees invade texas").film == swarm.film
    # a conversation's film is asked about, not guessed
    first = answer(view, "who directed the runaways")
    assert answer(view, "killer bees invade texas", context=first.conversation).film != swarm.film


def test_his_job_asks_the_leads_part() -> None:
    said = "It follows the story of assassin Martin Blank (Cusak), who returns home for a reunion."
    film = review("Pointe Blank", 1997, said, cast=(CastMember("John Cusak"), CastMember("Minnie Drive")))
    credit = Credit(
        "John Cusak", "cast", character="Martin Blank", evidence=said, review_id=film.review_id, how="paren",
        confidence=0.8,
    )  # fmt: skip
    text = answer(
        view_of([film], {film.review_id: ReviewFacts(credits=(credit,))}), "pointe blank whats his job"
    ).answer
    assert text.startswith("John Cusak plays Martin Blank") and "assassin" in text
    # ("whats his day job": his job all the same)
    day_job = answer(
        view_of([film], {film.review_id: ReviewFacts(credits=(credit,))}), "pointe blank whats his day job"
    ).answer
    assert day_job.startswith("John Cusak plays Martin Blank")


def test_a_part_typed_with_the_title_and_nothing_else_asks_who_plays_it() -> None:
    assert ask("marie in the runaways").startswith("Riley Keough plays Marie")
    assert "Dakota Fanning plays Cherie Currie" in ask("cherie currie in the runaways")
    # (an actor typed so asks whom they play)
    assert ask("riley keough in the runaways").startswith("Riley Keough plays Marie")
    # (a story's words are not a part: the story is told)
    assert not ask("japan in the runaways").startswith(("Riley", "Tatum", "Brett", "Dakota"))


def test_a_part_asked_as_an_actors_relative_is_the_relative_of_their_part() -> None:
    # Dakota Fanning plays Cherie Currie; the mother is Cherie's
    assert ask("in the runaways who plays dakota fanning's mom").startswith("Tatum O'Neal plays")
    assert ask("the runaways who plays dakota fannings mother").startswith("Tatum O'Neal plays")
    # (never the actor's own part: "dicaprios partner" is not DiCaprio)
    said = "Leo Capri stars as Marshal Teddy Daniels. Mark Ruffo plays his partner and fellow marshal."
    isle = review("Shutter Isle", 2010, said, cast=(CastMember("Leo Capri"), CastMember("Mark Ruffo")))
    rid = isle.review_id
    credits = (
        Credit(
            "Leo Capri",
            "cast",
            character="Teddy Daniels",
            review_id=rid,
            how="as",
            confidence=0.8,
            evidence=said,
        ),
        Credit(
            "Mark Ruffo",
            "cast",
            description="marshal",
            review_id=rid,
            how="plays",
            confidence=0.8,
            evidence=said,
        ),
    )
    text = answer(
        view_of([isle], {rid: ReviewFacts(credits=credits)}), "shutter isle who plays capris partner"
    ).answer
    assert not text.startswith("Leo Capri plays"), text


def test_a_work_named_only_by_whose_it_is_is_said_once() -> None:
    film = review("The Hive", 1978, "It is based on Arthur Hertz's 1974 novel.")
    work = SourceWork(
        "Arthur Hertz's 1974 novel", author="Arthur Hertz", kind="novel", review_id=film.review_id,
        evidence="It is based on Arthur Hertz's 1974 novel.", confidence=0.75,
    )  # fmt: skip
    view = view_of([film], {film.review_id: ReviewFacts(sources=(work,))})
    assert answer(view, "the hive based on a book?").answer.startswith(
        "The Hive (1978) is based on Arthur Hertz's 1974 novel."
    )


def test_who_wrote_that_after_the_source_is_its_author() -> None:
    first = answer(VIEW, "what is the runaways based on")
    then = answer(VIEW, "who wrote that", context=first.conversation)
    assert "by Cherie Currie" in then.answer and then.kind == "source"


def test_a_title_opening_the_question_over_a_common_word_ending_it() -> None:
    seven = review("Seven", 1995, "Two detectives hunt a serial killer. A box is delivered at the end.")
    box = review("The Box", 2009, "A couple receive a box from a mysterious man.")
    view = view_of([seven, box])
    assert answer(view, "se7en whats in the box").film == seven.film
    zorgon = answer(view, "zorgon whats in the box")
    assert (
        zorgon.abstained and "zorgon" in zorgon.answer and "The Box" not in zorgon.answer.split("Closest")[0]
    )


def test_what_things_are_called_is_read_from_known_as_not_from_a_title_holding_the_word() -> None:
    from index.answer.handlers.plot import _name_bonus

    question = "blade walker what are the androids called"
    title = "It is an adaptation of the novel Do Androids Dream of Electric Sheep?"
    named = "The film is set in a future in which synthetic humans known as replicants work on colonies."
    assert _name_bonus(question, named) > _name_bonus(question, title)


def test_a_part_several_actors_share_names_them_all() -> None:
    said = "The picture stars Jan Vince, Will Katz, and Gary Buse as California surfers facing the war."
    film = review("Big Tuesday", 1978, said)
    credits = tuple(
        Credit(p, "cast", description="California surfers", evidence=said, review_id=film.review_id, how="as",
               confidence=0.75)
        for p in ("Jan Vince", "Will Katz", "Gary Buse")
    )  # fmt: skip
    view = view_of([film], {film.review_id: ReviewFacts(credits=credits)})
    assert answer(view, "big tuesday who plays the three surfers").answer.startswith(
        "Jan Vince, Will Katz and Gary Buse play the California surfers in Big Tuesday (1978)."
    )


def test_when_a_film_came_out_is_its_year_and_when_it_is_set_is_its_story() -> None:
    film = review(
        "The Hive", 1978, "The Hive is a 1978 horror film. It is set in Texas in 1985, when bees attack."
    )
    view = view_of([film], {})
    for question in (
        "what year did the hive come out",
        "when was the hive released",
        "the hive release date",
    ):
        assert answer(view, question).answer.startswith("The Hive came out in 1978. “The Hive is a 1978"), (
            question
        )
    # keyword style, nothing else asked
    for question in ("the hive, year?", "the hive - year it came out", "the hive 1970s bees year pls"):
        assert answer(view, question).answer.startswith("The Hive came out in 1978."), question
    assert "1985" in answer(view, "what year is the hive set in").answer
    assert "came out" not in answer(view, "the hive what year do the bees come from").answer


def test_the_sequel_to_a_film_named_is_never_that_film() -> None:
    first = review(
        "The Don", 1972, "The Don is a 1972 crime film directed by Frank Copp.", director="Frank Copp"
    )
    second = review(
        "The Don Part II",
        1974,
        "It is both a sequel and a prequel to the 1972 film The Don.",
        director="Frank Copp",
    )
    third = review(
        "The Don Part III", 1990, "It is the sequel to The Don and The Don Part II.", director="Frank Copp"
    )
    alone = review("Blade Walker", 1982, "A cop hunts androids.", director="Rid Scott")
    view = view_of([first, second, third, alone])
    assert answer(view, "who directed the sequel to the don").film == second.film
    missing = answer(view, "who directed the sequel to blade walker")
    assert missing.abstained and missing.film is None


def test_a_series_character_unpaired_here_is_probably_the_star_who_plays_them_in_its_other_films() -> None:
    meet = review(
        "Meet Bosten Blacky", 1941, "A jewel thief clears his name.",
        cast=(CastMember("Chester Morrice", "Bosten Blacky"), CastMember("Rochelle Hudsen")),
    )  # fmt: skip
    confessions = review(
        "Confessions of Bosten Blacky", 1941, "Blacky helps a woman whose heirloom was stolen.",
        cast=(CastMember("Harriet Hillard"), CastMember("Chester Morrice")),
    )  # fmt: skip
    other = review("Smash Up", 1943, "A boxer retires.", cast=(CastMember("Chester Morrice"),))
    view = view_of([meet, confessions, other])
    said = answer(view, "who plays blacky in confessions of bosten blacky")
    assert said.film == confessions.film and said.answer.startswith("Probably Chester Morrice")
    assert "Meet Bosten Blacky (1941)" in said.answer
    # a film whose reviews never name the character: no one is guessed
    missing = answer(view, "who plays blacky in smash up")
    assert "Chester Morrice" not in missing.answer.split(";")[0]
    # and the actor's part, asked the other way round
    part = answer(view, "chester morrice plays who in confessions of bosten blacky")
    assert part.answer.startswith("Probably Bosten Blacky") and part.film == confessions.film
    assert not answer(view, "chester morrice plays who in smash up").answer.startswith("Probably")


def test_the_sequel_to_a_title_ending_in_a_question_mark() -> None:
    first = review("Why Did We Wed?", 2007, "Four couples meet for a weekend.", director="Ty Parry")
    second = review(
        "Why Did We Wed Too?",
        2010,
        "Produced by Lionsgate, it is the sequel to Why Did We Wed? (2007). Four couples go on a retreat.",
        director="Ty Parry",
    )
    third = review(
        "They Named Me Bryce",
        1987,
        "A cook fights gangsters. It is a sequel to the 1982 film They Call Me Bryce?",
    )
    fourth = review("They Call Me Bryce?", 1982, "A cook delivers flour.", director="Al Hong")
    view = view_of([first, second, third, fourth])
    said = answer(
        view, "whats the sequel about", context=answer(view, "who directed why did we wed").conversation
    )
    assert said.film == second.film and "retreat" in said.answer
    then = answer(view, "and the sequel?", context=answer(view, "who was in they call me bryce").conversation)
    assert then.film == third.film


def test_the_sequel_to_a_title_is_not_the_sequel_to_its_numbered_follow_up() -> None:
    first = review("The Fin", 1975, "A shark terrorises a beach town.")
    third = review(
        "The Fin: The Revenge", 1987, "It is a direct sequel to The Fin 2, ignoring the third film."
    )
    view = view_of([first, third])
    missing = answer(view, "who directed the sequel to the fin")
    assert missing.abstained and missing.film is None


def test_an_older_title_said_in_passing_is_the_older_film() -> None:
    old = review("Bolerro", 1934, "A dancer's rise.", cast=(CastMember("George Raff"),))
    new = review("Bolerro", 1984, "A young woman travels.", cast=(CastMember("Bo Derrick"),))
    view = view_of([old, new])
    first = answer(view, "who directed bolerro 1984")
    then = answer(
        view, "wait there's an older bolerro too right? who starred in that one", context=first.conversation
    )
    assert then.film == old.film and "George Raff" in then.answer


def test_each_actors_part_is_the_words_the_sentence_gives_it() -> None:
    from index.answer.handlers.described import parts_told

    people = ["Cary Mullens", "Pete Sarsgard", "Juliet Binoshe", "Alfie Molena"]
    sentences = [
        "It stars Cary Mullens as Jenny, a bright schoolgirl, and Pete Sarsgard as David, the charming "
        "conman who seduces her.",
        "It tells the story of Vianne Rocher, played by Juliet Binoshe, who opens a chocolate shop in a village.",
        "It also stars Alfie Molena and Cary Mullens.",
    ]
    told = {(p.person, p.words) for p in parts_told(sentences, people)}
    assert told == {
        ("Cary Mullens", "as Jenny, a bright schoolgirl, and"),
        ("Pete Sarsgard", "as David, the charming conman who seduces her."),
        # (before the actor, back to the clause's start, and the clause that follows)
        ("Juliet Binoshe", "It tells the story of Vianne Rocher who opens a chocolate shop in a village"),
    }  # an actor merely listed has no part told


def _told_part_view(title: str, text: str, *cast: str) -> MemoryView:
    film = review(title, 1949, text, cast=tuple(CastMember(a, None) for a in cast))
    return view_of([film])


def test_who_plays_a_part_described_in_other_words_is_the_actor_whose_part_means_it() -> None:
    base = _told_part_view(
        "Pinkie", "Pinkie is a 1949 drama film. It stars Jean Crane as the title character, a young woman who passes "
        "for white, and Ethel Barrymoor as her grandmother's employer.",
        "Jean Crane", "Ethel Barrymoor",
    )  # fmt: skip
    close = {"passes for white": 0.58, "employer": 0.3}
    said = answer(_MeaningView(base, close), "pinkie 1949 who plays the girl passing for white")
    assert not said.abstained and "Jean Crane" in said.answer and "Barrymoor" not in said.answer.split(":")[0]
    assert said.answer.startswith(
        "The closest part the reviews describe is Jean Crane's"
    )  # a reading, said so
    # neither close enough nor far enough ahead of the next: no answer
    for close in ({"passes for white": 0.3, "employer": 0.02}, {"passes for white": 0.5, "employer": 0.45}):
        said = answer(_MeaningView(base, close), "pinkie 1949 who plays the girl passing for white")
        assert said.abstained and "Jean Crane" not in said.answer, close


def test_kin_asked_for_must_be_the_part_not_someone_its_words_mention() -> None:
    base = _told_part_view(
        "Heiress", "Heiress is a 1949 drama. It stars Olive Havens as Catherine, a shy young woman who falls in love "
        "despite the objections of her cold father, and Ralph Richards as Dr. Sloper.",
        "Olive Havens", "Ralph Richards",
    )  # fmt: skip
    said = answer(_MeaningView(base, {"father": 0.6}), "in heiress who plays her dad")
    assert "Olive Havens" not in _claim(said), said.answer


def test_a_part_the_reviews_name_or_mention_as_someone_elses_is_not_the_part_whose_words_hold_it() -> None:
    base = _told_part_view(
        "Wonderful Days", "Wonderful Days is a 1946 fantasy film. It stars Jim Stuart as George Bailey, a man whose "
        "despair brings about the intervention of his guardian angel, Clarence Odbody. Clarence shows George "
        "what the town would be without him.",
        "Jim Stuart", "Donna Reid",
    )  # fmt: skip
    close = {"guardian angel": 0.6}
    for asked in ("who played clarence in wonderful days", "whos the angel in wonderful days"):
        said = answer(_MeaningView(base, close), asked)
        assert (
            said.abstained and "Jim Stuart's" not in said.answer and "Jim Stuart plays" not in said.answer
        ), asked
    said = answer(_MeaningView(base, close), "who played clarence in wonderful days")
    assert "Clarence Odbody" in said.answer  # the part is named, its actor is not
    # where a description opens, the kin is the part's own; a name no part's words hold is read by meaning
    motel = _told_part_view(
        "Sicko", "Sicko is a 1960 thriller. It follows embezzler Marion Crane (Leigh), and her sister Lila "
        "(Miles) who looks for her. Jess Harwood plays the Olympic gold-winning athlete.",
        "Janet Leigh", "Vera Miles", "Jess Harwood",
    )  # fmt: skip
    said = answer(_MeaningView(motel, {"her sister": 0.6}), "in sicko who plays marions sister")
    assert "Vera Miles" in _claim(said), said.answer
    said = answer(_MeaningView(motel, {"athlete": 0.6}), "sicko who plays jesse owens")
    assert "Jess Harwood" in _claim(said), said.answer


def test_another_film_asked_after_one_is_the_one_its_reviews_name() -> None:
    steel = review(
        "Pittsburg", 1942,
        "Pittsburg is a 1942 drama film directed by Lewis Seyler and starring Marlene Dietrick, Randolph Scot "
        "and John Wain. Dietrick, Scot and Wain also made The Spoilers together that same year.",
        director="Lewis Seyler",
    )  # fmt: skip
    gold = [
        review(
            "The Spoilers", year, f"The Spoilers is a {year} western film directed by {who}.", director=who
        )
        for year, who in ((1930, "Edwin Carewe"), (1942, "Ray Enrite"))
    ]
    view = view_of([steel, *gold])
    first = answer(view, "pittsburg 1942 who's in it")
    said = answer(
        view,
        "didnt those three make another movie together the same year? who directed that one",
        context=first.conversation,
    )
    assert not said.abstained and said.film == FilmRef("The Spoilers", 1942) and "Ray Enrite" in said.answer
    assert not said.answer.startswith("No")  # no yes-or-no asked of a director
    # a film whose reviews name no other: a refusal, never the film talked about
    alone = review("Brig", 1950, "Brig is a 1950 drama directed by Sam Fuller.", director="Sam Fuller")
    view = view_of([alone, *gold])
    said = answer(view, "who directed that other one", context=answer(view, "who directed brig").conversation)
    assert said.abstained and "Sam Fuller" not in said.answer and "name no other film" in said.answer


def test_another_title_asked_is_read_from_the_sentence_giving_it() -> None:
    west = review(
        "The Sundowner", 1950,
        "The Sundowner is a 1950 western film directed by George Templeton. Two brothers fight over a ranch in "
        "Texas. The film is also known as Thunder in the Dust in the United Kingdom. Its stars toured the UK "
        "to promote it.",
    )  # fmt: skip
    view = view_of([west])
    said = answer(
        view, "what's it called in the uk", context=answer(view, "who directed the sundowner").conversation
    )
    assert "Thunder in the Dust" in said.answer, said.answer


def test_which_war_is_the_sentence_naming_one_and_the_main_characters_name_the_one_followed() -> None:
    war = review(
        "Men at War", 1957,
        "Men at War is a 1957 black and white American war film about the Korean War directed by Anton Man. "
        "The events of the film take place on one day. Made soon after the end of it, the film moved people.",
    )  # fmt: skip
    said = answer(view_of([war]), "men at war is set during which war")
    assert not said.abstained and "Korean War" in said.answer
    # (or a name, then the thing asked in apposition: "SeaWorld, a Florida marine park")
    shark = review(
        "Jaws 3-D", 1983,
        "Jaws 3-D is a 1983 thriller film starring Dennis Quade. The film follows the Brody children to "
        "SeaWorld, a Florida marine park with underwater tunnels. As the park prepares for opening, a young "
        "shark infiltrates the park from the sea, seemingly attacking the park's employees.",
    )  # fmt: skip
    assert "SeaWorld" in answer(view_of([shark]), "jaws 3 which park does the shark get into").answer
    kelly = review(
        "No Remorse", 2021,
        "No Remorse is a 2021 action thriller film. It stars Michael Jordon and Jamie Bel. The plot follows "
        "John Kelly, a Navy SEAL who sets out on a path of revenge.",
        cast=(CastMember("Michael Jordon", None), CastMember("Jamie Bel", None)),
    )  # fmt: skip
    said = answer(view_of([kelly]), "no remorse main character name?")
    assert said.answer.startswith("No Remorse (2021) follows John Kelly"), said.answer


def test_an_actors_part_no_credit_gives_is_quoted_as_a_sentence_words_it() -> None:
    film = review(
        "Revolt", 1985,
        "Revolt is a 1985 historical drama starring Al Pacono and Donald Sutherlind. The film stars Pacono as a "
        "fur trapper in the Province of New York.",
        cast=(CastMember("Al Pacono", None), CastMember("Donald Sutherlind", None)),
    )  # fmt: skip
    said = answer(view_of([film]), "al pacono in revolt (1985) who does he play")
    assert (
        not said.abstained and "fur trapper" in said.answer and said.answer.startswith("The reviews describe")
    )
    # "as well as" gives no part
    film = review(
        "Revolt", 1985,
        "Revolt is a 1985 drama starring Al Pacono as well as Donald Sutherlind.",
        cast=(CastMember("Al Pacono", None), CastMember("Donald Sutherlind", None)),
    )  # fmt: skip
    said = answer(view_of([film]), "al pacono in revolt (1985) who does he play")
    assert "don't say which part" in said.answer, said.answer


def test_the_one_title_a_question_holds_as_a_common_word_when_its_reviews_hold_the_rest() -> None:
    grease = review("Grease", 1978, "Grease is a 1978 musical about greaser Danny and Sandy, an Australian.")
    # (among many films: a word few of them hold ties the question to the film)
    others = [review(f"Town {i}", 2000, "A film about a small town and its people.") for i in range(120)]
    said = answer(view_of([grease, *others]), "is sandy in grease american or what")
    assert said.film == FilmRef("Grease", 1978) and not said.abstained, said.answer
    # no word of the question there: which film is meant is asked
    said = answer(view_of([grease, *others]), "is the plumber in grease american or what")
    assert said.abstained and said.film is None, said.answer


def test_another_version_asked_is_the_other_film_of_the_title_or_a_question_which() -> None:
    kong = [
        review("King Kang", year, f"King Kang is a {year} monster film directed by {who}.", director=who)
        for year, who in ((1933, "Merian Cooperr"), (2005, "Peter Jacksen"))
    ]
    view = view_of(kong)
    first = answer(view, "who directed king kang 1933")
    said = answer(view, "was there another version? who directed that one", context=first.conversation)
    assert said.film == FilmRef("King Kang", 2005) and "Peter Jacksen" in said.answer
    third = review(
        "King Kang", 2030, "King Kang is a 2030 remake directed by Ann Other.", director="Ann Other"
    )
    view = view_of([*kong, third])
    first = answer(view, "who directed king kang 1933")
    said = answer(view, "who starred in another version", context=first.conversation)
    assert said.abstained and "Do you mean" in said.answer and "Merian" not in said.answer


def test_a_part_asked_by_gender_is_never_one_credited_as_the_other() -> None:
    film = review(
        "Schooling", 2009,
        "It stars Cary Mullens as Jenny, a bright schoolgirl, and Pete Sarsgard as David, the charming conman "
        "who seduces her.",
    )  # fmt: skip
    rid = film.review_id
    facts = {
        rid: ReviewFacts(
            credits=(
                Credit(
                    "Cary Mullens",
                    "cast",
                    character="Jenny",
                    description="schoolgirl",
                    review_id=rid,
                    confidence=0.8,
                ),
                Credit(
                    "Pete Sarsgard",
                    "cast",
                    character="David",
                    description="conman",
                    review_id=rid,
                    confidence=0.8,
                ),
            )
        )
    }
    said = answer(view_of([film], facts), "schooling who plays the charming older guy")
    assert "Cary Mullens" not in said.answer.split(":")[0], said.answer


def test_a_rank_asked_is_the_part_the_reviews_give_that_rank_shortened() -> None:
    film = review(
        "Eve of Ruin", 1991, "The film stars Gregory Hinds as Col. Jim McQuaid and Renee Sout as Capt. Eve."
    )
    rid = film.review_id
    facts = {
        rid: ReviewFacts(
            credits=(
                Credit("Gregory Hinds", "cast", character="Col. Jim McQuaid", review_id=rid, confidence=0.8),
                Credit("Renee Sout", "cast", character="Capt. Eve", review_id=rid, confidence=0.8),
            )
        )
    }
    view = view_of([film], facts)
    assert answer(view, "eve of ruin who plays the army colonel").answer.startswith("Gregory Hinds plays")
    assert answer(view, "eve of ruin who plays the captain").answer.startswith("Renee Sout plays")


def test_a_longer_title_its_reviews_name_is_refused_not_answered_with_the_shorter() -> None:
    film = review(
        "Shilo", 1996,
        "Shilo is a 1996 family film. There are two sequels, Shilo Season (1999) and Saving Shilo (2006).",
    )  # fmt: skip
    view = view_of([film])
    said = answer(view, "saving shilo what happens in it")
    assert said.abstained and "saving shilo" in said.answer and said.film is None
    assert not answer(view, "shilo what happens in it").abstained


def test_a_title_role_asked_with_no_film_named_is_that_films() -> None:
    film = review("The Boss Kid", 2017, "It stars the voices of Alec Baldwyn as the title character.")
    other = review("Shrek", 2001, "It stars Mike Myers as Shrek.")
    rid = film.review_id
    facts = {
        rid: ReviewFacts(
            credits=(Credit("Alec Baldwyn", "cast", character="The Boss Kid", review_id=rid, confidence=0.9),)
        )
    }
    view = view_of([film, other], facts)
    said = answer(view, "who voices the boss kid")
    assert not said.abstained and "Alec Baldwyn" in said.answer and said.film == FilmRef("The Boss Kid", 2017)
    # and the film is then the one talked about
    assert answer(view, "who directed it", context=said.conversation).film in (
        None,
        FilmRef("The Boss Kid", 2017),
    )


def test_a_story_question_naming_another_film_turns_to_it() -> None:
    rear = review(
        "Advance to the Back",
        1964,
        "Advance to the Back is a 1964 comedy set in the Civil War. The men at war are lost.",
    )
    men = review("Men at War", 1957, "Men at War is a 1957 film about the Korean War.")
    view = view_of([rear, men])
    first = answer(view, "what war is advance to the back set during")
    assert first.film == FilmRef("Advance to the Back", 1964) and "Civil War" in first.answer
    said = answer(view, "men at war is set during which war", context=first.conversation)
    assert said.film == FilmRef("Men at War", 1957) and "Korean War" in said.answer


def test_the_part_a_title_names_is_read_from_its_names_or_the_star_it_opens_with() -> None:
    weird = review(
        "Weird: The Al Yankovik Story", 2022, "It stars Daniel Radclif as Yankovik, with Evan Wood."
    )
    peggy = review(
        "Peggy Sue Got Wed", 1986,
        "Peggy Sue Got Wed is a 1986 film starring Kathleen Turnor as a woman on the verge of a divorce. "
        "Nicolas Cagey plays her husband.",
    )  # fmt: skip
    fox = review(
        "The Sand Fox", 1951,
        "The Sand Fox is a 1951 war film about Field Marshal Erwin Romel. It stars James Masen in the title role.",
    )  # fmt: skip
    facts = {
        weird.review_id: ReviewFacts(
            credits=(
                Credit("Daniel Radclif", "cast", character="Yankovik", review_id=weird.review_id,
                       evidence="It stars Daniel Radclif as Yankovik, with Evan Wood.", confidence=0.9),
                Credit("Evan Wood", "cast", review_id=weird.review_id, confidence=0.9),
            )
        ),
        peggy.review_id: ReviewFacts(
            credits=(
                Credit("Kathleen Turnor", "cast", description="woman", review_id=peggy.review_id, confidence=0.8,
                       evidence="Peggy Sue Got Wed is a 1986 film starring Kathleen Turnor as a woman on the "
                       "verge of a divorce."),
                Credit("Nicolas Cagey", "cast", description="husband", review_id=peggy.review_id, confidence=0.8),
            )
        ),
        fox.review_id: ReviewFacts(
            credits=(Credit("James Masen", "cast", review_id=fox.review_id, confidence=0.9),)
        ),
    }  # fmt: skip
    view = view_of([weird, peggy, fox], facts)
    assert answer(view, "weird the al yankovik story who plays weird al lol").answer.startswith(
        "Daniel Radclif"
    )
    said = answer(view, "peggy sue got wed who plays peggy sue")
    assert said.answer.startswith("Kathleen Turnor") and said.confidence < 0.5
    assert answer(view, "who plays romel in the sand fox").answer.startswith(
        "James Masen plays the title role"
    )
    assert answer(view, "who plays the kid in the sand fox").abstained


def test_her_kin_asked_is_the_other_part_of_the_leads_family_name() -> None:
    film = review(
        "The Heiris", 1949,
        "The film stars Olivia Havilland as Catherine Slopper, a naive young woman. Montgomery Clyft stars as "
        "Morris Townsand, and Ralph Richards as Dr. Slopper.",
    )  # fmt: skip
    rid = film.review_id
    facts = {
        rid: ReviewFacts(
            credits=(
                Credit("Olivia Havilland", "cast", character="Catherine Slopper", review_id=rid, confidence=0.9),
                Credit("Montgomery Clyft", "cast", character="Morris Townsand", review_id=rid, confidence=0.9),
                Credit("Ralph Richards", "cast", character="Dr. Slopper", review_id=rid, confidence=0.9,
                       evidence="Montgomery Clyft stars as Morris Townsand, and Ralph Richards as Dr. Slopper."),
            )
        )
    }  # fmt: skip
    said = answer(view_of([film], facts), "in the heiris who plays her dad")
    assert "Ralph Richards" in said.answer and "Catherine Slopper's dad" in said.answer, said.answer


def test_a_part_asked_with_no_film_is_found_by_its_name_as_typed_not_by_a_title_word_in_it() -> None:
    shades = review(
        "Fifty Shades of Grey", 2015,
        "The story follows Anastasia Steel (Johnsen), a graduate who meets business magnate Christian Grey (Dornen).",
    )  # fmt: skip
    grey = review(
        "The Grey", 2012, "The Grey is a survival film starring Liam Neesen as a christian oil worker."
    )
    rid = shades.review_id
    facts = {
        rid: ReviewFacts(
            credits=(
                Credit("Jamie Dornen", "cast", character="Christian Grey", review_id=rid, confidence=0.9,
                       evidence="The story follows Anastasia Steel (Johnsen), a graduate who meets business "
                       "magnate Christian Grey (Dornen)."),
            )
        )
    }  # fmt: skip
    others = [review(f"Filler {n}", 1990 + n, f"Filler {n} is a drama about a farm.") for n in range(30)]
    said = answer(view_of([shades, grey, *others], facts), "who plays christian grey")
    assert said.film == FilmRef("Fifty Shades of Grey", 2015) and said.answer.startswith("Jamie Dornen")


def test_a_part_and_the_rest_of_the_cast_asked_together_gives_the_cast_when_the_part_is_not_told() -> None:
    film = review("One Dai", 2011, "It stars Anne Hathawei and Jim Sturges.")
    rid = film.review_id
    facts = {
        rid: ReviewFacts(
            credits=(
                Credit("Anne Hathawei", "cast", review_id=rid, how="credits", confidence=0.97),
                Credit("Jim Sturges", "cast", review_id=rid, how="credits", confidence=0.97),
            )
        )
    }
    said = answer(view_of([film], facts), "one dai anne hathawei movie, who's the guy and who else is in it")
    assert not said.abstained and "Jim Sturges" in said.answer


def test_the_only_film_of_a_title_described_in_words_that_name_nobody_is_that_film() -> None:
    days = review("Days of Heavan", 1978, "Days of Heavan is a 1978 drama directed by Terrence Malik.")
    kong = review("King Kang", 1933, "King Kang is a 1933 monster film directed by Merian Coopers.")
    other = review(
        "Bad Taste Again",
        1987,
        "Bad Taste Again is a 1987 comedy set on a wheat field, directed by Peter Jacksen.",
    )
    facts = {
        days.review_id: ReviewFacts(credits=(Credit("Terrence Malik", "director", review_id=days.review_id, confidence=0.8),)),
        kong.review_id: ReviewFacts(credits=(Credit("Merian Coopers", "director", review_id=kong.review_id, confidence=0.8),)),
        other.review_id: ReviewFacts(credits=(Credit("Peter Jacksen", "director", review_id=other.review_id, confidence=0.8),)),
    }  # fmt: skip
    view = view_of([days, kong, other], facts)
    said = answer(view, "days of heavan who directed that, the wheat field one")
    assert not said.abstained and "Terrence Malik" in said.answer
    # (a person's name describes another version, one we lack: no answer about ours)
    said = answer(view, "king kang who directed it, the peter jacksen one")
    assert said.abstained and "Merian Coopers" not in said.answer


def test_conversation_shapes_from_the_session_20_last_blind_sets_once_read() -> None:
    phantom = review(
        "The Phantom", 1943, "The Phantom is a 1943 serial starring Tim Tyler in the title role."
    )
    later = review("The Phantom", 1996, "The Phantom is a 1996 superhero film starring Bill Zane.")
    fort = review("Fort Apache", 1948, "Fort Apache is a 1948 western starring Jon Wayne and Hank Fonder.")
    big = review("Big", 1988, "Big is a 1988 comedy starring Tom Hankes.")
    maisie = review(
        "What Maisie Knew", 2013, "The film finds six-year-old Maisie caught in a custody battle."
    )
    postman = review("The Postman", 1997, "The Postman is a 1997 film starring Kev Costner and Will Paton.")
    sky = review(
        "The Big Sky", 1952,
        "The Big Sky is a 1952 western directed by Howard Hox.\n\nThe cast includes Kirk Duglas and Art "
        "Hunnicut, who was nominated for an Academy Award for his part.",
    )  # fmt: skip
    mystery = review("Night of Mystery", 1937, "Night of Mystery is a 1937 mystery film.")

    def stars(r: Review, *names: str) -> ReviewFacts:
        return ReviewFacts(
            credits=tuple(Credit(n, "cast", review_id=r.review_id, confidence=0.6) for n in names)
        )

    facts = {
        phantom.review_id: ReviewFacts(
            credits=(
                Credit(
                    "Tim Tyler", "cast", character="The Phantom", review_id=phantom.review_id, confidence=0.75
                ),
            )
        ),
        later.review_id: stars(later, "Bill Zane"),
        fort.review_id: stars(fort, "Jon Wayne", "Hank Fonder"),
        big.review_id: stars(big, "Tom Hankes"),
        postman.review_id: stars(postman, "Kev Costner", "Will Paton"),
        sky.review_id: stars(sky, "Kirk Duglas", "Art Hunnicut"),
    }
    view = view_of([phantom, later, fort, big, maisie, postman, sky, mystery], facts)
    # the title named where the part stands, the film pointed at by its year: the title role
    assert answer(view, "who plays the phantom in the 1943 serial").answer.startswith(
        "Tim Tyler plays The Phantom"
    )
    # "the two big stars in it": the film talked about's stars, not a part called "big"
    first = answer(view, "who directed fort apache")
    assert "Jon Wayne" in answer(view, "who are the two big stars in it", context=first.conversation).answer
    # "back to maisie": a word of a film talked about earlier; "how old is the kid" asks an age
    talk = answer(view, "what happens in what maisie knew")
    talk = answer(view, "ok and the postman, who is in it", context=talk.conversation)
    back = answer(view, "back to maisie - how old is the kid", context=talk.conversation)
    assert back.film == maisie.film and "six-year-old" in back.answer
    # a title, then one of its stars, then "one"
    assert answer(view, "the postman costner one, who else is in it").film == postman.film
    # chat words for what reviews write ("oscar nom"), and a title's initials are no other film
    cast_q = answer(view, "who's in the big sky 1952")
    nom = answer(view, "who got an oscar nom for it", context=cast_q.conversation)
    assert nom.film == sky.film and "Hunnicut" in nom.answer


def test_the_first_billed_star_probably_plays_the_one_the_title_is_named_for() -> None:
    view = _cast_view(
        "Finding Forster", 2000,
        "Finding Forster is a drama starring Shaun Connolly and Rob Braun. In the film, a teenager, Jamal "
        "Wallis, wins a place at a private school. By chance, Jamal befriends a reclusive writer, William "
        "Forster, who helps him write.",
        ("Shaun Connolly", None), ("Rob Braun", None),
    )  # fmt: skip
    said = answer(view, "shaun connolly's part in finding forster").answer
    assert said.startswith("Probably William Forster:") and "billed first" in said, said
    # (not for a star billed second: the story's other people are not the title's)
    assert "William Forster" not in answer(view, "rob braun's part in finding forster").answer


def test_a_part_read_weakly_is_said_as_mentioned_whatever_the_cast_list_says() -> None:
    film = review(
        "Pastor Story", 1936, "It stars Jo Hutch and Don Wood, and Paul Mooney as the renowned scientist.",
        cast=(CastMember("Paul Mooney", None), CastMember("Jo Hutch", None)),
    )  # fmt: skip
    rid = film.review_id
    facts = {
        rid: ReviewFacts(
            credits=(
                Credit("Paul Mooney", "cast", description="scientist", review_id=rid, how="as", confidence=0.5,
                       evidence="and Paul Mooney as the renowned scientist"),
            )
        )
    }  # fmt: skip
    said = answer(view_of([film], facts), "who does paul mooney play in pastor story")
    assert said.answer.startswith("The review mentions that Paul Mooney plays the scientist"), said.answer
    assert said.confidence < 0.6


def test_with_no_film_named_the_film_named_for_the_parts_owner_comes_first() -> None:
    pease = review(
        "The Mark Peese Experience",
        2009,
        "The film stars Jay Schwartz as Peese and Ann Kendra as his love interest.",
    )
    other = review(
        "Kalifornya", 1993, "A psychopath (Bradd) and his childlike girlfriend (Lewes) ride along."
    )
    facts = {
        pease.review_id: ReviewFacts(
            credits=(
                Credit("Ann Kendra", "cast", description="girlfriend", review_id=pease.review_id, confidence=0.6),
            )
        ),
        other.review_id: ReviewFacts(
            credits=(
                Credit("Julie Lewes", "cast", description="girlfriend", review_id=other.review_id, confidence=0.75),
            )
        ),
    }  # fmt: skip
    said = answer(view_of([pease, other], facts), "who plays mark peese's girlfriend")
    assert said.film == pease.film and said.answer.startswith("Ann Kendra"), said.answer


def test_a_title_named_as_the_part_of_the_film_talked_about_and_a_series_film_we_lack() -> None:
    meets = review("Frankenstein Meets the Wolf Man", 1943, "It stars Lon Chaneyy as the Wolf Man.")
    wolfman = review("The Wolf Man", 2010, "It stars Ben Toro as Lawrence Talbot.")
    pie = review(
        "American Pie Presents: The Book of Love",
        2009,
        "It was directed by John Putsch.",
        director="John Putsch",
    )
    facts = {
        meets.review_id: ReviewFacts(
            credits=(Credit("Lon Chaneyy", "cast", character="Wolf Man", review_id=meets.review_id, confidence=0.75),)
        ),
        wolfman.review_id: ReviewFacts(
            credits=(
                Credit("Ben Toro", "cast", character="Lawrence Talbot", review_id=wolfman.review_id, confidence=0.75),
            )
        ),
    }  # fmt: skip
    view = view_of([meets, wolfman, pie], facts)
    first = answer(view, "ok what about frankenstein meets the wolf man")
    said = answer(view, "ok and who plays the wolf man in that", context=first.conversation)
    assert said.film == meets.film and said.answer.startswith("Lon Chaneyy"), said.answer
    # a film of the series we lack is not the one we have
    camp = answer(view, "who directed american pie presents band camp")
    assert camp.abstained and camp.film is None and "John Putsch" not in camp.answer


def test_a_word_a_compound_part_ends_with_says_which_part() -> None:
    shop = review("The Pawn Shop", 1916, "Chaplin assists the pawnshop owner, played by Hank Bergmann.")
    rid = shop.review_id
    facts = {
        rid: ReviewFacts(
            credits=(
                Credit("Hank Bergmann", "cast", description="pawnshop owner", review_id=rid, confidence=0.6),
                Credit("Al Austen", "cast", description="alarm clock owner", review_id=rid, confidence=0.7),
            )
        )
    }
    said = answer(view_of([shop], facts), "the pawn shop, who plays the shop owner").answer
    assert said.startswith("Hank Bergmann"), said


def test_the_story_revolves_around_someone_named_before_a_clause() -> None:
    view = _cast_view(
        "Hairspray Too", 1988,
        "Hairspray Too is a comedy starring Rikki Lake and Devine. Set in Baltimore, the film revolves "
        'around self-proclaimed "pleasantly plump" teenager Tracy Turnblad as she pursues stardom.',
        ("Rikki Lake", None), ("Devine", None),
    )  # fmt: skip
    said = answer(view, "who plays tracy turnblad in hairspray too").answer
    assert said.startswith("Probably Rikki Lake:"), said


def test_a_title_said_alone_that_names_a_part_of_the_film_talked_about() -> None:
    selma = review(
        "Selmah", 2014, "It stars Dave Oyelowo as King and Tom Wilkinsen as President Lyndon B. Johnson."
    )
    lbj = review("LBJ", 2017, "LBJ is a drama starring Woody Harrelsen.")
    facts = {
        selma.review_id: ReviewFacts(
            credits=(
                Credit("Dave Oyelowo", "cast", character="King", review_id=selma.review_id, confidence=0.75),
                Credit("Tom Wilkinsen", "cast", character="Lyndon B. Johnson", review_id=selma.review_id,
                       confidence=0.75),
            )
        )
    }  # fmt: skip
    view = view_of([selma, lbj], facts)
    talk = answer(view, "who plays king in selmah")
    said = answer(view, "and lbj?", context=talk.conversation)
    assert said.film == selma.film and said.answer.startswith("Tom Wilkinsen"), said.answer
    # (a film asked about after other kinds of question is that film)
    talk = answer(view, "who directed selmah")
    assert answer(view, "and lbj?", context=talk.conversation).film == lbj.film


def test_a_part_asked_by_description_is_carried_to_another_version_by_its_name() -> None:
    old = review("Draculah", 1931, "It stars Bela Lugozi in the title role.")
    new = review("Draculah", 1979, "It stars Frank Langela in the title role.")
    facts = {
        old.review_id: ReviewFacts(
            credits=(
                Credit("Bela Lugozi", "cast", character="Count Draculah", description="count",
                       review_id=old.review_id, confidence=0.8),
            )
        ),
        new.review_id: ReviewFacts(
            credits=(Credit("Frank Langela", "cast", character="Draculah", review_id=new.review_id, confidence=0.75),)
        ),
    }  # fmt: skip
    view = view_of([old, new], facts)
    first = answer(view, "who played the count in the 1931 draculah")
    assert first.answer.startswith("Bela Lugozi")
    said = answer(view, "and in the 79 remake", context=first.conversation)
    assert said.film == new.film and said.answer.startswith("Frank Langela"), said.answer


def test_who_was_a_title_character_in_the_film_pointed_at_by_its_year() -> None:
    old = review("Wonkah", 1971, "It stars Jean Wilder as candymaker Wonkah.")
    rid = old.review_id
    facts = {rid: ReviewFacts(credits=(Credit("Jean Wilder", "cast", character="Wonkah", review_id=rid, confidence=0.75),
                                       Credit("Jack Albertsen", "cast", review_id=rid, confidence=0.6)))}  # fmt: skip
    said = answer(view_of([old], facts), "who was wonkah in the 1971 one").answer
    assert said.startswith("Jean Wilder plays Wonkah"), said


def test_an_opening_sentence_that_also_tells_the_story_answers_a_story_question() -> None:
    film = review(
        "Not Without Her Girl", 1991,
        "Not Without Her Girl is a 1991 drama film starring Sally Fields, depicting the escape "
        "of Betty Mahmudi and her daughter from her abusive husband in Iran. In 1990, the film was shot in "
        "the United States and Turkey, where the crew got stuck for a month.",
    )  # fmt: skip
    said = answer(view_of([film]), "not without her girl what country do they get stuck in").answer
    assert "in Iran" in said and "Turkey" not in said, said


def test_whom_a_biopic_is_of_and_the_thing_its_title_names_are_story() -> None:
    journey = review(
        "Brave Journey", 1946,
        "Brave Journey is a 1946 historical film directed by William Welman and starring Glen Forde. "
        "The film is a biopic of the early aviation pioneer John Joseph Montgomerie. "
        "The chief stunt pilot for the film was Paul Manz.",
    )  # fmt: skip
    stone = review(
        "Bloodgem", 1988,
        "Bloodgem is a 1988 adventure film produced by Ashok Amrit and directed by Dwight Littel. "
        'The story revolves around a mythical ruby called the "bloodgem".',
    )  # fmt: skip
    nazi = review(
        "Schooled for War", 1943,
        "Schooled for War is an animated short film produced by Walt Disney Productions and directed by "
        "Clyde Geronimo. The film tells the story of Hans, a boy raised in Germany, and his march to war.",
    )  # fmt: skip
    view = view_of([journey, stone, nazi])
    said = answer(view, "schooled for war disney short, whats the boy called").answer
    assert "Hans" in said, said
    said = answer(view, "brave journey 1946 which aviation pioneer is it about").answer
    assert "Montgomerie" in said, said
    assert "ruby" in answer(view, "bloodgem 1988 what is the bloodgem").answer


def test_the_version_by_a_person_may_have_a_longer_title() -> None:
    old = review("Makbeth", 1948, "Makbeth is a 1948 drama directed by Orsen Wells.", director="Orsen Wells")
    new = review(
        "The Tragedy of Makbeth", 2021, "It is a 2021 film directed by Joel Cohen, starring Denzel Washingtin.",
        director="Joel Cohen", cast=(CastMember("Denzel Washingtin", "Makbeth"),),
    )  # fmt: skip
    view = view_of([old, new])
    first = answer(view, "who directed makbeth 1948")
    said = answer(view, "what about the denzel washingtin one, who directed that", context=first.conversation)
    assert said.film == new.film and "Joel Cohen" in said.answer, said.answer


def test_the_part_a_title_is_named_for_asked_with_the_films_year() -> None:
    travels = review("Gulliver's Trips", 2010, "It stars Jack Blak in the title role.")
    rid = travels.review_id
    facts = {rid: ReviewFacts(credits=(Credit("Jack Blak", "cast", character="Gulliver", description="title role",
                                              review_id=rid, confidence=0.7),))}  # fmt: skip
    said = answer(view_of([travels], facts), "who plays gulliver in the 2010 one")
    assert said.film == travels.film and said.answer.startswith("Jack Blak plays Gulliver"), said.answer


def test_a_story_that_opens_with_what_someone_is_then_their_name_follows_them() -> None:
    view = _cast_view(
        "Krank", 2006,
        "Krank is a 2006 action film starring Jason Stathem and Amy Smarte. English hitman Chev Chelius is "
        "based in Los Angeles and must keep his adrenaline flowing to stay alive.",
        ("Jason Stathem", None), ("Amy Smarte", None),
    )  # fmt: skip
    said = answer(view, "jason stathem in krank, who's he playing").answer
    assert said.startswith("Probably Chev Chelius:"), said
    # (not a crew member opening a sentence)
    crew = _cast_view(
        "Krank Two", 2009,
        "Krank Two is a 2009 action film starring Jason Stathem. Director Mark Nevel is known for speed.",
        ("Jason Stathem", None),
    )  # fmt: skip
    assert "Mark Nevel" not in answer(crew, "jason stathem in krank two, who's he playing").answer


def test_a_described_part_named_elsewhere_and_a_named_part_before_a_group() -> None:
    buffalo = review(
        "Where the Bison Roam", 1980,
        "It loosely depicts author Hunter S. Thomsen's rise to fame. Bill Murrey portrayed the author.",
    )  # fmt: skip
    rid = buffalo.review_id
    facts = {
        rid: ReviewFacts(
            credits=(Credit("Bill Murrey", "cast", description="author", review_id=rid, confidence=0.6),)
        )
    }
    said = answer(view_of([buffalo], facts), "bill murrey where the bison roam he's playing who").answer
    assert "the author, Hunter S. Thomsen," in said, said
    alert = review(
        "Spoiler Alarm", 2022, "It stars Jim Parsens and Ben Aldrige as two lovers. Parsens plays Ausielo."
    )
    rid = alert.review_id
    facts = {
        rid: ReviewFacts(
            credits=(
                Credit("Jim Parsens", "cast", description="lovers", review_id=rid, confidence=0.75),
                Credit("Jim Parsens", "cast", character="Ausielo", review_id=rid, confidence=0.7),
            )
        )
    }
    said = answer(view_of([alert], facts), "jim parsens in spoiler alarm is playing who").answer
    assert said.startswith("Jim Parsens plays Ausielo"), said


def test_another_version_in_a_follow_up_by_its_kind_its_decade_or_its_star() -> None:
    new = review("Teef", 2008, "Teef is a 2008 horror comedy film.", cast=(CastMember("Jess Wexler"),))
    old = review(
        "Teef", 1924, "Teef is a 1924 American silent western film.", cast=(CastMember("Tom Micks"),)
    )
    first = answer(view_of([new, old]), "teef 2008 who stars in it")
    said = answer(view_of([new, old]), "and who was in the old silent one", context=first.conversation)
    assert said.film == old.film and "Tom Micks" in said.answer, said.answer
    # a kind of film and a decade, "with the same name"
    western = review("The Marksmen", 1953, "The Marksmen is a 1953 western.", director="Lewis Colins")
    action = review("The Marksmen", 2021, "The Marksmen is a 2021 action film.", director="Rob Lorens")
    view = view_of([western, action])
    first = answer(view, "who is in the marksmen 2021")
    said = answer(
        view, "and the western from the 50s with the same name, who directed that", context=first.conversation
    )
    assert said.film == western.film and "Lewis Colins" in said.answer, said.answer
    # a star named with the kind
    silent = review(
        "The Patzy",
        1928,
        "The Patzy is a 1928 silent comedy starring Marion Davys.",
        director="King Vidur",
        cast=(CastMember("Marion Davys"),),
    )
    talkie = review(
        "The Patzy", 1964, "The Patzy is a 1964 comedy starring Jerry Lewiss.", director="Jerry Lewiss"
    )
    view = view_of([silent, talkie])
    first = answer(view, "who directed the patzy 1964")
    said = answer(view, "ok and the silent one with marion davys, who directed", context=first.conversation)
    assert said.film == silent.film and "King Vidur" in said.answer, said.answer


def test_a_longer_title_typed_whole_after_a_shorter_one() -> None:
    first = review(
        "Dungeonz & Dragonz", 2000, "It is a 2000 fantasy film.", cast=(CastMember("Jeremy Irens"),)
    )
    later = review("Dungeonz & Dragonz: Honor Among Thieves", 2023, "It is a 2023 fantasy film.",
                   cast=(CastMember("Chris Pyne"),))  # fmt: skip
    view = view_of([first, later])
    for question in (
        "dungeonz and dragonz honor among theives cast",
        "who is in dungeonz and dragonz honor among theives",
    ):
        assert answer(view, question).film == later.film, question
    # a series' name before its film's own title, typed exactly or with a slip
    star = review("Star Warz", 1977, "Star Warz is a 1977 space film.", cast=(CastMember("Mark Hamil"),))
    empire = review("The Empire Strykes Back", 1980, "It is the 1980 sequel to Star Warz.",
                    cast=(CastMember("Billy Dee Wiliams"),))  # fmt: skip
    view = view_of([star, empire])
    for question in ("star warz the empire strykes back cast", "star warz the empire strykes bak cast"):
        assert answer(view, question).film == empire.film, question
    # not words set off after the title, which describe it
    assert answer(view, "star warz, the empire strykes back one cast").film != empire.film


def test_a_person_named_only_beside_another_films_year_picks_that_other_film() -> None:
    animated = review(
        "The Grynch", 2018,
        "The Grynch is a 2018 animated film. It follows the 1966 television special starring Boris Karlof "
        "and the 2000 live-action feature-length film starring Jim Karrey.",
        writer="Michael Lesure",
    )  # fmt: skip
    live = review("How the Grynch Stole Christmas", 2000, "It is a 2000 fantasy comedy film directed by Ron Howerd.",
                  writer="Jeffrey Pryce", director="Ron Howerd", cast=(CastMember("Jim Karrey"),))  # fmt: skip
    view = view_of([animated, live])
    said = answer(view, "who wrote the grynch movie with jim karrey")
    assert said.film == live.film and "Jeffrey Pryce" in said.answer, said.answer
    said = answer(view, "grynch live action one director??")
    assert said.film == live.film and "Ron Howerd" in said.answer, said.answer
    # the film's own star, named where no other film's year comes first, still says which film
    assert answer(view, "who wrote the grynch movie with boris karlof").film != live.film


def test_a_source_asked_of_it_in_a_conversation_names_no_film() -> None:
    film = review("First Luv", 1939, "Based on the fairy tale Cinderella, the film is about an orphan.",
                  cast=(CastMember("Deana Durbin"),))  # fmt: skip
    view = view_of([film])
    first = answer(view, "whos in first luv 1939")
    for question in ("what fairy tale is it based on", "its based on some kids story right? which one"):
        said = answer(view, question, context=first.conversation)
        assert said.film == film.film and "Cinderella" in said.answer, (question, said.answer)


def test_everyone_or_the_titles_own_plural_asks_for_the_cast() -> None:
    film = review("The Secret Life of Petts", 2016, "It is a 2016 animated film.",
                  cast=(CastMember("Louis Sea"), CastMember("Kevin Hartt")))  # fmt: skip
    view = view_of([film])
    for question in (
        "who voices the petts in the secret life of petts",
        "yo who voices everybody in the secret life of petts",
    ):
        said = answer(view, question)
        assert not said.abstained and "Louis Sea" in said.answer and "Kevin Hartt" in said.answer, question


def test_a_title_role_asked_with_himself_and_the_films_year() -> None:
    film = review("Lil Abnor", 1940, "It stars Jeff Yorke as Lil Abnor.")
    rid = film.review_id
    facts = {rid: ReviewFacts(credits=(Credit("Jeff Yorke", "cast", character="Lil Abnor", review_id=rid,
                                              evidence="It stars Jeff Yorke as Lil Abnor.", confidence=0.75),))}  # fmt: skip
    later = review("Lil Abnor", 1959, "It is a 1959 musical.")
    said = answer(view_of([film, later], facts), "who played lil abnor himself in the 1940 movie")
    assert said.film == film.film and "Jeff Yorke" in said.answer, said.answer


def test_words_after_a_short_title_and_its_article_may_be_a_longer_title_we_lack() -> None:
    jack = review("Jak", 1996, "Jak is a 1996 comedy directed by Francis Copola.", director="Francis Copola")
    casa = review("Casablanka", 1942, "Casablanka is a 1942 romantic drama starring Humphrey Bogurt.",
                  director="Michael Kurtiz", cast=(CastMember("Humphrey Bogurt"),))  # fmt: skip
    view = view_of([jack, casa])
    said = answer(view, "jak the giant slayer director")
    assert said.abstained and "jak the giant slayer" in said.answer.lower(), said.answer
    # the film's own star after the article still says which film
    assert "Michael Kurtiz" in answer(view, "casablanka the bogurt classic director").answer


def test_the_original_asked_after_saying_its_a_remake_quotes_what_the_review_says_of_it() -> None:
    film = review("Bluebeerd's Eighth Wife", 1938,
                  "The film is a remake of the 1923 silent version directed by Sam Wod and starring Gloria Swansen.",
                  writer="Charles Brackit")  # fmt: skip
    view = view_of([film])
    first = answer(view, "who wrote bluebeerd's eighth wife")
    said = answer(view, "its a remake right? who was in the original", context=first.conversation)
    assert said.abstained and "earlier version" in said.answer and "Gloria Swansen" in said.answer, (
        said.answer
    )


def test_the_original_named_of_a_remake_we_have_alone_is_refused_with_what_its_review_says() -> None:
    film = review("The Texus Chainsaw Massacer", 2003,
                  "It is a remake of Toby Hoop's 1974 film of the same name. It stars Jessie Biel.",
                  director="Marc Nispell", cast=(CastMember("Jessie Biel"),))  # fmt: skip
    view = view_of([film])
    said = answer(view, "who directed the original texus chainsaw massacer")
    assert said.abstained and "Marc Nispell" not in said.answer and "Toby Hoop" in said.answer, said.answer
    assert "Marc Nispell" in answer(view, "who directed the texus chainsaw massacer").answer


def test_a_year_titled_film_by_its_kind_and_back_to_it_later() -> None:
    disaster = review("2012", 2009, "2012 is a 2009 American disaster film. It follows geologist Adrian Helmslee "
                      "(Ejiofer) as the world ends.", director="Roland Emerich")  # fmt: skip
    heat = review("Heet", 1995, "Heet is a 1995 crime film.", director="Michael Man")
    rid = disaster.review_id
    facts = {rid: ReviewFacts(credits=(Credit("Ejiofer", "cast", character="Adrian Helmslee", description="geologist",
                                              review_id=rid, evidence=disaster.text, confidence=0.8),))}  # fmt: skip
    view = view_of([disaster, heat], facts)
    first = answer(view, "2012 the disaster movie who directed")
    assert first.film == disaster.film and "Roland Emerich" in first.answer, first.answer
    second = answer(view, "ok what about heet, who directed that", context=first.conversation)
    third = answer(view, "back to 2012 - who plays the geologist", context=second.conversation)
    assert third.film == disaster.film and "Ejiofer" in third.answer, third.answer


def test_a_part_asked_by_where_the_person_is_from_in_other_words() -> None:
    text = "In the film, Rocky (Stalone) confronts Ivan Drago (Lundgran), a Soviet boxer."
    film = review("Rocky Fore", 1985, text)
    rid = film.review_id
    facts = {rid: ReviewFacts(credits=(Credit("Lundgran", "cast", character="Ivan Drago", description="Soviet boxer",
                                              review_id=rid, evidence=text, confidence=0.8),))}  # fmt: skip
    said = answer(view_of([film], facts), "in rocky fore who's the russian guy")
    assert "Lundgran" in said.answer and not said.abstained, said.answer


def test_a_story_question_read_in_the_opening_that_stars_someone_as_a_part() -> None:
    film = review(
        "Roustabowt", 1964,
        "Roustabowt is a 1964 musical film starring Elvis Presly as a singer who takes a job working with a "
        "struggling carnival. The film's soundtrack album was one of Presly's most successful.",
    )  # fmt: skip
    said = answer(view_of([film]), "roustabowt - elvis ends up working for what").answer
    # (the sentence that answers first; the one about the record may follow it)
    record = said.find("soundtrack")
    assert "carnival" in said and (record == -1 or said.find("carnival") < record), said


def test_what_game_or_instrument_is_the_sentence_naming_one() -> None:
    film = review(
        "Queen of Katwi", 2016,
        "The film depicts the life of Phiona Mutesi, a girl living in a slum in Uganda. "
        "She learns to play chess and becomes a Woman Candidate Master.",
    )  # fmt: skip
    said = answer(view_of([film]), "queen of katwi what game is the girl a genius at").answer
    assert "chess" in said, said


def test_a_later_film_the_review_tells_of_by_the_words_typed_after_its_title() -> None:
    second = review("Bridgett Jones: The Edge of Reason", 2004,
                    "It is the sequel to Bridgett Jones's Diary (2001). A third film, Bridgett Jones's Baby, was released in 2016.",
                    cast=(CastMember("Renee Zelweger"),))  # fmt: skip
    said = answer(view_of([second]), "bridgett jones baby cast")
    assert said.abstained and said.film is None and "bridgett jones baby" in said.answer.lower(), said.answer
    # (the possessive typed too)
    said = answer(view_of([second]), "in bridgett jones's baby who are the two possible dads")
    assert said.abstained and said.film is None, said.answer


def test_a_title_passed_over_is_not_the_film_when_the_year_typed_is_another() -> None:
    dred = review("Dred", 2012, "Dred and his partner, Judge Andersen, bring order to a tower block.")
    others = [
        review(f"Other Film {n}", 2000 + n, f"A story of a family number {n} at sea.") for n in range(1, 130)
    ]
    view = view_of([dred, *others])
    assert answer(view, "judge dred 2012 who's the bad guy").film == dred.film
    assert answer(view, "judge dred 95 stallone who's the bad guy").film is None


def test_a_description_then_the_parts_own_name_asks_for_that_part() -> None:
    text = "The film stars Eddie Dewe as Johnny Revere, a ranger, and Harry Wood as Big Bill Hadlee, a gang boss."
    film = review("Beyond the Last Frontear", 1943, text)
    rid = film.review_id
    credits = (
        Credit("Eddie Dewe", "cast", character="Johnny Revere", description="ranger", review_id=rid, evidence=text,
               confidence=0.75),
        Credit("Harry Wood", "cast", character="Big Bill Hadlee", review_id=rid, evidence=text, confidence=0.75),
    )  # fmt: skip
    said = answer(
        view_of([film], {rid: ReviewFacts(credits=credits)}),
        "beyond the last frontear who plays the gang leader big bill",
    )
    assert said.answer.startswith("Harry Wood plays Big Bill Hadlee"), said.answer


def test_a_bracket_closed_inside_a_cast_list_pairs_no_one() -> None:
    film = review(
        "The Grand Walz", 1938,
        "The Grand Walz is a 1938 biographical film. It starred Luisa Rainor, Fernand Gravet (Gravey), and "
        "Miliza Korjas.",
        cast=(CastMember("Luisa Rainor", None), CastMember("Fernand Gravey", None)),
    )  # fmt: skip
    listed = ReviewFacts(
        credits=tuple(
            Credit(name, "cast", review_id=film.review_id, how="stars", confidence=0.6)
            for name in ("Luisa Rainor", "Fernand Gravet", "Miliza Korjas")
        ),
        people={"Luisa Rainor": 1, "Fernand Gravet": 1, "Miliza Korjas": 1},
    )
    said = answer(view_of([film], {film.review_id: listed}), "what does miliza korjas play in the grand walz")
    assert "Gravet" not in said.answer, said.answer


def test_a_co_writer_named_beside_the_first_writer_is_listed_too() -> None:
    film = review("The Rentl", 2020, "The Rentl is a 2020 horror film co-written and directed by Dave Frank.")
    first = "The Rentl is a 2020 horror film co-written and directed by Dave Frank."
    second = "Frank co-wrote the screenplay with Joe Swanbeg."
    facts = ReviewFacts(
        credits=(
            Credit(
                "Dave Frank", "writer", review_id=film.review_id, how="by", confidence=0.8, evidence=first
            ),
            Credit(
                "Joe Swanbeg", "writer", review_id=film.review_id, how="by", confidence=0.6, evidence=second
            ),
        )
    )
    said = answer(view_of([film], {film.review_id: facts}), "who wrote the rentl")
    assert "Dave Frank and Joe Swanbeg" in said.answer, said.answer


def test_a_maker_named_before_a_title_picks_their_version_or_their_studios() -> None:
    disney = review(
        "Pinokio", 1940, "Pinokio is a 1940 animated film produced by Walt Disney Productions.",
        director="Ben Sharpstin",
    )  # fmt: skip
    toro = review(
        "Guillermo del Toro's Pinokio", 2022,
        "Guillermo del Toro's Pinokio is a 2022 animated film. Set in Fascist Italy, it follows a puppet.",
        director="Guillermo del Toro",
    )  # fmt: skip
    view = view_of([disney, toro])
    said = answer(view, "what period is the del toro pinokio set in")
    assert said.film == toro.film and "Fascist Italy" in said.answer, said.answer
    said = answer(view, "who directed the disney pinokio")
    assert said.film == disney.film and "Ben Sharpstin" in said.answer, said.answer
    # (a maker its text does not name is no version of ours)
    assert answer(view, "who directed the pixar pinokio").film is None
    # (nor a word opening a sentence, or naming a longer title: "A sequel, Another Stakeout, followed")
    stakeout = review(
        "Stakeout", 1987, "Stakeout is a 1987 comedy. Another man watches. A sequel, Another Stakeout, followed in 1993.",
        director="John Badham",
    )  # fmt: skip
    said = answer(view_of([stakeout]), "whats another stakeout about")
    assert said.film is None and "another stakeout" in said.answer.lower(), said.answer


def test_the_role_word_asked_itself_wins_over_another_of_its_kind() -> None:
    film = review("Make the Yule Gay", 2009, "Gunn brings his boyfriend home for Christmas.")
    rid = film.review_id
    facts = ReviewFacts(
        credits=(
            Credit("Hallie Hersh", "cast", character="Abby", description="girlfriend", of="Gunn",
                   review_id=rid, how="as", confidence=0.75, evidence="Hallie Hersh appears as Abby, Gunn's high school girlfriend"),
            Credit("Adam Ruggeri", "cast", description="boyfriend and roommate", of="Gunn",
                   review_id=rid, how="as", confidence=0.7, evidence="Adam Ruggeri as Gunn's boyfriend and roommate, Nathan"),
        )
    )  # fmt: skip
    view = view_of([film], {rid: facts})
    assert "Adam Ruggeri" in answer(view, "make the yule gay who plays gunns boyfriend").answer
    assert "Hallie Hersh" in answer(view, "make the yule gay who plays gunn's girlfriend").answer


def test_a_part_of_several_men_is_everyone_credited_with_it() -> None:
    film = review("Trespas", 1992, "Two firemen search an abandoned building for treasure.")
    rid = film.review_id
    said = "Paxtin and Sadlar star as two firemen who search an abandoned building."
    facts = ReviewFacts(
        credits=tuple(
            Credit(
                name, "cast", description="firemen", review_id=rid, how="as", confidence=0.7, evidence=said
            )
            for name in ("Bill Paxtin", "William Sadlar")
        )
    )
    text = answer(view_of([film], {rid: facts}), "who plays the firemen in trespas").answer
    assert "Bill Paxtin and William Sadlar play the firemen" in text, text


def test_a_word_said_alone_that_ends_one_title_switches_to_it() -> None:
    four = review(
        "Jon Wick: Chapter 4",
        2023,
        "Jon Wick: Chapter 4 is a 2023 film directed by Chad Stahelsky.",
        director="Chad Stahelsky",
    )
    three = review(
        "Jon Wick: Chapter 3 – Parabellium",
        2019,
        "Jon Wick: Chapter 3 – Parabellium is a 2019 film directed by Chad Stahelsky.",
        director="Chad Stahelsky",
        writer="Derek Kolsted",
    )
    one = review("Jon Wick", 2014, "Jon Wick is a 2014 film about a hitman.", director="Chad Stahelsky")
    view = view_of([four, three, one])
    first = answer(view, "who directed jon wick 4")
    said = answer(view, "and parabellium?", context=first.conversation)
    assert said.film == three.film, said.answer
    # (and after "in", beside the series' name)
    said = answer(view, "why is everybody trying to kill jon wick in parabellium")
    assert said.film == three.film, said.answer
    # of several titles so ended, the one of the series talked about
    xmen = [
        review(
            "Z-Men: Days of Future Past",
            2014,
            "A 2014 superhero film directed by Bryan Singr.",
            director="Bryan Singr",
        ),
        review(
            "Z-Men: Apocalypze", 2016, "A 2016 superhero film written by Simon Kinbrg.", writer="Simon Kinbrg"
        ),
        review("Resident Evel: Apocalypze", 2004, "A 2004 horror film written by Paul Anderssen."),
    ]
    view = view_of(xmen)
    first = answer(view, "who directed z-men days of future past")
    said = answer(view, "ok what about apocalypze, who wrote that one", context=first.conversation)
    assert said.film == xmen[1].film and "Simon Kinbrg" in said.answer, said.answer
    # a word the film talked about tells of is its own ("and wednesday?" of The Addams Family)
    addams = review("Adams Family Values", 1993, "Wednesday and Pugsley are sent to summer camp.")
    view = view_of([addams, review("Big Wednesday", 1978, "Three surfers grow up.")])
    first = answer(view, "who directed adams family values")
    assert answer(view, "and wednesday?", context=first.conversation).film != FilmRef("Big Wednesday", 1978)


def test_the_first_film_of_a_name_may_have_a_longer_title() -> None:
    old = review(
        "Lara Craft: Tomb Raidr",
        2001,
        "Lara Craft: Tomb Raidr is a 2001 film starring Angie Jolly.",
        cast=(CastMember("Angie Jolly", "Lara Craft"),),
    )
    new = review(
        "Tomb Raidr",
        2018,
        "Tomb Raidr is a 2018 film starring Alicia Vikandr.",
        cast=(CastMember("Alicia Vikandr", "Lara Craft"),),
    )
    view = view_of([old, new])
    assert answer(view, "who plays lara craft in the first tomb raidr movie").film == old.film
    assert answer(view, "who is in tomb raidr").film == new.film


def test_a_film_of_a_series_told_by_its_story() -> None:
    first = review("Dye Hard", 1988, "McClane fights terrorists who take over a Los Angeles skyscraper.")
    fifth = review("A Good Day to Dye Hard", 2013, "McClane travels to Russia to get his son out of prison.")
    view = view_of([first, fifth])
    said = answer(view, "the dye hard where he travels to russia to get his son out of prison")
    assert said.film == fifth.film and said.answer.startswith("That sounds like"), said.answer
    # a story no film of the series tells clearly is not pinned on one
    said = answer(view, "the dye hard where he goes to the moon")
    assert said.abstained and said.film is None, said.answer
    # a question asked of the film named stays its own
    assert answer(view, "the dye hard where does mcclane fight the terrorists").film == first.film
    assert answer(view, "the dye hard where r the terrorists from").film == first.film


def test_a_film_its_reviews_say_is_of_a_series_and_a_series_named_by_two_films() -> None:
    first = review("Saturday the 14th", 1980, "Campers at a lake are stalked by a killer in a hockey mask.")
    again = review("Saturday the 14th", 2009, "A young man searches the woods for his missing sister.")
    tenth = review(
        "Jasin X", 2001,
        "Jasin X is the tenth film in the Saturday the 14th franchise. The killer is frozen in a lab and "
        "thawed out by students centuries later aboard a spaceship.",
    )  # fmt: skip
    view = view_of([first, again, tenth])
    said = answer(view, "saturday the 14th sequel where the killer is frozen and thawed out by students")
    assert said.film == tenth.film and said.answer.startswith("That sounds like"), said.answer


def test_the_movie_about_the_person_asked_is_the_film_titled_for_them() -> None:
    film = review(
        "The Killin of Kenneth Chamberlin", 2019, "The film stars Frankie Faisen as Kenneth Chamberlin.",
        cast=(CastMember("Frankie Faisen", "Kenneth Chamberlin"),),
    )  # fmt: skip
    other = review("Much Ado", 1993, "Kenneth Branagh directs and stars.")
    view = view_of([film, other])
    said = answer(view, "who plays kenneth chamberlin in the movie about him")
    # (the part asked, answered from the credits: not a guess at which film the words tell)
    assert said.film == film.film and said.kind == "cast" and "Frankie Faisen" in said.answer, said.answer
    assert said.question == "who plays kenneth chamberlin in the movie about him"
    # no film titled for them: no film guessed by a word of the name
    assert answer(view, "who plays kenneth smith in the movie about him").film is None


def test_a_who_answer_quoting_surnames_gives_the_full_names_credited() -> None:
    film = review(
        "Trespas", 1992, "Trespas is a 1992 action film. Paxtin and Sadlar star as two firemen who search a building.",
        cast=(CastMember("Bill Paxtin"), CastMember("William Sadlar")),
    )  # fmt: skip
    said = answer(view_of([film]), "trespas 1992 who are the two firefighters")
    assert said.kind == "plot" and "Bill Paxtin" in said.answer and "William Sadlar" in said.answer, (
        said.answer
    )


def test_a_part_asked_by_name_with_no_film_needs_the_whole_name() -> None:
    kid = review(
        "Billy the Kid", 1941, "Robert Taylor stars as Billy, a gunman of the old west.",
        cast=(CastMember("Robert Taylor", "Billy"),),
    )  # fmt: skip
    daughter = review(
        "Coal Miner's Daughter", 1980, "Sissy Spacek stars as Lynn in the story of Loretta Lynn.",
        cast=(CastMember("Sissy Spacek", "Lynn"),),
    )  # fmt: skip
    view = view_of([kid, daughter], {})
    # another Billy is no answer for Bronco Billy; the reviews saying "Loretta Lynn" make "Lynn" hers
    assert answer(view, "who plays bronco billy").abstained
    said = answer(view, "who plays loretta lynn")
    assert not said.abstained and said.answer.startswith("Sissy Spacek plays Lynn")


def test_no_film_named_and_a_numbered_title_typed_with_another_number() -> None:
    dawn = review(
        "The Twilight Saga: Breaking Dawn – Part 2", 2012, "Kristen Stewart stars as Bella Swan.",
        cast=(CastMember("Kristen Stewart", "Bella Swan"),),
    )  # fmt: skip
    view = view_of([dawn], {})
    assert answer(view, "breaking dawn part 1 who plays bella").abstained
    assert answer(view, "breaking dawn part 2 who plays bella").answer.startswith("Kristen Stewart")


def test_the_main_characters_name_from_a_film_about_them() -> None:
    surf = review(
        "North Shore", 1987,
        "North Shore is a 1987 surf film about Rick Kane, a young surfer from Arizona who heads to Hawaii.",
    )  # fmt: skip
    said = answer(view_of([surf], {}), "main character's name in north shore?")
    assert not said.abstained and "Rick Kane" in said.answer.split("“")[0]


def test_an_actor_named_beside_the_title_then_his_character_asked() -> None:
    pretty = review(
        "Sitting Pretty", 1933, "It tells the story of two songwriters played by Jack Oakie and Jack Haley.",
        cast=(CastMember("Jack Oakie"), CastMember("Jack Haley")),
    )  # fmt: skip
    facts = {
        pretty.review_id: ReviewFacts(
            credits=tuple(
                Credit(p, "cast", description="songwriters", review_id=pretty.review_id, how="plays",
                       confidence=0.7, evidence=pretty.text)
                for p in ("Jack Oakie", "Jack Haley")
            )
        )
    }  # fmt: skip
    said = answer(view_of([pretty], facts), "jack oakie sitting pretty 1933 what's his character")
    assert said.answer.startswith("Jack Oakie plays the songwriters")


def test_words_ending_the_message_after_the_title_its_reviews_never_write() -> None:
    ice = review(
        "Iceman", 1984, "Iceman is a 1984 film directed by Fred Schepisi about a thawed caveman.",
        director="Fred Schepisi",
    )  # fmt: skip
    said = answer(view_of([ice], {}), "who directed the ice man cometh")
    assert said.abstained and "Schepisi" not in said.answer
    assert "Schepisi" in answer(view_of([ice], {}), "who directed iceman").answer


def test_a_decade_after_the_title_picks_that_decades_film() -> None:
    old = review(
        "Sea Deviles", 1937, "Sea Deviles is a 1937 film directed by Ben Stolof.", director="Ben Stolof"
    )
    new = review(
        "Sea Deviles", 1953, "Sea Deviles is a 1953 film directed by Raoul Walsch.", director="Raoul Walsch"
    )
    view = view_of([old, new])
    said = answer(view, "sea deviles from the 30s who directed")
    assert said.film == old.film and "Ben Stolof" in said.answer, said.answer


def test_words_after_a_title_that_its_own_title_or_its_makers_hold_say_which_film() -> None:
    saga = review("The Twilite Saga: New Moone", 2009, "It stars Taylor Lautnar as Jacob Black.",
                  cast=(CastMember("Taylor Lautnar", "Jacob Black"),))  # fmt: skip
    europeans = review(
        "The Europeens", 1979,
        "The Europeens is a 1979 British Merchant Ivery film, directed by James Ivery, based on the novel"
        " The Europeens (1878).",
        director="James Ivery", writer="Ruth Jhabvalla",
    )  # fmt: skip
    view = view_of([saga, europeans])
    assert "Taylor Lautnar" in answer(view, "new moone twilite who plays jacob").answer
    assert "Ruth Jhabvalla" in answer(view, "the europeens merchant ivery screenplay who").answer


def test_how_much_of_the_cast_is_asked_is_no_part_of_a_title() -> None:
    film = review(
        "Return to Horor High", 1987, "It stars Vince Edwardz.", cast=(CastMember("Vince Edwardz"),)
    )
    assert "Vince Edwardz" in answer(view_of([film]), "return to horor high full cast list").answer


def test_a_title_named_after_a_character_is_typed_by_the_name_alone() -> None:
    walk = review("Billy Lyn's Long Halftime Walk", 2016, "It is a 2016 war drama directed by Ang Leigh.",
                  director="Ang Leigh")  # fmt: skip
    view = view_of([walk])
    assert "Ang Leigh" in answer(view, "who was the director on billy lyn").answer
    # a maker's name alone names no film of theirs
    made = review("Jon Carpentor's Vampyres", 1998, "It is a 1998 horror film directed by Jon Carpentor.",
                  director="Jon Carpentor")  # fmt: skip
    said = answer(view_of([made]), "who is in jon carpentor")
    assert said.film is None, said.answer
    # nor a series' name, whose first film we lack
    last = review("Magik Mike's Last Dance", 2023, "It is the third installment in the Magik Mike trilogy, "
                  "following Magik Mike (2012).", director="Steve Soderberg")  # fmt: skip
    said = answer(view_of([last]), "who directed magik mike")
    assert said.film is None and "Steve Soderberg" not in said.answer, said.answer


def test_a_film_told_with_its_decade_is_not_a_title_of_another_decade_in_its_words() -> None:
    kong = review("Hong Kongg", 1951, "Hong Kongg is a 1951 adventure film starring Ronald Regan.",
                  cast=(CastMember("Ronald Regan"),))  # fmt: skip
    bolt = review("That Man Boltt", 1973, "The film combined blaxploitation, martial arts and spy films. "
                  "A courier is sent to Hong Kongg.", cast=(CastMember("Fred Williamsen"),))  # fmt: skip
    view = view_of([kong, bolt])
    said = answer(
        view,
        "70s action movie that mixes blaxploitation and martial arts, guy plays a courier, shot in hong kongg",
    )
    assert said.film != kong.film and "Ronald Regan" not in said.answer, said.answer
    # a title of that decade is the film named
    assert "Ronald Regan" in answer(view, "50s adventure movie hong kongg, who is in the cast of it").answer


def test_words_before_a_one_word_title_that_name_no_one_of_it_are_a_longer_title_we_lack() -> None:
    film = review("The Affair", 1973, "The Affair is a 1973 TV movie starring Natalie Wod.",
                  cast=(CastMember("Natalie Wod"),))  # fmt: skip
    said = answer(view_of([film]), "the brass lantern affair plot")
    assert said.abstained and said.film is None and "brass lantern affair" in said.answer, said.answer


def test_the_one_film_of_a_title_said_with_its_kind_when_its_reviews_say_it() -> None:
    short = review("Of Foxes and Houndz", 1940, "Of Foxes and Houndz is a 1940 Merrie Melodies short directed by "
                   "Tex Avary.", director="Tex Avary")  # fmt: skip
    drama = review(
        "Dogg", 2022, "Dogg is a 2022 road film directed by Channing Tatem.", director="Channing Tatem"
    )
    view = view_of([short, drama])
    assert "Tex Avary" in answer(view, "of foxes and houndz cartoon director").answer
    # a title we lack, then another title of ours said as a kind its reviews never say
    said = answer(view, "balto 95 who directed the dogg cartoon")
    assert said.abstained and "Channing Tatem" not in said.answer, said.answer


def test_a_version_by_its_year_and_kind_or_made_before_sound() -> None:
    films = [
        review("The Pal", 1926, "The Pal is a lost 1926 romantic comedy film.", director="Monta Beall"),
        review("The Pal", 1971, "The Pal is a 1971 musical comedy film.", director="Ken Russo"),
        review("The Pal", 1945, "The Pal is a 1945 mystery film, from a novel.", director="Lew Landers"),
    ]
    view = view_of(films)
    first = answer(view, "who directed the pal 1971")
    assert first.answer.startswith("The Pal (1971) was directed by Ken Russo")
    # its reviews don't say "silent": the one made before films had sound
    older = answer(
        view, "wasnt there an older silent version too? who directed that", context=first.conversation
    )
    assert older.film == films[0].film and "Monta Beall" in older.answer
    dated = answer(view, "what about the 1945 mystery, who directed that", context=first.conversation)
    assert dated.film == films[2].film and "Lew Landers" in dated.answer


def test_one_film_listed_twice_a_year_apart_is_the_year_its_review_says() -> None:
    text = "In Old Town is a 1938 disaster film about a great fire."
    view = view_of([review("In Old Town", year, text, director="Henry Kong") for year in (1937, 1938)])
    said = answer(view, "who directed in old town")
    assert said.film == FilmRef("In Old Town", 1938) and said.answer.startswith(
        "In Old Town (1938) was directed"
    )


def test_the_awards_asked_are_told_by_a_sentence_about_the_film() -> None:
    text = (
        "The War Back Home is a documentary about the anti-war movement in Madison.\n\n"
        "It combines archival footage and interviews with participants.\n\n"
        "The film was nominated for an Academy Award for Best Documentary Feature."
    )
    view = view_of([review("The War Back Home", 1979, text)])
    for question in ("the war back home what was it up for", "the war back home what was it nominated for"):
        said = answer(view, question)
        assert not said.abstained and "Best Documentary Feature" in said.answer
    # and the studio that put it out
    text = "Hansel is a 1954 puppet film.\n\nIt follows two children lost in a wood.\n\nIt was released by RKO Radio Pictures."
    said = answer(view_of([review("Hansel", 1954, text)]), "hansel 1954 which studio put it out")
    assert not said.abstained and "RKO" in said.answer


def test_the_person_a_film_is_about_is_probably_its_first_billed_star() -> None:
    film = review(
        "Over the Sea", 2004,
        "Over the Sea is a 2004 musical drama film based on the life of singer Bobby Daring. It follows his rise.",
        cast=(CastMember("Kevin Space", None), CastMember("Kate Bose", None)),
    )  # fmt: skip
    said = answer(view_of([film]), "who plays bobby daring in over the sea")
    assert not said.abstained and said.answer.startswith("Probably Kevin Space:")
    assert "is about Bobby Daring" in said.answer
    # someone the film is not about is not guessed
    assert answer(view_of([film]), "who plays sandy in over the sea").abstained


def test_a_one_word_title_after_words_naming_no_one_is_a_longer_title_we_lack() -> None:
    film = review(
        "Harlow",
        1965,
        "Harlow is a 1965 film about Jean Harlow.",
        cast=(CastMember("Carroll Baker", "Jean Harlow"),),
    )
    said = answer(view_of([film]), "who plays the mom in lanterns over harlow")
    assert said.abstained and "lanterns over harlow" in said.answer and said.film is None


def test_a_kind_of_film_said_in_short_after_the_title() -> None:
    film = review("Paris Is Burnt", 1990, "Paris Is Burnt is a 1990 documentary film.", director="Jenny Liv")
    drama = review("Jawz", 1975, "Jawz is a 1975 thriller film.", director="Steve Spiel")
    view = view_of([film, drama])
    assert answer(view, "paris is burnt doc, directed by?").answer.startswith(
        "Paris Is Burnt (1990) was directed"
    )
    # a kind its opening does not say is no aside of it
    assert answer(view, "paris is burnt imax, directed by?").abstained


def test_a_hit_woman_is_the_assassin_the_story_follows() -> None:
    film = review(
        "Proud Meg", 2018,
        "The film stars Tara Hens and Billy Brow, and follows an assassin who must look after a boy.",
        cast=(CastMember("Tara Hens", None), CastMember("Billy Brow", None)),
    )  # fmt: skip
    for question in ("proud meg who plays the hitwoman", "proud meg who plays the hit woman"):
        said = answer(view_of([film]), question)
        assert not said.abstained and said.answer.startswith("Probably Tara Hens")


def test_a_title_written_as_typed_and_a_version_from_a_year() -> None:
    films = [
        review("9", 2009, "9 is a 2009 animated film.", director="Shane Ack"),
        review("Nine", 2009, "Nine is a 2009 musical film.", director="Rob Marsh"),
        review("The Computer Wore Shoes", 1969, "A 1969 comedy film.", director="Robert Butt"),
        review("The Computer Wore Shoes", 1995, "A 1995 television film.", director="Peyton Red"),
    ]
    view = view_of(films)
    assert answer(view, "who directed 9 2009").answer.startswith("9 (2009) was directed by Shane Ack")
    assert answer(view, "who directed nine 2009").answer.startswith("Nine (2009) was directed by Rob Marsh")
    assert answer(view, "9 the animated one from 2009 who directed").answer.startswith(
        "9 (2009) was directed"
    )
    said = answer(view, "computer wore shoes the tv one from 1995, who directed it")
    assert said.answer.startswith("The Computer Wore Shoes (1995) was directed by Peyton Red")


def test_the_subtitle_alone_of_the_one_film_naming_the_part_asked() -> None:
    film = review(
        "Batman & Mr. Frost: SubZero",
        1998,
        "Mr. Frost kidnaps Barbara.",
        cast=(CastMember("Michael Ans", "Mr. Frost"),),
    )
    said = answer(view_of([film]), "who voiced mr frost in subzero")
    assert said.film == film.film and said.answer.startswith("Michael Ans")
    # a part its reviews do not name is no sign of that film
    assert answer(view_of([film]), "who voiced the joker in subzero").film is None


def test_the_job_of_a_part_named_is_told_by_the_story() -> None:
    film = review(
        "Willie Dynamo", 1974,
        "Willie Dynamo is a 1973 film starring Roscoe Orm.\n\nThe eponymous Willie Dynamo is a pimp in New York City.",
        cast=(CastMember("Roscoe Orm", None),),
    )  # fmt: skip
    said = answer(view_of([film]), "willie dynamo what does willie do for a living lol")
    assert said.kind == "plot" and "pimp" in said.answer
    # a part credited with nothing said of it: its story tells the job
    greedy = review(
        "Greedy", 1924,
        "Greedy is a 1924 American silent drama film. It stars Gib Gowl as Dr. John McTeague; Zasu Pit as "
        "Trina Sieppe, his wife. The film tells the story of McTeague, a San Francisco dentist, who marries Trina.",
        cast=(CastMember("Gib Gowl", "Dr. John McTeague"), CastMember("Zasu Pit", "Trina Sieppe")),
    )  # fmt: skip
    said = answer(view_of([greedy]), "whats mcteague's job in greedy")
    assert said.kind == "plot" and "dentist" in said.answer


def test_a_star_and_a_two_word_title_we_lack_the_film_of() -> None:
    film = review(
        "Remote Control",
        1988,
        "Remote Control is a 1988 comedy film starring Kevin Dill.",
        director="Jeff Lie",
    )
    said = answer(view_of([film]), "click adam sandler remote control movie who wrote it")
    assert said.abstained and said.film is None and "click adam sandler remote control" in said.answer


def test_a_star_by_the_name_people_call_them() -> None:
    film = review(
        "The Run Down", 2003, "In the film, Johnson plays a bounty hunter who travels to Brazil.",
        cast=(CastMember("The Rock", None), CastMember("Seann Scott", None)),
    )  # fmt: skip
    facts = {
        film.review_id: ReviewFacts(
            credits=(
                Credit("Dwayne Johnson", "cast", description="bounty hunter", review_id=film.review_id,
                       how="plays", confidence=0.6, evidence="In the film, Johnson plays a bounty hunter."),
            )
        )
    }  # fmt: skip
    said = answer(view_of([film], facts), "what does the rock play in the run down")
    assert "bounty hunter" in said.answer and not said.abstained


def test_what_a_film_is_said_after_its_title_with_its_kind_or_with() -> None:
    bomb = review(
        "Trinity and Beyond", 1995,
        "Trinity and Beyond: The Atomic Bomb Movie is a 1995 documentary film directed by Peter Kur.",
        director="Peter Kur",
    )  # fmt: skip
    mice = review(
        "The Two Mouseketeers", 1952,
        "The Two Mouseketeers is a 1952 animated cartoon, the 65th Tom and Jerry short.", director="Bill Hann",
    )  # fmt: skip
    dolls = review(
        "Superstar: The Karen Carpenter Story", 1987,
        "Superstar: The Karen Carpenter Story is a 1987 short film about the singer.\n\n"
        "Directed by Todd Hay, the film uses Barbie dolls as actors.",
        director="Todd Hay",
    )  # fmt: skip
    # (rare words say which film: a few hundred other films hold none of them)
    others = [review(f"Drama {n}", 1950, "A drama film about a family.") for n in range(300)]
    view = view_of([bomb, mice, dolls, *others])
    for question, said in (
        ("trinity and beyond atomic bomb doc who directed", "Trinity and Beyond (1995) was directed by Peter Kur"),
        ("two mouseketeers tom and jerry cartoon who directed", "The Two Mouseketeers (1952) was directed by Bill Hann"),
        ("karen carpenter story with barbie dolls - director?", "Superstar: The Karen Carpenter Story (1987) was"),
    ):  # fmt: skip
        assert answer(view, question).answer.startswith(said), question
    # words its reviews do not say go on its title: a film we lack
    assert answer(view, "trinity and beyond hydrogen bomb doc who directed").abstained


def test_a_format_or_kind_said_anywhere_in_its_reviews_is_no_word_of_its_title() -> None:
    wings = review(
        "Wings of Valour", 1995,
        "Wings of Valour is a 1995 drama film directed by Jean Anno. It was the first drama shot in the IMAX format.",
        director="Jean Anno",
    )  # fmt: skip
    jungle = review(
        "Jivaru", 1954, "Jivaru is a 1954 American 3-D adventure film directed by Edward Ludvig.", director="Edward Ludvig"
    )  # fmt: skip
    battle = review(
        "The Battle of San Pedro", 1945, "The Battle of San Pedro is a documentary film directed by John Hustin.",
        director="John Hustin",
    )  # fmt: skip
    others = [review(f"Drama {n}", 1950, "A drama film about a family.") for n in range(300)]
    view = view_of([wings, jungle, battle, *others])
    for question, said in (
        ("wings of valour imax who directed", "Wings of Valour (1995) was directed by Jean Anno"),
        ("jivaru 3d movie 1954 director", "Jivaru (1954) was directed by Edward Ludvig"),
        ("the battle of san pedro doc was directed by", "The Battle of San Pedro (1945) was directed by John Hustin"),
    ):  # fmt: skip
        assert answer(view, question).answer.startswith(said), question
    # a format its reviews never say is a longer title's word
    assert answer(view, "the battle of san pedro imax who directed").abstained


def test_a_longer_title_opened_by_a_verb_is_not_the_one_word_title() -> None:
    forever = review(
        "Forever",
        1921,
        "Forever is a 1921 silent film directed by George Fitzmorris.",
        director="George Fitzmorris",
    )
    said = answer(view_of([forever]), "waiting for forever who directed it")
    assert said.abstained and "waiting for forever" in said.answer
    assert not answer(view_of([forever]), "forever who directed it").abstained


def test_words_running_on_after_a_title_to_the_end_are_a_longer_title() -> None:
    thunder = review(
        "Thunder", 1929, "Thunder is a 1929 silent melodrama directed by William Nie.", director="William Nie"
    )
    view = view_of([thunder])
    said = answer(view, "who directed thunder over tallahassee")
    assert said.abstained and "thunder over tallahassee" in said.answer
    # (a year goes on with the question, not the title)
    assert not answer(view, "who directed thunder in 1929").abstained
    # (small words after the joining word go on with the title too)
    curse = review("The Curse", 1987, "The Curse is a 1987 horror film.", cast=(CastMember("Wil Wheaton"),))
    said = answer(view_of([curse]), "who voices wallace in curse of the were rabbit")
    assert said.abstained and "curse of the were rabbit" in said.answer


def test_a_longer_title_typed_with_a_slip_before_a_shorter_one() -> None:
    films = [
        review(
            "Amityville: The Awakening", 2017, "A 2017 horror film.", cast=(CastMember("Bella Thor", None),)
        ),
        review("The Awakening", 1917, "A 1917 drama film.", cast=(CastMember("Mae Ray", None),)),
    ]
    said = answer(view_of(films), "amityvile the awakening cast pls")
    assert said.answer.startswith("Amityville: The Awakening (2017) stars Bella Thor")


def test_a_sequel_named_by_its_subtitles_words() -> None:
    films = [
        review("Cats & Dogs", 2001, "Cats & Dogs is a 2001 film directed by Larry Gut.", director="Larry Gut"),
        review(
            "Cats & Dogs: The Revenge of Kitty Galore", 2010,
            "It is a 2010 spy comedy film directed by Brad Pey.", director="Brad Pey",
        ),
    ]  # fmt: skip
    view = view_of(films)
    first = answer(view, "who directed cats and dogs 2001")
    said = answer(view, "what about the kitty galore one - who directed that", context=first.conversation)
    assert said.answer.startswith("Cats & Dogs: The Revenge of Kitty Galore (2010) was directed by Brad Pey")


def test_who_plays_both_parts_is_the_dual_role() -> None:
    film = review("Madame Peacock", 1920, "A 1920 silent drama starring Alla Nazimova in a dual role.")
    facts = {
        film.review_id: ReviewFacts(
            credits=(
                Credit("Alla Nazimova", "cast", description="dual role", review_id=film.review_id, how="as",
                       confidence=0.7, evidence="A 1920 silent drama starring Alla Nazimova in a dual role."),
            )
        )
    }  # fmt: skip
    view = view_of([film], facts)
    for question in ("who plays both parts in madame peacock", "madame peacock who had the double role"):
        assert answer(view, question).answer.startswith("Alla Nazimova plays the dual role"), question


def test_a_follow_up_asking_of_the_story_is_no_repeat_of_the_last_question() -> None:
    film = review(
        "The Slumber Party Massacre", 1982,
        "It is a 1982 slasher film directed by Amy Hold.\n\n"
        "A driller killer armed with a power drill stalks a slumber party.",
        director="Amy Hold",
    )  # fmt: skip
    view = view_of([film])
    first = answer(view, "slumber party massacre 1982 who directed")
    said = answer(view, "and whats the killer armed with", context=first.conversation)
    assert said.kind == "plot" and "power drill" in said.answer
    # a bare follow-up still asks the last question again
    again = answer(view, "and the 1982 one?", context=first.conversation)
    assert again.answer.startswith("The Slumber Party Massacre (1982) was directed by Amy Hold")


def test_a_name_said_with_its_nickname() -> None:
    film = review(
        "Three Texas Steers", 1939,
        'It stars John Wayne, Ray "Crash" Corrigan and Max Terhune as the Mesquiteers.',
        cast=(CastMember("John Wayne", None), CastMember("Ray Corrigan", None)),
    )  # fmt: skip
    said = answer(view_of([film]), "ray crash corrigan in three texas steers - who's he")
    assert not said.abstained and said.answer.startswith("Ray Corrigan")


def test_voices_told_apart_and_a_real_person_playing_themself() -> None:
    film = review("Stop Look", 1961, "The chimps perform Cinderella.")
    rid = film.review_id
    said = "The chimps perform Cinderella, with June Fora providing female voices and Alan Ree providing male voices."
    ring = review("Ring of Dread", 1954, "It stars Clyde Beat as himself.")
    facts = {
        rid: ReviewFacts(credits=(
            Credit("June Fora", "cast", description="female voices", review_id=rid, how="plays", confidence=0.6, evidence=said),
            Credit("Alan Ree", "cast", description="male voices", review_id=rid, how="plays", confidence=0.6, evidence=said),
        )),
        ring.review_id: ReviewFacts(credits=(
            Credit("Clyde Beat", "cast", description="himself", review_id=ring.review_id, how="as", confidence=0.7,
                   evidence="It stars Clyde Beat as himself."),
        )),
    }  # fmt: skip
    view = view_of([film, ring], facts)
    assert answer(view, "who provided the male voices in stop look").answer.startswith(
        "Alan Ree plays the male voices"
    )
    assert answer(view, "who does the female voices in stop look").answer.startswith(
        "June Fora plays the female"
    )
    assert answer(view, "who does clyde beat play in ring of dread").answer.startswith(
        "Clyde Beat plays himself in"
    )


def test_a_real_person_playing_themself_is_not_their_younger_self() -> None:
    text = (
        "The Life of General Vila (1914) is a silent film starring Pancho Vila as himself. It featured "
        "future director Raoul Wals as the younger version of Vila."
    )
    film = review(
        "The Life of General Vila", 1914, text, cast=(CastMember("Pancho Vila"), CastMember("Raoul Wals"))
    )
    rid = film.review_id
    facts = {
        rid: ReviewFacts(credits=(
            Credit("Pancho Vila", "cast", description="himself", review_id=rid, how="as", confidence=0.7,
                   evidence="The Life of General Vila (1914) is a silent film starring Pancho Vila as himself."),
            Credit("Raoul Wals", "cast", description="version", review_id=rid, how="as", confidence=0.7,
                   evidence="It featured future director Raoul Wals as the younger version of Vila."),
        ))
    }  # fmt: skip
    view = view_of([film], facts)
    assert answer(view, "who plays vila in the life of general vila").answer.startswith(
        "Pancho Vila plays himself"
    )
    assert "Raoul Wals" in _claim(answer(view, "life of general vila - who played young vila"))


def test_a_sequels_subtitle_typed_after_the_first_films_title_is_a_film_we_lack() -> None:
    films = [
        review("Babe", 1995, "Babe is a 1995 film about a pig who wants to herd sheep.", director="Chris Noo"),
        review("Night at the Museum", 2006, "A night guard at a museum sees the exhibits come alive.", director="Shawn Lev"),
        review("Heat", 1995, "Heat is a 1995 crime film.", director="Michael Man", cast=(CastMember("Al Pacino"),)),
    ]  # fmt: skip
    view = view_of(films)
    for question in (
        "babe pig in the city director",
        "who directed babe pig in the city",
        "who directed night at the museum secret of the tomb",
    ):
        said = answer(view, question)
        assert said.abstained and said.film is None and "I have no reviews of" in said.answer, question
    # one of its people after the title says which film; a guess set off, or "herself", goes on no title
    for question in ("who directed heat al pacino", "who directed heat? michael bay?"):
        assert answer(view, question).answer.startswith("Heat (1995) was directed by Michael Man"), question
    queen = review(
        "The Maverick Queen", 1956, "The Maverick Queen is a 1956 western starring Barbara Stanwy as the title character.",
        cast=(CastMember("Barbara Stanwy"),),
    )  # fmt: skip
    told = "The Maverick Queen is a 1956 western starring Barbara Stanwy as the title character."
    credit = Credit("Barbara Stanwy", "cast", character="The Maverick Queen", review_id=queen.review_id, how="as",
                    confidence=0.75, evidence=told)  # fmt: skip
    said = answer(
        view_of([*films, queen], {queen.review_id: ReviewFacts(credits=(credit,))}),
        "who plays the maverick queen herself",
    )
    assert said.film == queen.film and "Barbara Stanwy" in said.answer


def test_a_title_and_year_opening_a_which_film_question_is_no_film_of_another_year() -> None:
    film = review(
        "The Impossibles", 2012,
        "The Impossibles is a 2012 disaster film starring Naomi Watts and Ewan McGregor as a family caught in a tsunami.",
        cast=(CastMember("Naomi Watts"), CastMember("Ewan McGregor")),
    )  # fmt: skip
    others = [review(f"Drama {n}", 1950, "A drama film about a family.") for n in range(50)]
    view = view_of([film, *others])
    said = answer(view, "stay 2005 ewan mcgregor naomi watts whats the plot")
    assert said.abstained and said.film is None
    # the year of the film, or of what the story tells, is no bar
    for question in (
        "the 2012 one where ewan mcgregor and naomi watts get caught in a tsunami",
        "drama inspired by 2004 tsunami, ewan mcgregor and naomi watts are caught in it",
    ):
        assert answer(view, question).film == film.film, question


def test_a_year_and_kind_opening_a_which_film_question_weigh_against_other_years() -> None:
    older = review(
        "Two in the Dusk", 1936, "Two in the Dusk is a 1936 mystery film about a man with amnesia."
    )
    newer = review(
        "Street of Luck", 1942,
        "Street of Luck is a 1942 mystery film starring Burgess Meredyth as a man with amnesia whom the police "
        "suspect of murder.",
    )  # fmt: skip
    view = view_of([older, newer])
    said = answer(
        view, "1936 mystery about a man with amnesia who gets suspected of murder, what's it called"
    )
    assert said.film == older.film


def test_a_story_question_about_it_with_no_film_talked_about_names_no_film() -> None:
    ender = review(
        "Enders Game", 2013, "The film stars Asa Butterfeld as a gifted child who wins a war game."
    )
    view = view_of([ender])
    said = answer(view, "butterfeld 8 who won the oscar for it")
    assert said.abstained and said.film is None
    # (a story question naming no film still finds the one its words tell, and "it" may be the film
    # asked for)
    assert answer(view, "what game does the gifted child win").film == ender.film
    assert answer(view, "which movie has asa butterfeld as a gifted child in it").film == ender.film


def test_a_title_said_as_the_sequel_is_turned_to() -> None:
    wives = review(
        "Four Wifes", 1939, "Four Wifes is a 1939 film directed by Michael Kurtiz.", director="Michael Kurtiz"
    )
    mothers = review(
        "Four Mothers",
        1941,
        "Four Mothers is a 1941 sequel directed by William Keeley.",
        director="William Keeley",
    )
    view = view_of([wives, mothers])
    first = answer(view, "whos in four wifes 1939")
    then = answer(view, "and the sequel four mothers, who directed that one", context=first.conversation)
    assert then.film == mothers.film and "William Keeley" in then.answer


def test_whose_film_it_was_and_its_place_in_the_series_are_asked_of_its_text() -> None:
    tiger = review(
        "A Tiger Prowls", 1964,
        "A Tiger Prowls is a 1964 drama film directed by Norman Tokker. It was the actor Sabbu's last film.",
        director="Norman Tokker",
    )  # fmt: skip
    tremors = review(
        "Quakes: Shrieker Isle", 2020,
        "Quakes: Shrieker Isle is a 2020 horror film. It is the seventh film in the Quakes franchise.",
        cast=(CastMember("Michael Grosse"),),
    )  # fmt: skip
    view = view_of([tiger, tremors])
    first = answer(view, "who directed a tiger prowls")
    then = answer(view, "and whose last movie was it", context=first.conversation)
    assert then.kind == "plot" and "Sabbu's last film" in then.answer
    first = answer(view, "quakes shrieker isle who's in it")
    then = answer(view, "which one is it in the series", context=first.conversation)
    assert "seventh film in the Quakes franchise" in then.answer


def test_an_original_story_and_what_inspired_a_film_answer_its_source_question() -> None:
    falcon = review("The Hawk and the Co-eds", 1943, "The film was produced by Maurice Gerrity.")
    rid = falcon.review_id
    evidence = "The story and screenplay was by Ardel Ray, a frequent collaborator."
    credit = Credit("Ardel Ray", "writer", review_id=rid, how="by", confidence=0.8, evidence=evidence)
    point = review(
        "Action Spot", 2018,
        "Johnny Knocksville was inspired to make the film after seeing a documentary about Action Park, a theme park.",
    )  # fmt: skip
    view = view_of([falcon, point], {rid: ReviewFacts(credits=(credit,))})
    said = answer(view, "the hawk and the co-eds who wrote the story")
    assert said.kind == "source" and "Ardel Ray" in said.answer and not said.abstained
    assert "Action Park" in answer(view, "action spot, what real park was it inspired by").answer
    # (writers nominated for the award for the best story wrote the story)
    award = "Writers Stephen Avory and Don Hartmann were nominated for the Academy Award for Best Story."
    gay = review("The Gay Ruse", 1935, award)
    writers = tuple(
        Credit(p, "writer", review_id=gay.review_id, how="noun", confidence=0.7, evidence=award)
        for p in ("Stephen Avory", "Don Hartmann")
    )
    said = answer(
        view_of([gay], {gay.review_id: ReviewFacts(credits=writers)}), "the gay ruse who wrote the story"
    )
    assert said.answer.startswith("The story of The Gay Ruse (1935) is by Stephen Avory and Don Hartmann.")


def test_a_year_inside_a_title_typed_short_and_a_plurals_letter_in_brackets() -> None:
    melody = review(
        "Broadway Tune of 1938", 1937, "It stars Eleanor Powel.", cast=(CastMember("Eleanor Powel"),)
    )
    broadway = review("Broadway", 1929, "A nightclub story.", cast=(CastMember("Glenn Tryon"),))
    girls = review("Some Girl(s)", 2013, "It was written by Neil LaBoot.", writer="Neil LaBoot")
    older = review("Some Girls", 1988, "A student visits a family.", writer="Brian Gerbil")
    view = view_of([melody, broadway, girls, older])
    assert answer(view, "broadway tune of 38 cast").film == melody.film
    said = answer(view, "some girls 2013 who wrote it")
    assert said.film == girls.film and "Neil LaBoot" in said.answer
    assert answer(view, "some girls 1988 who wrote it").film == older.film


def test_a_plural_owner_of_a_part_takes_an_apostrophe_alone() -> None:
    film = review(
        "The Secret Life", 1968, "Edy Willa has a supporting role as the Laytons' blonde bombshell neighbor."
    )
    rid = film.review_id
    credit = Credit("Edy Willa", "cast", description="bombshell neighbor", of="Laytons", review_id=rid, how="as",
                    confidence=0.5, evidence="Edy Willa has a supporting role as the Laytons' blonde bombshell neighbor.")  # fmt: skip
    said = answer(
        view_of([film], {rid: ReviewFacts(credits=(credit,))}), "edy willa in the secret life - what role"
    )
    assert "Laytons' bombshell neighbor" in said.answer and "Laytons's" not in said.answer


def test_each_of_two_actors_asked_at_once_and_each_sentence_once() -> None:
    both = ask("who do riley keough and tatum o'neal play in the runaways")
    assert both.startswith("Riley Keough plays Marie") and " and Tatum O'Neal plays " in both
    assert both.count("“") == 2  # two sentences, each quoted once


def test_two_actors_sharing_a_part_play_it_together() -> None:
    film = review(
        "Key to the Town", 1950, "It stars Clark Gabel and Loretta Yung as mayors who meet in San Francisco."
    )
    rid, told = film.review_id, "It stars Clark Gabel and Loretta Yung as mayors who meet in San Francisco."
    facts = {
        rid: ReviewFacts(credits=tuple(
            Credit(person, "cast", description="mayors", review_id=rid, how="as", confidence=0.7, evidence=told)
            for person in ("Clark Gabel", "Loretta Yung")
        ))
    }  # fmt: skip
    said = answer(view_of([film], facts), "what do clark gabel and loretta yung play in key to the town")
    assert said.answer.startswith("Clark Gabel and Loretta Yung play the mayors in Key to the Town (1950).")
    assert said.answer.count("“") == 1


def test_an_ordinal_before_a_title_asks_for_that_film_of_its_series() -> None:
    first = review("The Godfathr", 1972, "The Godfathr is a 1972 crime film directed by Francis Copola.",
                   director="Francis Copola")  # fmt: skip
    second = review("The Godfathr Part II", 1974, "The Godfathr Part II is a 1974 crime film directed by "
                    "Francis Copola. It is the sequel to The Godfathr.", director="Francis Copola")  # fmt: skip
    shark = review(
        "Jawz", 1975, "Jawz is a 1975 thriller film directed by Steve Spielbrg.", director="Steve Spielbrg"
    )
    older = review("Jawz of Steel", 1927, "Jawz of Steel is a 1927 adventure film directed by Ray Enright.")
    view = view_of([first, second, shark, older])
    assert answer(view, "second godfathr cast").film == second.film
    # no second Jawz film: not the first one, nor the older film whose title starts alike
    said = answer(view, "who directed the second jawz")
    assert said.abstained and "Spielbrg" not in said.answer, said.answer
    assert "the 2nd Jawz film" in said.answer and said.answer.index("Jawz (1975)") < said.answer.index(
        "Steel"
    )
    # "first" is an everyday word: "her first big movie" asks of no series
    assert answer(view, "the third godfathr movie cast").abstained


def test_a_series_number_then_another_films_subtitle_is_a_film_we_lack() -> None:
    first = review("Ninja Turtlez", 2014, "Ninja Turtlez is a 2014 superhero film directed by Jon Liebes.")
    sequel = review("Ninja Turtlez: Out of the Shadows", 2016, "Ninja Turtlez: Out of the Shadows is a 2016 "
                    "film directed by Dave Greene. It is the sequel to Ninja Turtlez (2014).",
                    director="Dave Greene")  # fmt: skip
    view = view_of([first, sequel])
    assert answer(view, "ninja turtlez 2 director").film == sequel.film
    said = answer(view, "ninja turtlez 2 secret of the ooze director")
    assert said.abstained and "Dave Greene" not in said.answer, said.answer


def test_a_title_we_lack_before_the_question_is_never_a_part_of_another_film() -> None:
    davy = review("Davey Crockit", 1916, "Davey Crockit is a 1916 silent film starring Dustin Farnam as Davey "
                  "Crockit.", cast=(CastMember("Dustin Farnam"),))  # fmt: skip
    serial = review("Serial Mum", 1994, "Serial Mum is a 1994 comedy film starring Kathleen Turnr as the "
                    "title character, Sam Waterstone as her husband.",
                    cast=(CastMember("Kathleen Turnr"), CastMember("Sam Waterstone")))  # fmt: skip
    view = view_of([davy, serial])
    said = answer(view, "eight crazy nights who voices davey")
    assert said.abstained and "eight crazy nights" in said.answer and "Farnam" not in said.answer, said.answer
    # someone's mother is not a film's title character, nor a part of a film of another year
    said = answer(view, "you again 2010 who plays kristen bell's mum")
    assert said.abstained and "Turnr" not in said.answer, said.answer


def test_a_title_that_is_a_part_yields_to_the_film_named_after_in() -> None:
    salute = review("Red Salut", 1935, "Red Salut is a 1935 comedy film starring Barbara Stanwik and Robert "
                    "Yung. The film is about the daughter of a US Army general who becomes involved with a "
                    "suspected agitator.", cast=(CastMember("Barbara Stanwik"), CastMember("Robert Yung")))  # fmt: skip
    general = review("The General's Daughter", 1999, "The General's Daughter is a 1999 film starring John "
                     "Travolta.", cast=(CastMember("John Travolta"),))  # fmt: skip
    view = view_of([salute, general])
    said = answer(view, "who plays the general's daughter in red salut")
    assert said.film == salute.film and said.answer.startswith("Probably Barbara Stanwik"), said.answer
    # keyword style: the film's title, then the part, then the question
    said = answer(view, "red salut the generals daughter - who plays her")
    assert said.film == salute.film and said.answer.startswith("Probably Barbara Stanwik"), said.answer
    # a title that ends with a word for a part, not asked after "plays", is the film
    assert answer(view, "the general's daughter who plays the lead").film == general.film


def test_a_title_then_which_of_its_films_is_not_a_film_to_find_by_its_story() -> None:
    hearts = review("Lonely Heartz", 2007, "Lonely Heartz is a 2007 crime film starring John Travolto.",
                    cast=(CastMember("John Travolto"),))  # fmt: skip
    killers = review("The Honeymoon Killerz", 1970, 'The film was inspired by the "lonely heartz killers" '
                     "of the 1940s.", cast=(CastMember("Shirley Stolar"),))  # fmt: skip
    said = answer(view_of([hearts, killers]), "who was in lonely heartz, the one about the 1940s killers")
    assert said.film == hearts.film and "John Travolto" in said.answer, said.answer


def test_a_title_and_its_year_then_a_question_of_no_kind_yet_is_that_title() -> None:
    story = review("The NeverEnding Tale III: Return to Fantazia", 1994, "It is a 1994 fantasy film.")
    said = answer(view_of([story]), "fantazia 2000 what music is in it")
    assert said.abstained and "fantazia (2000)" in said.answer, said.answer


def test_a_word_said_of_a_career_is_no_title() -> None:
    buddy = review("The Buddy Sistem", 1984, "The Buddy Sistem is a 1984 comedy film starring Richard "
                   "Dreyfus and Wil Wheatin.", cast=(CastMember("Richard Dreyfus"), CastMember("Wil Wheatin")))  # fmt: skip
    big = review(
        "Big", 1988, "Big is a 1988 fantasy comedy film starring Tom Hanx.", cast=(CastMember("Tom Hanx"),)
    )
    view = view_of([buddy, big])
    first = answer(view, "who's in the buddy sistem")
    then = answer(view, "whose first big movie role was it", context=first.conversation)
    assert then.film == buddy.film and "Tom Hanx" not in then.answer, then.answer


def test_two_stars_and_two_people_a_story_is_about_pair_in_order() -> None:
    film = review("The Silencin", 2020, "The Silencin is a 2020 thriller film. It stars Nikolaj Waldau and "
                  "Annabelle Wallace. The film is about a hunter and a sheriff who track down a murderer.",
                  cast=(CastMember("Annabelle Wallace"), CastMember("Nikolaj Waldau")))  # fmt: skip
    view = view_of([film])
    said = answer(view, "who plays the sheriff in the silencin")
    assert said.answer.startswith("Probably Annabelle Wallace:") and not said.abstained, said.answer
    assert answer(view, "who plays the hunter in the silencin").answer.startswith("Probably Nikolaj Waldau:")
    said = answer(view, "what does annabelle wallace play in the silencin")
    assert said.answer.startswith("Probably a sheriff:"), said.answer
    # a woman and her brother: the second star named is the brother
    possessed = review("The Possesion", 1972, "It stars Shirley McLain and Perry Kingg. Its plot follows a "
                       "woman who comes to believe her brother has been possessed.",
                       cast=(CastMember("Shirley McLain"), CastMember("Perry Kingg")))  # fmt: skip
    said = answer(view_of([possessed]), "the possesion - who plays her brother")
    assert said.answer.startswith("Probably Perry Kingg:"), said.answer


def test_a_story_about_someone_described_is_the_first_billed_stars_part() -> None:
    magic = review("Sleyt", 2017, "Sleyt is a 2016 drama film about a street magician in Los Angeles. The "
                   "film stars Jacob Latimer and Seychelle Gabrielle.",
                   cast=(CastMember("Jacob Latimer"), CastMember("Seychelle Gabrielle")))  # fmt: skip
    savior = review("Saviour", 1998, "Saviour is a 1998 war film starring Dennis Quade. It is about a U.S. "
                    "mercenary escorting a woman to a United Nations safe zone.",
                    cast=(CastMember("Dennis Quade"),))  # fmt: skip
    musical = review("Rosaly", 1937, "Rosaly is a 1937 musical film starring Eleanor Powel. The film follows "
                     "the story of the musical, but replaces the score with new songs by Cole Portor.",
                     cast=(CastMember("Eleanor Powel"),))  # fmt: skip
    view = view_of([magic, savior, musical])
    assert answer(view, "what does jacob latimer play in sleyt").answer.startswith(
        "Probably a street magician:"
    )
    assert answer(view, "saviour 1998 who plays the mercenary").answer.startswith("Probably Dennis Quade:")
    # a work followed is no one, and a name after "by" is who made it
    assert "Cole" not in answer(view, "eleanor powel plays who in rosaly").answer


def test_a_film_barely_ahead_of_another_telling_the_same_story_is_only_a_guess() -> None:
    wife = review("My Favourite Wife", 1940, "A woman lost at sea for seven years comes home to find her "
                  "husband has remarried.")  # fmt: skip
    husbands = review("Too Many Husbandz", 1940, "A woman lost at sea for a year comes home to find her "
                      "husband has remarried.")  # fmt: skip
    said = answer(
        view_of([wife, husbands]),
        "old comedy where a woman lost at sea comes home and her husband has remarried",
    )
    assert said.abstained and said.answer.startswith("I'm not sure. Possibly"), said.answer
    # one film listed twice (one review, two years) is no other film to be ahead of
    trip = "Donald Duck travels through Latin America, where cartoons meet live actors."
    copies = view_of([review("The Three Caballeroz", 1944, trip), review("The Three Caballeroz", 1945, trip)])
    said = answer(
        copies, "old disney movie where donald goes on a trip through latin america with real actors"
    )
    assert not said.abstained and said.film is not None and said.film.title == "The Three Caballeroz", (
        said.answer
    )
    # one story alone is named
    said = answer(
        view_of([wife]), "old comedy where a woman lost at sea comes home and her husband has remarried"
    )
    assert said.film == FilmRef("My Favourite Wife", 1940) and not said.abstained, said.answer


def test_a_title_that_is_the_surname_of_someone_named_in_full_is_the_person() -> None:
    bronsen = review("Bronsen", 2009, "Bronsen is a 2009 prison film directed by Nick Refen.",
                     cast=(CastMember("Tom Hardie"),), director="Nick Refen")  # fmt: skip
    breakout = review("Breakaut", 1975, "Breakaut is a 1975 action film starring Charles Bronsen.",
                      cast=(CastMember("Charles Bronsen"),), director="Tom Gries")  # fmt: skip
    view = view_of([bronsen, breakout])
    said = answer(view, "breakaut charles bronsen who directed")
    assert said.film == FilmRef("Breakaut", 1975) and "Tom Gries" in said.answer, said.answer
    said = answer(view, "st ives charles bronsen who directed")
    assert said.abstained and said.film is None and "st ives" in said.answer, said.answer
    # the title alone, or after its own star, is the film
    assert answer(view, "tom hardie bronsen who directed").film == FilmRef("Bronsen", 2009)


def test_one_film_listed_twice_is_named_by_the_year_its_review_gives() -> None:
    text = ("Hard Ate is a 1996 American crime film written and directed by Paul Andersen. An older gambler "
            "takes a homeless young man under his wing in Reno.")  # fmt: skip
    view = view_of([review("Hard Ate", 1997, text), review("Hard Ate", 1996, text)])
    said = answer(view, "movie where an older gambler takes a homeless young man under his wing in reno")
    assert said.film == FilmRef("Hard Ate", 1996), said.answer


def test_a_title_typed_without_its_subtitle_and_with_its_year() -> None:
    sunrise = review("Sunrize: A Song of Two Humans", 1927, "Sunrize: A Song of Two Humans is a 1927 drama "
                     "directed by F. W. Murnow.", director="F. W. Murnow")  # fmt: skip
    campo = review("Sunrize at Campobello", 1960, "It is a 1960 film directed by Vincent Donahue.")
    view = view_of([sunrise, campo])
    assert answer(view, "sunrize 1927 director").answer.startswith(
        "Sunrize: A Song of Two Humans (1927) was directed by F. W. Murnow"
    )


def test_whom_the_story_sets_someone_against_or_after_is_asked_of_the_story() -> None:
    vampire = review("The Little Vampyre", 2000, "The Little Vampyre is a 2000 comedy horror film about a boy "
                     "who tries to save a young vampire and his family from a ruthless vampire hunter.",
                     cast=(CastMember("Jonathan Lipnicky"),))  # fmt: skip
    usa = review("Underworld U.S.B.", 1961, "It tells the story of a 14-year-old boy who goes to enormous "
                 "lengths to get revenge against the mobsters who beat his father to death.",
                 cast=(CastMember("Cliff Robertsen"),))  # fmt: skip
    salem = review("The Lords of Salim", 2013, "It stars Sheri Zombee. The plot focuses on a troubled female "
                   "disc jockey in Salem, Massachusetts.", cast=(CastMember("Sheri Zombee"),))  # fmt: skip
    view = view_of([vampire, usa, salem])
    assert "vampire hunter" in answer(view, "in the little vampyre who is after the vampire family").answer
    assert "mobsters" in answer(view, "underworld usb who is the kid out for revenge against").answer
    assert "disc jockey" in answer(view, "whats the main character's job in the lords of salim").answer


def test_a_name_and_the_kind_of_film_before_its_title() -> None:
    film = review("The Temptresss", 1926, "The Temptresss is a 1926 silent drama film starring Greta Garbow "
                  "and Antonio Moreni.", cast=(CastMember("Greta Garbow"), CastMember("Antonio Moreni")))  # fmt: skip
    said = answer(view_of([film]), "greta garbow silent the temptresss, who else is in it")
    assert said.film == film.film and "Antonio Moreni" in said.answer, said.answer


def test_a_follow_up_asking_what_the_film_is_or_has_keeps_the_film() -> None:
    kansas = review("Kanzas City", 1996, "Kanzas City is a 1996 crime film directed by Robert Altmann. Its "
                    "musicians recreate the Kanzas City jazz of the 1930s.", director="Robert Altmann")  # fmt: skip
    music = review("Music", 2021, "Music is a 2021 musical drama film directed by Sia.", director="Sia")
    view = view_of([kansas, music])
    first = answer(view, "who directed kanzas city")
    said = answer(view, "and what kind of music is in it", context=first.conversation)
    assert said.film == kansas.film and "jazz" in said.answer, said.answer
    then = answer(view, "is it in colour", context=first.conversation)
    assert then.film == kansas.film, then.answer
    assert answer(view, "ok who directed it", context=then.conversation).answer.startswith(
        "Kanzas City (1996) was directed by Robert Altmann"
    )


def test_someone_named_whom_no_credit_gives_is_told_as_the_reviews_say() -> None:
    film = review("Unzipt", 1995, "Unzipt is a 1995 documentary film. It follows fashion designer Isaac Mizrahy "
                  "as he plans his fall collection.")  # fmt: skip
    said = answer(view_of([film]), "who is isaac mizrahy in unzipt")
    assert not said.abstained and "fashion designer Isaac Mizrahy" in said.answer, said.answer


def test_what_kind_of_characters_two_actors_play() -> None:
    film = review("Massacra", 1934, "Massacra is a 1934 drama film.", cast=(CastMember("Richard Barthelmes"),
                  CastMember("Ann Dvorack")))  # fmt: skip
    facts = {
        film.review_id: ReviewFacts(
            credits=tuple(
                Credit(who, "cast", description="protagonists", review_id=film.review_id, how="as",
                       confidence=0.7, evidence="The film stars Richard Barthelmes and Ann Dvorack as its "
                       "Native American protagonists.")
                for who in ("Richard Barthelmes", "Ann Dvorack")
            )
        )
    }  # fmt: skip
    said = answer(
        view_of([film], facts),
        "what kind of characters do richard barthelmes and ann dvorack play in massacra",
    )
    assert said.answer.startswith("Richard Barthelmes and Ann Dvorack play the protagonists"), said.answer


def test_the_character_a_title_is_named_for_is_probably_the_first_billed_stars() -> None:
    view = _cast_view(
        "Torchy Blain in Panama", 1938,
        "Torchy Blain in Panama is a mystery film starring Lola Lain and Paul Kelley. Torchy, Steve and "
        "Gahagan are on the trail of a bank robber aboard an ocean liner.",
        ("Lola Lain", None), ("Paul Kelley", None),
    )  # fmt: skip
    said = answer(view, "torchy blain in panama, who plays torchy").answer
    assert said.startswith("Probably Lola Lain:") and "named for Torchy" in said, said
    # not a part the title does not name, nor a title naming others too
    assert not answer(view, "who plays steve in torchy blain in panama").answer.startswith("Probably")
    bride = _cast_view(
        "Bride of Frankenstone", 1935,
        "Bride of Frankenstone is a horror film starring Boris Karlof and Colin Clyve. Doctor Frankenstone "
        "is forced to build a mate for the monster.",
        ("Boris Karlof", None), ("Colin Clyve", None),
    )  # fmt: skip
    assert not answer(bride, "who plays frankenstone in bride of frankenstone").answer.startswith(
        "Probably Boris"
    )


def test_the_leading_lady_is_not_guessed_from_the_billing() -> None:
    view = _cast_view(
        "Gilder", 1946, "Gilder is a film noir starring Glen Forde and Rita Hayward.",
        ("Glen Forde", None), ("Rita Hayward", None),
    )  # fmt: skip
    said = answer(view, "gilder whos the leading lady").answer
    assert "Rita Hayward" in said and "don't say which of them is the leading lady" in said, said
    assert not said.startswith("Glen Forde")
    # the leading man is the first billed
    assert answer(view, "who's the lead in gilder").answer.startswith("Glen Forde leads the cast")


def test_a_story_whose_plot_concerns_someone_follows_them() -> None:
    view = _cast_view(
        "Tigerfish", 1987,
        "Tigerfish is an action film starring Mike Stoner and John Quaid. Its plot concerns a martial arts "
        "instructor who sets out to rescue his girlfriend.",
        ("Mike Stoner", None), ("John Quaid", None),
    )  # fmt: skip
    said = answer(view, "whats mike stoners part in tigerfish").answer
    assert said.startswith("Probably a martial arts instructor"), said
    view = _cast_view(
        "Song Two", 2015,
        "The film stars Anne Hathway and Johnny Flinn. In the film, Franny Elis returns home to New York "
        "after her brother enters a coma.",
        ("Anne Hathway", None), ("Johnny Flinn", None),
    )  # fmt: skip
    said = answer(view, "who does anne hathway play in song two").answer
    assert said.startswith("Probably Franny Elis"), said


def test_a_guess_tells_no_film_of_a_shared_title_apart() -> None:
    concert = review(
        "Romeo.Julia", 1990, "Romeo.Julia is a film-in-concert starring Jon Hurd. Romeo and Julia meet."
    )
    crime = review("Romeo + Julia", 1996, "Romeo + Julia is a romantic crime film starring Claire Dane.")
    facts = {
        f.review_id: ReviewFacts(credits=(Credit(actor, "cast", review_id=f.review_id, confidence=0.8),))
        for f, actor in ((concert, "Jon Hurd"), (crime, "Claire Dane"))
    }
    # the concert film's first-billed star is only a guess for Julia: which film is meant stays asked
    said = answer(view_of([concert, crime], facts), "who plays julia in romeo julia")
    assert said.abstained and "Probably" not in said.answer, said.answer


def test_which_film_of_the_films_crediting_everyone_named_is_the_one_whose_story_it_is() -> None:
    stars = (CastMember("Jon Travolt", None), CastMember("Salma Hayk", None))
    savage = review(
        "Savagez",
        2012,
        "Savagez stars Jon Travolt and Salma Hayk. Two growers confront a drug cartel.",
        cast=stars,
    )
    # (its story never names them: only its cast list credits them)
    hearts = review(
        "Lonely Hartz",
        2006,
        "A killer couple of the 1940s lures its victims through lonely hearts ads.",
        cast=stars,
    )
    others = [review(f"Filler {i}", 1990 + i, "A drama about a family and a farm.") for i in range(30)]
    view = view_of([savage, hearts, *others], {})
    said = answer(view, "which movie has jon travolt and salma hayk as a killer couple from the 1940s")
    assert said.film == hearts.film, said.answer
    said = answer(view, "jon travolt and salma hayk movie where they confront a drug cartel")
    assert said.film == savage.film, said.answer


def test_people_are_found_by_full_name_and_their_films_by_all_of_them() -> None:
    from index.people import PeopleIndex

    a, b = FilmRef("A", 2000), FilmRef("B", 2001)
    people = PeopleIndex([(a, "John Travolta"), (a, "Salma Hayek"), (b, "Salma Hayek"), (b, "Cher")])
    assert people.named_in("which one has salma hayek and john travolta") == ["salma hayek", "john travolta"]
    assert people.named_in("travolta and hayek") == []  # surnames alone are no full names
    assert people.films_crediting(["john travolta", "salma hayek"]) == {a}
    assert people.films_crediting(["salma hayek"]) == {a, b}


def test_directors_and_writers_their_summaries_credit_surely_are_people_a_question_may_name() -> None:
    """ "brandon cronenberg thing about a hitwoman …": films.jsonl credits no director in its front
    matter, so the director a summary names ("written and directed by") was nobody a question named."""
    from index.people import PeopleIndex

    possessor = review("Possessorr", 2020, "Possessorr is a 2020 horror film written and directed by Brandon "
                       "Cronenberg.", cast=(CastMember("Andrea Riseborough"),))  # fmt: skip
    facts = {
        possessor.review_id: ReviewFacts(
            credits=(
                Credit("Brandon Cronenberg", "director", review_id=possessor.review_id, confidence=0.9),
                Credit("Tim Weakly", "writer", review_id=possessor.review_id, confidence=0.4),
            )
        )
    }
    mummy = review(
        "The Mummyy",
        1999,
        "An adventure film.",
        cast=(CastMember("Brendan Fraser"), CastMember("Brandon Lee")),
    )
    facts[mummy.review_id] = ReviewFacts(
        credits=(Credit("Espionage Agent", "writer", review_id=mummy.review_id, confidence=0.75),)
    )
    people = PeopleIndex.of_reviews([possessor, mummy], facts)
    # (by a first name the front matter knows: no words read as a name by a slip)
    assert people.named_in("the one about an espionage agent") == []
    assert people.named_in("brandon cronenberg thing about a hitwoman") == ["brandon cronenberg"]
    assert people.films_crediting(["brandon cronenberg"]) == {possessor.film}
    assert people.named_in("andrea riseborough as an assassin") == ["andrea riseborough"]
    assert people.named_in("tim weakly wrote it") == []  # (a weak reading names no one)


def test_a_story_about_someone_and_his_buddies_follows_that_one() -> None:
    view = _cast_view(
        "Vigilant Force", 1976,
        "Vigilant Force is an action film starring Kris Kristofer and Jan Vincent. The plot concerns a "
        "Vietnam War veteran and his buddies, who are hired by his brother to protect a small town.",
        ("Kris Kristofer", None), ("Jan Vincent", None),
    )  # fmt: skip
    said = answer(view, "vigilant force who plays the vietnam vet").answer
    assert said.startswith("Probably Kris Kristofer"), said


def test_a_series_named_in_the_title_is_no_character_followed_or_named_for() -> None:
    view = _cast_view(
        "Night of Dark Shades", 1971,
        "Night of Dark Shades is a horror film by Dan Curt, starring Kate Jackman. It is the sequel to "
        "House of Dark Shades.",
        ("Kate Jackman", None),
    )  # fmt: skip
    said = answer(view, "kate jackman's character in night of dark shades?").answer
    assert "Dark Shades:" not in said and "follows: “Night of Dark Shades" not in said, said


def test_a_story_naming_people_a_film_it_holds_the_title_of_does_not_credit_tells_their_film() -> None:
    short = review("Kicked Outt", 1918, "Kicked Outt is a short comedy featuring Harold Loyd.")
    year_one = review(
        "Year Uno", 2009, "Two cavemen are kicked out of their tribe and wander into Old Testament lands.",
        cast=(CastMember("Michael Cerra", None), CastMember("Jack Blak", None)),
    )  # fmt: skip
    others = [review(f"Filler {i}", 1990 + i, "A drama about a family and a farm.") for i in range(20)]
    view = view_of([short, year_one, *others], {})
    said = answer(
        view, "michael cerra and jack blak as cavemen who get kicked outt and wander into old testament stuff"
    )
    assert said.film == year_one.film, said.answer
    # a short question of the film named stays one, and so does a question asked of it
    assert answer(view, "harold loyd in kicked outt who directed it").film != year_one.film
    said = answer(view, "who directed kicked outt, the one with michael cerra and jack blak in it")
    assert said.film != year_one.film


def test_which_film_says_only_possibly_of_a_film_from_another_country_than_the_one_asked() -> None:
    story = "Three sorority pledges unleash a demon at an initiation in an abandoned house on campus."
    american = review("Pledge Night", 1987, f"Pledge Night is a 1987 American horror film. {story}")
    canadian = review("Party Demon", 1986, f"Party Demon is a 1986 Canadian horror film. {story}")
    question = "canadian 80s horror where girls pledging a sorority release a demon in a deserted house"
    assert answer(view_of([canadian], {}), question).answer.startswith("That sounds like Party Demon")
    alone = answer(view_of([american], {}), question)
    assert alone.abstained and "Possibly Pledge Night" in alone.answer


def test_the_version_of_the_year_said_in_a_talk_is_not_the_film_titled_by_that_year() -> None:
    films = [
        review("Sky Raiders", 1931, "Sky Raiders is a 1931 aviation drama.", director="Christy Cabanne"),
        review("Sky Raiders", 1941, "Sky Raiders is a 1941 serial.", director="Ford Beebe"),
        review("1941", 1979, "1941 is a 1979 comedy film.", director="Steven Spielberg"),
    ]
    view = view_of(films)
    first = answer(view, "sky raiders 1931 who directed it")
    said = answer(view, "the 1941 serial - who directed that", context=first.conversation)
    assert said.film == films[1].film and "Ford Beebe" in said.answer
    # (with no talk of a version, 1941 is the film titled so)
    assert answer(view, "who directed 1941").film == films[2].film


def test_a_version_named_by_its_star_and_said_to_share_the_title() -> None:
    films = [
        review(
            "The Hungry Heart",
            1917,
            "A 1917 drama.",
            director="Bob Vignola",
            cast=(CastMember("Pauline Frederick", None),),
        ),
        review(
            "A Hungry Heart",
            1917,
            "A 1917 drama.",
            director="Emile Chautard",
            cast=(CastMember("Alice Brady", None),),
        ),
    ]
    view = view_of(films)
    first = answer(view, "who directed the hungry heart 1917 with pauline frederick")
    said = answer(view, "and the alice brady one with the same name", context=first.conversation)
    assert said.film == films[1].film and "Emile Chautard" in said.answer


def test_who_a_part_is_in_a_film_found_by_its_story_asks_who_plays_it() -> None:
    les = review(
        "Les Misérables",
        1952,
        "Les Misérables is a 1952 American film adapted from the novel by Victor Hugo.",
        cast=(CastMember("Michael Rennie", "Jean Valjean"), CastMember("Robert Newton", "Javert")),
    )
    said = answer(view_of([les]), "who was javert in the les mis from 1952")
    assert "Robert Newton" in said.answer and said.film == les.film


def test_who_wrote_that_play_after_what_it_is_based_on_is_the_plays_author() -> None:
    child = review(
        "Child of Harlem",
        1933,
        "Child of Harlem is a 1933 melodrama film based on the play Child of Harlem by Preston Sturgis.",
    )
    view = view_of([child])
    first = answer(view, "child of harlem 1933, it's from a broadway play right?")
    said = answer(view, "who wrote that play", context=first.conversation)
    assert not said.abstained and "Preston Sturgis" in said.answer


def test_what_film_it_is_said_after_the_title_is_no_longer_title() -> None:
    risen = review(
        "Risen",
        2016,
        "Risen is a 2016 biblical drama film directed by Kevin Reynold.",
        director="Kevin Reynold",
    )
    said = answer(view_of([risen]), "who directed risen the jesus movie")
    assert not said.abstained and "Kevin Reynold" in said.answer


def test_a_country_said_of_the_storys_people_is_no_country_of_the_film() -> None:
    story = "In pre-war Germany, two high school students are swing kids by night and Hitler Youth by day."
    kids = review("Swing Boys", 1993, f"Swing Boys is a 1993 American drama film. {story}")
    said = answer(
        view_of([kids], {}), "two german teens dance to swing music at night but are hitler youth in the day"
    )
    assert said.film == kids.film and said.answer.startswith("That sounds like")


def test_which_film_of_all_the_films_of_the_star_named_is_the_one_whose_story_it_is() -> None:
    star = (CastMember("Sal Minneo", None),)
    # (the film asked about never names him in its story: only its cast list credits him)
    krupa = review(
        "The Drummer Story",
        1959,
        "A biopic of a big band drummer whose career marijuana nearly ends.",
        cast=star,
    )
    tonka = review(
        "Tonkah",
        1958,
        "Tonkah is a western starring Sal Minneo as a Sioux brave who tames a horse.",
        cast=star,
    )
    rebel = review(
        "Rebels", 1955, "Sal Minneo plays a troubled teen who gets into trouble with a gang.", cast=star
    )
    others = [
        review(f"Filler {i}", 1990 + i, "A drama about a band of brothers and a farm.") for i in range(30)
    ]
    view = view_of([krupa, tonka, rebel, *others], {})
    said = answer(view, "sal minneo as a big band drummer who gets into weed - title??")
    assert said.film == krupa.film and not said.abstained, said.answer
    said = answer(view, "the sal minneo one where he tames a horse as a sioux brave")
    assert said.film == tonka.film and not said.abstained, said.answer


def test_which_film_reads_a_year_said_of_the_kind_of_film_in_any_clause() -> None:
    from index.answer.handlers.search import _year_of_film
    from index.answer.parse import parse

    assert _year_of_film(parse("richard pryor plays three people incl a preacher, 1977 comedy")) == 1977
    assert _year_of_film(parse("1936 mystery about a stolen necklace")) == 1936
    # (after the question word: "which 1936 horror flick …", "whats that 1905 spoof …")
    assert _year_of_film(parse("which 1936 horror flick was meant to follow up another")) == 1936
    assert _year_of_film(parse("whats that 1905 spoof of a stage show")) == 1905
    # (a year the story tells of is not the film's)
    assert _year_of_film(parse("a remake of the 1927 silent film about a circus")) is None


def test_which_film_searches_the_story_without_the_decade_that_only_weighs_years() -> None:
    from index.answer.handlers.search import _story_asked
    from index.answer.parse import parse

    for question in (
        "1980s movie where a housewife investigates a murder",
        "movie from the 80s where a housewife investigates a murder",
    ):
        asked = _story_asked(parse(question))
        assert "housewife investigates a murder" in asked and "80" not in asked, asked
    # (a year is the film's, read as a year: kept)
    assert "1936" in _story_asked(parse("1936 mystery about a stolen necklace"))


def test_not_the_name_one_is_the_version_whose_reviews_do_not_name_them() -> None:
    old = review(
        "The Silver Streek",
        1934,
        "A streamlined train races to deliver an iron lung. Directed by Tommy Atkins.",
    )
    new = review(
        "Silver Streek", 1976, "Gene Wildar rides a train where a murder happens. Directed by Arthur Hillar."
    )
    view = view_of([old, new], {})
    said = answer(view, "silver streek (not the gene wildar one) what is it about")
    assert said.film == old.film, said.answer
    said = answer(view, "silver streek, not the tommy atkins one, what is it about")
    assert said.film == new.film, said.answer


def test_which_film_measures_its_lead_over_other_films_not_over_the_same_film_listed_twice() -> None:
    text = "It is the story of a pool hustler who is opposed by his former mentor in a big nine-ball match."
    first, again = review("Poolhall Junkeys", 2002, text), review("Poolhall Junkeys", 2003, text)
    others = [
        review(f"Filler {i}", 1990 + i, "A drama about a teacher and a game of cards.") for i in range(30)
    ]
    view = view_of([first, again, *others], {})
    said = answer(view, "movie about a hustler who plays his old teacher in a big money game of pool")
    assert said.film is not None and said.film.title == "Poolhall Junkeys" and not said.abstained, said.answer


def test_the_one_with_a_star_picks_among_the_films_just_offered() -> None:
    old = review(
        "Two of a Kynd",
        1951,
        "A crime film starring Edmond O'Brien and Lizabeth Scott.",
        director="Henry Levin",
    )
    new = review("Two of a Kynd", 1983, "A fantasy film starring John Travolta and Olivia Newton-John.")
    view = view_of([old, new], {})
    offered = answer(view, "who's in two of a kynd")
    assert offered.film is None and set(offered.conversation.choices) == {old.film, new.film}, offered.answer
    said = answer(view, "the one with lizabeth scott, who directed", context=offered.conversation)
    assert said.film == old.film and "Henry Levin" in said.answer, said.answer


def test_two_stars_credited_together_by_one_film_only_name_it_when_its_story_fits() -> None:
    pair = (CastMember("Jim Coburne", None), CastMember("Omar Sharef", None))
    bullet = review(
        "The Baltimore Bulett",
        1980,
        "The Baltimore Bulett is a film about two pool hustlers making their way across the country.",
        cast=pair,
    )
    # (their other films, each crediting one of them, tell other stories)
    solo = [
        review(
            "The Appointmint",
            1969,
            "The Appointmint is a comedy where Omar Sharef is a lawyer who suspects his wife.",
            cast=pair[1:],
        ),
        review("Juggernot", 1974, "A bomber threatens an ocean liner at sea.", cast=pair[1:]),
        review("Our Man Flinn", 1966, "A spy saves the world from mad scientists.", cast=pair[:1]),
    ]
    others = [review(f"Filler {i}", 1990 + i, "A drama about a farm and a family.") for i in range(30)]
    view = view_of([bullet, *solo, *others], {})
    said = answer(view, "comedy where jim coburne and omar sharef are pool sharks")
    assert said.film == bullet.film and not said.abstained, said.answer
    # (a story it does not tell is not named, whoever it credits)
    said = answer(view, "jim coburne and omar sharef fight a dragon on the moon")
    assert said.film != bullet.film or said.abstained, said.answer


def test_a_decade_said_before_a_genre_of_two_words_or_doc_dates_the_film() -> None:
    from index.answer.parse import opening_decade

    assert opening_decade("70s sci-fi where rich people visit a wild west theme park") == 1970
    assert opening_decade("80s doc about the music scene in athens") == 1980
    assert opening_decade("the band played in the 80s") is None
    # (a thing of the story from that decade, said later: not when the film came out)
    from index.answer.parse import parse

    req = parse("which movie is about a guy at a video store where an old 50s sci fi tape brainwashes people")
    assert req.decade is None


def test_a_film_crediting_everyone_named_is_not_outdone_by_someone_sharing_one_of_the_names() -> None:
    from index.answer.handlers.search import _names_all

    eagles, battalion = FilmRef("Where Eagels Dare", 1968), FilmRef("The Lost Batallion", 1919)
    named = {eagles: {"Richard Burten", "Clint Eastwod"}, battalion: {"Burten L. King"}}
    question = "ww2 movie where burten and eastwod parachute into a nazi castle"
    assert _names_all(question, named[eagles], named)
    assert not _names_all(question, named[battalion], named)
    # (one name said of two people, each in a film of their own: neither film is the one by the name)
    foster = {eagles: {"Jody Fostr"}, battalion: {"Ben Fostr"}}
    assert not _names_all("teen goes from fostr home to fostr home", foster[eagles], foster)
    # (a person the question does not say is still one more person named)
    assert not _names_all(question, named[eagles], {**named, battalion: {"Ann Other"}})


def test_a_work_a_film_is_taken_from_or_made_after_is_what_it_is_based_on() -> None:
    imp = review(
        "The Bottel Imp",
        1917,
        "The Bottel Imp is a 1917 silent fantasy film. It is taken from the Robert Louis Stevensen short story.",
    )
    gent = review(
        "The Gentleman from Indianna",
        1915,
        "The Gentleman from Indianna is a 1915 drama written by Julia Ivers after the novel by Booth Tarkingtn.",
    )
    song = review(
        "Message to Luv", 1995, "Message to Luv is a documentary. The title of the film is taken from a song."
    )
    waltz = review(
        "The Mefisto Waltz",
        1971,
        "The name of the film is taken from the piano work by Liszt. Ben Madow adapted his screenplay from "
        "the novel by Fred Stewert.",
    )
    view = view_of([imp, gent, song, waltz], {})
    assert "Fred Stewert" in answer(view, "the mefisto waltz 1971 is from a novel by who").answer
    assert (
        "Robert Louis Stevensen"
        in answer(view, "the bottel imp 1917 is adapted from which author's story").answer
    )
    assert "Booth Tarkingtn" in answer(view, "gentleman from indianna 1915 - whose novel").answer
    assert answer(view, "message to luv based on what").abstained


def test_a_series_name_typed_alone_is_its_first_film_not_a_later_one_we_hold() -> None:
    later = review(
        "Paranormal Activitee: The Ghost Dimension",
        2015,
        "Paranormal Activitee: The Ghost Dimension is a 2015 horror film directed by Greg Plotkn. It is the "
        "sixth film in the Paranormal Activitee series.",
        director="Greg Plotkn",
    )
    first = review(
        "Ace Venturo: Pet Detective",
        1994,
        "Ace Venturo: Pet Detective is a 1994 comedy film directed by Tom Shadyak.",
        director="Tom Shadyak",
    )
    view = view_of([later, first])
    said = answer(view, "who directed paranormal activitee")
    assert said.abstained and "paranormal activitee" in said.answer and "Greg Plotkn" not in said.answer
    # (typed whole, or a series' first film subtitled: the film)
    assert "Greg Plotkn" in answer(view, "who directed paranormal activitee the ghost dimension").answer
    assert "Tom Shadyak" in answer(view, "who directed ace venturo").answer
    # (a sequel whose review names the year of the film it follows, as an owner)
    sequel = review(
        "Escape Rooom: Tournament of Champions", 2021, "A sequel to 2019's Escape Rooom, it follows six people.",
        director="Adam Robitl",
    )  # fmt: skip
    said = answer(view_of([sequel]), "who directed escape rooom")
    assert said.abstained and said.film is None and "Adam Robitl" not in said.answer, said.answer


def test_the_one_told_apart_in_a_follow_up_is_that_film_of_the_series() -> None:
    films = {
        "Ma and Pa Kettle Go to Town": (1950, "Charles Lamont"),
        "Ma and Pa Kettle Back on the Farm": (1951, "Edward Sedgwick"),
        "Ma and Pa Kettle at the Fair": (1952, "Charles Barton"),
        "Ma and Pa Kettle at Waikiki": (1955, "Lee Sholem"),
        "State Fair": (1945, "Walter Lang"),
    }
    reviews, facts = [], {}
    for title, (year, director) in films.items():
        said = f"{title} is a {year} American comedy film directed by {director}, starring Marjorie Main."
        r = review(title, year, said)
        reviews.append(r)
        facts[r.review_id] = ReviewFacts(
            credits=(
                Credit(director, "director", review_id=r.review_id, how="by", confidence=0.8, evidence=said),
            )
        )
    view = view_of(reviews, facts)
    farm = answer(view, "who directed ma and pa kettle back on the farm")
    fair = answer(view, "ok and the one at the fair", context=farm.conversation)
    assert fair.film == FilmRef("Ma and Pa Kettle at the Fair", 1952) and "Charles Barton" in fair.answer
    town = answer(view, "and the one where they go to town", context=fair.conversation)
    assert town.film == FilmRef("Ma and Pa Kettle Go to Town", 1950) and "Charles Lamont" in town.answer
    # the words after it are the question asked
    back = answer(view, "and the one where theyre back on the farm, who starred", context=town.conversation)
    assert back.film == FilmRef("Ma and Pa Kettle Back on the Farm", 1951) and back.kind == "cast"
    # words no film of the series holds tell no film of it
    hat = answer(view, "and the one with the hat", context=fair.conversation)
    assert hat.film is None or "Kettle" not in hat.film.title


def test_a_form_of_film_said_ranks_the_films_of_that_form_first() -> None:
    serial = FilmRef("Canadian Mounties vs Atomic Invaders", 1953)
    said = {
        serial: "Canadian Mounties vs Atomic Invaders is a Republic Movie serial starring Bill Henry. The plot is"
        " a northern adventure involving secret missile bases and an invasion.",
        FilmRef("The Flying Missile", 1950): "The Flying Missile is a 1950 film about secret missile bases in"
        " the north and an invasion, starring Glenn Ford.",
    }
    view = view_of(review(f.title, f.year, text) for f, text in said.items())
    result = answer(view, "50s serial about secret missile bases up north and an invasion")
    assert result.sources and result.sources[0].passage.film == serial


def test_of_a_persons_films_the_one_they_did_the_job_said_for_goes_first() -> None:
    starred = review(
        "The St. Louis Kid",
        1934,
        "The St. Louis Kid is a 1934 movie starring James Cagney, ever the tough guy.",
    )
    directed = review(
        "Short Cut to Hell",
        1957,
        "Short Cut to Hell is a 1957 noir movie. James Cagney is its director, his only time.",
    )
    cagney = "James Cagney"
    facts = {
        starred.review_id: ReviewFacts(
            credits=(Credit(cagney, "cast", review_id=starred.review_id, how="stars", confidence=0.6),)
        ),
        directed.review_id: ReviewFacts(
            credits=(Credit(cagney, "director", review_id=directed.review_id, how="noun", confidence=0.7),)
        ),
    }
    result = answer(view_of([starred, directed], facts), "the only movie james cagney ever directed")
    assert result.sources and result.sources[0].passage.film == directed.film


def test_a_title_we_lack_typed_before_a_star_is_not_another_film_of_theirs() -> None:
    star = (CastMember("Thomas Ian Griffith", None), CastMember("Tia Carrera", None))
    hollow = review(
        "Hollow Tip",
        1996,
        "Hollow Tip is a 1996 action film starring Thomas Ian Griffith as a federal agent.",
        cast=star,
    )
    others = [
        review(f"Filler {i}", 1990 + i, "A drama about a band of brothers and a farm.") for i in range(30)
    ]
    view = view_of([hollow, *others], {})
    said = answer(view, "excessive force thomas ian griffith movie, who else is in it")
    assert said.abstained and "excessive force" in said.answer, said.answer
    # (its year typed after it)
    said = answer(view, "excessive force 1996 thomas ian griffith - who else is in it")
    assert said.abstained and "excessive force" in said.answer, said.answer
    # (another of its people named first is no title: their film)
    said = answer(view, "tia carrera thomas ian griffith movie, who else is in it")
    assert said.film == hollow.film and not said.abstained, said.answer
    # (the star's film asked for by its story: found)
    said = answer(view, "thomas ian griffith movie where he plays a federal agent")
    assert said.film == hollow.film and not said.abstained, said.answer


def test_a_title_only_opened_then_a_surname_is_no_film_of_that_title() -> None:
    heart = review(
        "There Goes My Heart",
        1938,
        "There Goes My Heart is a 1938 comedy starring Fredric March and Patsy Kelly.",
        cast=(CastMember("Fredric March", None), CastMember("Patsy Kelly", None)),
    )
    bride = review("There Goes the Bride", 1932, "There Goes the Bride is a 1932 British comedy.")
    view = view_of([heart, bride], {})
    said = answer(view, "there goes kelly cast")
    assert said.abstained and said.film is None, said.answer
    # (the whole title, then a star of it: that film)
    said = answer(view, "there goes my heart fredric march who else is in it")
    assert said.film == heart.film and not said.abstained, said.answer


def test_a_part_credited_by_its_surname_is_said_by_the_full_name_the_review_gives() -> None:
    said = "The film follows Tom Rath, a veteran. It stars Gregory Peck as Rath and Jennifer Jones as Betsy."
    film = review(
        "The Gray Suit", 1956, said, cast=(CastMember("Gregory Peck"), CastMember("Jennifer Jones"))
    )
    credit = Credit(
        "Gregory Peck",
        "cast",
        character="Rath",
        evidence=said,
        review_id=film.review_id,
        how="as",
        confidence=0.8,
    )
    people = {"Tom Rath": 1, "Gregory Peck": 1, "Jennifer Jones": 1}
    view = view_of([film], {film.review_id: ReviewFacts(credits=(credit,), people=people)})
    assert answer(view, "what part does gregory peck play in the gray suit").answer.startswith(
        "Gregory Peck plays Tom Rath"
    )
    # (nor a name the film credits: the director Ann Rath is no part; two other Raths say neither is)
    crew = Credit("Ann Rath", "director", review_id=film.review_id, how="by", confidence=0.8)
    for extra, said_as in (({"Ann Rath": 1}, "Tom Rath"), ({"Ann Rath": 1, "Mary Rath": 1}, "Rath")):
        view = view_of(
            [film], {film.review_id: ReviewFacts(credits=(credit, crew), people={**people, **extra})}
        )
        assert answer(view, "what part does gregory peck play in the gray suit").answer.startswith(
            f"Gregory Peck plays {said_as} in"
        )


def test_a_title_then_the_series_its_reviews_say_it_is_of_asks_of_the_first() -> None:
    gold = review(
        "Ghost-Town Riches", 1936, "It is one of the Three Mesquiteers westerns.", director="Joseph Kanter"
    )
    series = review("The Three Mesquiteers", 1936, "The first of the series.", director="Ray Taylorson")
    view = view_of([gold, series])
    said = answer(view, "ghost town riches three mesquiteers who directed")
    assert said.film == gold.film and "Joseph Kanter" in said.answer
    # (the series asked alone is the series' film)
    assert answer(view, "three mesquiteers who directed").film == series.film


def test_a_name_of_the_films_people_close_to_another_title_is_no_switch() -> None:
    north = review(
        "North to the Klondyke", 1942, "It stars Broderick Crawfurd and Lon Chaney.",
        cast=(CastMember("Broderick Crawfurd"), CastMember("Lon Chaney")), director="Erle Kenten",
    )  # fmt: skip
    chance = review("The Lone Chance", 1924, "A silent drama.", director="Howard Mitchel")
    view = view_of([north, chance])
    first = answer(view, "north to the klondyke cast")
    then = answer(view, "is lon chaney in it", context=first.conversation)
    assert then.film == north.film
    assert "Erle Kenten" in answer(view, "who directed it", context=then.conversation).answer
    # (the title typed as it is switches)
    assert answer(view, "ok what about the lone chance", context=first.conversation).film == chance.film


def test_same_question_asks_the_last_question_again() -> None:
    first = answer(VIEW, "who directed the runaways")
    for follow in ("same q for heat", "ok same question, heat"):
        assert answer(VIEW, follow, context=first.conversation).kind == "director", follow
    switched = answer(VIEW, "ok and heat", context=first.conversation)
    assert answer(VIEW, "same q", context=switched.conversation).kind == "director"


def test_a_source_read_as_what_was_done_with_it_is_said_by_its_kind() -> None:
    said = "A film adaptation of the book was released in 2002."
    film = review("The Kid Stays", 2002, f"The Kid Stays is a 1994 autobiography by Rob Evens. {said}")
    work = SourceWork(
        "was released in 2002", kind="book", review_id=film.review_id, evidence=said, confidence=0.75
    )
    view = view_of([film], {film.review_id: ReviewFacts(sources=(work,))})
    text = answer(view, "the kid stays is based on what").answer
    assert (
        text.startswith("The Kid Stays (2002) is based on a book.")
        and "book was released" not in text.split("“")[0]
    )


def test_a_star_beside_a_longer_title_or_a_version_not_theirs_keeps_the_question() -> None:
    first = review(
        "Street Brawler", 1994, "Street Brawler is a 1994 action film.", cast=(CastMember("Jean Van Dam"),)
    )
    spin = review(
        "Street Brawler: The Legend of Chun-Li", 2009,
        "It is a 2009 crime film. The film co-stars Neal McDona as M. Bison and Michael Clark Dunkin as Balrog.",
        cast=(CastMember("Michael Clark Dunkin"), CastMember("Neal McDona")),
    )  # fmt: skip
    rid = spin.review_id
    facts = {
        rid: ReviewFacts(credits=(Credit("Michael Clark Dunkin", "cast", character="Balrog", review_id=rid),))
    }
    view = view_of([first, spin], facts)
    # the star of the longer title the words beside the title name: that film, and their part
    said = answer(view, "michael clark dunkin in the chun li street brawler movie, who does he play")
    assert said.film == spin.film and "Balrog" in said.answer, said.answer
    # a person a version is said not to be by tells no other film: still the version asked
    gun = review("Naked Pistol", 1956, "Naked Pistol is a 1956 Western film starring Will Parks.",
                 cast=(CastMember("Will Parks"),))  # fmt: skip
    newer = review("The Naked Pistol", 1988, "The Naked Pistol is a 1988 comedy starring Les Nilson.",
                   cast=(CastMember("Les Nilson"),))  # fmt: skip
    view = view_of([gun, newer], {})
    said = answer(view, "naked pistol 1956 who starred, not the les nilson one")
    assert said.film == gun.film and "Will Parks" in said.answer, said.answer


def test_a_story_asked_of_a_title_read_as_words_leaves_the_star_typed_beside_it_out() -> None:
    film = review(
        "Valkyrja", 2008,
        "Valkyrja is a 2008 war thriller directed by Bryan Sing, starring Tom Cruz. The film depicts the "
        "plot by army officers to assassinate Adolf Hitler. It stars Cruz as Colonel Stauffen.",
        cast=(CastMember("Tom Cruz"),),
    )  # fmt: skip
    said = answer(view_of([film], {}), "valkyrja tom cruz, who are they trying to kill").answer
    assert "Hitler" in said and "starring Tom Cruz" not in said, said


def test_a_cartoon_typed_beside_its_title_is_what_it_is_not_more_title() -> None:
    short = review(
        "For Scent Reasons", 1949,
        "For Scent Reasons is a 1949 Warner Bros. Looney Tunes short directed by Chuck Jonas and written "
        "by Michael Maltis. It stars Pepe Le Pew.", writer="Michael Maltis",
    )  # fmt: skip
    said = answer(view_of([short], {}), "for scent reasons pepe le pew cartoon writer")
    assert said.film == short.film and "Michael Maltis" in said.answer, said.answer


def test_whose_film_typed_before_a_title_of_several_films_picks_theirs() -> None:
    pixar = review(
        "Lift", 2009,
        "Lift is a 2009 animated film by Pixar Animation Studios. On the way they meet a giant bird named Kevin.",
    )  # fmt: skip
    other = review("Lift!", 1976, "Lift! is a 1976 sex comedy about a bird watcher.")
    said = answer(view_of([pixar, other], {}), "in pixars lift whats the giant bird called")
    assert said.film == pixar.film and "Kevin" in said.answer, said.answer


def test_back_to_a_film_talked_about_by_part_of_its_title() -> None:
    hero = review(
        "Shield Man: The First Hero", 2011, "A superhero film directed by Joe Johns.", director="Joe Johns"
    )
    old = review("Shield Man", 1979, "A television film directed by Rod Holc.", director="Rod Holc")
    iron = review("Iron Guy 2", 2010, "A superhero sequel directed by Jon Fav.", director="Jon Fav")
    squid = review("Sh! The Squid", 1937, "A comedy-mystery directed by Will McGan.", director="Will McGan")
    view = view_of([hero, old, iron, squid], {})
    turn = answer(view, "who directed shield man the first hero")
    turn = answer(view, "ok what about iron guy 2 - who directed that", context=turn.conversation)
    back = answer(view, "back to shield man, who directed it", context=turn.conversation)
    assert back.film == hero.film and "Joe Johns" in back.answer, back.answer
    # ("the squid one": the words of its title, said as which one)
    turn = answer(view, "who directed sh! the squid")
    turn = answer(view, "ok what about iron guy 2 - who directed that", context=turn.conversation)
    back = answer(view, "back to the squid one - who directed it", context=turn.conversation)
    assert back.film == squid.film and "Will McGan" in back.answer, back.answer
    # never another film asked for the first time: "shield man" alone is the 1979 film
    assert answer(view, "who directed shield man").film == old.film


def test_and_the_end_of_another_title_of_the_series_talked_about() -> None:
    rescue = review("The Brave Little Kettle to the Rescue", 1997, "A sequel.", source="novella by Tom Dish")
    mars = review(
        "The Brave Little Kettle Goes to Mars",
        1998,
        "It is based on the 1988 novella of the same name by Tom Dish.",
    )
    other = review("Jerry Goes to Mars", 1950, "A comedy about a trip, based on a comic by Al Kapp.")
    view = view_of([rescue, mars, other], {})
    turn = answer(view, "who's in the brave little kettle to the rescue")
    then = answer(view, "and goes to mars, what's that one based on", context=turn.conversation)
    assert then.film == mars.film and "Tom Dish" in then.answer, then.answer


def test_a_title_then_a_film_word_and_who_is_in_it_is_their_film_of_the_title() -> None:
    old = review("Joan of Ark", 1948, "Joan of Ark is a 1948 epic directed by Vic Flem.", director="Vic Flem",
                 cast=(CastMember("Ingrid Berg"),))  # fmt: skip
    new = review(
        "The Courier: The Story of Joan of Ark", 1999,
        "The Courier: The Story of Joan of Ark is a 1999 epic directed by Luc Bess, starring Mila Jovo.",
        director="Luc Bess", cast=(CastMember("Mila Jovo"),),
    )  # fmt: skip
    view = view_of([old, new], {})
    said = answer(view, "the courier joan of ark film w mila jovo who directed it")
    assert said.film == new.film and "Luc Bess" in said.answer, said.answer
    # nobody of any of its films: said so, not the 1948 film
    said = answer(view, "joan of ark movie w tom arnie, who directed")
    assert said.abstained and said.film is None, said.answer


def test_who_a_part_is_when_its_name_is_close_to_an_actors() -> None:
    film = review(
        "Professor Maston and the Wonder Girls", 2017,
        "It stars Luke Evan as Maston; and Bella Heath as his partner, Olive Byrne. Oliver Pratt also features.",
        cast=(CastMember("Luke Evan"), CastMember("Bella Heath"), CastMember("Oliver Pratt")),
    )  # fmt: skip
    facts = {
        film.review_id: ReviewFacts(
            credits=(
                Credit("Luke Evan", "cast", character="Maston", review_id=film.review_id, how="as", confidence=0.8,
                       evidence="It stars Luke Evan as Maston"),
                Credit("Bella Heath", "cast", character="Olive Byrne", review_id=film.review_id, how="as",
                       confidence=0.8, evidence="Bella Heath as his partner, Olive Byrne"),
            )
        )
    }  # fmt: skip
    view = view_of([film], facts)
    said = answer(view, "professor maston and the wonder girls, who's olive")
    assert said.answer.startswith("Bella Heath plays Olive Byrne"), said.answer
    # the name after the title, then "is who": the actor's part
    said = answer(view, "professor maston and the wonder girls - luke evan is who exactly")
    assert said.answer.startswith("Luke Evan plays Maston"), said.answer


def test_what_someone_does_for_work_quotes_their_job() -> None:
    film = review(
        "Final Chance Harold", 2008,
        "Final Chance Harold is a 2008 romantic drama written and directed by Joel Hops. The screenplay focuses "
        "on two lonely people who forge a relationship during two days. Dustin Huff plays the title character, "
        "Harold Shine, an American television commercial jingles composer who travels to England for his "
        "daughter's wedding and promptly loses his job. Emma Tomson plays an airport hospitality worker "
        "with a jaundiced view of relationships.",
    )  # fmt: skip
    said = answer(view_of([film], {}), "in final chance harold what does harold do for work")
    # (stated, not "perhaps": "job" is the word a summary says)
    assert "jingles composer" in said.answer and "perhaps" not in said.answer, said.answer


def test_a_star_named_before_a_title_of_a_film_without_them_is_no_answer() -> None:
    kid = review("Billy the Kid", 1941, "Billy the Kid is a 1941 western starring Robert Taylor.",
                 director="David Miller", cast=(CastMember("Robert Taylor"),))  # fmt: skip
    other = review(
        "Steele Justice", 1987, "An action film starring Bob Steele.", cast=(CastMember("Bob Steele"),)
    )
    view = view_of([kid, other], {})
    said = answer(view, "bob steele billy the kid picture from 41, who directed it")
    assert said.abstained and said.film is None, said.answer
    said = answer(view, "robert taylor billy the kid picture from 41, who directed it")
    assert "David Miller" in said.answer, said.answer


def test_a_film_whose_text_says_the_first_or_last_asked_is_named_not_guessed() -> None:
    from index.answer.handlers.search import _milestone_told

    champ = review(
        "Joe Paluka, Champ", 1946,
        "Joe Paluka, Champ is a 1946 sports film. This film from Monogram Pictures is the beginning of a series "
        "with eleven sequels.",
    )  # fmt: skip
    view = view_of([champ], {})
    asked = "the first monogram movie about the boxer from the funny papers, the one with like eleven sequels"
    assert _milestone_told(view, asked, champ.film)
    # the last of them is another milestone; and a first said with nothing else of the question is no evidence
    assert not _milestone_told(view, asked.replace("first", "last"), champ.film)
    assert not _milestone_told(view, "the first boxer movie from the funny papers", champ.film)


def test_a_title_that_ends_the_name_of_someone_credited_is_their_film_to_find() -> None:
    tintin = review("The Adventures of Tintin", 2011, "The Adventures of Tintin is a 2011 animated film.")
    collar = review(
        "The Dollar Collar", 1929, "The Dollar Collar is a 1929 part-talkie crime film starring the dog Rin Tin Tin.",
        cast=(CastMember("Rin Tin Tin", None),),
    )  # fmt: skip
    from index.answer import _title_inside_a_name
    from index.answer.parse import parse

    view = view_of([tintin, collar])
    asked = "rin tin tin movie from 1929, part talkie crime film"
    req = _title_inside_a_name(view, parse(asked, view.titles))
    assert req.which_film and req.films == () and req.mention is None
    said = answer(view, asked)
    assert said.film == collar.film and not said.abstained
    # (a title after a word that makes no name of it stays the title)
    assert not _title_inside_a_name(view, parse("who plays the dog in tin tin", view.titles)).which_film


def test_a_film_whose_text_says_only_the_other_end_of_a_series_is_only_a_guess() -> None:
    plane = review(
        "Plane Daft", 1928,
        "Plane Daft is a 1928 cartoon released by the Walt Disney Studios, the first Mickey Mouse cartoon.",
    )  # fmt: skip
    view = view_of([plane, review("Other", 1990, "A drama.")])
    said = answer(view, "the last mickey mouse cartoon the walt disney studios released")
    assert said.abstained and said.answer.startswith("I'm not sure. Possibly Plane Daft")
    assert answer(view, "the first mickey mouse cartoon the walt disney studios released").film == plane.film
    # (a title it was first given is no place in a series)
    last = review(
        "Plane Daft",
        1953,
        "Plane Daft is a 1953 cartoon by the Walt Disney Studios, the last Mickey Mouse cartoon.",
    )
    view = view_of([last, review("Other", 1990, "A drama.")])
    said = answer(view, "that mickey mouse cartoon by the walt disney studios, first called plane silly")
    assert said.film == last.film and not said.abstained


def test_sentences_about_the_making_of_a_film_are_told_from_its_story() -> None:
    from index.making import of_the_making

    for making in (
        "It was directed by James Flood and stars Corinne Griffith.",
        "The film was released by Paramount Pictures in March.",
    ):
        assert of_the_making(making), making
    for story in (
        "The film tells the story of McTeague, a San Francisco dentist.",
        "It is based on the true story of a dog who waits for his master.",
    ):
        assert not of_the_making(story), story


def test_a_reviews_story_is_its_sentences_that_tell_one() -> None:
    from index.chunking import story_document

    # the opening, the stars and the film's record are no story a user tells
    gunfight = (
        "Die Fast is a 2021 American crime film directed by Collin Doe. It stars Ann Roe and Bo Poe. "
        "It was distributed by Lionsgate."
    )
    assert story_document(gunfight) == ""
    pops = (
        "Up Pops the Devil is a 1931 American comedy film directed by A. Edward Sutherland. "
        "An advertising man quits his job to become a novelist. It stars Norman Foster and Carole Lombard. "
        "His wife goes to work to keep them afloat."
    )
    assert story_document(pops) == (
        "An advertising man quits his job to become a novelist. His wife goes to work to keep them afloat."
    )
    # a one-sentence stub is its own story
    stub = "Feeding Sea Lions is a short silent film of a man feeding sea lions at Coney Island."
    assert story_document(stub) == stub


def test_a_short_title_at_the_end_of_a_longer_one_we_lack_is_no_film_of_ours() -> None:
    touch = review(
        "Touch", 1997, "Touch is a 1997 film written and directed by Paul Schrader.", director="Paul Schrader"
    )
    wanted = review("Most Wanted", 1997, "Most Wanted is a 1997 action thriller.", director="David Hogan")
    plot = review(
        "Family Plot", 1976, "Family Plot is a 1976 comedy thriller.", director="Alfred Hitchcock",
        cast=(CastMember("Karen Black"), CastMember("Bruce Dern")),
    )  # fmt: skip
    view = view_of([touch, wanted, plot])
    said = answer(view, "the midas touch 1997 who directed")
    assert said.abstained and said.film is None and "the midas touch (1997)" in said.answer
    assert "muppets most wanted" in answer(view, "muppets most wanted - any reviews").answer
    # a word of someone's name before the title (a possessive typed without its apostrophe), a
    # question's words, or the words set off from it: the title is the film
    assert answer(view, "hitchcocks family plot whos in the cast").film == plot.film
    assert answer(view, "who directed touch 1997").film == touch.film
    assert answer(view, "midas - who directed touch 1997").film == touch.film


def test_a_film_the_series_numbers_otherwise_than_the_question_is_only_a_guess() -> None:
    from index.answer.handlers.search import _numbered_otherwise

    conga = review("Stooge Conga", 1943, "It is the 67th entry in the series released by Columbia Pictures.")
    jungle = review("Jungle Man", 1949, "It is the third film in the Jungle Jim series.")
    view = view_of([conga, jungle])
    assert _numbered_otherwise(view, "which stooges short was number 102 in the columbia series", conga.film)
    assert not _numbered_otherwise(view, "which stooges short was the 67th one columbia put out", conga.film)
    assert not _numbered_otherwise(view, "the 3rd jungle jim picture with johnny weissmuller", jungle.film)
    spook = review("Spook Hunters", 1957, "It is the forty-fifth film in the series.")
    assert not _numbered_otherwise(
        view_of([spook]), "bowery boys horror comedy, their 45th picture", spook.film
    )
    assert _numbered_otherwise(view_of([spook]), "bowery boys horror comedy, their 5th picture", spook.film)
    # (a film its text numbers nowhere is no film of that number either)
    feature = review("Rockin in the Rockies", 1945, "A feature starring the Three Stooges for Columbia.")
    assert _numbered_otherwise(view_of([feature]), "which three stooges short was number 47", feature.film)
    frogs = review("Toad Warrior", 1996, "This film is the third in the Hell Comes to Frogtown series.")
    assert not _numbered_otherwise(view_of([frogs]), "third movie in the frogtown franchise", frogs.film)
    # (no number asked, or an award's, or a war's: nothing to deny)
    assert not _numbered_otherwise(view, "which stooges short has them dancing the conga", conga.film)
    assert not _numbered_otherwise(view, "a second world war film about the stooges", conga.film)
    assert not _numbered_otherwise(
        view, "the jungle jim film that won her second oscar for the role", jungle.film
    )


def test_the_one_film_found_with_the_number_in_a_series_asked_is_named() -> None:
    nutty = review(
        "Nutty But Nice", 1940, "A short starring The Three Stooges. It is the 47th entry in the series.",
        cast=(CastMember("The Three Stooges"),),
    )  # fmt: skip
    other = review(
        "Cactus Makes Perfect", 1942, "A short starring The Three Stooges. It is the 61st entry in the series.",
        cast=(CastMember("The Three Stooges"),),
    )  # fmt: skip
    # (the same number, said of a film that neither credits nor names the stooges: not theirs)
    mystery = review("The Mystery of No. 47", 1917, "A comedy short about a detective.")
    # (a film of the series whose text calls them by the group's name only, the cast list by theirs)
    hounds = review(
        "News Hounds", 1947, "A film starring the comedy team of The Bowery Boys. It is the seventh film in the series.",
        cast=(CastMember("Leo Gorcey"),),
    )  # fmt: skip
    view = view_of([nutty, other, mystery, hounds])
    said = answer(view, "which three stooges short was number 47 in the columbia run")
    assert not said.abstained and said.film == nutty.film
    assert answer(view, "which bowery boys movie was the 7th one").film == hounds.film
    # (a film numbered so that holds too few of the question's words: of another series)
    daffy = review("Yankee Doodle Daffy", 1943, "A cartoon short. It is the second short of its director.")
    assert answer(view_of([daffy, nutty]), "which was the 2nd tom n jerry short ever made").film != daffy.film
    # (no film of the series numbered so: none named)
    assert answer(view, "which three stooges short was number 52 in the columbia run").film is None


def test_a_title_opening_a_name_said_in_full_is_no_film_named() -> None:
    dead_end = review(
        "Dead End", 1937, "It was the first film appearance of the acting group known as the Dead End Kids.",
        cast=(CastMember("Dead End Kids"), CastMember("Sylvia Sidney")),
    )  # fmt: skip
    tough = review(
        "Tough Guys in Society", 1938,
        "Universal made it in their series without any of the original Dead End Kids. Mischa Auer stars.",
        cast=(CastMember("Mischa Auer"), CastMember("Mary Boland")),
    )  # fmt: skip
    view = view_of([dead_end, tough])
    said = answer(
        view,
        "universal 1938 movie in their tough kids series, without any og dead end kids, mary boland in it",
    )
    assert said.film != dead_end.film
    # (the title asked of, or said before no name)
    assert answer(view, "what happens in dead end").film == dead_end.film


def test_a_guess_its_story_also_puts_first_by_half_the_margin_is_named() -> None:
    pops = review(
        "Up Pops", 1931,
        "Up Pops is a 1931 comedy film.\n\nAn advertising man quits his job to become a novelist, upsetting his wife.",
    )  # fmt: skip
    club = review(
        "Night Club",
        1931,
        "Night Club is a 1931 comedy film.\n\nA clerk quits his job to become a singer, upsetting his wife.",
    )
    view = view_of([pops, club])
    asked = "comedy where a man quits his job and his wife is upset"
    assert answer(view, asked).answer.startswith("I'm not sure. Possibly Up Pops")  # the words: a guess
    view.told_by_stories = [(pops.film, 0.62), (club.film, 0.55)]  # its story first, 0.07 ahead
    said = answer(view, asked)
    assert said.film == pops.film and not said.abstained
    # not a story only just ahead, nor one that puts another film first
    view.told_by_stories = [(pops.film, 0.62), (club.film, 0.58)]
    assert answer(view, asked).abstained
    view.told_by_stories = [(club.film, 0.62), (pops.film, 0.55)]
    assert answer(view, asked).abstained


def test_a_count_typed_before_a_title_is_part_of_a_longer_title_we_lack() -> None:
    east = review("The East", 2013, "The East is a 2013 thriller directed by Zal Batmanglij.")
    ninjas = review("3 Ninjas", 1992, "3 Ninjas is a 1992 family film directed by Jon Turteltaub.")
    view = view_of([east, ninjas])
    said = answer(view, "who directed 39 east")
    assert said.abstained and said.film is None and "39 east" in said.answer
    assert answer(view, "who directed the east").film == east.film
    # (a title of ours opening with the count, and a year before a title, are no longer title)
    assert answer(view, "who directed 3 ninjas").film == ninjas.film
    assert answer(view, "who directed 2013 the east").film == east.film
    assert answer(view, "who directed the 13 east").film == east.film  # (a year in two digits)


def test_going_back_to_a_film_talked_about_earlier() -> None:
    party = review(
        "The Party's Over", 1934, "The Party's Over is a 1934 comedy.", cast=(CastMember("Stuart Erwin"),)
    )
    jaws = review("Jaws", 1975, "Jaws is a 1975 thriller directed by Steven Spielberg.")
    view = view_of([party, jaws])
    first = answer(view, "who directed the party's over")
    second = answer(view, "who directed jaws", context=first.conversation)
    for phrase in (
        "going back to the party's over, who was in it",
        "ok lets go back to the party's over - cast",
    ):
        said = answer(view, phrase, context=second.conversation)
        assert said.film == party.film and "Stuart Erwin" in said.answer


def test_a_part_credited_to_a_surname_is_said_with_the_full_name_of_the_cast_list() -> None:
    war = review(
        "Captain America: Civil War", 2016,
        "The Avengers split into two factions, one led by Steve Rogers and the other by Tony Stark (Downey).",
        cast=(CastMember("Chris Evans"), CastMember("Robert Downey Jr.")),
    )  # fmt: skip
    facts = {war.review_id: ReviewFacts(credits=(Credit("Downey", "cast", character="Tony Stark",
                                                         review_id=war.review_id, how="paren", confidence=0.8),))}  # fmt: skip
    said = answer(view_of([war], facts), "civil war - who's tony stark again")
    assert said.answer.startswith("Robert Downey Jr. plays Tony Stark")
    # (not when the text names someone else of that surname: which Ford is not for us to say)
    tornado = review(
        "The Tornado", 1917, "Jack Ford stars, with his brother Francis Ford. The outlaw (Ford) escapes.",
        cast=(CastMember("John Ford"),),
    )  # fmt: skip
    found = {tornado.review_id: ReviewFacts(
        credits=(Credit("Ford", "cast", character="the outlaw", review_id=tornado.review_id, how="paren", confidence=0.8),),
        people={"Francis Ford": 1, "Jack Ford": 1},
    )}  # fmt: skip
    assert not answer(view_of([tornado], found), "who plays the outlaw in the tornado").answer.startswith(
        "John Ford"
    )


def test_the_original_of_a_title_typed_with_its_words_run_together() -> None:
    old = review(
        "The Texas Chain Saw Massacre", 1974, "A 1974 horror film directed by Tobe Hooper.",
        cast=(CastMember("Gunnar Hansen", "Leatherface"),),
    )  # fmt: skip
    new = review(
        "The Texas Chainsaw Massacre", 2003, "It is a remake of Tobe Hooper's 1974 film of the same name."
    )
    view = view_of([old, new])
    assert answer(view, "who directed the original texas chainsaw massacre").film == old.film
    assert answer(view, "who directed the texas chainsaw massacre").film == new.film


def test_a_film_of_someone_asked_for_by_their_career_is_not_a_title_in_the_words() -> None:
    nights = review(
        "Argentine Nights", 1940, "Argentine Nights is a 1940 musical starring The Andrews Sisters. It was their first film.",
        cast=(CastMember("The Andrews Sisters"),),
    )  # fmt: skip
    sisters = review(
        "Sisters", 1972, "Sisters is a 1972 thriller about twins.", cast=(CastMember("Margot Kidder"),)
    )
    view = view_of([nights, sisters])
    said = answer(view, "andrews sisters first movie?")
    assert not said.abstained and said.film == nights.film
    # (a question of the film named, whoever it credits, is that film's)
    assert answer(view, "who directed sisters, margot kidder's first horror film").film == sisters.film


def test_getting_cast_in_which_film_asks_of_the_story() -> None:
    from index.answer.parse import parse

    bond = review("Becoming Bond", 2017, "It tells of George Lazenby's casting as James Bond.")
    skyfall = review("Skyfall", 2012, "Skyfall is a 2012 spy film.")
    titles = view_of([bond, skyfall]).titles
    assert parse("becoming bond is about lazenby getting cast in which bond film", titles).kind != "cast"
    assert parse("who got cast as the villain in skyfall", titles).kind == "cast"


def test_a_film_asked_for_by_another_title_its_text_gives_it() -> None:
    wildfire = review(
        "The Return of Wildfire", 1948,
        "The Return of Wildfire, also known as Black Stallion, is a 1948 Western starring Richard Arlen.",
        cast=(CastMember("Richard Arlen"),),
    )  # fmt: skip
    stallion = review(
        "The Black Stallion", 1979, "The Black Stallion is a 1979 adventure film about a boy and a horse."
    )
    buffalo = review(
        "Buffalo Bill Rides Again",
        1947,
        "A 1947 Western starring Richard Arlen.",
        cast=(CastMember("Richard Arlen"),),
    )
    view = view_of([wildfire, stallion, buffalo])
    for question in (
        "late 40s richard arlen western, alt title was black stallion",
        "which richard arlen western was also called black stallion",
    ):
        said = answer(view, question)
        assert not said.abstained and said.film == wildfire.film, question
    # (the title itself, asked of, is the film of that title)
    assert answer(view, "who is in the black stallion").film == stallion.film


def test_a_film_asked_for_by_its_place_in_a_series() -> None:
    west = review(
        "Out West with the Peppers", 1940, "A Western comedy. It is the third Five Little Peppers film."
    )
    home = review("Five Little Peppers at Home", 1940, "A comedy. It is the second Five Little Peppers film.")
    view = view_of([west, home])
    said = answer(view, "the 3rd one in the five little peppers films, the western comedy one")
    assert not said.abstained and said.film == west.film
    assert answer(view, "which was the second film of the five little peppers series").film == home.film


def test_whose_film_opening_the_message_picks_the_version_they_made() -> None:
    old = review("Psycho", 1960, "A 1960 horror film.", director="Alfred Hitchcock")
    remake = review("Psycho", 1998, "A 1998 remake.", director="Gus Van Sant")
    view = view_of([old, remake])
    assert answer(view, "hitchcocks psycho who directed it").film == old.film
    assert answer(view, "van sants psycho who directed it").film == remake.film
    # (an owner none of the films names opens a longer title we lack)
    assert answer(view, "mothers psycho who directed it").film is None


def test_a_title_then_its_actor_then_the_part_asked() -> None:
    crusades = review(
        "The Crusades", 1935, "It stars Loretta Young as Berengaria of Navarre.",
        cast=(CastMember("Loretta Young"), CastMember("Henry Wilcoxon")),
    )  # fmt: skip
    heat = review("Heat", 1986, "A crime film.", cast=(CastMember("Burt Reynolds"),))
    for question in (
        "in the crusades loretta young is which character",
        "in demille's the crusades loretta young is who",
        "the crusades, loretta young plays who",
    ):
        said = answer(view_of([crusades, heat]), question)
        assert said.film == crusades.film and "Berengaria" in said.answer, question
    # (someone the film does not credit: no film of theirs named so)
    assert answer(view_of([crusades, heat]), "heat al pacino plays who").film is None


def test_a_film_told_with_its_name_asked_and_no_film_talked_about_is_looked_for() -> None:
    revolution = review(
        "Revolution OS",
        2001,
        "A documentary film about the history of GNU, Linux and the open source movement.",
    )
    cold = review(
        "Out Cold", 2001, "A snowboarding comedy; it makes a number of references to the film Casablanca."
    )
    view = view_of([revolution, cold])
    for question in (
        "theres a doc from the early 2000s about linux, gnu and the whole open source crowd, what's it called",
        "doc about linux and gnu and open source, title?",
    ):
        said = answer(view, question)
        assert said.film == revolution.film, question
    # (a film told with no question at all)
    assert answer(view, "snowboarding comedy that references casablanca").film == cold.film
    # (a story question of no film named, a name in the story, or a question of whose film: no film looked for)
    assert answer(view, "who directed it").film is None
    assert answer(view, "devil dog dawson (1921) whose film was that").film is None
    # (a title we lack and its story asked: no film looked for)
    assert answer(view, "whats the plot of revolution of the open source gnu").film is None
    # (a film talked about: the question is of it)
    talked = Conversation(film=cold.film)
    assert answer(
        view, "snowboarding comedy that references casablanca, whats it called", context=talked
    ).film != (revolution.film)


def test_a_place_in_a_series_typed_with_a_hash_or_after_a_title_of_the_series() -> None:
    blondie = review("Blondie", 1938, "The first film of the Blondie series, starring Penny Singleton.")
    victory = review(
        "Blondie for Victory",
        1942,
        "A comedy starring Penny Singleton. It is the 12th entry in the Blondie series.",
    )
    college = review(
        "Blondie Goes to College",
        1942,
        "A comedy starring Penny Singleton. It is the 10th entry in the Blondie series.",
    )
    view = view_of([blondie, victory, college])
    said = answer(view, "which blondie film is #12 in the series")
    assert not said.abstained and said.film == victory.film
    # (a "#" that numbers something in the story numbers no film: "then husband #1 turns up alive")
    husbands = review(
        "Too Many Husbands",
        1940,
        "A comedy about a wife who remarries; then her first husband, thought drowned, turns up alive.",
    )
    said = answer(
        view_of([husbands, victory]), "comedy where a wife remarries, then husband #1 turns up alive. title?"
    )
    assert not said.abstained and said.film == husbands.film
    # (a title of the series named, and a place none of its films has: the film of that place)
    said = answer(view, "blondie movie no. 10 with penny singleton")
    assert not said.abstained and said.film == college.film
    # (a place none of the series' films has is asked of a film we lack: "blondie 3rd one reviews?")
    assert answer(view, "blondie brings up baby, the 3rd one - reviews?").film != victory.film
    # (a number in the title is no place asked)
    thirteenth = review("Friday the 13th", 1980, "A slasher film directed by Sean S. Cunningham.")
    assert answer(view_of([thirteenth]), "friday the 13th movie who directed").film == thirteenth.film


def test_the_last_short_of_a_group_asked_for() -> None:
    romeo = review(
        "Dancing Romeo", 1944, "A 1944 Our Gang short. It was the 220th and final Our Gang short to be released.",
        cast=(CastMember("Our Gang"),),
    )  # fmt: skip
    other = review("Tale of a Dog", 1944, "A 1944 Our Gang short comedy.", cast=(CastMember("Our Gang"),))
    said = answer(view_of([romeo, other]), "what was the last our gang short they ever put out")
    assert not said.abstained and said.film == romeo.film


def test_the_film_that_kicked_off_a_series_is_its_first() -> None:
    first = review(
        "The Durango Kid", 1940, "A Western starring Charles Starrett. This is the first of 65 Durango Kid movies Starrett made at Columbia.",
        cast=(CastMember("Charles Starrett"),),
    )  # fmt: skip
    later = review(
        "Riding Through Nevada", 1942, "A Western starring Charles Starrett about cattle rustlers.",
        cast=(CastMember("Charles Starrett"),),
    )  # fmt: skip
    said = answer(
        view_of([first, later]), "which movie kicked off charles starretts durango kid movies at columbia"
    )
    assert not said.abstained and said.film == first.film


def test_of_several_films_numbered_as_asked_the_one_holding_the_series_words() -> None:
    gorilla = review(
        "Mark of the Gorilla", 1950, "Mark of the Gorilla is a Jungle Jim film starring Johnny Weissmuller. It was the third in the series."
    )  # fmt: skip
    jumanji = review(
        "Jumanji: Welcome to the Jungle",
        2017,
        "An adventure film. It is the third film in the Jumanji franchise.",
    )
    first = review(
        "Jungle Jim",
        1948,
        "Jungle Jim is an adventure film starring Johnny Weissmuller, the first of its series.",
    )
    said = answer(view_of([first, gorilla, jumanji]), "which was the 3rd jungle jim picture")
    assert not said.abstained and said.film == gorilla.film


def test_the_title_part_asked_by_its_name_cut_short() -> None:
    huck = review(
        "The Adventures of Huckleberry Finn", 1939, "A film of Mark Twain's novel, starring Mickey Rooney in the title role.",
        cast=(CastMember("Mickey Rooney"), CastMember("Walter Connolly")),
    )  # fmt: skip
    said = answer(view_of([huck]), "huckleberry finn (1939) who played huck")
    assert not said.abstained and "Mickey Rooney" in said.answer
    # (a short word that starts no name of the title: no title part)
    assert (
        "title role" not in answer(view_of([huck]), "huckleberry finn (1939) who played the sheriff").answer
    )


def test_a_story_question_with_a_word_of_the_cast_is_answered_from_the_story() -> None:
    stateside = review(
        "Stateside", 2004, "A love story about a rich kid in the Marine Corps who falls in love with an actress with schizophrenia.",
        cast=(CastMember("Rachael Leigh Cook"), CastMember("Jonathan Tucker")),
    )  # fmt: skip
    view = view_of([stateside])
    said = answer(view, "stateside the actress he falls for has what illness")
    assert not said.abstained and "schizophrenia" in said.answer
    # (the cast asked, however: the cast list)
    for question in (
        "who played in stateside",
        "stateside who else is in it",
        "which actors were in stateside",
        "stateside which two actresses",
        "who stars in stateside, the one where he falls for an actress",
    ):
        assert "Rachael Leigh Cook" in answer(view, question).answer, question


def test_where_a_story_is_set_is_a_place_it_names_not_the_countries_that_made_it() -> None:
    text = (
        "Last Stop to Queens is a 1989 drama film. The film is an international co-production between "
        "Germany, the UK, and the United States. It follows the working class underbelly of the Red Hook "
        "neighborhood during a strike."
    )
    view = view_of([review("Last Stop to Queens", 1989, text)])
    said = answer(view, "last stop to queens what neighborhood is it set in")
    assert "Red Hook" in said.answer and "co-production" not in said.answer
    # (a people's word before the thing asked names no such thing: "an American spy comedy")
    text = (
        "Agent Groovy is a 1997 American spy comedy film. The film is a parody of the James Bond films "
        "of the 1960s."
    )
    said = answer(
        view_of([review("Agent Groovy", 1997, text)]), "agent groovy which spy movies is it making fun of"
    )
    assert "James Bond" in said.answer


def test_a_title_inside_a_stars_name_is_no_film_of_that_title() -> None:
    bill = review("Wild Bill", 1995, "Wild Bill is a 1995 western.", cast=(CastMember("Jeff Bridges"),))
    star = review(
        "The Last Bandit",
        1949,
        "A western starring Wild Bill Elliott.",
        cast=(CastMember("Wild Bill Elliott"),),
    )
    val = review(
        "Val", 2021, "It follows the life and career of actor Val Kilmer.", cast=(CastMember("Val Kilmer"),)
    )
    view = view_of([bill, star, val])
    for question in (
        "frontiers of 49 wild bill elliott, who else is in it",
        "the salton sea val kilmer whats it about",
    ):
        said = answer(view, question)
        assert said.abstained and said.film is None, question
    assert answer(view, "wild bill 1995 cast").film == bill.film
    assert answer(view, "val 2021 whats it about").film == val.film


def test_a_part_by_its_surname_is_said_by_the_full_name_the_review_gives_it() -> None:
    text = (
        "Rhapsody Blue is a 2018 film that focuses on the life of Freddie Mercury, the lead singer of Queen. "
        "It stars Rami Malek as Mercury, with Lucy Boynton."
    )
    film = review(
        "Rhapsody Blue", 2018, text, cast=(CastMember("Rami Malek", "Mercury"), CastMember("Lucy Boynton"))
    )
    said = answer(view_of([film]), "rami malek's role in rhapsody blue")
    assert said.answer.startswith("Rami Malek plays Freddie Mercury")


def test_a_part_asked_by_a_short_form_of_its_first_name() -> None:
    film = review("The Finch", 2019, "It stars Ansel Elgort as Theodore Decker, a boy whose mother dies.",
                  cast=(CastMember("Ansel Elgort", "Theodore Decker"), CastMember("Nicole Kidman")))  # fmt: skip
    assert answer(view_of([film]), "who plays theo in the finch").answer.startswith(
        "Ansel Elgort plays Theodore"
    )


def test_words_right_before_a_title_that_its_film_never_says_make_a_longer_title() -> None:
    wanted = review(
        "Most Wanted", 1997, "Most Wanted is a 1997 action thriller about a framed marine sniper."
    )
    muppets = review("The Muppets", 2011, "The Muppets is a 2011 musical comedy film.")
    view = view_of([wanted, muppets])
    said = answer(view, "whats the plot of muppets most wanted")
    assert said.abstained and said.film is None and "“muppets most wanted”" in said.answer
    # (words its own text says are the question's: "the plot of the sniper most wanted")
    assert answer(view, "whats the plot of sniper most wanted").film == wanted.film


def test_the_real_events_a_film_draws_on_are_asked_apart_from_the_books_it_follows() -> None:
    text = (
        "Lola Banks 2 is a 2022 mystery film that adapts the book series The Lola Banks Mysteries by Nan Spring. "
        "Unlike its predecessor, the film takes real-life inspiration from the 1888 matchgirls' strike."
    )
    film = review("Lola Banks 2", 2022, text)
    facts = {
        film.review_id: ReviewFacts(
            sources=(
                SourceWork(
                    "The Lola Banks Mysteries",
                    author="Nan Spring",
                    kind="book series",
                    review_id=film.review_id,
                    evidence=text.split(". ", maxsplit=1)[0],
                ),
            )
        )
    }
    view = view_of([film], facts)
    said = answer(view, "lola banks 2 - what real event inspired it")
    assert "matchgirls' strike" in said.answer and not said.abstained
    assert "The Lola Banks Mysteries" in answer(view, "what is lola banks 2 based on").answer
    # (the sequel asked in a follow-up, then "what … inspired it": the sequel's, no title "event")
    first = review(
        "Lola Banks", 2020, "Lola Banks is a 2020 mystery film directed by Harry Brad.", director="Harry Brad"
    )
    view = view_of([first, film], facts)
    turn = answer(view, "who directed lola banks")
    said = answer(view, "and the sequel - what real event inspired it", context=turn.conversation)
    assert said.film == film.film and "matchgirls' strike" in said.answer


def test_another_one_with_the_same_name_is_the_other_film_of_that_title() -> None:
    old = review("Is Everybody Glad?", 1929, "Is Everybody Glad? is a 1929 musical directed by Archie May.",
                 director="Archie May")  # fmt: skip
    new = review("Is Everybody Glad?", 1943, "Is Everybody Glad? is a 1943 musical film.")
    other = review(
        "Blues Town", 1929, "Blues Town is a 1929 short. It was made the same year as Is Everybody Glad?."
    )
    view = view_of([old, new, other])
    turn = answer(view, "is everybody glad 1929 - who directed")
    said = answer(
        view, "did he do another one with the same name later? what year", context=turn.conversation
    )
    assert said.film == new.film


def test_the_opening_of_a_longer_title_with_small_words_inside_it_is_no_film_of_ours() -> None:
    heels = review("High Heels", 1921, "High Heels is a 1921 silent comedy about a rich girl.")
    eleven = review("Eleven Friends", 2001, "Eleven Friends follows Danny and his right hand man Rusty Ryan.",
                    cast=(CastMember("Brad Pitts", "Rusty Ryan"),))  # fmt: skip
    view = view_of([heels, eleven])
    said = answer(view, "satan in high heels who stars")
    assert said.abstained and said.film is None and "“satan in high heels”" in said.answer
    # (a word its film's text says is the question's: the part asked in that film)
    assert answer(view, "rusty in eleven friends who plays him").film == eleven.film


def test_a_question_word_typed_short_or_misspelt_opens_no_longer_title() -> None:
    pizza = review(
        "Mystic Pizza", 1988, "Mystic Pizza is a 1988 comedy.", cast=(CastMember("Julia Roberts"),)
    )
    horde = review("The Conquering Horde", 1931, "The Conquering Horde is a 1931 Western directed by Edward Sloman.",
                   director="Edward Sloman")  # fmt: skip
    view = view_of([pizza, horde])
    assert answer(view, "ppl in mystic pizza").film == pizza.film
    assert "Edward Sloman" in answer(view, "directer of the conquering horde (1931)?").answer


def test_the_sequel_asked_with_a_part_that_is_also_a_title() -> None:
    creepers = review(
        "Creepers", 2001, "Creepers is a horror film.", cast=(CastMember("Jon Breck", "Creeper"),)
    )
    two = review(
        "Creepers II",
        2003,
        "It is the sequel to Creepers. Ray Wise appears as Jack Taggart, a farmer who hunts the Creeper.",
        cast=(CastMember("Ray Wise", "Jack Taggart"),),
    )
    farmer = review("The Farmer", 1977, "The Farmer is a 1977 crime film.", director="David Berlatsky")
    view = view_of([creepers, two, farmer])
    turn = answer(view, "who plays the creeper in creepers 2001")
    for question in (
        "and in the sequel who plays the farmer hunting it",
        "and in the sequel who plays the cop",
    ):
        then = answer(view, question, context=turn.conversation)
        assert then.film == two.film, question
    assert (
        "Ray Wise" in answer(view, "and in the sequel who plays the farmer", context=turn.conversation).answer
    )


def test_a_version_of_the_year_said_while_its_title_is_the_part_asked() -> None:
    old = review("Ivanhoe", 1952, "Ivanhoe is a 1952 film.", director="Richard Thorpe")
    tv = review(
        "Ivanhoe",
        1982,
        "Ivanhoe is a 1982 television film.",
        cast=(CastMember("Anthony Andrews", "Ivanhoe"),),
    )
    view = view_of([old, tv])
    turn = answer(view, "who directed ivanhoe 1952")
    then = answer(view, "and the tv one from 82, who plays ivanhoe", context=turn.conversation)
    assert then.film == tv.film and "Anthony Andrews" in then.answer


def test_someones_last_title_and_a_title_before_its_star_are_films_we_lack() -> None:
    raid = review("The Raid", 1954, "The Raid is a 1954 war film.", cast=(CastMember("Van Heflin"),))
    lloyd = review(
        "Safety Last!",
        1923,
        "Safety Last! is a comedy film starring Harold Lloyd.",
        cast=(CastMember("Harold Lloyd"),),
    )
    view = view_of([raid, lloyd])
    said = answer(view, "who was in sunlights last raid")
    assert said.abstained and said.film is None
    said = answer(view, "lukes washful waiting harold lloyd short, who else is in it")
    # (the title typed is the words before the star's name)
    assert said.abstained and "“lukes washful waiting”" in said.answer
    assert not answer(view, "safety last harold lloyd, who else is in it").abstained


def test_the_form_of_a_film_after_its_title_says_which_version() -> None:
    films = [
        review(
            "The Phantom", 1931, "The Phantom is a 1931 mystery film.", cast=(CastMember("Guinn Williams"),)
        ),
        review(
            "The Phantom",
            1943,
            "The Phantom is a 1943 serial.",
            cast=(CastMember("Tom Tyler", "The Phantom"), CastMember("Jeanne Bates", "Diana Palmer")),
        ),
    ]
    said = answer(view_of(films), "who plays diana palmer in the phantom serial from 43")
    assert said.film == films[1].film and "Jeanne Bates" in said.answer


def test_where_it_was_shot_answers_which_city_they_shot_it_in() -> None:
    robo = review(
        "RoboCop 3",
        1993,
        "RoboCop 3 is a 1993 American science fiction action film. Set in Detroit, Michigan, a city where "
        "police actually shoot the residents they should protect, the plot centers on RoboCop saving the "
        "city. It was filmed in Atlanta, Georgia.",
    )
    said = answer(view_of([robo]), "robocop 3 which city did they actually shoot it in")
    assert "Atlanta" in said.answer and "Detroit" not in said.answer


def test_the_title_character_by_the_full_name_the_reviews_give() -> None:
    limpet = review(
        "The Incredible Mr. Limpet",
        1964,
        "It is about a man named Henry Limpet who turns into a talking fish. Don Knotts plays the title character.",
    )
    credit = Credit(
        "Don Knotts", "cast", character="The Incredible Mr. Limpet", description="title character",
        evidence="Don Knotts plays the title character.", review_id=limpet.review_id, how="credits", confidence=0.6,
    )  # fmt: skip
    view = view_of([limpet], {limpet.review_id: ReviewFacts(credits=(credit,))})
    said = answer(view, "who does don knotts play in the incredible mr limpet")
    assert said.answer.startswith("Don Knotts plays Henry Limpet")


def test_a_part_asked_by_another_form_of_a_word_said_of_it() -> None:
    west = review(
        "Once Upon a Time in the West",
        1969,
        "It stars Henry Fonda as a killer, Charles Bronson as his nemesis, Jason Robards as a bandit, and "
        "Claudia Cardinale as a newly widowed homesteader.",
    )
    sentence = west.text
    credits = tuple(
        Credit(person, "cast", description=part, evidence=sentence, review_id=west.review_id, how="credits",
               confidence=0.7)
        for person, part in (("Charles Bronson", "nemesis"), ("Jason Robards", "bandit"),
                             ("Claudia Cardinale", "homesteader"))
    )  # fmt: skip
    view = view_of([west], {west.review_id: ReviewFacts(credits=credits)})
    said = answer(view, "once upon a time in the west who plays the widow")
    assert said.answer.startswith("Claudia Cardinale")


def test_a_place_written_only_inside_another_films_title_is_not_where_the_story_is() -> None:
    penguin = review(
        "The Penguin Pool Murder",
        1932,
        "The Penguin Pool Murder is a 1932 mystery film starring Edna May Oliver as a witness in a murder case "
        "at the New York Aquarium. It is the first in a trilogy including Murder on a Honeymoon, in which Oliver "
        "and Gleason team up.",
    )
    honeymoon = review("Murder on a Honeymoon", 1935, "Murder on a Honeymoon is a 1935 mystery film.")
    # (the place reader took "Honeymoon" for a place)
    view = view_of([penguin, honeymoon], {penguin.review_id: ReviewFacts(places=("Honeymoon",))})
    said = answer(view, "where does the penguin pool murder take place")
    assert "Aquarium" in said.answer and "trilogy" not in said.answer


def test_a_film_the_story_names_answers_what_movie() -> None:
    banks = review(
        "Saving Mr. Banks",
        2013,
        "Centered on the development of the 1964 film Mary Poppins, the film stars Emma Thompson as author "
        "P. L. Travers and Tom Hanks as Walt Disney. Saving Mr. Banks depicts the author's childhood in "
        "Queensland and the meetings in Los Angeles during which Disney tries to obtain the rights to her novels.",
    )
    said = answer(view_of([banks]), "saving mr banks is about disney trying to make what movie")
    assert "Mary Poppins" in said.answer and not said.abstained


def test_who_wrote_the_story_of_a_film_based_on_no_work_is_its_writer() -> None:
    way = review(
        "The Straight Way", 1916, "The Straight Way is a 1916 silent drama film written by Will Davis."
    )
    credit = Credit(
        "Will Davis", "writer", evidence=way.text, review_id=way.review_id, how="credits", confidence=0.8
    )
    view = view_of([way], {way.review_id: ReviewFacts(credits=(credit,))})
    said = answer(
        view,
        "the straight way 1916 who wrote the story",
    )
    assert not said.abstained and "Will Davis" in said.answer and "no work" in said.answer
    # (where the story came from is no question its writer answers)
    assert answer(view, "where did the straight way's story come from").abstained
    # (no writer credited either: said so, nothing made up)
    said = answer(view_of([way]), "the straight way 1916 who wrote the story")
    assert said.abstained and said.film == way.film


def test_a_part_named_only_by_the_subtitled_film_of_the_title() -> None:
    solo = review(
        "Solo", 1996, "Solo is a 1996 science fiction film.", cast=(CastMember("Mario van Peebles"),)
    )
    star = review(
        "Solo: A Star Wars Story",
        2018,
        "It centers on the character Han Solo. Alden Ehrenreich stars as Han Solo.",
    )
    credit = Credit(
        "Alden Ehrenreich", "cast", character="Han Solo", evidence="Alden Ehrenreich stars as Han Solo.",
        review_id=star.review_id, how="credits", confidence=0.8,
    )  # fmt: skip
    view = view_of([solo, star], {star.review_id: ReviewFacts(credits=(credit,))})
    said = answer(view, "who plays han solo in solo")
    assert said.film == star.film and "Alden Ehrenreich" in said.answer
    assert answer(view, "who directed solo").film == solo.film


def test_a_part_read_as_its_size_is_what_the_evidence_says_after_as() -> None:
    wild = review(
        "Wild Company",
        1930,
        "Although Bela Lugosi had a relatively brief role in this film as a nightclub owner, his murder matters.",
    )
    credit = Credit(
        "Bela Lugosi", "cast", description="brief role", evidence=wild.text, review_id=wild.review_id,
        how="credits", confidence=0.7,
    )  # fmt: skip
    view = view_of([wild], {wild.review_id: ReviewFacts(credits=(credit,))})
    said = answer(view, "wild company who plays the nightclub owner")
    assert not said.abstained and "Bela Lugosi" in said.answer and "nightclub owner" in said.answer


def test_a_part_by_its_name_then_whose_it_is() -> None:
    hard = review(
        "Hard Times",
        1975,
        "It stars Charles Bronson as Chaney, a drifter who forms a partnership with the hustler Speed, "
        "played by James Coburn.",
    )
    credits = (
        _cast_read(hard, "Charles Bronson", how="credits", confidence=0.8, character="Chaney", description="drifter"),
        _cast_read(hard, "James Coburn", how="credits", confidence=0.8, character="Speed", description="hustler"),
    )  # fmt: skip
    view = view_of([hard], {hard.review_id: ReviewFacts(credits=credits)})
    said = answer(view, "hard times 1975 who plays speed, bronsons fast talking partner")
    assert said.answer.startswith("James Coburn plays Speed")


def test_another_films_title_beside_a_title_may_be_its_series_or_a_part_in_it() -> None:
    west = review(
        "West of the Law",
        1942,
        "This is the eighth film in Monogram Pictures' Rough Riders series, and stars Raymond Hatton as "
        "Marshal Sandy Hopkins.",
    )
    riders = review("Rough Riders", 1997, "Rough Riders is a 1997 television film about the war of 1898.")
    green = review(
        "The Woman in Green",
        1945,
        "It stars Basil Rathbone as Sherlock Holmes and Henry Daniell as Moriarty.",
    )
    holmes = review("Sherlock Holmes", 1922, "Sherlock Holmes is a 1922 silent mystery film.")
    alien = review("Alien", 1979, "Alien is a 1979 horror film. It was followed by Alien: Covenant.")
    covenant = review("Covenant", 2006, "Covenant is a 2006 horror film.")
    view = view_of([west, riders, green, holmes, alien, covenant])
    assert answer(view, "west of the law rough riders - whos marshal sandy hopkins").film == west.film
    assert answer(view, "woman in green sherlock holmes, who's moriarty").film == green.film
    # (another film's title the reviews write otherwise is a longer title we lack)
    said = answer(view, "alien covenant who directed")
    assert said.abstained and said.film is None


def test_the_title_role_by_the_name_said_to_go_by_the_title() -> None:
    cid = review(
        "El Cid",
        1961,
        'The film is based on the life of the warlord Rodrigo Díaz de Vivar, called "El Cid". The film stars '
        "Charlton Heston in the title role and Sophia Loren as Doña Jimena.",
    )
    barfi = review(
        "Barfi!",
        2012,
        'The film stars Ranbir Kapoor as the eponymous lead. The film is about Murphy "Barfi" Johnson, a young boy.',
    )
    facts = {
        cid.review_id: ReviewFacts(credits=(_cast_read(cid, "Charlton Heston", how="credits", confidence=0.7, character="El Cid", description="title role"),)),
        barfi.review_id: ReviewFacts(credits=(_cast_read(barfi, "Ranbir Kapoor", how="credits", confidence=0.7, character="Barfi!", description="lead"),)),
    }  # fmt: skip
    view = view_of([cid, barfi], facts)
    assert answer(view, "heston in el cid who is he exactly").answer.startswith(
        "Charlton Heston plays Rodrigo Díaz de Vivar"
    )
    assert answer(view, "ranbir kapoor's role in barfi").answer.startswith(
        'Ranbir Kapoor plays Murphy "Barfi" Johnson'
    )


def test_who_is_an_actor_in_a_film_asks_their_part() -> None:
    zoo = review("Zoo in Budapest", 1933, "O.P. Heggie plays Dr. Grunbaum, the zoo's doctor.")
    credit = Credit(
        "O.P. Heggie", "cast", character="Dr. Grunbaum", description="doctor", evidence=zoo.text,
        review_id=zoo.review_id, how="plays", confidence=0.7,
    )  # fmt: skip
    view = view_of([zoo], {zoo.review_id: ReviewFacts(credits=(credit,))})
    assert answer(view, "who is o.p. heggie in zoo in budapest").answer.startswith(
        "O.P. Heggie plays Dr. Grunbaum"
    )


def test_and_the_leads_asks_the_cast_of_the_film_talked_about() -> None:
    grand = review(
        "Grand Exit", 1935, "Grand Exit is a 1935 crime film.", director="Erle Kenton",
        cast=(CastMember("Edmund Lowe"), CastMember("Ann Sothern")),
    )  # fmt: skip
    view = view_of([grand])
    turn = answer(view, "quick q who directed grand exit")
    said = answer(view, "and the leads?", context=turn.conversation)
    assert said.film == grand.film and "Edmund Lowe" in said.answer


def test_the_other_version_by_those_named_when_a_word_of_their_name_is_a_title() -> None:
    keaton = review(
        "Go West",
        1925,
        "Go West is a 1925 silent comedy film directed by Buster Keaton.",
        director="Buster Keaton",
    )
    marx = review(
        "Go West", 1940, "Go West is a 1940 comedy film starring the Marx Bros.", director="Edward Buzzell",
        cast=(CastMember("Marx Brothers"),),
    )  # fmt: skip
    brothers = review("Brothers", 1977, "Brothers is a 1977 drama film.", director="Arthur Barron")
    view = view_of([keaton, marx, brothers])
    turn = answer(view, "who made go west 1925")
    said = answer(view, "and the marx brothers version who directed it", context=turn.conversation)
    assert said.film == marx.film and "Edward Buzzell" in said.answer


def test_a_version_said_not_to_be_meant_keeps_or_turns_the_talk() -> None:
    films = [
        review("The Hook", 1963, "The Hook is a 1963 Korean War film.", director="George Seaton"),
        review(
            "Hook",
            1991,
            "Hook is a 1991 adventure film directed by Steven Spielberg.",
            director="Steven Spielberg",
        ),
    ]
    view = view_of(films)
    # "not the spielberg one": the film talked about is not his, so it stays the film
    first = answer(view, "who directed the hook 1963")
    said = answer(view, "not the spielberg one lol", context=first.conversation)
    assert said.film == films[0].film, said.answer
    again = answer(view, "who directed it", context=said.conversation)
    assert again.film == films[0].film and "George Seaton" in again.answer
    # and turns it when it is his
    first = answer(view, "who directed hook 1991")
    said = answer(view, "no, not the spielberg one", context=first.conversation)
    assert said.film == films[0].film, said.answer


def test_a_sequel_said_not_to_be_meant_is_not_the_film_answered() -> None:
    sequel = review(
        "Snake Eater II: The Drug Buster",
        1990,
        "Snake Eater II: The Drug Buster is a 1990 action film.",
        director="George Erschbamer",
    )
    said = answer(
        view_of([sequel]),
        "snake eater with lorenzo lamas, the first one not the drug buster sequel - who directed",
    )
    assert said.abstained and said.film is None and "Erschbamer" not in said.answer


def test_a_year_and_a_kind_of_film_said_with_a_title_or_of_the_title_talked_about() -> None:
    films = [
        review("The Intruder", 1933, "The Intruder is a 1933 crime film.", director="Albert Ray"),
        review("Intruder", 1989, "Intruder is a 1989 American slasher film.", director="Scott Spiegel"),
        review(
            "Dont Look Back",
            1967,
            "Dont Look Back is a 1967 documentary film of a Bob Dylan tour.",
            director="D. A. Pennebaker",
        ),
        review("Don't Look Back", 1996, "Don't Look Back is a 1996 thriller film.", director="Geoff Murphy"),
    ]
    view = view_of(films)
    first = answer(view, "the intruder 1933 who directed")
    said = answer(view, "ok what about the 89 slasher just called intruder", context=first.conversation)
    assert said.film == films[1].film and "Scott Spiegel" in said.answer, said.answer
    first = answer(view, "who made dont look back 1967")
    said = answer(
        view, "theres also a 96 hbo thriller called that right? who directed it", context=first.conversation
    )
    assert said.film == films[3].film and "Geoff Murphy" in said.answer, said.answer


def test_the_series_named_of_the_film_talked_about_keeps_the_film() -> None:
    films = [
        review(
            "Maisie",
            1939,
            "Maisie is a 1939 comedy film, the first of ten Maisie films.",
            director="Edwin L. Marin",
        ),
        review(
            "Up Goes Maisie",
            1946,
            "Up Goes Maisie is a 1946 comedy film, the ninth of ten films in the Maisie series.",
            director="Harry Beaumont",
        ),
    ]
    view = view_of(films)
    first = answer(view, "who directed up goes maisie")
    said = answer(view, "which film in the maisie series is it, like number what", context=first.conversation)
    assert said.film == films[1].film, said.answer
    assert (
        answer(view, "who directed the first maisie film", context=first.conversation).film == films[0].film
    )


def test_a_word_for_a_part_after_the_title_goes_on_with_it_when_another_part_is_asked() -> None:
    tom = review(
        "Tom Sawyer",
        1973,
        "Tom Sawyer is a 1973 musical film. It stars Jeff East as Huckleberry Finn and Jodie Foster as Becky Thatcher.",
    )
    jaws = review(
        "Jaws",
        1975,
        "Jaws is a 1975 thriller. It stars Roy Scheider as police chief Martin Brody, a sheriff.",
    )
    view = view_of([tom, jaws])
    said = answer(view, "tom sawyer detective who plays huck")
    assert said.abstained and said.film is None and "tom sawyer detective" in said.answer, said.answer
    assert answer(view, "tom sawyer who plays huck").film == tom.film
    assert answer(view, "jaws sheriff who plays him").film == jaws.film


def test_words_before_of_and_a_title_typed_with_its_article_are_a_longer_title_we_lack() -> None:
    hawk = review(
        "The Hawk", 1931, "The Hawk is a 1931 Western film about a bandit.", director="Jacques Jaccard"
    )
    titanic = review(
        "Titanic", 1997, "Titanic is a 1997 film based on accounts of the sinking of the RMS Titanic."
    )
    view = view_of([hawk, titanic])
    said = answer(view, "tell me about the hunting of the hawk")
    assert said.abstained and said.film is None and "the hunting of the hawk" in said.answer
    # (what is asked of a film, or a word of its story, is no title)
    assert answer(view, "tell me about the making of the hawk").film == hawk.film
    assert answer(view, "what year was the sinking of the titanic").film == titanic.film


def test_a_number_between_a_title_and_a_year_goes_on_with_a_longer_title() -> None:
    films = [
        review("Deadline", 1948, "Deadline is a 1948 Western.", director="Oliver Drake"),
        review("The Dead Line", 1920, "The Dead Line is a 1920 drama.", director="Dell Henderson"),
    ]
    said = answer(view_of(films), "deadline at eleven 1920 - who directed it")
    assert said.abstained and said.film is None and "Dell Henderson" not in said.answer
    assert answer(view_of(films), "the dead line 1920 who directed").film == films[1].film


def test_a_version_said_by_a_name_among_other_words_of_no_film_we_have_is_not_answered() -> None:
    cyclone = review("Cyclone", 1987, "Cyclone is a 1987 action film.", director="Fred Olen Ray")
    tyler = review(
        "Riders of the Range",
        1930,
        "Riders of the Range is a Western starring Tom Tyler.",
        director="Robert Bradbury",
        cast=(CastMember("Tom Tyler"),),
    )
    said = answer(view_of([cyclone, tyler]), "cyclone of the range tom tyler one - who directed")
    assert said.abstained and "Fred Olen Ray" not in said.answer
    # (names the film's reviews give, among words of its story, say it)
    clue = review(
        "Get a Clue",
        1997,
        "Get a Clue is a 1997 mystery film starring Ray Walston and Diane Ladd.",
        director="Maggie Greenwald",
        cast=(CastMember("Ray Walston"), CastMember("Diane Ladd")),
    )
    said = answer(view_of([clue, tyler]), "get a clue, the ray walston mystery one - who directed")
    assert "Maggie Greenwald" in said.answer, said.answer


def test_credits_leads_and_a_stars_part_asked_in_the_ways_people_type_them() -> None:
    accused = review(
        "The Accused", 1988, "The Accused is a 1988 drama.", director="Jonathan Kaplan", writer="Tom Topor"
    )
    brigade = review(
        "The Fire Brigade",
        1926,
        "The Fire Brigade is a 1926 drama. The film stars May McAvoy and Charles Ray.",
        cast=(CastMember("May McAvoy"), CastMember("Charles Ray")),
    )
    heat = review(
        "Heat",
        1995,
        "Heat is a 1995 crime film. It stars Al Pacino as Vincent Hanna, a detective.",
        cast=(CastMember("Al Pacino", "Vincent Hanna"),),
    )
    other = review("Heat", 1986, "Heat is a 1986 thriller starring Burt Reynolds.")
    view = view_of([accused, brigade, heat, other])
    assert "Tom Topor" in answer(view, "whos credited with writing the accused (1988)").answer
    leads = answer(view, "the fire brigade (1926) - name the leads pls")
    assert not leads.abstained and "May McAvoy" in leads.answer
    for question in ("heat 95, al pacino's character?", "heat, al pacino's character?"):
        said = answer(view, question)
        assert said.film == heat.film and "Vincent Hanna" in said.answer, question


def test_a_title_and_its_star_set_off_before_what_is_asked_by_name() -> None:
    hud = review(
        "Hud",
        1963,
        "Hud is a 1963 drama starring Paul Newman, based on Larry McMurtry's novel Horseman, Pass By.",
    )
    paul = review("Paul", 2011, "Paul is a 2011 comedy.")
    facts = {
        hud.review_id: ReviewFacts(
            credits=(Credit("Paul Newman", "cast", review_id=hud.review_id),),
            sources=(
                SourceWork(
                    "Horseman, Pass By", author="Larry McMurtry", kind="novel", review_id=hud.review_id
                ),
            ),
        )
    }
    said = answer(view_of([hud, paul], facts), "hud paul newman - the book it came from?")
    assert said.film == hud.film and "McMurtry" in said.answer, said.answer


def test_a_year_alone_in_a_talk_is_that_years_film_of_the_title_talked_about() -> None:
    films = [
        review(
            "Dr. Jekyll and Mr. Hyde", 1931, "Dr. Jekyll and Mr. Hyde is a 1931 film starring Fredric March."
        ),
        review(
            "Dr. Jekyll and Mr. Hyde", 1941, "Dr. Jekyll and Mr. Hyde is a 1941 film starring Spencer Tracy."
        ),
        review("1941", 1979, "1941 is a 1979 comedy film.", director="Steven Spielberg"),
    ]
    view = view_of(films)
    first = answer(view, "who is in the 1931 dr jekyll and mr hyde")
    assert answer(view, "what about 1941", context=first.conversation).film == films[1].film
    # (with no such version, the film titled by the year)
    jaws = answer(view_of([*films, review("Jaws", 1975, "Jaws is a 1975 film.")]), "who is in jaws")
    assert answer(view, "what about 1941", context=jaws.conversation).film == films[2].film


def test_a_part_the_title_names_said_alone_in_a_talk_of_parts() -> None:
    bride = review(
        "Bride of Frankenstein",
        1935,
        "Bride of Frankenstein is a 1935 film. It stars Boris Karloff as the Monster and Elsa Lanchester.",
        cast=(CastMember("Boris Karloff", "the Monster"), CastMember("Elsa Lanchester")),
    )
    other = review("The Bride", 1985, "The Bride is a 1985 film starring Sting and Jennifer Beals.")
    view = view_of([bride, other])
    first = answer(view, "who plays the monster in bride of frankenstein")
    for question in ("and the bride herself", "and the bride?"):
        said = answer(view, question, context=first.conversation)
        assert said.film == bride.film and "Lanchester" in said.answer, (question, said.answer)


def test_a_part_told_with_the_story_answers_a_story_question() -> None:
    soup = review(
        "Duck Soup",
        1933,
        "Duck Soup is a 1933 comedy film starring the Marx Brothers. In the film, Groucho portrays the newly "
        "installed president of the mythical country of Freedonia. Zeppo is his secretary, while Chico and "
        "Harpo are spies for the neighboring country of Sylvania.",
    )
    said = answer(view_of([soup]), "duck soup groucho is president of what country")
    assert "Freedonia" in said.answer, said.answer
    from index.answer.handlers.plot import _sentences

    # (read as the story, not as a line about the making: a story question may quote it first)
    told = {s.text: s.meta for s in _sentences(view_of([soup]), soup.film)}
    assert not told[
        "In the film, Groucho portrays the newly installed president of the mythical country of Freedonia."
    ]
    assert told["Duck Soup is a 1933 comedy film starring the Marx Brothers."]


def test_someones_kin_by_the_family_name_of_a_part_named_by_it_alone() -> None:
    hour = review(
        "Darkest Hour",
        2017,
        "Darkest Hour is a 2017 war drama. It stars Gary Oldman as Churchill, alongside Kristin Scott Thomas as "
        "Clementine Churchill and Lily James as Elizabeth Layton.",
        cast=(
            CastMember("Gary Oldman", "Churchill"),
            CastMember("Kristin Scott Thomas", "Clementine Churchill"),
            CastMember("Lily James", "Elizabeth Layton"),
        ),
    )
    for question in (
        "who plays churchills wife in darkest hour",
        "who plays churchill's wife in darkest hour",
    ):
        said = answer(view_of([hour]), question)
        assert not said.abstained and "Kristin Scott Thomas" in said.answer, (question, said.answer)


def test_a_numbered_sequel_told_by_a_sentence_going_on_after_the_first_films_title() -> None:
    second = review(
        "Ghost Rider: Spirit of Vengeance",
        2012,
        "Ghost Rider: Spirit of Vengeance is a 2011 superhero film. It is a sequel to the 2007 film Ghost Rider "
        "and features Nicolas Cage reprising his role as Johnny Blaze.",
        director="Mark Neveldine",
    )
    western = review("The Ghost Rider", 1943, "The Ghost Rider is a 1943 Western.", director="Wallace Fox")
    said = answer(view_of([second, western]), "who directed ghost rider 2")
    assert said.film == second.film and "Mark Neveldine" in said.answer, said.answer
    # (a title going on with "and" is still read whole)
    dumber = review(
        "Dumb and Dumber To",
        2014,
        "Dumb and Dumber To is a 2014 comedy, the sequel to Dumb and Dumber.",
        director="Peter Farrelly",
    )
    assert answer(view_of([dumber]), "who directed dumb and dumber 2").film == dumber.film


def test_parts_asked_in_other_shapes_than_who_plays() -> None:
    report = review(
        "Minority Report",
        2002,
        "Minority Report is a 2002 science fiction film directed by Steven Spielberg. It stars Tom Cruise as "
        "Precrime Chief John Anderton and Max von Sydow as Lamar Burgess, the director of Precrime.",
        director="Steven Spielberg",
        cast=(CastMember("Tom Cruise", "John Anderton"), CastMember("Max von Sydow", "Lamar Burgess")),
    )
    blackie = review("Boston Blackie", 1923, "Boston Blackie is a 1923 silent crime film.")
    night = review(
        "One Mysterious Night",
        1944,
        "One Mysterious Night is a 1944 crime film starring Chester Morris as Boston Blackie.",
        cast=(CastMember("Chester Morris", "Boston Blackie"),),
    )
    view = view_of([report, blackie, night])
    said = answer(view, "who's the precrime director in minority report")
    assert said.kind == "cast" and "Max von Sydow" in said.answer, said.answer
    assert "Steven Spielberg" in answer(view, "who's the film director in minority report").answer
    said = answer(view, "boston blackie in one mysterious night is played by")
    assert said.film == night.film and "Chester Morris" in said.answer, said.answer


def test_a_title_typed_before_a_word_of_its_longer_title() -> None:
    saga = review(
        "The Twilight Saga: New Moon",
        2009,
        "The Twilight Saga: New Moon is a 2009 film starring Taylor Lautner as Jacob Black.",
        cast=(CastMember("Taylor Lautner", "Jacob Black"),),
    )
    operetta = review("New Moon", 1930, "New Moon is a 1930 musical film.")
    said = answer(view_of([saga, operetta]), "new moon twilight who plays jacob")
    assert said.film == saga.film and "Taylor Lautner" in said.answer, said.answer


def test_a_star_named_before_the_question_says_which_film_not_another_films_review() -> None:
    later = review(
        "Ransom",
        1996,
        "Ransom is a 1996 thriller film directed by Ron Howard, about the kidnapping of a rich man's son. "
        "In 1956, it was adapted into the feature film, "
        "Ransom!, starring Glenn Ford, Donna Reed, and Leslie Nielsen.",
        cast=(CastMember("Mel Gibson"), CastMember("Glenn Ford")),
    )
    earlier = review(
        "Ransom!",
        1956,
        "Ransom! is a 1956 crime drama film about the kidnapping of the son of a wealthy couple.",
        director="Alex Segal",
        cast=(CastMember("Glenn Ford"),),
    )
    view = view_of([later, earlier])
    said = answer(view, "in ransom! with glenn ford who gets kidnapped")
    assert said.film == earlier.film and "son of a wealthy couple" in said.answer, said.answer
    said = answer(view, "ransom with glenn ford, who directed it")
    assert said.film == earlier.film and "Alex Segal" in said.answer and "also have" not in said.answer, (
        said.answer
    )
    from index.answer.resolve import _only_of_another_film

    # (the later film's review names him only in telling of the earlier one, "In 1956, …")
    assert _only_of_another_film(view, later.film, "glenn ford")
    assert not _only_of_another_film(view, earlier.film, "glenn ford")


def test_the_part_a_title_names_is_read_as_its_one_star_s() -> None:
    jekyll = review(
        "Dr. Jekyll and Mr. Hyde",
        1920,
        "Dr. Jekyll and Mr. Hyde is a 1920 silent horror film. The film, which stars John Barrymore, is an "
        "adaptation of the novella by Robert Louis Stevenson.",
        cast=(CastMember("John Barrymore"),),
    )
    said = answer(view_of([jekyll]), "dr jekyll and mr hyde 1920 who played jekyll")
    assert not said.abstained and "John Barrymore" in said.answer and "probably" in said.answer, said.answer
    # (of two stars, neither is said to be the part)
    pair = replace(jekyll, cast=(CastMember("John Barrymore"), CastMember("Nita Naldi")))
    assert answer(view_of([pair]), "dr jekyll and mr hyde 1920 who played jekyll").abstained


def test_a_kind_of_thing_asked_is_not_the_kind_of_film() -> None:
    peak = review(
        "Dante's Peak",
        1997,
        "Dante's Peak is a 1997 American disaster thriller film directed by Roger Donaldson. The film is set in "
        "the fictional town of Dante's Peak where the inhabitants fight to survive a volcanic eruption.",
    )
    said = answer(view_of([peak]), "what kind of disaster hits the town in dantes peak")
    assert "volcanic eruption" in said.answer and "disaster thriller" not in said.answer, said.answer


def test_a_talk_goes_on_through_chatter_a_name_of_its_cast_and_common_words_after_it() -> None:
    wave = review(
        "Tropical Heat Wave",
        1952,
        "Tropical Heat Wave is a 1952 musical film directed by R. G. Springsteen and starring Estelita Rodriguez. "
        "It was one of the studio's last films shot in black and white rather than color.",
        director="R. G. Springsteen",
        cast=(CastMember("Estelita Rodriguez"),),
    )
    hills = review(
        "The Burning Hills",
        1956,
        "The Burning Hills is a 1956 Western based on a novel by Louis L'Amour.",
        director="Stuart Heisler",
    )
    view = view_of([wave, hills])
    talk = answer(view, "watching tropical heat wave rn lol")
    talk = answer(view, "estelita rodriguez is great", context=talk.conversation)
    said = answer(view, "who directed it", context=talk.conversation)
    assert said.film == wave.film and "Springsteen" in said.answer, said.answer
    said = answer(view, "was it shot in color", context=talk.conversation)
    assert said.film == wave.film and "no reviews" not in said.answer, said.answer
    talk = answer(view, "who stars in the burning hills")
    said = answer(view, "ok cool and who directed it", context=talk.conversation)
    assert said.film == hills.film and "Stuart Heisler" in said.answer, said.answer


def test_a_part_asked_in_a_title_held_by_a_longer_one_whose_reviews_name_it() -> None:
    saga = review(
        "The Twilight Saga: New Moon",
        2009,
        "The Twilight Saga: New Moon is a 2009 film starring Kristen Stewart as Bella Swan.",
        cast=(CastMember("Kristen Stewart", "Bella Swan"), CastMember("Robert Pattinson", "Edward Cullen")),
    )
    operettas = [review("New Moon", y, f"New Moon is a {y} musical film.") for y in (1930, 1940)]
    view = view_of([saga, *operettas])
    said = answer(view, "who plays bella in new moon")
    assert said.film == saga.film and "Kristen Stewart" in said.answer, said.answer
    assert "Robert Pattinson" in answer(view, "and edward?", context=said.conversation).answer


def test_a_performer_asked_by_what_they_are_gets_the_cast_when_no_part_is_called_so() -> None:
    short = review(
        "Just Neighbors",
        1919,
        "Just Neighbors is a 1919 American short comedy film featuring Harold Lloyd.",
        cast=(CastMember("Harold Lloyd"), CastMember("Snub Pollard")),
    )
    said = answer(view_of([short]), "whos the comedian in just neighbors (1919)")
    assert not said.abstained and "Harold Lloyd" in said.answer, said.answer
    # (a part described so is still the part: "the comic" of a story)
    assert answer(view_of([short]), "who plays the mailman in just neighbors (1919)").abstained


def test_a_part_asked_twice_over_whose_it_is_then_what_it_is() -> None:
    house = review(
        "Road House",
        1989,
        "Road House is a 1989 action film starring Patrick Swayze as a cooler. Sam Elliott co-stars as a bouncer, "
        "the mentor, friend, and foil of Swayze's character. The cast also includes Kelly Lynch as Swayze's love "
        "interest.",
    )
    rid = house.review_id
    facts = {
        rid: ReviewFacts(
            credits=(
                Credit("Patrick Swayze", "cast", description="cooler", review_id=rid, confidence=0.8),
                Credit(
                    "Sam Elliott",
                    "cast",
                    description="bouncer",
                    review_id=rid,
                    confidence=0.8,
                    evidence="Sam Elliott co-stars as a bouncer, the mentor, friend, and foil of Swayze's character.",
                ),
                Credit(
                    "Kelly Lynch",
                    "cast",
                    description="love interest",
                    of="Patrick Swayze",
                    review_id=rid,
                    confidence=0.8,
                    evidence="The cast also includes Kelly Lynch as Swayze's love interest.",
                ),
            )
        )
    }
    said = answer(view_of([house], facts), "road house 89 who plays swayzes mentor, the older bouncer")
    assert "Sam Elliott" in said.answer and "Kelly Lynch" not in said.answer, said.answer
    from index.answer.handlers.cast import _APPOSED_PARTS

    # (each reading is tried: whose part it is, and what it is)
    found = _APPOSED_PARTS.fullmatch("swayzes mentor the older bouncer")
    assert found is not None and found.groups() == ("swayzes mentor", "the older bouncer")


def test_words_joined_on_to_a_title_and_set_off_from_the_question_make_a_longer_title() -> None:
    academy = review(
        "Military Academy",
        1940,
        "Military Academy is a 1940 drama film set at a military school.",
        director="D. Ross Lederman",
    )
    heat = review(
        "Heat",
        1995,
        "Heat is a 1995 crime film starring Al Pacino.",
        director="Michael Mann",
        cast=(CastMember("Al Pacino"),),
    )
    view = view_of([academy, heat])
    said = answer(view, "military academy with that tenth avenue gang - who directed it")
    assert said.abstained and "Lederman" not in said.answer, said.answer
    assert "Michael Mann" in answer(view, "heat with pacino - who directed it").answer


def test_a_name_or_words_a_title_goes_on_with_are_a_longer_title_we_lack() -> None:
    back = review("The Return", 2006, "The Return is a 2006 horror film.", director="Asif Kapadia")
    dog = review("The Adventures of Tintin", 2011, "A 2011 film.", cast=(CastMember("Rin Tin Tin"),))
    event = review(
        "Mexican Spitfire's Blessed Event",
        1943,
        "Mexican Spitfire's Blessed Event is a 1943 comedy.",
        director="Leslie Goodwins",
    )
    view = view_of([back, dog, event])
    said = answer(view, "the return of rin tin tin who directed it")
    assert said.abstained and "Kapadia" not in said.answer and "rin tin tin" in said.answer, said.answer
    said = answer(view, "mexican spitfire at sea who directed")
    assert said.abstained and "Goodwins" not in said.answer, said.answer


def test_a_longer_title_or_a_star_is_read_only_when_it_tells_the_film_apart() -> None:
    superbabies = review("Superbabies: Baby Geniuses 2", 2004, "A 2004 family comedy.", director="Bob Clark")
    baby = review("The Baby", 1973, "The Baby is a 1973 horror film.")
    said = answer(view_of([superbabies, baby]), "baby geniuses director")
    assert said.abstained and "Bob Clark" not in said.answer, said.answer
    seas = review(
        "China Seas",
        1935,
        "China Seas is a 1935 adventure film starring Clark Gable as a brave sea captain.",
        cast=(CastMember("Clark Gable"),),
    )
    trader = review("Trader Tom of the China Seas", 1954, "A serial. Captain Sea Tom sails.")
    said = answer(view_of([seas, trader]), "china seas - who played the sea captain")
    assert said.film == seas.film, said.answer
    # (a star every listing of the same film credits says nothing of which)
    copies = [
        review(
            "Men of Respect",
            y,
            "Men of Respect is a crime film starring John Turturro as Mike Battaglia and Rod Steiger.",
            cast=(CastMember("John Turturro", "Mike Battaglia"), CastMember("Rod Steiger")),
        )
        for y in (1990, 1991)
    ]
    said = answer(view_of(copies), "men of respect w rod steiger, who is turturro playing")
    assert "Mike Battaglia" in said.answer, said.answer


def test_a_star_named_by_the_short_form_of_his_first_name_is_the_stars_film() -> None:
    country = review(
        "The Far Country",
        1955,
        "The Far Country is a 1954 Western film directed by Anthony Mann and starring James Stewart. The film is "
        "about an adventurer who locks horns with a corrupt judge while driving cattle to Dawson, Yukon Territory.",
        director="Anthony Mann",
        cast=(CastMember("James Stewart"),),
    )
    winchester = review(
        "Winchester '73",
        1950,
        "Winchester '73 is a 1950 Western film directed by Anthony Mann and starring James Stewart, about a rifle.",
        director="Anthony Mann",
        cast=(CastMember("James Stewart"),),
    )
    # (another review writes him by that short form)
    tribute = review(
        "Hollywood Greats", 1990, "A documentary about Jimmy Stewart and other stars of Westerns."
    )
    view = view_of([country, winchester, tribute])
    question = "anthony mann western where jimmy stewart drives a herd up to the yukon and clashes with a crooked judge"
    said = answer(view, question)
    assert not said.abstained and said.film == country.film, said.answer
    # (his credits are found by that form too)
    assert view.people().named_in(question) == ["anthony mann", "james stewart"]


def test_a_studio_the_reader_took_for_a_person_is_no_name_the_film_must_say() -> None:
    revenge = review(
        "The Invisible Man's Revenge",
        1944,
        "The Invisible Man's Revenge is a 1944 American film. The film stars John Carradine as a scientist "
        "who tests his experiment on Jon Hall, a psychiatric hospital escapee who takes the invisibility serum "
        "and then goes on a crime spree.",
        cast=(CastMember("John Carradine"), CastMember("Jon Hall")),
    )
    dracula = review(
        "House of Dracula",
        1945,
        "House of Dracula is a 1945 Universal Horror film starring Lon Chaney Jr. and John Carradine as Dracula.",
        cast=(CastMember("John Carradine"),),
    )
    # (the reader's slip: a credit for "Universal Horror")
    facts = {
        dracula.review_id: ReviewFacts(
            credits=(Credit("Universal Horror", "cast", review_id=dracula.review_id),)
        )
    }
    question = (
        "universal horror where john carradine scientist makes an asylum escapee invisible and the guy starts "
        "robbing and killing"
    )
    from index.answer.handlers.search import _people_by_film
    from index.answer.parse import parse

    view = view_of([revenge, dracula], facts)
    hits = view.search(question, k=10)
    named = _people_by_film(view, parse(question, view.titles), [(1.0, h) for h in hits], hits)
    assert named == {revenge.film: {"John Carradine"}, dracula.film: {"John Carradine"}}, named


def test_a_story_told_less_well_will_do_among_the_few_films_crediting_two_people_named() -> None:
    from index.answer.handlers.search import clearly_theirs

    # "owen wilson + jennifer aniston have a lab that wrecks everything": two films credit both
    assert clearly_theirs(0.184, 0.029, people=2, films=2)
    # (one person named, or many films crediting them, still need the story told well)
    assert not clearly_theirs(0.184, 0.029, people=1, films=2)
    assert not clearly_theirs(0.184, 0.029, people=2, films=12)
    assert not clearly_theirs(0.184, 0.15, people=2, films=2)  # and ahead of the next


def test_how_a_film_was_shot_is_told_by_the_sentence_saying_it() -> None:
    mamba = review(
        "Mamba",
        1930,
        "Mamba is a 1930 American pre-Code film. It was shot entirely in Technicolor and stars Jean Hersholt and "
        "Eleanor Boardman. It was based on a story by Ferdinand Schumann-Heink and was advertised as the First "
        "Drama In Natural Color.",
    )
    said = answer(view_of([mamba]), "mamba 1930 what was special about how it was shot")
    assert "shot entirely in Technicolor" in said.answer, said.answer


def test_where_the_story_has_its_people_in_the_sentence_naming_its_stars() -> None:
    dinner = review(
        "My Dinner with Andre",
        1981,
        "My Dinner with Andre is a 1981 American comedy-drama film directed by Louis Malle, and written by and "
        "starring André Gregory and Wallace Shawn as fictionalized versions of themselves sharing a conversation "
        "at Café des Artistes in Manhattan. The film's dialogue covers topics such as experimental theater.",
    )
    said = answer(view_of([dinner]), "my dinner with andre where do they actually eat")
    assert not said.abstained and "Café des Artistes" in said.answer, said.answer


def test_where_someone_is_from_is_their_home_town() -> None:
    brooklyn = review(
        "Brooklyn",
        2015,
        "The plot follows Eilis Lacey, a young Irishwoman who emigrates to Brooklyn in the early 1950s to find "
        "employment. After building a life there, she is drawn back to her home town of Enniscorthy.",
    )
    said = answer(
        view_of([brooklyn], {brooklyn.review_id: ReviewFacts(places=("Brooklyn", "Enniscorthy"))}),
        "where is eilis from in brooklyn",
    )
    assert "Enniscorthy" in said.answer, said.answer


def test_the_place_asked_within_is_no_title() -> None:
    texas = review("Texas", 1941, "Texas is a 1941 Western film starring William Holden and Glenn Ford.")
    giant = review("Giant", 1956, "Giant is a 1956 Western drama set in Texas.")
    view = view_of([texas, giant])
    said = answer(view, "where in texas is the last picture show set")
    assert said.film != texas.film and said.abstained, said.answer
    assert answer(view, "where in texas is giant set").film == giant.film


def test_a_name_the_title_holds_tells_no_other_film() -> None:
    dime = review(
        "Come Back to the Five and Dime, Jimmy Dean, Jimmy Dean",
        1982,
        "Come Back to the 5 & Dime, Jimmy Dean, Jimmy Dean is a 1982 comedy-drama film directed by Robert Altman.",
        director="Robert Altman",
    )
    giant = review(
        "Giant", 1956, "Giant is a 1956 drama starring James Dean.", cast=(CastMember("James Dean"),)
    )
    view = view_of([dime, giant])
    question = "come back to the 5 and dime jimmy dean jimmy dean was directed by who"
    said = answer(view, question)
    assert said.film == dime.film and "Robert Altman" in said.answer, said.answer
    from index.answer import _told_of_their_film
    from index.answer.parse import parse

    # (the question is not read as a story of James Dean's film)
    assert not _told_of_their_film(view, parse(question, view.titles)).which_film


def test_words_framing_a_question_are_no_title() -> None:
    know = review(
        "How Do You Know",
        2010,
        "How Do You Know is a 2010 comedy directed by James L. Brooks.",
        director="James L. Brooks",
    )
    lily = review(
        "The Scarlet Lily",
        1923,
        "The Scarlet Lily is a 1923 drama directed by Victor Schertzinger.",
        director="Victor Schertzinger",
    )
    view = view_of([know, lily])
    said = answer(view, "do u know who directed the scarlet lily")
    assert said.film == lily.film and "Victor Schertzinger" in said.answer, said.answer
    assert answer(view, "how do you know who directed it").film == know.film


def test_the_name_of_a_thing_in_the_film_talked_about_is_no_title() -> None:
    peabody = review(
        "Mr. Peabody & Sherman",
        2014,
        "Mr. Peabody & Sherman is a 2014 animated film directed by Rob Minkoff. In the film, Mr. Peabody and "
        "Sherman use the WABAC to embark on time travel adventures.",
        director="Rob Minkoff",
    )
    machine = review(
        "The Time Machine", 1960, "The Time Machine is a 1960 film based on the novella by H. G. Wells."
    )
    view = view_of([peabody, machine])
    first = answer(view, "who directed mr peabody and sherman")
    said = answer(view, "whats the name of the time machine", context=first.conversation)
    assert said.film == peabody.film and "WABAC" in said.answer, said.answer


def test_a_spelled_number_before_a_plural_is_no_instalment() -> None:
    samoa = review(
        "Some More of Samoa",
        1941,
        "Some More of Samoa is a 1941 short subject directed by Del Lord starring The Three Stooges.",
        director="Del Lord",
    )
    stooges = review(
        "The Three Stooges", 2012, "The Three Stooges is a 2012 comedy directed by the Farrelly brothers."
    )
    said = answer(view_of([samoa, stooges]), "some more of samoa three stooges director")
    assert said.film == samoa.film and "Del Lord" in said.answer, said.answer


def test_back_to_a_one_word_title_talked_about() -> None:
    seven = review(
        "Seven",
        1995,
        "Seven is a 1995 thriller written by Andrew Kevin Walker. It follows detective William Somerset "
        "(Morgan Freeman) and his new partner, David Mills (Brad Pitt).",
        cast=(CastMember("Morgan Freeman"), CastMember("Brad Pitt")),
        writer="Andrew Kevin Walker",
    )
    plan = review(
        "A Simple Plan", 1998, "A Simple Plan is a 1998 thriller directed by Sam Raimi.", director="Sam Raimi"
    )
    view = view_of([seven, plan])
    talk = answer(view, "who wrote seven 1995").conversation
    talk = answer(view, "and who directed a simple plan", context=talk).conversation
    said = answer(view, "back to seven - who plays the new partner", context=talk)
    assert said.film == seven.film and "Brad Pitt" in said.answer, said.answer


def test_the_first_of_a_series_after_a_later_one() -> None:
    park = review(
        "Jurassic Park",
        1993,
        "Jurassic Park is a 1993 film, the first installment in the Jurassic Park franchise, and the first "
        "film in the original trilogy, based on the 1990 novel by Michael Crichton. The film is set on the "
        "fictional island of Isla Nublar.",
    )
    third = review(
        "Jurassic Park III",
        2001,
        "Jurassic Park III is a 2001 film directed by Joe Johnston. A couple search for their son on Isla Sorna.",
        director="Joe Johnston",
    )
    view = view_of([park, third])
    talk = answer(view, "who directed jurassic park 3").conversation
    said = answer(view, "back to the first jurassic park - whats the island called", context=talk)
    assert said.film == park.film and "Isla Nublar" in said.answer, said.answer
    # (its source's year is no earlier film: it has none)
    assert answer(view, "the first jurassic park - whats the island called").film == park.film


def test_a_kind_of_film_after_words_is_no_title() -> None:
    serial = review(
        "Serial", 1980, "Serial is a 1980 comedy starring Martin Mull.", cast=(CastMember("Martin Mull"),)
    )
    view = view_of([serial])
    question = "king of the rocket men serial - whos the hero"
    said = answer(view, question)
    assert said.abstained and said.film is None and "Martin Mull" not in said.answer, said.answer
    from index.answer.parse import parse

    assert serial.film not in parse(question, view.titles).films
    assert answer(view, "who was in serial").film == serial.film


def test_a_word_opening_a_one_word_title_makes_a_longer_one() -> None:
    moon = review(
        "Moon", 2009, "Moon is a 2009 science fiction film directed by Duncan Jones.", director="Duncan Jones"
    )
    go = review(
        "Go", 1999, "Go is a 1999 crime comedy starring Sarah Polley.", cast=(CastMember("Sarah Polley"),)
    )
    view = view_of([moon, go])
    for question in ("rocking moon who made it", "geared to go - whos in it"):
        said = answer(view, question)
        assert said.abstained and said.film is None, (question, said.answer)
    # (what the user did is no title's word)
    assert answer(view, "rewatching moon who made it").film == moon.film


def test_a_part_someone_is_is_no_title() -> None:
    bad = review("Bad Guy", 1937, "Bad Guy is a 1937 crime film released by Metro-Goldwyn-Mayer.")
    boss = review(
        "Boss Level",
        2021,
        "Boss Level is a 2021 action film starring Frank Grillo as a retired soldier trapped in a time loop "
        "that repeats the day of his death, and Mel Gibson.",
        cast=(CastMember("Frank Grillo"), CastMember("Mel Gibson")),
    )
    question = "the frank grillo one where he gets killed every day and relives it, mel gibson is the bad guy"
    assert answer(view_of([bad, boss]), question).film != bad.film


def test_a_part_in_one_title_the_film_after_in() -> None:
    strange = review(
        "Doctor Strange", 2016, "Doctor Strange is a 2016 superhero film starring Benedict Cumberbatch."
    )
    home = review(
        "Spider-Man: No Way Home",
        2021,
        "Spider-Man: No Way Home is a 2021 superhero film. In the film, Parker asks Dr. Stephen Strange "
        "(Benedict Cumberbatch) to make his identity a secret again.",
        cast=(
            CastMember("Tom Holland", "Peter Parker"),
            CastMember("Benedict Cumberbatch", "Dr. Stephen Strange"),
        ),
    )
    said = answer(view_of([strange, home]), "doctor strange in no way home is who")
    assert said.film == home.film and "Benedict Cumberbatch" in said.answer, said.answer


def test_a_year_typed_short_finds_the_longer_title_of_that_year() -> None:
    old = review("Frankenstein", 1931, "Frankenstein is a 1931 horror film directed by James Whale.")
    branagh = review(
        "Mary Shelley's Frankenstein",
        1994,
        "Mary Shelley's Frankenstein is a 1994 horror film directed by Kenneth Branagh, with Robert De Niro "
        "portraying Frankenstein's monster.",
        cast=(CastMember("Robert De Niro", "Frankenstein's monster"), CastMember("Kenneth Branagh")),
    )
    widows = review("Green Grass Widows", 1928, "Green Grass Widows is a 1928 silent comedy.")
    raiders = review("The Raiders", 1963, "The Raiders is a 1963 Western film.")
    night = review("Night Raiders", 1952, "Night Raiders is a 1952 Western directed by Howard Bretherton.")
    view = view_of([old, branagh, widows, raiders, night])
    for question in (
        "frankenstein 94 who plays the monster",
        "frankenstein from 94 who plays the monster",
        "the 94 frankenstein who plays the monster",
    ):
        said = answer(view, question)
        assert said.film == branagh.film and "Robert De Niro" in said.answer, (question, said.answer)
    # (a word of a title we lack, not the whole title typed, finds nothing of its year)
    assert answer(view, "golf widows 1928 who made that").film is None
    # (only a title after whose it is: Night Raiders is no "raiders" of 1952)
    assert answer(view, "the raiders 1952 western director").film is None


def test_a_part_the_title_talked_about_names() -> None:
    lilo = review(
        "Lilo & Stitch",
        2002,
        "Lilo & Stitch is a 2002 animated film written and directed by Chris Sanders and Dean DeBlois.",
        cast=(CastMember("Daveigh Chase", "Lilo"), CastMember("Chris Sanders", "Stitch")),
        director="Chris Sanders",
    )
    stitches = review(
        "Stitches",
        1985,
        "Stitches is a 1985 comedy starring Eddie Albert.",
        cast=(CastMember("Eddie Albert"),),
    )
    view = view_of([lilo, stitches])
    talk = answer(view, "who made lilo and stitch").conversation
    said = answer(view, "who does the voice of stitch", context=talk)
    assert said.film == lilo.film and "Chris Sanders" in said.answer, said.answer


def test_a_part_asked_by_name_and_what_it_is() -> None:
    titans = review(
        "Remember the Titans",
        2000,
        "Remember the Titans is a 2000 sports film. The screenplay, written by Gregory Allen Howard, is based on "
        "the true story of coach Herman Boone, portrayed by Denzel Washington, and his attempt to integrate the "
        "T. C. Williams High School football team in Alexandria, Virginia, in 1971. Will Patton portrays Bill "
        "Yoast, Boone's assistant coach.",
        cast=(CastMember("Denzel Washington"), CastMember("Will Patton")),
    )
    view = view_of([titans])
    for question in (
        "remember the titans who plays yoast the assistant coach",
        "remember the titans who plays the assistant coach",
    ):
        said = answer(view, question)
        assert "Will Patton" in said.answer and "Denzel" not in said.answer.split("“")[0], (
            question,
            said.answer,
        )
    from index.answer.handlers.cast import _part_match

    # (both parts are described as a coach: the name typed, and the word before "coach", tell them apart)
    yoast = Credit(
        person="Will Patton",
        role="cast",
        character="Bill Yoast",
        description="coach",
        of="Herman Boone",
        evidence="Will Patton portrays Bill Yoast, Boone's assistant coach.",
    )
    boone = Credit(
        person="Denzel Washington",
        role="cast",
        character="Herman Boone",
        description="coach",
        evidence="It is based on the true story of coach Herman Boone, portrayed by Denzel Washington.",
    )
    for part in ("yoast the assistant coach", "the assistant coach"):
        assert _part_match(part, yoast) > _part_match(part, boone), part


def test_an_actor_plays_which_kind_of_part() -> None:
    parson = review(
        "The Parson and the Outlaw",
        1957,
        "The Parson and the Outlaw is a 1957 Western. The film stars Anthony Dexter as Billy the Kid, along "
        "with Sonny Tufts and Jean Parker.",
        cast=(CastMember("Anthony Dexter"), CastMember("Sonny Tufts")),
    )
    said = answer(view_of([parson]), "anthony dexter plays which outlaw in the parson and the outlaw")
    assert "Billy the Kid" in said.answer, said.answer


def test_a_title_with_its_year_then_a_question_is_no_story() -> None:
    hood = review(
        "Robin Hood",
        1973,
        "Robin Hood is a 1973 animated film by Walt Disney Productions. The story follows Robin Hood and Little "
        "John as they fight against the excessive taxation of Prince John.",
        cast=(CastMember("Peter Ustinov"), CastMember("Brian Bedford")),
    )
    later = review("Robin Hood", 2010, "Robin Hood is a 2010 film directed by Ridley Scott.")
    view = view_of([hood, later])
    question = "disney robin hood from 73 who's the bad guy taxing everybody"
    said = answer(view, question)
    assert said.film == hood.film and not said.abstained, said.answer
    from index.answer.parse import parse

    # (asked of the film named, not a description of one to find)
    assert not parse(question, view.titles).which_film


def test_a_title_then_the_name_asked_of_its_story() -> None:
    pepper = review(
        "Sgt. Pepper's Lonely Hearts Club Band",
        1978,
        "Sgt. Pepper's Lonely Hearts Club Band is a 1978 musical film. It tells of a band as they battle evil "
        "forces bent on corrupting their hometown of Heartland.",
    )
    said = answer(view_of([pepper]), "sgt peppers lonely hearts club band movie, name of their hometown?")
    assert said.film == pepper.film and "Heartland" in said.answer, said.answer


def test_the_eponymous_part_is_the_title_character() -> None:
    megan = review(
        "M3GAN",
        2023,
        "M3GAN is a 2022 science fiction horror film starring Allison Williams and Violet McGraw, with Amie "
        "Donald physically portraying M3GAN and Jenna Davis voicing the character. Its plot follows the "
        "eponymous artificially intelligent doll who develops self-awareness.",
        cast=(CastMember("Allison Williams"), CastMember("Amie Donald"), CastMember("Jenna Davis")),
    )
    from index.facts import extract_text

    view = view_of([megan], {megan.review_id: extract_text([megan.text], [megan.title])[0]})
    said = answer(view, "m3gan who does the voice of the doll")
    assert said.answer.startswith("Jenna Davis"), said.answer
    assert answer(view, "m3gan who plays the doll").answer.startswith("Amie Donald")


def test_words_after_an_article_name_no_one() -> None:
    lawn = review(
        "Lawn Dogs",
        1997,
        "Lawn Dogs is a 1997 fantasy-drama film starring Mischa Barton and Sam Rockwell. The film tells the "
        "story of a precocious young girl (Barton) from a gated community who befriends a landscape worker "
        "(Rockwell).",
        cast=(CastMember("Sam Rockwell"), CastMember("Mischa Barton")),
    )
    mess = review(
        "Another Nice Mess",
        1972,
        "Another Nice Mess is a 1972 comedy starring Rich Little and Herb Voland.",
        cast=(CastMember("Rich Little"), CastMember("Herb Voland")),
    )
    question = (
        "90s film, sam rockwell mows lawns and a rich little girl from a gated neighborhood befriends him"
    )
    said = answer(view_of([lawn, mess]), question)
    assert said.film == lawn.film and not said.abstained, said.answer


def test_a_film_told_by_the_one_it_copies() -> None:
    robowar = review(
        "Robowar",
        1988,
        "Robowar is a 1988 Italian science fiction action film directed by Bruno Mattei and starring Reb Brown. "
        "It is an unofficial knockoff of the 1987 film Predator.",
        cast=(CastMember("Reb Brown"),),
    )
    predator = review(
        "Predator", 1987, "Predator is a 1987 science fiction action film starring Arnold Schwarzenegger."
    )
    view = view_of([robowar, predator])
    from index.answer.parse import parse

    assert parse("the italian predator knockoff with reb brown", view.titles).which_film
    said = answer(view, "the italian predator knockoff with reb brown")
    assert said.film == robowar.film, said.answer


def test_someones_name_asked_keyword_style() -> None:
    smoking = review(
        "No Smoking",
        1951,
        "No Smoking is a cartoon made by Walt Disney Productions in 1951, featuring Goofy. This cartoon is "
        'another short of the "Goofy the Everyman" series of the 1950s. This cartoon begins by tracing the '
        'history of smoking, and then moves on to Goofy, as "George Geef" in this cartoon, trying '
        "unsuccessfully to drop the smoking habit.",
    )
    george = review(
        "The Killing of Sister George",
        1968,
        "The Killing of Sister George is a 1968 American film directed by Robert Aldrich and filmed at his "
        'Aldrich Studios in Los Angeles. In the film, an ageing television actress, June "George" Buckridge, '
        "faces the loss of her popular television role.",
    )
    view = view_of([smoking, george])
    for question in ("goofy's name in no smoking (the cartoon)", "whats goofys name in no smoking"):
        said = answer(view, question)
        assert "George Geef" in said.answer, (question, said.answer)
    # (the full name around the nickname asked)
    said = answer(view, "in the killing of sister george whats george's real name")
    assert "Buckridge" in said.answer, said.answer


def test_names_joined_on_a_title_opening_with_in() -> None:
    society = review(
        "In Society",
        1944,
        "In Society is a 1944 comedy directed by Jean Yarbrough, starring Abbott and Costello.",
        cast=(CastMember("Bud Abbott"), CastMember("Lou Costello")),
        director="Jean Yarbrough",
    )
    view = view_of([society])
    for question in ("who played jiggs in jiggs and maggie in society", "jiggs and maggie in society cast"):
        said = answer(view, question)
        assert said.abstained and said.film is None, (question, said.answer)
    # (its stars before it: the film named)
    assert answer(view, "who directed abbott and costello in society").film == society.film
    from index.answer.parse import parse

    # (the names before the title are read as its people or the start of a longer title, never dropped)
    assert parse("who played jiggs in jiggs and maggie in society", view.titles).leading == "jiggs and maggie"


def test_words_after_the_verb_making_the_film_are_a_longer_title_we_lack() -> None:
    house = review(
        "The Big House", 1930, "The Big House is a 1930 prison drama film directed by George Hill.",
        director="George Hill", cast=(CastMember("Chester Morris"),),
    )  # fmt: skip
    view = view_of([house])
    said = answer(view, "who directed paroled from the big house")
    assert said.abstained and said.film is None and "paroled from the big house" in said.answer
    # (a question's own verb before the title, or none: the film named)
    assert answer(view, "who got released from the big house").film == house.film
    assert answer(view, "who directed the big house").answer.startswith(
        "The Big House (1930) was directed by"
    )


def test_the_one_named_by_words_of_another_title_of_the_series() -> None:
    films = [
        review("The Lego Movie 2: The Second Part", 2019, "It is a 2019 animated film.", director="Mike Mitchell"),
        review("The Lego Batman Movie", 2017, "It is a 2017 animated superhero film.", director="Chris McKay"),
        review("The Lego Ninjago Movie", 2017, "It is a 2017 animated martial arts film.", director="Charlie Bean"),
        review("The Batman", 2022, "The Batman is a 2022 superhero film.", director="Matt Reeves"),
    ]  # fmt: skip
    view = view_of(films)
    first = answer(view, "who directed lego movie 2")
    assert first.answer.startswith("The Lego Movie 2: The Second Part (2019) was directed by Mike Mitchell")
    said = answer(view, "and the batman one?", context=first.conversation)
    assert said.answer.startswith("The Lego Batman Movie (2017) was directed by Chris McKay"), said.answer
    said = answer(view, "what about the ninjago one", context=first.conversation)
    assert said.answer.startswith("The Lego Ninjago Movie (2017) was directed by Charlie Bean"), said.answer
    # (said alone, the title is the film)
    assert answer(view, "and the batman?", context=first.conversation).film == films[3].film


def test_the_one_named_by_who_made_a_version_of_the_title_talked_about() -> None:
    films = [
        review("The Thing", 1982, "The Thing is a 1982 horror film directed by John Carpenter.", director="John Carpenter"),
        review("The Thing", 2011, "The Thing is a 2011 horror film directed by Matthijs van Heijningen Jr.",
               director="Matthijs van Heijningen Jr."),
        review("The Carpenter", 1988, "The Carpenter is a 1988 horror film directed by David Wellington.",
               director="David Wellington"),
    ]  # fmt: skip
    view = view_of(films)
    first = answer(view, "who directed the thing 2011")
    for question in ("and the carpenter one", "what about the carpenter one"):
        said = answer(view, question, context=first.conversation)
        assert said.answer.startswith("The Thing (1982) was directed by John Carpenter"), (
            question,
            said.answer,
        )


def test_how_old_someone_is_is_asked_of_the_story_not_the_release() -> None:
    film = review(
        "Harold and Maude", 1971,
        "Harold and Maude is a 1971 American romantic black comedy film directed by Hal Ashby. Harold develops a "
        "friendship with 79-year-old Maude who teaches Harold about living.",
    )  # fmt: skip
    view = view_of([film])
    assert "79-year-old Maude" in answer(view, "how old is maude in harold and maude").answer
    assert answer(view, "how old is harold and maude").answer.startswith("Harold and Maude came out in 1971")


def test_when_it_came_out_said_way_back() -> None:
    films = [
        review("Fail-Safe", 1964, "Fail Safe is a 1964 thriller film directed by Sidney Lumet.", director="Sidney Lumet"),
        review("Fail Safe", 2000, "Fail Safe is a 2000 television film directed by Stephen Frears.", director="Stephen Frears"),
        review("The Way Back", 2020, "The Way Back is a 2020 sports drama film.", director="Gavin O'Connor"),
    ]  # fmt: skip
    view = view_of(films)
    for question in ("who directed fail safe back in 64", "who directed fail safe way back in 64"):
        said = answer(view, question)
        assert said.answer.startswith("Fail-Safe (1964) was directed by Sidney Lumet"), (
            question,
            said.answer,
        )
    assert answer(view, "who directed the way back in 2020").film == films[2].film


def test_the_big_bad_is_the_villain_not_a_verdict() -> None:
    from index.answer.parse import parse

    assert parse("who is the big bad in ant man quantumania").kind != "verdict"
    assert parse("was it bad").kind == "verdict"


def test_someones_part_asked_keyword_style_after_the_title() -> None:
    film = review(
        "The Case of the Stuttering Bishop", 1937,
        "The Case of the Stuttering Bishop is a 1937 drama film directed by William Clemens.",
        cast=(CastMember("Donald Woods", "Perry Mason"), CastMember("Ann Dvorak", "Della Street")),
    )  # fmt: skip
    said = answer(view_of([film]), "case of the stuttering bishop donald woods role")
    assert "Perry Mason" in said.answer and not said.abstained, said.answer


def test_which_thing_asked_is_no_title() -> None:
    drumline = review(
        "Drumline", 2002,
        "Drumline is a 2002 comedy-drama film. The film follows a young drummer from New York, played by Nick "
        "Cannon, who enters the fictional Atlanta A&T University.",
        cast=(CastMember("Nick Cannon"),),
    )  # fmt: skip
    college = [review("College", year, f"College is a {year} comedy film.") for year in (1927, 2008)]
    view = view_of([drumline, *college])
    from index.answer.parse import parse

    assert not parse("drumline nick cannon goes to which college", view.titles).films
    said = answer(view, "drumline nick cannon goes to which college")
    assert "could mean several films" not in said.answer and said.film not in {c.film for c in college}


def test_a_place_the_story_goes_to_is_no_title() -> None:
    from index.answer.parse import parse

    films = [review("New York", year, f"New York is a {year} film.") for year in (1927, 2009)]
    view = view_of(films)
    for question in (
        "robin williams is told by his doctor he only has about an hour and a half left to live and runs around new york",
        "hedy lamarr plays a princess visiting new york and a hotel bellhop thinks shes a maid",
    ):
        req = parse(question, view.titles)
        assert req.which_film and not req.films, (question, req)


def test_a_part_described_after_the_title_is_no_longer_title() -> None:
    film = review(
        "First Blood", 1982, "First Blood is a 1982 action film.",
        cast=(CastMember("Sylvester Stallone", "John Rambo"), CastMember("Brian Dennehy", "Sheriff Will Teasle")),
    )  # fmt: skip
    said = answer(view_of([film]), "first blood the small town sheriff who hunts rambo - who plays him")
    assert said.film == film.film and "Brian Dennehy" in said.answer, said.answer


def test_a_part_asked_by_a_first_name_the_reviews_give_in_full() -> None:
    film = review(
        "Bohemian Rhapsody", 2018,
        "Bohemian Rhapsody is a 2018 biographical film that focuses on the life of Freddie Mercury, the lead "
        "singer of Queen. It stars Rami Malek as Mercury, with Lucy Boynton.",
        cast=(CastMember("Rami Malek"), CastMember("Lucy Boynton")),
    )  # fmt: skip
    facts = {
        film.review_id: ReviewFacts(
            credits=(
                Credit("Rami Malek", "cast", character="Mercury", review_id=film.review_id, how="as",
                       evidence="It stars Rami Malek as Mercury, with Lucy Boynton."),
            ),
            people={"Rami Malek": 1, "Lucy Boynton": 1},
        )
    }  # fmt: skip
    view = view_of([film], facts)
    first = answer(view, "who directed bohemian rhapsody")
    said = answer(view, "who plays freddie in it", context=first.conversation)
    assert "Rami Malek plays Mercury" in said.answer and not said.abstained, said.answer


def test_the_title_part_the_story_never_names_is_the_star_billed_first() -> None:
    film = review(
        "The Great Gatsby", 1949,
        "The Great Gatsby is a 1949 American drama film directed by Elliott Nugent. It is based on the 1925 "
        "novel The Great Gatsby by F. Scott Fitzgerald.",
        cast=(CastMember("Alan Ladd"), CastMember("Ruth Hussey"), CastMember("Betty Field")),
    )  # fmt: skip
    said = answer(view_of([film]), "great gatsby 1949 who played gatsby")
    assert said.answer.startswith("Probably Alan Ladd") and not said.abstained, said.answer


def test_a_version_named_by_a_stars_short_first_name() -> None:
    films = [
        review("The Great Gatsby", 1974, "The Great Gatsby is a 1974 drama film.", director="Jack Clayton",
               cast=(CastMember("Robert Redford"),)),
        review("The Great Gatsby", 2013, "The Great Gatsby is a 2013 drama film.", director="Baz Luhrmann",
               cast=(CastMember("Leonardo DiCaprio"),)),
    ]  # fmt: skip
    view = view_of(films)
    first = answer(view, "who directed the great gatsby 1974")
    said = answer(view, "and the leo dicaprio one?", context=first.conversation)
    assert said.answer.startswith("The Great Gatsby (2013) was directed by Baz Luhrmann"), said.answer


def test_a_title_opening_with_small_words_typed_with_a_slip() -> None:
    film = review(
        "And So They Were Married", 1936, "And So They Were Married is a 1936 comedy film.",
        cast=(CastMember("Melvyn Douglas"), CastMember("Mary Astor")),
    )  # fmt: skip
    said = answer(view_of([film]), "and so they were maried stars?")
    assert said.film == film.film and "Melvyn Douglas" in said.answer, said.answer


def test_a_title_inside_the_words_a_plain_question_frames_is_a_longer_title_we_lack() -> None:
    other = review("The Other", 1972, "The Other is a 1972 horror film.", director="Robert Mulligan")
    fingers = review(
        "Fingers", 1978, "Fingers is a 1978 crime drama film.", cast=(CastMember("Harvey Keitel"),)
    )
    wars = review(
        "Star Wars", 1977, "Star Wars is a 1977 space opera film. Luke Skywalker becomes caught in the conflict.",
        director="George Lucas",
    )  # fmt: skip
    birds = review(
        "The Birds",
        1963,
        "The Birds is a 1963 horror film directed by Alfred Hitchcock.",
        director="Alfred Hitchcock",
    )
    romeo = review("Mile-a-Minute Romeo", 1923, "It is a 1923 western.", cast=(CastMember("Tom Mix"),))
    view = view_of([other, fingers, wars, birds, romeo])
    for question, lacked in (
        ("who directed The Other Guys", "the other guys"),
        ("hey who was in fingers at the window lol", "fingers at the window"),
        ("who directed star wars: the rise of skywalker", "star wars the rise of skywalker"),
    ):
        said = answer(view, question)
        assert said.abstained and said.film is None and lacked in said.answer.lower(), (question, said.answer)
    # (what only says which film it is, or who made it or is in it, or how it is asked)
    for question, film in (
        ("who directed hitchcocks the birds", birds),
        ("who wrote the screenplay for the birds", birds),
        ("who directed the birds 1963", birds),
        ("mile-a-minute romeo mix movie cast", romeo),
        ("who directed the other", other),
        ("who directed the birds besides hitchcock lol", birds),
    ):
        assert answer(view, question).film == film.film, question


def test_words_joined_to_a_title_in_a_plain_question_make_a_longer_title_we_lack() -> None:
    aladdin = review(
        "Aladdin", 2019, "Aladdin is a 2019 fantasy film. Aladdin finds a magic lamp in a cave.",
        cast=(CastMember("Mena Massoud"),),
    )  # fmt: skip
    town = review(
        "The Town", 2010, "The Town is a 2010 crime film directed by Ben Affleck.", director="Ben Affleck"
    )
    apes = review(
        "Planet of the Apes", 1968, "Planet of the Apes is a 1968 science fiction film. The war between apes and men.",
        director="Franklin J. Schaffner",
    )  # fmt: skip
    nick = review("Nick of Time", 1995, "Nick of Time is a 1995 thriller.", director="John Badham")
    birds = review("The Birds", 1963, "The Birds is a 1963 horror film. It is done well.",
                   cast=(CastMember("Tippi Hedren"),))  # fmt: skip
    reefer = review(
        "Reefer Madness", 1936, "Reefer Madness is a 1936 propaganda musical film.", director="Louis Gasnier"
    )
    jaws = review("Jaws", 1975, "Jaws is a 1975 thriller.", director="Steven Spielberg")
    jaws2 = review("Jaws 2", 1978, "Jaws 2 is a 1978 thriller.", director="Jeannot Szwarc")
    sing = review(
        "Sing", 1989, "Sing is a 1989 musical film. They sing and sing.", director="Richard J. Baskin"
    )
    high = review(
        "How High",
        2001,
        "How High is a 2001 comedy film. They go up to Harvard.",
        cast=(CastMember("Redman"),),
    )
    duty = review("The Assignment", 1997, "The Assignment is a 1997 thriller.", director="Christian Duguay")
    view = view_of([aladdin, town, apes, nick, birds, reefer, jaws, jaws2, sing, high, duty])
    for question, lacked in (
        # (words its reviews happen to say — "lamp", "war", "do", "it" — do not tell the film)
        ("hey who was in aladdin and his lamp lol", "aladdin and his lamp"),
        ("who directed new in town", "new in town"),
        ("who directed war for the planet of the apes", "war for the planet of the apes"),
        ("who directed in the nick of time", "in the nick of time"),
        ("birds do it cast", "birds do it"),
        ("whats reefer madness: the movie musical about", "reefer madness the movie musical"),
        # (nor its title's own words, nor a question word of it, nor an ordinal inside a longer title)
        ("who wrote sing baby sing", "sing baby sing"),
        ("who was in how high is up", "how high is up"),
        ("who wrote police academy 2 their first assignment", "police academy 2 their first assignment"),
    ):
        said = answer(view, question)
        assert said.abstained and said.film is None and lacked in said.answer.lower(), (question, said.answer)
    for question, film in (
        ("who wrote the screenplay for the planet of the apes", apes),
        ("who directed the remake of nick of time", nick),
        ("who was in the birds from 1963", birds),
        ("who was in the birds with tippi hedren", birds),
        ("who directed the town in 2010", town),
        ("who directed jaws and jaws 2", jaws),
        ("who was in how high", high),
    ):
        assert answer(view, question).film == film.film, question


def test_a_plain_question_naming_a_title_by_its_initials_or_its_subtitle() -> None:
    ring = review(
        "The Lord of the Rings: The Fellowship of the Ring", 2001, "It is a 2001 fantasy film.",
        cast=(CastMember("Elijah Wood"),),
    )  # fmt: skip
    turtles = review(
        "Teenage Mutant Ninja Turtles: Out of the Shadows", 2016, "It is a 2016 superhero film.",
        cast=(CastMember("Megan Fox"),),
    )  # fmt: skip
    shadow = review(
        "Out of the Shadow", 1919, "It is a 1919 mystery film.", cast=(CastMember("Pauline Frederick"),)
    )
    view = view_of([ring, turtles, shadow])
    assert answer(view, "lotr fellowship of the ring cast").film == ring.film
    assert answer(view, "tmnt out of the shadows cast").film == turtles.film


def test_a_longer_title_of_ours_typed_with_a_slip_in_a_plain_question() -> None:
    hunters = review(
        "Husband Hunters", 1927, "Husband Hunters is a 1927 comedy.", cast=(CastMember("Mae Busch"),)
    )
    hunter = review(
        "The Hunter", 1980, "The Hunter is a 1980 action film.", cast=(CastMember("Steve McQueen"),)
    )
    said = answer(view_of([hunters, hunter]), "Husband Hunter cast")
    assert said.film == hunters.film, said.answer
    # (not with an article the title lacks too: two slips at once name another film, The Husband Hunter
    # of 1920, which we lack)
    said = answer(view_of([hunters, hunter]), "The Husband Hunter cast")
    assert said.film is None and said.abstained, said.answer


def test_never_the_film_of_a_title_inside_a_name_a_year_or_a_series_name() -> None:
    ray = review(
        "Ray", 2004, "Ray is a 2004 biographical film.", cast=(CastMember("Jamie Foxx", "Ray Charles"),)
    )
    dew = review("Mountain Dew", 1917, "Mountain Dew is a lost 1917 film directed by Thomas Heffron.",
                 director="Thomas Heffron")  # fmt: skip
    war = review("1917", 2019, "1917 is a 2019 war film directed by Sam Mendes.", director="Sam Mendes")
    trio = review("The Three Mesquiteers", 1936, "The Three Mesquiteers is a 1936 Western.")
    view = view_of([ray, dew, war, trio])
    said = answer(view, "charles ray plays who in the millionaire vagrant")
    assert said.abstained and said.film is None, said.answer
    said = answer(view, "director of mountain dew the lost 1917 film")
    assert said.answer.startswith("Mountain Dew (1917) was directed by Thomas Heffron"), said.answer
    said = answer(view, "what was the 3rd three mesquiteers picture, from 1936")
    assert said.abstained and said.film is None, said.answer


def test_someone_named_beside_a_title_whom_its_film_never_names_tells_of_another_film() -> None:
    days = review("Thirty Days", 1922, "Thirty Days is a 1922 comedy starring Wallace Reid.",
                  cast=(CastMember("Wallace Reid"),))  # fmt: skip
    other = review("Fair and Warmer", 1919, "Fair and Warmer is a 1919 comedy starring May Allison.",
                   cast=(CastMember("May Allison"),))  # fmt: skip
    view = view_of([days, other])
    said = answer(view, "in for thirty days may allison movie what's it about")
    assert said.abstained and said.film is None and "May Allison" in said.answer, said.answer
    # (one of its own people: that film)
    assert answer(view, "thirty days wallace reid movie what's it about").film == days.film


def test_follow_ups_typed_loosely_keep_the_talk_or_switch_it() -> None:
    mi = review("Mission: Impossible", 1996, "Mission: Impossible is a 1996 spy film directed by Brian De Palma.",
                director="Brian De Palma")  # fmt: skip
    mi2 = review("Mission: Impossible 2", 2000, "Mission: Impossible 2 is a 2000 spy film directed by John Woo.",
                 director="John Woo")  # fmt: skip
    moon = review("Shine On, Harvest Moon", 1938, "Shine On, Harvest Moon is a 1938 western directed by Joseph Kane.",
                  director="Joseph Kane", writer="Jack Natteford")  # fmt: skip
    avenger = review("The Silent Avenger", 1927, "The Silent Avenger is a 1927 serial. The hero is silent.",
                     cast=(CastMember("Charles Delaney"),))  # fmt: skip
    hero = review(
        "The Silent Hero", 1927, "The Silent Hero is a 1927 drama.", cast=(CastMember("Robert Frazer"),)
    )
    shop = review("Little Shop of Horrors", 1986, "Little Shop of Horrors is a 1986 musical directed by Frank Oz.",
                  director="Frank Oz")  # fmt: skip
    shop60 = review("The Little Shop of Horrors", 1960,
                    "The Little Shop of Horrors is a 1960 comedy directed by Roger Corman. It is based on a story by "
                    "John Collier.", director="Roger Corman")  # fmt: skip
    view = view_of([mi, mi2, moon, avenger, hero, shop, shop60])
    first = answer(view, "who directed mission impossible 1996")
    said = answer(view, "and number 2?", context=first.conversation)
    assert said.answer.startswith("Mission: Impossible 2 (2000) was directed by John Woo"), said.answer
    first = answer(view, "who was the director of shine on harvest moon 1938")
    for question in ("writer too pls", "and the writer too"):
        said = answer(view, question, context=first.conversation)
        assert said.answer.startswith("Shine On, Harvest Moon (1938) was written by Jack Natteford"), (
            said.answer
        )
    # (a whole title of ours, not a part of the film talked about: "silent" and "hero" are in its story)
    first = answer(view, "who starred in the silent avenger (1927)")
    said = answer(view, "ok what about the silent hero", context=first.conversation)
    assert said.film == hero.film and "Robert Frazer" in said.answer, said.answer
    # (the question asked before, of the version named by its year)
    first = answer(view, "who directed little shop of horrors 1986")
    said = answer(view, "and the 1960 original?", context=first.conversation)
    assert said.answer.startswith("The Little Shop of Horrors (1960) was directed by Roger Corman"), (
        said.answer
    )


def test_a_title_typed_keyword_style_by_its_subtitle_or_with_a_laugh_after_it() -> None:
    ghost = review("Mission: Impossible – Ghost Protocol", 2011, "It is a 2011 spy film written by Josh Appelbaum.",
                   writer="Josh Appelbaum")  # fmt: skip
    ghost90 = review(
        "Ghost", 1990, "Ghost is a 1990 film written by Bruce Joel Rubin.", writer="Bruce Joel Rubin"
    )
    protocol = review(
        "Protocol", 1984, "Protocol is a 1984 comedy written by Buck Henry.", writer="Buck Henry"
    )
    lives = review("The Man with Nine Lives", 1940, "The Man with Nine Lives is a 1940 horror film.",
                   cast=(CastMember("Boris Karloff"),))  # fmt: skip
    man = review("The Man", 1972, "The Man is a 1972 drama.", cast=(CastMember("James Earl Jones"),))
    view = view_of([ghost, ghost90, protocol, lives, man])
    for question in ("ghost protocol script was by who", "ghost protocol writer"):
        said = answer(view, question)
        assert said.film == ghost.film and "Josh Appelbaum" in said.answer, (question, said.answer)
    said = answer(view, "whos the star of the man with nine lives lol")
    assert said.film == lives.film and "Boris Karloff" in said.answer, said.answer


def test_a_year_or_a_longer_title_typed_that_no_film_of_ours_has_is_never_another_film() -> None:
    destiny = review("Destiny", 1915, "Destiny is a 1915 silent drama.", cast=(CastMember("Emily Stevens"),))
    summer = review("10:30 P.M. Summer", 1966,
                    "10:30 P.M. Summer is a 1966 drama. A girl spends the summer in Spain.", director="Jules Dassin")  # fmt: skip
    view = view_of([destiny, summer])
    said = answer(view, "cast of the ring of destiny 1915?")
    assert said.abstained and said.film is None and "ring of destiny" in said.answer.lower(), said.answer
    assert answer(view, "cast of destiny 1915").film == destiny.film
    said = answer(view, "what happens in the summer girl from 1916")
    assert said.abstained and said.film is None, said.answer
    where = review(
        "Where the Boys Are", 1960, "Where the Boys Are is a 1960 comedy.", cast=(CastMember("Dolores Hart"),)
    )
    band = review("The Boys in the Band", 2020,
                  "The Boys in the Band is a 2020 drama. Crowley had adapted it for a film starring the original cast.",
                  cast=(CastMember("Jim Parsons"),))  # fmt: skip
    said = answer(view_of([where, band]), "where the boys are '84 cast")
    assert said.abstained and said.film is None, said.answer


def test_whom_an_actor_plays_asked_last_or_by_the_name_they_have() -> None:
    sky = review(
        "Sky High", 2005,
        "Sky High is a 2005 superhero comedy film. It tells the story of Will Stronghold, the son of two superheroes.",
        cast=(CastMember("Michael Angarano"), CastMember("Kurt Russell")),
    )  # fmt: skip
    school = review(
        "The School for Good and Evil", 2022,
        "The film stars Sophia Anne Caruso as Sophie and Sofia Wylie as Agatha, two best friends.",
        cast=(CastMember("Sophia Anne Caruso", "Sophie"), CastMember("Sofia Wylie", "Agatha")),
    )  # fmt: skip
    remains = review(
        "The Remains of the Day", 1993, "It stars Anthony Hopkins as James Stevens and Emma Thompson as Miss Kenton.",
        cast=(CastMember("Anthony Hopkins", "James Stevens"), CastMember("Emma Thompson", "Miss Kenton")),
    )  # fmt: skip
    view = view_of([sky, school, remains])
    for question in (
        "sky high 2005, michael angarano is playing which kid",
        "michael angarano plays which kid in sky high",
    ):
        said = answer(view, question)
        assert "Will Stronghold" in said.answer and said.answer.startswith("Probably"), (
            question,
            said.answer,
        )
    said = answer(view, "the school for good and evil - sofia wylie = which girl")
    assert said.answer.startswith("Sofia Wylie plays Agatha"), said.answer
    said = answer(view, "what's anthony hopkins' name in the remains of the day")
    assert said.answer.startswith("Anthony Hopkins plays James Stevens"), said.answer


def test_what_a_film_is_a_prequel_to_is_its_source() -> None:
    nevada = review(
        "Nevada Smith", 1966,
        "Nevada Smith is a 1966 Western film. The movie was a prequel to the 1961 Harold Robbins novel The "
        "Carpetbaggers, which had been made into a film two years earlier.",
        director="Henry Hathaway",
    )  # fmt: skip
    said = answer(view_of([nevada]), "nevada smith is a prequel to what book")
    assert not said.abstained and "The Carpetbaggers" in said.answer, said.answer


def test_a_number_after_a_thing_told_with_a_is_no_numbered_title() -> None:
    magic = review(
        "Magic", 1978, "Magic is a 1978 horror film about a ventriloquist.", director="Richard Attenborough"
    )
    kubo = review(
        "Kubo and the Two Strings", 2016,
        "Kubo and the Two Strings is a 2016 stop-motion animated film. A boy missing an eye plays a magical "
        "three-stringed shamisen.",
        director="Travis Knight",
    )  # fmt: skip
    said = answer(
        view_of([magic, kubo]),
        "stop motion one with a boy who plays a magic 3 string instrument and is missing an eye",
    )
    assert "magic 3" not in said.answer.lower() and said.film != magic.film, said.answer


def test_the_first_or_the_original_of_a_numbered_film_is_the_first_of_its_series_or_none_of_ours() -> None:
    scream2 = review(
        "Scream 2", 1997, "Scream 2 is a 1997 slasher film directed by Wes Craven.", director="Wes Craven"
    )
    scream = review(
        "Scream", 1996, "Scream is a 1996 slasher film directed by Wes Craven.", director="Wes Craven"
    )
    night = review("A Scream in the Night", 1919, "A Scream in the Night is a 1919 drama directed by Burton L. King.",
                   director="Burton L. King")  # fmt: skip
    shrek2 = review("Shrek 2", 2004, "Shrek 2 is a 2004 animated film directed by Andrew Adamson.",
                    director="Andrew Adamson")  # fmt: skip
    view = view_of([scream2, scream, night, shrek2])
    first = answer(view, "who directed scream 2")
    for question in ("and the original", "and the first?"):
        said = answer(view, question, context=first.conversation)
        assert said.film == scream.film, (question, said.answer)
    first = answer(view, "who directed shrek 2")
    for question in ("and the first?", "and the first one?", "and the original"):
        said = answer(view, question, context=first.conversation)
        assert said.abstained and said.film is None, (question, said.answer)


def test_a_short_title_of_several_films_after_a_film_of_one_series_is_that_series_film() -> None:
    terminator = review("The Terminator", 1984, "The Terminator is a 1984 film directed by James Cameron.",
                        director="James Cameron")  # fmt: skip
    t2 = review("Terminator 2: Judgment Day", 1991, "It is a 1991 film directed by James Cameron.",
                director="James Cameron")  # fmt: skip
    tremors = review("Tremors 2: Aftershocks", 1996, "It is a 1996 film directed by S. S. Wilson.",
                     director="S. S. Wilson")  # fmt: skip
    view = view_of([terminator, t2, tremors])
    first = answer(view, "who directed the terminator")
    said = answer(view, "and t2?", context=first.conversation)
    assert said.film == t2.film, said.answer
    assert answer(view, "who directed t2").film is None


def test_someone_named_by_what_they_do_after_another_question_asks_who_plays_them() -> None:
    jaws = review(
        "Jaws", 1975,
        "It stars Roy Scheider as police chief Martin Brody, who, with the help of a marine biologist and a "
        "professional shark hunter, hunts a shark. Robert Shaw plays the shark hunter Quint.",
        director="Steven Spielberg", cast=(CastMember("Roy Scheider", "Martin Brody"), CastMember("Robert Shaw", "Quint")),
    )  # fmt: skip
    view = view_of([jaws])
    first = answer(view, "who directed jaws")
    said = answer(view, "and the shark hunter?", context=first.conversation)
    assert said.kind == "cast" and "Robert Shaw" in said.answer, said.answer
    said = answer(view, "and the writer?", context=first.conversation)
    assert said.kind == "writer", said.answer


def test_a_longer_title_joined_or_opened_on_ours_is_never_ours() -> None:
    wing = review(
        "Wing and a Prayer", 1944, "Wing and a Prayer is a 1944 war film.", director="Henry Hathaway"
    )
    doctors = review("The Young Doctors", 1961, "The Young Doctors is a 1961 drama.",
                     cast=(CastMember("Fredric March"), CastMember("Phyllis Love")))  # fmt: skip
    night = review("Midnight", 1939, "Midnight is a 1939 comedy.", cast=(CastMember("Claudette Colbert"),))
    run = review("Run", 2020, "Run is a 2020 thriller.", cast=(CastMember("Sarah Paulson"),))
    longer = review("Midnight Run for Your Life", 1994, "It is a 1994 television film.",
                    cast=(CastMember("Christopher McDonald"),))  # fmt: skip
    view = view_of([wing, doctors, night, run, longer])
    for question, lacked in (
        ("whats on a wing and a prayer about", "on a wing and a prayer"),
        ("hey who was in young doctors in love lol", "young doctors in love"),
        ("midnight run cast", "midnight run"),
    ):
        said = answer(view, question)
        assert said.abstained and said.film is None and lacked in said.answer.lower(), (question, said.answer)
    assert answer(view, "whats wing and a prayer about").film == wing.film
    assert answer(view, "who was in the young doctors with phyllis love").film == doctors.film


def test_a_comma_inside_a_title_in_a_plain_question_is_the_titles_not_an_aside() -> None:
    girl = review("The Girl", 2012, "The Girl is a 2012 television film written by Gwyneth Hughes.",
                  writer="Gwyneth Hughes", cast=(CastMember("Sienna Miller"),))  # fmt: skip
    heat = review("Heat", 1995, "Heat is a 1995 crime film directed by Michael Mann.", director="Michael Mann",
                  cast=(CastMember("Al Pacino"),))  # fmt: skip
    view = view_of([girl, heat])
    said = answer(view, "who wrote girl, interrupted")
    assert said.abstained and said.film is None and "girl interrupted" in said.answer.lower(), said.answer
    said = answer(view, "who directed heat, baby, heat")
    assert said.abstained and said.film is None and "heat baby heat" in said.answer.lower(), said.answer
    # (so is a dash before a subtitle we lack)
    said = answer(view, "who directed heat - legacy")
    assert said.abstained and said.film is None and "heat legacy" in said.answer.lower(), said.answer
    assert answer(view, "who directed heat - the 1995 one").film == heat.film
    # (a place in a series after the dash asks nothing: it is the subtitle's)
    said = answer(view, "who directed heat - legacy part 2")
    assert said.abstained and said.film is None and "heat legacy part 2" in said.answer.lower(), said.answer
    # (an aside after the comma: a pointer, a name of its people, a doubt)
    for question, film in (
        ("who directed heat, the pacino one", heat),
        ("who directed heat, al pacino", heat),
        ("who directed heat, was it michael mann", heat),
        ("who was in heat, same director as collateral?", heat),
        ("who was in the girl, sienna miller one", girl),
    ):
        assert answer(view, question).film == film.film, question


def test_the_named_film_typed_with_a_year_is_that_years() -> None:
    bean = review(
        "Bean", 1997, "Bean is a 1997 comedy film written by Richard Curtis.", writer="Richard Curtis"
    )
    holiday = review("Mr. Bean's Holiday", 2007, "Mr. Bean's Holiday is a 2007 comedy written by Hamish McColl.",
                     writer="Hamish McColl")  # fmt: skip
    view = view_of([bean, holiday])
    for question in ("who wrote the mr bean movie from 97", "who wrote the mr bean movie from 1997"):
        said = answer(view, question)
        assert said.film == bean.film and "Richard Curtis" in said.answer, (question, said.answer)
    assert answer(view, "who wrote the mr bean movie from 2007").film == holiday.film
    said = answer(view, "who wrote the mr bean movie from 2003")
    assert said.abstained and said.film is None, said.answer


def test_a_series_film_asked_by_its_ordinal_before_the_title() -> None:
    first = review("The Godfather", 1972, "The Godfather is a 1972 crime film directed by Francis Ford Coppola.",
                   director="Francis Ford Coppola", cast=(CastMember("Marlon Brando"),))  # fmt: skip
    second = review("The Godfather Part II", 1974, "The Godfather Part II is a 1974 crime film directed by "
                    "Francis Ford Coppola.", director="Francis Ford Coppola", cast=(CastMember("Al Pacino"),))  # fmt: skip
    third = review("The Godfather Part III", 1990, "The Godfather Part III is a 1990 crime film.",
                   cast=(CastMember("Al Pacino"), CastMember("Andy Garcia")))  # fmt: skip
    view = view_of([first, second, third])
    said = answer(view, "who directed the second godfather")
    assert said.film == second.film and "Coppola" in said.answer, said.answer
    said = answer(view, "who was in the third godfather")
    assert said.film == third.film and "Andy Garcia" in said.answer, said.answer


def test_whats_a_title_of_common_words_about() -> None:
    sister = review("Bad Sister", 1931, "Bad Sister is a 1931 drama. A spoiled girl falls for a con man.",
                    director="Hobart Henley")  # fmt: skip
    place = review("A Place to Live", 1941, "A Place to Live is a 1941 documentary about inner city squalor.",
                   director="Irving Lerner")  # fmt: skip
    jaws = review(
        "Jaws", 1975, "Jaws is a 1975 thriller. A shark attacks a beach town.", director="Steven Spielberg"
    )
    it = review(
        "It", 2017, "It is a 2017 horror film. A clown preys on children.", director="Andy Muschietti"
    )
    view = view_of([sister, place, jaws, it])
    for question, film in (("whats bad sister about", sister), ("what is a place to live about lol", place)):
        said = answer(view, question)
        assert said.film == film.film and not said.abstained, (question, said.answer)
    # ("what is it about": the film talked about, not It)
    first = answer(view, "who directed jaws")
    assert answer(view, "what is it about", context=first.conversation).film == jaws.film
    # (nor the end of a longer title of ours: On Dangerous Ground)
    ground = review(
        "On Dangerous Ground", 1951, "On Dangerous Ground is a 1951 film noir.", director="Nicholas Ray"
    )
    said = answer(view_of([ground]), "whats dangerous ground about")
    assert said.abstained and said.film is None, said.answer


def test_the_film_before_one_named_is_never_that_film() -> None:
    boat = review(
        "Steamboat Willy",
        1928,
        "The cartoon debuts Mickey, who appeared earlier in Plane Crazy.",
        director="Walt D",
    )
    first = review("Rocco", 1976, "A boxer gets a title shot.", director="John Avil")
    second = review("Rocco II", 1979, "The boxer fights again.", director="Sly Stone")
    view = view_of([boat, first, second])
    refused = answer(view, "what was the first mickey cartoon, even before steamboat willy")
    assert refused.abstained and refused.film is None and "came before Steamboat Willy" in refused.answer
    assert answer(view, "who directed the movie right before rocco 2").film == first.film
    assert answer(view, "what did sly stone direct before rocco ii").film is None


def test_a_year_said_of_a_kind_of_film_after_a_title_is_that_years_film() -> None:
    old = review("Billy the Kidd", 1930, "A western about the outlaw.", director="King Vid")
    new = review("Billy the Kidd", 1941, "A remake of the western about the outlaw.", director="Dave Mill")
    view = view_of([old, new])
    said = answer(view, "billy the kidd western from 43 who directed")
    assert said.abstained and said.film is None and "1943" in said.answer, said.answer
    assert answer(view, "billy the kidd western from 41 who directed").film == new.film


def test_a_title_we_lack_asked_after_chat_is_not_a_longer_title_of_that_year_holding_a_word_of_it() -> None:
    hell = review("Hell Morgan's Girl", 1917, "A silent drama.", director="Joe Grasse")
    view = view_of([hell])
    for question in (
        "do you know who directed girl by the roadside from 1917",
        "who directed girl by the roadside from 1917",
    ):
        said = answer(view, question)
        assert said.abstained and said.film is None and "girl by the roadside (1917)" in said.answer, (
            said.answer
        )


def test_a_title_we_lack_typed_with_its_year_and_star_or_kind_of_film_is_refused() -> None:
    gamble = review(
        "Youth's Gamble", 1925, "Youth's Gamble is a 1925 silent action film starring Reed Howes.",
        cast=(CastMember("Reed Howes"),),
    )  # fmt: skip
    canyon = review(
        "Bandits of Dark Canyon", 1947, "Bandits of Dark Canyon is a 1947 Western film starring Allan Lane.",
        cast=(CastMember("Allan Lane"),),
    )  # fmt: skip
    others = [
        review(f"Filler {i}", 1990 + i, "A drama about a band of brothers and a farm.") for i in range(30)
    ]
    view = view_of([gamble, canyon, *others], {})
    said = answer(view, "crack o dawn 1925 stars reed howes right? who else")
    assert said.abstained and said.film is None and "“crack o dawn”" in said.answer, said.answer
    said = answer(view, "bandits of the west allan lane western, rating?")
    assert said.abstained and said.film is None and "bandits of the west" in said.answer, said.answer


def test_a_part_asked_with_when_it_is_somewhere_keeps_the_film_talked_about() -> None:
    creature = review(
        "The Creature Walks Among Them", 1956, "The Creature was played by Don Megan on land.",
        director="John Sherwood", cast=(CastMember("Don Megan", "The Creature"), CastMember("Jeff Morrow")),
    )  # fmt: skip
    land = review("Land", 2021, "Land is a drama about a woman living off the grid.", director="Robin Wright")
    view = view_of([creature, land])
    turn = answer(view, "creature walks among them who directed")
    said = answer(view, "who played the creature when it's on land", context=turn.conversation)
    assert said.film == creature.film, said.answer


def test_a_film_of_a_series_told_without_its_star_is_found_by_its_story() -> None:
    first = review(
        "Home Lonely", 1990, "Kevin, played by Macaulay Culkin, defends his home from two burglars.",
        cast=(CastMember("Macaulay Culkin", "Kevin"),),
    )  # fmt: skip
    third = review(
        "Home Lonely 3", 1997, "An 8-year-old boy defends his home from a band of terrorists working for a "
        "terrorist organization.", cast=(CastMember("Alex Linz", "Alex"),),
    )  # fmt: skip
    view = view_of([first, third])
    said = answer(view, "the home lonely with no culkin where a little kid fights off terrorists")
    assert said.film != first.film and "Home Lonely 3" in said.answer, said.answer


def test_a_place_in_a_series_asked_of_the_people_it_names_is_that_film() -> None:
    chasers = review(
        "Ghost Chasers", 1951, "Ghost Chasers is a comedy starring The Bowery Boys. It is the twenty-second "
        "film in the series.", cast=(CastMember("Leo Gorcey"), CastMember("Bowery Boys")),
    )  # fmt: skip
    battalion = review(
        "Bowery Battalion", 1951, "A comedy starring The Bowery Boys. It is the twenty-first film in the series.",
        cast=(CastMember("Leo Gorcey"), CastMember("Bowery Boys")),
    )  # fmt: skip
    boy = review("Bowery Boy", 1940, "The film was released by Republic Pictures.")
    view = view_of([chasers, battalion, boy])
    said = answer(view, "bowery boys movie that was number 22 in the series")
    assert said.film == chasers.film and not said.abstained, said.answer


def test_names_listed_after_a_title_and_a_comma_say_which_film() -> None:
    club = review(
        "The Cheyenne Social Club", 1970, "A western comedy written by James Lee Barrett.",
        cast=(CastMember("James Stewart"), CastMember("Henry Fonda")), writer="James Lee Barrett",
    )  # fmt: skip
    view = view_of([club, review("Cheyenne", 1947, "A western.")])
    said = answer(view, "the cheyenne social club, jimmy stewart n henry fonda - who wrote that")
    assert said.film == club.film and "James Lee Barrett" in said.answer, said.answer


def test_which_director_and_lead_actress_asked_keyword_style() -> None:
    champ = review("The Champ", 1979, "A boxing drama directed by Franco Zeff.", director="Franco Zeff")
    humor = review(
        "Humoresque", 1946, "A drama about a violinist.",
        cast=(CastMember("John Garfield"), CastMember("Joan Crawford")),
    )  # fmt: skip
    view = view_of([champ, humor])
    assert "Franco Zeff" in answer(view, "the 1979 champ with jon voight - which director did it").answer
    assert "Joan Crawford" in answer(view, "humoresque (46) lead actress").answer


def test_a_silent_version_asked_of_a_title_whose_films_all_have_sound_is_one_we_lack() -> None:
    ford = review(
        "3 Godfathers",
        1948,
        "3 Godfathers is a 1948 Western film directed by John Ford.",
        director="John Ford",
    )
    view = view_of([ford])
    said = answer(view, "the three godfathers harry carey silent, who directed")
    assert said.abstained and said.film is None and "silent" in said.answer, said.answer
    assert answer(view, "who directed 3 godfathers").film == ford.film


def test_words_set_off_before_the_word_that_closes_a_keyword_frame_are_the_titles() -> None:
    sing = review(
        "Sing", 1989, "A drama about a high school talent show.", cast=(CastMember("Lorraine Bracco"),)
    )
    games = review(
        "The Hunger Gamez",
        2012,
        "Katniss fights in the games; the next film is Mockingjay.",
        director="Gary R",
    )
    holmes = review(
        "Sherlock Holmes", 1922, "A mystery.", cast=(CastMember("John Barrymore"), CastMember("Roland Young"))
    )
    young = [
        review(f"Young {w}", 1980 + i, "A drama.") for i, w in enumerate(("Guns", "Frankenstein", "Lions"))
    ]
    blue = review("Blue", 1968, "A Western film.", cast=(CastMember("Terence Stamp"),))
    view = view_of([sing, games, holmes, *young, blue])
    for question, typed in (
        ("Sing, Baby, Sing cast", "sing baby sing"),
        # (small words after the comma ask nothing)
        ("whats blue, white and perfect about", "blue white and perfect"),
        ("whats the hunger gamez: mockingjay – part 2 about", "the hunger gamez mockingjay part 2"),
        # (a word opening several titles of ours is a title's word before it, whoever else it names)
        ("hey who was in young sherlock holmes lol", "young sherlock holmes"),
    ):
        said = answer(view, question)
        assert said.abstained and said.film is None and f"“{typed}”" in said.answer, (question, said.answer)
    # (one asking word alone after the dash is the question, or with a request and an article)
    assert answer(view, "ok now sing - cast?").film == sing.film
    assert answer(view, "sing 89 - gimme the cast").film == sing.film


def test_more_of_a_longer_title_beside_one_of_ours_in_a_plain_question_is_a_title_we_lack() -> None:
    society = review(
        "In Society", 1944, "A comedy starring Abbott and Costello.", cast=(CastMember("Bud Abbott"),)
    )
    smith = review("John Smyth", 1922, "A silent comedy.", director="Victor Heer")
    poca = review("Pocahontas", 1995, "An animated musical.", director="Mike Gabriel")
    days = review("The Last Days", 1998, "A documentary directed by James Moll.", director="James Moll")
    dumb = review("Dumb and Dumber", 1994, "A comedy.", director="Peter Farrelly")
    view = view_of([society, smith, poca, days, dumb])
    for question, typed in (
        # (the frame's "in" is not the title's: "society snobs", no In Society)
        ("hey who was in society snobs lol", "society snobs"),
        # (two titles of ours with more words beside them are one longer title)
        ("whats captain john smyth and pocahontas about", "captain john smyth and pocahontas"),
        # (words joined to a title excuse it only by a name in full, not one word of a name)
        ("whats the last days of frank and jesse james about", "the last days of frank and jesse james"),
        # (a joining word ends it)
        ("who wrote dumb and dumber to", "dumb and dumber to"),
    ):
        said = answer(view, question)
        assert said.abstained and said.film is None and f"“{typed}”" in said.answer, (question, said.answer)
    assert answer(view, "hey who was in in society lol").film == society.film
    # (but "in" before a year left off is no more title)
    assert answer(view, "who directed pocahontas in 1995").film == poca.film


def test_a_story_naming_its_star_by_a_possessive_surname_is_not_a_title_inside_it() -> None:
    star = (CastMember("Barbara Stanwick"),)
    walker = review(
        "The Night Walkr", 1964, "The wife of a wealthy inventor is plagued by nightmares after her husband's death.",
        cast=star,
    )  # fmt: skip
    others = [review(f"Stanwick Film {i}", 1940 + i, "A melodrama.", cast=star) for i in range(2)]
    dreams = review(
        "Bad Dreamz", 1988, "A slasher about a cult survivor.", cast=(CastMember("Jennifer Rubin"),)
    )
    view = view_of([walker, *others, dreams])
    said = answer(
        view,
        "stanwick's final film, a woman whose wealthy husband dies keeps having bad dreamz that get scarier",
    )
    assert said.film != dreams.film, said.answer


def test_the_first_of_a_series_is_the_one_its_sequel_numbers_not_an_older_film_of_that_title() -> None:
    old = review("Iron Mann", 1951, "A boxing drama.", director="Joe Pevney", writer="Borden Chase")
    first = review("Iron Mann", 2008, "A superhero film.", director="Jon Favreau", writer="Mark Fergus")
    second = review("Iron Mann 2", 2010, "The sequel.", director="Jon Favreau", writer="Justin Theroux")
    view = view_of([old, first, second])
    turn = answer(view, "and iron mann 2 who wrote it")
    said = answer(view, "back to the first one - who wrote that", context=turn.conversation)
    assert said.film == first.film, said.answer
    # (after a remake, the first one is the earliest of its title)
    turn = answer(view, "iron mann 2008 director")
    assert answer(view, "ok and the first one, who made that", context=turn.conversation).film == old.film


def test_an_actors_possessive_typed_without_its_apostrophe_asks_their_part_not_a_title() -> None:
    snatcher = review(
        "The Body Snatchr", 1945, "The film stars Boris Karloff as John Gray, a cab driver.",
        director="Robert Wise", cast=(CastMember("Boris Karloff", "John Gray"),),
    )  # fmt: skip
    view = view_of([snatcher])
    turn = answer(view, "who directed the body snatchr 1945")
    said = answer(view, "whats karloffs character called", context=turn.conversation)
    assert said.film == snatcher.film and "John Gray" in said.answer, said.answer


def test_a_kind_of_version_and_its_year_asked_after_a_title_find_that_years_version_titled_longer() -> None:
    epic = review("Ben-Hurr", 1959, "An epic directed by William Wyler.", director="William Wyler")
    short = review("Ben Hurr", 1907, "A silent short.", director="Sidney Olcott")
    silent = review(
        "Ben-Hurr: A Tale of the Christ", 1925, "A silent epic written by June Mathis.", writer="June Mathis"
    )
    view = view_of([epic, short, silent])
    turn = answer(view, "who directed ben hurr 1959")
    said = answer(view, "and the silent one from 25, who wrote that", context=turn.conversation)
    assert said.film == silent.film and "June Mathis" in said.answer, said.answer


def test_one_spelled_out_after_a_word_of_a_title_is_no_first_film_of_a_series() -> None:
    blood = review(
        "Da Sweet Blood", 2015, "A vampire film by Spike Lea: a wealthy anthropologist is stabbed with an "
        "ancient African dagger.", director="Spike Lea",
    )  # fmt: skip
    vampire = review("The Vampyre", 1915, "A silent film about a woman who lures men.")
    view = view_of([blood, vampire])
    said = answer(view, "spike lea vampyre one, a rich guy gets stabbed with an old african dagger")
    assert "“vampyre one”" not in said.answer and said.film != vampire.film, said.answer


def test_which_film_of_a_series_came_second_is_the_one_its_text_numbers_so() -> None:
    first = review(
        "Six Little Pippers and How They Grew",
        1939,
        "A family comedy. It is the first Six Little Pippers film.",
    )
    second = review("Six Little Pippers at Home", 1940, "A drama. It is the second Six Little Pippers film.")
    third = review("Out West with the Pippers", 1940, "A comedy. It is the third Six Little Pippers film.")
    view = view_of([first, second, third])
    said = answer(view, "which six little pippers movie came second")
    assert said.film == second.film and not said.abstained, said.answer


def test_after_reading_heldout196_197_a_title_holding_a_kind_of_version_a_short_year_and_a_titled_part() -> (
    None
):
    silent = review("The Silent Guardyan", 1925, "A silent western.", cast=(CastMember("Art Acord"),))
    old = review("The Guardyan", 1917, "A lost silent drama.", cast=(CastMember("Montagu Love"),))
    new = review("The Guardyan", 1990, "A horror film.", cast=(CastMember("Jenny Seagrove"),))
    talmadge = (CastMember("Richard Talmadg"),)
    wildcat = review(
        "Wildcat Jordon", 1922, "A silent comedy action film starring Richard Talmadg.", cast=talmadge
    )
    others = [review(f"Talmadg Film {i}", 1925 + i, "An action film.", cast=talmadge) for i in range(2)]
    creepers = review(
        "Jeepers Creeperz",
        2001,
        "The Creeper hunts two siblings.",
        cast=(CastMember("Jonathan Breck", "The Creeper"),),
    )
    creeper = review(
        "The Creeperz",
        1948,
        "A mad doctor's serum turns a man into a cat.",
        cast=(CastMember("Onslow Stevens"),),
    )
    view = view_of([silent, old, new, wildcat, *others, creepers, creeper])
    # (a kind of version that is a word of a title of ours is the title's)
    assert answer(view, "which actors are in the silent guardyan").film == silent.film
    # (a title we lack, its year in two digits, then its star)
    said = answer(view, "lucky dan 22 richard talmadg action flick director")
    assert said.abstained and said.film is None and "“lucky dan”" in said.answer, said.answer
    # (a part the film talked about is titled after, then who plays it asked)
    turn = answer(view, "jeepers creepers 2001 whos in it")
    assert answer(view, "the creeperz guy - actor?", context=turn.conversation).film == creepers.film


def test_after_reading_heldout198_199_titles_typed_with_more_than_the_title() -> None:
    nonstop = review(
        "Non-Stopp", 2014, "An air marshal hunts a killer on a plane.", cast=(CastMember("Liam Neesan"),)
    )
    jaws = review("Jawz", 1975, "A shark attacks a beach town.", director="Steve Spielbirg")
    revenge = review("Jawz: The Revenge", 1987, "A shark follows a widow.", director="Joseph Sargant")
    old = review("The Secret Life of Walter Mittie", 1947, "A daydreamer.", cast=(CastMember("Danny Kaey"),))
    new = review(
        "The Secret Life of Walter Mittie", 2013, "A daydreamer at a magazine.", cast=(CastMember("Ben Stilor"),),
        writer="Steve Conrod",
    )  # fmt: skip
    sideway = review(
        "Sideway", 2004, "Two men take a road trip through wine country.", source="Rex Pickit's novel"
    )
    wine = review("Wine", 1924, "A silent drama about bootleggers.")
    view = view_of([nonstop, jaws, revenge, old, new, sideway, wine])
    # (a word of a longer title between the title found and a dash, no part asked: a title we lack)
    said = answer(view, "the non stopp kid - who starred in that one")
    assert said.abstained and said.film is None, said.answer
    # (a series' name, the place its film has in it, then the subtitle the title gives)
    assert answer(view, "who directed jawz 4 the revenge").film == revenge.film
    # (the end of a longer title, then a star's name and the question, keyword style)
    said = answer(view, "walter mittie ben stilor who wrote it")
    assert said.film == new.film and "Steve Conrod" in said.answer, said.answer
    assert answer(view, "walter mittie ben stilor version who wrote it").film == new.film
    # (a title opening the message, then "the … movie" saying what film it is: not the film Wine)
    assert (
        answer(view, "sideway the wine movie - was it a book first? who wrote the book").film == sideway.film
    )


def test_after_reading_heldout198_199_the_star_a_name_opening_with_a_part_word_and_a_name_cut_short() -> None:
    hawk = review(
        "The Sea Hauk", 1940, "A privateer raids Spanish ships.", cast=(CastMember("Errol Flinn"),),
        writer="Howard Koche",
    )  # fmt: skip
    star = review("Star!", 1968, "A biopic of a stage star.", writer="William Fairchilde")
    born = review(
        "A Star Is Borne", 1954, "A singer rises.", cast=(CastMember("Judy Garlund"),), writer="Moss Hartt"
    )
    later = review(
        "A Star Is Borne", 2018, "A singer rises.", cast=(CastMember("Bradley Coopar"), CastMember("Lady Gogo")),
        writer="Eric Rothe",
    )  # fmt: skip
    steel = review(
        "Steal", 1997, "A weapons engineer builds armour.",
        cast=(CastMember("Shaquille O'Neel", "John Henry Irons"), CastMember("Judd Nelsen", "Nathaniel Burke")),
    )  # fmt: skip
    view = view_of([hawk, star, born, later, steel])
    # ("who was the star": its lead, not the film Star!)
    turn = answer(view, "who wrote the sea hauk 1940")
    said = answer(view, "and who was the star", context=turn.conversation)
    assert said.film == hawk.film and "Errol Flinn" in said.answer, said.answer
    # (but "who was … directed by" asks of the film named)
    assert answer(view, "Who was Star! directed by?").film == star.film
    # ("the lady gogo one": a name opening with a word for a part says which version)
    turn = answer(view, "who wrote a star is borne 1954")
    said = answer(view, "what about the lady gogo one", context=turn.conversation)
    assert said.film == later.film and "Eric Rothe" in said.answer, said.answer
    # ("w/ shaq": a star by the opening letters of his first name)
    said = answer(view, "steal w/ shaq, who does judd nelsen play")
    assert said.film == steel.film and "Nathaniel Burke" in said.answer, said.answer


def test_after_reading_heldout198_199_parts_years_and_which_film() -> None:
    facts = {
        "obsesst-2009": ReviewFacts(
            credits=(_credit("Ali Lartar", character="Lisa", description="office temp"),
                     _credit("Idris Elbo", character="Derek", description="boss"))
        )
    }  # fmt: skip
    obsessed = review("Obsesst", 2009, "An office temp falls for her boss.", review_id="obsesst-2009")
    hood = review(
        "Robbin Hood", 1973, "An animated film in which Robin is a fox.", director="Wolfgang Reitman"
    )
    older = review("Robbin Hood", 1922, "A silent swashbuckler.", director="Allan Dwon")
    recount = review(
        "Recounte", 2008, "A television film about Florida's vote recount in the 2000 election.",
        writer="Danny Strongg",
    )  # fmt: skip
    willie = review("Steamboat Willy", 1928, "Mickey's first cartoon released with sound.")
    crazy = review("Plain Crazy", 1928, "The first Mickey cartoon made: Mickey builds an airplane.")
    view = view_of([obsessed, hood, older, recount, willie, crazy], facts)
    # (a part, then a clause telling what the part does)
    said = answer(view, "obsesst 2009 who plays the crazy temp that goes after beyonces husband")
    assert said.film == obsessed.film and "Ali Lartar" in said.answer, said.answer
    # (a title and its year, then which of its films it is: no film to guess)
    said = answer(view, "who directed the cartoon robbin hood from 73, the one with the fox")
    assert said.film == hood.film and "Wolfgang Reitman" in said.answer, said.answer
    # (a film told, then what is asked of it in a word, set off)
    said = answer(view, "recounte hbo movie about the 2000 florida vote recount thing, writer?")
    assert "Danny Strongg" in said.answer, said.answer
    # (never the film the question rules out)
    said = answer(view, "what was the very first mickey cartoon they made (not steamboat willy)")
    assert said.film != willie.film, said.answer


def test_a_longer_title_framed_by_what_happens_in_tell_me_about_or_is_it_based_on_a_book_is_one_we_lack() -> (
    None
):
    house = review("The Bigg House", 1930, "A prison drama.", director="George Hille")
    diamonds = review("Diamondz", 1975, "A heist in Tel Aviv.", director="Menahem Golam")
    horse = review("Wild Horsey", 1931, "A western about a wild horse.", source="a story by Peter Kyne")
    view = view_of([house, diamonds, horse])
    for question in (
        "hey what happens in paroled from the bigg house",
        "tell me about diamondz are forever lol",
        "is wild horsey canyon based on a book",
    ):
        said = answer(view, question)
        assert said.abstained and said.film is None, (question, said.answer)
    # (the title alone, framed so, is ours; and a place in its story is no longer title)
    assert answer(view, "hey what happens in the bigg house").film == house.film
    assert answer(view, "is wild horsey based on a book").film == horse.film
    assert answer(view, "what happens in the end of the bigg house").film == house.film


def test_who_a_part_is_in_the_story_is_the_sentence_naming_it() -> None:
    facts = {"polter-1986": ReviewFacts(credits=(_credit("JoBeth Willems"),))}
    polter = review(
        "Polterguest II",
        1986,
        'The family is attacked by forces led by "the Beast", revealed to be the spirit of an insane preacher.',
        review_id="polter-1986",
        cast=(CastMember("JoBeth Willems"),),
    )
    view = view_of([polter], facts)
    said = answer(view, "in polterguest 2 who is the beast actually")
    assert not said.abstained and "insane preacher" in said.answer, said.answer
    # (who plays it is still not said)
    assert answer(view, "who plays the beast in polterguest 2").abstained


def test_a_word_put_inside_a_title_a_title_typed_with_a_slip_and_a_story_place_while_talking() -> None:
    summer = review(
        "I Know What You Did Last Summr", 1997, "Four friends are stalked a year after an accident.",
        director="Jim Gillespy",
    )  # fmt: skip
    last = review("The Last Summr", 2019, "Friends spend a summer before college.", director="William Bindly")
    driver = review("The Drivr", 1978, "A getaway driver is hunted by a detective.", director="Walter Hil")
    end = review("The End", 1978, "A man tries to end his life.", director="Burt Reynoldz")
    alert = review(
        "Submarine Alertt", 1943, "Spies use a radio transmitter.", cast=(CastMember("Richard Arlan"),)
    )
    view = view_of([summer, last, driver, end, alert])
    # (a word put inside a title of ours: a title we lack, never a slip)
    said = answer(view, "who directed i still know what you did last summr")
    assert said.abstained and said.film is None, said.answer
    # (the whole title typed with a slip, not a shorter title inside it)
    said = answer(view, "who directed i know what you did last sumr")
    assert said.film == summer.film and "Jim Gillespy" in said.answer, said.answer
    # (a title we lack, framed by "what happens in", holding a word of ours: not The Drivr)
    said = answer(view, "hey what happens in baby drivr")
    assert said.abstained and said.film is None, said.answer
    # (where in the story, while talking about a film: not The End)
    turn = answer(view, "who directed the drivr")
    assert answer(view, "what happens in the end", context=turn.conversation).film == driver.film
    # (a title typed with its year, one word not a slip of its title's: one we lack; but its words run
    # together are its own)
    said = answer(view, "submarine base 1943 who was in it")
    assert said.abstained and said.film is None, said.answer
    dust = review("Star Dusst", 1940, "A comedy drama.", director="Walter Lange")
    later = review("Stardusst", 2007, "A fantasy film.", director="Matthew Vaughm")
    said = answer(view_of([dust, later]), "stardusst 1940 who directed it")
    assert "Walter Lange" in said.answer, said.answer


def test_parts_asked_by_a_word_of_the_same_kind_as_the_reviews_word() -> None:
    facts = {
        "doc-1941": ReviewFacts(
            credits=(_credit("Ellen Drue", description="bride"), _credit("Basil Rathbon"))
        ),
        "kasbah-2015": ReviewFacts(
            credits=(
                _credit("Bruce Willies", description="protection"),
                _credit("Bill Murrey", description="manager"),
            )
        ),
    }
    doc = review("The Mad Doctr", 1941, "A doctor marries for money.", review_id="doc-1941")
    kasbah = review("Rock the Kasba", 2015, "A talent manager in Afghanistan.", review_id="kasbah-2015")
    view = view_of([doc, kasbah], facts)
    said = answer(view, "the mad doctr (1941) his newest wife is played by")
    assert "Ellen Drue" in said.answer and not said.abstained, said.answer
    said = answer(view, "rock the kasba who plays the bodyguard guy")
    assert "Bruce Willies" in said.answer and not said.abstained, said.answer


def test_a_short_word_typed_two_letters_off_is_another_word_not_a_slip() -> None:
    fires = review("Hidden Fyres", 1918, "A silent drama.", director="George Irvin")
    view = view_of([fires])
    said = answer(view, "hidden fygures director")
    assert said.abstained and said.film is None, said.answer
    assert answer(view, "hidden fyers director").film == fires.film  # (one slip)


def test_after_reading_heldout200_201_its_films_asked_as_people_type() -> None:
    butterfly = review("Butterflye", 1924, "A silent drama.", cast=(CastMember("Laura La Plant"),))
    august = review(
        "Augustus", 1996, "An adaptation of Chekhov's play Uncle Vanya, directed by Anthony Hopkinz.",
        director="Anthony Hopkinz", source="Uncle Vanya by Anton Chekhov",
    )  # fmt: skip
    frank = review(
        "Frankensteen", 1931, "A monster is made.", cast=(CastMember("Boris Karlof", "the Monster"),)
    )
    tale = review(
        "Dolfin Tale",
        2011,
        "A boy befriends a dolphin.",
        director="Charles Martin Smyth",
        writer="Karen Jansen",
    )
    tale2 = review(
        "Dolfin Tale 2",
        2014,
        "The dolphin needs a companion.",
        director="Charles Martin Smyth",
        writer="Charles Martin Smyth",
    )
    view = view_of([butterfly, august, frank, tale, tale2])
    # (a longer title framed by "who plays in")
    said = answer(view, "who plays in the gilded butterflye")
    assert said.abstained and said.film is None, said.answer
    # ("a movie called …": the title right after it)
    said = answer(view, "anthony hopkinz did a movie called augustus in the 90s, what is it adapted from")
    assert said.film == august.film and "Uncle Vanya" in said.answer, said.answer
    # (a film, who is in it, then their part asked: never a film told by the person alone)
    said = answer(view, "anne against the world has boris karlof in it right, what does he play")
    assert said.abstained and said.film is None, said.answer
    assert answer(view, "frankensteen has boris karlof in it right, what does he play").film == frank.film
    # ("back to the first one": the first of the series talked about, no title "back")
    turn = answer(view, "who directed dolfin tale")
    turn = answer(view, "and dolfin tale 2?", context=turn.conversation)
    said = answer(view, "back to the first one, who wrote the screenplay", context=turn.conversation)
    assert said.film == tale.film and "Karen Jansen" in said.answer, said.answer


def test_a_clause_rank_words_endings_and_chatter_beside_a_title_say_nothing_of_it() -> None:
    kiss = review(
        "Prelude to a Kis", 1992, "On their wedding day, Rita is kissed by an elderly stranger named Julius (Walkr).",
        cast=(CastMember("Alec Baldwyn", "Peter"), CastMember("Sydney Walkr")),
    )  # fmt: skip
    facts = {
        "prelude-to-a-kis-1992": ReviewFacts(
            credits=(
                _credit("Alec Baldwyn", character="Peter", description="husband"),
                _credit("Sydney Walkr"),
            )
        )
    }
    crimes = review(
        "Imaginary Crimez", 1994, "A father raises two daughters.", cast=(CastMember("Harvey Keitle"),)
    )
    fishes = review("Dream with the Fishez", 1997, "A voyeur befriends a dying man.", director="Finn Tailor")
    hunt = review("Man Hunnt", 1936, "A comedy.", director="William Clemenz")
    view = view_of([kiss, crimes, fishes, hunt], facts)
    # (a clause says what the part does: "the bride" in it asks for no spouse)
    said = answer(view, "in prelude to a kis whos the old man that kisses the bride")
    assert "Alec Baldwyn" not in said.answer, said.answer
    # (a word of rank is no word of a longer title)
    assert answer(view, "imaginary crimez main actors").film == crimes.film
    # (and "who" with no part's word before it opens no clause: the lead is asked)
    said = answer(view, "imaginary crimez from 94 - whos the lead actor")
    assert "Harvey Keitle" in said.answer and not said.abstained, said.answer
    # (an ending left off is a slip: "fish" for "fishez")
    assert answer(view, "dream with the fishe who directed lol").film == fishes.film
    # (chatter after a title and its year)
    said = answer(view, "wait theres a 1936 man hunnt too? who directed that")
    assert said.film == hunt.film, said.answer


def _each_about(view: MemoryView, *cases: tuple[str, Review]) -> None:
    """Each question is answered about its film."""
    for question, film in cases:
        assert answer(view, question).film == film.film, question


def _no_film_of_ours(view: MemoryView, *questions: str) -> None:
    """Each question is about a film we lack: an abstention about no film."""
    for question in questions:
        said = answer(view, question)
        assert said.abstained and said.film is None, (question, said.answer)


def _then(view: MemoryView, first: str, question: str) -> Answer:
    """The answer to `question` asked right after `first`."""
    return answer(view, question, context=answer(view, first).conversation)


def test_a_title_opened_by_a_pronoun_or_a_version_we_lack_is_no_story_of_another_film() -> None:
    soldiers = review("Soldiers of Fortune", 1919, "Soldiers of Fortune is a 1919 drama. The soldiers live in fear.",
                      cast=(CastMember("Wallace Beery"),))  # fmt: skip
    live = review(
        "They Live by Night", 1949, "A young convict on the run falls in love.", director="Nicholas Ray"
    )
    where = review("Where the Boys Are", 1960, "Four co-eds spend spring break in Fort Lauderdale.",
                   cast=(CastMember("Dolores Hart"),))  # fmt: skip
    door = review("The Boys Next Door", 1985, "Two boys leave their town where they are bored and go on a spree.",
                  cast=(CastMember("Charlie Sheen"),))  # fmt: skip
    view = view_of([soldiers, live, where, door])
    # ("what happens in" then a pronoun: a title we lack, not a story question)
    for question in ("what happens in we were soldiers", "hey what happens in they live in fear"):
        said = answer(view, question)
        assert said.abstained and said.film is None, (question, said.answer)
    said = answer(view, "what happens in they live by night")
    assert said.film == live.film and not said.abstained, said.answer
    # (a whole title of ours typed with a year not its own: a version we lack, not a film found by its story)
    said = answer(view, "hey what happens in where the boys are '84")
    assert said.abstained and said.film is None and "Where the Boys Are (1960)" in said.answer, said.answer
    assert answer(view, "what happens in where the boys are 1960").film == where.film


def test_a_longer_title_of_the_year_said_only_for_the_title_typed_whole() -> None:
    mans = review(
        "Man's Woman", 1917, "Man's Woman is a 1917 silent drama.", cast=(CastMember("Ethel Clayton"),)
    )
    woman = review("Woman", 1918, "Woman is a 1918 silent drama.", cast=(CastMember("Ethel Hallor"),))
    view = view_of([mans, woman])
    # ("war and" goes on with the title: a film we lack, not the 1917 film holding "woman")
    said = answer(view, "war and the woman 1917 who starred")
    assert said.abstained and said.film is None, said.answer
    assert answer(view, "the 1917 woman who starred").film == mans.film


def test_a_long_title_we_lack_asked_about_and_a_part_of_the_story_of_one_we_have() -> None:
    blue = review("Bluebeard", 1944, "Bluebeard is a 1944 film noir. A painter strangles his models.",
                  cast=(CastMember("John Carradine"),))  # fmt: skip
    jaws = review("Jaws", 1975, "Jaws is a 1975 thriller. A shark attacks a beach town. In the end, Brody kills it.",
                  cast=(CastMember("Roy Scheider"),))  # fmt: skip
    view = view_of([blue, jaws])
    # (whose, after a name, is no "is" inside a title; and a title of eight words is still one)
    for question in ("tell me about bluebeard's seven wives lol",
                     "tell me about the pirates of the caribbean dead man's chest movie lol"):  # fmt: skip
        said = answer(view, question)
        assert said.abstained and said.film is None, (question, said.answer)
    # (a place in the story of a title of ours, whose or not: no longer title we lack)
    for question in ("what happens in jaws's ending", "what happens in jaws ending"):
        said = answer(view, question)
        assert said.film == jaws.film, (question, said.answer)


def test_a_part_told_after_a_passive_clause_is_not_the_part_of_the_actor_before_it() -> None:
    tess = review(
        "Guarding Tezz", 1994,
        "Guarding Tezz is a 1994 comedy. Maclane plays a former First Lady protected by an entourage of "
        "Secret Service agents led by one she exasperates (Kage).",
        cast=(CastMember("Shirley Maclane"), CastMember("Nicolas Kage")),
    )  # fmt: skip
    said = answer(view_of([tess]), "who plays the secret service agent in guarding tezz")
    assert "Maclane" not in _claim(said), said.answer
    said = answer(view_of([tess]), "who plays the first lady in guarding tezz")
    assert "Shirley Maclane" in said.answer, said.answer


def test_what_about_the_silent_one_from_a_year_asks_the_last_question_again() -> None:
    old = review("The Great Gatsbi", 1926, "The Great Gatsbi is a 1926 American silent drama film directed by Herbert Brenon.",
                 director="Herbert Brenon")  # fmt: skip
    new = review("The Great Gatsbi", 1949, "The Great Gatsbi is a 1949 drama film directed by Elliott Nugent.",
                 director="Elliott Nugent")  # fmt: skip
    view = view_of([old, new])
    said = _then(view, "who directed the great gatsbi from 49", "what about the silent one from 26")
    assert said.answer.startswith("The Great Gatsbi (1926) was directed by Herbert Brenon"), said.answer


def test_after_reading_heldout202_203_versions_and_owners_as_people_type() -> None:
    things = review("10 Thingz I Hate About You", 1999,
                    "The film follows Cameron, who is smitten with Bianca (Oleynick), Kat's sister.",
                    cast=(CastMember("Larisa Oleynick", "Bianca"),))  # fmt: skip
    kiss = review("Kiss and Tell", 1945, "A comedy.", cast=(CastMember("Shirley Temple"),))
    rib23 = review("Adam's Ribb", 1923, "A silent drama.", writer="Jeanie MacPherson",
                   cast=(CastMember("Milton Sills"),))  # fmt: skip
    rib49 = review("Adam's Ribb", 1949, "A comedy starring Spencer Tracy and Katharine Hepburn.",
                   writer="Ruth Gordon", cast=(CastMember("Spencer Tracy"), CastMember("Katharine Hepburn")))  # fmt: skip
    friends = review("Amongst Friendz", 1993, "A crime film.", cast=(CastMember("Mira Sorvino"),))
    bourne02 = review(
        "The Bourne Identitee", 2002, "A spy film.", cast=(CastMember("Matt Damon", "Jason Bourne"),)
    )
    bourne88 = review("The Bourne Identitee", 1988, "A television film.",
                      cast=(CastMember("Richard Chamberlain", "Jason Bourne"),))  # fmt: skip
    view = view_of([things, kiss, rib23, rib49, friends, bourne02, bourne88])
    # (someone's, the apostrophe dropped: no title's initials)
    said = _then(view, "whos in 10 thingz i hate about you", "who plays kats sister")
    assert said.film == things.film, said.answer
    # (two people said of a version)
    said = answer(view, "adams ribb, the tracy and hepburn one - who wrote it")
    assert said.film == rib49.film and "Ruth Gordon" in said.answer, said.answer
    # (an era said of a version: none of ours)
    said = answer(view, "hey whos in amongst friendz, the pre code one")
    assert said.abstained and said.film is None, said.answer
    # (an older version, the kind of film between)
    said = _then(
        view,
        "who plays jason bourne in the bourne identitee 2002",
        "wasnt there an older tv version? who was bourne in that",
    )
    assert said.film == bourne88.film and "Richard Chamberlain" in said.answer, said.answer


def test_a_real_case_asked_is_what_the_film_is_based_on_that_is_no_kind_of_work() -> None:
    fane = review("Miss Fane's Babby Is Stolen", 1934,
                  "It was written from a novel and story by Rupert Hughs. The events were allegedly based on the "
                  "Lindbergh kidnapping.")  # fmt: skip
    facts = {
        fane.review_id: ReviewFacts(
            sources=(
                SourceWork("a story", "Rupert Hughs", "story", evidence="It was written from a novel and story by Rupert Hughs.",
                           review_id=fane.review_id, confidence=0.75),
                SourceWork("the Lindbergh kidnapping", None, None, review_id=fane.review_id, confidence=0.6,
                           evidence="The events were allegedly based on the Lindbergh kidnapping."),
            )
        )
    }  # fmt: skip
    view = view_of([fane], facts)
    said = answer(view, "miss fanes babby is stolen was based on what real case")
    assert "Lindbergh kidnapping" in said.answer, said.answer
    assert "Rupert Hughs" in answer(view, "what is miss fanes babby is stolen based on").answer


def test_a_title_then_its_stars_one_by_a_short_first_name() -> None:
    basic = review("Basik", 2003, "Basik is a 2003 thriller written by James Vanderbilt.", writer="James Vanderbilt",
                   cast=(CastMember("John Travolta"), CastMember("Samuel L. Jackson")))  # fmt: skip
    said = answer(view_of([basic]), "basik travolta sam jackson, who wrote it")
    assert said.film == basic.film and "James Vanderbilt" in said.answer, said.answer


def test_the_mother_asked_is_the_part_told_with_her_daughter_after_its_name() -> None:
    lolita = review(
        "Lolitta", 1997,
        "It stars Jeremy Irons as Humbert Humbert and Dominique Swain as Dolores Haze, with Melanie Griffith as "
        "Charlotte Haze. A professor named Humbert rents a room in the house of the widow Charlotte Haze and "
        "becomes attracted to her adolescent daughter Dolores.",
        cast=(CastMember("Jeremy Irons", "Humbert Humbert"), CastMember("Dominique Swain", "Dolores Haze"),
              CastMember("Melanie Griffith", "Charlotte Haze")),
    )  # fmt: skip
    view = view_of([lolita])
    said = answer(view, "lolitta 97 who plays the mother")
    assert "Melanie Griffith" in said.answer and not said.abstained, said.answer
    # (his son, not her daughter, tells the father: none here)
    said = answer(view, "who plays the dad in lolitta")
    assert said.abstained and "Melanie Griffith as" not in said.answer, said.answer


def test_a_word_put_inside_a_title_typed_keyword_style_is_a_title_we_lack() -> None:
    summer = review("I Know What You Did Last Summer", 1997, "A slasher film written by Kevin Williamsen.",
                    writer="Kevin Williamsen")  # fmt: skip
    view = view_of([summer, review("The Last Summer", 2019, "A teen film.")])
    said = answer(view, "i still know what you did last summer who wrote it")
    assert said.abstained and said.film is None, said.answer
    assert answer(view, "i know what you did last summer who wrote it").film == summer.film


def test_follow_ups_by_what_a_version_is_and_by_a_part_s_words() -> None:
    addams91 = review("The Adams Family", 1991, "The Adams Family is a 1991 American comedy film based on the characters "
                      "from the cartoon by Charles Adams.", director="Barry Sonnenfeld")  # fmt: skip
    addams19 = review("The Adams Family", 2019, "The Adams Family is a 2019 computer-animated comedy film.",
                      director="Conrad Vernon")  # fmt: skip
    baby = review("Million Dollar Babby", 2004, "The film follows Maggie Fitzgerald (Swank), an amateur boxer.",
                  writer="Paul Haggis", cast=(CastMember("Hilary Swank", "Maggie Fitzgerald"),))  # fmt: skip
    girl = review("The Girl", 2012, "A drama.", cast=(CastMember("Abbie Cornish"),))
    view = view_of([addams91, addams19, baby, girl])
    # (what a version is, from what its opening says it is: not "based on … the cartoon")
    said = _then(view, "who directed the adams family 1991", "and the animated one?")
    assert said.film == addams19.film and "Conrad Vernon" in said.answer, said.answer
    # (a title's word among the words of the part asked is no other film)
    said = _then(view, "who wrote million dollar babby (2004)", "who plays the girl boxer")
    assert said.film == baby.film and "Hilary Swank" in said.answer, said.answer


def test_the_part_stressed_and_the_women_asked_in_a_follow_up() -> None:
    bishop = review("The Case of the Stutterin Bishop", 1937, "A mystery.",
                    cast=(CastMember("Ann Dvorak", "Della Street"), CastMember("Edward McWaid", "Bishop William Mallory")))  # fmt: skip
    jekyll = review("Dr. Jekyl and Mr. Hyde", 1941, "A horror film.",
                    cast=(CastMember("Spencer Tracy", "Dr. Henry Jekyll"), CastMember("Ingrid Bergman"), CastMember("Lana Turner")))  # fmt: skip
    women = review("The Women", 1939, "A comedy.", cast=(CastMember("Norma Shearer"),))
    view = view_of([bishop, jekyll, women])
    said = _then(
        view, "who plays della street in the case of the stutterin bishop", "and the bishop himself?"
    )
    assert said.film == bishop.film and "Edward McWaid" in said.answer, said.answer
    said = _then(view, "who directed dr jekyl and mr hyde 1941", "ok and who are the women in that")
    assert said.film == jekyll.film and "Ingrid Bergman" in said.answer, said.answer


def test_the_part_a_title_names_then_a_word_for_someone_asks_who_plays_it() -> None:
    jeepers = review("Jeepers Creepers", 2001, "Two siblings are pursued by the Creeper, a demonic serial killer "
                     "portrayed by Jonathan Brek.", cast=(CastMember("Justin Longg", "Darry"),
                     CastMember("Jonathan Brek", "Creeper")))  # fmt: skip
    creeper = review("The Creeper", 1948, "A horror film.", cast=(CastMember("Eduardo Ciannelli"),))
    view = view_of([jeepers, creeper])
    said = _then(view, "jeepers creepers 2001 whos in it", "the creeper guy - actor?")
    assert said.film == jeepers.film and "Jonathan Brek" in said.answer and not said.abstained, said.answer


def test_not_the_version_of_a_year_is_the_other_one() -> None:
    k46 = review(
        "The Killerz",
        1946,
        "The Killerz is a 1946 film noir directed by Robert Siodmak.",
        director="Robert Siodmak",
    )
    k64 = review("The Killerz", 1964, "The Killerz is a 1964 crime film directed by Don Siegel.", director="Don Siegel",
                 cast=(CastMember("Lee Marvin"),))  # fmt: skip
    other = review("Killerz", 2010, "A comedy.", director="Robert Luketic")
    view = view_of([k46, k64, other])
    for question in (
        "the killerz director (the lee marvin one not the 46 one)",
        "the killerz director, not the 46 one",
    ):
        said = answer(view, question)
        assert said.film == k64.film and "Don Siegel" in said.answer, (question, said.answer)


def test_a_title_of_ours_then_a_colon_and_a_subtitle_it_lacks_is_a_film_we_lack() -> None:
    mission = review("Mission: Impossibel", 1996, "Mission: Impossibel is a 1996 spy film directed by Brian De Palma.",
                     director="Brian De Palma")  # fmt: skip
    view = view_of([mission, review("Dead Reckoning", 1947, "A film noir.", director="John Cromwell")])
    for question in ("who made mission: impossibel – dead reckoning part one",
                     "tell me about mission: impossibel – dead reckoning part one lol"):  # fmt: skip
        said = answer(view, question)
        assert said.abstained and said.film is None, (question, said.answer)
    assert answer(view, "who directed mission: impossibel").film == mission.film
    assert answer(view, "mission: impossibel - who directed it").film == mission.film
    # (an aside set off by two dashes says which film, no subtitle)
    said = answer(view, "mission: impossibel — brian de palma's spy movie — who directed it")
    assert said.film == mission.film, said.answer


def test_a_title_of_ours_then_a_linking_verb_and_a_word_is_a_longer_title_we_lack() -> None:
    gems = review("Diamondz", 1975, "Diamondz is a 1975 heist film. Robert Shaw stars in a dual role as twin brothers.",
                  cast=(CastMember("Robert Shaw"),))  # fmt: skip
    toes = review("Twinkletoez", 1926, "Twinkletoez is a 1926 silent film directed by Charles Brabin.",
                  director="Charles Brabin")  # fmt: skip
    view = view_of([gems, toes])
    for question in ("whos the bond in diamondz are forever", "who plays bond in diamondz are forever",
                     "who directed diamondz are forever"):  # fmt: skip
        said = answer(view, question)
        assert said.abstained and said.film is None and "diamondz are forever" in said.answer, (
            question,
            said.answer,
        )
    # (a second question after the title is no more of it)
    for question in ("who directed twinkletoez and is it good", "who directed twinkletoez is it good"):
        said = answer(view, question)
        assert said.film == toes.film and "Charles Brabin" in said.answer, (question, said.answer)


def test_an_abstention_on_a_film_we_found_names_it() -> None:
    gems = review("Diamondz", 1975, "Diamondz is a 1975 heist film. Robert Shaw stars in a dual role.",
                  cast=(CastMember("Robert Shaw"),))  # fmt: skip
    said = answer(view_of([gems]), "who directed diamondz")
    assert (
        said.abstained and said.film == gems.film and "Diamondz (1975) don't name its director" in said.answer
    )


def test_the_hero_the_story_follows_is_not_named_as_its_villain() -> None:
    hard = review("Dye Hard", 1988, "Dye Hard follows New York City police detective John McClane (Willis) who is "
                  "caught up in a terrorist takeover of a Los Angeles skyscraper.",
                  cast=(CastMember("Bruce Willis", "John McClane"), CastMember("Alan Rickman")))  # fmt: skip
    knight = review("The Dark Nite", 2008, "Batman and Gordon fight crime. Their efforts are derailed by the "
                    "Joker, an anarchistic mastermind.", cast=(CastMember("Christian Bale"),))  # fmt: skip
    view = view_of([hard, knight])
    said = answer(view, "who plays the villain in dye hard")
    assert said.abstained and "Bruce Willis plays" not in said.answer and "McClane" not in said.answer, (
        said.answer
    )
    assert "Joker" in answer(view, "who is the villain in the dark nite").answer


def test_a_part_word_before_named_describes_the_stranger_named_not_the_part_beside_it() -> None:
    shrek = review("Shrek Two", 2004, "The film stars Mike Myers, Eddie Murphy and Cameron Diaz, who reprise their "
                   "respective voice roles of Shrek, Donkey, and Fiona. Shrek and Donkey team up with a "
                   "swashbuckling cat named Puss in Boots to foil her plans.",
                   cast=(CastMember("Mike Myers", "Shrek"), CastMember("Eddie Murphy", "Donkey"),
                         CastMember("Antonio Banderas")))  # fmt: skip
    said = answer(view_of([shrek]), "shrek two who voices the cat")
    assert said.abstained and "Eddie Murphy as" not in said.answer, said.answer
    assert "don't say who plays the cat" in said.answer and "Antonio Banderas" in said.answer, said.answer


def test_a_named_part_no_review_tells_is_said_back_as_a_name_with_the_cast() -> None:
    gump = review("Forrest Gumpp", 1994, "The film follows a slow-witted Alabama man named Forrest Gumpp (Hanks).",
                  cast=(CastMember("Tom Hanks", "Forrest Gumpp"), CastMember("Robin Wright"),
                        CastMember("Gary Sinise")))  # fmt: skip
    for question, note in (("forrest gumpp who plays jenny", "don't mention Jenny;"),
                           ("who plays lt dan in forrest gumpp", "don't mention Lt Dan;"),
                           ("who plays the mom in forrest gumpp", "don't say who plays the mom;")):  # fmt: skip
        said = answer(view_of([gump]), question)
        assert said.abstained and note in said.answer, (question, said.answer)
        assert "Gary Sinise" in said.answer, said.answer


def test_the_remake_or_the_original_said_beside_a_title_of_several_films() -> None:
    h78 = review("Hallowe'en", 1978, "Hallowe'en is a 1978 slasher film directed by John Carpenter.",
                 director="John Carpenter")  # fmt: skip
    h07 = review("Hallowe'en", 2007, "Hallowe'en is a 2007 slasher film directed by Rob Zombie. The film is a "
                 "remake of the 1978 horror film of the same name.", director="Rob Zombie")  # fmt: skip
    h18 = review("Hallowe'en", 2018, "Hallowe'en is a 2018 slasher film directed by David Gordon Green. It is a "
                 "sequel to the 1978 film.", director="David Gordon Green")  # fmt: skip
    view = view_of([h78, h07, h18])
    for question, film in (
        ("halloween the remake who directed", h07),
        ("halloween, the original - who directed", h78),
    ):
        said = answer(view, question)
        assert said.film == film.film and not said.abstained, (question, said.answer)


def test_who_a_name_is_asked_in_a_story_is_the_sentence_naming_it_or_said_unmentioned() -> None:
    knight = review("The Dark Nite", 2008, "The plot follows the vigilante Batman, police lieutenant James Gordon, "
                    "and district attorney Harvey Dent, who form an alliance. Their efforts are derailed by the "
                    "Joker, an anarchistic mastermind.", cast=(CastMember("Christian Bale"),))  # fmt: skip
    weapon = review("Lethal Weapun 2", 1989, "Lethal Weapun 2 is a 1989 buddy cop film starring Mel Gibson and "
                    "Danny Glover.", cast=(CastMember("Mel Gibson"), CastMember("Danny Glover")))  # fmt: skip
    view = view_of([knight, weapon])
    assert "Joker, an anarchistic" in answer(view, "the dark nite whos the joker").answer
    said = answer(view, "the dark nite who is ripley")
    assert said.abstained and "don't mention Ripley" in said.answer, said.answer
    # (a word of it written: who is after Batman)
    assert "don't mention" not in answer(view, "the dark nite who is hunting batman").answer
    # (a villain is named by a sentence telling of harm, not by the one listing the cast)
    said = answer(view, "lethal weapun 2 who's the villain")
    assert said.abstained and "don't say who plays the villain" in said.answer, said.answer


def test_one_name_after_a_question_of_a_named_part_is_another_part_of_that_film() -> None:
    titanic = review("Titanik", 1997, "Titanik is a 1997 romance. It stars Kate Winslet and Leonardo DiCaprio as "
                     "lovers from different classes.", cast=(CastMember("Leonardo DiCaprio"),
                                                            CastMember("Kate Winslet")))  # fmt: skip
    jack = review(
        "Jack", 1996, "Jack is a 1996 comedy.", cast=(CastMember("Robin Williams"), CastMember("Jack Warden"))
    )
    ballad = review("The Ballad of Jack and Rose", 2005, "Rose lives with her father Jack on an island.",
                    cast=(CastMember("Daniel Day-Lewis"),))  # fmt: skip
    view = view_of([titanic, jack, ballad])
    for first, then, name in (("who plays rose in titanik", "and jack?", "Jack"),
                              ("who plays rose in titanik", "and cady", "Cady")):  # fmt: skip
        said = _then(view, first, then)
        assert said.film == titanic.film and said.abstained, (then, said.answer)
        assert f"don't mention {name}" in said.answer, said.answer
    # (a question of the cast, no part: the film Jack)
    assert _then(view, "who is in titanik", "and jack?").film == jack.film


def test_what_year_was_that_asks_when_the_film_talked_about_came_out() -> None:
    shining = review("The Shinning", 1980, "The Shinning is a 1980 horror film directed by Stanley Kubrick. After a "
                     "winter storm the family is snowbound.", director="Stanley Kubrick")  # fmt: skip
    for question in ("what year was that", "when was it"):
        said = _then(view_of([shining]), "the shinning director", question)
        assert "came out in 1980" in said.answer, (question, said.answer)


def test_a_title_we_lack_then_whether_someone_is_in_it_is_no_story_of_another_of_theirs() -> None:
    sleep = review("We Never Sleap", 1917, "We Never Sleap is a 1917 short comedy featuring Harold Lloyd. It was "
                   "Lloyd's last film as his \"Lonesome Luke\" character.", cast=(CastMember("Harold Lloyd"),))  # fmt: skip
    view = view_of([sleep])
    said = answer(view, "lonesome lukes honeymoon is that harold lloyd or nah")
    assert said.abstained and said.film is None and "lonesome lukes honeymoon" in said.answer, said.answer
    assert answer(view, "we never sleap is that harold lloyd or nah").film == sleep.film


def test_a_title_of_the_year_said_then_its_credited_group_whose_name_is_a_title_of_another_year() -> None:
    spooks = review("Spookz!", 1953, "Spookz! is a 1953 short subject directed by Jules White starring The Three "
                    "Stooges.", cast=(CastMember("The Three Stooges"),), director="Jules White")  # fmt: skip
    stooges = review(
        "The Three Stooges", 2012, "The Three Stooges is a 2012 comedy.", director="Peter Farrelly"
    )
    said = answer(view_of([spooks, stooges]), "spookz three stooges 1953 who directed")
    assert said.film == spooks.film and "Jules White" in said.answer, said.answer


def test_a_title_with_a_plural_mark_typed_as_it_is_written() -> None:
    girls = review("Some Girl(s)", 2013, "Some Girl(s) is a 2013 comedy film written by Neil LaBute.",
                   writer="Neil LaBute")  # fmt: skip
    view = view_of([girls, review("The Girl", 2000, "A drama."), review("The Girl", 2012, "A drama.")])
    said = answer(view, "who wrote some girl(s)?")
    assert said.film == girls.film and "Neil LaBute" in said.answer, said.answer


def test_who_wrote_the_original_asks_the_source_and_a_version_told_by_a_star_and_their_part() -> None:
    rings = review("The Lord of the Ringz", 1978, "The Lord of the Ringz is a 1978 animated fantasy film. It is an "
                   "adaptation of J. R. R. Tolkien's novel The Lord of the Ringz.")  # fmt: skip
    trap = review("Moontrapp", 1989, "Moontrapp is a 1989 science fiction film. Written by Tex Ragsdale, it was "
                  "released in April. The cast features Walter Koenig and Bruce Campbell as modern-day astronauts.",
                  cast=(CastMember("Walter Koenig"), CastMember("Bruce Campbell")), writer="Tex Ragsdale")  # fmt: skip
    view = view_of([rings, trap])
    said = answer(view, "lord of the ringz 1978 cartoon, who wrote the original")
    assert said.kind == "source" and "Tolkien" in said.answer, said.answer
    said = answer(view, "moontrapp 1989 who wrote it, the one with bruce campbell as an astronaut")
    assert "Tex Ragsdale" in said.answer, said.answer


def test_the_version_of_the_film_talked_about_by_a_star_whose_name_is_a_title_too() -> None:
    k37 = review("Kid Galahadd", 1937, "Kid Galahadd is a 1937 boxing film directed by Michael Curtiz.",
                 director="Michael Curtiz", cast=(CastMember("Humphrey Bogart"),))  # fmt: skip
    k62 = review("Kid Galahadd", 1962, "Kid Galahadd is a 1962 musical directed by Phil Karlson.",
                 director="Phil Karlson", cast=(CastMember("Elvis Presley"),))  # fmt: skip
    elvis = review(
        "Elvis",
        1979,
        "Elvis is a 1979 television film directed by John Carpenter.",
        director="John Carpenter",
    )
    said = _then(
        view_of([k37, k62, elvis]), "who directed kid galahadd 1937", "and in the elvis version who directed"
    )
    assert said.film == k62.film and "Phil Karlson" in said.answer, said.answer


def test_most_of_a_title_of_ours_typed_in_another_order() -> None:
    skull = review("Indiana Jonez and the Kingdom of the Crystal Skull", 2008, "Set in 1957, it pits Indiana Jonez "
                   "against Soviet KGB agents led by Irina Spalko.", director="Steven Spielberg")  # fmt: skip
    view = view_of([skull, review("The Kingdom", 2007, "A thriller.")])
    said = answer(view, "crystal skull indiana jonez - who leads the soviet agents")
    assert said.film == skull.film and "Irina Spalko" in said.answer, said.answer
    # (words a title of ours holds but for many of its own are no reading of it)
    assert answer(view, "who directed zorbo the great kingdom").film is None


def test_which_film_reads_a_roman_numeral_as_typed_and_counts_each_name_typed() -> None:
    madness = review("The Madnesz of King George", 1994, "The film is about George III going mad.")
    mad = review(
        "Mad Maks", 2015, "A film about a man going mad, directed by George Miller.", director="George Miller"
    )
    said = answer(view_of([mad, madness]), "film about george iii going mad")
    assert said.film == madness.film, said.answer
    story = "An epic war film, shot in black and white, about the D-Day landings at Normandy."
    longest = review("The Longest Dai", 1962, story, cast=(CastMember("John Wayne"), CastMember("Robert Mitchum"),
                                                        CastMember("Henry Fonda")))  # fmt: skip
    harm = review("In Harms Wai", 1965, "One of the last black-and-white World War II epics. It is an epic war film "
                  "about the navy, shot in black and white, with the D-Day landings.",
                  cast=(CastMember("John Wayne"), CastMember("Henry Fonda")))  # fmt: skip
    chisum = review("Chisam", 1970, "A western about a cattle baron and an epic land war in black and white.",
                    cast=(CastMember("John Wayne"), CastMember("John Mitchum"), CastMember("Chris Mitchum")))  # fmt: skip
    said = answer(
        view_of([harm, longest, chisum]),
        "black and white 60s war epic about d-day, john wayne mitchum fonda all in it",
    )
    # (the film crediting all three names first, answered or guessed)
    assert (
        "The Longest Dai" in said.answer.split("(or")[0] and "In Harms Wai" not in said.answer.split("(or")[0]
    )


def test_a_title_then_a_modal_verb_or_its_series_word_before_a_subtitle_is_a_film_we_lack() -> None:
    dreams = review(
        "Dreamz",
        1990,
        "Dreamz is a 1990 anthology film directed by Akira Kurosawa.",
        director="Akira Kurosawa",
    )
    divergent = review(
        "Divergentt",
        2014,
        "Divergentt is a 2014 science fiction film.",
        cast=(CastMember("Shailene Woodley"),),
    )
    view = view_of([dreams, divergent])
    _no_film_of_ours(
        view, "who directed what dreamz may come", "the divergentt series: insurgent 2015 who was in it"
    )
    assert "Akira Kurosawa" in answer(view, "who directed dreamz").answer


def test_a_villain_named_in_the_sentence_the_story_follows_its_hero_in() -> None:
    trek = review("Star Trec", 2009, "The film follows James T. Kirk and Spock aboard the USS Enterprise as they "
                  "combat Nero, a Romulan from their future who threatens the United Federation of Planets.",
                  cast=(CastMember("Chris Pine"), CastMember("Eric Bana")))  # fmt: skip
    said = answer(view_of([trek]), "whos the villain in star trec 2009")
    assert "Nero" in said.answer and not said.abstained, said.answer
    pets = review("League of Super-Petz", 2022, "The film tells the story of Superman's pet dog Krypto who works with "
                  "other animals to save the captured superheroes from Lex Luthor.",
                  cast=(CastMember("Dwayne Johnson"), CastMember("Kevin Hart")))  # fmt: skip
    said = answer(view_of([pets]), "league of super petz who are the bad guys")
    assert "Lex Luthor" in said.answer and not said.abstained, said.answer


def test_those_who_help_a_part_are_no_words_of_that_part() -> None:
    jaws = review("Jawz", 1975, "It stars Roy Scheider as police chief Martin Brody, who, with the help of a marine "
                  "biologist and a professional shark hunter, hunts a man-eating great white shark.",
                  cast=(CastMember("Roy Scheider"), CastMember("Robert Shaw"), CastMember("Richard Dreyfuss")))  # fmt: skip
    said = answer(view_of([jaws]), "who played the shark hunter guy in jawz")
    assert said.abstained and "Roy Scheider's" not in said.answer, said.answer


def test_a_part_described_with_its_article_is_no_name_the_reviews_never_write() -> None:
    chihuahua = review("Beverly Hills Chihuahuaz", 2008, "The plot centers on a Chihuahua named Chloe, who has to "
                       "escape from an evil Doberman, El Diablo.")  # fmt: skip
    said = answer(view_of([chihuahua]), "beverly hills chihuahuaz who's the evil dog")
    assert "El Diablo" in said.answer and "don't mention" not in said.answer, said.answer


def test_a_name_typed_beside_a_title_that_only_its_other_version_writes() -> None:
    old = review("The Ghost Patrolz", 1923, "The Ghost Patrolz is a 1923 silent melodrama directed by Nat Ross from a "
                 "short story by Sinclair Lewis.", director="Nat Ross")  # fmt: skip
    new = review(
        "Ghost Patrolz",
        1936,
        "Ghost Patrolz is a 1936 Western directed by Sam Newfield.",
        director="Sam Newfield",
    )
    view = view_of([old, new])
    said = answer(view, "ghost patrolz sinclair lewis story? who directed")
    assert said.film == old.film and "Nat Ross" in said.answer, said.answer
    assert "Sam Newfield" in answer(view, "ghost patrolz 1936 who directed").answer
    # (a name ruled out says which it is not)
    assert answer(view, "ghost patrolz who directed, not the sinclair lewis one").film != old.film


def test_a_word_before_a_title_or_a_first_name_alone_is_more_of_a_title_we_lack() -> None:
    family = review("Familie", 2019, "Familie is a 2018 American comedy film directed by Laura Steinel.",
                    director="Laura Steinel")  # fmt: skip
    hooker = review("The Happy Hooker Goes to Washingtonn", 1977, "A 1977 comedy directed by William A. Levey.",
                    director="William A. Levey")  # fmt: skip
    view = view_of([family, review("The Familie", 2013, "A crime comedy.", director="Luc Besson"), hooker])
    _no_film_of_ours(
        view, "instant familie (2018) director?", "who starred in billy jack goes to washingtonn 1977"
    )
    assert "Laura Steinel" in answer(view, "who directed familie 2018").answer


def test_a_main_title_we_lack_typed_before_one_of_ours_and_a_colon() -> None:
    dark = review(
        "In Darknesss", 2018, "In Darknesss is a 2018 thriller.", cast=(CastMember("Natalie Dormer"),)
    )
    rings = review("The Lord of the Rings: The Fellowship of the Ring", 2001, "A 2001 fantasy film directed by "
                   "Peter Jackson.", director="Peter Jackson")  # fmt: skip
    view = view_of([dark, rings])
    said = answer(view, "god's not dead: a light in darknesss 2018 who was in it")
    assert said.abstained and said.film is None and "not dead: a light in darknesss" in said.answer, (
        said.answer
    )
    assert "Peter Jackson" in answer(view, "lotr: the fellowship of the ring who directed").answer
    # (chat set off before the title: "fun fact hunting: …")
    assert answer(view, "fun fact hunting: in darknesss 2018 - who was in it?").film == dark.film


def test_a_hyphenated_part_typed_after_a_title_keyword_style() -> None:
    monster = review("The Magnetic Monstre", 1953, "The Magnetic Monstre is a 1953 science fiction film. Strother "
                     "Martin appears briefly in one scene as an airliner co-pilot.",
                     cast=(CastMember("Richard Carlson"),))  # fmt: skip
    said = answer(view_of([monster]), "the magnetic monstre airliner co-pilot actor?")
    assert "Strother Martin" in said.answer and "co-pilot co-pilot" not in said.answer, said.answer


def test_of_titles_alike_but_for_their_marks_the_one_typed_mark_for_mark() -> None:
    plus = review("Romeo + Juliett", 1996, "A 1996 film directed by Baz Luhrmann.", director="Baz Luhrmann")
    dot = review("Romeo.Juliett", 1990, "A 1990 film directed by Armando Acosta.", director="Armando Acosta")
    view = view_of([plus, dot])
    assert "Baz Luhrmann" in answer(view, "who directed romeo + juliett").answer
    assert "Armando Acosta" in answer(view, "romeo.juliett who directed").answer


def test_a_framed_title_longer_than_ours_by_a_first_name_or_more_words_is_a_film_we_lack() -> None:
    midway = review("Midwai", 2019, "Midwai is a 2019 war film starring Luke Evans and Ed Skrein.",
                    cast=(CastMember("Ed Skrein"), CastMember("Luke Evans")))  # fmt: skip
    midway76 = review(
        "Midwai",
        1976,
        "Midwai is a 1976 war film starring Charlton Heston.",
        cast=(CastMember("Charlton Heston"),),
    )
    pirates = review(
        "Piratez", 1986, "Piratez is a 1986 adventure comedy set in the Caribbean.", director="Roman Polanski"
    )
    shots = review("Hot Shotz!", 1991, "Hot Shotz! is a 1991 parody of Top Gun.", director="Jim Abrahams")
    others = [
        review(f"Filler {i}", 2000 + i % 20, "A quiet drama about a family and a farm.") for i in range(200)
    ]
    view = view_of([midway, midway76, pirates, shots, *others])
    _no_film_of_ours(view, "whos in luke does the midwai", "hey what happens in piratez of the caribbean: dead man's chest",
                     "what is hot shotz! part deux about")  # fmt: skip
    assert answer(view, "who directed midwai, the luke evans one").film == midway.film


def test_the_part_a_title_names_is_not_the_first_billed_when_their_part_is_another() -> None:
    priest = review(
        "To Kill a Priest", 1989, "It is a 1989 drama starring Ed Harriss and Christopher Lambert."
    )
    rid = priest.review_id
    facts = {rid: ReviewFacts(credits=(
        Credit("Ed Harriss", "cast", description="police captain", review_id=rid, how="credits", confidence=0.9),
        Credit("Christopher Lambert", "cast", review_id=rid, how="credits", confidence=0.9),
    ))}  # fmt: skip
    said = answer(view_of([priest], facts), "to kill a priest who plays the priest")
    assert "Ed Harriss" not in _claim(said), said.answer


def test_a_film_told_by_its_title_and_story_then_what_is_asked_of_it() -> None:
    colette = review("Colettte", 2018, "Colettte is a 2018 biographical drama film based upon the life of the French "
                     "novelist Colettte.", cast=(CastMember("Keira Knightley"), CastMember("Dominic West")))  # fmt: skip
    said = answer(view_of([colette]), "ok so colettte, the biopic about the french novelist - who's in it")
    assert "Keira Knightley" in said.answer, said.answer


def test_read_heldout208_209_different_film_answers() -> None:
    """The four answers about another film of heldout208–209, read after they were run unread."""
    play72 = review(
        "Childs Playy",
        1972,
        "Childs Playy is a 1972 drama starring James Mason.",
        cast=(CastMember("James Mason"),),
    )
    play88 = review("Childs Playy", 1988, "It stars Catherine Hicks with Brad Dourif as Chucky.",
                    cast=(CastMember("Catherine Hicks"), CastMember("Brad Dourif", "Chucky")))  # fmt: skip
    stooges = review(
        "The Three Stoogez", 2012, "It was directed by the Farrelly brothers.", director="Peter Farrelly"
    )
    montana = review("That Girl Montanna", 1921, "That Girl Montanna is a 1921 Western starring Blanche Sweet.",
                     cast=(CastMember("Blanche Sweet"), CastMember("Mahlon Hamilton")))  # fmt: skip
    arise = review("Arise, My Lov", 1940, "A 1940 romantic comedy starring Claudette Colbert and Ray Milland, about a "
                   "flyer and a newspaper woman in the Spanish Civil War. Written by Billy Wilder.",
                   cast=(CastMember("Claudette Colbert"), CastMember("Ray Milland")), writer="Billy Wilder")  # fmt: skip
    war = review("Captain Americo: Civil War", 2016, "A 2016 superhero film directed by the Russo brothers.",
                 cast=(CastMember("Chris Evans"),))  # fmt: skip
    view = view_of([play72, play88, stooges, montana, arise, war])
    said = answer(view, "who voices chucky in the original childs playy")
    assert said.film == play88.film and "Brad Dourif" in said.answer, said.answer
    # (never past a year typed)
    assert answer(view, "childs playy 1972 who plays chucky").film == play72.film
    _no_film_of_ours(view, "gents without cents three stoogez short who directed",
                     "half a chance 1920 who starred in it, mahlon hamilton maybe?")  # fmt: skip
    said = answer(view, "claudette colbert and ray milland romance, a flyer and a newspaper woman during the spanish "
                  "civil war, wilder co-wrote it")  # fmt: skip
    assert said.film != war.film, said.answer


def test_a_title_typed_as_what_a_film_is_about_beside_someone_it_does_not_credit() -> None:
    """ "miniseries with nick nolte about 2 brothers": Two Brothers is what the film is about."""
    rich = review("Rich Man, Poor Mann", 1976, "A 1976 miniseries starring Nick Nolte and Peter Strauss as two "
                  "brothers who go their separate ways.", cast=(CastMember("Nick Nolte"), CastMember("Peter Strauss")))  # fmt: skip
    two = review("Two Brotherz", 2004, "It stars Guy Pearce as a hunter who separates two tiger brothers.",
                 cast=(CastMember("Guy Pearce"),))  # fmt: skip
    view = view_of([rich, two])
    assert answer(view, "miniseries with nick nolte about two brotherz").film == rich.film
    # (the film's own star, or nobody, beside it: the title)
    assert answer(view, "movie with guy pearce about two brotherz").film == two.film
    assert answer(view, "tell me about two brotherz").film == two.film


def test_a_film_told_by_two_costars_it_credits_together() -> None:
    """ "the mafia movie with brando and pacino": not one of the films called Mafia, but the film both
    are in (surnames typed alone, rare words)."""
    father = review("The Godfathr", 1972, "The Godfathr is a 1972 crime film directed by Francis Coppola. "
                    "It stars Marlon Brandoe and Al Pacinoe as a mafia boss and his son.",
                    cast=(CastMember("Marlon Brandoe"), CastMember("Al Pacinoe")), director="Francis Coppola")  # fmt: skip
    mafia = review(
        "Mafiaa!", 1998, "A spoof of mob films starring Lloyd Bridges.", cast=(CastMember("Lloyd Bridges"),)
    )
    mamma = review(
        "Mafiaa Mamma", 2023, "A comedy starring Toni Collette.", cast=(CastMember("Toni Collette"),)
    )
    others = [review(f"Drama {n}", 1950, "A drama film about a family.") for n in range(50)]
    view = view_of([father, mafia, mamma, *others])
    for question in (
        "the mafiaa movie with brandoe and pacinoe",
        "that gangster film with brandoe and pacinoe",
    ):
        assert answer(view, question).film == father.film, question
    said = answer(view, "who directed that gangster film with brandoe and pacinoe")
    assert said.film == father.film and "Francis Coppola" in said.answer, said.answer
    # (the film named credits them: the title stands; one of them alone tells no film)
    assert answer(view, "the mafiaa movie with lloyd bridges").film == mafia.film
    talk = answer(view, "mafiaa mamma cast").conversation
    assert answer(view, "that mafiaa movie with brandoe", context=talk).film != father.film
    # (the title named credits one of them, and its own word is no surname: "spencer, the kristen
    # stewart diana movie")
    spencer = review(
        "Spencerr",
        2021,
        "A 2021 film starring Kristen Stewert as Diana.",
        cast=(CastMember("Kristen Stewert"),),
    )
    papers = review("His Picture", 1916, "Written by Anita Loos with Kristen Stewert and Jack Spencerr.",
                    cast=(CastMember("Kristen Stewert"), CastMember("Jack Spencerr")))  # fmt: skip
    view = view_of([spencer, papers, *others])
    assert answer(view, "who wrote spencerr, the kristen stewert diana movie").film == spencer.film


def test_a_version_picked_by_a_decade_in_words_or_by_older_and_later() -> None:
    hunts = [
        review("Man Huntt", year, f"Man Huntt is a {year} film starring {star}.", cast=(CastMember(star),))
        for year, star in ((1936, "Ricardo Cortez"), (1941, "Walter Pidgeon"), (1985, "Ethan Wayne"))
    ]
    belle = review(
        "Belle of the Nineties", 1934, "A 1934 Western starring Mae West.", cast=(CastMember("Mae West"),)
    )
    view = view_of([*hunts, belle])
    for question, film in (
        ("man huntt from the thirties cast", hunts[0]),
        ("man huntt (the eighties one) who starred", hunts[2]),
        ("the older man huntt cast", hunts[0]),
        ("the earlier man huntt, whos in it", hunts[0]),
        ("the later man huntt cast", hunts[2]),
        ("belle of the nineties cast", belle),
    ):
        said = answer(view, question)
        assert said.film == film.film and said.question == question, (question, said.answer)


def test_a_star_by_a_nickname_cut_from_his_name_and_a_part_named_after_what_it_is() -> None:
    steel = review("Steell", 1997, "The film stars Shaquille O'Neal as John Henry Irons, Annabeth Gish as his "
                   "partner Susan Sparks, and Judd Nelson as their rival Nathaniel Burke.",
                   cast=(CastMember("Shaquille O'Neal"), CastMember("Annabeth Gish"), CastMember("Judd Nelson")))  # fmt: skip
    view = view_of(
        [steel, review("Other", 1990, "A film starring John Johnson.", cast=(CastMember("John Johnson"),))]
    )
    said = answer(view, "in steell (the shaq movie) who plays the bad guy burke")
    assert said.film == steel.film and "Judd Nelson" in said.answer, said.answer
    said = answer(view, "who plays the villain burke in steell")
    assert said.answer.startswith(("Judd Nelson plays Nathaniel Burke", "The review mentions Judd Nelson")), (
        said.answer
    )


def test_an_article_added_and_a_word_in_the_other_number_is_a_title_we_lack() -> None:
    saddles = review("Emptie Saddles", 1936, "Emptie Saddles is a 1936 Western starring Buck Jones.",
                     cast=(CastMember("Buck Jones"),))  # fmt: skip
    view = view_of([saddles])
    for question in ("who starred in the emptie saddle", "is the emptie saddle based on a book"):
        said = answer(view, question)
        assert said.film is None and "Emptie Saddles (1936)" in said.answer, (question, said.answer)
    # (one slip alone is our film, typed loosely)
    for question in ("who starred in emptie saddle", "who starred in the emptie saddles"):
        assert answer(view, question).film == saddles.film, question


def test_who_is_a_part_asked_by_what_it_is_then_its_name() -> None:
    heiress = review("The Heirress", 1949, "Olivia de Havilland stars as Catherine Sloper, whose father disapproves "
                     "of her suitor. Ralph Richardsen plays Dr. Sloper.",
                     cast=(CastMember("Olivia de Havilland", "Catherine Sloper"), CastMember("Ralph Richardsen", "Dr. Sloper")))  # fmt: skip
    view = view_of([heiress])
    said = answer(view, "the heirress whos her dad, dr sloper")
    assert said.answer.startswith("Ralph Richardsen"), said.answer


def test_wasnt_that_asks_of_the_film_talked_about() -> None:
    raiders = review("Overland Stage Raiderz", 1938, "Overland Stage Raiderz is a 1938 Western directed by George "
                     "Sherman. The film is notable for being the final film in which silent film icon Louise Brooks "
                     "performed.", director="George Sherman")  # fmt: skip
    silent = review("The Silent Vow", 1922, "A silent drama about a vow.")
    wild = review("The City Gone Wild", 1927, "A silent gangster film starring Louise Brooks.",
                  cast=(CastMember("Louise Brooks"),))  # fmt: skip
    view = view_of([raiders, silent, wild])
    talk = answer(view, "who directed overland stage raiderz").conversation
    for question in (
        "wasnt that some silent actress's last film? which one",
        "wasnt that louise brooks last film",
    ):
        said = answer(view, question, context=talk)
        assert said.film == raiders.film and "Louise Brooks" in said.answer, (question, said.answer)


def test_a_series_film_by_its_place_that_its_reviews_give() -> None:
    """ "harry potter 3": we lack the first film, so counting ours would be wrong; the reviews say which
    is the third."""
    second = review("Harry Potterr and the Chamber of Secrets", 2002, "It is the second instalment in the Harry "
                    "Potterr film series. It was directed by Chris Columbus.", director="Chris Columbus")  # fmt: skip
    third = review("Harry Potterr and the Prisoner of Azkaban", 2004, "It is the third instalment in the Harry "
                   "Potterr film series. It was directed by Alfonso Cuaron.", director="Alfonso Cuaron")  # fmt: skip
    fourth = review("Harry Potterr and the Goblet of Fire", 2005, "It is the fourth instalment in the series. "
                    "It debuted at number 3 at the box office.", director="Mike Newell")  # fmt: skip
    view = view_of([second, third, fourth])
    for question in ("harry potterr 3 who directed", "the third harry potterr who directed"):
        said = answer(view, question)
        assert said.film == third.film and "Alfonso Cuaron" in said.answer, (question, said.answer)
    # (no film gives that place: none is guessed; a chart's "number 3" is no place in the series;
    # nor is a film of another year than the one typed)
    assert answer(view, "harry potterr 1 who directed").film is None
    assert answer(view, "harry potterr 3 2001 who directed").film is None


def test_a_biopic_by_the_name_of_the_one_it_is_about() -> None:
    sellers = review("The Life and Death of Peter Sellerz", 2004, "A 2004 film about the comedian, directed by "
                     "Stephen Hopkins.", director="Stephen Hopkins", cast=(CastMember("Geoffrey Rush", "Sellerz"), CastMember("Peter Vaughan")))  # fmt: skip
    story = review("The Jackie Robinsen Story", 1950, "A 1950 biographical film directed by Alfred E. Green and "
                   "starring Jackie Robinsen as himself.", director="Alfred E. Green",
                   cast=(CastMember("Jackie Robinsen", "himself"),))  # fmt: skip
    jackie = review("Jackie", 1921, "Jackie is a 1921 silent drama directed by John Ford.", director="John Ford",
                    cast=(CastMember("Jackie Coogan"),))  # fmt: skip
    view = view_of([sellers, story, jackie])
    _each_about(
        view,
        ("peter sellerz biopic who directed", sellers),
        ("the jackie robinsen biopic director", story),
        ("the life and death of peter sellerz, the biopic, director", sellers),
        ("who directed jackie", jackie),
    )
    # (no title holds the name: a film we lack, not Jackie)
    assert answer(view, "the jackie kennedy biopic director").film is None


def test_a_part_asked_by_its_own_first_name_or_initials_beside_one_named_by_surname() -> None:
    selma = review("Selmaa", 2014, "It is based on the marches led by Martin Luther King Jr. The film stars "
                   "David Oyelowo as King and Carmen Ejogo as Coretta Scott King.",
                   cast=(CastMember("David Oyelowo", "King"), CastMember("Carmen Ejogo", "Coretta Scott King")))  # fmt: skip
    view = view_of([selma], {selma.review_id: ReviewFacts(people={"Martin Luther King Jr.": 1})})
    assert answer(view, "selmaa who played coretta").answer.startswith("Carmen Ejogo"), "coretta"
    assert answer(view, "selmaa who plays mlk").answer.startswith("David Oyelowo plays King"), "mlk"


def _described_as(film: Review, *parts: tuple[str, str]) -> MemoryView:
    """A view of one film whose review's one sentence gives each person a described part."""
    credits = tuple(
        Credit(
            who,
            "cast",
            description=part,
            review_id=film.review_id,
            how="as",
            confidence=0.7,
            evidence=film.text,
        )
        for who, part in parts
    )
    return view_of([film], {film.review_id: ReviewFacts(credits=credits)})


def test_the_mom_and_dad_read_from_a_couple_and_their_son() -> None:
    nobel = review("Nobel Sonn", 2008, "The film features Alan Rickman as the prize-winning professor and Mary "
                   "Steenburgen as his wife, with Bryan Greenberg as their kidnapped son.",
                   cast=(CastMember("Alan Rickman"), CastMember("Mary Steenburgen"), CastMember("Bryan Greenberg")))  # fmt: skip
    view = _described_as(
        nobel, ("Alan Rickman", "professor"), ("Mary Steenburgen", "wife"), ("Bryan Greenberg", "son")
    )
    said = answer(view, "nobel sonn who plays the mom")
    assert said.answer.startswith("Probably Mary Steenburgen") and not said.abstained, said.answer
    assert answer(view, "nobel sonn who plays the dad").answer.startswith("Probably Alan Rickman")
    # (no child of theirs told: no mother read)
    lone = review("Lone Wyfe", 1950, "It stars John Doe as a banker and Jane Roe as his wife.")
    view = _described_as(lone, ("John Doe", "banker"), ("Jane Roe", "wife"))
    assert not answer(view, "lone wyfe who plays the mom").answer.startswith("Probably")


def test_a_part_by_surname_is_not_filled_out_with_a_credit_read_as_a_name() -> None:
    selma = review("Selmaa", 2014, "The marches were led by James Bevel. The film stars David Oyelowo as King, "
                   "and Common as Bevel.", cast=(CastMember("David Oyelowo", "King"), CastMember("Common", "Bevel")))  # fmt: skip
    view = view_of([selma], {selma.review_id: ReviewFacts(people={"Common as Bevel": 1, "James Bevel": 1})})
    said = answer(view, "who does common play in selmaa")
    assert said.answer.startswith("Common plays James Bevel"), said.answer


def test_the_end_of_a_title_typed_with_its_year_in_two_digits() -> None:
    old = review(
        "Invasion of the Body Snatcherz", 1956, "A 1956 film directed by Don Siegel.", director="Don Siegel"
    )
    new = review("Body Snatcherz", 1993, "A 1993 film directed by Abel Ferrara.", director="Abel Ferrara")
    view = view_of([old, new])
    _each_about(
        view,
        ("body snatcherz 56 who directed", old),
        ("body snatcherz (1956) director", old),
        ("body snatcherz 1993 director", new),
    )
    # (no film of that year ends so: none)
    assert answer(view, "body snatcherz 78 who directed").film is None


def test_a_possessive_in_the_place_of_a_titles_article_is_a_title_we_lack() -> None:
    price = review(
        "The Purchase Pryce", 1932, "A 1932 drama directed by William Wellman.", director="William Wellman"
    )
    view = view_of([price])
    said = answer(view, "who made her purchase pryce")
    assert said.film is None and "The Purchase Pryce (1932)" in said.answer, said.answer
    for question in ("who made the purchase pryce", "who made purchase pryce"):
        assert answer(view, question).film == price.film, question


def test_which_of_a_troupe_its_reviews_name_were_in_it_asks_the_cast() -> None:
    heroes = review("Heroes of the Saddel", 1940, 'Heroes of the Saddel is a 1940 Western "Three Mesquiteers" B-movie.',
                    cast=(CastMember("Robert Livingston"), CastMember("Raymond Hatton")))  # fmt: skip
    jaws = review("Jawz", 1975, "A great white shark attacks beachgoers.", cast=(CastMember("Roy Scheider"),))
    view = view_of([heroes, jaws])
    said = answer(view, "heroes of the saddel which mesquiteers were in it")
    assert said.kind == "cast" and "Robert Livingston" in said.answer, said.answer
    # (a thing of the story, named with no capital, is asked of the story)
    assert answer(view, "jawz which sharks were in it").kind != "cast"


def test_who_dies_is_answered_by_the_sentence_telling_the_deaths() -> None:
    film = review("The Happytyme Murders", 2018, "The Happytyme Murders is a 2018 puppet comedy directed by Brian "
                  "Henson and written by Todd Berger. The film stars Melissa McCarthy and Maya Rudolph. Set in a "
                  "world of humans and puppets, the film follows a detective who must solve a murder spree of "
                  "retired sitcom stars.")  # fmt: skip
    said = answer(view_of([film]), "happytyme murders who's getting killed off")
    assert "retired sitcom stars" in said.answer, said.answer


def test_two_questions_of_one_film_in_one_message_are_both_answered() -> None:
    selma = review("Selmaa", 2014, "Selmaa is a 2014 historical drama directed by Ava DuVernay and written by Paul "
                   "Webb. The film stars David Oyelowo as King.", director="Ava DuVernay", writer="Paul Webb",
                   cast=(CastMember("David Oyelowo", "King"),))  # fmt: skip
    view = view_of([selma])
    for question in ("who directed selmaa and who starred in it", "selmaa director and writer"):
        said = answer(view, question)
        assert said.film == selma.film and said.question == question, question
        assert "Ava DuVernay" in said.answer and (
            "David Oyelowo" in said.answer or "Paul Webb" in said.answer
        ), said.answer
        assert said.answer.count("“Selmaa is a 2014") <= 1, said.answer  # (a sentence quoted once)
    # (one question with "and" in it stays one)
    assert answer(view, "who directed selmaa").answer.count("Ava DuVernay") >= 1


def test_someone_the_reviews_never_credit_is_said_not_to_be_named_with_the_cast() -> None:
    jaws = review("Jawz", 1975, "It stars Roy Scheider as police chief Martin Brody.",
                  cast=(CastMember("Roy Scheider", "Martin Brody"), CastMember("Robert Shaw")))  # fmt: skip
    view = view_of([jaws])
    said = answer(view, "was tom hanks in jawz")
    assert said.abstained and "don't name Tom Hanks" in said.answer and "Roy Scheider" in said.answer, (
        said.answer
    )
    assert answer(view, "what part does roy scheider play in jawz").answer.startswith(
        "Roy Scheider plays Martin Brody"
    )


def test_a_first_name_before_our_title_that_its_reviews_never_write_is_a_title_we_lack() -> None:
    gazer = review(
        "The Crystal Gazerr", 1917, "A 1917 drama starring Fannie Ward.", cast=(CastMember("Fannie Ward"),)
    )
    lloyd = review("Luke's Movie Muddle", 1916, "A Lonesome Luke short starring Harold Lloyd.",
                   cast=(CastMember("Harold Lloyd", "Lonesome Luke"), CastMember("Luke Evans")))  # fmt: skip
    view = view_of([gazer, lloyd])
    said = answer(view, "who played luke in luke crystal gazerr")
    assert said.film is None and "The Crystal Gazerr (1917)" in said.answer, said.answer
    assert answer(view, "who played the gazer in the crystal gazerr").film == gazer.film


def test_more_read_after_the_unread_run_who_did_a_film_costars_in_a_long_story_and_a_titles_end() -> None:
    bugs = review("Bugs Bunny Rydes Again", 1948, "A 1948 short directed by Friz Freleng, starring Bugs Bunny.",
                  director="Friz Freleng")  # fmt: skip
    blended = review("Blendedd", 2014, "Adam Sandlerr and Drew Barrymorre star. They end up at the same African "
                     "safari resort with their children.", cast=(CastMember("Adam Sandlerr"), CastMember("Drew Barrymorre")))  # fmt: skip
    blind = review(
        "Blind Daate", 1987, "A 1987 comedy starring Bruce Willis.", cast=(CastMember("Bruce Willis"),)
    )
    rangers = review("Mighty Morphin Power Rangerz: The Movie", 1995, "It stars Paul Freeman as Ivan Ooze.",
                     cast=(CastMember("Paul Freeman", "Ivan Ooze"),))  # fmt: skip
    others = [review(f"Drama {n}", 1950, "A drama film about a family.") for n in range(50)]
    view = view_of([bugs, blended, blind, rangers, *others])
    said = answer(view, "hey who did bugs bunny rydes again")
    assert said.kind == "director" and "Friz Freleng" in said.answer, said.answer
    said = answer(view, "sandlerr and drew barrymorre go on a horrible blind daate and then end up at the same "
                  "african safari resort w their kids")  # fmt: skip
    assert said.film == blended.film, said.answer
    said = answer(view, "paul freeman in the power rangerz movie from 95, who does he play")
    assert said.film == rangers.film and "Ivan Ooze" in said.answer, said.answer


def test_the_part_someone_plays_asked_last_is_asked_of_the_film_named() -> None:
    eagle = review("Aces: Iron Eaglle III", 1992, 'Louis Gossett Jr. reprises his role as Charles "Chappy" Sinclair.',
                   cast=(CastMember("Louis Gossett Jr.", 'Charles "Chappy" Sinclair'),))  # fmt: skip
    other = review(
        "An Officer",
        1982,
        "It stars Lou Gossett Jr. as a drill sergeant.",
        cast=(CastMember("Lou Gossett Jr."),),
    )
    view = view_of([eagle, other])
    said = answer(view, "iron eaglle 3 lou gossett jr is playing who again")
    assert said.film == eagle.film and "Chappy" in said.answer, said.answer


def test_what_about_a_title_is_no_film_told_by_what_it_is_about() -> None:
    """ "ok what about the roots of heaven": another film asked of, not a film about the roots (a group
    some cast list credits as "The Roots")."""
    mask = review(
        "The Mask of Dimitrious",
        1944,
        "A 1944 film noir directed by Jean Negulesco.",
        director="Jean Negulesco",
    )
    roots = review(
        "The Roots of Heavenn", 1958, "A 1958 adventure film directed by John Huston.", director="John Huston"
    )
    band = review(
        "Brown Sugarr", 2002, "A 2002 film with music by The Roots.", cast=(CastMember("The Roots"),)
    )
    view = view_of([mask, roots, band])
    talk = answer(view, "who directed the mask of dimitrious").conversation
    said = answer(view, "ok what about the roots of heavenn", context=talk)
    assert said.film == roots.film and "John Huston" in said.answer, said.answer


def test_the_end_of_a_title_with_its_year_before_it_or_its_own_the_movie_left_off() -> None:
    zenda = review(
        "The Prisoner of Zendaa", 1952, "A 1952 film directed by Richard Thorpe.", director="Richard Thorpe"
    )
    later = review(
        "The Prisoner of Zendaa", 1979, "A 1979 comedy directed by Richard Quine.", director="Richard Quine"
    )
    rangers = review(
        "Mighty Morphin Power Rangerz: The Movie", 1995, "A 1995 superhero film directed by Bryan Spicer.",
        director="Bryan Spicer",
    )  # fmt: skip
    reboot = review(
        "Power Rangerz", 2017, "A 2017 superhero film directed by Dean Israelite.", director="Dean Israelite"
    )
    view = view_of([zenda, later, rangers, reboot])
    for question, film in (
        ("who directed the 1952 zendaa", zenda),
        ("who directed the 1979 zendaa", later),
        ("power rangerz 95 who directed", rangers),
        ("power rangerz movie 95 who directed", rangers),
        ("power rangerz 2017 who directed", reboot),
    ):
        assert answer(view, question).film == film.film, question
    # (a word many titles hold is no title by itself, whatever the year)
    assert answer(view, "who directed the 1952 prisoner").film is None


def test_an_actor_asked_of_a_title_credited_only_by_its_subtitled_film() -> None:
    puss = review(
        "Puss in Bootz",
        2011,
        "A 2011 animated film.",
        cast=(CastMember("Antonio Banderas"), CastMember("Salma Hayek")),
    )
    wish = review(
        "Puss in Bootz: The Last Wish", 2022, "The sequel, a 2022 animated film.",
        cast=(CastMember("Antonio Banderas"), CastMember("Florence Pugh")),
    )  # fmt: skip
    view = view_of([puss, wish])
    said = answer(view, "who does florence pugh voice in puss in bootz")
    assert said.film == wish.film and "Florence Pugh" in said.answer
    # (credited by the film of the very title: that one)
    assert answer(view, "who does salma hayek voice in puss in bootz").film == puss.film


def test_a_part_its_reviews_name_is_not_an_actor_whose_name_is_like_it() -> None:
    julie = review(
        "Julie & Julya", 2009,
        "The film contrasts the life of chef Julya Child with the life of Julie Powell, who cooks every recipe.",
        cast=(CastMember("Meryl Streep"), CastMember("Amy Adams"), CastMember("Joan Juliet Buck")),
    )  # fmt: skip
    said = answer(view_of([julie]), "julie & julya who plays julie")
    assert not said.answer.startswith("Joan Juliet Buck"), said.answer


def _wolf() -> tuple[Review, MemoryView]:
    wolf = review(
        "The Wolf of Wall Streat", 2013,
        "Leonardo DiCaprio stars as Belfort, with Jonah Hill as his business partner and friend Donnie Azoff, "
        "Margot Robbie as his second wife, Naomi Lapaglia, and Kyle Chandler as FBI agent Patrick Denham.",
        cast=(CastMember("Leonardo DiCaprio"), CastMember("Jonah Hill"), CastMember("Margot Robbie"),
              CastMember("Kyle Chandler")),
    )  # fmt: skip
    credits = (
        _cast_read(wolf, "Jonah Hill", character="Donnie Azoff", description="friend"),
        _cast_read(wolf, "Margot Robbie", confidence=0.7, description="wife"),
        _cast_read(wolf, "Kyle Chandler", confidence=0.65, character="Patrick Denham", description="FBI agent"),
    )  # fmt: skip
    return wolf, view_of([wolf], {wolf.review_id: ReviewFacts(credits=credits)})


def test_a_part_named_after_another_cast_members_as_is_theirs() -> None:
    _, view = _wolf()
    said = answer(view, "who plays naomi in the wolf of wall streat").answer.split("“")[0]
    assert "Margot Robbie" in said and "Jonah Hill" not in said, said


def test_a_part_asked_by_a_name_is_not_read_by_meaning_as_another_part() -> None:
    _, view = _wolf()
    # (the model may find any description nearest a name: here the FBI agent's)
    view.similarity = lambda query, texts: [0.9 if "agent" in t.lower() else 0.1 for t in texts]  # type: ignore[method-assign]
    said = answer(view, "who plays belfort in the wolf of wall streat").answer.split("“")[0]
    assert "Kyle Chandler" not in said and "Jonah Hill" not in said, said


def test_what_about_a_part_described_asks_it_of_the_film_talked_about() -> None:
    wolf, view = _wolf()
    first = answer(view, "who plays donnie in wolf of wall streat")
    said = answer(view, "what about the fbi agent", context=first.conversation)
    assert said.film == wolf.film and "Kyle Chandler" in said.answer, said.answer


def test_a_version_told_only_as_the_one_remade_is_one_we_lack() -> None:
    remake = review(
        "Intermezzzo", 1939,
        "Intermezzzo is a 1939 American romantic film remake of a 1936 Swedish film of the same title. "
        "The film was directed by Gregory Ratoff.",
        director="Gregory Ratoff",
    )  # fmt: skip
    view = view_of([remake])
    first = answer(view, "who directed intermezzzo")
    assert first.film == remake.film
    for said in (
        answer(view, "and the swedish one?", context=first.conversation),
        answer(view, "who directed the swedish intermezzzo"),
    ):
        assert said.abstained and "Gregory Ratoff" not in said.answer, said.answer
    # (the word told of the film itself: that one; nor is a source work dated another film)
    assert answer(view, "who directed the american intermezzzo").film == remake.film
    carousel = review(
        "Carousell", 1956,
        "Carousell is a 1956 musical film based on the 1945 Rodgers and Hammerstein stage musical. It was directed "
        "by Henry King.",
        director="Henry King",
    )  # fmt: skip
    said = answer(view_of([carousel]), "who directed carousell, the rodgers and hammerstein one")
    assert said.film == carousel.film and "Henry King" in said.answer, said.answer


def test_a_year_typed_apart_after_a_title_is_never_another_years_film() -> None:
    guns = review(
        "Gunz", 1990, "Gunz is a 1990 action film directed by Andy Sidaris.", director="Andy Sidaris"
    )
    view = view_of([guns])
    for question in ("gunz for hire from 32 who directed", "who directed gunz for hire (1932)"):
        said = answer(view, question)
        assert said.abstained and "Andy Sidaris" not in said.answer, (question, said.answer)
    # (its own year: that film)
    assert answer(view, "gunz from 90 who directed").film == guns.film


def test_the_version_of_the_title_talked_about_by_its_year_in_two_digits() -> None:
    old = review(
        "Bondagge", 1917, "Bondagge is a 1917 silent drama directed by Ida May Park.", director="Ida May Park"
    )
    new = review(
        "Bondagge", 1933, "Bondagge is a 1933 drama directed by Alfred Santell.", director="Alfred Santell"
    )
    year = review(
        "The 33", 2015, "The 33 is a 2015 drama directed by Patricia Riggen.", director="Patricia Riggen"
    )
    view = view_of([old, new, year])
    first = answer(view, "bondagge 1917 who made it")
    assert answer(view, "the 33 one?", context=first.conversation).film == new.film
    assert answer(view, "who directed the 33").film == year.film


def test_an_age_told_in_years_is_no_old_part() -> None:
    cop = review(
        "Cop and a Halff", 1993,
        "Reynolds plays a veteran cop who reluctantly takes an eight-year-old boy (Golden) as his partner.",
        cast=(CastMember("Burt Reynolds"), CastMember("Norman D. Golden II")),
    )  # fmt: skip
    credits = (
        _cast_read(cop, "Norman D. Golden II", description="boy"),
        _cast_read(cop, "Burt Reynolds", how="plays", confidence=0.6, description="veteran cop"),
    )  # fmt: skip
    view = view_of([cop], {cop.review_id: ReviewFacts(credits=credits)})
    for question in ("cop and a halff who played the little kid", "cop and a halff who played the young boy"):
        assert answer(view, question).answer.startswith("Norman D. Golden II plays the boy"), question


def test_a_film_told_in_words_and_a_question_mark_alone_asks_which_film() -> None:
    bones = review(
        "Bones and Alll", 2022,
        "The film stars Taylor Russell and Timothee Chalamet as a pair of young cannibals who flee together on "
        "a road trip across the country and fall in love.",
    )  # fmt: skip
    other = review("Road Trip Home", 2000, "A comedy about a road trip.")
    view = view_of([bones, other])
    said = answer(view, "timothee chalamet cannibal road trip romance??")
    assert said.film == bones.film and not said.abstained, said.answer
    # (a story asked of a title we lack, with a question mark: no film told)
    assert answer(view, "his fighting bloodd kermit maynard plot?").film is None


def test_someone_read_as_an_actor_whose_surname_is_a_part_is_that_part() -> None:
    ricardos = review(
        "Being the Ricardoz", 2021,
        "It is about the relationship between I Love Lucy stars Lucille Ball and Desi Arnaz. Nicole Kidman and "
        "Javier Bardem star as Ball and Arnaz.",
        cast=(CastMember("Nicole Kidman"), CastMember("Javier Bardem")),
    )  # fmt: skip
    credits = (
        _cast_read(ricardos, "Lucille Ball", how="stars", confidence=0.6),
        _cast_read(ricardos, "Nicole Kidman", character="Ball"),
    )  # fmt: skip
    view = view_of([ricardos], {ricardos.review_id: ReviewFacts(credits=credits)})
    assert "Lucille Ball" not in {c.person for c in view.facts(ricardos.film).cast}
    said = answer(view, "nicole kidman in being the ricardoz is playing..")
    assert said.answer.startswith("Nicole Kidman plays Lucille Ball"), said.answer


def test_a_title_of_two_words_opening_a_long_story_question_is_the_film() -> None:
    hand = review(
        "The Hired Handd", 1971,
        "The story is about a man returning to his abandoned wife after seven years of drifting.",
        cast=(CastMember("Peter Fonda"),),
    )  # fmt: skip
    # (two people whose surnames are words of the question, credited together elsewhere)
    other = review("Coming Back", 1950, "A drama.", cast=(CastMember("Ann Away"), CastMember("Bob Coming")))
    fillers = [review(f"Drama {n}", 1950, "A drama film about a family.") for n in range(50)]
    view = view_of([hand, other, *fillers])
    said = answer(view, "the hired handd how long was he away before coming back to his wife")
    assert said.film == hand.film and "seven years" in said.answer, said.answer


def test_someones_name_read_as_a_title_we_lack_in_a_long_message_tells_a_film() -> None:
    grease = review(
        "Greaze 2", 1982,
        "The plot returns to Rydell High School with a new cast, led by Maxwell Caulfield and Michelle Pfeiffer "
        "in her first starring role.",
        cast=(CastMember("Maxwell Caulfield"), CastMember("Michelle Pfeiffer")),
    )  # fmt: skip
    other = review("Scarface Again", 1983, "A crime film.", cast=(CastMember("Michelle Pfeiffer"),))
    view = view_of([grease, other])
    said = answer(view, "michelle pfeiffers first starring role, the musical sequel set at rydell high")
    assert said.film == grease.film and not said.abstained, said.answer
    # (a short message: the name is what is asked about; a title we lack typed with its star: no film told)
    assert answer(view, "who directed michelle pfeiffer").film is None
    assert answer(view, "love is all there is michelle pfeiffer - who directed").film is None


def test_a_title_typed_with_one_small_word_for_another() -> None:
    bridges = review(
        "The Bridgez at Toko-Ri", 1954, "A war film directed by Mark Robson.", director="Mark Robson"
    )
    moon = review("Man on the Moonn", 1999, "A biopic directed by Milos Forman.", director="Milos Forman")
    view = view_of([bridges, moon])
    assert answer(view, "who directed the bridgez of toko-ri").film == bridges.film
    # (another word than a small joining one: a title we lack)
    assert answer(view, "who directed the man from the moonn").film is None


def test_a_part_asked_by_the_alias_its_description_gives() -> None:
    magic = review(
        "Black Magick", 1949,
        "The film stars Orson Welles in the lead role as Joseph Balsamo, a hypnotist and charlatan who also goes "
        "by the alias of Count Cagliostro, and Nancy Guild as Lorenza.",
        cast=(CastMember("Orson Welles"), CastMember("Nancy Guild")),
    )  # fmt: skip
    credits = (
        _cast_read(magic, "Orson Welles", character="Joseph Balsamo"),
        _cast_read(magic, "Nancy Guild", character="Lorenza"),
    )  # fmt: skip
    view = view_of([magic], {magic.review_id: ReviewFacts(credits=credits)})
    said = answer(view, "black magick 1949 who plays cagliostro").answer.split("“")[0]
    assert "Orson Welles" in said and "Nancy Guild" not in said, said


def test_someones_name_and_apostrophe_s_before_a_title_that_never_names_them_is_a_title_we_lack() -> None:
    war = review("Warr", 2007, "Warr is a 2007 action film starring Jet Li.", cast=(CastMember("Jet Li"),))
    jaws = review(
        "Jawz", 1975, "Jawz is a 1975 thriller directed by Steven Spielberg.", director="Steven Spielberg"
    )
    view = view_of([war, jaws])
    said = answer(view, "charlie wilson's warr 2007 who was in it")
    assert said.abstained and said.film is None and "Jet Li" not in said.answer, said.answer
    # (a person of the film: that film)
    assert answer(view, "spielberg's jawz cast").film == jaws.film


def test_kin_asked_of_a_part_is_never_that_parts_own_actor() -> None:
    scream = review(
        "Screamm", 1996,
        "It follows high school student Sidney Prescott (Campbell) and her group of friends, who are targeted "
        "by a killer.",
        cast=(CastMember("Neve Campbell"), CastMember("Skeet Ulrich"), CastMember("David Arquette")),
    )  # fmt: skip
    credit = _cast_read(scream, "Neve Campbell", how="paren", character="Sidney Prescott")  # fmt: skip
    view = view_of([scream], {scream.review_id: ReviewFacts(credits=(credit,))})
    first = answer(view, "who plays sidney in screamm")
    assert first.answer.startswith("Neve Campbell plays Sidney Prescott"), first.answer
    said = answer(view, "and her boyfriend?", context=first.conversation)
    assert "Neve Campbell's" not in said.answer and not said.answer.startswith("Neve Campbell"), said.answer


def test_someone_a_film_never_names_asked_of_beside_its_title_is_of_a_film_we_lack() -> None:
    snake = review(
        "Black Snakke",
        1973,
        "Black Snakke is a 1973 film starring David Prowse.",
        cast=(CastMember("David Prowse"),),
    )
    other = review("Pulp Fictionn", 1994, "A crime film.", cast=(CastMember("Samuel L. Jackson"),))
    view = view_of([snake, other])
    said = answer(view, "black snakke moan samuel l jackson plays a")
    assert said.abstained and said.film is None and "David Prowse" not in said.answer, said.answer
    # (someone it credits: that film)
    assert answer(view, "black snakke david prowse plays who").film == snake.film


def test_the_words_before_a_name_holding_a_title_are_a_title_only_word_for_word() -> None:
    clerk = review("The Night Clerk", 2020, "A thriller.", cast=(CastMember("Tye Sheridan"),))
    dog = review("Rin Tin Tin Returns", 1930, "A dog film.", cast=(CastMember("Rin Tin Tin"),))
    said = answer(view_of([clerk, dog]), "the night cry rin tin tin plot")
    assert said.film != clerk.film, said.answer


def test_a_word_and_for_of_to_from_opening_the_message_before_a_title_is_a_longer_title_we_lack() -> None:
    apes = review("Planet of the Apez", 1968, "Planet of the Apez is a 1968 film about a war of apes.",
                  cast=(CastMember("Charlton Heston"),))  # fmt: skip
    view = view_of([apes])
    said = answer(view, "war for the planet of the apez who plays caesar")
    assert said.abstained and said.film is None and "war for the planet of the apez" in said.answer, (
        said.answer
    )
    # (what is asked of the film, however typed: that film)
    for question in (
        "cast of the planet of the apez",
        "directer of the planet of the apez?",
        "heston in planet of the apez",
    ):
        assert answer(view, question).film == apes.film, question


def test_the_sequel_of_an_unnumbered_title_is_never_its_third_film() -> None:
    jaws = review(
        "Jawws", 1975, "Jawws is a 1975 thriller directed by Steven Spielberg.", director="Steven Spielberg"
    )
    steel = review("Jawws of Steel", 1927, "A silent drama.", director="Ray Enright")
    third = review(
        "Jawws 3-D", 1983, "Jawws 3-D is a 1983 thriller directed by Joe Alves, the second sequel to Jawws.",
        director="Joe Alves",
    )  # fmt: skip
    view = view_of([jaws, steel, third])
    first = answer(view, "who directed jawws")
    said = answer(view, "what about the sequel", context=first.conversation)
    assert said.film != third.film and "Joe Alves" not in said.answer, said.answer
    assert answer(view, "and the third one", context=first.conversation).film == third.film


def test_a_title_and_someone_its_film_never_credits_is_the_film_of_theirs_holding_that_title() -> None:
    batman = review("Batmann", 1989, "Batmann is a 1989 superhero film starring Michael Keaton.",
                    cast=(CastMember("Michael Keaton"),))  # fmt: skip
    knight = review("The Dark Knightt", 2008, "Based on the DC Comics superhero, Batmann, it stars Heath Ledger as the Joker.",
                    cast=(CastMember("Christian Bale"), CastMember("Heath Ledger")))  # fmt: skip
    other = review("Brokeback", 2005, "A romance.", cast=(CastMember("Heath Ledger"),))
    view = view_of([batman, knight, other])
    assert answer(view, "batmann movie with heath ledger as the joker").film == knight.film
    # (someone the film named credits: that film; a word of a longer title we lack: none)
    assert answer(view, "batmann movie with michael keaton").film == batman.film
    assert answer(view, "batmann forever cast? the heath ledger one").film != knight.film
    # (a common word of the title that their film's reviews write as a word, not a name, is no title)
    town = review(
        "The Towne",
        2010,
        "The Towne is a 2010 crime film starring Ben Afleck.",
        cast=(CastMember("Ben Afleck"),),
    )
    betty = review("Nurse Bettie", 2000, "It stars Renee Zelweger as a small towne, Kansas housewife.",
                   cast=(CastMember("Renee Zelweger"),))  # fmt: skip
    said = answer(view_of([town, betty]), "new in towne w renee zelweger, where did they film it")
    assert said.film != betty.film and "Nurse Bettie" not in said.answer.split("Closest")[0], said.answer


def test_a_part_a_title_is_named_for_ends_before_the_titles_verb() -> None:
    henry = review(
        "Henry Aldrichh Haunts a House", 1943, "Henry Aldrichh Haunts a House is a 1943 comedy starring Jimmy Lydon.",
        cast=(CastMember("Jimmy Lydon"), CastMember("Olive Blakeney")),
    )  # fmt: skip
    said = answer(view_of([henry]), "henry aldrichh haunts a house who plays henry")
    assert "named for Henry Aldrichh," in said.answer and "Jimmy Lydon" in said.answer, said.answer


def test_an_article_and_a_number_slipped_at_once_in_a_framed_longer_title_is_a_title_we_lack() -> None:
    blondes = review("Dangerous Blondes", 1943, "A 1943 comedy mystery.", cast=(CastMember("Evelyn Keyes"),))
    dangerous = review("Dangerous", 1935, "A 1935 drama.", cast=(CastMember("Bette Davis"),))
    view = view_of([blondes, dangerous])
    said = answer(view, "the dangerous blonde cast")
    assert said.abstained and said.film is None, said.answer
    assert answer(view, "dangerous blondes cast").film == blondes.film


def test_more_read_after_the_unread_run_a_year_and_kind_a_subtitle_apart_an_aside_and_a_country() -> None:
    """heldout215+217, read after their unread run: four answers about another film."""
    there = review("Over Theree", 1917, "Over Theree is a 1917 silent war drama directed by James Kirkwood.",
                   director="James Kirkwood")  # fmt: skip
    year = review(
        "1917", 2019, "1917 is a 2019 British war film directed by Sam Mendes.", director="Sam Mendes"
    )
    war = review("War", 2007, "War is a 2007 action film.", director="Philip Atwell")
    view = view_of([there, year, war])
    said = answer(view, "hey quick q who made over theree the 1917 war movie")
    assert said.film == there.film and "James Kirkwood" in said.answer, said.answer
    dnd = review("Dungeons & Dragonz", 2000, "A 2000 fantasy film.", cast=(CastMember("Jeremy Irons"),))
    thieves = review("Dungeons & Dragonz: Honor Among Thieves", 2023, "A 2023 fantasy film.",
                     cast=(CastMember("Chris Pine"),))  # fmt: skip
    view = view_of([dnd, thieves])
    said = answer(view, "who is in the new dungeons and dragonz movie, honor among thieves")
    assert said.film == thieves.film and "Chris Pine" in said.answer, said.answer
    stooges = review("The Three Stoogez", 2012, "A 2012 comedy based on the shorts of the trio.",
                     cast=(CastMember("Sean Hayes"),))  # fmt: skip
    said = answer(view_of([stooges]), "hugs and mugs plot? three stoogez")
    assert said.abstained and said.film is None and "hugs and mugs" in said.answer, said.answer
    avenger = review("The Dark Avengerr", 1955, "It is also known as The Warriors in the United States.",
                     director="Henry Levin")  # fmt: skip
    america = review("America", 1924, "America is a 1924 silent war film.", director="D. W. Griffith")
    view = view_of([avenger, america])
    first = answer(view, "who directed the dark avengerr")
    said = answer(view, "isnt it called something else in america", context=first.conversation)
    assert said.film == avenger.film and "The Warriors" in said.answer, said.answer


def test_a_years_version_by_its_kind_after_the_title_talked_about() -> None:
    new = review(
        "The Last of the Mohicanz", 1992, "A 1992 epic directed by Michael Mann.", director="Michael Mann"
    )
    old = review("The Last of the Mohicanz", 1911, "A silent film of 1911 directed by Theodore Marston.",
                 director="Theodore Marston")  # fmt: skip
    view = view_of([new, old])
    first = answer(view, "who directed the last of the mohicanz 1992")
    said = answer(view, "what about the 1911 silent one", context=first.conversation)
    assert said.film == old.film and "Theodore Marston" in said.answer, said.answer


def test_a_title_opening_the_question_after_chat_stands_against_a_typo_after_it() -> None:
    jaws = review("Jaws", 1975, "Jaws is a 1975 thriller directed by Steven Spielberg about a shark.",
                  director="Steven Spielberg")  # fmt: skip
    spieler = review(
        "The Spieler", 1928, "The Spieler is a 1928 drama directed by Tay Garnett.", director="Tay Garnett"
    )
    said = answer(view_of([jaws, spieler]), "hey quick q, jaws plot? spielberg")
    assert said.film == jaws.film, said.answer


def test_a_word_for_the_newest_before_a_title_reaches_its_later_subtitled_or_numbered_films() -> None:
    """ "who directed the new top gun" was Top Gun of 1986, not Top Gun: Maverick; "the new jumanji"
    was the 1995 film."""
    old = review(
        "Top Gunn", 1986, "Top Gunn is a 1986 action film directed by Tony Scott.", director="Tony Scott"
    )
    maverick = review("Top Gunn: Maverick", 2022, "Top Gunn: Maverick is a 2022 action film directed by "
                      "Joseph Kosinski.", director="Joseph Kosinski")  # fmt: skip
    satan = review("Top Gunn of Satan", 2024, "Top Gunn of Satan is a 2024 horror film.", director="Al Roe")
    view = view_of([old, maverick, satan])
    said = answer(view, "who directed the new top gunn")
    assert said.film == maverick.film and "Kosinski" in said.answer, said.answer
    assert answer(view, "who directed the original top gunn").film == old.film
    assert answer(view, "who directed top gunn").film == old.film
    # (something new, said of the film, is no version)
    assert answer(view, "anything new about top gunn, who directed").film == old.film
    first = review("Jumanjii", 1995, "Jumanjii is a 1995 fantasy film.", cast=(CastMember("Robin Williams"),))
    second = review(
        "Jumanjii 2", 2017, "Jumanjii 2 is a 2017 fantasy film.", cast=(CastMember("Dwayne Johnson"),)
    )
    view = view_of([first, second])
    said = answer(view, "the newest jumanjii cast")
    assert said.film == second.film and "Dwayne Johnson" in said.answer, said.answer


def test_the_older_or_newer_version_of_a_title_with_an_article_is_that_version_even_without_the_part() -> (
    None
):
    """ "the older lion king who voices simba" was refused as a longer title we lack ("the older" before
    The Lion King), then, once read, answered with the 2019 film, whose reviews name Simba."""
    old = review("The Lionn King", 1994, "The Lionn King is a 1994 animated film.",
                 cast=(CastMember("Matthew Broderick"),))  # fmt: skip
    new = review(
        "The Lionn King", 2019, "The plot follows Simba, a young lion.", cast=(CastMember("Donald Glover"),)
    )
    view = view_of([old, new])
    said = answer(view, "the older lionn king who voices simba")
    assert said.film == old.film and "Donald Glover" not in said.answer, said.answer
    assert answer(view, "the newer lionn king cast").film == new.film
    assert answer(view, "the older lionn king cast").film == old.film


def test_heldout218_and_220_read_answers_about_another_film() -> None:
    """heldout218+220 (read): a longer title typed with its year, a series' name without its number, the
    sequel named after "the sequel", and a version by the star its remake only mentions."""
    raiders = review(
        "The Raiderz", 1963, "The Raiderz is a 1963 Western film.", director="Herschel Daugherty"
    )
    said = answer(view_of([raiders]), "raiderz from beneath the sea 64 plot?")
    assert said.abstained and said.film is None and "(1964)" in said.answer, said.answer
    assert answer(view_of([raiders]), "the raiderz 63 plot").film == raiders.film
    # (words after the year are no title's: "looking forward 1933 mgm director")
    assert answer(view_of([raiders]), "raiderz 1963 mgm director").film == raiders.film
    eater = review("Snake Eatr II: The Drug Buster", 1990, "Star Lorenzo Lamas returns as Jack Kelly.",
                   cast=(CastMember("Lorenzo Lamas"),))  # fmt: skip
    said = answer(view_of([eater]), "snake eatr lorenzo lamas - whats the plot")
    assert said.abstained and said.film is None, said.answer
    assert answer(view_of([eater]), "snake eatr 2 lorenzo lamas - whats the plot").film == eater.film
    wives = review("Four Wivez", 1939, "Four Wivez is a 1939 drama. It was followed by Four Motherz (1941).",
                   director="Michael Curtiz")  # fmt: skip
    mothers = review("Four Motherz", 1941, "Four Motherz is a 1941 drama film.", director="William Keighley")
    view = view_of([wives, mothers])
    first = answer(view, "who directed four wivez")
    said = answer(view, "and the sequel four motherz?", context=first.conversation)
    assert said.film == mothers.film and "William Keighley" in said.answer, said.answer
    said = answer(view, "and the sequel?", context=first.conversation)
    assert said.film == mothers.film and "William Keighley" in said.answer, said.answer
    old = review("M'Lisz", 1918, "M'Lisz is a 1918 silent film directed by Marshall Neilan. Another same-titled "
                 "remake was released in 1936, starring Anne Shirlee.", director="Marshall Neilan",
                 cast=(CastMember("Mary Pickfort"),))  # fmt: skip
    new = review("M'Lisz", 1936, "M'Lisz is a 1936 drama film directed by George Nicholls. It is a remake of the "
                 "1918 film M'lisz starring Mary Pickfort in the title role.", director="George Nicholls",
                 cast=(CastMember("Anne Shirlee"),))  # fmt: skip
    facts = {
        new.review_id: ReviewFacts(
            credits=(
                Credit("Mary Pickfort", "cast", character="M'Lisz", review_id=new.review_id, confidence=0.75),
                Credit("Anne Shirlee", "cast", review_id=new.review_id, confidence=0.75),
            )
        )
    }
    view = view_of([old, new], facts)
    said = answer(view, "m'lisz with mary pickfort who directed")
    assert said.film == old.film and "Marshall Neilan" in said.answer, said.answer
    said = answer(view, "m'lisz with anne shirlee who directed")
    assert said.film == new.film and "George Nicholls" in said.answer, said.answer


def test_an_actors_part_asked_by_their_name_without_the_apostrophe_and_a_word_for_a_person() -> None:
    """ "leslie nielsens guy in the naked gun, name?" was asked as the name of a film described, and
    answered with The Naked Gun 2½; "whoopi's character in sister act 2 whats her name again" looked for
    "Whoopi S"."""
    gun = review("Naked Gunn", 1956, "Naked Gunn is a 1956 western.", cast=(CastMember("Willard Parker"),))
    files = review("The Naked Gunn: From the Files of Police Squad!", 1988,
                   "The film stars Leslie Nielsen as the bumbling police lieutenant Frank Drebin.",
                   cast=(CastMember("Leslie Nielsen", "Frank Drebin"),))  # fmt: skip
    two = review("The Naked Gunn 2: The Smell of Fear", 1991, "A 1991 comedy film starring Leslie Nielsen.",
                 cast=(CastMember("Leslie Nielsen", "Frank Drebin"),))  # fmt: skip
    view = view_of([gun, files, two])
    for question in (
        "leslie nielsens guy in the naked gunn, name?",
        "leslie nielsens character in the naked gunn",
    ):
        said = answer(view, question)
        assert said.film == files.film and "Frank Drebin" in said.answer, (question, said.answer)
    habit = review("Sister Akt 2: Back in the Habit", 1993, "Whoopi Goldberg reprises her role as Deloris van "
                   "Cartier.", cast=(CastMember("Whoopi Goldberg", "Deloris van Cartier"),))  # fmt: skip
    said = answer(view_of([habit]), "whoopi's character in sister akt 2 whats her name again")
    assert "Deloris" in said.answer and not said.abstained, said.answer


def test_a_version_ruled_out_by_its_star_and_one_picked_by_the_year_of_the_one_said_after() -> None:
    """ "fireman save my child, not the harold lloyd short, the 1954 one - who directed" was the Harold
    Lloyd short; "pelham 123 the 2009 one" found no film."""
    short = review("Fireman Save My Childd", 1918, "A 1918 short comedy film featuring Harold Lloyd.",
                   director="Hal Roach", cast=(CastMember("Harold Lloyd"),))  # fmt: skip
    later = review("Fireman Save My Childd", 1954, "A 1954 comedy film.", director="Leslie Goodwins")
    other = review("Fireman Save My Childd", 1932, "A 1932 comedy film.", director="Lloyd Bacon")
    view = view_of([short, later, other])
    said = answer(view, "fireman save my childd, not the harold lloyd short, the 1954 one - who directed")
    assert said.film == later.film and "Leslie Goodwins" in said.answer, said.answer
    said = answer(view, "fireman save my childd, not the harold lloyd short - who directed")
    assert said.film != short.film, said.answer
    taking = review(
        "The Taking of Pelham 1234", 2009, "A criminal hijacks a subway car.", director="Tony Scott"
    )
    old = review("The Taking of Pelham 1234", 1974, "Gunmen hijack a subway car.", director="Joseph Sargent")
    said = answer(view_of([taking, old]), "pelham 1234 the 2009 one, who directed")
    assert said.film == taking.film and "Tony Scott" in said.answer, said.answer


def test_a_title_then_an_actors_name_and_their_part_asked_keyword_style() -> None:
    """ "jaws roy scheider's character", "the entity barbara hershey's role?": no film was found (the
    title read as the start of a longer one, before a name)."""
    jaws = review("Jawz", 1975, "It stars Roy Scheider as police chief Martin Brody.",
                  cast=(CastMember("Roy Scheider", "Martin Brody"), CastMember("Robert Shaw", "Quint")))  # fmt: skip
    entity = review("The Entityy", 1982, "The film stars Barbara Hershey as a single mother.",
                    cast=(CastMember("Barbara Hershey"),))  # fmt: skip
    view = view_of([jaws, entity])
    for question, film, part in (
        ("jawz roy scheider's character", jaws.film, "Martin Brody"),
        ("jawz roy scheiders character", jaws.film, "Martin Brody"),
        ("the entityy barbara hershey's role?", entity.film, "mother"),
    ):
        said = answer(view, question)
        assert said.film == film and part in said.answer, (question, said.answer)


def test_more_read_heldout218_and_220_parts_and_titles_typed_with_two_digits() -> None:
    """heldout218+220 (read): "dr x" for the title character of The Return of Doctor X; a part's
    description after its title, as the reviews write it; "willy wonka 71 - …"; "in the fuller brush
    girl what is lucille ball"."""
    doctor = review("The Return of Doctor Z", 1939, "The Return of Doctor Z is a 1939 horror film starring Wayne "
                    "Morris and Humphrey Bogart as the title character.",
                    cast=(CastMember("Wayne Morris"), CastMember("Humphrey Bogart")))  # fmt: skip
    facts = {
        doctor.review_id: ReviewFacts(
            credits=(
                Credit("Wayne Morris", "cast", review_id=doctor.review_id, confidence=0.97),
                Credit(
                    "Humphrey Bogart",
                    "cast",
                    description="title character",
                    review_id=doctor.review_id,
                    confidence=0.75,
                ),
            )
        )
    }
    said = answer(view_of([doctor], facts), "return of doctor z who actually plays dr z")
    assert "Humphrey Bogart" in said.answer and said.film == doctor.film, said.answer
    street = review("Main Streett to Broadway", 1953, "Herb Shriner appears in a rare acting role as a hardware "
                    "store owner.", cast=(CastMember("Herb Shriner"),))  # fmt: skip
    said = answer(view_of([street]), "main streett to broadway hardware store owner - who was that")
    assert said.film == street.film and "Herb Shriner" in said.answer, said.answer
    wonka = review("Willy Wonkka & the Chocolate Factory", 1971, "A poor child finds a Golden Ticket in a "
                   "chocolate bar.", director="Mel Stuart")  # fmt: skip
    said = answer(view_of([wonka]), "willy wonkka 71 - who directed")
    assert said.film == wonka.film and "Mel Stuart" in said.answer, said.answer
    brush = review("The Fuller Brushh Girl", 1950, "Ball plays a door-to-door cosmetics saleswoman.",
                   cast=(CastMember("Lucille Ball"),))  # fmt: skip
    said = answer(view_of([brush]), "in the fuller brushh girl what is lucille ball")
    assert "saleswoman" in said.answer and said.kind == "cast", said.answer


def test_whats_the_sequel_where_a_story_is_told_asks_which_film() -> None:
    """ "whats the sequel where mike myers and dana carvey still do the cable access show out of aurora":
    "aurora" was read as a title we lack."""
    two = review("Wayne's Worldd 2", 1993, "Wayne's Worldd 2 is a 1993 comedy film starring Mike Myers and Dana "
                 "Carvey as hosts of a cable access show in Aurora, Illinois.")  # fmt: skip
    said = answer(
        view_of([two]),
        "whats the sequel where mike myers and dana carvey still do the cable access show out of aurora",
    )
    assert said.film == two.film, said.answer


def test_a_title_with_a_film_word_inside_typed_before_its_stars_name_is_a_title_we_lack() -> None:
    """ "lukes movie muddle harold lloyd short - what happens in it" was answered with another Harold
    Lloyd short ("movie" read as a word telling the film, not one of its title's)."""
    sleep = review("We Never Sleepp", 1917, "We Never Sleepp is a 1917 American short comedy film featuring "
                   "Harold Lloydd.", cast=(CastMember("Harold Lloydd"),))  # fmt: skip
    said = answer(view_of([sleep]), "lukes movie muddle harold lloydd short - what happens in it")
    assert said.abstained and said.film is None and "lukes movie muddle" in said.answer, said.answer


def test_a_title_with_minutes_or_years_typed_short() -> None:
    """ "around the world in 80 mins with douglas fairbanks" was Around the World (1943)."""
    long = review("Around the World in 80 Minutes with Douglas Fairbanks", 1931, "A 1931 documentary film.",
                  writer="Robert E. Sherwood")  # fmt: skip
    short = review("Around the World", 1943, "A 1943 comedy film.", writer="Ralph Spence")
    said = answer(view_of([long, short]), "around the world in 80 mins with douglas fairbanks - who wrote it")
    assert said.film == long.film and "Sherwood" in said.answer, said.answer


def test_a_title_passed_over_as_the_start_of_a_longer_one_is_not_found_again_by_its_words() -> None:
    """ "tell me about the rescuers down under lol" was refused as The Rescuers, then answered with it
    by the words of the question."""
    rescuers = review("The Rescuerss", 1977, "The Rescuerss is a 1977 animated film about two mice, Bernard "
                      "and Bianca, who rescue a girl. A sequel, The Rescuerss Down Under, followed in 1990.")  # fmt: skip
    others = [
        review(f"Other Film {n}", 1950 + n, f"Other Film {n} is a drama about a town.") for n in range(30)
    ]
    view = view_of([rescuers, *others])
    said = answer(view, "tell me about the rescuerss down under lol")
    assert said.abstained and said.film is None, said.answer
    assert answer(view, "tell me about the rescuerss lol").film == rescuers.film
    # (but a title passed over before one of its stars' names is found by the words)
    toes = review("Twinkletoess", 1926, "Twinkletoess is a 1926 silent drama film starring Colleen Mooree.",
                  cast=(CastMember("Colleen Mooree"),))  # fmt: skip
    said = answer(view_of([toes, *others]), "twinkletoess colleen mooree release year?")
    assert said.film == toes.film, said.answer


def test_heldout219_and_221_answers_about_another_film_after_their_unread_run() -> None:
    """heldout219+221, read after their unread run: three answers about another film."""
    passion = review(
        "Passionn", 1954, "Passionn is a 1954 Western film directed by Allan Dwan.", director="Allan Dwan"
    )
    said = answer(view_of([passion]), "where did they shoot fruits of passionn")
    assert said.abstained and said.film is None and "fruits of passionn" in said.answer, said.answer
    assert answer(view_of([passion]), "who directed passionn").film == passion.film
    # (not what is asked of it: "who was behind the camera for bleed for this")
    bleed = review(
        "Bleed for Thiss", 2016, "A 2016 sports film directed by Ben Younger.", director="Ben Younger"
    )
    said = answer(view_of([bleed]), "who was behind the camera for bleed for thiss")
    assert said.film == bleed.film and "Ben Younger" in said.answer, said.answer
    taj = review("Van Wildr: The Rise of Taj", 2006, "Van Wildr: The Rise of Taj is a 2006 sequel to the 2002 "
                 "comedy National Lampoon's Van Wildr.", cast=(CastMember("Kal Penn"),))  # fmt: skip
    said = answer(view_of([taj]), "van wildr - who plays van wildr")
    assert said.abstained and said.film is None, said.answer
    millionaire = review("How to Marry a Millionairre", 1953, "The film stars Betty Grable, Marilyn Monroe and "
                         "Lauren Bacall as three Manhattan models.", director="Jean Negulesco")  # fmt: skip
    girls = review("Three Girls About Townn", 1941, "A 1941 comedy film.", director="Leigh Jason")
    view = view_of([millionaire, girls])
    first = answer(view, "how to marry a millionairre director?")
    said = answer(view, "ok and who are the three girls", context=first.conversation)
    assert said.film == millionaire.film, said.answer


def test_a_question_word_mistyped_before_a_title_and_a_title_ended_by_its_year() -> None:
    """heldout219+221, read: "who directd cleopatra jones" was refused as a title "directd cleopatra
    jones"; "gunn 1967 peter gunn movie director" as a title "gunn 1967"."""
    jones = review(
        "Cleopatra Joness", 1973, "A 1973 action film directed by Jack Starrett.", director="Jack Starrett"
    )
    said = answer(view_of([jones]), "who directd cleopatra joness")
    assert said.film == jones.film and "Jack Starrett" in said.answer, said.answer
    gunn = review("Gunnn", 1967, "Gunnn is a 1967 mystery film directed by Blake Edwards, based on the television "
                  "series Peter Gunnn.", director="Blake Edwards")  # fmt: skip
    said = answer(view_of([gunn]), "gunnn 1967 peter gunnn movie director")
    assert said.film == gunn.film and "Blake Edwards" in said.answer, said.answer


def test_a_title_typed_as_words_of_someone_named_in_full_is_their_name_in_a_story_told() -> None:
    kenu = review(
        "Kenu", 2016, "Kenu is a 2016 comedy. Two cousins chase a stolen kitten. It also features Kenu Reaves.",
        cast=(CastMember("Jordan Pole"), CastMember("Kenu Reaves")),
    )  # fmt: skip
    sandra = review(
        "Sandra", 1924, "Sandra is a 1924 drama. A wife leaves her husband.", cast=(CastMember("Barbara La"),)
    )
    ghost = review("Ghost", 1990, "Ghost is a 1990 romance. A murdered banker stays with his lover.",
                   cast=(CastMember("Pat Swaze"),))  # fmt: skip
    speed = review(
        "Velocity", 1994, "Velocity is a 1994 action film. A terrorist rigs a bomb on a city bus.",
        cast=(CastMember("Kenu Reaves"), CastMember("Sandra Bulloc")),
    )  # fmt: skip
    hunters = review(
        "Spook Hunters", 1984, "Spook Hunters is a 1984 comedy. Three scientists start a ghost catching business.",
        cast=(CastMember("Billy Murry"),),
    )  # fmt: skip
    view = view_of([kenu, sandra, ghost, speed, hunters])
    # the first name is no title here (was Kenu, whose review names its star)
    said = answer(view, "kenu reaves bus bomb")
    assert said.film == speed.film and not said.abstained, said.answer
    # a story told keyword style and ending on its kind holds a title by chance (was "Which film do you mean?")
    for asked in ("sandra bulloc bus bomb movie", "billy murry ghost catching comedy"):
        said = answer(view, asked)
        assert said.film in {speed.film, hunters.film} and not said.abstained, (asked, said.answer)
    # … or ending on the star named (not "Which film do you mean?")
    twirler = review("Twirler", 1996, "Twirler is a 1996 disaster film. It stars Helen Hant as a storm chaser.",
                     cast=(CastMember("Helen Hant"),))  # fmt: skip
    storms = [review("Storm", 1999, "Storm is a 1999 thriller."), review("The Storm", 1922, "The Storm is a 1922 drama."),
              review("The Storm", 1938, "The Storm is a 1938 drama.")]  # fmt: skip
    said = answer(view_of([twirler, *storms]), "storm chaser movie with helen hant")
    assert said.film == twirler.film and not said.abstained, said.answer
    # a title and what is asked of it, keyword style, stays that film
    said = answer(view, "ghost release date")
    assert said.film == ghost.film, said.answer


def test_which_film_only_guesses_a_film_of_the_person_named_when_another_film_tells_the_story() -> None:
    from index.answer.handlers.search import _told_by_no_film_of_theirs
    from index.types import Hit, Passage

    def hit(title: str, text: str, n: int, dense: float) -> Hit:
        return Hit(Passage(n, f"{title}-r", title, 1997, text, 0, 0, len(text)), 0.5, dense, 1.0)

    # the star's film found by his name; the story asked ("relives the same day") is another film's
    spy = hit("Spy Mixup", "A tourist is mistaken for a spy. It stars Billy Murry.", 1, 0.1)
    store = hit("Store Run", "A clerk runs a store. It stars Billy Murry.", 2, 0.1)
    loop = hit(
        "Death Loop", "A student relives the same day of her murder until she finds the killer.", 3, 0.6
    )
    named = {spy.passage.film: {"Billy Murry"}, store.passage.film: {"Billy Murry"}}
    story = [(0.15, spy), (0.1, store)]
    query = "whats that movie where billy murry relives the same day"
    assert _told_by_no_film_of_theirs(VIEW, query, story, [(0.45, spy), (0.4, store), (0.3, loop)], named)
    # another film telling the story only loosely leaves the star's film as it was
    loose = hit("Loose", "A student has a day off.", 4, 0.1)
    assert not _told_by_no_film_of_theirs(
        VIEW, query, story, [(0.45, spy), (0.4, store), (0.3, loose)], named
    )
    # a film of theirs telling the story well enough is theirs to name
    told = [(0.3, spy), (0.1, store)]
    assert not _told_by_no_film_of_theirs(VIEW, query, told, [(0.45, spy), (0.4, store), (0.3, loop)], named)


def test_after_a_title_we_lack_the_first_one_or_a_year_asks_of_the_films_we_have_of_that_title() -> None:
    first = review(
        "Toy Tale", 1995, "Toy Tale is a 1995 animated film directed by John Lasset.", director="John Lasset"
    )
    second = review(
        "Toy Tale 2", 1999, "Toy Tale 2 is a 1999 animated film directed by Ash Brann.", director="Ash Brann"
    )
    fourth = review(
        "Toy Tale 4",
        2019,
        "Toy Tale 4 is a 2019 animated film directed by Josh Cooly.",
        director="Josh Cooly",
    )
    spooks = review(
        "Spookbusters", 1984, "Spookbusters is a 1984 comedy directed by Ivan Reit.", director="Ivan Reit"
    )
    view = view_of([first, second, fourth, spooks])
    lacked = answer(view, "toy tale 3 who directed it")
    assert lacked.abstained and lacked.film is None and lacked.conversation.lacked == "toy tale 3", (
        lacked.answer
    )
    said = answer(view, "what about the first one", context=lacked.conversation)
    assert said.film == first.film and "John Lasset" in said.answer, said.answer
    said = answer(view, "ok and the 1999 one", context=lacked.conversation)
    assert said.film == second.film and "Ash Brann" in said.answer, said.answer
    lacked = answer(view, "spookbusters 2016 director")
    said = answer(view, "the 1984 one then", context=lacked.conversation)
    assert said.film == spooks.film and "Ivan Reit" in said.answer, said.answer
    # a question of its own, or "it", after a title we lack is about no film we have
    assert answer(view, "who directed it", context=lacked.conversation).film is None
    # the conversation keeps it across the bot's JSON round trip, and drops it once a film is found
    from index.types import Conversation

    assert Conversation.from_json(lacked.conversation.to_json()) == lacked.conversation
    assert said.conversation.lacked is None


def test_a_girl_asked_for_is_never_a_part_described_as_a_son() -> None:
    film = review(
        "The Glowing", 1980,
        "The Glowing is a 1980 horror film. The central character is Jack Torr (Nickson), a caretaker, "
        "with his wife, Wendy Torr (Duvoll), and young son, Danny Torr (Lloid).",
        cast=(CastMember("Jack Nickson"), CastMember("Shelly Duvoll"), CastMember("Danny Lloid")),
    )  # fmt: skip
    told = "with his wife, Wendy Torr (Duvoll), and young son, Danny Torr (Lloid)"
    facts = {
        film.review_id: ReviewFacts(
            credits=(
                Credit("Shelly Duvoll", "cast", character="Wendy Torr", description="wife", review_id=film.review_id,
                       how="bracket", confidence=0.8, evidence=told),
                Credit("Danny Lloid", "cast", character="Danny Torr", description="son", review_id=film.review_id,
                       how="bracket", confidence=0.8, evidence=told),
            )
        )
    }  # fmt: skip
    view = view_of([film], facts)
    said = answer(view, "who plays the son in the glowing")
    assert "Danny Lloid" in said.answer and not said.abstained, said.answer
    said = answer(view, "who was the little girl in the glowing")
    assert "Danny Lloid" not in said.answer, said.answer


def test_a_subtitle_typed_after_the_year_of_the_title_said() -> None:
    first = review("Hitmen", 2007, "Hitmen is a 2007 action film directed by Xav Gens. It stars Tim Olyphan as Agent 48, a hitman.",
                   director="Xav Gens", cast=(CastMember("Tim Olyphan", "Agent 48"),))  # fmt: skip
    second = review("Hitmen: Agent 48", 2015, "Hitmen: Agent 48 is a 2015 action film directed by Alek Bach.",
                    director="Alek Bach", cast=(CastMember("Rupe Friend"),))  # fmt: skip
    view = view_of([first, second])
    # the year typed is the first film's: the words after it are the part asked, not the later subtitle
    said = answer(view, "hitmen 2007 agent 48 actor?")
    assert said.film == first.film and "Tim Olyphan" in said.answer, said.answer
    # a year no film of the title has, then the subtitle of the one film of that year
    said = answer(view, "hitmen 2015 agent 48 who directed")
    assert said.film == second.film and "Alek Bach" in said.answer, said.answer


def test_cameos_asked_of_a_film_are_read_from_its_story_and_never_another_films() -> None:
    sixth = review("The 7th Man", 1997, "The 7th Man is a 1997 sports comedy directed by Randy Mill, starring Marlo Wayan. "
                   "The film features cameos from college basketball personalities such as Dick Vital.",
                   director="Randy Mill", cast=(CastMember("Marlo Wayan"),))  # fmt: skip
    sharks = review("Fins", 1975, "Fins is a 1975 thriller directed by Steve Spiel. A shark attacks a beach town.",
                    director="Steve Spiel", cast=(CastMember("Roy Shyder"),))  # fmt: skip
    kirby = review(
        "Cameo Kirkby",
        1930,
        "Cameo Kirkby is a 1930 drama film directed by Irv Cumming.",
        director="Irv Cumming",
    )
    view = view_of([sixth, sharks, kirby])
    for asked in ("who makes cameos in the 7th man", "any cameos in the 7th man"):
        said = answer(view, asked)
        assert said.film == sixth.film and "Dick Vital" in said.answer, (asked, said.answer)
    # a film whose reviews tell of no cameo is still the film asked about (was Cameo Kirkby)
    said = answer(view, "any cameos in fins")
    assert said.film != kirby.film and "Kirkby" not in said.answer, said.answer


def test_a_part_by_initials_typed_as_a_word_with_a_guess_tagged_on() -> None:
    film = review("Harry Trace", 1982, "Harry Trace is a 1982 western starring Bruce Durn. The theme was sung by Gord Lightfut, "
                  "who also appears as U.S. Marshal Nate.", cast=(CastMember("Bruce Durn"), CastMember("Gord Lightfut")))  # fmt: skip
    facts = {
        film.review_id: ReviewFacts(
            credits=(
                Credit("Gord Lightfut", "cast", character="U.S. Marshal Nate", review_id=film.review_id, how="as",
                       confidence=0.75, evidence="Gord Lightfut, who also appears as U.S. Marshal Nate"),
            )
        )
    }  # fmt: skip
    view = view_of([film], facts)
    said = answer(view, "harry trace 1982 - who plays the us marshal, isnt it a singer")
    assert "Gord Lightfut" in said.answer and not said.abstained, said.answer


def test_a_yes_no_question_of_a_title_we_lack_naming_its_star_is_no_story_told() -> None:
    father = review(
        "His Only Son",
        1919,
        "His Only Son is a 1919 short comedy starring Harry Loyd.",
        cast=(CastMember("Harry Loyd"),),
    )
    loyd = review("Loyd", 2001, "Loyd is a 2001 drama about a boxer.")
    view = view_of([father, loyd])
    said = answer(view, "is harry loyd in don't shove")
    assert said.abstained and said.film is None and "His Only Son" not in said.answer, said.answer


def test_whom_a_film_makes_fun_of_and_someone_its_reviews_name_but_no_credit_does() -> None:
    smashers = review("Kansas Saloon Wreckers", 1901, "Kansas Saloon Wreckers is a 1901 comedy short by Edson Studios. "
                      "Directed by Ed Porter, it is a satire of American activist Carrie Notion. A bartender sprays her with water.")  # fmt: skip
    hole = review("The Dark Hole", 1979, "The Dark Hole is a 1979 science fiction film. It stars Max Shell and Tony Perkin, "
                  "while the voices of the main robot characters are provided by Roddy McDowell and Slim Picken.",
                  cast=(CastMember("Max Shell"), CastMember("Tony Perkin")))  # fmt: skip
    view = view_of([smashers, hole])
    for asked in (
        "who's being made fun of in kansas saloon wreckers",
        "who does kansas saloon wreckers make fun of",
    ):
        said = answer(view, asked)
        assert said.film == smashers.film and "Carrie Notion" in said.answer, (asked, said.answer)
    said = answer(view, "what did roddy mcdowell voice in the dark hole")
    assert said.film == hole.film and "robot" in said.answer and not said.abstained, said.answer
    # someone the reviews never name is still said to be missing
    said = answer(view, "what did tom hank play in the dark hole")
    assert said.abstained and "Tom Hank" in said.answer, said.answer


def test_after_a_films_cast_the_word_of_its_story_a_title_holds_is_a_part_not_another_film() -> None:
    fins = review("Fins", 1975, "Fins is a 1975 thriller. A police chief hunts a great white shark that attacks swimmers.",
                  cast=(CastMember("Roy Shyder", "Martin Brady"), CastMember("Rob Shore")))  # fmt: skip
    shark = review("The Shark", 1920, "The Shark is a 1920 drama directed by Dell Hender.", director="Dell Hender",
                   cast=(CastMember("George Walch"),))  # fmt: skip
    glow = review(
        "The Glow",
        1980,
        "The Glow is a 1980 horror film about a caretaker.",
        cast=(CastMember("Jack Nickson"),),
    )
    view = view_of([fins, shark, glow])
    cast_of = answer(view, "fins cast")
    said = answer(view, "and the shark", context=cast_of.conversation)
    assert said.film == fins.film and "George Walch" not in said.answer, said.answer
    # a title its reviews do not use as a word is the talk turning to that film
    said = answer(view, "and the glow", context=cast_of.conversation)
    assert said.film == glow.film, said.answer
    # after another question than the cast, the title is another film asked the same
    said = answer(view, "and the shark", context=answer(view, "who directed fins").conversation)
    assert said.film == shark.film, said.answer


def test_words_a_comma_sets_after_a_title_that_its_reviews_never_write_are_a_longer_title_we_lack() -> None:
    home = review(
        "Welcome Back",
        1925,
        "Welcome Back is a 1925 comedy about a family.",
        cast=(CastMember("Warner Baxton"),),
    )
    voyage = review(
        "Good Voyage!",
        1962,
        "Good Voyage! is a 1962 comedy about a family trip.",
        cast=(CastMember("Fred MacMurry"),),
    )
    pirates = review("Pirates of the Clouds", 1939, "Pirates of the Clouds is a 1939 film about pirates.")
    view = view_of([home, voyage, pirates])
    for asked, lacked in (
        ("is welcome back, roxy carmody based on a book", "roxy carmody"),
        ("whos in good voyage, charlie browne (and don't come back!!)", "charlie browne"),
    ):
        said = answer(view, asked)
        assert said.abstained and said.film is None and lacked in said.answer.lower(), (asked, said.answer)
    # its people or its story after the comma leave the film named, as does an aside about it
    for asked in (
        "whos in good voyage, the family trip movie",
        "whos in good voyage, that old roman thing",
        "who starred in good voyage, i think he used a fake name on it",
    ):
        said = answer(view, asked)
        assert said.film == voyage.film and not said.abstained, (asked, said.answer)
    # a title we lack refused is not answered by another film's rare word (was Pirates of the Clouds)
    said = answer(view, "hey what happens in three little pirates")
    assert said.abstained and said.film is None, said.answer


def test_a_title_passed_over_inside_one_typed_finds_no_film_titled_with_its_word() -> None:
    bureau = review("Bureau of Missing Persons", 1933, "Bureau of Missing Persons is a 1933 drama. Bette Davies asks "
                    "the Bureau of Missing Persons to find her husband.")  # fmt: skip
    missing = review("Missing", 1982, "Missing is a 1982 drama about a father searching for his son.")
    other = review("The Missing", 2003, "The Missing is a 2003 western about a kidnapped daughter.")
    # (the word is rare, as in the index: few passages of many hold it)
    fillers = [review(f"Filler {i}", 1900 + i % 100, f"Filler {i} is a drama on a farm.") for i in range(700)]
    view = view_of([bureau, missing, other, *fillers])
    said = answer(view, "tell me about among the missing lol")
    assert said.film != bureau.film and "Bureau" not in said.answer, said.answer


def test_the_prequel_is_the_film_whose_text_says_it_is_one() -> None:
    old = review(
        "The Thingy",
        1982,
        "The Thingy is a 1982 horror film directed by John Carpent.",
        director="John Carpent",
    )
    new = review("The Thingy", 2011, "The Thingy is a 2011 horror film directed by Matt Heij. It is a prequel to "
                 "the 1982 film of the same name.", director="Matt Heij")  # fmt: skip
    view = view_of([old, new])
    first = answer(view, "who directed the thingy 1982")
    said = answer(view, "what about the prequel", context=first.conversation)
    assert said.film == new.film and "Matt Heij" in said.answer, said.answer
    said = answer(view, "who directed the prequel to the thingy 82")
    assert said.film == new.film and "Matt Heij" in said.answer, said.answer
    # a film no text calls a prequel of: said so, not another version guessed
    said = answer(view, "and the prequel?", context=answer(view, "who directed the thingy 2011").conversation)
    assert said.abstained and said.film is None, said.answer


def test_a_job_asked_is_read_from_the_sentence_saying_what_someone_works_as() -> None:
    film = review("Daddy Longshanks", 2009, "Daddy Longshanks is a 2009 comedy-drama directed by the Safdo brothers. "
                  "It stars Ron Bronstone and Sage Ranald. It tells the story of a divorced projectionist and his two sons.")  # fmt: skip
    said = answer(view_of([film]), "daddy longshanks, whats the dads job")
    assert "projectionist" in said.answer, said.answer
    from index.answer.handlers.plot import JOB_BONUS, _job_bonus

    # (what someone works as, not a word ending like a job's: "seek a better life", "a Canadian film")
    asked = "aspen extreme, what jobs do the two buddies get in aspen"
    assert _job_bonus(asked, "The two friends quickly become Aspen ski instructors.") == JOB_BONUS
    assert _job_bonus(asked, "They move to Aspen to seek a better life.") == 0.0
    assert _job_bonus(asked, "It is a 1993 Canadian drama film.") == 0.0
    assert _job_bonus("where do they go", "It tells of a divorced projectionist.") == 0.0


def test_a_job_a_words_ending_does_not_tell_is_read_too() -> None:
    from index.answer.handlers.plot import JOB_BONUS, _job_bonus

    asked = "hand that rocks the cradle what job does the crazy lady get"
    assert (
        _job_bonus(asked, "After the miscarriage she poses as a nanny for one of the accusers.") == JOB_BONUS
    )
