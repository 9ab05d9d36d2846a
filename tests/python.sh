# tests/python.sh - sourced by the test scripts' libraries (tests/cli/lib.sh,
# tests/tui/lib.sh): PYTHON, the interpreter their checks run.  A version
# manager's shim (pyenv's python3 is a bash script that runs a dozen more)
# costs a tenth of a second or more a call, the system's a fiftieth: with
# a check at every screen a TUI test waits for, that was most of make
# check's time on a machine with pyenv first in PATH.  The Makefile passes
# its own PYTHON down; a script run by hand finds one here.
if [ -z "${PYTHON:-}" ]; then
	PYTHON=python3
	for p in /usr/bin/python3 /usr/local/bin/python3; do
		if [ -x "$p" ]; then PYTHON=$p; break; fi
	done
fi
