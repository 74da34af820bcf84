"""Write the evaluation corpus for the hand-written dev questions (benchmarks/dev/*.jsonl).

The corpus is a JSONL subset of ../shared/data/wikipedia_movies/films.jsonl (same fields), written
OUTSIDE the repo (the data must never be committed), plus a copy of corpus/the-runaways-2010.md:

  * every film listed under "include" in benchmarks/dev/films*.json (the films the questions ask about);
  * every other film whose normalised title equals an included film's ("king kong" stays ambiguous
    without a year), except excluded ones;
  * --distractors random other films (seeded), never excluded ones.

Films under "exclude" are the ones the `absent` questions ask about: they are never written.

Usage:
    python benchmarks/make_eval_corpus.py --out /tmp/filmbot-eval
    filmbot index build --corpus /tmp/filmbot-eval/corpus.jsonl corpus/the-runaways-2010.md \\
        --index /tmp/filmbot-eval/index
    filmbot eval benchmarks/dev/tune.jsonl --index /tmp/filmbot-eval/index
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FILMS = ROOT / ".." / "shared" / "data" / "wikipedia_movies" / "films.jsonl"
DEV = ROOT / "benchmarks" / "dev"
REVIEW = ROOT / "corpus" / "the-runaways-2010.md"


def norm_title(title: str) -> str:
    """Lower-case, punctuation-free, without a leading article: "The Thing" == "thing"."""
    t = re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", title.lower())).strip()
    return re.sub(r"^(the|a|an) ", "", t)


def _key(title: str, year: Any) -> tuple[str, int | None]:
    return title, int(year) if year is not None else None


def select(
    films: list[dict[str, Any]],
    include: set[tuple[str, int | None]],
    exclude: set[tuple[str, int | None]],
    distractors: int,
    seed: int,
) -> tuple[list[dict[str, Any]], set[tuple[str, int | None]], int]:
    """(chosen films in file order, included keys not found, number of same-title extras)."""
    keys = [_key(f["title"], f.get("year")) for f in films]
    found = {k for k in keys if k in include}
    titles = {norm_title(t) for t, _ in found}
    chosen = {
        i for i, k in enumerate(keys) if k not in exclude and (k in include or norm_title(k[0]) in titles)
    }
    n_same = len(chosen) - len(found)
    pool = [i for i, k in enumerate(keys) if i not in chosen and k not in exclude]
    chosen |= set(random.Random(seed).sample(pool, min(distractors, len(pool))))
    return [films[i] for i in sorted(chosen)], include - found, n_same


def main(argv: list[str] | None = None) -> int:
    default_out = Path(os.environ.get("TMPDIR") or tempfile.gettempdir()) / "filmbot-eval"
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--out", type=Path, default=default_out, help=f"output directory (default {default_out})"
    )
    parser.add_argument("--films", type=Path, default=FILMS, help="films.jsonl to sample from")
    parser.add_argument("--distractors", type=int, default=1500, help="random extra films (default 1500)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    if not args.films.is_file():
        print(
            f"skipped: {args.films} not found (the shared film data is not on this machine)", file=sys.stderr
        )
        return 0
    out = args.out.resolve()
    if out == ROOT or ROOT in out.parents:
        print(
            f"refusing to write inside the repo ({out}): the film data must not be committed", file=sys.stderr
        )
        return 2
    # One spec per question set (films.json, films-<set>.json), so sets written apart never clash.
    specs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(DEV.glob("films*.json"))]
    include = {_key(t, y) for spec in specs for t, y in spec["include"]}
    exclude = {_key(t, y) for spec in specs for t, y in spec["exclude"]}
    with args.films.open(encoding="utf-8") as fh:
        films = [json.loads(line) for line in fh if line.strip()]
    # (a film one set asks about and another set's absent questions rule out cannot be both: it is left
    # out, and the questions about it can only fail — say so, so the set can be mended)
    for title, year in sorted(include & exclude, key=lambda k: (k[0], k[1] or 0)):
        print(f"warning: {title} ({year}) is both asked about and excluded; it is left out", file=sys.stderr)
    chosen, missing, n_same = select(films, include, exclude, args.distractors, args.seed)

    out.mkdir(parents=True, exist_ok=True)
    corpus = out / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as fh:
        for film in chosen:
            fh.write(json.dumps(film, ensure_ascii=False) + "\n")
    shutil.copy(REVIEW, out / REVIEW.name)
    n_ref = len(include) - len(missing)
    print(
        f"wrote {corpus}: {len(chosen)} films ({n_ref} asked about, {n_same} sharing their titles, "
        f"{len(chosen) - n_ref - n_same} random distractors; {len(exclude)} excluded films left out)"
    )
    print(f"copied {REVIEW.name} to {out}")
    for title, year in sorted(missing, key=str):
        print(f"NOT FOUND: {title} ({year})", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
