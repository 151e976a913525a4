"""Public search at /tim-kiem/: what a citizen typing on a phone can rely on."""

import io
import re
import unicodedata
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models import Value
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from search.query import (
    SEARCH_CONFIG,
    HoldsPairs,
    _RankStatement,
    explain_search,
    normalize_query,
    search_articles,
)
from search.suggest import refresh_vocabulary, suggest
from tests.corpus import build_corpus
from tests.factories import make_article, make_category

pytestmark = pytest.mark.django_db
URL = reverse("search:search")


@pytest.fixture
def corpus():
    built = build_corpus()
    call_command("refresh_search_words", stdout=io.StringIO())  # as scheduled in production
    return built


def titles(query, **filters):
    return [a.title for a in search_articles(normalize_query(query), **filters)]


def page_titles(response):
    return [a.title for a in response.context["page_obj"]]


def test_diacritics_and_case_do_not_matter(corpus):
    expected = titles("Hội nghị")
    assert "Hội nghị tổng kết công tác Đảng năm 2025" in expected
    assert titles("hoi nghi") == expected
    assert titles("HỘI NGHỊ") == expected
    assert titles("HOI NGHI") == expected


def test_d_without_stroke_finds_dang(corpus):
    assert titles("dang") == ["Hội nghị tổng kết công tác Đảng năm 2025"]
    assert titles("ĐẢNG") == ["Hội nghị tổng kết công tác Đảng năm 2025"]


def test_decomposed_unicode_query_finds_composed_text(client, corpus):
    nfd = unicodedata.normalize("NFD", "Tập huấn nghiệp vụ")
    assert nfd != unicodedata.normalize("NFC", nfd)
    response = client.get(URL, {"q": nfd})
    assert page_titles(response) == ["Tập huấn nghiệp vụ văn hóa cơ sở"]
    assert response.context["query"] == "Tập huấn nghiệp vụ"


def test_title_phrase_beats_body_phrase_beats_scattered_syllables(corpus):
    found = titles("hoi nghi")
    assert found == [
        "Hội nghị tổng kết công tác Đảng năm 2025",  # phrase in the title
        "Tập huấn nghiệp vụ văn hóa cơ sở",  # phrase in the body
        "Lễ hội đua thuyền truyền thống trên sông Trà Khúc",  # both syllables, apart
        "Giải bóng đá thanh niên huyện khai mạc",  # both syllables, apart, in the body only
    ]


def test_adjacent_syllables_outrank_the_same_syllables_apart_at_equal_weight():
    culture = make_category("Văn hóa")
    apart = make_article(
        "Bản tin tuần", category=culture, sapo="", body="<p>Hội trường mới. Kiến nghị cũ.</p>"
    )
    together = make_article(
        "Bản tin tháng", category=culture, sapo="", body="<p>Hội nghị mới. Trường cũ.</p>"
    )
    assert together.published_at < apart.published_at  # recency alone would favour `apart`
    assert titles("hội nghị") == ["Bản tin tháng", "Bản tin tuần"]


def test_quoted_phrase_matches_only_the_phrase(corpus):
    assert titles('"tổng kết công tác"') == [
        "Hội nghị tổng kết công tác Đảng năm 2025",
        "Tổng kết công tác văn hóa năm 2025",
    ]
    # Without quotes the scattered article matches too, ranked last.
    assert titles("tổng kết công tác")[-1] == "Công tác phòng chống lụt bão"


def test_quoted_phrases_combine_with_or_and_exclusion(corpus):
    either = titles('"tổng kết công tác" or "lụt bão"')
    assert sorted(either) == [
        "Công tác phòng chống lụt bão",
        "Hội nghị tổng kết công tác Đảng năm 2025",
        "Tổng kết công tác văn hóa năm 2025",
    ]
    assert titles('"tổng kết công tác" -"công tác đảng"') == ["Tổng kết công tác văn hóa năm 2025"]


def test_recency_breaks_ties():
    category = make_category("Môi trường")
    now = timezone.now()
    old = make_article("Phát động trồng cây", category=category, published_at=now - timedelta(10))
    new = make_article("Phát động trồng cây", category=category, published_at=now - timedelta(1))
    found = list(search_articles("trồng cây"))
    assert [a.pk for a in found] == [new.pk, old.pk]
    assert found[0].rank == found[1].rank


