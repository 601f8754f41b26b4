import threading

items = []


def add(n):
    for i in range(n):
        items.append(i)  # one call on the list: safe from several threads


if __name__ == "__main__":
    threads = [threading.Thread(target=add, args=(50_000,)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"4 threads x 50,000 appends: len(items) = {len(items):,}")
