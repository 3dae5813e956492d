// Probe set of round 16 (C and C++), "precision first": correct functions written the way a careful
// developer or a good model writes them from a task description (a doc comment above, inputs as
// parameters that come from a user, a client, a peer or a file), in the classes where the analyzer
// reported most on correct C code: string and buffer copies (strcpy / strcat / sprintf after a length
// check or into a buffer allocated from strlen(src) + 1, strncpy + terminator, snprintf, strlcpy,
// std::string, std::array), integer overflow in allocation sizes (SIZE_MAX / INT_MAX checks, calloc,
// reallocarray, __builtin_mul_overflow, ckd_mul, g_new0, sums of in-memory lengths, 16-bit lengths + 1),
// allocations bounded by a maximum first (malloc, alloca, VLAs, vector / string sizes read from streams
// and sockets), command execution (fork + execv / execvp / execl, posix_spawn, system on constants,
// allow-listed / digit-only / regex-validated arguments, g_shell_quote, constant tables), paths
// (realpath + prefix check, names without '/' or '..', openat O_NOFOLLOW, openat2 RESOLVE_BENEATH,
// weakly_canonical + mismatch, lexically_relative, filename(), strspn allow-lists, numeric ids), URLs
// (host allow-lists, a fixed base with curl_easy_escape, numeric ids, cpr / httplib parameters), archive
// extraction (libarchive secure flags, minizip / libzip entry checks), NULL checks and frees (set to NULL
// after free, goto cleanup, realloc into a temporary, unique_ptr) and format strings (printf("%s", s),
// literal formats through wrappers). Each safe function has a vulnerable twin (the check removed or
// broken: off by one, after the copy, the wrong variable, a result never tested). Written before the
// analyzer was run on them, in four waves (each after the previous wave's fixes; the fourth, small, after all of them); see
// code-rules/README.md, Round 16 (C and C++).
import { describeProbes, type Probe } from './code-probes.js';

