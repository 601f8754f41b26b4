# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 并发实验 { #concurrency-lab }
#
# 下面是关于 CPython 中线程和进程的四个论断。原笔记提出了第一、第二和第四个；第三个原笔记从未提出（它的结论是 Python 的线程只能用上一个 CPU），那是本站补充的：
#
# 1. 由于 GIL，线程不能让纯 Python 的 CPU 密集型代码变快；
# 2. 进程可以，因为每个进程都有自己的解释器和自己的 GIL；
# 3. 对于大部分时间都在*等待*的工作（I/O），以及会释放 GIL 的 C 代码，线程是合适的（原笔记中没有）；
# 4. `Pool(4)` 同一时刻最多运行四个任务：第五个任务要等到有工作进程空闲下来。
#
# 本页并不要求你相信这些论断，而是把它们测量出来。这是一个 Jupyter notebook，**每次构建本站时都会执行**：下面的每个数字、每张表格和每张图都来自那一次运行，运行它的机器就是第一段输出所描述的那台。计时结果每次运行都不一样，换一台机器也不一样，所以请看走势，不必在意小数点后的数字；也请在你自己的机器上运行这个 notebook。在自由线程构建（free-threaded）的 Python 上，情况会有所不同，本页末尾会解释。

# %% tags=["hide-input"]
import html
import io
import math
import multiprocessing
import os
import platform
import random
import re
import sys
import sysconfig
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from functools import partial
from multiprocessing import Pool
from urllib.parse import quote

import matplotlib as mpl
from IPython.display import HTML, display
from matplotlib.figure import Figure

try:
    import lab_workers as work
except ModuleNotFoundError:
    raise ModuleNotFoundError(
        "lab_workers.py must be in the same folder as this notebook "
        "(the lab's web page offers both in concurrency-lab.zip)"
    ) from None

LAB_STARTED = time.perf_counter()

# %% [markdown]
# ## 这台机器 { #the-machine }
#
# 先看看这个 notebook 运行在什么样的环境里：它能使用几个核，解释器有没有 GIL。


# %%
def usable_cores():
    if hasattr(os, "process_cpu_count"):  # Python 3.13 起
        return os.process_cpu_count()
    if hasattr(os, "sched_getaffinity"):  # Linux
        return len(os.sched_getaffinity(0))
    return os.cpu_count()


def gil_enabled():
    check = getattr(sys, "_is_gil_enabled", None)  # Python 3.13 起
    return True if check is None else check()


CORES = usable_cores()
GIL = gil_enabled()
FREE_THREADED = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
python = f"{platform.python_implementation()} {platform.python_version()}"
print(f"interpreter    {python}")
print(f"platform       {platform.system()} {platform.machine()}")
print(f"CPU cores      {CORES} usable ({os.cpu_count()} in the machine)")
print(f"free-threaded  {'yes' if FREE_THREADED else 'no'}")
print(f"GIL            {'enabled' if GIL else 'disabled'}")
print(f"start method   {multiprocessing.get_start_method()}")

# %% [markdown]
# ## 工作代码单独放在一个模块里 { #the-work-in-a-module-of-its-own }
#
# 工作进程通过序列化（pickle）接收要做的工作，而函数是*按名字*序列化的（`lab_workers.count_squares`），序列化的并不是代码本身。用 `spawn` 启动方式（Windows 和 macOS 上的默认方式）或 `forkserver`（从 Python 3.14 起 Linux 上的默认方式）启动的进程，要导入函数所在的模块才能找到这个函数。在 notebook 单元格里定义的函数位于内核的 `__main__` 中，而这些进程无法导入它，进程池因此会失败。所以这些函数放在 `lab_workers.py` 里，与本 notebook 位于同一个文件夹，这样每种启动方式都能正常工作。下面是它的源代码：

# %%
with open(work.__file__, encoding="utf-8") as source:
    print(source.read())

# %% [markdown]
# ## 怎样测量 { #how-we-measure }
#
# 每项作业都是固定的工作量，切成 8 等份。*串行*（表中的 `serial`）就是在主线程里一份接一份地做。有 *N* 个 worker（表和图中的 `workers`）时，这些份交给由 *N* 个线程或 *N* 个进程组成的池，每个工作线程或工作进程一空闲，就领取下一份。**在开始计时之前**，池就已经启动，每个 worker 也都运行过第一个任务：启动进程要花时间，但这部分开销单独测量。每种配置运行 3 次，各次运行交错进行，这样机器某一刻的繁忙会同样落在所有配置上；我们取其中最快的一次。
#
# *加速比*（`speed-up`）是串行时间除以该配置的时间：2× 表示快一倍。*忙碌核数*（`cores busy`）是 worker 用掉的 CPU 时间除以挂钟时间（`wall time`）：在运行期间，平均有几个核在为我们工作。同时运行的其他程序会拖慢任何测量，所以在 Linux 上，这个 notebook 还会报告在此期间它们平均让几个核保持忙碌。

