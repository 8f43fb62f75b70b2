"""A second opinion on concern: a linear model learned from the labelled tuning corpora.

Last step of the match stage, after :mod:`concern`'s phrase rules. The rules are precise but
only know the phrasings someone wrote down; people threaten, smear and sneer in endless other
words. So when the rules find nothing worse than a complaint, :func:`reconsider` asks two
logistic-regression models what a line manager would call the mention:

* the *page* model reads the sentences around the subject's name and the words of the whole
  page (the first few thousand characters, every watched name blanked); it may raise a
  finding to threat, hate, defamation or abuse when it is at least :data:`SERIOUS_AT` sure of
  that severity (threat and hate summed, defamation and abuse summed), to sexual (adults only)
  at :data:`SEXUAL_AT` on its own; for the school it raises a neutral finding to a
  complaint at :data:`SCHOOL_AT` and clears a complaint at :data:`SCHOOL_CLEARS_AT` (on a
  page of some length, :data:`CLEARS_FROM`): whether a page's words of complaint are about
  the school or only about someone at it is what the rules judge worst;
* the *passage* model reads only the sentences around a staff member's name and decides
  their complaint-or-not at :data:`STAFF_AT` (it clears a complaint only on a page of some
  length, :data:`CLEARS_FROM`: a one-line complaint is all the evidence there is).

The thresholds were chosen by cross-validation across tuning corpora (whole corpora held out
in turn), so that a change is far likelier to put a finding right than wrong. A learned
finding says so in its reason, with its confidence and the words that weighed most, so the
line manager can judge it. Sexual content near any word for children stays with the rules
(see :data:`RAISES_TO`).

The weights live in ``concern_model.json`` beside this module, written by
``scripts/train_concern_model.py`` (scikit-learn, a training-time tool only) from the tuning
corpora; the held-out corpora are never trained on. Scoring is a dictionary lookup per word,
in pure Python.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from repwatch.models import CATEGORY_SEVERITY, Category, Severity

MODEL_PATH = Path(__file__).with_name("concern_model.json")

# How sure a model must be before it overrides the rules (see the module docstring). Chosen by
# 6-fold cross-validation over the 44 tuning corpora (`train_concern_model.py --cv`): raising
# at 0.7 rather than 0.8 put 931 findings right and 264 wrong against 873 / 227 (net +21), and
# staff at 0.65 rather than 0.7 gained 12 more. The school's complaint at 0.85 gained 20 there too,
# but read the demo's review listing (a two-star "poor communication" title beside a five-star
# one) as the school's complaint, so 0.9 stands. Lowering raises some benign one-liners with
# a threatening idiom in them ("better hope nobody catches the flu"): see the xfail rows.
# Re-checked over all 58 tuning corpora when train45-58 joined the training (twenty-fifth
# session; net right): raising at 0.65 / 0.7 / 0.75 / 0.8 +1100 / +1100 / +1086 / +1061; staff
# at 0.6 / 0.65 / 0.7 +1104 / +1100 / +1096; the school's complaint at 0.8 / 0.85 / 0.9
# +1123 / +1109 / +1100 (0.9 stands for the demo's listing); clearing at 0.9 / 0.95 +1106 /
# +1100. No change wins clearly, so none was made.
SERIOUS_AT = 0.7
SCHOOL_AT = 0.9
SCHOOL_CLEARS_AT = 0.95  # (the school's complaint cleared)
SEXUAL_AT = 0.9
STAFF_AT = 0.65
# Characters of the page the page model reads: the post or article, not the site's footer.
PAGE_CHARS = 5000
# Where the subject's own name stood in a passage, so that names never become features.
SUBJECT = "_subj_"
# Where another watched name stood (the school's, a colleague's).
NAME = "_name_"
# What marks a feature as a word of the page rather than of the passage.
PAGE = "D_"

# Sexual content is raised only at SEXUAL_AT and only where the sentences around the name say
# nothing of children: the model takes "the year 10 girls' netball" for grooming, and sexual
# content that may involve a child is the rules' (they make it URL-only and route it to the DSL).
RAISES_TO = (Category.THREAT, Category.HATE, Category.DEFAMATION, Category.ABUSE)
# Characters of page below which the model never clears a complaint the rules found.
CLEARS_FROM = 200
_WORD = re.compile(r"_subj_|_name_|[a-z]+(?:'[a-z]+)?")
# The page's runs of letters a-z, read by ``bytes.translate`` and ``split`` (C speed; a regular
# expression over five thousand characters cost a twentieth of the scan of a page with a finding)
_PAGE_LETTERS = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
# Words that weigh in the sum but would tell a line manager nothing.
_FILLER = frozenset(
    "a an and are as at be but by for from had has have he her his i in is it its me my of "  # noqa: SIM905
    "on or our she so that the their them they this to was we were with you your been "
    "now all not just there if up out what who will would can do did one get got like than "
    "then".split()
)


def passage_features(passages: Iterable[str], *, school: bool) -> set[str]:
    """Words and word pairs of the passages around a subject's name (name masked)."""
    out = {"__school" if school else "__staff"}
    for p in passages:
        words = _WORD.findall(p)
        out.update(words)
        out.update(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))
    return out


