"""Survey statistics from histograms ({value: count}), with no Django.

Means leave "not applicable" out (it is never a value here). The standard
deviation is the sample one (n − 1), as Thai agency reports give S.D. The Thai
"ร้อยละ" is mean ÷ scale maximum × 100 (mean ÷ 5 × 100 on five-point items).
Levels follow the usual five-point bands on the mean rounded to two decimals:
4.21–5.00 highest … 1.00–1.80 lowest, so 3.40 is moderate and 3.41 high.
The before/after difference of means gets a percentile bootstrap 95% interval
from a fixed seed, so a report reads the same every time."""

import math
import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

MIN_RANKED = 30  # no office is ranked on fewer responses
DRAWS = 1000
SEED = 2569
# Lower edges of levels 5, 4, 3 and 2 on a five-point mean (level 1 below).
BAND_EDGES = (
    (Decimal("4.21"), 5),
    (Decimal("3.41"), 4),
    (Decimal("2.61"), 3),
    (Decimal("1.81"), 2),
)
IMPROVED, UNCLEAR, WORSE = "improved", "unclear", "worse"


@dataclass(frozen=True)
class Summary:
    n: int
    mean: float | None
    sd: float | None
    top_two: float | None  # per cent of answers in the two highest values
    percent: float | None  # ร้อยละ: mean ÷ highest value × 100
    level: int | None  # five-point items: 5 highest … 1 lowest


def histogram(values):
    """{value: count} of ``values``; None ("not applicable") is left out."""
    counts = {}
    for value in values:
        if value is not None:
            counts[value] = counts.get(value, 0) + 1
    return counts


def merge(*histograms):
    merged = {}
    for counts in histograms:
        for value, count in counts.items():
            merged[value] = merged.get(value, 0) + count
    return merged


def mean(counts):
    n = sum(counts.values())
    return sum(value * count for value, count in counts.items()) / n if n else None


def sd(counts):
    """The sample standard deviation, or None below two answers."""
    n = sum(counts.values())
    if n < 2:
        return None
    average = mean(counts)
    squares = sum(count * (value - average) ** 2 for value, count in counts.items())
    return math.sqrt(squares / (n - 1))


def top_two_box(counts, highest):
    """Per cent of answers at ``highest`` or one below it."""
    n = sum(counts.values())
    top = sum(count for value, count in counts.items() if value >= highest - 1)
    return 100 * top / n if n else None


def level(average):
    """The five-point level (5 highest … 1 lowest) of a mean, on two decimals."""
    if average is None:
        return None
    rounded = Decimal(str(average)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return next((band for edge, band in BAND_EDGES if rounded >= edge), 1)


def summarise(counts, highest=5):
    """N, mean, SD, top-two-box %, ร้อยละ and (on five-point items) the level."""
    average = mean(counts)
    return Summary(
        n=sum(counts.values()),
        mean=average,
        sd=sd(counts),
        top_two=top_two_box(counts, highest),
        percent=100 * average / highest if average is not None else None,
        level=level(average) if highest == 5 else None,
    )


@dataclass(frozen=True)
class Difference:
    change: float  # mean after − mean before
    low: float
    high: float
    verdict: str  # improved, unclear (the interval holds 0) or worse


def bootstrap_difference(before, after, draws=DRAWS, seed=SEED):
    """The difference of means after − before with a percentile bootstrap 95%
    interval: each draw resamples both periods' answers with replacement (as
    multinomial counts of their histograms). None if either period is empty."""
    if not sum(before.values()) or not sum(after.values()):
        return None
    rng = random.Random(seed)  # noqa: S311 (a fixed seed on purpose: reproducible reports)
    changes = sorted(
        _resampled_mean(after, rng) - _resampled_mean(before, rng) for _ in range(draws)
    )
    low = changes[int(0.025 * draws)]
    high = changes[min(draws - 1, math.ceil(0.975 * draws) - 1)]
    verdict = IMPROVED if low > 0 else WORSE if high < 0 else UNCLEAR
    return Difference(mean(after) - mean(before), low, high, verdict)


def _resampled_mean(counts, rng):
    """The mean of ``n`` draws with replacement from ``counts`` (n its size),
    drawn as multinomial counts by successive binomials."""
    n = remaining = sum(counts.values())
    left = n
    total = 0
    for value, count in sorted(counts.items()):
        if remaining <= 0:
            break
        drawn = remaining if count == left else binomial(remaining, count / left, rng)
        total += value * drawn
        remaining -= drawn
        left -= count
    return total / n


def binomial(n, p, rng):
    """A Binomial(n, p) variate from ``rng``, in constant expected time for large
    n·p (Hörmann's BTRS, as in Python 3.12's ``random.binomialvariate``)."""
    if p <= 0 or n <= 0:
        return 0
    if p >= 1:
        return n
    if p > 0.5:
        return n - binomial(n, 1 - p, rng)
    if n * p < 10:
        # Inversion by geometric waiting times (Devroye).
        x = y = 0
        c = math.log1p(-p)
        while True:
            wait = math.log(1.0 - rng.random()) / c
            if wait >= n:  # also an infinite wait, when p is vanishingly small
                return x
            y += math.floor(wait) + 1
            if y > n:
                return x
            x += 1
    spq = math.sqrt(n * p * (1 - p))
    b = 1.15 + 2.53 * spq
    a = -0.0873 + 0.0248 * b + 0.01 * p
    c = n * p + 0.5
    vr = 0.92 - 4.2 / b
    alpha = (2.83 + 5.1 / b) * spq
    lpq = math.log(p / (1 - p))
    m = math.floor((n + 1) * p)
    h = math.lgamma(m + 1) + math.lgamma(n - m + 1)
    while True:
        u = rng.random() - 0.5
        v = rng.random()
        us = 0.5 - abs(u)
        k = math.floor((2 * a / us + b) * u + c)
        if k < 0 or k > n:
            continue
        if us >= 0.07 and v <= vr:
            return k
        v = math.log(v * alpha / (a / (us * us) + b))
        if v <= h - math.lgamma(k + 1) - math.lgamma(n - k + 1) + (k - m) * lpq:
            return k
