"""WXR and feed files written by the tests themselves (nothing fetched, nothing mocked)."""

import io
import zipfile
from pathlib import Path

from tests.images import jpeg, png

FIXTURES = Path(__file__).parent / "fixtures" / "importer"
HOA_SON = FIXTURES / "hoa-son-wxr.xml"
WP_NS = "https://wordpress.org/export/1.2/"


def wxr_item(n, *, title=None, body="<p>Nội dung.</p>", date="2018-06-01 08:00:00", extra=""):
    title = f"Tin thứ {n} của huyện Hòa Sơn" if title is None else title
    return f"""<item>
<title><![CDATA[{title}]]></title>
<link>http://old.hoason.vn/tin/{n}/</link>
<guid isPermaLink="false">http://old.hoason.vn/?p={n}</guid>
<dc:creator><![CDATA[admin]]></dc:creator>
<content:encoded><![CDATA[{body}]]></content:encoded>
<wp:post_id>{n}</wp:post_id>
<wp:post_date><![CDATA[{date}]]></wp:post_date>
<wp:post_date_gmt><![CDATA[0000-00-00 00:00:00]]></wp:post_date_gmt>
<wp:post_name><![CDATA[tin-{n}]]></wp:post_name>
<wp:status><![CDATA[publish]]></wp:status>
<wp:post_type><![CDATA[post]]></wp:post_type>
<category domain="category" nicename="tin-tuc"><![CDATA[Tin tức]]></category>
{extra}
</item>"""


def wxr(items, *, ns=WP_NS, head='<?xml version="1.0" encoding="UTF-8"?>', channel="") -> str:
    return f"""{head}
<rss version="2.0" xmlns:excerpt="{ns}excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="{ns}">
<channel><title>Hòa Sơn</title>{channel}
{"".join(items)}
</channel></rss>"""


def write(tmp_path, name, text, encoding="utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    return path


def uploads_zip(tmp_path) -> Path:
    """The old wp-content/uploads, zipped as a host's file manager does."""
    path = tmp_path / "uploads.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("wp-content/uploads/2019/05/dua-thuyen.jpg", jpeg((1600, 900)))
        archive.writestr("wp-content/uploads/2019/05/khan-gia.png", png((300, 200)))
    return path


def uploads_folder(tmp_path) -> Path:
    root = tmp_path / "uploads"
    (root / "2019" / "05").mkdir(parents=True)
    (root / "2019" / "05" / "dua-thuyen.jpg").write_bytes(jpeg((1600, 900)))
    (root / "2019" / "05" / "khan-gia.png").write_bytes(png((300, 200)))
    return root


def zip_bytes(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return out.getvalue()
