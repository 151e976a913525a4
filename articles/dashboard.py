"""The editorial dashboard on the admin start page: a few queries per role."""

from django.db.models import Count
from django.utils import timezone

from articles import workflow
from articles.admin_publishing import LIVE, SCHEDULED, state_conditions, state_list_url
from articles.models import Article

S = Article.Status
LIST_SIZE = 10
# The counts shown, each with the article-list filter value that lists those articles.
STATES = {
    "draft": S.DRAFT,
    "pending": S.PENDING,
    "returned": S.RETURNED,
    "scheduled": SCHEDULED,
    "published": LIVE,
}


def _counts(queryset, now):
    conditions = state_conditions(now)
    return queryset.aggregate(
        **{name: Count("pk", filter=conditions[value]) for name, value in STATES.items()}
    )


def _links():
    return {name: state_list_url(value) for name, value in STATES.items()}


def dashboard_for(user) -> dict:
    """What the start page shows `user`: counts and the lists their role works from."""
    now = timezone.now()
    if not user.has_perm("articles.view_article"):
        return {}
    rows = Article.objects.select_related("category", "created_by").defer("body")
    if workflow.is_editor(user):
        return {
            "role": "editor",
            "counts": _counts(Article.objects.all(), now),
            "links": _links(),
            "queue": list(rows.filter(status=S.PENDING).order_by("updated_at")[:LIST_SIZE]),
            "scheduled": list(
                rows.filter(status=S.PUBLISHED, published_at__gt=now).order_by("published_at")[
                    :LIST_SIZE
                ]
            ),
            "recent": list(rows.published().order_by("-published_at")[:LIST_SIZE]),
        }
    own = Article.objects.filter(created_by=user)
    return {
        "role": "reporter",
        "counts": _counts(own, now),
        "links": _links(),
        "mine": list(
            rows.filter(created_by=user, status__in=[S.DRAFT, S.RETURNED]).order_by(
                "-status", "-updated_at"
            )[:LIST_SIZE]
        ),
    }
