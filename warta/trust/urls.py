from django.urls import path

from warta.trust import views

app_name = "trust"
urlpatterns = [
    path("ralat/", views.corrections, name="corrections"),
    path("ralat/rss/", views.CorrectionFeed(), name="corrections-rss"),
    path("pencabutan/", views.takedowns, name="takedowns"),
    path(
        "liputan-langsung/<int:page_id>/pembaruan.json",
        views.live_updates,
        name="live-updates",
    ),
]
