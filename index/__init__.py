"""filmbot's engine: corpus → passages → embeddings → FAISS + BM25 → answers.

This package knows nothing of Discord. Its public API is what this module exports; the bot and the
CLI import nothing else. Importing it is cheap: models, FAISS and spaCy load on first use.
"""

from index.engine import MAX_K, MAX_QUESTION_CHARS, Engine, build_index
from index.errors import (
    AmbiguousTitleError,
    BuildInProgressError,
    ConfigError,
    CorpusError,
    FilmbotError,
    IndexCorruptError,
    IndexMismatchError,
    IndexMissingError,
    ModelError,
    QuestionError,
    UnknownFilmError,
    VerdictError,
)
from index.settings import Settings, split_list
from index.tools import answer_contains, classify_text, export_model, train_verdicts, verdict_text
from index.types import (
    Answer,
    BuildProgress,
    BuildReport,
    CastMember,
    Conversation,
    Film,
    FilmRef,
    Hit,
    IndexStatus,
    Passage,
    Review,
    ReviewVerdict,
    SkippedFile,
    TitleMatch,
    VerdictSummary,
)

__all__ = [
    "MAX_K",
    "MAX_QUESTION_CHARS",
    "AmbiguousTitleError",
    "Answer",
    "BuildInProgressError",
    "BuildProgress",
    "BuildReport",
    "CastMember",
    "ConfigError",
    "Conversation",
    "CorpusError",
    "Engine",
    "Film",
    "FilmRef",
    "FilmbotError",
    "Hit",
    "IndexCorruptError",
    "IndexMismatchError",
    "IndexMissingError",
    "IndexStatus",
    "ModelError",
    "Passage",
    "QuestionError",
    "Review",
    "ReviewVerdict",
    "Settings",
    "SkippedFile",
    "TitleMatch",
    "UnknownFilmError",
    "VerdictError",
    "VerdictSummary",
    "answer_contains",
    "build_index",
    "classify_text",
    "export_model",
    "split_list",
    "train_verdicts",
    "verdict_text",
]
