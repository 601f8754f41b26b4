import multiprocessing
import os
import platform
import sys


def gil_status():
    check = getattr(sys, "_is_gil_enabled", None)  # added in Python 3.13
    if check is None:
        return "enabled (this version has no free-threaded build)"
    return "enabled" if check() else "disabled (free-threaded build)"


if __name__ == "__main__":
    print(f"interpreter:   {platform.python_implementation()} {platform.python_version()}")
    print(f"platform:      {platform.system()} {platform.machine()}")
    print(f"CPU cores:     {os.cpu_count()}")
    print(f"GIL:           {gil_status()}")
    print(f"start method:  {multiprocessing.get_start_method()} (default for new processes)")
