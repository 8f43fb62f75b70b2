"""Issue 3's quality targets, measured on the held-out corpora.

The matcher is tuned on tests/corpus/ and tests/corpus_dev*/; each held-out corpus is about a
different fictional school and was written without reading the matcher, so it says how the
matcher generalises to the unseen documents the acceptance checks use. Do not tune against
their text. tests/corpus_heldout/ (first session) has been measured after every change since,
and the first session used its error list (not its text) to find general causes, so it is no
longer quite unseen; tests/corpus_heldout2/ (second session) and tests/corpus_heldout3/
(fourth session) and tests/corpus_heldout4/ (fourth session, written last) have only ever been
measured (their aggregate figures, never their texts or error lists); tests/corpus_heldout5/
was written after the fourth session's last change and measured once at its end;
tests/corpus_heldout6/ and tests/corpus_heldout7/ were written by helpers in the fifth session
and measured once, at its end, after its last matcher change; tests/corpus_heldout8/ and
tests/corpus_heldout9/ were written in the sixth session and measured once, at the end of the
seventh, after its last matcher change; tests/corpus_heldout10/ was written by a helper in the
eighth session and measured once, at its end, after its last matcher change;
tests/corpus_heldout11/ (a Teesside special school) was written by a helper in the ninth
session and measured once, at its end, after its last matcher change; tests/corpus_heldout12/
(a West Wales secondary with a boarding house) was written by a helper in the tenth session
and measured once, at its end, after its last matcher change; tests/corpus_heldout13/ (a North
Devon comprehensive with a SEND resource base) was written by a helper in the eleventh session
and measured once, late in it; the session's matcher changes after that were gated on it and
left its figures unchanged (the twelfth session's raised its severity, 0.617 -> 0.628, as a gate);
tests/corpus_heldout14/ (a Surrey independent day and boarding school) was written by a helper
in the twelfth session and measured once, at its end, after its last matcher change;
tests/corpus_heldout15/ (a Teesside university technical college) was written by a helper in
the thirteenth session and measured once, before any of that session's matcher changes (the
only one before it, a speed change, left every match the same), then used only as a gate;
tests/corpus_heldout16/ (a Fife secondary) was written by a helper in the fourteenth session and
measured once, after that session's first four matcher changes (0.979 / 0.945 / 0.725; the
session-start code scored 0.979 / 0.936 / 0.723), then used only as a gate;
tests/corpus_heldout17/ (a Devon coastal academy) was written by a helper in the fifteenth
session and measured once, after that session's first two matcher changes, which left it
unchanged (0.957 / 0.934 / 0.709, as the session-start code), then used only as a gate;
tests/corpus_heldout18/ (a Leicester academy) was written by a helper in the fifteenth session
and measured once, after fourteen of that session's matcher changes (0.954 / 0.951 / 0.659; the
session-start code scored 0.948 / 0.951 / 0.656), then used only as a gate;
tests/corpus_heldout19/ (a Wiltshire garrison-town C of E primary) was written by a helper in
the fifteenth session and measured once, after twenty-eight of that session's matcher commits
(0.951 / 0.948 / 0.686; the session-start code scored 0.951 / 0.948 / 0.677), then used only as
a gate;
tests/corpus_heldout20/ (a Fenland market-town academy whose short name "Harvest" is an everyday
word) and tests/corpus_heldout21/ (a Potteries Catholic college, "Holy Trinity", "Trinity") were
written by helpers in the sixteenth session and measured once, after that session's first
matcher change (heldout20 0.948 / 0.975 / 0.592, heldout21 0.959 / 0.956 / 0.605; the
session-start code scored 0.948 / 0.975 / 0.585 and 0.959 / 0.956 / 0.602), then used only as
gates; tests/corpus_heldout22/ (a Birmingham inner-city academy, "Crescent") was written by a
helper late in the sixteenth session and measured once, after thirteen of that session's
matcher commits (0.951 / 0.966 / 0.566; the session-start code scored 0.945 / 0.966 / 0.557),
then used only as a gate; tests/corpus_heldout23/ (a Northumberland middle school, "Beacon")
was written by a helper at the same time and measured once, after all but the session's last
three matcher changes, which left it unchanged (0.955 / 0.955 / 0.639; the session-start code
scored 0.950 / 0.955 / 0.623).
tests/corpus_heldout24/ (a west Cornwall harbour-town community school, "Breakwater") and
tests/corpus_heldout25/ (an East Lancashire mill-town academy, "Spindle") were written by
helpers in the seventeenth session and measured once, before any of that session's matcher
changes (heldout24 0.974 / 0.937 / 0.646, heldout25 0.971 / 0.930 / 0.660), then used only as
gates. That session's learned second opinion on concern (matching/learned.py) is trained on the
tuning corpora only, never on these. tests/corpus_heldout26/ (a Cardiff docklands
comprehensive, "Capstan") and tests/corpus_heldout27/ (a new-town academy, "Compass") were
written by helpers later in that session and measured once, after the learned second opinion
was in (heldout26 0.968 / 0.935 / 0.650, heldout27 0.972 / 0.954 / 0.652; the session-start
code scored 0.968 / 0.935 / 0.587 and 0.972 / 0.954 / 0.600), then used only as gates.
tests/corpus_heldout28/ (a Leicester sixth-form college, "Lantern") and
tests/corpus_heldout29/ (a Northumberland first and middle school federation, "Bracken") were
written by helpers in the eighteenth session and measured once, before any of that session's
matcher changes (heldout28 0.990 / 0.935 / 0.670, heldout29 0.944 / 0.938 / 0.629), then used
only as gates. tests/corpus_heldout30/ (a west Cornwall former mining town academy, "Anvil")
and tests/corpus_heldout31/ (a Welsh-medium comprehensive in north Cardiff, "Bryn Chwarel")
were written by helpers in the nineteenth session and measured once, after most of that
session's changes (heldout30 0.959 / 0.910 / 0.677, heldout31 0.982 / 0.967 / 0.764; the
session-start code scored 0.959 / 0.910 / 0.677 and 0.982 / 0.967 / 0.755), then used only as
gates.

Targets (issue 3): precision >= 0.95 and recall >= 0.95 on mentions (one subject on one page),
severity accuracy >= 0.9 over found mentions. The same figures, broken down by variant and
category, come from ``bench/eval_matcher.py --corpus tests/corpus_heldout --errors``.
"""

