// Round 9 probe set for C/C++, Go and Java: self-contained functions and small command-line programs
// written for a task (the task is the first comment of each snippet), the way a coding assistant answers
// "write a function that ...": inputs are parameters, argv, stdin or the environment, no web framework.
// Every snippet was written before the analyzer was run on it (waves 1-8; first-contact numbers in
// code-rules/README.md, "Round 9 (C/C++, Go, Java)"). A vulnerable snippet must get a finding of its CWE
// class; its safe twin (the usual correct version) must get no finding at default confidence.
// `low`: the class is reported by a low-confidence rule only; `gap`: a known limit, skipped and documented.
import { describe, expect, it } from 'vitest';
import { describeProbes, ruleIds as ids, type Probe } from './code-probes.js';

const PROBES: Probe[] = [
 {
  "name": "c_read_in_base",
  "kind": "vuln",
  "lang": "c",
  "cwe": 22,
  "wave": 1,
  "code": "// Task: read the file the caller names from the documents directory into a newly allocated buffer.\n#include <stdio.h>\n#include <stdlib.h>\n\n#define DOC_DIR \"/var/app/docs\"\n\nchar *read_document(const char *name, size_t *out_len) {\n    char path[512];\n    snprintf(path, sizeof(path), \"%s/%s\", DOC_DIR, name);\n    FILE *f = fopen(path, \"rb\");\n    if (!f) return NULL;\n    fseek(f, 0, SEEK_END);\n    long sz = ftell(f);\n    rewind(f);\n    char *buf = malloc(sz + 1);\n    if (!buf) { fclose(f); return NULL; }\n    *out_len = fread(buf, 1, sz, f);\n    buf[*out_len] = '\\0';\n    fclose(f);\n    return buf;\n}\n"
 },
 {
  "name": "c_read_in_base",
  "kind": "safe",
  "lang": "c",
  "cwe": 22,
  "wave": 1,
  "code": "// Task: read the file the caller names from the documents directory into a newly allocated buffer.\n#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <limits.h>\n\n#define DOC_DIR \"/var/app/docs\"\n\nchar *read_document(const char *name, size_t *out_len) {\n    char path[PATH_MAX];\n    char resolved[PATH_MAX];\n    snprintf(path, sizeof(path), \"%s/%s\", DOC_DIR, name);\n    if (realpath(path, resolved) == NULL) return NULL;\n    if (strncmp(resolved, DOC_DIR \"/\", strlen(DOC_DIR) + 1) != 0) return NULL;\n    FILE *f = fopen(resolved, \"rb\");\n    if (!f) return NULL;\n    fseek(f, 0, SEEK_END);\n    long sz = ftell(f);\n    rewind(f);\n    char *buf = malloc(sz + 1);\n    if (!buf) { fclose(f); return NULL; }\n    *out_len = fread(buf, 1, sz, f);\n    buf[*out_len] = '\\0';\n    fclose(f);\n    return buf;\n}\n"
 },
 {
  "name": "c_ping_host",
  "kind": "vuln",
  "lang": "c",
  "cwe": 78,
  "wave": 1,
  "code": "// Task: write a function that pings a host given by the user and returns 0 if it is reachable.\n#include <stdio.h>\n#include <stdlib.h>\n\nint ping_host(const char *host) {\n    char cmd[256];\n    snprintf(cmd, sizeof(cmd), \"ping -c 1 -W 2 %s > /dev/null 2>&1\", host);\n    int rc = system(cmd);\n    return rc == 0 ? 0 : -1;\n}\n"
 },
 {
  "name": "c_ping_host",
  "kind": "safe",
  "lang": "c",
  "cwe": 78,
  "wave": 1,
  "code": "// Task: write a function that pings a host given by the user and returns 0 if it is reachable.\n#include <sys/types.h>\n#include <sys/wait.h>\n#include <unistd.h>\n\nint ping_host(const char *host) {\n    pid_t pid = fork();\n    if (pid < 0) return -1;\n    if (pid == 0) {\n        execlp(\"ping\", \"ping\", \"-c\", \"1\", \"-W\", \"2\", \"--\", host, (char *)NULL);\n        _exit(127);\n    }\n    int status;\n    if (waitpid(pid, &status, 0) < 0) return -1;\n    return (WIFEXITED(status) && WEXITSTATUS(status) == 0) ? 0 : -1;\n}\n"
 },
 {
  "name": "c_sqlite_lookup",
  "kind": "vuln",
  "lang": "c",
  "cwe": 89,
  "wave": 1,
  "code": "// Task: look up a user's email by username in the SQLite database and print it.\n#include <stdio.h>\n#include <sqlite3.h>\n\nstatic int print_row(void *arg, int argc, char **argv, char **cols) {\n    printf(\"%s\\n\", argv[0] ? argv[0] : \"NULL\");\n    return 0;\n}\n\nint find_email(sqlite3 *db, const char *username) {\n    char sql[256];\n    char *err = NULL;\n    snprintf(sql, sizeof(sql), \"SELECT email FROM users WHERE username = '%s';\", username);\n    if (sqlite3_exec(db, sql, print_row, NULL, &err) != SQLITE_OK) {\n        fprintf(stderr, \"query failed: %s\\n\", err);\n        sqlite3_free(err);\n        return -1;\n    }\n    return 0;\n}\n"
 },
 {
  "name": "c_sqlite_lookup",
  "kind": "safe",
  "lang": "c",
  "cwe": 89,
  "wave": 1,
  "code": "// Task: look up a user's email by username in the SQLite database and print it.\n#include <stdio.h>\n#include <sqlite3.h>\n\nint find_email(sqlite3 *db, const char *username) {\n    sqlite3_stmt *stmt;\n    const char *sql = \"SELECT email FROM users WHERE username = ?;\";\n    if (sqlite3_prepare_v2(db, sql, -1, &stmt, NULL) != SQLITE_OK) return -1;\n    sqlite3_bind_text(stmt, 1, username, -1, SQLITE_TRANSIENT);\n    while (sqlite3_step(stmt) == SQLITE_ROW) {\n        printf(\"%s\\n\", (const char *)sqlite3_column_text(stmt, 0));\n    }\n    sqlite3_finalize(stmt);\n    return 0;\n}\n"
 },
 {
  "name": "c_hash_password_md5",
  "kind": "vuln",
  "lang": "c",
  "cwe": 916,
  "wave": 1,
  "code": "// Task: hash a user's password for storage in the users table (hex string output).\n#include <openssl/md5.h>\n#include <stdio.h>\n#include <string.h>\n\nvoid hash_password(const char *password, char out[33]) {\n    unsigned char digest[MD5_DIGEST_LENGTH];\n    MD5((const unsigned char *)password, strlen(password), digest);\n    for (int i = 0; i < MD5_DIGEST_LENGTH; i++)\n        sprintf(out + i * 2, \"%02x\", digest[i]);\n    out[32] = '\\0';\n}\n"
 },
 {
  "name": "c_hash_password_md5",
  "kind": "safe",
  "lang": "c",
  "cwe": 916,
  "wave": 1,
  "code": "// Task: hash a user's password for storage in the users table (salt + derived key).\n#include <openssl/evp.h>\n#include <openssl/rand.h>\n#include <string.h>\n\n#define SALT_LEN 16\n#define KEY_LEN 32\n#define ITERATIONS 600000\n\nint hash_password(const char *password, unsigned char salt[SALT_LEN], unsigned char out[KEY_LEN]) {\n    if (RAND_bytes(salt, SALT_LEN) != 1) return -1;\n    if (PKCS5_PBKDF2_HMAC(password, (int)strlen(password), salt, SALT_LEN,\n                          ITERATIONS, EVP_sha256(), KEY_LEN, out) != 1)\n        return -1;\n    return 0;\n}\n"
 },
 {
  "name": "c_tempfile_tmpnam",
  "kind": "vuln",
  "lang": "c",
  "cwe": 377,
  "wave": 1,
  "code": "// Task: write the report text to a temporary file and return its path.\n#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nchar *write_temp_report(const char *text) {\n    char *name = malloc(L_tmpnam);\n    if (!name) return NULL;\n    tmpnam(name);\n    FILE *f = fopen(name, \"w\");\n    if (!f) { free(name); return NULL; }\n    fputs(text, f);\n    fclose(f);\n    return name;\n}\n"
 },
 {
  "name": "c_tempfile_tmpnam",
  "kind": "safe",
  "lang": "c",
  "cwe": 377,
  "wave": 1,
  "code": "// Task: write the report text to a temporary file and return its path.\n#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <unistd.h>\n\nchar *write_temp_report(const char *text) {\n    char *name = strdup(\"/tmp/report-XXXXXX\");\n    if (!name) return NULL;\n    int fd = mkstemp(name);\n    if (fd < 0) { free(name); return NULL; }\n    FILE *f = fdopen(fd, \"w\");\n    if (!f) { close(fd); free(name); return NULL; }\n    fputs(text, f);\n    fclose(f);\n    return name;\n}\n"
 },
 {
  "name": "c_session_token_rand",
  "kind": "vuln",
  "lang": "c",
  "cwe": 338,
  "wave": 1,
  "code": "// Task: generate a 32-character session token made of hex digits.\n#include <stdlib.h>\n#include <time.h>\n\nvoid generate_session_token(char *out, size_t len) {\n    static const char hex[] = \"0123456789abcdef\";\n    srand((unsigned)time(NULL));\n    for (size_t i = 0; i + 1 < len; i++)\n        out[i] = hex[rand() % 16];\n    out[len - 1] = '\\0';\n}\n"
 },
 {
  "name": "c_session_token_rand",
  "kind": "safe",
  "lang": "c",
  "cwe": 338,
  "wave": 1,
  "code": "// Task: generate a 32-character session token made of hex digits.\n#include <openssl/rand.h>\n#include <stddef.h>\n\nint generate_session_token(char *out, size_t len) {\n    static const char hex[] = \"0123456789abcdef\";\n    unsigned char bytes[64];\n    size_t n = (len - 1) / 2;\n    if (n > sizeof(bytes)) return -1;\n    if (RAND_bytes(bytes, (int)n) != 1) return -1;\n    for (size_t i = 0; i < n; i++) {\n        out[2 * i] = hex[bytes[i] >> 4];\n        out[2 * i + 1] = hex[bytes[i] & 0x0f];\n    }\n    out[2 * n] = '\\0';\n    return 0;\n}\n"
 },
 {
  "name": "c_copy_username",
  "kind": "vuln",
  "lang": "c",
  "cwe": 120,
  "wave": 1,
  "code": "// Task: store the given user name in the account record.\n#include <string.h>\n\nstruct account {\n    int id;\n    char username[32];\n};\n\nvoid set_username(struct account *acct, const char *name) {\n    strcpy(acct->username, name);\n}\n"
 },
 {
  "name": "c_copy_username",
  "kind": "safe",
  "lang": "c",
  "cwe": 120,
  "wave": 1,
  "code": "// Task: store the given user name in the account record.\n#include <string.h>\n\nstruct account {\n    int id;\n    char username[32];\n};\n\nvoid set_username(struct account *acct, const char *name) {\n    strncpy(acct->username, name, sizeof(acct->username) - 1);\n    acct->username[sizeof(acct->username) - 1] = '\\0';\n}\n"
 },
 {
  "name": "c_alloc_records",
  "kind": "vuln",
  "lang": "c",
  "cwe": 190,
  "wave": 1,
  "code": "// Task: allocate an array for count records read from the file header.\n#include <stdlib.h>\n#include <stdint.h>\n\nstruct record { uint32_t id; char name[60]; };\n\nstruct record *alloc_records(uint32_t count) {\n    struct record *recs = malloc(count * sizeof(struct record));\n    return recs;\n}\n"
 },
 {
  "name": "c_alloc_records",
  "kind": "safe",
  "lang": "c",
  "cwe": 190,
  "wave": 1,
  "code": "// Task: allocate an array for count records read from the file header.\n#include <stdlib.h>\n#include <stdint.h>\n\nstruct record { uint32_t id; char name[60]; };\n\nstruct record *alloc_records(uint32_t count) {\n    if (count == 0 || count > SIZE_MAX / sizeof(struct record)) return NULL;\n    return calloc(count, sizeof(struct record));\n}\n"
 },
 {
  "name": "c_log_message_printf",
  "kind": "vuln",
  "lang": "c",
  "cwe": 134,
  "wave": 1,
  "code": "// Task: write a log function that prints the user-supplied message with a timestamp.\n#include <stdio.h>\n#include <time.h>\n\nvoid log_message(const char *msg) {\n    time_t now = time(NULL);\n    char ts[32];\n    strftime(ts, sizeof(ts), \"%Y-%m-%d %H:%M:%S\", localtime(&now));\n    printf(\"[%s] \", ts);\n    printf(msg);\n    printf(\"\\n\");\n}\n"
 },
 {
  "name": "c_log_message_printf",
  "kind": "safe",
  "lang": "c",
  "cwe": 134,
  "wave": 1,
  "code": "// Task: write a log function that prints the user-supplied message with a timestamp.\n#include <stdio.h>\n#include <time.h>\n\nvoid log_message(const char *msg) {\n    time_t now = time(NULL);\n    char ts[32];\n    strftime(ts, sizeof(ts), \"%Y-%m-%d %H:%M:%S\", localtime(&now));\n    printf(\"[%s] %s\\n\", ts, msg);\n}\n"
 },
 {
  "name": "c_argv_index",
  "kind": "vuln",
  "lang": "c",
  "cwe": 129,
  "wave": 1,
  "code": "// Task: a CLI tool that prints the name of the month whose number is given as the first argument.\n#include <stdio.h>\n#include <stdlib.h>\n\nstatic const char *months[12] = {\"Jan\", \"Feb\", \"Mar\", \"Apr\", \"May\", \"Jun\",\n                                 \"Jul\", \"Aug\", \"Sep\", \"Oct\", \"Nov\", \"Dec\"};\n\nint main(int argc, char **argv) {\n    if (argc < 2) {\n        fprintf(stderr, \"usage: %s MONTH\\n\", argv[0]);\n        return 1;\n    }\n    int m = atoi(argv[1]);\n    printf(\"%s\\n\", months[m - 1]);\n    return 0;\n}\n"
 },
 {
  "name": "c_argv_index",
  "kind": "safe",
  "lang": "c",
  "cwe": 129,
  "wave": 1,
  "code": "// Task: a CLI tool that prints the name of the month whose number is given as the first argument.\n#include <stdio.h>\n#include <stdlib.h>\n\nstatic const char *months[12] = {\"Jan\", \"Feb\", \"Mar\", \"Apr\", \"May\", \"Jun\",\n                                 \"Jul\", \"Aug\", \"Sep\", \"Oct\", \"Nov\", \"Dec\"};\n\nint main(int argc, char **argv) {\n    if (argc < 2) {\n        fprintf(stderr, \"usage: %s MONTH\\n\", argv[0]);\n        return 1;\n    }\n    int m = atoi(argv[1]);\n    if (m < 1 || m > 12) {\n        fprintf(stderr, \"month must be 1..12\\n\");\n        return 1;\n    }\n    printf(\"%s\\n\", months[m - 1]);\n    return 0;\n}\n"
 },
 {
  "name": "c_greeting_strcat",
  "kind": "vuln",
  "lang": "c",
  "cwe": 120,
  "wave": 1,
  "code": "// Task: build a greeting \"Hello, <name>!\" in the caller's buffer of 64 bytes.\n#include <string.h>\n\nvoid make_greeting(char greeting[64], const char *name) {\n    strcpy(greeting, \"Hello, \");\n    strcat(greeting, name);\n    strcat(greeting, \"!\");\n}\n"
 },
 {
  "name": "c_greeting_strcat",
  "kind": "safe",
  "lang": "c",
  "cwe": 120,
  "wave": 1,
  "code": "// Task: build a greeting \"Hello, <name>!\" in the caller's buffer.\n#include <stdio.h>\n\nvoid make_greeting(char *greeting, size_t size, const char *name) {\n    snprintf(greeting, size, \"Hello, %s!\", name);\n}\n"
 },
 {
  "name": "c_read_name_scanf",
  "kind": "vuln",
  "lang": "c",
  "cwe": 120,
  "wave": 1,
  "code": "// Task: a small program that asks for the user's name on stdin and greets them.\n#include <stdio.h>\n\nint main(void) {\n    char name[32];\n    printf(\"Enter your name: \");\n    scanf(\"%s\", name);\n    printf(\"Hello, %s!\\n\", name);\n    return 0;\n}\n"
 },
 {
  "name": "c_read_name_scanf",
  "kind": "safe",
  "lang": "c",
  "cwe": 120,
  "wave": 1,
  "code": "// Task: a small program that asks for the user's name on stdin and greets them.\n#include <stdio.h>\n#include <string.h>\n\nint main(void) {\n    char name[32];\n    printf(\"Enter your name: \");\n    if (fgets(name, sizeof(name), stdin) == NULL) return 1;\n    name[strcspn(name, \"\\n\")] = '\\0';\n    printf(\"Hello, %s!\\n\", name);\n    return 0;\n}\n"
 },
 {
  "name": "c_save_key_chmod",
  "kind": "vuln",
  "lang": "c",
  "cwe": 732,
  "wave": 1,
  "code": "// Task: save the private key bytes to the given path.\n#include <stdio.h>\n#include <sys/stat.h>\n\nint save_private_key(const char *path, const unsigned char *key, size_t len) {\n    FILE *f = fopen(path, \"wb\");\n    if (!f) return -1;\n    fwrite(key, 1, len, f);\n    fclose(f);\n    chmod(path, 0777);\n    return 0;\n}\n"
 },
 {
  "name": "c_save_key_chmod",
  "kind": "safe",
  "lang": "c",
  "cwe": 732,
  "wave": 1,
  "code": "// Task: save the private key bytes to the given path.\n#include <fcntl.h>\n#include <unistd.h>\n\nint save_private_key(const char *path, const unsigned char *key, size_t len) {\n    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);\n    if (fd < 0) return -1;\n    ssize_t n = write(fd, key, len);\n    close(fd);\n    return n == (ssize_t)len ? 0 : -1;\n}\n"
 },
 {
  "name": "c_verify_mac_memcmp",
  "kind": "vuln",
  "lang": "c",
  "cwe": 208,
  "wave": 1,
  "code": "// Task: verify the HMAC-SHA256 tag of a message with the shared key.\n#include <openssl/hmac.h>\n#include <openssl/evp.h>\n#include <string.h>\n\nint verify_tag(const unsigned char *key, int key_len, const unsigned char *msg, size_t msg_len,\n               const unsigned char tag[32]) {\n    unsigned char expected[32];\n    unsigned int out_len = 0;\n    HMAC(EVP_sha256(), key, key_len, msg, msg_len, expected, &out_len);\n    return memcmp(expected, tag, 32) == 0;\n}\n"
 },
 {
  "name": "c_verify_mac_memcmp",
  "kind": "safe",
  "lang": "c",
  "cwe": 208,
  "wave": 1,
  "code": "// Task: verify the HMAC-SHA256 tag of a message with the shared key.\n#include <openssl/hmac.h>\n#include <openssl/evp.h>\n#include <openssl/crypto.h>\n\nint verify_tag(const unsigned char *key, int key_len, const unsigned char *msg, size_t msg_len,\n               const unsigned char tag[32]) {\n    unsigned char expected[32];\n    unsigned int out_len = 0;\n    HMAC(EVP_sha256(), key, key_len, msg, msg_len, expected, &out_len);\n    return CRYPTO_memcmp(expected, tag, 32) == 0;\n}\n"
 },
 {
  "name": "c_encrypt_ecb",
  "kind": "vuln",
  "lang": "c",
  "cwe": 327,
  "wave": 1,
  "code": "// Task: encrypt a buffer with AES-128 using the given key; return the ciphertext length.\n#include <openssl/evp.h>\n\nint encrypt_buffer(const unsigned char *key, const unsigned char *in, int in_len, unsigned char *out) {\n    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();\n    int len = 0, total = 0;\n    EVP_EncryptInit_ex(ctx, EVP_aes_128_ecb(), NULL, key, NULL);\n    EVP_EncryptUpdate(ctx, out, &len, in, in_len);\n    total = len;\n    EVP_EncryptFinal_ex(ctx, out + len, &len);\n    total += len;\n    EVP_CIPHER_CTX_free(ctx);\n    return total;\n}\n"
 },
 {
  "name": "c_encrypt_ecb",
  "kind": "safe",
  "lang": "c",
  "cwe": 327,
  "wave": 1,
  "code": "// Task: encrypt a buffer with AES-256-GCM using the given key; writes iv and tag.\n#include <openssl/evp.h>\n#include <openssl/rand.h>\n\nint encrypt_buffer(const unsigned char *key, const unsigned char *in, int in_len,\n                   unsigned char iv[12], unsigned char tag[16], unsigned char *out) {\n    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();\n    int len = 0, total = 0;\n    if (RAND_bytes(iv, 12) != 1) return -1;\n    EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, iv);\n    EVP_EncryptUpdate(ctx, out, &len, in, in_len);\n    total = len;\n    EVP_EncryptFinal_ex(ctx, out + len, &len);\n    total += len;\n    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, tag);\n    EVP_CIPHER_CTX_free(ctx);\n    return total;\n}\n"
 },
 {
  "name": "c_hardcoded_key",
  "kind": "vuln",
  "lang": "c",
  "cwe": 321,
  "wave": 1,
  "code": "// Task: encrypt the configuration blob before writing it to disk.\n#include <openssl/evp.h>\n#include <openssl/rand.h>\n\nstatic const unsigned char CONFIG_KEY[32] = \"k3y-f0r-c0nfig-encrypti0n-2024!!\";\n\nint encrypt_config(const unsigned char *in, int in_len, unsigned char iv[16], unsigned char *out) {\n    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();\n    int len = 0, total = 0;\n    RAND_bytes(iv, 16);\n    EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, CONFIG_KEY, iv);\n    EVP_EncryptUpdate(ctx, out, &len, in, in_len);\n    total = len;\n    EVP_EncryptFinal_ex(ctx, out + len, &len);\n    EVP_CIPHER_CTX_free(ctx);\n    return total + len;\n}\n"
 },
 {
  "name": "c_hardcoded_key",
  "kind": "safe",
  "lang": "c",
  "cwe": 321,
  "wave": 1,
  "code": "// Task: encrypt the configuration blob before writing it to disk (key from the key file).\n#include <openssl/evp.h>\n#include <openssl/rand.h>\n#include <stdio.h>\n#include <stdlib.h>\n\nint encrypt_config(const unsigned char *in, int in_len, unsigned char iv[16], unsigned char *out) {\n    unsigned char key[32];\n    const char *key_path = getenv(\"CONFIG_KEY_FILE\");\n    if (!key_path) return -1;\n    FILE *kf = fopen(key_path, \"rb\");\n    if (!kf) return -1;\n    size_t got = fread(key, 1, sizeof(key), kf);\n    fclose(kf);\n    if (got != sizeof(key)) return -1;\n    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();\n    int len = 0, total = 0;\n    RAND_bytes(iv, 16);\n    EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, key, iv);\n    EVP_EncryptUpdate(ctx, out, &len, in, in_len);\n    total = len;\n    EVP_EncryptFinal_ex(ctx, out + len, &len);\n    EVP_CIPHER_CTX_free(ctx);\n    return total + len;\n}\n"
 },
 {
  "name": "c_curl_fetch_noverify",
  "kind": "vuln",
  "lang": "c",
  "cwe": 295,
  "wave": 1,
  "code": "// Task: download the given HTTPS URL into a file with libcurl.\n#include <curl/curl.h>\n#include <stdio.h>\n\nint download(const char *url, const char *dest) {\n    CURL *curl = curl_easy_init();\n    if (!curl) return -1;\n    FILE *out = fopen(dest, \"wb\");\n    if (!out) { curl_easy_cleanup(curl); return -1; }\n    curl_easy_setopt(curl, CURLOPT_URL, url);\n    curl_easy_setopt(curl, CURLOPT_WRITEDATA, out);\n    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);\n    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);\n    CURLcode res = curl_easy_perform(curl);\n    fclose(out);\n    curl_easy_cleanup(curl);\n    return res == CURLE_OK ? 0 : -1;\n}\n"
 },
 {
  "name": "c_curl_fetch_noverify",
  "kind": "safe",
  "lang": "c",
  "cwe": 295,
  "wave": 1,
  "code": "// Task: download the given HTTPS URL into a file with libcurl.\n#include <curl/curl.h>\n#include <stdio.h>\n\nint download(const char *url, const char *dest) {\n    CURL *curl = curl_easy_init();\n    if (!curl) return -1;\n    FILE *out = fopen(dest, \"wb\");\n    if (!out) { curl_easy_cleanup(curl); return -1; }\n    curl_easy_setopt(curl, CURLOPT_URL, url);\n    curl_easy_setopt(curl, CURLOPT_WRITEDATA, out);\n    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, \"https\");\n    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);\n    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);\n    CURLcode res = curl_easy_perform(curl);\n    fclose(out);\n    curl_easy_cleanup(curl);\n    return res == CURLE_OK ? 0 : -1;\n}\n"
 },
 {
  "name": "c_home_env_copy",
  "kind": "vuln",
  "lang": "c",
  "cwe": 120,
  "wave": 1,
  "code": "// Task: build the path of the user's config file from $HOME.\n#include <stdlib.h>\n#include <string.h>\n#include <stdio.h>\n\nvoid config_path(char out[128]) {\n    char home[64];\n    strcpy(home, getenv(\"HOME\"));\n    sprintf(out, \"%s/.myapprc\", home);\n}\n"
 },
 {
  "name": "c_home_env_copy",
  "kind": "safe",
  "lang": "c",
  "cwe": 120,
  "wave": 1,
  "code": "// Task: build the path of the user's config file from $HOME.\n#include <stdlib.h>\n#include <stdio.h>\n\nint config_path(char *out, size_t size) {\n    const char *home = getenv(\"HOME\");\n    if (home == NULL) return -1;\n    int n = snprintf(out, size, \"%s/.myapprc\", home);\n    return (n < 0 || (size_t)n >= size) ? -1 : 0;\n}\n"
 },
 {
  "name": "cpp_read_in_base",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 22,
  "wave": 1,
  "code": "// Task: return the contents of a template file from the templates directory, given its name.\n#include <fstream>\n#include <sstream>\n#include <string>\n\nstd::string load_template(const std::string& name) {\n    const std::string base = \"/opt/app/templates/\";\n    std::ifstream in(base + name);\n    if (!in) return \"\";\n    std::stringstream ss;\n    ss << in.rdbuf();\n    return ss.str();\n}\n"
 },
 {
  "name": "cpp_read_in_base",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 22,
  "wave": 1,
  "code": "// Task: return the contents of a template file from the templates directory, given its name.\n#include <filesystem>\n#include <fstream>\n#include <sstream>\n#include <string>\n\nnamespace fs = std::filesystem;\n\nstd::string load_template(const std::string& name) {\n    const fs::path base = fs::canonical(\"/opt/app/templates\");\n    fs::path p = fs::weakly_canonical(base / name);\n    auto rel = p.lexically_relative(base);\n    if (rel.empty() || *rel.begin() == \"..\") return \"\";\n    std::ifstream in(p);\n    if (!in) return \"\";\n    std::stringstream ss;\n    ss << in.rdbuf();\n    return ss.str();\n}\n"
 },
 {
  "name": "cpp_extract_archive",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 78,
  "wave": 1,
  "code": "// Task: extract the given .tar.gz archive into the output directory using tar.\n#include <cstdlib>\n#include <string>\n\nbool extract_archive(const std::string& archive, const std::string& outdir) {\n    std::string cmd = \"tar -xzf \" + archive + \" -C \" + outdir;\n    return std::system(cmd.c_str()) == 0;\n}\n"
 },
 {
  "name": "cpp_extract_archive",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 78,
  "wave": 1,
  "code": "// Task: extract the given .tar.gz archive into the output directory using tar.\n#include <string>\n#include <sys/wait.h>\n#include <unistd.h>\n\nbool extract_archive(const std::string& archive, const std::string& outdir) {\n    pid_t pid = fork();\n    if (pid < 0) return false;\n    if (pid == 0) {\n        execlp(\"tar\", \"tar\", \"-xzf\", archive.c_str(), \"-C\", outdir.c_str(), (char*)nullptr);\n        _exit(127);\n    }\n    int status = 0;\n    waitpid(pid, &status, 0);\n    return WIFEXITED(status) && WEXITSTATUS(status) == 0;\n}\n"
 },
 {
  "name": "c_list_remove_uaf",
  "kind": "vuln",
  "lang": "c",
  "cwe": 416,
  "wave": 1,
  "code": "// Task: remove the first node with the given key from a singly linked list.\n#include <stdlib.h>\n\nstruct node { int key; struct node *next; };\n\nstruct node *list_remove(struct node *head, int key) {\n    struct node *prev = NULL;\n    for (struct node *cur = head; cur != NULL; cur = cur->next) {\n        if (cur->key == key) {\n            free(cur);\n            if (prev) prev->next = cur->next;\n            else head = cur->next;\n            break;\n        }\n        prev = cur;\n    }\n    return head;\n}\n"
 },
 {
  "name": "c_list_remove_uaf",
  "kind": "safe",
  "lang": "c",
  "cwe": 416,
  "wave": 1,
  "code": "// Task: remove the first node with the given key from a singly linked list.\n#include <stdlib.h>\n\nstruct node { int key; struct node *next; };\n\nstruct node *list_remove(struct node *head, int key) {\n    struct node *prev = NULL;\n    for (struct node *cur = head; cur != NULL; cur = cur->next) {\n        if (cur->key == key) {\n            if (prev) prev->next = cur->next;\n            else head = cur->next;\n            free(cur);\n            break;\n        }\n        prev = cur;\n    }\n    return head;\n}\n"
 },
 {
  "name": "c_packet_copy",
  "kind": "vuln",
  "lang": "c",
  "cwe": 805,
  "wave": 1,
  "code": "// Task: copy the payload of a received packet into the session buffer.\n#include <string.h>\n#include <stdint.h>\n\n#define MAX_PAYLOAD 256\n\nstruct session { uint8_t payload[MAX_PAYLOAD]; size_t payload_len; };\n\nvoid store_payload(struct session *s, const uint8_t *data, size_t len) {\n    memcpy(s->payload, data, len);\n    s->payload_len = len;\n}\n"
 },
 {
  "name": "c_packet_copy",
  "kind": "safe",
  "lang": "c",
  "cwe": 805,
  "wave": 1,
  "code": "// Task: copy the payload of a received packet into the session buffer.\n#include <string.h>\n#include <stdint.h>\n\n#define MAX_PAYLOAD 256\n\nstruct session { uint8_t payload[MAX_PAYLOAD]; size_t payload_len; };\n\nint store_payload(struct session *s, const uint8_t *data, size_t len) {\n    if (len > sizeof(s->payload)) return -1;\n    memcpy(s->payload, data, len);\n    s->payload_len = len;\n    return 0;\n}\n"
 },
 {
  "name": "c_xml_noent",
  "kind": "vuln",
  "lang": "c",
  "cwe": 611,
  "wave": 1,
  "code": "// Task: parse an XML document received from a client and return the root element name.\n#include <libxml/parser.h>\n#include <string.h>\n\nchar *root_name(const char *xml, int len) {\n    xmlDocPtr doc = xmlReadMemory(xml, len, \"input.xml\", NULL, XML_PARSE_NOENT | XML_PARSE_DTDLOAD);\n    if (doc == NULL) return NULL;\n    xmlNodePtr root = xmlDocGetRootElement(doc);\n    char *name = root ? strdup((const char *)root->name) : NULL;\n    xmlFreeDoc(doc);\n    return name;\n}\n"
 },
 {
  "name": "c_xml_noent",
  "kind": "safe",
  "lang": "c",
  "cwe": 611,
  "wave": 1,
  "code": "// Task: parse an XML document received from a client and return the root element name.\n#include <libxml/parser.h>\n#include <string.h>\n\nchar *root_name(const char *xml, int len) {\n    xmlDocPtr doc = xmlReadMemory(xml, len, \"input.xml\", NULL, XML_PARSE_NONET);\n    if (doc == NULL) return NULL;\n    xmlNodePtr root = xmlDocGetRootElement(doc);\n    char *name = root ? strdup((const char *)root->name) : NULL;\n    xmlFreeDoc(doc);\n    return name;\n}\n"
 },
 {
  "name": "c_ldap_filter",
  "kind": "vuln",
  "lang": "c",
  "cwe": 90,
  "wave": 1,
  "code": "// Task: find the LDAP entry of a user by uid.\n#include <ldap.h>\n#include <stdio.h>\n\nint find_user(LDAP *ld, const char *uid, LDAPMessage **res) {\n    char filter[256];\n    snprintf(filter, sizeof(filter), \"(&(objectClass=person)(uid=%s))\", uid);\n    return ldap_search_ext_s(ld, \"ou=people,dc=example,dc=com\", LDAP_SCOPE_SUBTREE,\n                             filter, NULL, 0, NULL, NULL, NULL, 0, res);\n}\n"
 },
 {
  "name": "c_ldap_filter",
  "kind": "safe",
  "lang": "c",
  "cwe": 90,
  "wave": 1,
  "code": "// Task: find the LDAP entry of a user by uid (uids are letters, digits, '.', '-', '_').\n#include <ldap.h>\n#include <ctype.h>\n#include <stdio.h>\n\nint find_user(LDAP *ld, const char *uid, LDAPMessage **res) {\n    char filter[256];\n    for (const char *p = uid; *p; p++) {\n        if (!isalnum((unsigned char)*p) && *p != '.' && *p != '-' && *p != '_')\n            return LDAP_FILTER_ERROR;\n    }\n    snprintf(filter, sizeof(filter), \"(&(objectClass=person)(uid=%s))\", uid);\n    return ldap_search_ext_s(ld, \"ou=people,dc=example,dc=com\", LDAP_SCOPE_SUBTREE,\n                             filter, NULL, 0, NULL, NULL, NULL, 0, res);\n}\n"
 },
 {
  "name": "go_read_in_base",
  "kind": "vuln",
  "lang": "go",
  "cwe": 22,
  "wave": 1,
  "code": "// Task: return the contents of a file the caller names inside the uploads directory.\npackage storage\n\nimport (\n\t\"os\"\n\t\"path/filepath\"\n)\n\nconst uploadDir = \"/srv/uploads\"\n\nfunc ReadUpload(name string) ([]byte, error) {\n\tp := filepath.Join(uploadDir, name)\n\treturn os.ReadFile(p)\n}\n"
 },
 {
  "name": "go_read_in_base",
  "kind": "safe",
  "lang": "go",
  "cwe": 22,
  "wave": 1,
  "code": "// Task: return the contents of a file the caller names inside the uploads directory.\npackage storage\n\nimport (\n\t\"errors\"\n\t\"os\"\n\t\"path/filepath\"\n\t\"strings\"\n)\n\nconst uploadDir = \"/srv/uploads\"\n\nfunc ReadUpload(name string) ([]byte, error) {\n\tp := filepath.Join(uploadDir, filepath.Clean(\"/\"+name))\n\tif !strings.HasPrefix(p, uploadDir+string(os.PathSeparator)) {\n\t\treturn nil, errors.New(\"invalid file name\")\n\t}\n\treturn os.ReadFile(p)\n}\n"
 },
 {
  "name": "go_ping_shell",
  "kind": "vuln",
  "lang": "go",
  "cwe": 78,
  "wave": 1,
  "code": "// Task: ping the given host once and return the command output.\npackage netutil\n\nimport \"os/exec\"\n\nfunc Ping(host string) (string, error) {\n\tout, err := exec.Command(\"sh\", \"-c\", \"ping -c 1 \"+host).CombinedOutput()\n\treturn string(out), err\n}\n"
 },
 {
  "name": "go_ping_shell",
  "kind": "safe",
  "lang": "go",
  "cwe": 78,
  "wave": 1,
  "code": "// Task: ping the given host once and return the command output.\npackage netutil\n\nimport \"os/exec\"\n\nfunc Ping(host string) (string, error) {\n\tout, err := exec.Command(\"ping\", \"-c\", \"1\", \"--\", host).CombinedOutput()\n\treturn string(out), err\n}\n"
 },
 {
  "name": "go_sql_lookup",
  "kind": "vuln",
  "lang": "go",
  "cwe": 89,
  "wave": 1,
  "code": "// Task: return the id of the user with the given email.\npackage users\n\nimport (\n\t\"database/sql\"\n\t\"fmt\"\n)\n\nfunc FindUserID(db *sql.DB, email string) (int64, error) {\n\tvar id int64\n\tq := fmt.Sprintf(\"SELECT id FROM users WHERE email = '%s'\", email)\n\terr := db.QueryRow(q).Scan(&id)\n\treturn id, err\n}\n"
 },
 {
  "name": "go_sql_lookup",
  "kind": "safe",
  "lang": "go",
  "cwe": 89,
  "wave": 1,
  "code": "// Task: return the id of the user with the given email.\npackage users\n\nimport \"database/sql\"\n\nfunc FindUserID(db *sql.DB, email string) (int64, error) {\n\tvar id int64\n\terr := db.QueryRow(\"SELECT id FROM users WHERE email = $1\", email).Scan(&id)\n\treturn id, err\n}\n"
 },
 {
  "name": "go_hash_password_sha256",
  "kind": "vuln",
  "lang": "go",
  "cwe": 916,
  "wave": 1,
  "code": "// Task: hash a password before storing it in the database.\npackage auth\n\nimport (\n\t\"crypto/sha256\"\n\t\"encoding/hex\"\n)\n\nfunc HashPassword(password string) string {\n\tsum := sha256.Sum256([]byte(password))\n\treturn hex.EncodeToString(sum[:])\n}\n"
 },
 {
  "name": "go_hash_password_sha256",
  "kind": "safe",
  "lang": "go",
  "cwe": 916,
  "wave": 1,
  "code": "// Task: hash a password before storing it in the database.\npackage auth\n\nimport \"golang.org/x/crypto/bcrypt\"\n\nfunc HashPassword(password string) (string, error) {\n\th, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)\n\treturn string(h), err\n}\n"
 },
 {
  "name": "go_reset_code_mathrand",
  "kind": "vuln",
  "lang": "go",
  "cwe": 338,
  "wave": 1,
  "code": "// Task: generate a 6-digit password reset code.\npackage auth\n\nimport (\n\t\"fmt\"\n\t\"math/rand\"\n\t\"time\"\n)\n\nfunc NewResetCode() string {\n\tr := rand.New(rand.NewSource(time.Now().UnixNano()))\n\treturn fmt.Sprintf(\"%06d\", r.Intn(1000000))\n}\n"
 },
 {
  "name": "go_reset_code_mathrand",
  "kind": "safe",
  "lang": "go",
  "cwe": 338,
  "wave": 1,
  "code": "// Task: generate a 6-digit password reset code.\npackage auth\n\nimport (\n\t\"crypto/rand\"\n\t\"fmt\"\n\t\"math/big\"\n)\n\nfunc NewResetCode() (string, error) {\n\tn, err := rand.Int(rand.Reader, big.NewInt(1000000))\n\tif err != nil {\n\t\treturn \"\", err\n\t}\n\treturn fmt.Sprintf(\"%06d\", n.Int64()), nil\n}\n"
 },
 {
  "name": "go_temp_predictable",
  "kind": "vuln",
  "lang": "go",
  "cwe": 377,
  "wave": 1,
  "code": "// Task: write the export data to a temporary file and return its path.\npackage export\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\t\"path/filepath\"\n)\n\nfunc WriteTempExport(data []byte) (string, error) {\n\tp := filepath.Join(os.TempDir(), fmt.Sprintf(\"export-%d.csv\", os.Getpid()))\n\tif err := os.WriteFile(p, data, 0644); err != nil {\n\t\treturn \"\", err\n\t}\n\treturn p, nil\n}\n"
 },
 {
  "name": "go_temp_predictable",
  "kind": "safe",
  "lang": "go",
  "cwe": 377,
  "wave": 1,
  "code": "// Task: write the export data to a temporary file and return its path.\npackage export\n\nimport \"os\"\n\nfunc WriteTempExport(data []byte) (string, error) {\n\tf, err := os.CreateTemp(\"\", \"export-*.csv\")\n\tif err != nil {\n\t\treturn \"\", err\n\t}\n\tdefer f.Close()\n\tif _, err := f.Write(data); err != nil {\n\t\treturn \"\", err\n\t}\n\treturn f.Name(), nil\n}\n"
 },
 {
  "name": "go_fetch_subdomain",
  "kind": "vuln",
  "lang": "go",
  "cwe": 918,
  "wave": 1,
  "code": "// Task: fetch the status JSON of a tenant from https://<tenant>.api.example.com/status.\npackage tenants\n\nimport (\n\t\"io\"\n\t\"net/http\"\n)\n\nfunc FetchStatus(tenant string) ([]byte, error) {\n\tresp, err := http.Get(\"https://\" + tenant + \".api.example.com/status\")\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tdefer resp.Body.Close()\n\treturn io.ReadAll(resp.Body)\n}\n"
 },
 {
  "name": "go_fetch_subdomain",
  "kind": "safe",
  "lang": "go",
  "cwe": 918,
  "wave": 1,
  "code": "// Task: fetch the status JSON of a tenant from https://<tenant>.api.example.com/status.\npackage tenants\n\nimport (\n\t\"errors\"\n\t\"io\"\n\t\"net/http\"\n\t\"regexp\"\n)\n\nvar tenantRe = regexp.MustCompile(\"^[a-z0-9-]{1,63}$\")\n\nfunc FetchStatus(tenant string) ([]byte, error) {\n\tif !tenantRe.MatchString(tenant) {\n\t\treturn nil, errors.New(\"invalid tenant\")\n\t}\n\tresp, err := http.Get(\"https://\" + tenant + \".api.example.com/status\")\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tdefer resp.Body.Close()\n\treturn io.ReadAll(resp.Body)\n}\n"
 },
 {
  "name": "go_search_regex",
  "kind": "vuln",
  "lang": "go",
  "cwe": 400,
  "wave": 1,
  "code": "// Task: return the lines of text that match the user's search term.\npackage search\n\nimport (\n\t\"regexp\"\n\t\"strings\"\n)\n\nfunc MatchingLines(text, term string) []string {\n\tre := regexp.MustCompile(\"(?i)\" + term)\n\tvar out []string\n\tfor _, line := range strings.Split(text, \"\\n\") {\n\t\tif re.MatchString(line) {\n\t\t\tout = append(out, line)\n\t\t}\n\t}\n\treturn out\n}\n"
 },
 {
  "name": "go_search_regex",
  "kind": "safe",
  "lang": "go",
  "cwe": 400,
  "wave": 1,
  "code": "// Task: return the lines of text that match the user's search term.\npackage search\n\nimport (\n\t\"regexp\"\n\t\"strings\"\n)\n\nfunc MatchingLines(text, term string) []string {\n\tre := regexp.MustCompile(\"(?i)\" + regexp.QuoteMeta(term))\n\tvar out []string\n\tfor _, line := range strings.Split(text, \"\\n\") {\n\t\tif re.MatchString(line) {\n\t\t\tout = append(out, line)\n\t\t}\n\t}\n\treturn out\n}\n"
 },
 {
  "name": "go_unzip",
  "kind": "vuln",
  "lang": "go",
  "cwe": 22,
  "wave": 1,
  "code": "// Task: extract a zip archive into the destination directory.\npackage archive\n\nimport (\n\t\"archive/zip\"\n\t\"io\"\n\t\"os\"\n\t\"path/filepath\"\n)\n\nfunc Unzip(src, dest string) error {\n\tr, err := zip.OpenReader(src)\n\tif err != nil {\n\t\treturn err\n\t}\n\tdefer r.Close()\n\tfor _, f := range r.File {\n\t\ttarget := filepath.Join(dest, f.Name)\n\t\tif f.FileInfo().IsDir() {\n\t\t\tos.MkdirAll(target, 0755)\n\t\t\tcontinue\n\t\t}\n\t\tos.MkdirAll(filepath.Dir(target), 0755)\n\t\trc, err := f.Open()\n\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n\t\tout, err := os.Create(target)\n\t\tif err != nil {\n\t\t\trc.Close()\n\t\t\treturn err\n\t\t}\n\t\t_, err = io.Copy(out, rc)\n\t\tout.Close()\n\t\trc.Close()\n\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n\t}\n\treturn nil\n}\n"
 },
 {
  "name": "go_unzip",
  "kind": "safe",
  "lang": "go",
  "cwe": 22,
  "wave": 1,
  "code": "// Task: extract a zip archive into the destination directory.\npackage archive\n\nimport (\n\t\"archive/zip\"\n\t\"fmt\"\n\t\"io\"\n\t\"os\"\n\t\"path/filepath\"\n\t\"strings\"\n)\n\nfunc Unzip(src, dest string) error {\n\tr, err := zip.OpenReader(src)\n\tif err != nil {\n\t\treturn err\n\t}\n\tdefer r.Close()\n\tdestClean := filepath.Clean(dest) + string(os.PathSeparator)\n\tfor _, f := range r.File {\n\t\ttarget := filepath.Join(dest, f.Name)\n\t\tif !strings.HasPrefix(target, destClean) {\n\t\t\treturn fmt.Errorf(\"illegal file path: %s\", f.Name)\n\t\t}\n\t\tif f.FileInfo().IsDir() {\n\t\t\tos.MkdirAll(target, 0755)\n\t\t\tcontinue\n\t\t}\n\t\tos.MkdirAll(filepath.Dir(target), 0755)\n\t\trc, err := f.Open()\n\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n\t\tout, err := os.Create(target)\n\t\tif err != nil {\n\t\t\trc.Close()\n\t\t\treturn err\n\t\t}\n\t\t_, err = io.Copy(out, rc)\n\t\tout.Close()\n\t\trc.Close()\n\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n\t}\n\treturn nil\n}\n"
 },
 {
  "name": "go_write_creds_perm",
  "kind": "vuln",
  "lang": "go",
  "cwe": 732,
  "wave": 1,
  "code": "// Task: save the API credentials to the config file.\npackage config\n\nimport (\n\t\"encoding/json\"\n\t\"os\"\n)\n\ntype Credentials struct {\n\tAPIKey    string `json:\"api_key\"`\n\tAPISecret string `json:\"api_secret\"`\n}\n\nfunc SaveCredentials(path string, c Credentials) error {\n\tb, err := json.Marshal(c)\n\tif err != nil {\n\t\treturn err\n\t}\n\treturn os.WriteFile(path, b, 0666)\n}\n"
 },
 {
  "name": "go_write_creds_perm",
  "kind": "safe",
  "lang": "go",
  "cwe": 732,
  "wave": 1,
  "code": "// Task: save the API credentials to the config file.\npackage config\n\nimport (\n\t\"encoding/json\"\n\t\"os\"\n)\n\ntype Credentials struct {\n\tAPIKey    string `json:\"api_key\"`\n\tAPISecret string `json:\"api_secret\"`\n}\n\nfunc SaveCredentials(path string, c Credentials) error {\n\tb, err := json.Marshal(c)\n\tif err != nil {\n\t\treturn err\n\t}\n\treturn os.WriteFile(path, b, 0600)\n}\n"
 },
 {
  "name": "go_derive_key_pbkdf2",
  "kind": "vuln",
  "lang": "go",
  "cwe": 916,
  "wave": 1,
  "code": "// Task: derive a 32-byte AES key from a passphrase.\npackage crypt\n\nimport (\n\t\"crypto/sha256\"\n\n\t\"golang.org/x/crypto/pbkdf2\"\n)\n\nfunc DeriveKey(passphrase string) []byte {\n\tsalt := []byte(\"static-salt-value\")\n\treturn pbkdf2.Key([]byte(passphrase), salt, 1000, 32, sha256.New)\n}\n"
 },
 {
  "name": "go_derive_key_pbkdf2",
  "kind": "safe",
  "lang": "go",
  "cwe": 916,
  "wave": 1,
  "code": "// Task: derive a 32-byte AES key from a passphrase; the salt is stored with the ciphertext.\npackage crypt\n\nimport (\n\t\"crypto/rand\"\n\t\"crypto/sha256\"\n\n\t\"golang.org/x/crypto/pbkdf2\"\n)\n\nfunc DeriveKey(passphrase string) (key, salt []byte, err error) {\n\tsalt = make([]byte, 16)\n\tif _, err = rand.Read(salt); err != nil {\n\t\treturn nil, nil, err\n\t}\n\tkey = pbkdf2.Key([]byte(passphrase), salt, 600000, 32, sha256.New)\n\treturn key, salt, nil\n}\n"
 },
 {
  "name": "go_verify_signature_compare",
  "kind": "vuln",
  "lang": "go",
  "cwe": 208,
  "wave": 1,
  "code": "// Task: verify the hex HMAC-SHA256 signature of a webhook payload.\npackage webhook\n\nimport (\n\t\"crypto/hmac\"\n\t\"crypto/sha256\"\n\t\"encoding/hex\"\n)\n\nfunc VerifySignature(secret, payload []byte, signature string) bool {\n\tmac := hmac.New(sha256.New, secret)\n\tmac.Write(payload)\n\texpected := hex.EncodeToString(mac.Sum(nil))\n\treturn expected == signature\n}\n"
 },
 {
  "name": "go_verify_signature_compare",
  "kind": "safe",
  "lang": "go",
  "cwe": 208,
  "wave": 1,
  "code": "// Task: verify the hex HMAC-SHA256 signature of a webhook payload.\npackage webhook\n\nimport (\n\t\"crypto/hmac\"\n\t\"crypto/sha256\"\n\t\"encoding/hex\"\n)\n\nfunc VerifySignature(secret, payload []byte, signature string) bool {\n\tsig, err := hex.DecodeString(signature)\n\tif err != nil {\n\t\treturn false\n\t}\n\tmac := hmac.New(sha256.New, secret)\n\tmac.Write(payload)\n\treturn hmac.Equal(mac.Sum(nil), sig)\n}\n"
 },
 {
  "name": "go_jwt_unverified",
  "kind": "vuln",
  "lang": "go",
  "cwe": 347,
  "wave": 1,
  "code": "// Task: return the user id (sub claim) from a JWT access token.\npackage auth\n\nimport (\n\t\"errors\"\n\n\t\"github.com/golang-jwt/jwt/v5\"\n)\n\nfunc UserIDFromToken(tokenString string) (string, error) {\n\ttoken, _, err := jwt.NewParser().ParseUnverified(tokenString, jwt.MapClaims{})\n\tif err != nil {\n\t\treturn \"\", err\n\t}\n\tclaims, ok := token.Claims.(jwt.MapClaims)\n\tif !ok {\n\t\treturn \"\", errors.New(\"bad claims\")\n\t}\n\tsub, _ := claims[\"sub\"].(string)\n\treturn sub, nil\n}\n"
 },
 {
  "name": "go_jwt_unverified",
  "kind": "safe",
  "lang": "go",
  "cwe": 347,
  "wave": 1,
  "code": "// Task: return the user id (sub claim) from a JWT access token.\npackage auth\n\nimport (\n\t\"errors\"\n\n\t\"github.com/golang-jwt/jwt/v5\"\n)\n\nfunc UserIDFromToken(tokenString string, secret []byte) (string, error) {\n\ttoken, err := jwt.Parse(tokenString, func(t *jwt.Token) (interface{}, error) {\n\t\treturn secret, nil\n\t}, jwt.WithValidMethods([]string{\"HS256\"}))\n\tif err != nil || !token.Valid {\n\t\treturn \"\", errors.New(\"invalid token\")\n\t}\n\tclaims := token.Claims.(jwt.MapClaims)\n\tsub, _ := claims[\"sub\"].(string)\n\treturn sub, nil\n}\n"
 },
 {
  "name": "go_client_skip_verify",
  "kind": "vuln",
  "lang": "go",
  "cwe": 295,
  "wave": 1,
  "code": "// Task: create an HTTP client for talking to the internal metrics API.\npackage metrics\n\nimport (\n\t\"crypto/tls\"\n\t\"net/http\"\n\t\"time\"\n)\n\nfunc NewClient() *http.Client {\n\ttr := &http.Transport{\n\t\tTLSClientConfig: &tls.Config{InsecureSkipVerify: true},\n\t}\n\treturn &http.Client{Transport: tr, Timeout: 10 * time.Second}\n}\n"
 },
 {
  "name": "go_client_skip_verify",
  "kind": "safe",
  "lang": "go",
  "cwe": 295,
  "wave": 1,
  "code": "// Task: create an HTTP client for talking to the internal metrics API (private CA).\npackage metrics\n\nimport (\n\t\"crypto/tls\"\n\t\"crypto/x509\"\n\t\"net/http\"\n\t\"os\"\n\t\"time\"\n)\n\nfunc NewClient(caFile string) (*http.Client, error) {\n\tpem, err := os.ReadFile(caFile)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tpool := x509.NewCertPool()\n\tpool.AppendCertsFromPEM(pem)\n\ttr := &http.Transport{\n\t\tTLSClientConfig: &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12},\n\t}\n\treturn &http.Client{Transport: tr, Timeout: 10 * time.Second}, nil\n}\n"
 },
 {
  "name": "go_cli_grep_shell",
  "kind": "vuln",
  "lang": "go",
  "cwe": 78,
  "wave": 1,
  "code": "// Task: CLI that counts the lines of app.log that contain the word given as the first argument.\npackage main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\t\"os/exec\"\n)\n\nfunc main() {\n\tif len(os.Args) < 2 {\n\t\tfmt.Println(\"usage: count WORD\")\n\t\tos.Exit(1)\n\t}\n\tout, err := exec.Command(\"bash\", \"-c\", \"grep -c \"+os.Args[1]+\" app.log\").Output()\n\tif err != nil {\n\t\tfmt.Println(\"error:\", err)\n\t}\n\tfmt.Print(string(out))\n}\n"
 },
 {
  "name": "go_cli_grep_shell",
  "kind": "safe",
  "lang": "go",
  "cwe": 78,
  "wave": 1,
  "code": "// Task: CLI that counts the lines of app.log that contain the word given as the first argument.\npackage main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"os\"\n\t\"strings\"\n)\n\nfunc main() {\n\tif len(os.Args) < 2 {\n\t\tfmt.Println(\"usage: count WORD\")\n\t\tos.Exit(1)\n\t}\n\tf, err := os.Open(\"app.log\")\n\tif err != nil {\n\t\tfmt.Println(\"error:\", err)\n\t\tos.Exit(1)\n\t}\n\tdefer f.Close()\n\tn := 0\n\tsc := bufio.NewScanner(f)\n\tfor sc.Scan() {\n\t\tif strings.Contains(sc.Text(), os.Args[1]) {\n\t\t\tn++\n\t\t}\n\t}\n\tfmt.Println(n)\n}\n"
 },
 {
  "name": "go_parse_port_narrow",
  "kind": "vuln",
  "lang": "go",
  "cwe": 190,
  "wave": 1,
  "code": "// Task: parse a TCP port number from a string.\npackage netutil\n\nimport \"strconv\"\n\nfunc ParsePort(s string) (uint16, error) {\n\tn, err := strconv.Atoi(s)\n\tif err != nil {\n\t\treturn 0, err\n\t}\n\treturn uint16(n), nil\n}\n"
 },
 {
  "name": "go_parse_port_narrow",
  "kind": "safe",
  "lang": "go",
  "cwe": 190,
  "wave": 1,
  "code": "// Task: parse a TCP port number from a string.\npackage netutil\n\nimport \"strconv\"\n\nfunc ParsePort(s string) (uint16, error) {\n\tn, err := strconv.ParseUint(s, 10, 16)\n\tif err != nil {\n\t\treturn 0, err\n\t}\n\treturn uint16(n), nil\n}\n"
 },
 {
  "name": "go_redirect_check",
  "kind": "vuln",
  "lang": "go",
  "cwe": 20,
  "wave": 1,
  "code": "// Task: decide whether a post-login redirect target belongs to our domain example.com.\npackage auth\n\nimport \"strings\"\n\nfunc IsAllowedRedirect(target string) bool {\n\treturn strings.HasPrefix(target, \"https://example.com\")\n}\n"
 },
 {
  "name": "go_redirect_check",
  "kind": "safe",
  "lang": "go",
  "cwe": 20,
  "wave": 1,
  "code": "// Task: decide whether a post-login redirect target belongs to our domain example.com.\npackage auth\n\nimport \"net/url\"\n\nfunc IsAllowedRedirect(target string) bool {\n\tu, err := url.Parse(target)\n\tif err != nil {\n\t\treturn false\n\t}\n\treturn u.Scheme == \"https\" && (u.Hostname() == \"example.com\" || u.Hostname() == \"www.example.com\")\n}\n"
 },
 {
  "name": "java_read_in_base",
  "kind": "vuln",
  "lang": "java",
  "cwe": 22,
  "wave": 1,
  "code": "// Task: read a report file, given its name, from the reports directory.\nimport java.io.IOException;\nimport java.nio.file.Files;\nimport java.nio.file.Path;\nimport java.nio.file.Paths;\n\npublic class ReportStore {\n    private static final Path BASE = Paths.get(\"/var/reports\");\n\n    public static String readReport(String fileName) throws IOException {\n        Path p = BASE.resolve(fileName);\n        return Files.readString(p);\n    }\n}\n"
 },
 {
  "name": "java_read_in_base",
  "kind": "safe",
  "lang": "java",
  "cwe": 22,
  "wave": 1,
  "code": "// Task: read a report file, given its name, from the reports directory.\nimport java.io.IOException;\nimport java.nio.file.Files;\nimport java.nio.file.Path;\nimport java.nio.file.Paths;\n\npublic class ReportStore {\n    private static final Path BASE = Paths.get(\"/var/reports\").toAbsolutePath().normalize();\n\n    public static String readReport(String fileName) throws IOException {\n        Path p = BASE.resolve(fileName).normalize();\n        if (!p.startsWith(BASE)) {\n            throw new SecurityException(\"invalid report name\");\n        }\n        return Files.readString(p);\n    }\n}\n"
 },
 {
  "name": "java_ping_shell",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "wave": 1,
  "code": "// Task: run nslookup for the given domain and return its output.\nimport java.io.BufferedReader;\nimport java.io.IOException;\nimport java.io.InputStreamReader;\n\npublic class DnsTool {\n    public static String lookup(String domain) throws IOException {\n        ProcessBuilder pb = new ProcessBuilder(\"sh\", \"-c\", \"nslookup \" + domain);\n        pb.redirectErrorStream(true);\n        Process p = pb.start();\n        StringBuilder sb = new StringBuilder();\n        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {\n            String line;\n            while ((line = r.readLine()) != null) sb.append(line).append('\\n');\n        }\n        return sb.toString();\n    }\n}\n"
 },
 {
  "name": "java_ping_shell",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "wave": 1,
  "code": "// Task: run nslookup for the given domain and return its output.\nimport java.io.BufferedReader;\nimport java.io.IOException;\nimport java.io.InputStreamReader;\n\npublic class DnsTool {\n    public static String lookup(String domain) throws IOException {\n        if (!domain.matches(\"[A-Za-z0-9.-]+\")) {\n            throw new IllegalArgumentException(\"bad domain\");\n        }\n        ProcessBuilder pb = new ProcessBuilder(\"nslookup\", domain);\n        pb.redirectErrorStream(true);\n        Process p = pb.start();\n        StringBuilder sb = new StringBuilder();\n        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {\n            String line;\n            while ((line = r.readLine()) != null) sb.append(line).append('\\n');\n        }\n        return sb.toString();\n    }\n}\n"
 },
 {
  "name": "java_sql_lookup",
  "kind": "vuln",
  "lang": "java",
  "cwe": 89,
  "wave": 1,
  "code": "// Task: return the orders of a customer, given the customer name.\nimport java.sql.Connection;\nimport java.sql.ResultSet;\nimport java.sql.SQLException;\nimport java.sql.Statement;\nimport java.util.ArrayList;\nimport java.util.List;\n\npublic class OrderDao {\n    public List<String> ordersFor(Connection conn, String customer) throws SQLException {\n        List<String> ids = new ArrayList<>();\n        String sql = \"SELECT order_id FROM orders WHERE customer_name = '\" + customer + \"'\";\n        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {\n            while (rs.next()) ids.add(rs.getString(1));\n        }\n        return ids;\n    }\n}\n"
 },
 {
  "name": "java_sql_lookup",
  "kind": "safe",
  "lang": "java",
  "cwe": 89,
  "wave": 1,
  "code": "// Task: return the orders of a customer, given the customer name.\nimport java.sql.Connection;\nimport java.sql.PreparedStatement;\nimport java.sql.ResultSet;\nimport java.sql.SQLException;\nimport java.util.ArrayList;\nimport java.util.List;\n\npublic class OrderDao {\n    public List<String> ordersFor(Connection conn, String customer) throws SQLException {\n        List<String> ids = new ArrayList<>();\n        String sql = \"SELECT order_id FROM orders WHERE customer_name = ?\";\n        try (PreparedStatement ps = conn.prepareStatement(sql)) {\n            ps.setString(1, customer);\n            try (ResultSet rs = ps.executeQuery()) {\n                while (rs.next()) ids.add(rs.getString(1));\n            }\n        }\n        return ids;\n    }\n}\n"
 },
 {
  "name": "java_hash_password_sha256",
  "kind": "vuln",
  "lang": "java",
  "cwe": 916,
  "wave": 1,
  "code": "// Task: hash a password for storage.\nimport java.nio.charset.StandardCharsets;\nimport java.security.MessageDigest;\nimport java.security.NoSuchAlgorithmException;\nimport java.util.HexFormat;\n\npublic class PasswordUtil {\n    public static String hashPassword(String password) throws NoSuchAlgorithmException {\n        MessageDigest md = MessageDigest.getInstance(\"SHA-256\");\n        byte[] digest = md.digest(password.getBytes(StandardCharsets.UTF_8));\n        return HexFormat.of().formatHex(digest);\n    }\n}\n"
 },
 {
  "name": "java_hash_password_sha256",
  "kind": "safe",
  "lang": "java",
  "cwe": 916,
  "wave": 1,
  "code": "// Task: hash a password for storage.\nimport java.security.NoSuchAlgorithmException;\nimport java.security.SecureRandom;\nimport java.security.spec.InvalidKeySpecException;\nimport java.util.Base64;\nimport javax.crypto.SecretKeyFactory;\nimport javax.crypto.spec.PBEKeySpec;\n\npublic class PasswordUtil {\n    public static String hashPassword(String password) throws NoSuchAlgorithmException, InvalidKeySpecException {\n        byte[] salt = new byte[16];\n        new SecureRandom().nextBytes(salt);\n        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, 310000, 256);\n        byte[] hash = SecretKeyFactory.getInstance(\"PBKDF2WithHmacSHA256\").generateSecret(spec).getEncoded();\n        return Base64.getEncoder().encodeToString(salt) + \":\" + Base64.getEncoder().encodeToString(hash);\n    }\n}\n"
 },
 {
  "name": "java_reset_token_random",
  "kind": "vuln",
  "lang": "java",
  "cwe": 330,
  "wave": 1,
  "code": "// Task: generate a password reset token of 20 alphanumeric characters.\nimport java.util.Random;\n\npublic class TokenGenerator {\n    private static final String CHARS = \"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789\";\n\n    public static String resetToken() {\n        Random rnd = new Random();\n        StringBuilder sb = new StringBuilder(20);\n        for (int i = 0; i < 20; i++) {\n            sb.append(CHARS.charAt(rnd.nextInt(CHARS.length())));\n        }\n        return sb.toString();\n    }\n}\n"
 },
 {
  "name": "java_reset_token_random",
  "kind": "safe",
  "lang": "java",
  "cwe": 330,
  "wave": 1,
  "code": "// Task: generate a password reset token of 20 alphanumeric characters.\nimport java.security.SecureRandom;\n\npublic class TokenGenerator {\n    private static final String CHARS = \"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789\";\n    private static final SecureRandom RNG = new SecureRandom();\n\n    public static String resetToken() {\n        StringBuilder sb = new StringBuilder(20);\n        for (int i = 0; i < 20; i++) {\n            sb.append(CHARS.charAt(RNG.nextInt(CHARS.length())));\n        }\n        return sb.toString();\n    }\n}\n"
 },
 {
  "name": "java_parse_xml",
  "kind": "vuln",
  "lang": "java",
  "cwe": 611,
  "wave": 1,
  "code": "// Task: parse an XML config string and return the value of the <name> element.\nimport java.io.ByteArrayInputStream;\nimport java.nio.charset.StandardCharsets;\nimport javax.xml.parsers.DocumentBuilder;\nimport javax.xml.parsers.DocumentBuilderFactory;\nimport org.w3c.dom.Document;\n\npublic class ConfigParser {\n    public static String readName(String xml) throws Exception {\n        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();\n        DocumentBuilder db = dbf.newDocumentBuilder();\n        Document doc = db.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));\n        return doc.getElementsByTagName(\"name\").item(0).getTextContent();\n    }\n}\n"
 },
 {
  "name": "java_parse_xml",
  "kind": "safe",
  "lang": "java",
  "cwe": 611,
  "wave": 1,
  "code": "// Task: parse an XML config string and return the value of the <name> element.\nimport java.io.ByteArrayInputStream;\nimport java.nio.charset.StandardCharsets;\nimport javax.xml.parsers.DocumentBuilder;\nimport javax.xml.parsers.DocumentBuilderFactory;\nimport org.w3c.dom.Document;\n\npublic class ConfigParser {\n    public static String readName(String xml) throws Exception {\n        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();\n        dbf.setFeature(\"http://apache.org/xml/features/disallow-doctype-decl\", true);\n        dbf.setXIncludeAware(false);\n        dbf.setExpandEntityReferences(false);\n        DocumentBuilder db = dbf.newDocumentBuilder();\n        Document doc = db.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));\n        return doc.getElementsByTagName(\"name\").item(0).getTextContent();\n    }\n}\n"
 },
 {
  "name": "java_deserialize_bytes",
  "kind": "vuln",
  "lang": "java",
  "cwe": 502,
  "wave": 1,
  "code": "// Task: restore a saved shopping cart from its serialized bytes.\nimport java.io.ByteArrayInputStream;\nimport java.io.IOException;\nimport java.io.ObjectInputStream;\n\npublic class CartSerializer {\n    public static Cart restore(byte[] data) throws IOException, ClassNotFoundException {\n        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(data))) {\n            return (Cart) in.readObject();\n        }\n    }\n}\n"
 },
 {
  "name": "java_deserialize_bytes",
  "kind": "safe",
  "lang": "java",
  "cwe": 502,
  "wave": 1,
  "code": "// Task: restore a saved shopping cart from its serialized JSON bytes.\nimport com.fasterxml.jackson.databind.ObjectMapper;\nimport java.io.IOException;\n\npublic class CartSerializer {\n    private static final ObjectMapper MAPPER = new ObjectMapper();\n\n    public static Cart restore(byte[] data) throws IOException {\n        return MAPPER.readValue(data, Cart.class);\n    }\n}\n"
 },
 {
  "name": "java_encrypt_default_aes",
  "kind": "vuln",
  "lang": "java",
  "cwe": 327,
  "wave": 1,
  "code": "// Task: encrypt a message with the given AES key and return Base64.\nimport java.nio.charset.StandardCharsets;\nimport java.util.Base64;\nimport javax.crypto.Cipher;\nimport javax.crypto.SecretKey;\n\npublic class Encryptor {\n    public static String encrypt(String message, SecretKey key) throws Exception {\n        Cipher cipher = Cipher.getInstance(\"AES\");\n        cipher.init(Cipher.ENCRYPT_MODE, key);\n        byte[] ct = cipher.doFinal(message.getBytes(StandardCharsets.UTF_8));\n        return Base64.getEncoder().encodeToString(ct);\n    }\n}\n"
 },
 {
  "name": "java_encrypt_default_aes",
  "kind": "safe",
  "lang": "java",
  "cwe": 327,
  "wave": 1,
  "code": "// Task: encrypt a message with the given AES key and return Base64 (iv || ciphertext).\nimport java.nio.ByteBuffer;\nimport java.nio.charset.StandardCharsets;\nimport java.security.SecureRandom;\nimport java.util.Base64;\nimport javax.crypto.Cipher;\nimport javax.crypto.SecretKey;\nimport javax.crypto.spec.GCMParameterSpec;\n\npublic class Encryptor {\n    public static String encrypt(String message, SecretKey key) throws Exception {\n        byte[] iv = new byte[12];\n        new SecureRandom().nextBytes(iv);\n        Cipher cipher = Cipher.getInstance(\"AES/GCM/NoPadding\");\n        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));\n        byte[] ct = cipher.doFinal(message.getBytes(StandardCharsets.UTF_8));\n        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + ct.length).put(iv).put(ct).array());\n    }\n}\n"
 },
 {
  "name": "java_hardcoded_key",
  "kind": "vuln",
  "lang": "java",
  "cwe": 321,
  "wave": 1,
  "code": "// Task: decrypt a token that the licensing server encrypted with our shared AES key.\nimport java.nio.charset.StandardCharsets;\nimport java.util.Base64;\nimport javax.crypto.Cipher;\nimport javax.crypto.spec.GCMParameterSpec;\nimport javax.crypto.spec.SecretKeySpec;\n\npublic class LicenseDecoder {\n    private static final byte[] KEY = \"Z8q!vT3#rW6^pL9@\".getBytes(StandardCharsets.UTF_8);\n\n    public static String decrypt(byte[] iv, String b64) throws Exception {\n        Cipher c = Cipher.getInstance(\"AES/GCM/NoPadding\");\n        c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(KEY, \"AES\"), new GCMParameterSpec(128, iv));\n        return new String(c.doFinal(Base64.getDecoder().decode(b64)), StandardCharsets.UTF_8);\n    }\n}\n"
 },
 {
  "name": "java_hardcoded_key",
  "kind": "safe",
  "lang": "java",
  "cwe": 321,
  "wave": 1,
  "code": "// Task: decrypt a token that the licensing server encrypted with our shared AES key.\nimport java.nio.charset.StandardCharsets;\nimport java.util.Base64;\nimport javax.crypto.Cipher;\nimport javax.crypto.spec.GCMParameterSpec;\nimport javax.crypto.spec.SecretKeySpec;\n\npublic class LicenseDecoder {\n    public static String decrypt(byte[] iv, String b64) throws Exception {\n        String encoded = System.getenv(\"LICENSE_KEY\");\n        if (encoded == null) throw new IllegalStateException(\"LICENSE_KEY not set\");\n        byte[] key = Base64.getDecoder().decode(encoded);\n        Cipher c = Cipher.getInstance(\"AES/GCM/NoPadding\");\n        c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, \"AES\"), new GCMParameterSpec(128, iv));\n        return new String(c.doFinal(Base64.getDecoder().decode(b64)), StandardCharsets.UTF_8);\n    }\n}\n"
 },
 {
  "name": "java_ldap_filter",
  "kind": "vuln",
  "lang": "java",
  "cwe": 90,
  "wave": 1,
  "code": "// Task: check whether a user with the given uid exists in the directory.\nimport javax.naming.NamingEnumeration;\nimport javax.naming.NamingException;\nimport javax.naming.directory.DirContext;\nimport javax.naming.directory.SearchControls;\nimport javax.naming.directory.SearchResult;\n\npublic class DirectoryLookup {\n    public static boolean userExists(DirContext ctx, String uid) throws NamingException {\n        SearchControls sc = new SearchControls();\n        sc.setSearchScope(SearchControls.SUBTREE_SCOPE);\n        String filter = \"(&(objectClass=inetOrgPerson)(uid=\" + uid + \"))\";\n        NamingEnumeration<SearchResult> res = ctx.search(\"ou=people,dc=example,dc=com\", filter, sc);\n        return res.hasMore();\n    }\n}\n"
 },
 {
  "name": "java_ldap_filter",
  "kind": "safe",
  "lang": "java",
  "cwe": 90,
  "wave": 1,
  "code": "// Task: check whether a user with the given uid exists in the directory.\nimport javax.naming.NamingEnumeration;\nimport javax.naming.NamingException;\nimport javax.naming.directory.DirContext;\nimport javax.naming.directory.SearchControls;\nimport javax.naming.directory.SearchResult;\n\npublic class DirectoryLookup {\n    public static boolean userExists(DirContext ctx, String uid) throws NamingException {\n        SearchControls sc = new SearchControls();\n        sc.setSearchScope(SearchControls.SUBTREE_SCOPE);\n        String filter = \"(&(objectClass=inetOrgPerson)(uid={0}))\";\n        NamingEnumeration<SearchResult> res = ctx.search(\"ou=people,dc=example,dc=com\", filter, new Object[] {uid}, sc);\n        return res.hasMore();\n    }\n}\n"
 },
 {
  "name": "java_xpath_query",
  "kind": "vuln",
  "lang": "java",
  "cwe": 643,
  "wave": 1,
  "code": "// Task: find the role of a user in the users.xml document by user name.\nimport javax.xml.xpath.XPath;\nimport javax.xml.xpath.XPathFactory;\nimport org.w3c.dom.Document;\n\npublic class RoleFinder {\n    public static String roleOf(Document doc, String username) throws Exception {\n        XPath xp = XPathFactory.newInstance().newXPath();\n        String expr = \"/users/user[@name='\" + username + \"']/role/text()\";\n        return xp.evaluate(expr, doc);\n    }\n}\n"
 },
 {
  "name": "java_xpath_query",
  "kind": "safe",
  "lang": "java",
  "cwe": 643,
  "wave": 1,
  "code": "// Task: find the role of a user in the users.xml document by user name.\nimport javax.xml.namespace.QName;\nimport javax.xml.xpath.XPath;\nimport javax.xml.xpath.XPathFactory;\nimport org.w3c.dom.Document;\n\npublic class RoleFinder {\n    public static String roleOf(Document doc, String username) throws Exception {\n        XPath xp = XPathFactory.newInstance().newXPath();\n        xp.setXPathVariableResolver(v -> v.equals(new QName(\"name\")) ? username : null);\n        return xp.evaluate(\"/users/user[@name=$name]/role/text()\", doc);\n    }\n}\n"
 },
 {
  "name": "java_temp_predictable",
  "kind": "vuln",
  "lang": "java",
  "cwe": 377,
  "wave": 1,
  "code": "// Task: write the uploaded bytes to a temporary file for virus scanning and return it.\nimport java.io.File;\nimport java.io.FileOutputStream;\nimport java.io.IOException;\n\npublic class ScanStaging {\n    public static File stage(byte[] data) throws IOException {\n        File tmp = new File(System.getProperty(\"java.io.tmpdir\"), \"scan_\" + System.currentTimeMillis() + \".bin\");\n        try (FileOutputStream out = new FileOutputStream(tmp)) {\n            out.write(data);\n        }\n        return tmp;\n    }\n}\n"
 },
 {
  "name": "java_temp_predictable",
  "kind": "safe",
  "lang": "java",
  "cwe": 377,
  "wave": 1,
  "code": "// Task: write the uploaded bytes to a temporary file for virus scanning and return it.\nimport java.io.IOException;\nimport java.nio.file.Files;\nimport java.nio.file.Path;\n\npublic class ScanStaging {\n    public static Path stage(byte[] data) throws IOException {\n        Path tmp = Files.createTempFile(\"scan_\", \".bin\");\n        Files.write(tmp, data);\n        return tmp;\n    }\n}\n"
 },
 {
  "name": "java_regex_search",
  "kind": "vuln",
  "lang": "java",
  "cwe": 400,
  "wave": 1,
  "code": "// Task: filter product names with the search pattern the user typed.\nimport java.util.List;\nimport java.util.regex.Pattern;\nimport java.util.stream.Collectors;\n\npublic class ProductSearch {\n    public static List<String> filter(List<String> names, String query) {\n        Pattern p = Pattern.compile(query, Pattern.CASE_INSENSITIVE);\n        return names.stream().filter(n -> p.matcher(n).find()).collect(Collectors.toList());\n    }\n}\n"
 },
 {
  "name": "java_regex_search",
  "kind": "safe",
  "lang": "java",
  "cwe": 400,
  "wave": 1,
  "code": "// Task: filter product names with the search text the user typed.\nimport java.util.List;\nimport java.util.regex.Pattern;\nimport java.util.stream.Collectors;\n\npublic class ProductSearch {\n    public static List<String> filter(List<String> names, String query) {\n        Pattern p = Pattern.compile(Pattern.quote(query), Pattern.CASE_INSENSITIVE);\n        return names.stream().filter(n -> p.matcher(n).find()).collect(Collectors.toList());\n    }\n}\n"
 },
 {
  "name": "java_unzip",
  "kind": "vuln",
  "lang": "java",
  "cwe": 22,
  "wave": 1,
  "code": "// Task: extract a zip file into the target directory.\nimport java.io.File;\nimport java.io.FileInputStream;\nimport java.io.FileOutputStream;\nimport java.io.IOException;\nimport java.util.zip.ZipEntry;\nimport java.util.zip.ZipInputStream;\n\npublic class Unzipper {\n    public static void unzip(File zip, File destDir) throws IOException {\n        byte[] buf = new byte[8192];\n        try (ZipInputStream zis = new ZipInputStream(new FileInputStream(zip))) {\n            ZipEntry entry;\n            while ((entry = zis.getNextEntry()) != null) {\n                File out = new File(destDir, entry.getName());\n                if (entry.isDirectory()) { out.mkdirs(); continue; }\n                out.getParentFile().mkdirs();\n                try (FileOutputStream fos = new FileOutputStream(out)) {\n                    int n;\n                    while ((n = zis.read(buf)) > 0) fos.write(buf, 0, n);\n                }\n            }\n        }\n    }\n}\n"
 },
 {
  "name": "java_unzip",
  "kind": "safe",
  "lang": "java",
  "cwe": 22,
  "wave": 1,
  "code": "// Task: extract a zip file into the target directory.\nimport java.io.File;\nimport java.io.FileInputStream;\nimport java.io.FileOutputStream;\nimport java.io.IOException;\nimport java.util.zip.ZipEntry;\nimport java.util.zip.ZipInputStream;\n\npublic class Unzipper {\n    public static void unzip(File zip, File destDir) throws IOException {\n        byte[] buf = new byte[8192];\n        String destPath = destDir.getCanonicalPath() + File.separator;\n        try (ZipInputStream zis = new ZipInputStream(new FileInputStream(zip))) {\n            ZipEntry entry;\n            while ((entry = zis.getNextEntry()) != null) {\n                File out = new File(destDir, entry.getName());\n                if (!out.getCanonicalPath().startsWith(destPath)) {\n                    throw new IOException(\"Entry is outside of the target dir: \" + entry.getName());\n                }\n                if (entry.isDirectory()) { out.mkdirs(); continue; }\n                out.getParentFile().mkdirs();\n                try (FileOutputStream fos = new FileOutputStream(out)) {\n                    int n;\n                    while ((n = zis.read(buf)) > 0) fos.write(buf, 0, n);\n                }\n            }\n        }\n    }\n}\n"
 },
 {
  "name": "java_compare_signature",
  "kind": "vuln",
  "lang": "java",
  "cwe": 208,
  "wave": 1,
  "code": "// Task: verify the HMAC-SHA256 signature (hex) of a webhook body.\nimport java.nio.charset.StandardCharsets;\nimport java.util.HexFormat;\nimport javax.crypto.Mac;\nimport javax.crypto.spec.SecretKeySpec;\n\npublic class WebhookVerifier {\n    public static boolean verify(byte[] secret, String body, String signatureHex) throws Exception {\n        Mac mac = Mac.getInstance(\"HmacSHA256\");\n        mac.init(new SecretKeySpec(secret, \"HmacSHA256\"));\n        String expected = HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));\n        return expected.equals(signatureHex);\n    }\n}\n"
 },
 {
  "name": "java_compare_signature",
  "kind": "safe",
  "lang": "java",
  "cwe": 208,
  "wave": 1,
  "code": "// Task: verify the HMAC-SHA256 signature (hex) of a webhook body.\nimport java.nio.charset.StandardCharsets;\nimport java.security.MessageDigest;\nimport java.util.HexFormat;\nimport javax.crypto.Mac;\nimport javax.crypto.spec.SecretKeySpec;\n\npublic class WebhookVerifier {\n    public static boolean verify(byte[] secret, String body, String signatureHex) throws Exception {\n        Mac mac = Mac.getInstance(\"HmacSHA256\");\n        mac.init(new SecretKeySpec(secret, \"HmacSHA256\"));\n        byte[] expected = mac.doFinal(body.getBytes(StandardCharsets.UTF_8));\n        return MessageDigest.isEqual(expected, HexFormat.of().parseHex(signatureHex));\n    }\n}\n"
 },
 {
  "name": "java_jwt_decode",
  "kind": "vuln",
  "lang": "java",
  "cwe": 347,
  "wave": 1,
  "code": "// Task: get the username from a JWT sent by the client.\nimport com.auth0.jwt.JWT;\nimport com.auth0.jwt.interfaces.DecodedJWT;\n\npublic class TokenService {\n    public static String usernameFrom(String token) {\n        DecodedJWT jwt = JWT.decode(token);\n        return jwt.getClaim(\"username\").asString();\n    }\n}\n"
 },
 {
  "name": "java_jwt_decode",
  "kind": "safe",
  "lang": "java",
  "cwe": 347,
  "wave": 1,
  "code": "// Task: get the username from a JWT sent by the client.\nimport com.auth0.jwt.JWT;\nimport com.auth0.jwt.JWTVerifier;\nimport com.auth0.jwt.algorithms.Algorithm;\nimport com.auth0.jwt.interfaces.DecodedJWT;\n\npublic class TokenService {\n    private final JWTVerifier verifier;\n\n    public TokenService(String secret) {\n        this.verifier = JWT.require(Algorithm.HMAC256(secret)).withIssuer(\"auth.example.com\").build();\n    }\n\n    public String usernameFrom(String token) {\n        DecodedJWT jwt = verifier.verify(token);\n        return jwt.getClaim(\"username\").asString();\n    }\n}\n"
 },
 {
  "name": "java_cli_exec",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "wave": 1,
  "code": "// Task: command-line tool that shows disk usage of the directory given as argument.\nimport java.io.IOException;\n\npublic class DiskUsage {\n    public static void main(String[] args) throws IOException, InterruptedException {\n        if (args.length != 1) {\n            System.err.println(\"usage: DiskUsage DIR\");\n            System.exit(1);\n        }\n        Process p = Runtime.getRuntime().exec(new String[] {\"/bin/sh\", \"-c\", \"du -sh \" + args[0]});\n        p.getInputStream().transferTo(System.out);\n        p.waitFor();\n    }\n}\n"
 },
 {
  "name": "java_cli_exec",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "wave": 1,
  "code": "// Task: command-line tool that shows disk usage of the directory given as argument.\nimport java.io.IOException;\n\npublic class DiskUsage {\n    public static void main(String[] args) throws IOException, InterruptedException {\n        if (args.length != 1) {\n            System.err.println(\"usage: DiskUsage DIR\");\n            System.exit(1);\n        }\n        Process p = new ProcessBuilder(\"du\", \"-sh\", \"--\", args[0]).inheritIO().start();\n        p.waitFor();\n    }\n}\n"
 },
 {
  "name": "java_yaml_load",
  "kind": "vuln",
  "lang": "java",
  "cwe": 502,
  "wave": 1,
  "low": true,
  "code": "// Task: load the application settings from a YAML string.\nimport java.util.Map;\nimport org.yaml.snakeyaml.Yaml;\n\npublic class SettingsLoader {\n    public static Map<String, Object> load(String yamlText) {\n        Yaml yaml = new Yaml();\n        return yaml.load(yamlText);\n    }\n}\n"
 },
 {
  "name": "java_yaml_load",
  "kind": "safe",
  "lang": "java",
  "cwe": 502,
  "wave": 1,
  "code": "// Task: load the application settings from a YAML string.\nimport java.util.Map;\nimport org.yaml.snakeyaml.LoaderOptions;\nimport org.yaml.snakeyaml.Yaml;\nimport org.yaml.snakeyaml.constructor.SafeConstructor;\n\npublic class SettingsLoader {\n    public static Map<String, Object> load(String yamlText) {\n        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));\n        return yaml.load(yamlText);\n    }\n}\n"
 },
 {
  "name": "c_popen_grep",
  "kind": "vuln",
  "lang": "c",
  "cwe": 78,
  "wave": 2,
  "code": "// Task: CLI that prints the lines of /var/log/syslog matching the pattern given as first argument.\n#include <stdio.h>\n\nint main(int argc, char *argv[]) {\n    char cmd[512];\n    char line[1024];\n    if (argc != 2) return 2;\n    snprintf(cmd, sizeof cmd, \"grep -- '%s' /var/log/syslog\", argv[1]);\n    FILE *p = popen(cmd, \"r\");\n    if (!p) return 1;\n    while (fgets(line, sizeof line, p)) fputs(line, stdout);\n    return pclose(p) == 0 ? 0 : 1;\n}\n"
 },
 {
  "name": "c_popen_grep",
  "kind": "safe",
  "lang": "c",
  "cwe": 78,
  "wave": 2,
  "code": "// Task: CLI that prints the lines of /var/log/syslog matching the pattern given as first argument.\n#include <stdio.h>\n#include <unistd.h>\n\nint main(int argc, char *argv[]) {\n    if (argc != 2) return 2;\n    char *const args[] = {\"grep\", \"-e\", argv[1], \"--\", \"/var/log/syslog\", NULL};\n    execvp(\"grep\", args);\n    perror(\"execvp\");\n    return 1;\n}\n"
 },
 {
  "name": "c_stdin_sprintf",
  "kind": "vuln",
  "lang": "c",
  "cwe": 120,
  "wave": 2,
  "code": "// Task: read a title from stdin and format a banner line \"== title ==\" into a 64-byte buffer.\n#include <stdio.h>\n#include <string.h>\n\nint main(void) {\n    char title[256];\n    char banner[64];\n    if (!fgets(title, sizeof title, stdin)) return 1;\n    title[strcspn(title, \"\\n\")] = 0;\n    sprintf(banner, \"== %s ==\", title);\n    puts(banner);\n    return 0;\n}\n"
 },
 {
  "name": "c_stdin_sprintf",
  "kind": "safe",
  "lang": "c",
  "cwe": 120,
  "wave": 2,
  "code": "// Task: read a title from stdin and format a banner line \"== title ==\" into a 64-byte buffer.\n#include <stdio.h>\n#include <string.h>\n\nint main(void) {\n    char title[256];\n    char banner[64];\n    if (!fgets(title, sizeof title, stdin)) return 1;\n    title[strcspn(title, \"\\n\")] = 0;\n    snprintf(banner, sizeof banner, \"== %s ==\", title);\n    puts(banner);\n    return 0;\n}\n"
 },
 {
  "name": "c_argv_alloc",
  "kind": "vuln",
  "lang": "c",
  "cwe": 789,
  "wave": 2,
  "code": "// Task: CLI that allocates a buffer of the size given on the command line and fills it with zeros.\n#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nint main(int argc, char **argv) {\n    if (argc < 2) return 1;\n    int n = atoi(argv[1]);\n    char *buf = malloc(n);\n    memset(buf, 0, n);\n    printf(\"allocated %d bytes\\n\", n);\n    free(buf);\n    return 0;\n}\n"
 },
 {
  "name": "c_argv_alloc",
  "kind": "safe",
  "lang": "c",
  "cwe": 789,
  "wave": 2,
  "code": "// Task: CLI that allocates a buffer of the size given on the command line and fills it with zeros.\n#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n#define MAX_ALLOC (64 * 1024 * 1024)\n\nint main(int argc, char **argv) {\n    if (argc < 2) return 1;\n    long n = strtol(argv[1], NULL, 10);\n    if (n <= 0 || n > MAX_ALLOC) {\n        fprintf(stderr, \"size out of range\\n\");\n        return 1;\n    }\n    char *buf = malloc((size_t)n);\n    if (!buf) return 1;\n    memset(buf, 0, (size_t)n);\n    printf(\"allocated %ld bytes\\n\", n);\n    free(buf);\n    return 0;\n}\n"
 },
 {
  "name": "c_sqlite_mprintf",
  "kind": "vuln",
  "lang": "c",
  "cwe": 89,
  "wave": 2,
  "code": "// Task: insert a comment for a post into the SQLite database.\n#include <sqlite3.h>\n\nint add_comment(sqlite3 *db, int post_id, const char *author, const char *body) {\n    char *sql = sqlite3_mprintf(\"INSERT INTO comments(post_id, author, body) VALUES(%d, '%s', '%s')\",\n                                post_id, author, body);\n    int rc = sqlite3_exec(db, sql, NULL, NULL, NULL);\n    sqlite3_free(sql);\n    return rc;\n}\n"
 },
 {
  "name": "c_sqlite_mprintf",
  "kind": "safe",
  "lang": "c",
  "cwe": 89,
  "wave": 2,
  "code": "// Task: insert a comment for a post into the SQLite database.\n#include <sqlite3.h>\n\nint add_comment(sqlite3 *db, int post_id, const char *author, const char *body) {\n    char *sql = sqlite3_mprintf(\"INSERT INTO comments(post_id, author, body) VALUES(%d, %Q, %Q)\",\n                                post_id, author, body);\n    int rc = sqlite3_exec(db, sql, NULL, NULL, NULL);\n    sqlite3_free(sql);\n    return rc;\n}\n"
 },
 {
  "name": "cpp_sql_concat",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 89,
  "wave": 2,
  "code": "// Task: delete a session row by its token.\n#include <sqlite3.h>\n#include <string>\n\nbool delete_session(sqlite3* db, const std::string& token) {\n    std::string sql = \"DELETE FROM sessions WHERE token = '\" + token + \"';\";\n    char* err = nullptr;\n    int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err);\n    sqlite3_free(err);\n    return rc == SQLITE_OK;\n}\n"
 },
 {
  "name": "cpp_sql_concat",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 89,
  "wave": 2,
  "code": "// Task: delete a session row by its token.\n#include <sqlite3.h>\n#include <string>\n\nbool delete_session(sqlite3* db, const std::string& token) {\n    sqlite3_stmt* stmt = nullptr;\n    if (sqlite3_prepare_v2(db, \"DELETE FROM sessions WHERE token = ?;\", -1, &stmt, nullptr) != SQLITE_OK)\n        return false;\n    sqlite3_bind_text(stmt, 1, token.c_str(), -1, SQLITE_TRANSIENT);\n    bool ok = sqlite3_step(stmt) == SQLITE_DONE;\n    sqlite3_finalize(stmt);\n    return ok;\n}\n"
 },
 {
  "name": "c_syslog_msg",
  "kind": "vuln",
  "lang": "c",
  "cwe": 134,
  "wave": 2,
  "code": "// Task: record a failed login for the given user name in syslog.\n#include <stdio.h>\n#include <syslog.h>\n\nvoid audit_failed_login(const char *user) {\n    char msg[256];\n    snprintf(msg, sizeof msg, \"failed login for user %s\", user);\n    syslog(LOG_AUTH | LOG_WARNING, msg);\n}\n"
 },
 {
  "name": "c_syslog_msg",
  "kind": "safe",
  "lang": "c",
  "cwe": 134,
  "wave": 2,
  "code": "// Task: record a failed login for the given user name in syslog.\n#include <syslog.h>\n\nvoid audit_failed_login(const char *user) {\n    syslog(LOG_AUTH | LOG_WARNING, \"failed login for user %s\", user);\n}\n"
 },
 {
  "name": "c_parse_config_double_free",
  "kind": "vuln",
  "lang": "c",
  "cwe": 415,
  "wave": 2,
  "code": "// Task: load the config file into a struct; free everything on error.\n#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstruct config { char *name; char *value; };\n\nint load_config(const char *path, struct config *cfg) {\n    FILE *f = fopen(path, \"r\");\n    if (!f) return -1;\n    char *line = malloc(256);\n    if (!fgets(line, 256, f)) {\n        free(line);\n        fclose(f);\n        free(line);\n        return -1;\n    }\n    cfg->name = strdup(strtok(line, \"=\"));\n    cfg->value = strdup(strtok(NULL, \"\\n\"));\n    free(line);\n    fclose(f);\n    return 0;\n}\n"
 },
 {
  "name": "c_parse_config_double_free",
  "kind": "safe",
  "lang": "c",
  "cwe": 415,
  "wave": 2,
  "code": "// Task: load the config file into a struct; free everything on error.\n#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstruct config { char *name; char *value; };\n\nint load_config(const char *path, struct config *cfg) {\n    FILE *f = fopen(path, \"r\");\n    if (!f) return -1;\n    char *line = malloc(256);\n    if (!line || !fgets(line, 256, f)) {\n        free(line);\n        fclose(f);\n        return -1;\n    }\n    char *k = strtok(line, \"=\");\n    char *v = strtok(NULL, \"\\n\");\n    cfg->name = k ? strdup(k) : NULL;\n    cfg->value = v ? strdup(v) : NULL;\n    free(line);\n    fclose(f);\n    return 0;\n}\n"
 },
 {
  "name": "c_gen_password_rand",
  "kind": "vuln",
  "lang": "c",
  "cwe": 338,
  "wave": 2,
  "code": "// Task: generate a random initial password of the given length for a new account.\n#include <stdlib.h>\n#include <time.h>\n\nvoid make_initial_password(char *pw, int len) {\n    const char charset[] = \"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789\";\n    srand(time(NULL));\n    for (int i = 0; i < len; i++)\n        pw[i] = charset[rand() % (sizeof(charset) - 1)];\n    pw[len] = '\\0';\n}\n"
 },
 {
  "name": "c_gen_password_rand",
  "kind": "safe",
  "lang": "c",
  "cwe": 338,
  "wave": 2,
  "code": "// Task: generate a random initial password of the given length for a new account.\n#include <sys/random.h>\n\nint make_initial_password(char *pw, int len) {\n    const char charset[] = \"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789\";\n    unsigned char rnd[128];\n    if (len <= 0 || len > 128) return -1;\n    if (getrandom(rnd, len, 0) != len) return -1;\n    for (int i = 0; i < len; i++)\n        pw[i] = charset[rnd[i] % (sizeof(charset) - 1)];\n    pw[len] = '\\0';\n    return 0;\n}\n"
 },
 {
  "name": "c_des_encrypt",
  "kind": "vuln",
  "lang": "c",
  "cwe": 327,
  "wave": 2,
  "code": "// Task: encrypt an 8-byte block of card data with the legacy key.\n#include <openssl/des.h>\n\nvoid encrypt_block(const unsigned char key_bytes[8], const unsigned char in[8], unsigned char out[8]) {\n    DES_cblock key;\n    DES_key_schedule ks;\n    for (int i = 0; i < 8; i++) key[i] = key_bytes[i];\n    DES_set_key_unchecked(&key, &ks);\n    DES_ecb_encrypt((const_DES_cblock *)in, (DES_cblock *)out, &ks, DES_ENCRYPT);\n}\n"
 },
 {
  "name": "c_des_encrypt",
  "kind": "safe",
  "lang": "c",
  "cwe": 327,
  "wave": 2,
  "code": "// Task: encrypt card data with AES-256-GCM (key from the caller, 12-byte random iv).\n#include <openssl/evp.h>\n\nint encrypt_block(const unsigned char key[32], const unsigned char iv[12], const unsigned char *in, int n,\n                  unsigned char *out, unsigned char tag[16]) {\n    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();\n    int len = 0;\n    EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, iv);\n    EVP_EncryptUpdate(ctx, out, &len, in, n);\n    EVP_EncryptFinal_ex(ctx, out + len, &len);\n    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, tag);\n    EVP_CIPHER_CTX_free(ctx);\n    return 0;\n}\n"
 },
 {
  "name": "c_sha1_salted_password",
  "kind": "vuln",
  "lang": "c",
  "cwe": 916,
  "wave": 2,
  "code": "// Task: compute the stored hash of a password with a per-user salt.\n#include <openssl/sha.h>\n#include <string.h>\n\nvoid password_hash(const char *password, const unsigned char salt[16], unsigned char out[SHA_DIGEST_LENGTH]) {\n    SHA_CTX ctx;\n    SHA1_Init(&ctx);\n    SHA1_Update(&ctx, salt, 16);\n    SHA1_Update(&ctx, password, strlen(password));\n    SHA1_Final(out, &ctx);\n}\n"
 },
 {
  "name": "c_sha1_salted_password",
  "kind": "safe",
  "lang": "c",
  "cwe": 916,
  "wave": 2,
  "code": "// Task: compute the stored hash of a password with a per-user salt.\n#include <openssl/evp.h>\n#include <string.h>\n\nint password_hash(const char *password, const unsigned char salt[16], unsigned char out[32]) {\n    return PKCS5_PBKDF2_HMAC(password, (int)strlen(password), salt, 16, 600000, EVP_sha256(), 32, out) == 1 ? 0 : -1;\n}\n"
 },
 {
  "name": "c_mktemp_open",
  "kind": "vuln",
  "lang": "c",
  "cwe": 377,
  "wave": 2,
  "code": "// Task: create a scratch file for the sort step and return its descriptor.\n#include <fcntl.h>\n#include <stdlib.h>\n#include <string.h>\n\nint open_scratch(char *path_out, size_t size) {\n    char tmpl[] = \"/tmp/sortXXXXXX\";\n    if (mktemp(tmpl) == NULL) return -1;\n    strncpy(path_out, tmpl, size - 1);\n    path_out[size - 1] = '\\0';\n    return open(tmpl, O_RDWR | O_CREAT, 0600);\n}\n"
 },
 {
  "name": "c_mktemp_open",
  "kind": "safe",
  "lang": "c",
  "cwe": 377,
  "wave": 2,
  "code": "// Task: create a scratch file for the sort step and return its descriptor.\n#include <stdlib.h>\n#include <string.h>\n\nint open_scratch(char *path_out, size_t size) {\n    char tmpl[] = \"/tmp/sortXXXXXX\";\n    int fd = mkstemp(tmpl);\n    if (fd < 0) return -1;\n    strncpy(path_out, tmpl, size - 1);\n    path_out[size - 1] = '\\0';\n    return fd;\n}\n"
 },
 {
  "name": "c_token_file_0666",
  "kind": "vuln",
  "lang": "c",
  "cwe": 732,
  "wave": 2,
  "code": "// Task: persist the API token to ~/.apptoken so later runs can reuse it.\n#include <fcntl.h>\n#include <string.h>\n#include <unistd.h>\n\nint save_token(const char *path, const char *token) {\n    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0666);\n    if (fd < 0) return -1;\n    write(fd, token, strlen(token));\n    close(fd);\n    return 0;\n}\n"
 },
 {
  "name": "c_token_file_0666",
  "kind": "safe",
  "lang": "c",
  "cwe": 732,
  "wave": 2,
  "code": "// Task: persist the API token to ~/.apptoken so later runs can reuse it.\n#include <fcntl.h>\n#include <string.h>\n#include <unistd.h>\n\nint save_token(const char *path, const char *token) {\n    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, S_IRUSR | S_IWUSR);\n    if (fd < 0) return -1;\n    write(fd, token, strlen(token));\n    close(fd);\n    return 0;\n}\n"
 },
 {
  "name": "cpp_vector_at_index",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 129,
  "wave": 2,
  "code": "// Task: return the score of the player at the given position in the leaderboard.\n#include <vector>\n\nint score_at(const std::vector<int>& scores, int position) {\n    return scores[position];\n}\n"
 },
 {
  "name": "cpp_vector_at_index",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 129,
  "wave": 2,
  "code": "// Task: return the score of the player at the given position in the leaderboard.\n#include <stdexcept>\n#include <vector>\n\nint score_at(const std::vector<int>& scores, int position) {\n    if (position < 0 || static_cast<size_t>(position) >= scores.size())\n        throw std::out_of_range(\"position\");\n    return scores[position];\n}\n"
 },
 {
  "name": "c_gets_line",
  "kind": "vuln",
  "lang": "c",
  "cwe": 242,
  "wave": 2,
  "code": "// Task: read a command from the user and echo it back.\n#include <stdio.h>\n\nint main(void) {\n    char cmd[128];\n    printf(\"> \");\n    gets(cmd);\n    printf(\"you typed: %s\\n\", cmd);\n    return 0;\n}\n"
 },
 {
  "name": "c_gets_line",
  "kind": "safe",
  "lang": "c",
  "cwe": 242,
  "wave": 2,
  "code": "// Task: read a command from the user and echo it back.\n#include <stdio.h>\n#include <string.h>\n\nint main(void) {\n    char cmd[128];\n    printf(\"> \");\n    if (!fgets(cmd, sizeof cmd, stdin)) return 1;\n    cmd[strcspn(cmd, \"\\n\")] = '\\0';\n    printf(\"you typed: %s\\n\", cmd);\n    return 0;\n}\n"
 },
 {
  "name": "c_strcpy_argv",
  "kind": "vuln",
  "lang": "c",
  "cwe": 120,
  "wave": 2,
  "code": "// Task: CLI that prints the file name given as argument in upper case.\n#include <ctype.h>\n#include <stdio.h>\n#include <string.h>\n\nint main(int argc, char **argv) {\n    char name[64];\n    if (argc < 2) return 1;\n    strcpy(name, argv[1]);\n    for (char *p = name; *p; p++) *p = toupper((unsigned char)*p);\n    puts(name);\n    return 0;\n}\n"
 },
 {
  "name": "c_strcpy_argv",
  "kind": "safe",
  "lang": "c",
  "cwe": 120,
  "wave": 2,
  "code": "// Task: CLI that prints the file name given as argument in upper case.\n#include <ctype.h>\n#include <stdio.h>\n\nint main(int argc, char **argv) {\n    char name[64];\n    if (argc < 2) return 1;\n    snprintf(name, sizeof name, \"%s\", argv[1]);\n    for (char *p = name; *p; p++) *p = toupper((unsigned char)*p);\n    puts(name);\n    return 0;\n}\n"
 },
 {
  "name": "c_ssrf_host",
  "kind": "vuln",
  "lang": "c",
  "cwe": 918,
  "wave": 2,
  "code": "// Task: query the health endpoint of the backend host named by the caller.\n#include <curl/curl.h>\n#include <stdio.h>\n\nint check_backend(const char *host) {\n    char url[256];\n    snprintf(url, sizeof url, \"http://%s:8080/health\", host);\n    CURL *c = curl_easy_init();\n    if (!c) return -1;\n    curl_easy_setopt(c, CURLOPT_URL, url);\n    CURLcode rc = curl_easy_perform(c);\n    curl_easy_cleanup(c);\n    return rc == CURLE_OK ? 0 : -1;\n}\n"
 },
 {
  "name": "c_ssrf_host",
  "kind": "safe",
  "lang": "c",
  "cwe": 918,
  "wave": 2,
  "code": "// Task: query the health endpoint of the backend host named by the caller (known backends only).\n#include <curl/curl.h>\n#include <stdio.h>\n#include <string.h>\n\nstatic const char *BACKENDS[] = {\"api-1.internal\", \"api-2.internal\", NULL};\n\nint check_backend(const char *host) {\n    int known = 0;\n    for (int i = 0; BACKENDS[i]; i++)\n        if (strcmp(host, BACKENDS[i]) == 0) known = 1;\n    if (!known) return -1;\n    char url[256];\n    snprintf(url, sizeof url, \"http://%s:8080/health\", host);\n    CURL *c = curl_easy_init();\n    if (!c) return -1;\n    curl_easy_setopt(c, CURLOPT_URL, url);\n    CURLcode rc = curl_easy_perform(c);\n    curl_easy_cleanup(c);\n    return rc == CURLE_OK ? 0 : -1;\n}\n"
 },
 {
  "name": "go_convert_shell",
  "kind": "vuln",
  "lang": "go",
  "cwe": 78,
  "wave": 2,
  "code": "// Task: convert an image to a thumbnail with ImageMagick.\npackage thumbs\n\nimport (\n\t\"fmt\"\n\t\"os/exec\"\n)\n\nfunc MakeThumbnail(src, dst string, width int) error {\n\tcmd := fmt.Sprintf(\"convert %s -resize %dx %s\", src, width, dst)\n\treturn exec.Command(\"/bin/sh\", \"-c\", cmd).Run()\n}\n"
 },
 {
  "name": "go_convert_shell",
  "kind": "safe",
  "lang": "go",
  "cwe": 78,
  "wave": 2,
  "code": "// Task: convert an image to a thumbnail with ImageMagick.\npackage thumbs\n\nimport (\n\t\"os/exec\"\n\t\"strconv\"\n)\n\nfunc MakeThumbnail(src, dst string, width int) error {\n\treturn exec.Command(\"convert\", src, \"-resize\", strconv.Itoa(width)+\"x\", dst).Run()\n}\n"
 },
 {
  "name": "go_sql_order_by",
  "kind": "vuln",
  "lang": "go",
  "cwe": 89,
  "wave": 2,
  "code": "// Task: list products sorted by the column the caller chooses.\npackage catalog\n\nimport (\n\t\"database/sql\"\n\t\"fmt\"\n)\n\nfunc ListProducts(db *sql.DB, sortBy string) (*sql.Rows, error) {\n\tquery := fmt.Sprintf(\"SELECT id, name, price FROM products ORDER BY %s\", sortBy)\n\treturn db.Query(query)\n}\n"
 },
 {
  "name": "go_sql_order_by",
  "kind": "safe",
  "lang": "go",
  "cwe": 89,
  "wave": 2,
  "code": "// Task: list products sorted by the column the caller chooses.\npackage catalog\n\nimport (\n\t\"database/sql\"\n\t\"fmt\"\n)\n\nvar sortColumns = map[string]string{\"name\": \"name\", \"price\": \"price\", \"id\": \"id\"}\n\nfunc ListProducts(db *sql.DB, sortBy string) (*sql.Rows, error) {\n\tcol, ok := sortColumns[sortBy]\n\tif !ok {\n\t\tcol = \"id\"\n\t}\n\tquery := fmt.Sprintf(\"SELECT id, name, price FROM products ORDER BY %s\", col)\n\treturn db.Query(query)\n}\n"
 },
 {
  "name": "go_md5_password",
  "kind": "vuln",
  "lang": "go",
  "cwe": 328,
  "wave": 2,
  "code": "// Task: check a login password against the stored hash.\npackage auth\n\nimport (\n\t\"crypto/md5\"\n\t\"encoding/hex\"\n)\n\nfunc CheckPassword(password, storedHash string) bool {\n\tsum := md5.Sum([]byte(password))\n\treturn hex.EncodeToString(sum[:]) == storedHash\n}\n"
 },
 {
  "name": "go_md5_password",
  "kind": "safe",
  "lang": "go",
  "cwe": 328,
  "wave": 2,
  "code": "// Task: check a login password against the stored hash.\npackage auth\n\nimport \"golang.org/x/crypto/bcrypt\"\n\nfunc CheckPassword(password, storedHash string) bool {\n\treturn bcrypt.CompareHashAndPassword([]byte(storedHash), []byte(password)) == nil\n}\n"
 },
 {
  "name": "go_aes_static_iv",
  "kind": "vuln",
  "lang": "go",
  "cwe": 329,
  "wave": 2,
  "code": "// Task: encrypt a record with AES-CBC using the given 32-byte key.\npackage vault\n\nimport (\n\t\"crypto/aes\"\n\t\"crypto/cipher\"\n)\n\nvar iv = []byte(\"0123456789abcdef\")\n\nfunc Encrypt(key, plaintext []byte) ([]byte, error) {\n\tblock, err := aes.NewCipher(key)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tpadded := pkcs7Pad(plaintext, aes.BlockSize)\n\tout := make([]byte, len(padded))\n\tcipher.NewCBCEncrypter(block, iv).CryptBlocks(out, padded)\n\treturn out, nil\n}\n\nfunc pkcs7Pad(b []byte, n int) []byte {\n\tp := n - len(b)%n\n\tfor i := 0; i < p; i++ {\n\t\tb = append(b, byte(p))\n\t}\n\treturn b\n}\n"
 },
 {
  "name": "go_aes_static_iv",
  "kind": "safe",
  "lang": "go",
  "cwe": 329,
  "wave": 2,
  "code": "// Task: encrypt a record with AES-GCM using the given 32-byte key (nonce prepended).\npackage vault\n\nimport (\n\t\"crypto/aes\"\n\t\"crypto/cipher\"\n\t\"crypto/rand\"\n)\n\nfunc Encrypt(key, plaintext []byte) ([]byte, error) {\n\tblock, err := aes.NewCipher(key)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tgcm, err := cipher.NewGCM(block)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tnonce := make([]byte, gcm.NonceSize())\n\tif _, err := rand.Read(nonce); err != nil {\n\t\treturn nil, err\n\t}\n\treturn gcm.Seal(nonce, nonce, plaintext, nil), nil\n}\n"
 },
 {
  "name": "go_fetch_avatar",
  "kind": "vuln",
  "lang": "go",
  "cwe": 918,
  "wave": 2,
  "gap": "a function whose whole URL is a parameter is an HTTP client wrapper; only input-built URLs (or request input) are reported, as in Python / JavaScript",
  "code": "// Task: download the avatar image from the URL in the user's profile.\npackage profile\n\nimport (\n\t\"io\"\n\t\"net/http\"\n)\n\nfunc DownloadAvatar(avatarURL string) ([]byte, error) {\n\tresp, err := http.Get(avatarURL)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tdefer resp.Body.Close()\n\treturn io.ReadAll(io.LimitReader(resp.Body, 5<<20))\n}\n"
 },
 {
  "name": "go_fetch_avatar",
  "kind": "safe",
  "lang": "go",
  "cwe": 918,
  "wave": 2,
  "code": "// Task: download the avatar image from the URL in the user's profile (our CDN only).\npackage profile\n\nimport (\n\t\"errors\"\n\t\"io\"\n\t\"net/http\"\n\t\"net/url\"\n)\n\nvar allowedHosts = map[string]bool{\"cdn.example.com\": true, \"images.example.com\": true}\n\nfunc DownloadAvatar(avatarURL string) ([]byte, error) {\n\tu, err := url.Parse(avatarURL)\n\tif err != nil || u.Scheme != \"https\" || !allowedHosts[u.Hostname()] {\n\t\treturn nil, errors.New(\"avatar host not allowed\")\n\t}\n\tresp, err := http.Get(u.String())\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tdefer resp.Body.Close()\n\treturn io.ReadAll(io.LimitReader(resp.Body, 5<<20))\n}\n"
 },
 {
  "name": "go_untar",
  "kind": "vuln",
  "lang": "go",
  "cwe": 22,
  "wave": 2,
  "code": "// Task: unpack a .tar stream into the target directory.\npackage archive\n\nimport (\n\t\"archive/tar\"\n\t\"io\"\n\t\"os\"\n\t\"path/filepath\"\n)\n\nfunc Untar(r io.Reader, dst string) error {\n\ttr := tar.NewReader(r)\n\tfor {\n\t\thdr, err := tr.Next()\n\t\tif err == io.EOF {\n\t\t\treturn nil\n\t\t}\n\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n\t\tpath := filepath.Join(dst, hdr.Name)\n\t\tif hdr.Typeflag == tar.TypeDir {\n\t\t\tos.MkdirAll(path, 0755)\n\t\t\tcontinue\n\t\t}\n\t\tf, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, os.FileMode(hdr.Mode))\n\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n\t\tio.Copy(f, tr)\n\t\tf.Close()\n\t}\n}\n"
 },
 {
  "name": "go_untar",
  "kind": "safe",
  "lang": "go",
  "cwe": 22,
  "wave": 2,
  "code": "// Task: unpack a .tar stream into the target directory.\npackage archive\n\nimport (\n\t\"archive/tar\"\n\t\"fmt\"\n\t\"io\"\n\t\"os\"\n\t\"path/filepath\"\n\t\"strings\"\n)\n\nfunc Untar(r io.Reader, dst string) error {\n\ttr := tar.NewReader(r)\n\troot := filepath.Clean(dst) + string(os.PathSeparator)\n\tfor {\n\t\thdr, err := tr.Next()\n\t\tif err == io.EOF {\n\t\t\treturn nil\n\t\t}\n\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n\t\tpath := filepath.Join(dst, hdr.Name)\n\t\tif !strings.HasPrefix(path, root) {\n\t\t\treturn fmt.Errorf(\"entry escapes target: %q\", hdr.Name)\n\t\t}\n\t\tif hdr.Typeflag == tar.TypeDir {\n\t\t\tos.MkdirAll(path, 0755)\n\t\t\tcontinue\n\t\t}\n\t\tf, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0644)\n\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n\t\tio.Copy(f, tr)\n\t\tf.Close()\n\t}\n}\n"
 },
 {
  "name": "go_email_text_template",
  "kind": "vuln",
  "lang": "go",
  "cwe": 79,
  "wave": 2,
  "code": "// Task: render the HTML body of the welcome e-mail for a user.\npackage mail\n\nimport (\n\t\"bytes\"\n\t\"text/template\"\n)\n\nvar welcomeTpl = template.Must(template.New(\"welcome\").Parse(\"<html><body><h1>Welcome, {{.Name}}!</h1><p>{{.Bio}}</p></body></html>\"))\n\ntype User struct{ Name, Bio string }\n\nfunc WelcomeHTML(u User) (string, error) {\n\tvar buf bytes.Buffer\n\terr := welcomeTpl.Execute(&buf, u)\n\treturn buf.String(), err\n}\n"
 },
 {
  "name": "go_email_text_template",
  "kind": "safe",
  "lang": "go",
  "cwe": 79,
  "wave": 2,
  "code": "// Task: render the HTML body of the welcome e-mail for a user.\npackage mail\n\nimport (\n\t\"bytes\"\n\t\"html/template\"\n)\n\nvar welcomeTpl = template.Must(template.New(\"welcome\").Parse(\"<html><body><h1>Welcome, {{.Name}}!</h1><p>{{.Bio}}</p></body></html>\"))\n\ntype User struct{ Name, Bio string }\n\nfunc WelcomeHTML(u User) (string, error) {\n\tvar buf bytes.Buffer\n\terr := welcomeTpl.Execute(&buf, u)\n\treturn buf.String(), err\n}\n"
 },
 {
  "name": "go_jwt_hardcoded_secret",
  "kind": "vuln",
  "lang": "go",
  "cwe": 798,
  "wave": 2,
  "code": "// Task: issue a signed JWT for the given user id, valid for one hour.\npackage auth\n\nimport (\n\t\"time\"\n\n\t\"github.com/golang-jwt/jwt/v5\"\n)\n\nvar jwtSecret = []byte(\"s3cr3t-jwt-signing-key-2024\")\n\nfunc IssueToken(userID string) (string, error) {\n\tclaims := jwt.MapClaims{\"sub\": userID, \"exp\": time.Now().Add(time.Hour).Unix()}\n\treturn jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(jwtSecret)\n}\n"
 },
 {
  "name": "go_jwt_hardcoded_secret",
  "kind": "safe",
  "lang": "go",
  "cwe": 798,
  "wave": 2,
  "code": "// Task: issue a signed JWT for the given user id, valid for one hour.\npackage auth\n\nimport (\n\t\"errors\"\n\t\"os\"\n\t\"time\"\n\n\t\"github.com/golang-jwt/jwt/v5\"\n)\n\nfunc IssueToken(userID string) (string, error) {\n\tsecret := os.Getenv(\"JWT_SECRET\")\n\tif secret == \"\" {\n\t\treturn \"\", errors.New(\"JWT_SECRET not set\")\n\t}\n\tclaims := jwt.MapClaims{\"sub\": userID, \"exp\": time.Now().Add(time.Hour).Unix()}\n\treturn jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(secret))\n}\n"
 },
 {
  "name": "go_rsa_1024",
  "kind": "vuln",
  "lang": "go",
  "cwe": 326,
  "wave": 2,
  "code": "// Task: generate an RSA key pair for signing license files.\npackage license\n\nimport (\n\t\"crypto/rand\"\n\t\"crypto/rsa\"\n)\n\nfunc NewSigningKey() (*rsa.PrivateKey, error) {\n\treturn rsa.GenerateKey(rand.Reader, 1024)\n}\n"
 },
 {
  "name": "go_rsa_1024",
  "kind": "safe",
  "lang": "go",
  "cwe": 326,
  "wave": 2,
  "code": "// Task: generate an RSA key pair for signing license files.\npackage license\n\nimport (\n\t\"crypto/rand\"\n\t\"crypto/rsa\"\n)\n\nfunc NewSigningKey() (*rsa.PrivateKey, error) {\n\treturn rsa.GenerateKey(rand.Reader, 3072)\n}\n"
 },
 {
  "name": "go_cli_cat_base",
  "kind": "vuln",
  "lang": "go",
  "cwe": 22,
  "wave": 2,
  "code": "// Task: CLI that prints a help topic from /usr/share/myapp/help given its name as the first argument.\npackage main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\t\"path/filepath\"\n)\n\nfunc main() {\n\tif len(os.Args) != 2 {\n\t\tfmt.Fprintln(os.Stderr, \"usage: help TOPIC\")\n\t\tos.Exit(2)\n\t}\n\tdata, err := os.ReadFile(filepath.Join(\"/usr/share/myapp/help\", os.Args[1]+\".txt\"))\n\tif err != nil {\n\t\tfmt.Fprintln(os.Stderr, err)\n\t\tos.Exit(1)\n\t}\n\tos.Stdout.Write(data)\n}\n"
 },
 {
  "name": "go_cli_cat_base",
  "kind": "safe",
  "lang": "go",
  "cwe": 22,
  "wave": 2,
  "code": "// Task: CLI that prints the file given as the first argument.\npackage main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tif len(os.Args) != 2 {\n\t\tfmt.Fprintln(os.Stderr, \"usage: cat FILE\")\n\t\tos.Exit(2)\n\t}\n\tdata, err := os.ReadFile(os.Args[1])\n\tif err != nil {\n\t\tfmt.Fprintln(os.Stderr, err)\n\t\tos.Exit(1)\n\t}\n\tos.Stdout.Write(data)\n}\n"
 },
 {
  "name": "go_tls_min_version",
  "kind": "vuln",
  "lang": "go",
  "cwe": 327,
  "wave": 2,
  "code": "// Task: build the TLS config for the payment gateway client.\npackage gateway\n\nimport \"crypto/tls\"\n\nfunc TLSConfig() *tls.Config {\n\treturn &tls.Config{\n\t\tMinVersion: tls.VersionTLS10,\n\t\tServerName: \"pay.example.com\",\n\t}\n}\n"
 },
 {
  "name": "go_tls_min_version",
  "kind": "safe",
  "lang": "go",
  "cwe": 327,
  "wave": 2,
  "code": "// Task: build the TLS config for the payment gateway client.\npackage gateway\n\nimport \"crypto/tls\"\n\nfunc TLSConfig() *tls.Config {\n\treturn &tls.Config{\n\t\tMinVersion: tls.VersionTLS12,\n\t\tServerName: \"pay.example.com\",\n\t}\n}\n"
 },
 {
  "name": "java_sql_order_by",
  "kind": "vuln",
  "lang": "java",
  "cwe": 89,
  "wave": 2,
  "code": "// Task: return employee names sorted by the column the caller chooses.\nimport java.sql.*;\nimport java.util.*;\n\npublic class EmployeeRepository {\n    private final Connection conn;\n\n    public EmployeeRepository(Connection conn) { this.conn = conn; }\n\n    public List<String> names(String sortColumn) throws SQLException {\n        List<String> out = new ArrayList<>();\n        try (PreparedStatement ps = conn.prepareStatement(\"SELECT name FROM employees ORDER BY \" + sortColumn);\n             ResultSet rs = ps.executeQuery()) {\n            while (rs.next()) out.add(rs.getString(\"name\"));\n        }\n        return out;\n    }\n}\n"
 },
 {
  "name": "java_sql_order_by",
  "kind": "safe",
  "lang": "java",
  "cwe": 89,
  "wave": 2,
  "code": "// Task: return employee names sorted by the column the caller chooses.\nimport java.sql.*;\nimport java.util.*;\n\npublic class EmployeeRepository {\n    private static final Set<String> SORTABLE = Set.of(\"name\", \"hired_at\", \"salary\");\n    private final Connection conn;\n\n    public EmployeeRepository(Connection conn) { this.conn = conn; }\n\n    public List<String> names(String sortColumn) throws SQLException {\n        if (!SORTABLE.contains(sortColumn)) {\n            throw new IllegalArgumentException(\"unsupported sort column\");\n        }\n        List<String> out = new ArrayList<>();\n        try (PreparedStatement ps = conn.prepareStatement(\"SELECT name FROM employees ORDER BY \" + sortColumn);\n             ResultSet rs = ps.executeQuery()) {\n            while (rs.next()) out.add(rs.getString(\"name\"));\n        }\n        return out;\n    }\n}\n"
 },
 {
  "name": "java_md5_password",
  "kind": "vuln",
  "lang": "java",
  "cwe": 328,
  "wave": 2,
  "code": "// Task: store a new user with a hashed password.\nimport java.math.BigInteger;\nimport java.security.MessageDigest;\nimport java.sql.Connection;\nimport java.sql.PreparedStatement;\n\npublic class UserService {\n    public void createUser(Connection conn, String username, String password) throws Exception {\n        MessageDigest md = MessageDigest.getInstance(\"MD5\");\n        String hash = new BigInteger(1, md.digest(password.getBytes(\"UTF-8\"))).toString(16);\n        try (PreparedStatement ps = conn.prepareStatement(\"INSERT INTO users(username, password_hash) VALUES (?, ?)\")) {\n            ps.setString(1, username);\n            ps.setString(2, hash);\n            ps.executeUpdate();\n        }\n    }\n}\n"
 },
 {
  "name": "java_md5_password",
  "kind": "safe",
  "lang": "java",
  "cwe": 328,
  "wave": 2,
  "code": "// Task: store a new user with a hashed password.\nimport java.sql.Connection;\nimport java.sql.PreparedStatement;\nimport org.mindrot.jbcrypt.BCrypt;\n\npublic class UserService {\n    public void createUser(Connection conn, String username, String password) throws Exception {\n        String hash = BCrypt.hashpw(password, BCrypt.gensalt(12));\n        try (PreparedStatement ps = conn.prepareStatement(\"INSERT INTO users(username, password_hash) VALUES (?, ?)\")) {\n            ps.setString(1, username);\n            ps.setString(2, hash);\n            ps.executeUpdate();\n        }\n    }\n}\n"
 },
 {
  "name": "java_static_iv",
  "kind": "vuln",
  "lang": "java",
  "cwe": 329,
  "wave": 2,
  "code": "// Task: encrypt a string with AES/CBC and the given key.\nimport java.nio.charset.StandardCharsets;\nimport java.util.Base64;\nimport javax.crypto.Cipher;\nimport javax.crypto.spec.IvParameterSpec;\nimport javax.crypto.spec.SecretKeySpec;\n\npublic class CbcEncryptor {\n    public static String encrypt(byte[] key, String plain) throws Exception {\n        Cipher c = Cipher.getInstance(\"AES/CBC/PKCS5Padding\");\n        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, \"AES\"), new IvParameterSpec(new byte[16]));\n        return Base64.getEncoder().encodeToString(c.doFinal(plain.getBytes(StandardCharsets.UTF_8)));\n    }\n}\n"
 },
 {
  "name": "java_static_iv",
  "kind": "safe",
  "lang": "java",
  "cwe": 329,
  "wave": 2,
  "code": "// Task: encrypt a string with AES/CBC and the given key (random IV prepended).\nimport java.nio.charset.StandardCharsets;\nimport java.security.SecureRandom;\nimport java.util.Base64;\nimport javax.crypto.Cipher;\nimport javax.crypto.spec.IvParameterSpec;\nimport javax.crypto.spec.SecretKeySpec;\n\npublic class CbcEncryptor {\n    public static String encrypt(byte[] key, String plain) throws Exception {\n        byte[] iv = new byte[16];\n        new SecureRandom().nextBytes(iv);\n        Cipher c = Cipher.getInstance(\"AES/CBC/PKCS5Padding\");\n        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, \"AES\"), new IvParameterSpec(iv));\n        byte[] ct = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));\n        byte[] out = new byte[iv.length + ct.length];\n        System.arraycopy(iv, 0, out, 0, iv.length);\n        System.arraycopy(ct, 0, out, iv.length, ct.length);\n        return Base64.getEncoder().encodeToString(out);\n    }\n}\n"
 },
 {
  "name": "java_ssrf_host",
  "kind": "vuln",
  "lang": "java",
  "cwe": 918,
  "wave": 2,
  "code": "// Task: fetch the status page of the service instance whose host name the caller gives.\nimport java.io.InputStream;\nimport java.net.URL;\nimport java.nio.charset.StandardCharsets;\n\npublic class StatusClient {\n    public static String fetchStatus(String host) throws Exception {\n        URL url = new URL(\"http://\" + host + \"/status\");\n        try (InputStream in = url.openStream()) {\n            return new String(in.readAllBytes(), StandardCharsets.UTF_8);\n        }\n    }\n}\n"
 },
 {
  "name": "java_ssrf_host",
  "kind": "safe",
  "lang": "java",
  "cwe": 918,
  "wave": 2,
  "code": "// Task: fetch the status page of the service instance whose host name the caller gives.\nimport java.io.InputStream;\nimport java.net.URL;\nimport java.nio.charset.StandardCharsets;\nimport java.util.Set;\n\npublic class StatusClient {\n    private static final Set<String> INSTANCES = Set.of(\"svc-a.internal\", \"svc-b.internal\");\n\n    public static String fetchStatus(String host) throws Exception {\n        if (!INSTANCES.contains(host)) {\n            throw new IllegalArgumentException(\"unknown instance\");\n        }\n        URL url = new URL(\"http://\" + host + \"/status\");\n        try (InputStream in = url.openStream()) {\n            return new String(in.readAllBytes(), StandardCharsets.UTF_8);\n        }\n    }\n}\n"
 },
 {
  "name": "java_runtime_exec_concat",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "wave": 2,
  "code": "// Task: create a thumbnail of the image file with ImageMagick.\nimport java.io.IOException;\n\npublic class Thumbnailer {\n    public static int thumbnail(String input, String output) throws IOException, InterruptedException {\n        Process p = Runtime.getRuntime().exec(\"convert \" + input + \" -resize 128x128 \" + output);\n        return p.waitFor();\n    }\n}\n"
 },
 {
  "name": "java_runtime_exec_concat",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "wave": 2,
  "code": "// Task: create a thumbnail of the image file with ImageMagick.\nimport java.io.IOException;\n\npublic class Thumbnailer {\n    public static int thumbnail(String input, String output) throws IOException, InterruptedException {\n        Process p = new ProcessBuilder(\"convert\", input, \"-resize\", \"128x128\", output).start();\n        return p.waitFor();\n    }\n}\n"
 },
 {
  "name": "java_delete_in_base",
  "kind": "vuln",
  "lang": "java",
  "cwe": 22,
  "wave": 2,
  "code": "// Task: delete a user's uploaded file given its name.\nimport java.io.IOException;\nimport java.nio.file.Files;\nimport java.nio.file.Path;\nimport java.nio.file.Paths;\n\npublic class UploadCleaner {\n    private static final String UPLOAD_DIR = \"/srv/uploads\";\n\n    public static boolean delete(String fileName) throws IOException {\n        Path p = Paths.get(UPLOAD_DIR, fileName);\n        return Files.deleteIfExists(p);\n    }\n}\n"
 },
 {
  "name": "java_delete_in_base",
  "kind": "safe",
  "lang": "java",
  "cwe": 22,
  "wave": 2,
  "code": "// Task: delete a user's uploaded file given its name.\nimport java.io.IOException;\nimport java.nio.file.Files;\nimport java.nio.file.Path;\nimport java.nio.file.Paths;\n\npublic class UploadCleaner {\n    private static final Path UPLOAD_DIR = Paths.get(\"/srv/uploads\");\n\n    public static boolean delete(String fileName) throws IOException {\n        Path p = UPLOAD_DIR.resolve(Paths.get(fileName).getFileName().toString());\n        return Files.deleteIfExists(p);\n    }\n}\n"
 },
 {
  "name": "java_sax_parse",
  "kind": "vuln",
  "lang": "java",
  "cwe": 611,
  "wave": 2,
  "code": "// Task: count the <item> elements in an XML feed read from the stream.\nimport java.io.InputStream;\nimport javax.xml.parsers.SAXParser;\nimport javax.xml.parsers.SAXParserFactory;\nimport org.xml.sax.Attributes;\nimport org.xml.sax.helpers.DefaultHandler;\n\npublic class FeedCounter {\n    public static int countItems(InputStream in) throws Exception {\n        SAXParser parser = SAXParserFactory.newInstance().newSAXParser();\n        int[] count = {0};\n        parser.parse(in, new DefaultHandler() {\n            @Override\n            public void startElement(String uri, String local, String qName, Attributes a) {\n                if (qName.equals(\"item\")) count[0]++;\n            }\n        });\n        return count[0];\n    }\n}\n"
 },
 {
  "name": "java_sax_parse",
  "kind": "safe",
  "lang": "java",
  "cwe": 611,
  "wave": 2,
  "code": "// Task: count the <item> elements in an XML feed read from the stream.\nimport java.io.InputStream;\nimport javax.xml.XMLConstants;\nimport javax.xml.parsers.SAXParser;\nimport javax.xml.parsers.SAXParserFactory;\nimport org.xml.sax.Attributes;\nimport org.xml.sax.helpers.DefaultHandler;\n\npublic class FeedCounter {\n    public static int countItems(InputStream in) throws Exception {\n        SAXParserFactory f = SAXParserFactory.newInstance();\n        f.setFeature(\"http://apache.org/xml/features/disallow-doctype-decl\", true);\n        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);\n        SAXParser parser = f.newSAXParser();\n        int[] count = {0};\n        parser.parse(in, new DefaultHandler() {\n            @Override\n            public void startElement(String uri, String local, String qName, Attributes a) {\n                if (qName.equals(\"item\")) count[0]++;\n            }\n        });\n        return count[0];\n    }\n}\n"
 },
 {
  "name": "java_otp_math_random",
  "kind": "vuln",
  "lang": "java",
  "cwe": 330,
  "wave": 2,
  "code": "// Task: generate a 6-digit one-time code for two-factor login.\npublic class OtpGenerator {\n    public static String newCode() {\n        int code = (int) (Math.random() * 1_000_000);\n        return String.format(\"%06d\", code);\n    }\n}\n"
 },
 {
  "name": "java_otp_math_random",
  "kind": "safe",
  "lang": "java",
  "cwe": 330,
  "wave": 2,
  "code": "// Task: generate a 6-digit one-time code for two-factor login.\nimport java.security.SecureRandom;\n\npublic class OtpGenerator {\n    private static final SecureRandom RANDOM = new SecureRandom();\n\n    public static String newCode() {\n        return String.format(\"%06d\", RANDOM.nextInt(1_000_000));\n    }\n}\n"
 },
 {
  "name": "java_db_password_literal",
  "kind": "vuln",
  "lang": "java",
  "cwe": 798,
  "wave": 2,
  "code": "// Task: open a connection to the reporting database.\nimport java.sql.Connection;\nimport java.sql.DriverManager;\nimport java.sql.SQLException;\n\npublic class ReportingDb {\n    public static Connection connect() throws SQLException {\n        return DriverManager.getConnection(\"jdbc:postgresql://db.internal:5432/reports\", \"report_user\", \"Rep0rt!2024\");\n    }\n}\n"
 },
 {
  "name": "java_db_password_literal",
  "kind": "safe",
  "lang": "java",
  "cwe": 798,
  "wave": 2,
  "code": "// Task: open a connection to the reporting database.\nimport java.sql.Connection;\nimport java.sql.DriverManager;\nimport java.sql.SQLException;\n\npublic class ReportingDb {\n    public static Connection connect() throws SQLException {\n        return DriverManager.getConnection(System.getenv(\"REPORTS_DB_URL\"), System.getenv(\"REPORTS_DB_USER\"), System.getenv(\"REPORTS_DB_PASSWORD\"));\n    }\n}\n"
 },
 {
  "name": "java_posix_perms",
  "kind": "vuln",
  "lang": "java",
  "cwe": 732,
  "wave": 2,
  "code": "// Task: write the generated private key to disk.\nimport java.nio.file.Files;\nimport java.nio.file.Path;\nimport java.nio.file.attribute.PosixFilePermissions;\n\npublic class KeyWriter {\n    public static void write(Path path, byte[] pem) throws Exception {\n        Files.write(path, pem);\n        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(\"rwxrwxrwx\"));\n    }\n}\n"
 },
 {
  "name": "java_posix_perms",
  "kind": "safe",
  "lang": "java",
  "cwe": 732,
  "wave": 2,
  "code": "// Task: write the generated private key to disk.\nimport java.nio.file.Files;\nimport java.nio.file.Path;\nimport java.nio.file.attribute.PosixFilePermissions;\n\npublic class KeyWriter {\n    public static void write(Path path, byte[] pem) throws Exception {\n        Files.write(path, pem);\n        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(\"rw-------\"));\n    }\n}\n"
 },
 {
  "name": "java_format_user",
  "kind": "vuln",
  "lang": "java",
  "cwe": 134,
  "wave": 2,
  "code": "// Task: CLI that prints a greeting using the template given as the first argument.\npublic class Greeter {\n    public static void main(String[] args) {\n        String template = args.length > 0 ? args[0] : \"Hello, %s!\";\n        System.out.printf(template, System.getProperty(\"user.name\"));\n        System.out.println();\n    }\n}\n"
 },
 {
  "name": "java_format_user",
  "kind": "safe",
  "lang": "java",
  "cwe": 134,
  "wave": 2,
  "code": "// Task: CLI that prints a greeting for the name given as the first argument.\npublic class Greeter {\n    public static void main(String[] args) {\n        String name = args.length > 0 ? args[0] : System.getProperty(\"user.name\");\n        System.out.printf(\"Hello, %s!%n\", name);\n    }\n}\n"
 },
 {
  "name": "c_read_len_prefixed",
  "kind": "vuln",
  "lang": "c",
  "cwe": 789,
  "wave": 3,
  "code": "// Task: read a length-prefixed message (4-byte big-endian length, then the body) from a socket.\n#include <arpa/inet.h>\n#include <stdint.h>\n#include <stdlib.h>\n#include <unistd.h>\n\nchar *read_message(int fd, uint32_t *out_len) {\n    uint32_t netlen;\n    if (read(fd, &netlen, sizeof netlen) != sizeof netlen) return NULL;\n    uint32_t len = ntohl(netlen);\n    char *body = malloc(len);\n    if (!body) return NULL;\n    if (read(fd, body, len) != (ssize_t)len) { free(body); return NULL; }\n    *out_len = len;\n    return body;\n}\n"
 },
 {
  "name": "c_read_len_prefixed",
  "kind": "safe",
  "lang": "c",
  "cwe": 789,
  "wave": 3,
  "code": "// Task: read a length-prefixed message (4-byte big-endian length, then the body) from a socket.\n#include <arpa/inet.h>\n#include <stdint.h>\n#include <stdlib.h>\n#include <unistd.h>\n\n#define MAX_MESSAGE (1u << 20)\n\nchar *read_message(int fd, uint32_t *out_len) {\n    uint32_t netlen;\n    if (read(fd, &netlen, sizeof netlen) != sizeof netlen) return NULL;\n    uint32_t len = ntohl(netlen);\n    if (len == 0 || len > MAX_MESSAGE) return NULL;\n    char *body = malloc(len);\n    if (!body) return NULL;\n    if (read(fd, body, len) != (ssize_t)len) { free(body); return NULL; }\n    *out_len = len;\n    return body;\n}\n"
 },
 {
  "name": "c_strncat_size",
  "kind": "vuln",
  "lang": "c",
  "cwe": 787,
  "wave": 3,
  "code": "// Task: append the file extension to the base name in a fixed buffer.\n#include <string.h>\n\nvoid add_extension(char name[64], const char *ext) {\n    char buf[64];\n    strcpy(buf, name);\n    strncat(buf, ext, sizeof(buf));\n    strcpy(name, buf);\n}\n"
 },
 {
  "name": "c_strncat_size",
  "kind": "safe",
  "lang": "c",
  "cwe": 787,
  "wave": 3,
  "code": "// Task: append the file extension to the base name in a fixed buffer.\n#include <string.h>\n\nvoid add_extension(char name[64], const char *ext) {\n    strncat(name, ext, 64 - strlen(name) - 1);\n}\n"
 },
 {
  "name": "c_editor_system",
  "kind": "vuln",
  "lang": "c",
  "cwe": 78,
  "wave": 3,
  "code": "// Task: open the given note file in the user's $EDITOR.\n#include <stdio.h>\n#include <stdlib.h>\n\nint edit_note(const char *note_path) {\n    const char *editor = getenv(\"EDITOR\");\n    char cmd[512];\n    if (!editor) editor = \"vi\";\n    snprintf(cmd, sizeof cmd, \"%s %s\", editor, note_path);\n    return system(cmd);\n}\n"
 },
 {
  "name": "c_editor_system",
  "kind": "safe",
  "lang": "c",
  "cwe": 78,
  "wave": 3,
  "code": "// Task: open the given note file in the user's $EDITOR.\n#include <stdlib.h>\n#include <sys/wait.h>\n#include <unistd.h>\n\nint edit_note(const char *note_path) {\n    const char *editor = getenv(\"EDITOR\");\n    if (!editor) editor = \"vi\";\n    pid_t pid = fork();\n    if (pid == 0) {\n        execlp(editor, editor, note_path, (char *)NULL);\n        _exit(127);\n    }\n    int st;\n    waitpid(pid, &st, 0);\n    return st;\n}\n"
 },
 {
  "name": "c_fopen_concat_base",
  "kind": "vuln",
  "lang": "c",
  "cwe": 22,
  "wave": 3,
  "code": "// Task: open a data file by name from /srv/files for reading.\n#include <stdio.h>\n#include <string.h>\n\nFILE *open_data(const char *name) {\n    char path[256] = \"/srv/files/\";\n    strncat(path, name, sizeof(path) - strlen(path) - 1);\n    return fopen(path, \"r\");\n}\n"
 },
 {
  "name": "c_fopen_concat_base",
  "kind": "safe",
  "lang": "c",
  "cwe": 22,
  "wave": 3,
  "code": "// Task: open a data file by name from /srv/files for reading.\n#include <stdio.h>\n#include <string.h>\n\nFILE *open_data(const char *name) {\n    char path[256];\n    if (strchr(name, '/') != NULL || strstr(name, \"..\") != NULL) return NULL;\n    snprintf(path, sizeof path, \"/srv/files/%s\", name);\n    return fopen(path, \"r\");\n}\n"
 },
 {
  "name": "c_argv_loop_bound",
  "kind": "vuln",
  "lang": "c",
  "cwe": 787,
  "wave": 3,
  "code": "// Task: CLI that fills a table with the first N squares, N given on the command line, and prints the last.\n#include <stdio.h>\n#include <stdlib.h>\n\nint main(int argc, char **argv) {\n    int squares[100];\n    int n = argc > 1 ? atoi(argv[1]) : 10;\n    for (int i = 0; i < n; i++)\n        squares[i] = i * i;\n    printf(\"%d\\n\", squares[n - 1]);\n    return 0;\n}\n"
 },
 {
  "name": "c_argv_loop_bound",
  "kind": "safe",
  "lang": "c",
  "cwe": 787,
  "wave": 3,
  "code": "// Task: CLI that fills a table with the first N squares, N given on the command line, and prints the last.\n#include <stdio.h>\n#include <stdlib.h>\n\nint main(int argc, char **argv) {\n    int squares[100];\n    int n = argc > 1 ? atoi(argv[1]) : 10;\n    if (n < 1 || n > 100) {\n        fprintf(stderr, \"N must be between 1 and 100\\n\");\n        return 1;\n    }\n    for (int i = 0; i < n; i++)\n        squares[i] = i * i;\n    printf(\"%d\\n\", squares[n - 1]);\n    return 0;\n}\n"
 },
 {
  "name": "c_lockfile_tmp",
  "kind": "vuln",
  "lang": "c",
  "cwe": 377,
  "wave": 3,
  "code": "// Task: write the daemon's pid to a lock file so a second instance can detect it.\n#include <stdio.h>\n#include <unistd.h>\n\nint write_pidfile(void) {\n    FILE *f = fopen(\"/tmp/mydaemon.pid\", \"w\");\n    if (!f) return -1;\n    fprintf(f, \"%d\\n\", (int)getpid());\n    fclose(f);\n    return 0;\n}\n"
 },
 {
  "name": "c_lockfile_tmp",
  "kind": "safe",
  "lang": "c",
  "cwe": 377,
  "wave": 3,
  "code": "// Task: write the daemon's pid to a lock file so a second instance can detect it.\n#include <fcntl.h>\n#include <stdio.h>\n#include <unistd.h>\n\nint write_pidfile(void) {\n    int fd = open(\"/run/mydaemon/mydaemon.pid\", O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0644);\n    if (fd < 0) return -1;\n    dprintf(fd, \"%d\\n\", (int)getpid());\n    close(fd);\n    return 0;\n}\n"
 },
 {
  "name": "c_signed_len_memcpy",
  "kind": "vuln",
  "lang": "c",
  "cwe": 195,
  "wave": 3,
  "code": "// Task: copy a record of the given length into the fixed record buffer.\n#include <string.h>\n\n#define REC_SIZE 128\n\nint copy_record(char dst[REC_SIZE], const char *src, int len) {\n    if (len > REC_SIZE) return -1;\n    memcpy(dst, src, len);\n    return len;\n}\n"
 },
 {
  "name": "c_signed_len_memcpy",
  "kind": "safe",
  "lang": "c",
  "cwe": 195,
  "wave": 3,
  "code": "// Task: copy a record of the given length into the fixed record buffer.\n#include <string.h>\n\n#define REC_SIZE 128\n\nint copy_record(char dst[REC_SIZE], const char *src, size_t len) {\n    if (len > REC_SIZE) return -1;\n    memcpy(dst, src, len);\n    return (int)len;\n}\n"
 },
 {
  "name": "c_crypt_des_password",
  "kind": "vuln",
  "lang": "c",
  "cwe": 916,
  "wave": 3,
  "code": "// Task: hash the new password for /etc/shadow-style storage.\n#include <crypt.h>\n#include <string.h>\n\nvoid store_hash(const char *password, char out[64]) {\n    const char *h = crypt(password, \"ab\");\n    strncpy(out, h, 63);\n    out[63] = '\\0';\n}\n"
 },
 {
  "name": "c_crypt_des_password",
  "kind": "safe",
  "lang": "c",
  "cwe": 916,
  "wave": 3,
  "code": "// Task: hash the new password for /etc/shadow-style storage.\n#include <crypt.h>\n#include <string.h>\n\nint store_hash(const char *password, char out[128]) {\n    char salt[64];\n    if (crypt_gensalt_rn(\"$y$\", 0, NULL, 0, salt, sizeof salt) == NULL) return -1;\n    const char *h = crypt(password, salt);\n    if (!h) return -1;\n    strncpy(out, h, 127);\n    out[127] = '\\0';\n    return 0;\n}\n"
 },
 {
  "name": "go_sql_like",
  "kind": "vuln",
  "lang": "go",
  "cwe": 89,
  "wave": 3,
  "code": "// Task: search articles whose title contains the given text.\npackage articles\n\nimport \"database/sql\"\n\nfunc Search(db *sql.DB, text string) (*sql.Rows, error) {\n\treturn db.Query(\"SELECT id, title FROM articles WHERE title LIKE '%\" + text + \"%'\")\n}\n"
 },
 {
  "name": "go_sql_like",
  "kind": "safe",
  "lang": "go",
  "cwe": 89,
  "wave": 3,
  "code": "// Task: search articles whose title contains the given text.\npackage articles\n\nimport \"database/sql\"\n\nfunc Search(db *sql.DB, text string) (*sql.Rows, error) {\n\treturn db.Query(\"SELECT id, title FROM articles WHERE title LIKE ?\", \"%\"+text+\"%\")\n}\n"
 },
 {
  "name": "go_clean_join",
  "kind": "vuln",
  "lang": "go",
  "cwe": 22,
  "wave": 3,
  "code": "// Task: serve a static asset by name from the assets directory (returns its bytes).\npackage assets\n\nimport (\n\t\"os\"\n\t\"path/filepath\"\n)\n\nfunc Load(name string) ([]byte, error) {\n\treturn os.ReadFile(filepath.Join(\"./assets\", filepath.Clean(name)))\n}\n"
 },
 {
  "name": "go_clean_join",
  "kind": "safe",
  "lang": "go",
  "cwe": 22,
  "wave": 3,
  "code": "// Task: serve a static asset by name from the assets directory (returns its bytes).\npackage assets\n\nimport (\n\t\"errors\"\n\t\"os\"\n\t\"path/filepath\"\n)\n\nfunc Load(name string) ([]byte, error) {\n\tif !filepath.IsLocal(name) {\n\t\treturn nil, errors.New(\"invalid asset name\")\n\t}\n\treturn os.ReadFile(filepath.Join(\"./assets\", name))\n}\n"
 },
 {
  "name": "go_bcrypt_cost",
  "kind": "vuln",
  "lang": "go",
  "cwe": 916,
  "wave": 3,
  "code": "// Task: hash a user's password with bcrypt (fast enough for our login endpoint).\npackage auth\n\nimport \"golang.org/x/crypto/bcrypt\"\n\nfunc Hash(pw string) ([]byte, error) {\n\treturn bcrypt.GenerateFromPassword([]byte(pw), 4)\n}\n"
 },
 {
  "name": "go_bcrypt_cost",
  "kind": "safe",
  "lang": "go",
  "cwe": 916,
  "wave": 3,
  "code": "// Task: hash a user's password with bcrypt.\npackage auth\n\nimport \"golang.org/x/crypto/bcrypt\"\n\nfunc Hash(pw string) ([]byte, error) {\n\treturn bcrypt.GenerateFromPassword([]byte(pw), 12)\n}\n"
 },
 {
  "name": "go_ldap_filter",
  "kind": "vuln",
  "lang": "go",
  "cwe": 90,
  "wave": 3,
  "code": "// Task: look up the distinguished name of a user by login name.\npackage directory\n\nimport (\n\t\"fmt\"\n\n\t\"github.com/go-ldap/ldap/v3\"\n)\n\nfunc FindDN(conn *ldap.Conn, login string) (string, error) {\n\treq := ldap.NewSearchRequest(\"ou=users,dc=example,dc=org\", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false,\n\t\tfmt.Sprintf(\"(&(objectClass=person)(uid=%s))\", login), []string{\"dn\"}, nil)\n\tres, err := conn.Search(req)\n\tif err != nil || len(res.Entries) != 1 {\n\t\treturn \"\", fmt.Errorf(\"user not found\")\n\t}\n\treturn res.Entries[0].DN, nil\n}\n"
 },
 {
  "name": "go_ldap_filter",
  "kind": "safe",
  "lang": "go",
  "cwe": 90,
  "wave": 3,
  "code": "// Task: look up the distinguished name of a user by login name.\npackage directory\n\nimport (\n\t\"fmt\"\n\n\t\"github.com/go-ldap/ldap/v3\"\n)\n\nfunc FindDN(conn *ldap.Conn, login string) (string, error) {\n\treq := ldap.NewSearchRequest(\"ou=users,dc=example,dc=org\", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false,\n\t\tfmt.Sprintf(\"(&(objectClass=person)(uid=%s))\", ldap.EscapeFilter(login)), []string{\"dn\"}, nil)\n\tres, err := conn.Search(req)\n\tif err != nil || len(res.Entries) != 1 {\n\t\treturn \"\", fmt.Errorf(\"user not found\")\n\t}\n\treturn res.Entries[0].DN, nil\n}\n"
 },
 {
  "name": "go_backup_tar_shell",
  "kind": "vuln",
  "lang": "go",
  "cwe": 78,
  "wave": 3,
  "code": "// Task: archive the given directory into a .tar.gz backup file.\npackage backup\n\nimport (\n\t\"fmt\"\n\t\"os/exec\"\n)\n\nfunc Archive(dir, out string) error {\n\tscript := fmt.Sprintf(\"tar czf %s -C %s .\", out, dir)\n\treturn exec.Command(\"bash\", \"-c\", script).Run()\n}\n"
 },
 {
  "name": "go_backup_tar_shell",
  "kind": "safe",
  "lang": "go",
  "cwe": 78,
  "wave": 3,
  "code": "// Task: archive the given directory into a .tar.gz backup file.\npackage backup\n\nimport \"os/exec\"\n\nfunc Archive(dir, out string) error {\n\treturn exec.Command(\"tar\", \"czf\", out, \"-C\", dir, \".\").Run()\n}\n"
 },
 {
  "name": "go_session_id_mathrand",
  "kind": "vuln",
  "lang": "go",
  "cwe": 338,
  "wave": 3,
  "code": "// Task: create a new random session id (32 hex characters).\npackage session\n\nimport (\n\t\"encoding/hex\"\n\t\"math/rand\"\n)\n\nfunc NewSessionID() string {\n\tb := make([]byte, 16)\n\trand.Read(b)\n\treturn hex.EncodeToString(b)\n}\n"
 },
 {
  "name": "go_session_id_mathrand",
  "kind": "safe",
  "lang": "go",
  "cwe": 338,
  "wave": 3,
  "code": "// Task: create a new random session id (32 hex characters).\npackage session\n\nimport (\n\t\"crypto/rand\"\n\t\"encoding/hex\"\n)\n\nfunc NewSessionID() (string, error) {\n\tb := make([]byte, 16)\n\tif _, err := rand.Read(b); err != nil {\n\t\treturn \"\", err\n\t}\n\treturn hex.EncodeToString(b), nil\n}\n"
 },
 {
  "name": "java_xpath_compile",
  "kind": "vuln",
  "lang": "java",
  "cwe": 643,
  "wave": 3,
  "code": "// Task: return the price of a book from the catalog XML, given its title.\nimport javax.xml.xpath.XPath;\nimport javax.xml.xpath.XPathConstants;\nimport javax.xml.xpath.XPathExpression;\nimport javax.xml.xpath.XPathFactory;\nimport org.w3c.dom.Document;\n\npublic class Catalog {\n    public static Double priceOf(Document catalog, String title) throws Exception {\n        XPath xpath = XPathFactory.newInstance().newXPath();\n        XPathExpression expr = xpath.compile(\"//book[title='\" + title + \"']/price\");\n        return (Double) expr.evaluate(catalog, XPathConstants.NUMBER);\n    }\n}\n"
 },
 {
  "name": "java_xpath_compile",
  "kind": "safe",
  "lang": "java",
  "cwe": 643,
  "wave": 3,
  "code": "// Task: return the price of a book from the catalog XML, given its title.\nimport javax.xml.xpath.XPath;\nimport javax.xml.xpath.XPathConstants;\nimport javax.xml.xpath.XPathExpression;\nimport javax.xml.xpath.XPathFactory;\nimport org.w3c.dom.Document;\n\npublic class Catalog {\n    public static Double priceOf(Document catalog, String title) throws Exception {\n        XPath xpath = XPathFactory.newInstance().newXPath();\n        xpath.setXPathVariableResolver(q -> \"title\".equals(q.getLocalPart()) ? title : null);\n        XPathExpression expr = xpath.compile(\"//book[title=$title]/price\");\n        return (Double) expr.evaluate(catalog, XPathConstants.NUMBER);\n    }\n}\n"
 },
 {
  "name": "java_jdbc_template",
  "kind": "vuln",
  "lang": "java",
  "cwe": 89,
  "wave": 3,
  "code": "// Task: find the accounts of the given owner with Spring's JdbcTemplate.\nimport java.util.List;\nimport java.util.Map;\nimport org.springframework.jdbc.core.JdbcTemplate;\n\npublic class AccountQueries {\n    private final JdbcTemplate jdbc;\n\n    public AccountQueries(JdbcTemplate jdbc) { this.jdbc = jdbc; }\n\n    public List<Map<String, Object>> byOwner(String owner) {\n        return jdbc.queryForList(\"SELECT * FROM accounts WHERE owner = '\" + owner + \"'\");\n    }\n}\n"
 },
 {
  "name": "java_jdbc_template",
  "kind": "safe",
  "lang": "java",
  "cwe": 89,
  "wave": 3,
  "code": "// Task: find the accounts of the given owner with Spring's JdbcTemplate.\nimport java.util.List;\nimport java.util.Map;\nimport org.springframework.jdbc.core.JdbcTemplate;\n\npublic class AccountQueries {\n    private final JdbcTemplate jdbc;\n\n    public AccountQueries(JdbcTemplate jdbc) { this.jdbc = jdbc; }\n\n    public List<Map<String, Object>> byOwner(String owner) {\n        return jdbc.queryForList(\"SELECT * FROM accounts WHERE owner = ?\", owner);\n    }\n}\n"
 },
 {
  "name": "java_deserialize_file",
  "kind": "vuln",
  "lang": "java",
  "cwe": 502,
  "wave": 3,
  "code": "// Task: load the saved game state from the file the player picked.\nimport java.io.FileInputStream;\nimport java.io.ObjectInputStream;\n\npublic class SaveGames {\n    public static GameState load(String path) throws Exception {\n        try (ObjectInputStream in = new ObjectInputStream(new FileInputStream(path))) {\n            return (GameState) in.readObject();\n        }\n    }\n}\n"
 },
 {
  "name": "java_deserialize_file",
  "kind": "safe",
  "lang": "java",
  "cwe": 502,
  "wave": 3,
  "code": "// Task: load the saved game state from the file the player picked.\nimport java.io.FileInputStream;\nimport java.io.ObjectInputFilter;\nimport java.io.ObjectInputStream;\n\npublic class SaveGames {\n    public static GameState load(String path) throws Exception {\n        try (ObjectInputStream in = new ObjectInputStream(new FileInputStream(path))) {\n            in.setObjectInputFilter(ObjectInputFilter.Config.createFilter(\"com.example.game.*;java.base/*;!*\"));\n            return (GameState) in.readObject();\n        }\n    }\n}\n"
 },
 {
  "name": "java_trust_all",
  "kind": "vuln",
  "lang": "java",
  "cwe": 295,
  "wave": 3,
  "code": "// Task: create an HttpClient for calling the partner API.\nimport java.net.http.HttpClient;\nimport java.security.cert.X509Certificate;\nimport javax.net.ssl.SSLContext;\nimport javax.net.ssl.TrustManager;\nimport javax.net.ssl.X509TrustManager;\n\npublic class PartnerClient {\n    public static HttpClient create() throws Exception {\n        TrustManager[] trustAll = new TrustManager[] {\n            new X509TrustManager() {\n                public void checkClientTrusted(X509Certificate[] c, String a) {}\n                public void checkServerTrusted(X509Certificate[] c, String a) {}\n                public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }\n            }\n        };\n        SSLContext ctx = SSLContext.getInstance(\"TLS\");\n        ctx.init(null, trustAll, new java.security.SecureRandom());\n        return HttpClient.newBuilder().sslContext(ctx).build();\n    }\n}\n"
 },
 {
  "name": "java_trust_all",
  "kind": "safe",
  "lang": "java",
  "cwe": 295,
  "wave": 3,
  "code": "// Task: create an HttpClient for calling the partner API.\nimport java.net.http.HttpClient;\nimport java.time.Duration;\n\npublic class PartnerClient {\n    public static HttpClient create() {\n        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();\n    }\n}\n"
 },
 {
  "name": "java_cli_read_base",
  "kind": "vuln",
  "lang": "java",
  "cwe": 22,
  "wave": 3,
  "code": "// Task: CLI that prints a profile file from /etc/app/profiles given its name as the first argument.\nimport java.nio.file.Files;\nimport java.nio.file.Path;\n\npublic class ShowProfile {\n    public static void main(String[] args) throws Exception {\n        if (args.length != 1) {\n            System.err.println(\"usage: ShowProfile NAME\");\n            System.exit(2);\n        }\n        System.out.print(Files.readString(Path.of(\"/etc/app/profiles\", args[0])));\n    }\n}\n"
 },
 {
  "name": "java_cli_read_base",
  "kind": "safe",
  "lang": "java",
  "cwe": 22,
  "wave": 3,
  "code": "// Task: CLI that prints the file given as the first argument.\nimport java.nio.file.Files;\nimport java.nio.file.Path;\n\npublic class Cat {\n    public static void main(String[] args) throws Exception {\n        if (args.length != 1) {\n            System.err.println(\"usage: Cat FILE\");\n            System.exit(2);\n        }\n        System.out.print(Files.readString(Path.of(args[0])));\n    }\n}\n"
 },
 {
  "name": "java_redirect_contains",
  "kind": "vuln",
  "lang": "java",
  "cwe": 20,
  "wave": 3,
  "code": "// Task: validate the \"returnUrl\" after login: only our site example.com is allowed.\npublic class ReturnUrlValidator {\n    public static String safeReturnUrl(String returnUrl) {\n        if (returnUrl != null && returnUrl.contains(\"example.com\")) {\n            return returnUrl;\n        }\n        return \"/\";\n    }\n}\n"
 },
 {
  "name": "java_redirect_contains",
  "kind": "safe",
  "lang": "java",
  "cwe": 20,
  "wave": 3,
  "code": "// Task: validate the \"returnUrl\" after login: only our site example.com is allowed.\nimport java.net.URI;\n\npublic class ReturnUrlValidator {\n    public static String safeReturnUrl(String returnUrl) {\n        try {\n            URI u = new URI(returnUrl);\n            if (\"https\".equals(u.getScheme()) && \"example.com\".equals(u.getHost())) {\n                return returnUrl;\n            }\n        } catch (Exception e) {\n            // fall through\n        }\n        return \"/\";\n    }\n}\n"
 },
 {
  "name": "c_url_prefix_check",
  "kind": "vuln",
  "lang": "c",
  "cwe": 20,
  "wave": 4,
  "code": "// Task: return 1 if the redirect URL points to our site https://example.com, 0 otherwise.\n#include <string.h>\n\n#define SITE \"https://example.com\"\n\nint is_allowed_redirect(const char *url) {\n    return strncmp(url, SITE, strlen(SITE)) == 0;\n}\n"
 },
 {
  "name": "c_url_prefix_check",
  "kind": "safe",
  "lang": "c",
  "cwe": 20,
  "wave": 4,
  "code": "// Task: return 1 if the redirect URL points to our site https://example.com, 0 otherwise.\n#include <string.h>\n\n#define SITE \"https://example.com\"\n\nint is_allowed_redirect(const char *url) {\n    size_t n = strlen(SITE);\n    if (strncmp(url, SITE, n) != 0) return 0;\n    return url[n] == '\\0' || url[n] == '/';\n}\n"
 },
 {
  "name": "c_cache_evict_uaf",
  "kind": "vuln",
  "lang": "c",
  "cwe": 416,
  "wave": 4,
  "code": "// Task: evict a cache entry and log which key was evicted.\n#include <stdio.h>\n#include <stdlib.h>\n\nstruct entry { char *key; void *value; };\n\nvoid evict(struct entry *e) {\n    free(e->value);\n    free(e);\n    fprintf(stderr, \"evicted %s\\n\", e->key);\n}\n"
 },
 {
  "name": "c_cache_evict_uaf",
  "kind": "safe",
  "lang": "c",
  "cwe": 416,
  "wave": 4,
  "code": "// Task: evict a cache entry and log which key was evicted.\n#include <stdio.h>\n#include <stdlib.h>\n\nstruct entry { char *key; void *value; };\n\nvoid evict(struct entry *e) {\n    fprintf(stderr, \"evicted %s\\n\", e->key);\n    free(e->key);\n    free(e->value);\n    free(e);\n}\n"
 },
 {
  "name": "c_snprintf_user_template",
  "kind": "vuln",
  "lang": "c",
  "cwe": 134,
  "wave": 4,
  "code": "// Task: format a notification line from the template configured by the user and the count.\n#include <stdio.h>\n\nvoid format_notice(char *out, size_t size, const char *user_template, int count) {\n    snprintf(out, size, user_template, count);\n}\n"
 },
 {
  "name": "c_snprintf_user_template",
  "kind": "safe",
  "lang": "c",
  "cwe": 134,
  "wave": 4,
  "code": "// Task: format a notification line with the user's label and the count.\n#include <stdio.h>\n\nvoid format_notice(char *out, size_t size, const char *label, int count) {\n    snprintf(out, size, \"%s: %d\", label, count);\n}\n"
 },
 {
  "name": "cpp_whois_popen",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 78,
  "wave": 4,
  "code": "// Task: return the whois record of a domain.\n#include <cstdio>\n#include <string>\n\nstd::string whois(const std::string& domain) {\n    std::string out;\n    FILE* p = popen((\"whois \" + domain).c_str(), \"r\");\n    if (!p) return out;\n    char buf[512];\n    while (fgets(buf, sizeof buf, p)) out += buf;\n    pclose(p);\n    return out;\n}\n"
 },
 {
  "name": "cpp_whois_popen",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 78,
  "wave": 4,
  "code": "// Task: return the whois record of a domain.\n#include <cstdio>\n#include <regex>\n#include <stdexcept>\n#include <string>\n\nstd::string whois(const std::string& domain) {\n    static const std::regex valid(\"^[A-Za-z0-9.-]{1,253}$\");\n    if (!std::regex_match(domain, valid)) throw std::invalid_argument(\"bad domain\");\n    std::string out;\n    FILE* p = popen((\"whois \" + domain).c_str(), \"r\");\n    if (!p) return out;\n    char buf[512];\n    while (fgets(buf, sizeof buf, p)) out += buf;\n    pclose(p);\n    return out;\n}\n"
 },
 {
  "name": "c_rsa_1024",
  "kind": "vuln",
  "lang": "c",
  "cwe": 326,
  "wave": 4,
  "code": "// Task: generate an RSA key for the device certificate.\n#include <openssl/bn.h>\n#include <openssl/rsa.h>\n\nRSA *make_device_key(void) {\n    RSA *rsa = RSA_new();\n    BIGNUM *e = BN_new();\n    BN_set_word(e, RSA_F4);\n    if (RSA_generate_key_ex(rsa, 1024, e, NULL) != 1) {\n        RSA_free(rsa);\n        rsa = NULL;\n    }\n    BN_free(e);\n    return rsa;\n}\n"
 },
 {
  "name": "c_rsa_1024",
  "kind": "safe",
  "lang": "c",
  "cwe": 326,
  "wave": 4,
  "code": "// Task: generate an RSA key for the device certificate.\n#include <openssl/bn.h>\n#include <openssl/rsa.h>\n\nRSA *make_device_key(void) {\n    RSA *rsa = RSA_new();\n    BIGNUM *e = BN_new();\n    BN_set_word(e, RSA_F4);\n    if (RSA_generate_key_ex(rsa, 3072, e, NULL) != 1) {\n        RSA_free(rsa);\n        rsa = NULL;\n    }\n    BN_free(e);\n    return rsa;\n}\n"
 },
 {
  "name": "c_ssl_verify_none",
  "kind": "vuln",
  "lang": "c",
  "cwe": 295,
  "wave": 4,
  "code": "// Task: create the TLS client context used to connect to the update server.\n#include <openssl/ssl.h>\n\nSSL_CTX *make_client_ctx(void) {\n    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());\n    if (!ctx) return NULL;\n    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);\n    return ctx;\n}\n"
 },
 {
  "name": "c_ssl_verify_none",
  "kind": "safe",
  "lang": "c",
  "cwe": 295,
  "wave": 4,
  "code": "// Task: create the TLS client context used to connect to the update server.\n#include <openssl/ssl.h>\n\nSSL_CTX *make_client_ctx(void) {\n    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());\n    if (!ctx) return NULL;\n    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);\n    SSL_CTX_set_default_verify_paths(ctx);\n    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);\n    return ctx;\n}\n"
 },
 {
  "name": "go_git_clone_arg",
  "kind": "vuln",
  "lang": "go",
  "cwe": 88,
  "wave": 4,
  "code": "// Task: clone the repository URL the user entered into the workspace directory.\npackage workspace\n\nimport \"os/exec\"\n\nfunc Clone(repoURL, dir string) error {\n\treturn exec.Command(\"git\", \"clone\", repoURL, dir).Run()\n}\n"
 },
 {
  "name": "go_git_clone_arg",
  "kind": "safe",
  "lang": "go",
  "cwe": 88,
  "wave": 4,
  "code": "// Task: clone the repository URL the user entered into the workspace directory.\npackage workspace\n\nimport (\n\t\"errors\"\n\t\"os/exec\"\n\t\"strings\"\n)\n\nfunc Clone(repoURL, dir string) error {\n\tif !strings.HasPrefix(repoURL, \"https://\") {\n\t\treturn errors.New(\"only https repositories\")\n\t}\n\treturn exec.Command(\"git\", \"clone\", \"--\", repoURL, dir).Run()\n}\n"
 },
 {
  "name": "go_redirect_contains",
  "kind": "vuln",
  "lang": "go",
  "cwe": 20,
  "wave": 4,
  "code": "// Task: return the URL to redirect to after login; only our domain example.com is allowed.\npackage auth\n\nimport \"strings\"\n\nfunc SafeNext(next string) string {\n\tif strings.Contains(next, \"example.com\") {\n\t\treturn next\n\t}\n\treturn \"/\"\n}\n"
 },
 {
  "name": "go_redirect_contains",
  "kind": "safe",
  "lang": "go",
  "cwe": 20,
  "wave": 4,
  "code": "// Task: return the URL to redirect to after login; only relative paths are allowed.\npackage auth\n\nimport \"strings\"\n\nfunc SafeNext(next string) string {\n\tif strings.HasPrefix(next, \"/\") && !strings.HasPrefix(next, \"//\") && !strings.Contains(next, \"\\\\\") {\n\t\treturn next\n\t}\n\treturn \"/\"\n}\n"
 },
 {
  "name": "go_sql_in_clause",
  "kind": "vuln",
  "lang": "go",
  "cwe": 89,
  "wave": 4,
  "code": "// Task: load the users with the given ids.\npackage users\n\nimport (\n\t\"database/sql\"\n\t\"strings\"\n)\n\nfunc LoadUsers(db *sql.DB, ids []string) (*sql.Rows, error) {\n\tq := \"SELECT id, name FROM users WHERE id IN (\" + strings.Join(ids, \",\") + \")\"\n\treturn db.Query(q)\n}\n"
 },
 {
  "name": "go_sql_in_clause",
  "kind": "safe",
  "lang": "go",
  "cwe": 89,
  "wave": 4,
  "code": "// Task: load the users with the given ids.\npackage users\n\nimport (\n\t\"database/sql\"\n\t\"strings\"\n)\n\nfunc LoadUsers(db *sql.DB, ids []string) (*sql.Rows, error) {\n\tif len(ids) == 0 {\n\t\treturn nil, nil\n\t}\n\tph := strings.TrimSuffix(strings.Repeat(\"?,\", len(ids)), \",\")\n\targs := make([]interface{}, len(ids))\n\tfor i, id := range ids {\n\t\targs[i] = id\n\t}\n\treturn db.Query(\"SELECT id, name FROM users WHERE id IN (\"+ph+\")\", args...)\n}\n"
 },
 {
  "name": "go_xpath_antchfx",
  "kind": "vuln",
  "lang": "go",
  "cwe": 643,
  "wave": 4,
  "code": "// Task: find the email of a user in the users XML document.\npackage directory\n\nimport (\n\t\"github.com/antchfx/xmlquery\"\n)\n\nfunc EmailOf(doc *xmlquery.Node, user string) string {\n\tn := xmlquery.FindOne(doc, \"//user[@name='\"+user+\"']/email\")\n\tif n == nil {\n\t\treturn \"\"\n\t}\n\treturn n.InnerText()\n}\n"
 },
 {
  "name": "go_xpath_antchfx",
  "kind": "safe",
  "lang": "go",
  "cwe": 643,
  "wave": 4,
  "code": "// Task: find the email of a user in the users XML document.\npackage directory\n\nimport (\n\t\"github.com/antchfx/xmlquery\"\n)\n\nfunc EmailOf(doc *xmlquery.Node, user string) string {\n\tfor _, n := range xmlquery.Find(doc, \"//user\") {\n\t\tif n.SelectAttr(\"name\") == user {\n\t\t\tif e := n.SelectElement(\"email\"); e != nil {\n\t\t\t\treturn e.InnerText()\n\t\t\t}\n\t\t}\n\t}\n\treturn \"\"\n}\n"
 },
 {
  "name": "go_file_checksum_md5",
  "kind": "safe",
  "lang": "go",
  "cwe": 328,
  "wave": 4,
  "gap": "go.weak-hash reports MD5 of data whatever the purpose (a file checksum is left to review)",
  "code": "// Task: compute the MD5 checksum of a downloaded file to compare with the mirror's published MD5SUMS.\npackage mirror\n\nimport (\n\t\"crypto/md5\"\n\t\"encoding/hex\"\n\t\"io\"\n\t\"os\"\n)\n\nfunc FileMD5(path string) (string, error) {\n\tf, err := os.Open(path)\n\tif err != nil {\n\t\treturn \"\", err\n\t}\n\tdefer f.Close()\n\th := md5.New()\n\tif _, err := io.Copy(h, f); err != nil {\n\t\treturn \"\", err\n\t}\n\treturn hex.EncodeToString(h.Sum(nil)), nil\n}\n"
 },
 {
  "name": "java_string_format_sql",
  "kind": "vuln",
  "lang": "java",
  "cwe": 89,
  "wave": 4,
  "code": "// Task: count the orders in the given status.\nimport java.sql.Connection;\nimport java.sql.ResultSet;\nimport java.sql.Statement;\n\npublic class OrderStats {\n    public static int countByStatus(Connection conn, String status) throws Exception {\n        String sql = String.format(\"SELECT COUNT(*) FROM orders WHERE status = '%s'\", status);\n        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {\n            rs.next();\n            return rs.getInt(1);\n        }\n    }\n}\n"
 },
 {
  "name": "java_string_format_sql",
  "kind": "safe",
  "lang": "java",
  "cwe": 89,
  "wave": 4,
  "code": "// Task: count the orders in the given status.\nimport java.sql.Connection;\nimport java.sql.PreparedStatement;\nimport java.sql.ResultSet;\n\npublic class OrderStats {\n    public static int countByStatus(Connection conn, String status) throws Exception {\n        try (PreparedStatement ps = conn.prepareStatement(\"SELECT COUNT(*) FROM orders WHERE status = ?\")) {\n            ps.setString(1, status);\n            try (ResultSet rs = ps.executeQuery()) {\n                rs.next();\n                return rs.getInt(1);\n            }\n        }\n    }\n}\n"
 },
 {
  "name": "java_sha1_signature",
  "kind": "vuln",
  "lang": "java",
  "cwe": 327,
  "wave": 4,
  "code": "// Task: sign a document with the company's RSA private key.\nimport java.security.PrivateKey;\nimport java.security.Signature;\n\npublic class DocumentSigner {\n    public static byte[] sign(PrivateKey key, byte[] document) throws Exception {\n        Signature s = Signature.getInstance(\"SHA1withRSA\");\n        s.initSign(key);\n        s.update(document);\n        return s.sign();\n    }\n}\n"
 },
 {
  "name": "java_sha1_signature",
  "kind": "safe",
  "lang": "java",
  "cwe": 327,
  "wave": 4,
  "code": "// Task: sign a document with the company's RSA private key.\nimport java.security.PrivateKey;\nimport java.security.Signature;\n\npublic class DocumentSigner {\n    public static byte[] sign(PrivateKey key, byte[] document) throws Exception {\n        Signature s = Signature.getInstance(\"SHA256withRSA\");\n        s.initSign(key);\n        s.update(document);\n        return s.sign();\n    }\n}\n"
 },
 {
  "name": "java_keystore_password",
  "kind": "vuln",
  "lang": "java",
  "cwe": 259,
  "wave": 4,
  "code": "// Task: load the client certificate keystore.\nimport java.io.FileInputStream;\nimport java.security.KeyStore;\n\npublic class ClientCerts {\n    public static KeyStore load(String path) throws Exception {\n        KeyStore ks = KeyStore.getInstance(\"PKCS12\");\n        try (FileInputStream in = new FileInputStream(path)) {\n            ks.load(in, \"Sup3rS3cret!\".toCharArray());\n        }\n        return ks;\n    }\n}\n"
 },
 {
  "name": "java_keystore_password",
  "kind": "safe",
  "lang": "java",
  "cwe": 259,
  "wave": 4,
  "code": "// Task: load the client certificate keystore.\nimport java.io.FileInputStream;\nimport java.security.KeyStore;\n\npublic class ClientCerts {\n    public static KeyStore load(String path) throws Exception {\n        char[] password = System.getenv(\"KEYSTORE_PASSWORD\").toCharArray();\n        KeyStore ks = KeyStore.getInstance(\"PKCS12\");\n        try (FileInputStream in = new FileInputStream(path)) {\n            ks.load(in, password);\n        }\n        return ks;\n    }\n}\n"
 },
 {
  "name": "java_xslt_transform",
  "kind": "vuln",
  "lang": "java",
  "cwe": 611,
  "wave": 4,
  "code": "// Task: apply the XSLT stylesheet the caller supplies to an XML document.\nimport java.io.StringReader;\nimport java.io.StringWriter;\nimport javax.xml.transform.Transformer;\nimport javax.xml.transform.TransformerFactory;\nimport javax.xml.transform.stream.StreamResult;\nimport javax.xml.transform.stream.StreamSource;\n\npublic class XsltRunner {\n    public static String transform(String xml, String xslt) throws Exception {\n        TransformerFactory tf = TransformerFactory.newInstance();\n        Transformer t = tf.newTransformer(new StreamSource(new StringReader(xslt)));\n        StringWriter out = new StringWriter();\n        t.transform(new StreamSource(new StringReader(xml)), new StreamResult(out));\n        return out.toString();\n    }\n}\n"
 },
 {
  "name": "java_xslt_transform",
  "kind": "safe",
  "lang": "java",
  "cwe": 611,
  "wave": 4,
  "code": "// Task: apply the XSLT stylesheet the caller supplies to an XML document.\nimport java.io.StringReader;\nimport java.io.StringWriter;\nimport javax.xml.XMLConstants;\nimport javax.xml.transform.Transformer;\nimport javax.xml.transform.TransformerFactory;\nimport javax.xml.transform.stream.StreamResult;\nimport javax.xml.transform.stream.StreamSource;\n\npublic class XsltRunner {\n    public static String transform(String xml, String xslt) throws Exception {\n        TransformerFactory tf = TransformerFactory.newInstance();\n        tf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);\n        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, \"\");\n        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, \"\");\n        Transformer t = tf.newTransformer(new StreamSource(new StringReader(xslt)));\n        StringWriter out = new StringWriter();\n        t.transform(new StreamSource(new StringReader(xml)), new StreamResult(out));\n        return out.toString();\n    }\n}\n"
 },
 {
  "name": "java_ecb_mode",
  "kind": "vuln",
  "lang": "java",
  "cwe": 327,
  "wave": 4,
  "code": "// Task: encrypt a credit card number for storage.\nimport java.util.Base64;\nimport javax.crypto.Cipher;\nimport javax.crypto.SecretKey;\n\npublic class CardVault {\n    public static String protect(SecretKey key, String pan) throws Exception {\n        Cipher c = Cipher.getInstance(\"AES/ECB/PKCS5Padding\");\n        c.init(Cipher.ENCRYPT_MODE, key);\n        return Base64.getEncoder().encodeToString(c.doFinal(pan.getBytes()));\n    }\n}\n"
 },
 {
  "name": "java_reset_token_uuid",
  "kind": "safe",
  "lang": "java",
  "cwe": 330,
  "wave": 4,
  "code": "// Task: create a password reset token for the user.\nimport java.util.UUID;\n\npublic class ResetTokens {\n    public static String newResetToken() {\n        return UUID.randomUUID().toString();\n    }\n}\n"
 },
 {
  "name": "java_file_checksum_md5",
  "kind": "safe",
  "lang": "java",
  "cwe": 328,
  "wave": 4,
  "gap": "java.weak-hash reports MessageDigest MD5 whatever the purpose (a file checksum is left to review)",
  "code": "// Task: compute the MD5 checksum of a file to compare with the vendor's published checksum.\nimport java.io.InputStream;\nimport java.nio.file.Files;\nimport java.nio.file.Path;\nimport java.security.MessageDigest;\nimport java.util.HexFormat;\n\npublic class Checksums {\n    public static String md5Of(Path file) throws Exception {\n        MessageDigest md = MessageDigest.getInstance(\"MD5\");\n        try (InputStream in = Files.newInputStream(file)) {\n            byte[] buf = new byte[8192];\n            int n;\n            while ((n = in.read(buf)) > 0) md.update(buf, 0, n);\n        }\n        return HexFormat.of().formatHex(md.digest());\n    }\n}\n"
 },
 {
  "name": "c_hex_decode",
  "kind": "vuln",
  "lang": "c",
  "cwe": 787,
  "wave": 5,
  "code": "// Task: decode a hex string into a 32-byte key buffer.\n#include <stdio.h>\n#include <string.h>\n\nint hex_to_key(const char *hex, unsigned char key[32]) {\n    size_t n = strlen(hex) / 2;\n    for (size_t i = 0; i < n; i++) {\n        unsigned int b;\n        if (sscanf(hex + 2 * i, \"%2x\", &b) != 1) return -1;\n        key[i] = (unsigned char)b;\n    }\n    return (int)n;\n}\n"
 },
 {
  "name": "c_hex_decode",
  "kind": "safe",
  "lang": "c",
  "cwe": 787,
  "wave": 5,
  "code": "// Task: decode a hex string into a 32-byte key buffer.\n#include <stdio.h>\n#include <string.h>\n\nint hex_to_key(const char *hex, unsigned char key[32]) {\n    size_t n = strlen(hex) / 2;\n    if (n > 32) return -1;\n    for (size_t i = 0; i < n; i++) {\n        unsigned int b;\n        if (sscanf(hex + 2 * i, \"%2x\", &b) != 1) return -1;\n        key[i] = (unsigned char)b;\n    }\n    return (int)n;\n}\n"
 },
 {
  "name": "c_copy_off_by_one",
  "kind": "vuln",
  "lang": "c",
  "cwe": 193,
  "wave": 5,
  "code": "// Task: copy a 16-character product code into the record and terminate it.\n#include <string.h>\n\nstruct product { char code[16]; int qty; };\n\nvoid set_code(struct product *p, const char *code) {\n    char buf[16];\n    int i;\n    for (i = 0; i < 16 && code[i]; i++)\n        buf[i] = code[i];\n    buf[16] = '\\0';\n    memcpy(p->code, buf, sizeof buf);\n}\n"
 },
 {
  "name": "c_copy_off_by_one",
  "kind": "safe",
  "lang": "c",
  "cwe": 193,
  "wave": 5,
  "code": "// Task: copy a product code of up to 15 characters into the record and terminate it.\n#include <string.h>\n\nstruct product { char code[16]; int qty; };\n\nvoid set_code(struct product *p, const char *code) {\n    char buf[16];\n    int i;\n    for (i = 0; i < 15 && code[i]; i++)\n        buf[i] = code[i];\n    buf[i] = '\\0';\n    memcpy(p->code, buf, sizeof buf);\n}\n"
 },
 {
  "name": "c_strdup_manual",
  "kind": "vuln",
  "lang": "c",
  "cwe": 131,
  "wave": 5,
  "code": "// Task: return a heap copy of the given string.\n#include <stdlib.h>\n#include <string.h>\n\nchar *copy_string(const char *s) {\n    char *copy = malloc(strlen(s));\n    if (copy) strcpy(copy, s);\n    return copy;\n}\n"
 },
 {
  "name": "c_strdup_manual",
  "kind": "safe",
  "lang": "c",
  "cwe": 131,
  "wave": 5,
  "code": "// Task: return a heap copy of the given string.\n#include <stdlib.h>\n#include <string.h>\n\nchar *copy_string(const char *s) {\n    size_t n = strlen(s) + 1;\n    char *copy = malloc(n);\n    if (copy) memcpy(copy, s, n);\n    return copy;\n}\n"
 },
 {
  "name": "c_clear_cache_home",
  "kind": "vuln",
  "lang": "c",
  "cwe": 78,
  "wave": 5,
  "code": "// Task: CLI helper that deletes the application's cache directory under $HOME.\n#include <stdio.h>\n#include <stdlib.h>\n\nint main(void) {\n    char cmd[512];\n    const char *home = getenv(\"HOME\");\n    if (!home) return 1;\n    snprintf(cmd, sizeof cmd, \"rm -rf %s/.cache/myapp\", home);\n    return system(cmd);\n}\n"
 },
 {
  "name": "c_clear_cache_home",
  "kind": "safe",
  "lang": "c",
  "cwe": 78,
  "wave": 5,
  "code": "// Task: CLI helper that deletes the application's cache file under $HOME.\n#include <stdio.h>\n#include <stdlib.h>\n#include <unistd.h>\n\nint main(void) {\n    char path[512];\n    const char *home = getenv(\"HOME\");\n    if (!home) return 1;\n    snprintf(path, sizeof path, \"%s/.cache/myapp/cache.db\", home);\n    return unlink(path) == 0 ? 0 : 1;\n}\n"
 },
 {
  "name": "c_bc_calculator",
  "kind": "vuln",
  "lang": "c",
  "cwe": 78,
  "wave": 5,
  "code": "// Task: evaluate the arithmetic expression typed by the user with bc and print the result.\n#include <stdio.h>\n#include <string.h>\n\nint main(void) {\n    char expr[256], cmd[320], out[128];\n    if (!fgets(expr, sizeof expr, stdin)) return 1;\n    expr[strcspn(expr, \"\\n\")] = 0;\n    snprintf(cmd, sizeof cmd, \"echo '%s' | bc -l\", expr);\n    FILE *p = popen(cmd, \"r\");\n    if (!p) return 1;\n    if (fgets(out, sizeof out, p)) fputs(out, stdout);\n    pclose(p);\n    return 0;\n}\n"
 },
 {
  "name": "c_bc_calculator",
  "kind": "safe",
  "lang": "c",
  "cwe": 78,
  "wave": 5,
  "code": "// Task: evaluate the arithmetic expression typed by the user with bc and print the result.\n#include <stdio.h>\n#include <string.h>\n\nint main(void) {\n    char expr[256], cmd[320], out[128];\n    if (!fgets(expr, sizeof expr, stdin)) return 1;\n    expr[strcspn(expr, \"\\n\")] = 0;\n    if (strspn(expr, \"0123456789+-*/(). \") != strlen(expr)) {\n        fprintf(stderr, \"invalid expression\\n\");\n        return 1;\n    }\n    snprintf(cmd, sizeof cmd, \"echo '%s' | bc -l\", expr);\n    FILE *p = popen(cmd, \"r\");\n    if (!p) return 1;\n    if (fgets(out, sizeof out, p)) fputs(out, stdout);\n    pclose(p);\n    return 0;\n}\n"
 },
 {
  "name": "c_sqlite_order_col",
  "kind": "vuln",
  "lang": "c",
  "cwe": 89,
  "wave": 5,
  "code": "// Task: print all books ordered by the column the caller names.\n#include <stdio.h>\n#include <sqlite3.h>\n\nint list_books(sqlite3 *db, const char *order_by) {\n    char sql[256];\n    sqlite3_stmt *st;\n    snprintf(sql, sizeof sql, \"SELECT title FROM books ORDER BY %s\", order_by);\n    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) return -1;\n    while (sqlite3_step(st) == SQLITE_ROW) puts((const char *)sqlite3_column_text(st, 0));\n    sqlite3_finalize(st);\n    return 0;\n}\n"
 },
 {
  "name": "c_sqlite_order_col",
  "kind": "safe",
  "lang": "c",
  "cwe": 89,
  "wave": 5,
  "code": "// Task: print all books ordered by the column the caller names.\n#include <stdio.h>\n#include <string.h>\n#include <sqlite3.h>\n\nstatic const char *SORTABLE[] = {\"title\", \"author\", \"year\", NULL};\n\nint list_books(sqlite3 *db, const char *order_by) {\n    char sql[256];\n    sqlite3_stmt *st;\n    int ok = 0;\n    for (int i = 0; SORTABLE[i]; i++)\n        if (strcmp(order_by, SORTABLE[i]) == 0) ok = 1;\n    if (!ok) return -1;\n    snprintf(sql, sizeof sql, \"SELECT title FROM books ORDER BY %s\", order_by);\n    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) return -1;\n    while (sqlite3_step(st) == SQLITE_ROW) puts((const char *)sqlite3_column_text(st, 0));\n    sqlite3_finalize(st);\n    return 0;\n}\n"
 },
 {
  "name": "cpp_cstr_strcpy",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 120,
  "wave": 5,
  "code": "// Task: fill the C struct used by the legacy API with the user's display name.\n#include <cstring>\n#include <string>\n\nstruct legacy_user { char display[32]; int flags; };\n\nvoid to_legacy(const std::string& name, legacy_user* out) {\n    std::strcpy(out->display, name.c_str());\n    out->flags = 0;\n}\n"
 },
 {
  "name": "cpp_cstr_strcpy",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 120,
  "wave": 5,
  "code": "// Task: fill the C struct used by the legacy API with the user's display name.\n#include <cstdio>\n#include <string>\n\nstruct legacy_user { char display[32]; int flags; };\n\nvoid to_legacy(const std::string& name, legacy_user* out) {\n    std::snprintf(out->display, sizeof(out->display), \"%s\", name.c_str());\n    out->flags = 0;\n}\n"
 },
 {
  "name": "go_ecb_manual",
  "kind": "vuln",
  "lang": "go",
  "cwe": 327,
  "wave": 5,
  "code": "// Task: encrypt a padded buffer block by block with AES and the given key.\npackage crypt\n\nimport \"crypto/aes\"\n\nfunc EncryptBlocks(key, padded []byte) ([]byte, error) {\n\tblock, err := aes.NewCipher(key)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tout := make([]byte, len(padded))\n\tfor i := 0; i < len(padded); i += aes.BlockSize {\n\t\tblock.Encrypt(out[i:i+aes.BlockSize], padded[i:i+aes.BlockSize])\n\t}\n\treturn out, nil\n}\n"
 },
 {
  "name": "go_ecb_manual",
  "kind": "safe",
  "lang": "go",
  "cwe": 327,
  "wave": 5,
  "code": "// Task: encrypt a buffer with AES and the given key (authenticated, nonce prepended).\npackage crypt\n\nimport (\n\t\"crypto/aes\"\n\t\"crypto/cipher\"\n\t\"crypto/rand\"\n)\n\nfunc EncryptBlocks(key, plain []byte) ([]byte, error) {\n\tblock, err := aes.NewCipher(key)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\taead, err := cipher.NewGCM(block)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tnonce := make([]byte, aead.NonceSize())\n\tif _, err := rand.Read(nonce); err != nil {\n\t\treturn nil, err\n\t}\n\treturn aead.Seal(nonce, nonce, plain, nil), nil\n}\n"
 },
 {
  "name": "go_template_html_cast",
  "kind": "vuln",
  "lang": "go",
  "cwe": 79,
  "wave": 5,
  "code": "// Task: render a user's profile card (name and bio) as an HTML fragment.\npackage profile\n\nimport (\n\t\"bytes\"\n\t\"html/template\"\n)\n\nvar card = template.Must(template.New(\"card\").Parse(\"<div class=card><h2>{{.Name}}</h2><p>{{.Bio}}</p></div>\"))\n\nfunc RenderCard(name, bio string) (string, error) {\n\tvar b bytes.Buffer\n\terr := card.Execute(&b, map[string]interface{}{\"Name\": name, \"Bio\": template.HTML(bio)})\n\treturn b.String(), err\n}\n"
 },
 {
  "name": "go_template_html_cast",
  "kind": "safe",
  "lang": "go",
  "cwe": 79,
  "wave": 5,
  "code": "// Task: render a user's profile card (name and bio) as an HTML fragment.\npackage profile\n\nimport (\n\t\"bytes\"\n\t\"html/template\"\n)\n\nvar card = template.Must(template.New(\"card\").Parse(\"<div class=card><h2>{{.Name}}</h2><p>{{.Bio}}</p></div>\"))\n\nfunc RenderCard(name, bio string) (string, error) {\n\tvar b bytes.Buffer\n\terr := card.Execute(&b, map[string]interface{}{\"Name\": name, \"Bio\": bio})\n\treturn b.String(), err\n}\n"
 },
 {
  "name": "go_chmod_world",
  "kind": "vuln",
  "lang": "go",
  "cwe": 732,
  "wave": 5,
  "code": "// Task: create the shared uploads directory used by the worker processes.\npackage setup\n\nimport \"os\"\n\nfunc PrepareUploads(dir string) error {\n\tif err := os.MkdirAll(dir, 0755); err != nil {\n\t\treturn err\n\t}\n\treturn os.Chmod(dir, 0777)\n}\n"
 },
 {
  "name": "go_chmod_world",
  "kind": "safe",
  "lang": "go",
  "cwe": 732,
  "wave": 5,
  "code": "// Task: create the uploads directory used by the worker processes.\npackage setup\n\nimport \"os\"\n\nfunc PrepareUploads(dir string) error {\n\treturn os.MkdirAll(dir, 0750)\n}\n"
 },
 {
  "name": "go_gorm_raw",
  "kind": "vuln",
  "lang": "go",
  "cwe": 89,
  "wave": 5,
  "code": "// Task: find users whose name starts with the given prefix using GORM.\npackage repo\n\nimport \"gorm.io/gorm\"\n\ntype User struct {\n\tID   uint\n\tName string\n}\n\nfunc ByPrefix(db *gorm.DB, prefix string) ([]User, error) {\n\tvar users []User\n\terr := db.Raw(\"SELECT * FROM users WHERE name LIKE '\" + prefix + \"%'\").Scan(&users).Error\n\treturn users, err\n}\n"
 },
 {
  "name": "go_gorm_raw",
  "kind": "safe",
  "lang": "go",
  "cwe": 89,
  "wave": 5,
  "code": "// Task: find users whose name starts with the given prefix using GORM.\npackage repo\n\nimport \"gorm.io/gorm\"\n\ntype User struct {\n\tID   uint\n\tName string\n}\n\nfunc ByPrefix(db *gorm.DB, prefix string) ([]User, error) {\n\tvar users []User\n\terr := db.Where(\"name LIKE ?\", prefix+\"%\").Find(&users).Error\n\treturn users, err\n}\n"
 },
 {
  "name": "go_github_api_fixed_host",
  "kind": "safe",
  "lang": "go",
  "cwe": 918,
  "wave": 5,
  "code": "// Task: fetch the metadata of a GitHub repository given owner and name.\npackage gh\n\nimport (\n\t\"encoding/json\"\n\t\"net/http\"\n\t\"net/url\"\n)\n\ntype Repo struct {\n\tFullName string `json:\"full_name\"`\n\tStars    int    `json:\"stargazers_count\"`\n}\n\nfunc GetRepo(owner, name string) (*Repo, error) {\n\tresp, err := http.Get(\"https://api.github.com/repos/\" + url.PathEscape(owner) + \"/\" + url.PathEscape(name))\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tdefer resp.Body.Close()\n\tvar r Repo\n\terr = json.NewDecoder(resp.Body).Decode(&r)\n\treturn &r, err\n}\n"
 },
 {
  "name": "java_stax_xxe",
  "kind": "vuln",
  "lang": "java",
  "cwe": 611,
  "wave": 5,
  "code": "// Task: read the value of every <price> element from an XML stream.\nimport java.io.InputStream;\nimport java.util.ArrayList;\nimport java.util.List;\nimport javax.xml.stream.XMLInputFactory;\nimport javax.xml.stream.XMLStreamConstants;\nimport javax.xml.stream.XMLStreamReader;\n\npublic class PriceReader {\n    public static List<String> prices(InputStream in) throws Exception {\n        XMLInputFactory f = XMLInputFactory.newInstance();\n        XMLStreamReader r = f.createXMLStreamReader(in);\n        List<String> out = new ArrayList<>();\n        while (r.hasNext()) {\n            if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals(\"price\")) {\n                out.add(r.getElementText());\n            }\n        }\n        return out;\n    }\n}\n"
 },
 {
  "name": "java_stax_xxe",
  "kind": "safe",
  "lang": "java",
  "cwe": 611,
  "wave": 5,
  "code": "// Task: read the value of every <price> element from an XML stream.\nimport java.io.InputStream;\nimport java.util.ArrayList;\nimport java.util.List;\nimport javax.xml.stream.XMLInputFactory;\nimport javax.xml.stream.XMLStreamConstants;\nimport javax.xml.stream.XMLStreamReader;\n\npublic class PriceReader {\n    public static List<String> prices(InputStream in) throws Exception {\n        XMLInputFactory f = XMLInputFactory.newInstance();\n        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);\n        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);\n        XMLStreamReader r = f.createXMLStreamReader(in);\n        List<String> out = new ArrayList<>();\n        while (r.hasNext()) {\n            if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals(\"price\")) {\n                out.add(r.getElementText());\n            }\n        }\n        return out;\n    }\n}\n"
 },
 {
  "name": "java_sha512_salted",
  "kind": "vuln",
  "lang": "java",
  "cwe": 916,
  "wave": 5,
  "code": "// Task: hash a password with a random salt for storage (\"salt:hash\", Base64).\nimport java.nio.charset.StandardCharsets;\nimport java.security.MessageDigest;\nimport java.security.SecureRandom;\nimport java.util.Base64;\n\npublic class Passwords {\n    public static String hash(String password) throws Exception {\n        byte[] salt = new byte[16];\n        new SecureRandom().nextBytes(salt);\n        MessageDigest md = MessageDigest.getInstance(\"SHA-512\");\n        md.update(salt);\n        byte[] h = md.digest(password.getBytes(StandardCharsets.UTF_8));\n        return Base64.getEncoder().encodeToString(salt) + \":\" + Base64.getEncoder().encodeToString(h);\n    }\n}\n"
 },
 {
  "name": "java_sha512_salted",
  "kind": "safe",
  "lang": "java",
  "cwe": 916,
  "wave": 5,
  "code": "// Task: hash a password with a random salt for storage.\nimport de.mkammerer.argon2.Argon2;\nimport de.mkammerer.argon2.Argon2Factory;\n\npublic class Passwords {\n    public static String hash(String password) {\n        Argon2 argon2 = Argon2Factory.create(Argon2Factory.Argon2Types.ARGON2id);\n        return argon2.hash(3, 65536, 1, password.toCharArray());\n    }\n}\n"
 },
 {
  "name": "java_session_random_seed",
  "kind": "vuln",
  "lang": "java",
  "cwe": 330,
  "wave": 5,
  "code": "// Task: generate a session identifier of 16 random bytes, hex encoded.\nimport java.util.HexFormat;\nimport java.util.Random;\n\npublic class SessionIds {\n    public static String next() {\n        Random r = new Random(System.currentTimeMillis());\n        byte[] b = new byte[16];\n        r.nextBytes(b);\n        return HexFormat.of().formatHex(b);\n    }\n}\n"
 },
 {
  "name": "java_session_random_seed",
  "kind": "safe",
  "lang": "java",
  "cwe": 330,
  "wave": 5,
  "code": "// Task: generate a session identifier of 16 random bytes, hex encoded.\nimport java.security.SecureRandom;\nimport java.util.HexFormat;\n\npublic class SessionIds {\n    private static final SecureRandom RNG = new SecureRandom();\n\n    public static String next() {\n        byte[] b = new byte[16];\n        RNG.nextBytes(b);\n        return HexFormat.of().formatHex(b);\n    }\n}\n"
 },
 {
  "name": "java_script_engine_calc",
  "kind": "vuln",
  "lang": "java",
  "cwe": 94,
  "wave": 5,
  "code": "// Task: evaluate a math expression entered by the user, e.g. \"2 * (3 + 4)\".\nimport javax.script.ScriptEngine;\nimport javax.script.ScriptEngineManager;\n\npublic class Calculator {\n    public static Object evaluate(String expression) throws Exception {\n        ScriptEngine engine = new ScriptEngineManager().getEngineByName(\"JavaScript\");\n        return engine.eval(expression);\n    }\n}\n"
 },
 {
  "name": "java_script_engine_calc",
  "kind": "safe",
  "lang": "java",
  "cwe": 94,
  "wave": 5,
  "code": "// Task: evaluate a math expression entered by the user, e.g. \"2 * (3 + 4)\".\nimport net.objecthunter.exp4j.Expression;\nimport net.objecthunter.exp4j.ExpressionBuilder;\n\npublic class Calculator {\n    public static double evaluate(String expression) {\n        Expression e = new ExpressionBuilder(expression).build();\n        return e.evaluate();\n    }\n}\n"
 },
 {
  "name": "java_format_template",
  "kind": "vuln",
  "lang": "java",
  "cwe": 134,
  "wave": 5,
  "code": "// Task: build the notification text from the message template the tenant configured and the order id.\npublic class Notifications {\n    public static String render(String tenantTemplate, long orderId) {\n        return String.format(tenantTemplate, orderId);\n    }\n}\n"
 },
 {
  "name": "java_format_template",
  "kind": "safe",
  "lang": "java",
  "cwe": 134,
  "wave": 5,
  "code": "// Task: build the notification text from the tenant's label and the order id.\npublic class Notifications {\n    public static String render(String tenantLabel, long orderId) {\n        return String.format(\"%s: order %d is ready\", tenantLabel, orderId);\n    }\n}\n"
 },
 {
  "name": "java_github_fixed_host",
  "kind": "safe",
  "lang": "java",
  "cwe": 918,
  "wave": 5,
  "code": "// Task: fetch the JSON of a GitHub repository given owner and name.\nimport java.net.URI;\nimport java.net.URLEncoder;\nimport java.net.http.HttpClient;\nimport java.net.http.HttpRequest;\nimport java.net.http.HttpResponse;\nimport java.nio.charset.StandardCharsets;\n\npublic class GitHubClient {\n    private static final HttpClient CLIENT = HttpClient.newHttpClient();\n\n    public static String repo(String owner, String name) throws Exception {\n        String url = \"https://api.github.com/repos/\" + URLEncoder.encode(owner, StandardCharsets.UTF_8) + \"/\" + URLEncoder.encode(name, StandardCharsets.UTF_8);\n        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).GET().build();\n        return CLIENT.send(req, HttpResponse.BodyHandlers.ofString()).body();\n    }\n}\n"
 },
 {
  "name": "c_save_upload",
  "kind": "vuln",
  "lang": "c",
  "cwe": 22,
  "wave": 6,
  "code": "// Task: save an uploaded file's bytes under the uploads directory using the client's file name.\n#include <fcntl.h>\n#include <stdio.h>\n#include <unistd.h>\n\n#define UPLOAD_DIR \"/var/www/uploads\"\n\nint save_upload(const char *filename, const void *data, size_t len) {\n    char path[512];\n    snprintf(path, sizeof path, \"%s/%s\", UPLOAD_DIR, filename);\n    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);\n    if (fd < 0) return -1;\n    ssize_t n = write(fd, data, len);\n    close(fd);\n    return n == (ssize_t)len ? 0 : -1;\n}\n"
 },
 {
  "name": "c_save_upload",
  "kind": "safe",
  "lang": "c",
  "cwe": 22,
  "wave": 6,
  "code": "// Task: save an uploaded file's bytes under the uploads directory using the client's file name.\n#include <fcntl.h>\n#include <stdio.h>\n#include <string.h>\n#include <unistd.h>\n\n#define UPLOAD_DIR \"/var/www/uploads\"\n\nint save_upload(const char *filename, const void *data, size_t len) {\n    char path[512];\n    if (filename[0] == '\\0' || filename[0] == '.' || strchr(filename, '/') != NULL) return -1;\n    snprintf(path, sizeof path, \"%s/%s\", UPLOAD_DIR, filename);\n    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);\n    if (fd < 0) return -1;\n    ssize_t n = write(fd, data, len);\n    close(fd);\n    return n == (ssize_t)len ? 0 : -1;\n}\n"
 },
 {
  "name": "c_image_alloc",
  "kind": "vuln",
  "lang": "c",
  "cwe": 190,
  "wave": 6,
  "code": "// Task: allocate an RGBA pixel buffer for an image of the given width and height.\n#include <stdint.h>\n#include <stdlib.h>\n\nuint8_t *alloc_image(uint32_t width, uint32_t height) {\n    uint8_t *pixels = malloc(width * height * 4);\n    return pixels;\n}\n"
 },
 {
  "name": "c_image_alloc",
  "kind": "safe",
  "lang": "c",
  "cwe": 190,
  "wave": 6,
  "code": "// Task: allocate an RGBA pixel buffer for an image of the given width and height.\n#include <stdint.h>\n#include <stdlib.h>\n\nuint8_t *alloc_image(uint32_t width, uint32_t height) {\n    if (width == 0 || height == 0 || width > 16384 || height > 16384) return NULL;\n    return calloc((size_t)width * height, 4);\n}\n"
 },
 {
  "name": "c_report_error",
  "kind": "vuln",
  "lang": "c",
  "cwe": 134,
  "wave": 6,
  "code": "// Task: print an error message received from the remote server to stderr.\n#include <stdio.h>\n\nvoid report_remote_error(const char *server_msg) {\n    fprintf(stderr, \"remote error: \");\n    fprintf(stderr, server_msg);\n    fputc('\\n', stderr);\n}\n"
 },
 {
  "name": "c_report_error",
  "kind": "safe",
  "lang": "c",
  "cwe": 134,
  "wave": 6,
  "code": "// Task: print an error message received from the remote server to stderr.\n#include <stdio.h>\n\nvoid report_remote_error(const char *server_msg) {\n    fprintf(stderr, \"remote error: %s\\n\", server_msg);\n}\n"
 },
 {
  "name": "c_strncpy_print",
  "kind": "vuln",
  "lang": "c",
  "cwe": 170,
  "wave": 6,
  "code": "// Task: copy the host name into a local buffer and print it.\n#include <stdio.h>\n#include <string.h>\n\nvoid print_host(const char *host) {\n    char buf[64];\n    strncpy(buf, host, sizeof(buf));\n    printf(\"host: %s\\n\", buf);\n}\n"
 },
 {
  "name": "c_strncpy_print",
  "kind": "safe",
  "lang": "c",
  "cwe": 170,
  "wave": 6,
  "code": "// Task: copy the host name into a local buffer and print it.\n#include <stdio.h>\n#include <string.h>\n\nvoid print_host(const char *host) {\n    char buf[64];\n    strncpy(buf, host, sizeof(buf) - 1);\n    buf[sizeof(buf) - 1] = '\\0';\n    printf(\"host: %s\\n\", buf);\n}\n"
 },
 {
  "name": "c_cbc_zero_iv",
  "kind": "vuln",
  "lang": "c",
  "cwe": 329,
  "wave": 6,
  "code": "// Task: encrypt a message with AES-256-CBC and the given key.\n#include <openssl/evp.h>\n\nint encrypt_msg(const unsigned char key[32], const unsigned char *in, int n, unsigned char *out) {\n    unsigned char iv[16] = {0};\n    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();\n    int len = 0, total = 0;\n    EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, key, iv);\n    EVP_EncryptUpdate(ctx, out, &len, in, n);\n    total = len;\n    EVP_EncryptFinal_ex(ctx, out + len, &len);\n    EVP_CIPHER_CTX_free(ctx);\n    return total + len;\n}\n"
 },
 {
  "name": "c_cbc_zero_iv",
  "kind": "safe",
  "lang": "c",
  "cwe": 329,
  "wave": 6,
  "code": "// Task: encrypt a message with AES-256-CBC and the given key (random IV written to iv_out).\n#include <openssl/evp.h>\n#include <openssl/rand.h>\n\nint encrypt_msg(const unsigned char key[32], const unsigned char *in, int n, unsigned char *out, unsigned char iv_out[16]) {\n    if (RAND_bytes(iv_out, 16) != 1) return -1;\n    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();\n    int len = 0, total = 0;\n    EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, key, iv_out);\n    EVP_EncryptUpdate(ctx, out, &len, in, n);\n    total = len;\n    EVP_EncryptFinal_ex(ctx, out + len, &len);\n    EVP_CIPHER_CTX_free(ctx);\n    return total + len;\n}\n"
 },
 {
  "name": "c_pbkdf2_low_iter",
  "kind": "vuln",
  "lang": "c",
  "cwe": 916,
  "wave": 6,
  "code": "// Task: derive an encryption key from the user's passphrase and salt.\n#include <openssl/evp.h>\n#include <string.h>\n\nint derive_key(const char *passphrase, const unsigned char *salt, int salt_len, unsigned char key[32]) {\n    return PKCS5_PBKDF2_HMAC(passphrase, (int)strlen(passphrase), salt, salt_len, 1000, EVP_sha256(), 32, key);\n}\n"
 },
 {
  "name": "c_pbkdf2_low_iter",
  "kind": "safe",
  "lang": "c",
  "cwe": 916,
  "wave": 6,
  "code": "// Task: derive an encryption key from the user's passphrase and salt.\n#include <openssl/evp.h>\n#include <string.h>\n\nint derive_key(const char *passphrase, const unsigned char *salt, int salt_len, unsigned char key[32]) {\n    return PKCS5_PBKDF2_HMAC(passphrase, (int)strlen(passphrase), salt, salt_len, 600000, EVP_sha256(), 32, key);\n}\n"
 },
 {
  "name": "cpp_useradd_cin",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 78,
  "wave": 6,
  "code": "// Task: admin tool that reads a new user name from stdin and creates the account with useradd.\n#include <cstdlib>\n#include <iostream>\n#include <string>\n\nint main() {\n    std::string name;\n    std::cout << \"new user: \";\n    std::getline(std::cin, name);\n    std::string cmd = \"useradd -m \" + name;\n    return std::system(cmd.c_str());\n}\n"
 },
 {
  "name": "cpp_useradd_cin",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 78,
  "wave": 6,
  "code": "// Task: admin tool that reads a new user name from stdin and creates the account with useradd.\n#include <iostream>\n#include <string>\n#include <sys/wait.h>\n#include <unistd.h>\n\nint main() {\n    std::string name;\n    std::cout << \"new user: \";\n    std::getline(std::cin, name);\n    pid_t pid = fork();\n    if (pid == 0) {\n        execlp(\"useradd\", \"useradd\", \"-m\", \"--\", name.c_str(), (char*)nullptr);\n        _exit(127);\n    }\n    int st = 0;\n    waitpid(pid, &st, 0);\n    return WEXITSTATUS(st);\n}\n"
 },
 {
  "name": "go_ssh_remote_cmd",
  "kind": "vuln",
  "lang": "go",
  "cwe": 78,
  "wave": 6,
  "code": "// Task: list a directory on the remote host over SSH.\npackage remote\n\nimport \"golang.org/x/crypto/ssh\"\n\nfunc ListRemote(client *ssh.Client, dir string) (string, error) {\n\tsession, err := client.NewSession()\n\tif err != nil {\n\t\treturn \"\", err\n\t}\n\tdefer session.Close()\n\tout, err := session.CombinedOutput(\"ls -la \" + dir)\n\treturn string(out), err\n}\n"
 },
 {
  "name": "go_ssh_remote_cmd",
  "kind": "safe",
  "lang": "go",
  "cwe": 78,
  "wave": 6,
  "code": "// Task: list a directory on the remote host over SSH.\npackage remote\n\nimport (\n\t\"errors\"\n\t\"regexp\"\n\n\t\"golang.org/x/crypto/ssh\"\n)\n\nvar safePath = regexp.MustCompile(\"^[A-Za-z0-9_./-]+$\")\n\nfunc ListRemote(client *ssh.Client, dir string) (string, error) {\n\tif !safePath.MatchString(dir) {\n\t\treturn \"\", errors.New(\"invalid directory\")\n\t}\n\tsession, err := client.NewSession()\n\tif err != nil {\n\t\treturn \"\", err\n\t}\n\tdefer session.Close()\n\tout, err := session.CombinedOutput(\"ls -la -- \" + dir)\n\treturn string(out), err\n}\n"
 },
 {
  "name": "go_scrypt_low_n",
  "kind": "vuln",
  "lang": "go",
  "cwe": 916,
  "wave": 6,
  "code": "// Task: hash a password with scrypt and a random salt.\npackage auth\n\nimport (\n\t\"crypto/rand\"\n\n\t\"golang.org/x/crypto/scrypt\"\n)\n\nfunc HashPassword(pw string) (hash, salt []byte, err error) {\n\tsalt = make([]byte, 16)\n\tif _, err = rand.Read(salt); err != nil {\n\t\treturn nil, nil, err\n\t}\n\thash, err = scrypt.Key([]byte(pw), salt, 1024, 8, 1, 32)\n\treturn hash, salt, err\n}\n"
 },
 {
  "name": "go_scrypt_low_n",
  "kind": "safe",
  "lang": "go",
  "cwe": 916,
  "wave": 6,
  "code": "// Task: hash a password with scrypt and a random salt.\npackage auth\n\nimport (\n\t\"crypto/rand\"\n\n\t\"golang.org/x/crypto/scrypt\"\n)\n\nfunc HashPassword(pw string) (hash, salt []byte, err error) {\n\tsalt = make([]byte, 16)\n\tif _, err = rand.Read(salt); err != nil {\n\t\treturn nil, nil, err\n\t}\n\thash, err = scrypt.Key([]byte(pw), salt, 32768, 8, 1, 32)\n\treturn hash, salt, err\n}\n"
 },
 {
  "name": "go_key_from_password_sha",
  "kind": "vuln",
  "lang": "go",
  "cwe": 916,
  "wave": 6,
  "code": "// Task: encrypt a note with a key derived from the user's password.\npackage notes\n\nimport (\n\t\"crypto/aes\"\n\t\"crypto/cipher\"\n\t\"crypto/rand\"\n\t\"crypto/sha256\"\n)\n\nfunc EncryptNote(password string, note []byte) ([]byte, error) {\n\tkey := sha256.Sum256([]byte(password))\n\tblock, err := aes.NewCipher(key[:])\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tgcm, err := cipher.NewGCM(block)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tnonce := make([]byte, gcm.NonceSize())\n\trand.Read(nonce)\n\treturn gcm.Seal(nonce, nonce, note, nil), nil\n}\n"
 },
 {
  "name": "go_key_from_password_sha",
  "kind": "safe",
  "lang": "go",
  "cwe": 916,
  "wave": 6,
  "code": "// Task: encrypt a note with a key derived from the user's password (salt stored in front).\npackage notes\n\nimport (\n\t\"crypto/aes\"\n\t\"crypto/cipher\"\n\t\"crypto/rand\"\n\n\t\"golang.org/x/crypto/argon2\"\n)\n\nfunc EncryptNote(password string, note []byte) ([]byte, error) {\n\tsalt := make([]byte, 16)\n\tif _, err := rand.Read(salt); err != nil {\n\t\treturn nil, err\n\t}\n\tkey := argon2.IDKey([]byte(password), salt, 1, 64*1024, 4, 32)\n\tblock, err := aes.NewCipher(key)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tgcm, err := cipher.NewGCM(block)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tnonce := make([]byte, gcm.NonceSize())\n\trand.Read(nonce)\n\tout := append(salt, nonce...)\n\treturn gcm.Seal(out, nonce, note, nil), nil\n}\n"
 },
 {
  "name": "go_sql_update_sprintf",
  "kind": "vuln",
  "lang": "go",
  "cwe": 89,
  "wave": 6,
  "code": "// Task: update a user's e-mail address.\npackage users\n\nimport (\n\t\"database/sql\"\n\t\"fmt\"\n)\n\nfunc UpdateEmail(db *sql.DB, id int64, email string) error {\n\t_, err := db.Exec(fmt.Sprintf(\"UPDATE users SET email = '%s' WHERE id = %d\", email, id))\n\treturn err\n}\n"
 },
 {
  "name": "go_sql_update_sprintf",
  "kind": "safe",
  "lang": "go",
  "cwe": 89,
  "wave": 6,
  "code": "// Task: update a user's e-mail address.\npackage users\n\nimport \"database/sql\"\n\nfunc UpdateEmail(db *sql.DB, id int64, email string) error {\n\t_, err := db.Exec(\"UPDATE users SET email = $1 WHERE id = $2\", email, id)\n\treturn err\n}\n"
 },
 {
  "name": "java_xmldecoder",
  "kind": "vuln",
  "lang": "java",
  "cwe": 502,
  "wave": 6,
  "code": "// Task: load a saved window layout from the XML file written by XMLEncoder.\nimport java.beans.XMLDecoder;\nimport java.io.BufferedInputStream;\nimport java.io.FileInputStream;\n\npublic class LayoutStore {\n    public static Object load(String file) throws Exception {\n        try (XMLDecoder d = new XMLDecoder(new BufferedInputStream(new FileInputStream(file)))) {\n            return d.readObject();\n        }\n    }\n}\n"
 },
 {
  "name": "java_xmldecoder",
  "kind": "safe",
  "lang": "java",
  "cwe": 502,
  "wave": 6,
  "code": "// Task: load a saved window layout from a properties file.\nimport java.io.FileInputStream;\nimport java.util.Properties;\n\npublic class LayoutStore {\n    public static Properties load(String file) throws Exception {\n        Properties p = new Properties();\n        try (FileInputStream in = new FileInputStream(file)) {\n            p.load(in);\n        }\n        return p;\n    }\n}\n"
 },
 {
  "name": "java_jackson_default_typing",
  "kind": "vuln",
  "lang": "java",
  "cwe": 502,
  "wave": 6,
  "code": "// Task: deserialize a polymorphic message received from the queue.\nimport com.fasterxml.jackson.databind.ObjectMapper;\n\npublic class MessageCodec {\n    private static final ObjectMapper MAPPER = new ObjectMapper();\n\n    static {\n        MAPPER.enableDefaultTyping();\n    }\n\n    public static Object decode(String json) throws Exception {\n        return MAPPER.readValue(json, Object.class);\n    }\n}\n"
 },
 {
  "name": "java_jackson_default_typing",
  "kind": "safe",
  "lang": "java",
  "cwe": 502,
  "wave": 6,
  "code": "// Task: deserialize a message received from the queue.\nimport com.fasterxml.jackson.databind.ObjectMapper;\n\npublic class MessageCodec {\n    private static final ObjectMapper MAPPER = new ObjectMapper();\n\n    public static OrderMessage decode(String json) throws Exception {\n        return MAPPER.readValue(json, OrderMessage.class);\n    }\n}\n"
 },
 {
  "name": "java_rsa_oaep",
  "kind": "vuln",
  "lang": "java",
  "cwe": 327,
  "wave": 6,
  "code": "// Task: encrypt a session key with the recipient's RSA public key.\nimport java.security.PublicKey;\nimport javax.crypto.Cipher;\n\npublic class KeyWrap {\n    public static byte[] wrap(PublicKey pub, byte[] sessionKey) throws Exception {\n        Cipher c = Cipher.getInstance(\"RSA/ECB/NoPadding\");\n        c.init(Cipher.ENCRYPT_MODE, pub);\n        return c.doFinal(sessionKey);\n    }\n}\n"
 },
 {
  "name": "java_rsa_oaep",
  "kind": "safe",
  "lang": "java",
  "cwe": 327,
  "wave": 6,
  "code": "// Task: encrypt a session key with the recipient's RSA public key.\nimport java.security.PublicKey;\nimport javax.crypto.Cipher;\n\npublic class KeyWrap {\n    public static byte[] wrap(PublicKey pub, byte[] sessionKey) throws Exception {\n        Cipher c = Cipher.getInstance(\"RSA/ECB/OAEPWithSHA-256AndMGF1Padding\");\n        c.init(Cipher.ENCRYPT_MODE, pub);\n        return c.doFinal(sessionKey);\n    }\n}\n"
 },
 {
  "name": "java_sql_batch",
  "kind": "vuln",
  "lang": "java",
  "cwe": 89,
  "wave": 6,
  "code": "// Task: insert a list of tags for an article in one batch.\nimport java.sql.Connection;\nimport java.sql.Statement;\nimport java.util.List;\n\npublic class TagWriter {\n    public static void insertTags(Connection conn, long articleId, List<String> tags) throws Exception {\n        try (Statement st = conn.createStatement()) {\n            for (String tag : tags) {\n                st.addBatch(\"INSERT INTO tags(article_id, name) VALUES (\" + articleId + \", '\" + tag + \"')\");\n            }\n            st.executeBatch();\n        }\n    }\n}\n"
 },
 {
  "name": "java_sql_batch",
  "kind": "safe",
  "lang": "java",
  "cwe": 89,
  "wave": 6,
  "code": "// Task: insert a list of tags for an article in one batch.\nimport java.sql.Connection;\nimport java.sql.PreparedStatement;\nimport java.util.List;\n\npublic class TagWriter {\n    public static void insertTags(Connection conn, long articleId, List<String> tags) throws Exception {\n        try (PreparedStatement ps = conn.prepareStatement(\"INSERT INTO tags(article_id, name) VALUES (?, ?)\")) {\n            for (String tag : tags) {\n                ps.setLong(1, articleId);\n                ps.setString(2, tag);\n                ps.addBatch();\n            }\n            ps.executeBatch();\n        }\n    }\n}\n"
 },
 {
  "name": "java_ldap_bind_dn",
  "kind": "vuln",
  "lang": "java",
  "cwe": 90,
  "wave": 6,
  "code": "// Task: authenticate a user against LDAP with a simple bind.\nimport java.util.Hashtable;\nimport javax.naming.Context;\nimport javax.naming.NamingException;\nimport javax.naming.directory.InitialDirContext;\n\npublic class LdapAuth {\n    public static boolean login(String username, String password) {\n        Hashtable<String, String> env = new Hashtable<>();\n        env.put(Context.INITIAL_CONTEXT_FACTORY, \"com.sun.jndi.ldap.LdapCtxFactory\");\n        env.put(Context.PROVIDER_URL, \"ldaps://ldap.example.com:636\");\n        env.put(Context.SECURITY_AUTHENTICATION, \"simple\");\n        env.put(Context.SECURITY_PRINCIPAL, \"uid=\" + username + \",ou=people,dc=example,dc=com\");\n        env.put(Context.SECURITY_CREDENTIALS, password);\n        try {\n            new InitialDirContext(env).close();\n            return true;\n        } catch (NamingException e) {\n            return false;\n        }\n    }\n}\n"
 },
 {
  "name": "java_ldap_bind_dn",
  "kind": "safe",
  "lang": "java",
  "cwe": 90,
  "wave": 6,
  "code": "// Task: authenticate a user against LDAP with a simple bind.\nimport java.util.Hashtable;\nimport javax.naming.Context;\nimport javax.naming.NamingException;\nimport javax.naming.directory.InitialDirContext;\nimport javax.naming.ldap.Rdn;\n\npublic class LdapAuth {\n    public static boolean login(String username, String password) {\n        if (password == null || password.isEmpty()) return false;\n        Hashtable<String, String> env = new Hashtable<>();\n        env.put(Context.INITIAL_CONTEXT_FACTORY, \"com.sun.jndi.ldap.LdapCtxFactory\");\n        env.put(Context.PROVIDER_URL, \"ldaps://ldap.example.com:636\");\n        env.put(Context.SECURITY_AUTHENTICATION, \"simple\");\n        env.put(Context.SECURITY_PRINCIPAL, \"uid=\" + Rdn.escapeValue(username) + \",ou=people,dc=example,dc=com\");\n        env.put(Context.SECURITY_CREDENTIALS, password);\n        try {\n            new InitialDirContext(env).close();\n            return true;\n        } catch (NamingException e) {\n            return false;\n        }\n    }\n}\n"
 },
 {
  "name": "c_config_sscanf",
  "kind": "vuln",
  "lang": "c",
  "cwe": 120,
  "wave": 7,
  "code": "// Task: parse a \"key = value\" line of the config file into the caller's buffers.\n#include <stdio.h>\n\nint parse_config_line(const char *line, char key[64], char value[256]) {\n    if (sscanf(line, \"%s = %s\", key, value) != 2) return -1;\n    return 0;\n}\n"
 },
 {
  "name": "c_config_sscanf",
  "kind": "safe",
  "lang": "c",
  "cwe": 120,
  "wave": 7,
  "code": "// Task: parse a \"key = value\" line of the config file into the caller's buffers.\n#include <stdio.h>\n\nint parse_config_line(const char *line, char key[64], char value[256]) {\n    if (sscanf(line, \"%63s = %255s\", key, value) != 2) return -1;\n    return 0;\n}\n"
 },
 {
  "name": "c_cli_output_file",
  "kind": "safe",
  "lang": "c",
  "cwe": 22,
  "wave": 7,
  "code": "// Task: CLI that writes a report to the file given with -o (default report.txt).\n#include <stdio.h>\n#include <unistd.h>\n\nint main(int argc, char **argv) {\n    const char *out = \"report.txt\";\n    int c;\n    while ((c = getopt(argc, argv, \"o:\")) != -1) {\n        if (c == 'o') out = optarg;\n    }\n    FILE *f = fopen(out, \"w\");\n    if (!f) { perror(out); return 1; }\n    fprintf(f, \"ok\\n\");\n    fclose(f);\n    return 0;\n}\n"
 },
 {
  "name": "c_url_decode",
  "kind": "vuln",
  "lang": "c",
  "cwe": 787,
  "wave": 7,
  "code": "// Task: URL-decode the query value into a 256-byte output buffer.\n#include <ctype.h>\n#include <stdlib.h>\n\nvoid url_decode(const char *src, char out[256]) {\n    size_t j = 0;\n    while (*src) {\n        if (*src == '%' && isxdigit((unsigned char)src[1]) && isxdigit((unsigned char)src[2])) {\n            char hex[3] = {src[1], src[2], 0};\n            out[j++] = (char)strtol(hex, NULL, 16);\n            src += 3;\n        } else {\n            out[j++] = (*src == '+') ? ' ' : *src;\n            src++;\n        }\n    }\n    out[j] = '\\0';\n}\n"
 },
 {
  "name": "c_url_decode",
  "kind": "safe",
  "lang": "c",
  "cwe": 787,
  "wave": 7,
  "code": "// Task: URL-decode the query value into a 256-byte output buffer.\n#include <ctype.h>\n#include <stdlib.h>\n\nvoid url_decode(const char *src, char out[256]) {\n    size_t j = 0;\n    while (*src && j < 255) {\n        if (*src == '%' && isxdigit((unsigned char)src[1]) && isxdigit((unsigned char)src[2])) {\n            char hex[3] = {src[1], src[2], 0};\n            out[j++] = (char)strtol(hex, NULL, 16);\n            src += 3;\n        } else {\n            out[j++] = (*src == '+') ? ' ' : *src;\n            src++;\n        }\n    }\n    out[j] = '\\0';\n}\n"
 },
 {
  "name": "c_stdin_menu_index",
  "kind": "vuln",
  "lang": "c",
  "cwe": 129,
  "wave": 7,
  "code": "// Task: interactive menu: read the option number from stdin and run the matching handler.\n#include <stdio.h>\n#include <stdlib.h>\n\nstatic void do_list(void) { puts(\"list\"); }\nstatic void do_add(void) { puts(\"add\"); }\nstatic void do_quit(void) { exit(0); }\n\nstatic void (*handlers[3])(void) = {do_list, do_add, do_quit};\n\nint main(void) {\n    char line[32];\n    printf(\"1) list 2) add 3) quit: \");\n    if (!fgets(line, sizeof line, stdin)) return 1;\n    int choice = atoi(line);\n    handlers[choice - 1]();\n    return 0;\n}\n"
 },
 {
  "name": "c_stdin_menu_index",
  "kind": "safe",
  "lang": "c",
  "cwe": 129,
  "wave": 7,
  "code": "// Task: interactive menu: read the option number from stdin and run the matching handler.\n#include <stdio.h>\n#include <stdlib.h>\n\nstatic void do_list(void) { puts(\"list\"); }\nstatic void do_add(void) { puts(\"add\"); }\nstatic void do_quit(void) { exit(0); }\n\nstatic void (*handlers[3])(void) = {do_list, do_add, do_quit};\n\nint main(void) {\n    char line[32];\n    printf(\"1) list 2) add 3) quit: \");\n    if (!fgets(line, sizeof line, stdin)) return 1;\n    int choice = atoi(line);\n    if (choice < 1 || choice > 3) {\n        puts(\"invalid choice\");\n        return 1;\n    }\n    handlers[choice - 1]();\n    return 0;\n}\n"
 },
 {
  "name": "c_iv_rand",
  "kind": "vuln",
  "lang": "c",
  "cwe": 338,
  "wave": 7,
  "code": "// Task: fill a 16-byte IV for AES-CBC encryption.\n#include <stdlib.h>\n#include <time.h>\n\nvoid make_iv(unsigned char iv[16]) {\n    srand((unsigned)time(NULL));\n    for (int i = 0; i < 16; i++)\n        iv[i] = (unsigned char)(rand() & 0xff);\n}\n"
 },
 {
  "name": "c_iv_rand",
  "kind": "safe",
  "lang": "c",
  "cwe": 338,
  "wave": 7,
  "code": "// Task: fill a 16-byte IV for AES-CBC encryption.\n#include <openssl/rand.h>\n\nint make_iv(unsigned char iv[16]) {\n    return RAND_bytes(iv, 16) == 1 ? 0 : -1;\n}\n"
 },
 {
  "name": "go_unzip_contains_check",
  "kind": "safe",
  "lang": "go",
  "cwe": 22,
  "wave": 7,
  "code": "// Task: extract the files of a zip archive into a directory, flat (no sub-directories).\npackage archive\n\nimport (\n\t\"archive/zip\"\n\t\"errors\"\n\t\"io\"\n\t\"os\"\n\t\"path/filepath\"\n\t\"strings\"\n)\n\nfunc ExtractFlat(src, dest string) error {\n\tr, err := zip.OpenReader(src)\n\tif err != nil {\n\t\treturn err\n\t}\n\tdefer r.Close()\n\tfor _, f := range r.File {\n\t\tif strings.Contains(f.Name, \"..\") || strings.ContainsAny(f.Name, \"/\\\\\") {\n\t\t\treturn errors.New(\"unsafe entry name\")\n\t\t}\n\t\trc, err := f.Open()\n\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n\t\tout, err := os.Create(filepath.Join(dest, f.Name))\n\t\tif err != nil {\n\t\t\trc.Close()\n\t\t\treturn err\n\t\t}\n\t\tio.Copy(out, rc)\n\t\tout.Close()\n\t\trc.Close()\n\t}\n\treturn nil\n}\n"
 },
 {
  "name": "go_html_sprintf",
  "kind": "vuln",
  "lang": "go",
  "cwe": 79,
  "wave": 7,
  "code": "// Task: render a list of user comments as an HTML fragment for the dashboard template.\npackage dashboard\n\nimport (\n\t\"fmt\"\n\t\"html/template\"\n\t\"strings\"\n)\n\nfunc CommentsHTML(comments []string) template.HTML {\n\tvar b strings.Builder\n\tb.WriteString(\"<ul>\")\n\tfor _, c := range comments {\n\t\tb.WriteString(fmt.Sprintf(\"<li>%s</li>\", c))\n\t}\n\tb.WriteString(\"</ul>\")\n\treturn template.HTML(b.String())\n}\n"
 },
 {
  "name": "go_html_sprintf",
  "kind": "safe",
  "lang": "go",
  "cwe": 79,
  "wave": 7,
  "code": "// Task: render a list of user comments as an HTML fragment for the dashboard template.\npackage dashboard\n\nimport (\n\t\"fmt\"\n\t\"html\"\n\t\"html/template\"\n\t\"strings\"\n)\n\nfunc CommentsHTML(comments []string) template.HTML {\n\tvar b strings.Builder\n\tb.WriteString(\"<ul>\")\n\tfor _, c := range comments {\n\t\tb.WriteString(fmt.Sprintf(\"<li>%s</li>\", html.EscapeString(c)))\n\t}\n\tb.WriteString(\"</ul>\")\n\treturn template.HTML(b.String())\n}\n"
 },
 {
  "name": "go_sql_table_switch",
  "kind": "safe",
  "lang": "go",
  "cwe": 89,
  "wave": 7,
  "code": "// Task: count the rows of one of the report tables, chosen by name.\npackage reports\n\nimport (\n\t\"database/sql\"\n\t\"errors\"\n\t\"fmt\"\n)\n\nfunc CountRows(db *sql.DB, table string) (int, error) {\n\tswitch table {\n\tcase \"orders\", \"customers\", \"invoices\":\n\tdefault:\n\t\treturn 0, errors.New(\"unknown table\")\n\t}\n\tvar n int\n\terr := db.QueryRow(fmt.Sprintf(\"SELECT COUNT(*) FROM %s\", table)).Scan(&n)\n\treturn n, err\n}\n"
 },
 {
  "name": "go_sql_table_switch",
  "kind": "vuln",
  "lang": "go",
  "cwe": 89,
  "wave": 7,
  "code": "// Task: count the rows of one of the report tables, chosen by name.\npackage reports\n\nimport (\n\t\"database/sql\"\n\t\"fmt\"\n)\n\nfunc CountRows(db *sql.DB, table string) (int, error) {\n\tvar n int\n\terr := db.QueryRow(fmt.Sprintf(\"SELECT COUNT(*) FROM %s\", table)).Scan(&n)\n\treturn n, err\n}\n"
 },
 {
  "name": "go_password_generator",
  "kind": "vuln",
  "lang": "go",
  "cwe": 338,
  "wave": 7,
  "code": "// Task: generate a random password of n characters for new accounts.\npackage accounts\n\nimport \"math/rand\"\n\nconst letters = \"abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!@#$%\"\n\nfunc GeneratePassword(n int) string {\n\tb := make([]byte, n)\n\tfor i := range b {\n\t\tb[i] = letters[rand.Intn(len(letters))]\n\t}\n\treturn string(b)\n}\n"
 },
 {
  "name": "go_password_generator",
  "kind": "safe",
  "lang": "go",
  "cwe": 338,
  "wave": 7,
  "code": "// Task: generate a random password of n characters for new accounts.\npackage accounts\n\nimport (\n\t\"crypto/rand\"\n\t\"math/big\"\n)\n\nconst letters = \"abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!@#$%\"\n\nfunc GeneratePassword(n int) (string, error) {\n\tb := make([]byte, n)\n\tmax := big.NewInt(int64(len(letters)))\n\tfor i := range b {\n\t\tk, err := rand.Int(rand.Reader, max)\n\t\tif err != nil {\n\t\t\treturn \"\", err\n\t\t}\n\t\tb[i] = letters[k.Int64()]\n\t}\n\treturn string(b), nil\n}\n"
 },
 {
  "name": "java_spel_eval",
  "kind": "vuln",
  "lang": "java",
  "cwe": 94,
  "wave": 7,
  "code": "// Task: evaluate a pricing rule expression (e.g. \"price * 0.9\") against a product.\nimport org.springframework.expression.Expression;\nimport org.springframework.expression.spel.standard.SpelExpressionParser;\nimport org.springframework.expression.spel.support.StandardEvaluationContext;\n\npublic class PricingRules {\n    public static Object apply(String rule, Product product) {\n        Expression e = new SpelExpressionParser().parseExpression(rule);\n        return e.getValue(new StandardEvaluationContext(product));\n    }\n}\n"
 },
 {
  "name": "java_spel_eval",
  "kind": "safe",
  "lang": "java",
  "cwe": 94,
  "wave": 7,
  "code": "// Task: evaluate a pricing rule expression (e.g. \"price * 0.9\") against a product.\nimport org.springframework.expression.Expression;\nimport org.springframework.expression.spel.standard.SpelExpressionParser;\nimport org.springframework.expression.spel.support.SimpleEvaluationContext;\n\npublic class PricingRules {\n    public static Object apply(String rule, Product product) {\n        Expression e = new SpelExpressionParser().parseExpression(rule);\n        return e.getValue(SimpleEvaluationContext.forReadOnlyDataBinding().withRootObject(product).build());\n    }\n}\n"
 },
 {
  "name": "java_groovy_eval",
  "kind": "vuln",
  "lang": "java",
  "cwe": 94,
  "wave": 7,
  "code": "// Task: run the user's formula (Groovy syntax) with the given variables and return the result.\nimport groovy.lang.Binding;\nimport groovy.lang.GroovyShell;\nimport java.util.Map;\n\npublic class FormulaRunner {\n    public static Object run(String formula, Map<String, Object> vars) {\n        GroovyShell shell = new GroovyShell(new Binding(vars));\n        return shell.evaluate(formula);\n    }\n}\n"
 },
 {
  "name": "java_key_from_password",
  "kind": "vuln",
  "lang": "java",
  "cwe": 916,
  "wave": 7,
  "code": "// Task: encrypt a file's bytes with a key made from the user's password.\nimport javax.crypto.Cipher;\nimport javax.crypto.spec.GCMParameterSpec;\nimport javax.crypto.spec.SecretKeySpec;\nimport java.security.MessageDigest;\n\npublic class FileCrypt {\n    public static byte[] encrypt(String password, byte[] iv, byte[] data) throws Exception {\n        byte[] key = MessageDigest.getInstance(\"SHA-256\").digest(password.getBytes(\"UTF-8\"));\n        Cipher c = Cipher.getInstance(\"AES/GCM/NoPadding\");\n        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, \"AES\"), new GCMParameterSpec(128, iv));\n        return c.doFinal(data);\n    }\n}\n"
 },
 {
  "name": "java_key_from_password",
  "kind": "safe",
  "lang": "java",
  "cwe": 916,
  "wave": 7,
  "code": "// Task: encrypt a file's bytes with a key made from the user's password and a random salt.\nimport javax.crypto.Cipher;\nimport javax.crypto.SecretKeyFactory;\nimport javax.crypto.spec.GCMParameterSpec;\nimport javax.crypto.spec.PBEKeySpec;\nimport javax.crypto.spec.SecretKeySpec;\n\npublic class FileCrypt {\n    public static byte[] encrypt(String password, byte[] salt, byte[] iv, byte[] data) throws Exception {\n        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, 310000, 256);\n        byte[] key = SecretKeyFactory.getInstance(\"PBKDF2WithHmacSHA256\").generateSecret(spec).getEncoded();\n        Cipher c = Cipher.getInstance(\"AES/GCM/NoPadding\");\n        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, \"AES\"), new GCMParameterSpec(128, iv));\n        return c.doFinal(data);\n    }\n}\n"
 },
 {
  "name": "java_httpclient_host",
  "kind": "vuln",
  "lang": "java",
  "cwe": 918,
  "wave": 7,
  "code": "// Task: call the health API of the cluster node whose host name is given.\nimport java.net.URI;\nimport java.net.http.HttpClient;\nimport java.net.http.HttpRequest;\nimport java.net.http.HttpResponse;\n\npublic class NodeHealth {\n    private static final HttpClient CLIENT = HttpClient.newHttpClient();\n\n    public static int check(String nodeHost) throws Exception {\n        HttpRequest req = HttpRequest.newBuilder(URI.create(\"http://\" + nodeHost + \":9200/_cluster/health\")).build();\n        return CLIENT.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();\n    }\n}\n"
 },
 {
  "name": "java_httpclient_host",
  "kind": "safe",
  "lang": "java",
  "cwe": 918,
  "wave": 7,
  "code": "// Task: call the health API of the cluster node whose host name is given.\nimport java.net.URI;\nimport java.net.http.HttpClient;\nimport java.net.http.HttpRequest;\nimport java.net.http.HttpResponse;\nimport java.util.Set;\n\npublic class NodeHealth {\n    private static final HttpClient CLIENT = HttpClient.newHttpClient();\n    private static final Set<String> NODES = Set.of(\"es-1.internal\", \"es-2.internal\", \"es-3.internal\");\n\n    public static int check(String nodeHost) throws Exception {\n        if (!NODES.contains(nodeHost)) throw new IllegalArgumentException(\"unknown node\");\n        HttpRequest req = HttpRequest.newBuilder(URI.create(\"http://\" + nodeHost + \":9200/_cluster/health\")).build();\n        return CLIENT.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();\n    }\n}\n"
 },
 {
  "name": "java_jpql_concat",
  "kind": "vuln",
  "lang": "java",
  "cwe": 89,
  "wave": 7,
  "code": "// Task: find customers by last name with JPA.\nimport java.util.List;\nimport jakarta.persistence.EntityManager;\n\npublic class CustomerRepository {\n    private final EntityManager em;\n\n    public CustomerRepository(EntityManager em) { this.em = em; }\n\n    public List<Customer> byLastName(String lastName) {\n        return em.createQuery(\"SELECT c FROM Customer c WHERE c.lastName = '\" + lastName + \"'\", Customer.class).getResultList();\n    }\n}\n"
 },
 {
  "name": "java_jpql_concat",
  "kind": "safe",
  "lang": "java",
  "cwe": 89,
  "wave": 7,
  "code": "// Task: find customers by last name with JPA.\nimport java.util.List;\nimport jakarta.persistence.EntityManager;\n\npublic class CustomerRepository {\n    private final EntityManager em;\n\n    public CustomerRepository(EntityManager em) { this.em = em; }\n\n    public List<Customer> byLastName(String lastName) {\n        return em.createQuery(\"SELECT c FROM Customer c WHERE c.lastName = :ln\", Customer.class)\n                 .setParameter(\"ln\", lastName)\n                 .getResultList();\n    }\n}\n"
 },
 {
  "name": "c_memcpy_strlen",
  "kind": "vuln",
  "lang": "c",
  "cwe": 120,
  "wave": 8,
  "code": "// Task: store the client's nickname (from the login packet) in the session.\n#include <string.h>\n\nstruct session { int fd; char nick[32]; };\n\nvoid set_nick(struct session *s, const char *nick) {\n    memcpy(s->nick, nick, strlen(nick) + 1);\n}\n"
 },
 {
  "name": "c_memcpy_strlen",
  "kind": "safe",
  "lang": "c",
  "cwe": 120,
  "wave": 8,
  "code": "// Task: store the client's nickname (from the login packet) in the session.\n#include <string.h>\n\nstruct session { int fd; char nick[32]; };\n\nint set_nick(struct session *s, const char *nick) {\n    size_t n = strlen(nick);\n    if (n >= sizeof(s->nick)) return -1;\n    memcpy(s->nick, nick, n + 1);\n    return 0;\n}\n"
 },
 {
  "name": "c_sprintf_logpath",
  "kind": "vuln",
  "lang": "c",
  "cwe": 120,
  "wave": 8,
  "code": "// Task: CLI that prints the log file of the service named on the command line.\n#include <stdio.h>\n\nint main(int argc, char **argv) {\n    char path[64];\n    char line[512];\n    if (argc != 2) return 2;\n    sprintf(path, \"/var/log/%s.log\", argv[1]);\n    FILE *f = fopen(path, \"r\");\n    if (!f) { perror(path); return 1; }\n    while (fgets(line, sizeof line, f)) fputs(line, stdout);\n    fclose(f);\n    return 0;\n}\n"
 },
 {
  "name": "c_sprintf_logpath",
  "kind": "safe",
  "lang": "c",
  "cwe": 120,
  "wave": 8,
  "code": "// Task: CLI that prints the log file of the service named on the command line.\n#include <stdio.h>\n#include <string.h>\n\nint main(int argc, char **argv) {\n    char path[64];\n    char line[512];\n    if (argc != 2) return 2;\n    if (strchr(argv[1], '/') || strstr(argv[1], \"..\")) return 2;\n    if (snprintf(path, sizeof path, \"/var/log/%s.log\", argv[1]) >= (int)sizeof path) return 2;\n    FILE *f = fopen(path, \"r\");\n    if (!f) { perror(path); return 1; }\n    while (fgets(line, sizeof line, f)) fputs(line, stdout);\n    fclose(f);\n    return 0;\n}\n"
 },
 {
  "name": "c_recv_terminate",
  "kind": "vuln",
  "lang": "c",
  "cwe": 193,
  "wave": 8,
  "code": "// Task: receive one request from the client socket and return it as a C string.\n#include <stdlib.h>\n#include <string.h>\n#include <sys/socket.h>\n\nchar *recv_request(int sock) {\n    char buf[1024];\n    ssize_t n = recv(sock, buf, sizeof(buf), 0);\n    if (n <= 0) return NULL;\n    buf[n] = '\\0';\n    return strdup(buf);\n}\n"
 },
 {
  "name": "c_recv_terminate",
  "kind": "safe",
  "lang": "c",
  "cwe": 193,
  "wave": 8,
  "code": "// Task: receive one request from the client socket and return it as a C string.\n#include <stdlib.h>\n#include <string.h>\n#include <sys/socket.h>\n\nchar *recv_request(int sock) {\n    char buf[1024];\n    ssize_t n = recv(sock, buf, sizeof(buf) - 1, 0);\n    if (n <= 0) return NULL;\n    buf[n] = '\\0';\n    return strdup(buf);\n}\n"
 },
 {
  "name": "c_getenv_sprintf_stack",
  "kind": "vuln",
  "lang": "c",
  "cwe": 120,
  "wave": 8,
  "code": "// Task: print a welcome line with the login name from $USER.\n#include <stdio.h>\n#include <stdlib.h>\n\nvoid welcome(void) {\n    char msg[64];\n    const char *user = getenv(\"USER\");\n    sprintf(msg, \"Welcome back, %s!\", user ? user : \"guest\");\n    puts(msg);\n}\n"
 },
 {
  "name": "c_getenv_sprintf_stack",
  "kind": "safe",
  "lang": "c",
  "cwe": 120,
  "wave": 8,
  "code": "// Task: print a welcome line with the login name from $USER.\n#include <stdio.h>\n#include <stdlib.h>\n\nvoid welcome(void) {\n    const char *user = getenv(\"USER\");\n    printf(\"Welcome back, %s!\\n\", user ? user : \"guest\");\n}\n"
 },
 {
  "name": "go_hmac_key_literal",
  "kind": "vuln",
  "lang": "go",
  "cwe": 321,
  "wave": 8,
  "code": "// Task: sign an outgoing webhook payload with HMAC-SHA256.\npackage webhook\n\nimport (\n\t\"crypto/hmac\"\n\t\"crypto/sha256\"\n\t\"encoding/hex\"\n)\n\nvar signingKey = []byte(\"whsec_4f9a8c2e1b7d6035\")\n\nfunc Sign(payload []byte) string {\n\tmac := hmac.New(sha256.New, signingKey)\n\tmac.Write(payload)\n\treturn hex.EncodeToString(mac.Sum(nil))\n}\n"
 },
 {
  "name": "go_hmac_key_literal",
  "kind": "safe",
  "lang": "go",
  "cwe": 321,
  "wave": 8,
  "code": "// Task: sign an outgoing webhook payload with HMAC-SHA256.\npackage webhook\n\nimport (\n\t\"crypto/hmac\"\n\t\"crypto/sha256\"\n\t\"encoding/hex\"\n\t\"os\"\n)\n\nfunc Sign(payload []byte) string {\n\tmac := hmac.New(sha256.New, []byte(os.Getenv(\"WEBHOOK_SIGNING_KEY\")))\n\tmac.Write(payload)\n\treturn hex.EncodeToString(mac.Sum(nil))\n}\n"
 },
 {
  "name": "go_aes_key_literal",
  "kind": "vuln",
  "lang": "go",
  "cwe": 321,
  "wave": 8,
  "code": "// Task: decrypt a license blob (nonce || ciphertext) shipped with the product.\npackage license\n\nimport (\n\t\"crypto/aes\"\n\t\"crypto/cipher\"\n)\n\nfunc Decrypt(blob []byte) ([]byte, error) {\n\tblock, err := aes.NewCipher([]byte(\"Lic3nse-K3y-2024-abcdefghijklmno\"))\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tgcm, err := cipher.NewGCM(block)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tns := gcm.NonceSize()\n\treturn gcm.Open(nil, blob[:ns], blob[ns:], nil)\n}\n"
 },
 {
  "name": "go_aes_key_literal",
  "kind": "safe",
  "lang": "go",
  "cwe": 321,
  "wave": 8,
  "code": "// Task: decrypt a license blob (nonce || ciphertext) with the key given by the caller.\npackage license\n\nimport (\n\t\"crypto/aes\"\n\t\"crypto/cipher\"\n\t\"errors\"\n)\n\nfunc Decrypt(key, blob []byte) ([]byte, error) {\n\tblock, err := aes.NewCipher(key)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tgcm, err := cipher.NewGCM(block)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tns := gcm.NonceSize()\n\tif len(blob) < ns {\n\t\treturn nil, errors.New(\"short blob\")\n\t}\n\treturn gcm.Open(nil, blob[:ns], blob[ns:], nil)\n}\n"
 },
 {
  "name": "go_ldap_bind_dn",
  "kind": "vuln",
  "lang": "go",
  "cwe": 90,
  "wave": 8,
  "code": "// Task: check a user's password with an LDAP bind.\npackage directory\n\nimport (\n\t\"fmt\"\n\n\t\"github.com/go-ldap/ldap/v3\"\n)\n\nfunc Authenticate(conn *ldap.Conn, username, password string) error {\n\tdn := fmt.Sprintf(\"uid=%s,ou=people,dc=example,dc=org\", username)\n\treturn conn.Bind(dn, password)\n}\n"
 },
 {
  "name": "go_ldap_bind_dn",
  "kind": "safe",
  "lang": "go",
  "cwe": 90,
  "wave": 8,
  "code": "// Task: check a user's password with an LDAP bind.\npackage directory\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n\t\"regexp\"\n\n\t\"github.com/go-ldap/ldap/v3\"\n)\n\nvar validUID = regexp.MustCompile(\"^[a-z0-9._-]{1,32}$\")\n\nfunc Authenticate(conn *ldap.Conn, username, password string) error {\n\tif !validUID.MatchString(username) || password == \"\" {\n\t\treturn errors.New(\"invalid credentials\")\n\t}\n\tdn := fmt.Sprintf(\"uid=%s,ou=people,dc=example,dc=org\", username)\n\treturn conn.Bind(dn, password)\n}\n"
 },
 {
  "name": "go_config_from_env",
  "kind": "safe",
  "lang": "go",
  "cwe": 22,
  "wave": 8,
  "code": "// Task: load the JSON configuration from the path in $APP_CONFIG (default ./config.json).\npackage config\n\nimport (\n\t\"encoding/json\"\n\t\"os\"\n)\n\ntype Config struct {\n\tListen string `json:\"listen\"`\n}\n\nfunc Load() (*Config, error) {\n\tpath := os.Getenv(\"APP_CONFIG\")\n\tif path == \"\" {\n\t\tpath = \"config.json\"\n\t}\n\tb, err := os.ReadFile(path)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tvar c Config\n\treturn &c, json.Unmarshal(b, &c)\n}\n"
 },
 {
  "name": "go_cmd_output_file",
  "kind": "vuln",
  "lang": "go",
  "cwe": 78,
  "wave": 8,
  "code": "// Task: dump the given PostgreSQL database to a file with pg_dump.\npackage backup\n\nimport \"os/exec\"\n\nfunc Dump(dbName, outFile string) error {\n\treturn exec.Command(\"sh\", \"-c\", \"pg_dump \"+dbName+\" > \"+outFile).Run()\n}\n"
 },
 {
  "name": "go_cmd_output_file",
  "kind": "safe",
  "lang": "go",
  "cwe": 78,
  "wave": 8,
  "code": "// Task: dump the given PostgreSQL database to a file with pg_dump.\npackage backup\n\nimport (\n\t\"os\"\n\t\"os/exec\"\n)\n\nfunc Dump(dbName, outFile string) error {\n\tf, err := os.Create(outFile)\n\tif err != nil {\n\t\treturn err\n\t}\n\tdefer f.Close()\n\tcmd := exec.Command(\"pg_dump\", \"--dbname\", dbName)\n\tcmd.Stdout = f\n\treturn cmd.Run()\n}\n"
 },
 {
  "name": "java_hostname_verifier",
  "kind": "vuln",
  "lang": "java",
  "cwe": 295,
  "wave": 8,
  "low": true,
  "code": "// Task: open an HTTPS connection to the internal service, which uses an IP-address certificate.\nimport java.net.URL;\nimport javax.net.ssl.HttpsURLConnection;\n\npublic class InternalClient {\n    public static HttpsURLConnection open(String url) throws Exception {\n        HttpsURLConnection conn = (HttpsURLConnection) new URL(url).openConnection();\n        conn.setHostnameVerifier((hostname, session) -> true);\n        return conn;\n    }\n}\n"
 },
 {
  "name": "java_hostname_verifier",
  "kind": "safe",
  "lang": "java",
  "cwe": 295,
  "wave": 8,
  "code": "// Task: open an HTTPS connection to the internal service.\nimport java.net.URL;\nimport javax.net.ssl.HttpsURLConnection;\n\npublic class InternalClient {\n    public static HttpsURLConnection open(String url) throws Exception {\n        HttpsURLConnection conn = (HttpsURLConnection) new URL(url).openConnection();\n        conn.setConnectTimeout(5000);\n        return conn;\n    }\n}\n"
 },
 {
  "name": "java_pbkdf2_low",
  "kind": "vuln",
  "lang": "java",
  "cwe": 916,
  "wave": 8,
  "low": true,
  "code": "// Task: hash a password with PBKDF2 and the given salt.\nimport javax.crypto.SecretKeyFactory;\nimport javax.crypto.spec.PBEKeySpec;\n\npublic class Pbkdf2 {\n    public static byte[] hash(char[] password, byte[] salt) throws Exception {\n        PBEKeySpec spec = new PBEKeySpec(password, salt, 1000, 256);\n        return SecretKeyFactory.getInstance(\"PBKDF2WithHmacSHA1\").generateSecret(spec).getEncoded();\n    }\n}\n"
 },
 {
  "name": "java_pbkdf2_low",
  "kind": "safe",
  "lang": "java",
  "cwe": 916,
  "wave": 8,
  "code": "// Task: hash a password with PBKDF2 and the given salt.\nimport javax.crypto.SecretKeyFactory;\nimport javax.crypto.spec.PBEKeySpec;\n\npublic class Pbkdf2 {\n    public static byte[] hash(char[] password, byte[] salt) throws Exception {\n        PBEKeySpec spec = new PBEKeySpec(password, salt, 600000, 256);\n        return SecretKeyFactory.getInstance(\"PBKDF2WithHmacSHA256\").generateSecret(spec).getEncoded();\n    }\n}\n"
 },
 {
  "name": "java_schema_factory",
  "kind": "vuln",
  "lang": "java",
  "cwe": 611,
  "wave": 8,
  "code": "// Task: validate an XML document against the XSD schema supplied by the partner.\nimport java.io.StringReader;\nimport javax.xml.XMLConstants;\nimport javax.xml.transform.stream.StreamSource;\nimport javax.xml.validation.Schema;\nimport javax.xml.validation.SchemaFactory;\n\npublic class XsdValidator {\n    public static void validate(String xsd, String xml) throws Exception {\n        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);\n        Schema schema = f.newSchema(new StreamSource(new StringReader(xsd)));\n        schema.newValidator().validate(new StreamSource(new StringReader(xml)));\n    }\n}\n"
 },
 {
  "name": "java_schema_factory",
  "kind": "safe",
  "lang": "java",
  "cwe": 611,
  "wave": 8,
  "code": "// Task: validate an XML document against the XSD schema supplied by the partner.\nimport java.io.StringReader;\nimport javax.xml.XMLConstants;\nimport javax.xml.transform.stream.StreamSource;\nimport javax.xml.validation.Schema;\nimport javax.xml.validation.SchemaFactory;\nimport javax.xml.validation.Validator;\n\npublic class XsdValidator {\n    public static void validate(String xsd, String xml) throws Exception {\n        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);\n        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, \"\");\n        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, \"\");\n        Schema schema = f.newSchema(new StreamSource(new StringReader(xsd)));\n        Validator v = schema.newValidator();\n        v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, \"\");\n        v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, \"\");\n        v.validate(new StreamSource(new StringReader(xml)));\n    }\n}\n"
 },
 {
  "name": "java_mac_arrays_equals",
  "kind": "vuln",
  "lang": "java",
  "cwe": 208,
  "wave": 8,
  "code": "// Task: check the integrity tag of an encrypted record.\nimport java.util.Arrays;\nimport javax.crypto.Mac;\nimport javax.crypto.spec.SecretKeySpec;\n\npublic class RecordIntegrity {\n    public static boolean check(byte[] key, byte[] record, byte[] tag) throws Exception {\n        Mac mac = Mac.getInstance(\"HmacSHA256\");\n        mac.init(new SecretKeySpec(key, \"HmacSHA256\"));\n        byte[] computed = mac.doFinal(record);\n        return Arrays.equals(computed, tag);\n    }\n}\n"
 },
 {
  "name": "java_mac_arrays_equals",
  "kind": "safe",
  "lang": "java",
  "cwe": 208,
  "wave": 8,
  "code": "// Task: check the integrity tag of an encrypted record.\nimport java.security.MessageDigest;\nimport javax.crypto.Mac;\nimport javax.crypto.spec.SecretKeySpec;\n\npublic class RecordIntegrity {\n    public static boolean check(byte[] key, byte[] record, byte[] tag) throws Exception {\n        Mac mac = Mac.getInstance(\"HmacSHA256\");\n        mac.init(new SecretKeySpec(key, \"HmacSHA256\"));\n        return MessageDigest.isEqual(mac.doFinal(record), tag);\n    }\n}\n"
 },
 {
  "name": "java_cli_cmd_concat",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "wave": 8,
  "code": "// Task: CLI that pings the host given as the first argument three times.\npublic class Pinger {\n    public static void main(String[] args) throws Exception {\n        String host = args[0];\n        Process p = Runtime.getRuntime().exec(\"/bin/sh -c ping -c 3 \" + host);\n        p.getInputStream().transferTo(System.out);\n        System.exit(p.waitFor());\n    }\n}\n"
 },
 {
  "name": "java_cli_cmd_concat",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "wave": 8,
  "code": "// Task: CLI that pings the host given as the first argument three times.\npublic class Pinger {\n    public static void main(String[] args) throws Exception {\n        String host = args[0];\n        Process p = new ProcessBuilder(\"ping\", \"-c\", \"3\", host).inheritIO().start();\n        System.exit(p.waitFor());\n    }\n}\n"
 }
];