def test_typo_gets_a_suggestion_that_finds_results(client, corpus):
    response = client.get(URL, {"q": "hoi ngih"})
    assert response.context["page_obj"].paginator.count == 0
    assert response.context["suggestion"] == "hội nghị"
    content = response.content.decode()
    assert "Có phải bạn muốn tìm:" in content
    assert "?q=h%E1%BB%99i+ngh%E1%BB%8B" in content
    follow = client.get(URL, {"q": response.context["suggestion"]})
    assert "Hội nghị tổng kết công tác Đảng năm 2025" in page_titles(follow)


def test_no_suggestion_for_nonsense(client, corpus):
    response = client.get(URL, {"q": "xqzw vbnm"})
    assert response.context["page_obj"].paginator.count == 0
    assert response.context["suggestion"] is None
    assert "Không tìm thấy kết quả nào" in response.content.decode()


def test_only_published_articles_are_found(client, corpus):
    articles, _ = corpus
    found = page_titles(client.get(URL, {"q": "hội nghị"}))
    assert "Hội nghị tổng kết công tác Đảng năm 2025" in found
    for hidden in ("draft", "scheduled", "archived"):
        assert articles[hidden].title not in found
    assert titles("chưa xuất bản") == []
    assert titles("hẹn giờ") == []


def test_page_shows_count_query_and_highlighted_snippet(client, corpus):
    response = client.get(URL, {"q": "dang"})
    content = response.content.decode()
    assert response.status_code == 200
    assert "Tìm thấy 1 kết quả cho «dang»." in content
    assert 'value="dang"' in content
    assert "xây dựng <mark>Đảng</mark>." in content


def test_snippet_escapes_everything_but_the_highlight():
    make_article(
        "Thông báo",
        sapo='Lịch tiếp dân: 5 > 3 & "ưu tiên" a<b',
        body="<p>&lt;script&gt; hết</p>",
    )
    [article] = search_articles("lich tiep dan")
    html = str(article.snippet)
    assert html.startswith("<mark>Lịch tiếp dân</mark>: 5 &gt; 3 &amp; &quot;ưu tiên&quot; a&lt;b")
    assert "&lt;script&gt;" in html  # the body's own entities, shown as text
    assert "<script" not in html
    assert re.sub(r"</?mark>", "", html).count("<") == 0


def test_category_filter_includes_subcategories(client, corpus):
    articles, categories = corpus
    child = make_category("Di sản", parent=categories["culture"])
    make_article("Hội nghị bảo tồn di sản", category=child)
    response = client.get(URL, {"q": "hội nghị", "category": "van-hoa"})
    assert sorted(page_titles(response)) == [
        "Hội nghị bảo tồn di sản",
        "Lễ hội đua thuyền truyền thống trên sông Trà Khúc",
        "Tập huấn nghiệp vụ văn hóa cơ sở",
    ]


def test_date_range_filter_uses_day_month_year(client, corpus):
    today = timezone.localdate()
    day = (today - timedelta(days=3)).strftime("%d/%m/%Y")
    response = client.get(URL, {"q": "hội nghị", "date_from": day, "date_to": day})
    assert page_titles(response) == ["Tập huấn nghiệp vụ văn hóa cơ sở"]
    assert response.context["notices"] == []


@pytest.mark.parametrize(
    ("params", "notice"),
    [
        ({"date_from": "31/02/2025"}, "Ngày bắt đầu không hợp lệ"),
        ({"date_to": "2025-13-45"}, "Ngày kết thúc không hợp lệ"),
        ({"date_from": "01/01/2026", "date_to": "01/01/2025"}, "Ngày bắt đầu sau ngày kết thúc"),
        ({"category": "khong-co"}, "Không có chuyên mục này"),
        ({"date_to": "31/12/9999"}, "Ngày phải trong khoảng năm 1900 đến 2999"),
        ({"date_from": "01/01/0001"}, "Ngày phải trong khoảng năm 1900 đến 2999"),
    ],
)
def test_bad_filters_are_ignored_with_a_message(client, corpus, params, notice):
    response = client.get(URL, {"q": "hội nghị", **params})
    assert response.status_code == 200
    assert any(notice in n for n in response.context["notices"])
    assert notice in response.content.decode()
    assert len(page_titles(response)) == 4  # the same results as without the bad filter


