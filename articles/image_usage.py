"""Which library images an article shows: kept on every save, so the library refuses to
delete an image still in use (images.models.users_of reads these relations)."""

from django.db.models.signals import post_save

from images.library import images_in_html


def sync_inline_images(article) -> None:
    article.inline_images.set(images_in_html(article.body))


def _saved(sender, instance, raw=False, **kwargs):
    if not raw:
        sync_inline_images(instance)


def connect(model) -> None:
    post_save.connect(_saved, sender=model, dispatch_uid="articles-inline-images")
