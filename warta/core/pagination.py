from django.core.paginator import InvalidPage, Paginator
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.translation import gettext as _

from warta.delivery import kept

PER_PAGE = 20


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
        def count_all():
            return super(StoryPaginator, self).count

        return kept.COUNTS.get_or_set(count_all, str(self.object_list.query))
