"""Stored JSON back into the records of `wirewatch.model` (the inverse of `model.to_dict`)."""

from __future__ import annotations

import dataclasses
import types
import typing
from functools import cache
from typing import Any, TypeVar

from wirewatch import model
from wirewatch.model import Analysis, Article

T = TypeVar("T")


def from_dict(record_type: type[T], data: Any) -> T:
    """Rebuild a model record (nested records, tuples and optionals included) from its `to_dict` form."""
    return typing.cast(T, _convert(record_type, data))


def analysis_from_json(data: dict[str, Any]) -> Analysis:
    """An Analysis as stored by `store_analysis`."""
    return from_dict(Analysis, data)


def article_from_json(data: dict[str, Any]) -> Article:
    """An Article as stored by the store's `insert_article`."""
    return from_dict(Article, data)


@cache
def _hints(record_type: type) -> dict[str, Any]:
    return typing.get_type_hints(record_type, vars(model))


def _convert(annotation: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        return _convert(options[0], value) if len(options) == 1 else value
    if origin is tuple:
        (item_type, *_rest) = typing.get_args(annotation)
        return tuple(_convert(item_type, item) for item in value)
    if origin is dict:
        return dict(value)
    if isinstance(annotation, type) and dataclasses.is_dataclass(annotation):
        hints = _hints(annotation)
        known = {f.name for f in dataclasses.fields(annotation)}
        return annotation(**{key: _convert(hints[key], item) for key, item in value.items() if key in known})
    return value
