"""Preview: an unpublished article exactly as the public page will show it.

Only people who may see it in the admin (editors, the article's own reporter) get it;
everyone else gets 404. Never cached, never indexed.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.views.decorators.cache import never_cache

from articles import workflow
from articles.models import Article


@never_cache
def article_preview(request, pk):
    article = get_object_or_404(Article.objects.for_detail(), pk=pk)
    if not request.user.is_authenticated or not workflow.may_view(request.user, article):
        raise Http404
    response = render(
        request, "articles/detail.html", {"article": article, "preview": True, "noindex": True}
    )
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
