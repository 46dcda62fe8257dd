"""A corpus of script-injection payloads, and a check that none of them ran.

Every payload, if the browser ever executes it, sets `window.__xss`. Push each one
through a place where a reader can write, load the pages that show it, then call
`assert_no_payload_ran(page)`. Keep payloads short: the
corpus is filtered by the writer's maximum length.
"""

PAYLOADS = [
    "<script>window.__xss=1</script>",
    '"><script>window.__xss=1</script>',
    "'><img src=x onerror=window.__xss=1>",
    '<img src=x onerror="window.__xss=1">',
    "<svg onload=window.__xss=1>",
    "<svg><script>window.__xss=1</script></svg>",
    "</title><script>window.__xss=1</script>",
    "</textarea><script>window.__xss=1</script>",
    "</script><script>window.__xss=1</script>",
    '" autofocus onfocus="window.__xss=1" x="',
    "' autofocus onfocus='window.__xss=1' x='",
    "<details open ontoggle=window.__xss=1>",
    "<input autofocus onfocus=window.__xss=1>",
    "<body onload=window.__xss=1>",
    '<iframe srcdoc="<script>parent.__xss=1</script>">',
    "<video><source onerror=window.__xss=1>",
    "<a href=javascript:window.__xss=1 id=x>x</a>",
    "javascript:window.__xss=1",
    "${window.__xss=1}`;window.__xss=1;`",
    "{{7*7}}<script>window.__xss=1</script>",
    "<math><style><img src=x onerror=window.__xss=1>",
    "\\u003cscript\\u003ewindow.__xss=1\\u003c/script\\u003e",
]


def payloads(*, max_length: int | None = None) -> list[str]:
    return [p for p in PAYLOADS if max_length is None or len(p) <= max_length]


def assert_no_payload_ran(page, where: str = "") -> None:
    # Give load/error/focus handlers a moment to fire before looking.
    page.wait_for_timeout(50)
    ran = page.evaluate("window.__xss")
    assert ran is None, f"An XSS payload ran on {where or page.url}."
