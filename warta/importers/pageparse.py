"""An article page saved from another news site, recognised part by part.

Two inputs: the plain text a browser shows (one paragraph a line, the page's
menus and buttons included) and the page's HTML, whose story body trafilatura
extracts. Both end in the same line-by-line reading of the Indonesian press
conventions in ``press``. Page chrome is dropped: the section menu, the
font-size control, share links, "Top", comment boxes, most-read lists, ads.
"""

import datetime
import re
from dataclasses import dataclass, field

from warta.importers import press

SECTION_NAMES = {
    "nasional", "internasional", "mondial", "ekonomi", "bisnis", "megapolitan",
    "metro", "olahraga", "bola", "rona", "gaya hidup", "hiburan", "teknologi",
    "tekno", "wisata", "opini", "perspektif", "wawancara", "foto", "video",
    "infografis", "edisi weekend", "beranda", "home", "daerah", "nusantara",
    "politik", "hukum", "kesehatan", "pendidikan", "otomotif", "sains",
    "the alun-alun", "kupas", "splash", "news", "regional", "global", "money",
    "sport", "lifestyle", "humaniora",
}  # fmt: skip
CHROME = re.compile(
    r"^(?:(?:A[-+]?\s*){1,3}(?:Pengaturan|Ukuran)\s+(?:Font|Huruf)|"
    r"(?:Pengaturan|Ukuran)\s+(?:Font|Huruf)|Top|Kembali ke atas|Ke atas|"
    r"Komentar(?:\s*\(\d*\))?|\(\d*\)|(?:Tulis|Kirim|Lihat|Tampilkan)\b.{0,30}komentar.*|"
    r"(?:Bagikan|Share|Sebarkan)\b.{0,60}|Salin tautan|Copy link|"
    r"(?:(?:WhatsApp|Facebook|Twitter|X|Telegram|Line|Email|LinkedIn)\s*){1,7}|"
    r"ADVERTISEMENT|Advertisement|Iklan|SCROLL TO CONTINUE WITH CONTENT|"
    r"Gulir (?:ke bawah )?untuk (?:melanjutkan|membaca).*|Logo\b.{0,60}|"
    r"(?:Copyright|Hak cipta)\b.*|©.*|Dilarang mengambil.*)$",
    re.I,
)
ASIDE = re.compile(
    r"^(?:Berita\s+)?(?:Terpopuler|Terkini|Terkait|Populer|Paling Banyak Dibaca|"
    r"Most Read|Rekomendasi|Pilihan Redaksi|Berita Lainnya|Artikel Terkait)$",
    re.I,
)
ALSO_READ = re.compile(r"^\s*(?:baca|lihat|simak)\s+(?:juga|pula)\b", re.I)
# "Baca juga:" alone on its line: the related headlines follow, one a line.
ALSO_READ_ALONE = re.compile(r"^\s*(?:baca|lihat|simak)\s+(?:juga|pula)\s*:?\s*$", re.I)
# Promotions of the paper's channels, wherever they sit (mostly after the end).
PROMO = re.compile(
    r"^(?:Ikuti|Gabung|Bergabung|Simak|Dapatkan|Follow|Yuk|Jangan lewatkan|"
    r"Download|Unduh|Klik)\b.{0,200}?\b(?:Google News|WhatsApp|Telegram|"
    r"aplikasi|channel|saluran|klik di sini)\b.{0,200}$",
    re.I,
)
# A paywall's gate: the story stops here for readers without a subscription.
PAYWALL = re.compile(
    r"^(?:(?:Artikel|Konten|Berita) ini (?:khusus|hanya) (?:untuk )?"
    r"(?:pelanggan|pembaca premium|member)|"
    r"Berlangganan\b.{0,40}\buntuk (?:membaca|melanjutkan|mengakses)|"
    r"Baca selengkapnya\s*(?:…|\.\.\.|di\b.*)?|"
    r"Sudah berlangganan\?.*|Masuk untuk (?:membaca|melanjutkan).*|"
    r"Lanjutkan membaca\b.*|Buka (?:akses|artikel)\b.{0,60})\W*$",
    re.I,
)
PAYWALL_NOTE = (
    "halaman ini bergerbang langganan: isi berita hanya sampai gerbang itu, "
    "periksa apakah terpotong"
)
TERMINAL = re.compile(r"[.!?:;\"”’)\]]$")


@dataclass
class ArticleParts:
    kicker: str = ""
    title: str = ""
    dek: str = ""
    photo_credit: str = ""
    caption_title: str = ""
    caption: str = ""
    dateline: str = ""
    body: list = field(default_factory=list)  # {"type": …, "text": …}
    signoff: str = ""
    editor: str = ""
    writers: list = field(default_factory=list)
    published: datetime.datetime | None = None
    source: str = ""  # the agency or paper named in the dateline
    notes: list = field(default_factory=list)  # for the editor, not in as_json

    def as_json(self):
        return {
            "kicker": self.kicker,
            "title": self.title,
            "dek": self.dek,
            "photo_credit": self.photo_credit,
            "caption_title": self.caption_title,
            "caption": self.caption,
            "dateline": self.dateline,
            "body": self.body,
            "signoff": self.signoff,
            "editor": self.editor,
            "writers": self.writers,
            "published": self.published.isoformat() if self.published else None,
        }


def clean_lines(text):
    lines = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = " ".join(line.replace("\u00a0", " ").replace("\u200b", "").split())
        lines.append(line)
    return lines


def same_text(one, other):
    def key(text):
        return " ".join(re.findall(r"\w+", text.lower()))

    return key(one) == key(other)


