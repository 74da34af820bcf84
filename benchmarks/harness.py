"""What every measured figure shares: sizes and aims, running processes (wall time, peak RSS), the
machine, and number formatting for the table. Imported by run.py and by each module of figures/."""

from __future__ import annotations

import math
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
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


def ratio(value: float | None, limit: float | None) -> float | None:
    if value is None or limit is None or limit == 0 or math.isnan(value) or math.isnan(limit):
        return None
    return round(value / limit, 3)


# -- table cells ------------------------------------------------------------------------------------
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
