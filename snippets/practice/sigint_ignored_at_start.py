import signal
import subprocess
import sys


def report():
    handler = signal.getsignal(signal.SIGINT)
    if handler == signal.SIG_IGN:
        print("SIGINT ignored")
    else:
        print(f"SIGINT raises KeyboardInterrupt ({handler.__name__})")


def started_by(shell_command):
    """How SIGINT stands in this script, started again by `sh -c shell_command` (not interactive)."""
    python = f"'{sys.executable}' '{__file__}' report"
    command = shell_command.format(python=python)
    return subprocess.run(["sh", "-c", command], capture_output=True, text=True).stdout.strip()


if __name__ == "__main__":
    if sys.argv[1:] == ["report"]:
        report()
    else:
        signal.signal(signal.SIGINT, signal.default_int_handler)  # ours is not ignored either
        print(f"python script.py         : {started_by('{python}')}")
        print(f"nohup python script.py   : {started_by('nohup {python} 2>/dev/null')}")
        print(f"python script.py & wait  : {started_by('{python} & wait')}")
