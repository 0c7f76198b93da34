"""Send-time planning and the working-time calendar: time zones, DST, RU holidays, rate limits, cron waves."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import holidays
import pytest

from audit.schedule.plan import WaveInstance, calendar_for, plan_wave, wave_instances
from audit.schedule.workdays import WorkCalendar
from audit.study.model import Study, WorkingHours

MSK = ZoneInfo("Europe/Moscow")
BERLIN = ZoneInfo("Europe/Berlin")
FAR_FUTURE = datetime(2035, 1, 1, tzinfo=UTC)
ZONES = ["Europe/Berlin", "Europe/Kaliningrad", "Europe/Moscow", "Europe/Samara", "Asia/Yekaterinburg",
         "Asia/Novosibirsk", "Asia/Vladivostok", "Asia/Kamchatka"]


def make_study(zones: list[str], *, waves: list[dict] | None = None, personas: int = 1, **extra) -> Study:
    """One e-mail company per entry of `zones` and `personas` e-mail personas."""
    persona = [{"id": f"p{i}", "name": f"Persona {i}", "email": {
        "address": f"p{i}@shopper.example",
        "smtp": {"host": "smtp.shopper.example", "password_env": "X"},
        "imap": {"host": "imap.shopper.example", "password_env": "X"}}} for i in range(personas)]
    companies = [{"id": f"c{i:02d}", "name": f"Company {i}", "segment": "shops", "timezone": tz,
                  "contacts": {"email": f"info@c{i}.example"}} for i, tz in enumerate(zones)]
    data = {
        "id": "sched-test", "title": "t", "timezone": "Europe/Moscow", "holidays": "RU",
        "working_hours": {"days": ["mon", "tue", "wed", "thu", "fri"], "start": "10:00", "end": "17:00"},
        "waves": waves or [{"name": "w1", "start": "2026-12-07", "days": 3}],
        "personas": persona,
        "scripts": [{"segment": "*", "channels": ["email"], "subject": "s", "body": "b"}],
        "companies": companies,
    } | extra
    return Study.model_validate(data)


def plan(study: Study, wave_index: int = 0):
    instance = wave_instances(study, FAR_FUTURE)[wave_index]
    return plan_wave(study, instance, {"email"})


def local_dates(study: Study, probes) -> set[date]:
    return {p.planned_at.astimezone(study.company_tz(p.company)).date() for p in probes}


def assert_working_time(study: Study, probes) -> None:
    """Both the library's calendar and an independent check: local 10:00-17:00 on a Russian working day."""
    for p in probes:
        assert p.planned_at.utcoffset() == timedelta(0), p
        assert calendar_for(study, p.company).is_working_time(p.planned_at), p
        local = p.planned_at.astimezone(study.company_tz(p.company))
        assert time(10) <= local.time() < time(17), (p.company.timezone, local)
        ru = holidays.country_holidays("RU", years=local.year)
        workday = local.weekday() < 5 or local.date() in set(getattr(ru, "weekend_workdays", ()))
        assert workday and local.date() not in ru, (p.company.timezone, local)


def signature(probes) -> list[tuple]:
    return [(p.company.id, p.channel, p.persona, p.contact, p.planned_at) for p in probes]


def test_plan_is_reproducible_and_depends_on_seed():
    zones = ZONES * 2
    first = plan(make_study(zones, seed=7, personas=2))
    again = plan(make_study(zones, seed=7, personas=2))
    assert len(first) == len(zones)
    assert signature(first) == signature(again)
    other = plan(make_study(zones, seed=8, personas=2))
    assert {p.company.id for p in other} == {p.company.id for p in first}
    assert [p.planned_at for p in sorted(other, key=lambda p: p.company.id)] != \
           [p.planned_at for p in sorted(first, key=lambda p: p.company.id)]
    assert_working_time(make_study(zones), other)


def test_default_seed_comes_from_study_id():
    a = plan(make_study(ZONES))
    assert signature(a) == signature(plan(make_study(ZONES)))
    assert signature(a) != signature(plan(make_study(ZONES, id="another-study")))


@pytest.mark.parametrize("start, dst_day", [
    ("2027-03-25", date(2027, 3, 28)),   # Thu, Fri, (DST starts Sun 28 March), Mon
    ("2026-10-22", date(2026, 10, 25)),  # Thu, Fri, (DST ends Sun 25 October), Mon
])
def test_every_probe_inside_its_company_working_hours(start, dst_day):
    study = make_study(ZONES * 4, waves=[{"name": "w1", "start": start, "days": 3}])
    probes = plan(study)
    assert len(probes) == len(ZONES) * 4
    assert probes == sorted(probes, key=lambda p: p.planned_at)
    assert_working_time(study, probes)
    # spread over the wave's three working days, not piled onto the first one
    first = date.fromisoformat(start)
    assert local_dates(study, probes) == {first, first + timedelta(days=1), dst_day + timedelta(days=1)}
    # the Berlin probes really straddle the DST change: two different UTC offsets
    berlin = [p.planned_at.astimezone(BERLIN) for p in probes if p.company.timezone == "Europe/Berlin"]
    assert len({t.utcoffset() for t in berlin}) == 2


