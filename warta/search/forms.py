"""The search form's filters: section, dates as Indonesians write them, order.

Dates are typed as dd/mm/yyyy ("02/12/2026"); yyyy-mm-dd, which a browser's
own date picker and older links send, is read too. A date that cannot be read
is left out of the search and named in a message, never a 500.
"""

from django import forms

from warta.core.dates import MAX_DATE_TEXT, IndonesianDateField, day_text
from warta.search.backends import NEWEST, RELEVANCE

__all__ = ["SearchFilterForm", "day_text"]


class SearchFilterForm(forms.Form):
    """Filters from the query string; each bad one is dropped on its own."""

    rubrik = forms.CharField(required=False, max_length=100)
    dari = IndonesianDateField(required=False, label="Dari tanggal")
    sampai = IndonesianDateField(required=False, label="Sampai tanggal")
    urut = forms.CharField(required=False, max_length=20)

    def __init__(self, data, sections):
        super().__init__(data)
        self.by_slug = {section.slug: section for section in sections}

    def chosen(self):
        """``{"section", "since", "until", "order"}``; bad values are None."""
        self.is_valid()
        data = self.cleaned_data
        since, until = data.get("dari"), data.get("sampai")
        if since and until and since > until:
            since, until = until, since  # a reader's swapped range, not an error
        return {
            "section": self.by_slug.get(data.get("rubrik") or ""),
            "since": since,
            "until": until,
            "order": NEWEST if data.get("urut") == NEWEST else RELEVANCE,
        }

    def date_errors(self):
        """The messages for the dates that could not be read, by field."""
        return {
            name: self.errors[name][0]
            for name in ("dari", "sampai")
            if name in self.errors
        }

    def typed(self, name):
        """What the reader typed in a date field, for the form shown again."""
        day = self.cleaned_data.get(name) if hasattr(self, "cleaned_data") else None
        if day:
            return day_text(day)
        return (self.data.get(name) or "")[:MAX_DATE_TEXT]
