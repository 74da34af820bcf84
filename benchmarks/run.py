"""filmbot benchmarks: every cost measured against its physical limit, in one run.

    python benchmarks/run.py [--quick] [--json] [--out benchmarks/results]

Writes OUT/latest.json (all figures) and OUT/table.md (the summary table) and prints the table
(with --json: prints one JSON object of headline figures on stdout, the table on stderr).

Measured in the same run, on a corpus written to a temporary directory from ../shared/data:
  1. build throughput of `filmbot index build` over real reviews ÷ the bare model's encode throughput
     on the very same passage texts (full run: a seeded random sample of them);
  2. a no-change reindex of the ~10k-passage index (CLI, new process, everything skipped by hash);
  3. warm latency p50/p99 of `ask` and `search` at ~10k and ~100k passages ÷ bare "encode the question +
     FAISS search" (same process, same encoder, same vectors);
  4. cold start: a new process running `filmbot ask "…"` until it exits with the answer printed;
  5. peak RSS of a process with the largest index loaded after answering questions;
  6. FAISS growth 10k → 100k → 1M passages (synthetic vectors made from real ones beyond the real ones):
     exact flat vs IVF vs HNSW at recall@10 ≥ 0.98.
The ~100k store repeats the real reviews under "… copy N" titles with the real vectors of the same
passage texts (see bench_bigindex.py). --quick runs the same steps on smaller sizes in < 3 minutes.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from bench_corpus import (  # noqa: E402
    DataMissing,
    SourceReview,
    polarity_reviews,
    write_jsonl_corpus,
    write_text_corpus,
)

PY = sys.executable


# Sizes: reviews for the real build (≈ 10.5 passages each), target passages of the large store,
# timing repeats, FAISS sizes.
@dataclass(frozen=True)
class Sizes:
    build_reviews: int
    bare_sample: int  # 0: encode every passage text
    big_passages: int
    latency_repeats: int
    cold_runs: int
    noop_runs: int
    faiss_sizes: str
    hnsw_max: int


SMALL_PASSAGES = 10_000
FULL = Sizes(480, 2500, 100_000, 3, 5, 3, "10000,100000,1000000", 100_000)
QUICK = Sizes(24, 0, 10_000, 2, 3, 2, "10000,50000", 10_000)
AIMS = {
    "build_ratio": 0.9,
    "noop_reindex_s": 2.0,
    "p50_ms": 20.0,
    "p99_ms": 60.0,
    "latency_ratio": 1.3,
    "cold_start_s": 1.5,
    "rss_mb": 400.0,
}
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
# Goes through the whole dense path (a question naming no film of the corpus is searched for).
COLD_QUESTION = "Which film is about jack the ripper?"


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def env() -> dict[str, str]:
    out = dict(os.environ)
    out.update(
        {
            "HF_HUB_OFFLINE": "1",
            "TOKENIZERS_PARALLELISM": "false",
            "FILMBOT_LOG_LEVEL": "WARNING",
            "HF_HUB_DISABLE_PROGRESS_BARS": "1",
            "TRANSFORMERS_VERBOSITY": "error",
        }
    )
    return out


def run_proc(cmd: list[str], timeout: float = 3600) -> tuple[float, str]:
    """Run a process from the repository root; (wall seconds, stdout). Raises on failure."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=ROOT, env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:6])} … failed ({proc.returncode}):\n{err[-3000:]}")
    return wall, out


