"""The reader's side: the comment form page, the report page, the data export
page, the CSRF failure page.

The article page may come from a cache, so it carries no CSRF token and no form:
it links to ``/komentar/<page_id>/tulis/``, a page that is never cached and posts
to itself. ``comments.js`` loads the same page's panel (``?fragment=1``) inline.
Every refusal re-renders the panel with an Indonesian reason and a 4xx status.
"""

from functools import wraps

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from warta.articles.models import ArticlePage
from warta.comments import actions, export, policy
from warta.comments.choices import CommentStatus
from warta.comments.forms import MAX_ID, CommentForm, ExportForm, Rejected, make_token
from warta.comments.models import Comment
from warta.comments.ratelimit import allow_export, allow_post, allow_report

PANEL = "comments/panel.html"
PAGE = "comments/page.html"
DATA = "comments/my_data.html"


def private(view):
    """Per-reader responses: never stored by a cache or a proxy."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex"
        return response

    return wrapper


def story_or_404(page_id):
    page = None
    if page_id <= MAX_ID:
        page = ArticlePage.objects.live().public().filter(pk=page_id).first()
    if page is None:
        raise Http404
    return page


def respond(request, context, status=200):
    """The panel alone for comments.js, else the panel inside the site's page."""
    template = PANEL if request.GET.get("fragment") == "1" else PAGE
    return render(request, template, context, status=status)


def reply_target(page, raw):
    """The approved comment ``?balas=`` names on this story (its top-level one)."""
    if not raw or not raw.isdigit() or int(raw) > MAX_ID:
        return None
    comment = (
        Comment.objects.approved()
        .filter(pk=int(raw), page_id=page.pk)
        .select_related("parent")
        .first()
    )
    return comment and (comment.parent or comment)


@private
@require_http_methods(["GET", "POST"])
def write(request, page_id):
    page = story_or_404(page_id)
    context = {"story": page, "mode": "write"}
    if policy.is_closed(page):
        context["closed"] = True
        status = 403 if request.method == "POST" else 200
        return respond(request, context, status=status)
    if request.method == "GET":
        reply_to = reply_target(page, request.GET.get("balas", ""))
        initial = {"token": make_token(page.pk), "parent": reply_to and reply_to.pk}
        form = CommentForm(initial=initial, page=page)
        return respond(request, {**context, "form": form, "reply_to": reply_to})
    return post_comment(request, page, context)


def post_comment(request, page, context):
    form = CommentForm(request.POST, page=page)
    context.update(form=form, reply_to=None)
    if not allow_post(request):
        context["refusal"] = _(
            "Terlalu banyak komentar dari alamat Anda. Coba lagi beberapa menit lagi."
        )
        return respond(request, context, status=429)
    try:
        valid = form.is_valid()
    except Rejected as refusal:
        context["refusal"] = str(refusal.args[0])
        return respond(request, context, status=400)
    context["reply_to"] = form.reply_to
    if not valid:
        return respond(request, context, status=400)
    comment = Comment.objects.create(
        page=page,
        parent=form.reply_to,
        name=form.cleaned_data["name"],
        email=form.cleaned_data["email"],
        body=form.cleaned_data["body"],
        status=policy.initial_status(request),
    )
    if request.GET.get("fragment") == "1":
        return respond(request, {**context, "mode": "posted", "comment": comment})
    url = reverse("comments:posted", args=[page.pk])
    return redirect(f"{url}?tampil={int(comment.is_visible)}", permanent=False)


@private
@require_http_methods(["GET"])
def posted(request, page_id):
    page = story_or_404(page_id)
    shown = request.GET.get("tampil") == "1"
    return respond(
        request,
        {"story": page, "mode": "posted", "shown": shown},
    )


@private
@require_http_methods(["GET", "POST"])
def report(request, comment_id):
    comment = None
    if comment_id <= MAX_ID:
        comment = (
            Comment.objects.filter(pk=comment_id, status=CommentStatus.APPROVED)
            .select_related("page")
            .first()
        )
    if comment is None:
        raise Http404
    page = story_or_404(comment.page_id)
    context = {"story": page, "mode": "report", "comment": comment}
    if request.method == "GET":
        return respond(request, context)
    if not allow_report(request, comment.pk):
        context["refusal"] = _(
            "Anda sudah melaporkan komentar ini atau terlalu sering melapor. "
            "Coba lagi nanti."
        )
        return respond(request, context, status=429)
    actions.report(comment, request)
    return respond(request, {**context, "mode": "reported"})


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: the site's 403 page, in Indonesian, for a stale form."""
    return render(request, "403.html", {"csrf_failed": True}, status=403)


@private
@require_http_methods(["GET", "POST"])
def my_data(request):
    """The reader's data export: asked for here, sent to the address only.

    The answer is the same whether the address wrote anything or not, so the
    page tells no one who comments here.
    """
    form = ExportForm(request.POST if request.method == "POST" else None)
    context = {"form": form, "retain_days": settings.WARTA_RETAIN_COMMENT_EMAIL_DAYS}
    if request.method == "GET":
        return render(request, DATA, context)
    if not form.is_valid():
        return render(request, DATA, context, status=400)
    email = form.cleaned_data["email"]
    if not allow_export(request, email):
        context["refusal"] = _(
            "Terlalu banyak permintaan data dari alamat Anda atau untuk email ini. "
            "Coba lagi nanti."
        )
        return render(request, DATA, context, status=429)
    export.send_export(email)
    return render(request, DATA, {"sent_to": email})
