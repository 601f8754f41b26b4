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
# # Concurrency lab
#
# Four claims about threads and processes in CPython. The notes make the
# first, second and fourth; the third they never make (they conclude that
# Python threads can only use one CPU), and it is the site's:
#
# 1. threads do not make pure-Python, CPU-bound code faster, because of the
#    GIL;
# 2. processes do, because each process has its own interpreter and its own
#    GIL;
# 3. threads are fine for work that mostly *waits* (I/O), and for C code that
#    releases the GIL (not in the notes);
# 4. a `Pool(4)` runs at most four tasks at once: a fifth task waits until a
#    worker is free.
#
# This page does not ask you to believe any of them: it measures them. It is a
# Jupyter notebook, **executed every time this site is built**: every number,
# table and chart below comes from that run, on the machine described in the
# first output. Timings change from run to run and from machine to machine,
# so read the shapes rather than the decimals, and run the notebook on your
# own machine. On a free-threaded Python the picture changes, as explained at
# the end.

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
# ## The machine
#
# First, what this notebook runs on: how many cores it may use, and whether
# the interpreter has a GIL.


# %%
def usable_cores():
    if hasattr(os, "process_cpu_count"):  # Python 3.13+
        return os.process_cpu_count()
    if hasattr(os, "sched_getaffinity"):  # Linux
        return len(os.sched_getaffinity(0))
    return os.cpu_count()


def gil_enabled():
    check = getattr(sys, "_is_gil_enabled", None)  # Python 3.13+
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
# ## The work, in a module of its own
#
# Worker processes receive their work by pickling, and a function is pickled
# *by name* (`lab_workers.count_squares`), not as code. A process started
# with the `spawn` start method (the default on Windows and macOS) or
# `forkserver` (the default on Linux since Python 3.14) finds the function by
# importing its module. A function defined in a notebook cell lives in the
# kernel's `__main__`, which those processes cannot import, so a process pool
# would fail. The functions therefore live in `lab_workers.py`, next to this
# notebook, and every start method works. Here is its source:

# %%
with open(work.__file__, encoding="utf-8") as source:
    print(source.read())

# %% [markdown]
# ## How we measure
#
# Each job is a fixed amount of work, cut into 8 equal pieces. *Serial* does
# the pieces one after another in the main thread. With *N* workers, the
# pieces go to a pool of *N* threads or *N* processes, and each worker takes
# the next piece as soon as it is free. The pools are started, and every
# worker has run a first task, **before** the clock starts: starting
# processes costs time, but that cost is measured on its own. Each
# configuration runs 3 times, the runs interleaved so that a busy moment on
# the machine hits all configurations alike, and we keep the fastest run.
#
# *Speed-up* is the serial time divided by the configuration's time: 2× means
# twice as fast. *Cores busy* is the CPU time our workers used divided by the
# wall-clock time: how many cores were working for us, on average, during
# the run. Other programs running at the same time slow any measurement
# down, so the notebook also reports, on Linux, how many cores they kept
# busy meanwhile.

