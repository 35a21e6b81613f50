"""The digest goes out after its transaction commits, in each recipient's language;
one refused recipient is logged and retried next run while the others get theirs."""

import io
import smtplib

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command
from django.db import transaction
from wagtail.users.models import UserProfile

from communities import digest
from communities.digest import send_digest
from communities.models import Notification
from communities.tests.helpers import in_thai, route
from portal.factories import user_with_role

pytestmark = [pytest.mark.django_db]

SUBJECT = "New posts in your communities of practice"


class RefusingBackend(EmailBackend):
    """The test outbox, except that the server refuses the addresses in ``refused``."""

    refused = set()

    def send_messages(self, messages):
        for message in messages:
            refused = set(message.to) & self.refused
            if refused:
                raise smtplib.SMTPRecipientsRefused(
                    dict.fromkeys(refused, (550, b"mailbox unavailable"))
                )
        return super().send_messages(messages)


@pytest.fixture
def refusing(settings):
    settings.EMAIL_BACKEND = f"{__name__}.RefusingBackend"
    yield RefusingBackend.refused
    RefusingBackend.refused.clear()


@pytest.fixture
def readers(topic, user_for):
    """Three staff members, each with one notification not yet e-mailed (and nobody
    else with one)."""
    Notification.objects.update(emailed_at="2020-01-01T00:00:00Z")
    actor = user_for("staff")
    users = [user_with_role("judge") for _ in range(3)]
    for user in users:
        Notification.objects.create(
            recipient=user, actor=actor, kind=Notification.MENTION, topic=topic
        )
    mail.outbox.clear()
    return users


def run_digests(capture):
    out = io.StringIO()
    with capture(execute=True):
        call_command("send_community_digests", stdout=out)
    return out.getvalue()


def pending(user):
    return Notification.objects.filter(recipient=user, emailed_at__isnull=True)


def test_one_refused_recipient_does_not_stop_the_others(
    readers, refusing, caplog, django_capture_on_commit_callbacks
):
    first, refused, last = readers
    refusing.add(refused.email)
    with caplog.at_level("ERROR", logger="kmsite.mail"):
        output = run_digests(django_capture_on_commit_callbacks)
    assert sorted(message.to[0] for message in mail.outbox) == sorted([first.email, last.email])
    failures = [record for record in caplog.records if record.name == "kmsite.mail"]
    assert len(failures) == 1 and failures[0].to == [refused.email]
    assert "Sent 2 digest e-mail(s); 1 failed" in output
    # The refused recipient's notifications wait for the next run; the others' do not.
    assert pending(refused).exists()
    assert not pending(first).exists() and not pending(last).exists()
    refusing.clear()
    mail.outbox.clear()
    output = run_digests(django_capture_on_commit_callbacks)
    assert [message.to for message in mail.outbox] == [[refused.email]]
    assert "Sent 1 digest e-mail(s); 0 failed" in output
    assert not pending(refused).exists()


def test_a_digest_that_cannot_be_prepared_is_logged_and_skipped(
    readers, caplog, monkeypatch, django_capture_on_commit_callbacks
):
    first, broken, last = readers
    real = digest._message

    def message(user, *args):
        if user == broken:
            raise RuntimeError("template exploded")
        return real(user, *args)

    monkeypatch.setattr(digest, "_message", message)
    with caplog.at_level("ERROR", logger="kmsite.communities"):
        output = run_digests(django_capture_on_commit_callbacks)
    assert sorted(message.to[0] for message in mail.outbox) == sorted([first.email, last.email])
    assert "Sent 2 digest e-mail(s); 1 failed" in output
    assert any(record.name == "kmsite.communities" for record in caplog.records)
    assert pending(broken).exists()


def test_each_digest_is_in_its_recipients_language(
    readers, topic, english_community, django_capture_on_commit_callbacks
):
    english, thai, _other = readers
    UserProfile.objects.update_or_create(user=english, defaults={"preferred_language": "en"})
    run_digests(django_capture_on_commit_callbacks)
    by_address = {message.to[0]: message for message in mail.outbox}
    in_english, in_thai_mail = by_address[english.email], by_address[thai.email]
    assert in_english.subject == SUBJECT
    assert "Hello" in in_english.body and "mentioned you" in in_english.body
    assert route(english_community, "topic", topic.pk) in in_english.body
    assert "/en/communities/unsubscribe/" in in_english.extra_headers["List-Unsubscribe"]
    assert "/th/" not in in_english.body
    assert in_thai_mail.subject == in_thai(SUBJECT) != SUBJECT
    assert route(topic.community, "topic", topic.pk) in in_thai_mail.body
    assert "/th/communities/unsubscribe/" in in_thai_mail.extra_headers["List-Unsubscribe"]


def test_nothing_is_sent_or_marked_when_the_transaction_rolls_back(
    readers, django_capture_on_commit_callbacks
):
    user = readers[0]

    class Abort(Exception):
        pass

    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(Abort),
        transaction.atomic(),
    ):
        assert send_digest(user)
        raise Abort
    assert mail.outbox == []
    assert pending(user).exists()


def test_mail_waits_for_the_commit(readers, django_capture_on_commit_callbacks):
    user = readers[0]
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        assert send_digest(user)
        assert mail.outbox == []  # inside the transaction: nothing sent yet
    assert len(callbacks) == 1
    callbacks[0]()
    assert [message.to for message in mail.outbox] == [[user.email]]
