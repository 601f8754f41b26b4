import os
import sqlite3
import time
from multiprocessing import Pool

connection = None  # one per worker process, opened by open_connection()
opened = 0


def open_connection():
    global connection, opened
    connection = sqlite3.connect(":memory:")  # think: a database or an HTTP session
    connection.execute("CREATE TABLE done (task INTEGER)")
    opened += 1


def store(task):
    time.sleep(0.05)
    connection.execute("INSERT INTO done VALUES (?)", (task,))  # this worker's connection
    (rows,) = connection.execute("SELECT count(*) FROM done").fetchone()
    return os.getpid(), opened, rows


if __name__ == "__main__":
    with Pool(2, initializer=open_connection) as pool:
        results = pool.map(store, range(8), chunksize=1)
    rows = {pid: max(r for p, _, r in results if p == pid) for pid, _, _ in results}
    print(f"tasks: {len(results)}, workers that ran them: {len(rows)}")
    print(f"connections opened per worker: {sorted({n for _, n, _ in results})}")
    print(f"rows in the workers' tables: {sorted(rows.values(), reverse=True)}, total {sum(rows.values())}")
