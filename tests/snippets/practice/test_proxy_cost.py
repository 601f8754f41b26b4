import re

from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_a_proxy_read_costs_far_more_than_a_value_read(start_method):
    output = run_snippet("practice/proxy_cost.py", start_method=start_method).output
    value_us = float(re.search(r"Value\.value: +([\d.]+) µs", output)[1])
    proxy_us = float(re.search(r"proxy\['count'\]: +([\d.]+) µs", output)[1])
    local_us = float(re.search(r"plain dict copy: +([\d.]+) µs", output)[1])
    # A proxy read is a round trip to another process (about 100 times a Value read on
    # the machine that wrote this); best-of-5 timings and a factor of 10 leave a wide margin.
    assert proxy_us > 10 * value_us
    assert proxy_us > 10 * local_us
    assert re.search(r"a proxy read costs about [\d,]+ Value reads", output)
