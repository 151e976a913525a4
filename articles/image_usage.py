"""Which library images an article shows: kept on every save, so the library refuses to
delete an image still in use (images.models.users_of reads these relations). The alt text
written in the article also describes a library image that had none, so it can be found."""

from django.db.models.signals import post_save

from images.library import images_in_html, learn_alt, learn_alts_from_html


def sync_inline_images(article) -> None:
    shown = list(images_in_html(article.body))
    article.inline_images.set(shown)
    learn_alts_from_html(shown, article.body)
    if article.cover_source_id:
        learn_alt(article.cover_source, article.cover_alt)


def _saved(sender, instance, raw=False, **kwargs):
    if not raw:
        sync_inline_images(instance)


def connect(model) -> None:
    post_save.connect(_saved, sender=model, dispatch_uid="articles-inline-images")
