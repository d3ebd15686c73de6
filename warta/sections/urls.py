from django.urls import path

from warta.sections import views

urlpatterns = [
    path("manifest.webmanifest", views.manifest, name="manifest"),
    path("warna.css", views.brand_css, name="brand_css"),
]
