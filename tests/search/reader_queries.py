"""What readers type into the search box, and the pages that answer it: the search's score.

Each query is phrased as people phrase it in the questions they ask (Stack Overflow titles,
CPython issues, Chinese forums: "Asked:" on the questions page lists many of them), typed as
they type it (short, lower case, sometimes a whole error message). Each maps to the pages
that *explain* the answer: a query scores when one of them is among the first three pages
the site's own search lists. The questions page does not count: it is an index of answers,
and its entry must not push the page it links to out of the first three.

    .venv/bin/python -m tests.search.reader_queries SITE_DIR      # the score, per language

tests/search/test_reader_queries.py fails below 100%, and reports the score of every query,
OPEN's included (the queries the search does not answer yet, each with its reason).
"""

from __future__ import annotations

import sys
from pathlib import Path

#: How many pages a reader looks at: the answer must be among them.
TOP = 3

EN: dict[str, set[str]] = {
    # threads
    "stop a thread": {"threads/daemon-threads/"},
    "kill a thread": {"threads/daemon-threads/"},
    "how to stop a thread in python": {"threads/daemon-threads/"},
    "thread args tuple": {"threads/threading-api/"},
    "what does join do": {"threads/starting-threads/"},
    "wait for all threads to finish": {"threads/starting-threads/"},
    "join timeout": {"threads/starting-threads/"},
    "list running threads": {"threads/starting-threads/"},
    "run function in a thread": {"threads/threading-api/", "threads/starting-threads/"},
    "return value from thread": {"pools/results/"},
    "get return value from a thread": {"pools/results/"},
    "catch exception in thread": {"threads/threading-api/", "pools/results/"},
    "threading.excepthook": {"threads/threading-api/"},
    "daemon thread": {"threads/daemon-threads/"},
    "isAlive deprecated": {"threads/threading-api/"},
    "threading.Timer repeat": {"threads/timers/"},
    "run function every n seconds": {"threads/timers/"},
    "threading.local": {"threads/thread-local/"},
    "thread local storage": {"threads/thread-local/"},
    "limit number of threads": {"threads/synchronization/", "practice/hangs/"},
    # pool-in-depth#pool-or-executor shows ThreadPool and ThreadPoolExecutor beside the process pools
    "thread pool": {"pools/futures/", "practice/hangs/", "pools/pool-in-depth/"},
    "task_done join": {"threads/queues/"},
    "producer consumer queue": {"threads/queues/"},
    "condition wait notify": {"threads/synchronization/"},
    "barrier": {"threads/synchronization/"},
    "event wait set": {"threads/events/"},
    # locks, thread safety, GIL
    "is x += 1 thread safe": {"threads/locks/", "practice/thread-safety/"},
    "is list append thread safe": {"practice/thread-safety/"},
    "race condition": {"threads/locks/"},
    "lock vs rlock": {"threads/locks/"},
    "deadlock": {"threads/locks/", "practice/hangs/", "processes/fork/"},
    "what is the gil": {"threads/gil/"},
    "multithreading slower cpu bound": {"threads/gil/"},
    "threads not faster": {"threads/gil/"},
    "threading vs multiprocessing": {"processes/going-further/", "practice/asyncio/"},
    "free threaded python": {"practice/free-threading/"},
    "PYTHON_GIL=0": {"practice/free-threading/"},
    "check if gil is enabled": {"practice/free-threading/"},
    # processes
    "zombie process": {"processes/stopping/"},
    "terminate process": {"processes/stopping/"},
    "kill a process": {"processes/stopping/", "programs/subprocess/"},  # subprocess: #kill-tree
    "negative exit code -9": {"processes/stopping/"},
    "return value from process": {"pools/results/"},
    "why do i need if __name__ == '__main__'": {"processes/process-class/"},
    "fork vs spawn": {"processes/start-methods/"},
    "set_start_method": {"processes/start-methods/"},
    "works on linux but not on mac": {"processes/start-methods/"},
    # events-and-queues says it of a global Event or Queue, and links to start-methods
    "global variable not shared between processes": {
        "processes/start-methods/",
        "processes/events-and-queues/",
    },
    "output printed twice after fork": {"processes/fork/"},
    "os.fork": {"processes/fork/"},
    "pipe between processes": {"processes/going-further/"},
    "shared memory value array": {"processes/going-further/", "practice/sharing-state/"},
    # pools and executors
    "as_completed": {"pools/futures/"},
    "process results as they finish": {"pools/futures/", "pools/pool-in-depth/"},
    "pool map multiple arguments": {"pools/pool-in-depth/"},
    "starmap": {"pools/pool-in-depth/"},
    "progress bar pool": {"pools/pool-in-depth/"},
    "apply_async": {"processes/pool/"},
    "chunksize": {"pools/pool-in-depth/"},
    "pool initializer": {"pools/pool-in-depth/", "practice/sharing-state/"},
    "pool memory grows": {"pools/pool-in-depth/"},
    "maxtasksperchild": {"pools/pool-in-depth/"},
    "pool vs processpoolexecutor": {"pools/pool-in-depth/"},
    "how many workers": {"pools/futures/"},
    "cancel a future": {"pools/futures/"},
    "future result timeout": {"pools/futures/"},
    "exception in pool worker not shown": {"pools/errors/"},
    "error_callback": {"pools/errors/"},
    "pool hangs when worker killed": {"pools/errors/"},
    "pickle lambda": {"pools/pickling/"},
    "multiprocessing jupyter": {"pools/pickling/"},
    "dask cluster": {"pools/beyond-one-machine/"},
    # in practice
    "share dict between processes": {"practice/sharing-state/"},
    "manager dict nested list": {"practice/sharing-state/"},
    "share numpy array": {"practice/sharing-state/", "programs/numpy/"},  # numpy: #shared-array
    "share lock with pool": {"practice/sharing-state/", "pools/pool-in-depth/"},
    "logging multiprocessing": {"practice/logging/"},
    "queuehandler": {"practice/logging/"},
    "keyboard interrupt threads": {"practice/shutting-down/"},
    "ctrl+c pool": {"practice/shutting-down/"},
    "sigterm graceful shutdown": {"practice/shutting-down/"},
    "sys.exit in thread": {"practice/shutting-down/"},
    "os._exit": {"practice/shutting-down/"},
    "process hangs on join queue": {"practice/hangs/"},
    "qsize unreliable": {"practice/hangs/"},
    "asyncio vs threading": {"practice/asyncio/"},
    "call blocking function from async": {"practice/asyncio/"},
    "run_in_executor": {"practice/asyncio/"},
    # error messages, pasted whole or in part
    "BrokenProcessPool": {"pools/errors/"},
    "concurrent.futures.process.BrokenProcessPool: A process in the process pool was terminated "
    "abruptly while the future was running or pending.": {"pools/errors/"},
    "RuntimeError: An attempt has been made to start a new process before the current process "
    "has finished its bootstrapping phase.": {"processes/process-class/"},
    "AttributeError: Can't pickle local object 'main.<locals>.work'": {"pools/pickling/"},
    "TypeError: cannot pickle '_thread.lock' object": {"pools/pickling/"},
    "AttributeError: Can't get attribute 'work' on <module '__main__' (built-in)>": {"pools/pickling/"},
    "multiprocessing.pool.MaybeEncodingError: Error sending result": {"pools/errors/"},
    "AssertionError: daemonic processes are not allowed to have children": {"practice/hangs/"},
    "RuntimeError: can't start new thread": {"practice/hangs/"},
    "RuntimeError: dictionary changed size during iteration": {"practice/thread-safety/"},
    "RuntimeError: Lock objects should only be shared between processes through inheritance": {
        "practice/sharing-state/"
    },
    "RuntimeError: context has already been set": {"processes/start-methods/"},
    "DeprecationWarning: This process is multi-threaded, use of fork() may lead to deadlocks in the child.": {
        "processes/fork/"
    },
    "ValueError: signal only works in main thread of the main interpreter": {"practice/shutting-down/"},
    "RuntimeError: cannot join current thread": {"threads/threading-api/"},
    "RuntimeError: threads can only be started once": {"threads/threading-api/"},
    "ValueError: Semaphore released too many times": {"threads/synchronization/"},
    # Real programs (from the questions page's "Asked:" titles, shortened as readers type them)
    "call async function from thread": {"programs/asyncio-and-threads/"},
    "run_coroutine_threadsafe": {"programs/asyncio-and-threads/"},
    "asyncio event loop in a background thread": {"programs/asyncio-and-threads/"},
    "RuntimeError: There is no current event loop in thread": {"programs/asyncio-and-threads/"},
    "subprocess run vs popen": {"programs/subprocess/"},
    "popen wait hangs large output": {"programs/subprocess/"},
    "kill subprocess and its children": {"programs/subprocess/"},
    "subprocess defunct zombie": {"programs/subprocess/"},
    "contextvar not set in threadpoolexecutor": {
        "programs/context-and-clients/",
        "practice/python-versions/",
    },
    "requests session thread safe": {"programs/context-and-clients/"},
    "multiprocessing inside celery task": {"programs/nested-pools/"},
    "numpy number of threads": {"programs/numpy/"},
    "numpy random same values in each process": {"programs/numpy/"},
    "fork copy on write": {"programs/memory-after-fork/"},
    "gc.freeze": {"programs/memory-after-fork/"},
    "database connection after fork": {"programs/connections-across-fork/"},
    "decryption failed or bad record mac": {"programs/connections-across-fork/"},
    "os.cpu_count in docker container": {"programs/containers/", "practice/python-versions/"},
    "executable keeps opening itself": {"programs/packaged-apps/"},
    "freeze_support": {"programs/packaged-apps/"},
    "ValueError: max_workers must be <= 61": {"programs/packaged-apps/"},
    # what changed in 3.12-3.15; several interpreters in one process
    "terminate_workers": {"practice/python-versions/"},
    "what changed in python 3.14": {"practice/python-versions/"},
    "ValueError: generator already executing": {"practice/python-versions/"},
    "executor map reads whole generator": {"practice/python-versions/"},
    "queue shutdown": {"practice/python-versions/"},
    "subinterpreters": {"practice/interpreters/"},
    "InterpreterPoolExecutor": {"practice/interpreters/"},
    "module does not support loading in subinterpreters": {"practice/interpreters/"},
}

