"""RSS, sitemap and robots.txt as machines read them."""

import xml.etree.ElementTree as ET  # noqa: S405 - parses our own sitemap in tests

import feedparser
import pytest
from django.urls import reverse

from articles.sitemaps import ArticleSitemap
from tests.factories import make_article, make_category
from tests.public_data import build_site

pytestmark = pytest.mark.django_db
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def parse_xml(content):
    return ET.fromstring(content)  # noqa: S314 - our own server's output


def test_rss_feed_parses_with_items_enclosures_and_dates(client):
    site = build_site(10)
    response = client.get("/rss/")
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "rss20"
    assert feed.feed.title == "Trung tâm Văn hóa – Thông tin – Thể thao huyện Tân Phú"
    assert len(feed.entries) == 10
    newest = feed.entries[0]
    article = site.published[0]
    assert newest.title == article.title
    assert newest.link == f"http://testserver{article.get_absolute_url()}"
    assert newest.id == newest.link
    assert newest.published_parsed is not None
    assert newest.summary == article.sapo
    enclosure = newest.enclosures[0]
    assert enclosure.href.startswith("http://testserver/media/covers/")
    assert enclosure.type == "image/jpeg"


def test_kept_feed_items_follow_edits_category_names_and_the_host(client, settings):
    settings.PUBLIC_PAGE_CACHE = False
    site = build_site(4, covers=False)
    article = site.published[0]
    first = client.get("/rss/").content
    assert client.get("/rss/").content == first  # the kept items give the same bytes
    article.title = "Tiêu đề đã sửa & <b>"
    article.save()
    category = article.category
    category.name = "Chuyên mục đổi tên"
    category.save()
    entry = feedparser.parse(client.get("/rss/").content).entries[0]
    assert entry.title == "Tiêu đề đã sửa & <b>"
    assert entry.tags[0].term == "Chuyên mục đổi tên"
    settings.ALLOWED_HOSTS = ["tin.example.vn", "testserver"]
    other = feedparser.parse(client.get("/rss/", HTTP_HOST="tin.example.vn").content)
    assert other.entries[0].link.startswith("http://tin.example.vn/")


def test_category_feed_holds_its_articles_and_its_childrens(client):
    site = build_site(9, covers=False)
    culture = site.categories[1]
    feed = feedparser.parse(
        client.get(reverse("articles:category-feed", args=[culture.slug])).content
    )
    titles = {e.title for e in feed.entries}
    expected = {a.title for a in site.published if a.category in site.categories[1:]}
    assert titles == expected
    assert culture.name in feed.feed.title
    assert client.get("/rss/khong-co/").status_code == 404


def test_sitemap_index_and_sections_are_valid_xml(client):
    site = build_site(6, covers=False)
    index = parse_xml(client.get("/sitemap.xml").content)
    sections = [loc.text for loc in index.iter(f"{SM}loc")]
    assert len(sections) == 4  # articles, categories, pages, documents
    urls = set()
    for section in sections:
        root = parse_xml(client.get(section.removeprefix("http://testserver")).content)
        for entry in root.iter(f"{SM}url"):
            loc = entry.find(f"{SM}loc").text
            urls.add(loc.removeprefix("http://testserver"))
            if loc.endswith(".html"):
                assert entry.find(f"{SM}lastmod") is not None, loc
    assert {a.get_absolute_url() for a in site.published} <= urls
    assert {c.get_absolute_url() for c in site.categories} <= urls
    assert site.pages[0].get_absolute_url() in urls
    assert site.pages[2].get_absolute_url() not in urls  # unpublished static page


def test_article_sitemap_is_paginated(client, monkeypatch):
    monkeypatch.setattr(ArticleSitemap, "limit", 3)
    category = make_category()
    for _ in range(7):
        make_article(category=category)
    index = parse_xml(client.get("/sitemap.xml").content)
    article_pages = [loc.text for loc in index.iter(f"{SM}loc") if "bai-viet" in loc.text]
    assert len(article_pages) == 3
    last = parse_xml(client.get(article_pages[-1].removeprefix("http://testserver")).content)
    assert len(list(last.iter(f"{SM}url"))) == 1


def test_sitemaps_are_cached_pages_that_follow_every_publication(
    client, page_cache, django_assert_num_queries
):
    """Crawlers read the sitemaps often: served from the page cache, yet never stale."""
    category = make_category()
    first = make_article("Tin thứ nhất", category=category)
    index = client.get("/sitemap.xml")
    assert index["Cache-Control"] == "public, max-age=60"
    section = next(
        loc.text for loc in parse_xml(index.content).iter(f"{SM}loc") if "bai-viet" in loc.text
    )
    path = section.removeprefix("http://testserver")
    assert first.get_absolute_url() in client.get(path).content.decode()
    with django_assert_num_queries(0):  # kept whole: no query at all
        assert client.get(path).status_code == 200
    second = make_article("Tin thứ hai", category=category)
    assert second.get_absolute_url() in client.get(path).content.decode()
    second.status = second.Status.DRAFT
    second.save()
    assert second.get_absolute_url() not in client.get(path).content.decode()


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_the_favicon_is_served_for_a_week(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    assert response.content[:4] == b"\x00\x00\x01\x00"  # an ICO file
    assert "max-age=604800" in response["Cache-Control"]
