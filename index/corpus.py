"""Corpus loading: Markdown/text files with YAML front matter, CSV files and JSONL files.

Every problem with one file (or one row) is reported as a SkippedFile with the path and a reason a
person can act on; everything else still loads. Nothing here raises for bad content — only for a
corpus path that does not exist at all.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from index.errors import CorpusError
from index.textutil import slugify
from index.types import REVIEW, SUMMARY, TEXT_KINDS, CastMember, Review, SkippedFile

log = logging.getLogger(__name__)

# libyaml's safe loader when present: 8x faster, and front matter parsing is most of a no-change reindex
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

TEXT_SUFFIXES = {".md", ".markdown", ".txt"}
TABLE_SUFFIXES = {".csv", ".jsonl", ".ndjson"}
MAX_TEXT_BYTES = 2 * 1024 * 1024  # one review; a larger "review" is almost surely not one
MAX_TABLE_BYTES = 1024 * 1024 * 1024
MAX_FIELD_CHARS = 200_000
VERDICTS = {"positive": "positive", "pos": "positive", "good": "positive", "fresh": "positive",
            "negative": "negative", "neg": "negative", "bad": "negative", "rotten": "negative",
            "mixed": "mixed"}  # fmt: skip

# Field aliases, matched case-insensitively after folding "_"/"-" to spaces.
ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("title", "film", "movie", "name", "film title", "movie title"),
    "year": ("year", "release year", "released", "release", "film year"),
    "text": ("text", "review", "extract", "plot", "body", "content", "summary", "review text"),
    "director": ("director", "directors", "directed by"),
    "writer": ("writer", "writers", "screenplay", "written by"),
    "cast": ("cast", "actors", "starring", "stars"),
    "genres": ("genres", "genre"),
    "reviewer": ("reviewer", "author", "critic", "by"),
    "source": ("source", "url", "href", "publication", "link"),
    "verdict": ("verdict", "sentiment", "label"),
    "kind": ("kind",),
}
#: text fields that hold a summary of the film, not a critic's review (index.types.SUMMARY)
SUMMARY_FIELDS = frozenset({"extract", "plot", "summary"})
_ALIAS_TO_FIELD = {alias: name for name, aliases in ALIASES.items() for alias in aliases}
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)(?:\r?\n)---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


@dataclass
class LoadResult:
    reviews: list[Review] = field(default_factory=list)
    skipped: list[SkippedFile] = field(default_factory=list)


def _key(name: object) -> str:
    return re.sub(r"[\s_\-]+", " ", str(name).strip().lower())


def canonical_fields(record: dict[Any, Any]) -> dict[str, Any]:
    """Map a record's keys to our field names (first alias found wins). The key the text came from
    is kept as `text_field` (an "extract" or a "plot" is a summary, index.types.SUMMARY)."""
    out: dict[str, Any] = {}
    for raw_key, value in record.items():
        if raw_key is None:
            continue
        name = _ALIAS_TO_FIELD.get(_key(raw_key))
        if name and name not in out and value not in (None, ""):
            out[name] = value
            if name == "text":
                out["text_field"] = _key(raw_key)
    return out


def _kind(record: dict[str, Any]) -> str:
    """REVIEW or SUMMARY: a `kind` field says; else a text read from a summary field is a summary."""
    declared = record.get("kind")
    if declared not in (None, ""):
        kind = str(declared).strip().lower()
        if kind not in TEXT_KINDS:
            raise ValueError(f"kind must be review or summary, not {str(declared)[:20]!r}")
        return kind
    return SUMMARY if record.get("text_field") in SUMMARY_FIELDS else REVIEW


def parse_cast(value: Any) -> tuple[CastMember, ...]:
    """Cast as a list of "Actor as Character" / "Actor (Character)" strings, mappings, or a comma string."""
    if value is None or value == "":
        return ()
    items: Iterable[Any]
    if isinstance(value, str):
        items = [part for part in re.split(r"[,;\n]", value)]
    elif isinstance(value, list | tuple):
        items = value
    else:
        raise ValueError("cast must be a list or a comma-separated string")
    members: list[CastMember] = []
    for item in _names_only(items):
        if isinstance(item, dict):
            fields = {_key(k): v for k, v in item.items()}
            actor = fields.get("actor") or fields.get("name") or fields.get("player")
            character = fields.get("character") or fields.get("role") or fields.get("as")
            if actor:
                members.append(CastMember(str(actor).strip(), str(character).strip() if character else None))
            continue
        text = str(item).strip()
        if not text:
            continue
        # ("David Powell (actor)": a disambiguation, no part)
        text = re.sub(
            r"\s*\((?:actor|actress|singer|comedian|musician|rapper|wrestler|entertainer)\)$", "", text
        )
        match = re.match(r"^(.+?)\s+as\s+(.+)$", text) or re.match(r"^(.+?)\s*\((.+)\)$", text)
        if match:
            members.append(CastMember(match.group(1).strip(), match.group(2).strip()))
        else:
            members.append(CastMember(text))
    return tuple(members)


def _names_only(items: Iterable[Any]) -> Iterator[Any]:
    """The items that can be names: not a bracket split across items ("Gary Cooper", "(", "Best
    Actor", "nominee)"), nor "and", "kids", "." or "Voices of" left by a list split badly."""
    aside = False
    for item in items:
        text = item if isinstance(item, dict) else str(item).strip()
        if isinstance(text, str):
            opened, closed = text.startswith("(") and ")" not in text, text.endswith(")") and "(" not in text
            if aside or opened or closed:
                aside = (aside or opened) and not closed
                continue
            # (a stylised name keeps its dots: "will.i.am")
            if not text[:1].isupper() and not re.fullmatch(r"\w+(?:\.\w+)+", text):
                continue
            if re.search(r"\s(?:of|by|with)$", text):
                continue  # a heading split off the list: "Voices of", "Narrated by"
        yield item


