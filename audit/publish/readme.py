"""The README.md of a replication package: what each file is, how to cite the package, what pseudonymisation did
to it, and every file's SHA-256."""

from __future__ import annotations

from datetime import UTC, datetime

from audit.publish.redact import CONTACT_COLUMNS
from audit.study.model import Study

DOI_PLACEHOLDER = "10.XXXX/FILL-IN"

_PSEUDONYMISED = """## Pseudonymised

This package was made with `audit publish --pseudonymise`:

- every company id and company name is a pseudonym (`company-…`), every persona id one (`persona-…`) and every
  person who scored replies one (`rater-…`; `auto` is the rubric). A pseudonym is a keyed hash (HMAC-SHA256) of what
  it replaces: the same in every package made with the same key, and not computable without it. The key stays with
  the researcher and is not in this package;
- these contact columns are left out: {dropped};
- every other free-text cell (reply texts and subjects, the rubric's evidence and reasons, people's notes, errors,
  company attributes) has its e-mail addresses, URLs and handles, phone numbers and people's names replaced by
  `[email]`, `[url]`, `[phone]` and `[name]`. Names are the words pymorphy3 reads as a first name, surname or
  patronymic, and the study's own personas', companies' and contacts' names in any word form;
- the HTML report, its JSON and the method text are drawn from the same pseudonymised data: the top companies and
  the fast-and-good set name pseudonyms, so does any sentence that names a company, the personas' names are
  `[name]`, and the scripts' texts are cleaned the same way. The HTML report's codebook describes every column
  audit can export, the left-out ones included: `tables/codebook.md` lists the columns this package holds. The
  messages as received (`audit reply --raw`) are never part of a package;
- before the package was kept, every file in it was read again for the study's company names, company ids (ids of
  digits only excepted: any number would match), contacts, persona ids and persona names in any word form.
"""


def readme(study: Study, package, now: datetime) -> str:
    """`package`: an audit.publish.package.Package with its files' checksums; its title is the report's (cleaned
    when pseudonymised)."""
    from audit import __version__

    made = now.astimezone(UTC)
    kind = "pseudonymised replication package" if package.pseudonymised else "replication package"
    lines = [f"# {package.title}: {kind}", "",
             f"Study `{study.id}`, made {made:%Y-%m-%d} with audit {__version__} (`audit publish`). The figures hold "
             f"as of {made:%Y-%m-%d %H:%M} UTC: see `method.md` and the report's standing line for whether the study "
             f"was complete then.", "",
             "## How to cite", "",
             "The study file names no authors: write them in place of AUTHORS, and the DOI your repository gives this "
             "package in place of the placeholder.", "",
             f"> AUTHORS ({made:%Y}). *{package.title}*: {kind} of the mystery-shopper audit `{study.id}`, "
             f"{made:%Y-%m-%d}. Made with audit {__version__}. https://doi.org/{DOI_PLACEHOLDER}", "",
             "## Files", "",
             "| file | what it is | SHA-256 |", "| --- | --- | --- |"]
    for name, digest in sorted(package.sha256.items()):
        lines.append(f"| `{name}` | {package.files[name]} | `{digest}` |")
    lines += ["", "`README.md` cannot hold its own checksum; `SHA256SUMS` holds every file's, the README's "
                  "included. Check them all with `sha256sum -c SHA256SUMS` in this directory.", ""]
    if package.left_out:
        lines += ["## Not in this package", ""] + [f"- {why}" for why in package.left_out] + [""]
    if package.pseudonymised:
        dropped = ", ".join(f"`{t}.{c}`" for t, cols in CONTACT_COLUMNS.items() for c in cols)
        lines.append(_PSEUDONYMISED.format(dropped=dropped))
    return "\n".join(lines).rstrip() + "\n"
