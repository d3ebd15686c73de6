"""Schemathesis against the served OpenAPI schema: no input gives a 5xx.

It runs in-process on the WSGI app and the test database (the demo paper), with
a bounded number of examples per operation so the whole run stays short. The
operations are driven with Hypothesis directly: schemathesis' pytest plugin
does not load under this pytest.
"""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings

MAX_EXAMPLES = 30

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def keep_the_test_connection():
    """Do as Django's test client does: a WSGI request must not close the
    connection that holds the test's transaction (PostgreSQL would lose it)."""
    signals = (request_started, request_finished)
    for signal in signals:
        signal.disconnect(close_old_connections)
    yield
    for signal in signals:
        signal.connect(close_old_connections)


def operations():
    from warta.wsgi import application

    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)
    return [result.ok() for result in schema.get_all_operations()]


def fuzz(operation):
    @given(case=operation.as_strategy())
    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        derandomize=True,
        database=None,
    )
    def run(case):
        response = case.call()
        assert response.status_code < 500, (case.path, case.query, response.text)
        if response.status_code != 404:  # Django's own 404 page for bad paths
            content_type = response.headers.get("content-type", [""])[0]
            assert content_type.startswith("application/json"), content_type

    run()


def test_no_input_makes_the_api_fail():
    found = operations()
    assert len(found) == 9
    for operation in found:
        fuzz(operation)
