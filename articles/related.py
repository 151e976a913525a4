"""Related news ("Các tin tức liên quan"): computed on publish or edit, stored, read in one query.

Each published article owns up to STORED_LINKS rows of RelatedArticle: the editor's picks
first (in the order chosen), then the best automatic matches. Candidates come from three
index-backed pools (articles near in time sharing its tags, same category near in time,
title/sapo text sharing the article's rarest words, numbers aside); one SQL statement scores
them and writes the list:

    score = TAG_WEIGHT·min(shared tags, 3) + CATEGORY_WEIGHT·[same category]
          + TEXT_WEIGHT·(text rank / best text rank) + RECENCY_WEIGHT / (1 + |Δdays| / 30)

Lists are kept for scheduled articles too (status published, time not yet come), so they are
ready the moment the time comes: a page view reads through `published()`, which also hides an
article unpublished a second ago, even before its rows are cleaned up.
"""

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.expressions import ArraySubquery
from django.db import connection, transaction
from django.db.models import OuterRef, Q

from articles.card_rows import related_cards
from articles.changes import touch
from articles.models import Article, RelatedArticle
from core.statistics import analyze

STORED_LINKS = 12  # more than shown, so lists stay full while a neighbour is unpublished
TAG_WEIGHT = 3.0
CATEGORY_WEIGHT = 2.0
TEXT_WEIGHT = 4.0
RECENCY_WEIGHT = 1.0
RARE_WORDS = 8  # the rarest title/sapo words of an article that look for similar ones
MAX_WORD_SHARE = 0.02  # words in more than 2% of articles say nothing about similarity
POOL_SIZE = 100
# Holders of one tag looked at on either side of the article (by id, so by time): a tag on
# 19,000 of 100,000 articles cost 30 ms a list when all its holders were counted.
TAG_REACH = 300
NEIGHBOUR_LIMIT = 50
# Text matches ranked per list. With word statistics missing (a bulk load not yet followed by
# refresh_term_stats) an article's "rarest" words may be in most articles: ranking the 97,000
# matches at 100,000 articles took 2.5 s per list, a dozen lists per publication.
TEXT_REACH = 2000
RELATED_LOCK = 7301  # advisory lock class of "one article's related list" (first key)


def _related(pk, limit):
    """The stored related list of article `pk`, published articles only, in order."""
    return (
        Article.objects.published()
        .filter(related_backlinks__source_id=pk)
        .order_by("related_backlinks__position")[:limit]
    )


def related_articles(article, limit=6):
    """The stored related list of `article` as card rows (articles.card_rows: the card's
    columns only, SQL compiled once; model instances carried the article's whole text)."""
    if article.pk is None:
        return []
    return related_cards(article.pk, limit)


def related_ids(limit=6):
    """The ids of the outer query's article's related list (as `related_articles`), as an
    array: read with the article in one query."""
    return ArraySubquery(_related(OuterRef("pk"), limit).values("pk"))


