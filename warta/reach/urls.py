from django.urls import path

from warta.reach import views

app_name = "reach"
urlpatterns = [path("r/<str:code>/", views.click, name="click")]
