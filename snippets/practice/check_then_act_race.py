import threading

stock = {"last ticket": 1}
sold_to = []
both_checked = threading.Barrier(2)  # makes the unlucky timing happen in every run


def buy(customer):
    if stock["last ticket"] > 0:  # check...
        both_checked.wait(timeout=5)  # (a switch, I/O or a sleep here lets the other thread in)
        stock["last ticket"] -= 1  # ...then act, on a check that is no longer true
        sold_to.append(customer)


if __name__ == "__main__":
    threads = [threading.Thread(target=buy, args=(name,)) for name in ("alice", "bob")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"sold to: {sorted(sold_to)}")
    print(f"tickets left: {stock['last ticket']}")
