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


def test_negation_is_marked_up_to_punctuation() -> None:
    from index.verdict import tokenize

    marked = ["it's", "not", "not_funny", "not_at", "not_all", "but", "the", "cast", "doesn't", "not_put"]
    assert tokenize("It's not funny at all, but the cast doesn't put") == marked
    assert tokenize("it 's not funny at all , but the cast does n't put") == marked
    assert tokenize("Not good! Good?") == ["not", "not_good", "!", "good", "?"]
    assert tokenize("not funny", negation=False) == ["not", "funny"]


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
    messages = [row["error"]["message"] for row in rows[:3]]  # {"error": {"code", "message"}}
    assert "binary" in messages[0] and "UTF-8" in messages[1] and "no such file" in messages[2]
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
    assert model.sentence_stack.shape == (3,) and model.sentence_emb.shape == (384,)
    with np.load(out, allow_pickle=False) as data_file:  # safe format: loads without pickle
        assert "review_vocab" in data_file.files
    # the slice's adapters may have got a verdict encoder of their own (not when their vectors were
    # cached by an earlier run), beside the shipped one: not left behind
    import shutil

    from index.model_files import file_sha256
    from index.onnx_embed import VERDICT_PREFIX
    from index.settings import Settings
    from index.verdict import adapters_for

    made = Settings().model_cache_dir / f"{VERDICT_PREFIX}{file_sha256(adapters_for(out))[:12]}"
    shutil.rmtree(made, ignore_errors=True)


# -- reported reception, whole-sentence quotes -----------------------------------------------------

SUMMARY = (
    "Night Harbor is a 2019 thriller directed by a first-time filmmaker. It was released by Shout! "
    "Studios on January 7, 2020. The film received universally negative reviews from critics, who "
    "called it lifeless. It grossed $2 million."
)


def test_reported_reception_decides_and_is_quoted() -> None:
    verdict = classify(SUMMARY, "night-harbor")
    assert verdict.label == "negative"
    assert (
        verdict.quote
        == "The film received universally negative reviews from critics, who called it lifeless."
    )
    panned = classify("The sequel opened in May. It was panned by critics and flopped at the box office.")
    assert (
        panned.label == "negative"
        and panned.quote == "It was panned by critics and flopped at the box office."
    )
    acclaimed = classify(
        "Shot in six weeks, the picture received widespread critical acclaim. It won two awards."
    )
    assert acclaimed.label == "positive" and "acclaim" in acclaimed.quote
    assert classify("It holds an approval rating of 12% on Rotten Tomatoes.").label == "negative"
    assert classify("The film received mixed reviews from critics.").label == "mixed"


def test_reception_in_a_first_person_review_does_not_override_the_critic() -> None:
    # what others thought is reported, but the reviewer argues the opposite: the review decides
    verdict = classify(
        "Critics panned it. I could not disagree more. I loved every minute: the cast is superb, "
        "the script is sharp and funny, and the ending moved me to tears. A wonderful film."
    )
    assert verdict.label == "positive"


def test_the_sentence_splitter_keeps_names_with_exclamation_marks_whole() -> None:
    from index.textutil import sentences

    assert sentences(SUMMARY)[1] == "It was released by Shout! Studios on January 7, 2020."
    assert sentences("Tora! Tora! Tora! is a 1970 war film. D.E.B.S. was a flop. No. It was bad.") == [
        "Tora! Tora! Tora! is a 1970 war film.",
        "D.E.B.S. was a flop.",
        "No.",
        "It was bad.",
    ]
    assert sentences("I loved it! The cast is great.") == ["I loved it!", "The cast is great."]


@pytest.mark.slow
def test_quotes_are_whole_sentences_of_shared_texts() -> None:
    from index.textutil import sentence_spans

    data = require_shared_data()
    texts = []
    with (data / "wikipedia_movies" / "films.jsonl").open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n % 401 == 0:
                texts.append(json.loads(line).get("extract") or "")
    reviews = sorted((data / "review_polarity" / "pos").glob("*.txt"))[::80]
    reviews += sorted((data / "review_polarity" / "neg").glob("*.txt"))[::80]
    texts += [p.read_text(encoding="utf-8", errors="replace") for p in reviews]
    checked = 0
    for text in texts:
        if not text.strip():
            continue
        quote = classify(text).quote
        spans = {text[a:b].strip() for a, b in sentence_spans(text)}
        assert quote in spans, quote
        checked += 1
    assert checked >= 70


