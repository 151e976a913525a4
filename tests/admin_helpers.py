"""Build the POST an article's admin change form sends, as a browser would."""

from django.urls import reverse
from django.utils import timezone


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def local_parts(moment):
    local = timezone.localtime(moment)
    return local.strftime("%d/%m/%Y"), local.strftime("%H:%M")


def article_form_data(article, *, editor_fields=False, **changes):
    """The fields the form shows; editor_fields adds those only editors may set.

    An unsaved `article` gives the add form's POST, which carries no expected_version."""
    saved = article.pk is not None
    data = {
        "title": article.title,
        "slug": article.slug,
        "sapo": article.sapo,
        "body": article.body,
        "cover_alt": article.cover_alt,
        "cover_caption": article.cover_caption,
        "category": article.category_id,
        "tags": "",
        "source": article.source,
    }
    if saved:
        data["expected_version"] = article.version
    if editor_fields:
        data["authors"] = [a.pk for a in article.authors.all()] if saved else []
        data["related_picks"] = []
        if article.published_at:
            data["published_at_0"], data["published_at_1"] = local_parts(article.published_at)
        else:
            data["published_at_0"] = data["published_at_1"] = ""
        if article.featured:
            data["featured"] = "on"
    data.update(changes)
    return data
