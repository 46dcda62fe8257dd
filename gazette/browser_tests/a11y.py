"""axe-core checks for journey pages: serious or critical WCAG 2.x A/AA failures fail.

axe-core comes bundled with axe-playwright-python; it is injected through the
DevTools protocol, which the page's Content-Security-Policy does not govern.
"""

import json
import re
from pathlib import Path

from axe_playwright_python.sync_playwright import Axe

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
FAILING_IMPACTS = {"serious", "critical"}
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

_axe = Axe()


def accessibility_violations(page, *, exclude: list[str] | None = None) -> list[dict]:
    """Serious and critical WCAG A/AA violations on the page as it is now."""
    context = {"exclude": [[selector] for selector in exclude]} if exclude else None
    options = {
        "runOnly": {"type": "tag", "values": WCAG_TAGS},
        "resultTypes": ["violations"],
    }
    results = _axe.run(page, context=context, options=options)
    return [
        violation
        for violation in results.response["violations"]
        if violation.get("impact") in FAILING_IMPACTS
    ]


def assert_accessible(page, *, exclude: list[str] | None = None) -> None:
    """Fail with a readable summary, and keep the full report in test-artifacts/."""
    violations = accessibility_violations(page, exclude=exclude)
    if not violations:
        return
    ARTIFACTS.mkdir(exist_ok=True)
    slug = re.sub(r"[^a-z0-9]+", "-", page.url.lower()).strip("-")[-80:]
    report = ARTIFACTS / f"axe-{slug}.json"
    report.write_text(json.dumps(violations, indent=2))
    lines = [f"{len(violations)} accessibility violation(s) on {page.url}:"]
    for violation in violations:
        targets = [" ".join(node["target"]) for node in violation["nodes"][:5]]
        lines.append(
            f"- {violation['id']} ({violation['impact']}): {violation['help']}"
            f" at {targets}"
        )
    lines.append(f"Full report: {report}")
    raise AssertionError("\n".join(lines))
