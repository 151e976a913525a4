"""Top-level path segments that belong to the site, so no category may take them."""

RESERVED_SLUGS = frozenset(
    {
        "admin",
        "api",
        "en",
        "healthz",
        "media",
        "rss",
        "sitemap",
        "static",
        "tac-gia",
        "tai-anh",
        "the",
        "thu-vien-anh",
        "tim-kiem",
        "trang",
        "van-ban",
    }
)


def is_reserved(slug: str) -> bool:
    return slug in RESERVED_SLUGS
