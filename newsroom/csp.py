"""Content-Security-Policy: a strict policy for the public site, a looser one for the admin.

django-csp's middleware writes the header; this subclass only chooses which of the
two policies in settings applies. The admin's rich-text editor (CKEditor 5) injects
inline styles and shows pasted or uploaded images as data:/blob: URLs, so only pages
under the admin prefix get `CONTENT_SECURITY_POLICY_ADMIN`. A view can still pick its
own policy with django-csp's decorators (`csp_override`, `csp_update`, …).
"""

from functools import cache

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.urls import reverse


@cache
def admin_prefix() -> str:
    return reverse("admin:index")


class NewsroomCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if (
            not report_only
            and parts.config is None
            and request.path_info.startswith(admin_prefix())
        ):
            parts.config = default_config(settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"])
        return parts
