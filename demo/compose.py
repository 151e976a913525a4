"""A hand-written story and how its body HTML is put together."""

import random
from dataclasses import dataclass
from html import escape

from demo.pools import POOLS


@dataclass(frozen=True)
class Story:
    category: str  # category slug
    title: str
    sapo: str
    tags: tuple[str, ...]
    paragraphs: tuple[str, ...]  # the story's own paragraphs, in order
    status: str = "published"
    days_ago: float | None = None  # None: a date drawn from the last two years; < 0: scheduled
    featured: bool = False
    video: str = ""  # a YouTube watch URL, embedded as CKEditor's <oembed>
    review_note: str = ""
    author: str | None = None  # author slug; None: the category's desk
    caption: str = ""


def _p(text: str) -> str:
    return f"<p>{escape(text, quote=False)}</p>"


def compose_body(story: Story, rng: random.Random, place: str, year: int) -> str:
    """The story's own paragraphs, then passages from its category's pool."""
    pool = POOLS[story.category]
    parts = [_p(story.paragraphs[0])]
    if story.video:
        parts.append(
            f'<figure class="media"><oembed url="{escape(story.video)}"></oembed></figure>'
        )
    parts.extend(_p(text) for text in story.paragraphs[1:])
    if pool["headings"] and rng.random() < 0.6:
        parts.append(f"<h2>{escape(rng.choice(pool['headings']), quote=False)}</h2>")
    for text in rng.sample(pool["paragraphs"], min(len(pool["paragraphs"]), rng.randint(1, 2))):
        parts.append(_p(text.format(place=place, year=year)))
    if pool["quotes"] and rng.random() < 0.5:
        quote, who = rng.choice(pool["quotes"])
        parts.append(f"<blockquote>{_p(f'“{quote}”')}{_p(f'– {who}')}</blockquote>")
    if pool["lists"] and rng.random() < 0.4:
        items = "".join(
            f"<li>{escape(item, quote=False)}</li>" for item in rng.choice(pool["lists"])
        )
        parts.append(f"<ul>{items}</ul>")
    return "".join(parts)
