#!/usr/bin/env python3
"""ptydrive.py - run a TUI in a pseudo-terminal and measure it (benchmark).

  ptydrive.py start [options] -- CMD [ARG...]
      Start CMD in a 120x40 pty, wait for its first frame, send 'q', wait
      for it to exit.  Prints JSON: first_output_ms (first byte on the
      terminal), frame_ms (last byte of the first frame: the output has
      reached --min-frame-bytes and then stayed quiet for --quiet-ms),
      frame_bytes, quit_ms (from 'q' to exit), cpu_ms (from wait4),
      hwm_kb (peak resident set since exec, VmHWM, read before 'q') and
      cursor_keys_at_text: the cursor keys' mode (DECCKM: "application"
      or "normal") the output had set when it first wrote --text.

  ptydrive.py open --open 'NAME|NAME...' [options] -- CMD [ARG...]
      After the first frame, open each named guide in turn (filter the
      list for it, Enter, the reader opened, its end shown, closed), then
      print hwm_kb (VmHWM, the peak) and rss_kb (VmRSS, resident at the
      end) as `start` does.

  ptydrive.py keys [options] -- CMD [ARG...]
      After the first frame, play each scenario of --scenarios (filter,
      move, follow, form; form types into the guide --form-guide finds)
      with --keys keystrokes (follow: a fifth of them),
      waiting after each key until the terminal output is quiet (follow:
      --rest-quiet-ms, so that the guide under the cursor has opened).  For each scenario prints the CPU time the
      process spent per key (from /proc/PID/schedstat, in nanoseconds; all
      threads) and the bytes it wrote to the terminal per key: mean, 95th
      percentile and maximum; and the write() calls it made per key
      (/proc/PID/io syscw: the terminal's, and a save's when one falls
      in the key).

      --same-cpu runs CMD and this driver on one CPU.  On this
      project's virtual machine, a write of CMD's that wakes the driver
      on a halted CPU can cost CMD about 3 ms of system time (the
      host's wake-up of that CPU, charged to the writer; not CMD's own
      work).  --wake-cpus keeps the other CPUs from halting while it
      runs (a process on each wakes every half millisecond): on one CPU,
      CMD's writes can still wake another (the kernel's pty worker, as
      perf's queue_work_on suggests), and slow keys came in one run of
      six; in none of twelve with the other CPU kept awake.

      --callgrind-out FILE, with CMD run under `valgrind --tool=callgrind
      --instr-atstart=no --callgrind-out-file=FILE`, also counts each
      scenario's measured keys in instructions: instrumentation is
      turned on after the first frame, the counts are zeroed before the
      keys and dumped after them (callgrind_control).  Instructions are
      what the host cannot disturb: they tell a cost that depends on the
      library's size from noise.

Exit status 0 when the program behaved (drew, answered, quit), 1 when it
did not (crashed, hung, exited early), 2 on bad usage.  Standard library
only; Linux only (/proc).
"""

import argparse
import fcntl
import json
import os
import select
import signal
import struct
import subprocess
import sys
import shutil
import tempfile
import termios
import time

ESC = "\x1b"
BACKSPACE = "\x7f"
ENTER = "\r"


HEAD_BYTES = 1 << 20
# DECCKM, the cursor keys' mode, as xterm's smkx and rmkx set it: on, the
# terminal sends Down as ESC O B (what xterm's terminfo names); off, as
# ESC [ B.
CURSOR_KEYS_ON = b"\x1b[?1h"
CURSOR_KEYS_OFF = b"\x1b[?1l"


def cursor_keys_before(head, text):
    """The cursor keys' mode the output had set when it first wrote
    TEXT: "application", "normal" (or never set), or None when TEXT is
    not in it."""
    at = head.find(text.encode())
    if at < 0:
        return None
    on, off = head.rfind(CURSOR_KEYS_ON, 0, at), head.rfind(CURSOR_KEYS_OFF, 0, at)
    return "application" if on > off else "normal"


class Failure(Exception):
    pass


