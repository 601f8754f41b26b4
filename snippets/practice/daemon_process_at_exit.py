import multiprocessing


def work(name, started, release):
    print(f"{name}: started", flush=True)
    started.set()
    if release.wait(timeout=10):  # the daemon's release never comes
        print(f"{name}: finished", flush=True)


def start(name, daemon):
    started, release = multiprocessing.Event(), multiprocessing.Event()
    p = multiprocessing.Process(target=work, args=(name, started, release), daemon=daemon)
    p.start()
    started.wait()  # one process at a time, so their lines never mix
    return p, release


if __name__ == "__main__":
    daemon, _ = start("daemon", daemon=True)
    normal, release_normal = start("normal", daemon=False)
    print(f"main: daemon.daemon={daemon.daemon}, normal.daemon={normal.daemon}")
    print("main: end of the program, no join()", flush=True)
    release_normal.set()
    # At exit, multiprocessing terminates the daemon and joins the normal process.
