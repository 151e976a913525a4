"""`manage.py load_demo`: demo content once, demo accounts with their roles, bulk articles."""

import io
import unicodedata

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import IntegrityError, connection
from django.utils import timezone
from taggit.models import Tag

from accounts.roles import Role, role_of
from articles.models import Article, Author, Category
from core.text import vietnamese_slugify
from demo import synthetic
from demo.accounts import DEFAULT_PASSWORD
from demo.management.commands.load_demo import Command
from demo.synthetic import _avoid_taken_slugs
from pages.models import PortalLink, SiteIdentity, StaticPage
from tests.factories import make_article, make_author, make_category

pytestmark = pytest.mark.django_db


def _run(*args, **kwargs):
    out = io.StringIO()
    call_command("load_demo", *args, stdout=out, verbosity=0, **kwargs)
    return out.getvalue()


@pytest.fixture
def debug_on(settings, monkeypatch):
    settings.DEBUG = True
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    monkeypatch.delenv("PORT", raising=False)


def _counts():
    User = get_user_model()
    return {
        "articles": Article.objects.count(),
        "categories": Category.objects.count(),
        "authors": Author.objects.count(),
        "tags": Tag.objects.count(),
        "users": User.objects.count(),
    }


def test_demo_loads_a_realistic_site(debug_on):
    _run()
    assert Category.objects.count() >= 8
    assert Category.objects.filter(parent__isnull=False).exists()
    assert Author.objects.count() >= 6
    assert Article.objects.count() >= 60
    public = Article.objects.published()
    assert public.count() >= 50
    article = public.get(slug="khanh-thanh-cau-dan-sinh-bac-qua-suoi-nam-khoang")
    name, unit = article.byline.split(" – ", 1)  # "Name – Unit"
    assert name and unit
    assert article.body.count("<p>") >= 3
    assert article.tags.exists()
    assert article.cover_image.name and article.cover_alt and article.cover_caption
    assert article.cover_renditions["480"]
    # An admin queue exists, and some news is scheduled for later.
    assert Article.objects.filter(status=Article.Status.PENDING).exists()
    assert Article.objects.filter(status=Article.Status.DRAFT).exists()
    scheduled = Article.objects.filter(
        status=Article.Status.PUBLISHED, published_at__gt=timezone.now()
    )
    assert scheduled.exists()
    assert not public.filter(pk__in=scheduled).exists()
    assert Article.objects.filter(body__contains='<oembed url="https://www.youtube.com/').exists()
    # The center's identity, portal links and its pages (with English text) are editable rows.
    assert "Hòa Sơn" in SiteIdentity.objects.get().name
    assert PortalLink.objects.count() >= 3
    assert StaticPage.objects.published().exclude(body_en="").count() >= 4
    _assert_every_name_has_its_sort_key()


def _assert_every_name_has_its_sort_key():
    """Vietnamese order (core.sorting) for every name the demo made, bulk or not."""
    assert not Category.objects.filter(sort_key="").exists()
    assert not Author.objects.filter(sort_key="").exists()
    assert not StaticPage.objects.filter(sort_key="").exists()
    assert not Tag.objects.filter(sort_key__isnull=True).exists()
    assert not get_user_model().objects.filter(sort_key__isnull=True).exists()


def test_accounts_and_a_second_run_that_duplicates_nothing(debug_on):
    output = _run()
    User = get_user_model()
    admin, editor, reporter = (
        User.objects.get(username=u) for u in ("admin", "editor", "reporter")
    )
    assert role_of(admin) == Role.ADMINISTRATOR
    assert admin.has_perm("auth.change_user") and not admin.is_superuser
    assert editor.has_perm("articles.publish_article")
    assert not editor.has_perm("auth.change_user")
    assert reporter.has_perm("articles.add_article")
    assert not reporter.has_perm("articles.publish_article")
    assert all(u.is_staff and u.check_password(DEFAULT_PASSWORD) for u in (admin, editor, reporter))
    assert editor.author_profile.slug == "tran-van-minh"
    assert reporter.author_profile.articles.exists()
    for text in ("http://127.0.0.1:8000/", "http://127.0.0.1:8000/admin/", DEFAULT_PASSWORD):
        assert text in output
    for username in ("admin", "editor", "reporter"):
        assert username in output

    first = _counts()
    reporter.set_password("doi-roi-nhe-7")
    reporter.save()
    output = _run()
    assert _counts() == first
    assert "không nạp lại" in output
    reporter.refresh_from_db()
    assert reporter.check_password("doi-roi-nhe-7")  # an existing account keeps its password


