"""The work that concurrency-lab.ipynb gives to threads and processes.

A process pool sends a function to its worker processes by pickling it, and
a function is pickled by name ("lab_workers.count_squares"). A process that
was started with the "spawn" or "forkserver" start method finds the function
by importing its module, so the functions must live in a module it can
import: a function defined in a notebook cell lives in the kernel's
__main__, which it cannot. Keep this file in the same folder as the notebook.
"""

import hashlib
import os
import time

BLOCK = bytes(1024 * 1024)  # one megabyte of zeros, to hash


def count_squares(n):
    """Pure-Python CPU work: the thread running it holds the GIL throughout."""
    total = 0
    for i in range(n):
        total += i * i
    return total


def blocking_calls(calls, seconds=0.01):
    """A stand-in for I/O: time.sleep() blocks, and releases the GIL."""
    for _ in range(calls):
        time.sleep(seconds)
    return calls


def hash_megabytes(megabytes):
    """C work: hashlib releases the GIL while it hashes over 2047 bytes."""
    digest = hashlib.sha256()
    for _ in range(megabytes):
        digest.update(BLOCK)
    return digest.hexdigest()


def timed(function, amount):
    """Run function(amount); return the CPU seconds this thread spent."""
    start = time.thread_time()
    function(amount)
    return time.thread_time() - start


def pool_task(name, seconds):
    """The notes' Pool task: sleep; report in which process and when."""
    start = time.time()  # seconds since the epoch: the same in every process
    time.sleep(seconds)
    return name, os.getpid(), start, time.time()


def warm_up(seconds):
    """Keep a worker busy for a moment, so that a new pool starts them all."""
    time.sleep(seconds)
    return os.getpid()
