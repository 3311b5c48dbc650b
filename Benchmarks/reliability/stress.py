#!/usr/bin/env python3
"""Bad and extreme inputs through the release binary, checking that newslint
answers clearly and never loses data. Prints one line a case and a summary.

  python3 Benchmarks/reliability/stress.py

Cases: a 50 MB file of one line, a 200 MB file (time and peak memory), a
1 GB file (refused by the size limit), 300 nested directories, a symbolic
link loop, an unreadable file (run as an unprivileged user when root), a
read-only file, an empty file, and a full disk during `fix --in-place`
(a 1 MiB tmpfs, when mounting is allowed). Builds with `swift build -c release --static-swift-stdlib`.
"""
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BINARY = os.path.join(ROOT, ".build", "release", "newslint")
results = []


def run(arguments, user=None):
    command = ["/usr/bin/time", "-f", "%e %M", BINARY] + arguments
    if user is not None:
        command = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups"] + command
    process = subprocess.run(command, capture_output=True)
    timing = process.stderr.decode(errors="replace").strip().splitlines()[-1].split()
    seconds, kilobytes = float(timing[0]), int(timing[1])
    stderr = "\n".join(process.stderr.decode(errors="replace").strip().splitlines()[:-1])
    return process.returncode, seconds, kilobytes // 1024, stderr


def record(name, ok, detail):
    results.append(ok)
    print(f"{'PASS' if ok else 'FAIL'}  {name}: {detail}")


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def main():
    subprocess.run(["swift", "build", "-c", "release", "--static-swift-stdlib", "--product", "newslint"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    work = tempfile.mkdtemp(prefix="newslint-stress-")
    try:
        sentence = "Minister Bui Thanh Son discussed the conflictin Ukraine,the official said. "
        one_line = os.path.join(work, "one-line.txt")
        with open(one_line, "w") as f:
            f.write(sentence * (50_000_000 // len(sentence)))
        code, seconds, mb, _ = run(["check", "--format", "json", one_line])
        record("50 MB, one line", code == 1, f"exit {code}, {seconds:.1f} s, peak {mb} MB")
        code, seconds, mb, _ = run(["fix", "--diff", one_line])
        record("50 MB, one line, fix --diff", code == 1, f"exit {code}, {seconds:.1f} s, peak {mb} MB")

        big = os.path.join(work, "big.txt")
        with open(big, "w") as f:
            f.write(open(one_line).read().replace(". ", ".\n") * 4)
        size = os.path.getsize(big) >> 20
        code, seconds, mb, _ = run(["check", "--max-file-size", "256", "--format", "json", big])
        record(f"{size} MB, many lines", code == 1, f"exit {code}, {seconds:.1f} s, peak {mb} MB "
               f"({mb / size:.1f} × the file)")

        huge = os.path.join(work, "huge.txt")
        with open(huge, "wb") as f:
            f.truncate(1 << 30)  # sparse: 1 GiB of NULs, but the size check comes first
        code, seconds, mb, err = run(["check", huge])
        record("1 GB file", code == 2 and "up to 64 MiB" in err, f"exit {code} in {seconds:.2f} s, peak {mb} MB: {err}")

        deep = work
        for level in range(300):
            deep = os.path.join(deep, "d")
        os.makedirs(deep)
        with open(os.path.join(deep, "story.txt"), "w") as f:
            f.write("the the end\n")
        code, seconds, _, _ = run(["check", os.path.join(work, "d")])
        record("300 nested directories", code == 1, f"exit {code}, {seconds:.2f} s")

        loop = os.path.join(work, "loop.txt")
        os.symlink(loop, loop)
        code, _, _, err = run(["check", loop])
        record("symbolic link loop", code == 2 and "loops or points nowhere" in err, f"exit {code}: {err}")

        secret = os.path.join(work, "secret.txt")
        with open(secret, "w") as f:
            f.write("a,b\n")
        os.chmod(secret, 0o000)
        os.chmod(work, 0o755)
        if os.getuid() == 0 and shutil.which("setpriv"):
            code, _, _, err = run(["check", secret], user=65534)
            record("unreadable file", code == 2 and "Permission denied" in err, f"exit {code}: {err}")

        locked = os.path.join(work, "locked.txt")
        with open(locked, "w") as f:
            f.write("a,b\n")
        os.chmod(locked, 0o444)
        before = digest(locked)
        code, _, _, err = run(["fix", "--in-place", locked])
        record("read-only file, fix --in-place", code == 2 and digest(locked) == before, f"exit {code}: {err}")

        empty = os.path.join(work, "empty.txt")
        open(empty, "w").close()
        code, _, _, _ = run(["fix", "--in-place", empty])
        record("empty file", code == 0 and os.path.getsize(empty) == 0, f"exit {code}")

        disk = os.path.join(work, "disk")
        os.makedirs(disk)
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", disk],
                                 capture_output=True).returncode == 0
        if mounted:
            try:
                story = os.path.join(disk, "story.txt")
                with open(story, "w") as f:
                    f.write("a,b " * (600_000 // 4))  # 600 KB: the fixed copy cannot fit beside it
                before = digest(story)
                code, _, _, err = run(["fix", "--in-place", story])
                left = sorted(os.listdir(disk))
                record("full disk, fix --in-place", code == 2 and digest(story) == before and left == ["story.txt"],
                       f"exit {code}, original intact, files left {left}: {err[:120]}")
            finally:
                subprocess.run(["umount", disk])
        else:
            print("SKIP  full disk: cannot mount a tmpfs here")
    finally:
        subprocess.run(["chmod", "-R", "u+rwX", work])
        shutil.rmtree(work, ignore_errors=True)
    print(f"{sum(results)} passed, {len(results) - sum(results)} failed")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
