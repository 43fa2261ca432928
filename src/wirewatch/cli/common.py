"""What every command shares: the settings object, opening the store, exit codes."""

from __future__ import annotations

import click

from wirewatch.knowledge.store import SqliteStore
from wirewatch.settings import Settings

EXIT_FAILED_PAGES = 1  # the run finished, but some inputs could not be used
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

pass_settings = click.make_pass_decorator(Settings)


def open_store(settings: Settings, *, read_only: bool = False) -> SqliteStore:
    """The store the settings name (created on first write)."""
    return SqliteStore(settings.db_path, read_only=read_only)