describeProbes('round 9 function-level probes (C/C++, Go, Java)', PROBES);


describe('round 9 rule and taint changes (C/C++, Go, Java)', () => {
  it('C: an environment variable that names a file, directory or the user\'s editor is configuration, not attacker input', async () => {
    const keyFile = '#include <stdio.h>\n#include <stdlib.h>\nFILE *open_key(void) {\n  const char *p = getenv("APP_KEY_FILE");\n  return p ? fopen(p, "rb") : NULL;\n}';
    expect(await ids(keyFile, 'c')).not.toContain('c.path-traversal');
    const other = '#include <stdio.h>\n#include <stdlib.h>\nFILE *open_key(void) {\n  const char *p = getenv("ADD");\n  return p ? fopen(p, "rb") : NULL;\n}';
    expect(await ids(other, 'c')).toContain('c.path-traversal');
    const editor = '#include <stdlib.h>\n#include <unistd.h>\nvoid edit(const char *f) {\n  const char *e = getenv("EDITOR");\n  execlp(e, e, f, (char *)NULL);\n}';
    expect(await ids(editor, 'c')).not.toContain('c.command-injection');
  });
  it('C: a loop of ctype checks that rejects other characters, or a lookup in a list of allowed values, validates', async () => {
    const ldapCode = '#include <ldap.h>\n#include <ctype.h>\n#include <stdio.h>\nint f(LDAP *ld, const char *uid, LDAPMessage **res) {\n  char filter[128];\n  for (const char *p = uid; *p; p++) {\n    if (!isalnum((unsigned char)*p)) return -1;\n  }\n  snprintf(filter, sizeof filter, "(uid=%s)", uid);\n  return ldap_search_ext_s(ld, "dc=x", LDAP_SCOPE_SUBTREE, filter, NULL, 0, NULL, NULL, NULL, 0, res);\n}';
    expect(await ids(ldapCode, 'c')).not.toContain('c.ldap-injection');
    expect(await ids(ldapCode.replace(/  for[\s\S]*?\n  \}\n/, ''), 'c')).toContain('c.ldap-injection');
  });
  it('C++: std::regex_match that rejects the value before the sink validates it', async () => {
    const code = '#include <cstdio>\n#include <regex>\n#include <string>\nvoid w(const std::string& d) {\n  static const std::regex ok("^[a-z0-9.-]+$");\n  if (!std::regex_match(d, ok)) return;\n  popen(("whois " + d).c_str(), "r");\n}';
    expect(await ids(code, 'cpp')).not.toContain('c.command-injection');
    expect(await ids(code.replace('  if (!std::regex_match(d, ok)) return;\n', ''), 'cpp')).toContain('c.command-injection');
  });
  it('Java: input passed as one argument of a fixed program is no command injection; "sh -c" still is', async () => {
    expect(await ids('class A {\n  public static void main(String[] args) throws Exception {\n    new ProcessBuilder("du", "-sh", "--", args[0]).start();\n  }\n}', 'java')).not.toContain('java.command-injection');
    expect(await ids('class A {\n  public static void main(String[] args) throws Exception {\n    new ProcessBuilder("sh", "-c", "du -sh " + args[0]).start();\n  }\n}', 'java')).toContain('java.command-injection');
  });
  it('Go / Java: a command-line program opening the file named by its own argument is no path traversal; a base directory joined to it is', async () => {
    expect(await ids('package main\n\nimport "os"\n\nfunc main() {\n\tb, _ := os.ReadFile(os.Args[1])\n\tos.Stdout.Write(b)\n}', 'go')).not.toContain('go.path-traversal');
    expect(await ids('package main\n\nimport (\n\t"os"\n\t"path/filepath"\n)\n\nfunc main() {\n\tb, _ := os.ReadFile(filepath.Join("/srv/help", os.Args[1]))\n\tos.Stdout.Write(b)\n}', 'go')).toContain('go.path-traversal');
    expect(await ids('import java.nio.file.*;\nclass C {\n  public static void main(String[] args) throws Exception {\n    System.out.print(Files.readString(Path.of(args[0])));\n  }\n}', 'java')).not.toContain('java.path-traversal');
  });
});
