"""After an import: related news, the words of related and typo suggestions, page caches."""

from django.utils.translation import gettext as _

from articles import related
from articles.content_version import bump_content_version
from articles.models import Article
from search.suggest import refresh_vocabulary

# Up to this many imported articles, each one's list and its neighbours' are refreshed;
# beyond, every published list is recomputed once (cheaper than a dozen lists per article).
FULL_RECOMPUTE_FROM = 300


def refresh_after_import(article_ids, report, step=lambda n: None) -> None:
    bump_content_version()
    if not article_ids:
        return
    related.refresh_term_stats()
    refresh_vocabulary()
    if len(article_ids) < FULL_RECOMPUTE_FROM:
        for pk in sorted(article_ids):
            related.refresh_related(pk)
        return
    max_ndoc = related.common_word_limit()
    ids = Article.objects.filter(status=Article.Status.PUBLISHED).values_list("pk", flat=True)
    for n, pk in enumerate(ids.iterator(), 1):
        related.store_related(pk, max_ndoc=max_ndoc)
        if n % 200 == 0:
            step(200)
    report.warn(_("Đã tính lại tin liên quan và bộ từ vựng tìm kiếm sau khi nhập."))
