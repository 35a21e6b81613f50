"""Security-matrix rows for the communities and contests apps.

Each row's URL is built from the objects ``matrix_objects`` (conftest.py) made for
the module (or from objects a factory adds for
the row, inside the test's transaction). Expectations follow the apps'
policies: communities are for staff, moderation for facilitators (the
community's own, plus the Moderators group); contests' judging is for assigned
judges, management for contest managers, entries for their authors, and
nothing of the judging names an author.
"""

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile

from communities.factories import PostFactory, TopicFactory
from communities.models import Attachment, CommunityPage, Report
from communities.tokens import FEED_SALT, make
from complaints import factories as complaint_factories
from complaints.models import Attachment as ComplaintAttachment
from contests.models import Assignment, Contest, Entry
from core.routing import subpage_url
from surveys.links import response_link, survey_url
from surveys.models import Survey
from taxcompass.factories import SavedEstimateFactory

from .matrix import (
    ACTS,
    FORBIDDEN,
    LOGIN,
    NOT_ALLOWED,
    NOT_FOUND,
    OK,
    REDIRECT,
    ROLES,
    Case,
    everyone,
    expect,
    staff_only,
)

GONE = {FORBIDDEN, NOT_FOUND}
# Facilitators: supervisor runs the front-counter community, the Moderators group
# facilitates every community.
FACILITATORS = ("moderator", "supervisor")
COMMUNITY_SLUG = "front-counter"
# A second community, facilitated by ``editor``.
SMILE_COMMUNITY_SLUG = "smile"


def _user(username):
    return get_user_model().objects.get(username=username)


def _counter():
    return CommunityPage.objects.get(slug=COMMUNITY_SLUG, locale__language_code="th")


def _topic(**fields):
    """A topic by ``staff`` in the front-counter community, with a reply by judge1."""
    topic = TopicFactory(community=_counter(), author=_user("staff"), **fields)
    PostFactory(topic=topic, author=_user("judge1"))
    return topic


def _reply():
    return _topic().posts.filter(is_opening=False).get()


def _staff_post():
    return _topic().posts.get(is_opening=True)


def _attachment():
    post = _staff_post()
    attachment = Attachment(
        post=post, original_name="ตาราง.pdf", content_type="application/pdf", size=9
    )
    attachment.file.save("table.pdf", ContentFile(b"%PDF-1.4\n"), save=True)
    return attachment


def _report():
    return Report.objects.create(post=_reply(), reporter=_user("editor"), reason="ทดสอบ")


def facilitators_only(result=ACTS):
    return staff_only(FORBIDDEN, **dict.fromkeys(FACILITATORS, result))


def _c(path):
    return f"/th/communities/{path}"


def _route(name, *args):
    """A route of the front-counter community's Thai page."""
    return subpage_url(_counter(), name, *args)


