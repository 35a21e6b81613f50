"""Survey statistics against figures worked out by hand."""

import math
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from surveys import statistics
from surveys.statistics import IMPROVED, UNCLEAR, WORSE, histogram, summarise


def test_not_applicable_is_left_out_of_the_mean():
    counts = histogram([5, 4, None, 3, 5, None])
    assert counts == {5: 2, 4: 1, 3: 1}
    summary = summarise(counts)
    assert summary.n == 4
    assert summary.mean == pytest.approx(17 / 4)  # 4.25


def test_standard_deviation_top_two_and_percent_by_hand():
    summary = summarise(histogram([5, 5, 4, 3]))
    # mean 4.25; squared deviations 0.5625 + 0.5625 + 0.0625 + 1.5625 = 2.75; / (4 − 1)
    assert summary.sd == pytest.approx(math.sqrt(2.75 / 3))  # 0.9574
    assert summary.top_two == pytest.approx(75.0)  # three of four answered 4 or 5
    assert summary.percent == pytest.approx(85.0)  # 4.25 ÷ 5 × 100
    assert summary.level == 5


def test_four_faces_use_their_own_top_two_and_percent():
    summary = summarise(histogram([4, 3, 2, 1]), highest=4)
    assert summary.top_two == pytest.approx(50.0)
    assert summary.percent == pytest.approx(2.5 / 4 * 100)
    assert summary.level is None


@pytest.mark.parametrize(
    "mean, level",
    [
        (5.0, 5), (4.21, 5), (4.2, 4), (3.41, 4), (3.4, 3), (3.405, 4), (3.404, 3),
        (2.61, 3), (2.6, 2), (1.81, 2), (1.8, 1), (1.0, 1),
    ],
)  # fmt: skip
def test_levels_at_their_edges(mean, level):
    assert statistics.level(mean) == level


def test_nothing_answered_gives_no_figures():
    summary = summarise({})
    assert (summary.n, summary.mean, summary.sd, summary.top_two, summary.level) == (
        0, None, None, None, None,
    )  # fmt: skip
    assert summarise({4: 1}).sd is None


def test_bootstrap_interval_on_a_fixed_seed():
    before = {3: 50, 4: 50}  # mean 3.5
    after = {4: 50, 5: 50}  # mean 4.5
    first = statistics.bootstrap_difference(before, after)
    assert first == statistics.bootstrap_difference(before, after)  # reproducible
    assert first.change == pytest.approx(1.0)
    # Standard error sqrt(0.25/100 + 0.25/100) = 0.0707; a 95% interval is about 0.28 wide.
    assert 0.24 < first.high - first.low < 0.32
    assert first.low < 1.0 < first.high
    assert first.verdict == IMPROVED
    assert statistics.bootstrap_difference(after, before).verdict == WORSE
    assert statistics.bootstrap_difference(before, dict(before)).verdict == UNCLEAR
    assert statistics.bootstrap_difference({}, after) is None


@given(
    n=st.integers(min_value=0, max_value=5000),
    p=st.floats(min_value=0, max_value=1),
    seed=st.integers(min_value=0, max_value=2**32),
)
def test_binomial_draws_stay_in_range(n, p, seed):
    assert 0 <= statistics.binomial(n, p, random.Random(seed)) <= n  # noqa: S311


@pytest.mark.parametrize("n, p", [(20, 0.2), (1000, 0.3), (5000, 0.9)])
def test_binomial_draws_have_the_right_mean_and_variance(n, p):
    rng = random.Random(7)  # noqa: S311
    draws = [statistics.binomial(n, p, rng) for _ in range(20000)]
    mean = sum(draws) / len(draws)
    variance = sum((d - mean) ** 2 for d in draws) / len(draws)
    assert mean == pytest.approx(n * p, rel=0.02)
    assert variance == pytest.approx(n * p * (1 - p), rel=0.06)


@given(st.lists(st.integers(min_value=1, max_value=5), min_size=1, max_size=200))
def test_summaries_stay_within_the_scale(values):
    summary = summarise(histogram(values))
    assert min(values) <= summary.mean + 1e-9 and summary.mean <= max(values) + 1e-9
    assert summary.percent == pytest.approx(summary.mean / 5 * 100)
    assert 0 <= summary.top_two <= 100
    assert summary.sd is None or summary.sd >= 0


@given(st.floats(min_value=1, max_value=5), st.floats(min_value=1, max_value=5))
def test_a_higher_mean_never_gets_a_lower_level(low, high):
    low, high = sorted((low, high))
    assert statistics.level(low) <= statistics.level(high)
