"""Train the learned concern model (src/repwatch/matching/concern_model.json).

    .venv/bin/python scripts/train_concern.py            # cross-validate, train, write the model
    .venv/bin/python scripts/train_concern.py --cv-only  # cross-validate only, write nothing
    .venv/bin/python scripts/train_concern.py --check    # exit 1 if the shipped model is stale

Needs scikit-learn (a dev dependency; the shipped model is plain JSON and repwatch reads it
without it). Training examples are the labelled mentions of the *development* corpora under
``tests/`` that the matcher finds, each as the view ``Matcher`` gives the model (passages and
page with names masked, the rules' verdict). Only mentions the rules rate low or medium are
used, because only there does the model decide; its target is whether the labelled category
is more than neutral. The held-out corpora (``tests/corpus_heldout*``) are never read here.

Cross-validation leaves one corpus out at a time (each corpus is a different school written
by a different author, which is what the model meets in use) and prints severity accuracy
over all found mentions for the rules alone and for rules + model.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from repwatch import config  # noqa: E402
from repwatch.matching import Matcher, learned  # noqa: E402
from repwatch.models import CATEGORY_SEVERITY, Category, Severity  # noqa: E402
from repwatch.scan import read_document  # noqa: E402

TRAIN = ["corpus", "corpus_dev", "corpus_dev2"] + sorted(
    p.name for p in (ROOT / "tests").glob("corpus_train*") if (p / "labels.jsonl").exists()
)
C = 0.5  # inverse regularisation, chosen by the cross-validation below
THRESHOLD = 0.5  # P(more than neutral) at which a rules-neutral mention becomes negative


@dataclass(frozen=True)
class Example:
    corpus: str
    view: learned.View
    label: Category
    rules: Severity


def collect(corpus: str) -> list[Example]:
    d = ROOT / "tests" / corpus
    m = Matcher(config.load(d / "watchlist.toml"), model=None, keep_views=True)
    out = []
    for line in (d / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        lab = json.loads(line)
        m.views = {}
        got = {x.subject: x for x in m.scan(read_document(d / "docs" / lab["file"]))}
        for e in lab["expected"]:
            if e["subject"] in got:
                found = got[e["subject"]]
                out.append(
                    Example(corpus, m.views[e["subject"]], Category(e["category"]), found.severity)
                )
    return out


def decidable(x: Example) -> bool:
    return x.rules in (Severity.MEDIUM, Severity.LOW)


def fit(examples: list[Example], c: float) -> learned.ConcernModel:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    xs = [x for x in examples if decidable(x)]
    vec = DictVectorizer()
    X = vec.fit_transform([learned.features(x.view) for x in xs])
    y = [int(x.label is not Category.NEUTRAL) for x in xs]
    clf = LogisticRegression(C=c, max_iter=5000)
    clf.fit(X, y)
    # Two classes: one weight w for "more than neutral"; as a softmax over (negative,
    # neutral) that is w/2 and -w/2.
    weights = {}
    for name, w in zip(vec.get_feature_names_out(), clf.coef_[0], strict=True):
        if abs(w) >= 1e-3:
            weights[str(name)] = [round(w / 2, 4), round(-w / 2, 4)]
    b = float(clf.intercept_[0])
    return learned.ConcernModel(
        (Category.NEGATIVE, Category.NEUTRAL), [round(b / 2, 4), round(-b / 2, 4)], weights
    )


def accuracy(examples: list[Example], model: learned.ConcernModel | None, t: float) -> float:
    ok = 0
    for x in examples:
        want = CATEGORY_SEVERITY[x.label]
        got = x.rules
        if model is not None and decidable(x):
            p = model.probabilities(x.view)[Category.NEGATIVE]
            got = Severity.MEDIUM if p >= t else Severity.LOW
        ok += got == want
    return ok / max(1, len(examples))


def cross_validate(data: dict[str, list[Example]], c: float, t: float) -> None:
    rows = []
    for held in data:
        train = [x for k, v in data.items() if k != held for x in v]
        model = fit(train, c)
        rows.append((held, accuracy(data[held], None, t), accuracy(data[held], model, t)))
    print(f"leave-one-corpus-out, C={c}, threshold={t}:  rules alone → rules + model")
    for held, a, b in rows:
        print(f"  {held:18} {a:.3f} → {b:.3f}  ({len(data[held])} mentions)")
    n = sum(len(v) for v in data.values())
    mean_a = sum(a * len(data[h]) for h, a, _ in rows) / n
    mean_b = sum(b * len(data[h]) for h, _, b in rows) / n
    print(f"  {'all (weighted)':18} {mean_a:.3f} → {mean_b:.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cv-only", action="store_true")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--c", type=float, default=C)
    ap.add_argument("--threshold", type=float, default=THRESHOLD)
    args = ap.parse_args(argv)
    data = {c: collect(c) for c in TRAIN}
    print("training corpora: " + ", ".join(f"{k} ({len(v)})" for k, v in data.items()))
    if not args.check:
        cross_validate(data, args.c, args.threshold)
    if args.cv_only:
        return 0
    model = fit([x for v in data.values() for x in v], args.c)
    text = json.dumps(model.to_json(), sort_keys=True, separators=(",", ":")) + "\n"
    if args.check:
        stale = learned.MODEL_PATH.read_text(encoding="utf-8") != text
        print("shipped model is stale: re-run scripts/train_concern.py" if stale else "up to date")
        return int(stale)
    learned.MODEL_PATH.write_text(text, encoding="utf-8")
    print(f"wrote {learned.MODEL_PATH} ({len(model.weights)} features)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