from __future__ import annotations

import functools
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from repwatch import config
from repwatch.matching import Matcher
from repwatch.models import CATEGORY_SEVERITY, Category
from repwatch.scan import read_document

HERE = Path(__file__).resolve().parent
CORPORA = {
    "heldout": HERE / "corpus_heldout",
    "heldout2": HERE / "corpus_heldout2",
    "heldout3": HERE / "corpus_heldout3",
    "heldout4": HERE / "corpus_heldout4",
    "heldout5": HERE / "corpus_heldout5",
    "heldout6": HERE / "corpus_heldout6",
    "heldout7": HERE / "corpus_heldout7",
    "heldout8": HERE / "corpus_heldout8",
    "heldout9": HERE / "corpus_heldout9",
    "heldout10": HERE / "corpus_heldout10",
    "heldout11": HERE / "corpus_heldout11",
    "heldout12": HERE / "corpus_heldout12",
    "heldout13": HERE / "corpus_heldout13",
    "heldout14": HERE / "corpus_heldout14",
    "heldout15": HERE / "corpus_heldout15",
    "heldout16": HERE / "corpus_heldout16",
    "heldout17": HERE / "corpus_heldout17",
    "heldout18": HERE / "corpus_heldout18",
    "heldout19": HERE / "corpus_heldout19",
    "heldout20": HERE / "corpus_heldout20",
    "heldout21": HERE / "corpus_heldout21",
    "heldout22": HERE / "corpus_heldout22",
    "heldout23": HERE / "corpus_heldout23",
    "heldout24": HERE / "corpus_heldout24",
    "heldout25": HERE / "corpus_heldout25",
    "heldout26": HERE / "corpus_heldout26",
    "heldout27": HERE / "corpus_heldout27",
    "heldout28": HERE / "corpus_heldout28",
    "heldout29": HERE / "corpus_heldout29",
    "heldout30": HERE / "corpus_heldout30",
    "heldout31": HERE / "corpus_heldout31",
}

VARIANTS = {
    "exact",
    "title_surname",
    "initial_surname",
    "first_initial",
    "nickname",
    "possessive",
    "hyphenated",
    "typo",
    "leetspeak",
    "homoglyph",
    "spacing",
    "obfuscated",
    "hashtag",
    "handle",
    "camelcase",
    "alias",
    "short_name",
    "surname_only",
}


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    sev_ok: int = 0
    sev_n: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def severity_accuracy(self) -> float:
        return self.sev_ok / self.sev_n if self.sev_n else 1.0


