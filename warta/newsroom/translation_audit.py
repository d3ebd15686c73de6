"""Is what the newsroom sees in the admin Indonesian? Decided from the screen.

Two checks share this module:

- ``english_words(text)``: the words of one on-screen string (a text node, an
  ``aria-label``, a ``title``, a placeholder) that are English. It does not
  look at any catalogue: a word is English when an English lexicon has it
  (the GNU dictionary, plus every word of Wagtail's and Django's own English
  messages, so "autosave" or "minimap" count) and Indonesian does not (the
  Sastrawi root words and stop words, with Sastrawi's stemmer, plus the loan
  words an Indonesian admin uses as they are). The browser audit
  (``tests/browser/test_admin_language.py``) feeds it every string it collects
  on every admin screen of every role.
- ``untranslated_messages()``: the catalogue side, for ``warta
  untranslated_admin``: every message of the admin's catalogues (Python,
  templates and JavaScript, plurals and placeholders included) that has no
  Indonesian translation once ours is merged over Wagtail's and Django's.
"""

import functools
import re
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path

# Not language: code, commands and keys, and what is never shown.
HIDDEN_TAGS = ("script", "style", "template", "code", "kbd", "samp", "pre")
SCREEN_ATTRS = (
    "title",
    "aria-label",
    "placeholder",
    "aria-description",
    "data-w-tooltip-content-value",
)
# Names, brands and technical tokens that read the same in Indonesian.
ALLOWED = frozenset(
    str.split(
        """
    wagtail draftail django warta admin url urls slug seo json id api rss atom ics
    html css png jpeg jpg gif webp svg pdf csv xml utc wib wita wit gmt
    whatsapp facebook telegram twitter google youtube vimeo instagram tiktok
    ctrl alt shift esc enter cmd option tab
    """
    )
)
# Words Indonesian uses as they are (KBBI loan words, the admin's own terms,
# Django's Indonesian day and month abbreviations) that an English lexicon
# also holds.
INDONESIAN_TOO = frozenset(
    str.split(
        """
    tag tags avatar email editor status data video audio media foto format filter
    item info total final normal program menu online dek kicker slot admin
    daring desk desktop spam port timer server ant web dandelion rob
    min sen sel rab kam jum sab jan feb mar apr mei jun jul agu sep okt nov des
    """
    )
)
# UI words the Indonesian dictionary also happens to hold, but that an
# Indonesian admin never shows (it says ubah, pratinjau, buka, urutan...).
ALWAYS_ENGLISH = frozenset(["edit", "preview", "none", "order", "open", "cut", "log"])
ENGLISH_PHRASES = ("main menu",)
WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|“[^”]*”|‘[^’]*’")
LONG_TEXT = 12  # words; past this a string is copy, English only if mostly
IDENTIFIER = re.compile(r"[\w-]+(?:[._][\w-]+)+")  # articles.articlepage, a-b.timer
# An address shown as it is (a takedown's path, a link): words a slug holds
# are the story's, and a hex suffix is no English word ("…-483fa/").
ADDRESS = re.compile(r"(?:https?://|/)[\w./%?=&#:~+-]*")


@functools.cache
def english_lexicon():
    from english_words import get_english_words_set

    words = get_english_words_set(["gcide"], lower=True)
    for text in _wagtail_and_django_english():
        words.update(w.lower() for w in WORD.findall(_strip_placeholders(text)))
    return frozenset(words)


@functools.cache
def indonesian():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
    from Sastrawi.StopWordRemover.StopWordRemoverFactory import (
        StopWordRemoverFactory,
    )

    factory = StemmerFactory()
    words = set(factory.get_words()) | set(StopWordRemoverFactory().get_stop_words())
    stem = _fast_stemmer(words)
    return frozenset(words | INDONESIAN_TOO), stem


def _fast_stemmer(words):
    from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
    from Sastrawi.Stemmer.Stemmer import Stemmer

    dictionary = ArrayDictionary()
    dictionary.words = set(words)
    return functools.lru_cache(maxsize=50_000)(Stemmer(dictionary).stem)


def _is_english_word(word):
    lower = word.lower()
    if lower in ALLOWED:
        return False
    if lower in ALWAYS_ENGLISH:
        return True
    known, stem = indonesian()
    if lower in known or stem(lower) in known:
        return False
    lexicon = english_lexicon()
    return any(form in lexicon for form in _english_forms(lower))