# %%
WORKERS = (1, 2, 4)
REPEATS = int(os.environ.get("LAB_REPEATS", 3))  # 次数越多，数字越稳
PIECES = 8
JOBS = {  # 名称: (函数, 每份的工作量, 工作量的含义)
    "cpu": (work.count_squares, 150_000, "loop iterations of pure Python"),
    "io": (work.blocking_calls, 1, "blocking call of 10 ms (time.sleep)"),
    "hash": (work.hash_megabytes, 8, "MB hashed with SHA-256"),
}
SERIAL = ("serial", 1)
KINDS = ("threads", "processes")
CONFIGS = [SERIAL] + [(kind, n) for kind in KINDS for n in WORKERS]


def start_pool(kind, n):
    """A pool of n threads or n processes that have all run a first task."""
    if kind == "threads":
        pool = ThreadPoolExecutor(n)
    else:
        pool = ProcessPoolExecutor(n)
    list(pool.map(work.warm_up, [0.05] * n))
    return pool


def machine_busy():
    """CPU seconds used so far by the whole machine (Linux only, else NaN)."""
    try:
        with open("/proc/stat", encoding="ascii") as stat:
            ticks = [int(t) for t in stat.readline().split()[1:9]]
    except OSError:
        return math.nan
    idle = ticks[3] + ticks[4]  # 空闲、等待 I/O
    return (sum(ticks) - idle) / os.sysconf("SC_CLK_TCK")


def run_once(pool, function, piece):
    """Do PIECES pieces of work: in this thread if pool is None, else in it.

    Returns the wall time, the CPU seconds our workers used, and the CPU
    seconds the rest of the machine used meanwhile.
    """
    machine = machine_busy()
    start = time.perf_counter()
    if pool is None:
        cpu = [work.timed(function, piece) for _ in range(PIECES)]
    else:
        cpu = list(pool.map(partial(work.timed, function), [piece] * PIECES))
    wall = time.perf_counter() - start
    return wall, sum(cpu), machine_busy() - machine - sum(cpu)


pools, startup = {}, {}
for config in CONFIGS[1:]:
    start = time.perf_counter()
    pools[config] = start_pool(*config)
    startup[config] = time.perf_counter() - start

runs = {job: {config: [] for config in CONFIGS} for job in JOBS}
for _ in range(REPEATS):
    for job, (function, piece, _) in JOBS.items():
        for config in CONFIGS:
            pool = pools.get(config)  # 串行时为 None
            runs[job][config].append(run_once(pool, function, piece))
for pool in pools.values():
    pool.shutdown()

# 每种配置最快那次运行的 (挂钟时间, CPU 时间, 其他程序)
best = {
    job: {config: min(samples) for config, samples in configs.items()}
    for job, configs in runs.items()
}
print("Starting a pool (and running one 50 ms task per worker) took:")
for n in WORKERS:
    threads, processes = startup["threads", n], startup["processes", n]
    print(f"  N = {n}: threads {threads:.3f} s, processes {processes:.3f} s")
every_run = [
    run for configs in runs.values() for r in configs.values() for run in r
]
others = sum(run[2] for run in every_run) / sum(run[0] for run in every_run)
if math.isnan(others):
    print("How busy the rest of the machine was is measured on Linux only.")
else:
    print(
        f"Other programs kept {max(others, 0):.2f} cores busy, on average, "
        "while we measured."
    )
    if others > 0.25:
        print(
            "The machine was busy, so the timings below are noisy: the cores\n"
            "busy column, measured within each run, is the steadier guide."
        )


# %% tags=["hide-input"]
# 图表的画法：用 matplotlib 作图，保存为背景透明的 SVG 图像。
# 文字、坐标轴和数据都用中间色调绘制，在浅色和深色页面上都看得清。
INK = "#777e87"
COLOURS = {"threads": "#c8641e", "processes": "#2f7fc1", "serial": INK}
mpl.rcParams.update(
    {
        "svg.fonttype": "none",  # 文字保留为文字：文件更小，放大也清晰
        "font.size": 12,
        "font.sans-serif": ["DejaVu Sans", "Helvetica", "Arial"],
        "text.color": INK,
        "axes.labelcolor": INK,
        "axes.edgecolor": INK,
        "xtick.color": INK,
        "ytick.color": INK,
        "grid.color": INK,
        "grid.alpha": 0.3,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "legend.frameon": False,
        "figure.facecolor": "none",
        "axes.facecolor": "none",
        "savefig.transparent": True,
    }
)


