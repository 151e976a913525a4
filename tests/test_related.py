"""Related news: stored lists, editor picks first, best matches next, never self or drafts."""

import threading

import pytest
from django.core.management import call_command
from django.db import connections

from articles import related
from articles.models import Article, RelatedArticle
from articles.related import related_articles
from tests.factories import make_article, make_category

pytestmark = pytest.mark.django_db


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    """Run the after-commit refreshes the way a real request's transaction would."""

    def run(action, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return action(*args, **kwargs)

    return run


@pytest.fixture
def boats(on_commit):
    culture = make_category("Văn hóa")
    travel = make_category("Du lịch")
    sport = make_category("Thể thao")

    def article(title, **kwargs):
        return on_commit(make_article, title, **kwargs)

    a = {}
    a["festival"] = article(
        "Lễ hội đua thuyền truyền thống trên sông Trà Khúc",
        category=culture,
        sapo="Người dân nô nức xem đua thuyền đầu xuân.",
        tags=["lễ hội", "đua thuyền"],
    )
    a["spring_race"] = article(
        "Sôi nổi lễ hội đua thuyền mừng xuân",
        category=culture,
        sapo="Mười hai đội thuyền tranh tài.",
        tags=["lễ hội", "đua thuyền"],
    )
    a["river_trip"] = article(
        "Du khách thích thú ngắm đua thuyền trên sông Trà Khúc",
        category=travel,
        sapo="Bến thuyền Trà Khúc đông vui dịp cuối tuần.",
    )
    a["exhibition"] = article(
        "Triển lãm ảnh di sản văn hóa", category=culture, sapo="Hơn trăm bức ảnh tư liệu."
    )
    a["football"] = article(
        "Giải bóng đá thiếu niên khai mạc", category=sport, sapo="Tám đội bóng tham dự."
    )
    a["draft"] = article(
        "Bản nháp về lễ hội đua thuyền trên sông Trà Khúc",
        category=culture,
        status=Article.Status.DRAFT,
        tags=["lễ hội", "đua thuyền"],
    )
    related.refresh_term_stats()
    call_command("recompute_related", verbosity=0)
    return a


def titles(article):
    return [a.title for a in related_articles(article)]


def test_shared_tags_category_and_text_find_the_right_neighbours(boats):
    found = titles(boats["festival"])
    assert found[0] == "Sôi nổi lễ hội đua thuyền mừng xuân"  # same tags and category
    assert "Du khách thích thú ngắm đua thuyền trên sông Trà Khúc" in found  # text only
    assert "Triển lãm ảnh di sản văn hóa" in found  # category only
    assert found.index("Du khách thích thú ngắm đua thuyền trên sông Trà Khúc") < found.index(
        "Triển lãm ảnh di sản văn hóa"
    )
    assert "Giải bóng đá thiếu niên khai mạc" not in found  # nothing in common


def test_never_self_never_drafts(boats):
    for article in boats.values():
        found = [a.pk for a in related_articles(article)]
        assert article.pk not in found
        assert boats["draft"].pk not in found
    assert RelatedArticle.objects.filter(target=boats["draft"]).count() == 0
    assert RelatedArticle.objects.filter(source=boats["draft"]).count() == 0
    assert RelatedArticle.objects.count() > 0


def test_editor_picks_come_first_in_their_order(boats, on_commit):
    festival = boats["festival"]
    on_commit(festival.related_picks.add, boats["football"])
    on_commit(festival.related_picks.add, boats["exhibition"])
    found = titles(festival)
    assert found[:3] == [
        "Giải bóng đá thiếu niên khai mạc",
        "Triển lãm ảnh di sản văn hóa",
        "Sôi nổi lễ hội đua thuyền mừng xuân",
    ]
    assert found.count("Triển lãm ảnh di sản văn hóa") == 1


def test_unpublished_pick_is_not_shown(boats, on_commit):
    festival = boats["festival"]
    on_commit(festival.related_picks.add, boats["draft"])
    assert boats["draft"].pk not in [a.pk for a in related_articles(festival)]
    assert titles(festival)[0] == "Sôi nổi lễ hội đua thuyền mừng xuân"


def test_unpublishing_removes_an_article_from_every_list(boats, on_commit):
    spring_race = boats["spring_race"]
    holders = set(
        RelatedArticle.objects.filter(target=spring_race).values_list("source", flat=True)
    )
    assert boats["festival"].pk in holders
    spring_race.status = Article.Status.DRAFT
    on_commit(spring_race.save)
    assert not RelatedArticle.objects.filter(target=spring_race).exists()
    assert not RelatedArticle.objects.filter(source=spring_race).exists()
    found = titles(boats["festival"])
    assert "Sôi nổi lễ hội đua thuyền mừng xuân" not in found
    assert found[0] == "Du khách thích thú ngắm đua thuyền trên sông Trà Khúc"


def test_hidden_at_read_time_even_before_cleanup(boats):
    # An update that bypasses save() and signals: the read filter still protects the page.
    Article.objects.filter(pk=boats["spring_race"].pk).update(status=Article.Status.ARCHIVED)
    assert RelatedArticle.objects.filter(target=boats["spring_race"]).exists()
    assert "Sôi nổi lễ hội đua thuyền mừng xuân" not in titles(boats["festival"])


def test_publishing_adds_the_article_to_its_neighbours_lists(boats, on_commit):
    draft = boats["draft"]
    draft.status = Article.Status.PUBLISHED
    on_commit(draft.save)
    assert "Bản nháp về lễ hội đua thuyền trên sông Trà Khúc" in titles(boats["festival"])
    assert "Lễ hội đua thuyền truyền thống trên sông Trà Khúc" in titles(draft)


def test_new_tag_refreshes_the_list(boats, on_commit):
    exhibition = boats["exhibition"]
    assert titles(exhibition)[0] != "Du khách thích thú ngắm đua thuyền trên sông Trà Khúc"
    river_trip = boats["river_trip"]
    on_commit(river_trip.tags.add, "di sản", "triển lãm")
    on_commit(exhibition.tags.add, "di sản", "triển lãm")
    assert titles(exhibition)[0] == "Du khách thích thú ngắm đua thuyền trên sông Trà Khúc"


def test_deleting_an_article_refills_the_lists_that_held_it(boats, on_commit):
    festival = boats["festival"]
    assert titles(festival)[0] == "Sôi nổi lễ hội đua thuyền mừng xuân"
    on_commit(boats["spring_race"].delete)
    assert titles(festival) == [
        "Du khách thích thú ngắm đua thuyền trên sông Trà Khúc",
        "Triển lãm ảnh di sản văn hóa",
    ]


def test_the_page_reads_its_list_in_one_query(boats, django_assert_num_queries):
    festival = Article.objects.get(pk=boats["festival"].pk)
    with django_assert_num_queries(1):
        cards = related_articles(festival, limit=3)
        assert [a.category.name for a in cards]
        assert [a.get_absolute_url() for a in cards]
    assert len(cards) == 3


def test_recompute_command_rebuilds_lost_lists(boats, capsys):
    expected = titles(boats["festival"])
    assert expected
    RelatedArticle.objects.all().delete()
    assert titles(boats["festival"]) == []
    call_command("recompute_related")
    assert titles(boats["festival"]) == expected
    assert "Đã tính lại tin liên quan cho 5 bài." in capsys.readouterr().out


def test_a_pick_published_later_takes_its_place_first(boats, on_commit):
    festival, draft = boats["festival"], boats["draft"]
    on_commit(festival.related_picks.add, draft)
    assert draft.pk not in [a.pk for a in related_articles(festival)]
    draft.status = Article.Status.PUBLISHED
    on_commit(draft.save)
    assert titles(festival)[0] == "Bản nháp về lễ hội đua thuyền trên sông Trà Khúc"


def test_a_shared_number_alone_does_not_make_articles_related(on_commit):
    def article(title, sapo):
        return on_commit(make_article, title, sapo=sapo, category=make_category())

    houses = article("Khánh thành 460 ngôi nhà tình nghĩa", "Xã vui mừng.")
    athletes = article("Tuyển chọn 460 vận động viên", "Đội tuyển luyện tập.")
    more_houses = article("Trao nhà tình nghĩa cho gia đình chính sách", "Huyện quan tâm.")
    related.refresh_term_stats()
    call_command("recompute_related", verbosity=0)
    found = titles(houses)
    assert more_houses.title in found  # "tình nghĩa": a word about the topic
    assert athletes.title not in found  # "460" only


def test_a_common_tag_links_the_articles_nearest_in_time(on_commit, monkeypatch):
    monkeypatch.setattr("articles.related.TAG_REACH", 2)
    flowers = ["Mai", "Đào", "Cúc", "Lan", "Huệ", "Sen", "Súng", "Quỳnh", "Trúc"]
    holders = [  # nothing in common but the tag
        on_commit(make_article, name, sapo=name, category=make_category(), tags=["nông thôn mới"])
        for name in flowers
    ]
    middle = holders[4]
    related.store_related(middle.pk)
    # Two on either side of it: the farther ones are not counted.
    assert {a.title for a in related_articles(middle)} == {"Cúc", "Lan", "Sen", "Súng"}


@pytest.mark.django_db(transaction=True)
def test_two_refreshes_of_one_list_at_once_both_succeed():
    """Two publications at once refresh the same neighbour's list: neither may fail."""
    category = make_category()
    article = make_article("Lễ hội đua thuyền", category=category)
    for n in range(5):
        make_article(f"Đua thuyền lần {n}", category=category)
    errors = []
    start = threading.Barrier(2)

    def refresh():
        try:
            start.wait()
            for _ in range(10):
                related.store_related(article.pk)
        except Exception as error:  # noqa: BLE001 - any failure is the finding
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=refresh) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert RelatedArticle.objects.filter(source=article).count() == 5
