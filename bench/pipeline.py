"""Orchestration benchmark: full build, no-change rebuild, one-document update, 10× and 50×
replicated corpora, and the same stages as plain functions — side by side, medians of runs.

    python3 -m bench.pipeline [--runs 3] [--scales 1,10,50] [--work DIR]

Every measurement runs `edukb build` in a fresh subprocess (so Prefect's start-up is included,
as a user would meet it) and reads its wall time, its CPU time (user + system of the build and
every process it started and waited for) and its peak memory: ru_maxrss of the largest process,
and the sum over the whole process tree (build, Prefect's server, workers) sampled every 0.1 s.
Flow and plain-function builds alternate, so both meet the same load on a shared machine; the
overhead is given for wall time and for CPU time (the latter barely moved by other jobs).
Replicated corpora give every copy its own file name and slightly varied text (a numbered
preface line and shuffled digits), so no cache can serve one copy for another.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "corpus"


def replicate(target: Path, scale: int, seed: int = 0) -> Path:
    """``scale`` copies of every seed document, each with distinct id and text."""
    rng = random.Random(seed)
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    seeds = sorted(p for p in SEEDS.glob("*.txt"))
    for k in range(scale):
        for p in seeds:
            text = p.read_text(encoding="utf-8")
            if scale == 1:
                shutil.copy2(p, target / p.name)
                continue
            digits = str.maketrans("0123456789", "".join(rng.sample("0123456789", 10))) if k else None
            preface = f"Нұсқа {k + 1}. Құжаттың {k + 1}-көшірмесі, {rng.randint(1, 999)} бет.\n" if k else ""
            body = text if digits is None else _vary_digits(text, digits, rng)
            (target / f"{p.stem}_{k:03d}.txt").write_text(preface + body, encoding="utf-8")
    return target


def _vary_digits(text: str, table: dict, rng: random.Random) -> str:
    lines = text.split("\n")
    for i in rng.sample(range(len(lines)), min(5, len(lines))):
        lines[i] = lines[i].translate(table)
    return "\n".join(lines)


def _tree_rss(proc: "psutil.Process") -> int:
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
    return total


def run_build(corpus: Path, out: Path, runner: str) -> dict:
    """One ``edukb build`` in a fresh process. Memory: the largest process (ru_maxrss) and the
    whole process tree (the build, Prefect's server, Dask workers), sampled every 0.1 s."""
    cmd = [sys.executable, "-m", "edukb", "build", "--corpus", str(corpus), "--out", str(out), "--runner", runner, "--no-progress"]
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    before, cpu_before = usage.ru_maxrss, usage.ru_utime + usage.ru_stime
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    tree_peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal tree_peak
        ps = psutil.Process(proc.pid)
        while not stop.wait(0.1):
            try:
                tree_peak = max(tree_peak, _tree_rss(ps))
            except psutil.NoSuchProcess:
                return

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = proc.communicate()
    wall = time.perf_counter() - t
    stop.set()
    sampler.join()
    if proc.returncode != 0:
        raise RuntimeError(f"build failed: {stderr[-2000:]}")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"wall_s": wall, "cpu_s": usage.ru_utime + usage.ru_stime - cpu_before, "peak_mb": max(usage.ru_maxrss, before) / 1024,
            "tree_peak_mb": tree_peak / 2**20, "stdout": stdout}


