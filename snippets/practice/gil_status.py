import sys
import sysconfig

print(f"sys.version: {sys.version}")
# Was this interpreter built without the GIL? 1 on a free-threaded build.
print(f"Py_GIL_DISABLED: {sysconfig.get_config_var('Py_GIL_DISABLED')!r}")
# Is the GIL on right now? (3.13+; a free-threaded build can turn it back on)
if hasattr(sys, "_is_gil_enabled"):
    print(f"sys._is_gil_enabled(): {sys._is_gil_enabled()}")
else:
    print("sys._is_gil_enabled(): absent before Python 3.13, so the GIL is on")
