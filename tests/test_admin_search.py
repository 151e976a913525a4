"""Admin list search without diacritics, folded as the public search folds, and the desk's
“Hẹn giờ” and “Chờ duyệt” filters with honest counts."""

from datetime import timedelta

import pytest
from django.contrib import admin as django_admin
from django.db import connection
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone
from taggit.models import Tag

from articles.models import Article
from pages.models import StaticPage
from tests.factories import make_article, make_author, make_category, make_user

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:articles_article_changelist")
S = Article.Status


def _found(client, url, q, **params):
    response = client.get(url, {"q": q, **params})
    assert response.status_code == 200
    return sorted(str(row) for row in response.context["cl"].result_list)


def test_article_list_finds_a_title_typed_without_diacritics(editor_client):
    make_article("Thi gói bánh chưng đón Tết")
    make_article("Hội thi nấu cơm niêu")
    assert _found(editor_client, CHANGELIST, "goi banh chung") == ["Thi gói bánh chưng đón Tết"]
    assert _found(editor_client, CHANGELIST, "GÓI BÁNH CHƯNG") == ["Thi gói bánh chưng đón Tết"]
    assert _found(editor_client, CHANGELIST, "Gói bánh chưng") == ["Thi gói bánh chưng đón Tết"]
    assert _found(editor_client, CHANGELIST, '"chung don"') == ["Thi gói bánh chưng đón Tết"]
    assert _found(editor_client, CHANGELIST, '"don chung"') == []


def test_each_word_is_found_in_the_title_the_sapo_or_an_authors_name(editor_client):
    an = make_author("Nguyễn Văn An")
    make_article("Đua thuyền truyền thống", sapo="Lễ hội trên sông Đà.", authors=[an])
    make_article("Đua thuyền trên hồ", sapo="Giải mở rộng.")
    assert _found(editor_client, CHANGELIST, "dua thuyen song da") == ["Đua thuyền truyền thống"]
    assert _found(editor_client, CHANGELIST, "dua thuyen nguyen van") == ["Đua thuyền truyền thống"]
    assert _found(editor_client, CHANGELIST, "dua thuyen") == [
        "Đua thuyền truyền thống",
        "Đua thuyền trên hồ",
    ]
    # Two authors matching one word still list the article once.
    make_article("Văn nghệ quần chúng", authors=[an, make_author("Trần Văn Bình")])
    assert _found(editor_client, CHANGELIST, "van nghe van") == ["Văn nghệ quần chúng"]


def test_like_wildcards_typed_are_plain_characters(editor_client):
    make_article("Giảm 50% phí tham quan")
    make_article("Giảm 50 nghìn đồng")
    assert _found(editor_client, CHANGELIST, "50%") == ["Giảm 50% phí tham quan"]
    assert _found(editor_client, CHANGELIST, "5_") == []


def test_a_reporter_finds_only_their_own_articles(reporter_client, reporter, editor):
    make_article("Gói bánh chưng của tôi", status=S.DRAFT, created_by=reporter)
    make_article("Gói bánh chưng của người khác", status=S.DRAFT, created_by=editor)
    assert _found(reporter_client, CHANGELIST, "goi banh") == ["Gói bánh chưng của tôi"]


