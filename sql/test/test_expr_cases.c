/*
 * The differential test of the expression engine: replays the statements of
 * every FILE.sql of sql/test/expr_cases through sql_eval_text and compares the output
 * with the answers a real MariaDB 10.11 gave (FILE.expected, written by
 * expr_cases/record.py, with MySQL 8's answer where the two differ).
 *
 *   test_expr_cases [--list-failures] [--dir DIR] [FILE.sql...]
 *
 * With no FILE arguments every *.sql of the directory runs, or only the
 * files named (comma-separated) in $JK_EXPR_CASES_ONLY.  By default a
 * mismatch prints the statement with the expected and the actual answer;
 * --list-failures prints one line per failing case instead.  Exit status 1
 * when any case mismatches.
 *
 * Each file runs on a fresh pl_session pinned as record.py pins its
 * connection, and each case starts as the recorder's does: ROW_COUNT() = -1
 * and FOUND_ROWS() = 0, the state after the (empty) SELECT the recorder runs
 * to clear MariaDB's warning list.
 *
 * Answers compare byte for byte, except that for error 1690 only the text up
 * to "value is out of range in" counts: MySQL and MariaDB print the quoted
 * expression after it differently.
 */
#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "expr.h"
#include "jimkv/arena.h"
#include "jimkv/assert.h"
#include "jimkv/buf.h"
#include "sql_eval.h"

#ifndef EXPR_CASES_DIR
#define EXPR_CASES_DIR "."
#endif

#define EXPR_FILES_MAX 256              /* case files per directory */
#define EXPR_FILE_BYTES_MAX (64u << 20) /* a .sql or .expected file */
#define EXPR_LINES_MAX 200000u          /* lines of one file */
#define EXPR_OUT_BYTES_MAX (16u << 20)  /* one statement's output */
#define EXPR_ARENA_BYTES_MAX (256u << 20)
#define EXPR_PATH_MAX 1024

/* The runner's half of record.py's PINNING.  MariaDB also gets
 * TIME_ROUND_FRACTIONAL, which only asks it to round as MySQL does. */
static const char *const pinning[] = {
    "SET NAMES utf8mb4 COLLATE utf8mb4_general_ci",
    "SET time_zone = '+00:00'",
    "SET timestamp = 1700000000",
    "SET div_precision_increment = 4",
    ("SET sql_mode = 'STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,"
     "ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION'"),
};

/* A line of a file: bytes [s, s + n), no line terminator. */
typedef struct expr_line {
    const char *s;
    size_t n;
    int lineno;
} expr_line;

/* A whole file split into lines (the text is owned; lines point into it). */
typedef struct expr_file {
    char *text;
    size_t len;
    expr_line *lines;
    size_t nlines;
} expr_file;

typedef struct expr_opts {
    bool list_failures;
    const char *dir;
} expr_opts;

typedef struct expr_totals {
    int files;
    int cases;
    int failed;  /* cases that mismatched */
    int errors;  /* files that could not run, or ran only in part */
} expr_totals;

static void file_free(expr_file *f)
{
    free(f->text);
    free(f->lines);
    memset(f, 0, sizeof(*f));
}

/* Reads path and splits it into lines; false (with a message) on failure. */
static bool file_load(const char *path, expr_file *f)
{
    JK_ASSERT(path != NULL && f != NULL);
    memset(f, 0, sizeof(*f));
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        fprintf(stderr, "cannot open %s\n", path);
        return false;
    }
    size_t cap = 1 << 16;
    f->text = malloc(cap);
    while (f->text) {
        if (f->len == cap) {
            if (cap >= EXPR_FILE_BYTES_MAX) {
                fprintf(stderr, "%s: larger than %u bytes\n", path, EXPR_FILE_BYTES_MAX);
                break;
            }
            char *bigger = realloc(f->text, cap * 2);
            if (!bigger)
                break;
            f->text = bigger;
            cap *= 2;
        }
        size_t got = fread(f->text + f->len, 1, cap - f->len, fp);
        f->len += got;
        if (got == 0)
            break;
    }
    bool ok = f->text != NULL && feof(fp) && !ferror(fp);
    fclose(fp);
    if (!ok) {
        file_free(f);
        fprintf(stderr, "cannot read %s\n", path);
        return false;
    }
    size_t n = 1;
    for (size_t i = 0; i < f->len; i++)
        n += f->text[i] == '\n';
    if (n > EXPR_LINES_MAX) {
        fprintf(stderr, "%s: more than %u lines\n", path, EXPR_LINES_MAX);
        file_free(f);
        return false;
    }
    f->lines = calloc(n, sizeof(expr_line));
    if (!f->lines) {
        file_free(f);
        return false;
    }
    size_t start = 0;
    for (size_t i = 0; i <= f->len; i++) {
        if (i < f->len && f->text[i] != '\n')
            continue;
        size_t end = i;
        if (end > start && f->text[end - 1] == '\r')
            end--;
        if (i < f->len || end > start) /* no empty line after a final '\n' */
            f->lines[f->nlines++] = (expr_line){ f->text + start, end - start, (int)f->nlines + 1 };
        start = i + 1;
    }
    JK_ASSERT(f->nlines <= n);
    return true;
}

