"""One small error hierarchy, raised where the fault is known and turned into one line at the edges."""

from __future__ import annotations


class WirewatchError(Exception):
    """Base of every error wirewatch raises on purpose."""


class InputError(WirewatchError):
    """An input (a file, or one record inside it) that cannot be read as a news page."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class StoreError(WirewatchError):
    """The knowledge-base store cannot do what was asked (locked, corrupt, wrong schema version)."""


class NotFoundError(WirewatchError):
    """A query named something the store does not hold."""
