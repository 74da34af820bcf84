"""Verdicts: the shipped weights, training, aggregation, and bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from index import FilmRef, ReviewVerdict, VerdictError
from index.verdict import aggregate, classify, score_sentences, summary_text
from tests.conftest import ROOT, require_shared_data

RUNAWAYS_LAST_LINE = "For that accomplishment alone, The Runaways is worth seeing."


def _body(path: Path) -> str:
    return path.read_text().split("---", 2)[2]


def test_shipped_weights_classify_clear_texts() -> None:
    assert classify("A triumph: moving, funny and beautifully acted. I loved it.").label == "positive"
    assert classify("A dull, lifeless mess. I hated every minute of this boring film.").label == "negative"
    good = classify("One of the best films of the year, a masterpiece.").probability
    bad = classify("One of the worst films of the year, a disaster.").probability
    assert good > 0.65 > 0.35 > bad


def test_runaways_is_positive_and_quotes_its_last_line() -> None:
    verdict = classify(_body(ROOT / "corpus" / "the-runaways-2010.md"), "the-runaways-2010")
    assert verdict.label == "positive" and verdict.probability > 0.65
    assert verdict.quote == RUNAWAYS_LAST_LINE


def test_ordinary_prose_and_tokenised_text_score_alike() -> None:
    # the training data is lower-cased and tokenised; real reviews are not
    a = classify("It's a wonderful, heartfelt film and the cast doesn't put a foot wrong.").probability
    b = classify("it 's a wonderful , heartfelt film and the cast does n't put a foot wrong .").probability
    assert abs(a - b) < 0.05


def test_sentence_scores_point_the_right_way() -> None:
    scores = dict(score_sentences("The plot is a dreary slog. The acting is superb and moving."))
    assert scores["The acting is superb and moving."] > 0.5 > scores["The plot is a dreary slog."]


def test_bad_input_is_refused_clearly() -> None:
    for bad in ["", "   \n ", "... !!! ---"]:
        with pytest.raises(VerdictError, match="no text"):
            classify(bad)
    with pytest.raises(VerdictError, match="binary"):
        classify("abc\x00def")


def test_aggregation_counts_and_quotes() -> None:
    film = FilmRef("The Runaways", 2010)
    verdicts = [
        ReviewVerdict("a", "positive", 0.91, "Worth seeing."),
        ReviewVerdict("b", "positive", 0.97, "A blast from start to finish."),
        ReviewVerdict("c", "negative", 0.12, "A shallow biopic."),
    ]
    summary = aggregate(film, verdicts)
    assert (summary.reviews, summary.positive, summary.negative, summary.mixed) == (3, 2, 1, 0)
    assert summary.label == "positive"
    assert summary.best_positive is not None and summary.best_positive.review_id == "b"
    assert summary.best_negative is not None and summary.best_negative.review_id == "c"
    text = summary_text(summary)
    assert text.startswith("Positive: 2 of 3 reviews are positive, 1 negative.")
    assert "“A blast from start to finish.” (review b)" in text
    assert aggregate(film, []).label == "none"
    assert "no verdicts" in summary_text(aggregate(film, []))
    split = aggregate(film, [verdicts[0], verdicts[2]])
    assert split.label == "mixed" and "A shallow biopic." in summary_text(split)


def test_engine_verdict_and_ask(engine) -> None:  # type: ignore[no-untyped-def]
    summary = engine.verdict("Alien")
    assert summary.label == "positive" and summary.positive == 1
    assert engine.verdict("Heat").label == "negative"
    answer = engine.ask("Is The Runaways worth seeing?")
    assert not answer.abstained and answer.kind == "verdict"
    assert "positive" in answer.answer.lower()


def _cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "filmbot", "verdict", *args],
        input=stdin,
        capture_output=True,
        check=False,
        timeout=120,
    )


def test_classify_cli_json_contract(tmp_path: Path) -> None:
    review = tmp_path / "review.txt"
    review.write_text("Plot plot plot.\nThe pacing drags.\nStill, a moving and wonderful film.\n")
    result = _cli("classify", str(review), "--json")
    assert result.returncode == 0
    obj = json.loads(result.stdout)
    assert set(obj) == {"path", "label", "probability", "quote"} and obj["path"] == str(review)

    result = _cli("classify", "-", "--lines", "--json", stdin=b"a wonderful film\n\nan awful film\n")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["line"], r["label"]) for r in rows] == [(1, "positive"), (3, "negative")]


def test_classify_cli_bad_files(tmp_path: Path) -> None:
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\x00\x01\x02")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("caf\xe9".encode("latin-1"))
    good = tmp_path / "good.txt"
    good.write_text("A superb film.")
    result = _cli("classify", str(binary), str(latin), str(tmp_path / "missing.txt"), str(good), "--json")
    assert result.returncode == 1  # some inputs failed …
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert "binary" in rows[0]["error"] and "UTF-8" in rows[1]["error"] and "no such file" in rows[2]["error"]
    assert rows[3]["label"] == "positive"  # … but the good one was still classified
    assert b"Traceback" not in result.stderr


@pytest.mark.slow
def test_training_on_a_small_slice_runs(tmp_path: Path) -> None:
    from index.verdict import VerdictModel
    from index.verdict_train import train

    data = require_shared_data()
    out = tmp_path / "v.npz"
    figures = train(data, out=out, sidecar=tmp_path / "v.json", limit=60)
    assert {row["method"] for row in figures["accuracy"]} >= {"multinomial NB, uni+bigrams"}
    model = VerdictModel.load(out)
    assert model.review.weights.dtype == np.float32 and model.stack.shape == (3,)
    with np.load(out, allow_pickle=False) as data_file:  # safe format: loads without pickle
        assert "review_vocab" in data_file.files
