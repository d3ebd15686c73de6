"""Times on cards: relative while recent, then date and time in WIB."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from warta.core.templatetags.waktu import relatif, relative_time, waktu

JAKARTA = ZoneInfo("Asia/Jakarta")
THEN = datetime.datetime(2026, 12, 2, 14, 5, tzinfo=JAKARTA)


@pytest.mark.parametrize(
    ("age", "expected"),
    [
        (datetime.timedelta(seconds=20), "baru saja"),
        (datetime.timedelta(minutes=5, seconds=59), "5 menit lalu"),
        (datetime.timedelta(minutes=59), "59 menit lalu"),
        (datetime.timedelta(hours=2, minutes=30), "2 jam lalu"),
        (datetime.timedelta(hours=23, minutes=59), "23 jam lalu"),
        (datetime.timedelta(hours=24), "2 Des 2026 14.05 WIB"),
        (datetime.timedelta(days=400), "2 Des 2026 14.05 WIB"),
        # A clock ahead of the reader's: never "-3 menit lalu".
        (-datetime.timedelta(minutes=3), "2 Des 2026 14.05 WIB"),
    ],
)
def test_relative_time_rules(age, expected):
    assert relative_time(THEN, THEN + age) == expected


def test_absolute_time_is_jakarta_time_whatever_the_stored_zone():
    utc = THEN.astimezone(datetime.UTC)
    assert relative_time(utc, utc + datetime.timedelta(days=2)) == (
        "2 Des 2026 14.05 WIB"
    )


def test_waktu_writes_the_absolute_time_in_a_time_element():
    html = waktu(THEN, "latest__time")
    assert html == (
        '<time class="waktu latest__time" datetime="2026-12-02T14:05:00+07:00" '
        "data-relatif>2 Des 2026 14.05 WIB</time>"
    )


def test_empty_values_write_nothing():
    assert waktu(None) == "" and relatif(None) == ""
