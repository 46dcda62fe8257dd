"""Requests on the path under test share pooled connections: PostgreSQL with
DATABASE_URL's ?pool=N, SQLite always (gazette.lib.sqlite)."""

import tempfile

import pytest
from django.db import connection
from django.db.utils import ConnectionHandler

from gazette.lib import env


def pooled_database(directory: str) -> dict:
    if connection.vendor == "postgresql":
        settings = dict(connection.settings_dict)
        settings["OPTIONS"] = {**settings["OPTIONS"], "pool": env.connection_pool(2)}
        return settings
    return {"ENGINE": "gazette.lib.sqlite", "NAME": f"{directory}/pool.sqlite3"}


def server_side_id(db):
    """The PostgreSQL server process, or the SQLite connection, behind a query
    (the connection itself, kept by the caller so that no new one takes its id)."""
    with db.cursor() as cursor:
        if db.vendor == "postgresql":
            cursor.execute("SELECT pg_backend_pid()")
            return cursor.fetchone()[0]
        cursor.execute("SELECT 1")
        return db.connection


@pytest.mark.django_db(transaction=True)
def test_requests_share_pooled_connections():
    with tempfile.TemporaryDirectory() as directory:
        db = ConnectionHandler({"default": pooled_database(directory)})["default"]
        try:
            seen = []
            for _ in range(6):  # a request each: connect, query, close
                seen.append(server_side_id(db))
                db.close()
            # Without a pool each would be a connection (a server process) of its own.
            assert len(set(seen)) <= 2, seen
        finally:
            db.close()
            if db.vendor == "postgresql":
                db.close_pool()
