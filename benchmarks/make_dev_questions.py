"""Generate dev questions (with gold answers) from the Wikipedia films, by rule — nothing hand-picked.

Writes into OUT_DIR (default: $TMPDIR/filmbot-dev, outside the repo: the files quote Wikipedia text):
  corpus.jsonl     the indexed sample, fields title, year, extract only (cast withheld: answers must
                   come from the text)
  questions.jsonl  {question, answers, kind} lines for `filmbot eval` / benchmarks/eval_answers.py

Kinds:
  director      "Who directed T?"      gold: the name(s) after "directed by" in the summary
  cast          "Who stars in T?"      gold: listed actors (cast field) that the summary names
  plot          "Which film ...: S"    gold: "T (year)"; S is a later summary sentence, title removed
  abstain_title director/cast questions about sampled films left out of the index (answers: [])
  abstain_plot  "Which film ...: S" for films left out of the index (answers: [])

    python benchmarks/make_dev_questions.py --films 2000 --per-kind 300
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FILMS = ROOT / ".." / "shared" / "data" / "wikipedia_movies" / "films.jsonl"

_DIRECTED_BY = re.compile(
    r"\bdirected (?:and (?:co-)?(?:written|produced) )?by ((?:[A-Z][\w.'’-]*\.?)(?: (?:[A-Z][\w.'’-]*\.?|(?:del|de|van|von|la|le|di|da)\b))*)"
    r"(?: and ((?:[A-Z][\w.'’-]*\.?)(?: (?:[A-Z][\w.'’-]*\.?|(?:del|de|van|von|la|le|di|da)\b))*))?"
)
# no split after an initial ("Anna Q. Nilsson") or a short abbreviation ("Jr.", "St.")
_SENT_SPLIT = re.compile(r"(?<!\b[A-Z]\.)(?<!\b(?:Jr|Sr|St|Mr|Dr|Ms)\.)(?<!\bMrs\.)(?<=[.!?])\s+(?=[A-Z\"“])")
_DIRECTOR_TEMPLATES = ("Who directed {t}?", "Who was the director of {t}?", "Who was {t} directed by?")
_CAST_TEMPLATES = ("Who stars in {t}?", "Who is in the cast of {t}?", "Who starred in {t}?")
_PLOT_TEMPLATES = ("Which film is this: {s}", "Which movie: {s}", "In which film {s}")


def _key(seed: int, film: dict[str, Any]) -> str:
    return hashlib.sha1(f"{seed}|{film['title']}|{film.get('year')}".encode()).hexdigest()


def _norm(title: str) -> str:
    t = re.sub(r"[^\w\s]", " ", title.lower())
    t = re.sub(r"^(the|a|an) ", "", re.sub(r"\s+", " ", t).strip())
    return t


def _pick(options: tuple[str, ...], film: dict[str, Any]) -> str:
    return options[int(hashlib.md5(film["title"].encode()).hexdigest(), 16) % len(options)]


def _label(film: dict[str, Any]) -> str:
    return f"{film['title']} ({film['year']})" if film.get("year") else film["title"]


def _title_in_question(film: dict[str, Any], ambiguous: set[str]) -> str:
    return _label(film) if _norm(film["title"]) in ambiguous else film["title"]


def _directors(extract: str) -> list[str]:
    m = _DIRECTED_BY.search(extract)
    if not m:
        return []
    names = []
    for raw in (g for g in m.groups() if g):
        words: list[str] = []
        for w in raw.split():
            # a word ending in "." that is not an initial ends the sentence: "Kevin Bray. It …"
            if w.endswith(".") and len(w.rstrip(".")) > 1 and w not in {"Jr.", "Sr.", "St."}:
                words.append(w.rstrip("."))
                break
            words.append(w)
        names.append(" ".join(words).strip())
    # a single capitalised word is usually a company or a truncated name: not a fair gold answer
    return [n for n in names if len(n.split()) >= 2]


def _plot_sentence(film: dict[str, Any]) -> str | None:
    """A later summary sentence, title replaced by "the film"; None when there is no usable one."""
    sentences = _SENT_SPLIT.split(film["extract"].strip())
    title = film["title"]
    for sentence in sentences[1:] + sentences[:1]:
        s = re.sub(re.escape(title), "the film", sentence, flags=re.IGNORECASE)
        s = re.sub(r"\b(?:1[89]\d\d|20\d\d) (?=(?:American |film|movie))", "", s)
        words = s.split()
        if 8 <= len(words) <= 60 and _norm(title) not in _norm(s):
            return " ".join(words)
    return None


def make(films: list[dict[str, Any]], n_films: int, per_kind: int, n_held: int, seed: int) -> dict[str, Any]:
    films = [f for f in films if f.get("title") and f.get("extract")]
    ordered = sorted(films, key=lambda f: _key(seed, f))
    indexed = ordered[:n_films]
    indexed_norms = {_norm(f["title"]) for f in indexed}
    held = [f for f in ordered[n_films:] if _norm(f["title"]) not in indexed_norms][:n_held]
    counts = Counter(_norm(f["title"]) for f in indexed)
    ambiguous = {t for t, c in counts.items() if c > 1}

    questions: list[dict[str, Any]] = []
    director_q = cast_q = plot_q = 0
    for film in indexed:
        t = _title_in_question(film, ambiguous)
        if director_q < per_kind and (names := _directors(film["extract"])):
            questions.append(
                {
                    "question": _pick(_DIRECTOR_TEMPLATES, film).format(t=t),
                    "answers": names,
                    "kind": "director",
                }
            )
            director_q += 1
        named = [a for a in film.get("cast", []) if a and a in film["extract"]]
        if cast_q < per_kind and named:
            questions.append(
                {"question": _pick(_CAST_TEMPLATES, film).format(t=t), "answers": named, "kind": "cast"}
            )
            cast_q += 1
        if plot_q < per_kind and (s := _plot_sentence(film)):
            q = _pick(_PLOT_TEMPLATES, film)
            if q.startswith("In which"):
                s = s[0].lower() + s[1:] if not s[:2].isupper() else s
                s = s.rstrip(".") + "?"
            questions.append({"question": q.format(s=s), "answers": [_label(film)], "kind": "plot"})
            plot_q += 1
    for i, film in enumerate(held):
        templates = _DIRECTOR_TEMPLATES if i % 2 == 0 else _CAST_TEMPLATES
        questions.append(
            {
                "question": _pick(templates, film).format(t=film["title"]),
                "answers": [],
                "kind": "abstain_title",
            }
        )
        if (s := _plot_sentence(film)) is not None:
            questions.append({"question": f"Which film is this: {s}", "answers": [], "kind": "abstain_plot"})
    corpus = [{"title": f["title"], "year": f.get("year"), "extract": f["extract"]} for f in indexed]
    return {"corpus": corpus, "questions": questions}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--source", type=Path, default=FILMS, help="films.jsonl (default ../shared/data/...)")
    parser.add_argument("--out-dir", type=Path, default=Path(tempfile.gettempdir()) / "filmbot-dev")
    parser.add_argument("--films", type=int, default=2000, help="films to index (deterministic sample)")
    parser.add_argument("--per-kind", type=int, default=300, help="questions per answerable kind")
    parser.add_argument("--held-out", type=int, default=200, help="films left out of the index, asked about")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if not args.source.is_file():
        print(
            f"{args.source} is absent: the dev questions are generated from ../shared/data", file=sys.stderr
        )
        return 2
    films = [
        json.loads(line) for line in args.source.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    out = make(films, args.films, args.per_kind, args.held_out, args.seed)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    with (args.out_dir / "corpus.jsonl").open("w", encoding="utf-8") as fh:
        for row in out["corpus"]:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    with (args.out_dir / "questions.jsonl").open("w", encoding="utf-8") as fh:
        for row in out["questions"]:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    kinds = Counter(q["kind"] for q in out["questions"])
    print(f"{len(out['corpus'])} films → {args.out_dir / 'corpus.jsonl'}", file=sys.stderr)
    print(
        f"{len(out['questions'])} questions → {args.out_dir / 'questions.jsonl'}: {dict(kinds)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
