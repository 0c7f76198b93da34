"""Durations as people read them: 45s, 12m, 3h05m, 2d4h."""

from __future__ import annotations

from datetime import timedelta


def human_duration(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    td = timedelta(seconds=round(seconds))
    if td < timedelta(minutes=1):
        return f"{td.seconds}s"
    if td < timedelta(hours=1):
        return f"{td.seconds // 60}m"
    if td < timedelta(days=1):
        return f"{td.seconds // 3600}h{td.seconds % 3600 // 60:02d}m"
    return f"{td.days}d{td.seconds // 3600}h"


def plural(n: int, forms: tuple[str, ...]) -> str:
    """A noun agreeing with its number. Russian, three forms: plural(1, ("компания", "компании", "компаний")) ->
    "1 компания", 3 -> "3 компании", 5, 11–14, 111 -> "… компаний", 21 -> "21 компания". English, two forms:
    plural(1, ("company", "companies")) -> "1 company", any other -> "… companies"."""
    if len(forms) == 2:
        return f"{n} {forms[0] if n == 1 else forms[1]}"
    n10, n100 = abs(n) % 10, abs(n) % 100
    form = forms[0] if n10 == 1 and n100 != 11 else forms[1] if 2 <= n10 <= 4 and not 12 <= n100 <= 14 else forms[2]
    return f"{n} {form}"


_UNITS = {"en": (("day", "days"), ("hour", "hours"), ("minute", "minutes"), ("second", "seconds")),
          "ru": (("день", "дня", "дней"), ("час", "часа", "часов"), ("минута", "минуты", "минут"),
                 ("секунда", "секунды", "секунд")),
          # after «за» (accusative): «за 41 минуту», where the nominative is «41 минута»
          "ru-acc": (("день", "дня", "дней"), ("час", "часа", "часов"), ("минуту", "минуты", "минут"),
                     ("секунду", "секунды", "секунд"))}


def spoken_duration(seconds: float | None, lang: str = "en") -> str:
    """A duration in words, for sentences (the method section, the findings): "7 days", "3 hours 5 minutes",
    «2 дня 4 часа»; at most two units, the larger ones. `lang`: en, ru, or ru-acc (after «за»)."""
    if seconds is None:
        return "–"
    left = round(seconds)
    parts: list[str] = []
    for size, forms in zip((86400, 3600, 60, 1), _UNITS[lang], strict=True):
        if parts:  # the unit after the largest, when it is not zero ("3 hours", not "3 hours 0 minutes")
            return " ".join([*parts, plural(left // size, forms)] if left // size else parts)
        if left >= size or size == 1:
            parts.append(plural(left // size, forms))
            left %= size
    return " ".join(parts)
