"""New articles are written in batches: a few statements for a couple of hundred items
instead of six each. A batch is one transaction; if any row fails, the batch is rolled
back and its rows written one by one, so a bad item costs only itself and no article is
ever stored without its authors, tags, old URLs and source record."""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _
from taggit.models import Tag, TaggedItem

from articles.models import Article, Author
from importer import redirects
from importer.models import Redirect, SourceRecord

BATCH_SIZE = 200


@dataclass
class NewArticle:
    article: Article  # normalized, not saved
    key: str
    digest: str
    where: str
    author: Author | None = None
    tags: list[Tag] = field(default_factory=list)
    old_urls: list[str] = field(default_factory=list)


def _insert(rows: list[NewArticle]) -> int:
    """All rows and their links; returns the number of old URLs remembered."""
    Article.objects.bulk_create([row.article for row in rows])
    through = Article.authors.through
    through.objects.bulk_create(
        [through(article=row.article, author=row.author) for row in rows if row.author]
    )
    TaggedItem.objects.bulk_create(
        [TaggedItem(tag=tag, content_object=row.article) for row in rows for tag in row.tags]
    )
    paths = {}  # one row per old path: the last item claiming it wins, as on a re-run
    for row in rows:
        for key in redirects.keys_for(row.old_urls, row.article):
            paths[key] = row.article
    Redirect.objects.bulk_create(
        [Redirect(old_path=key, article=article) for key, article in paths.items()],
        update_conflicts=True,
        unique_fields=["old_path"],
        update_fields=["article", "page"],
    )
    SourceRecord.objects.bulk_create(
        [
            SourceRecord(
                kind=SourceRecord.Kind.ARTICLE,
                key=row.key,
                object_id=row.article.pk,
                digest=row.digest,
            )
            for row in rows
        ]
    )
    return len(paths)


class ArticleBatch:
    def __init__(self, report, on_written):
        self.report = report
        self.on_written = on_written  # called with each written NewArticle
        self.rows: list[NewArticle] = []
        self.keys: set[str] = set()

    def add(self, row: NewArticle) -> None:
        self.rows.append(row)
        self.keys.add(row.key)
        if len(self.rows) >= BATCH_SIZE:
            self.flush()

    def flush(self) -> None:
        rows, self.rows, self.keys = self.rows, [], set()
        if not rows:
            return
        try:
            with transaction.atomic():
                self._written(rows, _insert(rows))
        except Exception:  # find the bad row(s): each alone, in its own transaction
            for row in rows:
                self._one(row)

    def _one(self, row: NewArticle) -> None:
        row.article.pk, row.article._state.adding = None, True
        try:
            with transaction.atomic():
                self._written([row], _insert([row]))
        except Exception as exc:
            row.article.pk = None
            self.report.skip(row.where, _("lỗi khi ghi: %(e)s") % {"e": str(exc)[:300]})

    def _written(self, rows: list[NewArticle], redirect_count: int) -> None:
        self.report.count("redirect", "saved", redirect_count)
        for row in rows:
            self.on_written(row)
