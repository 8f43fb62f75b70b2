"""The matcher's candidate filter loses nothing: a scan that opens a window at every anchor
word gives the same mentions as the filtered scan (table-driven, lower-case and disguised
forms, near misses; plus every document of the tuned corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from repwatch import config
from repwatch.matching import Matcher
from repwatch.matching.normalise import Normalised, normalise
from repwatch.scan import read_document

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
SCHOOL = " Posted in the Springfield Centre parents group."


class ExhaustiveMatcher(Matcher):
    """The reference: every occurrence of every anchor word gets a window."""

    def _worth(self, nd: Normalised, alpha: bytes, key: str, p: int) -> bool:
        return True


@pytest.fixture(scope="module")
def pair() -> tuple[Matcher, Matcher]:
    w = config.load(CORPUS / "watchlist.toml")
    return Matcher(w), ExhaustiveMatcher(w)


# text, subject, expected variant (None: no mention of that subject)
CASES = [
    ("jane smith marked the books." + SCHOOL, "jsmith", "exact"),
    ("mrs smith marked the books." + SCHOOL, "jsmith", "title_surname"),
    ("J. smith marked the books." + SCHOOL, "jsmith", "initial_surname"),
    ("janie smith marked the books." + SCHOOL, "jsmith", "nickname"),
    ("will baker took PE." + SCHOOL, "wbaker", "nickname"),
    ("willaim baker took PE." + SCHOOL, "wbaker", "typo"),
    ("smith, jane marked the books." + SCHOOL, "jsmith", "exact"),
    ("jane smiht marked the books." + SCHOOL, "jsmith", "typo"),
    ("mrs smiht marked the books." + SCHOOL, "jsmith", "typo"),
    ("jane 5m1th marked the books." + SCHOOL, "jsmith", "obfuscated"),
    ("Jane S. marked the books." + SCHOOL, "jsmith", "first_initial"),
    ("ask for jane s. at reception." + SCHOOL, "jsmith", None),  # lower-case initial
    ("mrs.smith marked the books." + SCHOOL, "jsmith", "title_surname"),
    ("mrs s m i t h marked the books." + SCHOOL, "jsmith", "obfuscated"),
    ("springfeild centre parents rock", "school", "typo"),
    ("spring-field centre parents rock", "school", "obfuscated"),
    ("Smith was late again; Jane Smith marked the books." + SCHOOL, "jsmith", "exact"),
    # near misses: ordinary words that are also names
    ("the smith forged a horseshoe and a baker baked." + SCHOOL, "jsmith", None),
    ("you will bake bread, young man." + SCHOOL, "wbaker", None),
    ("young people queued for bread." + SCHOOL, "myoung", None),
    ("Don't jane-walk in the centre." + SCHOOL, "jsmith", None),
]


@pytest.mark.parametrize(("text", "subject", "variant"), CASES)
def test_filter_keeps_every_variant(
    pair: tuple[Matcher, Matcher], text: str, subject: str, variant: str | None
) -> None:
    fast, ref = pair
    got = fast.scan(text)
    assert got == ref.scan(text)
    found = {m.subject: m for m in got}
    if variant is None:
        assert subject not in found
        return
    assert subject in found, text
    assert found[subject].variant == variant
    assert text[found[subject].start : found[subject].end] == found[subject].matched


def test_filter_agrees_with_exhaustive_scan_on_corpus(pair: tuple[Matcher, Matcher]) -> None:
    fast, ref = pair
    docs = sorted((CORPUS / "docs").iterdir())
    assert len(docs) > 100
    for path in docs:
        text = read_document(path)
        assert fast.scan(text) == ref.scan(text), path.name


def test_filter_skips_name_words_in_ordinary_prose(pair: tuple[Matcher, Matcher]) -> None:
    """The point of the filter: lower-case words that are also names open no window."""
    fast, _ = pair
    text = "you will see a young smith and a baker at the mark. " * 20
    assert fast._candidates(normalise(text)) == []
