import hashlib

from django.core.cache import cache
from django.core.paginator import InvalidPage, Paginator
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.translation import gettext as _

PER_PAGE = 20
COUNT_SECONDS = 60 * 60  # at most; any publish anywhere changes the key first


def paginate(request, queryset, per_page=PER_PAGE, paginator_class=Paginator):
    """The requested ``?page=N`` of a listing; a bad or missing page is a 404."""
    paginator = paginator_class(queryset, per_page)
    number = request.GET.get("page", "1")
    try:
        return paginator.page(number)
    except InvalidPage as error:
        raise Http404(_("Halaman tidak ditemukan.")) from error


class StoryPaginator(Paginator):
    """A paginator for lists of stories whose count is kept until a story is
    published, unpublished, moved or deleted (the archive token): counting a
    big section's stories costs more than showing a page of them."""

    @cached_property
    def count(self):
        from warta.delivery.keys import archive_token

        query = str(self.object_list.query)
        digest = hashlib.blake2b(query.encode(), digest_size=16).hexdigest()
        key = f"count:v1:{digest}:{archive_token()}"

        def count_all():
            return super(StoryPaginator, self).count

        return cache.get_or_set(key, count_all, COUNT_SECONDS)
