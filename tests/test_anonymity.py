"""The anonymity rules over random small campaigns: no shown figure under the threshold, and no hidden figure that
a reader can work out from the shown total and the other shown parts of its breakdown."""

from __future__ import annotations

import itertools
from collections import Counter
from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.results import breakdowns_of
from bot.scripts import load_builtin_script
from conversations.anonymity import Breakdown, Disclosure, Hidden, Shown, Statistic, disclose
from storage.results import CaseCounts, Funnel, RawResults

LATER = datetime(2027, 1, 1, tzinfo=UTC)


def released(*breakdowns: Breakdown, statistics: tuple[Statistic, ...] = ()) -> Disclosure:
    return disclose(
        breakdowns, statistics, status="closed", contact_ends_on=None, timezone="UTC", delay_days=0, now=LATER
    )


def possible_values(shown: Shown) -> dict[int, set[int]]:
    """The attacker: every value each hidden part can take, by trying every assignment consistent with what the
    page shows. A "fewer than k" part is 0..k-1; a withheld part is k or more and no larger than the smallest shown
    part (complements are taken smallest first); with a shown total the parts add up to it."""
    k = shown.threshold
    values = [value for _label, value in shown.parts]
    hidden = [i for i, value in enumerate(values) if isinstance(value, Hidden)]
    visible = [value for value in values if not isinstance(value, Hidden)]
    total = shown.total if isinstance(shown.total, int) else None
    ceiling = min(visible) if visible else (total if total is not None else 60)
    ranges = [range(0, k) if values[i] == Hidden.FEWER else range(k, ceiling + 1) for i in hidden]
    seen: dict[int, set[int]] = {i: set() for i in hidden}
    for assignment in itertools.product(*ranges):
        if total is not None and sum(assignment) + sum(visible) != total:
            continue
        for i, value in zip(hidden, assignment, strict=True):
            seen[i].add(value)
    return seen


partitions = st.lists(st.integers(min_value=0, max_value=13), min_size=1, max_size=4)


@settings(max_examples=300, deadline=None)
@given(counts=partitions, threshold=st.sampled_from([5, 10]))
def test_a_partition_shows_nothing_small_and_nothing_derivable(counts: list[int], threshold: int) -> None:
    parts = tuple((f"option {i}", count) for i, count in enumerate(counts))
    shown = released(Breakdown("q", parts, total=sum(counts), threshold=threshold)).breakdowns["q"]

    for (label, value), (_, true) in zip(shown.parts, parts, strict=True):
        if isinstance(value, int):
            assert value == true >= threshold, label
        elif value is Hidden.FEWER:
            assert true < threshold
    if isinstance(shown.total, int):
        assert shown.total == sum(counts) >= threshold
    for index, values in possible_values(shown).items():
        assert counts[index] in values, "the attacker's model must admit the truth"
        assert len(values) >= 2, f"part {index} of {counts} can be worked out: {shown}"


@settings(max_examples=200, deadline=None)
@given(counts=partitions)
def test_figures_that_are_not_a_partition_are_hidden_only_when_small(counts: list[int]) -> None:
    parts = tuple((f"category {i}", count) for i, count in enumerate(counts))
    shown = released(Breakdown("flags", parts, threshold=10)).breakdowns["flags"]

    assert shown.total is None
    for (_label, value), (_, true) in zip(shown.parts, parts, strict=True):
        assert value in (true, Hidden.WITHHELD) if true >= 10 else value is Hidden.FEWER
    hidden = [value for _label, value in shown.parts if isinstance(value, Hidden)]
    assert len(hidden) != 1 or len(parts) == 1


def test_one_small_answer_hides_the_next_smallest_so_it_cannot_be_subtracted() -> None:
    parts = (("yes", 3), ("no", 40), ("prefer not to say", 7))
    shown = released(Breakdown("q", parts, total=50)).breakdowns["q"]

    assert shown.parts == (("yes", Hidden.FEWER), ("no", 40), ("prefer not to say", Hidden.WITHHELD))
    assert shown.total == 50


def test_everyone_giving_the_same_answer_is_not_revealed() -> None:
    shown = released(Breakdown("q", (("yes", 0), ("no", 7)), total=7)).breakdowns["q"]

    assert shown.parts == (("yes", Hidden.FEWER), ("no", Hidden.WITHHELD))
    assert shown.total == 7  # 0..4 and 5..7 adding up to 7: either could be anything in its range


def test_a_small_total_hides_the_whole_breakdown() -> None:
    shown = released(Breakdown("q", (("yes", 2), ("no", 2)), total=4)).breakdowns["q"]

    assert shown.total is Hidden.FEWER
    assert {value for _label, value in shown.parts} == {Hidden.FEWER}


