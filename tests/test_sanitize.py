"""Rich text is sanitized on every save: XSS payloads die, CKEditor's real output survives."""

import html
import re
from html.parser import HTMLParser

import pytest

from articles.models import Article
from core.embeds import render_embeds
from core.sanitize import TAGS, html_to_text, sanitize_html
from tests.factories import make_article, make_category

# OWASP XSS filter evasion cheat sheet style payloads, plus mutation XSS and our own traps.
XSS_PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//xss.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<IMG SRC=\"javascript:alert('XSS');\">",
    "<IMG SRC=JaVaScRiPt:alert('XSS')>",
    "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;"
    "&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
    "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74"
    "&#x28&#x27&#x58&#x53&#x53&#x27&#x29>",
    "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
    "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    '<svg><a xlink:href="javascript:alert(1)"><text x=0 y=20>x</text></a></svg>',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112'
    '&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000049&#0000041">'
    "x</a>",
    '<a href="ja&#x0A;vascript:alert(1)">x</a>',
    '<a href="  javascript:alert(1)">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    '<a href="//evil.example/phish">x</a>',
    '<a href="/\\evil.example/phish">x</a>',
    '<a href="/&#9;/evil.example/phish">x</a>',
    '<a href="https://example.com/" onclick="alert(1)">x</a>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=alert(1) src=1>">',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "<!--><img src=x onerror=alert(1)>-->",
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<iframe src="javascript:alert(1)"></iframe>',
    '<object data="javascript:alert(1)"></object>',
    '<embed src="javascript:alert(1)">',
    '<form action="javascript:alert(1)"><button>Gửi</button></form>',
    '<button formaction="javascript:alert(1)">x</button>',
    '<base href="javascript:alert(1)//">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<link rel="stylesheet" href="javascript:alert(1)">',
    "<style>@import 'javascript:alert(1)';</style>",
    '<p style="background:url(javascript:alert(1))">x</p>',
    '<p style="width:expression(alert(1))">x</p>',
    "<body onload=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<video><source onerror=alert(1)></video>",
    "<input autofocus onfocus=alert(1)>",
    "<xss onpointerover=alert(1)>x</xss>",
    "<template><img src=x onerror=alert(1)></template>",
    '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>',
    '<img src="/media/a.jpg" srcset="javascript:alert(1) 1x, /media/a.jpg 2x">',
    '<img src="//evil.example/x.png">',
    '<img src="https://evil.example/x.png">',
    '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
    '<img src="/media/../admin/logout/">',
    '<img src="/media/x.jpg" width="100 onload=alert(1)">',
    '<figure class="media"><oembed url="javascript:alert(1)"></oembed></figure>',
    '<figure class="media"><oembed url="https://evil.example/watch?v=dQw4w9WgXcQ"></oembed></figure>',
    '<figure class="media" onmouseover="alert(1)"><div data-oembed-url="x"></div></figure>',
]

URL_ATTRIBUTES = {"href", "src", "srcset", "url", "action", "formaction", "data", "background"}
BAD_SCHEME = re.compile(r"^\s*(javascript|vbscript|data):", re.IGNORECASE)