static bool is_blank(const expr_line *l)
{
    for (size_t i = 0; i < l->n; i++)
        if (l->s[i] != ' ' && l->s[i] != '\t')
            return false;
    return true;
}

/* A statement line of a .sql file: not blank, not a '#' comment. */
static bool is_statement(const expr_line *l)
{
    return !is_blank(l) && l->s[0] != '#';
}

/* Lines equal as answers: byte for byte, or for error 1690 up to and
 * including "value is out of range in". */
static bool answer_line_eq(const expr_line *want, const char *got, size_t got_n)
{
    JK_ASSERT(want != NULL && got != NULL);
    static const char range[] = "value is out of range in";
    if (want->n >= 7 && memcmp(want->s, "E 1690 ", 7) == 0 && got_n >= 7 &&
        memcmp(got, "E 1690 ", 7) == 0) {
        const char *w = memmem(want->s, want->n, range, sizeof(range) - 1);
        const char *g = memmem(got, got_n, range, sizeof(range) - 1);
        if (w && g)
            return w - want->s == g - got && memcmp(want->s, got, (size_t)(w - want->s)) == 0;
    }
    return want->n == got_n && memcmp(want->s, got, got_n) == 0;
}

/* Compares the expected answer lines with out (lines ending in '\n'). */
static bool answer_eq(const expr_line *want, size_t nwant, const char *out, size_t out_n)
{
    JK_ASSERT(nwant == 0 || want != NULL);
    size_t pos = 0, i = 0;
    for (; pos < out_n; i++) {
        const char *nl = memchr(out + pos, '\n', out_n - pos);
        size_t n = nl ? (size_t)(nl - (out + pos)) : out_n - pos;
        if (i >= nwant || !answer_line_eq(&want[i], out + pos, n))
            return false;
        pos += n + 1;
    }
    return i == nwant;
}

/* One line of answers for --list-failures: lines joined by " | ". */
static void print_joined(const char *label, const expr_line *lines, size_t n, const char *out,
                         size_t out_n)
{
    fprintf(stdout, "  %s: ", label);
    if (lines) {
        for (size_t i = 0; i < n; i++)
            fprintf(stdout, "%s%.*s", i ? " | " : "", (int)lines[i].n, lines[i].s);
    } else {
        size_t len = out_n;
        while (len > 0 && out[len - 1] == '\n')
            len--;
        for (size_t i = 0; i < len; i++) {
            if (out[i] == '\n')
                fputs(" | ", stdout);
            else
                fputc(out[i], stdout);
        }
    }
    if ((lines && n == 0) || (!lines && out_n == 0))
        fputs("(nothing)", stdout);
}

static void report_mismatch(const expr_opts *o, const char *name, const expr_line *stmt,
                            const expr_line *want, size_t nwant, const char *out, size_t out_n)
{
    JK_ASSERT(o != NULL && stmt != NULL);
    if (o->list_failures) {
        fprintf(stdout, "%s:%d: %.*s\n", name, stmt->lineno, (int)stmt->n, stmt->s);
        print_joined("want", want, nwant, NULL, 0);
        print_joined("got", NULL, 0, out, out_n);
        fputc('\n', stdout);
        return;
    }
    fprintf(stdout, "MISMATCH %s:%d\n> %.*s\n--- expected\n", name, stmt->lineno, (int)stmt->n,
            stmt->s);
    for (size_t i = 0; i < nwant; i++)
        fprintf(stdout, "%.*s\n", (int)want[i].n, want[i].s);
    fputs("--- actual\n", stdout);
    fwrite(out, 1, out_n, stdout);
    if (out_n > 0 && out[out_n - 1] != '\n')
        fputc('\n', stdout);
    fputc('\n', stdout);
}

