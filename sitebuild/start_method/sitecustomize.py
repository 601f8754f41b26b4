"""Change multiprocessing's *default* start method without touching a snippet.

The runner puts this folder on PYTHONPATH and sets SNIPPET_START_METHOD when a
test asks for a start method; Python imports this module at start-up.  We swap
the default context instead of calling set_start_method(), so a snippet that
calls set_start_method() itself still behaves exactly as it would for a reader.
"""

import os

_method = os.environ.get("SNIPPET_START_METHOD")
if _method:
    from multiprocessing import context as _context

    # DefaultContext keeps the platform default here until someone sets one.
    _context._default_context._default_context = _context._concrete_contexts[_method]