@lru_cache(maxsize=4)
def page_words(page: str) -> frozenset[str]:
    """Words of the page's opening (what the post or article is about); one page's findings
    all read the same words, so they are found once."""
    letters = page[:PAGE_CHARS].encode("ascii", "replace").translate(_PAGE_LETTERS)
    return frozenset(letters.decode("ascii").split())


def page_features(page: str) -> frozenset[str]:
    """The page's words as the models' features, marked apart from the passage's words."""
    return frozenset(f"{PAGE}{w}" for w in page_words(page))


@dataclass(frozen=True)
class Opinion:
    """What a model makes of one mention: how likely each category is."""

    probabilities: dict[Category, float]

    def best(self, among: Iterable[Category]) -> tuple[Category, float]:
        cat = max(among, key=lambda c: self.probabilities.get(c, 0.0))
        return cat, self.probabilities.get(cat, 0.0)


class LinearModel:
    """Multinomial logistic regression: one weight per (feature, category), plus a bias."""

    def __init__(
        self, classes: list[Category], bias: list[float], weights: dict[str, tuple[float, ...]]
    ):
        self.classes = classes
        self.bias = bias
        self.weights = weights
        # the page's words by themselves, so a page is scored without building its features
        self.page_weights = {
            f.removeprefix(PAGE): w for f, w in weights.items() if f.startswith(PAGE)
        }

    def score(self, features: Iterable[str], *, page: bool = False) -> list[float]:
        """The summed weights of ``features`` (of the page's words: ``page``), one per
        category, without the bias."""
        weights = self.page_weights if page else self.weights
        rows = [w for f in features if (w := weights.get(f)) is not None]
        return [sum(col) for col in zip(*rows, strict=True)] if rows else [0.0] * len(self.bias)

    def opinion(self, features: Iterable[str], plus: tuple[float, ...] | None = None) -> Opinion:
        """Each category's probability given ``features`` (and the ``plus`` of a score
        already summed, the page's words read once for all its findings)."""
        z = [b + x for b, x in zip(self.bias, self.score(features), strict=True)]
        if plus is not None:
            z = [a + b for a, b in zip(z, plus, strict=True)]
        top = max(z)
        exps = [math.exp(v - top) for v in z]
        total = sum(exps)
        return Opinion({c: e / total for c, e in zip(self.classes, exps, strict=True)})

    def telling(self, features: set[str], category: Category, n: int = 4) -> list[str]:
        """The features that pushed hardest towards ``category`` (for the reason)."""
        i = self.classes.index(category)
        scored = [
            (w[i] - sum(w) / len(w), f)
            for f in features
            if (w := self.weights.get(f)) is not None and not f.startswith("__")
        ]
        words = (
            f.removeprefix(PAGE)
            for s, f in sorted(scored, reverse=True)
            if s > 0
            and SUBJECT not in f
            and NAME not in f  # ("that _name_" would tell a line manager nothing)
            and len(f.removeprefix(PAGE)) > 1  # ("s" of "it's")
            and f.removeprefix(PAGE) not in _FILLER
        )
        return list(dict.fromkeys(words))[:n]


@dataclass(frozen=True)
class Models:
    page: LinearModel
    passage: LinearModel


@cache
def models(path: Path = MODEL_PATH) -> Models:
    data = json.loads(path.read_text(encoding="utf-8"))

    def load(d: dict[str, Any]) -> LinearModel:
        # tuples of floats, which the garbage collector stops tracking: 40,000 lists would be
        # walked by every full collection for the rest of the run
        weights = {f: tuple(w) for f, w in d["weights"].items()}
        return LinearModel([Category(c) for c in d["classes"]], list(d["bias"]), weights)

    return Models(page=load(data["page"]), passage=load(data["passage"]))