/* The next expected block at or after *pos: its "> " line and its answer
 * lines [*first, *first + *n).  False at the end of the file. */
static bool next_block(const expr_file *exp, size_t *pos, const expr_line **head,
                       const expr_line **first, size_t *n)
{
    JK_ASSERT(exp != NULL && pos != NULL);
    while (*pos < exp->nlines && !(exp->lines[*pos].n >= 2 && memcmp(exp->lines[*pos].s, "> ", 2) == 0))
        (*pos)++;
    if (*pos >= exp->nlines)
        return false;
    *head = &exp->lines[(*pos)++];
    *first = &exp->lines[*pos];
    *n = 0;
    /* Answer lines are contiguous after the "> " line; '#' lines (override
     * notes) may come first. */
    while (*pos < exp->nlines && exp->lines[*pos].n > 0 && exp->lines[*pos].s[0] == '#')
        *first = &exp->lines[++(*pos)];
    while (*pos < exp->nlines) {
        const expr_line *l = &exp->lines[*pos];
        if (l->n == 0 || l->s[0] == '#' || (l->n >= 2 && memcmp(l->s, "> ", 2) == 0))
            break;
        (*n)++;
        (*pos)++;
    }
    return true;
}

/* Applies the pinning statements; false (after printing why) if one fails. */
static bool pin_session(pl_session *s, jk_arena *arena, jk_buf *out, const char *name)
{
    JK_ASSERT(s != NULL && arena != NULL);
    bool ok = true;
    for (size_t i = 0; i < sizeof(pinning) / sizeof(pinning[0]); i++) {
        jk_buf_clear(out);
        int failed = sql_eval_text(s, arena, pinning[i], strlen(pinning[i]), SQL_EVAL_GOLDEN, out);
        jk_arena_reset(arena);
        if (failed || out->len > 0) {
            fprintf(stdout, "%s: session pinning: %s\n  %.*s\n", name, pinning[i], (int)out->len,
                    out->len ? out->data : "");
            ok = ok && !failed;
        }
    }
    return ok;
}

/* Runs one case file; adds to the totals. */
static void run_file(const expr_opts *o, const char *name, expr_totals *t)
{
    JK_ASSERT(o != NULL && name != NULL);
    char path[EXPR_PATH_MAX];
    size_t nl = strlen(name);
    JK_ASSERT(nl > 4);
    expr_file sql = { 0 }, exp = { 0 };
    snprintf(path, sizeof(path), "%s/%s", o->dir, name);
    bool loaded = file_load(path, &sql);
    snprintf(path, sizeof(path), "%s/%.*s.expected", o->dir, (int)(nl - 4), name);
    if (!loaded || !file_load(path, &exp)) {
        fprintf(stdout, "%s: cannot load the case or the expected file; record it with "
                        "sql/test/expr_cases/record.py\n", name);
        t->errors++;
        file_free(&sql);
        return;
    }
    pl_session s;
    pl_session_init(&s, PL_COLL_UTF8MB4_GENERAL_CI);
    jk_arena arena;
    jk_arena_init(&arena, NULL, EXPR_ARENA_BYTES_MAX);
    jk_buf out;
    jk_buf_init(&out, EXPR_OUT_BYTES_MAX);
    int cases = 0, failed = 0, errors = 0;
    if (!pin_session(&s, &arena, &out, name))
        errors++;
    size_t pos = 0;
    for (size_t i = 0; i < sql.nlines; i++) {
        const expr_line *stmt = &sql.lines[i];
        if (!is_statement(stmt))
            continue;
        const expr_line *head = NULL, *want = NULL;
        size_t nwant = 0;
        if (!next_block(&exp, &pos, &head, &want, &nwant) || head->n - 2 != stmt->n ||
            memcmp(head->s + 2, stmt->s, stmt->n) != 0) {
            fprintf(stdout, "%s:%d: the .expected file is out of step with the cases here; "
                            "re-record it\n", name, stmt->lineno);
            errors++;
            break;
        }
        cases++;
        s.row_count = -1;
        s.found_rows = 0;
        jk_buf_clear(&out);
        sql_eval_text(&s, &arena, stmt->s, stmt->n, SQL_EVAL_GOLDEN, &out);
        jk_arena_reset(&arena);
        if (jk_buf_failed(&out) || !answer_eq(want, nwant, out.data, out.len)) {
            failed++;
            report_mismatch(o, name, stmt, want, nwant, out.data, out.len);
        }
    }
    const expr_line *head, *want;
    size_t nwant;
    if (!errors && next_block(&exp, &pos, &head, &want, &nwant)) {
        fprintf(stdout, "%s: the .expected file has answers for cases that are gone; re-record\n",
                name);
        errors++;
    }
    fprintf(stdout, "%-20s %5d cases, %5d passed, %5d failed%s\n", name, cases, cases - failed,
            failed, errors ? " (file errors above)" : "");
    t->files++;
    t->cases += cases;
    t->failed += failed;
    t->errors += errors;
    jk_buf_free(&out);
    jk_arena_free(&arena);
    pl_session_free(&s);
    file_free(&sql);
    file_free(&exp);
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every *.sql of dir, sorted; returns the count (names malloc'ed). */
static int list_case_files(const char *dir, char **names, int max)
{
    JK_ASSERT(dir != NULL && names != NULL);
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "cannot open directory %s\n", dir);
        return -1;
    }
    int n = 0;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        size_t len = strlen(de->d_name);
        if (len <= 4 || strcmp(de->d_name + len - 4, ".sql") != 0)
            continue;
        if (n == max) {
            fprintf(stderr, "more than %d case files in %s\n", max, dir);
            break;
        }
        names[n] = strdup(de->d_name);
        if (names[n])
            n++;
    }
    closedir(d);
    qsort(names, (size_t)n, sizeof(char *), cmp_names);
    return n;
}

