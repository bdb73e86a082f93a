#!/usr/bin/env bash
# Temporal tagging throughput: Parallax vs chrono-node on the same news texts,
# in the same run. Usage: bench/time_vs_chrono.sh [N_ARTICLES] [BUILD_DIR]
# Texts: the first N articles (default 2000) of the AllSides news corpus,
# written as plain-text files to a temporary folder (deleted on exit).
#
# Three ratios are printed, because the machine is shared and wall clock alone
# depends on what else runs:
#   wall     tagging/parsing wall time as each program reports it;
#   cpu      user+sys CPU time of each whole process (getrusage of the child),
#            Parallax per pass (bench_time repeats the pass), chrono-node for
#            its single pass including node start-up and reading the files;
#   cpu-net  CPU spent on the texts: bench_time's own per-pass CPU, and
#            chrono-node's process CPU minus that of chrono.js on no file
#            (node start-up and loading the library).
set -euo pipefail
n="${1:-2000}"
build="${2:-build}"
here="$(cd "$(dirname "$0")/.." && pwd)"
corpus="$here/../shared/data/allsides-news/allsides-news.jsonl.gz"
peers="$(bash "$here/../shared/peers/setup.sh")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$corpus" "$work" "$n" <<'PY'
import gzip, json, sys, os
corpus, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
with gzip.open(corpus, 'rt', encoding='utf-8') as f:
    for i, line in enumerate(f):
        if i >= n:
            break
        doc = json.loads(line)
        with open(os.path.join(out, f"{i:06d}.txt"), 'w', encoding='utf-8') as o:
            o.write(doc.get('title', '') + '\n\n' + doc.get('text', ''))
PY
echo "load before: $(uptime)"
python3 - "$build/bench/bench_time" "$peers/chrono.js" "$work" <<'PY'
import os, resource, subprocess, sys
ours_bin, chrono_js, work = sys.argv[1], sys.argv[2], sys.argv[3]
files = sorted(os.path.join(work, f) for f in os.listdir(work) if f.endswith('.txt'))
dct = '2023-07-06'

def run(cmd):
    """Runs cmd; returns (stdout, stderr, user+sys CPU seconds of the child)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return p.stdout, p.stderr, cpu

def fields(line):
    return {k: v for k, v in (p.split('=', 1) for p in line.split() if '=' in p)}

ours_out, _, ours_cpu = run([ours_bin, dct] + files)
ours_line = next(l for l in ours_out.splitlines() if l.startswith('parallax-time'))
_, chrono_err, chrono_cpu = run(['node', chrono_js, dct] + files)
chrono_line = next(l for l in chrono_err.splitlines() if l.startswith('chrono-node'))
_, _, chrono_idle_cpu = run(['node', chrono_js, dct])  # start-up: no file
print(ours_line)
print(chrono_line)
a, b = fields(ours_line), fields(chrono_line)
size = int(a['bytes'])
passes = int(a['passes'])
ours_start = float(a['setup_cpu'])
ours_wall = size / float(a['seconds']) / 1e6
theirs_wall = int(b['bytes']) / float(b['seconds']) / 1e6
ours_proc = ours_cpu / passes  # per pass, start-up spread over the passes
ours_net = max(1e-9, float(a['cpu_seconds']))
theirs_net = max(1e-9, chrono_cpu - chrono_idle_cpu)
print(f"cpu: parallax {ours_cpu:.2f} s user+sys for {passes} passes ({ours_proc:.3f} s/pass, "
      f"start-up {ours_start:.3f} s), chrono-node {chrono_cpu:.2f} s (start-up {chrono_idle_cpu:.2f} s)")
print(f"parallax {ours_wall:.1f} MB/s, chrono-node {theirs_wall:.2f} MB/s, ratio {ours_wall / theirs_wall:.1f}x "
      f"wall (same {a['files']} files, {a['bytes']} bytes)")
print(f"parallax {size / ours_proc / 1e6:.1f} MB/s, chrono-node {size / chrono_cpu / 1e6:.2f} MB/s per CPU "
      f"second, ratio {chrono_cpu / ours_proc:.1f}x cpu (whole processes)")
print(f"parallax {size / ours_net / 1e6:.1f} MB/s, chrono-node {size / theirs_net / 1e6:.2f} MB/s per CPU "
      f"second, ratio {theirs_net / ours_net:.1f}x cpu-net (start-up removed)")
PY
echo "load after: $(uptime)"
