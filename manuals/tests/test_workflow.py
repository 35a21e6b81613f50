"""Manuals are published through Wagtail's moderation workflow."""

import pytest
from wagtail.models import WorkflowState

from manuals.factories import ManualIndexPageFactory, ServiceManualPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def manual_index(site):
    """A manual index in the intranet, under the workflow Wagtail's migrations set up
    (``tests.world.platform`` gives the test database the same)."""
    return ManualIndexPageFactory(parent=site.intranet)


def test_editor_submits_and_moderator_approves_then_the_manual_is_live(user_for, manual_index):
    editor, moderator = user_for("editor"), user_for("moderator")
    manual = ServiceManualPageFactory(parent=manual_index, live=False, title="มาตรฐานฉบับร่าง")
    manual.save_revision(user=editor)
    assert not manual.permissions_for_user(editor).can_publish()

    workflow = manual.get_workflow()
    assert workflow is not None and workflow.active
    state = workflow.start(manual, editor)
    assert state.status == WorkflowState.STATUS_IN_PROGRESS

    task_state = state.current_task_state
    task = task_state.task.specific
    assert task.get_actions(manual, editor) == []
    assert [action[0] for action in task.get_actions(manual, moderator)][:2] == [
        "reject",
        "approve",
    ]
    task.on_action(task_state, moderator, "approve")

    manual.refresh_from_db()
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert manual.live
    assert manual.get_latest_revision().user == editor


def test_editor_submits_through_the_admin_edit_form(sign_in, user_for, manual_index):
    editor = user_for("editor")
    manual = ServiceManualPageFactory(parent=manual_index, live=False)
    manual.save_revision(user=editor)
    form = sign_in("editor").get(f"/admin/pages/{manual.pk}/edit/")
    assert form.status_code == 200
    assert "action-submit" in form.content.decode()