def show(fig, caption):
    """Display a figure as an SVG image, named by its caption's first line."""
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", bbox_inches="tight")
    svg = re.sub(
        r"<metadata>.*?</metadata>", "", buffer.getvalue(), flags=re.S
    )
    source = "data:image/svg+xml," + quote(svg, safe=" :/=;,.'()-_")
    width, height = (  # 单位为 CSS 像素：页面预先为图像留出位置
        round(float(re.search(f'{side}="([0-9.]+)pt"', svg)[1]) * 4 / 3)
        for side in ("width", "height")
    )
    name = html.escape(caption.split(". ")[0])
    size = f'width="{width}" height="{height}"'
    display(
        HTML(
            f'<figure><img src="{html.escape(source)}" alt="{name}" {size} '
            'style="width:100%;height:auto">'
            f"<figcaption>{html.escape(caption)}</figcaption></figure>"
        )
    )


def speedup(job, config):
    return best[job][SERIAL][0] / best[job][config][0]


def speedups(job, kind):
    return [speedup(job, (kind, n)) for n in WORKERS]


def table(job):
    """One job's numbers as text: the same numbers as in its chart."""
    _, piece, unit = JOBS[job]
    lines = [
        f"{PIECES} pieces of {piece:,} {unit}; fastest of {REPEATS} runs",
        f"{'':10}{'workers':>8}{'wall time':>11}{'speed-up':>10}"
        f"{'cores busy':>12}",
    ]
    for config in CONFIGS:
        wall, cpu, _ = best[job][config]
        lines.append(
            f"{config[0]:10}{config[1]:>8}{wall:>9.3f} s"
            f"{speedup(job, config):>9.2f}×{cpu / wall:>12.2f}"
        )
    print("\n".join(lines))


x = range(len(WORKERS))


def tidy(axes, title, ylabel):
    axes.set(title=title, xlabel="workers", ylabel=ylabel)
    axes.set_xticks(list(x), [str(n) for n in WORKERS])
    axes.grid(axis="y")


def legend(fig, *axes):
    """One legend for the figure, under the charts."""
    entries = {}
    for each in axes:
        for handle, label in zip(
            *each.get_legend_handles_labels(), strict=True
        ):
            entries.setdefault(label, handle)
    fig.legend(
        entries.values(), entries.keys(), loc="outside lower center", ncols=4
    )


# %% [markdown]
# ## 1. CPU 密集型的 Python 代码：线程对阵进程 { #1-cpu-bound-python-threads-against-processes }
#
# 第一项作业是一个纯 Python 循环：没有 I/O，也没有 C 库替它干活。运行 Python 字节码的线程必须持有 GIL，所以在标准的 CPython 构建上，不管有多少个核，任何时刻都只有一个线程在运行。每个进程都有自己的解释器和自己的 GIL，机器给它们多少个核，它们就能在多少个核上运行。

# %%
table("cpu")

# %% tags=["hide-input"] alt="CPU 密集型的纯 Python 循环：线程与进程的挂钟时间和加速比"
fig = Figure(figsize=(8, 3.4), layout="constrained")
left, right = fig.subplots(1, 2)
for offset, kind in ((-0.2, "threads"), (0.2, "processes")):
    times = [best["cpu"][kind, n][0] for n in WORKERS]
    bars = [i + offset for i in x]
    left.bar(bars, times, width=0.4, color=COLOURS[kind], label=kind)
    right.plot(
        x, speedups("cpu", kind), marker="o", color=COLOURS[kind], label=kind
    )
serial_time = best["cpu"][SERIAL][0]
left.axhline(serial_time, color=COLOURS["serial"], ls="--", label="serial")
ideal = [min(n, CORES) for n in WORKERS]
right.plot(x, ideal, color=COLOURS["serial"], ls=":", label="ideal")
right.set_ylim(0, max(2.2, *speedups("cpu", "processes")) * 1.1)
tidy(left, "Wall time (lower is better)", "seconds")
tidy(right, "Speed-up (higher is better)", "× serial")
legend(fig, left, right)
thread_best = max(speedups("cpu", "threads"))
process_best = max(speedups("cpu", "processes"))
show(
    fig,
    f"CPU-bound pure-Python loop on {CORES} cores. Best speed-up with "
    f"threads: {thread_best:.2f}×; with processes: {process_best:.2f}×. "
    "The dotted ideal is one per worker, up to the number of cores.",
)

