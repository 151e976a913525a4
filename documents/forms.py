"""The public register's filter form (GET): a bad value is dropped and reported, never fatal."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from documents.models import DocumentType, IssuingBody, Sector
from documents.querysets import Validity

FIRST_YEAR = 1990
SORTS = [("", _("Liên quan nhất (khi tìm)")), ("date", _("Ngày ban hành mới nhất"))]


def _year_choices():
    return [("", _("Mọi năm"))] + [
        (year, year) for year in range(timezone.localdate().year + 1, FIRST_YEAR - 1, -1)
    ]


def _list_field(model, label, empty):
    return forms.ModelChoiceField(
        label=label,
        queryset=model.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=empty,
        error_messages={"invalid_choice": _("Không có lựa chọn này; đã bỏ qua bộ lọc.")},
    )


class DocumentFilterForm(forms.Form):
    q = forms.CharField(label=_("Từ khóa hoặc số ký hiệu"), required=False, max_length=200)
    doc_type = _list_field(DocumentType, _("Loại văn bản"), _("Mọi loại"))
    issuer = _list_field(IssuingBody, _("Cơ quan ban hành"), _("Mọi cơ quan"))
    sector = _list_field(Sector, _("Lĩnh vực"), _("Mọi lĩnh vực"))
    year = forms.TypedChoiceField(
        label=_("Năm ban hành"),
        choices=_year_choices,
        coerce=int,
        required=False,
        empty_value=None,
        error_messages={"invalid_choice": _("Năm không hợp lệ; đã bỏ qua.")},
    )
    validity = forms.ChoiceField(
        label=_("Hiệu lực"),
        choices=[("", _("Mọi tình trạng")), *Validity.choices],
        required=False,
        error_messages={"invalid_choice": _("Tình trạng không hợp lệ; đã bỏ qua.")},
    )
    sort = forms.ChoiceField(
        label=_("Sắp xếp"),
        choices=SORTS,
        required=False,
        error_messages={"invalid_choice": _("Cách sắp xếp không hợp lệ; đã bỏ qua.")},
    )

    def cleaned(self):
        """The valid values only (invalid ones dropped), and the notices for the others."""
        self.is_valid()
        notices = [str(error) for errors in self.errors.values() for error in errors]
        cleaned = getattr(self, "cleaned_data", {})  # unbound form: no filter at all
        data = {name: cleaned.get(name) for name in self.fields}
        return data, notices
