"""The reader's side of Nawala: sign up, confirm, leave, read the archive.

Confirming and leaving are POSTs behind a button: mail scanners follow the
links in a mail (GET) and must neither confirm nor unsubscribe anybody. The
unsubscribe address also takes RFC 8058's one-click POST from mail programs.
The sign-up answer is the same whether the address was known or not.
"""

import re

from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from warta.delivery.limits import spend
from warta.newsletters.forms import CONSENT, SignupForm
from warta.newsletters.models import Issue, Subscriber, Subscription
from warta.newsletters.sending import issue_context, send_confirmation
from warta.popularity.clients import client_key

TOKEN = re.compile(r"[A-Za-z0-9_-]{16,64}")


def _allowed(request, email):
    """Sign-ups a client may ask for an hour, and mails one address gets a day."""
    limit = int(settings.WARTA_NEWSLETTER_SIGNUP_LIMIT)
    return spend(f"nawala:signup:{client_key(request)}", limit, 3600) and spend(
        f"nawala:signup-to:{email}", limit, 86400
    )


@require_http_methods(["GET", "POST"])
def signup(request):
    form = SignupForm(request.POST if request.method == "POST" else None)
    if request.method == "GET":
        return render(request, "newsletters/signup.html", {"form": form})
    if not form.is_valid():
        return render(request, "newsletters/signup.html", {"form": form}, status=400)
    email = form.cleaned_data["email"]
    if form.cleaned_data["website"]:
        return render(request, "newsletters/signup.html", {"sent_to": email})
    if not _allowed(request, email):
        context = {
            "form": form,
            "refusal": "Terlalu banyak pendaftaran dari alamat Anda atau untuk surel "
            "ini. Coba lagi nanti.",
        }
        return render(request, "newsletters/signup.html", context, status=429)
    subscriber, _ = Subscriber.objects.get_or_create(email=email)
    for newsletter in form.cleaned_data["lists"]:
        subscription, made = Subscription.objects.get_or_create(
            subscriber=subscriber, newsletter=newsletter
        )
        if not made and subscription.left_at:
            subscription.left_at = None
            subscription.joined_at = timezone.now()
            subscription.save(update_fields=["left_at", "joined_at"])
    if subscriber.status in (Subscriber.Status.BOUNCED, Subscriber.Status.COMPLAINED):
        # The provider refused this address, or its owner called us spam:
        # nothing is sent until they confirm again by themselves.
        subscriber.set_status(Subscriber.Status.PENDING, "signed up again")
    if subscriber.status != Subscriber.Status.ACTIVE:
        if subscriber.status == Subscriber.Status.UNSUBSCRIBED:
            subscriber.set_status(Subscriber.Status.PENDING, "signed up again")
        subscriber.consent_text = CONSENT
        subscriber.save(update_fields=["consent_text"])
        send_confirmation(subscriber)
    return render(request, "newsletters/signup.html", {"sent_to": email})


def _subscriber(token):
    if not TOKEN.fullmatch(token):  # a NUL byte, a path, a novel: none is ours
        raise Http404
    return get_object_or_404(Subscriber, token=token)


@require_http_methods(["GET", "POST"])
def confirm(request, token):
    subscriber = _subscriber(token)
    if request.method == "POST" and subscriber.status == Subscriber.Status.PENDING:
        subscriber.confirmed_at = timezone.now()
        subscriber.save(update_fields=["confirmed_at"])
        subscriber.set_status(Subscriber.Status.ACTIVE, "confirmed")
    context = {
        "subscriber": subscriber,
        "lists": [
            s.newsletter
            for s in subscriber.subscriptions.filter(left_at=None).select_related(
                "newsletter"
            )
        ],
    }
    return render(request, "newsletters/confirm.html", context)


@csrf_exempt  # mail programs' one-click POST (RFC 8058) carries no CSRF token
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    subscriber = _subscriber(token)
    if request.method == "POST":
        subscriber.subscriptions.filter(left_at=None).update(left_at=timezone.now())
        if subscriber.status != Subscriber.Status.UNSUBSCRIBED:
            subscriber.set_status(Subscriber.Status.UNSUBSCRIBED, "unsubscribed")
    return render(request, "newsletters/unsubscribe.html", {"subscriber": subscriber})


def archive(request):
    issues = Issue.objects.filter(status=Issue.Status.SENT).select_related(
        "newsletter"
    )[:60]
    return render(request, "newsletters/archive.html", {"issues": issues})


def issue(request, pk):
    found = get_object_or_404(Issue, pk=pk, status=Issue.Status.SENT)
    return render(request, "newsletters/issue.html", issue_context(found))