def test_pagination_keeps_the_query_and_filters(client):
    category = make_category("Thông báo")
    for n in range(23):
        make_article(f"Lịch tiếp công dân tuần {n + 1}", category=category)
    first = client.get(URL, {"q": "tiếp công dân", "category": category.slug})
    assert first.context["page_obj"].paginator.count == 23
    assert len(page_titles(first)) == 20
    assert f"?q=ti%E1%BA%BFp+c%C3%B4ng+d%C3%A2n&amp;category={category.slug}&amp;page=2" in (
        first.content.decode()
    )
    second = client.get(URL, {"q": "tiếp công dân", "category": category.slug, "page": "2"})
    assert len(page_titles(second)) == 3
    assert set(page_titles(first)).isdisjoint(page_titles(second))
    junk_page = client.get(URL, {"q": "tiếp công dân", "page": "abc'"})
    assert junk_page.status_code == 200
    assert page_titles(junk_page) == page_titles(first)


@pytest.mark.parametrize(
    "query",
    [
        "",
        "a",
        "   ",
        "x" * 500,
        "hội " * 125,
        "'; DROP TABLE articles_article; --",
        "1' OR '1'='1",
        '"unbalanced',
        "!!!&&&|||:*()<->",
        "-",
        "\x00\x1f",
    ],
)
def test_junk_queries_give_a_normal_page(client, corpus, query):
    response = client.get(URL, {"q": query})
    assert response.status_code == 200
    assert response.context["query"] == normalize_query(query)
    assert len(response.context["query"]) <= 200
    assert Article.objects.filter(title="Hội nghị tổng kết công tác Đảng năm 2025").exists()


def test_long_query_is_shortened_and_still_searches(client, corpus):
    response = client.get(URL, {"q": "hội nghị " * 100})
    assert response.status_code == 200
    assert "Hội nghị tổng kết công tác Đảng năm 2025" in page_titles(response)


def test_one_character_query_asks_for_more(client, corpus):
    response = client.get(URL, {"q": "h"})
    assert response.context["page_obj"] is None
    assert "ít nhất 2 ký tự" in response.content.decode()


def test_search_page_is_not_indexed(client, corpus):
    response = client.get(URL, {"q": "hội nghị"})
    assert response["X-Robots-Tag"] == "noindex"


def test_query_count_stays_flat_as_results_grow(client, settings):
    # The content version is read at most once a second: keep that clock out of the count.
    settings.PUBLIC_VERSION_LOCAL_SECONDS = 3600
    category = make_category("Thông báo")
    make_article("Lịch trực tết", category=category)
    client.get(URL, {"q": "lịch trực"})  # warm the site chrome (cached across requests)
    with CaptureQueriesContext(connection) as small_queries:
        small = client.get(URL, {"q": "lịch trực"})
    for n in range(30):
        make_article(f"Lịch trực tết số {n}", category=category)
    client.get(URL, {"q": "lịch trực"})  # the chrome is kept per content version: warm it again
    with CaptureQueriesContext(connection) as large_queries:
        large = client.get(URL, {"q": "lịch trực"})
    assert small.context["page_obj"].paginator.count == 1
    assert large.context["page_obj"].paginator.count == 31
    # Plan estimate (plus the window's date when the table has statistics), matching ids,
    # the ranked page, its authors, the filter's categories, the time limit, planner
    # settings and savepoint around the search: the same however many match.
    assert len(small_queries) == len(large_queries) <= 13


def test_no_snippet_when_only_the_title_matches(client, corpus):
    response = client.get(URL, {"q": "thanh niên"})
    [article] = response.context["page_obj"]
    assert article.title == "Giải bóng đá thanh niên huyện khai mạc"
    assert article.snippet == ""
    assert 'class="snippet"' not in response.content.decode()


