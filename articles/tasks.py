"""This app's periodic background jobs (run by `manage.py run_worker`)."""

from datetime import timedelta

from django.utils.translation import gettext_lazy as _

from articles import related, view_counts
from jobs.queue import Every, job, periodic


@periodic(Every(timedelta(minutes=5), label=_("mỗi 5 phút")))
@job(label=_("Ghi lượt xem vào cơ sở dữ liệu"))
def flush_view_counts() -> int:
    return view_counts.flush()


# Sunday 02:30, Vietnam time: the quietest hour of the week.
@periodic(
    Every(
        timedelta(days=7),
        offset=timedelta(days=6, hours=2, minutes=30),
        label=_("hằng tuần, 2 giờ 30 sáng Chủ nhật"),
    )
)
@job(label=_("Tính lại tin liên quan"), backoff=600)
def recompute_related() -> int:
    return related.recompute_all()
