from django.urls import path

from taxcompass import views

app_name = "taxcompass"

urlpatterns = [
    path("", views.my_estimates, name="my_estimates"),
    path("save/", views.save_estimate, name="save"),
    path("<int:pk>/", views.saved_estimate, name="estimate"),
    path("<int:pk>/delete/", views.delete_estimate, name="delete"),
]
