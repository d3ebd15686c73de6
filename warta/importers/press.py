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
    "oleh",
    "rep",
}
CREDIT = re.compile(
    r"^Rep\s*:\s*(?P<rep>[^/]+?)\s*/\s*Red\s*:\s*(?P<red>.+)$|"
    r"^(?P<label>Redaktur|Editor|Penyunting|Penulis|Pewarta|Reporter|Wartawan|"
    r"Kontributor|Oleh|Rep|Red)\s*:\s*(?P<names>\S.{0,150})$",
    re.I,
)
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
    """``("editor"|"writers", [names])`` for a credit line, else None."""
    match = CREDIT.match(line)
    if not match:
        return None
    if match["rep"]:
        return [("writers", names(match["rep"])), ("editor", names(match["red"]))]
    role = "editor" if match["label"].lower() in EDITOR_LABELS else "writers"
    return [(role, names(match["names"]))]


def names(text):
    text = re.sub(r"\s*(Copyright|©).*$", "", text)
    return [n.strip(" .") for n in NAME_SPLIT.split(text) if n.strip(" .")]
