"""Numbered pages that stay cheap however deep: page 500 costs about what page 1 does.

A plain ``LIMIT 20 OFFSET 9980`` on a query that selects whole rows makes PostgreSQL
fetch and throw away 9,980 table rows. ``IndexPaginator`` splits it in two:

1. the page's primary keys, ``SELECT id … ORDER BY published_at DESC, id DESC
   LIMIT 20 OFFSET 9980``: every column it touches is in the list's index
   (``article_cat_pub_idx``, ``article_pub_idx``), so the offset is skipped in an
   index-only scan, without reading the table;
2. those 20 rows by primary key, with the queryset's ``select_related`` /
   ``prefetch_related`` / ``defer`` intact, in the order of step 1.

The count is ``SELECT COUNT(*)`` on the same filter, an index-only scan as well.
Keep the table vacuumed (autovacuum does it) so index-only scans need no heap visits.
"""

from django.core.paginator import Paginator


class IndexPaginator(Paginator):
    """A Paginator for an ordered model queryset; same API as Django's ``Paginator``."""

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        ids = list(self.object_list.prefetch_related(None).values_list("pk", flat=True)[bottom:top])
        rows = {obj.pk: obj for obj in self.object_list.filter(pk__in=ids)}
        return self._get_page([rows[pk] for pk in ids if pk in rows], number, self)
