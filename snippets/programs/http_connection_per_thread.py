import http.client
import threading
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

connections = []  # the server makes one handler object per TCP connection


class Hello(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: a connection serves many requests

    def setup(self):
        connections.append(self.client_address)
        super().setup()

    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args):  # no access log on stderr
        pass


def fetch_new_connection(port):  # a new connection for every request
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    conn.request("GET", "/")
    body = conn.getresponse().read()
    conn.close()
    return body


local = threading.local()


def fetch_reusing_connection(port):
    if not hasattr(local, "conn"):  # one connection per worker thread, reused
        local.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    local.conn.request("GET", "/")
    return local.conn.getresponse().read()


if __name__ == "__main__":
    server = ThreadingHTTPServer(("127.0.0.1", 0), Hello)  # port 0: any free port
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    for fetch in (fetch_new_connection, fetch_reusing_connection):
        connections.clear()
        with ThreadPoolExecutor(max_workers=4) as pool:
            bodies = list(pool.map(fetch, [port] * 40))
        print(f"{fetch.__name__}: {bodies.count(b'ok')} answers, {len(connections)} TCP connections")
    server.shutdown()
    server.server_close()
