from django import template

from articles.dashboard import dashboard_for

register = template.Library()


@register.inclusion_tag("admin/_dashboard.html", takes_context=True)
def editorial_dashboard(context):
    return dashboard_for(context["request"].user)