def test_two_small_parts_that_pin_each_other_withhold_the_total() -> None:
    shown = released(Breakdown("q", (("yes", 4), ("no", 4)), total=8)).breakdowns["q"]

    assert shown.total is Hidden.WITHHELD  # 0..4 + 0..4 = 8 would pin both to 4


def test_a_withheld_weekly_total_withholds_the_same_figure_in_the_funnel() -> None:
    funnel = Breakdown("funnel", (("enrolled", 40), ("completed", 8)))
    weekly = Breakdown("weekly", (("week 1", 4), ("week 2", 4)), total=8, total_of=("funnel", "completed"))

    shown = released(funnel, weekly).breakdowns

    assert shown["weekly"].total is Hidden.WITHHELD
    assert shown["funnel"].figure("completed") is Hidden.WITHHELD
    assert shown["funnel"].figure("enrolled") == 40


def test_a_median_over_few_workers_is_hidden() -> None:
    stats = (Statistic("median", 30.5, workers=4), Statistic("other", 12.0, workers=5))

    shown = released(statistics=stats).statistics

    assert shown == {"median": Hidden.FEWER, "other": 12.0}


def results_at(
    now: datetime, *, status: str = "running", ends: date | None = date(2026, 12, 10), delay: int = 0
) -> Disclosure:
    breakdown = Breakdown("funnel", (("enrolled", 50),))
    return disclose(
        [breakdown], status=status, contact_ends_on=ends, timezone="Asia/Jakarta", delay_days=delay, now=now
    )


def test_nothing_is_released_before_the_contact_period_ends_in_the_campaigns_timezone() -> None:
    last_evening = datetime(2026, 12, 10, 16, 59, tzinfo=UTC)  # 23:59 on the 10th in Jakarta
    next_morning = datetime(2026, 12, 10, 17, 0, tzinfo=UTC)  # 00:00 on the 11th in Jakarta

    before, after = results_at(last_evening), results_at(next_morning)

    assert not before.release.released and before.breakdowns == {}
    assert before.release.release_on == date(2026, 12, 11)
    assert after.release.released and after.breakdowns["funnel"].figure("enrolled") == 50


def test_the_delay_moves_the_release_and_closing_releases_at_once() -> None:
    morning = datetime(2026, 12, 12, 3, 0, tzinfo=UTC)

    delayed = results_at(morning, delay=3)
    closed = results_at(morning, delay=3, status="closed")
    no_end = results_at(morning, ends=None)

    assert not delayed.release.released and delayed.release.release_on == date(2026, 12, 14)
    assert closed.release.released
    assert not no_end.release.released and no_end.release.release_on is None


# --- over random small campaigns, through the breakdowns the dashboard builds ---------------------------------

ANSWERS = ("yes", "no", "prefer_not", "skipped", None)  # None: not asked (stopped before the question)
MONDAYS = tuple(date(2026, 11, 2) + timedelta(weeks=n) for n in range(4))
workers = st.lists(
    st.tuples(
        st.sampled_from(ANSWERS),
        st.sampled_from((*MONDAYS, None)),  # the week the worker completed the questions
        st.frozensets(st.sampled_from(("wages", "documents", "harassment")), max_size=2),  # raised in own words
    ),
    max_size=40,
)


@settings(max_examples=150, deadline=None)
@given(campaign=workers)
def test_no_figure_of_a_random_small_campaign_is_small_or_derivable(
    campaign: list[tuple[str | None, date | None, frozenset[str]]],
) -> None:
    question = next(q for q in load_builtin_script("default").questions if q.id == "deductions")
    answers = Counter(answer for answer, _week, _flags in campaign if answer is not None)
    completed = Counter(week for _answer, week, _flags in campaign if week is not None)
    raw = RawResults(
        funnel=Funnel(enrolled=len(campaign), completed=sum(completed.values())),
        answers={"deductions": dict(answers)},
        free_text_categories=dict(Counter(c for _a, _w, flags in campaign for c in flags)),
        free_text_severities={},
        cases=CaseCounts(),
        completed_weekly=dict(completed),
    )

    shown = released(*breakdowns_of(raw, [question])).breakdowns

    for breakdown in shown.values():
        for _label, value in breakdown.parts:
            assert isinstance(value, Hidden) or value >= breakdown.threshold
        assert not isinstance(breakdown.total, int) or breakdown.total >= breakdown.threshold
        if breakdown.total is not None:
            assert all(len(values) >= 2 for values in possible_values(breakdown).values()), breakdown
    weekly, funnel = shown["weekly:completed_weekly"], shown["funnel:completed"]
    if weekly.total is Hidden.WITHHELD:
        assert funnel.figure("completed") is Hidden.WITHHELD  # the same total is not shown elsewhere either
