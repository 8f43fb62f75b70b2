"""``repwatch scan``: run the matcher over local files and print what it finds.

A side door into the match stage for the IT provider and for acceptance checks: each PATH is
an HTML file (``.html``/``.htm``, extracted with :mod:`repwatch.text` exactly as the crawl
does) or a text file (scanned as-is). Offsets index the extracted text. Nothing is written.
Exit codes follow DESIGN.md: 0 when it ran (findings or not), 2 when a path cannot be read.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TextIO

from repwatch.config import Watchlist
from repwatch.matching import Matcher
from repwatch.models import Mention
from repwatch.text import decode, html_to_text

HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def read_document(path: Path) -> str:
    """The text a crawl would have scanned for this file (raises OSError if unreadable)."""
    body = path.read_bytes()
    if path.suffix.lower() in HTML_SUFFIXES:
        return html_to_text(decode(body, "text/html")).text
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return decode(body, "text/plain")


def finding_record(path: Path, m: Mention) -> dict[str, object]:
    return {
        "input": str(path),
        "subject": m.subject,
        "matched": m.matched,
        "start": m.start,
        "end": m.end,
        "score": m.score,
        "reason": m.reason,
        "categories": [c.value for c in m.categories],
        "severity": m.severity.value,
        "variant": m.variant,
        "url_only": m.url_only,
    }


def run_scan(
    watchlist: Watchlist,
    paths: list[Path],
    *,
    as_json: bool,
    out: TextIO,
    err: TextIO | None = None,
) -> int:
    err = err or sys.stderr
    matcher = Matcher(watchlist)
    rows: list[dict[str, object]] = []
    failed = False
    for path in paths:
        try:
            text = read_document(path)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            print(
                f"repwatch scan: cannot read {path}: {reason}; check the path and its permissions",
                file=err,
            )
            failed = True
            continue
        for m in matcher.scan(text):
            rec = finding_record(path, m)
            rows.append(rec)
            if as_json:
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if not as_json:
        _table(rows, out)
    return 2 if failed else 0


def _table(rows: list[dict[str, object]], out: TextIO) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, width=160, highlight=False, soft_wrap=False)
    if not rows:
        console.print("No findings.")
        return
    table = Table(show_lines=True)
    for col in ("input", "subject", "matched", "severity", "categories", "score", "reason"):
        table.add_column(col, overflow="fold")
    for r in rows:
        cats = r["categories"]
        table.add_row(
            str(r["input"]),
            str(r["subject"]),
            str(r["matched"]),
            str(r["severity"]),
            ", ".join(cats) if isinstance(cats, list) else str(cats),
            f"{r['score']:.2f}" if isinstance(r["score"], float) else str(r["score"]),
            str(r["reason"]),
        )
    console.print(table)
