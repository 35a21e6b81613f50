from django.urls import path

from complaints.views import citizen, office_statistics, officer, posters, statistics

app_name = "complaints"

urlpatterns = [
    path("new/", citizen.file_complaint, name="new"),
    path("filed/", citizen.filed, name="filed"),
    path("track/", citizen.find, name="track"),
    path("track/<str:reference>/", citizen.detail, name="detail"),
    path("track/<str:reference>/answer/", citizen.answer, name="answer"),
    path("track/<str:reference>/confirm/", citizen.confirm, name="confirm"),
    path("track/<str:reference>/reopen/", citizen.reopen, name="reopen"),
    path("statistics/", statistics.statistics_page, name="statistics"),
    path("statistics/monthly.json", statistics.monthly_json, name="monthly_json"),
    path("statistics/monthly.csv", statistics.monthly_csv, name="monthly_csv"),
    path("inbox/", officer.inbox_view, name="inbox"),
    path("inbox/export.csv", statistics.export_csv, name="export_csv"),
    path("inbox/record/", officer.record, name="record"),
    path(
        "inbox/statistics/",
        office_statistics.office_statistics_page,
        name="office_statistics",
    ),
    path("inbox/posters/", posters.poster_list, name="posters"),
    path("inbox/posters/<str:code>.pdf", posters.poster, name="poster"),
    path("inbox/<str:reference>/", officer.detail, name="officer_detail"),
    path(
        "inbox/<str:reference>/files/<int:attachment_id>/",
        officer.attachment,
        name="officer_attachment",
    ),
    path("inbox/<str:reference>/<slug:name>/", officer.act, name="act"),
]
