#!/usr/bin/env python3
"""Runs a command and prints two times in ms from its start: its first answer on stdout, and its exit.

Usage: first_answer.py REGEX CMD [ARGS...]   (the answer is the first stdout line that REGEX matches)
Exits non-zero, naming the command, when it fails or never answers.
With CPU_TIME=1 in the environment it prints a third figure: the CPU time (user + system, all threads) the process used
in all, in ms, which a loaded machine inflates far less than the wall-clock times.
"""
import os
import re
import subprocess
import sys
import time

pattern = re.compile(sys.argv[1])
t0 = time.monotonic_ns()
p = subprocess.Popen(sys.argv[2:], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
answer = None
for line in p.stdout:
    if answer is None and pattern.search(line):
        answer = time.monotonic_ns()
_, status, usage = os.wait4(p.pid, 0)
end = time.monotonic_ns()
code = os.waitstatus_to_exitcode(status)
if code != 0 or answer is None:
    sys.exit("failed (exit %d, answered: %s): %s" % (code, answer is not None, " ".join(sys.argv[2:])))
cpu = " %d" % round((usage.ru_utime + usage.ru_stime) * 1000) if os.environ.get("CPU_TIME") == "1" else ""
print("%d %d%s" % ((answer - t0) // 1_000_000, (end - t0) // 1_000_000, cpu))
