"""Dates as Indonesian readers type them: dd/mm/yyyy ("02/12/2026").

yyyy-mm-dd, which a browser's own date picker and older links send, is read
too. A date that cannot be read gets a message in Bahasa Indonesia.
"""

from django import forms

DATE_FORMATS = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d"]
FIRST_YEAR, LAST_YEAR = 1900, 2999
MAX_DATE_TEXT = 32
BAD_DATE = (
    "Tanggal “%(value)s” tidak dikenali. Tulis sebagai hh/bb/tttt, misalnya 02/12/2026."
)
OUT_OF_RANGE = "Tanggal di luar jangkauan arsip (tahun 1900–2999)."


class IndonesianDateField(forms.DateField):
    input_formats = DATE_FORMATS
    default_error_messages = {"invalid": BAD_DATE}

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip()[:MAX_DATE_TEXT]
        try:
            day = super().to_python(value)
        except forms.ValidationError:
            raise forms.ValidationError(
                BAD_DATE, code="invalid", params={"value": value}
            ) from None
        if day is not None and not FIRST_YEAR <= day.year <= LAST_YEAR:
            raise forms.ValidationError(OUT_OF_RANGE, code="range")
        return day


def day_text(day):
    """A date as the form shows it: dd/mm/yyyy."""
    return day.strftime("%d/%m/%Y") if day else ""
