"""The learned second opinion on concern (repwatch.matching.learned): the model's arithmetic on
a hand-made model file, and what the shipped model does to findings the rules judged mildly.

The shipped model (src/repwatch/matching/concern_model.json) is rewritten by
``scripts/train_concern_model.py``; if a retrain moves a row here, check the row still says
what a line manager would want before changing it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from repwatch import config
from repwatch.matching import Matcher, learned
from repwatch.models import Category

WATCHLIST = """
[school]
name = "Harwood College"
locality = ["Wellbury"]

[[staff]]
id = "rsmith"
name = "Robert Smith"
role = "Bursar"
"""
SCHOOL = "Harwood College, Wellbury. "
LEARNED = "judged by the model learned from labelled examples"


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    path: Path = tmp_path_factory.mktemp("w") / "watchlist.toml"
    path.write_text(WATCHLIST, encoding="utf-8")
    return Matcher(config.load(path))


def test_features_mask_the_name_and_read_word_pairs() -> None:
    f = learned.passage_features(["everyone knows mr _subj_ is a liar"], school=False)
    assert {"liar", "a liar", "__staff", "_subj_ is"} <= f
    assert "smith" not in " ".join(f)
    page = learned.page_features("trip money " + "x " * learned.PAGE_CHARS + "missing")
    assert {"D_trip", "D_money"} <= page and "D_missing" not in page


def test_a_linear_model_scores_explains_and_ignores_filler(tmp_path: Path) -> None:
    side = {"classes": ["neutral", "threat"], "bias": [1.0, -1.0]}
    weights = {"hurt": [-1.0, 2.0], "the": [-0.5, 0.5], "D_visit": [0.0, 1.0], "_subj_": [0, 3]}
    path = tmp_path / "model.json"
    path.write_text(
        json.dumps({"page": {**side, "weights": weights}, "passage": side | {"weights": {}}})
    )
    model = learned.models(path).page
    quiet = model.opinion({"hello"})
    assert quiet.best([Category.THREAT, Category.NEUTRAL]) == (
        Category.NEUTRAL,
        pytest.approx(0.8808, abs=1e-4),
    )
    loud = model.opinion({"hurt", "the", "D_visit", "_subj_"})
    assert loud.probabilities[Category.THREAT] > 0.99
    assert sum(loud.probabilities.values()) == pytest.approx(1.0)
    # the words a line manager is shown: no filler, no masked name, page words unprefixed
    assert model.telling({"hurt", "the", "D_visit", "_subj_"}, Category.THREAT) == [
        "hurt",
        "visit",
    ]
    # nor another watched name's mark, nor a letter left of a contraction
    model.weights.update({"hurt _name_": (0.0, 5.0), "s": (0.0, 4.0)})
    assert model.telling({"hurt", "hurt _name_", "s"}, Category.THREAT) == ["hurt"]


LONG = " and then the weather" * 12  # a page longer than learned.CLEARS_FROM


@pytest.mark.parametrize(
    ("current", "passage", "page", "child", "want"),
    [
        # sure enough of sexual content about an adult: raised
        (Category.NEUTRAL, "_subj_ is proper fit", "", False, Category.SEXUAL),
        # the same sureness near a word for children: left to the rules
        (Category.NEUTRAL, "_subj_ is proper fit", "", True, None),
        # nothing the model knows: the rules' judgement stands
        (Category.NEUTRAL, "_subj_ ran the raffle", "", False, None),
        # a complaint in words the model knows: a staff member's neutral mention is raised
        (Category.NEUTRAL, "_subj_ never replies", "", False, Category.NEGATIVE),
        # the model is sure it is no complaint: cleared on a page of some length ...
        (Category.NEGATIVE, "_subj_ ran the tombola", LONG, False, Category.NEUTRAL),
        # ... but a one-line complaint is all the evidence there is: it stands
        (Category.NEGATIVE, "_subj_ ran the tombola", "", False, None),
    ],
)
def test_what_the_model_may_change(
    tmp_path: Path,
    current: Category,
    passage: str,
    page: str,
    child: bool,
    want: Category | None,
) -> None:
    classes = ["neutral", "negative", "sexual"]
    weights = {"fit": [0.0, 0.0, 9.0], "replies": [0.0, 9.0, 0.0], "tombola": [9.0, 0.0, 0.0]}
    path = tmp_path / "model.json"
    view = {"classes": classes, "bias": [0.0, 0.0, 0.0], "weights": weights}
    path.write_text(json.dumps({"page": view, "passage": view}))
    v = learned.reconsider(
        current,
        [passage],
        passage + page,
        school=False,
        child=child,
        using=learned.models(path),
    )
    assert (v.category if v else None) is want


@pytest.mark.parametrize(
    ("current", "passage", "page", "want"),
    [
        # the school: a complaint in words the model knows is raised, as for staff ...
        (Category.NEUTRAL, "_subj_ never replies", "", Category.NEGATIVE),
        # ... and one the model is sure is none (news of a consultation, a letter home that
        # uses the rules' words) cleared on a page of some length
        (Category.NEGATIVE, "_subj_ ran the tombola", LONG, Category.NEUTRAL),
        # a one-line complaint about the school stands
        (Category.NEGATIVE, "_subj_ ran the tombola", "", None),
        # not sure enough that it is no complaint (SCHOOL_CLEARS_AT): it stands
        (Category.NEGATIVE, "_subj_ ran the raffle", LONG, None),
    ],
)
def test_what_the_model_may_change_for_the_school(
    tmp_path: Path, current: Category, passage: str, page: str, want: Category | None
) -> None:
    classes = ["neutral", "negative", "sexual"]
    weights = {"replies": [0.0, 9.0, 0.0], "tombola": [9.0, 0.0, 0.0], "raffle": [2.5, 0.0, 0.0]}
    path = tmp_path / "model.json"
    view = {"classes": classes, "bias": [0.0, 0.0, 0.0], "weights": weights}
    path.write_text(json.dumps({"page": view, "passage": view}))
    v = learned.reconsider(
        current, [passage], passage + page, school=True, using=learned.models(path)
    )
    assert (v.category if v else None) is want


@pytest.mark.parametrize(
    ("threat", "hate", "cleared", "want"),
    [
        # 47% threat and 47% hate: neither is 80% sure, but the post is 94% sure critical
        (2.0, 2.0, False, True),
        # 33% and 33%: 67% critical is short of SERIOUS_AT, so the rules' judgement stands
        (0.0, 0.0, False, False),
        # the rules cleared an attack there (condemned, quoted): 47% of either is not enough
        (2.0, 2.0, True, False),
        # ... but 91% sure of a threat alone overturns them
        (3.0, 0.0, True, True),
    ],
)
def test_a_severity_is_as_sure_as_its_categories_together(
    tmp_path: Path, threat: float, hate: float, cleared: bool, want: bool
) -> None:
    classes = ["neutral", "threat", "hate"]
    view = {"classes": classes, "bias": [0.0, 0.0, 0.0], "weights": {"vile": [0, threat, hate]}}
    path = tmp_path / "model.json"
    path.write_text(json.dumps({"page": view, "passage": view}))
    v = learned.reconsider(
        Category.NEUTRAL,
        ["_subj_ is vile"],
        "",
        school=False,
        cleared=cleared,
        using=learned.models(path),
    )
    assert (v is not None) is want
    if v is not None and not cleared:
        assert v.category in (Category.THREAT, Category.HATE) and v.severity_of
        assert v.probability == pytest.approx(0.936, abs=1e-3)
    if v is not None and cleared:
        assert v.category is Category.THREAT and not v.severity_of
        assert v.probability == pytest.approx(0.909, abs=1e-3)


# Rules know only the phrasings written down; these are in words no rule holds.
RAISED = [
    (
        "Somebody ought to pay Mr Smith a visit after dark and make sure he regrets it. "
        "He won't be smiling next week.",
        Category.THREAT,
    ),
    (
        "Mr Smith has been fiddling the trip money for years, everyone in the office knows "
        "where it goes. Ask to see the accounts.",
        Category.DEFAMATION,
    ),
    (
        "Too many of them foreigners teaching there now, Mr Smith included, they should all "
        "be sent packing back home.",
        Category.HATE,
    ),
]


@pytest.mark.parametrize(("text", "category"), RAISED)
def test_the_model_raises_what_the_rules_miss_and_says_so(
    matcher: Matcher, text: str, category: Category
) -> None:
    (m,) = [m for m in matcher.scan(SCHOOL + text) if m.subject == "rsmith"]
    assert m.categories[0] is category, m.reason
    assert LEARNED in m.reason and "% sure" in m.reason
    # sure of the severity, and saying which categories that sureness covers
    assert category.value in m.reason.split("% sure it is ")[1].split(";")[0]


# Near misses: what the model must leave alone.
LEFT_ALONE = [
    # an ordinary news item stays neutral
    (
        "Harwood College in Wellbury won the county netball final on Saturday. Mr Smith "
        "presented the trophy and thanked the parents who drove the team.",
        "rsmith",
        Category.NEUTRAL,
    ),
    # a one-line complaint is all the evidence there is: the rule's complaint stands
    ("Harwood College ignores bullying and always has.", "school", Category.NEGATIVE),
    # sexual content stays with the rules: a netball photo is not grooming
    (
        "Mr Smith has pics of the year 10 girls' netball win on the school website. "
        "Harwood College, Wellbury.",
        "rsmith",
        Category.NEUTRAL,
    ),
]


@pytest.mark.parametrize(("text", "subject", "category"), LEFT_ALONE)
def test_the_model_leaves_plain_findings_alone(
    matcher: Matcher, text: str, subject: str, category: Category
) -> None:
    (m,) = [m for m in matcher.scan(text) if m.subject == subject]
    assert m.categories[0] is category, m.reason
    assert not m.url_only


def test_the_shipped_model_has_both_views_and_every_category() -> None:
    data = json.loads(learned.MODEL_PATH.read_text(encoding="utf-8"))
    for view in ("page", "passage"):
        assert {Category(c) for c in data[view]["classes"]} >= {*learned.RAISES_TO}
        assert len(data[view]["weights"]) > 1000
    # names never become features: the training masks them (Mabbott, Fettiplace and
    # Ollerenshaw are watched names in the tuning corpora, named on dozens of pages; Smith and
    # Kestrel were the examples here until passers-by and birds of those names joined them)
    words = " ".join(data["page"]["weights"])
    assert not any(n in words for n in ("mabbott", "fettiplace", "ollerenshaw"))
