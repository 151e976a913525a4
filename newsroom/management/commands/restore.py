from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from newsroom.backups import BackupError, restore_backup


class Command(BaseCommand):
    # A plain str: argparse formats the description and cannot take lazy text.
    help = "Khôi phục cơ sở dữ liệu và media từ một tệp sao lưu vào cơ sở dữ liệu trống."

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path, help=_("tệp .tar.gz do lệnh backup tạo ra"))
        parser.add_argument(
            "--database",
            help=_("tên cơ sở dữ liệu đích trên cùng máy chủ (mặc định: của cấu hình)"),
        )
        parser.add_argument("--media-root", type=Path, help=_("thư mục media đích"))
        parser.add_argument(
            "--force",
            action="store_true",
            help=_("cho phép ghi đè cơ sở dữ liệu không trống"),
        )

    def handle(self, *args, archive, database=None, media_root=None, force=False, **options):
        if not archive.is_file():
            raise CommandError(_("Không thấy tệp sao lưu: %(archive)s") % {"archive": archive})
        try:
            manifest = restore_backup(
                archive, database=database, media_root=media_root, force=force
            )
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            self.style.SUCCESS(
                _("Đã khôi phục bản sao lưu lúc %(created)s từ %(archive)s")
                % {"created": manifest["created"], "archive": archive}
            )
        )
