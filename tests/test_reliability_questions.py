"""Bad questions at the engine: every one gets a readable refusal (QuestionError) or a polite,
abstaining Answer — never a crash, never a stack trace, never an answer made up from nothing.

test_engine.py already shows `search` refusing empty/emoji/over-long queries; here it is `ask` (what
the bot and the CLI call) and the inputs people actually paste into a chat.
"""

from __future__ import annotations

import pytest

from index import Answer, Engine, FilmbotError, QuestionError

ZW = "\u200b\u200c\u200d\u2060\ufeff"

# Inputs with nothing to ask: refused with a message that says what to do.
NOTHING_TO_ASK = {
    "empty": "",
    "spaces": "   ",
    "newlines and tabs": "\n\t\r\n  \t",
    "zero-width only": ZW * 5,
    "emoji only": "🎬🍿🤔🎥✨",
    "emoji with zero-width joiners": "👩\u200d👩\u200d👧 🏳️\u200d🌈",
    "punctuation only": "?!?… --- ***",
    "empty code block": "```\n```",
}

# Inputs that contain a question (or at least words) wrapped in something hostile.
HOSTILE = {
    "markdown injection": "**who** _directed_ ~~Alien~~ ||spoiler|| > quote # heading [link](https://x.invalid)",
    "code block injection": "```python\nimport os; os.system('rm -rf /')\n```\nwho directed Alien?",
    "everyone ping": "@everyone @here who directed Alien?",
    "role and user mentions": "<@&123456789012345678> <@987654321098765432> <@!111> who plays Ripley in Alien?",
    "channel mention": "<#123456789012345678> what is Heat about?",
    "zero-width inside words": f"who di{ZW}rected Al{ZW}ien?",
    "control characters": "who\x00 directed\x07 Alien\x7f?",
    "terminal escape": "who directed Alien\x1b[31m?\x1b[0m",
    "unknown title": "who directed The Grand Budapest Hotel?",
    "gibberish": "qwxz vvkq plorf zzzzt",
    "html and script": "<script>alert(1)</script> who directed Heat?",
    "right-to-left override": "who directed \u202eneilA\u202c?",
    "one letter": "a",
}


def _check_answer(answer: Answer) -> None:
    assert isinstance(answer, Answer)
    text = answer.answer.strip()
    assert text, "an empty answer"
    assert "Traceback" not in text and "Error" not in text
    assert 0.0 <= answer.confidence <= 1.0
    if answer.abstained:
        assert not answer.sources or all(h.passage.text for h in answer.sources)


@pytest.mark.parametrize("question", list(NOTHING_TO_ASK.values()), ids=list(NOTHING_TO_ASK))
def test_nothing_to_ask_is_refused_politely(engine: Engine, question: str) -> None:
    with pytest.raises(QuestionError) as caught:
        engine.ask(question)
    message = str(caught.value)
    assert "Please ask a question" in message and "e.g." in message  # says what would work


@pytest.mark.parametrize("length", [1_001, 4_000, 10_000, 100_000])
def test_overlong_question_is_refused_with_the_limit(engine: Engine, length: int) -> None:
    question = ("who directed Alien and why " * (length // 27 + 1))[: length - 1] + "?"
    with pytest.raises(QuestionError) as caught:
        engine.ask(question)
    assert f"{length:,} characters" in str(caught.value) and "under 1,000" in str(caught.value)
    # zero-width padding does not count against the limit: it is removed before measuring
    padded = "who directed Alien?" + ZW * 10_000
    _check_answer(engine.ask(padded))


@pytest.mark.parametrize("question", list(HOSTILE.values()), ids=list(HOSTILE))
def test_hostile_questions_get_an_answer_or_a_readable_refusal(engine: Engine, question: str) -> None:
    try:
        answer = engine.ask(question)
    except FilmbotError as exc:  # UnknownFilmError and the like: a sentence for a person
        message = str(exc)
        assert message and "Traceback" not in message
        return
    _check_answer(answer)
    assert "\x00" not in answer.question and "\u202e" not in answer.question


def test_wrapped_questions_are_still_understood(engine: Engine) -> None:
    # invisible and control characters do not stop the engine from answering (mentions are
    # the bot's to strip: see test_reliability_bot.py)
    for key in ("zero-width inside words", "control characters"):
        answer = engine.ask(HOSTILE[key])
        assert not answer.abstained and "Ridley Scott" in answer.answer, (key, answer.answer)
    answer = engine.ask(HOSTILE["role and user mentions"])
    assert "Sigourney Weaver" in answer.answer


def test_a_title_that_matches_nothing_abstains_instead_of_guessing(engine: Engine) -> None:
    for question in ("who directed The Grand Budapest Hotel?", "what is Casablanca about?"):
        answer = engine.ask(question)
        assert answer.abstained, answer.answer
        # it must not pass off another film's director or plot as the answer
        for name in ("Ridley Scott", "Michael Mann", "Floria Sigismondi"):
            assert name not in answer.answer


def test_search_and_film_lookups_survive_the_same_inputs(engine: Engine) -> None:
    for question in [*NOTHING_TO_ASK.values(), *HOSTILE.values(), "x" * 10_000]:
        try:
            hits = engine.search(question, k=5)
        except QuestionError:
            continue
        assert len(hits) <= 5 and all(h.passage.text for h in hits)
    for title in ["", "   ", ZW, "@everyone", "<@&1>", "🎬", "x" * 10_000, "```"]:
        engine.suggest_titles(title)  # autocomplete never raises on what a user types
        match = engine.resolve_title(title)
        assert match.film is None
