from functools import partial
from multiprocessing import Pool


def power(base, exponent):
    return base**exponent


if __name__ == "__main__":
    pairs = [(2, 5), (3, 2), (4, 1)]
    with Pool(2) as pool:
        # starmap: each tuple is unpacked into the arguments, power(2, 5)...
        print(f"starmap:        {pool.starmap(power, pairs)}")
        # partial: fix some arguments once, map over the other one
        square = partial(power, exponent=2)  # square(x) is power(x, exponent=2)
        print(f"map + partial:  {pool.map(square, [1, 2, 3, 4])}")
        # two separate lists: zip them into pairs first
        print(f"starmap + zip:  {pool.starmap(power, zip([2, 3, 4], [5, 2, 1]))}")
