"""A job that always fails, for the queue's retry tests (the worker imports it by path)."""

from jobs.queue import job

FAILURES = []  # (message, will_retry) of each failed attempt told to on_failure


def _told(exc, will_retry, *args, **kwargs):
    FAILURES.append((str(exc), will_retry))


@job(label="Việc thử luôn hỏng", attempts=2, backoff=45, on_failure=_told)
def always_fails(n: int) -> None:
    raise RuntimeError(f"Máy chủ ảnh không trả lời (lần gọi {n})")
