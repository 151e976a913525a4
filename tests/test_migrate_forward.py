"""A database made before the app split migrates forward with every row intact.

The migration graph is taken back to the last state of the single-app layout (articles
0051, no `search` app), filled through that state's models, then migrated to today's
leaves; every table's rows (the columns it had) are compared as text before and after.
"""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone
from taggit.models import Tag

from articles.models import Article, Author, Category
from core.sorting import sort_key
from pages.models import StaticPage
from search.suggest import refresh_vocabulary

BEFORE_SPLIT = [("articles", "0051_drop_search_title"), ("search", None)]
# Pages and accounts as they were before the Vietnamese sort keys (their data migrations).
BEFORE_SORT_KEYS = [("pages", "0001_initial"), ("accounts", "0002_audit")]


def _migrate(targets):
    """Migrate to `targets`; the models of every app at that point."""
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    pinned = {app for app, _ in targets}
    nodes = [n for n in executor.loader.graph.leaf_nodes() if n[0] not in pinned]
    nodes += [target for target in targets if target[1] is not None]
    return executor.loader.project_state(nodes).apps


def _fill(apps):
    """One of each kind of row a center has: categories, people, articles, pages, history."""
    now = timezone.now()
    User = apps.get_model("auth", "User")
    Category = apps.get_model("articles", "Category")
    Author = apps.get_model("articles", "Author")
    Article = apps.get_model("articles", "Article")
    Historical = apps.get_model("articles", "HistoricalArticle")
    Related = apps.get_model("articles", "RelatedArticle")
    Tag = apps.get_model("taggit", "Tag")
    TaggedItem = apps.get_model("taggit", "TaggedItem")
    ContentType = apps.get_model("contenttypes", "ContentType")
    StaticPage = apps.get_model("pages", "StaticPage")

    user = User.objects.create(username="bientap", password="!", is_staff=True)
    parent = Category.objects.create(name="Văn hóa", slug="van-hoa", position=1)
    child = Category.objects.create(name="Lễ hội", slug="le-hoi", parent=parent, position=2)
    author = Author.objects.create(name="Nguyễn Văn An", slug="nguyen-van-an", unit="Trung tâm")
    articles = []
    for n, (status, when) in enumerate(
        [("published", now - timedelta(days=1)), ("published", now + timedelta(days=1))]
        + [("draft", None), ("pending", None)]
    ):
        article = Article.objects.create(
            title=f"Hội nghị tổng kết văn hóa cơ sở lần {n}",
            slug=f"hoi-nghi-tong-ket-{n}",
            sapo="Đua thuyền truyền thống trên sông.",
            body="<p>Lễ hội <strong>đình làng</strong> năm nay.</p>",
            category=child if n % 2 else parent,
            status=status,
            published_at=when,
            created_by=user,
        )
        article.authors.add(author)
        Historical.objects.create(
            id=article.pk,
            title=article.title,
            slug=article.slug,
            sapo=article.sapo,
            body=article.body,
            category_id=article.category_id,
            status=status,
            published_at=when,
            history_date=now,
            history_type="+",
            history_user=user,
            **{
                f: getattr(article, f)
                for f in ("cover_alt", "cover_caption", "source", "featured", "version")
                + ("created_at", "updated_at")
            },
        )
        articles.append(article)
    tag = Tag.objects.create(name="lễ hội", slug="le-hoi")
    article_type = ContentType.objects.get(app_label="articles", model="article")
    TaggedItem.objects.create(tag=tag, content_type=article_type, object_id=articles[0].pk)
    Related.objects.create(source=articles[0], target=articles[1], position=1)
    StaticPage.objects.create(title="Giới thiệu", slug="gioi-thieu", body="<p>Chức năng</p>")


def _columns() -> dict[str, list[str]]:
    """Every table of the public schema (migration records aside) and its columns, in order."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT table_name, column_name FROM information_schema.columns"
            " WHERE table_schema = 'public' AND table_name <> 'django_migrations'"
            " AND table_name IN (SELECT tablename FROM pg_tables WHERE schemaname = 'public')"
            " ORDER BY table_name, ordinal_position"
        )
        columns = {}
        for table, column in cursor.fetchall():
            columns.setdefault(table, []).append(column)
    return columns


def _snapshot(columns) -> dict[str, tuple[int, str]]:
    """Per table, its row count and the md5 of its rows (of `columns` only: columns added
    since are checked apart)."""
    snapshot = {}
    with connection.cursor() as cursor:
        for table, names in columns.items():
            row = "ROW(" + ", ".join(f't."{name}"' for name in names) + ")::text"
            cursor.execute(
                f"SELECT count(*), md5(coalesce(string_agg({row}, '|' ORDER BY {row}), ''))"  # noqa: S608
                f' FROM "{table}" t'
            )
            snapshot[table] = cursor.fetchone()
    return snapshot


@pytest.mark.django_db(transaction=True)
def test_a_database_from_before_the_app_split_migrates_forward_with_every_row():
    old_apps = _migrate(BEFORE_SPLIT + BEFORE_SORT_KEYS)
    _fill(old_apps)
    columns = _columns()
    before = _snapshot(columns)
    assert before["articles_article"][0] == 4

    executor = MigrationExecutor(connection)
    _migrate(executor.loader.graph.leaf_nodes())

    assert _snapshot(columns) == before
    after = _snapshot(_columns())
    with connection.cursor() as cursor:  # an article's change time starts as its last edit
        cursor.execute("SELECT count(*) FROM articles_article WHERE changed_at <> updated_at")
        assert cursor.fetchone() == (0,)
    # Tables added since arrive empty, but the register's managed lists, which are seeded,
    # and the Vietnamese sort keys of the accounts and tags already there.
    seeded = {"documents_documenttype", "documents_issuingbody", "documents_sector"}
    seeded |= {"accounts_usersortkey", "articles_tagsortkey"}
    new = after.keys() - before.keys()
    assert all(after[table][0] == 0 for table in new - seeded)
    assert all(after[table][0] > 0 for table in seeded)
    # Every name already there has its place in Vietnamese order (core.sorting).
    assert Category.objects.get(slug="van-hoa").sort_key == sort_key("Văn hóa")
    assert Author.objects.get().sort_key == sort_key("Nguyễn Văn An", person=True)
    assert Tag.objects.get().sort_key.key == sort_key("lễ hội")
    assert StaticPage.objects.get().sort_key == sort_key("Giới thiệu")
    assert get_user_model().objects.get().sort_key.key == sort_key("bientap")
    # The model now declares the pair column the old migration made, and queries read it.
    public = Article.objects.published()
    assert list(public.values_list("slug", flat=True)) == ["hoi-nghi-tong-ket-0"]
    assert public.filter(search_pairs__contains=["dua thuyen"]).count() == 1
    # The search vocabulary moved to the search app and holds public words only.
    refresh_vocabulary()
    with connection.cursor() as cursor:
        cursor.execute("SELECT ndoc FROM search_word WHERE word = 'dinh'")
        assert cursor.fetchall() == [(1,)]
        cursor.execute("SELECT to_regclass('articles_search_word')")
        assert cursor.fetchone() == (None,)
