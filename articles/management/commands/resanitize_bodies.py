from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from articles.models import Article
from core.content_version import bump_content_version
from core.sanitize import sanitize_html

BATCH = 500


class Command(BaseCommand):
    help = (
        "Làm sạch lại nội dung mọi bài viết theo quy tắc hiện hành (chạy một lần sau khi nâng "
        "cấp): làm phẳng định dạng lồng quá sâu, thêm nofollow cho liên kết ra ngoài."
    )

    def handle(self, *args, **options):
        changed = 0
        rows = Article.objects.order_by("pk").values_list("pk", "body")
        for pk, body in rows.iterator(chunk_size=BATCH):
            cleaned = sanitize_html(body)
            if cleaned != body:
                # Only the body (and the change time its page and the API go by), no signals: the
                # article's other data and history are untouched.
                with transaction.atomic():
                    Article.objects.filter(pk=pk, body=body).update(
                        body=cleaned, changed_at=timezone.now()
                    )
                changed += 1
        if changed:
            bump_content_version()
        self.stdout.write(_("Đã làm sạch lại %(count)s bài viết.") % {"count": changed})
