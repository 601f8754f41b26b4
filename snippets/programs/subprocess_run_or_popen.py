import subprocess
import sys

CHILD = [sys.executable, "-c", "import time; time.sleep(0.3); print('child: done')"]

if __name__ == "__main__":
    # run(): start the program, wait for it, hand back everything at once.
    done = subprocess.run(CHILD, capture_output=True, text=True, timeout=5)
    print(f"run():   returncode={done.returncode}, stdout={done.stdout!r}")

    # Popen: start it and get control back at once; wait (and read) later.
    proc = subprocess.Popen(CHILD, stdout=subprocess.PIPE, text=True)
    print(f"Popen(): started pid {proc.pid}, poll() = {proc.poll()} (still running)")
    out, _ = proc.communicate(timeout=5)  # reads the pipe and waits for the exit
    print(f"Popen(): returncode={proc.returncode}, stdout={out!r}")
