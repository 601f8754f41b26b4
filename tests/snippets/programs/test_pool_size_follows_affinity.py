from tests.helpers import each_start_method, python_version, run_snippet


@each_start_method
def test_pool_default_follows_the_affinity_from_python_3_13(start_method):
    result = run_snippet("programs/pool_size_follows_affinity.py", start_method=start_method)
    found = {key.strip(): int(value) for key, value in (line.split(":", 1) for line in result.lines)}
    assert found["len(os.sched_getaffinity(0))"] == 1
    started = found["worker processes Pool() started"]
    if python_version(result) >= (3, 13):
        assert found["os.process_cpu_count()"] == 1
        assert started == 1  # Pool() sizes itself with os.process_cpu_count()
    else:
        assert "os.process_cpu_count()" not in found
        assert started == found["os.cpu_count()"]  # every CPU of the machine, usable or not
