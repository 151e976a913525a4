"""Field-by-field merge when someone saved an article after you opened it.

Each field that differs between the stored article ("theirs") and the form ("yours")
becomes a `FieldConflict`. With the version the form started from (its history
record), the likely choice is preselected: a field only they changed keeps theirs, a
field only you changed keeps yours; a field both changed has no default and must be
chosen. A plain second “Lưu” therefore never overwrites a colleague's work.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext

from articles.history_diff import Piece, rendered_text, word_diff
from articles.models import Article
from core.dates import vn_datetime
from core.sanitize import sanitize_html
from core.text import nfc

COMPARED = (
    "title", "slug", "sapo", "body", "cover_alt", "cover_caption", "category", "tags",
    "authors", "source", "related_picks", "published_at", "featured",
)  # fmt: skip
MANY = {"authors", "related_picks"}
UNKNOWN = object()  # a value the history does not keep (tags, related picks, …)
THEIRS, YOURS = "theirs", "yours"


@dataclass
class FieldConflict:
    name: str
    label: str
    theirs: str
    yours: str
    default: str  # THEIRS, YOURS or "" (both changed it: the person must choose)
    diff: list[Piece] = field(default_factory=list)


def normalized(name, value):
    """A value from a form's cleaned_data or a model, in a form fit for comparing."""
    if name == "body":
        return sanitize_html(nfc(value or ""))
    if name == "category":
        return getattr(value, "pk", value)
    if name in MANY:
        return tuple(sorted(getattr(v, "pk", v) for v in (value or ())))
    if name == "tags":
        return tuple(sorted(value or ()))
    if name == "published_at":
        return value.replace(second=0, microsecond=0) if value else None
    if name == "featured":
        return bool(value)
    return nfc(value or "").strip()


def stored(article: Article, name):
    if name in MANY:
        return normalized(name, getattr(article, name).values_list("pk", flat=True))
    if name == "tags":
        return normalized(name, article.tags.names())
    return normalized(name, getattr(article, name))


def base_record(article: Article, version):
    """The history record of the version a form started from, if it is kept."""
    if version is None:
        return None
    return article.history.filter(version=version).order_by("-history_id").first()


def _base(record, name):
    if record is None or name in MANY or name == "tags":
        return UNKNOWN
    return normalized(name, getattr(record, "category_id" if name == "category" else name))


def _shown(article_field, name, value) -> str:
    """How a value reads in the conflict panel."""
    if name == "body":
        return rendered_text(value)
    if name == "published_at":
        return vn_datetime(value) or gettext("(trống)")
    if name == "featured":
        return gettext("Có") if value else gettext("Không")
    if name in ("category", *MANY):
        ids = value if isinstance(value, tuple) else (value,)
        model = article_field.related_model
        names = [str(obj) for obj in model.objects.filter(pk__in=[i for i in ids if i])]
        return ", ".join(names) or gettext("(trống)")
    if name == "tags":
        return ", ".join(value) or gettext("(trống)")
    return value or gettext("(trống)")


def find(form, current: Article, record) -> list[FieldConflict]:
    """Every field the form shows whose value differs from the stored article."""
    found = []
    for name in COMPARED:
        if name not in form.fields or name not in form.cleaned_data:
            continue
        yours, theirs = normalized(name, form.cleaned_data[name]), stored(current, name)
        if yours == theirs:
            continue
        base = _base(record, name)
        default = THEIRS if base == yours else YOURS if base == theirs else ""
        model_field = Article._meta.get_field(name)
        theirs_text = _shown(model_field, name, theirs)
        yours_text = _shown(model_field, name, yours)
        found.append(
            FieldConflict(
                name=name,
                label=str(model_field.verbose_name).capitalize(),
                theirs=theirs_text,
                yours=yours_text,
                default=default,
                diff=word_diff(theirs_text, yours_text),
            )
        )
    return found


def choices(data, found: list[FieldConflict]) -> dict[str, str]:
    """The person's choice per field, from the posted radios (or “ghi đè tất cả”)."""
    if data.get("_overwrite_all"):
        return {c.name: YOURS for c in found}
    picked = {c.name: data.get(f"_merge_{c.name}") for c in found}
    return {name: value for name, value in picked.items() if value in (THEIRS, YOURS)}


def keep_theirs(cleaned: dict, current: Article, names) -> None:
    """Put the stored values back into the form's cleaned data for the chosen fields."""
    for name in names:
        if name in MANY:
            cleaned[name] = getattr(current, name).all()
        elif name == "tags":
            cleaned[name] = list(current.tags.names())
        else:
            cleaned[name] = getattr(current, name)
