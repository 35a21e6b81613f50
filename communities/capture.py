"""Turning a solved topic into a draft knowledge article (tacit → explicit knowledge)."""

import json

from django.db import transaction
from django.utils.translation import gettext as _

from communities.models.topics import Topic
from core.slugs import slugify


def _body(topic):
    """StreamField blocks: the question and the accepted answer, each under a heading."""
    question = topic.posts.get(is_opening=True)

    def heading(text):
        return {"type": "heading", "value": {"text": str(text), "level": "h2"}}

    return [
        heading(_("The question")),
        {"type": "paragraph", "value": question.body_html},
        heading(_("The accepted answer")),
        {"type": "paragraph", "value": topic.accepted_post.body_html},
    ]


@transaction.atomic
def capture(topic, user):
    """Create the article as a draft child of the community (once per topic).

    Returns (article, created). The article still needs an editor to publish it
    through Wagtail's normal workflow.
    """
    topic = Topic.objects.select_for_update().get(pk=topic.pk)
    if topic.article_id:
        return topic.article, False
    community = topic.community
    contributors = {topic.author_id, topic.accepted_post.author_id}
    contributors |= set(topic.posts.filter(hidden=False).values_list("author_id", flat=True))
    slug = slugify(f"{topic.title} {topic.pk}", max_length=200) or f"topic-{topic.pk}"
    article = community.new_article(
        title=topic.title,
        slug=slug,
        summary=_("Captured from a solved discussion in the community."),
        body=json.dumps(_body(topic)),
        live=False,
        owner=user,
        source_topic=topic,
    )
    community.add_child(instance=article)
    article.contributors.set(sorted(contributors))
    article.save()
    article.save_revision(user=user, log_action=True)
    topic.article = article
    topic.save(update_fields=["article"])
    return article, True
