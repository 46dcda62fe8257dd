import os
import shutil
import sqlite3
import tempfile
import unittest

import pytest
from django.db.utils import ConnectionHandler

from gazette.lib.sqlite import base


class PooledConnectionTests(unittest.TestCase):
    """The SQLite backend keeps closed connections for the next request.

    Each test has a database file of its own, outside Django's test databases.
    """

    @pytest.fixture(autouse=True)
    def _database_access(self, django_db_blocker):
        with django_db_blocker.unblock():
            yield

    def setUp(self):
        self.directory = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, self.directory)
        self.path = os.path.join(self.directory, "pool.sqlite3")

    def wrapper(self):
        options = {"init_command": "PRAGMA journal_mode=WAL;"}
        settings = ConnectionHandler().configure_settings(
            {
                "default": {
                    "ENGINE": "gazette.lib.sqlite",
                    "NAME": self.path,
                    "OPTIONS": options,
                }
            }
        )["default"]
        db = base.DatabaseWrapper(settings, alias="pooled")
        self.addCleanup(db.close)
        return db

    def sql(self, db, statement):
        with db.cursor() as cursor:
            cursor.execute(statement)
            return cursor.fetchall()

    def test_a_closed_connection_serves_the_next_request(self):
        db = self.wrapper()
        self.sql(db, "CREATE TABLE story (title TEXT)")
        self.sql(db, "INSERT INTO story VALUES ('Ferry returns')")
        first = db.connection
        db.close()
        self.assertEqual(self.sql(db, "SELECT title FROM story"), [("Ferry returns",)])
        self.assertIs(db.connection, first)
        self.assertEqual(self.sql(db, "PRAGMA journal_mode"), [("wal",)])

    def test_an_unfinished_transaction_is_rolled_back_not_carried_over(self):
        db = self.wrapper()
        self.sql(db, "CREATE TABLE story (title TEXT)")
        db.set_autocommit(False)
        self.sql(db, "INSERT INTO story VALUES ('Never committed')")
        db.close()
        self.assertEqual(self.sql(db, "SELECT count(*) FROM story"), [(0,)])
        self.assertIs(db.get_autocommit(), True)

    def test_the_pool_keeps_only_a_few(self):
        wrappers = [self.wrapper() for _ in range(base.POOL_SIZE + 2)]
        opened = []
        for db in wrappers:
            db.ensure_connection()
            opened.append(db.connection)
        for db in wrappers:
            db.close()
        pool = base.pool_for(self.path)
        self.assertEqual(len(pool._idle), base.POOL_SIZE)
        # The ones beyond the pool's size were really closed.
        extra = opened[base.POOL_SIZE :]
        for raw in extra:
            with self.assertRaises(sqlite3.ProgrammingError):
                raw.execute("SELECT 1")

    def test_a_replaced_database_file_is_not_read_through_an_old_connection(self):
        db = self.wrapper()
        self.sql(db, "CREATE TABLE story (title TEXT)")
        self.sql(db, "INSERT INTO story VALUES ('Old file')")
        db.close()
        for name in os.listdir(self.directory):
            os.remove(os.path.join(self.directory, name))
        self.sql(db, "CREATE TABLE story (title TEXT)")
        self.assertEqual(self.sql(db, "SELECT count(*) FROM story"), [(0,)])
