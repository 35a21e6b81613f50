"""Reading and writing topics: the thread, new topics, replies, edits, accepted answers."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from communities import access, markup, posting
from communities.forms import EditForm, MoveForm, PostForm, TopicForm, parse_id
from communities.listing import remember_visit
from communities.models import Follow
from communities.views.common import (
    bound,
    localized,
    visible_community,
    visible_post,
    visible_topic,
)

POSTS_PER_PAGE = 25


def post_url(post):
    """The URL of ``post`` on its page of the thread."""
    position = post.topic.posts.filter(created_at__lt=post.created_at).count()
    page = position // POSTS_PER_PAGE + 1
    url = reverse("communities:topic", args=[post.topic_id])
    return f"{url}?page={page}#post-{post.pk}" if page > 1 else f"{url}#post-{post.pk}"


def _data(form):
    data = dict(form.cleaned_data)
    upload = form.files.get("attachment")
    data["attachment_name"] = upload.name if upload else ""
    return data


@access.staff_required
def topic_view(request, topic_id):
    topic = visible_topic(request, topic_id)
    user = request.user
    facilitator = access.is_facilitator(user, topic.community_id)
    posts = topic.posts.select_related("author").prefetch_related("attachments")
    page_obj = Paginator(posts, POSTS_PER_PAGE).get_page(request.GET.get("page"))
    previous_visit = remember_visit(user, topic=topic)
    accepted = topic.accepted_post
    context = {
        "topic": topic,
        "community": localized(topic.community),
        "page_obj": page_obj,
        "posts": page_obj.object_list,
        "accepted": accepted if accepted and not accepted.hidden else None,
        "previous_visit": previous_visit,
        "is_facilitator": facilitator,
        "may_accept": access.may_accept(user, topic),
        "may_post": access.may_post(user, topic.community) and not topic.locked,
        "following": Follow.objects.filter(user=user, topic=topic).exists(),
        "form": PostForm(),
        "move_targets": (
            MoveForm(topic=topic, user=user).fields["community"].queryset if facilitator else []
        ),
    }
    return render(request, "communities/topic.html", context)


@access.staff_required
def new_topic(request, community_id):
    community = visible_community(request.user, community_id)
    if not access.may_post(request.user, community):
        return access.deny(request, _("Join this community to start a topic in it."))
    form = TopicForm(*bound(request))
    if request.method == "POST" and form.is_valid():
        try:
            post, created = posting.start_topic(community, request.user, _data(form))
        except posting.PostingError as error:
            form.add_error(None, str(error))
        else:
            if created:
                messages.success(request, _("Your topic has been posted."))
            return redirect("communities:topic", post.topic_id)
    page = localized(community)
    context = {
        "form": form,
        "community": page,
        "heading": _("Start a topic"),
        "submit_label": _("Post topic"),
        "cancel_url": page.home_url,
    }
    return render(request, "communities/post_form.html", context)


@access.staff_required
def reply(request, topic_id):
    topic = visible_topic(request, topic_id)
    if not access.may_post(request.user, topic.community):
        return access.deny(request, _("Join this community to reply in it."))
    if topic.locked:
        messages.error(request, _("This topic is locked: it takes no new replies."))
        return redirect("communities:topic", topic.pk)
    initial = {}
    quoted = parse_id(request.GET.get("quote"))
    if quoted is not None:
        quoted_post = visible_post(request, quoted)
        if quoted_post.topic_id == topic.pk and not quoted_post.hidden:
            initial["body"] = markup.quote(quoted_post)
    form = PostForm(*bound(request), initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            post, created = posting.reply(topic, request.user, _data(form))
        except posting.PostingError as error:
            form.add_error(None, str(error))
        else:
            if created:
                messages.success(request, _("Your reply has been posted."))
            return redirect(post_url(post))
    context = {
        "form": form,
        "topic": topic,
        "community": localized(topic.community),
        "heading": _("Reply"),
        "submit_label": _("Post reply"),
        "cancel_url": reverse("communities:topic", args=[topic.pk]),
    }
    return render(request, "communities/post_form.html", context)


@access.staff_required
def edit_post(request, post_id):
    post = visible_post(request, post_id)
    if not access.may_edit(request.user, post):
        return access.deny(request, _("You can only edit your own posts."))
    form = EditForm(*bound(request)[:1], initial={"body": post.body_source})
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        posting.edit(post, request.user, data)
        messages.success(request, _("Your changes have been saved."))
        return redirect(post_url(post))
    context = {
        "form": form,
        "topic": post.topic,
        "heading": _("Edit post"),
        "submit_label": _("Save changes"),
        "cancel_url": post_url(post),
    }
    return render(request, "communities/post_form.html", context)


@access.staff_required
def post_history(request, post_id):
    post = visible_post(request, post_id)
    if not access.is_facilitator(request.user, post.topic.community_id):
        return access.deny(request, _("Edit histories are for the community's facilitators."))
    revisions = post.revisions.select_related("edited_by")
    page_obj = Paginator(revisions, POSTS_PER_PAGE).get_page(request.GET.get("page"))
    context = {"post": post, "topic": post.topic, "page_obj": page_obj}
    return render(request, "communities/history.html", context)


@require_POST
@access.staff_required
def accept(request, post_id):
    post = visible_post(request, post_id)
    topic = post.topic
    if not access.may_accept(request.user, topic):
        return access.deny(
            request, _("Only the topic's author or a facilitator can mark the answer.")
        )
    if request.POST.get("undo"):
        posting.unaccept(topic)
        messages.success(request, _("The topic is no longer marked as solved."))
    elif post.is_opening or post.hidden:
        messages.error(request, _("Only a visible reply can be the accepted answer."))
    else:
        posting.accept(post, request.user)
        messages.success(request, _("The reply is marked as the accepted answer."))
    return redirect("communities:topic", topic.pk)
