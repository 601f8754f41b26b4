import logging
import logging.handlers
import queue
import sys


def run(respect_handler_level):
    records = queue.Queue()
    handler = logging.StreamHandler(sys.stdout)
    handler.setLevel(logging.WARNING)  # this handler should print warnings and worse only
    handler.setFormatter(logging.Formatter("  %(levelname)s %(message)s"))
    listener = logging.handlers.QueueListener(records, handler, respect_handler_level=respect_handler_level)
    log = logging.getLogger(f"app.{respect_handler_level}")
    log.setLevel(logging.DEBUG)
    log.addHandler(logging.handlers.QueueHandler(records))
    print(f"respect_handler_level={respect_handler_level}:")
    listener.start()
    log.debug("debug detail")
    log.warning("disk almost full")
    listener.stop()  # handles what is queued, then ends the listener's thread


if __name__ == "__main__":
    run(respect_handler_level=False)  # the default
    run(respect_handler_level=True)
