"""The admin's rich text editor widget, tolerant of posts that are not its JSON.

Draftail posts its content as JSON; a hand-made POST with plain HTML made
Wagtail answer 500 (JSONDecodeError). Here that HTML is taken as the value and
sanitised, for RichTextFields and rich text blocks alike
(``WAGTAILADMIN_RICH_TEXT_EDITORS`` in settings).
"""

from wagtail.admin.rich_text import DraftailRichTextArea

from warta.core.richtext import sanitize_html


class SafeDraftailRichTextArea(DraftailRichTextArea):
    def value_from_datadict(self, data, files, name):
        try:
            value = super().value_from_datadict(data, files, name)
        except ValueError:  # not Draftail's JSON
            value = data.get(name, "")
        return None if value is None else sanitize_html(value)
