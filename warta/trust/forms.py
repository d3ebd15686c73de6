"""Admin forms: a correction only on a live story the user may publish."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm


class CorrectionForm(WagtailAdminModelForm):
    def clean_page(self):
        page = self.cleaned_data.get("page")
        if page is None:
            return page
        if not page.live:
            raise forms.ValidationError(
                _("Ralat hanya untuk berita yang sudah tayang.")
            )
        user = self.for_user
        if user is None or not page.permissions_for_user(user).can_publish():
            raise forms.ValidationError(
                _("Anda tidak berhak memuat ralat pada berita ini.")
            )
        return page

    def clean_published_at(self):
        value = self.cleaned_data.get("published_at")
        if value and value > timezone.now() + timezone.timedelta(minutes=5):
            raise forms.ValidationError(_("Waktu ralat tidak boleh di masa depan."))
        return value


class TakedownForm(forms.Form):
    reason = forms.CharField(
        label=_("Alasan pencabutan (tampil untuk pembaca)"),
        widget=forms.Textarea(attrs={"rows": 5}),
        min_length=20,
        max_length=2000,
        help_text=_(
            "Contoh: dicabut atas pengaduan karena memuat data pribadi korban. "
            "Kalimat ini tampil di alamat lama berita dan di halaman Pencabutan."
        ),
    )
