import multiprocessing as mp
import os
import shutil
import sqlite3
import tempfile

DATABASE = os.path.join(tempfile.mkdtemp(), "app.db")
_connection = None  # this process's connection, opened on first use


def connection():
    global _connection
    if _connection is None:
        _connection = sqlite3.connect(DATABASE)
    return _connection


def forget_connection():
    global _connection
    _connection = None  # not close(): the parent still uses it


os.register_at_fork(after_in_child=forget_connection)  # runs in every forked child


def child_work():
    print("child: inherited connection dropped at fork:", _connection is None)
    with connection() as db:  # a new connection, opened in the child
        db.execute("INSERT INTO events VALUES ('from the child')")


if __name__ == "__main__":
    with connection() as db:
        db.execute("CREATE TABLE events (what TEXT)")
    child = mp.get_context("fork").Process(target=child_work)
    child.start()
    child.join()
    with connection() as db:  # the parent's own connection, untouched by the child
        print("parent reads:", db.execute("SELECT what FROM events").fetchall())
    connection().close()
    shutil.rmtree(os.path.dirname(DATABASE))
