from django.conf import settings
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from core.statistics import tables_without_statistics


@never_cache
def healthz(request):
    """200 when the database answers a query, 503 when it does not.

    Large tables whose planner statistics are missing (a bulk load not yet analyzed) are
    listed under `statistics_missing`: searches may be slow until `ANALYZE` runs.
    """
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        missing = tables_without_statistics(settings.STATISTICS_MIN_ROWS)
    except Exception:  # any database failure means "not healthy"
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    report = {"status": "ok", "database": "ok"}
    if missing:
        report["statistics_missing"] = missing
    return JsonResponse(report)
