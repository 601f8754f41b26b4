from concurrent.futures import ProcessPoolExecutor


class HTTPError(Exception):
    def __init__(self, status, reason):
        super().__init__(reason)  # only `reason` is kept in self.args
        self.status = status


class FixedHTTPError(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)  # every argument in self.args: it unpickles
        self.status = status


def fetch(error_class):
    raise error_class(404, "Not Found")


if __name__ == "__main__":
    for error_class in (HTTPError, FixedHTTPError):
        with ProcessPoolExecutor(1) as executor:
            try:
                executor.submit(fetch, error_class).result()
            except Exception as error:
                print(f"{error_class.__name__}: the parent got {type(error).__name__}: {error}")
                for line in str(error.__cause__).splitlines():  # the parent's own traceback, as text
                    if line.startswith("TypeError"):
                        print(f"  because, in the parent: {line}")
