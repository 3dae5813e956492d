// Probe set of round 11 (JavaScript/TypeScript, C/C++, Go, Rust), "safe first": realistic, correct
// programs of kinds earlier rounds did not write (VS Code / Electron code, build plugins, knex / TypeORM /
// Prisma / sqlx / gorm data access, CLIs with commander / cobra / clap, ring buffers, thread pools,
// archive extraction, AEAD, argon2, webhooks ...) and a few vulnerable ones so recall stays honest.
// Written before the analyzer was run on them (four waves; the wave-5 ones are vulnerable twins written
// after the fixes, to check they did not lower detection). Each safe probe must have no finding at
// default confidence; each vulnerable one must be reported in its CWE class. `gap`: a known limit,
// skipped, with the reason in the test name (see code-rules/README.md, Round 11 (JavaScript/TypeScript, C/C++, Go, Rust)).
import { describeProbes, type Probe } from './code-probes.js';

const PROBES: Probe[] = [
 {
  "name": "c_crc32_tool",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <stdint.h>\n#include <stdlib.h>\n\nstatic uint32_t table[256];\n\nstatic void crc_init(void) {\n    for (uint32_t i = 0; i < 256; i++) {\n        uint32_t c = i;\n        for (int k = 0; k < 8; k++) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;\n        table[i] = c;\n    }\n}\n\nint main(int argc, char **argv) {\n    if (argc < 2) {\n        fprintf(stderr, \"usage: %s FILE...\\n\", argv[0]);\n        return 2;\n    }\n    crc_init();\n    unsigned char buf[65536];\n    for (int a = 1; a < argc; a++) {\n        FILE *fp = fopen(argv[a], \"rb\");\n        if (!fp) { perror(argv[a]); continue; }\n        uint32_t crc = 0xFFFFFFFFu;\n        size_t n;\n        while ((n = fread(buf, 1, sizeof buf, fp)) > 0)\n            for (size_t i = 0; i < n; i++) crc = table[(crc ^ buf[i]) & 0xFF] ^ (crc >> 8);\n        fclose(fp);\n        printf(\"%08x  %s\\n\", crc ^ 0xFFFFFFFFu, argv[a]);\n    }\n    return 0;\n}\n"
 },
 {
  "name": "c_getopt_tool",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <unistd.h>\n#include <string.h>\n#include <errno.h>\n\nint main(int argc, char *argv[]) {\n    long count = 10;\n    int verbose = 0;\n    int opt;\n    while ((opt = getopt(argc, argv, \"n:v\")) != -1) {\n        switch (opt) {\n        case 'n': {\n            char *end;\n            errno = 0;\n            count = strtol(optarg, &end, 10);\n            if (errno || *end || count <= 0 || count > 1000000) {\n                fprintf(stderr, \"bad count: %s\\n\", optarg);\n                return 2;\n            }\n            break;\n        }\n        case 'v': verbose = 1; break;\n        default:\n            fprintf(stderr, \"usage: %s [-n count] [-v] file\\n\", argv[0]);\n            return 2;\n        }\n    }\n    if (optind >= argc) return 2;\n    FILE *fp = fopen(argv[optind], \"r\");\n    if (!fp) { perror(argv[optind]); return 1; }\n    char line[4096];\n    long n = 0;\n    while (n < count && fgets(line, sizeof line, fp)) {\n        fputs(line, stdout);\n        n++;\n    }\n    if (verbose) fprintf(stderr, \"%ld lines\\n\", n);\n    fclose(fp);\n    return 0;\n}\n"
 },
 {
  "name": "c_ini_parser",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <string.h>\n#include <ctype.h>\n\n#define MAX_LINE 512\n\nstatic char *trim(char *s) {\n    while (isspace((unsigned char)*s)) s++;\n    char *end = s + strlen(s);\n    while (end > s && isspace((unsigned char)end[-1])) end--;\n    *end = '\\0';\n    return s;\n}\n\nint ini_parse(const char *path, void (*cb)(const char *sec, const char *key, const char *val, void *ud), void *ud) {\n    FILE *fp = fopen(path, \"r\");\n    if (!fp) return -1;\n    char line[MAX_LINE];\n    char section[64] = \"\";\n    while (fgets(line, sizeof line, fp)) {\n        char *s = trim(line);\n        if (*s == ';' || *s == '#' || *s == '\\0') continue;\n        if (*s == '[') {\n            char *close = strchr(s, ']');\n            if (!close) continue;\n            *close = '\\0';\n            snprintf(section, sizeof section, \"%s\", s + 1);\n            continue;\n        }\n        char *eq = strchr(s, '=');\n        if (!eq) continue;\n        *eq = '\\0';\n        cb(section, trim(s), trim(eq + 1), ud);\n    }\n    fclose(fp);\n    return 0;\n}\n"
 },
 {
  "name": "c_ring_buffer",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <stdlib.h>\n#include <string.h>\n#include <stddef.h>\n\ntypedef struct {\n    unsigned char *data;\n    size_t cap, head, tail, len;\n} ring_t;\n\nint ring_init(ring_t *r, size_t cap) {\n    r->data = malloc(cap);\n    if (!r->data) return -1;\n    r->cap = cap;\n    r->head = r->tail = r->len = 0;\n    return 0;\n}\n\nsize_t ring_write(ring_t *r, const unsigned char *src, size_t n) {\n    size_t space = r->cap - r->len;\n    if (n > space) n = space;\n    for (size_t i = 0; i < n; i++) {\n        r->data[r->tail] = src[i];\n        r->tail = (r->tail + 1) % r->cap;\n    }\n    r->len += n;\n    return n;\n}\n\nsize_t ring_read(ring_t *r, unsigned char *dst, size_t n) {\n    if (n > r->len) n = r->len;\n    for (size_t i = 0; i < n; i++) {\n        dst[i] = r->data[r->head];\n        r->head = (r->head + 1) % r->cap;\n    }\n    r->len -= n;\n    return n;\n}\n\nvoid ring_free(ring_t *r) {\n    free(r->data);\n    r->data = NULL;\n}\n"
 },
 {
  "name": "c_sigterm_daemon",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <signal.h>\n#include <stdio.h>\n#include <unistd.h>\n#include <syslog.h>\n\nstatic volatile sig_atomic_t running = 1;\n\nstatic void on_term(int sig) {\n    (void)sig;\n    running = 0;\n}\n\nint main(void) {\n    struct sigaction sa = {0};\n    sa.sa_handler = on_term;\n    sigemptyset(&sa.sa_mask);\n    sigaction(SIGTERM, &sa, NULL);\n    sigaction(SIGINT, &sa, NULL);\n    openlog(\"pollerd\", LOG_PID, LOG_DAEMON);\n    unsigned long ticks = 0;\n    while (running) {\n        sleep(5);\n        ticks++;\n        syslog(LOG_INFO, \"tick %lu\", ticks);\n    }\n    syslog(LOG_INFO, \"shutting down after %lu ticks\", ticks);\n    closelog();\n    return 0;\n}\n"
 },
 {
  "name": "c_tcp_echo",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 1,
  "code": "#include <arpa/inet.h>\n#include <netinet/in.h>\n#include <stdio.h>\n#include <string.h>\n#include <sys/socket.h>\n#include <unistd.h>\n\nint main(void) {\n    int srv = socket(AF_INET, SOCK_STREAM, 0);\n    if (srv < 0) { perror(\"socket\"); return 1; }\n    int one = 1;\n    setsockopt(srv, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);\n    struct sockaddr_in addr;\n    memset(&addr, 0, sizeof addr);\n    addr.sin_family = AF_INET;\n    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);\n    addr.sin_port = htons(7007);\n    if (bind(srv, (struct sockaddr *)&addr, sizeof addr) < 0 || listen(srv, 16) < 0) {\n        perror(\"bind/listen\");\n        return 1;\n    }\n    for (;;) {\n        int c = accept(srv, NULL, NULL);\n        if (c < 0) continue;\n        char buf[1024];\n        ssize_t n;\n        while ((n = recv(c, buf, sizeof buf, 0)) > 0) send(c, buf, (size_t)n, 0);\n        close(c);\n    }\n}\n"
 },
 {
  "name": "cpp_lru_cache",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 0,
  "wave": 1,
  "code": "#include <list>\n#include <unordered_map>\n#include <optional>\n#include <string>\n\ntemplate <typename K, typename V>\nclass LruCache {\npublic:\n    explicit LruCache(std::size_t capacity) : capacity_(capacity) {}\n\n    std::optional<V> get(const K& key) {\n        auto it = index_.find(key);\n        if (it == index_.end()) return std::nullopt;\n        items_.splice(items_.begin(), items_, it->second);\n        return it->second->second;\n    }\n\n    void put(const K& key, V value) {\n        auto it = index_.find(key);\n        if (it != index_.end()) {\n            it->second->second = std::move(value);\n            items_.splice(items_.begin(), items_, it->second);\n            return;\n        }\n        items_.emplace_front(key, std::move(value));\n        index_[key] = items_.begin();\n        if (items_.size() > capacity_) {\n            index_.erase(items_.back().first);\n            items_.pop_back();\n        }\n    }\n\nprivate:\n    std::size_t capacity_;\n    std::list<std::pair<K, V>> items_;\n    std::unordered_map<K, typename std::list<std::pair<K, V>>::iterator> index_;\n};\n\ntemplate class LruCache<std::string, int>;\n"
 },
 {
  "name": "cpp_random_sim",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 0,
  "wave": 1,
  "code": "#include <iostream>\n#include <random>\n#include <vector>\n#include <algorithm>\n\nint main(int argc, char** argv) {\n    unsigned seed = argc > 1 ? static_cast<unsigned>(std::stoul(argv[1])) : 42u;\n    std::mt19937 rng(seed);\n    std::normal_distribution<double> noise(0.0, 1.0);\n    std::vector<double> walk(1000);\n    double x = 0;\n    for (auto& v : walk) {\n        x += noise(rng);\n        v = x;\n    }\n    std::vector<int> deck(52);\n    for (int i = 0; i < 52; ++i) deck[i] = i;\n    std::shuffle(deck.begin(), deck.end(), rng);\n    std::cout << \"final \" << walk.back() << \" max \" << *std::max_element(walk.begin(), walk.end())\n              << \" top card \" << deck[0] << \"\\n\";\n    srand(seed);\n    std::cout << \"legacy \" << rand() % 6 + 1 << \"\\n\";\n    return 0;\n}\n"
 },
 {
  "name": "cpp_sqlite_repo",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 0,
  "wave": 1,
  "code": "#include <sqlite3.h>\n#include <string>\n#include <vector>\n#include <stdexcept>\n\nstruct Note { int id; std::string title; };\n\nstd::vector<Note> findNotes(sqlite3* db, const std::string& tag) {\n    sqlite3_stmt* stmt = nullptr;\n    const char* sql = \"SELECT id, title FROM notes WHERE tag = ?1 ORDER BY id\";\n    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)\n        throw std::runtime_error(sqlite3_errmsg(db));\n    sqlite3_bind_text(stmt, 1, tag.c_str(), -1, SQLITE_TRANSIENT);\n    std::vector<Note> out;\n    while (sqlite3_step(stmt) == SQLITE_ROW) {\n        out.push_back({sqlite3_column_int(stmt, 0),\n                       reinterpret_cast<const char*>(sqlite3_column_text(stmt, 1))});\n    }\n    sqlite3_finalize(stmt);\n    return out;\n}\n"
 },
 {
  "name": "cpp_thread_pool",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 0,
  "wave": 1,
  "code": "#include <condition_variable>\n#include <functional>\n#include <mutex>\n#include <queue>\n#include <thread>\n#include <vector>\n\nclass ThreadPool {\npublic:\n    explicit ThreadPool(unsigned n) {\n        for (unsigned i = 0; i < n; ++i)\n            workers_.emplace_back([this] { loop(); });\n    }\n    ~ThreadPool() {\n        {\n            std::lock_guard<std::mutex> lk(mu_);\n            stop_ = true;\n        }\n        cv_.notify_all();\n        for (auto& t : workers_) t.join();\n    }\n    void submit(std::function<void()> job) {\n        {\n            std::lock_guard<std::mutex> lk(mu_);\n            jobs_.push(std::move(job));\n        }\n        cv_.notify_one();\n    }\n\nprivate:\n    void loop() {\n        for (;;) {\n            std::function<void()> job;\n            {\n                std::unique_lock<std::mutex> lk(mu_);\n                cv_.wait(lk, [this] { return stop_ || !jobs_.empty(); });\n                if (stop_ && jobs_.empty()) return;\n                job = std::move(jobs_.front());\n                jobs_.pop();\n            }\n            job();\n        }\n    }\n    std::vector<std::thread> workers_;\n    std::queue<std::function<void()>> jobs_;\n    std::mutex mu_;\n    std::condition_variable cv_;\n    bool stop_ = false;\n};\n"
 },
 {
  "name": "go_argon_hash",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package auth\n\nimport (\n\t\"crypto/rand\"\n\t\"crypto/subtle\"\n\t\"encoding/base64\"\n\t\"errors\"\n\t\"strings\"\n\n\t\"golang.org/x/crypto/argon2\"\n)\n\nfunc HashPassword(pw string) (string, error) {\n\tsalt := make([]byte, 16)\n\tif _, err := rand.Read(salt); err != nil {\n\t\treturn \"\", err\n\t}\n\tkey := argon2.IDKey([]byte(pw), salt, 3, 64*1024, 2, 32)\n\treturn base64.RawStdEncoding.EncodeToString(salt) + \"$\" + base64.RawStdEncoding.EncodeToString(key), nil\n}\n\nfunc CheckPassword(pw, stored string) (bool, error) {\n\tparts := strings.SplitN(stored, \"$\", 2)\n\tif len(parts) != 2 {\n\t\treturn false, errors.New(\"bad hash\")\n\t}\n\tsalt, err := base64.RawStdEncoding.DecodeString(parts[0])\n\tif err != nil {\n\t\treturn false, err\n\t}\n\twant, err := base64.RawStdEncoding.DecodeString(parts[1])\n\tif err != nil {\n\t\treturn false, err\n\t}\n\tgot := argon2.IDKey([]byte(pw), salt, 3, 64*1024, 2, 32)\n\treturn subtle.ConstantTimeCompare(got, want) == 1, nil\n}\n"
 },
 {
  "name": "go_chi_sqlx",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package api\n\nimport (\n\t\"encoding/json\"\n\t\"net/http\"\n\t\"strconv\"\n\n\t\"github.com/go-chi/chi/v5\"\n\t\"github.com/jmoiron/sqlx\"\n)\n\ntype Book struct {\n\tID     int64  `db:\"id\" json:\"id\"`\n\tTitle  string `db:\"title\" json:\"title\"`\n\tAuthor string `db:\"author\" json:\"author\"`\n}\n\ntype Handler struct{ DB *sqlx.DB }\n\nfunc (h *Handler) Routes() http.Handler {\n\tr := chi.NewRouter()\n\tr.Get(\"/books/{id}\", h.getBook)\n\tr.Get(\"/books\", h.listBooks)\n\treturn r\n}\n\nfunc (h *Handler) getBook(w http.ResponseWriter, r *http.Request) {\n\tid, err := strconv.ParseInt(chi.URLParam(r, \"id\"), 10, 64)\n\tif err != nil {\n\t\thttp.Error(w, \"bad id\", http.StatusBadRequest)\n\t\treturn\n\t}\n\tvar b Book\n\tif err := h.DB.GetContext(r.Context(), &b, \"SELECT id, title, author FROM books WHERE id = $1\", id); err != nil {\n\t\thttp.Error(w, \"not found\", http.StatusNotFound)\n\t\treturn\n\t}\n\tjson.NewEncoder(w).Encode(b)\n}\n\nfunc (h *Handler) listBooks(w http.ResponseWriter, r *http.Request) {\n\tauthor := r.URL.Query().Get(\"author\")\n\tvar books []Book\n\terr := h.DB.SelectContext(r.Context(), &books, \"SELECT id, title, author FROM books WHERE author = $1 ORDER BY title LIMIT 100\", author)\n\tif err != nil {\n\t\thttp.Error(w, \"db error\", http.StatusInternalServerError)\n\t\treturn\n\t}\n\tjson.NewEncoder(w).Encode(books)\n}\n"
 },
 {
  "name": "go_cobra_cli",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"os\"\n\t\"strings\"\n\n\t\"github.com/spf13/cobra\"\n)\n\nfunc main() {\n\tvar ignoreCase bool\n\troot := &cobra.Command{\n\t\tUse:  \"grepish PATTERN FILE...\",\n\t\tArgs: cobra.MinimumNArgs(2),\n\t\tRunE: func(cmd *cobra.Command, args []string) error {\n\t\t\tpattern := args[0]\n\t\t\tif ignoreCase {\n\t\t\t\tpattern = strings.ToLower(pattern)\n\t\t\t}\n\t\t\tfor _, name := range args[1:] {\n\t\t\t\tf, err := os.Open(name)\n\t\t\t\tif err != nil {\n\t\t\t\t\treturn err\n\t\t\t\t}\n\t\t\t\tsc := bufio.NewScanner(f)\n\t\t\t\tln := 0\n\t\t\t\tfor sc.Scan() {\n\t\t\t\t\tln++\n\t\t\t\t\tline := sc.Text()\n\t\t\t\t\thay := line\n\t\t\t\t\tif ignoreCase {\n\t\t\t\t\t\thay = strings.ToLower(line)\n\t\t\t\t\t}\n\t\t\t\t\tif strings.Contains(hay, pattern) {\n\t\t\t\t\t\tfmt.Printf(\"%s:%d:%s\\n\", name, ln, line)\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t\tf.Close()\n\t\t\t}\n\t\t\treturn nil\n\t\t},\n\t}\n\troot.Flags().BoolVarP(&ignoreCase, \"ignore-case\", \"i\", false, \"case-insensitive\")\n\tif err := root.Execute(); err != nil {\n\t\tos.Exit(1)\n\t}\n}\n"
 },
 {
  "name": "go_etag_middleware",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package web\n\nimport (\n\t\"crypto/sha1\"\n\t\"encoding/hex\"\n\t\"net/http\"\n\t\"os\"\n\t\"path/filepath\"\n)\n\nvar assetsDir = \"./public\"\n\nfunc ServeAsset(name string) http.HandlerFunc {\n\tpath := filepath.Join(assetsDir, \"app.css\")\n\treturn func(w http.ResponseWriter, r *http.Request) {\n\t\tdata, err := os.ReadFile(path)\n\t\tif err != nil {\n\t\t\thttp.Error(w, \"missing\", http.StatusNotFound)\n\t\t\treturn\n\t\t}\n\t\tsum := sha1.Sum(data)\n\t\tetag := `\"` + hex.EncodeToString(sum[:]) + `\"`\n\t\tif r.Header.Get(\"If-None-Match\") == etag {\n\t\t\tw.WriteHeader(http.StatusNotModified)\n\t\t\treturn\n\t\t}\n\t\tw.Header().Set(\"ETag\", etag)\n\t\tw.Header().Set(\"Content-Type\", \"text/css\")\n\t\tw.Write(data)\n\t}\n}\n"
 },
 {
  "name": "go_git_exec",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package vcs\n\nimport (\n\t\"bytes\"\n\t\"context\"\n\t\"fmt\"\n\t\"os/exec\"\n\t\"strings\"\n)\n\nfunc CurrentCommit(ctx context.Context, repoDir string) (string, error) {\n\tcmd := exec.CommandContext(ctx, \"git\", \"rev-parse\", \"HEAD\")\n\tcmd.Dir = repoDir\n\tvar out, errb bytes.Buffer\n\tcmd.Stdout = &out\n\tcmd.Stderr = &errb\n\tif err := cmd.Run(); err != nil {\n\t\treturn \"\", fmt.Errorf(\"git rev-parse: %w: %s\", err, errb.String())\n\t}\n\treturn strings.TrimSpace(out.String()), nil\n}\n\nfunc ChangedFiles(ctx context.Context, repoDir, base string) ([]string, error) {\n\tcmd := exec.CommandContext(ctx, \"git\", \"diff\", \"--name-only\", \"--end-of-options\", base)\n\tcmd.Dir = repoDir\n\tout, err := cmd.Output()\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\treturn strings.Fields(string(out)), nil\n}\n"
 },
 {
  "name": "go_grpc_server",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package main\n\nimport (\n\t\"context\"\n\t\"crypto/tls\"\n\t\"log\"\n\t\"net\"\n\n\t\"google.golang.org/grpc\"\n\t\"google.golang.org/grpc/credentials\"\n\n\tpb \"example.com/inventory/proto\"\n)\n\ntype server struct {\n\tpb.UnimplementedInventoryServer\n\tstock map[string]int32\n}\n\nfunc (s *server) GetStock(ctx context.Context, req *pb.StockRequest) (*pb.StockReply, error) {\n\treturn &pb.StockReply{Sku: req.GetSku(), Count: s.stock[req.GetSku()]}, nil\n}\n\nfunc main() {\n\tcert, err := tls.LoadX509KeyPair(\"/etc/inventory/tls.crt\", \"/etc/inventory/tls.key\")\n\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n\tcreds := credentials.NewTLS(&tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12})\n\tlis, err := net.Listen(\"tcp\", \":50051\")\n\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n\ts := grpc.NewServer(grpc.Creds(creds))\n\tpb.RegisterInventoryServer(s, &server{stock: map[string]int32{\"A1\": 3}})\n\tlog.Fatal(s.Serve(lis))\n}\n"
 },
 {
  "name": "go_html_template",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package main\n\nimport (\n\t\"html/template\"\n\t\"log\"\n\t\"net/http\"\n)\n\nvar page = template.Must(template.New(\"p\").Parse(`<!doctype html>\n<h1>Results for {{.Query}}</h1>\n<ul>{{range .Items}}<li>{{.}}</li>{{end}}</ul>`))\n\nfunc search(w http.ResponseWriter, r *http.Request) {\n\tq := r.URL.Query().Get(\"q\")\n\titems := []string{\"alpha\", \"beta\", \"gamma\"}\n\tvar hits []string\n\tfor _, it := range items {\n\t\tif q == \"\" || it == q {\n\t\t\thits = append(hits, it)\n\t\t}\n\t}\n\tif err := page.Execute(w, map[string]any{\"Query\": q, \"Items\": hits}); err != nil {\n\t\tlog.Println(err)\n\t}\n}\n\nfunc main() {\n\thttp.HandleFunc(\"/search\", search)\n\tlog.Fatal(http.ListenAndServe(\":8080\", nil))\n}\n"
 },
 {
  "name": "go_tar_extract",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package archive\n\nimport (\n\t\"archive/tar\"\n\t\"fmt\"\n\t\"io\"\n\t\"os\"\n\t\"path/filepath\"\n\t\"strings\"\n)\n\nfunc Extract(r io.Reader, dest string) error {\n\tdest = filepath.Clean(dest)\n\ttr := tar.NewReader(r)\n\tfor {\n\t\thdr, err := tr.Next()\n\t\tif err == io.EOF {\n\t\t\treturn nil\n\t\t}\n\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n\t\ttarget := filepath.Join(dest, hdr.Name)\n\t\tif !strings.HasPrefix(target, dest+string(os.PathSeparator)) {\n\t\t\treturn fmt.Errorf(\"illegal path in archive: %s\", hdr.Name)\n\t\t}\n\t\tswitch hdr.Typeflag {\n\t\tcase tar.TypeDir:\n\t\t\tif err := os.MkdirAll(target, 0o755); err != nil {\n\t\t\t\treturn err\n\t\t\t}\n\t\tcase tar.TypeReg:\n\t\t\tf, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)\n\t\t\tif err != nil {\n\t\t\t\treturn err\n\t\t\t}\n\t\t\tif _, err := io.CopyN(f, tr, hdr.Size); err != nil {\n\t\t\t\tf.Close()\n\t\t\t\treturn err\n\t\t\t}\n\t\t\tf.Close()\n\t\t}\n\t}\n}\n"
 },
 {
  "name": "go_worker_jitter",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package worker\n\nimport (\n\t\"context\"\n\t\"log/slog\"\n\t\"math/rand\"\n\t\"time\"\n)\n\ntype Job func(ctx context.Context) error\n\nfunc RunWithRetry(ctx context.Context, job Job, maxAttempts int) error {\n\tvar err error\n\tfor attempt := 0; attempt < maxAttempts; attempt++ {\n\t\tif err = job(ctx); err == nil {\n\t\t\treturn nil\n\t\t}\n\t\tbackoff := time.Duration(1<<attempt) * 100 * time.Millisecond\n\t\tjitter := time.Duration(rand.Int63n(int64(backoff / 2)))\n\t\tslog.Warn(\"job failed, retrying\", \"attempt\", attempt, \"err\", err, \"sleep\", backoff+jitter)\n\t\tselect {\n\t\tcase <-time.After(backoff + jitter):\n\t\tcase <-ctx.Done():\n\t\t\treturn ctx.Err()\n\t\t}\n\t}\n\treturn err\n}\n"
 },
 {
  "name": "go_yaml_config",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 1,
  "code": "package config\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\t\"time\"\n\n\t\"gopkg.in/yaml.v3\"\n)\n\ntype Config struct {\n\tListen   string        `yaml:\"listen\"`\n\tTimeout  time.Duration `yaml:\"timeout\"`\n\tDatabase struct {\n\t\tDSN string `yaml:\"dsn\"`\n\t} `yaml:\"database\"`\n}\n\nfunc Load(path string) (*Config, error) {\n\traw, err := os.ReadFile(path)\n\tif err != nil {\n\t\treturn nil, fmt.Errorf(\"read config: %w\", err)\n\t}\n\tcfg := &Config{Listen: \":8080\", Timeout: 10 * time.Second}\n\tif err := yaml.Unmarshal(raw, cfg); err != nil {\n\t\treturn nil, fmt.Errorf(\"parse config %s: %w\", path, err)\n\t}\n\tif dsn := os.Getenv(\"DATABASE_DSN\"); dsn != \"\" {\n\t\tcfg.Database.DSN = dsn\n\t}\n\treturn cfg, nil\n}\n"
 },
 {
  "name": "js_cli_glob_lint",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "wave": 1,
  "code": "#!/usr/bin/env node\nconst fs = require('fs/promises');\nconst path = require('path');\nconst { program } = require('commander');\n\nprogram.argument('<dir>', 'directory to scan').option('--fix', 'remove trailing whitespace');\nprogram.parse();\nconst [dir] = program.args;\nconst opts = program.opts();\n\nasync function* walk(d) {\n  for (const entry of await fs.readdir(d, { withFileTypes: true })) {\n    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;\n    const full = path.join(d, entry.name);\n    if (entry.isDirectory()) yield* walk(full);\n    else if (/\\.(js|ts)$/.test(entry.name)) yield full;\n  }\n}\n\n(async () => {\n  let count = 0;\n  for await (const file of walk(path.resolve(dir))) {\n    const text = await fs.readFile(file, 'utf8');\n    if (/[ \\t]+$/m.test(text)) {\n      count++;\n      console.log(`${file}: trailing whitespace`);\n      if (opts.fix) await fs.writeFile(file, text.replace(/[ \\t]+$/gm, ''));\n    }\n  }\n  process.exitCode = count ? 1 : 0;\n})();\n"
 },
 {
  "name": "js_electron_main",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "wave": 1,
  "code": "const { app, BrowserWindow, shell } = require('electron');\nconst path = require('path');\n\nfunction createWindow() {\n  const win = new BrowserWindow({\n    width: 1200,\n    height: 800,\n    webPreferences: {\n      preload: path.join(__dirname, 'preload.js'),\n      contextIsolation: true,\n      nodeIntegration: false,\n      sandbox: true,\n    },\n  });\n  win.webContents.setWindowOpenHandler(({ url }) => {\n    if (url.startsWith('https://')) {\n      shell.openExternal(url);\n    }\n    return { action: 'deny' };\n  });\n  win.loadFile(path.join(__dirname, 'index.html'));\n}\n\napp.whenReady().then(createWindow);\napp.on('window-all-closed', () => {\n  if (process.platform !== 'darwin') app.quit();\n});\n"
 },
 {
  "name": "js_electron_preload",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "wave": 1,
  "code": "const { contextBridge, ipcRenderer } = require('electron');\n\nconst ALLOWED_CHANNELS = new Set(['settings:get', 'settings:set', 'app:version']);\n\ncontextBridge.exposeInMainWorld('api', {\n  invoke(channel, payload) {\n    if (!ALLOWED_CHANNELS.has(channel)) {\n      throw new Error(`channel not allowed: ${channel}`);\n    }\n    return ipcRenderer.invoke(channel, payload);\n  },\n  onUpdate(cb) {\n    const listener = (_event, data) => cb(data);\n    ipcRenderer.on('app:update', listener);\n    return () => ipcRenderer.removeListener('app:update', listener);\n  },\n});\n"
 },
 {
  "name": "js_esbuild_script",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "wave": 1,
  "code": "import { build } from 'esbuild';\nimport { rm, mkdir, copyFile } from 'node:fs/promises';\nimport { execSync } from 'node:child_process';\n\nconst outdir = 'dist';\nconst commit = execSync('git rev-parse --short HEAD').toString().trim();\n\nawait rm(outdir, { recursive: true, force: true });\nawait mkdir(outdir, { recursive: true });\nawait build({\n  entryPoints: ['src/main.ts'],\n  bundle: true,\n  platform: 'node',\n  target: 'node20',\n  outfile: `${outdir}/main.js`,\n  define: { __COMMIT__: JSON.stringify(commit) },\n  sourcemap: true,\n});\nawait copyFile('README.md', `${outdir}/README.md`);\nconsole.log(`built ${commit}`);\n"
 },
 {
  "name": "js_jwt_verify_mw",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "wave": 1,
  "code": "const jwt = require('jsonwebtoken');\nconst fs = require('fs');\n\nconst PUBLIC_KEY = fs.readFileSync(process.env.JWT_PUBLIC_KEY_PATH || '/etc/app/jwt.pub');\n\nfunction requireAuth(req, res, next) {\n  const header = req.headers.authorization || '';\n  const [scheme, token] = header.split(' ');\n  if (scheme !== 'Bearer' || !token) return res.status(401).json({ error: 'missing token' });\n  try {\n    req.user = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'], issuer: 'https://auth.example.com' });\n    next();\n  } catch (e) {\n    res.status(401).json({ error: 'invalid token' });\n  }\n}\n\nmodule.exports = { requireAuth };\n"
 },
 {
  "name": "js_knex_repo",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "wave": 1,
  "code": "const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });\n\nasync function findOrders(customerId, { status, limit = 50 } = {}) {\n  const q = knex('orders')\n    .select('id', 'total', 'status', 'created_at')\n    .where('customer_id', customerId)\n    .orderBy('created_at', 'desc')\n    .limit(Math.min(Number(limit) || 50, 200));\n  if (status) q.andWhere('status', status);\n  return q;\n}\n\nasync function totalsByDay(customerId) {\n  return knex('orders')\n    .select(knex.raw('date_trunc(?, created_at) as day', ['day']))\n    .sum('total as total')\n    .where({ customer_id: customerId })\n    .groupBy('day');\n}\n\nmodule.exports = { findOrders, totalsByDay };\n"
 },
 {
  "name": "js_retry_fetch",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "wave": 1,
  "code": "const API_BASE = 'https://api.github.com';\n\nfunction sleep(ms) {\n  return new Promise((r) => setTimeout(r, ms));\n}\n\nasync function getRepo(owner, repo, attempts = 4) {\n  const url = `${API_BASE}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;\n  for (let i = 0; i < attempts; i++) {\n    const res = await fetch(url, { headers: { Accept: 'application/vnd.github+json' } });\n    if (res.ok) return res.json();\n    if (res.status < 500) throw new Error(`GitHub ${res.status}`);\n    const jitter = Math.random() * 250;\n    await sleep(2 ** i * 500 + jitter);\n  }\n  throw new Error('GitHub unavailable');\n}\n\nmodule.exports = { getRepo };\n"
 },
 {
  "name": "js_sharp_thumbs",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "wave": 1,
  "code": "const express = require('express');\nconst multer = require('multer');\nconst sharp = require('sharp');\nconst crypto = require('crypto');\nconst path = require('path');\n\nconst upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 5 * 1024 * 1024 } });\nconst app = express();\nconst OUT = path.join(__dirname, 'thumbs');\n\napp.post('/thumb', upload.single('image'), async (req, res) => {\n  if (!req.file || !['image/png', 'image/jpeg'].includes(req.file.mimetype)) {\n    return res.status(400).send('png or jpeg required');\n  }\n  const name = crypto.randomBytes(16).toString('hex') + '.webp';\n  await sharp(req.file.buffer).resize(256, 256, { fit: 'inside' }).webp().toFile(path.join(OUT, name));\n  res.json({ url: `/thumbs/${name}` });\n});\n\napp.use('/thumbs', express.static(OUT));\napp.listen(3000);\n"
 },
 {
  "name": "js_vscode_ext_cmd",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "wave": 1,
  "code": "const vscode = require('vscode');\nconst cp = require('child_process');\nconst path = require('path');\n\nfunction activate(context) {\n  const disposable = vscode.commands.registerCommand('fmt.formatFile', async () => {\n    const editor = vscode.window.activeTextEditor;\n    if (!editor) return;\n    const file = editor.document.uri.fsPath;\n    const cwd = path.dirname(file);\n    cp.execFile('prettier', ['--write', file], { cwd }, (err, stdout, stderr) => {\n      if (err) {\n        vscode.window.showErrorMessage(`prettier failed: ${stderr}`);\n        return;\n      }\n      vscode.window.setStatusBarMessage('Formatted', 2000);\n    });\n  });\n  context.subscriptions.push(disposable);\n}\n\nfunction deactivate() {}\n\nmodule.exports = { activate, deactivate };\n"
 },
 {
  "name": "js_ws_chat",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "wave": 1,
  "code": "const { WebSocketServer } = require('ws');\nconst crypto = require('crypto');\n\nconst wss = new WebSocketServer({ port: 8080, maxPayload: 64 * 1024 });\nconst rooms = new Map();\n\nwss.on('connection', (ws) => {\n  const id = crypto.randomUUID();\n  let room = null;\n  ws.on('message', (raw) => {\n    let msg;\n    try {\n      msg = JSON.parse(raw.toString());\n    } catch {\n      return ws.send(JSON.stringify({ error: 'bad json' }));\n    }\n    if (msg.type === 'join' && typeof msg.room === 'string' && msg.room.length < 64) {\n      room = msg.room;\n      if (!rooms.has(room)) rooms.set(room, new Set());\n      rooms.get(room).add(ws);\n    } else if (msg.type === 'say' && room) {\n      for (const peer of rooms.get(room)) {\n        peer.send(JSON.stringify({ from: id, text: String(msg.text).slice(0, 500) }));\n      }\n    }\n  });\n  ws.on('close', () => room && rooms.get(room)?.delete(ws));\n});\n"
 },
 {
  "name": "rs_actix_json",
  "kind": "safe",
  "lang": "rust",
  "cwe": 0,
  "wave": 1,
  "code": "use actix_web::{web, App, HttpResponse, HttpServer, Responder};\nuse serde::{Deserialize, Serialize};\nuse std::sync::Mutex;\n\n#[derive(Deserialize)]\nstruct NewItem { name: String, qty: u32 }\n\n#[derive(Serialize, Clone)]\nstruct Item { id: usize, name: String, qty: u32 }\n\nstruct AppState { items: Mutex<Vec<Item>> }\n\nasync fn add(state: web::Data<AppState>, body: web::Json<NewItem>) -> impl Responder {\n    if body.name.is_empty() || body.name.len() > 100 {\n        return HttpResponse::BadRequest().body(\"invalid name\");\n    }\n    let mut items = state.items.lock().unwrap();\n    let item = Item { id: items.len() + 1, name: body.name.clone(), qty: body.qty };\n    items.push(item.clone());\n    HttpResponse::Created().json(item)\n}\n\nasync fn list(state: web::Data<AppState>) -> impl Responder {\n    HttpResponse::Ok().json(state.items.lock().unwrap().clone())\n}\n\n#[actix_web::main]\nasync fn main() -> std::io::Result<()> {\n    let state = web::Data::new(AppState { items: Mutex::new(Vec::new()) });\n    HttpServer::new(move || {\n        App::new()\n            .app_data(state.clone())\n            .route(\"/items\", web::get().to(list))\n            .route(\"/items\", web::post().to(add))\n    })\n    .bind((\"127.0.0.1\", 8080))?\n    .run()\n    .await\n}\n"
 },
 {
  "name": "rs_argon2_auth",
  "kind": "safe",
  "lang": "rust",
  "cwe": 0,
  "wave": 1,
  "code": "use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};\nuse argon2::Argon2;\n\npub fn hash_password(password: &str) -> Result<String, argon2::password_hash::Error> {\n    let salt = SaltString::generate(&mut OsRng);\n    Ok(Argon2::default().hash_password(password.as_bytes(), &salt)?.to_string())\n}\n\npub fn verify_password(password: &str, stored: &str) -> bool {\n    match PasswordHash::new(stored) {\n        Ok(parsed) => Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok(),\n        Err(_) => false,\n    }\n}\n"
 },
 {
  "name": "rs_axum_sqlx",
  "kind": "safe",
  "lang": "rust",
  "cwe": 0,
  "wave": 1,
  "code": "use axum::{extract::{Path, Query, State}, http::StatusCode, routing::get, Json, Router};\nuse serde::{Deserialize, Serialize};\nuse sqlx::PgPool;\n\n#[derive(Serialize, sqlx::FromRow)]\nstruct Todo { id: i64, title: String, done: bool }\n\n#[derive(Deserialize)]\nstruct ListParams { done: Option<bool>, limit: Option<i64> }\n\nasync fn get_todo(State(pool): State<PgPool>, Path(id): Path<i64>) -> Result<Json<Todo>, StatusCode> {\n    sqlx::query_as::<_, Todo>(\"SELECT id, title, done FROM todos WHERE id = $1\")\n        .bind(id)\n        .fetch_optional(&pool)\n        .await\n        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?\n        .map(Json)\n        .ok_or(StatusCode::NOT_FOUND)\n}\n\nasync fn list_todos(State(pool): State<PgPool>, Query(p): Query<ListParams>) -> Result<Json<Vec<Todo>>, StatusCode> {\n    let limit = p.limit.unwrap_or(50).clamp(1, 200);\n    let rows = sqlx::query_as::<_, Todo>(\"SELECT id, title, done FROM todos WHERE ($1::bool IS NULL OR done = $1) ORDER BY id LIMIT $2\")\n        .bind(p.done)\n        .bind(limit)\n        .fetch_all(&pool)\n        .await\n        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;\n    Ok(Json(rows))\n}\n\npub fn router(pool: PgPool) -> Router {\n    Router::new()\n        .route(\"/todos\", get(list_todos))\n        .route(\"/todos/:id\", get(get_todo))\n        .with_state(pool)\n}\n"
 },
 {
  "name": "rs_clap_wc",
  "kind": "safe",
  "lang": "rust",
  "cwe": 0,
  "wave": 1,
  "code": "use clap::Parser;\nuse std::fs::File;\nuse std::io::{self, BufRead, BufReader};\nuse std::path::PathBuf;\n\n#[derive(Parser)]\n#[command(version, about = \"count lines, words and bytes\")]\nstruct Args {\n    files: Vec<PathBuf>,\n    #[arg(short, long)]\n    lines: bool,\n}\n\nfn count(path: &PathBuf) -> io::Result<(usize, usize, usize)> {\n    let reader = BufReader::new(File::open(path)?);\n    let (mut l, mut w, mut b) = (0, 0, 0);\n    for line in reader.lines() {\n        let line = line?;\n        l += 1;\n        w += line.split_whitespace().count();\n        b += line.len() + 1;\n    }\n    Ok((l, w, b))\n}\n\nfn main() -> anyhow::Result<()> {\n    let args = Args::parse();\n    for f in &args.files {\n        let (l, w, b) = count(f)?;\n        if args.lines {\n            println!(\"{l} {}\", f.display());\n        } else {\n            println!(\"{l} {w} {b} {}\", f.display());\n        }\n    }\n    Ok(())\n}\n"
 },
 {
  "name": "rs_command_list",
  "kind": "safe",
  "lang": "rust",
  "cwe": 0,
  "wave": 1,
  "code": "use std::path::Path;\nuse std::process::Command;\n\npub fn format_crate(dir: &Path) -> std::io::Result<bool> {\n    let status = Command::new(\"cargo\")\n        .arg(\"fmt\")\n        .arg(\"--all\")\n        .current_dir(dir)\n        .status()?;\n    Ok(status.success())\n}\n\npub fn rustc_version() -> Option<String> {\n    let out = Command::new(\"rustc\").arg(\"--version\").output().ok()?;\n    String::from_utf8(out.stdout).ok().map(|s| s.trim().to_string())\n}\n"
 },
 {
  "name": "rs_rand_sim",
  "kind": "safe",
  "lang": "rust",
  "cwe": 0,
  "wave": 1,
  "code": "use rand::rngs::StdRng;\nuse rand::seq::SliceRandom;\nuse rand::{Rng, SeedableRng};\n\npub struct Simulation { rng: StdRng, population: Vec<f64> }\n\nimpl Simulation {\n    pub fn new(seed: u64, n: usize) -> Self {\n        let mut rng = StdRng::seed_from_u64(seed);\n        let population = (0..n).map(|_| rng.gen_range(0.0..1.0)).collect();\n        Self { rng, population }\n    }\n\n    pub fn step(&mut self) {\n        self.population.shuffle(&mut self.rng);\n        for p in self.population.iter_mut() {\n            *p = (*p + self.rng.gen::<f64>() * 0.1).min(1.0);\n        }\n    }\n\n    pub fn mean(&self) -> f64 {\n        self.population.iter().sum::<f64>() / self.population.len() as f64\n    }\n}\n"
 },
 {
  "name": "rs_reqwest_client",
  "kind": "safe",
  "lang": "rust",
  "cwe": 0,
  "wave": 1,
  "code": "use reqwest::Client;\nuse serde::Deserialize;\nuse std::time::Duration;\n\n#[derive(Deserialize, Debug)]\npub struct Release { pub tag_name: String, pub html_url: String }\n\npub struct GhClient { http: Client }\n\nimpl GhClient {\n    pub fn new() -> reqwest::Result<Self> {\n        let http = Client::builder()\n            .user_agent(\"release-checker/0.1\")\n            .timeout(Duration::from_secs(10))\n            .build()?;\n        Ok(Self { http })\n    }\n\n    pub async fn latest(&self, owner: &str, repo: &str) -> reqwest::Result<Release> {\n        let url = format!(\"https://api.github.com/repos/{}/{}/releases/latest\", owner, repo);\n        self.http.get(url).send().await?.error_for_status()?.json().await\n    }\n}\n"
 },
 {
  "name": "rs_sha256_manifest",
  "kind": "safe",
  "lang": "rust",
  "cwe": 0,
  "wave": 1,
  "code": "use sha2::{Digest, Sha256};\nuse std::collections::BTreeMap;\nuse std::fs;\nuse std::io;\nuse std::path::Path;\n\npub fn manifest(dir: &Path) -> io::Result<BTreeMap<String, String>> {\n    let mut out = BTreeMap::new();\n    for entry in fs::read_dir(dir)? {\n        let entry = entry?;\n        if !entry.file_type()?.is_file() {\n            continue;\n        }\n        let bytes = fs::read(entry.path())?;\n        let digest = Sha256::digest(&bytes);\n        out.insert(entry.file_name().to_string_lossy().into_owned(), hex::encode(digest));\n    }\n    Ok(out)\n}\n\npub fn cache_key(parts: &[&str]) -> String {\n    let mut h = md5::Context::new();\n    for p in parts {\n        h.consume(p.as_bytes());\n    }\n    format!(\"{:x}\", h.compute())\n}\n"
 },
 {
  "name": "rs_unsafe_ffi",
  "kind": "safe",
  "lang": "rust",
  "cwe": 0,
  "wave": 1,
  "code": "use std::ffi::{CStr, CString};\nuse std::os::raw::c_char;\n\nextern \"C\" {\n    fn getenv(name: *const c_char) -> *const c_char;\n}\n\npub fn env_var(name: &str) -> Option<String> {\n    let c_name = CString::new(name).ok()?;\n    unsafe {\n        let ptr = getenv(c_name.as_ptr());\n        if ptr.is_null() {\n            return None;\n        }\n        Some(CStr::from_ptr(ptr).to_string_lossy().into_owned())\n    }\n}\n\npub fn sum(values: &[u32]) -> u64 {\n    values.iter().map(|&v| v as u64).sum()\n}\n"
 },
 {
  "name": "ts_nest_service",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 0,
  "wave": 1,
  "code": "import { Injectable, NotFoundException } from '@nestjs/common';\nimport { InjectRepository } from '@nestjs/typeorm';\nimport { Repository } from 'typeorm';\nimport { User } from './user.entity';\n\n@Injectable()\nexport class UsersService {\n  constructor(@InjectRepository(User) private readonly repo: Repository<User>) {}\n\n  async findByEmail(email: string): Promise<User> {\n    const user = await this.repo.findOne({ where: { email: email.toLowerCase() } });\n    if (!user) throw new NotFoundException('user not found');\n    return user;\n  }\n\n  async search(term: string): Promise<User[]> {\n    return this.repo\n      .createQueryBuilder('u')\n      .where('u.name ILIKE :term', { term: `%${term}%` })\n      .orderBy('u.name')\n      .take(25)\n      .getMany();\n  }\n}\n"
 },
 {
  "name": "ts_react_markdown",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 0,
  "wave": 1,
  "code": "import React, { useMemo } from 'react';\nimport { marked } from 'marked';\nimport DOMPurify from 'dompurify';\n\ninterface Props {\n  source: string;\n}\n\nexport function MarkdownPreview({ source }: Props) {\n  const html = useMemo(() => DOMPurify.sanitize(marked.parse(source) as string), [source]);\n  return <div className=\"markdown-body\" dangerouslySetInnerHTML={{ __html: html }} />;\n}\n\nexport function CommentList({ comments }: { comments: { id: string; author: string; body: string }[] }) {\n  return (\n    <ul>\n      {comments.map((c) => (\n        <li key={c.id}>\n          <strong>{c.author}</strong>: {c.body}\n        </li>\n      ))}\n    </ul>\n  );\n}\n"
 },
 {
  "name": "ts_rollup_config",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 0,
  "wave": 1,
  "code": "import { defineConfig } from 'rollup';\nimport typescript from '@rollup/plugin-typescript';\nimport { readFileSync } from 'node:fs';\nimport { createHash } from 'node:crypto';\n\nconst pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));\nconst banner = `/*! ${pkg.name} v${pkg.version} */`;\n\nfunction contentHash(code: string): string {\n  return createHash('md5').update(code).digest('hex').slice(0, 8);\n}\n\nexport default defineConfig({\n  input: 'src/index.ts',\n  output: [\n    { file: pkg.module, format: 'es', banner },\n    { file: pkg.main, format: 'cjs', banner },\n  ],\n  plugins: [\n    typescript(),\n    {\n      name: 'hash-report',\n      generateBundle(_opts, bundle) {\n        for (const [name, chunk] of Object.entries(bundle)) {\n          if (chunk.type === 'chunk') console.log(name, contentHash(chunk.code));\n        }\n      },\n    },\n  ],\n});\n"
 },
 {
  "name": "c_v_strcpy_arg",
  "kind": "vuln",
  "lang": "c",
  "cwe": 120,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <string.h>\n\nint main(int argc, char **argv) {\n    char name[32];\n    if (argc < 2) return 1;\n    strcpy(name, argv[1]);\n    printf(\"hello %s\\n\", name);\n    return 0;\n}\n"
 },
 {
  "name": "c_v_syslog_fmt",
  "kind": "vuln",
  "lang": "c",
  "cwe": 134,
  "wave": 1,
  "code": "#include <syslog.h>\n#include <sys/socket.h>\n\nvoid log_client_message(int fd) {\n    char msg[256];\n    ssize_t n = recv(fd, msg, sizeof msg - 1, 0);\n    if (n <= 0) return;\n    msg[n] = '\\0';\n    syslog(LOG_INFO, msg);\n}\n"
 },
 {
  "name": "c_v_system_host",
  "kind": "vuln",
  "lang": "c",
  "cwe": 78,
  "wave": 1,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n\nint main(int argc, char **argv) {\n    char cmd[256];\n    if (argc < 2) return 1;\n    snprintf(cmd, sizeof cmd, \"ping -c 1 %s\", argv[1]);\n    return system(cmd);\n}\n"
 },
 {
  "name": "go_v_zip_slip",
  "kind": "vuln",
  "lang": "go",
  "cwe": 22,
  "wave": 1,
  "code": "package archive\n\nimport (\n\t\"archive/zip\"\n\t\"io\"\n\t\"os\"\n\t\"path/filepath\"\n)\n\nfunc Unzip(src, dest string) error {\n\tzr, err := zip.OpenReader(src)\n\tif err != nil {\n\t\treturn err\n\t}\n\tdefer zr.Close()\n\tfor _, f := range zr.File {\n\t\tpath := filepath.Join(dest, f.Name)\n\t\trc, err := f.Open()\n\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n\t\tout, err := os.Create(path)\n\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n\t\tio.Copy(out, rc)\n\t\tout.Close()\n\t\trc.Close()\n\t}\n\treturn nil\n}\n"
 },
 {
  "name": "go_v_sprintf_query",
  "kind": "vuln",
  "lang": "go",
  "cwe": 89,
  "wave": 1,
  "code": "package api\n\nimport (\n\t\"database/sql\"\n\t\"fmt\"\n\t\"net/http\"\n)\n\nfunc Orders(db *sql.DB) http.HandlerFunc {\n\treturn func(w http.ResponseWriter, r *http.Request) {\n\t\tsort := r.URL.Query().Get(\"sort\")\n\t\trows, err := db.Query(fmt.Sprintf(\"SELECT id, total FROM orders ORDER BY %s\", sort))\n\t\tif err != nil {\n\t\t\thttp.Error(w, \"db\", 500)\n\t\t\treturn\n\t\t}\n\t\tdefer rows.Close()\n\t\tfmt.Fprintln(w, \"ok\")\n\t}\n}\n"
 },
 {
  "name": "js_v_git_branch",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 78,
  "wave": 1,
  "code": "const express = require('express');\nconst { exec } = require('child_process');\nconst app = express();\n\napp.get('/log', (req, res) => {\n  const branch = req.query.branch || 'main';\n  exec(`git log --oneline -n 20 ${branch}`, { cwd: '/srv/repo' }, (err, out) => {\n    if (err) return res.status(500).send('git failed');\n    res.type('text/plain').send(out);\n  });\n});\napp.listen(3000);\n"
 },
 {
  "name": "js_v_electron_html",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 79,
  "wave": 1,
  "code": "function renderNotification(container, notification) {\n  const el = document.createElement('div');\n  el.className = 'toast';\n  el.innerHTML = `<b>${notification.title}</b><p>${notification.body}</p>`;\n  container.appendChild(el);\n}\n\nwindow.api.onUpdate((data) => renderNotification(document.getElementById('toasts'), data));\nconst params = new URLSearchParams(location.search);\ndocument.getElementById('greeting').innerHTML = 'Hello ' + params.get('name');\n"
 },
 {
  "name": "rs_v_sh_c",
  "kind": "vuln",
  "lang": "rust",
  "cwe": 78,
  "wave": 1,
  "code": "use axum::{extract::Query, routing::get, Router};\nuse serde::Deserialize;\nuse std::process::Command;\n\n#[derive(Deserialize)]\nstruct P { host: String }\n\nasync fn ping(Query(p): Query<P>) -> String {\n    let out = Command::new(\"sh\")\n        .arg(\"-c\")\n        .arg(format!(\"ping -c 1 {}\", p.host))\n        .output()\n        .expect(\"run\");\n    String::from_utf8_lossy(&out.stdout).into_owned()\n}\n\npub fn app() -> Router { Router::new().route(\"/ping\", get(ping)) }\n"
 },
 {
  "name": "rs_v_format_sql",
  "kind": "vuln",
  "lang": "rust",
  "cwe": 89,
  "wave": 1,
  "code": "use axum::{extract::{Query, State}, Json};\nuse serde::Deserialize;\nuse sqlx::{PgPool, Row};\n\n#[derive(Deserialize)]\npub struct Search { name: String }\n\npub async fn search(State(pool): State<PgPool>, Query(s): Query<Search>) -> Json<Vec<String>> {\n    let sql = format!(\"SELECT name FROM users WHERE name = '{}'\", s.name);\n    let rows = sqlx::query(&sql).fetch_all(&pool).await.unwrap();\n    Json(rows.iter().map(|r| r.get::<String, _>(\"name\")).collect())\n}\n"
 },
 {
  "name": "ts_v_typeorm_raw",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 89,
  "wave": 1,
  "code": "import { Request, Response } from 'express';\nimport { AppDataSource } from './data-source';\n\nexport async function searchProducts(req: Request, res: Response) {\n  const term = req.query.q as string;\n  const rows = await AppDataSource.query(`SELECT id, name FROM products WHERE name LIKE '%${term}%'`);\n  res.json(rows);\n}\n"
 },
 {
  "name": "c_base64",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 2,
  "code": "#include <stddef.h>\n#include <stdlib.h>\n\nstatic const char B64[] = \"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/\";\n\nchar *base64_encode(const unsigned char *in, size_t len, size_t *out_len) {\n    if (len > (SIZE_MAX - 1) / 4 * 3 - 3) return NULL;\n    size_t olen = 4 * ((len + 2) / 3);\n    char *out = malloc(olen + 1);\n    if (!out) return NULL;\n    size_t i = 0, j = 0;\n    while (i + 2 < len) {\n        unsigned v = (in[i] << 16) | (in[i + 1] << 8) | in[i + 2];\n        out[j++] = B64[(v >> 18) & 63];\n        out[j++] = B64[(v >> 12) & 63];\n        out[j++] = B64[(v >> 6) & 63];\n        out[j++] = B64[v & 63];\n        i += 3;\n    }\n    if (i < len) {\n        unsigned v = in[i] << 16;\n        if (i + 1 < len) v |= in[i + 1] << 8;\n        out[j++] = B64[(v >> 18) & 63];\n        out[j++] = B64[(v >> 12) & 63];\n        out[j++] = (i + 1 < len) ? B64[(v >> 6) & 63] : '=';\n        out[j++] = '=';\n    }\n    out[j] = '\\0';\n    if (out_len) *out_len = j;\n    return out;\n}\n"
 },
 {
  "name": "c_dynbuf",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 2,
  "code": "#include <stdlib.h>\n#include <string.h>\n#include <stdint.h>\n\ntypedef struct { char *data; size_t len, cap; } dynbuf;\n\nint dynbuf_append(dynbuf *b, const void *src, size_t n) {\n    if (n > SIZE_MAX - b->len - 1) return -1;\n    if (b->len + n + 1 > b->cap) {\n        size_t ncap = b->cap ? b->cap : 64;\n        while (ncap < b->len + n + 1) {\n            if (ncap > SIZE_MAX / 2) return -1;\n            ncap *= 2;\n        }\n        char *p = realloc(b->data, ncap);\n        if (!p) return -1;\n        b->data = p;\n        b->cap = ncap;\n    }\n    memcpy(b->data + b->len, src, n);\n    b->len += n;\n    b->data[b->len] = '\\0';\n    return 0;\n}\n\nvoid dynbuf_free(dynbuf *b) {\n    free(b->data);\n    b->data = NULL;\n    b->len = b->cap = 0;\n}\n"
 },
 {
  "name": "c_hashtable",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 2,
  "code": "#include <stdint.h>\n#include <stdlib.h>\n#include <string.h>\n\n#define NBUCKETS 1024\n\nstruct entry { char *key; int value; struct entry *next; };\nstatic struct entry *buckets[NBUCKETS];\n\nstatic uint32_t fnv1a(const char *s) {\n    uint32_t h = 2166136261u;\n    while (*s) { h ^= (unsigned char)*s++; h *= 16777619u; }\n    return h;\n}\n\nint ht_put(const char *key, int value) {\n    uint32_t b = fnv1a(key) % NBUCKETS;\n    for (struct entry *e = buckets[b]; e; e = e->next)\n        if (strcmp(e->key, key) == 0) { e->value = value; return 0; }\n    struct entry *e = malloc(sizeof *e);\n    if (!e) return -1;\n    e->key = strdup(key);\n    if (!e->key) { free(e); return -1; }\n    e->value = value;\n    e->next = buckets[b];\n    buckets[b] = e;\n    return 0;\n}\n\nint *ht_get(const char *key) {\n    for (struct entry *e = buckets[fnv1a(key) % NBUCKETS]; e; e = e->next)\n        if (strcmp(e->key, key) == 0) return &e->value;\n    return NULL;\n}\n"
 },
 {
  "name": "c_mkstemp",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 2,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <unistd.h>\n\nint write_atomically(const char *dir, const char *name, const char *data) {\n    char tmpl[4096], final[4096];\n    if (snprintf(tmpl, sizeof tmpl, \"%s/.%s.XXXXXX\", dir, name) >= (int)sizeof tmpl) return -1;\n    if (snprintf(final, sizeof final, \"%s/%s\", dir, name) >= (int)sizeof final) return -1;\n    int fd = mkstemp(tmpl);\n    if (fd < 0) return -1;\n    size_t len = strlen(data);\n    if (write(fd, data, len) != (ssize_t)len || fsync(fd) != 0) {\n        close(fd);\n        unlink(tmpl);\n        return -1;\n    }\n    close(fd);\n    return rename(tmpl, final);\n}\n",
  "gap": "a library helper whose path is built from its own directory parameter (snprintf \"%s/…\", dir) is flagged like a base directory joined with a parameter (c.path-traversal / -extra)"
 },
 {
  "name": "c_popen_uname",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 2,
  "code": "#include <stdio.h>\n#include <string.h>\n\nint kernel_release(char *out, size_t outsz) {\n    FILE *p = popen(\"uname -r\", \"r\");\n    if (!p) return -1;\n    if (!fgets(out, (int)outsz, p)) {\n        pclose(p);\n        return -1;\n    }\n    out[strcspn(out, \"\\n\")] = '\\0';\n    return pclose(p) == 0 ? 0 : -1;\n}\n\nint main(void) {\n    char rel[128];\n    if (kernel_release(rel, sizeof rel) == 0) printf(\"kernel %s\\n\", rel);\n    return 0;\n}\n"
 },
 {
  "name": "c_timeit_exec",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 2,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <sys/wait.h>\n#include <time.h>\n#include <unistd.h>\n\n/* timeit CMD [ARGS...]: run a command and print how long it took, like time(1) */\nint main(int argc, char *argv[]) {\n    if (argc < 2) {\n        fprintf(stderr, \"usage: %s command [args...]\\n\", argv[0]);\n        return 2;\n    }\n    struct timespec t0, t1;\n    clock_gettime(CLOCK_MONOTONIC, &t0);\n    pid_t pid = fork();\n    if (pid == 0) {\n        execvp(argv[1], &argv[1]);\n        perror(argv[1]);\n        _exit(127);\n    }\n    int status;\n    waitpid(pid, &status, 0);\n    clock_gettime(CLOCK_MONOTONIC, &t1);\n    double secs = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;\n    fprintf(stderr, \"%.3fs\\n\", secs);\n    return WIFEXITED(status) ? WEXITSTATUS(status) : 1;\n}\n"
 },
 {
  "name": "cpp_json_cfg",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 0,
  "wave": 2,
  "code": "#include <fstream>\n#include <iostream>\n#include <string>\n#include <nlohmann/json.hpp>\n\nstruct ServerConfig { std::string host; int port; int workers; };\n\nServerConfig loadConfig(const std::string& path) {\n    std::ifstream in(path);\n    if (!in) throw std::runtime_error(\"cannot open \" + path);\n    nlohmann::json j = nlohmann::json::parse(in);\n    ServerConfig c{j.value(\"host\", \"127.0.0.1\"), j.value(\"port\", 8080), j.value(\"workers\", 4)};\n    if (c.port <= 0 || c.port > 65535) throw std::runtime_error(\"bad port\");\n    return c;\n}\n\nint main(int argc, char** argv) {\n    const std::string path = argc > 1 ? argv[1] : \"server.json\";\n    auto cfg = loadConfig(path);\n    std::cout << cfg.host << \":\" << cfg.port << \" x\" << cfg.workers << \"\\n\";\n}\n"
 },
 {
  "name": "cpp_string_split",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 0,
  "wave": 2,
  "code": "#include <string>\n#include <string_view>\n#include <vector>\n#include <cstring>\n\nstd::vector<std::string> split(std::string_view s, char sep) {\n    std::vector<std::string> out;\n    size_t start = 0;\n    while (true) {\n        size_t pos = s.find(sep, start);\n        out.emplace_back(s.substr(start, pos - start));\n        if (pos == std::string_view::npos) break;\n        start = pos + 1;\n    }\n    return out;\n}\n\nvoid copyName(char (&dst)[64], const std::string& src) {\n    std::size_t n = std::min(src.size(), sizeof(dst) - 1);\n    std::memcpy(dst, src.data(), n);\n    dst[n] = '\\0';\n}\n"
 },
 {
  "name": "go_build_tool",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 2,
  "code": "//go:build ignore\n\npackage main\n\nimport (\n\t\"fmt\"\n\t\"log\"\n\t\"os\"\n\t\"os/exec\"\n\t\"path/filepath\"\n\t\"runtime\"\n)\n\nvar targets = []struct{ goos, goarch string }{\n\t{\"linux\", \"amd64\"}, {\"linux\", \"arm64\"}, {\"darwin\", \"arm64\"}, {\"windows\", \"amd64\"},\n}\n\nfunc main() {\n\tversion := \"dev\"\n\tif len(os.Args) > 1 {\n\t\tversion = os.Args[1]\n\t}\n\tfor _, t := range targets {\n\t\tout := filepath.Join(\"dist\", fmt.Sprintf(\"tool_%s_%s_%s\", version, t.goos, t.goarch))\n\t\tif t.goos == \"windows\" {\n\t\t\tout += \".exe\"\n\t\t}\n\t\tcmd := exec.Command(\"go\", \"build\", \"-trimpath\", \"-ldflags\", \"-s -w -X main.version=\"+version, \"-o\", out, \"./cmd/tool\")\n\t\tcmd.Env = append(os.Environ(), \"GOOS=\"+t.goos, \"GOARCH=\"+t.goarch, \"CGO_ENABLED=0\")\n\t\tcmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr\n\t\tif err := cmd.Run(); err != nil {\n\t\t\tlog.Fatalf(\"build %s/%s: %v\", t.goos, t.goarch, err)\n\t\t}\n\t}\n\tlog.Printf(\"built %d targets on %s\", len(targets), runtime.GOOS)\n}\n"
 },
 {
  "name": "go_cache_md5",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 2,
  "code": "package cache\n\nimport (\n\t\"crypto/md5\"\n\t\"encoding/hex\"\n\t\"os\"\n\t\"path/filepath\"\n)\n\ntype DiskCache struct{ Dir string }\n\nfunc (c *DiskCache) keyPath(url string) string {\n\tsum := md5.Sum([]byte(url))\n\tk := hex.EncodeToString(sum[:])\n\treturn filepath.Join(c.Dir, k[:2], k)\n}\n\nfunc (c *DiskCache) Get(url string) ([]byte, bool) {\n\tb, err := os.ReadFile(c.keyPath(url))\n\treturn b, err == nil\n}\n\nfunc (c *DiskCache) Put(url string, body []byte) error {\n\tp := c.keyPath(url)\n\tif err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {\n\t\treturn err\n\t}\n\treturn os.WriteFile(p, body, 0o644)\n}\n"
 },
 {
  "name": "go_download_base",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 2,
  "code": "package files\n\nimport (\n\t\"net/http\"\n\t\"path/filepath\"\n\t\"strings\"\n)\n\nconst reportsDir = \"/var/lib/app/reports\"\n\nfunc DownloadReport(w http.ResponseWriter, r *http.Request) {\n\tname := filepath.Base(r.URL.Query().Get(\"name\"))\n\tif name == \".\" || name == \"/\" || !strings.HasSuffix(name, \".pdf\") {\n\t\thttp.Error(w, \"bad name\", http.StatusBadRequest)\n\t\treturn\n\t}\n\tw.Header().Set(\"Content-Disposition\", \"attachment; filename=\\\"\"+name+\"\\\"\")\n\thttp.ServeFile(w, r, filepath.Join(reportsDir, name))\n}\n"
 },
 {
  "name": "go_gin_gorm",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 2,
  "code": "package main\n\nimport (\n\t\"net/http\"\n\n\t\"github.com/gin-gonic/gin\"\n\t\"gorm.io/driver/sqlite\"\n\t\"gorm.io/gorm\"\n)\n\ntype Product struct {\n\tgorm.Model\n\tName  string\n\tPrice int\n}\n\nfunc main() {\n\tdb, err := gorm.Open(sqlite.Open(\"shop.db\"), &gorm.Config{})\n\tif err != nil {\n\t\tpanic(err)\n\t}\n\tdb.AutoMigrate(&Product{})\n\tr := gin.Default()\n\tr.GET(\"/products\", func(c *gin.Context) {\n\t\tvar ps []Product\n\t\tq := db.Order(\"name\")\n\t\tif name := c.Query(\"name\"); name != \"\" {\n\t\t\tq = q.Where(\"name LIKE ?\", \"%\"+name+\"%\")\n\t\t}\n\t\tif err := q.Limit(100).Find(&ps).Error; err != nil {\n\t\t\tc.JSON(http.StatusInternalServerError, gin.H{\"error\": \"db\"})\n\t\t\treturn\n\t\t}\n\t\tc.JSON(http.StatusOK, ps)\n\t})\n\tr.Run(\":8080\")\n}\n"
 },
 {
  "name": "go_http_client",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 2,
  "code": "package weather\n\nimport (\n\t\"context\"\n\t\"encoding/json\"\n\t\"fmt\"\n\t\"net/http\"\n\t\"net/url\"\n\t\"time\"\n)\n\nvar client = &http.Client{Timeout: 8 * time.Second}\n\ntype Forecast struct {\n\tTempC float64 `json:\"temp_c\"`\n}\n\nfunc Get(ctx context.Context, city string) (*Forecast, error) {\n\tu := url.URL{Scheme: \"https\", Host: \"api.weather.example.com\", Path: \"/v1/forecast\"}\n\tq := u.Query()\n\tq.Set(\"city\", city)\n\tu.RawQuery = q.Encode()\n\treq, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tresp, err := client.Do(req)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tdefer resp.Body.Close()\n\tif resp.StatusCode != http.StatusOK {\n\t\treturn nil, fmt.Errorf(\"weather api: %s\", resp.Status)\n\t}\n\tvar f Forecast\n\treturn &f, json.NewDecoder(resp.Body).Decode(&f)\n}\n"
 },
 {
  "name": "go_shuffle_quiz",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 2,
  "code": "package quiz\n\nimport (\n\t\"math/rand\"\n\t\"time\"\n)\n\ntype Question struct {\n\tText    string\n\tChoices []string\n\tAnswer  int\n}\n\nfunc Shuffle(qs []Question) []Question {\n\tr := rand.New(rand.NewSource(time.Now().UnixNano()))\n\tout := make([]Question, len(qs))\n\tcopy(out, qs)\n\tr.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })\n\treturn out\n}\n"
 },
 {
  "name": "go_token_gen",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 2,
  "code": "package session\n\nimport (\n\t\"crypto/rand\"\n\t\"encoding/base64\"\n\t\"net/http\"\n\t\"time\"\n)\n\nfunc NewToken() (string, error) {\n\tb := make([]byte, 32)\n\tif _, err := rand.Read(b); err != nil {\n\t\treturn \"\", err\n\t}\n\treturn base64.RawURLEncoding.EncodeToString(b), nil\n}\n\nfunc SetSession(w http.ResponseWriter) error {\n\ttok, err := NewToken()\n\tif err != nil {\n\t\treturn err\n\t}\n\thttp.SetCookie(w, &http.Cookie{\n\t\tName:     \"session\",\n\t\tValue:    tok,\n\t\tPath:     \"/\",\n\t\tHttpOnly: true,\n\t\tSecure:   true,\n\t\tSameSite: http.SameSiteLaxMode,\n\t\tExpires:  time.Now().Add(24 * time.Hour),\n\t})\n\treturn nil\n}\n"
 },
 {
  "name": "go_tx_prepared",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 2,
  "code": "package store\n\nimport (\n\t\"context\"\n\t\"database/sql\"\n)\n\ntype LineItem struct {\n\tSKU string\n\tQty int\n}\n\nfunc InsertOrder(ctx context.Context, db *sql.DB, customer string, items []LineItem) (int64, error) {\n\ttx, err := db.BeginTx(ctx, nil)\n\tif err != nil {\n\t\treturn 0, err\n\t}\n\tdefer tx.Rollback()\n\tvar orderID int64\n\tif err := tx.QueryRowContext(ctx, \"INSERT INTO orders(customer) VALUES($1) RETURNING id\", customer).Scan(&orderID); err != nil {\n\t\treturn 0, err\n\t}\n\tstmt, err := tx.PrepareContext(ctx, \"INSERT INTO order_items(order_id, sku, qty) VALUES($1, $2, $3)\")\n\tif err != nil {\n\t\treturn 0, err\n\t}\n\tdefer stmt.Close()\n\tfor _, it := range items {\n\t\tif _, err := stmt.ExecContext(ctx, orderID, it.SKU, it.Qty); err != nil {\n\t\t\treturn 0, err\n\t\t}\n\t}\n\treturn orderID, tx.Commit()\n}\n"
 },
 {
  "name": "js_cors_allowlist",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "wave": 2,
  "code": "const express = require('express');\nconst cors = require('cors');\nconst helmet = require('helmet');\n\nconst ALLOWED = ['https://app.example.com', 'https://admin.example.com'];\nconst app = express();\n\napp.use(helmet());\napp.use(\n  cors({\n    origin(origin, cb) {\n      if (!origin || ALLOWED.includes(origin)) return cb(null, true);\n      cb(new Error('origin not allowed'));\n    },\n    credentials: true,\n  })\n);\n\napp.get('/health', (_req, res) => res.json({ ok: true, uptime: process.uptime() }));\napp.get('/logout', (req, res) => {\n  res.clearCookie('sid');\n  res.redirect('/login');\n});\n\napp.listen(process.env.PORT || 8080);\n"
 },
 {
  "name": "js_dom_builder",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "wave": 2,
  "code": "export function renderTable(container, rows) {\n  container.innerHTML = '';\n  const table = document.createElement('table');\n  const head = table.createTHead().insertRow();\n  for (const col of ['Name', 'Email', 'Role']) {\n    const th = document.createElement('th');\n    th.textContent = col;\n    head.appendChild(th);\n  }\n  const body = table.createTBody();\n  for (const r of rows) {\n    const tr = body.insertRow();\n    for (const v of [r.name, r.email, r.role]) tr.insertCell().textContent = v;\n  }\n  container.appendChild(table);\n}\n\nexport function uniqueId(prefix = 'el') {\n  return `${prefix}-${Math.random().toString(36).slice(2, 9)}`;\n}\n\nexport function showSpinner(el) {\n  el.innerHTML = '<span class=\"spinner\" aria-label=\"loading\"></span>';\n}\n"
 },
 {
  "name": "js_search_regex",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "wave": 2,
  "code": "function escapeRegExp(s) {\n  return s.replace(/[.*+?^${}()|[\\]\\\\]/g, '\\\\$&');\n}\n\nfunction highlight(text, term) {\n  if (!term) return [{ text, match: false }];\n  const re = new RegExp(`(${escapeRegExp(term)})`, 'gi');\n  return text.split(re).filter(Boolean).map((part) => ({ text: part, match: part.toLowerCase() === term.toLowerCase() }));\n}\n\nmodule.exports = { highlight, escapeRegExp };\n"
 },
 {
  "name": "js_spawn_args",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "wave": 2,
  "code": "const { spawn } = require('child_process');\nconst express = require('express');\n\nconst app = express();\n\napp.get('/convert', (req, res) => {\n  const width = parseInt(req.query.width, 10);\n  if (!Number.isInteger(width) || width < 16 || width > 4096) return res.status(400).end();\n  const proc = spawn('convert', ['-', '-resize', `${width}x`, 'png:-'], { shell: false });\n  req.pipe(proc.stdin);\n  res.type('image/png');\n  proc.stdout.pipe(res);\n  proc.on('error', () => res.status(500).end());\n});\n\napp.listen(3000);\n"
 },
 {
  "name": "js_webhook_hmac",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "wave": 2,
  "code": "const express = require('express');\nconst crypto = require('crypto');\n\nconst app = express();\nconst SECRET = process.env.WEBHOOK_SECRET;\n\napp.post('/webhooks/github', express.raw({ type: 'application/json' }), (req, res) => {\n  const sig = req.get('X-Hub-Signature-256') || '';\n  const expected = 'sha256=' + crypto.createHmac('sha256', SECRET).update(req.body).digest('hex');\n  const a = Buffer.from(sig);\n  const b = Buffer.from(expected);\n  if (a.length !== b.length || !crypto.timingSafeEqual(a, b)) {\n    return res.status(401).send('bad signature');\n  }\n  const event = JSON.parse(req.body.toString('utf8'));\n  console.log('push to %s by %s', event.repository?.full_name, event.pusher?.name);\n  res.sendStatus(204);\n});\n\napp.listen(4000);\n"
 },
 {
  "name": "js_yaml_loader",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "wave": 2,
  "code": "const fs = require('fs');\nconst path = require('path');\nconst yaml = require('js-yaml');\n\nconst CONFIG_DIR = path.join(__dirname, '..', 'config');\n\nfunction loadConfig(env = process.env.NODE_ENV || 'development') {\n  const base = yaml.load(fs.readFileSync(path.join(CONFIG_DIR, 'default.yml'), 'utf8'));\n  const file = path.join(CONFIG_DIR, `${env}.yml`);\n  const overrides = fs.existsSync(file) ? yaml.load(fs.readFileSync(file, 'utf8')) : {};\n  return { ...base, ...overrides };\n}\n\nmodule.exports = { loadConfig };\n",
  "gap": "js-yaml load() stays flagged (v4 load is safe; v3 load is not and the version is unknown), and a helper parameter defaulting to NODE_ENV joined into a path counts as a parameter path"
 },
 {
  "name": "rs_aes_gcm",
  "kind": "safe",
  "lang": "rust",
  "cwe": 0,
  "wave": 2,
  "code": "use aes_gcm::aead::{Aead, KeyInit, OsRng};\nuse aes_gcm::{AeadCore, Aes256Gcm, Key, Nonce};\n\npub fn encrypt(key: &[u8; 32], plaintext: &[u8]) -> Result<Vec<u8>, aes_gcm::Error> {\n    let cipher = Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(key));\n    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);\n    let mut out = nonce.to_vec();\n    out.extend(cipher.encrypt(&nonce, plaintext)?);\n    Ok(out)\n}\n\npub fn decrypt(key: &[u8; 32], data: &[u8]) -> Result<Vec<u8>, aes_gcm::Error> {\n    if data.len() < 12 {\n        return Err(aes_gcm::Error);\n    }\n    let (nonce, ct) = data.split_at(12);\n    let cipher = Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(key));\n    cipher.decrypt(Nonce::from_slice(nonce), ct)\n}\n"
 },
 {
  "name": "rs_askama_page",
  "kind": "safe",
  "lang": "rust",
  "cwe": 0,
  "wave": 2,
  "code": "use askama::Template;\nuse axum::{extract::Query, response::Html};\nuse serde::Deserialize;\n\n#[derive(Template)]\n#[template(path = \"search.html\")]\nstruct SearchPage<'a> { query: &'a str, results: Vec<String> }\n\n#[derive(Deserialize)]\npub struct Params { q: Option<String> }\n\npub async fn search(Query(p): Query<Params>) -> Html<String> {\n    let q = p.q.unwrap_or_default();\n    let results = [\"apple\", \"banana\", \"cherry\"]\n        .iter()\n        .filter(|s| s.contains(q.as_str()))\n        .map(|s| s.to_string())\n        .collect();\n    Html(SearchPage { query: &q, results }.render().unwrap())\n}\n"
 },
 {
  "name": "rs_axum_static",
  "kind": "safe",
  "lang": "rust",
  "cwe": 0,
  "wave": 2,
  "code": "use axum::{routing::get, Router};\nuse std::net::SocketAddr;\nuse tower_http::{services::ServeDir, trace::TraceLayer};\n\nasync fn health() -> &'static str {\n    \"ok\"\n}\n\n#[tokio::main]\nasync fn main() {\n    tracing_subscriber::fmt::init();\n    let port: u16 = std::env::var(\"PORT\").ok().and_then(|p| p.parse().ok()).unwrap_or(3000);\n    let app = Router::new()\n        .route(\"/health\", get(health))\n        .nest_service(\"/assets\", ServeDir::new(\"assets\"))\n        .layer(TraceLayer::new_for_http());\n    let addr = SocketAddr::from(([0, 0, 0, 0], port));\n    tracing::info!(\"listening on {}\", addr);\n    let listener = tokio::net::TcpListener::bind(addr).await.unwrap();\n    axum::serve(listener, app).await.unwrap();\n}\n"
 },
 {
  "name": "rs_clap_config",
  "kind": "safe",
  "lang": "rust",
  "cwe": 0,
  "wave": 2,
  "code": "use clap::{Parser, Subcommand};\nuse serde::Deserialize;\nuse std::path::PathBuf;\n\n#[derive(Parser)]\nstruct Cli {\n    #[arg(short, long, default_value = \"deploy.toml\")]\n    config: PathBuf,\n    #[command(subcommand)]\n    cmd: Cmd,\n}\n\n#[derive(Subcommand)]\nenum Cmd { Check, Show { key: String } }\n\n#[derive(Deserialize)]\nstruct Config { name: String, region: String, replicas: u32 }\n\nfn main() -> anyhow::Result<()> {\n    let cli = Cli::parse();\n    let text = std::fs::read_to_string(&cli.config)?;\n    let cfg: Config = toml::from_str(&text)?;\n    match cli.cmd {\n        Cmd::Check => println!(\"{} ok ({} replicas in {})\", cfg.name, cfg.replicas, cfg.region),\n        Cmd::Show { key } => match key.as_str() {\n            \"name\" => println!(\"{}\", cfg.name),\n            \"region\" => println!(\"{}\", cfg.region),\n            _ => eprintln!(\"unknown key {key}\"),\n        },\n    }\n    Ok(())\n}\n"
 },
 {
  "name": "rs_git_args",
  "kind": "safe",
  "lang": "rust",
  "cwe": 0,
  "wave": 2,
  "code": "use std::process::Command;\n\npub fn log_for_branch(repo: &str, branch: &str) -> std::io::Result<String> {\n    if branch.starts_with('-') {\n        return Err(std::io::Error::new(std::io::ErrorKind::InvalidInput, \"bad branch\"));\n    }\n    let out = Command::new(\"git\")\n        .args([\"-C\", repo, \"log\", \"--oneline\", \"-n\", \"20\", branch, \"--\"])\n        .output()?;\n    Ok(String::from_utf8_lossy(&out.stdout).into_owned())\n}\n"
 },
 {
  "name": "rs_slice_unsafe",
  "kind": "safe",
  "lang": "rust",
  "cwe": 0,
  "wave": 2,
  "code": "/// Reinterpret a byte buffer as little-endian u32 words without copying when aligned.\npub fn as_words(bytes: &[u8]) -> Option<&[u32]> {\n    if bytes.len() % 4 != 0 || (bytes.as_ptr() as usize) % std::mem::align_of::<u32>() != 0 {\n        return None;\n    }\n    // SAFETY: length is a multiple of 4 and the pointer is aligned for u32; lifetime is tied to `bytes`.\n    Some(unsafe { std::slice::from_raw_parts(bytes.as_ptr() as *const u32, bytes.len() / 4) })\n}\n\npub fn checksum(words: &[u32]) -> u32 {\n    words.iter().fold(0u32, |acc, w| acc.wrapping_add(*w).rotate_left(5))\n}\n"
 },
 {
  "name": "rs_tempfile_test",
  "kind": "safe",
  "lang": "rust",
  "cwe": 0,
  "wave": 2,
  "code": "use std::fs;\nuse std::io::Write;\n\npub fn count_lines(path: &std::path::Path) -> std::io::Result<usize> {\n    Ok(fs::read_to_string(path)?.lines().count())\n}\n\n#[cfg(test)]\nmod tests {\n    use super::*;\n    use tempfile::NamedTempFile;\n\n    #[test]\n    fn counts_lines() {\n        let mut f = NamedTempFile::new().unwrap();\n        writeln!(f, \"a\\nb\\nc\").unwrap();\n        assert_eq!(count_lines(f.path()).unwrap(), 3);\n    }\n}\n"
 },
 {
  "name": "ts_prisma_next",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 0,
  "wave": 2,
  "code": "import type { NextApiRequest, NextApiResponse } from 'next';\nimport { PrismaClient } from '@prisma/client';\nimport { z } from 'zod';\n\nconst prisma = new PrismaClient();\nconst Body = z.object({ title: z.string().min(1).max(200), content: z.string().max(10000) });\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  if (req.method === 'GET') {\n    const page = Math.max(1, Number(req.query.page) || 1);\n    const posts = await prisma.post.findMany({ skip: (page - 1) * 20, take: 20, orderBy: { createdAt: 'desc' } });\n    return res.json(posts);\n  }\n  if (req.method === 'POST') {\n    const parsed = Body.safeParse(req.body);\n    if (!parsed.success) return res.status(400).json(parsed.error.flatten());\n    const post = await prisma.post.create({ data: parsed.data });\n    return res.status(201).json(post);\n  }\n  res.setHeader('Allow', 'GET, POST');\n  res.status(405).end();\n}\n"
 },
 {
  "name": "ts_react_form",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 0,
  "wave": 2,
  "code": "import { useState, type FormEvent } from 'react';\n\nexport function LoginForm({ onLogin }: { onLogin: (token: string) => void }) {\n  const [email, setEmail] = useState('');\n  const [password, setPassword] = useState('');\n  const [error, setError] = useState<string | null>(null);\n\n  async function submit(e: FormEvent) {\n    e.preventDefault();\n    const res = await fetch('/api/login', {\n      method: 'POST',\n      headers: { 'Content-Type': 'application/json' },\n      body: JSON.stringify({ email, password }),\n      credentials: 'same-origin',\n    });\n    if (!res.ok) return setError('Invalid email or password');\n    const { token } = await res.json();\n    onLogin(token);\n  }\n\n  return (\n    <form onSubmit={submit}>\n      {error && <p role=\"alert\">{error}</p>}\n      <input type=\"email\" value={email} onChange={(e) => setEmail(e.target.value)} />\n      <input type=\"password\" value={password} onChange={(e) => setPassword(e.target.value)} />\n      <a href={`/reset?email=${encodeURIComponent(email)}`}>Forgot password?</a>\n      <button type=\"submit\">Sign in</button>\n    </form>\n  );\n}\n"
 },
 {
  "name": "ts_vite_plugin",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 0,
  "wave": 2,
  "code": "import type { Plugin } from 'vite';\nimport { execFileSync } from 'node:child_process';\nimport { createHash } from 'node:crypto';\n\nexport function buildInfo(): Plugin {\n  const id = 'virtual:build-info';\n  return {\n    name: 'build-info',\n    resolveId(source) {\n      return source === id ? '\\0' + id : null;\n    },\n    load(resolved) {\n      if (resolved !== '\\0' + id) return null;\n      const sha = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();\n      const short = createHash('sha1').update(sha).digest('hex').slice(0, 7);\n      return `export default ${JSON.stringify({ sha, short, builtAt: new Date().toISOString() })};`;\n    },\n  };\n}\n"
 },
 {
  "name": "c_v_sprintf_name",
  "kind": "vuln",
  "lang": "c",
  "cwe": 120,
  "wave": 2,
  "code": "#include <stdio.h>\n#include <sys/socket.h>\n\nvoid greet(int fd) {\n    char name[256];\n    char reply[64];\n    ssize_t n = recv(fd, name, sizeof name - 1, 0);\n    if (n <= 0) return;\n    name[n] = '\\0';\n    sprintf(reply, \"Hello, %s!\\n\", name);\n    send(fd, reply, sizeof reply, 0);\n}\n"
 },
 {
  "name": "c_v_printf_arg",
  "kind": "vuln",
  "lang": "c",
  "cwe": 134,
  "wave": 2,
  "code": "#include <stdio.h>\n\nint main(int argc, char **argv) {\n    if (argc > 1) {\n        printf(argv[1]);\n        printf(\"\\n\");\n    }\n    return 0;\n}\n"
 },
 {
  "name": "go_v_servefile",
  "kind": "vuln",
  "lang": "go",
  "cwe": 22,
  "wave": 2,
  "code": "package main\n\nimport (\n\t\"net/http\"\n\t\"path/filepath\"\n)\n\nfunc main() {\n\thttp.HandleFunc(\"/files\", func(w http.ResponseWriter, r *http.Request) {\n\t\thttp.ServeFile(w, r, filepath.Join(\"/srv/static\", r.URL.Query().Get(\"f\")))\n\t})\n\thttp.ListenAndServe(\":8080\", nil)\n}\n"
 },
 {
  "name": "go_v_sh_c",
  "kind": "vuln",
  "lang": "go",
  "cwe": 78,
  "wave": 2,
  "code": "package main\n\nimport (\n\t\"net/http\"\n\t\"os/exec\"\n)\n\nfunc run(w http.ResponseWriter, r *http.Request) {\n\tout, err := exec.Command(\"sh\", \"-c\", \"tar czf /tmp/backup.tgz \"+r.FormValue(\"dir\")).CombinedOutput()\n\tif err != nil {\n\t\thttp.Error(w, string(out), 500)\n\t\treturn\n\t}\n\tw.Write(out)\n}\n\nfunc main() {\n\thttp.HandleFunc(\"/backup\", run)\n\thttp.ListenAndServe(\":8080\", nil)\n}\n"
 },
 {
  "name": "js_v_redirect_next",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 601,
  "wave": 2,
  "code": "const express = require('express');\nconst app = express();\n\napp.post('/login', express.urlencoded({ extended: false }), (req, res) => {\n  if (req.body.user === 'admin') {\n    res.cookie('sid', 'abc', { httpOnly: true });\n    return res.redirect(req.query.next);\n  }\n  res.status(401).send('no');\n});\napp.listen(3000);\n"
 },
 {
  "name": "js_v_vm_expr",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 94,
  "wave": 2,
  "code": "const express = require('express');\nconst vm = require('vm');\nconst app = express();\napp.use(express.json());\n\napp.post('/calc', (req, res) => {\n  const result = vm.runInNewContext(req.body.expression, { Math });\n  res.json({ result });\n});\napp.listen(3000);\n"
 },
 {
  "name": "rs_v_read_path",
  "kind": "vuln",
  "lang": "rust",
  "cwe": 22,
  "wave": 2,
  "code": "use axum::{extract::Path, http::StatusCode, routing::get, Router};\n\nasync fn file(Path(name): Path<String>) -> Result<String, StatusCode> {\n    std::fs::read_to_string(format!(\"/srv/docs/{}\", name)).map_err(|_| StatusCode::NOT_FOUND)\n}\n\npub fn app() -> Router { Router::new().route(\"/docs/:name\", get(file)) }\n"
 },
 {
  "name": "rs_v_invalid_certs",
  "kind": "vuln",
  "lang": "rust",
  "cwe": 295,
  "wave": 2,
  "code": "use reqwest::Client;\n\npub async fn fetch_status(url: &str) -> reqwest::Result<u16> {\n    let client = Client::builder().danger_accept_invalid_certs(true).build()?;\n    Ok(client.get(url).send().await?.status().as_u16())\n}\n"
 },
 {
  "name": "c_pthread_counter",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 3,
  "code": "#include <pthread.h>\n#include <stdio.h>\n\n#define NTHREADS 8\nstatic long counter;\nstatic pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;\n\nstatic void *work(void *arg) {\n    long n = (long)arg;\n    for (long i = 0; i < n; i++) {\n        pthread_mutex_lock(&lock);\n        counter++;\n        pthread_mutex_unlock(&lock);\n    }\n    return NULL;\n}\n\nint main(void) {\n    pthread_t t[NTHREADS];\n    for (int i = 0; i < NTHREADS; i++) pthread_create(&t[i], NULL, work, (void *)100000L);\n    for (int i = 0; i < NTHREADS; i++) pthread_join(t[i], NULL);\n    printf(\"%ld\\n\", counter);\n    return 0;\n}\n"
 },
 {
  "name": "c_read_header",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 3,
  "code": "#include <stdint.h>\n#include <stdio.h>\n#include <string.h>\n\nstruct bmp_info { uint32_t width, height; uint16_t bpp; };\n\nstatic uint32_t le32(const unsigned char *p) { return p[0] | p[1] << 8 | p[2] << 16 | (uint32_t)p[3] << 24; }\n\nint bmp_read_info(FILE *fp, struct bmp_info *out) {\n    unsigned char hdr[54];\n    if (fread(hdr, 1, sizeof hdr, fp) != sizeof hdr) return -1;\n    if (memcmp(hdr, \"BM\", 2) != 0) return -1;\n    out->width = le32(hdr + 18);\n    out->height = le32(hdr + 22);\n    out->bpp = (uint16_t)(hdr[28] | hdr[29] << 8);\n    if (out->width == 0 || out->width > 65535 || out->height > 65535) return -1;\n    return 0;\n}\n"
 },
 {
  "name": "c_strlcpy_cfg",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 3,
  "code": "#include <stdio.h>\n#include <string.h>\n\nstruct user_cfg { char name[32]; char shell[64]; };\n\nstatic void copy_field(char *dst, size_t dstsz, const char *src) {\n    size_t n = strnlen(src, dstsz - 1);\n    memcpy(dst, src, n);\n    dst[n] = '\\0';\n}\n\nint parse_passwd_line(const char *line, struct user_cfg *u) {\n    char buf[512];\n    snprintf(buf, sizeof buf, \"%s\", line);\n    char *save = NULL;\n    char *name = strtok_r(buf, \":\", &save);\n    if (!name) return -1;\n    for (int i = 0; i < 5; i++)\n        if (!strtok_r(NULL, \":\", &save)) return -1;\n    char *shell = strtok_r(NULL, \":\\n\", &save);\n    if (!shell) return -1;\n    copy_field(u->name, sizeof u->name, name);\n    copy_field(u->shell, sizeof u->shell, shell);\n    return 0;\n}\n"
 },
 {
  "name": "c_utf8_validate",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 3,
  "code": "#include <stddef.h>\n#include <stdint.h>\n\nint utf8_valid(const uint8_t *s, size_t n) {\n    size_t i = 0;\n    while (i < n) {\n        uint8_t c = s[i];\n        size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;\n        if (len == 0 || i + len > n) return 0;\n        for (size_t k = 1; k < len; k++)\n            if ((s[i + k] & 0xC0) != 0x80) return 0;\n        i += len;\n    }\n    return 1;\n}\n"
 },
 {
  "name": "cpp_filesystem_walk",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 0,
  "wave": 3,
  "code": "#include <filesystem>\n#include <iostream>\n#include <map>\n\nnamespace fs = std::filesystem;\n\nint main(int argc, char** argv) {\n    fs::path root = argc > 1 ? argv[1] : \".\";\n    std::map<std::string, std::uintmax_t> bytesByExt;\n    for (const auto& e : fs::recursive_directory_iterator(root, fs::directory_options::skip_permission_denied)) {\n        if (e.is_regular_file()) bytesByExt[e.path().extension().string()] += e.file_size();\n    }\n    for (const auto& [ext, bytes] : bytesByExt) std::cout << (ext.empty() ? \"(none)\" : ext) << \"\\t\" << bytes << \"\\n\";\n}\n"
 },
 {
  "name": "go_bcrypt_login",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 3,
  "code": "package auth\n\nimport (\n\t\"database/sql\"\n\t\"errors\"\n\n\t\"golang.org/x/crypto/bcrypt\"\n)\n\nvar ErrBadLogin = errors.New(\"invalid credentials\")\n\nfunc Register(db *sql.DB, email, password string) error {\n\thash, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)\n\tif err != nil {\n\t\treturn err\n\t}\n\t_, err = db.Exec(\"INSERT INTO users(email, password_hash) VALUES(?, ?)\", email, hash)\n\treturn err\n}\n\nfunc Login(db *sql.DB, email, password string) (int64, error) {\n\tvar id int64\n\tvar hash []byte\n\tif err := db.QueryRow(\"SELECT id, password_hash FROM users WHERE email = ?\", email).Scan(&id, &hash); err != nil {\n\t\treturn 0, ErrBadLogin\n\t}\n\tif bcrypt.CompareHashAndPassword(hash, []byte(password)) != nil {\n\t\treturn 0, ErrBadLogin\n\t}\n\treturn id, nil\n}\n"
 },
 {
  "name": "go_echo_validate",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 3,
  "code": "package main\n\nimport (\n\t\"net/http\"\n\t\"regexp\"\n\n\t\"github.com/labstack/echo/v4\"\n)\n\nvar slugRe = regexp.MustCompile(`^[a-z0-9-]{1,64}$`)\n\ntype Article struct {\n\tSlug  string `json:\"slug\"`\n\tTitle string `json:\"title\"`\n}\n\nvar articles = map[string]Article{\"hello-world\": {\"hello-world\", \"Hello, world\"}}\n\nfunc getArticle(c echo.Context) error {\n\tslug := c.Param(\"slug\")\n\tif !slugRe.MatchString(slug) {\n\t\treturn c.JSON(http.StatusBadRequest, map[string]string{\"error\": \"bad slug\"})\n\t}\n\ta, ok := articles[slug]\n\tif !ok {\n\t\treturn echo.NewHTTPError(http.StatusNotFound)\n\t}\n\treturn c.JSON(http.StatusOK, a)\n}\n\nfunc main() {\n\te := echo.New()\n\te.GET(\"/articles/:slug\", getArticle)\n\te.Logger.Fatal(e.Start(\":1323\"))\n}\n"
 },
 {
  "name": "go_graceful_shutdown",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 3,
  "code": "package main\n\nimport (\n\t\"context\"\n\t\"log\"\n\t\"net/http\"\n\t\"os\"\n\t\"os/signal\"\n\t\"syscall\"\n\t\"time\"\n)\n\nfunc main() {\n\tmux := http.NewServeMux()\n\tmux.HandleFunc(\"/healthz\", func(w http.ResponseWriter, _ *http.Request) { w.Write([]byte(\"ok\")) })\n\tsrv := &http.Server{Addr: \":8080\", Handler: mux, ReadHeaderTimeout: 5 * time.Second}\n\tgo func() {\n\t\tif err := srv.ListenAndServe(); err != nil && err != http.ErrServerClosed {\n\t\t\tlog.Fatal(err)\n\t\t}\n\t}()\n\tstop := make(chan os.Signal, 1)\n\tsignal.Notify(stop, syscall.SIGINT, syscall.SIGTERM)\n\t<-stop\n\tctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)\n\tdefer cancel()\n\tsrv.Shutdown(ctx)\n}\n"
 },
 {
  "name": "go_sha256_verify",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 3,
  "code": "package main\n\nimport (\n\t\"crypto/sha256\"\n\t\"encoding/hex\"\n\t\"fmt\"\n\t\"io\"\n\t\"os\"\n)\n\nfunc main() {\n\tif len(os.Args) != 3 {\n\t\tfmt.Fprintln(os.Stderr, \"usage: verify FILE SHA256\")\n\t\tos.Exit(2)\n\t}\n\tf, err := os.Open(os.Args[1])\n\tif err != nil {\n\t\tfmt.Fprintln(os.Stderr, err)\n\t\tos.Exit(1)\n\t}\n\tdefer f.Close()\n\th := sha256.New()\n\tif _, err := io.Copy(h, f); err != nil {\n\t\tfmt.Fprintln(os.Stderr, err)\n\t\tos.Exit(1)\n\t}\n\tif got := hex.EncodeToString(h.Sum(nil)); got != os.Args[2] {\n\t\tfmt.Printf(\"MISMATCH %s\\n\", got)\n\t\tos.Exit(1)\n\t}\n\tfmt.Println(\"OK\")\n}\n"
 },
 {
  "name": "go_template_text_email",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 3,
  "code": "package mail\n\nimport (\n\t\"bytes\"\n\t\"text/template\"\n)\n\nvar welcome = template.Must(template.New(\"welcome\").Parse(`Hi {{.Name}},\n\nThanks for signing up. Your account {{.Email}} is ready.\n`))\n\nfunc WelcomeBody(name, email string) (string, error) {\n\tvar buf bytes.Buffer\n\terr := welcome.Execute(&buf, struct{ Name, Email string }{name, email})\n\treturn buf.String(), err\n}\n"
 },
 {
  "name": "js_eslint_rule",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "wave": 3,
  "code": "module.exports = {\n  meta: { type: 'problem', docs: { description: 'disallow console.log in src' }, schema: [] },\n  create(context) {\n    return {\n      CallExpression(node) {\n        const callee = node.callee;\n        if (callee.type === 'MemberExpression' && callee.object.name === 'console' && callee.property.name === 'log') {\n          context.report({ node, message: 'Unexpected console.log' });\n        }\n      },\n    };\n  },\n};\n"
 },
 {
  "name": "js_koa_router",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "wave": 3,
  "code": "const Koa = require('koa');\nconst Router = require('@koa/router');\nconst bodyParser = require('koa-bodyparser');\nconst { Pool } = require('pg');\n\nconst pool = new Pool();\nconst app = new Koa();\nconst router = new Router();\n\nrouter.get('/users/:id', async (ctx) => {\n  const { rows } = await pool.query('SELECT id, name FROM users WHERE id = $1', [ctx.params.id]);\n  if (!rows.length) ctx.throw(404, 'not found');\n  ctx.body = rows[0];\n});\n\nrouter.post('/users', async (ctx) => {\n  const { name, email } = ctx.request.body;\n  const { rows } = await pool.query('INSERT INTO users(name, email) VALUES ($1, $2) RETURNING id', [name, email]);\n  ctx.status = 201;\n  ctx.body = { id: rows[0].id };\n});\n\napp.use(bodyParser()).use(router.routes()).use(router.allowedMethods());\napp.listen(3000);\n"
 },
 {
  "name": "js_postmessage_origin",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "wave": 3,
  "code": "const TRUSTED_ORIGIN = 'https://widgets.example.com';\n\nwindow.addEventListener('message', (event) => {\n  if (event.origin !== TRUSTED_ORIGIN) return;\n  const { type, height } = event.data || {};\n  if (type === 'resize' && Number.isFinite(height)) {\n    document.getElementById('widget-frame').style.height = `${Math.min(height, 2000)}px`;\n  }\n});\n"
 },
 {
  "name": "js_service_worker",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "wave": 3,
  "code": "const CACHE = 'app-v3';\nconst ASSETS = ['/', '/index.html', '/app.js', '/styles.css'];\n\nself.addEventListener('install', (event) => {\n  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(ASSETS)));\n});\n\nself.addEventListener('activate', (event) => {\n  event.waitUntil(\n    caches.keys().then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))\n  );\n});\n\nself.addEventListener('fetch', (event) => {\n  if (event.request.method !== 'GET') return;\n  event.respondWith(caches.match(event.request).then((hit) => hit || fetch(event.request)));\n});\n"
 },
 {
  "name": "js_stream_csv",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "wave": 3,
  "code": "const fs = require('fs');\nconst readline = require('readline');\n\nasync function summarize(file) {\n  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });\n  const totals = new Map();\n  let header = null;\n  for await (const line of rl) {\n    const cols = line.split(',');\n    if (!header) {\n      header = cols;\n      continue;\n    }\n    const region = cols[header.indexOf('region')];\n    const amount = Number(cols[header.indexOf('amount')]) || 0;\n    totals.set(region, (totals.get(region) || 0) + amount);\n  }\n  return Object.fromEntries(totals);\n}\n\nsummarize(process.argv[2]).then((t) => console.table(t));\n"
 },
 {
  "name": "rs_actix_path_id",
  "kind": "safe",
  "lang": "rust",
  "cwe": 0,
  "wave": 3,
  "code": "use actix_web::{get, web, HttpResponse, Responder};\nuse sqlx::SqlitePool;\n\n#[get(\"/users/{id}\")]\nasync fn user(pool: web::Data<SqlitePool>, id: web::Path<u32>) -> impl Responder {\n    let row: Option<(String,)> = sqlx::query_as(\"SELECT name FROM users WHERE id = ?\")\n        .bind(id.into_inner())\n        .fetch_optional(pool.get_ref())\n        .await\n        .unwrap_or(None);\n    match row {\n        Some((name,)) => HttpResponse::Ok().json(serde_json::json!({ \"name\": name })),\n        None => HttpResponse::NotFound().finish(),\n    }\n}\n"
 },
 {
  "name": "rs_diesel_repo",
  "kind": "safe",
  "lang": "rust",
  "cwe": 0,
  "wave": 3,
  "code": "use diesel::prelude::*;\n\ntable! {\n    posts (id) {\n        id -> Int4,\n        title -> Varchar,\n        published -> Bool,\n    }\n}\n\n#[derive(Queryable)]\npub struct Post { pub id: i32, pub title: String, pub published: bool }\n\npub fn published_posts(conn: &mut PgConnection, search: &str) -> QueryResult<Vec<Post>> {\n    use self::posts::dsl::*;\n    posts\n        .filter(published.eq(true))\n        .filter(title.ilike(format!(\"%{}%\", search)))\n        .order(id.desc())\n        .limit(50)\n        .load::<Post>(conn)\n}\n"
 },
 {
  "name": "rs_serde_parse",
  "kind": "safe",
  "lang": "rust",
  "cwe": 0,
  "wave": 3,
  "code": "use serde::{Deserialize, Serialize};\n\n#[derive(Debug, Serialize, Deserialize, PartialEq)]\n#[serde(rename_all = \"camelCase\")]\npub struct Event {\n    pub event_id: String,\n    pub kind: Kind,\n    #[serde(default)]\n    pub tags: Vec<String>,\n}\n\n#[derive(Debug, Serialize, Deserialize, PartialEq)]\n#[serde(rename_all = \"snake_case\")]\npub enum Kind { Created, Updated, Deleted }\n\npub fn parse_events(input: &str) -> Result<Vec<Event>, serde_json::Error> {\n    input.lines().filter(|l| !l.trim().is_empty()).map(serde_json::from_str).collect()\n}\n\npub fn to_line(e: &Event) -> String {\n    serde_json::to_string(e).expect(\"event serializes\")\n}\n"
 },
 {
  "name": "rs_token_thread_rng",
  "kind": "safe",
  "lang": "rust",
  "cwe": 0,
  "wave": 3,
  "code": "use rand::distributions::Alphanumeric;\nuse rand::{thread_rng, Rng};\n\npub fn api_key() -> String {\n    thread_rng().sample_iter(&Alphanumeric).take(40).map(char::from).collect()\n}\n\npub fn dice(n: usize) -> Vec<u8> {\n    let mut rng = thread_rng();\n    (0..n).map(|_| rng.gen_range(1..=6)).collect()\n}\n"
 },
 {
  "name": "rs_walkdir_cli",
  "kind": "safe",
  "lang": "rust",
  "cwe": 0,
  "wave": 3,
  "code": "use clap::Parser;\nuse std::path::PathBuf;\nuse walkdir::WalkDir;\n\n#[derive(Parser)]\nstruct Args {\n    root: PathBuf,\n    #[arg(long, default_value_t = 1_000_000)]\n    min_size: u64,\n}\n\nfn main() {\n    let args = Args::parse();\n    for entry in WalkDir::new(&args.root).into_iter().filter_map(Result::ok) {\n        if let Ok(meta) = entry.metadata() {\n            if meta.is_file() && meta.len() >= args.min_size {\n                println!(\"{:>12} {}\", meta.len(), entry.path().display());\n            }\n        }\n    }\n}\n"
 },
 {
  "name": "ts_redis_ratelimit",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 0,
  "wave": 3,
  "code": "import type { Request, Response, NextFunction } from 'express';\nimport Redis from 'ioredis';\n\nconst redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379');\n\nexport function rateLimit(limit = 100, windowSec = 60) {\n  return async (req: Request, res: Response, next: NextFunction) => {\n    const key = `rl:${req.ip}:${Math.floor(Date.now() / 1000 / windowSec)}`;\n    const count = await redis.incr(key);\n    if (count === 1) await redis.expire(key, windowSec);\n    res.setHeader('X-RateLimit-Remaining', String(Math.max(0, limit - count)));\n    if (count > limit) return res.status(429).json({ error: 'too many requests' });\n    next();\n  };\n}\n"
 },
 {
  "name": "ts_zod_env",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 0,
  "wave": 3,
  "code": "import { z } from 'zod';\nimport { readFileSync } from 'node:fs';\n\nconst Env = z.object({\n  PORT: z.coerce.number().int().min(1).max(65535).default(3000),\n  DATABASE_URL: z.string().url(),\n  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),\n  TLS_CERT_FILE: z.string().optional(),\n});\n\nexport const env = Env.parse(process.env);\nexport const tlsCert = env.TLS_CERT_FILE ? readFileSync(env.TLS_CERT_FILE) : undefined;\n"
 },
 {
  "name": "c_v_use_after_free",
  "kind": "vuln",
  "lang": "c",
  "cwe": 416,
  "wave": 3,
  "code": "#include <stdlib.h>\n#include <string.h>\n#include <stdio.h>\n\nstruct session { char user[32]; int id; };\n\nvoid end_session(struct session *s) {\n    free(s);\n    printf(\"closed session %d for %s\\n\", s->id, s->user);\n}\n"
 },
 {
  "name": "go_v_mathrand_token",
  "kind": "vuln",
  "lang": "go",
  "cwe": 338,
  "wave": 3,
  "code": "package auth\n\nimport (\n\t\"math/rand\"\n\t\"net/http\"\n)\n\nconst letters = \"abcdefghijklmnopqrstuvwxyz0123456789\"\n\nfunc resetToken() string {\n\tb := make([]byte, 24)\n\tfor i := range b {\n\t\tb[i] = letters[rand.Intn(len(letters))]\n\t}\n\treturn string(b)\n}\n\nfunc SendReset(w http.ResponseWriter, r *http.Request) {\n\ttoken := resetToken()\n\thttp.SetCookie(w, &http.Cookie{Name: \"reset_token\", Value: token})\n}\n"
 },
 {
  "name": "js_v_merge_proto",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 1321,
  "wave": 3,
  "code": "const express = require('express');\nconst app = express();\napp.use(express.json());\n\nfunction merge(target, source) {\n  for (const key in source) {\n    if (typeof source[key] === 'object' && source[key] !== null) {\n      if (!target[key]) target[key] = {};\n      merge(target[key], source[key]);\n    } else {\n      target[key] = source[key];\n    }\n  }\n  return target;\n}\n\nconst settings = {};\napp.post('/settings', (req, res) => {\n  merge(settings, req.body);\n  res.json(settings);\n});\napp.listen(3000);\n"
 },
 {
  "name": "rs_v_seeded_token",
  "kind": "vuln",
  "lang": "rust",
  "cwe": 335,
  "wave": 3,
  "code": "use rand::{rngs::StdRng, Rng, SeedableRng};\n\npub fn session_token() -> String {\n    let mut rng = StdRng::seed_from_u64(1234);\n    (0..32).map(|_| format!(\"{:x}\", rng.gen::<u8>() % 16)).collect()\n}\n"
 },
 {
  "name": "c_fgets_menu",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 4,
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nint main(void) {\n    char line[64];\n    double balance = 100.0;\n    for (;;) {\n        printf(\"1) deposit 2) withdraw 3) quit > \");\n        fflush(stdout);\n        if (!fgets(line, sizeof line, stdin)) break;\n        int choice = atoi(line);\n        if (choice == 3) break;\n        printf(\"amount: \");\n        if (!fgets(line, sizeof line, stdin)) break;\n        double amt = strtod(line, NULL);\n        if (amt <= 0 || amt > 1e6) { puts(\"invalid amount\"); continue; }\n        if (choice == 1) balance += amt;\n        else if (choice == 2 && amt <= balance) balance -= amt;\n        else puts(\"insufficient funds\");\n        printf(\"balance: %.2f\\n\", balance);\n    }\n    return 0;\n}\n"
 },
 {
  "name": "c_linked_list",
  "kind": "safe",
  "lang": "c",
  "cwe": 0,
  "wave": 4,
  "code": "#include <stdlib.h>\n\nstruct node { int value; struct node *next; };\n\nstruct node *list_push(struct node *head, int v) {\n    struct node *n = malloc(sizeof *n);\n    if (!n) return head;\n    n->value = v;\n    n->next = head;\n    return n;\n}\n\nstruct node *list_remove(struct node *head, int v) {\n    struct node **pp = &head;\n    while (*pp) {\n        if ((*pp)->value == v) {\n            struct node *dead = *pp;\n            *pp = dead->next;\n            free(dead);\n            break;\n        }\n        pp = &(*pp)->next;\n    }\n    return head;\n}\n\nvoid list_free(struct node *head) {\n    while (head) {\n        struct node *next = head->next;\n        free(head);\n        head = next;\n    }\n}\n"
 },
 {
  "name": "cpp_ostream_log",
  "kind": "safe",
  "lang": "cpp",
  "cwe": 0,
  "wave": 4,
  "code": "#include <chrono>\n#include <fstream>\n#include <iomanip>\n#include <mutex>\n#include <string>\n\nclass FileLogger {\npublic:\n    explicit FileLogger(const std::string& path) : out_(path, std::ios::app) {}\n    void info(const std::string& msg) { write(\"INFO\", msg); }\n    void error(const std::string& msg) { write(\"ERROR\", msg); }\n\nprivate:\n    void write(const char* level, const std::string& msg) {\n        std::lock_guard<std::mutex> lk(mu_);\n        auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());\n        out_ << std::put_time(std::gmtime(&now), \"%FT%TZ\") << \" [\" << level << \"] \" << msg << '\\n';\n        out_.flush();\n    }\n    std::ofstream out_;\n    std::mutex mu_;\n};\n"
 },
 {
  "name": "go_flag_server",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 4,
  "code": "package main\n\nimport (\n\t\"flag\"\n\t\"log\"\n\t\"net/http\"\n\t\"time\"\n)\n\nfunc main() {\n\taddr := flag.String(\"addr\", \":8080\", \"listen address\")\n\tdir := flag.String(\"dir\", \"./public\", \"directory to serve\")\n\tflag.Parse()\n\tsrv := &http.Server{\n\t\tAddr:         *addr,\n\t\tHandler:      http.FileServer(http.Dir(*dir)),\n\t\tReadTimeout:  10 * time.Second,\n\t\tWriteTimeout: 30 * time.Second,\n\t}\n\tlog.Printf(\"serving %s on %s\", *dir, *addr)\n\tlog.Fatal(srv.ListenAndServe())\n}\n"
 },
 {
  "name": "go_kafka_consumer",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 4,
  "code": "package consumer\n\nimport (\n\t\"context\"\n\t\"encoding/json\"\n\t\"log/slog\"\n\n\t\"github.com/segmentio/kafka-go\"\n)\n\ntype OrderPlaced struct {\n\tOrderID string  `json:\"order_id\"`\n\tTotal   float64 `json:\"total\"`\n}\n\nfunc Run(ctx context.Context, brokers []string, handle func(OrderPlaced) error) error {\n\tr := kafka.NewReader(kafka.ReaderConfig{Brokers: brokers, Topic: \"orders\", GroupID: \"billing\"})\n\tdefer r.Close()\n\tfor {\n\t\tm, err := r.ReadMessage(ctx)\n\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n\t\tvar ev OrderPlaced\n\t\tif err := json.Unmarshal(m.Value, &ev); err != nil {\n\t\t\tslog.Warn(\"skipping bad message\", \"offset\", m.Offset, \"err\", err)\n\t\t\tcontinue\n\t\t}\n\t\tif err := handle(ev); err != nil {\n\t\t\tslog.Error(\"handler failed\", \"order\", ev.OrderID, \"err\", err)\n\t\t}\n\t}\n}\n"
 },
 {
  "name": "go_table_test",
  "kind": "safe",
  "lang": "go",
  "cwe": 0,
  "wave": 4,
  "code": "package slug\n\nimport \"testing\"\n\nfunc TestSlugify(t *testing.T) {\n\tcases := []struct{ in, want string }{\n\t\t{\"Hello World\", \"hello-world\"},\n\t\t{\"  spaces  \", \"spaces\"},\n\t\t{\"Ünïcödé\", \"unicode\"},\n\t\t{\"a--b\", \"a-b\"},\n\t}\n\tfor _, c := range cases {\n\t\tt.Run(c.in, func(t *testing.T) {\n\t\t\tif got := Slugify(c.in); got != c.want {\n\t\t\t\tt.Errorf(\"Slugify(%q) = %q, want %q\", c.in, got, c.want)\n\t\t\t}\n\t\t})\n\t}\n}\n"
 },
 {
  "name": "js_jest_test.test",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "wave": 4,
  "code": "const request = require('supertest');\nconst { createApp } = require('../src/app');\n\ndescribe('GET /health', () => {\n  let app;\n  beforeAll(() => {\n    app = createApp({ dbUrl: 'postgres://test:test@localhost:5432/test' });\n  });\n\n  it('returns ok', async () => {\n    const res = await request(app).get('/health');\n    expect(res.status).toBe(200);\n    expect(res.body).toEqual({ ok: true });\n  });\n\n  it('rejects a bad id', async () => {\n    const res = await request(app).get('/users/abc');\n    expect(res.status).toBe(400);\n  });\n});\n"
 },
 {
  "name": "js_mongodb_driver",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "wave": 4,
  "code": "const { MongoClient, ObjectId } = require('mongodb');\nconst express = require('express');\n\nconst client = new MongoClient(process.env.MONGO_URL);\nconst app = express();\n\napp.get('/notes/:id', async (req, res) => {\n  if (!ObjectId.isValid(req.params.id)) return res.status(400).json({ error: 'bad id' });\n  const note = await client.db('app').collection('notes').findOne({ _id: new ObjectId(req.params.id) });\n  if (!note) return res.sendStatus(404);\n  res.json(note);\n});\n\napp.get('/notes', async (req, res) => {\n  const tag = String(req.query.tag || '');\n  const notes = await client.db('app').collection('notes').find({ tags: tag }).limit(50).toArray();\n  res.json(notes);\n});\n\nclient.connect().then(() => app.listen(3000));\n"
 },
 {
  "name": "js_pino_logger",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 0,
  "wave": 4,
  "code": "const pino = require('pino');\n\nconst logger = pino({\n  level: process.env.LOG_LEVEL || 'info',\n  redact: ['req.headers.authorization', 'req.headers.cookie', 'password'],\n});\n\nfunction requestLogger(req, res, next) {\n  const start = process.hrtime.bigint();\n  res.on('finish', () => {\n    const ms = Number(process.hrtime.bigint() - start) / 1e6;\n    logger.info({ method: req.method, url: req.originalUrl, status: res.statusCode, ms }, 'request');\n  });\n  next();\n}\n\nmodule.exports = { logger, requestLogger };\n"
 },
 {
  "name": "rs_thiserror_lib",
  "kind": "safe",
  "lang": "rust",
  "cwe": 0,
  "wave": 4,
  "code": "use std::num::ParseIntError;\nuse thiserror::Error;\n\n#[derive(Debug, Error)]\npub enum RangeError {\n    #[error(\"invalid number: {0}\")]\n    Parse(#[from] ParseIntError),\n    #[error(\"start {start} is after end {end}\")]\n    Inverted { start: u32, end: u32 },\n}\n\n/// Parse \"10-20\" into an inclusive range.\npub fn parse_range(s: &str) -> Result<std::ops::RangeInclusive<u32>, RangeError> {\n    let (a, b) = s.split_once('-').unwrap_or((s, s));\n    let (start, end) = (a.trim().parse()?, b.trim().parse()?);\n    if start > end {\n        return Err(RangeError::Inverted { start, end });\n    }\n    Ok(start..=end)\n}\n"
 },
 {
  "name": "rs_tokio_tcp",
  "kind": "safe",
  "lang": "rust",
  "cwe": 0,
  "wave": 4,
  "code": "use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};\nuse tokio::net::TcpListener;\n\n#[tokio::main]\nasync fn main() -> std::io::Result<()> {\n    let listener = TcpListener::bind(\"127.0.0.1:7000\").await?;\n    loop {\n        let (sock, peer) = listener.accept().await?;\n        tokio::spawn(async move {\n            let (r, mut w) = sock.into_split();\n            let mut lines = BufReader::new(r).lines();\n            while let Ok(Some(line)) = lines.next_line().await {\n                let reply = format!(\"{} chars\\n\", line.chars().count());\n                if w.write_all(reply.as_bytes()).await.is_err() {\n                    break;\n                }\n            }\n            eprintln!(\"{peer} disconnected\");\n        });\n    }\n}\n"
 },
 {
  "name": "ts_vscode_tree",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 0,
  "wave": 4,
  "code": "import * as vscode from 'vscode';\nimport * as path from 'path';\nimport { promises as fs } from 'fs';\n\nexport class TodoProvider implements vscode.TreeDataProvider<vscode.TreeItem> {\n  constructor(private readonly root: string) {}\n\n  getTreeItem(item: vscode.TreeItem) {\n    return item;\n  }\n\n  async getChildren(): Promise<vscode.TreeItem[]> {\n    const file = path.join(this.root, 'TODO.md');\n    let text = '';\n    try {\n      text = await fs.readFile(file, 'utf8');\n    } catch {\n      return [];\n    }\n    return text\n      .split('\\n')\n      .filter((l) => l.startsWith('- [ ]'))\n      .map((l) => new vscode.TreeItem(l.slice(6)));\n  }\n}\n"
 },
 {
  "name": "go_v_md5_password",
  "kind": "vuln",
  "lang": "go",
  "cwe": 328,
  "wave": 5,
  "code": "package auth\n\nimport (\n\t\"crypto/md5\"\n\t\"encoding/hex\"\n)\n\nfunc HashPassword(password string) string {\n\tsum := md5.Sum([]byte(password))\n\treturn hex.EncodeToString(sum[:])\n}\n"
 },
 {
  "name": "go_v_url_host_param",
  "kind": "vuln",
  "lang": "go",
  "cwe": 918,
  "wave": 5,
  "code": "package proxy\n\nimport (\n\t\"io\"\n\t\"net/http\"\n\t\"net/url\"\n)\n\nfunc Fetch(w http.ResponseWriter, r *http.Request) {\n\tu := url.URL{Scheme: \"https\", Host: r.URL.Query().Get(\"host\"), Path: \"/status\"}\n\tresp, err := http.Get(u.String())\n\tif err != nil {\n\t\thttp.Error(w, \"upstream\", http.StatusBadGateway)\n\t\treturn\n\t}\n\tdefer resp.Body.Close()\n\tio.Copy(w, resp.Body)\n}\n"
 },
 {
  "name": "js_v_env_then_query",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 22,
  "wave": 5,
  "code": "const express = require('express');\nconst fs = require('fs');\nconst path = require('path');\nconst app = express();\nconst ROOT = process.env.DOCS_DIR || '/srv/docs';\n\napp.get('/doc', (req, res) => {\n  res.type('text/plain').send(fs.readFileSync(path.join(ROOT, req.query.name), 'utf8'));\n});\napp.listen(3000);\n"
 },
 {
  "name": "js_v_sha1_password",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 328,
  "wave": 5,
  "code": "const crypto = require('crypto');\n\nfunction hashPassword(password, salt) {\n  return crypto.createHash('sha1').update(salt + password).digest('hex');\n}\n\nmodule.exports = { hashPassword };\n"
 },
 {
  "name": "js_v_mongo_query_obj",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 943,
  "wave": 5,
  "code": "const express = require('express');\nconst { MongoClient } = require('mongodb');\nconst client = new MongoClient(process.env.MONGO_URL);\nconst app = express();\napp.use(express.json());\n\napp.post('/login', async (req, res) => {\n  const user = await client.db('app').collection('users').findOne({ email: req.body.email, password: req.body.password });\n  res.json({ ok: !!user });\n});\napp.listen(3000);\n"
 },
 {
  "name": "rs_v_seed_const_var",
  "kind": "vuln",
  "lang": "rust",
  "cwe": 335,
  "wave": 5,
  "code": "use rand::{rngs::StdRng, Rng, SeedableRng};\n\nconst SEED: u64 = 7;\n\npub fn api_key() -> u128 {\n    let mut rng = StdRng::seed_from_u64(SEED);\n    rng.gen()\n}\n"
 }
];

describeProbes('round 11 safe-first probes (JavaScript/TypeScript, C/C++, Go, Rust)', PROBES);
