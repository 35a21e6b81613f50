"""The signed-in writes of the load run, and how to count what they left behind."""

import json

from tests.live_server import manage

# (kind, callable(session, base_url, username, rng) -> response); filled in below.
WRITES = []

# kind -> Python expression (run in ``manage.py shell``) counting its rows.
COUNTS = {}


def count_written(env):
    code = "import json\n" + f"print(json.dumps({{k: eval(v) for k, v in {COUNTS!r}.items()}}))"
    return json.loads(manage(env, "shell", "-c", code).stdout.strip().splitlines()[-1] or "{}")