# %%
WORKERS = (1, 2, 4)
REPEATS = int(os.environ.get("LAB_REPEATS", 3))  # more: steadier numbers
PIECES = 8
JOBS = {  # name: (function, amount of work per piece, what the amount is)
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
    idle = ticks[3] + ticks[4]  # idle, waiting for I/O
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
            pool = pools.get(config)  # None for serial
            runs[job][config].append(run_once(pool, function, piece))
for pool in pools.values():
    pool.shutdown()

# (wall, cpu, others) of the fastest run of each configuration
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
# How the charts are drawn: matplotlib figures, saved as SVG images with a
# transparent background. Text, axes and data are drawn in mid-tones, which
# read on a light page and on a dark one alike.
INK = "#777e87"
COLOURS = {"threads": "#c8641e", "processes": "#2f7fc1", "serial": INK}
mpl.rcParams.update(
    {
        "svg.fonttype": "none",  # text as text: smaller, and crisp at any size
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
    width, height = (  # in CSS pixels: the page keeps room for the image
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
# ## 1. CPU-bound Python: threads against processes
#
# The first job is a pure-Python loop: no I/O, no C library doing the work.
# A thread running Python bytecode must hold the GIL, so on a standard
# CPython build only one thread runs at any moment, however many cores there
# are. Processes each have their own interpreter and their own GIL, and run
# on as many cores as the machine gives them.

# %%
table("cpu")

# %% tags=["hide-input"]
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
# With the GIL, threads take turns: every few milliseconds (the *switch
# interval*, `sys.getswitchinterval()`, 5 ms by default) a waiting thread
# asks for the GIL and the running one hands it over. The threads get the
# work done in about the serial time, or a little more, and the *cores busy*
# column shows why: however many threads there are, at most about one core
# works for them. Processes work in parallel, up to the number of cores; more
# workers than cores bring nothing more. So when the notes say that Python
# can use only one core however many there are, that holds for the Python
# code run by the threads of one process, not for a Python program: with
# processes it uses them all.

# %% [markdown]
# ## 2. Waiting and C code: threads help after all
#
# A thread needs the GIL to run Python bytecode, not to wait: a blocking call
# (on the network, a disk, or here `time.sleep()`) releases it until the call
# returns. C code can release it too while it works on plain memory, and
# `hashlib` does so while it hashes more than 2047 bytes. Both jobs below can
# therefore run in parallel in threads.

# %%
table("io")
print()
table("hash")

# %% tags=["hide-input"]
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
# Waiting overlaps: while one thread sleeps, the others can start their own
# waits, and the *cores busy* column shows that nobody is computing. Hashing
# is CPU work, so it is limited by the number of cores, but threads reach
# that limit as processes do, without starting a process or pickling any
# data. For I/O-bound work, and for libraries that release the GIL (hashing,
# compression, many NumPy operations), threads are the cheaper tool.

# %% [markdown]
# ## 3. The notes' Pool: 5 tasks on a Pool of 4
#
# The notes start a `Pool(4)`, submit five tasks that each sleep for a
# random time, and observe that task 4 (the fifth: they count from 0) starts
# only when an earlier task has finished. Here is the same program, with the
# sleeps scaled down from up to 3 s to 0.2–0.5 s, recording when, and in
# which worker process, each task ran.

# %%
durations = [random.uniform(0.2, 0.5) for _ in range(5)]
created = time.time()
p = Pool(4)
results = [p.apply_async(work.pool_task, (i, durations[i])) for i in range(5)]
submitted = time.time()
p.close()
p.join()
tasks = [result.get() for result in results]  # (name, pid, start, end)


def first_task(pid):
    return min(name for name, task_pid, _, _ in tasks if task_pid == pid)


# number the workers by the first task each ran: task 0 ran in worker 1
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

# %% tags=["hide-input"]
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
# The pool starts four processes; each takes a task, and task 4 waits in the
# pool's queue until the first worker to finish picks it up. Which worker
# that is depends on the random durations, but task 4 can never start before
# some task has ended: four workers cannot hold five tasks. The limit is the
# pool's, not the operating system's. `Pool()` without a number starts one
# process per CPU (`os.process_cpu_count()` since Python 3.13,
# `os.cpu_count()` before), so on an 8-core machine it takes 9 tasks to see
# one wait.

# %% [markdown]
# ## On a free-threaded Python
#
# Since Python 3.13, CPython also comes as a *free-threaded* build (the
# `python3.13t` and `python3.14t` executables) in which the GIL is disabled,
# but only as long as every extension module the process imports declares
# that it can run without it. Importing one that does not turns the GIL back
# on for the whole process, with a `RuntimeWarning` (unless `PYTHON_GIL=0` or
# `-X gil=0` forces it off). This notebook imports many extension modules
# (through Matplotlib, NumPy and the Jupyter kernel), each free-threading
# ready or not depending on its version. So the first output says `GIL
# disabled` only if `sys._is_gil_enabled()` still returns `False` after those
# imports;
# see [C API extension support for free
# threading](https://docs.python.org/3/howto/free-threading-extensions.html).
# When it does, threads run Python bytecode in
# parallel, so in section 1 the thread bars drop like the process bars,
# without starting processes or pickling anything, and *cores busy* goes
# above 1 for threads too. Waiting and hashing behave as above, and the Pool
# timeline does not change: it is about the size of the pool, not the GIL.
# Single-threaded code runs somewhat slower on that build. See [Python
# support for free threading](https://docs.python.org/3/howto/free-threading-python.html).
# (This section used to say that the GIL is disabled on that build, without
# the condition on extension modules: correction S33 in the errata.)
#
# What the machine that built this page concludes:

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
