"""Who belongs to, follows and last visited which community or topic."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Membership(models.Model):
    MEMBER = "member"
    FACILITATOR = "facilitator"
    ROLES = [(MEMBER, _("Member")), (FACILITATOR, _("Facilitator"))]

    community = models.ForeignKey(
        "communities.CommunityPage", on_delete=models.CASCADE, related_name="memberships"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="community_memberships"
    )
    role = models.CharField(_("role"), max_length=20, choices=ROLES, default=MEMBER)
    joined_at = models.DateTimeField(_("joined"), default=timezone.now)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["community", "user"], name="one_membership_per_user")
        ]

    def __str__(self):
        return f"{self.user} @ {self.community_id} ({self.role})"


class _PerTarget(models.Model):
    """Something a user holds about exactly one community or one topic."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    community = models.ForeignKey(
        "communities.CommunityPage",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    topic = models.ForeignKey(
        "communities.Topic", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )

    class Meta:
        abstract = True

    @classmethod
    def target_constraints(cls, prefix):
        return [
            models.CheckConstraint(
                condition=Q(community__isnull=True, topic__isnull=False)
                | Q(community__isnull=False, topic__isnull=True),
                name=f"{prefix}_one_target",
            ),
            models.UniqueConstraint(
                fields=["user", "community"],
                condition=Q(topic__isnull=True),
                name=f"{prefix}_once_per_community",
            ),
            models.UniqueConstraint(
                fields=["user", "topic"],
                condition=Q(community__isnull=True),
                name=f"{prefix}_once_per_topic",
            ),
        ]


class Follow(_PerTarget):
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("follow")
        verbose_name_plural = _("follows")
        constraints = _PerTarget.target_constraints("follow")

    def __str__(self):
        return f"{self.user} → {self.topic or self.community}"


class LastVisit(_PerTarget):
    """When the user last opened a community or topic ("new since your last visit")."""

    seen_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("last visit")
        verbose_name_plural = _("last visits")
        constraints = _PerTarget.target_constraints("lastvisit")

    def __str__(self):
        return f"{self.user} @ {self.topic or self.community}: {self.seen_at:%Y-%m-%d %H:%M}"
