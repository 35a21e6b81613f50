"""Create the intake API token of a channel (or replace it) and print it once."""

from django.core.management.base import BaseCommand

from complaints.models import ChannelToken


class Command(BaseCommand):
    help = "Create or replace a channel's intake API bearer token and print it (shown once)."

    def add_arguments(self, parser):
        parser.add_argument("name", help="the channel, for example line")

    def handle(self, *args, name, **options):
        channel = ChannelToken.objects.filter(name=name).first() or ChannelToken(name=name)
        token = channel.new_token()
        channel.revoked_at = None
        channel.save()
        self.stdout.write(token)
