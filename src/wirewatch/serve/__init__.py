"""The analyst's workbench: server-rendered pages, a REST API, watchlists and the alerts they raise."""
