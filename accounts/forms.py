"""User forms for administrators: one role from a clear choice, never raw permissions."""

from django import forms
from django.contrib.auth.forms import AdminUserCreationForm, UserChangeForm
from django.utils.translation import gettext_lazy as _

from accounts.roles import Role, role_of


class _RoleField(forms.ChoiceField):
    def __init__(self, **kwargs):
        super().__init__(
            label=_("Vai trò"),
            choices=Role.choices,
            widget=forms.RadioSelect,
            help_text=_(
                "Phóng viên viết bài và gửi duyệt; biên tập viên duyệt, xuất bản và hẹn giờ; "
                "quản trị viên quản lý tài khoản."
            ),
            **kwargs,
        )


class UserCreateForm(AdminUserCreationForm):
    role = _RoleField()


class UserEditForm(UserChangeForm):
    role = _RoleField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["role"].initial = role_of(self.instance)
            # A superuser needs no role to reach the admin.
            self.fields["role"].required = not self.instance.is_superuser
