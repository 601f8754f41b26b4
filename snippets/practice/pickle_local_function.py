import pickle
from concurrent.futures import ProcessPoolExecutor


def make_scaler(factor):
    def scale(x):  # a local function: pickle cannot find it by name
        return x * factor

    return scale


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as executor:
        future = executor.submit(make_scaler(2), 21)
        try:
            future.result()
        except (AttributeError, pickle.PicklingError) as error:  # AttributeError up to 3.13
            print(f"{type(error).__module__}.{type(error).__name__}: {error}")
            for note in getattr(error, "__notes__", []):  # 3.14 says where in the call it failed
                print(f"  note: {note}")
