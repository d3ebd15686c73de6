from django import forms

from warta.newsletters.models import NewsletterList

CONSENT = (
    "Saya setuju alamat surel ini disimpan untuk mengirimi saya nawala yang saya "
    "pilih, sampai saya berhenti berlangganan lewat tautan di setiap surel."
)


class SignupForm(forms.Form):
    email = forms.EmailField(
        label="Alamat surel",
        max_length=254,
        help_text="Kami kirim tautan konfirmasi ke alamat ini.",
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    lists = forms.ModelMultipleChoiceField(
        label="Pilih nawala",
        queryset=NewsletterList.objects.filter(active=True),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Pilih paling sedikit satu nawala."},
    )
    consent = forms.BooleanField(
        label=CONSENT,
        error_messages={"required": "Centang persetujuan agar kami boleh mengirim."},
    )
    # A field people never see: a form that fills it is a robot's.
    website = forms.CharField(required=False, widget=forms.HiddenInput)

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()