COMMUNITY_CASES = [
    # Routes of the community page (its own URL is sampled with the other pages).
    Case("CommunityPage:new_topic", lambda: _route("new_topic"), staff_only()),
    Case("CommunityPage:topic", lambda: _route("topic", _topic().pk), staff_only()),
    Case(
        "CommunityPage:topic",
        lambda: _route("topic", _topic(hidden=True, title="หัวข้อที่ถูกซ่อน").pk),
        staff_only(GONE, **dict.fromkeys(FACILITATORS, OK)),
        secrets=lambda: ["หัวข้อที่ถูกซ่อน"],
        may_see=FACILITATORS,
    ),
    Case("CommunityPage:reply", lambda: _route("reply", _topic().pk), staff_only()),
    Case(
        "CommunityPage:follow_topic",
        lambda: _route("follow_topic", _topic().pk),
        staff_only(ACTS),
        method="post",
    ),
    Case(
        "CommunityPage:moderate_topic",
        lambda: _route("moderate_topic", _topic().pk),
        facilitators_only(),
        method="post",
        data={"action": "pin"},
    ),
    Case(
        "CommunityPage:capture",
        lambda: _route("capture", _topic().pk),
        facilitators_only(),
        method="post",
    ),
    Case(
        "CommunityPage:membership",
        lambda: _route("membership"),
        staff_only(ACTS),
        method="post",
    ),
    Case(
        "CommunityPage:follow_community",
        lambda: _route("follow_community"),
        staff_only(ACTS),
        method="post",
    ),
    Case("CommunityPage:feed", lambda: _route("feed"), staff_only()),
    # The personal feed URL is the credential: it works without a session.
    Case(
        "CommunityPage:feed_token",
        lambda: _route("feed_token", make(_user("staff"), FEED_SALT)),
        expect(OK),
    ),
    Case(
        "CommunityPage:feed_token",
        lambda: _route("feed_token", "forged-token"),
        expect(NOT_FOUND),
    ),
    # Addresses from before the page served them (in sent digests and feed readers):
    # permanent redirects to the routes above.
    Case("communities:moved_community", lambda: _c(f"c/{_counter().pk}/"), staff_only(REDIRECT)),
    Case(
        "communities:moved_community_route",
        lambda: _c(f"c/{_counter().pk}/new/"),
        staff_only(REDIRECT),
    ),
    Case(
        "communities:moved_community_route",
        lambda: _c(f"c/{_counter().pk}/feed/{make(_user('staff'), FEED_SALT)}/"),
        expect(REDIRECT),
    ),
    Case("communities:moved_topic", lambda: _c(f"topics/{_topic().pk}/"), staff_only(REDIRECT)),
    Case(
        "communities:moved_topic_route",
        lambda: _c(f"topics/{_topic().pk}/reply/"),
        staff_only(REDIRECT),
    ),
    Case(
        "communities:edit_post",
        lambda: _c(f"posts/{_staff_post().pk}/edit/"),
        facilitators_only(OK) | {"staff": {OK}},
    ),
    Case(
        "communities:post_history",
        lambda: _c(f"posts/{_staff_post().pk}/history/"),
        facilitators_only(OK),
    ),
    Case(
        "communities:accept",
        lambda: _c(f"posts/{_reply().pk}/accept/"),
        facilitators_only() | {"staff": ACTS},
        method="post",
    ),
    Case("communities:report", lambda: _c(f"posts/{_reply().pk}/report/"), staff_only()),
    Case(
        "communities:moderate_post",
        lambda: _c(f"posts/{_reply().pk}/moderate/"),
        facilitators_only(),
        method="post",
        data={"action": "hide"},
    ),
    Case(
        "communities:resolve_report",
        lambda: _c(f"reports/{_report().pk}/resolve/"),
        facilitators_only(),
        method="post",
    ),
    # Editors facilitate the SMILE community, so they see the queue.
    Case(
        "communities:moderation",
        lambda: _c("moderation/"),
        facilitators_only(OK) | {"editor": {OK}},
    ),
    Case("communities:attachment", lambda: _c(f"attachments/{_attachment().pk}/"), staff_only()),
    Case("communities:notifications", lambda: _c("notifications/"), staff_only()),
    # The composer's preview and mention suggestions: staff only (communities/tests/test_composer.py).
    Case("communities:preview", lambda: _c("compose/preview/"), staff_only(), method="post"),
    Case("communities:mentions", lambda: _c("compose/mentions/?q=st"), staff_only()),
    Case(
        "communities:mark_read", lambda: _c("notifications/read/"), staff_only(ACTS), method="post"
    ),
    Case(
        "communities:email_preference",
        lambda: _c("notifications/email/"),
        staff_only(ACTS),
        method="post",
    ),
    Case("communities:reset_links", lambda: _c("links/reset/"), staff_only(ACTS), method="post"),
    Case("communities:unsubscribe", lambda: _c("unsubscribe/forged-token/"), expect(NOT_FOUND)),
]


def _contest():
    return Contest.objects.get()


def _judge1_assignment(logo=False):
    """One of judge1's assignments, on an entry by none of the matrix's roles (its
    author may open it too, which would blur the row)."""
    assignments = Assignment.objects.filter(judge__username="judge1").exclude(
        entry__author__username__in=[username for username in ROLES.values() if username]
    )
    if logo:
        assignments = assignments.filter(entry__logo__gt="")
    return assignments.select_related("entry", "round").order_by("pk").first()


def _staff_entry():
    """An entry by ``staff`` in the first text category (added for the row)."""
    category = _contest().categories.filter(kind="text").order_by("pk").first()
    return Entry.objects.get_or_create(
        code="SL-9001", defaults={"category": category, "author": _user("staff"), "title": "ยิ้มรับ"}
    )[0]


