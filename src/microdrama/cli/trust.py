"""Labels and review: verify, review."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer

# Operations by attribute (ops.x): microdrama.app imports a module on first use, so
# a command loads only what it runs (see microdrama/app/__init__.py).
import microdrama.app as ops
from microdrama.app import ReviewError
from microdrama.cli import _with_progress, app, err, out, print_json


@app.command()
def verify(
    paths: Annotated[list[Path], typer.Argument(help="Files, or folders (every labelled file inside).")],
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
    trust: Annotated[Path | None, typer.Option(help="PEM certificates to trust for C2PA.")] = None,
    require_c2pa: Annotated[bool, typer.Option("--require-c2pa", help="Fail files without a C2PA manifest.")] = False,
) -> None:
    """Read back the AI labels of files: visible label, AIGC metadata, C2PA; exit 1 if any fails."""
    result: ops.VerifyResult = ops.verify_files(ops.VerifyRequest(
        paths=paths, trust_anchors=trust, require_credentials=require_c2pa))
    if as_json:
        print_json(json.dumps({"ok": result.ok, "files": [
            {"path": str(f.path), "kind": f.kind, "ok": f.ok,
             "checks": [{**asdict(c), "passed": c.passed} for c in f.checks]}
            for f in result.files]}, ensure_ascii=False))
    else:
        for report in result.files:
            out.print(f"{'ok  ' if report.ok else 'FAIL'} {report.path} ({report.kind or '?'})",
                      markup=False, soft_wrap=True)
            for check in report.checks:
                out.print(f"     {check.name}: {check.status} — {check.detail}", markup=False,
                          soft_wrap=True)
        if not result.files:
            err.print("no files to verify")
    if not result.ok:
        raise typer.Exit(1)


@app.command()
def review(
    directory: Annotated[Path, typer.Argument(help="Project folder.")],
    no_build: Annotated[bool, typer.Option("--no-build", help="Read the last build's findings as they are.")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 5 when error-level findings are open.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print out/review.json.")] = False,
) -> None:
    """Review a project for a producer: findings per episode (craft and compliance, with
    the script text), waivers, and the AI labels of every deliverable → out/review.html
    and out/review.json."""
    result = _with_progress(lambda on_event: ops.review_project(
        ops.ReviewRequest(directory=directory, build=not no_build), on_event))
    if as_json:
        print_json(result.json_path.read_text("utf-8"))
    else:
        counts = result.counts
        out.print(f"review of {result.episodes} episodes and {result.files} deliverables: "
                  f"{counts['error']} errors, {counts['warning']} warnings, {counts['info']} notes "
                  f"open, {result.waived} waived", markup=False, soft_wrap=True)
        if result.files_failing:
            out.print(f"{result.files_failing} deliverables fail their AI labels", markup=False)
        out.print(f"read it: {result.html_path} (data: {result.json_path})", markup=False,
                  soft_wrap=True)
    if strict and result.errors:
        raise ReviewError(result.errors, [], str(result.html_path))
