from django import template

from notifications import inbox

register = template.Library()


@register.inclusion_tag("notifications/_header_link.html", takes_context=True)
def notifications_link(context):
    """The “Thông báo (n)” link in the admin's user tools, on every admin page."""
    request = context.get("request")
    if request is None or not request.user.is_authenticated:
        return {}
    return {"unread": inbox.unread_count(request), "show": True}


@register.inclusion_tag("notifications/_dashboard.html", takes_context=True)
def notifications_panel(context):
    """The latest notifications on the admin start page."""
    request = context["request"]
    return {
        "notifications": list(inbox.inbox(request.user)[: inbox.DASHBOARD_SIZE]),
        "unread": inbox.unread_count(request),
        "request": request,
        "csrf_token": context.get("csrf_token"),
    }
