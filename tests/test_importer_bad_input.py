"""Bad export files: each gives a clear message in the report, never a traceback, never
a partial article."""

import unicodedata

import pytest
from django.core.management import call_command
from django.db import connection

from articles.models import Article, Category
from importer.models import Redirect
from importer.runner import run_import
from tests.importer_files import write, wxr, wxr_item

pytestmark = pytest.mark.django_db


def _only_error(report):
    assert len(report.errors) == 1, report.errors
    return report.errors[0]


def test_malformed_xml_names_the_line_and_imports_nothing(tmp_path):
    broken = wxr([wxr_item(1), "<item><title>Thiếu thẻ đóng</item>"])
    report = run_import([write(tmp_path, "hong.xml", broken)])
    message = _only_error(report)
    assert "hong.xml" in message and "bị hỏng ở dòng" in message
    assert not Article.objects.exists()


def test_billion_laughs_is_refused_before_expanding(tmp_path):
    bomb = """<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<rss><channel><item><title>&lol4;</title></item></channel></rss>"""
    report = run_import([write(tmp_path, "bom.xml", bomb)])
    assert "billion laughs" in _only_error(report)
    assert not Article.objects.exists()


def test_external_entity_is_refused_and_the_file_it_names_never_read(tmp_path):
    secret = write(tmp_path, "secret.txt", "MAT-KHAU-BI-MAT")
    xxe = f"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]>
<rss><channel><item><title>&x;</title><pubDate>Fri, 03 May 2019 01:00:00 +0000</pubDate>
</item></channel></rss>"""
    report = run_import([write(tmp_path, "xxe.xml", xxe)])
    assert "thực thể ngoài" in _only_error(report)
    assert not Article.objects.filter(title__contains="MAT-KHAU").exists()


def test_unknown_namespace_is_reported_and_the_rest_imports(tmp_path):
    channel = '<x:extra xmlns:x="http://example.org/plugin/">?</x:extra>'
    text = wxr([wxr_item(1)], channel=channel)
    report = run_import([write(tmp_path, "ns.xml", text)])
    assert report.ok
    assert any("không gian tên lạ “http://example.org/plugin/”" in w for w in report.warnings)
    assert Article.objects.count() == 1


def test_wordpress_namespace_is_matched_by_path_http_or_https(tmp_path):
    for n, ns in enumerate(
        ["http://wordpress.org/export/1.0/", "http://wordpress.org/export/1.1/"]
    ):
        run_import([write(tmp_path, f"v{n}.xml", wxr([wxr_item(10 + n)], ns=ns))])
    assert Article.objects.count() == 2
    assert Article.objects.filter(published_at__year=2018).count() == 2


def test_not_a_feed_at_all_says_so(tmp_path):
    report = run_import([write(tmp_path, "x.xml", "<html><body>Trang chủ</body></html>")])
    assert "Không phải tệp WXR, RSS 2.0 hay Atom" in _only_error(report)


def test_missing_and_empty_files_are_reported(tmp_path):
    report = run_import([tmp_path / "khong-co.xml", write(tmp_path, "rong.xml", "")])
    assert len(report.errors) == 2
    assert "Không mở được tệp" in report.errors[0] and "Tệp rỗng" in report.errors[1]


def test_a_50_mb_export_streams_and_a_cap_refuses_bigger_files_with_a_message(tmp_path):
    filler = "<wp:term><wp:term_taxonomy>nav_menu</wp:term_taxonomy><wp:term_description>"
    filler += "x" * 1000 + "</wp:term_description></wp:term>\n"
    big = wxr([wxr_item(1), wxr_item(2)], channel=filler * 52_000)
    path = write(tmp_path, "lon.xml", big)
    assert path.stat().st_size > 50 * 1024 * 1024
    report = run_import([path], refresh=False)
    assert report.ok and Article.objects.count() == 2
    refused = run_import([path], max_bytes=20 * 1024 * 1024)
    assert "quá giới hạn 20 MB" in _only_error(refused)


def test_nfd_text_is_stored_nfc_with_a_proper_slug(tmp_path):
    title = unicodedata.normalize("NFD", "Hội thi tiếng hát Đồng Tháp")
    body = unicodedata.normalize("NFD", "<p>Nội dung có dấu tiếng Việt.</p>")
    extra = unicodedata.normalize(
        "NFD", '<category domain="post_tag" nicename="x"><![CDATA[Văn nghệ]]></category>'
    )
    item = wxr_item(1, title=title, body=body, extra=extra).replace("tin-1", "")
    run_import([write(tmp_path, "nfd.xml", wxr([item]))])
    article = Article.objects.get()
    assert article.title == unicodedata.normalize("NFC", title)
    assert article.body == unicodedata.normalize("NFC", body)
    assert article.slug == "hoi-thi-tieng-hat-dong-thap"
    assert article.tags.names()[0] == "Văn nghệ"


def test_utf8_file_declared_latin1_reads_as_utf8(tmp_path):
    text = wxr(
        [wxr_item(1, title="Lễ hội Đền Hùng")], head='<?xml version="1.0" encoding="ISO-8859-1"?>'
    )
    report = run_import([write(tmp_path, "khai-sai.xml", text)])
    assert report.ok
    assert Article.objects.get().title == "Lễ hội Đền Hùng"


def test_stray_legacy_bytes_in_a_utf8_file_are_repaired_and_reported(tmp_path):
    text = wxr([wxr_item(1, title="Quán café PLACEHOLDER Hòa Sơn")])
    raw = text.encode("utf-8").replace(b"PLACEHOLDER", "Caf\u00e9".encode("cp1252"))
    report = run_import([write(tmp_path, "tron.xml", raw)])
    assert report.ok
    assert Article.objects.get().title == "Quán café Café Hòa Sơn"
    assert any("không phải UTF-8" in w for w in report.warnings)


def test_a_failure_midway_through_an_item_leaves_no_partial_article(tmp_path):
    """A real database error after the article row was written (a trigger refusing the
    item's old URL) rolls the whole item back; the next item still imports."""
    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE FUNCTION refuse_path() RETURNS trigger AS $$ BEGIN "
            "IF NEW.old_path = '/tin/1' THEN RAISE EXCEPTION 'path refused'; END IF; "
            "RETURN NEW; END $$ LANGUAGE plpgsql"
        )
        cursor.execute(
            "CREATE TRIGGER refuse_path BEFORE INSERT ON importer_redirect "
            "FOR EACH ROW EXECUTE FUNCTION refuse_path()"
        )
    items = [wxr_item(1), wxr_item(2)]
    report = run_import([write(tmp_path, "mot-nua.xml", wxr(items))])
    assert list(Article.objects.values_list("title", flat=True)) == ["Tin thứ 2 của huyện Hòa Sơn"]
    assert "lỗi khi ghi" in report.skipped[0][1] and "path refused" in report.skipped[0][1]
    assert not Redirect.objects.filter(article__isnull=True, page__isnull=True).exists()
    assert Category.objects.filter(slug="tin-tuc").exists()


def test_command_exits_nonzero_with_the_message_and_no_traceback(tmp_path, capsys):
    path = write(tmp_path, "hong.xml", "<rss><channel><item></channel></rss>")
    with pytest.raises(SystemExit) as exit_info:
        call_command("import_site", str(path))
    assert exit_info.value.code == 1
    out = capsys.readouterr()
    assert "bị hỏng ở dòng" in out.out and "Traceback" not in out.out + out.err
