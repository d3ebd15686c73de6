"""/cari/: ranked, stemmed search with section and date filters."""

import datetime

from django.shortcuts import render
from django.utils import timezone

from warta.core.pagination import paginate
from warta.search.backends import NEWEST, RELEVANCE
from warta.search.query import search as run_search
from warta.search.text import MAX_QUERY, clean_query
from warta.sections.models import SectionPage


def parse_date(value):
    """A date from ``YYYY-MM-DD``; anything else, or an absurd year, is ignored."""
    try:
        day = datetime.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None
    return day if 1900 <= day.year <= 2999 else None


def day_start(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def filters(request, sections):
    """Section, date range and order from the query string; bad values ignored."""
    params = request.GET
    by_slug = {section.slug: section for section in sections}
    section = by_slug.get(params.get("rubrik", ""))
    since, until = (
        parse_date(params.get("dari", "")),
        parse_date(params.get("sampai", "")),
    )
    order = NEWEST if params.get("urut") == NEWEST else RELEVANCE
    chosen = {"section": section, "since": since, "until": until, "order": order}
    query_filters = {
        "section_id": section.pk if section else None,
        "since": day_start(since) if since else None,
        "until": day_start(until + datetime.timedelta(days=1)) if until else None,
        "order": order,
    }
    return chosen, query_filters


def search(request):
    raw = request.GET.get("q", "")
    query = clean_query(raw)
    sections = sorted(SectionPage.all_live(), key=lambda section: section.path)
    chosen, query_filters = filters(request, sections)
    context = {
        "query": query,
        "too_long": len(raw) > MAX_QUERY,
        "page_obj": None,
        "sections": sections,
        "chosen": chosen,
    }
    results = run_search(query, **query_filters) if query else None
    if results is not None:
        context["page_obj"] = paginate(request, results)
    elif request.GET.get("page", "1") != "1":
        context["page_obj"] = paginate(request, [])
    return render(request, "pages/search/results.html", context)
