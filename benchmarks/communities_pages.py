"""Server-side rendering time and query counts of the community pages at scale.

Builds the demo site plus 10 000 topics and 100 000 posts (bulk_create) in a
throwaway SQLite database, one community holding half of the topics and one
topic holding 200 replies, then renders with Django's test Client as staff:

* the big community's home (first page and a deep page, and the "unsolved" filter),
* the topic with 200 replies (first and last page),
* the notifications page of a user with 500 notifications.

Prints p50/p95 in milliseconds and the query count of each page.
Run from the repository root: ``python benchmarks/communities_pages.py [--runs 30]``
"""

import argparse
import sys
import tempfile
import uuid
from datetime import timedelta

from _pages import measure, setup_django

TOPICS = 10_000
POSTS = 100_000
LONG_THREAD = 200
NOTIFICATIONS = 500
CHUNK = 2000


def build():
    """Topics, posts and notifications; returns (community, long topic, reader)."""
    from django.utils import timezone

    from communities.models import CommunityPage, Notification, Post, Topic
    from portal.demo.loader import demo_user

    now = timezone.now()
    communities = list(CommunityPage.objects.filter(locale__language_code="th").order_by("pk"))
    big = communities[0]
    authors = [demo_user(name) for name in ("staff", "judge1", "judge2", "judge3", "supervisor")]
    topics = [
        Topic(
            community=big if n % 2 == 0 else communities[1 + n % (len(communities) - 1)],
            author=authors[n % len(authors)],
            title=f"คำถามเรื่องการยื่นแบบ ภ.ง.ด.90 ข้อที่ {n}",
            created_at=now - timedelta(minutes=n),
            last_activity_at=now - timedelta(minutes=n),
        )
        for n in range(TOPICS)
    ]
    Topic.objects.bulk_create(topics, batch_size=CHUNK)
    topics = list(Topic.objects.filter(title__startswith="คำถามเรื่องการยื่นแบบ").order_by("pk"))
    long_topic = topics[0]
    body = "ผู้เสียภาษีสูงอายุลืมรหัสผ่าน e-Filing ให้ช่วยกดลืมรหัสผ่านผ่านเบอร์มือถือ"
    html = f"<p>{body}</p>"
    per_topic, extra = divmod(POSTS - LONG_THREAD - 1, TOPICS - 1)
    posts, replies = [], {}
    for number, topic in enumerate(topics):
        count = LONG_THREAD + 1 if topic is long_topic else per_topic + (number <= extra)
        replies[topic.pk] = count - 1
        for n in range(count):
            posts.append(
                Post(
                    topic=topic,
                    author=authors[n % len(authors)],
                    body_source=body,
                    body_html=html,
                    is_opening=n == 0,
                    created_at=topic.created_at + timedelta(seconds=n),
                    form_token=uuid.uuid4(),
                )
            )
        if len(posts) >= CHUNK:
            Post.objects.bulk_create(posts)
            posts = []
    Post.objects.bulk_create(posts)
    for topic in topics:
        topic.reply_count = replies[topic.pk]
    Topic.objects.bulk_update(topics, ["reply_count"], batch_size=CHUNK)
    reader = demo_user("judge3")
    Notification.objects.bulk_create(
        Notification(recipient=reader, actor=authors[0], kind=Notification.REPLY, topic=topic)
        for topic in topics[:NOTIFICATIONS]
    )
    return big, long_topic, reader


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        print("Setting up (demo site, 10 000 topics, 100 000 posts)…", file=sys.stderr)
        setup_django(tmp)
        from django.test import Client
        from django.urls import reverse

        from communities.links import topic_url
        from communities.models import Post, Topic

        big, long_topic, reader = build()
        client = Client()
        client.force_login(reader)
        thread_url = topic_url(long_topic)
        big_count = Topic.objects.filter(community=big).count()
        pages = [
            ("community home, page 1", big.url),
            ("community home, page 100", f"{big.url}?page=100"),
            ("community home, unsolved filter", f"{big.url}?filter=unsolved"),
            ("topic (200 replies), page 1", thread_url),
            ("topic (200 replies), last page", f"{thread_url}?page=last"),
            ("notifications (500), page 1", reverse("communities:notifications")),
        ]
        rows = [(label, *measure(client, url, args.runs)) for label, url in pages]
        print(
            f"{Topic.objects.count()} topics ({big_count} in the measured community), "
            f"{Post.objects.count()} posts, {args.runs} runs each"
        )
        print(f"{'page':36} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}")
        for label, p50, p95, queries in rows:
            print(f"{label:36} {p50:8.1f} {p95:8.1f} {queries:8d}")


if __name__ == "__main__":
    main()
