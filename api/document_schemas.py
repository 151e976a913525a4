"""The shapes of the legal-document register (văn bản) in the API: what its public pages show.

Dates of a document (issued, effective, expiry) are calendar dates (YYYY-MM-DD); times are
ISO 8601 in the site's time zone. URLs are absolute.
"""

from datetime import date, datetime
from typing import Literal

from django.utils.translation import gettext as _
from ninja import Field, Schema

from api.schemas import PageInfo, Tombstone, absolute, local
from documents.querysets import Validity

ValidityCode = Literal["pending", "in_force", "expired"]
VALIDITY_HELP = _(
    "Tình trạng hiệu lực hôm nay: pending (chưa có hiệu lực), in_force (còn hiệu lực), "
    "expired (hết hiệu lực: đến ngày hết hiệu lực, hoặc bị văn bản khác thay thế đã có hiệu "
    "lực). Đổi theo ngày, không cần văn bản được sửa: tính lại từ các ngày và replaced_by."
)


class ListItem(Schema):
    id: int
    name: str = Field(description=_("Tên."))
    slug: str = Field(description=_("Đường dẫn ngắn, dùng cho bộ lọc tương ứng."))


class DocumentRef(Schema):
    id: int
    number: str = Field(description=_("Số ký hiệu."))
    title: str = Field(description=_("Tên gọi: loại văn bản và số ký hiệu."))
    validity: ValidityCode = Field(description=VALIDITY_HELP)
    url: str = Field(description=_("Địa chỉ chính thức (canonical) trên trang tin."))

    @staticmethod
    def resolve_url(obj, context):
        return absolute(context, obj.get_absolute_url())


class DocumentFile(Schema):
    id: int
    name: str = Field(description=_("Tên tệp như người đọc tải về."))
    format: str = Field(description=_("Định dạng cho người đọc (PDF, Word, Excel…)."))
    content_type: str = Field(description=_("Kiểu MIME."))
    size: int = Field(description=_("Dung lượng (byte)."))
    url: str = Field(description=_("Địa chỉ tải tệp (tuyệt đối)."))

    @staticmethod
    def resolve_name(obj):
        return obj.original_name

    @staticmethod
    def resolve_format(obj):
        return obj.label

    @staticmethod
    def resolve_url(obj, context):
        return absolute(context, obj.get_absolute_url())


class DocumentSummary(DocumentRef):
    doc_type: ListItem = Field(description=_("Loại văn bản."))
    issuer: ListItem = Field(description=_("Cơ quan ban hành."))
    sector: ListItem | None = Field(description=_("Lĩnh vực (nếu có)."))
    signer: str = Field(description=_("Người ký (trống nếu không ghi)."))
    issued_on: date = Field(description=_("Ngày ban hành (YYYY-MM-DD)."))
    effective_on: date = Field(description=_("Ngày có hiệu lực (YYYY-MM-DD)."))
    expires_on: date | None = Field(description=_("Ngày hết hiệu lực, nếu văn bản có ghi."))
    validity_label: str = Field(description=_("Tình trạng hiệu lực, như trang tin ghi."))
    summary: str = Field(description=_("Trích yếu."))
    published_at: datetime = Field(description=_("Thời điểm công bố (ISO 8601, có múi giờ)."))
    updated_at: datetime = Field(
        description=_(
            "Lần thay đổi cuối của những gì trang văn bản hiển thị: nội dung, tệp, liên kết, "
            "tin liên quan, tên loại/cơ quan/lĩnh vực (ISO 8601, có múi giờ)."
        )
    )

    @staticmethod
    def resolve_validity_label(obj):
        return str(Validity(obj.validity).label)

    @staticmethod
    def resolve_published_at(obj):
        return local(obj.published_at)

    @staticmethod
    def resolve_updated_at(obj):
        return local(obj.updated_at)


class DocumentDetail(DocumentSummary):
    body: str = Field(description=_("Nội dung (văn bản thuần; trống nếu chỉ có tệp)."))
    files: list[DocumentFile] = Field(description=_("Tệp văn bản, theo thứ tự trên trang."))
    replaces: list[DocumentRef] = Field(description=_("Các văn bản mà văn bản này thay thế."))
    replaced_by: list[DocumentRef] = Field(description=_("Các văn bản thay thế văn bản này."))
    amends: list[DocumentRef] = Field(description=_("Các văn bản mà văn bản này sửa đổi, bổ sung."))
    amended_by: list[DocumentRef] = Field(
        description=_("Các văn bản sửa đổi, bổ sung văn bản này.")
    )
    related_article_ids: list[int] = Field(
        description=_("Mã các tin bài liên quan đã xuất bản, mới nhất trước.")
    )

    # Read from what api.document_listing.document_detail loaded (one query each).
    @staticmethod
    def resolve_files(obj):
        return obj.files_shown

    @staticmethod
    def resolve_replaces(obj):
        return obj.links["replaces"]

    @staticmethod
    def resolve_replaced_by(obj):
        return obj.links["replaced_by"]

    @staticmethod
    def resolve_amends(obj):
        return obj.links["amends"]

    @staticmethod
    def resolve_amended_by(obj):
        return obj.links["amended_by"]


class DocumentPage(PageInfo):
    results: list[DocumentSummary]
    tombstones: list[Tombstone] = Field(
        description=_(
            "Chỉ khi có updated_since: các văn bản đã xóa hoặc gỡ từ thời điểm đó, "
            "phân trang cùng nhịp với results."
        )
    )


class ListItemPage(PageInfo):
    results: list[ListItem]
