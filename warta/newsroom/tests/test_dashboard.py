"""The dashboard panel, the minute scheduler, and the translation audit."""

import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

from warta.newsroom.dashboard import chart_bars, views_per_day
from warta.newsroom.translation_audit import audit

pytestmark = pytest.mark.django_db


def test_dashboard_shows_the_newsroom_panel(client):
    user = get_user_model().objects.create_superuser("uji-dasbor", "", "x")
    client.force_login(user)
    html = client.get("/admin/").content.decode()
    for text in ("Menunggu tinjauan", "Terjadwal", "Terbit hari ini", "<svg"):
        assert text in html, text


def test_views_chart_has_fourteen_days_scaled_to_the_peak():
    series = views_per_day(timezone.localdate())
    assert len(series) == 14
    bars = chart_bars([(datetime.date(2026, 1, d), d * 10) for d in range(1, 15)])
    assert bars[-1]["height"] == max(bar["height"] for bar in bars)
    assert bars[0]["label"] == "01/01"


def test_audit_counts_untranslated_wagtail_strings():
    html = "<p>Dasbor</p><button title='Belum ada terjemahan zzz'>x</button>"
    untranslated, translated = audit(
        {"/": html}, msgids={"Dashboard", "Belum ada terjemahan zzz"}
    )
    assert untranslated == {"Belum ada terjemahan zzz"} and translated == {"Dashboard"}


def test_newsroom_admin_screens_have_no_untranslated_wagtail_strings():
    out = io.StringIO()
    call_command("untranslated_admin", "--list", stdout=out)
    assert out.getvalue().rstrip().endswith("untranslated (0.0%)"), out.getvalue()
