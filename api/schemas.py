"""The shapes the API answers with: pydantic schemas, read from model instances by django-ninja.

Each field's description is the documentation in the OpenAPI schema. URLs are absolute, dates
are ISO 8601 in the site's time zone (with its offset).
"""

from datetime import datetime
from typing import Literal

from django.core.files.storage import default_storage
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Field, Schema

from core.embeds import render_embeds


def absolute(context, url):
    return context["request"].build_absolute_uri(url)


def local(value):
    return timezone.localtime(value) if value else value


class Error(Schema):
    code: str = Field(description=_("Mã lỗi, ổn định cho máy đọc."))
    message: str = Field(description=_("Thông báo lỗi cho người đọc."))
    fields: dict[str, str] = Field(
        default_factory=dict, description=_("Lỗi của từng tham số, theo tên tham số.")
    )


class CategoryRef(Schema):
    id: int
    name: str = Field(description=_("Tên chuyên mục."))
    slug: str = Field(description=_("Đường dẫn ngắn, dùng cho bộ lọc category."))


class Category(CategoryRef):
    parent_id: int | None = Field(description=_("Chuyên mục cha (nếu có)."))
    description: str = Field(description=_("Mô tả chuyên mục."))
    url: str = Field(description=_("Địa chỉ trang chuyên mục trên trang tin."))

    @staticmethod
    def resolve_url(obj, context):
        return absolute(context, obj.get_absolute_url())


class Author(Schema):
    id: int
    name: str = Field(description=_("Tên hiển thị."))
    unit: str = Field(description=_("Đơn vị công tác."))
    slug: str = Field(description=_("Đường dẫn ngắn, dùng cho bộ lọc author."))
    url: str = Field(description=_("Trang tác giả trên trang tin."))

    @staticmethod
    def resolve_url(obj, context):
        return absolute(context, obj.get_absolute_url())


class AuthorDetail(Author):
    bio: str = Field(description=_("Giới thiệu."))


class Tag(Schema):
    id: int
    name: str = Field(description=_("Tên thẻ."))
    slug: str = Field(description=_("Đường dẫn ngắn, dùng cho bộ lọc tag."))


class Rendition(Schema):
    url: str = Field(description=_("Địa chỉ tuyệt đối của ảnh."))
    width: int = Field(description=_("Chiều rộng (điểm ảnh)."))


class Cover(Schema):
    url: str = Field(description=_("Ảnh gốc (cỡ lớn nhất)."))
    width: int | None = Field(description=_("Chiều rộng ảnh gốc (điểm ảnh)."))
    alt: str = Field(description=_("Mô tả ảnh cho người không xem được ảnh."))
    caption: str = Field(description=_("Chú thích ảnh."))
    renditions: list[Rendition] = Field(description=_("Các cỡ ảnh, nhỏ trước."))


def cover_of(article, context):
    if not article.cover_image:
        return None
    sizes = sorted((int(w), path) for w, path in (article.cover_renditions or {}).items())
    renditions = [
        {"url": absolute(context, default_storage.url(path)), "width": width}
        for width, path in sizes
    ]
    return {
        "url": absolute(context, article.cover_image.url),
        "width": sizes[-1][0] if sizes else None,
        "alt": article.cover_alt,
        "caption": article.cover_caption,
        "renditions": renditions,
    }


