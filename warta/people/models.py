"""The people and agencies credited on stories, each with a public profile page."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from warta.people.choices import Role
from warta.people.seo import AgencySeoMixin, PersonSeoMixin


class PersonQuerySet(models.QuerySet):
    def with_role(self, role):
        return self.filter(**{ROLE_FIELDS[role]: True})


class Person(PersonSeoMixin, index.Indexed, models.Model):
    """A journalist, photographer or columnist (not necessarily a login)."""

    name = models.CharField(_("nama"), max_length=120)
    slug = models.SlugField(
        _("slug"), max_length=120, unique=True, help_text=_("Alamat halaman profil.")
    )
    is_writer = models.BooleanField(_("penulis"), default=False)
    is_editor = models.BooleanField(_("redaktur"), default=False)
    is_photographer = models.BooleanField(_("fotografer"), default=False)
    is_columnist = models.BooleanField(_("kolumnis"), default=False)
    desk_code = models.CharField(
        _("kode desk"),
        max_length=12,
        blank=True,
        help_text=_("Kode di akhir berita, seperti N-3 untuk redaktur desk nasional."),
    )
    job_title = models.CharField(
        _("jabatan"), max_length=160, blank=True, help_text=_("Tampil di profil.")
    )
    photo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("foto"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    bio = models.TextField(_("biografi singkat"), blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("akun pengguna"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="person",
        help_text=_("Akun admin orang ini, bila ia bekerja di redaksi."),
    )

    objects = PersonQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
        MultiFieldPanel(
            [
                FieldPanel("is_writer"),
                FieldPanel("is_editor"),
                FieldPanel("is_photographer"),
                FieldPanel("is_columnist"),
            ],
            heading=_("Peran"),
        ),
        FieldRowPanel([FieldPanel("desk_code"), FieldPanel("job_title")]),
        FieldPanel("photo"),
        FieldPanel("bio"),
        FieldPanel("user"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("is_editor"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("orang")
        verbose_name_plural = _("orang")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("people:person", args=[self.slug])

    @property
    def roles(self):
        return [role for role in Role if getattr(self, ROLE_FIELDS[role])]


ROLE_FIELDS = {
    Role.WRITER: "is_writer",
    Role.EDITOR: "is_editor",
    Role.PHOTOGRAPHER: "is_photographer",
    Role.COLUMNIST: "is_columnist",
}


class Agency(AgencySeoMixin, index.Indexed, models.Model):
    """A news agency whose copy the paper runs, such as Antara (code Ant)."""

    name = models.CharField(_("nama"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    code = models.CharField(
        _("kode"),
        max_length=12,
        help_text=_("Kode di akhir berita, seperti Ant untuk Antara."),
    )
    url = models.URLField(_("situs"), blank=True)
    description = models.TextField(_("keterangan"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("slug"), FieldPanel("code")]),
        FieldPanel("url"),
        FieldPanel("description"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("kantor berita")
        verbose_name_plural = _("kantor berita")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("people:agency", args=[self.slug])
