"""Publishing in the article list: a readable state column, its filter, and a bulk
“Xuất bản” that goes through the same checks as the button and asks first."""

from urllib.parse import urlencode

from django.contrib import admin, messages
from django.db.models import Count, Q
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from articles import workflow
from articles.models import Article
from core.dates import vn_datetime

S = Article.Status
SCHEDULED, LIVE = "scheduled", "live"


class PublicationStateFilter(admin.SimpleListFilter):
    """The article's state as people name it; “Hẹn giờ” and “Chờ duyệt” are what the desk
    looks for. Its counts (“Hiện số lượng”) come from the same conditions, in one pass."""

    title = _("tình trạng")
    parameter_name = "tinh_trang"

    def lookups(self, request, model_admin):
        return [
            (S.DRAFT, S.DRAFT.label),
            (S.PENDING, S.PENDING.label),
            (S.RETURNED, S.RETURNED.label),
            (SCHEDULED, _("Hẹn giờ")),
            (LIVE, _("Đang hiển thị")),
            (S.ARCHIVED, S.ARCHIVED.label),
        ]

    def queryset(self, request, queryset):
        condition = state_conditions(timezone.now()).get(self.value())
        return queryset.filter(condition) if condition is not None else queryset

    def get_facet_counts(self, pk_attname, filtered_qs):
        conditions = state_conditions(timezone.now())
        return {
            f"{i}__c": Count(pk_attname, filter=conditions[value])
            for i, (value, _label) in enumerate(self.lookup_choices)
        }


def state_conditions(now) -> dict[str, Q]:
    """Each value of the filter and the articles it selects at `now`."""
    return {
        SCHEDULED: Q(status=S.PUBLISHED, published_at__gt=now),
        LIVE: Q(status=S.PUBLISHED, published_at__lte=now),
        **{status: Q(status=status) for status in (S.DRAFT, S.PENDING, S.RETURNED, S.ARCHIVED)},
    }


def state_list_url(state: str) -> str:
    """The article list showing only the articles in `state` (a value of the filter)."""
    changelist = reverse("admin:articles_article_changelist")
    return f"{changelist}?{urlencode({PublicationStateFilter.parameter_name: state})}"


def planned(article, now) -> str:
    """What pressing “Xuất bản” will do to this article's date, in words."""
    when = workflow.publication_time(workflow.publish_date(article), now)
    if when > now:
        return gettext("hẹn giờ %(when)s") % {"when": vn_datetime(when)}
    if when < now:
        return gettext("giữ ngày %(when)s") % {"when": vn_datetime(when)}
    return gettext("xuất bản ngay bây giờ")


@admin.action(description=_("Xuất bản các bài đã chọn"), permissions=["publish"])
def workflow_publish(modeladmin, request, queryset):
    """First a confirmation page listing what will happen to each article; then publish."""
    now = timezone.now()
    rows = []
    for article in queryset.select_related("category"):
        refused = workflow.check(request.user, article, workflow.Action.PUBLISH)
        rows.append({"article": article, "refused": refused, "plan": planned(article, now)})
    ready = [row["article"] for row in rows if not row["refused"]]
    if request.POST.get("confirm") == "yes":
        return _publish(modeladmin, request, ready)
    context = {
        **modeladmin.admin_site.each_context(request),
        "opts": modeladmin.opts,
        "title": gettext("Xác nhận xuất bản"),
        "rows": rows,
        "ready_count": len(ready),
        "selected": request.POST.getlist(admin.helpers.ACTION_CHECKBOX_NAME),
        "action_name": request.POST.get("action", ""),
    }
    return TemplateResponse(request, "admin/articles/article/publish_confirm.html", context)


def _publish(modeladmin, request, articles) -> None:
    done = 0
    for article in articles:
        try:
            workflow.apply(article, workflow.Action.PUBLISH, request.user)
            done += 1
        except workflow.TransitionError as error:
            modeladmin.message_user(request, f"{article.title}: {error}", messages.WARNING)
    if done:
        message = ngettext("Đã xuất bản %(n)d bài.", "Đã xuất bản %(n)d bài.", done)
        modeladmin.message_user(request, message % {"n": done}, messages.SUCCESS)
