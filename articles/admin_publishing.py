"""Publishing in the article list: a readable state column, its filter, and a bulk
“Xuất bản” that goes through the same checks as the button and asks first."""

from django.contrib import admin, messages
from django.db.models import Q
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from articles import workflow
from articles.models import Article
from core.dates import vn_datetime

S = Article.Status


class PublicationStateFilter(admin.SimpleListFilter):
    title = _("tình trạng")
    parameter_name = "tinh_trang"

    def lookups(self, request, model_admin):
        return [
            (S.DRAFT, S.DRAFT.label),
            (S.PENDING, S.PENDING.label),
            (S.RETURNED, S.RETURNED.label),
            ("scheduled", _("Hẹn giờ")),
            ("live", _("Đang hiển thị")),
            (S.ARCHIVED, S.ARCHIVED.label),
        ]

    def queryset(self, request, queryset):
        now = timezone.now()
        conditions = {
            "scheduled": Q(status=S.PUBLISHED, published_at__gt=now),
            "live": Q(status=S.PUBLISHED, published_at__lte=now),
            **{status: Q(status=status) for status in (S.DRAFT, S.PENDING, S.RETURNED, S.ARCHIVED)},
        }
        condition = conditions.get(self.value())
        return queryset.filter(condition) if condition is not None else queryset


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
