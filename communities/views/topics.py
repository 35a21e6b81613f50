"""Reading and writing topics: the thread, new topics, replies, edits, accepted answers.

The thread, new topics and replies are routes of the community page
(``CommunityPage``), which calls these views with itself once the user may see it
(``communities.wagtail_hooks``); edits and accepted answers are about one post,
wherever its topic lives.
"""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from communities import access, markup, posting
from communities.forms import EditForm, MoveForm, PostForm, TopicForm, parse_id
from communities.links import topic_url
from communities.listing import remember_visit
from communities.models.membership import Follow
from communities.views.common import (
    bound,
    page_topic,
    visible_post,
    visible_topic,
)

POSTS_PER_PAGE = 25


def post_url(post, page=None):
    """The URL of ``post`` on its page of the thread (under ``page``, a page of its
    community, by default the community's page in the active language)."""
    position = post.topic.posts.filter(created_at__lt=post.created_at).count()
    number = position // POSTS_PER_PAGE + 1
    url = topic_url(post.topic, page)
    return f"{url}?page={number}#post-{post.pk}" if number > 1 else f"{url}#post-{post.pk}"


def _data(form):
    data = dict(form.cleaned_data)
    upload = form.files.get("attachment")
    data["attachment_name"] = upload.name if upload else ""
    return data


def topic_view(request, page, topic_id):
    topic = visible_topic(request, topic_id)
    if topic.community_id != page.source.pk:  # moved, or asked for under another community
        return redirect(topic_url(topic))
    user = request.user
    facilitator = access.is_facilitator(user, topic.community_id)
    posts = topic.posts.select_related("author").prefetch_related("attachments")
    page_obj = Paginator(posts, POSTS_PER_PAGE).get_page(request.GET.get("page"))
    previous_visit = remember_visit(user, topic=topic)
    accepted = topic.accepted_post
    context = {
        "topic": topic,
        "community": page,
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


def new_topic(request, page):
    community = page.source
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
            return redirect(topic_url(post.topic, page))
    context = {
        "form": form,
        "community": page,
        "heading": _("Start a topic"),
        "submit_label": _("Post topic"),
        "cancel_url": page.url,
    }
    return render(request, "communities/post_form.html", context)


def reply(request, page, topic_id):
    topic = page_topic(request, page, topic_id)
    thread = topic_url(topic, page)
    if not access.may_post(request.user, topic.community):
        return access.deny(request, _("Join this community to reply in it."))
    if topic.locked:
        messages.error(request, _("This topic is locked: it takes no new replies."))
        return redirect(thread)
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
            return redirect(post_url(post, page))
    context = {
        "form": form,
        "topic": topic,
        "topic_url": thread,
        "community": page,
        "heading": _("Reply"),
        "submit_label": _("Post reply"),
        "cancel_url": thread,
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
        "topic_url": topic_url(post.topic),
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
    context = {
        "post": post,
        "topic": post.topic,
        "topic_url": topic_url(post.topic),
        "page_obj": page_obj,
    }
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
    return redirect(topic_url(topic))
