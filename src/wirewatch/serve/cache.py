"""Answers of the aggregate views (timeline, map) kept until the store changes.

Those views read every event in their window, which grows with the store, while the store changes only
when something is ingested. An answer is kept with the store's file signature (size and modification
time of the database and its write-ahead log, which every commit touches) and reused while that
signature holds; any write makes the next request compute afresh.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

Signature = tuple[int, ...]


def store_signature(db_path: Path) -> Signature:
    """Size and modification time of the store file and its write-ahead log (0s where absent)."""
    parts: list[int] = []
    for path in (db_path, Path(f"{db_path}-wal")):
        try:
            status = os.stat(path)
        except FileNotFoundError:
            parts.extend((0, 0))
            continue
        parts.extend((status.st_size, status.st_mtime_ns))
    return tuple(parts)


class ViewCache:
    """A small least-recently-used map from view arguments to answers, valid for one store signature."""

    def __init__(self, db_path: Path, max_entries: int = 256) -> None:
        self.db_path = db_path
        self.max_entries = max_entries
        self._entries: OrderedDict[Hashable, tuple[Signature, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        """The kept answer for `key` if the store has not changed since, else `compute()` (then kept)."""
        signature = store_signature(self.db_path)
        with self._lock:
            found = self._entries.get(key)
            if found is not None and found[0] == signature:
                self._entries.move_to_end(key)
                return found[1]
        value = compute()
        with self._lock:
            self._entries[key] = (signature, value)
            self._entries.move_to_end(key)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)
        return value
