#!/bin/sh
# The shell completions (issue 19): made by the program from its tables of
# commands, options and parts, they complete commands, options, guide ids
# and the regions of the guide named.  bash always; zsh and fish where
# they are installed (skipped with a message otherwise).
# Usage: tests/cli/completions.sh BIN   (from the repository root)
set -u
BIN=${1:?usage: completions.sh BIN}
case $BIN in /*) ;; *) BIN=$PWD/$BIN ;; esac
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# shellcheck source=tests/cli/lib.sh
. tests/cli/lib.sh
fixed_world 2026-11-26
G=$PWD/data/guides
# The scripts call the program by the name typed: put it on PATH.
mkdir -p "$TMP/bin"
ln -s "$BIN" "$TMP/bin/negotiator"
PATH=$TMP/bin:$PATH

# same NAME GOT WANT
same() {
	if [ "$2" = "$3" ]; then pass; else fail "$1: got '$2', wanted '$3'"; fi
}

# ---- the program's side: the ids and the regions the scripts ask for
"$BIN" -g "$G" completions ids >"$TMP/ids" 2>&1
has "ids" "$TMP/ids" "hugging-face/ml-ai-engineer"
"$BIN" -g "$G" completions regions hugging >"$TMP/regions" 2>&1
same "regions" "$(tr '\n' '|' <"$TMP/regions")" "Paris|New York|Remote Global|"
"$BIN" completions regions "$G/brambleworks--staff-software-engineer.md" >"$TMP/regions2" 2>&1
has "regions of a guide given by path" "$TMP/regions2" "London"
status_is "completions of no shell" 2 "$(run completions tcsh >/dev/null 2>&1; echo $?)"

# ---- bash
"$BIN" completions bash >"$TMP/negotiator.bash"
got=$(bash -c '. "$1"; complete -p negotiator' sh "$TMP/negotiator.bash" 2>&1)
same "bash: complete -p after sourcing" "$got" "complete -F _negotiator negotiator"
# bash_complete WORDS...: what the function offers for the last word.
bash_complete() {
	bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
		_negotiator; [ ${#COMPREPLY[@]} -eq 0 ] || printf "%s|" "${COMPREPLY[@]}"' sh "$TMP/negotiator.bash" "$@"
}
same "bash: commands" "$(bash_complete negotiator co)" "compare|completions|"
same "bash: guide ids" "$(bash_complete negotiator -g "$G" show hugging)" "hugging-face/ml-ai-engineer|"
same "bash: regions of the guide named" \
	"$(bash_complete negotiator -g "$G" compare hugging --base 130k --region "")" \
	'Paris|New\ York|Remote\ Global|'
same "bash: check's options" "$(bash_complete negotiator check --s)" "--strict|"
same "bash: an amount is not completed" "$(bash_complete negotiator compare hugging --base "")" ""
# Every option compare's usage names (made from the same tables) is
# offered after compare, and nothing the usage does not name.
# (an option is a name not followed by '-': "--company-*" is a pattern)
"$BIN" compare --help | grep -oE -- '--[a-z][a-z-]*[a-z]([^a-z*-]|$)' |
	sed 's/[^a-z]$//' | sort -u >"$TMP/usage-opts"
bash_complete negotiator compare x -- | tr '|' '\n' | grep -- '^--' | sort -u >"$TMP/bash-opts"
if [ -s "$TMP/usage-opts" ] && comm -23 "$TMP/usage-opts" "$TMP/bash-opts" | grep -q .; then
	fail "bash: options of compare's usage not completed: $(comm -23 "$TMP/usage-opts" "$TMP/bash-opts" | tr '\n' ' ')"
else pass; fi

# ---- zsh: the function with compadd and _files standing in for zsh's
if command -v zsh >/dev/null 2>&1; then
	"$BIN" completions zsh >"$TMP/_negotiator"
	if zsh -n "$TMP/_negotiator"; then pass; else fail "zsh: the script does not parse"; fi
	head -1 "$TMP/_negotiator" >"$TMP/zsh-first"
	has "zsh: #compdef" "$TMP/zsh-first" "#compdef negotiator"
	zsh_complete() {
		zsh -f -c 'compadd() { if [[ $1 == -a ]]; then print -rl -- ${(P)2}; else [[ $1 == -- ]] && shift; print -rl -- "$@"; fi }
			_files() { print -r -- FILES }
			source "$1" >/dev/null 2>&1; shift
			words=("$@"); CURRENT=$#; PREFIX=${words[CURRENT]}
			_negotiator | tr "\n" "|"' sh "$TMP/_negotiator" "$@"
	}
	same "zsh: regions of the guide named" \
		"$(zsh_complete negotiator -g "$G" compare hugging --region "")" "Paris|New York|Remote Global|"
	case $(zsh_complete negotiator -g "$G" show "") in
	*hugging-face/ml-ai-engineer*FILES*) pass ;;
	*) fail "zsh: guide ids and files after show" ;;
	esac
else
	skip "zsh is not installed: its completion script is not tried"
fi

# ---- fish: complete -C asks fish itself
if command -v fish >/dev/null 2>&1; then
	"$BIN" completions fish >"$TMP/negotiator.fish"
	fish_complete() {
		fish --no-config -c 'source $argv[1]; complete -C"$argv[2]" | string replace -r "\t.*" "" | string join "|"' \
			"$TMP/negotiator.fish" "$1"
	}
	same "fish: regions of the guide named" \
		"$(fish_complete "negotiator -g $G compare hugging --region ")" "New York|Paris|Remote Global"
	same "fish: compare's options" "$(fish_complete "negotiator compare hugging --equity")" \
		"--equity|--equity-per-year|--equity-value"
	same "fish: commands" "$(fish_complete "negotiator comp")" "compare|completions"
else
	skip "fish is not installed: its completion script is not tried"
fi

echo "cli-completions: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
