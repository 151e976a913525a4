"""Source items → articles and static pages: one transaction per item, keyed on its guid.

Articles go through `Article.save()` (NFC, the editor's sanitizer, slug rules), so an
imported article obeys the same rules as one typed in the admin. The source date is the
publication date: a past date sorts in its place in every list and notifies no one.
"""

import hashlib
import html
import re
from collections import Counter

from django.db import transaction
from django.utils.translation import gettext as _

from articles.models import Article
from core.sanitize import html_to_text
from core.text import SLUG_MAX_LENGTH, nfc, vietnamese_slugify
from importer import redirects
from importer.batch import ArticleBatch, NewArticle
from importer.body import attributes, clean_body
from importer.models import SourceRecord
from importer.records import Source, SourceItem
from importer.terms import Terms, record_key
from pages.models import StaticPage

MAX_BODY_CHARS = 2_000_000
SKIPPED_STATUSES = {"trash", "auto-draft", "inherit"}
_FIRST_PARAGRAPH = re.compile(r"<p\b[^>]*>(.*?)</p>", re.S | re.I)
_IMG_SRC = re.compile(r"<img\b[^>]*>", re.I)
_TAGS = re.compile(r"<[^>]+>")


def _plain(value: str, limit: int) -> str:
    text = " ".join(html.unescape(_TAGS.sub(" ", nfc(value))).split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0]


def _status(item: SourceItem) -> tuple[str, str]:
    """(our status, a note for the editor) — private and password posts are never public."""
    if item.password or item.status == "private":
        note = _("Trên trang cũ bài này là bài riêng tư hoặc có mật khẩu: nhập ở dạng nháp.")
        return Article.Status.DRAFT, note
    if item.status in {"publish", "future"}:
        return Article.Status.PUBLISHED, ""
    if item.status == "pending":
        return Article.Status.PENDING, ""
    return Article.Status.DRAFT, ""


