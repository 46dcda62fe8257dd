"""Read configuration from the environment; a malformed value stops start-up."""

import os
import secrets
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse

from django.core.exceptions import ImproperlyConfigured

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str = "") -> str:
    """Return NAME, or the contents of the file named by NAME_FILE, or default."""
    file_path = os.environ.get(f"{name}_FILE")
    if file_path:
        return Path(file_path).read_text().strip()
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    raw = env_str(name, "true" if default else "false").strip().lower()
    if raw in TRUE_WORDS:
        return True
    if raw in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {raw!r}.")


def env_int(name: str, default: int) -> int:
    raw = env_str(name, str(default)).strip()
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(
            f"{name} must be a whole number, not {raw!r}."
        ) from None


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env_str(name, default).split(",") if item.strip()]


def secret_key(data_dir: Path, *, may_generate: bool) -> str:
    """SECRET_KEY from the environment, else one generated once into data/."""
    value = env_str("SECRET_KEY")
    if value:
        return value
    if not may_generate:
        raise ImproperlyConfigured(
            "SECRET_KEY must be set for a site served on a public address."
        )
    key_file = data_dir / "secret_key"
    if not key_file.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


def database_from_url(url: str) -> dict:
    """Translate postgres://user:pass@host:port/name?opt=v into a DATABASES entry."""
    parts = urlparse(url)
    if parts.scheme not in {"postgres", "postgresql", "pgsql"}:
        raise ImproperlyConfigured(
            f"DATABASE_URL must start with postgres://, not {parts.scheme}://."
        )
    options = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    conn_max_age = int(options.pop("conn_max_age", 0))
    pool_size = int(options.pop("pool", 0))
    if pool_size and conn_max_age:
        raise ImproperlyConfigured(
            "DATABASE_URL: use ?pool=N or ?conn_max_age=N, not both."
        )
    if pool_size:
        options["pool"] = connection_pool(pool_size)
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": unquote(parts.path.lstrip("/")),
        "USER": unquote(parts.username or ""),
        "PASSWORD": unquote(parts.password or ""),
        "HOST": parts.hostname or "",
        "PORT": str(parts.port or ""),
        # 0: under ASGI a request's sync code may run on a new thread each time, so
        # kept-open connections were never reused and piled up (44-55 idle per
        # process after a few hundred requests). The pool reuses them instead.
        "CONN_MAX_AGE": conn_max_age,
        "CONN_HEALTH_CHECKS": True,
        "OPTIONS": options,
    }


def connection_pool(max_size: int) -> dict:
    """psycopg's pool, one per process (?pool=N). Without it each request's thread
    opens a connection of its own: 3 ms, and a server process started for it. With
    it, a request that finds no usable connection waits up to `timeout` before its
    503, where one without a pool fails at once when the server is down."""
    return {"min_size": 1, "max_size": max_size, "timeout": 5}


def email_from_url(url: str) -> dict:
    """Translate smtp://user:pass@host:port or console:// into EMAIL_* settings."""
    if not url or url.startswith("console:"):
        return {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}
    parts = urlparse(url)
    if parts.scheme not in {"smtp", "smtps", "submission"}:
        raise ImproperlyConfigured(
            f"EMAIL_URL must start with smtp://, smtps:// or console://, not {url!r}."
        )
    options = parse_qs(parts.query)
    return {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": parts.hostname or "localhost",
        "EMAIL_PORT": parts.port or (465 if parts.scheme == "smtps" else 25),
        "EMAIL_HOST_USER": unquote(parts.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
        "EMAIL_USE_SSL": parts.scheme == "smtps",
        "EMAIL_USE_TLS": parts.scheme == "submission" or "tls" in options,
        "EMAIL_TIMEOUT": 20,
    }
