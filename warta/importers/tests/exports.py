# ruff: noqa: E501 (fixture text: one paragraph a line, as pages show it)
"""A small fictional WordPress export (WXR) and its uploads, written by the tests.

Koran Fiktif is an invented paper; every person, place and sentence is made up.
"""

import io

from PIL import Image

BASE = "https://lama.koranfiktif.test"

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"
  xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:wfw="http://wellformedweb.org/CommentAPI/"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <title>Koran Fiktif</title>
  <link>{base}</link>
  <wp:wxr_version>1.2</wp:wxr_version>
  <wp:base_site_url>{base}</wp:base_site_url>
  <wp:base_blog_url>{base}</wp:base_blog_url>
  <wp:author><wp:author_id>2</wp:author_id><wp:author_login>budi</wp:author_login>
    <wp:author_email>budi@koranfiktif.test</wp:author_email>
    <wp:author_display_name><![CDATA[Budi Santosa Wiryo]]></wp:author_display_name>
  </wp:author>
  <wp:author><wp:author_id>3</wp:author_id><wp:author_login>sari</wp:author_login>
    <wp:author_first_name><![CDATA[Sari]]></wp:author_first_name>
    <wp:author_last_name><![CDATA[Anggraeni Putri]]></wp:author_last_name>
  </wp:author>
  <wp:category><wp:term_id>5</wp:term_id><wp:category_nicename>nasional</wp:category_nicename>
    <wp:cat_name><![CDATA[Nasional]]></wp:cat_name></wp:category>
"""

TAIL = "</channel>\n</rss>\n"


def item(
    wp_id,
    title,
    *,
    post_type="post",
    status="publish",
    slug="",
    date="2019-05-03 09:10:00",
    date_gmt="2019-05-03 02:10:00",
    creator="budi",
    content="",
    excerpt="",
    categories=(),
    tags=(),
    meta=None,
    comments="",
    extra="",
):
    link = f"{BASE}/{date[:4]}/{date[5:7]}/{date[8:10]}/{slug}/" if slug else ""
    if status != "publish":
        link = f"{BASE}/?p={wp_id}"
    cats = "".join(
        f'<category domain="category" nicename="{n}"><![CDATA[{name}]]></category>'
        for n, name in categories
    ) + "".join(
        f'<category domain="post_tag" nicename="{n}"><![CDATA[{name}]]></category>'
        for n, name in tags
    )
    metas = "".join(
        f"<wp:postmeta><wp:meta_key>{k}</wp:meta_key>"
        f"<wp:meta_value><![CDATA[{v}]]></wp:meta_value></wp:postmeta>"
        for k, v in (meta or {}).items()
    )
    return f"""
  <item>
    <title>{title}</title>
    <link>{link}</link>
    <guid isPermaLink="false">{BASE}/?p={wp_id}</guid>
    <dc:creator><![CDATA[{creator}]]></dc:creator>
    <content:encoded><![CDATA[{content}]]></content:encoded>
    <excerpt:encoded><![CDATA[{excerpt}]]></excerpt:encoded>
    <wp:post_id>{wp_id}</wp:post_id>
    <wp:post_date>{date}</wp:post_date>
    <wp:post_date_gmt>{date_gmt}</wp:post_date_gmt>
    <wp:post_modified_gmt>{date_gmt}</wp:post_modified_gmt>
    <wp:post_name>{slug}</wp:post_name>
    <wp:status>{status}</wp:status>
    <wp:post_type>{post_type}</wp:post_type>
    {extra}{cats}{metas}{comments}
  </item>"""


def comment(cid, author, text, approved="1", parent="0", kind=""):
    return f"""<wp:comment><wp:comment_id>{cid}</wp:comment_id>
      <wp:comment_author><![CDATA[{author}]]></wp:comment_author>
      <wp:comment_author_email>{author.split()[0].lower()}@pembaca.test</wp:comment_author_email>
      <wp:comment_date_gmt>2019-05-03 05:00:{cid % 60:02d}</wp:comment_date_gmt>
      <wp:comment_content><![CDATA[{text}]]></wp:comment_content>
      <wp:comment_approved>{approved}</wp:comment_approved>
      <wp:comment_type>{kind}</wp:comment_type>
      <wp:comment_parent>{parent}</wp:comment_parent></wp:comment>"""


def attachment(wp_id, path, parent, caption="", credit=""):
    meta = {"_wp_attached_file": path}
    if credit:
        meta["_media_credit"] = credit
    return item(
        wp_id,
        path.rsplit("/", 1)[-1],
        post_type="attachment",
        status="inherit",
        excerpt=caption,
        meta=meta,
        extra=f"<wp:post_parent>{parent}</wp:post_parent>"
        f"<wp:attachment_url>{BASE}/wp-content/uploads/{path}</wp:attachment_url>",
    )


BRIDGE_BODY = f"""Warga Desa Sukamaju kini bisa menyeberangi Kali Jernih tanpa rakit.

