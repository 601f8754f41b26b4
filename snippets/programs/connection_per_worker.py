import os
import sqlite3
import tempfile
from concurrent.futures import ProcessPoolExecutor

db = opened_in = None  # each worker's own connection, and the process that opened it


def open_connection(path):
    global db, opened_in
    db = sqlite3.connect(path, timeout=10)  # in the worker: never inherited, never shared
    opened_in = os.getpid()


def record(number):
    with db:
        db.execute("INSERT INTO squares VALUES (?, ?)", (number, number * number))
    return opened_in == os.getpid()


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "results.db")
        main_db = sqlite3.connect(path)
        main_db.execute("CREATE TABLE squares (n INTEGER, square INTEGER)")
        with ProcessPoolExecutor(2, initializer=open_connection, initargs=(path,)) as pool:
            own = list(pool.map(record, range(6)))
        print("each task used a connection opened in its own process:", all(own))
        print("rows:", main_db.execute("SELECT * FROM squares ORDER BY n").fetchall())
        main_db.close()
