"""The reader's comment form: what it accepts, and an Indonesian reason for all else.

Two fields are for machines: ``situs`` is a honeypot (hidden from people, filled by
bots) and ``token`` is a signed timestamp of when the form was shown, so a post
that comes back too fast, too late or for another story is refused.
"""

import time
import unicodedata

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _

from warta.comments import policy
from warta.comments.choices import CommentStatus
from warta.comments.models import Comment

TOKEN_SALT = "warta.comments.form"
MAX_ID = 2**63 - 1
# Bidirectional overrides flip how text reads (hiding a link's real target).
BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
ALLOWED_CONTROLS = {"\n", "\t"}


BOT = _("Komentar ditolak karena terdeteksi sebagai kiriman otomatis.")
BAD_FORM = _("Formulir tidak valid. Muat ulang halaman lalu kirim lagi.")
STALE_FORM = _("Formulir sudah kedaluwarsa. Muat ulang halaman lalu kirim lagi.")
TOO_FAST = _("Komentar dikirim terlalu cepat. Tunggu beberapa detik lalu kirim lagi.")
BLOCKED = _("Teks berisi kata yang tidak diizinkan: “%(word)s”.")


class Rejected(Exception):
    """A post refused outright (not a typo to correct): spam traps and limits."""


def make_token(page_id, now=None):
    return signing.dumps({"p": page_id, "t": int(now or time.time())}, salt=TOKEN_SALT)


def clean_text(text):
    """NFC text with Unix newlines, or a ValidationError for characters we refuse."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    for char in text:
        category = unicodedata.category(char)
        if (
            (category == "Cc" and char not in ALLOWED_CONTROLS)
            or category in ("Cs", "Co", "Cn")
            or char in BIDI_CONTROLS
            or char == "\ufffd"
        ):
            raise forms.ValidationError(
                _("Teks berisi karakter yang tidak diizinkan."), code="characters"
            )
    return text.strip()


class CommentForm(forms.Form):
    name = forms.CharField(
        label=_("Nama"),
        max_length=80,
        error_messages={
            "required": _("Nama wajib diisi."),
            "max_length": _("Nama paling panjang %(limit_value)d karakter."),
        },
    )
    email = forms.EmailField(
        label=_("Email"),
        max_length=254,
        help_text=_("Tidak akan ditampilkan."),
        error_messages={
            "required": _("Email wajib diisi."),
            "invalid": _("Alamat email tidak valid."),
            "max_length": _("Alamat email terlalu panjang."),
        },
    )
    body = forms.CharField(label=_("Komentar"))  # sized in __init__ from settings
    parent = forms.IntegerField(
        required=False,
        min_value=1,
        max_value=MAX_ID,
        widget=forms.HiddenInput,
        error_messages={"invalid": _("Komentar yang Anda balas tidak ditemukan.")},
    )
    # The honeypot: hidden by comments.css and aria-hidden; people leave it empty.
    situs = forms.CharField(
        label=_("Jangan diisi"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    token = forms.CharField(widget=forms.HiddenInput, required=False, max_length=200)

    def __init__(self, *args, page, **kwargs):
        super().__init__(*args, **kwargs)
        self.page = page
        limit = policy.max_length()
        self.fields["body"] = forms.CharField(
            label=_("Komentar"),
            max_length=limit,
            widget=forms.Textarea(attrs={"rows": 6}),
            error_messages={
                "required": _("Komentar wajib diisi."),
                "max_length": _("Komentar paling panjang %(limit_value)d karakter."),
            },
        )
        self.order_fields(["name", "email", "body"])
        self.reply_to = None

    # -- fields ---------------------------------------------------------------

    def clean_name(self):
        name = " ".join(clean_text(self.cleaned_data["name"]).split())
        if not name:
            raise forms.ValidationError(_("Nama wajib diisi."))
        if policy.count_links(name):
            raise forms.ValidationError(_("Nama tidak boleh berisi tautan."))
        return name

    def clean_email(self):
        return clean_text(self.cleaned_data["email"])

    def clean_body(self):
        body = clean_text(self.cleaned_data["body"])
        if not body:
            raise forms.ValidationError(_("Komentar wajib diisi."))
        links = policy.count_links(body)
        most = int(settings.WARTA_COMMENTS_MAX_LINKS)
        if links > most:
            raise forms.ValidationError(
                _("Komentar berisi %(links)d tautan; paling banyak %(most)d.")
                % {"links": links, "most": most}
            )
        return body

    def clean_parent(self):
        parent_id = self.cleaned_data.get("parent")
        if parent_id is None:
            return None
        parent = (
            Comment.objects.filter(
                pk=parent_id, page_id=self.page.pk, status=CommentStatus.APPROVED
            )
            .select_related("parent")
            .first()
        )
        if parent is None:
            raise forms.ValidationError(_("Komentar yang Anda balas tidak ditemukan."))
        # One level of replies: a reply to a reply joins the top-level comment.
        self.reply_to = parent.parent or parent
        return self.reply_to.pk

    # -- the whole post -------------------------------------------------------

    def clean(self):
        data = super().clean()
        if data.get("situs"):
            raise Rejected(BOT)
        self.check_token(data.get("token") or "")
        for field in ("name", "body"):
            word = policy.blocked_word(data.get(field) or "")
            if word:
                self.add_error(field, BLOCKED % {"word": word})
        return data

    def check_token(self, token):
        max_age = int(settings.WARTA_COMMENTS_FORM_MAX_AGE_HOURS) * 3600
        try:
            signed = signing.loads(token, salt=TOKEN_SALT, max_age=max_age)
        except signing.SignatureExpired:
            raise Rejected(STALE_FORM) from None
        except signing.BadSignature:
            raise Rejected(BAD_FORM) from None
        if not isinstance(signed, dict) or signed.get("p") != self.page.pk:
            raise Rejected(BAD_FORM)
        elapsed = time.time() - float(signed.get("t", 0))
        if elapsed > max_age:
            raise Rejected(STALE_FORM)
        if elapsed < float(settings.WARTA_COMMENTS_MIN_SECONDS):
            raise Rejected(TOO_FAST)


class ExportForm(forms.Form):
    """The reader's data export: the address their comments were written with."""

    email = forms.EmailField(
        label=_("Alamat email"),
        max_length=254,
        widget=forms.EmailInput(
            attrs={"autocomplete": "email", "aria-describedby": "id_email-bantuan"}
        ),
        help_text=_("Alamat yang Anda pakai saat menulis komentar."),
        error_messages={
            "required": _("Isi alamat email Anda."),
            "invalid": _("Alamat email ini tidak valid."),
            "max_length": _("Alamat email ini tidak valid: terlalu panjang."),
        },
    )
