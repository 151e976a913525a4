"""Article cards are rendered once per article version, and every change shows."""

import pytest

from articles.card_rows import public_cards
from articles.cards import card_html, forget_cards
from articles.models import Article
from tests.factories import make_article, make_category

pytestmark = pytest.mark.django_db


def _loaded(article):
    return Article.objects.for_list().get(pk=article.pk)


def test_a_card_is_rendered_once_and_reused(client):
    article = _loaded(make_article("Hội thi văn nghệ"))
    first = card_html(article, compact=True)
    assert "Hội thi văn nghệ" in first
    assert card_html(_loaded(article), compact=True) is first  # no second rendering


def test_each_variant_has_its_own_card():
    article = _loaded(make_article())
    lead = card_html(article, is_lead=True)
    assert "card--lead" in lead and "card--lead" not in card_html(article)


def test_an_edit_or_a_category_rename_makes_a_new_card(client):
    category = make_category("Văn nghệ")
    article = make_article("Hội thi văn nghệ", category=category)
    card_html(_loaded(article), show_category=True)
    article.title = "Hội thi văn nghệ quần chúng"
    article.save()
    assert "quần chúng" in card_html(_loaded(article), show_category=True)
    category.name = "Văn hóa – Văn nghệ"
    category.save()
    assert "Văn hóa – Văn nghệ" in card_html(_loaded(article), show_category=True)
    assert "Văn hóa – Văn nghệ" in client.get("/").text


def test_a_card_row_and_its_article_share_one_card():
    article = make_article("Hội thi văn nghệ")
    [row] = public_cards([article.pk]).values()
    from_row = card_html(row, show_category=True)  # rendered from the row's columns
    forget_cards()
    from_article = card_html(_loaded(article), show_category=True)
    assert from_row == from_article
    assert card_html(row, show_category=True) is from_article


def test_lists_and_feeds_show_an_edit_at_once(client):
    category = make_category("Văn nghệ")
    article = make_article("Hội thi văn nghệ", category=category)
    pages = ["/", category.get_absolute_url(), "/rss/", f"/rss/{category.slug}/"]
    for page in pages:
        assert "Hội thi văn nghệ" in client.get(page).text
    article.title = "Liên hoan ca múa nhạc"
    article.save()
    for page in pages:
        text = client.get(page).text
        assert "Liên hoan ca múa nhạc" in text and "Hội thi văn nghệ" not in text, page


def test_unpublishing_takes_an_article_off_every_list_at_once(client):
    category = make_category("Văn nghệ")
    article = make_article("Hội thi văn nghệ", category=category)
    pages = ["/", category.get_absolute_url(), "/rss/"]
    for page in pages:
        client.get(page)
    article.status = Article.Status.DRAFT
    article.save()
    for page in pages:
        assert "Hội thi văn nghệ" not in client.get(page).text, page
