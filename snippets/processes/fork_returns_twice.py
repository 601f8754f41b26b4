import os

print(f"Process ({os.getpid()}) start...")
pid = os.fork()  # Unix only: os.fork does not exist on Windows
if pid == 0:  # in the child, fork() returned 0
    print(f"I am child process ({os.getpid()}) and my parent is {os.getppid()}.")
    os._exit(0)  # end the child here, so it never runs the parent's code below
# in the parent, fork() returned the child's pid
_, status = os.waitpid(pid, 0)  # wait for the child and collect its exit status
print(f"I ({os.getpid()}) just created a child process ({pid}).")
print(f"The child exited with code {os.waitstatus_to_exitcode(status)}.")