ZH: dict[str, set[str]] = {
    # 线程
    "停止线程": {"threads/daemon-threads/"},
    "杀死线程": {"threads/daemon-threads/"},
    "怎样停止一个线程": {"threads/daemon-threads/"},
    "python 如何结束线程": {"threads/daemon-threads/"},
    "创建线程": {"threads/threading-api/", "threads/starting-threads/"},
    "join 的作用": {"threads/starting-threads/"},
    "主线程等待子线程": {"threads/starting-threads/"},
    "主线程等待所有线程结束": {"threads/starting-threads/"},
    "线程返回值": {"pools/results/"},
    "怎样拿到线程的返回值": {"pools/results/"},
    "线程异常": {"threads/threading-api/"},
    "主线程捕获子线程异常": {"threads/threading-api/", "pools/results/"},
    "守护线程": {"threads/daemon-threads/"},
    "每隔几秒执行一次": {"threads/timers/"},
    "定时器": {"threads/timers/"},
    "每隔 n 秒运行函数": {"threads/timers/"},
    "线程局部变量": {"threads/thread-local/"},
    "限制线程数量": {"threads/synchronization/", "practice/hangs/"},
    "线程池": {"pools/futures/", "practice/hangs/", "pools/results/"},
    "生产者消费者": {"threads/queues/"},
    "队列 task_done": {"threads/queues/"},
    "条件变量": {"threads/synchronization/"},
    "信号量": {"threads/synchronization/"},
    "栅栏": {"threads/synchronization/"},
    "事件 等待": {"threads/events/"},
    # 锁、线程安全、GIL
    "死锁": {"threads/locks/", "practice/hangs/"},
    "可重入锁": {"threads/locks/"},
    "竞态条件": {"threads/locks/"},
    "Lock 和 RLock 的区别": {"threads/locks/"},
    "+= 是线程安全的吗": {"threads/locks/", "practice/thread-safety/"},
    "列表 append 线程安全": {"practice/thread-safety/"},
    "线程安全": {"practice/thread-safety/"},
    "全局解释器锁": {"threads/gil/"},
    "GIL 是什么": {"threads/gil/"},
    "多线程为什么没有变快": {"threads/gil/"},
    "多线程还是多进程": {"processes/going-further/", "practice/asyncio/"},
    "自由线程": {"practice/free-threading/"},
    "关闭 GIL": {"practice/free-threading/"},
    # 进程
    "僵尸进程": {"processes/stopping/"},
    "终止进程": {"processes/stopping/"},
    "退出码 -9": {"processes/stopping/"},
    "进程返回值": {"pools/results/"},
    "为什么要写 if __name__ == '__main__'": {"processes/process-class/"},
    "fork 和 spawn 的区别": {"processes/start-methods/"},
    "启动方法": {"processes/start-methods/"},
    "子进程 全局变量 不变": {"processes/start-methods/"},
    "fork 后输出两次": {"processes/fork/"},
    "进程间通信": {"processes/events-and-queues/", "processes/going-further/"},
    "管道": {"processes/going-further/", "pools/results/"},
    "共享内存": {"processes/going-further/", "practice/sharing-state/"},
    # 进程池与执行器
    "进程池": {"processes/pool/", "pools/pool-in-depth/"},
    "进程池 多个参数": {"pools/pool-in-depth/"},
    "进度条": {"pools/pool-in-depth/"},
    "结果完成时立即处理": {"pools/futures/", "pools/pool-in-depth/"},
    "取消任务": {"pools/futures/"},
    "工作进程 内存 增长": {"pools/pool-in-depth/"},
    "用多少个工作进程": {"pools/futures/", "processes/pool/"},
    "进程池 异常 消失": {"pools/errors/"},
    "进程池 卡住": {"pools/errors/", "practice/hangs/"},
    "封存": {"pools/pickling/"},
    "解封": {"pools/pickling/"},
    "序列化 lambda": {"pools/pickling/"},
    "嵌套函数 进程池": {"pools/pickling/"},
    "Dask 集群": {"pools/beyond-one-machine/"},
    # 实战
    "进程之间共享字典": {"practice/sharing-state/"},
    "管理器 嵌套 列表": {"practice/sharing-state/"},
    "多进程 日志": {"practice/logging/"},
    "Ctrl+C 停不下 多线程": {"practice/shutting-down/"},
    "优雅退出": {"practice/shutting-down/"},
    "信号 主线程": {"practice/shutting-down/"},
    "join 队列 挂起": {"practice/hangs/"},
    "程序卡死了": {"practice/hangs/"},
    "多线程程序卡住了": {"practice/hangs/"},
    "事件循环": {"practice/asyncio/"},
    "协程": {"practice/asyncio/"},
    "异步代码 调用 阻塞函数": {"practice/asyncio/"},
    # 英文报错信息，原样粘贴
    "BrokenProcessPool": {"pools/errors/"},
    "Can't pickle local object": {"pools/pickling/"},
    "RuntimeError: An attempt has been made to start a new process before the current process "
    "has finished its bootstrapping phase.": {"processes/process-class/"},
    "AssertionError: daemonic processes are not allowed to have children": {"practice/hangs/"},
    "RuntimeError: dictionary changed size during iteration": {"practice/thread-safety/"},
    "RuntimeError: threads can only be started once": {"threads/threading-api/"},
    # 实际程序（取自问题页“提问：”所列的真实问题）
    "在线程中调用协程": {"programs/asyncio-and-threads/"},
    "后台线程 事件循环": {"programs/asyncio-and-threads/"},
    "subprocess 僵尸进程": {"programs/subprocess/"},
    "Popen 卡住": {"programs/subprocess/"},
    "杀掉整个进程树": {"programs/subprocess/"},
    "上下文变量 线程池": {"programs/context-and-clients/", "practice/python-versions/"},
    "NumPy 线程数": {"programs/numpy/"},
    "多进程 随机数 相同": {"programs/numpy/"},
    "写时复制": {"programs/memory-after-fork/"},
    "fork 之后 数据库连接": {"programs/connections-across-fork/"},
    "容器 CPU 数量": {"programs/containers/", "practice/python-versions/"},
    "可执行文件 不停地打开自己": {"programs/packaged-apps/"},
    # 3.12 到 3.15 的变化；一个进程里的多个解释器
    "子解释器": {"practice/interpreters/"},
    "解释器池": {"practice/interpreters/"},
    "Python 3.14 有什么变化": {"practice/python-versions/"},
    "ProcessPoolExecutor 终止工作进程": {"practice/python-versions/"},
}

