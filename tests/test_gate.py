"""bench/gate_matcher.py: the held-out gate keeps a change only if no held-out loses ground."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("gate_matcher", ROOT / "bench" / "gate_matcher.py")
assert _spec is not None and _spec.loader is not None
gate = importlib.util.module_from_spec(_spec)
sys.modules["gate_matcher"] = gate  # (its dataclass looks itself up there)
_spec.loader.exec_module(gate)


def _figs(*lines: str) -> dict[str, object]:
    return {f.corpus: f for f in map(gate.Figures.parse, lines)}


def test_a_figures_line_reads_back_as_written() -> None:
    line = "corpus_heldout5 0.971 0.944 0.853 145/170 4/5"
    assert gate.Figures.parse(line).line() == line


def test_the_gate_fails_on_a_held_out_loss_of_any_kind() -> None:
    before = _figs(
        "corpus_heldout5 0.971 0.944 0.853 145/170 4/5",
        "corpus_heldout6 0.939 0.913 0.759 151/199 4/6",
        "corpus_train3 0.991 0.973 0.930 198/213 2/2",
    )
    after = _figs(
        "corpus_heldout5 0.960 0.950 0.853 145/170 4/5",  # precision down, recall up
        "corpus_heldout6 0.939 0.913 0.758 150/199 4/6",  # one right severity fewer
        "corpus_train3 0.900 0.900 0.900 100/213 2/2",  # a tuning corpus: not gated
    )
    assert gate.verdict(before, after) == [
        "corpus_heldout5: precision 0.971 -> 0.96",
        "corpus_heldout6: right severities 151 -> 150",
    ]


def test_more_findings_at_a_lower_ratio_pass_the_gate() -> None:
    """Severity accuracy is over found mentions: new findings enter the ratio."""
    before = _figs("corpus_heldout 0.982 0.966 0.869 146/168 2/2")
    after = _figs("corpus_heldout 0.982 0.971 0.864 146/169 2/2")
    assert gate.verdict(before, after) == []


def test_the_balance_counts_right_severities_over_the_held_outs_only() -> None:
    before = _figs(
        "corpus_heldout5 0.971 0.944 0.853 145/170 4/5",
        "corpus_heldout6 0.939 0.913 0.759 151/199 4/6",
        "corpus_heldout7 0.918 0.918 0.808 135/167 3/7",
        "corpus_train3 0.991 0.973 0.930 198/213 2/2",
    )
    after = _figs(
        "corpus_heldout5 0.971 0.944 0.871 148/170 4/5",
        "corpus_heldout6 0.939 0.913 0.754 150/199 4/6",
        "corpus_heldout7 0.918 0.918 0.808 135/167 3/7",
        "corpus_train3 0.991 0.973 0.991 211/213 2/2",
    )
    assert gate.balance(before, after) == (
        "held-out right severities 431 -> 433 (+2); 1 held-outs gained, 1 lost"
    )
