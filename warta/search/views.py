"""/cari/: a basic search over published stories (the search issue deepens it)."""

import re
import unicodedata

from django.shortcuts import render

from warta.articles.models import ArticlePage
from warta.core.pagination import paginate

MAX_QUERY = 500
WORD = re.compile(r"\w+", re.UNICODE)


def clean_query(raw):
    """The words of a query, without control characters or search syntax."""
    text = "".join(
        ch for ch in raw[: MAX_QUERY * 2] if unicodedata.category(ch)[0] != "C"
    )
    return " ".join(WORD.findall(text))[:MAX_QUERY].strip()


def search(request):
    raw = request.GET.get("q", "")
    query = clean_query(raw)
    context = {"query": query, "too_long": len(raw) > MAX_QUERY, "page_obj": None}
    if query:
        results = ArticlePage.objects.live().public().search(query, operator="and")
        context["page_obj"] = paginate(request, results)
    return render(request, "pages/search/results.html", context)
