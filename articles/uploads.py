"""Image upload endpoint for the rich-text editor (replaces the package's own view).

Speaks CKEditor 5's simple-upload protocol. CSRF is enforced by Django's
middleware (the editor sends the token in X-CSRFToken). Anonymous and
unauthorized users get a JSON 403, not a login redirect: the caller is a script.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from articles import upload_quota
from core.ratelimit import too_many_requests
from images import library
from images.intake import checked_upload


def may_upload_images(user) -> bool:
    return user.is_active and user.is_staff and user.has_perm("articles.change_article")


def _error(message: str, status: int) -> JsonResponse:
    return JsonResponse({"error": {"message": message}}, status=status)


def _quota_message(wait: int) -> str:
    return _(
        "Bạn đã tải lên quá nhiều ảnh (tối đa %(minute)s ảnh mỗi phút, %(day)s ảnh hoặc "
        "%(mb)s MB mỗi ngày). Hãy thử lại sau %(seconds)s giây."
    ) % {
        "minute": settings.UPLOADS_PER_MINUTE,
        "day": settings.UPLOADS_PER_DAY,
        "mb": settings.UPLOAD_BYTES_PER_DAY // 1048576,
        "seconds": wait,
    }


@never_cache
@require_POST
def editor_image_upload(request):
    """{"urls": {"default": …, "<width>": …}} or {"error": {"message": …}}."""
    if not may_upload_images(request.user):
        return _error(_("Bạn không có quyền tải ảnh lên."), 403)
    upload = request.FILES.get("upload")
    if upload is None:
        return _error(_("Chưa chọn tệp ảnh."), 400)
    wait = upload_quota.take(request.user, upload.size)
    if wait:
        return too_many_requests(wait, as_json=True, message=_quota_message(wait))
    try:
        image = library.add(checked_upload(upload), "editor", request.user)
    except ValidationError as exc:
        return _error(" ".join(exc.messages), 400)
    # Numeric keys become the image's srcset in the editor (and so in the stored body);
    # CKEditor ignores "urls" when a plain "url" is present, so there is none.
    return JsonResponse({"urls": {"default": image.url, **image.rendition_urls}})
