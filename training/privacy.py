"""Wagtail page privacy for staff-only courses.

Access is enforced when a page is served (``training.wagtail_hooks``); the
restriction keeps a staff-only course out of listings, search and the sitemap
for everyone else.
"""

from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from portal.roles import STAFF
from training.models import CoursePage


def sync_restriction(page):
    """Restrict the course ``page`` to Staff exactly when it is staff-only."""
    staff, _created = Group.objects.get_or_create(name=STAFF)
    ours = PageViewRestriction.objects.filter(
        page=page, restriction_type=PageViewRestriction.GROUPS, groups=staff
    )
    if not page.needs_staff_login:
        ours.delete()
    elif not ours.exists():
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.set([staff])


def on_publish(sender, instance, **kwargs):
    """``page_published`` receiver: a course's privacy follows its ``public_description``."""
    if isinstance(instance, CoursePage):
        sync_restriction(instance)
