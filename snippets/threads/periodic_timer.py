import threading
import time


class PeriodicTimer:
    """Call function every interval seconds, in one thread, until cancel()."""

    def __init__(self, interval, function):
        self.interval = interval
        self.function = function
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._run, name="PeriodicTimer")

    def start(self):
        self._thread.start()

    def cancel(self):  # safe from any thread, including from inside function()
        self._stopped.set()
        if threading.current_thread() is not self._thread:
            self._thread.join()

    def join(self):
        self._thread.join()

    def _run(self):
        start = time.monotonic()  # every tick is scheduled from here: no drift
        n = 1
        while not self._stopped.wait(max(0, start + n * self.interval - time.monotonic())):
            self.function()
            n += 1


ticks = []


def tick():
    ticks.append(time.monotonic() - started)
    time.sleep(0.05)  # the callback's own work does not delay the schedule
    if len(ticks) == 5:
        timer.cancel()  # stopping from inside the callback works


if __name__ == "__main__":
    started = time.monotonic()
    timer = PeriodicTimer(0.1, tick)
    timer.start()
    timer.join()  # wait until it has stopped itself
    print("ticks at:", ", ".join(f"{at:.2f}" for at in ticks), "s")
    print(f"threads left: {[t.name for t in threading.enumerate()]}")
