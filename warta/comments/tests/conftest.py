"""Comment fixtures: an open story, a filled-in form, and newsroom logins."""

import time

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.urls import reverse

from warta.comments.choices import CommentStatus
from warta.comments.forms import make_token
from warta.comments.models import Comment


@pytest.fixture(autouse=True)
def comment_rules(settings):
    """Known rules for every test; the demo's stories are older than 30 days."""
    settings.WARTA_COMMENTS_CLOSE_AFTER_DAYS = 0
    settings.WARTA_COMMENTS_MIN_SECONDS = 3
    settings.WARTA_COMMENTS_MAX_LENGTH = 3000
    settings.WARTA_COMMENTS_MAX_LINKS = 2
    settings.WARTA_COMMENTS_BLOCKLIST = ["judol", "slot gacor"]
    settings.WARTA_COMMENTS_RATE_LIMIT = 10
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def story(wire_article):
    return wire_article


@pytest.fixture
def write_url(story):
    return reverse("comments:write", args=[story.pk])


@pytest.fixture
def form_data(story):
    """``form_data(**fields)``: a post as a person sends it, a minute after loading."""

    def form_data(page=None, **fields):
        data = {
            "name": "Sari Pembaca",
            "email": "sari@contoh.invalid",
            "body": "Liputan yang bagus, terima kasih.",
            "situs": "",
            "parent": "",
            "token": make_token((page or story).pk, now=time.time() - 60),
        }
        data.update(fields)
        return data

    return form_data


@pytest.fixture
def approved(story):
    """``approved(body, parent=None, page=None)``: a visible comment."""

    def approved(body="Komentar yang sudah tampil.", parent=None, page=None):
        return Comment.objects.create(
            page=page or story,
            parent=parent,
            name="Ani",
            email="ani@contoh.invalid",
            body=body,
            status=CommentStatus.APPROVED,
        )

    return approved


@pytest.fixture
def login_as(client, home):
    """``login_as(group_name)``: the test client logged in with that newsroom role."""
    from warta.newsroom import roles

    def login_as(group_name):
        groups = roles.ensure_roles(home)
        user = get_user_model().objects.create_user(f"uji-{group_name.lower()}")
        user.groups.add(groups[group_name])
        client.force_login(user)
        return user

    return login_as
