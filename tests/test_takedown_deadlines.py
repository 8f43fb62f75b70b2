"""Working-time arithmetic in England and Wales: bank holidays computed (Easter, substitute
days, proclaimed one-offs) and 48-hour / 5-day operator deadlines across weekends and them."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from repwatch.takedown.deadlines import (
    LONDON,
    add_working_days,
    add_working_hours,
    bank_holidays,
    defamation_deadlines,
    end_of_working_day,
)

# From gov.uk/bank-holidays (England and Wales).
GOV_UK = {
    2021: "01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28",
    2022: "01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27",
    2023: "01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26",
    2024: "01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26",
    2025: "01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26",
    2026: "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28",
    2027: "01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28",
}


@pytest.mark.parametrize("year", sorted(GOV_UK))
def test_bank_holidays_match_gov_uk(year: int) -> None:
    expected = {date.fromisoformat(f"{year}-{md}") for md in GOV_UK[year].split()}
    assert bank_holidays(year) == expected


def test_calendar_does_not_expire() -> None:
    # Easter 2040 is 1 April; Christmas 2049 is a Saturday (Mon 27 and Tue 28 substitute).
    assert {date(2040, 3, 30), date(2040, 4, 2)} <= bank_holidays(2040)
    assert {date(2049, 12, 27), date(2049, 12, 28)} <= bank_holidays(2049)
    assert len(bank_holidays(2049)) == 8


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@pytest.mark.parametrize(
    ("start", "hours", "due", "why"),
    [
        ("2025-06-02 09:00", 48, "2025-06-04 09:00", "Monday: two plain working days"),
        ("2025-06-06 15:00", 48, "2025-06-10 15:00", "Friday: the weekend does not count"),
        ("2025-06-07 12:00", 48, "2025-06-10 23:00", "Saturday: counting starts Monday 00:00 BST"),
        (
            "2025-04-17 15:00",
            48,
            "2025-04-23 15:00",
            "Thursday before Easter: Good Friday, the weekend and Easter Monday skipped",
        ),
        ("2025-12-23 10:00", 48, "2025-12-29 10:00", "Christmas Day and Boxing Day skipped"),
        (
            "2026-12-24 10:00",
            48,
            "2026-12-30 10:00",
            "Boxing Day on a Saturday: Monday 28th is its substitute",
        ),
        ("2027-12-24 10:00", 24, "2027-12-29 10:00", "Christmas on a Saturday: 27th and 28th off"),
        (
            "2025-03-28 12:00",
            48,
            "2025-04-01 11:00",
            "across the change to BST: noon by the London clock (11:00 UTC)",
        ),
        ("2025-05-02 16:00", 8, "2025-05-06 00:00", "early May bank holiday Monday skipped"),
    ],
)
def test_add_working_hours(start: str, hours: int, due: str, why: str) -> None:
    assert add_working_hours(utc(start), hours) == utc(due), why


def test_working_hours_keep_the_callers_time_zone() -> None:
    start = datetime(2025, 6, 6, 16, 0, tzinfo=LONDON)
    due = add_working_hours(start, 48)
    assert due.tzinfo is LONDON and (due.day, due.hour) == (10, 16)


def test_naive_time_is_refused() -> None:
    with pytest.raises(ValueError, match="time zone"):
        add_working_hours(datetime(2025, 6, 6, 16, 0), 48)


def test_end_of_fifth_working_day_and_working_days() -> None:
    # Friday 18 April 2025 is Good Friday: day 1 is Tuesday 22nd, day 5 is Monday 28th.
    assert end_of_working_day(utc("2025-04-17 15:00"), 5) == utc("2025-04-28 23:00")
    # Friday 19 December: Mon 22, Tue 23, Wed 24, (Christmas, Boxing Day, weekend) Mon 29, Tue 30.
    assert add_working_days(utc("2025-12-19 09:30"), 5) == utc("2025-12-30 09:30")


def test_defamation_chain_over_christmas() -> None:
    kinds = {k: due for k, due, _ in defamation_deadlines(utc("2025-12-23 10:00"))}
    assert kinds == {
        "defamation-48h": utc("2025-12-29 10:00"),
        # 5 working days after Mon 29th: Tue 30, Wed 31, Fri 2, Mon 5, Tue 6 → midnight.
        "defamation-5d": utc("2026-01-07 00:00"),
        "defamation-removal": utc("2026-01-09 00:00"),
    }
