"""Configuration in one place: defaults, then environment (WIREWATCH_*), then CLI flags."""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

MEBIBYTE = 1024 * 1024


def default_workers() -> int:
    """One analysis process per core, up to four: each holds its own copy of the language model."""
    return max(1, min(os.cpu_count() or 1, 4))


def default_db_path() -> Path:
    return Path(platformdirs.user_data_dir("wirewatch")) / "wirewatch.db"


@dataclass(frozen=True)
class Settings:
    db_path: Path
    # A single page larger than this is refused: real article pages are well under it, and a
    # runaway file must not take the whole run's memory.
    max_page_bytes: int = 20 * MEBIBYTE
    workers: int = field(default_factory=default_workers)
    batch_size: int = 16
    host: str = "127.0.0.1"
    port: int = 8765
    api_token: str | None = None
    max_upload_bytes: int = 10 * MEBIBYTE

    def with_overrides(self, **overrides: object) -> Settings:
        """A copy with the given non-None values replacing the current ones (CLI flags go here)."""
        given = {key: value for key, value in overrides.items() if value is not None}
        if "db_path" in given:
            given["db_path"] = Path(given["db_path"]).expanduser()
        return dataclasses.replace(self, **given)


def load_settings(environ: dict[str, str] | None = None) -> Settings:
    """Defaults overlaid with WIREWATCH_* environment variables."""
    env = os.environ if environ is None else environ
    settings = Settings(db_path=default_db_path())
    overrides: dict[str, object] = {}
    if env.get("WIREWATCH_DB"):
        overrides["db_path"] = env["WIREWATCH_DB"]
    if env.get("WIREWATCH_MAX_PAGE_BYTES"):
        overrides["max_page_bytes"] = int(env["WIREWATCH_MAX_PAGE_BYTES"])
    if env.get("WIREWATCH_WORKERS"):
        overrides["workers"] = int(env["WIREWATCH_WORKERS"])
    if env.get("WIREWATCH_HOST"):
        overrides["host"] = env["WIREWATCH_HOST"]
    if env.get("WIREWATCH_PORT"):
        overrides["port"] = int(env["WIREWATCH_PORT"])
    if env.get("WIREWATCH_MAX_UPLOAD_BYTES"):
        overrides["max_upload_bytes"] = int(env["WIREWATCH_MAX_UPLOAD_BYTES"])
    if env.get("WIREWATCH_API_TOKEN"):
        overrides["api_token"] = env["WIREWATCH_API_TOKEN"]
    return settings.with_overrides(**overrides)