/* The file part of a path ("a/b/math.sql" -> "math.sql"). */
static const char *base_name(const char *p)
{
    const char *slash = strrchr(p, '/');
    return slash ? slash + 1 : p;
}

static void usage(void)
{
    fprintf(stderr,
            "usage: test_expr_cases [--list-failures] [--dir DIR] [FILE.sql...]\n"
            "  runs DIR/*.sql (default %s), or the files given, or those named\n"
            "  (comma-separated) in $JK_EXPR_CASES_ONLY; --list-failures prints one\n"
            "  line per failing case.  Record answers with sql/test/expr_cases/record.py.\n",
            EXPR_CASES_DIR);
}

int main(int argc, char **argv)
{
    expr_opts o = { .list_failures = false, .dir = EXPR_CASES_DIR };
    char *names[EXPR_FILES_MAX];
    int n = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--list-failures") == 0) {
            o.list_failures = true;
        } else if (strcmp(argv[i], "--dir") == 0 && i + 1 < argc) {
            o.dir = argv[++i];
        } else if (argv[i][0] == '-') {
            usage();
            return 2;
        } else if (n < EXPR_FILES_MAX) {
            names[n++] = strdup(base_name(argv[i]));
        }
    }
    const char *only = getenv("JK_EXPR_CASES_ONLY");
    if (n == 0 && only && *only) {
        char *copy = strdup(only);
        for (char *tok = strtok(copy, ","); tok && n < EXPR_FILES_MAX; tok = strtok(NULL, ","))
            names[n++] = strdup(base_name(tok));
        free(copy);
    }
    if (n == 0)
        n = list_case_files(o.dir, names, EXPR_FILES_MAX);
    if (n <= 0) {
        fprintf(stderr, "no case files\n");
        return 2;
    }
    expr_totals t = { 0 };
    for (int i = 0; i < n; i++) {
        if (!names[i] || strlen(names[i]) <= 4 || strcmp(names[i] + strlen(names[i]) - 4, ".sql")) {
            fprintf(stdout, "%s: not a .sql case file\n", names[i] ? names[i] : "?");
            t.errors++;
        } else {
            run_file(&o, names[i], &t);
        }
        free(names[i]);
    }
    fprintf(stdout, "TOTAL: %d files, %d cases, %d passed, %d failed, %d file errors\n", t.files,
            t.cases, t.cases - t.failed, t.failed, t.errors);
    return t.failed || t.errors ? 1 : 0;
}
