from django.urls import path

from warta.comments import views

app_name = "comments"
urlpatterns = [
    path("komentar/<int:page_id>/tulis/", views.write, name="write"),
    path("komentar/<int:page_id>/terkirim/", views.posted, name="posted"),
    path("komentar/<int:comment_id>/laporkan/", views.report, name="report"),
    path("komentar/data-saya/", views.my_data, name="my_data"),
]
