import sys
import sysconfig

print(f"switch interval: {sys.getswitchinterval()} s")  # since Python 3.2; was "every 100 bytecodes"

free_threaded_build = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
print(f"free-threaded build: {free_threaded_build}")
if hasattr(sys, "_is_gil_enabled"):  # Python 3.13+
    print(f"GIL enabled right now: {sys._is_gil_enabled()}")
else:
    print("GIL enabled right now: True (before 3.13 every CPython build has one)")
