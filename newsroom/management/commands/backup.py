from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from newsroom.backups import BackupError, create_backup


class Command(BaseCommand):
    # A plain str: argparse formats the description and cannot take lazy text.
    help = "Sao lưu cơ sở dữ liệu và thư mục media vào một tệp .tar.gz (mặc định var/backups/)."

    def add_arguments(self, parser):
        parser.add_argument("--output", type=Path, help=_("đường dẫn tệp sao lưu cần tạo"))

    def handle(self, *args, output=None, **options):
        try:
            archive = create_backup(output)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(self.style.SUCCESS(_("Đã sao lưu: %(archive)s") % {"archive": archive}))
