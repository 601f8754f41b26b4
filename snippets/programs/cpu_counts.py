import math
import os
from pathlib import Path


def cgroup_cpu_quota():
    """CPUs allowed by the cgroup's quota (a container's --cpus), or None for no quota."""
    v2 = Path("/sys/fs/cgroup/cpu.max")  # cgroup v2: "max 100000" or "150000 100000"
    v1 = Path("/sys/fs/cgroup/cpu/cpu.cfs_quota_us")  # cgroup v1: -1 for no quota
    if v2.exists():
        quota, period = v2.read_text().split()
        return None if quota == "max" else int(quota) / int(period)
    if v1.exists():
        quota = int(v1.read_text())
        period = int(Path("/sys/fs/cgroup/cpu/cpu.cfs_period_us").read_text())
        return None if quota < 0 else quota / period
    return None


if __name__ == "__main__":
    print("os.cpu_count():             ", os.cpu_count())
    if hasattr(os, "process_cpu_count"):  # Python 3.13+
        print("os.process_cpu_count():     ", os.process_cpu_count())
    print("len(os.sched_getaffinity(0)):", len(os.sched_getaffinity(0)))
    quota = cgroup_cpu_quota()
    print("cgroup CPU quota:           ", quota)
    usable = len(os.sched_getaffinity(0))
    if quota is not None:
        usable = min(usable, max(1, math.ceil(quota)))
    print("workers to start:           ", usable)
