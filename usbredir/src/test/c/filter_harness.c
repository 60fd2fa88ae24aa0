/* filter_harness: a line-oriented bridge from Java tests to the real usbredirfilter (reference §8).
 *
 * Every input line is one command and produces exactly one output line, so a test can send
 * thousands of cases through one process. Strings travel hex-encoded behind an 'x' ("x" is the
 * empty string, "x2c7c" is ",|"), so any byte, NUL and newline included, survives the trip; what
 * the library sees still ends at the first NUL, as for any C caller. Numbers are decimal ints.
 * A rule list is "<n>" followed by n groups "<class> <vendor> <product> <version> <allow>".
 *
 *   parse <tok> <rule> <str>    -> "ok <rules> <serialized>" | "err <rc>"
 *                                  (<serialized>: rules_to_string with the same separators, or "null")
 *   tostring <tok> <rule> <rules> -> "ok <str>" | "null"
 *   verify <rules>              -> "<rc>"
 *   check <flags> <class> <subclass> <protocol> <vendor> <product> <bcd>
 *         <n_interfaces> (<class> <subclass> <protocol>)* <rules>   -> "<rc>"
 *   print <rules>               -> "<str>"   (everything usbredirfilter_print writes)
 *   wide <tok> <rule> <str>     -> "1" if some token, split as string_to_rules splits, is a whole
 *                                  strtol number outside the range of int (C truncates those), else "0"
 *
 * Output is flushed after every line, so a test may also talk to one process line by line.
 * A malformed command line exits with status 2 and a message on stderr: the test is wrong, not C.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <usbredirfilter.h>

static char *line_rest; /* unparsed part of the current line, for strtok_r */
static long line_number;

static _Noreturn void die(const char *what)
{
    fprintf(stderr, "filter_harness: line %ld: %s\n", line_number, what);
    exit(2);
}

static char *next_word(void)
{
    char *word = strtok_r(NULL, " \n", &line_rest);
    if (!word) {
        die("missing argument");
    }
    return word;
}

static long next_number(void)
{
    char *end;
    char *word = next_word();
    errno = 0;
    long value = strtol(word, &end, 10);
    if (*end || errno) {
        die("bad number");
    }
    return value;
}

static int hex_value(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    die("bad hex digit");
}

/* Decodes "x<hex>" into a freshly allocated NUL-terminated buffer. */
static char *next_string(void)
{
    char *word = next_word();
    size_t len = strlen(word);
    if (word[0] != 'x' || len % 2 != 1) {
        die("bad hex string");
    }
    char *out = malloc(len / 2 + 1);
    if (!out) {
        die("out of memory");
    }
    for (size_t i = 0; i < len / 2; i++) {
        out[i] = (char)(hex_value(word[1 + 2 * i]) << 4 | hex_value(word[2 + 2 * i]));
    }
    out[len / 2] = '\0';
    return out;
}

static void put_string(const char *s)
{
    putchar('x');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        printf("%02x", *p);
    }
}

static struct usbredirfilter_rule *next_rules(int *count)
{
    long n = next_number();
    if (n < 0 || n > 100000) {
        die("bad rule count");
    }
    struct usbredirfilter_rule *rules = calloc(n ? n : 1, sizeof(*rules));
    if (!rules) {
        die("out of memory");
    }
    for (long i = 0; i < n; i++) {
        rules[i].device_class = (int)next_number();
        rules[i].vendor_id = (int)next_number();
        rules[i].product_id = (int)next_number();
        rules[i].device_version_bcd = (int)next_number();
        rules[i].allow = (int)next_number();
    }
    *count = (int)n;
    return rules;
}

static void put_rules(const struct usbredirfilter_rule *rules, int count)
{
    printf("%d", count);
    for (int i = 0; i < count; i++) {
        printf(" %d %d %d %d %d", rules[i].device_class, rules[i].vendor_id, rules[i].product_id,
               rules[i].device_version_bcd, rules[i].allow);
    }
}

static void put_serialized(const struct usbredirfilter_rule *rules, int count,
                           const char *token_sep, const char *rule_sep)
{
    char *s = usbredirfilter_rules_to_string(rules, count, token_sep, rule_sep);
    if (s) {
        put_string(s);
        usbredirfilter_free(s);
    } else {
        fputs("null", stdout);
    }
}

