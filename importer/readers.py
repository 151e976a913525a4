"""WXR (WordPress eXtended RSS 1.0–1.2), RSS 2.0 and Atom files → `Source` records.

One streaming pass: each item is read into plain data when its end tag arrives and then
cleared, so a large export never sits in memory as a tree.
"""

from urllib.parse import unquote
from xml.etree.ElementTree import tostring  # noqa: S405  (serializing parsed elements only)

from django.utils.translation import gettext as _

from importer.dates import iso_date, rfc822_date, wordpress_date
from importer.records import Source, SourceAuthor, SourceItem, SourceTerm
from importer.xmlsource import (
    SUPPORTED_WXR,
    ImportFileError,
    RepairedText,
    local_name,
    namespace_prefix,
    open_checked,
    safe_events,
    wxr_version,
)

_CHANNEL_TERMS = {"wp:category", "wp:term"}
_KINDS = {"post", "page", "attachment"}


def read_file(path, *, name: str, max_bytes: int) -> Source:
    """Parse one export file. Raises ImportFileError with a message for the administrator."""
    with open_checked(path, max_bytes) as handle:
        text = RepairedText(handle)
        source = _read(safe_events(text), name)
    if text.repaired:
        source.warnings.append(
            _(
                "%(name)s: %(count)s đoạn byte không phải UTF-8 (tệp khai báo “%(declared)s”) "
                "đã được đọc theo bảng mã %(fallback)s; hãy kiểm tra dấu tiếng Việt."
            )
            % {
                "name": name,
                "count": text.repaired,
                "declared": text.declared or "utf-8",
                "fallback": text.fallback,
            }
        )
    return source


def _read(events, name: str) -> Source:
    source, warnings, depth = None, [], 0
    for event, value in events:
        if event == "start-ns":
            warning = _namespace_warning(name, *value)
            if warning:
                warnings.append(warning)
            continue
        if event == "start":
            depth += 1
            source = source or _new_source(local_name(value.tag), name)
            continue
        # Children of <channel> (RSS) or <feed> (Atom): read, then freed at once.
        if depth == (3 if source.format != "atom" else 2):
            _collect(source, value)
            value.clear()
        depth -= 1
    if source is None:
        raise ImportFileError(_("Tệp không có nội dung XML."))
    source.warnings.extend(warnings)
    return source


def _namespace_warning(name, prefix, uri) -> str | None:
    known = namespace_prefix(uri)
    if known is None:
        return _(
            "%(name)s: không gian tên lạ “%(uri)s” (tiền tố “%(prefix)s”): các trường của nó "
            "bị bỏ qua."
        ) % {"name": name, "uri": uri, "prefix": prefix}
    if known == "wp" and wxr_version(uri) not in SUPPORTED_WXR:
        return _("%(name)s: WXR phiên bản %(version)s chưa được thử; đọc như bản 1.2.") % {
            "name": name,
            "version": wxr_version(uri),
        }
    return None


def _new_source(root: str, name: str) -> Source:
    if root == "rss":
        return Source(name=name, format="rss")
    if root == "atom:feed":
        return Source(name=name, format="atom")
    raise ImportFileError(
        _("Không phải tệp WXR, RSS 2.0 hay Atom (phần tử gốc là <%(root)s>).") % {"root": root}
    )


def _collect(source: Source, element) -> None:
    tag = local_name(element.tag)
    if tag == "item":
        _add_item(source, _rss_item(element, len(source.items) + 1))
    elif tag == "atom:entry":
        _add_item(source, _atom_entry(element, len(source.items) + 1))
    elif tag == "wp:author":
        author = _wp_author(element)
        if author.key:
            source.authors[author.key] = author
    elif tag in _CHANNEL_TERMS:
        term = _wp_category(element)
        if term:
            source.categories.append(term)


def _add_item(source: Source, item: SourceItem) -> None:
    if item.kind == "post" and source.format == "rss" and item.post_id:
        source.format = "wxr"
    source.items.append(item)


def _text(element) -> str:
    return (element.text or "").strip() if element is not None else ""


def _fields(element) -> dict[str, list]:
    found: dict[str, list] = {}
    for child in element:
        found.setdefault(local_name(child.tag), []).append(child)
    return found


def _first(fields, name) -> str:
    return _text(fields[name][0]) if name in fields else ""


def _wp_author(element) -> SourceAuthor:
    f = _fields(element)
    login = _first(f, "wp:author_login")
    full = " ".join(
        p for p in (_first(f, "wp:author_first_name"), _first(f, "wp:author_last_name")) if p
    )
    name = _first(f, "wp:author_display_name") or full or login
    return SourceAuthor(key=login, name=name, email=_first(f, "wp:author_email").lower())


def _wp_category(element) -> SourceTerm | None:
    f = _fields(element)
    if element.tag.endswith("term") and _first(f, "wp:term_taxonomy") != "category":
        return None
    slug = _first(f, "wp:category_nicename") or _first(f, "wp:term_slug")
    name = _first(f, "wp:cat_name") or _first(f, "wp:term_name") or slug
    parent = _first(f, "wp:category_parent") or _first(f, "wp:term_parent")
    description = _first(f, "wp:category_description") or _first(f, "wp:term_description")
    return SourceTerm(
        slug=unquote(slug), name=name, parent=unquote(parent), description=description
    )


