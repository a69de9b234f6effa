"""Render the 200-item PDF report of bench_report.py with the code of a given source tree
and print the medians as JSON: bench_office.py runs it for this tree and for an older
commit, alternately, so that both figures come from one run on the same machine.

    python benchmarks/render_driver.py TREE RUNS

TREE is a checkout (or ``git archive`` extract) of the repository. Only the interface
both versions share is used: bench_report.write_pack / fill, Collection and
render_report(data, lang, signed=True).
"""

from __future__ import annotations

import json
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    tree, runs = Path(sys.argv[1]).resolve(), int(sys.argv[2])
    sys.path[:0] = [str(tree / "desktop"), str(tree / "benchmarks")]
    from bench_report import ITEMS, PACK_ID, fill, write_pack

    import selfcheck
    from selfcheck.core.collection import Collection
    from selfcheck.core.paths import resolve_paths
    from selfcheck.core.reports.pdf import render_report
    from selfcheck.core.risk import (
        Autonomy,
        Criticality,
        DataSensitivity,
        PeopleAffected,
        RiskProfile,
    )

    with tempfile.TemporaryDirectory(prefix="bench-render-") as temp:
        root = Path(temp)
        write_pack(root / "packs" / PACK_ID / "v1", ITEMS)
        os.environ["SELFCHECK_CHECKLISTS"] = str(root / "packs")
        with Collection.open(resolve_paths(root / "data")) as collection:
            assessment = collection.new_assessment(
                pack_id=PACK_ID, organisation="某市大数据管理局", system_name="政务热线智能分派系统",
                sector="government", assessor="李四",
                profile=RiskProfile(criticality=Criticality.HIGH,
                                    autonomy=Autonomy.ACTS_WITH_APPROVAL,
                                    people_affected=PeopleAffected.MANY,
                                    data_sensitivity=DataSensitivity.PERSONAL))
            fill(collection, assessment, root)
            data = collection.reports.data(assessment, marking="内部")
    figures: dict[str, dict[str, float | int]] = {}
    for lang in ("zh", "en"):
        pdf = render_report(data, lang, signed=True)  # warm-up: imports, font registration
        walls, cpus = [], []
        for _ in range(runs):
            start, cpu = time.perf_counter(), time.process_time()
            pdf = render_report(data, lang, signed=True)
            walls.append(time.perf_counter() - start)
            cpus.append(time.process_time() - cpu)
        figures[lang] = {"wall": statistics.median(walls), "cpu": statistics.median(cpus),
                         "pages": len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf)),
                         "bytes": len(pdf)}
    code = Path(selfcheck.__file__).resolve()
    if not code.is_relative_to(tree):  # the measurement would be of another version
        raise SystemExit(f"selfcheck was imported from {code}, not from {tree}")
    json.dump({"items": len(data.items), "code": str(code.parent), "figures": figures},
              sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
