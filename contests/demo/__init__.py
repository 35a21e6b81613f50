"""The demo SMILE contest for ``load_demo_content``: four categories, Thai entries from
several staff accounts, three drawn logos, round 1 assigned to judge1–judge3 with
some scores entered. Running it again changes nothing.
"""

import io
import random
from datetime import timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone
from PIL import Image, ImageDraw
from tqdm import tqdm

from contests import assignment, entries, rounds, sheets
from contests.demo import content
from contests.logos import reencode
from contests.models import Category, Contest, ContestIndexPage, ContestPage, Criterion, Entry
from portal.demo.loader import add_account, add_page, demo_user, translate
from portal.models import SectionPage
from portal.roles import JUDGES, STAFF

LOGO_SIZE = 256


def load(stdout):
    admin = demo_user("admin")
    with transaction.atomic():
        contest = Contest.objects.filter(title=content.CONTEST["title"]).first()
        if contest is None:
            contest = _contest(demo_user("manager"))
        intranet = SectionPage.objects.get(slug="intranet", locale__language_code="th")
        index = add_page(intranet, ContestIndexPage, content.INDEX, admin)
        page = add_page(index, ContestPage, {**content.PAGE, "contest": contest}, admin)
    for built in tqdm((index, page), desc="Translating contest pages", unit="page", file=stdout):
        translate(built, content.ENGLISH, admin)
    return contest


def _contest(manager):
    now = timezone.now()
    contest = Contest.objects.create(
        **content.CONTEST,
        submission_opens=now - timedelta(days=30),
        submission_closes=now - timedelta(days=2),
        judging_opens=now - timedelta(days=1),
        judging_closes=now + timedelta(days=21),
    )
    judges = list(
        get_user_model().objects.filter(groups__name=JUDGES, username__startswith="judge")
    )
    categories = {}
    for order, (name, prefix, kind, words, characters, criteria) in enumerate(content.CATEGORIES):
        category = Category.objects.create(
            contest=contest, name=name, code_prefix=prefix, kind=kind, max_words=words,
            max_characters=characters, sort_order=order,
        )  # fmt: skip
        Criterion.objects.bulk_create(
            Criterion(category=category, name=label, description=text, weight=weight,
                      scale_max=10, sort_order=position)
            for position, (label, text, weight) in enumerate(criteria)
        )  # fmt: skip
        category.judges.set(judges)
        category.save()  # a ParentalManyToManyField is written on save
        categories[prefix] = category
    _entrants()
    for username, prefix, title, text in content.ENTRIES:
        entry = Entry(
            category=categories[prefix], author=demo_user(username), title=title, text=text,
            code=entries.new_code(categories[prefix]),
        )  # fmt: skip
        if title in content.LOGOS:
            logo = reencode(_draw_logo(*content.LOGOS[title]))
            entry.logo.save(logo.name, logo, save=False)
        entry.save()
    for category in categories.values():
        round_ = rounds.start_round(category, manager)
        assignment.assign(round_, manager)
    _scores(categories)
    return contest


def _entrants():
    staff = Group.objects.get(name=STAFF)
    for username, (first, last, office, unit) in content.ENTRANTS.items():
        add_account(username, first, last, [staff], (office, unit))


def _draw_logo(background, foreground):
    """A simple smiling badge, as a PNG upload."""
    image = Image.new("RGB", (LOGO_SIZE, LOGO_SIZE), background)
    draw = ImageDraw.Draw(image)
    draw.ellipse((28, 28, 228, 228), outline=foreground, width=14)
    draw.ellipse((88, 90, 108, 110), fill=foreground)
    draw.ellipse((148, 90, 168, 110), fill=foreground)
    draw.arc((78, 100, 178, 190), start=20, end=160, fill=foreground, width=12)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return SimpleUploadedFile("logo.png", out.getvalue(), content_type="image/png")


def _scores(categories):
    """Some sheets entered by the judges, drafts and submitted, with seeded scores."""
    rng = random.Random(7)  # noqa: S311 - repeatable demo scores
    for username, prefix, count, submit in content.SCORING:
        judge = demo_user(username)
        round_ = rounds.latest_round(categories[prefix])
        mine = round_.assignments.filter(judge=judge).select_related("entry", "round__category")
        for item in mine.order_by("entry__code")[:count]:
            values = {
                criterion: Decimal(rng.randint(5, 10))
                for criterion in categories[prefix].criteria.all()
            }
            sheets.save_sheet(item, values, submit=submit)