def _meta(fields) -> dict[str, str]:
    meta = {}
    for element in fields.get("wp:postmeta", []):
        f = _fields(element)
        meta[_first(f, "wp:meta_key")] = _first(f, "wp:meta_value")
    return meta


def _item_terms(fields, item: SourceItem) -> None:
    for element in fields.get("category", []):
        name, domain = _text(element), element.get("domain", "category")
        slug = unquote(element.get("nicename", "")) or name
        if not name:
            continue
        if domain == "post_tag":
            item.tags.append(name)
        elif domain == "category":
            item.categories.append(SourceTerm(slug=slug, name=name))


def _rss_author(fields) -> SourceAuthor | None:
    login = _first(fields, "dc:creator")
    if login:
        return SourceAuthor(key=login, name=login)
    raw = _first(fields, "author")  # "email@host (Name)" or a name
    if not raw:
        return None
    email, _sep, rest = raw.partition(" (")
    if "@" in email and rest:
        return SourceAuthor(key=email.lower(), name=rest.rstrip(")"), email=email.lower())
    return SourceAuthor(key=raw, name=raw)


def _rss_item(element, n: int) -> SourceItem:
    f = _fields(element)
    meta = _meta(f)
    kind = _first(f, "wp:post_type") or "post"
    guid, link = _first(f, "guid"), _first(f, "link")
    post_id = _first(f, "wp:post_id")
    item = SourceItem(
        key=guid or (f"wp-post-{post_id}" if post_id else link),
        kind=kind if kind in _KINDS else f"?{kind}",
        where=_("mục %(n)s") % {"n": n},
        title=_first(f, "title"),
        link=link,
        old_urls=[u for u in (link, guid) if u.startswith(("http://", "https://", "/"))],
        body=_first(f, "content:encoded") or _first(f, "description"),
        excerpt=_first(f, "excerpt:encoded"),
        status=_first(f, "wp:status") or "publish",
        password=_first(f, "wp:post_password"),
        slug=unquote(_first(f, "wp:post_name")),
        author=_rss_author(f),
        post_id=post_id,
        thumbnail_id=meta.get("_thumbnail_id", ""),
        attached_file=meta.get("_wp_attached_file", ""),
        alt=meta.get("_wp_attachment_image_alt", ""),
        position=int(_first(f, "wp:menu_order") or 0)
        if _first(f, "wp:menu_order").isdigit()
        else 0,
    )
    if item.kind == "attachment":
        item.link = _first(f, "wp:attachment_url") or link
    if post_id or "wp:post_date" in f:
        item.date = wordpress_date(_first(f, "wp:post_date_gmt"), _first(f, "wp:post_date"))
    item.date = item.date or rfc822_date(_first(f, "pubDate"))
    _item_terms(f, item)
    item.cover_url = _enclosure(f)
    return item


def _enclosure(fields) -> str:
    for element in fields.get("enclosure", []) + fields.get("media:content", []):
        if element.get("type", "image/").startswith("image/") and element.get("url"):
            return element.get("url")
    return ""


def _atom_text(element) -> str:
    if element is None:
        return ""
    if element.get("type") == "xhtml":
        inner = "".join(tostring(child, encoding="unicode", method="html") for child in element)
        return inner.replace("html:", "").strip()
    return _text(element)


def _atom_entry(element, n: int) -> SourceItem:
    f = _fields(element)
    links = {link.get("rel", "alternate"): link for link in f.get("atom:link", [])}
    link = links["alternate"].get("href", "") if "alternate" in links else ""
    enclosure = links.get("enclosure")
    author_el = f.get("atom:author", [None])[0]
    author = None
    if author_el is not None:
        af = _fields(author_el)
        name, email = _first(af, "atom:name"), _first(af, "atom:email").lower()
        author = (
            SourceAuthor(key=email or name, name=name or email, email=email)
            if name or email
            else None
        )
    item = SourceItem(
        key=_first(f, "atom:id") or link,
        kind="post",
        where=_("mục %(n)s") % {"n": n},
        title=_atom_text(f.get("atom:title", [None])[0]),
        link=link,
        old_urls=[link] if link else [],
        body=_atom_text(f.get("atom:content", [None])[0])
        or _atom_text(f.get("atom:summary", [None])[0]),
        excerpt=_atom_text(f.get("atom:summary", [None])[0]) if "atom:content" in f else "",
        date=iso_date(_first(f, "atom:published")) or iso_date(_first(f, "atom:updated")),
        author=author,
        cover_url=enclosure.get("href", "")
        if enclosure is not None and enclosure.get("type", "").startswith("image/")
        else "",
    )
    for category in f.get("atom:category", []):
        term = category.get("term", "")
        if term:
            item.categories.append(SourceTerm(slug=term, name=category.get("label") or term))
    return item
