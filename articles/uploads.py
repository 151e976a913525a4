"""Image upload endpoint for the rich-text editor (replaces the package's own view).

Speaks CKEditor 5's simple-upload protocol. CSRF is enforced by Django's
middleware (the editor sends the token in X-CSRFToken). Anonymous and
unauthorized users get a JSON 403, not a login redirect: the caller is a script.
"""

from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from articles.images import read_upload, store_image


def may_upload_images(user) -> bool:
    return user.is_active and user.is_staff and user.has_perm("articles.change_article")


def _error(message: str, status: int) -> JsonResponse:
    return JsonResponse({"error": {"message": message}}, status=status)


@never_cache
@require_POST
def editor_image_upload(request):
    """{"urls": {"default": …, "<width>": …}} or {"error": {"message": …}}."""
    if not may_upload_images(request.user):
        return _error(_("Bạn không có quyền tải ảnh lên."), 403)
    upload = request.FILES.get("upload")
    if upload is None:
        return _error(_("Chưa chọn tệp ảnh."), 400)
    try:
        stored = store_image(read_upload(upload), "editor")
    except ValidationError as exc:
        return _error(" ".join(exc.messages), 400)
    # Numeric keys become the image's srcset in the editor (and so in the stored body);
    # CKEditor ignores "urls" when a plain "url" is present, so there is none.
    return JsonResponse({"urls": {"default": stored.url, **stored.rendition_urls}})