def test_far_east_probes_use_their_own_day():
    """Kamchatka (UTC+12) works 10:00-17:00 local, i.e. 22:00-05:00 UTC: the UTC day is the day before."""
    study = make_study(["Asia/Kamchatka"] * 10, waves=[{"name": "w1", "start": "2026-12-07", "days": 1}])
    probes = plan(study)
    assert local_dates(study, probes) == {date(2026, 12, 7)}
    assert all(datetime(2026, 12, 6, 22, tzinfo=UTC) <= p.planned_at < datetime(2026, 12, 7, 5, tzinfo=UTC)
               for p in probes)


def test_new_year_holidays_are_skipped():
    study = make_study(ZONES * 3, waves=[{"name": "ny", "start": "2027-01-01", "days": 3}])
    probes = plan(study)
    assert len(probes) == len(ZONES) * 3
    assert local_dates(study, probes) == {date(2027, 1, 11), date(2027, 1, 12), date(2027, 1, 13)}
    assert_working_time(study, probes)


def test_moved_working_saturday_is_worked():
    cal = WorkCalendar("Europe/Moscow", WorkingHours(), "RU")
    assert date(2025, 11, 1).weekday() == 5
    assert cal.is_working_day(date(2025, 11, 1))
    assert cal.is_working_time(datetime(2025, 11, 1, 12, 0, tzinfo=MSK))
    assert not cal.is_working_day(date(2025, 11, 8))  # an ordinary Saturday
    assert not cal.is_working_day(date(2025, 11, 4))  # National Unity Day
    assert not cal.is_working_day(date(2025, 11, 3))  # the day off moved from 1 November
    assert cal.working_days(date(2025, 10, 31), 3) == [date(2025, 10, 31), date(2025, 11, 1),
                                                       date(2025, 11, 5)]
    study = make_study(["Europe/Moscow"] * 10, waves=[{"name": "w1", "start": "2025-11-01", "days": 1}])
    assert local_dates(study, plan(study)) == {date(2025, 11, 1)}


def test_without_holidays_new_year_is_worked():
    cal = WorkCalendar("Europe/Moscow", WorkingHours(), None)
    assert cal.is_working_day(date(2027, 1, 4))
    assert not cal.is_working_day(date(2025, 11, 1))


def test_working_time_bounds():
    cal = WorkCalendar("Asia/Novosibirsk", WorkingHours(), "RU")
    tz = ZoneInfo("Asia/Novosibirsk")
    assert cal.is_working_time(datetime(2026, 12, 7, 10, 0, tzinfo=tz))
    assert not cal.is_working_time(datetime(2026, 12, 7, 9, 59, 59, tzinfo=tz))
    assert not cal.is_working_time(datetime(2026, 12, 7, 17, 0, tzinfo=tz))
    # 12:00 Moscow is 16:00 in Novosibirsk: still working there; 14:00 Moscow is not
    assert cal.is_working_time(datetime(2026, 12, 7, 12, 0, tzinfo=MSK))
    assert not cal.is_working_time(datetime(2026, 12, 7, 14, 0, tzinfo=MSK))
    friday_evening = datetime(2026, 12, 4, 17, 30, tzinfo=tz)
    assert cal.next_working_time(friday_evening) == datetime(2026, 12, 7, 10, 0, tzinfo=tz)


@pytest.mark.parametrize("zones", [["Europe/Moscow"] * 20, ["Europe/Moscow", "Asia/Novosibirsk"] * 10])
def test_rate_limit_spaces_probes_of_one_persona(zones):
    study = make_study(zones, rate_limits={"email": 6},
                       waves=[{"name": "w1", "start": "2026-12-07", "days": 1}])
    probes = plan(study)
    assert len(probes) == 20 and {p.persona for p in probes} == {"p0"}
    times = sorted(p.planned_at for p in probes)
    gaps = [(b - a).total_seconds() for a, b in zip(times, times[1:], strict=False)]
    assert min(gaps) >= 600
    assert_working_time(study, probes)


def test_rate_limit_is_per_persona():
    study = make_study(["Europe/Moscow"] * 20, personas=3, rate_limits={"email": 6},
                       waves=[{"name": "w1", "start": "2026-12-07", "days": 1}])
    probes = plan(study)
    assert len({p.persona for p in probes}) == 3
    for persona in {p.persona for p in probes}:
        times = sorted(p.planned_at for p in probes if p.persona == persona)
        assert all((b - a).total_seconds() >= 600 for a, b in zip(times, times[1:], strict=False))
    assert_working_time(study, probes)


