from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _


class JobsConfig(AppConfig):
    name = "jobs"
    verbose_name = _("Công việc nền")

    def ready(self):
        # Every app's tasks.py: its jobs and periodic schedules register themselves.
        autodiscover_modules("tasks")
