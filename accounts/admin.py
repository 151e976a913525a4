"""User management for administrators.

Administrators create users, (de)activate them, reset passwords and pick one role.
Only superusers see or grant superuser status or raw permissions, and only they may
change a superuser. Every change of role or activation lands in the audit log.
"""

from axes.admin import AccessAttemptAdmin, IsLockedOutFilter
from axes.models import AccessAttempt
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from accounts import audit
from accounts.forms import PasswordSetForm, UserCreateForm, UserEditForm
from accounts.models import AuditEntry
from accounts.names import display_name
from accounts.roles import assign_role, role_of
from core.admin_lists import FoldedSearchMixin

User = get_user_model()

admin.site.unregister(User)


@admin.register(User)
class NewsroomUserAdmin(FoldedSearchMixin, UserAdmin):
    form = UserEditForm
    add_form = UserCreateForm
    change_password_form = PasswordSetForm
    list_display = ["username", "full_name", "email", "role_display", "is_active", "last_login"]
    list_filter = ["is_active", "groups"]
    ordering = ["sort_key__key", "username"]  # by given name, in Vietnamese order
    actions = ["deactivate_users", "activate_users"]
    add_fieldsets = [
        (
            None,
            {
                "classes": ["wide"],
                "fields": ["username", "usable_password", "password1", "password2", "role"],
            },
        ),
    ]

    def get_fieldsets(self, request, obj=None):
        if obj is None:
            return self.add_fieldsets
        access = ["role", "is_active"]
        if request.user.is_superuser:
            access += ["is_superuser", "user_permissions"]
        return [
            (None, {"fields": ["username", "password"]}),
            (_("Thông tin cá nhân"), {"fields": ["first_name", "last_name", "email"]}),
            (_("Quyền truy cập"), {"fields": access}),
            (_("Thời gian"), {"fields": ["last_login", "date_joined"]}),
        ]

    def get_readonly_fields(self, request, obj=None):
        return ["last_login", "date_joined"] if obj else []

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("groups")

    def has_change_permission(self, request, obj=None):
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        # People are deactivated, never deleted, so bylines and audit keep their names.
        return request.user.is_superuser and super().has_delete_permission(request, obj)

    @admin.display(description=_("họ tên"), ordering="sort_key__key")
    def full_name(self, obj):
        return display_name(obj)

    @admin.display(description=_("vai trò"))
    def role_display(self, obj):
        role = role_of(obj)
        return role.label if role else ("—" if not obj.is_superuser else _("Siêu quản trị"))

    def save_model(self, request, obj, form, change):
        if obj.is_superuser and not request.user.is_superuser:
            raise PermissionDenied
        was_active = form.initial.get("is_active", obj.is_active)
        super().save_model(request, obj, form, change)
        audit.record_account_changes(request.user, obj, created=not change, was_active=was_active)
        assign_role(obj, form.cleaned_data.get("role") or None, actor=request.user)

    def user_change_password(self, request, id, form_url=""):
        response = super().user_change_password(request, id, form_url)
        if request.method == "POST" and response.status_code == 302:
            target = User.objects.get(pk=id)
            audit.record(request.user, target, AuditEntry.Action.PASSWORD_RESET)
        return response

    def _set_active(self, request, queryset, active):
        changed = 0
        with transaction.atomic():
            for user in queryset.order_by("pk").select_for_update():  # no join to the sort key
                if user.is_active == active or (not active and user.pk == request.user.pk):
                    continue
                if user.is_superuser and not request.user.is_superuser:
                    continue
                user.is_active = active
                user.save(update_fields=["is_active"])
                action = AuditEntry.Action.ACTIVATED if active else AuditEntry.Action.DEACTIVATED
                audit.record(request.user, user, action)
                changed += 1
        return changed

    @admin.action(description=_("Khóa các tài khoản đã chọn"), permissions=["change"])
    def deactivate_users(self, request, queryset):
        n = self._set_active(request, queryset, False)
        self.message_user(request, gettext("Đã khóa %d tài khoản.") % n, messages.SUCCESS)

    @admin.action(description=_("Mở khóa các tài khoản đã chọn"), permissions=["change"])
    def activate_users(self, request, queryset):
        n = self._set_active(request, queryset, True)
        self.message_user(request, gettext("Đã mở khóa %d tài khoản.") % n, messages.SUCCESS)


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ["created_at", "actor", "target_username", "action", "old_value", "new_value"]
    list_filter = ["action"]
    search_fields = ["target_username", "actor__username"]
    date_hierarchy = "created_at"
    list_select_related = ["actor"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


admin.site.unregister(AccessAttempt)


class LockedOutFilter(IsLockedOutFilter):
    title = _("tình trạng khóa")  # the library's title is also its column's value


@admin.register(AccessAttempt)
class LoginAttemptAdmin(AccessAttemptAdmin):
    list_filter = [
        LockedOutFilter if f is IsLockedOutFilter else f for f in AccessAttemptAdmin.list_filter
    ]
    # The library's clean-up action reports in an English sentence no catalogue can translate;
    # attempts lapse after the cool-off anyway, and deleting one unlocks its account.
    actions = []

    @admin.display(description=_("tình trạng"))
    def status(self, obj):
        return super().status(obj)
