from django import forms
from django.utils.translation import gettext_lazy as _

from warta.people.models import Person
from warta.planning.models import PlanItem


class PlanItemForm(forms.ModelForm):
    class Meta:
        model = PlanItem
        fields = [
            "desk",
            "day",
            "slug_line",
            "angle",
            "writer",
            "photographer",
            "deadline",
            "place",
            "planned_length",
            "channel",
        ]
        widgets = {
            "day": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "deadline": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "angle": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, desks, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["desk"].queryset = desks
        self.fields["desk"].empty_label = None
        self.fields["writer"].queryset = Person.objects.filter(
            is_writer=True
        ) | Person.objects.filter(is_columnist=True)
        self.fields["photographer"].queryset = Person.objects.filter(
            is_photographer=True
        )
        self.fields["writer"].empty_label = _("— belum ditugaskan —")
        self.fields["photographer"].empty_label = _("— tanpa fotografer —")
        self.fields["day"].input_formats = ["%Y-%m-%d", "%d/%m/%Y"]
        self.fields["deadline"].input_formats = ["%H:%M", "%H.%M"]
