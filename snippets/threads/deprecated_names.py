import threading
import warnings

warnings.simplefilter("always")  # show every DeprecationWarning, once per call
# print each warning on one short line, without the file name and source line
warnings.formatwarning = lambda message, category, *args, **kwargs: f"{category.__name__}: {message}\n"

t = threading.Thread(target=print)
t.setName("renamed")  # deprecated since 3.10: use t.name = ...
t.getName()  # deprecated since 3.10: use t.name
t.setDaemon(True)  # deprecated since 3.10: use t.daemon = ...
t.isDaemon()  # deprecated since 3.10: use t.daemon
threading.currentThread()  # deprecated since 3.10: use current_thread()
threading.activeCount()  # deprecated since 3.10: use active_count()
threading.Event().isSet()  # deprecated since 3.10: use is_set()
condition = threading.Condition()
with condition:
    condition.notifyAll()  # deprecated since 3.10: use notify_all()

try:
    t.isAlive()  # deprecated in 3.8, removed in 3.9: use is_alive()
except AttributeError as error:
    print(f"AttributeError: {error}")
