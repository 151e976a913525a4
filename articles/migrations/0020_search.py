import django.contrib.postgres.indexes
import django.contrib.postgres.search
import django.db.models.functions.text
from django.db import migrations, models

# Vietnamese search: `simple` (no stemming) preceded by `unaccent` on every token type that can
# carry letters outside ASCII, so tones and đ fold away at index time and at query time alike.
# unaccent() as a function is only STABLE, hence the dictionary inside the configuration (usable
# in a generated column) and an IMMUTABLE wrapper for the stored unaccented title (trigram typos).
CREATE_CONFIG = """
CREATE TEXT SEARCH CONFIGURATION public.vietnamese_unaccent (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION public.vietnamese_unaccent
    ALTER MAPPING FOR word, hword, hword_part, numword, numhword, hword_numpart
    WITH public.unaccent, pg_catalog.simple;
CREATE FUNCTION public.f_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN public.unaccent('public.unaccent'::regdictionary, $1);
"""
DROP_CONFIG = """
DROP FUNCTION public.f_unaccent(text);
DROP TEXT SEARCH CONFIGURATION public.vietnamese_unaccent;
"""

# Document frequency of title/sapo lexemes among published articles: articles.related picks
# the rarest words of an article to find similar ones. Refreshed by `recompute_related`.
# (Table names are schema-qualified: PostgreSQL 17+ runs matview queries with a safe search_path.)
CREATE_TERMS = """
CREATE MATERIALIZED VIEW articles_search_term AS
    SELECT word, ndoc FROM ts_stat(
        'SELECT search_vector FROM public.articles_article WHERE status = ''published''', 'ab'
    );
CREATE UNIQUE INDEX articles_search_term_word ON articles_search_term (word);
"""
DROP_TERMS = "DROP MATERIALIZED VIEW articles_search_term;"

# Rows wider than 256 bytes move their long values (body, vectors) out of line, so the heap
# stays narrow (24 MB instead of 132 MB at 100,000 articles): scanning the matches of a query,
# and every list page, touches few pages and fits in shared buffers.
NARROW_ROWS = "ALTER TABLE articles_article SET (toast_tuple_target = 256);"
WIDE_ROWS = "ALTER TABLE articles_article RESET (toast_tuple_target);"


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0002_content'),
    ]

    operations = [
        migrations.RunSQL(CREATE_CONFIG, DROP_CONFIG),
        migrations.RunSQL(NARROW_ROWS, WIDE_ROWS),  # before the columns that rewrite the table
        migrations.AddField(
            model_name='article',
            name='search_vector',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector('title', config='public.vietnamese_unaccent', weight='A'), '||', django.contrib.postgres.search.SearchVector('sapo', config='public.vietnamese_unaccent', weight='B'), django.contrib.postgres.search.SearchConfig('public.vietnamese_unaccent')), '||', django.contrib.postgres.search.SearchVector(models.Func(models.F('body'), models.Value('<[^>]*>'), models.Value(' '), models.Value('g'), function='regexp_replace', output_field=models.TextField()), config='public.vietnamese_unaccent', weight='C'), django.contrib.postgres.search.SearchConfig('public.vietnamese_unaccent')), output_field=django.contrib.postgres.search.SearchVectorField(), verbose_name='chỉ mục tìm kiếm'),
        ),
        migrations.AddIndex(
            model_name='article',
            index=django.contrib.postgres.indexes.GinIndex(fields=['search_vector'], name='article_search_gin'),
        ),
        migrations.AddField(
            model_name='article',
            name='search_title',
            field=models.GeneratedField(db_persist=True, expression=django.db.models.functions.text.Lower(models.Func(models.F('title'), function='public.f_unaccent', output_field=models.TextField())), output_field=models.TextField(), verbose_name='tiêu đề không dấu'),
        ),
        migrations.AddIndex(
            model_name='article',
            index=django.contrib.postgres.indexes.GistIndex(django.contrib.postgres.indexes.OpClass('search_title', name='gist_trgm_ops'), name='article_title_trgm'),
        ),
        migrations.RunSQL(CREATE_TERMS, DROP_TERMS),
    ]
