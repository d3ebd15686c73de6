from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _
from taggit.models import Tag

from warta.articles.models import ArticlePage
from warta.articles.seo import topic_meta
from warta.core.cards import paginated_cards


def topic_detail(request, slug):
    tag = Tag.objects.filter(slug=slug).first()
    if tag is None:
        raise Http404(_("Topik tidak ditemukan."))
    articles = ArticlePage.objects.for_cards().tagged(tag.slug)
    page_obj = paginated_cards(request, articles)
    return render(
        request,
        "pages/articles/topic.html",
        {
            "topic": tag,
            "page_obj": page_obj,
            "listing_meta": topic_meta(tag, page_obj.number),
        },
    )
