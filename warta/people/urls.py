from django.urls import path

from warta.people import views

app_name = "people"
urlpatterns = [
    path("penulis/<slug:slug>/", views.person_detail, name="person"),
    path("kantor-berita/<slug:slug>/", views.agency_detail, name="agency"),
]
