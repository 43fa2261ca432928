"""`wirewatch serve`: the workbench (pages, API, alerts) over the store, in this process."""

from __future__ import annotations

import os
import secrets

import click

from wirewatch.cli.common import open_store, pass_settings
from wirewatch.settings import Settings, default_workers


@click.command(name="serve")
@click.option("--host", help="Address to listen on (default 127.0.0.1; another address needs a token).")
@click.option("--port", type=click.IntRange(1, 65535), help="Port to listen on (default 8765).")
@click.option(
    "--token",
    "api_token",
    envvar="WIREWATCH_API_TOKEN",
    help="API token that writes (ingest, watchlists) must send as `Authorization: Bearer …`.",
)
@click.option(
    "--read-only", is_flag=True, help="Refuse every write instead of making up a token for this run."
)
@click.option(
    "--processes",
    type=click.IntRange(1, 64),
    default=default_workers,
    show_default="one per core, up to 4",
    help="Server processes answering requests: pages are CPU-bound, so one per core keeps them fast "
    "under many clients.",
)
@pass_settings
def serve_command(
    settings: Settings, host: str | None, port: int | None, api_token: str | None, read_only: bool, processes: int
) -> None:
    """Start the workbench at http://HOST:PORT/ over the store (Ctrl-C stops it)."""
    # The web stack loads only here, so every other command starts quickly.
    import uvicorn

    from wirewatch.serve.app import create_app
    from wirewatch.serve.security import check_bind, is_loopback

    settings = settings.with_overrides(host=host, port=port, api_token=api_token)
    check_bind(settings.host, settings.api_token)
    generated = False
    if settings.api_token is None and not read_only and is_loopback(settings.host):
        # Writes always need a token; on this machine alone, one made up per run and shown only here will do.
        settings = settings.with_overrides(api_token=secrets.token_urlsafe(24))
        generated = True
    app = create_app(settings)
    shown_host = f"[{settings.host}]" if ":" in settings.host else settings.host
    click.echo(f"wirewatch workbench on http://{shown_host}:{settings.port}/ · store {settings.db_path}")
    if generated:
        click.echo(f"API token for this run (writes, uploads, watchlists): {settings.api_token}")
    elif settings.api_token is None:
        click.echo("read-only: writes are refused (set WIREWATCH_API_TOKEN to allow them)")
    refusal = _resolver_refusal(settings)
    if refusal is not None:
        click.echo(f"merges, splits and uploads are refused: {refusal}")
    if processes == 1:
        uvicorn.run(
            app, host=settings.host, port=settings.port, log_level="warning", access_log=False, server_header=False
        )
        return
    # Pages are CPU-bound Python: one process answers one at a time, so more clients queue. Each process
    # opens the store itself; their delivery workers claim a webhook before sending it, so none goes twice.
    export_settings(settings)
    uvicorn.run(
        "wirewatch.serve.app:app_from_environment",
        factory=True,
        workers=processes,
        host=settings.host,
        port=settings.port,
        log_level="warning",
        access_log=False,
        server_header=False,
    )


def export_settings(settings: Settings) -> None:
    """Hand the settings to server processes started by uvicorn, which read them back with `load_settings`."""
    os.environ["WIREWATCH_DB"] = str(settings.db_path)
    os.environ["WIREWATCH_HOST"] = settings.host
    os.environ["WIREWATCH_PORT"] = str(settings.port)
    os.environ["WIREWATCH_MAX_UPLOAD_BYTES"] = str(settings.max_upload_bytes)
    os.environ["WIREWATCH_MAX_PAGE_BYTES"] = str(settings.max_page_bytes)
    if settings.api_token is not None:
        os.environ["WIREWATCH_API_TOKEN"] = settings.api_token
    else:
        os.environ.pop("WIREWATCH_API_TOKEN", None)


def _resolver_refusal(settings: Settings) -> str | None:
    """Why the workbench will refuse writes to this store, said once at start rather than on the first click."""
    from wirewatch.serve.api import resolver_refusal

    if not settings.db_path.exists():
        return None
    store = open_store(settings, read_only=True)
    try:
        return resolver_refusal(store)
    finally:
        store.close()