@pytest.mark.slow
def test_reception_dev_set_reads_at_least_nine_in_ten() -> None:
    from index.reception import read
    from index.textutil import sentences

    data = require_shared_data()
    dev = [
        json.loads(line) for line in (ROOT / "benchmarks" / "reception_dev.jsonl").read_text().splitlines()
    ]
    want = {(d["title"], d["year"]): d["label"] for d in dev}
    right = 0
    with (data / "wikipedia_movies" / "films.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            label = want.get((row["title"], row["year"]))
            if label is not None:
                found = read(sentences(row.get("extract") or ""))
                right += (found.label if found else "none") == label
    assert right / len(want) >= 0.9


# -- summaries of a film (encyclopedia extracts, plot summaries): no invented verdict ------------------

PLOT_ONLY = (
    "Harbor Lights is a 1994 crime drama directed by Ann Vale. A tired detective hunts a smuggler "
    "through the docks of a rain-soaked port town. The chase ends in a gripping, brilliant showdown."
)
PANNED = (
    "Night Harbor is a 2019 thriller directed by Ann Vale. A ferry pilot is framed for a theft. "
    "The film received universally negative reviews from critics, who called it lifeless."
)


def _summaries_corpus(dest: Path) -> Path:
    dest.mkdir(parents=True)
    rows = [
        {"title": "Harbor Lights", "year": 1994, "extract": PLOT_ONLY},
        {"title": "Night Harbor", "year": 2019, "extract": PANNED},
    ]
    (dest / "films.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return dest


@pytest.fixture(scope="module")
def summaries_engine(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from index import Engine, build_index
    from tests.conftest import make_settings

    tmp = tmp_path_factory.mktemp("summaries")
    settings = make_settings(tmp, _summaries_corpus(tmp / "corpus"))
    build_index(settings)
    return Engine.open(settings)


def test_a_summary_without_reception_has_no_verdict(summaries_engine) -> None:  # type: ignore[no-untyped-def]
    # its plot words ("gripping, brilliant showdown") are a description, not a critic's praise
    summary = summaries_engine.verdict("Harbor Lights")
    assert summary.label == "none" and summary.reviews == 0
    assert summary_text(summary) == "The reviews don't say how Harbor Lights (1994) was received."
    assert summaries_engine.film("Harbor Lights").to_json()["verdict"] is None
    answer = summaries_engine.ask("did critics like harbor lights?")
    assert answer.kind == "verdict" and answer.abstained and answer.verdict is None
    assert not {"positive", "negative", "mixed"} & set(answer.answer.lower().replace(":", " ").split())
    assert "The reviews don't say how Harbor Lights (1994) was received." in answer.answer


def test_the_film_card_says_a_summary_reports_no_reception(summaries_engine, capsys) -> None:  # type: ignore[no-untyped-def]
    from filmbot.cli import main

    assert main(["film", "Harbor Lights", "--index", str(summaries_engine.index_dir)]) == 0
    assert "Verdict: The reviews don't say how Harbor Lights (1994) was received." in capsys.readouterr().out


def test_a_summary_that_reports_reception_takes_that_verdict(summaries_engine) -> None:  # type: ignore[no-untyped-def]
    quote = "The film received universally negative reviews from critics, who called it lifeless."
    answer = summaries_engine.ask("did critics like night harbor?")
    assert answer.kind == "verdict" and not answer.abstained
    assert answer.answer.startswith("Negative: 0 of 1 review is positive, 1 negative.")
    assert quote in answer.answer and answer.sources and quote in answer.sources[0].passage.text
    assert summaries_engine.film("Night Harbor").to_json()["verdict"]["label"] == "negative"


def test_summaries_and_reviews_are_told_apart_by_their_text_field(tmp_path: Path) -> None:
    from index.corpus import load_corpus

    (tmp_path / "rows.jsonl").write_text(
        "".join(
            json.dumps(r) + "\n"
            for r in [
                {"title": "A", "year": 2001, "extract": "An extract."},
                {"title": "B", "year": 2001, "Plot": "A plot."},
                {"title": "C", "year": 2001, "review": "A review."},
                {"title": "D", "year": 2001, "text": "A text.", "kind": "summary"},
                {"title": "E", "year": 2001, "summary": "A write-up.", "kind": "Review"},
                {"title": "F", "year": 2001, "text": "A text.", "kind": "essay"},
            ]
        ),
        encoding="utf-8",
    )
    (tmp_path / "g.md").write_text("---\ntitle: G\nkind: summary\n---\nG is a film.\n", encoding="utf-8")
    (tmp_path / "h.md").write_text("---\ntitle: H\nsummary: short\n---\nI liked H.\n", encoding="utf-8")
    loaded = load_corpus([tmp_path])
    kinds = {r.title: r.kind for r in loaded.reviews}
    assert kinds == {"A": "summary", "B": "summary", "C": "review", "D": "summary", "E": "review",
                     "G": "summary", "H": "review"}  # fmt: skip
    assert [s.error for s in loaded.skipped] == ["kind must be review or summary, not 'essay'"]


def test_a_reviews_hash_is_unchanged_by_its_kind_and_a_summarys_is_not() -> None:
    from index.corpus import make_review

    review = make_review({"title": "A", "text": "Good."}, "a", "a.md")
    declared = make_review({"title": "A", "text": "Good.", "kind": "review"}, "a", "a.md")
    summary = make_review({"title": "A", "text": "Good.", "kind": "summary"}, "a", "a.md")
    assert review.content_hash == declared.content_hash != summary.content_hash


def test_summary_verdicts_at_build_time() -> None:
    from index.annotate import verdicts_json
    from index.types import Review

    def review(text: str, kind: str, verdict: str | None = None) -> Review:
        return Review(kind + text[:8], "X", 2000, text, "", "", verdict=verdict, kind=kind)

    plot, panned, declared, critic = (
        json.loads(v) if v else None
        for v in verdicts_json(
            [
                review(PLOT_ONLY, "summary"),
                review(PANNED, "summary"),
                review(PLOT_ONLY, "summary", verdict="positive"),
                review(PLOT_ONLY, "review"),  # the same words from a critic are judged
            ]
        )
    )
    assert plot is None
    assert panned is not None and panned["label"] == "negative" and "universally negative" in panned["quote"]
    assert declared == {"label": "positive", "probability": 1.0, "quote": ""}
    assert critic is not None and critic["label"] in {"positive", "negative", "mixed"} and critic["quote"]
