"""The judging arithmetic on hand-computed numbers."""

import pytest

from contests import scoring


def test_weighted_total_is_on_a_0_to_100_scale():
    criteria = [(1, 40, 10), (2, 30, 10), (3, 30, 5)]
    # 40·0.8 + 30·0.5 + 30·1.0 = 77 of 100
    assert scoring.weighted_total({1: 8, 2: 5, 3: 5}, criteria) == pytest.approx(77)
    # Weights need not add up to 100: 1·1.0 + 3·0.0 over 4 → 25
    assert scoring.weighted_total({1: 10, 2: 0}, [(1, 1, 10), (2, 3, 10)]) == pytest.approx(25)


def test_trimmed_mean_drops_the_extremes_only_with_enough_totals():
    assert scoring.trimmed_mean([10, 50, 60, 100]) == pytest.approx(55)
    assert scoring.trimmed_mean([10, 50, 60]) == pytest.approx(40)


def test_z_scores_per_judge_and_a_constant_judge_gives_zero():
    z = scoring.z_scores({"harsh": {"a": 20, "b": 40, "c": 60}, "flat": {"a": 70, "b": 70}})
    # mean 40, population sd sqrt(800/3) = 16.3299
    assert z["harsh"]["a"] == pytest.approx(-1.224745, abs=1e-6)
    assert z["harsh"]["b"] == 0
    assert z["harsh"]["c"] == pytest.approx(1.224745, abs=1e-6)
    assert z["flat"] == {"a": 0.0, "b": 0.0}


def test_normalising_lets_a_harsh_and_a_lenient_judge_count_equally():
    """The lenient judge alone scored Y very high; raw means favour Y, z-scores do not."""
    totals = {
        "harsh": {"X": 50, "Z": 30},  # X above Z
        "lenient": {"Y": 95, "Z": 85},  # Y above Z
        "fair": {"X": 80, "Y": 60, "Z": 40},
    }
    codes = {"X": "X-1", "Y": "Y-1", "Z": "Z-1"}
    raw = scoring.rank(totals, codes)
    assert [row.code for row in raw] == ["Y-1", "X-1", "Z-1"]  # 77.5, 65, 51.67
    normal = scoring.rank(totals, codes, normalise=True)
    # z: X = (1 + 1.2247)/2, Y = (1 + 0)/2, Z = (-1 - 1 - 1.2247)/3
    assert [row.code for row in normal] == ["X-1", "Y-1", "Z-1"]
    assert normal[0].score == pytest.approx(50 + 10 * (1 + 1.224745) / 2, abs=1e-4)
    assert normal[2].score == pytest.approx(50 + 10 * (-3.224745 / 3), abs=1e-4)


def test_ties_are_broken_by_median_then_judges_then_code():
    totals = {
        "j1": {"A": 60, "B": 60, "C": 50, "D": 80, "E": 70, "G": 40},
        "j2": {"A": 60, "B": 60, "C": 70, "D": 40, "G": 70},
        "j3": {"C": 60, "G": 70},
    }
    # Raw means: E 70; G, C, A, B, D all 60. Medians: G 70, C 60, A/B/D 60.
    # Judges: G and C 3, A/B/D 2. Then the code: A, B, D.
    rows = scoring.rank(totals, {code: code for code in "ABCDEG"})
    assert [row.code for row in rows] == ["E", "G", "C", "A", "B", "D"]
    assert [row.tie_break for row in rows] == ["", "", "median", "judges", "code", "code"]
    assert [row.rank for row in rows] == [1, 2, 3, 4, 5, 6]


def test_equal_normalised_scores_are_broken_by_the_raw_mean():
    # Each judge puts one entry one sd above and the other one below: both z means are 0.
    totals = {"j1": {"P": 60, "Q": 40}, "j2": {"P": 30, "Q": 70}}
    rows = scoring.rank(totals, {"P": "P", "Q": "Q"}, normalise=True)
    assert [row.code for row in rows] == ["Q", "P"]
    assert rows[0].score == rows[1].score == pytest.approx(50)
    assert rows[1].tie_break == "raw"


def test_trimmed_ranking_uses_the_trimmed_raw_mean():
    totals = {f"j{n}": {"A": value} for n, value in enumerate([10, 50, 60, 100])}
    assert scoring.rank(totals, {"A": "A"}, trim=True)[0].raw == pytest.approx(55)
