"""/cari/: ranked, stemmed search with section and date filters."""

import datetime

from django.shortcuts import render
from django.utils import timezone

from warta.core.listing import card_pages
from warta.core.pagination import paginate
from warta.search.forms import SearchFilterForm, day_text
from warta.search.query import search as run_search
from warta.search.text import MAX_QUERY, clean_query
from warta.sections.models import SectionPage


def day_start(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def filters(request, sections):
    """Section, date range and order from the query string, the form that read
    them (its messages name a date it could not read) and the backend's
    filters; a bad value is left out."""
    form = SearchFilterForm(request.GET, sections)
    chosen = form.chosen()
    since, until = chosen["since"], chosen["until"]
    query_filters = {
        "section_id": chosen["section"].pk if chosen["section"] else None,
        "since": day_start(since) if since else None,
        "until": day_start(until + datetime.timedelta(days=1)) if until else None,
        "order": chosen["order"],
    }
    return chosen, query_filters, form


def with_thumbnails(stories):
    """Each result's card picture, read as cards read it: one query per page
    type, whatever the number of results."""
    found = card_pages([(story.pk, story.content_type_id) for story in stories])
    for story in stories:
        card = found.get(story.pk)
        story.thumbnail = card.card_image if card is not None else None
    return stories


def search(request):
    raw = request.GET.get("q", "")
    query = clean_query(raw)
    sections = sorted(SectionPage.all_live(), key=lambda section: section.path)
    chosen, query_filters, form = filters(request, sections)
    errors = form.date_errors()
    context = {
        "query": query,
        "too_long": len(raw) > MAX_QUERY,
        "page_obj": None,
        "sections": sections,
        "chosen": chosen,
        "date_errors": errors,
        "typed": {
            name: day_text(chosen[key]) if chosen[key] else form.typed(name)
            for name, key in (("dari", "since"), ("sampai", "until"))
        },
    }
    results = run_search(query, **query_filters) if query else None
    if results is not None:
        context["page_obj"] = paginate(request, results)
        context["page_obj"].object_list = with_thumbnails(
            list(context["page_obj"].object_list)
        )
    elif request.GET.get("page", "1") != "1":
        context["page_obj"] = paginate(request, [])
    # A date that could not be read: the page says which, and answers 400.
    status = 400 if errors else 200
    return render(request, "pages/search/results.html", context, status=status)
