"""From a reader's words to a page of results: stems, backend, pages, snippets."""

from django.utils.safestring import mark_safe

from warta.delivery import kept
from warta.feeds.queries import all_pages, distributable, story_models
from warta.search.backends import RELEVANCE, Query, get_backend
from warta.search.models import SearchDocument
from warta.search.text import snippet, stem_groups

MAX_WORDS = 12


def build_query(text, stemmer=None, **filters):
    """A backend Query from cleaned text; None when no word is left."""
    groups = list(dict.fromkeys(stem_groups(text, stemmer)))[:MAX_WORDS]
    return Query(groups=groups, **filters) if groups else None


class ResultList:
    """A lazy, sliceable list of result pages for Django's Paginator.

    Counting and slicing go to the backend; a slice becomes pages (checked
    once more against the distribution filter) with a highlighted snippet.
    """

    def __init__(self, query, backend=None, stemmer=None):
        self.query = query
        self.backend = backend or get_backend()
        self.stemmer = stemmer
        self._count = None

    def count(self):
        if self._count is None:
            self._count = self._kept("count", self.backend.count, self.query)
        return self._count

    def __len__(self):
        return self.count()

    @property
    def capped(self):
        """Whether the count stopped at the backend's cap (there may be more)."""
        cap = self.backend.count_cap
        return cap is not None and self.count() >= cap

    def ids(self, offset, limit):
        return self._kept("ids", self.backend.search, self.query, offset, limit)

    def _kept(self, name, answer, *args):
        """The backend's answer, kept until the index can have changed: it
        changes only when a story is published, unpublished, moved or deleted
        (the archive token). A story read everywhere at once is searched for
        by many readers with the same words."""
        asked = repr((type(self.backend).__name__, name, args))
        return kept.SEARCHES.get_or_set(lambda: answer(*args), kept.digest(asked))

    def __getitem__(self, item):
        if not isinstance(item, slice):
            return self[item : item + 1][0]
        start, stop = item.start or 0, item.stop or self.count()
        return self.pages(self.ids(start, max(stop - start, 0)))

    def pages(self, ids):
        if not ids:
            return []
        found = distributable(all_pages().filter(pk__in=ids)).type(*story_models())
        pages = {page.pk: page for page in found.specific().select_related()}
        texts = dict(
            SearchDocument.objects.filter(page_id__in=ids).values_list(
                "page_id", "body_text"
            )
        )
        results = []
        for pk in ids:
            if pk in pages:
                page = pages[pk]
                page.search_snippet = mark_safe(  # noqa: S308 - escaped in snippet()
                    snippet(texts.get(pk, ""), self.query.stems, self.stemmer)
                )
                results.append(page)
        return results


def search(text, stemmer=None, fallback=True, **filters):
    """Results for ``text``: every word must match, else any word may."""
    query = build_query(text, stemmer, **filters)
    if query is None:
        return None
    results = ResultList(query, stemmer=stemmer)
    if fallback and results.count() == 0 and len(query.groups) > 1:
        query.match_all = False
        results = ResultList(query, stemmer=stemmer)
    return results


__all__ = ["RELEVANCE", "ResultList", "build_query", "search"]