def _author_secrets():
    """Names, usernames and units of every entrant: judges must never see them."""
    secrets = []
    for author in get_user_model().objects.filter(contest_entries__isnull=False).distinct():
        secrets += [author.get_username(), author.get_full_name()]
        profile = getattr(author, "staff_profile", None)
        if profile is not None:
            secrets.append(profile.unit)
    return [secret for secret in secrets if secret]


def _k(path):
    return f"/th/contests/{path}"


def managers_only(result=OK):
    return staff_only(FORBIDDEN, manager=result)


def _score_url():
    assignment = _judge1_assignment()
    return _k(f"judging/{assignment.round_id}/{assignment.entry.code}/")


CONTEST_CASES = [
    Case("contests:submit", lambda: _k(f"enter/{_contest().categories.first().pk}/"), staff_only()),
    Case("contests:my_entries", lambda: _k("my-entries/"), staff_only()),
    Case(
        "contests:edit_entry",
        lambda: _k(f"entries/{_staff_entry().code}/edit/"),
        staff_only(GONE, staff=OK),
    ),
    Case(
        "contests:withdraw_entry",
        lambda: _k(f"entries/{_staff_entry().code}/withdraw/"),
        staff_only(GONE, staff=ACTS),
        method="post",
    ),
    Case(
        "contests:logo",
        lambda: _k(f"files/{_judge1_assignment(logo=True).entry.code}.png"),
        # Whoever may not open it gets the 404 of a code that does not exist.
        expect(NOT_FOUND, judge=OK, manager=OK),
    ),
    Case(
        "contests:judging",
        lambda: _k("judging/"),
        staff_only(FORBIDDEN, judge=OK),
        secrets=_author_secrets,
    ),
    Case(
        "contests:score",
        _score_url,
        staff_only(FORBIDDEN, judge=OK),
        secrets=_author_secrets,
    ),
    Case(
        "contests:conflict",
        lambda: _score_url() + "conflict/",
        staff_only(FORBIDDEN, judge=OK),
        secrets=_author_secrets,
    ),
    # The contest's results are not published: only managers preview them.
    # The overview only sends everyone on to the first category.
    Case("contests:results", lambda: _k(f"{_contest().pk}/results/"), expect(REDIRECT)),
    Case(
        "contests:results_category",
        lambda: _k(f"{_contest().pk}/results/{_contest().categories.first().pk}/"),
        staff_only(GONE, manager=OK) | {"anonymous": {LOGIN, NOT_FOUND}},
    ),
    Case("contests:manage", lambda: _k("manage/"), managers_only()),
    Case("contests:progress", lambda: _k(f"manage/{_contest().pk}/"), managers_only()),
    Case(
        "contests:manage_entries", lambda: _k(f"manage/{_contest().pk}/entries/"), managers_only()
    ),
    Case("contests:audit", lambda: _k(f"manage/{_contest().pk}/audit/"), managers_only()),
    Case("contests:scores_csv", lambda: _k(f"manage/{_contest().pk}/scores.csv"), managers_only()),
    Case(
        "contests:start_round",
        lambda: _k(f"manage/{_contest().pk}/categories/{_contest().categories.first().pk}/rounds/"),
        managers_only(ACTS),
        method="post",
    ),
    Case(
        "contests:assign",
        lambda: _k(f"manage/rounds/{_judge1_assignment().round_id}/assign/"),
        managers_only(ACTS),
        method="post",
    ),
    Case(
        "contests:close_round",
        lambda: _k(f"manage/rounds/{_judge1_assignment().round_id}/close/"),
        managers_only(ACTS),
        method="post",
    ),
    Case(
        "contests:publish",
        lambda: _k(f"manage/{_contest().pk}/publish/"),
        managers_only(ACTS),
        method="post",
    ),
    Case(
        "contests:withdraw_results",
        lambda: _k(f"manage/{_contest().pk}/withdraw/"),
        managers_only(ACTS),
        method="post",
    ),
]


# The tax compass: the estimate is for everyone and stores nothing; a saved
# estimate belongs to the citizen who saved it and is a 404 for everyone else.
ESTIMATE_NAME = "ประมาณการภาษีของมานี"
ANSWERS = {"tax_year": "2568", "status": "single", "income.salary": "600000"}


def _citizens_estimate():
    return SavedEstimateFactory(owner=_user("citizen"), name=ESTIMATE_NAME)


def _t(path):
    return f"/th/tax-estimates/{path}"


