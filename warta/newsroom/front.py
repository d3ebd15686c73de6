"""Arranging the front page: the lead story and the headline slots.

The picks live on the home page, but Wagtail's page permissions flow down
the tree: the right to edit the home page would be the right to edit every
story of every desk. So a Redaktur arranges the front here, through this
form only, and the change is saved and published as a revision of the home
page in their name (its history and the publish pipeline see it like any
other publish).

The story chooser opens on the latest published stories of every desk, with
their section and time, and searches by headline: the story the editor
wants is nearly always among the newest.
"""

from django import forms
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic.chooser import ChooseResultsView, ChooseView
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.models import Page

from warta.feeds.queries import newest, stories
from warta.newsroom import roles
from warta.sections.models import HomeHeadline, HomePage

SLOTS = 8
CURATORS = {roles.EDITOR, roles.MANAGING_EDITOR}


def can_curate(user):
    return user.is_active and (
        user.is_superuser or user.groups.filter(name__in=CURATORS).exists()
    )


class StoryColumnsMixin:
    @property
    def columns(self):
        return [
            self.title_column,
            Column("section", label=_("Rubrik"), accessor="section_title"),
            DateColumn(
                "first_published_at", label=_("Terbit"), accessor="first_published_at"
            ),
        ]

    def get_results_page(self, request):
        results = super().get_results_page(request)
        parents = {page.path[: -Page.steplen] for page in results.object_list}
        titles = dict(
            Page.objects.filter(path__in=parents).values_list("path", "title")
        )
        for page in results.object_list:
            page.section_title = titles.get(page.path[: -Page.steplen], "")
        return results


class StoryChooseView(StoryColumnsMixin, ChooseView):
    pass


class StoryChooseResultsView(StoryColumnsMixin, ChooseResultsView):
    pass


class StoryChooserViewSet(ChooserViewSet):
    model = Page
    icon = "doc-full"
    choose_one_text = _("Pilih berita")
    choose_another_text = _("Pilih berita lain")
    edit_item_text = _("Sunting berita")
    search_tab_label = _("Cari")
    per_page = 20
    choose_view_class = StoryChooseView
    choose_results_view_class = StoryChooseResultsView
    register_widget = False

    def get_object_list(self):
        return newest(stories())


story_chooser = StoryChooserViewSet("warta_story_chooser", url_prefix="pilih-berita")


def _safely(read):
    """A hostile id (text, out of range for the database) reads as nothing,
    not as a server error: Django and Wagtail let those errors through."""
    try:
        return read()
    except (ValueError, TypeError, OverflowError, ObjectDoesNotExist):
        return None


class StoryChooserWidget(story_chooser.widget_class):
    def get_instance(self, value):
        return _safely(lambda: super(StoryChooserWidget, self).get_instance(value))


class StoryField(forms.ModelChoiceField):
    default_error_messages = {
        "invalid_choice": _("Pilih berita yang sudah tayang dari daftar."),
    }

    def __init__(self, **kwargs):
        super().__init__(queryset=stories(), widget=StoryChooserWidget(), **kwargs)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        found = _safely(lambda: self.queryset.get(pk=value))
        if found is None:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return found


class FrontForm(forms.Form):
    """The lead story and up to eight headline slots, each a live story."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lead"] = StoryField(
            required=False,
            label=_("Berita utama"),
            help_text=_("Kosongkan untuk memakai berita terbaru."),
        )
        for n in self.slots():
            self.fields[f"slot_{n}"] = StoryField(
                required=False, label=_("Berita pilihan %(n)s") % {"n": n}
            )

    def clean(self):
        data = super().clean()
        seen = set()
        for name in ["lead", *(f"slot_{n}" for n in self.slots())]:
            page = data.get(name)
            if page is None:
                continue
            if page.pk in seen:
                self.add_error(
                    name, _("Berita ini sudah dipilih di tempat lain di halaman depan.")
                )
            seen.add(page.pk)
        return data

    @staticmethod
    def slots():
        return range(1, SLOTS + 1)

    def picks(self):
        data = self.cleaned_data
        slots = [data[f"slot_{n}"] for n in self.slots() if data.get(f"slot_{n}")]
        return data.get("lead"), slots


def current_picks(home):
    """What the front shows now: the live home page's picks."""
    initial = {"lead": home.lead_story_id}
    for n, slot in enumerate(home.headline_slots.all()[:SLOTS], start=1):
        initial[f"slot_{n}"] = slot.story_id
    return initial


def arrange_front(request):
    if not can_curate(request.user):
        raise PermissionDenied
    home = HomePage.objects.get()
    form = FrontForm(request.POST or None, initial=current_picks(home))
    if request.method == "POST" and form.is_valid():
        lead, slots = form.picks()
        # From the live page, not a draft: only the picks change on the front.
        home.lead_story = lead
        home.headline_slots = [
            HomeHeadline(story=page, sort_order=n) for n, page in enumerate(slots)
        ]
        revision = home.save_revision(user=request.user, log_action=True)
        # The right to arrange the front is can_curate's, not a page permission.
        revision.publish(user=request.user, skip_permission_checks=True)
        messages.success(request, _("Halaman depan diperbarui dan langsung tayang."))
        return redirect("newsroom_front")
    if request.method == "POST":
        messages.error(
            request, _("Halaman depan belum disimpan: periksa isian di bawah.")
        )
    return TemplateResponse(
        request,
        "newsroom/front.html",
        {"form": form, "media": form.media, "home_url": home.url},
    )


class FrontMenuItem(MenuItem):
    def is_shown(self, request):
        return can_curate(request.user)


@hooks.register("register_admin_viewset")
def register_story_chooser():
    return story_chooser


@hooks.register("register_admin_urls")
def front_urls():
    return [path("halaman-depan/", arrange_front, name="newsroom_front")]


@hooks.register("register_admin_menu_item")
def front_menu_item():
    return FrontMenuItem(
        _("Halaman depan"),
        reverse("newsroom_front"),
        name="halaman-depan",
        icon_name="home",
        order=150,
    )
