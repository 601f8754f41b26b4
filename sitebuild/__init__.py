"""Project tooling: the snippet runner and the MkDocs hooks that use it."""
