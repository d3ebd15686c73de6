from django.shortcuts import get_object_or_404, render

from warta.articles.models import ArticlePage
from warta.core.cards import paginated_cards
from warta.people.models import Agency, Person


def person_detail(request, slug):
    person = get_object_or_404(Person.objects.select_related("photo"), slug=slug)
    articles = ArticlePage.objects.for_cards().by_person(person)
    page_obj = paginated_cards(request, articles)
    return render(
        request,
        "pages/people/person.html",
        {
            "person": person,
            "page_obj": page_obj,
            "listing_meta": person.seo_meta(page_obj.number),
        },
    )


def agency_detail(request, slug):
    agency = get_object_or_404(Agency, slug=slug)
    articles = ArticlePage.objects.for_cards().filter(agency=agency)
    page_obj = paginated_cards(request, articles)
    return render(
        request,
        "pages/people/agency.html",
        {
            "agency": agency,
            "page_obj": page_obj,
            "listing_meta": agency.seo_meta(page_obj.number),
        },
    )
