"""Admin labels Wagtail writes in English without gettext, named in Indonesian.

Wagtail heads its sites listing's ``site_name`` and ``root_page`` columns with
the attribute's name ("Site name", "Root page"), and a workflow's page field
takes Django's "Page" from its name; none goes through gettext. The model
fields' verbose names do (*nama situs*, *halaman akar*, *halaman*), so these
labels take those. Found by the browser audit
(``tests/browser/test_admin_language_*.py``).
"""

from django.utils.text import capfirst


def connect():
    from wagtail.admin.forms.workflows import WorkflowPagesFormSet
    from wagtail.models import Site, WorkflowPage
    from wagtail.sites.views import IndexView

    for column in IndexView.columns:
        if column.name in ("site_name", "root_page"):
            column.label = capfirst(Site._meta.get_field(column.name).verbose_name)
    page = WorkflowPagesFormSet.form.base_fields["page"]
    page.label = capfirst(WorkflowPage._meta.get_field("page").verbose_name)
