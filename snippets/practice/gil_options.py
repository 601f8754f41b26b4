import os
import subprocess
import sys

CHECK = "import sys; print('GIL enabled:', getattr(sys, '_is_gil_enabled', lambda: True)())"


def run(args, **env):
    done = subprocess.run([sys.executable, *args], capture_output=True, text=True, env={**os.environ, **env})
    output = (done.stdout + done.stderr).strip().splitlines()
    return done.returncode, output[0] if output else ""


if __name__ == "__main__":
    print("python -VV:", run(["-VV"])[1])
    for label, args, env in [
        ("python -X gil=0", ["-X", "gil=0", "-c", CHECK], {}),
        ("PYTHON_GIL=0 python", ["-c", CHECK], {"PYTHON_GIL": "0"}),
    ]:
        code, first_line = run(args, **env)
        print(f"{label}: exit code {code}, says: {first_line}")