# %% [markdown]
# 有 GIL 时，线程轮流运行：每隔几毫秒（即*切换间隔*，`sys.getswitchinterval()`，默认 5 毫秒），等待中的线程请求 GIL，正在运行的线程就把它交出去。这些线程完成工作所用的时间与串行差不多，或者稍长一些；`cores busy` 一列说明了原因：不管有多少个线程，为它们工作的核最多只有大约一个。进程则并行工作，最多用到机器的核数；工作进程比核还多，并不会再快。所以原笔记说“无论你有几个cpu，python因为GIL锁的原因只能在一个CPU上工作”，这对一个进程中各个线程运行的 Python 代码成立，对一个 Python 程序却不成立：用上多个进程，它就能用上所有的核。

# %% [markdown]
# ## 2. 等待与 C 代码：线程终究有用 { #2-waiting-and-c-code-threads-help-after-all }
#
# 线程运行 Python 字节码需要 GIL，等待却不需要：阻塞调用（等待网络、磁盘，或者这里的 `time.sleep()`）会释放 GIL，直到调用返回。C 代码在处理普通内存时也可以释放它，`hashlib` 对超过 2047 字节的数据计算哈希时就是这样做的。因此，下面两项作业都能在线程中并行运行。

# %%
table("io")
print()
table("hash")

# %% tags=["hide-input"] alt="等待与计算哈希：线程与进程的加速比"
fig = Figure(figsize=(8, 3.4), layout="constrained")
panels = fig.subplots(1, 2, sharey=True)
titles = {"io": "Blocking calls", "hash": "SHA-256 hashing"}
ideals = {"io": list(WORKERS), "hash": [min(n, CORES) for n in WORKERS]}
for axes, job in zip(panels, ("io", "hash"), strict=True):
    for kind in KINDS:
        axes.plot(
            x, speedups(job, kind), marker="o", color=COLOURS[kind], label=kind
        )
    axes.plot(x, ideals[job], color=COLOURS["serial"], ls=":", label="ideal")
    tidy(axes, titles[job], "speed-up, × serial" if job == "io" else "")
panels[0].set_ylim(0, max(WORKERS) * 1.1)
legend(fig, *panels)
io_threads, io_processes = (
    speedups("io", "threads"),
    speedups("io", "processes"),
)
hash_threads = speedups("hash", "threads")
hash_processes = speedups("hash", "processes")
show(
    fig,
    "Speed-up of waiting and of hashing. With 4 threads, the blocking calls "
    f"ran {io_threads[-1]:.2f}× faster than serial and the hashing "
    f"{max(hash_threads):.2f}× at best; with 4 processes, "
    f"{io_processes[-1]:.2f}× and {max(hash_processes):.2f}×. "
    "Waiting needs no core, so its ideal is one per worker; hashing needs a "
    "core per worker.",
)

# %% [markdown]
# 等待是可以重叠的：一个线程在睡眠时，其他线程可以开始各自的等待；`cores busy` 一列表明，并没有谁在计算。计算哈希是 CPU 工作，所以受核数限制，但线程能像进程一样达到这个上限，而且既不用启动进程，也不用序列化任何数据。对于 I/O 密集型的工作，以及会释放 GIL 的库（哈希、压缩、许多 NumPy 运算），线程是开销更小的工具。

# %% [markdown]
# ## 3. 原笔记里的 Pool：4 个工作进程，5 个任务 { #3-the-notes-pool-5-tasks-on-a-pool-of-4 }
#
# 原笔记创建了一个 `Pool(4)`，提交五个各自睡眠随机时长的任务，并观察到任务 4（即第五个任务：原笔记从 0 开始计数）要等前面某个任务完成后才开始。下面是同一个程序，只是睡眠时间从最多 3 秒缩短到 0.2–0.5 秒；它记录下每个任务在什么时候、在哪个工作进程中运行。

# %%
durations = [random.uniform(0.2, 0.5) for _ in range(5)]
created = time.time()
p = Pool(4)
results = [p.apply_async(work.pool_task, (i, durations[i])) for i in range(5)]
submitted = time.time()
p.close()
p.join()
tasks = [result.get() for result in results]  # (名称, pid, 开始, 结束)


