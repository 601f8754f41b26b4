import sys
import threading


def quitter():
    print("quitter: calling sys.exit(3)")
    sys.exit(3)  # raises SystemExit in THIS thread only
    print("quitter: never printed")


if __name__ == "__main__":
    t = threading.Thread(target=quitter)
    t.start()
    t.join()
    print(f"main: the quitter thread ended (alive: {t.is_alive()}), no traceback")
    print("main: still running; the process will exit with code 0")
