from django.urls import path

from taxcompass import api

app_name = "taxcompass_api"

urlpatterns = [path("estimate/", api.estimate, name="estimate")]