class Pty:
    """A child process on a pseudo-terminal, and everything it writes."""

    def __init__(self, argv, cols, rows, env):
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ,
                    struct.pack("HHHH", rows, cols, 0, 0))
        err = open(os.devnull if env.get("PTYDRIVE_STDERR") is None
                   else env["PTYDRIVE_STDERR"], "wb")
        self.t0 = time.perf_counter()
        pid = os.fork()
        if pid == 0:  # child
            try:
                os.close(master)
                os.setsid()
                fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
                os.dup2(slave, 0)
                os.dup2(slave, 1)
                os.dup2(err.fileno(), 2)
                if slave > 2:
                    os.close(slave)
                os.execvpe(argv[0], argv, env)
            except OSError as e:
                os.write(2, ("ptydrive: %s: %s\n" % (argv[0], e)).encode())
            os._exit(127)
        os.close(slave)
        err.close()
        self.pid = pid
        self.master = master
        self.total = 0
        self.head = b""     # the first HEAD_BYTES of the output
        self.first_byte = None
        self.last_byte = None
        self.status = None
        self.rusage = None
        self.eof = False
        self.closed = False

    def close(self):
        if not self.closed:
            os.close(self.master)
            self.closed = True

    def read_for(self, seconds, first_only=False):
        """Read whatever arrives within `seconds` (with first_only, stop
        at the first chunk); returns the number of bytes read."""
        got = 0
        end = time.perf_counter() + seconds
        while not self.eof:
            left = end - time.perf_counter()
            if left <= 0:
                break
            r, _, _ = select.select([self.master], [], [], left)
            if not r:
                break
            try:
                data = os.read(self.master, 65536)
            except OSError:  # EIO: the child closed the terminal
                data = b""
            if not data:
                self.eof = True
                break
            now = time.perf_counter()
            if self.first_byte is None:
                self.first_byte = now
            self.last_byte = now
            if len(self.head) < HEAD_BYTES:
                self.head += data[:HEAD_BYTES - len(self.head)]
            self.total += len(data)
            got += len(data)
            if first_only:
                break
        return got

    def drain(self, first_wait, quiet):
        """After a key: wait up to first_wait for output to start, then
        read until none has come for `quiet` seconds."""
        got = self.read_for(first_wait, first_only=True)
        if got:
            while True:
                n = self.read_for(quiet)
                if not n:
                    break
                got += n
        return got

    def wait_frame(self, min_bytes, quiet, timeout):
        """Wait for the first frame: at least min_bytes written, then a
        quiet spell.  Returns the time of the frame's last byte."""
        end = time.perf_counter() + timeout
        while time.perf_counter() < end and not self.eof:
            n = self.read_for(quiet)
            if not n and self.total >= min_bytes:
                return self.last_byte
        if self.eof:
            raise Failure("the program exited before drawing a frame "
                          "(%d bytes written)" % self.total)
        raise Failure("no frame within %.0f s (%d bytes written)"
                      % (timeout, self.total))

    def send(self, keys):
        os.write(self.master, keys.encode())

    def cpu_ns(self):
        """CPU time of all the child's threads so far, in nanoseconds."""
        total = 0
        try:
            for tid in os.listdir("/proc/%d/task" % self.pid):
                with open("/proc/%d/task/%s/schedstat" % (self.pid, tid)) as f:
                    total += int(f.read().split()[0])
        except (OSError, ValueError, IndexError):
            raise Failure("cannot read /proc/%d/task/*/schedstat" % self.pid)
        return total

    def write_calls(self):
        """write() system calls the child made so far (/proc/PID/io
        syscw): a frame that goes out in one write is one."""
        try:
            with open("/proc/%d/io" % self.pid) as f:
                for line in f:
                    if line.startswith("syscw:"):
                        return int(line.split()[1])
        except (OSError, ValueError, IndexError):
            pass
        raise Failure("cannot read syscw from /proc/%d/io" % self.pid)

    def peak_rss_kb(self):
        """VmHWM: the peak resident set since exec (wait4's ru_maxrss
        also counts the forked Python before exec)."""
        try:
            with open("/proc/%d/status" % self.pid) as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1])
        except (OSError, ValueError, IndexError):
            pass
        raise Failure("cannot read VmHWM from /proc/%d/status" % self.pid)

    def rss_kb(self):
        """VmRSS: what is resident now."""
        try:
            with open("/proc/%d/status" % self.pid) as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1])
        except (OSError, ValueError, IndexError):
            pass
        raise Failure("cannot read VmRSS from /proc/%d/status" % self.pid)

    def alive(self):
        if self.status is not None:
            return False
        pid, status, ru = os.wait4(self.pid, os.WNOHANG)
        if pid == 0:
            return True
        self.status, self.rusage = status, ru
        return False

    def wait_exit(self, timeout):
        end = time.perf_counter() + timeout
        while self.alive():
            self.read_for(0.01)
            if time.perf_counter() > end:
                self.kill()
                raise Failure("the program did not exit within %.0f s" % timeout)
        return time.perf_counter()

    def kill(self):
        if self.status is None:
            for sig in (signal.SIGTERM, signal.SIGKILL):
                try:
                    os.kill(self.pid, sig)
                except ProcessLookupError:
                    break
                time.sleep(0.2)
                if not self.alive():
                    break
            if self.status is None:
                _, self.status, self.rusage = os.wait4(self.pid, 0)
        self.close()

    def exit_code(self):
        if os.WIFEXITED(self.status):
            return os.WEXITSTATUS(self.status)
        return 128 + os.WTERMSIG(self.status)


