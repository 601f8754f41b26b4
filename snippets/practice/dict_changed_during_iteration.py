import threading

scores = {"alice": 3, "bob": 5}
scores_lock = threading.Lock()


def add_player(loop_started, player_added):
    loop_started.wait(timeout=5)
    with scores_lock:
        scores["carol"] = 4  # another thread adds a key while the loop runs
    player_added.set()


def loop_over(iterable):
    loop_started, player_added = threading.Event(), threading.Event()
    writer = threading.Thread(target=add_player, args=(loop_started, player_added))
    writer.start()
    try:
        for _name in iterable:
            loop_started.set()
            player_added.wait(timeout=5)
        result = "finished"
    except RuntimeError as error:
        result = f"RuntimeError: {error}"
    writer.join()
    return result


if __name__ == "__main__":
    print(f"for name in scores: {loop_over(scores)}")
    del scores["carol"]
    with scores_lock:  # the fix: copy under the lock the writers take, loop over the copy
        snapshot = dict(scores)
    print(f"for name in a copy: {loop_over(snapshot)}")
