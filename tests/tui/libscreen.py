"""tests/tui/libscreen.py - the eyes and hands of tests/tui/lib.sh.

One process for a whole test script, started by lib.sh: it holds a tmux
control-mode client (tmux -C) on the script's tmux server, and does there
what every check used to start three or four processes for (a tmux
client, grep, sleep, a subshell) and every wait for the program to be
idle a python3 start: read the screen, send keys, wait for a text, a
line, an idle program or a still screen.  On a machine where a process
start costs ~10 ms that was most of a TUI suite's CPU time.

Usage: python3 libscreen.py REQ RESP TRIES PID
REQ and RESP are FIFOs (lib.sh makes them); PID is the script's shell,
whose end ends this process too.  Each request is one line of
fields separated by US (0x1F): an operation and its arguments; the answer
is one line, "0" for yes/done and "1" for no/failed.  Operations:
  server SOCKET            the tmux server (tmux -L SOCKET) from now on
  screen PANE FILE         the screen of PANE (capture-pane -p) into FILE
  box PANE FILE            the lines inside the window drawn over the
                           panes (expect.sh's box_lines) into FILE
  wait PANE TEXT           poll until TEXT is on the screen
  boxwait PANE TEXT        poll until the window's lines, every space and
                           line break taken out, hold TEXT (without spaces)
  line PANE A B            poll until some line holds A and B
  idle PANE PIDFILE        wait until the program has read every key sent
  settle PANE PIDFILE      idle, then the same screen twice 0.1 s apart
  keys PANE ARG...         send-keys -t PANE ARG...
  quit
A wait polls every 0.05 s, TRIES times, as lib.sh's own loops did.
"""
import fcntl
import os
import select
import struct
import subprocess
import sys
import termios
import time

US = "\x1f"
POLL = 0.05


