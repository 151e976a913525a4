"""Categories (two levels, as the site has) and authors of the source, matched on re-runs."""

import hashlib

from django.contrib.auth import get_user_model
from django.utils.translation import gettext as _
from taggit.models import Tag

from articles.models import Author, Category
from core.reserved import is_reserved
from core.text import nfc, vietnamese_slugify
from importer.models import SourceRecord
from importer.records import SourceAuthor, SourceTerm

DEFAULT_CATEGORY = ("chua-phan-loai", "Chưa phân loại")


def record_key(value: str) -> str:
    """Source ids as stored: long ones (some guids are whole URLs with queries) are hashed."""
    value = nfc(value).strip()
    return value if len(value) <= 600 else "sha256:" + hashlib.sha256(value.encode()).hexdigest()


def term_key(term: SourceTerm) -> str:
    return vietnamese_slugify(term.slug) or vietnamese_slugify(term.name) or DEFAULT_CATEGORY[0]


def _remembered(kind, key, model):
    record = SourceRecord.objects.filter(kind=kind, key=record_key(key)).first()
    if record and record.object_id:
        return model.objects.filter(pk=record.object_id).first()
    return None


def _remember(kind, key, obj) -> None:
    SourceRecord.objects.update_or_create(
        kind=kind, key=record_key(key), defaults={"object_id": obj.pk}
    )


class Terms:
    """Categories and authors of one run, each made or found once."""

    def __init__(self, report):
        self.report = report
        self.categories: dict[str, Category] = {}
        self.authors: dict[str, Author] = {}
        self.declared: dict[str, SourceTerm] = {}
        self.tag_cache: dict[str, Tag] = {}

    def declare(self, terms: list[SourceTerm]) -> None:
        """The source's category list (WXR channel), with parents known by slug."""
        for term in terms:
            self.declared[term_key(term)] = term

    def _top_parent(self, term: SourceTerm) -> SourceTerm | None:
        """The parent here: grandchildren hang under their top ancestor (two levels)."""
        chain, seen = [], {term_key(term)}
        parent = self.declared.get(vietnamese_slugify(term.parent)) if term.parent else None
        while parent is not None and term_key(parent) not in seen:
            chain.append(parent)
            seen.add(term_key(parent))
            parent = self.declared.get(vietnamese_slugify(parent.parent)) if parent.parent else None
        if len(chain) > 1:
            self.report.warn(
                _(
                    "Chuyên mục “%(name)s” ở cấp %(level)s: xếp vào “%(top)s” "
                    "(trang chỉ có hai cấp)."
                )
                % {"name": term.name, "level": len(chain) + 1, "top": chain[-1].name}
            )
        return chain[-1] if chain else None

    def category(self, term: SourceTerm | None) -> Category:
        if term is None:
            term = SourceTerm(*DEFAULT_CATEGORY)
        key = term_key(term)
        if key in self.categories:
            return self.categories[key]
        term = self.declared.get(key, term)
        parent_term = self._top_parent(term)
        parent = self.category(parent_term) if parent_term else None
        category = _remembered(SourceRecord.Kind.CATEGORY, key, Category)
        category = category or Category.objects.filter(slug=key).first()
        if category is None:
            category = Category(
                name=nfc(term.name)[:120] or key,
                slug="" if is_reserved(key) else key[:140],
                parent=parent,
                description=term.description,
            )
            category.save()
            self.report.count("category", "created")
        _remember(SourceRecord.Kind.CATEGORY, key, category)
        self.categories[key] = category
        return category

    def author(self, source_author: SourceAuthor | None) -> Author | None:
        if source_author is None or not (source_author.key or source_author.name):
            return None
        keys = [f"login:{source_author.key}"] + (
            [f"email:{source_author.email}"] if source_author.email else []
        )
        for key in keys:
            if key in self.authors:
                return self.authors[key]
        author = self._find_author(keys, source_author)
        for key in keys:
            _remember(SourceRecord.Kind.AUTHOR, key, author)
            self.authors[key] = author
        return author

    def _find_author(self, keys, source_author: SourceAuthor) -> Author:
        for key in keys:
            found = _remembered(SourceRecord.Kind.AUTHOR, key, Author)
            if found:
                return found
        users = get_user_model().objects.filter(author_profile__isnull=False)
        user = None
        if source_author.email:
            user = users.filter(email__iexact=source_author.email).first()
        user = user or users.filter(username=source_author.key).first()
        if user:
            return user.author_profile
        name = nfc(source_author.name or source_author.key).strip()[:120]
        existing = Author.objects.filter(name=name).first()
        if existing:
            return existing
        self.report.count("author", "created")
        return Author.objects.create(name=name)

    def tags(self, names: list[str]) -> list[Tag]:
        """Tag rows for `names` (NFC, trimmed), each looked up or made once per run."""
        wanted = list(
            dict.fromkeys(n for n in (nfc(" ".join(t.split()))[:100] for t in names) if n)
        )
        missing = [n for n in wanted if n not in self.tag_cache]
        if missing:
            for tag in Tag.objects.filter(name__in=missing):
                self.tag_cache[tag.name] = tag
        for name in wanted:
            if name not in self.tag_cache:
                self.tag_cache[name] = Tag.objects.create(name=name)
        return [self.tag_cache[n] for n in wanted]
