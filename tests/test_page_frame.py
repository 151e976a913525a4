"""The article page's frame (articles/page_frame.py): a page whose fragments are all cached is
the frame filled with them, the same bytes as the template, and never another page's content."""

import logging

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache

from articles.article_page import forget_local_fragments
from articles.models import Article
from articles.page_frame import forget_frames
from articles.related import store_related
from tests.factories import make_article, make_author, make_category

# pytest-django instruments the template engine: a test client response lists the templates it
# rendered, none when the page came from the frame (once built: the first such page builds it).


@pytest.fixture
def fragments_only(settings, db):
    settings.PUBLIC_PAGE_CACHE = False  # what the benchmark's --no-cache row measures
    settings.PUBLIC_VERSION_LOCAL_SECONDS = 3600  # no clock in the query counts
    forget_frames()
    yield
    forget_frames()


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return response


def test_a_cached_page_is_the_frame_filled_with_the_templates_bytes(
    client, fragments_only, django_assert_num_queries
):
    article = make_article(
        "Lễ hội <đình> & làng", sapo="Mở đầu", tags=["lễ hội"], authors=[make_author("Đỗ Minh")]
    )
    url = article.get_absolute_url()
    whole = get(client, url)
    assert whole.templates  # the first view renders its fragments through the template
    with django_assert_num_queries(1):  # is it public (its head); the frame reads nothing
        framed = get(client, url)
    assert get(client, url).templates == []
    assert framed.content == whole.content
    assert framed["Content-Type"] == whole["Content-Type"]
    assert b'<link rel="canonical" href="http://testserver' + url.encode() in framed.content


def test_the_frame_serves_each_article_its_own_parts(client, fragments_only):
    first, second = make_article("Đua thuyền"), make_article("Hát chèo")
    for article in (first, second, first, second):
        page = get(client, article.get_absolute_url()).content.decode()
        assert f"<h1>{article.title}</h1>" in page
        assert f'href="http://testserver{article.get_absolute_url()}"' in page
    assert "Hát chèo</h1>" not in get(client, first.get_absolute_url()).content.decode()


def test_an_unpublished_article_is_gone_at_once_though_its_fragments_are_kept(
    client, fragments_only
):
    article = make_article("Tin sẽ gỡ")
    url = article.get_absolute_url()
    get(client, url)
    get(client, url)
    assert get(client, url).templates == []  # served from the frame
    # Behind every signal's back: no new content version, the same changed_at.
    Article.objects.filter(pk=article.pk).update(status=Article.Status.DRAFT)
    get(client, url, status=404)


def test_a_template_showing_the_article_outside_its_fragments_is_rendered_whole(
    client, fragments_only, settings, tmp_path, caplog
):
    detail = tmp_path / "articles" / "detail.html"
    detail.parent.mkdir()
    detail.write_text(  # the project's page, and the title once more outside any fragment
        '{% extends "articles/detail.html" %}{% block head %}{{ block.super }}'
        '<meta name="leak" content="{{ article.title }}">{% endblock %}'
    )
    engine = {**django_settings.TEMPLATES[0], "DIRS": [tmp_path, *settings.TEMPLATES[0]["DIRS"]]}
    settings.TEMPLATES = [engine]
    first, second = make_article("Đua thuyền"), make_article("Hát chèo")
    with caplog.at_level(logging.WARNING, logger="articles.page_frame"):
        for article in (first, second, first, second):
            page = get(client, article.get_absolute_url())
            assert page.templates  # never the frame: it would hold one article's title
            assert f'<meta name="leak" content="{article.title}">' in page.content.decode()
    assert "reads 'article' outside a fragment" in caplog.text


def test_after_a_publication_only_the_missing_fragments_are_rendered(client, fragments_only):
    """A publication elsewhere moves the content version: related news, "Tin khác", header and
    footer are rendered alone (articles/fragment_nodes.py), the story is kept, the page is the
    frame filled with them: the bytes the whole template gives."""
    category = make_category("Lễ hội")
    article = make_article("Lễ hội đình làng", category=category, tags=["lễ hội"])
    neighbour = make_article("Rước kiệu về đình", category=category, tags=["lễ hội"])
    store_related(article.pk)
    url = article.get_absolute_url()
    get(client, url)
    make_article("Tin vừa đăng ở chuyên mục khác")
    rebuilt = get(client, url)
    names = [template.name for template in rebuilt.templates]
    assert "articles/detail.html" not in names and "base.html" not in names
    page = rebuilt.content.decode()
    assert "Tin vừa đăng ở chuyên mục khác" in page and neighbour.title in page
    forget_local_fragments()
    cache.clear()
    forget_frames()
    whole = get(client, url)
    assert "articles/detail.html" in [template.name for template in whole.templates]
    assert rebuilt.content == whole.content
