"""Grounded answers: question parsing, fact extraction, and the answers themselves on real indexes."""

from __future__ import annotations

from pathlib import Path

import pytest

from index import Answer, FilmRef, QuestionError, answer_contains
from index.answer.evidence import ABSTAIN
from index.filmfacts import same_person
from index.textutil import fold

ROOT = Path(__file__).resolve().parents[1]
RUNAWAYS_TEXT = (ROOT / "corpus" / "the-runaways-2010.md").read_text(encoding="utf-8").split("---", 2)[2]
RUNAWAYS = FilmRef("The Runaways", 2010)


# --------------------------------------------------------------------------- name matching
def test_spelling_variants_are_one_person_but_relatives_are_not() -> None:
    assert same_person("Kirsten Stewart", "Kristen Stewart")
    assert same_person("Cherie Currie", "Cherrie Currie")
    assert not same_person("Cherie Currie", "Marie Currie")
    assert not same_person("Joan Jett", "John Jett")
    assert not same_person("Kristen Stewart", "Kristen Bell")


def test_answer_matching_ignores_case_accents_and_punctuation() -> None:
    assert answer_contains(
        "It is based on NEON ANGEL — The Cherrie Currie Story.", "Neon Angel: The Cherrie Currie Story"
    )
    assert answer_contains("Directed by Pedro Almodóvar.", "pedro almodovar")
    assert not answer_contains("In the Heat of the Night (1967)", "Heat (1995)")
    assert fold("  O'Neal,  Tatum ") == "oneal tatum"


