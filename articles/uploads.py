"""Image upload endpoint for the rich-text editor (replaces the package's own view)."""

from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from articles.images import store_image


@require_POST
def editor_image_upload(request):
    """CKEditor 5 simple-upload protocol: {"url": …} or {"error": {"message": …}}."""
    if not request.user.is_authenticated or not request.user.has_perm("articles.change_article"):
        return JsonResponse(
            {"error": {"message": _("Bạn không có quyền tải ảnh lên.")}}, status=403
        )
    upload = request.FILES.get("upload")
    if upload is None:
        return JsonResponse({"error": {"message": _("Chưa chọn tệp ảnh.")}}, status=400)
    try:
        stored = store_image(upload.read(), "editor")
    except ValidationError as exc:
        return JsonResponse({"error": {"message": " ".join(exc.messages)}}, status=400)
    return JsonResponse({"url": stored.url})
