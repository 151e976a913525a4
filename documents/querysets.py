"""The one door to public documents, and the validity rule, written once as SQL."""

from django.db import models
from django.db.models import Case, Exists, OuterRef, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from articles.querysets import PUBLISHED  # one status value for every published row


class Validity(models.TextChoices):
    PENDING = "pending", _("Chưa có hiệu lực")
    IN_FORCE = "in_force", _("Còn hiệu lực")
    EXPIRED = "expired", _("Hết hiệu lực")


def _conditions(model, today=None, now=None):
    """The validity rule, once: not yet in effect; expired (its date, or a public replacement
    in effect); in force otherwise. Plain conditions, so filters can use the indexes."""
    now = now or timezone.now()
    today = today or timezone.localdate(now)
    replaced = Exists(
        model.objects.published(now).filter(replaces=OuterRef("pk"), effective_on__lte=today)
    )
    started = Q(effective_on__lte=today)
    return {
        Validity.PENDING: Q(effective_on__gt=today),
        Validity.EXPIRED: started & (Q(expires_on__lte=today) | Q(replaced)),
        Validity.IN_FORCE: started
        & (Q(expires_on__isnull=True) | Q(expires_on__gt=today))
        & ~Q(replaced),
    }


def validity_expression(model, today=None, now=None):
    """The validity state from the dates and replacement links: never stored by hand."""
    conditions = _conditions(model, today, now)
    return Case(
        When(conditions[Validity.PENDING], then=Value(Validity.PENDING)),
        When(conditions[Validity.EXPIRED], then=Value(Validity.EXPIRED)),
        default=Value(Validity.IN_FORCE),
        output_field=models.CharField(),
    )


class DocumentQuerySet(models.QuerySet):
    def next_scheduled_time(self):
        """When the next scheduled document goes public (None when nothing is scheduled)."""
        upcoming = self.filter(status=PUBLISHED, published_at__gt=timezone.now())
        return upcoming.aggregate(due=models.Min("published_at"))["due"]

    def published(self, now=None):
        """What the public may see: status published and its time has come (by `now`)."""
        return self.filter(status=PUBLISHED, published_at__lte=now or timezone.now())

    def with_validity(self, today=None):
        return self.annotate(validity=validity_expression(self.model, today))

    def in_state(self, state, today=None):
        return self.filter(_conditions(self.model, today)[Validity(state)])

    def for_list(self):
        """Shape for `_document_row.html`: type and issuer joined, validity, newest first."""
        return (
            self.select_related("doc_type", "issuer")
            .defer("body", "file_text")
            .with_validity()
            .order_by("-issued_on", "-id")
        )

    def for_detail(self):
        return self.select_related("doc_type", "issuer", "sector").with_validity()