def test_force_with_debug_off_uses_password_and_port_from_environment(settings, monkeypatch):
    settings.DEBUG = False
    monkeypatch.setenv("DEMO_PASSWORD", "mat-khau-rieng-9")
    monkeypatch.setenv("PORT", "8123")
    output = _run(force=True)
    assert get_user_model().objects.get(username="editor").check_password("mat-khau-rieng-9")
    assert "http://127.0.0.1:8123/admin/" in output
    assert DEFAULT_PASSWORD not in output


def test_bulk_articles_are_published_or_scheduled(debug_on):
    _run()
    before_ids = set(Article.objects.values_list("id", flat=True))
    before_public = Article.objects.published().count()
    _run(articles=50)
    added = Article.objects.exclude(id__in=before_ids)
    assert added.count() == 50
    assert not added.exclude(status=Article.Status.PUBLISHED).exists()
    now = timezone.now()
    due = added.filter(published_at__lte=now).count()
    assert Article.objects.published().count() == before_public + due
    assert len(set(added.values_list("slug", flat=True))) == 50
    sample = added.first()
    assert sample.authors.exists() and sample.tags.exists()
    assert sample.body.startswith("<p>") and sample.sapo and sample.cover_image.name
    # bulk_create bypasses save(): the command itself must keep the slug and NFC rules.
    for article in added:
        assert article.slug.startswith(vietnamese_slugify(article.title, 180) + "-")
        assert unicodedata.is_normalized("NFC", article.title + article.sapo + article.body)
    assert Category.objects.filter(articles__in=added).distinct().count() > 1
    _assert_every_name_has_its_sort_key()


def test_bulk_load_leaves_word_counts_for_related_news(debug_on):
    """Related news picks an article's rarest words by these counts: after a bulk load they
    must count the new articles, or every word looks rare (and costs a publication seconds)."""
    _run(articles=30)
    with connection.cursor() as cursor:
        cursor.execute("SELECT max(ndoc) FROM articles_search_term")
        (most,) = cursor.fetchone()
    assert most and most >= 30  # words every synthetic article shares


def test_bulk_slugs_step_around_taken_ones():
    taken = make_article("Hội diễn văn nghệ").slug
    make_article(slug=f"{taken}-2")
    batch = [Article(slug=taken), Article(slug="chua-ai-dung-slug-nay")]
    _avoid_taken_slugs(batch)
    assert batch[1].slug == "chua-ai-dung-slug-nay"
    assert not Article.objects.filter(slug=batch[0].slug).exists()


def test_refuses_with_debug_off(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        _run()
    assert not get_user_model().objects.filter(username="admin").exists()
    assert not Article.objects.exists()


def test_negative_count_is_refused(debug_on):
    with pytest.raises(CommandError, match="--articles"):
        _run(articles=-5)


def test_help_text_renders():
    text = Command().create_parser("manage.py", "load_demo").format_help()
    assert "--articles" in text and "--force" in text


@pytest.mark.django_db(transaction=True)
def test_bulk_articles_inserted_by_parallel_workers(monkeypatch):
    # Outside a transaction the batches go to worker connections: every one must land whole.
    monkeypatch.setattr(synthetic, "BATCH_SIZE", 7)
    make_category("Văn hóa"), make_category("Thể thao")
    make_author("Lê Thị Hoa"), make_author("Phạm Văn Nam")
    assert synthetic.add_synthetic(40, seed=3, progress=False, workers=2) == 40
    added = Article.objects.all()
    assert added.count() == 40
    assert len(set(added.values_list("slug", flat=True))) == 40
    assert not added.filter(authors=None).exists()
    assert not added.filter(tags=None).exists()


@pytest.mark.django_db(transaction=True)
def test_failed_bulk_batch_keeps_earlier_batches_whole(monkeypatch):
    monkeypatch.setattr(synthetic, "BATCH_SIZE", 5)
    make_category("Văn hóa"), make_author("Lê Thị Hoa"), make_author("Phạm Văn Nam")
    build = synthetic._Builder.build
    calls = []

    def build_with_a_broken_third_batch(self, size):
        batch = build(self, size)
        calls.append(size)
        if len(calls) == 3:
            batch.articles[-1].category_id = 987654  # no such category: the commit fails
        return batch

    monkeypatch.setattr(synthetic._Builder, "build", build_with_a_broken_third_batch)
    with pytest.raises(IntegrityError):
        synthetic.add_synthetic(30, seed=4, progress=False, workers=2)
    kept = Article.objects.all()
    assert kept.count() % 5 == 0 and kept.count() < 30
    assert not kept.filter(authors=None).exists()
    assert not Article.objects.filter(category_id=987654).exists()
