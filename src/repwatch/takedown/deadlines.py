"""Working-time arithmetic for takedown deadlines in England and Wales.

The Defamation (Operators of Websites) Regulations 2013 give an operator 48 hours to act on a
notice and the poster until midnight at the end of the fifth day to reply; weekends and bank
holidays do not count. This module computes the England and Wales bank holidays for any year
(Easter from :func:`dateutil.easter.easter`, the fixed-date holidays with their substitute days)
so the calendar never expires, plus the few one-off holidays and moves made by proclamation,
which no rule can predict and which live in :data:`PROCLAIMED` (add a new one there).

Times are counted on the clock in London (``Europe/London``): a working day runs from local
midnight to local midnight, so a deadline that crosses a change to or from British Summer Time
is still the right wall-clock hour. Every function takes the moment to count from; none reads
the clock.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from dateutil.easter import easter

LONDON = ZoneInfo("Europe/London")

# One-off changes by royal proclamation: (year) → (holidays removed, holidays added).
PROCLAIMED: dict[int, tuple[tuple[date, ...], tuple[date, ...]]] = {
    1995: ((date(1995, 5, 1),), (date(1995, 5, 8),)),  # VE Day 50th: early May moved
    1999: ((), (date(1999, 12, 31),)),  # Millennium
    2002: ((date(2002, 5, 27),), (date(2002, 6, 3), date(2002, 6, 4))),  # Golden Jubilee
    2011: ((), (date(2011, 4, 29),)),  # Royal wedding
    2012: ((date(2012, 5, 28),), (date(2012, 6, 4), date(2012, 6, 5))),  # Diamond Jubilee
    2020: ((date(2020, 5, 4),), (date(2020, 5, 8),)),  # VE Day 75th: early May moved
    2022: ((date(2022, 5, 30),), (date(2022, 6, 2), date(2022, 6, 3), date(2022, 9, 19))),
    2023: ((), (date(2023, 5, 8),)),  # Coronation
}


def _first_monday(year: int, month: int) -> date:
    d = date(year, month, 1)
    return d + timedelta(days=(7 - d.weekday()) % 7)


def _last_monday(year: int, month: int) -> date:
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    d = nxt - timedelta(days=1)
    return d - timedelta(days=d.weekday())


@lru_cache(maxsize=256)
def bank_holidays(year: int) -> frozenset[date]:
    """The England and Wales bank holidays of ``year`` (Christmas Day and Good Friday included:
    they are common-law holidays and no business day either)."""
    holidays: set[date] = set()
    # Fixed dates that move to the next free weekday when they fall at a weekend; Boxing Day
    # after a Saturday Christmas goes to Tuesday because Monday is Christmas's substitute.
    for fixed in (date(year, 1, 1), date(year, 12, 25), date(year, 12, 26)):
        day = fixed
        while day.weekday() >= 5 or day in holidays:
            day += timedelta(days=1)
        holidays.add(day)
    sunday = easter(year)
    holidays.add(sunday - timedelta(days=2))  # Good Friday
    holidays.add(sunday + timedelta(days=1))  # Easter Monday
    holidays.add(_first_monday(year, 5))  # early May
    holidays.add(_last_monday(year, 5))  # spring
    holidays.add(_last_monday(year, 8))  # summer
    removed, added = PROCLAIMED.get(year, ((), ()))
    return frozenset((holidays - set(removed)) | set(added))


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in bank_holidays(day.year)


def _local(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError(f"{moment!r} has no time zone; pass an aware datetime (UTC)")
    return moment.astimezone(LONDON)


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=LONDON)


def add_working_hours(start: datetime, hours: float) -> datetime:
    """``start`` plus ``hours`` of time that falls on working days (Europe/London days).

    A start on a weekend or bank holiday counts from the next working day's midnight.
    The answer is in the time zone of ``start``.
    """
    left = timedelta(hours=hours)
    cursor = _local(start)
    while True:
        day = cursor.date()
        next_midnight = _midnight(day + timedelta(days=1))
        if is_working_day(day):
            # Real elapsed time (UTC arithmetic), so a 23- or 25-hour day counts as it is.
            available = next_midnight.astimezone(UTC) - cursor.astimezone(UTC)
            if left <= available:
                return (cursor.astimezone(UTC) + left).astimezone(start.tzinfo)
            left -= available
        cursor = next_midnight


def end_of_working_day(start: datetime, days: int) -> datetime:
    """Midnight at the end of the ``days``-th working day after the day of ``start``."""
    day = _local(start).date()
    counted = 0
    while counted < days:
        day += timedelta(days=1)
        if is_working_day(day):
            counted += 1
    return _midnight(day + timedelta(days=1)).astimezone(start.tzinfo)


def add_working_days(start: datetime, days: int) -> datetime:
    """The same local time ``days`` working days after ``start`` (for follow-up dates)."""
    local = _local(start)
    day = local.date()
    counted = 0
    while counted < days:
        day += timedelta(days=1)
        if is_working_day(day):
            counted += 1
    return datetime.combine(day, local.time(), tzinfo=LONDON).astimezone(start.tzinfo)


def defamation_deadlines(sent: datetime) -> list[tuple[str, datetime, str]]:
    """``(kind, due, label)`` for a s.5 notice sent at ``sent`` (Schedule to SI 2013/3028).

    The operator must pass the notice to the poster (or remove the statement if it cannot)
    within 48 working hours; the poster then has until midnight at the end of the fifth working
    day; with no reply, or no consent to be identified, the operator removes the statement
    within 48 working hours. The later dates assume the operator used its full 48 hours.
    """
    contact = add_working_hours(sent, 48)
    reply = end_of_working_day(contact, 5)
    removal = add_working_hours(reply, 48)
    return [
        (
            "defamation-48h",
            contact,
            "operator to have sent the notice to the poster (or removed the statement)",
        ),
        ("defamation-5d", reply, "poster's time to reply to the operator ends"),
        (
            "defamation-removal",
            removal,
            "operator to have removed the statement if the poster did not reply or refused "
            "to be identified",
        ),
    ]
