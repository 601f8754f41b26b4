import logging
import logging.handlers
import multiprocessing
import tempfile
from pathlib import Path

log = logging.getLogger("app")


def configure(queue):
    """Send this process's records to the queue; called at the start of every process."""
    root = logging.getLogger()
    root.handlers = [logging.handlers.QueueHandler(queue)]  # replace: fork copies handlers
    root.setLevel(logging.INFO)


def work(n):
    log.info("task %d done", n)


if __name__ == "__main__":
    folder = tempfile.TemporaryDirectory()
    path = Path(folder.name) / "app.log"
    file_handler = logging.FileHandler(path)  # the only handler that touches the file
    file_handler.setFormatter(logging.Formatter("%(processName)s: %(message)s"))
    queue = multiprocessing.Queue()
    listener = logging.handlers.QueueListener(queue, file_handler)
    listener.start()  # a thread of this process: takes records off the queue, writes them
    configure(queue)
    log.info("starting")
    pool = multiprocessing.Pool(2, initializer=configure, initargs=(queue,))
    pool.map(work, range(6))
    pool.close()
    pool.join()  # workers exit normally, flushing what they put on the queue
    log.info("finished")
    listener.stop()  # writes what is still queued, then ends the thread
    file_handler.close()
    print(path.read_text(), end="")
    folder.cleanup()
