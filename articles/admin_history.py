"""The article's history as people read it: versions with Vietnamese labels and local
times, any two compared word by word, and restoring into the form (never straight live).

Restoring puts the old text into the person's autosaved copy (articles.autosave) and
opens the change form with it: status and publication date stay the article's own, and
nothing changes until they press a save or publish button.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext

from articles.admin_editing import RESTORE_PARAM
from articles.history_diff import rendered_text, word_diff
from articles.models import Article, Autosave, Category
from core.dates import vn_datetime

# What a reader of the history compares, in this order.
COMPARED = ["title", "sapo", "body", "cover_alt", "cover_caption", "category", "source",
            "status", "published_at"]  # fmt: skip
RESTORED = ["title", "slug", "sapo", "body", "cover_alt", "cover_caption", "source"]
HISTORY_SIZE = 200


def _label(name) -> str:
    return str(Article._meta.get_field(name).verbose_name).capitalize()


def readable(record, name, categories) -> str:
    """One field of a historical record as a reader sees it."""
    if name == "body":
        return rendered_text(record.body)
    if name == "status":
        return record.get_status_display()
    if name == "published_at":
        return vn_datetime(record.published_at)
    if name == "category":
        return categories.get(record.category_id, "")
    return getattr(record, name) or ""


def changed_fields(record, previous) -> list[str]:
    if previous is None:
        return [gettext("Tạo bài")]
    names = [n for n in COMPARED if n != "category"] + ["category_id", "featured"]
    return [
        _label(n.removesuffix("_id")) for n in names if getattr(record, n) != getattr(previous, n)
    ]


class HistoryAdminMixin:
    def get_urls(self):
        name = f"{self.opts.app_label}_{self.opts.model_name}"
        wrap = self.admin_site.admin_view
        return [
            path(
                "<int:object_id>/lich-su/so-sanh/",
                wrap(self.compare_view),
                name=f"{name}_history_compare",
            ),
            path(
                "<int:object_id>/lich-su/<int:version_id>/khoi-phuc/",
                wrap(self.restore_view),
                name=f"{name}_history_restore",
            ),
            *super().get_urls(),
        ]

    def history_view(self, request, object_id, extra_context=None):
        article = self._current(request, str(object_id))
        records = list(
            article.history.select_related("history_user").order_by("-history_date", "-history_id")[
                :HISTORY_SIZE
            ]
        )
        rows = [
            {
                "record": record,
                "when": vn_datetime(record.history_date),
                "changed": changed_fields(record, previous),
            }
            for record, previous in zip(records, [*records[1:], None], strict=True)
        ]
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "original": article,
            "title": gettext("Lịch sử thay đổi: %(title)s") % {"title": article.title},
            "rows": rows,
            "may_restore": self.may_change(request, article),
            "is_live": article.is_public,
        }
        return TemplateResponse(request, "admin/articles/article/history.html", context)

    def compare_view(self, request, object_id):
        article = self._current(request, str(object_id))
        older, newer = (_record(article, request.GET.get(key)) for key in ("a", "b"))
        if older.history_date > newer.history_date:
            older, newer = newer, older
        ids = {older.category_id, newer.category_id}
        categories = dict(Category.objects.filter(pk__in=ids).values_list("pk", "name"))
        fields = []
        for name in COMPARED:
            before, after = readable(older, name, categories), readable(newer, name, categories)
            if before != after:
                fields.append({"label": _label(name), "pieces": word_diff(before, after)})
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "original": article,
            "title": gettext("So sánh hai phiên bản"),
            "older": older,
            "newer": newer,
            "older_when": vn_datetime(older.history_date),
            "newer_when": vn_datetime(newer.history_date),
            "fields": fields,
        }
        return TemplateResponse(request, "admin/articles/article/history_compare.html", context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method == "POST":  # the library's "revert" button: restore into the form
            return self.restore_view(request, object_id, version_id)
        if not self.has_change_permission(request):
            # The library's version form needs the article's form, which a person who may
            # change no article (a clerk) has not: they compare versions on the history page.
            article = self._current(request, str(object_id))
            return HttpResponseRedirect(self._url("history", article.pk))
        return super().history_form_view(request, object_id, version_id, extra_context)

    def restore_view(self, request, object_id, version_id):
        article = self._current(request, str(object_id))
        if request.method != "POST" or not self.may_change(request, article):
            raise PermissionDenied
        record = _record(article, version_id)
        Autosave.objects.update_or_create(
            user=request.user,
            article=article,
            defaults={"data": restored_form_data(record, article), "saved_at": timezone.now()},
        )
        messages.info(
            request,
            gettext(
                "Phiên bản lúc %(when)s đã được đưa vào biểu mẫu. Bài chưa thay đổi: kiểm tra "
                "rồi bấm Lưu (trạng thái và ngày xuất bản của bài được giữ nguyên)."
            )
            % {"when": vn_datetime(record.history_date)},
        )
        change = reverse("admin:articles_article_change", args=[article.pk])
        return HttpResponseRedirect(f"{change}?{RESTORE_PARAM}=1")


def _record(article, history_id):
    if not str(history_id or "").isdigit():
        raise Http404
    record = article.history.filter(history_id=int(history_id)).first()
    if record is None:
        raise Http404
    return record


def restored_form_data(record, article) -> dict:
    """The change form's fields: the old text, the article's own date, status and links."""
    data = {name: [getattr(record, name) or ""] for name in RESTORED}
    data["category"] = [str(record.category_id or article.category_id)]
    data["expected_version"] = [str(article.version)]
    data["tags"] = [", ".join(article.tags.names())]
    data["authors"] = [str(pk) for pk in article.authors.values_list("pk", flat=True)]
    data["related_picks"] = [str(pk) for pk in article.related_picks.values_list("pk", flat=True)]
    if article.published_at:
        local = timezone.localtime(article.published_at)
        data["published_at_0"], data["published_at_1"] = [f"{local:%d/%m/%Y}"], [f"{local:%H:%M}"]
    if article.featured:
        data["featured"] = ["on"]
    return data
