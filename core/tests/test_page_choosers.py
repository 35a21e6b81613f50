"""Admin users who may edit no page (contest managers) find no page in the page chooser."""

import pytest
from django.urls import reverse

from portal.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

DRAFT, MEMO = "Draftplan budget", "Memoboard rota"


@pytest.fixture
def hidden(site):
    """A draft on the public site and a live page on the staff intranet."""
    draft = StandardPageFactory(parent=site.home, title=DRAFT, live=False)
    memo = StandardPageFactory(parent=site.intranet, title=MEMO)
    return draft, memo


def _chooser_urls(site, draft, memo):
    return [
        reverse("wagtailadmin_choose_page"),
        reverse("wagtailadmin_choose_page_child", args=[site.home.pk]),
        reverse("wagtailadmin_choose_page_child", args=[site.intranet.pk]),
        reverse("wagtailadmin_choose_page_child", args=[draft.pk]),
        reverse("wagtailadmin_choose_page_child", args=[memo.pk]),
        reverse("wagtailadmin_choose_page_search") + "?q=Draftplan",
        reverse("wagtailadmin_choose_page_search") + "?q=Memoboard",
        f"{reverse('wagtailadmin_choose_page_chosen_multiple')}?id={draft.pk}&id={memo.pk}",
        reverse("wagtailadmin_pages:search") + "?q=Draftplan",
        reverse("wagtailadmin_explore", args=[site.home.pk]),
        reverse("wagtailadmin_explore", args=[site.intranet.pk]),
        "/admin/api/main/pages/?search=Draftplan",
        "/admin/api/main/pages/?search=Memoboard",
    ]


def _titles_seen(client, urls):
    seen = set()
    for url in urls:
        body = client.get(url).content.decode()
        seen |= {title for title in (DRAFT, MEMO) if title in body}
    return seen


def test_a_contest_manager_finds_no_draft_or_intranet_page_in_the_admin(site, sign_in, hidden):
    assert not _titles_seen(sign_in("manager"), _chooser_urls(site, *hidden))


def test_a_contest_manager_gets_no_page_by_id_from_the_chooser(site, sign_in, hidden):
    """Refused as Wagtail refuses them its explorer: back to the dashboard, or a 403 for
    the chooser's own requests."""
    client = sign_in("manager")
    draft, memo = hidden
    urls = [
        reverse("wagtailadmin_choose_page_child", args=[draft.pk]),
        f"{reverse('wagtailadmin_choose_page_chosen_multiple')}?id={draft.pk}&id={memo.pk}",
    ]
    for url in urls:
        assert client.get(url)["Location"] == reverse("wagtailadmin_home")
        assert client.get(url, headers={"x-requested-with": "XMLHttpRequest"}).status_code == 403


@pytest.mark.parametrize("role", ["editor", "moderator", "admin"])
def test_editors_keep_the_whole_chooser(site, sign_in, hidden, role):
    client = sign_in(role)
    draft, memo = hidden
    search = reverse("wagtailadmin_choose_page_search")
    assert DRAFT in client.get(f"{search}?q=Draftplan").content.decode()
    assert MEMO in client.get(f"{search}?q=Memoboard").content.decode()
    assert (
        DRAFT
        in client.get(
            reverse("wagtailadmin_choose_page_child", args=[site.home.pk])
        ).content.decode()
    )
    assert _titles_seen(client, _chooser_urls(site, draft, memo)) == {DRAFT, MEMO}
