"""The admin's "view on site" shortcut (``/admin/r/<type>/<id>/``), safe for unpublished articles.

Django's own shortcut sends any staff user to an object's public URL; an article's URL
carries its slug, made from the title, so it would reveal an embargoed title. Here an
unpublished article answers only to who may see it (``workflow.may_view``) and leads to
its preview, never to a public URL; anyone else gets 404. Other models keep Django's view.
"""

from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.views import shortcut
from django.http import Http404
from django.shortcuts import redirect

from articles import workflow
from articles.models import Article


@staff_member_required
def view_on_site(request, content_type_id, object_id):
    try:
        model = ContentType.objects.get_for_id(content_type_id).model_class()
    except ContentType.DoesNotExist as exc:
        raise Http404 from exc
    if model is not Article:
        return shortcut(request, content_type_id, object_id)
    if not object_id.isdigit():
        raise Http404
    article = Article.objects.select_related("category").filter(pk=int(object_id)).first()
    if article is None:
        raise Http404
    if article.is_public:
        return redirect(article.get_absolute_url())
    if not workflow.may_view(request.user, article):
        raise Http404
    return redirect("articles:preview", pk=article.pk)
