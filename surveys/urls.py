from django.urls import path

from surveys.views import kiosk, reports, respond

app_name = "surveys"

urlpatterns = [
    path("reports/", reports.report_index, name="reports"),
    path("reports/compare/", reports.compare, name="compare"),
    path("reports/region/", reports.region, name="region"),
    path("reports/<int:pk>/", reports.survey_report, name="report"),
    path("reports/<int:pk>/print/", reports.survey_print, name="report_print"),
    path("reports/<int:pk>/pdf/", reports.survey_pdf, name="report_pdf"),
    path("reports/<int:pk>/csv/", reports.survey_csv, name="report_csv"),
    path("link/<str:token>/", respond.linked_form, name="link"),
    path("kiosk/<str:token>/", kiosk.kiosk_page, name="kiosk"),
    path("kiosk/<str:token>/answer/", kiosk.kiosk_answer, name="kiosk_answer"),
    path("<slug:slug>/", respond.survey_form, name="form"),
    path("<slug:slug>/thanks/", respond.thanks, name="thanks"),
]
