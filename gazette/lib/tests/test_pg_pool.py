import pytest
from django.db import connection
from django.db.utils import ConnectionHandler

from gazette.lib import env

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the pool is PostgreSQL's (?pool=N)"
)


@pytest.mark.django_db(transaction=True)
def test_a_pooled_connection_serves_the_next_request():
    settings = dict(connection.settings_dict)
    settings["OPTIONS"] = {**settings["OPTIONS"], "pool": env.connection_pool(2)}
    handler = ConnectionHandler({"default": settings})
    db = handler["default"]
    try:
        backends = []
        for _ in range(6):  # a request each: connect, query, close
            with db.cursor() as cursor:
                cursor.execute("SELECT pg_backend_pid()")
                backends.append(cursor.fetchone()[0])
            db.close()
        # Without the pool each would be a server process of its own.
        assert len(set(backends)) <= 2, backends
    finally:
        db.close_pool()
