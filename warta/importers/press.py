"""The Indonesian press conventions an article page is written in.

Datelines ("JAKARTA -", "JAKARTA, KOMPAS -", "Jakarta (ANTARA) -",
"REPUBLIKA.CO.ID, JAKARTA --"), sign-offs ("n Ant/N-3" where the square end mark
shows as "n", "(rfs/jbr)", "[ald]"), credits ("Redaktur :", "Penulis :",
"Pewarta:", "Editor:", "Rep: … / Red: …"), captions ("TITLE I caption"), photo
credits ("Foto : …") and dates with Indonesian day and month names.
"""

import datetime
import re
from zoneinfo import ZoneInfo

WIB = ZoneInfo("Asia/Jakarta")
ZONES = {"WIB": 7, "WITA": 8, "WIT": 9}
MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "pebruari": 2, "maret": 3,
    "mar": 3, "april": 4, "apr": 4, "mei": 5, "may": 5, "juni": 6, "jun": 6,
    "juli": 7, "jul": 7, "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11, "nop": 11, "desember": 12, "des": 12, "dec": 12,
}  # fmt: skip
DAYS = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4,
    "sabtu": 5, "minggu": 6, "ahad": 6,
}  # fmt: skip
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = "|".join(DAYS).replace("'", "['’]?")
_TIME = (
    r"(?:[,|/\s-]+(?:pukul\s+)?(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?::\d{2})?"
    r"\s*(?P<zone>WIB|WITA|WIT)?)?"
)
DATE_WORDS = re.compile(
    rf"(?:(?:{_DAY})\s*,?\s*)?(?P<d>\d{{1,2}})\s+(?P<mo>{_MONTH})\.?\s+(?P<y>\d{{4}}){_TIME}",
    re.I,
)
DATE_DIGITS = re.compile(
    rf"(?P<d>\d{{1,2}})/(?P<mo>\d{{1,2}})/(?P<y>\d{{4}}){_TIME}", re.I
)
DAY_IN_TEXT = re.compile(
    rf"\b(?P<day>{_DAY})\s*\((?P<d>\d{{1,2}})/(?P<mo>\d{{1,2}})\)", re.I
)

DATELINES = [
    # REPUBLIKA.CO.ID, JAKARTA -- …
    r"(?P<source>[A-Z]+\.(?:CO\.ID|COM|ID)),\s*(?P<city>[A-Z][A-Z .'-]{1,40}?)",
    # JAKARTA, KOMPAS - … / JAKARTA, KOMPAS.com - …
    r"(?P<city>[A-Z][A-Z .'-]{1,40}?),\s*"
    r"(?P<source>[A-Z][A-Za-z]+(?:\.(?:com|id|co\.id))?)",
    # Jakarta (ANTARA) - …
    r"(?P<city>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3})\s*"
    r"\((?P<source>[A-Za-z][\w .]{1,20})\)",
    # JAKARTA - …
    r"(?P<city>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})",
]
DATELINES = [
    re.compile(rf"^{p}\s*[-–—]{{1,2}}\s*(?P<rest>\S.{{30,}})$", re.S) for p in DATELINES
]

_CODE = r"[A-Za-z]{1,8}(?:/[A-Za-z0-9-]{1,10}){0,3}"
SIGNOFFS = [
    re.compile(rf"(?:^|(?<=[.!?\"”’)])\s*)[n■▪◼]\s+(?P<code>{_CODE})\s*$"),
    re.compile(r"(?:^|\s*)\((?P<code>[A-Za-z]{2,6}(?:/[A-Za-z]{2,6}){0,3})\)\s*$"),
    re.compile(r"(?:^|\s*)\[(?P<code>[A-Za-z]{2,6}(?:/[A-Za-z]{2,6}){0,3})\]\s*$"),
]
EDITOR_LABELS = {"redaktur", "editor", "penyunting", "red"}
WRITER_LABELS = {
    "penulis",
    "pewarta",
    "reporter",
    "wartawan",
    "kontributor",
    "laporan",
    "oleh",
    "rep",
}
_LABEL = (
    r"Redaktur|Editor|Penyunting|Penulis|Pewarta|Reporter|Wartawan|Kontributor|"
    r"Laporan|Oleh|Rep|Red"
)
# "Rep: A / Red: B", "Pewarta: A | Editor: B": every "Label:" on a credit line.
CREDIT_LABEL = re.compile(rf"(?:^|(?<=[\s|•·/,;]))(?P<label>{_LABEL})\s*:\s*", re.I)
CREDIT_START = re.compile(rf"^(?:{_LABEL})\s*:", re.I)
# "Oleh Siti Rahmawati" (no colon): capitalised words only, so "Oleh karena
# itu, …" stays a sentence.
_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|bin|binti|van|de|al))*"
OLEH = re.compile(rf"^Oleh\s+(?P<names>{_NAME}(?:\s*(?:,|&|\bdan\b)\s*{_NAME})*)\s*$")
SEPARATORS = " |•·/-–—,;"
PHOTO_CREDIT = re.compile(r"^(?:Foto|FOTO|Photo)\s*:\s*(?P<credit>\S.{0,200})$")
CAPTION = re.compile(
    r"^(?P<title>[A-Z0-9][A-Z0-9 ,.'’\"&/()-]{2,80}?)\s+I\s+(?P<text>\S.*)$"
)
NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\bdan\b)\s*")