def is_navigation(line):
    words = line.lower()
    hits = sum(
        1
        for name in SECTION_NAMES
        if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", words)
    )
    return hits >= 4 and not TERMINAL.search(line)


class Reader:
    """Reads lines into ``ArticleParts``; ``headings`` are known sub-headings
    (from HTML), else short unpunctuated lines inside the body are."""

    def __init__(self, now=None, headings=()):
        self.parts = ArticleParts()
        self.now = now
        self.headings = set(headings)

    def read(self, lines, header=True):
        lines = [line for line in lines if line]
        lines = self.take_side_facts(lines)
        start = self.dateline_index(lines)
        if header:
            head, body = (
                (lines[:start], lines[start:])
                if start is not None
                else self.guess(lines)
            )
            self.header(head)
        else:
            body = lines[start:] if start is not None else lines
        self.body(body, has_dateline=start is not None)
        if self.parts.published is None:
            text = " ".join(
                [self.parts.caption] + [b["text"] for b in self.parts.body[:3]]
            )
            self.parts.published = press.date_from_text(text, self.now)
        return self.parts

    def take_side_facts(self, lines):
        """Credits, dates, chrome, promotions and asides, wherever they are on
        the page; after a paywall's gate only credits are read."""
        kept, in_aside, in_related, gated = [], False, False, False
        for line in lines:
            if credits := press.credit(line):
                self.credit(credits)
                continue
            if PAYWALL.match(line):
                gated = True
                if PAYWALL_NOTE not in self.parts.notes:
                    self.parts.notes.append(PAYWALL_NOTE)
            if gated:
                continue
            if ASIDE.match(line):
                in_aside = True
                continue
            if in_aside and not press.split_dateline(line):
                continue
            in_aside = False
            if ALSO_READ_ALONE.match(line):
                in_related = True
                continue
            if in_related and len(line) <= 150 and not TERMINAL.search(line):
                continue  # a related headline under "Baca juga:"
            in_related = False
            if (
                CHROME.match(line)
                or is_navigation(line)
                or ALSO_READ.match(line)
                or PROMO.match(line)
            ):
                continue
            if self.parts.published is None and (date := press.find_date(line)):
                self.parts.published = date
                continue
            kept.append(line)
        return kept

    def credit(self, credits):
        for role, value in credits:
            if role == "editor" and value and not self.parts.editor:
                self.parts.editor = value[0]
            elif role == "writers":
                self.parts.writers += [n for n in value if n not in self.parts.writers]
            elif role == "published" and self.parts.published is None:
                self.parts.published = value

    def dateline_index(self, lines):
        for index, line in enumerate(lines):
            if press.split_dateline(line):
                return index
        return None

    def guess(self, lines):
        """No dateline: the header ends before the first long paragraph."""
        for index, line in enumerate(lines):
            if len(line) >= 120 and TERMINAL.search(line) and index:
                return lines[:index], lines[index:]
        return lines[:1], lines[1:]

    def header(self, lines):
        texts = []
        for line in lines:
            if (
                match := press.PHOTO_CREDIT.match(line)
            ) and not self.parts.photo_credit:
                self.parts.photo_credit = match["credit"].strip()
            elif (match := press.CAPTION.match(line)) and not self.parts.caption:
                self.parts.caption_title = match["title"].strip()
                self.parts.caption = match["text"].strip()
            else:
                texts.append(line)
        self.titles(texts)

    def titles(self, texts):
        """Kicker, headline and dek from the header's lines, less what is not
        the story's: a section name alone, a headline repeated."""
        texts = [t for t in texts if t.lower() not in SECTION_NAMES]
        texts = [t for i, t in enumerate(texts) if not i or t != texts[i - 1]]
        if len(texts) >= 3:
            self.parts.kicker, self.parts.title = texts[0], texts[1]
            self.parts.dek = " ".join(texts[2:])
        elif len(texts) == 2:
            first, second = texts
            if len(first) > 60 and TERMINAL.search(second):
                self.parts.title, self.parts.dek = first, second
            else:
                self.parts.kicker, self.parts.title = first, second
        elif texts:
            self.parts.title = texts[0]

    def body(self, lines, has_dateline):
        lines = list(lines)
        if has_dateline and lines:
            city, source, rest = press.split_dateline(lines[0])
            self.parts.dateline, self.parts.source = city, source.strip()
            lines[0] = rest
        if lines and self.parts.title and same_text(lines[0], self.parts.title):
            lines = lines[1:]  # the headline repeated as the first paragraph
        blocks = self.parts.body
        for index, line in enumerate(lines):
            last = index == len(lines) - 1
            if self.is_heading(line, last):
                blocks.append({"type": "heading", "text": line})
                continue
            text, code = (
                press.split_signoff(line)
                if last or self.signoff_ahead(lines, index)
                else (line, "")
            )
            if code:
                self.parts.signoff = code
            if text:
                blocks.append({"type": "paragraph", "text": text})
            if code:
                break

    def signoff_ahead(self, lines, index):
        """True when the next line is a sign-off alone ("(rfs/jbr)")."""
        if index + 1 >= len(lines):
            return False
        text, code = press.split_signoff(lines[index + 1])
        return bool(code) and not text

    def is_heading(self, line, last):
        if line in self.headings:
            return True
        if self.headings or last:
            return False
        words = line.split()
        return (
            len(line) <= 70
            and len(words) <= 9
            and line[:1].isupper()
            and not TERMINAL.search(line)
            and not press.split_signoff(line)[1]
        )


def parse_text(text, now=None):
    return Reader(now=now).read(clean_lines(text))
