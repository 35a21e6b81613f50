"""Reports, the facilitators' queue, hide/restore/lock/pin/move, and capturing knowledge.

Moderating and capturing a topic are routes of the community page
(``CommunityPage``), which calls these views with itself once the user may see it
(``communities.wagtail_hooks``)."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.db import IntegrityError, transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from communities import access, capture, moderation
from communities.forms import MoveForm, ReportForm
from communities.links import topic_url, with_topic_urls
from communities.models.moderation import ModerationAction, Report
from communities.views.common import bound, page_topic, visible_post
from communities.views.topics import post_url

QUEUE_PER_PAGE = 20


@access.staff_required
def report(request, post_id):
    post = visible_post(request, post_id)
    form = ReportForm(*bound(request)[:1])
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                Report.objects.create(post=post, reporter=request.user, **form.cleaned_data)
        except IntegrityError:
            messages.info(request, _("You have already reported this post. Thank you."))
        else:
            messages.success(request, _("Thank you. A facilitator will look at the post."))
        return redirect(post_url(post))
    context = {"form": form, "post": post, "topic_url": topic_url(post.topic)}
    return render(request, "communities/report_form.html", context)


@access.staff_required
def queue(request):
    ids = access.facilitated_community_ids(request.user)
    if ids is not None and not ids:
        return access.deny(request, _("The moderation queue is for facilitators."))
    visible = access.visible_community_ids(request.user)
    reports = Report.objects.filter(
        resolved_at__isnull=True, post__topic__community_id__in=visible
    ).select_related("post__author", "post__topic__community", "reporter")
    actions = ModerationAction.objects.filter(topic__community_id__in=visible).select_related(
        "actor", "topic__community", "post"
    )
    if ids is not None:
        reports = reports.filter(post__topic__community_id__in=ids)
        actions = actions.filter(topic__community_id__in=ids)
    page_obj = Paginator(reports, QUEUE_PER_PAGE).get_page(request.GET.get("page"))
    listed = with_topic_urls(
        [*page_obj.object_list, *actions[:20]],
        lambda item: item.post.topic if isinstance(item, Report) else item.topic,
        request,
    )
    reports = listed[: len(page_obj.object_list)]
    context = {"page_obj": page_obj, "reports": reports, "actions": listed[len(reports) :]}
    return render(request, "communities/moderation.html", context)


def _facilitator_only(request, community_id):
    if access.is_facilitator(request.user, community_id):
        return None
    return access.deny(request, _("Only the community's facilitators can do this."))


@require_POST
def moderate_topic(request, page, topic_id):
    topic = page_topic(request, page, topic_id)
    refused = _facilitator_only(request, topic.community_id)
    if refused:
        return refused
    action = request.POST.get("action")
    if action == ModerationAction.MOVE:
        form = MoveForm(request.POST, topic=topic, user=request.user)
        if not form.is_valid():
            messages.error(request, _("Choose the community to move the topic to."))
            return redirect(topic_url(topic, page))
        moderation.move(topic, form.cleaned_data["community"], request.user)
    elif action in moderation.TOPIC_FLAGS:
        moderation.moderate_topic(topic, action, request.user)
    else:
        messages.error(request, _("Unknown action."))
        return redirect(topic_url(topic, page))
    messages.success(request, _("Done: %(action)s.") % {"action": _action_label(action)})
    return redirect(topic_url(topic))  # under its community's page, a new one after a move


@require_POST
@access.staff_required
def moderate_post(request, post_id):
    post = visible_post(request, post_id)
    refused = _facilitator_only(request, post.topic.community_id)
    if refused:
        return refused
    action = request.POST.get("action")
    if action not in moderation.POST_FLAGS:
        messages.error(request, _("Unknown action."))
    else:
        moderation.moderate_post(post, action, request.user)
        messages.success(request, _("Done: %(action)s.") % {"action": _action_label(action)})
    if request.POST.get("next") == "queue":
        return redirect("communities:moderation")
    return redirect(post_url(post))


@require_POST
@access.staff_required
def resolve(request, report_id):
    found = get_object_or_404(Report.objects.select_related("post__topic"), pk=report_id)
    if not access.may_see_post(request.user, found.post):
        return access.deny(request, _("Only the community's facilitators can do this."))
    refused = _facilitator_only(request, found.post.topic.community_id)
    if refused:
        return refused
    moderation.resolve(found, request.user)
    messages.success(request, _("The report is resolved."))
    return redirect("communities:moderation")


@require_POST
def capture_view(request, page, topic_id):
    topic = page_topic(request, page, topic_id)
    refused = _facilitator_only(request, topic.community_id)
    if refused:
        return refused
    if not topic.solved:
        messages.error(request, _("Only a solved topic can become a knowledge article."))
        return redirect(topic_url(topic, page))
    created = capture.capture(topic, request.user)[1]
    if created:
        messages.success(
            request,
            _(
                "A draft knowledge article was created. An editor will review and publish it "
                "through the normal workflow."
            ),
        )
    else:
        messages.info(request, _("This topic has already been captured as a knowledge article."))
    return redirect(topic_url(topic, page))


def _action_label(action):
    return dict(ModerationAction.ACTIONS)[action]
