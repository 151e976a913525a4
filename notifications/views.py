"""The notification pages of the admin: the list, opening one, marking all read."""

from django.contrib import admin, messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext, ngettext
from django.views.decorators.http import require_POST

from articles import workflow
from notifications import inbox

PER_PAGE = 30


def notification_list(request):
    page = Paginator(inbox.inbox(request.user), PER_PAGE).get_page(request.GET.get("page"))
    context = {
        **admin.site.each_context(request),
        "title": gettext("Thông báo"),
        "page": page,
        "unread": inbox.unread_count(request),
    }
    return TemplateResponse(request, "notifications/list.html", context)


def open_notification(request, pk):
    """Mark it read and go to its article: the admin form when this person may see it,
    the public page when it is live, the list otherwise. Someone else's: 404."""
    notification = get_object_or_404(
        inbox.inbox(request.user).select_related("article__category"), pk=pk
    )
    inbox.mark_read(notification)
    article = notification.article
    if workflow.may_view(request.user, article):
        return redirect("admin:articles_article_change", article.pk)
    if article.is_public:
        return redirect(article.get_absolute_url())
    messages.info(request, gettext("Bạn không còn quyền xem bài này trong trang quản trị."))
    return redirect("notifications:list")


@require_POST
def mark_all_read(request):
    done = inbox.mark_all_read(request.user)
    if done:
        text = ngettext(
            "Đã đánh dấu %(n)d thông báo là đã đọc.", "Đã đánh dấu %(n)d thông báo là đã đọc.", done
        )
        messages.success(request, text % {"n": done})
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = reverse("notifications:list")
    return redirect(target)
