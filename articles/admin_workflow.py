"""Editorial workflow in the article admin: who sees, edits and moves what.

Two mixins that merge into any ArticleAdmin / ArticleAdminForm:

- `WorkflowFormMixin` (form half): carries the version the user started from and
  refuses a save when someone saved in between (row lock + compare, in the admin's
  transaction); refuses fields this user may not set (forged POSTs) and a pressed
  workflow button this user may not press — in all three cases nothing is saved.
- `WorkflowAdminMixin` (admin half): reporters see only their own articles and edit
  them only while draft/returned; status and editor's note move only through
  `articles.workflow`; buttons on the change form and bulk actions in the list.
"""

import copy

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from accounts.names import display_name
from articles import conflicts, locks, workflow
from articles.models import Article, Author
from articles.workflow import Action
from core.dates import vn_datetime

S = Article.Status
# Only `articles.workflow` changes these; no form ever sets them.
WORKFLOW_FIELDS = ["status", "review_note"]
# Only people who may publish set these (reporters see them read-only).
EDITOR_FIELDS = ["published_at", "featured", "authors", "related_picks"]


class WorkflowFormMixin(forms.Form):
    expected_version = forms.IntegerField(
        label=_("phiên bản đang sửa"), widget=forms.HiddenInput, required=False
    )

    request = None  # set by WorkflowAdminMixin.get_form
    restored = {}  # initial values from an autosaved copy (articles.admin_editing)
    locked_fields = ()  # field names this user may not set

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.current = None
        self.conflicts, self.conflict_version = [], None
        if self.restored and not self.is_bound:
            self.initial.update(self.restored)  # an autosaved copy, with its own version
        if self.instance.pk and not self.is_bound and "expected_version" not in self.restored:
            # The version in the database now: a restored old version starts from it too.
            current = Article.objects.filter(pk=self.instance.pk).values_list("version", flat=True)
            self.initial["expected_version"] = current.first() or self.instance.version

    def clean(self):
        cleaned = super().clean()
        if self.request is None:
            return cleaned
        self._refuse_forged_fields()
        if self.instance.pk:
            self._lock_and_compare_version(cleaned)
        self._check_workflow_button(cleaned)
        return cleaned

    def _refuse_forged_fields(self):
        forged = [
            name
            for name in self.locked_fields
            if any(key == name or key.startswith(name + "_") for key in self.data)
        ]
        if forged:
            labels = ", ".join(str(Article._meta.get_field(name).verbose_name) for name in forged)
            raise ValidationError(
                gettext("Bạn không có quyền thay đổi: %(fields)s. Chưa có gì được lưu.")
                % {"fields": labels},
                code="forbidden_field",
            )

    def _lock_and_compare_version(self, cleaned):
        # No join here: after waiting for the lock, PostgreSQL re-reads only the locked row,
        # so a joined updated_by could be stale. The name is read afterwards, on conflict.
        current = Article.objects.select_for_update().get(pk=self.instance.pk)
        self.current = current
        taken = locks.acquire(current.pk, self.request.user)
        if taken is not None:
            raise ValidationError(locks.lost_message(taken), code="locked")
        expected = cleaned.get("expected_version")
        if expected != current.version:
            self._merge_or_refuse(cleaned, current, expected)
        self.instance.version = current.version + 1

    def _merge_or_refuse(self, cleaned, current, expected):
        """Someone saved since this form opened: save only what the person chose, field by
        field, against the stored version they were shown (`_conflict_version`)."""
        found = conflicts.find(self, current, conflicts.base_record(current, expected))
        self.conflicts, self.conflict_version = found, current.version
        if not found:
            return  # the form equals the stored article: nothing to lose
        if self.data.get("_conflict_version") == str(current.version):
            chosen = conflicts.choices(self.data, found)
            missing = [c.label for c in found if c.name not in chosen]
            if not missing:
                theirs = [name for name, pick in chosen.items() if pick == conflicts.THEIRS]
                conflicts.keep_theirs(cleaned, current, theirs)
                self.conflicts = []
                return
            raise ValidationError(
                gettext("Hãy chọn giữ bản nào cho: %(fields)s. Chưa có gì được lưu.")
                % {"fields": ", ".join(missing)},
                code="conflict_choice",
            )
        who = current.updated_by
        raise ValidationError(
            gettext(
                "Bài viết vừa được %(who)s lưu lúc %(when)s, sau khi bạn mở nó. Chưa có gì "
                "được lưu. Bên dưới là từng chỗ khác nhau giữa bản của họ và bản của bạn: "
                "chọn bản giữ lại cho mỗi mục rồi bấm Lưu, hoặc bấm “Ghi đè tất cả bằng "
                "bản của tôi”."
            )
            % {
                "who": display_name(who) if who else gettext("người khác"),
                "when": vn_datetime(current.updated_at),
            },
            code="conflict",
        )

    def _check_workflow_button(self, cleaned):
        action = self.data.get("_workflow")
        if not action:
            return
        if action not in Action.values:
            raise ValidationError(gettext("Thao tác không hợp lệ."), code="bad_action")
        error = workflow.check(
            self.request.user,
            self._state_as_saved(cleaned),
            action,
            note=self.data.get("_review_note", ""),
            when=cleaned.get("published_at"),
        )
        if error:
            raise ValidationError(error, code="workflow")

    def _state_as_saved(self, cleaned):
        """The article as it will be once this form is saved: the checks the workflow makes
        before publishing (sapo, category, alt texts) judge what the person typed."""
        if self.current is not None:
            state = copy.copy(self.current)
        else:
            state = Article(status=Article.Status.DRAFT, created_by=self.request.user)
        for name in ("sapo", "body", "cover_alt", "cover_image"):
            if name in cleaned:
                setattr(state, name, cleaned[name] or "")
        if cleaned.get("category"):
            state.category = cleaned["category"]
        return state