class Writer:
    def __init__(self, report, intake):
        self.report = report
        self.intake = intake
        self.terms = Terms(report)
        self.article_ids: set[int] = set()
        self.batch = ArticleBatch(report, self._created)
        self.alts: dict[str, str] = {}  # attachment URL → its alt text
        self.taken = {  # slugs in use, read once: a clash is a set lookup, not a query
            StaticPage: set(StaticPage.objects.values_list("slug", flat=True)),
            Article: set(Article.objects.values_list("slug", flat=True)),
        }
        self.records = {
            (r.kind, r.key): r
            for r in SourceRecord.objects.filter(
                kind__in=[SourceRecord.Kind.ARTICLE, SourceRecord.Kind.PAGE]
            )
        }

    def write(self, source: Source, step=lambda: None) -> None:
        self.terms.declare(source.categories)
        for term in source.categories:  # the whole tree, even categories no post uses yet
            try:
                self.terms.category(term)
            except Exception as exc:  # reported; its posts are then skipped with the reason
                self.report.warn(
                    _("Chuyên mục “%(name)s” không tạo được: %(e)s")
                    % {"name": term.name, "e": str(exc)[:300]}
                )
        for item in source.items:  # dc:creator names a login of the channel's wp:author list
            if item.author and item.author.key in source.authors:
                item.author = source.authors[item.author.key]
        attachments = source.attachments()
        urls = {pid: a.link for pid, a in attachments.items() if a.link}
        self.alts = {a.link: a.alt for a in attachments.values() if a.alt}
        other_kinds = Counter(i.kind[1:] for i in source.items if i.kind.startswith("?"))
        for kind, n in sorted(other_kinds.items()):
            self.report.warn(
                _("%(name)s: bỏ qua %(n)s mục loại “%(kind)s” (không phải bài viết hay trang).")
                % {"name": source.name, "n": n, "kind": kind}
            )
        for item in source.items:
            try:
                self._one(item, source, urls)
            except Exception as exc:  # one bad item never stops the run nor leaves half of it
                self.report.skip(
                    self._where(item, source), _("lỗi khi ghi: %(e)s") % {"e": str(exc)[:300]}
                )
            step()
        self.batch.flush()

    @staticmethod
    def _where(item: SourceItem, source: Source) -> str:
        title = _plain(item.title, 80)
        return f"{source.name}, {item.where}" + (f" “{title}”" if title else "")

    def _refusal(self, item: SourceItem, status: str) -> str | None:
        if item.status in SKIPPED_STATUSES:
            return _("trạng thái “%(s)s” (thùng rác hoặc bản nháp tự động)") % {"s": item.status}
        if not item.key:
            return _("không có mã định danh (guid, id hoặc link)")
        if not _plain(item.title, 300):
            return _("không có tiêu đề")
        if item.date is None and status == Article.Status.PUBLISHED:
            return _("không có ngày đăng (hoặc ngày không đọc được)")
        if len(item.body) > MAX_BODY_CHARS:
            return _("nội dung dài quá %(n)s ký tự") % {"n": MAX_BODY_CHARS}
        return None

    def _one(self, item: SourceItem, source: Source, urls: dict[str, str]) -> None:
        if item.kind == "attachment" or item.kind.startswith("?"):
            return
        status, note = _status(item)
        where = self._where(item, source)
        reason = self._refusal(item, status)
        if reason:
            self.report.skip(where, reason)
            return
        body, dropped = clean_body(item.body, attachments=urls)
        if dropped:
            self.report.warn(
                _("%(where)s: bỏ mã ngắn không dùng được ở đây: %(names)s")
                % {"where": where, "names": ", ".join(sorted(dropped))}
            )
        cover = urls.get(item.thumbnail_id, "") or item.cover_url
        kind = SourceRecord.Kind.PAGE if item.kind == "page" else SourceRecord.Kind.ARTICLE
        digest = self._digest(item, body, cover)
        if record_key(item.key) in self.batch.keys:  # seen earlier in this run, not yet written
            self.batch.flush()
        record = self.records.get((kind, record_key(item.key)))
        if record and record.digest == digest and self._exists(kind, record.object_id):
            self.report.count(kind, "unchanged")
            return
        if kind == SourceRecord.Kind.PAGE:
            self._page(item, body, where, record, digest)
        else:
            self._article(item, body, cover, (status, note), where, record, digest)

    def _digest(self, item: SourceItem, body: str, cover: str) -> str:
        """Changes when the source item or the local availability of its images changes."""
        found = [
            self.intake.library.find(attributes(t).get("src", "")) for t in _IMG_SRC.findall(body)
        ]
        parts = [item.title, body, item.excerpt, str(item.date), item.status, item.password]
        parts += [item.slug, repr(item.categories), repr(item.tags), repr(item.author)]
        cover_found = self.intake.library.find(cover) if cover else None
        parts += [cover, repr(cover_found), repr(found)]
        if self.intake.fetcher is not None and (None in found or (cover and not cover_found)):
            parts.append("fetch")  # images to download now: the item is written again
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()

    @staticmethod
    def _exists(kind, pk) -> bool:
        model = StaticPage if kind == SourceRecord.Kind.PAGE else Article
        return pk is not None and model.objects.filter(pk=pk).exists()

    def _slug(self, model, item: SourceItem, current, where: str) -> str:
        """The source's slug when free; else -2, -3… as unique_slug() would (the slugs in
        use are known in memory, written ones and those of the pending batch alike)."""
        if current:
            return current
        taken = self.taken[model]
        wanted = vietnamese_slugify(item.slug) or vietnamese_slugify(item.title)
        base = (wanted or "bai-viet")[: SLUG_MAX_LENGTH - 8].rstrip("-")
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        if wanted and slug != wanted:
            self.report.warn(
                _("%(where)s: đường dẫn “%(old)s” đã có, dùng “%(new)s”.")
                % {"where": where, "old": wanted, "new": slug}
            )
        return slug

    def _sapo(self, item: SourceItem, body: str) -> str:
        if item.excerpt:
            return html_to_text(item.excerpt)[:1000]
        first = next((m for m in _FIRST_PARAGRAPH.finditer(body) if _plain(m.group(1), 10)), None)
        return _plain(first.group(1), 1000) if first else ""

    def _fill(self, article, item, body, cover, status_note, where, category) -> None:
        article.title = _plain(item.title, 300)
        article.slug = self._slug(Article, item, article.slug, where)
        article.category = category
        article.body = self.intake.rewrite(body, where)
        article.sapo = self._sapo(item, article.body)
        article.status, article.review_note = status_note
        article.published_at = item.date
        self._cover(article, cover, where)

    def _article(self, item, body, cover, status_note, where, record, digest) -> None:
        category = self.terms.category(item.categories[0] if item.categories else None)
        author = self.terms.author(item.author)
        tags = self.terms.tags(item.tags)
        article = Article.objects.filter(pk=record.object_id).first() if record else None
        if article is None:
            article = Article(category=category)
            self._fill(article, item, body, cover, status_note, where, category)
            article.normalize()
            row = NewArticle(article, record_key(item.key), digest, where, author, tags)
            row.old_urls = item.old_urls
            self.batch.add(row)
            return
        with transaction.atomic():
            article.skip_history_when_saving = True  # the source record says where it came from
            self._fill(article, item, body, cover, status_note, where, category)
            article.save()
            article.authors.set([author] if author else [])
            article.tags.set(tags)
            self.report.count(
                "redirect", "saved", redirects.remember(item.old_urls, article=article)
            )
            self._record(SourceRecord.Kind.ARTICLE, item, article, digest, record)
        self.article_ids.add(article.pk)
        self.report.count("article", "updated")

    def _created(self, row: NewArticle) -> None:
        self.article_ids.add(row.article.pk)
        self.records[(SourceRecord.Kind.ARTICLE, row.key)] = SourceRecord(
            kind=SourceRecord.Kind.ARTICLE, key=row.key, object_id=row.article.pk, digest=row.digest
        )
        self.report.count("article", "created")

    def _cover(self, article: Article, cover: str, where: str) -> None:
        if not cover:
            return
        stored = self.intake.get(cover, where)
        if stored:
            article.cover_image.name = stored.path
            article.cover_renditions = stored.renditions
            article.cover_alt = _plain(self.alts.get(cover, "") or article.title, 300)

    def _page(self, item, body, where, record, digest) -> None:
        with transaction.atomic():
            page = StaticPage.objects.filter(pk=record.object_id).first() if record else None
            created = page is None
            page = page or StaticPage()
            page.title = _plain(item.title, 200)
            page.slug = self._slug(StaticPage, item, page.slug, where)[:140]
            page.body = self.intake.rewrite(body, where)
            page.position = min(item.position, 32767)
            page.is_published = item.status == "publish" and not item.password
            page.save()
            self.report.count("redirect", "saved", redirects.remember(item.old_urls, page=page))
            self._record(SourceRecord.Kind.PAGE, item, page, digest, record)
        self.report.count("page", "created" if created else "updated")

    def _record(self, kind, item: SourceItem, obj, digest: str, record) -> None:
        if record is None:
            record = SourceRecord(kind=kind, key=record_key(item.key))
        record.object_id, record.digest = obj.pk, digest
        record.save()
        self.records[(kind, record.key)] = record
