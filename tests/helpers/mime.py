"""Hostile MIME structures for the tests: text nested many containers deep, or a multipart with many parts. Each
function gives a message's body with its own Content-Type line first, to go under a reply's other headers."""

from __future__ import annotations

TEXT = "Работаем до 20:00, заказ оформим сегодня.".encode()


def nested(levels: int, container: str = "multipart", eol: bytes = b"\r\n") -> bytes:
    """The text `levels` containers deep: multipart/mixed in multipart/mixed, or message/rfc822 in message/rfc822."""
    body = b"Content-Type: text/plain; charset=utf-8" + eol + eol + TEXT + eol
    for i in range(levels):
        if container == "multipart":
            b = b"b%d" % i
            body = (b'Content-Type: multipart/mixed; boundary="' + b + b'"' + eol + eol + b"--" + b + eol + body
                    + eol + b"--" + b + b"--" + eol)
        else:
            body = b"Content-Type: message/rfc822" + eol + eol + b"Subject: level %d" % i + eol + body
    return body


def wide(parts: int) -> bytes:
    """A multipart/mixed holding `parts` text parts (so parts + 1 MIME parts in all)."""
    part = b"--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + TEXT + b"\r\n"
    return b'Content-Type: multipart/mixed; boundary="B"\r\n\r\n' + part * parts + b"--B--\r\n"
