from django.contrib import admin

from importer.admin_import import ImportJobAdmin
from importer.models import ImportJob, Redirect


@admin.register(Redirect)
class RedirectAdmin(admin.ModelAdmin):
    list_display = ["old_path", "article", "page", "created_at"]
    search_fields = ["old_path"]
    raw_id_fields = ["article", "page"]
    list_select_related = ["article", "page"]


admin.site.register(ImportJob, ImportJobAdmin)