const PROBES: Probe[] = [
 {
  "name": "copy-strcpy-after-len-check",
  "kind": "vuln",
  "lang": "c",
  "cwe": 120,
  "wave": 1,
  "code": "#include <string.h>\n\n#define NAME_MAX_LEN 64\n\nstruct account { char name[NAME_MAX_LEN]; int id; };\n\n/* Set the display name of an account from the name the user typed in the form.\n * Returns -1 when the name does not fit. */\nint account_set_name(struct account *acc, const char *user_name)\n{\n    strcpy(acc->name, user_name);\n    return 0;\n}\n"
 },
 {
  "name": "copy-strcpy-after-len-check",
  "kind": "safe",
  "lang": "c",
  "cwe": 120,
  "wave": 1,
  "code": "#include <string.h>\n\n#define NAME_MAX_LEN 64\n\nstruct account { char name[NAME_MAX_LEN]; int id; };\n\n/* Set the display name of an account from the name the user typed in the form.\n * Returns -1 when the name does not fit. */\nint account_set_name(struct account *acc, const char *user_name)\n{\n    if (strlen(user_name) >= sizeof(acc->name))\n        return -1;\n    strcpy(acc->name, user_name);\n    return 0;\n}\n"
 },
 {
  "name": "copy-malloc-strlen-plus-one",
  "kind": "vuln",
  "lang": "c",
  "cwe": 122,
  "wave": 1,
  "code": "#include <stdlib.h>\n#include <string.h>\n\n/* Duplicate the header value received from the client so that it outlives the request buffer.\n * Caller frees. */\nchar *dup_header_value(const char *value)\n{\n    size_t n = strlen(value);\nchar *copy = malloc(n);\n    if (copy == NULL)\n        return NULL;\n    strcpy(copy, value);\n    return copy;\n}\n"
 },
 {
  "name": "copy-malloc-strlen-plus-one",
  "kind": "safe",
  "lang": "c",
  "cwe": 122,
  "wave": 1,
  "code": "#include <stdlib.h>\n#include <string.h>\n\n/* Duplicate the header value received from the client so that it outlives the request buffer.\n * Caller frees. */\nchar *dup_header_value(const char *value)\n{\n    size_t n = strlen(value);\n    char *copy = malloc(n + 1);\n    if (copy == NULL)\n        return NULL;\n    strcpy(copy, value);\n    return copy;\n}\n"
 },
 {
  "name": "copy-memcpy-len-check",
  "kind": "vuln",
  "lang": "c",
  "cwe": 787,
  "wave": 1,
  "code": "#include <stdint.h>\n#include <string.h>\n\n#define PAYLOAD_MAX 512\n\nstruct frame { uint16_t len; uint8_t data[PAYLOAD_MAX]; };\n\n/* Store a payload received from a peer into a frame. len is the length the peer announced. */\nint frame_fill(struct frame *f, const uint8_t *payload, size_t len)\n{\nif (len > sizeof(f->data) + 1)\n        return -1;\n    memcpy(f->data, payload, len);\n    f->len = (uint16_t)len;\n    return 0;\n}\n",
  "gap": "a bound check that is itself off (len > sizeof(dst) + 1) is read as a check of the length"
 },
 {
  "name": "copy-memcpy-len-check",
  "kind": "safe",
  "lang": "c",
  "cwe": 787,
  "wave": 1,
  "code": "#include <stdint.h>\n#include <string.h>\n\n#define PAYLOAD_MAX 512\n\nstruct frame { uint16_t len; uint8_t data[PAYLOAD_MAX]; };\n\n/* Store a payload received from a peer into a frame. len is the length the peer announced. */\nint frame_fill(struct frame *f, const uint8_t *payload, size_t len)\n{\n    if (len > sizeof(f->data))\n        return -1;\n    memcpy(f->data, payload, len);\n    f->len = (uint16_t)len;\n    return 0;\n}\n"
 },
 {
  "name": "copy-strncpy-terminator",
  "kind": "vuln",
  "lang": "c",
  "cwe": 120,
  "wave": 1,
  "code": "#include <string.h>\n\n/* Copy the host name the client sent into a fixed field, truncating if needed. */\nvoid set_host(char host[256], const char *client_host)\n{\nstrcpy(host, client_host);\n}\n"
 },
 {
  "name": "copy-strncpy-terminator",
  "kind": "safe",
  "lang": "c",
  "cwe": 120,
  "wave": 1,
  "code": "#include <string.h>\n\n/* Copy the host name the client sent into a fixed field, truncating if needed. */\nvoid set_host(char host[256], const char *client_host)\n{\n    strncpy(host, client_host, 255);\n    host[255] = '\\0';\n}\n"
 },
 {
  "name": "copy-snprintf-sizeof",
  "kind": "vuln",
  "lang": "c",
  "cwe": 120,
  "wave": 1,
  "code": "#include <stdio.h>\n\n/* Build the greeting shown after login for the user name the visitor entered. */\nvoid make_greeting(char *out, size_t out_len, const char *visitor_name)\n{\nsprintf(out, \"Welcome back, %s!\", visitor_name);\n}\n\nvoid greet(const char *visitor_name)\n{\n    char line[128];\n    make_greeting(line, sizeof line, visitor_name);\n    puts(line);\n}\n"
 },
 {
  "name": "copy-snprintf-sizeof",
  "kind": "safe",
  "lang": "c",
  "cwe": 120,
  "wave": 1,
  "code": "#include <stdio.h>\n\n/* Build the greeting shown after login for the user name the visitor entered. */\nvoid make_greeting(char *out, size_t out_len, const char *visitor_name)\n{\n    snprintf(out, out_len, \"Welcome back, %s!\", visitor_name);\n}\n\nvoid greet(const char *visitor_name)\n{\n    char line[128];\n    make_greeting(line, sizeof line, visitor_name);\n    puts(line);\n}\n"
 },
 {
  "name": "copy-sprintf-after-check",
  "kind": "vuln",
  "lang": "c",
  "cwe": 120,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <string.h>\n\n/* Write \"key=value\" for a configuration line the user supplied into a 256-byte line buffer. */\nint format_kv(char line[256], const char *key, const char *value)\n{\n    sprintf(line, \"%s=%s\", key, value);\n    return 0;\n}\n"
 },
 {
  "name": "copy-sprintf-after-check",
  "kind": "safe",
  "lang": "c",
  "cwe": 120,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <string.h>\n\n/* Write \"key=value\" for a configuration line the user supplied into a 256-byte line buffer. */\nint format_kv(char line[256], const char *key, const char *value)\n{\n    if (strlen(key) + strlen(value) + 2 > 256)\n        return -1;\n    sprintf(line, \"%s=%s\", key, value);\n    return 0;\n}\n"
 },
 {
  "name": "copy-strcat-path-join",
  "kind": "vuln",
  "lang": "c",
  "cwe": 120,
  "wave": 1,
  "code": "#include <stdlib.h>\n#include <string.h>\n\n/* Join a directory and a file name the user chose into a newly allocated path. Caller frees. */\nchar *path_join(const char *dir, const char *name)\n{\nsize_t len = strlen(dir) + strlen(name);\n    char *p = malloc(len);\n    if (!p)\n        return NULL;\n    strcpy(p, dir);\n    strcat(p, \"/\");\n    strcat(p, name);\n    return p;\n}\n"
 },
 {
  "name": "copy-strcat-path-join",
  "kind": "safe",
  "lang": "c",
  "cwe": 120,
  "wave": 1,
  "code": "#include <stdlib.h>\n#include <string.h>\n\n/* Join a directory and a file name the user chose into a newly allocated path. Caller frees. */\nchar *path_join(const char *dir, const char *name)\n{\n    size_t len = strlen(dir) + strlen(name) + 2;\n    char *p = malloc(len);\n    if (!p)\n        return NULL;\n    strcpy(p, dir);\n    strcat(p, \"/\");\n    strcat(p, name);\n    return p;\n}\n"
 },
 {
  "name": "copy-strlcpy",
  "kind": "vuln",
  "lang": "c",
  "cwe": 120,
  "wave": 1,
  "code": "#include <string.h>\n#include <bsd/string.h>\n\n/* Remember the last search query the user typed, for the \"search again\" button. */\nstatic char last_query[200];\n\nint remember_query(const char *query)\n{\nstrcpy(last_query, query);\n    return 0;\n}\n"
 },
 {
  "name": "copy-strlcpy",
  "kind": "safe",
  "lang": "c",
  "cwe": 120,
  "wave": 1,
  "code": "#include <string.h>\n#include <bsd/string.h>\n\n/* Remember the last search query the user typed, for the \"search again\" button. */\nstatic char last_query[200];\n\nint remember_query(const char *query)\n{\n    if (strlcpy(last_query, query, sizeof(last_query)) >= sizeof(last_query))\n        return -1; /* truncated */\n    return 0;\n}\n"
 },
 {
  "name": "copy-stdstring-assign",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 120,
  "wave": 1,
  "code": "#include <string>\n#include <cstring>\n\nstruct Session { char user[32]; char token[64]; };\n\n// Fill a session from the credentials the client posted.\nvoid fill_session(Session& s, const char* posted_user, const char* posted_token)\n{\n    std::strcpy(s.user, posted_user);\n    std::memcpy(s.token, posted_token, std::strlen(posted_token) + 1);\n}\n"
 },
 {
  "name": "copy-stdstring-assign",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 120,
  "wave": 1,
  "code": "#include <string>\n#include <cstring>\n\nstruct Session { std::string user; std::string token; };\n\n// Fill a session from the credentials the client posted.\nvoid fill_session(Session& s, const char* posted_user, const char* posted_token)\n{\n    s.user = posted_user;\n    s.token.assign(posted_token, std::strlen(posted_token));\n}\n"
 },
 {
  "name": "copy-cpp-memcpy-vector",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 787,
  "wave": 1,
  "code": "#include <cstdint>\n#include <cstring>\n#include <vector>\n\n// Append a chunk received from the network to the reassembly buffer.\nvoid append_chunk(std::vector<uint8_t>& buf, const uint8_t* chunk, size_t chunk_len)\n{\n    size_t old = buf.size();\nbuf.reserve(old + chunk_len);\n    std::memcpy(buf.data() + old, chunk, chunk_len);\n}\n"
 },
 {
  "name": "copy-cpp-memcpy-vector",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 787,
  "wave": 1,
  "code": "#include <cstdint>\n#include <cstring>\n#include <vector>\n\n// Append a chunk received from the network to the reassembly buffer.\nvoid append_chunk(std::vector<uint8_t>& buf, const uint8_t* chunk, size_t chunk_len)\n{\n    size_t old = buf.size();\n    buf.resize(old + chunk_len);\n    std::memcpy(buf.data() + old, chunk, chunk_len);\n}\n"
 },
 {
  "name": "copy-cpp-array-bounded",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 787,
  "wave": 1,
  "code": "#include <array>\n#include <cstring>\n#include <string_view>\n\n// Pack a device name the client registered into the fixed 16-byte record field.\nbool pack_name(std::array<char, 16>& field, std::string_view client_name)\n{\n    std::memcpy(field.data(), client_name.data(), client_name.size());\n    field[client_name.size()] = '\\0';\n    return true;\n}\n"
 },
 {
  "name": "copy-cpp-array-bounded",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 787,
  "wave": 1,
  "code": "#include <array>\n#include <cstring>\n#include <string_view>\n\n// Pack a device name the client registered into the fixed 16-byte record field.\nbool pack_name(std::array<char, 16>& field, std::string_view client_name)\n{\n    if (client_name.size() >= field.size())\n        return false;\n    std::memcpy(field.data(), client_name.data(), client_name.size());\n    field[client_name.size()] = '\\0';\n    return true;\n}\n"
 },
 {
  "name": "copy-cpp-strncpy-sizeof",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 120,
  "wave": 1,
  "code": "#include <cstring>\n\nstruct Packet { char tag[24]; unsigned len; };\n\n// Label a packet with the tag the peer sent.\nvoid label_packet(Packet& p, const char* peer_tag)\n{\nstd::strcpy(p.tag, peer_tag);\n}\n"
 },
 {
  "name": "copy-cpp-strncpy-sizeof",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 120,
  "wave": 1,
  "code": "#include <cstring>\n\nstruct Packet { char tag[24]; unsigned len; };\n\n// Label a packet with the tag the peer sent.\nvoid label_packet(Packet& p, const char* peer_tag)\n{\n    std::strncpy(p.tag, peer_tag, sizeof(p.tag) - 1);\n    p.tag[sizeof(p.tag) - 1] = '\\0';\n}\n"
 },
 {
  "name": "copy-cpp-new-char-len",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 122,
  "wave": 1,
  "code": "#include <cstring>\n#include <memory>\n\n// Keep a private copy of the cookie value the browser sent.\nstd::unique_ptr<char[]> copy_cookie(const char* cookie)\n{\n    const std::size_t n = std::strlen(cookie);\nstd::unique_ptr<char[]> out(new char[n]);\n    std::memcpy(out.get(), cookie, n + 1);\n    return out;\n}\n"
 },
 {
  "name": "copy-cpp-new-char-len",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 122,
  "wave": 1,
  "code": "#include <cstring>\n#include <memory>\n\n// Keep a private copy of the cookie value the browser sent.\nstd::unique_ptr<char[]> copy_cookie(const char* cookie)\n{\n    const std::size_t n = std::strlen(cookie);\n    std::unique_ptr<char[]> out(new char[n + 1]);\n    std::memcpy(out.get(), cookie, n + 1);\n    return out;\n}\n"
 },
 {
  "name": "copy-cpp-snprintf-buffer",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 120,
  "wave": 1,
  "code": "#include <cstdio>\n#include <string>\n\n// Format the status line for the file name the uploader chose.\nstd::string upload_status(const std::string& uploaded_name, long bytes)\n{\n    char buf[160];\nstd::sprintf(buf, \"stored %s (%ld bytes)\", uploaded_name.c_str(), bytes);\n    return buf;\n}\n"
 },
 {
  "name": "copy-cpp-snprintf-buffer",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 120,
  "wave": 1,
  "code": "#include <cstdio>\n#include <string>\n\n// Format the status line for the file name the uploader chose.\nstd::string upload_status(const std::string& uploaded_name, long bytes)\n{\n    char buf[160];\n    std::snprintf(buf, sizeof(buf), \"stored %s (%ld bytes)\", uploaded_name.c_str(), bytes);\n    return buf;\n}\n"
 },
 {
  "name": "copy-cpp-copy-n-min",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 787,
  "wave": 1,
  "code": "#include <algorithm>\n#include <cstddef>\n#include <cstdint>\n\n// Copy the record the client uploaded into the caller's fixed block, at most cap bytes.\nstd::size_t copy_record(std::uint8_t* dst, std::size_t cap, const std::uint8_t* src, std::size_t n)\n{\nconst std::size_t take = n;\n    std::copy_n(src, take, dst);\n    return take;\n}\n",
  "gap": "std::copy_n lengths are not compared with an unused capacity parameter"
 },
 {
  "name": "copy-cpp-copy-n-min",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 787,
  "wave": 1,
  "code": "#include <algorithm>\n#include <cstddef>\n#include <cstdint>\n\n// Copy the record the client uploaded into the caller's fixed block, at most cap bytes.\nstd::size_t copy_record(std::uint8_t* dst, std::size_t cap, const std::uint8_t* src, std::size_t n)\n{\n    const std::size_t take = std::min(n, cap);\n    std::copy_n(src, take, dst);\n    return take;\n}\n"
 },
 {
  "name": "int-calloc-count",
  "kind": "vuln",
  "lang": "c",
  "cwe": 190,
  "wave": 1,
  "code": "#include <stdlib.h>\n#include <stdint.h>\n\nstruct point { double x, y, z; };\n\n/* Allocate storage for the points the client said it will send. */\nstruct point *alloc_points(size_t count)\n{\nreturn malloc(count * sizeof(struct point));\n}\n"
 },
 {
  "name": "int-calloc-count",
  "kind": "safe",
  "lang": "c",
  "cwe": 190,
  "wave": 1,
  "code": "#include <stdlib.h>\n#include <stdint.h>\n\nstruct point { double x, y, z; };\n\n/* Allocate storage for the points the client said it will send. */\nstruct point *alloc_points(size_t count)\n{\n    if (count == 0 || count > 1000000)\n        return NULL;\n    return calloc(count, sizeof(struct point));\n}\n"
 },
 {
  "name": "int-size-max-check",
  "kind": "vuln",
  "lang": "c",
  "cwe": 190,
  "wave": 1,
  "code": "#include <stdint.h>\n#include <stdlib.h>\n\n/* Allocate an array of n records of rec_size bytes each, both read from the file header. */\nvoid *alloc_records(size_t n, size_t rec_size)\n{\n    return malloc(n * rec_size);\n}\n"
 },
 {
  "name": "int-size-max-check",
  "kind": "safe",
  "lang": "c",
  "cwe": 190,
  "wave": 1,
  "code": "#include <stdint.h>\n#include <stdlib.h>\n\n/* Allocate an array of n records of rec_size bytes each, both read from the file header. */\nvoid *alloc_records(size_t n, size_t rec_size)\n{\n    if (rec_size != 0 && n > SIZE_MAX / rec_size)\n        return NULL;\n    return malloc(n * rec_size);\n}\n"
 },
 {
  "name": "int-builtin-mul-overflow",
  "kind": "vuln",
  "lang": "c",
  "cwe": 190,
  "wave": 1,
  "code": "#include <stdlib.h>\n#include <stdint.h>\n\n/* Allocate an RGBA image of the width and height given in the uploaded file's header. */\nuint8_t *alloc_image(uint32_t width, uint32_t height)\n{\n    uint32_t bytes = width * height * 4;\n    return malloc(bytes);\n}\n"
 },
 {
  "name": "int-builtin-mul-overflow",
  "kind": "safe",
  "lang": "c",
  "cwe": 190,
  "wave": 1,
  "code": "#include <stdlib.h>\n#include <stdint.h>\n\n/* Allocate an RGBA image of the width and height given in the uploaded file's header. */\nuint8_t *alloc_image(uint32_t width, uint32_t height)\n{\n    size_t pixels, bytes;\n    if (__builtin_mul_overflow((size_t)width, (size_t)height, &pixels) ||\n        __builtin_mul_overflow(pixels, (size_t)4, &bytes))\n        return NULL;\n    return malloc(bytes);\n}\n"
 },
 {
  "name": "int-int-max-check",
  "kind": "vuln",
  "lang": "c",
  "cwe": 190,
  "wave": 1,
  "code": "#include <limits.h>\n#include <stdlib.h>\n\n/* Allocate an array of n ints, n taken from the request's \"count\" field. */\nint *alloc_ints(int n)\n{\nif (n > INT_MAX / (int)sizeof(int))\n        return NULL;\nreturn malloc(n * sizeof(int));\n}\n",
  "gap": "a negative int count passes an upper-bound check (malloc then gets a huge size_t and fails); no rule for the missing lower bound"
 },
 {
  "name": "int-int-max-check",
  "kind": "safe",
  "lang": "c",
  "cwe": 190,
  "wave": 1,
  "code": "#include <limits.h>\n#include <stdlib.h>\n\n/* Allocate an array of n ints, n taken from the request's \"count\" field. */\nint *alloc_ints(int n)\n{\n    if (n <= 0 || n > INT_MAX / (int)sizeof(int))\n        return NULL;\n    return malloc((size_t)n * sizeof(int));\n}\n"
 },
 {
  "name": "int-small-constant-arith",
  "kind": "vuln",
  "lang": "c",
  "cwe": 131,
  "wave": 1,
  "code": "#include <stdlib.h>\n#include <string.h>\n\n#define PREFIX \"user:\"\n\n/* Build the cache key for a user id the client sent. Caller frees. */\nchar *cache_key(const char *user_id)\n{\n    size_t id_len = strnlen(user_id, 128);\n    if (id_len == 128)\n        return NULL;\nchar *key = malloc(sizeof(PREFIX) - 1 + id_len);\n    if (!key)\n        return NULL;\n    memcpy(key, PREFIX, sizeof(PREFIX) - 1);\n    memcpy(key + sizeof(PREFIX) - 1, user_id, id_len);\n    key[sizeof(PREFIX) - 1 + id_len] = '\\0';\n    return key;\n}\n",
  "gap": "an allocation one byte short of a later terminator write (sizeof(PREFIX) - 1 + n) is not related to that write"
 },
 {
  "name": "int-small-constant-arith",
  "kind": "safe",
  "lang": "c",
  "cwe": 131,
  "wave": 1,
  "code": "#include <stdlib.h>\n#include <string.h>\n\n#define PREFIX \"user:\"\n\n/* Build the cache key for a user id the client sent. Caller frees. */\nchar *cache_key(const char *user_id)\n{\n    size_t id_len = strnlen(user_id, 128);\n    if (id_len == 128)\n        return NULL;\n    char *key = malloc(sizeof(PREFIX) + id_len);\n    if (!key)\n        return NULL;\n    memcpy(key, PREFIX, sizeof(PREFIX) - 1);\n    memcpy(key + sizeof(PREFIX) - 1, user_id, id_len);\n    key[sizeof(PREFIX) - 1 + id_len] = '\\0';\n    return key;\n}\n"
 },
 {
  "name": "int-reallocarray",
  "kind": "vuln",
  "lang": "c",
  "cwe": 190,
  "wave": 1,
  "code": "#define _GNU_SOURCE\n#include <stdlib.h>\n\n/* Grow the list of entries to hold n entries, n from the index file. */\nint grow_entries(long **entries, size_t n)\n{\nlong *p = realloc(*entries, n * sizeof(long));\n    if (!p)\n        return -1;\n    *entries = p;\n    return 0;\n}\n"
 },
 {
  "name": "int-reallocarray",
  "kind": "safe",
  "lang": "c",
  "cwe": 190,
  "wave": 1,
  "code": "#define _GNU_SOURCE\n#include <stdlib.h>\n\n/* Grow the list of entries to hold n entries, n from the index file. */\nint grow_entries(long **entries, size_t n)\n{\n    long *p = reallocarray(*entries, n, sizeof(long));\n    if (!p)\n        return -1;\n    *entries = p;\n    return 0;\n}\n"
 },
 {
  "name": "int-cpp-vector-count",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 190,
  "wave": 1,
  "code": "#include <cstdint>\n#include <cstdlib>\n\n// Allocate a sample buffer for the channel count and frame count a client announced.\nfloat* make_samples(std::uint32_t channels, std::uint32_t frames)\n{\n    return static_cast<float*>(std::malloc(channels * frames * sizeof(float)));\n}\n"
 },
 {
  "name": "int-cpp-vector-count",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 190,
  "wave": 1,
  "code": "#include <cstdint>\n#include <vector>\n#include <stdexcept>\n\nconstexpr std::uint32_t kMaxSamples = 1u << 20;\n\n// Allocate a sample buffer for the channel count and frame count a client announced.\nstd::vector<float> make_samples(std::uint32_t channels, std::uint32_t frames)\n{\n    if (channels == 0 || channels > 16 || frames > kMaxSamples)\n        throw std::invalid_argument(\"bad stream header\");\n    return std::vector<float>(static_cast<std::size_t>(channels) * frames);\n}\n"
 },
 {
  "name": "int-cpp-new-array-checked",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 190,
  "wave": 1,
  "code": "#include <cstddef>\n#include <limits>\n#include <new>\n\nstruct Cell { int v; int flags; };\n\n// Allocate a rows x cols grid, both dimensions read from the uploaded level file.\nCell* alloc_grid(std::size_t rows, std::size_t cols)\n{\nreturn static_cast<Cell*>(::operator new(static_cast<unsigned>(rows * cols * sizeof(Cell)), std::nothrow));\n}\n",
  "gap": "::operator new of a product cast to unsigned is not an allocation the rules read"
 },
 {
  "name": "int-cpp-new-array-checked",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 190,
  "wave": 1,
  "code": "#include <cstddef>\n#include <limits>\n#include <new>\n\nstruct Cell { int v; int flags; };\n\n// Allocate a rows x cols grid, both dimensions read from the uploaded level file.\nCell* alloc_grid(std::size_t rows, std::size_t cols)\n{\n    if (rows == 0 || cols == 0 || rows > std::numeric_limits<std::size_t>::max() / sizeof(Cell) / cols)\n        return nullptr;\n    return new (std::nothrow) Cell[rows * cols];\n}\n"
 },
 {
  "name": "int-cpp-mul-overflow",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 190,
  "wave": 1,
  "code": "#include <cstdlib>\n#include <cstdint>\n\n// Allocate the texture a client uploads: width * height * bytes_per_pixel from its header.\nvoid* alloc_texture(std::size_t width, std::size_t height, std::size_t bpp)\n{\n    return std::malloc(width * height * bpp);\n}\n"
 },
 {
  "name": "int-cpp-mul-overflow",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 190,
  "wave": 1,
  "code": "#include <cstdlib>\n#include <cstdint>\n\n// Allocate the texture a client uploads: width * height * bytes_per_pixel from its header.\nvoid* alloc_texture(std::size_t width, std::size_t height, std::size_t bpp)\n{\n    std::size_t row = 0, total = 0;\n    if (__builtin_mul_overflow(width, bpp, &row) || __builtin_mul_overflow(row, height, &total))\n        return nullptr;\n    return std::malloc(total);\n}\n"
 },
 {
  "name": "alloc-max-bound",
  "kind": "vuln",
  "lang": "c",
  "cwe": 789,
  "wave": 1,
  "code": "#include <stdint.h>\n#include <stdlib.h>\n#include <unistd.h>\n\n#define MAX_MSG (64 * 1024)\n\n/* Read one length-prefixed message from the peer socket. Caller frees. */\nchar *read_message(int fd, uint32_t *out_len)\n{\n    uint32_t len;\n    if (read(fd, &len, sizeof len) != sizeof len)\n        return NULL;\n    char *buf = malloc(len);\n    if (!buf)\n        return NULL;\n    if (read(fd, buf, len) != (ssize_t)len) {\n        free(buf);\n        return NULL;\n    }\n    *out_len = len;\n    return buf;\n}\n"
 },
 {
  "name": "alloc-max-bound",
  "kind": "safe",
  "lang": "c",
  "cwe": 789,
  "wave": 1,
  "code": "#include <stdint.h>\n#include <stdlib.h>\n#include <unistd.h>\n\n#define MAX_MSG (64 * 1024)\n\n/* Read one length-prefixed message from the peer socket. Caller frees. */\nchar *read_message(int fd, uint32_t *out_len)\n{\n    uint32_t len;\n    if (read(fd, &len, sizeof len) != sizeof len)\n        return NULL;\n    if (len == 0 || len > MAX_MSG)\n        return NULL;\n    char *buf = malloc(len);\n    if (!buf)\n        return NULL;\n    if (read(fd, buf, len) != (ssize_t)len) {\n        free(buf);\n        return NULL;\n    }\n    *out_len = len;\n    return buf;\n}\n"
 },
 {
  "name": "alloc-content-length",
  "kind": "vuln",
  "lang": "c",
  "cwe": 789,
  "wave": 1,
  "code": "#include <stdlib.h>\n#include <string.h>\n\n#define MAX_BODY (1024 * 1024)\n\n/* Allocate the body buffer for a request, from the Content-Length header the client sent. */\nchar *alloc_body(const char *content_length)\n{\n    char *end;\n    unsigned long n = strtoul(content_length, &end, 10);\nif (*end != '\\0')\n        return NULL;\n    return malloc(n + 1);\n}\n"
 },
 {
  "name": "alloc-content-length",
  "kind": "safe",
  "lang": "c",
  "cwe": 789,
  "wave": 1,
  "code": "#include <stdlib.h>\n#include <string.h>\n\n#define MAX_BODY (1024 * 1024)\n\n/* Allocate the body buffer for a request, from the Content-Length header the client sent. */\nchar *alloc_body(const char *content_length)\n{\n    char *end;\n    unsigned long n = strtoul(content_length, &end, 10);\n    if (*end != '\\0' || n > MAX_BODY)\n        return NULL;\n    return malloc(n + 1);\n}\n"
 },
 {
  "name": "alloc-cpp-vector-bound",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 789,
  "wave": 1,
  "code": "#include <cstdint>\n#include <istream>\n#include <vector>\n\nconstexpr std::uint32_t kMaxEntries = 10000;\n\n// Read the entry table of a save file the player uploaded.\nstd::vector<std::uint32_t> read_table(std::istream& in)\n{\n    std::uint32_t count = 0;\n    in.read(reinterpret_cast<char*>(&count), sizeof count);\nif (!in)\n        return {};\n    std::vector<std::uint32_t> table(count);\n    in.read(reinterpret_cast<char*>(table.data()), count * sizeof(std::uint32_t));\n    return table;\n}\n"
 },
 {
  "name": "alloc-cpp-vector-bound",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 789,
  "wave": 1,
  "code": "#include <cstdint>\n#include <istream>\n#include <vector>\n\nconstexpr std::uint32_t kMaxEntries = 10000;\n\n// Read the entry table of a save file the player uploaded.\nstd::vector<std::uint32_t> read_table(std::istream& in)\n{\n    std::uint32_t count = 0;\n    in.read(reinterpret_cast<char*>(&count), sizeof count);\n    if (!in || count > kMaxEntries)\n        return {};\n    std::vector<std::uint32_t> table(count);\n    in.read(reinterpret_cast<char*>(table.data()), count * sizeof(std::uint32_t));\n    return table;\n}\n"
 },
 {
  "name": "alloc-cpp-string-resize",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 789,
  "wave": 1,
  "code": "#include <cstdint>\n#include <string>\n#include <sys/socket.h>\n#include <arpa/inet.h>\n\n// Receive a name field: a 4-byte length announced by the peer, then the bytes.\nstd::string recv_name(int sock)\n{\n    std::uint32_t n = 0;\n    if (recv(sock, &n, 4, MSG_WAITALL) != 4)\n        return {};\n    n = ntohl(n);\n    std::string name;\n    name.resize(n);\n    if (recv(sock, name.data(), n, MSG_WAITALL) != static_cast<ssize_t>(n))\n        return {};\n    return name;\n}\n"
 },
 {
  "name": "alloc-cpp-string-resize",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 789,
  "wave": 1,
  "code": "#include <cstdint>\n#include <string>\n#include <sys/socket.h>\n\nconstexpr std::size_t kMaxName = 255;\n\n// Receive a name field: one length byte announced by the peer, then the bytes.\nstd::string recv_name(int sock)\n{\n    std::uint8_t n = 0;\n    if (recv(sock, &n, 1, MSG_WAITALL) != 1)\n        return {};\n    std::string name(n, '\\0');\n    if (recv(sock, name.data(), n, MSG_WAITALL) != n)\n        return {};\n    return name;\n}\n"
 },
 {
  "name": "cmd-execvp-argv",
  "kind": "vuln",
  "lang": "c",
  "cwe": 78,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n\n/* Convert the image the user uploaded to a thumbnail with ImageMagick. */\nint make_thumbnail(const char *uploaded_path, const char *thumb_path)\n{\n    char cmd[1024];\n    snprintf(cmd, sizeof cmd, \"convert %s -resize 128x128 %s\", uploaded_path, thumb_path);\n    return system(cmd) == 0 ? 0 : -1;\n}\n"
 },
 {
  "name": "cmd-execvp-argv",
  "kind": "safe",
  "lang": "c",
  "cwe": 78,
  "wave": 1,
  "code": "#include <sys/types.h>\n#include <sys/wait.h>\n#include <unistd.h>\n\n/* Convert the image the user uploaded to a thumbnail with ImageMagick. */\nint make_thumbnail(const char *uploaded_path, const char *thumb_path)\n{\n    pid_t pid = fork();\n    if (pid < 0)\n        return -1;\n    if (pid == 0) {\n        char *const argv[] = { \"convert\", \"--\", (char *)uploaded_path, \"-resize\", \"128x128\", (char *)thumb_path, NULL };\n        execvp(\"convert\", argv);\n        _exit(127);\n    }\n    int status;\n    if (waitpid(pid, &status, 0) < 0)\n        return -1;\n    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -1;\n}\n"
 },
 {
  "name": "cmd-posix-spawn",
  "kind": "vuln",
  "lang": "c",
  "cwe": 78,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n\n/* Ping the host the administrator entered in the diagnostics page. */\nint ping_host(const char *host)\n{\n    char cmd[300];\n    snprintf(cmd, sizeof cmd, \"ping -c 1 %s\", host);\n    return system(cmd);\n}\n"
 },
 {
  "name": "cmd-posix-spawn",
  "kind": "safe",
  "lang": "c",
  "cwe": 78,
  "wave": 1,
  "code": "#include <spawn.h>\n#include <sys/wait.h>\n\nextern char **environ;\n\n/* Ping the host the administrator entered in the diagnostics page. */\nint ping_host(const char *host)\n{\n    pid_t pid;\n    char *argv[] = { \"ping\", \"-c\", \"1\", \"--\", (char *)host, NULL };\n    if (posix_spawnp(&pid, \"ping\", NULL, NULL, argv, environ) != 0)\n        return -1;\n    int status;\n    waitpid(pid, &status, 0);\n    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;\n}\n"
 },
 {
  "name": "cmd-system-constant",
  "kind": "vuln",
  "lang": "c",
  "cwe": 78,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n\n/* Restart the web service when the operator clicks \"restart\" (action comes from the admin form). */\nint handle_action(const char *action)\n{\n    char cmd[128];\n    snprintf(cmd, sizeof cmd, \"/usr/bin/systemctl %s webapp.service\", action);\n    return system(cmd);\n}\n"
 },
 {
  "name": "cmd-system-constant",
  "kind": "safe",
  "lang": "c",
  "cwe": 78,
  "wave": 1,
  "code": "#include <stdlib.h>\n#include <string.h>\n\n/* Restart the web service when the operator clicks \"restart\" (action comes from the admin form). */\nint handle_action(const char *action)\n{\n    if (strcmp(action, \"restart\") == 0)\n        return system(\"/usr/bin/systemctl restart webapp.service\");\n    if (strcmp(action, \"reload\") == 0)\n        return system(\"/usr/bin/systemctl reload webapp.service\");\n    return -1;\n}\n"
 },
 {
  "name": "cmd-allowlisted-arg",
  "kind": "vuln",
  "lang": "c",
  "cwe": 78,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstatic const char *const ALLOWED_UNITS[] = { \"nginx\", \"postgresql\", \"redis\", NULL };\n\n/* Show the status of the service the user picked from the dashboard drop-down. */\nint service_status(const char *unit)\n{\n    int ok = 0;\n    for (int i = 0; ALLOWED_UNITS[i]; i++)\n        if (strcmp(unit, ALLOWED_UNITS[i]) == 0)\n            ok = 1;\n    char cmd[128];\n    snprintf(cmd, sizeof cmd, \"systemctl status %s\", unit);\n    return system(cmd);\n}\n"
 },
 {
  "name": "cmd-allowlisted-arg",
  "kind": "safe",
  "lang": "c",
  "cwe": 78,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstatic const char *const ALLOWED_UNITS[] = { \"nginx\", \"postgresql\", \"redis\", NULL };\n\n/* Show the status of the service the user picked from the dashboard drop-down. */\nint service_status(const char *unit)\n{\n    int ok = 0;\n    for (int i = 0; ALLOWED_UNITS[i]; i++)\n        if (strcmp(unit, ALLOWED_UNITS[i]) == 0)\n            ok = 1;\n    if (!ok)\n        return -1;\n    char cmd[128];\n    snprintf(cmd, sizeof cmd, \"systemctl status %s\", unit);\n    return system(cmd);\n}\n"
 },
 {
  "name": "cmd-popen-digits",
  "kind": "vuln",
  "lang": "c",
  "cwe": 78,
  "wave": 1,
  "code": "#include <ctype.h>\n#include <stdio.h>\n#include <string.h>\n\n/* Return the process name of the pid the client asked about (pid as text). */\nint process_name(const char *pid_text, char *out, size_t out_len)\n{\n    size_t n = strlen(pid_text);\n    if (n == 0 || n > 10)\n        return -1;\n    char cmd[64];\n    snprintf(cmd, sizeof cmd, \"ps -o comm= -p %s\", pid_text);\n    FILE *p = popen(cmd, \"r\");\n    if (!p)\n        return -1;\n    char *r = fgets(out, (int)out_len, p);\n    pclose(p);\n    return r ? 0 : -1;\n}\n"
 },
 {
  "name": "cmd-popen-digits",
  "kind": "safe",
  "lang": "c",
  "cwe": 78,
  "wave": 1,
  "code": "#include <ctype.h>\n#include <stdio.h>\n#include <string.h>\n\n/* Return the process name of the pid the client asked about (pid as text). */\nint process_name(const char *pid_text, char *out, size_t out_len)\n{\n    size_t n = strlen(pid_text);\n    if (n == 0 || n > 10)\n        return -1;\n    for (size_t i = 0; i < n; i++)\n        if (!isdigit((unsigned char)pid_text[i]))\n            return -1;\n    char cmd[64];\n    snprintf(cmd, sizeof cmd, \"ps -o comm= -p %s\", pid_text);\n    FILE *p = popen(cmd, \"r\");\n    if (!p)\n        return -1;\n    char *r = fgets(out, (int)out_len, p);\n    pclose(p);\n    return r ? 0 : -1;\n}\n"
 },
 {
  "name": "cmd-cpp-execv-vector",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 78,
  "wave": 1,
  "code": "#include <cstdlib>\n#include <string>\n\n// Run git log for the branch name the user selected in the UI.\nint git_log(const std::string& branch)\n{\n    std::string cmd = \"git log --oneline \" + branch;\n    return std::system(cmd.c_str());\n}\n"
 },
 {
  "name": "cmd-cpp-execv-vector",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 78,
  "wave": 1,
  "code": "#include <string>\n#include <vector>\n#include <unistd.h>\n#include <sys/wait.h>\n\n// Run git log for the branch name the user selected in the UI.\nint git_log(const std::string& branch)\n{\n    std::vector<std::string> args = {\"git\", \"log\", \"--oneline\", \"--end-of-options\", branch};\n    std::vector<char*> argv;\n    for (auto& a : args) argv.push_back(a.data());\n    argv.push_back(nullptr);\n    pid_t pid = fork();\n    if (pid == 0) {\n        execv(\"/usr/bin/git\", argv.data());\n        _exit(127);\n    }\n    int status = 0;\n    waitpid(pid, &status, 0);\n    return status;\n}\n"
 },
 {
  "name": "cmd-cpp-regex-validated",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 78,
  "wave": 1,
  "code": "#include <cstdlib>\n#include <regex>\n#include <string>\n\n// Resize the volume the tenant named to the size in GiB they asked for.\nint resize_volume(const std::string& volume, int gib)\n{\n    static const std::regex name_re(\"^[a-z][a-z0-9-]{0,30}$\");\nif (gib < 1 || gib > 1024)\n        return -1;\n    std::string cmd = \"lvresize -L \" + std::to_string(gib) + \"G vg0/\" + volume;\n    return std::system(cmd.c_str());\n}\n"
 },
 {
  "name": "cmd-cpp-regex-validated",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 78,
  "wave": 1,
  "code": "#include <cstdlib>\n#include <regex>\n#include <string>\n\n// Resize the volume the tenant named to the size in GiB they asked for.\nint resize_volume(const std::string& volume, int gib)\n{\n    static const std::regex name_re(\"^[a-z][a-z0-9-]{0,30}$\");\n    if (!std::regex_match(volume, name_re) || gib < 1 || gib > 1024)\n        return -1;\n    std::string cmd = \"lvresize -L \" + std::to_string(gib) + \"G vg0/\" + volume;\n    return std::system(cmd.c_str());\n}\n"
 },
 {
  "name": "cmd-cpp-system-const",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 78,
  "wave": 1,
  "code": "#include <cstdlib>\n#include <iostream>\n#include <string>\n\n// Clear the screen before printing the report for the user the client asked about.\nvoid print_report(const std::string& client_user)\n{\n    std::string cmd = \"clear; last \" + client_user;\n    std::system(cmd.c_str());\n    std::cout << \"Report for \" << client_user << '\\n';\n}\n"
 },
 {
  "name": "cmd-cpp-system-const",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 78,
  "wave": 1,
  "code": "#include <cstdlib>\n#include <iostream>\n#include <string>\n\n// Clear the screen before printing the report for the user the client asked about.\nvoid print_report(const std::string& client_user)\n{\n    std::system(\"clear\");\n    std::cout << \"Report for \" << client_user << '\\n';\n}\n"
 },
 {
  "name": "path-realpath-prefix",
  "kind": "vuln",
  "lang": "c",
  "cwe": 22,
  "wave": 1,
  "code": "#include <limits.h>\n#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n#define BASE_DIR \"/srv/files/\"\n\n/* Open a file the client requested, relative to the public files directory. */\nFILE *open_public(const char *requested)\n{\n    char joined[PATH_MAX], resolved[PATH_MAX];\n    if (snprintf(joined, sizeof joined, \"%s%s\", BASE_DIR, requested) >= (int)sizeof joined)\n        return NULL;\n    if (!realpath(joined, resolved))\n        return NULL;\n    return fopen(resolved, \"rb\");\n}\n"
 },
 {
  "name": "path-realpath-prefix",
  "kind": "safe",
  "lang": "c",
  "cwe": 22,
  "wave": 1,
  "code": "#include <limits.h>\n#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n#define BASE_DIR \"/srv/files/\"\n\n/* Open a file the client requested, relative to the public files directory. */\nFILE *open_public(const char *requested)\n{\n    char joined[PATH_MAX], resolved[PATH_MAX];\n    if (snprintf(joined, sizeof joined, \"%s%s\", BASE_DIR, requested) >= (int)sizeof joined)\n        return NULL;\n    if (!realpath(joined, resolved))\n        return NULL;\n    if (strncmp(resolved, BASE_DIR, strlen(BASE_DIR)) != 0)\n        return NULL;\n    return fopen(resolved, \"rb\");\n}\n"
 },
 {
  "name": "path-name-no-slash",
  "kind": "vuln",
  "lang": "c",
  "cwe": 22,
  "wave": 1,
  "code": "#include <fcntl.h>\n#include <stdio.h>\n#include <string.h>\n\n/* Open the avatar image whose file name the user uploaded, inside the avatars directory. */\nint open_avatar(const char *file_name)\n{\nif (file_name[0] == '\\0')\n        return -1;\n    char path[512];\n    snprintf(path, sizeof path, \"/var/lib/app/avatars/%s\", file_name);\n    return open(path, O_RDONLY);\n}\n"
 },
 {
  "name": "path-name-no-slash",
  "kind": "safe",
  "lang": "c",
  "cwe": 22,
  "wave": 1,
  "code": "#include <fcntl.h>\n#include <stdio.h>\n#include <string.h>\n\n/* Open the avatar image whose file name the user uploaded, inside the avatars directory. */\nint open_avatar(const char *file_name)\n{\n    if (file_name[0] == '\\0' || strchr(file_name, '/') || strstr(file_name, \"..\") || file_name[0] == '.')\n        return -1;\n    char path[512];\n    snprintf(path, sizeof path, \"/var/lib/app/avatars/%s\", file_name);\n    return open(path, O_RDONLY);\n}\n"
 },
 {
  "name": "path-openat-nofollow",
  "kind": "vuln",
  "lang": "c",
  "cwe": 22,
  "wave": 1,
  "code": "#define _GNU_SOURCE\n#include <fcntl.h>\n#include <string.h>\n\n/* Open a report by the name the client gave, inside the reports directory fd. */\nint open_report(int reports_dirfd, const char *client_name)\n{\n    return openat(reports_dirfd, client_name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);\n}\n"
 },
 {
  "name": "path-openat-nofollow",
  "kind": "safe",
  "lang": "c",
  "cwe": 22,
  "wave": 1,
  "code": "#define _GNU_SOURCE\n#include <fcntl.h>\n#include <string.h>\n\n/* Open a report by the name the client gave, inside the reports directory fd. */\nint open_report(int reports_dirfd, const char *client_name)\n{\n    if (strchr(client_name, '/') != NULL || strcmp(client_name, \"..\") == 0 || strcmp(client_name, \".\") == 0)\n        return -1;\n    return openat(reports_dirfd, client_name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);\n}\n"
 },
 {
  "name": "path-basename-strip",
  "kind": "vuln",
  "lang": "c",
  "cwe": 22,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <string.h>\n\n/* Save an uploaded attachment under the uploads directory. */\nFILE *create_attachment(const char *uploaded_name)\n{\n    char path[512];\n    snprintf(path, sizeof path, \"/var/uploads/%s\", uploaded_name);\n    return fopen(path, \"wb\");\n}\n"
 },
 {
  "name": "path-basename-strip",
  "kind": "safe",
  "lang": "c",
  "cwe": 22,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <string.h>\n#include <libgen.h>\n\n/* Save an uploaded attachment under the uploads directory, keeping only its base name. */\nFILE *create_attachment(const char *uploaded_name)\n{\n    char tmp[256];\n    snprintf(tmp, sizeof tmp, \"%s\", uploaded_name);\n    const char *base = basename(tmp);\n    if (strcmp(base, \".\") == 0 || strcmp(base, \"..\") == 0 || strcmp(base, \"/\") == 0)\n        return NULL;\n    char path[512];\n    snprintf(path, sizeof path, \"/var/uploads/%s\", base);\n    return fopen(path, \"wbx\");\n}\n"
 },
 {
  "name": "path-cpp-weakly-canonical",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 22,
  "wave": 1,
  "code": "#include <algorithm>\n#include <filesystem>\n#include <fstream>\n#include <optional>\n#include <string>\n\nnamespace fs = std::filesystem;\n\n// Read a document the user requested from the tenant's document root.\nstd::optional<std::string> read_document(const fs::path& root, const std::string& requested)\n{\n    const fs::path base = fs::weakly_canonical(root);\n    const fs::path target = fs::weakly_canonical(base / requested);\n    std::ifstream in(target, std::ios::binary);\n    if (!in)\n        return std::nullopt;\n    return std::string(std::istreambuf_iterator<char>(in), {});\n}\n"
 },
 {
  "name": "path-cpp-weakly-canonical",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 22,
  "wave": 1,
  "code": "#include <algorithm>\n#include <filesystem>\n#include <fstream>\n#include <optional>\n#include <string>\n\nnamespace fs = std::filesystem;\n\n// Read a document the user requested from the tenant's document root.\nstd::optional<std::string> read_document(const fs::path& root, const std::string& requested)\n{\n    const fs::path base = fs::weakly_canonical(root);\n    const fs::path target = fs::weakly_canonical(base / requested);\n    auto [b, t] = std::mismatch(base.begin(), base.end(), target.begin(), target.end());\n    if (b != base.end())\n        return std::nullopt;\n    std::ifstream in(target, std::ios::binary);\n    if (!in)\n        return std::nullopt;\n    return std::string(std::istreambuf_iterator<char>(in), {});\n}\n"
 },
 {
  "name": "path-cpp-filename-only",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 22,
  "wave": 1,
  "code": "#include <filesystem>\n#include <fstream>\n#include <string>\n\nnamespace fs = std::filesystem;\n\n// Store the config file a client uploaded under /etc/app/conf.d, keeping only its file name.\nbool store_config(const std::string& uploaded_name, const std::string& content)\n{\nconst fs::path name = fs::path(uploaded_name);\n    if (name.empty() || name == \".\" || name == \"..\")\n        return false;\n    std::ofstream out(fs::path(\"/etc/app/conf.d\") / name);\n    out << content;\n    return static_cast<bool>(out);\n}\n"
 },
 {
  "name": "path-cpp-filename-only",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 22,
  "wave": 1,
  "code": "#include <filesystem>\n#include <fstream>\n#include <string>\n\nnamespace fs = std::filesystem;\n\n// Store the config file a client uploaded under /etc/app/conf.d, keeping only its file name.\nbool store_config(const std::string& uploaded_name, const std::string& content)\n{\n    const fs::path name = fs::path(uploaded_name).filename();\n    if (name.empty() || name == \".\" || name == \"..\")\n        return false;\n    std::ofstream out(fs::path(\"/etc/app/conf.d\") / name);\n    out << content;\n    return static_cast<bool>(out);\n}\n"
 },
 {
  "name": "path-cpp-allowlist-chars",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 22,
  "wave": 1,
  "code": "#include <algorithm>\n#include <cctype>\n#include <fstream>\n#include <string>\n\n// Load a theme file by the theme name the visitor chose in the settings page.\nstd::string load_theme(const std::string& theme)\n{\nif (theme.empty() || theme.size() > 32)\n        return {};\n    std::ifstream in(\"/usr/share/app/themes/\" + theme + \".css\");\n    return std::string(std::istreambuf_iterator<char>(in), {});\n}\n"
 },
 {
  "name": "path-cpp-allowlist-chars",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 22,
  "wave": 1,
  "code": "#include <algorithm>\n#include <cctype>\n#include <fstream>\n#include <string>\n\n// Load a theme file by the theme name the visitor chose in the settings page.\nstd::string load_theme(const std::string& theme)\n{\n    if (theme.empty() || theme.size() > 32 ||\n        !std::all_of(theme.begin(), theme.end(), [](unsigned char c) { return std::isalnum(c) || c == '_'; }))\n        return {};\n    std::ifstream in(\"/usr/share/app/themes/\" + theme + \".css\");\n    return std::string(std::istreambuf_iterator<char>(in), {});\n}\n"
 },
 {
  "name": "path-cpp-canonical-starts",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 22,
  "wave": 1,
  "code": "#include <filesystem>\n#include <fstream>\n#include <string>\n\nnamespace fs = std::filesystem;\n\n// Delete a file the user selected in their home share.\nbool delete_user_file(const fs::path& share_root, const std::string& selected)\n{\n    std::error_code ec;\n    const fs::path root = fs::canonical(share_root, ec);\n    if (ec) return false;\n    const fs::path target = fs::weakly_canonical(root / selected, ec);\n    if (ec) return false;\n    return fs::remove(target, ec);\n}\n"
 },
 {
  "name": "path-cpp-canonical-starts",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 22,
  "wave": 1,
  "code": "#include <filesystem>\n#include <fstream>\n#include <string>\n\nnamespace fs = std::filesystem;\n\n// Delete a file the user selected in their home share.\nbool delete_user_file(const fs::path& share_root, const std::string& selected)\n{\n    std::error_code ec;\n    const fs::path root = fs::canonical(share_root, ec);\n    if (ec) return false;\n    const fs::path target = fs::weakly_canonical(root / selected, ec);\n    if (ec) return false;\n    const fs::path rel = target.lexically_relative(root);\n    if (rel.empty() || *rel.begin() == \"..\")\n        return false;\n    return fs::remove(target, ec);\n}\n"
 },
 {
  "name": "url-host-allowlist",
  "kind": "vuln",
  "lang": "c",
  "cwe": 918,
  "wave": 1,
  "code": "#include <curl/curl.h>\n#include <string.h>\n\nstatic const char *const ALLOWED_HOSTS[] = { \"api.example.com\", \"cdn.example.com\", NULL };\n\n/* Fetch the webhook URL the customer configured, only if its host is on the allow-list. */\nint fetch_webhook(const char *customer_url)\n{\n    CURLU *u = curl_url();\n    char *host = NULL;\n    int ok = 0;\n    if (curl_url_set(u, CURLUPART_URL, customer_url, 0) == CURLUE_OK &&\n        curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK) {\n        for (int i = 0; ALLOWED_HOSTS[i]; i++)\n            if (strcmp(host, ALLOWED_HOSTS[i]) == 0)\n                ok = 1;\n    }\n    curl_free(host);\n    CURL *c = curl_easy_init();\n    curl_easy_setopt(c, CURLOPT_CURLU, u);\n    CURLcode rc = curl_easy_perform(c);\n    curl_easy_cleanup(c);\n    curl_url_cleanup(u);\n    return rc == CURLE_OK ? 0 : -1;\n}\n"
 },
 {
  "name": "url-host-allowlist",
  "kind": "safe",
  "lang": "c",
  "cwe": 918,
  "wave": 1,
  "code": "#include <curl/curl.h>\n#include <string.h>\n\nstatic const char *const ALLOWED_HOSTS[] = { \"api.example.com\", \"cdn.example.com\", NULL };\n\n/* Fetch the webhook URL the customer configured, only if its host is on the allow-list. */\nint fetch_webhook(const char *customer_url)\n{\n    CURLU *u = curl_url();\n    char *host = NULL;\n    int ok = 0;\n    if (curl_url_set(u, CURLUPART_URL, customer_url, 0) == CURLUE_OK &&\n        curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK) {\n        for (int i = 0; ALLOWED_HOSTS[i]; i++)\n            if (strcmp(host, ALLOWED_HOSTS[i]) == 0)\n                ok = 1;\n    }\n    curl_free(host);\n    if (!ok) {\n        curl_url_cleanup(u);\n        return -1;\n    }\n    CURL *c = curl_easy_init();\n    curl_easy_setopt(c, CURLOPT_CURLU, u);\n    CURLcode rc = curl_easy_perform(c);\n    curl_easy_cleanup(c);\n    curl_url_cleanup(u);\n    return rc == CURLE_OK ? 0 : -1;\n}\n"
 },
 {
  "name": "url-fixed-base-escape",
  "kind": "vuln",
  "lang": "c",
  "cwe": 918,
  "wave": 1,
  "code": "#include <curl/curl.h>\n#include <stdio.h>\n\n/* Fetch the avatar from the URL the visitor submitted in the profile form. */\nint fetch_profile(CURL *curl, const char *visitor_url)\n{\n    curl_easy_setopt(curl, CURLOPT_URL, visitor_url);\n    return curl_easy_perform(curl) == CURLE_OK ? 0 : -1;\n}\n"
 },
 {
  "name": "url-fixed-base-escape",
  "kind": "safe",
  "lang": "c",
  "cwe": 918,
  "wave": 1,
  "code": "#include <curl/curl.h>\n#include <stdio.h>\n\n/* Look up the profile of the user name the visitor searched for, on the internal profile service. */\nint fetch_profile(CURL *curl, const char *visitor_query)\n{\n    char *esc = curl_easy_escape(curl, visitor_query, 0);\n    if (!esc)\n        return -1;\n    char url[512];\n    snprintf(url, sizeof url, \"https://profiles.internal.example/v1/users/%s\", esc);\n    curl_free(esc);\n    curl_easy_setopt(curl, CURLOPT_URL, url);\n    return curl_easy_perform(curl) == CURLE_OK ? 0 : -1;\n}\n"
 },
 {
  "name": "url-cpp-host-set",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 918,
  "wave": 1,
  "code": "#include <curl/curl.h>\n#include <string>\n\n// Download the feed from the URL the user submitted.\nbool download_feed(const std::string& submitted_url)\n{\n    CURL* c = curl_easy_init();\n    if (!c) return false;\n    curl_easy_setopt(c, CURLOPT_URL, submitted_url.c_str());\n    const bool ok = curl_easy_perform(c) == CURLE_OK;\n    curl_easy_cleanup(c);\n    return ok;\n}\n"
 },
 {
  "name": "url-cpp-host-set",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 918,
  "wave": 1,
  "code": "#include <curl/curl.h>\n#include <set>\n#include <string>\n\n// Download the feed from the URL the user submitted, but only from known feed hosts.\nbool download_feed(const std::string& submitted_url, const std::string& host)\n{\n    static const std::set<std::string> allowed = {\"feeds.example.org\", \"rss.example.net\"};\n    if (!allowed.count(host))\n        return false;\n    const std::string url = \"https://\" + host + \"/feed?src=\" + std::to_string(submitted_url.size());\n    CURL* c = curl_easy_init();\n    if (!c) return false;\n    curl_easy_setopt(c, CURLOPT_URL, url.c_str());\n    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, \"https\");\n    const bool ok = curl_easy_perform(c) == CURLE_OK;\n    curl_easy_cleanup(c);\n    return ok;\n}\n"
 },
 {
  "name": "url-cpp-escape-path",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 918,
  "wave": 1,
  "code": "#include <curl/curl.h>\n#include <string>\n\n// Query the weather service whose host the user typed.\nlong weather_for(CURL* curl, const std::string& user_host)\n{\n    const std::string url = \"http://\" + user_host + \"/api/today\";\n    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());\n    if (curl_easy_perform(curl) != CURLE_OK) return -1;\n    long code = 0;\n    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &code);\n    return code;\n}\n"
 },
 {
  "name": "url-cpp-escape-path",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 918,
  "wave": 1,
  "code": "#include <curl/curl.h>\n#include <memory>\n#include <string>\n\n// Query the weather service for the city the user typed.\nlong weather_for(CURL* curl, const std::string& city)\n{\n    std::unique_ptr<char, decltype(&curl_free)> esc(curl_easy_escape(curl, city.c_str(), static_cast<int>(city.size())), &curl_free);\n    if (!esc) return -1;\n    const std::string url = std::string(\"https://weather.example.com/api/\") + esc.get();\n    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());\n    if (curl_easy_perform(curl) != CURLE_OK) return -1;\n    long code = 0;\n    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &code);\n    return code;\n}\n"
 },
 {
  "name": "zip-libarchive-secure",
  "kind": "vuln",
  "lang": "c",
  "cwe": 22,
  "wave": 1,
  "code": "#include <archive.h>\n#include <archive_entry.h>\n\n/* Extract an archive the user uploaded into the current directory. */\nint extract_upload(const char *archive_path)\n{\n    struct archive *a = archive_read_new();\n    struct archive *ext = archive_write_disk_new();\n    struct archive_entry *entry;\nint flags = ARCHIVE_EXTRACT_TIME | ARCHIVE_EXTRACT_PERM;\n    archive_read_support_format_all(a);\n    archive_write_disk_set_options(ext, flags);\n    if (archive_read_open_filename(a, archive_path, 10240) != ARCHIVE_OK)\n        return -1;\n    while (archive_read_next_header(a, &entry) == ARCHIVE_OK) {\n        if (archive_write_header(ext, entry) == ARCHIVE_OK)\n            archive_write_data_block(ext, NULL, 0, 0);\n        archive_write_finish_entry(ext);\n    }\n    archive_read_free(a);\n    archive_write_free(ext);\n    return 0;\n}\n"
 },
 {
  "name": "zip-libarchive-secure",
  "kind": "safe",
  "lang": "c",
  "cwe": 22,
  "wave": 1,
  "code": "#include <archive.h>\n#include <archive_entry.h>\n\n/* Extract an archive the user uploaded into the current directory. */\nint extract_upload(const char *archive_path)\n{\n    struct archive *a = archive_read_new();\n    struct archive *ext = archive_write_disk_new();\n    struct archive_entry *entry;\n    int flags = ARCHIVE_EXTRACT_TIME | ARCHIVE_EXTRACT_SECURE_NODOTDOT |\n                ARCHIVE_EXTRACT_SECURE_SYMLINKS | ARCHIVE_EXTRACT_SECURE_NOABSOLUTEPATHS;\n    archive_read_support_format_all(a);\n    archive_write_disk_set_options(ext, flags);\n    if (archive_read_open_filename(a, archive_path, 10240) != ARCHIVE_OK)\n        return -1;\n    while (archive_read_next_header(a, &entry) == ARCHIVE_OK) {\n        if (archive_write_header(ext, entry) == ARCHIVE_OK)\n            archive_write_data_block(ext, NULL, 0, 0);\n        archive_write_finish_entry(ext);\n    }\n    archive_read_free(a);\n    archive_write_free(ext);\n    return 0;\n}\n"
 },
 {
  "name": "zip-minizip-check",
  "kind": "vuln",
  "lang": "c",
  "cwe": 22,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <string.h>\n#include <unzip.h>\n\n/* Extract every file of the zip the user uploaded under dest_dir. */\nint unzip_all(const char *zip_path, const char *dest_dir)\n{\n    unzFile zf = unzOpen(zip_path);\n    if (!zf)\n        return -1;\n    char name[512], out[1024], buf[8192];\n    int rc = unzGoToFirstFile(zf);\n    while (rc == UNZ_OK) {\n        unz_file_info info;\n        unzGetCurrentFileInfo(zf, &info, name, sizeof name, NULL, 0, NULL, 0);\n        snprintf(out, sizeof out, \"%s/%s\", dest_dir, name);\n        FILE *f = fopen(out, \"wb\");\n        if (f && unzOpenCurrentFile(zf) == UNZ_OK) {\n            int n;\n            while ((n = unzReadCurrentFile(zf, buf, sizeof buf)) > 0)\n                fwrite(buf, 1, (size_t)n, f);\n            unzCloseCurrentFile(zf);\n        }\n        if (f)\n            fclose(f);\n        rc = unzGoToNextFile(zf);\n    }\n    unzClose(zf);\n    return 0;\n}\n"
 },
 {
  "name": "zip-minizip-check",
  "kind": "safe",
  "lang": "c",
  "cwe": 22,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <string.h>\n#include <unzip.h>\n\n/* Extract every file of the zip the user uploaded under dest_dir. */\nint unzip_all(const char *zip_path, const char *dest_dir)\n{\n    unzFile zf = unzOpen(zip_path);\n    if (!zf)\n        return -1;\n    char name[512], out[1024], buf[8192];\n    int rc = unzGoToFirstFile(zf);\n    while (rc == UNZ_OK) {\n        unz_file_info info;\n        unzGetCurrentFileInfo(zf, &info, name, sizeof name, NULL, 0, NULL, 0);\n        if (name[0] == '/' || strstr(name, \"..\") != NULL) {\n            unzClose(zf);\n            return -1;\n        }\n        snprintf(out, sizeof out, \"%s/%s\", dest_dir, name);\n        FILE *f = fopen(out, \"wb\");\n        if (f && unzOpenCurrentFile(zf) == UNZ_OK) {\n            int n;\n            while ((n = unzReadCurrentFile(zf, buf, sizeof buf)) > 0)\n                fwrite(buf, 1, (size_t)n, f);\n            unzCloseCurrentFile(zf);\n        }\n        if (f)\n            fclose(f);\n        rc = unzGoToNextFile(zf);\n    }\n    unzClose(zf);\n    return 0;\n}\n"
 },
 {
  "name": "zip-cpp-libarchive-prefix",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 22,
  "wave": 1,
  "code": "#include <archive.h>\n#include <archive_entry.h>\n#include <filesystem>\n#include <string>\n\nnamespace fs = std::filesystem;\n\n// Unpack a plugin bundle the user uploaded into dest, rejecting entries that leave it.\nbool unpack_plugin(const char* bundle, const fs::path& dest)\n{\n    archive* a = archive_read_new();\n    archive_read_support_format_zip(a);\n    if (archive_read_open_filename(a, bundle, 16384) != ARCHIVE_OK) return false;\n    archive* disk = archive_write_disk_new();\narchive_write_disk_set_options(disk, ARCHIVE_EXTRACT_TIME);\n    archive_entry* e;\n    bool ok = true;\n    while (archive_read_next_header(a, &e) == ARCHIVE_OK) {\n        const fs::path rel = fs::path(archive_entry_pathname(e)).lexically_normal();\n        const std::string full = (dest / rel).string();\n        archive_entry_set_pathname(e, full.c_str());\n        if (archive_write_header(disk, e) != ARCHIVE_OK) { ok = false; break; }\n        archive_write_finish_entry(disk);\n    }\n    archive_write_free(disk);\n    archive_read_free(a);\n    return ok;\n}\n"
 },
 {
  "name": "zip-cpp-libarchive-prefix",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 22,
  "wave": 1,
  "code": "#include <archive.h>\n#include <archive_entry.h>\n#include <filesystem>\n#include <string>\n\nnamespace fs = std::filesystem;\n\n// Unpack a plugin bundle the user uploaded into dest, rejecting entries that leave it.\nbool unpack_plugin(const char* bundle, const fs::path& dest)\n{\n    archive* a = archive_read_new();\n    archive_read_support_format_zip(a);\n    if (archive_read_open_filename(a, bundle, 16384) != ARCHIVE_OK) return false;\n    archive* disk = archive_write_disk_new();\n    archive_write_disk_set_options(disk, ARCHIVE_EXTRACT_SECURE_NODOTDOT | ARCHIVE_EXTRACT_SECURE_SYMLINKS);\n    archive_entry* e;\n    bool ok = true;\n    while (archive_read_next_header(a, &e) == ARCHIVE_OK) {\n        const fs::path rel = fs::path(archive_entry_pathname(e)).lexically_normal();\n        if (rel.is_absolute() || rel.empty() || *rel.begin() == \"..\") { ok = false; break; }\n        const std::string full = (dest / rel).string();\n        archive_entry_set_pathname(e, full.c_str());\n        if (archive_write_header(disk, e) != ARCHIVE_OK) { ok = false; break; }\n        archive_write_finish_entry(disk);\n    }\n    archive_write_free(disk);\n    archive_read_free(a);\n    return ok;\n}\n"
 },
 {
  "name": "null-check-malloc",
  "kind": "vuln",
  "lang": "c",
  "cwe": 476,
  "wave": 1,
  "code": "#include <stdlib.h>\n#include <string.h>\n\nstruct node { char *key; struct node *next; };\n\n/* Push a new node for the key the client sent onto the list. */\nstruct node *push_key(struct node *head, const char *key)\n{\n    struct node *n = malloc(sizeof *n);\n    n->key = strdup(key);\n    if (n->key == NULL) {\n        free(n);\n        return NULL;\n    }\n    n->next = head;\n    return n;\n}\n",
  "low": true
 },
 {
  "name": "null-check-malloc",
  "kind": "safe",
  "lang": "c",
  "cwe": 476,
  "wave": 1,
  "code": "#include <stdlib.h>\n#include <string.h>\n\nstruct node { char *key; struct node *next; };\n\n/* Push a new node for the key the client sent onto the list. */\nstruct node *push_key(struct node *head, const char *key)\n{\n    struct node *n = malloc(sizeof *n);\n    if (n == NULL)\n        return NULL;\n    n->key = strdup(key);\n    if (n->key == NULL) {\n        free(n);\n        return NULL;\n    }\n    n->next = head;\n    return n;\n}\n"
 },
 {
  "name": "null-free-set-null",
  "kind": "vuln",
  "lang": "c",
  "cwe": 416,
  "wave": 1,
  "code": "#include <stdlib.h>\n#include <string.h>\n\nstruct conn { char *rx; size_t rx_len; int fd; };\n\n/* Drop the receive buffer of a connection after the peer's message is handled. */\nvoid conn_reset(struct conn *c)\n{\n    free(c->rx);\n    c->rx_len = 0;\n    memset(c->rx, 0, 16);\n}\n"
 },
 {
  "name": "null-free-set-null",
  "kind": "safe",
  "lang": "c",
  "cwe": 416,
  "wave": 1,
  "code": "#include <stdlib.h>\n\nstruct conn { char *rx; size_t rx_len; int fd; };\n\n/* Drop the receive buffer of a connection after the peer's message is handled. */\nvoid conn_reset(struct conn *c)\n{\n    free(c->rx);\n    c->rx = NULL;\n    c->rx_len = 0;\n}\n\n/* Close a connection; safe to call after conn_reset. */\nvoid conn_close(struct conn *c)\n{\n    free(c->rx);\n    c->rx = NULL;\n}\n"
 },
 {
  "name": "null-goto-cleanup",
  "kind": "vuln",
  "lang": "c",
  "cwe": 415,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n\n/* Load the config file the user named: read it into a buffer and parse it. */\nint load_config(const char *path, int (*parse)(const char *, size_t))\n{\n    int rc = -1;\n    char *buf = NULL;\n    FILE *f = fopen(path, \"rb\");\n    if (!f)\n        goto out;\n    buf = malloc(65536);\n    if (!buf)\n        goto out;\n    size_t n = fread(buf, 1, 65535, f);\n    buf[n] = '\\0';\nif (parse(buf, n) != 0) {\n        free(buf);\n        goto out;\n    }\n    rc = 0;\nout:\n    free(buf);\n    if (f)\n        fclose(f);\n    return rc;\n}\n"
 },
 {
  "name": "null-goto-cleanup",
  "kind": "safe",
  "lang": "c",
  "cwe": 415,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n\n/* Load the config file the user named: read it into a buffer and parse it. */\nint load_config(const char *path, int (*parse)(const char *, size_t))\n{\n    int rc = -1;\n    char *buf = NULL;\n    FILE *f = fopen(path, \"rb\");\n    if (!f)\n        goto out;\n    buf = malloc(65536);\n    if (!buf)\n        goto out;\n    size_t n = fread(buf, 1, 65535, f);\n    buf[n] = '\\0';\n    if (parse(buf, n) != 0)\n        goto out;\n    rc = 0;\nout:\n    free(buf);\n    if (f)\n        fclose(f);\n    return rc;\n}\n"
 },
 {
  "name": "null-realloc-tmp",
  "kind": "vuln",
  "lang": "c",
  "cwe": 476,
  "wave": 1,
  "code": "#include <stdlib.h>\n#include <string.h>\n\n/* Append bytes received from the socket to a growing buffer. */\nint buf_append(char **buf, size_t *len, const char *data, size_t n)\n{\n    char *tmp = realloc(*buf, *len + n + 1);\n    memcpy(tmp + *len, data, n);\n    *len += n;\n    tmp[*len] = '\\0';\n    *buf = tmp;\n    return 0;\n}\n",
  "low": true
 },
 {
  "name": "null-realloc-tmp",
  "kind": "safe",
  "lang": "c",
  "cwe": 476,
  "wave": 1,
  "code": "#include <stdlib.h>\n#include <string.h>\n\n/* Append bytes received from the socket to a growing buffer. */\nint buf_append(char **buf, size_t *len, const char *data, size_t n)\n{\n    char *tmp = realloc(*buf, *len + n + 1);\n    if (!tmp)\n        return -1;\n    memcpy(tmp + *len, data, n);\n    *len += n;\n    tmp[*len] = '\\0';\n    *buf = tmp;\n    return 0;\n}\n"
 },
 {
  "name": "null-cpp-unique-ptr",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 416,
  "wave": 1,
  "code": "#include <cstring>\n#include <string>\n\nstruct Message { char* body; std::size_t len; };\n\n// Replace a message body with the text the client sent; the old body is released first.\nvoid set_body(Message& m, const std::string& text)\n{\n    delete[] m.body;\n    std::memcpy(m.body, text.c_str(), text.size() < m.len ? text.size() : m.len);\n    m.len = text.size();\n}\n"
 },
 {
  "name": "null-cpp-unique-ptr",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 416,
  "wave": 1,
  "code": "#include <memory>\n#include <string>\n#include <cstring>\n\nstruct Message { std::unique_ptr<char[]> body; std::size_t len; };\n\n// Replace a message body with the text the client sent; the old body is released first.\nvoid set_body(Message& m, const std::string& text)\n{\n    auto fresh = std::make_unique<char[]>(text.size() + 1);\n    std::memcpy(fresh.get(), text.c_str(), text.size() + 1);\n    m.body = std::move(fresh);\n    m.len = text.size();\n}\n"
 },
 {
  "name": "null-cpp-delete-null",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 415,
  "wave": 1,
  "code": "#include <cstddef>\n\nclass Buffer {\npublic:\n    explicit Buffer(std::size_t n) : data_(new unsigned char[n]), size_(n) {}\n    ~Buffer() { delete[] data_; }\n    // Release early when the peer disconnects; the destructor stays safe.\nvoid release() { delete[] data_; size_ = 0; }\n    Buffer(const Buffer&) = delete;\n    Buffer& operator=(const Buffer&) = delete;\nprivate:\n    unsigned char* data_;\n    std::size_t size_;\n};\n"
 },
 {
  "name": "null-cpp-delete-null",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 415,
  "wave": 1,
  "code": "#include <cstddef>\n\nclass Buffer {\npublic:\n    explicit Buffer(std::size_t n) : data_(new unsigned char[n]), size_(n) {}\n    ~Buffer() { delete[] data_; }\n    // Release early when the peer disconnects; the destructor stays safe.\n    void release() { delete[] data_; data_ = nullptr; size_ = 0; }\n    Buffer(const Buffer&) = delete;\n    Buffer& operator=(const Buffer&) = delete;\nprivate:\n    unsigned char* data_;\n    std::size_t size_;\n};\n"
 },
 {
  "name": "null-cpp-find-check",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 476,
  "wave": 1,
  "code": "#include <cstdlib>\n#include <cstring>\n#include <string>\n\nstruct User { char name[32]; int quota; };\n\n// Build a user record for the name the client sends.\nUser* make_user(const std::string& client_user)\n{\n    User* u = static_cast<User*>(std::malloc(sizeof(User)));\n    u->quota = 10;\n    std::strncpy(u->name, client_user.c_str(), sizeof(u->name) - 1);\n    u->name[sizeof(u->name) - 1] = '\\0';\n    return u;\n}\n",
  "gap": "an unchecked malloc is an audit (low-confidence) finding, and it is not seen inside static_cast in C++"
 },
 {
  "name": "null-cpp-find-check",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 476,
  "wave": 1,
  "code": "#include <map>\n#include <string>\n\nstruct User { std::string name; int quota; };\n\n// Return the quota of the user the client names, or -1 if unknown.\nint quota_of(const std::map<std::string, User*>& users, const std::string& client_user)\n{\n    auto it = users.find(client_user);\n    if (it == users.end() || it->second == nullptr)\n        return -1;\n    return it->second->quota;\n}\n"
 },
 {
  "name": "fmt-printf-s",
  "kind": "vuln",
  "lang": "c",
  "cwe": 134,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <syslog.h>\n\n/* Log the message a remote client sent, to stdout and syslog. */\nvoid log_client_message(const char *client_msg)\n{\nprintf(client_msg);\n    syslog(LOG_INFO, \"%s\", client_msg);\n}\n"
 },
 {
  "name": "fmt-printf-s",
  "kind": "safe",
  "lang": "c",
  "cwe": 134,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <syslog.h>\n\n/* Log the message a remote client sent, to stdout and syslog. */\nvoid log_client_message(const char *client_msg)\n{\n    printf(\"%s\\n\", client_msg);\n    syslog(LOG_INFO, \"%s\", client_msg);\n}\n",
  "notCwe": 134
 },
 {
  "name": "fmt-fprintf-constant",
  "kind": "vuln",
  "lang": "c",
  "cwe": 134,
  "wave": 1,
  "code": "#include <stdio.h>\n\n/* Write an error for the request the client sent to the given stream. */\nvoid report_error(FILE *out, const char *request_line, int code)\n{\n    static const char *const fmt = \"error %d for request: %s\\n\";\nfprintf(out, request_line);\n}\n"
 },
 {
  "name": "fmt-fprintf-constant",
  "kind": "safe",
  "lang": "c",
  "cwe": 134,
  "wave": 1,
  "code": "#include <stdio.h>\n\n/* Write an error for the request the client sent to the given stream. */\nvoid report_error(FILE *out, const char *request_line, int code)\n{\n    static const char *const fmt = \"error %d for request: %s\\n\";\n    fprintf(out, fmt, code, request_line);\n}\n"
 },
 {
  "name": "fmt-snprintf-s",
  "kind": "vuln",
  "lang": "c",
  "cwe": 134,
  "wave": 1,
  "code": "#include <stdio.h>\n\n/* Copy the title the user typed into the window caption. */\nvoid set_caption(char *caption, size_t cap, const char *user_title)\n{\nsnprintf(caption, cap, user_title);\n}\n"
 },
 {
  "name": "fmt-snprintf-s",
  "kind": "safe",
  "lang": "c",
  "cwe": 134,
  "wave": 1,
  "code": "#include <stdio.h>\n\n/* Copy the title the user typed into the window caption. */\nvoid set_caption(char *caption, size_t cap, const char *user_title)\n{\n    snprintf(caption, cap, \"%s\", user_title);\n}\n"
 },
 {
  "name": "fmt-cpp-printf-cstr",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 134,
  "wave": 1,
  "code": "#include <cstdio>\n#include <string>\n\n// Print the chat line a peer sent.\nvoid print_chat(const std::string& peer, const std::string& line)\n{\nstd::printf(line.c_str());\n    std::fputs(line.c_str(), stderr);\n}\n"
 },
 {
  "name": "fmt-cpp-printf-cstr",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 134,
  "wave": 1,
  "code": "#include <cstdio>\n#include <string>\n\n// Print the chat line a peer sent.\nvoid print_chat(const std::string& peer, const std::string& line)\n{\n    std::printf(\"<%s> %s\\n\", peer.c_str(), line.c_str());\n    std::fputs(line.c_str(), stderr);\n}\n"
 },
 {
  "name": "fmt-cpp-syslog-s",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 134,
  "wave": 1,
  "code": "#include <string>\n#include <syslog.h>\n\n// Record the command the remote operator issued in the audit log.\nvoid audit_command(const std::string& operator_cmd)\n{\nsyslog(LOG_NOTICE, operator_cmd.c_str());\n}\n"
 },
 {
  "name": "fmt-cpp-syslog-s",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 134,
  "wave": 1,
  "code": "#include <string>\n#include <syslog.h>\n\n// Record the command the remote operator issued in the audit log.\nvoid audit_command(const std::string& operator_cmd)\n{\n    syslog(LOG_NOTICE, \"operator command: %s\", operator_cmd.c_str());\n}\n",
  "notCwe": 134
 },
 {
  "name": "copy-wcscpy-checked",
  "kind": "vuln",
  "lang": "c",
  "cwe": 120,
  "wave": 2,
  "code": "#include <wchar.h>\n\n#define TITLE_CHARS 80\n\n/* Set the window title to the document name the user opened (wide characters). */\nint set_title(wchar_t title[TITLE_CHARS], const wchar_t *doc_name)\n{\nif (wcslen(doc_name) > TITLE_CHARS)\n        return -1;\n    wcscpy(title, doc_name);\n    return 0;\n}\n"
 },
 {
  "name": "copy-wcscpy-checked",
  "kind": "safe",
  "lang": "c",
  "cwe": 120,
  "wave": 2,
  "code": "#include <wchar.h>\n\n#define TITLE_CHARS 80\n\n/* Set the window title to the document name the user opened (wide characters). */\nint set_title(wchar_t title[TITLE_CHARS], const wchar_t *doc_name)\n{\n    if (wcslen(doc_name) >= TITLE_CHARS)\n        return -1;\n    wcscpy(title, doc_name);\n    return 0;\n}\n"
 },
 {
  "name": "copy-positive-guard-concat",
  "kind": "vuln",
  "lang": "c",
  "cwe": 120,
  "wave": 2,
  "code": "#include <string.h>\n\n/* Build \"first last\" for the display name from the two fields the customer filled in.\n * out has room for 128 bytes; returns 0 on success. */\nint full_name(char out[128], const char *first, const char *last)\n{\nif (strlen(first) + strlen(last) <= 128) {\n        strcpy(out, first);\n        strcat(out, \" \");\n        strcat(out, last);\n        return 0;\n    }\n    return -1;\n}\n"
 },
 {
  "name": "copy-positive-guard-concat",
  "kind": "safe",
  "lang": "c",
  "cwe": 120,
  "wave": 2,
  "code": "#include <string.h>\n\n/* Build \"first last\" for the display name from the two fields the customer filled in.\n * out has room for 128 bytes; returns 0 on success. */\nint full_name(char out[128], const char *first, const char *last)\n{\n    if (strlen(first) + strlen(last) + 2 <= 128) {\n        strcpy(out, first);\n        strcat(out, \" \");\n        strcat(out, last);\n        return 0;\n    }\n    return -1;\n}\n"
 },
 {
  "name": "copy-sprintf-numbers",
  "kind": "vuln",
  "lang": "c",
  "cwe": 120,
  "wave": 2,
  "code": "#include <stdio.h>\n\n/* Format the order number and item name the client sent into a short label. */\nvoid order_label(char label[64], unsigned order_no, const char *item_name)\n{\n    sprintf(label, \"order %u: %s\", order_no, item_name);\n}\n"
 },
 {
  "name": "copy-sprintf-numbers",
  "kind": "safe",
  "lang": "c",
  "cwe": 120,
  "wave": 2,
  "code": "#include <stdio.h>\n\n/* Format the order number and quantity the client sent into a short label. */\nvoid order_label(char label[64], unsigned order_no, int qty)\n{\n    sprintf(label, \"order %u x %d\", order_no, qty);\n}\n"
 },
 {
  "name": "copy-memcpy-ternary-min",
  "kind": "vuln",
  "lang": "c",
  "cwe": 787,
  "wave": 2,
  "code": "#include <string.h>\n#include <stdint.h>\n\nstruct record { uint8_t key[32]; size_t key_len; };\n\n/* Store the key the peer sent in a record, truncated to the field size. */\nvoid record_set_key(struct record *r, const uint8_t *key, size_t key_len)\n{\nsize_t n = key_len;\n    memcpy(r->key, key, key_len);\n    r->key_len = n;\n}\n"
 },
 {
  "name": "copy-memcpy-ternary-min",
  "kind": "safe",
  "lang": "c",
  "cwe": 787,
  "wave": 2,
  "code": "#include <string.h>\n#include <stdint.h>\n\nstruct record { uint8_t key[32]; size_t key_len; };\n\n/* Store the key the peer sent in a record, truncated to the field size. */\nvoid record_set_key(struct record *r, const uint8_t *key, size_t key_len)\n{\n    size_t n = key_len < sizeof(r->key) ? key_len : sizeof(r->key);\n    memcpy(r->key, key, n);\n    r->key_len = n;\n}\n"
 },
 {
  "name": "copy-strncat-remaining",
  "kind": "vuln",
  "lang": "c",
  "cwe": 120,
  "wave": 2,
  "code": "#include <string.h>\n\n/* Append the tag the user typed to the comma-separated tag list held in a buffer of size cap. */\nvoid add_tag(char *list, size_t cap, const char *tag)\n{\n    if (strlen(list) > 0)\n        strcat(list, \",\");\n    strcat(list, tag);\n}\n"
 },
 {
  "name": "copy-strncat-remaining",
  "kind": "safe",
  "lang": "c",
  "cwe": 120,
  "wave": 2,
  "code": "#include <string.h>\n\n/* Append the tag the user typed to the comma-separated tag list held in a buffer of size cap. */\nvoid add_tag(char *list, size_t cap, const char *tag)\n{\n    size_t used = strlen(list);\n    if (used + 1 >= cap)\n        return;\n    if (used > 0) {\n        strncat(list, \",\", cap - used - 1);\n        used++;\n    }\n    strncat(list, tag, cap - used - 1);\n}\n"
 },
 {
  "name": "copy-alloca-len",
  "kind": "vuln",
  "lang": "c",
  "cwe": 122,
  "wave": 2,
  "code": "#include <alloca.h>\n#include <stdio.h>\n#include <string.h>\n\n#define MAX_WORD 256\n\n/* Print the word the user entered in upper case. */\nvoid shout(const char *word)\n{\n    size_t n = strnlen(word, MAX_WORD);\n    if (n == MAX_WORD)\n        return;\nchar *tmp = alloca(n);\n    strcpy(tmp, word);\n    for (char *p = tmp; *p; p++)\n        if (*p >= 'a' && *p <= 'z')\n            *p -= 32;\n    puts(tmp);\n}\n"
 },
 {
  "name": "copy-alloca-len",
  "kind": "safe",
  "lang": "c",
  "cwe": 122,
  "wave": 2,
  "code": "#include <alloca.h>\n#include <stdio.h>\n#include <string.h>\n\n#define MAX_WORD 256\n\n/* Print the word the user entered in upper case. */\nvoid shout(const char *word)\n{\n    size_t n = strnlen(word, MAX_WORD);\n    if (n == MAX_WORD)\n        return;\n    char *tmp = alloca(n + 1);\n    strcpy(tmp, word);\n    for (char *p = tmp; *p; p++)\n        if (*p >= 'a' && *p <= 'z')\n            *p -= 32;\n    puts(tmp);\n}\n"
 },
 {
  "name": "copy-cpp-string-copy",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 120,
  "wave": 2,
  "code": "#include <cstring>\n#include <string>\n\nstruct Row { char name[48]; };\n\n// Store the column name the user typed into a row.\nvoid set_row_name(Row& row, const std::string& typed)\n{\n    std::memcpy(row.name, typed.data(), typed.size() + 1);\n}\n"
 },
 {
  "name": "copy-cpp-string-copy",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 120,
  "wave": 2,
  "code": "#include <string>\n#include <vector>\n\nstruct Row { std::vector<char> name; };\n\n// Store the column name the user typed into a row.\nvoid set_row_name(Row& row, const std::string& typed)\n{\n    row.name.assign(typed.begin(), typed.end());\n    row.name.push_back('\\0');\n}\n"
 },
 {
  "name": "copy-cpp-string-path",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 120,
  "wave": 2,
  "code": "#include <cstdio>\n#include <string>\n\n// Return \"<dir>/<name>\" for the directory and file name the client chose.\nstd::string join_client_path(const std::string& dir, const std::string& name)\n{\n    char buf[256];\n    std::sprintf(buf, \"%s/%s\", dir.c_str(), name.c_str());\n    return buf;\n}\n"
 },
 {
  "name": "copy-cpp-string-path",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 120,
  "wave": 2,
  "code": "#include <string>\n\n// Return \"<dir>/<name>\" for the directory and file name the client chose.\nstd::string join_client_path(const std::string& dir, const std::string& name)\n{\n    std::string out;\n    out.reserve(dir.size() + 1 + name.size());\n    out += dir;\n    out += '/';\n    out += name;\n    return out;\n}\n"
 },
 {
  "name": "copy-cpp-strcpy-checked-size",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 120,
  "wave": 2,
  "code": "#include <cstring>\n#include <string>\n\nstruct Device { char serial[20]; };\n\n// Record the serial number a device reported over the wire.\nbool set_serial(Device& d, const std::string& reported)\n{\n    std::strcpy(d.serial, reported.c_str());\n    return true;\n}\n"
 },
 {
  "name": "copy-cpp-strcpy-checked-size",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 120,
  "wave": 2,
  "code": "#include <cstring>\n#include <string>\n\nstruct Device { char serial[20]; };\n\n// Record the serial number a device reported over the wire.\nbool set_serial(Device& d, const std::string& reported)\n{\n    if (reported.size() >= sizeof(d.serial))\n        return false;\n    std::strcpy(d.serial, reported.c_str());\n    return true;\n}\n"
 },
 {
  "name": "int-flexible-array",
  "kind": "vuln",
  "lang": "c",
  "cwe": 190,
  "wave": 2,
  "code": "#include <stdint.h>\n#include <stdlib.h>\n\nstruct item { uint32_t id; uint32_t qty; };\nstruct order { size_t count; struct item items[]; };\n\n/* Allocate an order for the number of items the client declared. */\nstruct order *order_new(size_t count)\n{\n    struct order *o = malloc(sizeof(struct order) + count * sizeof(struct item));\n    if (o)\n        o->count = count;\n    return o;\n}\n"
 },
 {
  "name": "int-flexible-array",
  "kind": "safe",
  "lang": "c",
  "cwe": 190,
  "wave": 2,
  "code": "#include <stdint.h>\n#include <stdlib.h>\n\nstruct item { uint32_t id; uint32_t qty; };\nstruct order { size_t count; struct item items[]; };\n\n/* Allocate an order for the number of items the client declared. */\nstruct order *order_new(size_t count)\n{\n    if (count > (SIZE_MAX - sizeof(struct order)) / sizeof(struct item))\n        return NULL;\n    struct order *o = malloc(sizeof(struct order) + count * sizeof(struct item));\n    if (o)\n        o->count = count;\n    return o;\n}\n"
 },
 {
  "name": "int-ckd-mul",
  "kind": "vuln",
  "lang": "c",
  "cwe": 190,
  "wave": 2,
  "code": "#include <stdlib.h>\n\n/* Allocate a matrix of doubles with the dimensions given in the uploaded CSV header. */\ndouble *matrix_new(size_t rows, size_t cols)\n{\n    size_t bytes = rows * cols * sizeof(double);\n    return malloc(bytes);\n}\n"
 },
 {
  "name": "int-ckd-mul",
  "kind": "safe",
  "lang": "c",
  "cwe": 190,
  "wave": 2,
  "code": "#include <stdckdint.h>\n#include <stdlib.h>\n\n/* Allocate a matrix of doubles with the dimensions given in the uploaded CSV header. */\ndouble *matrix_new(size_t rows, size_t cols)\n{\n    size_t cells, bytes;\n    if (ckd_mul(&cells, rows, cols) || ckd_mul(&bytes, cells, sizeof(double)))\n        return NULL;\n    return malloc(bytes);\n}\n"
 },
 {
  "name": "int-u16-plus-one",
  "kind": "vuln",
  "lang": "c",
  "cwe": 190,
  "wave": 2,
  "code": "#include <arpa/inet.h>\n#include <stdint.h>\n#include <stdlib.h>\n#include <string.h>\n\nstruct wire_hdr { uint32_t len; };\n\n/* Copy the string field of a packet received from a peer into a NUL-terminated heap string. */\nchar *packet_string(const struct wire_hdr *hdr, const uint8_t *body)\n{\n    uint32_t len = ntohl(hdr->len);\n    char *s = malloc(len + 1);\n    if (!s)\n        return NULL;\n    memcpy(s, body, len);\n    s[len] = '\\0';\n    return s;\n}\n"
 },
 {
  "name": "int-u16-plus-one",
  "kind": "safe",
  "lang": "c",
  "cwe": 190,
  "wave": 2,
  "code": "#include <arpa/inet.h>\n#include <stdint.h>\n#include <stdlib.h>\n#include <string.h>\n\nstruct wire_hdr { uint16_t len; };\n\n/* Copy the string field of a packet received from a peer into a NUL-terminated heap string. */\nchar *packet_string(const struct wire_hdr *hdr, const uint8_t *body, size_t body_len)\n{\n    uint16_t len = ntohs(hdr->len);\n    if (len > body_len)\n        return NULL;\n    char *s = malloc((size_t)len + 1);\n    if (!s)\n        return NULL;\n    memcpy(s, body, len);\n    s[len] = '\\0';\n    return s;\n}\n"
 },
 {
  "name": "int-glib-new",
  "kind": "vuln",
  "lang": "c",
  "cwe": 190,
  "wave": 2,
  "code": "#include <glib.h>\n\ntypedef struct { gint64 ts; gdouble value; } Sample;\n\n/* Allocate the samples for the count announced in the client's upload header. */\nSample *samples_new(gsize count)\n{\n    return g_malloc0(count * sizeof(Sample));\n}\n"
 },
 {
  "name": "int-glib-new",
  "kind": "safe",
  "lang": "c",
  "cwe": 190,
  "wave": 2,
  "code": "#include <glib.h>\n\ntypedef struct { gint64 ts; gdouble value; } Sample;\n\n/* Allocate the samples for the count announced in the client's upload header. */\nSample *samples_new(gsize count)\n{\n    if (count > 1000000)\n        return NULL;\n    return g_new0(Sample, count);\n}\n"
 },
 {
  "name": "int-cpp-make-unique",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 190,
  "wave": 2,
  "code": "#include <cstdint>\n#include <cstdlib>\n\n// Allocate a pixel buffer for the image dimensions in the uploaded file's header.\nstd::uint32_t* alloc_pixels(std::uint32_t w, std::uint32_t h)\n{\n    return static_cast<std::uint32_t*>(std::malloc(w * h * sizeof(std::uint32_t)));\n}\n"
 },
 {
  "name": "int-cpp-make-unique",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 190,
  "wave": 2,
  "code": "#include <cstddef>\n#include <cstdint>\n#include <memory>\n\nconstexpr std::size_t kMaxPixels = 64u * 1024u * 1024u;\n\n// Allocate a pixel buffer for the image dimensions in the uploaded file's header.\nstd::unique_ptr<std::uint32_t[]> alloc_pixels(std::uint32_t w, std::uint32_t h)\n{\n    if (w == 0 || h == 0 || static_cast<std::size_t>(w) * h > kMaxPixels)\n        return nullptr;\n    return std::make_unique<std::uint32_t[]>(static_cast<std::size_t>(w) * h);\n}\n"
 },
 {
  "name": "int-cpp-vector-resize-bounded",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 190,
  "wave": 2,
  "code": "#include <cstdint>\n#include <cstdlib>\n\nstruct Header { std::uint32_t rows; std::uint32_t cols; };\n\n// Size the table for the dimensions a client's upload declared.\ndouble* size_table(const Header& h)\n{\n    std::uint32_t cells = h.rows * h.cols;\n    return static_cast<double*>(std::malloc(cells * sizeof(double)));\n}\n"
 },
 {
  "name": "int-cpp-vector-resize-bounded",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 190,
  "wave": 2,
  "code": "#include <cstdint>\n#include <stdexcept>\n#include <vector>\n\nstruct Header { std::uint32_t rows; std::uint32_t cols; };\n\n// Size the table for the dimensions a client's upload declared.\nvoid size_table(std::vector<double>& table, const Header& h)\n{\n    if (h.rows > 4096 || h.cols > 4096)\n        throw std::length_error(\"table too large\");\n    table.resize(static_cast<std::size_t>(h.rows) * h.cols);\n}\n"
 },
 {
  "name": "alloc-alloca-bounded",
  "kind": "vuln",
  "lang": "c",
  "cwe": 789,
  "wave": 2,
  "code": "#include <alloca.h>\n#include <string.h>\n#include <unistd.h>\n\n/* Echo back one line the peer sent; n is the byte count the peer announced. */\nint echo_line(int fd, size_t n)\n{\nif (n == 0)\n        return -1;\n    char *buf = alloca(n);\n    ssize_t got = read(fd, buf, n);\n    if (got <= 0)\n        return -1;\n    return write(fd, buf, (size_t)got) == got ? 0 : -1;\n}\n"
 },
 {
  "name": "alloc-alloca-bounded",
  "kind": "safe",
  "lang": "c",
  "cwe": 789,
  "wave": 2,
  "code": "#include <alloca.h>\n#include <string.h>\n#include <unistd.h>\n\n/* Echo back one line the peer sent; n is the byte count the peer announced. */\nint echo_line(int fd, size_t n)\n{\n    if (n == 0 || n > 4096)\n        return -1;\n    char *buf = alloca(n);\n    ssize_t got = read(fd, buf, n);\n    if (got <= 0)\n        return -1;\n    return write(fd, buf, (size_t)got) == got ? 0 : -1;\n}\n"
 },
 {
  "name": "alloc-vla-bounded",
  "kind": "vuln",
  "lang": "c",
  "cwe": 789,
  "wave": 2,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n\n/* Read the number of scores the client sends, then the scores, and print their sum. */\nint sum_scores(FILE *in)\n{\n    int count;\nif (fscanf(in, \"%d\", &count) != 1 || count <= 0)\n        return -1;\n    int scores[count];\n    long sum = 0;\n    for (int i = 0; i < count; i++) {\n        if (fscanf(in, \"%d\", &scores[i]) != 1)\n            return -1;\n        sum += scores[i];\n    }\n    printf(\"%ld\\n\", sum);\n    return 0;\n}\n"
 },
 {
  "name": "alloc-vla-bounded",
  "kind": "safe",
  "lang": "c",
  "cwe": 789,
  "wave": 2,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n\n/* Read the number of scores the client sends, then the scores, and print their sum. */\nint sum_scores(FILE *in)\n{\n    int count;\n    if (fscanf(in, \"%d\", &count) != 1 || count <= 0 || count > 1000)\n        return -1;\n    int scores[count];\n    long sum = 0;\n    for (int i = 0; i < count; i++) {\n        if (fscanf(in, \"%d\", &scores[i]) != 1)\n            return -1;\n        sum += scores[i];\n    }\n    printf(\"%ld\\n\", sum);\n    return 0;\n}\n"
 },
 {
  "name": "alloc-cpp-reserve-bounded",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 789,
  "wave": 2,
  "code": "#include <cstdint>\n#include <fstream>\n#include <string>\n#include <vector>\n\n// Load the word list of a dictionary file a user uploaded: a count, then NUL-separated words.\nstd::vector<std::string> load_words(std::ifstream& in)\n{\n    std::uint32_t count = 0;\n    in.read(reinterpret_cast<char*>(&count), sizeof count);\n    std::vector<std::string> words;\nif (!in)\n        return words;\n    words.reserve(count);\n    std::string w;\n    while (words.size() < count && std::getline(in, w, '\\0'))\n        words.push_back(w);\n    return words;\n}\n"
 },
 {
  "name": "alloc-cpp-reserve-bounded",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 789,
  "wave": 2,
  "code": "#include <cstdint>\n#include <fstream>\n#include <string>\n#include <vector>\n\n// Load the word list of a dictionary file a user uploaded: a count, then NUL-separated words.\nstd::vector<std::string> load_words(std::ifstream& in)\n{\n    std::uint32_t count = 0;\n    in.read(reinterpret_cast<char*>(&count), sizeof count);\n    std::vector<std::string> words;\n    if (!in || count > 100000)\n        return words;\n    words.reserve(count);\n    std::string w;\n    while (words.size() < count && std::getline(in, w, '\\0'))\n        words.push_back(w);\n    return words;\n}\n"
 },
 {
  "name": "cmd-execl-fixed",
  "kind": "vuln",
  "lang": "c",
  "cwe": 78,
  "wave": 2,
  "code": "#include <stdio.h>\n#include <sys/wait.h>\n#include <unistd.h>\n\n/* Decompress the archive the user uploaded with gzip. */\nint gunzip_upload(const char *uploaded_path)\n{\n    char cmd[600];\n    snprintf(cmd, sizeof cmd, \"gzip -d -k %s\", uploaded_path);\n    pid_t pid = fork();\n    if (pid == 0) {\n        execl(\"/bin/sh\", \"sh\", \"-c\", cmd, (char *)NULL);\n        _exit(127);\n    }\n    int status;\n    return waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -1;\n}\n"
 },
 {
  "name": "cmd-execl-fixed",
  "kind": "safe",
  "lang": "c",
  "cwe": 78,
  "wave": 2,
  "code": "#include <sys/wait.h>\n#include <unistd.h>\n\n/* Decompress the archive the user uploaded with gzip, without a shell. */\nint gunzip_upload(const char *uploaded_path)\n{\n    pid_t pid = fork();\n    if (pid == 0) {\n        execl(\"/usr/bin/gzip\", \"gzip\", \"-d\", \"-k\", \"--\", uploaded_path, (char *)NULL);\n        _exit(127);\n    }\n    int status;\n    return waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -1;\n}\n"
 },
 {
  "name": "cmd-glib-shell-quote",
  "kind": "vuln",
  "lang": "c",
  "cwe": 78,
  "wave": 2,
  "code": "#include <glib.h>\n#include <stdlib.h>\n\n/* Open the document the user picked with the desktop's default viewer. */\nint open_document(const char *picked_path)\n{\ngchar *quoted = g_strdup(picked_path);\n    gchar *cmd = g_strdup_printf(\"xdg-open %s\", quoted);\n    int rc = system(cmd);\n    g_free(cmd);\n    g_free(quoted);\n    return rc;\n}\n"
 },
 {
  "name": "cmd-glib-shell-quote",
  "kind": "safe",
  "lang": "c",
  "cwe": 78,
  "wave": 2,
  "code": "#include <glib.h>\n#include <stdlib.h>\n\n/* Open the document the user picked with the desktop's default viewer. */\nint open_document(const char *picked_path)\n{\n    gchar *quoted = g_shell_quote(picked_path);\n    gchar *cmd = g_strdup_printf(\"xdg-open %s\", quoted);\n    int rc = system(cmd);\n    g_free(cmd);\n    g_free(quoted);\n    return rc;\n}\n"
 },
 {
  "name": "cmd-switch-constant",
  "kind": "vuln",
  "lang": "c",
  "cwe": 78,
  "wave": 2,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n\n/* Run the maintenance task the operator typed in the admin console. */\nint run_task(const char *typed_task)\n{\n    char cmd[256];\n    snprintf(cmd, sizeof cmd, \"/usr/local/bin/task-runner %s\", typed_task);\n    return system(cmd);\n}\n"
 },
 {
  "name": "cmd-switch-constant",
  "kind": "safe",
  "lang": "c",
  "cwe": 78,
  "wave": 2,
  "code": "#include <stdlib.h>\n\n/* Run the maintenance task the operator chose by number in the admin console. */\nint run_task(int choice)\n{\n    const char *cmd;\n    switch (choice) {\n    case 1: cmd = \"/usr/sbin/logrotate /etc/logrotate.conf\"; break;\n    case 2: cmd = \"/usr/bin/find /var/cache/app -mtime +7 -delete\"; break;\n    case 3: cmd = \"/usr/bin/systemctl restart app\"; break;\n    default: return -1;\n    }\n    return system(cmd);\n}\n"
 },
 {
  "name": "cmd-popen-strtol",
  "kind": "vuln",
  "lang": "c",
  "cwe": 78,
  "wave": 2,
  "code": "#include <stdio.h>\n\n/* Show the last lines of the application log; count is the number the visitor entered. */\nint tail_log(const char *count_text, FILE *out)\n{\n    char cmd[96];\n    snprintf(cmd, sizeof cmd, \"tail -n %s /var/log/app.log\", count_text);\n    FILE *p = popen(cmd, \"r\");\n    if (!p)\n        return -1;\n    char line[512];\n    while (fgets(line, sizeof line, p))\n        fputs(line, out);\n    return pclose(p);\n}\n"
 },
 {
  "name": "cmd-popen-strtol",
  "kind": "safe",
  "lang": "c",
  "cwe": 78,
  "wave": 2,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n\n/* Show the last lines of the application log; count is the number the visitor entered. */\nint tail_log(const char *count_text, FILE *out)\n{\n    char *end;\n    long n = strtol(count_text, &end, 10);\n    if (*end != '\\0' || n < 1 || n > 500)\n        return -1;\n    char cmd[96];\n    snprintf(cmd, sizeof cmd, \"tail -n %ld /var/log/app.log\", n);\n    FILE *p = popen(cmd, \"r\");\n    if (!p)\n        return -1;\n    char line[512];\n    while (fgets(line, sizeof line, p))\n        fputs(line, out);\n    return pclose(p);\n}\n"
 },
 {
  "name": "cmd-cpp-posix-spawn-vector",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 78,
  "wave": 2,
  "code": "#include <cstdio>\n#include <string>\n\n// Archive the project directory the user selected into a tarball.\nint archive_project(const std::string& project_dir, const std::string& out_tar)\n{\n    const std::string cmd = \"tar -czf \" + out_tar + \" -C \" + project_dir + \" .\";\n    FILE* p = popen(cmd.c_str(), \"r\");\n    return p ? pclose(p) : -1;\n}\n"
 },
 {
  "name": "cmd-cpp-posix-spawn-vector",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 78,
  "wave": 2,
  "code": "#include <spawn.h>\n#include <string>\n#include <sys/wait.h>\n#include <vector>\n\nextern char** environ;\n\n// Archive the project directory the user selected into a tarball.\nint archive_project(const std::string& project_dir, const std::string& out_tar)\n{\n    std::vector<std::string> args{\"tar\", \"-czf\", out_tar, \"-C\", project_dir, \".\"};\n    std::vector<char*> argv;\n    for (auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));\n    argv.push_back(nullptr);\n    pid_t pid;\n    if (posix_spawnp(&pid, \"tar\", nullptr, nullptr, argv.data(), environ) != 0)\n        return -1;\n    int status = 0;\n    waitpid(pid, &status, 0);\n    return status;\n}\n"
 },
 {
  "name": "cmd-cpp-map-lookup",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 78,
  "wave": 2,
  "code": "#include <cstdlib>\n#include <string>\n\n// Run the report the user chose from the menu (the key the client sent).\nint run_report(const std::string& key)\n{\n    const std::string cmd = \"/usr/local/bin/report \" + key;\n    return std::system(cmd.c_str());\n}\n"
 },
 {
  "name": "cmd-cpp-map-lookup",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 78,
  "wave": 2,
  "code": "#include <cstdlib>\n#include <map>\n#include <string>\n\n// Run the report the user chose from the menu (the key the client sent).\nint run_report(const std::string& key)\n{\n    static const std::map<std::string, std::string> reports = {\n        {\"disk\", \"df -h\"},\n        {\"memory\", \"free -m\"},\n        {\"uptime\", \"uptime\"},\n    };\n    auto it = reports.find(key);\n    if (it == reports.end())\n        return -1;\n    return std::system(it->second.c_str());\n}\n"
 },
 {
  "name": "path-strspn-allowlist",
  "kind": "vuln",
  "lang": "c",
  "cwe": 22,
  "wave": 2,
  "code": "#include <stdio.h>\n#include <string.h>\n\nstatic const char SAFE_CHARS[] = \"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-\";\n\n/* Return the log file of the job id the client asked about. */\nFILE *open_job_log(const char *job_id)\n{\n    size_t n = strlen(job_id);\nif (n == 0 || n > 64)\n        return NULL;\n    char path[128];\n    snprintf(path, sizeof path, \"/var/lib/jobs/%s.log\", job_id);\n    return fopen(path, \"r\");\n}\n"
 },
 {
  "name": "path-strspn-allowlist",
  "kind": "safe",
  "lang": "c",
  "cwe": 22,
  "wave": 2,
  "code": "#include <stdio.h>\n#include <string.h>\n\nstatic const char SAFE_CHARS[] = \"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-\";\n\n/* Return the log file of the job id the client asked about. */\nFILE *open_job_log(const char *job_id)\n{\n    size_t n = strlen(job_id);\n    if (n == 0 || n > 64 || strspn(job_id, SAFE_CHARS) != n)\n        return NULL;\n    char path[128];\n    snprintf(path, sizeof path, \"/var/lib/jobs/%s.log\", job_id);\n    return fopen(path, \"r\");\n}\n"
 },
 {
  "name": "path-numeric-id",
  "kind": "vuln",
  "lang": "c",
  "cwe": 22,
  "wave": 2,
  "code": "#include <stdio.h>\n\n/* Open the invoice PDF for the invoice number in the request's query string. */\nFILE *open_invoice(const char *invoice_param)\n{\n    char path[256];\n    snprintf(path, sizeof path, \"/srv/invoices/%s.pdf\", invoice_param);\n    return fopen(path, \"rb\");\n}\n"
 },
 {
  "name": "path-numeric-id",
  "kind": "safe",
  "lang": "c",
  "cwe": 22,
  "wave": 2,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n\n/* Open the invoice PDF for the invoice number in the request's query string. */\nFILE *open_invoice(const char *invoice_param)\n{\n    char *end;\n    unsigned long id = strtoul(invoice_param, &end, 10);\n    if (end == invoice_param || *end != '\\0')\n        return NULL;\n    char path[96];\n    snprintf(path, sizeof path, \"/srv/invoices/%lu.pdf\", id);\n    return fopen(path, \"rb\");\n}\n"
 },
 {
  "name": "path-openat2-beneath",
  "kind": "vuln",
  "lang": "c",
  "cwe": 22,
  "wave": 2,
  "code": "#define _GNU_SOURCE\n#include <fcntl.h>\n#include <stdio.h>\n\n/* Open a file the client named, inside the share directory. */\nint open_in_share(const char *share_dir, const char *client_path)\n{\n    char path[4096];\n    snprintf(path, sizeof path, \"%s/%s\", share_dir, client_path);\n    return open(path, O_RDONLY | O_CLOEXEC);\n}\n"
 },
 {
  "name": "path-openat2-beneath",
  "kind": "safe",
  "lang": "c",
  "cwe": 22,
  "wave": 2,
  "code": "#define _GNU_SOURCE\n#include <fcntl.h>\n#include <linux/openat2.h>\n#include <sys/syscall.h>\n#include <unistd.h>\n\n/* Open a file the client named, resolved strictly beneath the share directory fd. */\nint open_in_share(int share_fd, const char *client_path)\n{\n    struct open_how how = { .flags = O_RDONLY | O_CLOEXEC, .resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS };\n    return (int)syscall(SYS_openat2, share_fd, client_path, &how, sizeof how);\n}\n"
 },
 {
  "name": "path-cpp-table-lookup",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 22,
  "wave": 2,
  "code": "#include <fstream>\n#include <string>\n\n// Return the help page for the topic the visitor clicked.\nstd::string help_page(const std::string& topic)\n{\n    std::ifstream in(\"/usr/share/app/help/\" + topic + \".html\");\n    return std::string(std::istreambuf_iterator<char>(in), {});\n}\n"
 },
 {
  "name": "path-cpp-table-lookup",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 22,
  "wave": 2,
  "code": "#include <fstream>\n#include <string>\n#include <unordered_map>\n\n// Return the help page for the topic the visitor clicked.\nstd::string help_page(const std::string& topic)\n{\n    static const std::unordered_map<std::string, std::string> pages = {\n        {\"install\", \"/usr/share/app/help/install.html\"},\n        {\"usage\", \"/usr/share/app/help/usage.html\"},\n    };\n    auto it = pages.find(topic);\n    if (it == pages.end())\n        return {};\n    std::ifstream in(it->second);\n    return std::string(std::istreambuf_iterator<char>(in), {});\n}\n"
 },
 {
  "name": "path-cpp-components-check",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 22,
  "wave": 2,
  "code": "#include <filesystem>\n#include <fstream>\n#include <string>\n\nnamespace fs = std::filesystem;\n\n// Write the note a user saved under their notes directory; the relative path comes from the client.\nbool save_note(const fs::path& notes_dir, const std::string& rel_path, const std::string& text)\n{\n    const fs::path rel(rel_path);\n    if (rel.is_absolute())\n        return false;\n    std::ofstream out(notes_dir / rel);\n    out << text;\n    return out.good();\n}\n"
 },
 {
  "name": "path-cpp-components-check",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 22,
  "wave": 2,
  "code": "#include <filesystem>\n#include <fstream>\n#include <string>\n\nnamespace fs = std::filesystem;\n\n// Write the note a user saved under their notes directory; the relative path comes from the client.\nbool save_note(const fs::path& notes_dir, const std::string& rel_path, const std::string& text)\n{\n    const fs::path rel(rel_path);\n    if (rel.is_absolute())\n        return false;\n    for (const auto& part : rel)\n        if (part == \"..\")\n            return false;\n    std::ofstream out(notes_dir / rel);\n    out << text;\n    return out.good();\n}\n"
 },
 {
  "name": "url-numeric-id",
  "kind": "vuln",
  "lang": "c",
  "cwe": 918,
  "wave": 2,
  "code": "#include <curl/curl.h>\n#include <stdio.h>\n\n/* Fetch the product JSON from the catalog host the visitor requested. */\nint fetch_product(CURL *curl, const char *catalog_host)\n{\n    char url[256];\n    snprintf(url, sizeof url, \"https://%s/products.json\", catalog_host);\n    curl_easy_setopt(curl, CURLOPT_URL, url);\n    return curl_easy_perform(curl) == CURLE_OK ? 0 : -1;\n}\n"
 },
 {
  "name": "url-numeric-id",
  "kind": "safe",
  "lang": "c",
  "cwe": 918,
  "wave": 2,
  "code": "#include <curl/curl.h>\n#include <stdio.h>\n#include <stdlib.h>\n\n/* Fetch the product JSON for the product id the visitor requested. */\nint fetch_product(CURL *curl, const char *product_param)\n{\n    char *end;\n    long id = strtol(product_param, &end, 10);\n    if (*end != '\\0' || id <= 0)\n        return -1;\n    char url[128];\n    snprintf(url, sizeof url, \"https://catalog.example.com/products/%ld.json\", id);\n    curl_easy_setopt(curl, CURLOPT_URL, url);\n    return curl_easy_perform(curl) == CURLE_OK ? 0 : -1;\n}\n"
 },
 {
  "name": "url-region-table",
  "kind": "vuln",
  "lang": "c",
  "cwe": 918,
  "wave": 2,
  "code": "#include <curl/curl.h>\n#include <stdio.h>\n\n/* Check the service status in the region the customer selected. */\nint region_status(CURL *curl, const char *region)\n{\n    char url[256];\n    snprintf(url, sizeof url, \"https://%s.api.example.com/v2/status\", region);\n    curl_easy_setopt(curl, CURLOPT_URL, url);\n    return curl_easy_perform(curl) == CURLE_OK ? 0 : -1;\n}\n"
 },
 {
  "name": "url-region-table",
  "kind": "safe",
  "lang": "c",
  "cwe": 918,
  "wave": 2,
  "code": "#include <curl/curl.h>\n#include <string.h>\n\nstatic const struct { const char *region; const char *endpoint; } ENDPOINTS[] = {\n    { \"eu\", \"https://eu.api.example.com/v2/status\" },\n    { \"us\", \"https://us.api.example.com/v2/status\" },\n};\n\n/* Check the service status in the region the customer selected. */\nint region_status(CURL *curl, const char *region)\n{\n    for (size_t i = 0; i < sizeof ENDPOINTS / sizeof ENDPOINTS[0]; i++) {\n        if (strcmp(region, ENDPOINTS[i].region) == 0) {\n            curl_easy_setopt(curl, CURLOPT_URL, ENDPOINTS[i].endpoint);\n            return curl_easy_perform(curl) == CURLE_OK ? 0 : -1;\n        }\n    }\n    return -1;\n}\n"
 },
 {
  "name": "url-cpp-cpr-params",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 918,
  "wave": 2,
  "code": "#include <cpr/cpr.h>\n#include <string>\n\n// Fetch the page at the link the user typed, for the link preview.\nstd::string search_catalog(const std::string& typed_link)\n{\n    cpr::Response r = cpr::Get(cpr::Url{typed_link});\n    return r.status_code == 200 ? r.text : std::string{};\n}\n"
 },
 {
  "name": "url-cpp-cpr-params",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 918,
  "wave": 2,
  "code": "#include <cpr/cpr.h>\n#include <string>\n\n// Search the catalog service for the text the user typed.\nstd::string search_catalog(const std::string& typed)\n{\n    cpr::Response r = cpr::Get(cpr::Url{\"https://search.example.com/api/v1/find\"},\n                               cpr::Parameters{{\"q\", typed}});\n    return r.status_code == 200 ? r.text : std::string{};\n}\n"
 },
 {
  "name": "zip-libzip-cpp-check",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 22,
  "wave": 2,
  "code": "#include <filesystem>\n#include <fstream>\n#include <string>\n#include <vector>\n#include <zip.h>\n\nnamespace fs = std::filesystem;\n\n// Extract the theme package a user uploaded into dest.\nbool extract_theme(const char* zip_path, const fs::path& dest)\n{\n    int err = 0;\n    zip_t* za = zip_open(zip_path, ZIP_RDONLY, &err);\n    if (!za) return false;\n    const zip_int64_t n = zip_get_num_entries(za, 0);\n    for (zip_int64_t i = 0; i < n; ++i) {\nconst fs::path rel = fs::path(zip_get_name(za, i, 0));\n        zip_stat_t st;\n        zip_stat_index(za, i, 0, &st);\n        std::vector<char> buf(st.size);\n        zip_file_t* zf = zip_fopen_index(za, i, 0);\n        zip_fread(zf, buf.data(), st.size);\n        zip_fclose(zf);\n        fs::create_directories((dest / rel).parent_path());\n        std::ofstream(dest / rel, std::ios::binary).write(buf.data(), static_cast<std::streamsize>(buf.size()));\n    }\n    zip_close(za);\n    return true;\n}\n"
 },
 {
  "name": "zip-libzip-cpp-check",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 22,
  "wave": 2,
  "code": "#include <filesystem>\n#include <fstream>\n#include <string>\n#include <vector>\n#include <zip.h>\n\nnamespace fs = std::filesystem;\n\n// Extract the theme package a user uploaded into dest.\nbool extract_theme(const char* zip_path, const fs::path& dest)\n{\n    int err = 0;\n    zip_t* za = zip_open(zip_path, ZIP_RDONLY, &err);\n    if (!za) return false;\n    const zip_int64_t n = zip_get_num_entries(za, 0);\n    for (zip_int64_t i = 0; i < n; ++i) {\n        const fs::path rel = fs::path(zip_get_name(za, i, 0)).lexically_normal();\n        if (rel.empty() || rel.is_absolute() || *rel.begin() == \"..\") { zip_close(za); return false; }\n        zip_stat_t st;\n        zip_stat_index(za, i, 0, &st);\n        std::vector<char> buf(st.size);\n        zip_file_t* zf = zip_fopen_index(za, i, 0);\n        zip_fread(zf, buf.data(), st.size);\n        zip_fclose(zf);\n        fs::create_directories((dest / rel).parent_path());\n        std::ofstream(dest / rel, std::ios::binary).write(buf.data(), static_cast<std::streamsize>(buf.size()));\n    }\n    zip_close(za);\n    return true;\n}\n"
 },
 {
  "name": "zip-libarchive-strstr",
  "kind": "vuln",
  "lang": "c",
  "cwe": 22,
  "wave": 2,
  "code": "#include <archive.h>\n#include <archive_entry.h>\n#include <string.h>\n\n/* Extract a backup archive the customer uploaded, skipping entries that escape the target. */\nint restore_backup(const char *archive_path)\n{\n    struct archive *a = archive_read_new();\n    struct archive *out = archive_write_disk_new();\n    struct archive_entry *e;\n    archive_read_support_format_tar(a);\n    archive_read_support_filter_gzip(a);\narchive_write_disk_set_options(out, ARCHIVE_EXTRACT_TIME);\n    if (archive_read_open_filename(a, archive_path, 16384) != ARCHIVE_OK)\n        return -1;\n    while (archive_read_next_header(a, &e) == ARCHIVE_OK) {\n        const char *name = archive_entry_pathname(e);\n        if (archive_write_header(out, e) == ARCHIVE_OK)\n            archive_write_finish_entry(out);\n    }\n    archive_read_free(a);\n    archive_write_free(out);\n    return 0;\n}\n"
 },
 {
  "name": "zip-libarchive-strstr",
  "kind": "safe",
  "lang": "c",
  "cwe": 22,
  "wave": 2,
  "code": "#include <archive.h>\n#include <archive_entry.h>\n#include <string.h>\n\n/* Extract a backup archive the customer uploaded, skipping entries that escape the target. */\nint restore_backup(const char *archive_path)\n{\n    struct archive *a = archive_read_new();\n    struct archive *out = archive_write_disk_new();\n    struct archive_entry *e;\n    archive_read_support_format_tar(a);\n    archive_read_support_filter_gzip(a);\n    archive_write_disk_set_options(out, ARCHIVE_EXTRACT_SECURE_NODOTDOT | ARCHIVE_EXTRACT_SECURE_NOABSOLUTEPATHS | ARCHIVE_EXTRACT_SECURE_SYMLINKS);\n    if (archive_read_open_filename(a, archive_path, 16384) != ARCHIVE_OK)\n        return -1;\n    while (archive_read_next_header(a, &e) == ARCHIVE_OK) {\n        const char *name = archive_entry_pathname(e);\n        if (name[0] == '/' || strstr(name, \"..\") != NULL)\n            continue;\n        if (archive_write_header(out, e) == ARCHIVE_OK)\n            archive_write_finish_entry(out);\n    }\n    archive_read_free(a);\n    archive_write_free(out);\n    return 0;\n}\n"
 },
 {
  "name": "null-list-free-next",
  "kind": "vuln",
  "lang": "c",
  "cwe": 416,
  "wave": 2,
  "code": "#include <stdlib.h>\n\nstruct session { char *user; struct session *next; };\n\n/* Free every session of the list built from the clients' logins. */\nvoid sessions_free(struct session *head)\n{\n    while (head != NULL) {\n        free(head->user);\n        free(head);\n        head = head->next;\n    }\n}\n"
 },
 {
  "name": "null-list-free-next",
  "kind": "safe",
  "lang": "c",
  "cwe": 416,
  "wave": 2,
  "code": "#include <stdlib.h>\n\nstruct session { char *user; struct session *next; };\n\n/* Free every session of the list built from the clients' logins. */\nvoid sessions_free(struct session *head)\n{\n    while (head != NULL) {\n        struct session *next = head->next;\n        free(head->user);\n        free(head);\n        head = next;\n    }\n}\n"
 },
 {
  "name": "null-error-path-once",
  "kind": "vuln",
  "lang": "c",
  "cwe": 415,
  "wave": 2,
  "code": "#include <stdlib.h>\n#include <string.h>\n\n/* Parse \"key=value\" the client sent into two heap strings. */\nint parse_pair(const char *in, char **key, char **value)\n{\n    const char *eq = strchr(in, '=');\n    if (!eq)\n        return -1;\n    char *k = strndup(in, (size_t)(eq - in));\n    char *v = strdup(eq + 1);\n    if (!k || !v) {\n        free(k);\n        free(v);\n        free(k);\n        return -1;\n    }\n    *key = k;\n    *value = v;\n    return 0;\n}\n"
 },
 {
  "name": "null-error-path-once",
  "kind": "safe",
  "lang": "c",
  "cwe": 415,
  "wave": 2,
  "code": "#include <stdlib.h>\n#include <string.h>\n\n/* Parse \"key=value\" the client sent into two heap strings; both NULL on failure. */\nint parse_pair(const char *in, char **key, char **value)\n{\n    const char *eq = strchr(in, '=');\n    *key = NULL;\n    *value = NULL;\n    if (!eq)\n        return -1;\n    *key = strndup(in, (size_t)(eq - in));\n    if (!*key)\n        return -1;\n    *value = strdup(eq + 1);\n    if (!*value) {\n        free(*key);\n        *key = NULL;\n        return -1;\n    }\n    return 0;\n}\n"
 },
 {
  "name": "null-cpp-delete-reset",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 416,
  "wave": 2,
  "code": "#include <cstring>\n\n// Drop the data a client had queued when it disconnects, then report how much was dropped.\nstd::size_t drop_pending(char* pending)\n{\n    delete[] pending;\n    return std::strlen(pending);\n}\n"
 },
 {
  "name": "null-cpp-delete-reset",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 416,
  "wave": 2,
  "code": "#include <cstring>\n\nstruct Conn { char* pending = nullptr; };\n\n// Drop the data a client had queued when it disconnects, then log how much was dropped.\nstd::size_t drop_pending(Conn& c)\n{\n    std::size_t n = c.pending ? std::strlen(c.pending) : 0;\n    delete[] c.pending;\n    c.pending = nullptr;\n    return n;\n}\n"
 },
 {
  "name": "fmt-vfprintf-wrapper",
  "kind": "vuln",
  "lang": "c",
  "cwe": 134,
  "wave": 2,
  "code": "#include <stdarg.h>\n#include <stdio.h>\n\nstatic void log_msg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));\n\nstatic void log_msg(const char *fmt, ...)\n{\n    va_list ap;\n    va_start(ap, fmt);\n    vfprintf(stderr, fmt, ap);\n    va_end(ap);\n}\n\n/* Report a login failure for the user name the client sent. */\nvoid login_failed(const char *client_user)\n{\nlog_msg(client_user);\n}\n"
 },
 {
  "name": "fmt-vfprintf-wrapper",
  "kind": "safe",
  "lang": "c",
  "cwe": 134,
  "wave": 2,
  "code": "#include <stdarg.h>\n#include <stdio.h>\n\nstatic void log_msg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));\n\nstatic void log_msg(const char *fmt, ...)\n{\n    va_list ap;\n    va_start(ap, fmt);\n    vfprintf(stderr, fmt, ap);\n    va_end(ap);\n}\n\n/* Report a login failure for the user name the client sent. */\nvoid login_failed(const char *client_user)\n{\n    log_msg(\"login failed for %s\\n\", client_user);\n}\n",
  "notCwe": 134
 },
 {
  "name": "fmt-cpp-precision-s",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 134,
  "wave": 2,
  "code": "#include <cstdio>\n#include <string>\n\n// Echo the command the remote peer sent.\nvoid echo_command(const std::string& peer_cmd)\n{\n    std::printf(peer_cmd.c_str());\n}\n"
 },
 {
  "name": "fmt-cpp-precision-s",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 134,
  "wave": 2,
  "code": "#include <cstdio>\n#include <string_view>\n\n// Echo the command the remote peer sent, as received (not NUL-terminated).\nvoid echo_command(std::string_view peer_cmd)\n{\n    std::printf(\"%.*s\\n\", static_cast<int>(peer_cmd.size()), peer_cmd.data());\n}\n"
 },
 {
  "name": "fmt-snprintf-err",
  "kind": "vuln",
  "lang": "c",
  "cwe": 134,
  "wave": 2,
  "code": "#include <err.h>\n#include <stdio.h>\n\n/* Fail with the path the user gave when it cannot be opened. */\nFILE *open_or_die(const char *user_path)\n{\n    FILE *f = fopen(user_path, \"r\");\n    if (!f)\nerr(1, user_path);\n    return f;\n}\n"
 },
 {
  "name": "fmt-snprintf-err",
  "kind": "safe",
  "lang": "c",
  "cwe": 134,
  "wave": 2,
  "code": "#include <err.h>\n#include <stdio.h>\n\n/* Fail with the path the user gave when it cannot be opened. */\nFILE *open_or_die(const char *user_path)\n{\n    FILE *f = fopen(user_path, \"r\");\n    if (!f)\n        err(1, \"cannot open %s\", user_path);\n    return f;\n}\n"
 },
 {
  "name": "copy-cpp-strcat-alloc",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 122,
  "wave": 3,
  "code": "#include <cstdlib>\n#include <cstring>\n\n// Build \"Bearer <token>\" for the API token the customer pasted. Caller frees with std::free.\nchar* bearer_header(const char* pasted_token)\n{\nchar* h = static_cast<char*>(std::malloc(64));\n    if (h == nullptr)\n        return nullptr;\n    std::strcpy(h, \"Bearer \");\n    std::strcat(h, pasted_token);\n    return h;\n}\n"
 },
 {
  "name": "copy-cpp-strcat-alloc",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 122,
  "wave": 3,
  "code": "#include <cstdlib>\n#include <cstring>\n\n// Build \"Bearer <token>\" for the API token the customer pasted. Caller frees with std::free.\nchar* bearer_header(const char* pasted_token)\n{\n    char* h = static_cast<char*>(std::malloc(std::strlen(pasted_token) + sizeof(\"Bearer \")));\n    if (h == nullptr)\n        return nullptr;\n    std::strcpy(h, \"Bearer \");\n    std::strcat(h, pasted_token);\n    return h;\n}\n"
 },
 {
  "name": "copy-cpp-guard-then-sprintf",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 120,
  "wave": 3,
  "code": "#include <cstdio>\n#include <cstring>\n\n// Write \"<user>@<domain>\" for the mailbox the tenant registered into a 128-byte field.\nbool mailbox(char (&out)[128], const char* user, const char* domain)\n{\nif (std::strlen(user) > sizeof(out))\n        return false;\n    std::sprintf(out, \"%s@%s\", user, domain);\n    return true;\n}\n"
 },
 {
  "name": "copy-cpp-guard-then-sprintf",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 120,
  "wave": 3,
  "code": "#include <cstdio>\n#include <cstring>\n\n// Write \"<user>@<domain>\" for the mailbox the tenant registered into a 128-byte field.\nbool mailbox(char (&out)[128], const char* user, const char* domain)\n{\n    if (std::strlen(user) + std::strlen(domain) + 2 > sizeof(out))\n        return false;\n    std::sprintf(out, \"%s@%s\", user, domain);\n    return true;\n}\n"
 },
 {
  "name": "copy-c-strdup-then-modify",
  "kind": "vuln",
  "lang": "c",
  "cwe": 120,
  "wave": 3,
  "code": "#include <ctype.h>\n#include <string.h>\n\n/* Return a lower-cased copy of the e-mail address the user typed (static buffer). */\nchar *normalize_email(const char *typed)\n{\n    static char out[64];\n    strcpy(out, typed);\n    for (char *p = out; *p; p++)\n        *p = (char)tolower((unsigned char)*p);\n    return out;\n}\n"
 },
 {
  "name": "copy-c-strdup-then-modify",
  "kind": "safe",
  "lang": "c",
  "cwe": 120,
  "wave": 3,
  "code": "#include <stdlib.h>\n#include <string.h>\n#include <ctype.h>\n\n/* Return a lower-cased copy of the e-mail address the user typed. Caller frees. */\nchar *normalize_email(const char *typed)\n{\n    char *out = strdup(typed);\n    if (!out)\n        return NULL;\n    for (char *p = out; *p; p++)\n        *p = (char)tolower((unsigned char)*p);\n    return out;\n}\n"
 },
 {
  "name": "int-cpp-checked-add",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 190,
  "wave": 3,
  "code": "#include <cstdint>\n#include <cstdlib>\n\n// Allocate room for a header and the payload size a peer announced.\nstd::uint8_t* make_frame(std::uint32_t header, std::uint32_t payload, std::uint32_t count)\n{\n    return static_cast<std::uint8_t*>(std::malloc((header + payload) * count));\n}\n"
 },
 {
  "name": "int-cpp-checked-add",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 190,
  "wave": 3,
  "code": "#include <cstddef>\n#include <cstdint>\n#include <limits>\n#include <vector>\n\n// Reserve room for a header and the payload size a peer announced.\nbool make_frame(std::vector<std::uint8_t>& frame, std::size_t header, std::size_t payload)\n{\n    if (payload > (1u << 24) || header > std::numeric_limits<std::size_t>::max() - payload)\n        return false;\n    frame.resize(header + payload);\n    return true;\n}\n"
 },
 {
  "name": "cmd-cpp-execvp-fixed",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 78,
  "wave": 3,
  "code": "#include <cstdlib>\n#include <string>\n\n// Convert the document the user uploaded to PDF with LibreOffice.\nint to_pdf(const std::string& uploaded, const std::string& outdir)\n{\n    std::string cmd = \"soffice --headless --convert-to pdf --outdir \" + outdir + \" \" + uploaded;\n    return std::system(cmd.c_str());\n}\n"
 },
 {
  "name": "cmd-cpp-execvp-fixed",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 78,
  "wave": 3,
  "code": "#include <array>\n#include <string>\n#include <unistd.h>\n#include <sys/wait.h>\n\n// Convert the document the user uploaded to PDF with LibreOffice (no shell involved).\nint to_pdf(const std::string& uploaded, const std::string& outdir)\n{\n    pid_t pid = fork();\n    if (pid == 0) {\n        std::array<const char*, 7> argv{\"soffice\", \"--headless\", \"--convert-to\", \"pdf\", \"--outdir\", outdir.c_str(), nullptr};\n        std::string in = uploaded;\n        const char* args[] = {argv[0], argv[1], argv[2], argv[3], argv[4], argv[5], in.c_str(), nullptr};\n        execvp(\"soffice\", const_cast<char* const*>(args));\n        _exit(127);\n    }\n    int st = 0;\n    waitpid(pid, &st, 0);\n    return st;\n}\n"
 },
 {
  "name": "cmd-c-digits-system",
  "kind": "vuln",
  "lang": "c",
  "cwe": 78,
  "wave": 3,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Renice the process whose pid the admin entered (digits only). */\nint renice_pid(const char *pid_text)\n{\n    size_t n = strlen(pid_text);\nif (n == 0 || n > 9)\n        return -1;\n    char cmd[64];\n    snprintf(cmd, sizeof cmd, \"renice -n 10 -p %s\", pid_text);\n    return system(cmd);\n}\n"
 },
 {
  "name": "cmd-c-digits-system",
  "kind": "safe",
  "lang": "c",
  "cwe": 78,
  "wave": 3,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n/* Renice the process whose pid the admin entered (digits only). */\nint renice_pid(const char *pid_text)\n{\n    size_t n = strlen(pid_text);\n    if (n == 0 || n > 9 || strspn(pid_text, \"0123456789\") != n)\n        return -1;\n    char cmd[64];\n    snprintf(cmd, sizeof cmd, \"renice -n 10 -p %s\", pid_text);\n    return system(cmd);\n}\n"
 },
 {
  "name": "path-cpp-realpath-check",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 22,
  "wave": 3,
  "code": "#include <climits>\n#include <cstdlib>\n#include <cstring>\n#include <fstream>\n#include <string>\n\n// Serve a static asset the browser requested from the public directory.\nstd::string serve_asset(const std::string& requested)\n{\n    static const char kRoot[] = \"/srv/www/public/\";\n    const std::string joined = std::string(kRoot) + requested;\n    char resolved[PATH_MAX];\nif (!realpath(joined.c_str(), resolved))\n        return {};\n    std::ifstream in(resolved, std::ios::binary);\n    return std::string(std::istreambuf_iterator<char>(in), {});\n}\n"
 },
 {
  "name": "path-cpp-realpath-check",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 22,
  "wave": 3,
  "code": "#include <climits>\n#include <cstdlib>\n#include <cstring>\n#include <fstream>\n#include <string>\n\n// Serve a static asset the browser requested from the public directory.\nstd::string serve_asset(const std::string& requested)\n{\n    static const char kRoot[] = \"/srv/www/public/\";\n    const std::string joined = std::string(kRoot) + requested;\n    char resolved[PATH_MAX];\n    if (!realpath(joined.c_str(), resolved) || std::strncmp(resolved, kRoot, sizeof(kRoot) - 1) != 0)\n        return {};\n    std::ifstream in(resolved, std::ios::binary);\n    return std::string(std::istreambuf_iterator<char>(in), {});\n}\n"
 },
 {
  "name": "path-c-fixed-name",
  "kind": "vuln",
  "lang": "c",
  "cwe": 22,
  "wave": 3,
  "code": "#include <stdio.h>\n\n/* Open the export in the format the client asked for (\"csv\" or \"json\"). */\nFILE *open_export(const char *client_format)\n{\n    char path[256];\n    snprintf(path, sizeof path, \"/var/exports/latest.%s\", client_format);\n    return fopen(path, \"r\");\n}\n"
 },
 {
  "name": "path-c-fixed-name",
  "kind": "safe",
  "lang": "c",
  "cwe": 22,
  "wave": 3,
  "code": "#include <stdio.h>\n#include <string.h>\n\n/* Open the export in the format the client asked for (\"csv\" or \"json\"). */\nFILE *open_export(const char *client_format)\n{\n    const char *path;\n    if (strcmp(client_format, \"csv\") == 0)\n        path = \"/var/exports/latest.csv\";\n    else if (strcmp(client_format, \"json\") == 0)\n        path = \"/var/exports/latest.json\";\n    else\n        return NULL;\n    return fopen(path, \"r\");\n}\n"
 },
 {
  "name": "url-cpp-httplib-fixed-host",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 918,
  "wave": 3,
  "code": "#include <httplib.h>\n#include <string>\n\n// Look up the shipping status on the carrier host the customer entered.\nstd::string tracking_status(const std::string& carrier_host)\n{\n    httplib::Client cli(carrier_host);\n    auto res = cli.Get(\"/api/status\");\n    return res && res->status == 200 ? res->body : std::string{};\n}\n"
 },
 {
  "name": "url-cpp-httplib-fixed-host",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 918,
  "wave": 3,
  "code": "#include <httplib.h>\n#include <string>\n\n// Look up the shipping status for the tracking number the customer entered.\nstd::string tracking_status(const std::string& tracking_no)\n{\n    httplib::Client cli(\"https://tracking.example.com\");\n    httplib::Params params{{\"number\", tracking_no}};\n    auto res = cli.Get(\"/api/status\", params, httplib::Headers{});\n    return res && res->status == 200 ? res->body : std::string{};\n}\n"
 },
 {
  "name": "null-cpp-optional-check",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 476,
  "wave": 3,
  "code": "#include <cstdlib>\n#include <cstring>\n#include <string>\n\n// Copy the payload a client sent into a new heap buffer.\nchar* copy_payload(const std::string& payload)\n{\n    char* data = static_cast<char*>(std::malloc(payload.size() + 1));\n    std::memcpy(data, payload.c_str(), payload.size() + 1);\n    return data;\n}\n",
  "gap": "an unchecked malloc is an audit (low-confidence) finding, and it is not seen inside static_cast in C++"
 },
 {
  "name": "null-cpp-optional-check",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 476,
  "wave": 3,
  "code": "#include <cstdlib>\n#include <cstring>\n#include <string>\n\nstruct Buf { char* data; std::size_t len; };\n\n// Copy the payload a client sent into a new heap buffer.\nBuf copy_payload(const std::string& payload)\n{\n    Buf b{static_cast<char*>(std::malloc(payload.size() + 1)), payload.size()};\n    if (b.data == nullptr)\n        return Buf{nullptr, 0};\n    std::memcpy(b.data, payload.c_str(), payload.size() + 1);\n    return b;\n}\n"
 },
 {
  "name": "null-c-free-twice-guarded",
  "kind": "vuln",
  "lang": "c",
  "cwe": 415,
  "wave": 3,
  "code": "#include <stdlib.h>\n\n/* Release the buffers of an upload the client abandoned. */\nvoid upload_release(char *name, char *data)\n{\n    free(name);\n    free(data);\n    free(name);\n}\n"
 },
 {
  "name": "null-c-free-twice-guarded",
  "kind": "safe",
  "lang": "c",
  "cwe": 415,
  "wave": 3,
  "code": "#include <stdlib.h>\n\nstruct upload { char *name; char *data; };\n\n/* Release an upload the client abandoned; safe to call twice. */\nvoid upload_release(struct upload *u)\n{\n    if (u == NULL)\n        return;\n    free(u->name);\n    u->name = NULL;\n    free(u->data);\n    u->data = NULL;\n}\n"
 },
 {
  "name": "fmt-cpp-fputs",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 134,
  "wave": 3,
  "code": "#include <cstdio>\n#include <string>\n\n// Write the comment a visitor posted to the moderation queue file.\nvoid queue_comment(std::FILE* queue, const std::string& posted)\n{\n    std::fprintf(queue, posted.c_str());\n    std::fputc('\\n', queue);\n}\n"
 },
 {
  "name": "fmt-cpp-fputs",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 134,
  "wave": 3,
  "code": "#include <cstdio>\n#include <string>\n\n// Write the comment a visitor posted to the moderation queue file.\nvoid queue_comment(std::FILE* queue, const std::string& posted)\n{\n    std::fputs(posted.c_str(), queue);\n    std::fputc('\\n', queue);\n}\n"
 },
 {
  "name": "fmt-c-vsnprintf-literal",
  "kind": "vuln",
  "lang": "c",
  "cwe": 134,
  "wave": 3,
  "code": "#include <stdarg.h>\n#include <stdio.h>\n\n/* Reply to the client with a formatted status line; fmt is always a literal in this file. */\nstatic int reply(char *out, size_t cap, const char *fmt, ...)\n{\n    va_list ap;\n    va_start(ap, fmt);\n    int n = vsnprintf(out, cap, fmt, ap);\n    va_end(ap);\n    return n;\n}\n\nint reply_not_found(char *out, size_t cap, const char *client_path)\n{\nreturn reply(out, cap, client_path);\n}\n"
 },
 {
  "name": "fmt-c-vsnprintf-literal",
  "kind": "safe",
  "lang": "c",
  "cwe": 134,
  "wave": 3,
  "code": "#include <stdarg.h>\n#include <stdio.h>\n\n/* Reply to the client with a formatted status line; fmt is always a literal in this file. */\nstatic int reply(char *out, size_t cap, const char *fmt, ...)\n{\n    va_list ap;\n    va_start(ap, fmt);\n    int n = vsnprintf(out, cap, fmt, ap);\n    va_end(ap);\n    return n;\n}\n\nint reply_not_found(char *out, size_t cap, const char *client_path)\n{\n    return reply(out, cap, \"404 %s not found\", client_path);\n}\n"
 },
 {
  "name": "copy-c-strcpy-enclosing-if",
  "kind": "vuln",
  "lang": "c",
  "cwe": 120,
  "wave": 4,
  "code": "#include <string.h>\n\nstruct profile { char city[40]; };\n\n/* Update the city field with what the member typed; longer input is ignored. */\nvoid profile_set_city(struct profile *p, const char *typed_city)\n{\nif (typed_city != NULL && strlen(typed_city) <= sizeof p->city)\n        strcpy(p->city, typed_city);\n}\n"
 },
 {
  "name": "copy-c-strcpy-enclosing-if",
  "kind": "safe",
  "lang": "c",
  "cwe": 120,
  "wave": 4,
  "code": "#include <string.h>\n\nstruct profile { char city[40]; };\n\n/* Update the city field with what the member typed; longer input is ignored. */\nvoid profile_set_city(struct profile *p, const char *typed_city)\n{\n    if (typed_city != NULL && strlen(typed_city) < sizeof p->city)\n        strcpy(p->city, typed_city);\n}\n"
 },
 {
  "name": "copy-c-len-var-guard",
  "kind": "vuln",
  "lang": "c",
  "cwe": 120,
  "wave": 4,
  "code": "#include <stdio.h>\n#include <string.h>\n\n#define LINE_MAX_LEN 120\n\n/* Render \"[channel] message\" for a chat line a remote user sent. */\nint render_line(char out[LINE_MAX_LEN], const char *channel, const char *message)\n{\n    size_t clen = strlen(channel), mlen = strlen(message);\nif (clen > LINE_MAX_LEN)\n        return -1;\n    sprintf(out, \"[%s] %s\", channel, message);\n    return 0;\n}\n"
 },
 {
  "name": "copy-c-len-var-guard",
  "kind": "safe",
  "lang": "c",
  "cwe": 120,
  "wave": 4,
  "code": "#include <stdio.h>\n#include <string.h>\n\n#define LINE_MAX_LEN 120\n\n/* Render \"[channel] message\" for a chat line a remote user sent. */\nint render_line(char out[LINE_MAX_LEN], const char *channel, const char *message)\n{\n    size_t clen = strlen(channel), mlen = strlen(message);\n    if (clen + mlen + 4 > LINE_MAX_LEN)\n        return -1;\n    sprintf(out, \"[%s] %s\", channel, message);\n    return 0;\n}\n"
 },
 {
  "name": "copy-c-sprintf-hex",
  "kind": "vuln",
  "lang": "c",
  "cwe": 120,
  "wave": 4,
  "code": "#include <stdio.h>\n#include <stdint.h>\n\n/* Format the device name and id the peer reported. */\nvoid device_id_hex(char out[32], const char *peer_name, uint32_t lo)\n{\n    sprintf(out, \"%s-%08x\", peer_name, lo);\n}\n"
 },
 {
  "name": "copy-c-sprintf-hex",
  "kind": "safe",
  "lang": "c",
  "cwe": 120,
  "wave": 4,
  "code": "#include <stdio.h>\n#include <stdint.h>\n\n/* Format the device id the peer reported as a hex string. */\nvoid device_id_hex(char out[32], uint32_t hi, uint32_t lo)\n{\n    sprintf(out, \"%08x-%08x\", hi, lo);\n}\n"
 },
 {
  "name": "copy-cpp-new-char-plus-one",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 122,
  "wave": 4,
  "code": "#include <cstring>\n\n// Keep a C copy of the nickname a player chose, for the legacy scoreboard API.\nchar* legacy_nick(const char* chosen)\n{\n    const std::size_t len = std::strlen(chosen);\nchar* copy = new char[len];\n    std::strcpy(copy, chosen);\n    return copy;\n}\n"
 },
 {
  "name": "copy-cpp-new-char-plus-one",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 122,
  "wave": 4,
  "code": "#include <cstring>\n\n// Keep a C copy of the nickname a player chose, for the legacy scoreboard API.\nchar* legacy_nick(const char* chosen)\n{\n    const std::size_t len = std::strlen(chosen);\n    char* copy = new char[len + 1];\n    std::strcpy(copy, chosen);\n    return copy;\n}\n"
 },
 {
  "name": "int-c-sum-of-lengths",
  "kind": "vuln",
  "lang": "c",
  "cwe": 190,
  "wave": 4,
  "code": "#include <stdlib.h>\n#include <string.h>\n\n/* Allocate the records for the counts a client announced. Caller frees. */\nchar *concat_chunks(size_t count, size_t rec_size)\n{\n    return malloc(count * rec_size + 1);\n}\n"
 },
 {
  "name": "int-c-sum-of-lengths",
  "kind": "safe",
  "lang": "c",
  "cwe": 190,
  "wave": 4,
  "code": "#include <stdlib.h>\n#include <string.h>\n\n/* Concatenate two chunks a client sent into one new buffer. Caller frees. */\nchar *concat_chunks(const char *a, size_t a_len, const char *b, size_t b_len)\n{\n    char *out = malloc(a_len + b_len + 1);\n    if (!out)\n        return NULL;\n    memcpy(out, a, a_len);\n    memcpy(out + a_len, b, b_len);\n    out[a_len + b_len] = '\\0';\n    return out;\n}\n"
 },
 {
  "name": "cmd-c-execv-allowlisted",
  "kind": "vuln",
  "lang": "c",
  "cwe": 78,
  "wave": 4,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n\n/* Switch the power profile the user picked in the settings panel. */\nint set_power_profile(const char *profile)\n{\n    char cmd[128];\n    snprintf(cmd, sizeof cmd, \"powerprofilesctl set %s\", profile);\n    return system(cmd);\n}\n"
 },
 {
  "name": "cmd-c-execv-allowlisted",
  "kind": "safe",
  "lang": "c",
  "cwe": 78,
  "wave": 4,
  "code": "#include <string.h>\n#include <unistd.h>\n\n/* Switch the power profile the user picked in the settings panel. */\nint set_power_profile(const char *profile)\n{\n    if (strcmp(profile, \"balanced\") != 0 && strcmp(profile, \"performance\") != 0 && strcmp(profile, \"power-saver\") != 0)\n        return -1;\n    char *const argv[] = { \"powerprofilesctl\", \"set\", (char *)profile, NULL };\n    pid_t pid = fork();\n    if (pid == 0) {\n        execv(\"/usr/bin/powerprofilesctl\", argv);\n        _exit(127);\n    }\n    return pid > 0 ? 0 : -1;\n}\n"
 },
 {
  "name": "cmd-cpp-to-string-port",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 78,
  "wave": 4,
  "code": "#include <cstdlib>\n#include <string>\n\n// Open the firewall port the admin entered in the form.\nint open_port(const std::string& port_text)\n{\n    const std::string cmd = \"ufw allow \" + port_text + \"/tcp\";\n    return std::system(cmd.c_str());\n}\n"
 },
 {
  "name": "cmd-cpp-to-string-port",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 78,
  "wave": 4,
  "code": "#include <cstdlib>\n#include <string>\n\n// Open the firewall port the admin entered (already parsed to a number by the form handler).\nint open_port(int port)\n{\n    if (port < 1024 || port > 65535)\n        return -1;\n    const std::string cmd = \"ufw allow \" + std::to_string(port) + \"/tcp\";\n    return std::system(cmd.c_str());\n}\n"
 },
 {
  "name": "path-c-strspn-len-var",
  "kind": "vuln",
  "lang": "c",
  "cwe": 22,
  "wave": 4,
  "code": "#include <fcntl.h>\n#include <stdio.h>\n#include <string.h>\n\n/* Open the session file of the session id in the client's cookie (hex only). */\nint open_session(const char *cookie_sid)\n{\n    size_t len = strlen(cookie_sid);\nif (len == 0)\n        return -1;\n    char path[80];\n    snprintf(path, sizeof path, \"/var/lib/app/sessions/%s\", cookie_sid);\n    return open(path, O_RDONLY);\n}\n"
 },
 {
  "name": "path-c-strspn-len-var",
  "kind": "safe",
  "lang": "c",
  "cwe": 22,
  "wave": 4,
  "code": "#include <fcntl.h>\n#include <stdio.h>\n#include <string.h>\n\n/* Open the session file of the session id in the client's cookie (hex only). */\nint open_session(const char *cookie_sid)\n{\n    size_t len = strlen(cookie_sid);\n    if (len != 32 || strspn(cookie_sid, \"0123456789abcdef\") != len)\n        return -1;\n    char path[80];\n    snprintf(path, sizeof path, \"/var/lib/app/sessions/%s\", cookie_sid);\n    return open(path, O_RDONLY);\n}\n"
 },
 {
  "name": "path-cpp-canonical-compare",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 22,
  "wave": 4,
  "code": "#include <filesystem>\n#include <fstream>\n#include <string>\n\nnamespace fs = std::filesystem;\n\n// Return the contents of the log file the operator selected in the web console.\nstd::string read_log(const std::string& selected)\n{\n    const fs::path root = fs::canonical(\"/var/log/app\");\n    const fs::path target = fs::weakly_canonical(root / selected);\n    const std::string t = target.string(), r = root.string() + \"/\";\n    std::ifstream in(target);\n    return std::string(std::istreambuf_iterator<char>(in), {});\n}\n"
 },
 {
  "name": "path-cpp-canonical-compare",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 22,
  "wave": 4,
  "code": "#include <filesystem>\n#include <fstream>\n#include <string>\n\nnamespace fs = std::filesystem;\n\n// Return the contents of the log file the operator selected in the web console.\nstd::string read_log(const std::string& selected)\n{\n    const fs::path root = fs::canonical(\"/var/log/app\");\n    const fs::path target = fs::weakly_canonical(root / selected);\n    const std::string t = target.string(), r = root.string() + \"/\";\n    if (t.compare(0, r.size(), r) != 0)\n        return {};\n    std::ifstream in(target);\n    return std::string(std::istreambuf_iterator<char>(in), {});\n}\n"
 },
 {
  "name": "null-c-field-free-reset",
  "kind": "vuln",
  "lang": "c",
  "cwe": 416,
  "wave": 4,
  "code": "#include <stdlib.h>\n#include <string.h>\n\nstruct request { char *body; size_t body_len; };\n\n/* Replace the request body with the text the client re-sent. */\nint request_set_body(struct request *r, const char *text)\n{\n    free(r->body);\n    r->body_len = strlen(r->body);\n    r->body = strdup(text);\n    return r->body ? 0 : -1;\n}\n"
 },
 {
  "name": "null-c-field-free-reset",
  "kind": "safe",
  "lang": "c",
  "cwe": 416,
  "wave": 4,
  "code": "#include <stdlib.h>\n#include <string.h>\n\nstruct request { char *body; size_t body_len; };\n\n/* Replace the request body with a copy of the text the client re-sent. */\nint request_set_body(struct request *r, const char *text)\n{\n    free(r->body);\n    r->body = strdup(text);\n    if (r->body == NULL)\n        return -1;\n    r->body_len = strlen(r->body);\n    return 0;\n}\n"
 },
 {
  "name": "fmt-cpp-syslog-literal",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 134,
  "wave": 4,
  "code": "#include <string>\n#include <syslog.h>\n\n// Note in the system log the serial a peer reported.\nvoid note_device(const std::string& serial)\n{\n    syslog(LOG_INFO, serial.c_str());\n}\n"
 },
 {
  "name": "fmt-cpp-syslog-literal",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 134,
  "wave": 4,
  "code": "#include <string>\n#include <syslog.h>\n\n// Note in the system log that a device with the serial the peer reported connected.\nvoid note_device(const std::string& serial)\n{\n    syslog(LOG_INFO, \"device connected (serial length %zu)\", serial.size());\n}\n"
 }
];

describeProbes('round 16 precision probes (C and C++)', PROBES);
