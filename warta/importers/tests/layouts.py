# ruff: noqa: E501 (fixture markup: one paragraph a line, as pages have it)
"""Other dailies' page layouts, as structure only: the markup shapes we meet
(bylines, credit lines, repeated headlines, paywall gates, promo blocks, ads)
around invented demo sentences. No real article's text is used; every name,
place and sentence is made up for the tests.
"""

HEAD = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>{title} | Harian Contoh</title>
<meta property="og:site_name" content="Harian Contoh">
</head><body>
<header class="site-header"><a class="logo" href="/"><img src="/logo.png" alt="Harian Contoh"></a>
<nav><a href="/">Beranda</a> <a href="/nasional/">Nasional</a> <a href="/ekonomi/">Ekonomi</a> <a href="/olahraga/">Olahraga</a> <a href="/daerah/">Daerah</a></nav></header>
"""
TAIL = """<footer><p>Hak cipta Harian Contoh. Dilarang mengambil isi tanpa izin.</p></footer>
</body></html>
"""

# "Oleh NAME" under the headline, the date on its own line; "Pewarta:" and
# "Editor:" fused on one line at the end of the story.
OLEH = (
    HEAD.format(title="Kebun Sekolah Panen Sayur Pertama")
    + """<article>
<h1>Kebun Sekolah Panen Sayur Pertama</h1>
<div class="byline">Oleh Siti Rahmawati</div>
<div class="date">Kamis, 5 Maret 2026 | 08:40 WIB</div>
<div class="content">
<p>SLEMAN - Murid sebuah sekolah dasar di lereng bukit memanen sayur pertama dari kebun yang mereka tanam sendiri sejak awal semester ini.</p>
<p>Guru pembimbing kebun, Rudi Hartono, mengatakan setiap kelas bergiliran menyiram dan mencatat pertumbuhan tanaman di buku harian kebun.</p>
<p>Hasil panen akan dimasak bersama di kantin sekolah pada hari Jumat sebagai menu makan siang bagi seluruh murid dan guru.</p>
<p>Pewarta: Siti Rahmawati | Editor: Bambang Wicaksono</p>
</div>
</article>
"""
    + TAIL
)

# "LAPORAN: NAME" fused with the date, in capitals; "Pewarta:" and
# "Editor:" on their own lines.
LAPORAN = (
    HEAD.format(title="Jalur Sepeda Baru Menghubungkan Dua Taman Kota")
    + """<article>
<h1>Jalur Sepeda Baru Menghubungkan Dua Taman Kota</h1>
<div class="meta">LAPORAN: BUDI SANTOSO Senin, 2 Desember 2026 | 10:15 WIB</div>
<div class="content">
<p>MALANG - Pemerintah kota membuka jalur sepeda sepanjang empat kilometer yang menghubungkan dua taman kota di sisi utara dan selatan.</p>
<p>Kepala dinas perhubungan setempat, Andi Kurniawan, berharap jalur itu membuat warga lebih sering bersepeda ke tempat kerja.</p>
<p>Jalur dilengkapi lampu penerangan, rambu khusus dan tempat parkir sepeda di setiap ujungnya agar aman dipakai pagi dan malam.</p>
<p>Pewarta: Budi Santoso</p>
<p>Editor: Dewi Anggraini</p>
</div>
</article>
"""
    + TAIL
)

# An aggregator: a site logo as the first h1, the section name above the
# headline, "ADVERTISEMENT" and "Iklan" before it, and the headline repeated
# as the story's first paragraph.
AGGREGATOR = (
    HEAD.format(title="Perajin Bambu Desa Wisata Kebanjiran Pesanan")
    + """<h1 class="logo"><a href="/"><img src="/logo-besar.png" alt="Kabar Kumpulan"></a></h1>
<main>
<div class="ad-slot">ADVERTISEMENT</div>
<p class="label-rubrik">Ekonomi</p>
<div class="iklan">Iklan</div>
<h1 class="entry-title">Perajin Bambu Desa Wisata Kebanjiran Pesanan</h1>
<div class="entry-meta"><span class="author">Oleh Rina Kartika</span> <time datetime="2026-04-07T13:20:00+07:00">Selasa, 7 April 2026 13:20 WIB</time></div>
<div class="entry-content">
<p>Perajin Bambu Desa Wisata Kebanjiran Pesanan</p>
<p>GARUT - Perajin anyaman bambu di sebuah desa wisata kebanjiran pesanan menjelang musim liburan sekolah tahun ini.</p>
<p>Ketua kelompok perajin, Eko Prasetyo, mengatakan pesanan datang dari hotel dan kafe di sejumlah kota besar di Pulau Jawa.</p>
<p>Untuk memenuhi pesanan, kelompok itu melatih dua puluh pemuda desa menganyam keranjang dan lampu hias dari bambu.</p>
</div>
</main>
"""
    + TAIL
)

# The plain text a browser shows for such a page: logo text, ad lines and
# the section name above the headline.
AGGREGATOR_TEXT = """Logo Kabar Kumpulan
ADVERTISEMENT
EKONOMI
Iklan
Perajin Bambu Desa Wisata Kebanjiran Pesanan
Perajin Bambu Desa Wisata Kebanjiran Pesanan
GARUT - Perajin anyaman bambu di sebuah desa wisata kebanjiran pesanan menjelang musim liburan sekolah tahun ini.

