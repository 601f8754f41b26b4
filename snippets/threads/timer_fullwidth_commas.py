# The notes' first timer example, its print() already fixed (T24): the function is
# defined as timer_handle but passed as timer_handler, with the notes' argument list.
NOTES = """\
import threading

def timer_handle():
    print("hello")

timer = threading.Timer(5, timer_handler, [参数一，参数二..])
timer.start()
"""

try:
    compile(NOTES, "notes.py", "exec")  # compiling runs nothing yet
except SyntaxError as error:
    print(f"as written:          SyntaxError at line {error.lineno}: {error.msg}")

fixed = NOTES.replace("[参数一，参数二..]", '["hello", "timer"]')
try:
    exec(compile(fixed, "notes.py", "exec"), {})  # now it compiles, and runs until the bad name
except NameError as error:
    print(f"with real arguments: NameError: {error}")
