"""Start annotating enough reviews to keep a worker process busy for minutes, say so, then wait to be
killed (tests/test_reliability_crash.py: the worker must not outlive its killed build)."""

from __future__ import annotations

import time

from index import annotate
from index.types import Review

TEXT = "Jane Dough plays the sheriff of a small town. It was directed by John Roh. " * 40
BUSY_REVIEWS = 5000


def main() -> None:
    reviews = [Review(f"r{i}", f"Film {i}", 2000, TEXT, f"h{i}", f"p{i}") for i in range(BUSY_REVIEWS)]
    pending = annotate.submit(reviews)  # (kept: its shared counter must outlive the worker's start)
    print("annotating", flush=True)
    time.sleep(600)
    pending.result()


if __name__ == "__main__":
    main()