TAXCOMPASS_CASES = [
    Case("taxcompass_api:estimate", lambda: "/api/tax-compass/estimate/", everyone(NOT_ALLOWED)),
    Case("taxcompass:my_estimates", lambda: _t(""), expect(OK, anonymous=LOGIN)),
    Case("taxcompass:save", lambda: _t("save/"), expect(ACTS, anonymous=LOGIN), "post", ANSWERS),
    Case(
        "taxcompass:estimate",
        lambda: _t(f"{_citizens_estimate().pk}/"),
        expect(NOT_FOUND, anonymous=LOGIN, citizen=OK),
        secrets=lambda: [ESTIMATE_NAME],
        may_see=("citizen",),
    ),
    Case(
        "taxcompass:delete",
        lambda: _t(f"{_citizens_estimate().pk}/delete/"),
        expect(NOT_FOUND, anonymous=LOGIN, citizen=ACTS),
        method="post",
    ),
]


# Satisfaction surveys: citizens answer without signing in, by QR code or a signed
# link, or at a kiosk whose device token is in its address; a forged link or
# token is a 404.
SURVEY_SLUG = "matrix-survey"
KIOSK_TOKEN = "matrix-kiosk-device-token-0123456789abcdef"
SURVEY_ANSWERS = {"process_wait": "4", "staff_smile": "5", "overall": "4"}


SURVEY_REPORTERS = expect(FORBIDDEN, anonymous=LOGIN, head=OK, executive=OK)


def _survey():
    return Survey.objects.get(slug=SURVEY_SLUG)


SURVEY_CASES = [
    Case("surveys:form", lambda: survey_url(_survey(), _survey().offices.get()), everyone()),
    Case(
        "surveys:form",
        lambda: survey_url(_survey(), _survey().offices.get()),
        everyone(ACTS),
        method="post",
        data=SURVEY_ANSWERS,
    ),
    Case("surveys:thanks", lambda: f"/th/surveys/{SURVEY_SLUG}/thanks/", everyone()),
    Case(
        "surveys:link",
        lambda: response_link("C-MATRIX-1", _survey().offices.get()),
        everyone(),
    ),
    Case("surveys:link", lambda: "/th/surveys/link/forged-token/", everyone(NOT_FOUND)),
    Case("surveys:kiosk", lambda: f"/th/surveys/kiosk/{KIOSK_TOKEN}/", everyone()),
    Case("surveys:kiosk", lambda: "/th/surveys/kiosk/forged-token/", everyone(NOT_FOUND)),
    # Reports are for survey managers, office heads and executives.
    Case("surveys:reports", lambda: "/th/surveys/reports/", SURVEY_REPORTERS),
    Case("surveys:report", lambda: f"/th/surveys/reports/{_survey().pk}/", SURVEY_REPORTERS),
    *[
        Case(
            f"surveys:report_{kind}",
            lambda kind=kind: f"/th/surveys/reports/{_survey().pk}/{kind}/",
            SURVEY_REPORTERS,
        )
        for kind in ("print", "pdf", "csv")
    ],
    Case("surveys:compare", lambda: "/th/surveys/reports/compare/", SURVEY_REPORTERS),
    Case("surveys:region", lambda: "/th/surveys/reports/region/", SURVEY_REPORTERS),
    # Its POST is CSRF-exempt (the token authenticates it): tests/security/test_csrf.py.
    Case(
        "surveys:kiosk_answer",
        lambda: f"/th/surveys/kiosk/{KIOSK_TOKEN}/answer/",
        everyone(NOT_ALLOWED),
    ),
]


# Complaints: anyone may file and look a complaint up by reference and tracking
# code; a complaint's page and actions open only in the browser that found it with
# its code, so without the code every role is sent to the look-up form.
COMPLAINT_SUBJECT = "ร้องเรียนลับเฉพาะผู้ร้อง"


def _complaint(**fields):
    return complaint_factories.file(subject=COMPLAINT_SUBJECT, **fields)


def _complaints(path):
    return f"/th/complaints/{path}"


def _complaint_secrets():
    return [COMPLAINT_SUBJECT, "somying@example.com"]


def complaint_roles(result=OK, **by_role):
    """Complaint officers, heads and executives get ``result``; anonymous visitors
    sign in and everyone else is refused."""
    return expect(
        FORBIDDEN,
        anonymous=LOGIN,
        **{"officer": result, "head": result, "executive": result, **by_role},
    )


