"""Search dates as Indonesians type them; a bad one is named, never a 500."""

import datetime

import pytest

from warta.core.dates import IndonesianDateField
from warta.search.forms import SearchFilterForm

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("02/12/2026", datetime.date(2026, 12, 2)),
        ("2/12/2026", datetime.date(2026, 12, 2)),
        ("02-12-2026", datetime.date(2026, 12, 2)),
        ("2026-12-02", datetime.date(2026, 12, 2)),
        (" 02/12/2026 ", datetime.date(2026, 12, 2)),
    ],
)
def test_both_ways_of_writing_a_date_are_read(typed, day):
    assert IndonesianDateField(required=False).clean(typed) == day


def test_a_swapped_range_is_put_right():
    form = SearchFilterForm({"dari": "10/12/2026", "sampai": "01/12/2026"}, [])
    chosen = form.chosen()
    assert chosen["since"] < chosen["until"]


@pytest.mark.parametrize(
    "typed",
    [
        "12/31/2026",  # mm/dd/yyyy is not how Indonesians write it
        "31/02/2026",
        "kemarin",
        "0001-01-01",
        "01/01/99999",
        "<script>alert(1)</script>",
        "9" * 500,
        "2026-12-02\x00",
    ],
)
def test_bad_dates_get_a_message_and_a_400_not_a_500(client, typed):
    response = client.get("/cari/", {"q": "banjir", "dari": typed})
    assert response.status_code == 400
    html = response.content.decode()
    assert "tidak dikenali" in html or "di luar jangkauan" in html
    assert "hasil untuk" in html  # the search still ran, without that filter
    assert "<script>alert" not in html
    assert 'aria-invalid="true"' in html


def test_a_good_date_filters_and_is_shown_back_the_indonesian_way(client):
    response = client.get("/cari/", {"q": "banjir", "dari": "2026-01-01"})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="01/01/2026"' in html and "mm/dd" not in html