def test_tones_as_typed_decide_between_folded_twins():
    category = make_category("Thời sự")
    now = timezone.now()
    make_article("Bão số 5 đổ bộ vào huyện", category=category, published_at=now - timedelta(2))
    make_article("Báo chí huyện ra số mới", category=category, published_at=now - timedelta(1))
    assert titles("bão") == ["Bão số 5 đổ bộ vào huyện", "Báo chí huyện ra số mới"]
    assert titles("báo") == ["Báo chí huyện ra số mới", "Bão số 5 đổ bộ vào huyện"]
    assert titles("bao")[0] == "Báo chí huyện ra số mới"  # no tones typed: the newer first


def test_matches_are_found_through_the_gin_index(corpus):
    _, categories = corpus
    Article.objects.bulk_create(
        Article(
            title=f"Tin vắn số {n}",
            slug=f"tin-van-so-{n}",
            sapo="Thông tin ngắn trong ngày.",
            body="<p>Người dân phấn khởi đón xuân.</p>",
            category=categories["sport"],
            status=Article.Status.PUBLISHED,
            published_at=timezone.now() - timedelta(minutes=n),
        )
        for n in range(2000)
    )
    with connection.cursor() as cursor:
        # What autovacuum does on a live site: statistics, and the GIN pending list merged.
        cursor.execute("ANALYZE articles_article")
        cursor.execute("SELECT gin_clean_pending_list('article_search_gin')")
    plan = explain_search("hội nghị")
    assert "Bitmap Index Scan on article_search_gin" in plan
    estimate = plan.split("Bitmap Heap Scan")[1].splitlines()[0]
    # The 4 published matches (PostgreSQL 18 prints "rows=4.00", older servers "rows=4").
    assert re.search(r"\(actual time=[^)]*rows=4(\.00)? loops", estimate)


def test_very_common_words_rank_the_newest_matches_and_say_so(client, monkeypatch):
    monkeypatch.setattr("search.query.MAX_RESULTS", 5)
    category = make_category("Thông báo")
    now = timezone.now()
    oldest = make_article("Lịch trực cơ quan", category=category, published_at=now - timedelta(30))
    for n in range(6):
        make_article(
            f"Thông báo số {n}",
            category=category,
            sapo=f"Lịch trực tuần {n}.",
            published_at=now - timedelta(hours=n + 1),
        )
    response = client.get(URL, {"q": "lịch trực"})
    assert response.context["page_obj"].paginator.count == 5
    assert oldest.title not in page_titles(response)  # the newest five were ranked
    assert "Tìm thấy ít nhất 5 kết quả" in response.content.decode()


def _duty_rosters(matching_hours, other_hours):
    """Articles about "lịch trực" published so many hours ago, and others; then ANALYZE."""
    category = make_category("Thông báo")
    now = timezone.now()
    for hours in matching_hours:
        make_article(
            f"Lịch trực tuần {hours}", category=category, published_at=now - timedelta(hours=hours)
        )
    for hours in other_hours:
        make_article(
            f"Tin huyện {hours}", category=category, published_at=now - timedelta(hours=hours)
        )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE articles_article")  # as autovacuum does: the estimates
    return [f"Lịch trực tuần {hours}" for hours in sorted(matching_hours)]


def _actual_rows(plan_node):
    # PostgreSQL 18 prints "rows=5.00", older servers "rows=5".
    return int(re.search(r"\(actual time=[^)]*rows=(\d+)", plan_node.splitlines()[0])[1])


def test_common_words_are_looked_for_among_the_newest_articles_first(monkeypatch):
    monkeypatch.setattr("search.query.MAX_RESULTS", 5)
    monkeypatch.setattr("search.query.WALK_WINDOW", 0)  # a window, not a walk
    newest_first = _duty_rosters(range(1, 80, 2), range(2, 42, 2))  # 40 of 60 match
    plan = explain_search("lịch trực")
    recent, older = plan.split("Append")[1].split("->  Limit")[1:3]
    assert _actual_rows(recent) == 5  # the window held the five newest matches,
    assert "never executed" in older.splitlines()[0]  # so the older articles were not read
    assert titles("lịch trực") == newest_first[:5]


def test_words_in_most_articles_are_found_by_walking_the_date_index(monkeypatch):
    monkeypatch.setattr("search.query.MAX_RESULTS", 5)
    newest_first = _duty_rosters(range(1, 40), range(40, 42))  # 39 of 41 match
    assert _RankStatement("lịch trực").walk  # no window, no GIN bitmap: the date order
    assert titles("lịch trực") == newest_first[:5]
    assert not _RankStatement('"lịch trực"').walk  # phrases read vectors: never walked


