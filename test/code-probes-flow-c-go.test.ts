// Probe set of round 12 (C/C++, Go), "flow shapes": vulnerable programs whose input reaches the sink
// by an indirect but realistic path (struct fields filled by an init helper through a pointer, a
// Go method's receiver fields set in one handler and read in another, helper returns, closures bound
// to a local, out-parameters of helpers, file-scope / package-level variables and channels, map and
// switch allow-lists, std::getline with a delimiter, function-like macros, callbacks, ...), each with
// a safe twin (the usual fix, or a cut of the taint a reviewer would accept: an overwrite with a
// constant, a lookup in a constant table, a check in a helper or in the caller). Written before the
// analyzer was run on them, in four waves (the fourth, smaller, after all the fixes). Each vulnerable
// probe must be reported in its CWE class at default confidence, each safe twin have no finding.
// `gap`: a known limit, skipped, with the reason in the test name (see code-rules/README.md,
// Round 12 (C/C++, Go)).
import { describeProbes, type Probe } from './code-probes.js';

const PROBES: Probe[] = [
 {
  "name": "c_aes_ctx_static_key",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <openssl/evp.h>\n#include <openssl/rand.h>\n#include <stdio.h>\n#include <string.h>\n\nstruct crypt_ctx {\n    unsigned char key[32];\n    unsigned char iv[16];\n};\n\nstatic int ctx_init(struct crypt_ctx *c, const char *key_path) {\n    FILE *fp = fopen(key_path, \"rb\");\n    if (!fp) return -1;\n    size_t n = fread(c->key, 1, sizeof c->key, fp);\n    fclose(fp);\n    if (n != sizeof c->key) return -1;\n    return RAND_bytes(c->iv, sizeof c->iv) == 1 ? 0 : -1;\n}\n\nint encrypt_license(const char *key_path, const unsigned char *in, int inlen, unsigned char *out) {\n    struct crypt_ctx c;\n    if (ctx_init(&c, key_path) != 0) return -1;\n    EVP_CIPHER_CTX *e = EVP_CIPHER_CTX_new();\n    int len = 0, total = 0;\n    memcpy(out, c.iv, 16);\n    EVP_EncryptInit_ex(e, EVP_aes_256_cbc(), NULL, c.key, c.iv);\n    EVP_EncryptUpdate(e, out + 16, &len, in, inlen);\n    total = len;\n    EVP_EncryptFinal_ex(e, out + 16 + total, &len);\n    total += len;\n    EVP_CIPHER_CTX_free(e);\n    OPENSSL_cleanse(c.key, sizeof c.key);\n    return total + 16;\n}\n"
 },
 {
  "name": "c_aes_ctx_static_key",
  "kind": "vuln",
  "lang": "c",
  "cwe": 321,
  "wave": 1,
  "gap": "a hard-coded key reached through a struct field that an init helper points at a static array (c->key = APP_KEY) is not followed to EVP_EncryptInit_ex",
  "code": "#include <openssl/evp.h>\n#include <openssl/rand.h>\n#include <string.h>\n\nstruct crypt_ctx {\n    const unsigned char *key;\n    unsigned char iv[16];\n};\n\nstatic const unsigned char APP_KEY[32] = \"k3y-f0r-l1cense-f1les-2019!!xyz\";\n\nstatic void ctx_init(struct crypt_ctx *c) {\n    c->key = APP_KEY;\n    RAND_bytes(c->iv, sizeof c->iv);\n}\n\nint encrypt_license(const unsigned char *in, int inlen, unsigned char *out) {\n    struct crypt_ctx c;\n    ctx_init(&c);\n    EVP_CIPHER_CTX *e = EVP_CIPHER_CTX_new();\n    int len = 0, total = 0;\n    memcpy(out, c.iv, 16);\n    EVP_EncryptInit_ex(e, EVP_aes_256_cbc(), NULL, c.key, c.iv);\n    EVP_EncryptUpdate(e, out + 16, &len, in, inlen);\n    total = len;\n    EVP_EncryptFinal_ex(e, out + 16 + total, &len);\n    total += len;\n    EVP_CIPHER_CTX_free(e);\n    return total + 16;\n}\n"
 },
 {
  "name": "c_backup_cfg_struct",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <ctype.h>\n\nstruct backup_cfg {\n    char target[128];\n    char label[64];\n    int compress;\n};\n\nstatic int label_ok(const char *s) {\n    if (*s == '\\0') return 0;\n    for (; *s; s++)\n        if (!isalnum((unsigned char)*s) && *s != '-' && *s != '_') return 0;\n    return 1;\n}\n\nstatic void load_cfg(struct backup_cfg *cfg, int argc, char **argv) {\n    memset(cfg, 0, sizeof *cfg);\n    snprintf(cfg->target, sizeof cfg->target, \"%s\", \"/srv/data\");\n    for (int i = 1; i < argc; i++) {\n        if (strcmp(argv[i], \"-z\") == 0) cfg->compress = 1;\n        else if (strncmp(argv[i], \"--label=\", 8) == 0)\n            snprintf(cfg->label, sizeof cfg->label, \"%s\", argv[i] + 8);\n    }\n}\n\nstatic int run_backup(const struct backup_cfg *cfg) {\n    char cmd[512];\n    if (!label_ok(cfg->label)) return -1;\n    snprintf(cmd, sizeof cmd, \"tar %s -f /backups/%s.tar %s\",\n             cfg->compress ? \"-czv\" : \"-cv\", cfg->label, cfg->target);\n    return system(cmd);\n}\n\nint main(int argc, char **argv) {\n    struct backup_cfg cfg;\n    load_cfg(&cfg, argc, argv);\n    if (!label_ok(cfg.label)) {\n        fprintf(stderr, \"bad or missing --label\\n\");\n        return 2;\n    }\n    return run_backup(&cfg) == 0 ? 0 : 1;\n}\n"
 },
 {
  "name": "c_backup_cfg_struct",
  "kind": "vuln",
  "lang": "c",
  "cwe": 78,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstruct backup_cfg {\n    char target[128];\n    char label[64];\n    int compress;\n};\n\nstatic void load_cfg(struct backup_cfg *cfg, int argc, char **argv) {\n    memset(cfg, 0, sizeof *cfg);\n    snprintf(cfg->target, sizeof cfg->target, \"%s\", \"/srv/data\");\n    for (int i = 1; i < argc; i++) {\n        if (strcmp(argv[i], \"-z\") == 0) cfg->compress = 1;\n        else if (strncmp(argv[i], \"--label=\", 8) == 0)\n            snprintf(cfg->label, sizeof cfg->label, \"%s\", argv[i] + 8);\n    }\n}\n\nstatic int run_backup(const struct backup_cfg *cfg) {\n    char cmd[512];\n    snprintf(cmd, sizeof cmd, \"tar %s -f /backups/%s.tar %s\",\n             cfg->compress ? \"-czv\" : \"-cv\", cfg->label, cfg->target);\n    return system(cmd);\n}\n\nint main(int argc, char **argv) {\n    struct backup_cfg cfg;\n    load_cfg(&cfg, argc, argv);\n    if (cfg.label[0] == '\\0') {\n        fprintf(stderr, \"missing --label\\n\");\n        return 2;\n    }\n    return run_backup(&cfg) == 0 ? 0 : 1;\n}\n"
 },
 {
  "name": "c_banner_env_fmt",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <time.h>\n\nstatic const char *banner_text(void) {\n    const char *b = getenv(\"MOTD_BANNER\");\n    return b ? b : \"Welcome\";\n}\n\nint main(void) {\n    time_t now = time(NULL);\n    char when[64];\n    strftime(when, sizeof when, \"%Y-%m-%d %H:%M\", localtime(&now));\n    fputs(banner_text(), stdout);\n    fprintf(stdout, \" (%s)\\n\", when);\n    return 0;\n}\n"
 },
 {
  "name": "c_banner_env_fmt",
  "kind": "vuln",
  "lang": "c",
  "cwe": 134,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <time.h>\n\nstatic const char *banner_text(void) {\n    const char *b = getenv(\"MOTD_BANNER\");\n    return b ? b : \"Welcome\";\n}\n\nint main(void) {\n    time_t now = time(NULL);\n    char when[64];\n    strftime(when, sizeof when, \"%Y-%m-%d %H:%M\", localtime(&now));\n    fprintf(stdout, banner_text());\n    fprintf(stdout, \" (%s)\\n\", when);\n    return 0;\n}\n"
 },
 {
  "name": "c_cgi_download_path",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n#define DOC_ROOT \"/var/www/files\"\n\nstatic const char *query_param(const char *qs, const char *name, char *out, size_t outsz) {\n    size_t nl = strlen(name);\n    while (qs && *qs) {\n        if (strncmp(qs, name, nl) == 0 && qs[nl] == '=') {\n            const char *v = qs + nl + 1;\n            size_t len = strcspn(v, \"&\");\n            if (len >= outsz) len = outsz - 1;\n            memcpy(out, v, len);\n            out[len] = '\\0';\n            return out;\n        }\n        qs = strchr(qs, '&');\n        if (qs) qs++;\n    }\n    return NULL;\n}\n\nint main(void) {\n    char name[200];\n    char path[512];\n    if (!query_param(getenv(\"QUERY_STRING\"), \"f\", name, sizeof name)) {\n        printf(\"Status: 400 Bad Request\\r\\n\\r\\n\");\n        return 0;\n    }\n    if (strchr(name, '/') || strchr(name, '\\\\') || strstr(name, \"..\") || name[0] == '\\0') {\n        printf(\"Status: 400 Bad Request\\r\\n\\r\\n\");\n        return 0;\n    }\n    snprintf(path, sizeof path, \"%s/%s\", DOC_ROOT, name);\n    FILE *fp = fopen(path, \"rb\");\n    if (!fp) { printf(\"Status: 404 Not Found\\r\\n\\r\\n\"); return 0; }\n    printf(\"Content-Type: application/octet-stream\\r\\n\\r\\n\");\n    char buf[4096];\n    size_t n;\n    while ((n = fread(buf, 1, sizeof buf, fp)) > 0) fwrite(buf, 1, n, stdout);\n    fclose(fp);\n    return 0;\n}\n"
 },
 {
  "name": "c_cgi_download_path",
  "kind": "vuln",
  "lang": "c",
  "cwe": 22,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n#define DOC_ROOT \"/var/www/files\"\n\nstatic const char *query_param(const char *qs, const char *name, char *out, size_t outsz) {\n    size_t nl = strlen(name);\n    while (qs && *qs) {\n        if (strncmp(qs, name, nl) == 0 && qs[nl] == '=') {\n            const char *v = qs + nl + 1;\n            size_t len = strcspn(v, \"&\");\n            if (len >= outsz) len = outsz - 1;\n            memcpy(out, v, len);\n            out[len] = '\\0';\n            return out;\n        }\n        qs = strchr(qs, '&');\n        if (qs) qs++;\n    }\n    return NULL;\n}\n\nint main(void) {\n    char name[200];\n    char path[512];\n    if (!query_param(getenv(\"QUERY_STRING\"), \"f\", name, sizeof name)) {\n        printf(\"Status: 400 Bad Request\\r\\n\\r\\n\");\n        return 0;\n    }\n    snprintf(path, sizeof path, \"%s/%s\", DOC_ROOT, name);\n    FILE *fp = fopen(path, \"rb\");\n    if (!fp) { printf(\"Status: 404 Not Found\\r\\n\\r\\n\"); return 0; }\n    printf(\"Content-Type: application/octet-stream\\r\\n\\r\\n\");\n    char buf[4096];\n    size_t n;\n    while ((n = fread(buf, 1, sizeof buf, fp)) > 0) fwrite(buf, 1, n, stdout);\n    fclose(fp);\n    return 0;\n}\n"
 },
 {
  "name": "c_cgi_proxy_curl",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <curl/curl.h>\n#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstatic size_t passthrough(char *ptr, size_t size, size_t nmemb, void *ud) {\n    (void)ud;\n    return fwrite(ptr, size, nmemb, stdout);\n}\n\nstatic const char *FEEDS[][2] = {\n    { \"news\", \"https://news.example.com/rss.xml\" },\n    { \"blog\", \"https://blog.example.com/feed.xml\" },\n};\n\nstatic const char *feed_url(const char *qs) {\n    if (!qs || strncmp(qs, \"feed=\", 5) != 0) return NULL;\n    for (size_t i = 0; i < sizeof FEEDS / sizeof FEEDS[0]; i++)\n        if (strcmp(qs + 5, FEEDS[i][0]) == 0) return FEEDS[i][1];\n    return NULL;\n}\n\nint main(void) {\n    const char *url = feed_url(getenv(\"QUERY_STRING\"));\n    if (!url) { printf(\"Status: 400\\r\\n\\r\\n\"); return 0; }\n    CURL *h = curl_easy_init();\n    printf(\"Content-Type: application/rss+xml\\r\\n\\r\\n\");\n    curl_easy_setopt(h, CURLOPT_URL, url);\n    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, passthrough);\n    curl_easy_perform(h);\n    curl_easy_cleanup(h);\n    return 0;\n}\n"
 },
 {
  "name": "c_cgi_proxy_curl",
  "kind": "vuln",
  "lang": "c",
  "cwe": 918,
  "wave": 1,
  "code": "#include <curl/curl.h>\n#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstatic size_t passthrough(char *ptr, size_t size, size_t nmemb, void *ud) {\n    (void)ud;\n    return fwrite(ptr, size, nmemb, stdout);\n}\n\nstatic char *get_param(const char *qs, const char *key) {\n    char *copy = strdup(qs ? qs : \"\");\n    char *val = NULL;\n    for (char *t = strtok(copy, \"&\"); t; t = strtok(NULL, \"&\")) {\n        if (strncmp(t, key, strlen(key)) == 0 && t[strlen(key)] == '=') {\n            val = strdup(t + strlen(key) + 1);\n            break;\n        }\n    }\n    free(copy);\n    return val;\n}\n\nint main(void) {\n    char *feed = get_param(getenv(\"QUERY_STRING\"), \"feed\");\n    if (!feed) { printf(\"Status: 400\\r\\n\\r\\n\"); return 0; }\n    CURL *h = curl_easy_init();\n    printf(\"Content-Type: application/rss+xml\\r\\n\\r\\n\");\n    curl_easy_setopt(h, CURLOPT_URL, feed);\n    curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 1L);\n    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, passthrough);\n    curl_easy_perform(h);\n    curl_easy_cleanup(h);\n    free(feed);\n    return 0;\n}\n"
 },
 {
  "name": "c_copy_field_helper",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <string.h>\n#include <stdio.h>\n\nstruct contact {\n    char name[40];\n    char phone[20];\n    char email[64];\n};\n\nstatic void copy_field(char *dst, size_t dstsz, const char *src) {\n    snprintf(dst, dstsz, \"%s\", src);\n}\n\nint parse_contact(const char *line, struct contact *c) {\n    char buf[256];\n    snprintf(buf, sizeof buf, \"%s\", line);\n    char *name = strtok(buf, \";\");\n    char *phone = strtok(NULL, \";\");\n    char *email = strtok(NULL, \";\\n\");\n    if (!name || !phone || !email) return -1;\n    copy_field(c->name, sizeof c->name, name);\n    copy_field(c->phone, sizeof c->phone, phone);\n    copy_field(c->email, sizeof c->email, email);\n    return 0;\n}\n"
 },
 {
  "name": "c_copy_field_helper",
  "kind": "vuln",
  "lang": "c",
  "cwe": 805,
  "wave": 1,
  "code": "#include <string.h>\n#include <stdio.h>\n\nstruct contact {\n    char name[40];\n    char phone[20];\n    char email[64];\n};\n\nstatic void copy_field(char *dst, const char *src) {\n    strncpy(dst, src, strlen(src) + 1);\n}\n\nint parse_contact(const char *line, struct contact *c) {\n    char buf[256];\n    snprintf(buf, sizeof buf, \"%s\", line);\n    char *name = strtok(buf, \";\");\n    char *phone = strtok(NULL, \";\");\n    char *email = strtok(NULL, \";\\n\");\n    if (!name || !phone || !email) return -1;\n    copy_field(c->name, name);\n    copy_field(c->phone, phone);\n    copy_field(c->email, email);\n    return 0;\n}\n"
 },
 {
  "name": "c_curl_opts_struct",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <curl/curl.h>\n#include <stdio.h>\n\nstruct http_opts {\n    long verify_peer;\n    long verify_host;\n    long timeout;\n};\n\nstatic const struct http_opts DEFAULT_OPTS = { 1L, 2L, 30L };\n\nint fetch_status(const char *url) {\n    struct http_opts o = DEFAULT_OPTS;\n    CURL *h = curl_easy_init();\n    if (!h) return -1;\n    curl_easy_setopt(h, CURLOPT_URL, url);\n    curl_easy_setopt(h, CURLOPT_NOBODY, 1L);\n    curl_easy_setopt(h, CURLOPT_TIMEOUT, o.timeout);\n    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, o.verify_peer);\n    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, o.verify_host);\n    CURLcode rc = curl_easy_perform(h);\n    long code = 0;\n    if (rc == CURLE_OK) curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &code);\n    curl_easy_cleanup(h);\n    return rc == CURLE_OK ? (int)code : -1;\n}\n"
 },
 {
  "name": "c_curl_opts_struct",
  "kind": "vuln",
  "lang": "c",
  "cwe": 295,
  "wave": 1,
  "gap": "CURLOPT_SSL_VERIFYPEER set from a field of a const struct initialised positionally ({ 0L, 0L, 30L }) is not folded to 0",
  "code": "#include <curl/curl.h>\n#include <stdio.h>\n\nstruct http_opts {\n    long verify_peer;\n    long verify_host;\n    long timeout;\n};\n\nstatic const struct http_opts DEFAULT_OPTS = { 0L, 0L, 30L };\n\nint fetch_status(const char *url) {\n    struct http_opts o = DEFAULT_OPTS;\n    CURL *h = curl_easy_init();\n    if (!h) return -1;\n    curl_easy_setopt(h, CURLOPT_URL, url);\n    curl_easy_setopt(h, CURLOPT_NOBODY, 1L);\n    curl_easy_setopt(h, CURLOPT_TIMEOUT, o.timeout);\n    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, o.verify_peer);\n    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, o.verify_host);\n    CURLcode rc = curl_easy_perform(h);\n    long code = 0;\n    if (rc == CURLE_OK) curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &code);\n    curl_easy_cleanup(h);\n    return rc == CURLE_OK ? (int)code : -1;\n}\n"
 },
 {
  "name": "c_header_outparam_alloc",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <stdint.h>\n#include <stdlib.h>\n#include <string.h>\n#include <arpa/inet.h>\n#include <unistd.h>\n\n#define MAX_POINTS (1u << 20)\n\nstruct point { int32_t x, y, z; };\n\nstatic int read_header(int fd, uint32_t *npoints) {\n    uint32_t raw;\n    if (read(fd, &raw, sizeof raw) != sizeof raw) return -1;\n    *npoints = ntohl(raw);\n    return 0;\n}\n\nstruct point *read_cloud(int fd, uint32_t *out_n) {\n    uint32_t n;\n    if (read_header(fd, &n) != 0) return NULL;\n    if (n == 0 || n > MAX_POINTS) return NULL;\n    struct point *pts = calloc(n, sizeof(struct point));\n    if (!pts) return NULL;\n    size_t want = (size_t)n * sizeof(struct point);\n    if (read(fd, pts, want) != (ssize_t)want) { free(pts); return NULL; }\n    *out_n = n;\n    return pts;\n}\n"
 },
 {
  "name": "c_header_outparam_alloc",
  "kind": "vuln",
  "lang": "c",
  "cwe": 190,
  "wave": 1,
  "code": "#include <stdint.h>\n#include <stdlib.h>\n#include <string.h>\n#include <arpa/inet.h>\n#include <unistd.h>\n\nstruct point { int32_t x, y, z; };\n\nstatic int read_header(int fd, uint32_t *npoints) {\n    uint32_t raw;\n    if (read(fd, &raw, sizeof raw) != sizeof raw) return -1;\n    *npoints = ntohl(raw);\n    return 0;\n}\n\nstruct point *read_cloud(int fd, uint32_t *out_n) {\n    uint32_t n;\n    if (read_header(fd, &n) != 0) return NULL;\n    struct point *pts = malloc(n * sizeof(struct point));\n    if (!pts) return NULL;\n    size_t want = (size_t)n * sizeof(struct point);\n    if (read(fd, pts, want) != (ssize_t)want) { free(pts); return NULL; }\n    *out_n = n;\n    return pts;\n}\n"
 },
 {
  "name": "c_histogram_index",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n\n#define BUCKETS 32\n\nint main(void) {\n    unsigned long hist[BUCKETS] = {0};\n    char line[128];\n    while (fgets(line, sizeof line, stdin)) {\n        char *end;\n        long bucket = strtol(line, &end, 10);\n        if (end == line) continue;\n        if (bucket < 0 || bucket >= BUCKETS) continue;\n        hist[bucket]++;\n    }\n    for (int i = 0; i < BUCKETS; i++)\n        if (hist[i]) printf(\"%2d %lu\\n\", i, hist[i]);\n    return 0;\n}\n"
 },
 {
  "name": "c_histogram_index",
  "kind": "vuln",
  "lang": "c",
  "cwe": 787,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n\n#define BUCKETS 32\n\nint main(void) {\n    unsigned long hist[BUCKETS] = {0};\n    char line[128];\n    while (fgets(line, sizeof line, stdin)) {\n        char *end;\n        long bucket = strtol(line, &end, 10);\n        if (end == line) continue;\n        hist[bucket]++;\n    }\n    for (int i = 0; i < BUCKETS; i++)\n        if (hist[i]) printf(\"%2d %lu\\n\", i, hist[i]);\n    return 0;\n}\n"
 },
 {
  "name": "c_join_args_strcat",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <string.h>\n#include <unistd.h>\n\nint main(int argc, char **argv) {\n    char message[256];\n    size_t used = 0;\n    message[0] = '\\0';\n    for (int i = 1; i < argc; i++) {\n        int w = snprintf(message + used, sizeof message - used, \"%s%s\", i > 1 ? \" \" : \"\", argv[i]);\n        if (w < 0 || (size_t)w >= sizeof message - used) {\n            fprintf(stderr, \"message too long\\n\");\n            return 2;\n        }\n        used += (size_t)w;\n    }\n    if (message[0] == '\\0') {\n        fprintf(stderr, \"usage: %s WORDS...\\n\", argv[0]);\n        return 2;\n    }\n    printf(\"| %s |\\n\", message);\n    return 0;\n}\n"
 },
 {
  "name": "c_join_args_strcat",
  "kind": "vuln",
  "lang": "c",
  "cwe": 120,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <string.h>\n#include <unistd.h>\n\nint main(int argc, char **argv) {\n    char message[256];\n    message[0] = '\\0';\n    for (int i = 1; i < argc; i++) {\n        if (i > 1) strcat(message, \" \");\n        strcat(message, argv[i]);\n    }\n    if (message[0] == '\\0') {\n        fprintf(stderr, \"usage: %s WORDS...\\n\", argv[0]);\n        return 2;\n    }\n    size_t len = strlen(message);\n    printf(\"+%.*s+\\n\", (int)len + 2, \"----------------------------------------------------------------\");\n    printf(\"| %s |\\n\", message);\n    return 0;\n}\n"
 },
 {
  "name": "c_list_remove_uaf",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <stdlib.h>\n#include <string.h>\n\nstruct conn {\n    int fd;\n    int idle_secs;\n    struct conn *next;\n};\n\nstatic void conn_close(struct conn *c) {\n    free(c);\n}\n\nint reap_idle(struct conn **head, int max_idle) {\n    int reaped = 0;\n    struct conn *prev = NULL;\n    struct conn *c = *head;\n    while (c) {\n        struct conn *next = c->next;\n        if (c->idle_secs > max_idle) {\n            if (prev) prev->next = next;\n            else *head = next;\n            conn_close(c);\n            reaped++;\n        } else {\n            prev = c;\n        }\n        c = next;\n    }\n    return reaped;\n}\n"
 },
 {
  "name": "c_list_remove_uaf",
  "kind": "vuln",
  "lang": "c",
  "cwe": 416,
  "wave": 1,
  "code": "#include <stdlib.h>\n#include <string.h>\n\nstruct conn {\n    int fd;\n    int idle_secs;\n    struct conn *next;\n};\n\nstatic void conn_close(struct conn *c) {\n    free(c);\n}\n\nint reap_idle(struct conn **head, int max_idle) {\n    int reaped = 0;\n    struct conn *prev = NULL;\n    struct conn *c = *head;\n    while (c) {\n        if (c->idle_secs > max_idle) {\n            if (prev) prev->next = c->next;\n            else *head = c->next;\n            conn_close(c);\n            reaped++;\n            c = c->next;\n            continue;\n        }\n        prev = c;\n        c = c->next;\n    }\n    return reaped;\n}\n"
 },
 {
  "name": "c_motd_lines_array",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n#define MAX_LINES 64\n\nint main(void) {\n    char *lines[MAX_LINES];\n    size_t count = 0;\n    char buf[512];\n\n    while (count < MAX_LINES && fgets(buf, sizeof buf, stdin)) {\n        buf[strcspn(buf, \"\\n\")] = '\\0';\n        if (buf[0] == '#') continue;\n        lines[count++] = strdup(buf);\n    }\n\n    printf(\"=== message of the day ===\\n\");\n    for (size_t i = 0; i < count; i++) {\n        printf(\"%s\\n\", lines[i]);\n        free(lines[i]);\n    }\n    return 0;\n}\n"
 },
 {
  "name": "c_motd_lines_array",
  "kind": "vuln",
  "lang": "c",
  "cwe": 134,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n#define MAX_LINES 64\n\nint main(void) {\n    char *lines[MAX_LINES];\n    size_t count = 0;\n    char buf[512];\n\n    while (count < MAX_LINES && fgets(buf, sizeof buf, stdin)) {\n        buf[strcspn(buf, \"\\n\")] = '\\0';\n        if (buf[0] == '#') continue;\n        lines[count++] = strdup(buf);\n    }\n\n    printf(\"=== message of the day ===\\n\");\n    for (size_t i = 0; i < count; i++) {\n        printf(lines[i]);\n        putchar('\\n');\n        free(lines[i]);\n    }\n    return 0;\n}\n"
 },
 {
  "name": "c_parse_error_double_free",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstruct doc { char *title; char *body; };\n\nint doc_load(struct doc *d, FILE *fp) {\n    char *title = malloc(128);\n    char *body = malloc(4096);\n    int rc = -1;\n    if (!title || !body) goto out;\n    if (!fgets(title, 128, fp)) {\n        free(title);\n        title = NULL;\n        goto out;\n    }\n    size_t n = fread(body, 1, 4095, fp);\n    body[n] = '\\0';\n    d->title = title;\n    d->body = body;\n    return 0;\nout:\n    free(title);\n    free(body);\n    return rc;\n}\n"
 },
 {
  "name": "c_parse_error_double_free",
  "kind": "vuln",
  "lang": "c",
  "cwe": 415,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstruct doc { char *title; char *body; };\n\nint doc_load(struct doc *d, FILE *fp) {\n    char *title = malloc(128);\n    char *body = malloc(4096);\n    int rc = -1;\n    if (!title || !body) goto out;\n    if (!fgets(title, 128, fp)) {\n        free(title);\n        goto out;\n    }\n    size_t n = fread(body, 1, 4095, fp);\n    body[n] = '\\0';\n    d->title = title;\n    d->body = body;\n    return 0;\nout:\n    free(title);\n    free(body);\n    return rc;\n}\n"
 },
 {
  "name": "c_ping_ternary_popen",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <ctype.h>\n\nstatic int valid_host(const char *h) {\n    if (!*h || *h == '-') return 0;\n    for (const char *p = h; *p; p++)\n        if (!isalnum((unsigned char)*p) && *p != '.' && *p != '-' && *p != ':') return 0;\n    return 1;\n}\n\nint main(int argc, char *argv[]) {\n    const char *host = argc > 1 ? argv[1] : \"localhost\";\n    if (!valid_host(host)) { fprintf(stderr, \"invalid host\\n\"); return 2; }\n    int count = 3;\n    char cmd[300];\n    snprintf(cmd, sizeof cmd, \"ping -c %d %s 2>&1\", count, host);\n    FILE *p = popen(cmd, \"r\");\n    if (!p) { perror(\"popen\"); return 1; }\n    char line[256];\n    int lost = 0;\n    while (fgets(line, sizeof line, p)) {\n        if (strstr(line, \"100% packet loss\")) lost = 1;\n        fputs(line, stdout);\n    }\n    pclose(p);\n    return lost;\n}\n"
 },
 {
  "name": "c_ping_ternary_popen",
  "kind": "vuln",
  "lang": "c",
  "cwe": 78,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nint main(int argc, char *argv[]) {\n    const char *host = argc > 1 ? argv[1] : \"localhost\";\n    const char *count = getenv(\"PING_COUNT\") ? getenv(\"PING_COUNT\") : \"3\";\n    char cmd[300];\n    snprintf(cmd, sizeof cmd, \"ping -c %s %s 2>&1\", count, host);\n    FILE *p = popen(cmd, \"r\");\n    if (!p) { perror(\"popen\"); return 1; }\n    char line[256];\n    int lost = 0;\n    while (fgets(line, sizeof line, p)) {\n        if (strstr(line, \"100% packet loss\")) lost = 1;\n        fputs(line, stdout);\n    }\n    pclose(p);\n    return lost;\n}\n"
 },
 {
  "name": "c_query_parse_strcpy",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstruct profile {\n    char user[32];\n    char lang[8];\n    int page;\n};\n\nstatic void parse_query(char *qs, struct profile *p) {\n    char *save = NULL;\n    for (char *tok = strtok_r(qs, \"&\", &save); tok; tok = strtok_r(NULL, \"&\", &save)) {\n        char *eq = strchr(tok, '=');\n        if (!eq) continue;\n        *eq = '\\0';\n        const char *val = eq + 1;\n        if (strcmp(tok, \"user\") == 0) snprintf(p->user, sizeof p->user, \"%s\", val);\n        else if (strcmp(tok, \"lang\") == 0) snprintf(p->lang, sizeof p->lang, \"%s\", val);\n        else if (strcmp(tok, \"page\") == 0) p->page = atoi(val);\n    }\n}\n\nint main(void) {\n    char *qs = getenv(\"QUERY_STRING\");\n    struct profile p = { \"guest\", \"en\", 1 };\n    if (qs) {\n        char *copy = strdup(qs);\n        if (!copy) return 1;\n        parse_query(copy, &p);\n        free(copy);\n    }\n    printf(\"Content-Type: text/plain\\r\\n\\r\\nuser=%s lang=%s page=%d\\n\", p.user, p.lang, p.page);\n    return 0;\n}\n"
 },
 {
  "name": "c_query_parse_strcpy",
  "kind": "vuln",
  "lang": "c",
  "cwe": 120,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstruct profile {\n    char user[32];\n    char lang[8];\n    int page;\n};\n\nstatic void parse_query(char *qs, struct profile *p) {\n    char *save = NULL;\n    for (char *tok = strtok_r(qs, \"&\", &save); tok; tok = strtok_r(NULL, \"&\", &save)) {\n        char *eq = strchr(tok, '=');\n        if (!eq) continue;\n        *eq = '\\0';\n        const char *val = eq + 1;\n        if (strcmp(tok, \"user\") == 0) strcpy(p->user, val);\n        else if (strcmp(tok, \"lang\") == 0) snprintf(p->lang, sizeof p->lang, \"%s\", val);\n        else if (strcmp(tok, \"page\") == 0) p->page = atoi(val);\n    }\n}\n\nint main(void) {\n    char *qs = getenv(\"QUERY_STRING\");\n    struct profile p = { \"guest\", \"en\", 1 };\n    if (qs) {\n        char *copy = strdup(qs);\n        parse_query(copy, &p);\n        free(copy);\n    }\n    printf(\"Content-Type: text/plain\\r\\n\\r\\nuser=%s lang=%s page=%d\\n\", p.user, p.lang, p.page);\n    return 0;\n}\n"
 },
 {
  "name": "c_read_name_scanf",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <string.h>\n\nstruct player { char name[16]; int score; };\n\nstatic int read_token(FILE *in, char *dst) {\n    return fscanf(in, \"%15s\", dst) == 1;\n}\n\nint main(void) {\n    struct player table[8];\n    int n = 0;\n    printf(\"enter up to 8 players (name score), EOF to stop\\n\");\n    while (n < 8 && read_token(stdin, table[n].name)) {\n        if (scanf(\"%d\", &table[n].score) != 1) break;\n        n++;\n    }\n    for (int i = 0; i < n; i++) printf(\"%-16s %5d\\n\", table[i].name, table[i].score);\n    return 0;\n}\n"
 },
 {
  "name": "c_read_name_scanf",
  "kind": "vuln",
  "lang": "c",
  "cwe": 120,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <string.h>\n\nstruct player { char name[16]; int score; };\n\nstatic int read_token(FILE *in, char *dst) {\n    return fscanf(in, \"%s\", dst) == 1;\n}\n\nint main(void) {\n    struct player table[8];\n    int n = 0;\n    printf(\"enter up to 8 players (name score), EOF to stop\\n\");\n    while (n < 8 && read_token(stdin, table[n].name)) {\n        if (scanf(\"%d\", &table[n].score) != 1) break;\n        n++;\n    }\n    for (int i = 0; i < n; i++) printf(\"%-16s %5d\\n\", table[i].name, table[i].score);\n    return 0;\n}\n"
 },
 {
  "name": "c_record_file_count",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <stdint.h>\n\n#define MAX_RECORDS 1000000u\n\nstruct rec { uint32_t id; double value; char tag[16]; };\nstruct file_hdr { char magic[4]; uint32_t count; };\n\nstruct rec *load_records(const char *path, uint32_t *out_count) {\n    FILE *fp = fopen(path, \"rb\");\n    if (!fp) return NULL;\n    struct file_hdr hdr;\n    if (fread(&hdr, sizeof hdr, 1, fp) != 1) { fclose(fp); return NULL; }\n    uint32_t count = hdr.count;\n    if (count == 0 || count > MAX_RECORDS) { fclose(fp); return NULL; }\n    struct rec *recs = calloc(count, sizeof(struct rec));\n    if (!recs) { fclose(fp); return NULL; }\n    if (fread(recs, sizeof(struct rec), count, fp) != count) {\n        free(recs);\n        fclose(fp);\n        return NULL;\n    }\n    fclose(fp);\n    *out_count = count;\n    return recs;\n}\n"
 },
 {
  "name": "c_record_file_count",
  "kind": "vuln",
  "lang": "c",
  "cwe": 190,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <stdint.h>\n\nstruct rec { uint32_t id; double value; char tag[16]; };\nstruct file_hdr { char magic[4]; uint32_t count; };\n\nstruct rec *load_records(const char *path, uint32_t *out_count) {\n    FILE *fp = fopen(path, \"rb\");\n    if (!fp) return NULL;\n    struct file_hdr hdr;\n    if (fread(&hdr, sizeof hdr, 1, fp) != 1) { fclose(fp); return NULL; }\n    uint32_t count = hdr.count;\n    struct rec *recs = malloc(count * sizeof(struct rec));\n    if (!recs) { fclose(fp); return NULL; }\n    if (fread(recs, sizeof(struct rec), count, fp) != count) {\n        free(recs);\n        fclose(fp);\n        return NULL;\n    }\n    fclose(fp);\n    *out_count = count;\n    return recs;\n}\n"
 },
 {
  "name": "c_report_tmpname",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <unistd.h>\n\nstatic FILE *open_scratch(char *path_out, size_t len) {\n    snprintf(path_out, len, \"%s\", \"/tmp/report-XXXXXX\");\n    int fd = mkstemp(path_out);\n    if (fd < 0) return NULL;\n    return fdopen(fd, \"w+\");\n}\n\nint build_report(const char **rows, size_t n) {\n    char path[64];\n    FILE *fp = open_scratch(path, sizeof path);\n    if (!fp) return -1;\n    for (size_t i = 0; i < n; i++) fprintf(fp, \"%zu,%s\\n\", i, rows[i]);\n    rewind(fp);\n    char line[256];\n    while (fgets(line, sizeof line, fp)) fputs(line, stdout);\n    fclose(fp);\n    unlink(path);\n    return 0;\n}\n"
 },
 {
  "name": "c_report_tmpname",
  "kind": "vuln",
  "lang": "c",
  "cwe": 377,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstatic FILE *open_scratch(char *path_out, size_t len) {\n    char *name = tmpnam(NULL);\n    if (!name) return NULL;\n    snprintf(path_out, len, \"%s\", name);\n    return fopen(path_out, \"w+\");\n}\n\nint build_report(const char **rows, size_t n) {\n    char path[L_tmpnam + 1];\n    FILE *fp = open_scratch(path, sizeof path);\n    if (!fp) return -1;\n    for (size_t i = 0; i < n; i++) fprintf(fp, \"%zu,%s\\n\", i, rows[i]);\n    rewind(fp);\n    char line[256];\n    while (fgets(line, sizeof line, fp)) fputs(line, stdout);\n    fclose(fp);\n    remove(path);\n    return 0;\n}\n"
 },
 {
  "name": "c_session_id_helper",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <sys/random.h>\n\nstatic const char ALPHABET[] = \"abcdefghijklmnopqrstuvwxyz0123456789\";\n\nint new_session_id(char *out, size_t len) {\n    unsigned char raw[64];\n    if (len - 1 > sizeof raw) return -1;\n    if (getrandom(raw, len - 1, 0) != (ssize_t)(len - 1)) return -1;\n    for (size_t i = 0; i + 1 < len; i++) out[i] = ALPHABET[raw[i] % (sizeof ALPHABET - 1)];\n    out[len - 1] = '\\0';\n    return 0;\n}\n\nint main(void) {\n    char sid[33];\n    if (new_session_id(sid, sizeof sid) != 0) return 1;\n    printf(\"Set-Cookie: SID=%s; HttpOnly; Secure\\r\\n\", sid);\n    return 0;\n}\n"
 },
 {
  "name": "c_session_id_helper",
  "kind": "vuln",
  "lang": "c",
  "cwe": 338,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <time.h>\n\nstatic const char ALPHABET[] = \"abcdefghijklmnopqrstuvwxyz0123456789\";\n\nstatic char pick_char(void) {\n    return ALPHABET[rand() % (sizeof ALPHABET - 1)];\n}\n\nvoid new_session_id(char *out, size_t len) {\n    for (size_t i = 0; i + 1 < len; i++) out[i] = pick_char();\n    out[len - 1] = '\\0';\n}\n\nint main(void) {\n    srand((unsigned)time(NULL));\n    char sid[33];\n    new_session_id(sid, sizeof sid);\n    printf(\"Set-Cookie: SID=%s; HttpOnly; Secure\\r\\n\", sid);\n    return 0;\n}\n"
 },
 {
  "name": "c_sqlite_argv_struct",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <string.h>\n#include <sqlite3.h>\n\nstruct search { char term[128]; int limit; };\n\nstatic int run_search(sqlite3 *db, const struct search *s) {\n    sqlite3_stmt *st;\n    const char *sql = \"SELECT id, title FROM notes WHERE title LIKE '%' || ?1 || '%' LIMIT ?2\";\n    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) return 1;\n    sqlite3_bind_text(st, 1, s->term, -1, SQLITE_TRANSIENT);\n    sqlite3_bind_int(st, 2, s->limit);\n    while (sqlite3_step(st) == SQLITE_ROW)\n        printf(\"id=%d title=%s\\n\", sqlite3_column_int(st, 0), (const char *)sqlite3_column_text(st, 1));\n    sqlite3_finalize(st);\n    return 0;\n}\n\nint main(int argc, char **argv) {\n    if (argc < 3) { fprintf(stderr, \"usage: %s DB TERM\\n\", argv[0]); return 2; }\n    sqlite3 *db;\n    if (sqlite3_open(argv[1], &db) != SQLITE_OK) return 1;\n    struct search s = { \"\", 20 };\n    strncpy(s.term, argv[2], sizeof s.term - 1);\n    s.term[sizeof s.term - 1] = '\\0';\n    int rc = run_search(db, &s);\n    sqlite3_close(db);\n    return rc;\n}\n"
 },
 {
  "name": "c_sqlite_argv_struct",
  "kind": "vuln",
  "lang": "c",
  "cwe": 89,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <string.h>\n#include <sqlite3.h>\n\nstruct search { const char *table; char term[128]; int limit; };\n\nstatic int print_row(void *ud, int ncol, char **vals, char **names) {\n    (void)ud;\n    for (int i = 0; i < ncol; i++) printf(\"%s=%s \", names[i], vals[i] ? vals[i] : \"NULL\");\n    putchar('\\n');\n    return 0;\n}\n\nstatic int run_search(sqlite3 *db, const struct search *s) {\n    char sql[512];\n    char *err = NULL;\n    snprintf(sql, sizeof sql, \"SELECT id, title FROM %s WHERE title LIKE '%%%s%%' LIMIT %d\",\n             s->table, s->term, s->limit);\n    if (sqlite3_exec(db, sql, print_row, NULL, &err) != SQLITE_OK) {\n        fprintf(stderr, \"query failed: %s\\n\", err);\n        sqlite3_free(err);\n        return 1;\n    }\n    return 0;\n}\n\nint main(int argc, char **argv) {\n    if (argc < 3) { fprintf(stderr, \"usage: %s DB TERM\\n\", argv[0]); return 2; }\n    sqlite3 *db;\n    if (sqlite3_open(argv[1], &db) != SQLITE_OK) return 1;\n    struct search s = { \"notes\", \"\", 20 };\n    strncpy(s.term, argv[2], sizeof s.term - 1);\n    int rc = run_search(db, &s);\n    sqlite3_close(db);\n    return rc;\n}\n"
 },
 {
  "name": "c_store_password_md5",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <openssl/evp.h>\n#include <openssl/rand.h>\n#include <stdio.h>\n#include <string.h>\n#include <sqlite3.h>\n\nstatic void to_hex(const unsigned char *in, size_t n, char *out) {\n    for (size_t i = 0; i < n; i++) snprintf(out + 2 * i, 3, \"%02x\", in[i]);\n    out[2 * n] = '\\0';\n}\n\nstatic int derive(const char *password, unsigned char salt[16], char *hex_out) {\n    unsigned char dk[32];\n    if (RAND_bytes(salt, 16) != 1) return -1;\n    if (PKCS5_PBKDF2_HMAC(password, (int)strlen(password), salt, 16, 600000, EVP_sha256(), sizeof dk, dk) != 1)\n        return -1;\n    to_hex(dk, sizeof dk, hex_out);\n    return 0;\n}\n\nint create_user(sqlite3 *db, const char *user, const char *password) {\n    unsigned char salt[16];\n    char hex[65], salt_hex[33];\n    if (derive(password, salt, hex) != 0) return -1;\n    to_hex(salt, sizeof salt, salt_hex);\n    sqlite3_stmt *st;\n    if (sqlite3_prepare_v2(db, \"INSERT INTO users(name, pw_hash, salt) VALUES(?, ?, ?)\", -1, &st, NULL) != SQLITE_OK)\n        return -1;\n    sqlite3_bind_text(st, 1, user, -1, SQLITE_STATIC);\n    sqlite3_bind_text(st, 2, hex, -1, SQLITE_STATIC);\n    sqlite3_bind_text(st, 3, salt_hex, -1, SQLITE_STATIC);\n    int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : -1;\n    sqlite3_finalize(st);\n    return rc;\n}\n"
 },
 {
  "name": "c_store_password_md5",
  "kind": "vuln",
  "lang": "c",
  "cwe": 328,
  "wave": 1,
  "code": "#include <openssl/md5.h>\n#include <stdio.h>\n#include <string.h>\n#include <sqlite3.h>\n\nstatic void to_hex(const unsigned char *in, size_t n, char *out) {\n    for (size_t i = 0; i < n; i++) sprintf(out + 2 * i, \"%02x\", in[i]);\n    out[2 * n] = '\\0';\n}\n\nstatic void digest_secret(const char *secret, char *hex_out) {\n    unsigned char d[MD5_DIGEST_LENGTH];\n    MD5((const unsigned char *)secret, strlen(secret), d);\n    to_hex(d, sizeof d, hex_out);\n}\n\nint create_user(sqlite3 *db, const char *user, const char *password) {\n    char hex[2 * MD5_DIGEST_LENGTH + 1];\n    digest_secret(password, hex);\n    sqlite3_stmt *st;\n    if (sqlite3_prepare_v2(db, \"INSERT INTO users(name, pw_hash) VALUES(?, ?)\", -1, &st, NULL) != SQLITE_OK)\n        return -1;\n    sqlite3_bind_text(st, 1, user, -1, SQLITE_STATIC);\n    sqlite3_bind_text(st, 2, hex, -1, SQLITE_STATIC);\n    int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : -1;\n    sqlite3_finalize(st);\n    return rc;\n}\n"
 },
 {
  "name": "c_syslog_wrapper_recv",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <string.h>\n#include <syslog.h>\n#include <sys/socket.h>\n#include <unistd.h>\n\nstatic void audit(int prio, const char *user) {\n    syslog(prio, \"login attempt user=%s\", user);\n}\n\nstatic void handle_client(int fd) {\n    char req[1024];\n    ssize_t n = recv(fd, req, sizeof req - 1, 0);\n    if (n <= 0) return;\n    req[n] = '\\0';\n    char *nl = strchr(req, '\\n');\n    if (nl) *nl = '\\0';\n    if (strncmp(req, \"LOGIN \", 6) == 0) {\n        audit(LOG_NOTICE, req + 6);\n        send(fd, \"OK\\n\", 3, 0);\n    } else {\n        send(fd, \"ERR\\n\", 4, 0);\n    }\n}\n\nint serve(int lfd) {\n    openlog(\"authd\", LOG_PID, LOG_AUTH);\n    for (;;) {\n        int c = accept(lfd, NULL, NULL);\n        if (c < 0) continue;\n        handle_client(c);\n        close(c);\n    }\n}\n"
 },
 {
  "name": "c_syslog_wrapper_recv",
  "kind": "vuln",
  "lang": "c",
  "cwe": 134,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <string.h>\n#include <syslog.h>\n#include <sys/socket.h>\n#include <unistd.h>\n\nstatic void audit(int prio, const char *msg) {\n    syslog(prio, msg);\n}\n\nstatic void handle_client(int fd) {\n    char req[1024];\n    ssize_t n = recv(fd, req, sizeof req - 1, 0);\n    if (n <= 0) return;\n    req[n] = '\\0';\n    char *nl = strchr(req, '\\n');\n    if (nl) *nl = '\\0';\n    if (strncmp(req, \"LOGIN \", 6) == 0) {\n        audit(LOG_NOTICE, req + 6);\n        send(fd, \"OK\\n\", 3, 0);\n    } else {\n        send(fd, \"ERR\\n\", 4, 0);\n    }\n}\n\nint serve(int lfd) {\n    openlog(\"authd\", LOG_PID, LOG_AUTH);\n    for (;;) {\n        int c = accept(lfd, NULL, NULL);\n        if (c < 0) continue;\n        handle_client(c);\n        close(c);\n    }\n}\n"
 },
 {
  "name": "c_thumb_cmd_helper",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <unistd.h>\n#include <sys/wait.h>\n\nstatic int run_convert(const char *src, const char *geometry) {\n    pid_t pid = fork();\n    if (pid < 0) return -1;\n    if (pid == 0) {\n        execlp(\"convert\", \"convert\", \"--\", src, \"-resize\", geometry,\n               \"/var/cache/thumbs/out.png\", (char *)NULL);\n        _exit(127);\n    }\n    int status;\n    if (waitpid(pid, &status, 0) < 0) return -1;\n    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;\n}\n\nint main(void) {\n    const char *qs = getenv(\"QUERY_STRING\");\n    char img[256] = \"default.png\";\n    if (qs && strncmp(qs, \"img=\", 4) == 0) {\n        strncpy(img, qs + 4, sizeof img - 1);\n        img[sizeof img - 1] = '\\0';\n    }\n    if (strchr(img, '/') || img[0] == '.' || img[0] == '-') {\n        printf(\"Status: 400\\r\\n\\r\\n\");\n        return 0;\n    }\n    printf(\"Content-Type: text/plain\\r\\n\\r\\n\");\n    int rc = run_convert(img, \"160x\");\n    printf(\"%s\\n\", rc == 0 ? \"ok\" : \"failed\");\n    return 0;\n}\n"
 },
 {
  "name": "c_thumb_cmd_helper",
  "kind": "vuln",
  "lang": "c",
  "cwe": 78,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstatic char *build_convert_cmd(const char *src, int width) {\n    size_t n = strlen(src) + 128;\n    char *cmd = malloc(n);\n    if (!cmd) return NULL;\n    snprintf(cmd, n, \"convert '%s' -resize %dx /var/cache/thumbs/out.png\", src, width);\n    return cmd;\n}\n\nint main(void) {\n    const char *qs = getenv(\"QUERY_STRING\");\n    char img[256] = \"default.png\";\n    if (qs && strncmp(qs, \"img=\", 4) == 0)\n        strncpy(img, qs + 4, sizeof img - 1);\n    char *cmd = build_convert_cmd(img, 160);\n    if (!cmd) return 1;\n    printf(\"Content-Type: text/plain\\r\\n\\r\\n\");\n    int rc = system(cmd);\n    free(cmd);\n    printf(\"%s\\n\", rc == 0 ? \"ok\" : \"failed\");\n    return 0;\n}\n"
 },
 {
  "name": "c_tlv_packet_memcpy",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <stdint.h>\n#include <string.h>\n#include <sys/types.h>\n#include <sys/socket.h>\n\nstruct message {\n    uint8_t type;\n    uint16_t len;\n    uint8_t body[256];\n};\n\nstatic uint16_t read_be16(const uint8_t *p) {\n    return (uint16_t)((p[0] << 8) | p[1]);\n}\n\nint recv_message(int fd, struct message *m) {\n    uint8_t pkt[2048];\n    ssize_t n = recv(fd, pkt, sizeof pkt, 0);\n    if (n < 3) return -1;\n    m->type = pkt[0];\n    m->len = read_be16(pkt + 1);\n    if (m->len > (size_t)n - 3 || m->len > sizeof m->body) return -1;\n    memcpy(m->body, pkt + 3, m->len);\n    return 0;\n}\n"
 },
 {
  "name": "c_tlv_packet_memcpy",
  "kind": "vuln",
  "lang": "c",
  "cwe": 805,
  "wave": 1,
  "code": "#include <stdint.h>\n#include <string.h>\n#include <sys/types.h>\n#include <sys/socket.h>\n\nstruct message {\n    uint8_t type;\n    uint16_t len;\n    uint8_t body[256];\n};\n\nstatic uint16_t read_be16(const uint8_t *p) {\n    return (uint16_t)((p[0] << 8) | p[1]);\n}\n\nint recv_message(int fd, struct message *m) {\n    uint8_t pkt[2048];\n    ssize_t n = recv(fd, pkt, sizeof pkt, 0);\n    if (n < 3) return -1;\n    m->type = pkt[0];\n    m->len = read_be16(pkt + 1);\n    if (m->len > (size_t)n - 3) return -1;\n    memcpy(m->body, pkt + 3, m->len);\n    return 0;\n}\n"
 },
 {
  "name": "c_write_config_mode",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <fcntl.h>\n#include <stdio.h>\n#include <string.h>\n#include <sys/stat.h>\n#include <unistd.h>\n\nstatic const mode_t CONFIG_MODE = 0600;\n\nint save_credentials(const char *path, const char *user, const char *token) {\n    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, CONFIG_MODE);\n    if (fd < 0) return -1;\n    char buf[512];\n    int n = snprintf(buf, sizeof buf, \"user=%s\\ntoken=%s\\n\", user, token);\n    if (n < 0 || (size_t)n >= sizeof buf) { close(fd); return -1; }\n    ssize_t w = write(fd, buf, (size_t)n);\n    fchmod(fd, 0600);\n    close(fd);\n    return w == n ? 0 : -1;\n}\n"
 },
 {
  "name": "c_write_config_mode",
  "kind": "vuln",
  "lang": "c",
  "cwe": 732,
  "wave": 1,
  "code": "#include <fcntl.h>\n#include <stdio.h>\n#include <string.h>\n#include <sys/stat.h>\n#include <unistd.h>\n\nstatic const mode_t CONFIG_MODE = 0666;\n\nint save_credentials(const char *path, const char *user, const char *token) {\n    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, CONFIG_MODE);\n    if (fd < 0) return -1;\n    char buf[512];\n    int n = snprintf(buf, sizeof buf, \"user=%s\\ntoken=%s\\n\", user, token);\n    if (n < 0 || (size_t)n >= sizeof buf) { close(fd); return -1; }\n    ssize_t w = write(fd, buf, (size_t)n);\n    close(fd);\n    chmod(path, 0777);\n    return w == n ? 0 : -1;\n}\n"
 },
 {
  "name": "cpp_cgi_params_map_path",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 0,
  "wave": 1,
  "code": "#include <cstdlib>\n#include <filesystem>\n#include <fstream>\n#include <iostream>\n#include <map>\n#include <sstream>\n#include <string>\n\nnamespace fs = std::filesystem;\n\nstatic std::map<std::string, std::string> parse_query(const char *qs) {\n    std::map<std::string, std::string> out;\n    if (!qs) return out;\n    std::istringstream in(qs);\n    std::string pair;\n    while (std::getline(in, pair, '&')) {\n        auto eq = pair.find('=');\n        if (eq == std::string::npos) continue;\n        out[pair.substr(0, eq)] = pair.substr(eq + 1);\n    }\n    return out;\n}\n\nint main() {\n    auto params = parse_query(std::getenv(\"QUERY_STRING\"));\n    const fs::path root = fs::canonical(\"/srv/reports\");\n    fs::path target = fs::weakly_canonical(root / params[\"report\"]);\n    auto rel = target.lexically_relative(root);\n    if (rel.empty() || *rel.begin() == \"..\") {\n        std::cout << \"Status: 400\\r\\n\\r\\n\";\n        return 0;\n    }\n    std::ifstream f(target);\n    if (!f) {\n        std::cout << \"Status: 404\\r\\n\\r\\n\";\n        return 0;\n    }\n    std::cout << \"Content-Type: text/csv\\r\\n\\r\\n\" << f.rdbuf();\n    return 0;\n}\n"
 },
 {
  "name": "cpp_cgi_params_map_path",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 22,
  "wave": 1,
  "code": "#include <cstdlib>\n#include <fstream>\n#include <iostream>\n#include <map>\n#include <sstream>\n#include <string>\n\nstatic std::map<std::string, std::string> parse_query(const char *qs) {\n    std::map<std::string, std::string> out;\n    if (!qs) return out;\n    std::istringstream in(qs);\n    std::string pair;\n    while (std::getline(in, pair, '&')) {\n        auto eq = pair.find('=');\n        if (eq == std::string::npos) continue;\n        out[pair.substr(0, eq)] = pair.substr(eq + 1);\n    }\n    return out;\n}\n\nint main() {\n    auto params = parse_query(std::getenv(\"QUERY_STRING\"));\n    const std::string root = \"/srv/reports/\";\n    std::string name = params[\"report\"];\n    std::ifstream f(root + name);\n    if (!f) {\n        std::cout << \"Status: 404\\r\\n\\r\\n\";\n        return 0;\n    }\n    std::cout << \"Content-Type: text/csv\\r\\n\\r\\n\" << f.rdbuf();\n    return 0;\n}\n"
 },
 {
  "name": "cpp_sqlite_getline_concat",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 0,
  "wave": 1,
  "code": "#include <iostream>\n#include <string>\n#include <sqlite3.h>\n\nclass UserRepo {\npublic:\n    explicit UserRepo(sqlite3 *db) : db_(db) {}\n    void set_filter(const std::string &email) { filter_ = email; }\n    int remove_matching() {\n        sqlite3_stmt *st = nullptr;\n        if (sqlite3_prepare_v2(db_, \"DELETE FROM subscribers WHERE email = ?\", -1, &st, nullptr) != SQLITE_OK)\n            return -1;\n        sqlite3_bind_text(st, 1, filter_.c_str(), -1, SQLITE_TRANSIENT);\n        int rc = sqlite3_step(st);\n        sqlite3_finalize(st);\n        return rc == SQLITE_DONE ? sqlite3_changes(db_) : -1;\n    }\nprivate:\n    sqlite3 *db_;\n    std::string filter_;\n};\n\nint main() {\n    sqlite3 *db = nullptr;\n    if (sqlite3_open(\"newsletter.db\", &db) != SQLITE_OK) return 1;\n    UserRepo repo(db);\n    std::string line;\n    std::cout << \"unsubscribe email: \";\n    std::getline(std::cin, line);\n    repo.set_filter(line);\n    std::cout << repo.remove_matching() << \" removed\\n\";\n    sqlite3_close(db);\n}\n"
 },
 {
  "name": "cpp_sqlite_getline_concat",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 89,
  "wave": 1,
  "code": "#include <iostream>\n#include <string>\n#include <sqlite3.h>\n\nclass UserRepo {\npublic:\n    explicit UserRepo(sqlite3 *db) : db_(db) {}\n    void set_filter(const std::string &email) { filter_ = email; }\n    int remove_matching() {\n        std::string sql = \"DELETE FROM subscribers WHERE email = '\";\n        sql += filter_;\n        sql += \"'\";\n        char *err = nullptr;\n        int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err);\n        if (rc != SQLITE_OK) {\n            std::cerr << err << \"\\n\";\n            sqlite3_free(err);\n        }\n        return sqlite3_changes(db_);\n    }\nprivate:\n    sqlite3 *db_;\n    std::string filter_;\n};\n\nint main() {\n    sqlite3 *db = nullptr;\n    if (sqlite3_open(\"newsletter.db\", &db) != SQLITE_OK) return 1;\n    UserRepo repo(db);\n    std::string line;\n    std::cout << \"unsubscribe email: \";\n    std::getline(std::cin, line);\n    repo.set_filter(line);\n    std::cout << repo.remove_matching() << \" removed\\n\";\n    sqlite3_close(db);\n}\n"
 },
 {
  "name": "cpp_video_transcode_stream",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 0,
  "wave": 1,
  "code": "#include <cstdlib>\n#include <iostream>\n#include <string>\n#include <vector>\n#include <set>\n#include <unistd.h>\n#include <sys/wait.h>\n\nstatic const std::set<std::string> kPresets = {\"ultrafast\", \"fast\", \"medium\", \"slow\"};\n\nint main(int argc, char **argv) {\n    std::vector<std::string> args(argv + 1, argv + argc);\n    if (args.empty()) {\n        std::cerr << \"usage: transcode FILE [PRESET]\\n\";\n        return 2;\n    }\n    std::string preset = args.size() > 1 ? args[1] : \"medium\";\n    if (!kPresets.count(preset)) {\n        std::cerr << \"unknown preset\\n\";\n        return 2;\n    }\n    pid_t pid = fork();\n    if (pid == 0) {\n        execlp(\"ffmpeg\", \"ffmpeg\", \"-y\", \"-i\", args[0].c_str(), \"-preset\", preset.c_str(),\n               \"/tmp/out.mp4\", static_cast<char *>(nullptr));\n        _exit(127);\n    }\n    int status = 0;\n    waitpid(pid, &status, 0);\n    return WIFEXITED(status) ? WEXITSTATUS(status) : 1;\n}\n"
 },
 {
  "name": "cpp_video_transcode_stream",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 78,
  "wave": 1,
  "code": "#include <cstdlib>\n#include <iostream>\n#include <sstream>\n#include <string>\n#include <vector>\n\nstatic std::string build_command(const std::string &input, const std::string &preset) {\n    std::ostringstream cmd;\n    cmd << \"ffmpeg -y -i \\\"\" << input << \"\\\" -preset \" << preset << \" /tmp/out.mp4\";\n    return cmd.str();\n}\n\nint main(int argc, char **argv) {\n    std::vector<std::string> args(argv + 1, argv + argc);\n    if (args.empty()) {\n        std::cerr << \"usage: transcode FILE [PRESET]\\n\";\n        return 2;\n    }\n    std::string preset = args.size() > 1 ? args[1] : \"medium\";\n    std::string cmd = build_command(args[0], preset);\n    std::cout << \"running: \" << cmd << std::endl;\n    return std::system(cmd.c_str());\n}\n"
 },
 {
  "name": "go_card_vault_des",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package vault\n\nimport (\n\t\"crypto/aes\"\n\t\"crypto/cipher\"\n\t\"crypto/rand\"\n\t\"errors\"\n\t\"os\"\n)\n\nfunc vaultKey() ([]byte, error) {\n\tk := []byte(os.Getenv(\"VAULT_KEY\"))\n\tif len(k) != 32 {\n\t\treturn nil, errors.New(\"VAULT_KEY must be 32 bytes\")\n\t}\n\treturn k, nil\n}\n\nfunc SealCardNumber(pan []byte) ([]byte, error) {\n\tkey, err := vaultKey()\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tblock, err := aes.NewCipher(key)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tgcm, err := cipher.NewGCM(block)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tnonce := make([]byte, gcm.NonceSize())\n\tif _, err := rand.Read(nonce); err != nil {\n\t\treturn nil, err\n\t}\n\treturn gcm.Seal(nonce, nonce, pan, nil), nil\n}\n"
 },
 {
  "name": "go_card_vault_des",
  "kind": "vuln",
  "lang": "go",
  "cwe": 327,
  "wave": 1,
  "code": "package vault\n\nimport (\n\t\"crypto/cipher\"\n\t\"crypto/des\"\n\t\"crypto/rand\"\n\t\"errors\"\n\t\"os\"\n)\n\nfunc vaultKey() ([]byte, error) {\n\tk := []byte(os.Getenv(\"VAULT_KEY\"))\n\tif len(k) != 24 {\n\t\treturn nil, errors.New(\"VAULT_KEY must be 24 bytes\")\n\t}\n\treturn k, nil\n}\n\nfunc SealCardNumber(pan []byte) ([]byte, error) {\n\tkey, err := vaultKey()\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tblock, err := des.NewTripleDESCipher(key)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tiv := make([]byte, block.BlockSize())\n\tif _, err := rand.Read(iv); err != nil {\n\t\treturn nil, err\n\t}\n\tpadded := pad(pan, block.BlockSize())\n\tout := make([]byte, len(padded))\n\tcipher.NewCBCEncrypter(block, iv).CryptBlocks(out, padded)\n\treturn append(iv, out...), nil\n}\n\nfunc pad(b []byte, n int) []byte {\n\tp := n - len(b)%n\n\tfor i := 0; i < p; i++ {\n\t\tb = append(b, byte(p))\n\t}\n\treturn b\n}\n"
 },
 {
  "name": "go_chi_docs_trim",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package docs\n\nimport (\n\t\"net/http\"\n\t\"path/filepath\"\n\t\"strings\"\n\n\t\"github.com/go-chi/chi/v5\"\n)\n\ntype DocServer struct {\n\tRoot string\n}\n\nfunc (d *DocServer) resolve(page string) (string, bool) {\n\tpage = strings.TrimSuffix(strings.TrimSpace(page), \".md\")\n\tif !filepath.IsLocal(page) {\n\t\treturn \"\", false\n\t}\n\treturn filepath.Join(d.Root, page+\".md\"), true\n}\n\nfunc (d *DocServer) Routes() http.Handler {\n\tr := chi.NewRouter()\n\tr.Get(\"/docs/{page}\", func(w http.ResponseWriter, req *http.Request) {\n\t\tpage := strings.ToLower(chi.URLParam(req, \"page\"))\n\t\tp, ok := d.resolve(page)\n\t\tif !ok {\n\t\t\thttp.NotFound(w, req)\n\t\t\treturn\n\t\t}\n\t\thttp.ServeFile(w, req, p)\n\t})\n\treturn r\n}\n"
 },
 {
  "name": "go_chi_docs_trim",
  "kind": "vuln",
  "lang": "go",
  "cwe": 22,
  "wave": 1,
  "code": "package docs\n\nimport (\n\t\"net/http\"\n\t\"path/filepath\"\n\t\"strings\"\n\n\t\"github.com/go-chi/chi/v5\"\n)\n\ntype DocServer struct {\n\tRoot string\n}\n\nfunc (d *DocServer) resolve(page string) string {\n\tpage = strings.TrimSuffix(strings.TrimSpace(page), \".md\")\n\treturn filepath.Join(d.Root, page+\".md\")\n}\n\nfunc (d *DocServer) Routes() http.Handler {\n\tr := chi.NewRouter()\n\tr.Get(\"/docs/{page}\", func(w http.ResponseWriter, req *http.Request) {\n\t\tpage := strings.ToLower(chi.URLParam(req, \"page\"))\n\t\thttp.ServeFile(w, req, d.resolve(page))\n\t})\n\treturn r\n}\n"
 },
 {
  "name": "go_convert_json_body",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package media\n\nimport (\n\t\"encoding/json\"\n\t\"fmt\"\n\t\"net/http\"\n\t\"os/exec\"\n\t\"path/filepath\"\n\t\"regexp\"\n)\n\nvar safeName = regexp.MustCompile(`^[A-Za-z0-9_-]+\\.(png|jpg|jpeg)$`)\n\ntype resizeRequest struct {\n\tSource string `json:\"source\"`\n\tWidth  int    `json:\"width\"`\n}\n\nfunc ResizeHandler(w http.ResponseWriter, r *http.Request) {\n\tvar req resizeRequest\n\tif err := json.NewDecoder(r.Body).Decode(&req); err != nil {\n\t\thttp.Error(w, \"bad json\", http.StatusBadRequest)\n\t\treturn\n\t}\n\tif !safeName.MatchString(req.Source) || req.Width <= 0 || req.Width > 4096 {\n\t\thttp.Error(w, \"invalid request\", http.StatusBadRequest)\n\t\treturn\n\t}\n\tsrc := filepath.Join(\"/var/media/in\", req.Source)\n\tdst := fmt.Sprintf(\"/var/media/out/%d.png\", req.Width)\n\tout, err := exec.Command(\"convert\", src, \"-resize\", fmt.Sprintf(\"%dx\", req.Width), dst).CombinedOutput()\n\tif err != nil {\n\t\thttp.Error(w, string(out), http.StatusInternalServerError)\n\t\treturn\n\t}\n\tw.WriteHeader(http.StatusNoContent)\n}\n"
 },
 {
  "name": "go_convert_json_body",
  "kind": "vuln",
  "lang": "go",
  "cwe": 78,
  "wave": 1,
  "code": "package media\n\nimport (\n\t\"encoding/json\"\n\t\"fmt\"\n\t\"net/http\"\n\t\"os/exec\"\n)\n\ntype resizeRequest struct {\n\tSource string `json:\"source\"`\n\tWidth  int    `json:\"width\"`\n}\n\nfunc (rr resizeRequest) commandLine() string {\n\treturn fmt.Sprintf(\"convert %s -resize %dx /var/media/out/%d.png\", rr.Source, rr.Width, rr.Width)\n}\n\nfunc ResizeHandler(w http.ResponseWriter, r *http.Request) {\n\tvar req resizeRequest\n\tif err := json.NewDecoder(r.Body).Decode(&req); err != nil {\n\t\thttp.Error(w, \"bad json\", http.StatusBadRequest)\n\t\treturn\n\t}\n\tout, err := exec.Command(\"/bin/sh\", \"-c\", req.commandLine()).CombinedOutput()\n\tif err != nil {\n\t\thttp.Error(w, string(out), http.StatusInternalServerError)\n\t\treturn\n\t}\n\tw.WriteHeader(http.StatusNoContent)\n}\n"
 },
 {
  "name": "go_gin_search_switch",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package api\n\nimport (\n\t\"net/http\"\n\n\t\"github.com/gin-gonic/gin\"\n\t\"gorm.io/gorm\"\n)\n\ntype Product struct {\n\tID    uint\n\tName  string\n\tBrand string\n}\n\nfunc SearchProducts(db *gorm.DB) gin.HandlerFunc {\n\treturn func(c *gin.Context) {\n\t\tq := c.Query(\"q\")\n\t\tvar where, arg string\n\t\tswitch c.DefaultQuery(\"mode\", \"name\") {\n\t\tcase \"brand\":\n\t\t\twhere, arg = \"brand = ?\", q\n\t\tcase \"exact\":\n\t\t\twhere, arg = \"name = ?\", q\n\t\tdefault:\n\t\t\twhere, arg = \"name LIKE ?\", \"%\"+q+\"%\"\n\t\t}\n\t\tvar out []Product\n\t\tif err := db.Model(&Product{}).Where(where, arg).Limit(50).Find(&out).Error; err != nil {\n\t\t\tc.JSON(http.StatusInternalServerError, gin.H{\"error\": \"search failed\"})\n\t\t\treturn\n\t\t}\n\t\tc.JSON(http.StatusOK, out)\n\t}\n}\n"
 },
 {
  "name": "go_gin_search_switch",
  "kind": "vuln",
  "lang": "go",
  "cwe": 89,
  "wave": 1,
  "code": "package api\n\nimport (\n\t\"net/http\"\n\n\t\"github.com/gin-gonic/gin\"\n\t\"gorm.io/gorm\"\n)\n\ntype Product struct {\n\tID    uint\n\tName  string\n\tBrand string\n}\n\nfunc SearchProducts(db *gorm.DB) gin.HandlerFunc {\n\treturn func(c *gin.Context) {\n\t\tq := c.Query(\"q\")\n\t\tvar where string\n\t\tswitch c.DefaultQuery(\"mode\", \"name\") {\n\t\tcase \"brand\":\n\t\t\twhere = \"brand = '\" + q + \"'\"\n\t\tcase \"exact\":\n\t\t\twhere = \"name = ?\"\n\t\tdefault:\n\t\t\twhere = \"name LIKE ?\"\n\t\t}\n\t\tvar out []Product\n\t\ttx := db.Model(&Product{})\n\t\tif where == \"name = ?\" {\n\t\t\ttx = tx.Where(where, q)\n\t\t} else if where == \"name LIKE ?\" {\n\t\t\ttx = tx.Where(where, \"%\"+q+\"%\")\n\t\t} else {\n\t\t\ttx = tx.Where(where)\n\t\t}\n\t\tif err := tx.Limit(50).Find(&out).Error; err != nil {\n\t\t\tc.JSON(http.StatusInternalServerError, gin.H{\"error\": \"search failed\"})\n\t\t\treturn\n\t\t}\n\t\tc.JSON(http.StatusOK, out)\n\t}\n}\n"
 },
 {
  "name": "go_git_log_closure",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package ci\n\nimport (\n\t\"net/http\"\n\t\"os/exec\"\n)\n\nfunc ChangelogHandler(repoDir string) http.HandlerFunc {\n\tshell := func(script string) ([]byte, error) {\n\t\tcmd := exec.Command(\"bash\", \"-c\", script)\n\t\tcmd.Dir = repoDir\n\t\treturn cmd.Output()\n\t}\n\treturn func(w http.ResponseWriter, r *http.Request) {\n\t\tref := r.Header.Get(\"X-Build-Ref\")\n\t\tif ref != \"\" {\n\t\t\tw.Header().Set(\"X-Requested-Ref\", \"ignored\")\n\t\t}\n\t\tref = \"HEAD\"\n\t\tout, err := shell(\"git log --oneline -n 20 \" + ref)\n\t\tif err != nil {\n\t\t\thttp.Error(w, \"git failed\", http.StatusInternalServerError)\n\t\t\treturn\n\t\t}\n\t\tw.Header().Set(\"Content-Type\", \"text/plain\")\n\t\tw.Write(out)\n\t}\n}\n"
 },
 {
  "name": "go_git_log_closure",
  "kind": "vuln",
  "lang": "go",
  "cwe": 78,
  "wave": 1,
  "code": "package ci\n\nimport (\n\t\"net/http\"\n\t\"os/exec\"\n)\n\nfunc ChangelogHandler(repoDir string) http.HandlerFunc {\n\tshell := func(script string) ([]byte, error) {\n\t\tcmd := exec.Command(\"bash\", \"-c\", script)\n\t\tcmd.Dir = repoDir\n\t\treturn cmd.Output()\n\t}\n\treturn func(w http.ResponseWriter, r *http.Request) {\n\t\tref := r.Header.Get(\"X-Build-Ref\")\n\t\tif ref == \"\" {\n\t\t\tref = \"HEAD\"\n\t\t}\n\t\tout, err := shell(\"git log --oneline -n 20 \" + ref)\n\t\tif err != nil {\n\t\t\thttp.Error(w, \"git failed\", http.StatusInternalServerError)\n\t\t\treturn\n\t\t}\n\t\tw.Header().Set(\"Content-Type\", \"text/plain\")\n\t\tw.Write(out)\n\t}\n}\n"
 },
 {
  "name": "go_greeting_writer_helper",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package web\n\nimport (\n\t\"fmt\"\n\t\"html\"\n\t\"io\"\n\t\"net/http\"\n\t\"strings\"\n)\n\nfunc renderGreeting(out io.Writer, name string, visits int) {\n\tfmt.Fprintf(out, \"<html><body><h1>Welcome back, %s!</h1>\", html.EscapeString(name))\n\tfmt.Fprintf(out, \"<p>You have visited %d times.</p></body></html>\", visits)\n}\n\nfunc Home(w http.ResponseWriter, r *http.Request) {\n\tname := \"stranger\"\n\tif c, err := r.Cookie(\"display_name\"); err == nil {\n\t\tname = strings.TrimSpace(c.Value)\n\t}\n\tw.Header().Set(\"Content-Type\", \"text/html; charset=utf-8\")\n\trenderGreeting(w, name, 3)\n}\n"
 },
 {
  "name": "go_greeting_writer_helper",
  "kind": "vuln",
  "lang": "go",
  "cwe": 79,
  "wave": 1,
  "code": "package web\n\nimport (\n\t\"fmt\"\n\t\"io\"\n\t\"net/http\"\n\t\"strings\"\n)\n\nfunc renderGreeting(out io.Writer, name string, visits int) {\n\tfmt.Fprintf(out, \"<html><body><h1>Welcome back, %s!</h1>\", name)\n\tfmt.Fprintf(out, \"<p>You have visited %d times.</p></body></html>\", visits)\n}\n\nfunc Home(w http.ResponseWriter, r *http.Request) {\n\tname := \"stranger\"\n\tif c, err := r.Cookie(\"display_name\"); err == nil {\n\t\tname = strings.TrimSpace(c.Value)\n\t}\n\tw.Header().Set(\"Content-Type\", \"text/html; charset=utf-8\")\n\trenderGreeting(w, name, 3)\n}\n"
 },
 {
  "name": "go_invoice_text_template",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package invoice\n\nimport (\n\t\"html/template\"\n\t\"net/http\"\n)\n\nconst invoiceHTML = `<html><body>\n<h2>Invoice for {{.customer}}</h2>\n<p>Reference: {{.ref}}</p>\n</body></html>`\n\nvar tmpl = template.Must(template.New(\"invoice\").Parse(invoiceHTML))\n\nfunc Render(w http.ResponseWriter, r *http.Request) {\n\tdata := map[string]string{}\n\tfor _, k := range []string{\"customer\", \"ref\"} {\n\t\tdata[k] = r.URL.Query().Get(k)\n\t}\n\tw.Header().Set(\"Content-Type\", \"text/html\")\n\tif err := tmpl.Execute(w, data); err != nil {\n\t\thttp.Error(w, \"render failed\", http.StatusInternalServerError)\n\t}\n}\n"
 },
 {
  "name": "go_invoice_text_template",
  "kind": "vuln",
  "lang": "go",
  "cwe": 79,
  "wave": 1,
  "code": "package invoice\n\nimport (\n\t\"net/http\"\n\t\"text/template\"\n)\n\nconst invoiceHTML = `<html><body>\n<h2>Invoice for {{.customer}}</h2>\n<p>Reference: {{.ref}}</p>\n</body></html>`\n\nvar tmpl = template.Must(template.New(\"invoice\").Parse(invoiceHTML))\n\nfunc Render(w http.ResponseWriter, r *http.Request) {\n\tdata := map[string]string{}\n\tfor _, k := range []string{\"customer\", \"ref\"} {\n\t\tdata[k] = r.URL.Query().Get(k)\n\t}\n\tw.Header().Set(\"Content-Type\", \"text/html\")\n\tif err := tmpl.Execute(w, data); err != nil {\n\t\thttp.Error(w, \"render failed\", http.StatusInternalServerError)\n\t}\n}\n"
 },
 {
  "name": "go_jwt_signing_var",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package session\n\nimport (\n\t\"errors\"\n\t\"os\"\n\t\"time\"\n\n\t\"github.com/golang-jwt/jwt/v5\"\n)\n\ntype Config struct {\n\tIssuer     string\n\tSigningKey []byte\n\tTTL        time.Duration\n}\n\nfunc loadConfig() (Config, error) {\n\tkey := os.Getenv(\"JWT_SIGNING_KEY\")\n\tif len(key) < 32 {\n\t\treturn Config{}, errors.New(\"JWT_SIGNING_KEY missing or too short\")\n\t}\n\treturn Config{Issuer: \"billing-api\", SigningKey: []byte(key), TTL: 24 * time.Hour}, nil\n}\n\nfunc IssueToken(userID string) (string, error) {\n\tcfg, err := loadConfig()\n\tif err != nil {\n\t\treturn \"\", err\n\t}\n\tclaims := jwt.RegisteredClaims{\n\t\tSubject:   userID,\n\t\tIssuer:    cfg.Issuer,\n\t\tExpiresAt: jwt.NewNumericDate(time.Now().Add(cfg.TTL)),\n\t}\n\treturn jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(cfg.SigningKey)\n}\n"
 },
 {
  "name": "go_jwt_signing_var",
  "kind": "vuln",
  "lang": "go",
  "cwe": 798,
  "wave": 1,
  "code": "package session\n\nimport (\n\t\"time\"\n\n\t\"github.com/golang-jwt/jwt/v5\"\n)\n\ntype Config struct {\n\tIssuer     string\n\tSigningKey []byte\n\tTTL        time.Duration\n}\n\nvar defaultConfig = Config{\n\tIssuer:     \"billing-api\",\n\tSigningKey: []byte(\"b1ll1ng-s3cr3t-k3y-do-not-share\"),\n\tTTL:        24 * time.Hour,\n}\n\nfunc IssueToken(userID string) (string, error) {\n\tcfg := defaultConfig\n\tclaims := jwt.RegisteredClaims{\n\t\tSubject:   userID,\n\t\tIssuer:    cfg.Issuer,\n\t\tExpiresAt: jwt.NewNumericDate(time.Now().Add(cfg.TTL)),\n\t}\n\treturn jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(cfg.SigningKey)\n}\n"
 },
 {
  "name": "go_ldap_member_lookup",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package directory\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n\n\t\"github.com/go-ldap/ldap/v3\"\n)\n\ntype Directory struct {\n\tconn   *ldap.Conn\n\tbaseDN string\n}\n\nfunc (d *Directory) groupFilter(uid, group string) string {\n\treturn fmt.Sprintf(\"(&(objectClass=groupOfNames)(cn=%s)(member=uid=%s,ou=people,%s))\",\n\t\tldap.EscapeFilter(group), ldap.EscapeFilter(uid), d.baseDN)\n}\n\nfunc (d *Directory) IsMember(w http.ResponseWriter, r *http.Request) {\n\tuid := r.URL.Query().Get(\"uid\")\n\tgroup := r.URL.Query().Get(\"group\")\n\treq := ldap.NewSearchRequest(d.baseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 1, 5, false,\n\t\td.groupFilter(uid, group), []string{\"cn\"}, nil)\n\tres, err := d.conn.Search(req)\n\tif err != nil {\n\t\thttp.Error(w, \"directory error\", http.StatusBadGateway)\n\t\treturn\n\t}\n\tfmt.Fprintf(w, `{\"member\": %t}`, len(res.Entries) > 0)\n}\n"
 },
 {
  "name": "go_ldap_member_lookup",
  "kind": "vuln",
  "lang": "go",
  "cwe": 90,
  "wave": 1,
  "code": "package directory\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n\n\t\"github.com/go-ldap/ldap/v3\"\n)\n\ntype Directory struct {\n\tconn   *ldap.Conn\n\tbaseDN string\n}\n\nfunc (d *Directory) groupFilter(uid, group string) string {\n\treturn fmt.Sprintf(\"(&(objectClass=groupOfNames)(cn=%s)(member=uid=%s,ou=people,%s))\", group, uid, d.baseDN)\n}\n\nfunc (d *Directory) IsMember(w http.ResponseWriter, r *http.Request) {\n\tuid := r.URL.Query().Get(\"uid\")\n\tgroup := r.URL.Query().Get(\"group\")\n\treq := ldap.NewSearchRequest(d.baseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 1, 5, false,\n\t\td.groupFilter(uid, group), []string{\"cn\"}, nil)\n\tres, err := d.conn.Search(req)\n\tif err != nil {\n\t\thttp.Error(w, \"directory error\", http.StatusBadGateway)\n\t\treturn\n\t}\n\tfmt.Fprintf(w, `{\"member\": %t}`, len(res.Entries) > 0)\n}\n"
 },
 {
  "name": "go_login_return_cookie",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package auth\n\nimport (\n\t\"net/http\"\n\t\"net/url\"\n\t\"strings\"\n\t\"time\"\n)\n\nfunc rememberReturn(w http.ResponseWriter, r *http.Request) {\n\thttp.SetCookie(w, &http.Cookie{Name: \"return_to\", Value: r.URL.Query().Get(\"next\"), Path: \"/\", HttpOnly: true, Secure: true, Expires: time.Now().Add(10 * time.Minute)})\n}\n\nfunc returnTarget(r *http.Request) string {\n\tc, err := r.Cookie(\"return_to\")\n\tif err != nil || c.Value == \"\" {\n\t\treturn \"/dashboard\"\n\t}\n\tu, err := url.Parse(c.Value)\n\tif err != nil || u.IsAbs() || u.Host != \"\" || !strings.HasPrefix(u.Path, \"/\") || strings.HasPrefix(c.Value, \"//\") || strings.HasPrefix(c.Value, \"/\\\\\") {\n\t\treturn \"/dashboard\"\n\t}\n\treturn u.RequestURI()\n}\n\nfunc LoginPage(w http.ResponseWriter, r *http.Request) {\n\trememberReturn(w, r)\n\thttp.ServeFile(w, r, \"static/login.html\")\n}\n\nfunc LoginSubmit(w http.ResponseWriter, r *http.Request) {\n\tif !checkCredentials(r.FormValue(\"user\"), r.FormValue(\"password\")) {\n\t\thttp.Redirect(w, r, \"/login?failed=1\", http.StatusSeeOther)\n\t\treturn\n\t}\n\thttp.Redirect(w, r, returnTarget(r), http.StatusSeeOther)\n}\n\nfunc checkCredentials(user, pass string) bool { return user != \"\" && pass != \"\" }\n"
 },
 {
  "name": "go_login_return_cookie",
  "kind": "vuln",
  "lang": "go",
  "cwe": 601,
  "wave": 1,
  "code": "package auth\n\nimport (\n\t\"net/http\"\n\t\"time\"\n)\n\nfunc rememberReturn(w http.ResponseWriter, r *http.Request) {\n\thttp.SetCookie(w, &http.Cookie{Name: \"return_to\", Value: r.URL.Query().Get(\"next\"), Path: \"/\", HttpOnly: true, Secure: true, Expires: time.Now().Add(10 * time.Minute)})\n}\n\nfunc returnTarget(r *http.Request) string {\n\tc, err := r.Cookie(\"return_to\")\n\tif err != nil || c.Value == \"\" {\n\t\treturn \"/dashboard\"\n\t}\n\treturn c.Value\n}\n\nfunc LoginPage(w http.ResponseWriter, r *http.Request) {\n\trememberReturn(w, r)\n\thttp.ServeFile(w, r, \"static/login.html\")\n}\n\nfunc LoginSubmit(w http.ResponseWriter, r *http.Request) {\n\tif !checkCredentials(r.FormValue(\"user\"), r.FormValue(\"password\")) {\n\t\thttp.Redirect(w, r, \"/login?failed=1\", http.StatusSeeOther)\n\t\treturn\n\t}\n\thttp.Redirect(w, r, returnTarget(r), http.StatusSeeOther)\n}\n\nfunc checkCredentials(user, pass string) bool { return user != \"\" && pass != \"\" }\n"
 },
 {
  "name": "go_nats_job_runner",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package worker\n\nimport (\n\t\"encoding/json\"\n\t\"log\"\n\t\"os/exec\"\n\t\"strings\"\n\n\t\"github.com/nats-io/nats.go\"\n)\n\ntype Job struct {\n\tID     string `json:\"id\"`\n\tScript string `json:\"script\"`\n\tArgs   string `json:\"args\"`\n}\n\nvar scripts = map[string]string{\n\t\"reindex\": \"/opt/jobs/reindex.sh\",\n\t\"vacuum\":  \"/opt/jobs/vacuum.sh\",\n}\n\nfunc Run(nc *nats.Conn) error {\n\t_, err := nc.Subscribe(\"jobs.run\", func(m *nats.Msg) {\n\t\tvar job Job\n\t\tif err := json.Unmarshal(m.Data, &job); err != nil {\n\t\t\tlog.Printf(\"bad job: %v\", err)\n\t\t\treturn\n\t\t}\n\t\tpath, ok := scripts[job.Script]\n\t\tif !ok {\n\t\t\tlog.Printf(\"unknown script %q\", job.Script)\n\t\t\treturn\n\t\t}\n\t\tout, err := exec.Command(path, strings.Fields(job.Args)...).CombinedOutput()\n\t\tif err != nil {\n\t\t\tlog.Printf(\"job %s failed: %v\", job.ID, err)\n\t\t}\n\t\tm.Respond(out)\n\t})\n\treturn err\n}\n"
 },
 {
  "name": "go_nats_job_runner",
  "kind": "vuln",
  "lang": "go",
  "cwe": 78,
  "wave": 1,
  "code": "package worker\n\nimport (\n\t\"encoding/json\"\n\t\"log\"\n\t\"os/exec\"\n\n\t\"github.com/nats-io/nats.go\"\n)\n\ntype Job struct {\n\tID     string `json:\"id\"`\n\tScript string `json:\"script\"`\n\tArgs   string `json:\"args\"`\n}\n\nfunc Run(nc *nats.Conn) error {\n\t_, err := nc.Subscribe(\"jobs.run\", func(m *nats.Msg) {\n\t\tvar job Job\n\t\tif err := json.Unmarshal(m.Data, &job); err != nil {\n\t\t\tlog.Printf(\"bad job: %v\", err)\n\t\t\treturn\n\t\t}\n\t\tline := \"/opt/jobs/\" + job.Script + \" \" + job.Args\n\t\tout, err := exec.Command(\"sh\", \"-c\", line).CombinedOutput()\n\t\tif err != nil {\n\t\t\tlog.Printf(\"job %s failed: %v\", job.ID, err)\n\t\t}\n\t\tm.Respond(out)\n\t})\n\treturn err\n}\n"
 },
 {
  "name": "go_orders_filter_struct",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "gap": "the fields of a struct are not told apart: Status is input, SortBy comes from an allow-list map, and the method reading SortBy gets the whole struct's taint",
  "code": "package orders\n\nimport (\n\t\"database/sql\"\n\t\"fmt\"\n\t\"net/http\"\n\t\"strings\"\n)\n\nvar sortColumns = map[string]string{\n\t\"created\": \"created_at\",\n\t\"total\":   \"total\",\n\t\"status\":  \"status\",\n}\n\ntype Filter struct {\n\tStatus string\n\tSortBy string\n\tLimit  int\n}\n\nfunc filterFromRequest(r *http.Request) Filter {\n\tq := r.URL.Query()\n\tf := Filter{Status: \"open\", SortBy: \"created_at\", Limit: 50}\n\tif s := q.Get(\"status\"); s != \"\" {\n\t\tf.Status = s\n\t}\n\tif col, ok := sortColumns[strings.ToLower(q.Get(\"sort\"))]; ok {\n\t\tf.SortBy = col\n\t}\n\treturn f\n}\n\nfunc (f Filter) SQL() (string, []any) {\n\treturn fmt.Sprintf(\"SELECT id, total FROM orders WHERE status = $1 ORDER BY %s LIMIT %d\", f.SortBy, f.Limit), []any{f.Status}\n}\n\ntype Handler struct{ DB *sql.DB }\n\nfunc (h *Handler) List(w http.ResponseWriter, r *http.Request) {\n\tquery, args := filterFromRequest(r).SQL()\n\trows, err := h.DB.QueryContext(r.Context(), query, args...)\n\tif err != nil {\n\t\thttp.Error(w, \"query failed\", http.StatusInternalServerError)\n\t\treturn\n\t}\n\tdefer rows.Close()\n\tfor rows.Next() {\n\t\tvar id int\n\t\tvar total float64\n\t\tif err := rows.Scan(&id, &total); err == nil {\n\t\t\tfmt.Fprintf(w, \"%d\\t%.2f\\n\", id, total)\n\t\t}\n\t}\n}\n"
 },
 {
  "name": "go_orders_filter_struct",
  "kind": "vuln",
  "lang": "go",
  "cwe": 89,
  "wave": 1,
  "code": "package orders\n\nimport (\n\t\"database/sql\"\n\t\"fmt\"\n\t\"net/http\"\n\t\"strings\"\n)\n\ntype Filter struct {\n\tStatus string\n\tSortBy string\n\tLimit  int\n}\n\nfunc filterFromRequest(r *http.Request) Filter {\n\tq := r.URL.Query()\n\tf := Filter{Status: \"open\", SortBy: \"created_at\", Limit: 50}\n\tif s := q.Get(\"status\"); s != \"\" {\n\t\tf.Status = s\n\t}\n\tif s := q.Get(\"sort\"); s != \"\" {\n\t\tf.SortBy = strings.ToLower(s)\n\t}\n\treturn f\n}\n\nfunc (f Filter) SQL() (string, []any) {\n\treturn fmt.Sprintf(\"SELECT id, total FROM orders WHERE status = $1 ORDER BY %s LIMIT %d\", f.SortBy, f.Limit), []any{f.Status}\n}\n\ntype Handler struct{ DB *sql.DB }\n\nfunc (h *Handler) List(w http.ResponseWriter, r *http.Request) {\n\tquery, args := filterFromRequest(r).SQL()\n\trows, err := h.DB.QueryContext(r.Context(), query, args...)\n\tif err != nil {\n\t\thttp.Error(w, \"query failed\", http.StatusInternalServerError)\n\t\treturn\n\t}\n\tdefer rows.Close()\n\tfor rows.Next() {\n\t\tvar id int\n\t\tvar total float64\n\t\tif err := rows.Scan(&id, &total); err == nil {\n\t\t\tfmt.Fprintf(w, \"%d\\t%.2f\\n\", id, total)\n\t\t}\n\t}\n}\n"
 },
 {
  "name": "go_preview_b64_url",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package preview\n\nimport (\n\t\"encoding/base64\"\n\t\"io\"\n\t\"net/http\"\n\t\"net/url\"\n\t\"time\"\n)\n\nvar client = &http.Client{Timeout: 5 * time.Second}\n\nconst catalogAPI = \"https://catalog.internal.example.com/v1/items/\"\n\nfunc decodeItem(r *http.Request) (string, error) {\n\traw, err := base64.RawURLEncoding.DecodeString(r.URL.Query().Get(\"u\"))\n\tif err != nil {\n\t\treturn \"\", err\n\t}\n\treturn string(raw), nil\n}\n\nfunc Preview(w http.ResponseWriter, r *http.Request) {\n\titem, err := decodeItem(r)\n\tif err != nil {\n\t\thttp.Error(w, \"bad item\", http.StatusBadRequest)\n\t\treturn\n\t}\n\tresp, err := client.Get(catalogAPI + url.PathEscape(item))\n\tif err != nil {\n\t\thttp.Error(w, \"fetch failed\", http.StatusBadGateway)\n\t\treturn\n\t}\n\tdefer resp.Body.Close()\n\tw.Header().Set(\"Content-Type\", \"text/plain; charset=utf-8\")\n\tio.Copy(w, io.LimitReader(resp.Body, 64<<10))\n}\n"
 },
 {
  "name": "go_preview_b64_url",
  "kind": "vuln",
  "lang": "go",
  "cwe": 918,
  "wave": 1,
  "code": "package preview\n\nimport (\n\t\"encoding/base64\"\n\t\"io\"\n\t\"net/http\"\n\t\"time\"\n)\n\nvar client = &http.Client{Timeout: 5 * time.Second}\n\nfunc decodeTarget(r *http.Request) (string, error) {\n\traw, err := base64.RawURLEncoding.DecodeString(r.URL.Query().Get(\"u\"))\n\tif err != nil {\n\t\treturn \"\", err\n\t}\n\treturn string(raw), nil\n}\n\nfunc Preview(w http.ResponseWriter, r *http.Request) {\n\ttarget, err := decodeTarget(r)\n\tif err != nil {\n\t\thttp.Error(w, \"bad target\", http.StatusBadRequest)\n\t\treturn\n\t}\n\tresp, err := client.Get(target)\n\tif err != nil {\n\t\thttp.Error(w, \"fetch failed\", http.StatusBadGateway)\n\t\treturn\n\t}\n\tdefer resp.Body.Close()\n\tw.Header().Set(\"Content-Type\", \"text/plain; charset=utf-8\")\n\tio.Copy(w, io.LimitReader(resp.Body, 64<<10))\n}\n"
 },
 {
  "name": "go_profile_bio_template_html",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package profile\n\nimport (\n\t\"database/sql\"\n\t\"html/template\"\n\t\"net/http\"\n)\n\nvar page = template.Must(template.New(\"p\").Parse(`<h1>{{.Name}}</h1><div class=\"bio\">{{.Bio}}</div>`))\n\ntype view struct {\n\tName string\n\tBio  string\n}\n\nfunc Show(db *sql.DB) http.HandlerFunc {\n\treturn func(w http.ResponseWriter, r *http.Request) {\n\t\tvar name, bio string\n\t\terr := db.QueryRowContext(r.Context(), \"SELECT name, bio FROM users WHERE id = $1\", r.URL.Query().Get(\"id\")).Scan(&name, &bio)\n\t\tif err != nil {\n\t\t\thttp.NotFound(w, r)\n\t\t\treturn\n\t\t}\n\t\tpage.Execute(w, view{Name: name, Bio: bio})\n\t}\n}\n"
 },
 {
  "name": "go_profile_bio_template_html",
  "kind": "vuln",
  "lang": "go",
  "cwe": 79,
  "wave": 1,
  "code": "package profile\n\nimport (\n\t\"database/sql\"\n\t\"html/template\"\n\t\"net/http\"\n)\n\nvar page = template.Must(template.New(\"p\").Parse(`<h1>{{.Name}}</h1><div class=\"bio\">{{.Bio}}</div>`))\n\ntype view struct {\n\tName string\n\tBio  template.HTML\n}\n\nfunc Show(db *sql.DB) http.HandlerFunc {\n\treturn func(w http.ResponseWriter, r *http.Request) {\n\t\tvar name, bio string\n\t\terr := db.QueryRowContext(r.Context(), \"SELECT name, bio FROM users WHERE id = $1\", r.URL.Query().Get(\"id\")).Scan(&name, &bio)\n\t\tif err != nil {\n\t\t\thttp.NotFound(w, r)\n\t\t\treturn\n\t\t}\n\t\tpage.Execute(w, view{Name: name, Bio: template.HTML(bio)})\n\t}\n}\n"
 },
 {
  "name": "go_report_saved_query",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "gap": "constant keys of a map kept in a struct field (rep.Filters[\"table\"] vs rep.Filters[\"region\"]) are not told apart",
  "code": "package reports\n\nimport (\n\t\"database/sql\"\n\t\"fmt\"\n)\n\ntype SavedReport struct {\n\tID      int64\n\tOwner   string\n\tFilters map[string]string\n}\n\nfunc loadReport(db *sql.DB, id int64) (*SavedReport, error) {\n\trep := &SavedReport{ID: id, Filters: map[string]string{\"table\": \"sales\"}}\n\tvar region, team string\n\terr := db.QueryRow(\"SELECT owner, region, team FROM saved_reports WHERE id = ?\", id).Scan(&rep.Owner, &region, &team)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\trep.Filters[\"region\"] = region\n\trep.Filters[\"team\"] = team\n\treturn rep, nil\n}\n\nfunc RunReport(db *sql.DB, id int64) (float64, error) {\n\trep, err := loadReport(db, id)\n\tif err != nil {\n\t\treturn 0, err\n\t}\n\tq := fmt.Sprintf(\"SELECT SUM(amount) FROM %s WHERE region = ? AND team = ?\", rep.Filters[\"table\"])\n\tvar total float64\n\terr = db.QueryRow(q, rep.Filters[\"region\"], rep.Filters[\"team\"]).Scan(&total)\n\treturn total, err\n}\n"
 },
 {
  "name": "go_report_saved_query",
  "kind": "vuln",
  "lang": "go",
  "cwe": 89,
  "wave": 1,
  "code": "package reports\n\nimport (\n\t\"database/sql\"\n\t\"fmt\"\n)\n\ntype SavedReport struct {\n\tID      int64\n\tOwner   string\n\tFilters map[string]string\n}\n\nfunc loadReport(db *sql.DB, id int64) (*SavedReport, error) {\n\trep := &SavedReport{ID: id, Filters: map[string]string{}}\n\tvar region, team string\n\terr := db.QueryRow(\"SELECT owner, region, team FROM saved_reports WHERE id = ?\", id).Scan(&rep.Owner, &region, &team)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\trep.Filters[\"region\"] = region\n\trep.Filters[\"team\"] = team\n\treturn rep, nil\n}\n\nfunc RunReport(db *sql.DB, id int64) (float64, error) {\n\trep, err := loadReport(db, id)\n\tif err != nil {\n\t\treturn 0, err\n\t}\n\tq := fmt.Sprintf(\"SELECT SUM(amount) FROM sales WHERE region = '%s' AND team = '%s'\", rep.Filters[\"region\"], rep.Filters[\"team\"])\n\tvar total float64\n\terr = db.QueryRow(q).Scan(&total)\n\treturn total, err\n}\n"
 },
 {
  "name": "go_reset_token_helper",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package account\n\nimport (\n\t\"crypto/rand\"\n\t\"database/sql\"\n\t\"math/big\"\n\t\"time\"\n)\n\nconst letters = \"ABCDEFGHJKLMNPQRSTUVWXYZ23456789\"\n\nfunc randomString(n int) (string, error) {\n\tb := make([]byte, n)\n\tfor i := range b {\n\t\tk, err := rand.Int(rand.Reader, big.NewInt(int64(len(letters))))\n\t\tif err != nil {\n\t\t\treturn \"\", err\n\t\t}\n\t\tb[i] = letters[k.Int64()]\n\t}\n\treturn string(b), nil\n}\n\nfunc CreatePasswordReset(db *sql.DB, userID int64) (string, error) {\n\ttoken, err := randomString(24)\n\tif err != nil {\n\t\treturn \"\", err\n\t}\n\t_, err = db.Exec(\"INSERT INTO password_resets(user_id, token, expires_at) VALUES($1, $2, $3)\",\n\t\tuserID, token, time.Now().Add(time.Hour))\n\treturn token, err\n}\n"
 },
 {
  "name": "go_reset_token_helper",
  "kind": "vuln",
  "lang": "go",
  "cwe": 338,
  "wave": 1,
  "code": "package account\n\nimport (\n\t\"database/sql\"\n\t\"math/rand\"\n\t\"time\"\n)\n\nconst letters = \"ABCDEFGHJKLMNPQRSTUVWXYZ23456789\"\n\nfunc init() { rand.Seed(time.Now().UnixNano()) }\n\nfunc randomString(n int) string {\n\tb := make([]byte, n)\n\tfor i := range b {\n\t\tb[i] = letters[rand.Intn(len(letters))]\n\t}\n\treturn string(b)\n}\n\nfunc CreatePasswordReset(db *sql.DB, userID int64) (string, error) {\n\ttoken := randomString(24)\n\t_, err := db.Exec(\"INSERT INTO password_resets(user_id, token, expires_at) VALUES($1, $2, $3)\",\n\t\tuserID, token, time.Now().Add(time.Hour))\n\treturn token, err\n}\n"
 },
 {
  "name": "go_search_conds_join",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package search\n\nimport (\n\t\"database/sql\"\n\t\"encoding/json\"\n\t\"net/http\"\n\t\"strings\"\n)\n\nvar searchable = []string{\"title\", \"author\", \"isbn\"}\n\nfunc Books(db *sql.DB) http.HandlerFunc {\n\treturn func(w http.ResponseWriter, r *http.Request) {\n\t\tvar conds []string\n\t\tvar args []any\n\t\tfor _, field := range searchable {\n\t\t\tif v := r.FormValue(field); v != \"\" {\n\t\t\t\targs = append(args, \"%\"+v+\"%\")\n\t\t\t\tconds = append(conds, field+\" LIKE ?\")\n\t\t\t}\n\t\t}\n\t\tquery := \"SELECT id, title FROM books\"\n\t\tif len(conds) > 0 {\n\t\t\tquery += \" WHERE \" + strings.Join(conds, \" AND \")\n\t\t}\n\t\trows, err := db.Query(query, args...)\n\t\tif err != nil {\n\t\t\thttp.Error(w, \"query failed\", 500)\n\t\t\treturn\n\t\t}\n\t\tdefer rows.Close()\n\t\ttype book struct {\n\t\t\tID    int    `json:\"id\"`\n\t\t\tTitle string `json:\"title\"`\n\t\t}\n\t\tvar out []book\n\t\tfor rows.Next() {\n\t\t\tvar b book\n\t\t\trows.Scan(&b.ID, &b.Title)\n\t\t\tout = append(out, b)\n\t\t}\n\t\tjson.NewEncoder(w).Encode(out)\n\t}\n}\n"
 },
 {
  "name": "go_search_conds_join",
  "kind": "vuln",
  "lang": "go",
  "cwe": 89,
  "wave": 1,
  "code": "package search\n\nimport (\n\t\"database/sql\"\n\t\"encoding/json\"\n\t\"net/http\"\n\t\"strings\"\n)\n\nvar searchable = []string{\"title\", \"author\", \"isbn\"}\n\nfunc Books(db *sql.DB) http.HandlerFunc {\n\treturn func(w http.ResponseWriter, r *http.Request) {\n\t\tvar conds []string\n\t\tfor _, field := range searchable {\n\t\t\tif v := r.FormValue(field); v != \"\" {\n\t\t\t\tconds = append(conds, field+\" LIKE '%\"+v+\"%'\")\n\t\t\t}\n\t\t}\n\t\tquery := \"SELECT id, title FROM books\"\n\t\tif len(conds) > 0 {\n\t\t\tquery += \" WHERE \" + strings.Join(conds, \" AND \")\n\t\t}\n\t\trows, err := db.Query(query)\n\t\tif err != nil {\n\t\t\thttp.Error(w, err.Error(), 500)\n\t\t\treturn\n\t\t}\n\t\tdefer rows.Close()\n\t\ttype book struct {\n\t\t\tID    int    `json:\"id\"`\n\t\t\tTitle string `json:\"title\"`\n\t\t}\n\t\tvar out []book\n\t\tfor rows.Next() {\n\t\t\tvar b book\n\t\t\trows.Scan(&b.ID, &b.Title)\n\t\t\tout = append(out, b)\n\t\t}\n\t\tjson.NewEncoder(w).Encode(out)\n\t}\n}\n"
 },
 {
  "name": "go_session_cookie_helper",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package web\n\nimport (\n\t\"net/http\"\n\t\"time\"\n)\n\nfunc newCookie(name, value string, ttl time.Duration) *http.Cookie {\n\treturn &http.Cookie{\n\t\tName:     name,\n\t\tValue:    value,\n\t\tPath:     \"/\",\n\t\tExpires:  time.Now().Add(ttl),\n\t\tSecure:   true,\n\t\tHttpOnly: true,\n\t\tSameSite: http.SameSiteLaxMode,\n\t}\n}\n\nfunc StartSession(w http.ResponseWriter, sessionID string) {\n\thttp.SetCookie(w, newCookie(\"session_id\", sessionID, 12*time.Hour))\n}\n"
 },
 {
  "name": "go_session_cookie_helper",
  "kind": "vuln",
  "lang": "go",
  "cwe": 614,
  "wave": 1,
  "code": "package web\n\nimport (\n\t\"net/http\"\n\t\"time\"\n)\n\nfunc newCookie(name, value string, ttl time.Duration) *http.Cookie {\n\treturn &http.Cookie{\n\t\tName:    name,\n\t\tValue:   value,\n\t\tPath:    \"/\",\n\t\tExpires: time.Now().Add(ttl),\n\t}\n}\n\nfunc StartSession(w http.ResponseWriter, sessionID string) {\n\thttp.SetCookie(w, newCookie(\"session_id\", sessionID, 12*time.Hour))\n}\n"
 },
 {
  "name": "go_tenant_reverse_proxy",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package gateway\n\nimport (\n\t\"net/http\"\n\t\"net/http/httputil\"\n\t\"net/url\"\n)\n\nvar backends = map[string]string{\n\t\"acme\":    \"http://acme-backend:8080\",\n\t\"globex\":  \"http://globex-backend:8080\",\n\t\"default\": \"http://default-backend:8080\",\n}\n\nfunc TenantProxy(w http.ResponseWriter, r *http.Request) {\n\tbackend, ok := backends[r.Header.Get(\"X-Tenant\")]\n\tif !ok {\n\t\tbackend = backends[\"default\"]\n\t}\n\ttarget, err := url.Parse(backend)\n\tif err != nil {\n\t\thttp.Error(w, \"bad backend\", http.StatusInternalServerError)\n\t\treturn\n\t}\n\tproxy := httputil.NewSingleHostReverseProxy(target)\n\tproxy.ServeHTTP(w, r)\n}\n"
 },
 {
  "name": "go_tenant_reverse_proxy",
  "kind": "vuln",
  "lang": "go",
  "cwe": 918,
  "wave": 1,
  "code": "package gateway\n\nimport (\n\t\"net/http\"\n\t\"net/http/httputil\"\n\t\"net/url\"\n)\n\nfunc TenantProxy(w http.ResponseWriter, r *http.Request) {\n\tbackend := r.Header.Get(\"X-Tenant-Backend\")\n\tif backend == \"\" {\n\t\tbackend = \"http://default-backend:8080\"\n\t}\n\ttarget, err := url.Parse(backend)\n\tif err != nil {\n\t\thttp.Error(w, \"bad backend\", http.StatusBadRequest)\n\t\treturn\n\t}\n\tproxy := httputil.NewSingleHostReverseProxy(target)\n\tproxy.ServeHTTP(w, r)\n}\n"
 },
 {
  "name": "go_tls_field_assign",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package client\n\nimport (\n\t\"crypto/tls\"\n\t\"crypto/x509\"\n\t\"net/http\"\n\t\"os\"\n\t\"time\"\n)\n\ntype Options struct {\n\tTimeout time.Duration\n\tCAFile  string\n}\n\nfunc NewAPIClient(opts Options) (*http.Client, error) {\n\ttlsConf := &tls.Config{MinVersion: tls.VersionTLS12}\n\tif opts.CAFile != \"\" {\n\t\tpem, err := os.ReadFile(opts.CAFile)\n\t\tif err != nil {\n\t\t\treturn nil, err\n\t\t}\n\t\tpool := x509.NewCertPool()\n\t\tpool.AppendCertsFromPEM(pem)\n\t\ttlsConf.RootCAs = pool\n\t}\n\ttr := http.DefaultTransport.(*http.Transport).Clone()\n\ttr.TLSClientConfig = tlsConf\n\treturn &http.Client{Transport: tr, Timeout: opts.Timeout}, nil\n}\n"
 },
 {
  "name": "go_tls_field_assign",
  "kind": "vuln",
  "lang": "go",
  "cwe": 295,
  "wave": 1,
  "code": "package client\n\nimport (\n\t\"crypto/tls\"\n\t\"net/http\"\n\t\"time\"\n)\n\ntype Options struct {\n\tTimeout time.Duration\n\tProxy   string\n}\n\nfunc NewAPIClient(opts Options) *http.Client {\n\ttlsConf := &tls.Config{MinVersion: tls.VersionTLS12}\n\ttlsConf.InsecureSkipVerify = true\n\ttr := http.DefaultTransport.(*http.Transport).Clone()\n\ttr.TLSClientConfig = tlsConf\n\treturn &http.Client{Transport: tr, Timeout: opts.Timeout}\n}\n"
 },
 {
  "name": "go_upload_multipart_name",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "gap": "a helper saveAs(dir, name) that joins its own parameters is a parameter path whatever its callers pass (the round 11 helper-with-a-filename-parameter gap)",
  "code": "package upload\n\nimport (\n\t\"crypto/rand\"\n\t\"encoding/hex\"\n\t\"io\"\n\t\"net/http\"\n\t\"os\"\n\t\"path/filepath\"\n\t\"strings\"\n)\n\nconst uploadRoot = \"/srv/uploads\"\n\nfunc saveAs(dir, name string, src io.Reader) error {\n\tdst, err := os.Create(filepath.Join(dir, name))\n\tif err != nil {\n\t\treturn err\n\t}\n\tdefer dst.Close()\n\t_, err = io.Copy(dst, src)\n\treturn err\n}\n\nfunc storedName(original string) string {\n\tvar b [16]byte\n\trand.Read(b[:])\n\text := strings.ToLower(filepath.Ext(original))\n\tif ext != \".png\" && ext != \".jpg\" && ext != \".pdf\" {\n\t\text = \".bin\"\n\t}\n\treturn hex.EncodeToString(b[:]) + ext\n}\n\nfunc Upload(w http.ResponseWriter, r *http.Request) {\n\tif err := r.ParseMultipartForm(32 << 20); err != nil {\n\t\thttp.Error(w, \"bad form\", http.StatusBadRequest)\n\t\treturn\n\t}\n\tfor _, headers := range r.MultipartForm.File {\n\t\tfor _, fh := range headers {\n\t\t\tf, err := fh.Open()\n\t\t\tif err != nil {\n\t\t\t\tcontinue\n\t\t\t}\n\t\t\terr = saveAs(uploadRoot, storedName(fh.Filename), f)\n\t\t\tf.Close()\n\t\t\tif err != nil {\n\t\t\t\thttp.Error(w, \"save failed\", http.StatusInternalServerError)\n\t\t\t\treturn\n\t\t\t}\n\t\t}\n\t}\n\tw.WriteHeader(http.StatusCreated)\n}\n"
 },
 {
  "name": "go_upload_multipart_name",
  "kind": "vuln",
  "lang": "go",
  "cwe": 22,
  "wave": 1,
  "code": "package upload\n\nimport (\n\t\"io\"\n\t\"net/http\"\n\t\"os\"\n\t\"path/filepath\"\n)\n\nconst uploadRoot = \"/srv/uploads\"\n\nfunc saveAs(dir, name string, src io.Reader) error {\n\tdst, err := os.Create(filepath.Join(dir, name))\n\tif err != nil {\n\t\treturn err\n\t}\n\tdefer dst.Close()\n\t_, err = io.Copy(dst, src)\n\treturn err\n}\n\nfunc Upload(w http.ResponseWriter, r *http.Request) {\n\tif err := r.ParseMultipartForm(32 << 20); err != nil {\n\t\thttp.Error(w, \"bad form\", http.StatusBadRequest)\n\t\treturn\n\t}\n\tfor _, headers := range r.MultipartForm.File {\n\t\tfor _, fh := range headers {\n\t\t\tf, err := fh.Open()\n\t\t\tif err != nil {\n\t\t\t\tcontinue\n\t\t\t}\n\t\t\terr = saveAs(uploadRoot, fh.Filename, f)\n\t\t\tf.Close()\n\t\t\tif err != nil {\n\t\t\t\thttp.Error(w, \"save failed\", http.StatusInternalServerError)\n\t\t\t\treturn\n\t\t\t}\n\t\t}\n\t}\n\tw.WriteHeader(http.StatusCreated)\n}\n"
 },
 {
  "name": "go_user_store_sha1",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package users\n\nimport (\n\t\"database/sql\"\n\n\t\"golang.org/x/crypto/bcrypt\"\n)\n\ntype Store struct{ db *sql.DB }\n\nfunc (s *Store) Create(email, password string) error {\n\thash, err := bcrypt.GenerateFromPassword([]byte(password), 12)\n\tif err != nil {\n\t\treturn err\n\t}\n\t_, err = s.db.Exec(\"INSERT INTO users(email, password_hash) VALUES(?, ?)\", email, string(hash))\n\treturn err\n}\n\nfunc (s *Store) Check(email, password string) (bool, error) {\n\tvar stored string\n\tif err := s.db.QueryRow(\"SELECT password_hash FROM users WHERE email = ?\", email).Scan(&stored); err != nil {\n\t\treturn false, err\n\t}\n\treturn bcrypt.CompareHashAndPassword([]byte(stored), []byte(password)) == nil, nil\n}\n"
 },
 {
  "name": "go_user_store_sha1",
  "kind": "vuln",
  "lang": "go",
  "cwe": 916,
  "wave": 1,
  "code": "package users\n\nimport (\n\t\"crypto/sha1\"\n\t\"database/sql\"\n\t\"encoding/hex\"\n)\n\ntype Store struct{ db *sql.DB }\n\nfunc digest(s string) string {\n\tsum := sha1.Sum([]byte(s))\n\treturn hex.EncodeToString(sum[:])\n}\n\nfunc (s *Store) Create(email, password string) error {\n\t_, err := s.db.Exec(\"INSERT INTO users(email, password_hash) VALUES(?, ?)\", email, digest(password))\n\treturn err\n}\n\nfunc (s *Store) Check(email, password string) (bool, error) {\n\tvar stored string\n\tif err := s.db.QueryRow(\"SELECT password_hash FROM users WHERE email = ?\", email).Scan(&stored); err != nil {\n\t\treturn false, err\n\t}\n\treturn stored == digest(password), nil\n}\n"
 },
 {
  "name": "go_webhook_stored_url",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package hooks\n\nimport (\n\t\"bytes\"\n\t\"encoding/json\"\n\t\"errors\"\n\t\"net/http\"\n\t\"net/url\"\n\t\"sync\"\n)\n\nvar allowedHookHosts = map[string]bool{\n\t\"hooks.slack.com\":   true,\n\t\"discord.com\":       true,\n\t\"hooks.example.com\": true,\n}\n\ntype Registry struct {\n\tmu   sync.Mutex\n\turls map[string]string\n}\n\nfunc NewRegistry() *Registry { return &Registry{urls: map[string]string{}} }\n\nfunc validHook(raw string) error {\n\tu, err := url.Parse(raw)\n\tif err != nil || u.Scheme != \"https\" || !allowedHookHosts[u.Hostname()] {\n\t\treturn errors.New(\"hook url not allowed\")\n\t}\n\treturn nil\n}\n\nfunc (reg *Registry) Register(w http.ResponseWriter, r *http.Request) {\n\tvar body struct {\n\t\tProject string `json:\"project\"`\n\t\tURL     string `json:\"url\"`\n\t}\n\tif err := json.NewDecoder(r.Body).Decode(&body); err != nil {\n\t\thttp.Error(w, \"bad body\", http.StatusBadRequest)\n\t\treturn\n\t}\n\tif err := validHook(body.URL); err != nil {\n\t\thttp.Error(w, err.Error(), http.StatusBadRequest)\n\t\treturn\n\t}\n\treg.mu.Lock()\n\treg.urls[body.Project] = body.URL\n\treg.mu.Unlock()\n\tw.WriteHeader(http.StatusCreated)\n}\n\nfunc (reg *Registry) Notify(project string, event any) error {\n\treg.mu.Lock()\n\ttarget := reg.urls[project]\n\treg.mu.Unlock()\n\tif err := validHook(target); err != nil {\n\t\treturn err\n\t}\n\tpayload, _ := json.Marshal(event)\n\tresp, err := http.Post(target, \"application/json\", bytes.NewReader(payload))\n\tif err != nil {\n\t\treturn err\n\t}\n\treturn resp.Body.Close()\n}\n"
 },
 {
  "name": "go_webhook_stored_url",
  "kind": "vuln",
  "lang": "go",
  "cwe": 918,
  "wave": 1,
  "code": "package hooks\n\nimport (\n\t\"bytes\"\n\t\"encoding/json\"\n\t\"net/http\"\n\t\"sync\"\n)\n\ntype Registry struct {\n\tmu   sync.Mutex\n\turls map[string]string\n}\n\nfunc NewRegistry() *Registry { return &Registry{urls: map[string]string{}} }\n\nfunc (reg *Registry) Register(w http.ResponseWriter, r *http.Request) {\n\tvar body struct {\n\t\tProject string `json:\"project\"`\n\t\tURL     string `json:\"url\"`\n\t}\n\tif err := json.NewDecoder(r.Body).Decode(&body); err != nil {\n\t\thttp.Error(w, \"bad body\", http.StatusBadRequest)\n\t\treturn\n\t}\n\treg.mu.Lock()\n\treg.urls[body.Project] = body.URL\n\treg.mu.Unlock()\n\tw.WriteHeader(http.StatusCreated)\n}\n\nfunc (reg *Registry) Notify(project string, event any) error {\n\treg.mu.Lock()\n\ttarget := reg.urls[project]\n\treg.mu.Unlock()\n\tpayload, _ := json.Marshal(event)\n\tresp, err := http.Post(target, \"application/json\", bytes.NewReader(payload))\n\tif err != nil {\n\t\treturn err\n\t}\n\treturn resp.Body.Close()\n}\n"
 },
 {
  "name": "go_zip_import_entries",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package importer\n\nimport (\n\t\"archive/zip\"\n\t\"fmt\"\n\t\"io\"\n\t\"os\"\n\t\"path/filepath\"\n\t\"strings\"\n)\n\nfunc extractEntry(f *zip.File, dest string) error {\n\ttarget := filepath.Join(dest, f.Name)\n\tif !strings.HasPrefix(target, filepath.Clean(dest)+string(os.PathSeparator)) {\n\t\treturn fmt.Errorf(\"illegal path in archive: %s\", f.Name)\n\t}\n\tif f.FileInfo().IsDir() {\n\t\treturn os.MkdirAll(target, 0o755)\n\t}\n\tif err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {\n\t\treturn err\n\t}\n\trc, err := f.Open()\n\tif err != nil {\n\t\treturn err\n\t}\n\tdefer rc.Close()\n\tout, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)\n\tif err != nil {\n\t\treturn err\n\t}\n\tdefer out.Close()\n\t_, err = io.Copy(out, io.LimitReader(rc, 100<<20))\n\treturn err\n}\n\nfunc ImportTheme(archive, dest string) error {\n\tzr, err := zip.OpenReader(archive)\n\tif err != nil {\n\t\treturn err\n\t}\n\tdefer zr.Close()\n\tfor _, f := range zr.File {\n\t\tif err := extractEntry(f, dest); err != nil {\n\t\t\treturn err\n\t\t}\n\t}\n\treturn nil\n}\n"
 },
 {
  "name": "go_zip_import_entries",
  "kind": "vuln",
  "lang": "go",
  "cwe": 22,
  "wave": 1,
  "code": "package importer\n\nimport (\n\t\"archive/zip\"\n\t\"io\"\n\t\"os\"\n\t\"path/filepath\"\n)\n\nfunc extractEntry(f *zip.File, dest string) error {\n\ttarget := filepath.Join(dest, f.Name)\n\tif f.FileInfo().IsDir() {\n\t\treturn os.MkdirAll(target, 0o755)\n\t}\n\tif err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {\n\t\treturn err\n\t}\n\trc, err := f.Open()\n\tif err != nil {\n\t\treturn err\n\t}\n\tdefer rc.Close()\n\tout, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)\n\tif err != nil {\n\t\treturn err\n\t}\n\tdefer out.Close()\n\t_, err = io.Copy(out, rc)\n\treturn err\n}\n\nfunc ImportTheme(archive, dest string) error {\n\tzr, err := zip.OpenReader(archive)\n\tif err != nil {\n\t\treturn err\n\t}\n\tdefer zr.Close()\n\tfor _, f := range zr.File {\n\t\tif err := extractEntry(f, dest); err != nil {\n\t\t\treturn err\n\t\t}\n\t}\n\treturn nil\n}\n"
 },
 {
  "name": "c_chat_log_sprintf",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 2,
  "code": "#include <stdio.h>\n#include <string.h>\n#include <time.h>\n#include <sys/socket.h>\n\nstatic FILE *logf;\n\nstatic void log_line(const char *user, const char *text) {\n    char line[256];\n    char ts[32];\n    time_t now = time(NULL);\n    strftime(ts, sizeof ts, \"%H:%M:%S\", localtime(&now));\n    snprintf(line, sizeof line, \"[%s] <%s> %s\\n\", ts, user, text);\n    fputs(line, logf);\n}\n\nvoid on_message(int fd, const char *user) {\n    char buf[2048];\n    ssize_t n = recv(fd, buf, sizeof buf - 1, 0);\n    if (n <= 0) return;\n    buf[n] = '\\0';\n    log_line(user, buf);\n}\n"
 },
 {
  "name": "c_chat_log_sprintf",
  "kind": "vuln",
  "lang": "c",
  "cwe": 120,
  "wave": 2,
  "code": "#include <stdio.h>\n#include <string.h>\n#include <time.h>\n#include <sys/socket.h>\n\nstatic FILE *logf;\n\nstatic void log_line(const char *user, const char *text) {\n    char line[256];\n    char ts[32];\n    time_t now = time(NULL);\n    strftime(ts, sizeof ts, \"%H:%M:%S\", localtime(&now));\n    sprintf(line, \"[%s] <%s> %s\\n\", ts, user, text);\n    fputs(line, logf);\n}\n\nvoid on_message(int fd, const char *user) {\n    char buf[2048];\n    ssize_t n = recv(fd, buf, sizeof buf - 1, 0);\n    if (n <= 0) return;\n    buf[n] = '\\0';\n    log_line(user, buf);\n}\n"
 },
 {
  "name": "c_copy_macro_argv",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 2,
  "code": "#include <stdio.h>\n#include <string.h>\n\n#define COPY_STR(dst, src) snprintf((dst), sizeof(dst), \"%s\", (src))\n#define NAME_MAX_LEN 24\n\nstruct job { char name[NAME_MAX_LEN]; int prio; };\n\nstatic void job_init(struct job *j, const char *name, int prio) {\n    COPY_STR(j->name, name);\n    j->prio = prio;\n}\n\nint main(int argc, char **argv) {\n    struct job jobs[4];\n    int n = 0;\n    for (int i = 1; i < argc && n < 4; i++, n++) job_init(&jobs[n], argv[i], i);\n    for (int i = 0; i < n; i++) printf(\"%d %s\\n\", jobs[i].prio, jobs[i].name);\n    return 0;\n}\n"
 },
 {
  "name": "c_copy_macro_argv",
  "kind": "vuln",
  "lang": "c",
  "cwe": 120,
  "wave": 2,
  "code": "#include <stdio.h>\n#include <string.h>\n\n#define COPY_STR(dst, src) strcpy((dst), (src))\n#define NAME_MAX_LEN 24\n\nstruct job { char name[NAME_MAX_LEN]; int prio; };\n\nstatic void job_init(struct job *j, const char *name, int prio) {\n    COPY_STR(j->name, name);\n    j->prio = prio;\n}\n\nint main(int argc, char **argv) {\n    struct job jobs[4];\n    int n = 0;\n    for (int i = 1; i < argc && n < 4; i++, n++) job_init(&jobs[n], argv[i], i);\n    for (int i = 0; i < n; i++) printf(\"%d %s\\n\", jobs[i].prio, jobs[i].name);\n    return 0;\n}\n"
 },
 {
  "name": "c_dns_check_conf_popen",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 2,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <netdb.h>\n\nstruct upstream { char host[128]; int port; };\n\nstatic int read_upstreams(const char *conf, struct upstream *out, int max) {\n    FILE *fp = fopen(conf, \"r\");\n    if (!fp) return 0;\n    int n = 0;\n    char line[256];\n    while (n < max && fgets(line, sizeof line, fp)) {\n        if (sscanf(line, \"upstream %127s %d\", out[n].host, &out[n].port) == 2) n++;\n    }\n    fclose(fp);\n    return n;\n}\n\nstatic int resolves(const char *host) {\n    struct addrinfo hints = {0}, *res = NULL;\n    hints.ai_socktype = SOCK_STREAM;\n    int rc = getaddrinfo(host, NULL, &hints, &res);\n    if (res) freeaddrinfo(res);\n    return rc == 0;\n}\n\nint main(void) {\n    struct upstream ups[16];\n    int n = read_upstreams(\"/etc/lb/upstreams.conf\", ups, 16);\n    for (int i = 0; i < n; i++)\n        printf(\"%-40s %s\\n\", ups[i].host, resolves(ups[i].host) ? \"ok\" : \"UNRESOLVED\");\n    return 0;\n}\n"
 },
 {
  "name": "c_dns_check_conf_popen",
  "kind": "vuln",
  "lang": "c",
  "cwe": 78,
  "wave": 2,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstruct upstream { char host[128]; int port; };\n\nstatic int read_upstreams(const char *conf, struct upstream *out, int max) {\n    FILE *fp = fopen(conf, \"r\");\n    if (!fp) return 0;\n    int n = 0;\n    char line[256];\n    while (n < max && fgets(line, sizeof line, fp)) {\n        if (sscanf(line, \"upstream %127s %d\", out[n].host, &out[n].port) == 2) n++;\n    }\n    fclose(fp);\n    return n;\n}\n\nstatic int resolves(const char *host) {\n    char cmd[256];\n    snprintf(cmd, sizeof cmd, \"nslookup %s >/dev/null 2>&1\", host);\n    FILE *p = popen(cmd, \"r\");\n    if (!p) return 0;\n    return pclose(p) == 0;\n}\n\nint main(void) {\n    struct upstream ups[16];\n    int n = read_upstreams(\"/etc/lb/upstreams.conf\", ups, 16);\n    for (int i = 0; i < n; i++)\n        printf(\"%-40s %s\\n\", ups[i].host, resolves(ups[i].host) ? \"ok\" : \"UNRESOLVED\");\n    return 0;\n}\n"
 },
 {
  "name": "c_env_settings_table",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 2,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <unistd.h>\n\nextern char **environ;\n\nstruct setting { char key[32]; char value[256]; };\nstatic struct setting settings[64];\nstatic int nsettings;\n\nstatic void load_settings(void) {\n    for (char **e = environ; *e && nsettings < 64; e++) {\n        if (strncmp(*e, \"NOTIFY_\", 7) != 0) continue;\n        const char *eq = strchr(*e, '=');\n        if (!eq) continue;\n        size_t klen = (size_t)(eq - *e);\n        if (klen >= sizeof settings[0].key) continue;\n        memcpy(settings[nsettings].key, *e, klen);\n        settings[nsettings].key[klen] = '\\0';\n        snprintf(settings[nsettings].value, sizeof settings[0].value, \"%s\", eq + 1);\n        nsettings++;\n    }\n}\n\nstatic const char *setting(const char *key) {\n    for (int i = 0; i < nsettings; i++)\n        if (strcmp(settings[i].key, key) == 0) return settings[i].value;\n    return NULL;\n}\n\nint main(void) {\n    load_settings();\n    const char *target = setting(\"NOTIFY_TARGET\");\n    if (!target || target[0] == '-') return 0;\n    if (!freopen(\"/var/log/build.log\", \"r\", stdin)) return 1;\n    execlp(\"mail\", \"mail\", \"-s\", \"build finished\", \"--\", target, (char *)NULL);\n    return 127;\n}\n"
 },
 {
  "name": "c_env_settings_table",
  "kind": "vuln",
  "lang": "c",
  "cwe": 78,
  "wave": 2,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <unistd.h>\n\nextern char **environ;\n\nstruct setting { char key[32]; char value[256]; };\nstatic struct setting settings[64];\nstatic int nsettings;\n\nstatic void load_settings(void) {\n    for (char **e = environ; *e && nsettings < 64; e++) {\n        if (strncmp(*e, \"NOTIFY_\", 7) != 0) continue;\n        const char *eq = strchr(*e, '=');\n        if (!eq) continue;\n        size_t klen = (size_t)(eq - *e);\n        if (klen >= sizeof settings[0].key) continue;\n        memcpy(settings[nsettings].key, *e, klen);\n        settings[nsettings].key[klen] = '\\0';\n        snprintf(settings[nsettings].value, sizeof settings[0].value, \"%s\", eq + 1);\n        nsettings++;\n    }\n}\n\nstatic const char *setting(const char *key) {\n    for (int i = 0; i < nsettings; i++)\n        if (strcmp(settings[i].key, key) == 0) return settings[i].value;\n    return NULL;\n}\n\nint main(void) {\n    load_settings();\n    const char *target = setting(\"NOTIFY_TARGET\");\n    if (!target) return 0;\n    char cmd[512];\n    snprintf(cmd, sizeof cmd, \"mail -s 'build finished' %s < /var/log/build.log\", target);\n    execl(\"/bin/sh\", \"sh\", \"-c\", cmd, (char *)NULL);\n    return 127;\n}\n"
 },
 {
  "name": "c_fileserver_rename_msg",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 2,
  "code": "#include <stdint.h>\n#include <stdio.h>\n#include <string.h>\n#include <sys/socket.h>\n#include <unistd.h>\n\nenum { MSG_LIST = 1, MSG_RENAME = 2, MSG_DELETE = 3 };\n\nstruct msg_hdr { uint8_t type; uint8_t alen; uint8_t blen; };\n\nstatic int plain_name(const char *s) {\n    return s[0] != '\\0' && s[0] != '.' && strchr(s, '/') == NULL && strchr(s, '\\\\') == NULL;\n}\n\nstatic int dispatch(int fd, const struct msg_hdr *h, const char *a, const char *b) {\n    char from[300], to[300];\n    if (!plain_name(a) || (h->type == MSG_RENAME && !plain_name(b))) return -1;\n    switch (h->type) {\n    case MSG_RENAME:\n        snprintf(from, sizeof from, \"/srv/share/%s\", a);\n        snprintf(to, sizeof to, \"/srv/share/%s\", b);\n        return rename(from, to);\n    case MSG_DELETE:\n        snprintf(from, sizeof from, \"/srv/share/%s\", a);\n        return unlink(from);\n    default:\n        send(fd, \"?\\n\", 2, 0);\n        return -1;\n    }\n}\n\nint serve_one(int fd) {\n    struct msg_hdr h;\n    char a[256], b[256];\n    if (recv(fd, &h, sizeof h, MSG_WAITALL) != sizeof h) return -1;\n    if (recv(fd, a, h.alen, MSG_WAITALL) != h.alen) return -1;\n    a[h.alen] = '\\0';\n    if (recv(fd, b, h.blen, MSG_WAITALL) != h.blen) return -1;\n    b[h.blen] = '\\0';\n    return dispatch(fd, &h, a, b);\n}\n"
 },
 {
  "name": "c_fileserver_rename_msg",
  "kind": "vuln",
  "lang": "c",
  "cwe": 22,
  "wave": 2,
  "code": "#include <stdint.h>\n#include <stdio.h>\n#include <string.h>\n#include <sys/socket.h>\n#include <unistd.h>\n\nenum { MSG_LIST = 1, MSG_RENAME = 2, MSG_DELETE = 3 };\n\nstruct msg_hdr { uint8_t type; uint8_t alen; uint8_t blen; };\n\nstatic int dispatch(int fd, const struct msg_hdr *h, const char *a, const char *b) {\n    char from[300], to[300];\n    switch (h->type) {\n    case MSG_RENAME:\n        snprintf(from, sizeof from, \"/srv/share/%s\", a);\n        snprintf(to, sizeof to, \"/srv/share/%s\", b);\n        return rename(from, to);\n    case MSG_DELETE:\n        snprintf(from, sizeof from, \"/srv/share/%s\", a);\n        return unlink(from);\n    default:\n        send(fd, \"?\\n\", 2, 0);\n        return -1;\n    }\n}\n\nint serve_one(int fd) {\n    struct msg_hdr h;\n    char a[256], b[256];\n    if (recv(fd, &h, sizeof h, MSG_WAITALL) != sizeof h) return -1;\n    if (recv(fd, a, h.alen, MSG_WAITALL) != h.alen) return -1;\n    a[h.alen] = '\\0';\n    if (recv(fd, b, h.blen, MSG_WAITALL) != h.blen) return -1;\n    b[h.blen] = '\\0';\n    return dispatch(fd, &h, a, b);\n}\n"
 },
 {
  "name": "c_i18n_catalog_fmt",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 2,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n#define MAX_MSGS 128\n\nstatic char *catalog[MAX_MSGS];\n\nstatic int load_catalog(const char *lang) {\n    char path[256];\n    if (strcmp(lang, \"en\") != 0 && strcmp(lang, \"de\") != 0 && strcmp(lang, \"fr\") != 0) lang = \"en\";\n    snprintf(path, sizeof path, \"/usr/share/myapp/%s.msg\", lang);\n    FILE *fp = fopen(path, \"r\");\n    if (!fp) return -1;\n    char line[512];\n    int id = 0;\n    while (id < MAX_MSGS && fgets(line, sizeof line, fp)) {\n        line[strcspn(line, \"\\n\")] = '\\0';\n        catalog[id++] = strdup(line);\n    }\n    fclose(fp);\n    return id;\n}\n\nstatic void report_error(int code, const char *detail) {\n    const char *msg = (code >= 0 && code < MAX_MSGS && catalog[code]) ? catalog[code] : \"error\";\n    fprintf(stderr, \"%s: %s\\n\", msg, detail);\n}\n\nint main(int argc, char **argv) {\n    const char *lang = getenv(\"APP_LANG\");\n    load_catalog(lang ? lang : \"en\");\n    if (argc < 2) { report_error(1, \"missing argument\"); return 2; }\n    return 0;\n}\n"
 },
 {
  "name": "c_i18n_catalog_fmt",
  "kind": "vuln",
  "lang": "c",
  "cwe": 134,
  "wave": 2,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n#define MAX_MSGS 128\n\nstatic char *catalog[MAX_MSGS];\n\nstatic int load_catalog(const char *lang) {\n    char path[256];\n    snprintf(path, sizeof path, \"/usr/share/myapp/%s.msg\", lang);\n    FILE *fp = fopen(path, \"r\");\n    if (!fp) return -1;\n    char line[512];\n    int id = 0;\n    while (id < MAX_MSGS && fgets(line, sizeof line, fp)) {\n        line[strcspn(line, \"\\n\")] = '\\0';\n        catalog[id++] = strdup(line);\n    }\n    fclose(fp);\n    return id;\n}\n\nstatic void report_error(int code, const char *detail) {\n    const char *msg = (code >= 0 && code < MAX_MSGS && catalog[code]) ? catalog[code] : \"error %d\";\n    fprintf(stderr, msg, detail);\n    fputc('\\n', stderr);\n}\n\nint main(int argc, char **argv) {\n    const char *lang = getenv(\"APP_LANG\");\n    load_catalog(lang ? lang : \"en\");\n    if (argc < 2) { report_error(1, \"missing argument\"); return 2; }\n    return 0;\n}\n"
 },
 {
  "name": "c_mysql_cgi_lookup",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 2,
  "code": "#include <mysql/mysql.h>\n#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstatic void print_json_rows(MYSQL_RES *res) {\n    MYSQL_ROW row;\n    printf(\"[\");\n    int first = 1;\n    while ((row = mysql_fetch_row(res))) {\n        printf(\"%s{\\\"sku\\\":\\\"%s\\\",\\\"qty\\\":%s}\", first ? \"\" : \",\", row[0], row[1]);\n        first = 0;\n    }\n    printf(\"]\\n\");\n}\n\nint main(void) {\n    const char *qs = getenv(\"QUERY_STRING\");\n    const char *warehouse = (qs && strncmp(qs, \"wh=\", 3) == 0) ? qs + 3 : \"main\";\n    MYSQL *db = mysql_init(NULL);\n    if (!mysql_real_connect(db, \"localhost\", \"inventory\", getenv(\"DB_PASS\"), \"stock\", 0, NULL, 0)) return 1;\n    char esc[2 * 64 + 1];\n    size_t wlen = strnlen(warehouse, 64);\n    mysql_real_escape_string(db, esc, warehouse, wlen);\n    char sql[512];\n    snprintf(sql, sizeof sql, \"SELECT sku, qty FROM stock WHERE warehouse = '%s'\", esc);\n    printf(\"Content-Type: application/json\\r\\n\\r\\n\");\n    if (mysql_query(db, sql) == 0) {\n        MYSQL_RES *res = mysql_store_result(db);\n        print_json_rows(res);\n        mysql_free_result(res);\n    }\n    mysql_close(db);\n    return 0;\n}\n"
 },
 {
  "name": "c_mysql_cgi_lookup",
  "kind": "vuln",
  "lang": "c",
  "cwe": 89,
  "wave": 2,
  "code": "#include <mysql/mysql.h>\n#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstatic void print_json_rows(MYSQL_RES *res) {\n    MYSQL_ROW row;\n    printf(\"[\");\n    int first = 1;\n    while ((row = mysql_fetch_row(res))) {\n        printf(\"%s{\\\"sku\\\":\\\"%s\\\",\\\"qty\\\":%s}\", first ? \"\" : \",\", row[0], row[1]);\n        first = 0;\n    }\n    printf(\"]\\n\");\n}\n\nint main(void) {\n    const char *qs = getenv(\"QUERY_STRING\");\n    const char *warehouse = (qs && strncmp(qs, \"wh=\", 3) == 0) ? qs + 3 : \"main\";\n    MYSQL *db = mysql_init(NULL);\n    if (!mysql_real_connect(db, \"localhost\", \"inventory\", getenv(\"DB_PASS\"), \"stock\", 0, NULL, 0)) return 1;\n    char sql[512];\n    snprintf(sql, sizeof sql, \"SELECT sku, qty FROM stock WHERE warehouse = '%s'\", warehouse);\n    printf(\"Content-Type: application/json\\r\\n\\r\\n\");\n    if (mysql_query(db, sql) == 0) {\n        MYSQL_RES *res = mysql_store_result(db);\n        print_json_rows(res);\n        mysql_free_result(res);\n    }\n    mysql_close(db);\n    return 0;\n}\n"
 },
 {
  "name": "c_otp_request_field",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 2,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <time.h>\n#include <sys/random.h>\n\nstruct otp_request {\n    char phone[20];\n    unsigned otp;\n    time_t expires;\n};\n\nint otp_request_init(struct otp_request *req, const char *phone) {\n    uint32_t r;\n    if (getrandom(&r, sizeof r, 0) != sizeof r) return -1;\n    snprintf(req->phone, sizeof req->phone, \"%s\", phone);\n    req->otp = r % 1000000u;\n    req->expires = time(NULL) + 300;\n    return 0;\n}\n\nint otp_check(const struct otp_request *req, unsigned entered) {\n    return time(NULL) < req->expires && entered == req->otp;\n}\n"
 },
 {
  "name": "c_otp_request_field",
  "kind": "vuln",
  "lang": "c",
  "cwe": 338,
  "wave": 2,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <time.h>\n\nstruct otp_request {\n    char phone[20];\n    unsigned otp;\n    time_t expires;\n};\n\nvoid otp_request_init(struct otp_request *req, const char *phone) {\n    snprintf(req->phone, sizeof req->phone, \"%s\", phone);\n    req->otp = (unsigned)(rand() % 1000000);\n    req->expires = time(NULL) + 300;\n}\n\nint otp_check(const struct otp_request *req, unsigned entered) {\n    return time(NULL) < req->expires && entered == req->otp;\n}\n"
 },
 {
  "name": "c_sensor_batch_loop",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 2,
  "code": "#include <stdint.h>\n#include <string.h>\n#include <sys/socket.h>\n\n#define MAX_READINGS 64\n\nstruct batch {\n    uint16_t count;\n    int16_t readings[MAX_READINGS];\n};\n\nint recv_batch(int fd, struct batch *b) {\n    uint8_t pkt[1024];\n    ssize_t n = recv(fd, pkt, sizeof pkt, 0);\n    if (n < 2) return -1;\n    uint16_t count = (uint16_t)(pkt[0] | (pkt[1] << 8));\n    if (count > MAX_READINGS) return -1;\n    if ((size_t)n < 2 + (size_t)count * 2) return -1;\n    for (uint16_t i = 0; i < count; i++)\n        b->readings[i] = (int16_t)(pkt[2 + 2 * i] | (pkt[3 + 2 * i] << 8));\n    b->count = count;\n    return 0;\n}\n"
 },
 {
  "name": "c_sensor_batch_loop",
  "kind": "vuln",
  "lang": "c",
  "cwe": 787,
  "wave": 2,
  "code": "#include <stdint.h>\n#include <string.h>\n#include <sys/socket.h>\n\n#define MAX_READINGS 64\n\nstruct batch {\n    uint16_t count;\n    int16_t readings[MAX_READINGS];\n};\n\nint recv_batch(int fd, struct batch *b) {\n    uint8_t pkt[1024];\n    ssize_t n = recv(fd, pkt, sizeof pkt, 0);\n    if (n < 2) return -1;\n    uint16_t count = (uint16_t)(pkt[0] | (pkt[1] << 8));\n    if ((size_t)n < 2 + (size_t)count * 2) return -1;\n    for (uint16_t i = 0; i < count; i++)\n        b->readings[i] = (int16_t)(pkt[2 + 2 * i] | (pkt[3 + 2 * i] << 8));\n    b->count = count;\n    return 0;\n}\n"
 },
 {
  "name": "c_tls_verify_callback",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 2,
  "code": "#include <openssl/ssl.h>\n#include <openssl/err.h>\n\nSSL_CTX *make_client_ctx(const char *ca_file) {\n    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());\n    if (!ctx) return NULL;\n    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);\n    if (ca_file) SSL_CTX_load_verify_locations(ctx, ca_file, NULL);\n    else SSL_CTX_set_default_verify_paths(ctx);\n    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);\n    return ctx;\n}\n"
 },
 {
  "name": "c_tls_verify_callback",
  "kind": "vuln",
  "lang": "c",
  "cwe": 295,
  "wave": 2,
  "code": "#include <openssl/ssl.h>\n#include <openssl/err.h>\n\nstatic int accept_any(int preverify_ok, X509_STORE_CTX *ctx) {\n    (void)preverify_ok;\n    (void)ctx;\n    return 1;\n}\n\nSSL_CTX *make_client_ctx(const char *ca_file) {\n    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());\n    if (!ctx) return NULL;\n    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);\n    if (ca_file) SSL_CTX_load_verify_locations(ctx, ca_file, NULL);\n    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, accept_any);\n    return ctx;\n}\n"
 },
 {
  "name": "c_vector_grow_count",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 2,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <stdint.h>\n#include <string.h>\n\nstruct sample { double t; double v; };\n\nstruct series { struct sample *items; size_t len, cap; };\n\nstatic int reserve(struct series *s, size_t want) {\n    if (want <= s->cap) return 0;\n    if (want > SIZE_MAX / sizeof(struct sample)) return -1;\n    struct sample *p = realloc(s->items, want * sizeof(struct sample));\n    if (!p) return -1;\n    s->items = p;\n    s->cap = want;\n    return 0;\n}\n\nint read_series(FILE *in, struct series *s) {\n    char line[128];\n    if (!fgets(line, sizeof line, in)) return -1;\n    unsigned long declared = strtoul(line, NULL, 10);\n    if (declared > 10000000UL) return -1;\n    if (reserve(s, (size_t)declared) != 0) return -1;\n    while (s->len < s->cap && fgets(line, sizeof line, in)) {\n        struct sample x;\n        if (sscanf(line, \"%lf %lf\", &x.t, &x.v) == 2) s->items[s->len++] = x;\n    }\n    return 0;\n}\n"
 },
 {
  "name": "c_vector_grow_count",
  "kind": "vuln",
  "lang": "c",
  "cwe": 190,
  "wave": 2,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstruct sample { double t; double v; };\n\nstruct series { struct sample *items; size_t len, cap; };\n\nstatic int reserve(struct series *s, size_t want) {\n    if (want <= s->cap) return 0;\n    struct sample *p = realloc(s->items, want * sizeof(struct sample));\n    if (!p) return -1;\n    s->items = p;\n    s->cap = want;\n    return 0;\n}\n\nint read_series(FILE *in, struct series *s) {\n    char line[128];\n    if (!fgets(line, sizeof line, in)) return -1;\n    unsigned long declared = strtoul(line, NULL, 10);\n    if (reserve(s, (size_t)declared) != 0) return -1;\n    while (s->len < s->cap && fgets(line, sizeof line, in)) {\n        struct sample x;\n        if (sscanf(line, \"%lf %lf\", &x.t, &x.v) == 2) s->items[s->len++] = x;\n    }\n    return 0;\n}\n"
 },
 {
  "name": "c_webhook_mac_memcmp",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 2,
  "code": "#include <openssl/hmac.h>\n#include <openssl/evp.h>\n#include <openssl/crypto.h>\n#include <string.h>\n\nstatic int compute_mac(const unsigned char *key, size_t keylen, const unsigned char *body, size_t len, unsigned char out[32]) {\n    unsigned int outlen = 0;\n    return HMAC(EVP_sha256(), key, (int)keylen, body, len, out, &outlen) != NULL && outlen == 32;\n}\n\nint webhook_authentic(const unsigned char *key, size_t keylen, const unsigned char *body, size_t len, const unsigned char received[32]) {\n    unsigned char expected[32];\n    if (!compute_mac(key, keylen, body, len, expected)) return 0;\n    return CRYPTO_memcmp(expected, received, sizeof expected) == 0;\n}\n"
 },
 {
  "name": "c_webhook_mac_memcmp",
  "kind": "vuln",
  "lang": "c",
  "cwe": 208,
  "wave": 2,
  "code": "#include <openssl/hmac.h>\n#include <openssl/evp.h>\n#include <string.h>\n\nstatic int compute_mac(const unsigned char *key, size_t keylen, const unsigned char *body, size_t len, unsigned char out[32]) {\n    unsigned int outlen = 0;\n    return HMAC(EVP_sha256(), key, (int)keylen, body, len, out, &outlen) != NULL && outlen == 32;\n}\n\nint webhook_authentic(const unsigned char *key, size_t keylen, const unsigned char *body, size_t len, const unsigned char received[32]) {\n    unsigned char expected[32];\n    if (!compute_mac(key, keylen, body, len, expected)) return 0;\n    return memcmp(expected, received, sizeof expected) == 0;\n}\n"
 },
 {
  "name": "cpp_httplib_ping",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 0,
  "wave": 2,
  "code": "#include <cstdlib>\n#include <regex>\n#include <string>\n#include \"httplib.h\"\n\nstatic const std::regex kHostname(R\"(^[A-Za-z0-9]([A-Za-z0-9.-]{0,252})$)\");\n\nstruct PingJob {\n    std::string host;\n    int count = 1;\n    std::string command() const {\n        return \"ping -c \" + std::to_string(count) + \" \" + host;\n    }\n};\n\nint main() {\n    httplib::Server svr;\n    svr.Get(\"/ping\", [](const httplib::Request &req, httplib::Response &res) {\n        PingJob job;\n        job.host = req.get_param_value(\"host\");\n        if (!std::regex_match(job.host, kHostname)) {\n            res.status = 400;\n            return;\n        }\n        int rc = std::system(job.command().c_str());\n        res.set_content(rc == 0 ? \"up\\n\" : \"down\\n\", \"text/plain\");\n    });\n    svr.listen(\"0.0.0.0\", 8080);\n}\n"
 },
 {
  "name": "cpp_httplib_ping",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 78,
  "wave": 2,
  "code": "#include <cstdlib>\n#include <string>\n#include \"httplib.h\"\n\nstruct PingJob {\n    std::string host;\n    int count = 1;\n    std::string command() const {\n        return \"ping -c \" + std::to_string(count) + \" \" + host;\n    }\n};\n\nint main() {\n    httplib::Server svr;\n    svr.Get(\"/ping\", [](const httplib::Request &req, httplib::Response &res) {\n        PingJob job;\n        job.host = req.get_param_value(\"host\");\n        int rc = std::system(job.command().c_str());\n        res.set_content(rc == 0 ? \"up\\n\" : \"down\\n\", \"text/plain\");\n    });\n    svr.listen(\"0.0.0.0\", 8080);\n}\n"
 },
 {
  "name": "cpp_httplib_static_read",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 0,
  "wave": 2,
  "code": "#include <fstream>\n#include <sstream>\n#include <string>\n#include \"httplib.h\"\n\nstatic std::string read_file(const std::string &path) {\n    std::ifstream in(path, std::ios::binary);\n    std::ostringstream ss;\n    ss << in.rdbuf();\n    return ss.str();\n}\n\nint main() {\n    httplib::Server svr;\n    const std::string root = \"./public/\";\n    svr.Get(R\"(/assets/([A-Za-z0-9_-]+\\.(css|js|png)))\", [&](const httplib::Request &req, httplib::Response &res) {\n        std::string rel = req.matches[1];\n        if (rel.find(\"..\") != std::string::npos || rel.find('/') != std::string::npos) {\n            res.status = 400;\n            return;\n        }\n        std::string body = read_file(root + rel);\n        if (body.empty()) {\n            res.status = 404;\n            return;\n        }\n        res.set_content(body, \"application/octet-stream\");\n    });\n    svr.listen(\"0.0.0.0\", 8080);\n}\n"
 },
 {
  "name": "cpp_httplib_static_read",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 22,
  "wave": 2,
  "code": "#include <fstream>\n#include <sstream>\n#include <string>\n#include \"httplib.h\"\n\nstatic std::string read_file(const std::string &path) {\n    std::ifstream in(path, std::ios::binary);\n    std::ostringstream ss;\n    ss << in.rdbuf();\n    return ss.str();\n}\n\nint main() {\n    httplib::Server svr;\n    const std::string root = \"./public/\";\n    svr.Get(R\"(/assets/(.+))\", [&](const httplib::Request &req, httplib::Response &res) {\n        std::string rel = req.matches[1];\n        std::string body = read_file(root + rel);\n        if (body.empty()) {\n            res.status = 404;\n            return;\n        }\n        res.set_content(body, \"application/octet-stream\");\n    });\n    svr.listen(\"0.0.0.0\", 8080);\n}\n"
 },
 {
  "name": "go_backup_tar_restore",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 2,
  "code": "package restore\n\nimport (\n\t\"archive/tar\"\n\t\"compress/gzip\"\n\t\"fmt\"\n\t\"io\"\n\t\"os\"\n\t\"path/filepath\"\n)\n\nfunc Restore(archivePath, dest string) error {\n\tf, err := os.Open(archivePath)\n\tif err != nil {\n\t\treturn err\n\t}\n\tdefer f.Close()\n\tgz, err := gzip.NewReader(f)\n\tif err != nil {\n\t\treturn err\n\t}\n\ttr := tar.NewReader(gz)\n\tfor {\n\t\thdr, err := tr.Next()\n\t\tif err == io.EOF {\n\t\t\treturn nil\n\t\t}\n\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n\t\tif !filepath.IsLocal(hdr.Name) {\n\t\t\treturn fmt.Errorf(\"unsafe path in archive: %q\", hdr.Name)\n\t\t}\n\t\tpath := filepath.Join(dest, hdr.Name)\n\t\tswitch hdr.Typeflag {\n\t\tcase tar.TypeDir:\n\t\t\tos.MkdirAll(path, 0o755)\n\t\tcase tar.TypeReg:\n\t\t\tout, err := os.Create(path)\n\t\t\tif err != nil {\n\t\t\t\treturn err\n\t\t\t}\n\t\t\tio.Copy(out, io.LimitReader(tr, 1<<30))\n\t\t\tout.Close()\n\t\t}\n\t}\n}\n"
 },
 {
  "name": "go_backup_tar_restore",
  "kind": "vuln",
  "lang": "go",
  "cwe": 22,
  "wave": 2,
  "code": "package restore\n\nimport (\n\t\"archive/tar\"\n\t\"compress/gzip\"\n\t\"io\"\n\t\"os\"\n\t\"path/filepath\"\n)\n\nfunc Restore(archivePath, dest string) error {\n\tf, err := os.Open(archivePath)\n\tif err != nil {\n\t\treturn err\n\t}\n\tdefer f.Close()\n\tgz, err := gzip.NewReader(f)\n\tif err != nil {\n\t\treturn err\n\t}\n\ttr := tar.NewReader(gz)\n\tfor {\n\t\thdr, err := tr.Next()\n\t\tif err == io.EOF {\n\t\t\treturn nil\n\t\t}\n\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n\t\tpath := filepath.Join(dest, hdr.Name)\n\t\tswitch hdr.Typeflag {\n\t\tcase tar.TypeDir:\n\t\t\tos.MkdirAll(path, 0o755)\n\t\tcase tar.TypeReg:\n\t\t\tout, err := os.Create(path)\n\t\t\tif err != nil {\n\t\t\t\treturn err\n\t\t\t}\n\t\t\tio.Copy(out, tr)\n\t\t\tout.Close()\n\t\t}\n\t}\n}\n"
 },
 {
  "name": "go_block_encrypt_loop",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 2,
  "code": "package tokens\n\nimport (\n\t\"crypto/aes\"\n\t\"crypto/cipher\"\n\t\"crypto/rand\"\n)\n\nfunc EncryptRecord(key, plain []byte) ([]byte, error) {\n\tblock, err := aes.NewCipher(key)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\taead, err := cipher.NewGCM(block)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tnonce := make([]byte, aead.NonceSize())\n\tif _, err := rand.Read(nonce); err != nil {\n\t\treturn nil, err\n\t}\n\treturn aead.Seal(nonce, nonce, plain, nil), nil\n}\n"
 },
 {
  "name": "go_block_encrypt_loop",
  "kind": "vuln",
  "lang": "go",
  "cwe": 327,
  "wave": 2,
  "code": "package tokens\n\nimport (\n\t\"crypto/aes\"\n\t\"errors\"\n)\n\nfunc EncryptRecord(key, plain []byte) ([]byte, error) {\n\tblock, err := aes.NewCipher(key)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tbs := block.BlockSize()\n\tif len(plain)%bs != 0 {\n\t\treturn nil, errors.New(\"plaintext not padded\")\n\t}\n\tout := make([]byte, len(plain))\n\tfor off := 0; off < len(plain); off += bs {\n\t\tblock.Encrypt(out[off:off+bs], plain[off:off+bs])\n\t}\n\treturn out, nil\n}\n"
 },
 {
  "name": "go_builder_sort_sql",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 2,
  "code": "package catalog\n\nimport (\n\t\"database/sql\"\n\t\"net/http\"\n\t\"strings\"\n)\n\nfunc ListItems(db *sql.DB) http.HandlerFunc {\n\treturn func(w http.ResponseWriter, r *http.Request) {\n\t\tvar sb strings.Builder\n\t\tsb.WriteString(\"SELECT id, name, price FROM items\")\n\t\tif cat := r.URL.Query().Get(\"category\"); cat != \"\" {\n\t\t\tsb.WriteString(\" WHERE category = ?\")\n\t\t}\n\t\torder := \"name\"\n\t\tswitch r.URL.Query().Get(\"order\") {\n\t\tcase \"price\":\n\t\t\torder = \"price\"\n\t\tcase \"newest\":\n\t\t\torder = \"created_at DESC\"\n\t\t}\n\t\tsb.WriteString(\" ORDER BY \")\n\t\tsb.WriteString(order)\n\t\targs := []any{}\n\t\tif cat := r.URL.Query().Get(\"category\"); cat != \"\" {\n\t\t\targs = append(args, cat)\n\t\t}\n\t\trows, err := db.Query(sb.String(), args...)\n\t\tif err != nil {\n\t\t\thttp.Error(w, \"db error\", 500)\n\t\t\treturn\n\t\t}\n\t\tdefer rows.Close()\n\t\tw.WriteHeader(http.StatusOK)\n\t}\n}\n"
 },
 {
  "name": "go_builder_sort_sql",
  "kind": "vuln",
  "lang": "go",
  "cwe": 89,
  "wave": 2,
  "code": "package catalog\n\nimport (\n\t\"database/sql\"\n\t\"net/http\"\n\t\"strings\"\n)\n\nfunc ListItems(db *sql.DB) http.HandlerFunc {\n\treturn func(w http.ResponseWriter, r *http.Request) {\n\t\tvar sb strings.Builder\n\t\tsb.WriteString(\"SELECT id, name, price FROM items\")\n\t\tif cat := r.URL.Query().Get(\"category\"); cat != \"\" {\n\t\t\tsb.WriteString(\" WHERE category = ?\")\n\t\t}\n\t\torder := r.URL.Query().Get(\"order\")\n\t\tif order == \"\" {\n\t\t\torder = \"name\"\n\t\t}\n\t\tsb.WriteString(\" ORDER BY \")\n\t\tsb.WriteString(order)\n\t\targs := []any{}\n\t\tif cat := r.URL.Query().Get(\"category\"); cat != \"\" {\n\t\t\targs = append(args, cat)\n\t\t}\n\t\trows, err := db.Query(sb.String(), args...)\n\t\tif err != nil {\n\t\t\thttp.Error(w, \"db error\", 500)\n\t\t\treturn\n\t\t}\n\t\tdefer rows.Close()\n\t\tw.WriteHeader(http.StatusOK)\n\t}\n}\n"
 },
 {
  "name": "go_callback_client_do",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 2,
  "code": "package payments\n\nimport (\n\t\"bytes\"\n\t\"context\"\n\t\"encoding/json\"\n\t\"net/http\"\n\t\"time\"\n)\n\ntype CheckoutRequest struct {\n\tAmount     int64  `json:\"amount\"`\n\tMerchantID string `json:\"merchant_id\"`\n}\n\nvar httpClient = &http.Client{Timeout: 10 * time.Second}\n\nvar merchantCallbacks = map[string]string{\n\t\"m_100\": \"https://shop-one.example.com/hooks/paid\",\n\t\"m_200\": \"https://shop-two.example.com/hooks/paid\",\n}\n\nfunc notify(ctx context.Context, target string, payload any) error {\n\tbody, _ := json.Marshal(payload)\n\treq, err := http.NewRequestWithContext(ctx, http.MethodPost, target, bytes.NewReader(body))\n\tif err != nil {\n\t\treturn err\n\t}\n\treq.Header.Set(\"Content-Type\", \"application/json\")\n\tresp, err := httpClient.Do(req)\n\tif err != nil {\n\t\treturn err\n\t}\n\treturn resp.Body.Close()\n}\n\nfunc Checkout(w http.ResponseWriter, r *http.Request) {\n\tvar in CheckoutRequest\n\tif err := json.NewDecoder(r.Body).Decode(&in); err != nil {\n\t\thttp.Error(w, \"bad request\", http.StatusBadRequest)\n\t\treturn\n\t}\n\ttarget, ok := merchantCallbacks[in.MerchantID]\n\tif !ok {\n\t\thttp.Error(w, \"unknown merchant\", http.StatusBadRequest)\n\t\treturn\n\t}\n\tgo notify(context.Background(), target, map[string]any{\"status\": \"paid\", \"amount\": in.Amount})\n\tw.WriteHeader(http.StatusAccepted)\n}\n"
 },
 {
  "name": "go_callback_client_do",
  "kind": "vuln",
  "lang": "go",
  "cwe": 918,
  "wave": 2,
  "code": "package payments\n\nimport (\n\t\"bytes\"\n\t\"context\"\n\t\"encoding/json\"\n\t\"net/http\"\n\t\"time\"\n)\n\ntype CheckoutRequest struct {\n\tAmount      int64  `json:\"amount\"`\n\tCallbackURL string `json:\"callback_url\"`\n}\n\nvar httpClient = &http.Client{Timeout: 10 * time.Second}\n\nfunc notify(ctx context.Context, target string, payload any) error {\n\tbody, _ := json.Marshal(payload)\n\treq, err := http.NewRequestWithContext(ctx, http.MethodPost, target, bytes.NewReader(body))\n\tif err != nil {\n\t\treturn err\n\t}\n\treq.Header.Set(\"Content-Type\", \"application/json\")\n\tresp, err := httpClient.Do(req)\n\tif err != nil {\n\t\treturn err\n\t}\n\treturn resp.Body.Close()\n}\n\nfunc Checkout(w http.ResponseWriter, r *http.Request) {\n\tvar in CheckoutRequest\n\tif err := json.NewDecoder(r.Body).Decode(&in); err != nil {\n\t\thttp.Error(w, \"bad request\", http.StatusBadRequest)\n\t\treturn\n\t}\n\tgo notify(context.Background(), in.CallbackURL, map[string]any{\"status\": \"paid\", \"amount\": in.Amount})\n\tw.WriteHeader(http.StatusAccepted)\n}\n"
 },
 {
  "name": "go_cron_jobs_from_db",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 2,
  "code": "package scheduler\n\nimport (\n\t\"context\"\n\t\"database/sql\"\n\t\"log\"\n\t\"os/exec\"\n\t\"time\"\n)\n\ntype Job struct {\n\tID    int64\n\tKind  string\n\tEvery time.Duration\n}\n\nvar jobCommands = map[string][]string{\n\t\"vacuum\":  {\"/usr/local/bin/db-vacuum\", \"--quiet\"},\n\t\"reindex\": {\"/usr/local/bin/search-reindex\"},\n}\n\nfunc loadJobs(ctx context.Context, db *sql.DB) ([]Job, error) {\n\trows, err := db.QueryContext(ctx, \"SELECT id, kind, every_seconds FROM jobs WHERE enabled\")\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tdefer rows.Close()\n\tvar jobs []Job\n\tfor rows.Next() {\n\t\tvar j Job\n\t\tvar secs int64\n\t\tif err := rows.Scan(&j.ID, &j.Kind, &secs); err != nil {\n\t\t\treturn nil, err\n\t\t}\n\t\tj.Every = time.Duration(secs) * time.Second\n\t\tjobs = append(jobs, j)\n\t}\n\treturn jobs, rows.Err()\n}\n\nfunc RunDue(ctx context.Context, db *sql.DB) {\n\tjobs, err := loadJobs(ctx, db)\n\tif err != nil {\n\t\tlog.Printf(\"load jobs: %v\", err)\n\t\treturn\n\t}\n\tfor _, j := range jobs {\n\t\targv, ok := jobCommands[j.Kind]\n\t\tif !ok {\n\t\t\tlog.Printf(\"job %d: unknown kind %q\", j.ID, j.Kind)\n\t\t\tcontinue\n\t\t}\n\t\tout, err := exec.CommandContext(ctx, argv[0], argv[1:]...).CombinedOutput()\n\t\tlog.Printf(\"job %d: %v %s\", j.ID, err, out)\n\t}\n}\n"
 },
 {
  "name": "go_cron_jobs_from_db",
  "kind": "vuln",
  "lang": "go",
  "cwe": 78,
  "wave": 2,
  "code": "package scheduler\n\nimport (\n\t\"context\"\n\t\"database/sql\"\n\t\"log\"\n\t\"os/exec\"\n\t\"time\"\n)\n\ntype Job struct {\n\tID      int64\n\tCommand string\n\tEvery   time.Duration\n}\n\nfunc loadJobs(ctx context.Context, db *sql.DB) ([]Job, error) {\n\trows, err := db.QueryContext(ctx, \"SELECT id, command, every_seconds FROM jobs WHERE enabled\")\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tdefer rows.Close()\n\tvar jobs []Job\n\tfor rows.Next() {\n\t\tvar j Job\n\t\tvar secs int64\n\t\tif err := rows.Scan(&j.ID, &j.Command, &secs); err != nil {\n\t\t\treturn nil, err\n\t\t}\n\t\tj.Every = time.Duration(secs) * time.Second\n\t\tjobs = append(jobs, j)\n\t}\n\treturn jobs, rows.Err()\n}\n\nfunc RunDue(ctx context.Context, db *sql.DB) {\n\tjobs, err := loadJobs(ctx, db)\n\tif err != nil {\n\t\tlog.Printf(\"load jobs: %v\", err)\n\t\treturn\n\t}\n\tfor _, j := range jobs {\n\t\tout, err := exec.CommandContext(ctx, \"/bin/sh\", \"-c\", j.Command).CombinedOutput()\n\t\tlog.Printf(\"job %d: %v %s\", j.ID, err, out)\n\t}\n}\n"
 },
 {
  "name": "go_echo_bind_repo",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 2,
  "code": "package users\n\nimport (\n\t\"database/sql\"\n\t\"net/http\"\n\n\t\"github.com/labstack/echo/v4\"\n)\n\ntype InviteDTO struct {\n\tEmail string `json:\"email\"`\n\tTeam  string `json:\"team\"`\n}\n\ntype Repo struct{ db *sql.DB }\n\nfunc (r *Repo) AddInvite(dto InviteDTO) error {\n\t_, err := r.db.Exec(\"INSERT INTO invites(email, team) VALUES($1, $2)\", dto.Email, dto.Team)\n\treturn err\n}\n\ntype Handler struct{ repo *Repo }\n\nfunc (h *Handler) Invite(c echo.Context) error {\n\tvar dto InviteDTO\n\tif err := c.Bind(&dto); err != nil {\n\t\treturn c.JSON(http.StatusBadRequest, map[string]string{\"error\": \"bad body\"})\n\t}\n\tif err := h.repo.AddInvite(dto); err != nil {\n\t\treturn c.JSON(http.StatusInternalServerError, map[string]string{\"error\": \"failed\"})\n\t}\n\treturn c.NoContent(http.StatusCreated)\n}\n"
 },
 {
  "name": "go_echo_bind_repo",
  "kind": "vuln",
  "lang": "go",
  "cwe": 89,
  "wave": 2,
  "code": "package users\n\nimport (\n\t\"database/sql\"\n\t\"fmt\"\n\t\"net/http\"\n\n\t\"github.com/labstack/echo/v4\"\n)\n\ntype InviteDTO struct {\n\tEmail string `json:\"email\"`\n\tTeam  string `json:\"team\"`\n}\n\ntype Repo struct{ db *sql.DB }\n\nfunc (r *Repo) AddInvite(dto InviteDTO) error {\n\tstmt := fmt.Sprintf(\"INSERT INTO invites(email, team) VALUES('%s', '%s')\", dto.Email, dto.Team)\n\t_, err := r.db.Exec(stmt)\n\treturn err\n}\n\ntype Handler struct{ repo *Repo }\n\nfunc (h *Handler) Invite(c echo.Context) error {\n\tvar dto InviteDTO\n\tif err := c.Bind(&dto); err != nil {\n\t\treturn c.JSON(http.StatusBadRequest, map[string]string{\"error\": \"bad body\"})\n\t}\n\tif err := h.repo.AddInvite(dto); err != nil {\n\t\treturn c.JSON(http.StatusInternalServerError, map[string]string{\"error\": \"failed\"})\n\t}\n\treturn c.NoContent(http.StatusCreated)\n}\n"
 },
 {
  "name": "go_email_preview_template",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 2,
  "code": "package mail\n\nimport (\n\t\"bytes\"\n\t\"net/http\"\n\t\"text/template\"\n)\n\nconst previewTemplate = \"Hello {{.Name}}, welcome to the {{.Plan}} plan.\\n\\n{{.Note}}\\n\"\n\nvar preview = template.Must(template.New(\"preview\").Parse(previewTemplate))\n\ntype previewData struct {\n\tName string\n\tPlan string\n\tNote string\n}\n\nfunc PreviewHandler(w http.ResponseWriter, r *http.Request) {\n\tvar buf bytes.Buffer\n\tpreview.Execute(&buf, previewData{Name: \"Ada\", Plan: \"pro\", Note: r.FormValue(\"note\")})\n\tw.Header().Set(\"Content-Type\", \"text/plain\")\n\tw.Write(buf.Bytes())\n}\n"
 },
 {
  "name": "go_email_preview_template",
  "kind": "vuln",
  "lang": "go",
  "cwe": 1336,
  "wave": 2,
  "code": "package mail\n\nimport (\n\t\"bytes\"\n\t\"net/http\"\n\t\"text/template\"\n)\n\ntype previewData struct {\n\tName  string\n\tPlan  string\n\tToken string\n}\n\nfunc PreviewHandler(secretToken string) http.HandlerFunc {\n\treturn func(w http.ResponseWriter, r *http.Request) {\n\t\tbody := r.FormValue(\"template\")\n\t\ttmpl, err := template.New(\"preview\").Parse(body)\n\t\tif err != nil {\n\t\t\thttp.Error(w, \"bad template\", http.StatusBadRequest)\n\t\t\treturn\n\t\t}\n\t\tvar buf bytes.Buffer\n\t\ttmpl.Execute(&buf, previewData{Name: \"Ada\", Plan: \"pro\", Token: secretToken})\n\t\tw.Header().Set(\"Content-Type\", \"text/plain\")\n\t\tw.Write(buf.Bytes())\n\t}\n}\n"
 },
 {
  "name": "go_fiber_search_html",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 2,
  "code": "package web\n\nimport (\n\t\"fmt\"\n\t\"html\"\n\t\"strings\"\n\n\t\"github.com/gofiber/fiber/v2\"\n)\n\nfunc resultsPage(term string, hits []string) string {\n\tvar b strings.Builder\n\tb.WriteString(\"<html><body>\")\n\tfmt.Fprintf(&b, \"<h2>%d results for %s</h2><ul>\", len(hits), html.EscapeString(term))\n\tfor _, h := range hits {\n\t\tb.WriteString(\"<li>\" + html.EscapeString(h) + \"</li>\")\n\t}\n\tb.WriteString(\"</ul></body></html>\")\n\treturn b.String()\n}\n\nfunc Search(c *fiber.Ctx) error {\n\tterm := c.Query(\"q\")\n\thits := []string{\"alpha\", \"beta\"}\n\tc.Type(\"html\")\n\treturn c.SendString(resultsPage(term, hits))\n}\n"
 },
 {
  "name": "go_fiber_search_html",
  "kind": "vuln",
  "lang": "go",
  "cwe": 79,
  "wave": 2,
  "code": "package web\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n\n\t\"github.com/gofiber/fiber/v2\"\n)\n\nfunc resultsPage(term string, hits []string) string {\n\tvar b strings.Builder\n\tb.WriteString(\"<html><body>\")\n\tfmt.Fprintf(&b, \"<h2>%d results for %s</h2><ul>\", len(hits), term)\n\tfor _, h := range hits {\n\t\tb.WriteString(\"<li>\" + h + \"</li>\")\n\t}\n\tb.WriteString(\"</ul></body></html>\")\n\treturn b.String()\n}\n\nfunc Search(c *fiber.Ctx) error {\n\tterm := c.Query(\"q\")\n\thits := []string{\"alpha\", \"beta\"}\n\tc.Type(\"html\")\n\treturn c.SendString(resultsPage(term, hits))\n}\n"
 },
 {
  "name": "go_grpc_file_service",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 2,
  "code": "package filesvc\n\nimport (\n\t\"context\"\n\t\"os\"\n\t\"path/filepath\"\n\n\tpb \"example.com/files/gen/filespb\"\n\t\"google.golang.org/grpc/codes\"\n\t\"google.golang.org/grpc/status\"\n)\n\ntype server struct {\n\tpb.UnimplementedFilesServer\n\troot string\n}\n\nfunc (s *server) Download(ctx context.Context, req *pb.DownloadRequest) (*pb.DownloadReply, error) {\n\tname := req.GetName()\n\tif !filepath.IsLocal(name) {\n\t\treturn nil, status.Error(codes.InvalidArgument, \"bad name\")\n\t}\n\tdata, err := os.ReadFile(filepath.Join(s.root, name))\n\tif err != nil {\n\t\treturn nil, status.Error(codes.NotFound, \"no such file\")\n\t}\n\treturn &pb.DownloadReply{Data: data}, nil\n}\n"
 },
 {
  "name": "go_grpc_file_service",
  "kind": "vuln",
  "lang": "go",
  "cwe": 22,
  "wave": 2,
  "code": "package filesvc\n\nimport (\n\t\"context\"\n\t\"os\"\n\t\"path/filepath\"\n\n\tpb \"example.com/files/gen/filespb\"\n\t\"google.golang.org/grpc/codes\"\n\t\"google.golang.org/grpc/status\"\n)\n\ntype server struct {\n\tpb.UnimplementedFilesServer\n\troot string\n}\n\nfunc (s *server) Download(ctx context.Context, req *pb.DownloadRequest) (*pb.DownloadReply, error) {\n\tname := req.GetName()\n\tdata, err := os.ReadFile(filepath.Join(s.root, name))\n\tif err != nil {\n\t\treturn nil, status.Error(codes.NotFound, \"no such file\")\n\t}\n\treturn &pb.DownloadReply{Data: data}, nil\n}\n"
 },
 {
  "name": "go_logout_referer_redirect",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 2,
  "code": "package auth\n\nimport (\n\t\"net/http\"\n)\n\nfunc clearSession(w http.ResponseWriter) {\n\thttp.SetCookie(w, &http.Cookie{Name: \"sid\", Value: \"\", Path: \"/\", MaxAge: -1, HttpOnly: true, Secure: true})\n}\n\nfunc Logout(w http.ResponseWriter, r *http.Request) {\n\tclearSession(w)\n\tback := r.Header.Get(\"Referer\")\n\tif back == \"\" {\n\t\tback = r.FormValue(\"continue\")\n\t}\n\tback = \"/\"\n\thttp.Redirect(w, r, back, http.StatusFound)\n}\n"
 },
 {
  "name": "go_logout_referer_redirect",
  "kind": "vuln",
  "lang": "go",
  "cwe": 601,
  "wave": 2,
  "code": "package auth\n\nimport (\n\t\"net/http\"\n)\n\nfunc clearSession(w http.ResponseWriter) {\n\thttp.SetCookie(w, &http.Cookie{Name: \"sid\", Value: \"\", Path: \"/\", MaxAge: -1, HttpOnly: true, Secure: true})\n}\n\nfunc Logout(w http.ResponseWriter, r *http.Request) {\n\tclearSession(w)\n\tback := r.Header.Get(\"Referer\")\n\tif back == \"\" {\n\t\tback = r.FormValue(\"continue\")\n\t}\n\tif back == \"\" {\n\t\tback = \"/\"\n\t}\n\thttp.Redirect(w, r, back, http.StatusFound)\n}\n"
 },
 {
  "name": "go_rsa_bits_const",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 2,
  "code": "package pki\n\nimport (\n\t\"crypto/rand\"\n\t\"crypto/rsa\"\n\t\"crypto/x509\"\n\t\"encoding/pem\"\n\t\"errors\"\n\t\"os\"\n)\n\nconst defaultKeyBits = 3072\n\ntype KeyOptions struct {\n\tBits int\n\tPath string\n}\n\nfunc GenerateDeviceKey(opts KeyOptions) error {\n\tbits := opts.Bits\n\tif bits == 0 {\n\t\tbits = defaultKeyBits\n\t}\n\tif bits < 2048 {\n\t\treturn errors.New(\"key size below 2048 bits\")\n\t}\n\tkey, err := rsa.GenerateKey(rand.Reader, bits)\n\tif err != nil {\n\t\treturn err\n\t}\n\tder := x509.MarshalPKCS1PrivateKey(key)\n\treturn os.WriteFile(opts.Path, pem.EncodeToMemory(&pem.Block{Type: \"RSA PRIVATE KEY\", Bytes: der}), 0o600)\n}\n"
 },
 {
  "name": "go_rsa_bits_const",
  "kind": "vuln",
  "lang": "go",
  "cwe": 326,
  "wave": 2,
  "code": "package pki\n\nimport (\n\t\"crypto/rand\"\n\t\"crypto/rsa\"\n\t\"crypto/x509\"\n\t\"encoding/pem\"\n\t\"os\"\n)\n\nconst defaultKeyBits = 1024\n\ntype KeyOptions struct {\n\tBits int\n\tPath string\n}\n\nfunc GenerateDeviceKey(opts KeyOptions) error {\n\tbits := opts.Bits\n\tif bits == 0 {\n\t\tbits = defaultKeyBits\n\t}\n\tkey, err := rsa.GenerateKey(rand.Reader, bits)\n\tif err != nil {\n\t\treturn err\n\t}\n\tder := x509.MarshalPKCS1PrivateKey(key)\n\treturn os.WriteFile(opts.Path, pem.EncodeToMemory(&pem.Block{Type: \"RSA PRIVATE KEY\", Bytes: der}), 0o600)\n}\n"
 },
 {
  "name": "go_session_store_mrand",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 2,
  "code": "package sessions\n\nimport (\n\t\"crypto/rand\"\n\t\"encoding/hex\"\n\t\"sync\"\n)\n\ntype Store struct {\n\tmu   sync.Mutex\n\tdata map[string]string\n}\n\nfunc NewStore() *Store {\n\treturn &Store{data: map[string]string{}}\n}\n\nfunc (s *Store) newID() string {\n\tb := make([]byte, 16)\n\tif _, err := rand.Read(b); err != nil {\n\t\tpanic(err)\n\t}\n\treturn hex.EncodeToString(b)\n}\n\nfunc (s *Store) Create(userID string) string {\n\ts.mu.Lock()\n\tdefer s.mu.Unlock()\n\tid := s.newID()\n\ts.data[id] = userID\n\treturn id\n}\n"
 },
 {
  "name": "go_session_store_mrand",
  "kind": "vuln",
  "lang": "go",
  "cwe": 338,
  "wave": 2,
  "code": "package sessions\n\nimport (\n\t\"fmt\"\n\tmrand \"math/rand\"\n\t\"sync\"\n\t\"time\"\n)\n\ntype Store struct {\n\tmu   sync.Mutex\n\tdata map[string]string\n\trng  *mrand.Rand\n}\n\nfunc NewStore() *Store {\n\treturn &Store{data: map[string]string{}, rng: mrand.New(mrand.NewSource(time.Now().UnixNano()))}\n}\n\nfunc (s *Store) newID() string {\n\treturn fmt.Sprintf(\"%016x%016x\", s.rng.Uint64(), s.rng.Uint64())\n}\n\nfunc (s *Store) Create(userID string) string {\n\ts.mu.Lock()\n\tdefer s.mu.Unlock()\n\tid := s.newID()\n\ts.data[id] = userID\n\treturn id\n}\n"
 },
 {
  "name": "go_signed_url_compare",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 2,
  "code": "package share\n\nimport (\n\t\"crypto/hmac\"\n\t\"crypto/sha256\"\n\t\"encoding/hex\"\n\t\"net/http\"\n\t\"os\"\n)\n\nfunc sign(path, expires string) []byte {\n\tm := hmac.New(sha256.New, []byte(os.Getenv(\"SHARE_SIGNING_KEY\")))\n\tm.Write([]byte(path + \"|\" + expires))\n\treturn m.Sum(nil)\n}\n\nfunc Download(w http.ResponseWriter, r *http.Request) {\n\tq := r.URL.Query()\n\tsig, err := hex.DecodeString(q.Get(\"sig\"))\n\tif err != nil || !hmac.Equal(sig, sign(r.URL.Path, q.Get(\"exp\"))) {\n\t\thttp.Error(w, \"forbidden\", http.StatusForbidden)\n\t\treturn\n\t}\n\thttp.ServeFile(w, r, \"/srv/shared/report.pdf\")\n}\n"
 },
 {
  "name": "go_signed_url_compare",
  "kind": "vuln",
  "lang": "go",
  "cwe": 208,
  "wave": 2,
  "code": "package share\n\nimport (\n\t\"crypto/hmac\"\n\t\"crypto/sha256\"\n\t\"encoding/hex\"\n\t\"net/http\"\n\t\"os\"\n)\n\nfunc sign(path, expires string) string {\n\tm := hmac.New(sha256.New, []byte(os.Getenv(\"SHARE_SIGNING_KEY\")))\n\tm.Write([]byte(path + \"|\" + expires))\n\treturn hex.EncodeToString(m.Sum(nil))\n}\n\nfunc Download(w http.ResponseWriter, r *http.Request) {\n\tq := r.URL.Query()\n\tsig := q.Get(\"sig\")\n\texpected := sign(r.URL.Path, q.Get(\"exp\"))\n\tif sig != expected {\n\t\thttp.Error(w, \"forbidden\", http.StatusForbidden)\n\t\treturn\n\t}\n\thttp.ServeFile(w, r, \"/srv/shared/report.pdf\")\n}\n"
 },
 {
  "name": "go_tls_version_lookup",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 2,
  "code": "package server\n\nimport (\n\t\"crypto/tls\"\n\t\"net/http\"\n)\n\nvar tlsVersions = map[string]uint16{\n\t\"1.0\": tls.VersionTLS10,\n\t\"1.1\": tls.VersionTLS11,\n\t\"1.2\": tls.VersionTLS12,\n\t\"1.3\": tls.VersionTLS13,\n}\n\nfunc NewServer(addr string, h http.Handler) *http.Server {\n\tminVersion := tlsVersions[\"1.2\"]\n\tcfg := &tls.Config{\n\t\tMinVersion: minVersion,\n\t}\n\treturn &http.Server{Addr: addr, Handler: h, TLSConfig: cfg}\n}\n"
 },
 {
  "name": "go_tls_version_lookup",
  "kind": "vuln",
  "lang": "go",
  "cwe": 327,
  "wave": 2,
  "code": "package server\n\nimport (\n\t\"crypto/tls\"\n\t\"net/http\"\n)\n\nvar tlsVersions = map[string]uint16{\n\t\"1.0\": tls.VersionTLS10,\n\t\"1.1\": tls.VersionTLS11,\n\t\"1.2\": tls.VersionTLS12,\n\t\"1.3\": tls.VersionTLS13,\n}\n\nfunc NewServer(addr string, h http.Handler) *http.Server {\n\tminVersion := tlsVersions[\"1.0\"]\n\tcfg := &tls.Config{\n\t\tMinVersion: minVersion,\n\t}\n\treturn &http.Server{Addr: addr, Handler: h, TLSConfig: cfg}\n}\n"
 },
 {
  "name": "go_write_private_key_perm",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 2,
  "code": "package certs\n\nimport (\n\t\"crypto/ecdsa\"\n\t\"crypto/elliptic\"\n\t\"crypto/rand\"\n\t\"crypto/x509\"\n\t\"encoding/pem\"\n\t\"os\"\n\t\"path/filepath\"\n)\n\nconst keyPerm = 0o600\n\nfunc writePEM(path, typ string, der []byte) error {\n\treturn os.WriteFile(path, pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der}), keyPerm)\n}\n\nfunc NewNodeKey(dir string) error {\n\tkey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)\n\tif err != nil {\n\t\treturn err\n\t}\n\tder, err := x509.MarshalECPrivateKey(key)\n\tif err != nil {\n\t\treturn err\n\t}\n\treturn writePEM(filepath.Join(dir, \"node.key\"), \"EC PRIVATE KEY\", der)\n}\n"
 },
 {
  "name": "go_write_private_key_perm",
  "kind": "vuln",
  "lang": "go",
  "cwe": 732,
  "wave": 2,
  "code": "package certs\n\nimport (\n\t\"crypto/ecdsa\"\n\t\"crypto/elliptic\"\n\t\"crypto/rand\"\n\t\"crypto/x509\"\n\t\"encoding/pem\"\n\t\"os\"\n\t\"path/filepath\"\n)\n\nconst filePerm = 0o644\n\nfunc writePEM(path, typ string, der []byte) error {\n\treturn os.WriteFile(path, pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der}), filePerm)\n}\n\nfunc NewNodeKey(dir string) error {\n\tkey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)\n\tif err != nil {\n\t\treturn err\n\t}\n\tder, err := x509.MarshalECPrivateKey(key)\n\tif err != nil {\n\t\treturn err\n\t}\n\treturn writePEM(filepath.Join(dir, \"node.key\"), \"EC PRIVATE KEY\", der)\n}\n"
 },
 {
  "name": "c_alloca_line_len",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 3,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n#define MAX_LINE 65536\n\nstatic void reverse_words(const char *s, size_t n) {\n    char *tmp = malloc(n + 1);\n    if (!tmp) return;\n    memcpy(tmp, s, n);\n    tmp[n] = '\\0';\n    for (char *w = strtok(tmp, \" \"); w; w = strtok(NULL, \" \")) printf(\"%s \", w);\n    putchar('\\n');\n    free(tmp);\n}\n\nint main(void) {\n    char hdr[32];\n    if (!fgets(hdr, sizeof hdr, stdin)) return 1;\n    size_t len = strtoul(hdr, NULL, 10);\n    if (len == 0 || len > MAX_LINE) return 1;\n    char *line = malloc(len + 1);\n    if (!line || fread(line, 1, len, stdin) != len) return 1;\n    reverse_words(line, len);\n    free(line);\n    return 0;\n}\n"
 },
 {
  "name": "c_alloca_line_len",
  "kind": "vuln",
  "lang": "c",
  "cwe": 789,
  "wave": 3,
  "code": "#include <alloca.h>\n#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstatic void reverse_words(const char *s, size_t n) {\n    char *tmp = alloca(n + 1);\n    memcpy(tmp, s, n);\n    tmp[n] = '\\0';\n    for (char *w = strtok(tmp, \" \"); w; w = strtok(NULL, \" \")) printf(\"%s \", w);\n    putchar('\\n');\n}\n\nint main(void) {\n    char hdr[32];\n    if (!fgets(hdr, sizeof hdr, stdin)) return 1;\n    size_t len = strtoul(hdr, NULL, 10);\n    char *line = malloc(len + 1);\n    if (!line || fread(line, 1, len, stdin) != len) return 1;\n    reverse_words(line, len);\n    free(line);\n    return 0;\n}\n"
 },
 {
  "name": "c_global_upload_dir",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 3,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <ctype.h>\n\nstatic char g_spool[256] = \"/var/spool/uploads\";\nstatic char g_name[128];\n\nstatic void parse_env(void) {\n    const char *n = getenv(\"HTTP_X_FILENAME\");\n    if (!n) return;\n    for (const char *p = n; *p; p++)\n        if (!isalnum((unsigned char)*p) && *p != '.' && *p != '_' && *p != '-') return;\n    if (n[0] == '.') return;\n    snprintf(g_name, sizeof g_name, \"%s\", n);\n}\n\nstatic FILE *open_target(void) {\n    char path[512];\n    snprintf(path, sizeof path, \"%s/%s\", g_spool, g_name);\n    return fopen(path, \"wb\");\n}\n\nint main(void) {\n    parse_env();\n    if (!g_name[0]) { printf(\"Status: 400\\r\\n\\r\\n\"); return 0; }\n    FILE *out = open_target();\n    if (!out) { printf(\"Status: 500\\r\\n\\r\\n\"); return 0; }\n    char buf[8192];\n    size_t n;\n    while ((n = fread(buf, 1, sizeof buf, stdin)) > 0) fwrite(buf, 1, n, out);\n    fclose(out);\n    printf(\"Status: 201\\r\\n\\r\\n\");\n    return 0;\n}\n"
 },
 {
  "name": "c_global_upload_dir",
  "kind": "vuln",
  "lang": "c",
  "cwe": 22,
  "wave": 3,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstatic char g_spool[256] = \"/var/spool/uploads\";\nstatic char g_name[128];\n\nstatic void parse_env(void) {\n    const char *n = getenv(\"HTTP_X_FILENAME\");\n    if (n) snprintf(g_name, sizeof g_name, \"%s\", n);\n}\n\nstatic FILE *open_target(void) {\n    char path[512];\n    snprintf(path, sizeof path, \"%s/%s\", g_spool, g_name);\n    return fopen(path, \"wb\");\n}\n\nint main(void) {\n    parse_env();\n    if (!g_name[0]) { printf(\"Status: 400\\r\\n\\r\\n\"); return 0; }\n    FILE *out = open_target();\n    if (!out) { printf(\"Status: 500\\r\\n\\r\\n\"); return 0; }\n    char buf[8192];\n    size_t n;\n    while ((n = fread(buf, 1, sizeof buf, stdin)) > 0) fwrite(buf, 1, n, out);\n    fclose(out);\n    printf(\"Status: 201\\r\\n\\r\\n\");\n    return 0;\n}\n"
 },
 {
  "name": "c_header_len_underflow",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 3,
  "code": "#include <stdint.h>\n#include <stdlib.h>\n#include <string.h>\n#include <unistd.h>\n\n#define HDR_LEN 8\n\nstruct frame { uint32_t total_len; uint32_t kind; };\n\nint read_payload(int fd, unsigned char *out, size_t outcap) {\n    unsigned char hdr[HDR_LEN];\n    if (read(fd, hdr, HDR_LEN) != HDR_LEN) return -1;\n    uint32_t total = (uint32_t)hdr[0] << 24 | (uint32_t)hdr[1] << 16 | (uint32_t)hdr[2] << 8 | hdr[3];\n    if (total < HDR_LEN) return -1;\n    uint32_t body = total - HDR_LEN;\n    if (body > outcap) return -1;\n    if (read(fd, out, body) != (ssize_t)body) return -1;\n    return (int)body;\n}\n"
 },
 {
  "name": "c_header_len_underflow",
  "kind": "vuln",
  "lang": "c",
  "cwe": 191,
  "wave": 3,
  "code": "#include <stdint.h>\n#include <stdlib.h>\n#include <string.h>\n#include <unistd.h>\n\n#define HDR_LEN 8\n\nstruct frame { uint32_t total_len; uint32_t kind; };\n\nint read_payload(int fd, unsigned char *out, size_t outcap) {\n    unsigned char hdr[HDR_LEN];\n    if (read(fd, hdr, HDR_LEN) != HDR_LEN) return -1;\n    uint32_t total = (uint32_t)hdr[0] << 24 | (uint32_t)hdr[1] << 16 | (uint32_t)hdr[2] << 8 | hdr[3];\n    uint32_t body = total - HDR_LEN;\n    if (body > outcap) return -1;\n    if (read(fd, out, body) != (ssize_t)body) return -1;\n    return (int)body;\n}\n"
 },
 {
  "name": "c_ldap_cgi_lookup",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 3,
  "code": "#include <ldap.h>\n#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <ctype.h>\n\nstatic int lookup_mail(LDAP *ld, const char *uid, char *mail, size_t cap) {\n    for (const char *p = uid; *p; p++)\n        if (!isalnum((unsigned char)*p) && *p != '.' && *p != '_') return -1;\n    char filter[256];\n    snprintf(filter, sizeof filter, \"(&(objectClass=person)(uid=%s))\", uid);\n    LDAPMessage *res = NULL;\n    char *attrs[] = { \"mail\", NULL };\n    if (ldap_search_ext_s(ld, \"ou=people,dc=example,dc=com\", LDAP_SCOPE_SUBTREE, filter, attrs, 0, NULL, NULL, NULL, 1, &res) != LDAP_SUCCESS)\n        return -1;\n    LDAPMessage *e = ldap_first_entry(ld, res);\n    struct berval **v = e ? ldap_get_values_len(ld, e, \"mail\") : NULL;\n    if (v && v[0]) snprintf(mail, cap, \"%.*s\", (int)v[0]->bv_len, v[0]->bv_val);\n    ldap_value_free_len(v);\n    ldap_msgfree(res);\n    return 0;\n}\n\nint main(void) {\n    const char *qs = getenv(\"QUERY_STRING\");\n    if (!qs || strncmp(qs, \"uid=\", 4) != 0) return 0;\n    LDAP *ld;\n    if (ldap_initialize(&ld, \"ldap://localhost\") != LDAP_SUCCESS) return 1;\n    char mail[128] = \"\";\n    lookup_mail(ld, qs + 4, mail, sizeof mail);\n    printf(\"Content-Type: text/plain\\r\\n\\r\\n%s\\n\", mail);\n    return 0;\n}\n"
 },
 {
  "name": "c_ldap_cgi_lookup",
  "kind": "vuln",
  "lang": "c",
  "cwe": 90,
  "wave": 3,
  "code": "#include <ldap.h>\n#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstatic int lookup_mail(LDAP *ld, const char *uid, char *mail, size_t cap) {\n    char filter[256];\n    snprintf(filter, sizeof filter, \"(&(objectClass=person)(uid=%s))\", uid);\n    LDAPMessage *res = NULL;\n    char *attrs[] = { \"mail\", NULL };\n    if (ldap_search_ext_s(ld, \"ou=people,dc=example,dc=com\", LDAP_SCOPE_SUBTREE, filter, attrs, 0, NULL, NULL, NULL, 1, &res) != LDAP_SUCCESS)\n        return -1;\n    LDAPMessage *e = ldap_first_entry(ld, res);\n    struct berval **v = e ? ldap_get_values_len(ld, e, \"mail\") : NULL;\n    if (v && v[0]) snprintf(mail, cap, \"%.*s\", (int)v[0]->bv_len, v[0]->bv_val);\n    ldap_value_free_len(v);\n    ldap_msgfree(res);\n    return 0;\n}\n\nint main(void) {\n    const char *qs = getenv(\"QUERY_STRING\");\n    if (!qs || strncmp(qs, \"uid=\", 4) != 0) return 0;\n    LDAP *ld;\n    if (ldap_initialize(&ld, \"ldap://localhost\") != LDAP_SUCCESS) return 1;\n    char mail[128] = \"\";\n    lookup_mail(ld, qs + 4, mail, sizeof mail);\n    printf(\"Content-Type: text/plain\\r\\n\\r\\n%s\\n\", mail);\n    return 0;\n}\n"
 },
 {
  "name": "c_legacy_cipher_helper",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 3,
  "code": "#include <openssl/evp.h>\n#include <string.h>\n\nstatic const EVP_CIPHER *backup_cipher(void) {\n    return EVP_aes_256_gcm();\n}\n\nint seal_backup(const unsigned char key[32], const unsigned char iv[12], const unsigned char *in, int inlen, unsigned char *out, unsigned char tag[16]) {\n    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();\n    int n = 0, total = 0;\n    if (!ctx) return -1;\n    EVP_EncryptInit_ex(ctx, backup_cipher(), NULL, key, iv);\n    EVP_EncryptUpdate(ctx, out, &n, in, inlen);\n    total = n;\n    EVP_EncryptFinal_ex(ctx, out + total, &n);\n    total += n;\n    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, tag);\n    EVP_CIPHER_CTX_free(ctx);\n    return total;\n}\n"
 },
 {
  "name": "c_legacy_cipher_helper",
  "kind": "vuln",
  "lang": "c",
  "cwe": 327,
  "wave": 3,
  "code": "#include <openssl/evp.h>\n#include <string.h>\n\nstatic const EVP_CIPHER *legacy_cipher(void) {\n    return EVP_des_ede3_cbc();\n}\n\nint seal_backup(const unsigned char key[24], const unsigned char iv[8], const unsigned char *in, int inlen, unsigned char *out) {\n    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();\n    int n = 0, total = 0;\n    if (!ctx) return -1;\n    EVP_EncryptInit_ex(ctx, legacy_cipher(), NULL, key, iv);\n    EVP_EncryptUpdate(ctx, out, &n, in, inlen);\n    total = n;\n    EVP_EncryptFinal_ex(ctx, out + total, &n);\n    total += n;\n    EVP_CIPHER_CTX_free(ctx);\n    return total;\n}\n"
 },
 {
  "name": "c_libxml_parse_opts",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 3,
  "code": "#include <libxml/parser.h>\n#include <libxml/tree.h>\n#include <stdio.h>\n\nstatic int parser_options(int strict) {\n    int opts = XML_PARSE_NONET;\n    if (strict) opts |= XML_PARSE_PEDANTIC;\n    return opts;\n}\n\nxmlDocPtr load_invoice(const char *buf, int len) {\n    xmlDocPtr doc = xmlReadMemory(buf, len, \"invoice.xml\", NULL, parser_options(0));\n    if (!doc) fprintf(stderr, \"invalid invoice\\n\");\n    return doc;\n}\n"
 },
 {
  "name": "c_libxml_parse_opts",
  "kind": "vuln",
  "lang": "c",
  "cwe": 611,
  "wave": 3,
  "code": "#include <libxml/parser.h>\n#include <libxml/tree.h>\n#include <stdio.h>\n\nstatic int parser_options(int strict) {\n    int opts = XML_PARSE_NOENT | XML_PARSE_DTDLOAD;\n    if (strict) opts |= XML_PARSE_PEDANTIC;\n    return opts;\n}\n\nxmlDocPtr load_invoice(const char *buf, int len) {\n    xmlDocPtr doc = xmlReadMemory(buf, len, \"invoice.xml\", NULL, parser_options(0));\n    if (!doc) fprintf(stderr, \"invalid invoice\\n\");\n    return doc;\n}\n"
 },
 {
  "name": "c_pq_conninfo_password",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 3,
  "code": "#include <libpq-fe.h>\n#include <stdio.h>\n#include <stdlib.h>\n\nstatic const char *DB_HOST = \"db.internal\";\nstatic const char *DB_USER = \"reporting\";\n\nPGconn *connect_reporting(void) {\n    const char *password = getenv(\"REPORTING_DB_PASSWORD\");\n    if (!password) {\n        fprintf(stderr, \"REPORTING_DB_PASSWORD not set\\n\");\n        return NULL;\n    }\n    const char *keys[] = { \"host\", \"user\", \"password\", \"dbname\", \"sslmode\", NULL };\n    const char *vals[] = { DB_HOST, DB_USER, password, \"metrics\", \"require\", NULL };\n    PGconn *c = PQconnectdbParams(keys, vals, 0);\n    if (PQstatus(c) != CONNECTION_OK) {\n        fprintf(stderr, \"%s\", PQerrorMessage(c));\n        PQfinish(c);\n        return NULL;\n    }\n    return c;\n}\n"
 },
 {
  "name": "c_pq_conninfo_password",
  "kind": "vuln",
  "lang": "c",
  "cwe": 259,
  "wave": 3,
  "code": "#include <libpq-fe.h>\n#include <stdio.h>\n\nstatic const char *DB_HOST = \"db.internal\";\nstatic const char *DB_USER = \"reporting\";\nstatic const char *DB_PASSWORD = \"Rep0rt!ng2023\";\n\nPGconn *connect_reporting(void) {\n    char conninfo[256];\n    snprintf(conninfo, sizeof conninfo, \"host=%s user=%s password=%s dbname=metrics sslmode=require\",\n             DB_HOST, DB_USER, DB_PASSWORD);\n    PGconn *c = PQconnectdb(conninfo);\n    if (PQstatus(c) != CONNECTION_OK) {\n        fprintf(stderr, \"%s\", PQerrorMessage(c));\n        PQfinish(c);\n        return NULL;\n    }\n    return c;\n}\n"
 },
 {
  "name": "c_setuid_log_access",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 3,
  "code": "#include <fcntl.h>\n#include <stdio.h>\n#include <string.h>\n#include <unistd.h>\n\nstatic int append_line(const char *path, const char *line) {\n    uid_t euid = geteuid();\n    if (seteuid(getuid()) != 0) return -1;\n    int fd = open(path, O_WRONLY | O_APPEND | O_NOFOLLOW);\n    if (seteuid(euid) != 0) { if (fd >= 0) close(fd); return -1; }\n    if (fd < 0) {\n        perror(\"open\");\n        return -1;\n    }\n    write(fd, line, strlen(line));\n    close(fd);\n    return 0;\n}\n\nint main(int argc, char **argv) {\n    if (argc < 3) {\n        fprintf(stderr, \"usage: %s LOGFILE MESSAGE\\n\", argv[0]);\n        return 2;\n    }\n    return append_line(argv[1], argv[2]) == 0 ? 0 : 1;\n}\n"
 },
 {
  "name": "c_setuid_log_access",
  "kind": "vuln",
  "lang": "c",
  "cwe": 367,
  "wave": 3,
  "code": "#include <fcntl.h>\n#include <stdio.h>\n#include <string.h>\n#include <unistd.h>\n\nstatic int append_line(const char *path, const char *line) {\n    if (access(path, W_OK) != 0) {\n        perror(\"access\");\n        return -1;\n    }\n    int fd = open(path, O_WRONLY | O_APPEND);\n    if (fd < 0) return -1;\n    write(fd, line, strlen(line));\n    close(fd);\n    return 0;\n}\n\nint main(int argc, char **argv) {\n    if (argc < 3) {\n        fprintf(stderr, \"usage: %s LOGFILE MESSAGE\\n\", argv[0]);\n        return 2;\n    }\n    return append_line(argv[1], argv[2]) == 0 ? 0 : 1;\n}\n"
 },
 {
  "name": "c_snprintf_reply_len",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 3,
  "code": "#include <stdio.h>\n#include <string.h>\n#include <sys/socket.h>\n\nstatic int format_greeting(char *out, size_t cap, const char *nick) {\n    return snprintf(out, cap, \"Welcome, %s! Type /help for commands.\\r\\n\", nick);\n}\n\nvoid greet(int fd, const char *nick) {\n    char reply[64];\n    int n = format_greeting(reply, sizeof reply, nick);\n    if (n < 0) return;\n    if ((size_t)n >= sizeof reply) n = (int)strlen(reply);\n    send(fd, reply, (size_t)n, 0);\n}\n\nvoid on_nick(int fd) {\n    char nick[256];\n    ssize_t r = recv(fd, nick, sizeof nick - 1, 0);\n    if (r <= 0) return;\n    nick[r] = '\\0';\n    nick[strcspn(nick, \"\\r\\n\")] = '\\0';\n    greet(fd, nick);\n}\n"
 },
 {
  "name": "c_snprintf_reply_len",
  "kind": "vuln",
  "lang": "c",
  "cwe": 125,
  "wave": 3,
  "code": "#include <stdio.h>\n#include <string.h>\n#include <sys/socket.h>\n\nstatic int format_greeting(char *out, size_t cap, const char *nick) {\n    return snprintf(out, cap, \"Welcome, %s! Type /help for commands.\\r\\n\", nick);\n}\n\nvoid greet(int fd, const char *nick) {\n    char reply[64];\n    int n = format_greeting(reply, sizeof reply, nick);\n    if (n < 0) return;\n    send(fd, reply, (size_t)n, 0);\n}\n\nvoid on_nick(int fd) {\n    char nick[256];\n    ssize_t r = recv(fd, nick, sizeof nick - 1, 0);\n    if (r <= 0) return;\n    nick[r] = '\\0';\n    nick[strcspn(nick, \"\\r\\n\")] = '\\0';\n    greet(fd, nick);\n}\n"
 },
 {
  "name": "c_vlog_wrapper_peer",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 3,
  "code": "#include <stdarg.h>\n#include <stdio.h>\n#include <string.h>\n#include <sys/socket.h>\n\nstatic FILE *audit_fp;\n\nstatic void audit_printf(const char *fmt, ...) {\n    va_list ap;\n    va_start(ap, fmt);\n    vfprintf(audit_fp, fmt, ap);\n    va_end(ap);\n    fflush(audit_fp);\n}\n\nvoid handle_hello(int fd) {\n    char name[128];\n    ssize_t n = recv(fd, name, sizeof name - 1, 0);\n    if (n <= 0) return;\n    name[n] = '\\0';\n    name[strcspn(name, \"\\r\\n\")] = '\\0';\n    audit_printf(\"%s connected\\n\", name);\n}\n"
 },
 {
  "name": "c_vlog_wrapper_peer",
  "kind": "vuln",
  "lang": "c",
  "cwe": 134,
  "wave": 3,
  "code": "#include <stdarg.h>\n#include <stdio.h>\n#include <string.h>\n#include <sys/socket.h>\n\nstatic FILE *audit_fp;\n\nstatic void audit_printf(const char *fmt, ...) {\n    va_list ap;\n    va_start(ap, fmt);\n    vfprintf(audit_fp, fmt, ap);\n    va_end(ap);\n    fflush(audit_fp);\n}\n\nvoid handle_hello(int fd) {\n    char name[128];\n    ssize_t n = recv(fd, name, sizeof name - 1, 0);\n    if (n <= 0) return;\n    name[n] = '\\0';\n    name[strcspn(name, \"\\r\\n\")] = '\\0';\n    audit_printf(name);\n    audit_printf(\" connected\\n\");\n}\n"
 },
 {
  "name": "c_xpath_cgi_user",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 3,
  "code": "#include <libxml/parser.h>\n#include <libxml/xpath.h>\n#include <libxml/xpathInternals.h>\n#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstatic xmlXPathObjectPtr find_user(xmlDocPtr doc, const char *name) {\n    xmlXPathContextPtr ctx = xmlXPathNewContext(doc);\n    xmlXPathRegisterVariable(ctx, (const xmlChar *)\"name\", xmlXPathNewCString(name));\n    xmlXPathObjectPtr res = xmlXPathEvalExpression((const xmlChar *)\"//user[@name=$name]/role\", ctx);\n    xmlXPathFreeContext(ctx);\n    return res;\n}\n\nint main(void) {\n    const char *qs = getenv(\"QUERY_STRING\");\n    const char *name = qs && strncmp(qs, \"name=\", 5) == 0 ? qs + 5 : \"\";\n    xmlDocPtr doc = xmlReadFile(\"/etc/app/users.xml\", NULL, XML_PARSE_NONET);\n    if (!doc) return 1;\n    xmlXPathObjectPtr r = find_user(doc, name);\n    printf(\"Content-Type: text/plain\\r\\n\\r\\n%d\\n\", r && r->nodesetval ? r->nodesetval->nodeNr : 0);\n    xmlXPathFreeObject(r);\n    xmlFreeDoc(doc);\n    return 0;\n}\n"
 },
 {
  "name": "c_xpath_cgi_user",
  "kind": "vuln",
  "lang": "c",
  "cwe": 643,
  "wave": 3,
  "code": "#include <libxml/parser.h>\n#include <libxml/xpath.h>\n#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstatic xmlXPathObjectPtr find_user(xmlDocPtr doc, const char *name) {\n    char expr[256];\n    snprintf(expr, sizeof expr, \"//user[@name='%s']/role\", name);\n    xmlXPathContextPtr ctx = xmlXPathNewContext(doc);\n    xmlXPathObjectPtr res = xmlXPathEvalExpression((const xmlChar *)expr, ctx);\n    xmlXPathFreeContext(ctx);\n    return res;\n}\n\nint main(void) {\n    const char *qs = getenv(\"QUERY_STRING\");\n    const char *name = qs && strncmp(qs, \"name=\", 5) == 0 ? qs + 5 : \"\";\n    xmlDocPtr doc = xmlReadFile(\"/etc/app/users.xml\", NULL, XML_PARSE_NONET);\n    if (!doc) return 1;\n    xmlXPathObjectPtr r = find_user(doc, name);\n    printf(\"Content-Type: text/plain\\r\\n\\r\\n%d\\n\", r && r->nodesetval ? r->nodesetval->nodeNr : 0);\n    xmlXPathFreeObject(r);\n    xmlFreeDoc(doc);\n    return 0;\n}\n"
 },
 {
  "name": "cpp_command_dispatch_map",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 0,
  "wave": 3,
  "code": "#include <cstdlib>\n#include <functional>\n#include <iostream>\n#include <map>\n#include <string>\n#include <unistd.h>\n#include <sys/wait.h>\n\nusing Handler = std::function<int(const std::string &)>;\n\nstatic int run(const char *const argv[]) {\n    pid_t pid = fork();\n    if (pid == 0) { execvp(argv[0], const_cast<char *const *>(argv)); _exit(127); }\n    int st = 0;\n    waitpid(pid, &st, 0);\n    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;\n}\n\nstatic int do_status(const std::string &) { const char *a[] = {\"systemctl\", \"status\", \"nginx\", nullptr}; return run(a); }\nstatic int do_logs(const std::string &arg) {\n    const char *a[] = {\"journalctl\", \"-u\", \"nginx\", \"--since\", arg.c_str(), nullptr};\n    return run(a);\n}\n\nint main() {\n    std::map<std::string, Handler> handlers = {{\"status\", do_status}, {\"logs\", do_logs}};\n    std::string line;\n    while (std::getline(std::cin, line)) {\n        auto sp = line.find(' ');\n        std::string verb = line.substr(0, sp);\n        std::string arg = sp == std::string::npos ? \"\" : line.substr(sp + 1);\n        auto it = handlers.find(verb);\n        if (it == handlers.end()) { std::cout << \"unknown\\n\"; continue; }\n        std::cout << \"rc=\" << it->second(arg) << \"\\n\";\n    }\n}\n"
 },
 {
  "name": "cpp_command_dispatch_map",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 78,
  "wave": 3,
  "code": "#include <cstdlib>\n#include <functional>\n#include <iostream>\n#include <map>\n#include <string>\n\nusing Handler = std::function<int(const std::string &)>;\n\nstatic int do_status(const std::string &) { return std::system(\"systemctl status nginx\"); }\nstatic int do_logs(const std::string &arg) {\n    std::string cmd = \"journalctl -u nginx --since '\" + arg + \"'\";\n    return std::system(cmd.c_str());\n}\n\nint main() {\n    std::map<std::string, Handler> handlers = {{\"status\", do_status}, {\"logs\", do_logs}};\n    std::string line;\n    while (std::getline(std::cin, line)) {\n        auto sp = line.find(' ');\n        std::string verb = line.substr(0, sp);\n        std::string arg = sp == std::string::npos ? \"\" : line.substr(sp + 1);\n        auto it = handlers.find(verb);\n        if (it == handlers.end()) { std::cout << \"unknown\\n\"; continue; }\n        std::cout << \"rc=\" << it->second(arg) << \"\\n\";\n    }\n}\n"
 },
 {
  "name": "cpp_httplib_table_index",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 0,
  "wave": 3,
  "code": "#include <string>\n#include <vector>\n#include \"httplib.h\"\n\nclass PriceTable {\npublic:\n    PriceTable() : prices_(256, 0) {}\n    int price(int tier) const { return prices_.at(static_cast<size_t>(tier)); }\n    bool set(int tier, int cents) {\n        if (tier < 0 || static_cast<size_t>(tier) >= prices_.size()) return false;\n        prices_[static_cast<size_t>(tier)] = cents;\n        return true;\n    }\nprivate:\n    std::vector<int> prices_;\n};\n\nint main() {\n    PriceTable table;\n    httplib::Server svr;\n    svr.Post(\"/price\", [&](const httplib::Request &req, httplib::Response &res) {\n        int tier = std::stoi(req.get_param_value(\"tier\"));\n        int cents = std::stoi(req.get_param_value(\"cents\"));\n        if (!table.set(tier, cents)) { res.status = 400; return; }\n        res.set_content(std::to_string(table.price(tier)), \"text/plain\");\n    });\n    svr.listen(\"127.0.0.1\", 8081);\n}\n"
 },
 {
  "name": "cpp_httplib_table_index",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 787,
  "wave": 3,
  "gap": "a std::vector member indexed by a method parameter that the caller fills with std::stoi of input has no rule",
  "code": "#include <string>\n#include <vector>\n#include \"httplib.h\"\n\nclass PriceTable {\npublic:\n    PriceTable() : prices_(256, 0) {}\n    int price(int tier) const { return prices_[tier]; }\n    void set(int tier, int cents) { prices_[tier] = cents; }\nprivate:\n    std::vector<int> prices_;\n};\n\nint main() {\n    PriceTable table;\n    httplib::Server svr;\n    svr.Post(\"/price\", [&](const httplib::Request &req, httplib::Response &res) {\n        int tier = std::stoi(req.get_param_value(\"tier\"));\n        int cents = std::stoi(req.get_param_value(\"cents\"));\n        table.set(tier, cents);\n        res.set_content(std::to_string(table.price(tier)), \"text/plain\");\n    });\n    svr.listen(\"127.0.0.1\", 8081);\n}\n"
 },
 {
  "name": "go_comment_funcmap_raw",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 3,
  "code": "package comments\n\nimport (\n\t\"html/template\"\n\t\"net/http\"\n\t\"strings\"\n)\n\nvar funcs = template.FuncMap{\n\t\"nl2br\": func(s string) template.HTML {\n\t\treturn template.HTML(strings.ReplaceAll(template.HTMLEscapeString(s), \"\\n\", \"<br>\"))\n\t},\n}\n\nvar page = template.Must(template.New(\"c\").Funcs(funcs).Parse(`<ul>{{range .}}<li>{{nl2br .Body}}</li>{{end}}</ul>`))\n\ntype Comment struct{ Body string }\n\nfunc List(w http.ResponseWriter, r *http.Request) {\n\tcomments := []Comment{{Body: r.URL.Query().Get(\"preview\")}}\n\tpage.Execute(w, comments)\n}\n"
 },
 {
  "name": "go_comment_funcmap_raw",
  "kind": "vuln",
  "lang": "go",
  "cwe": 79,
  "wave": 3,
  "code": "package comments\n\nimport (\n\t\"html/template\"\n\t\"net/http\"\n)\n\nvar funcs = template.FuncMap{\n\t\"raw\": func(s string) template.HTML { return template.HTML(s) },\n}\n\nvar page = template.Must(template.New(\"c\").Funcs(funcs).Parse(`<ul>{{range .}}<li>{{raw .Body}}</li>{{end}}</ul>`))\n\ntype Comment struct{ Body string }\n\nfunc List(w http.ResponseWriter, r *http.Request) {\n\tcomments := []Comment{{Body: r.URL.Query().Get(\"preview\")}}\n\tpage.Execute(w, comments)\n}\n"
 },
 {
  "name": "go_job_channel_worker",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 3,
  "code": "package build\n\nimport (\n\t\"log\"\n\t\"net/http\"\n\t\"os/exec\"\n\t\"path/filepath\"\n\t\"regexp\"\n)\n\ntype buildJob struct {\n\tRepo   string\n\tTarget string\n}\n\nvar (\n\tqueue  = make(chan buildJob, 64)\n\tnameRe = regexp.MustCompile(`^[A-Za-z0-9_-]+$`)\n)\n\nfunc Enqueue(w http.ResponseWriter, r *http.Request) {\n\tjob := buildJob{Repo: r.FormValue(\"repo\"), Target: r.FormValue(\"target\")}\n\tif !nameRe.MatchString(job.Repo) || !nameRe.MatchString(job.Target) {\n\t\thttp.Error(w, \"bad job\", http.StatusBadRequest)\n\t\treturn\n\t}\n\tqueue <- job\n\tw.WriteHeader(http.StatusAccepted)\n}\n\nfunc Worker() {\n\tfor job := range queue {\n\t\tcmd := exec.Command(\"make\", \"--\", job.Target)\n\t\tcmd.Dir = filepath.Join(\"/srv/builds\", job.Repo)\n\t\tif out, err := cmd.CombinedOutput(); err != nil {\n\t\t\tlog.Printf(\"build failed: %v\\n%s\", err, out)\n\t\t}\n\t}\n}\n"
 },
 {
  "name": "go_job_channel_worker",
  "kind": "vuln",
  "lang": "go",
  "cwe": 78,
  "wave": 3,
  "code": "package build\n\nimport (\n\t\"log\"\n\t\"net/http\"\n\t\"os/exec\"\n)\n\ntype buildJob struct {\n\tRepo   string\n\tTarget string\n}\n\nvar queue = make(chan buildJob, 64)\n\nfunc Enqueue(w http.ResponseWriter, r *http.Request) {\n\tqueue <- buildJob{Repo: r.FormValue(\"repo\"), Target: r.FormValue(\"target\")}\n\tw.WriteHeader(http.StatusAccepted)\n}\n\nfunc Worker() {\n\tfor job := range queue {\n\t\tscript := \"cd /srv/builds/\" + job.Repo + \" && make \" + job.Target\n\t\tif out, err := exec.Command(\"sh\", \"-c\", script).CombinedOutput(); err != nil {\n\t\t\tlog.Printf(\"build failed: %v\\n%s\", err, out)\n\t\t}\n\t}\n}\n"
 },
 {
  "name": "go_jwt_claims_unverified",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 3,
  "code": "package authz\n\nimport (\n\t\"errors\"\n\t\"net/http\"\n\t\"os\"\n\t\"strings\"\n\n\t\"github.com/golang-jwt/jwt/v5\"\n)\n\ntype Claims struct {\n\tRole string `json:\"role\"`\n\tjwt.RegisteredClaims\n}\n\nfunc claimsFrom(r *http.Request) (*Claims, error) {\n\traw := strings.TrimPrefix(r.Header.Get(\"Authorization\"), \"Bearer \")\n\tclaims := &Claims{}\n\ttok, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (any, error) {\n\t\treturn []byte(os.Getenv(\"JWT_SECRET\")), nil\n\t}, jwt.WithValidMethods([]string{\"HS256\"}))\n\tif err != nil || !tok.Valid {\n\t\treturn nil, errors.New(\"invalid token\")\n\t}\n\treturn claims, nil\n}\n\nfunc AdminOnly(next http.Handler) http.Handler {\n\treturn http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {\n\t\tc, err := claimsFrom(r)\n\t\tif err != nil || c.Role != \"admin\" {\n\t\t\thttp.Error(w, \"forbidden\", http.StatusForbidden)\n\t\t\treturn\n\t\t}\n\t\tnext.ServeHTTP(w, r)\n\t})\n}\n"
 },
 {
  "name": "go_jwt_claims_unverified",
  "kind": "vuln",
  "lang": "go",
  "cwe": 347,
  "wave": 3,
  "code": "package authz\n\nimport (\n\t\"net/http\"\n\t\"strings\"\n\n\t\"github.com/golang-jwt/jwt/v5\"\n)\n\ntype Claims struct {\n\tRole string `json:\"role\"`\n\tjwt.RegisteredClaims\n}\n\nfunc claimsFrom(r *http.Request) (*Claims, error) {\n\traw := strings.TrimPrefix(r.Header.Get(\"Authorization\"), \"Bearer \")\n\tclaims := &Claims{}\n\t_, _, err := jwt.NewParser().ParseUnverified(raw, claims)\n\treturn claims, err\n}\n\nfunc AdminOnly(next http.Handler) http.Handler {\n\treturn http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {\n\t\tc, err := claimsFrom(r)\n\t\tif err != nil || c.Role != \"admin\" {\n\t\t\thttp.Error(w, \"forbidden\", http.StatusForbidden)\n\t\t\treturn\n\t\t}\n\t\tnext.ServeHTTP(w, r)\n\t})\n}\n"
 },
 {
  "name": "go_kafka_cache_evict",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 3,
  "code": "package cache\n\nimport (\n\t\"context\"\n\t\"crypto/sha256\"\n\t\"encoding/hex\"\n\t\"encoding/json\"\n\t\"log\"\n\t\"os\"\n\t\"path/filepath\"\n\n\t\"github.com/segmentio/kafka-go\"\n)\n\ntype evictEvent struct {\n\tKey    string `json:\"key\"`\n\tReason string `json:\"reason\"`\n}\n\nfunc cacheFile(dir, key string) string {\n\tsum := sha256.Sum256([]byte(key))\n\treturn filepath.Join(dir, hex.EncodeToString(sum[:]))\n}\n\nfunc ConsumeEvictions(ctx context.Context, rd *kafka.Reader, dir string) error {\n\tfor {\n\t\tmsg, err := rd.ReadMessage(ctx)\n\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n\t\tvar ev evictEvent\n\t\tif err := json.Unmarshal(msg.Value, &ev); err != nil {\n\t\t\tlog.Printf(\"bad event: %v\", err)\n\t\t\tcontinue\n\t\t}\n\t\tif err := os.Remove(cacheFile(dir, ev.Key)); err != nil && !os.IsNotExist(err) {\n\t\t\tlog.Printf(\"evict %s: %v\", ev.Key, err)\n\t\t}\n\t}\n}\n"
 },
 {
  "name": "go_kafka_cache_evict",
  "kind": "vuln",
  "lang": "go",
  "cwe": 22,
  "wave": 3,
  "code": "package cache\n\nimport (\n\t\"context\"\n\t\"encoding/json\"\n\t\"log\"\n\t\"os\"\n\t\"path/filepath\"\n\n\t\"github.com/segmentio/kafka-go\"\n)\n\ntype evictEvent struct {\n\tKey    string `json:\"key\"`\n\tReason string `json:\"reason\"`\n}\n\nfunc ConsumeEvictions(ctx context.Context, rd *kafka.Reader, dir string) error {\n\tfor {\n\t\tmsg, err := rd.ReadMessage(ctx)\n\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n\t\tvar ev evictEvent\n\t\tif err := json.Unmarshal(msg.Value, &ev); err != nil {\n\t\t\tlog.Printf(\"bad event: %v\", err)\n\t\t\tcontinue\n\t\t}\n\t\tif err := os.Remove(filepath.Join(dir, ev.Key)); err != nil && !os.IsNotExist(err) {\n\t\t\tlog.Printf(\"evict %s: %v\", ev.Key, err)\n\t\t}\n\t}\n}\n"
 },
 {
  "name": "go_location_header_next",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 3,
  "code": "package sso\n\nimport (\n\t\"net/http\"\n\t\"strings\"\n)\n\nfunc finishLogin(w http.ResponseWriter, next string) {\n\tif !strings.HasPrefix(next, \"/\") || strings.HasPrefix(next, \"//\") || strings.HasPrefix(next, \"/\\\\\") {\n\t\tnext = \"/\"\n\t}\n\tw.Header().Set(\"Location\", next)\n\tw.WriteHeader(http.StatusFound)\n}\n\nfunc Callback(w http.ResponseWriter, r *http.Request) {\n\tstate := r.URL.Query().Get(\"state\")\n\tif state == \"\" {\n\t\thttp.Error(w, \"missing state\", http.StatusBadRequest)\n\t\treturn\n\t}\n\tfinishLogin(w, r.URL.Query().Get(\"next\"))\n}\n"
 },
 {
  "name": "go_location_header_next",
  "kind": "vuln",
  "lang": "go",
  "cwe": 601,
  "wave": 3,
  "code": "package sso\n\nimport (\n\t\"net/http\"\n)\n\nfunc finishLogin(w http.ResponseWriter, next string) {\n\tw.Header().Set(\"Location\", next)\n\tw.WriteHeader(http.StatusFound)\n}\n\nfunc Callback(w http.ResponseWriter, r *http.Request) {\n\tstate := r.URL.Query().Get(\"state\")\n\tif state == \"\" {\n\t\thttp.Error(w, \"missing state\", http.StatusBadRequest)\n\t\treturn\n\t}\n\tfinishLogin(w, r.URL.Query().Get(\"next\"))\n}\n"
 },
 {
  "name": "go_mirror_fields_clone",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 3,
  "code": "package mirror\n\nimport (\n\t\"net/http\"\n\t\"net/url\"\n\t\"os/exec\"\n)\n\nfunc Mirror(w http.ResponseWriter, r *http.Request) {\n\trepo := r.FormValue(\"repo\")\n\tu, err := url.Parse(repo)\n\tif err != nil || u.Scheme != \"https\" || u.Host == \"\" {\n\t\thttp.Error(w, \"https repository URL required\", http.StatusBadRequest)\n\t\treturn\n\t}\n\tcmd := exec.Command(\"git\", \"clone\", \"--mirror\", \"--\", u.String(), \"/srv/mirrors/tmp\")\n\tif out, err := cmd.CombinedOutput(); err != nil {\n\t\thttp.Error(w, string(out), http.StatusBadGateway)\n\t\treturn\n\t}\n\tw.WriteHeader(http.StatusCreated)\n}\n"
 },
 {
  "name": "go_mirror_fields_clone",
  "kind": "vuln",
  "lang": "go",
  "cwe": 88,
  "wave": 3,
  "code": "package mirror\n\nimport (\n\t\"net/http\"\n\t\"os/exec\"\n\t\"strings\"\n)\n\nfunc Mirror(w http.ResponseWriter, r *http.Request) {\n\tspec := \"clone --mirror \" + r.FormValue(\"repo\") + \" /srv/mirrors/tmp\"\n\tcmd := exec.Command(\"git\", strings.Fields(spec)...)\n\tif out, err := cmd.CombinedOutput(); err != nil {\n\t\thttp.Error(w, string(out), http.StatusBadGateway)\n\t\treturn\n\t}\n\tw.WriteHeader(http.StatusCreated)\n}\n"
 },
 {
  "name": "go_mux_vars_attachment",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 3,
  "code": "package attachments\n\nimport (\n\t\"io\"\n\t\"net/http\"\n\t\"os\"\n\t\"path/filepath\"\n\t\"strconv\"\n\n\t\"github.com/gorilla/mux\"\n)\n\ntype Store struct{ Dir string }\n\nfunc (s *Store) open(ticket int, name string) (*os.File, error) {\n\treturn os.Open(filepath.Join(s.Dir, strconv.Itoa(ticket), filepath.Base(name)))\n}\n\nfunc (s *Store) Get(w http.ResponseWriter, r *http.Request) {\n\tvars := mux.Vars(r)\n\tticket, err := strconv.Atoi(vars[\"ticket\"])\n\tif err != nil {\n\t\thttp.NotFound(w, r)\n\t\treturn\n\t}\n\tf, err := s.open(ticket, vars[\"file\"])\n\tif err != nil {\n\t\thttp.NotFound(w, r)\n\t\treturn\n\t}\n\tdefer f.Close()\n\tw.Header().Set(\"Content-Disposition\", \"attachment\")\n\tio.Copy(w, f)\n}\n"
 },
 {
  "name": "go_mux_vars_attachment",
  "kind": "vuln",
  "lang": "go",
  "cwe": 22,
  "wave": 3,
  "code": "package attachments\n\nimport (\n\t\"io\"\n\t\"net/http\"\n\t\"os\"\n\t\"path/filepath\"\n\n\t\"github.com/gorilla/mux\"\n)\n\ntype Store struct{ Dir string }\n\nfunc (s *Store) open(ticket, name string) (*os.File, error) {\n\treturn os.Open(filepath.Join(s.Dir, ticket, name))\n}\n\nfunc (s *Store) Get(w http.ResponseWriter, r *http.Request) {\n\tvars := mux.Vars(r)\n\tf, err := s.open(vars[\"ticket\"], vars[\"file\"])\n\tif err != nil {\n\t\thttp.NotFound(w, r)\n\t\treturn\n\t}\n\tdefer f.Close()\n\tw.Header().Set(\"Content-Disposition\", \"attachment\")\n\tio.Copy(w, f)\n}\n"
 },
 {
  "name": "go_shortlink_global_map",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 3,
  "code": "package shortlinks\n\nimport (\n\t\"crypto/rand\"\n\t\"encoding/hex\"\n\t\"net/http\"\n\t\"net/url\"\n\t\"sync\"\n)\n\nvar (\n\tmu           sync.RWMutex\n\tlinks        = map[string]string{}\n\tallowedHosts = map[string]bool{\"docs.example.com\": true, \"www.example.com\": true}\n)\n\nfunc Create(w http.ResponseWriter, r *http.Request) {\n\tu, err := url.Parse(r.FormValue(\"url\"))\n\tif err != nil || u.Scheme != \"https\" || !allowedHosts[u.Hostname()] {\n\t\thttp.Error(w, \"url not allowed\", http.StatusBadRequest)\n\t\treturn\n\t}\n\tb := make([]byte, 4)\n\trand.Read(b)\n\tcode := hex.EncodeToString(b)\n\tmu.Lock()\n\tlinks[code] = u.String()\n\tmu.Unlock()\n\tw.Write([]byte(code))\n}\n\nfunc Follow(w http.ResponseWriter, r *http.Request) {\n\tmu.RLock()\n\ttarget, ok := links[r.PathValue(\"code\")]\n\tmu.RUnlock()\n\tif !ok {\n\t\thttp.NotFound(w, r)\n\t\treturn\n\t}\n\tu, err := url.Parse(target)\n\tif err != nil || !allowedHosts[u.Hostname()] {\n\t\thttp.NotFound(w, r)\n\t\treturn\n\t}\n\thttp.Redirect(w, r, target, http.StatusFound)\n}\n"
 },
 {
  "name": "go_shortlink_global_map",
  "kind": "vuln",
  "lang": "go",
  "cwe": 601,
  "wave": 3,
  "code": "package shortlinks\n\nimport (\n\t\"crypto/rand\"\n\t\"encoding/hex\"\n\t\"net/http\"\n\t\"sync\"\n)\n\nvar (\n\tmu    sync.RWMutex\n\tlinks = map[string]string{}\n)\n\nfunc Create(w http.ResponseWriter, r *http.Request) {\n\tb := make([]byte, 4)\n\trand.Read(b)\n\tcode := hex.EncodeToString(b)\n\tmu.Lock()\n\tlinks[code] = r.FormValue(\"url\")\n\tmu.Unlock()\n\tw.Write([]byte(code))\n}\n\nfunc Follow(w http.ResponseWriter, r *http.Request) {\n\tmu.RLock()\n\ttarget, ok := links[r.PathValue(\"code\")]\n\tmu.RUnlock()\n\tif !ok {\n\t\thttp.NotFound(w, r)\n\t\treturn\n\t}\n\thttp.Redirect(w, r, target, http.StatusFound)\n}\n"
 },
 {
  "name": "go_ssh_deploy_hostkey",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 3,
  "code": "package deploy\n\nimport (\n\t\"time\"\n\n\t\"golang.org/x/crypto/ssh\"\n\t\"golang.org/x/crypto/ssh/knownhosts\"\n)\n\nfunc clientConfig(user string, signer ssh.Signer, knownHostsFile string) (*ssh.ClientConfig, error) {\n\thostKeyCallback, err := knownhosts.New(knownHostsFile)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\treturn &ssh.ClientConfig{\n\t\tUser:            user,\n\t\tAuth:            []ssh.AuthMethod{ssh.PublicKeys(signer)},\n\t\tHostKeyCallback: hostKeyCallback,\n\t\tTimeout:         10 * time.Second,\n\t}, nil\n}\n\nfunc Run(addr, user string, signer ssh.Signer, knownHostsFile string) ([]byte, error) {\n\tcfg, err := clientConfig(user, signer, knownHostsFile)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tc, err := ssh.Dial(\"tcp\", addr, cfg)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tdefer c.Close()\n\ts, err := c.NewSession()\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tdefer s.Close()\n\treturn s.Output(\"uptime\")\n}\n"
 },
 {
  "name": "go_ssh_deploy_hostkey",
  "kind": "vuln",
  "lang": "go",
  "cwe": 322,
  "wave": 3,
  "code": "package deploy\n\nimport (\n\t\"os\"\n\t\"time\"\n\n\t\"golang.org/x/crypto/ssh\"\n)\n\nfunc clientConfig(user string, signer ssh.Signer) *ssh.ClientConfig {\n\thostKeyCallback := ssh.InsecureIgnoreHostKey()\n\tif os.Getenv(\"DEPLOY_STRICT\") == \"1\" {\n\t\thostKeyCallback = ssh.FixedHostKey(nil)\n\t}\n\treturn &ssh.ClientConfig{\n\t\tUser:            user,\n\t\tAuth:            []ssh.AuthMethod{ssh.PublicKeys(signer)},\n\t\tHostKeyCallback: hostKeyCallback,\n\t\tTimeout:         10 * time.Second,\n\t}\n}\n\nfunc Run(addr, user string, signer ssh.Signer, command string) ([]byte, error) {\n\tc, err := ssh.Dial(\"tcp\", addr, clientConfig(user, signer))\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tdefer c.Close()\n\ts, err := c.NewSession()\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tdefer s.Close()\n\treturn s.Output(command)\n}\n"
 },
 {
  "name": "go_tag_delete_readall",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 3,
  "code": "package tags\n\nimport (\n\t\"database/sql\"\n\t\"io\"\n\t\"net/http\"\n\t\"strings\"\n)\n\nfunc DeleteTag(db *sql.DB) http.HandlerFunc {\n\treturn func(w http.ResponseWriter, r *http.Request) {\n\t\tbody, err := io.ReadAll(io.LimitReader(r.Body, 1024))\n\t\tif err != nil {\n\t\t\thttp.Error(w, \"read\", http.StatusBadRequest)\n\t\t\treturn\n\t\t}\n\t\tname := strings.ToLower(strings.TrimSpace(string(body)))\n\t\tres, err := db.Exec(\"DELETE FROM tags WHERE name = $1\", name)\n\t\tif err != nil {\n\t\t\thttp.Error(w, \"db\", http.StatusInternalServerError)\n\t\t\treturn\n\t\t}\n\t\tn, _ := res.RowsAffected()\n\t\tif n == 0 {\n\t\t\thttp.NotFound(w, r)\n\t\t}\n\t}\n}\n"
 },
 {
  "name": "go_tag_delete_readall",
  "kind": "vuln",
  "lang": "go",
  "cwe": 89,
  "wave": 3,
  "code": "package tags\n\nimport (\n\t\"database/sql\"\n\t\"io\"\n\t\"net/http\"\n\t\"strings\"\n)\n\nfunc DeleteTag(db *sql.DB) http.HandlerFunc {\n\treturn func(w http.ResponseWriter, r *http.Request) {\n\t\tbody, err := io.ReadAll(io.LimitReader(r.Body, 1024))\n\t\tif err != nil {\n\t\t\thttp.Error(w, \"read\", http.StatusBadRequest)\n\t\t\treturn\n\t\t}\n\t\tname := strings.ToLower(strings.TrimSpace(string(body)))\n\t\tres, err := db.Exec(\"DELETE FROM tags WHERE name = '\" + name + \"'\")\n\t\tif err != nil {\n\t\t\thttp.Error(w, \"db\", http.StatusInternalServerError)\n\t\t\treturn\n\t\t}\n\t\tn, _ := res.RowsAffected()\n\t\tif n == 0 {\n\t\t\thttp.NotFound(w, r)\n\t\t}\n\t}\n}\n"
 },
 {
  "name": "go_tenant_ctx_search_path",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 3,
  "code": "package tenancy\n\nimport (\n\t\"context\"\n\t\"database/sql\"\n\t\"fmt\"\n\t\"net/http\"\n\t\"regexp\"\n)\n\ntype ctxKey struct{}\n\nvar tenantRe = regexp.MustCompile(`^[a-z0-9_]{1,32}$`)\n\nfunc WithTenant(next http.Handler) http.Handler {\n\treturn http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {\n\t\ttenant := r.Header.Get(\"X-Tenant\")\n\t\tif !tenantRe.MatchString(tenant) {\n\t\t\thttp.Error(w, \"bad tenant\", http.StatusBadRequest)\n\t\t\treturn\n\t\t}\n\t\tnext.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), ctxKey{}, tenant)))\n\t})\n}\n\nfunc useTenantSchema(ctx context.Context, conn *sql.Conn) error {\n\ttenant, _ := ctx.Value(ctxKey{}).(string)\n\tif !tenantRe.MatchString(tenant) {\n\t\treturn fmt.Errorf(\"invalid tenant\")\n\t}\n\t_, err := conn.ExecContext(ctx, fmt.Sprintf(\"SET search_path TO tenant_%s\", tenant))\n\treturn err\n}\n\nfunc Reports(db *sql.DB) http.HandlerFunc {\n\treturn func(w http.ResponseWriter, r *http.Request) {\n\t\tconn, err := db.Conn(r.Context())\n\t\tif err != nil {\n\t\t\thttp.Error(w, \"db\", 500)\n\t\t\treturn\n\t\t}\n\t\tdefer conn.Close()\n\t\tif err := useTenantSchema(r.Context(), conn); err != nil {\n\t\t\thttp.Error(w, \"tenant\", 500)\n\t\t\treturn\n\t\t}\n\t\tw.WriteHeader(http.StatusOK)\n\t}\n}\n"
 },
 {
  "name": "go_tenant_ctx_search_path",
  "kind": "vuln",
  "lang": "go",
  "cwe": 89,
  "wave": 3,
  "code": "package tenancy\n\nimport (\n\t\"context\"\n\t\"database/sql\"\n\t\"fmt\"\n\t\"net/http\"\n)\n\ntype ctxKey struct{}\n\nfunc WithTenant(next http.Handler) http.Handler {\n\treturn http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {\n\t\ttenant := r.Header.Get(\"X-Tenant\")\n\t\tif tenant == \"\" {\n\t\t\thttp.Error(w, \"missing tenant\", http.StatusBadRequest)\n\t\t\treturn\n\t\t}\n\t\tnext.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), ctxKey{}, tenant)))\n\t})\n}\n\nfunc useTenantSchema(ctx context.Context, conn *sql.Conn) error {\n\ttenant, _ := ctx.Value(ctxKey{}).(string)\n\t_, err := conn.ExecContext(ctx, fmt.Sprintf(\"SET search_path TO tenant_%s\", tenant))\n\treturn err\n}\n\nfunc Reports(db *sql.DB) http.HandlerFunc {\n\treturn func(w http.ResponseWriter, r *http.Request) {\n\t\tconn, err := db.Conn(r.Context())\n\t\tif err != nil {\n\t\t\thttp.Error(w, \"db\", 500)\n\t\t\treturn\n\t\t}\n\t\tdefer conn.Close()\n\t\tif err := useTenantSchema(r.Context(), conn); err != nil {\n\t\t\thttp.Error(w, \"tenant\", 500)\n\t\t\treturn\n\t\t}\n\t\tw.WriteHeader(http.StatusOK)\n\t}\n}\n"
 },
 {
  "name": "go_theme_cookie_css",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 3,
  "code": "package theme\n\nimport (\n\t\"net/http\"\n\t\"os\"\n)\n\nfunc themeName(r *http.Request) string {\n\tif c, err := r.Cookie(\"theme\"); err == nil {\n\t\tswitch c.Value {\n\t\tcase \"dark\", \"solarized\", \"high-contrast\":\n\t\t\treturn c.Value\n\t\t}\n\t}\n\treturn \"light\"\n}\n\nfunc CSS(w http.ResponseWriter, r *http.Request) {\n\tdata, err := os.ReadFile(\"assets/themes/\" + themeName(r) + \".css\")\n\tif err != nil {\n\t\thttp.NotFound(w, r)\n\t\treturn\n\t}\n\tw.Header().Set(\"Content-Type\", \"text/css\")\n\tw.Write(data)\n}\n"
 },
 {
  "name": "go_theme_cookie_css",
  "kind": "vuln",
  "lang": "go",
  "cwe": 22,
  "wave": 3,
  "code": "package theme\n\nimport (\n\t\"net/http\"\n\t\"os\"\n)\n\nfunc themeName(r *http.Request) string {\n\tif c, err := r.Cookie(\"theme\"); err == nil && c.Value != \"\" {\n\t\treturn c.Value\n\t}\n\treturn \"light\"\n}\n\nfunc CSS(w http.ResponseWriter, r *http.Request) {\n\tdata, err := os.ReadFile(\"assets/themes/\" + themeName(r) + \".css\")\n\tif err != nil {\n\t\thttp.NotFound(w, r)\n\t\treturn\n\t}\n\tw.Header().Set(\"Content-Type\", \"text/css\")\n\tw.Write(data)\n}\n"
 },
 {
  "name": "go_user_setpassword_md5",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 3,
  "code": "package model\n\nimport (\n\t\"golang.org/x/crypto/bcrypt\"\n)\n\ntype User struct {\n\tEmail string\n\tHash  string\n}\n\nfunc (u *User) SetPassword(plain string) error {\n\th, err := bcrypt.GenerateFromPassword([]byte(plain), bcrypt.DefaultCost)\n\tif err != nil {\n\t\treturn err\n\t}\n\tu.Hash = string(h)\n\treturn nil\n}\n\nfunc (u *User) CheckPassword(plain string) bool {\n\treturn bcrypt.CompareHashAndPassword([]byte(u.Hash), []byte(plain)) == nil\n}\n"
 },
 {
  "name": "go_user_setpassword_md5",
  "kind": "vuln",
  "lang": "go",
  "cwe": 916,
  "wave": 3,
  "code": "package model\n\nimport (\n\t\"crypto/md5\"\n\t\"crypto/rand\"\n\t\"encoding/hex\"\n)\n\ntype User struct {\n\tEmail string\n\tSalt  string\n\tHash  string\n}\n\nfunc (u *User) SetPassword(plain string) {\n\tb := make([]byte, 8)\n\trand.Read(b)\n\tu.Salt = hex.EncodeToString(b)\n\tsum := md5.Sum([]byte(u.Salt + plain))\n\tu.Hash = hex.EncodeToString(sum[:])\n}\n\nfunc (u *User) CheckPassword(plain string) bool {\n\tsum := md5.Sum([]byte(u.Salt + plain))\n\treturn hex.EncodeToString(sum[:]) == u.Hash\n}\n"
 },
 {
  "name": "c_ci_branch_static",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 4,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstatic char branch[128] = \"main\";\n\nstatic void detect_branch(void) {\n    const char *b = getenv(\"CI_COMMIT_BRANCH\");\n    if (!b || !*b || b[0] == '-') return;\n    if (strspn(b, \"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._/-\") != strlen(b)) return;\n    strncpy(branch, b, sizeof branch - 1);\n}\n\nstatic int count_commits(void) {\n    char cmd[256];\n    snprintf(cmd, sizeof cmd, \"git rev-list --count origin/%s\", branch);\n    FILE *p = popen(cmd, \"r\");\n    if (!p) return -1;\n    int n = -1;\n    if (fscanf(p, \"%d\", &n) != 1) n = -1;\n    pclose(p);\n    return n;\n}\n\nint main(void) {\n    detect_branch();\n    printf(\"%s: %d commits\\n\", branch, count_commits());\n    return 0;\n}\n"
 },
 {
  "name": "c_ci_branch_static",
  "kind": "vuln",
  "lang": "c",
  "cwe": 78,
  "wave": 4,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstatic char branch[128] = \"main\";\n\nstatic void detect_branch(void) {\n    const char *b = getenv(\"CI_COMMIT_BRANCH\");\n    if (b && *b) strncpy(branch, b, sizeof branch - 1);\n}\n\nstatic int count_commits(void) {\n    char cmd[256];\n    snprintf(cmd, sizeof cmd, \"git rev-list --count origin/%s\", branch);\n    FILE *p = popen(cmd, \"r\");\n    if (!p) return -1;\n    int n = -1;\n    if (fscanf(p, \"%d\", &n) != 1) n = -1;\n    pclose(p);\n    return n;\n}\n\nint main(void) {\n    detect_branch();\n    printf(\"%s: %d commits\\n\", branch, count_commits());\n    return 0;\n}\n"
 },
 {
  "name": "c_cred_salt_loop",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 4,
  "code": "#include <openssl/rand.h>\n#include <stdlib.h>\n#include <string.h>\n\nstruct credential {\n    char user[32];\n    unsigned char salt[16];\n    unsigned char hash[32];\n};\n\nstruct credential *credential_new(const char *user) {\n    struct credential *c = calloc(1, sizeof *c);\n    if (!c) return NULL;\n    strncpy(c->user, user, sizeof c->user - 1);\n    if (RAND_bytes(c->salt, sizeof c->salt) != 1) {\n        free(c);\n        return NULL;\n    }\n    return c;\n}\n"
 },
 {
  "name": "c_cred_salt_loop",
  "kind": "vuln",
  "lang": "c",
  "cwe": 338,
  "wave": 4,
  "code": "#include <stdlib.h>\n#include <string.h>\n\nstruct credential {\n    char user[32];\n    unsigned char salt[16];\n    unsigned char hash[32];\n};\n\nstruct credential *credential_new(const char *user) {\n    struct credential *c = calloc(1, sizeof *c);\n    if (!c) return NULL;\n    strncpy(c->user, user, sizeof c->user - 1);\n    for (size_t i = 0; i < sizeof c->salt; i++)\n        c->salt[i] = (unsigned char)(rand() & 0xff);\n    return c;\n}\n"
 },
 {
  "name": "c_error_table_file_fmt",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 4,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstruct errdef { int code; char text[128]; };\n\nstatic struct errdef errors[32];\nstatic int nerrors;\n\nint load_errors(const char *path) {\n    FILE *fp = fopen(path, \"r\");\n    if (!fp) return -1;\n    char line[160];\n    while (nerrors < 32 && fgets(line, sizeof line, fp)) {\n        char *sep = strchr(line, '|');\n        if (!sep) continue;\n        *sep = '\\0';\n        errors[nerrors].code = atoi(line);\n        snprintf(errors[nerrors].text, sizeof errors[nerrors].text, \"%s\", sep + 1);\n        nerrors++;\n    }\n    fclose(fp);\n    return nerrors;\n}\n\nvoid report(int code, const char *what) {\n    for (int i = 0; i < nerrors; i++)\n        if (errors[i].code == code) { fprintf(stderr, \"%s: %s\\n\", errors[i].text, what); return; }\n    fprintf(stderr, \"error %d: %s\\n\", code, what);\n}\n"
 },
 {
  "name": "c_error_table_file_fmt",
  "kind": "vuln",
  "lang": "c",
  "cwe": 134,
  "wave": 4,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstruct errdef { int code; char fmt[128]; };\n\nstatic struct errdef errors[32];\nstatic int nerrors;\n\nint load_errors(const char *path) {\n    FILE *fp = fopen(path, \"r\");\n    if (!fp) return -1;\n    char line[160];\n    while (nerrors < 32 && fgets(line, sizeof line, fp)) {\n        char *sep = strchr(line, '|');\n        if (!sep) continue;\n        *sep = '\\0';\n        errors[nerrors].code = atoi(line);\n        snprintf(errors[nerrors].fmt, sizeof errors[nerrors].fmt, \"%s\", sep + 1);\n        nerrors++;\n    }\n    fclose(fp);\n    return nerrors;\n}\n\nvoid report(int code, const char *what) {\n    for (int i = 0; i < nerrors; i++)\n        if (errors[i].code == code) { fprintf(stderr, errors[i].fmt, what); return; }\n    fprintf(stderr, \"error %d: %s\\n\", code, what);\n}\n"
 },
 {
  "name": "c_home_path_strcat",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 4,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstatic int home_dir_of(char *dst, size_t cap, const char *user) {\n    int n = snprintf(dst, cap, \"/home/%s\", user);\n    return (n < 0 || (size_t)n >= cap) ? -1 : 0;\n}\n\nint main(void) {\n    const char *user = getenv(\"REMOTE_USER\");\n    if (!user) return 1;\n    char dir[64];\n    if (home_dir_of(dir, sizeof dir, user) != 0) return 1;\n    printf(\"Content-Type: text/plain\\r\\n\\r\\n%s\\n\", dir);\n    return 0;\n}\n"
 },
 {
  "name": "c_home_path_strcat",
  "kind": "vuln",
  "lang": "c",
  "cwe": 120,
  "wave": 4,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstatic void home_dir_of(char *dst, const char *user) {\n    strcpy(dst, \"/home/\");\n    strcat(dst, user);\n}\n\nint main(void) {\n    const char *user = getenv(\"REMOTE_USER\");\n    if (!user) return 1;\n    char dir[64];\n    home_dir_of(dir, user);\n    printf(\"Content-Type: text/plain\\r\\n\\r\\n%s\\n\", dir);\n    return 0;\n}\n"
 },
 {
  "name": "c_host_header_struct",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 4,
  "code": "#include <string.h>\n#include <sys/socket.h>\n\nstruct request { char method[8]; char host[64]; int keepalive; };\n\nstatic int parse_host(const char *hdrs, struct request *req) {\n    const char *h = strstr(hdrs, \"\\r\\nHost: \");\n    if (!h) return -1;\n    h += 8;\n    size_t vlen = strcspn(h, \"\\r\\n\");\n    if (vlen >= sizeof req->host) return -1;\n    memcpy(req->host, h, vlen);\n    req->host[vlen] = '\\0';\n    return 0;\n}\n\nint read_request(int fd, struct request *req) {\n    char buf[4096];\n    ssize_t n = recv(fd, buf, sizeof buf - 1, 0);\n    if (n <= 0) return -1;\n    buf[n] = '\\0';\n    return parse_host(buf, req);\n}\n"
 },
 {
  "name": "c_host_header_struct",
  "kind": "vuln",
  "lang": "c",
  "cwe": 805,
  "wave": 4,
  "code": "#include <string.h>\n#include <sys/socket.h>\n\nstruct request { char method[8]; char host[64]; int keepalive; };\n\nstatic int parse_host(const char *hdrs, struct request *req) {\n    const char *h = strstr(hdrs, \"\\r\\nHost: \");\n    if (!h) return -1;\n    h += 8;\n    size_t vlen = strcspn(h, \"\\r\\n\");\n    memcpy(req->host, h, vlen);\n    req->host[vlen] = '\\0';\n    return 0;\n}\n\nint read_request(int fd, struct request *req) {\n    char buf[4096];\n    ssize_t n = recv(fd, buf, sizeof buf - 1, 0);\n    if (n <= 0) return -1;\n    buf[n] = '\\0';\n    return parse_host(buf, req);\n}\n"
 },
 {
  "name": "cpp_cgi_post_sql",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 0,
  "wave": 4,
  "code": "#include <iostream>\n#include <map>\n#include <sstream>\n#include <string>\n#include <sqlite3.h>\n\nstatic std::map<std::string, std::string> read_form() {\n    std::map<std::string, std::string> form;\n    std::string body((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());\n    std::istringstream in(body);\n    std::string kv;\n    while (std::getline(in, kv, '&')) {\n        auto eq = kv.find('=');\n        if (eq != std::string::npos) form[kv.substr(0, eq)] = kv.substr(eq + 1);\n    }\n    return form;\n}\n\nint main() {\n    auto form = read_form();\n    sqlite3 *db = nullptr;\n    sqlite3_open(\"/var/lib/guestbook.db\", &db);\n    sqlite3_stmt *st = nullptr;\n    sqlite3_prepare_v2(db, \"INSERT INTO entries(author, message) VALUES(?, ?)\", -1, &st, nullptr);\n    sqlite3_bind_text(st, 1, form[\"author\"].c_str(), -1, SQLITE_TRANSIENT);\n    sqlite3_bind_text(st, 2, form[\"message\"].c_str(), -1, SQLITE_TRANSIENT);\n    sqlite3_step(st);\n    sqlite3_finalize(st);\n    sqlite3_close(db);\n    std::cout << \"Status: 303 See Other\\r\\nLocation: /guestbook\\r\\n\\r\\n\";\n}\n"
 },
 {
  "name": "cpp_cgi_post_sql",
  "kind": "vuln",
  "lang": "cpp",
  "cwe": 89,
  "wave": 4,
  "code": "#include <iostream>\n#include <map>\n#include <sstream>\n#include <string>\n#include <sqlite3.h>\n\nstatic std::map<std::string, std::string> read_form() {\n    std::map<std::string, std::string> form;\n    std::string body((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());\n    std::istringstream in(body);\n    std::string kv;\n    while (std::getline(in, kv, '&')) {\n        auto eq = kv.find('=');\n        if (eq != std::string::npos) form[kv.substr(0, eq)] = kv.substr(eq + 1);\n    }\n    return form;\n}\n\nint main() {\n    auto form = read_form();\n    sqlite3 *db = nullptr;\n    sqlite3_open(\"/var/lib/guestbook.db\", &db);\n    std::ostringstream q;\n    q << \"INSERT INTO entries(author, message) VALUES('\" << form[\"author\"] << \"', '\" << form[\"message\"] << \"')\";\n    sqlite3_exec(db, q.str().c_str(), nullptr, nullptr, nullptr);\n    sqlite3_close(db);\n    std::cout << \"Status: 303 See Other\\r\\nLocation: /guestbook\\r\\n\\r\\n\";\n}\n"
 },
 {
  "name": "go_export_tmp_name",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 4,
  "code": "package export\n\nimport (\n\t\"encoding/csv\"\n\t\"os\"\n)\n\nfunc WriteExport(userID int64, rows [][]string) (string, error) {\n\tf, err := os.CreateTemp(\"\", \"export-*.csv\")\n\tif err != nil {\n\t\treturn \"\", err\n\t}\n\tdefer f.Close()\n\tw := csv.NewWriter(f)\n\tif err := w.WriteAll(rows); err != nil {\n\t\treturn \"\", err\n\t}\n\treturn f.Name(), nil\n}\n"
 },
 {
  "name": "go_export_tmp_name",
  "kind": "vuln",
  "lang": "go",
  "cwe": 377,
  "wave": 4,
  "code": "package export\n\nimport (\n\t\"encoding/csv\"\n\t\"fmt\"\n\t\"os\"\n\t\"path/filepath\"\n)\n\nfunc WriteExport(userID int64, rows [][]string) (string, error) {\n\tname := filepath.Join(os.TempDir(), fmt.Sprintf(\"export-%d.csv\", userID))\n\tf, err := os.Create(name)\n\tif err != nil {\n\t\treturn \"\", err\n\t}\n\tdefer f.Close()\n\tw := csv.NewWriter(f)\n\tif err := w.WriteAll(rows); err != nil {\n\t\treturn \"\", err\n\t}\n\treturn name, nil\n}\n"
 },
 {
  "name": "go_feed_refresher_fields",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 4,
  "code": "package feeds\n\nimport (\n\t\"io\"\n\t\"net/http\"\n\t\"net/url\"\n\t\"sync\"\n)\n\nvar allowedFeedHosts = map[string]bool{\"feeds.example.com\": true, \"blog.example.org\": true}\n\ntype Refresher struct {\n\tmu    sync.Mutex\n\tfeeds map[string]string\n\tcache map[string][]byte\n}\n\nfunc (f *Refresher) Subscribe(w http.ResponseWriter, r *http.Request) {\n\tu, err := url.Parse(r.FormValue(\"feed_url\"))\n\tif err != nil || u.Scheme != \"https\" || !allowedFeedHosts[u.Hostname()] {\n\t\thttp.Error(w, \"feed host not allowed\", http.StatusBadRequest)\n\t\treturn\n\t}\n\tf.mu.Lock()\n\tf.feeds[r.FormValue(\"user\")] = u.String()\n\tf.mu.Unlock()\n\tw.WriteHeader(http.StatusNoContent)\n}\n\nfunc (f *Refresher) RefreshAll() {\n\tf.mu.Lock()\n\tdefer f.mu.Unlock()\n\tfor user, raw := range f.feeds {\n\t\tu, err := url.Parse(raw)\n\t\tif err != nil || !allowedFeedHosts[u.Hostname()] {\n\t\t\tcontinue\n\t\t}\n\t\tresp, err := http.Get(u.String())\n\t\tif err != nil {\n\t\t\tcontinue\n\t\t}\n\t\tbody, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))\n\t\tresp.Body.Close()\n\t\tf.cache[user] = body\n\t}\n}\n"
 },
 {
  "name": "go_feed_refresher_fields",
  "kind": "vuln",
  "lang": "go",
  "cwe": 918,
  "wave": 4,
  "code": "package feeds\n\nimport (\n\t\"io\"\n\t\"net/http\"\n\t\"sync\"\n)\n\ntype Refresher struct {\n\tmu    sync.Mutex\n\tfeeds map[string]string\n\tcache map[string][]byte\n}\n\nfunc (f *Refresher) Subscribe(w http.ResponseWriter, r *http.Request) {\n\tf.mu.Lock()\n\tf.feeds[r.FormValue(\"user\")] = r.FormValue(\"feed_url\")\n\tf.mu.Unlock()\n\tw.WriteHeader(http.StatusNoContent)\n}\n\nfunc (f *Refresher) RefreshAll() {\n\tf.mu.Lock()\n\tdefer f.mu.Unlock()\n\tfor user, u := range f.feeds {\n\t\tresp, err := http.Get(u)\n\t\tif err != nil {\n\t\t\tcontinue\n\t\t}\n\t\tbody, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))\n\t\tresp.Body.Close()\n\t\tf.cache[user] = body\n\t}\n}\n"
 },
 {
  "name": "go_gin_bind_order",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 4,
  "code": "package api\n\nimport (\n\t\"net/http\"\n\n\t\"github.com/gin-gonic/gin\"\n\t\"gorm.io/gorm\"\n)\n\ntype listParams struct {\n\tPage int    `form:\"page\"`\n\tSort string `form:\"sort\"`\n}\n\ntype Order struct {\n\tID    uint\n\tTotal float64\n}\n\nvar orderColumns = map[string]string{\"total\": \"total desc\", \"newest\": \"id desc\"}\n\nfunc ListOrders(db *gorm.DB) gin.HandlerFunc {\n\treturn func(c *gin.Context) {\n\t\tvar p listParams\n\t\tif err := c.ShouldBindQuery(&p); err != nil {\n\t\t\tc.JSON(http.StatusBadRequest, gin.H{\"error\": err.Error()})\n\t\t\treturn\n\t\t}\n\t\tsort, ok := orderColumns[p.Sort]\n\t\tif !ok {\n\t\t\tsort = \"id desc\"\n\t\t}\n\t\tvar orders []Order\n\t\tdb.Order(sort).Offset(p.Page * 50).Limit(50).Find(&orders)\n\t\tc.JSON(http.StatusOK, orders)\n\t}\n}\n"
 },
 {
  "name": "go_gin_bind_order",
  "kind": "vuln",
  "lang": "go",
  "cwe": 89,
  "wave": 4,
  "code": "package api\n\nimport (\n\t\"net/http\"\n\n\t\"github.com/gin-gonic/gin\"\n\t\"gorm.io/gorm\"\n)\n\ntype listParams struct {\n\tPage int    `form:\"page\"`\n\tSort string `form:\"sort\"`\n}\n\ntype Order struct {\n\tID    uint\n\tTotal float64\n}\n\nfunc ListOrders(db *gorm.DB) gin.HandlerFunc {\n\treturn func(c *gin.Context) {\n\t\tvar p listParams\n\t\tif err := c.ShouldBindQuery(&p); err != nil {\n\t\t\tc.JSON(http.StatusBadRequest, gin.H{\"error\": err.Error()})\n\t\t\treturn\n\t\t}\n\t\tvar orders []Order\n\t\tdb.Order(p.Sort).Offset(p.Page * 50).Limit(50).Find(&orders)\n\t\tc.JSON(http.StatusOK, orders)\n\t}\n}\n"
 },
 {
  "name": "go_github_push_clone",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 4,
  "code": "package ci\n\nimport (\n\t\"encoding/json\"\n\t\"net/http\"\n\t\"os\"\n\t\"os/exec\"\n\t\"strings\"\n)\n\ntype pushEvent struct {\n\tRef        string `json:\"ref\"`\n\tRepository struct {\n\t\tCloneURL string `json:\"clone_url\"`\n\t\tName     string `json:\"name\"`\n\t} `json:\"repository\"`\n}\n\nfunc OnPush(w http.ResponseWriter, r *http.Request) {\n\tvar ev pushEvent\n\tif err := json.NewDecoder(r.Body).Decode(&ev); err != nil {\n\t\thttp.Error(w, \"bad payload\", http.StatusBadRequest)\n\t\treturn\n\t}\n\tif !strings.HasPrefix(ev.Repository.CloneURL, \"https://github.com/\") {\n\t\thttp.Error(w, \"unexpected repository\", http.StatusBadRequest)\n\t\treturn\n\t}\n\tos.RemoveAll(\"/tmp/ci\")\n\tgo exec.Command(\"git\", \"clone\", \"--depth\", \"1\", \"--\", ev.Repository.CloneURL, \"/tmp/ci\").Run()\n\tw.WriteHeader(http.StatusAccepted)\n}\n"
 },
 {
  "name": "go_github_push_clone",
  "kind": "vuln",
  "lang": "go",
  "cwe": 78,
  "wave": 4,
  "code": "package ci\n\nimport (\n\t\"encoding/json\"\n\t\"net/http\"\n\t\"os/exec\"\n)\n\ntype pushEvent struct {\n\tRef        string `json:\"ref\"`\n\tRepository struct {\n\t\tCloneURL string `json:\"clone_url\"`\n\t\tName     string `json:\"name\"`\n\t} `json:\"repository\"`\n}\n\nfunc OnPush(w http.ResponseWriter, r *http.Request) {\n\tvar ev pushEvent\n\tif err := json.NewDecoder(r.Body).Decode(&ev); err != nil {\n\t\thttp.Error(w, \"bad payload\", http.StatusBadRequest)\n\t\treturn\n\t}\n\tscript := \"rm -rf /tmp/ci && git clone --depth 1 \" + ev.Repository.CloneURL + \" /tmp/ci\"\n\tgo exec.Command(\"bash\", \"-c\", script).Run()\n\tw.WriteHeader(http.StatusAccepted)\n}\n"
 },
 {
  "name": "go_page_replace_template",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 4,
  "code": "package search\n\nimport (\n\t\"html\"\n\t\"net/http\"\n\t\"strings\"\n)\n\nconst pageTemplate = `<!doctype html><html><body><h1>Search</h1><p>You searched for: {{q}}</p></body></html>`\n\nfunc render(q string) string {\n\treturn strings.Replace(pageTemplate, \"{{q}}\", html.EscapeString(q), 1)\n}\n\nfunc Handler(w http.ResponseWriter, r *http.Request) {\n\tpage := render(r.URL.Query().Get(\"q\"))\n\tw.Header().Set(\"Content-Type\", \"text/html; charset=utf-8\")\n\tw.Write([]byte(page))\n}\n"
 },
 {
  "name": "go_page_replace_template",
  "kind": "vuln",
  "lang": "go",
  "cwe": 79,
  "wave": 4,
  "code": "package search\n\nimport (\n\t\"net/http\"\n\t\"strings\"\n)\n\nconst pageTemplate = `<!doctype html><html><body><h1>Search</h1><p>You searched for: {{q}}</p></body></html>`\n\nfunc render(q string) string {\n\treturn strings.Replace(pageTemplate, \"{{q}}\", q, 1)\n}\n\nfunc Handler(w http.ResponseWriter, r *http.Request) {\n\tpage := render(r.URL.Query().Get(\"q\"))\n\tw.Header().Set(\"Content-Type\", \"text/html; charset=utf-8\")\n\tw.Write([]byte(page))\n}\n"
 },
 {
  "name": "go_webhook_secret_const",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 4,
  "code": "package billing\n\nimport (\n\t\"crypto/hmac\"\n\t\"crypto/sha256\"\n\t\"encoding/hex\"\n\t\"io\"\n\t\"net/http\"\n\t\"os\"\n)\n\nfunc verify(body []byte, sig string) bool {\n\tsecret := os.Getenv(\"BILLING_WEBHOOK_SECRET\")\n\tif secret == \"\" {\n\t\treturn false\n\t}\n\tmac := hmac.New(sha256.New, []byte(secret))\n\tmac.Write(body)\n\twant, err := hex.DecodeString(sig)\n\treturn err == nil && hmac.Equal(mac.Sum(nil), want)\n}\n\nfunc Webhook(w http.ResponseWriter, r *http.Request) {\n\tbody, _ := io.ReadAll(io.LimitReader(r.Body, 1<<20))\n\tif !verify(body, r.Header.Get(\"X-Signature\")) {\n\t\thttp.Error(w, \"bad signature\", http.StatusUnauthorized)\n\t\treturn\n\t}\n\tw.WriteHeader(http.StatusOK)\n}\n"
 },
 {
  "name": "go_webhook_secret_const",
  "kind": "vuln",
  "lang": "go",
  "cwe": 321,
  "wave": 4,
  "code": "package billing\n\nimport (\n\t\"crypto/hmac\"\n\t\"crypto/sha256\"\n\t\"encoding/hex\"\n\t\"io\"\n\t\"net/http\"\n)\n\nconst webhookSecret = \"whsec_9f8e7d6c5b4a39281706f5e4d3c2b1a0\"\n\nfunc verify(body []byte, sig string) bool {\n\tmac := hmac.New(sha256.New, []byte(webhookSecret))\n\tmac.Write(body)\n\twant, err := hex.DecodeString(sig)\n\treturn err == nil && hmac.Equal(mac.Sum(nil), want)\n}\n\nfunc Webhook(w http.ResponseWriter, r *http.Request) {\n\tbody, _ := io.ReadAll(io.LimitReader(r.Body, 1<<20))\n\tif !verify(body, r.Header.Get(\"X-Signature\")) {\n\t\thttp.Error(w, \"bad signature\", http.StatusUnauthorized)\n\t\treturn\n\t}\n\tw.WriteHeader(http.StatusOK)\n}\n"
 }
];

describeProbes('round 12 flow-shape probes (C/C++, Go)', PROBES);
