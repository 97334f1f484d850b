"""The comparison workload of ../shared/bench/WORKLOAD.md, run against CaseDesk.

`python -m benchmarks --help` from the repository root; see runner.py and adapter.py.
"""
