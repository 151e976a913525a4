"""The admin as the center's own: its name in the title and header, and error pages (400, 403,
404) in the admin's look and in Vietnamese for paths under the admin. The public site keeps its
own error pages.
"""

from django.contrib import admin
from django.shortcuts import render
from django.urls import reverse
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import defaults

from pages.identity import identity_names


def _title() -> str:
    name, short_name = identity_names()
    return short_name or name


def _header() -> str:
    return identity_names()[0]  # the full name fits the header's one line; the title is short


def brand_admin(site) -> None:
    """Read the center's name at each page, so an edit of its identity shows at once."""
    site.site_title = lazy(_title, str)()
    site.site_header = lazy(_header, str)()
    site.index_title = lazy(gettext, str)("Bàn làm việc")


ERRORS = {
    400: (
        _("Yêu cầu không hợp lệ"),
        _("Máy chủ không hiểu yêu cầu này. Hãy tải lại trang, hoặc quay lại bàn làm việc."),
    ),
    403: (
        _("Không có quyền truy cập"),
        _(
            "Tài khoản của bạn không được mở trang này. Nếu công việc của bạn cần trang này, "
            "hãy nhờ quản trị viên của trung tâm cấp quyền."
        ),
    ),
    404: (
        _("Không tìm thấy trang"),
        _("Trang bạn tìm không có hoặc đã bị xóa. Hãy kiểm tra lại địa chỉ."),
    ),
    "csrf": (
        _("Chưa gửi được biểu mẫu"),
        _(
            "Trang này đã mở quá lâu hoặc trình duyệt đang chặn cookie của trang. Hãy tải lại "
            "trang (nội dung bài đang viết vẫn được tự lưu), rồi gửi lại."
        ),
    ),
}


def _in_admin(request) -> bool:
    return request.path_info.startswith(reverse("admin:index"))


def _admin_error(request, status, *, with_menu, error=None):
    """An error page inside the admin's frame; the side menu only for people who may see it.

    A 400 never reads the session's user: the request itself may be what is wrong."""
    if with_menu and hasattr(request, "user"):
        context = admin.site.each_context(request)
    else:
        context = {
            "site_title": admin.site.site_title,
            "site_header": admin.site.site_header,
            "site_url": admin.site.site_url,
            "has_permission": False,
            "is_nav_sidebar_enabled": False,
        }
    context["error_title"], context["error_message"] = ERRORS[error or status]
    return render(request, "admin/error_page.html", context, status=status)


def bad_request(request, exception, template_name=defaults.ERROR_400_TEMPLATE_NAME):
    if _in_admin(request):
        return _admin_error(request, 400, with_menu=False)
    return defaults.bad_request(request, exception, template_name)


def permission_denied(request, exception, template_name=defaults.ERROR_403_TEMPLATE_NAME):
    if _in_admin(request):
        return _admin_error(request, 403, with_menu=True)
    return defaults.permission_denied(request, exception, template_name)


def page_not_found(request, exception, template_name=defaults.ERROR_404_TEMPLATE_NAME):
    if _in_admin(request):
        return _admin_error(request, 404, with_menu=True)
    return defaults.page_not_found(request, exception, template_name)


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: Django's own page is English; a stale form is an everyday event."""
    if _in_admin(request):
        return _admin_error(request, 403, with_menu=False, error="csrf")
    return render(request, defaults.ERROR_403_TEMPLATE_NAME, status=403)
