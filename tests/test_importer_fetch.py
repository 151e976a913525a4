"""`import_site --fetch-images`: images with no local copy are downloaded from the old
site (here a real http.server on 127.0.0.1) within a size cap and a time limit, stored
through the normal intake, and never hot-linked; without the flag nothing is requested."""

import io
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.management import call_command

from articles.models import Article
from tests.images import jpeg
from tests.importer_files import write, wxr, wxr_item

pytestmark = pytest.mark.django_db
PHOTO = jpeg((1000, 600))
STALL = threading.Event()


class OldSite(BaseHTTPRequestHandler):
    requested: list[str] = []

    def do_GET(self):
        OldSite.requested.append(self.path)
        if self.path.endswith("/dua-thuyen.jpg"):
            self._send(PHOTO)
        elif self.path.endswith("/qua-lon.jpg"):
            self._send(b"\xff\xd8" + b"0" * 300_000)
        elif self.path.endswith("/cham.jpg"):
            STALL.wait(5)  # answers only after the importer gave up
            self._send(PHOTO)
        else:
            self.send_error(404)

    def _send(self, body):
        self.send_response(200)
        self.send_header("Content-Type", "image/jpeg")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def old_site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), OldSite)
    server.daemon_threads = True
    OldSite.requested = []
    STALL.clear()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/wp-content/uploads/2019/05"
    STALL.set()
    server.shutdown()
    server.server_close()


def export(tmp_path, base):
    body = "".join(
        f'<p><img src="{base}/{name}" alt="{name}"></p>'
        for name in ("dua-thuyen.jpg", "khong-co.jpg", "qua-lon.jpg", "cham.jpg")
    )
    return write(tmp_path, "tin.xml", wxr([wxr_item(1, body=body)]))


def import_site(path, *extra):
    out = io.StringIO()
    call_command("import_site", str(path), "--no-refresh", *extra, stdout=out)
    return out.getvalue()


def test_without_the_flag_no_image_is_requested_from_the_old_site(tmp_path, old_site):
    report = import_site(export(tmp_path, old_site))
    assert OldSite.requested == []
    assert "dua-thuyen.jpg" in report  # listed as having no local copy
    assert 'href="' + old_site + '/dua-thuyen.jpg"' in Article.objects.get().body


def test_fetched_images_are_stored_here_and_failures_reported_with_their_reason(
    tmp_path, old_site, settings
):
    settings.IMAGE_MAX_BYTES = 200_000
    report = import_site(export(tmp_path, old_site), "--fetch-images", "--fetch-timeout", "0.5")

    body = Article.objects.get().body
    assert f'src="{old_site}/dua-thuyen.jpg"' not in body  # never hot-linked
    assert 'src="/media/editor/' in body and "srcset=" in body
    assert f'href="{old_site}/khong-co.jpg"' in body  # failures stay plain links
    assert "1 tạo mới" in report.split("ảnh đã lưu")[1].splitlines()[0]
    assert f"Không tải được ảnh {old_site}/khong-co.jpg: máy chủ trả lời 404" in report
    assert f"Không tải được ảnh {old_site}/qua-lon.jpg: ảnh lớn hơn" in report
    assert f"Không tải được ảnh {old_site}/cham.jpg: quá 0.5 giây" in report


def test_a_second_run_reuses_the_downloaded_image(tmp_path, old_site):
    path = export(tmp_path, old_site)
    import_site(path, "--fetch-images", "--fetch-timeout", "0.5")
    first = Article.objects.get().body
    OldSite.requested = []
    import_site(path, "--fetch-images", "--fetch-timeout", "0.5")
    assert not any(p.endswith("/dua-thuyen.jpg") for p in OldSite.requested)
    assert Article.objects.get().body == first
