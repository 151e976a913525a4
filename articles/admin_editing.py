"""The article change form as a shared desk: editing lock, autosave, read-only view.

`EditingAdminMixin` merges into ArticleAdmin (before WorkflowAdminMixin):

- opening the form takes the editing lock (articles.locks); when a colleague holds it,
  the article opens read-only with “Bài đang được … sửa từ HH:MM” and a takeover page;
- the open page posts heartbeats and autosaved copies (static/articles/admin/editing.js);
  reopening offers the copy; saving discards it and, when leaving the form, the lock;
- the read-only view shows the body rendered, not its HTML source;
- an article the person may not see says so, instead of “does not exist”.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from articles import autosave, locks, workflow
from articles.models import Article
from core.embeds import render_embeds

RESTORE_PARAM = "khoi_phuc"


class EditingAdminMixin:
    @property
    def media(self):
        return super().media + forms.Media(
            js=["articles/admin/editing.js"], css={"all": ["articles/admin/editing.css"]}
        )

    def get_urls(self):
        name = f"{self.opts.app_label}_{self.opts.model_name}"
        wrap = self.admin_site.admin_view
        return [
            path("tu-luu/", wrap(self.autosave_view), name=f"{name}_autosave_new"),
            path("<int:object_id>/tu-luu/", wrap(self.autosave_view), name=f"{name}_autosave"),
            path("<int:object_id>/tiep-quan/", wrap(self.takeover_view), name=f"{name}_takeover"),
            path("<int:object_id>/giu-khoa/", wrap(self.heartbeat_view), name=f"{name}_heartbeat"),
            path("<int:object_id>/tha-khoa/", wrap(self.release_view), name=f"{name}_release"),
            path("<int:object_id>/rut-lai/", wrap(self.withdraw_view), name=f"{name}_withdraw"),
            *super().get_urls(),
        ]

    # --- permissions --------------------------------------------------------------
    def has_change_permission(self, request, obj=None):
        if obj is not None and getattr(request, "locked_out_of", None) == obj.pk:
            return False  # a colleague holds the lock: read, or take over
        return super().has_change_permission(request, obj)

    def may_change(self, request, obj) -> bool:
        """May change `obj` at all, whoever holds the lock."""
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is None:
            return super().has_delete_permission(request, obj)
        return workflow.may_delete(request.user, obj)

    def _article_or_404(self, request, object_id) -> Article:
        article = self.get_object(request, unquote(str(object_id)))
        if article is None:
            raise Http404
        return article

    # --- the change form ------------------------------------------------------------
    def change_view(self, request, object_id, form_url="", extra_context=None):
        article = self.get_object(request, unquote(object_id))
        if article is None and Article.objects.filter(pk=_int(object_id)).exists():
            messages.error(request, gettext("Bạn không có quyền sửa bài này."))
            return HttpResponseRedirect(reverse("admin:index"))
        context = dict(extra_context or {})
        if article is not None and request.method == "GET":
            context.update(self._open(request, article))
        elif article is not None and self.may_change(request, article):
            context.update(self._refused_save_context(request, article))
        return super().change_view(request, object_id, form_url, context)

    def add_view(self, request, form_url="", extra_context=None):
        context = dict(extra_context or {})
        if request.method == "GET":
            context.update(self._session_context(request, None))
        else:
            context.update(self._refused_save_context(request, None))
        return super().add_view(request, form_url, context)

    def _refused_save_context(self, request, article) -> dict:
        """Used only when a save comes back with errors: the form then holds unsaved work,
        so autosave and the leave warning go on."""
        context = self._session_context(request, article)
        context.update(autosave_offer=None, autosave_restored=False, restoring_live=False)
        context["editing_session"]["unsaved"] = True
        return context

    def _open(self, request, article) -> dict:
        if not self.may_change(request, article):
            return {}
        taken = locks.acquire(article.pk, request.user)
        if taken is not None:
            request.locked_out_of = article.pk
            return {
                "edit_lock_message": locks.held_by_message(taken),
                "takeover_url": self._url("takeover", article.pk),
            }
        return self._session_context(request, article)

    def _session_context(self, request, article) -> dict:
        pk = article.pk if article else None
        copy = autosave.offered(request.user, article)
        restored = copy is not None and RESTORE_PARAM in request.GET
        return {
            "editing_session": {
                "autosave_url": self._url("autosave", pk) if pk else self._url("autosave_new"),
                "heartbeat_url": self._url("heartbeat", pk) if pk else "",
                "release_url": self._url("release", pk) if pk else "",
                "autosave_seconds": autosave.interval_seconds(),
                "heartbeat_seconds": locks.heartbeat_seconds(),
            },
            "autosave_offer": copy,
            "autosave_restored": restored,
            # A live article's restored text goes public only by a button that says so.
            "restoring_live": restored and article is not None and article.is_public,
        }

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if request.method == "GET" and RESTORE_PARAM in request.GET:
            copy = autosave.offered(request.user, obj)
            if copy is not None:
                form.restored = autosave.as_initial(copy, form)
        return form

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or self.has_change_permission(request, obj):
            return fieldsets
        return [
            (name, {**opts, "fields": [_shown_field(f) for f in opts["fields"]]})
            for name, opts in fieldsets
        ]

    @admin.display(description=_("nội dung"))
    def rendered_body(self, obj):
        return render_embeds(obj.body)  # sanitized on every save

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        response = super().render_change_form(request, context, add, change, form_url, obj)
        if obj is not None and getattr(request, "locked_out_of", None) == obj.pk:
            response.context_data["workflow_actions"] = []  # read only until taken over
        return response

    def response_add(self, request, obj, post_url_continue=None):
        autosave.discard(request.user, None)
        return super().response_add(request, obj, post_url_continue)

    def response_change(self, request, obj):
        autosave.discard(request.user, obj.pk)
        if "_continue" not in request.POST:
            locks.release(obj.pk, request.user)  # leaving the form
        return super().response_change(request, obj)

    def _url(self, view, *args):
        return reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_{view}", args=args)

    # --- the small views the page calls ------------------------------------------------
    def takeover_view(self, request, object_id):
        article = self._article_or_404(request, object_id)
        if not self.may_change(request, article):
            raise PermissionDenied
        lock = locks.holder(article.pk, request.user)
        if request.method == "POST" or lock is None:
            locks.acquire(article.pk, request.user, takeover=True)
            if lock is not None:
                messages.success(request, gettext("Bạn đã tiếp quản bài viết."))
            return HttpResponseRedirect(self._url("change", article.pk))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "original": article,
            "title": gettext("Tiếp quản bài viết"),
            "lock_message": locks.held_by_message(lock),
            "holder": lock.user,
            "change_url": self._url("change", article.pk),
        }
        return TemplateResponse(request, "admin/articles/article/takeover.html", context)

    def heartbeat_view(self, request, object_id):
        if request.method != "POST":
            return HttpResponse(status=405)
        article = self._article_or_404(request, object_id)
        if not self.may_change(request, article):
            message = gettext("Bạn không có quyền sửa bài này.")
            return JsonResponse({"held": False, "message": message})
        taken = locks.holder(article.pk, request.user)
        if taken is not None:
            return JsonResponse({"held": False, "message": locks.lost_message(taken)})
        locks.acquire(article.pk, request.user)
        return JsonResponse({"held": True})

    def release_view(self, request, object_id):
        if request.method != "POST":
            return HttpResponse(status=405)
        locks.release(_int(object_id), request.user)
        return HttpResponse(status=204)

    def autosave_view(self, request, object_id=None):
        if request.method != "POST":
            return HttpResponse(status=405)
        article = self._article_or_404(request, object_id) if object_id else None
        allowed = self.may_change(request, article) if article else self.has_add_permission(request)
        if not allowed:
            raise PermissionDenied
        if "_discard_autosave" in request.POST:
            autosave.discard(request.user, object_id)
            change = self._url("change", object_id) if object_id else self._url("add")
            return HttpResponseRedirect(change)
        copy = autosave.store(request.user, object_id, request.POST)
        if copy is None:
            return JsonResponse({"saved": False}, status=413)
        when = f"{timezone.localtime(copy.saved_at):%H:%M:%S}"
        return JsonResponse({"saved": True, "message": gettext("Đã tự lưu lúc %s") % when})

    def withdraw_view(self, request, object_id):
        if request.method != "POST":
            return HttpResponse(status=405)
        article = self._article_or_404(request, object_id)
        try:
            workflow.apply(article, workflow.Action.WITHDRAW, request.user)
        except workflow.TransitionError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, gettext("Đã rút bài về bản nháp; bạn có thể sửa tiếp."))
        return HttpResponseRedirect(self._url("change", article.pk))


def _shown_field(name):
    return "rendered_body" if name == "body" else name


def _int(value) -> int:
    return int(value) if str(value).isdigit() else 0