def median_of(fn, runs: int) -> tuple[float, list[dict]]:
    results = [fn(i) for i in range(runs)]
    return statistics.median(r["wall_s"] for r in results), results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3, help="runs per measurement (median reported)")
    ap.add_argument("--scales", default="1,10,50", help="replication factors")
    ap.add_argument("--work", type=Path, default=Path("/tmp/edukb-bench"))
    ap.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = ap.parse_args()
    scales = [int(s) for s in args.scales.split(",")]
    work = args.work
    work.mkdir(parents=True, exist_ok=True)
    rows, figures = [], {}

    def fresh(out: Path) -> Path:
        if out.exists():
            shutil.rmtree(out)
        return out

    for scale in scales:
        corpus = replicate(work / f"corpus_x{scale}", scale)  # a copy: the update step adds files
        n_docs = len(list(corpus.glob("*.txt")))
        runs = args.runs if scale < 50 else max(1, min(args.runs, 2))
        # the flow and the plain functions alternate, so both meet the same load on a shared machine
        full_runs, plain_runs = [], []
        for i in range(runs):
            full_runs.append(run_build(corpus, fresh(work / f"kb_x{scale}_{i}"), "local"))
            plain_runs.append(run_build(corpus, fresh(work / f"kbp_x{scale}_{i}"), "none"))
        full, plain = (statistics.median(r["wall_s"] for r in rs) for rs in (full_runs, plain_runs))
        full_cpu, plain_cpu = (statistics.median(r["cpu_s"] for r in rs) for rs in (full_runs, plain_runs))
        out = work / f"kb_x{scale}_0"
        nochange, _ = median_of(lambda i: run_build(corpus, out, "local"), runs)

        def one_doc_update(i: int) -> dict:
            extra = corpus / f"zz_new_{i}.txt"
            src = sorted(SEEDS.glob("*.txt"))[i % 4]
            extra.write_text(f"Жаңа құжат {i}.\n" + src.read_text(encoding="utf-8"), encoding="utf-8")
            try:
                return run_build(corpus, out, "local")
            finally:
                extra.unlink()

        update, _ = median_of(one_doc_update, runs)
        peak = max(r["peak_mb"] for r in full_runs)
        tree_peak = max(r["tree_peak_mb"] for r in full_runs)
        plain_peak = max(r["tree_peak_mb"] for r in plain_runs)
        figures[scale] = {
            "documents": n_docs, "full_s": full, "plain_s": plain, "nochange_s": nochange, "update_s": update,
            "per_doc_s": full / n_docs, "peak_mb": peak, "tree_peak_mb": tree_peak, "plain_peak_mb": plain_peak,
            "overhead": (full - plain) / plain, "full_cpu_s": full_cpu, "plain_cpu_s": plain_cpu,
            "cpu_overhead": (full_cpu - plain_cpu) / plain_cpu,
        }
        rows.append(figures[scale])
        print(f"scale {scale}× ({n_docs} docs): full {full:.1f}s (CPU {full_cpu:.1f}s), plain {plain:.1f}s (CPU {plain_cpu:.1f}s), no-change {nochange:.1f}s, "
              f"one-doc update {update:.1f}s, peak {peak:.0f} MB (process tree {tree_peak:.0f} MB; plain {plain_peak:.0f} MB)", flush=True)

    print("\n| corpus | docs | full build (Prefect) | plain functions | Prefect overhead (wall / CPU) | no-change rebuild | one-doc update | per doc | peak memory (largest process / process tree / plain) |")
    print("|---|---|---|---|---|---|---|---|---|")
    for scale, f in figures.items():
        print(f"| {scale}× | {f['documents']} | {f['full_s']:.1f} s | {f['plain_s']:.1f} s | {f['overhead']:+.0%} / {f['cpu_overhead']:+.0%} | "
              f"{f['nochange_s']:.1f} s ({f['nochange_s'] / f['full_s']:.0%}) | {f['update_s']:.1f} s ({f['update_s'] / f['full_s']:.0%}) | "
              f"{f['per_doc_s']:.2f} s | {f['peak_mb']:.0f} / {f['tree_peak_mb']:.0f} / {f['plain_peak_mb']:.0f} MB |")
    if 10 in figures and 50 in figures:
        print(f"\ncost per document at 50× / at 10×: {figures[50]['per_doc_s'] / figures[10]['per_doc_s']:.2f} (target ≤ 1.2)")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
