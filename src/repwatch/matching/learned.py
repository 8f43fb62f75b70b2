"""The learned half of concern: a linear model that reads what is said around a mention.

Sits at the end of the match stage, after the phrase rules of :mod:`.concern` have judged a
mention (``Matcher._decide``). The rules are precise about serious harm (threats, hate, sexual
content, doxxing, allegations, insults) and keep the last word there; they miss much of the
everyday criticism people write about a school ("still waiting for a reply, third email this
term"), which is what a line manager most often has to read. The model decides only between
*negative* and *neutral* when the rules found nothing serious, from the words of the passages
about the subject, the page around them and the rules' own verdict.

The model is a multinomial logistic regression trained by ``scripts/train_concern.py`` on the
labelled development corpora under ``tests/`` (never the held-out ones) and shipped as
``concern_model.json``: plain weights, read here without numpy or scikit-learn. Names are
masked before the model sees the text (the subject → ``zsubj``, other people → ``zperson``,
the school → ``zschool``), so what it learns is how people write, not who they write about.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..models import Category
from . import concern

MODEL_PATH = Path(__file__).with_name("concern_model.json")
TOKEN = re.compile(r"[a-z][a-z']*[a-z]|[a-z]|[!?]")
PAGE_CHARS = 2000
# Words that carry no opinion; dropping them keeps bigrams about the words that do.
STOP = frozenset({
    "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "is", "are", "was",
    "were", "be", "been", "it", "its", "this", "that", "with", "as", "by", "from", "i", "we",
    "you", "he", "she", "they", "my", "our", "your", "his", "her", "their", "me", "us", "him",
    "them",
})  # fmt: skip


@dataclass(frozen=True)
class View:
    """What the model reads about one subject on one page."""

    passage: str  # the passages around the subject's mentions, names masked
    page: str  # the start of the page, names masked
    school: bool  # the subject is the school (else a member of staff)
    rules: tuple[Category, ...]  # the rules' verdict
    news: bool  # the page reads as a news report


@dataclass(frozen=True)
class Verdict:
    category: Category
    probability: float
    words: tuple[str, ...]  # the words that weighed most towards it, for the reason


def _tokens(text: str) -> list[str]:
    return TOKEN.findall(text)


def features(view: View) -> dict[str, float]:
    f: dict[str, float] = {}
    toks = _tokens(view.passage)
    for t in toks:
        f["w:" + t] = 1.0
    content = [t for t in toks if t not in STOP]
    for a, b in zip(content, content[1:], strict=False):
        f[f"b:{a} {b}"] = 1.0
    for t in _tokens(view.page):
        f["p:" + t] = 1.0
    # A general sentiment lexicon: words the labelled corpora never used still count.
    mood = concern.sentiment(view.passage)
    f["v:mood"] = mood
    f[f"v:{round(mood * 2)}"] = 1.0
    who = "school" if view.school else "staff"
    f["s:" + who] = 1.0
    for c in view.rules:
        f["r:" + c.value] = 1.0
        f[f"r:{c.value}:{who}"] = 1.0
    if view.news:
        f["news"] = 1.0
    return f


class ConcernModel:
    """Weights per feature per class; ``predict`` is a softmax over their sums."""

    def __init__(
        self, classes: Iterable[Category], bias: list[float], weights: dict[str, list[float]]
    ) -> None:
        self.classes = tuple(classes)
        self.bias = bias
        self.weights = weights

    @classmethod
    def from_json(cls, data: dict[str, object]) -> ConcernModel:
        classes = [Category(c) for c in data["classes"]]  # type: ignore[attr-defined]
        return cls(classes, list(data["bias"]), dict(data["weights"]))  # type: ignore[call-overload]

    def to_json(self) -> dict[str, object]:
        return {
            "classes": [c.value for c in self.classes],
            "bias": self.bias,
            "weights": self.weights,
        }

    def probabilities(
        self, view: View, feats: dict[str, float] | None = None
    ) -> dict[Category, float]:
        scores = list(self.bias)
        for name in feats if feats is not None else features(view):
            w = self.weights.get(name)
            if w is not None:
                for i, x in enumerate(w):
                    scores[i] += x
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return {c: e / total for c, e in zip(self.classes, exp, strict=True)}

    def predict(self, view: View, allowed: Iterable[Category]) -> Verdict:
        """The most probable of ``allowed`` categories, renormalised over them."""
        feats = features(view)
        probs = self.probabilities(view, feats)
        allowed = [c for c in allowed if c in probs]
        total = sum(probs[c] for c in allowed) or 1.0
        best = max(allowed, key=lambda c: probs[c])
        i = self.classes.index(best)
        others = [self.classes.index(c) for c in allowed if c is not best]
        # The words whose weight most favours this category over the alternatives.
        pull = []
        for name in feats:
            w = self.weights.get(name)
            if w is None or not name.startswith(("w:", "b:")):
                continue
            margin = w[i] - max((w[j] for j in others), default=0.0)
            if margin > 0:
                pull.append((margin, name[2:]))
        pull.sort(reverse=True)
        words = tuple(n for _, n in pull[:3] if not n.startswith("z"))
        return Verdict(best, probs[best] / total, words)


@cache
def default_model() -> ConcernModel | None:
    """The shipped model, or None when it is absent (the rules then decide alone)."""
    if not MODEL_PATH.exists():
        return None
    return ConcernModel.from_json(json.loads(MODEL_PATH.read_text(encoding="utf-8")))
