"""Secrets are named by the study (`password_env: NAME`) and read from the environment or a `.env` file.

They are held as `SecretStr` (masked when printed), looked up only when a connection needs them, and never
written to the database.
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import SecretStr

from audit.errors import SecretError


class Secrets:
    """The secrets a study names, looked up by name when a connection needs one: the environment first, then a
    .env file beside the study, then one in the working directory."""

    def __init__(self, env_files: list[Path] | None = None, environ: dict[str, str] | None = None):
        self._environ = os.environ if environ is None else environ
        self._files = [p for p in (env_files or []) if p.is_file()]
        self._file_values: dict[str, str] | None = None
        self._handed_out: set[str] = set()  # values given to connections: what `mask` hides

    @classmethod
    def for_study(cls, study_path: Path | None) -> Secrets:
        files = [Path.cwd() / ".env"]
        if study_path is not None:
            files.insert(0, study_path.parent / ".env")
        return cls(files)

    def _from_files(self) -> dict[str, str]:
        if self._file_values is None:
            from dotenv import dotenv_values

            self._file_values = {}
            for f in reversed(self._files):  # the study's own .env wins over the working directory's
                self._file_values.update({k: v for k, v in dotenv_values(f).items() if v is not None})
        return self._file_values

    def get(self, name: str | None, *, needed_for: str) -> SecretStr | None:
        if not name:
            return None
        value = self._environ.get(name)
        if value is None:
            value = self._from_files().get(name)
        if value is None:
            raise SecretError(f"{needed_for}: the secret {name} is not set",
                              hint=f"export {name}=... or put {name}=... in a .env file beside the study")
        if value:
            self._handed_out.add(value)
        return SecretStr(value)

    def source(self, name: str) -> str | None:
        """Where a secret is set, never its value: the first .env file that has it, else "the environment", else
        None. Files first because they are what cron and systemd see: they start `audit` without the variables
        exported in a shell."""
        from dotenv import dotenv_values

        for f in self._files:  # in the order `get` prefers them
            if dotenv_values(f).get(name) is not None:
                return str(f)
        return "the environment" if self._environ.get(name) is not None else None

    def mask(self, text: str) -> str:
        """Hide every secret this object has handed out, should a library repeat one in an error message."""
        for value in sorted(self._handed_out, key=len, reverse=True):
            text = text.replace(value, "********")
        return text
