from django.urls import path

from complaints import api

app_name = "complaints_api"

urlpatterns = [
    path("", api.intake, name="intake"),
    path("<str:reference>/", api.status, name="status"),
]