def test_older_articles_are_searched_when_the_newest_hold_too_few_matches(monkeypatch):
    monkeypatch.setattr("search.query.MAX_RESULTS", 5)
    monkeypatch.setattr("search.query.WALK_WINDOW", 0)
    # Common overall, so the window is small; but the 30 newest articles do not match.
    newest_first = _duty_rosters(range(100, 220), range(1, 31))
    plan = explain_search("lịch trực")
    recent, older = plan.split("Append")[1].split("->  Limit")[1:3]
    assert _actual_rows(recent) == 0
    assert _actual_rows(older) == 5
    assert titles("lịch trực") == newest_first[:5]


@pytest.mark.parametrize(
    ("typo", "expected"),
    [("dua thuyn", "đua thuyền"), ("tong ket cong tak", "tổng kết công tác"), ("ĐANGR", "đảng")],
)
def test_typo_suggestions_keep_diacritics(client, corpus, typo, expected):
    response = client.get(URL, {"q": typo})
    assert response.context["page_obj"].paginator.count == 0
    assert response.context["suggestion"] == expected


def test_typo_suggestion_prefers_spellings_that_stand_together(corpus):
    # "thuyết" is one edit from "thuyem" like "thuyền", and more common: but only
    # "đua thuyền" stands together in an article, so that is what the reader meant.
    for n in range(3):
        make_article(f"Hội thảo lý thuyết số {n}", body="<p>Bàn về lý thuyết.</p>")
    refresh_vocabulary()
    assert suggest("dua thuyem") == "đua thuyền"


def test_typo_suggestions_come_only_from_published_articles(corpus):
    draft = make_article("Khánh thành cầu Bến Lức", status=Article.Status.DRAFT, published_at=None)
    refresh_vocabulary()
    assert suggest("ben lucc") is None  # the draft's words are in no published article
    draft.status = Article.Status.PUBLISHED
    draft.published_at = timezone.now() - timedelta(hours=1)  # before this test's transaction
    draft.save()
    assert suggest("ben lucc") is None  # not yet in the vocabulary: refreshed on a schedule
    refresh_vocabulary()
    assert suggest("ben lucc") == "bến lức"


def test_no_typo_suggestion_for_known_words_or_long_sentences(corpus):
    assert suggest("đua thuyền xây dựng") is None  # each word exists, just never together
    assert suggest(" ".join(["hoi ngih"] * 5)) is None  # ten words: a sentence, not a typo
    assert suggest("!!! ???") is None


def test_closer_typo_spelling_beats_a_farther_one_that_stands_together():
    make_article("Xã đưa thương binh đi điều dưỡng", body="<p>Đưa thương binh đi an dưỡng.</p>")
    make_article("Cuộc đua trên sông", body="<p>Mỗi chiếc thuyền có mười hai tay chèo.</p>")
    refresh_vocabulary()
    # "thuyn" is one edit from "thuyền", two from "thương": the words apart still win.
    assert suggest("dua thuyn") == "đua thuyền"


def test_quoted_phrase_with_many_matches_ranks_the_newest_that_hold_it(monkeypatch):
    monkeypatch.setattr("search.query.MAX_RESULTS", 3)
    category = make_category("Văn hóa")
    now = timezone.now()
    for n in range(5):  # the phrase, oldest last
        make_article(
            f"Sinh hoạt văn hóa cơ sở số {n}",
            category=category,
            published_at=now - timedelta(days=n + 1),
        )
    for n in range(4):  # newer: every adjacent pair of the phrase, never the phrase itself
        make_article(
            f"Văn hóa mới {n}",
            category=category,
            sapo="Hóa cơ bản, cơ sở mới.",
            published_at=now - timedelta(hours=n + 1),
        )
    phrase_pairs = HoldsPairs(Value(SEARCH_CONFIG), Value("văn hóa cơ sở"))
    assert Article.objects.filter(phrase_pairs).count() == 9  # all nine are candidates
    found = titles('"văn hóa cơ sở"')
    assert sorted(found) == [f"Sinh hoạt văn hóa cơ sở số {n}" for n in range(3)]
