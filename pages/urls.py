from django.urls import path

from pages import views

app_name = "pages"

urlpatterns = [
    path("<slug:slug>/", views.page_detail, name="page"),
    path("<slug:slug>/en/", views.page_detail, {"english": True}, name="page-en"),
]
