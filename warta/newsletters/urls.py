from django.urls import path

from warta.newsletters import views

app_name = "newsletters"
urlpatterns = [
    path("nawala/", views.signup, name="signup"),
    path("nawala/konfirmasi/<str:token>/", views.confirm, name="confirm"),
    path("nawala/berhenti/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("nawala/arsip/", views.archive, name="archive"),
    path("nawala/arsip/<int:pk>/", views.issue, name="issue"),
]
