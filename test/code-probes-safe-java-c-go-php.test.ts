// Round 10 "safe first" probe set for Java, C/C++, Go and PHP: realistic, correct everyday files (Spring
// services, JPA / JDBC repositories, Android utilities, JUnit tests; C libraries, CLIs, embedded code,
// OpenSSL / libcurl / SQLite done right; Go services, CLIs and libraries; WordPress plugins, Laravel /
// Symfony controllers, plain PHP), many of them using security-relevant APIs correctly or resembling a sink,
// plus vulnerable files so that recall stays honest. Every wave was written before the analyzer was run on
// it (first-contact numbers in code-rules/README.md, "Round 10 (Java, C/C++, Go, PHP)"). A vulnerable file
// must get a finding of its CWE class at default confidence; a safe file must get no finding at all.
// `gap`: a known remaining false positive, skipped and documented.
import { describe, expect, it } from 'vitest';
import { describeProbes, ruleIds as ids, type Probe } from './code-probes.js';

const PROBES: Probe[] = [
 {
  "name": "cli_cat_files",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <errno.h>\n\nstatic int cat_file(const char *path) {\n    FILE *f = fopen(path, \"rb\");\n    if (!f) {\n        fprintf(stderr, \"cat: %s: %s\\n\", path, strerror(errno));\n        return 1;\n    }\n    char buf[4096];\n    size_t n;\n    while ((n = fread(buf, 1, sizeof buf, f)) > 0) {\n        if (fwrite(buf, 1, n, stdout) != n) {\n            fclose(f);\n            return 1;\n        }\n    }\n    fclose(f);\n    return 0;\n}\n\nint main(int argc, char **argv) {\n    int rc = 0;\n    if (argc < 2) {\n        fprintf(stderr, \"usage: %s FILE...\\n\", argv[0]);\n        return 2;\n    }\n    for (int i = 1; i < argc; i++) {\n        rc |= cat_file(argv[i]);\n    }\n    return rc;\n}\n"
 },
 {
  "name": "config_parser_ini",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <string.h>\n#include <ctype.h>\n\n#define MAX_KEY 64\n#define MAX_VAL 256\n\nstruct setting {\n    char key[MAX_KEY];\n    char value[MAX_VAL];\n};\n\nstatic char *trim(char *s) {\n    while (isspace((unsigned char)*s)) s++;\n    char *end = s + strlen(s);\n    while (end > s && isspace((unsigned char)end[-1])) *--end = '\\0';\n    return s;\n}\n\nint parse_config(const char *path, struct setting *out, int max) {\n    FILE *f = fopen(path, \"r\");\n    if (!f) return -1;\n    char line[512];\n    int n = 0;\n    while (n < max && fgets(line, sizeof line, f)) {\n        char *s = trim(line);\n        if (*s == '#' || *s == '\\0') continue;\n        char *eq = strchr(s, '=');\n        if (!eq) continue;\n        *eq = '\\0';\n        snprintf(out[n].key, sizeof out[n].key, \"%s\", trim(s));\n        snprintf(out[n].value, sizeof out[n].value, \"%s\", trim(eq + 1));\n        n++;\n    }\n    fclose(f);\n    return n;\n}\n"
 },
 {
  "name": "crc32_table",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <stdint.h>\n#include <stddef.h>\n\nstatic uint32_t table[256];\nstatic int table_ready = 0;\n\nstatic void crc32_init(void) {\n    for (uint32_t i = 0; i < 256; i++) {\n        uint32_t c = i;\n        for (int k = 0; k < 8; k++) {\n            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;\n        }\n        table[i] = c;\n    }\n    table_ready = 1;\n}\n\nuint32_t crc32(const uint8_t *data, size_t len) {\n    if (!table_ready) crc32_init();\n    uint32_t c = 0xFFFFFFFFu;\n    for (size_t i = 0; i < len; i++) {\n        c = table[(c ^ data[i]) & 0xFF] ^ (c >> 8);\n    }\n    return c ^ 0xFFFFFFFFu;\n}\n"
 },
 {
  "name": "fork_exec_fixed",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <sys/types.h>\n#include <sys/wait.h>\n#include <unistd.h>\n#include <stdio.h>\n\nint compress_file(const char *path) {\n    pid_t pid = fork();\n    if (pid < 0) {\n        perror(\"fork\");\n        return -1;\n    }\n    if (pid == 0) {\n        execlp(\"gzip\", \"gzip\", \"-9\", \"--\", path, (char *)NULL);\n        perror(\"execlp\");\n        _exit(127);\n    }\n    int status;\n    if (waitpid(pid, &status, 0) < 0) return -1;\n    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;\n}\n"
 },
 {
  "name": "hex_encode",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <stddef.h>\n#include <stdint.h>\n\nstatic const char HEX[] = \"0123456789abcdef\";\n\nsize_t hex_encode(const uint8_t *in, size_t n, char *out, size_t out_size) {\n    if (out_size < n * 2 + 1) return 0;\n    for (size_t i = 0; i < n; i++) {\n        out[2 * i] = HEX[in[i] >> 4];\n        out[2 * i + 1] = HEX[in[i] & 0x0F];\n    }\n    out[n * 2] = '\\0';\n    return n * 2;\n}\n\nstatic int nibble(char c) {\n    if (c >= '0' && c <= '9') return c - '0';\n    if (c >= 'a' && c <= 'f') return c - 'a' + 10;\n    if (c >= 'A' && c <= 'F') return c - 'A' + 10;\n    return -1;\n}\n\nlong hex_decode(const char *in, size_t n, uint8_t *out, size_t out_size) {\n    if (n % 2 != 0 || n / 2 > out_size) return -1;\n    for (size_t i = 0; i < n / 2; i++) {\n        int hi = nibble(in[2 * i]);\n        int lo = nibble(in[2 * i + 1]);\n        if (hi < 0 || lo < 0) return -1;\n        out[i] = (uint8_t)((hi << 4) | lo);\n    }\n    return (long)(n / 2);\n}\n"
 },
 {
  "name": "linked_list_free",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <stdlib.h>\n#include <string.h>\n\nstruct node {\n    char *name;\n    struct node *next;\n};\n\nstruct node *list_push(struct node *head, const char *name) {\n    struct node *n = malloc(sizeof *n);\n    if (!n) return head;\n    n->name = strdup(name);\n    if (!n->name) {\n        free(n);\n        return head;\n    }\n    n->next = head;\n    return n;\n}\n\nvoid list_free(struct node *head) {\n    while (head) {\n        struct node *next = head->next;\n        free(head->name);\n        free(head);\n        head = next;\n    }\n}\n\nsize_t list_len(const struct node *head) {\n    size_t n = 0;\n    for (; head; head = head->next) n++;\n    return n;\n}\n"
 },
 {
  "name": "openssl_random_token",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <openssl/rand.h>\n#include <stdio.h>\n#include <stddef.h>\n\nint make_session_token(char *out, size_t out_size) {\n    unsigned char raw[32];\n    if (out_size < sizeof raw * 2 + 1) return -1;\n    if (RAND_bytes(raw, sizeof raw) != 1) return -1;\n    for (size_t i = 0; i < sizeof raw; i++) {\n        snprintf(out + 2 * i, 3, \"%02x\", raw[i]);\n    }\n    return 0;\n}\n"
 },
 {
  "name": "random_sim",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <time.h>\n\nstatic double estimate_pi(long samples) {\n    long inside = 0;\n    for (long i = 0; i < samples; i++) {\n        double x = (double)rand() / RAND_MAX;\n        double y = (double)rand() / RAND_MAX;\n        if (x * x + y * y <= 1.0) inside++;\n    }\n    return 4.0 * (double)inside / (double)samples;\n}\n\nint main(int argc, char **argv) {\n    long n = argc > 1 ? strtol(argv[1], NULL, 10) : 1000000;\n    if (n <= 0) n = 1000000;\n    srand((unsigned)time(NULL));\n    printf(\"pi ~ %f\\n\", estimate_pi(n));\n    return 0;\n}\n"
 },
 {
  "name": "ring_buffer",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <stdint.h>\n#include <stdbool.h>\n#include <stddef.h>\n\n#define RB_SIZE 256\n\ntypedef struct {\n    uint8_t buf[RB_SIZE];\n    volatile size_t head;\n    volatile size_t tail;\n} ring_t;\n\nvoid ring_init(ring_t *r) {\n    r->head = 0;\n    r->tail = 0;\n}\n\nbool ring_put(ring_t *r, uint8_t b) {\n    size_t next = (r->head + 1) % RB_SIZE;\n    if (next == r->tail) return false;\n    r->buf[r->head] = b;\n    r->head = next;\n    return true;\n}\n\nbool ring_get(ring_t *r, uint8_t *out) {\n    if (r->head == r->tail) return false;\n    *out = r->buf[r->tail];\n    r->tail = (r->tail + 1) % RB_SIZE;\n    return true;\n}\n\nsize_t ring_count(const ring_t *r) {\n    return (r->head + RB_SIZE - r->tail) % RB_SIZE;\n}\n"
 },
 {
  "name": "sqlite_prepared",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <sqlite3.h>\n#include <stdio.h>\n\nint add_note(sqlite3 *db, const char *author, const char *body) {\n    sqlite3_stmt *st = NULL;\n    int rc = sqlite3_prepare_v2(db, \"INSERT INTO notes(author, body) VALUES(?, ?)\", -1, &st, NULL);\n    if (rc != SQLITE_OK) return rc;\n    sqlite3_bind_text(st, 1, author, -1, SQLITE_TRANSIENT);\n    sqlite3_bind_text(st, 2, body, -1, SQLITE_TRANSIENT);\n    rc = sqlite3_step(st);\n    sqlite3_finalize(st);\n    return rc == SQLITE_DONE ? SQLITE_OK : rc;\n}\n\nint count_notes(sqlite3 *db, const char *author, int *out) {\n    sqlite3_stmt *st = NULL;\n    int rc = sqlite3_prepare_v2(db, \"SELECT COUNT(*) FROM notes WHERE author = ?\", -1, &st, NULL);\n    if (rc != SQLITE_OK) return rc;\n    sqlite3_bind_text(st, 1, author, -1, SQLITE_STATIC);\n    if (sqlite3_step(st) == SQLITE_ROW) *out = sqlite3_column_int(st, 0);\n    sqlite3_finalize(st);\n    return SQLITE_OK;\n}\n"
 },
 {
  "name": "strbuf_lib",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <stdlib.h>\n#include <string.h>\n#include <stdarg.h>\n#include <stdio.h>\n\ntypedef struct {\n    char *data;\n    size_t len;\n    size_t cap;\n} strbuf;\n\nint strbuf_init(strbuf *sb, size_t cap) {\n    sb->data = malloc(cap ? cap : 16);\n    if (!sb->data) return -1;\n    sb->len = 0;\n    sb->cap = cap ? cap : 16;\n    sb->data[0] = '\\0';\n    return 0;\n}\n\nstatic int strbuf_grow(strbuf *sb, size_t need) {\n    if (sb->len + need + 1 <= sb->cap) return 0;\n    size_t ncap = sb->cap;\n    while (ncap < sb->len + need + 1) {\n        if (ncap > SIZE_MAX / 2) return -1;\n        ncap *= 2;\n    }\n    char *p = realloc(sb->data, ncap);\n    if (!p) return -1;\n    sb->data = p;\n    sb->cap = ncap;\n    return 0;\n}\n\nint strbuf_append(strbuf *sb, const char *s, size_t n) {\n    if (strbuf_grow(sb, n) != 0) return -1;\n    memcpy(sb->data + sb->len, s, n);\n    sb->len += n;\n    sb->data[sb->len] = '\\0';\n    return 0;\n}\n\nvoid strbuf_free(strbuf *sb) {\n    free(sb->data);\n    sb->data = NULL;\n    sb->len = sb->cap = 0;\n}\n"
 },
 {
  "name": "uart_embedded",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <stdint.h>\n\n#define UART0_BASE 0x4000C000u\n#define UART_DR   (*(volatile uint32_t *)(UART0_BASE + 0x00))\n#define UART_FR   (*(volatile uint32_t *)(UART0_BASE + 0x18))\n#define UART_FR_TXFF (1u << 5)\n#define UART_FR_RXFE (1u << 4)\n\nvoid uart_putc(char c) {\n    while (UART_FR & UART_FR_TXFF) {\n    }\n    UART_DR = (uint32_t)c;\n}\n\nvoid uart_puts(const char *s) {\n    while (*s) {\n        if (*s == '\\n') uart_putc('\\r');\n        uart_putc(*s++);\n    }\n}\n\nint uart_getline(char *buf, int size) {\n    int i = 0;\n    while (i < size - 1) {\n        while (UART_FR & UART_FR_RXFE) {\n        }\n        char c = (char)(UART_DR & 0xFF);\n        if (c == '\\r' || c == '\\n') break;\n        buf[i++] = c;\n    }\n    buf[i] = '\\0';\n    return i;\n}\n"
 },
 {
  "name": "file_reader_raii",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 0,
  "wave": 1,
  "code": "#include <fstream>\n#include <stdexcept>\n#include <string>\n#include <vector>\n#include <iostream>\n\nstd::vector<std::string> read_lines(const std::string& path) {\n    std::ifstream in(path);\n    if (!in) throw std::runtime_error(\"cannot open \" + path);\n    std::vector<std::string> lines;\n    std::string line;\n    while (std::getline(in, line)) lines.push_back(line);\n    return lines;\n}\n\nint main(int argc, char** argv) {\n    if (argc != 2) {\n        std::cerr << \"usage: \" << argv[0] << \" FILE\\n\";\n        return 2;\n    }\n    try {\n        auto lines = read_lines(argv[1]);\n        std::cout << lines.size() << \" lines\\n\";\n    } catch (const std::exception& e) {\n        std::cerr << e.what() << \"\\n\";\n        return 1;\n    }\n    return 0;\n}\n"
 },
 {
  "name": "lru_cache",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 0,
  "wave": 1,
  "code": "#include <list>\n#include <optional>\n#include <string>\n#include <unordered_map>\n\nclass LruCache {\npublic:\n    explicit LruCache(size_t capacity) : capacity_(capacity) {}\n\n    std::optional<std::string> get(const std::string& key) {\n        auto it = index_.find(key);\n        if (it == index_.end()) return std::nullopt;\n        items_.splice(items_.begin(), items_, it->second);\n        return it->second->second;\n    }\n\n    void put(const std::string& key, std::string value) {\n        auto it = index_.find(key);\n        if (it != index_.end()) {\n            it->second->second = std::move(value);\n            items_.splice(items_.begin(), items_, it->second);\n            return;\n        }\n        items_.emplace_front(key, std::move(value));\n        index_[key] = items_.begin();\n        if (index_.size() > capacity_) {\n            index_.erase(items_.back().first);\n            items_.pop_back();\n        }\n    }\n\nprivate:\n    size_t capacity_;\n    std::list<std::pair<std::string, std::string>> items_;\n    std::unordered_map<std::string, std::list<std::pair<std::string, std::string>>::iterator> index_;\n};\n"
 },
 {
  "name": "string_split",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 0,
  "wave": 1,
  "code": "#include <string>\n#include <vector>\n#include <sstream>\n#include <algorithm>\n\nnamespace util {\n\nstd::vector<std::string> split(const std::string& s, char delim) {\n    std::vector<std::string> out;\n    std::string item;\n    std::istringstream in(s);\n    while (std::getline(in, item, delim)) {\n        out.push_back(item);\n    }\n    return out;\n}\n\nstd::string to_lower(std::string s) {\n    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });\n    return s;\n}\n\nstd::string join(const std::vector<std::string>& parts, const std::string& sep) {\n    std::string out;\n    for (size_t i = 0; i < parts.size(); ++i) {\n        if (i) out += sep;\n        out += parts[i];\n    }\n    return out;\n}\n\n}  // namespace util\n"
 },
 {
  "name": "backoff_jitter",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package retry\n\nimport (\n\t\"context\"\n\t\"math/rand\"\n\t\"time\"\n)\n\nfunc Do(ctx context.Context, attempts int, fn func() error) error {\n\tvar err error\n\tdelay := 100 * time.Millisecond\n\tfor i := 0; i < attempts; i++ {\n\t\tif err = fn(); err == nil {\n\t\t\treturn nil\n\t\t}\n\t\tjitter := time.Duration(rand.Int63n(int64(delay) / 2))\n\t\tselect {\n\t\tcase <-ctx.Done():\n\t\t\treturn ctx.Err()\n\t\tcase <-time.After(delay + jitter):\n\t\t}\n\t\tdelay *= 2\n\t}\n\treturn err\n}\n"
 },
 {
  "name": "bcrypt_users",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package auth\n\nimport (\n\t\"errors\"\n\n\t\"golang.org/x/crypto/bcrypt\"\n)\n\nvar ErrBadPassword = errors.New(\"invalid credentials\")\n\nfunc HashPassword(pw string) (string, error) {\n\tif len(pw) < 10 {\n\t\treturn \"\", errors.New(\"password too short\")\n\t}\n\th, err := bcrypt.GenerateFromPassword([]byte(pw), bcrypt.DefaultCost)\n\treturn string(h), err\n}\n\nfunc CheckPassword(hash, pw string) error {\n\tif bcrypt.CompareHashAndPassword([]byte(hash), []byte(pw)) != nil {\n\t\treturn ErrBadPassword\n\t}\n\treturn nil\n}\n"
 },
 {
  "name": "cli_exec_git",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\t\"os/exec\"\n\t\"strings\"\n)\n\nfunc gitOutput(args ...string) (string, error) {\n\tcmd := exec.Command(\"git\", args...)\n\tcmd.Stderr = os.Stderr\n\tout, err := cmd.Output()\n\treturn strings.TrimSpace(string(out)), err\n}\n\nfunc main() {\n\tbranch, err := gitOutput(\"rev-parse\", \"--abbrev-ref\", \"HEAD\")\n\tif err != nil {\n\t\tfmt.Fprintln(os.Stderr, \"not a git repository\")\n\t\tos.Exit(1)\n\t}\n\tcommit, _ := gitOutput(\"rev-parse\", \"--short\", \"HEAD\")\n\tfmt.Printf(\"%s@%s\\n\", branch, commit)\n}\n"
 },
 {
  "name": "config_yaml",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package config\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\t\"time\"\n\n\t\"gopkg.in/yaml.v3\"\n)\n\ntype Config struct {\n\tListen   string        `yaml:\"listen\"`\n\tDatabase string        `yaml:\"database\"`\n\tTimeout  time.Duration `yaml:\"timeout\"`\n}\n\nfunc Load(path string) (*Config, error) {\n\tdata, err := os.ReadFile(path)\n\tif err != nil {\n\t\treturn nil, fmt.Errorf(\"read config: %w\", err)\n\t}\n\tcfg := &Config{Listen: \":8080\", Timeout: 5 * time.Second}\n\tif err := yaml.Unmarshal(data, cfg); err != nil {\n\t\treturn nil, fmt.Errorf(\"parse config: %w\", err)\n\t}\n\treturn cfg, nil\n}\n"
 },
 {
  "name": "file_hash_sha256",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package main\n\nimport (\n\t\"crypto/sha256\"\n\t\"encoding/hex\"\n\t\"fmt\"\n\t\"io\"\n\t\"os\"\n)\n\nfunc hashFile(path string) (string, error) {\n\tf, err := os.Open(path)\n\tif err != nil {\n\t\treturn \"\", err\n\t}\n\tdefer f.Close()\n\th := sha256.New()\n\tif _, err := io.Copy(h, f); err != nil {\n\t\treturn \"\", err\n\t}\n\treturn hex.EncodeToString(h.Sum(nil)), nil\n}\n\nfunc main() {\n\tfor _, p := range os.Args[1:] {\n\t\tsum, err := hashFile(p)\n\t\tif err != nil {\n\t\t\tfmt.Fprintln(os.Stderr, err)\n\t\t\tcontinue\n\t\t}\n\t\tfmt.Printf(\"%s  %s\\n\", sum, p)\n\t}\n}\n"
 },
 {
  "name": "gin_handler_gorm",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package handlers\n\nimport (\n\t\"net/http\"\n\n\t\"github.com/gin-gonic/gin\"\n\t\"gorm.io/gorm\"\n)\n\ntype Post struct {\n\tID     uint   `json:\"id\"`\n\tTitle  string `json:\"title\"`\n\tAuthor string `json:\"author\"`\n}\n\ntype PostHandler struct{ DB *gorm.DB }\n\nfunc (h *PostHandler) ByAuthor(c *gin.Context) {\n\tvar posts []Post\n\tauthor := c.Query(\"author\")\n\tif err := h.DB.Where(\"author = ?\", author).Order(\"id desc\").Limit(50).Find(&posts).Error; err != nil {\n\t\tc.JSON(http.StatusInternalServerError, gin.H{\"error\": \"db\"})\n\t\treturn\n\t}\n\tc.JSON(http.StatusOK, posts)\n}\n"
 },
 {
  "name": "html_template_page",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package web\n\nimport (\n\t\"html/template\"\n\t\"net/http\"\n)\n\nvar page = template.Must(template.New(\"hello\").Parse(\"<h1>Hello, {{.Name}}</h1><p>{{.Message}}</p>\"))\n\ntype helloData struct {\n\tName    string\n\tMessage string\n}\n\nfunc Hello(w http.ResponseWriter, r *http.Request) {\n\tdata := helloData{Name: r.URL.Query().Get(\"name\"), Message: \"Welcome back\"}\n\tw.Header().Set(\"Content-Type\", \"text/html; charset=utf-8\")\n\tif err := page.Execute(w, data); err != nil {\n\t\thttp.Error(w, \"template error\", http.StatusInternalServerError)\n\t}\n}\n"
 },
 {
  "name": "http_client_fixed",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package github\n\nimport (\n\t\"encoding/json\"\n\t\"fmt\"\n\t\"net/http\"\n\t\"net/url\"\n\t\"time\"\n)\n\nvar client = &http.Client{Timeout: 10 * time.Second}\n\ntype Repo struct {\n\tFullName string `json:\"full_name\"`\n\tStars    int    `json:\"stargazers_count\"`\n}\n\nfunc GetRepo(owner, name string) (*Repo, error) {\n\tu := fmt.Sprintf(\"https://api.github.com/repos/%s/%s\", url.PathEscape(owner), url.PathEscape(name))\n\tresp, err := client.Get(u)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tdefer resp.Body.Close()\n\tif resp.StatusCode != http.StatusOK {\n\t\treturn nil, fmt.Errorf(\"github: %s\", resp.Status)\n\t}\n\tvar r Repo\n\treturn &r, json.NewDecoder(resp.Body).Decode(&r)\n}\n"
 },
 {
  "name": "http_handler_json",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package api\n\nimport (\n\t\"encoding/json\"\n\t\"net/http\"\n\t\"strconv\"\n)\n\ntype Item struct {\n\tID    int64  `json:\"id\"`\n\tName  string `json:\"name\"`\n\tPrice int64  `json:\"price\"`\n}\n\ntype Store interface {\n\tGet(id int64) (*Item, error)\n}\n\nfunc ItemHandler(s Store) http.HandlerFunc {\n\treturn func(w http.ResponseWriter, r *http.Request) {\n\t\tid, err := strconv.ParseInt(r.URL.Query().Get(\"id\"), 10, 64)\n\t\tif err != nil {\n\t\t\thttp.Error(w, \"bad id\", http.StatusBadRequest)\n\t\t\treturn\n\t\t}\n\t\titem, err := s.Get(id)\n\t\tif err != nil {\n\t\t\thttp.Error(w, \"not found\", http.StatusNotFound)\n\t\t\treturn\n\t\t}\n\t\tw.Header().Set(\"Content-Type\", \"application/json\")\n\t\t_ = json.NewEncoder(w).Encode(item)\n\t}\n}\n"
 },
 {
  "name": "middleware_auth",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package middleware\n\nimport (\n\t\"crypto/subtle\"\n\t\"net/http\"\n\t\"strings\"\n)\n\nfunc BearerAuth(token string, next http.Handler) http.Handler {\n\treturn http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {\n\t\th := r.Header.Get(\"Authorization\")\n\t\tgot := strings.TrimPrefix(h, \"Bearer \")\n\t\tif h == got || subtle.ConstantTimeCompare([]byte(got), []byte(token)) != 1 {\n\t\t\tw.Header().Set(\"WWW-Authenticate\", \"Bearer\")\n\t\t\thttp.Error(w, \"unauthorized\", http.StatusUnauthorized)\n\t\t\treturn\n\t\t}\n\t\tnext.ServeHTTP(w, r)\n\t})\n}\n"
 },
 {
  "name": "shuffle_playlist",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package playlist\n\nimport (\n\t\"math/rand\"\n)\n\ntype Track struct {\n\tTitle  string\n\tArtist string\n}\n\nfunc Shuffle(tracks []Track) {\n\trand.Shuffle(len(tracks), func(i, j int) {\n\t\ttracks[i], tracks[j] = tracks[j], tracks[i]\n\t})\n}\n\nfunc PickRandom(tracks []Track) (Track, bool) {\n\tif len(tracks) == 0 {\n\t\treturn Track{}, false\n\t}\n\treturn tracks[rand.Intn(len(tracks))], true\n}\n"
 },
 {
  "name": "sql_repo_params",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package store\n\nimport (\n\t\"context\"\n\t\"database/sql\"\n)\n\ntype User struct {\n\tID    int64\n\tEmail string\n}\n\ntype Repo struct{ db *sql.DB }\n\nfunc NewRepo(db *sql.DB) *Repo { return &Repo{db: db} }\n\nfunc (r *Repo) ByEmail(ctx context.Context, email string) (*User, error) {\n\tvar u User\n\terr := r.db.QueryRowContext(ctx, \"SELECT id, email FROM users WHERE email = $1\", email).Scan(&u.ID, &u.Email)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\treturn &u, nil\n}\n\nfunc (r *Repo) Delete(ctx context.Context, id int64) error {\n\t_, err := r.db.ExecContext(ctx, \"DELETE FROM users WHERE id = $1\", id)\n\treturn err\n}\n"
 },
 {
  "name": "static_files_server",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package main\n\nimport (\n\t\"log\"\n\t\"net/http\"\n\t\"time\"\n)\n\nfunc main() {\n\tmux := http.NewServeMux()\n\tmux.Handle(\"/static/\", http.StripPrefix(\"/static/\", http.FileServer(http.Dir(\"./public\"))))\n\tmux.HandleFunc(\"/healthz\", func(w http.ResponseWriter, r *http.Request) {\n\t\tw.WriteHeader(http.StatusOK)\n\t\t_, _ = w.Write([]byte(\"ok\"))\n\t})\n\tsrv := &http.Server{\n\t\tAddr:              \":8080\",\n\t\tHandler:           mux,\n\t\tReadHeaderTimeout: 5 * time.Second,\n\t}\n\tlog.Fatal(srv.ListenAndServe())\n}\n"
 },
 {
  "name": "token_crypto_rand",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package session\n\nimport (\n\t\"crypto/rand\"\n\t\"encoding/base64\"\n)\n\nfunc NewSessionID() (string, error) {\n\tb := make([]byte, 32)\n\tif _, err := rand.Read(b); err != nil {\n\t\treturn \"\", err\n\t}\n\treturn base64.RawURLEncoding.EncodeToString(b), nil\n}\n"
 },
 {
  "name": "worker_pool",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package pool\n\nimport (\n\t\"context\"\n\t\"sync\"\n)\n\nfunc Run[T any, R any](ctx context.Context, workers int, in []T, fn func(context.Context, T) R) []R {\n\tout := make([]R, len(in))\n\tidx := make(chan int)\n\tvar wg sync.WaitGroup\n\tfor w := 0; w < workers; w++ {\n\t\twg.Add(1)\n\t\tgo func() {\n\t\t\tdefer wg.Done()\n\t\t\tfor i := range idx {\n\t\t\t\tout[i] = fn(ctx, in[i])\n\t\t\t}\n\t\t}()\n\t}\n\tfor i := range in {\n\t\tselect {\n\t\tcase idx <- i:\n\t\tcase <-ctx.Done():\n\t\t}\n\t}\n\tclose(idx)\n\twg.Wait()\n\treturn out\n}\n"
 },
 {
  "name": "aes_gcm_util",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 1,
  "code": "package com.example.crypto;\n\nimport java.nio.ByteBuffer;\nimport java.security.GeneralSecurityException;\nimport java.security.SecureRandom;\nimport javax.crypto.Cipher;\nimport javax.crypto.SecretKey;\nimport javax.crypto.spec.GCMParameterSpec;\n\npublic final class AesGcm {\n    private static final int IV_LEN = 12;\n    private static final int TAG_BITS = 128;\n    private static final SecureRandom RNG = new SecureRandom();\n\n    private AesGcm() {}\n\n    public static byte[] encrypt(SecretKey key, byte[] plaintext, byte[] aad) throws GeneralSecurityException {\n        byte[] iv = new byte[IV_LEN];\n        RNG.nextBytes(iv);\n        Cipher cipher = Cipher.getInstance(\"AES/GCM/NoPadding\");\n        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));\n        cipher.updateAAD(aad);\n        byte[] ct = cipher.doFinal(plaintext);\n        return ByteBuffer.allocate(iv.length + ct.length).put(iv).put(ct).array();\n    }\n\n    public static byte[] decrypt(SecretKey key, byte[] message, byte[] aad) throws GeneralSecurityException {\n        ByteBuffer bb = ByteBuffer.wrap(message);\n        byte[] iv = new byte[IV_LEN];\n        bb.get(iv);\n        byte[] ct = new byte[bb.remaining()];\n        bb.get(ct);\n        Cipher cipher = Cipher.getInstance(\"AES/GCM/NoPadding\");\n        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));\n        cipher.updateAAD(aad);\n        return cipher.doFinal(ct);\n    }\n}\n"
 },
 {
  "name": "android_prefs_helper",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 1,
  "code": "package com.example.app.util;\n\nimport android.content.Context;\nimport android.content.SharedPreferences;\n\npublic final class Prefs {\n    private static final String FILE = \"app_prefs\";\n    private static final String KEY_THEME = \"theme\";\n    private static final String KEY_LAST_SYNC = \"last_sync\";\n\n    private final SharedPreferences prefs;\n\n    public Prefs(Context context) {\n        this.prefs = context.getSharedPreferences(FILE, Context.MODE_PRIVATE);\n    }\n\n    public String getTheme() {\n        return prefs.getString(KEY_THEME, \"system\");\n    }\n\n    public void setTheme(String theme) {\n        prefs.edit().putString(KEY_THEME, theme).apply();\n    }\n\n    public long getLastSync() {\n        return prefs.getLong(KEY_LAST_SYNC, 0L);\n    }\n\n    public void markSynced() {\n        prefs.edit().putLong(KEY_LAST_SYNC, System.currentTimeMillis()).apply();\n    }\n}\n"
 },
 {
  "name": "bcrypt_password_service",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 1,
  "code": "package com.example.auth;\n\nimport org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;\nimport org.springframework.security.crypto.password.PasswordEncoder;\nimport org.springframework.stereotype.Service;\n\n@Service\npublic class PasswordService {\n    private final PasswordEncoder encoder = new BCryptPasswordEncoder(12);\n    private final UserStore users;\n\n    public PasswordService(UserStore users) {\n        this.users = users;\n    }\n\n    public void setPassword(long userId, String rawPassword) {\n        if (rawPassword.length() < 12) {\n            throw new IllegalArgumentException(\"password too short\");\n        }\n        users.updateHash(userId, encoder.encode(rawPassword));\n    }\n\n    public boolean verify(long userId, String rawPassword) {\n        return users.findHash(userId).map(h -> encoder.matches(rawPassword, h)).orElse(false);\n    }\n}\n"
 },
 {
  "name": "cache_key_md5_etag",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 1,
  "code": "package com.example.web;\n\nimport java.nio.charset.StandardCharsets;\nimport java.util.zip.CRC32;\n\npublic final class ETags {\n    private ETags() {}\n\n    public static String weakEtag(String body) {\n        CRC32 crc = new CRC32();\n        crc.update(body.getBytes(StandardCharsets.UTF_8));\n        return \"W/\\\"\" + Long.toHexString(crc.getValue()) + \"\\\"\";\n    }\n\n    public static String cacheKey(String tenant, String path, int version) {\n        return tenant + \":\" + path + \":v\" + version;\n    }\n}\n"
 },
 {
  "name": "cli_word_count",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 1,
  "code": "package com.example.tools;\n\nimport java.io.IOException;\nimport java.nio.charset.StandardCharsets;\nimport java.nio.file.Files;\nimport java.nio.file.Path;\nimport java.nio.file.Paths;\nimport java.util.List;\n\npublic class WordCount {\n    public static void main(String[] args) throws IOException {\n        if (args.length == 0) {\n            System.err.println(\"usage: wc FILE...\");\n            System.exit(2);\n        }\n        long total = 0;\n        for (String name : args) {\n            Path p = Paths.get(name);\n            List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);\n            long words = lines.stream().mapToLong(l -> l.isBlank() ? 0 : l.trim().split(\"\\\\s+\").length).sum();\n            System.out.printf(\"%8d %s%n\", words, name);\n            total += words;\n        }\n        System.out.printf(\"%8d total%n\", total);\n    }\n}\n"
 },
 {
  "name": "config_loader_properties",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 1,
  "code": "package com.example.config;\n\nimport java.io.IOException;\nimport java.io.InputStream;\nimport java.util.Properties;\n\npublic final class AppConfig {\n    private final Properties props = new Properties();\n\n    public AppConfig() throws IOException {\n        try (InputStream in = AppConfig.class.getResourceAsStream(\"/application.properties\")) {\n            if (in == null) {\n                throw new IOException(\"application.properties missing from classpath\");\n            }\n            props.load(in);\n        }\n    }\n\n    public String get(String key, String def) {\n        return props.getProperty(key, def);\n    }\n\n    public int getInt(String key, int def) {\n        String v = props.getProperty(key);\n        return v == null ? def : Integer.parseInt(v.trim());\n    }\n}\n"
 },
 {
  "name": "file_checksum_sha256",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 1,
  "code": "package com.example.storage;\n\nimport java.io.IOException;\nimport java.io.InputStream;\nimport java.nio.file.Files;\nimport java.nio.file.Path;\nimport java.security.MessageDigest;\nimport java.security.NoSuchAlgorithmException;\nimport java.util.HexFormat;\n\npublic final class Checksums {\n    private Checksums() {}\n\n    public static String sha256(Path file) throws IOException {\n        try (InputStream in = Files.newInputStream(file)) {\n            MessageDigest md = MessageDigest.getInstance(\"SHA-256\");\n            byte[] buf = new byte[8192];\n            int n;\n            while ((n = in.read(buf)) != -1) {\n                md.update(buf, 0, n);\n            }\n            return HexFormat.of().formatHex(md.digest());\n        } catch (NoSuchAlgorithmException e) {\n            throw new IllegalStateException(e);\n        }\n    }\n}\n"
 },
 {
  "name": "game_dice",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 1,
  "code": "package com.example.game;\n\nimport java.util.Random;\n\npublic class Dice {\n    private final Random rng;\n    private final int sides;\n\n    public Dice(int sides, long seed) {\n        if (sides < 2) throw new IllegalArgumentException(\"sides\");\n        this.sides = sides;\n        this.rng = new Random(seed);\n    }\n\n    public int roll() {\n        return 1 + rng.nextInt(sides);\n    }\n\n    public void rollInto(int[] out) {\n        for (int i = 0; i < out.length; i++) {\n            out[i] = roll();\n        }\n    }\n\n    public void printRolls(int n) {\n        for (int i = 0; i < n; i++) {\n            System.out.println(\"roll \" + i + \": \" + (1 + rng.nextInt(sides)));\n        }\n    }\n}\n"
 },
 {
  "name": "http_client_fixed_host",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 1,
  "code": "package com.example.weather;\n\nimport java.io.IOException;\nimport java.net.URI;\nimport java.net.URLEncoder;\nimport java.net.http.HttpClient;\nimport java.net.http.HttpRequest;\nimport java.net.http.HttpResponse;\nimport java.nio.charset.StandardCharsets;\nimport java.time.Duration;\n\npublic class WeatherClient {\n    private static final String BASE = \"https://api.weather.example.com/v1/forecast\";\n    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();\n\n    public String forecast(String city) throws IOException, InterruptedException {\n        String q = URLEncoder.encode(city, StandardCharsets.UTF_8);\n        HttpRequest req = HttpRequest.newBuilder(URI.create(BASE + \"?city=\" + q))\n            .header(\"Accept\", \"application/json\")\n            .GET()\n            .build();\n        HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());\n        if (res.statusCode() != 200) {\n            throw new IOException(\"weather API returned \" + res.statusCode());\n        }\n        return res.body();\n    }\n}\n"
 },
 {
  "name": "jackson_dto_parse",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 1,
  "code": "package com.example.events;\n\nimport com.fasterxml.jackson.databind.DeserializationFeature;\nimport com.fasterxml.jackson.databind.ObjectMapper;\nimport java.io.IOException;\n\npublic class EventParser {\n    private final ObjectMapper mapper = new ObjectMapper()\n        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);\n\n    public Event parse(String json) throws IOException {\n        return mapper.readValue(json, Event.class);\n    }\n\n    public String write(Event e) throws IOException {\n        return mapper.writeValueAsString(e);\n    }\n\n    public record Event(String type, long timestamp, String payload) {}\n}\n"
 },
 {
  "name": "jpa_repository_query",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 1,
  "code": "package com.example.catalog;\n\nimport java.util.List;\nimport org.springframework.data.jpa.repository.JpaRepository;\nimport org.springframework.data.jpa.repository.Query;\nimport org.springframework.data.repository.query.Param;\n\npublic interface ProductRepository extends JpaRepository<Product, Long> {\n    List<Product> findByCategoryOrderByNameAsc(String category);\n\n    @Query(\"select p from Product p where lower(p.name) like lower(concat('%', :term, '%'))\")\n    List<Product> search(@Param(\"term\") String term);\n\n    @Query(value = \"SELECT * FROM products WHERE price BETWEEN :lo AND :hi\", nativeQuery = true)\n    List<Product> priceRange(@Param(\"lo\") long lo, @Param(\"hi\") long hi);\n}\n"
 },
 {
  "name": "junit_test_random_data",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 1,
  "code": "package com.example.util;\n\nimport static org.junit.jupiter.api.Assertions.assertEquals;\n\nimport java.util.Arrays;\nimport java.util.Random;\nimport org.junit.jupiter.api.Test;\n\nclass SortUtilsTest {\n    private final Random random = new Random(42);\n\n    @Test\n    void sortsRandomArrays() {\n        for (int round = 0; round < 100; round++) {\n            int[] data = random.ints(50, -1000, 1000).toArray();\n            int[] expected = data.clone();\n            Arrays.sort(expected);\n            SortUtils.mergeSort(data);\n            assertEquals(Arrays.toString(expected), Arrays.toString(data));\n        }\n    }\n\n    @Test\n    void handlesEmpty() {\n        int[] data = new int[0];\n        SortUtils.mergeSort(data);\n        assertEquals(0, data.length);\n    }\n}\n"
 },
 {
  "name": "process_builder_git_version",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 1,
  "code": "package com.example.build;\n\nimport java.io.BufferedReader;\nimport java.io.IOException;\nimport java.io.InputStreamReader;\nimport java.nio.charset.StandardCharsets;\n\npublic final class GitInfo {\n    private GitInfo() {}\n\n    public static String currentCommit() throws IOException, InterruptedException {\n        Process p = new ProcessBuilder(\"git\", \"rev-parse\", \"--short\", \"HEAD\")\n            .redirectErrorStream(true)\n            .start();\n        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {\n            String line = r.readLine();\n            if (p.waitFor() != 0 || line == null) {\n                return \"unknown\";\n            }\n            return line.trim();\n        }\n    }\n}\n"
 },
 {
  "name": "retry_backoff_jitter",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 1,
  "code": "package com.example.http;\n\nimport java.io.IOException;\nimport java.util.concurrent.Callable;\nimport java.util.concurrent.ThreadLocalRandom;\n\npublic final class Retry {\n    private Retry() {}\n\n    public static <T> T withBackoff(Callable<T> call, int attempts) throws Exception {\n        long delay = 100;\n        for (int i = 0; ; i++) {\n            try {\n                return call.call();\n            } catch (IOException e) {\n                if (i + 1 >= attempts) throw e;\n                long jitter = ThreadLocalRandom.current().nextLong(delay / 2 + 1);\n                Thread.sleep(delay + jitter);\n                delay = Math.min(delay * 2, 10_000);\n            }\n        }\n    }\n\n    public static void sleepQuietly(long ms) {\n        try {\n            Thread.sleep(ms + new java.util.Random().nextInt(50));\n        } catch (InterruptedException e) {\n            Thread.currentThread().interrupt();\n        }\n    }\n}\n"
 },
 {
  "name": "security_config_stateless",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 1,
  "code": "package com.example.security;\n\nimport org.springframework.context.annotation.Bean;\nimport org.springframework.context.annotation.Configuration;\nimport org.springframework.security.config.annotation.web.builders.HttpSecurity;\nimport org.springframework.security.config.http.SessionCreationPolicy;\nimport org.springframework.security.web.SecurityFilterChain;\n\n@Configuration\npublic class SecurityConfig {\n    @Bean\n    SecurityFilterChain filterChain(HttpSecurity http) throws Exception {\n        http\n            .authorizeHttpRequests(auth -> auth\n                .requestMatchers(\"/actuator/health\", \"/api/public/**\").permitAll()\n                .requestMatchers(\"/api/admin/**\").hasRole(\"ADMIN\")\n                .anyRequest().authenticated())\n            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))\n            .oauth2ResourceServer(o -> o.jwt(j -> {}));\n        return http.build();\n    }\n}\n"
 },
 {
  "name": "shuffle_random_void",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 1,
  "code": "package com.example.quiz;\n\nimport java.util.ArrayList;\nimport java.util.Collections;\nimport java.util.List;\nimport java.util.Random;\n\npublic class QuizShuffler {\n    private final Random random = new Random();\n\n    public void shuffleQuestions(List<Question> questions) {\n        Collections.shuffle(questions, random);\n    }\n\n    public void shuffleAnswers(Question q) {\n        List<String> answers = new ArrayList<>(q.getAnswers());\n        for (int i = answers.size() - 1; i > 0; i--) {\n            int j = random.nextInt(i + 1);\n            String tmp = answers.get(i);\n            answers.set(i, answers.get(j));\n            answers.set(j, tmp);\n        }\n        q.setAnswers(answers);\n    }\n}\n"
 },
 {
  "name": "spring_controller_dto",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 1,
  "code": "package com.example.orders;\n\nimport jakarta.validation.Valid;\nimport java.util.List;\nimport org.springframework.http.ResponseEntity;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\n@RequestMapping(\"/api/orders\")\npublic class OrderController {\n    private final OrderService service;\n\n    public OrderController(OrderService service) {\n        this.service = service;\n    }\n\n    @GetMapping(\"/{id}\")\n    public ResponseEntity<OrderDto> get(@PathVariable long id) {\n        return service.find(id).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());\n    }\n\n    @GetMapping\n    public List<OrderDto> list(@RequestParam(defaultValue = \"0\") int page, @RequestParam(defaultValue = \"20\") int size) {\n        return service.page(page, Math.min(size, 100));\n    }\n\n    @PostMapping\n    public ResponseEntity<OrderDto> create(@Valid @RequestBody CreateOrderRequest req) {\n        OrderDto created = service.create(req);\n        return ResponseEntity.status(201).body(created);\n    }\n}\n"
 },
 {
  "name": "spring_user_repo_jdbc",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 1,
  "code": "package com.example.users;\n\nimport java.util.List;\nimport java.util.Optional;\nimport org.springframework.jdbc.core.JdbcTemplate;\nimport org.springframework.jdbc.core.RowMapper;\nimport org.springframework.stereotype.Repository;\n\n@Repository\npublic class UserRepository {\n    private final JdbcTemplate jdbc;\n\n    private static final RowMapper<User> MAPPER = (rs, i) ->\n        new User(rs.getLong(\"id\"), rs.getString(\"email\"), rs.getString(\"display_name\"));\n\n    public UserRepository(JdbcTemplate jdbc) {\n        this.jdbc = jdbc;\n    }\n\n    public Optional<User> findById(long id) {\n        List<User> rows = jdbc.query(\"SELECT id, email, display_name FROM users WHERE id = ?\", MAPPER, id);\n        return rows.stream().findFirst();\n    }\n\n    public List<User> findByEmailDomain(String domain) {\n        return jdbc.query(\"SELECT id, email, display_name FROM users WHERE email LIKE ?\", MAPPER, \"%@\" + domain);\n    }\n\n    public void rename(long id, String name) {\n        jdbc.update(\"UPDATE users SET display_name = ? WHERE id = ?\", name, id);\n    }\n}\n"
 },
 {
  "name": "cache_key_md5",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 1,
  "code": "<?php\n\nclass ViewCache\n{\n    private string $dir;\n\n    public function __construct(string $dir)\n    {\n        $this->dir = rtrim($dir, '/');\n    }\n\n    private function path(string $template, array $vars): string\n    {\n        $key = md5($template . serialize($vars));\n        return $this->dir . '/' . $key . '.html';\n    }\n\n    public function get(string $template, array $vars): ?string\n    {\n        $p = $this->path($template, $vars);\n        return is_file($p) ? file_get_contents($p) : null;\n    }\n\n    public function put(string $template, array $vars, string $html): void\n    {\n        file_put_contents($this->path($template, $vars), $html, LOCK_EX);\n    }\n}\n"
 },
 {
  "name": "cli_import_csv",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 1,
  "code": "<?php\nif (PHP_SAPI !== 'cli') {\n    exit(1);\n}\nif ($argc < 2) {\n    fwrite(STDERR, \"usage: php import.php FILE.csv\\n\");\n    exit(2);\n}\n$pdo = new PDO(getenv('DB_DSN'), getenv('DB_USER'), getenv('DB_PASS'));\n$fh = fopen($argv[1], 'r');\nif ($fh === false) {\n    fwrite(STDERR, \"cannot open {$argv[1]}\\n\");\n    exit(1);\n}\n$insert = $pdo->prepare('INSERT INTO contacts (name, email) VALUES (?, ?)');\n$header = fgetcsv($fh);\n$n = 0;\nwhile (($row = fgetcsv($fh)) !== false) {\n    $insert->execute([$row[0], $row[1]]);\n    $n++;\n}\nfclose($fh);\necho \"imported $n rows\\n\";\n"
 },
 {
  "name": "exec_fixed_command",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 1,
  "code": "<?php\n\nfunction disk_usage(): array\n{\n    $out = [];\n    exec('df -h --output=target,pcent', $out, $rc);\n    if ($rc !== 0) {\n        return [];\n    }\n    array_shift($out);\n    $usage = [];\n    foreach ($out as $line) {\n        [$mount, $pct] = preg_split('/\\s+/', trim($line));\n        $usage[$mount] = (int)rtrim($pct, '%');\n    }\n    return $usage;\n}\n\nfunction thumbnail(string $src, string $dst): bool\n{\n    $cmd = sprintf('convert %s -thumbnail 200x200 %s', escapeshellarg($src), escapeshellarg($dst));\n    exec($cmd, $o, $rc);\n    return $rc === 0;\n}\n"
 },
 {
  "name": "json_api",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 1,
  "code": "<?php\nheader('Content-Type: application/json');\n\nrequire __DIR__ . '/db.php';\n\n$id = filter_input(INPUT_GET, 'id', FILTER_VALIDATE_INT);\nif ($id === false || $id === null) {\n    http_response_code(400);\n    echo json_encode(['error' => 'id must be an integer']);\n    exit;\n}\n$st = $pdo->prepare('SELECT id, title, body FROM posts WHERE id = ?');\n$st->execute([$id]);\n$post = $st->fetch(PDO::FETCH_ASSOC);\nif (!$post) {\n    http_response_code(404);\n    echo json_encode(['error' => 'not found']);\n    exit;\n}\necho json_encode($post, JSON_THROW_ON_ERROR);\n"
 },
 {
  "name": "laravel_controller",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 1,
  "code": "<?php\n\nnamespace App\\Http\\Controllers;\n\nuse App\\Models\\Article;\nuse Illuminate\\Http\\Request;\n\nclass ArticleController extends Controller\n{\n    public function index(Request $request)\n    {\n        $articles = Article::query()\n            ->when($request->query('tag'), fn ($q, $tag) => $q->whereHas('tags', fn ($t) => $t->where('slug', $tag)))\n            ->orderByDesc('published_at')\n            ->paginate(20);\n        return view('articles.index', ['articles' => $articles]);\n    }\n\n    public function store(Request $request)\n    {\n        $data = $request->validate([\n            'title' => 'required|string|max:200',\n            'body' => 'required|string',\n        ]);\n        $article = $request->user()->articles()->create($data);\n        return redirect()->route('articles.show', $article);\n    }\n\n    public function show(Article $article)\n    {\n        return view('articles.show', compact('article'));\n    }\n}\n"
 },
 {
  "name": "laravel_query_builder",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 1,
  "code": "<?php\n\nnamespace App\\Http\\Controllers;\n\nuse Illuminate\\Http\\Request;\nuse Illuminate\\Support\\Facades\\DB;\n\nclass ReportController extends Controller\n{\n    private const SORTABLE = ['created_at', 'total', 'customer'];\n\n    public function orders(Request $request)\n    {\n        $sort = in_array($request->input('sort'), self::SORTABLE, true) ? $request->input('sort') : 'created_at';\n        $rows = DB::table('orders')\n            ->where('status', $request->input('status', 'paid'))\n            ->whereDate('created_at', '>=', $request->date('from') ?? now()->subMonth())\n            ->orderBy($sort, 'desc')\n            ->limit(100)\n            ->get();\n        return response()->json($rows);\n    }\n}\n"
 },
 {
  "name": "password_login",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 1,
  "code": "<?php\ndeclare(strict_types=1);\n\nfunction login(PDO $pdo, string $email, string $password): ?int\n{\n    $st = $pdo->prepare('SELECT id, password_hash FROM users WHERE email = ?');\n    $st->execute([$email]);\n    $user = $st->fetch(PDO::FETCH_ASSOC);\n    if (!$user || !password_verify($password, $user['password_hash'])) {\n        return null;\n    }\n    if (password_needs_rehash($user['password_hash'], PASSWORD_DEFAULT)) {\n        $up = $pdo->prepare('UPDATE users SET password_hash = ? WHERE id = ?');\n        $up->execute([password_hash($password, PASSWORD_DEFAULT), $user['id']]);\n    }\n    session_regenerate_id(true);\n    $_SESSION['uid'] = (int)$user['id'];\n    return (int)$user['id'];\n}\n"
 },
 {
  "name": "pdo_repository",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 1,
  "code": "<?php\ndeclare(strict_types=1);\n\nfinal class ProductRepository\n{\n    public function __construct(private PDO $pdo) {}\n\n    public function find(int $id): ?array\n    {\n        $st = $this->pdo->prepare('SELECT id, name, price FROM products WHERE id = :id');\n        $st->execute(['id' => $id]);\n        $row = $st->fetch(PDO::FETCH_ASSOC);\n        return $row === false ? null : $row;\n    }\n\n    public function search(string $term, int $limit = 20): array\n    {\n        $st = $this->pdo->prepare('SELECT id, name, price FROM products WHERE name LIKE ? LIMIT ' . (int)$limit);\n        $st->execute(['%' . $term . '%']);\n        return $st->fetchAll(PDO::FETCH_ASSOC);\n    }\n}\n"
 },
 {
  "name": "plain_contact_form",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 1,
  "code": "<?php\nsession_start();\n$errors = [];\n$name = '';\nif ($_SERVER['REQUEST_METHOD'] === 'POST') {\n    if (!hash_equals($_SESSION['csrf'] ?? '', $_POST['csrf'] ?? '')) {\n        http_response_code(400);\n        exit('Bad request');\n    }\n    $name = trim($_POST['name'] ?? '');\n    $email = filter_input(INPUT_POST, 'email', FILTER_VALIDATE_EMAIL);\n    if ($name === '') $errors[] = 'Name is required';\n    if (!$email) $errors[] = 'A valid e-mail is required';\n}\n$_SESSION['csrf'] = $_SESSION['csrf'] ?? bin2hex(random_bytes(32));\n?>\n<form method=\"post\">\n  <input type=\"hidden\" name=\"csrf\" value=\"<?= htmlspecialchars($_SESSION['csrf'], ENT_QUOTES, 'UTF-8') ?>\">\n  <input name=\"name\" value=\"<?= htmlspecialchars($name, ENT_QUOTES, 'UTF-8') ?>\">\n  <input name=\"email\">\n  <?php foreach ($errors as $e): ?>\n    <p class=\"error\"><?= htmlspecialchars($e, ENT_QUOTES, 'UTF-8') ?></p>\n  <?php endforeach; ?>\n  <button>Send</button>\n</form>\n"
 },
 {
  "name": "random_quote",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 1,
  "code": "<?php\n\nfunction random_quote(array $quotes): string\n{\n    if ($quotes === []) {\n        return '';\n    }\n    return $quotes[array_rand($quotes)];\n}\n\nfunction shuffled_gallery(array $images): array\n{\n    shuffle($images);\n    return array_slice($images, 0, 6);\n}\n\n$quotes = require __DIR__ . '/quotes.php';\necho '<blockquote>' . htmlspecialchars(random_quote($quotes), ENT_QUOTES, 'UTF-8') . '</blockquote>';\necho '<p>Lucky number: ' . mt_rand(1, 100) . '</p>';\n"
 },
 {
  "name": "wp_admin_settings",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 1,
  "code": "<?php\nif (!defined('ABSPATH')) exit;\n\nadd_action('admin_menu', function () {\n    add_options_page('Greeting', 'Greeting', 'manage_options', 'greeting', 'greeting_settings_page');\n});\n\nfunction greeting_settings_page() {\n    if (!current_user_can('manage_options')) {\n        wp_die(__('Forbidden'));\n    }\n    if (isset($_POST['greeting_text'])) {\n        check_admin_referer('greeting_save');\n        update_option('greeting_text', sanitize_text_field(wp_unslash($_POST['greeting_text'])));\n        echo '<div class=\"updated\"><p>Saved.</p></div>';\n    }\n    $value = get_option('greeting_text', 'Hello');\n    ?>\n    <form method=\"post\">\n        <?php wp_nonce_field('greeting_save'); ?>\n        <input type=\"text\" name=\"greeting_text\" value=\"<?php echo esc_attr($value); ?>\">\n        <?php submit_button(); ?>\n    </form>\n    <?php\n}\n"
 },
 {
  "name": "wp_plugin_shortcode",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 1,
  "code": "<?php\n/**\n * Plugin Name: Recent Books\n */\nif (!defined('ABSPATH')) {\n    exit;\n}\n\nfunction rb_recent_books_shortcode($atts) {\n    global $wpdb;\n    $atts = shortcode_atts(['count' => 5, 'genre' => ''], $atts, 'recent_books');\n    $count = absint($atts['count']);\n    $table = $wpdb->prefix . 'books';\n    $rows = $wpdb->get_results(\n        $wpdb->prepare(\"SELECT title, author FROM {$table} WHERE genre = %s ORDER BY created DESC LIMIT %d\", $atts['genre'], $count)\n    );\n    $html = '<ul class=\"recent-books\">';\n    foreach ($rows as $row) {\n        $html .= '<li>' . esc_html($row->title) . ' &mdash; ' . esc_html($row->author) . '</li>';\n    }\n    $html .= '</ul>';\n    return $html;\n}\nadd_shortcode('recent_books', 'rb_recent_books_shortcode');\n"
 },
 {
  "name": "printf_user",
  "kind": "vuln",
  "lang": "c",
  "cwe": 134,
  "wave": 1,
  "code": "#include <stdio.h>\n\nvoid log_message(const char *msg) {\n    fprintf(stderr, \"[app] \");\n    fprintf(stderr, msg);\n    fputc('\\n', stderr);\n}\n\nint main(int argc, char **argv) {\n    for (int i = 1; i < argc; i++) log_message(argv[i]);\n    return 0;\n}\n"
 },
 {
  "name": "strcpy_name",
  "kind": "vuln",
  "lang": "c",
  "cwe": 120,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <string.h>\n\nstruct user {\n    char name[32];\n    int age;\n};\n\nvoid set_name(struct user *u, const char *name) {\n    strcpy(u->name, name);\n}\n\nint main(int argc, char **argv) {\n    struct user u;\n    if (argc > 1) set_name(&u, argv[1]);\n    printf(\"%s\\n\", u.name);\n    return 0;\n}\n"
 },
 {
  "name": "system_grep",
  "kind": "vuln",
  "lang": "c",
  "cwe": 78,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n\nint main(int argc, char **argv) {\n    char cmd[512];\n    if (argc < 2) return 2;\n    snprintf(cmd, sizeof cmd, \"grep -n '%s' /var/log/app.log\", argv[1]);\n    return system(cmd);\n}\n"
 },
 {
  "name": "use_after_free",
  "kind": "vuln",
  "lang": "c",
  "cwe": 416,
  "wave": 1,
  "code": "#include <stdlib.h>\n#include <string.h>\n#include <stdio.h>\n\nchar *dup_upper(const char *s) {\n    char *p = strdup(s);\n    if (!p) return NULL;\n    for (char *q = p; *q; q++) if (*q >= 'a' && *q <= 'z') *q -= 32;\n    return p;\n}\n\nvoid show(const char *s) {\n    char *u = dup_upper(s);\n    free(u);\n    printf(\"%s\\n\", u);\n}\n"
 },
 {
  "name": "exec_shell",
  "kind": "vuln",
  "lang": "go",
  "cwe": 78,
  "wave": 1,
  "code": "package main\n\nimport (\n\t\"net/http\"\n\t\"os/exec\"\n)\n\nfunc convert(w http.ResponseWriter, r *http.Request) {\n\tname := r.FormValue(\"file\")\n\tout, err := exec.Command(\"sh\", \"-c\", \"convert /uploads/\"+name+\" /tmp/out.png\").CombinedOutput()\n\tif err != nil {\n\t\thttp.Error(w, string(out), 500)\n\t\treturn\n\t}\n\tw.Write([]byte(\"ok\"))\n}\n"
 },
 {
  "name": "sql_sprintf",
  "kind": "vuln",
  "lang": "go",
  "cwe": 89,
  "wave": 1,
  "code": "package store\n\nimport (\n\t\"database/sql\"\n\t\"fmt\"\n\t\"net/http\"\n)\n\nfunc SearchHandler(db *sql.DB) http.HandlerFunc {\n\treturn func(w http.ResponseWriter, r *http.Request) {\n\t\tq := r.URL.Query().Get(\"q\")\n\t\trows, err := db.Query(fmt.Sprintf(\"SELECT id, title FROM posts WHERE title LIKE '%%%s%%'\", q))\n\t\tif err != nil {\n\t\t\thttp.Error(w, err.Error(), 500)\n\t\t\treturn\n\t\t}\n\t\tdefer rows.Close()\n\t}\n}\n"
 },
 {
  "name": "tls_skip_verify",
  "kind": "vuln",
  "lang": "go",
  "cwe": 295,
  "wave": 1,
  "code": "package client\n\nimport (\n\t\"crypto/tls\"\n\t\"net/http\"\n\t\"time\"\n)\n\nfunc NewClient() *http.Client {\n\treturn &http.Client{\n\t\tTimeout: 10 * time.Second,\n\t\tTransport: &http.Transport{\n\t\t\tTLSClientConfig: &tls.Config{InsecureSkipVerify: true},\n\t\t},\n\t}\n}\n"
 },
 {
  "name": "download_path",
  "kind": "vuln",
  "lang": "java",
  "cwe": 22,
  "wave": 1,
  "code": "package com.example.files;\n\nimport java.io.IOException;\nimport java.nio.file.Files;\nimport java.nio.file.Path;\nimport java.nio.file.Paths;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class DownloadController {\n    private static final Path ROOT = Paths.get(\"/srv/files\");\n\n    @GetMapping(\"/download\")\n    public byte[] download(@RequestParam String name) throws IOException {\n        return Files.readAllBytes(ROOT.resolve(name));\n    }\n}\n"
 },
 {
  "name": "exec_shell_ping",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "wave": 1,
  "code": "package com.example.net;\n\nimport java.io.IOException;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class PingController {\n    @GetMapping(\"/ping\")\n    public String ping(@RequestParam String host) throws IOException, InterruptedException {\n        Process p = Runtime.getRuntime().exec(new String[] {\"sh\", \"-c\", \"ping -c 1 \" + host});\n        return p.waitFor() == 0 ? \"up\" : \"down\";\n    }\n}\n"
 },
 {
  "name": "object_input_stream",
  "kind": "vuln",
  "lang": "java",
  "cwe": 502,
  "wave": 1,
  "code": "package com.example.session;\n\nimport java.io.ByteArrayInputStream;\nimport java.io.IOException;\nimport java.io.ObjectInputStream;\nimport java.util.Base64;\nimport jakarta.servlet.http.HttpServletRequest;\n\npublic class CartLoader {\n    public Object load(HttpServletRequest request) throws IOException, ClassNotFoundException {\n        byte[] data = Base64.getDecoder().decode(request.getParameter(\"cart\"));\n        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(data))) {\n            return in.readObject();\n        }\n    }\n}\n"
 },
 {
  "name": "reset_token_random",
  "kind": "vuln",
  "lang": "java",
  "cwe": 338,
  "wave": 1,
  "code": "package com.example.auth;\n\nimport java.util.Random;\n\npublic class PasswordResetService {\n    private final Random random = new Random();\n\n    public String newResetToken() {\n        StringBuilder sb = new StringBuilder();\n        for (int i = 0; i < 32; i++) {\n            sb.append(Integer.toHexString(random.nextInt(16)));\n        }\n        return sb.toString();\n    }\n}\n"
 },
 {
  "name": "sql_concat_dao",
  "kind": "vuln",
  "lang": "java",
  "cwe": 89,
  "wave": 1,
  "code": "package com.example.users;\n\nimport java.sql.Connection;\nimport java.sql.ResultSet;\nimport java.sql.SQLException;\nimport java.sql.Statement;\nimport javax.sql.DataSource;\n\npublic class UserDao {\n    private final DataSource ds;\n\n    public UserDao(DataSource ds) { this.ds = ds; }\n\n    public boolean exists(String username) throws SQLException {\n        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {\n            ResultSet rs = st.executeQuery(\"SELECT 1 FROM users WHERE username = '\" + username + \"'\");\n            return rs.next();\n        }\n    }\n}\n"
 },
 {
  "name": "echo_xss",
  "kind": "vuln",
  "lang": "php",
  "cwe": 79,
  "wave": 1,
  "code": "<?php\n$q = $_GET['q'] ?? '';\n?>\n<h2>Results for <?php echo $q; ?></h2>\n"
 },
 {
  "name": "include_page",
  "kind": "vuln",
  "lang": "php",
  "cwe": 98,
  "wave": 1,
  "code": "<?php\n$page = $_GET['page'] ?? 'home';\ninclude __DIR__ . '/pages/' . $page . '.php';\n"
 },
 {
  "name": "sql_concat",
  "kind": "vuln",
  "lang": "php",
  "cwe": 89,
  "wave": 1,
  "code": "<?php\n$mysqli = new mysqli('localhost', 'app', getenv('DB_PASS'), 'shop');\n$cat = $_GET['category'];\n$res = $mysqli->query(\"SELECT id, name FROM products WHERE category = '\" . $cat . \"'\");\nwhile ($row = $res->fetch_assoc()) {\n    echo htmlspecialchars($row['name']) . \"<br>\";\n}\n"
 },
 {
  "name": "base64_encode",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 2,
  "code": "#include <stdlib.h>\n#include <stdint.h>\n#include <string.h>\n\nstatic const char B64[] = \"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/\";\n\nchar *base64_encode(const uint8_t *in, size_t len) {\n    if (len > (SIZE_MAX - 1) / 4 * 3 - 3) return NULL;\n    size_t olen = 4 * ((len + 2) / 3);\n    char *out = malloc(olen + 1);\n    if (!out) return NULL;\n    size_t i = 0, j = 0;\n    while (i + 2 < len) {\n        uint32_t v = ((uint32_t)in[i] << 16) | ((uint32_t)in[i + 1] << 8) | in[i + 2];\n        out[j++] = B64[(v >> 18) & 63];\n        out[j++] = B64[(v >> 12) & 63];\n        out[j++] = B64[(v >> 6) & 63];\n        out[j++] = B64[v & 63];\n        i += 3;\n    }\n    if (i < len) {\n        uint32_t v = (uint32_t)in[i] << 16;\n        if (i + 1 < len) v |= (uint32_t)in[i + 1] << 8;\n        out[j++] = B64[(v >> 18) & 63];\n        out[j++] = B64[(v >> 12) & 63];\n        out[j++] = (i + 1 < len) ? B64[(v >> 6) & 63] : '=';\n        out[j++] = '=';\n    }\n    out[j] = '\\0';\n    return out;\n}\n"
 },
 {
  "name": "cache_path_by_id",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 2,
  "code": "#include <stdio.h>\n#include <stdint.h>\n\n#define CACHE_DIR \"/var/cache/thumbs\"\n\nFILE *open_thumbnail(uint64_t image_id, int size) {\n    char path[256];\n    if (size != 64 && size != 128 && size != 256) return NULL;\n    int n = snprintf(path, sizeof path, \"%s/%llu_%d.png\", CACHE_DIR, (unsigned long long)image_id, size);\n    if (n < 0 || (size_t)n >= sizeof path) return NULL;\n    return fopen(path, \"rb\");\n}\n"
 },
 {
  "name": "dynarray_push",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 2,
  "code": "#include <stdlib.h>\n#include <stdint.h>\n\ntypedef struct {\n    int *items;\n    size_t len;\n    size_t cap;\n} intvec;\n\nint intvec_push(intvec *v, int x) {\n    if (v->len == v->cap) {\n        size_t ncap = v->cap ? v->cap * 2 : 8;\n        if (ncap < v->cap || ncap > SIZE_MAX / sizeof *v->items) return -1;\n        int *p = realloc(v->items, ncap * sizeof *v->items);\n        if (!p) return -1;\n        v->items = p;\n        v->cap = ncap;\n    }\n    v->items[v->len++] = x;\n    return 0;\n}\n\nvoid intvec_free(intvec *v) {\n    free(v->items);\n    v->items = NULL;\n    v->len = v->cap = 0;\n}\n"
 },
 {
  "name": "echo_server_bounded",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 2,
  "code": "#include <sys/socket.h>\n#include <netinet/in.h>\n#include <unistd.h>\n#include <string.h>\n#include <stdio.h>\n\nstatic void handle_client(int fd) {\n    char buf[1024];\n    ssize_t n;\n    while ((n = recv(fd, buf, sizeof buf, 0)) > 0) {\n        ssize_t off = 0;\n        while (off < n) {\n            ssize_t w = send(fd, buf + off, (size_t)(n - off), 0);\n            if (w <= 0) return;\n            off += w;\n        }\n    }\n}\n\nint serve(unsigned short port) {\n    int s = socket(AF_INET, SOCK_STREAM, 0);\n    if (s < 0) return -1;\n    struct sockaddr_in addr;\n    memset(&addr, 0, sizeof addr);\n    addr.sin_family = AF_INET;\n    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);\n    addr.sin_port = htons(port);\n    if (bind(s, (struct sockaddr *)&addr, sizeof addr) < 0 || listen(s, 16) < 0) {\n        close(s);\n        return -1;\n    }\n    for (;;) {\n        int c = accept(s, NULL, NULL);\n        if (c < 0) continue;\n        handle_client(c);\n        close(c);\n    }\n}\n"
 },
 {
  "name": "getopt_output",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 2,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <unistd.h>\n#include <string.h>\n\nstatic void usage(const char *prog) {\n    fprintf(stderr, \"usage: %s [-o OUTPUT] [-n COUNT]\\n\", prog);\n}\n\nint main(int argc, char **argv) {\n    const char *out_path = NULL;\n    long count = 10;\n    int opt;\n    while ((opt = getopt(argc, argv, \"o:n:h\")) != -1) {\n        switch (opt) {\n        case 'o':\n            out_path = optarg;\n            break;\n        case 'n':\n            count = strtol(optarg, NULL, 10);\n            break;\n        default:\n            usage(argv[0]);\n            return 2;\n        }\n    }\n    FILE *out = out_path ? fopen(out_path, \"w\") : stdout;\n    if (!out) {\n        perror(out_path);\n        return 1;\n    }\n    for (long i = 1; i <= count; i++) fprintf(out, \"%ld\\n\", i * i);\n    if (out != stdout) fclose(out);\n    return 0;\n}\n"
 },
 {
  "name": "log_timestamp",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 2,
  "code": "#include <stdio.h>\n#include <stdarg.h>\n#include <time.h>\n\nvoid log_info(const char *fmt, ...) {\n    char ts[32];\n    time_t now = time(NULL);\n    struct tm tm;\n    localtime_r(&now, &tm);\n    strftime(ts, sizeof ts, \"%Y-%m-%d %H:%M:%S\", &tm);\n    fprintf(stderr, \"%s INFO \", ts);\n    va_list ap;\n    va_start(ap, fmt);\n    vfprintf(stderr, fmt, ap);\n    va_end(ap);\n    fputc('\\n', stderr);\n}\n\nint main(void) {\n    log_info(\"started with pid %d\", 42);\n    log_info(\"%s\", \"ready\");\n    return 0;\n}\n"
 },
 {
  "name": "packet_header_checked",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 2,
  "code": "#include <stdint.h>\n#include <string.h>\n#include <stddef.h>\n\n#define MAX_PAYLOAD 512\n\nstruct packet {\n    uint8_t type;\n    uint16_t len;\n    uint8_t payload[MAX_PAYLOAD];\n};\n\nint parse_packet(const uint8_t *buf, size_t n, struct packet *pkt) {\n    if (n < 3) return -1;\n    pkt->type = buf[0];\n    pkt->len = (uint16_t)((buf[1] << 8) | buf[2]);\n    if (pkt->len > sizeof pkt->payload || (size_t)pkt->len > n - 3) return -1;\n    memcpy(pkt->payload, buf + 3, pkt->len);\n    return 0;\n}\n"
 },
 {
  "name": "parse_port",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 2,
  "code": "#include <errno.h>\n#include <limits.h>\n#include <stdlib.h>\n#include <stdio.h>\n\nint parse_port(const char *s, unsigned short *out) {\n    char *end;\n    errno = 0;\n    long v = strtol(s, &end, 10);\n    if (errno != 0 || end == s || *end != '\\0') return -1;\n    if (v < 1 || v > 65535) return -1;\n    *out = (unsigned short)v;\n    return 0;\n}\n\nint main(int argc, char **argv) {\n    unsigned short port;\n    if (argc != 2 || parse_port(argv[1], &port) != 0) {\n        fprintf(stderr, \"usage: %s PORT\\n\", argv[0]);\n        return 2;\n    }\n    printf(\"listening on %u\\n\", port);\n    return 0;\n}\n"
 },
 {
  "name": "popen_constant",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 2,
  "code": "#include <stdio.h>\n#include <string.h>\n\nint kernel_release(char *out, size_t size) {\n    FILE *p = popen(\"uname -r\", \"r\");\n    if (!p) return -1;\n    if (!fgets(out, (int)size, p)) {\n        pclose(p);\n        return -1;\n    }\n    out[strcspn(out, \"\\n\")] = '\\0';\n    return pclose(p) == 0 ? 0 : -1;\n}\n"
 },
 {
  "name": "inventory_vector",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 0,
  "wave": 2,
  "code": "#include <vector>\n#include <string>\n#include <stdexcept>\n#include <iostream>\n\nstruct Item {\n    std::string name;\n    int quantity;\n};\n\nclass Inventory {\npublic:\n    void add(const std::string& name, int qty) {\n        if (qty < 0) throw std::invalid_argument(\"negative quantity\");\n        items_.push_back({name, qty});\n    }\n\n    const Item& at(size_t index) const {\n        return items_.at(index);\n    }\n\n    int total() const {\n        int sum = 0;\n        for (const auto& it : items_) sum += it.quantity;\n        return sum;\n    }\n\n    void print(std::ostream& os) const {\n        for (size_t i = 0; i < items_.size(); ++i) {\n            os << i << \": \" << items_[i].name << \" x\" << items_[i].quantity << \"\\n\";\n        }\n    }\n\nprivate:\n    std::vector<Item> items_;\n};\n"
 },
 {
  "name": "cli_flag_config",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 2,
  "code": "package main\n\nimport (\n\t\"encoding/json\"\n\t\"flag\"\n\t\"fmt\"\n\t\"log\"\n\t\"os\"\n)\n\ntype Settings struct {\n\tName    string `json:\"name\"`\n\tWorkers int    `json:\"workers\"`\n}\n\nfunc main() {\n\tcfgPath := flag.String(\"config\", \"settings.json\", \"path to the settings file\")\n\tverbose := flag.Bool(\"v\", false, \"verbose output\")\n\tflag.Parse()\n\n\tdata, err := os.ReadFile(*cfgPath)\n\tif err != nil {\n\t\tlog.Fatalf(\"read %s: %v\", *cfgPath, err)\n\t}\n\tvar s Settings\n\tif err := json.Unmarshal(data, &s); err != nil {\n\t\tlog.Fatalf(\"parse %s: %v\", *cfgPath, err)\n\t}\n\tif *verbose {\n\t\tfmt.Printf(\"loaded %+v\\n\", s)\n\t}\n}\n"
 },
 {
  "name": "etag_md5",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 2,
  "code": "package httpcache\n\nimport (\n\t\"crypto/md5\"\n\t\"encoding/hex\"\n\t\"net/http\"\n)\n\nfunc WithETag(body []byte, w http.ResponseWriter, r *http.Request) {\n\tsum := md5.Sum(body)\n\tetag := \"\\\"\" + hex.EncodeToString(sum[:]) + \"\\\"\"\n\tw.Header().Set(\"ETag\", etag)\n\tif r.Header.Get(\"If-None-Match\") == etag {\n\t\tw.WriteHeader(http.StatusNotModified)\n\t\treturn\n\t}\n\t_, _ = w.Write(body)\n}\n"
 },
 {
  "name": "exec_ffmpeg_config",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 2,
  "code": "package transcode\n\nimport (\n\t\"context\"\n\t\"fmt\"\n\t\"os/exec\"\n\t\"time\"\n)\n\ntype Job struct {\n\tInput  string\n\tOutput string\n\tHeight int\n}\n\nfunc Run(ctx context.Context, j Job) error {\n\tctx, cancel := context.WithTimeout(ctx, 10*time.Minute)\n\tdefer cancel()\n\tcmd := exec.CommandContext(ctx, \"ffmpeg\", \"-y\", \"-i\", j.Input, \"-vf\", fmt.Sprintf(\"scale=-2:%d\", j.Height), j.Output)\n\tout, err := cmd.CombinedOutput()\n\tif err != nil {\n\t\treturn fmt.Errorf(\"ffmpeg: %w: %s\", err, out)\n\t}\n\treturn nil\n}\n"
 },
 {
  "name": "lb_random_pick",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 2,
  "code": "package balancer\n\nimport (\n\t\"math/rand\"\n\t\"sync\"\n)\n\ntype Backend struct {\n\tAddr    string\n\tHealthy bool\n}\n\ntype Random struct {\n\tmu       sync.RWMutex\n\tbackends []*Backend\n}\n\nfunc (b *Random) Pick() *Backend {\n\tb.mu.RLock()\n\tdefer b.mu.RUnlock()\n\thealthy := make([]*Backend, 0, len(b.backends))\n\tfor _, be := range b.backends {\n\t\tif be.Healthy {\n\t\t\thealthy = append(healthy, be)\n\t\t}\n\t}\n\tif len(healthy) == 0 {\n\t\treturn nil\n\t}\n\treturn healthy[rand.Intn(len(healthy))]\n}\n"
 },
 {
  "name": "login_redirect_const",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 2,
  "code": "package web\n\nimport (\n\t\"net/http\"\n)\n\ntype Auth interface {\n\tCheck(user, pass string) bool\n\tStartSession(w http.ResponseWriter, user string)\n}\n\nfunc LoginHandler(a Auth) http.HandlerFunc {\n\treturn func(w http.ResponseWriter, r *http.Request) {\n\t\tif r.Method != http.MethodPost {\n\t\t\thttp.Error(w, \"method not allowed\", http.StatusMethodNotAllowed)\n\t\t\treturn\n\t\t}\n\t\tuser := r.PostFormValue(\"username\")\n\t\tif !a.Check(user, r.PostFormValue(\"password\")) {\n\t\t\thttp.Redirect(w, r, \"/login?error=1\", http.StatusSeeOther)\n\t\t\treturn\n\t\t}\n\t\ta.StartSession(w, user)\n\t\thttp.Redirect(w, r, \"/dashboard\", http.StatusSeeOther)\n\t}\n}\n"
 },
 {
  "name": "main_env_port",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 2,
  "code": "package main\n\nimport (\n\t\"log\"\n\t\"net/http\"\n\t\"os\"\n\t\"time\"\n)\n\nfunc main() {\n\tport := os.Getenv(\"PORT\")\n\tif port == \"\" {\n\t\tport = \"8080\"\n\t}\n\tmux := http.NewServeMux()\n\tmux.HandleFunc(\"/\", func(w http.ResponseWriter, r *http.Request) {\n\t\tw.Header().Set(\"Content-Type\", \"text/plain\")\n\t\t_, _ = w.Write([]byte(\"hello\\n\"))\n\t})\n\tsrv := &http.Server{Addr: \":\" + port, Handler: mux, ReadTimeout: 10 * time.Second, WriteTimeout: 10 * time.Second}\n\tlog.Printf(\"listening on :%s\", port)\n\tlog.Fatal(srv.ListenAndServe())\n}\n"
 },
 {
  "name": "mux_json_validate",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 2,
  "code": "package api\n\nimport (\n\t\"encoding/json\"\n\t\"net/http\"\n\t\"strings\"\n\n\t\"github.com/gorilla/mux\"\n)\n\ntype CreateUser struct {\n\tEmail string `json:\"email\"`\n\tName  string `json:\"name\"`\n}\n\ntype UserService interface {\n\tCreate(email, name string) (int64, error)\n}\n\nfunc Routes(r *mux.Router, svc UserService) {\n\tr.HandleFunc(\"/users\", func(w http.ResponseWriter, req *http.Request) {\n\t\tvar in CreateUser\n\t\tdec := json.NewDecoder(http.MaxBytesReader(w, req.Body, 1<<20))\n\t\tdec.DisallowUnknownFields()\n\t\tif err := dec.Decode(&in); err != nil || !strings.Contains(in.Email, \"@\") {\n\t\t\thttp.Error(w, \"invalid body\", http.StatusBadRequest)\n\t\t\treturn\n\t\t}\n\t\tid, err := svc.Create(in.Email, in.Name)\n\t\tif err != nil {\n\t\t\thttp.Error(w, \"could not create user\", http.StatusInternalServerError)\n\t\t\treturn\n\t\t}\n\t\tw.Header().Set(\"Content-Type\", \"application/json\")\n\t\tw.WriteHeader(http.StatusCreated)\n\t\t_ = json.NewEncoder(w).Encode(map[string]int64{\"id\": id})\n\t}).Methods(http.MethodPost)\n}\n"
 },
 {
  "name": "render_config_text_template",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 2,
  "code": "package gen\n\nimport (\n\t\"os\"\n\t\"text/template\"\n)\n\nconst unitTmpl = \"[Unit]\\nDescription={{.Description}}\\n\\n[Service]\\nExecStart={{.Exec}}\\nRestart=always\\nUser={{.User}}\\n\\n[Install]\\nWantedBy=multi-user.target\\n\"\n\ntype Unit struct {\n\tDescription string\n\tExec        string\n\tUser        string\n}\n\nfunc WriteUnit(path string, u Unit) error {\n\tt := template.Must(template.New(\"unit\").Parse(unitTmpl))\n\tf, err := os.Create(path)\n\tif err != nil {\n\t\treturn err\n\t}\n\tdefer f.Close()\n\treturn t.Execute(f, u)\n}\n"
 },
 {
  "name": "sql_in_placeholders",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 2,
  "code": "package store\n\nimport (\n\t\"context\"\n\t\"database/sql\"\n\t\"strings\"\n)\n\nfunc DeleteMany(ctx context.Context, db *sql.DB, ids []int64) (int64, error) {\n\tif len(ids) == 0 {\n\t\treturn 0, nil\n\t}\n\tplaceholders := strings.TrimSuffix(strings.Repeat(\"?,\", len(ids)), \",\")\n\targs := make([]any, len(ids))\n\tfor i, id := range ids {\n\t\targs[i] = id\n\t}\n\tres, err := db.ExecContext(ctx, \"DELETE FROM sessions WHERE id IN (\"+placeholders+\")\", args...)\n\tif err != nil {\n\t\treturn 0, err\n\t}\n\treturn res.RowsAffected()\n}\n"
 },
 {
  "name": "upload_base_name",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 2,
  "code": "package files\n\nimport (\n\t\"io\"\n\t\"net/http\"\n\t\"os\"\n\t\"path/filepath\"\n\t\"strings\"\n)\n\nconst uploadDir = \"/var/app/uploads\"\n\nfunc Upload(w http.ResponseWriter, r *http.Request) {\n\tf, hdr, err := r.FormFile(\"file\")\n\tif err != nil {\n\t\thttp.Error(w, \"missing file\", http.StatusBadRequest)\n\t\treturn\n\t}\n\tdefer f.Close()\n\tname := filepath.Base(hdr.Filename)\n\tif name == \".\" || name == \"/\" || strings.HasPrefix(name, \".\") {\n\t\thttp.Error(w, \"bad name\", http.StatusBadRequest)\n\t\treturn\n\t}\n\tdst, err := os.OpenFile(filepath.Join(uploadDir, name), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o640)\n\tif err != nil {\n\t\thttp.Error(w, \"exists\", http.StatusConflict)\n\t\treturn\n\t}\n\tdefer dst.Close()\n\tif _, err := io.Copy(dst, io.LimitReader(f, 10<<20)); err != nil {\n\t\thttp.Error(w, \"write failed\", http.StatusInternalServerError)\n\t}\n}\n"
 },
 {
  "name": "build_file_walker",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 2,
  "code": "package com.example.build;\n\nimport java.io.IOException;\nimport java.nio.file.Files;\nimport java.nio.file.Path;\nimport java.nio.file.Paths;\nimport java.util.List;\nimport java.util.stream.Collectors;\nimport java.util.stream.Stream;\n\npublic class SourceScanner {\n    private final Path root;\n\n    public SourceScanner(Path root) {\n        this.root = root;\n    }\n\n    public List<Path> javaSources() throws IOException {\n        try (Stream<Path> s = Files.walk(root.resolve(\"src/main/java\"))) {\n            return s.filter(p -> p.toString().endsWith(\".java\")).sorted().collect(Collectors.toList());\n        }\n    }\n\n    public long countLines() throws IOException {\n        long total = 0;\n        for (Path p : javaSources()) {\n            try (Stream<String> lines = Files.lines(p)) {\n                total += lines.count();\n            }\n        }\n        return total;\n    }\n\n    public static void main(String[] args) throws IOException {\n        Path root = Paths.get(args.length > 0 ? args[0] : \".\");\n        System.out.println(new SourceScanner(root).countLines() + \" lines\");\n    }\n}\n"
 },
 {
  "name": "jdbc_sort_allowlist",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 2,
  "code": "package com.example.reports;\n\nimport java.sql.Connection;\nimport java.sql.PreparedStatement;\nimport java.sql.ResultSet;\nimport java.sql.SQLException;\nimport java.util.ArrayList;\nimport java.util.List;\nimport java.util.Map;\n\npublic class InvoiceQueries {\n    private static final Map<String, String> SORT_COLUMNS = Map.of(\n        \"date\", \"issued_at\",\n        \"amount\", \"total_cents\",\n        \"customer\", \"customer_name\");\n\n    public List<String> list(Connection c, String customer, String sort) throws SQLException {\n        String column = SORT_COLUMNS.getOrDefault(sort, \"issued_at\");\n        String sql = \"SELECT number FROM invoices WHERE customer_name = ? ORDER BY \" + column + \" DESC\";\n        List<String> out = new ArrayList<>();\n        try (PreparedStatement ps = c.prepareStatement(sql)) {\n            ps.setString(1, customer);\n            try (ResultSet rs = ps.executeQuery()) {\n                while (rs.next()) out.add(rs.getString(1));\n            }\n        }\n        return out;\n    }\n}\n"
 },
 {
  "name": "metrics_sampler",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 2,
  "code": "package com.example.metrics;\n\nimport java.util.Random;\nimport org.slf4j.Logger;\nimport org.slf4j.LoggerFactory;\nimport org.springframework.scheduling.annotation.Scheduled;\nimport org.springframework.stereotype.Component;\n\n@Component\npublic class RequestSampler {\n    private static final Logger log = LoggerFactory.getLogger(RequestSampler.class);\n    private final Random random = new Random();\n    private final double sampleRate;\n    private long sampled;\n\n    public RequestSampler() {\n        this.sampleRate = 0.05;\n    }\n\n    public boolean shouldSample() {\n        return random.nextDouble() < sampleRate;\n    }\n\n    public void record(String path, long millis) {\n        if (shouldSample()) {\n            sampled++;\n            log.info(\"sampled request path={} took={}ms\", path, millis);\n        }\n    }\n\n    @Scheduled(fixedRate = 60_000)\n    public void report() {\n        log.info(\"sampled {} requests in the last minute\", sampled);\n        sampled = 0;\n    }\n}\n"
 },
 {
  "name": "order_service_logging",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 2,
  "code": "package com.example.orders;\n\nimport java.math.BigDecimal;\nimport org.slf4j.Logger;\nimport org.slf4j.LoggerFactory;\nimport org.springframework.stereotype.Service;\nimport org.springframework.transaction.annotation.Transactional;\n\n@Service\npublic class OrderService {\n    private static final Logger log = LoggerFactory.getLogger(OrderService.class);\n    private final OrderRepository orders;\n    private final PaymentGateway payments;\n\n    public OrderService(OrderRepository orders, PaymentGateway payments) {\n        this.orders = orders;\n        this.payments = payments;\n    }\n\n    @Transactional\n    public Order place(long customerId, BigDecimal amount) {\n        if (amount.signum() <= 0) {\n            throw new IllegalArgumentException(\"amount must be positive\");\n        }\n        Order order = orders.save(new Order(customerId, amount));\n        payments.charge(order.getId(), amount);\n        log.info(\"order {} placed for customer {} amount {}\", order.getId(), customerId, amount);\n        return order;\n    }\n}\n"
 },
 {
  "name": "pbkdf2_hasher",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 2,
  "code": "package com.example.auth;\n\nimport java.security.NoSuchAlgorithmException;\nimport java.security.SecureRandom;\nimport java.security.spec.InvalidKeySpecException;\nimport java.util.Base64;\nimport javax.crypto.SecretKeyFactory;\nimport javax.crypto.spec.PBEKeySpec;\n\npublic final class Pbkdf2Hasher {\n    private static final int ITERATIONS = 310_000;\n    private static final int KEY_BITS = 256;\n    private static final SecureRandom RANDOM = new SecureRandom();\n\n    public String hash(char[] password) throws NoSuchAlgorithmException, InvalidKeySpecException {\n        byte[] salt = new byte[16];\n        RANDOM.nextBytes(salt);\n        PBEKeySpec spec = new PBEKeySpec(password, salt, ITERATIONS, KEY_BITS);\n        byte[] dk = SecretKeyFactory.getInstance(\"PBKDF2WithHmacSHA256\").generateSecret(spec).getEncoded();\n        spec.clearPassword();\n        Base64.Encoder b64 = Base64.getEncoder();\n        return ITERATIONS + \":\" + b64.encodeToString(salt) + \":\" + b64.encodeToString(dk);\n    }\n}\n"
 },
 {
  "name": "security_headers_filter",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 2,
  "code": "package com.example.web;\n\nimport jakarta.servlet.FilterChain;\nimport jakarta.servlet.ServletException;\nimport jakarta.servlet.http.HttpServletRequest;\nimport jakarta.servlet.http.HttpServletResponse;\nimport java.io.IOException;\nimport org.springframework.stereotype.Component;\nimport org.springframework.web.filter.OncePerRequestFilter;\n\n@Component\npublic class SecurityHeadersFilter extends OncePerRequestFilter {\n    @Override\n    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)\n            throws ServletException, IOException {\n        response.setHeader(\"X-Content-Type-Options\", \"nosniff\");\n        response.setHeader(\"X-Frame-Options\", \"DENY\");\n        response.setHeader(\"Referrer-Policy\", \"strict-origin-when-cross-origin\");\n        response.setHeader(\"Content-Security-Policy\", \"default-src 'self'\");\n        chain.doFilter(request, response);\n    }\n}\n"
 },
 {
  "name": "snake_game",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 2,
  "code": "package com.example.snake;\n\nimport java.awt.Point;\nimport java.awt.event.KeyAdapter;\nimport java.awt.event.KeyEvent;\nimport java.util.LinkedList;\nimport java.util.Random;\n\npublic class SnakeGame extends KeyAdapter {\n    private static final int WIDTH = 30;\n    private static final int HEIGHT = 20;\n    private final LinkedList<Point> snake = new LinkedList<>();\n    private final Random random = new Random();\n    private Point food;\n    private int dx = 1;\n    private int dy = 0;\n\n    public void reset() {\n        snake.clear();\n        snake.add(new Point(WIDTH / 2, HEIGHT / 2));\n        dx = 1;\n        dy = 0;\n        placeFood();\n    }\n\n    private void placeFood() {\n        do {\n            food = new Point(random.nextInt(WIDTH), random.nextInt(HEIGHT));\n        } while (snake.contains(food));\n    }\n\n    @Override\n    public void keyPressed(KeyEvent e) {\n        switch (e.getKeyCode()) {\n            case KeyEvent.VK_UP -> { dx = 0; dy = -1; }\n            case KeyEvent.VK_DOWN -> { dx = 0; dy = 1; }\n            case KeyEvent.VK_LEFT -> { dx = -1; dy = 0; }\n            case KeyEvent.VK_RIGHT -> { dx = 1; dy = 0; }\n            default -> { }\n        }\n    }\n}\n"
 },
 {
  "name": "thymeleaf_profile",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 2,
  "code": "package com.example.web;\n\nimport java.security.Principal;\nimport org.springframework.stereotype.Controller;\nimport org.springframework.ui.Model;\nimport org.springframework.web.bind.annotation.GetMapping;\nimport org.springframework.web.bind.annotation.PostMapping;\nimport org.springframework.web.bind.annotation.RequestParam;\n\n@Controller\npublic class ProfileController {\n    private final ProfileService profiles;\n\n    public ProfileController(ProfileService profiles) {\n        this.profiles = profiles;\n    }\n\n    @GetMapping(\"/profile\")\n    public String show(Model model, Principal principal) {\n        model.addAttribute(\"profile\", profiles.load(principal.getName()));\n        return \"profile\";\n    }\n\n    @PostMapping(\"/profile\")\n    public String update(@RequestParam String bio, Principal principal) {\n        profiles.updateBio(principal.getName(), bio);\n        return \"redirect:/profile?saved\";\n    }\n}\n"
 },
 {
  "name": "upload_uuid_name",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 2,
  "code": "package com.example.media;\n\nimport java.io.IOException;\nimport java.io.InputStream;\nimport java.nio.file.Files;\nimport java.nio.file.Path;\nimport java.nio.file.Paths;\nimport java.nio.file.StandardCopyOption;\nimport java.util.Locale;\nimport java.util.Set;\nimport java.util.UUID;\nimport org.springframework.http.ResponseEntity;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.web.multipart.MultipartFile;\n\n@RestController\npublic class ImageUploadController {\n    private static final Path STORAGE = Paths.get(\"/var/app/images\");\n    private static final Set<String> ALLOWED = Set.of(\"png\", \"jpg\", \"jpeg\", \"gif\", \"webp\");\n\n    @PostMapping(\"/images\")\n    public ResponseEntity<String> upload(@RequestParam(\"file\") MultipartFile file) throws IOException {\n        String original = file.getOriginalFilename() == null ? \"\" : file.getOriginalFilename();\n        String ext = original.contains(\".\") ? original.substring(original.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : \"\";\n        if (!ALLOWED.contains(ext)) {\n            return ResponseEntity.badRequest().body(\"unsupported file type\");\n        }\n        String stored = UUID.randomUUID() + \".\" + ext;\n        try (InputStream in = file.getInputStream()) {\n            Files.copy(in, STORAGE.resolve(stored), StandardCopyOption.REPLACE_EXISTING);\n        }\n        return ResponseEntity.ok(stored);\n    }\n}\n"
 },
 {
  "name": "webhook_hmac_verify",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 2,
  "code": "package com.example.webhooks;\n\nimport java.nio.charset.StandardCharsets;\nimport java.security.InvalidKeyException;\nimport java.security.MessageDigest;\nimport java.security.NoSuchAlgorithmException;\nimport java.util.HexFormat;\nimport javax.crypto.Mac;\nimport javax.crypto.spec.SecretKeySpec;\n\npublic class WebhookVerifier {\n    private final byte[] secret;\n\n    public WebhookVerifier(String secret) {\n        this.secret = secret.getBytes(StandardCharsets.UTF_8);\n    }\n\n    public boolean verify(byte[] body, String signatureHeader) throws NoSuchAlgorithmException, InvalidKeyException {\n        if (signatureHeader == null || !signatureHeader.startsWith(\"sha256=\")) {\n            return false;\n        }\n        Mac mac = Mac.getInstance(\"HmacSHA256\");\n        mac.init(new SecretKeySpec(secret, \"HmacSHA256\"));\n        byte[] expected = mac.doFinal(body);\n        byte[] given = HexFormat.of().parseHex(signatureHeader.substring(7));\n        return MessageDigest.isEqual(expected, given);\n    }\n}\n"
 },
 {
  "name": "xml_parser_hardened",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 2,
  "code": "package com.example.xml;\n\nimport java.io.IOException;\nimport java.io.InputStream;\nimport javax.xml.XMLConstants;\nimport javax.xml.parsers.DocumentBuilder;\nimport javax.xml.parsers.DocumentBuilderFactory;\nimport javax.xml.parsers.ParserConfigurationException;\nimport org.w3c.dom.Document;\nimport org.xml.sax.SAXException;\n\npublic final class SafeXml {\n    private SafeXml() {}\n\n    public static Document parse(InputStream in) throws IOException, SAXException, ParserConfigurationException {\n        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();\n        dbf.setFeature(\"http://apache.org/xml/features/disallow-doctype-decl\", true);\n        dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);\n        dbf.setXIncludeAware(false);\n        dbf.setExpandEntityReferences(false);\n        DocumentBuilder db = dbf.newDocumentBuilder();\n        return db.parse(in);\n    }\n}\n"
 },
 {
  "name": "zip_extract_checked",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 2,
  "code": "package com.example.archive;\n\nimport java.io.IOException;\nimport java.io.InputStream;\nimport java.nio.file.Files;\nimport java.nio.file.Path;\nimport java.util.zip.ZipEntry;\nimport java.util.zip.ZipInputStream;\n\npublic final class Unzipper {\n    private Unzipper() {}\n\n    public static void extract(InputStream zip, Path targetDir) throws IOException {\n        Path root = targetDir.toAbsolutePath().normalize();\n        try (ZipInputStream zis = new ZipInputStream(zip)) {\n            ZipEntry entry;\n            while ((entry = zis.getNextEntry()) != null) {\n                Path out = root.resolve(entry.getName()).normalize();\n                if (!out.startsWith(root)) {\n                    throw new IOException(\"entry outside target dir: \" + entry.getName());\n                }\n                if (entry.isDirectory()) {\n                    Files.createDirectories(out);\n                } else {\n                    Files.createDirectories(out.getParent());\n                    Files.copy(zis, out);\n                }\n            }\n        }\n    }\n}\n"
 },
 {
  "name": "curl_fixed_api",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 2,
  "code": "<?php\n\nfinal class ExchangeRates\n{\n    private const ENDPOINT = 'https://api.exchangerate.example.com/latest';\n\n    public function fetch(string $base): array\n    {\n        if (!preg_match('/^[A-Z]{3}$/', $base)) {\n            throw new InvalidArgumentException('bad currency');\n        }\n        $ch = curl_init(self::ENDPOINT . '?' . http_build_query(['base' => $base]));\n        curl_setopt_array($ch, [\n            CURLOPT_RETURNTRANSFER => true,\n            CURLOPT_TIMEOUT => 10,\n            CURLOPT_SSL_VERIFYPEER => true,\n        ]);\n        $body = curl_exec($ch);\n        $status = curl_getinfo($ch, CURLINFO_HTTP_CODE);\n        curl_close($ch);\n        if ($body === false || $status !== 200) {\n            throw new RuntimeException('rate service unavailable');\n        }\n        return json_decode($body, true, 512, JSON_THROW_ON_ERROR);\n    }\n}\n"
 },
 {
  "name": "download_realpath",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 2,
  "code": "<?php\nsession_start();\nif (empty($_SESSION['uid'])) {\n    http_response_code(403);\n    exit;\n}\n$base = realpath(__DIR__ . '/../storage/invoices');\n$name = basename($_GET['file'] ?? '');\n$path = realpath($base . DIRECTORY_SEPARATOR . $name);\nif ($path === false || strpos($path, $base . DIRECTORY_SEPARATOR) !== 0 || !is_file($path)) {\n    http_response_code(404);\n    exit('Not found');\n}\nheader('Content-Type: application/pdf');\nheader('Content-Disposition: attachment; filename=\"' . rawurlencode($name) . '\"');\nreadfile($path);\n"
 },
 {
  "name": "eloquent_whereraw_bindings",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 2,
  "code": "<?php\n\nnamespace App\\Repositories;\n\nuse App\\Models\\Event;\nuse Illuminate\\Support\\Collection;\n\nclass EventRepository\n{\n    public function nearby(float $lat, float $lng, int $km): Collection\n    {\n        return Event::query()\n            ->selectRaw('*, (6371 * acos(cos(radians(?)) * cos(radians(lat)) * cos(radians(lng) - radians(?)) + sin(radians(?)) * sin(radians(lat)))) AS distance', [$lat, $lng, $lat])\n            ->whereRaw('starts_at > ?', [now()])\n            ->having('distance', '<', $km)\n            ->orderBy('distance')\n            ->get();\n    }\n\n    public function byOrganizer(int $organizerId): Collection\n    {\n        return Event::where('organizer_id', $organizerId)->latest('starts_at')->get();\n    }\n}\n"
 },
 {
  "name": "file_cache_unserialize",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 2,
  "code": "<?php\n\nfinal class FileCache\n{\n    public function __construct(private string $dir) {}\n\n    private function file(string $key): string\n    {\n        return $this->dir . '/' . sha1($key) . '.cache';\n    }\n\n    public function get(string $key, mixed $default = null): mixed\n    {\n        $f = $this->file($key);\n        if (!is_file($f)) {\n            return $default;\n        }\n        $data = unserialize(file_get_contents($f), ['allowed_classes' => false]);\n        if (!is_array($data) || $data['expires'] < time()) {\n            return $default;\n        }\n        return $data['value'];\n    }\n\n    public function set(string $key, mixed $value, int $ttl = 3600): void\n    {\n        file_put_contents($this->file($key), serialize(['expires' => time() + $ttl, 'value' => $value]), LOCK_EX);\n    }\n}\n"
 },
 {
  "name": "gravatar_helper",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 2,
  "code": "<?php\n\nfunction gravatar_url(string $email, int $size = 80): string\n{\n    $hash = md5(strtolower(trim($email)));\n    return sprintf('https://www.gravatar.com/avatar/%s?s=%d&d=identicon', $hash, $size);\n}\n\nfunction avatar_img(string $email, string $name): string\n{\n    return '<img src=\"' . htmlspecialchars(gravatar_url($email), ENT_QUOTES) . '\" alt=\"' . htmlspecialchars($name, ENT_QUOTES) . '\">';\n}\n"
 },
 {
  "name": "laravel_redirect_named",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 2,
  "code": "<?php\n\nnamespace App\\Http\\Controllers\\Auth;\n\nuse App\\Http\\Controllers\\Controller;\nuse Illuminate\\Http\\Request;\nuse Illuminate\\Support\\Facades\\Auth;\n\nclass LoginController extends Controller\n{\n    public function login(Request $request)\n    {\n        $credentials = $request->validate([\n            'email' => ['required', 'email'],\n            'password' => ['required'],\n        ]);\n        if (Auth::attempt($credentials, $request->boolean('remember'))) {\n            $request->session()->regenerate();\n            return redirect()->intended(route('dashboard'));\n        }\n        return back()->withErrors(['email' => 'The provided credentials do not match our records.'])->onlyInput('email');\n    }\n\n    public function logout(Request $request)\n    {\n        Auth::logout();\n        $request->session()->invalidate();\n        $request->session()->regenerateToken();\n        return redirect('/');\n    }\n}\n"
 },
 {
  "name": "reset_token_store",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 2,
  "code": "<?php\n\nfunction create_password_reset(PDO $pdo, int $userId): string\n{\n    $token = bin2hex(random_bytes(32));\n    $st = $pdo->prepare('INSERT INTO password_resets (user_id, token_hash, expires_at) VALUES (?, ?, ?)');\n    $st->execute([$userId, hash('sha256', $token), date('Y-m-d H:i:s', time() + 3600)]);\n    return $token;\n}\n\nfunction find_password_reset(PDO $pdo, string $token): ?int\n{\n    $st = $pdo->prepare('SELECT user_id FROM password_resets WHERE token_hash = ? AND expires_at > NOW()');\n    $st->execute([hash('sha256', $token)]);\n    $id = $st->fetchColumn();\n    return $id === false ? null : (int) $id;\n}\n"
 },
 {
  "name": "wp_rest_route",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 2,
  "code": "<?php\nadd_action('rest_api_init', function () {\n    register_rest_route('books/v1', '/books/(?P<id>\\d+)', [\n        'methods' => 'GET',\n        'callback' => 'books_get_book',\n        'permission_callback' => '__return_true',\n        'args' => ['id' => ['validate_callback' => fn ($v) => is_numeric($v)]],\n    ]);\n    register_rest_route('books/v1', '/books/(?P<id>\\d+)', [\n        'methods' => 'DELETE',\n        'callback' => 'books_delete_book',\n        'permission_callback' => fn () => current_user_can('delete_posts'),\n    ]);\n});\n\nfunction books_get_book(WP_REST_Request $request) {\n    global $wpdb;\n    $id = (int) $request['id'];\n    $row = $wpdb->get_row($wpdb->prepare(\"SELECT id, title FROM {$wpdb->prefix}books WHERE id = %d\", $id), ARRAY_A);\n    return $row ? rest_ensure_response($row) : new WP_Error('not_found', 'No book', ['status' => 404]);\n}\n\nfunction books_delete_book(WP_REST_Request $request) {\n    global $wpdb;\n    $wpdb->delete($wpdb->prefix . 'books', ['id' => (int) $request['id']], ['%d']);\n    return rest_ensure_response(['deleted' => true]);\n}\n"
 },
 {
  "name": "gets_line",
  "kind": "vuln",
  "lang": "c",
  "cwe": 242,
  "wave": 2,
  "code": "#include <stdio.h>\n\nint main(void) {\n    char name[64];\n    printf(\"name: \");\n    gets(name);\n    printf(\"hello %s\\n\", name);\n    return 0;\n}\n"
 },
 {
  "name": "sprintf_recv",
  "kind": "vuln",
  "lang": "c",
  "cwe": 120,
  "wave": 2,
  "code": "#include <sys/socket.h>\n#include <stdio.h>\n#include <string.h>\n\nvoid greet(int fd) {\n    char name[256];\n    char reply[64];\n    ssize_t n = recv(fd, name, sizeof name - 1, 0);\n    if (n <= 0) return;\n    name[n] = '\\0';\n    sprintf(reply, \"Hello, %s!\\n\", name);\n    send(fd, reply, strlen(reply), 0);\n}\n"
 },
 {
  "name": "strcat_args",
  "kind": "vuln",
  "lang": "c",
  "cwe": 120,
  "wave": 2,
  "code": "#include <stdio.h>\n#include <string.h>\n\nint main(int argc, char **argv) {\n    char line[128] = \"\";\n    for (int i = 1; i < argc; i++) {\n        strcat(line, argv[i]);\n        strcat(line, \" \");\n    }\n    puts(line);\n    return 0;\n}\n"
 },
 {
  "name": "math_rand_token",
  "kind": "vuln",
  "lang": "go",
  "cwe": 338,
  "wave": 2,
  "code": "package auth\n\nimport (\n\t\"math/rand\"\n)\n\nconst letters = \"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789\"\n\nfunc NewAPIToken() string {\n\tb := make([]byte, 32)\n\tfor i := range b {\n\t\tb[i] = letters[rand.Intn(len(letters))]\n\t}\n\treturn string(b)\n}\n"
 },
 {
  "name": "open_redirect",
  "kind": "vuln",
  "lang": "go",
  "cwe": 601,
  "wave": 2,
  "code": "package web\n\nimport \"net/http\"\n\nfunc AfterLogin(w http.ResponseWriter, r *http.Request) {\n\tnext := r.URL.Query().Get(\"next\")\n\thttp.Redirect(w, r, next, http.StatusFound)\n}\n"
 },
 {
  "name": "path_join_query",
  "kind": "vuln",
  "lang": "go",
  "cwe": 22,
  "wave": 2,
  "code": "package files\n\nimport (\n\t\"net/http\"\n\t\"os\"\n\t\"path/filepath\"\n)\n\nfunc Download(w http.ResponseWriter, r *http.Request) {\n\tname := r.URL.Query().Get(\"file\")\n\tdata, err := os.ReadFile(filepath.Join(\"/srv/shared\", name))\n\tif err != nil {\n\t\thttp.NotFound(w, r)\n\t\treturn\n\t}\n\tw.Write(data)\n}\n"
 },
 {
  "name": "hardcoded_db_password",
  "kind": "vuln",
  "lang": "java",
  "cwe": 798,
  "wave": 2,
  "code": "package com.example.db;\n\nimport java.sql.Connection;\nimport java.sql.DriverManager;\nimport java.sql.SQLException;\n\npublic class Database {\n    public static Connection connect() throws SQLException {\n        return DriverManager.getConnection(\"jdbc:postgresql://db.internal:5432/app\", \"app\", \"S3cr3tP@ssw0rd!\");\n    }\n}\n"
 },
 {
  "name": "md5_password",
  "kind": "vuln",
  "lang": "java",
  "cwe": 328,
  "wave": 2,
  "code": "package com.example.auth;\n\nimport java.math.BigInteger;\nimport java.nio.charset.StandardCharsets;\nimport java.security.MessageDigest;\n\npublic class LegacyPasswordHasher {\n    public String hashPassword(String password) throws Exception {\n        MessageDigest md = MessageDigest.getInstance(\"MD5\");\n        byte[] digest = md.digest(password.getBytes(StandardCharsets.UTF_8));\n        return String.format(\"%032x\", new BigInteger(1, digest));\n    }\n}\n"
 },
 {
  "name": "xxe_default_factory",
  "kind": "vuln",
  "lang": "java",
  "cwe": 611,
  "wave": 2,
  "code": "package com.example.xml;\n\nimport java.io.InputStream;\nimport javax.xml.parsers.DocumentBuilderFactory;\nimport jakarta.servlet.http.HttpServletRequest;\nimport org.w3c.dom.Document;\n\npublic class ImportServlet {\n    public String importXml(HttpServletRequest request) throws Exception {\n        InputStream in = request.getInputStream();\n        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();\n        Document doc = dbf.newDocumentBuilder().parse(in);\n        return doc.getDocumentElement().getTextContent();\n    }\n}\n"
 },
 {
  "name": "header_redirect",
  "kind": "vuln",
  "lang": "php",
  "cwe": 601,
  "wave": 2,
  "code": "<?php\nsession_start();\n$_SESSION['uid'] = 1;\n$next = $_GET['next'] ?? '/';\nheader('Location: ' . $next);\nexit;\n"
 },
 {
  "name": "system_ping",
  "kind": "vuln",
  "lang": "php",
  "cwe": 78,
  "wave": 2,
  "code": "<?php\n$host = $_GET['host'];\necho '<pre>';\nsystem('ping -c 3 ' . $host);\necho '</pre>';\n"
 },
 {
  "name": "unserialize_cookie",
  "kind": "vuln",
  "lang": "php",
  "cwe": 502,
  "wave": 2,
  "code": "<?php\n$prefs = isset($_COOKIE['prefs']) ? unserialize($_COOKIE['prefs']) : [];\n$theme = $prefs['theme'] ?? 'light';\necho '<body class=\"' . htmlspecialchars($theme) . '\">';\n"
 },
 {
  "name": "aes_gcm_openssl",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 3,
  "code": "#include <openssl/evp.h>\n#include <openssl/rand.h>\n#include <string.h>\n\nint encrypt_gcm(const unsigned char key[32], const unsigned char *pt, int pt_len,\n                unsigned char iv[12], unsigned char *ct, unsigned char tag[16]) {\n    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();\n    int len, ct_len;\n    if (!ctx) return -1;\n    if (RAND_bytes(iv, 12) != 1) goto err;\n    if (EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, iv) != 1) goto err;\n    if (EVP_EncryptUpdate(ctx, ct, &len, pt, pt_len) != 1) goto err;\n    ct_len = len;\n    if (EVP_EncryptFinal_ex(ctx, ct + len, &len) != 1) goto err;\n    ct_len += len;\n    if (EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, tag) != 1) goto err;\n    EVP_CIPHER_CTX_free(ctx);\n    return ct_len;\nerr:\n    EVP_CIPHER_CTX_free(ctx);\n    return -1;\n}\n"
 },
 {
  "name": "curl_fetch_fixed",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 3,
  "code": "#include <curl/curl.h>\n#include <stdlib.h>\n#include <string.h>\n\nstruct mem {\n    char *data;\n    size_t len;\n};\n\nstatic size_t on_data(void *ptr, size_t size, size_t nmemb, void *userdata) {\n    struct mem *m = userdata;\n    size_t n = size * nmemb;\n    char *p = realloc(m->data, m->len + n + 1);\n    if (!p) return 0;\n    m->data = p;\n    memcpy(m->data + m->len, ptr, n);\n    m->len += n;\n    m->data[m->len] = '\\0';\n    return n;\n}\n\nchar *fetch_status(void) {\n    struct mem m = {0};\n    CURL *c = curl_easy_init();\n    if (!c) return NULL;\n    curl_easy_setopt(c, CURLOPT_URL, \"https://status.example.com/api/v2/status.json\");\n    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_data);\n    curl_easy_setopt(c, CURLOPT_WRITEDATA, &m);\n    curl_easy_setopt(c, CURLOPT_TIMEOUT, 10L);\n    CURLcode rc = curl_easy_perform(c);\n    curl_easy_cleanup(c);\n    if (rc != CURLE_OK) {\n        free(m.data);\n        return NULL;\n    }\n    return m.data;\n}\n"
 },
 {
  "name": "exec_wrapper_nice",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 3,
  "code": "#include <stdio.h>\n#include <unistd.h>\n#include <sys/resource.h>\n\nint main(int argc, char **argv) {\n    if (argc < 2) {\n        fprintf(stderr, \"usage: %s COMMAND [ARG]...\\n\", argv[0]);\n        return 2;\n    }\n    if (setpriority(PRIO_PROCESS, 0, 10) != 0) {\n        perror(\"setpriority\");\n    }\n    execvp(argv[1], &argv[1]);\n    perror(argv[1]);\n    return 127;\n}\n"
 },
 {
  "name": "sha256_file",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 3,
  "code": "#include <openssl/evp.h>\n#include <stdio.h>\n\nint sha256_file(const char *path, unsigned char out[32]) {\n    FILE *f = fopen(path, \"rb\");\n    if (!f) return -1;\n    EVP_MD_CTX *ctx = EVP_MD_CTX_new();\n    if (!ctx) {\n        fclose(f);\n        return -1;\n    }\n    EVP_DigestInit_ex(ctx, EVP_sha256(), NULL);\n    unsigned char buf[8192];\n    size_t n;\n    while ((n = fread(buf, 1, sizeof buf, f)) > 0) EVP_DigestUpdate(ctx, buf, n);\n    unsigned int len = 0;\n    EVP_DigestFinal_ex(ctx, out, &len);\n    EVP_MD_CTX_free(ctx);\n    fclose(f);\n    return len == 32 ? 0 : -1;\n}\n\nint main(int argc, char **argv) {\n    unsigned char d[32];\n    for (int i = 1; i < argc; i++) {\n        if (sha256_file(argv[i], d) != 0) {\n            perror(argv[i]);\n            continue;\n        }\n        for (int k = 0; k < 32; k++) printf(\"%02x\", d[k]);\n        printf(\"  %s\\n\", argv[i]);\n    }\n    return 0;\n}\n"
 },
 {
  "name": "signal_flag",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 3,
  "code": "#include <signal.h>\n#include <stdio.h>\n#include <unistd.h>\n\nstatic volatile sig_atomic_t running = 1;\n\nstatic void on_signal(int sig) {\n    (void)sig;\n    running = 0;\n}\n\nint main(void) {\n    struct sigaction sa;\n    sa.sa_handler = on_signal;\n    sigemptyset(&sa.sa_mask);\n    sa.sa_flags = 0;\n    sigaction(SIGINT, &sa, NULL);\n    sigaction(SIGTERM, &sa, NULL);\n    unsigned long ticks = 0;\n    while (running) {\n        sleep(1);\n        ticks++;\n    }\n    printf(\"stopped after %lu ticks\\n\", ticks);\n    return 0;\n}\n"
 },
 {
  "name": "snprintf_copy_name",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 3,
  "code": "#include <stdio.h>\n#include <string.h>\n\n#define NAME_MAX_LEN 32\n\nstruct player {\n    char name[NAME_MAX_LEN];\n    int score;\n};\n\nvoid player_set_name(struct player *p, const char *name) {\n    snprintf(p->name, sizeof p->name, \"%s\", name);\n}\n\nvoid player_copy_name(struct player *dst, const struct player *src) {\n    strncpy(dst->name, src->name, sizeof dst->name - 1);\n    dst->name[sizeof dst->name - 1] = '\\0';\n}\n\nint player_cmp(const void *a, const void *b) {\n    const struct player *pa = a, *pb = b;\n    return (pb->score > pa->score) - (pb->score < pa->score);\n}\n"
 },
 {
  "name": "state_machine_crc16",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 3,
  "code": "#include <stdint.h>\n#include <stddef.h>\n\nenum rx_state { WAIT_SYNC, READ_LEN, READ_DATA, READ_CRC };\n\n#define FRAME_MAX 64\n\nstruct rx {\n    enum rx_state state;\n    uint8_t len;\n    uint8_t pos;\n    uint8_t data[FRAME_MAX];\n};\n\nuint16_t crc16_ccitt(const uint8_t *d, size_t n) {\n    uint16_t crc = 0xFFFF;\n    while (n--) {\n        crc ^= (uint16_t)(*d++) << 8;\n        for (int i = 0; i < 8; i++) crc = (crc & 0x8000) ? (uint16_t)((crc << 1) ^ 0x1021) : (uint16_t)(crc << 1);\n    }\n    return crc;\n}\n\nint rx_feed(struct rx *r, uint8_t b) {\n    switch (r->state) {\n    case WAIT_SYNC:\n        if (b == 0x7E) r->state = READ_LEN;\n        break;\n    case READ_LEN:\n        if (b == 0 || b > FRAME_MAX) { r->state = WAIT_SYNC; break; }\n        r->len = b;\n        r->pos = 0;\n        r->state = READ_DATA;\n        break;\n    case READ_DATA:\n        r->data[r->pos++] = b;\n        if (r->pos == r->len) r->state = READ_CRC;\n        break;\n    case READ_CRC:\n        r->state = WAIT_SYNC;\n        return (crc16_ccitt(r->data, r->len) & 0xFF) == b;\n    }\n    return 0;\n}\n"
 },
 {
  "name": "wipe_key",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 3,
  "code": "#include <string.h>\n#include <stdlib.h>\n#include <openssl/crypto.h>\n\nstruct keyring {\n    unsigned char enc_key[32];\n    unsigned char mac_key[32];\n};\n\nstruct keyring *keyring_new(const unsigned char *material, size_t len) {\n    if (len != 64) return NULL;\n    struct keyring *k = malloc(sizeof *k);\n    if (!k) return NULL;\n    memcpy(k->enc_key, material, 32);\n    memcpy(k->mac_key, material + 32, 32);\n    return k;\n}\n\nvoid keyring_free(struct keyring *k) {\n    if (!k) return;\n    OPENSSL_cleanse(k, sizeof *k);\n    free(k);\n}\n"
 },
 {
  "name": "config_fs_path",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 0,
  "wave": 3,
  "code": "#include <filesystem>\n#include <fstream>\n#include <map>\n#include <string>\n#include <cstdlib>\n\nnamespace fs = std::filesystem;\n\nstd::map<std::string, std::string> load_settings() {\n    std::map<std::string, std::string> out;\n    const char* home = std::getenv(\"HOME\");\n    fs::path file = fs::path(home ? home : \".\") / \".config\" / \"mytool\" / \"settings.conf\";\n    std::ifstream in(file);\n    std::string line;\n    while (std::getline(in, line)) {\n        auto eq = line.find('=');\n        if (eq == std::string::npos || line[0] == '#') continue;\n        out[line.substr(0, eq)] = line.substr(eq + 1);\n    }\n    return out;\n}\n"
 },
 {
  "name": "thread_pool_queue",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 0,
  "wave": 3,
  "code": "#include <condition_variable>\n#include <functional>\n#include <mutex>\n#include <queue>\n#include <thread>\n#include <vector>\n\nclass ThreadPool {\npublic:\n    explicit ThreadPool(size_t n) {\n        for (size_t i = 0; i < n; ++i) {\n            workers_.emplace_back([this] {\n                for (;;) {\n                    std::function<void()> job;\n                    {\n                        std::unique_lock<std::mutex> lock(mu_);\n                        cv_.wait(lock, [this] { return stop_ || !jobs_.empty(); });\n                        if (stop_ && jobs_.empty()) return;\n                        job = std::move(jobs_.front());\n                        jobs_.pop();\n                    }\n                    job();\n                }\n            });\n        }\n    }\n\n    void submit(std::function<void()> f) {\n        {\n            std::lock_guard<std::mutex> lock(mu_);\n            jobs_.push(std::move(f));\n        }\n        cv_.notify_one();\n    }\n\n    ~ThreadPool() {\n        {\n            std::lock_guard<std::mutex> lock(mu_);\n            stop_ = true;\n        }\n        cv_.notify_all();\n        for (auto& t : workers_) t.join();\n    }\n\nprivate:\n    std::vector<std::thread> workers_;\n    std::queue<std::function<void()>> jobs_;\n    std::mutex mu_;\n    std::condition_variable cv_;\n    bool stop_ = false;\n};\n"
 },
 {
  "name": "aes_gcm_seal",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 3,
  "code": "package secretbox\n\nimport (\n\t\"crypto/aes\"\n\t\"crypto/cipher\"\n\t\"crypto/rand\"\n\t\"errors\"\n\t\"io\"\n)\n\nfunc Seal(key, plaintext []byte) ([]byte, error) {\n\tblock, err := aes.NewCipher(key)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tgcm, err := cipher.NewGCM(block)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tnonce := make([]byte, gcm.NonceSize())\n\tif _, err := io.ReadFull(rand.Reader, nonce); err != nil {\n\t\treturn nil, err\n\t}\n\treturn gcm.Seal(nonce, nonce, plaintext, nil), nil\n}\n\nfunc Open(key, box []byte) ([]byte, error) {\n\tblock, err := aes.NewCipher(key)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tgcm, err := cipher.NewGCM(block)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tif len(box) < gcm.NonceSize() {\n\t\treturn nil, errors.New(\"ciphertext too short\")\n\t}\n\treturn gcm.Open(nil, box[:gcm.NonceSize()], box[gcm.NonceSize():], nil)\n}\n"
 },
 {
  "name": "fake_data_test",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 3,
  "code": "package users\n\nimport (\n\t\"fmt\"\n\t\"math/rand\"\n\t\"testing\"\n)\n\nfunc randomUsers(r *rand.Rand, n int) []User {\n\tout := make([]User, n)\n\tfor i := range out {\n\t\tout[i] = User{ID: r.Int63(), Email: fmt.Sprintf(\"user%d@example.com\", r.Intn(100000))}\n\t}\n\treturn out\n}\n\nfunc TestDedupe(t *testing.T) {\n\tr := rand.New(rand.NewSource(1))\n\tusers := randomUsers(r, 200)\n\tusers = append(users, users[:10]...)\n\tgot := Dedupe(users)\n\tif len(got) != 200 {\n\t\tt.Fatalf(\"want 200 unique users, got %d\", len(got))\n\t}\n}\n"
 },
 {
  "name": "git_blob_sha1",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 3,
  "code": "package gitobj\n\nimport (\n\t\"crypto/sha1\"\n\t\"encoding/hex\"\n\t\"fmt\"\n)\n\n// BlobID returns the object id git assigns to a blob with this content.\nfunc BlobID(content []byte) string {\n\th := sha1.New()\n\tfmt.Fprintf(h, \"blob %d\\x00\", len(content))\n\th.Write(content)\n\treturn hex.EncodeToString(h.Sum(nil))\n}\n"
 },
 {
  "name": "html_template_trusted_const",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 3,
  "code": "package web\n\nimport (\n\t\"html/template\"\n\t\"net/http\"\n)\n\nvar layout = template.Must(template.New(\"layout\").Parse(`<!doctype html><html><head>{{.Analytics}}</head><body><h1>{{.Title}}</h1></body></html>`))\n\nconst analyticsSnippet = `<script defer src=\"/static/analytics.js\"></script>`\n\nfunc Home(w http.ResponseWriter, r *http.Request) {\n\tdata := struct {\n\t\tTitle     string\n\t\tAnalytics template.HTML\n\t}{Title: \"Welcome\", Analytics: template.HTML(analyticsSnippet)}\n\tif err := layout.Execute(w, data); err != nil {\n\t\thttp.Error(w, \"render\", http.StatusInternalServerError)\n\t}\n}\n"
 },
 {
  "name": "jwt_parse_verified",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 3,
  "code": "package auth\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n\n\t\"github.com/golang-jwt/jwt/v5\"\n)\n\ntype Verifier struct {\n\tkey []byte\n}\n\nfunc NewVerifier(key []byte) *Verifier { return &Verifier{key: key} }\n\nfunc (v *Verifier) Subject(tokenString string) (string, error) {\n\ttok, err := jwt.Parse(tokenString, func(t *jwt.Token) (any, error) {\n\t\tif _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {\n\t\t\treturn nil, fmt.Errorf(\"unexpected signing method %v\", t.Header[\"alg\"])\n\t\t}\n\t\treturn v.key, nil\n\t}, jwt.WithValidMethods([]string{\"HS256\"}))\n\tif err != nil || !tok.Valid {\n\t\treturn \"\", errors.New(\"invalid token\")\n\t}\n\treturn tok.Claims.GetSubject()\n}\n"
 },
 {
  "name": "pagination_sprintf_int",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 3,
  "code": "package api\n\nimport (\n\t\"database/sql\"\n\t\"fmt\"\n\t\"net/http\"\n\t\"strconv\"\n)\n\nfunc ListArticles(db *sql.DB) http.HandlerFunc {\n\treturn func(w http.ResponseWriter, r *http.Request) {\n\t\tpage, err := strconv.Atoi(r.URL.Query().Get(\"page\"))\n\t\tif err != nil || page < 1 {\n\t\t\tpage = 1\n\t\t}\n\t\tconst perPage = 25\n\t\tq := fmt.Sprintf(\"SELECT id, title FROM articles ORDER BY id DESC LIMIT %d OFFSET %d\", perPage, (page-1)*perPage)\n\t\trows, err := db.Query(q)\n\t\tif err != nil {\n\t\t\thttp.Error(w, \"db error\", http.StatusInternalServerError)\n\t\t\treturn\n\t\t}\n\t\tdefer rows.Close()\n\t\tfor rows.Next() {\n\t\t\tvar id int\n\t\t\tvar title string\n\t\t\tif err := rows.Scan(&id, &title); err == nil {\n\t\t\t\tfmt.Fprintf(w, \"%d\\t%s\\n\", id, title)\n\t\t\t}\n\t\t}\n\t}\n}\n"
 },
 {
  "name": "reverse_proxy_fixed",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 3,
  "code": "package main\n\nimport (\n\t\"log\"\n\t\"net/http\"\n\t\"net/http/httputil\"\n\t\"net/url\"\n)\n\nfunc main() {\n\tbackend, err := url.Parse(\"http://127.0.0.1:9000\")\n\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n\tproxy := httputil.NewSingleHostReverseProxy(backend)\n\thttp.Handle(\"/api/\", proxy)\n\thttp.Handle(\"/\", http.FileServer(http.Dir(\"web/dist\")))\n\tlog.Fatal(http.ListenAndServe(\":8080\", nil))\n}\n"
 },
 {
  "name": "slog_request_logger",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 3,
  "code": "package middleware\n\nimport (\n\t\"log/slog\"\n\t\"net/http\"\n\t\"time\"\n)\n\ntype statusWriter struct {\n\thttp.ResponseWriter\n\tstatus int\n}\n\nfunc (s *statusWriter) WriteHeader(code int) {\n\ts.status = code\n\ts.ResponseWriter.WriteHeader(code)\n}\n\nfunc Logging(logger *slog.Logger, next http.Handler) http.Handler {\n\treturn http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {\n\t\tstart := time.Now()\n\t\tsw := &statusWriter{ResponseWriter: w, status: http.StatusOK}\n\t\tnext.ServeHTTP(sw, r)\n\t\tlogger.Info(\"request\", \"method\", r.Method, \"path\", r.URL.Path, \"status\", sw.status, \"duration\", time.Since(start))\n\t})\n}\n"
 },
 {
  "name": "tempdir_work",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 3,
  "code": "package build\n\nimport (\n\t\"os\"\n\t\"os/exec\"\n\t\"path/filepath\"\n)\n\nfunc CompileSnippet(source []byte) ([]byte, error) {\n\tdir, err := os.MkdirTemp(\"\", \"snippet-\")\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tdefer os.RemoveAll(dir)\n\tif err := os.WriteFile(filepath.Join(dir, \"main.go\"), source, 0o600); err != nil {\n\t\treturn nil, err\n\t}\n\tcmd := exec.Command(\"go\", \"vet\", \"./...\")\n\tcmd.Dir = dir\n\treturn cmd.CombinedOutput()\n}\n"
 },
 {
  "name": "walkdir_cli",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 3,
  "code": "package main\n\nimport (\n\t\"fmt\"\n\t\"io/fs\"\n\t\"os\"\n\t\"path/filepath\"\n\t\"strings\"\n)\n\nfunc main() {\n\troot := \".\"\n\tif len(os.Args) > 1 {\n\t\troot = os.Args[1]\n\t}\n\tvar total int64\n\terr := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {\n\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n\t\tif d.IsDir() && strings.HasPrefix(d.Name(), \".\") && path != root {\n\t\t\treturn filepath.SkipDir\n\t\t}\n\t\tif !d.IsDir() && strings.HasSuffix(path, \".go\") {\n\t\t\tdata, err := os.ReadFile(path)\n\t\t\tif err != nil {\n\t\t\t\treturn err\n\t\t\t}\n\t\t\ttotal += int64(strings.Count(string(data), \"\\n\"))\n\t\t}\n\t\treturn nil\n\t})\n\tif err != nil {\n\t\tfmt.Fprintln(os.Stderr, err)\n\t\tos.Exit(1)\n\t}\n\tfmt.Println(total, \"lines of Go\")\n}\n"
 },
 {
  "name": "android_sqlite_notes",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 3,
  "code": "package com.example.notes.data;\n\nimport android.content.ContentValues;\nimport android.content.Context;\nimport android.database.Cursor;\nimport android.database.sqlite.SQLiteDatabase;\nimport android.database.sqlite.SQLiteOpenHelper;\nimport android.util.Log;\nimport java.util.ArrayList;\nimport java.util.List;\n\npublic class NotesDb extends SQLiteOpenHelper {\n    private static final String TAG = \"NotesDb\";\n\n    public NotesDb(Context context) {\n        super(context, \"notes.db\", null, 1);\n    }\n\n    @Override\n    public void onCreate(SQLiteDatabase db) {\n        db.execSQL(\"CREATE TABLE notes (_id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT)\");\n    }\n\n    @Override\n    public void onUpgrade(SQLiteDatabase db, int oldVersion, int newVersion) {\n        db.execSQL(\"DROP TABLE IF EXISTS notes\");\n        onCreate(db);\n    }\n\n    public long insert(String title, String body) {\n        ContentValues cv = new ContentValues();\n        cv.put(\"title\", title);\n        cv.put(\"body\", body);\n        return getWritableDatabase().insert(\"notes\", null, cv);\n    }\n\n    public List<String> titlesMatching(String query) {\n        List<String> out = new ArrayList<>();\n        try (Cursor c = getReadableDatabase().query(\"notes\", new String[] {\"title\"}, \"title LIKE ?\",\n                new String[] {\"%\" + query + \"%\"}, null, null, \"title ASC\")) {\n            while (c.moveToNext()) out.add(c.getString(0));\n        }\n        Log.d(TAG, \"found \" + out.size() + \" notes\");\n        return out;\n    }\n}\n"
 },
 {
  "name": "android_webview_assets",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 3,
  "code": "package com.example.help;\n\nimport android.app.Activity;\nimport android.os.Bundle;\nimport android.webkit.WebSettings;\nimport android.webkit.WebView;\n\npublic class HelpActivity extends Activity {\n    @Override\n    protected void onCreate(Bundle savedInstanceState) {\n        super.onCreate(savedInstanceState);\n        WebView web = new WebView(this);\n        WebSettings s = web.getSettings();\n        s.setJavaScriptEnabled(false);\n        s.setAllowFileAccess(false);\n        setContentView(web);\n        web.loadUrl(\"file:///android_asset/help/index.html\");\n    }\n}\n"
 },
 {
  "name": "api_key_generator",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 3,
  "code": "package com.example.keys;\n\nimport java.security.SecureRandom;\nimport java.util.Base64;\n\npublic final class ApiKeyGenerator {\n    private static final SecureRandom RANDOM = new SecureRandom();\n    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();\n\n    private ApiKeyGenerator() {}\n\n    public static String newApiKey() {\n        byte[] bytes = new byte[32];\n        RANDOM.nextBytes(bytes);\n        return \"ak_\" + ENCODER.encodeToString(bytes);\n    }\n\n    public static String newSessionId() {\n        byte[] bytes = new byte[24];\n        RANDOM.nextBytes(bytes);\n        return ENCODER.encodeToString(bytes);\n    }\n}\n"
 },
 {
  "name": "cors_config",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 3,
  "code": "package com.example.web;\n\nimport org.springframework.context.annotation.Configuration;\nimport org.springframework.web.servlet.config.annotation.CorsRegistry;\nimport org.springframework.web.servlet.config.annotation.WebMvcConfigurer;\n\n@Configuration\npublic class CorsConfig implements WebMvcConfigurer {\n    @Override\n    public void addCorsMappings(CorsRegistry registry) {\n        registry.addMapping(\"/api/**\")\n            .allowedOrigins(\"https://app.example.com\", \"https://admin.example.com\")\n            .allowedMethods(\"GET\", \"POST\", \"PUT\", \"DELETE\")\n            .allowCredentials(true)\n            .maxAge(3600);\n    }\n}\n"
 },
 {
  "name": "exec_constant_array",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 3,
  "code": "package com.example.ops;\n\nimport java.io.IOException;\nimport java.nio.charset.StandardCharsets;\n\npublic class HealthProbe {\n    public String diskReport() throws IOException, InterruptedException {\n        Process p = Runtime.getRuntime().exec(new String[] {\"df\", \"-h\", \"/\"});\n        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);\n        p.waitFor();\n        return out;\n    }\n}\n"
 },
 {
  "name": "flyway_migration",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 3,
  "code": "package db.migration;\n\nimport java.sql.Statement;\nimport org.flywaydb.core.api.migration.BaseJavaMigration;\nimport org.flywaydb.core.api.migration.Context;\n\npublic class V3__Add_audit_table extends BaseJavaMigration {\n    private static final String TABLE = \"audit_log\";\n\n    @Override\n    public void migrate(Context context) throws Exception {\n        try (Statement st = context.getConnection().createStatement()) {\n            st.execute(\"CREATE TABLE \" + TABLE + \" (id BIGSERIAL PRIMARY KEY, actor VARCHAR(100) NOT NULL, action VARCHAR(50) NOT NULL, at TIMESTAMP NOT NULL DEFAULT now())\");\n            st.execute(\"CREATE INDEX idx_\" + TABLE + \"_actor ON \" + TABLE + \" (actor)\");\n        }\n    }\n}\n"
 },
 {
  "name": "jjwt_verify",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 3,
  "code": "package com.example.security;\n\nimport io.jsonwebtoken.Claims;\nimport io.jsonwebtoken.Jws;\nimport io.jsonwebtoken.JwtException;\nimport io.jsonwebtoken.Jwts;\nimport io.jsonwebtoken.security.Keys;\nimport java.nio.charset.StandardCharsets;\nimport java.util.Optional;\nimport javax.crypto.SecretKey;\n\npublic class JwtVerifier {\n    private final SecretKey key;\n\n    public JwtVerifier(String secret) {\n        this.key = Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8));\n    }\n\n    public Optional<String> subject(String token) {\n        try {\n            Jws<Claims> jws = Jwts.parserBuilder().setSigningKey(key).build().parseClaimsJws(token);\n            return Optional.ofNullable(jws.getBody().getSubject());\n        } catch (JwtException e) {\n            return Optional.empty();\n        }\n    }\n}\n"
 },
 {
  "name": "lottery_simulation",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 3,
  "code": "package com.example.sim;\n\nimport java.util.HashSet;\nimport java.util.Random;\nimport java.util.Set;\n\npublic class LotterySimulation {\n    public static void main(String[] args) {\n        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;\n        Random rnd = new Random();\n        int wins = 0;\n        Set<Integer> ticket = Set.of(3, 11, 19, 27, 33, 42);\n        for (int t = 0; t < trials; t++) {\n            Set<Integer> draw = new HashSet<>();\n            while (draw.size() < 6) draw.add(1 + rnd.nextInt(49));\n            if (draw.equals(ticket)) wins++;\n        }\n        System.out.printf(\"%d wins in %d draws%n\", wins, trials);\n    }\n}\n"
 },
 {
  "name": "rest_client_uri_builder",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 3,
  "code": "package com.example.geo;\n\nimport java.net.URI;\nimport org.springframework.stereotype.Component;\nimport org.springframework.web.client.RestTemplate;\nimport org.springframework.web.util.UriComponentsBuilder;\n\n@Component\npublic class GeocodingClient {\n    private final RestTemplate rest = new RestTemplate();\n\n    public GeoResult lookup(String address) {\n        URI uri = UriComponentsBuilder.fromHttpUrl(\"https://geocode.example.com/v1/search\")\n            .queryParam(\"q\", address)\n            .queryParam(\"limit\", 1)\n            .encode()\n            .build()\n            .toUri();\n        return rest.getForObject(uri, GeoResult.class);\n    }\n\n    public record GeoResult(double lat, double lon) {}\n}\n"
 },
 {
  "name": "temp_file_secure",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 3,
  "code": "package com.example.export;\n\nimport java.io.BufferedWriter;\nimport java.io.IOException;\nimport java.nio.charset.StandardCharsets;\nimport java.nio.file.Files;\nimport java.nio.file.Path;\nimport java.util.List;\n\npublic class CsvExporter {\n    public Path export(List<String[]> rows) throws IOException {\n        Path tmp = Files.createTempFile(\"export-\", \".csv\");\n        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {\n            for (String[] row : rows) {\n                w.write(String.join(\",\", row));\n                w.newLine();\n            }\n        }\n        return tmp;\n    }\n}\n"
 },
 {
  "name": "user_service_test",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 3,
  "code": "package com.example.users;\n\nimport static org.assertj.core.api.Assertions.assertThat;\nimport static org.mockito.Mockito.when;\n\nimport java.util.Optional;\nimport java.util.Random;\nimport org.junit.jupiter.api.Test;\nimport org.junit.jupiter.api.extension.ExtendWith;\nimport org.mockito.InjectMocks;\nimport org.mockito.Mock;\nimport org.mockito.junit.jupiter.MockitoExtension;\n\n@ExtendWith(MockitoExtension.class)\nclass UserServiceTest {\n    @Mock\n    UserRepository repo;\n\n    @InjectMocks\n    UserService service;\n\n    private final Random random = new Random(7);\n\n    @Test\n    void findsExistingUser() {\n        long userId = random.nextInt(1000);\n        when(repo.findById(userId)).thenReturn(Optional.of(new User(userId, \"alice@example.com\")));\n        assertThat(service.email(userId)).contains(\"alice@example.com\");\n    }\n\n    @Test\n    void missingUserIsEmpty() {\n        when(repo.findById(99L)).thenReturn(Optional.empty());\n        assertThat(service.email(99L)).isEmpty();\n    }\n}\n"
 },
 {
  "name": "value_injected_secret",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 3,
  "code": "package com.example.config;\n\nimport org.springframework.beans.factory.annotation.Value;\nimport org.springframework.context.annotation.Bean;\nimport org.springframework.context.annotation.Configuration;\nimport org.springframework.web.client.RestTemplate;\nimport org.springframework.boot.web.client.RestTemplateBuilder;\n\n@Configuration\npublic class PaymentsClientConfig {\n    @Value(\"${payments.api.key}\")\n    private String apiKey;\n\n    @Value(\"${payments.api.base-url:https://api.payments.example.com}\")\n    private String baseUrl;\n\n    @Bean\n    RestTemplate paymentsRestTemplate(RestTemplateBuilder builder) {\n        return builder\n            .rootUri(baseUrl)\n            .defaultHeader(\"Authorization\", \"Bearer \" + apiKey)\n            .build();\n    }\n}\n"
 },
 {
  "name": "laravel_http_client",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 3,
  "code": "<?php\n\nnamespace App\\Services;\n\nuse Illuminate\\Support\\Facades\\Http;\n\nclass GithubService\n{\n    public function repositories(string $user): array\n    {\n        $response = Http::withToken(config('services.github.token'))\n            ->acceptJson()\n            ->timeout(10)\n            ->get('https://api.github.com/users/' . rawurlencode($user) . '/repos', ['per_page' => 50]);\n        $response->throw();\n        return collect($response->json())->pluck('full_name')->all();\n    }\n}\n"
 },
 {
  "name": "laravel_storage_upload",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 3,
  "code": "<?php\n\nnamespace App\\Http\\Controllers;\n\nuse Illuminate\\Http\\Request;\nuse Illuminate\\Support\\Facades\\Storage;\n\nclass AvatarController extends Controller\n{\n    public function update(Request $request)\n    {\n        $request->validate([\n            'avatar' => 'required|image|mimes:jpg,jpeg,png|max:2048',\n        ]);\n        $path = $request->file('avatar')->store('avatars', 'public');\n        $user = $request->user();\n        if ($user->avatar_path) {\n            Storage::disk('public')->delete($user->avatar_path);\n        }\n        $user->update(['avatar_path' => $path]);\n        return back()->with('status', 'Avatar updated');\n    }\n}\n"
 },
 {
  "name": "page_allowlist_include",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 3,
  "code": "<?php\n$pages = ['home', 'about', 'contact', 'pricing'];\n$page = $_GET['page'] ?? 'home';\nif (!in_array($page, $pages, true)) {\n    $page = 'home';\n}\ninclude __DIR__ . '/partials/header.php';\ninclude __DIR__ . '/pages/' . $page . '.php';\ninclude __DIR__ . '/partials/footer.php';\n"
 },
 {
  "name": "search_page_escaped",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 3,
  "code": "<?php\nrequire __DIR__ . '/bootstrap.php';\n\n$q = trim($_GET['q'] ?? '');\n$results = [];\nif ($q !== '') {\n    $st = $pdo->prepare('SELECT slug, title FROM pages WHERE title LIKE ? ORDER BY title LIMIT 20');\n    $st->execute(['%' . $q . '%']);\n    $results = $st->fetchAll(PDO::FETCH_ASSOC);\n}\n?>\n<h1>Search</h1>\n<p>Results for <strong><?= htmlspecialchars($q, ENT_QUOTES, 'UTF-8') ?></strong></p>\n<ul>\n<?php foreach ($results as $r): ?>\n  <li><a href=\"/p/<?= rawurlencode($r['slug']) ?>\"><?= htmlspecialchars($r['title'], ENT_QUOTES, 'UTF-8') ?></a></li>\n<?php endforeach; ?>\n</ul>\n"
 },
 {
  "name": "sodium_secretbox",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 3,
  "code": "<?php\ndeclare(strict_types=1);\n\nfinal class Vault\n{\n    public function __construct(private string $key)\n    {\n        if (strlen($key) !== SODIUM_CRYPTO_SECRETBOX_KEYBYTES) {\n            throw new InvalidArgumentException('bad key length');\n        }\n    }\n\n    public function encrypt(string $plaintext): string\n    {\n        $nonce = random_bytes(SODIUM_CRYPTO_SECRETBOX_NONCEBYTES);\n        return base64_encode($nonce . sodium_crypto_secretbox($plaintext, $nonce, $this->key));\n    }\n\n    public function decrypt(string $encoded): string\n    {\n        $raw = base64_decode($encoded, true);\n        $nonce = substr($raw, 0, SODIUM_CRYPTO_SECRETBOX_NONCEBYTES);\n        $box = substr($raw, SODIUM_CRYPTO_SECRETBOX_NONCEBYTES);\n        $plain = sodium_crypto_secretbox_open($box, $nonce, $this->key);\n        if ($plain === false) {\n            throw new RuntimeException('decryption failed');\n        }\n        return $plain;\n    }\n}\n"
 },
 {
  "name": "wp_remote_get_fixed",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 3,
  "code": "<?php\nif (!defined('ABSPATH')) exit;\n\nfunction weather_widget_data() {\n    $cached = get_transient('weather_widget');\n    if ($cached !== false) {\n        return $cached;\n    }\n    $response = wp_remote_get('https://api.weather.example.com/v1/today?city=berlin', ['timeout' => 5]);\n    if (is_wp_error($response) || wp_remote_retrieve_response_code($response) !== 200) {\n        return null;\n    }\n    $data = json_decode(wp_remote_retrieve_body($response), true);\n    set_transient('weather_widget', $data, HOUR_IN_SECONDS);\n    return $data;\n}\n"
 },
 {
  "name": "wp_safe_redirect",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 3,
  "code": "<?php\nif (!defined('ABSPATH')) exit;\n\nadd_action('admin_post_dismiss_notice', function () {\n    check_admin_referer('dismiss_notice');\n    update_user_meta(get_current_user_id(), 'notice_dismissed', 1);\n    $back = wp_get_referer();\n    wp_safe_redirect($back ? $back : admin_url());\n    exit;\n});\n"
 },
 {
  "name": "wpdb_insert_formats",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 3,
  "code": "<?php\nif (!defined('ABSPATH')) exit;\n\nadd_action('wp_ajax_save_rating', 'rating_save');\n\nfunction rating_save() {\n    check_ajax_referer('rating_nonce', 'nonce');\n    if (!is_user_logged_in()) {\n        wp_send_json_error('login required', 401);\n    }\n    global $wpdb;\n    $post_id = absint($_POST['post_id'] ?? 0);\n    $stars = max(1, min(5, (int) ($_POST['stars'] ?? 0)));\n    $wpdb->insert(\n        $wpdb->prefix . 'ratings',\n        ['post_id' => $post_id, 'user_id' => get_current_user_id(), 'stars' => $stars],\n        ['%d', '%d', '%d']\n    );\n    wp_send_json_success(['saved' => true]);\n}\n"
 },
 {
  "name": "double_free",
  "kind": "vuln",
  "lang": "c",
  "cwe": 415,
  "wave": 3,
  "code": "#include <stdlib.h>\n#include <string.h>\n\nint process(const char *s) {\n    char *copy = strdup(s);\n    if (!copy) return -1;\n    if (strlen(copy) > 100) {\n        free(copy);\n    }\n    free(copy);\n    return 0;\n}\n"
 },
 {
  "name": "malloc_count_overflow",
  "kind": "vuln",
  "lang": "c",
  "cwe": 190,
  "wave": 3,
  "code": "#include <stdint.h>\n#include <stdlib.h>\n#include <string.h>\n#include <unistd.h>\n\nstruct rec { uint32_t id; char name[60]; };\n\nstruct rec *read_records(int fd, uint32_t *count_out) {\n    uint32_t count;\n    if (read(fd, &count, sizeof count) != sizeof count) return NULL;\n    struct rec *recs = malloc(count * sizeof(struct rec));\n    if (!recs) return NULL;\n    for (uint32_t i = 0; i < count; i++) {\n        if (read(fd, &recs[i], sizeof recs[i]) != sizeof recs[i]) break;\n    }\n    *count_out = count;\n    return recs;\n}\n"
 },
 {
  "name": "syslog_format",
  "kind": "vuln",
  "lang": "c",
  "cwe": 134,
  "wave": 3,
  "code": "#include <syslog.h>\n#include <sys/socket.h>\n\nvoid log_client(int fd) {\n    char msg[256];\n    ssize_t n = recv(fd, msg, sizeof msg - 1, 0);\n    if (n <= 0) return;\n    msg[n] = '\\0';\n    syslog(LOG_INFO, msg);\n}\n"
 },
 {
  "name": "ssrf_fetch",
  "kind": "vuln",
  "lang": "go",
  "cwe": 918,
  "wave": 3,
  "code": "package preview\n\nimport (\n\t\"io\"\n\t\"net/http\"\n)\n\nfunc Preview(w http.ResponseWriter, r *http.Request) {\n\ttarget := r.URL.Query().Get(\"url\")\n\tresp, err := http.Get(target)\n\tif err != nil {\n\t\thttp.Error(w, \"fetch failed\", http.StatusBadGateway)\n\t\treturn\n\t}\n\tdefer resp.Body.Close()\n\tio.Copy(w, io.LimitReader(resp.Body, 1<<20))\n}\n"
 },
 {
  "name": "text_template_html",
  "kind": "vuln",
  "lang": "go",
  "cwe": 79,
  "wave": 3,
  "code": "package web\n\nimport (\n\t\"net/http\"\n\t\"text/template\"\n)\n\nvar greet = template.Must(template.New(\"g\").Parse(\"<html><body><h1>Hello {{.}}</h1></body></html>\"))\n\nfunc Greet(w http.ResponseWriter, r *http.Request) {\n\tw.Header().Set(\"Content-Type\", \"text/html\")\n\tgreet.Execute(w, r.URL.Query().Get(\"name\"))\n}\n"
 },
 {
  "name": "zip_slip",
  "kind": "vuln",
  "lang": "go",
  "cwe": 22,
  "wave": 3,
  "code": "package archive\n\nimport (\n\t\"archive/zip\"\n\t\"io\"\n\t\"os\"\n\t\"path/filepath\"\n)\n\nfunc Extract(src, dest string) error {\n\tr, err := zip.OpenReader(src)\n\tif err != nil {\n\t\treturn err\n\t}\n\tdefer r.Close()\n\tfor _, f := range r.File {\n\t\tpath := filepath.Join(dest, f.Name)\n\t\trc, err := f.Open()\n\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n\t\tout, err := os.Create(path)\n\t\tif err != nil {\n\t\t\trc.Close()\n\t\t\treturn err\n\t\t}\n\t\tio.Copy(out, rc)\n\t\tout.Close()\n\t\trc.Close()\n\t}\n\treturn nil\n}\n"
 },
 {
  "name": "des_cipher",
  "kind": "vuln",
  "lang": "java",
  "cwe": 327,
  "wave": 3,
  "code": "package com.example.crypto;\n\nimport javax.crypto.Cipher;\nimport javax.crypto.SecretKey;\n\npublic class LegacyCrypto {\n    public byte[] encrypt(SecretKey key, byte[] data) throws Exception {\n        Cipher c = Cipher.getInstance(\"DES/ECB/PKCS5Padding\");\n        c.init(Cipher.ENCRYPT_MODE, key);\n        return c.doFinal(data);\n    }\n}\n"
 },
 {
  "name": "servlet_xss",
  "kind": "vuln",
  "lang": "java",
  "cwe": 79,
  "wave": 3,
  "code": "package com.example.web;\n\nimport jakarta.servlet.http.HttpServlet;\nimport jakarta.servlet.http.HttpServletRequest;\nimport jakarta.servlet.http.HttpServletResponse;\nimport java.io.IOException;\n\npublic class SearchServlet extends HttpServlet {\n    @Override\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String q = req.getParameter(\"q\");\n        resp.setContentType(\"text/html\");\n        resp.getWriter().println(\"<h1>Results for \" + q + \"</h1>\");\n    }\n}\n"
 },
 {
  "name": "spel_param",
  "kind": "vuln",
  "lang": "java",
  "cwe": 917,
  "wave": 3,
  "code": "package com.example.calc;\n\nimport org.springframework.expression.ExpressionParser;\nimport org.springframework.expression.spel.standard.SpelExpressionParser;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class CalcController {\n    private final ExpressionParser parser = new SpelExpressionParser();\n\n    @GetMapping(\"/calc\")\n    public Object calc(@RequestParam String expr) {\n        return parser.parseExpression(expr).getValue();\n    }\n}\n"
 },
 {
  "name": "eval_expr",
  "kind": "vuln",
  "lang": "php",
  "cwe": 95,
  "wave": 3,
  "code": "<?php\n$expr = $_POST['expr'] ?? '0';\n$result = eval('return ' . $expr . ';');\necho json_encode(['result' => $result]);\n"
 },
 {
  "name": "md5_register",
  "kind": "vuln",
  "lang": "php",
  "cwe": 328,
  "wave": 3,
  "code": "<?php\nfunction register_user(PDO $pdo, string $email, string $password): void\n{\n    $st = $pdo->prepare('INSERT INTO users (email, password) VALUES (?, ?)');\n    $st->execute([$email, md5($password)]);\n}\n"
 },
 {
  "name": "ssrf_file_get",
  "kind": "vuln",
  "lang": "php",
  "cwe": 918,
  "wave": 3,
  "code": "<?php\n$url = $_GET['url'];\n$html = file_get_contents($url);\npreg_match('/<title>(.*?)<\\/title>/i', $html, $m);\necho htmlspecialchars($m[1] ?? '');\n"
 },
 {
  "name": "gpio_debounce",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 4,
  "code": "#include <stdint.h>\n#include <stdbool.h>\n\n#define GPIOA_IDR (*(volatile uint32_t *)0x40020010u)\n#define GPIOA_ODR (*(volatile uint32_t *)0x40020014u)\n#define BUTTON_PIN 0u\n#define LED_PIN 5u\n\nstatic uint8_t history;\n\nbool button_pressed(void) {\n    history = (uint8_t)((history << 1) | ((GPIOA_IDR >> BUTTON_PIN) & 1u));\n    return history == 0xFF;\n}\n\nvoid led_set(bool on) {\n    if (on) GPIOA_ODR |= (1u << LED_PIN);\n    else GPIOA_ODR &= ~(1u << LED_PIN);\n}\n\nvoid poll(void) {\n    static bool last;\n    bool now = button_pressed();\n    if (now && !last) led_set(!((GPIOA_ODR >> LED_PIN) & 1u));\n    last = now;\n}\n"
 },
 {
  "name": "hmac_verify_cmemcmp",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 4,
  "code": "#include <openssl/hmac.h>\n#include <openssl/crypto.h>\n#include <openssl/evp.h>\n#include <stddef.h>\n\nint verify_signature(const unsigned char *key, int key_len, const unsigned char *msg, size_t msg_len,\n                     const unsigned char *sig, size_t sig_len) {\n    unsigned char mac[EVP_MAX_MD_SIZE];\n    unsigned int mac_len = 0;\n    if (!HMAC(EVP_sha256(), key, key_len, msg, msg_len, mac, &mac_len)) return 0;\n    return sig_len == mac_len && CRYPTO_memcmp(mac, sig, mac_len) == 0;\n}\n"
 },
 {
  "name": "line_lengths_stdin",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 4,
  "code": "#define _POSIX_C_SOURCE 200809L\n#include <stdio.h>\n#include <stdlib.h>\n\nint main(void) {\n    char *line = NULL;\n    size_t cap = 0;\n    ssize_t n;\n    size_t longest = 0, count = 0;\n    while ((n = getline(&line, &cap, stdin)) != -1) {\n        if (n > 0 && line[n - 1] == '\\n') n--;\n        if ((size_t)n > longest) longest = (size_t)n;\n        count++;\n    }\n    free(line);\n    printf(\"%zu lines, longest %zu\\n\", count, longest);\n    return 0;\n}\n"
 },
 {
  "name": "magic_header",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 4,
  "code": "#include <stdio.h>\n#include <string.h>\n#include <stdint.h>\n\nstatic const uint8_t PNG_MAGIC[8] = {0x89, 'P', 'N', 'G', '\\r', '\\n', 0x1A, '\\n'};\n\nint is_png(const char *path) {\n    uint8_t head[8];\n    FILE *f = fopen(path, \"rb\");\n    if (!f) return -1;\n    size_t n = fread(head, 1, sizeof head, f);\n    fclose(f);\n    return n == sizeof head && memcmp(head, PNG_MAGIC, sizeof head) == 0;\n}\n"
 },
 {
  "name": "mkstemp_output",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 4,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <unistd.h>\n\nint write_atomically(const char *final_path, const char *data, size_t len) {\n    char tmpl[] = \"/tmp/app-XXXXXX\";\n    int fd = mkstemp(tmpl);\n    if (fd < 0) return -1;\n    FILE *f = fdopen(fd, \"w\");\n    if (!f) {\n        close(fd);\n        unlink(tmpl);\n        return -1;\n    }\n    if (fwrite(data, 1, len, f) != len || fclose(f) != 0) {\n        unlink(tmpl);\n        return -1;\n    }\n    return rename(tmpl, final_path);\n}\n"
 },
 {
  "name": "parse_version",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 4,
  "code": "#include <stdio.h>\n\nstruct version {\n    int major, minor, patch;\n};\n\nint parse_version(const char *s, struct version *v) {\n    int consumed = 0;\n    if (sscanf(s, \"%d.%d.%d%n\", &v->major, &v->minor, &v->patch, &consumed) != 3) return -1;\n    if (s[consumed] != '\\0') return -1;\n    if (v->major < 0 || v->minor < 0 || v->patch < 0) return -1;\n    return 0;\n}\n\nint version_cmp(const struct version *a, const struct version *b) {\n    if (a->major != b->major) return a->major < b->major ? -1 : 1;\n    if (a->minor != b->minor) return a->minor < b->minor ? -1 : 1;\n    if (a->patch != b->patch) return a->patch < b->patch ? -1 : 1;\n    return 0;\n}\n"
 },
 {
  "name": "safe_copy_impl",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 4,
  "code": "#include <stddef.h>\n#include <string.h>\n\nsize_t safe_copy(char *dst, size_t dstsize, const char *src) {\n    size_t srclen = strlen(src);\n    if (dstsize == 0) return srclen;\n    size_t n = srclen < dstsize - 1 ? srclen : dstsize - 1;\n    memcpy(dst, src, n);\n    dst[n] = '\\0';\n    return srclen;\n}\n\nsize_t safe_append(char *dst, size_t dstsize, const char *src) {\n    size_t used = strnlen(dst, dstsize);\n    if (used == dstsize) return used + strlen(src);\n    return used + safe_copy(dst + used, dstsize - used, src);\n}\n"
 },
 {
  "name": "sort_args",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 4,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nstatic int cmp(const void *a, const void *b) {\n    return strcmp(*(const char *const *)a, *(const char *const *)b);\n}\n\nint main(int argc, char **argv) {\n    qsort(argv + 1, (size_t)(argc - 1), sizeof *argv, cmp);\n    for (int i = 1; i < argc; i++) puts(argv[i]);\n    return 0;\n}\n"
 },
 {
  "name": "tokenize_strtok_r",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 4,
  "code": "#include <string.h>\n#include <stdio.h>\n\n#define MAX_FIELDS 16\n\nint split_fields(char *line, char *fields[], int max) {\n    int n = 0;\n    char *save = NULL;\n    for (char *tok = strtok_r(line, \",\", &save); tok && n < max; tok = strtok_r(NULL, \",\", &save)) {\n        fields[n++] = tok;\n    }\n    return n;\n}\n\nint main(void) {\n    char buf[256];\n    char *fields[MAX_FIELDS];\n    while (fgets(buf, sizeof buf, stdin)) {\n        buf[strcspn(buf, \"\\r\\n\")] = '\\0';\n        int n = split_fields(buf, fields, MAX_FIELDS);\n        printf(\"%d fields, first=%s\\n\", n, n ? fields[0] : \"\");\n    }\n    return 0;\n}\n"
 },
 {
  "name": "unique_ptr_parser",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 0,
  "wave": 4,
  "code": "#include <memory>\n#include <string>\n#include <string_view>\n#include <vector>\n#include <charconv>\n\nstruct Token {\n    enum Kind { Number, Ident, Symbol } kind;\n    std::string text;\n};\n\nstd::vector<Token> lex(std::string_view src) {\n    std::vector<Token> out;\n    size_t i = 0;\n    while (i < src.size()) {\n        char c = src[i];\n        if (c == ' ' || c == '\\t' || c == '\\n') { ++i; continue; }\n        size_t start = i;\n        if (c >= '0' && c <= '9') {\n            while (i < src.size() && src[i] >= '0' && src[i] <= '9') ++i;\n            out.push_back({Token::Number, std::string(src.substr(start, i - start))});\n        } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_') {\n            while (i < src.size() && (std::isalnum(static_cast<unsigned char>(src[i])) || src[i] == '_')) ++i;\n            out.push_back({Token::Ident, std::string(src.substr(start, i - start))});\n        } else {\n            out.push_back({Token::Symbol, std::string(1, c)});\n            ++i;\n        }\n    }\n    return out;\n}\n\nstd::unique_ptr<long> parse_number(const Token& t) {\n    long v = 0;\n    auto [p, ec] = std::from_chars(t.text.data(), t.text.data() + t.text.size(), v);\n    if (ec != std::errc()) return nullptr;\n    return std::make_unique<long>(v);\n}\n"
 },
 {
  "name": "cobra_cat",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 4,
  "code": "package cmd\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\n\t\"github.com/spf13/cobra\"\n)\n\nvar numberLines bool\n\nvar catCmd = &cobra.Command{\n\tUse:   \"cat FILE\",\n\tShort: \"Print a file\",\n\tArgs:  cobra.ExactArgs(1),\n\tRunE: func(cmd *cobra.Command, args []string) error {\n\t\tdata, err := os.ReadFile(args[0])\n\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n\t\tif numberLines {\n\t\t\tfmt.Fprintf(cmd.OutOrStdout(), \"%d bytes\\n\", len(data))\n\t\t}\n\t\t_, err = cmd.OutOrStdout().Write(data)\n\t\treturn err\n\t},\n}\n\nfunc init() {\n\tcatCmd.Flags().BoolVarP(&numberLines, \"count\", \"c\", false, \"print the byte count first\")\n\trootCmd.AddCommand(catCmd)\n}\n"
 },
 {
  "name": "db_open_env",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 4,
  "code": "package main\n\nimport (\n\t\"database/sql\"\n\t\"log\"\n\t\"os\"\n\t\"time\"\n\n\t_ \"github.com/lib/pq\"\n)\n\nfunc openDB() *sql.DB {\n\tdsn := os.Getenv(\"DATABASE_URL\")\n\tif dsn == \"\" {\n\t\tlog.Fatal(\"DATABASE_URL is not set\")\n\t}\n\tdb, err := sql.Open(\"postgres\", dsn)\n\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n\tdb.SetMaxOpenConns(20)\n\tdb.SetConnMaxLifetime(30 * time.Minute)\n\tif err := db.Ping(); err != nil {\n\t\tlog.Fatal(err)\n\t}\n\treturn db\n}\n\nfunc main() {\n\tdb := openDB()\n\tdefer db.Close()\n\tvar n int\n\tif err := db.QueryRow(\"SELECT count(*) FROM users\").Scan(&n); err != nil {\n\t\tlog.Fatal(err)\n\t}\n\tlog.Printf(\"%d users\", n)\n}\n"
 },
 {
  "name": "graceful_shutdown",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 4,
  "code": "package main\n\nimport (\n\t\"context\"\n\t\"errors\"\n\t\"log\"\n\t\"net/http\"\n\t\"os\"\n\t\"os/signal\"\n\t\"syscall\"\n\t\"time\"\n)\n\nfunc main() {\n\tsrv := &http.Server{Addr: \":8080\", Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {\n\t\tw.Write([]byte(\"ok\"))\n\t}), ReadHeaderTimeout: 5 * time.Second}\n\tgo func() {\n\t\tif err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {\n\t\t\tlog.Fatal(err)\n\t\t}\n\t}()\n\tstop := make(chan os.Signal, 1)\n\tsignal.Notify(stop, syscall.SIGINT, syscall.SIGTERM)\n\t<-stop\n\tctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)\n\tdefer cancel()\n\tif err := srv.Shutdown(ctx); err != nil {\n\t\tlog.Printf(\"shutdown: %v\", err)\n\t}\n}\n"
 },
 {
  "name": "open_editor",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 4,
  "code": "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\t\"os/exec\"\n)\n\nfunc editFile(path string) error {\n\teditor := os.Getenv(\"EDITOR\")\n\tif editor == \"\" {\n\t\teditor = \"vi\"\n\t}\n\tcmd := exec.Command(editor, path)\n\tcmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr\n\treturn cmd.Run()\n}\n\nfunc main() {\n\tf, err := os.CreateTemp(\"\", \"note-*.md\")\n\tif err != nil {\n\t\tfmt.Fprintln(os.Stderr, err)\n\t\tos.Exit(1)\n\t}\n\tf.Close()\n\tif err := editFile(f.Name()); err != nil {\n\t\tfmt.Fprintln(os.Stderr, err)\n\t}\n}\n"
 },
 {
  "name": "otp_crypto_rand",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 4,
  "code": "package otp\n\nimport (\n\t\"crypto/rand\"\n\t\"fmt\"\n\t\"math/big\"\n)\n\nfunc NewCode() (string, error) {\n\tn, err := rand.Int(rand.Reader, big.NewInt(1_000_000))\n\tif err != nil {\n\t\treturn \"\", err\n\t}\n\treturn fmt.Sprintf(\"%06d\", n.Int64()), nil\n}\n"
 },
 {
  "name": "rate_limiter",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 4,
  "code": "package ratelimit\n\nimport (\n\t\"net\"\n\t\"net/http\"\n\t\"sync\"\n\t\"time\"\n)\n\ntype bucket struct {\n\ttokens float64\n\tlast   time.Time\n}\n\ntype Limiter struct {\n\tmu      sync.Mutex\n\trate    float64\n\tburst   float64\n\tbuckets map[string]*bucket\n}\n\nfunc New(rate, burst float64) *Limiter {\n\treturn &Limiter{rate: rate, burst: burst, buckets: map[string]*bucket{}}\n}\n\nfunc (l *Limiter) Allow(key string) bool {\n\tl.mu.Lock()\n\tdefer l.mu.Unlock()\n\tnow := time.Now()\n\tb, ok := l.buckets[key]\n\tif !ok {\n\t\tb = &bucket{tokens: l.burst, last: now}\n\t\tl.buckets[key] = b\n\t}\n\tb.tokens = min(l.burst, b.tokens+now.Sub(b.last).Seconds()*l.rate)\n\tb.last = now\n\tif b.tokens < 1 {\n\t\treturn false\n\t}\n\tb.tokens--\n\treturn true\n}\n\nfunc (l *Limiter) Middleware(next http.Handler) http.Handler {\n\treturn http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {\n\t\tip, _, _ := net.SplitHostPort(r.RemoteAddr)\n\t\tif !l.Allow(ip) {\n\t\t\thttp.Error(w, \"too many requests\", http.StatusTooManyRequests)\n\t\t\treturn\n\t\t}\n\t\tnext.ServeHTTP(w, r)\n\t})\n}\n"
 },
 {
  "name": "servefile_const",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 4,
  "code": "package web\n\nimport \"net/http\"\n\nfunc Index(w http.ResponseWriter, r *http.Request) {\n\tif r.URL.Path != \"/\" {\n\t\thttp.NotFound(w, r)\n\t\treturn\n\t}\n\tw.Header().Set(\"Cache-Control\", \"no-cache\")\n\thttp.ServeFile(w, r, \"static/index.html\")\n}\n\nfunc Robots(w http.ResponseWriter, r *http.Request) {\n\thttp.ServeFile(w, r, \"static/robots.txt\")\n}\n"
 },
 {
  "name": "webhook_hmac_equal",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 4,
  "code": "package webhooks\n\nimport (\n\t\"crypto/hmac\"\n\t\"crypto/sha256\"\n\t\"encoding/hex\"\n\t\"io\"\n\t\"net/http\"\n\t\"os\"\n\t\"strings\"\n)\n\nvar secret = []byte(os.Getenv(\"WEBHOOK_SECRET\"))\n\nfunc Handle(w http.ResponseWriter, r *http.Request) {\n\tbody, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))\n\tif err != nil {\n\t\thttp.Error(w, \"read\", http.StatusBadRequest)\n\t\treturn\n\t}\n\tsig, err := hex.DecodeString(strings.TrimPrefix(r.Header.Get(\"X-Hub-Signature-256\"), \"sha256=\"))\n\tif err != nil {\n\t\thttp.Error(w, \"bad signature\", http.StatusUnauthorized)\n\t\treturn\n\t}\n\tmac := hmac.New(sha256.New, secret)\n\tmac.Write(body)\n\tif !hmac.Equal(mac.Sum(nil), sig) {\n\t\thttp.Error(w, \"bad signature\", http.StatusUnauthorized)\n\t\treturn\n\t}\n\tw.WriteHeader(http.StatusNoContent)\n}\n"
 },
 {
  "name": "word_freq_stdin",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 4,
  "code": "package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"os\"\n\t\"sort\"\n\t\"strings\"\n)\n\nfunc main() {\n\tcounts := map[string]int{}\n\tsc := bufio.NewScanner(os.Stdin)\n\tsc.Split(bufio.ScanWords)\n\tfor sc.Scan() {\n\t\tcounts[strings.ToLower(strings.Trim(sc.Text(), \".,;:!?\\\"'\"))]++\n\t}\n\twords := make([]string, 0, len(counts))\n\tfor w := range counts {\n\t\twords = append(words, w)\n\t}\n\tsort.Slice(words, func(i, j int) bool { return counts[words[i]] > counts[words[j]] })\n\tfor i, w := range words {\n\t\tif i == 10 {\n\t\t\tbreak\n\t\t}\n\t\tfmt.Printf(\"%6d %s\\n\", counts[w], w)\n\t}\n}\n"
 },
 {
  "name": "write_config_perms",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 4,
  "code": "package config\n\nimport (\n\t\"encoding/json\"\n\t\"os\"\n\t\"path/filepath\"\n)\n\ntype Credentials struct {\n\tToken string `json:\"token\"`\n}\n\nfunc Save(c Credentials) error {\n\tdir, err := os.UserConfigDir()\n\tif err != nil {\n\t\treturn err\n\t}\n\tdir = filepath.Join(dir, \"mycli\")\n\tif err := os.MkdirAll(dir, 0o700); err != nil {\n\t\treturn err\n\t}\n\tdata, err := json.MarshalIndent(c, \"\", \"  \")\n\tif err != nil {\n\t\treturn err\n\t}\n\treturn os.WriteFile(filepath.Join(dir, \"credentials.json\"), data, 0o600)\n}\n"
 },
 {
  "name": "ab_test_variant",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 4,
  "code": "package com.example.experiments;\n\nimport java.util.List;\nimport java.util.Random;\n\npublic class ExperimentAssigner {\n    private final Random random = new Random();\n    private final List<String> variants;\n\n    public ExperimentAssigner(List<String> variants) {\n        this.variants = List.copyOf(variants);\n    }\n\n    public String assignVariant(String userId) {\n        String variant = variants.get(random.nextInt(variants.size()));\n        System.out.println(\"assigned \" + userId + \" to \" + variant);\n        return variant;\n    }\n}\n"
 },
 {
  "name": "context_redirect",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 4,
  "code": "package com.example.auth;\n\nimport jakarta.servlet.http.HttpServlet;\nimport jakarta.servlet.http.HttpServletRequest;\nimport jakarta.servlet.http.HttpServletResponse;\nimport jakarta.servlet.http.HttpSession;\nimport java.io.IOException;\n\npublic class LogoutServlet extends HttpServlet {\n    @Override\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        HttpSession session = req.getSession(false);\n        if (session != null) {\n            session.invalidate();\n        }\n        resp.sendRedirect(req.getContextPath() + \"/login?loggedOut\");\n    }\n}\n"
 },
 {
  "name": "download_normalized",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 4,
  "code": "package com.example.files;\n\nimport java.io.IOException;\nimport java.net.MalformedURLException;\nimport java.nio.file.Path;\nimport java.nio.file.Paths;\nimport org.springframework.core.io.Resource;\nimport org.springframework.core.io.UrlResource;\nimport org.springframework.http.ResponseEntity;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class ReportDownloadController {\n    private static final Path ROOT = Paths.get(\"/srv/reports\").toAbsolutePath().normalize();\n\n    @GetMapping(\"/reports/{name}\")\n    public ResponseEntity<Resource> download(@PathVariable String name) throws MalformedURLException {\n        Path file = ROOT.resolve(name).normalize();\n        if (!file.startsWith(ROOT)) {\n            return ResponseEntity.badRequest().build();\n        }\n        Resource res = new UrlResource(file.toUri());\n        return res.exists() ? ResponseEntity.ok(res) : ResponseEntity.notFound().build();\n    }\n}\n"
 },
 {
  "name": "event_bus",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 4,
  "code": "package com.example.events;\n\nimport java.util.List;\nimport java.util.Map;\nimport java.util.concurrent.ConcurrentHashMap;\nimport java.util.concurrent.CopyOnWriteArrayList;\nimport java.util.function.Consumer;\n\npublic final class EventBus {\n    private final Map<Class<?>, List<Consumer<Object>>> handlers = new ConcurrentHashMap<>();\n\n    @SuppressWarnings(\"unchecked\")\n    public <T> void subscribe(Class<T> type, Consumer<T> handler) {\n        handlers.computeIfAbsent(type, k -> new CopyOnWriteArrayList<>()).add((Consumer<Object>) handler);\n    }\n\n    public void publish(Object event) {\n        for (Consumer<Object> h : handlers.getOrDefault(event.getClass(), List.of())) {\n            try {\n                h.accept(event);\n            } catch (RuntimeException e) {\n                System.err.println(\"handler failed for \" + event.getClass().getSimpleName() + \": \" + e.getMessage());\n            }\n        }\n    }\n}\n"
 },
 {
  "name": "gson_servlet_json",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 4,
  "code": "package com.example.api;\n\nimport com.google.gson.Gson;\nimport jakarta.servlet.http.HttpServlet;\nimport jakarta.servlet.http.HttpServletRequest;\nimport jakarta.servlet.http.HttpServletResponse;\nimport java.io.IOException;\nimport java.util.Map;\n\npublic class StatusServlet extends HttpServlet {\n    private final Gson gson = new Gson();\n\n    @Override\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String component = req.getParameter(\"component\");\n        Map<String, Object> body = Map.of(\n            \"component\", component == null ? \"all\" : component,\n            \"status\", \"ok\",\n            \"time\", System.currentTimeMillis());\n        resp.setContentType(\"application/json\");\n        resp.setCharacterEncoding(\"UTF-8\");\n        resp.getWriter().write(gson.toJson(body));\n    }\n}\n"
 },
 {
  "name": "keygen_rsa",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 4,
  "code": "package com.example.keys;\n\nimport java.security.KeyPair;\nimport java.security.KeyPairGenerator;\nimport java.security.NoSuchAlgorithmException;\nimport javax.crypto.KeyGenerator;\nimport javax.crypto.SecretKey;\n\npublic final class KeyFactoryUtil {\n    private KeyFactoryUtil() {}\n\n    public static KeyPair rsaSigningKeys() throws NoSuchAlgorithmException {\n        KeyPairGenerator kpg = KeyPairGenerator.getInstance(\"RSA\");\n        kpg.initialize(3072);\n        return kpg.generateKeyPair();\n    }\n\n    public static SecretKey aesKey() throws NoSuchAlgorithmException {\n        KeyGenerator kg = KeyGenerator.getInstance(\"AES\");\n        kg.init(256);\n        return kg.generateKey();\n    }\n}\n"
 },
 {
  "name": "ldap_query_builder",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 4,
  "code": "package com.example.directory;\n\nimport static org.springframework.ldap.query.LdapQueryBuilder.query;\n\nimport java.util.List;\nimport org.springframework.ldap.core.AttributesMapper;\nimport org.springframework.ldap.core.LdapTemplate;\nimport org.springframework.stereotype.Service;\n\n@Service\npublic class DirectoryService {\n    private final LdapTemplate ldap;\n\n    public DirectoryService(LdapTemplate ldap) {\n        this.ldap = ldap;\n    }\n\n    public List<String> displayNames(String uid) {\n        return ldap.search(\n            query().base(\"ou=people\").where(\"objectclass\").is(\"person\").and(\"uid\").is(uid),\n            (AttributesMapper<String>) attrs -> (String) attrs.get(\"cn\").get());\n    }\n}\n"
 },
 {
  "name": "password_policy_keyboard",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 4,
  "code": "package com.example.auth;\n\nimport java.util.List;\n\npublic final class PasswordPolicy {\n    private static final List<String> KEYBOARD_RUNS = List.of(\"qwerty\", \"asdf\", \"zxcv\", \"12345\");\n\n    private PasswordPolicy() {}\n\n    public static boolean acceptable(String password) {\n        if (password == null || password.length() < 12) return false;\n        String lower = password.toLowerCase();\n        for (String run : KEYBOARD_RUNS) {\n            if (lower.contains(run)) return false;\n        }\n        return password.chars().anyMatch(Character::isDigit) && password.chars().anyMatch(Character::isLetter);\n    }\n}\n"
 },
 {
  "name": "runner_config_path",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 4,
  "code": "package com.example.importer;\n\nimport java.nio.file.Files;\nimport java.nio.file.Path;\nimport java.util.List;\nimport org.springframework.beans.factory.annotation.Value;\nimport org.springframework.boot.CommandLineRunner;\nimport org.springframework.stereotype.Component;\n\n@Component\npublic class SeedDataRunner implements CommandLineRunner {\n    private final CustomerRepository customers;\n\n    @Value(\"${seed.file:classpath-seed/customers.csv}\")\n    private Path seedFile;\n\n    public SeedDataRunner(CustomerRepository customers) {\n        this.customers = customers;\n    }\n\n    @Override\n    public void run(String... args) throws Exception {\n        if (!Files.exists(seedFile) || customers.count() > 0) {\n            return;\n        }\n        List<String> lines = Files.readAllLines(seedFile);\n        for (String line : lines.subList(1, lines.size())) {\n            String[] f = line.split(\",\", -1);\n            customers.save(new Customer(f[0].trim(), f[1].trim()));\n        }\n    }\n}\n"
 },
 {
  "name": "secure_cookie",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 4,
  "code": "package com.example.web;\n\nimport jakarta.servlet.http.Cookie;\nimport jakarta.servlet.http.HttpServletResponse;\n\npublic final class Cookies {\n    private Cookies() {}\n\n    public static void setLocale(HttpServletResponse response, String locale) {\n        Cookie c = new Cookie(\"locale\", locale.replaceAll(\"[^A-Za-z_-]\", \"\"));\n        c.setHttpOnly(true);\n        c.setSecure(true);\n        c.setPath(\"/\");\n        c.setMaxAge(60 * 60 * 24 * 365);\n        response.addCookie(c);\n    }\n}\n"
 },
 {
  "name": "string_pad_utils",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 4,
  "code": "package com.example.text;\n\npublic final class TextTable {\n    private TextTable() {}\n\n    public static String padRight(String s, int width) {\n        return String.format(\"%-\" + width + \"s\", s);\n    }\n\n    public static String row(String[] cells, int[] widths) {\n        StringBuilder sb = new StringBuilder(\"|\");\n        for (int i = 0; i < cells.length; i++) {\n            sb.append(' ').append(padRight(cells[i], widths[i])).append(\" |\");\n        }\n        return sb.toString();\n    }\n}\n"
 },
 {
  "name": "username_validator",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 4,
  "code": "package com.example.validation;\n\nimport java.util.regex.Pattern;\n\npublic final class Usernames {\n    private static final Pattern VALID = Pattern.compile(\"^[a-z0-9_-]{3,16}$\");\n    private static final Pattern RESERVED = Pattern.compile(\"^(admin|root|system|support)$\", Pattern.CASE_INSENSITIVE);\n\n    private Usernames() {}\n\n    public static boolean isValid(String name) {\n        return name != null && VALID.matcher(name).matches() && !RESERVED.matcher(name).matches();\n    }\n}\n"
 },
 {
  "name": "json_body_api",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 4,
  "code": "<?php\nheader('Content-Type: application/json');\nrequire __DIR__ . '/db.php';\n\n$input = json_decode(file_get_contents('php://input'), true);\nif (!is_array($input) || !isset($input['title']) || !is_string($input['title'])) {\n    http_response_code(422);\n    echo json_encode(['error' => 'title is required']);\n    exit;\n}\n$title = mb_substr(trim($input['title']), 0, 200);\n$done = !empty($input['done']);\n$st = $pdo->prepare('INSERT INTO todos (title, done) VALUES (:title, :done)');\n$st->execute([':title' => $title, ':done' => $done ? 1 : 0]);\nhttp_response_code(201);\necho json_encode(['id' => (int) $pdo->lastInsertId(), 'title' => $title, 'done' => $done]);\n"
 },
 {
  "name": "laravel_report_download",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 4,
  "code": "<?php\n\nnamespace App\\Http\\Controllers;\n\nuse App\\Models\\Report;\nuse Illuminate\\Http\\Request;\n\nclass ReportController extends Controller\n{\n    public function download(Request $request, Report $report)\n    {\n        $this->authorize('view', $report);\n        return response()->download(storage_path('app/reports/' . $report->filename), $report->title . '.pdf');\n    }\n}\n"
 },
 {
  "name": "mail_validated",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 4,
  "code": "<?php\n\nfunction send_welcome(string $to, string $name): bool\n{\n    $email = filter_var($to, FILTER_VALIDATE_EMAIL);\n    if ($email === false) {\n        return false;\n    }\n    $subject = 'Welcome aboard';\n    $body = \"Hi \" . preg_replace('/[\\r\\n]+/', ' ', $name) . \",\\n\\nThanks for signing up.\\n\";\n    $headers = [\n        'From' => 'no-reply@example.com',\n        'Content-Type' => 'text/plain; charset=UTF-8',\n    ];\n    return mail($email, $subject, $body, $headers);\n}\n"
 },
 {
  "name": "openssl_gcm",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 4,
  "code": "<?php\n\nfunction encrypt_field(string $plaintext, string $key): string\n{\n    $iv = random_bytes(12);\n    $tag = '';\n    $ct = openssl_encrypt($plaintext, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $iv, $tag);\n    if ($ct === false) {\n        throw new RuntimeException('encryption failed');\n    }\n    return base64_encode($iv . $tag . $ct);\n}\n\nfunction decrypt_field(string $encoded, string $key): ?string\n{\n    $raw = base64_decode($encoded, true);\n    if ($raw === false || strlen($raw) < 28) {\n        return null;\n    }\n    $pt = openssl_decrypt(substr($raw, 28), 'aes-256-gcm', $key, OPENSSL_RAW_DATA, substr($raw, 0, 12), substr($raw, 12, 16));\n    return $pt === false ? null : $pt;\n}\n"
 },
 {
  "name": "router_preg_match",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 4,
  "code": "<?php\nrequire __DIR__ . '/../src/bootstrap.php';\n\n$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);\n$routes = [\n    '#^/$#' => 'HomeController@index',\n    '#^/posts/(\\d+)$#' => 'PostController@show',\n    '#^/tags/([a-z0-9-]+)$#' => 'TagController@show',\n];\nforeach ($routes as $pattern => $handler) {\n    if (preg_match($pattern, $path, $m)) {\n        [$class, $method] = explode('@', $handler);\n        $fqcn = 'App\\\\Controllers\\\\' . $class;\n        (new $fqcn($pdo))->$method(...array_slice($m, 1));\n        exit;\n    }\n}\nhttp_response_code(404);\necho 'Not found';\n"
 },
 {
  "name": "setcookie_options",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 4,
  "code": "<?php\n\nfunction remember_theme(string $theme): void\n{\n    $allowed = ['light', 'dark', 'system'];\n    if (!in_array($theme, $allowed, true)) {\n        $theme = 'system';\n    }\n    setcookie('theme', $theme, [\n        'expires' => time() + 31536000,\n        'path' => '/',\n        'secure' => true,\n        'httponly' => true,\n        'samesite' => 'Lax',\n    ]);\n}\n\nremember_theme($_POST['theme'] ?? 'system');\nheader('Location: /settings.php');\nexit;\n"
 },
 {
  "name": "symfony_doctrine",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 4,
  "code": "<?php\n\nnamespace App\\Controller;\n\nuse App\\Repository\\PostRepository;\nuse Symfony\\Bundle\\FrameworkBundle\\Controller\\AbstractController;\nuse Symfony\\Component\\HttpFoundation\\Response;\nuse Symfony\\Component\\Routing\\Annotation\\Route;\n\nclass BlogController extends AbstractController\n{\n    #[Route('/blog/{slug}', name: 'blog_show')]\n    public function show(string $slug, PostRepository $posts): Response\n    {\n        $post = $posts->findOneBy(['slug' => $slug, 'published' => true]);\n        if (!$post) {\n            throw $this->createNotFoundException();\n        }\n        return $this->render('blog/show.html.twig', ['post' => $post]);\n    }\n\n    #[Route('/blog', name: 'blog_index')]\n    public function index(PostRepository $posts): Response\n    {\n        $qb = $posts->createQueryBuilder('p')\n            ->where('p.published = :pub')\n            ->setParameter('pub', true)\n            ->orderBy('p.publishedAt', 'DESC')\n            ->setMaxResults(20);\n        return $this->render('blog/index.html.twig', ['posts' => $qb->getQuery()->getResult()]);\n    }\n}\n"
 },
 {
  "name": "wp_meta_box",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 4,
  "code": "<?php\nif (!defined('ABSPATH')) exit;\n\nadd_action('add_meta_boxes', function () {\n    add_meta_box('event_date', 'Event date', 'event_date_box', 'event', 'side');\n});\n\nfunction event_date_box($post) {\n    wp_nonce_field('event_date_save', 'event_date_nonce');\n    $value = get_post_meta($post->ID, '_event_date', true);\n    echo '<input type=\"date\" name=\"event_date\" value=\"' . esc_attr($value) . '\">';\n}\n\nadd_action('save_post_event', function ($post_id) {\n    if (!isset($_POST['event_date_nonce']) || !wp_verify_nonce($_POST['event_date_nonce'], 'event_date_save')) {\n        return;\n    }\n    if (!current_user_can('edit_post', $post_id)) {\n        return;\n    }\n    $date = sanitize_text_field($_POST['event_date'] ?? '');\n    if (preg_match('/^\\d{4}-\\d{2}-\\d{2}$/', $date)) {\n        update_post_meta($post_id, '_event_date', $date);\n    }\n});\n"
 },
 {
  "name": "popen_host",
  "kind": "vuln",
  "lang": "c",
  "cwe": 78,
  "wave": 4,
  "code": "#include <stdio.h>\n\nint ping_host(const char *host) {\n    char cmd[256];\n    snprintf(cmd, sizeof cmd, \"ping -c 1 %s\", host);\n    FILE *p = popen(cmd, \"r\");\n    if (!p) return -1;\n    return pclose(p);\n}\n"
 },
 {
  "name": "sprintf_argv_small",
  "kind": "vuln",
  "lang": "c",
  "cwe": 120,
  "wave": 4,
  "code": "#include <stdio.h>\n\nint main(int argc, char **argv) {\n    char greeting[16];\n    if (argc < 2) return 1;\n    sprintf(greeting, \"Hi %s\", argv[1]);\n    puts(greeting);\n    return 0;\n}\n"
 },
 {
  "name": "bash_tar",
  "kind": "vuln",
  "lang": "go",
  "cwe": 78,
  "wave": 4,
  "code": "package backup\n\nimport (\n\t\"net/http\"\n\t\"os/exec\"\n)\n\nfunc Backup(w http.ResponseWriter, r *http.Request) {\n\tdir := r.FormValue(\"dir\")\n\tcmd := exec.Command(\"bash\", \"-c\", \"tar czf /backups/out.tgz \"+dir)\n\tif err := cmd.Run(); err != nil {\n\t\thttp.Error(w, \"failed\", 500)\n\t}\n}\n"
 },
 {
  "name": "sql_concat_plus",
  "kind": "vuln",
  "lang": "go",
  "cwe": 89,
  "wave": 4,
  "code": "package store\n\nimport (\n\t\"database/sql\"\n)\n\nfunc FindByName(db *sql.DB, name string) (*sql.Rows, error) {\n\treturn db.Query(\"SELECT id, email FROM users WHERE name = '\" + name + \"'\")\n}\n"
 },
 {
  "name": "ldap_concat",
  "kind": "vuln",
  "lang": "java",
  "cwe": 90,
  "wave": 4,
  "code": "package com.example.directory;\n\nimport javax.naming.NamingEnumeration;\nimport javax.naming.directory.DirContext;\nimport javax.naming.directory.SearchControls;\nimport javax.naming.directory.SearchResult;\nimport jakarta.servlet.http.HttpServletRequest;\n\npublic class UserLookup {\n    public boolean exists(DirContext ctx, HttpServletRequest req) throws Exception {\n        String filter = \"(&(objectClass=person)(uid=\" + req.getParameter(\"user\") + \"))\";\n        NamingEnumeration<SearchResult> res = ctx.search(\"ou=people,dc=example,dc=com\", filter, new SearchControls());\n        return res.hasMore();\n    }\n}\n"
 },
 {
  "name": "runtime_exec_string",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "wave": 4,
  "code": "package com.example.tools;\n\nimport jakarta.servlet.http.HttpServletRequest;\nimport java.io.IOException;\n\npublic class Converter {\n    public void convert(HttpServletRequest req) throws IOException {\n        String file = req.getParameter(\"file\");\n        Runtime.getRuntime().exec(\"convert /data/\" + file + \" /data/out.pdf\");\n    }\n}\n"
 },
 {
  "name": "upload_client_name",
  "kind": "vuln",
  "lang": "php",
  "cwe": 434,
  "wave": 4,
  "code": "<?php\nif (isset($_FILES['doc'])) {\n    $target = __DIR__ . '/uploads/' . $_FILES['doc']['name'];\n    move_uploaded_file($_FILES['doc']['tmp_name'], $target);\n    echo 'Uploaded';\n}\n"
 },
 {
  "name": "wpdb_query_concat",
  "kind": "vuln",
  "lang": "php",
  "cwe": 89,
  "wave": 4,
  "code": "<?php\nadd_action('wp_ajax_delete_item', function () {\n    global $wpdb;\n    $wpdb->query(\"DELETE FROM {$wpdb->prefix}items WHERE id = \" . $_POST['id']);\n    wp_send_json_success();\n});\n"
 },
 {
  "name": "bitset",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 5,
  "code": "#include <stdint.h>\n#include <stdlib.h>\n#include <string.h>\n\ntypedef struct {\n    size_t nbits;\n    uint64_t *words;\n} bitset;\n\nint bitset_init(bitset *b, size_t nbits) {\n    size_t nwords = (nbits + 63) / 64;\n    b->words = calloc(nwords ? nwords : 1, sizeof(uint64_t));\n    if (!b->words) return -1;\n    b->nbits = nbits;\n    return 0;\n}\n\nint bitset_set(bitset *b, size_t i) {\n    if (i >= b->nbits) return -1;\n    b->words[i / 64] |= (uint64_t)1 << (i % 64);\n    return 0;\n}\n\nint bitset_test(const bitset *b, size_t i) {\n    if (i >= b->nbits) return 0;\n    return (int)((b->words[i / 64] >> (i % 64)) & 1u);\n}\n\nsize_t bitset_count(const bitset *b) {\n    size_t n = 0;\n    for (size_t w = 0; w < (b->nbits + 63) / 64; w++) n += (size_t)__builtin_popcountll(b->words[w]);\n    return n;\n}\n"
 },
 {
  "name": "cjson_config",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 5,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include \"cJSON.h\"\n\nstruct config {\n    char host[128];\n    int port;\n};\n\nint load_config(const char *text, struct config *cfg) {\n    cJSON *root = cJSON_Parse(text);\n    if (!root) return -1;\n    const cJSON *host = cJSON_GetObjectItemCaseSensitive(root, \"host\");\n    const cJSON *port = cJSON_GetObjectItemCaseSensitive(root, \"port\");\n    int rc = -1;\n    if (cJSON_IsString(host) && host->valuestring && cJSON_IsNumber(port) && port->valueint > 0 && port->valueint < 65536) {\n        snprintf(cfg->host, sizeof cfg->host, \"%s\", host->valuestring);\n        cfg->port = port->valueint;\n        rc = 0;\n    }\n    cJSON_Delete(root);\n    return rc;\n}\n"
 },
 {
  "name": "copy_file_cli",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 5,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n\nint main(int argc, char **argv) {\n    if (argc != 3) {\n        fprintf(stderr, \"usage: %s SRC DST\\n\", argv[0]);\n        return 2;\n    }\n    FILE *in = fopen(argv[1], \"rb\");\n    if (!in) {\n        perror(argv[1]);\n        return 1;\n    }\n    FILE *out = fopen(argv[2], \"wb\");\n    if (!out) {\n        perror(argv[2]);\n        fclose(in);\n        return 1;\n    }\n    char buf[65536];\n    size_t n;\n    while ((n = fread(buf, 1, sizeof buf, in)) > 0) {\n        if (fwrite(buf, 1, n, out) != n) {\n            perror(\"write\");\n            break;\n        }\n    }\n    fclose(in);\n    return fclose(out) == 0 ? 0 : 1;\n}\n"
 },
 {
  "name": "getaddrinfo_connect",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 5,
  "code": "#include <netdb.h>\n#include <string.h>\n#include <sys/socket.h>\n#include <unistd.h>\n\nint tcp_connect(const char *host, const char *port) {\n    struct addrinfo hints, *res, *ai;\n    memset(&hints, 0, sizeof hints);\n    hints.ai_family = AF_UNSPEC;\n    hints.ai_socktype = SOCK_STREAM;\n    if (getaddrinfo(host, port, &hints, &res) != 0) return -1;\n    int fd = -1;\n    for (ai = res; ai; ai = ai->ai_next) {\n        fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);\n        if (fd < 0) continue;\n        if (connect(fd, ai->ai_addr, ai->ai_addrlen) == 0) break;\n        close(fd);\n        fd = -1;\n    }\n    freeaddrinfo(res);\n    return fd;\n}\n"
 },
 {
  "name": "path_join_checked",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 5,
  "code": "#include <stdio.h>\n#include <string.h>\n#include <errno.h>\n\nint path_join(char *out, size_t size, const char *dir, const char *name) {\n    int n = snprintf(out, size, \"%s/%s\", dir, name);\n    if (n < 0 || (size_t)n >= size) {\n        errno = ENAMETOOLONG;\n        return -1;\n    }\n    return 0;\n}\n\nint make_log_path(char *out, size_t size, int day) {\n    if (day < 1 || day > 31) return -1;\n    char name[32];\n    snprintf(name, sizeof name, \"app-%02d.log\", day);\n    return path_join(out, size, \"/var/log/app\", name);\n}\n"
 },
 {
  "name": "pidfile_excl",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 5,
  "code": "#include <fcntl.h>\n#include <stdio.h>\n#include <string.h>\n#include <unistd.h>\n#include <sys/stat.h>\n\nint write_pidfile(void) {\n    int fd = open(\"/run/mydaemon.pid\", O_WRONLY | O_CREAT | O_EXCL, 0644);\n    if (fd < 0) return -1;\n    char buf[32];\n    int n = snprintf(buf, sizeof buf, \"%ld\\n\", (long)getpid());\n    if (n < 0 || write(fd, buf, (size_t)n) != n) {\n        close(fd);\n        unlink(\"/run/mydaemon.pid\");\n        return -1;\n    }\n    return close(fd);\n}\n\nvoid daemon_init(void) {\n    umask(027);\n    if (chdir(\"/\") != 0) perror(\"chdir\");\n}\n"
 },
 {
  "name": "pthread_counter",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 5,
  "code": "#include <pthread.h>\n#include <stdio.h>\n\n#define THREADS 8\n#define ITERS 100000\n\nstatic long counter;\nstatic pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;\n\nstatic void *work(void *arg) {\n    (void)arg;\n    for (int i = 0; i < ITERS; i++) {\n        pthread_mutex_lock(&lock);\n        counter++;\n        pthread_mutex_unlock(&lock);\n    }\n    return NULL;\n}\n\nint main(void) {\n    pthread_t t[THREADS];\n    for (int i = 0; i < THREADS; i++) pthread_create(&t[i], NULL, work, NULL);\n    for (int i = 0; i < THREADS; i++) pthread_join(t[i], NULL);\n    printf(\"%ld\\n\", counter);\n    return 0;\n}\n"
 },
 {
  "name": "json_like_writer",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 0,
  "wave": 5,
  "code": "#include <ostream>\n#include <string>\n#include <map>\n\nstd::string json_escape(const std::string& s) {\n    std::string out;\n    out.reserve(s.size() + 2);\n    for (char c : s) {\n        switch (c) {\n            case '\"': out += \"\\\\\\\"\"; break;\n            case '\\\\': out += \"\\\\\\\\\"; break;\n            case '\\n': out += \"\\\\n\"; break;\n            case '\\t': out += \"\\\\t\"; break;\n            default:\n                if (static_cast<unsigned char>(c) < 0x20) {\n                    char buf[8];\n                    std::snprintf(buf, sizeof buf, \"\\\\u%04x\", c);\n                    out += buf;\n                } else {\n                    out += c;\n                }\n        }\n    }\n    return out;\n}\n\nvoid write_object(std::ostream& os, const std::map<std::string, std::string>& m) {\n    os << '{';\n    bool first = true;\n    for (const auto& [k, v] : m) {\n        if (!first) os << ',';\n        os << '\"' << json_escape(k) << \"\\\":\\\"\" << json_escape(v) << '\"';\n        first = false;\n    }\n    os << '}';\n}\n"
 },
 {
  "name": "random_shuffle_deck",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 0,
  "wave": 5,
  "code": "#include <algorithm>\n#include <array>\n#include <random>\n#include <string>\n#include <iostream>\n\nstruct Card {\n    int rank;\n    char suit;\n};\n\nstd::array<Card, 52> new_deck() {\n    std::array<Card, 52> d{};\n    const char suits[] = {'S', 'H', 'D', 'C'};\n    int i = 0;\n    for (char s : suits)\n        for (int r = 1; r <= 13; ++r) d[i++] = {r, s};\n    return d;\n}\n\nint main() {\n    auto deck = new_deck();\n    std::mt19937 rng(std::random_device{}());\n    std::shuffle(deck.begin(), deck.end(), rng);\n    for (int i = 0; i < 5; ++i) std::cout << deck[i].rank << deck[i].suit << ' ';\n    std::cout << '\\n';\n}\n"
 },
 {
  "name": "filepath_rel_check",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 5,
  "code": "package assets\n\nimport (\n\t\"errors\"\n\t\"net/http\"\n\t\"os\"\n\t\"path/filepath\"\n\t\"strings\"\n)\n\nconst root = \"/srv/assets\"\n\nfunc Serve(w http.ResponseWriter, r *http.Request) {\n\tname := strings.TrimPrefix(r.URL.Path, \"/assets/\")\n\tfull := filepath.Join(root, filepath.FromSlash(name))\n\trel, err := filepath.Rel(root, full)\n\tif err != nil || rel == \"..\" || strings.HasPrefix(rel, \"..\"+string(os.PathSeparator)) {\n\t\thttp.Error(w, \"forbidden\", http.StatusForbidden)\n\t\treturn\n\t}\n\tdata, err := os.ReadFile(full)\n\tif errors.Is(err, os.ErrNotExist) {\n\t\thttp.NotFound(w, r)\n\t\treturn\n\t}\n\tif err != nil {\n\t\thttp.Error(w, \"error\", http.StatusInternalServerError)\n\t\treturn\n\t}\n\tw.Write(data)\n}\n"
 },
 {
  "name": "gin_bind_validate",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 5,
  "code": "package handlers\n\nimport (\n\t\"net/http\"\n\n\t\"github.com/gin-gonic/gin\"\n)\n\ntype SignupRequest struct {\n\tEmail    string `json:\"email\" binding:\"required,email\"`\n\tPassword string `json:\"password\" binding:\"required,min=12\"`\n}\n\ntype Accounts interface {\n\tRegister(email, password string) (int64, error)\n}\n\nfunc Signup(acc Accounts) gin.HandlerFunc {\n\treturn func(c *gin.Context) {\n\t\tvar req SignupRequest\n\t\tif err := c.ShouldBindJSON(&req); err != nil {\n\t\t\tc.JSON(http.StatusBadRequest, gin.H{\"error\": \"invalid request\"})\n\t\t\treturn\n\t\t}\n\t\tid, err := acc.Register(req.Email, req.Password)\n\t\tif err != nil {\n\t\t\tc.JSON(http.StatusConflict, gin.H{\"error\": \"account exists\"})\n\t\t\treturn\n\t\t}\n\t\tc.JSON(http.StatusCreated, gin.H{\"id\": id})\n\t}\n}\n"
 },
 {
  "name": "git_clone_dashdash",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 5,
  "code": "package vcs\n\nimport (\n\t\"context\"\n\t\"fmt\"\n\t\"net/url\"\n\t\"os/exec\"\n\t\"strings\"\n)\n\nfunc Clone(ctx context.Context, repoURL, dest string) error {\n\tu, err := url.Parse(repoURL)\n\tif err != nil || u.Scheme != \"https\" || strings.HasPrefix(repoURL, \"-\") {\n\t\treturn fmt.Errorf(\"only https repositories are supported\")\n\t}\n\tcmd := exec.CommandContext(ctx, \"git\", \"clone\", \"--depth\", \"1\", \"--\", repoURL, dest)\n\tif out, err := cmd.CombinedOutput(); err != nil {\n\t\treturn fmt.Errorf(\"git clone: %w: %s\", err, out)\n\t}\n\treturn nil\n}\n"
 },
 {
  "name": "grpc_server",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 5,
  "code": "package server\n\nimport (\n\t\"context\"\n\t\"database/sql\"\n\n\t\"google.golang.org/grpc/codes\"\n\t\"google.golang.org/grpc/status\"\n\n\tpb \"example.com/inventory/gen/inventory/v1\"\n)\n\ntype InventoryServer struct {\n\tpb.UnimplementedInventoryServiceServer\n\tDB *sql.DB\n}\n\nfunc (s *InventoryServer) GetStock(ctx context.Context, req *pb.GetStockRequest) (*pb.GetStockResponse, error) {\n\tif req.GetSku() == \"\" {\n\t\treturn nil, status.Error(codes.InvalidArgument, \"sku is required\")\n\t}\n\tvar qty int64\n\terr := s.DB.QueryRowContext(ctx, \"SELECT quantity FROM stock WHERE sku = $1\", req.GetSku()).Scan(&qty)\n\tif err == sql.ErrNoRows {\n\t\treturn nil, status.Error(codes.NotFound, \"unknown sku\")\n\t}\n\tif err != nil {\n\t\treturn nil, status.Error(codes.Internal, \"lookup failed\")\n\t}\n\treturn &pb.GetStockResponse{Sku: req.GetSku(), Quantity: qty}, nil\n}\n"
 },
 {
  "name": "kafka_consumer",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 5,
  "code": "package consumer\n\nimport (\n\t\"context\"\n\t\"encoding/json\"\n\t\"log\"\n\n\t\"github.com/segmentio/kafka-go\"\n)\n\ntype Event struct {\n\tType string `json:\"type\"`\n\tID   string `json:\"id\"`\n}\n\nfunc Run(ctx context.Context, brokers []string, handle func(Event) error) error {\n\tr := kafka.NewReader(kafka.ReaderConfig{Brokers: brokers, Topic: \"events\", GroupID: \"indexer\"})\n\tdefer r.Close()\n\tfor {\n\t\tm, err := r.ReadMessage(ctx)\n\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n\t\tvar ev Event\n\t\tif err := json.Unmarshal(m.Value, &ev); err != nil {\n\t\t\tlog.Printf(\"skip malformed message at offset %d\", m.Offset)\n\t\t\tcontinue\n\t\t}\n\t\tif err := handle(ev); err != nil {\n\t\t\tlog.Printf(\"handle %s: %v\", ev.ID, err)\n\t\t}\n\t}\n}\n"
 },
 {
  "name": "once_singleton",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 5,
  "code": "package registry\n\nimport (\n\t\"sort\"\n\t\"sync\"\n)\n\ntype Registry struct {\n\tmu    sync.RWMutex\n\titems map[string]func() any\n}\n\nvar (\n\tinstance *Registry\n\tonce     sync.Once\n)\n\nfunc Default() *Registry {\n\tonce.Do(func() {\n\t\tinstance = &Registry{items: map[string]func() any{}}\n\t})\n\treturn instance\n}\n\nfunc (r *Registry) Register(name string, factory func() any) {\n\tr.mu.Lock()\n\tdefer r.mu.Unlock()\n\tr.items[name] = factory\n}\n\nfunc (r *Registry) Names() []string {\n\tr.mu.RLock()\n\tdefer r.mu.RUnlock()\n\tnames := make([]string, 0, len(r.items))\n\tfor n := range r.items {\n\t\tnames = append(names, n)\n\t}\n\tsort.Strings(names)\n\treturn names\n}\n"
 },
 {
  "name": "s3_upload",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 5,
  "code": "package storage\n\nimport (\n\t\"bytes\"\n\t\"context\"\n\t\"crypto/sha256\"\n\t\"encoding/hex\"\n\n\t\"github.com/aws/aws-sdk-go-v2/aws\"\n\t\"github.com/aws/aws-sdk-go-v2/service/s3\"\n)\n\ntype Store struct {\n\tClient *s3.Client\n\tBucket string\n}\n\nfunc (s *Store) PutBlob(ctx context.Context, data []byte) (string, error) {\n\tsum := sha256.Sum256(data)\n\tkey := \"blobs/\" + hex.EncodeToString(sum[:])\n\t_, err := s.Client.PutObject(ctx, &s3.PutObjectInput{\n\t\tBucket:      aws.String(s.Bucket),\n\t\tKey:         aws.String(key),\n\t\tBody:        bytes.NewReader(data),\n\t\tContentType: aws.String(\"application/octet-stream\"),\n\t})\n\treturn key, err\n}\n"
 },
 {
  "name": "simulation_dice",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 5,
  "code": "package main\n\nimport (\n\t\"flag\"\n\t\"fmt\"\n\t\"math/rand\"\n)\n\nfunc main() {\n\trolls := flag.Int(\"n\", 100000, \"number of rolls\")\n\tflag.Parse()\n\tvar counts [13]int\n\tfor i := 0; i < *rolls; i++ {\n\t\tcounts[rand.Intn(6)+1+rand.Intn(6)+1]++\n\t}\n\tfor sum := 2; sum <= 12; sum++ {\n\t\tfmt.Printf(\"%2d: %.3f\\n\", sum, float64(counts[sum])/float64(*rolls))\n\t}\n}\n"
 },
 {
  "name": "sqlx_get",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 5,
  "code": "package repo\n\nimport (\n\t\"context\"\n\n\t\"github.com/jmoiron/sqlx\"\n)\n\ntype Customer struct {\n\tID    int64  `db:\"id\"`\n\tName  string `db:\"name\"`\n\tEmail string `db:\"email\"`\n}\n\ntype Customers struct{ DB *sqlx.DB }\n\nfunc (c *Customers) Get(ctx context.Context, id int64) (*Customer, error) {\n\tvar out Customer\n\tif err := c.DB.GetContext(ctx, &out, \"SELECT id, name, email FROM customers WHERE id = $1\", id); err != nil {\n\t\treturn nil, err\n\t}\n\treturn &out, nil\n}\n\nfunc (c *Customers) Search(ctx context.Context, name string) ([]Customer, error) {\n\tvar out []Customer\n\terr := c.DB.SelectContext(ctx, &out, \"SELECT id, name, email FROM customers WHERE name ILIKE $1 LIMIT 50\", \"%\"+name+\"%\")\n\treturn out, err\n}\n"
 },
 {
  "name": "android_intent_explicit",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 5,
  "code": "package com.example.app;\n\nimport android.app.Activity;\nimport android.content.Intent;\nimport android.os.Bundle;\nimport android.widget.TextView;\n\npublic class DetailActivity extends Activity {\n    public static final String EXTRA_ITEM_ID = \"com.example.app.ITEM_ID\";\n\n    public static Intent newIntent(Activity from, long itemId) {\n        Intent i = new Intent(from, DetailActivity.class);\n        i.putExtra(EXTRA_ITEM_ID, itemId);\n        return i;\n    }\n\n    @Override\n    protected void onCreate(Bundle savedInstanceState) {\n        super.onCreate(savedInstanceState);\n        long id = getIntent().getLongExtra(EXTRA_ITEM_ID, -1);\n        TextView tv = new TextView(this);\n        tv.setText(id < 0 ? \"No item\" : \"Item #\" + id);\n        setContentView(tv);\n    }\n}\n"
 },
 {
  "name": "commons_cli_tool",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 5,
  "code": "package com.example.cli;\n\nimport java.io.BufferedWriter;\nimport java.nio.charset.StandardCharsets;\nimport java.nio.file.Files;\nimport java.nio.file.Path;\nimport java.nio.file.Paths;\nimport org.apache.commons.cli.*;\n\npublic class CsvToJson {\n    public static void main(String[] args) throws Exception {\n        Options opts = new Options();\n        opts.addRequiredOption(\"i\", \"input\", true, \"input CSV file\");\n        opts.addOption(\"o\", \"output\", true, \"output JSON file\");\n        CommandLine cl = new DefaultParser().parse(opts, args);\n        Path in = Paths.get(cl.getOptionValue(\"i\"));\n        Path out = Paths.get(cl.getOptionValue(\"o\", \"out.json\"));\n        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {\n            w.write(\"[\");\n            boolean first = true;\n            for (String line : Files.readAllLines(in, StandardCharsets.UTF_8)) {\n                if (!first) w.write(\",\");\n                w.write(\"\\\"\" + line.replace(\"\\\\\", \"\\\\\\\\\").replace(\"\\\"\", \"\\\\\\\"\") + \"\\\"\");\n                first = false;\n            }\n            w.write(\"]\");\n        }\n    }\n}\n"
 },
 {
  "name": "graph_bfs",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 5,
  "code": "package com.example.algo;\n\nimport java.util.ArrayDeque;\nimport java.util.Arrays;\nimport java.util.List;\n\npublic final class Bfs {\n    private Bfs() {}\n\n    public static int[] distances(List<List<Integer>> adj, int source) {\n        int[] dist = new int[adj.size()];\n        Arrays.fill(dist, -1);\n        ArrayDeque<Integer> queue = new ArrayDeque<>();\n        dist[source] = 0;\n        queue.add(source);\n        while (!queue.isEmpty()) {\n            int u = queue.poll();\n            for (int v : adj.get(u)) {\n                if (dist[v] < 0) {\n                    dist[v] = dist[u] + 1;\n                    queue.add(v);\n                }\n            }\n        }\n        return dist;\n    }\n}\n"
 },
 {
  "name": "hibernate_criteria",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 5,
  "code": "package com.example.catalog;\n\nimport jakarta.persistence.EntityManager;\nimport jakarta.persistence.criteria.CriteriaBuilder;\nimport jakarta.persistence.criteria.CriteriaQuery;\nimport jakarta.persistence.criteria.Predicate;\nimport jakarta.persistence.criteria.Root;\nimport java.util.ArrayList;\nimport java.util.List;\n\npublic class ProductSearch {\n    private final EntityManager em;\n\n    public ProductSearch(EntityManager em) {\n        this.em = em;\n    }\n\n    public List<Product> search(String name, Long maxPrice) {\n        CriteriaBuilder cb = em.getCriteriaBuilder();\n        CriteriaQuery<Product> q = cb.createQuery(Product.class);\n        Root<Product> p = q.from(Product.class);\n        List<Predicate> where = new ArrayList<>();\n        if (name != null && !name.isBlank()) {\n            where.add(cb.like(cb.lower(p.get(\"name\")), \"%\" + name.toLowerCase() + \"%\"));\n        }\n        if (maxPrice != null) {\n            where.add(cb.le(p.get(\"price\"), maxPrice));\n        }\n        q.select(p).where(where.toArray(new Predicate[0])).orderBy(cb.asc(p.get(\"name\")));\n        return em.createQuery(q).setMaxResults(100).getResultList();\n    }\n}\n"
 },
 {
  "name": "hotkey_registry",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 5,
  "code": "package com.example.editor;\n\nimport java.util.HashMap;\nimport java.util.Map;\nimport java.util.Random;\n\npublic class TipOfTheDay {\n    private final Map<String, String> hotkeys = new HashMap<>();\n    private final Random random = new Random();\n\n    public TipOfTheDay() {\n        hotkeys.put(\"Ctrl+S\", \"Save the file\");\n        hotkeys.put(\"Ctrl+P\", \"Open the command palette\");\n        hotkeys.put(\"Ctrl+/\", \"Toggle a comment\");\n    }\n\n    public String randomKeyTip() {\n        String[] keys = hotkeys.keySet().toArray(new String[0]);\n        String key = keys[random.nextInt(keys.length)];\n        return key + \": \" + hotkeys.get(key);\n    }\n}\n"
 },
 {
  "name": "jackson_polymorphic_allowlist",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 5,
  "code": "package com.example.shapes;\n\nimport com.fasterxml.jackson.annotation.JsonSubTypes;\nimport com.fasterxml.jackson.annotation.JsonTypeInfo;\nimport com.fasterxml.jackson.databind.ObjectMapper;\nimport java.io.IOException;\n\npublic class ShapeCodec {\n    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = \"type\")\n    @JsonSubTypes({\n        @JsonSubTypes.Type(value = Circle.class, name = \"circle\"),\n        @JsonSubTypes.Type(value = Square.class, name = \"square\")\n    })\n    public interface Shape {}\n\n    public record Circle(double r) implements Shape {}\n    public record Square(double side) implements Shape {}\n\n    private final ObjectMapper mapper = new ObjectMapper();\n\n    public Shape read(String json) throws IOException {\n        return mapper.readValue(json, Shape.class);\n    }\n}\n"
 },
 {
  "name": "kafka_consumer",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 5,
  "code": "package com.example.ingest;\n\nimport com.fasterxml.jackson.databind.ObjectMapper;\nimport org.slf4j.Logger;\nimport org.slf4j.LoggerFactory;\nimport org.springframework.kafka.annotation.KafkaListener;\nimport org.springframework.stereotype.Component;\n\n@Component\npublic class OrderEventsListener {\n    private static final Logger log = LoggerFactory.getLogger(OrderEventsListener.class);\n    private final ObjectMapper mapper;\n    private final OrderProjection projection;\n\n    public OrderEventsListener(ObjectMapper mapper, OrderProjection projection) {\n        this.mapper = mapper;\n        this.projection = projection;\n    }\n\n    @KafkaListener(topics = \"orders\", groupId = \"order-projection\")\n    public void onMessage(String payload) {\n        try {\n            OrderEvent event = mapper.readValue(payload, OrderEvent.class);\n            projection.apply(event);\n        } catch (Exception e) {\n            log.warn(\"skipping malformed order event: {}\", e.getMessage());\n        }\n    }\n}\n"
 },
 {
  "name": "matrix_math",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 5,
  "code": "package com.example.math;\n\nimport java.util.Random;\n\npublic final class Matrix {\n    private final double[][] a;\n\n    public Matrix(int rows, int cols) {\n        a = new double[rows][cols];\n    }\n\n    public static Matrix random(int rows, int cols, long seed) {\n        Random r = new Random(seed);\n        Matrix m = new Matrix(rows, cols);\n        for (int i = 0; i < rows; i++)\n            for (int j = 0; j < cols; j++)\n                m.a[i][j] = r.nextGaussian();\n        return m;\n    }\n\n    public Matrix multiply(Matrix o) {\n        int n = a.length, k = o.a.length, p = o.a[0].length;\n        if (a[0].length != k) throw new IllegalArgumentException(\"shape mismatch\");\n        Matrix out = new Matrix(n, p);\n        for (int i = 0; i < n; i++)\n            for (int x = 0; x < k; x++)\n                for (int j = 0; j < p; j++)\n                    out.a[i][j] += a[i][x] * o.a[x][j];\n        return out;\n    }\n}\n"
 },
 {
  "name": "okhttp_pinning",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 5,
  "code": "package com.example.net;\n\nimport java.io.IOException;\nimport java.util.concurrent.TimeUnit;\nimport okhttp3.CertificatePinner;\nimport okhttp3.OkHttpClient;\nimport okhttp3.Request;\nimport okhttp3.Response;\n\npublic class ApiClient {\n    private final OkHttpClient client = new OkHttpClient.Builder()\n        .certificatePinner(new CertificatePinner.Builder()\n            .add(\"api.example.com\", \"sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\")\n            .build())\n        .callTimeout(15, TimeUnit.SECONDS)\n        .build();\n\n    public String profile(String bearer) throws IOException {\n        Request req = new Request.Builder()\n            .url(\"https://api.example.com/v1/me\")\n            .header(\"Authorization\", \"Bearer \" + bearer)\n            .build();\n        try (Response res = client.newCall(req).execute()) {\n            if (!res.isSuccessful() || res.body() == null) throw new IOException(\"HTTP \" + res.code());\n            return res.body().string();\n        }\n    }\n}\n"
 },
 {
  "name": "quarkus_resource",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 5,
  "code": "package com.example.todo;\n\nimport jakarta.inject.Inject;\nimport jakarta.transaction.Transactional;\nimport jakarta.ws.rs.*;\nimport jakarta.ws.rs.core.MediaType;\nimport jakarta.ws.rs.core.Response;\nimport java.util.List;\n\n@Path(\"/todos\")\n@Produces(MediaType.APPLICATION_JSON)\n@Consumes(MediaType.APPLICATION_JSON)\npublic class TodoResource {\n    @Inject\n    TodoRepository repo;\n\n    @GET\n    public List<Todo> list(@QueryParam(\"done\") Boolean done) {\n        return done == null ? repo.listAll() : repo.list(\"done\", done);\n    }\n\n    @POST\n    @Transactional\n    public Response create(Todo todo) {\n        if (todo.title == null || todo.title.isBlank()) {\n            return Response.status(Response.Status.BAD_REQUEST).build();\n        }\n        repo.persist(todo);\n        return Response.status(Response.Status.CREATED).entity(todo).build();\n    }\n\n    @DELETE\n    @Path(\"/{id}\")\n    @Transactional\n    public void delete(@PathParam(\"id\") long id) {\n        repo.deleteById(id);\n    }\n}\n"
 },
 {
  "name": "room_dao",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 5,
  "code": "package com.example.app.db;\n\nimport androidx.room.Dao;\nimport androidx.room.Insert;\nimport androidx.room.OnConflictStrategy;\nimport androidx.room.Query;\nimport java.util.List;\n\n@Dao\npublic interface ContactDao {\n    @Query(\"SELECT * FROM contacts WHERE name LIKE '%' || :term || '%' ORDER BY name\")\n    List<Contact> search(String term);\n\n    @Query(\"SELECT * FROM contacts WHERE id = :id\")\n    Contact byId(long id);\n\n    @Insert(onConflict = OnConflictStrategy.REPLACE)\n    void upsert(Contact c);\n}\n"
 },
 {
  "name": "spring_batch_writer",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 5,
  "code": "package com.example.batch;\n\nimport java.util.List;\nimport org.springframework.batch.item.Chunk;\nimport org.springframework.batch.item.ItemWriter;\nimport org.springframework.jdbc.core.namedparam.MapSqlParameterSource;\nimport org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;\n\npublic class InvoiceWriter implements ItemWriter<Invoice> {\n    private static final String SQL = \"INSERT INTO invoices (number, customer, total) VALUES (:number, :customer, :total)\";\n    private final NamedParameterJdbcTemplate jdbc;\n\n    public InvoiceWriter(NamedParameterJdbcTemplate jdbc) {\n        this.jdbc = jdbc;\n    }\n\n    @Override\n    public void write(Chunk<? extends Invoice> chunk) {\n        List<? extends Invoice> items = chunk.getItems();\n        MapSqlParameterSource[] params = items.stream()\n            .map(i -> new MapSqlParameterSource()\n                .addValue(\"number\", i.number())\n                .addValue(\"customer\", i.customer())\n                .addValue(\"total\", i.total()))\n            .toArray(MapSqlParameterSource[]::new);\n        jdbc.batchUpdate(SQL, params);\n    }\n}\n"
 },
 {
  "name": "composer_script",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 5,
  "gap": "a path built from getters of a typed framework object parameter ($event->getComposer()->getConfig()->get('vendor-dir')) is taken for input joined to a path",
  "code": "<?php\n\nnamespace App\\Composer;\n\nuse Composer\\Script\\Event;\n\nfinal class Scripts\n{\n    public static function postInstall(Event $event): void\n    {\n        $root = dirname($event->getComposer()->getConfig()->get('vendor-dir'));\n        foreach (['storage/cache', 'storage/logs', 'storage/uploads'] as $dir) {\n            $path = $root . '/' . $dir;\n            if (!is_dir($path)) {\n                mkdir($path, 0775, true);\n            }\n        }\n        if (!file_exists($root . '/.env')) {\n            copy($root . '/.env.example', $root . '/.env');\n        }\n        $event->getIO()->write('Project directories are ready.');\n    }\n}\n"
 },
 {
  "name": "image_resize_gd",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 5,
  "code": "<?php\n\nfunction make_thumbnail(string $src, string $dst, int $max = 256): bool\n{\n    $info = getimagesize($src);\n    if ($info === false || !in_array($info[2], [IMAGETYPE_JPEG, IMAGETYPE_PNG], true)) {\n        return false;\n    }\n    [$w, $h] = $info;\n    $scale = min($max / $w, $max / $h, 1);\n    $tw = (int) round($w * $scale);\n    $th = (int) round($h * $scale);\n    $img = $info[2] === IMAGETYPE_JPEG ? imagecreatefromjpeg($src) : imagecreatefrompng($src);\n    $thumb = imagecreatetruecolor($tw, $th);\n    imagecopyresampled($thumb, $img, 0, 0, 0, 0, $tw, $th, $w, $h);\n    $ok = imagejpeg($thumb, $dst, 85);\n    imagedestroy($img);\n    imagedestroy($thumb);\n    return $ok;\n}\n"
 },
 {
  "name": "laravel_job",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 5,
  "code": "<?php\n\nnamespace App\\Jobs;\n\nuse App\\Models\\Invoice;\nuse Illuminate\\Bus\\Queueable;\nuse Illuminate\\Contracts\\Queue\\ShouldQueue;\nuse Illuminate\\Foundation\\Bus\\Dispatchable;\nuse Illuminate\\Queue\\InteractsWithQueue;\nuse Illuminate\\Queue\\SerializesModels;\nuse Illuminate\\Support\\Facades\\Mail;\nuse App\\Mail\\InvoiceMail;\n\nclass SendInvoice implements ShouldQueue\n{\n    use Dispatchable, InteractsWithQueue, Queueable, SerializesModels;\n\n    public int $tries = 3;\n\n    public function __construct(public Invoice $invoice) {}\n\n    public function handle(): void\n    {\n        Mail::to($this->invoice->customer->email)->send(new InvoiceMail($this->invoice));\n        $this->invoice->forceFill(['sent_at' => now()])->save();\n    }\n}\n"
 },
 {
  "name": "laravel_model_fillable",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 5,
  "code": "<?php\n\nnamespace App\\Models;\n\nuse Illuminate\\Database\\Eloquent\\Model;\nuse Illuminate\\Database\\Eloquent\\Relations\\BelongsTo;\n\nclass Comment extends Model\n{\n    protected $fillable = ['body'];\n\n    protected $casts = [\n        'approved' => 'boolean',\n    ];\n\n    public function post(): BelongsTo\n    {\n        return $this->belongsTo(Post::class);\n    }\n\n    public function scopeApproved($query)\n    {\n        return $query->where('approved', true);\n    }\n}\n"
 },
 {
  "name": "pagination_int",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 5,
  "code": "<?php\nrequire __DIR__ . '/db.php';\n\n$perPage = 20;\n$page = max(1, (int) ($_GET['page'] ?? 1));\n$offset = ($page - 1) * $perPage;\n$rows = $pdo->query(\"SELECT id, title FROM posts ORDER BY id DESC LIMIT $perPage OFFSET $offset\")->fetchAll(PDO::FETCH_ASSOC);\nforeach ($rows as $r) {\n    printf('<li><a href=\"/post.php?id=%d\">%s</a></li>', $r['id'], htmlspecialchars($r['title'], ENT_QUOTES, 'UTF-8'));\n}\n"
 },
 {
  "name": "phpunit_fixture",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 5,
  "code": "<?php\n\nnamespace Tests\\Feature;\n\nuse App\\Models\\User;\nuse Illuminate\\Foundation\\Testing\\RefreshDatabase;\nuse Tests\\TestCase;\n\nclass LoginTest extends TestCase\n{\n    use RefreshDatabase;\n\n    public function test_user_can_log_in(): void\n    {\n        $user = User::factory()->create(['password' => bcrypt('correct-horse-battery')]);\n        $response = $this->post('/login', ['email' => $user->email, 'password' => 'correct-horse-battery']);\n        $response->assertRedirect('/dashboard');\n        $this->assertAuthenticatedAs($user);\n    }\n\n    public function test_wrong_password_is_rejected(): void\n    {\n        $user = User::factory()->create();\n        $this->post('/login', ['email' => $user->email, 'password' => 'wrong'])->assertSessionHasErrors('email');\n        $this->assertGuest();\n    }\n}\n"
 },
 {
  "name": "wp_cli_command",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 5,
  "code": "<?php\nif (!defined('WP_CLI') || !WP_CLI) {\n    return;\n}\n\nclass Export_Users_Command\n{\n    /**\n     * Export users to a CSV file.\n     *\n     * <file>\n     * : Where to write the CSV.\n     */\n    public function __invoke($args)\n    {\n        [$file] = $args;\n        $fh = fopen($file, 'w');\n        if (!$fh) {\n            WP_CLI::error(\"Cannot write {$file}\");\n        }\n        fputcsv($fh, ['id', 'login', 'email']);\n        foreach (get_users(['fields' => ['ID', 'user_login', 'user_email']]) as $u) {\n            fputcsv($fh, [$u->ID, $u->user_login, $u->user_email]);\n        }\n        fclose($fh);\n        WP_CLI::success('Exported.');\n    }\n}\n\nWP_CLI::add_command('export-users', 'Export_Users_Command');\n"
 },
 {
  "name": "wp_cron_cleanup",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 5,
  "code": "<?php\nif (!defined('ABSPATH')) exit;\n\nregister_activation_hook(__FILE__, function () {\n    if (!wp_next_scheduled('myplugin_cleanup')) {\n        wp_schedule_event(time(), 'daily', 'myplugin_cleanup');\n    }\n});\n\nadd_action('myplugin_cleanup', function () {\n    global $wpdb;\n    $table = $wpdb->prefix . 'myplugin_logs';\n    $wpdb->query($wpdb->prepare(\"DELETE FROM {$table} WHERE created_at < %s\", gmdate('Y-m-d H:i:s', time() - 30 * DAY_IN_SECONDS)));\n});\n"
 },
 {
  "name": "strncpy_len_from_input",
  "kind": "vuln",
  "lang": "c",
  "cwe": 120,
  "wave": 5,
  "code": "#include <string.h>\n#include <stdint.h>\n#include <sys/socket.h>\n\nstruct msg { char body[64]; };\n\nvoid handle(int fd, struct msg *m) {\n    uint8_t hdr[2];\n    char raw[1024];\n    if (recv(fd, hdr, 2, 0) != 2) return;\n    uint16_t len = (uint16_t)((hdr[0] << 8) | hdr[1]);\n    if (recv(fd, raw, sizeof raw, 0) <= 0) return;\n    memcpy(m->body, raw, len);\n}\n"
 },
 {
  "name": "system_env",
  "kind": "vuln",
  "lang": "c",
  "cwe": 78,
  "wave": 5,
  "code": "#include <stdlib.h>\n#include <stdio.h>\n\nint main(void) {\n    char cmd[256];\n    const char *user = getenv(\"REMOTE_USER\");\n    if (!user) return 1;\n    snprintf(cmd, sizeof cmd, \"grep %s /etc/group\", user);\n    return system(cmd);\n}\n"
 },
 {
  "name": "cookie_insecure_session",
  "kind": "vuln",
  "lang": "go",
  "cwe": 614,
  "wave": 5,
  "code": "package web\n\nimport (\n\t\"net/http\"\n)\n\nfunc SetSession(w http.ResponseWriter, sessionID string) {\n\thttp.SetCookie(w, &http.Cookie{\n\t\tName:     \"session\",\n\t\tValue:    sessionID,\n\t\tPath:     \"/\",\n\t\tHttpOnly: false,\n\t\tSecure:   false,\n\t})\n}\n"
 },
 {
  "name": "weak_des",
  "kind": "vuln",
  "lang": "go",
  "cwe": 327,
  "wave": 5,
  "code": "package legacy\n\nimport (\n\t\"crypto/cipher\"\n\t\"crypto/des\"\n)\n\nfunc Encrypt(key, iv, data []byte) ([]byte, error) {\n\tblock, err := des.NewCipher(key)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tout := make([]byte, len(data))\n\tcipher.NewCBCEncrypter(block, iv).CryptBlocks(out, data)\n\treturn out, nil\n}\n"
 },
 {
  "name": "jpql_concat",
  "kind": "vuln",
  "lang": "java",
  "cwe": 89,
  "wave": 5,
  "code": "package com.example.catalog;\n\nimport jakarta.persistence.EntityManager;\nimport java.util.List;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class ProductSearchController {\n    private final EntityManager em;\n\n    public ProductSearchController(EntityManager em) { this.em = em; }\n\n    @GetMapping(\"/products/search\")\n    public List<?> search(@RequestParam String name) {\n        return em.createQuery(\"SELECT p FROM Product p WHERE p.name = '\" + name + \"'\").getResultList();\n    }\n}\n"
 },
 {
  "name": "redirect_param",
  "kind": "vuln",
  "lang": "java",
  "cwe": 601,
  "wave": 5,
  "code": "package com.example.web;\n\nimport jakarta.servlet.http.HttpServletRequest;\nimport jakarta.servlet.http.HttpServletResponse;\nimport java.io.IOException;\n\npublic class ReturnServlet extends jakarta.servlet.http.HttpServlet {\n    @Override\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        resp.sendRedirect(req.getParameter(\"returnTo\"));\n    }\n}\n"
 },
 {
  "name": "trust_all",
  "kind": "vuln",
  "lang": "java",
  "cwe": 295,
  "wave": 5,
  "code": "package com.example.net;\n\nimport java.security.cert.X509Certificate;\nimport javax.net.ssl.SSLContext;\nimport javax.net.ssl.TrustManager;\nimport javax.net.ssl.X509TrustManager;\n\npublic class InsecureSsl {\n    public static SSLContext context() throws Exception {\n        TrustManager[] trustAll = new TrustManager[] { new X509TrustManager() {\n            public void checkClientTrusted(X509Certificate[] c, String a) {}\n            public void checkServerTrusted(X509Certificate[] c, String a) {}\n            public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }\n        } };\n        SSLContext ctx = SSLContext.getInstance(\"TLS\");\n        ctx.init(null, trustAll, null);\n        return ctx;\n    }\n}\n"
 },
 {
  "name": "extract_post",
  "kind": "vuln",
  "lang": "php",
  "cwe": 621,
  "wave": 5,
  "code": "<?php\nsession_start();\n$is_admin = false;\nextract($_POST);\nif ($is_admin) {\n    echo 'Welcome, administrator';\n}\n"
 },
 {
  "name": "xss_attr",
  "kind": "vuln",
  "lang": "php",
  "cwe": 79,
  "wave": 5,
  "code": "<?php\n$name = $_GET['name'] ?? '';\necho \"<input type=\\\"text\\\" name=\\\"name\\\" value=\\\"\" . $name . \"\\\">\";\n"
 },
 {
  "name": "bsearch_generic",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 6,
  "code": "#include <stddef.h>\n\ntypedef int (*cmp_fn)(const void *key, const void *elem);\n\nconst void *find_sorted(const void *key, const void *base, size_t n, size_t size, cmp_fn cmp) {\n    size_t lo = 0, hi = n;\n    const char *b = base;\n    while (lo < hi) {\n        size_t mid = lo + (hi - lo) / 2;\n        int c = cmp(key, b + mid * size);\n        if (c == 0) return b + mid * size;\n        if (c < 0) hi = mid;\n        else lo = mid + 1;\n    }\n    return NULL;\n}\n"
 },
 {
  "name": "flash_log",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 6,
  "code": "#include <stdint.h>\n#include <string.h>\n\n#define LOG_SLOTS 32\n#define LOG_MSG_LEN 28\n\nstruct log_entry {\n    uint32_t ts;\n    char msg[LOG_MSG_LEN];\n};\n\nstatic struct log_entry ring[LOG_SLOTS];\nstatic uint32_t next_slot;\n\nvoid log_put(uint32_t ts, const char *msg) {\n    struct log_entry *e = &ring[next_slot % LOG_SLOTS];\n    e->ts = ts;\n    size_t n = strlen(msg);\n    if (n >= sizeof e->msg) n = sizeof e->msg - 1;\n    memcpy(e->msg, msg, n);\n    e->msg[n] = '\\0';\n    next_slot++;\n}\n\nconst struct log_entry *log_get(uint32_t back) {\n    if (back >= LOG_SLOTS || back >= next_slot) return 0;\n    return &ring[(next_slot - 1 - back) % LOG_SLOTS];\n}\n"
 },
 {
  "name": "home_config_pw",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 6,
  "code": "#include <pwd.h>\n#include <stdio.h>\n#include <unistd.h>\n\nFILE *open_rc(void) {\n    struct passwd *pw = getpwuid(getuid());\n    if (!pw || !pw->pw_dir) return NULL;\n    char path[1024];\n    int n = snprintf(path, sizeof path, \"%s/.mytoolrc\", pw->pw_dir);\n    if (n < 0 || (size_t)n >= sizeof path) return NULL;\n    return fopen(path, \"r\");\n}\n"
 },
 {
  "name": "inet_pton_connect",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 6,
  "code": "#include <arpa/inet.h>\n#include <netinet/in.h>\n#include <string.h>\n#include <sys/socket.h>\n#include <unistd.h>\n\nint connect_ipv4(const char *ip, unsigned short port) {\n    struct sockaddr_in sa;\n    memset(&sa, 0, sizeof sa);\n    sa.sin_family = AF_INET;\n    sa.sin_port = htons(port);\n    if (inet_pton(AF_INET, ip, &sa.sin_addr) != 1) return -1;\n    int fd = socket(AF_INET, SOCK_STREAM, 0);\n    if (fd < 0) return -1;\n    if (connect(fd, (struct sockaddr *)&sa, sizeof sa) != 0) {\n        close(fd);\n        return -1;\n    }\n    return fd;\n}\n"
 },
 {
  "name": "matrix_read_checked",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 6,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <stdint.h>\n\ndouble *read_matrix(FILE *f, size_t *rows_out, size_t *cols_out) {\n    size_t rows, cols;\n    if (fscanf(f, \"%zu %zu\", &rows, &cols) != 2) return NULL;\n    if (rows == 0 || cols == 0 || rows > 10000 || cols > 10000) return NULL;\n    if (rows > SIZE_MAX / cols / sizeof(double)) return NULL;\n    double *m = malloc(rows * cols * sizeof(double));\n    if (!m) return NULL;\n    for (size_t i = 0; i < rows * cols; i++) {\n        if (fscanf(f, \"%lf\", &m[i]) != 1) {\n            free(m);\n            return NULL;\n        }\n    }\n    *rows_out = rows;\n    *cols_out = cols;\n    return m;\n}\n"
 },
 {
  "name": "which_path",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 6,
  "gap": "c.path-traversal-extra reports access() of a command-line argument joined to each $PATH directory (a `which`); the argv exemption of c.path-traversal covers only an argument used whole",
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <unistd.h>\n\nstatic int find_in_path(const char *name, char *out, size_t size) {\n    const char *path = getenv(\"PATH\");\n    if (!path) return -1;\n    char *copy = strdup(path);\n    if (!copy) return -1;\n    int found = -1;\n    char *save = NULL;\n    for (char *dir = strtok_r(copy, \":\", &save); dir; dir = strtok_r(NULL, \":\", &save)) {\n        int n = snprintf(out, size, \"%s/%s\", *dir ? dir : \".\", name);\n        if (n < 0 || (size_t)n >= size) continue;\n        if (access(out, X_OK) == 0) {\n            found = 0;\n            break;\n        }\n    }\n    free(copy);\n    return found;\n}\n\nint main(int argc, char **argv) {\n    char buf[4096];\n    int rc = 0;\n    for (int i = 1; i < argc; i++) {\n        if (find_in_path(argv[i], buf, sizeof buf) == 0) puts(buf);\n        else rc = 1;\n    }\n    return rc;\n}\n"
 },
 {
  "name": "regex_validate_email",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 0,
  "wave": 6,
  "code": "#include <regex>\n#include <string>\n#include <vector>\n\nbool looks_like_email(const std::string& s) {\n    static const std::regex re(R\"(^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$)\");\n    return s.size() <= 254 && std::regex_match(s, re);\n}\n\nstd::vector<std::string> valid_only(const std::vector<std::string>& in) {\n    std::vector<std::string> out;\n    for (const auto& s : in)\n        if (looks_like_email(s)) out.push_back(s);\n    return out;\n}\n"
 },
 {
  "name": "report_ofstream",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 0,
  "wave": 6,
  "code": "#include <fstream>\n#include <iostream>\n#include <map>\n#include <string>\n\nint main(int argc, char** argv) {\n    if (argc != 3) {\n        std::cerr << \"usage: \" << argv[0] << \" INPUT OUTPUT\\n\";\n        return 2;\n    }\n    std::ifstream in(argv[1]);\n    if (!in) {\n        std::cerr << \"cannot read \" << argv[1] << \"\\n\";\n        return 1;\n    }\n    std::map<std::string, int> counts;\n    std::string word;\n    while (in >> word) ++counts[word];\n    std::ofstream out(argv[2]);\n    for (const auto& [w, n] : counts) out << w << '\\t' << n << '\\n';\n    return out ? 0 : 1;\n}\n"
 },
 {
  "name": "chi_urlparam",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 6,
  "code": "package api\n\nimport (\n\t\"database/sql\"\n\t\"encoding/json\"\n\t\"net/http\"\n\t\"strconv\"\n\n\t\"github.com/go-chi/chi/v5\"\n)\n\ntype Book struct {\n\tID    int64  `json:\"id\"`\n\tTitle string `json:\"title\"`\n}\n\nfunc GetBook(db *sql.DB) http.HandlerFunc {\n\treturn func(w http.ResponseWriter, r *http.Request) {\n\t\tid, err := strconv.ParseInt(chi.URLParam(r, \"id\"), 10, 64)\n\t\tif err != nil {\n\t\t\thttp.Error(w, \"bad id\", http.StatusBadRequest)\n\t\t\treturn\n\t\t}\n\t\tvar b Book\n\t\tif err := db.QueryRowContext(r.Context(), \"SELECT id, title FROM books WHERE id = $1\", id).Scan(&b.ID, &b.Title); err != nil {\n\t\t\thttp.Error(w, \"not found\", http.StatusNotFound)\n\t\t\treturn\n\t\t}\n\t\t_ = json.NewEncoder(w).Encode(b)\n\t}\n}\n"
 },
 {
  "name": "client_config_url",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 6,
  "code": "package notify\n\nimport (\n\t\"bytes\"\n\t\"context\"\n\t\"encoding/json\"\n\t\"fmt\"\n\t\"net/http\"\n\t\"time\"\n)\n\ntype Config struct {\n\tSlackWebhookURL string `yaml:\"slack_webhook_url\"`\n}\n\ntype Notifier struct {\n\tcfg    Config\n\tclient *http.Client\n}\n\nfunc New(cfg Config) *Notifier {\n\treturn &Notifier{cfg: cfg, client: &http.Client{Timeout: 5 * time.Second}}\n}\n\nfunc (n *Notifier) Send(ctx context.Context, text string) error {\n\tbody, _ := json.Marshal(map[string]string{\"text\": text})\n\treq, err := http.NewRequestWithContext(ctx, http.MethodPost, n.cfg.SlackWebhookURL, bytes.NewReader(body))\n\tif err != nil {\n\t\treturn err\n\t}\n\treq.Header.Set(\"Content-Type\", \"application/json\")\n\tresp, err := n.client.Do(req)\n\tif err != nil {\n\t\treturn err\n\t}\n\tdefer resp.Body.Close()\n\tif resp.StatusCode >= 300 {\n\t\treturn fmt.Errorf(\"slack: %s\", resp.Status)\n\t}\n\treturn nil\n}\n"
 },
 {
  "name": "csv_flag_input",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 6,
  "code": "package main\n\nimport (\n\t\"encoding/csv\"\n\t\"flag\"\n\t\"fmt\"\n\t\"log\"\n\t\"os\"\n\t\"strconv\"\n)\n\nfunc main() {\n\tin := flag.String(\"in\", \"\", \"CSV file with name,amount rows\")\n\tflag.Parse()\n\tif *in == \"\" {\n\t\tflag.Usage()\n\t\tos.Exit(2)\n\t}\n\tf, err := os.Open(*in)\n\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n\tdefer f.Close()\n\trows, err := csv.NewReader(f).ReadAll()\n\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n\tvar total float64\n\tfor _, r := range rows[1:] {\n\t\tv, err := strconv.ParseFloat(r[1], 64)\n\t\tif err == nil {\n\t\t\ttotal += v\n\t\t}\n\t}\n\tfmt.Printf(\"total: %.2f\\n\", total)\n}\n"
 },
 {
  "name": "ed25519_sign",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 6,
  "code": "package signing\n\nimport (\n\t\"crypto/ed25519\"\n\t\"crypto/rand\"\n\t\"errors\"\n)\n\ntype Signer struct {\n\tpriv ed25519.PrivateKey\n\tPub  ed25519.PublicKey\n}\n\nfunc NewSigner() (*Signer, error) {\n\tpub, priv, err := ed25519.GenerateKey(rand.Reader)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\treturn &Signer{priv: priv, Pub: pub}, nil\n}\n\nfunc (s *Signer) Sign(msg []byte) []byte {\n\treturn ed25519.Sign(s.priv, msg)\n}\n\nfunc Verify(pub ed25519.PublicKey, msg, sig []byte) error {\n\tif !ed25519.Verify(pub, msg, sig) {\n\t\treturn errors.New(\"bad signature\")\n\t}\n\treturn nil\n}\n"
 },
 {
  "name": "embed_static",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 6,
  "code": "package web\n\nimport (\n\t\"embed\"\n\t\"io/fs\"\n\t\"net/http\"\n)\n\n//go:embed dist\nvar dist embed.FS\n\nfunc Static() http.Handler {\n\tsub, err := fs.Sub(dist, \"dist\")\n\tif err != nil {\n\t\tpanic(err)\n\t}\n\treturn http.FileServer(http.FS(sub))\n}\n"
 },
 {
  "name": "glob_cli",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 6,
  "code": "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\t\"path/filepath\"\n)\n\nfunc main() {\n\tif len(os.Args) < 2 {\n\t\tfmt.Fprintln(os.Stderr, \"usage: sizes PATTERN...\")\n\t\tos.Exit(2)\n\t}\n\tfor _, pattern := range os.Args[1:] {\n\t\tmatches, err := filepath.Glob(pattern)\n\t\tif err != nil {\n\t\t\tfmt.Fprintln(os.Stderr, err)\n\t\t\tcontinue\n\t\t}\n\t\tfor _, m := range matches {\n\t\t\tif st, err := os.Stat(m); err == nil {\n\t\t\t\tfmt.Printf(\"%10d %s\\n\", st.Size(), m)\n\t\t\t}\n\t\t}\n\t}\n}\n"
 },
 {
  "name": "lookpath_fixed_args",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 6,
  "code": "package format\n\nimport (\n\t\"bytes\"\n\t\"fmt\"\n\t\"os/exec\"\n)\n\nfunc Gofmt(src []byte) ([]byte, error) {\n\tbin, err := exec.LookPath(\"gofmt\")\n\tif err != nil {\n\t\treturn nil, fmt.Errorf(\"gofmt not installed: %w\", err)\n\t}\n\tcmd := exec.Command(bin, \"-s\")\n\tcmd.Stdin = bytes.NewReader(src)\n\tvar out, errb bytes.Buffer\n\tcmd.Stdout, cmd.Stderr = &out, &errb\n\tif err := cmd.Run(); err != nil {\n\t\treturn nil, fmt.Errorf(\"gofmt: %v: %s\", err, errb.String())\n\t}\n\treturn out.Bytes(), nil\n}\n"
 },
 {
  "name": "template_funcmap",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 6,
  "code": "package web\n\nimport (\n\t\"html/template\"\n\t\"net/http\"\n\t\"strings\"\n\t\"time\"\n)\n\nvar funcs = template.FuncMap{\n\t\"upper\": strings.ToUpper,\n\t\"date\":  func(t time.Time) string { return t.Format(\"2006-01-02\") },\n}\n\nvar postTmpl = template.Must(template.New(\"post\").Funcs(funcs).Parse(\n\t`<article><h2>{{upper .Title}}</h2><time>{{date .Published}}</time><div>{{.Body}}</div></article>`))\n\ntype Post struct {\n\tTitle     string\n\tBody      string\n\tPublished time.Time\n}\n\nfunc RenderPost(w http.ResponseWriter, p Post) {\n\tw.Header().Set(\"Content-Type\", \"text/html; charset=utf-8\")\n\t_ = postTmpl.Execute(w, p)\n}\n"
 },
 {
  "name": "android_image_cache_name",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 6,
  "code": "package com.example.app.images;\n\nimport android.content.Context;\nimport java.io.File;\nimport java.nio.charset.StandardCharsets;\nimport java.security.MessageDigest;\nimport java.security.NoSuchAlgorithmException;\n\npublic class DiskImageCache {\n    private final File dir;\n\n    public DiskImageCache(Context context) {\n        this.dir = new File(context.getCacheDir(), \"images\");\n        dir.mkdirs();\n    }\n\n    public File fileFor(String url) {\n        return new File(dir, fileName(url) + \".img\");\n    }\n\n    private static String fileName(String url) {\n        try {\n            byte[] d = MessageDigest.getInstance(\"SHA-256\").digest(url.getBytes(StandardCharsets.UTF_8));\n            StringBuilder sb = new StringBuilder();\n            for (byte b : d) sb.append(String.format(\"%02x\", b));\n            return sb.toString();\n        } catch (NoSuchAlgorithmException e) {\n            throw new IllegalStateException(e);\n        }\n    }\n}\n"
 },
 {
  "name": "auth_test_fixture",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 6,
  "code": "package com.example.security;\n\nimport static org.junit.jupiter.api.Assertions.assertFalse;\nimport static org.junit.jupiter.api.Assertions.assertTrue;\n\nimport org.junit.jupiter.api.BeforeEach;\nimport org.junit.jupiter.api.Test;\nimport org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;\n\nclass PasswordServiceTest {\n    private static final String PASSWORD = \"correct horse battery staple\";\n    private PasswordService service;\n\n    @BeforeEach\n    void setUp() {\n        service = new PasswordService(new BCryptPasswordEncoder(4), new InMemoryUserStore());\n    }\n\n    @Test\n    void acceptsTheRightPassword() {\n        service.setPassword(1L, PASSWORD);\n        assertTrue(service.verify(1L, PASSWORD));\n    }\n\n    @Test\n    void rejectsAWrongPassword() {\n        service.setPassword(1L, PASSWORD);\n        assertFalse(service.verify(1L, \"Tr0ub4dor&3\"));\n    }\n}\n"
 },
 {
  "name": "bean_validation_record",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 6,
  "code": "package com.example.signup;\n\nimport jakarta.validation.constraints.Email;\nimport jakarta.validation.constraints.NotBlank;\nimport jakarta.validation.constraints.Pattern;\nimport jakarta.validation.constraints.Size;\n\npublic record SignupForm(\n    @NotBlank @Email String email,\n    @NotBlank @Size(min = 12, max = 128) String password,\n    @NotBlank @Pattern(regexp = \"^[A-Za-z0-9_]{3,20}$\") String username) {\n}\n"
 },
 {
  "name": "chacha20_poly1305",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 6,
  "code": "package com.example.crypto;\n\nimport java.security.GeneralSecurityException;\nimport java.security.SecureRandom;\nimport javax.crypto.Cipher;\nimport javax.crypto.SecretKey;\nimport javax.crypto.spec.IvParameterSpec;\n\npublic final class ChaChaBox {\n    private static final SecureRandom RANDOM = new SecureRandom();\n\n    private ChaChaBox() {}\n\n    public static byte[] seal(SecretKey key, byte[] plaintext) throws GeneralSecurityException {\n        byte[] nonce = new byte[12];\n        RANDOM.nextBytes(nonce);\n        Cipher c = Cipher.getInstance(\"ChaCha20-Poly1305\");\n        c.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(nonce));\n        byte[] ct = c.doFinal(plaintext);\n        byte[] out = new byte[nonce.length + ct.length];\n        System.arraycopy(nonce, 0, out, 0, nonce.length);\n        System.arraycopy(ct, 0, out, nonce.length, ct.length);\n        return out;\n    }\n}\n"
 },
 {
  "name": "controller_advice",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 6,
  "code": "package com.example.web;\n\nimport jakarta.persistence.EntityNotFoundException;\nimport java.util.Map;\nimport org.slf4j.Logger;\nimport org.slf4j.LoggerFactory;\nimport org.springframework.http.HttpStatus;\nimport org.springframework.http.ResponseEntity;\nimport org.springframework.web.bind.MethodArgumentNotValidException;\nimport org.springframework.web.bind.annotation.ExceptionHandler;\nimport org.springframework.web.bind.annotation.RestControllerAdvice;\n\n@RestControllerAdvice\npublic class ApiErrors {\n    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);\n\n    @ExceptionHandler(EntityNotFoundException.class)\n    public ResponseEntity<Map<String, String>> notFound(EntityNotFoundException e) {\n        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of(\"error\", \"not found\"));\n    }\n\n    @ExceptionHandler(MethodArgumentNotValidException.class)\n    public ResponseEntity<Map<String, String>> invalid(MethodArgumentNotValidException e) {\n        return ResponseEntity.badRequest().body(Map.of(\"error\", \"validation failed\"));\n    }\n\n    @ExceptionHandler(Exception.class)\n    public ResponseEntity<Map<String, String>> other(Exception e) {\n        log.error(\"unhandled error\", e);\n        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(Map.of(\"error\", \"internal error\"));\n    }\n}\n"
 },
 {
  "name": "format_table_name",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 6,
  "code": "package com.example.audit;\n\nimport java.sql.Connection;\nimport java.sql.PreparedStatement;\nimport java.sql.SQLException;\nimport java.sql.Timestamp;\nimport java.time.Instant;\n\npublic class AuditLog {\n    private static final String TABLE = \"audit_events\";\n    private static final String INSERT = String.format(\"INSERT INTO %s (actor, action, at) VALUES (?, ?, ?)\", TABLE);\n\n    public void record(Connection c, String actor, String action) throws SQLException {\n        try (PreparedStatement ps = c.prepareStatement(INSERT)) {\n            ps.setString(1, actor);\n            ps.setString(2, action);\n            ps.setTimestamp(3, Timestamp.from(Instant.now()));\n            ps.executeUpdate();\n        }\n    }\n}\n"
 },
 {
  "name": "mdc_request_id",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 6,
  "code": "package com.example.web;\n\nimport jakarta.servlet.FilterChain;\nimport jakarta.servlet.ServletException;\nimport jakarta.servlet.http.HttpServletRequest;\nimport jakarta.servlet.http.HttpServletResponse;\nimport java.io.IOException;\nimport java.util.UUID;\nimport org.slf4j.MDC;\nimport org.springframework.web.filter.OncePerRequestFilter;\n\npublic class RequestIdFilter extends OncePerRequestFilter {\n    @Override\n    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)\n            throws ServletException, IOException {\n        String requestId = UUID.randomUUID().toString();\n        MDC.put(\"requestId\", requestId);\n        resp.setHeader(\"X-Request-Id\", requestId);\n        try {\n            chain.doFilter(req, resp);\n        } finally {\n            MDC.remove(\"requestId\");\n        }\n    }\n}\n"
 },
 {
  "name": "money_value",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 6,
  "code": "package com.example.billing;\n\nimport java.math.BigDecimal;\nimport java.math.RoundingMode;\nimport java.util.Currency;\nimport java.util.Objects;\n\npublic final class Money implements Comparable<Money> {\n    private final BigDecimal amount;\n    private final Currency currency;\n\n    public Money(BigDecimal amount, Currency currency) {\n        this.amount = amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN);\n        this.currency = Objects.requireNonNull(currency);\n    }\n\n    public Money plus(Money o) {\n        if (!currency.equals(o.currency)) throw new IllegalArgumentException(\"currency mismatch\");\n        return new Money(amount.add(o.amount), currency);\n    }\n\n    public Money times(int n) {\n        return new Money(amount.multiply(BigDecimal.valueOf(n)), currency);\n    }\n\n    @Override\n    public int compareTo(Money o) {\n        return amount.compareTo(o.amount);\n    }\n\n    @Override\n    public String toString() {\n        return currency.getCurrencyCode() + \" \" + amount.toPlainString();\n    }\n}\n"
 },
 {
  "name": "old_files_cleanup",
  "kind": "safe",
  "lang": "java",
  "cwe": 0,
  "wave": 6,
  "code": "package com.example.maintenance;\n\nimport java.io.IOException;\nimport java.nio.file.Files;\nimport java.nio.file.Path;\nimport java.time.Duration;\nimport java.time.Instant;\nimport java.util.stream.Stream;\nimport org.springframework.beans.factory.annotation.Value;\nimport org.springframework.scheduling.annotation.Scheduled;\nimport org.springframework.stereotype.Component;\n\n@Component\npublic class TempCleanup {\n    @Value(\"${app.export-dir}\")\n    private Path exportDir;\n\n    @Scheduled(cron = \"0 0 3 * * *\")\n    public void deleteOldExports() throws IOException {\n        Instant cutoff = Instant.now().minus(Duration.ofDays(7));\n        try (Stream<Path> files = Files.list(exportDir)) {\n            for (Path p : (Iterable<Path>) files::iterator) {\n                if (Files.isRegularFile(p) && Files.getLastModifiedTime(p).toInstant().isBefore(cutoff)) {\n                    Files.delete(p);\n                }\n            }\n        }\n    }\n}\n"
 },
 {
  "name": "dice_random_int",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 6,
  "code": "<?php\n\nfunction roll(int $dice = 2, int $sides = 6): array\n{\n    $rolls = [];\n    for ($i = 0; $i < $dice; $i++) {\n        $rolls[] = random_int(1, $sides);\n    }\n    return $rolls;\n}\n\n$r = roll();\necho 'You rolled ' . implode(' + ', $r) . ' = ' . array_sum($r) . PHP_EOL;\n"
 },
 {
  "name": "file_logger",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 6,
  "code": "<?php\n\nfinal class Logger\n{\n    public function __construct(private string $file = __DIR__ . '/../var/app.log') {}\n\n    public function info(string $message, array $context = []): void\n    {\n        $line = sprintf(\"[%s] INFO %s %s\\n\", date('c'), str_replace([\"\\r\", \"\\n\"], ' ', $message), json_encode($context));\n        file_put_contents($this->file, $line, FILE_APPEND | LOCK_EX);\n    }\n}\n"
 },
 {
  "name": "laravel_sort_rule_in",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 6,
  "code": "<?php\n\nnamespace App\\Http\\Controllers;\n\nuse App\\Models\\Product;\nuse Illuminate\\Http\\Request;\nuse Illuminate\\Validation\\Rule;\n\nclass ProductController extends Controller\n{\n    public function index(Request $request)\n    {\n        $v = $request->validate([\n            'sort' => ['nullable', Rule::in(['name', 'price', 'created_at'])],\n            'dir' => ['nullable', Rule::in(['asc', 'desc'])],\n        ]);\n        return Product::query()\n            ->orderBy($v['sort'] ?? 'name', $v['dir'] ?? 'asc')\n            ->paginate(24);\n    }\n}\n"
 },
 {
  "name": "register_password_hash",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 6,
  "code": "<?php\ndeclare(strict_types=1);\n\nfunction register(PDO $pdo, string $email, string $password): int\n{\n    if (!filter_var($email, FILTER_VALIDATE_EMAIL)) {\n        throw new InvalidArgumentException('invalid email');\n    }\n    if (strlen($password) < 12) {\n        throw new InvalidArgumentException('password too short');\n    }\n    $st = $pdo->prepare('INSERT INTO users (email, password_hash) VALUES (?, ?)');\n    $st->execute([$email, password_hash($password, PASSWORD_ARGON2ID)]);\n    return (int) $pdo->lastInsertId();\n}\n"
 },
 {
  "name": "view_escape_helper",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 6,
  "code": "<?php\nfunction e(?string $s): string\n{\n    return htmlspecialchars($s ?? '', ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');\n}\n\n/** @var array $user */\n/** @var array $orders */\n?>\n<h1>Hello, <?= e($user['name']) ?></h1>\n<table>\n<?php foreach ($orders as $o): ?>\n  <tr><td><?= e($o['number']) ?></td><td><?= e(number_format((float) $o['total'], 2)) ?></td></tr>\n<?php endforeach; ?>\n</table>\n"
 },
 {
  "name": "wp_get_posts_meta",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 6,
  "code": "<?php\nif (!defined('ABSPATH')) exit;\n\nfunction upcoming_events_list($limit = 5) {\n    $events = get_posts([\n        'post_type' => 'event',\n        'posts_per_page' => absint($limit),\n        'meta_key' => '_event_date',\n        'orderby' => 'meta_value',\n        'order' => 'ASC',\n        'meta_query' => [[\n            'key' => '_event_date',\n            'value' => current_time('Y-m-d'),\n            'compare' => '>=',\n            'type' => 'DATE',\n        ]],\n    ]);\n    $out = '<ul class=\"events\">';\n    foreach ($events as $e) {\n        $out .= sprintf('<li><a href=\"%s\">%s</a></li>', esc_url(get_permalink($e)), esc_html(get_the_title($e)));\n    }\n    return $out . '</ul>';\n}\n"
 },
 {
  "name": "wp_insert_post_form",
  "kind": "safe",
  "lang": "php",
  "cwe": 0,
  "wave": 6,
  "code": "<?php\nif (!defined('ABSPATH')) exit;\n\nadd_action('admin_post_submit_story', 'story_handle_submit');\n\nfunction story_handle_submit() {\n    if (!is_user_logged_in() || !wp_verify_nonce($_POST['_wpnonce'] ?? '', 'submit_story')) {\n        wp_die('Not allowed', 403);\n    }\n    $post_id = wp_insert_post([\n        'post_type' => 'story',\n        'post_status' => 'pending',\n        'post_title' => sanitize_text_field(wp_unslash($_POST['title'] ?? '')),\n        'post_content' => wp_kses_post(wp_unslash($_POST['content'] ?? '')),\n        'post_author' => get_current_user_id(),\n    ]);\n    wp_safe_redirect(add_query_arg('submitted', $post_id ? '1' : '0', home_url('/stories/')));\n    exit;\n}\n"
 },
 {
  "name": "list_remove_uaf",
  "kind": "vuln",
  "lang": "c",
  "cwe": 416,
  "wave": 6,
  "code": "#include <stdlib.h>\n\nstruct node { int v; struct node *next; };\n\nvoid remove_all(struct node **head, int v) {\n    struct node *p = *head, *prev = NULL;\n    while (p) {\n        if (p->v == v) {\n            if (prev) prev->next = p->next; else *head = p->next;\n            free(p);\n            p = p->next;\n        } else {\n            prev = p;\n            p = p->next;\n        }\n    }\n}\n"
 },
 {
  "name": "scanf_string",
  "kind": "vuln",
  "lang": "c",
  "cwe": 120,
  "wave": 6,
  "code": "#include <stdio.h>\n\nint main(void) {\n    char city[16];\n    printf(\"city: \");\n    if (scanf(\"%s\", city) != 1) return 1;\n    printf(\"weather for %s\\n\", city);\n    return 0;\n}\n"
 },
 {
  "name": "exec_update_concat",
  "kind": "vuln",
  "lang": "go",
  "cwe": 89,
  "wave": 6,
  "code": "package api\n\nimport (\n\t\"database/sql\"\n\t\"net/http\"\n)\n\nfunc Rename(db *sql.DB) http.HandlerFunc {\n\treturn func(w http.ResponseWriter, r *http.Request) {\n\t\t_, err := db.Exec(\"UPDATE users SET name = '\" + r.FormValue(\"name\") + \"' WHERE id = 1\")\n\t\tif err != nil {\n\t\t\thttp.Error(w, \"db\", 500)\n\t\t}\n\t}\n}\n"
 },
 {
  "name": "template_html_cast",
  "kind": "vuln",
  "lang": "go",
  "cwe": 79,
  "wave": 6,
  "code": "package web\n\nimport (\n\t\"html/template\"\n\t\"net/http\"\n)\n\nvar profile = template.Must(template.New(\"p\").Parse(`<div class=\"bio\">{{.Bio}}</div>`))\n\nfunc Profile(w http.ResponseWriter, r *http.Request) {\n\tdata := struct{ Bio template.HTML }{Bio: template.HTML(r.FormValue(\"bio\"))}\n\tprofile.Execute(w, data)\n}\n"
 },
 {
  "name": "multipart_filename",
  "kind": "vuln",
  "lang": "java",
  "cwe": 22,
  "wave": 6,
  "code": "package com.example.upload;\n\nimport jakarta.servlet.annotation.MultipartConfig;\nimport jakarta.servlet.http.HttpServlet;\nimport jakarta.servlet.http.HttpServletRequest;\nimport jakarta.servlet.http.HttpServletResponse;\nimport jakarta.servlet.http.Part;\nimport java.io.File;\nimport java.io.IOException;\nimport jakarta.servlet.ServletException;\n\n@MultipartConfig\npublic class UploadServlet extends HttpServlet {\n    @Override\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException {\n        Part part = req.getPart(\"file\");\n        File target = new File(\"/var/uploads\", part.getSubmittedFileName());\n        part.write(target.getAbsolutePath());\n    }\n}\n"
 },
 {
  "name": "statement_update",
  "kind": "vuln",
  "lang": "java",
  "cwe": 89,
  "wave": 6,
  "code": "package com.example.profile;\n\nimport java.sql.Connection;\nimport java.sql.Statement;\nimport jakarta.servlet.http.HttpServletRequest;\n\npublic class ProfileUpdater {\n    public void update(Connection c, HttpServletRequest req, long userId) throws Exception {\n        String bio = req.getParameter(\"bio\");\n        try (Statement st = c.createStatement()) {\n            st.executeUpdate(\"UPDATE profiles SET bio = '\" + bio + \"' WHERE user_id = \" + userId);\n        }\n    }\n}\n"
 },
 {
  "name": "pdo_query_interp",
  "kind": "vuln",
  "lang": "php",
  "cwe": 89,
  "wave": 6,
  "code": "<?php\nrequire __DIR__ . '/db.php';\n$email = $_POST['email'];\n$user = $pdo->query(\"SELECT id, name FROM users WHERE email = '$email'\")->fetch();\necho json_encode($user);\n"
 },
 {
  "name": "readfile_get",
  "kind": "vuln",
  "lang": "php",
  "cwe": 22,
  "wave": 6,
  "code": "<?php\n$f = $_GET['f'];\nheader('Content-Type: application/octet-stream');\nreadfile('/var/files/' . $f);\n"
 }
];

describeProbes('round 10 safe-first probes (Java, C/C++, Go, PHP)', PROBES);


describe('round 10 rule and taint changes (Java, C/C++, Go, PHP)', () => {
  it('java.insecure-random names secrets by identifier part: `void` is no `id`, a test\'s Random is test data', async () => {
    const head = 'import java.util.*;\npublic class A {\n  private final Random random = new Random();\n';
    expect(await ids(head + '  public void shuffle(List<String> xs) { Collections.shuffle(xs, random); int k = random.nextInt(3); }\n}', 'java')).toEqual([]);
    expect(await ids(head + '  public String newToken() { return Long.toHexString(random.nextLong()); }\n}', 'java')).toContain('java.insecure-random');
    expect(await ids(head + '  public void issue(User u) { u.setSessionId(Long.toHexString(random.nextLong())); }\n}', 'java')).toContain('java.insecure-random');
    expect(await ids(head + '  public long generateId() { return random.nextLong(); }\n}', 'java')).toContain('java.insecure-random');
    expect(await ids(head + '  public String pick(String userId, List<String> v) { return v.get(random.nextInt(v.size())); }\n}', 'java')).toEqual([]);
    expect(await ids('import java.util.Random;\nimport org.junit.jupiter.api.Test;\nclass TokenTest {\n  @Test\n  void token() { long userId = new Random(1).nextInt(100); }\n}', 'java')).toEqual([]);
  });
  it('java.path-traversal: main() opening the files named by its own arguments; a base joined to them is still reported', async () => {
    const ok = 'import java.nio.file.*;\npublic class A {\n  public static void main(String[] args) throws Exception {\n    for (String name : args) { Path p = Paths.get(name); System.out.println(Files.readAllLines(p)); }\n  }\n}';
    expect(await ids(ok, 'java')).toEqual([]);
    const joined = 'import java.nio.file.*;\npublic class A {\n  static final String BASE = "/srv/data";\n  public static void main(String[] args) throws Exception {\n    for (String name : args) System.out.println(Files.readAllLines(Paths.get(BASE, name)));\n  }\n}';
    expect(await ids(joined, 'java')).toContain('java.path-traversal');
    const resolved = 'import java.nio.file.*;\npublic class A {\n  static final Path ROOT = Paths.get("/srv");\n  public static void main(String[] args) throws Exception {\n    String n = args[0];\n    System.out.println(Files.readAllLines(ROOT.resolve(n)));\n  }\n}';
    expect(await ids(resolved, 'java')).toContain('java.path-traversal');
  });
  it('c.path-traversal: a program opening its own argument (directly or through a helper); joined to a base, or in a network program, it is reported', async () => {
    expect(await ids('#include <stdio.h>\nint main(int argc, char **argv) {\n  FILE *f = fopen(argv[1], "r");\n  return f ? 0 : 1;\n}', 'c')).toEqual([]);
    const helper = '#include <stdio.h>\nstatic int cat(const char *p) { FILE *f = fopen(p, "r"); if (!f) return 1; fclose(f); return 0; }\nint main(int argc, char **argv) { for (int i = 1; i < argc; i++) cat(argv[i]); return 0; }';
    expect(await ids(helper, 'c')).toEqual([]);
    expect(await ids(helper.replace('FILE *f = fopen(p, "r");', 'char b[256]; snprintf(b, sizeof b, "/srv/%s", p); FILE *f = fopen(b, "r");'), 'c')).toContain('c.path-traversal');
    expect(await ids('#include <stdio.h>\nstatic int cat(const char *p) { FILE *f = fopen(p, "r"); if (!f) return 1; fclose(f); return 0; }\nint main(void) { char line[256]; while (fgets(line, sizeof line, stdin)) cat(line); return 0; }', 'c')).toContain('c.path-traversal');
    expect(await ids('#include <stdio.h>\n#include <sys/socket.h>\nint main(int argc, char **argv) {\n  char b[64]; recv(3, b, sizeof b, 0);\n  FILE *f = fopen(argv[1], "r");\n  return f ? 0 : 1;\n}', 'c')).toContain('c.path-traversal');
  });
  it('c.integer-overflow: a double does not wrap; an int from input still does', async () => {
    expect(await ids('#include <stdlib.h>\ndouble f(void) {\n  double x = (double)rand() / RAND_MAX;\n  return x * x + 1;\n}', 'c')).not.toContain('c.integer-overflow');
    expect(await ids('int main(int argc, char **argv) {\n  int n = atoi(argv[1]);\n  n++;\n  return n;\n}', 'c')).toContain('c.integer-overflow');
  });
  it('c.command-injection: a wrapper that execs its own command line (as nice / timeout do); exec of other input is reported', async () => {
    expect(await ids('#include <unistd.h>\nint main(int argc, char **argv) {\n  if (argc < 2) return 2;\n  execvp(argv[1], &argv[1]);\n  return 127;\n}', 'c')).toEqual([]);
    expect(await ids('#include <unistd.h>\n#include <stdio.h>\nint main(void) {\n  char prog[128];\n  if (!fgets(prog, sizeof prog, stdin)) return 1;\n  char *args[] = {prog, NULL};\n  execvp(prog, args);\n  return 127;\n}', 'c')).toContain('c.command-injection');
  });
  it('c.alloc-overflow: the size * nmemb of an fwrite-shaped write callback is bounded by the library', async () => {
    const cb = '#include <stdlib.h>\n#include <string.h>\nstruct mem { char *d; size_t n; };\nstatic size_t on_data(void *p, size_t size, size_t nmemb, void *u) {\n  struct mem *m = u;\n  size_t n = size * nmemb;\n  char *q = realloc(m->d, m->n + n + 1);\n  if (!q) return 0;\n  m->d = q;\n  memcpy(q + m->n, p, n);\n  m->n += n;\n  return n;\n}';
    expect(await ids(cb, 'c')).not.toContain('c.alloc-overflow');
    expect(await ids('#include <stdlib.h>\nvoid *f(size_t n) {\n  return malloc(n * sizeof(int));\n}', 'c')).toContain('c.alloc-overflow');
  });
  it('c.tainted-index: buf[n - 1] after a positive read count into that buffer', async () => {
    const ok = '#include <stdio.h>\n#include <stdlib.h>\nint main(void) {\n  char *line = NULL; size_t cap = 0; ssize_t n;\n  while ((n = getline(&line, &cap, stdin)) != -1) {\n    if (n > 0 && line[n - 1] == \'\\n\') n--;\n    printf("%zd\\n", n);\n  }\n  free(line);\n  return 0;\n}';
    expect(await ids(ok, 'c')).not.toContain('c.tainted-index');
    expect(await ids('#include <stdio.h>\n#include <stdlib.h>\nstatic const char *m[12];\nint main(int argc, char **argv) {\n  int k = atoi(argv[1]);\n  puts(m[k - 1]);\n  return 0;\n}', 'c')).toContain('c.tainted-index');
  });
  it('php: a digest is hex in a path; a CLI opens its own $argv; md5 for a cache key or Gravatar is no password hash', async () => {
    expect(await ids('<?php\nfunction cached(string $k) {\n  return file_get_contents("/tmp/cache/" . md5($k) . ".html");\n}', 'php')).toEqual([]);
    expect(await ids('<?php\nfunction cached(string $k) {\n  return file_get_contents("/tmp/cache/" . $k . ".html");\n}', 'php')).toContain('php.path-traversal');
    expect(await ids('<?php\n$fh = fopen($argv[1], "r");\nwhile (($l = fgets($fh)) !== false) echo strlen($l), "\\n";', 'php')).toEqual([]);
    expect(await ids('<?php\n$fh = fopen("/srv/data/" . $argv[1], "r");', 'php')).toContain('php.path-traversal');
    expect(await ids('<?php\nfunction gravatar_url(string $email): string {\n  return "https://www.gravatar.com/avatar/" . md5(strtolower(trim($email)));\n}', 'php')).toEqual([]);
    expect(await ids('<?php\n// page cache helpers\nfunction save_user($db, $user, $password) {\n  $db->prepare("INSERT INTO u VALUES (?, ?)")->execute([$user, md5($password)]);\n}', 'php')).toContain('php.weak-hash');
    expect(await ids('<?php\nfunction h($s) { return md5($s); }', 'php')).toContain('php.weak-hash');
  });
  it('java.unchecked-loop-bound: a CLI argument as its own loop count; request input still reported', async () => {
    expect(await ids('public class S {\n  public static void main(String[] args) {\n    int n = Integer.parseInt(args[0]);\n    for (int i = 0; i < n; i++) System.out.println(i);\n  }\n}', 'java')).not.toContain('java.unchecked-loop-bound');
    expect(await ids('import jakarta.servlet.http.*;\npublic class S extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) {\n    int n = Integer.parseInt(req.getParameter("n"));\n    for (int i = 0; i < n; i++) System.out.println(i);\n  }\n}', 'java')).toContain('java.unchecked-loop-bound');
  });
  it('java.ssrf: a URI builder from a literal https host; a builder from input is reported', async () => {
    const head = 'import java.net.URI;\nimport org.springframework.web.client.RestTemplate;\nimport org.springframework.web.util.UriComponentsBuilder;\npublic class G {\n  private final RestTemplate rest = new RestTemplate();\n';
    expect(await ids(head + '  public String find(String q) {\n    URI uri = UriComponentsBuilder.fromHttpUrl("https://api.example.com/search").queryParam("q", q).build().toUri();\n    return rest.getForObject(uri, String.class);\n  }\n}', 'java')).toEqual([]);
    expect(await ids(head + '  public String find(String base, String q) {\n    URI uri = UriComponentsBuilder.fromHttpUrl(base + "/search").queryParam("q", q).build().toUri();\n    return rest.getForObject(uri, String.class);\n  }\n}', 'java')).toContain('java.ssrf');
  });
  it('java.xss: a JSON response is not rendered as HTML', async () => {
    const body = 'import jakarta.servlet.http.*;\nimport java.io.IOException;\npublic class S extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    resp.setContentType("CT");\n    resp.getWriter().write("{\\"q\\": \\"" + req.getParameter("q") + "\\"}");\n  }\n}';
    expect(await ids(body.replace('CT', 'application/json'), 'java')).not.toContain('java.xss');
    expect(await ids(body.replace('CT', 'text/html'), 'java')).toContain('java.xss');
  });
  it('go: content addressing (git blob ids) is no security digest; $EDITOR is the user\'s own program', async () => {
    expect(await ids('package g\nimport (\n\t"crypto/sha1"\n\t"fmt"\n)\nfunc BlobID(c []byte) []byte {\n\th := sha1.New()\n\tfmt.Fprintf(h, "blob %d\\x00", len(c))\n\th.Write(c)\n\treturn h.Sum(nil)\n}', 'go')).toEqual([]);
    expect(await ids('package g\nimport "crypto/sha1"\nfunc HashPassword(pw string) []byte {\n\ts := sha1.Sum([]byte(pw))\n\treturn s[:]\n}', 'go')).toContain('go.weak-hash');
    const run = 'package main\nimport (\n\t"os"\n\t"os/exec"\n)\nfunc main() {\n\tc := exec.Command(os.Getenv("VAR"), "notes.md")\n\t_ = c.Run()\n}';
    expect(await ids(run.replace('VAR', 'EDITOR'), 'go')).not.toContain('go.command-injection');
    expect(await ids(run.replace('VAR', 'HOOK_CMD'), 'go')).toContain('go.command-injection');
  });
  it('wave 5: umask names the bits removed; `Secure: false` is no flag variable; a length assembled from received bytes stays tainted', async () => {
    expect(await ids('#include <sys/stat.h>\nvoid init(void) {\n  umask(027);\n}', 'c')).toEqual([]);
    expect(await ids('#include <sys/stat.h>\nvoid init(void) {\n  umask(0);\n}', 'c')).toContain('c.permissive-file-mode');
    const cookie = 'package web\nimport "net/http"\nfunc Set(w http.ResponseWriter, id string) {\n\thttp.SetCookie(w, &http.Cookie{Name: "session", Value: id, HttpOnly: true, Secure: FLAG})\n}';
    expect(await ids(cookie.replace('FLAG', 'false'), 'go')).toContain('go.cookie-missing-secure');
    expect(await ids(cookie.replace('FLAG', 'secure'), 'go')).not.toContain('go.cookie-missing-secure');
    const copy = '#include <string.h>\n#include <stdint.h>\n#include <sys/socket.h>\nstruct msg { char body[64]; };\nvoid h(int fd, struct msg *m) {\n  uint8_t hdr[2]; char raw[1024];\n  if (recv(fd, hdr, 2, 0) != 2) return;\n  uint16_t len = (uint16_t)((hdr[0] << 8) | hdr[1]);\n  if (recv(fd, raw, sizeof raw, 0) <= 0) return;\n  GUARDmemcpy(m->body, raw, len);\n}';
    expect(await ids(copy.replace('GUARD', ''), 'c')).toContain('c.unchecked-copy-length');
    expect(await ids(copy.replace('GUARD', 'if (len > sizeof m->body) return;\n  '), 'c')).not.toContain('c.unchecked-copy-length');
  });
  it('wave 5: a map key or hotkey is no secret key for java.insecure-random; key bytes are', async () => {
    const head = 'import java.util.*;\npublic class A {\n  private final Random random = new Random();\n';
    expect(await ids(head + '  public String randomKeyTip(Map<String, String> m) {\n    String[] keys = m.keySet().toArray(new String[0]);\n    String key = keys[random.nextInt(keys.length)];\n    return key + m.get(key);\n  }\n}', 'java')).toEqual([]);
    expect(await ids(head + '  public byte[] newKey() {\n    byte[] key = new byte[16];\n    random.nextBytes(key);\n    return key;\n  }\n}', 'java')).toContain('java.insecure-random');
    expect(await ids(head + '  public String apiKey() {\n    return Long.toHexString(random.nextLong());\n  }\n}', 'java')).toContain('java.insecure-random');
  });
  it('wave 5: an option value of the program\'s own command line used whole as a path', async () => {
    const cli = 'import java.nio.file.*;\nimport org.apache.commons.cli.*;\npublic class A {\n  public static void main(String[] args) throws Exception {\n    CommandLine cl = new DefaultParser().parse(new Options(), args);\n    System.out.println(Files.readAllLines(PATH));\n  }\n}';
    expect(await ids(cli.replace('PATH', 'Paths.get(cl.getOptionValue("i"))'), 'java')).toEqual([]);
    expect(await ids(cli.replace('PATH', 'Paths.get("/srv", cl.getOptionValue("i"))'), 'java')).toContain('java.path-traversal');
  });
  it('wave 6: $PATH is the user\'s own search path; a JUnit test\'s password constant is a fixture', async () => {
    const c = '#include <stdlib.h>\n#include <stdio.h>\nFILE *f(void) {\n  const char *p = getenv("VAR");\n  return p ? fopen(p, "r") : NULL;\n}';
    expect(await ids(c.replace('VAR', 'PATH'), 'c')).not.toContain('c.path-traversal');
    expect(await ids(c.replace('VAR', 'UPLOAD'), 'c')).toContain('c.path-traversal');
    const t = 'import org.junit.jupiter.api.Test;\nimport java.sql.*;\nclass DbIT {\n  @Test\n  void connects() throws Exception {\n    Connection c = DriverManager.getConnection("jdbc:h2:mem:test", "sa", "s3cr3t-Passw0rd");\n  }\n}';
    expect(await ids(t, 'java')).not.toContain('java.hardcoded-credentials');
    expect(await ids(t.replace('import org.junit.jupiter.api.Test;\n', '').replace('  @Test\n', ''), 'java')).toContain('java.hardcoded-credentials');
  });
});
