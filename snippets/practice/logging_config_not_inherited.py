import logging
import multiprocessing


def show_handlers(who):
    handlers = [type(h).__name__ for h in logging.getLogger().handlers]
    print(f"{who:>16}: the root logger has handlers {handlers}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)  # configures THIS process: one StreamHandler
    show_handlers("parent")
    for method in ("fork", "spawn", "forkserver"):
        child = multiprocessing.get_context(method).Process(target=show_handlers, args=(f"{method} child",))
        child.start()
        child.join()
