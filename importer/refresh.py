"""After an import: the word statistics and typo vocabulary (seconds), then the related
news lists of the imported articles (minutes for tens of thousands: the command prints
its report first and computes them after, with their own progress bar)."""

from django.db import connection
from taggit.models import TaggedItem

from articles import related
from articles.models import Article
from core.content_version import bump_content_version
from importer.models import Redirect
from search.suggest import refresh_vocabulary

# Up to this many imported articles, each one's neighbours are refreshed too; beyond,
# only the imported articles' own lists (the weekly recompute_related reaches the rest).
WITH_NEIGHBOURS_UP_TO = 300


def refresh_search() -> None:
    # Fresh planner statistics first: after a bulk load the tables still look empty to
    # the planner, and related news and search plan their queries on those numbers.
    tables = [Article, Article.authors.through, TaggedItem, Redirect]
    with connection.cursor() as cursor:
        cursor.execute(
            "ANALYZE " + ", ".join(connection.ops.quote_name(m._meta.db_table) for m in tables)
        )
    related.refresh_term_stats()
    refresh_vocabulary()


def refresh_related_lists(article_ids, progress=None) -> None:
    ids = sorted(article_ids)
    bar = progress(len(ids)) if progress and ids else None
    max_ndoc = related.common_word_limit()
    for pk in ids:
        if len(ids) <= WITH_NEIGHBOURS_UP_TO:
            related.refresh_related(pk)
        else:
            related.store_related(pk, max_ndoc=max_ndoc)
        if bar:
            bar.update(1)
    if bar:
        bar.close()
    bump_content_version()  # the lists shown on article pages changed
