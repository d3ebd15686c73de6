"""Hostile input, generated: at least 1000 malformed or malicious requests.

Oversized fields, invalid UTF-8 and control characters, HTML and script
payloads, missing, foreign or forged form and CSRF tokens, wrong methods, and
replies to comments of other stories or to comments that do not exist. Every
answer must be a 4xx or an accepted post (never a 5xx); whatever was stored must
pass the form's own rules; no stored text may come out as markup; and the
comments that existed before the run must be exactly as they were.

Overrides, and why: ``WARTA_COMMENTS_MIN_SECONDS = 0`` and
``WARTA_COMMENTS_RATE_LIMIT = 0`` (off), so generated posts reach validation
instead of all stopping at the timer or the rate limit (both have their own
tests in test_defences.py); the site runs post-moderation so that every stored
comment is rendered and checked at the end.
"""

import time
from html.parser import HTMLParser
from urllib.parse import quote_from_bytes

import pytest
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from warta.comments import policy
from warta.comments.choices import CommentStatus, ModerationMode
from warta.comments.forms import clean_text, make_token
from warta.comments.models import Comment, CommentSiteSettings

pytestmark = pytest.mark.django_db

EXAMPLES = 1000
PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "<svg/onload=alert(1)>",
    "javascript:alert(1)",
    "<a href='http://evil.example'>klik</a>",
    "{{ 7*7 }}{% debug %}",
    "&lt;b&gt;&amp;",
    "'; DROP TABLE comments_comment; --",
    "https://a.example https://b.example https://c.example",
    "slot gacor",
    "\u202egnp.exe",
    "\x00\x01\x1b[31m",
    "A" * 3001,
    "é" * 2000,
]
ALLOWED_TAGS = {"section", "h2", "ol", "li", "p", "strong", "time", "div", "a", "br"}


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, [name for name, _value in attrs]))


def thread_html(html):
    start = html.index('<section class="comments"')
    return html[start : html.index("</section>", start)]


@pytest.fixture
def hostile_rules(settings, story):
    settings.WARTA_COMMENTS_MIN_SECONDS = 0
    settings.WARTA_COMMENTS_RATE_LIMIT = 0
    row = CommentSiteSettings.for_site(story.get_site())
    row.moderation = ModerationMode.POST
    row.save()


def encoded(value):
    if isinstance(value, bytes):
        return quote_from_bytes(value)
    return quote_from_bytes(value.encode("utf-8", "surrogatepass"))


def strategies(ids):
    """The request parts, drawn from the ids of real objects in this database."""
    texts = st.one_of(
        st.just("Warga biasa"),
        st.text(max_size=60),
        st.text(st.characters(categories=["Cc", "Cf", "Cs", "Co", "Zl"]), max_size=8),
        st.sampled_from(PAYLOADS),
        st.builds(
            lambda unit, n: unit * n,
            st.sampled_from(["x", "<b>", "é", "\n"]),
            st.integers(70, 4000),
        ),
        st.binary(max_size=30),  # usually invalid UTF-8
    )
    emails = st.one_of(st.just("pembaca@contoh.invalid"), texts)
    tokens = st.one_of(
        st.sampled_from(["valid", "valid", "other page", "garbage", "absent"]),
    )
    parents = st.one_of(
        st.none(),
        st.sampled_from(
            [ids["top"], ids["reply"], ids["foreign"], ids["pending"], 987654321]
        ),
        st.integers(-(2**70), 2**70),
        texts,
    )
    pages = st.sampled_from(
        [ids["story"], ids["story"], ids["other"], ids["home"], 10**9, 2**70]
    )
    fields = st.fixed_dictionaries(
        {},
        optional={
            "name": texts,
            "email": emails,
            "body": texts,
            "situs": st.one_of(st.just(""), texts),
        },
    )
    wild = st.fixed_dictionaries(
        {
            "kind": st.sampled_from(["write"] * 6 + ["report", "posted"]),
            "method": st.sampled_from(["POST"] * 6 + ["GET", "PUT", "DELETE", "PATCH"]),
            "page": pages,
            "target": st.sampled_from([ids["top"], ids["foreign"], 987654321]),
            "fields": fields,
            "token": tokens,
            "parent": parents,
            "csrf": st.sampled_from(["off"] * 4 + ["missing", "forged"]),
            "fragment": st.booleans(),
        }
    )
    # A person's post with one part made hostile: these reach deep validation.
    mutant = st.builds(
        mutate,
        st.just(ids),
        st.sampled_from(["name", "email", "body", "situs", "parent", "token", "none"]),
        texts,
        parents,
        tokens,
        st.booleans(),
    )
    return st.one_of(wild, mutant)


