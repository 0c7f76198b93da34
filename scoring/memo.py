"""What a pure reading of a line or a sentence found, remembered: replies repeat their lines and sentences (the quoted
question, greetings, closings, a helpdesk's receipts), and what one of them is depends on it alone."""

from __future__ import annotations

from functools import lru_cache, wraps


def per_text(size: int, longest: int):
    """Decorator: `read(..., text)` remembered for the `size` latest texts (its last argument) of up to `longest`
    characters. A longer text is read again each time: hostile mail cannot fill the memory with long lines."""

    def decorate(read):
        remembered = lru_cache(maxsize=size)(read)

        @wraps(read)
        def reading(*args):
            return remembered(*args) if len(args[-1]) <= longest else read(*args)

        reading.cache_clear = remembered.cache_clear  # for tests and benchmarks that start afresh
        return reading

    return decorate
