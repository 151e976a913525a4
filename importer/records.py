"""What the readers (WXR, RSS, Atom) hand to the writer: plain data, no database."""

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class SourceAuthor:
    key: str  # login for WordPress, the name (or e-mail) in a feed
    name: str
    email: str = ""


@dataclass
class SourceTerm:
    slug: str
    name: str
    parent: str = ""  # the parent's slug
    description: str = ""


@dataclass
class SourceItem:
    key: str  # the source's own identity: guid, Atom id, or link
    kind: str  # "post", "page" or "attachment"
    where: str  # e.g. "bài 12 (dòng 340)": how the report names it
    title: str = ""
    link: str = ""
    old_urls: list[str] = field(default_factory=list)
    body: str = ""
    excerpt: str = ""
    date: datetime | None = None
    status: str = "publish"
    password: str = ""
    slug: str = ""
    categories: list[SourceTerm] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    author: SourceAuthor | None = None
    post_id: str = ""
    thumbnail_id: str = ""
    cover_url: str = ""  # feeds: an image enclosure
    attached_file: str = ""  # attachments: path under wp-content/uploads
    alt: str = ""
    position: int = 0


@dataclass
class Source:
    """One parsed file."""

    name: str
    format: str  # "wxr", "rss" or "atom"
    authors: dict[str, SourceAuthor] = field(default_factory=dict)
    categories: list[SourceTerm] = field(default_factory=list)
    items: list[SourceItem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def attachments(self) -> dict[str, SourceItem]:
        return {i.post_id: i for i in self.items if i.kind == "attachment" and i.post_id}
