"""Figure 5 — peak RSS of a process with the largest index loaded, after answering the latency
questions, ÷ a process holding only the ONNX model and FAISS (measured with figures 3 and 4)."""

from __future__ import annotations

from typing import Any

from harness import AIMS, fmt, ratio, verdict


def summarise(latency: dict[str, Any], cold: dict[str, Any]) -> dict[str, Any]:
    """The figure, from the largest store's latency run and its cold-start runs."""
    return {
        "passages": latency["passages"],
        "peak_rss_mb": latency["peak_rss_mb"],
        "rss_mb": latency["rss_mb"],
        "calls": latency["calls"],
        "cli_ask_peak_rss_mb": cold["peak_rss_mb"],
        "bare_peak_rss_mb": cold["bare_peak_rss_mb"],
    }


def rows(f: dict[str, Any], d: dict[str, Any]) -> list[str]:
    """Row 5 of the summary table."""
    lines: list[str] = []
    m = d["memory"]
    lines.append(
        f"| 5 | peak RSS, engine with index loaded, after {m['calls']} search/ask calls | "
        f"{fmt(m['passages'])} passages | {fmt(m['peak_rss_mb'])} MB | {fmt(m['bare_peak_rss_mb'])} MB "
        f"(ONNX + FAISS only) | {fmt(ratio(m['peak_rss_mb'], m['bare_peak_rss_mb']))} | ≤ {AIMS['rss_mb']:g} MB | "
        f"{verdict(m['peak_rss_mb'] <= AIMS['rss_mb'])} |"
    )
    return lines
