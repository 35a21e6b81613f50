"""The demo names what editors see in Thai: the moderation workflow and its task
(Wagtail's migrations call them "Moderators approval"), and the admin's site name."""

import pytest
from django.conf import settings
from django.utils import translation
from wagtail.models import Task, Workflow

from portal.demo.loader import WAGTAIL_WORKFLOW_NAME, WORKFLOW_NAME

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def test_the_moderation_workflow_and_its_task_have_thai_names():
    assert list(Workflow.objects.values_list("name", flat=True)) == [WORKFLOW_NAME]
    assert not Task.objects.filter(name=WAGTAIL_WORKFLOW_NAME).exists()
    assert Task.objects.filter(name=WORKFLOW_NAME).exists()


def test_the_admin_site_name_is_thai_in_thai_and_english_in_english():
    with translation.override("en"):
        assert str(settings.WAGTAIL_SITE_NAME) == "SMILE KM Portal"
    with translation.override("th"):
        assert str(settings.WAGTAIL_SITE_NAME) != "SMILE KM Portal"