def _bulk(action):
    """A list action applying `action` to each selected article it is allowed on."""

    def run(modeladmin, request, queryset):
        done, refused = 0, 0
        for article in queryset:
            try:
                workflow.apply(article, action, request.user)
                done += 1
            except workflow.TransitionError:
                refused += 1
        if done:
            modeladmin.message_user(
                request,
                gettext("%(action)s: %(n)d bài.") % {"action": action.label, "n": done},
                messages.SUCCESS,
            )
        if refused:
            modeladmin.message_user(
                request,
                gettext(
                    "%(n)d bài không thể “%(action)s” ở trạng thái hiện tại hoặc với quyền của bạn."
                )
                % {"action": action.label, "n": refused},
                messages.WARNING,
            )

    run.__name__ = f"workflow_{action.value}"
    return admin.action(
        description=_("%(action)s các bài đã chọn") % {"action": action.label},
        permissions=["change" if action == Action.SUBMIT else "publish"],
    )(run)


class WorkflowAdminMixin:
    change_form_template = "admin/articles/article/workflow_change_form.html"
    actions = [
        _bulk(Action.SUBMIT),
        _bulk(Action.UNPUBLISH),
        _bulk(Action.ARCHIVE),
    ]

    # --- who sees and edits what ---------------------------------------------
    def get_queryset(self, request):
        qs = super().get_queryset(request)
        if workflow.is_editor(request.user):
            return qs
        own = Q(created_by=request.user)
        if request.resolver_match and request.resolver_match.url_name == "autocomplete":
            # Picking a related article (e.g. a clerk linking news to a document): the
            # public articles are public anyway.
            return qs.filter(own | Q(pk__in=Article.objects.published().values("pk")))
        return qs.filter(own)

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or workflow.may_edit(request.user, obj))

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        return allowed and (obj is None or workflow.is_editor(request.user))

    def has_publish_permission(self, request):
        return workflow.may_publish(request.user)

    def locked_fields(self, request):
        if workflow.may_publish(request.user):
            return list(WORKFLOW_FIELDS)
        return WORKFLOW_FIELDS + EDITOR_FIELDS

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        return fields + [name for name in self.locked_fields(request) if name not in fields]

    def get_fieldsets(self, request, obj=None):
        fieldsets = [(name, dict(opts)) for name, opts in super().get_fieldsets(request, obj)]
        if obj is not None and not self.has_change_permission(request, obj):
            return fieldsets  # read-only view: nothing to save
        first = fieldsets[0][1]
        first["fields"] = [*first["fields"], "expected_version"]
        return fieldsets

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        return type(
            form.__name__,
            (form,),
            {"request": request, "locked_fields": tuple(self.locked_fields(request))},
        )

    # --- saving ------------------------------------------------------------------
    def save_model(self, request, obj, form, change):
        user = request.user
        current = getattr(form, "current", None)
        if change and current is None:
            raise PermissionDenied  # every change goes through the version lock
        if current is not None:
            if not workflow.may_edit(user, current):
                raise PermissionDenied
            # Status, note and owner never come from a form (a restored version included).
            obj.status = current.status
            obj.review_note = current.review_note
            obj.created_by_id = current.created_by_id
            if not workflow.may_publish(user):
                obj.published_at = current.published_at
                obj.featured = current.featured
        else:
            obj.created_by = user
            obj.status = Article.Status.DRAFT
            obj.review_note = ""
            if not workflow.may_publish(user):
                obj.published_at = None
                obj.featured = False
        self._hold_date_for_workflow(request, obj, current)
        obj.updated_by = user
        super().save_model(request, obj, form, change)

    @staticmethod
    def _hold_date_for_workflow(request, obj, current):
        """A publish button decides the date (articles.workflow.publication_time) from the
        form's date; until then the stored one stays. An emptied date never re-dates a
        published article either."""
        if request.POST.get("_workflow") in (Action.PUBLISH, Action.SCHEDULE):
            request.publish_when = obj.published_at
            obj.published_at = current.published_at if current else None
        elif current is not None and current.published_at:
            shown = current.published_at.replace(second=0, microsecond=0)  # the form's precision
            if obj.published_at == shown or (
                obj.published_at is None and obj.status == S.PUBLISHED
            ):
                obj.published_at = current.published_at

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        article = form.instance
        if not change and not workflow.may_publish(request.user):
            article.authors.set([own_author(request.user)])
        action = request.POST.get("_workflow")
        if action:
            try:
                workflow.apply(
                    article,
                    action,
                    request.user,
                    note=request.POST.get("_review_note", ""),
                    when=getattr(request, "publish_when", article.published_at),
                )
            except workflow.TransitionError as error:
                raise PermissionDenied(str(error)) from error
            self.message_user(
                request,
                gettext("Đã thực hiện: %(action)s.") % {"action": Action(action).label},
                messages.SUCCESS,
            )

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        state = obj or Article(status=Article.Status.DRAFT, created_by=request.user)
        context["workflow_actions"] = workflow.allowed_actions(request.user, state)
        context["workflow_note_action"] = Action.RETURN
        if obj is not None and workflow.may_view(request.user, obj):
            context["preview_url"] = reverse("articles:preview", kwargs={"pk": obj.pk})
            context["withdraw_url"] = reverse("admin:articles_article_withdraw", args=[obj.pk])
        if obj is None or self.has_change_permission(request, obj):
            context["preview_form_url"] = reverse(
                "articles:preview-form", kwargs={"pk": obj.pk} if obj else {}
            )
        return super().render_change_form(request, context, add, change, form_url, obj)

    def view_on_site(self, obj):
        """Public page once live; the preview before that."""
        if obj.is_public:
            return obj.get_absolute_url()
        return reverse("articles:preview", kwargs={"pk": obj.pk})

    # --- history: judged on the article as it is now ------------------------------
    history_list_display = ["workflow_status"]  # column title translated in accounts/locale

    def workflow_status(self, record):
        return record.get_status_display()

    def _current(self, request, object_id):
        """The article as this user may see it now; 404 for anything else (bad ids too)."""
        current = self.get_object(request, unquote(object_id))
        if current is None:
            raise Http404
        return current

    def history_view(self, request, object_id, extra_context=None):
        self._current(request, object_id)
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        current = self._current(request, object_id)
        if not str(version_id).isdigit():
            raise Http404
        if request.method == "POST" and not self.has_change_permission(request, current):
            raise PermissionDenied
        with transaction.atomic():
            return super().history_form_view(request, object_id, version_id, extra_context)

    def revert_disabled(self, request, obj=None):
        if obj is None:
            return True
        current = self.get_queryset(request).filter(pk=obj.pk).first()
        return current is None or not self.has_change_permission(request, current)


def own_author(user) -> Author:
    """The byline of `user`, made on first need from the account's name."""
    author = Author.objects.filter(user=user).first()
    if author is None:
        author = Author.objects.create(name=display_name(user), user=user)
    return author
