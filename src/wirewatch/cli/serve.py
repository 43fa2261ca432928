"""`wirewatch serve`: the workbench (pages, API, alerts) over the store, in this process."""

from __future__ import annotations

import secrets

import click

from wirewatch.cli.common import pass_settings
from wirewatch.settings import Settings


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
@pass_settings
def serve_command(
    settings: Settings, host: str | None, port: int | None, api_token: str | None, read_only: bool
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
    uvicorn.run(
        app,
        host=settings.host,
        port=settings.port,
        log_level="warning",
        access_log=False,
        server_header=False,
    )
