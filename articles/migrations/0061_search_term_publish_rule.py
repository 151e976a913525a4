from django.db import migrations

from articles.querysets import published_rows_sql

# Related news' word statistics (articles.related): the view counted scheduled articles too
# (status only); it now counts what `published()` shows, the rule written once in querysets.


def create(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        rows = published_rows_sql(cursor, "search_vector")
        cursor.execute("DROP MATERIALIZED VIEW IF EXISTS articles_search_term")
        cursor.execute(
            "CREATE MATERIALIZED VIEW articles_search_term AS"
            " SELECT word, ndoc FROM ts_stat(%s, 'ab')",
            [rows],
        )
        cursor.execute(
            "CREATE UNIQUE INDEX articles_search_term_word ON articles_search_term (word)"
        )


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0060_search_pairs_on_model"),
    ]

    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
