"""Password reset is capped per client (issue 22, item 10: 15 of 15 went through)."""

import pytest
from django.core import mail
from django.test import Client

pytestmark = pytest.mark.django_db
PATH = "/admin/password_reset/"


def ask(client, ip, **headers):
    return client.post(
        PATH, {"email": "redaktur@warta.invalid"}, REMOTE_ADDR=ip, **headers
    )


def test_the_sixth_reset_request_in_an_hour_is_refused(settings):
    settings.WARTA_PASSWORD_RESET_LIMIT = 5
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    client = Client()
    for n in range(5):
        assert ask(client, "203.0.113.40").status_code in (200, 302), n
    refused = ask(client, "203.0.113.40")
    assert refused.status_code == 429
    assert "Terlalu banyak permintaan" in refused.content.decode()
    assert refused["Retry-After"] == "3600"
    # Rotating X-Forwarded-For from an untrusted peer changes nothing.
    rotated = ask(client, "203.0.113.40", HTTP_X_FORWARDED_FOR="198.51.100.1")
    assert rotated.status_code == 429
    # Another client still may; the form itself is still shown.
    assert ask(client, "203.0.113.41").status_code in (200, 302)
    assert client.get(PATH, REMOTE_ADDR="203.0.113.40").status_code == 200
    assert len(mail.outbox) <= 6