# --------------------------------------------------------------------------- answers: the shipped corpus
@pytest.fixture(scope="module")
def shipped_engine(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """An index of the shipped corpus alone: one review of The Runaways."""
    from index import Engine, Settings, build_index

    tmp = tmp_path_factory.mktemp("shipped")
    settings = Settings(data_dir=tmp / "data", index_dir=tmp / "index", corpus=[ROOT / "corpus"], onnx=False)
    build_index(settings)
    return Engine.open(settings)


def _assert_cited(ans: Answer, words: str) -> None:
    assert not ans.abstained, ans.answer
    assert ans.film == RUNAWAYS
    assert ans.sources, "an answer must cite its passages"
    assert any(words in h.passage.text for h in ans.sources), [h.passage.text for h in ans.sources]
    assert all(h.passage.title == "The Runaways" for h in ans.sources)


def test_who_plays_cherie_currie(shipped_engine) -> None:  # type: ignore[no-untyped-def]
    ans = shipped_engine.ask("Who plays Cherie Currie in The Runaways?")
    assert ans.kind == "cast"
    assert ans.answer.startswith("Dakota Fanning plays Cherie Currie in The Runaways (2010).")
    _assert_cited(ans, "Cherie Currie (Dakota Fanning)")


def test_who_plays_joan_jett_answers_the_best_supported_spelling(shipped_engine) -> None:  # type: ignore[no-untyped-def]
    ans = shipped_engine.ask("Who plays Joan Jett?")
    assert ans.answer.startswith("Kristen Stewart plays Joan Jett")
    assert "Kirsten" not in ans.answer.split(".")[0]
    _assert_cited(ans, "Kristen Stewart as the single-minded rocker Joan Jett")


def test_director_and_source(shipped_engine) -> None:  # type: ignore[no-untyped-def]
    ans = shipped_engine.ask("Who directed The Runaways?")
    assert (ans.kind, ans.answer.split("“")[0].strip()) == (
        "director",
        "The Runaways (2010) was directed by Floria Sigismondi.",
    )
    _assert_cited(ans, "Writer and director Floria Sigismondi")
    ans = shipped_engine.ask("What book is The Runaways based on?")
    assert ans.kind == "source"
    assert answer_contains(ans.answer, "Neon Angel: The Cherrie Currie Story")
    _assert_cited(ans, "based on the book Neon Angel")


@pytest.mark.parametrize("question", ["What happens at the end of The Runaways?", "Where does the band go?"])
def test_plot_answers_quote_the_story(shipped_engine, question: str) -> None:  # type: ignore[no-untyped-def]
    ans = shipped_engine.ask(question)
    assert ans.kind == "plot"
    assert "Japan" in ans.answer
    assert "worth seeing" not in ans.answer  # the reviewer's verdict is not part of the story
    _assert_cited(ans, "fly to Japan")


def test_plot_start_comes_from_the_beginning(shipped_engine) -> None:  # type: ignore[no-untyped-def]
    ans = shipped_engine.ask("How does The Runaways start?")
    assert "In 1975, Joan Jett" in ans.answer


def test_film_not_in_corpus_abstains(shipped_engine) -> None:  # type: ignore[no-untyped-def]
    ans = shipped_engine.ask("Who directed Casablanca?")
    assert ans.abstained and ans.answer.startswith(ABSTAIN)
    assert "Casablanca" in ans.answer and ans.film is None and ans.sources == ()
    forced = shipped_engine.ask("Who directed it?", film="Casablanca")
    assert forced.abstained and forced.film is None


def test_unanswerable_question_about_a_known_film_abstains(shipped_engine) -> None:  # type: ignore[no-untyped-def]
    ans = shipped_engine.ask("Who plays Darth Vader in The Runaways?")
    assert ans.abstained and ans.answer.startswith(ABSTAIN)
    # (the cast offered beside a note that the reviews never mention the part, never as the answer)
    assert "The Runaways (2010) don't mention Darth Vader; it stars" in ans.answer, ans.answer


def test_json_contract(shipped_engine) -> None:  # type: ignore[no-untyped-def]
    data = shipped_engine.ask("Who directed The Runaways?").to_json()
    assert {"question", "kind", "answer", "film", "abstained", "confidence", "sources"} <= set(data)
    assert data["film"] == {"title": "The Runaways", "year": 2010}
    assert 0.0 < data["confidence"] <= 1.0
    src = data["sources"][0]
    assert {"title", "year", "review_id", "chunk_id", "text", "score"} <= set(src)
    assert src["review_id"] == "the-runaways-2010" and "Sigismondi" in src["text"]


def test_bad_questions_raise_a_clear_error(shipped_engine) -> None:  # type: ignore[no-untyped-def]
    for bad in ("", "   ", "?!?", "x" * 5000):
        with pytest.raises(QuestionError):
            shipped_engine.ask(bad)


# --------------------------------------------------------------------------- answers: several films
def test_front_matter_credits_answer(engine) -> None:  # type: ignore[no-untyped-def]
    ans = engine.ask("Who plays Ellen Ripley in Alien?")
    assert ans.answer.startswith("Sigourney Weaver plays Ellen Ripley in Alien (1979).")
    assert ans.sources and ans.sources[0].passage.title == "Alien"
    assert engine.ask("Who wrote Alien?").answer.startswith("Alien (1979) was written by Dan O'Bannon.")
    assert engine.ask("who directed heat").answer.startswith("Heat (1995) was directed by Michael Mann.")


def test_two_reviews_agree_on_the_spelling(engine) -> None:  # type: ignore[no-untyped-def]
    ans = engine.ask("What role does Kristen Stewart play in The Runaways?")
    assert ans.answer.startswith("Kristen Stewart plays Joan Jett")
    cast = engine.ask("Who is in The Runaways?")
    assert "Kristen Stewart (Joan Jett)" in cast.answer and "Kirsten" not in cast.answer
    assert "Dakota Fanning (Cherie Currie)" in cast.answer
    # a character read as an actor ("Cherie Currie as the singer") is not listed as cast
    assert "Cherie Currie," not in cast.answer.replace("(Cherie Currie)", "")


def test_context_film_is_used_for_it(engine) -> None:  # type: ignore[no-untyped-def]
    alien = FilmRef("Alien", 1979)
    assert "Ridley Scott" in engine.ask("who directed it?", context=alien).answer
    assert "Michael Mann" in engine.ask("And who directed the film?", context=FilmRef("Heat", 1995)).answer
    # a named film wins over the context
    assert "Sigismondi" in engine.ask("Who directed The Runaways?", context=alien).answer


def test_no_film_and_no_context_asks_which_film(engine) -> None:  # type: ignore[no-untyped-def]
    ans = engine.ask("Who directed it?")
    assert ans.abstained and ans.answer.startswith(ABSTAIN)


def test_verdict_is_grounded_or_clearly_unavailable(engine) -> None:  # type: ignore[no-untyped-def]
    ans = engine.ask("Is Heat worth seeing?")
    assert ans.kind == "verdict" and ans.film == FilmRef("Heat", 1995)
    assert not ans.abstained and ans.verdict is not None
    assert ans.verdict.film == FilmRef("Heat", 1995) and ans.sources


def test_which_film_names_the_film_or_abstains(engine) -> None:  # type: ignore[no-untyped-def]
    ans = engine.ask(
        "Which film is this: the crew of a towing ship answers a distress signal from a barren moon"
    )
    assert not ans.abstained and ans.film == FilmRef("Alien", 1979)
    assert ans.answer.startswith("That sounds like Alien (1979)")
    assert ans.sources[0].passage.title == "Alien"
    unknown = engine.ask("Which movie: a pastry chef opens a bakery in Lyon and wins a baking contest.")
    assert unknown.abstained and unknown.answer.startswith(ABSTAIN) and unknown.film is None


def test_plot_question_the_reviews_do_not_cover_abstains(shipped_engine) -> None:  # type: ignore[no-untyped-def]
    ans = shipped_engine.ask("What happens to Darth Vader in The Runaways?")
    assert ans.abstained and ans.answer.startswith(ABSTAIN) and ans.film == RUNAWAYS


@pytest.fixture(scope="module")
def reversed_brackets_engine(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """A review (written for this test) that brackets the character after the actor."""
    from index import Engine, Settings, build_index

    tmp = tmp_path_factory.mktemp("brackets")
    (tmp / "corpus").mkdir()
    (tmp / "corpus" / "night-harbor-2031.md").write_text(
        "---\ntitle: Night Harbor\nyear: 2031\n---\n"
        "Night Harbor stars Mara Quill and Tobias Fenn. Mara Quill (Elena Voss) runs a lighthouse on a "
        "dying coast, and Tobias Fenn (Captain Roe) arrives with a storm behind him. "
        "The film was directed by Ilse Marten.\n",
        encoding="utf-8",
    )
    settings = Settings(data_dir=tmp / "data", index_dir=tmp / "index", corpus=[tmp / "corpus"], onnx=False)
    build_index(settings)
    return Engine.open(settings)


def test_actor_then_character_in_brackets(reversed_brackets_engine) -> None:  # type: ignore[no-untyped-def]
    engine = reversed_brackets_engine
    assert engine.ask("Who plays Elena Voss?").answer.startswith(
        "Mara Quill plays Elena Voss in Night Harbor"
    )
    assert engine.ask("What role does Tobias Fenn play?").answer.startswith("Tobias Fenn plays Captain Roe")
    cast = engine.ask("Who is in Night Harbor?").answer
    assert cast == "Night Harbor (2031) stars Mara Quill (Elena Voss) and Tobias Fenn (Captain Roe)."


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("who plays joan jett in the runaways", "Kristen Stewart plays Joan Jett"),
        ("who plays cherie currie in the runaways", "Dakota Fanning plays Cherie Currie"),
        ("who plays kim fowley in the runaways", "Michael Shannon plays Kim Fowley"),
        ("who plays marie in the runaways", "Riley Keough plays Marie"),
        ("who plays cherie's mom in the runaways", "Tatum O'Neal plays Cherie Currie's mother"),
        ("who plays the dad in the runaways", "Brett Cullen plays Cherie Currie's father"),
        ("who plays her sister in the runaways", "Riley Keough plays Marie"),
        ("who plays the producer in the runaways", "Michael Shannon plays Kim Fowley"),
        ("who plays the singer in the runaways", "Dakota Fanning plays"),
        ("what role does kristen stewart play in the runaways", "Kristen Stewart plays Joan Jett"),
        ("who does dakota fanning play in the runaways", "Dakota Fanning plays Cherie Currie"),
        ("michael shannon in the runaways, what role", "Michael Shannon plays Kim Fowley"),
        ("riley keough role in the runaways", "Riley Keough plays Marie"),
        ("who does tatum o'neal play in the runaways", "Tatum O'Neal plays Cherie Currie's mother"),
        ("who does brett cullen play in the runaways", "Brett Cullen plays Cherie Currie's father"),
    ],
)
def test_everyone_in_the_review_by_name_by_part_and_back(shipped_engine, question: str, answer: str) -> None:  # type: ignore[no-untyped-def]
    ans = shipped_engine.ask(question)
    assert ans.answer.startswith(answer), ans.answer
    assert ans.sources and all(h.passage.title == "The Runaways" for h in ans.sources)


