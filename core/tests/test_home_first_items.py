"""``home.first_items``: a panel's first rows and the count of all of them."""

import pytest
from django.contrib.auth.models import Group

from core import home

pytestmark = [pytest.mark.django_db]


@pytest.mark.parametrize(
    ("made", "queries"), [(0, 1), (3, 1), (home.ITEMS_PER_PANEL, 2), (7, 2)], ids=str
)
def test_a_panel_shows_its_first_rows_and_counts_all_only_when_they_fill_it(
    made, queries, django_assert_num_queries
):
    for number in range(made):
        Group.objects.create(name=f"first-items-{number}")
    groups = Group.objects.filter(name__startswith="first-items-").order_by("name")
    with django_assert_num_queries(queries):
        items, count = home.first_items(groups)
    assert [g.name for g in items] == [
        f"first-items-{n}" for n in range(min(made, home.ITEMS_PER_PANEL))
    ]
    assert count == made
