from django.urls import path

from warta.push import views

app_name = "push"
urlpatterns = [
    path("sw.js", views.service_worker, name="worker"),
    path("notifikasi/kunci/", views.key, name="key"),
    path("notifikasi/langganan/", views.subscribe, name="subscribe"),
    path("notifikasi/berhenti/", views.unsubscribe, name="unsubscribe"),
]
