"""The build's faster attribute ruler gives every token the attributes spaCy's own ruler gives it, so
the facts read from a text do not change."""

from __future__ import annotations

from typing import Any

import pytest

from index import annotate, facts

spacy = pytest.importorskip("spacy")

# Ordinary prose, a film summary, and the ruler's odd cases: contractions ("ai n't", "gon na",
# "let 's", "y' all", "nothin'"), whitespace tokens, subordinators, "is"/"'s" as auxiliaries.
TEXTS = [
    "Jaws is a 1975 American thriller film directed by Steven Spielberg and based on Peter Benchley's "
    "novel.\nIt stars Roy Scheider as police chief Martin Brody, who is hunting a man-eating shark.",
    "Y'all gonna love it, ain't nothin' like it. Let's go, c'mon! I gotta say you did it well.\n\n  "
    "Is it? It's what it is, though if you've seen the first one, there's little that's new.",
    "Whether or not she knows it, the film that he made was released because the studio had to.",
    "",
]


def _pipelines() -> tuple[Any, Any]:
    plain = spacy.load(facts.SPACY_MODEL, disable=["lemmatizer"])
    fast = spacy.load(facts.SPACY_MODEL, disable=["lemmatizer"])
    annotate.speed_up_attribute_ruler(fast)
    annotate.speed_up_attribute_ruler(fast)  # idempotent
    return plain, fast


def _attributes(doc: Any) -> list[tuple[str, ...]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


@pytest.mark.slow
@pytest.mark.parametrize("parsed", [False, True], ids=["tagged", "parsed"])
def test_fast_ruler_gives_every_token_the_same_attributes(parsed: bool) -> None:
    plain, fast = _pipelines()
    skip = ["attribute_ruler", "ner"] if parsed else ["parser", "attribute_ruler", "ner"]
    for text in TEXTS:
        doc = plain(text, disable=skip)  # tagged (and parsed) once; each ruler gets its own copy
        mine, theirs = doc.copy(), doc.copy()
        plain.get_pipe("attribute_ruler")(theirs)
        fast.get_pipe("attribute_ruler")(mine)
        assert _attributes(mine) == _attributes(theirs)
        if parsed and text:  # the rules that read the parse ("it" as a subject, "is" after "there")
            assert any(t.pos_ == "AUX" for t in mine)


@pytest.mark.slow
def test_facts_are_the_same_with_the_fast_ruler(monkeypatch: pytest.MonkeyPatch) -> None:
    plain, fast = _pipelines()
    monkeypatch.setattr(facts, "_nlp", plain)
    before = facts.extract_text(TEXTS[:1], ["Jaws"])
    monkeypatch.setattr(facts, "_nlp", fast)
    after = facts.extract_text(TEXTS[:1], ["Jaws"])
    assert after == before
    people = {c.person for c in after[0].credits}
    assert {"Steven Spielberg", "Roy Scheider"} <= people
