"""The article admin: Vietnamese, searchable, filterable, with the editor and tags it needs."""

import json
import os
import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from articles.models import Article
from tests.admin_helpers import article_form_data
from tests.factories import make_article, make_author, make_category, make_user

CHANGELIST = reverse("admin:articles_article_changelist")
ADD = reverse("admin:articles_article_add")
HANOI = ZoneInfo("Asia/Ho_Chi_Minh")


def _titles(response):
    return [str(article.title) for article in response.context["cl"].result_list]


@pytest.mark.django_db
def test_admin_speaks_vietnamese_to_an_english_browser(editor_client):
    response = editor_client.get(CHANGELIST, HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    html = response.content.decode()
    assert '<html lang="vi"' in html
    assert "Chọn bài viết để thay đổi" in html
    assert "Select article to change" not in html


@pytest.mark.django_db
def test_strings_django_and_taggit_leave_english_are_vietnamese(editor_client):
    html = editor_client.get(ADD, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Chuyển đến nội dung chính" in html
    assert "Skip to main content" not in html
    assert "A comma-separated list of tags." not in html
    assert re.search(r'<label for="id_tags">Thẻ:</label>', html)
    catalog = editor_client.get(reverse("admin:jsi18n")).content.decode()
    assert "Ch\\u1ee7 Nh\\u1eadt" in catalog or "Chủ Nhật" in catalog  # calendar: Sunday


@pytest.mark.django_db
def test_changelist_shows_status_category_author_and_date(editor_client):
    category = make_category("Văn hóa – Văn nghệ")
    author = make_author("Trần Văn Bình")
    make_article(
        "Liên hoan hát then",
        category=category,
        authors=[author],
        published_at=datetime(2025, 9, 2, 8, 30, tzinfo=HANOI),
    )
    html = editor_client.get(CHANGELIST).content.decode()
    for header in ("Trạng thái", "Chuyên mục", "Tác giả", "Thời điểm xuất bản"):
        assert header in html
    table = html[html.index('id="result_list"') :]
    row = re.search(r"<tr[^>]*>(?:(?!</tr>).)*Liên hoan hát then.*?</tr>", table, re.S).group(0)
    assert '<td class="field-state">Đã xuất bản</td>' in row
    assert '<td class="field-category nowrap">Văn hóa – Văn nghệ</td>' in row
    assert '<td class="field-authors_display">Trần Văn Bình</td>' in row
    assert '<td class="field-published_at nowrap">02/09/2025 08:30</td>' in row


@pytest.mark.django_db
def test_changelist_query_count_does_not_grow_with_rows(
    editor_client, django_assert_max_num_queries
):
    author = make_author()
    for _ in range(3):
        make_article(authors=[author])
    editor_client.get(CHANGELIST)
    with django_assert_max_num_queries(13) as captured:  # 1 of them: the unread notifications
        editor_client.get(CHANGELIST)
    few = len(captured.captured_queries)
    for _ in range(12):
        make_article(authors=[author])
    with django_assert_max_num_queries(few) as captured:
        editor_client.get(CHANGELIST)


@pytest.mark.django_db
def test_filters_by_status_author_and_date(editor_client):
    author = make_author("Lê Thu")
    make_article("Tin đã đăng", authors=[author])
    make_article("Tin nháp", status=Article.Status.DRAFT)
    make_article("Tin năm trước", published_at=datetime(2024, 3, 1, 9, 0, tzinfo=HANOI))

    assert _titles(editor_client.get(CHANGELIST, {"status__exact": "draft"})) == ["Tin nháp"]
    assert _titles(editor_client.get(CHANGELIST, {"authors__id__exact": author.pk})) == [
        "Tin đã đăng"
    ]
    by_year = editor_client.get(CHANGELIST, {"published_at__year": "2024"})
    assert _titles(by_year) == ["Tin năm trước"]
    assert by_year.context["cl"].date_hierarchy == "published_at"


@pytest.mark.django_db
def test_search_finds_title_sapo_and_author(editor_client):
    make_article("Hội nghị tổng kết công tác Đảng", authors=[make_author("Phạm Minh Châu")])
    make_article("Giải bóng chuyền hơi", sapo="Các đội nữ tranh tài sôi nổi")
    assert _titles(editor_client.get(CHANGELIST, {"q": "tổng kết"})) == [
        "Hội nghị tổng kết công tác Đảng"
    ]
    assert _titles(editor_client.get(CHANGELIST, {"q": "tranh tài"})) == ["Giải bóng chuyền hơi"]
    assert _titles(editor_client.get(CHANGELIST, {"q": "Minh Châu"})) == [
        "Hội nghị tổng kết công tác Đảng"
    ]


def _autocomplete(client, field, term):
    return client.get(
        reverse("admin:autocomplete"),
        {"app_label": "articles", "model_name": "article", "field_name": field, "term": term},
    )


@pytest.mark.django_db
def test_autocomplete_for_category_and_authors(reporter_client):
    category = make_category("Du lịch – Di sản")
    author = make_author("Hoàng Lan", unit="Đài Truyền thanh huyện")
    category_results = _autocomplete(reporter_client, "category", "di sản").json()["results"]
    assert category_results == [{"id": str(category.pk), "text": "Du lịch – Di sản"}]
    author_results = _autocomplete(reporter_client, "authors", "Lan").json()["results"]
    assert author_results == [{"id": str(author.pk), "text": "Hoàng Lan – Đài Truyền thanh huyện"}]


@pytest.mark.django_db
def test_tag_autocomplete_suggests_names(reporter_client):
    make_article(tags=["lễ hội", "văn hóa"])
    results = _autocomplete(reporter_client, "tags", "lễ").json()["results"]
    assert [item["text"] for item in results] == ["lễ hội"]


def _add_data(category, **changes):
    """What an editor's add form sends for a new article."""
    new = Article(
        title="Ngày hội văn hóa các dân tộc",
        sapo="Tóm tắt",
        body="<p>Nội dung</p>",
        category=category,
    )
    return article_form_data(new, editor_fields=True, **changes)


@pytest.mark.django_db
def test_tags_round_trip_through_the_admin_form(editor_client):
    category = make_category()
    response = editor_client.post(
        ADD, _add_data(category, tags=["văn hóa dân tộc", "lễ hội", "Tày, Nùng"])
    )
    assert response.status_code == 302
    article = Article.objects.get()
    assert sorted(article.tags.names()) == ["Tày, Nùng", "lễ hội", "văn hóa dân tộc"]
    change = editor_client.get(reverse("admin:articles_article_change", args=[article.pk]))
    html = change.content.decode()
    assert 'class="tag-autocomplete"' in html
    for name in ("văn hóa dân tộc", "lễ hội", "Tày, Nùng"):
        assert f'<option value="{name}" selected>{name}</option>' in html
    # Saving with no tag selected removes them all.
    response = editor_client.post(
        reverse("admin:articles_article_change", args=[article.pk]),
        article_form_data(article, editor_fields=True),
    )
    assert response.status_code == 302
    assert list(article.tags.names()) == []


@pytest.mark.django_db
def test_admin_save_sanitizes_the_body(editor_client):
    body = '<p onclick="alert(1)">Tin</p><script>alert(1)</script><iframe src="//x"></iframe>'
    response = editor_client.post(ADD, _add_data(make_category(), body=body))
    assert response.status_code == 302
    assert Article.objects.get().body == "<p>Tin</p>"


@pytest.mark.django_db
def test_add_page_has_the_editor_with_the_news_toolbar(reporter_client):
    html = reporter_client.get(ADD).content.decode()
    assert 'class="django_ckeditor_5"' in html
    config = json.loads(
        re.search(r'<script id="id_body_script"[^>]*>(.*?)</script>', html).group(1)
    )
    toolbar = config["toolbar"]["items"]
    for item in (
        "heading", "bold", "italic", "link", "bulletedList", "numberedList",
        "blockQuote", "insertTable", "imageUpload", "mediaEmbed",
    ):  # fmt: skip
        assert item in toolbar
    for forbidden in ("sourceEditing", "htmlEmbed", "code", "codeBlock", "fontColor"):
        assert forbidden not in toolbar
    assert "htmlSupport" not in config
    assert "toggleImageCaption" in config["image"]["toolbar"]
    assert f'data-upload-url="{reverse("articles:editor-image-upload")}"' in html


@pytest.mark.django_db
def test_slug_is_prepopulated_from_the_title(reporter_client):
    html = reporter_client.get(ADD).content.decode()
    fields = json.loads(
        re.search(r'data-prepopulated-fields="([^"]*)"', html).group(1).replace("&quot;", '"')
    )
    assert {"id": "#id_slug", "dependency_ids": ["#id_title"]}.items() <= fields[0].items()


def _view_on_site(client, article):
    """Follow the change form's "view on site" link; its address and the page it opens."""
    change = client.get(reverse("admin:articles_article_change", args=[article.pk]))
    link = re.search(r'<a href="([^"]+)" class="viewsitelink">', change.content.decode())
    assert link, "the change form shows no view-on-site link"
    return link.group(1), client.get(link.group(1))


@pytest.mark.django_db
def test_view_on_site_leads_to_the_published_article(editor_client):
    article = make_article("Tin xem trên trang")
    url, page = _view_on_site(editor_client, article)
    assert url == article.get_absolute_url()
    assert page.status_code == 200
    assert "Tin xem trên trang" in page.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "status, published_at",
    [
        (Article.Status.DRAFT, None),
        (Article.Status.PUBLISHED, datetime(2099, 1, 1, 8, 0, tzinfo=HANOI)),  # scheduled
    ],
)
def test_view_on_site_leads_an_unpublished_article_to_its_preview(
    editor_client, status, published_at
):
    article = make_article("Tin chưa lên trang", status=status, published_at=published_at)
    url, page = _view_on_site(editor_client, article)
    assert url == reverse("articles:preview", kwargs={"pk": article.pk})
    assert page.status_code == 200
    assert "Tin chưa lên trang" in page.content.decode()


def _browser_user(username, password):
    """A superuser: a transactional test flushes the groups and permissions migrate made, so
    role permissions are tested with the test client (test_uploads, above), not here.
    Content types are flushed too: forget the cached ids so they are made again."""
    ContentType.objects.clear_cache()
    return make_user(username, password=password, is_staff=True, is_superuser=True)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_editor_renders_in_chromium(live_server, tmp_path):
    """Real Chromium: the editor boots, shows its Vietnamese toolbar, slug fills from the title."""
    from playwright.sync_api import sync_playwright

    _browser_user("bientap", "mat-khau-bien-tap-1")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"  # the live server thread runs the ORM
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_page(locale="en-US", viewport={"width": 1280, "height": 1400})
        errors = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(f"{live_server.url}{reverse('admin:login')}?next={ADD}")
        page.fill("#id_username", "bientap")
        page.fill("#id_password", "mat-khau-bien-tap-1")
        page.click("input[type=submit]")
        page.wait_for_selector(".ck-editor__editable", timeout=15000)
        toolbar = page.locator(".ck-toolbar").first
        labels = toolbar.locator("button[data-cke-tooltip-text]").evaluate_all(
            "buttons => buttons.map(b => b.getAttribute('data-cke-tooltip-text'))"
        )
        page.fill("#id_title", "Hội nghị tổng kết công tác Đảng năm 2020")
        page.locator("#id_title").blur()
        slug = page.input_value("#id_slug")
        page.locator(".ck-editor__editable").click()
        page.keyboard.type("Đoạn văn thử nghiệm.")
        page.screenshot(path=str(tmp_path / "admin-article-add.png"), full_page=True)
        heading = page.locator("h1").first.inner_text()
        browser.close()
    assert errors == []
    assert heading == "Thêm bài viết"
    assert slug == "hoi-nghi-tong-ket-cong-tac-dang-nam-2020"
    assert "Đậm" in " ".join(labels)  # the toolbar is in Vietnamese
    assert not any("Source" in label or "HTML" in label for label in labels)
    assert len(labels) >= 12


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_editor_image_upload_and_tags_work_end_to_end_in_chromium(live_server):
    """The editor's upload goes through our endpoint (CSRF header and all); tags save as typed."""
    from playwright.sync_api import sync_playwright

    from tests.images import gps_exif, jpeg

    _browser_user("phongvien", "mat-khau-phong-vien-1")
    make_category("Văn hóa – Văn nghệ")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"  # the live server thread runs the ORM
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_page()
        page.goto(f"{live_server.url}{reverse('admin:login')}?next={ADD}")
        page.fill("#id_username", "phongvien")
        page.fill("#id_password", "mat-khau-phong-vien-1")
        page.click("input[type=submit]")
        page.wait_for_selector(".ck-editor__editable")
        page.fill("#id_title", "Đêm hội văn nghệ mừng Xuân")
        page.set_input_files(
            ".ck-toolbar input[type=file]",
            files=[{"name": "ảnh đêm hội.jpg", "mimeType": "image/jpeg",
                    "buffer": jpeg((1600, 900), exif=gps_exif())}],
        )  # fmt: skip
        page.wait_for_selector('.ck-editor__editable img[src^="/media/editor/"]', timeout=15000)
        page.click(".field-category .select2-selection")
        page.keyboard.type("văn hóa")
        page.click(".select2-results__option >> text=Văn hóa – Văn nghệ")
        page.click(".field-tags .select2-selection")
        page.keyboard.type("lễ hội Xuân,")
        page.keyboard.type("văn nghệ,")
        page.keyboard.press("Escape")
        page.click("input[name=_save]")
        page.wait_for_url(f"{live_server.url}{CHANGELIST}")
        browser.close()
    article = Article.objects.get()
    assert sorted(article.tags.names()) == ["lễ hội Xuân", "văn nghệ"]
    assert article.slug == "dem-hoi-van-nghe-mung-xuan"
    match = re.search(
        r'<figure class="image"><img src="(/media/editor/[^"]+)"[^>]*srcset="', article.body
    )
    assert match, article.body
