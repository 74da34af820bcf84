"""Small pieces of bot state: per-user rate limits, conversation memory, the feedback log.

Clocks are read through `time.monotonic()` at call time (not bound at import) so tests that move a
virtual clock see cooldowns and memories expire.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections import OrderedDict, deque
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from index import Conversation

log = logging.getLogger(__name__)


class UserCooldown:
    """At most `rate` actions per `per` seconds per user (a sliding window), shared by every heavy
    command and by questions asked in channels, so switching commands does not dodge the limit."""

    def __init__(self, rate: int, per: float, *, max_users: int = 10_000) -> None:
        self.rate = rate
        self.per = per
        self._max_users = max_users
        self._hits: OrderedDict[int, deque[float]] = OrderedDict()

    def hit(self, user_id: int) -> float:
        """Record an action; returns 0 when allowed, else the seconds to wait (nothing recorded)."""
        now = time.monotonic()
        hits = self._hits.get(user_id)
        if hits is None:
            hits = self._hits[user_id] = deque()
            if len(self._hits) > self._max_users:
                self._hits.popitem(last=False)
        self._hits.move_to_end(user_id)
        while hits and now - hits[0] >= self.per:
            hits.popleft()
        if len(hits) >= self.rate:
            return max(0.1, self.per - (now - hits[0]))
        hits.append(now)
        return 0.0


class ConversationMemory:
    """The conversation so far (`Answer.conversation`), keyed by a bot answer's message id (reply
    chains) or a thread / DM channel id, forgotten after `ttl` seconds."""

    def __init__(self, ttl: float, *, max_entries: int = 5_000) -> None:
        self.ttl = ttl
        self._max = max_entries
        self._items: OrderedDict[int, tuple[Conversation, float]] = OrderedDict()

    def remember(self, key: int, conversation: Conversation) -> None:
        self._items[key] = (conversation, time.monotonic())
        self._items.move_to_end(key)
        while len(self._items) > self._max:
            self._items.popitem(last=False)

    def recall(self, key: int) -> Conversation | None:
        item = self._items.get(key)
        if item is None:
            return None
        conversation, when = item
        if time.monotonic() - when > self.ttl:
            del self._items[key]
            return None
        return conversation


class FeedbackLog:
    """Appends 👍/👎 votes as JSON lines (one object per vote). Thread-safe; call from a worker thread."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def append(self, record: dict[str, Any]) -> None:
        entry = {"time": datetime.now(UTC).isoformat(timespec="seconds"), **record}
        line = json.dumps(entry, ensure_ascii=False) + "\n"
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as fh:
                fh.write(line)
        log.info("feedback %s from user %s", record.get("vote"), record.get("user_id"))