_COMPUTE_SQL = """
WITH picks AS (
    SELECT p.to_article_id AS id, row_number() OVER (ORDER BY p.id) AS ord
    FROM articles_article_related_picks p
    JOIN articles_article a ON a.id = p.to_article_id
    WHERE p.from_article_id = %(id)s AND a.status = %(published)s AND a.id <> %(id)s
),
words AS (  -- ndoc 1 is the article alone; unknown words (stats older than it) come last
    SELECT w.lexeme
    FROM articles_article a,
         unnest(ts_filter(a.search_vector, '{a,b}')) AS w
    LEFT JOIN articles_search_term t ON t.word = w.lexeme
    WHERE a.id = %(id)s AND length(w.lexeme) > 1 AND w.lexeme ~ '^[[:alnum:]-]+$'
      AND w.lexeme !~ '^[[:digit:]-]+$'  -- "460 hội viên": a number says nothing of the topic
      AND (t.ndoc IS NULL OR t.ndoc BETWEEN 2 AND %(max_ndoc)s)
    ORDER BY t.ndoc NULLS LAST, length(w.lexeme) DESC, w.lexeme
    LIMIT %(rare_words)s
),
query AS (
    SELECT string_agg(quote_literal(lexeme) || ':AB', ' | ')::tsquery AS q FROM words
),
by_tag AS (  -- per tag, its holders nearest the article in id (in time) on either side
    SELECT near.id, count(*) AS shared
    FROM taggit_taggeditem mine
    CROSS JOIN LATERAL (
        (SELECT t.object_id AS id FROM taggit_taggeditem t
         WHERE t.tag_id = mine.tag_id AND t.content_type_id = %(ct)s AND t.object_id < %(id)s
         ORDER BY t.object_id DESC LIMIT %(tag_reach)s)
        UNION ALL
        (SELECT t.object_id FROM taggit_taggeditem t
         WHERE t.tag_id = mine.tag_id AND t.content_type_id = %(ct)s AND t.object_id > %(id)s
         ORDER BY t.object_id ASC LIMIT %(tag_reach)s)
    ) AS near
    WHERE mine.content_type_id = %(ct)s AND mine.object_id = %(id)s
    GROUP BY near.id
    ORDER BY shared DESC, near.id DESC
    LIMIT %(pool)s
),
by_category AS (  -- the nearest in time on either side, from the (category, date) index
    (SELECT a.id FROM articles_article a
     WHERE a.status = %(published)s AND a.category_id = %(category)s
       AND a.published_at <= %(published_at)s AND a.id <> %(id)s
     ORDER BY a.published_at DESC LIMIT %(half_pool)s)
    UNION ALL
    (SELECT a.id FROM articles_article a
     WHERE a.status = %(published)s AND a.category_id = %(category)s
       AND a.published_at > %(published_at)s
     ORDER BY a.published_at ASC LIMIT %(half_pool)s)
),
by_text AS (  -- ranked among at most text_reach matches: common words must not rank them all
    SELECT m.id, ts_rank('{0, 0, 0.4, 1}', m.search_vector, m.q) AS rank
    FROM (
        SELECT a.id, a.search_vector, a.published_at, query.q
        FROM articles_article a, query
        WHERE query.q IS NOT NULL AND a.search_vector @@ query.q
          AND a.status = %(published)s AND a.id <> %(id)s
        LIMIT %(text_reach)s
    ) AS m
    ORDER BY rank DESC, m.published_at DESC
    LIMIT %(pool)s
),
automatic AS (
    SELECT a.id,
        %(tag_w)s * least(coalesce(by_tag.shared, 0), 3)
        + CASE WHEN a.category_id = %(category)s THEN %(cat_w)s ELSE 0 END
        + %(text_w)s * coalesce(by_text.rank / nullif(max(by_text.rank) OVER (), 0), 0)
        + %(recency_w)s / (1 + abs(extract(epoch FROM a.published_at - %(published_at)s))
                              / (30 * 86400)) AS score
    FROM (SELECT id FROM by_tag UNION SELECT id FROM by_category UNION SELECT id FROM by_text)
         AS pool
    JOIN articles_article a ON a.id = pool.id
    LEFT JOIN by_tag ON by_tag.id = a.id
    LEFT JOIN by_text ON by_text.id = a.id
    WHERE a.status = %(published)s AND a.id <> %(id)s
      AND a.id NOT IN (SELECT id FROM picks)
),
chosen AS (
    SELECT id, NULL::double precision AS score, 0 AS grp, ord::double precision AS ord
    FROM picks
    UNION ALL
    SELECT id, score, 1, -score FROM automatic
)
INSERT INTO articles_relatedarticle (source_id, target_id, position, score)
SELECT %(id)s, id, row_number() OVER (ORDER BY grp, ord, id DESC) - 1, score
FROM (SELECT * FROM chosen ORDER BY grp, ord, id DESC LIMIT %(stored)s) AS best
"""


def _params(article_id, category_id, published_at, max_ndoc):
    return {
        "id": article_id,
        "published": Article.Status.PUBLISHED,
        "category": category_id,
        "published_at": published_at,
        "ct": ContentType.objects.get_for_model(Article).pk,
        "max_ndoc": max_ndoc,
        "rare_words": RARE_WORDS,
        "pool": POOL_SIZE,
        "tag_reach": TAG_REACH,
        "text_reach": TEXT_REACH,
        "half_pool": POOL_SIZE // 2,
        "tag_w": TAG_WEIGHT,
        "cat_w": CATEGORY_WEIGHT,
        "text_w": TEXT_WEIGHT,
        "recency_w": RECENCY_WEIGHT,
        "stored": STORED_LINKS,
    }


