"""The desks' calendar feeds, outside the admin (calendar apps cannot log in)."""

from django.urls import re_path

from warta.planning import views

urlpatterns = [
    re_path(
        r"^kalender/rencana/(?P<token>[A-Za-z0-9_-]{20,64})\.ics$",
        views.feed,
        name="planning_feed",
    ),
]
