"""Limits per client: comments posted, reports sent, data exports asked for.

They live in the "limits" cache (Redis, or without it a SQLite file every
worker shares: ``warta.delivery.counters``), so two workers allow no more
than one.

The client is ``warta.popularity.clients.client_key``: the peer address, with
``X-Forwarded-For`` believed only from ``WARTA_TRUSTED_PROXIES``, so a client
cannot reset its budget by writing a new forwarded address on each request.
"""

from django.conf import settings
from django.core.cache import caches

from warta.delivery.limits import spend
from warta.popularity.clients import client_key


def allow_post(request):
    window = int(settings.WARTA_COMMENTS_RATE_WINDOW_MINUTES) * 60
    limit = int(settings.WARTA_COMMENTS_RATE_LIMIT)
    return spend(f"comments:post:{client_key(request)}", limit, window)


def allow_report(request, comment_id):
    """One report per client per comment, and a cap on reports per hour."""
    client = client_key(request)
    limit = int(settings.WARTA_COMMENTS_REPORT_LIMIT)
    if not spend(f"comments:reports:{client}", limit, 60 * 60):
        return False
    return caches["limits"].add(
        f"comments:reported:{client}:{comment_id}", 1, 24 * 60 * 60
    )


def allow_export(request, email):
    """Data exports: ``WARTA_COMMENTS_EXPORT_LIMIT`` requests per client an hour,
    and as many mails to one address a day, so nobody floods another's inbox
    from many clients."""
    limit = int(settings.WARTA_COMMENTS_EXPORT_LIMIT)
    if not spend(f"comments:export:{client_key(request)}", limit, 60 * 60):
        return False
    address = email.strip().lower()
    return spend(f"comments:export-to:{address}", limit, 24 * 60 * 60)
