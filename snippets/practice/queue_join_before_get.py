import multiprocessing


def produce(q, done):
    q.put(b"x" * 1_000_000)  # 1 MB: more than the pipe under the queue can hold
    done.set()  # put() has returned: the function is about to return


if __name__ == "__main__":
    q, done = multiprocessing.Queue(), multiprocessing.Event()
    p = multiprocessing.Process(target=produce, args=(q, done))
    p.start()
    done.wait()
    p.join(timeout=0.5)  # the classic mistake: join() before get(); a bare join() hangs forever
    print(f"join(timeout=0.5) returned: is_alive()={p.is_alive()}, exitcode={p.exitcode}")
    data = q.get()  # the fix: drain the queue first...
    p.join()  # ...then join: the child can now flush its data and exit
    print(f"get() returned {len(data):,} bytes; join(): exitcode={p.exitcode}")
