"""A loaded, immutable index version: vectors, BM25, passage texts and film list.

Queries only read a Snapshot, and a reindex builds a new one beside it, so a question in flight
always sees one complete version.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import os
import sqlite3
import threading
import weakref
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from index import layout
from index.embedding import DIMENSION, MODEL_NAME, WEIGHTS_SHA256
from index.embedding import file_sha256 as file_digest
from index.errors import IndexCorruptError, IndexMismatchError, IndexMissingError
from index.people import CREW_READ_MIN, CREW_ROLES, PeopleIndex
from index.store import VectorStore
from index.textutil import tokens
from index.titles import TitleIndex
from index.types import REVIEW, CastMember, Film, FilmRef, Passage, Review, ReviewFacts, ReviewVerdict

log = logging.getLogger(__name__)

VERIFIED_CACHE = ".verified.json"  # stat stamps of files whose sha256 matched (not in the manifest)


#: the build writes "documents" (every review's hash and chunk ids: most of the manifest at scale) last
_DOCUMENTS_KEY = b',"documents":{'


class _LazyDocuments(Mapping[str, Any]):
    """The manifest's "documents", read and parsed on first use: a query process rarely needs them
    (an incremental build does), and at a million passages they are most of the manifest — 41 MB of
    heap held as bytes from start-up, and most of its parse time. Versions are immutable: the file
    is read again only if it is still the one opened (same size, mtime and inode)."""

    def __init__(self, path: Path, start: int, end: int, stamp: tuple[int, int, int]) -> None:
        self._where = (path, start, end, stamp)
        self._data: dict[str, Any] | None = None
        self._lock = threading.Lock()

    def _load(self) -> dict[str, Any]:
        data = self._data
        if data is None:
            with self._lock:
                if self._data is None:
                    path, start, end, stamp = self._where
                    try:
                        if _stamp(path) != stamp:
                            raise OSError("it changed since the index was opened")
                        with open(path, "rb") as fh:
                            fh.seek(start)
                            self._data = json.loads(fh.read(end - start))
                    except (OSError, ValueError) as exc:
                        raise IndexCorruptError(
                            f"The index manifest {path} cannot be read again ({exc}). "
                            "Rebuild with `filmbot index build --rebuild`."
                        ) from exc
                data = self._data
        return data

    def __getitem__(self, key: str) -> Any:
        return self._load()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._load())

    def __len__(self) -> int:
        return len(self._load())


def _stamp(path: Path) -> tuple[int, int, int]:
    st = path.stat()
    return st.st_size, st.st_mtime_ns, st.st_ino


def read_manifest(version_dir: Path, *, lazy_documents: bool = False) -> dict[str, Any]:
    """The version's manifest. `lazy_documents`: leave "documents" unparsed until first used."""
    try:
        path = version_dir / layout.MANIFEST
        stamp = _stamp(path)
        raw = path.read_bytes()
        manifest = None
        at = raw.rfind(_DOCUMENTS_KEY) if lazy_documents else -1
        if at > 0 and raw.rstrip().endswith(b"}"):
            try:
                manifest = json.loads(raw[:at] + b"}")
                end = raw.rstrip().rfind(b"}")
                manifest["documents"] = _LazyDocuments(path, at + len(_DOCUMENTS_KEY) - 1, end, stamp)
            except ValueError:
                manifest = None  # not the layout the build writes: parse it whole
        if manifest is None:
            manifest = json.loads(raw.decode("utf-8"))
    except (OSError, ValueError) as exc:
        raise IndexCorruptError(
            f"The index manifest in {version_dir} is unreadable ({exc}). "
            "Rebuild with `filmbot index build --rebuild`."
        ) from exc
    if not isinstance(manifest, dict):
        raise IndexCorruptError(f"The index manifest in {version_dir} is not a JSON object. Rebuild it.")
    return manifest


