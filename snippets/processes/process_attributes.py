import multiprocessing


def worker(num, go):
    go.wait()  # hold on until the main process has looked at us
    me = multiprocessing.current_process()
    print(f"worker {num}: running in process {me.name!r}, pid {me.pid}")


if __name__ == "__main__":
    go = multiprocessing.Event()
    p = multiprocessing.Process(name="my_service", target=worker, args=(1, go))
    print(f"before start(): name={p.name!r} pid={p.pid} alive={p.is_alive()} exitcode={p.exitcode}")
    p.start()
    print(f"after start():  pid={p.pid} alive={p.is_alive()} exitcode={p.exitcode}")
    go.set()
    p.join()
    print(f"after join():   alive={p.is_alive()} exitcode={p.exitcode}")
    print(f"this is the main process, named {multiprocessing.current_process().name!r}")
