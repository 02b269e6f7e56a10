/*
 * The shared half of the value tests that replay answers recorded from a
 * reference server: NAME_cases.txt holds one case per line ('#' comments
 * and blank lines skipped), NAME_cases.expected the recorder's output, one
 * "case<TAB>answer" line per case in the same order.  The test supplies
 * check(), which computes the case and compares it with the answer.
 */
#ifndef PL_RECORDED_CASES_H
#define PL_RECORDED_CASES_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CASE_LINE_MAX 512

/* 0 when the computed result matches want, 1 (after printing why) if not. */
typedef int (*recorded_check_fn)(const char *line, const char *want);

static FILE *open_recorded_file(const char *dir, const char *name, const char *suffix)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s%s", dir, name, suffix);
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "cannot open %s\n", path);
        exit(2);
    }
    return f;
}

static void chomp(char *s)
{
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == '\r'))
        s[--n] = '\0';
}

/* Runs every case; returns how many ran and adds the failures to *failed.
 * The two files must stay in step: a case missing from the answers, an
 * answer for another case, or answers left over count as failures. */
static int run_recorded_cases(const char *dir, const char *name, recorded_check_fn check, int *failed)
{
    FILE *cases = open_recorded_file(dir, name, "_cases.txt");
    FILE *expected = open_recorded_file(dir, name, "_cases.expected");
    char line[CASE_LINE_MAX], want[2 * CASE_LINE_MAX];
    int n = 0;
    while (fgets(line, sizeof line, cases)) {
        chomp(line);
        if (line[0] == '\0' || line[0] == '#')
            continue;
        if (!fgets(want, sizeof want, expected)) {
            fprintf(stderr, "%s_cases.expected is shorter than the cases\n", name);
            (*failed)++;
            break;
        }
        chomp(want);
        char *tab = strchr(want, '\t');
        if (!tab || (size_t)(tab - want) != strlen(line) || strncmp(want, line, strlen(line)) != 0) {
            fprintf(stderr, "expected file out of step at case '%s'; re-record\n", line);
            (*failed)++;
            break;
        }
        *failed += check(line, tab + 1);
        n++;
    }
    if (!*failed && fgets(want, sizeof want, expected)) {
        fprintf(stderr, "%s_cases.expected has answers for cases that are gone\n", name);
        (*failed)++;
    }
    fclose(cases);
    fclose(expected);
    fprintf(stderr, "%d recorded cases checked, %d failed\n", n, *failed);
    return n;
}

#endif
