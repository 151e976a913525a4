"""Source dates → aware datetimes; a date without a zone is read in the site's zone."""

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from django.utils import timezone

_WP_FORMAT = "%Y-%m-%d %H:%M:%S"


def _aware(value: datetime) -> datetime:
    if timezone.is_naive(value):
        return timezone.make_aware(value, timezone.get_default_timezone())
    return value


def wordpress_date(gmt: str, local: str) -> datetime | None:
    """`wp:post_date_gmt`, else `wp:post_date` in the site's zone; '0000-00-00…' is no date."""
    for value, zone in ((gmt, UTC), (local, None)):
        value = (value or "").strip()
        if not value or value.startswith("0000"):
            continue
        try:
            parsed = datetime.strptime(value, _WP_FORMAT)
        except ValueError:
            continue
        return parsed.replace(tzinfo=zone) if zone else _aware(parsed)
    return None


def rfc822_date(value: str) -> datetime | None:
    """RSS 2.0 `pubDate`, e.g. 'Fri, 03 May 2019 08:30:00 +0700'."""
    try:
        return _aware(parsedate_to_datetime((value or "").strip()))
    except (TypeError, ValueError, IndexError):
        return None


def iso_date(value: str) -> datetime | None:
    """Atom `published`/`updated`, e.g. '2019-05-03T08:30:00+07:00' or '…Z'."""
    try:
        return _aware(datetime.fromisoformat((value or "").strip()))
    except ValueError:
        return None