def run_measured(cmd: list[str], timeout: float = 600) -> tuple[float, float, str]:
    """Like run_proc, but reaps the child with wait4 to get its own peak RSS: (wall s, peak MB, stdout)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env(), stdout=out, stderr=err, text=True)
        deadline = started + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                raise RuntimeError(f"{cmd} timed out")
            time.sleep(0.002)
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if proc.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd[:6])} … failed ({proc.returncode}):\n{err.read()[-3000:]}")
        return wall, usage.ru_maxrss / 1024.0, out.read()


def filmbot(*args: str) -> list[str]:
    return [PY, "-m", "filmbot", *args]


def loadavg() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def machine() -> dict[str, Any]:
    from importlib import metadata

    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    versions: dict[str, str | None] = {}
    for pkg in ("torch", "sentence-transformers", "onnxruntime", "faiss-cpu", "bm25s", "numpy"):
        try:
            versions[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            versions[pkg] = None
    return {
        "cpus": os.cpu_count(),
        "cpu": cpu,
        "memory_gb": round(mem_gb, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "versions": versions,
    }


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


def ratio(value: float | None, limit: float | None) -> float | None:
    if value is None or limit is None or limit == 0 or math.isnan(value) or math.isnan(limit):
        return None
    return round(value / limit, 3)


# -- the measurements -----------------------------------------------------------------------------
def measure_build(work: Path, reviews: list[SourceReview], bare_sample: int) -> dict[str, Any]:
    corpus = write_text_corpus(reviews, work / "corpus")
    index_dir = work / "index-real"
    log(f"1. build: `filmbot index build` over {len(reviews)} reviews …")
    load_before = loadavg()
    wall, out = run_proc(
        filmbot("index", "build", "--corpus", str(corpus), "--index", str(index_dir), "--json")
    )
    report = json.loads(out)
    passages = int(report["chunks"])
    from bench_bare import passage_documents

    texts = passage_documents(index_dir)
    assert len(texts) == passages, (len(texts), passages)
    sample = texts
    if bare_sample and len(texts) > bare_sample:
        sample = random.Random(8).sample(texts, bare_sample)
    texts_file = work / "texts.json"
    texts_file.write_text(json.dumps(sample), encoding="utf-8")
    log(f"1. bare model: SentenceTransformer.encode on {len(sample)} of the same {passages} passage texts …")
    _, bare_out = run_proc([PY, str(HERE / "bench_bare.py"), "encode", str(texts_file), "--batch-size", "64"])
    bare = json.loads(bare_out)
    onnx_file = work / "texts-onnx.json"
    onnx_file.write_text(json.dumps(sample[:1000]), encoding="utf-8")
    log(f"1. for comparison: the ONNX export on {min(len(sample), 1000)} of the same texts …")
    _, onnx_out = run_proc([PY, str(HERE / "bench_bare.py"), "encode-onnx", str(onnx_file)])
    build_pps = passages / wall
    return {
        "corpus": corpus,
        "index_dir": index_dir,
        "reviews": len(reviews),
        "passages": passages,
        "build_wall_s": round(wall, 2),
        "build_inprocess_s": report.get("seconds"),
        "build_passages_per_s": round(build_pps, 2),
        "build_inprocess_passages_per_s": round(passages / float(report["seconds"]), 2)
        if report.get("seconds")
        else None,
        "bare": bare,
        "bare_onnx": json.loads(onnx_out),
        "build_ratio": ratio(build_pps, bare["passages_per_s"]),
        "build_inprocess_ratio": ratio(passages / float(report["seconds"]), bare["passages_per_s"])
        if report.get("seconds")
        else None,
        "loadavg_before": load_before,
        "loadavg_after": loadavg(),
    }


def make_store(
    work: Path, source_index: Path, reviews: list[SourceReview], passages: int, target: int, as_text: bool
) -> dict[str, Any]:
    """A store of ≈ `target` passages: the real reviews repeated (as .txt files or one JSONL file),
    built by the project's build with the real vectors of the same passages (bench_bigindex.py)."""
    total = max(len(reviews), round(target * len(reviews) / passages))  # reviews, last copy cut short
    copies = math.ceil(total / len(reviews))
    if as_text:
        corpus = write_text_corpus(reviews, work / f"corpus-{total}", total)
    else:
        corpus = write_jsonl_corpus(reviews, total, work / f"corpus-{total}.jsonl")
    index_dir = work / f"index-{total}"
    log(f"   store: {total:,} reviews = the real ones repeated (≈{target:,} passages) …")
    wall, out = run_proc(
        [PY, str(HERE / "bench_bigindex.py"), str(source_index), str(corpus), str(index_dir)]
    )
    info = json.loads(out)
    return {"index_dir": index_dir, "corpus": corpus, "copies": copies, "build_s": round(wall, 2), **info}


def measure_noop(corpus: Path, index_dir: Path, runs: int) -> dict[str, Any]:
    times = []
    report: dict[str, Any] = {}
    for _ in range(runs):
        wall, out = run_proc(
            filmbot("index", "build", "--corpus", str(corpus), "--index", str(index_dir), "--json")
        )
        report = json.loads(out)
        times.append(wall)
    skipped_all = report.get("added") == 0 and report.get("updated") == 0 and report.get("removed") == 0
    scan_wall, _ = run_proc([PY, str(HERE / "bench_bare.py"), "scan", str(corpus)])
    return {
        "passages": report.get("chunks"),
        "reviews": report.get("reviews"),
        "runs_s": [round(t, 3) for t in times],
        "median_s": round(statistics.median(times), 3),
        "inprocess_s": report.get("seconds"),
        "everything_skipped": skipped_all,
        "bare_scan_s": round(scan_wall, 3),
    }


