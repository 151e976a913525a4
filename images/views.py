"""The chooser's list: library images as JSON for the admin's picker (cover and editor)."""

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from images.models import Image
from images.search import matching

PER_PAGE = 24


def may_choose(user) -> bool:
    return user.is_active and user.is_staff and user.has_perm("images.view_image")


def as_choice(image: Image) -> dict:
    return {
        "id": image.pk,
        "url": image.url,
        "thumb": image.rendition_url(480),
        "srcset": image.srcset,
        "width": image.width,
        "height": image.height,
        "alt": image.alt,
        "caption": image.caption,
        "credit": image.credit,
        "label": str(image),
    }


@never_cache
@require_GET
def choose(request):
    """{"results": [...], "page": n, "more": bool}; ?q= searches alt, caption and credit."""
    if not may_choose(request.user):
        return JsonResponse(
            {"error": {"message": _("Bạn không có quyền xem thư viện ảnh.")}}, status=403
        )
    images = matching(Image.objects.all(), request.GET.get("q", "")[:200])
    page = Paginator(images, PER_PAGE).get_page(request.GET.get("page"))
    return JsonResponse(
        {
            "results": [as_choice(image) for image in page],
            "page": page.number,
            "more": page.has_next(),
        }
    )
