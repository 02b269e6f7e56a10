#!/usr/bin/env python3
"""Generate planner/value/unicode_tables.inc from the Unicode Character Database.

Usage: gen_unicode_tables.py [UCD_DIR] > planner/value/unicode_tables.inc
       (UCD_DIR defaults to /usr/share/unicode, from Debian's unicode-data
       package: UnicodeData.txt, DerivedAge.txt, PropList.txt, allkeys.txt)

The tables describe MySQL's collations in terms of Unicode data only; the
rules below were worked out from MySQL's documentation and checked against a
MariaDB server (planner/value/test/record_charset.py), never copied.

utf8mb4_general_ci and utf8mb4_bin (MySQL's "default" case info): the case
tables are the simple upper/lower mappings of UnicodeData restricted to
characters (and targets) that existed in Unicode 3.0, BMP only -- the data
MySQL's table was built from.  A general_ci weight is one 16-bit value per
character:
  - characters outside the BMP weigh U+FFFD (MySQL documents this);
  - characters newer than Unicode 3.0 weigh their own code point;
  - in the Latin, Greek and Cyrillic blocks (U+0000-04FF, U+1E00-1FFF) a
    character whose canonical decomposition has two or more parts starting
    with a letter weighs as that letter, recursively (so 'e' + acute = 'e');
    singleton decompositions (U+1F71 -> U+03AC) are not followed;
  - then the weight is the upper-case mapping of that letter.
  Four characters differ from that rule on the server and are listed in
  GENERAL_CI_EXCEPTIONS (German sharp s weighs as 'S', the lunate sigma as
  'SIGMA', and Cyrillic short i keeps its own weight).

utf8mb4_0900_ai_ci: UCA 9.0.0 at the primary level.  The primaries come from
DUCET (allkeys.txt; whatever version is installed -- the relative order of
the characters in Unicode 9.0 is stable across versions), restricted to
characters assigned by Unicode 9.0 (MySQL treats newer ones as unassigned).
Contractions (multi-character DUCET entries) are left out.  Code points
without an entry get UCA's implicit weights, computed at run time from the
Unified_Ideograph ranges emitted here.  Its case tables are the simple
mappings of Unicode 9.0 over the whole code space.
"""
import os
import re
import sys

UCD = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode"
BLOCK = 128              # code points per second-stage block
LIMIT_FULL = 0x30000     # the full-range tables cover 0..LIMIT_FULL-1
LIMIT_BMP = 0x10000

GENERAL_CI_EXCEPTIONS = {0x00DF: 0x0053, 0x03F2: 0x03A3, 0x0419: 0x0419, 0x0439: 0x0419}
# MySQL's default case table maps the lunate sigma to SIGMA as well.
CASE3_UPPER_EXCEPTIONS = {0x03F2: 0x03A3}


def read_unicode_data():
    data = {}
    first = None
    with open(os.path.join(UCD, "UnicodeData.txt")) as f:
        for line in f:
            fields = line.rstrip("\n").split(";")
            cp = int(fields[0], 16)
            if fields[1].endswith(", First>"):
                first = cp
                continue
            if fields[1].endswith(", Last>"):
                for c in range(first, cp + 1):
                    data[c] = fields
                continue
            data[cp] = fields
    return data


def read_ranges(name, want=None):
    """Yields (first, last, value) for each data line of a UCD range file."""
    with open(os.path.join(UCD, name)) as f:
        for line in f:
            line = line.split("#")[0].strip()
            if not line:
                continue
            rng, value = [x.strip() for x in line.split(";")[:2]]
            if want is not None and value != want:
                continue
            a, _, b = rng.partition("..")
            yield int(a, 16), int(b or a, 16), value


def read_ages():
    age = {}
    for a, b, v in read_ranges("DerivedAge.txt"):
        t = tuple(int(x) for x in v.split("."))
        for c in range(a, b + 1):
            age[c] = t
    return age


UD = read_unicode_data()
AGE = read_ages()


def assigned_by(c, version):
    return AGE.get(c, (99,)) <= version


def simple_map(c, column, version):
    f = UD.get(c)
    if not f or not f[column]:
        return c
    t = int(f[column], 16)
    if assigned_by(c, version) and assigned_by(t, version):
        return t
    return c


def general_ci_weight(c):
    if c in GENERAL_CI_EXCEPTIONS:
        return GENERAL_CI_EXCEPTIONS[c]
    v = (3, 0)
    if not assigned_by(c, v):
        return c
    b = c
    if c < 0x500 or 0x1E00 <= c < 0x2000:
        while True:
            f = UD.get(b)
            if not f or not f[5] or f[5].startswith("<"):
                break
            parts = f[5].split()
            if len(parts) < 2:
                break
            first = int(parts[0], 16)
            if not UD.get(first) or not UD[first][2].startswith("L"):
                break
            b = first
    return CASE3_UPPER_EXCEPTIONS.get(b, simple_map(b, 12, v))


def read_ducet():
    """code point -> list of non-zero primaries, for single code points."""
    prim = {}
    pat = re.compile(r"\[[.*]([0-9A-F]{4,5})\.")
    with open(os.path.join(UCD, "allkeys.txt")) as f:
        for line in f:
            line = line.split("#")[0].strip()
            if not line or line.startswith("@"):
                continue
            cps, ces = line.split(";", 1)
            cps = cps.split()
            if len(cps) != 1:
                continue  # contraction: left out
            c = int(cps[0], 16)
            prim[c] = [int(p, 16) for p in pat.findall(ces) if int(p, 16) != 0]
    return prim


