from django.core.paginator import InvalidPage, Paginator
from django.http import Http404
from django.utils.translation import gettext as _

PER_PAGE = 20


def paginate(request, queryset, per_page=PER_PAGE):
    """The requested ``?page=N`` of a listing; a bad or missing page is a 404."""
    paginator = Paginator(queryset, per_page)
    number = request.GET.get("page", "1")
    try:
        return paginator.page(number)
    except InvalidPage as error:
        raise Http404(_("Halaman tidak ditemukan.")) from error
