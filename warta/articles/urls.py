from django.urls import path

from warta.articles import views

app_name = "articles"
urlpatterns = [
    path("topik/<str:slug>/", views.topic_detail, name="topic"),
]