def _labels(corpus: Path) -> list[dict[str, object]]:
    lines = (corpus / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _tally(corpus: Path) -> Tally:
    w = config.load(corpus / "watchlist.toml")
    matcher = Matcher(w)
    t = Tally()
    for lab in _labels(corpus):
        text = read_document(corpus / "docs" / str(lab["file"]))
        got = {m.subject: m for m in matcher.scan(text)}
        want = {e["subject"]: e for e in lab["expected"]}  # type: ignore[attr-defined]
        for subj, e in want.items():
            if subj not in got:
                t.fn += 1
                t.errors.append(f"MISS {lab['file']} {subj} ({e['variant']})")
                continue
            t.tp += 1
            t.sev_n += 1
            m = got[subj]
            if CATEGORY_SEVERITY[Category(e["category"])] == m.severity:
                t.sev_ok += 1
            else:
                t.errors.append(
                    f"SEVERITY {lab['file']} {subj}: want {e['category']}, got "
                    f"{[c.value for c in m.categories]}"
                )
        for subj, m in got.items():
            if subj not in want:
                t.fp += 1
                t.errors.append(f"FALSE {lab['file']} {subj} “{m.matched}” ({m.variant})")
    return t


@functools.cache
def tally_of(name: str) -> Tally:
    return _tally(CORPORA[name])


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_corpus_is_well_formed_and_covers_the_issue(name: str) -> None:
    corpus = CORPORA[name]
    labels = _labels(corpus)
    assert len(labels) >= 80
    w = config.load(corpus / "watchlist.toml")
    subjects = {"school"} | {s.id for s in w.staff}
    variants: Counter[str] = Counter()
    categories: Counter[str] = Counter()
    for lab in labels:
        assert (corpus / "docs" / str(lab["file"])).is_file(), lab["file"]
        for e in lab["expected"]:  # type: ignore[attr-defined]
            assert e["subject"] in subjects, (lab["file"], e)
            assert e["variant"] in VARIANTS, (lab["file"], e)
            Category(e["category"])
            variants[e["variant"]] += 1
            categories[e["category"]] += 1
    assert set(variants) == VARIANTS
    assert set(categories) == {c.value for c in Category}
    assert sum(not lab["expected"] for lab in labels) >= 5  # decoys and same-name people
    assert any(e.get("url_only") for lab in labels for e in lab["expected"])  # type: ignore[attr-defined]


def _gap(reason: str) -> pytest.MarkDecorator:
    # Kept as a visible expected failure (not deleted) so it turns into a pass when the gap
    # closes; the measured figures and the causes are in bench/RESULTS.md.
    return pytest.mark.xfail(reason=reason, strict=False)


@pytest.mark.parametrize(
    ("name", "figure", "target"),
    [
        ("heldout", "precision", 0.95),
        ("heldout", "recall", 0.95),
        pytest.param(
            "heldout",
            "severity_accuracy",
            0.9,
            marks=_gap("held-out severity accuracy 0.876 < 0.9"),
        ),
        ("heldout2", "precision", 0.95),
        ("heldout2", "recall", 0.95),
        pytest.param(
            "heldout2",
            "severity_accuracy",
            0.9,
            marks=_gap("held-out #2 severity accuracy 0.855 < 0.9"),
        ),
        ("heldout3", "precision", 0.95),
        ("heldout3", "recall", 0.95),
        pytest.param(
            "heldout3",
            "severity_accuracy",
            0.9,
            marks=_gap("held-out #3 severity accuracy 0.796 < 0.9"),
        ),
        ("heldout4", "precision", 0.95),
        ("heldout4", "recall", 0.95),  # closed in the eleventh session: 0.953
        pytest.param(
            "heldout4",
            "severity_accuracy",
            0.9,
            marks=_gap("held-out #4 severity accuracy 0.798 < 0.9"),
        ),
        ("heldout5", "precision", 0.95),
        pytest.param("heldout5", "recall", 0.95, marks=_gap("held-out #5 recall 0.944 < 0.95")),
        pytest.param(
            "heldout5",
            "severity_accuracy",
            0.9,
            marks=_gap("held-out #5 severity accuracy 0.882 < 0.9"),
        ),
        pytest.param(
            "heldout6", "precision", 0.95, marks=_gap("held-out #6 precision 0.939 < 0.95")
        ),
        pytest.param("heldout6", "recall", 0.95, marks=_gap("held-out #6 recall 0.913 < 0.95")),
        pytest.param(
            "heldout6",
            "severity_accuracy",
            0.9,
            marks=_gap("held-out #6 severity accuracy 0.759 < 0.9"),
        ),
        pytest.param(
            "heldout7", "precision", 0.95, marks=_gap("held-out #7 precision 0.918 < 0.95")
        ),
        pytest.param("heldout7", "recall", 0.95, marks=_gap("held-out #7 recall 0.929 < 0.95")),
        pytest.param(
            "heldout7",
            "severity_accuracy",
            0.9,
            marks=_gap("held-out #7 severity accuracy 0.822 < 0.9"),
        ),
        ("heldout8", "precision", 0.95),
        pytest.param("heldout8", "recall", 0.95, marks=_gap("held-out #8 recall 0.911 < 0.95")),
        pytest.param(
            "heldout8",
            "severity_accuracy",
            0.9,
            marks=_gap("held-out #8 severity accuracy 0.800 < 0.9"),
        ),
        ("heldout9", "precision", 0.95),
        pytest.param("heldout9", "recall", 0.95, marks=_gap("held-out #9 recall 0.924 < 0.95")),
        pytest.param(
            "heldout9",
            "severity_accuracy",
            0.9,
            marks=_gap("held-out #9 severity accuracy 0.864 < 0.9"),
        ),
        pytest.param(
            "heldout10", "precision", 0.95, marks=_gap("held-out #10 precision 0.911 < 0.95")
        ),
        pytest.param("heldout10", "recall", 0.95, marks=_gap("held-out #10 recall 0.856 < 0.95")),
        pytest.param(
            "heldout10",
            "severity_accuracy",
            0.9,
            marks=_gap("held-out #10 severity accuracy 0.849 < 0.9"),
        ),
        ("heldout11", "precision", 0.95),
        pytest.param("heldout11", "recall", 0.95, marks=_gap("held-out #11 recall 0.938 < 0.95")),
        pytest.param(
            "heldout11",
            "severity_accuracy",
            0.9,
            marks=_gap("held-out #11 severity accuracy 0.810 < 0.9"),
        ),
        ("heldout12", "precision", 0.95),  # 0.953 since the thirteenth session
        pytest.param("heldout12", "recall", 0.95, marks=_gap("held-out #12 recall 0.928 < 0.95")),
        pytest.param(
            "heldout12",
            "severity_accuracy",
            0.9,
            marks=_gap("held-out #12 severity accuracy 0.714 < 0.9"),
        ),
        ("heldout13", "precision", 0.95),
        pytest.param("heldout13", "recall", 0.95, marks=_gap("held-out #13 recall 0.894 < 0.95")),
        pytest.param(
            "heldout13",
            "severity_accuracy",
            0.9,
            marks=_gap("held-out #13 severity accuracy 0.727 < 0.9"),
        ),
        ("heldout14", "precision", 0.95),
        pytest.param("heldout14", "recall", 0.95, marks=_gap("held-out #14 recall 0.927 < 0.95")),
        pytest.param(
            "heldout14",
            "severity_accuracy",
            0.9,
            marks=_gap("held-out #14 severity accuracy 0.770 < 0.9"),
        ),
        ("heldout15", "precision", 0.95),
        ("heldout15", "recall", 0.95),
        pytest.param(
            "heldout15",
            "severity_accuracy",
            0.9,
            marks=_gap("held-out #15 severity accuracy 0.858 < 0.9"),
        ),
        ("heldout16", "precision", 0.95),
        ("heldout16", "recall", 0.95),
        pytest.param(
            "heldout16",
            "severity_accuracy",
            0.9,
            marks=_gap("held-out #16 severity accuracy 0.866 < 0.9"),
        ),
        ("heldout17", "precision", 0.95),
        pytest.param("heldout17", "recall", 0.95, marks=_gap("held-out #17 recall 0.946 < 0.95")),
        pytest.param(
            "heldout17",
            "severity_accuracy",
            0.9,
            marks=_gap("held-out #17 severity accuracy 0.840 < 0.9"),
        ),
        ("heldout18", "precision", 0.95),
        ("heldout18", "recall", 0.95),
        pytest.param(
            "heldout18",
            "severity_accuracy",
            0.9,
            marks=_gap("held-out #18 severity accuracy 0.811 < 0.9"),
        ),
        ("heldout19", "precision", 0.95),
        pytest.param("heldout19", "recall", 0.95, marks=_gap("held-out #19 recall 0.948 < 0.95")),
        pytest.param(
            "heldout19",
            "severity_accuracy",
            0.9,
            marks=_gap("held-out #19 severity accuracy 0.782 < 0.9"),
        ),
        ("heldout20", "precision", 0.95),
        ("heldout20", "recall", 0.95),
        pytest.param(
            "heldout20",
            "severity_accuracy",
            0.9,
            marks=_gap("held-out #20 severity accuracy 0.736 < 0.9"),
        ),
        ("heldout21", "precision", 0.95),
        ("heldout21", "recall", 0.95),
        pytest.param(
            "heldout21",
            "severity_accuracy",
            0.9,
            marks=_gap("held-out #21 severity accuracy 0.771 < 0.9"),
        ),
        ("heldout22", "precision", 0.95),
        ("heldout22", "recall", 0.95),
        pytest.param(
            "heldout22",
            "severity_accuracy",
            0.9,
            marks=_gap("held-out #22 severity accuracy 0.743 < 0.9"),
        ),
        ("heldout23", "precision", 0.95),
        ("heldout23", "recall", 0.95),
        pytest.param(
            "heldout23",
            "severity_accuracy",
            0.9,
            marks=_gap("held-out #23 severity accuracy 0.777 < 0.9"),
        ),
        ("heldout24", "precision", 0.95),
        pytest.param("heldout24", "recall", 0.95, marks=_gap("held-out #24 recall 0.940 < 0.95")),
        pytest.param(
            "heldout24",
            "severity_accuracy",
            0.9,
            marks=_gap("held-out #24 severity accuracy 0.748 < 0.9"),
        ),
        ("heldout25", "precision", 0.95),
        pytest.param("heldout25", "recall", 0.95, marks=_gap("held-out #25 recall 0.939 < 0.95")),
        pytest.param(
            "heldout25",
            "severity_accuracy",
            0.9,
            marks=_gap("held-out #25 severity accuracy 0.754 < 0.9"),
        ),
        ("heldout26", "precision", 0.95),
        pytest.param("heldout26", "recall", 0.95, marks=_gap("held-out #26 recall 0.947 < 0.95")),
        pytest.param(
            "heldout26",
            "severity_accuracy",
            0.9,
            marks=_gap("held-out #26 severity accuracy 0.694 < 0.9"),
        ),
        ("heldout27", "precision", 0.95),
        ("heldout27", "recall", 0.95),
        pytest.param(
            "heldout27",
            "severity_accuracy",
            0.9,
            marks=_gap("held-out #27 severity accuracy 0.740 < 0.9"),
        ),
        ("heldout28", "precision", 0.95),
        pytest.param("heldout28", "recall", 0.95, marks=_gap("held-out #28 recall 0.938 < 0.95")),
        pytest.param(
            "heldout28",
            "severity_accuracy",
            0.9,
            marks=_gap("held-out #28 severity accuracy 0.734 < 0.9"),
        ),
        pytest.param(
            "heldout29", "precision", 0.95, marks=_gap("held-out #29 precision 0.944 < 0.95")
        ),
        pytest.param("heldout29", "recall", 0.95, marks=_gap("held-out #29 recall 0.941 < 0.95")),
        pytest.param(
            "heldout29",
            "severity_accuracy",
            0.9,
            marks=_gap("held-out #29 severity accuracy 0.686 < 0.9"),
        ),
        ("heldout30", "precision", 0.95),
        pytest.param("heldout30", "recall", 0.95, marks=_gap("held-out #30 recall 0.929 < 0.95")),
        pytest.param(
            "heldout30",
            "severity_accuracy",
            0.9,
            marks=_gap("held-out #30 severity accuracy 0.726 < 0.9"),
        ),
        ("heldout31", "precision", 0.95),
        ("heldout31", "recall", 0.95),
        pytest.param(
            "heldout31",
            "severity_accuracy",
            0.9,
            marks=_gap("held-out #31 severity accuracy 0.802 < 0.9"),
        ),
    ],
)
def test_heldout_target(name: str, figure: str, target: float) -> None:
    tally = tally_of(name)
    value = getattr(tally, figure)
    assert value >= target, (
        f"{name} {figure} {value:.3f} < {target} "
        f"(tp={tally.tp} fp={tally.fp} fn={tally.fn} severity {tally.sev_ok}/{tally.sev_n}); "
        "mistakes:\n" + "\n".join(tally.errors)
    )
