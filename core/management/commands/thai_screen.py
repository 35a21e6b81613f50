"""List the strings an admin screen still shows in English to a user whose admin
language is Thai: ``manage.py thai_screen /admin/pages/3/edit/ --user editor``."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.test import Client

from core.thai_screen import content_strings, english_strings, visible_strings


class Command(BaseCommand):
    help = "List the English strings an admin screen shows in Thai (content excluded)."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="Admin paths, e.g. /admin/reports/")
        parser.add_argument("--user", required=True, help="Username to view the screens as.")

    def handle(self, *args, paths, user, **options):
        try:
            account = get_user_model().objects.get(username=user)
        except get_user_model().DoesNotExist as error:
            raise CommandError(f"No user {user!r}.") from error
        host = next((h for h in settings.ALLOWED_HOSTS if h != "*" and not h.startswith(".")), "")
        client = Client(HTTP_HOST=host or "localhost", HTTP_ACCEPT_LANGUAGE="th")
        client.force_login(account)
        content = content_strings()
        for path in paths:
            response = client.get(path, follow=True)
            strings = visible_strings(response.content.decode())
            english = english_strings(strings, content)
            share = 100 * len(english) / max(len(strings), 1)
            self.stdout.write(
                f"{path} ({response.status_code}): {len(english)} of {len(strings)} "
                f"strings English ({share:.1f}%)"
            )
            for text in english:
                self.stdout.write(f"    {text}")