@lru_cache(maxsize=4)
def _page_score(model: LinearModel, words: frozenset[str]) -> tuple[float, ...]:
    """The page model's score for a page's words, summed once for all its findings."""
    return tuple(model.score(words, page=True))


@dataclass(frozen=True)
class Verdict:
    """A change the models make to a finding: its new category and the words behind it."""

    category: Category
    probability: float
    words: tuple[str, ...]
    model: str  # "page" or "passage"
    # the categories whose probabilities ``probability`` sums: several when it is the sureness
    # of their severity (threat and hate), none or one when it is the category's own
    summed: tuple[Category, ...] = ()

    @property
    def severity_of(self) -> bool:
        """Is the probability the category's severity's rather than its own?"""
        return len(self.summed) > 1


def _by_level(
    view: Opinion, allowed: Iterable[Category]
) -> tuple[Category, float, tuple[Category, ...]]:
    """The likeliest severity among ``allowed``, its likeliest category, how sure the model is
    of that severity and the categories that sureness is the sum of.

    A severity's sureness is its categories' probabilities summed: a post the model reads as
    40% threat and 45% hate is 85% critical, though neither category alone reaches
    :data:`SERIOUS_AT`, and the line manager's action follows the severity."""
    levels: dict[Severity, list[Category]] = {}
    for c in allowed:
        levels.setdefault(CATEGORY_SEVERITY[c], []).append(c)
    best = max(levels.values(), key=lambda cs: sum(view.probabilities.get(c, 0.0) for c in cs))
    cat, _ = view.best(best)
    return cat, sum(view.probabilities.get(c, 0.0) for c in best), tuple(best)


def reconsider(
    current: Category,
    passages: list[str],
    page: str,
    *,
    school: bool,
    child: bool = True,
    cleared: bool = False,
    using: Models | None = None,
) -> Verdict | None:
    """A learned verdict on a mention the rules judged ``current`` (neutral or negative), or
    None to leave the rules' judgement as it is. ``child``: the passages speak of children.
    ``cleared``: the rules read an attack there and judged it harmless, so only a category
    the model is sure of on its own overturns them. ``using``: other weights than the shipped
    ones (tests)."""
    m = using or models()
    pf = passage_features(passages, school=school)
    view = m.page.opinion(pf, plus=_page_score(m.page, page_words(page)))
    allowed = RAISES_TO if child else (*RAISES_TO, Category.SEXUAL)
    if cleared:
        cat, p = view.best(allowed)
        summed: tuple[Category, ...] = (cat,)
    else:
        cat, p, summed = _by_level(view, allowed)
        # Sexual content is raised on its own sureness only: as critical as a threat, it is
        # not the same finding, and a guess at it would send a page to the DSL for nothing.
        if cat is Category.SEXUAL:
            p, summed = view.probabilities.get(cat, 0.0), (cat,)
    if p >= (SEXUAL_AT if cat is Category.SEXUAL else SERIOUS_AT):
        telling = tuple(m.page.telling(pf | page_features(page), cat))
        return Verdict(cat, p, telling, "page", summed=summed)
    if school:
        # Corpora disagree on whether a complaint about staff is one about the school, so
        # the model must be surer to clear than to raise: in cross-validation over 44 corpora
        # clearing at 0.9 put 23 more findings right and 25 more wrong than at 0.95.
        p = view.probabilities.get(Category.NEGATIVE, 0.0)
        if current is Category.NEUTRAL and p >= SCHOOL_AT:
            words = m.page.telling(pf | page_features(page), Category.NEGATIVE)
            return Verdict(Category.NEGATIVE, p, tuple(words), "page")
        p = view.probabilities.get(Category.NEUTRAL, 0.0)
        if current is Category.NEGATIVE and len(page) >= CLEARS_FROM and p >= SCHOOL_CLEARS_AT:
            words = m.page.telling(pf | page_features(page), Category.NEUTRAL)
            return Verdict(Category.NEUTRAL, p, tuple(words), "page")
        return None
    if current is Category.NEGATIVE and len(page) < CLEARS_FROM:
        return None  # a one-line complaint is all the evidence there is: the rule stands
    other = Category.NEGATIVE if current is Category.NEUTRAL else Category.NEUTRAL
    p = m.passage.opinion(pf).probabilities.get(other, 0.0)
    if p >= STAFF_AT:
        return Verdict(other, p, tuple(m.passage.telling(pf, other)), "passage")
    return None
