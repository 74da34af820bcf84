"""Figure 3 — warm latency p50/p99 of `ask` and `search` at ~10k and ~100k passages ÷ bare "encode
the question + FAISS search" (same process, same encoder, same vectors; bench_latency.py)."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from bench_corpus import SourceReview
from harness import AIMS, HERE, PY, fmt, ratio, run_proc, verdict

QUESTION_TEMPLATES = (
    "Who directed {t}?",
    "Who plays the lead in {t}?",
    "What did the critic think of the acting in {t}?",
    "Is {t} worth seeing?",
    "What is {t} about?",
    "How does {t} end?",
)
GENERIC_QUESTIONS = (
    "a film about jack the ripper",
    "which movie has a great soundtrack",
    "a romantic comedy that ends at a wedding",
    "science fiction film where aliens invade earth",
    "the special effects were disappointing",
    "a courtroom drama with a surprise verdict",
    "a disaster movie with a volcano",
    "who is the most memorable villain",
    "films with a twist ending",
    "a sequel that is worse than the original",
    "what did critics say about the pacing",
    "a war film about soldiers in vietnam",
    "an animated film for children",
    "the dialogue is clumsy and the plot predictable",
    "a thriller set on a submarine",
    "which film is a waste of talented actors",
    "a coming of age story in high school",
    "the cinematography is beautiful",
    "a horror film where teenagers are killed one by one",
    "a biopic of a famous musician",
    "a martial arts action movie",
    "a heist film with a clever plan",
    "what is a good film about space travel",
    "an overlong epic that drags",
)


# The engine caches query vectors, so every timed list must differ in wording. Film questions change
# the film (a prefix such as "Tell me, …" would change how some questions are classified), generic ones
# get a suffix.
SUFFIXES = ("", "?", " please", " in these reviews", " according to the critics", " in any film here",
            " (asking for a friend)", " if any")  # fmt: skip


def questions_for(reviews: list[SourceReview], lists: int) -> dict[str, Any]:
    """`lists` + 1 lists of the same question mix: film questions (6 kinds, naming films of the corpus,
    different films in each list) and 24 generic ones. The last list is the warm-up."""
    rng = random.Random(8)
    per_list = max(1, min(6, len(reviews) // (lists + 1)))
    titles = [r.title for r in rng.sample(reviews, per_list * (lists + 1))]
    out = []
    for i in range(lists + 1):
        mine = titles[i * per_list : (i + 1) * per_list]
        film = [tpl.format(t=t) for t in mine for tpl in QUESTION_TEMPLATES]
        out.append(film + [q + SUFFIXES[i % len(SUFFIXES)] for q in GENERIC_QUESTIONS])
    return {"warmup": out[-1], "timed": out[:lists]}


def measure(work: Path, index_dir: Path, questions_file: Path, tag: str) -> dict:
    vectors = work / f"questions-{tag}.npy"
    _, out = run_proc(
        [
            PY,
            str(HERE / "bench_latency.py"),
            str(index_dir),
            str(questions_file),
            "--vectors-out",
            str(vectors),
        ]
    )
    data = json.loads(out)
    data["vectors_file"] = str(vectors)
    for kind in ("ask", "search"):
        data[f"{kind}_ratio_p50"] = ratio(data[kind]["p50_ms"], data["bare"]["p50_ms"])
        data[f"{kind}_ratio_p99"] = ratio(data[kind]["p99_ms"], data["bare"]["p99_ms"])
    return data


def rows(f: dict[str, Any], d: dict[str, Any]) -> list[str]:
    """The rows 3 of the summary table (ask and search, each store)."""
    lines: list[str] = []
    for tag in ("small", "large"):
        lat = d["latency"].get(tag)
        if not lat:
            continue
        for kind in ("ask", "search"):
            ok = (
                lat[kind]["p50_ms"] <= AIMS["p50_ms"]
                and lat[kind]["p99_ms"] <= AIMS["p99_ms"]
                and (lat[f"{kind}_ratio_p50"] or 99) <= AIMS["latency_ratio"]
            )
            lines.append(
                f"| 3 | `{kind}` warm p50 / p99 | {fmt(lat['passages'])} passages | "
                f"{fmt(lat[kind]['p50_ms'])} / {fmt(lat[kind]['p99_ms'])} ms | "
                f"{fmt(lat['bare']['p50_ms'])} / {fmt(lat['bare']['p99_ms'])} ms (encode + FAISS) | "
                f"{fmt(lat[f'{kind}_ratio_p50'])} / {fmt(lat[f'{kind}_ratio_p99'])} | "
                f"≤ {AIMS['p50_ms']:g} / {AIMS['p99_ms']:g} ms, ≤ {AIMS['latency_ratio']} | {verdict(ok)} |"
            )
    return lines
