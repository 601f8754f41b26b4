import multiprocessing
from concurrent.futures import ThreadPoolExecutor


def download(url):
    return len(url)  # stands for an I/O call: waiting, not computing


def handle_batch(urls):
    me = multiprocessing.current_process()
    # A pool worker may not start processes, but it may start threads.
    with ThreadPoolExecutor(max_workers=4) as threads:
        sizes = list(threads.map(download, urls))
    return f"daemon={me.daemon}: {len(urls)} downloads in threads, total {sum(sizes)}"


if __name__ == "__main__":
    batches = [["a.example/1", "a.example/22"], ["b.example/333", "b.example/4444", "b.example/5"]]
    with multiprocessing.Pool(2) as pool:
        for line in pool.map(handle_batch, batches):
            print(line)
