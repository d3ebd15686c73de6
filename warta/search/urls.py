from django.urls import path

from warta.search import views

app_name = "search"
urlpatterns = [path("cari/", views.search, name="search")]
