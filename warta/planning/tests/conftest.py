"""The newsroom's staff fixtures (people per role on their demo desks)."""

from warta.newsroom.tests.conftest import desks, make_staff  # noqa: F401
