import multiprocessing


class Parcel:
    """A callable that says when it is pickled, and in which role."""

    def __init__(self, role):
        self.role = role

    def __call__(self, argument):
        return Parcel("result")

    def __reduce__(self):
        print(f"    pickled: the {self.role}", flush=True)
        return Parcel, (self.role,)


if __name__ == "__main__":
    methods = multiprocessing.get_all_start_methods()
    for method in [m for m in ("fork", "spawn", "forkserver") if m in methods]:
        ctx = multiprocessing.get_context(method)
        print(f"{method}: Process(target=..., args=...).start()")
        process = ctx.Process(target=Parcel("target"), args=(Parcel("argument"),))
        process.start()
        process.join()
        print(f"{method}: pool.apply(...)")
        with ctx.Pool(1) as pool:
            pool.apply(Parcel("target"), (Parcel("argument"),))
