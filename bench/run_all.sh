#!/usr/bin/env bash
# Every benchmark in one command, with the settings whose figures are in bench/RESULTS.md.
# Each prints its own ratios against a baseline measured in the same run. Machines are noisy:
# run on an otherwise idle machine. QUICK=1 runs smaller versions (a smoke check, ~3 minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
for corpus in corpus corpus_dev corpus_dev2 corpus_train3 corpus_train4 corpus_train6 corpus_train7 corpus_train8 corpus_train9 corpus_train10 corpus_train11 corpus_train12 corpus_train13 corpus_train14 corpus_train15 corpus_train16 corpus_train17 corpus_train18 corpus_train19 corpus_train20 corpus_train21 corpus_train22 corpus_train23 corpus_train24 corpus_train25 corpus_train26 corpus_train27 corpus_train28 corpus_train29 corpus_train30 corpus_train31 corpus_train32 corpus_train33 corpus_train34 corpus_train35 corpus_train36 corpus_train37 corpus_heldout corpus_heldout2 corpus_heldout3 corpus_heldout4 corpus_heldout5 corpus_heldout6 corpus_heldout7 corpus_heldout8 corpus_heldout9 corpus_heldout10 corpus_heldout11 corpus_heldout12 corpus_heldout13 corpus_heldout14 corpus_heldout15 corpus_heldout16 corpus_heldout17 corpus_heldout18 corpus_heldout19 corpus_heldout20 corpus_heldout21 corpus_heldout22 corpus_heldout23 corpus_heldout24 corpus_heldout25 corpus_heldout26 corpus_heldout27 corpus_heldout28 corpus_heldout29 corpus_heldout30 corpus_heldout31; do
  $PY bench/eval_matcher.py --corpus "tests/$corpus"
done
if [ "${QUICK:-0}" = 1 ]; then
  $PY bench/bench_matcher.py --mb 0.5 --repeat 1
  $PY bench/bench_capture.py --captures 10 --baseline 2 --rounds 1
  $PY bench/bench_digest.py --findings 200 --repeat 1
  $PY bench/bench_crawl.py --pages 200
else
  $PY bench/bench_matcher.py --mb 2 --repeat 5
  $PY bench/bench_capture.py --rounds 3
  $PY bench/bench_digest.py --repeat 5
  $PY bench/bench_crawl.py --pages 2000
  $PY bench/bench_crawl.py --pages 100 --memory 20000 --hosts 8
fi
