"""The index engine through its public API: real model, real FAISS, real files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from index import (
    AmbiguousTitleError,
    Engine,
    FilmRef,
    IndexCorruptError,
    IndexMismatchError,
    IndexMissingError,
    QuestionError,
    UnknownFilmError,
    build_index,
)
from tests.conftest import copy_tiny_corpus, make_settings


def test_tiny_corpus_loads_all_formats(engine: Engine) -> None:
    films = {(f.title, f.year): f.reviews for f in engine.films()}
    assert films == {("Alien", 1979): 1, ("Heat", 1995): 1, ("The Runaways", 2010): 2}


def test_search_finds_the_passage_that_answers(engine: Engine) -> None:
    hits = engine.search("Cherry Bomb", k=3)
    assert hits and "Cherry Bomb" in hits[0].passage.text
    assert hits[0].passage.title == "The Runaways"
    # meaning, not just words: no passage says "spaceship", the Alien one is about a ship in space
    hits = engine.search("horror on a spaceship", k=1)
    assert hits[0].passage.title == "Alien"


def test_film_filter_and_title_findability(engine: Engine) -> None:
    hits = engine.search("the lead performances", film="Runaways", k=10)
    assert hits and all(h.passage.title == "The Runaways" for h in hits)
    # a passage that never names the film is still found by its title (title-prefixed embedding)
    hits = engine.search("Heat", k=1)
    assert hits[0].passage.title == "Heat"


def test_fuzzy_titles(engine: Engine) -> None:
    assert engine.resolve_title("runaways").film == FilmRef("The Runaways", 2010)
    assert engine.resolve_title("The Runawyas").film == FilmRef("The Runaways", 2010)
    assert engine.resolve_title("alien 1979").film == FilmRef("Alien", 1979)
    assert engine.resolve_title("Casablanca").film is None
    with pytest.raises(UnknownFilmError, match="Casablanca"):
        engine.search("plot", film="Casablanca")
    assert engine.suggest_titles("ali")[0] == FilmRef("Alien", 1979)


def test_ambiguous_title_says_which_years(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for year, word in ((1953, "iceberg"), (1997, "romance")):
        (corpus / f"titanic-{year}.md").write_text(
            f"---\ntitle: Titanic\nyear: {year}\n---\nA film about an {word}.\n"
        )
    settings = make_settings(tmp_path, corpus)
    build_index(settings)
    engine = Engine.open(settings)
    match = engine.resolve_title("titanic")
    assert match.ambiguous and [c.year for c in match.candidates] == [1953, 1997]
    with pytest.raises(AmbiguousTitleError, match=r"1953.*1997"):
        engine.search("iceberg", film="Titanic")
    assert engine.resolve_title("Titanic (1997)").film == FilmRef("Titanic", 1997)


def test_hybrid_ranking_uses_both_rankers(engine: Engine) -> None:
    # An exact rare word (BM25's strength) and a paraphrase (the dense model's strength) both rank first.
    hit = engine.search("Nostromo", k=1)[0]
    assert hit.passage.title == "Alien" and hit.bm25 and hit.bm25 > 0 and hit.dense is not None
    # no word of these queries is in the right review: only the dense ranking can find it
    for query, title in [("monster in outer space", "Alien"), ("bank robbery and gunfight", "Heat")]:
        hit = engine.search(query, k=1)[0]
        assert hit.passage.title == title and hit.bm25 is None


def test_bad_queries_are_refused_clearly(engine: Engine) -> None:
    for bad in ["", "   ", "\u200b\u200b", "🎬🍿"]:
        with pytest.raises(QuestionError, match="question"):
            engine.search(bad)
    with pytest.raises(QuestionError, match="characters"):
        engine.search("film " * 2000)


def _ids(engine: Engine, title: str) -> set[int]:
    return {p.chunk_id for p in engine.passages(engine.film_ref(title))}


def test_incremental_rebuild_changes_only_what_changed(fresh_engine: Engine, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    alien_before, runaways_before = _ids(fresh_engine, "Alien"), _ids(fresh_engine, "The Runaways")
    path = corpus / "alien-1979.md"
    path.write_text(path.read_text().replace("superb", "superbly crafted"))
    report = fresh_engine.reindex()
    assert (report.added, report.updated, report.removed, report.unchanged) == (0, 1, 0, 3)
    assert _ids(fresh_engine, "The Runaways") == runaways_before  # untouched
    alien_after = _ids(fresh_engine, "Alien")
    assert alien_after and not (alien_after & alien_before)  # all new ids
    texts = " ".join(h.passage.text for h in fresh_engine.search("superbly crafted thriller", k=10))
    assert "superbly crafted" in texts

    # Delete a review: its passages never come back, in any search.
    path.unlink()
    report = fresh_engine.reindex()
    assert report.removed == 1 and report.films == 2
    for query in ["Nostromo", "Ripley", "alien eggs on a barren moon", "Alien"]:
        assert all(h.passage.title != "Alien" for h in fresh_engine.search(query, k=50))
    with pytest.raises(UnknownFilmError):
        fresh_engine.film("Alien")

    # Nothing changed: nothing written, nothing embedded.
    version = fresh_engine.status().version
    report = fresh_engine.reindex()
    assert (report.added, report.updated, report.removed) == (0, 0, 0)
    assert fresh_engine.status().version == version


def test_story_vectors_follow_the_reviews_and_reach_an_index_built_before_them(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    from index import layout
    from index.snapshot import file_digest

    story = "a space crew answers a distress call and a creature hunts them through the ship"
    assert fresh_engine._view().stories(story, k=1)[0][0].title == "Alien"
    # an index built before story vectors (no file, none in its manifest): the next build adds them
    # for every review, without re-reading or re-embedding a passage
    live = layout.current_version_dir(fresh_engine.index_dir)
    assert live is not None
    manifest = json.loads((live / layout.MANIFEST).read_text())
    del manifest["files"][layout.STORIES], manifest["stories"]
    (live / layout.STORIES).unlink()
    (live / layout.MANIFEST).write_text(json.dumps(manifest))
    (live / layout.MANIFEST_SUM).write_text(file_digest(live / layout.MANIFEST) + "\n")
    report = fresh_engine.reindex()
    assert report.unchanged == 4 and layout.current_version_dir(fresh_engine.index_dir) != live
    assert fresh_engine._view().stories(story, k=1)[0][0].title == "Alien"
    # stories told by another version of index.chunking.story_document are told again
    live = layout.current_version_dir(fresh_engine.index_dir)
    assert live is not None
    manifest = json.loads((live / layout.MANIFEST).read_text())
    manifest["story_text"] = "an older telling"
    (live / layout.MANIFEST).write_text(json.dumps(manifest))
    (live / layout.MANIFEST_SUM).write_text(file_digest(live / layout.MANIFEST) + "\n")
    report = fresh_engine.reindex()
    assert report.unchanged == 4 and layout.current_version_dir(fresh_engine.index_dir) != live
    assert fresh_engine._view().stories(story, k=1)[0][0].title == "Alien"
    # a review gone: its story with it
    (tmp_path / "corpus" / "alien-1979.md").unlink()
    fresh_engine.reindex()
    assert all(film.title != "Alien" for film, _ in fresh_engine._view().stories(story, k=5))


def test_a_rebuild_stores_the_title_keys_of_new_key_code(
    fresh_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    from index import layout, titles

    before = layout.current_version_dir(fresh_engine.index_dir)
    assert (
        fresh_engine.reindex().unchanged == 4 and layout.current_version_dir(fresh_engine.index_dir) == before
    )
    # the key code changed (its fingerprint with it): a new version stores its keys, once
    monkeypatch.setattr(titles, "keys_fingerprint", lambda: "new-key-code")
    fresh_engine.reindex()
    after = layout.current_version_dir(fresh_engine.index_dir)
    assert after is not None and after != before
    assert json.loads((after / layout.TITLES).read_text())["fingerprint"] == "new-key-code"
    assert fresh_engine.film_ref("Alien").title == "Alien"


def test_build_is_atomic_and_old_version_keeps_serving(fresh_engine: Engine, tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    live = (index_dir / "CURRENT").read_text().strip()
    # A crashed build leaves a half-written temp version: it is never read, and the next build clears it.
    junk = index_dir / "versions" / "v99999999T000000000000Z-1.tmp-1"
    junk.mkdir()
    (junk / "manifest.json").write_text("{not json")
    reader = Engine.open(fresh_engine.settings)
    assert reader.status().version == live
    (tmp_path / "corpus" / "new.md").write_text(
        "---\ntitle: Brand New\nyear: 2024\n---\nA brand new film about otters.\n"
    )
    fresh_engine.reindex()
    assert not junk.exists()
    assert (index_dir / "CURRENT").read_text().strip() != live
    # an engine opened before the switch still answers from its own complete version
    assert reader.search("otters", k=1)[0].passage.title != "Brand New"
    assert fresh_engine.search("otters", k=1)[0].passage.title == "Brand New"


def test_missing_and_mismatched_index(tmp_path: Path, fresh_engine: Engine) -> None:
    with pytest.raises(IndexMissingError, match="filmbot index build"):
        Engine.open(make_settings(tmp_path / "nowhere"))
    version_dir = fresh_engine.index_dir / "versions" / fresh_engine.status().version
    manifest = json.loads((version_dir / "manifest.json").read_text())
    manifest["model"]["name"] = "some-other-model"
    (version_dir / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(IndexMismatchError, match="--rebuild"):
        Engine.open(fresh_engine.settings)
    with pytest.raises(IndexMismatchError, match="--rebuild"):
        build_index(fresh_engine.settings)
    report = build_index(fresh_engine.settings, rebuild=True)
    assert report.added == 4
    assert Engine.open(fresh_engine.settings).search("Nostromo", k=1)[0].passage.title == "Alien"


def test_corrupted_index_file_is_detected(fresh_engine: Engine) -> None:
    version_dir = fresh_engine.index_dir / "versions" / fresh_engine.status().version
    vectors = version_dir / "vectors.faiss"
    data = vectors.read_bytes()
    vectors.write_bytes(data[: len(data) // 2])  # truncated
    with pytest.raises(IndexCorruptError, match="damaged"):
        Engine.open(fresh_engine.settings)


def test_concurrent_build_refused(fresh_engine: Engine) -> None:
    from index import BuildInProgressError
    from index.layout import build_lock

    with build_lock(fresh_engine.index_dir), pytest.raises(BuildInProgressError, match="already running"):
        build_index(fresh_engine.settings)


def test_copy_is_independent(tmp_path: Path) -> None:
    # guard for the fixture itself: edits in one copy never leak into the shared tiny corpus
    a = copy_tiny_corpus(tmp_path / "a")
    (a / "alien-1979.md").unlink()
    b = copy_tiny_corpus(tmp_path / "b")
    assert (b / "alien-1979.md").exists()
    shutil.rmtree(a)


def test_passages_in_review_counts_each_reviews_passages(engine: Engine) -> None:
    # "passage 2 of 5" in citations: read from the passages table, not the manifest's review table
    for film in engine.films():
        passages = engine.passages(FilmRef(film.title, film.year))
        for review_id in film.review_ids:
            assert engine.passages_in_review(review_id) == sum(p.review_id == review_id for p in passages)
    assert engine.passages_in_review("no/such-review") == 0


def test_search_ranks_as_the_one_thread_reference(engine: Engine) -> None:
    # `search` reads BM25 on another thread while it encodes the question: same passages, same scores
    from index.retrieval import hybrid_search

    snap = engine.snapshot
    for query, film in [
        ("Joan Jett and the band on tour", None),
        ("coffee shop meeting", None),
        ("the creature on board", FilmRef("Alien", 1979)),
        ("zzzz unknown words", None),
    ]:
        number = None if film is None else snap.film_number[film]
        reference = hybrid_search(snap, query, engine.encode_query(query), 8, number)
        assert [(h.passage.chunk_id, h.score, h.dense, h.bm25) for h in engine.search(query, film, 8)] == [
            (h.passage.chunk_id, h.score, h.dense, h.bm25) for h in reference
        ]
