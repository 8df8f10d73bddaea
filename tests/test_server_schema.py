"""Schemathesis against the API's own OpenAPI description: for generated requests to every
operation (valid and invalid parameters and bodies), no 500 and every response conforms to
the schema it documents (status code, content type, body).

The store is one built by ``communique ingest`` from the project's texts and is served
read-only, as ``communique serve`` serves it. (Schemathesis's pytest plugin does not run on
pytest 9, so each operation's cases are drawn with its Hypothesis strategy here.)
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import positive_data_acceptance

from communique.server import ServerSettings, create_app
from server_store import build_store

EXAMPLES = int(os.environ.get("COMMUNIQUE_SCHEMA_EXAMPLES", "30"))  # more: a longer hunt
# "schema-valid data is accepted": a value of the right form may still name nothing (a state
# "Narnia", the 13th month, a name without letters), and the answer is a documented 400
SEMANTIC = positive_data_acceptance


@schemathesis.serializer("application/x-ndjson")
def _json_lines(ctx: schemathesis.SerializationContext, value: object) -> bytes:
    """A generated JSON Lines body (the schema says: a string) as it goes on the wire."""
    return value.encode("utf-8") if isinstance(value, str) else json.dumps(value).encode()


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory) -> schemathesis.BaseSchema:
    db: Path = tmp_path_factory.mktemp("schema") / "events.db"
    build_store(db)
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(ServerSettings(db=db)))


def test_the_schema_lists_every_endpoint(api_schema: schemathesis.BaseSchema) -> None:
    labels = {op.ok().label for op in api_schema.get_all_operations()}
    for label in ("GET /api/events", "GET /api/events/{event_id}", "POST /api/extract",
                  "POST /api/documents", "GET /api/export/{fmt}", "GET /api/network"):  # fmt: skip
        assert label in labels


def test_api_conforms_to_its_openapi_description(api_schema: schemathesis.BaseSchema) -> None:
    failures: list[str] = []
    for result in api_schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))  # fmt: skip
        def run(case: schemathesis.Case) -> None:
            case.call_and_validate(excluded_checks=[SEMANTIC])

        try:
            run()
        except (AssertionError, ExceptionGroup) as exc:  # every operation's failures, together
            failures.append(f"{operation.label}: {type(exc).__name__}: {exc}"[:2000])
    assert not failures, "\n\n".join(failures)