Ketua kelompok perajin, Eko Prasetyo, mengatakan pesanan datang dari hotel dan kafe di sejumlah kota besar di Pulau Jawa.

Pewarta: Rina Kartika
Editor: Hadi Susanto
"""

# A paywall: two open paragraphs, then the gate.
PAYWALL = (
    HEAD.format(title="Koperasi Nelayan Membuka Gudang Pendingin")
    + """<article>
<h1>Koperasi Nelayan Membuka Gudang Pendingin</h1>
<div class="byline">Penulis: Yusuf Maulana</div>
<div class="content">
<p>TUBAN - Koperasi nelayan di pesisir utara membuka gudang pendingin agar hasil tangkapan tetap segar sebelum dijual ke pasar.</p>
<p>Ketua koperasi, Samsul Arifin, mengatakan gudang itu mampu menyimpan dua puluh ton ikan sekaligus selama sepekan.</p>
<div class="paywall">
<p>Artikel ini khusus pelanggan.</p>
<p>Berlangganan sekarang untuk membaca artikel selengkapnya dan mendukung jurnalisme berkualitas.</p>
<p><a href="/langganan">Baca selengkapnya…</a></p>
<p>Sudah berlangganan? Masuk di sini</p>
</div>
</div>
</article>
"""
    + TAIL
)

# Promo blocks after the sign-off, and the same promos on a page that has
# no sign-off at all.
PROMO = (
    HEAD.format(title="Festival Layang-Layang Ramaikan Pantai Selatan")
    + """<article>
<h1>Festival Layang-Layang Ramaikan Pantai Selatan</h1>
<div class="byline">Oleh Lukman Hakim</div>
<div class="content">
<p>BANTUL - Ratusan layang-layang berbagai bentuk menghiasi langit pantai selatan dalam festival tahunan yang digelar akhir pekan ini.</p>
<p>Panitia, Wahyu Nugroho, mengatakan peserta datang dari dua belas kabupaten dan membawa layang-layang buatan sendiri. (lkh/wny)</p>
<p>Baca juga: Lomba Perahu Hias Kembali Digelar di Danau Kota</p>
<p>Ikuti berita terkini dari Harian Contoh di Google News, klik di sini.</p>
<p>Dapatkan update berita pilihan setiap hari. Gabung saluran WhatsApp Harian Contoh di sini.</p>
</div>
</article>
"""
    + TAIL
)

PROMO_NO_SIGNOFF = PROMO.replace(" (lkh/wny)", "")

# The plain text of a paywalled page: the gate sits in the story's flow and
# the credits still come after it.
PAYWALL_TEXT = """Koperasi Nelayan Membuka Gudang Pendingin
TUBAN - Koperasi nelayan di pesisir utara membuka gudang pendingin agar hasil tangkapan tetap segar sebelum dijual ke pasar.

Ketua koperasi, Samsul Arifin, mengatakan gudang itu mampu menyimpan dua puluh ton ikan sekaligus selama sepekan.

Artikel ini khusus pelanggan.
Sisa paragraf yang terlihat samar di balik gerbang langganan tidak boleh ikut masuk.
Baca selengkapnya…
Penulis: Yusuf Maulana
Editor: Ratih Purnamasari
"""

# "Baca juga:" alone, the related headlines under it, then the story goes on;
# promotions close the page.
RELATED_TEXT = """Festival Layang-Layang Ramaikan Pantai Selatan
Oleh Lukman Hakim
BANTUL - Ratusan layang-layang berbagai bentuk menghiasi langit pantai selatan dalam festival tahunan yang digelar akhir pekan ini.

Baca juga:
Lomba Perahu Hias Kembali Digelar di Danau Kota
Pasar Malam Tepi Sungai Dibuka Lagi

Panitia, Wahyu Nugroho, mengatakan peserta datang dari dua belas kabupaten dan membawa layang-layang buatan sendiri.

Ikuti berita terkini dari Harian Contoh di Google News, klik di sini.
Simak berita pilihan lainnya di saluran WhatsApp Harian Contoh.
"""