def check_compatible(manifest: dict[str, Any], chunking: dict[str, Any] | None = None) -> None:
    """Raise IndexMismatchError when the index was made with another model or chunking."""
    problems = []
    if manifest.get("format") != layout.FORMAT:
        problems.append(f"index format {manifest.get('format')} (this filmbot writes {layout.FORMAT})")
    model = manifest.get("model") or {}
    if model.get("name") != MODEL_NAME or model.get("dim") != DIMENSION:
        problems.append(f"model {model.get('name')} ({model.get('dim')} dims)")
    elif model.get("weights_sha256") != WEIGHTS_SHA256:
        problems.append("different model weights")
    if chunking is not None and manifest.get("chunking") != chunking:
        problems.append(f"chunking {manifest.get('chunking')} (now {chunking})")
    if problems:
        raise IndexMismatchError(
            "The index was built with "
            + "; ".join(problems)
            + ". Rebuild it: `filmbot index build --rebuild`."
        )


#: a query word in more than this share of passages adds less than 0.01 to any BM25 score: skipped
MIN_IDF_SHARE = 0.99
#: a query word in more than this share of passages is "common": its postings are read only for the
#: passages the rarer words found, unless they might not hold the top k (Bm25Reader.top)
COMMON_SHARE = 0.05


class Bm25Reader:
    """Query side of the BM25 index (lucene scoring, in the files and layout bm25s writes): each
    question reads the postings of its words from the files (pread), so a big index costs page
    cache, shared by every process, rather than heap; and a question needs no bm25s/scipy import
    (a quarter of a second of cold start)."""

    def __init__(self, directory: Path) -> None:
        self.vocab_dict: dict[str, int] = json.loads(
            (directory / "vocab.index.json").read_text(encoding="utf-8")
        )
        self.data = _Column(directory / "data.csc.index.npy")
        self.indices = _Column(directory / "indices.csc.index.npy")
        self.indptr = np.load(directory / "indptr.csc.index.npy", allow_pickle=False)
        params = json.loads((directory / "params.index.json").read_text(encoding="utf-8"))
        if params.get("method") != "lucene":
            raise IndexCorruptError(
                f"Unexpected BM25 variant {params.get('method')!r} in {directory}. Rebuild the index."
            )
        self.num_docs = int(params["num_docs"])
        # index.bm25_index writes each term's passages in ascending order, so one passage's entry is a
        # binary search away; bm25s's own files do not promise that order and are scored whole
        self.sorted_postings = params.get("version") == "filmbot"
        # each term's largest score, read on first use: bounds what a common word can add (top)
        self._term_max = np.full(max(0, len(self.indptr) - 1), np.nan, dtype=np.float32)
        self._scores = threading.local()  # the thread's array of every passage's score (_dense)

    def df(self, term_id: int) -> int:
        return int(self.indptr[term_id + 1] - self.indptr[term_id])

    def _postings(self, tokens: list[str]) -> list[tuple[int, int, int]]:
        """(term id, start, end) of each distinct known query word, in query order."""
        out = []
        for tok in dict.fromkeys(tokens):
            j = self.vocab_dict.get(tok)
            if j is None:
                continue
            start, end = int(self.indptr[j]), int(self.indptr[j + 1])
            if end - start > MIN_IDF_SHARE * self.num_docs:
                # in (nearly) every passage: its IDF, and so any passage's score from it, is < 0.01
                # (a meaningful word's is 2–10), yet it would touch every row of a large index
                continue
            out.append((j, start, end))
        return out

    def get_scores(self, tokens: list[str]) -> np.ndarray:
        """Every passage's score (float32, one per row)."""
        return self._dense(self._postings(tokens))

    def _dense(self, postings: list[tuple[int, int, int]], *, scratch: bool = False) -> np.ndarray:
        """Every passage's score. `scratch`: in this thread's array, valid until its next scratch
        call: a fresh array of a million scores is a thousand page faults when the postings of a
        common word touch it (~1.5 ms on this machine; zeroing it again costs ~0.2)."""
        if scratch:
            scores = getattr(self._scores, "array", None)
            if scores is None:
                scores = self._scores.array = np.zeros(self.num_docs, dtype=np.float32)
            else:
                scores.fill(0.0)
        else:
            scores = np.zeros(self.num_docs, dtype=np.float32)
        for _j, start, end in postings:
            scores[self.indices.read(start, end, scratch=True)] += self.data.read(start, end, scratch=True)
        return scores

    def score_rows(self, tokens: list[str], rows: np.ndarray) -> np.ndarray:
        """The scores of `rows` only (ascending row numbers): the same sums as get_scores, added in
        the same order, without a pass over every passage."""
        return self._score_rows(self._postings(tokens), rows)

    def _score_rows(self, postings: list[tuple[int, int, int]], rows: np.ndarray) -> np.ndarray:
        if not self.sorted_postings:
            return self._dense(postings, scratch=True)[rows]
        scores = np.zeros(len(rows), dtype=np.float32)
        for _j, start, end in postings:
            docs = self.indices.read(start, end, scratch=True)
            # binary searches of the shorter list in the longer
            if len(docs) < len(rows):
                at = np.searchsorted(rows, docs)
                np.minimum(at, len(rows) - 1, out=at)
                found = rows[at] == docs
                scores[at[found]] += self.data.read(start, end, scratch=True)[found]
            else:
                at = np.searchsorted(docs, rows)
                np.minimum(at, len(docs) - 1, out=at)
                found = docs[at] == rows
                at = at[found]
                if len(at):  # the scores from the first passage found to the last (ascending)
                    span = self.data.read(start + int(at[0]), start + int(at[-1]) + 1, scratch=True)
                    scores[found] += span[at - at[0]]
        return scores

    def _max(self, term: int, start: int, end: int) -> float:
        value = self._term_max[term]
        if np.isnan(value):
            value = self._term_max[term] = self.data.read(start, end, scratch=True).max()
        return float(value)

    def top(self, tokens: list[str], k: int) -> tuple[np.ndarray, np.ndarray]:
        """The (at most) k best rows and their scores, best first; a row holding no query word never
        ranks. Exact: the passages the rarer words find are scored in full, and the common words'
        postings (half the index for "film", every copy's title word in the benchmark stores) are
        read whole only when some passage holding none of the rarer words could still reach the
        top k — when the k-th score found is not above the most the common words can add."""
        postings = self._postings(tokens)
        if not postings:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        limit = COMMON_SHARE * self.num_docs
        rare = [p for p in postings if p[2] - p[1] <= limit]
        common = [p for p in postings if p[2] - p[1] > limit]
        if self.sorted_postings and rare and common:
            rows = _distinct(np.concatenate([self.indices.read(s, e) for _j, s, e in rare]))
            scores = self._score_rows(postings, rows)
            if len(rows) >= k:
                kth = np.partition(scores, len(rows) - k)[len(rows) - k]
                if kth > sum(self._max(*p) for p in common):
                    return _best(rows, scores, k)
        scores = self._dense(postings, scratch=True)
        rows = _candidates(scores, k)
        return _best(rows, scores[rows], k)


