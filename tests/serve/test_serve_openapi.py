"""The API against its own OpenAPI document: generated requests never break it or its promises.

Each operation gets property-based requests from schemathesis; the response must be no server error
and must match the documented status codes, content types and schemas.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings
from workbench_fixtures import TOKEN, make_app

from wirewatch.analyze.pipeline import Analyzer

READ_EXAMPLES = 20
WRITE_EXAMPLES = 10


@pytest.fixture(scope="module")
def api_schema(filled_db: Path, analyzer: Analyzer) -> schemathesis.BaseSchema:
    app: FastAPI = make_app(filled_db, analyzer)
    return schemathesis.openapi.from_asgi("/api/openapi.json", app)


def operations(schema: schemathesis.BaseSchema, methods: set[str]) -> list:
    found = [result.ok() for result in schema.get_all_operations()]
    return [operation for operation in found if operation.method.upper() in methods]


def test_reads_keep_the_documented_promises(api_schema: schemathesis.BaseSchema) -> None:
    reads = operations(api_schema, {"GET"})
    assert len(reads) >= 15
    for operation in reads:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=READ_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None
        )
        def check(case: schemathesis.Case) -> None:
            case.call_and_validate()

        check()


def test_writes_without_the_token_are_refused_whatever_the_body(api_schema: schemathesis.BaseSchema) -> None:
    writes = operations(api_schema, {"POST", "PUT", "DELETE"})
    assert len(writes) >= 5
    for operation in writes:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=WRITE_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None
        )
        def check(case: schemathesis.Case) -> None:
            response = case.call()
            assert response.status_code in (401, 413, 422), (case.path, response.status_code, response.text)
            assert TOKEN not in response.text

        check()
