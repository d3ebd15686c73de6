"""Facts read once per reader request, however many lists ask for them.

A page of the reader site asks several times which pages sit behind a view
restriction (once per list it shows, once for its own access check). The
answer cannot change while a GET is being answered, so ``remembered`` keeps it
for the rest of that request. Outside a request (commands, tests, writes) every
call reads afresh.
"""

import contextvars

_memo = contextvars.ContextVar("warta_request_memo", default=None)
READ_ONLY = {"GET", "HEAD"}


class RequestMemoMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in READ_ONLY:
            return self.get_response(request)
        token = _memo.set({})
        try:
            return self.get_response(request)
        finally:
            _memo.reset(token)


def remembered(key, compute):
    """``compute()``, once per reader request for ``key``."""
    memo = _memo.get()
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def current():
    """This reader request's memo (a dict), or None outside one."""
    return _memo.get()
