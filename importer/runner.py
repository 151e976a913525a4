"""One import run over one or more files: what the command and the admin page both call."""

import logging
import time
from contextlib import contextmanager, nullcontext
from pathlib import Path

from django.db import connection, transaction
from django.utils.translation import gettext as _

from articles.related_signals import refreshes_deferred
from core.content_version import bumps_deferred
from importer.media import ImageIntake, ImageLibrary
from importer.readers import read_file
from importer.refresh import refresh_related_lists, refresh_search
from importer.report import Report
from importer.writer import Writer
from importer.xmlsource import MAX_FILE_BYTES, ImportFileError

logger = logging.getLogger(__name__)


def _read_all(paths, report: Report, max_bytes: int):
    sources = []
    for path in paths:
        name = Path(path).name
        try:
            source = read_file(path, name=name, max_bytes=max_bytes)
        except ImportFileError as exc:
            report.errors.append(f"{name}: {exc}")
            continue
        except Exception as exc:  # a reader bug on odd input: a message, never a traceback
            logger.exception("import_site could not read %s", name)
            report.errors.append(
                _("%(name)s: không đọc được tệp (%(error)s).") % {"name": name, "error": exc}
            )
            continue
        report.warnings.extend(source.warnings)
        sources.append(source)
    return sources


@contextmanager
def _commits_without_disk_wait():
    """Item commits do not wait for the disk: after a crash the last few items are simply
    imported again by the next run (keyed on the guid); none is ever half-written."""
    with connection.cursor() as cursor:
        cursor.execute("SET synchronous_commit TO OFF")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("RESET synchronous_commit")


def run_import(
    paths,
    *,
    images=None,
    dry_run: bool = False,
    refresh: bool = True,
    related: bool = True,
    max_bytes: int = MAX_FILE_BYTES,
    progress=None,
    fetcher=None,
) -> Report:
    """Import `paths` (WXR, RSS or Atom files); never raises for bad input.

    `related=False` leaves the related-news lists to the caller (the command computes
    them after printing the report); `refresh=False` skips every refresh; a `fetcher`
    (importer.fetch.ImageFetcher) downloads the images that have no local copy."""
    started = time.monotonic()
    report = Report(dry_run=dry_run)
    try:
        library = ImageLibrary(images)
    except ImportFileError as exc:
        report.errors.append(str(exc))
        return report
    sources = _read_all(paths, report, max_bytes)
    intake = ImageIntake(library, dry_run=dry_run, fetcher=fetcher)
    writer = Writer(report, intake)
    total = sum(len(s.items) for s in sources)
    bar = progress(total) if progress else None
    step = bar.update if bar else (lambda n=1: None)
    # Each item commits on its own (an interrupted run keeps what it did); a dry run
    # does everything inside one transaction and rolls it back.
    rollback = transaction.atomic() if dry_run else nullcontext()
    with refreshes_deferred(), bumps_deferred(), _commits_without_disk_wait(), rollback:
        for source in sources:
            writer.write(source, step=lambda: step(1))
        if dry_run:
            transaction.set_rollback(True)
    if bar:
        bar.close()
    report.missing_images = intake.missing
    report.count("image", "created", intake.stored)
    for url, reason in intake.refused:
        report.warn(_("Ảnh %(url)s bị từ chối: %(reason)s") % {"url": url, "reason": reason})
    for url, reason in intake.unfetched.items():
        report.warn(_("Không tải được ảnh %(url)s: %(reason)s") % {"url": url, "reason": reason})
    report.article_ids = writer.article_ids
    if refresh and not dry_run and writer.article_ids:
        refresh_search()
        if related:
            refresh_related_lists(writer.article_ids)
    report.seconds = time.monotonic() - started
    return report
