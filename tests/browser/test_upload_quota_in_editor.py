"""In Debian's Chromium: over the upload quota, the editor tells the reporter so, in Vietnamese."""

import pytest
from django.urls import reverse
from PIL import Image

from tests.browser.test_csp_in_browser import _session_for, chromium
from tests.factories import make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_editor_shows_the_quota_message_and_inserts_no_image(live_server, settings, tmp_path):
    settings.UPLOADS_PER_DAY = 0  # today's quota is used up
    picture = tmp_path / "anh.jpg"
    Image.new("RGB", (320, 200), (30, 90, 160)).save(picture, "JPEG")
    session_key = _session_for(make_user(is_staff=True, is_superuser=True))
    with chromium() as (context, page):
        context.add_cookies([{"name": "sessionid", "value": session_key, "url": live_server.url}])
        page.goto(live_server.url + reverse("admin:articles_article_add"))
        editable = page.locator(".ck-editor__editable")
        editable.wait_for(state="visible", timeout=20_000)
        with page.expect_event("dialog", timeout=20_000) as shown:
            page.set_input_files(".ck-toolbar input[type=file]", str(picture))
        dialog = shown.value
        message = dialog.message
        dialog.dismiss()
        assert "quá nhiều ảnh" in message
        assert editable.locator("img[src*='/media/']").count() == 0
