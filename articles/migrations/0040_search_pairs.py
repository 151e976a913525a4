from django.db import migrations

# Quoted phrases: a GIN index finds the articles holding all the syllables of a phrase, but
# only a look at each one's positions tells whether they stand together, and common syllables
# ("văn hóa cơ sở") leave tens of thousands of articles to look at. So every article also
# stores its pairs of adjacent syllables ("van hoa", "hoa co", "co so"), derived from the same
# tsvector expression as `search_vector` (migration 0020; a generated column cannot read
# another), under a GIN index: a phrase's pairs narrow its candidates to a handful before the
# exact phrase check. Adjacency is exactly what the phrase operator <-> tests on that vector,
# so the pairs never drop a real match.
CREATE = """
CREATE FUNCTION public.syllable_pairs(doc tsvector) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN ARRAY(
        SELECT DISTINCT a.lexeme || ' ' || b.lexeme
        FROM (SELECT lexeme, unnest(positions) AS pos FROM unnest(doc)) AS a
        JOIN (SELECT lexeme, unnest(positions) AS pos FROM unnest(doc)) AS b
            ON b.pos = a.pos + 1
    );
ALTER TABLE articles_article ADD COLUMN search_pairs text[] GENERATED ALWAYS AS (
    public.syllable_pairs(
        setweight(to_tsvector('public.vietnamese_unaccent'::regconfig,
            COALESCE(title, '')::text), 'A')
        || setweight(to_tsvector('public.vietnamese_unaccent'::regconfig,
            COALESCE(sapo, '')), 'B')
        || setweight(to_tsvector('public.vietnamese_unaccent'::regconfig,
            COALESCE(regexp_replace(body, '<[^>]*>', ' ', 'g'), '')), 'C')
    )
) STORED;
CREATE INDEX article_search_pairs_gin ON articles_article USING gin (search_pairs);
"""
DROP = """
ALTER TABLE articles_article DROP COLUMN search_pairs;
DROP FUNCTION public.syllable_pairs(tsvector);
"""


class Migration(migrations.Migration):

    dependencies = [
        ("articles", "0032_merge_search"),
    ]

    operations = [migrations.RunSQL(CREATE, DROP)]
