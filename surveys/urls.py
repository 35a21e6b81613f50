from django.urls import path

from surveys.views import kiosk, respond

app_name = "surveys"

urlpatterns = [
    path("link/<str:token>/", respond.linked_form, name="link"),
    path("kiosk/<str:token>/", kiosk.kiosk_page, name="kiosk"),
    path("kiosk/<str:token>/answer/", kiosk.kiosk_answer, name="kiosk_answer"),
    path("<slug:slug>/", respond.survey_form, name="form"),
    path("<slug:slug>/thanks/", respond.thanks, name="thanks"),
]
