import re
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from gazette.lib import env

ROOT = Path(__file__).resolve().parents[3]


def test_bool_int_and_list_values(monkeypatch):
    monkeypatch.setenv("G_FLAG", "Yes")
    monkeypatch.setenv("G_NUMBER", " 42 ")
    monkeypatch.setenv("G_HOSTS", "a.example, b.example,,")
    assert env.env_bool("G_FLAG") is True
    assert env.env_int("G_NUMBER", 1) == 42
    assert env.env_list("G_HOSTS") == ["a.example", "b.example"]
    assert env.env_bool("G_UNSET", default=True) is True


def test_malformed_values_stop_start_up_with_a_clear_message(monkeypatch):
    monkeypatch.setenv("G_FLAG", "perhaps")
    monkeypatch.setenv("G_NUMBER", "ten")
    with pytest.raises(ImproperlyConfigured, match="G_FLAG must be true or false"):
        env.env_bool("G_FLAG")
    with pytest.raises(ImproperlyConfigured, match="G_NUMBER must be a whole number"):
        env.env_int("G_NUMBER", 1)


def test_file_variant_is_read_for_secrets(monkeypatch, tmp_path):
    secret = tmp_path / "key"
    secret.write_text("from-a-file\n")
    monkeypatch.setenv("G_SECRET_FILE", str(secret))
    assert env.env_str("G_SECRET") == "from-a-file"


def test_secret_key_generated_once_for_local_sites_and_required_otherwise(
    monkeypatch, tmp_path
):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    first = env.secret_key(tmp_path, may_generate=True)
    assert first == env.secret_key(tmp_path, may_generate=True)
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY must be set"):
        env.secret_key(tmp_path / "other", may_generate=False)


def test_database_url_is_parsed():
    db = env.database_from_url(
        "postgres://news:p%40ss@db.internal:6543/gazette?sslmode=require"
    )
    assert db["ENGINE"] == "django.db.backends.postgresql"
    assert (db["USER"], db["PASSWORD"], db["HOST"], db["PORT"], db["NAME"]) == (
        "news",
        "p@ss",
        "db.internal",
        "6543",
        "gazette",
    )
    assert db["OPTIONS"] == {"sslmode": "require"}
    assert db["CONN_MAX_AGE"] == 0
    with pytest.raises(ImproperlyConfigured, match="must start with postgres://"):
        env.database_from_url("mysql://x@y/z")


def test_database_pool_size_or_kept_connections_from_the_url():
    assert (
        env.database_from_url("postgres://h/db?pool=20")["OPTIONS"]["pool"]["max_size"]
        == 20
    )
    kept = env.database_from_url("postgres://h/db?conn_max_age=60")
    assert ("pool" not in kept["OPTIONS"], kept["CONN_MAX_AGE"]) == (True, 60)
    with pytest.raises(ImproperlyConfigured, match="not both"):
        env.database_from_url("postgres://h/db?pool=8&conn_max_age=60")


def test_email_url_is_parsed():
    assert env.email_from_url("")["EMAIL_BACKEND"].endswith("console.EmailBackend")
    smtp = env.email_from_url("submission://bot:secret@mail.example:587")
    assert (smtp["EMAIL_HOST"], smtp["EMAIL_PORT"], smtp["EMAIL_USE_TLS"]) == (
        "mail.example",
        587,
        True,
    )
    with pytest.raises(ImproperlyConfigured):
        env.email_from_url("carrier-pigeon://coop")


def test_every_variable_read_by_settings_is_documented():
    readers = [
        ROOT / "gazette" / "settings.py",
        ROOT / "gazette" / "pagecache" / "conf.py",
    ]
    source = "".join(path.read_text() for path in readers)
    names = set(re.findall(r'env_(?:str|bool|int|list)\(\s*"([A-Z_]+)"', source))
    names |= {"SECRET_KEY", "WEB_WORKERS"}
    example = (ROOT / ".env.example").read_text()
    docs = (ROOT / "docs" / "configuration.md").read_text()
    assert names, "no variables found in settings.py"
    for name in sorted(names):
        assert re.search(rf"^{name}=", example, re.M), (
            f"{name} missing from .env.example"
        )
        assert f"`{name}`" in docs, f"{name} missing from docs/configuration.md"
