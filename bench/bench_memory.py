#!/usr/bin/env python3
"""Benchmark: peak memory of `readouts extract` and `readouts ingest` on one very long document.

usage: python bench/bench_memory.py [--mb 50] [--lang ar|en] [--one-line]

Writes a synthetic document of the given size (sentences of our own, a fifth of them telling a
meeting, the rest filler; with --one-line, no line break at all), runs the real CLI on it in a
child process and prints the peak resident memory, the memory above the CLI's own start (the
same command on a 2 KB file), and that excess as a multiple of the input size. The target
(issue 12): at most 4x the input, never above 1 GiB.
"""
from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SENTENCES = {
    "ar": ("استقبل الرئيس عبد الفتاح السيسي وزير الخارجية الأمريكي في القاهرة وبحث معه العلاقات الثنائية. ",
           "وكانت الأسواق هادئة في انتظار البيانات الجديدة من البنك المركزي. "),
    "en": ("Egyptian President Abdel Fattah el-Sisi received the US Secretary of State in Cairo on Monday. ",
           "Markets were calm as traders waited for new figures from the central bank. "),
}
_MEASURE = ("import resource, subprocess, sys; "
            "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def write(path: Path, mb: float, lang: str, one_line: bool) -> int:
    rng = random.Random(7)
    contact, filler = SENTENCES[lang]
    parts, size = [], 0
    while size < mb * 1e6:
        s = contact if rng.random() < 0.2 else filler
        if not one_line and rng.random() < 0.3:
            s += "\n"
        parts.append(s)
        size += len(s.encode("utf-8"))
    path.write_text("".join(parts), encoding="utf-8")
    return path.stat().st_size


def peak_kib(cmd: list[str]) -> tuple[int, float]:
    t = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", _MEASURE, *cmd], capture_output=True, text=True, check=True)
    return int(out.stdout.strip()), time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=50)
    ap.add_argument("--lang", choices=sorted(SENTENCES), default="ar")
    ap.add_argument("--one-line", action="store_true")
    a = ap.parse_args()
    exe = str(Path(sys.executable).with_name("readouts"))
    with tempfile.TemporaryDirectory() as tmp:
        big, small = Path(tmp) / "big.txt", Path(tmp) / "small.txt"
        size = write(big, a.mb, a.lang, a.one_line)
        write(small, 0.002, a.lang, a.one_line)
        print(f"input: {size / 2**20:.1f} MiB of {a.lang}{' on one line' if a.one_line else ''}")
        for cmd in ("extract", "ingest"):
            def args(p: Path) -> list[str]:
                db = ["--db", str(Path(tmp) / f"{p.stem}.db")] if cmd == "ingest" else []
                return [exe, cmd, str(p), "--published", "2020-01-01", *db]
            base, _ = peak_kib(args(small))
            peak, secs = peak_kib(args(big))
            extra = (peak - base) * 1024
            print(f"{cmd:8} peak {peak / 1024:7.0f} MiB  start-up alone {base / 1024:5.0f} MiB  "
                  f"document {extra / 2**20:6.0f} MiB = {extra / size:4.1f}x input  ({secs:.0f} s)")


if __name__ == "__main__":
    main()
