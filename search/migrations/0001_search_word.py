from django.db import migrations

from articles.querysets import published_rows_sql

# Typo suggestions (search.suggest): every word of the public articles, folded as the search
# configuration folds it, with how many articles use it; the rule is `published()`'s own.
# Small (thousands of rows): a query's unknown words are found with one index lookup, and
# their nearby spellings through a trigram index (pg_trgm) in milliseconds. Replaces the view
# `articles_search_word` of articles 0050. Refreshed by `manage.py refresh_search_words`.
INDEXES = """
CREATE UNIQUE INDEX search_word_word ON search_word (word);
CREATE INDEX search_word_trgm ON search_word USING gin (word gin_trgm_ops);
"""


def create(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        rows = published_rows_sql(cursor, "search_vector")
        cursor.execute("DROP MATERIALIZED VIEW IF EXISTS articles_search_word")
        cursor.execute(
            "CREATE MATERIALIZED VIEW search_word AS SELECT word, ndoc FROM ts_stat(%s)", [rows]
        )
        cursor.execute(INDEXES)


# What articles 0050 made, for a migration back to before this one.
ARTICLES_VIEW = """
CREATE MATERIALIZED VIEW articles_search_word AS
    SELECT word, ndoc FROM ts_stat(
        'SELECT search_vector FROM public.articles_article
         WHERE status = ''published'' AND published_at <= now()'
    );
CREATE UNIQUE INDEX articles_search_word_word ON articles_search_word (word);
CREATE INDEX articles_search_word_trgm ON articles_search_word USING gin (word gin_trgm_ops);
"""


def drop(apps, schema_editor):
    schema_editor.execute("DROP MATERIALIZED VIEW search_word")
    schema_editor.execute(ARTICLES_VIEW)


class Migration(migrations.Migration):
    initial = True
    dependencies = [
        ("articles", "0061_search_term_publish_rule"),
    ]

    operations = [migrations.RunPython(create, drop)]
