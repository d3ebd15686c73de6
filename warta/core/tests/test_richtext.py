import pytest

from warta.core.richtext import sanitize_html

HOSTILE = [
    "<p>Halo<script>alert(1)</script></p>",
    '<p onclick="alert(1)">Halo</p>',
    '<p><a href="javascript:alert(1)">Halo</a></p>',
    '<p><a href="JaVaScRiPt:alert(1)">Halo</a></p>',
    "<p><img src=x onerror=alert(1)>Halo</p>",
    "<p><svg onload=alert(1)></svg>Halo</p>",
    '<p><iframe src="https://example.invalid"></iframe>Halo</p>',
    '<p style="background:url(javascript:alert(1))">Halo</p>',
    '<p><a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">Halo</a></p>',
]


@pytest.mark.parametrize("html", HOSTILE)
def test_no_script_handler_or_javascript_link_survives(html):
    cleaned = sanitize_html(html).lower()
    assert "halo" in cleaned
    for needle in ("<script", "alert(1)", "onerror", "onclick", "onload",
                   "javascript:", "<iframe", "<svg", "style=", "data:"):  # fmt: skip
        assert needle not in cleaned, (needle, cleaned)


def test_wagtail_rich_text_is_kept_as_it_is():
    html = (
        "<h2>Subjudul</h2><p>Teks <b>tebal</b>, <i>miring</i> dan "
        '<a href="https://warta.example/a">tautan</a> serta '
        '<a linktype="page" id="12">halaman</a>.</p>'
        "<ul><li>satu</li></ul>"
        '<embed embedtype="image" id="3" format="fullwidth" alt="Foto"/>'
    )
    cleaned = sanitize_html(html)
    assert '<a linktype="page" id="12">halaman</a>' in cleaned
    assert '<a href="https://warta.example/a">tautan</a>' in cleaned
    assert "<b>tebal</b>" in cleaned and "<h2>Subjudul</h2>" in cleaned
    assert 'embedtype="image"' in cleaned and 'id="3"' in cleaned


def test_empty_input_gives_empty_text():
    assert sanitize_html(None) == ""
    assert sanitize_html("") == ""
