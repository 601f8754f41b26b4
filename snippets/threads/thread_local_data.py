from threading import Thread, current_thread, local

local_data = local()
local_data.name = "local_data"


class TestThread(Thread):
    def run(self):
        print(current_thread())
        print(local_data.__dict__)  # empty: this thread has not set anything yet
        local_data.name = self.name
        local_data.add_by_sub_thread = self.name
        print(local_data.__dict__)


if __name__ == "__main__":
    print(current_thread())
    print(local_data.__dict__)

    t1 = TestThread()
    t1.start()
    t1.join()

    t2 = TestThread()
    t2.start()
    t2.join()

    print(current_thread())
    print(local_data.__dict__)  # unchanged by the other threads
