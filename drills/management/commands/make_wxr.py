"""A plausible WordPress export of N district news posts, to time `import_site` at scale."""

import random
from html import escape

from django.core.management.base import BaseCommand

from demo.words import ACTIONS, OBJECTS, PARAGRAPHS, PEOPLE, PLACES, SUBJECTS, TAGS

CATEGORIES = [
    ("tin-tuc", "Tin tức", ""),
    ("van-hoa", "Văn hóa", ""),
    ("le-hoi", "Lễ hội", "van-hoa"),
]
CATEGORIES += [("the-thao", "Thể thao", ""), ("du-lich", "Du lịch", "")]
HEAD = """<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Hòa Sơn</title><link>http://old.hoason.vn</link>
<wp:wxr_version>1.2</wp:wxr_version>
<wp:author><wp:author_login>admin</wp:author_login><wp:author_email>admin@hoason.vn</wp:author_email>
<wp:author_display_name><![CDATA[Ban biên tập]]></wp:author_display_name></wp:author>
"""


def _category(slug, name, parent):
    return (
        f"<wp:category><wp:category_nicename>{slug}</wp:category_nicename>"
        f"<wp:category_parent>{parent}</wp:category_parent>"
        f"<wp:cat_name><![CDATA[{name}]]></wp:cat_name></wp:category>\n"
    )


def _item(n, rng):
    place = rng.choice(PLACES)
    subject = rng.choice(SUBJECTS).format(place=place)
    title = f"{subject} {rng.choice(ACTIONS)} {rng.choice(OBJECTS)} ({n})"
    words = {"place": place, "subject": subject, "people": rng.choice(PEOPLE), "year": 2015}
    paragraphs = [rng.choice(PARAGRAPHS) for _ in range(5)]
    body = "\n\n".join(escape(p.format_map(_Blank(words)), quote=False) for p in paragraphs)
    slug, name, _parent = rng.choice(CATEGORIES)
    tags = "".join(
        f'<category domain="post_tag" nicename="t"><![CDATA[{t}]]></category>'
        for t in rng.sample(TAGS, 2)
    )
    day = f"{2015 + n % 10}-{1 + n % 12:02d}-{1 + n % 28:02d} {n % 24:02d}:{n % 60:02d}:00"
    return f"""<item><title><![CDATA[{title}]]></title>
<link>http://old.hoason.vn/{day[:4]}/{day[5:7]}/bai-{n}/</link>
<guid isPermaLink="false">http://old.hoason.vn/?p={n}</guid>
<dc:creator>admin</dc:creator>
<content:encoded><![CDATA[<!-- wp:paragraph -->\n{body}\n<!-- /wp:paragraph -->]]></content:encoded>
<excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_id>{n}</wp:post_id><wp:post_date>{day}</wp:post_date>
<wp:post_date_gmt>0000-00-00 00:00:00</wp:post_date_gmt>
<wp:post_name>bai-{n}</wp:post_name><wp:status>publish</wp:status>
<wp:post_type>post</wp:post_type>
<category domain="category" nicename="{slug}"><![CDATA[{name}]]></category>{tags}
</item>
"""


class _Blank(dict):
    def __missing__(self, key):  # counts and other blanks of the demo's paragraphs
        return "120"


class Command(BaseCommand):
    help = "Viết một tệp WXR giả lập N bài (để đo thời gian nhập)."

    def add_arguments(self, parser):
        parser.add_argument("--items", type=int, default=20_000, help="số bài viết trong tệp")
        parser.add_argument("--output", required=True, help="đường dẫn tệp WXR sẽ ghi")
        parser.add_argument(
            "--seed", type=int, default=19, help="hạt giống ngẫu nhiên (cùng số, cùng tệp)"
        )

    def handle(self, *args, items, output, seed, **options):
        rng = random.Random(seed)
        with open(output, "w", encoding="utf-8") as out:
            out.write(HEAD + "".join(_category(*c) for c in CATEGORIES))
            for n in range(1, items + 1):
                out.write(_item(n, rng))
            out.write("</channel></rss>\n")
        self.stdout.write(f"Đã viết {items} bài vào {output}.")
