import datetime
import zoneinfo

import pytest

from warta.articles.models import ArticlePage, ArticleWriter
from warta.core.templatetags.warta import tanggal
from warta.people.models import Agency, Person

JAKARTA = zoneinfo.ZoneInfo("Asia/Jakarta")


@pytest.fixture
def editor(db):
    return Person.objects.create(
        name="Sari Redaktur", slug="sari", is_editor=True, desk_code="N-3"
    )


@pytest.fixture
def antara(db):
    return Agency.objects.create(name="Antara Uji", slug="antara-uji", code="Ant")


def test_sign_off_joins_agency_and_editor_desk_code(editor, antara):
    article = ArticlePage(title="x", agency=antara, editor=editor)
    assert article.sign_off == "Ant/N-3"


def test_sign_off_desk_code_override_wins_over_the_editor(editor, antara):
    article = ArticlePage(title="x", agency=antara, editor=editor, desk_code="E-2")
    assert article.sign_off == "Ant/E-2"


def test_staff_story_signs_off_with_desk_code_only(editor):
    assert ArticlePage(title="x", editor=editor).sign_off == "N-3"
    assert ArticlePage(title="x").sign_off == ""


def test_sign_off_carries_every_handler_writers_first_then_the_editor(editor):
    rina = Person.objects.create(name="Rina", slug="rina-uji", desk_code="rin")
    yoga = Person.objects.create(name="Yoga", slug="yoga-uji", desk_code="yog")
    nobody = Person.objects.create(name="Tanpa Kode", slug="tanpa-kode")
    article = ArticlePage(title="x", editor=editor)
    article.writer_links = [
        ArticleWriter(person=person) for person in (rina, nobody, yoga)
    ]
    assert article.sign_off == "rin/yog/N-3"
    article.desk_code = "rin/E-2"  # the editor's override stands for the people
    assert article.sign_off == "rin/E-2"


def test_wire_copy_without_writers_credits_the_agency(antara):
    article = ArticlePage(title="x", agency=antara)
    assert article.byline == [antara]


def test_staff_writers_are_credited_in_order_before_the_agency(antara, editor):
    first = Person.objects.create(name="Ani", slug="ani", is_writer=True)
    second = Person.objects.create(name="Budi", slug="budi", is_writer=True)
    article = ArticlePage(title="x", agency=antara)
    article.writer_links = [
        ArticleWriter(person=second, sort_order=1),
        ArticleWriter(person=first, sort_order=0),
    ]
    assert [p.name for p in article.byline] == ["Ani", "Budi"]


def test_dates_read_as_an_indonesian_daily_writes_them():
    moment = datetime.datetime(2021, 7, 6, 14, 5, tzinfo=JAKARTA)
    assert tanggal(moment) == "Selasa, 6 Juli 2021 | 14.05 WIB"


def test_dates_are_shown_in_jakarta_time_whatever_they_are_stored_in():
    utc = datetime.datetime(2021, 7, 6, 23, 30, tzinfo=datetime.UTC)
    assert tanggal(utc) == "Rabu, 7 Juli 2021 | 06.30 WIB"
