"""The signed-in writes of the load run, and the checks of what they left behind.

* ``reply``: a staff member replies to a community topic. One reply in ten is
  sent twice with the same form token, as a double click would; the server
  must keep one post. Afterwards the posts added must equal the replies the
  server confirmed.
* ``score``: a judge saves a draft score sheet for an entry on their list.
  Several users share each judge account, so saves of the same sheet race.
  Afterwards each sheet must hold exactly the values of one confirmed save
  (none lost, none mixed from two saves), once.
"""

import json
import re
import threading
import uuid

from tests.demo_build import manage

JUDGES = ["judge1", "judge2", "judge3"]
LOAD_USERS = 50
PASSWORD = "changeme"  # noqa: S105 - throwaway accounts of a throwaway database

SETUP = f"""
import json
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from communities.models import Topic
from core.routing import subpage_url
staff = Group.objects.get(name="Staff")
User = get_user_model()
for number in range({LOAD_USERS}):
    user, created = User.objects.get_or_create(username=f"load{{number:02d}}")
    if created:
        user.set_password("{PASSWORD}")
        user.save()
    user.groups.add(staff)
topics = Topic.objects.filter(
    hidden=False, locked=False, community__members_only_posting=False
).select_related("community")
print(json.dumps([subpage_url(topic.community, "reply", topic.pk) for topic in topics]))
"""

COUNT_POSTS = "from communities.models import Post; print(Post.objects.count())"

SHEETS = """
import json
from contests.models import ScoreSheet
sheets = {}
for sheet in ScoreSheet.objects.prefetch_related("scores").select_related("entry", "judge"):
    key = f"{sheet.judge.username}|{sheet.round_id}|{sheet.entry.code}"
    sheets.setdefault(key, []).append({str(s.criterion_id): str(s.value) for s in sheet.scores.all()})
print(json.dumps(sheets))
"""


class Writes:
    """What the simulated users wrote, as the server confirmed it."""

    def __init__(self, env):
        self.env = env
        self.lock = threading.Lock()
        # The URLs to reply at, one per open topic.
        self.topics = json.loads(manage(env, "shell", "-c", SETUP).stdout.strip().splitlines()[-1])
        self.posts_before = self._count_posts()
        self.replies = 0
        self.saves = {}  # "judge|round|code" -> list of confirmed {criterion: value}

    def account(self, number):
        """Who simulated user ``number`` signs in as, and what they write."""
        if number % 4 == 0:
            return JUDGES[(number // 4) % len(JUDGES)], self.score
        return f"load{number % LOAD_USERS:02d}", self.reply

    def reply(self, session, base_url, username, rng):
        url = base_url + rng.choice(self.topics)  # a reply route of a Thai community page
        data = {
            "body": f"ขอบคุณครับ ลองทำตามแล้วได้ผล ({uuid.uuid4().hex[:8]})",
            "form_token": str(uuid.uuid4()),
            "csrfmiddlewaretoken": session.cookies["csrftoken"],
        }
        response = session.post(
            url, data, headers={"Referer": url}, allow_redirects=False, timeout=30
        )
        if response.status_code != 302:
            return response
        if rng.random() < 0.1:  # a double click: the same form again
            again = session.post(
                url, data, headers={"Referer": url}, allow_redirects=False, timeout=30
            )
            if again.status_code != 302:
                return again
        with self.lock:
            self.replies += 1
        return response

    def score(self, session, base_url, username, rng):
        dashboard = session.get(f"{base_url}/th/contests/judging/", timeout=30)
        links = sorted(
            set(re.findall(r'href="(/th/contests/judging/(\d+)/([A-Z]+-\d+)/)"', dashboard.text))
        )
        if not links:
            return dashboard
        path, round_id, code = rng.choice(links)
        form = session.get(base_url + path, timeout=30)
        fields = re.findall(r'name="criterion-(\d+)"[^>]*max="([\d.]+)"', form.text)
        if not fields:  # submitted or closed: nothing to save
            return form
        values = {criterion: str(rng.randint(0, int(float(top)))) for criterion, top in fields}
        data = {f"criterion-{c}": v for c, v in values.items()}
        data["csrfmiddlewaretoken"] = session.cookies["csrftoken"]
        response = session.post(
            base_url + path,
            data,
            headers={"Referer": base_url + path},
            allow_redirects=False,
            timeout=30,
        )
        if response.status_code == 302:
            with self.lock:
                self.saves.setdefault(f"{username}|{round_id}|{code}", []).append(values)
        return response

    def _count_posts(self):
        return int(manage(self.env, "shell", "-c", COUNT_POSTS).stdout.strip().splitlines()[-1])

    def check(self):
        """Lines describing what the database holds against what was confirmed."""
        added = self._count_posts() - self.posts_before
        lines = [
            f"  replies: confirmed {self.replies}, posts added {added}: "
            + ("ok" if added == self.replies else "MISMATCH")
        ]
        sheets = json.loads(manage(self.env, "shell", "-c", SHEETS).stdout.strip().splitlines()[-1])
        bad = []
        for key, confirmed in self.saves.items():
            stored = sheets.get(key, [])
            normal = [{c: f"{float(v):.2f}" for c, v in s.items()} for s in stored]
            wanted = [{c: f"{float(v):.2f}" for c, v in s.items()} for s in confirmed]
            if len(stored) != 1 or normal[0] not in wanted:
                bad.append(key)
        saves = sum(len(v) for v in self.saves.values())
        lines.append(
            f"  score saves: confirmed {saves} on {len(self.saves)} sheets; sheets duplicated, "
            f"lost or mixed: {len(bad)}" + ("" if not bad else f" MISMATCH {bad[:5]}")
        )
        return lines
