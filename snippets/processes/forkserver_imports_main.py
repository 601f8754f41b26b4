import multiprocessing

# Runs in every process that imports this file: the parent (as __main__) and,
# under forkserver, the fork server or each child (as __mp_main__).
print(f"importing the script as {__name__}")


def work(n):
    return n * n


if __name__ == "__main__":
    ctx = multiprocessing.get_context("forkserver")
    codes = []
    for n in range(3):  # one child at a time, so that their lines cannot mix
        child = ctx.Process(target=work, args=(n,))
        child.start()
        child.join()
        codes.append(child.exitcode)
    print(f"3 children done, exit codes {codes}")
