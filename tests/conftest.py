import sys
from pathlib import Path

# `tools` and `tests.helpers` are imported from the repository root.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
