#!/usr/bin/env python3
"""Draws docs/images/benchmarks.svg from docs/images/benchmarks.csv (figures of BENCHMARKS.md).

Python 3 standard library only; writes plain SVG. Usage (from the repository root):
    python3 docs/images/plot_benchmarks.py
Left: source connector, frame -> broker acknowledgement latency (p50, p99) against records/s.
Right: sinks, command -> acknowledgement latency (p50, p99) next to a direct client of the same venue.
"""
import csv
import os
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
WIDTH, HEIGHT = 980, 420
COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd"]


def read(path):
    rows = []
    with open(path, newline="") as f:
        for row in csv.reader(line for line in f if not line.startswith("#")):
            plot, series, x, p50, p99 = row
            rows.append({"plot": plot, "series": series, "x": float(x) if x else None,
                         "p50": float(p50), "p99": float(p99), "p50_text": p50, "p99_text": p99})
    return rows


def text(x, y, s, size=12, anchor="middle", weight="normal", rotate=None):
    transform = f' transform="rotate({rotate} {x} {y})"' if rotate else ""
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" '
            f'font-weight="{weight}" font-family="sans-serif"{transform}>{escape(s)}</text>')


def axes(left, top, w, h, xmax, ymax, xticks, yticks, xlabel, ylabel, title):
    out = [f'<rect x="{left}" y="{top}" width="{w}" height="{h}" fill="none" stroke="#444"/>',
           text(left + w / 2, top - 12, title, 14, weight="bold"),
           text(left + w / 2, top + h + 38, xlabel),
           text(left - 42, top + h / 2, ylabel, rotate=-90)]
    for v in yticks:
        y = top + h - v / ymax * h
        out.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + w}" y2="{y:.1f}" stroke="#ddd"/>')
        out.append(text(left - 6, y + 4, f"{v:g}", 11, anchor="end"))
    for v in xticks:
        x = left + v / xmax * w
        out.append(text(x, top + h + 18, f"{v:,.0f}", 11))
    return out


def source_panel(rows, left, top, w, h):
    xmax, ymax = 80000, 18
    out = axes(left, top, w, h, xmax, ymax, range(0, 80001, 20000), range(0, 19, 3),
               "records/s at the broker", "latency, ms", "Source: frame -> broker ack")
    series = [s for s in dict.fromkeys(r["series"] for r in rows)]
    for i, name in enumerate(series):
        points = [r for r in rows if r["series"] == name]
        for key, dash in (("p50", ""), ("p99", ' stroke-dasharray="6 4"')):
            path = " ".join(f'{left + r["x"] / xmax * w:.1f},{top + h - r[key] / ymax * h:.1f}' for r in points)
            out.append(f'<polyline points="{path}" fill="none" stroke="{COLOURS[i]}" stroke-width="2"{dash}/>')
            for r in points:
                cx, cy = left + r["x"] / xmax * w, top + h - r[key] / ymax * h
                out.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="3" fill="{COLOURS[i]}"/>')
        out.append(f'<line x1="{left + 10}" y1="{top + 16 + 18 * i}" x2="{left + 34}" y2="{top + 16 + 18 * i}" '
                   f'stroke="{COLOURS[i]}" stroke-width="2"/>')
        out.append(text(left + 40, top + 20 + 18 * i, name, 11, anchor="start"))
    out.append(text(left + w - 8, top + 20, "solid p50, dashed p99", 11, anchor="end"))
    return out


def sink_panel(rows, left, top, w, h):
    ymax = 40
    out = axes(left, top, w, h, 1, ymax, [], range(0, 41, 5), "", "latency, ms", "Sinks: command -> acknowledgement")
    slot = w / len(rows)
    for i, r in enumerate(rows):
        x0 = left + i * slot + slot * 0.15
        bar = slot * 0.33
        for j, key in enumerate(("p50", "p99")):
            bh = r[key] / ymax * h
            colour = COLOURS[0] if key == "p50" else COLOURS[1]
            out.append(f'<rect x="{x0 + j * bar:.1f}" y="{top + h - bh:.1f}" width="{bar - 2:.1f}" height="{bh:.1f}" '
                       f'fill="{colour}"/>')
            out.append(text(x0 + j * bar + bar / 2, top + h - bh - 4, r[key + "_text"], 10))
        for k, word in enumerate(r["series"].rsplit(" ", 1)):
            out.append(text(left + i * slot + slot / 2, top + h + 16 + 13 * k, word, 11))
    for j, (key, colour) in enumerate((("p50", COLOURS[0]), ("p99", COLOURS[1]))):
        out.append(f'<rect x="{left + 12}" y="{top + 10 + 18 * j}" width="14" height="10" fill="{colour}"/>')
        out.append(text(left + 32, top + 19 + 18 * j, key, 11, anchor="start"))
    return out


def write_svg(name, width, height, body):
    """Writes the SVG elements in body as docs/images/<name> on a white page of width x height."""
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}">\n<rect width="100%" height="100%" fill="white"/>\n'
           + "\n".join(body) + "\n</svg>\n")
    with open(os.path.join(HERE, name), "w") as f:
        f.write(svg)


def main():
    rows = read(os.path.join(HERE, "benchmarks.csv"))
    body = source_panel([r for r in rows if r["plot"] == "source"], 70, 50, 380, 300)
    body += sink_panel([r for r in rows if r["plot"] == "sink"], 560, 50, 390, 300)
    write_svg("benchmarks.svg", WIDTH, HEIGHT, body)


if __name__ == "__main__":
    main()