static void cmd_parse(void)
{
    char *token_sep = next_string();
    char *rule_sep = next_string();
    char *filter = next_string();
    struct usbredirfilter_rule *rules;
    int count;
    int rc = usbredirfilter_string_to_rules(filter, token_sep, rule_sep, &rules, &count);
    if (rc == 0) {
        fputs("ok ", stdout);
        put_rules(rules, count);
        putchar(' ');
        put_serialized(rules, count, token_sep, rule_sep);
        usbredirfilter_free(rules);
    } else {
        printf("err %d", rc);
    }
    free(token_sep);
    free(rule_sep);
    free(filter);
}

static void cmd_tostring(void)
{
    char *token_sep = next_string();
    char *rule_sep = next_string();
    int count;
    struct usbredirfilter_rule *rules = next_rules(&count);
    char *s = usbredirfilter_rules_to_string(rules, count, token_sep, rule_sep);
    if (s) {
        fputs("ok ", stdout);
        put_string(s);
        usbredirfilter_free(s);
    } else {
        fputs("null", stdout);
    }
    free(rules);
    free(token_sep);
    free(rule_sep);
}

static void cmd_verify(void)
{
    int count;
    struct usbredirfilter_rule *rules = next_rules(&count);
    printf("%d", usbredirfilter_verify(rules, count));
    free(rules);
}

static void cmd_check(void)
{
    int flags = (int)next_number();
    uint8_t device_class = (uint8_t)next_number();
    uint8_t device_subclass = (uint8_t)next_number();
    uint8_t device_protocol = (uint8_t)next_number();
    uint16_t vendor = (uint16_t)next_number();
    uint16_t product = (uint16_t)next_number();
    uint16_t bcd = (uint16_t)next_number();
    long n = next_number();
    if (n < 0 || n > 255) {
        die("bad interface count");
    }
    uint8_t classes[256], subclasses[256], protocols[256];
    for (long i = 0; i < n; i++) {
        classes[i] = (uint8_t)next_number();
        subclasses[i] = (uint8_t)next_number();
        protocols[i] = (uint8_t)next_number();
    }
    int count;
    struct usbredirfilter_rule *rules = next_rules(&count);
    printf("%d", usbredirfilter_check(rules, count, device_class, device_subclass, device_protocol,
                                      classes, subclasses, protocols, (int)n,
                                      vendor, product, bcd, flags));
    free(rules);
}

static void cmd_print(void)
{
    int count;
    struct usbredirfilter_rule *rules = next_rules(&count);
    char *text = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    if (!out) {
        die("open_memstream failed");
    }
    usbredirfilter_print(rules, count, out);
    fclose(out);
    put_string(text);
    free(text);
    free(rules);
}

static void cmd_wide(void)
{
    char *token_sep = next_string();
    char *rule_sep = next_string();
    char *filter = next_string();
    char *rule_saveptr, *token_saveptr, *end;
    int wide = 0;
    if (*token_sep && *rule_sep) {
        for (char *rule = strtok_r(filter, rule_sep, &rule_saveptr); rule;
             rule = strtok_r(NULL, rule_sep, &rule_saveptr)) {
            for (char *token = strtok_r(rule, token_sep, &token_saveptr); token;
                 token = strtok_r(NULL, token_sep, &token_saveptr)) {
                errno = 0;
                long value = strtol(token, &end, 0);
                if (!*end && (errno == ERANGE || value != (int)value)) {
                    wide = 1;
                }
            }
        }
    }
    printf("%d", wide);
    free(token_sep);
    free(rule_sep);
    free(filter);
}

int main(void)
{
    char *line = NULL;
    size_t capacity = 0;
    while (getline(&line, &capacity, stdin) > 0) {
        line_number++;
        char *command = strtok_r(line, " \n", &line_rest);
        if (!command) {
            die("empty line");
        } else if (!strcmp(command, "parse")) {
            cmd_parse();
        } else if (!strcmp(command, "tostring")) {
            cmd_tostring();
        } else if (!strcmp(command, "verify")) {
            cmd_verify();
        } else if (!strcmp(command, "check")) {
            cmd_check();
        } else if (!strcmp(command, "print")) {
            cmd_print();
        } else if (!strcmp(command, "wide")) {
            cmd_wide();
        } else {
            die("unknown command");
        }
        if (strtok_r(NULL, " \n", &line_rest)) {
            die("extra arguments");
        }
        putchar('\n');
        fflush(stdout);
    }
    free(line);
    return fflush(stdout) ? 1 : 0;
}
