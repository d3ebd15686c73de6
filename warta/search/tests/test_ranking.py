"""Affixed forms find the right story first; headline outranks body."""

import pytest

from warta.search.query import search

pytestmark = pytest.mark.django_db


def top_slugs(text, **filters):
    from wagtail.models import Page

    results = search(text, **filters)
    ids = results.ids(0, 10) if results is not None else []
    slugs = dict(Page.objects.filter(pk__in=ids).values_list("pk", "slug"))
    return [slugs[pk] for pk in ids]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("vaksin campak", "vaksinasi-campak-rubela-sekolah-dasar-ntt-diperluas"),
        ("vaksinasi lansia", "pos-vaksinasi-influenza-lansia-stasiun-krl"),
        ("divaksin lansia", "pos-vaksinasi-influenza-lansia-stasiun-krl"),
        ("berdagang kaki lima", "pedagang-kaki-lima-bandung-akrab-pembayaran-qr"),
        (
            "perdagangan sidoluhur",
            "pedagang-kembali-menempati-pasar-sidoluhur-usai-renovasi",
        ),
        ("mengunjungi sekolah", "vaksinasi-campak-rubela-sekolah-dasar-ntt-diperluas"),
        ("bertanding bulu tangkis", "turnamen-bulu-tangkis-junior-piala-merapi-sleman"),
        (
            "pertandingan silat",
            "perguruan-silat-pandeglang-borong-tiga-emas-kejurda-banten",
        ),
        ("menenun lombok", "desa-wisata-lombok-tengah-tawarkan-paket-belajar-menenun"),
    ],
)
def test_affixed_forms_find_the_right_story_first(query, expected):
    assert top_slugs(query)[0] == expected


def test_every_affixed_form_finds_the_vaccination_stories():
    wanted = {
        "vaksinasi-campak-rubela-sekolah-dasar-ntt-diperluas",
        "pos-vaksinasi-influenza-lansia-stasiun-krl",
    }
    for form in ("vaksin", "vaksinasi", "divaksin"):
        assert wanted <= set(top_slugs(form)[:3]), form


def test_headline_outranks_body(make_story):
    head = make_story("di-judul", "Zamrudkatulistiwa di judul")
    body = make_story("di-badan", "Cerita lain", dek="Soal zamrudkatulistiwa")
    assert body.first_published_at > head.first_published_at  # newer, yet second
    assert top_slugs("zamrudkatulistiwa") == ["di-judul", "di-badan"]


def test_kicker_outranks_body(make_story):
    make_story("kicker", "Satu", kicker="Safirkatulistiwa")
    make_story("badan", "Dua", dek="tentang safirkatulistiwa")  # newer
    assert top_slugs("safirkatulistiwa") == ["kicker", "badan"]


def test_recency_breaks_ties(make_story):
    make_story("lama", "Berita intankatulistiwa")
    make_story("baru", "Berita intankatulistiwa")
    assert top_slugs("intankatulistiwa") == ["baru", "lama"]


def test_all_words_first_then_any_word():
    assert top_slugs("banjir bangladesh")[0] == (
        "banjir-musiman-rendam-ribuan-rumah-bangladesh-utara"
    )
    assert top_slugs("bangladesh qqzzxxyy")  # no story has both: any word counts
