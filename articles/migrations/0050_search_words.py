from django.db import migrations

# Typo suggestions (articles.suggest): every word of the published articles, folded as the
# search configuration folds it, with how many articles use it. Small (a few thousand to a few
# tens of thousands of rows): a query's unknown words are found with one index lookup, and
# their nearby spellings through a trigram index (pg_trgm) in milliseconds.
# Refreshed by `manage.py refresh_search_words` (and after `load_demo`, `recompute_related`).
CREATE = """
CREATE MATERIALIZED VIEW articles_search_word AS
    SELECT word, ndoc FROM ts_stat(
        'SELECT search_vector FROM public.articles_article
         WHERE status = ''published'' AND published_at <= now()'
    );
CREATE UNIQUE INDEX articles_search_word_word ON articles_search_word (word);
CREATE INDEX articles_search_word_trgm ON articles_search_word USING gin (word gin_trgm_ops);
"""
DROP = "DROP MATERIALIZED VIEW articles_search_word;"


class Migration(migrations.Migration):

    dependencies = [
        ("articles", "0041_sitemap_lastmod_index"),
    ]

    operations = [migrations.RunSQL(CREATE, DROP)]