def to_datetime(y, mo, d, h=None, mi=None, zone=None):
    try:
        moment = datetime.datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0))
    except ValueError:
        return None
    offset = datetime.timezone(
        datetime.timedelta(hours=ZONES.get((zone or "WIB").upper(), 7))
    )
    return moment.replace(tzinfo=offset).astimezone(WIB)


def find_date(line):
    """A publication date on a line that is mostly a date ("Selasa, 6 Juli 2021
    | 14:05 WIB", "Kompas.com - 06/07/2021, 14:05 WIB"), not a sentence that
    mentions one."""
    if len(line) > 90:
        return None
    for pattern in (DATE_WORDS, DATE_DIGITS):
        match = pattern.search(line)
        if not match:
            continue
        rest = (line[: match.start()] + " " + line[match.end() :]).strip()
        if len(re.findall(r"\w+", rest)) > 3 or re.search(r"[.!?]$", rest):
            return None
        month = match["mo"]
        if not month.isdigit():
            month = MONTHS.get(month.lower().rstrip("."), 0)
        found = to_datetime(
            match["y"], month, match["d"], match["h"], match["mi"], match["zone"]
        )
        if found:
            return found
    return None


def date_from_text(text, now=None):
    """ "Selasa (6/7)": the latest year up to now whose 6 July is a Tuesday."""
    match = DAY_IN_TEXT.search(text or "")
    if not match:
        return None
    weekday = DAYS[match["day"].lower().replace("’", "'")]
    if match["day"].lower().startswith("jum"):
        weekday = 4
    now = now or datetime.datetime.now(WIB)
    for year in range(now.year, now.year - 30, -1):
        try:
            day = datetime.date(year, int(match["mo"]), int(match["d"]))
        except ValueError:
            return None
        if day.weekday() == weekday and day <= now.date():
            return datetime.datetime(year, day.month, day.day, tzinfo=WIB)
    return None


def split_dateline(paragraph):
    """``(city, source, rest)`` for a first paragraph opening with a dateline."""
    for pattern in DATELINES:
        if match := pattern.match(paragraph):
            return (
                match["city"].strip().upper(),
                (match.groupdict().get("source") or ""),
                match["rest"],
            )
    return None


def split_signoff(paragraph):
    """``(text, code)``: the paragraph without its sign-off, and the code."""
    for pattern in SIGNOFFS:
        if match := pattern.search(paragraph):
            return paragraph[: match.start()].rstrip(), match["code"]
    return paragraph, ""


def credit(line):
    """``[(role, value)]`` for a credit line, else None: role ``"editor"`` or
    ``"writers"`` with a list of names, or ``"published"`` with the date a
    byline carries ("LAPORAN: BUDI SANTOSO Senin, 2 Desember 2026 | 10:15 WIB").
    Several credits may share a line ("Pewarta: A | Editor: B")."""
    line, published = _split_date(line)
    if CREDIT_START.match(line):
        found = _labelled(line)
    elif match := OLEH.match(line):
        found = [("writers", names(match["names"]))]
    else:
        return None
    if not found or not all(values for _, values in found):
        return None
    return found + ([("published", published)] if published else [])


def _labelled(line):
    marks = list(CREDIT_LABEL.finditer(line))
    found = []
    for mark, following in zip(marks, marks[1:] + [None], strict=True):
        end = following.start() if following else len(line)
        text = line[mark.end() : end].strip(SEPARATORS)
        if len(text) > 150:
            return None
        label = mark["label"].lower()
        role = "editor" if label in EDITOR_LABELS else "writers"
        found.append((role, names(text)))
    return found


def _split_date(line):
    """A byline with its date fused on: ``(byline, date)``, else ``(line, None)``."""
    if len(line) > 200 or not (CREDIT_START.match(line) or line.startswith("Oleh ")):
        return line, None
    match = DATE_WORDS.search(line) or DATE_DIGITS.search(line)
    if not match or line[match.end() :].strip(SEPARATORS) != "":
        return line, None
    month = match["mo"]
    if not month.isdigit():
        month = MONTHS.get(month.lower().rstrip("."), 0)
    moment = to_datetime(
        match["y"], month, match["d"], match["h"], match["mi"], match["zone"]
    )
    return line[: match.start()].strip(SEPARATORS), moment


def names(text):
    """The names of a credit, in the case a page would print them: a name set
    in capitals ("BUDI SANTOSO") is written "Budi Santoso"."""
    text = re.sub(r"\s*(Copyright|©).*$", "", text)
    found = [n.strip(" .|") for n in NAME_SPLIT.split(text) if n.strip(" .|")]
    return [_title_case(n) if n.isupper() and len(n) > 3 else n for n in found]


def _title_case(name):
    return " ".join(word.capitalize() for word in name.split())
