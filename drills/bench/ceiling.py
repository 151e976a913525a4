"""The benchmark's ceiling: a fixed 20 KB page, no database, through the whole middleware stack.

Mounted at /bench/ceiling only when BENCH_CEILING is on (the benchmark's server sets it).
"""

from django.http import HttpResponse

SIZE = 20 * 1024
_HEAD = '<!doctype html><html lang="vi"><head><title>Trần</title></head><body><p>'
_TAIL = "</p></body></html>"
BODY = (_HEAD + "x" * (SIZE - len(_HEAD.encode()) - len(_TAIL)) + _TAIL).encode()


def ceiling(request):
    return HttpResponse(BODY, content_type="text/html; charset=utf-8")
