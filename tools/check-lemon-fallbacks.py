#!/usr/bin/env python3
"""Find grammar states where a non-reserved keyword would be misread as a name.

Usage: check-lemon-fallbacks.py LEMON GRAMMAR_Y WORK_DIR

Lemon compresses its action table by turning the most common reduction of a
state into the state's default action, dropping the explicit entries for
the tokens that take it.  When the parser meets a token with no explicit
entry it tries the token's %fallback (ID for every non-reserved keyword)
*before* the default action.  So in a state that can shift ID and whose
default reduction a keyword should take, the keyword is silently read as a
name instead: an empty optional clause before `STATUS` turns `STATUS` into
an identifier.  The uncompressed table (lemon -c) keeps every entry, so
comparing the two reports finds every such state.  Exit status 1 lists them.
"""
import os
import re
import shutil
import subprocess
import sys

STATE = re.compile(r"^State (\d+):")
ACTION = re.compile(r"^\s+(\S+) (shift-reduce|shift|reduce|accept|error)\s*(\d*)")


def read_states(report):
    """State number -> (item lines, {token: (action, number)}) from a lemon
    .out report.  The item lines identify a state across the two reports,
    whose numbering differs (-c also keeps states that -s folds away)."""
    states, current = {}, None
    with open(report) as f:
        for line in f:
            m = STATE.match(line)
            if m:
                current = states.setdefault(int(m.group(1)), ([], {}))
                continue
            if current is None or not line.strip():
                continue
            m = ACTION.match(line)
            if m:
                current[1][m.group(1)] = (m.group(2), m.group(3))
            else:
                current[0].append(line.strip())
    return {n: (tuple(items), actions) for n, (items, actions) in states.items()}


def fallback_tokens(grammar):
    with open(grammar) as f:
        for line in f:
            if line.startswith("%fallback ID"):
                return {w.rstrip(".") for w in line.split()[2:]}
    return set()


def lemon_report(lemon, grammar, work, flags):
    os.makedirs(work, exist_ok=True)
    target = os.path.join(work, "parse.y")
    shutil.copyfile(grammar, target)
    subprocess.run([lemon] + flags + [target], cwd=work, check=True, stdout=subprocess.DEVNULL)
    return read_states(os.path.join(work, "parse.out"))


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    lemon, grammar, work = sys.argv[1:]
    fallbacks = fallback_tokens(grammar)
    compressed = lemon_report(lemon, grammar, os.path.join(work, "compressed"), ["-s"])
    full = lemon_report(lemon, grammar, os.path.join(work, "full"), ["-s", "-c"])
    full_by_items = {items: actions for items, actions in full.values()}
    bad = 0
    for number, (items, actions) in sorted(compressed.items()):
        default = actions.get("{default}")
        if "ID" not in actions or not default or default[0] != "reduce":
            continue
        if items not in full_by_items:
            sys.exit("state %d of the compressed report has no twin in the full one" % number)
        shadowed = sorted(token for token, action in full_by_items[items].items()
                          if token in fallbacks and token not in actions and action == default)
        if shadowed:
            bad += 1
            print("state %d: %s would be read as a name instead of reducing rule %s"
                  % (number, " ".join(shadowed), default[1]))
    print("%d states checked, %d with shadowed keywords" % (len(compressed), bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