def measure_latency(work: Path, index_dir: Path, questions_file: Path, tag: str) -> dict:
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


def measure_cold(index_dir: Path, runs: int) -> dict[str, Any]:
    ask_runs, rss, bare_runs, bare_rss = [], [], [], []
    answer = ""
    for _ in range(runs):
        wall, peak, out = run_measured(filmbot("ask", COLD_QUESTION, "--index", str(index_dir)))
        ask_runs.append(wall)
        rss.append(peak)
        answer = out.strip().splitlines()[0] if out.strip() else ""
        wall, peak, _ = run_measured([PY, str(HERE / "bench_bare.py"), "cold", str(index_dir), COLD_QUESTION])
        bare_runs.append(wall)
        bare_rss.append(peak)
    st_import, _, _ = run_measured([PY, "-c", "import sentence_transformers"])
    return {
        "question": COLD_QUESTION,
        "first_answer_line": answer[:120],
        "runs_s": [round(t, 3) for t in ask_runs],
        "median_s": round(statistics.median(ask_runs), 3),
        "max_s": round(max(ask_runs), 3),
        "peak_rss_mb": round(max(rss), 1),
        "bare_runs_s": [round(t, 3) for t in bare_runs],
        "bare_median_s": round(statistics.median(bare_runs), 3),
        "bare_peak_rss_mb": round(max(bare_rss), 1),
        "import_sentence_transformers_s": round(st_import, 3),
        "ratio": ratio(statistics.median(ask_runs), statistics.median(bare_runs)),
    }


def measure_faiss(work: Path, index_dir: Path, vectors: str, sizes: str, hnsw_max: int) -> dict[str, Any]:
    import numpy as np
    from bench_bigindex import load_source

    by_text, _, _ = load_source(index_dir)
    base = np.stack(list(by_text.values())).astype(np.float32)
    base_file = work / "base.npy"
    np.save(base_file, base)
    log(f"6. FAISS growth: sizes {sizes} from {len(base):,} real passage vectors …")
    _, out = run_proc(
        [
            PY,
            str(HERE / "bench_faiss.py"),
            str(base_file),
            vectors,
            "--sizes",
            sizes,
            "--hnsw-max",
            str(hnsw_max),
        ]
    )
    data = json.loads(out)
    data["real_vectors"] = len(base)
    data["recommendation"] = recommend(data)
    return data


def recommend(study: dict[str, Any]) -> str:
    """Plain-words advice from the measured growth: when flat stops fitting the latency budget."""
    budget_ms = 5.0  # a quarter of the 20 ms p50 aim: the rest is encoding, BM25 and answering
    rows = study["sizes"]
    first_row = rows[0]
    threads = ""
    if first_row["flat_default_threads"]["p50_ms"] > 3 * max(first_row["flat"]["p50_ms"], 0.5):
        threads = (
            f"First, search with one FAISS thread (faiss.omp_set_num_threads(1)): at {first_row['n']:,} "
            f"passages flat search takes {first_row['flat_default_threads']['p50_ms']} ms p50 with FAISS's default "
            f"{study['faiss_default_threads']} threads on this shared machine and {first_row['flat']['p50_ms']} ms "
            "with one. "
        )
    over = [r for r in rows if r["flat"]["p50_ms"] > budget_ms]
    if not over:
        return threads + (
            f"Stay on exact flat search: at {rows[-1]['n']:,} passages it takes {rows[-1]['flat']['p50_ms']} ms "
            f"(p50), inside a {budget_ms:g} ms share of the budget, with perfect recall."
        )
    first = over[0]
    ivf = first["ivf"]["at_target"]
    ivf_txt = (
        f"IVF{first['ivf']['nlist']},Flat with nprobe={ivf['nprobe']} gives recall@10 {ivf['recall10']} at "
        f"{ivf['p50_ms']} ms p50"
        if ivf
        else "IVF did not reach recall@10 ≥ 0.98 in the sweep"
    )
    return threads + (
        f"Exact flat search passes {budget_ms:g} ms p50 at ~{first['n']:,} passages "
        f"({first['flat']['p50_ms']} ms). From there switch to IndexIVFFlat (nlist ≈ 2·√N, add_with_ids, "
        f"a hashtable direct map for reconstruct, remove_ids works): {ivf_txt}. Retrain the coarse quantiser "
        "when the store has grown ~4× since training. HNSW is as fast but cannot remove ids (incremental "
        "builds remove changed passages) and costs more memory and build time."
    )