def _complaint_file():
    """The officers' address of a complaint's attachment."""
    complaint = _complaint()
    attachment = ComplaintAttachment(
        complaint=complaint, event=complaint.events.get(), original_name="หลักฐาน.pdf",
        content_type="application/pdf", size=9,
    )  # fmt: skip
    attachment.file.save("proof.pdf", ContentFile(b"%PDF-1.4\n"), save=True)
    return _complaints(f"inbox/{complaint.reference}/files/{attachment.pk}/")


COMPLAINT_CASES = [
    Case("complaints:new", lambda: _complaints("new/"), everyone()),
    Case("complaints:filed", lambda: _complaints("filed/"), everyone(REDIRECT)),
    Case("complaints:track", lambda: _complaints("track/"), everyone()),
    Case(
        "complaints:track",
        lambda: _complaints("track/"),
        everyone(),
        method="post",
        data={"reference": "R7-2569-000001", "code": "AAAAA-AAAAA"},
        secrets=_complaint_secrets,
    ),
    Case(
        "complaints:detail",
        lambda: _complaints(f"track/{_complaint().reference}/"),
        everyone(REDIRECT),
        secrets=_complaint_secrets,
    ),
    *[
        Case(
            f"complaints:{action}",
            lambda action=action: _complaints(f"track/{_complaint().reference}/{action}/"),
            everyone(REDIRECT),
            method="post",
            data={"text": "ขอเปิดใหม่", "rating": "5"},
        )
        for action in ("answer", "confirm", "reopen")
    ],
    # The officers' pages. The matrix's officer and head have no office, so they
    # find no complaint; executives read every office's but act on none, and
    # nobody but designated officers finds a corruption tip.
    Case("complaints:inbox", lambda: _complaints("inbox/"), complaint_roles()),
    Case("complaints:record", lambda: _complaints("inbox/record/"), complaint_roles()),
    Case("complaints:posters", lambda: _complaints("inbox/posters/"), complaint_roles()),
    Case("complaints:export_csv", lambda: _complaints("inbox/export.csv"), complaint_roles()),
    # Office heads' statistics: heads (their office) and executives; the overdue
    # list shows references, never a subject or a contact.
    Case(
        "complaints:office_statistics",
        lambda: _complaints("inbox/statistics/"),
        complaint_roles(officer=FORBIDDEN),
        secrets=_complaint_secrets,
    ),
    # Public statistics and open data: counts only, for everyone.
    *[
        Case(
            f"complaints:{name}",
            lambda path=path: _complaints(path),
            everyone(),
            secrets=_complaint_secrets,
        )
        for name, path in (
            ("statistics", "statistics/"),
            ("monthly_json", "statistics/monthly.json"),
            ("monthly_csv", "statistics/monthly.csv"),
        )
    ],
    Case(
        "complaints:poster",
        lambda: _complaints("inbox/posters/NOPE.pdf"),
        complaint_roles(NOT_FOUND),
    ),
    Case(
        "complaints:officer_detail",
        lambda: _complaints(f"inbox/{_complaint().reference}/"),
        complaint_roles(officer=NOT_FOUND, head=NOT_FOUND),
        secrets=_complaint_secrets,
        may_see=("executive",),
    ),
    Case(
        "complaints:officer_detail",
        lambda: _complaints(f"inbox/{_complaint(kind='corruption').reference}/"),
        complaint_roles(NOT_FOUND),
        secrets=_complaint_secrets,
    ),
    Case(
        "complaints:officer_attachment",
        _complaint_file,
        complaint_roles(officer=NOT_FOUND, head=NOT_FOUND),
    ),
    # The intake API: filing takes a channel's token (POST only); the status look-up
    # with a wrong code is a 404 for everyone.
    Case("complaints_api:intake", lambda: "/api/complaints/", everyone(NOT_ALLOWED)),
    Case(
        "complaints_api:status",
        lambda: f"/api/complaints/{_complaint().reference}/?code=AAAAA-AAAAA",
        everyone(NOT_FOUND),
        secrets=_complaint_secrets,
    ),
    Case(
        "complaints:act",
        lambda: _complaints(f"inbox/{_complaint().reference}/note/"),
        complaint_roles(NOT_FOUND, executive=FORBIDDEN),
        method="post",
        data={"text": "บันทึกภายใน"},
    ),
]
