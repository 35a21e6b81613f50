"""Pages that link many community pages read Wagtail's site root paths once per
request (kept on the request), not once per page linked (``tests.cache_reads``)."""

import pytest
from django.urls import reverse

from communities.models import Membership, Notification
from tests.cache_reads import root_path_reads

pytestmark = pytest.mark.django_db


@pytest.fixture
def reader(user_for, cop, community, other_community):
    """A staff member in both communities, with a notification from each."""
    user = user_for("staff")
    for page in (community, other_community):
        Membership.objects.create(community=page, user=user)
    for topic in (cop.topic, cop.other_topic):
        Notification.objects.create(
            recipient=user, actor=user_for("judge"), topic=topic, kind=Notification.REPLY
        )
    return user


@pytest.mark.parametrize(
    "url",
    ["/th/intranet/communities/", "/th/my/", reverse("communities:notifications")],
    ids=["index", "my-home", "notifications"],
)
def test_a_list_of_community_links_reads_the_site_root_paths_once(sign_in, reader, url):
    client = sign_in(reader)
    client.get(url)
    with root_path_reads() as reads:
        response = client.get(url)
    assert response.status_code == 200
    page = response.content.decode()
    assert "/th/intranet/communities/counter/" in page and "/th/intranet/communities/vat/" in page
    assert len(reads) == 1