class _Collector(HTMLParser):
    """An independent parser: every element and attribute left in the output."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    handle_startendtag = handle_starttag


def _elements(markup):
    parser = _Collector()
    parser.feed(markup)
    parser.close()
    return parser.elements


def _assert_harmless(markup):
    for tag, attrs in _elements(markup):
        assert tag in TAGS, f"<{tag}> survived"
        for name, value in attrs.items():
            assert not name.startswith("on"), f"handler {name} survived"
            assert name != "style"
            if name in URL_ATTRIBUTES:
                cleaned = re.sub(r"[\x00-\x20]", "", html.unescape(value or ""))
                assert not BAD_SCHEME.match(cleaned), f"{name}={value!r} survived"
                assert not cleaned.replace("\\", "/").startswith("//"), f"{name}={value!r}"
            if tag == "img" and name in {"src", "srcset"}:
                for candidate in (value or "").split(","):
                    url = candidate.split()[0] if candidate.split() else ""
                    assert url.startswith("/media/") and ".." not in url, f"{name}={value!r}"
    lowered = markup.lower()
    for needle in ("<script", "<svg", "<math", "<iframe", "<object", "<embed", "<form", "<style"):
        assert needle not in lowered


def test_payload_list_is_substantial():
    assert len(XSS_PAYLOADS) >= 30


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_xss_payload_is_neutralized(payload):
    cleaned = sanitize_html(payload)
    _assert_harmless(cleaned)
    assert sanitize_html(cleaned) == cleaned  # stable: a second save changes nothing


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_rendered_body_stays_harmless(payload):
    """What the article page prints (sanitized body, embeds rendered) has no live script."""
    rendered = str(render_embeds(sanitize_html(payload)))
    assert "<script" not in rendered.lower()
    assert not re.search(r"\son\w+\s*=", rendered, re.IGNORECASE)
    assert "javascript:" not in html.unescape(rendered).lower()


# Legitimate CKEditor 5 output: (input, expected stored HTML).
CKEDITOR_OUTPUT = [
    (
        "<h2>Kết quả hội nghị</h2><h3>Phần một</h3><h4>Chi tiết</h4>"
        "<p>Đoạn <strong>đậm</strong>, <i>nghiêng</i>, <u>gạch dưới</u>, <s>gạch ngang</s>,"
        " H<sub>2</sub>O, m<sup>2</sup>.<br>Dòng mới.</p>",
        None,
    ),
    (
        '<p>Xem <a href="https://chinhphu.vn/">Cổng thông tin</a>, '
        '<a href="/van-hoa/le-hoi-1.html">bài trước</a>, '
        '<a href="mailto:ttvh@example.vn">thư</a> hoặc <a href="tel:+842431234567">gọi</a>.</p>',
        '<p>Xem <a href="https://chinhphu.vn/" rel="noopener noreferrer">Cổng thông tin</a>, '
        '<a href="/van-hoa/le-hoi-1.html" rel="noopener noreferrer">bài trước</a>, '
        '<a href="mailto:ttvh@example.vn" rel="noopener noreferrer">thư</a> hoặc '
        '<a href="tel:+842431234567" rel="noopener noreferrer">gọi</a>.</p>',
    ),
    (
        '<figure class="image"><img src="/media/editor/2026/11/abc.jpg" alt="Đoàn nghệ thuật" '
        'srcset="/media/editor/2026/11/abc-480.jpg 480w, /media/editor/2026/11/abc-800.jpg 800w, '
        '/media/editor/2026/11/abc.jpg 1600w" sizes="100vw" width="1600" height="900">'
        "<figcaption>Đoàn nghệ thuật biểu diễn tại lễ hội.</figcaption></figure>",
        None,
    ),
    (
        '<figure class="image image-style-side"><img src="/media/editor/a.png" alt="Bản đồ">'
        "</figure>",
        None,
    ),
    (
        '<figure class="table"><table><thead><tr><th>Đơn vị</th><th>Điểm</th></tr></thead>'
        '<tbody><tr><td colspan="2">Xã Đông Hòa</td></tr><tr><td rowspan="2">Xã Tây</td>'
        "<td>9</td></tr><tr><td>8</td></tr></tbody><tfoot><tr><td>Tổng</td><td>17</td></tr>"
        "</tfoot></table></figure>",
        None,
    ),
    (
        "<ul><li>Một</li><li>Hai<ol><li>Hai chấm một</li></ol></li></ul>"
        "<blockquote><p>Văn hóa là nền tảng tinh thần của xã hội.</p></blockquote>",
        None,
    ),
    (
        '<figure class="media"><oembed url="https://www.youtube.com/watch?v=dQw4w9WgXcQ">'
        "</oembed></figure>",
        None,
    ),
    (
        '<figure class="media"><oembed url="https://youtu.be/dQw4w9WgXcQ"></oembed></figure>',
        '<figure class="media"><oembed url="https://www.youtube.com/watch?v=dQw4w9WgXcQ">'
        "</oembed></figure>",
    ),
]


@pytest.mark.parametrize("source, expected", CKEDITOR_OUTPUT)
def test_ckeditor_output_survives(source, expected):
    assert sanitize_html(source) == (expected or source)


def test_only_allowlisted_figure_classes_are_kept():
    cleaned = sanitize_html('<figure class="image evil-overlay"><img src="/media/a.jpg"></figure>')
    assert cleaned == '<figure class="image"><img src="/media/a.jpg"></figure>'


def test_srcset_keeps_only_our_media_candidates():
    cleaned = sanitize_html(
        '<img src="/media/a.jpg" srcset="/media/a-480.jpg 480w, https://evil.example/b.jpg 800w, '
        '//evil.example/c.jpg 1200w">'
    )
    assert cleaned == '<img src="/media/a.jpg" srcset="/media/a-480.jpg 480w">'


def test_youtube_embed_renders_as_nocookie_iframe():
    stored = sanitize_html(CKEDITOR_OUTPUT[-1][0])
    rendered = str(render_embeds(stored))
    assert 'src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"' in rendered
    assert "<oembed" not in rendered


def test_refused_embed_leaves_nothing_behind():
    body = '<p>Trước</p><figure class="media"><oembed url="https://vimeo.com/1"></oembed></figure>'
    assert sanitize_html(body) == "<p>Trước</p>"


def test_plain_text_helper():
    text = html_to_text(
        "<h2>Tiêu đề</h2><p>Đoạn một &amp; <b>hai</b> &lt;3</p><script>alert(1)</script>"
        "<ul><li>a</li><li>b</li></ul>"
    )
    assert text == "Tiêu đề Đoạn một & hai <3 a b"


@pytest.mark.django_db
def test_model_create_sanitizes_body():
    article = make_article(body='<p onclick="alert(1)">Tin</p><script>alert(1)</script>')
    article.refresh_from_db()
    assert article.body == "<p>Tin</p>"


@pytest.mark.django_db
def test_model_save_sanitizes_body_every_time():
    article = make_article(body="<p>Tin</p>")
    article.body = '<p>Sửa</p><img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a>'
    article.save()
    stored = Article.objects.get(pk=article.pk).body
    assert stored == '<p>Sửa</p><img><a rel="noopener noreferrer">x</a>'


@pytest.mark.django_db
def test_objects_create_sanitizes_every_payload_at_once():
    body = "".join(XSS_PAYLOADS)
    article = Article.objects.create(title="Thử", category=make_category(), body=body)
    _assert_harmless(Article.objects.get(pk=article.pk).body)


@pytest.mark.browser
def test_no_payload_runs_in_chromium():
    """The stored, rendered payloads, loaded by a real browser: no alert, no script runs."""
    from playwright.sync_api import sync_playwright

    body = "".join(str(render_embeds(sanitize_html(payload))) for payload in XSS_PAYLOADS)
    document = f"<!doctype html><html><body><div class='body'>{body}</div></body></html>"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_page()
        dialogs = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.set_content(document, wait_until="load")
        page.mouse.move(10, 10)
        for link in page.locator("a").all():
            link.hover()
        scripts = page.evaluate("document.scripts.length")
        handlers = page.evaluate(
            "[...document.querySelectorAll('*')].flatMap(e => [...e.attributes])"
            ".filter(a => a.name.startsWith('on')).length"
        )
        browser.close()
    assert dialogs == []
    assert scripts == 0
    assert handlers == 0
