"""Autosave: the open article form, kept per person until they save or discard it.

The browser (static/articles/admin/editing.js) posts the form every
ARTICLE_AUTOSAVE_SECONDS and when the page is left; reopening the form offers
“Khôi phục bản tự lưu lúc HH:MM”, which fills the form from the copy (nothing is
saved to the article until the person presses a save button).
"""

from django.conf import settings
from django.http import QueryDict
from django.utils import timezone

from articles.models import Autosave

# Buttons and tokens are not part of what the person wrote.
SKIPPED = {"csrfmiddlewaretoken", "_save", "_continue", "_addanother", "_workflow"}
MAX_BYTES = 2_000_000


def interval_seconds() -> int:
    return getattr(settings, "ARTICLE_AUTOSAVE_SECONDS", 30)


def store(user, article_id, post: QueryDict) -> Autosave | None:
    """Keep the posted form as this person's copy (None when it is too large to keep)."""
    data = {key: post.getlist(key) for key in post if key not in SKIPPED}
    if sum(len(v) for values in data.values() for v in values) > MAX_BYTES:
        return None
    copy, _created = Autosave.objects.update_or_create(
        user=user, article_id=article_id, defaults={"data": data, "saved_at": timezone.now()}
    )
    return copy


def offered(user, article=None) -> Autosave | None:
    """The copy to offer on opening the form: newer than the article's last save."""
    copy = Autosave.objects.filter(user=user, article=article).first()
    if copy is None or (article is not None and copy.saved_at <= article.updated_at):
        return None
    return copy


def discard(user, article_id) -> None:
    Autosave.objects.filter(user=user, article_id=article_id).delete()


def as_initial(copy: Autosave, form_class) -> dict:
    """The copy as initial values of `form_class`'s fields (read back through each widget)."""
    post = QueryDict(mutable=True)
    for key, values in copy.data.items():
        post.setlist(key, values)
    initial = {}
    for name, field in form_class.base_fields.items():
        if name != "cover_image" and not field.widget.value_omitted_from_data(post, {}, name):
            initial[name] = field.widget.value_from_datadict(post, {}, name)
    return initial
