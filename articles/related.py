"""Related news ("Các tin tức liên quan"): the one place the article page asks for it.

Simple version: the editor's picks first, then published articles sharing a tag or the
category, most recent first. Results are shaped for `_article_card.html` (`for_list()`).
"""

from django.db.models import Q

from articles.models import Article


def related_articles(article, limit=6):
    picks = list(article.related_picks.published().exclude(pk=article.pk).for_list()[:limit])
    if len(picks) >= limit:
        return picks
    tag_ids = [tag.pk for tag in article.tags.all()]
    same_topic = Q(category_id=article.category_id)
    if tag_ids:
        same_topic |= Q(tags__in=tag_ids)
    fill = (
        Article.objects.published()
        .filter(same_topic)
        .exclude(pk__in=[article.pk, *(p.pk for p in picks)])
        .distinct()
        .for_list()[: limit - len(picks)]
    )
    return picks + list(fill)
