from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from warta.people.models import Agency, Person


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("Orang")
    list_display = ["name", "job_title", "desk_code"]
    list_filter = ["is_writer", "is_editor", "is_photographer", "is_columnist"]
    search_fields = ["name"]


class AgencyViewSet(SnippetViewSet):
    model = Agency
    icon = "site"
    menu_label = _("Kantor berita")
    list_display = ["name", "code"]


class PeopleGroup(SnippetViewSetGroup):
    items = (PersonViewSet, AgencyViewSet)
    menu_icon = "group"
    menu_label = _("Redaksi")
    menu_name = "redaksi"


register_snippet(PeopleGroup)
