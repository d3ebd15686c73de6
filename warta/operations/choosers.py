"""Wagtail's chooser widgets, made safe for a hostile id on a form re-render.

When a form with a chooser (a page, an image, a document, a snippet) fails
validation, Wagtail renders the widget again with the posted value, and
``BaseChooser.get_instance`` looks it up with ``objects.get(pk=value)``:
"abc" raises ValueError, 99999999999999999999 OverflowError on SQLite, and the
editor gets a 500 instead of the form's own "Pilih pilihan yang valid". Patched
once, at start-up, for every chooser (wagtail/wagtail's own code does the same
lookup in each subclass through this method): a value that cannot be an id
is no instance, and the field's validation error is shown.
"""

from django.core.exceptions import ValidationError
from wagtail.admin.widgets.chooser import BaseChooser

NOT_AN_ID = (ValueError, TypeError, OverflowError, ValidationError)


def patch():
    original = BaseChooser.get_instance
    if getattr(original, "warta_safe", False):
        return

    def get_instance(self, value):
        try:
            return original(self, value)
        except NOT_AN_ID:
            return None

    get_instance.warta_safe = True
    BaseChooser.get_instance = get_instance
