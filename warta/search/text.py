"""Words, stems and snippets: the Indonesian-aware text side of search.

Both the indexed text and the query go through :func:`stems`, so "vaksinasi",
"vaksin" and "divaksin" meet at one stem. The index stores stems only; search
syntax never sees a reader's raw text.
"""

import functools
import re
import unicodedata

from django.conf import settings
from django.utils.html import escape, strip_tags

WORD = re.compile(r"[^\W_]+", re.UNICODE)
MAX_QUERY = 500
STEMMERS = ("none", "snowball", "sastrawi", "snowball+alt", "sastrawi+alt")
VOWELS = "aiueo"


def clean_query(raw):
    """The words of a query, without control characters or search syntax."""
    text = "".join(
        ch for ch in raw[: MAX_QUERY * 2] if unicodedata.category(ch)[0] != "C"
    )
    return " ".join(WORD.findall(text))[:MAX_QUERY].strip()


def words(text):
    return WORD.findall(text.lower())


@functools.cache
def stemmer(name=None):
    """A word -> stems function for ``name`` (default: ``WARTA_SEARCH_STEMMER``).

    The function returns a tuple: the stem, then any alternatives (``+alt``).
    """
    name = name or settings.WARTA_SEARCH_STEMMER
    base, _, extra = name.partition("+")
    stem = base_stemmer(base)
    if not extra:
        return functools.lru_cache(maxsize=200_000)(lambda word: (stem(word) or word,))
    return functools.lru_cache(maxsize=200_000)(lambda word: alternatives(word, stem))


def base_stemmer(base):
    if base == "snowball":
        import Stemmer

        return Stemmer.Stemmer("indonesian").stemWord
    if base == "sastrawi":
        from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
        from Sastrawi.Stemmer.Stemmer import Stemmer
        from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

        # Sastrawi keeps its 30,000 root words in a list (33 ms a lookup-heavy
        # word here); the same words in a set make it about 1,000 times faster.
        dictionary = ArrayDictionary()
        dictionary.words = set(StemmerFactory().get_words())
        return Stemmer(dictionary).stem
    if base == "none":
        return str
    raise ValueError(f"Unknown stemmer {base!r}; choose one of {STEMMERS}.")


def alternatives(word, stem):
    """The stem plus what dictionary stemmers miss in news copy.

    ``meng-``/``peng-`` before a vowel may have swallowed a ``k`` (mengunjungi
    from kunjung, not unjung), and loan words take ``-isasi``/``-asi``
    (vaksinasi from vaksin). Both readings are kept; a query matches either.
    """
    found = [stem(word) or word]
    if word[:4] in ("meng", "peng") and word[4:5] in VOWELS:
        found.append(stem("k" + word[4:]))
    for suffix in ("isasi", "asi"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            found.append(stem(word[: -len(suffix)]))
            break
    return tuple(dict.fromkeys(found))


def stem_groups(text, name=None):
    """One tuple of alternative stems per word of ``text``, in order."""
    stem = stemmer(name)
    return [stem(word) for word in words(text)]


def stems(text, name=None):
    """Every stem of ``text``'s words, alternatives included, in order."""
    return [s for group in stem_groups(text, name) for s in group]


def stem_text(text, name=None):
    return " ".join(stems(text, name))


def stream_text(raw_data):
    """Plain text of a StreamField's raw JSON: every string, tags stripped."""
    parts = []

    def walk(value):
        if isinstance(value, str):
            parts.append(strip_tags(value))
        elif isinstance(value, dict):
            for key, item in value.items():
                if key not in ("type", "id", "url", "embed", "image", "page"):
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(raw_data)
    return " ".join(part.strip() for part in parts if part.strip())


def snippet(text, query_stems, name=None, width=30):
    """A window of ``text`` around its densest run of matched words, marked up.

    Returns safe HTML: every piece of the original text is escaped and the words
    whose stem the query asked for are wrapped in ``<mark>``.
    """
    wanted = set(query_stems)
    stem = stemmer(name)
    tokens = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]
    hits = [
        i
        for i, (_, _, word) in enumerate(tokens)
        if wanted.intersection(stem(word.lower()))
    ]
    if not tokens:
        return ""
    first = 0
    if hits:
        best = max(hits, key=lambda i: sum(1 for h in hits if i <= h < i + width))
        first = max(0, best - width // 4)
    window = tokens[first : first + width]
    start, end = window[0][0], window[-1][1]
    marked, cursor = [], start
    hit_set = set(hits)
    for offset, (s, e, word) in enumerate(window):
        marked.append(escape(text[cursor:s]))
        chunk = escape(word)
        marked.append(f"<mark>{chunk}</mark>" if first + offset in hit_set else chunk)
        cursor = e
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return prefix + "".join(marked) + suffix
