"""Vietnamese names for the link tables Django makes for many-to-many fields.

Django names those tables' models as they load, before any language is active, so the admin's
delete confirmation read "Article-author relationship: Article_authors object (64)". Each gets
a name from its field, read when shown, and its rows read "<article> – <author>".
"""

from django.apps import apps
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _


def _link_str(link) -> str:
    source, target = link.link_ends
    return f"{getattr(link, source)} – {getattr(link, target)}"


def name_link_tables() -> None:
    for model in apps.get_models():
        for field in model._meta.local_many_to_many:
            through = field.remote_field.through
            if not isinstance(through, type) or not through._meta.auto_created:
                continue  # a declared through model names itself
            name = format_lazy(
                _("liên kết “{field}” của {model}"),
                field=field.verbose_name,
                model=model._meta.verbose_name,
            )
            through._meta.verbose_name = through._meta.verbose_name_plural = name
            through.link_ends = (field.m2m_field_name(), field.m2m_reverse_field_name())
            through.__str__ = _link_str
