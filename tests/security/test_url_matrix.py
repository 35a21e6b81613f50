"""Every URL of the site × every role → the expected outcome.

``test_every_url_is_classified`` fails when a URL appears that this file does not
know: each of our own apps' URLs must have a row in ``CASES``; third-party URL
groups (Wagtail admin, allauth, page serving, documents) are classified by
prefix and covered by the sample rows.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import URLResolver, get_resolver, reverse
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.documents.models import Document
from wagtail.models import Page, get_page_models

from core.routing import subpage_url
from manuals.models import ServiceManualPage
from training.certificates import display_code
from training.models import (
    Certificate,
    CourseIndexPage,
    CoursePage,
    LessonPage,
    ModulePage,
    QuizPage,
)

from .app_cases import (
    COMMUNITY_CASES,
    COMPLAINT_CASES,
    CONTEST_CASES,
    SURVEY_CASES,
    TAXCOMPASS_CASES,
)
from .matrix import (
    ACTS,
    ADMIN_LOGIN,
    COURSE_SLUG,
    FORBIDDEN,
    LOGIN,
    NOT_FOUND,
    OK,
    REDIRECT,
    ROLES,
    Case,
    admin_users,
    everyone,
    expect,
    intranet_page,
    outcome,
    staff_only,
)
from .opendata_cases import OPENDATA_CASES

pytestmark = [pytest.mark.django_db]

# Page types of these apps have their sub-URLs as RoutablePageMixin routes, each
# with a row below named "<page type>:<route name>".
ROUTED_APPS = {"training", "communities"}
OUR_NAMESPACES = {
    "search",
    "training",
    "communities",
    "contests",
    "taxcompass",
    "taxcompass_api",
    "surveys",
    "complaints",
    "complaints_api",
    "opendata",
    "opendata:pages",
    "opendata:images",
    "opendata:documents",
}
THIRD_PARTY = {
    r"^admin/": "Wagtail admin (samples below; anonymous access checked for every URL)",
    r"^documents/": "Wagtail documents, served with collection privacy",
    r"^(th|en)/accounts/": "django-allauth sign-in, sign-up and own-account pages",
    r"^(th|en)/_util/": "Wagtail page-privacy forms",
    r"^(th|en)/\^\(\(\?:": "Wagtail page serving (every page type sampled below)",
    r"^sitemap\.xml$": "public sitemap (checked below to leave the intranet out)",
    r"^robots\.txt$": "public robots.txt",
}


def _walk(patterns, prefix="", namespace=None):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
        else:
            name = f"{namespace}:{pattern.name}" if namespace and pattern.name else pattern.name
            yield prefix + str(pattern.pattern), namespace, name


def site_urls():
    return list(_walk(get_resolver().url_patterns))


def page_routes():
    """``<page type>:<route name>`` of every route beneath the pages of ``ROUTED_APPS``
    (a page's own URL is sampled by ``_page_cases``)."""
    for model in get_page_models():
        if issubclass(model, RoutablePageMixin) and model._meta.app_label in ROUTED_APPS:
            for pattern in model.get_subpage_urls():
                if str(pattern.pattern) not in ("", "^$"):
                    yield f"{model.__name__}:{pattern.name}"


# Objects the rows point at, made by ``matrix_objects`` (conftest.py).


def _index():
    return CourseIndexPage.objects.get(locale__language_code="th")


def _course():
    return CoursePage.objects.get(slug=COURSE_SLUG, locale__language_code="th")


def _lesson():
    return LessonPage.objects.filter(locale__language_code="th").order_by("path").first()


def _quiz():
    return QuizPage.objects.filter(locale__language_code="th").order_by("path").first()


def _staff_certificate():
    return Certificate.objects.get(user__username="staff", course=_course())


def _certificate_secrets():
    code = _staff_certificate().code
    return [code, display_code(code)]


def _intranet_manual():
    return ServiceManualPage.objects.live().filter(locale__language_code="th").first()


def _document(private):
    documents = Document.objects.order_by("pk")
    return (documents.exclude if not private else documents.filter)(collection__depth=2).first()


def _document_url(private):
    document = _document(private)
    return reverse("wagtaildocs_serve", args=[document.pk, document.filename])


CASES = [
    Case("search:search", lambda: "/th/search/?q=ภาษี", everyone()),
    Case("search:suggest", lambda: "/th/search/suggest/?q=ภาษี", everyone()),
    # Training: routes of the course index, course and lesson pages.
    Case("CourseIndexPage:my_learning", lambda: subpage_url(_index(), "my_learning"), staff_only()),
    Case(
        "CoursePage:enrol",
        lambda: subpage_url(_course(), "enrol"),
        staff_only(ACTS),
        method="post",
    ),
    Case(
        "LessonPage:complete_lesson",
        lambda: subpage_url(_lesson(), "complete_lesson"),
        staff_only(ACTS),
        method="post",
    ),
    Case(
        "CoursePage:certificate",
        lambda: subpage_url(_course(), "certificate"),
        staff_only(REDIRECT, staff=OK),
        secrets=_certificate_secrets,
        may_see=("staff",),
    ),
    Case(
        "CoursePage:certificate_pdf",
        lambda: subpage_url(_course(), "certificate_pdf"),
        staff_only(REDIRECT, staff=OK),
        secrets=_certificate_secrets,
        may_see=("staff",),
    ),
    # The address certificates had before they moved under their course.
    Case(
        "CourseIndexPage:old_certificate_url",
        lambda: f"{_index().url}courses/{_course().pk}/certificate/",
        everyone(REDIRECT),
    ),
    Case(
        "QuizPage:attempt",
        lambda: subpage_url(_quiz(), "attempt", 999999),
        staff_only(NOT_FOUND),
    ),
    Case("CourseIndexPage:verify_form", lambda: subpage_url(_index(), "verify_form"), everyone()),
    # Verification is public by design: it shows the name, course and date only.
    Case(
        "CourseIndexPage:verify",
        lambda: subpage_url(_index(), "verify", _staff_certificate().code),
        everyone(),
    ),
    Case(
        "CourseIndexPage:verify",
        lambda: subpage_url(_index(), "verify", "FORGED0000"),
        everyone(NOT_FOUND),
    ),
    Case(
        "CourseIndexPage:report",
        lambda: subpage_url(_index(), "report"),
        staff_only(FORBIDDEN, supervisor=OK),
    ),
    Case(
        "CourseIndexPage:report_csv",
        lambda: subpage_url(_index(), "report_csv"),
        staff_only(FORBIDDEN, supervisor=OK),
    ),
    Case(
        "CourseIndexPage:office_people",
        lambda: subpage_url(_index(), "office_people"),
        staff_only(FORBIDDEN, supervisor=OK),
    ),
    # The matrix's supervisor has no office: the page says so, the CSV has nothing
    # to export (training/tests cover a supervisor with an office).
    Case(
        "CourseIndexPage:office_people_csv",
        lambda: subpage_url(_index(), "office_people_csv"),
        staff_only(FORBIDDEN, supervisor=NOT_FOUND),
    ),
    # Third-party samples.
    Case("sitemap", lambda: "/sitemap.xml", everyone(), secrets=lambda: ["/intranet/"]),
    Case("robots_txt", lambda: "/robots.txt", everyone()),
    Case("account_login", lambda: "/th/accounts/login/", everyone()),
    Case("account_email", lambda: "/th/accounts/email/", expect(OK, anonymous=LOGIN)),
    # Each person's home lists only their own items (portal/tests/test_my_home.py).
    Case("my_home", lambda: "/th/my/", expect(OK, anonymous=LOGIN)),
    Case("wagtaildocs_serve", lambda: _document_url(private=False), everyone()),
    Case("wagtaildocs_serve", lambda: _document_url(private=True), intranet_page()),
    # Contest managers edit contests, categories and rubrics as admin snippets.
    Case(
        "wagtailadmin_home",
        lambda: "/admin/",
        admin_users("editor", "moderator", "manager", "head", "executive"),
    ),
    Case(
        "wagtailadmin_pages:edit",
        lambda: f"/admin/pages/{_intranet_manual().pk}/edit/",
        admin_users("editor", "moderator"),
    ),
    Case("wagtailusers_users:index", lambda: "/admin/users/", admin_users()),
    Case(
        "wagtailsearchpromotions:index",
        lambda: "/admin/searchpicks/",
        admin_users("editor", "moderator"),
    ),
    # Editors and moderators act on feedback; nobody else reads it.
    Case(
        "manuals_feedback_summary",
        lambda: "/admin/manuals/feedback-summary/",
        admin_users("editor", "moderator"),
    ),
    Case("staff_profiles:index", lambda: "/admin/staff_profiles/", admin_users()),
    # Days offices are closed: editors and moderators keep them.
    Case(
        "wagtailsnippets_offices_closure:list",
        lambda: "/admin/snippets/offices/closure/",
        admin_users("editor", "moderator"),
    ),
    # Complaint categories, SLA policies and reply templates: office heads keep them.
    *[
        Case(
            f"wagtailsnippets_complaints_{model}:list",
            lambda model=model: f"/admin/snippets/complaints/{model}/",
            admin_users("head"),
        )
        for model in ("category", "slapolicy", "replytemplate")
    ],
    # Intake API tokens: administrators only.
    Case(
        "wagtailsnippets_complaints_channeltoken:list",
        lambda: "/admin/snippets/complaints/channeltoken/",
        admin_users(),
    ),
    # Tax year rules: editors draft and approve them.
    Case(
        "wagtailsnippets_taxcompass_taxyearrules:list",
        lambda: "/admin/snippets/taxcompass/taxyearrules/",
        admin_users("editor"),
    ),
    *COMMUNITY_CASES,
    *CONTEST_CASES,
    *TAXCOMPASS_CASES,
    *SURVEY_CASES,
    *COMPLAINT_CASES,
    *OPENDATA_CASES,
]


# By policy, lessons and quizzes are for staff (course descriptions are public).
STAFF_PAGE_TYPES = (ModulePage, LessonPage, QuizPage)


def _page_cases():
    """One live page of every type, public and intranet, in both languages.

    By policy everything under ``/<lang>/intranet/`` is for staff, and so are
    the page types above; the rest is public. The rows follow that policy, not
    the privacy records."""
    seen, cases = set(), []
    for page in Page.objects.live().filter(depth__gt=1).specific().order_by("path"):
        url = page.url
        intranet = re.match(r"^/(th|en)/intranet/", url) is not None
        key = (type(page), intranet, page.locale_id)
        if key not in seen:
            seen.add(key)
            if isinstance(page, STAFF_PAGE_TYPES):
                # Staff are led to the step they are on; outsiders are told why not.
                expected = staff_only(ACTS)
            else:
                expected = intranet_page() if intranet else everyone()
            cases.append(Case(f"page {type(page).__name__}", lambda url=url: url, expected))
    return cases


def _users():
    users = get_user_model().objects.filter(username__in=[u for u in ROLES.values() if u])
    return {user.username: user for user in users}


def _check(client, case, role, user):
    client.logout()
    if user is not None:
        client.force_login(user)
    url = case.url()
    response = getattr(client, case.method)(url, case.data)
    got = outcome(response)
    problems = []
    if got not in case.expected[role]:
        problems.append(f"{case.name} {url} as {role}: got {got}, expected {case.expected[role]}")
    if case.secrets and role not in case.may_see and response.status_code == 200:
        body = b"".join(response) if response.streaming else response.content
        leaked = [secret for secret in case.secrets() if secret.encode() in body]
        if leaked:
            problems.append(f"{case.name} {url} as {role}: leaked {leaked}")
    return problems


def test_every_url_is_classified():
    named = {case.name for case in CASES}
    unclassified = []
    for route, namespace, name in site_urls():
        if namespace in OUR_NAMESPACES:
            if name not in named:
                unclassified.append(f"{route} ({name})")
        elif name not in named and not any(re.match(prefix, route) for prefix in THIRD_PARTY):
            unclassified.append(f"{route} ({name})")
    unclassified += [route for route in page_routes() if route not in named]
    assert not unclassified, "classify these URLs in tests/security: " + ", ".join(unclassified)


@pytest.mark.parametrize("role", ROLES)
def test_each_role_gets_what_the_matrix_says(client, matrix_objects, role):
    user = _users().get(ROLES[role])
    problems = []
    for case in CASES + _page_cases():
        problems += _check(client, case, role, user)
    assert not problems, "\n".join(problems)


def test_no_admin_url_is_open_to_anonymous_visitors(client, matrix_objects):
    """Every admin URL that can be built with simple arguments sends anonymous
    visitors to the login (or does not exist for them)."""
    open_ones = []
    public = {
        "wagtailadmin_login",
        "wagtailadmin_password_reset",
        "wagtailadmin_sprite",
        "wagtailadmin_javascript_catalog",  # the admin's UI strings
    }
    for route, _namespace, name in site_urls():
        if not route.startswith("admin/") or name is None or name.startswith(tuple(public)):
            continue
        url = "/" + re.sub(r"<[^>]+>", "1", route)
        if "(" in url or "^" in url:
            continue
        got = outcome(client.get(url))
        if got not in {ADMIN_LOGIN, NOT_FOUND, "405 method not allowed"}:
            open_ones.append(f"{url} ({name}): {got}")
    assert not open_ones, "\n".join(open_ones)


def test_the_matrix_samples_every_page_type(matrix_objects):
    """``matrix_objects`` builds a live page of each type, so ``_page_cases`` covers them all."""
    sampled = {case.name.removeprefix("page ") for case in _page_cases()}
    wanted = {model.__name__ for model in get_page_models() if model is not Page}
    assert wanted <= sampled, wanted - sampled