def _english_forms(word):
    """The word and what it may be inflected from (pages, saved, editing...)."""
    forms = [word, word.removesuffix("'s"), word.removesuffix("n't")]
    for suffix, endings in (
        ("ies", ("y",)),
        ("es", ("", "e")),
        ("s", ("",)),
        ("ed", ("", "e")),
        ("ing", ("", "e")),
        ("ly", ("",)),
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            forms += [base + end for end in endings]
            if len(base) > 3 and base[-1] == base[-2]:
                forms.append(base[:-1])  # dropped, mapped
    return forms


def english_words(text):
    """The English words of one on-screen string ([] when it reads Indonesian).

    Quoted parts are names put into a message (a story's title) and are left
    out; so are acronyms in capitals (DPR, MRT) and a word cut by an ellipsis.
    A short string (a label, a button) is English with one English word; a
    long one (copy) only when a fifth of its words are.
    """
    text = " ".join(text.split())
    if IDENTIFIER.fullmatch(text) or ADDRESS.fullmatch(text):
        return []
    if any(phrase in text.lower() for phrase in ENGLISH_PHRASES):
        return [text]
    bare = QUOTED.sub(" ", text)
    if bare.endswith("…"):
        bare = bare[:-1].rsplit(" ", 1)[0] if " " in bare else ""
    words = [
        w
        for w in WORD.findall(bare)
        if len(w) > 1 and not (w.isupper() and len(w) <= 6)
    ]
    found = [w for w in words if _is_english_word(w)]
    if len(words) > LONG_TEXT and len(found) * 5 < len(words):
        return []
    if _indonesian_headline(words, found):
        return []
    return found


def _indonesian_headline(words, found):
    """A title-case Indonesian headline naming a place or a person (Rote, Bangladesh).

    Every English word is capitalised, as are most words, and they are few.
    """
    capitalised = [w for w in words if w[:1].isupper()]
    return (
        len(words) >= 5
        and len(capitalised) * 5 >= len(words) * 3
        and len(found) * 5 < len(words)
        and all(w[:1].isupper() for w in found)
    )


class TextNodes(HTMLParser):
    """What a page shows and says: text nodes and the labelling attributes."""

    def __init__(self):
        super().__init__()
        self.nodes, self._hidden = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN_TAGS:
            self._hidden += 1
        for name, value in attrs:
            if name in SCREEN_ATTRS and value and value.strip():
                self.nodes.append(" ".join(value.split()))
        attrs = dict(attrs)
        if tag == "input" and attrs.get("type") in ("submit", "button"):
            self.nodes.append(" ".join((attrs.get("value") or "").split()))

    def handle_endtag(self, tag):
        if tag in HIDDEN_TAGS and self._hidden:
            self._hidden -= 1

    def handle_data(self, data):
        if not self._hidden and data.strip():
            self.nodes.append(" ".join(data.split()))


def english_strings(html):
    """{string: its English words} for every English string of an HTML page."""
    parser = TextNodes()
    parser.feed(html)
    found = {}
    for node in filter(None, parser.nodes):
        if words := english_words(node):
            found[node] = words
    return found


class ScreenAudit:
    """The strings screens showed, with where, and which of them are English.

    ``seen`` is {string: {"role: screen", ...}}. ``names`` are the newsroom's
    own names (section and story titles, desk and agency codes): content the
    newsroom wrote, not the admin's language, so a screen may show "Splash"
    or "The Alun-Alun" as they are. Only the whole string counts as a name
    (with a trailing colon, as in "Splash: <feed>"); a label that merely
    contains one is judged like any other.
    """

    def __init__(self, names=()):
        self.seen = defaultdict(set)
        self.screens = 0
        self.names = frozenset(" ".join(n.split()) for n in names)

    def add(self, texts, where):
        self.screens += 1
        for text in texts:
            self.seen[text].add(where)

    def is_name(self, text):
        return text.rstrip(": ") in self.names

    def english(self):
        """{string: (its English words, sorted places)}."""
        return {
            text: (words, sorted(where))
            for text, where in self.seen.items()
            if not self.is_name(text) and (words := english_words(text))
        }

    def report(self):
        """One line per English string: the string, its words, where."""
        lines = []
        for text, (words, where) in sorted(self.english().items()):
            more = f" (+{len(where) - 3} more)" if len(where) > 3 else ""
            lines.append(
                f"{text!r} [{', '.join(words)}] on {'; '.join(where[:3])}{more}"
            )
        return "\n".join(lines)


# -- The catalogue side ---------------------------------------------------


def _strip_placeholders(text):
    return re.sub(r"%\(\w+\)[sd]|%[sd]|\{\w*\}", " ", text)


def admin_catalogues(lang="en"):
    """The .po files of the admin's messages: Wagtail's and Django's."""
    import django
    import wagtail

    roots = [Path(wagtail.__file__).parent, Path(django.__file__).parent / "contrib"]
    files = []
    for root in roots:
        files += sorted(root.glob(f"**/locale/{lang}/LC_MESSAGES/django*.po"))
    files.append(Path(django.__file__).parent / "conf/locale/en/LC_MESSAGES/django.po")
    return files


def _wagtail_and_django_english():
    import polib

    for path in admin_catalogues():
        for entry in polib.pofile(str(path)):
            yield entry.msgid
            if entry.msgid_plural:
                yield entry.msgid_plural


def _served_js_locale_dirs():
    """The locale folders whose djangojs messages ``/admin/jsi18n/`` serves."""
    from wagtail.admin.views.i18n import js_catalog

    view = js_catalog.view_class(**js_catalog.view_initkwargs)
    return [Path(p).resolve() for p in view.get_paths(view.packages)]


def catalogue_entries():
    """[(domain, entry)] of every admin message, plural and placeholder ones too.

    JavaScript messages count only from the packages the admin's
    ``/admin/jsi18n/`` serves (Wagtail's): Django admin's own calendar and
    filter widgets are never loaded by Wagtail's screens.
    """
    import polib

    served = _served_js_locale_dirs()
    for path in admin_catalogues():
        if path.stem == "djangojs" and not any(
            path.resolve().is_relative_to(d) for d in served
        ):
            continue
        for entry in polib.pofile(str(path)):
            if not entry.obsolete:
                yield path.stem, entry


@functools.cache
def indonesian_catalogues():
    """The merged id catalogues the admin uses: {domain: catalogue}."""
    from django.utils.translation.trans_real import DjangoTranslation, translation
    from wagtail.admin.views.i18n import js_catalog

    view = js_catalog.view_class(**js_catalog.view_initkwargs)
    paths = view.get_paths(view.packages)
    js = DjangoTranslation("id", domain="djangojs", localedirs=paths)
    return {"django": translation("id")._catalog, "djangojs": js._catalog}


def translation_of(domain, msgid, plural=None, context=None):
    """The Indonesian text of a message, or None."""
    catalogue = indonesian_catalogues()[domain]
    key = f"{context}\x04{msgid}" if context else msgid
    found = catalogue.get((key, 0)) if plural else catalogue.get(key)
    return found or None


def _pattern(text):
    """A regex matching the message as shown, placeholders filled in."""
    text = " ".join(re.sub(r"<[^>]+>", " ", text).split())
    if len(re.sub(r"%\(\w+\)[sd]|%[sd]|\{\w*\}|\W", "", text)) < 3:
        return None  # all placeholder: it matches anything
    parts = re.split(r"(%\(\w+\)[sd]|%[sd]|\{\w*\})", text)
    return re.compile(
        "".join(".+?" if i % 2 else re.escape(part) for i, part in enumerate(parts))
    )


def audit(pages, msgids=None):
    """pages: {url: html}. Returns (untranslated, translated) msgid sets.

    A message counts when a screen shows it, in English or in Indonesian:
    plural messages by either form, messages with placeholders by their
    text around the filled-in values. Every screen loads the JavaScript
    catalogue (``/admin/jsi18n/``), so all of its messages count.
    ``msgids`` (a set of strings) narrows the check to those messages.
    """
    nodes = set()
    for html in pages.values():
        parser = TextNodes()
        parser.feed(html)
        nodes.update(filter(None, parser.nodes))
    untranslated, translated = set(), set()
    for domain, msgid, plural, context in _messages(msgids):
        done = translation_of(domain, msgid, plural, context)
        if domain == "djangojs" and msgids is None:
            (translated if done else untranslated).add(msgid)
            continue
        english = [f for f in (msgid, plural) if f]
        if _shown(english, nodes) and not done:
            untranslated.add(msgid)
        elif done and _shown([done], nodes):
            translated.add(msgid)
    return untranslated, translated - untranslated


def _messages(msgids):
    if msgids is not None:
        return [("django", m, None, None) for m in msgids]
    return [
        (domain, e.msgid, e.msgid_plural or None, e.msgctxt)
        for domain, e in catalogue_entries()
        if re.search(r"[A-Za-z]{2}", e.msgid)
    ]


def _shown(forms, nodes):
    for form in forms:
        flat = " ".join(re.sub(r"<[^>]+>", " ", form).split())
        if flat in nodes:
            return True
        if "%" in form or "{" in form:
            pattern = _pattern(form)
            if pattern and any(pattern.fullmatch(node) for node in nodes):
                return True
    return False


# -- Our catalogue ---------------------------------------------------------

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale" / "id" / "LC_MESSAGES"


def compile_catalogues(directory=LOCALE_DIR):
    """Write each .po's .mo beside it (polib: no gettext tools needed).

    The .mo files are committed, so a fresh clone serves them as they are;
    ``test_translation_audit`` fails when one is older than its .po.
    """
    import polib

    written = []
    for po_path in sorted(directory.glob("*.po")):
        polib.pofile(str(po_path)).save_as_mofile(str(po_path.with_suffix(".mo")))
        written.append(po_path.with_suffix(".mo"))
    return written
