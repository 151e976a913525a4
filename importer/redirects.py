"""Old URLs → imported items: one normalized key per old path, looked up after a 404."""

import unicodedata
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from articles.models import Article
from importer.models import Redirect

# Query parameters that identify content on a WordPress site (?p=12, ?page_id=3, ?cat=4).
ID_PARAMS = {"p", "page_id", "cat", "tag", "author", "attachment_id"}


def old_path_key(url: str) -> str | None:
    """'https://old.vn/2019/05/L%E1%BB%85-h%E1%BB%99i/' → '/2019/05/lễ-hội'; None for '/'."""
    parts = urlsplit(url.strip())
    path = unicodedata.normalize("NFC", unquote(parts.path)).rstrip("/") or "/"
    query = sorted((k, v) for k, v in parse_qsl(parts.query) if k in ID_PARAMS)
    key = f"{path}?{urlencode(query)}" if query else path
    # No key for the home page, oversize paths, or a NUL (PostgreSQL text cannot hold one).
    return None if key == "/" or len(key) > 1000 or "\x00" in key else key


def keys_for(urls, target) -> list[str]:
    """The redirect keys of an item's old URLs (none that would point at itself)."""
    new_key = old_path_key(target.get_absolute_url())
    return sorted({old_path_key(url) for url in urls} - {None, new_key})


def remember(urls, *, article=None, page=None) -> int:
    """Point each old URL at the imported item (one statement); returns how many."""
    keys = keys_for(urls, article or page)
    rows = [Redirect(old_path=key, article=article, page=page) for key in keys]
    Redirect.objects.bulk_create(
        rows, update_conflicts=True, unique_fields=["old_path"], update_fields=["article", "page"]
    )
    return len(rows)


def target_for(path: str, query: str) -> str | None:
    """The new URL for an old path, when it leads to something the public may see."""
    key = old_path_key(f"{path}?{query}" if query else path)
    if key is None:
        return None
    redirect = (
        Redirect.objects.filter(old_path=key).select_related("article__category", "page").first()
    )
    if redirect is None:
        return None
    if redirect.article_id:
        from_public = Article.objects.published().filter(pk=redirect.article_id)
        return redirect.article.get_absolute_url() if from_public.exists() else None
    return redirect.page.get_absolute_url() if redirect.page.is_published else None
