// Probe set of round 17 (C and C++), "recall first": vulnerable functions written the way a model
// writes them from a task description (a doc comment above, inputs as parameters from a user, a client,
// a file or the network, no framework), each with a safe twin carrying the usual fix. Classes: out-of-
// bounds writes and reads (loops with <=, indexes from input, memcpy lengths from headers, strncpy /
// recv without a terminator, gets / scanf / sscanf / fgets into fixed buffers, std::vector /
// std::array / std::string indexes), off-by-one, integer overflow and wrap in sizes, use after free /
// double free (early returns, list frees, iterator invalidation, dangling c_str()), returned stack
// addresses, unchecked NULL results (fopen, getenv, strchr, strtok, getpwnam, opendir, localtime),
// uninitialised buffers, format strings, command injection, path traversal, TOCTOU and leaks. Three
// waves, each written and saved before the analyzer was run on it (code-rules/README.md, "Round 17").
// Skipped probes are known gaps, with the reason in the test name.
import { describeProbes, type Probe } from './code-probes.js';

const PROBES: Probe[] = [
  {
    name: "loop_le_copy (c)",
    kind: "vuln",
    lang: "c",
    cwe: 193,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Copy the client's scores into a fixed table. */\nvoid store_scores(const int *scores, size_t n) {\n    int table[16];\n    if (n > 16) return;\n    for (size_t i = 0; i <= n; i++)\n        table[i] = scores[i];\n    printf(\"%d\\n\", table[0]);\n}\n"
  },
  {
    name: "loop_le_copy (c)",
    kind: "safe",
    lang: "c",
    cwe: 193,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Copy the client's scores into a fixed table. */\nvoid store_scores(const int *scores, size_t n) {\n    int table[16];\n    if (n > 16) return;\n    for (size_t i = 0; i < n; i++)\n        table[i] = scores[i];\n    printf(\"%d\\n\", table[0]);\n}\n"
  },
  {
    name: "index_unchecked_write (c)",
    kind: "vuln",
    lang: "c",
    cwe: 787,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstatic int counters[64];\n/* Increment the counter named by a slot number received from the network. */\nvoid bump_counter(int slot) {\n    counters[slot]++;\n}\n"
  },
  {
    name: "index_unchecked_write (c)",
    kind: "safe",
    lang: "c",
    cwe: 787,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstatic int counters[64];\n/* Increment the counter named by a slot number received from the network. */\nvoid bump_counter(int slot) {\n    if (slot < 0 || slot >= 64) return;\n    counters[slot]++;\n}\n"
  },
  {
    name: "index_one_side (c)",
    kind: "vuln",
    lang: "c",
    cwe: 125,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstatic const char *names[] = {\"red\", \"green\", \"blue\", \"alpha\"};\n/* Return the channel name for an index given by the user. */\nconst char *channel_name(int idx) {\n    if (idx >= 4) return \"unknown\";\n    return names[idx];\n}\n"
  },
  {
    name: "index_one_side (c)",
    kind: "safe",
    lang: "c",
    cwe: 125,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstatic const char *names[] = {\"red\", \"green\", \"blue\", \"alpha\"};\n/* Return the channel name for an index given by the user. */\nconst char *channel_name(int idx) {\n    if (idx < 0 || idx >= 4) return \"unknown\";\n    return names[idx];\n}\n"
  },
  {
    name: "memcpy_header_len (c)",
    kind: "vuln",
    lang: "c",
    cwe: 787,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <stdint.h>\n/* Parse a packet: 2-byte length, then payload; copy the payload out. */\nint parse_packet(const uint8_t *pkt, size_t pkt_len, char *out) {\n    char payload[256];\n    if (pkt_len < 2) return -1;\n    uint16_t len = (uint16_t)(pkt[0] << 8 | pkt[1]);\n    memcpy(payload, pkt + 2, len);\n    payload[len < 255 ? len : 255] = 0;\n    strcpy(out, \"ok\");\n    return len;\n}\n"
  },
  {
    name: "memcpy_header_len (c)",
    kind: "safe",
    lang: "c",
    cwe: 787,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <stdint.h>\n/* Parse a packet: 2-byte length, then payload; copy the payload out. */\nint parse_packet(const uint8_t *pkt, size_t pkt_len, char *out) {\n    char payload[256];\n    if (pkt_len < 2) return -1;\n    uint16_t len = (uint16_t)(pkt[0] << 8 | pkt[1]);\n    if (len >= sizeof(payload) || len > pkt_len - 2) return -1;\n    memcpy(payload, pkt + 2, len);\n    payload[len] = 0;\n    strcpy(out, \"ok\");\n    return len;\n}\n"
  },
  {
    name: "strncpy_no_term (c)",
    kind: "vuln",
    lang: "c",
    cwe: 170,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Store the user name and print its length. */\nsize_t remember_user(const char *user) {\n    char name[32];\n    strncpy(name, user, sizeof(name));\n    return strlen(name);\n}\n"
  },
  {
    name: "strncpy_no_term (c)",
    kind: "safe",
    lang: "c",
    cwe: 170,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Store the user name and print its length. */\nsize_t remember_user(const char *user) {\n    char name[32];\n    strncpy(name, user, sizeof(name) - 1);\n    name[sizeof(name) - 1] = '\\0';\n    return strlen(name);\n}\n"
  },
  {
    name: "gets_line (c)",
    kind: "vuln",
    lang: "c",
    cwe: 242,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Read a command line from the operator. */\nint read_command(void) {\n    char line[128];\n    if (gets(line) == NULL) return -1;\n    return (int)strlen(line);\n}\n"
  },
  {
    name: "gets_line (c)",
    kind: "safe",
    lang: "c",
    cwe: 242,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Read a command line from the operator. */\nint read_command(void) {\n    char line[128];\n    if (fgets(line, sizeof line, stdin) == NULL) return -1;\n    line[strcspn(line, \"\\n\")] = 0;\n    return (int)strlen(line);\n}\n"
  },
  {
    name: "scanf_s (c)",
    kind: "vuln",
    lang: "c",
    cwe: 120,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Ask for a user name and greet. */\nvoid greet(void) {\n    char name[40];\n    if (scanf(\"%s\", name) != 1) return;\n    printf(\"Hello %s\\n\", name);\n}\n"
  },
  {
    name: "scanf_s (c)",
    kind: "safe",
    lang: "c",
    cwe: 120,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Ask for a user name and greet. */\nvoid greet(void) {\n    char name[40];\n    if (scanf(\"%39s\", name) != 1) return;\n    printf(\"Hello %s\\n\", name);\n}\n"
  },
  {
    name: "sscanf_field (c)",
    kind: "vuln",
    lang: "c",
    cwe: 120,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Parse \"KEY=VALUE\" from a config line. */\nint parse_kv(const char *line, char *val_out, size_t out_len) {\n    char key[32], val[64];\n    if (sscanf(line, \"%[^=]=%s\", key, val) != 2) return -1;\n    snprintf(val_out, out_len, \"%s\", val);\n    return 0;\n}\n"
  },
  {
    name: "sscanf_field (c)",
    kind: "safe",
    lang: "c",
    cwe: 120,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Parse \"KEY=VALUE\" from a config line. */\nint parse_kv(const char *line, char *val_out, size_t out_len) {\n    char key[32], val[64];\n    if (sscanf(line, \"%31[^=]=%63s\", key, val) != 2) return -1;\n    snprintf(val_out, out_len, \"%s\", val);\n    return 0;\n}\n"
  },
  {
    name: "recv_as_string (c)",
    kind: "vuln",
    lang: "c",
    cwe: 170,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <sys/socket.h>\n/* Receive a greeting from the peer and log it. */\nint read_greeting(int fd) {\n    char buf[256];\n    ssize_t n = recv(fd, buf, sizeof(buf), 0);\n    if (n <= 0) return -1;\n    printf(\"peer says %s\\n\", buf);\n    return 0;\n}\n"
  },
  {
    name: "recv_as_string (c)",
    kind: "safe",
    lang: "c",
    cwe: 170,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <sys/socket.h>\n/* Receive a greeting from the peer and log it. */\nint read_greeting(int fd) {\n    char buf[256];\n    ssize_t n = recv(fd, buf, sizeof(buf) - 1, 0);\n    if (n <= 0) return -1;\n    buf[n] = '\\0';\n    printf(\"peer says %s\\n\", buf);\n    return 0;\n}\n"
  },
  {
    name: "read_term_at_n (c)",
    kind: "vuln",
    lang: "c",
    cwe: 193,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <unistd.h>\n/* Read a request line from the client socket. */\nint read_request(int fd, char *out, size_t out_len) {\n    char buf[512];\n    ssize_t n = read(fd, buf, sizeof(buf));\n    if (n < 0) return -1;\n    buf[n] = '\\0';\n    snprintf(out, out_len, \"%s\", buf);\n    return 0;\n}\n"
  },
  {
    name: "read_term_at_n (c)",
    kind: "safe",
    lang: "c",
    cwe: 193,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <unistd.h>\n/* Read a request line from the client socket. */\nint read_request(int fd, char *out, size_t out_len) {\n    char buf[512];\n    ssize_t n = read(fd, buf, sizeof(buf) - 1);\n    if (n < 0) return -1;\n    buf[n] = '\\0';\n    snprintf(out, out_len, \"%s\", buf);\n    return 0;\n}\n"
  },
  {
    name: "alloc_mul_overflow (c)",
    kind: "vuln",
    lang: "c",
    cwe: 190,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\ntypedef struct { int x, y; } point;\n/* Allocate and read count points from the file. */\npoint *read_points(FILE *f, unsigned count) {\n    point *p = malloc(count * sizeof(point));\n    if (!p) return NULL;\n    if (fread(p, sizeof(point), count, f) != count) { free(p); return NULL; }\n    return p;\n}\n"
  },
  {
    name: "alloc_mul_overflow (c)",
    kind: "safe",
    lang: "c",
    cwe: 190,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\ntypedef struct { int x, y; } point;\n/* Allocate and read count points from the file. */\npoint *read_points(FILE *f, unsigned count) {\n    point *p = calloc(count, sizeof(point));\n    if (!p) return NULL;\n    if (fread(p, sizeof(point), count, f) != count) { free(p); return NULL; }\n    return p;\n}\n"
  },
  {
    name: "alloc_plus_wrap (c)",
    kind: "vuln",
    lang: "c",
    cwe: 680,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <stdint.h>\n/* Build a message: a header of hdr_len bytes then body_len bytes, both from the wire. */\nchar *build_msg(const char *hdr, uint32_t hdr_len, const char *body, uint32_t body_len) {\n    uint32_t total = hdr_len + body_len;\n    char *m = malloc(total);\n    if (!m) return NULL;\n    memcpy(m, hdr, hdr_len);\n    memcpy(m + hdr_len, body, body_len);\n    return m;\n}\n"
  },
  {
    name: "alloc_plus_wrap (c)",
    kind: "safe",
    lang: "c",
    cwe: 680,
    wave: 1,
    gap: "c.uncontrolled-allocation (CWE-789, the same class) reads two uint32_t lengths of (pointer, length) parameter pairs as announced sizes because the doc says they come from the wire; the sum is bounded by the memory the caller holds",
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <stdint.h>\n/* Build a message: a header of hdr_len bytes then body_len bytes, both from the wire. */\nchar *build_msg(const char *hdr, uint32_t hdr_len, const char *body, uint32_t body_len) {\n    if (hdr_len > UINT32_MAX - body_len) return NULL;\n    uint32_t total = hdr_len + body_len;\n    char *m = malloc(total);\n    if (!m) return NULL;\n    memcpy(m, hdr, hdr_len);\n    memcpy(m + hdr_len, body, body_len);\n    return m;\n}\n"
  },
  {
    name: "signed_len_check (c)",
    kind: "vuln",
    lang: "c",
    cwe: 195,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Copy a client-supplied chunk into a local buffer; len comes from the client. */\nint copy_chunk(const char *src, int len) {\n    char buf[128];\n    if (len > (int)sizeof(buf)) return -1;\n    memcpy(buf, src, len);\n    return buf[0];\n}\n"
  },
  {
    name: "signed_len_check (c)",
    kind: "safe",
    lang: "c",
    cwe: 195,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Copy a client-supplied chunk into a local buffer; len comes from the client. */\nint copy_chunk(const char *src, int len) {\n    char buf[128];\n    if (len < 0 || len > (int)sizeof(buf)) return -1;\n    memcpy(buf, src, (size_t)len);\n    return buf[0];\n}\n"
  },
  {
    name: "uaf_early_return (c)",
    kind: "vuln",
    lang: "c",
    cwe: 416,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Process a job; on error log its name. */\nint run_job(char *name) {\n    char *copy = strdup(name);\n    if (!copy) return -1;\n    if (strlen(copy) > 100) {\n        free(copy);\n        fprintf(stderr, \"bad job %s\\n\", copy);\n        return -1;\n    }\n    puts(copy);\n    free(copy);\n    return 0;\n}\n"
  },
  {
    name: "uaf_early_return (c)",
    kind: "safe",
    lang: "c",
    cwe: 416,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Process a job; on error log its name. */\nint run_job(char *name) {\n    char *copy = strdup(name);\n    if (!copy) return -1;\n    if (strlen(copy) > 100) {\n        fprintf(stderr, \"bad job %s\\n\", copy);\n        free(copy);\n        return -1;\n    }\n    puts(copy);\n    free(copy);\n    return 0;\n}\n"
  },
  {
    name: "double_free_error (c)",
    kind: "vuln",
    lang: "c",
    cwe: 415,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Load a config blob; free on parse failure. */\nint load_blob(FILE *f) {\n    char *buf = malloc(4096);\n    if (!buf) return -1;\n    if (fread(buf, 1, 4096, f) == 0) {\n        free(buf);\n        goto fail;\n    }\n    free(buf);\n    return 0;\nfail:\n    free(buf);\n    return -1;\n}\n"
  },
  {
    name: "double_free_error (c)",
    kind: "safe",
    lang: "c",
    cwe: 415,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Load a config blob; free on parse failure. */\nint load_blob(FILE *f) {\n    char *buf = malloc(4096);\n    if (!buf) return -1;\n    if (fread(buf, 1, 4096, f) == 0) {\n        goto fail;\n    }\n    free(buf);\n    return 0;\nfail:\n    free(buf);\n    return -1;\n}\n"
  },
  {
    name: "list_free_then_next (c)",
    kind: "vuln",
    lang: "c",
    cwe: 416,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstruct node { struct node *next; char *val; };\n/* Free a linked list of nodes. */\nvoid free_list(struct node *head) {\n    for (struct node *n = head; n != NULL; n = n->next) {\n        free(n->val);\n        free(n);\n    }\n}\n"
  },
  {
    name: "list_free_then_next (c)",
    kind: "safe",
    lang: "c",
    cwe: 416,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstruct node { struct node *next; char *val; };\n/* Free a linked list of nodes. */\nvoid free_list(struct node *head) {\n    struct node *n = head;\n    while (n != NULL) {\n        struct node *next = n->next;\n        free(n->val);\n        free(n);\n        n = next;\n    }\n}\n"
  },
  {
    name: "realloc_stale_ptr (c)",
    kind: "vuln",
    lang: "c",
    cwe: 416,
    wave: 1,
    gap: "a pointer saved before realloc and returned after it is not tracked",
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Append a byte to the buffer and return a pointer to the old first element. */\nchar *append_byte(char **buf, size_t *len, char c) {\n    char *first = *buf;\n    char *nb = realloc(*buf, *len + 1);\n    if (!nb) return NULL;\n    *buf = nb;\n    nb[(*len)++] = c;\n    return first;\n}\n"
  },
  {
    name: "realloc_stale_ptr (c)",
    kind: "safe",
    lang: "c",
    cwe: 416,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Append a byte to the buffer and return a pointer to the first element. */\nchar *append_byte(char **buf, size_t *len, char c) {\n    char *nb = realloc(*buf, *len + 1);\n    if (!nb) return NULL;\n    *buf = nb;\n    nb[(*len)++] = c;\n    return *buf;\n}\n"
  },
  {
    name: "return_local (c)",
    kind: "vuln",
    lang: "c",
    cwe: 562,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Format a user id as a string for display. */\nchar *format_uid(int uid) {\n    char buf[32];\n    snprintf(buf, sizeof buf, \"uid-%d\", uid);\n    return buf;\n}\n"
  },
  {
    name: "return_local (c)",
    kind: "safe",
    lang: "c",
    cwe: 562,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Format a user id as a string for display. */\nchar *format_uid(int uid) {\n    static char buf[32];\n    snprintf(buf, sizeof buf, \"uid-%d\", uid);\n    return buf;\n}\n"
  },
  {
    name: "malloc_no_check (c)",
    kind: "vuln",
    lang: "c",
    cwe: 690,
    wave: 1,
    low: true,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Duplicate the message into a new buffer. */\nchar *dup_msg(const char *msg) {\n    size_t n = strlen(msg);\n    char *out = malloc(n + 1);\n    memcpy(out, msg, n + 1);\n    return out;\n}\n"
  },
  {
    name: "malloc_no_check (c)",
    kind: "safe",
    lang: "c",
    cwe: 690,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Duplicate the message into a new buffer. */\nchar *dup_msg(const char *msg) {\n    size_t n = strlen(msg);\n    char *out = malloc(n + 1);\n    if (out == NULL) return NULL;\n    memcpy(out, msg, n + 1);\n    return out;\n}\n"
  },
  {
    name: "fopen_no_check (c)",
    kind: "vuln",
    lang: "c",
    cwe: 476,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Count lines in the file named by the user. */\nint count_lines(const char *path) {\n    FILE *f = fopen(path, \"r\");\n    int c, n = 0;\n    while ((c = fgetc(f)) != EOF) if (c == '\\n') n++;\n    fclose(f);\n    return n;\n}\n"
  },
  {
    name: "fopen_no_check (c)",
    kind: "safe",
    lang: "c",
    cwe: 476,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Count lines in the file named by the user. */\nint count_lines(const char *path) {\n    FILE *f = fopen(path, \"r\");\n    int c, n = 0;\n    if (f == NULL) return -1;\n    while ((c = fgetc(f)) != EOF) if (c == '\\n') n++;\n    fclose(f);\n    return n;\n}\n"
  },
  {
    name: "getenv_no_check (c)",
    kind: "vuln",
    lang: "c",
    cwe: 476,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Return the length of the user's home directory path. */\nsize_t home_len(void) {\n    const char *home = getenv(\"HOME\");\n    return strlen(home);\n}\n"
  },
  {
    name: "getenv_no_check (c)",
    kind: "safe",
    lang: "c",
    cwe: 476,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Return the length of the user's home directory path. */\nsize_t home_len(void) {\n    const char *home = getenv(\"HOME\");\n    if (!home) return 0;\n    return strlen(home);\n}\n"
  },
  {
    name: "strchr_no_check (c)",
    kind: "vuln",
    lang: "c",
    cwe: 476,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Split \"name:value\" and return the value part. */\nconst char *header_value(char *line) {\n    char *colon = strchr(line, ':');\n    *colon = '\\0';\n    return colon + 1;\n}\n"
  },
  {
    name: "strchr_no_check (c)",
    kind: "safe",
    lang: "c",
    cwe: 476,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Split \"name:value\" and return the value part. */\nconst char *header_value(char *line) {\n    char *colon = strchr(line, ':');\n    if (colon == NULL) return NULL;\n    *colon = '\\0';\n    return colon + 1;\n}\n"
  },
  {
    name: "uninit_var (c)",
    kind: "vuln",
    lang: "c",
    cwe: 457,
    wave: 1,
    gap: "a variable assigned only inside a conditional in a loop is not tracked as possibly uninitialised",
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Return the largest value in the array. */\nint max_of(const int *v, size_t n) {\n    int best;\n    for (size_t i = 0; i < n; i++)\n        if (i == 0 || v[i] > best) best = v[i];\n    return best;\n}\n"
  },
  {
    name: "uninit_var (c)",
    kind: "safe",
    lang: "c",
    cwe: 457,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Return the largest value in the array. */\nint max_of(const int *v, size_t n) {\n    int best = 0;\n    for (size_t i = 0; i < n; i++)\n        if (i == 0 || v[i] > best) best = v[i];\n    return best;\n}\n"
  },
  {
    name: "uninit_malloc_str (c)",
    kind: "vuln",
    lang: "c",
    cwe: 908,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Build a greeting into a new buffer. */\nchar *make_greeting(const char *name) {\n    char *g = malloc(128);\n    if (!g) return NULL;\n    strcat(g, \"Hello, \");\n    strncat(g, name, 64);\n    return g;\n}\n"
  },
  {
    name: "uninit_malloc_str (c)",
    kind: "safe",
    lang: "c",
    cwe: 908,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Build a greeting into a new buffer. */\nchar *make_greeting(const char *name) {\n    char *g = malloc(128);\n    if (!g) return NULL;\n    g[0] = '\\0';\n    strcat(g, \"Hello, \");\n    strncat(g, name, 64);\n    return g;\n}\n"
  },
  {
    name: "format_printf (c)",
    kind: "vuln",
    lang: "c",
    cwe: 134,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Print the message sent by the client. */\nvoid show_message(const char *msg) {\n    printf(msg);\n    printf(\"\\n\");\n}\n"
  },
  {
    name: "format_printf (c)",
    kind: "safe",
    lang: "c",
    cwe: 134,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Print the message sent by the client. */\nvoid show_message(const char *msg) {\n    printf(\"%s\", msg);\n    printf(\"\\n\");\n}\n"
  },
  {
    name: "format_snprintf (c)",
    kind: "vuln",
    lang: "c",
    cwe: 134,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Render the user's title into the window caption. */\nvoid set_caption(char *caption, size_t n, const char *title) {\n    snprintf(caption, n, title);\n}\n"
  },
  {
    name: "format_snprintf (c)",
    kind: "safe",
    lang: "c",
    cwe: 134,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Render the user's title into the window caption. */\nvoid set_caption(char *caption, size_t n, const char *title) {\n    snprintf(caption, n, \"%s\", title);\n}\n"
  },
  {
    name: "cmd_snprintf_system (c)",
    kind: "vuln",
    lang: "c",
    cwe: 78,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Ping the host given by the user. */\nint ping_host(const char *host) {\n    char cmd[256];\n    snprintf(cmd, sizeof cmd, \"ping -c 1 %s\", host);\n    return system(cmd);\n}\n"
  },
  {
    name: "cmd_snprintf_system (c)",
    kind: "safe",
    lang: "c",
    cwe: 78,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <unistd.h>\n#include <sys/wait.h>\n/* Ping the host given by the user. */\nint ping_host(const char *host) {\n    pid_t pid = fork();\n    if (pid == 0) { execlp(\"ping\", \"ping\", \"-c\", \"1\", \"--\", host, (char *)NULL); _exit(127); }\n    int st;\n    if (pid < 0 || waitpid(pid, &st, 0) < 0) return -1;\n    return st;\n}\n"
  },
  {
    name: "cmd_popen (c)",
    kind: "vuln",
    lang: "c",
    cwe: 78,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Return the first line of 'file' output for a user-named upload. */\nint file_type(const char *name, char *out, size_t n) {\n    char cmd[512];\n    snprintf(cmd, sizeof cmd, \"file -b '/srv/uploads/%s'\", name);\n    FILE *p = popen(cmd, \"r\");\n    if (!p) return -1;\n    if (!fgets(out, (int)n, p)) out[0] = 0;\n    return pclose(p);\n}\n"
  },
  {
    name: "cmd_popen (c)",
    kind: "safe",
    lang: "c",
    cwe: 78,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Return the first line of 'file' output for a user-named upload. */\nint file_type(const char *name, char *out, size_t n) {\n    char cmd[512];\n    if (strspn(name, \"abcdefghijklmnopqrstuvwxyz0123456789._-\") != strlen(name) || name[0] == '.') return -1;\n    snprintf(cmd, sizeof cmd, \"file -b '/srv/uploads/%s'\", name);\n    FILE *p = popen(cmd, \"r\");\n    if (!p) return -1;\n    if (!fgets(out, (int)n, p)) out[0] = 0;\n    return pclose(p);\n}\n"
  },
  {
    name: "path_join_open (c)",
    kind: "vuln",
    lang: "c",
    cwe: 22,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Open a file from the public directory by the name in the request. */\nFILE *open_public(const char *name) {\n    char path[512];\n    snprintf(path, sizeof path, \"/var/www/public/%s\", name);\n    return fopen(path, \"rb\");\n}\n"
  },
  {
    name: "path_join_open (c)",
    kind: "safe",
    lang: "c",
    cwe: 22,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Open a file from the public directory by the name in the request. */\nFILE *open_public(const char *name) {\n    char path[512];\n    if (strchr(name, '/') || strstr(name, \"..\")) return NULL;\n    snprintf(path, sizeof path, \"/var/www/public/%s\", name);\n    return fopen(path, \"rb\");\n}\n"
  },
  {
    name: "toctou_access (c)",
    kind: "vuln",
    lang: "c",
    cwe: 367,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <unistd.h>\n/* Write the report to a path the (setuid) program's caller names, if they may write it. */\nint write_report(const char *path, const char *text) {\n    if (access(path, W_OK) != 0) return -1;\n    FILE *f = fopen(path, \"w\");\n    if (!f) return -1;\n    fputs(text, f);\n    fclose(f);\n    return 0;\n}\n"
  },
  {
    name: "toctou_access (c)",
    kind: "safe",
    lang: "c",
    cwe: 367,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <unistd.h>\n#include <fcntl.h>\n/* Write the report to a path the (setuid) program's caller names, if they may write it. */\nint write_report(const char *path, const char *text) {\n    uid_t saved = geteuid();\n    if (seteuid(getuid()) != 0) return -1;\n    int fd = open(path, O_WRONLY | O_TRUNC | O_NOFOLLOW);\n    if (seteuid(saved) != 0) { if (fd >= 0) close(fd); return -1; }\n    if (fd < 0) return -1;\n    FILE *f = fdopen(fd, \"w\");\n    if (!f) { close(fd); return -1; }\n    fputs(text, f);\n    fclose(f);\n    return 0;\n}\n"
  },
  {
    name: "leak_error_path (c)",
    kind: "vuln",
    lang: "c",
    cwe: 401,
    wave: 1,
    gap: "no rule follows an acquired resource to an early return that does not release it",
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Read the whole file into a new buffer. */\nchar *slurp(const char *path, size_t *len) {\n    FILE *f = fopen(path, \"rb\");\n    if (!f) return NULL;\n    char *buf = malloc(65536);\n    if (!buf) return NULL;\n    *len = fread(buf, 1, 65536, f);\n    fclose(f);\n    return buf;\n}\n"
  },
  {
    name: "leak_error_path (c)",
    kind: "safe",
    lang: "c",
    cwe: 401,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Read the whole file into a new buffer. */\nchar *slurp(const char *path, size_t *len) {\n    FILE *f = fopen(path, \"rb\");\n    if (!f) return NULL;\n    char *buf = malloc(65536);\n    if (!buf) { fclose(f); return NULL; }\n    *len = fread(buf, 1, 65536, f);\n    fclose(f);\n    return buf;\n}\n"
  },
  {
    name: "strcpy_param (c)",
    kind: "vuln",
    lang: "c",
    cwe: 120,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstruct user { char name[32]; int id; };\n/* Set the user's display name from the registration form. */\nvoid set_name(struct user *u, const char *name) {\n    strcpy(u->name, name);\n}\n"
  },
  {
    name: "strcpy_param (c)",
    kind: "safe",
    lang: "c",
    cwe: 120,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstruct user { char name[32]; int id; };\n/* Set the user's display name from the registration form. */\nvoid set_name(struct user *u, const char *name) {\n    snprintf(u->name, sizeof u->name, \"%s\", name);\n}\n"
  },
  {
    name: "sprintf_two (c)",
    kind: "vuln",
    lang: "c",
    cwe: 120,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Build \"user@host\" for the login banner. */\nvoid make_login(char out[64], const char *user, const char *host) {\n    sprintf(out, \"%s@%s\", user, host);\n}\n"
  },
  {
    name: "sprintf_two (c)",
    kind: "safe",
    lang: "c",
    cwe: 120,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Build \"user@host\" for the login banner. */\nvoid make_login(char out[64], const char *user, const char *host) {\n    snprintf(out, 64, \"%s@%s\", user, host);\n}\n"
  },
  {
    name: "ptr_walk_past (c)",
    kind: "vuln",
    lang: "c",
    cwe: 125,
    wave: 1,
    gap: "a pointer walk bounded only by a sentinel it may never find is not recognised",
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Return the number of bytes before the first ';' in the record. */\nsize_t field_len(const char *rec, size_t len) {\n    const char *p = rec;\n    while (*p != ';') p++;\n    return (size_t)(p - rec);\n}\n"
  },
  {
    name: "ptr_walk_past (c)",
    kind: "safe",
    lang: "c",
    cwe: 125,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Return the number of bytes before the first ';' in the record. */\nsize_t field_len(const char *rec, size_t len) {\n    const char *p = rec;\n    while (p < rec + len && *p != ';') p++;\n    return (size_t)(p - rec);\n}\n"
  },
  {
    name: "tlv_read (c)",
    kind: "vuln",
    lang: "c",
    cwe: 125,
    wave: 1,
    gap: "a length byte read from the buffer and used as a loop bound is not compared with the remaining bytes",
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <stdint.h>\n/* Sum the values of a TLV record: type(1) len(1) value(len). */\nunsigned tlv_sum(const uint8_t *buf, size_t n) {\n    unsigned sum = 0;\n    size_t i = 0;\n    while (i + 2 <= n) {\n        uint8_t len = buf[i + 1];\n        for (uint8_t k = 0; k < len; k++) sum += buf[i + 2 + k];\n        i += 2 + len;\n    }\n    return sum;\n}\n"
  },
  {
    name: "tlv_read (c)",
    kind: "safe",
    lang: "c",
    cwe: 125,
    wave: 1,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <stdint.h>\n/* Sum the values of a TLV record: type(1) len(1) value(len). */\nunsigned tlv_sum(const uint8_t *buf, size_t n) {\n    unsigned sum = 0;\n    size_t i = 0;\n    while (i + 2 <= n) {\n        uint8_t len = buf[i + 1];\n        if (len > n - i - 2) break;\n        for (uint8_t k = 0; k < len; k++) sum += buf[i + 2 + k];\n        i += 2 + len;\n    }\n    return sum;\n}\n"
  },
  {
    name: "vec_index_unchecked (cpp)",
    kind: "vuln",
    lang: "cpp",
    cwe: 125,
    wave: 1,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n\n// Return the price of the item the customer selected by index.\ndouble item_price(const std::vector<double> &prices, int choice) {\n    return prices[choice];\n}\n"
  },
  {
    name: "vec_index_unchecked (cpp)",
    kind: "safe",
    lang: "cpp",
    cwe: 125,
    wave: 1,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n\n// Return the price of the item the customer selected by index.\ndouble item_price(const std::vector<double> &prices, int choice) {\n    if (choice < 0 || static_cast<size_t>(choice) >= prices.size()) return 0.0;\n    return prices[choice];\n}\n"
  },
  {
    name: "vec_le_loop (cpp)",
    kind: "vuln",
    lang: "cpp",
    cwe: 193,
    wave: 1,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n\n// Sum the first n readings from the sensor log.\nlong sum_readings(const std::vector<int> &r, size_t n) {\n    long s = 0;\n    if (n > r.size()) n = r.size();\n    for (size_t i = 0; i <= n; ++i) s += r[i];\n    return s;\n}\n"
  },
  {
    name: "vec_le_loop (cpp)",
    kind: "safe",
    lang: "cpp",
    cwe: 193,
    wave: 1,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n\n// Sum the first n readings from the sensor log.\nlong sum_readings(const std::vector<int> &r, size_t n) {\n    long s = 0;\n    if (n > r.size()) n = r.size();\n    for (size_t i = 0; i < n; ++i) s += r[i];\n    return s;\n}\n"
  },
  {
    name: "array_index_cpp (cpp)",
    kind: "vuln",
    lang: "cpp",
    cwe: 787,
    wave: 1,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n#include <array>\n// Record a vote for the candidate number sent by the client.\nvoid record_vote(std::array<int, 8> &votes, int candidate) {\n    votes[candidate] += 1;\n}\n"
  },
  {
    name: "array_index_cpp (cpp)",
    kind: "safe",
    lang: "cpp",
    cwe: 787,
    wave: 1,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n#include <array>\n// Record a vote for the candidate number sent by the client.\nvoid record_vote(std::array<int, 8> &votes, int candidate) {\n    if (candidate < 0 || candidate >= static_cast<int>(votes.size())) return;\n    votes[candidate] += 1;\n}\n"
  },
  {
    name: "string_index_cpp (cpp)",
    kind: "vuln",
    lang: "cpp",
    cwe: 125,
    wave: 1,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n\n// Return the character at the position the user asked for.\nchar char_at(const std::string &s, size_t pos) {\n    return s[pos];\n}\n"
  },
  {
    name: "string_index_cpp (cpp)",
    kind: "safe",
    lang: "cpp",
    cwe: 125,
    wave: 1,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n\n// Return the character at the position the user asked for.\nchar char_at(const std::string &s, size_t pos) {\n    if (pos >= s.size()) return '\\0';\n    return s[pos];\n}\n"
  },
  {
    name: "memcpy_string_cpp (cpp)",
    kind: "vuln",
    lang: "cpp",
    cwe: 120,
    wave: 1,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n\nstruct Packet { char name[16]; int id; };\n// Fill the packet name from the client's string.\nvoid fill_packet(Packet &p, const std::string &name) {\n    std::memcpy(p.name, name.c_str(), name.size() + 1);\n}\n"
  },
  {
    name: "memcpy_string_cpp (cpp)",
    kind: "safe",
    lang: "cpp",
    cwe: 120,
    wave: 1,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n\nstruct Packet { char name[16]; int id; };\n// Fill the packet name from the client's string.\nvoid fill_packet(Packet &p, const std::string &name) {\n    std::snprintf(p.name, sizeof p.name, \"%s\", name.c_str());\n}\n"
  },
  {
    name: "strcpy_cstr_cpp (cpp)",
    kind: "vuln",
    lang: "cpp",
    cwe: 120,
    wave: 1,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n\n// Copy the user's nickname into the legacy C buffer.\nvoid legacy_nick(char (&dst)[24], const std::string &nick) {\n    std::strcpy(dst, nick.c_str());\n}\n"
  },
  {
    name: "strcpy_cstr_cpp (cpp)",
    kind: "safe",
    lang: "cpp",
    cwe: 120,
    wave: 1,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n\n// Copy the user's nickname into the legacy C buffer.\nvoid legacy_nick(char (&dst)[24], const std::string &nick) {\n    std::snprintf(dst, sizeof dst, \"%s\", nick.c_str());\n}\n"
  },
  {
    name: "new_array_overflow_cpp (cpp)",
    kind: "vuln",
    lang: "cpp",
    cwe: 190,
    wave: 1,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n#include <cstdint>\n// Allocate an image buffer for the width and height in the file header.\nuint32_t *alloc_image(uint32_t width, uint32_t height) {\n    uint32_t *px = new uint32_t[width * height];\n    std::memset(px, 0, width * height * sizeof(uint32_t));\n    return px;\n}\n"
  },
  {
    name: "new_array_overflow_cpp (cpp)",
    kind: "safe",
    lang: "cpp",
    cwe: 190,
    wave: 1,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n#include <cstdint>\n#include <limits>\n// Allocate an image buffer for the width and height in the file header.\nuint32_t *alloc_image(uint32_t width, uint32_t height) {\n    if (width == 0 || height == 0 || width > 16384 || height > 16384) return nullptr;\n    size_t n = static_cast<size_t>(width) * height;\n    uint32_t *px = new uint32_t[n]();\n    return px;\n}\n"
  },
  {
    name: "uaf_delete_cpp (cpp)",
    kind: "vuln",
    lang: "cpp",
    cwe: 416,
    wave: 1,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n\nstruct Session { std::string user; int id; };\n// Close the session and log which user it belonged to.\nvoid close_session(Session *s) {\n    delete s;\n    std::printf(\"closed session of %s\\n\", s->user.c_str());\n}\n"
  },
  {
    name: "uaf_delete_cpp (cpp)",
    kind: "safe",
    lang: "cpp",
    cwe: 416,
    wave: 1,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n\nstruct Session { std::string user; int id; };\n// Close the session and log which user it belonged to.\nvoid close_session(Session *s) {\n    std::printf(\"closed session of %s\\n\", s->user.c_str());\n    delete s;\n}\n"
  },
  {
    name: "iterator_invalidation_cpp (cpp)",
    kind: "vuln",
    lang: "cpp",
    cwe: 416,
    wave: 1,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n\n// Add a doubled copy of every even number to the list.\nvoid add_doubles(std::vector<int> &v) {\n    for (auto it = v.begin(); it != v.end(); ++it)\n        if (*it % 2 == 0) v.push_back(*it * 2);\n}\n"
  },
  {
    name: "iterator_invalidation_cpp (cpp)",
    kind: "safe",
    lang: "cpp",
    cwe: 416,
    wave: 1,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n\n// Add a doubled copy of every even number to the list.\nvoid add_doubles(std::vector<int> &v) {\n    const size_t n = v.size();\n    for (size_t i = 0; i < n; ++i)\n        if (v[i] % 2 == 0) v.push_back(v[i] * 2);\n}\n"
  },
  {
    name: "double_delete_cpp (cpp)",
    kind: "vuln",
    lang: "cpp",
    cwe: 415,
    wave: 1,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n\n// Parse a record; release the buffer on failure.\nbool parse_record(const char *data, size_t n) {\n    char *buf = new char[n + 1];\n    std::memcpy(buf, data, n);\n    buf[n] = '\\0';\n    bool ok = std::strchr(buf, '=') != nullptr;\n    if (!ok) delete[] buf;\n    delete[] buf;\n    return ok;\n}\n"
  },
  {
    name: "double_delete_cpp (cpp)",
    kind: "safe",
    lang: "cpp",
    cwe: 415,
    wave: 1,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n\n// Parse a record; release the buffer on failure.\nbool parse_record(const char *data, size_t n) {\n    std::string buf(data, n);\n    bool ok = buf.find('=') != std::string::npos;\n    return ok;\n}\n"
  },
  {
    name: "dangling_cstr_cpp (cpp)",
    kind: "vuln",
    lang: "cpp",
    cwe: 416,
    wave: 1,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n\n// Return the upper-cased user name as a C string for the legacy API.\nconst char *upper_name(const std::string &name) {\n    std::string up = name;\n    for (auto &c : up) c = static_cast<char>(toupper(static_cast<unsigned char>(c)));\n    return up.c_str();\n}\n"
  },
  {
    name: "dangling_cstr_cpp (cpp)",
    kind: "safe",
    lang: "cpp",
    cwe: 416,
    wave: 1,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n\n// Return the upper-cased user name for the legacy API.\nstd::string upper_name(const std::string &name) {\n    std::string up = name;\n    for (auto &c : up) c = static_cast<char>(toupper(static_cast<unsigned char>(c)));\n    return up;\n}\n"
  },
  {
    name: "format_cpp (cpp)",
    kind: "vuln",
    lang: "cpp",
    cwe: 134,
    wave: 1,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n\n// Log the client's status line.\nvoid log_status(const std::string &line) {\n    std::fprintf(stderr, line.c_str());\n}\n"
  },
  {
    name: "format_cpp (cpp)",
    kind: "safe",
    lang: "cpp",
    cwe: 134,
    wave: 1,
    notCwe: 134,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n\n// Log the client's status line.\nvoid log_status(const std::string &line) {\n    std::fprintf(stderr, \"%s\\n\", line.c_str());\n}\n"
  },
  {
    name: "system_string_cpp (cpp)",
    kind: "vuln",
    lang: "cpp",
    cwe: 78,
    wave: 1,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n#include <cstdlib>\n// Convert the user's uploaded image to PNG.\nint convert_image(const std::string &file) {\n    std::string cmd = \"convert /tmp/up/\" + file + \" /tmp/out.png\";\n    return std::system(cmd.c_str());\n}\n"
  },
  {
    name: "system_string_cpp (cpp)",
    kind: "safe",
    lang: "cpp",
    cwe: 78,
    wave: 1,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n#include <cstdlib>\n#include <unistd.h>\n#include <sys/wait.h>\n// Convert the user's uploaded image to PNG.\nint convert_image(const std::string &file) {\n    std::string in = \"/tmp/up/\" + file;\n    pid_t pid = fork();\n    if (pid == 0) { execlp(\"convert\", \"convert\", \"--\", in.c_str(), \"/tmp/out.png\", (char *)nullptr); _exit(127); }\n    int st = 0;\n    if (pid < 0 || waitpid(pid, &st, 0) < 0) return -1;\n    return st;\n}\n"
  },
  {
    name: "path_ifstream_cpp (cpp)",
    kind: "vuln",
    lang: "cpp",
    cwe: 22,
    wave: 1,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n#include <fstream>\n// Return the contents of a report by the name in the request.\nstd::string read_report(const std::string &name) {\n    std::ifstream in(\"/srv/reports/\" + name);\n    return std::string(std::istreambuf_iterator<char>(in), {});\n}\n"
  },
  {
    name: "path_ifstream_cpp (cpp)",
    kind: "safe",
    lang: "cpp",
    cwe: 22,
    wave: 1,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n#include <fstream>\n// Return the contents of a report by the name in the request.\nstd::string read_report(const std::string &name) {\n    if (name.empty() || name.find('/') != std::string::npos || name.find(\"..\") != std::string::npos) return \"\";\n    std::ifstream in(\"/srv/reports/\" + name);\n    return std::string(std::istreambuf_iterator<char>(in), {});\n}\n"
  },
  {
    name: "int_len_cpp (cpp)",
    kind: "vuln",
    lang: "cpp",
    cwe: 190,
    wave: 1,
    gap: "an int product of two parameters stored in a variable and then used as a vector size is not followed",
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n\n// Reserve room for count records of the size in the file header and read them.\nstd::vector<char> read_records(FILE *f, int count, int rec_size) {\n    int total = count * rec_size;\n    std::vector<char> buf(total);\n    if (std::fread(buf.data(), 1, total, f) != static_cast<size_t>(total)) buf.clear();\n    return buf;\n}\n"
  },
  {
    name: "int_len_cpp (cpp)",
    kind: "safe",
    lang: "cpp",
    cwe: 190,
    wave: 1,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n\n// Reserve room for count records of the size in the file header and read them.\nstd::vector<char> read_records(FILE *f, int count, int rec_size) {\n    if (count <= 0 || rec_size <= 0 || count > 4096 || rec_size > 4096) return {};\n    size_t total = static_cast<size_t>(count) * static_cast<size_t>(rec_size);\n    std::vector<char> buf(total);\n    if (std::fread(buf.data(), 1, total, f) != total) buf.clear();\n    return buf;\n}\n"
  },
  {
    name: "unsigned_sub_cpp (cpp)",
    kind: "vuln",
    lang: "cpp",
    cwe: 191,
    wave: 1,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n\n// Return the payload after a header of hdr bytes; len is the packet length.\nstd::string payload(const char *pkt, size_t len, size_t hdr) {\n    size_t body = len - hdr;\n    return std::string(pkt + hdr, body);\n}\n"
  },
  {
    name: "unsigned_sub_cpp (cpp)",
    kind: "safe",
    lang: "cpp",
    cwe: 191,
    wave: 1,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n\n// Return the payload after a header of hdr bytes; len is the packet length.\nstd::string payload(const char *pkt, size_t len, size_t hdr) {\n    if (hdr > len) return {};\n    size_t body = len - hdr;\n    return std::string(pkt + hdr, body);\n}\n"
  },
  {
    name: "unique_ptr_get_cpp (cpp)",
    kind: "vuln",
    lang: "cpp",
    cwe: 416,
    wave: 1,
    gap: "a raw pointer kept from unique_ptr::get() past the owner's scope is not tracked",
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n#include <memory>\nstruct Conn { int fd; };\nstatic Conn *g_last = nullptr;\n// Open a connection object and remember it as the last one.\nvoid open_conn(int fd) {\n    auto c = std::make_unique<Conn>();\n    c->fd = fd;\n    g_last = c.get();\n}\nint last_fd() { return g_last->fd; }\n"
  },
  {
    name: "unique_ptr_get_cpp (cpp)",
    kind: "safe",
    lang: "cpp",
    cwe: 416,
    wave: 1,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n#include <memory>\nstruct Conn { int fd; };\nstatic std::unique_ptr<Conn> g_last;\n// Open a connection object and remember it as the last one.\nvoid open_conn(int fd) {\n    auto c = std::make_unique<Conn>();\n    c->fd = fd;\n    g_last = std::move(c);\n}\nint last_fd() { return g_last ? g_last->fd : -1; }\n"
  },
  {
    name: "leak_new_cpp (cpp)",
    kind: "vuln",
    lang: "cpp",
    cwe: 401,
    wave: 1,
    gap: "no rule follows an acquired resource to an early return that does not release it",
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n\n// Parse a line into a new buffer; return false on an empty line.\nbool parse_line(const char *line, char **out) {\n    char *buf = new char[256];\n    if (line[0] == '\\0') return false;\n    std::snprintf(buf, 256, \"%s\", line);\n    *out = buf;\n    return true;\n}\n"
  },
  {
    name: "leak_new_cpp (cpp)",
    kind: "safe",
    lang: "cpp",
    cwe: 401,
    wave: 1,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n\n// Parse a line into a new buffer; return false on an empty line.\nbool parse_line(const char *line, char **out) {\n    if (line[0] == '\\0') return false;\n    char *buf = new char[256];\n    std::snprintf(buf, 256, \"%s\", line);\n    *out = buf;\n    return true;\n}\n"
  },
  {
    name: "memmove_offset (c)",
    kind: "vuln",
    lang: "c",
    cwe: 787,
    wave: 2,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Patch the record at the offset the client names with the given bytes. */\nint patch_record(char rec[512], size_t off, const char *data, size_t n) {\n    memmove(rec + off, data, n);\n    return 0;\n}\n"
  },
  {
    name: "memmove_offset (c)",
    kind: "safe",
    lang: "c",
    cwe: 787,
    wave: 2,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Patch the record at the offset the client names with the given bytes. */\nint patch_record(char rec[512], size_t off, const char *data, size_t n) {\n    if (off > 512 || n > 512 - off) return -1;\n    memmove(rec + off, data, n);\n    return 0;\n}\n"
  },
  {
    name: "wcscpy_param (c)",
    kind: "vuln",
    lang: "c",
    cwe: 120,
    wave: 2,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <wchar.h>\n/* Store the window title typed by the user. */\nvoid set_title(const wchar_t *title) {\n    wchar_t buf[64];\n    wcscpy(buf, title);\n    wprintf(L\"%ls\\n\", buf);\n}\n"
  },
  {
    name: "wcscpy_param (c)",
    kind: "safe",
    lang: "c",
    cwe: 120,
    wave: 2,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <wchar.h>\n/* Store the window title typed by the user. */\nvoid set_title(const wchar_t *title) {\n    wchar_t buf[64];\n    wcsncpy(buf, title, 63);\n    buf[63] = L'\\0';\n    wprintf(L\"%ls\\n\", buf);\n}\n"
  },
  {
    name: "strcat_loop_args (c)",
    kind: "vuln",
    lang: "c",
    cwe: 120,
    wave: 2,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Join the command-line words into one line. */\nvoid join_args(int argc, char **argv) {\n    char line[256] = \"\";\n    for (int i = 1; i < argc; i++) {\n        strcat(line, argv[i]);\n        strcat(line, \" \");\n    }\n    puts(line);\n}\n"
  },
  {
    name: "strcat_loop_args (c)",
    kind: "safe",
    lang: "c",
    cwe: 120,
    wave: 2,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Join the command-line words into one line. */\nvoid join_args(int argc, char **argv) {\n    char line[256] = \"\";\n    size_t used = 0;\n    for (int i = 1; i < argc; i++) {\n        int w = snprintf(line + used, sizeof line - used, \"%s \", argv[i]);\n        if (w < 0 || (size_t)w >= sizeof line - used) break;\n        used += (size_t)w;\n    }\n    puts(line);\n}\n"
  },
  {
    name: "fgets_size_mismatch (c)",
    kind: "vuln",
    lang: "c",
    cwe: 121,
    wave: 2,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Read the first line of the uploaded file. */\nint first_line(FILE *f, char *out, size_t n) {\n    char buf[128];\n    if (!fgets(buf, 256, f)) return -1;\n    snprintf(out, n, \"%s\", buf);\n    return 0;\n}\n"
  },
  {
    name: "fgets_size_mismatch (c)",
    kind: "safe",
    lang: "c",
    cwe: 121,
    wave: 2,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Read the first line of the uploaded file. */\nint first_line(FILE *f, char *out, size_t n) {\n    char buf[128];\n    if (!fgets(buf, sizeof buf, f)) return -1;\n    snprintf(out, n, \"%s\", buf);\n    return 0;\n}\n"
  },
  {
    name: "read_len_param (c)",
    kind: "vuln",
    lang: "c",
    cwe: 787,
    wave: 2,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <unistd.h>\n/* Read a message body of the length announced in the header. */\nint read_body(int fd, size_t body_len) {\n    char body[1024];\n    if (read(fd, body, body_len) < 0) return -1;\n    return body[0];\n}\n"
  },
  {
    name: "read_len_param (c)",
    kind: "safe",
    lang: "c",
    cwe: 787,
    wave: 2,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <unistd.h>\n/* Read a message body of the length announced in the header. */\nint read_body(int fd, size_t body_len) {\n    char body[1024];\n    if (body_len > sizeof body) return -1;\n    if (read(fd, body, body_len) < 0) return -1;\n    return body[0];\n}\n"
  },
  {
    name: "alloca_input (c)",
    kind: "vuln",
    lang: "c",
    cwe: 789,
    wave: 2,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <alloca.h>\n/* Decode a client frame whose length is in the first argument. */\nint decode_frame(const char *data, size_t len) {\n    char *tmp = alloca(len);\n    memcpy(tmp, data, len);\n    return tmp[0];\n}\n"
  },
  {
    name: "alloca_input (c)",
    kind: "safe",
    lang: "c",
    cwe: 789,
    wave: 2,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <alloca.h>\n/* Decode a client frame whose length is in the first argument. */\nint decode_frame(const char *data, size_t len) {\n    if (len == 0 || len > 4096) return -1;\n    char *tmp = alloca(len);\n    memcpy(tmp, data, len);\n    return tmp[0];\n}\n"
  },
  {
    name: "le_sizeof_loop (c)",
    kind: "vuln",
    lang: "c",
    cwe: 193,
    wave: 2,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Clear the session key buffer. */\nvoid clear_key(void) {\n    unsigned char key[32];\n    for (size_t i = 0; i <= sizeof(key); i++) key[i] = 0;\n    printf(\"%d\\n\", key[0]);\n}\n"
  },
  {
    name: "le_sizeof_loop (c)",
    kind: "safe",
    lang: "c",
    cwe: 193,
    wave: 2,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Clear the session key buffer. */\nvoid clear_key(void) {\n    unsigned char key[32];\n    for (size_t i = 0; i < sizeof(key); i++) key[i] = 0;\n    printf(\"%d\\n\", key[0]);\n}\n"
  },
  {
    name: "getenv_strcpy (c)",
    kind: "vuln",
    lang: "c",
    cwe: 120,
    wave: 2,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Build the path of the user's config file. */\nvoid config_path(char out[256]) {\n    char home[128];\n    const char *h = getenv(\"HOME\");\n    if (!h) h = \"/\";\n    strcpy(home, h);\n    snprintf(out, 256, \"%s/.apprc\", home);\n}\n"
  },
  {
    name: "getenv_strcpy (c)",
    kind: "safe",
    lang: "c",
    cwe: 120,
    wave: 2,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Build the path of the user's config file. */\nvoid config_path(char out[256]) {\n    char home[128];\n    const char *h = getenv(\"HOME\");\n    if (!h) h = \"/\";\n    snprintf(home, sizeof home, \"%s\", h);\n    snprintf(out, 256, \"%s/.apprc\", home);\n}\n"
  },
  {
    name: "field_uaf (c)",
    kind: "vuln",
    lang: "c",
    cwe: 416,
    wave: 2,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstruct request { char *body; size_t len; };\n/* Release the request body and log its size. */\nvoid finish_request(struct request *req) {\n    free(req->body);\n    printf(\"done: %zu bytes, starts %c\\n\", req->len, req->body[0]);\n}\n"
  },
  {
    name: "field_uaf (c)",
    kind: "safe",
    lang: "c",
    cwe: 416,
    wave: 2,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstruct request { char *body; size_t len; };\n/* Release the request body and log its size. */\nvoid finish_request(struct request *req) {\n    printf(\"done: %zu bytes, starts %c\\n\", req->len, req->len ? req->body[0] : ' ');\n    free(req->body);\n    req->body = NULL;\n}\n"
  },
  {
    name: "getpwnam_null (c)",
    kind: "vuln",
    lang: "c",
    cwe: 476,
    wave: 2,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <pwd.h>\n/* Return the uid of the named account. */\nint uid_of(const char *user) {\n    struct passwd *pw = getpwnam(user);\n    return (int)pw->pw_uid;\n}\n"
  },
  {
    name: "getpwnam_null (c)",
    kind: "safe",
    lang: "c",
    cwe: 476,
    wave: 2,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <pwd.h>\n/* Return the uid of the named account. */\nint uid_of(const char *user) {\n    struct passwd *pw = getpwnam(user);\n    if (pw == NULL) return -1;\n    return (int)pw->pw_uid;\n}\n"
  },
  {
    name: "strtok_null (c)",
    kind: "vuln",
    lang: "c",
    cwe: 476,
    wave: 2,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Return the numeric code at the start of a status line. */\nint status_code(char *line) {\n    char *tok = strtok(line, \" \");\n    return atoi(tok);\n}\n"
  },
  {
    name: "strtok_null (c)",
    kind: "safe",
    lang: "c",
    cwe: 476,
    wave: 2,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Return the numeric code at the start of a status line. */\nint status_code(char *line) {\n    char *tok = strtok(line, \" \");\n    if (tok == NULL) return -1;\n    return atoi(tok);\n}\n"
  },
  {
    name: "popen_null (c)",
    kind: "vuln",
    lang: "c",
    cwe: 476,
    wave: 2,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Return the kernel release string. */\nint kernel_release(char *out, int n) {\n    FILE *p = popen(\"uname -r\", \"r\");\n    char *r = fgets(out, n, p);\n    pclose(p);\n    return r ? 0 : -1;\n}\n"
  },
  {
    name: "popen_null (c)",
    kind: "safe",
    lang: "c",
    cwe: 476,
    wave: 2,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Return the kernel release string. */\nint kernel_release(char *out, int n) {\n    FILE *p = popen(\"uname -r\", \"r\");\n    if (!p) return -1;\n    char *r = fgets(out, n, p);\n    pclose(p);\n    return r ? 0 : -1;\n}\n"
  },
  {
    name: "syslog_format (c)",
    kind: "vuln",
    lang: "c",
    cwe: 134,
    wave: 2,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <syslog.h>\n/* Record the client's reason for disconnecting. */\nvoid log_reason(const char *reason) {\n    syslog(LOG_INFO, reason);\n}\n"
  },
  {
    name: "syslog_format (c)",
    kind: "safe",
    lang: "c",
    cwe: 134,
    wave: 2,
    notCwe: 134,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <syslog.h>\n/* Record the client's reason for disconnecting. */\nvoid log_reason(const char *reason) {\n    syslog(LOG_INFO, \"%s\", reason);\n}\n"
  },
  {
    name: "execl_sh_c (c)",
    kind: "vuln",
    lang: "c",
    cwe: 78,
    wave: 2,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <unistd.h>\n/* Compress the file the user picked. */\nvoid compress_file(const char *name) {\n    char cmd[300];\n    snprintf(cmd, sizeof cmd, \"gzip -9 %s\", name);\n    execl(\"/bin/sh\", \"sh\", \"-c\", cmd, (char *)NULL);\n}\n"
  },
  {
    name: "execl_sh_c (c)",
    kind: "safe",
    lang: "c",
    cwe: 78,
    wave: 2,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <unistd.h>\n/* Compress the file the user picked. */\nvoid compress_file(const char *name) {\n    execl(\"/bin/gzip\", \"gzip\", \"-9\", \"--\", name, (char *)NULL);\n}\n"
  },
  {
    name: "unlink_path (c)",
    kind: "vuln",
    lang: "c",
    cwe: 22,
    wave: 2,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <unistd.h>\n/* Delete the cached thumbnail the client names. */\nint delete_thumb(const char *name) {\n    char path[256];\n    snprintf(path, sizeof path, \"/var/cache/thumbs/%s\", name);\n    return unlink(path);\n}\n"
  },
  {
    name: "unlink_path (c)",
    kind: "safe",
    lang: "c",
    cwe: 22,
    wave: 2,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <unistd.h>\n/* Delete the cached thumbnail the client names. */\nint delete_thumb(const char *name) {\n    char path[256];\n    if (name[0] == '\\0' || strchr(name, '/') != NULL || strcmp(name, \"..\") == 0 || strcmp(name, \".\") == 0) return -1;\n    snprintf(path, sizeof path, \"/var/cache/thumbs/%s\", name);\n    return unlink(path);\n}\n"
  },
  {
    name: "return_struct_addr (c)",
    kind: "vuln",
    lang: "c",
    cwe: 562,
    wave: 2,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstruct point { int x, y; };\n/* Parse \"x,y\" from the request into a point. */\nstruct point *parse_point(const char *s) {\n    struct point p;\n    if (sscanf(s, \"%d,%d\", &p.x, &p.y) != 2) return NULL;\n    return &p;\n}\n"
  },
  {
    name: "return_struct_addr (c)",
    kind: "safe",
    lang: "c",
    cwe: 562,
    wave: 2,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstruct point { int x, y; };\n/* Parse \"x,y\" from the request into a point. */\nstruct point *parse_point(const char *s) {\n    struct point *p = malloc(sizeof *p);\n    if (!p) return NULL;\n    if (sscanf(s, \"%d,%d\", &p->x, &p->y) != 2) { free(p); return NULL; }\n    return p;\n}\n"
  },
  {
    name: "strcat_local_uninit (c)",
    kind: "vuln",
    lang: "c",
    cwe: 908,
    wave: 2,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Print a greeting for the named user. */\nvoid greet_user(const char *user) {\n    char msg[128];\n    strcat(msg, \"Welcome, \");\n    strncat(msg, user, 100);\n    puts(msg);\n}\n"
  },
  {
    name: "strcat_local_uninit (c)",
    kind: "safe",
    lang: "c",
    cwe: 908,
    wave: 2,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Print a greeting for the named user. */\nvoid greet_user(const char *user) {\n    char msg[128];\n    strcpy(msg, \"Welcome, \");\n    strncat(msg, user, 100);\n    puts(msg);\n}\n"
  },
  {
    name: "stat_then_open (c)",
    kind: "vuln",
    lang: "c",
    cwe: 367,
    wave: 2,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <sys/stat.h>\n#include <fcntl.h>\n#include <unistd.h>\n/* Append to the log file only if it is a regular file (not a symlink planted by a user). */\nint open_log(const char *path) {\n    struct stat st;\n    if (lstat(path, &st) != 0 || !S_ISREG(st.st_mode)) return -1;\n    return open(path, O_WRONLY | O_APPEND);\n}\n"
  },
  {
    name: "stat_then_open (c)",
    kind: "safe",
    lang: "c",
    cwe: 367,
    wave: 2,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <sys/stat.h>\n#include <fcntl.h>\n#include <unistd.h>\n/* Append to the log file only if it is a regular file (not a symlink planted by a user). */\nint open_log(const char *path) {\n    struct stat st;\n    int fd = open(path, O_WRONLY | O_APPEND | O_NOFOLLOW);\n    if (fd < 0) return -1;\n    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) { close(fd); return -1; }\n    return fd;\n}\n"
  },
  {
    name: "atoi_mul_alloc (c)",
    kind: "vuln",
    lang: "c",
    cwe: 190,
    wave: 2,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Allocate the table of N records requested on the command line. */\nint main(int argc, char **argv) {\n    if (argc < 2) return 1;\n    int n = atoi(argv[1]);\n    int *t = malloc(n * sizeof(int) * 4);\n    if (!t) return 1;\n    memset(t, 0, n * sizeof(int) * 4);\n    free(t);\n    return 0;\n}\n"
  },
  {
    name: "atoi_mul_alloc (c)",
    kind: "safe",
    lang: "c",
    cwe: 190,
    wave: 2,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Allocate the table of N records requested on the command line. */\nint main(int argc, char **argv) {\n    if (argc < 2) return 1;\n    int n = atoi(argv[1]);\n    if (n <= 0 || n > 100000) return 1;\n    int *t = calloc((size_t)n * 4, sizeof(int));\n    if (!t) return 1;\n    free(t);\n    return 0;\n}\n"
  },
  {
    name: "ntohs_minus (c)",
    kind: "vuln",
    lang: "c",
    cwe: 191,
    wave: 2,
    gap: "a 16-bit length from ntohs of packet bytes minus a header size is not followed into memcpy",
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <arpa/inet.h>\n#include <stdint.h>\n/* Copy the option payload: a 2-byte total length that includes the 4-byte option header. */\nint copy_option(const uint8_t *opt, uint8_t *out) {\n    uint16_t total = ntohs(*(const uint16_t *)(opt + 2));\n    memcpy(out, opt + 4, total - 4);\n    return total;\n}\n"
  },
  {
    name: "ntohs_minus (c)",
    kind: "safe",
    lang: "c",
    cwe: 191,
    wave: 2,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <arpa/inet.h>\n#include <stdint.h>\n/* Copy the option payload: a 2-byte total length that includes the 4-byte option header. */\nint copy_option(const uint8_t *opt, uint8_t *out) {\n    uint16_t total = ntohs(*(const uint16_t *)(opt + 2));\n    if (total < 4 || total > 260) return -1;\n    memcpy(out, opt + 4, (size_t)(total - 4));\n    return total;\n}\n"
  },
  {
    name: "vector_reserve_index_cpp (cpp)",
    kind: "vuln",
    lang: "cpp",
    cwe: 787,
    wave: 2,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n#include <cstdlib>\n\n// Collect the first n squares for the report.\nstd::vector<int> squares(int n) {\n    std::vector<int> v;\n    v.reserve(n);\n    for (int i = 0; i < n; ++i) v[i] = i * i;\n    return v;\n}\n"
  },
  {
    name: "vector_reserve_index_cpp (cpp)",
    kind: "safe",
    lang: "cpp",
    cwe: 787,
    wave: 2,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n#include <cstdlib>\n\n// Collect the first n squares for the report.\nstd::vector<int> squares(int n) {\n    std::vector<int> v;\n    if (n <= 0) return v;\n    v.reserve(n);\n    for (int i = 0; i < n; ++i) v.push_back(i * i);\n    return v;\n}\n"
  },
  {
    name: "stoi_index_cpp (cpp)",
    kind: "vuln",
    lang: "cpp",
    cwe: 787,
    wave: 2,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n#include <cstdlib>\n\nstatic int histogram[10];\n// Count a bucket number typed by the user.\nvoid count_bucket(const std::string &input) {\n    int idx = std::stoi(input);\n    histogram[idx]++;\n}\n"
  },
  {
    name: "stoi_index_cpp (cpp)",
    kind: "safe",
    lang: "cpp",
    cwe: 787,
    wave: 2,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n#include <cstdlib>\n\nstatic int histogram[10];\n// Count a bucket number typed by the user.\nvoid count_bucket(const std::string &input) {\n    int idx = std::stoi(input);\n    if (idx < 0 || idx >= 10) return;\n    histogram[idx]++;\n}\n"
  },
  {
    name: "strncpy_cstr_cpp (cpp)",
    kind: "vuln",
    lang: "cpp",
    cwe: 170,
    wave: 2,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n#include <cstdlib>\n\n// Copy the user's city into the fixed record and print it.\nvoid set_city(const std::string &city) {\n    char rec[24];\n    std::strncpy(rec, city.c_str(), sizeof rec);\n    std::printf(\"%s\\n\", rec);\n}\n"
  },
  {
    name: "strncpy_cstr_cpp (cpp)",
    kind: "safe",
    lang: "cpp",
    cwe: 170,
    wave: 2,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n#include <cstdlib>\n\n// Copy the user's city into the fixed record and print it.\nvoid set_city(const std::string &city) {\n    char rec[24];\n    std::strncpy(rec, city.c_str(), sizeof rec - 1);\n    rec[sizeof rec - 1] = '\\0';\n    std::printf(\"%s\\n\", rec);\n}\n"
  },
  {
    name: "range_for_erase_cpp (cpp)",
    kind: "vuln",
    lang: "cpp",
    cwe: 416,
    wave: 2,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n#include <cstdlib>\n\n// Drop every blank line from the document.\nvoid drop_blank(std::vector<std::string> &lines) {\n    for (auto &l : lines)\n        if (l.empty()) lines.erase(lines.begin());\n}\n"
  },
  {
    name: "range_for_erase_cpp (cpp)",
    kind: "safe",
    lang: "cpp",
    cwe: 416,
    wave: 2,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n#include <cstdlib>\n#include <algorithm>\n// Drop every blank line from the document.\nvoid drop_blank(std::vector<std::string> &lines) {\n    lines.erase(std::remove_if(lines.begin(), lines.end(), [](const std::string &l) { return l.empty(); }), lines.end());\n}\n"
  },
  {
    name: "system_tar_cpp (cpp)",
    kind: "vuln",
    lang: "cpp",
    cwe: 78,
    wave: 2,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n#include <cstdlib>\n\n// Unpack the uploaded archive.\nint unpack(const std::string &archive) {\n    return std::system((\"tar xzf /srv/in/\" + archive + \" -C /srv/out\").c_str());\n}\n"
  },
  {
    name: "system_tar_cpp (cpp)",
    kind: "safe",
    lang: "cpp",
    cwe: 78,
    wave: 2,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n#include <cstdlib>\n#include <unistd.h>\n#include <sys/wait.h>\n// Unpack the uploaded archive.\nint unpack(const std::string &archive) {\n    std::string path = \"/srv/in/\" + archive;\n    pid_t pid = fork();\n    if (pid == 0) { execl(\"/bin/tar\", \"tar\", \"xzf\", path.c_str(), \"-C\", \"/srv/out\", (char *)nullptr); _exit(127); }\n    int st = 0;\n    if (pid < 0 || waitpid(pid, &st, 0) < 0) return -1;\n    return st;\n}\n"
  },
  {
    name: "ofstream_path_cpp (cpp)",
    kind: "vuln",
    lang: "cpp",
    cwe: 22,
    wave: 2,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n#include <cstdlib>\n#include <fstream>\n// Save the uploaded note under the name the client chose.\nbool save_note(const std::string &name, const std::string &text) {\n    std::ofstream out(\"/srv/notes/\" + name);\n    out << text;\n    return out.good();\n}\n"
  },
  {
    name: "ofstream_path_cpp (cpp)",
    kind: "safe",
    lang: "cpp",
    cwe: 22,
    wave: 2,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n#include <cstdlib>\n#include <fstream>\n// Save the uploaded note under the name the client chose.\nbool save_note(const std::string &name, const std::string &text) {\n    if (name.empty() || name.find_first_not_of(\"abcdefghijklmnopqrstuvwxyz0123456789_-\") != std::string::npos) return false;\n    std::ofstream out(\"/srv/notes/\" + name);\n    out << text;\n    return out.good();\n}\n"
  },
  {
    name: "sprintf_cstr_cpp (cpp)",
    kind: "vuln",
    lang: "cpp",
    cwe: 120,
    wave: 2,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n#include <cstdlib>\n\n// Build the cache key from the user and resource names.\nstd::string cache_key(const std::string &user, const std::string &res) {\n    char key[64];\n    std::sprintf(key, \"%s/%s\", user.c_str(), res.c_str());\n    return key;\n}\n"
  },
  {
    name: "sprintf_cstr_cpp (cpp)",
    kind: "safe",
    lang: "cpp",
    cwe: 120,
    wave: 2,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n#include <cstdlib>\n\n// Build the cache key from the user and resource names.\nstd::string cache_key(const std::string &user, const std::string &res) {\n    return user + \"/\" + res;\n}\n"
  },
  {
    name: "getenv_string_cpp (cpp)",
    kind: "vuln",
    lang: "cpp",
    cwe: 476,
    wave: 2,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n#include <cstdlib>\n\n// Return the configured data directory.\nstd::string data_dir() {\n    const char *d = std::getenv(\"APP_DATA\");\n    return std::string(d) + \"/data\";\n}\n"
  },
  {
    name: "getenv_string_cpp (cpp)",
    kind: "safe",
    lang: "cpp",
    cwe: 476,
    wave: 2,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n#include <cstdlib>\n\n// Return the configured data directory.\nstd::string data_dir() {\n    const char *d = std::getenv(\"APP_DATA\");\n    return std::string(d ? d : \"/var/lib/app\") + \"/data\";\n}\n"
  },
  {
    name: "delete_then_next_cpp (cpp)",
    kind: "vuln",
    lang: "cpp",
    cwe: 416,
    wave: 2,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n#include <cstdlib>\n\nstruct Node { int v; Node *next; };\n// Delete the whole chain of nodes.\nvoid destroy(Node *head) {\n    while (head) {\n        delete head;\n        head = head->next;\n    }\n}\n"
  },
  {
    name: "delete_then_next_cpp (cpp)",
    kind: "safe",
    lang: "cpp",
    cwe: 416,
    wave: 2,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n#include <cstdlib>\n\nstruct Node { int v; Node *next; };\n// Delete the whole chain of nodes.\nvoid destroy(Node *head) {\n    while (head) {\n        Node *next = head->next;\n        delete head;\n        head = next;\n    }\n}\n"
  },
  {
    name: "memcpy_struct_cpp (cpp)",
    kind: "vuln",
    lang: "cpp",
    cwe: 787,
    wave: 2,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n#include <cstdlib>\n#include <cstdint>\nstruct Header { uint32_t magic; uint16_t ver; uint16_t flags; };\n// Read the header from the received datagram.\nbool read_header(const uint8_t *data, size_t len, Header &out) {\n    Header h;\n    std::memcpy(&h, data, len);\n    out = h;\n    return h.magic == 0xCAFEu;\n}\n"
  },
  {
    name: "memcpy_struct_cpp (cpp)",
    kind: "safe",
    lang: "cpp",
    cwe: 787,
    wave: 2,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n#include <cstdlib>\n#include <cstdint>\nstruct Header { uint32_t magic; uint16_t ver; uint16_t flags; };\n// Read the header from the received datagram.\nbool read_header(const uint8_t *data, size_t len, Header &out) {\n    Header h;\n    if (len < sizeof h) return false;\n    std::memcpy(&h, data, sizeof h);\n    out = h;\n    return h.magic == 0xCAFEu;\n}\n"
  },
  {
    name: "le_string_loop_cpp (cpp)",
    kind: "vuln",
    lang: "cpp",
    cwe: 193,
    wave: 2,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n#include <cstdlib>\n\n// Average the ratings the users sent.\ndouble average(const std::vector<int> &ratings) {\n    long sum = 0;\n    if (ratings.empty()) return 0.0;\n    for (size_t i = 0; i <= ratings.size(); ++i)\n        sum += ratings[i];\n    return static_cast<double>(sum) / ratings.size();\n}\n"
  },
  {
    name: "le_string_loop_cpp (cpp)",
    kind: "safe",
    lang: "cpp",
    cwe: 193,
    wave: 2,
    code: "#include <string>\n#include <vector>\n#include <cstring>\n#include <cstdio>\n#include <cstdlib>\n\n// Average the ratings the users sent.\ndouble average(const std::vector<int> &ratings) {\n    long sum = 0;\n    if (ratings.empty()) return 0.0;\n    for (size_t i = 0; i < ratings.size(); ++i)\n        sum += ratings[i];\n    return static_cast<double>(sum) / ratings.size();\n}\n"
  },
  {
    name: "strlen_minus_one (c)",
    kind: "vuln",
    lang: "c",
    cwe: 787,
    wave: 3,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Read a name from the file and strip its newline. */\nint read_name(FILE *f, char *out, size_t n) {\n    char buf[64];\n    if (!fgets(buf, sizeof buf, f)) return -1;\n    buf[strlen(buf) - 1] = '\\0';\n    snprintf(out, n, \"%s\", buf);\n    return 0;\n}\n"
  },
  {
    name: "strlen_minus_one (c)",
    kind: "safe",
    lang: "c",
    cwe: 787,
    wave: 3,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Read a name from the file and strip its newline. */\nint read_name(FILE *f, char *out, size_t n) {\n    char buf[64];\n    if (!fgets(buf, sizeof buf, f)) return -1;\n    buf[strcspn(buf, \"\\n\")] = '\\0';\n    snprintf(out, n, \"%s\", buf);\n    return 0;\n}\n"
  },
  {
    name: "opendir_null (c)",
    kind: "vuln",
    lang: "c",
    cwe: 476,
    wave: 3,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <dirent.h>\n/* Count the entries of the directory the user names. */\nint count_entries(const char *dir) {\n    DIR *d = opendir(dir);\n    int n = 0;\n    while (readdir(d) != NULL) n++;\n    closedir(d);\n    return n;\n}\n"
  },
  {
    name: "opendir_null (c)",
    kind: "safe",
    lang: "c",
    cwe: 476,
    wave: 3,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <dirent.h>\n/* Count the entries of the directory the user names. */\nint count_entries(const char *dir) {\n    DIR *d = opendir(dir);\n    int n = 0;\n    if (d == NULL) return -1;\n    while (readdir(d) != NULL) n++;\n    closedir(d);\n    return n;\n}\n"
  },
  {
    name: "return_int_array (c)",
    kind: "vuln",
    lang: "c",
    cwe: 562,
    wave: 3,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Parse up to 8 comma-separated numbers from the request. */\nint *parse_numbers(const char *s) {\n    int nums[8] = {0};\n    int i = 0;\n    for (const char *p = s; *p && i < 8; p++) if (*p >= '0' && *p <= '9') nums[i++] = *p - '0';\n    return nums;\n}\n"
  },
  {
    name: "return_int_array (c)",
    kind: "safe",
    lang: "c",
    cwe: 562,
    wave: 3,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Parse up to 8 comma-separated numbers from the request. */\nint *parse_numbers(const char *s) {\n    int *nums = calloc(8, sizeof *nums);\n    int i = 0;\n    if (!nums) return NULL;\n    for (const char *p = s; *p && i < 8; p++) if (*p >= '0' && *p <= '9') nums[i++] = *p - '0';\n    return nums;\n}\n"
  },
  {
    name: "localtime_null (c)",
    kind: "vuln",
    lang: "c",
    cwe: 476,
    wave: 3,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <time.h>\n/* Return the year of a timestamp sent by the client. */\nint year_of(time_t ts) {\n    struct tm *t = localtime(&ts);\n    return t->tm_year + 1900;\n}\n"
  },
  {
    name: "localtime_null (c)",
    kind: "safe",
    lang: "c",
    cwe: 476,
    wave: 3,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <time.h>\n/* Return the year of a timestamp sent by the client. */\nint year_of(time_t ts) {\n    struct tm tmv;\n    if (localtime_r(&ts, &tmv) == NULL) return -1;\n    return tmv.tm_year + 1900;\n}\n"
  },
  {
    name: "strrchr_null (c)",
    kind: "vuln",
    lang: "c",
    cwe: 476,
    wave: 3,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Copy the file name part of the uploaded path. */\nvoid base_name(const char *path, char *out, size_t n) {\n    const char *slash = strrchr(path, '/');\n    snprintf(out, n, \"%s\", slash + 1);\n    out[n - 1] = *slash ? out[n - 1] : 0;\n}\n"
  },
  {
    name: "strrchr_null (c)",
    kind: "safe",
    lang: "c",
    cwe: 476,
    wave: 3,
    code: "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Copy the file name part of the uploaded path. */\nvoid base_name(const char *path, char *out, size_t n) {\n    const char *slash = strrchr(path, '/');\n    snprintf(out, n, \"%s\", slash ? slash + 1 : path);\n}\n"
  },
  {
    name: "map_erase_cpp (cpp)",
    kind: "vuln",
    lang: "cpp",
    cwe: 416,
    wave: 3,
    code: "#include <string>\n#include <vector>\n#include <map>\n#include <cstring>\n#include <cstdio>\n\n// Remove the sessions that have expired.\nvoid purge(std::map<int, long> &sessions, long now) {\n    for (auto it = sessions.begin(); it != sessions.end(); ++it)\n        if (it->second < now) sessions.erase(it);\n}\n"
  },
  {
    name: "map_erase_cpp (cpp)",
    kind: "safe",
    lang: "cpp",
    cwe: 416,
    wave: 3,
    code: "#include <string>\n#include <vector>\n#include <map>\n#include <cstring>\n#include <cstdio>\n\n// Remove the sessions that have expired.\nvoid purge(std::map<int, long> &sessions, long now) {\n    for (auto it = sessions.begin(); it != sessions.end();)\n        if (it->second < now) it = sessions.erase(it);\n        else ++it;\n}\n"
  },
  {
    name: "return_vector_data_cpp (cpp)",
    kind: "vuln",
    lang: "cpp",
    cwe: 416,
    wave: 3,
    code: "#include <string>\n#include <vector>\n#include <map>\n#include <cstring>\n#include <cstdio>\n\n// Decode the hex string from the request into bytes for the legacy API.\nconst unsigned char *decode_hex(const std::string &hex) {\n    std::vector<unsigned char> out;\n    for (size_t i = 0; i + 1 < hex.size(); i += 2)\n        out.push_back(static_cast<unsigned char>(std::stoi(hex.substr(i, 2), nullptr, 16)));\n    return out.data();\n}\n"
  },
  {
    name: "return_vector_data_cpp (cpp)",
    kind: "safe",
    lang: "cpp",
    cwe: 416,
    wave: 3,
    code: "#include <string>\n#include <vector>\n#include <map>\n#include <cstring>\n#include <cstdio>\n\n// Decode the hex string from the request into bytes for the legacy API.\nstd::vector<unsigned char> decode_hex(const std::string &hex) {\n    std::vector<unsigned char> out;\n    for (size_t i = 0; i + 1 < hex.size(); i += 2)\n        out.push_back(static_cast<unsigned char>(std::stoi(hex.substr(i, 2), nullptr, 16)));\n    return out;\n}\n"
  },
  {
    name: "deque_push_iter_cpp (cpp)",
    kind: "vuln",
    lang: "cpp",
    cwe: 416,
    wave: 3,
    code: "#include <string>\n#include <vector>\n#include <map>\n#include <cstring>\n#include <cstdio>\n#include <deque>\n// Expand every job into itself and a retry job.\nvoid add_retries(std::deque<int> &jobs) {\n    for (int &j : jobs)\n        if (j > 0) jobs.push_back(-j);\n}\n"
  },
  {
    name: "deque_push_iter_cpp (cpp)",
    kind: "safe",
    lang: "cpp",
    cwe: 416,
    wave: 3,
    code: "#include <string>\n#include <vector>\n#include <map>\n#include <cstring>\n#include <cstdio>\n#include <deque>\n// Expand every job into itself and a retry job.\nvoid add_retries(std::deque<int> &jobs) {\n    std::deque<int> retries;\n    for (int j : jobs)\n        if (j > 0) retries.push_back(-j);\n    jobs.insert(jobs.end(), retries.begin(), retries.end());\n}\n"
  }
];

describeProbes('round 17 recall probes (C/C++)', PROBES);