class _Column:
    """A one-dimensional .npy array read a slice at a time (pread), not mapped.

    A mapped file counts in the process's RSS by the page-cache folio, not by the page read: on
    this machine's kernel a folio of a file written in one piece (np.save) is up to 2 MB, so the
    few kB of a rare word's postings mapped ~2 MB each, and the benchmark's 540 questions at 1M
    passages (≤ 28 MB of postings read) held 284 MB of the two BM25 files. Reading costs a copy
    of what is read (a common word's 2 MB at 1M: ~0.07 ms), and only the largest read stays (see
    `read`)."""

    def __init__(self, path: Path) -> None:
        with open(path, "rb") as fh:
            version = np.lib.format.read_magic(fh)
            read_header = {
                (1, 0): np.lib.format.read_array_header_1_0,
                (2, 0): np.lib.format.read_array_header_2_0,
            }.get(version)
            shape, _fortran, dtype = read_header(fh) if read_header else ((), False, np.dtype(object))
            self._offset = fh.tell()
        if len(shape) != 1 or dtype.hasobject:
            raise IndexCorruptError(f"{path} does not hold a one-dimensional array. Rebuild the index.")
        self.dtype: np.dtype[Any] = dtype
        self.size = int(shape[0])
        self._path = path
        self._fd = os.open(path, os.O_RDONLY)
        weakref.finalize(self, os.close, self._fd)  # open as long as the snapshot reading it
        self._scratch = threading.local()

    def __len__(self) -> int:
        return self.size

    def read(self, start: int, end: int, *, scratch: bool = False) -> np.ndarray:
        """Elements start … end - 1, a copy. `scratch`: into this thread's buffer for the column, valid
        until the thread's next scratch read of it: the pages of a fresh 2 MB array cost ~1 ms of page
        faults on this machine, fifteen times the read (a common word at 1M passages)."""
        n = max(0, end - start)
        if scratch:
            buffer = getattr(self._scratch, "buffer", None)
            if buffer is None or len(buffer) < n:
                buffer = self._scratch.buffer = np.empty(n, dtype=self.dtype)
            out = buffer[:n]
        else:
            out = np.empty(n, dtype=self.dtype)
        view = out.data.cast("B")
        offset, done = self._offset + start * self.dtype.itemsize, 0
        while done < len(view):
            got = os.preadv(self._fd, [view[done:]], offset + done)
            if got <= 0:
                raise IndexCorruptError(f"{self._path} is shorter than its header says. Rebuild the index.")
            done += got
        return out