@pytest.mark.parametrize(
    "url, make, typed, expected",
    [
        (
            "admin:articles_author_changelist",
            lambda: make_author("Đặng Thị Ánh", unit="Đài Truyền thanh xã"),
            "dang thi anh",
            "Đặng Thị Ánh – Đài Truyền thanh xã",
        ),
        (
            "admin:articles_author_changelist",
            lambda: make_author("Vũ Văn Đức", unit="Đài Truyền thanh xã"),
            "dai truyen thanh",
            "Vũ Văn Đức – Đài Truyền thanh xã",
        ),
        (
            "admin:taggit_tag_changelist",
            lambda: Tag.objects.create(name="Lễ hội đền Hùng", slug="le-hoi-den-hung"),
            "le hoi den hung",
            "Lễ hội đền Hùng",
        ),
        (
            "admin:auth_user_changelist",
            lambda: make_user("ut", first_name="Ưng", last_name="Ông Thị"),
            "ong thi ung",
            "ut",
        ),
        (
            "admin:pages_staticpage_changelist",
            lambda: StaticPage.objects.create(title="Chức năng, nhiệm vụ"),
            "chuc nang nhiem vu",
            "Chức năng, nhiệm vụ",
        ),
        (
            "admin:articles_category_changelist",
            lambda: make_category("Văn hóa – Thể thao"),
            "van hoa the thao",
            "Văn hóa – Thể thao",
        ),
    ],
)
def test_every_admin_list_finds_names_typed_without_diacritics(
    admin_client, url, make, typed, expected
):
    make()
    make_author("Nguyễn Văn Bình", unit="Trung tâm")
    assert _found(admin_client, reverse(url), typed) == [expected]
    assert "Gõ có dấu hay không dấu đều tìm được" in admin_client.get(reverse(url)).content.decode()


def test_autocomplete_of_authors_in_the_article_form_ignores_diacritics(editor_client):
    author = make_author("Đỗ Quang Huy")
    response = editor_client.get(
        reverse("admin:autocomplete"),
        {
            "term": "do quang",
            "app_label": "articles",
            "model_name": "article",
            "field_name": "authors",
        },
    )
    assert [row["id"] for row in response.json()["results"]] == [str(author.pk)]


def test_the_search_reads_a_trigram_index_not_every_article(editor):
    """The folded words are matched on a stored column with a trigram index (EXPLAIN)."""
    make_article("Thi gói bánh chưng đón Tết")
    model_admin = django_admin.site._registry[Article]
    request = RequestFactory().get(CHANGELIST)
    request.user = editor
    queryset, _duplicates = model_admin.get_search_results(
        request, Article.objects.all(), "goi banh chung"
    )
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # a tiny table: ask what it can use
        plan = queryset.explain()
    assert "article_folded_trgm" in plan
    assert "f_unaccent" not in plan  # no folding per row at query time


def test_scheduled_and_pending_filters_list_and_count_honestly(editor_client, reporter):
    now = timezone.now()
    make_article("Tin hẹn giờ", published_at=now + timedelta(days=1))
    make_article("Tin đã đăng", published_at=now - timedelta(days=1))
    make_article("Tin chờ duyệt 1", status=S.PENDING, created_by=reporter)
    make_article("Tin chờ duyệt 2", status=S.PENDING)
    make_article("Tin nháp", status=S.DRAFT)

    assert _found(editor_client, CHANGELIST, "", tinh_trang="scheduled") == ["Tin hẹn giờ"]
    assert _found(editor_client, CHANGELIST, "", tinh_trang="pending") == [
        "Tin chờ duyệt 1",
        "Tin chờ duyệt 2",
    ]
    html = editor_client.get(CHANGELIST, {"_facets": "1"}).content.decode()
    assert "Hẹn giờ (1)" in html and "Chờ duyệt (2)" in html and "Đang hiển thị (1)" in html
    # Counts follow the search too: what the list would show with that filter.
    html = editor_client.get(CHANGELIST, {"_facets": "1", "q": "tin cho duyet 1"}).content
    assert "Chờ duyệt (1)" in html.decode() and "Hẹn giờ (0)" in html.decode()


def test_a_reporters_counts_are_their_own_and_the_dashboard_leads_to_the_lists(
    reporter_client, reporter
):
    make_article("Bài chờ duyệt của tôi", status=S.PENDING, created_by=reporter)
    make_article("Bài chờ duyệt của người khác", status=S.PENDING)
    html = reporter_client.get(CHANGELIST, {"_facets": "1"}).content.decode()
    assert "Chờ duyệt (1)" in html
    dashboard = reporter_client.get(reverse("admin:index")).content.decode()
    link = f'href="{CHANGELIST}?tinh_trang=pending"'
    assert link in dashboard
    assert _found(reporter_client, CHANGELIST, "", tinh_trang="pending") == [
        "Bài chờ duyệt của tôi"
    ]
    assert f'href="{CHANGELIST}?tinh_trang=scheduled"' in dashboard
