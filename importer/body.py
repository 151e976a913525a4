"""WordPress post content → the editor's HTML: block comments out, shortcodes mapped,
blank-line paragraphs wrapped (what WordPress's `wpautop` does on display). The result
still goes through the project's sanitizer when the article is saved."""

import html
import re

from core.embeds import youtube_id

_BLOCK_COMMENT = re.compile(r"<!--\s*/?wp:[^>]*?-->", re.S)
_CAPTION = re.compile(r"\[(?:wp_)?caption([^\]]*)\](.*?)\[/(?:wp_)?caption\]", re.S | re.I)
_GALLERY = re.compile(r"\[gallery([^\]]*)\]", re.I)
_EMBED = re.compile(r"\[embed[^\]]*\](.*?)\[/embed\]", re.S | re.I)
_MEDIA = re.compile(
    r"\[(?:video|audio)[^\]]*?(?:src|mp4|mp3)=[\"']([^\"']+)[\"'][^\]]*\](?:\[/(?:video|audio)\])?",
    re.I,
)
# A bare video URL alone on its line: WordPress turns it into an embed.
_BARE_URL = re.compile(r"^[ \t]*(https?://\S+)[ \t]*$", re.M)
# Other shortcodes of plugins and page builders: [vc_row …], [contact-form-7 …], [/su_note].
_KNOWN = r"video|audio|playlist|embed|gallery|caption|wp_caption"
_PLUGIN = re.compile(
    r"\[/?((?:" + _KNOWN + r")|[a-z][a-z0-9]*[_-][a-z0-9_-]+)\b[^\]\n]{0,500}\]", re.I
)
_IMG = re.compile(r"<img\b[^>]*>", re.I)
_BLOCK_START = re.compile(
    r"^\s*<(?:p|div|h[1-6]|ul|ol|li|table|thead|tbody|tr|blockquote|figure|pre|hr|dl|form"
    r"|address|section|article|aside|header|footer|nav|iframe|oembed|!--)\b",
    re.I,
)
_ATTR = re.compile(r"""([a-zA-Z_:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>\]]+))""")


def attributes(tag: str) -> dict[str, str]:
    """The attributes of one tag or shortcode, names lowercased, entities decoded."""
    return {
        m.group(1).lower(): html.unescape(m.group(2) or m.group(3) or m.group(4) or "")
        for m in _ATTR.finditer(tag)
    }


def _caption(match) -> str:
    inner = match.group(2).strip()
    attrs = attributes(match.group(1))
    image = _IMG.search(inner)
    if not image:
        return inner
    text = (attrs.get("caption") or _IMG.sub("", inner)).strip()
    text = re.sub(r"</?a\b[^>]*>", "", text).strip()
    caption = f"<figcaption>{text}</figcaption>" if text else ""
    return f'<figure class="image">{image.group(0)}{caption}</figure>'


def _video(url: str) -> str:
    if youtube_id(url):
        return f'<figure class="media"><oembed url="{html.escape(url)}"></oembed></figure>'
    safe = html.escape(url)
    return f'<p><a href="{safe}">{safe}</a></p>'


def _gallery(match, attachments: dict[str, str]) -> str:
    ids = [i.strip() for i in attributes(match.group(1)).get("ids", "").split(",") if i.strip()]
    urls = [attachments[i] for i in ids if i in attachments]
    return "".join(f'<figure class="image"><img src="{html.escape(u)}"></figure>' for u in urls)


def _bare_url(match) -> str:
    url = match.group(1)
    return _video(url) if youtube_id(url) else match.group(0)


def wpautop(text: str) -> str:
    """Blank-line separated blocks → <p>…</p>; single newlines inside them → <br>."""
    blocks = re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n"))
    out = []
    for block in blocks:
        block = block.strip()
        if not block:
            continue
        if _BLOCK_START.match(block):
            out.append(block)
        else:
            out.append("<p>" + re.sub(r"\s*\n\s*", "<br>\n", block) + "</p>")
    return "\n".join(out)


def clean_body(text: str, *, attachments: dict[str, str] | None = None) -> tuple[str, set[str]]:
    """(HTML, names of shortcodes dropped because they have no equivalent here)."""
    text = _BLOCK_COMMENT.sub("", text or "")
    text = _CAPTION.sub(_caption, text)
    text = _GALLERY.sub(lambda m: _gallery(m, attachments or {}), text)
    text = _EMBED.sub(lambda m: _video(m.group(1).strip()), text)
    text = _MEDIA.sub(lambda m: _video(m.group(1)), text)
    text = _BARE_URL.sub(_bare_url, text)
    dropped = {m.group(1).lower() for m in _PLUGIN.finditer(text)}
    text = _PLUGIN.sub("", text)
    return wpautop(text), dropped
