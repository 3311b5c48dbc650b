#!/usr/bin/env python3
"""Load test of `newslint serve`: many concurrent clients checking one article.

  python3 Benchmarks/service/load.py [--connections 50] [--seconds 10]

Builds newslint in release mode, starts `newslint serve` on a free loopback
port, and drives it from a second process with wrk (Debian's `wrk`, installed
with apt-get when missing): --connections clients, each sending POST
/v1/check with the sample article (Fixtures/vna-wire-sample.txt) as soon as
its last answer came, for --seconds seconds. Prints requests per second and
the latency percentiles wrk measured, and checks that every answer was 200.

The server keeps its answers to requests repeated byte for byte (a CMS
re-checking a saved story), so the same article again and again measures
that path; --no-cache (the server's --cache-entries 0) measures linting
every request, and --distinct N rotates over N articles of ../shared/corpus.
Results are appended to Benchmarks/service/RESULTS.md.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BINARY = os.path.join(ROOT, ".build", "release", "newslint")

LUA = """
local bodies = {}
local index = 0
for line in io.lines("%(bodies)s") do bodies[#bodies + 1] = line end
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  index = index %% #bodies + 1
  return wrk.format(nil, "/v1/check", nil, bodies[index])
end
local failures = 0
response = function(status, headers, body)
  if status ~= 200 then failures = failures + 1 end
end
done = function(summary, latency, requests)
  io.write(string.format("non-200: %%d\\n", summary.errors.status))
  for _, p in pairs({50, 90, 99}) do
    io.write(string.format("p%%g: %%.3f\\n", p, latency:percentile(p) / 1000))
  end
end
"""


def ensure_wrk():
    if shutil.which("wrk"):
        return
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    subprocess.run(sudo + ["apt-get", "install", "-y", "-qq", "wrk"], check=True)


def article_bodies(args):
    if args.distinct:
        sys.path.insert(0, os.path.join(ROOT, "Benchmarks"))
        import corpus
        texts = corpus.load_articles(corpus.DEFAULT)[: args.distinct]
    else:
        with open(args.article, encoding="utf-8") as handle:
            texts = [handle.read()]
    return [json.dumps({"text": text}) for text in texts]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--threads", type=int, default=1, help="wrk's threads")
    parser.add_argument("--article", default=os.path.join(ROOT, "Fixtures", "vna-wire-sample.txt"))
    parser.add_argument("--distinct", type=int, default=0, help="rotate over this many corpus articles")
    parser.add_argument("--no-build", action="store_true")
    parser.add_argument("--no-cache", action="store_true", help="serve with --cache-entries 0")
    args = parser.parse_args()
    ensure_wrk()
    if not args.no_build:
        for product in ("newslint", "newslint-server"):
            subprocess.run(["swift", "build", "-c", "release", "--static-swift-stdlib", "--product", product],
                           cwd=ROOT, check=True)
    work = tempfile.mkdtemp(prefix="newslint-load-")
    bodies = os.path.join(work, "bodies.ndjson")
    with open(bodies, "w", encoding="utf-8") as handle:
        handle.write("\n".join(article_bodies(args)) + "\n")
    script = os.path.join(work, "check.lua")
    with open(script, "w", encoding="utf-8") as handle:
        handle.write(LUA % {"bodies": bodies})
    server = subprocess.Popen([BINARY, "serve", "--port", "0", "--queue", "1024"]
                              + (["--cache-entries", "0"] if args.no_cache else []),
                              stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    try:
        port = None
        for line in server.stderr:
            found = re.search(r"listening on http://[^:]+:(\d+)", line)
            if found:
                port = int(found.group(1))
                break
        if port is None:
            sys.exit("the server did not start")
        url = f"http://127.0.0.1:{port}"
        # Warm-up: the first requests page the dictionaries in.
        subprocess.run(["wrk", "-t1", "-c2", "-d2s", "-s", script, url], check=True, capture_output=True)
        result = subprocess.run(["wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{args.seconds}s",
                                 "-s", script, url], check=True, capture_output=True, text=True)
        output = result.stdout
        rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
        numbers = dict(re.findall(r"^(p[\d.]+|non-200): ([\d.]+)", output, re.MULTILINE))
        distinct = len(open(bodies).readlines())
        setting = f"{distinct} distinct article{'s' if distinct > 1 else ''}, cache {'off' if args.no_cache else 'on'}"
        print(f"{args.connections} connections, {args.seconds} s, {setting}; "
              f"{os.cpu_count()} cores shared by server and wrk")
        print(f"requests/s: {rate:.0f}")
        for name, value in numbers.items():
            print(f"{name}: {value}")
        results = os.path.join(ROOT, "Benchmarks", "service", "RESULTS.md")
        if not os.path.exists(results):
            with open(results, "w", encoding="utf-8") as handle:
                handle.write("# newslint serve under load\n\n`python3 Benchmarks/service/load.py` (wrk on loopback, "
                             "the same 2 cores as the server). Latency in ms.\n\n"
                             "| date | clients | bodies | requests/s | p50 | p90 | p99 | non-200 |\n"
                             "|---|---:|---|---:|---:|---:|---:|---:|\n")
        with open(results, "a", encoding="utf-8") as handle:
            handle.write(f"| {time.strftime('%Y-%m-%d')} | {args.connections} | {setting} | {rate:.0f} | "
                         f"{float(numbers['p50']):.2f} | {float(numbers['p90']):.2f} | {float(numbers['p99']):.2f} | "
                         f"{numbers['non-200']} |\n")
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
