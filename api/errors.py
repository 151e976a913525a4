"""JSON errors with Vietnamese messages: every refusal of the API goes through here."""

from django.http import Http404, JsonResponse
from django.utils.translation import gettext as _
from ninja.errors import HttpError, ValidationError


class ApiError(Exception):
    def __init__(self, status, code, message, fields=None):
        super().__init__(message)
        self.status, self.code, self.message, self.fields = status, code, message, fields or {}


def not_found():
    return ApiError(404, "not_found", _("Không tìm thấy."))


def _field_message(error):
    """A Vietnamese message for one pydantic error (its `type` and `ctx`)."""
    kind, ctx = error.get("type", ""), error.get("ctx") or {}
    if kind in ("int_parsing", "int_from_float", "int_type"):
        return _("Phải là số nguyên.")
    if kind in ("greater_than_equal", "greater_than"):
        return _("Phải từ %(limit)s trở lên.") % {"limit": ctx.get("ge", ctx.get("gt"))}
    if kind in ("less_than_equal", "less_than"):
        return _("Không được quá %(limit)s.") % {"limit": ctx.get("le", ctx.get("lt"))}
    if kind == "string_too_long":
        return _("Dài quá %(max)s ký tự.") % {"max": ctx.get("max_length")}
    if kind == "string_pattern_mismatch":
        return _("Chỉ gồm chữ cái không dấu, chữ số, gạch ngang và gạch dưới.")
    if kind.startswith("datetime"):
        return _("Thời điểm không hợp lệ (ISO 8601, ví dụ 2026-12-01T08:00:00+07:00).")
    if kind.startswith("date"):
        return _("Ngày không hợp lệ (YYYY-MM-DD).")
    if kind == "missing":
        return _("Thiếu tham số bắt buộc.")
    return _("Giá trị không hợp lệ.")


def _fields(errors):
    fields = {}
    for error in errors:
        name = str(error.get("loc", ("", "?"))[-1])
        fields.setdefault(name, _field_message(error))
    return fields


def register(api):
    """Install the handlers on a NinjaAPI."""

    def answer(request, status, code, message, fields=None):
        body = {"code": code, "message": message, "fields": fields or {}}
        return api.create_response(request, body, status=status)

    @api.exception_handler(ApiError)
    def api_error(request, exc):
        return answer(request, exc.status, exc.code, exc.message, exc.fields)

    @api.exception_handler(ValidationError)
    def invalid(request, exc):
        message = _("Tham số không hợp lệ.")
        return answer(request, 400, "invalid_parameter", message, _fields(exc.errors))

    @api.exception_handler(Http404)
    def missing(request, exc):
        return answer(request, 404, "not_found", _("Không tìm thấy."))

    @api.exception_handler(HttpError)
    def http_error(request, exc):
        return answer(request, exc.status_code, "http_error", _("Yêu cầu không hợp lệ."))


def too_many_requests(retry_after: int) -> JsonResponse:
    """429 in the API's error shape, with Retry-After; never cached."""
    seconds = max(1, int(retry_after))
    message = _("Quá nhiều yêu cầu từ địa chỉ này. Vui lòng thử lại sau %(seconds)s giây.") % {
        "seconds": seconds
    }
    response = JsonResponse({"code": "rate_limited", "message": message, "fields": {}}, status=429)
    response["Retry-After"] = str(seconds)
    response["Cache-Control"] = "no-store"
    return response
