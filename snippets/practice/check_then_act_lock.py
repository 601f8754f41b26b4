import threading
import time

stock = {"last ticket": 1}
sold_to = []
stock_lock = threading.Lock()


def buy(customer):
    with stock_lock:  # check and act as one step: no other buyer in between
        if stock["last ticket"] > 0:
            time.sleep(0.2)  # the same slow step as before, now harmless
            stock["last ticket"] -= 1
            sold_to.append(customer)


if __name__ == "__main__":
    threads = [threading.Thread(target=buy, args=(name,)) for name in ("alice", "bob")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"sold to {len(sold_to)} customer(s)")
    print(f"tickets left: {stock['last ticket']}")
