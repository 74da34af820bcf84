"""A query process's memory: glibc's mmap threshold is fixed."""

from __future__ import annotations

import sys

import pytest


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt")
def test_the_engine_fixes_the_malloc_threshold_once() -> None:
    import ctypes

    from index import engine

    try:
        ctypes.CDLL(None).gnu_get_libc_version  # noqa: B018
    except AttributeError:
        pytest.skip("not glibc")
    assert engine.fix_malloc_threshold() is True
    assert engine.fix_malloc_threshold() is True
