"""`load_demo --articles N`: many plausible articles, inserted in bulk.

`bulk_create` bypasses `Article.save()`, so this module does what save() would:
NFC text, a unique transliterated slug (`core.text`), and body HTML built only
from escaped text inside <p>, which the sanitizer keeps unchanged.
"""

import html
import os
import random
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import timedelta
from functools import cache

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from psycopg2 import sql
from taggit.models import Tag, TaggedItem
from tqdm import tqdm

from articles.models import Article, Author, Category
from core.text import nfc, unique_slug, vietnamese_slugify
from demo import words
from demo.covers import render_cover
from images.intake import store_image

BATCH_SIZE = 2000
# What add_synthetic writes in bulk (load_demo analyzes them afterwards).
BULK_TABLES = (
    Article._meta.db_table,
    Article.authors.through._meta.db_table,
    TaggedItem._meta.db_table,
)
WORKERS = min(4, os.cpu_count() or 2)  # connections inserting at once, one core each
COVER_COUNT = 6
SCHEDULED_SHARE = 0.01
TWO_YEARS = timedelta(days=730)


def ensure_tags(names) -> dict[str, Tag]:
    """Tags by name, creating missing ones with transliterated slugs (đ → d, no tones)."""
    found = {}
    for name in names:
        name = nfc(name)
        tag = Tag.objects.filter(name=name).first()
        if tag is None:
            tag = Tag.objects.create(name=name, slug=unique_slug(Tag, name, fallback="the"))
        found[name] = tag
    return found


def _covers() -> list[tuple[str, dict]]:
    """A handful of covers to share: the demo's own if present, else freshly drawn."""
    existing = list(
        Article.objects.exclude(cover_image="")
        .order_by("id")
        .values_list("cover_image", "cover_renditions")[:COVER_COUNT]
    )
    if existing:
        return existing
    stored = [store_image(render_cover("Hòa Sơn", seed, seed), "covers") for seed in range(6)]
    return [(s.path, s.renditions) for s in stored]


@cache
def _part_slug(text: str) -> str:
    return vietnamese_slugify(text)


def _title_slug(parts, max_length=180) -> str:
    """vietnamese_slugify of the joined parts, each part transliterated once and cached."""
    slug = "-".join(filter(None, map(_part_slug, parts)))
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    return slug


class _Composer:
    def __init__(self, rng: random.Random, now):
        self.rng = rng
        self.now = now
        self.zone = timezone.get_current_timezone()

    def _slots(self, when) -> dict:
        rng = self.rng
        when = when.astimezone(self.zone)
        place = rng.choice(words.PLACES)
        k = rng.randint(3, 60) * 10
        return {
            "place": place,
            "subject": rng.choice(words.SUBJECTS).format(place=place),
            "action": rng.choice(words.ACTIONS),
            "object": rng.choice(words.OBJECTS),
            "people": rng.choice(words.PEOPLE).format(k=k),
            "person": rng.choice(words.PERSONS),
            "day": f"ngày {when.day}/{when.month}",
            "year": when.year,
            "n": rng.randint(2, 30),
            "k": rng.randint(20, 300),
        }

    def published_at(self):
        rng = self.rng
        if rng.random() < SCHEDULED_SHARE:
            return self.now + timedelta(minutes=rng.randint(60, 30 * 24 * 60))
        return self.now - timedelta(seconds=rng.randint(0, int(TWO_YEARS.total_seconds())))

    def article(self, when) -> dict:
        rng = self.rng
        s = self._slots(when)
        tail = rng.choice(words.TAILS).format(**s)
        parts = (s["subject"], s["action"], s["object"], tail)
        title = " ".join(filter(None, parts))
        title = title[0].upper() + title[1:]
        sapo = rng.choice(words.SAPOS).format(**s)
        sapo = sapo[0].upper() + sapo[1:]
        rest = rng.sample(words.PARAGRAPHS[1:], rng.randint(2, 5))
        paragraphs = [words.PARAGRAPHS[0], *rest]
        body = "".join(f"<p>{html.escape(p.format(**s), quote=False)}</p>" for p in paragraphs)
        return {
            "title": nfc(title),
            "slug": _title_slug(parts),
            "sapo": nfc(sapo),
            "body": nfc(body),
            "object": s["object"],
        }


@dataclass
class _Batch:
    articles: list
    authors: list  # per article, the author ids to link
    tags: list  # per article, the tag ids to link


class _Builder:
    """Builds unsaved articles; pure Python, so it can run while the database inserts."""

    def __init__(self, seed, categories, authors, tag_ids, covers, first_serial):
        self.rng = random.Random(seed)
        self.composer = _Composer(self.rng, timezone.now())
        self.categories, self.authors, self.tag_ids = categories, authors, tag_ids
        self.covers = covers
        self.serial = first_serial

    def build(self, size: int) -> _Batch:
        rng = self.rng
        batch = _Batch([], [], [])
        for _ in range(size):
            when = self.composer.published_at()
            text = self.composer.article(when)
            cover, renditions = rng.choice(self.covers)
            batch.articles.append(
                Article(
                    title=text["title"],
                    slug=f"{text['slug']}-{self.serial}",
                    sapo=text["sapo"],
                    body=text["body"],
                    cover_image=cover,
                    cover_renditions=renditions,
                    cover_alt=nfc(f"Ảnh minh họa: {text['object']}"),
                    cover_caption="Ảnh minh họa. Ảnh: Trung tâm VHTT&TT huyện",
                    category_id=rng.choice(self.categories),
                    status=Article.Status.PUBLISHED,
                    published_at=when,
                    featured=rng.random() < 0.02,
                    view_count=rng.randint(20, 5000),
                )
            )
            batch.authors.append(rng.sample(self.authors, 1 if rng.random() < 0.8 else 2))
            batch.tags.append(rng.sample(self.tag_ids, rng.randint(2, 4)))
            self.serial += 1
        return batch