def _as_list(value: Any) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        return tuple(p.strip() for p in re.split(r"[,;|]", value) if p.strip())
    if isinstance(value, list | tuple):
        return tuple(str(v).strip() for v in value if str(v).strip())
    return (str(value).strip(),)


def _as_name(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list | tuple):
        value = ", ".join(str(v) for v in value)
    text = str(value).strip()
    return text or None


def _as_year(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError("year must be a number like 2010")
    match = re.fullmatch(r"\s*(\d{4})(?:\.0)?\s*", str(value))
    if not match:
        raise ValueError(f"year must be a number like 2010, not {str(value)[:20]!r}")
    year = int(match.group(1))
    if not 1870 <= year <= 2100:
        raise ValueError(f"year {year} is out of range")
    return year


def content_hash(fields: dict[str, Any]) -> str:
    blob = json.dumps(fields, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def make_review(record: dict[str, Any], review_id: str, source_path: str) -> Review:
    """Validate a canonical record; raises ValueError with a readable reason."""
    title = _as_name(record.get("title"))
    if not title:
        raise ValueError("no title: add a `title` (front matter key or column)")
    if len(title) > 300:
        raise ValueError("title is longer than 300 characters")
    text = record.get("text")
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    text = text.replace("\r\n", "\n").replace("\x00", "").strip()
    if not text:
        raise ValueError("empty review: no text after the front matter")
    if len(text) > MAX_FIELD_CHARS:
        raise ValueError(f"review text is {len(text):,} characters; the limit is {MAX_FIELD_CHARS:,}")
    verdict_raw = record.get("verdict")
    verdict = VERDICTS.get(str(verdict_raw).strip().lower()) if verdict_raw not in (None, "") else None
    if verdict_raw not in (None, "") and verdict is None:
        raise ValueError(f"verdict must be positive, negative or mixed, not {str(verdict_raw)[:20]!r}")
    fields: dict[str, Any] = {
        "title": title,
        "year": _as_year(record.get("year")),
        "text": text,
        "director": _as_name(record.get("director")),
        "writer": _as_name(record.get("writer")),
        "cast": parse_cast(record.get("cast")),
        "genres": _as_list(record.get("genres")),
        "reviewer": _as_name(record.get("reviewer")),
        "source": _as_name(record.get("source")),
        "verdict": verdict,
        "kind": _kind(record),
    }
    hashed = {k: ([(c.actor, c.character) for c in v] if k == "cast" else v) for k, v in fields.items()}
    if hashed["kind"] == REVIEW:  # hashes made before texts had a kind stay valid for reviews
        del hashed["kind"]
    return Review(review_id=review_id, content_hash=content_hash(hashed), source_path=source_path, **fields)


# -- files -------------------------------------------------------------------------------------


def _read_text(path: Path, limit: int) -> str:
    """Read a file as UTF-8; ValueError with a readable reason otherwise."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ValueError(_os_reason(exc)) from exc
    if size > limit:
        raise ValueError(f"file is {size / 1e6:.1f} MB; the limit is {limit / 1e6:.0f} MB")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValueError(_os_reason(exc)) from exc
    if b"\x00" in data[:8192]:
        raise ValueError("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not valid UTF-8 (bad byte at offset {exc.start}); save the file as UTF-8") from exc


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied: filmbot cannot read this file"
    if exc.errno == 40:  # ELOOP
        return "symbolic link loop"
    return exc.strerror or str(exc)


def parse_text_document(raw: str) -> dict[str, Any]:
    """Split YAML front matter from the body. ValueError when the front matter is broken."""
    record: dict[str, Any] = {}
    body = raw
    if raw.lstrip("\ufeff").startswith("---"):
        match = _FRONT_MATTER.match(raw)
        if not match:
            raise ValueError("broken front matter: the opening `---` has no closing `---` line")
        try:
            meta = yaml.load(match.group(1), Loader=_YAML_LOADER) or {}
        except yaml.YAMLError as exc:
            reason = str(exc).splitlines()[0]
            raise ValueError(f"broken front matter (YAML): {reason}") from exc
        if not isinstance(meta, dict):
            raise ValueError("broken front matter: expected `key: value` lines")
        record = canonical_fields(meta)
        body = raw[match.end() :]
    record["text"] = body
    record.pop("text_field", None)  # the body is the text, whatever front matter key said otherwise
    return record


def _iter_table_records(path: Path, raw: str) -> Iterator[tuple[str, dict[str, Any] | None, str | None]]:
    """Yield (location, record, error) for each row of a CSV or JSONL file."""
    if path.suffix.lower() == ".csv":
        reader = csv.reader(io.StringIO(raw, newline=""))
        try:
            header = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield f"{path}:1", None, f"unreadable CSV header: {exc}"
            return
        fields = canonical_fields({h: "x" for h in header})
        missing = [name for name in ("title", "text") if name not in fields]
        if missing:
            yield (
                str(path),
                None,
                f"CSV has no {' or '.join(missing)} column (found: {', '.join(header) or 'nothing'}); "
                "expected e.g. title, year, text",
            )
            return
        try:
            for row in reader:
                where = f"{path}:{reader.line_num}"
                if not any(cell.strip() for cell in row):
                    continue
                if len(row) != len(header):
                    yield where, None, f"row has {len(row)} fields but the header has {len(header)}"
                    continue
                yield where, canonical_fields(dict(zip(header, row, strict=True))), None
        except csv.Error as exc:
            yield f"{path}:{reader.line_num}", None, f"unreadable CSV: {exc}"
        return
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield where, None, f"invalid JSON: {exc.msg} (column {exc.colno})"
            continue
        if not isinstance(obj, dict):
            yield where, None, "line is not a JSON object"
            continue
        yield where, canonical_fields(obj), None


def iter_corpus_files(root: Path) -> Iterator[tuple[Path, Path, str | None]]:
    """Yield (file, root, error) for every corpus file under `root` (a file or a directory).
    Follows directory symlinks once each, so a symlink loop cannot recurse forever."""
    if root.is_file():
        yield root, root.parent, None
        return
    seen: set[str] = set()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=None):
        real = os.path.realpath(dirpath)
        if real in seen:
            dirnames[:] = []
            yield Path(dirpath), root, "symbolic link loop (directory already visited)"
            continue
        seen.add(real)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or name.lower() in {"readme.md", "readme.txt", "readme"}:
                continue
            path = Path(dirpath) / name
            suffix = path.suffix.lower()
            if suffix not in TEXT_SUFFIXES | TABLE_SUFFIXES:
                continue
            try:
                path.stat()
            except OSError as exc:
                yield path, root, _os_reason(exc)
                continue
            yield path, root, None


def _file_records(path: Path) -> Iterable[tuple[str, dict[str, Any] | None, str | None]]:
    """(where, record, error) for each review in one file: one for a text file, one per table row."""
    suffix = path.suffix.lower()
    try:
        raw = _read_text(path, MAX_TABLE_BYTES if suffix in TABLE_SUFFIXES else MAX_TEXT_BYTES)
    except ValueError as exc:
        return [(str(path), None, str(exc))]
    if suffix in TABLE_SUFFIXES:
        return _iter_table_records(path, raw)
    try:
        return [(str(path), parse_text_document(raw), None)]
    except ValueError as exc:
        return [(str(path), None, str(exc))]


class _Collector:
    """The reviews loaded so far, with the ids and contents already taken."""

    def __init__(self) -> None:
        self.result = LoadResult()
        self.seen_ids: set[str] = set()
        self.seen_content: dict[tuple[str, int | None, str], str] = {}

    def skip(self, where: str, error: str) -> None:
        self.result.skipped.append(SkippedFile(where, error))

    def add(self, where: str, record: dict[str, Any], base_id: str) -> None:
        review_id = _unique(base_id, self.seen_ids)
        try:
            review = make_review(record, review_id, where)
        except ValueError as exc:
            self.skip(where, str(exc))
            return
        key = (review.title.casefold(), review.year, review.content_hash)
        if key in self.seen_content:
            self.skip(where, f"duplicate of review {self.seen_content[key]} (same title, year and text)")
            return
        self.seen_ids.add(review_id)
        self.seen_content[key] = review_id
        self.result.reviews.append(review)


def load_corpus(paths: Iterable[Path]) -> LoadResult:
    """Load every review under `paths`. Raises CorpusError only if a path does not exist."""
    found = _Collector()
    for given in paths:
        root = Path(given)
        if not root.exists():
            raise CorpusError(f"Corpus path {root} does not exist. Pass --corpus PATH or set FILMBOT_CORPUS.")
        for path, base, error in iter_corpus_files(root):
            if error:
                found.skip(str(path), error)
                continue
            rel = path.relative_to(base) if path.is_relative_to(base) else Path(path.name)
            stem = rel.with_suffix("").as_posix()
            table = path.suffix.lower() in TABLE_SUFFIXES
            for where, record, err in _file_records(path):
                if err or record is None:
                    found.skip(where, err or "unreadable")
                    continue
                # Files are one review each (id = path); table rows are keyed by film so that
                # inserting a row does not renumber the others.
                title = slugify(str(record.get("title", "")))
                found.add(where, record, f"{stem}/{title}-{record.get('year') or 'na'}" if table else stem)
    for skipped in found.result.skipped:
        log.warning("skipped %s: %s", skipped.path, skipped.error)
    return found.result


def _unique(candidate: str, seen: set[str]) -> str:
    if candidate not in seen:
        return candidate
    n = 2
    while f"{candidate}~{n}" in seen:
        n += 1
    return f"{candidate}~{n}"