class ArticleSummary(Schema):
    id: int
    title: str = Field(description=_("Tiêu đề."))
    slug: str
    sapo: str = Field(description=_("Đoạn tóm tắt (sapo)."))
    published_at: datetime = Field(description=_("Thời điểm xuất bản (ISO 8601, có múi giờ)."))
    updated_at: datetime = Field(description=_("Lần sửa cuối (ISO 8601, có múi giờ)."))
    changed_at: datetime = Field(
        description=_(
            "Lần thay đổi cuối của bất cứ gì bài hiển thị: nội dung, thẻ, tác giả, tin liên "
            "quan, tên chuyên mục, thẻ hay tác giả (ISO 8601, có múi giờ). updated_since "
            "theo thời điểm muộn hơn giữa giá trị này và published_at."
        )
    )
    url: str = Field(description=_("Địa chỉ chính thức (canonical) của bài trên trang tin."))
    category: CategoryRef = Field(description=_("Chuyên mục của bài."))
    authors: list[Author] = Field(description=_("Tác giả, theo thứ tự đăng."))
    tags: list[Tag] = Field(description=_("Thẻ của bài."))
    cover: Cover | None = Field(description=_("Ảnh đại diện (nếu có)."))

    @staticmethod
    def resolve_published_at(obj):
        return local(obj.published_at)

    @staticmethod
    def resolve_updated_at(obj):
        return local(obj.updated_at)

    @staticmethod
    def resolve_changed_at(obj):
        return local(obj.changed_at)

    @staticmethod
    def resolve_url(obj, context):
        return absolute(context, obj.get_absolute_url())

    @staticmethod
    def resolve_tags(obj):
        return obj.tag_list  # api.listing.with_tags, one query for the page

    @staticmethod
    def resolve_cover(obj, context):
        return cover_of(obj, context)


class ArticleDetail(ArticleSummary):
    body: str = Field(description=_("Nội dung HTML đã làm sạch, như trang tin hiển thị."))
    source: str = Field(description=_("Nguồn tin."))
    category_path: list[CategoryRef] = Field(description=_("Đường dẫn chuyên mục, từ gốc."))
    related_ids: list[int] = Field(description=_("Mã các tin liên quan, theo thứ tự."))

    @staticmethod
    def resolve_body(obj):
        return render_embeds(obj.body)

    @staticmethod
    def resolve_category_path(obj):
        category = obj.category
        return [category.parent, category] if category.parent_id else [category]


class StaticPage(Schema):
    id: int
    title: str = Field(description=_("Tiêu đề."))
    slug: str
    title_en: str = Field(description=_("Tiêu đề tiếng Anh (trống nếu chưa có)."))
    url: str = Field(description=_("Địa chỉ trang trên trang tin."))
    url_en: str | None = Field(description=_("Địa chỉ bản tiếng Anh (nếu có)."))
    updated_at: datetime = Field(description=_("Lần sửa cuối (ISO 8601, có múi giờ)."))

    @staticmethod
    def resolve_url(obj, context):
        return absolute(context, obj.get_absolute_url())

    @staticmethod
    def resolve_url_en(obj, context):
        return absolute(context, obj.get_english_url()) if obj.has_english else None

    @staticmethod
    def resolve_updated_at(obj):
        return local(obj.updated_at)


class StaticPageDetail(StaticPage):
    body: str = Field(description=_("Nội dung HTML đã làm sạch."))
    body_en: str = Field(description=_("Nội dung tiếng Anh (trống nếu chưa có)."))


class Tombstone(Schema):
    id: int = Field(description=_("Mã bài viết hoặc văn bản đã rút."))
    reason: Literal["deleted", "unpublished"] = Field(
        description=_("deleted: đã xóa; unpublished: đã gỡ khỏi trang tin.")
    )
    at: datetime = Field(description=_("Thời điểm rút (ISO 8601, có múi giờ)."))

    @staticmethod
    def resolve_id(obj):
        return obj.item_id

    @staticmethod
    def resolve_at(obj):
        return local(obj.at)


class PageInfo(Schema):
    count: int = Field(description=_("Tổng số mục khớp bộ lọc."))
    page: int = Field(description=_("Số trang này (từ 1)."))
    size: int = Field(description=_("Số mục mỗi trang."))
    next: str | None = Field(description=_("Địa chỉ trang sau (nếu có)."))
    previous: str | None = Field(description=_("Địa chỉ trang trước (nếu có)."))


class ArticlePage(PageInfo):
    results: list[ArticleSummary]
    tombstones: list[Tombstone] = Field(
        description=_(
            "Chỉ khi có updated_since: các bài đã xóa hoặc gỡ từ thời điểm đó, "
            "phân trang cùng nhịp với results."
        )
    )


class CategoryPage(PageInfo):
    results: list[Category]


class AuthorPage(PageInfo):
    results: list[Author]


class TagPage(PageInfo):
    results: list[Tag]


class StaticPagePage(PageInfo):
    results: list[StaticPage]
