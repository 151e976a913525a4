"""`manage.py load_demo [--articles N] [--force]`: the demo site, its accounts, bulk data."""

import os
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.translation import gettext as _

from articles import related
from core.statistics import analyze
from demo.accounts import ACCOUNTS, demo_password
from demo.documents import DOCUMENT_BULK_TABLES, add_synthetic_documents, load_documents
from demo.loader import load_demo
from demo.synthetic import BULK_TABLES, add_synthetic
from search.suggest import refresh_vocabulary


class Command(BaseCommand):
    # A plain str: argparse formats the description and cannot take lazy text.
    help = (
        "Nạp nội dung mẫu (chuyên mục, tác giả, bài viết, ảnh) và ba tài khoản mẫu; "
        "chạy lại không tạo trùng."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--articles",
            type=int,
            default=0,
            metavar="N",
            help=_("Thêm N bài viết tổng hợp (chèn hàng loạt) để thử tải."),
        )
        parser.add_argument(
            "--documents",
            type=int,
            default=0,
            metavar="N",
            help=_("Thêm N văn bản tổng hợp (không kèm tệp) để thử tải kho văn bản."),
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help=_("Chạy cả khi DEBUG tắt (không dùng cho hệ thống thật)."),
        )

    def handle(self, *args, articles, documents, force, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                _(
                    "DEBUG đang tắt: không tạo dữ liệu và tài khoản mẫu trên hệ thống thật. "
                    "Dùng --force nếu chắc chắn đây là máy thử nghiệm."
                )
            )
        if articles < 0 or documents < 0:
            raise CommandError(_("--articles và --documents phải là số không âm."))
        password, is_default = demo_password()
        with transaction.atomic():
            result = load_demo(password)
            documents_added = load_documents()
        if documents_added:
            self.stdout.write(_("Đã nạp %(n)d văn bản mẫu kèm tệp PDF.") % {"n": documents_added})
        if documents:
            started = time.monotonic()
            with transaction.atomic():
                add_synthetic_documents(documents)
            self.stdout.write(
                _("Đã thêm %(n)d văn bản tổng hợp trong %(s).1f giây.")
                % {"n": documents, "s": time.monotonic() - started}
            )
        if result.articles_added:
            self.stdout.write(_("Đã nạp %(n)d bài viết mẫu.") % {"n": result.articles_added})
        else:
            self.stdout.write(_("Nội dung mẫu đã có sẵn: không nạp lại."))
        if articles:
            started = time.monotonic()
            added = add_synthetic(articles, progress=options["verbosity"] > 0)
            self.stdout.write(
                _("Đã thêm %(n)d bài viết tổng hợp trong %(s).1f giây.")
                % {"n": added, "s": time.monotonic() - started}
            )
        # The planner must know the new rows before anyone searches (autovacuum may be off).
        analyze(*BULK_TABLES, *(DOCUMENT_BULK_TABLES if documents else ()))
        refresh_vocabulary()  # typo suggestions know the new words
        # Related news picks each article's rarest words from these counts: without them every
        # word looks rare, and each publication ranked most of the site (articles.related).
        related.refresh_term_stats()
        self._summary(result.accounts, password, is_default)

    def _summary(self, accounts, password, is_default):
        site = f"http://127.0.0.1:{os.environ.get('PORT') or '8000'}/"
        write = self.stdout.write
        write("")
        write(self.style.SUCCESS(_("Trang tin:   %(url)s") % {"url": site}))
        write(self.style.SUCCESS(_("Quản trị:    %(url)s") % {"url": f"{site}admin/"}))
        for spec in ACCOUNTS:
            _user, created = accounts[spec.username]
            note = "" if created else _(" (đã có từ trước, mật khẩu giữ nguyên)")
            write(
                _("Tài khoản:   %(u)s – %(role)s%(note)s")
                % {
                    "u": spec.username,
                    "role": spec.role.label,
                    "note": note,
                }
            )
        source = _("mặc định, đặt DEMO_PASSWORD để đổi") if is_default else "DEMO_PASSWORD"
        write(
            self.style.SUCCESS(_("Mật khẩu:    %(p)s (%(src)s)") % {"p": password, "src": source})
        )
