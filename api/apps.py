from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "api"
    verbose_name = "API dữ liệu mở"

    def ready(self):
        from api import tombstones

        tombstones.connect_signals()
