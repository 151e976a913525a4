"""Preview: an unpublished article exactly as the public page will show it.

Two ways in: the saved version (GET), and what is in the editor's form now, unsaved
(POST from the change form's “Xem trước” button; nothing is written). Only people who
may see the article in the admin (editors, its own reporter) get it; everyone else gets
404. Never cached, never indexed, and marked “Bản xem trước – chưa xuất bản”.
"""

from django.forms import modelform_factory
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from taggit.models import Tag

from articles import workflow
from articles.forms import ArticleAdminForm
from articles.models import Article, Author, Category
from core.sanitize import sanitize_html
from core.text import nfc, vietnamese_slugify


@never_cache
def article_preview(request, pk):
    article = get_object_or_404(Article.objects.for_detail(), pk=pk)
    if not request.user.is_authenticated or not workflow.may_view(request.user, article):
        raise Http404
    return _render(request, article)


@never_cache
@require_POST
def article_preview_form(request, pk=None):
    """The article as the posted form would make it, rendered without saving anything."""
    user = request.user
    if pk is None:
        if not (user.is_authenticated and user.has_perm("articles.add_article")):
            raise Http404
        article = Article(pk=0, created_by=user, status=Article.Status.DRAFT)
    else:
        article = get_object_or_404(Article.objects.for_detail(), pk=pk)
        if not user.is_authenticated or not workflow.may_edit(user, article):
            raise Http404
    form = _posted_fields_form(request.POST)(request.POST, instance=article)  # no files
    form.is_valid()  # fields with errors keep the saved value; the rest show as typed
    return _render(request, _as_shown(form))


def _posted_fields_form(data):
    """The admin form limited to the fields the page posted (a reporter's form has no
    date or authors): what is not posted keeps its stored value."""
    posted = [
        name
        for name, field in ArticleAdminForm.base_fields.items()
        if not field.widget.value_omitted_from_data(data, {}, name)
    ]
    return modelform_factory(Article, form=ArticleAdminForm, fields=posted)


def _as_shown(form) -> Article:
    article = form.instance
    article.body = sanitize_html(nfc(article.body))
    article.slug = article.slug or vietnamese_slugify(article.title) or "ban-xem-truoc"
    article.published_at = article.published_at or timezone.now()
    if article.category_id is None:
        article.category = Category(name="—", slug="chua-chon-chuyen-muc")
    cleaned = form.cleaned_data
    authors = cleaned.get("authors")
    if "authors" not in form.fields:
        authors = article.authors.all() if article.pk else Author.objects.none()
    # The byline and tags read these managers: show what the form holds, not what is stored.
    article._prefetched_objects_cache = {
        "authors": authors,
        "tags": Tag.objects.filter(name__in=cleaned.get("tags") or []),
    }
    return article


def _render(request, article):
    response = render(
        request, "articles/detail.html", {"article": article, "preview": True, "noindex": True}
    )
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
