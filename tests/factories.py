"""Small factories: real rows in the real database, no mocks."""

import itertools
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from articles.models import Article, Author, Category

_seq = itertools.count(1)


def make_category(name=None, **kwargs):
    n = next(_seq)
    return Category.objects.create(name=name or f"Chuyên mục {n}", **kwargs)


def make_author(name=None, unit="Trung tâm VHTT&TT huyện", **kwargs):
    n = next(_seq)
    return Author.objects.create(name=name or f"Tác giả {n}", unit=unit, **kwargs)


def make_article(
    title=None,
    *,
    category=None,
    status=Article.Status.PUBLISHED,
    published_at=None,
    authors=(),
    tags=(),
    **kwargs,
):
    n = next(_seq)
    if status == Article.Status.PUBLISHED and published_at is None:
        published_at = timezone.now() - timedelta(hours=n)
    article = Article.objects.create(
        title=title or f"Bài viết số {n}",
        category=category or make_category(),
        status=status,
        published_at=published_at,
        sapo=kwargs.pop("sapo", "Tóm tắt bài viết."),
        body=kwargs.pop("body", "<p>Nội dung bài viết.</p>"),
        **kwargs,
    )
    if authors:
        article.authors.set(authors)
    if tags:
        article.tags.set(list(tags))
    return article


def make_user(username=None, password="mat-khau-thu-nghiem-1", **kwargs):
    return get_user_model().objects.create_user(
        username=username or f"user{next(_seq)}", password=password, **kwargs
    )
