"""A queryset's SQL built by the ORM once per process; each run only fills in its values.

Building a query costs Django more CPU than PostgreSQL spends answering the small indexed
ones the public pages run, and building model instances for rows whose HTML is already
kept costs as much again (figures: README "Performance"). ``Prepared`` compiles
``build(**sentinels)`` (a ``values_list`` queryset) once, finds where each sentinel sits
among the SQL's parameters, and then runs that SQL with the caller's values, returning
the rows as the queryset would (the fields' database converters applied). A sentinel may
sit in several places (`category = x OR parent = x`): each gets the value.

When a sentinel is not found (the ORM changed its SQL shape), every run goes through the
ORM instead: slower, never wrong.
"""

from datetime import UTC, date, datetime

from django.db import connection
from django.db.models import Lookup

_NOT_BUILT = object()
# Values no caller passes, to find their places among the compiled SQL's parameters.
SENTINEL_NOW = datetime(2001, 2, 3, 4, 5, 6, 789, tzinfo=UTC)
SENTINEL_ID = 987_654_321_012
SENTINEL_DAY = date(2001, 2, 5)


class AnyOf(Lookup):
    """`AnyOf(F("id"), ids)` in `filter()`: `id = ANY(%s)`, one array parameter whatever the
    number of values (`id__in` makes one parameter per value: no SQL to keep)."""

    lookup_name = "any_of"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        return f"{lhs} = ANY({rhs})", [*lhs_params, *rhs_params]


class Prepared:
    def __init__(self, build, **sentinels):
        self.build = build
        self.sentinels = sentinels
        self._compiled = _NOT_BUILT

    def _compile(self):
        queryset = self.build(**self.sentinels)
        compiler = queryset.query.get_compiler(queryset.db)
        sql, params = compiler.as_sql()
        slots = {}
        for name, sentinel in self.sentinels.items():
            found = [i for i, param in enumerate(params) if param == sentinel]
            if not found:
                return None
            slots[name] = found
        columns = [column for column, _, _ in compiler.select[: compiler.col_count]]
        converters = list(compiler.get_converters(columns).items())
        return sql, tuple(params), slots, converters

    def rows(self, **values) -> list[tuple]:
        """The rows of `build(**values)`, as tuples."""
        if self._compiled is _NOT_BUILT:
            self._compiled = self._compile()
        if self._compiled is None:
            return list(self.build(**values))
        sql, params, slots, converters = self._compiled
        params = list(params)
        for name, places in slots.items():
            for place in places:
                params[place] = values[name]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        if converters:
            rows = [self._convert(list(row), converters) for row in rows]
        return rows

    @staticmethod
    def _convert(row, converters):
        for position, (functions, expression) in converters:
            value = row[position]
            for function in functions:
                value = function(value, expression, connection)
            row[position] = value
        return tuple(row)