def add_synthetic(
    count: int, *, seed: int | None = None, progress: bool = True, workers: int | None = None
) -> int:
    """Insert `count` published (a few scheduled) articles; return how many were added.

    Batches of BATCH_SIZE, each an article insert plus its author and tag links. Most of
    the time goes to PostgreSQL computing the stored search columns of every row, one core
    per connection: so `workers` connections (default WORKERS) insert batches side by side
    while this thread builds the next ones, and each batch is its own transaction — an
    interrupted load keeps whole batches, never an article without its links.

    Other connections only see committed rows, so inside a transaction (a test, or a caller's
    atomic block) everything runs on this connection, in that transaction.
    """
    categories = list(Category.objects.values_list("id", flat=True))
    authors = list(Author.objects.values_list("id", flat=True))
    if not categories or not authors:
        raise ValueError("load the demo categories and authors first")
    builder = _Builder(
        seed,
        categories,
        authors,
        [tag.pk for tag in ensure_tags(words.TAGS).values()],
        _covers(),
        (Article.objects.order_by("-id").values_list("id", flat=True).first() or 0) + 1,
    )
    content_type_id = ContentType.objects.get_for_model(Article).pk
    sizes = [min(BATCH_SIZE, count - start) for start in range(0, count, BATCH_SIZE)]
    if connection.in_atomic_block:
        workers = 0
    elif workers is None:
        workers = WORKERS

    with tqdm(total=count, unit=" bài", disable=not progress) as bar:
        if not workers:
            for size in sizes:
                _insert_batch(builder.build(size), content_type_id)
                bar.update(size)
            return count
        with ThreadPoolExecutor(max_workers=workers) as pool:
            pending = set()
            try:
                for size in sizes:
                    batch = builder.build(size)  # while the workers insert earlier batches
                    while len(pending) > workers:
                        done, pending = wait(pending, return_when=FIRST_COMPLETED)
                        _account(done, bar)
                    pending.add(pool.submit(_insert_batch_and_close, batch, content_type_id))
                _account(wait(pending).done, bar)
            except BaseException:
                for future in pending:
                    future.cancel()
                raise
    return count


def _account(done, bar) -> None:
    for future in done:
        bar.update(future.result())  # re-raises a worker's error here


def _insert_batch_and_close(batch: "_Batch", content_type_id: int) -> int:
    """One batch on this worker thread's own connection, closed afterwards (threads end)."""
    try:
        return _insert_batch(batch, content_type_id)
    finally:
        connection.close()


def _insert_batch(batch: "_Batch", content_type_id: int) -> int:
    with transaction.atomic():
        _avoid_taken_slugs(batch.articles)
        Article.objects.bulk_create(batch.articles)
        pks = [a.pk for a in batch.articles]
        _insert_pairs(
            Article.authors.through,
            ("article_id", "author_id"),
            [(pk, author) for pk, ids in zip(pks, batch.authors, strict=True) for author in ids],
        )
        _insert_pairs(
            TaggedItem,
            ("object_id", "tag_id"),
            [(pk, tag) for pk, ids in zip(pks, batch.tags, strict=True) for tag in ids],
            content_type_id=content_type_id,
        )
    return len(pks)


def _insert_pairs(model, fields, rows, **constants) -> None:
    """One INSERT … SELECT unnest() per batch: link rows without building model instances."""
    if not rows:
        return
    opts = model._meta
    columns = [opts.get_field(name).column for name in (*fields, *constants)]
    arrays = [list(values) for values in zip(*rows, strict=True)]
    selects = ["unnest(%s::integer[])"] * len(fields) + ["%s"] * len(constants)
    query = sql.SQL("INSERT INTO {table} ({columns}) SELECT {selects}").format(
        table=sql.Identifier(opts.db_table),
        columns=sql.SQL(", ").join(map(sql.Identifier, columns)),
        selects=sql.SQL(", ".join(selects)),
    )
    with connection.cursor() as cursor:
        cursor.execute(query.as_string(cursor.connection), [*arrays, *constants.values()])


def _avoid_taken_slugs(batch) -> None:
    """Slugs end in a fresh serial, but an editor may have typed one by hand: check."""
    pending = {a.slug: a for a in batch}
    n = 2
    while pending:
        taken = set(Article.objects.filter(slug__in=pending).values_list("slug", flat=True))
        pending = {f"{slug}-{n}": a for slug, a in pending.items() if slug in taken}
        for slug, article in pending.items():
            article.slug = slug
        n += 1
