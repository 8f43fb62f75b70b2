"""``reports/index.html``: past digests, the outbox and open cases, browsable without mail.

Rewritten (temp file + rename) at the end of every report; links are relative so the folder
can be copied or served as it is.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from pathlib import Path

import css_inline

from repwatch.config import Watchlist
from repwatch.store import Store

from .render import CaseLine, environment, stylesheet, write_atomic


def write_index(
    watchlist: Watchlist,
    store: Store,
    reports: Path,
    *,
    now: datetime,
    cases: tuple[CaseLine, ...] | None,
    limit: int = 200,
) -> Path:
    digests = store.digests(limit)
    delivery: dict[int, str] = {}
    for d in digests:
        states = Counter(m.status for m in store.outbox(digest_id=d.id))
        delivery[d.id] = (
            ", ".join(f"{n} {state}" for state, n in sorted(states.items()))
            if states
            else "files only"
        )
    html = (
        environment()
        .get_template("index.html")
        .render(
            school=watchlist.school.name,
            now=now,
            digests=digests,
            delivery=delivery,
            pending=store.outbox(status="queued"),
            cases=cases,
            css=stylesheet(),
        )
    )
    html = css_inline.inline(html, load_remote_stylesheets=False)
    path = reports / "index.html"
    write_atomic(path, html.encode("utf-8"))
    return path
