from django.urls import path

from training.views import certificates, learning, report

app_name = "training"

urlpatterns = [
    path("my-learning/", learning.my_learning, name="my_learning"),
    path("courses/<int:course_id>/enrol/", learning.enrol_view, name="enrol"),
    path("lessons/<int:lesson_id>/done/", learning.complete_view, name="complete_lesson"),
    path(
        "courses/<int:course_id>/certificate/",
        certificates.certificate_view,
        name="certificate",
    ),
    path(
        "courses/<int:course_id>/certificate.pdf",
        certificates.certificate_pdf,
        name="certificate_pdf",
    ),
    path("verify/", certificates.verify_form, name="verify_form"),
    path("verify/<str:code>/", certificates.verify, name="verify"),
    path("report/", report.report, name="report"),
    path("report/csv/", report.report_csv, name="report_csv"),
]
