from django.urls import path

from warta.popularity import views

app_name = "popularity"
urlpatterns = [
    path("v/<int:page_id>/", views.count_view, name="view"),
]