def mutate(ids, part, text, parent, token, fragment):
    fields = {"name": "Warga", "email": "warga@contoh.invalid", "body": "Setuju."}
    request = {
        "kind": "write",
        "method": "POST",
        "page": ids["story"],
        "target": ids["top"],
        "fields": fields,
        "token": token if part == "token" else "valid",
        "parent": parent if part == "parent" else None,
        "csrf": "off",
        "fragment": fragment,
    }
    if part in fields or part == "situs":
        fields[part] = text
    return request


def build(request, ids):
    kind, page = request["kind"], request["page"]
    if kind == "report":
        path = reverse("comments:report", args=[request["target"]])
    else:
        path = reverse(f"comments:{kind}", args=[page])
    if request["fragment"]:
        path += "?fragment=1"
    fields = dict(request["fields"])
    token_page = ids["other"] if request["token"] == "other page" else page
    fields["token"] = {
        "valid": make_token(token_page, now=time.time() - 60),
        "other page": make_token(token_page, now=time.time() - 60),
        "garbage": "eyJwIjoxfQ:forged:signature",
    }.get(request["token"], "")
    if request["token"] == "absent":
        del fields["token"]
    if request["parent"] is not None:
        fields["parent"] = request["parent"]
    if kind == "report" and request["csrf"] == "off":
        # A genuine report changes a comment by design; hostile ones are forged.
        request["csrf"] = "forged"
    if request["csrf"] == "forged":
        fields["csrfmiddlewaretoken"] = "x" * 64
    body = "&".join(
        f"{k}={encoded(str(v) if isinstance(v, int) else v)}" for k, v in fields.items()
    )
    return path, body.encode("ascii")


def check_stored(comment, story_ids):
    assert comment.page_id in story_ids
    assert 1 <= len(comment.name) <= 80 and clean_text(comment.name) == comment.name
    assert 1 <= len(comment.body) <= policy.max_length()
    assert clean_text(comment.body) == comment.body
    assert policy.count_links(comment.body) <= 2
    assert policy.blocked_word(comment.body + " " + comment.name) is None
    if comment.parent_id:
        assert comment.parent.page_id == comment.page_id
        assert comment.parent.parent_id is None


def test_hostile_submissions(client, settings, story, approved, hostile_rules):
    from warta.articles.models import ArticlePage
    from warta.sections.models import HomePage

    settings.WARTA_COMMENTS_BLOCKLIST = ["slot gacor"]
    other = ArticlePage.objects.live().exclude(pk=story.pk).first()
    top = approved("Induk yang sah.")
    ids = {
        "story": story.pk,
        "other": other.pk,
        "home": HomePage.objects.get().pk,
        "top": top.pk,
        "reply": approved("Balasan yang sah.", parent=top).pk,
        "foreign": approved("Di berita lain.", page=other).pk,
        "pending": Comment.objects.create(
            page=story, name="P", email="p@contoh.invalid", body="Menunggu."
        ).pk,
    }
    before = {c["id"]: c for c in Comment.objects.values()}
    strict = Client(enforce_csrf_checks=True)
    strict.get(reverse("comments:write", args=[story.pk]))
    statuses = []

    @hypothesis_settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategies(ids))
    def send(request):
        path, body = build(request, ids)
        browser = client if request["csrf"] == "off" else strict
        response = browser.generic(
            request["method"],
            path,
            body,
            content_type="application/x-www-form-urlencoded",
        )
        statuses.append(response.status_code)
        assert response.status_code < 500, (request, response.status_code)
        if request["method"] == "POST" and request["kind"] == "write":
            assert (
                response.status_code in (200, 302) or 400 <= response.status_code < 500
            )

    send()

    assert len(statuses) >= EXAMPLES
    assert statuses.count(302) >= 20, "too few posts were accepted to test storage"
    assert Comment.objects.filter(pk__in=before).count() == len(before)
    for row in Comment.objects.filter(pk__in=before).values():
        assert row == before[row["id"]]
    new = Comment.objects.exclude(pk__in=before).select_related("parent")
    for comment in new:
        check_stored(comment, {story.pk, other.pk})
    for page in (story, other):
        html = thread_html(client.get(page.url).content.decode())
        parser = Tags()
        parser.feed(html)
        for tag, attributes in parser.found:
            assert tag in ALLOWED_TAGS, tag
            assert not any(name.startswith("on") for name in attributes)
        visible = Comment.objects.filter(page=page, status=CommentStatus.APPROVED)
        assert html.count('<li class="comment') == visible.count()