def test_business_seconds_over_a_weekend():
    cal = WorkCalendar("Europe/Moscow", WorkingHours(), "RU")
    friday = datetime(2026, 12, 4, 16, 0, tzinfo=MSK)
    assert friday.weekday() == 4
    assert cal.business_seconds(friday, datetime(2026, 12, 7, 11, 0, tzinfo=MSK)) == 2 * 3600
    # the same instants given in UTC
    assert cal.business_seconds(friday.astimezone(UTC), datetime(2026, 12, 7, 8, 0, tzinfo=UTC)) == 2 * 3600


def test_business_seconds_across_holidays():
    cal = WorkCalendar("Europe/Moscow", WorkingHours(), "RU")
    # Fri 5 March 2027 16:00 -> Tue 9 March 11:00: Monday 8 March is a holiday
    assert cal.business_seconds(datetime(2027, 3, 5, 16, tzinfo=MSK),
                                datetime(2027, 3, 9, 11, tzinfo=MSK)) == 2 * 3600
    # Fri 19 Feb 2027 16:00 -> Wed 24 Feb 11:00: Sat 20 Feb is worked, Mon 22 and Tue 23 are off
    assert cal.business_seconds(datetime(2027, 2, 19, 16, tzinfo=MSK),
                                datetime(2027, 2, 24, 11, tzinfo=MSK)) == 9 * 3600
    # the whole New Year break counts nothing
    assert cal.business_seconds(datetime(2026, 12, 31, tzinfo=MSK), datetime(2027, 1, 11, tzinfo=MSK)) == 0


def test_business_seconds_is_zero_when_end_not_after_start():
    cal = WorkCalendar("Europe/Moscow", WorkingHours(), "RU")
    at = datetime(2026, 12, 8, 12, 0, tzinfo=MSK)
    assert cal.business_seconds(at, at) == 0
    assert cal.business_seconds(at, at - timedelta(hours=3)) == 0


@pytest.mark.parametrize("day", [date(2027, 3, 28), date(2026, 10, 25)])
def test_business_seconds_over_a_dst_change_day(day):
    every_day = WorkingHours(days=["mon", "tue", "wed", "thu", "fri", "sat", "sun"])
    cal = WorkCalendar("Europe/Berlin", every_day, None)
    midnight = datetime.combine(day, time(0), BERLIN)
    next_midnight = datetime.combine(day + timedelta(days=1), time(0), BERLIN)
    assert (next_midnight.astimezone(UTC) - midnight.astimezone(UTC)) != timedelta(hours=24)  # 23 h or 25 h
    assert cal.business_seconds(midnight, next_midnight) == 7 * 3600
    # Friday 00:00 to Tuesday 00:00 around the change, weekdays only: Friday and Monday
    weekdays = WorkCalendar("Europe/Berlin", WorkingHours(), None)
    friday = datetime.combine(day - timedelta(days=2), time(0), BERLIN)
    assert weekdays.business_seconds(friday, friday + timedelta(days=4)) == 14 * 3600


def test_business_seconds_counts_elapsed_time_inside_a_dst_jump():
    night = WorkingHours(days=["sun"], start="00:00", end="23:00")
    cal = WorkCalendar("Europe/Berlin", night, None)
    start, end = datetime(2027, 3, 28, 1, 0, tzinfo=BERLIN), datetime(2027, 3, 28, 4, 0, tzinfo=BERLIN)
    assert cal.business_seconds(start, end) == 2 * 3600  # 01:00 CET -> 04:00 CEST


def cron_study() -> Study:
    return make_study(["Europe/Moscow"], waves=[
        {"name": "w1", "start": "2026-12-07", "days": 3},
        {"name": "monthly", "cron": "0 10 1 * *", "since": "2027-01-01", "count": 3},
    ])


def test_cron_wave_instances_stop_at_count():
    instances = wave_instances(cron_study(), FAR_FUTURE)
    assert [(i.name, i.starts_on) for i in instances] == [
        ("w1", date(2026, 12, 7)),
        ("monthly-20270101", date(2027, 1, 1)),
        ("monthly-20270201", date(2027, 2, 1)),
        ("monthly-20270301", date(2027, 3, 1)),
    ]
    assert all(i.spec.name == "monthly" for i in instances[1:])


def test_cron_wave_lists_only_the_next_occurrence_ahead():
    before = wave_instances(cron_study(), datetime(2026, 12, 1, tzinfo=UTC))
    assert [i.name for i in before] == ["w1", "monthly-20270101"]
    mid = wave_instances(cron_study(), datetime(2027, 1, 15, tzinfo=UTC))
    assert [i.name for i in mid] == ["w1", "monthly-20270101", "monthly-20270201"]


def test_cron_wave_instance_is_planned_after_the_new_year_break():
    study = cron_study()
    instance = wave_instances(study, FAR_FUTURE)[1]
    assert isinstance(instance, WaveInstance) and instance.spec.days == 1
    probes = plan_wave(study, instance, {"email"})
    assert [p.wave for p in probes] == ["monthly-20270101"]
    assert local_dates(study, probes) == {date(2027, 1, 11)}
