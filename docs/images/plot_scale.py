#!/usr/bin/env python3
"""Draws docs/images/scale.svg from docs/images/scale.csv (the "How cost grows" figures of BENCHMARKS.md).

Python 3 standard library only; the axes and text helpers are plot_benchmarks.py's. Usage (repository root):
    python3 docs/images/plot_scale.py
scale.csv holds the `csv,` lines printed by the SourceScale harness, without the `csv,` prefix:
    converter,rate,workers,depth,symbols,tasks,records_per_s,connector_us_per_record,jvm_us_per_record,task_heap_mb
Left: the connector's CPU per record against the number of books (one worker, one task), per depth: flat is the
goal. Middle: the task heap against the number of books, per depth. Right: records/s against tasks.max on a
multi-worker cluster (the rows with workers > 1 at the highest offered rate: more than one task can take).
"""
import csv
import os

from plot_benchmarks import COLOURS, axes, text, write_svg

HERE = os.path.dirname(os.path.abspath(__file__))
WIDTH, HEIGHT = 1080, 420


def read(path):
    with open(path, newline="") as f:
        names = ["converter", "rate", "workers", "depth", "symbols", "tasks", "records", "connector_us", "jvm_us",
                 "heap_mb"]
        rows = [dict(zip(names, row)) for row in csv.reader(line for line in f if not line.startswith("#"))]
    for r in rows:
        for key in names[1:6]:
            r[key] = int(r[key])
        for key in names[6:]:
            r[key] = float(r[key])
    return rows


def nice_max(values):
    top = max(values) * 1.15
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000, 20000, 25000, 50000):
        if top / step <= 6:
            return step * (int(top / step) + 1), step
    return top, top / 5


def by_symbols_panel(rows, key, left, top, w, h, ylabel, title):
    counts = sorted({r["symbols"] for r in rows})
    ymax, step = nice_max([r[key] for r in rows])
    out = axes(left, top, w, h, 1, ymax, [], [v * step for v in range(int(ymax / step) + 1)], "books on one task",
               ylabel, title)
    slot = w / len(counts)
    for i, n in enumerate(counts):
        out.append(text(left + slot * (i + 0.5), top + h + 18, f"{n:,}", 11))
    for j, depth in enumerate(sorted({r["depth"] for r in rows})):
        points = sorted((r for r in rows if r["depth"] == depth), key=lambda r: r["symbols"])
        xy = [(left + slot * (counts.index(r["symbols"]) + 0.5), top + h - r[key] / ymax * h) for r in points]
        out.append(f'<polyline points="{" ".join(f"{x:.1f},{y:.1f}" for x, y in xy)}" fill="none" '
                   f'stroke="{COLOURS[j]}" stroke-width="2"/>')
        out += [f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{COLOURS[j]}"/>' for x, y in xy]
        out.append(f'<line x1="{left + 10}" y1="{top + 16 + 18 * j}" x2="{left + 34}" y2="{top + 16 + 18 * j}" '
                   f'stroke="{COLOURS[j]}" stroke-width="2"/>')
        out.append(text(left + 40, top + 20 + 18 * j, f"depth {depth}", 11, anchor="start"))
    return out


def tasks_panel(rows, left, top, w, h):
    ymax, step = nice_max([r["records"] for r in rows])
    out = axes(left, top, w, h, 1, ymax, [], [v * step for v in range(int(ymax / step) + 1)], f"tasks.max ({rows[0]['symbols']} books, depth {rows[0]['depth']})",
               "records/s at the broker", f"{rows[0]['workers']} workers, {rows[0]['rate'] // 1000}k events/s offered")
    slot = w / len(rows)
    for i, r in enumerate(sorted(rows, key=lambda r: r["tasks"])):
        bh = r["records"] / ymax * h
        x = left + slot * i + slot * 0.25
        out.append(f'<rect x="{x:.1f}" y="{top + h - bh:.1f}" width="{slot * 0.5:.1f}" height="{bh:.1f}" '
                   f'fill="{COLOURS[0]}"/>')
        out.append(text(x + slot * 0.25, top + h - bh - 4, f"{r['records']:,.0f}", 10))
        out.append(text(x + slot * 0.25, top + h + 18, str(r["tasks"]), 11))
    return out


def main():
    rows = read(os.path.join(HERE, "scale.csv"))
    one_task = [r for r in rows if r["workers"] == 1 and r["tasks"] == 1]
    body = by_symbols_panel(one_task, "connector_us", 60, 50, 280, 300, "connector CPU µs per record",
                            "Connector CPU per record")
    body += by_symbols_panel(one_task, "heap_mb", 420, 50, 280, 300, "task heap, MB", "Task heap")
    cluster = [r for r in rows if r["workers"] > 1]
    tasks = [r for r in cluster if r["rate"] == max(c["rate"] for c in cluster)]
    if tasks:
        body += tasks_panel(tasks, 780, 50, 270, 300)
    write_svg("scale.svg", WIDTH, HEIGHT, body)


if __name__ == "__main__":
    main()
