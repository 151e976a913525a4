from django.db import migrations

from articles.querysets import published_rows_sql

# Related news' word statistics (articles.related): the view counted scheduled articles too
# (status only); it now counts what `published()` shows, the rule written once in querysets.


def _recreate(schema_editor, rows):
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("DROP MATERIALIZED VIEW IF EXISTS articles_search_term")
        cursor.execute(
            "CREATE MATERIALIZED VIEW articles_search_term AS"
            " SELECT word, ndoc FROM ts_stat(%s, 'ab')",
            [rows],
        )
        cursor.execute(
            "CREATE UNIQUE INDEX articles_search_term_word ON articles_search_term (word)"
        )


def create(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        _recreate(schema_editor, published_rows_sql(cursor, "search_vector"))


def restore_status_only(apps, schema_editor):
    _recreate(
        schema_editor,
        "SELECT search_vector FROM public.articles_article WHERE status = 'published'",
    )


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0060_search_pairs_on_model"),
    ]

    operations = [migrations.RunPython(create, restore_status_only)]