def common_word_limit():
    """Document count above which a word is too common to signal similarity."""
    # The planner's row estimate: free, and precise enough for a threshold.
    estimate = Article.objects.table_estimate()
    return max(20, int(max(estimate, 0) * MAX_WORD_SHARE))


_STORED_LIST_SQL = (
    "SELECT coalesce(array_agg(target_id ORDER BY position), '{}') "
    "FROM articles_relatedarticle WHERE source_id = %s"
)


def store_related(article_id, *, max_ndoc=None):
    """Recompute and store one article's list (empty unless the article is published); a
    list that came out different moves the article's change time (articles.changes)."""
    if max_ndoc is None:
        max_ndoc = common_word_limit()
    with transaction.atomic(), connection.cursor() as cursor:
        # Two publications at once may both refresh a neighbour's list: one at a time, or
        # the second insert meets the first one's rows (the editor got a 500 after saving).
        cursor.execute("SELECT pg_advisory_xact_lock(%s, %s)", [RELATED_LOCK, article_id])
        cursor.execute(_STORED_LIST_SQL, [article_id])
        (before,) = cursor.fetchone()
        cursor.execute("DELETE FROM articles_relatedarticle WHERE source_id = %s", [article_id])
        cursor.execute(
            "SELECT category_id, published_at FROM articles_article WHERE id = %s AND status = %s",
            [article_id, Article.Status.PUBLISHED],
        )
        source = cursor.fetchone()
        if source:
            cursor.execute(_COMPUTE_SQL, _params(article_id, *source, max_ndoc))
        cursor.execute(_STORED_LIST_SQL, [article_id])
        if cursor.fetchone()[0] != before:
            touch(pk=article_id)


def refresh_related(article_id):
    """After an article was saved, published, unpublished or re-tagged.

    Published: its own list, then the lists of the articles it now points to and of those
    that picked it, which may now want it (a dozen lists at most). Not published: out of
    every list at once, and the lists that held it refilled.
    """
    max_ndoc = common_word_limit()
    public = Article.objects.filter(pk=article_id, status=Article.Status.PUBLISHED).exists()
    neighbours = set(_pickers(article_id))
    if public:
        store_related(article_id, max_ndoc=max_ndoc)
        neighbours |= set(
            RelatedArticle.objects.filter(source_id=article_id).values_list("target_id", flat=True)
        )
    else:
        holders = set(_holders(article_id))
        touch(pk__in=holders)  # their lists lose it now, refilled or not
        neighbours |= holders
        RelatedArticle.objects.filter(Q(source_id=article_id) | Q(target_id=article_id)).delete()
    for neighbour in sorted(neighbours - {article_id})[:NEIGHBOUR_LIMIT]:
        store_related(neighbour, max_ndoc=max_ndoc)


def lists_mentioning(article_id):
    """Ids of the articles whose stored list or editor picks contain `article_id`."""
    return sorted(set(_holders(article_id)) | set(_pickers(article_id)))


def _holders(article_id):
    return RelatedArticle.objects.filter(target_id=article_id).values_list("source_id", flat=True)[
        :NEIGHBOUR_LIMIT
    ]


def _pickers(article_id):
    return Article.related_picks.through.objects.filter(to_article_id=article_id).values_list(
        "from_article_id", flat=True
    )[:NEIGHBOUR_LIMIT]


def refresh_term_stats():
    """Recount how many published articles use each title/sapo word (for the rare-word pick)."""
    with connection.cursor() as cursor:
        cursor.execute("REFRESH MATERIALIZED VIEW CONCURRENTLY articles_search_term")


def recompute_all(limit=None, progress=None) -> int:
    """Every published article's list afresh (weekly, and after a change of the scoring);
    lists of unpublished articles dropped. Returns the number of lists computed."""
    refresh_term_stats()
    max_ndoc = common_word_limit()
    published = Article.objects.filter(status=Article.Status.PUBLISHED)
    RelatedArticle.objects.exclude(source__in=published.values("pk")).delete()
    ids = list(published.order_by("-published_at", "-id").values_list("pk", flat=True)[:limit])
    bar = progress(len(ids)) if progress else None
    batch = 200
    for start in range(0, len(ids), batch):
        with transaction.atomic():
            for pk in ids[start : start + batch]:
                store_related(pk, max_ndoc=max_ndoc)
        if bar:
            bar.update(len(ids[start : start + batch]))
    if bar:
        bar.close()
    analyze(RelatedArticle._meta.db_table)
    return len(ids)
