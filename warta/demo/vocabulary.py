"""Words for synthetic articles: plain Indonesian newsroom phrases, recombined.

Things appear in several affixed forms (vaksinasi / vaksin, perdagangan /
berdagang, kunjungan / mengunjungi) so search has real morphology to handle.
"""

SUBJECTS = [
    "Pemerintah provinsi",
    "Pemerintah kota",
    "Warga",
    "Petani",
    "Pedagang pasar",
    "Dinas kesehatan",
    "Mahasiswa",
    "Nelayan",
    "Pengusaha muda",
    "Pelajar",
    "Bank daerah",
    "DPRD",
    "Relawan",
    "Perajin batik",
    "Operator bus",
    "Puskesmas",
    "Koperasi desa",
    "Kepolisian daerah",
    "Pengelola bandara",
    "Komunitas pesepeda",
]
VERBS = [
    "meresmikan",
    "memperluas",
    "membahas",
    "mendorong",
    "menunda",
    "mempercepat",
    "mengevaluasi",
    "meluncurkan",
    "mendukung",
    "memperkuat",
    "menyiapkan",
    "memantau",
    "menata",
    "mengawasi",
    "memperbaiki",
]
THINGS = [
    "program vaksinasi",
    "layanan vaksin keliling",
    "perdagangan antarpulau",
    "jalur bus baru",
    "pasar tradisional",
    "irigasi sawah",
    "harga beras",
    "kunjungan wisatawan",
    "sekolah darurat",
    "bantuan pangan",
    "pelabuhan ikan",
    "layanan kesehatan",
    "pembangunan jembatan",
    "ekspor kopi",
    "perpustakaan desa",
    "festival budaya",
    "pelatihan UMKM",
    "pajak daerah",
    "taman kota",
    "pengelolaan sampah",
    "jaringan internet desa",
    "stadion mini",
    "rumah susun",
]
PLACES = [
    "Medan",
    "Palembang",
    "Bandung",
    "Semarang",
    "Surabaya",
    "Makassar",
    "Manado",
    "Pontianak",
    "Banjarmasin",
    "Kupang",
    "Mataram",
    "Denpasar",
    "Jayapura",
    "Ambon",
    "Padang",
    "Pekanbaru",
    "Yogyakarta",
    "Malang",
    "Balikpapan",
    "Jambi",
    "Jakarta",
    "Bogor",
    "Cirebon",
    "Solo",
    "Ternate",
]
ROLES = ["kepala dinas", "camat", "lurah", "ketua koperasi", "pengamat", "wali kota"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
KICKERS = [
    "Layanan Publik",
    "Ekonomi Daerah",
    "Kesehatan Warga",
    "Infrastruktur",
    "Pendidikan",
    "Lingkungan",
    "Pariwisata",
    "Ketahanan Pangan",
    "Transportasi",
]
CAPTION_TITLES = [
    "WARGA ANTRE",
    "MELIHAT LOKASI",
    "PANEN RAYA",
    "UJI COBA",
    "RAPAT WARGA",
]
SUBHEADINGS = ["Tahap Berikutnya", "Tanggapan Warga", "Anggaran", "Target Tahun Depan"]
TOPICS = [
    "vaksin",
    "kesehatan",
    "pemilu",
    "banjir",
    "cuaca",
    "transportasi",
    "umkm",
    "pajak",
    "harga pangan",
    "beras",
    "ekspor",
    "pendidikan",
    "lingkungan",
    "pariwisata",
    "sepak bola",
    "budaya",
    "kuliner",
    "teknologi",
    "ekonomi digital",
]
SENTENCES = [
    "{subject} {verb} {thing} di {place} pada {day}.",
    "Menurut {role} setempat, {thing} menjadi prioritas sejak awal tahun.",
    "Sebanyak {n} warga {place} ikut serta dalam kegiatan tersebut.",
    "Anggaran untuk {thing} tahun ini mencapai Rp{n} miliar, kata {role}.",
    "Kegiatan itu diharapkan memperkuat perekonomian warga {place} dan sekitarnya.",
    "Warga berharap {thing} dapat dinikmati sebelum akhir tahun.",
    "{subject} juga berdagang hasil bumi di sela kunjungan ke {place}.",
    "Perdagangan di kawasan itu naik setelah {thing} rampung dikerjakan.",
    "Petugas mengunjungi rumah warga untuk memastikan vaksinasi berjalan lancar.",
]


def headline(rnd):
    place, thing = rnd.choice(PLACES), rnd.choice(THINGS)
    title = f"{rnd.choice(SUBJECTS)} {rnd.choice(VERBS)} {thing} di {place}"
    return title, place, thing


def sentence(rnd, place, thing):
    return rnd.choice(SENTENCES).format(
        subject=rnd.choice(SUBJECTS),
        verb=rnd.choice(VERBS),
        thing=thing,
        place=place,
        day=rnd.choice(DAYS),
        role=rnd.choice(ROLES),
        n=rnd.randint(12, 950),
    )


def kicker(rnd, thing):
    return rnd.choice(KICKERS)


def subheading(rnd, thing):
    return rnd.choice(SUBHEADINGS)


def caption_title(rnd):
    return rnd.choice(CAPTION_TITLES)