def test_somebody_elses_mother_is_not_answered(shipped_engine) -> None:  # type: ignore[no-untyped-def]
    assert shipped_engine.ask("who plays jett's mom in the runaways").abstained


def test_conversation_switches_films_and_keeps_the_question(engine) -> None:  # type: ignore[no-untyped-def]
    first = engine.ask("who directed alien")
    heat = engine.ask("ok what about heat", context=first.conversation)
    assert heat.answer.startswith("Heat (1995) was directed by Michael Mann.")
    writer = engine.ask("who wrote it", context=heat.conversation)
    assert writer.film == FilmRef("Heat", 1995)
    back = engine.ask("back to the runaways - who directed it", context=writer.conversation)
    assert back.answer.startswith("The Runaways (2010) was directed by Floria Sigismondi")
    mom = engine.ask("who plays cherie's mom", context=back.conversation)
    sister = engine.ask("and her sister?", context=mom.conversation)
    assert mom.answer.startswith("Tatum O'Neal") and sister.answer.startswith("Riley Keough plays Marie")


def test_a_year_picks_the_film_and_a_wrong_year_is_refused(engine) -> None:  # type: ignore[no-untyped-def]
    assert engine.ask("Heat (1995) was directed by whom?").answer.startswith(
        "Heat (1995) was directed by Michael Mann"
    )
    wrong = engine.ask("who directed heat 1980")
    assert (
        wrong.abstained
        and wrong.film is None
        and "Heat (1980)" in wrong.answer
        and "Heat (1995)" in wrong.answer
    )
    assert engine.ask("who directed it", film="Heat (1995)").answer.startswith("Heat (1995) was directed by")
