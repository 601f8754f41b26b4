import re

from tests.helpers import python_version, run_snippet


def test_each_function_and_the_quota_are_shown_and_the_pool_size_takes_the_smallest():
    result = run_snippet("programs/cpu_counts.py")
    found = {key.strip(): value.strip() for key, value in (line.split(":", 1) for line in result.lines)}
    assert ("os.process_cpu_count()" in found) == (python_version(result) >= (3, 13))
    cpus, usable = int(found["os.cpu_count()"]), int(found["len(os.sched_getaffinity(0))"])
    assert 1 <= usable <= cpus
    if "os.process_cpu_count()" in found:
        assert int(found["os.process_cpu_count()"]) == usable  # the affinity, not the quota
    quota = found["cgroup CPU quota"]
    assert quota == "None" or re.fullmatch(r"\d+\.\d+", quota)
    workers = int(found["workers to start"])
    assert workers == (usable if quota == "None" else min(usable, max(1, -(-float(quota) // 1))))
