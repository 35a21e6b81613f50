from django.urls import path

from contests.views import entries, export, files, judging, manage, results

app_name = "contests"

urlpatterns = [
    path("enter/<int:category_id>/", entries.submit, name="submit"),
    path("my-entries/", entries.my_entries, name="my_entries"),
    path("entries/<str:code>/edit/", entries.edit, name="edit_entry"),
    path("entries/<str:code>/withdraw/", entries.withdraw, name="withdraw_entry"),
    path("files/<str:code>.png", files.logo, name="logo"),
    path("judging/", judging.dashboard, name="judging"),
    path("judging/<int:round_id>/<str:code>/", judging.score, name="score"),
    path("judging/<int:round_id>/<str:code>/conflict/", judging.conflict, name="conflict"),
    path("<int:contest_id>/results/", results.overview, name="results"),
    path(
        "<int:contest_id>/results/<int:category_id>/",
        results.category_results,
        name="results_category",
    ),
    path("manage/", manage.contest_list, name="manage"),
    path("manage/<int:contest_id>/", manage.progress, name="progress"),
    path("manage/<int:contest_id>/entries/", manage.entries, name="manage_entries"),
    path("manage/<int:contest_id>/audit/", manage.audit_log, name="audit"),
    path("manage/<int:contest_id>/scores.csv", export.scores_csv, name="scores_csv"),
    path(
        "manage/<int:contest_id>/categories/<int:category_id>/rounds/",
        manage.start_round,
        name="start_round",
    ),
    path("manage/rounds/<int:round_id>/assign/", manage.assign_judges, name="assign"),
    path("manage/rounds/<int:round_id>/close/", manage.close_round, name="close_round"),
    path("manage/<int:contest_id>/publish/", manage.publish, name="publish"),
    path("manage/<int:contest_id>/withdraw/", manage.withdraw_results, name="withdraw_results"),
]
