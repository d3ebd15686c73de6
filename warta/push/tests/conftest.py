"""Web push fixtures: a push service on 127.0.0.1, readers' browsers that
subscribe to it, editors and writers, a key of the test's own."""

import pytest
from django.test import Client

from tests.pushservice import PushService
from warta.newsroom import roles
from warta.newsroom.tests.conftest import desks, make_draft, make_staff  # noqa: F401
from warta.trust.models import LiveReportPage

SUBSCRIBE = "/notifikasi/langganan/"
UNSUBSCRIBE = "/notifikasi/berhenti/"
SAME_ORIGIN = {"HTTP_ORIGIN": "http://testserver", "HTTP_SEC_FETCH_SITE": "same-origin"}


@pytest.fixture(autouse=True)
def data_folder(settings, tmp_path):
    """The VAPID key is made in a data folder of the test's own."""
    settings.DATA_DIR = tmp_path
    return tmp_path


@pytest.fixture(scope="module")
def push_service():
    service = PushService().start()
    yield service
    service.stop()


@pytest.fixture
def pushes(push_service):
    """The pushes received during this test."""
    push_service.received.clear()
    push_service.refused.clear()
    return push_service


def post(client, url, data, **headers):
    return client.post(
        url, data, content_type="application/json", **{**SAME_ORIGIN, **headers}
    )


@pytest.fixture
def subscribe(client, push_service):
    """``subscribe(topics)``: a new browser subscribes from one of our pages;
    returns its ``Subscriber`` (keys and endpoint) after checking the 201."""

    def subscribe(topics=("breaking",)):
        browser = push_service.subscriber()
        response = post(client, SUBSCRIBE, {**browser.info, "topics": list(topics)})
        assert response.status_code == 201, response.content
        return browser

    return subscribe


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def editor(make_staff):  # noqa: F811
    """A Redaktur on the Nasional desk: may publish its stories."""
    return make_staff(roles.EDITOR)


@pytest.fixture
def editor_client(editor):
    return logged_in(editor)


@pytest.fixture
def writer_client(make_staff):  # noqa: F811
    """A Penulis on the Nasional desk: writes drafts, publishes nothing."""
    return logged_in(make_staff(roles.WRITER))


@pytest.fixture
def story(make_draft, editor):  # noqa: F811
    return make_draft(
        editor,
        live=True,
        title="Gempa M 6,1 Guncang Selatan Jawa",
        dek="Warga pesisir diminta menjauhi pantai.",
    )


@pytest.fixture
def live_report(db):
    return LiveReportPage.objects.live().filter(coverage_end=None).first()
