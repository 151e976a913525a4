"""Query parameters of the lists, declared once: django-ninja validates them (a bad value is a
400, api.errors) and documents them in the OpenAPI schema."""

import re
from datetime import date, datetime
from typing import Annotated, Literal

from django.utils.translation import gettext as _
from ninja import Field, Schema
from pydantic import BeforeValidator
from pydantic_core import PydanticCustomError

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20
# A database id fits in a signed 64-bit integer; anything larger is a bad request, not a 500.
MAX_ID = 2**63 - 1
SLUG_PATTERN = r"^[-a-zA-Z0-9_]+$"


ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}")


def _iso_only(pattern, kind):
    """Refuse what is not ISO 8601 as the schema says (pydantic also reads a number as a
    Unix time, and a date as a midnight)."""

    def check(value):
        if isinstance(value, str) and not pattern.match(value):
            raise PydanticCustomError(kind, "not ISO 8601")
        return value

    return BeforeValidator(check)


IsoDate = Annotated[date, _iso_only(ISO_DATE, "date_parsing")]
IsoDateTime = Annotated[datetime, _iso_only(ISO_DATETIME, "datetime_parsing")]


def _slug(description):
    return Field(None, max_length=140, pattern=SLUG_PATTERN, description=description)


class PageParams(Schema):
    page: int = Field(1, ge=1, le=1_000_000, description=_("Số trang, từ 1."))
    size: int = Field(
        DEFAULT_PAGE_SIZE,
        ge=1,
        le=MAX_PAGE_SIZE,
        description=_("Số mục mỗi trang, tối đa %(max)s.") % {"max": MAX_PAGE_SIZE},
    )


class ArticleFilters(PageParams):
    category: str | None = _slug(_("Đường dẫn ngắn của chuyên mục; gồm cả chuyên mục con."))
    tag: str | None = _slug(_("Đường dẫn ngắn của thẻ."))
    author: str | None = _slug(_("Đường dẫn ngắn của tác giả."))
    published_from: IsoDate | None = Field(
        None,
        description=_("Xuất bản từ ngày này (YYYY-MM-DD, giờ Việt Nam)."),
    )
    published_to: IsoDate | None = Field(
        None,
        description=_("Xuất bản đến hết ngày này (YYYY-MM-DD, giờ Việt Nam)."),
    )
    updated_since: IsoDateTime | None = Field(
        None,
        description=_(
            "Đồng bộ gia tăng: chỉ các bài xuất bản hoặc thay đổi (cả thẻ, tác giả, tin liên "
            "quan, tên chuyên mục, thẻ, tác giả) từ thời điểm này (ISO 8601), cũ nhất trước, "
            "kèm các bài đã rút (tombstones). Không được cũ hơn thời hạn lưu bài đã rút."
        ),
    )
    q: str | None = Field(
        None,
        max_length=200,
        description=_(
            "Tìm kiếm tiếng Việt như ô tìm kiếm của trang (có dấu hoặc không dấu); "
            "dưới 2 ký tự thì không có kết quả."
        ),
    )


class DocumentFilters(PageParams):
    doc_type: str | None = _slug(_("Loại văn bản (đường dẫn ngắn, xem /document-types/)."))
    issuer: str | None = _slug(_("Cơ quan ban hành (đường dẫn ngắn, xem /issuing-bodies/)."))
    sector: str | None = _slug(_("Lĩnh vực (đường dẫn ngắn, xem /sectors/)."))
    year: int | None = Field(None, ge=1, le=9999, description=_("Năm ban hành."))
    issued_from: IsoDate | None = Field(None, description=_("Ban hành từ ngày này (YYYY-MM-DD)."))
    issued_to: IsoDate | None = Field(None, description=_("Ban hành đến hết ngày này."))
    validity: Literal["pending", "in_force", "expired"] | None = Field(
        None,
        description=_(
            "Tình trạng hiệu lực hôm nay: pending (chưa có hiệu lực), in_force (còn hiệu "
            "lực), expired (hết hiệu lực)."
        ),
    )
    updated_since: IsoDateTime | None = Field(
        None,
        description=_(
            "Đồng bộ gia tăng: chỉ các văn bản công bố hoặc thay đổi (cả tệp, liên kết, tên "
            "loại/cơ quan/lĩnh vực) từ thời điểm này (ISO 8601), cũ nhất trước, kèm các văn "
            "bản đã rút (tombstones). Không được cũ hơn thời hạn lưu mục đã rút."
        ),
    )
    q: str | None = Field(
        None,
        max_length=200,
        description=_(
            "Tìm như ô tìm kiếm của trang văn bản: theo từ (có dấu hoặc không dấu) hoặc "
            "theo số ký hiệu, kể cả một phần (15/2024, qd-ubnd); xếp theo mức liên quan."
        ),
    )


# Every parameter a list reads: the page cache keys on these (articles.page_cache).
QUERY_NAMES = tuple(dict.fromkeys([*ArticleFilters.model_fields, *DocumentFilters.model_fields]))