def ms(seconds):
    return round(seconds * 1000.0, 3)


def percentile(values, p):
    s = sorted(values)
    if not s:
        return 0
    k = min(len(s) - 1, max(0, int(round(p / 100.0 * (len(s) - 1)))))
    return s[k]


# --- scenarios ----------------------------------------------------------------
#
# Each is (keys to get there, keys measured, keys to leave).  Only the
# middle part is measured; the others are sent one at a time and drained.
# The key bindings follow `negotiator keys` (src/tui/actions.h).

FILTER_WORDS = ["eng", "lon", "data", "zur", "senior", "ml", "tok", "pay"]
FORM_NUMBERS = ["185000", "212500", "97000", "1250000"]


def typed_and_erased(words, k):
    """Type each word a letter at a time, then erase it: k keys in all."""
    keys = []
    while len(keys) < k:
        for w in words:
            keys.extend(w)
            keys.extend(BACKSPACE * len(w))
    return keys[:k]


def scenario(name, k, guide=""):
    if name == "filter":
        # '/' opens the filter prompt on the guide list; Esc clears it.
        return ["/"], typed_and_erased(FILTER_WORDS, k), [ESC]
    if name == "move":
        down = ["j"] * (k // 2)
        return [], down + ["k"] * (k - len(down)), []
    if name == "follow":
        # Each key rests on a guide until its panes have followed (the
        # guide opened once the keys rest): the cost of one look.
        n = max(2, k // 5)
        down = ["j"] * (n // 2)
        return [], down + ["k"] * (n - len(down)), []
    if name == "form":
        # Enter opens the guide under the cursor (focus on its bands);
        # 'o' goes to the offer form, on its base field; Esc leaves the
        # form and 'g' goes back to the guide list.  With a guide
        # given, the filter finds it first (its Enter opens it), so that
        # every library size types into the same guide.
        find = ["/"] + list(guide) if guide else []
        return (find + [ENTER, "o"], typed_and_erased(FORM_NUMBERS, k),
                [ESC, "g"])
    raise Failure("unknown scenario %r" % name)


def key_wait(key, opts):
    # ncurses waits ESCDELAY after a lone Esc to tell it from a sequence.
    return opts.esc_wait if key == ESC else opts.first_wait


def play(p, keys, opts):
    for key in keys:
        p.send(key)
        p.drain(key_wait(key, opts), opts.key_quiet)
        if not p.alive():
            raise Failure("the program exited after key %r" % key)


def run_keys(p, opts):
    results = {}
    for name in opts.scenarios.split(","):
        setup, measured, teardown = scenario(name, opts.keys, opts.form_guide)
        play(p, setup, opts)
        cpu, out, writes = [], [], []
        quiet = opts.rest_quiet if name == "follow" else opts.key_quiet
        if opts.callgrind_out:
            callgrind_control(p, "--zero")
        for key in measured:
            c0, w0 = p.cpu_ns(), p.write_calls()
            p.send(key)
            n = p.drain(key_wait(key, opts), quiet)
            if not p.alive():
                raise Failure("the program exited during %s, key %r" % (name, key))
            cpu.append(p.cpu_ns() - c0)
            writes.append(p.write_calls() - w0)
            out.append(n)
        instructions = (callgrind_dump(p, opts.callgrind_out)
                        if opts.callgrind_out else None)
        play(p, teardown, opts)
        k = len(measured)
        results[name] = {
            "keys": k,
            "cpu_us_mean": round(sum(cpu) / k / 1000.0, 2),
            "cpu_us_p95": round(percentile(cpu, 95) / 1000.0, 2),
            "cpu_us_max": round(max(cpu) / 1000.0, 2),
            "bytes_mean": round(sum(out) / float(k), 1),
            "bytes_p95": percentile(out, 95),
            "bytes_max": max(out),
            "writes_mean": round(sum(writes) / float(k), 2),
            "writes_p95": percentile(writes, 95),
            "writes_max": max(writes),
        }
        if instructions is not None:
            results[name]["instructions"] = instructions
            results[name]["instructions_per_key"] = round(instructions / float(k))
    return results


def callgrind_control(p, *args):
    """Send a command to the callgrind run of p; it answers within a
    second or two (vgdb stops the process to deliver it)."""
    r = subprocess.run(["callgrind_control"] + list(args) + [str(p.pid)],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if r.returncode != 0 or b"OK" not in r.stdout:
        raise Failure("callgrind_control %s: %s"
                      % (" ".join(args), r.stdout.decode(errors="replace").strip()))


def callgrind_total(path):
    """The total instructions of a callgrind profile; None when it has
    none or cannot be read (bench.py reads its profiles with it too)."""
    try:
        with open(path) as f:
            for line in f:
                if line.startswith(("summary:", "totals:")):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def callgrind_dump(p, out):
    """Dump the counts since the last zero; their total instructions.
    Callgrind names the dumps OUT.1, OUT.2 and so on."""
    callgrind_control(p, "--dump")
    p.dumps = getattr(p, "dumps", 0) + 1
    path = "%s.%d" % (out, p.dumps)
    total = callgrind_total(path)
    if total is None:
        raise Failure("callgrind dump %s has no total" % path)
    return total


def run_open(p, opts):
    """Open each guide of --open in turn: filter the list for it, open
    it, open the reader, go to its end, close the reader."""
    for name in [n for n in opts.open.split("|") if n]:
        p.send("g")
        p.drain(opts.first_wait, opts.key_quiet)
        p.send(ESC)
        p.drain(opts.esc_wait, opts.key_quiet)
        play(p, ["/"] + list(name), opts)
        for key in (ENTER, "r", "G", "r"):
            p.send(key)
            # Opening a big guide takes a while: wait for its update.
            p.drain(opts.open_wait, opts.quiet_ms / 1000.0)
            if not p.alive():
                raise Failure("the program exited opening %r" % name)


def main(argv):
    ap = argparse.ArgumentParser(prog="ptydrive.py")
    ap.add_argument("mode", choices=["start", "keys", "open"])
    ap.add_argument("--open", default="",
                    help="open: the guides to open, by company, '|' between")
    ap.add_argument("--open-wait-ms", type=float, default=5000.0,
                    help="open: how long opening a guide may take to show")
    ap.add_argument("--text", default="Guides",
                    help="start: a text of the first frame; prints the "
                    "cursor keys' mode the output had set before it")
    ap.add_argument("--cols", type=int, default=120)
    ap.add_argument("--rows", type=int, default=40)
    ap.add_argument("--timeout", type=float, default=30.0,
                    help="seconds to wait for the first frame and for exit")
    ap.add_argument("--min-frame-bytes", type=int, default=512)
    ap.add_argument("--quiet-ms", type=float, default=100.0,
                    help="silence that ends the first frame")
    ap.add_argument("--keys", type=int, default=200)
    ap.add_argument("--scenarios", default="filter,move,follow,form")
    ap.add_argument("--form-guide", default="",
                    help="form: the filter that finds the guide to type "
                    "into (its company and role, a space between); "
                    "default: the first of the list")
    ap.add_argument("--rest-quiet-ms", type=float, default=250.0,
                    help="follow: silence that ends a key's update, past "
                    "the TUI's rest before it opens the guide (60 ms)")
    ap.add_argument("--first-wait-ms", type=float, default=150.0,
                    help="how long a key may take to start its update")
    ap.add_argument("--key-quiet-ms", type=float, default=15.0,
                    help="silence that ends a key's update")
    ap.add_argument("--esc-wait-ms", type=float, default=1500.0)
    ap.add_argument("--same-cpu", action="store_true",
                    help="run CMD and this driver on one CPU")
    ap.add_argument("--wake-cpus", action="store_true",
                    help="keep the other CPUs from sleeping")
    ap.add_argument("--callgrind-out", default="",
                    help="keys: CMD runs under callgrind with this "
                    "--callgrind-out-file; count each scenario's keys")
    if "--" not in argv or argv.index("--") == len(argv) - 1:
        ap.error("no command given (put it after --)")
    cut = argv.index("--")
    opts = ap.parse_args(argv[:cut])
    cmd = argv[cut + 1:]
    opts.first_wait = opts.first_wait_ms / 1000.0
    opts.key_quiet = opts.key_quiet_ms / 1000.0
    opts.rest_quiet = opts.rest_quiet_ms / 1000.0
    opts.esc_wait = opts.esc_wait_ms / 1000.0
    opts.open_wait = opts.open_wait_ms / 1000.0

    env = dict(os.environ)
    env.setdefault("TERM", "xterm-256color")
    env.setdefault("LANG", "C.UTF-8")
    env.pop("COLUMNS", None)
    env.pop("LINES", None)
    # Saved negotiations (typed into the form) go to a throw-away folder,
    # never into the user's own state.
    state = tempfile.mkdtemp(prefix="negotiator-bench-state-")
    env["XDG_STATE_HOME"] = state

    out = {"cmd": cmd}
    if opts.same_cpu:
        # The child inherits the driver's CPU.
        cpu = max(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        out["cpu"] = cpu
    wakers = start_wakers() if opts.wake_cpus else []
    try:
        return run(opts, cmd, env, state, out)
    finally:
        for pid in wakers:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)


def start_wakers():
    """One process on each CPU but this one, asleep but for a wake-up
    every half millisecond: a CPU that runs is not halted, and waking
    one that is halted costs the waker milliseconds on a virtual machine."""
    mine = os.sched_getaffinity(0)
    pids = []
    for cpu in sorted(set(range(os.cpu_count() or 1)) - mine):
        pid = os.fork()
        if pid == 0:
            try:
                os.sched_setaffinity(0, {cpu})
                while True:
                    time.sleep(0.0005)
            finally:
                os._exit(0)
        pids.append(pid)
    return pids


def run(opts, cmd, env, state, out):
    p = Pty(cmd, opts.cols, opts.rows, env)
    try:
        t_frame = p.wait_frame(opts.min_frame_bytes, opts.quiet_ms / 1000.0,
                               opts.timeout)
        out["first_output_ms"] = ms(p.first_byte - p.t0)
        out["frame_ms"] = ms(t_frame - p.t0)
        out["frame_bytes"] = p.total
        out["cursor_keys_at_text"] = cursor_keys_before(p.head, opts.text)
        if opts.mode == "keys":
            if opts.callgrind_out:
                callgrind_control(p, "--instr=on")
            out["scenarios"] = run_keys(p, opts)
        if opts.mode == "open":
            run_open(p, opts)
            out["rss_kb"] = p.rss_kb()
        out["hwm_kb"] = p.peak_rss_kb()
        t_quit = time.perf_counter()
        p.send("q")
        t_exit = p.wait_exit(opts.timeout)
        out["quit_ms"] = ms(t_exit - t_quit)
        ru = p.rusage
        out["cpu_ms"] = ms(ru.ru_utime + ru.ru_stime)
        out["maxrss_kb"] = ru.ru_maxrss
        out["exit"] = p.exit_code()
    except Failure as e:
        p.kill()
        out["error"] = str(e)
        out["exit"] = p.exit_code()
        print(json.dumps(out))
        shutil.rmtree(state, ignore_errors=True)
        return 1
    p.close()
    shutil.rmtree(state, ignore_errors=True)
    print(json.dumps(out))
    return 0 if out["exit"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
