"""This app's periodic background job (run by `manage.py run_worker`)."""

from datetime import timedelta

from django.utils.translation import gettext_lazy as _

from jobs.queue import Every, job, periodic
from search.suggest import refresh_vocabulary


@periodic(Every(timedelta(hours=1), offset=timedelta(minutes=7), label=_("mỗi giờ (phút 07)")))
@job(label=_("Cập nhật bộ từ vựng gợi ý tìm kiếm"), backoff=120)
def refresh_search_words() -> None:
    refresh_vocabulary()