class Tmux:
    """A control-mode client of one tmux server, started when first needed."""

    def __init__(self):
        self.socket = None
        self.proc = None

    def use(self, socket):
        self.close()
        self.socket = socket

    def close(self):
        if self.proc is not None:
            try:
                self.proc.stdin.close()
            except OSError:
                pass
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
            self.proc = None

    def _connect(self):
        if self.socket is None:
            return False
        # ignore-size: this client does not change the window's size;
        # no-output: no %output notifications of what the pane shows.
        self.proc = subprocess.Popen(
            ["tmux", "-L", self.socket, "-f", "/dev/null", "-C",
             "attach-session", "-t", "main", "-f", "ignore-size,no-output"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL)
        # The attach command's own (empty) answer comes first.
        if self._answer() is None:
            self.close()
            return False
        return True

    def _answer(self):
        """The lines of the next %begin ... %end block, or None."""
        lines = None
        while True:
            raw = self.proc.stdout.readline()
            if not raw:
                return None
            if raw.startswith(b"%begin "):
                lines = []
            elif lines is not None and (raw.startswith(b"%end ") or
                                        raw.startswith(b"%error ")):
                if raw.startswith(b"%error "):
                    return None
                return b"".join(lines)
            elif lines is not None:
                lines.append(raw)
            # else: a notification between answers (%session-changed ...)

    def command(self, line):
        """Run one tmux command line; its output (bytes), or None."""
        for _ in range(2):
            if self.proc is None and not self._connect():
                return None
            try:
                self.proc.stdin.write(line.encode("utf-8", "surrogateescape")
                                      + b"\n")
                self.proc.stdin.flush()
                out = self._answer()
            except OSError:
                out = None
            if out is not None or self.proc.poll() is None:
                return out
            self.close()    # the server went away: try a new one once
        return None


def quote(arg):
    """ARG as one word of tmux's command language, taken literally."""
    return "'" + arg.replace("'", "'\\''") + "'"


tmux = Tmux()


def capture(pane):
    return tmux.command("capture-pane -p -t " + quote(pane))


def screen(pane):
    out = capture(pane)
    return None if out is None else out.decode("utf-8", "replace")


def box_lines(text):
    """The lines between the corners of the first line with both, up to
    the bottom corner; each trimmed, one a line."""
    left = right = None
    out = []
    for ln in text.split("\n"):
        if left is None:
            if "\u250c" in ln and "\u2510" in ln:
                left, right = ln.index("\u250c"), ln.index("\u2510")
            continue
        if ln[left:left + 1] == "\u2514":
            break
        out.append(ln[left + 1:right].strip())
    return "\n".join(out) + "\n"


def poll(tries, test):
    for i in range(tries):
        if test():
            return True
        if i + 1 < tries:
            time.sleep(POLL)
    return False


def has_text(pane, text):
    s = screen(pane)
    return s is not None and text in s


def has_line(pane, a, b):
    s = screen(pane)
    return s is not None and any(a in ln and b in ln for ln in s.split("\n"))


WAITS = ("poll", "select", "wait_woken", "n_tty_read")


def idle(pane, pidfile, tries):
    """lib.sh's idle: the terminal's input queue empty and the program
    asleep waiting for input, twice running 0.01 s apart, at the pane's
    size.  True at once when the program has ended."""
    info = tmux.command("display -p -t %s '#{pane_tty} #{pane_width} "
                        "#{pane_height}'" % quote(pane))
    try:
        with open(pidfile) as f:
            pid = f.read().strip()
        tty, cols, rows = info.decode().split()
    except (OSError, ValueError, AttributeError):
        return True
    try:
        fd = os.open(tty, os.O_RDONLY | os.O_NOCTTY | os.O_NONBLOCK)
    except OSError:
        return True
    try:
        quiet = 0
        for _ in range(tries * 5):
            queued = struct.unpack(
                "i", fcntl.ioctl(fd, termios.FIONREAD, b"\0" * 4))[0]
            # tmux sets the terminal's size a moment after resize-window
            # returns: not idle until it is the pane's (and the program
            # has had its SIGWINCH).
            size = struct.unpack(
                "HHHH", fcntl.ioctl(fd, termios.TIOCGWINSZ, b"\0" * 8))
            if (size[1], size[0]) != (int(cols), int(rows)):
                queued = -1
            try:
                with open("/proc/%s/stat" % pid) as f:
                    state = f.read().rsplit(")", 1)[1].split()[0]
                with open("/proc/%s/wchan" % pid) as f:
                    wchan = f.read()
            except (OSError, IndexError):
                return True
            if state in ("Z", "X"):
                return True
            # Asleep in poll or select, or in the terminal's read
            # (wait_woken): after a mouse report ncurses reads on,
            # blocking, for what follows.
            asleep = state == "S" and any(w in wchan for w in WAITS)
            quiet = quiet + 1 if queued == 0 and asleep else 0
            if quiet >= 2:
                return True
            time.sleep(0.01)
        return False
    finally:
        os.close(fd)


def settle(pane, pidfile, tries):
    """lib.sh's settle: idle, then the screen the same twice running."""
    idle(pane, pidfile, tries)
    prev = screen(pane)
    for _ in range(tries):
        time.sleep(0.1)
        cur = screen(pane)
        if cur == prev:
            return True
        prev = cur
    return False


def answer(op, args, tries):
    if op == "server":
        tmux.use(args[0])
        return True
    if op == "screen":
        out = capture(args[0])
        with open(args[1], "wb") as f:
            f.write(out or b"")
        return out is not None
    if op == "box":
        s = screen(args[0])
        with open(args[1], "w", encoding="utf-8") as f:
            f.write(box_lines(s or ""))
        return s is not None
    if op == "wait":
        return poll(tries, lambda: has_text(args[0], args[1]))
    if op == "boxwait":
        want = args[1].replace(" ", "")

        def box_has():
            s = screen(args[0])
            return s is not None and want in (
                box_lines(s).replace(" ", "").replace("\n", ""))
        return poll(tries, box_has)
    if op == "line":
        return poll(tries, lambda: has_line(args[0], args[1], args[2]))
    if op == "idle":
        return idle(args[0], args[1], tries)
    if op == "settle":
        return settle(args[0], args[1], tries)
    if op == "keys":
        line = "send-keys -t " + " ".join(quote(a) for a in args)
        return tmux.command(line) is not None
    raise ValueError("unknown request " + op)


def main():
    req_path, resp_path, tries = sys.argv[1], sys.argv[2], int(sys.argv[3])
    script = int(sys.argv[4])
    # Both FIFOs held open for reading and writing: the script opens one
    # for each request and answer, and no open here ever waits on it.
    req = os.fdopen(os.open(req_path, os.O_RDWR), "rb", buffering=0)
    resp = os.open(resp_path, os.O_RDWR)
    pending = b""
    while True:
        # Gone with the script that started it, however it ended.
        ready, _, _ = select.select([req], [], [], 1.0)
        if not ready:
            try:
                os.kill(script, 0)
            except ProcessLookupError:
                break
            continue
        pending += req.read(65536)
        while b"\n" in pending:
            raw, pending = pending.split(b"\n", 1)
            fields = raw.decode("utf-8", "surrogateescape").split(US)
            if fields[0] == "quit":
                tmux.close()
                return
            try:
                ok = answer(fields[0], fields[1:], tries)
            except Exception as e:  # a bad request is a failed check
                sys.stderr.write("libscreen: %s: %s\n" % (fields[0], e))
                ok = False
            os.write(resp, b"0\n" if ok else b"1\n")
    tmux.close()


if __name__ == "__main__":
    main()
