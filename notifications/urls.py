from django.contrib import admin
from django.urls import path

from notifications import views

app_name = "notifications"
staff = admin.site.admin_view  # login, staff only, never cached, like every admin page

urlpatterns = [
    path("", staff(views.notification_list), name="list"),
    path("<int:pk>/", staff(views.open_notification), name="open"),
    path("doc-het/", staff(views.mark_all_read), name="mark-all-read"),
]
