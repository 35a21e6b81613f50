from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingConfig(AppConfig):
    name = "training"
    verbose_name = _("SMILE training")

    def ready(self):
        from wagtail.signals import page_published

        from search.registry import register_page_type

        from .models import CoursePage
        from .privacy import on_publish

        register_page_type(CoursePage, _("Courses"))
        page_published.connect(on_publish, dispatch_uid="training_page_privacy")
