import os

print("before fork(): one process")
pid = os.fork()  # Unix only. From here on, two processes run the rest of this file.
if pid != 0:
    os.waitpid(pid, 0)  # the parent waits for the child, so their lines never mix
print(1)  # printed twice: first by the child, then by the parent
