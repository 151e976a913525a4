"""Vietnamese dates: 'Thứ Năm, 31/12/2020 15:30' (Django's locale says 'Thứ 5')."""

from django.utils import timezone

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def vn_datetime(value, with_time: bool = True) -> str:
    if not value:
        return ""
    local = timezone.localtime(value)
    text = f"{WEEKDAYS[local.weekday()]}, {local:%d/%m/%Y}"
    return f"{text} {local:%H:%M}" if with_time else text


def iso_datetime(value) -> str:
    """ISO 8601 in local time, whole seconds: '2020-12-31T15:30:00+07:00'."""
    if not value:
        return ""
    return timezone.localtime(value).replace(microsecond=0).isoformat()
