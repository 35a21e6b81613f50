"""What the admin-in-Thai e2e test and benchmarks/admin_thai.py share: preparing a
live demo portal (Thai as the editor's and moderator's admin language, a handbook
waiting in moderation), signing in to the admin, and reading the strings a
screen shows."""

import json

from tests.demo_build import manage

# Every visible text node of the page (or of ``root``), outside scripts, editors'
# content (rich text, the preview frame), hidden elements and text only screen
# readers get; visible placeholders too.
VISIBLE_TEXT = """(root) => {
  const scope = root || document.body;
  const out = [];
  const skip = "script,style,template,noscript,textarea,[contenteditable=true],.w-preview__iframe,"
    + ".w-sr-only,.visuallyhidden,.visually-hidden";
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const text = walker.currentNode.textContent.replace(/\\s+/g, " ").trim();
    const element = walker.currentNode.parentElement;
    if (!text || !element || element.closest(skip)) continue;
    if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
    out.push(text);
  }
  for (const input of scope.querySelectorAll("input[placeholder], textarea[placeholder]")) {
    if (input.placeholder.trim() && input.checkVisibility()) out.push(input.placeholder.trim());
  }
  return out;
}"""

PREPARE = """
import json
from django.contrib.auth import get_user_model
from wagtail.models import Page
from wagtail.users.models import UserProfile
from core.thai_screen import content_strings
from manuals.models import CitizenHandbookPage

users = get_user_model().objects.filter(username__in=["editor", "moderator"])
for user in users:
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "th"
    profile.save()
editor = users.get(username="editor")
handbooks = CitizenHandbookPage.objects.live().filter(locale__language_code="th").order_by("path")
handbook, other = handbooks[0], handbooks[1]
if not handbook.workflow_in_progress:
    handbook.save_revision(user=editor, log_action=True)
    handbook.get_workflow().start(handbook, editor)
pages = {}
for page in Page.objects.filter(locale__language_code="th", depth__gt=1).specific().order_by("depth", "path"):
    pages.setdefault(type(page).__name__, page.pk)
print(json.dumps({
    "moderation": handbook.pk, "handbook": other.pk, "pages": pages,
    "content": sorted(content_strings()),
}))
"""


def prepare(env):
    """Thai admin language for the editor and moderator, a handbook in moderation;
    returns its id ("moderation"), another handbook's ("handbook"), one page id
    per page type ("pages") and the content strings ("content")."""
    result = manage(env, "shell", "-c", PREPARE)
    return json.loads(result.stdout.strip().splitlines()[-1])


def admin_sign_in(page, username):
    page.goto("/admin/login/?next=/admin/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill("changeme")
    with page.expect_navigation():
        page.locator("form button[type=submit]").click()


def screen_strings(page, root=None):
    """The strings the page (or the element ``root``) shows."""
    if root is None:
        return page.evaluate(VISIBLE_TEXT)
    return root.evaluate(VISIBLE_TEXT)


def open_workflow_dialog(page, action):
    """Open the dialog of the moderator's workflow ``action`` ("approve" with a
    comment, "reject": request changes) on the edit screen shown."""
    button = page.locator(
        f"footer button[data-workflow-action-name='{action}'][data-workflow-action-modal-url]"
    ).first
    if not button.is_visible():
        page.locator("footer [data-w-dropdown-target='toggle']").last.click()
    button.click()
    page.locator(".modal-dialog").first.wait_for(state="visible")
    page.wait_for_load_state("networkidle")