# -- reporting ------------------------------------------------------------------------------------
def fmt(value: Any, unit: str = "") -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        text = f"{value:,.3f}" if abs(value) < 10 else f"{value:,.1f}"
    else:
        text = f"{value:,}" if isinstance(value, int) else str(value)
    return f"{text}{unit}"


def verdict(ok: bool | None) -> str:
    return "—" if ok is None else ("✅" if ok else "❌")


def table(res: dict[str, Any]) -> str:
    f = res["figures"]
    d = res["details"]
    lines = [
        f"Benchmarks — {res['date']} — {res['machine']['cpus']} CPUs ({res['machine']['cpu']}), "
        f"{res['mode']} run, {res['elapsed_s']:.0f} s, load average {d['loadavg_start']} → {d['loadavg_end']}",
        "",
        "| # | measure | at | result | limit (bare) | ratio | aim | ok |",
        "|---|---|---|---|---|---|---|---|",
    ]
    b = d["build"]
    lines.append(
        f"| 1 | build throughput, `filmbot index build` (new process) | {fmt(b['passages'])} passages | "
        f"{fmt(b['build_passages_per_s'])} passages/s ({fmt(b['build_wall_s'])} s) | "
        f"{fmt(b['bare']['passages_per_s'])} passages/s (`encode`, {fmt(b['bare']['passages'])} of the same texts)"
        f" | {fmt(f['build_ratio'])} | ≥ {AIMS['build_ratio']} | {verdict(f['build_ratio'] >= AIMS['build_ratio'])} |"
    )
    lines.append(
        f"| 1b | build throughput inside the build (no start-up) | {fmt(b['passages'])} passages | "
        f"{fmt(b['build_inprocess_passages_per_s'])} passages/s | same | {fmt(b['build_inprocess_ratio'])} | — | — |"
    )
    ox = b.get("bare_onnx")
    if ox:
        lines.append(
            f"| 1c | for comparison: the ONNX export encoding the same texts (2 threads, batch {ox['batch_size']}) | "
            f"{fmt(ox['passages'])} passages | {fmt(ox['passages_per_s'])} passages/s | "
            f"{fmt(b['bare']['passages_per_s'])} passages/s | {fmt(ratio(ox['passages_per_s'], b['bare']['passages_per_s']))}"
            " | — | — |"
        )
    n = d["noop"]
    lines.append(
        f"| 2 | no-change reindex (new process) | {fmt(n['passages'])} passages | {fmt(n['median_s'])} s "
        f"(median of {len(n['runs_s'])}) | {fmt(n['bare_scan_s'])} s (read + hash every file) | "
        f"{fmt(ratio(n['median_s'], n['bare_scan_s']))} | ≤ {AIMS['noop_reindex_s']} s | "
        f"{verdict(n['median_s'] <= AIMS['noop_reindex_s'] and n['everything_skipped'])} |"
    )
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
    for c in (d["cold"], d.get("cold_large")):
        if not c:
            continue
        lines.append(
            f'| 4 | cold start: new process `filmbot ask "…"` to printed answer | {fmt(c["passages"])} passages | '
            f"{fmt(c['median_s'])} s (median of {len(c['runs_s'])}, max {fmt(c['max_s'])}; "
            f"peak RSS {fmt(c['peak_rss_mb'])} MB) | "
            f"{fmt(c['bare_median_s'])} s (load ONNX + vectors, encode, search) | {fmt(c['ratio'])} | "
            f"≤ {AIMS['cold_start_s']} s | {verdict(c['median_s'] <= AIMS['cold_start_s'])} |"
        )
    c = d["cold"]
    lines.append(
        f"| 4b | for comparison: `import sentence_transformers` alone | — | "
        f"{fmt(c['import_sentence_transformers_s'])} s | — | — | — | — |"
    )
    m = d["memory"]
    lines.append(
        f"| 5 | peak RSS, engine with index loaded, after {m['calls']} search/ask calls | "
        f"{fmt(m['passages'])} passages | {fmt(m['peak_rss_mb'])} MB | {fmt(m['bare_peak_rss_mb'])} MB "
        f"(ONNX + FAISS only) | {fmt(ratio(m['peak_rss_mb'], m['bare_peak_rss_mb']))} | ≤ {AIMS['rss_mb']:g} MB | "
        f"{verdict(m['peak_rss_mb'] <= AIMS['rss_mb'])} |"
    )
    lines += ["", "FAISS growth (single query, k = 40, 1 thread; recall@10 against exact):", ""]
    lines.append(
        "| passages | flat p50 / p99 ms | flat, FAISS default threads p50 / p99 ms | flat MB | "
        "flat fp16 p50 / p99 ms (recall), MB | "
        "IVF p50 / p99 ms (nprobe, recall) | IVF MB, build s | HNSW32 p50 / p99 ms (efSearch, recall) | "
        "HNSW MB, build s |"
    )
    lines.append("|---|---|---|---|---|---|---|---|---|")
    for row in d["faiss"]["sizes"]:
        fl, fd, ivf, hn = row["flat"], row["flat_default_threads"], row["ivf"], row["hnsw"]
        h16 = row["flat_fp16"]
        at = ivf["at_target"]
        ivf_txt = (
            f"{at['p50_ms']} / {at['p99_ms']} ({at['nprobe']}, {at['recall10']})" if at else "not reached"
        )
        if hn and hn["at_target"]:
            h = hn["at_target"]
            hn_txt = f"{h['p50_ms']} / {h['p99_ms']} ({h['efSearch']}, {h['recall10']})"
            hn_mem = f"{hn['memory_mb']}, {hn['build_s']}"
        else:
            hn_txt, hn_mem = ("not measured" if hn is None else "not reached"), "—"
        lines.append(
            f"| {row['n']:,} | {fl['p50_ms']} / {fl['p99_ms']} | {fd['p50_ms']} / {fd['p99_ms']} | "
            f"{fl['memory_mb']} | {h16['p50_ms']} / {h16['p99_ms']} ({h16['recall10']}), {h16['memory_mb']} | "
            f"{ivf_txt} | {ivf['memory_mb']}, {ivf['build_s']} | {hn_txt} | {hn_mem} |"
        )
    lines += ["", f"Recommendation: {d['faiss']['recommendation']}", ""]
    lines.append(
        f"Corpus: {b['reviews']} review_polarity reviews (../shared/data) as .txt files with placeholder titles "
        '("Polarity review cv000 pos", year 2000), built for real (row 1). The ~10k store (.txt files) and '
        'the ~100k store (one JSONL file) repeat them under "… copy N" titles, built by the project\'s build '
        "with the real vectors of the same passage texts. FAISS sizes beyond the real vectors are synthetic "
        "(made from real ones). Bare model = SentenceTransformer.encode, batch 64; query encoder = "
        f"{d['latency']['small']['encoder']}; latency questions: {d['latency']['small']['questions'] - 24} naming "
        "a film + 24 generic, reworded per "
        "pass so the engine's query-vector cache never hits."
    )
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="smaller sizes, same steps (< 3 minutes)")
    parser.add_argument("--json", action="store_true", help="print headline figures as one JSON object")
    parser.add_argument(
        "--out", type=Path, default=HERE / "results", help="where latest.json and table.md go"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory (for inspection)")
    args = parser.parse_args()
    sizes = QUICK if args.quick else FULL
    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="filmbot-bench-"))
    details: dict[str, Any] = {"loadavg_start": loadavg(), "sizes": asdict(sizes), "workdir": str(work)}
    try:
        try:
            reviews = polarity_reviews(sizes.build_reviews)
        except DataMissing as exc:
            print(f"benchmarks: {exc}", file=sys.stderr)
            return 2
        log("0. ONNX export (`filmbot model export`, skipped when valid) …")
        run_proc(filmbot("model", "export", "--json"))

        build = measure_build(work, reviews, sizes.bare_sample)
        details["build"] = {k: v for k, v in build.items() if k not in ("corpus", "index_dir")}
        real_index, passages = build["index_dir"], build["passages"]

        questions = questions_for(reviews, 2 * sizes.latency_repeats)
        questions_file = work / "questions.json"
        questions_file.write_text(json.dumps(questions), encoding="utf-8")

        # ~10k store as .txt files (what `index build` reads in practice); ~100k store as one JSONL file.
        small = make_store(work, real_index, reviews, passages, SMALL_PASSAGES, as_text=True)
        details["stores"] = {"small": {k: str(v) for k, v in small.items()}}
        small_index, small_corpus = small["index_dir"], small["corpus"]
        large_index = None
        if sizes.big_passages > SMALL_PASSAGES:
            large = make_store(work, real_index, reviews, passages, sizes.big_passages, as_text=False)
            details["stores"]["large"] = {k: str(v) for k, v in large.items()}
            large_index = large["index_dir"]

        log("2. no-change reindex …")
        details["noop"] = measure_noop(small_corpus, small_index, sizes.noop_runs)

        log("3. warm latency …")
        details["latency"] = {"small": measure_latency(work, small_index, questions_file, "small")}
        if large_index is not None:
            details["latency"]["large"] = measure_latency(work, large_index, questions_file, "large")
        biggest_latency = details["latency"]["large" if large_index else "small"]

        log("4. cold start …")
        details["cold"] = measure_cold(small_index, sizes.cold_runs)
        details["cold"]["passages"] = details["latency"]["small"]["passages"]
        cold = details["cold"]
        if large_index is not None:
            cold = details["cold_large"] = measure_cold(large_index, sizes.cold_runs)
            cold["passages"] = biggest_latency["passages"]

        details["memory"] = {
            "passages": biggest_latency["passages"],
            "peak_rss_mb": biggest_latency["peak_rss_mb"],
            "rss_mb": biggest_latency["rss_mb"],
            "calls": biggest_latency["calls"],
            "cli_ask_peak_rss_mb": cold["peak_rss_mb"],
            "bare_peak_rss_mb": cold["bare_peak_rss_mb"],
        }

        details["faiss"] = measure_faiss(
            work,
            real_index,
            details["latency"]["small"]["vectors_file"],
            sizes.faiss_sizes,
            sizes.hnsw_max,
        )
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    details["loadavg_end"] = loadavg()

    small = details["latency"]["small"]
    figures = {
        "build_ratio": details["build"]["build_ratio"],
        "build_passages": details["build"]["passages"],
        "build_passages_per_s": details["build"]["build_passages_per_s"],
        "bare_encode_passages_per_s": details["build"]["bare"]["passages_per_s"],
        "noop_reindex_s": details["noop"]["median_s"],
        "noop_passages": details["noop"]["passages"],
        "ask_p50_ms": small["ask"]["p50_ms"],
        "ask_p99_ms": small["ask"]["p99_ms"],
        "ask_ratio": small["ask_ratio_p50"],
        "search_p50_ms": small["search"]["p50_ms"],
        "search_p99_ms": small["search"]["p99_ms"],
        "search_ratio": small["search_ratio_p50"],
        "bare_query_p50_ms": small["bare"]["p50_ms"],
        "latency_passages": small["passages"],
        "cold_start_s": details["cold"]["median_s"],
        "cold_start_passages": details["cold"]["passages"],
        "cold_start_s_large": details["cold_large"]["median_s"] if "cold_large" in details else None,
        "rss_mb": details["memory"]["peak_rss_mb"],
        "rss_passages": details["memory"]["passages"],
    }
    if "large" in details["latency"]:
        large = details["latency"]["large"]
        figures.update(
            {
                "ask_p50_ms_large": large["ask"]["p50_ms"],
                "ask_p99_ms_large": large["ask"]["p99_ms"],
                "ask_ratio_large": large["ask_ratio_p50"],
                "search_p50_ms_large": large["search"]["p50_ms"],
                "search_p99_ms_large": large["search"]["p99_ms"],
                "latency_passages_large": large["passages"],
            }
        )
    result = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "mode": "quick" if args.quick else "full",
        "elapsed_s": round(time.perf_counter() - started, 1),
        "machine": machine(),
        "aims": AIMS,
        "figures": figures,
        "details": details,
    }
    text = table(result)
    args.out.mkdir(parents=True, exist_ok=True)
    stem = "quick" if args.quick else "latest"
    (args.out / f"{stem}.json").write_text(json.dumps(result, indent=1, default=str) + "\n", encoding="utf-8")
    (args.out / ("table-quick.md" if args.quick else "table.md")).write_text(text, encoding="utf-8")
    if args.json:
        print(text, file=sys.stderr)
        print(json.dumps({**figures, "mode": result["mode"], "elapsed_s": result["elapsed_s"]}))
    else:
        print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
