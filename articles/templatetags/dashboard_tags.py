from django import template

from accounts.names import display_name
from articles.dashboard import dashboard_for

register = template.Library()


@register.inclusion_tag("admin/_dashboard.html", takes_context=True)
def editorial_dashboard(context):
    return dashboard_for(context["request"].user)


@register.filter
def person_name(user):
    return display_name(user)
