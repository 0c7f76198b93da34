"""Reading a file a user names (a study, its companies, a blocklist, a reply to record) within bounds.

A path can name anything: a folder, a FIFO that blocks a reader for ever, `/dev/zero` that never ends, a spreadsheet
of 3 GB, a text saved in windows-1251. Every file a user gives is read here, so each of those is one plain error
(exit 2) that names the file and the limit, in bounded time and memory, instead of a hang or a traceback.
"""

from __future__ import annotations

import os
import stat
from contextlib import contextmanager
from pathlib import Path

from audit.errors import InputError

MB = 1024 * 1024
# What each kind of file may weigh. A study of thousands of companies is well under these; a file above them is a
# mistake (the wrong file, a device) or an attack, and reading it whole would take the machine's memory.
LIMITS = {
    "study file": 2 * MB,
    "companies file": 64 * MB,
    "blocklist": 16 * MB,
    "reply file": 32 * MB,  # a raw message as a mail server would take it (most refuse above 25-50 MB)
}


def regular_file(path: str | Path, what: str) -> int:
    """The size of the regular file at `path` (for a reader that opens it itself, such as a workbook's); InputError
    when it is not one, or is over LIMITS[what]."""
    with _opened(Path(path), what) as (_, size):
        return size


def read_bytes(path: str | Path, what: str) -> bytes:
    """The bytes of the regular file at `path`, at most LIMITS[what]; InputError says why not."""
    path, limit = Path(path), LIMITS[what]
    with _opened(path, what) as (fh, _):
        try:
            data = fh.read(limit + 1)  # the file may grow while it is read
        except OSError as exc:
            raise InputError(f"cannot read the {what}: {exc.strerror}", path=str(path)) from None
    if len(data) > limit:
        raise InputError(f"the {what} grew past the limit of {limit // MB} MB while it was read", path=str(path))
    return data


@contextmanager
def _opened(path: Path, what: str):
    """The open regular file and its size."""
    limit = LIMITS[what]
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then tells what was opened
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        raise InputError(f"the {what} does not exist", hint="check the path", path=str(path)) from None
    except IsADirectoryError:
        raise InputError(f"the {what} is a folder, not a file", hint="name the file in it", path=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot open the {what}: {exc.strerror}", hint="check the path and its permissions",
                         path=str(path)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(f"the {what} is a folder, not a file", hint="name the file in it", path=str(path))
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"the {what} is not a regular file (a device, a pipe or a socket)",
                             hint="save it as a file and give that file's path", path=str(path))
        if info.st_size > limit:
            raise InputError(f"the {what} is {info.st_size / MB:.1f} MB, over the limit of {limit // MB} MB for a "
                             f"{what}", hint="check it is the right file", path=str(path))
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    with os.fdopen(fd, "rb") as fh:
        yield fh, info.st_size


def decode_utf8(data: bytes, path: str | Path, what: str) -> str:
    """UTF-8 text (a byte-order mark is dropped); InputError names the line and column of the first byte that is not
    UTF-8 and, when the text reads as Russian in windows-1251 (the usual other encoding here), says so."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        guess = ""
        try:
            if any("\u0400" <= ch <= "\u04ff" for ch in data.decode("cp1251")):
                guess = " (it looks like windows-1251)"
        except UnicodeDecodeError:
            pass
        raise InputError(f"the {what} is not UTF-8 text{guess}", path=str(path), line=line, column=column,
                         hint="save it again as UTF-8 (in an editor: Save as…, encoding UTF-8)") from None


def read_text(path: str | Path, what: str) -> str:
    return decode_utf8(read_bytes(path, what), path, what)
