import dis

balance = 0


def change_it(n):
    global balance
    balance = balance + n


# One line of Python, several interpreter steps: read, add, write back.
# (Left out: the function's start and its implicit `return None`.)
IMPLICIT = ("RESUME", "RETURN_CONST", "RETURN_VALUE", "LOAD_CONST", "LOAD_COMMON_CONSTANT")
for instruction in dis.get_instructions(change_it):
    if instruction.opname not in IMPLICIT:
        print(f"{instruction.opname:13} {instruction.argrepr}")
