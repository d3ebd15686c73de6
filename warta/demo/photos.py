"""Real photographs for the demo paper, from Debian's wallpaper packages.

Every photograph here is freely licensed, installed by ``make demo-photos``
(``apt-get install`` of the packages below) and credited with its author and
licence as the package's copyright file (or, for KDE's, the wallpaper's own
metadata) gives them. Each one carries a caption of what it actually shows, so
a story that borrows it as an illustration never says something the picture
contradicts, and the subjects it can illustrate.

Without the packages the demo falls back to drawn pictures (``pictures.py``).
"""

import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

PACKAGES = {
    "lomiri-wallpapers-16.04": Path("/usr/share/backgrounds"),
    "mate-backgrounds": Path("/usr/share/backgrounds/mate/nature"),
    "plasma-workspace-wallpapers": Path("/usr/share/wallpapers"),
}
LICENCE_NAMES = {
    "CC0-1.0": "CC0",
    "CC-BY-4.0": "CC BY 4.0",
    "CC-BY-SA-4.0": "CC BY-SA 4.0",
    "GPL-2+": "GPL-2.0+",
    "LGPL-3": "LGPL-3.0",
}
LARGEST = 1600  # stored width: the largest rendition the site asks for


@dataclass(frozen=True)
class Photo:
    key: str
    package: str
    file: str
    author: str
    licence: str
    caption_title: str
    caption: str
    subjects: tuple = ()

    @property
    def path(self):
        return PACKAGES[self.package] / self.file

    @property
    def credit(self):
        """ "AITZOL BERASATEGI (CC BY 4.0)": the author and the licence."""
        return f"{self.author.upper()} ({LICENCE_NAMES[self.licence]})"

    def jpeg(self):
        """The photograph at most LARGEST pixels wide, as JPEG bytes."""
        with Image.open(self.path) as image:
            # Let the JPEG decoder scale down by 2, 4 or 8 while it reads.
            image.draft("RGB", (LARGEST, LARGEST * image.height // image.width))
            image = image.convert("RGB")
            if image.width > LARGEST:
                height = round(image.height * LARGEST / image.width)
                image = image.resize((LARGEST, height), Image.LANCZOS)
            buffer = io.BytesIO()
            image.save(buffer, "JPEG", quality=82, optimize=True, progressive=True)
            return buffer.getvalue()


def _lomiri(key, file, author, licence, title, caption, subjects):
    return Photo(
        key, "lomiri-wallpapers-16.04", file, author, licence, title, caption, subjects
    )


def _mate(key, file, author, title, caption, subjects):
    return Photo(
        key, "mate-backgrounds", file, author, "GPL-2+", title, caption, subjects
    )


def _kde(key, name, author, title, caption, subjects, size="1920x1080"):
    file = f"{name}/contents/images/{size}.jpg"
    return Photo(
        key,
        "plasma-workspace-wallpapers",
        file,
        author,
        "LGPL-3",
        title,
        caption,
        subjects,
    )


CATALOGUE = [
    _lomiri(
        "aizkorri",
        "aitzgorri_by_Aitzol_Berasategi.jpg",
        "Aitzol Berasategi",
        "CC-BY-4.0",
        "KAKI AIZKORRI",
        "Padang rumput dan hutan yang mulai menguning di kaki Pegunungan "
        "Aizkorri, Negeri Basque, Spanyol.",
        ("pariwisata", "lingkungan", "wisata", "gunung", "alam"),
    ),
    _lomiri(
        "picos",
        "picosdeeuropa_by_Aitzol_Berasategi.jpg",
        "Aitzol Berasategi",
        "CC-BY-4.0",
        "JALAN SETAPAK",
        "Jalan setapak membelah padang rumput menuju puncak berbatu bersalju "
        "di Picos de Europa, Spanyol.",
        ("pariwisata", "olahraga prestasi", "wisata", "lari", "gunung"),
    ),
    _lomiri(
        "senja-bukit",
        "sunset_by_Aitzol_Berasategi.jpg",
        "Aitzol Berasategi",
        "CC-BY-4.0",
        "SENJA DI PUNCAK",
        "Matahari terbenam di balik deretan perbukitan, dilihat dari puncak "
        "yang ditandai tugu batu.",
        ("pariwisata", "cuaca", "gunung", "alam", "perspektif"),
    ),
    _lomiri(
        "sungai-hutan",
        "life_by_Aitzol_Berasategi.jpg",
        "Aitzol Berasategi",
        "CC-BY-4.0",
        "ALIRAN SUNGAI",
        "Air mengalir di antara bebatuan berlumut di sebuah sungai kecil "
        "di tengah hutan.",
        ("lingkungan", "banjir", "air", "sungai", "kesehatan"),
    ),
    _lomiri(
        "anjing",
        "friends_by_Aitzol_Berasategi.jpg",
        "Aitzol Berasategi",
        "CC-BY-4.0",
        "DUA SAHABAT",
        "Dua ekor anjing menjulurkan kepala dari jendela sebuah rumah kayu.",
        ("anak", "keluarga", "rona"),
    ),
    _lomiri(
        "dandelion",
        "seeding_by_Clements_Engelhardt.jpg",
        "Clemens Engelhardt",
        "CC0-1.0",
        "PADANG DANDELION",
        "Bunga dandelion yang siap menyebar biji di padang rumput saat "
        "matahari rendah.",
        ("pertanian", "beras", "lingkungan", "panen", "harga pangan"),
    ),
    _lomiri(
        "kabel-jembatan",
        "Bridge_by_Sander_Klootwijk.jpg",
        "Sander Klootwijk",
        "CC-BY-SA-4.0",
        "KABEL JEMBATAN",
        "Kabel baja sebuah jembatan membentang di atas dataran pasang surut yang luas.",
        ("transportasi", "mrt jakarta", "infrastruktur", "asean", "ekspor"),
    ),
    _lomiri(
        "capung",
        "Dragonfly_by_Bolly.jpg",
        "Bolly",
        "CC-BY-SA-4.0",
        "CAPUNG",
        "Seekor capung hinggap di ujung ranting di antara dedaunan.",
        ("lingkungan", "anak", "pendidikan"),
    ),
    _lomiri(
        "buah-ara",
        "Picture_0B_by_freespace.jpg",
        'Trevor "Freespace"',
        "CC-BY-4.0",
        "BUAH ARA",
        "Sebutir buah ara terbelah di atas piring merah.",
        ("kuliner", "harga pangan", "umkm", "sarapan"),
    ),
    _lomiri(
        "kuas",
        "Picture_1A_by_freespace.jpg",
        'Trevor "Freespace"',
        "CC-BY-4.0",
        "KUAS WARNA-WARNI",
        "Kuas-kuas cat dengan bulu berwarna-warni tersimpan di sebuah studio.",
        ("budaya", "film", "festival", "pendidikan", "splash"),
    ),
    _lomiri(
        "jam-dinding",
        "greentock_by_Peter_Nerlich.jpg",
        "Peter Nerlich",
        "CC-BY-SA-4.0",
        "JARUM JAM",
        "Jarum sebuah jam dinding putih, difoto dari samping.",
        ("pajak", "pemilu", "dpr", "ekonomi digital", "teknologi"),
    ),
    _mate(
        "badai",
        "Storm.jpg",
        "Sergey Nazarov",
        "AWAN BADAI",
        "Awan badai yang gelap menggantung di atas jalan raya yang sepi.",
        ("cuaca", "banjir", "bencana", "kecelakaan", "transportasi"),
    ),
    _mate(
        "tetes-hujan",
        "RainDrops.jpg",
        "blackcombwhistler07",
        "TETES HUJAN",
        "Butir air hujan di permukaan daun hijau.",
        ("cuaca", "banjir", "lingkungan", "pertanian"),
    ),
    _mate(
        "tetes-air",
        "Aqua.jpg",
        "Charles Barbin",
        "TETES AIR",
        "Tetes air jatuh ke permukaan air yang tenang.",
        ("kesehatan", "air", "vaksin", "lingkungan"),
    ),
    _mate(
        "bukit-pasir",
        "Dune.jpg",
        "Marco Cogoni, Hylke Bons",
        "RUMPUT PANTAI",
        "Rumput kering di bukit pasir dengan laut biru di kejauhan.",
        ("pariwisata", "festival", "diplomasi", "laut", "perikanan"),
    ),
    _mate(
        "kepik",
        "LadyBird.jpg",
        "Charles Barbin",
        "KEPIK",
        "Seekor kepik merah merayap di batang rumput di antara bunga kecil.",
        ("anak", "pendidikan", "lingkungan", "kesehatan"),
    ),
    _mate(
        "rumput",
        "GreenMeadow.jpg",
        "Timothy Schellhase, Lapo Calamandrei",
        "RUMPUT MUDA",
        "Rumput muda tumbuh rapat, difoto dari dekat.",
        ("beras", "pertanian", "koperasi", "sepak bola", "olahraga prestasi"),
    ),
    _mate(
        "bunga-kuning",
        "YellowFlower.jpg",
        "Charles Barbin",
        "BUNGA KUNING",
        "Kelopak bunga kuning mekar, difoto dari dekat.",
        ("budaya", "festival", "musik", "kesehatan"),
    ),
    _kde(
        "perahu-senja",
        "EveningGlow",
        "Ian Hex",
        "PERAHU DAYUNG",
        "Perahu-perahu dayung tertambat di tepi danau berkerikil menjelang senja.",
        ("pariwisata", "perikanan", "ekspor", "asean", "transportasi", "wisata"),
    ),
    _kde(
        "dermaga-kabut",
        "ColdRipple",
        "Risto Saukonpää",
        "DERMAGA BERKABUT",
        "Dermaga kayu menjorok ke danau yang tertutup kabut.",
        ("pariwisata", "transportasi", "cuaca", "perspektif", "diplomasi"),
    ),
    _kde(
        "tepi-danau",
        "BytheWater",
        "Maciej Wiklo",
        "TEPI DANAU",
        "Papan kayu dermaga di tepi danau yang berkilau diterpa matahari sore.",
        ("pariwisata", "wisata", "kuliner", "musik"),
    ),
    _kde(
        "danau-malam",
        "summer_1am",
        "Risto Saukonpää",
        "DANAU DINI HARI",
        "Langit merah muda di atas danau yang tenang pada dini hari musim panas.",
        ("pariwisata", "kesehatan", "anak", "teknologi", "film"),
    ),
    _kde(
        "danau-biru",
        "DarkestHour",
        "Risto Saukonpää",
        "KABUT DANAU",
        "Kabut biru menyelimuti danau dan hutan di seberangnya sebelum fajar.",
        ("cuaca", "lingkungan", "budaya", "perspektif"),
    ),
    _kde(
        "fasad",
        "Grey",
        "Sigi Sagi",
        "FASAD GEDUNG",
        "Lengkung pelat logam yang menganyam fasad sebuah gedung modern.",
        ("ekonomi", "ekonomi digital", "pajak", "umkm", "dpr", "mrt jakarta"),
    ),
    _kde(
        "layang-layang",
        "Kite",
        "Risto Saukonpää",
        "LAYANG-LAYANG",
        "Sebuah layang-layang berwarna-warni terbang di langit biru berawan.",
        ("anak", "festival", "film", "budaya", "pendidikan"),
    ),
    _kde(
        "hutan-atas",
        "OneStandsOut",
        "Risto Saukonpää",
        "HUTAN DARI ATAS",
        "Hutan cemara dilihat dari atas; satu pohon berdaun jingga di antaranya.",
        ("lingkungan", "koperasi", "pertanian", "kopi"),
    ),
    _kde(
        "jalan-hutan",
        "Path",
        "Risto Saukonpää",
        "JALAN HUTAN",
        "Jalan setapak menembus hutan cemara yang rimbun.",
        ("transportasi", "lingkungan", "pendidikan", "rona"),
    ),
    _kde(
        "daun-gugur",
        "FallenLeaf",
        "Martin Klapetek",
        "DAUN GUGUR",
        "Daun-daun kering berguguran di tanah, difoto dari dekat.",
        ("lingkungan", "cuaca", "perspektif"),
    ),
    _kde(
        "gelas-warna",
        "ColorfulCups",
        "Dmitri Popov",
        "GELAS WARNA-WARNI",
        "Deretan gelas plastik berwarna-warni, dilihat dari atas.",
        ("kopi", "kuliner", "umkm", "pasar", "pedagang"),
        size="2560x1600",
    ),
]
BY_KEY = {photo.key: photo for photo in CATALOGUE}


def installed():
    """The photographs whose files are on this machine (their packages are in)."""
    return [photo for photo in CATALOGUE if photo.path.is_file()]


def missing_packages():
    return sorted({photo.package for photo in CATALOGUE if not photo.path.is_file()})
