import multiprocessing


def say(lock, *args):
    with lock:  # one process prints at a time, so lines from different processes never mix
        print(*args)


def wait_for_event(e, lock):
    """Wait for the event to be set before doing anything"""
    say(lock, "wait_for_event: starting")
    e.wait()
    say(lock, "wait_for_event: e.is_set() ->", e.is_set())


def wait_for_event_timeout(e, t, lock):
    """Wait t seconds and then timeout"""
    say(lock, "wait_for_event_timeout: starting")
    e.wait(t)
    say(lock, "wait_for_event_timeout: e.is_set() ->", e.is_set())


if __name__ == "__main__":
    e, lock = multiprocessing.Event(), multiprocessing.Lock()
    w1 = multiprocessing.Process(name="block", target=wait_for_event, args=(e, lock))
    w1.start()
    w2 = multiprocessing.Process(name="nonblock", target=wait_for_event_timeout, args=(e, 0.2, lock))
    w2.start()
    say(lock, "main: waiting before calling Event.set()")
    w2.join()  # the notes slept longer than the timeout; joining w2 makes sure it timed out
    e.set()
    say(lock, "main: event is set")
    w1.join()
