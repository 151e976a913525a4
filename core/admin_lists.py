"""Admin lists in Vietnamese: search without diacritics, and columns sorted in Vietnamese order."""

from functools import reduce
from operator import or_

from django.contrib import admin
from django.contrib.admin.utils import get_fields_from_path, lookup_spawns_duplicates
from django.db.models import F, Q
from django.utils.text import smart_split, unescape_string_literal
from django.utils.translation import gettext_lazy as _

from core.folding import folded_contains


def _terms(search_term: str) -> list[str]:
    """The words typed, a quoted phrase counting as one (as Django's own admin search)."""
    terms = []
    for bit in smart_split(search_term):
        if bit.startswith(('"', "'")) and bit[0] == bit[-1]:
            bit = unescape_string_literal(bit)
        if bit.strip():
            terms.append(bit)
    return terms


class FoldedSearchMixin:
    """Every word typed is found, folded (core.folding), in one of `search_fields`, folded
    too: "goi banh chung" and "gói bánh chưng" both find "Gói bánh chưng".

    The model's own fields are matched in one WHERE (an AND over the words of ORs over the
    fields), which a trigram index on the folded text serves as one bitmap. A field
    across a relation ("authors__name") is looked up in its own table first and joins the
    OR only for the words it holds: a join in every OR would leave no index usable.
    Prefixes (^ = @) are ignored; `pk IN (…)` never repeats a row, so no DISTINCT.

    `folded_columns`: search fields that are stored already folded (a generated column),
    read as they are rather than folded again on every row.
    """

    folded_columns = ()
    search_help_text = _("Gõ có dấu hay không dấu đều tìm được: “goi banh chung”.")

    def get_search_results(self, request, queryset, search_term):
        fields = [name.lstrip("^=@") for name in self.get_search_fields(request)]
        terms = _terms(search_term)
        if not fields or not terms:
            return queryset, False
        model = queryset.model
        for term in terms:
            matches = (_match(model, f, term, f in self.folded_columns) for f in fields)
            queryset = queryset.filter(reduce(or_, matches))
        return queryset, False


def _match(model, path: str, term: str, stored: bool) -> Q:
    *relation, field = path.split("__")
    if not relation:
        return Q(folded_contains(F(field), term, stored=stored))
    target = get_fields_from_path(model, path)[-1].model
    found = target._default_manager.filter(folded_contains(F(field), term)).values("pk")
    if not found.exists():
        return Q(pk__in=[])
    if not lookup_spawns_duplicates(model._meta, path):  # a foreign key: no join needed
        return Q(**{f"{'__'.join(relation)}__in": found})
    first = model._meta.get_field(relation[0])
    if first.many_to_many and not first.auto_created and len(relation) == 1:
        # The link table alone: `pk IN (SELECT article_id FROM … WHERE author_id IN (…))`.
        through = first.remote_field.through
        links = through._default_manager.filter(**{f"{first.m2m_reverse_field_name()}__in": found})
        return Q(pk__in=links.values(first.m2m_field_name()))
    return Q(
        pk__in=model._default_manager.filter(**{f"{'__'.join(relation)}__in": found}).values("pk")
    )


def ordered_column(model, field: str, ordering: str, description=None):
    """A list column showing `model`'s `field` whose header sorts by `ordering` (a stored
    sort key, core.sorting) rather than by the database's collation."""
    description = description or model._meta.get_field(field).verbose_name

    def column(obj):
        return getattr(obj, field)

    column.__name__ = field  # the cell keeps its class, field-<name>
    return admin.display(description=description, ordering=ordering)(column)
