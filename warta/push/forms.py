"""The *Kirim notifikasi* form: what the notification says and to whom."""

from django import forms
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from warta.push.models import Message, Subscription
from warta.push.topics import audiences

TITLE_MAX = Message._meta.get_field("title").max_length
BODY_MAX = Message._meta.get_field("body").max_length


def initial_for(page):
    """The headline and the dek (or the search description) of the story."""
    body = getattr(page, "dek", "") or page.search_description or ""
    return {"title": page.title[:TITLE_MAX], "body": body[:BODY_MAX]}


class NotificationForm(forms.Form):
    title = forms.CharField(
        label=_("Judul"),
        max_length=TITLE_MAX,
        help_text=_("Judul berita. Ponsel memotong judul yang panjang."),
    )
    body = forms.CharField(
        label=_("Isi"),
        max_length=BODY_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Satu atau dua kalimat: dek berita, bila ada."),
    )
    topic = forms.ChoiceField(
        label=_("Penerima"),
        widget=forms.RadioSelect,
        help_text=_("Berita penting sampai ke semua pelanggan notifikasi."),
    )

    def __init__(self, *args, page, **kwargs):
        super().__init__(*args, **kwargs)
        choices = []
        for topic, audience in audiences(page):
            count = Subscription.objects.following(topic).count()
            label = _("%(audience)s · %(count)s peramban") % {
                "audience": audience,
                "count": number_format(count, force_grouping=True),
            }
            choices.append((topic, label))
        self.fields["topic"].choices = choices
        self.fields["topic"].initial = choices[0][0]
