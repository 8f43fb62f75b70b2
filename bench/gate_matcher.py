"""The held-out gate: every evaluation corpus's figures, and what a matcher change did to them.

    .venv/bin/python bench/gate_matcher.py --out before.txt          # on the code before
    .venv/bin/python bench/gate_matcher.py --against before.txt      # on the code after

Runs ``bench/eval_matcher.py`` on each ``tests/corpus*`` (two at a time) and writes one line
per corpus: precision, recall, severity accuracy, right/found severities and url_only. With
``--against`` it prints every corpus whose figures moved and the held-outs' verdict: a change is
kept only if no held-out loses precision, recall or a right severity (a lower severity *ratio*
with as many right is the new findings entering it, and is shown, not failed). Exit status 1
when the gate fails. It also prints the held-outs' balance (right severities in all, and how
many held-outs gained and lost them): a decision threshold of the learned model, chosen by
cross-validation on the tuning corpora, moves findings both ways wherever it is set, and is
kept on a clear net gain with no precision or recall lost, its losses stated with it.
Held-out corpora are read here only as these aggregate figures, never their texts, labels or
error lists: they stay a test of generalisation.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MATCHER = re.compile(r"^matcher\s+([0-9.]+)\s+([0-9.]+)", re.M)
SEVERITY = re.compile(r"^severity accuracy \(found mentions\): (\d+)/(\d+) = ([0-9.]+)", re.M)
URL_ONLY = re.compile(r"^url_only on child sexual content: (\S+)", re.M)


@dataclass(frozen=True)
class Figures:
    corpus: str
    precision: str
    recall: str
    severity: str
    right: int
    found: int
    url_only: str

    def line(self) -> str:
        return (
            f"{self.corpus} {self.precision} {self.recall} {self.severity} "
            f"{self.right}/{self.found} {self.url_only}"
        )

    @classmethod
    def parse(cls, line: str) -> Figures:
        corpus, p, r, s, counts, url = line.split()
        right, found = counts.split("/")
        return cls(corpus, p, r, s, int(right), int(found), url)


def measure(corpus: Path) -> Figures:
    out = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "eval_matcher.py"), "--corpus", str(corpus)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    m, s, u = MATCHER.search(out), SEVERITY.search(out), URL_ONLY.search(out)
    if m is None or s is None or u is None:
        raise SystemExit(f"{corpus}: eval_matcher.py printed no figures; run it by hand to see why")
    return Figures(corpus.name, m[1], m[2], s[3], int(s[1]), int(s[2]), u[1])


def verdict(before: dict[str, Figures], after: dict[str, Figures]) -> list[str]:
    """The held-outs' losses: precision, recall or right severities down."""
    lost = []
    for name, a in sorted(after.items()):
        b = before.get(name)
        if b is None or "heldout" not in name:
            continue
        for what, old, new in (
            ("precision", float(b.precision), float(a.precision)),
            ("recall", float(b.recall), float(a.recall)),
            ("right severities", b.right, a.right),
        ):
            if new < old:
                lost.append(f"{name}: {what} {old} -> {new}")
    return lost


def balance(before: dict[str, Figures], after: dict[str, Figures]) -> str:
    """The held-outs' right severities in all, before and after, and how many gained or lost."""
    pairs = [(before[n], a) for n, a in after.items() if "heldout" in n and n in before]
    up = sum(a.right > b.right for b, a in pairs)
    down = sum(a.right < b.right for b, a in pairs)
    old, new = sum(b.right for b, _ in pairs), sum(a.right for _, a in pairs)
    return (
        f"held-out right severities {old} -> {new} ({new - old:+d}); "
        f"{up} held-outs gained, {down} lost"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, help="write the figures here")
    ap.add_argument("--against", type=Path, help="figures written before the change")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    corpora = sorted(p for p in (ROOT / "tests").glob("corpus*") if (p / "labels.jsonl").is_file())
    with ThreadPoolExecutor(args.jobs) as pool:
        figures = {f.corpus: f for f in pool.map(measure, corpora)}
    text = "".join(f.line() + "\n" for f in figures.values())
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    held = [f for f in figures.values() if "heldout" in f.corpus]
    if held:
        n = len(held)
        print(
            f"held-outs: {n}; mean precision {sum(float(f.precision) for f in held) / n:.3f}, "
            f"recall {sum(float(f.recall) for f in held) / n:.3f}, "
            f"severity {sum(float(f.severity) for f in held) / n:.3f}; "
            f"precision >= 0.95 on {sum(float(f.precision) >= 0.95 for f in held)}, "
            f"recall >= 0.95 on {sum(float(f.recall) >= 0.95 for f in held)}, "
            f"severity >= 0.9 on {sum(float(f.severity) >= 0.9 for f in held)}"
        )
    if not args.against:
        if not args.out:
            sys.stdout.write(text)
        return 0
    before = {
        f.corpus: f
        for f in map(Figures.parse, args.against.read_text(encoding="utf-8").splitlines())
    }
    for name, a in sorted(figures.items()):
        b = before.get(name)
        if b is not None and b != a:
            now = f"{a.precision} {a.recall} {a.severity} {a.right}/{a.found}"
            print(f"moved  {b.line()}  ->  {now}")
    print(balance(before, figures))
    lost = verdict(before, figures)
    for line in lost:
        print("LOST   " + line)
    print("gate: " + ("failed" if lost else "passed (no held-out lost anything)"))
    return 1 if lost else 0


if __name__ == "__main__":
    raise SystemExit(main())