class TwoStage:
    """A table over [0, limit) split in BLOCK-sized blocks, equal blocks shared."""

    def __init__(self, name, ctype, limit, value):
        self.name, self.ctype, self.limit = name, ctype, limit
        self.index, self.blocks, seen = [], [], {}
        for start in range(0, limit, BLOCK):
            blk = tuple(value(c) for c in range(start, start + BLOCK))
            if blk not in seen:
                seen[blk] = len(self.blocks)
                self.blocks.append(blk)
            self.index.append(seen[blk])

    def emit(self, out):
        n = len(self.index)
        out.append("/* %s: %d blocks of %d for U+0000..U+%04X */" %
                   (self.name, len(self.blocks), BLOCK, self.limit - 1))
        out.append("static const uint16_t %s_index[%d] = {" % (self.name, n))
        for i in range(0, n, 16):
            out.append("    " + ", ".join("%d" % x for x in self.index[i:i + 16]) + ",")
        out.append("};")
        out.append("static const %s %s_data[%d] = {" %
                   (self.ctype, self.name, len(self.blocks) * BLOCK))
        for k, blk in enumerate(self.blocks):
            out.append("    /* block %d */" % k)
            for i in range(0, BLOCK, 16):
                out.append("    " + ", ".join("%d" % x for x in blk[i:i + 16]) + ",")
        out.append("};")


def main():
    out = []
    out.append("/* Generated by tools/gen_unicode_tables.py from the Unicode Character")
    out.append(" * Database (UnicodeData.txt, DerivedAge.txt, PropList.txt, allkeys.txt).")
    out.append(" * Do not edit; regenerate with")
    out.append(" *   python3 tools/gen_unicode_tables.py > planner/value/unicode_tables.inc")
    out.append(" * See the script for the rules each table follows. */")
    out.append("")
    out.append("#define PL_UC_BLOCK %d" % BLOCK)
    out.append("#define PL_UC_LIMIT_FULL 0x%X" % LIMIT_FULL)
    out.append("")

    # Case mapping deltas (target - code point).
    v3, v9 = (3, 0), (9, 0)
    tables = [
        TwoStage("pl_uc_upper3", "int32_t", LIMIT_BMP,
                 lambda c: CASE3_UPPER_EXCEPTIONS.get(c, simple_map(c, 12, v3)) - c),
        TwoStage("pl_uc_lower3", "int32_t", LIMIT_BMP, lambda c: simple_map(c, 13, v3) - c),
        TwoStage("pl_uc_upper9", "int32_t", LIMIT_FULL, lambda c: simple_map(c, 12, v9) - c),
        TwoStage("pl_uc_lower9", "int32_t", LIMIT_FULL, lambda c: simple_map(c, 13, v9) - c),
        TwoStage("pl_uc_general", "int32_t", LIMIT_BMP, lambda c: general_ci_weight(c) - c),
    ]

    # UCA primaries: a code per code point.
    #   0                ignorable at the primary level
    #   1..0xEFFF        one primary
    #   0xF000 + k       expansion k: pl_uc_exp[pl_uc_exp_at[k]] is the count,
    #                    the primaries follow
    #   0xFFFF           no entry: implicit weights
    ducet = read_ducet()
    exp_at, exp_pool, exp_seen = [], [], {}

    def uca_code(c):
        if not assigned_by(c, v9) or c not in ducet:
            return 0xFFFF
        p = ducet[c]
        if not p:
            return 0
        if len(p) == 1 and p[0] < 0xF000:
            return p[0]
        key = tuple(p)
        if key not in exp_seen:
            exp_seen[key] = len(exp_at)
            exp_at.append(len(exp_pool))
            exp_pool.append(len(p))
            exp_pool.extend(p)
        k = exp_seen[key]
        assert k < 0x0FFF
        return 0xF000 + k

    tables.append(TwoStage("pl_uc_uca", "uint16_t", LIMIT_FULL, uca_code))
    for t in tables:
        t.emit(out)
        out.append("")
    out.append("static const uint16_t pl_uc_exp_at[%d] = {" % len(exp_at))
    for i in range(0, len(exp_at), 16):
        out.append("    " + ", ".join("%d" % x for x in exp_at[i:i + 16]) + ",")
    out.append("};")
    out.append("static const uint16_t pl_uc_exp[%d] = {" % len(exp_pool))
    for i in range(0, len(exp_pool), 16):
        out.append("    " + ", ".join("0x%X" % x for x in exp_pool[i:i + 16]) + ",")
    out.append("};")
    out.append("")

    # Unified ideographs assigned by 9.0: UCA's implicit weight base is FB40
    # for the core blocks (CJK Unified Ideographs and CJK Compatibility
    # Ideographs), FB80 for the others.
    out.append("/* Unified_Ideograph ranges assigned by Unicode 9.0: first, last, base. */")
    rows = []
    for a, b, _ in read_ranges("PropList.txt", "Unified_Ideograph"):
        c = a
        while c <= b:
            if not assigned_by(c, v9):
                c += 1
                continue
            e = c
            while e + 1 <= b and assigned_by(e + 1, v9):
                e += 1
            core = (0x4E00 <= c <= 0x9FFF) or (0xF900 <= c <= 0xFAFF)
            rows.append((c, e, 0xFB40 if core else 0xFB80))
            c = e + 1
    out.append("static const uint32_t pl_uc_ideographs[%d][3] = {" % len(rows))
    for r in rows:
        out.append("    { 0x%X, 0x%X, 0x%X }," % r)
    out.append("};")
    out.append("")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
