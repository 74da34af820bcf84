"""One error hierarchy for the whole engine.

Every message is written for a person: it says what went wrong and what to do next.
"""

from __future__ import annotations

from index.types import FilmRef


class FilmbotError(Exception):
    """Base of every error filmbot raises on purpose."""

    #: short machine-readable code, stable across versions (used in --json output)
    code = "error"


class ConfigError(FilmbotError):
    code = "config"


class CorpusError(FilmbotError):
    """A corpus path or file could not be read."""

    code = "corpus"


class ModelError(FilmbotError):
    """The embedding model is missing, altered or failed to load."""

    code = "model"


class IndexMissingError(FilmbotError):
    code = "index_missing"

    def __init__(self, index_dir: object) -> None:
        super().__init__(
            f"No index found in {index_dir}. Build one first: `filmbot index build` "
            "(or set FILMBOT_INDEX_DIR to where your index lives)."
        )


class IndexMismatchError(FilmbotError):
    """The index on disk was built with another model or other chunking parameters."""

    code = "index_mismatch"


class IndexCorruptError(FilmbotError):
    """A file of the index is damaged (checksum mismatch, truncated, unreadable)."""

    code = "index_corrupt"


class BuildInProgressError(FilmbotError):
    code = "busy"

    def __init__(self) -> None:
        super().__init__("A reindex is already running; wait for it to finish and try again.")


class QuestionError(FilmbotError):
    """The question or query itself cannot be used (empty, too long, ...)."""

    code = "bad_question"


class UnknownFilmError(FilmbotError):
    code = "unknown_film"

    def __init__(self, title: str, suggestions: tuple[str, ...] = ()) -> None:
        self.title = title
        self.suggestions = suggestions
        hint = f" Did you mean: {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"I have no reviews of a film called “{title}”.{hint}")


class AmbiguousTitleError(FilmbotError):
    code = "ambiguous_title"

    def __init__(self, title: str, options: tuple[str, ...], films: tuple[FilmRef, ...] = ()) -> None:
        self.title = title
        self.options = options
        self.films = films  # the films themselves, best first (the bot offers them as a choice)
        super().__init__(
            f"“{title}” could mean several films: {', '.join(options)}. Add the year, e.g. “{options[0]}”."
        )


class VerdictError(FilmbotError):
    code = "verdict"
