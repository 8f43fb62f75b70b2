"""Quality of the matcher on the labelled corpus, against an exact-phrase baseline.

    .venv/bin/python bench/eval_matcher.py [--corpus tests/corpus] [--errors]

Reads tests/corpus/labels.jsonl and the documents beside it, runs the same path as
``repwatch scan`` (HTML extracted by repwatch.text), and prints:

* mention detection precision / recall / F1 (a mention = one subject on one page);
* the same for the exact-phrase baseline: what a Google Alert on the school's name, its
  aliases and each staff member's full name (case-insensitive, whole phrase) would find;
* recall by variant kind, and by document kind;
* severity accuracy over correctly found mentions, and per-category precision / recall of
  the worst category;
* url_only recall for sexual content involving a child, and how many URL-only findings are
  not labelled so (mostly other findings on such a page, which it makes URL-only too);
* the severity confusion matrix (labelled × found).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from repwatch import config  # noqa: E402
from repwatch.matching import Matcher  # noqa: E402
from repwatch.models import CATEGORY_SEVERITY, SEVERITY_ORDER, Category  # noqa: E402
from repwatch.scan import read_document  # noqa: E402


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def baseline(w: config.Watchlist, text: str) -> set[str]:
    found = set()
    low = text.lower()
    for name in (w.school.name, *w.school.aliases):
        if re.search(r"(?<!\w)" + re.escape(name.lower()) + r"(?!\w)", low):
            found.add("school")
    for s in w.staff:
        if re.search(r"(?<!\w)" + re.escape(s.name.lower()) + r"(?!\w)", low):
            found.add(s.id)
    return found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT / "tests" / "corpus"))
    ap.add_argument("--errors", action="store_true", help="list every mistake")
    args = ap.parse_args(argv)
    corpus = Path(args.corpus)
    w = config.load(corpus / "watchlist.toml")
    matcher = Matcher(w)
    labels = [json.loads(line) for line in (corpus / "labels.jsonl").read_text().splitlines()]

    tp = fp = fn = 0
    btp = bfp = bfn = 0
    by_variant: dict[str, Counter[str]] = defaultdict(Counter)
    by_kind: dict[str, Counter[str]] = defaultdict(Counter)
    sev_ok = sev_n = 0
    cat_tp: Counter[str] = Counter()
    cat_fp: Counter[str] = Counter()
    cat_fn: Counter[str] = Counter()
    url_only_ok = url_only_n = 0
    url_only_extra = url_only_found = 0  # URL-only findings, and those not labelled so
    confusion: Counter[tuple[str, str]] = Counter()
    errors: list[str] = []
    for lab in labels:
        text = read_document(corpus / "docs" / lab["file"])
        got = {m.subject: m for m in matcher.scan(text)}
        want = {e["subject"]: e for e in lab["expected"]}
        base = baseline(w, text)
        btp += len(base & set(want))
        bfp += len(base - set(want))
        bfn += len(set(want) - base)
        for subj, e in want.items():
            by_variant[e["variant"]]["n"] += 1
            by_kind[lab["kind"]]["n"] += 1
            if subj not in got:
                fn += 1
                errors.append(f"MISS {lab['file']}: {subj} ({e['variant']})")
                cat_fn[e["category"]] += 1
                continue
            tp += 1
            by_variant[e["variant"]]["found"] += 1
            by_kind[lab["kind"]]["found"] += 1
            m = got[subj]
            worst = m.categories[0].value
            sev_n += 1
            confusion[CATEGORY_SEVERITY[Category(e["category"])].value, m.severity.value] += 1
            if CATEGORY_SEVERITY[Category(e["category"])] == m.severity:
                sev_ok += 1
            else:
                errors.append(
                    f"SEVERITY {lab['file']}: {subj} want {e['category']} got "
                    f"{[c.value for c in m.categories]} — {m.reason}"
                )
            if worst == e["category"]:
                cat_tp[worst] += 1
            else:
                cat_fp[worst] += 1
                cat_fn[e["category"]] += 1
            if e.get("url_only"):
                url_only_n += 1
                url_only_ok += m.url_only
            url_only_found += m.url_only
            url_only_extra += m.url_only and not e.get("url_only")
        for subj, m in got.items():
            if subj not in want:
                fp += 1
                cat_fp[m.categories[0].value] += 1
                errors.append(f"FALSE {lab['file']}: {subj} “{m.matched}” ({m.variant}) {m.reason}")

    p, r, f = prf(tp, fp, fn)
    bp, br, bf = prf(btp, bfp, bfn)
    print(f"corpus: {len(labels)} documents, {tp + fn} labelled mentions")
    print(f"{'':28}{'precision':>10}{'recall':>10}{'F1':>10}")
    print(f"{'matcher':28}{p:10.3f}{r:10.3f}{f:10.3f}")
    print(f"{'exact-phrase baseline':28}{bp:10.3f}{br:10.3f}{bf:10.3f}")
    print(f"severity accuracy (found mentions): {sev_ok}/{sev_n} = {sev_ok / max(1, sev_n):.3f}")
    if url_only_n:
        print(f"url_only on child sexual content: {url_only_ok}/{url_only_n}")
    # (the cautious side: a page kept as its URL and text only, no screenshot, told to the DSL;
    # a page with child sexual content makes every finding on it URL-only, labelled so or not)
    print(f"url_only findings not labelled so: {url_only_extra}/{url_only_found}")
    print("\nrecall by variant kind:")
    for v, c in sorted(by_variant.items()):
        print(f"  {v:18} {c['found']:3}/{c['n']:<3} {c['found'] / c['n']:.3f}")
    print("\nrecall by document kind:")
    for k, c in sorted(by_kind.items()):
        print(f"  {k:18} {c['found']:3}/{c['n']:<3} {c['found'] / c['n']:.3f}")
    print("\nworst category (per mention):      precision  recall  n")
    for cat in Category:
        c = cat.value
        cp, cr, _ = prf(cat_tp[c], cat_fp[c], cat_fn[c])
        print(f"  {c:12} {cp:20.3f} {cr:7.3f}  {cat_tp[c] + cat_fn[c]}")
    levels = [s.value for s in SEVERITY_ORDER]
    print("\nseverity confusion (rows: labelled, columns: matcher):")
    print("  " + " " * 10 + "".join(f"{g:>10}" for g in levels))
    for want_level in levels:
        row = "".join(f"{confusion[want_level, g]:10}" for g in levels)
        print(f"  {want_level:10}{row}")
    if args.errors:
        print("\n" + "\n".join(errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
