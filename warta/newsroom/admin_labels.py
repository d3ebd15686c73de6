"""Admin labels Wagtail writes in English without gettext, named in Indonesian.

Wagtail's sites listing heads its ``site_name`` and ``root_page`` columns with
the attribute's name ("Site name", "Root page"), never translated; the model
fields' verbose names are (*nama situs*, *halaman akar*), so the columns take
those. Found by the browser audit (``tests/browser/test_admin_language*.py``).
"""

from django.utils.text import capfirst


def connect():
    from wagtail.models import Site
    from wagtail.sites.views import IndexView

    for column in IndexView.columns:
        if column.name in ("site_name", "root_page"):
            column.label = capfirst(Site._meta.get_field(column.name).verbose_name)
