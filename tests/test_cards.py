"""Article cards are rendered once per article version, and every change shows."""

import pytest

from articles.cards import card_html
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
