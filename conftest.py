"""The site fixture: the demo newspaper, loaded once into the test database."""

import pytest


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    from warta.demo.loader import DemoLoader

    with django_db_blocker.unblock():
        DemoLoader().load()


@pytest.fixture
def home(db):
    from warta.sections.models import HomePage

    return HomePage.objects.get()


@pytest.fixture
def wire_article(db):
    """A published wire story with a lead photo: the reference page's shape."""
    from warta.articles.models import ArticlePage

    return (
        ArticlePage.objects.live()
        .filter(agency__code="Ant", writer_links=None)
        .exclude(lead_image=None)
        .exclude(dateline="")
        .first()
    )


@pytest.fixture(autouse=True)
def _forget_sites():
    """Sites are kept per process (warta.core.sites); a test's rolled-back
    changes to them fire no signal, so forget them between tests."""
    yield
    from warta.core import sites

    sites._known.clear()
