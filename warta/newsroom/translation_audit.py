"""How much of the admin an Indonesian editor still sees in English.

Renders the newsroom's busiest admin screens as an Indonesian user and looks
at every visible text node (and title, aria-label, placeholder): a node equal
to one of Wagtail's English messages that has no Indonesian translation is
untranslated; one equal to a translation is translated. Plural and
context-qualified messages are left out of the count.
"""

import re
from html.parser import HTMLParser
from pathlib import Path

import wagtail
from django.utils import translation
from django.utils.translation import trans_real

SCREEN_ATTRS = ("title", "aria-label", "placeholder")
PO_ENTRY = re.compile(r'^msgid "(.*)"$')


def wagtail_msgids():
    """Every English message of Wagtail's Python/template catalogues."""
    msgids = set()
    root = Path(wagtail.__file__).parent
    for po in root.glob("**/locale/en/LC_MESSAGES/django.po"):
        msgids |= set(_read_msgids(po.read_text(encoding="utf-8")))
    return {m for m in msgids if re.search(r"[A-Za-z]{2}", m) and "%" not in m}


def _read_msgids(text):
    """Single, non-plural, context-free msgids of a .po file."""
    current, in_msgid, skip = [], False, False
    for line in text.splitlines():
        if line.startswith("msgctxt"):
            skip = True
        elif line.startswith("msgid_plural"):
            skip, in_msgid = True, False
        elif match := PO_ENTRY.match(line):
            current, in_msgid = [match.group(1)], True
        elif in_msgid and line.startswith('"'):
            current.append(line[1:-1])
        elif in_msgid:
            in_msgid = False
            if not skip and "".join(current):
                yield "".join(current).replace('\\"', '"').replace("\\n", "\n")
            skip = False
        if line.startswith("#") or not line.strip():
            skip = skip and bool(line.strip())


class TextNodes(HTMLParser):
    def __init__(self):
        super().__init__()
        self.nodes, self._hidden = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "template"):
            self._hidden += 1
        for name, value in attrs:
            if name in SCREEN_ATTRS and value:
                self.nodes.append(value.strip())

    def handle_endtag(self, tag):
        if tag in ("script", "style", "template") and self._hidden:
            self._hidden -= 1

    def handle_data(self, data):
        if not self._hidden and data.strip():
            self.nodes.append(" ".join(data.split()))


def audit(pages, msgids=None):
    """pages: {url: html}. Returns (untranslated, translated) msgid sets."""
    msgids = msgids if msgids is not None else wagtail_msgids()
    untranslated, translated = set(), set()
    known = trans_real.translation("id")._catalog
    with translation.override("id"):
        catalogue = {m: translation.gettext(m) for m in msgids}
    by_text = {}
    for msgid, text in catalogue.items():
        by_text.setdefault(text, set()).add(msgid)
    for html in pages.values():
        parser = TextNodes()
        parser.feed(html)
        for node in parser.nodes:
            for msgid in by_text.get(node, ()):
                if known.get(msgid) is None:
                    untranslated.add(msgid)
                else:
                    translated.add(msgid)
    return untranslated, translated - untranslated
