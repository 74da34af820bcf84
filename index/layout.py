"""On-disk layout of an index directory, and the atomic switch between versions.

    INDEX_DIR/
      CURRENT                 name of the live version (replaced atomically with os.replace)
      .build.lock             flock held by the one build allowed at a time (across processes)
      versions/<name>/        a complete, immutable version:
        manifest.json         model, chunking, per-document hash → chunk ids, films, file checksums
        manifest.sha256       checksum of manifest.json itself (an edited manifest is caught too)
        vectors.faiss         FAISS, ids = chunk ids, inner product: IndexIDMap2(IndexScalarQuantizer fp16)
                              (exact) below index.store.IVF_MIN_VECTORS, IndexIVFScalarQuantizer fp16 with
                              a hashtable direct map from there (the manifest's "vectors" says which,
                              with nprobe and the recall@10 measured at build time)
        passages.sqlite       reviews and passages (text, offsets, facts, verdicts)
        layout.npz            chunk id and film number of each BM25 row
        titles.json           each film's title key and aliases, with the fingerprint of the code that made them
        bm25/                 bm25s matrices (numpy arrays + JSON, no pickle)
      versions/<name>.tmp-*   a build in progress; never read, removed by the next build

A version directory is only renamed into place when every file in it is written and synced, and
CURRENT only ever names such a directory, so a crash at any point leaves the previous version live.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

from index.errors import BuildInProgressError

FORMAT = 3  # 2: half-precision vectors; 3: the encoder (int8/fp32) and the vector index type recorded, IVF above a size
CURRENT = "CURRENT"
VERSIONS = "versions"
MANIFEST = "manifest.json"
MANIFEST_SUM = "manifest.sha256"
VECTORS = "vectors.faiss"
STORIES = "stories.faiss"  # a vector per review, its story (chunking.story_document), by first passage id
PASSAGES = "passages.sqlite"
ROWS = "layout.npz"
TITLES = "titles.json"  # each film's title key and aliases (index.titles), computed at build time
BM25_DIR = "bm25"
KEEP_VERSIONS = 2  # the live one and the one before it (still open in a process that has not swapped)


def current_version_dir(index_dir: Path) -> Path | None:
    """The live version directory named by CURRENT; None when there is no usable pointer (missing,
    empty, garbage bytes, or naming something that is not a finished version)."""
    try:
        lines = (index_dir / CURRENT).read_bytes().decode("utf-8").split()
    except (OSError, UnicodeDecodeError):
        return None
    if not lines:
        return None
    name = lines[0]
    if "/" in name or "\\" in name or name.startswith(".") or ".tmp-" in name:
        return None
    path = index_dir / VERSIONS / name
    return path if path.is_dir() else None


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_tree(path: Path) -> None:
    for root, _dirs, files in os.walk(path):
        for name in files:
            with open(Path(root) / name, "rb") as fh:
                os.fsync(fh.fileno())
        fsync_dir(Path(root))


def publish(index_dir: Path, tmp_dir: Path, name: str) -> Path:
    """Move a finished build into place and make it the live version."""
    fsync_tree(tmp_dir)
    final = index_dir / VERSIONS / name
    os.replace(tmp_dir, final)
    fsync_dir(final.parent)
    pointer = index_dir / f".{CURRENT}.tmp"
    with open(pointer, "w", encoding="utf-8") as fh:
        fh.write(name + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(pointer, index_dir / CURRENT)
    fsync_dir(index_dir)
    return final


def prune(index_dir: Path) -> None:
    """Remove unfinished builds and all but the newest KEEP_VERSIONS versions (never the live one)."""
    versions = index_dir / VERSIONS
    if not versions.is_dir():
        return
    live = current_version_dir(index_dir)
    finished = sorted((p for p in versions.iterdir() if p.is_dir() and ".tmp-" not in p.name), reverse=True)
    keep = set(finished[:KEEP_VERSIONS]) | ({live} if live else set())
    for path in versions.iterdir():
        if path not in keep:
            shutil.rmtree(path, ignore_errors=True)


@contextlib.contextmanager
def build_lock(index_dir: Path) -> Iterator[None]:
    """Exclusive across processes: a second build (CLI or bot) is refused, not queued."""
    index_dir.mkdir(parents=True, exist_ok=True)
    fh = open(index_dir / ".build.lock", "a+")  # noqa: SIM115  # held for the whole build
    try:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise BuildInProgressError() from exc
        yield
    finally:
        fh.close()
