"""How much of the third-party UI our editors meet has Thai: per package and
domain, the messages the package translates itself, those our overrides
(``locale/overrides``) complete or correct, and those still English."""

from django.core.management.base import BaseCommand

from core import thai_catalogue


class Command(BaseCommand):
    requires_system_checks = []
    help = "Report Thai coverage of Django's, Wagtail's, wagtail-localize's and allauth's messages."

    def add_arguments(self, parser):
        parser.add_argument(
            "--add-missing",
            action="store_true",
            help="Add untranslated messages to the override catalogues, to be translated.",
        )
        parser.add_argument(
            "--list", action="store_true", help="List the messages still without Thai."
        )

    def handle(self, *args, **options):
        if options["add_missing"]:
            added = thai_catalogue.add_missing()
            self.stdout.write(f"{added} messages added to locale/overrides (to translate).")
        total = thai = upstream = ours = 0
        self.stdout.write(
            f"{'package':36} {'domain':8} {'messages':>8} {'upstream':>8} {'ours':>6} {'Thai':>7}"
        )
        for item in thai_catalogue.coverage():
            share = 100 * item.thai / item.total
            self.stdout.write(
                f"{item.package:36} {item.domain:8} {item.total:8} {item.upstream:8} "
                f"{item.ours:6} {share:6.1f}%"
            )
            if options["list"]:
                for entry in item.missing:
                    self.stdout.write(f"    {entry.msgid!r}")
            total += item.total
            thai += item.thai
            upstream += item.upstream
            ours += item.ours
        self.stdout.write(
            f"{'all':36} {'':8} {total:8} {upstream:8} {ours:6} {100 * thai / total:6.1f}%"
        )
