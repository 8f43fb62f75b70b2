#!/usr/bin/env python3
"""Train the matcher's learned second opinion on concern (src/repwatch/matching/learned.py).

    .venv/bin/pip install -e ".[train]"     # scikit-learn, training-time only; repwatch never imports it
    .venv/bin/python scripts/train_concern_model.py [--cv]

Reads every tuning corpus under tests/ (never a held-out one: their names start
corpus_heldout), runs the rule matcher on each document, and for each finding the labels
agree is a mention takes what the learned models read (``Matcher.learning_examples``) with the
labelled category as the answer. Fits two multinomial logistic regressions (the page model and
the passage model), drops weights too small to matter, and writes
src/repwatch/matching/concern_model.json. ``--cv`` first prints, for corpora held out in turn,
how many findings each threshold would put right and wrong, which is how the thresholds in
learned.py were chosen. Deterministic: the same corpora give the same file.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from repwatch import config  # noqa: E402
from repwatch.matching import Matcher, learned  # noqa: E402
from repwatch.scan import read_document  # noqa: E402

# Labelled doxxing is found by rules (phone numbers, postcodes), not words: not trained on.
CLASSES = ["abuse", "defamation", "hate", "negative", "neutral", "sexual", "threat"]
PAGE_C = 1.0  # the page model has more, noisier features
PASSAGE_C = 0.3
MIN_SEEN = 2
MIN_WEIGHT = 0.05  # a weight this small moves no decision; dropping it keeps the file small
SEVERITY = {"threat": 3, "hate": 3, "sexual": 3, "doxxing": 3, "defamation": 2, "abuse": 2}


def tuning_corpora() -> list[Path]:
    return sorted(
        d
        for d in (ROOT / "tests").glob("corpus*")
        if d.is_dir() and not d.name.startswith("corpus_heldout") and (d / "labels.jsonl").exists()
    )


def examples() -> list[dict]:
    out = []
    for corpus in tuning_corpora():
        matcher = Matcher(config.load(corpus / "watchlist.toml"))
        for line in (corpus / "labels.jsonl").read_text().splitlines():
            lab = json.loads(line)
            want = {e["subject"]: e["category"] for e in lab["expected"]}
            text = read_document(corpus / "docs" / lab["file"])
            for m, passages, page in matcher.learning_examples(text):
                if want.get(m.subject) not in CLASSES:
                    continue
                school = m.subject == "school"
                pf = learned.passage_features(passages, school=school)
                out.append(
                    {
                        "corpus": corpus.name,
                        "want": want[m.subject],
                        "got": (m.categories[0].value if m.categories else "neutral"),
                        "school": school,
                        "passage": pf,
                        "page": pf | learned.page_features(page),
                    }
                )
    return out


def fit(rows: list[dict], key: str, c: float) -> tuple[DictVectorizer, LogisticRegression]:
    # A word seen in one finding only says more about that page than about concern.
    seen = Counter(f for r in rows for f in r[key])
    vec = DictVectorizer()
    x = vec.fit_transform([{f: 1 for f in r[key] if seen[f] >= MIN_SEEN} for r in rows])
    clf = LogisticRegression(C=c, max_iter=5000)
    clf.fit(x, [r["want"] for r in rows])
    return vec, clf


def export(vec: DictVectorizer, clf: LogisticRegression) -> dict:
    assert list(clf.classes_) == CLASSES
    weights = {}
    for j, name in enumerate(vec.feature_names_):
        col = [round(float(w), 4) for w in clf.coef_[:, j]]
        if max(abs(w) for w in col) >= MIN_WEIGHT:
            weights[name] = col
    return {
        "classes": CLASSES,
        "bias": [round(float(b), 4) for b in clf.intercept_],
        "weights": dict(sorted(weights.items())),
    }


def cross_validate(rows: list[dict], folds: int = 6) -> None:
    corpora = sorted({r["corpus"] for r in rows})
    right = dict.fromkeys(("serious", "school", "staff"), 0)
    wrong = dict.fromkeys(right, 0)
    for k in range(folds):
        test = set(corpora[k::folds])
        train = [r for r in rows if r["corpus"] not in test]
        models = {key: fit(train, key, c) for key, c in (("page", PAGE_C), ("passage", PASSAGE_C))}
        for r in (r for r in rows if r["corpus"] in test):
            if r["got"] not in ("neutral", "negative"):
                continue
            probs = {}
            for key, (vec, clf) in models.items():
                p = clf.predict_proba(vec.transform([dict.fromkeys(r[key], 1)]))[0]
                probs[key] = dict(zip(clf.classes_, p, strict=True))
            page, passage = probs["page"], probs["passage"]
            best = max(("threat", "hate", "sexual", "defamation", "abuse"), key=page.__getitem__)
            other = "negative" if r["got"] == "neutral" else "neutral"
            if page[best] >= learned.SERIOUS_AT:
                kind, new = "serious", best
            elif r["school"] and page[other] >= learned.SCHOOL_AT:
                kind, new = "school", other
            elif not r["school"] and passage[other] >= learned.STAFF_AT:
                kind, new = "staff", other
            else:
                continue
            level = SEVERITY.get(new, 1 if new == "negative" else 0)
            was = SEVERITY.get(r["got"], 1 if r["got"] == "negative" else 0)
            want = SEVERITY.get(r["want"], 1 if r["want"] == "negative" else 0)
            right[kind] += level == want != was
            wrong[kind] += was == want != level
    for kind in right:
        print(f"cv {kind:8} put right {right[kind]:4}  put wrong {wrong[kind]:4}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cv", action="store_true", help="cross-validate the thresholds first")
    args = ap.parse_args(argv)
    rows = examples()
    print(f"{len(rows)} findings from {len(tuning_corpora())} tuning corpora")
    if args.cv:
        cross_validate(rows)
    model = {
        "note": "written by scripts/train_concern_model.py from the tuning corpora; do not edit",
        "page": export(*fit(rows, "page", PAGE_C)),
        "passage": export(*fit(rows, "passage", PASSAGE_C)),
    }
    learned.MODEL_PATH.write_text(json.dumps(model, separators=(",", ":")) + "\n")
    size = learned.MODEL_PATH.stat().st_size
    print(f"wrote {learned.MODEL_PATH.relative_to(ROOT)} ({size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