def _distinct(rows: np.ndarray) -> np.ndarray:
    """The distinct values, ascending (np.unique hashes first: 5× slower on a few thousand rows)."""
    rows.sort()
    return rows[np.concatenate(([True], rows[1:] != rows[:-1]))] if len(rows) else rows


#: _candidates looks at every this-many-th score for a floor under the k-th best
CANDIDATE_STRIDE = 64


def _candidates(scores: np.ndarray, k: int) -> np.ndarray:
    """The rows (ascending) that can be among the k best of every passage's `scores`, zeros never:
    those at or above the k-th best of every CANDIDATE_STRIDE-th row, which is never above the k-th
    best of all, so `_best` of these rows is `_best` of all rows, ties included. At 1M passages the
    rows of a common word's scores (half a million) made arrays of megabytes for each question."""
    sample = scores[::CANDIDATE_STRIDE]
    if len(sample) > k:
        floor = np.partition(sample, len(sample) - k)[len(sample) - k]
        if floor > 0:
            return np.flatnonzero(scores >= floor)
    return np.flatnonzero(scores > 0)


def _best(rows: np.ndarray, scores: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The k highest-scoring of `rows` (ascending), best first; zeros never. Ties go to the lower row
    (the older passage), also at the k-th place: repeated texts (copies, reposted reviews) score
    alike, and which of them makes the cut must not depend on how many other passages were scored."""
    keep = scores > 0
    rows, scores = rows[keep], scores[keep]
    if len(rows) > k:
        kth = np.partition(scores, len(scores) - k)[len(scores) - k]
        above = np.flatnonzero(scores > kth)
        pick = np.concatenate([above, np.flatnonzero(scores == kth)[: k - len(above)]])
        pick.sort()
        rows, scores = rows[pick], scores[pick]
    order = np.argsort(-scores, kind="stable")
    return rows[order], scores[order]


def verify_version(version_dir: Path, manifest: dict[str, Any], *, trust_cache: bool = True) -> None:
    """Check every file against the manifest's sha256. A file already verified with the same size,
    mtime and inode is not hashed again (that would cost ~0.4 s per open at 100k passages): a
    truncated, rewritten or replaced file changes its stat and is hashed afresh. `trust_cache=False`
    hashes everything (the build does, before copying anything from the live version)."""
    try:
        expected_sum = (version_dir / layout.MANIFEST_SUM).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        expected_sum = ""
    if expected_sum != file_digest(version_dir / layout.MANIFEST):
        raise IndexCorruptError(
            f"The index manifest in {version_dir} is damaged or was edited after the build (checksum "
            "mismatch). Rebuild with `filmbot index build --rebuild`."
        )
    files = manifest.get("files")
    if not isinstance(files, dict) or not files:
        raise IndexCorruptError(f"The manifest in {version_dir} lists no file checksums. Rebuild the index.")
    cache_path = version_dir / VERIFIED_CACHE
    try:
        cache = json.loads(cache_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        cache = {}
    fresh: dict[str, Any] = {}
    for name, expected in files.items():
        path = version_dir / name
        try:
            st = path.stat()
        except OSError:
            raise IndexCorruptError(
                f"Index file {path} is missing. Rebuild with `filmbot index build --rebuild`."
            ) from None
        stamp = [st.st_size, st.st_mtime_ns, st.st_ino, expected]
        if (not trust_cache or cache.get(name) != stamp) and file_digest(path) != expected:
            raise IndexCorruptError(
                f"Index file {path} is damaged (checksum mismatch). Rebuild with `filmbot index build --rebuild`."
            )
        fresh[name] = stamp
    if fresh != cache:
        # a read-only index still works; it is just hashed on every open
        with contextlib.suppress(OSError):
            cache_path.write_text(json.dumps(fresh), encoding="utf-8")


@dataclass(frozen=True)
class FilmEntry:
    ref: FilmRef
    reviews: tuple[str, ...]
    passages: int


class Snapshot:
    def __init__(self, version_dir: Path, verify: bool = True) -> None:
        self.dir = version_dir
        self.manifest = read_manifest(version_dir, lazy_documents=True)
        check_compatible(self.manifest)
        if verify:
            verify_version(version_dir, self.manifest)
        try:
            # IVF lists are memory-mapped: nothing read up front, pages shared between processes
            self.vectors = VectorStore.load(
                version_dir / layout.VECTORS, mmap=True, info=self.manifest.get("vectors")
            )
            self.vectors.use_huge_pages()
            # (an index built before story vectors has none until its next build)
            stories = version_dir / layout.STORIES
            self.stories = (
                VectorStore.load(stories, mmap=True, info=self.manifest.get("stories"))
                if stories.is_file()
                else None
            )
            rows = np.load(version_dir / layout.ROWS, allow_pickle=False)
            self.row_chunk_ids: np.ndarray = rows["chunk_ids"]
            self.row_film: np.ndarray = rows["film"]
            self.bm25 = Bm25Reader(version_dir / layout.BM25_DIR) if len(self.row_chunk_ids) else None
            self._db = sqlite3.connect(
                f"file:{version_dir / layout.PASSAGES}?mode=ro&immutable=1", uri=True, check_same_thread=False
            )
        except IndexCorruptError:
            raise
        except Exception as exc:
            raise IndexCorruptError(
                f"The index in {version_dir} cannot be loaded ({exc}). Rebuild with `filmbot index build --rebuild`."
            ) from exc
        self._db_lock = threading.Lock()
        self._people: PeopleIndex | None = None
        self.films: list[FilmEntry] = [
            FilmEntry(FilmRef(f["title"], f.get("year")), tuple(f["reviews"]), int(f["passages"]))
            for f in self.manifest.get("films", [])
        ]
        self.film_number = {entry.ref: i for i, entry in enumerate(self.films)}
        self.chunk_row = _ChunkRows(self.row_chunk_ids)
        refs = [f.ref for f in self.films]
        self.titles = TitleIndex(refs, stored_title_keys(version_dir, [r.title for r in refs]))
        if len(self.vectors) != len(self.row_chunk_ids):
            raise IndexCorruptError(
                f"The index in {version_dir} is inconsistent ({len(self.vectors)} vectors for "
                f"{len(self.row_chunk_ids)} passages). Rebuild with `filmbot index build --rebuild`."
            )

    @classmethod
    def open(cls, index_dir: Path, verify: bool = True) -> Snapshot:
        version_dir = layout.current_version_dir(index_dir)
        if version_dir is None:
            raise IndexMissingError(index_dir)
        return cls(version_dir, verify=verify)

    # -- basic facts -----------------------------------------------------------------------
    @property
    def version(self) -> str:
        return str(self.manifest.get("version", self.dir.name))

    @property
    def passage_count(self) -> int:
        return len(self.row_chunk_ids)

    @property
    def review_count(self) -> int:
        counts = self.manifest.get("counts") or {}
        if "reviews" in counts:
            return int(counts["reviews"])
        return len(self.manifest.get("documents", {}))

    def close(self) -> None:
        with self._db_lock:
            self._db.close()

    # -- search primitives -----------------------------------------------------------------
    def dense(self, qvec: np.ndarray, k: int, film: int | None = None) -> list[tuple[int, float]]:
        if film is None:
            scores, ids = self.vectors.search(qvec, k)
            return [(int(i), float(s)) for i, s in zip(ids, scores, strict=True)]
        rows = np.flatnonzero(self.row_film == film)
        ids = self.row_chunk_ids[rows]
        sims = self.vectors.vectors(ids) @ qvec.astype(np.float32).ravel()
        order = np.argsort(-sims)[:k]
        return [(int(ids[j]), float(sims[j])) for j in order]

    def story_dense(self, qvec: np.ndarray, k: int) -> list[tuple[int, float]]:
        """The k reviews whose stories are closest to the query: (first chunk id, cosine)."""
        if self.stories is None or not len(self.stories):
            return []
        scores, ids = self.stories.search(qvec, k)
        return [(int(i), float(s)) for i, s in zip(ids, scores, strict=True) if i >= 0]

    def idf_total(self, query: str) -> float:
        """Sum of the query tokens' IDF (Lucene form): roughly the BM25 score of a passage that holds
        every query word once. Unknown words count as the rarest, so matching one common word out of
        five scores low however the others are spelled."""
        toks = tokens(query)
        if self.bm25 is None or not toks:
            return 1.0
        n = len(self.row_chunk_ids)
        total = 0.0
        for tok in toks:
            j = self.bm25.vocab_dict.get(tok)
            df = 0 if j is None else self.bm25.df(j)
            total += math.log(1.0 + (n - df + 0.5) / (df + 0.5))
        return total or 1.0

    def doc_share(self, word: str) -> float:
        """The share of passages that hold the word (0.0 for a word never indexed)."""
        toks = tokens(word)
        if self.bm25 is None or len(toks) != 1 or not self.row_chunk_ids.size:
            return 0.0
        j = self.bm25.vocab_dict.get(toks[0])
        return 0.0 if j is None else self.bm25.df(j) / len(self.row_chunk_ids)

    def lexical(self, query: str, k: int, film: int | None = None) -> list[tuple[int, float]]:
        """The k best passages by BM25 (chunk id, score), best first; only passages holding a query
        word rank. Within a film only that film's passages are scored."""
        if self.bm25 is None:
            return []
        toks = tokens(query)
        if film is None:
            rows, scores = self.bm25.top(toks, k)
        else:
            rows = np.flatnonzero(self.row_film == film)
            rows, scores = _best(rows, self.bm25.score_rows(toks, rows), k)
        return [(int(c), float(s)) for c, s in zip(self.row_chunk_ids[rows], scores, strict=True)]

    def cosine(self, qvec: np.ndarray, chunk_ids: list[int]) -> dict[int, float]:
        if not chunk_ids:
            return {}
        # row by row (einsum, not BLAS): a passage's cosine must not depend on how many are asked at
        # once (search asks for BM25's passages while FAISS runs, then keeps those FAISS did not find)
        sims = np.einsum(
            "ij,j->i", self.vectors.vectors(np.asarray(chunk_ids)), qvec.astype(np.float32).ravel()
        )
        return {cid: float(s) for cid, s in zip(chunk_ids, sims, strict=True)}

    # -- rows ------------------------------------------------------------------------------
    def _query(self, sql: str, args: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self._db_lock:
            return self._db.execute(sql, args).fetchall()

    def _passages(self, where: str, args: tuple[Any, ...]) -> list[Passage]:
        rows = self._query(
            "SELECT p.chunk_id, p.review_id, r.title, r.year, p.text, p.ordinal, p.start, p.end "
            f"FROM passages p JOIN reviews r USING (review_id) WHERE {where}",
            args,
        )
        return [Passage(int(r[0]), r[1], r[2], r[3], r[4], int(r[5]), int(r[6]), int(r[7])) for r in rows]

    def passages_by_id(self, chunk_ids: list[int]) -> dict[int, Passage]:
        if not chunk_ids:
            return {}
        marks = ",".join("?" * len(chunk_ids))
        found = self._passages(f"p.chunk_id IN ({marks})", tuple(int(c) for c in chunk_ids))
        return {p.chunk_id: p for p in found}

    def passages_in_review(self, review_id: str) -> int:
        """How many passages the review was cut into (0 for an unknown review): one index lookup,
        where the manifest's per-review table costs a second and ~100 MB to parse at 1M passages."""
        return int(self._query("SELECT COUNT(*) FROM passages WHERE review_id = ?", (review_id,))[0][0])

    def film_passages(self, film: FilmRef) -> list[Passage]:
        number = self.film_number.get(film)
        if number is None:
            return []
        review_ids = self.films[number].reviews
        marks = ",".join("?" * len(review_ids))
        return self._passages(f"p.review_id IN ({marks}) ORDER BY p.review_id, p.ordinal", review_ids)

    def film_reviews(self, film: FilmRef) -> list[Review]:
        number = self.film_number.get(film)
        if number is None:
            return []
        review_ids = self.films[number].reviews
        marks = ",".join("?" * len(review_ids))
        rows = self._query(
            "SELECT review_id, title, year, text, content_hash, source_path, meta FROM reviews "
            f"WHERE review_id IN ({marks}) ORDER BY review_id",
            review_ids,
        )
        return [_review_from_row(r) for r in rows]

    def review_facts(self, review_id: str) -> ReviewFacts:
        rows = self._query("SELECT facts FROM reviews WHERE review_id = ?", (review_id,))
        return ReviewFacts.from_json(json.loads(rows[0][0])) if rows and rows[0][0] else ReviewFacts()

    def review_verdict(self, review_id: str) -> ReviewVerdict | None:
        rows = self._query("SELECT verdict FROM reviews WHERE review_id = ?", (review_id,))
        if not rows or not rows[0][0]:
            return None
        data = json.loads(rows[0][0])
        return ReviewVerdict(review_id, data["label"], float(data["probability"]), data.get("quote", ""))

    def people(self) -> PeopleIndex:
        """Who each film's front matter credits, read once (one pass over the reviews' metadata) on
        first use: few questions need it."""
        if self._people is None:
            rows = self._query(
                "SELECT review_id, title, year, '', content_hash, source_path, meta FROM reviews"
            )
            reviews = {row[0]: _review_from_row(row) for row in rows}
            # (the crew the facts read, picked out by SQLite: parsing every review's facts takes seconds)
            crew = self._query(_CREW_READ, (*sorted(CREW_ROLES), CREW_READ_MIN))
            self._people = PeopleIndex(
                ((r.film, person) for r in reviews.values() for person in r.credited),
                ((reviews[rid].film, person) for rid, person in crew if rid in reviews and person),
            )
        return self._people

    def film_card(self, film: FilmRef) -> Film:
        """The film's card: front matter and extracted facts merged across its reviews."""
        from index.card import build_card

        entry = self.films[self.film_number[film]]
        reviews = self.film_reviews(film)
        facts = {r.review_id: self.review_facts(r.review_id) for r in reviews}
        verdicts = [v for rid in entry.reviews if (v := self.review_verdict(rid)) is not None]
        return build_card(entry.ref, entry.passages, entry.reviews, reviews, facts, verdicts)

    def film_cards(self) -> list[Film]:
        """Every film's card, read in one pass over the reviews (texts are not loaded)."""
        from index.card import build_card

        rows = self._query(
            "SELECT review_id, title, year, '', content_hash, source_path, meta, facts, verdict FROM reviews"
        )
        reviews: dict[str, Review] = {}
        facts: dict[str, ReviewFacts] = {}
        verdicts: dict[str, ReviewVerdict] = {}
        for row in rows:
            rid = row[0]
            reviews[rid] = _review_from_row(row[:7])
            if row[7]:
                facts[rid] = ReviewFacts.from_json(json.loads(row[7]))
            if row[8]:
                data = json.loads(row[8])
                verdicts[rid] = ReviewVerdict(
                    rid, data["label"], float(data["probability"]), data.get("quote", "")
                )
        cards = []
        for entry in self.films:
            ids = sorted(entry.reviews)
            cards.append(
                build_card(
                    entry.ref,
                    entry.passages,
                    entry.reviews,
                    [reviews[rid] for rid in ids if rid in reviews],
                    facts,
                    [verdicts[rid] for rid in entry.reviews if rid in verdicts],
                )
            )
        return cards


#: stored title keys recomputed at start-up to check them (spread over the films)
TITLE_KEY_SAMPLE = 64


def stored_title_keys(version_dir: Path, titles: list[str]) -> list[tuple[str, list[str]]] | None:
    """The title keys the build stored, if the running code computes the same keys: the fingerprint
    (keys of probe titles) matches, and so do the keys of a sample of these very films."""
    from index.titles import film_keys, keys_fingerprint

    try:
        data = json.loads((version_dir / layout.TITLES).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("fingerprint") != keys_fingerprint():
        return None
    keys = data.get("keys")  # [key, [aliases]] pairs, used as they are (TitleIndex unpacks them)
    if not isinstance(keys, list) or len(keys) != len(titles):
        return None
    sample = range(0, len(titles), max(1, len(titles) // TITLE_KEY_SAMPLE))
    if film_keys(titles[i] for i in sample) != [(keys[i][0], keys[i][1]) for i in sample]:
        log.info("stored title keys differ from this code's: recomputing them")
        return None
    return keys


class _ChunkRows:
    """chunk id → BM25 row, read from the sorted row ids (rows are in chunk-id order) instead of a
    dict: a dict of a million ints costs ~100 MB and half a second at start-up."""

    def __init__(self, chunk_ids: np.ndarray) -> None:
        self._ids = chunk_ids

    def get(self, chunk_id: int, default: int | None = None) -> int | None:
        i = int(np.searchsorted(self._ids, chunk_id))
        return i if i < len(self._ids) and int(self._ids[i]) == chunk_id else default

    def __getitem__(self, chunk_id: int) -> int:
        row = self.get(chunk_id)
        if row is None:
            raise KeyError(chunk_id)
        return row

    def __contains__(self, chunk_id: object) -> bool:
        return isinstance(chunk_id, int | np.integer) and self.get(int(chunk_id)) is not None

    def __len__(self) -> int:
        return len(self._ids)


_CREW_READ = (
    "SELECT r.review_id, json_extract(c.value, '$.person') FROM reviews r, json_each(r.facts, '$.credits') c "
    f"WHERE r.facts != '' AND json_extract(c.value, '$.role') IN ({', '.join('?' * len(CREW_ROLES))}) "
    "AND json_extract(c.value, '$.confidence') >= ?"
)


def _review_from_row(row: tuple[Any, ...]) -> Review:
    meta = json.loads(row[6]) if row[6] else {}
    return Review(
        review_id=row[0],
        title=row[1],
        year=row[2],
        text=row[3],
        content_hash=row[4],
        source_path=row[5],
        director=meta.get("director"),
        writer=meta.get("writer"),
        cast=tuple(CastMember(a, c) for a, c in meta.get("cast", [])),
        genres=tuple(meta.get("genres", [])),
        reviewer=meta.get("reviewer"),
        source=meta.get("source"),
        verdict=meta.get("verdict"),
        kind=meta.get("kind", REVIEW),  # indexes built before texts had a kind hold reviews
    )
