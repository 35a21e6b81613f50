"""Membership, following, notifications and the one-click digest unsubscribe.

Joining, following a community and following a topic are routes of the community
page (``CommunityPage``), which calls these views with itself once the user may see
it (``communities.wagtail_hooks``)."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from communities import access, bell, markup, tokens
from communities.forms import parse_id
from communities.links import topic_url, with_topic_urls
from communities.listing import visible_notifications
from communities.models.membership import Follow, Membership
from communities.models.notifications import EmailPreference, Notification
from communities.views.common import link_expired, page_topic

NOTIFICATIONS_PER_PAGE = 20


def _back(request, fallback):
    """Return to the page the form was on (only a local path), else ``fallback``."""
    target = request.POST.get("next", "")
    if markup.is_local_path(target) and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    return redirect(fallback)


@require_POST
def membership(request, page):
    community = page.source
    if request.POST.get("action") == "leave":
        left, _details = Membership.objects.filter(
            user=request.user, community=community, role=Membership.MEMBER
        ).delete()
        if left:
            messages.success(request, _("You have left the community."))
    else:
        Membership.objects.get_or_create(user=request.user, community=community)
        messages.success(request, _("Welcome! You are now a member of the community."))
    return _back(request, page.url)


@require_POST
def follow_community(request, page):
    _toggle(request, community=page.source)
    return _back(request, page.url)


@require_POST
def follow_topic(request, page, topic_id):
    topic = page_topic(request, page, topic_id)
    _toggle(request, topic=topic)
    return redirect(topic_url(topic, page))


def _toggle(request, community=None, topic=None):
    with transaction.atomic():
        if request.POST.get("action") == "unfollow":
            Follow.objects.filter(user=request.user, community=community, topic=topic).delete()
            messages.success(request, _("You will no longer be notified about this."))
        else:
            Follow.objects.get_or_create(user=request.user, community=community, topic=topic)
            messages.success(request, _("You will be notified about new posts here."))


@access.staff_required
def notifications(request):
    found = visible_notifications(request.user).select_related("actor", "topic__community")
    page_obj = Paginator(found, NOTIFICATIONS_PER_PAGE).get_page(request.GET.get("page"))
    page_obj.object_list = with_topic_urls(page_obj.object_list, lambda note: note.topic, request)
    unread = visible_notifications(request.user).filter(read_at__isnull=True).count()
    preference = EmailPreference.objects.filter(user=request.user).first()
    context = {
        "page_obj": page_obj,
        "notifications": page_obj.object_list,
        "unread": unread,
        "digest": preference.digest if preference else True,
    }
    return render(request, "communities/notifications.html", context)


@require_POST
@access.staff_required
def mark_read(request):
    found = Notification.objects.filter(recipient=request.user, read_at__isnull=True)
    if "notification" in request.POST:  # one of them; an id that is not one marks none
        chosen = parse_id(request.POST["notification"])
        found = found.filter(pk=chosen) if chosen is not None else found.none()
    found.update(read_at=timezone.now())
    bell.changed([request.user.pk])
    return redirect("communities:notifications")


@require_POST
@access.staff_required
def email_preference(request):
    digest = request.POST.get("digest") == "on"
    EmailPreference.objects.update_or_create(user=request.user, defaults={"digest": digest})
    if digest:
        messages.success(request, _("You will receive a digest e-mail of your notifications."))
    else:
        messages.success(request, _("You will no longer receive digest e-mails."))
    return redirect("communities:notifications")


@require_POST
@access.staff_required
def reset_links(request):
    """Revoke the user's personal feed and unsubscribe links (a leaked feed URL stops
    working at once); the community pages then show a new feed link."""
    tokens.reset(request.user)
    messages.success(
        request,
        _(
            "Your personal feed links and e-mail unsubscribe links have been reset: the old "
            "ones no longer work. Copy the new feed link from the community page into your "
            "feed reader."
        ),
    )
    return _back(request, "communities:notifications")


@csrf_exempt  # one-click unsubscribe (RFC 8058) posts from the mail client; the token is the proof
def unsubscribe(request, token):
    user = tokens.user_for(token, tokens.UNSUBSCRIBE_SALT)
    if user is None:
        return link_expired(request)
    done = request.method == "POST"
    if done:
        EmailPreference.objects.update_or_create(user=user, defaults={"digest": False})
    return render(request, "communities/unsubscribe.html", {"done": done, "token": token})
