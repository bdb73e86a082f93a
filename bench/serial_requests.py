#!/usr/bin/env python3
"""Asks a running server for each path of a file once, one request at a time
on one kept-alive connection (bench/bench_serve.sh), and prints the latency
percentiles and the server's CPU time (user+sys from /proc) per request: what
one request costs when nothing else queues in front of it.

Usage: bench/serial_requests.py BASE_URL PATHS_FILE SERVER_PID [COUNT]
"""
import http.client
import os
import sys
import time
import urllib.parse


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    base, paths_file, pid = sys.argv[1], sys.argv[2], int(sys.argv[3])
    paths = [p for p in open(paths_file).read().split("\n") if p]
    if len(sys.argv) > 4:
        paths = paths[: int(sys.argv[4])]
    url = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port)
    times = []
    cpu0 = cpu_seconds(pid)
    for p in paths:
        t0 = time.perf_counter()
        conn.request("GET", p)
        resp = conn.getresponse()
        resp.read()
        times.append((time.perf_counter() - t0) * 1000)
        if resp.status != 200:
            print(f"  {resp.status} for {p}", file=sys.stderr)
    cpu = (cpu_seconds(pid) - cpu0) * 1000 / len(paths)
    times.sort()
    pct = lambda q: times[min(len(times) - 1, int(q * len(times)))]
    print(f"  {len(paths)} requests one at a time: p50 {pct(0.5):.1f} ms, p90 {pct(0.9):.1f} ms, "
          f"p99 {pct(0.99):.1f} ms, max {times[-1]:.1f} ms; server CPU {cpu:.2f} ms/request (user+sys)")


if __name__ == "__main__":
    main()
