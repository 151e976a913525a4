from django.core.management.base import BaseCommand

from articles import view_counts


class Command(BaseCommand):
    help = "Chuyển lượt xem đã ghi nhận (Redis) vào cơ sở dữ liệu."

    def handle(self, *args, **options):
        moved = view_counts.flush()
        self.stdout.write(f"{moved} lượt xem đã được ghi vào cơ sở dữ liệu.")
