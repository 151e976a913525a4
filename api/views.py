"""The read-only open-data API, version 1 (django-ninja): lists and details of what the
public site shows. Shapes in api.schemas, parameters in api.params, queries in api.listing."""

from django.utils.translation import gettext as _
from ninja import NinjaAPI, Path, Query
from ninja.openapi.docs import Swagger
from ninja.renderers import JSONRenderer

from api import article_json, document_listing, document_schemas, listing, schemas
from api.errors import register
from api.params import MAX_ID, ArticleFilters, DocumentFilters, PageParams


class Renderer(JSONRenderer):
    json_dumps_params = {"ensure_ascii": False}  # Vietnamese as text, not \\u escapes


api = NinjaAPI(
    title=_("API dữ liệu mở của trang tin"),
    version="1",
    description=_(
        "Dữ liệu công khai của trang tin, chỉ đọc, định dạng JSON: bài viết đã xuất bản, "
        "chuyên mục, tác giả, thẻ, trang tĩnh và văn bản đã công bố (cùng loại văn bản, cơ "
        "quan ban hành, lĩnh vực). Danh sách phân trang (page, size ≤ 100), thứ tự ổn định; "
        "updated_since cho đồng bộ gia tăng kèm các mục đã rút. HEAD trả lời như GET; "
        "ETag/Last-Modified và 304."
    ),
    urls_namespace="api",
    openapi_url="/openapi.json",
    docs_url="/docs/",
    docs=Swagger(settings={"defaultModelsExpandDepth": 0}),
    renderer=Renderer(),
)
register(api)

ERRORS = {400: schemas.Error, 404: schemas.Error}
Id = Path(..., ge=1, le=MAX_ID, description=_("Mã số."))


@api.get(
    "/articles/",
    response={200: schemas.ArticlePage, **ERRORS, 410: schemas.Error},
    summary=_("Danh sách bài viết đã xuất bản"),
    tags=[_("Bài viết")],
    operation_id="articles_list",
)
def article_list(request, params: Query[ArticleFilters]):
    return article_json.article_page(api, request, params)


@api.get(
    "/articles/{id}/",
    response={200: schemas.ArticleDetail, **ERRORS},
    summary=_("Một bài viết"),
    tags=[_("Bài viết")],
    operation_id="articles_detail",
)
def article_detail(request, id: int = Id):  # noqa: A002 - the path parameter's public name
    return article_json.article_detail(api, request, id)


@api.get(
    "/documents/",
    response={200: document_schemas.DocumentPage, **ERRORS, 410: schemas.Error},
    summary=_("Danh sách văn bản đã công bố"),
    tags=[_("Văn bản")],
    operation_id="documents_list",
)
def document_list(request, params: Query[DocumentFilters]):
    return document_listing.document_list(request, params)


@api.get(
    "/documents/{id}/",
    response={200: document_schemas.DocumentDetail, **ERRORS},
    summary=_("Một văn bản"),
    tags=[_("Văn bản")],
    operation_id="documents_detail",
)
def document_detail(request, id: int = Id):  # noqa: A002
    return document_listing.document_detail(id)


def _pair(path, name, page_schema, item_schema, rows):
    """A list and a detail endpoint over `rows()`, under one tag in the docs."""
    noun = path.strip("/").replace("-", "_")

    @api.get(
        path,
        response={200: page_schema, **ERRORS},
        summary=name,
        tags=[name],
        operation_id=f"{noun}_list",
        url_name=f"{noun}_list",
    )
    def items(request, params: Query[PageParams]):
        return listing.paginate(request, rows(), params)

    @api.get(
        path + "{id}/",
        response={200: item_schema, **ERRORS},
        summary=name,
        tags=[name],
        operation_id=f"{noun}_detail",
        url_name=f"{noun}_detail",
    )
    def item(request, id: int = Id):  # noqa: A002
        return listing.one(rows(), id)


_pair("/categories/", _("Chuyên mục"), schemas.CategoryPage, schemas.Category, listing.categories)
_pair("/authors/", _("Tác giả"), schemas.AuthorPage, schemas.AuthorDetail, listing.authors)
_pair("/tags/", _("Thẻ"), schemas.TagPage, schemas.Tag, listing.tags)
_pair(
    "/pages/",
    _("Trang tĩnh"),
    schemas.StaticPagePage,
    schemas.StaticPageDetail,
    listing.static_pages,
)
_pair(
    "/document-types/",
    _("Loại văn bản"),
    document_schemas.ListItemPage,
    document_schemas.ListItem,
    document_listing.document_types,
)
_pair(
    "/issuing-bodies/",
    _("Cơ quan ban hành"),
    document_schemas.ListItemPage,
    document_schemas.ListItem,
    document_listing.issuing_bodies,
)
_pair(
    "/sectors/",
    _("Lĩnh vực"),
    document_schemas.ListItemPage,
    document_schemas.ListItem,
    document_listing.sectors,
)
