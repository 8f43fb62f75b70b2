"""The learned concern model: what it reads, where it may decide, how it explains itself."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from repwatch import config
from repwatch.matching import Matcher, learned
from repwatch.models import Category, Severity

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
SCHOOL = " Posted in the Springfield Centre parents group."


@pytest.fixture(scope="module")
def watchlist() -> config.Watchlist:
    return config.load(CORPUS / "watchlist.toml")


def toy(weights: dict[str, float], bias: float = 0.0) -> learned.ConcernModel:
    """A model that calls a mention negative when its words add up to more than 0."""
    return learned.ConcernModel(
        (Category.NEGATIVE, Category.NEUTRAL),
        [bias / 2, -bias / 2],
        {k: [w / 2, -w / 2] for k, w in weights.items()},
    )


def test_the_model_reads_masked_names(watchlist: config.Watchlist) -> None:
    m = Matcher(watchlist, model=None, keep_views=True)
    text = "Mrs Smith and Mr Okafor run the chess club at Springfield Centre. It is great fun."
    subjects = {x.subject for x in m.scan(text)}
    assert {"jsmith", "rokafor", "school"} <= subjects
    view = m.views["jsmith"]
    assert "zsubj" in view.passage and "zperson" in view.passage and "zschool" in view.passage
    for name in ("smith", "okafor", "springfield"):
        assert name not in view.passage and name not in view.page
    assert not view.school and m.views["school"].school
    assert view.rules == (Category.NEUTRAL,)


# text, model words, expected category: the model decides only between negative and neutral,
# and never over what the phrase rules found serious.
CASES = [
    ("Mrs Smith runs the chess club on Fridays." + SCHOOL, {"w:chess": 3}, "negative"),
    ("Mrs Smith runs the chess club on Fridays." + SCHOOL, {"w:homework": 3}, "neutral"),
    ("Mrs Smith is a useless cow." + SCHOOL, {"w:useless": -9, "w:cow": -9}, "abuse"),
    ("I will kill Mrs Smith after homework." + SCHOOL, {"w:homework": -9}, "threat"),
    ("Mrs Smith never replies to emails, it is a disgrace." + SCHOOL, {}, "negative"),
    ("Mrs Smith never replies to emails, it is a disgrace." + SCHOOL, {"w:emails": -9}, "neutral"),
]


@pytest.mark.parametrize(("text", "weights", "category"), CASES)
def test_where_the_model_decides(
    watchlist: config.Watchlist, text: str, weights: dict[str, float], category: str
) -> None:
    # bias 0 and no words: the model leans on nothing, so it keeps the rules' verdict only
    # when that verdict is already what it finds most probable; use a bias that keeps it.
    rules = {x.subject: x for x in Matcher(watchlist, model=None).scan(text)}["jsmith"]
    bias = 0.5 if rules.categories == (Category.NEGATIVE,) else -0.5
    got = {x.subject: x for x in Matcher(watchlist, model=toy(weights, bias)).scan(text)}
    assert got["jsmith"].categories[0].value == category


def test_a_learned_verdict_names_the_words_that_weighed(watchlist: config.Watchlist) -> None:
    text = "Mrs Smith runs the chess club on Fridays." + SCHOOL
    got = {x.subject: x for x in Matcher(watchlist, model=toy({"w:chess": 3})).scan(text)}
    m = got["jsmith"]
    assert m.severity is Severity.MEDIUM
    assert "model learned from labelled posts" in m.reason and "“chess”" in m.reason
    assert "Neutral:" not in m.reason


def test_shipped_model_loads() -> None:
    model = learned.default_model()
    assert model is not None
    assert model.classes == (Category.NEGATIVE, Category.NEUTRAL)
    assert len(model.weights) > 1000


@pytest.mark.skipif(importlib.util.find_spec("sklearn") is None, reason="needs scikit-learn")
def test_shipped_model_is_what_training_gives() -> None:
    """Retrain from the development corpora: the shipped weights must match (to rounding), so
    a change to the corpora or the features cannot ship with a stale model."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_concern

    data = [x for c in train_concern.TRAIN for x in train_concern.collect(c)]
    fresh = train_concern.fit(data, train_concern.C)
    shipped = json.loads(learned.MODEL_PATH.read_text(encoding="utf-8"))
    assert set(fresh.weights) ^ set(shipped["weights"]) <= {
        k for k, w in fresh.weights.items() if abs(w[0]) < 0.002
    } | {k for k, w in shipped["weights"].items() if abs(w[0]) < 0.002}
    for k, w in fresh.weights.items():
        if k in shipped["weights"]:
            assert abs(w[0] - shipped["weights"][k][0]) < 0.002, k
