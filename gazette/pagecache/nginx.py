"""deploy/nginx.conf filled in for this machine and this site's settings.

The config serves the page files of `gazette.pagecache.files` itself, so it must
send the headers the app sends with a shared page (the security policy above all):
they come from the same settings here, and a test compares them with a page's.
"""

from pathlib import Path

from django.conf import settings

from gazette.pagecache.conf import get_conf

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "deploy" / "nginx.conf"


def page_file_headers() -> list[tuple[str, str]]:
    """The headers every shared page carries, but Content-Type, Content-Language
    and the validators, which nginx makes for a file itself."""
    from csp.utils import build_policy

    headers = [
        ("Cache-Control", get_conf().cache_control),
        ("Content-Security-Policy", build_policy()),
        ("X-Frame-Options", settings.X_FRAME_OPTIONS),
    ]
    if settings.SECURE_CONTENT_TYPE_NOSNIFF:
        headers.append(("X-Content-Type-Options", "nosniff"))
    if settings.SECURE_REFERRER_POLICY:
        headers.append(("Referrer-Policy", settings.SECURE_REFERRER_POLICY))
    if settings.SECURE_CROSS_ORIGIN_OPENER_POLICY:
        headers.append(
            ("Cross-Origin-Opener-Policy", settings.SECURE_CROSS_ORIGIN_OPENER_POLICY)
        )
    return headers


def nginx_quoted(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render(
    *,
    listen,
    apps,
    run_dir,
    static_root,
    media_root,
    server_name="_",
    access_log="off",
    user=None,
) -> str:
    run_dir = Path(run_dir)
    run_dir.mkdir(parents=True, exist_ok=True)
    # Without PAGE_FILES_ROOT nginx looks in an empty folder and asks the app.
    page_files = str(get_conf().page_files_root or run_dir / "no-page-files")
    header_lines = "\n".join(
        f"            add_header {name} {nginx_quoted(value)};"
        for name, value in page_file_headers()
    )
    language_lines = "\n".join(
        f'        "~^/{code}/" {code};' for code, _name in settings.LANGUAGES
    )
    values = {
        "@RUN_DIR@": str(run_dir),
        "@MIME_TYPES@": "/etc/nginx/mime.types",
        "@ACCESS_LOG@": access_log,
        "@UPSTREAM_SERVERS@": "\n".join(f"        server {app};" for app in apps),
        "@LISTEN@": str(listen),
        "@SERVER_NAME@": server_name,
        "@STATIC_ROOT@": str(static_root),
        "@MEDIA_ROOT@": str(media_root),
        "@PAGE_FILES_ROOT@": page_files,
        "@PAGE_FILE_HEADERS@": header_lines,
        "@EDITION_LANGUAGES@": language_lines,
        "@USER_LINE@": f"user {user};" if user else "",
    }
    text = TEMPLATE.read_text()
    for name, value in values.items():
        text = text.replace(name, value)
    return text