Jembatan gantung sepanjang 40 meter itu dibangun selama enam bulan oleh warga bersama pemerintah kabupaten.

<h2>Gotong Royong</h2>

[caption id="attachment_101" align="alignnone" width="300"]<img class="size-medium" src="{BASE}/wp-content/uploads/2019/05/jembatan-300x200.jpg" alt="Jembatan" width="300" height="200" /> PERESMIAN JEMBATAN I Warga melintasi jembatan baru di Sukamaju.[/caption]

<script>document.title = "diretas";</script>
<p onclick="alert('klik')">Kepala desa, Rahmat Hidayanto, menyebut <a href="javascript:alert('x')">jembatan</a> itu <strong>memangkas</strong> waktu tempuh ke pasar dari dua jam menjadi 15 menit.</p>

Baca juga: Banjir Surut di Hilir Kali Jernih

<blockquote>Anak-anak tidak perlu lagi basah kuyup ke sekolah.<cite>Rahmat Hidayanto</cite></blockquote>

[gallery ids="101,102"]"""


def export_text():
    items = [
        attachment(
            101,
            "2019/05/jembatan.jpg",
            10,
            caption="PERESMIAN JEMBATAN I Warga melintasi jembatan baru.",
            credit="KORAN FIKTIF/DWI",
        ),
        attachment(102, "2019/05/hilang.jpg", 11, caption="Pantai Pasir Putih."),
        item(
            10,
            "Jembatan Gantung Baru Hubungkan Dua Dusun di Sukamaju",
            slug="jembatan-gantung-sukamaju",
            content=BRIDGE_BODY,
            excerpt="Warga tak perlu lagi menyeberang dengan rakit.",
            categories=[("nasional", "Nasional")],
            tags=[("infrastruktur", "Infrastruktur"), ("desa", "Desa")],
            meta={"_thumbnail_id": "101"},
            comments=comment(501, "Agus Pembaca", "Selamat untuk warga Sukamaju!")
            + comment(502, "Wati", "Setuju, <b>luar biasa</b>.", parent="501")
            + comment(503, "Toko Obat Murah", "beli sekarang", approved="spam")
            + comment(504, "Dedi", "Kapan diresmikan?", approved="0")
            + comment(505, "blog lain", "tautan balik", kind="pingback"),
        ),
        item(
            11,
            "Festival Layang-Layang Ramaikan Pantai Pasir Putih",
            slug="festival-layang-layang",
            date="2020-08-17 16:00:00",
            date_gmt="2020-08-17 09:00:00",
            creator="sari",
            content="<p>Ratusan layang-layang menghiasi langit pantai pada Minggu sore.</p>",
            categories=[
                ("pariwisata-daerah", "Pariwisata Daerah"),
                ("nasional", "Nasional"),
            ],
            meta={"_thumbnail_id": "102"},
        ),
        item(
            12,
            "Draf: Harga Cabai Naik Menjelang Lebaran",
            status="draft",
            slug="harga-cabai",
            date_gmt="0000-00-00 00:00:00",
            content="Harga cabai rawit di pasar induk naik dua kali lipat.",
            categories=[("nasional", "Nasional")],
        ),
        item(
            13,
            "Menunggu: Sekolah Baru Dibuka",
            status="pending",
            content="Sekolah dasar negeri baru dibuka di ujung desa.",
        ),
        item(
            20,
            "Tentang Kami",
            post_type="page",
            slug="tentang-kami",
            content="Kami koran.",
        ),
        item(30, "Menu", post_type="nav_menu_item", status="publish"),
        item(14, "", slug="tanpa-judul", content="Isi tanpa judul."),
        item(15, "Tanpa Tanggal", slug="tanpa-tanggal", date="", date_gmt=""),
        item(16, "Dibuang", status="trash"),
        item(
            17,
            "Kabar Tanpa Kategori",
            slug="kabar-tanpa-kategori",
            content="Sebuah kabar singkat.",
            categories=[("uncategorized", "Uncategorized")],
        ),
    ]
    return HEAD.format(base=BASE) + "".join(items) + TAIL


def jpeg(width=64, height=48, colour=(200, 120, 40)):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, "JPEG")
    return buffer.getvalue()


def write_export(folder, text=None):
    """The export at ``folder/export.xml`` and ``folder/uploads/2019/05/…``."""
    path = folder / "export.xml"
    path.write_text(text or export_text(), encoding="utf-8")
    uploads = folder / "uploads" / "2019" / "05"
    uploads.mkdir(parents=True, exist_ok=True)
    (uploads / "jembatan.jpg").write_bytes(jpeg())
    return path, folder / "uploads"
