from django.urls import path

from surveys.views import respond

app_name = "surveys"

urlpatterns = [
    path("link/<str:token>/", respond.linked_form, name="link"),
    path("<slug:slug>/", respond.survey_form, name="form"),
    path("<slug:slug>/thanks/", respond.thanks, name="thanks"),
]
