from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin
from taggit.models import Tag

from articles import workflow
from articles.admin_editing import EditingAdminMixin
from articles.admin_history import HistoryAdminMixin
from articles.admin_publishing import PublicationStateFilter, workflow_publish
from articles.admin_tags import TagMergeAdmin
from articles.admin_workflow import WorkflowAdminMixin, WorkflowFormMixin
from articles.forms import SLUG_MEDIA, ArticleAdminForm, AuthorAdminForm
from articles.models import Article, Author, Category
from core.admin_lists import FoldedSearchMixin, ordered_column


class ArticleForm(WorkflowFormMixin, ArticleAdminForm):
    """Image intake, tag and editor widgets (ArticleAdminForm) plus optimistic locking."""


@admin.register(Category)
class CategoryAdmin(FoldedSearchMixin, admin.ModelAdmin):
    list_display = [
        ordered_column(Category, "name", "sort_key"),
        "parent",
        "position",
        "show_on_home",
    ]
    ordering = ["sort_key"]
    list_editable = ["position", "show_on_home"]
    list_filter = ["show_on_home"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent"]

    @property
    def media(self):
        return super().media + SLUG_MEDIA


@admin.register(Author)
class AuthorAdmin(FoldedSearchMixin, admin.ModelAdmin):
    form = AuthorAdminForm
    list_display = [ordered_column(Author, "name", "sort_key"), "unit", "user"]
    ordering = ["sort_key"]
    search_fields = ["name", "unit"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["user"]


@admin.register(Article)
class ArticleAdmin(
    FoldedSearchMixin, EditingAdminMixin, HistoryAdminMixin, WorkflowAdminMixin, SimpleHistoryAdmin
):
    form = ArticleForm
    actions = [*WorkflowAdminMixin.actions, workflow_publish]
    list_display = ["title", "state", "category", "authors_display", "published_at", "featured"]
    list_filter = [PublicationStateFilter, "featured", "category", "authors", "published_at"]
    date_hierarchy = "published_at"
    search_fields = ["folded_text", "authors__name"]  # folded_text: title and sapo
    folded_columns = ["folded_text"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["category", "authors", "related_picks"]
    list_select_related = ["category"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "sapo", "body"]}),
        (
            _("Ảnh đại diện"),
            {"fields": ["cover_image", "cover_source", "cover_alt", "cover_caption"]},
        ),
        (
            _("Phân loại"),
            {"fields": ["category", "tags", "authors", "source", "related_picks"]},
        ),
        (_("Xuất bản"), {"fields": ["status", "published_at", "featured", "review_note"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("authors")

    @admin.display(description=_("trạng thái"), ordering="status")
    def state(self, obj):
        return workflow.publication_state(obj)

    @admin.display(description=_("tác giả"))
    def authors_display(self, obj):
        return ", ".join(a.name for a in obj.authors.all())


admin.site.unregister(Tag)


@admin.register(Tag)
class NewsroomTagAdmin(FoldedSearchMixin, TagMergeAdmin):
    """taggit's own admin (its merge in Vietnamese), searched and sorted the Vietnamese way."""

    list_display = [ordered_column(Tag, "name", "sort_key__key", _("tên thẻ")), "slug"]
    ordering = ["sort_key__key", "name"]
