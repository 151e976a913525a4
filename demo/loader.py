"""Load the hand-written demo: categories, authors, accounts and stories (idempotent)."""

import random
from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone

from articles.images import use_library_cover
from articles.models import Article, Author, Category
from core.text import vietnamese_slugify
from demo import catalog, words
from demo.accounts import ensure_accounts
from demo.compose import Story, compose_body
from demo.covers import render_cover
from demo.site import ensure_site
from demo.stories_a import STORIES as STORIES_A
from demo.stories_b import STORIES as STORIES_B
from demo.stories_c import STORIES as STORIES_C
from demo.synthetic import ensure_tags
from images import library

STORIES: list[Story] = STORIES_A + STORIES_B + STORIES_C


@dataclass
class LoadResult:
    articles_added: int
    accounts: dict  # username -> (user, created)


def _ensure_categories() -> dict[str, Category]:
    found = {
        c.slug: c for c in Category.objects.filter(slug__in=[c[0] for c in catalog.CATEGORIES])
    }
    for position, (slug, name, parent, description) in enumerate(catalog.CATEGORIES):
        if slug not in found:
            found[slug] = Category.objects.create(
                slug=slug,
                name=name,
                parent=found[parent] if parent else None,
                description=description,
                position=position,
            )
    return found


def _ensure_authors() -> dict[str, Author]:
    found = {a.slug: a for a in Author.objects.filter(slug__in=[a[0] for a in catalog.AUTHORS])}
    for slug, name, unit, bio in catalog.AUTHORS:
        if slug not in found:
            found[slug] = Author.objects.create(slug=slug, name=name, unit=unit, bio=bio)
    return found


def _published_at(story: Story, rng: random.Random, now):
    if story.status not in (Article.Status.PUBLISHED, Article.Status.ARCHIVED):
        return None
    days = story.days_ago if story.days_ago is not None else rng.uniform(3, 728)
    if abs(days) < 1:
        return now - timedelta(days=days)  # today's news keeps its exact offset
    moment = timezone.localtime(now - timedelta(days=days))
    return moment.replace(hour=rng.randint(7, 18), minute=rng.choice([0, 15, 30, 45]))


def _place(story: Story, rng: random.Random) -> str:
    """The commune a story is tagged with (so shared passages name it), else any."""
    by_name = {place.removeprefix("xã "): place for place in words.PLACES}
    tagged = [by_name[tag] for tag in story.tags if tag in by_name]
    return tagged[0] if tagged else rng.choice(words.PLACES)


def _add_story(index, story, categories, authors, tags, users, now) -> None:
    rng = random.Random(f"{index}:{story.title}")
    category = categories[story.category]
    author_slug = story.author or rng.choice(catalog.DESKS[story.category])
    author = authors[author_slug]
    published_at = _published_at(story, rng, now)
    article = Article(
        title=story.title,
        slug=vietnamese_slugify(story.title),
        sapo=story.sapo,
        body=compose_body(story, rng, _place(story, rng), (published_at or now).year),
        category=category,
        status=story.status,
        published_at=published_at,
        featured=story.featured,
        review_note=story.review_note,
        view_count=rng.randint(40, 4000) if published_at and published_at <= now else 0,
        cover_alt=f"Ảnh minh họa cho bài “{story.title}”",
        cover_caption=story.caption or f"Ảnh minh họa – {category.name}. Ảnh: {author.name}",
        created_by=author.user or users["editor"],
        updated_by=author.user or users["editor"],
    )
    palette = [slug for slug, *_rest in catalog.CATEGORIES].index(category.slug)
    cover = library.add(
        render_cover(category.name, seed=index, palette=palette),
        "covers",
        alt=article.cover_alt,
        caption=article.cover_caption,
        credit=author.name,
    )
    use_library_cover(article, cover)
    article.save()
    article.authors.set([author])
    article.tags.set([tags[name] for name in story.tags])
    written = (published_at or now) - timedelta(hours=rng.randint(2, 48))
    Article.objects.filter(pk=article.pk).update(created_at=written, updated_at=written)


def load_demo(password: str) -> LoadResult:
    """Ensure the demo exists once; call inside a transaction."""
    now = timezone.now()
    ensure_site()
    categories = _ensure_categories()
    authors = _ensure_authors()
    accounts = ensure_accounts(password)
    for author in authors.values():
        author.refresh_from_db(fields=["user"])
    slugs = [vietnamese_slugify(story.title) for story in STORIES]
    if Article.objects.filter(slug__in=slugs).exists():
        return LoadResult(articles_added=0, accounts=accounts)
    tags = ensure_tags({name for story in STORIES for name in story.tags})
    users = {name: user for name, (user, _created) in accounts.items()}
    for index, story in enumerate(STORIES):
        _add_story(index, story, categories, authors, tags, users, now)
    return LoadResult(articles_added=len(STORIES), accounts=accounts)
