"""Article → Analysis: entities, places, times, sources, quotes and events read from a clean article.

`from wirewatch.analyze import Analyzer` is the entry point. It is resolved on first use so that
importing one stage module (`wirewatch.analyze.quotes`) does not import every other stage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wirewatch.analyze.pipeline import Analyzer, analyze_parallel, published_date

__all__ = ["Analyzer", "analyze_parallel", "published_date"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from wirewatch.analyze import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
