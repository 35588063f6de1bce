#!/usr/bin/env python3
"""A one-invocation Lambda Runtime API on 127.0.0.1 that times a runtime's cold start.

Usage: lambda_runtime.py EVENT_JSON CMD [ARGS...]

Serves the Runtime API (2018-06-01) the way Lambda's does for one on-demand cold start: the first
GET /runtime/invocation/next hands over EVENT_JSON (with the request id, deadline, function ARN and a sampled X-Ray trace
header), the POST .../response takes the answer. CMD runs with AWS_LAMBDA_RUNTIME_API naming this server (its stdout and
stderr are dropped, as they go to Lambda's log agent). Prints two times in ms from the process start: the first
/next (the end of the init: Lambda's "Init Duration") and the response POST (the cold start as a caller sees it), then
stops the process, which would otherwise wait for its next event, and prints the CPU time it used (user + system, all
threads, in ms; a loaded machine inflates it far less than the wall-clock times). Exits non-zero, naming the command, on an init or
invocation error, on an answer whose statusCode is not 200, or when nothing answers within 120 s.
"""
import json
import os
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PREFIX = "/2018-06-01/runtime/"
REQUEST_ID = "8476a536-e9f4-11e8-9739-2dfe598c3fcd"
TRACE = "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1"

with open(sys.argv[1], "rb") as f:
    EVENT = f.read()
times = {}
outcome = {}
done = threading.Event()


class RuntimeApi(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def reply(self, code, body=b"", headers=()):
        self.send_response(code)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path == PREFIX + "invocation/next":
            if "next" in times:
                done.wait()  # the one invocation was handed over: the process is stopped from here
                self.close_connection = True
                return
            times["next"] = time.monotonic_ns()
            deadline = int(time.time() * 1000) + 10_000
            self.reply(200, EVENT, [
                ("Content-Type", "application/json"),
                ("Lambda-Runtime-Aws-Request-Id", REQUEST_ID),
                ("Lambda-Runtime-Deadline-Ms", str(deadline)),
                ("Lambda-Runtime-Invoked-Function-Arn",
                 "arn:aws:lambda:us-east-1:123456789012:function:ScoreFunction:live"),
                ("Lambda-Runtime-Trace-Id", TRACE),
            ])
        else:
            self.reply(404)

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.path == PREFIX + "invocation/" + REQUEST_ID + "/response":
            times["response"] = time.monotonic_ns()
            outcome["response"] = body
        else:  # init/error, invocation/<id>/error
            outcome["error"] = self.path + " " + body.decode("utf-8", "replace")
        self.reply(202, b'{"status":"OK"}', [("Content-Type", "application/json")])
        done.set()


class Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # a connection the stopped process left open: nothing to report


server = Server(("127.0.0.1", 0), RuntimeApi)
server.daemon_threads = True
threading.Thread(target=server.serve_forever, daemon=True).start()
env = dict(os.environ, AWS_LAMBDA_RUNTIME_API="127.0.0.1:%d" % server.server_address[1])
t0 = time.monotonic_ns()
# RUNTIME_OUTPUT=FILE keeps the process's stdout and stderr there instead (to look at a run; not for timing).
out = open(os.environ["RUNTIME_OUTPUT"], "wb") if os.environ.get("RUNTIME_OUTPUT") else subprocess.DEVNULL
p = subprocess.Popen(sys.argv[2:], env=env, stdout=out, stderr=out)
while not done.wait(0.05):
    if p.poll() is not None or time.monotonic_ns() - t0 > 120e9:
        break
usage = None
if p.returncode is None:
    p.kill()
    _, _, usage = os.wait4(p.pid, 0)
cmd = " ".join(sys.argv[2:])
if "error" in outcome:
    sys.exit("failed (%s): %s" % (outcome["error"][:500], cmd))
if "response" not in outcome:
    sys.exit("failed (exit %s, no response): %s" % (p.returncode, cmd))
status = json.loads(outcome["response"]).get("statusCode")
if status != 200:
    sys.exit("failed (statusCode %s): %s" % (status, cmd))
print((times["next"] - t0) // 1_000_000, (times["response"] - t0) // 1_000_000,
      round((usage.ru_utime + usage.ru_stime) * 1000))
