# ruff: noqa: E501 (fixture text: one paragraph a line, as pages show it)
"""Look-alike article pages: invented stories in the shapes other dailies use.

Every name, place and sentence here is made up for the tests.
"""

# The plain-text layout of a daily's page as a browser shows it: menu, kicker,
# headline, photo credit, caption, font control, dateline, body with a
# sub-heading, sign-off after the end mark ("n"), credits, comments, "Top".
PLAIN = """Nasional Mondial Ekonomi Megapolitan Olahraga Rona Wisata Perspektif Wawancara Foto Video Infografis
Panen Raya

Petani Lembah Hijau Panen Padi Organik Lebih Awal

Foto : KORAN FIKTIF/ANDI PRATAMA

MEMANEN PADI I Petani memanen padi organik di sawah Desa Lembah Hijau, Kamis (2/5). Panen tahun ini datang dua pekan lebih awal.

A \u00a0 A \u00a0 A \u00a0 Pengaturan Font

BANDUNG - Kelompok tani di Desa Lembah Hijau memanen padi organik dua pekan lebih awal dari biasanya berkat cuaca yang bersahabat sepanjang musim tanam.

"Hasilnya juga lebih banyak dari tahun lalu," kata ketua kelompok tani, Sutrisno Adiwijaya, di sawahnya, Kamis (2/5).

Baca juga: Harga Gabah Stabil di Tingkat Petani

Menurut Sutrisno, setiap hektare sawah menghasilkan enam ton gabah kering panen, naik satu ton dibanding musim lalu.

Pasar Baru

Sebagian hasil panen akan dijual ke koperasi di kota kabupaten, yang bulan ini membuka gerai beras organik pertamanya.

Koperasi berencana membeli seluruh panen kelompok tani itu pada musim berikutnya. n Ant/E-2


Redaktur : Ratna Kusumawati
Penulis : Dimas Prakoso

Komentar

Komentar
()

Top
"""

KOMPAS = """Kompas.com - 14/03/2024, 10:25 WIB
Perahu Nelayan Kembali Melaut Setelah Badai Reda

JAKARTA, KOMPAS - Ratusan perahu nelayan di pesisir utara kembali melaut pada Kamis pagi setelah badai selama tiga hari mereda.

Baca juga: Badai Reda, Pelabuhan Kembali Dibuka

Para nelayan mengaku sempat kehilangan penghasilan selama badai berlangsung dan kini berharap tangkapan melimpah. (rfs/jbr)

Penulis: Rafi Siregar
Editor: Joko Baskoro
"""

ANTARA = """Perpustakaan Daerah Buka Hingga Malam Selama Ramadhan
Kamis, 14 Maret 2024 09:05 WIB
Jakarta (ANTARA) - Perpustakaan daerah memperpanjang jam buka hingga pukul 21.00 selama bulan Ramadhan untuk melayani pengunjung yang datang selepas berbuka puasa.

Kepala perpustakaan, Wulan Sari Dewi, mengatakan jumlah pengunjung malam hari naik tajam sejak pekan lalu.

Pewarta: Hendra Gunawan
Editor: Lestari Ayuningtyas
Copyright \u00a9 ANTARA 2024
"""

REPUBLIKA = """Senin 11 Mar 2024 08:15 WIB
Red: Maya Lestari
REPUBLIKA.CO.ID, JAKARTA -- Dinas perhubungan menambah 40 bus sekolah gratis mulai pekan depan untuk menjangkau kawasan pinggiran kota yang belum terlayani.

Penambahan armada itu diharapkan memangkas waktu tempuh siswa ke sekolah hingga separuhnya. [ald]
"""

HTML = """<!DOCTYPE html>
<html lang="id"><head><meta charset="windows-1252">
<title>Warung Kopi Tua Bertahan di Tengah Kota | Harian Contoh</title>
<meta property="article:published_time" content="2024-02-09T07:30:00+07:00">
<script>window.tracker = "jangan";</script>
<style>body{font-family:serif}</style>
</head><body>
<nav><a href="/">Beranda</a> <a href="/nasional/">Nasional</a> <a href="/ekonomi/">Ekonomi</a>
<a href="/olahraga/">Olahraga</a> <a href="/wisata/">Wisata</a></nav>
<div class="font-size"><button>A</button><button>A</button><button>A</button> Pengaturan Font</div>
<article>
<p class="kicker">Kuliner Lama</p>
<h1>Warung Kopi Tua Bertahan di Tengah Kota</h1>
<p class="subtitle">Tiga generasi menjaga resep yang sama sejak 1952.</p>
<figure><img src="/foto/warung.jpg" alt="" onerror="alert('foto')">
<figcaption>MERACIK KOPI I Pak Darsono meracik kopi tubruk di warungnya.
<span class="credit">Foto : HARIAN CONTOH/LINA MARLINA</span></figcaption></figure>
<div class="content">
<p>SEMARANG - Warung kopi milik keluarga Darsono sudah berdiri di sudut pasar lama sejak 1952 dan tetap ramai meski kedai modern bermunculan di sekitarnya.</p>
<p>"Pelanggan kami datang karena rasa yang tidak berubah," kata Darsono, generasi ketiga pemilik warung, sambil menuang kopi ke cangkir seng.</p>
<script>document.write("<p>Teks sisipan skrip</p>");</script>
<p><a href="javascript:alert('baca')">Baca juga: Kedai Teh Legendaris Tutup</a></p>
<h2>Resep Keluarga</h2>
<p onmouseover="alert('x')">Biji kopi disangrai sendiri setiap pagi dengan wajan tanah liat warisan kakeknya, dan hanya dijual di warung itu saja, bukan di tempat lain. \u2013 kata sang cucu dengan bangga.</p>
<p>Harga secangkir kopi tubruk di warung itu masih Rp 5.000, setara dengan harga sepuluh tahun lalu. (lin/dar)</p>
<p>Penulis: Lina Marlina</p>
<p>Editor: Darma Setiawan</p>
</div>
<div class="share">Bagikan: WhatsApp Facebook Twitter</div>
<section class="comments"><h3>Komentar (0)</h3><form><textarea></textarea></form></section>
<aside><h3>Terpopuler</h3><ol><li><a href="/a">Berita lain yang ramai dibaca hari ini di kota</a></li></ol></aside>
</article>
<a href="#top">Top</a>
</body></html>
"""
