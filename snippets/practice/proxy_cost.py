import timeit
from multiprocessing import Manager, Value

N = 2000  # reads per measurement


def per_read(read):
    """Microseconds per call of read(), best of 5 runs (the least disturbed)."""
    return min(timeit.repeat(read, number=N, repeat=5)) / N * 1e6


if __name__ == "__main__":
    counter = Value("i", 7)  # shared memory: a read is a memory access (plus its lock)
    with Manager() as manager:
        proxy = manager.dict(count=7)  # every read is a round trip to the manager
        value_us = per_read(lambda: counter.value)
        proxy_us = per_read(lambda: proxy["count"])
        snapshot = proxy.copy()  # one round trip brings back a plain dict
        local_us = per_read(lambda: snapshot["count"])
    print(f"Value.value:        {value_us:8.2f} µs per read")
    print(f"proxy['count']:     {proxy_us:8.2f} µs per read")
    print(f"plain dict copy:    {local_us:8.2f} µs per read")
    print(f"a proxy read costs about {proxy_us / value_us:,.0f} Value reads")
