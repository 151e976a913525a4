"""User forms for administrators: one role from a clear choice, never raw permissions."""

from django import forms
from django.contrib.auth.forms import (
    AdminPasswordChangeForm,
    AdminUserCreationForm,
    SetUnusablePasswordMixin,
    UserChangeForm,
)
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from accounts.roles import Role, role_of


class _RoleField(forms.ChoiceField):
    def __init__(self, **kwargs):
        super().__init__(
            label=_("Vai trò"),
            choices=Role.choices,
            widget=forms.RadioSelect,
            help_text=_(
                "Phóng viên viết bài và gửi duyệt; biên tập viên duyệt, xuất bản, hẹn giờ và "
                "sửa các trang tĩnh; văn thư quản lý văn bản; quản trị viên quản lý tài khoản, "
                "thông tin đơn vị và các trang của trung tâm."
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


class PasswordSetForm(AdminPasswordChangeForm):
    # Django appends its warning to this help text as an English literal no catalogue reaches.
    usable_password_help_text = format_lazy(
        '{}<ul id="id_unusable_warning" class="messagelist"><li class="warning">{}</li></ul>',
        SetUnusablePasswordMixin.usable_password_help_text,
        _("Nếu tắt, mật khẩu hiện tại của người dùng này sẽ mất."),
    )
