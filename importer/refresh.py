"""After an import: related news, the words of related and typo suggestions, page caches."""

from articles import related
from articles.content_version import bump_content_version
from articles.models import Article
from search.suggest import refresh_vocabulary

# Up to this many imported articles, each one's list and its neighbours' are refreshed;
# beyond, every published list is recomputed once (cheaper than a dozen lists per article).
FULL_RECOMPUTE_FROM = 300


def refresh_after_import(article_ids, progress=None) -> None:
    if not article_ids:
        return
    related.refresh_term_stats()
    refresh_vocabulary()
    if len(article_ids) < FULL_RECOMPUTE_FROM:
        for pk in sorted(article_ids):
            related.refresh_related(pk)
    else:
        _recompute_all(progress)
    bump_content_version()  # the related lists shown on article pages changed


def _recompute_all(progress) -> None:
    max_ndoc = related.common_word_limit()
    published = Article.objects.filter(status=Article.Status.PUBLISHED)
    ids = list(published.values_list("pk", flat=True))
    bar = progress(len(ids)) if progress else None
    for pk in ids:
        related.store_related(pk, max_ndoc=max_ndoc)
        if bar:
            bar.update(1)
    if bar:
        bar.close()