#: Queries the search does not answer yet (the answer is not among the first three pages), kept
#: apart so that the gate stays at 100% and the score says what is left: each has its reason.
OPEN: dict[str, dict[str, set[str]]] = {
    "en": {},
    "zh": {},
}

QUERIES = {"en": EN, "zh": ZH}


def misses(found: dict[str, list[str]], expected: dict[str, set[str]]) -> dict[str, list[str]]:
    """{query: its first pages} for each query whose answer is not among the first TOP pages."""
    return {
        query: found.get(query, [])[:TOP]
        for query, pages in expected.items()
        if not pages & set(found.get(query, [])[:TOP])
    }


def score(site: Path, with_open: bool = False) -> dict[str, tuple[int, int, dict[str, list[str]]]]:
    """{language: (answered, asked, misses)} on a built site: the gated queries, or all of them."""
    from tests.search.site_search import search

    result = {}
    for language, gated in QUERIES.items():
        expected = {**gated, **OPEN[language]} if with_open else gated
        found = search(site, "" if language == "en" else language, list(expected))
        missed = misses(found, expected)
        result[language] = (len(expected) - len(missed), len(expected), missed)
    return result


def report(scores: dict[str, tuple[int, int, dict[str, list[str]]]]) -> list[str]:
    lines = []
    for language, (answered, asked, missed) in scores.items():
        lines.append(
            f"{language}: {answered}/{asked} ({100 * answered / asked:.0f}%) in the first {TOP} pages"
        )
        lines.extend(f"   miss {query!r}: {pages}" for query, pages in missed.items())
    return lines


def main(site: str) -> None:
    print("\n".join(report(score(Path(site), with_open=True))))


if __name__ == "__main__":
    main(sys.argv[1])