def first_task(pid):
    return min(name for name, task_pid, _, _ in tasks if task_pid == pid)


# 按各工作进程运行的第一个任务给它们编号：任务 0 在工作进程 1 中运行
workers = sorted({pid for _, pid, _, _ in tasks}, key=first_task)
for name, pid, start, end in tasks:
    print(
        f"task {name} ran in worker {workers.index(pid) + 1} (pid {pid}) "
        f"from {start - created:.2f} s to {end - created:.2f} s"
    )
fifth_start = tasks[4][2]
first_end, first_done = min((end, name) for name, _, _, end in tasks[:4])
print(f"task 4 waited {fifth_start - submitted:.2f} s in the pool's queue:")
print(
    f"it started {fifth_start - first_end:.3f} s after the first task "
    f"to finish (task {first_done}) had ended"
)

# %% tags=["hide-input"] alt="4 个工作进程的 Pool 上 5 个任务的时间线"
fig = Figure(figsize=(8, 2.9), layout="constrained")
axes = fig.subplots()
for name, pid, start, end in tasks:
    row = workers.index(pid) + 1
    colour = COLOURS["threads" if name == 4 else "processes"]
    axes.barh(row, end - start, left=start - created, color=colour)
    axes.text(
        (start + end) / 2 - created,
        row,
        f"task {name}",
        color="white",
        ha="center",
        va="center",
    )
axes.barh(
    0,
    fifth_start - submitted,
    left=submitted - created,
    color="none",
    edgecolor=COLOURS["threads"],
    hatch="//",
    linewidth=1.5,
)
axes.text(fifth_start - created, 0, " task 4 waits", ha="left", va="center")
axes.axvline(submitted - created, color=COLOURS["serial"], ls="--")
labels = ["queue"] + [f"worker {i}" for i in range(1, len(workers) + 1)]
axes.set_yticks(range(len(labels)), labels)
axes.set_ylim(len(labels) - 0.5, -0.5)
axes.set_xlim(0, None)
axes.set_xlabel("seconds since Pool(4) was called")
axes.grid(axis="x")
show(
    fig,
    "Timeline of 5 tasks on a Pool of 4 worker processes. All five were "
    f"submitted at {submitted - created:.2f} s (dashed line); task 4 waited "
    f"in the queue for {fifth_start - submitted:.2f} s, until task "
    f"{first_done} ended and freed a worker.",
)

# %% [markdown]
# 进程池启动四个进程，每个进程领取一个任务；任务 4 在进程池的队列里等待，直到最先完成的工作进程把它取走。是哪个工作进程取决于随机的时长，但任务 4 绝不可能在某个任务结束之前开始：四个工作进程容纳不下五个任务。这个限制来自进程池，而不是操作系统。不带参数的 `Pool()` 为每个 CPU 启动一个进程（Python 3.13 起按 `os.process_cpu_count()`，之前按 `os.cpu_count()`），所以在 8 核的机器上，要提交 9 个任务才能看到一次等待。

# %% [markdown]
# ## 在自由线程构建的 Python 上 { #on-a-free-threaded-python }
#
# 从 Python 3.13 起，CPython 还提供*自由线程构建*（free-threaded，即 `python3.13t` 和 `python3.14t` 可执行文件），其中 GIL 是禁用的：这时本 notebook 的第一段输出会显示 `GIL disabled`，因为 `sys._is_gil_enabled()` 返回 `False`。在这种构建上，线程可以并行运行 Python 字节码，所以在第 1 节中，线程的柱子会像进程的柱子一样降下来，既不用启动进程，也不用序列化任何东西；线程的 `cores busy` 也会超过 1。等待和计算哈希的表现与上面相同，Pool 的时间线也不会变：它取决于进程池的大小，与 GIL 无关。在这种构建上，单线程代码会慢一些。参见 Python 文档中的[自由线程（free-threading）Python 指南](https://docs.python.org/3/howto/free-threading-python.html)。
#
# 构建本页的机器得出的结论是：

# %%
thread_cores = max(
    best["cpu"]["threads", n][1] / best["cpu"]["threads", n][0]
    for n in WORKERS
)
if thread_cores > 1.2:
    verdict = "threads ran the pure-Python loop in parallel"
else:
    verdict = "threads did not run the pure-Python loop in parallel"
state = "enabled" if GIL else "disabled"
print(f"GIL {state}: {verdict}")
print(f"(at most {thread_cores:.2f} cores busy).")
print(f"This notebook ran in {time.perf_counter() - LAB_STARTED:.1f} s.")
