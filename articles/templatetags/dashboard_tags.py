from django import template

from accounts.names import display_name
from articles import workflow
from articles.dashboard import dashboard_for

register = template.Library()


@register.inclusion_tag("admin/_dashboard.html", takes_context=True)
def editorial_dashboard(context):
    return dashboard_for(context["request"].user)


@register.filter
def person_name(user):
    return display_name(user)


@register.filter
def state_label(article):
    """“Hẹn giờ 15:30 31/12” for a scheduled article, its status otherwise."""
    return workflow.publication_state(article)
