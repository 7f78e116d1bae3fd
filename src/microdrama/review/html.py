"""The producer's review page: one self-contained HTML file (no script, no network) from
the review report (``out/review.json``). Every piece of user text is escaped."""

from __future__ import annotations

from html import escape
from typing import Any

from microdrama.domain.findings import SEVERITIES

_CSS = """
:root { color-scheme: light; --error: #b42318; --warning: #b54708; --info: #175cd3; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, "Noto Sans CJK SC", sans-serif; margin: 0; background: #f4f4f6;
       color: #1d1d22; }
header { background: #1d1d22; color: #fff; padding: 16px 24px; }
header h1 { margin: 0 0 4px; font-size: 22px; }
header p { margin: 2px 0; color: #cfcfd6; }
main { padding: 16px 24px; max-width: 1400px; margin: auto; }
.counts span { display: inline-block; margin-right: 14px; font-weight: 600; }
.counts .error { color: #ffb4ab; } .counts .warning { color: #ffd59e; } .counts .info { color: #b2ccff; }
section.episode, section.files { background: #fff; border-radius: 8px; margin: 0 0 18px;
       padding: 12px 16px; box-shadow: 0 1px 2px #0002; }
h2 { font-size: 18px; margin: 4px 0 10px; }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
@media (max-width: 800px) { .columns { grid-template-columns: 1fr; } }
h3 { font-size: 14px; text-transform: uppercase; letter-spacing: .04em; color: #55555f; margin: 6px 0; }
h4 { font-size: 13px; margin: 10px 0 4px; }
h4.error { color: var(--error); } h4.warning { color: var(--warning); } h4.info { color: var(--info); }
.finding { border-left: 4px solid #ccc; padding: 6px 10px; margin: 6px 0; background: #fafafb; }
.finding.error { border-color: var(--error); } .finding.warning { border-color: var(--warning); }
.finding.info { border-color: var(--info); }
.finding.waived { opacity: .6; }
.finding .rule { font: 12px ui-monospace, monospace; color: #55555f; }
.finding .message { font-weight: 600; }
.finding .context { margin: 4px 0; padding: 4px 8px; background: #fff; border: 1px solid #e4e4e8;
       white-space: pre-wrap; }
.finding .fix { color: #2b4b2b; }
.finding .source { font-size: 12px; color: #6b6b75; }
.waiver { display: inline-block; background: #e8f3e8; color: #1f5f1f; padding: 1px 6px;
       border-radius: 4px; font-size: 12px; }
.none { color: #6b6b75; font-style: italic; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
td, th { text-align: left; padding: 3px 6px; border-bottom: 1px solid #eee; vertical-align: top; }
td.bad { color: var(--error); font-weight: 600; }
"""


_NAMES = {"error": "error", "warning": "warning", "info": "note"}


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _finding(finding: dict[str, Any]) -> str:
    severity = finding["severity"]
    waived = finding.get("waived", "")
    classes = f"finding {severity}" + (" waived" if waived else "")
    context = finding.get("context", "")
    market = finding.get("market_name") or finding.get("market", "")
    parts = [
        f'<div class="{classes}" data-rule="{_e(finding["rule"])}" '
        f'data-target="{_e(finding["target"])}">',
        f'<div class="rule">{_e(finding["rule"])} · {_e(finding["target"])}'
        + (f" · {_e(market)}" if market else "") + "</div>",
        f'<div class="message">{_e(finding["message"])}</div>',
    ]
    if context:
        parts.append(f'<div class="context">{_e(context)}</div>')
    if finding.get("fix"):
        parts.append(f'<div class="fix">Fix: {_e(finding["fix"])}</div>')
    if finding.get("source"):
        parts.append(f'<div class="source">Source: {_e(finding["source"])}</div>')
    if waived:
        parts.append(f'<span class="waiver">Waived: {_e(waived)}</span>')
    parts.append("</div>")
    return "\n".join(parts)


def _column(title: str, findings: list[dict[str, Any]]) -> str:
    out = [f"<div><h3>{_e(title)}</h3>"]
    if not findings:
        out.append('<p class="none">No findings.</p>')
    for severity in SEVERITIES:
        group = [f for f in findings if f["severity"] == severity]
        if group:
            label = {"error": "Errors", "warning": "Warnings", "info": "Notes"}[severity]
            waived = sum(bool(f.get("waived")) for f in group)
            tally = f"{len(group) - waived} open, {waived} waived" if waived else str(len(group))
            out.append(f'<h4 class="{severity}">{label} ({tally})</h4>')
            group.sort(key=lambda f: bool(f.get("waived")))  # open ones first
            out.extend(_finding(f) for f in group)
    out.append("</div>")
    return "\n".join(out)


def _table(files: list[dict[str, Any]]) -> str:
    rows = []
    for report in files:
        checks = "; ".join(f'{c["name"]}: {c["status"]} ({c["detail"]})' for c in report["checks"])
        cell = "bad" if not report["ok"] else ""
        rows.append(f'<tr><td>{_e(report["path"])}</td><td class="{cell}">'
                    f'{"fails" if not report["ok"] else "ok"}</td><td>{_e(checks)}</td></tr>')
    return ('<table><tr><th>file</th><th>labels</th><th>read back</th></tr>'
            + "".join(rows) + "</table>")


def _files(files: list[dict[str, Any]]) -> str:
    bad = [f for f in files if not f["ok"]]
    good = [f for f in files if f["ok"]]
    body = (_table(bad) if bad else "") + (
        f"<details><summary>{len(good)} files pass</summary>{_table(good)}</details>"
        if good else "")
    return (f'<section class="files" id="files"><h2>AI labels on the deliverables '
            f'({len(good)} of {len(files)} pass)</h2>'
            + (body if files else
               '<p class="none">No deliverables yet: build the project, then review again.</p>')
            + "</section>")


def render_review(report: dict[str, Any]) -> str:
    """The review page for ``report`` (the structure written to out/review.json)."""
    counts = report["counts"]
    markets = ", ".join(f'{m["name"]} ({m["id"]}, rules of {m["version"]})'
                        for m in report["markets"]) or "none named ([release] markets in drama.toml)"
    head = (
        "<!doctype html>\n<html lang=\"" + _e(report.get("language", "en")) + "\"><head>"
        '<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Review — {_e(report['title'])}</title><style>{_CSS}</style></head><body>"
        f"<header><h1>Review — {_e(report['title'])}</h1>"
        f"<p>Markets: {_e(markets)}</p>"
        '<p class="counts">'
        + "".join(f'<span class="{s}">{counts[s]} {_NAMES[s]}{"s" if counts[s] != 1 else ""}'
                  "</span>" for s in SEVERITIES)
        + f'<span>{report["waived"]} waived</span></p></header><main>'
    )
    body = [_files(report["files"])]
    for episode in report["episodes"]:
        findings = episode["findings"]
        craft = [f for f in findings if not f.get("market")]
        compliance = [f for f in findings if f.get("market")]
        body.append(
            f'<section class="episode" id="{_e(episode["id"])}">'
            f'<h2>{_e(episode["id"])} — {_e(episode["title"])}</h2><div class="columns">'
            + _column("Craft", craft) + _column("Compliance", compliance) + "</div></section>")
    if report["unused_waivers"]:
        items = "".join(f"<li>{_e(w['rule'])} at {_e(w['target'])}: {_e(w['reason'])}</li>"
                        for w in report["unused_waivers"])
        body.append('<section class="files"><h2>Waivers that match no finding</h2>'
                    f"<ul>{items}</ul></section>")
    return head + "\n".join(body) + "</main></body></html>\n"
