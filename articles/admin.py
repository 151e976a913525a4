from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from articles.admin_workflow import ArticleWorkflowForm, WorkflowAdminMixin
from articles.models import Article, Author, Category
from articles.widgets import RichTextWidget


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "parent", "position", "show_on_home"]
    list_editable = ["position", "show_on_home"]
    list_filter = ["show_on_home"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent"]


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    list_display = ["name", "unit", "user"]
    search_fields = ["name", "unit"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["user"]


@admin.register(Article)
class ArticleAdmin(WorkflowAdminMixin, SimpleHistoryAdmin):
    form = ArticleWorkflowForm
    list_display = ["title", "status", "category", "authors_display", "published_at", "featured"]
    list_filter = ["status", "featured", "category"]
    date_hierarchy = "published_at"
    search_fields = ["title", "sapo"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["category", "authors", "related_picks"]
    list_select_related = ["category"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "sapo", "body"]}),
        (_("Ảnh đại diện"), {"fields": ["cover_image", "cover_alt", "cover_caption"]}),
        (
            _("Phân loại"),
            {"fields": ["category", "tags", "authors", "source", "related_picks"]},
        ),
        (_("Xuất bản"), {"fields": ["status", "published_at", "featured", "review_note"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("authors")

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "body":
            kwargs["widget"] = RichTextWidget()
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    @admin.display(description=_("tác giả"))
    def authors_display(self, obj):
        return ", ".join(a.name for a in obj.authors.all())
