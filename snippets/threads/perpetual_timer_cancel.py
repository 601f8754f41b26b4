import threading
from threading import Timer


class PerpetualTimer:  # the notes' class, in Python 3
    def __init__(self, t, h_function):
        self.t = t
        self.h_function = h_function
        self.thread = Timer(self.t, self.handle_function)

    def handle_function(self):
        self.h_function()
        self.thread = Timer(self.t, self.handle_function)
        self.thread.start()

    def start(self):
        self.thread.start()

    def cancel(self):
        self.thread.cancel()


ticks = 0
last_tick = threading.Event()


def printer():
    global ticks
    ticks += 1
    print(f"tick {ticks}")
    if ticks == 1:
        timer.cancel()  # "stop after one tick": cancels the Timer that is already running
    if ticks == 3:
        last_tick.set()
        raise SystemExit  # the only way out: handle_function never reaches Timer(...)


if __name__ == "__main__":
    timer = PerpetualTimer(0.1, printer)  # the notes: 5 s
    timer.start()
    last_tick.wait()
    timer.thread.join()  # the Timer that ran tick 3; no successor was created
    print(f"cancel() during tick 1 did not stop it; threads left: {threading.active_count() - 1}")
