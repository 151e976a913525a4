"""The public search page, /tim-kiem/?q=…: never a 500, whatever the query string holds."""

from datetime import date

from django import forms
from django.core.paginator import Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.shortcuts import render
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from articles.menu import category_menu
from core.content_version import content_version
from core.lru import LocalLRU
from documents.block import document_block
from search import page_rows
from search import query as search
from search.limits import SearchTooBroad
from search.suggest import suggest

PAGE_SIZE = 20
TOO_BROAD = _(
    "Tìm kiếm này cần quá nhiều thời gian lúc này. Hãy thêm từ khóa, đặt từ trong ngoặc kép "
    "hoặc chọn chuyên mục, khoảng ngày để thu hẹp."
)
DATE_FORMAT = "%d/%m/%Y"
_OUT_OF_RANGE = _("Ngày phải trong khoảng năm 1900 đến 2999; đã bỏ qua.")
# Far dates mean nothing here, and 31/12/9999 plus one day would overflow.
DATE_RANGE = [
    MinValueValidator(date(1900, 1, 1), _OUT_OF_RANGE),
    MaxValueValidator(date(2999, 12, 31), _OUT_OF_RANGE),
]


def _menu_categories() -> dict:
    """slug → category, in menu order, from the menu kept per content version (no query)."""
    return {c.slug: c for top in category_menu() for c in (top, *top.menu_children)}


def _category_choices():
    return [("", _("Tất cả chuyên mục"))] + [(s, c.name) for s, c in _menu_categories().items()]


class SearchForm(forms.Form):
    """The filters; the query itself is read by search.normalize_query (never refused)."""

    category = forms.ChoiceField(
        label=_("Chuyên mục"),
        choices=_category_choices,
        required=False,
        error_messages={"invalid_choice": _("Không có chuyên mục này; đã bỏ qua bộ lọc.")},
    )
    date_from = forms.DateField(
        label=_("Từ ngày"),
        required=False,
        input_formats=[DATE_FORMAT],
        widget=forms.DateInput(format=DATE_FORMAT, attrs={"placeholder": "dd/mm/yyyy"}),
        error_messages={"invalid": _("Ngày bắt đầu không hợp lệ (dd/mm/yyyy); đã bỏ qua.")},
        validators=DATE_RANGE,
    )
    date_to = forms.DateField(
        label=_("Đến ngày"),
        required=False,
        input_formats=[DATE_FORMAT],
        widget=forms.DateInput(format=DATE_FORMAT, attrs={"placeholder": "dd/mm/yyyy"}),
        error_messages={"invalid": _("Ngày kết thúc không hợp lệ (dd/mm/yyyy); đã bỏ qua.")},
        validators=DATE_RANGE,
    )

    def clean_category(self):
        return _menu_categories().get(self.cleaned_data["category"])

    def clean(self):
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            del data["date_from"], data["date_to"]
            raise forms.ValidationError(_("Ngày bắt đầu sau ngày kết thúc; đã bỏ qua khoảng ngày."))
        return data


FILTERS = ("category", "date_from", "date_to")
# The filters' HTML for the values as sent (almost always none): Django renders each widget,
# and each option of the category list, through templates, a good part of a results page.
_filters_html = LocalLRU(256)
MAX_KEPT_VALUES = 100  # characters of sent filter values: longer ones are rendered, not kept


def filter_fields(form) -> dict:
    """name → the filter's widget HTML, kept per content version (the categories), language
    and sent values (with whether each was refused: `aria-invalid`)."""
    sent = tuple(form.data.get(name) for name in FILTERS)
    if sum(len(value or "") for value in sent) > MAX_KEPT_VALUES:
        return {name: form[name] for name in FILTERS}
    refused = tuple(name in form.errors for name in FILTERS)
    key = (content_version(), get_language(), form.is_bound, sent, refused)
    fields = _filters_html.get(key)
    if fields is None:
        fields = {name: mark_safe(str(form[name])) for name in FILTERS}  # noqa: S308 - Django's
        _filters_html.put(key, fields)
    return fields


forget_filters = _filters_html.clear  # tests: nothing kept from one test's database


def search_view(request):
    form = SearchForm(request.GET or None)
    form.is_valid()  # invalid filters are dropped one by one and reported, never fatal
    data = getattr(form, "cleaned_data", {})
    query = search.normalize_query(request.GET.get("q"))
    notices = [str(error) for errors in form.errors.values() for error in errors]
    context = {
        "form": form,
        "fields": filter_fields(form),
        "query": query,
        "notices": notices,
        "page_obj": None,
    }
    if query and not search.is_searchable(query):
        notices.append(_("Vui lòng nhập ít nhất %(n)d ký tự.") % {"n": search.MIN_QUERY_LENGTH})
    elif query:
        try:
            results = search.search_articles(
                query,
                category=data.get("category"),
                date_from=data.get("date_from"),
                date_to=data.get("date_to"),
            )
        except SearchTooBroad:
            notices.append(TOO_BROAD)
            return _render(request, context, cacheable=False)
        page = Paginator(results, PAGE_SIZE).get_page(request.GET.get("page"))
        context["page_obj"] = page
        context["results"] = page_rows.results_html(page)
        context["documents"] = document_block(query)  # the register's own block
        context["capped"] = page.paginator.count >= search.MAX_RESULTS
        if not page.paginator.count:
            context["suggestion"] = suggest(query)
    return _render(request, context)


def _render(request, context, cacheable=True):
    response = render(request, "search/search.html", context)
    response["X-Robots-Tag"] = "noindex"
    if not cacheable:  # a passing overload must not be kept as the page's answer
        response["Cache-Control"] = "no-store"
    return response
