// Round 8 probe set for Java, C/C++, PHP and Go: everyday code as developers and code models write it
// (Spring / servlet controllers, JDBC / JPA, mysqli / PDO / WordPress / Laravel, net/http / gin / echo,
// libc / OpenSSL / libcurl), each vulnerable snippet with a realistic fixed twin. Written before the
// analyzer was run on them; the first-contact numbers are in code-rules/README.md (round 8).
// A vulnerable snippet must get a finding of its CWE class; a safe one must get no finding (rules of
// confidence low are asserted with minConfidence 'low' only where the class is an audit heuristic).
import { describe, expect, it } from 'vitest';
import { checkCode } from '../lib/code/index.js';

const CLASSES: Record<string, number[]> = {
  sqli: [89, 564, 943], cmdi: [78, 77, 88], codei: [94, 95, 1336, 917, 621], xss: [79, 80, 81, 83], path: [22, 23, 36, 73, 98, 434],
  ssrf: [918], xxe: [611, 776], deser: [502], hash: [328, 327, 916, 759, 760, 326, 329, 1240], random: [330, 338, 336],
  creds: [798, 259, 321, 256, 522], tls: [295, 319, 322], authz: [862, 284, 306, 285, 352], cookie: [614, 1004, 315, 539],
  redirect: [601], ldap: [90], xpath: [643, 91], trust: [501], log: [117],
  buffer: [120, 121, 122, 126, 129, 131, 242, 676, 680, 119, 787, 134, 125, 131, 170, 193, 195, 805, 806], intov: [190, 191, 789],
  uaf: [416, 415], tempfile: [377], perm: [732], jwt: [347], redos: [1333, 400, 730],
};
const classOf = (cwe: string) => {
  const n = Number(cwe.replace('CWE-', ''));
  for (const [k, v] of Object.entries(CLASSES)) if (v.includes(n)) return k;
  return cwe;
};

interface Probe { name: string; kind: 'vuln' | 'safe'; cwe: string; language: string; code: string; low: boolean; gap?: string; allow?: string[] }
const PROBES: Probe[] = [
 {
  "name": "c_curl_noverify.c",
  "kind": "vuln",
  "cwe": "CWE-295",
  "language": "c",
  "code": "#include <curl/curl.h>\n\nint fetch(const char *url) {\n    CURL *curl = curl_easy_init();\n    if (!curl) return -1;\n    curl_easy_setopt(curl, CURLOPT_URL, url);\n    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);\n    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);\n    CURLcode rc = curl_easy_perform(curl);\n    curl_easy_cleanup(curl);\n    return rc == CURLE_OK ? 0 : -1;\n}\n",
  "low": false
 },
 {
  "name": "c_double_free.c",
  "kind": "vuln",
  "cwe": "CWE-415",
  "language": "c",
  "code": "#include <stdlib.h>\n\nint process(size_t n) {\n    char *data = malloc(n);\n    if (!data) return -1;\n    if (n > 1024) {\n        free(data);\n    }\n    free(data);\n    return 0;\n}\n",
  "low": false
 },
 {
  "name": "c_fopen_user.c",
  "kind": "vuln",
  "cwe": "CWE-22",
  "language": "c",
  "code": "#include <stdio.h>\n#include <string.h>\n\nint main(void) {\n    char fname[128];\n    char path[256];\n    if (!fgets(fname, sizeof fname, stdin)) return 1;\n    fname[strcspn(fname, \"\\n\")] = 0;\n    snprintf(path, sizeof path, \"/srv/files/%s\", fname);\n    FILE *f = fopen(path, \"r\");\n    if (!f) return 1;\n    int c;\n    while ((c = fgetc(f)) != EOF) putchar(c);\n    fclose(f);\n    return 0;\n}\n",
  "low": false
 },
 {
  "name": "c_format_string.c",
  "kind": "vuln",
  "cwe": "CWE-134",
  "language": "c",
  "code": "#include <stdio.h>\n#include <syslog.h>\n\nvoid log_message(const char *msg) {\n    printf(msg);\n    syslog(LOG_INFO, msg);\n}\n\nint main(int argc, char **argv) {\n    if (argc > 1) log_message(argv[1]);\n    return 0;\n}\n",
  "low": false
 },
 {
  "name": "c_fprintf_fmt.c",
  "kind": "vuln",
  "cwe": "CWE-134",
  "language": "c",
  "code": "#include <stdio.h>\n\nvoid report_error(FILE *log, const char *user_input) {\n    char buf[256];\n    snprintf(buf, sizeof(buf), user_input);\n    fprintf(log, buf);\n}\n",
  "low": false
 },
 {
  "name": "c_gets.c",
  "kind": "vuln",
  "cwe": "CWE-242",
  "language": "c",
  "code": "#include <stdio.h>\n\nint main(void) {\n    char line[128];\n    printf(\"Enter your name: \");\n    gets(line);\n    printf(\"Hi %s\\n\", line);\n    return 0;\n}\n",
  "low": false
 },
 {
  "name": "c_hardcoded_pw.c",
  "kind": "vuln",
  "cwe": "CWE-798",
  "language": "c",
  "code": "#include <string.h>\n#include <stdio.h>\n\nstatic const char *ADMIN_PASSWORD = \"admin123!\";\n\nint check_login(const char *user, const char *pass) {\n    if (strcmp(user, \"admin\") == 0 && strcmp(pass, ADMIN_PASSWORD) == 0) {\n        return 1;\n    }\n    return 0;\n}\n",
  "low": false
 },
 {
  "name": "c_malloc_overflow.c",
  "kind": "vuln",
  "cwe": "CWE-190",
  "language": "c",
  "code": "#include <stdlib.h>\n#include <string.h>\n\nstruct record { int id; char name[64]; };\n\nstruct record *alloc_records(size_t count) {\n    struct record *r = malloc(count * sizeof(struct record));\n    if (!r) return NULL;\n    memset(r, 0, count * sizeof(struct record));\n    return r;\n}\n",
  "low": false
 },
 {
  "name": "c_memcpy_len.c",
  "kind": "vuln",
  "cwe": "CWE-787",
  "language": "c",
  "code": "#include <string.h>\n#include <stdint.h>\n#include <stddef.h>\n\nstruct packet { uint16_t len; uint8_t data[512]; };\n\nint parse_packet(const uint8_t *buf, size_t buflen, struct packet *pkt) {\n    if (buflen < 2) return -1;\n    pkt->len = (uint16_t)(buf[0] << 8 | buf[1]);\n    memcpy(pkt->data, buf + 2, pkt->len);\n    return 0;\n}\n",
  "low": false,
  "gap": "length read from a struct field filled from packet bytes (no field-sensitive taint)"
 },
 {
  "name": "c_off_by_one.c",
  "kind": "vuln",
  "cwe": "CWE-193",
  "language": "c",
  "code": "#include <stdio.h>\n\nint main(void) {\n    int scores[10];\n    for (int i = 0; i <= 10; i++) {\n        scores[i] = i * 10;\n    }\n    printf(\"%d\\n\", scores[0]);\n    return 0;\n}\n",
  "low": false
 },
 {
  "name": "c_popen_env.c",
  "kind": "vuln",
  "cwe": "CWE-78",
  "language": "c",
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nvoid show_user_files(void) {\n    char command[512] = \"find /home/\";\n    const char *user = getenv(\"TARGET_USER\");\n    strncat(command, user, sizeof(command) - strlen(command) - 1);\n    FILE *p = popen(command, \"r\");\n    char line[256];\n    while (fgets(line, sizeof line, p)) fputs(line, stdout);\n    pclose(p);\n}\n",
  "low": false
 },
 {
  "name": "c_rand_key.c",
  "kind": "vuln",
  "cwe": "CWE-338",
  "language": "c",
  "code": "#include <stdlib.h>\n#include <time.h>\n\nvoid generate_session_key(unsigned char *key, size_t len) {\n    srand((unsigned)time(NULL));\n    for (size_t i = 0; i < len; i++) {\n        key[i] = (unsigned char)(rand() % 256);\n    }\n}\n",
  "low": false
 },
 {
  "name": "c_scanf_s.c",
  "kind": "vuln",
  "cwe": "CWE-120",
  "language": "c",
  "code": "#include <stdio.h>\n\nstruct user { char name[16]; int age; };\n\nint main(void) {\n    struct user u;\n    printf(\"name age: \");\n    if (scanf(\"%s %d\", u.name, &u.age) != 2) return 1;\n    printf(\"%s is %d\\n\", u.name, u.age);\n    return 0;\n}\n",
  "low": false
 },
 {
  "name": "c_signed_len.c",
  "kind": "vuln",
  "cwe": "CWE-195",
  "language": "c",
  "code": "#include <string.h>\n\n#define MAX 64\n\nvoid copy_input(char *dst, const char *src, int len) {\n    if (len > MAX) return;\n    memcpy(dst, src, len);\n}\n",
  "low": false
 },
 {
  "name": "c_sprintf_overflow.c",
  "kind": "vuln",
  "cwe": "CWE-120",
  "language": "c",
  "code": "#include <stdio.h>\n\nvoid greet(const char *name) {\n    char buf[32];\n    sprintf(buf, \"Welcome back, %s! Your session is ready.\", name);\n    puts(buf);\n}\n",
  "low": false
 },
 {
  "name": "c_sql_exec_sprintf.c",
  "kind": "vuln",
  "cwe": "CWE-89",
  "language": "c",
  "code": "#include <sqlite3.h>\n#include <stdio.h>\n\nint delete_user(sqlite3 *db, const char *name) {\n    char sql[256];\n    char *err = NULL;\n    sprintf(sql, \"DELETE FROM users WHERE name = '%s';\", name);\n    return sqlite3_exec(db, sql, NULL, NULL, &err);\n}\n",
  "low": false
 },
 {
  "name": "c_strcat_path.c",
  "kind": "vuln",
  "cwe": "CWE-120",
  "language": "c",
  "code": "#include <string.h>\n#include <stdio.h>\n\nvoid build_path(char *out, const char *dir, const char *file) {\n    strcpy(out, dir);\n    strcat(out, \"/\");\n    strcat(out, file);\n}\n\nint main(int argc, char **argv) {\n    char path[64];\n    build_path(path, \"/var/data\", argv[1]);\n    FILE *f = fopen(path, \"r\");\n    if (f) fclose(f);\n    return 0;\n}\n",
  "low": false
 },
 {
  "name": "c_strcpy_arg.c",
  "kind": "vuln",
  "cwe": "CWE-120",
  "language": "c",
  "code": "#include <stdio.h>\n#include <string.h>\n\nint main(int argc, char *argv[]) {\n    char name[32];\n    if (argc < 2) return 1;\n    strcpy(name, argv[1]);\n    printf(\"Hello %s\\n\", name);\n    return 0;\n}\n",
  "low": false
 },
 {
  "name": "c_system.c",
  "kind": "vuln",
  "cwe": "CWE-78",
  "language": "c",
  "code": "#include <stdio.h>\n#include <stdlib.h>\n\nint main(int argc, char **argv) {\n    char cmd[256];\n    if (argc < 2) return 1;\n    snprintf(cmd, sizeof(cmd), \"ls -l %s\", argv[1]);\n    return system(cmd);\n}\n",
  "low": false
 },
 {
  "name": "c_uaf.c",
  "kind": "vuln",
  "cwe": "CWE-416",
  "language": "c",
  "code": "#include <stdlib.h>\n#include <string.h>\n#include <stdio.h>\n\ntypedef struct { char *buf; size_t len; } session_t;\n\nvoid close_session(session_t *s) {\n    free(s->buf);\n    free(s);\n    printf(\"closed session with %zu bytes\\n\", s->len);\n}\n",
  "low": false
 },
 {
  "name": "c_uaf_simple.c",
  "kind": "vuln",
  "cwe": "CWE-416",
  "language": "c",
  "code": "#include <stdlib.h>\n#include <string.h>\n#include <stdio.h>\n\nint main(void) {\n    char *msg = malloc(32);\n    if (!msg) return 1;\n    strcpy(msg, \"hello\");\n    free(msg);\n    printf(\"%s\\n\", msg);\n    return 0;\n}\n",
  "low": false
 },
 {
  "name": "cpp_md5.cpp",
  "kind": "vuln",
  "cwe": "CWE-328",
  "language": "cpp",
  "code": "#include <openssl/md5.h>\n#include <string>\n#include <cstdio>\n\nstd::string hash_password(const std::string &password) {\n    unsigned char digest[MD5_DIGEST_LENGTH];\n    MD5(reinterpret_cast<const unsigned char*>(password.data()), password.size(), digest);\n    char hex[33];\n    for (int i = 0; i < 16; i++) std::snprintf(hex + i * 2, 3, \"%02x\", digest[i]);\n    return std::string(hex, 32);\n}\n",
  "low": false
 },
 {
  "name": "cpp_sql_sqlite.cpp",
  "kind": "vuln",
  "cwe": "CWE-89",
  "language": "cpp",
  "code": "#include <sqlite3.h>\n#include <string>\n#include <iostream>\n\nbool user_exists(sqlite3 *db, const std::string &username) {\n    std::string sql = \"SELECT 1 FROM users WHERE name = '\" + username + \"';\";\n    sqlite3_stmt *stmt;\n    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) return false;\n    bool found = sqlite3_step(stmt) == SQLITE_ROW;\n    sqlite3_finalize(stmt);\n    return found;\n}\n",
  "low": false
 },
 {
  "name": "cpp_system_string.cpp",
  "kind": "vuln",
  "cwe": "CWE-78",
  "language": "cpp",
  "code": "#include <cstdlib>\n#include <iostream>\n#include <string>\n\nint main() {\n    std::string host;\n    std::cout << \"Host to ping: \";\n    std::getline(std::cin, host);\n    std::string cmd = \"ping -c 1 \" + host;\n    int rc = std::system(cmd.c_str());\n    return rc;\n}\n",
  "low": false
 },
 {
  "name": "g_cmd_alias.go",
  "kind": "vuln",
  "cwe": "CWE-78",
  "language": "go",
  "code": "package main\n\nimport (\n\t\"net/http\"\n\tex \"os/exec\"\n)\n\nfunc convert(w http.ResponseWriter, r *http.Request) {\n\tfile := r.URL.Query().Get(\"file\")\n\tcmd := ex.Command(\"bash\", \"-c\", \"convert \"+file+\" out.png\")\n\tif err := cmd.Run(); err != nil {\n\t\thttp.Error(w, err.Error(), 500)\n\t}\n}\n",
  "low": false
 },
 {
  "name": "g_cmd_helper.go",
  "kind": "vuln",
  "cwe": "CWE-78",
  "language": "go",
  "code": "package tools\n\nimport (\n\t\"fmt\"\n\t\"os/exec\"\n)\n\nfunc Archive(dir string) ([]byte, error) {\n\tscript := fmt.Sprintf(\"tar czf /tmp/backup.tgz %s\", dir)\n\treturn exec.Command(\"/bin/sh\", \"-c\", script).Output()\n}\n",
  "low": false
 },
 {
  "name": "g_cmd_shc.go",
  "kind": "vuln",
  "cwe": "CWE-78",
  "language": "go",
  "code": "package main\n\nimport (\n\t\"net/http\"\n\t\"os/exec\"\n)\n\nfunc ping(w http.ResponseWriter, r *http.Request) {\n\thost := r.FormValue(\"host\")\n\tout, err := exec.Command(\"sh\", \"-c\", \"ping -c 1 \"+host).CombinedOutput()\n\tif err != nil {\n\t\thttp.Error(w, \"failed\", 500)\n\t\treturn\n\t}\n\tw.Write(out)\n}\n",
  "low": false
 },
 {
  "name": "g_cookie.go",
  "kind": "vuln",
  "cwe": "CWE-614",
  "language": "go",
  "code": "package main\n\nimport \"net/http\"\n\nfunc setSession(w http.ResponseWriter, token string) {\n\thttp.SetCookie(w, &http.Cookie{\n\t\tName:  \"session\",\n\t\tValue: token,\n\t\tPath:  \"/\",\n\t})\n}\n",
  "low": false
 },
 {
  "name": "g_des.go",
  "kind": "vuln",
  "cwe": "CWE-327",
  "language": "go",
  "code": "package crypt\n\nimport (\n\t\"crypto/cipher\"\n\t\"crypto/des\"\n)\n\nfunc Encrypt(key, iv, plain []byte) ([]byte, error) {\n\tblock, err := des.NewCipher(key)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tout := make([]byte, len(plain))\n\tcipher.NewCBCEncrypter(block, iv).CryptBlocks(out, plain)\n\treturn out, nil\n}\n",
  "low": false
 },
 {
  "name": "g_echo_cmd.go",
  "kind": "vuln",
  "cwe": "CWE-78",
  "language": "go",
  "code": "package main\n\nimport (\n\t\"net/http\"\n\t\"os/exec\"\n\n\t\"github.com/labstack/echo/v4\"\n)\n\nfunc lookup(c echo.Context) error {\n\tdomain := c.QueryParam(\"domain\")\n\tout, err := exec.Command(\"sh\", \"-c\", \"whois \"+domain).Output()\n\tif err != nil {\n\t\treturn c.String(http.StatusInternalServerError, \"error\")\n\t}\n\treturn c.String(http.StatusOK, string(out))\n}\n",
  "low": false
 },
 {
  "name": "g_gin_path.go",
  "kind": "vuln",
  "cwe": "CWE-22",
  "language": "go",
  "code": "package main\n\nimport (\n\t\"github.com/gin-gonic/gin\"\n)\n\nfunc main() {\n\tr := gin.Default()\n\tr.GET(\"/download/:file\", func(c *gin.Context) {\n\t\tfile := c.Param(\"file\")\n\t\tc.File(\"./uploads/\" + file)\n\t})\n\tr.Run(\":8080\")\n}\n",
  "low": false
 },
 {
  "name": "g_gin_sqli.go",
  "kind": "vuln",
  "cwe": "CWE-89",
  "language": "go",
  "code": "package main\n\nimport (\n\t\"database/sql\"\n\t\"net/http\"\n\n\t\"github.com/gin-gonic/gin\"\n)\n\nvar db *sql.DB\n\nfunc searchProducts(c *gin.Context) {\n\tterm := c.Query(\"q\")\n\trows, err := db.Query(\"SELECT id, name FROM products WHERE name LIKE '%\" + term + \"%'\")\n\tif err != nil {\n\t\tc.JSON(http.StatusInternalServerError, gin.H{\"error\": \"db\"})\n\t\treturn\n\t}\n\tdefer rows.Close()\n\tc.JSON(http.StatusOK, gin.H{\"ok\": true})\n}\n",
  "low": false
 },
 {
  "name": "g_hardcoded.go",
  "kind": "vuln",
  "cwe": "CWE-798",
  "language": "go",
  "code": "package config\n\nimport (\n\t\"database/sql\"\n\t_ \"github.com/lib/pq\"\n)\n\nconst dbPassword = \"s3cr3t-Pa55\"\n\nfunc Open() (*sql.DB, error) {\n\treturn sql.Open(\"postgres\", \"host=db user=app password=\"+dbPassword+\" dbname=app sslmode=disable\")\n}\n",
  "low": false
 },
 {
  "name": "g_insecure_tls.go",
  "kind": "vuln",
  "cwe": "CWE-295",
  "language": "go",
  "code": "package client\n\nimport (\n\t\"crypto/tls\"\n\t\"net/http\"\n)\n\nfunc NewClient() *http.Client {\n\ttr := &http.Transport{\n\t\tTLSClientConfig: &tls.Config{InsecureSkipVerify: true},\n\t}\n\treturn &http.Client{Transport: tr}\n}\n",
  "low": false
 },
 {
  "name": "g_jwt_unverified.go",
  "kind": "vuln",
  "cwe": "CWE-347",
  "language": "go",
  "code": "package auth\n\nimport (\n\t\"github.com/golang-jwt/jwt/v5\"\n)\n\nfunc UserFromToken(tokenString string) (string, error) {\n\ttoken, _, err := new(jwt.Parser).ParseUnverified(tokenString, jwt.MapClaims{})\n\tif err != nil {\n\t\treturn \"\", err\n\t}\n\tclaims := token.Claims.(jwt.MapClaims)\n\treturn claims[\"sub\"].(string), nil\n}\n",
  "low": false
 },
 {
  "name": "g_mathrand_token.go",
  "kind": "vuln",
  "cwe": "CWE-338",
  "language": "go",
  "code": "package session\n\nimport (\n\t\"math/rand\"\n\t\"time\"\n)\n\nconst letters = \"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789\"\n\nfunc NewSessionID() string {\n\trand.Seed(time.Now().UnixNano())\n\tb := make([]byte, 32)\n\tfor i := range b {\n\t\tb[i] = letters[rand.Intn(len(letters))]\n\t}\n\treturn string(b)\n}\n",
  "low": false
 },
 {
  "name": "g_md5.go",
  "kind": "vuln",
  "cwe": "CWE-328",
  "language": "go",
  "code": "package auth\n\nimport (\n\t\"crypto/md5\"\n\t\"encoding/hex\"\n)\n\nfunc HashPassword(password string) string {\n\tsum := md5.Sum([]byte(password))\n\treturn hex.EncodeToString(sum[:])\n}\n",
  "low": false
 },
 {
  "name": "g_path_join.go",
  "kind": "vuln",
  "cwe": "CWE-22",
  "language": "go",
  "code": "package main\n\nimport (\n\t\"net/http\"\n\t\"os\"\n\t\"path/filepath\"\n)\n\nconst baseDir = \"/srv/static\"\n\nfunc serveFile(w http.ResponseWriter, r *http.Request) {\n\tname := r.URL.Query().Get(\"name\")\n\tp := filepath.Join(baseDir, name)\n\tdata, err := os.ReadFile(p)\n\tif err != nil {\n\t\thttp.NotFound(w, r)\n\t\treturn\n\t}\n\tw.Write(data)\n}\n",
  "low": false
 },
 {
  "name": "g_redirect.go",
  "kind": "vuln",
  "cwe": "CWE-601",
  "language": "go",
  "code": "package main\n\nimport \"net/http\"\n\nfunc login(w http.ResponseWriter, r *http.Request) {\n\tnext := r.URL.Query().Get(\"next\")\n\thttp.Redirect(w, r, next, http.StatusFound)\n}\n",
  "low": false
 },
 {
  "name": "g_sha1.go",
  "kind": "vuln",
  "cwe": "CWE-328",
  "language": "go",
  "code": "package util\n\nimport (\n\t\"crypto/sha1\"\n\t\"fmt\"\n)\n\nfunc Fingerprint(data []byte) string {\n\treturn fmt.Sprintf(\"%x\", sha1.Sum(data))\n}\n",
  "low": false,
  "gap": "go.weak-hash deliberately skips functions named for non-security digests (fingerprint, checksum, etag)"
 },
 {
  "name": "g_sqli_alias.go",
  "kind": "vuln",
  "cwe": "CWE-89",
  "language": "go",
  "code": "package store\n\nimport (\n\tsq \"database/sql\"\n)\n\ntype Store struct{ db *sq.DB }\n\nfunc (s *Store) DeleteByName(name string) error {\n\t_, err := s.db.Exec(\"DELETE FROM items WHERE name = '\" + name + \"'\")\n\treturn err\n}\n",
  "low": false
 },
 {
  "name": "g_sqli_builder.go",
  "kind": "vuln",
  "cwe": "CWE-89",
  "language": "go",
  "code": "package repo\n\nimport (\n\t\"database/sql\"\n\t\"strings\"\n)\n\nfunc ListUsers(db *sql.DB, sortBy string, roles []string) (*sql.Rows, error) {\n\tvar sb strings.Builder\n\tsb.WriteString(\"SELECT id, name FROM users WHERE role IN ('\")\n\tsb.WriteString(strings.Join(roles, \"','\"))\n\tsb.WriteString(\"') ORDER BY \")\n\tsb.WriteString(sortBy)\n\treturn db.Query(sb.String())\n}\n",
  "low": false
 },
 {
  "name": "g_sqli_sprintf.go",
  "kind": "vuln",
  "cwe": "CWE-89",
  "language": "go",
  "code": "package main\n\nimport (\n\t\"database/sql\"\n\t\"fmt\"\n\t\"net/http\"\n)\n\nvar db *sql.DB\n\nfunc getUser(w http.ResponseWriter, r *http.Request) {\n\tid := r.URL.Query().Get(\"id\")\n\tquery := fmt.Sprintf(\"SELECT name, email FROM users WHERE id = '%s'\", id)\n\trow := db.QueryRow(query)\n\tvar name, email string\n\tif err := row.Scan(&name, &email); err != nil {\n\t\thttp.Error(w, \"not found\", http.StatusNotFound)\n\t\treturn\n\t}\n\tfmt.Fprintf(w, \"%s <%s>\", name, email)\n}\n",
  "low": false
 },
 {
  "name": "g_ssrf.go",
  "kind": "vuln",
  "cwe": "CWE-918",
  "language": "go",
  "code": "package main\n\nimport (\n\t\"io\"\n\t\"net/http\"\n)\n\nfunc proxy(w http.ResponseWriter, r *http.Request) {\n\ttarget := r.URL.Query().Get(\"url\")\n\tresp, err := http.Get(target)\n\tif err != nil {\n\t\thttp.Error(w, \"fetch failed\", http.StatusBadGateway)\n\t\treturn\n\t}\n\tdefer resp.Body.Close()\n\tio.Copy(w, resp.Body)\n}\n",
  "low": false
 },
 {
  "name": "g_xss_fprintf.go",
  "kind": "vuln",
  "cwe": "CWE-79",
  "language": "go",
  "code": "package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n)\n\nfunc hello(w http.ResponseWriter, r *http.Request) {\n\tname := r.URL.Query().Get(\"name\")\n\tw.Header().Set(\"Content-Type\", \"text/html\")\n\tfmt.Fprintf(w, \"<h1>Hello, %s!</h1>\", name)\n}\n",
  "low": false
 },
 {
  "name": "g_xss_template_html.go",
  "kind": "vuln",
  "cwe": "CWE-79",
  "language": "go",
  "code": "package main\n\nimport (\n\t\"html/template\"\n\t\"net/http\"\n)\n\nvar page = template.Must(template.New(\"p\").Parse(\"<div>{{.Bio}}</div>\"))\n\nfunc profile(w http.ResponseWriter, r *http.Request) {\n\tbio := r.FormValue(\"bio\")\n\tpage.Execute(w, map[string]interface{}{\"Bio\": template.HTML(bio)})\n}\n",
  "low": false
 },
 {
  "name": "g_xss_text_template.go",
  "kind": "vuln",
  "cwe": "CWE-79",
  "language": "go",
  "code": "package main\n\nimport (\n\t\"net/http\"\n\t\"text/template\"\n)\n\nvar tmpl = template.Must(template.New(\"hello\").Parse(\"<h1>Hello, {{.Name}}!</h1>\"))\n\nfunc hello(w http.ResponseWriter, r *http.Request) {\n\tdata := struct{ Name string }{Name: r.URL.Query().Get(\"name\")}\n\tw.Header().Set(\"Content-Type\", \"text/html\")\n\ttmpl.Execute(w, data)\n}\n",
  "low": false
 },
 {
  "name": "g_zip_slip.go",
  "kind": "vuln",
  "cwe": "CWE-22",
  "language": "go",
  "code": "package archive\n\nimport (\n\t\"archive/zip\"\n\t\"io\"\n\t\"os\"\n\t\"path/filepath\"\n)\n\nfunc Unzip(src, dest string) error {\n\tr, err := zip.OpenReader(src)\n\tif err != nil {\n\t\treturn err\n\t}\n\tdefer r.Close()\n\tfor _, f := range r.File {\n\t\tpath := filepath.Join(dest, f.Name)\n\t\trc, err := f.Open()\n\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n\t\tout, err := os.Create(path)\n\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n\t\tio.Copy(out, rc)\n\t\tout.Close()\n\t\trc.Close()\n\t}\n\treturn nil\n}\n",
  "low": false
 },
 {
  "name": "j_aes_ecb.java",
  "kind": "vuln",
  "cwe": "CWE-327",
  "language": "java",
  "code": "import javax.crypto.*;\nimport javax.crypto.spec.SecretKeySpec;\n\npublic class TokenCrypto {\n    public static byte[] encrypt(byte[] key, byte[] plain) throws Exception {\n        Cipher cipher = Cipher.getInstance(\"AES\");\n        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, \"AES\"));\n        return cipher.doFinal(plain);\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_cmd_processbuilder_shell.java",
  "kind": "vuln",
  "cwe": "CWE-78",
  "language": "java",
  "code": "import org.springframework.web.bind.annotation.*;\nimport java.io.IOException;\n\n@RestController\npublic class BackupController {\n    @PostMapping(\"/backup\")\n    public String backup(@RequestParam String dir) throws IOException, InterruptedException {\n        ProcessBuilder pb = new ProcessBuilder(\"bash\", \"-c\", \"tar czf /backups/out.tgz \" + dir);\n        Process p = pb.start();\n        return \"exit=\" + p.waitFor();\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_cmd_runtime.java",
  "kind": "vuln",
  "cwe": "CWE-78",
  "language": "java",
  "code": "import javax.servlet.http.*;\nimport java.io.*;\n\npublic class PingServlet extends HttpServlet {\n    @Override\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String host = req.getParameter(\"host\");\n        String cmd = \"ping -c 3 \" + host;\n        Process p = Runtime.getRuntime().exec(new String[]{\"/bin/sh\", \"-c\", cmd});\n        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()));\n        String line;\n        PrintWriter out = resp.getWriter();\n        while ((line = r.readLine()) != null) out.println(line);\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_cookie_flags.java",
  "kind": "vuln",
  "cwe": "CWE-614",
  "language": "java",
  "code": "import javax.servlet.http.*;\n\npublic class SessionHelper {\n    public void rememberMe(HttpServletResponse resp, String token) {\n        Cookie c = new Cookie(\"remember_token\", token);\n        c.setMaxAge(60 * 60 * 24 * 30);\n        c.setPath(\"/\");\n        resp.addCookie(c);\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_des_ecb.java",
  "kind": "vuln",
  "cwe": "CWE-327",
  "language": "java",
  "code": "import javax.crypto.*;\nimport javax.crypto.spec.SecretKeySpec;\n\npublic class TokenCrypto {\n    public static byte[] encrypt(byte[] key, byte[] plain) throws Exception {\n        Cipher cipher = Cipher.getInstance(\"DES/ECB/PKCS5Padding\");\n        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, \"DES\"));\n        return cipher.doFinal(plain);\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_deser_ois.java",
  "kind": "vuln",
  "cwe": "CWE-502",
  "language": "java",
  "code": "import javax.servlet.http.*;\nimport java.io.*;\n\npublic class SessionImportServlet extends HttpServlet {\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        try (ObjectInputStream ois = new ObjectInputStream(req.getInputStream())) {\n            Object state = ois.readObject();\n            req.getSession().setAttribute(\"state\", state);\n        } catch (ClassNotFoundException e) {\n            resp.sendError(400);\n        }\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_deser_xmldecoder.java",
  "kind": "vuln",
  "cwe": "CWE-502",
  "language": "java",
  "code": "import java.beans.XMLDecoder;\nimport java.io.*;\n\npublic class ConfigLoader {\n    public Object load(InputStream uploaded) {\n        XMLDecoder decoder = new XMLDecoder(new BufferedInputStream(uploaded));\n        Object cfg = decoder.readObject();\n        decoder.close();\n        return cfg;\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_hardcoded_pw.java",
  "kind": "vuln",
  "cwe": "CWE-798",
  "language": "java",
  "code": "import java.sql.*;\n\npublic class Db {\n    private static final String URL = \"jdbc:mysql://db.internal:3306/shop\";\n    private static final String USER = \"shop_admin\";\n    private static final String PASSWORD = \"Sup3rS3cret!2023\";\n\n    public static Connection connect() throws SQLException {\n        return DriverManager.getConnection(URL, USER, PASSWORD);\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_jdbctemplate_concat.java",
  "kind": "vuln",
  "cwe": "CWE-89",
  "language": "java",
  "code": "import org.springframework.jdbc.core.JdbcTemplate;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class AccountController {\n    private final JdbcTemplate jdbcTemplate;\n    public AccountController(JdbcTemplate t) { this.jdbcTemplate = t; }\n\n    @DeleteMapping(\"/accounts/{id}\")\n    public void delete(@PathVariable String id) {\n        jdbcTemplate.update(\"DELETE FROM accounts WHERE id = \" + id);\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_jpa_concat.java",
  "kind": "vuln",
  "cwe": "CWE-89",
  "language": "java",
  "code": "import javax.persistence.EntityManager;\nimport javax.persistence.PersistenceContext;\nimport org.springframework.stereotype.Repository;\nimport java.util.List;\n\n@Repository\npublic class ProductRepository {\n    @PersistenceContext\n    private EntityManager em;\n\n    public List<Product> findByCategory(String category, String sortField) {\n        StringBuilder jpql = new StringBuilder(\"SELECT p FROM Product p WHERE p.category = '\");\n        jpql.append(category).append(\"' ORDER BY p.\").append(sortField);\n        return em.createQuery(jpql.toString(), Product.class).getResultList();\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_ldap_filter.java",
  "kind": "vuln",
  "cwe": "CWE-90",
  "language": "java",
  "code": "import javax.naming.directory.*;\nimport javax.naming.NamingEnumeration;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class DirectoryController {\n    private final DirContext ctx;\n    public DirectoryController(DirContext ctx) { this.ctx = ctx; }\n\n    @GetMapping(\"/lookup\")\n    public String lookup(@RequestParam String uid) throws Exception {\n        String filter = \"(&(objectClass=person)(uid=\" + uid + \"))\";\n        SearchControls sc = new SearchControls();\n        sc.setSearchScope(SearchControls.SUBTREE_SCOPE);\n        NamingEnumeration<SearchResult> res = ctx.search(\"ou=people,dc=example,dc=com\", filter, sc);\n        return res.hasMore() ? res.next().getNameInNamespace() : \"none\";\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_log_injection.java",
  "kind": "vuln",
  "cwe": "CWE-117",
  "language": "java",
  "code": "import org.slf4j.*;\nimport javax.servlet.http.*;\n\npublic class AuditServlet extends HttpServlet {\n    private static final Logger log = LoggerFactory.getLogger(AuditServlet.class);\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) {\n        String user = req.getParameter(\"username\");\n        log.info(\"Failed login for user \" + user);\n        resp.setStatus(401);\n    }\n}\n",
  "low": true
 },
 {
  "name": "j_md5_password.java",
  "kind": "vuln",
  "cwe": "CWE-328",
  "language": "java",
  "code": "import java.security.MessageDigest;\nimport java.math.BigInteger;\n\npublic class PasswordUtil {\n    public static String hashPassword(String password) throws Exception {\n        MessageDigest md = MessageDigest.getInstance(\"MD5\");\n        byte[] digest = md.digest(password.getBytes(\"UTF-8\"));\n        return String.format(\"%032x\", new BigInteger(1, digest));\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_missing_auth_admin.java",
  "kind": "vuln",
  "cwe": "CWE-862",
  "language": "java",
  "code": "import org.springframework.web.bind.annotation.*;\n\n@RestController\n@RequestMapping(\"/admin\")\npublic class AdminController {\n    private final UserService userService;\n    public AdminController(UserService s) { this.userService = s; }\n\n    @DeleteMapping(\"/users/{id}\")\n    public void deleteUser(@PathVariable Long id) {\n        userService.deleteById(id);\n    }\n}\n",
  "low": true
 },
 {
  "name": "j_path_download.java",
  "kind": "vuln",
  "cwe": "CWE-22",
  "language": "java",
  "code": "import org.springframework.core.io.*;\nimport org.springframework.http.*;\nimport org.springframework.web.bind.annotation.*;\nimport java.nio.file.*;\n\n@RestController\npublic class FileController {\n    private static final String BASE = \"/var/app/uploads/\";\n\n    @GetMapping(\"/files/{name}\")\n    public ResponseEntity<byte[]> download(@PathVariable String name) throws Exception {\n        Path p = Paths.get(BASE + name);\n        byte[] data = Files.readAllBytes(p);\n        return ResponseEntity.ok(data);\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_path_servlet_file.java",
  "kind": "vuln",
  "cwe": "CWE-22",
  "language": "java",
  "code": "import javax.servlet.http.*;\nimport java.io.*;\n\npublic class ReportServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {\n        String report = request.getParameter(\"report\");\n        File f = new File(\"/opt/reports\", report);\n        try (FileInputStream in = new FileInputStream(f)) {\n            in.transferTo(response.getOutputStream());\n        }\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_random_token.java",
  "kind": "vuln",
  "cwe": "CWE-330",
  "language": "java",
  "code": "import java.util.Random;\n\npublic class ResetTokenService {\n    private final Random random = new Random();\n    public String generateResetToken() {\n        StringBuilder sb = new StringBuilder();\n        String chars = \"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789\";\n        for (int i = 0; i < 32; i++) {\n            sb.append(chars.charAt(random.nextInt(chars.length())));\n        }\n        return sb.toString();\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_redirect.java",
  "kind": "vuln",
  "cwe": "CWE-601",
  "language": "java",
  "code": "import javax.servlet.http.*;\nimport java.io.IOException;\n\npublic class LoginServlet extends HttpServlet {\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String next = req.getParameter(\"next\");\n        if (authenticate(req)) {\n            resp.sendRedirect(next);\n        } else {\n            resp.sendRedirect(\"/login?error\");\n        }\n    }\n    private boolean authenticate(HttpServletRequest r) { return r.getParameter(\"u\") != null; }\n}\n",
  "low": false
 },
 {
  "name": "j_scriptengine.java",
  "kind": "vuln",
  "cwe": "CWE-94",
  "language": "java",
  "code": "import javax.script.*;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class CalcController {\n    @GetMapping(\"/calc\")\n    public Object calc(@RequestParam String expr) throws ScriptException {\n        ScriptEngine engine = new ScriptEngineManager().getEngineByName(\"javascript\");\n        return engine.eval(expr);\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_sha1_hash.java",
  "kind": "vuln",
  "cwe": "CWE-328",
  "language": "java",
  "code": "import java.security.MessageDigest;\nimport java.util.HexFormat;\n\npublic class Checksum {\n    public static String fingerprint(byte[] data) throws Exception {\n        MessageDigest md = MessageDigest.getInstance(\"SHA-1\");\n        return HexFormat.of().formatHex(md.digest(data));\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_spel.java",
  "kind": "vuln",
  "cwe": "CWE-917",
  "language": "java",
  "code": "import org.springframework.expression.*;\nimport org.springframework.expression.spel.standard.SpelExpressionParser;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class RuleController {\n    private final ExpressionParser parser = new SpelExpressionParser();\n\n    @PostMapping(\"/rules/evaluate\")\n    public Object evaluate(@RequestBody RuleRequest request) {\n        Expression exp = parser.parseExpression(request.getCondition());\n        return exp.getValue();\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_spring_redirect.java",
  "kind": "vuln",
  "cwe": "CWE-601",
  "language": "java",
  "code": "import org.springframework.stereotype.Controller;\nimport org.springframework.web.bind.annotation.*;\n\n@Controller\npublic class AuthController {\n    @GetMapping(\"/logout\")\n    public String logout(@RequestParam(required = false) String returnUrl) {\n        return \"redirect:\" + returnUrl;\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_sqli_field_flow.java",
  "kind": "vuln",
  "cwe": "CWE-89",
  "language": "java",
  "code": "import java.sql.*;\nimport javax.servlet.http.*;\n\npublic class ReportServlet extends HttpServlet {\n    private Connection connection;\n\n    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {\n        String year = request.getParameter(\"year\");\n        String dept = request.getParameter(\"dept\");\n        try {\n            response.getWriter().println(buildReport(year, dept));\n        } catch (SQLException e) {\n            response.sendError(500);\n        }\n    }\n\n    private String buildReport(String year, String dept) throws SQLException {\n        String sql = \"SELECT SUM(amount) FROM sales WHERE year = \" + year + \" AND dept = '\" + dept + \"'\";\n        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {\n            return rs.next() ? rs.getString(1) : \"0\";\n        }\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_sqli_helper_format.java",
  "kind": "vuln",
  "cwe": "CWE-89",
  "language": "java",
  "code": "import java.sql.*;\n\npublic class OrderDao {\n    private final Connection conn;\n    public OrderDao(Connection conn) { this.conn = conn; }\n\n    public ResultSet findOrders(String customerId, String status) throws SQLException {\n        String query = String.format(\"SELECT * FROM orders WHERE customer_id = '%s' AND status = '%s'\", customerId, status);\n        Statement st = conn.createStatement();\n        return st.executeQuery(query);\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_sqli_spring_stmt.java",
  "kind": "vuln",
  "cwe": "CWE-89",
  "language": "java",
  "code": "import org.springframework.web.bind.annotation.*;\nimport java.sql.*;\nimport javax.sql.DataSource;\n\n@RestController\n@RequestMapping(\"/api/users\")\npublic class UserController {\n    private final DataSource dataSource;\n    public UserController(DataSource ds) { this.dataSource = ds; }\n\n    @GetMapping(\"/search\")\n    public List<String> search(@RequestParam(\"name\") String name) throws SQLException {\n        List<String> result = new ArrayList<>();\n        String sql = \"SELECT username FROM users WHERE username LIKE '%\" + name + \"%'\";\n        try (Connection conn = dataSource.getConnection();\n             Statement stmt = conn.createStatement();\n             ResultSet rs = stmt.executeQuery(sql)) {\n            while (rs.next()) result.add(rs.getString(\"username\"));\n        }\n        return result;\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_ssrf.java",
  "kind": "vuln",
  "cwe": "CWE-918",
  "language": "java",
  "code": "import org.springframework.web.bind.annotation.*;\nimport java.net.*;\nimport java.io.*;\n\n@RestController\npublic class PreviewController {\n    @GetMapping(\"/preview\")\n    public String preview(@RequestParam String url) throws IOException {\n        URL target = new URL(url);\n        HttpURLConnection conn = (HttpURLConnection) target.openConnection();\n        try (InputStream in = conn.getInputStream()) {\n            return new String(in.readNBytes(4096));\n        }\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_trust_all.java",
  "kind": "vuln",
  "cwe": "CWE-295",
  "language": "java",
  "code": "import javax.net.ssl.*;\nimport java.security.cert.X509Certificate;\n\npublic class HttpClientFactory {\n    public static SSLContext insecureContext() throws Exception {\n        TrustManager[] trustAll = new TrustManager[]{ new X509TrustManager() {\n            public void checkClientTrusted(X509Certificate[] c, String a) {}\n            public void checkServerTrusted(X509Certificate[] c, String a) {}\n            public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }\n        }};\n        SSLContext ctx = SSLContext.getInstance(\"TLS\");\n        ctx.init(null, trustAll, new java.security.SecureRandom());\n        HttpsURLConnection.setDefaultHostnameVerifier((host, session) -> true);\n        return ctx;\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_xpath.java",
  "kind": "vuln",
  "cwe": "CWE-643",
  "language": "java",
  "code": "import javax.xml.xpath.*;\nimport org.w3c.dom.Document;\nimport javax.servlet.http.*;\n\npublic class LoginXmlServlet extends HttpServlet {\n    private Document usersDoc;\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws Exception {\n        String user = req.getParameter(\"user\");\n        String pass = req.getParameter(\"pass\");\n        XPath xp = XPathFactory.newInstance().newXPath();\n        String expr = \"/users/user[name='\" + user + \"' and password='\" + pass + \"']\";\n        boolean ok = (Boolean) xp.evaluate(expr, usersDoc, XPathConstants.BOOLEAN);\n        resp.getWriter().write(ok ? \"welcome\" : \"denied\");\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_xss_spring_body.java",
  "kind": "vuln",
  "cwe": "CWE-79",
  "language": "java",
  "code": "import org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class SearchController {\n    @GetMapping(value = \"/search\", produces = \"text/html\")\n    public String search(@RequestParam String q) {\n        return \"<p>No results for <b>\" + q + \"</b></p>\";\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_xss_writer.java",
  "kind": "vuln",
  "cwe": "CWE-79",
  "language": "java",
  "code": "import javax.servlet.http.*;\nimport java.io.*;\n\npublic class GreetServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String name = req.getParameter(\"name\");\n        resp.setContentType(\"text/html\");\n        PrintWriter out = resp.getWriter();\n        out.println(\"<html><body><h1>Hello, \" + name + \"!</h1></body></html>\");\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_xxe_dbf.java",
  "kind": "vuln",
  "cwe": "CWE-611",
  "language": "java",
  "code": "import javax.xml.parsers.*;\nimport org.w3c.dom.*;\nimport java.io.InputStream;\n\npublic class InvoiceParser {\n    public String parseTotal(InputStream xml) throws Exception {\n        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();\n        DocumentBuilder db = dbf.newDocumentBuilder();\n        Document doc = db.parse(xml);\n        return doc.getElementsByTagName(\"total\").item(0).getTextContent();\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_xxe_sax.java",
  "kind": "vuln",
  "cwe": "CWE-611",
  "language": "java",
  "code": "import javax.xml.parsers.*;\nimport org.xml.sax.helpers.DefaultHandler;\nimport java.io.InputStream;\n\npublic class FeedImporter {\n    public void importFeed(InputStream in, DefaultHandler handler) throws Exception {\n        SAXParserFactory factory = SAXParserFactory.newInstance();\n        SAXParser parser = factory.newSAXParser();\n        parser.parse(in, handler);\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_xxe_xif.java",
  "kind": "vuln",
  "cwe": "CWE-611",
  "language": "java",
  "code": "import javax.xml.stream.*;\nimport java.io.InputStream;\n\npublic class FeedImporter {\n    public int countItems(InputStream in) throws Exception {\n        XMLInputFactory xif = XMLInputFactory.newInstance();\n        XMLStreamReader r = xif.createXMLStreamReader(in);\n        int n = 0;\n        while (r.hasNext()) { if (r.next() == XMLStreamConstants.START_ELEMENT && \"item\".equals(r.getLocalName())) n++; }\n        return n;\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_zip_slip.java",
  "kind": "vuln",
  "cwe": "CWE-22",
  "language": "java",
  "code": "import java.io.*;\nimport java.util.zip.*;\n\npublic class Unzipper {\n    public static void unzip(InputStream in, File destDir) throws IOException {\n        try (ZipInputStream zis = new ZipInputStream(in)) {\n            ZipEntry entry;\n            byte[] buf = new byte[8192];\n            while ((entry = zis.getNextEntry()) != null) {\n                File out = new File(destDir, entry.getName());\n                out.getParentFile().mkdirs();\n                try (FileOutputStream fos = new FileOutputStream(out)) {\n                    int n;\n                    while ((n = zis.read(buf)) > 0) fos.write(buf, 0, n);\n                }\n            }\n        }\n    }\n}\n",
  "low": false
 },
 {
  "name": "p_cmd_shell_exec.php",
  "kind": "vuln",
  "cwe": "CWE-78",
  "language": "php",
  "code": "<?php\nif (isset($_POST['domain'])) {\n    $domain = $_POST['domain'];\n    $output = shell_exec(\"nslookup \" . $domain);\n    echo \"<pre>\" . htmlspecialchars($output) . \"</pre>\";\n}\n",
  "low": false
 },
 {
  "name": "p_cmd_system_func.php",
  "kind": "vuln",
  "cwe": "CWE-78",
  "language": "php",
  "code": "<?php\nfunction convertImage($src, $width) {\n    $cmd = sprintf(\"convert %s -resize %sx /tmp/thumb.png\", $src, $width);\n    system($cmd, $ret);\n    return $ret;\n}\nconvertImage($_FILES['img']['tmp_name'], $_GET['w']);\n",
  "low": false
 },
 {
  "name": "p_eval.php",
  "kind": "vuln",
  "cwe": "CWE-95",
  "language": "php",
  "code": "<?php\n$expr = $_GET['expr'];\neval('$result = ' . $expr . ';');\necho (int)$result;\n",
  "low": false
 },
 {
  "name": "p_extract.php",
  "kind": "vuln",
  "cwe": "CWE-621",
  "language": "php",
  "code": "<?php\nextract($_POST);\nif (isset($is_admin) && $is_admin) {\n    echo \"Welcome admin\";\n}\n",
  "low": false
 },
 {
  "name": "p_hardcoded.php",
  "kind": "vuln",
  "cwe": "CWE-798",
  "language": "php",
  "code": "<?php\n$db_host = \"localhost\";\n$db_user = \"root\";\n$db_password = \"P@ssw0rd2024\";\n$conn = mysqli_connect($db_host, $db_user, $db_password, \"shop\");\n",
  "low": false
 },
 {
  "name": "p_include.php",
  "kind": "vuln",
  "cwe": "CWE-98",
  "language": "php",
  "code": "<?php\n$page = $_GET['page'] ?? 'home';\ninclude(\"pages/\" . $page . \".php\");\n",
  "low": false
 },
 {
  "name": "p_ldap.php",
  "kind": "vuln",
  "cwe": "CWE-90",
  "language": "php",
  "code": "<?php\n$ds = ldap_connect(\"ldap://ldap.example.com\");\n$user = $_POST['user'];\n$filter = \"(uid=\" . $user . \")\";\n$sr = ldap_search($ds, \"dc=example,dc=com\", $filter);\n$entries = ldap_get_entries($ds, $sr);\n",
  "low": false
 },
 {
  "name": "p_md5_password.php",
  "kind": "vuln",
  "cwe": "CWE-328",
  "language": "php",
  "code": "<?php\nfunction registerUser(PDO $pdo, $username, $password) {\n    $hash = md5($password);\n    $stmt = $pdo->prepare(\"INSERT INTO users (username, password) VALUES (?, ?)\");\n    return $stmt->execute([$username, $hash]);\n}\n",
  "low": false
 },
 {
  "name": "p_path_readfile.php",
  "kind": "vuln",
  "cwe": "CWE-22",
  "language": "php",
  "code": "<?php\n$file = $_GET['file'];\n$path = \"/var/www/uploads/\" . $file;\nif (file_exists($path)) {\n    header('Content-Type: application/octet-stream');\n    readfile($path);\n}\n",
  "low": false
 },
 {
  "name": "p_preg_e.php",
  "kind": "vuln",
  "cwe": "CWE-94",
  "language": "php",
  "code": "<?php\n$template = $_POST['template'];\n$out = preg_replace('/\\{(\\w+)\\}/e', '$vars[\"$1\"]', $template);\necho htmlspecialchars($out);\n",
  "low": false
 },
 {
  "name": "p_rand_token.php",
  "kind": "vuln",
  "cwe": "CWE-330",
  "language": "php",
  "code": "<?php\nfunction generateResetToken($length = 32) {\n    $chars = 'abcdefghijklmnopqrstuvwxyz0123456789';\n    $token = '';\n    for ($i = 0; $i < $length; $i++) {\n        $token .= $chars[mt_rand(0, strlen($chars) - 1)];\n    }\n    return $token;\n}\n$token = generateResetToken();\n",
  "low": false
 },
 {
  "name": "p_redirect.php",
  "kind": "vuln",
  "cwe": "CWE-601",
  "language": "php",
  "code": "<?php\n$redirect = $_GET['redirect'] ?? '/';\nheader(\"Location: \" . $redirect);\nexit;\n",
  "low": false
 },
 {
  "name": "p_setcookie.php",
  "kind": "vuln",
  "cwe": "CWE-614",
  "language": "php",
  "code": "<?php\n$token = bin2hex(random_bytes(32));\nsetcookie(\"session_token\", $token, time() + 3600, \"/\");\n",
  "low": false
 },
 {
  "name": "p_sha1_password.php",
  "kind": "vuln",
  "cwe": "CWE-328",
  "language": "php",
  "code": "<?php\n$salt = 'x9$k';\n$stored = sha1($salt . $_POST['password']);\nfile_put_contents('users.txt', $_POST['user'] . ':' . $stored . PHP_EOL, FILE_APPEND);\n",
  "low": false
 },
 {
  "name": "p_sqli_login.php",
  "kind": "vuln",
  "cwe": "CWE-89",
  "language": "php",
  "code": "<?php\nsession_start();\n$username = $_POST['username'];\n$password = $_POST['password'];\n$link = mysqli_connect(\"localhost\", \"root\", \"\", \"app\");\n$q = \"SELECT id FROM users WHERE username='\" . $username . \"' AND password='\" . md5($password) . \"'\";\n$res = mysqli_query($link, $q);\nif (mysqli_num_rows($res) === 1) {\n    $_SESSION['user'] = $username;\n    header(\"Location: dashboard.php\");\n}\n",
  "low": false
 },
 {
  "name": "p_sqli_mysqli.php",
  "kind": "vuln",
  "cwe": "CWE-89",
  "language": "php",
  "code": "<?php\n$conn = new mysqli(\"localhost\", \"app\", getenv(\"DB_PASS\"), \"shop\");\n$id = $_GET['id'];\n$sql = \"SELECT name, price FROM products WHERE id = \" . $id;\n$result = $conn->query($sql);\nwhile ($row = $result->fetch_assoc()) {\n    echo htmlspecialchars($row['name']) . \" - \" . $row['price'] . \"<br>\";\n}\n",
  "low": false
 },
 {
  "name": "p_sqli_pdo_func.php",
  "kind": "vuln",
  "cwe": "CWE-89",
  "language": "php",
  "code": "<?php\nfunction findUserByEmail(PDO $pdo, string $email) {\n    $query = \"SELECT * FROM users WHERE email = '$email' LIMIT 1\";\n    $stmt = $pdo->query($query);\n    return $stmt->fetch(PDO::FETCH_ASSOC);\n}\n\n$pdo = new PDO('mysql:host=localhost;dbname=app', 'app', getenv('DB_PASS'));\n$user = findUserByEmail($pdo, $_POST['email']);\n",
  "low": false
 },
 {
  "name": "p_ssrf.php",
  "kind": "vuln",
  "cwe": "CWE-918",
  "language": "php",
  "code": "<?php\n$url = $_GET['url'];\n$content = file_get_contents($url);\nheader('Content-Type: text/plain');\necho strlen($content);\n",
  "low": false
 },
 {
  "name": "p_ssrf_curl.php",
  "kind": "vuln",
  "cwe": "CWE-918",
  "language": "php",
  "code": "<?php\nfunction fetchAvatar($avatarUrl) {\n    $ch = curl_init();\n    curl_setopt($ch, CURLOPT_URL, $avatarUrl);\n    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);\n    $data = curl_exec($ch);\n    curl_close($ch);\n    return $data;\n}\n$img = fetchAvatar($_POST['avatar_url']);\nfile_put_contents('/tmp/avatar.png', $img);\n",
  "low": false
 },
 {
  "name": "p_tls_off.php",
  "kind": "vuln",
  "cwe": "CWE-295",
  "language": "php",
  "code": "<?php\n$ch = curl_init(\"https://payments.example.com/api/charge\");\ncurl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);\ncurl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 0);\ncurl_setopt($ch, CURLOPT_RETURNTRANSFER, true);\n$resp = curl_exec($ch);\n",
  "low": false
 },
 {
  "name": "p_uniqid_token.php",
  "kind": "vuln",
  "cwe": "CWE-330",
  "language": "php",
  "code": "<?php\n$csrf_token = md5(uniqid(rand(), true));\n$_SESSION['csrf_token'] = $csrf_token;\n",
  "low": false
 },
 {
  "name": "p_unserialize.php",
  "kind": "vuln",
  "cwe": "CWE-502",
  "language": "php",
  "code": "<?php\n$prefs = isset($_COOKIE['prefs']) ? unserialize($_COOKIE['prefs']) : [];\n$theme = $prefs['theme'] ?? 'light';\necho \"<body class='\" . htmlspecialchars($theme) . \"'>\";\n",
  "low": false
 },
 {
  "name": "p_upload_move.php",
  "kind": "vuln",
  "cwe": "CWE-434",
  "language": "php",
  "code": "<?php\n$target = \"uploads/\" . $_FILES['file']['name'];\nmove_uploaded_file($_FILES['file']['tmp_name'], $target);\necho \"Uploaded\";\n",
  "low": false
 },
 {
  "name": "p_xpath.php",
  "kind": "vuln",
  "cwe": "CWE-643",
  "language": "php",
  "code": "<?php\n$xml = simplexml_load_file('users.xml');\n$name = $_GET['name'];\n$result = $xml->xpath(\"//user[name='\" . $name . \"']/email\");\necho count($result);\n",
  "low": false
 },
 {
  "name": "p_xss_echo.php",
  "kind": "vuln",
  "cwe": "CWE-79",
  "language": "php",
  "code": "<?php\n$q = $_GET['q'] ?? '';\n?>\n<html><body>\n<h2>Search results for: <?php echo $q; ?></h2>\n</body></html>\n",
  "low": false
 },
 {
  "name": "p_xss_shortecho.php",
  "kind": "vuln",
  "cwe": "CWE-79",
  "language": "php",
  "code": "<?php\nfunction renderComment(array $c) {\n    return \"<div class='comment'><b>\" . $c['author'] . \"</b>: \" . $c['body'] . \"</div>\";\n}\n$comment = ['author' => $_POST['author'], 'body' => $_POST['body']];\necho renderComment($comment);\n",
  "low": false
 },
 {
  "name": "p_xxe.php",
  "kind": "vuln",
  "cwe": "CWE-611",
  "language": "php",
  "code": "<?php\n$xml = file_get_contents('php://input');\n$dom = new DOMDocument();\n$dom->loadXML($xml, LIBXML_NOENT | LIBXML_DTDLOAD);\necho htmlspecialchars($dom->getElementsByTagName('name')->item(0)->nodeValue);\n",
  "low": false
 },
 {
  "name": "c_calloc_records.c",
  "kind": "safe",
  "cwe": "CWE-190",
  "language": "c",
  "code": "#include <stdlib.h>\n\nstruct record { int id; char name[64]; };\n\nstruct record *alloc_records(size_t count) {\n    struct record *r = calloc(count, sizeof(struct record));\n    return r;\n}\n",
  "low": false
 },
 {
  "name": "c_curl_verify.c",
  "kind": "safe",
  "cwe": "CWE-295",
  "language": "c",
  "code": "#include <curl/curl.h>\n\nint fetch(void) {\n    CURL *curl = curl_easy_init();\n    if (!curl) return -1;\n    curl_easy_setopt(curl, CURLOPT_URL, \"https://api.example.com/status\");\n    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);\n    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);\n    CURLcode rc = curl_easy_perform(curl);\n    curl_easy_cleanup(curl);\n    return rc == CURLE_OK ? 0 : -1;\n}\n",
  "low": false
 },
 {
  "name": "c_env_pw.c",
  "kind": "safe",
  "cwe": "CWE-798",
  "language": "c",
  "code": "#include <string.h>\n#include <stdlib.h>\n\nint check_login(const char *user, const char *pass) {\n    const char *expected = getenv(\"ADMIN_PASSWORD\");\n    if (!expected) return 0;\n    return strcmp(user, \"admin\") == 0 && strcmp(pass, expected) == 0;\n}\n",
  "low": false
 },
 {
  "name": "c_execvp.c",
  "kind": "safe",
  "cwe": "CWE-78",
  "language": "c",
  "code": "#include <unistd.h>\n#include <sys/wait.h>\n\nint main(int argc, char **argv) {\n    if (argc < 2) return 1;\n    pid_t pid = fork();\n    if (pid == 0) {\n        char *args[] = {\"ls\", \"-l\", \"--\", argv[1], NULL};\n        execvp(\"ls\", args);\n        _exit(127);\n    }\n    int status;\n    waitpid(pid, &status, 0);\n    return WEXITSTATUS(status);\n}\n",
  "low": false
 },
 {
  "name": "c_fgets.c",
  "kind": "safe",
  "cwe": "CWE-242",
  "language": "c",
  "code": "#include <stdio.h>\n#include <string.h>\n\nint main(void) {\n    char line[128];\n    printf(\"Enter your name: \");\n    if (fgets(line, sizeof(line), stdin) == NULL) return 1;\n    line[strcspn(line, \"\\n\")] = '\\0';\n    printf(\"Hi %s\\n\", line);\n    return 0;\n}\n",
  "low": false
 },
 {
  "name": "c_fopen_checked.c",
  "kind": "safe",
  "cwe": "CWE-22",
  "language": "c",
  "code": "#include <stdio.h>\n#include <string.h>\n\nint main(void) {\n    char fname[128];\n    char path[256];\n    if (!fgets(fname, sizeof fname, stdin)) return 1;\n    fname[strcspn(fname, \"\\n\")] = 0;\n    if (strstr(fname, \"..\") != NULL || strchr(fname, '/') != NULL) {\n        fprintf(stderr, \"invalid name\\n\");\n        return 1;\n    }\n    snprintf(path, sizeof path, \"/srv/files/%s\", fname);\n    FILE *f = fopen(path, \"r\");\n    if (!f) return 1;\n    int c;\n    while ((c = fgetc(f)) != EOF) putchar(c);\n    fclose(f);\n    return 0;\n}\n",
  "low": false
 },
 {
  "name": "c_format_string_safe.c",
  "kind": "safe",
  "cwe": "CWE-134",
  "language": "c",
  "code": "#include <stdio.h>\n#include <syslog.h>\n\nvoid log_message(const char *msg) {\n    printf(\"%s\", msg);\n    syslog(LOG_INFO, \"%s\", msg);\n}\n\nint main(int argc, char **argv) {\n    if (argc > 1) log_message(argv[1]);\n    return 0;\n}\n",
  "low": false
 },
 {
  "name": "c_free_null.c",
  "kind": "safe",
  "cwe": "CWE-416",
  "language": "c",
  "code": "#include <stdlib.h>\n#include <string.h>\n#include <stdio.h>\n\nint main(void) {\n    char *msg = malloc(32);\n    if (!msg) return 1;\n    strcpy(msg, \"hello\");\n    printf(\"%s\\n\", msg);\n    free(msg);\n    msg = NULL;\n    return 0;\n}\n",
  "low": false
 },
 {
  "name": "c_getrandom_key.c",
  "kind": "safe",
  "cwe": "CWE-338",
  "language": "c",
  "code": "#include <sys/random.h>\n#include <stddef.h>\n\nint generate_session_key(unsigned char *key, size_t len) {\n    ssize_t n = getrandom(key, len, 0);\n    return n == (ssize_t)len ? 0 : -1;\n}\n",
  "low": false
 },
 {
  "name": "c_loop_bound.c",
  "kind": "safe",
  "cwe": "CWE-193",
  "language": "c",
  "code": "#include <stdio.h>\n\nint main(void) {\n    int scores[10];\n    for (int i = 0; i < 10; i++) {\n        scores[i] = i * 10;\n    }\n    printf(\"%d\\n\", scores[0]);\n    return 0;\n}\n",
  "low": false
 },
 {
  "name": "c_memcpy_len_checked.c",
  "kind": "safe",
  "cwe": "CWE-787",
  "language": "c",
  "code": "#include <string.h>\n#include <stdint.h>\n#include <stddef.h>\n\nstruct packet { uint16_t len; uint8_t data[512]; };\n\nint parse_packet(const uint8_t *buf, size_t buflen, struct packet *pkt) {\n    if (buflen < 2) return -1;\n    uint16_t len = (uint16_t)(buf[0] << 8 | buf[1]);\n    if (len > sizeof(pkt->data) || (size_t)len + 2 > buflen) return -1;\n    pkt->len = len;\n    memcpy(pkt->data, buf + 2, len);\n    return 0;\n}\n",
  "low": false
 },
 {
  "name": "c_scanf_width.c",
  "kind": "safe",
  "cwe": "CWE-120",
  "language": "c",
  "code": "#include <stdio.h>\n\nstruct user { char name[16]; int age; };\n\nint main(void) {\n    struct user u;\n    printf(\"name age: \");\n    if (scanf(\"%15s %d\", u.name, &u.age) != 2) return 1;\n    printf(\"%s is %d\\n\", u.name, u.age);\n    return 0;\n}\n",
  "low": false
 },
 {
  "name": "c_snprintf_path.c",
  "kind": "safe",
  "cwe": "CWE-120",
  "language": "c",
  "code": "#include <stdio.h>\n#include <string.h>\n\nint build_path(char *out, size_t outlen, const char *dir, const char *file) {\n    int n = snprintf(out, outlen, \"%s/%s\", dir, file);\n    return (n < 0 || (size_t)n >= outlen) ? -1 : 0;\n}\n\nint main(void) {\n    char path[256];\n    if (build_path(path, sizeof(path), \"/var/data\", \"config.ini\") != 0) return 1;\n    FILE *f = fopen(path, \"r\");\n    if (f) fclose(f);\n    return 0;\n}\n",
  "low": false
 },
 {
  "name": "c_strcpy_const.c",
  "kind": "safe",
  "cwe": "CWE-120",
  "language": "c",
  "code": "#include <string.h>\n#include <stdio.h>\n\nint main(void) {\n    char greeting[32];\n    strcpy(greeting, \"hello, world\");\n    strcat(greeting, \"!\");\n    puts(greeting);\n    return 0;\n}\n",
  "low": false
 },
 {
  "name": "c_strncpy_arg.c",
  "kind": "safe",
  "cwe": "CWE-120",
  "language": "c",
  "code": "#include <stdio.h>\n#include <string.h>\n\nint main(int argc, char *argv[]) {\n    char name[32];\n    if (argc < 2) return 1;\n    snprintf(name, sizeof(name), \"%s\", argv[1]);\n    printf(\"Hello %s\\n\", name);\n    return 0;\n}\n",
  "low": false
 },
 {
  "name": "c_unsigned_len.c",
  "kind": "safe",
  "cwe": "CWE-195",
  "language": "c",
  "code": "#include <string.h>\n\n#define MAX 64\n\nvoid copy_input(char *dst, const char *src, size_t len) {\n    if (len > MAX) return;\n    memcpy(dst, src, len);\n}\n",
  "low": false
 },
 {
  "name": "cpp_const_system.cpp",
  "kind": "safe",
  "cwe": "CWE-78",
  "language": "cpp",
  "code": "#include <cstdlib>\n#include <iostream>\n#include <string>\n\nint main() {\n    int rc = std::system(\"uptime\");\n    std::cout << \"rc=\" << rc << std::endl;\n    return rc;\n}\n",
  "low": false
 },
 {
  "name": "cpp_sha256.cpp",
  "kind": "safe",
  "cwe": "CWE-328",
  "language": "cpp",
  "code": "#include <openssl/evp.h>\n#include <string>\n#include <vector>\n\nstd::vector<unsigned char> file_digest(const std::string &data) {\n    std::vector<unsigned char> out(EVP_MAX_MD_SIZE);\n    unsigned int len = 0;\n    EVP_Digest(data.data(), data.size(), out.data(), &len, EVP_sha256(), nullptr);\n    out.resize(len);\n    return out;\n}\n",
  "low": false
 },
 {
  "name": "cpp_sql_sqlite_bind.cpp",
  "kind": "safe",
  "cwe": "CWE-89",
  "language": "cpp",
  "code": "#include <sqlite3.h>\n#include <string>\n\nbool user_exists(sqlite3 *db, const std::string &username) {\n    const char *sql = \"SELECT 1 FROM users WHERE name = ?;\";\n    sqlite3_stmt *stmt;\n    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) return false;\n    sqlite3_bind_text(stmt, 1, username.c_str(), -1, SQLITE_TRANSIENT);\n    bool found = sqlite3_step(stmt) == SQLITE_ROW;\n    sqlite3_finalize(stmt);\n    return found;\n}\n",
  "low": false
 },
 {
  "name": "cpp_string_safe.cpp",
  "kind": "safe",
  "cwe": "CWE-120",
  "language": "cpp",
  "code": "#include <string>\n#include <iostream>\n\nvoid greet(const std::string &name) {\n    std::string msg = \"Welcome back, \" + name + \"! Your session is ready.\";\n    std::cout << msg << std::endl;\n}\n",
  "low": false
 },
 {
  "name": "g_aes_gcm.go",
  "kind": "safe",
  "cwe": "CWE-327",
  "language": "go",
  "code": "package crypt\n\nimport (\n\t\"crypto/aes\"\n\t\"crypto/cipher\"\n\t\"crypto/rand\"\n)\n\nfunc Encrypt(key, plain []byte) ([]byte, error) {\n\tblock, err := aes.NewCipher(key)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tgcm, err := cipher.NewGCM(block)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tnonce := make([]byte, gcm.NonceSize())\n\tif _, err := rand.Read(nonce); err != nil {\n\t\treturn nil, err\n\t}\n\treturn gcm.Seal(nonce, nonce, plain, nil), nil\n}\n",
  "low": false
 },
 {
  "name": "g_bcrypt.go",
  "kind": "safe",
  "cwe": "CWE-328",
  "language": "go",
  "code": "package auth\n\nimport \"golang.org/x/crypto/bcrypt\"\n\nfunc HashPassword(password string) (string, error) {\n\tb, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)\n\treturn string(b), err\n}\n",
  "low": false
 },
 {
  "name": "g_cmd_alias_safe.go",
  "kind": "safe",
  "cwe": "CWE-78",
  "language": "go",
  "code": "package main\n\nimport (\n\t\"net/http\"\n\tex \"os/exec\"\n)\n\nfunc convert(w http.ResponseWriter, r *http.Request) {\n\tcmd := ex.Command(\"convert\", \"/srv/in.png\", \"/srv/out.png\")\n\tif err := cmd.Run(); err != nil {\n\t\thttp.Error(w, \"conversion failed\", 500)\n\t}\n}\n",
  "low": false
 },
 {
  "name": "g_cmd_args.go",
  "kind": "safe",
  "cwe": "CWE-78",
  "language": "go",
  "code": "package main\n\nimport (\n\t\"net/http\"\n\t\"os/exec\"\n\t\"regexp\"\n)\n\nvar hostRe = regexp.MustCompile(`^[a-zA-Z0-9.-]+$`)\n\nfunc ping(w http.ResponseWriter, r *http.Request) {\n\thost := r.FormValue(\"host\")\n\tif !hostRe.MatchString(host) {\n\t\thttp.Error(w, \"bad host\", http.StatusBadRequest)\n\t\treturn\n\t}\n\tout, err := exec.Command(\"ping\", \"-c\", \"1\", \"--\", host).CombinedOutput()\n\tif err != nil {\n\t\thttp.Error(w, \"failed\", 500)\n\t\treturn\n\t}\n\tw.Header().Set(\"Content-Type\", \"text/plain\")\n\tw.Write(out)\n}\n",
  "low": false
 },
 {
  "name": "g_cookie_secure.go",
  "kind": "safe",
  "cwe": "CWE-614",
  "language": "go",
  "code": "package main\n\nimport \"net/http\"\n\nfunc setSession(w http.ResponseWriter, token string) {\n\thttp.SetCookie(w, &http.Cookie{\n\t\tName:     \"session\",\n\t\tValue:    token,\n\t\tPath:     \"/\",\n\t\tSecure:   true,\n\t\tHttpOnly: true,\n\t\tSameSite: http.SameSiteStrictMode,\n\t})\n}\n",
  "low": false
 },
 {
  "name": "g_cryptorand_token.go",
  "kind": "safe",
  "cwe": "CWE-338",
  "language": "go",
  "code": "package session\n\nimport (\n\t\"crypto/rand\"\n\t\"encoding/base64\"\n)\n\nfunc NewSessionID() (string, error) {\n\tb := make([]byte, 32)\n\tif _, err := rand.Read(b); err != nil {\n\t\treturn \"\", err\n\t}\n\treturn base64.RawURLEncoding.EncodeToString(b), nil\n}\n",
  "low": false
 },
 {
  "name": "g_env_creds.go",
  "kind": "safe",
  "cwe": "CWE-798",
  "language": "go",
  "code": "package config\n\nimport (\n\t\"database/sql\"\n\t\"os\"\n\t_ \"github.com/lib/pq\"\n)\n\nfunc Open() (*sql.DB, error) {\n\treturn sql.Open(\"postgres\", os.Getenv(\"DATABASE_URL\"))\n}\n",
  "low": false
 },
 {
  "name": "g_gin_path_base.go",
  "kind": "safe",
  "cwe": "CWE-22",
  "language": "go",
  "code": "package main\n\nimport (\n\t\"path/filepath\"\n\n\t\"github.com/gin-gonic/gin\"\n)\n\nfunc main() {\n\tr := gin.Default()\n\tr.GET(\"/download/:file\", func(c *gin.Context) {\n\t\tfile := filepath.Base(c.Param(\"file\"))\n\t\tc.File(filepath.Join(\"./uploads\", file))\n\t})\n\tr.Run(\":8080\")\n}\n",
  "low": false
 },
 {
  "name": "g_gin_sqli_safe.go",
  "kind": "safe",
  "cwe": "CWE-89",
  "language": "go",
  "code": "package main\n\nimport (\n\t\"database/sql\"\n\t\"net/http\"\n\n\t\"github.com/gin-gonic/gin\"\n)\n\nvar db *sql.DB\n\nfunc searchProducts(c *gin.Context) {\n\tterm := c.Query(\"q\")\n\trows, err := db.Query(\"SELECT id, name FROM products WHERE name LIKE ?\", \"%\"+term+\"%\")\n\tif err != nil {\n\t\tc.JSON(http.StatusInternalServerError, gin.H{\"error\": \"db\"})\n\t\treturn\n\t}\n\tdefer rows.Close()\n\tc.JSON(http.StatusOK, gin.H{\"ok\": true})\n}\n",
  "low": false
 },
 {
  "name": "g_jwt_verified.go",
  "kind": "safe",
  "cwe": "CWE-347",
  "language": "go",
  "code": "package auth\n\nimport (\n\t\"errors\"\n\t\"os\"\n\n\t\"github.com/golang-jwt/jwt/v5\"\n)\n\nfunc UserFromToken(tokenString string) (string, error) {\n\ttoken, err := jwt.Parse(tokenString, func(t *jwt.Token) (interface{}, error) {\n\t\tif _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {\n\t\t\treturn nil, errors.New(\"unexpected signing method\")\n\t\t}\n\t\treturn []byte(os.Getenv(\"JWT_SECRET\")), nil\n\t})\n\tif err != nil || !token.Valid {\n\t\treturn \"\", errors.New(\"invalid token\")\n\t}\n\tclaims := token.Claims.(jwt.MapClaims)\n\treturn claims[\"sub\"].(string), nil\n}\n",
  "low": false
 },
 {
  "name": "g_path_join_checked.go",
  "kind": "safe",
  "cwe": "CWE-22",
  "language": "go",
  "code": "package main\n\nimport (\n\t\"net/http\"\n\t\"os\"\n\t\"path/filepath\"\n\t\"strings\"\n)\n\nconst baseDir = \"/srv/static\"\n\nfunc serveFile(w http.ResponseWriter, r *http.Request) {\n\tname := r.URL.Query().Get(\"name\")\n\tp := filepath.Join(baseDir, filepath.Clean(\"/\"+name))\n\tif !strings.HasPrefix(p, baseDir+string(os.PathSeparator)) {\n\t\thttp.Error(w, \"forbidden\", http.StatusForbidden)\n\t\treturn\n\t}\n\tdata, err := os.ReadFile(p)\n\tif err != nil {\n\t\thttp.NotFound(w, r)\n\t\treturn\n\t}\n\tw.Header().Set(\"Content-Type\", \"application/octet-stream\")\n\tw.Write(data)\n}\n",
  "low": false
 },
 {
  "name": "g_redirect_local.go",
  "kind": "safe",
  "cwe": "CWE-601",
  "language": "go",
  "code": "package main\n\nimport (\n\t\"net/http\"\n\t\"strings\"\n)\n\nfunc login(w http.ResponseWriter, r *http.Request) {\n\tnext := r.URL.Query().Get(\"next\")\n\tif !strings.HasPrefix(next, \"/\") || strings.HasPrefix(next, \"//\") {\n\t\tnext = \"/\"\n\t}\n\thttp.Redirect(w, r, next, http.StatusFound)\n}\n",
  "low": false
 },
 {
  "name": "g_secure_tls.go",
  "kind": "safe",
  "cwe": "CWE-295",
  "language": "go",
  "code": "package client\n\nimport (\n\t\"crypto/tls\"\n\t\"net/http\"\n\t\"time\"\n)\n\nfunc NewClient() *http.Client {\n\ttr := &http.Transport{\n\t\tTLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12},\n\t}\n\treturn &http.Client{Transport: tr, Timeout: 10 * time.Second}\n}\n",
  "low": false
 },
 {
  "name": "g_sha256.go",
  "kind": "safe",
  "cwe": "CWE-328",
  "language": "go",
  "code": "package util\n\nimport (\n\t\"crypto/sha256\"\n\t\"fmt\"\n)\n\nfunc Fingerprint(data []byte) string {\n\treturn fmt.Sprintf(\"%x\", sha256.Sum256(data))\n}\n",
  "low": false
 },
 {
  "name": "g_sqli_alias_safe.go",
  "kind": "safe",
  "cwe": "CWE-89",
  "language": "go",
  "code": "package store\n\nimport (\n\tsq \"database/sql\"\n)\n\ntype Store struct{ db *sq.DB }\n\nfunc (s *Store) DeleteByName(name string) error {\n\t_, err := s.db.Exec(\"DELETE FROM items WHERE name = ?\", name)\n\treturn err\n}\n",
  "low": false
 },
 {
  "name": "g_sqli_order_allow.go",
  "kind": "safe",
  "cwe": "CWE-89",
  "language": "go",
  "code": "package repo\n\nimport (\n\t\"database/sql\"\n)\n\nvar sortCols = map[string]string{\"name\": \"name\", \"created\": \"created_at\"}\n\nfunc ListUsers(db *sql.DB, sortBy string) (*sql.Rows, error) {\n\tcol, ok := sortCols[sortBy]\n\tif !ok {\n\t\tcol = \"id\"\n\t}\n\treturn db.Query(\"SELECT id, name FROM users ORDER BY \" + col)\n}\n",
  "low": false
 },
 {
  "name": "g_sqli_placeholder.go",
  "kind": "safe",
  "cwe": "CWE-89",
  "language": "go",
  "code": "package main\n\nimport (\n\t\"database/sql\"\n\t\"fmt\"\n\t\"net/http\"\n)\n\nvar db *sql.DB\n\nfunc getUser(w http.ResponseWriter, r *http.Request) {\n\tid := r.URL.Query().Get(\"id\")\n\trow := db.QueryRow(\"SELECT name, email FROM users WHERE id = $1\", id)\n\tvar name, email string\n\tif err := row.Scan(&name, &email); err != nil {\n\t\thttp.Error(w, \"not found\", http.StatusNotFound)\n\t\treturn\n\t}\n\tw.Header().Set(\"Content-Type\", \"text/plain\")\n\tfmt.Fprintf(w, \"%s <%s>\", name, email)\n}\n",
  "low": false
 },
 {
  "name": "g_ssrf_allow.go",
  "kind": "safe",
  "cwe": "CWE-918",
  "language": "go",
  "code": "package main\n\nimport (\n\t\"io\"\n\t\"net/http\"\n\t\"net/url\"\n)\n\nvar allowedHosts = map[string]bool{\"api.example.com\": true}\n\nfunc proxy(w http.ResponseWriter, r *http.Request) {\n\tu, err := url.Parse(r.URL.Query().Get(\"url\"))\n\tif err != nil || u.Scheme != \"https\" || !allowedHosts[u.Hostname()] {\n\t\thttp.Error(w, \"forbidden\", http.StatusForbidden)\n\t\treturn\n\t}\n\tresp, err := http.Get(u.String())\n\tif err != nil {\n\t\thttp.Error(w, \"fetch failed\", http.StatusBadGateway)\n\t\treturn\n\t}\n\tdefer resp.Body.Close()\n\tio.Copy(w, resp.Body)\n}\n",
  "low": false
 },
 {
  "name": "g_xss_escape.go",
  "kind": "safe",
  "cwe": "CWE-79",
  "language": "go",
  "code": "package main\n\nimport (\n\t\"fmt\"\n\t\"html\"\n\t\"net/http\"\n)\n\nfunc hello(w http.ResponseWriter, r *http.Request) {\n\tname := r.URL.Query().Get(\"name\")\n\tw.Header().Set(\"Content-Type\", \"text/html\")\n\tfmt.Fprintf(w, \"<h1>Hello, %s!</h1>\", html.EscapeString(name))\n}\n",
  "low": false
 },
 {
  "name": "g_xss_html_template.go",
  "kind": "safe",
  "cwe": "CWE-79",
  "language": "go",
  "code": "package main\n\nimport (\n\t\"html/template\"\n\t\"net/http\"\n)\n\nvar tmpl = template.Must(template.New(\"hello\").Parse(\"<h1>Hello, {{.}}!</h1>\"))\n\nfunc hello(w http.ResponseWriter, r *http.Request) {\n\tname := r.URL.Query().Get(\"name\")\n\ttmpl.Execute(w, name)\n}\n",
  "low": false
 },
 {
  "name": "g_zip_safe.go",
  "kind": "safe",
  "cwe": "CWE-22",
  "language": "go",
  "code": "package archive\n\nimport (\n\t\"archive/zip\"\n\t\"fmt\"\n\t\"io\"\n\t\"os\"\n\t\"path/filepath\"\n\t\"strings\"\n)\n\nfunc Unzip(src, dest string) error {\n\tr, err := zip.OpenReader(src)\n\tif err != nil {\n\t\treturn err\n\t}\n\tdefer r.Close()\n\tfor _, f := range r.File {\n\t\tpath := filepath.Join(dest, f.Name)\n\t\tif !strings.HasPrefix(path, filepath.Clean(dest)+string(os.PathSeparator)) {\n\t\t\treturn fmt.Errorf(\"illegal path: %s\", f.Name)\n\t\t}\n\t\trc, err := f.Open()\n\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n\t\tout, err := os.Create(path)\n\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n\t\tio.Copy(out, rc)\n\t\tout.Close()\n\t\trc.Close()\n\t}\n\treturn nil\n}\n",
  "low": false
 },
 {
  "name": "j_aes_gcm.java",
  "kind": "safe",
  "cwe": "CWE-327",
  "language": "java",
  "code": "import javax.crypto.*;\nimport javax.crypto.spec.*;\nimport java.security.SecureRandom;\n\npublic class TokenCrypto {\n    private static final SecureRandom RNG = new SecureRandom();\n    public static byte[] encrypt(SecretKey key, byte[] plain) throws Exception {\n        byte[] iv = new byte[12];\n        RNG.nextBytes(iv);\n        Cipher cipher = Cipher.getInstance(\"AES/GCM/NoPadding\");\n        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));\n        byte[] ct = cipher.doFinal(plain);\n        byte[] out = new byte[iv.length + ct.length];\n        System.arraycopy(iv, 0, out, 0, iv.length);\n        System.arraycopy(ct, 0, out, iv.length, ct.length);\n        return out;\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_auth_admin.java",
  "kind": "safe",
  "cwe": "CWE-862",
  "language": "java",
  "code": "import org.springframework.security.access.prepost.PreAuthorize;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\n@RequestMapping(\"/admin\")\npublic class AdminController {\n    private final UserService userService;\n    public AdminController(UserService s) { this.userService = s; }\n\n    @PreAuthorize(\"hasRole('ADMIN')\")\n    @DeleteMapping(\"/users/{id}\")\n    public void deleteUser(@PathVariable Long id) {\n        userService.deleteById(id);\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_bcrypt_password.java",
  "kind": "safe",
  "cwe": "CWE-328",
  "language": "java",
  "code": "import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;\n\npublic class PasswordUtil {\n    private static final BCryptPasswordEncoder ENCODER = new BCryptPasswordEncoder(12);\n    public static String hashPassword(String password) {\n        return ENCODER.encode(password);\n    }\n    public static boolean verify(String password, String hash) {\n        return ENCODER.matches(password, hash);\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_cmd_const.java",
  "kind": "safe",
  "cwe": "CWE-78",
  "language": "java",
  "code": "import org.springframework.web.bind.annotation.*;\nimport java.io.IOException;\n\n@RestController\npublic class BackupController {\n    @PostMapping(\"/backup\")\n    public String backup() throws IOException, InterruptedException {\n        ProcessBuilder pb = new ProcessBuilder(\"tar\", \"czf\", \"/backups/out.tgz\", \"/var/app/data\");\n        Process p = pb.start();\n        return \"exit=\" + p.waitFor();\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_cmd_processbuilder.java",
  "kind": "safe",
  "cwe": "CWE-78",
  "language": "java",
  "code": "import javax.servlet.http.*;\nimport java.io.*;\nimport java.util.regex.Pattern;\n\npublic class PingServlet extends HttpServlet {\n    private static final Pattern HOST = Pattern.compile(\"^[a-zA-Z0-9.-]{1,253}$\");\n    @Override\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String host = req.getParameter(\"host\");\n        if (host == null || !HOST.matcher(host).matches()) {\n            resp.sendError(400, \"bad host\");\n            return;\n        }\n        ProcessBuilder pb = new ProcessBuilder(\"ping\", \"-c\", \"3\", host);\n        pb.redirectErrorStream(true);\n        Process p = pb.start();\n        p.getInputStream().transferTo(resp.getOutputStream());\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_cookie_flags_set.java",
  "kind": "safe",
  "cwe": "CWE-614",
  "language": "java",
  "code": "import javax.servlet.http.*;\n\npublic class SessionHelper {\n    public void rememberMe(HttpServletResponse resp, String token) {\n        Cookie c = new Cookie(\"remember_token\", token);\n        c.setMaxAge(60 * 60 * 24 * 30);\n        c.setPath(\"/\");\n        c.setHttpOnly(true);\n        c.setSecure(true);\n        resp.addCookie(c);\n    }\n}\n",
  "low": false,
  "allow": [
   "java.persistent-sensitive-cookie"
  ]
 },
 {
  "name": "j_default_tls.java",
  "kind": "safe",
  "cwe": "CWE-295",
  "language": "java",
  "code": "import javax.net.ssl.*;\nimport java.security.KeyStore;\n\npublic class HttpClientFactory {\n    public static SSLContext context(KeyStore trustStore) throws Exception {\n        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());\n        tmf.init(trustStore);\n        SSLContext ctx = SSLContext.getInstance(\"TLSv1.3\");\n        ctx.init(null, tmf.getTrustManagers(), null);\n        return ctx;\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_deser_json.java",
  "kind": "safe",
  "cwe": "CWE-502",
  "language": "java",
  "code": "import javax.servlet.http.*;\nimport com.fasterxml.jackson.databind.ObjectMapper;\nimport java.io.*;\n\npublic class SessionImportServlet extends HttpServlet {\n    private final ObjectMapper mapper = new ObjectMapper();\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        SessionState state = mapper.readValue(req.getInputStream(), SessionState.class);\n        req.getSession().setAttribute(\"state\", state);\n    }\n}\n",
  "low": false,
  "allow": [
   "java.trust-boundary"
  ]
 },
 {
  "name": "j_env_pw.java",
  "kind": "safe",
  "cwe": "CWE-798",
  "language": "java",
  "code": "import java.sql.*;\n\npublic class Db {\n    private static final String URL = System.getenv(\"DB_URL\");\n\n    public static Connection connect() throws SQLException {\n        return DriverManager.getConnection(URL, System.getenv(\"DB_USER\"), System.getenv(\"DB_PASSWORD\"));\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_jdbctemplate_param.java",
  "kind": "safe",
  "cwe": "CWE-89",
  "language": "java",
  "code": "import org.springframework.jdbc.core.JdbcTemplate;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class AccountController {\n    private final JdbcTemplate jdbcTemplate;\n    public AccountController(JdbcTemplate t) { this.jdbcTemplate = t; }\n\n    @DeleteMapping(\"/accounts/{id}\")\n    public void delete(@PathVariable String id) {\n        jdbcTemplate.update(\"DELETE FROM accounts WHERE id = ?\", id);\n    }\n}\n",
  "low": false,
  "allow": []
 },
 {
  "name": "j_jpa_param.java",
  "kind": "safe",
  "cwe": "CWE-89",
  "language": "java",
  "code": "import javax.persistence.EntityManager;\nimport javax.persistence.PersistenceContext;\nimport org.springframework.stereotype.Repository;\nimport java.util.List;\n\n@Repository\npublic class ProductRepository {\n    @PersistenceContext\n    private EntityManager em;\n\n    public List<Product> findByCategory(String category) {\n        return em.createQuery(\"SELECT p FROM Product p WHERE p.category = :cat ORDER BY p.name\", Product.class)\n                 .setParameter(\"cat\", category)\n                 .getResultList();\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_ldap_filter_args.java",
  "kind": "safe",
  "cwe": "CWE-90",
  "language": "java",
  "code": "import javax.naming.directory.*;\nimport javax.naming.NamingEnumeration;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class DirectoryController {\n    private final DirContext ctx;\n    public DirectoryController(DirContext ctx) { this.ctx = ctx; }\n\n    @GetMapping(\"/lookup\")\n    public String lookup(@RequestParam String uid) throws Exception {\n        SearchControls sc = new SearchControls();\n        sc.setSearchScope(SearchControls.SUBTREE_SCOPE);\n        NamingEnumeration<SearchResult> res = ctx.search(\"ou=people,dc=example,dc=com\", \"(&(objectClass=person)(uid={0}))\", new Object[]{uid}, sc);\n        return res.hasMore() ? res.next().getNameInNamespace() : \"none\";\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_path_download_normalized.java",
  "kind": "safe",
  "cwe": "CWE-22",
  "language": "java",
  "code": "import org.springframework.http.*;\nimport org.springframework.web.bind.annotation.*;\nimport java.nio.file.*;\n\n@RestController\npublic class FileController {\n    private static final Path BASE = Paths.get(\"/var/app/uploads\").toAbsolutePath().normalize();\n\n    @GetMapping(\"/files/{name}\")\n    public ResponseEntity<byte[]> download(@PathVariable String name) throws Exception {\n        Path p = BASE.resolve(name).normalize();\n        if (!p.startsWith(BASE)) {\n            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();\n        }\n        return ResponseEntity.ok(Files.readAllBytes(p));\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_path_servlet_getname.java",
  "kind": "safe",
  "cwe": "CWE-22",
  "language": "java",
  "code": "import javax.servlet.http.*;\nimport java.io.*;\n\npublic class ReportServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {\n        String report = new File(request.getParameter(\"report\")).getName();\n        File f = new File(\"/opt/reports\", report);\n        try (FileInputStream in = new FileInputStream(f)) {\n            in.transferTo(response.getOutputStream());\n        }\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_redirect_checked.java",
  "kind": "safe",
  "cwe": "CWE-601",
  "language": "java",
  "code": "import javax.servlet.http.*;\nimport java.io.IOException;\n\npublic class LoginServlet extends HttpServlet {\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String next = req.getParameter(\"next\");\n        if (next == null || !next.startsWith(\"/\") || next.startsWith(\"//\")) {\n            next = \"/home\";\n        }\n        resp.sendRedirect(next);\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_securerandom_token.java",
  "kind": "safe",
  "cwe": "CWE-330",
  "language": "java",
  "code": "import java.security.SecureRandom;\nimport java.util.Base64;\n\npublic class ResetTokenService {\n    private final SecureRandom random = new SecureRandom();\n    public String generateResetToken() {\n        byte[] buf = new byte[32];\n        random.nextBytes(buf);\n        return Base64.getUrlEncoder().withoutPadding().encodeToString(buf);\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_sha256_hash.java",
  "kind": "safe",
  "cwe": "CWE-328",
  "language": "java",
  "code": "import java.security.MessageDigest;\nimport java.util.HexFormat;\n\npublic class Checksum {\n    public static String fingerprint(byte[] data) throws Exception {\n        MessageDigest md = MessageDigest.getInstance(\"SHA-256\");\n        return HexFormat.of().formatHex(md.digest(data));\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_spel_const.java",
  "kind": "safe",
  "cwe": "CWE-917",
  "language": "java",
  "code": "import org.springframework.expression.*;\nimport org.springframework.expression.spel.standard.SpelExpressionParser;\nimport org.springframework.expression.spel.support.SimpleEvaluationContext;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class RuleController {\n    private final ExpressionParser parser = new SpelExpressionParser();\n\n    @PostMapping(\"/rules/evaluate\")\n    public Object evaluate(@RequestBody Order order) {\n        Expression exp = parser.parseExpression(\"total > 100\");\n        return exp.getValue(SimpleEvaluationContext.forReadOnlyDataBinding().build(), order);\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_sqli_helper_prepared.java",
  "kind": "safe",
  "cwe": "CWE-89",
  "language": "java",
  "code": "import java.sql.*;\n\npublic class OrderDao {\n    private final Connection conn;\n    public OrderDao(Connection conn) { this.conn = conn; }\n\n    public ResultSet findOrders(String customerId, String status) throws SQLException {\n        PreparedStatement ps = conn.prepareStatement(\"SELECT * FROM orders WHERE customer_id = ? AND status = ?\");\n        ps.setString(1, customerId);\n        ps.setString(2, status);\n        return ps.executeQuery();\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_sqli_int_parse.java",
  "kind": "safe",
  "cwe": "CWE-89",
  "language": "java",
  "code": "import java.sql.*;\nimport javax.servlet.http.*;\n\npublic class ReportServlet extends HttpServlet {\n    private Connection connection;\n\n    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {\n        int year = Integer.parseInt(request.getParameter(\"year\"));\n        try (Statement s = connection.createStatement();\n             ResultSet rs = s.executeQuery(\"SELECT SUM(amount) FROM sales WHERE year = \" + year)) {\n            response.getWriter().println(rs.next() ? rs.getString(1) : \"0\");\n        } catch (SQLException e) {\n            response.sendError(500);\n        }\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_sqli_spring_prepared.java",
  "kind": "safe",
  "cwe": "CWE-89",
  "language": "java",
  "code": "import org.springframework.web.bind.annotation.*;\nimport java.sql.*;\nimport javax.sql.DataSource;\n\n@RestController\n@RequestMapping(\"/api/users\")\npublic class UserController {\n    private final DataSource dataSource;\n    public UserController(DataSource ds) { this.dataSource = ds; }\n\n    @GetMapping(\"/search\")\n    public List<String> search(@RequestParam(\"name\") String name) throws SQLException {\n        List<String> result = new ArrayList<>();\n        String sql = \"SELECT username FROM users WHERE username LIKE ?\";\n        try (Connection conn = dataSource.getConnection();\n             PreparedStatement ps = conn.prepareStatement(sql)) {\n            ps.setString(1, \"%\" + name + \"%\");\n            try (ResultSet rs = ps.executeQuery()) {\n                while (rs.next()) result.add(rs.getString(\"username\"));\n            }\n        }\n        return result;\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_ssrf_allowlist.java",
  "kind": "safe",
  "cwe": "CWE-918",
  "language": "java",
  "code": "import org.springframework.web.bind.annotation.*;\nimport java.net.*;\nimport java.io.*;\nimport java.util.Set;\n\n@RestController\npublic class PreviewController {\n    private static final Set<String> ALLOWED_HOSTS = Set.of(\"images.example.com\", \"cdn.example.com\");\n    @GetMapping(\"/preview\")\n    public String preview(@RequestParam String url) throws IOException {\n        URL target = new URL(url);\n        if (!\"https\".equals(target.getProtocol()) || !ALLOWED_HOSTS.contains(target.getHost())) {\n            throw new IllegalArgumentException(\"host not allowed\");\n        }\n        HttpURLConnection conn = (HttpURLConnection) target.openConnection();\n        try (InputStream in = conn.getInputStream()) {\n            return new String(in.readNBytes(4096));\n        }\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_xss_spring_escaped.java",
  "kind": "safe",
  "cwe": "CWE-79",
  "language": "java",
  "code": "import org.springframework.web.bind.annotation.*;\nimport org.springframework.web.util.HtmlUtils;\n\n@RestController\npublic class SearchController {\n    @GetMapping(value = \"/search\", produces = \"text/html\")\n    public String search(@RequestParam String q) {\n        return \"<p>No results for <b>\" + HtmlUtils.htmlEscape(q) + \"</b></p>\";\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_xss_writer_escaped.java",
  "kind": "safe",
  "cwe": "CWE-79",
  "language": "java",
  "code": "import javax.servlet.http.*;\nimport java.io.*;\nimport org.apache.commons.text.StringEscapeUtils;\n\npublic class GreetServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String name = StringEscapeUtils.escapeHtml4(req.getParameter(\"name\"));\n        resp.setContentType(\"text/html\");\n        PrintWriter out = resp.getWriter();\n        out.println(\"<html><body><h1>Hello, \" + name + \"!</h1></body></html>\");\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_xxe_dbf_secure.java",
  "kind": "safe",
  "cwe": "CWE-611",
  "language": "java",
  "code": "import javax.xml.parsers.*;\nimport org.w3c.dom.*;\nimport java.io.InputStream;\n\npublic class InvoiceParser {\n    public String parseTotal(InputStream xml) throws Exception {\n        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();\n        dbf.setFeature(\"http://apache.org/xml/features/disallow-doctype-decl\", true);\n        dbf.setFeature(\"http://xml.org/sax/features/external-general-entities\", false);\n        dbf.setXIncludeAware(false);\n        dbf.setExpandEntityReferences(false);\n        DocumentBuilder db = dbf.newDocumentBuilder();\n        Document doc = db.parse(xml);\n        return doc.getElementsByTagName(\"total\").item(0).getTextContent();\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_xxe_xif_secure.java",
  "kind": "safe",
  "cwe": "CWE-611",
  "language": "java",
  "code": "import javax.xml.stream.*;\nimport java.io.InputStream;\n\npublic class FeedImporter {\n    public int countItems(InputStream in) throws Exception {\n        XMLInputFactory xif = XMLInputFactory.newInstance();\n        xif.setProperty(XMLInputFactory.SUPPORT_DTD, false);\n        xif.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);\n        XMLStreamReader r = xif.createXMLStreamReader(in);\n        int n = 0;\n        while (r.hasNext()) { if (r.next() == XMLStreamConstants.START_ELEMENT && \"item\".equals(r.getLocalName())) n++; }\n        return n;\n    }\n}\n",
  "low": false
 },
 {
  "name": "j_zip_safe.java",
  "kind": "safe",
  "cwe": "CWE-22",
  "language": "java",
  "code": "import java.io.*;\nimport java.nio.file.*;\nimport java.util.zip.*;\n\npublic class Unzipper {\n    public static void unzip(InputStream in, Path dest) throws IOException {\n        Path root = dest.toAbsolutePath().normalize();\n        try (ZipInputStream zis = new ZipInputStream(in)) {\n            ZipEntry e;\n            while ((e = zis.getNextEntry()) != null) {\n                Path target = root.resolve(e.getName()).normalize();\n                if (!target.startsWith(root)) throw new IOException(\"bad entry: \" + e.getName());\n                if (e.isDirectory()) { Files.createDirectories(target); continue; }\n                Files.createDirectories(target.getParent());\n                Files.copy(zis, target, StandardCopyOption.REPLACE_EXISTING);\n            }\n        }\n    }\n}\n",
  "low": false
 },
 {
  "name": "p_calc_safe.php",
  "kind": "safe",
  "cwe": "CWE-95",
  "language": "php",
  "code": "<?php\n$a = (float)($_GET['a'] ?? 0);\n$b = (float)($_GET['b'] ?? 0);\n$result = $a + $b;\necho $result;\n",
  "low": false
 },
 {
  "name": "p_cmd_escapeshellarg.php",
  "kind": "safe",
  "cwe": "CWE-78",
  "language": "php",
  "code": "<?php\nif (isset($_POST['domain'])) {\n    $domain = escapeshellarg($_POST['domain']);\n    $output = shell_exec(\"nslookup \" . $domain);\n    echo \"<pre>\" . htmlspecialchars($output) . \"</pre>\";\n}\n",
  "low": false
 },
 {
  "name": "p_env_creds.php",
  "kind": "safe",
  "cwe": "CWE-798",
  "language": "php",
  "code": "<?php\n$conn = mysqli_connect(getenv('DB_HOST'), getenv('DB_USER'), getenv('DB_PASSWORD'), \"shop\");\n",
  "low": false
 },
 {
  "name": "p_include_allowlist.php",
  "kind": "safe",
  "cwe": "CWE-98",
  "language": "php",
  "code": "<?php\n$allowed = ['home', 'about', 'contact'];\n$page = $_GET['page'] ?? 'home';\nif (!in_array($page, $allowed, true)) {\n    $page = 'home';\n}\ninclude __DIR__ . \"/pages/\" . $page . \".php\";\n",
  "low": false
 },
 {
  "name": "p_json_decode.php",
  "kind": "safe",
  "cwe": "CWE-502",
  "language": "php",
  "code": "<?php\n$prefs = isset($_COOKIE['prefs']) ? json_decode($_COOKIE['prefs'], true) : [];\n$theme = $prefs['theme'] ?? 'light';\necho \"<body class='\" . htmlspecialchars($theme) . \"'>\";\n",
  "low": false
 },
 {
  "name": "p_ldap_escaped.php",
  "kind": "safe",
  "cwe": "CWE-90",
  "language": "php",
  "code": "<?php\n$ds = ldap_connect(\"ldap://ldap.example.com\");\n$user = ldap_escape($_POST['user'], '', LDAP_ESCAPE_FILTER);\n$filter = \"(uid=\" . $user . \")\";\n$sr = ldap_search($ds, \"dc=example,dc=com\", $filter);\n$entries = ldap_get_entries($ds, $sr);\n",
  "low": false
 },
 {
  "name": "p_password_hash.php",
  "kind": "safe",
  "cwe": "CWE-328",
  "language": "php",
  "code": "<?php\nfunction registerUser(PDO $pdo, $username, $password) {\n    $hash = password_hash($password, PASSWORD_DEFAULT);\n    $stmt = $pdo->prepare(\"INSERT INTO users (username, password) VALUES (?, ?)\");\n    return $stmt->execute([$username, $hash]);\n}\n",
  "low": false
 },
 {
  "name": "p_path_basename.php",
  "kind": "safe",
  "cwe": "CWE-22",
  "language": "php",
  "code": "<?php\n$file = basename($_GET['file']);\n$path = \"/var/www/uploads/\" . $file;\nif (file_exists($path)) {\n    header('Content-Type: application/octet-stream');\n    readfile($path);\n}\n",
  "low": false
 },
 {
  "name": "p_random_bytes_token.php",
  "kind": "safe",
  "cwe": "CWE-330",
  "language": "php",
  "code": "<?php\nfunction generateResetToken($length = 32) {\n    return bin2hex(random_bytes($length));\n}\n$token = generateResetToken();\n",
  "low": false
 },
 {
  "name": "p_redirect_local.php",
  "kind": "safe",
  "cwe": "CWE-601",
  "language": "php",
  "code": "<?php\n$redirect = $_GET['redirect'] ?? '/';\nif (!preg_match('#^/[a-zA-Z0-9/_-]*$#', $redirect)) {\n    $redirect = '/';\n}\nheader(\"Location: \" . $redirect);\nexit;\n",
  "low": false
 },
 {
  "name": "p_setcookie_flags.php",
  "kind": "safe",
  "cwe": "CWE-614",
  "language": "php",
  "code": "<?php\n$token = bin2hex(random_bytes(32));\nsetcookie(\"session_token\", $token, [\n    'expires' => time() + 3600,\n    'path' => '/',\n    'secure' => true,\n    'httponly' => true,\n    'samesite' => 'Strict',\n]);\n",
  "low": false
 },
 {
  "name": "p_sqli_int_cast.php",
  "kind": "safe",
  "cwe": "CWE-89",
  "language": "php",
  "code": "<?php\n$conn = new mysqli(\"localhost\", \"app\", getenv(\"DB_PASS\"), \"shop\");\n$page = (int)($_GET['page'] ?? 1);\n$offset = ($page - 1) * 20;\n$result = $conn->query(\"SELECT id, title FROM posts ORDER BY id DESC LIMIT 20 OFFSET \" . $offset);\nwhile ($row = $result->fetch_assoc()) {\n    echo htmlspecialchars($row['title']) . \"<br>\";\n}\n",
  "low": false
 },
 {
  "name": "p_sqli_login_safe.php",
  "kind": "safe",
  "cwe": "CWE-89",
  "language": "php",
  "code": "<?php\nsession_start();\n$username = $_POST['username'] ?? '';\n$password = $_POST['password'] ?? '';\n$pdo = new PDO('mysql:host=localhost;dbname=app', 'app', getenv('DB_PASS'));\n$stmt = $pdo->prepare('SELECT id, password_hash FROM users WHERE username = ?');\n$stmt->execute([$username]);\n$row = $stmt->fetch();\nif ($row && password_verify($password, $row['password_hash'])) {\n    session_regenerate_id(true);\n    $_SESSION['user_id'] = $row['id'];\n    header('Location: /dashboard.php');\n    exit;\n}\n",
  "low": false
 },
 {
  "name": "p_sqli_mysqli_prepared.php",
  "kind": "safe",
  "cwe": "CWE-89",
  "language": "php",
  "code": "<?php\n$conn = new mysqli(\"localhost\", \"app\", getenv(\"DB_PASS\"), \"shop\");\n$id = $_GET['id'];\n$stmt = $conn->prepare(\"SELECT name, price FROM products WHERE id = ?\");\n$stmt->bind_param(\"i\", $id);\n$stmt->execute();\n$result = $stmt->get_result();\nwhile ($row = $result->fetch_assoc()) {\n    echo htmlspecialchars($row['name']) . \" - \" . $row['price'] . \"<br>\";\n}\n",
  "low": false
 },
 {
  "name": "p_sqli_pdo_prepared.php",
  "kind": "safe",
  "cwe": "CWE-89",
  "language": "php",
  "code": "<?php\nfunction findUserByEmail(PDO $pdo, string $email) {\n    $stmt = $pdo->prepare(\"SELECT * FROM users WHERE email = :email LIMIT 1\");\n    $stmt->execute(['email' => $email]);\n    return $stmt->fetch(PDO::FETCH_ASSOC);\n}\n\n$pdo = new PDO('mysql:host=localhost;dbname=app', 'app', getenv('DB_PASS'));\n$user = findUserByEmail($pdo, $_POST['email']);\n",
  "low": false
 },
 {
  "name": "p_ssrf_allow.php",
  "kind": "safe",
  "cwe": "CWE-918",
  "language": "php",
  "code": "<?php\n$allowedHosts = ['api.example.com', 'cdn.example.com'];\n$url = $_GET['url'] ?? '';\n$host = parse_url($url, PHP_URL_HOST);\nif (parse_url($url, PHP_URL_SCHEME) !== 'https' || !in_array($host, $allowedHosts, true)) {\n    http_response_code(400);\n    exit('host not allowed');\n}\n$content = file_get_contents($url);\necho strlen($content);\n",
  "low": false
 },
 {
  "name": "p_tls_on.php",
  "kind": "safe",
  "cwe": "CWE-295",
  "language": "php",
  "code": "<?php\n$ch = curl_init(\"https://payments.example.com/api/charge\");\ncurl_setopt($ch, CURLOPT_SSL_VERIFYPEER, true);\ncurl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 2);\ncurl_setopt($ch, CURLOPT_RETURNTRANSFER, true);\n$resp = curl_exec($ch);\n",
  "low": false
 },
 {
  "name": "p_upload_safe.php",
  "kind": "safe",
  "cwe": "CWE-434",
  "language": "php",
  "code": "<?php\n$ext = strtolower(pathinfo($_FILES['file']['name'], PATHINFO_EXTENSION));\nif (!in_array($ext, ['jpg', 'png', 'gif'], true)) { exit('bad type'); }\n$target = __DIR__ . \"/uploads/\" . bin2hex(random_bytes(16)) . \".\" . $ext;\nmove_uploaded_file($_FILES['file']['tmp_name'], $target);\necho \"Uploaded\";\n",
  "low": false
 },
 {
  "name": "p_xml_safe.php",
  "kind": "safe",
  "cwe": "CWE-611",
  "language": "php",
  "code": "<?php\n$xml = file_get_contents('php://input');\n$dom = new DOMDocument();\n$dom->loadXML($xml, LIBXML_NONET);\necho htmlspecialchars($dom->getElementsByTagName('name')->item(0)->nodeValue);\n",
  "low": false
 },
 {
  "name": "p_xss_echo_escaped.php",
  "kind": "safe",
  "cwe": "CWE-79",
  "language": "php",
  "code": "<?php\n$q = $_GET['q'] ?? '';\n?>\n<html><body>\n<h2>Search results for: <?php echo htmlspecialchars($q, ENT_QUOTES, 'UTF-8'); ?></h2>\n</body></html>\n",
  "low": false
 },
 {
  "name": "p_xss_func_escaped.php",
  "kind": "safe",
  "cwe": "CWE-79",
  "language": "php",
  "code": "<?php\nfunction e($s) { return htmlspecialchars($s, ENT_QUOTES, 'UTF-8'); }\nfunction renderComment(array $c) {\n    return \"<div class='comment'><b>\" . e($c['author']) . \"</b>: \" . e($c['body']) . \"</div>\";\n}\n$comment = ['author' => $_POST['author'], 'body' => $_POST['body']];\necho renderComment($comment);\n",
  "low": false
 },
 {
  "name": "c2_chmod_777.c",
  "kind": "vuln",
  "cwe": "CWE-732",
  "language": "c",
  "code": "#include <sys/stat.h>\n#include <stdio.h>\n\nint write_config(const char *path, const char *text) {\n    FILE *f = fopen(path, \"w\");\n    if (!f) return -1;\n    fputs(text, f);\n    fclose(f);\n    return chmod(path, 0777);\n}\n",
  "low": false
 },
 {
  "name": "c2_evp_des.c",
  "kind": "vuln",
  "cwe": "CWE-327",
  "language": "c",
  "code": "#include <openssl/evp.h>\n\nint encrypt_block(const unsigned char *key, const unsigned char *in, int inlen, unsigned char *out) {\n    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();\n    int len, total;\n    EVP_EncryptInit_ex(ctx, EVP_des_ecb(), NULL, key, NULL);\n    EVP_EncryptUpdate(ctx, out, &len, in, inlen);\n    total = len;\n    EVP_EncryptFinal_ex(ctx, out + len, &len);\n    EVP_CIPHER_CTX_free(ctx);\n    return total + len;\n}\n",
  "low": false
 },
 {
  "name": "c2_execl_shell.c",
  "kind": "vuln",
  "cwe": "CWE-78",
  "language": "c",
  "code": "#include <unistd.h>\n#include <stdio.h>\n\nint run_backup(const char *dir) {\n    char cmd[512];\n    snprintf(cmd, sizeof(cmd), \"tar czf /backups/b.tgz %s\", dir);\n    return execl(\"/bin/sh\", \"sh\", \"-c\", cmd, (char *)NULL);\n}\n",
  "low": false
 },
 {
  "name": "c2_getenv_strcpy.c",
  "kind": "vuln",
  "cwe": "CWE-120",
  "language": "c",
  "code": "#include <stdlib.h>\n#include <string.h>\n#include <stdio.h>\n\nint main(void) {\n    char home[64];\n    char *h = getenv(\"HOME\");\n    if (h == NULL) return 1;\n    strcpy(home, h);\n    printf(\"%s\\n\", home);\n    return 0;\n}\n",
  "low": false
 },
 {
  "name": "c2_int_mul_alloc.c",
  "kind": "vuln",
  "cwe": "CWE-190",
  "language": "c",
  "code": "#include <stdlib.h>\n#include <string.h>\n\nunsigned char *make_image(int width, int height) {\n    int size = width * height * 4;\n    unsigned char *pixels = malloc(size);\n    if (pixels) memset(pixels, 0, size);\n    return pixels;\n}\n",
  "low": false
 },
 {
  "name": "c2_list_uaf.c",
  "kind": "vuln",
  "cwe": "CWE-416",
  "language": "c",
  "code": "#include <stdlib.h>\n\nstruct node { int val; struct node *next; };\n\nvoid free_list(struct node *head) {\n    struct node *p;\n    for (p = head; p != NULL; p = p->next) {\n        free(p);\n    }\n}\n",
  "low": false
 },
 {
  "name": "c2_read_overflow.c",
  "kind": "vuln",
  "cwe": "CWE-787",
  "language": "c",
  "code": "#include <unistd.h>\n#include <stdint.h>\n\nint handle_client(int fd) {\n    char buf[256];\n    uint32_t len;\n    if (read(fd, &len, sizeof(len)) != sizeof(len)) return -1;\n    if (read(fd, buf, len) < 0) return -1;\n    return buf[0];\n}\n",
  "low": false
 },
 {
  "name": "c2_ssl_verify_none.c",
  "kind": "vuln",
  "cwe": "CWE-295",
  "language": "c",
  "code": "#include <openssl/ssl.h>\n\nSSL_CTX *make_client_ctx(void) {\n    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());\n    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);\n    return ctx;\n}\n",
  "low": false
 },
 {
  "name": "c2_tainted_index.c",
  "kind": "vuln",
  "cwe": "CWE-129",
  "language": "c",
  "code": "#include <stdio.h>\n#include <stdlib.h>\n\nstatic int prices[10] = {5, 10, 15, 20, 25, 30, 35, 40, 45, 50};\n\nint main(int argc, char **argv) {\n    if (argc < 2) return 1;\n    int idx = atoi(argv[1]);\n    printf(\"price: %d\\n\", prices[idx]);\n    return 0;\n}\n",
  "low": false
 },
 {
  "name": "c2_tmpnam.c",
  "kind": "vuln",
  "cwe": "CWE-377",
  "language": "c",
  "code": "#include <stdio.h>\n\nint save_temp(const char *data) {\n    char name[L_tmpnam];\n    tmpnam(name);\n    FILE *f = fopen(name, \"w\");\n    if (!f) return -1;\n    fputs(data, f);\n    fclose(f);\n    return 0;\n}\n",
  "low": false
 },
 {
  "name": "g2_cmd_user_binary.go",
  "kind": "vuln",
  "cwe": "CWE-78",
  "language": "go",
  "code": "package main\n\nimport (\n\t\"net/http\"\n\t\"os/exec\"\n\t\"strings\"\n)\n\nfunc run(w http.ResponseWriter, r *http.Request) {\n\tparts := strings.Fields(r.FormValue(\"cmd\"))\n\tout, _ := exec.Command(parts[0], parts[1:]...).Output()\n\tw.Write(out)\n}\n",
  "low": false
 },
 {
  "name": "g2_gin_redirect.go",
  "kind": "vuln",
  "cwe": "CWE-601",
  "language": "go",
  "code": "package main\n\nimport (\n\t\"net/http\"\n\n\t\"github.com/gin-gonic/gin\"\n)\n\nfunc callback(c *gin.Context) {\n\tnext := c.Query(\"next\")\n\tc.Redirect(http.StatusFound, next)\n}\n",
  "low": false
 },
 {
  "name": "g2_gorm_raw.go",
  "kind": "vuln",
  "cwe": "CWE-89",
  "language": "go",
  "code": "package repo\n\nimport \"gorm.io/gorm\"\n\ntype User struct{ ID uint; Name string }\n\nfunc FindByName(db *gorm.DB, name string) ([]User, error) {\n\tvar users []User\n\terr := db.Where(\"name = '\" + name + \"'\").Find(&users).Error\n\treturn users, err\n}\n",
  "low": false
 },
 {
  "name": "g2_jwt_hardcoded.go",
  "kind": "vuln",
  "cwe": "CWE-798",
  "language": "go",
  "code": "package auth\n\nimport (\n\t\"time\"\n\n\t\"github.com/golang-jwt/jwt/v5\"\n)\n\nvar jwtKey = []byte(\"my_secret_key\")\n\nfunc IssueToken(user string) (string, error) {\n\tclaims := jwt.MapClaims{\"sub\": user, \"exp\": time.Now().Add(time.Hour).Unix()}\n\treturn jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(jwtKey)\n}\n",
  "low": false
 },
 {
  "name": "g2_os_open.go",
  "kind": "vuln",
  "cwe": "CWE-22",
  "language": "go",
  "code": "package main\n\nimport (\n\t\"io\"\n\t\"net/http\"\n\t\"os\"\n)\n\nfunc readLog(w http.ResponseWriter, r *http.Request) {\n\tname := r.FormValue(\"name\")\n\tf, err := os.Open(\"/var/log/app/\" + name)\n\tif err != nil {\n\t\thttp.Error(w, \"no\", 404)\n\t\treturn\n\t}\n\tdefer f.Close()\n\tio.Copy(w, f)\n}\n",
  "low": false
 },
 {
  "name": "g2_perm_0777.go",
  "kind": "vuln",
  "cwe": "CWE-732",
  "language": "go",
  "code": "package store\n\nimport \"os\"\n\nfunc SaveToken(path, token string) error {\n\treturn os.WriteFile(path, []byte(token), 0777)\n}\n",
  "low": false
 },
 {
  "name": "g2_rsa1024.go",
  "kind": "vuln",
  "cwe": "CWE-326",
  "language": "go",
  "code": "package keys\n\nimport (\n\t\"crypto/rand\"\n\t\"crypto/rsa\"\n)\n\nfunc NewKey() (*rsa.PrivateKey, error) {\n\treturn rsa.GenerateKey(rand.Reader, 1024)\n}\n",
  "low": false
 },
 {
  "name": "g2_servefile.go",
  "kind": "vuln",
  "cwe": "CWE-22",
  "language": "go",
  "code": "package main\n\nimport (\n\t\"net/http\"\n)\n\nfunc download(w http.ResponseWriter, r *http.Request) {\n\tfile := r.URL.Query().Get(\"file\")\n\thttp.ServeFile(w, r, \"/srv/files/\"+file)\n}\n",
  "low": false
 },
 {
  "name": "g2_sqlx_sprintf_alias.go",
  "kind": "vuln",
  "cwe": "CWE-89",
  "language": "go",
  "code": "package repo\n\nimport (\n\t\"database/sql\"\n\tf \"fmt\"\n)\n\nfunc CountByStatus(db *sql.DB, status string) (int, error) {\n\tvar n int\n\tq := f.Sprintf(\"SELECT COUNT(*) FROM jobs WHERE status = '%s'\", status)\n\terr := db.QueryRow(q).Scan(&n)\n\treturn n, err\n}\n",
  "low": false
 },
 {
  "name": "g2_ssh_insecure.go",
  "kind": "vuln",
  "cwe": "CWE-322",
  "language": "go",
  "code": "package deploy\n\nimport \"golang.org/x/crypto/ssh\"\n\nfunc Config(user, pass string) *ssh.ClientConfig {\n\treturn &ssh.ClientConfig{\n\t\tUser:            user,\n\t\tAuth:            []ssh.AuthMethod{ssh.Password(pass)},\n\t\tHostKeyCallback: ssh.InsecureIgnoreHostKey(),\n\t}\n}\n",
  "low": false
 },
 {
  "name": "g2_tls10.go",
  "kind": "vuln",
  "cwe": "CWE-327",
  "language": "go",
  "code": "package server\n\nimport \"crypto/tls\"\n\nfunc TLSConfig() *tls.Config {\n\treturn &tls.Config{MinVersion: tls.VersionTLS10}\n}\n",
  "low": false
 },
 {
  "name": "g2_write_html.go",
  "kind": "vuln",
  "cwe": "CWE-79",
  "language": "go",
  "code": "package main\n\nimport \"net/http\"\n\nfunc search(w http.ResponseWriter, r *http.Request) {\n\tq := r.URL.Query().Get(\"q\")\n\tw.Header().Set(\"Content-Type\", \"text/html; charset=utf-8\")\n\tw.Write([]byte(\"<p>You searched for: \" + q + \"</p>\"))\n}\n",
  "low": false
 },
 {
  "name": "j2_aes_ecb_explicit.java",
  "kind": "vuln",
  "cwe": "CWE-327",
  "language": "java",
  "code": "import javax.crypto.Cipher;\nimport javax.crypto.spec.SecretKeySpec;\nimport java.util.Base64;\n\npublic class CardEncryptor {\n    private final SecretKeySpec key;\n    public CardEncryptor(byte[] k) { this.key = new SecretKeySpec(k, \"AES\"); }\n    public String encrypt(String cardNumber) throws Exception {\n        Cipher c = Cipher.getInstance(\"AES/ECB/PKCS5Padding\");\n        c.init(Cipher.ENCRYPT_MODE, key);\n        return Base64.getEncoder().encodeToString(c.doFinal(cardNumber.getBytes()));\n    }\n}\n",
  "low": false
 },
 {
  "name": "j2_cmd_helper.java",
  "kind": "vuln",
  "cwe": "CWE-78",
  "language": "java",
  "code": "import java.io.*;\n\npublic class ImageService {\n    public void resize(String inputPath, int width) throws IOException {\n        String command = \"convert \" + inputPath + \" -resize \" + width + \" /tmp/out.png\";\n        Runtime.getRuntime().exec(command);\n    }\n}\n",
  "low": false
 },
 {
  "name": "j2_csrf_disabled.java",
  "kind": "vuln",
  "cwe": "CWE-352",
  "language": "java",
  "code": "import org.springframework.context.annotation.*;\nimport org.springframework.security.config.annotation.web.builders.HttpSecurity;\nimport org.springframework.security.web.SecurityFilterChain;\n\n@Configuration\npublic class SecurityConfig {\n    @Bean\n    public SecurityFilterChain filterChain(HttpSecurity http) throws Exception {\n        http.csrf().disable()\n            .authorizeRequests().anyRequest().authenticated()\n            .and().formLogin();\n        return http.build();\n    }\n}\n",
  "low": false
 },
 {
  "name": "j2_httpclient_ssrf.java",
  "kind": "vuln",
  "cwe": "CWE-918",
  "language": "java",
  "code": "import java.net.URI;\nimport java.net.http.*;\nimport javax.servlet.http.*;\n\npublic class FetchServlet extends HttpServlet {\n    private final HttpClient client = HttpClient.newHttpClient();\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        String target = req.getParameter(\"target\");\n        try {\n            HttpRequest r = HttpRequest.newBuilder(URI.create(target)).GET().build();\n            HttpResponse<String> res = client.send(r, HttpResponse.BodyHandlers.ofString());\n            resp.getWriter().write(String.valueOf(res.statusCode()));\n        } catch (InterruptedException e) { Thread.currentThread().interrupt(); }\n    }\n}\n",
  "low": false
 },
 {
  "name": "j2_jwt_hardcoded.java",
  "kind": "vuln",
  "cwe": "CWE-798",
  "language": "java",
  "code": "import io.jsonwebtoken.*;\nimport java.util.Date;\n\npublic class JwtService {\n    private static final String SECRET_KEY = \"mySuperSecretKeyForJwtSigning123456\";\n\n    public String createToken(String username) {\n        return Jwts.builder()\n                .setSubject(username)\n                .setExpiration(new Date(System.currentTimeMillis() + 3600000))\n                .signWith(SignatureAlgorithm.HS256, SECRET_KEY)\n                .compact();\n    }\n}\n",
  "low": false
 },
 {
  "name": "j2_multipart_path.java",
  "kind": "vuln",
  "cwe": "CWE-22",
  "language": "java",
  "code": "import org.springframework.web.bind.annotation.*;\nimport org.springframework.web.multipart.MultipartFile;\nimport java.nio.file.*;\n\n@RestController\npublic class UploadController {\n    private final Path uploadDir = Paths.get(\"/var/uploads\");\n\n    @PostMapping(\"/upload\")\n    public String upload(@RequestParam(\"file\") MultipartFile file) throws Exception {\n        Path target = uploadDir.resolve(file.getOriginalFilename());\n        Files.write(target, file.getBytes());\n        return \"saved \" + target;\n    }\n}\n",
  "low": false
 },
 {
  "name": "j2_reflection.java",
  "kind": "vuln",
  "cwe": "CWE-470",
  "language": "java",
  "code": "import javax.servlet.http.*;\n\npublic class ActionServlet extends HttpServlet {\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        String action = req.getParameter(\"action\");\n        try {\n            Class<?> c = Class.forName(\"com.example.actions.\" + action);\n            Runnable r = (Runnable) c.getDeclaredConstructor().newInstance();\n            r.run();\n        } catch (ReflectiveOperationException e) {\n            resp.sendError(400);\n        }\n    }\n}\n",
  "low": false
 },
 {
  "name": "j2_resttemplate_ssrf.java",
  "kind": "vuln",
  "cwe": "CWE-918",
  "language": "java",
  "code": "import org.springframework.web.bind.annotation.*;\nimport org.springframework.web.client.RestTemplate;\n\n@RestController\npublic class WebhookController {\n    private final RestTemplate restTemplate = new RestTemplate();\n\n    @PostMapping(\"/webhook/test\")\n    public String test(@RequestParam String callbackUrl) {\n        return restTemplate.getForObject(callbackUrl, String.class);\n    }\n}\n",
  "low": false
 },
 {
  "name": "j2_rsa_1024.java",
  "kind": "vuln",
  "cwe": "CWE-326",
  "language": "java",
  "code": "import java.security.*;\n\npublic class KeyUtil {\n    public static KeyPair newKeyPair() throws NoSuchAlgorithmException {\n        KeyPairGenerator kpg = KeyPairGenerator.getInstance(\"RSA\");\n        kpg.initialize(1024);\n        return kpg.generateKeyPair();\n    }\n}\n",
  "low": true
 },
 {
  "name": "j2_sqli_requestbody.java",
  "kind": "vuln",
  "cwe": "CWE-89",
  "language": "java",
  "code": "import org.springframework.web.bind.annotation.*;\nimport java.sql.*;\n\n@RestController\npublic class LoginController {\n    private final Connection conn;\n    public LoginController(Connection c) { this.conn = c; }\n\n    @PostMapping(\"/login\")\n    public boolean login(@RequestBody LoginRequest req) throws SQLException {\n        String sql = \"SELECT COUNT(*) FROM users WHERE username = '\" + req.getUsername()\n                + \"' AND password = '\" + req.getPassword() + \"'\";\n        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {\n            return rs.next() && rs.getInt(1) > 0;\n        }\n    }\n}\n",
  "low": false
 },
 {
  "name": "j2_xss_write_param.java",
  "kind": "vuln",
  "cwe": "CWE-79",
  "language": "java",
  "code": "import javax.servlet.http.*;\nimport java.io.IOException;\n\npublic class ErrorServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {\n        String msg = request.getParameter(\"msg\");\n        StringBuilder html = new StringBuilder();\n        html.append(\"<div class=\\\"error\\\">\");\n        html.append(msg);\n        html.append(\"</div>\");\n        response.setContentType(\"text/html;charset=UTF-8\");\n        response.getWriter().write(html.toString());\n    }\n}\n",
  "low": false
 },
 {
  "name": "j2_xxe_transformer.java",
  "kind": "vuln",
  "cwe": "CWE-611",
  "language": "java",
  "code": "import javax.xml.transform.*;\nimport javax.xml.transform.stream.*;\nimport java.io.*;\n\npublic class XsltRenderer {\n    public String render(InputStream xml, InputStream xslt) throws TransformerException {\n        TransformerFactory tf = TransformerFactory.newInstance();\n        Transformer t = tf.newTransformer(new StreamSource(xslt));\n        StringWriter out = new StringWriter();\n        t.transform(new StreamSource(xml), new StreamResult(out));\n        return out.toString();\n    }\n}\n",
  "low": false
 },
 {
  "name": "p2_backtick.php",
  "kind": "vuln",
  "cwe": "CWE-78",
  "language": "php",
  "code": "<?php\n$file = $_GET['log'];\n$lines = `tail -n 50 /var/log/app/$file`;\necho \"<pre>\" . htmlspecialchars($lines) . \"</pre>\";\n",
  "low": false
 },
 {
  "name": "p2_exec_ping.php",
  "kind": "vuln",
  "cwe": "CWE-78",
  "language": "php",
  "code": "<?php\n$ip = $_REQUEST['ip'];\nexec(\"ping -c 4 \" . $ip, $output, $status);\nforeach ($output as $line) {\n    echo htmlspecialchars($line) . \"<br>\";\n}\n",
  "low": false
 },
 {
  "name": "p2_file_write.php",
  "kind": "vuln",
  "cwe": "CWE-22",
  "language": "php",
  "code": "<?php\n$name = $_POST['filename'];\n$content = $_POST['content'];\nfile_put_contents(\"notes/\" . $name, $content);\necho \"saved\";\n",
  "low": false
 },
 {
  "name": "p2_hash_md5_pw.php",
  "kind": "vuln",
  "cwe": "CWE-328",
  "language": "php",
  "code": "<?php\nfunction checkLogin($pdo, $user, $pass) {\n    $stmt = $pdo->prepare('SELECT id FROM users WHERE name = ? AND pw = ?');\n    $stmt->execute([$user, hash('md5', $pass)]);\n    return $stmt->fetchColumn();\n}\n",
  "low": false
 },
 {
  "name": "p2_interp_query.php",
  "kind": "vuln",
  "cwe": "CWE-89",
  "language": "php",
  "code": "<?php\n$pdo = new PDO('sqlite:app.db');\n$stmt = $pdo->query(\"SELECT * FROM posts WHERE id = {$_GET['id']}\");\nforeach ($stmt as $row) {\n    echo htmlspecialchars($row['title']);\n}\n",
  "low": false
 },
 {
  "name": "p2_laravel_raw.php",
  "kind": "vuln",
  "cwe": "CWE-89",
  "language": "php",
  "code": "<?php\nnamespace App\\Http\\Controllers;\n\nuse Illuminate\\Http\\Request;\nuse Illuminate\\Support\\Facades\\DB;\n\nclass ProductController extends Controller\n{\n    public function search(Request $request)\n    {\n        $term = $request->input('q');\n        $products = DB::select(\"SELECT * FROM products WHERE name LIKE '%\" . $term . \"%'\");\n        return view('products.index', ['products' => $products]);\n    }\n}\n",
  "low": false
 },
 {
  "name": "p2_openssl_ecb.php",
  "kind": "vuln",
  "cwe": "CWE-327",
  "language": "php",
  "code": "<?php\nfunction encryptData($plain, $key) {\n    return base64_encode(openssl_encrypt($plain, 'aes-128-ecb', $key, OPENSSL_RAW_DATA));\n}\n",
  "low": false
 },
 {
  "name": "p2_otp_rand.php",
  "kind": "vuln",
  "cwe": "CWE-330",
  "language": "php",
  "code": "<?php\nsession_start();\n$otp = rand(100000, 999999);\n$_SESSION['otp'] = $otp;\nmail($_SESSION['email'], 'Your code', \"Your login code is $otp\");\n",
  "low": false
 },
 {
  "name": "p2_simplexml_noent.php",
  "kind": "vuln",
  "cwe": "CWE-611",
  "language": "php",
  "code": "<?php\n$xml = simplexml_load_string(file_get_contents('php://input'), 'SimpleXMLElement', LIBXML_NOENT);\necho htmlspecialchars((string)$xml->name);\n",
  "low": false
 },
 {
  "name": "p2_wpdb.php",
  "kind": "vuln",
  "cwe": "CWE-89",
  "language": "php",
  "code": "<?php\nfunction get_orders_for_user() {\n    global $wpdb;\n    $user = $_POST['user_id'];\n    return $wpdb->get_results(\"SELECT * FROM {$wpdb->prefix}orders WHERE user_id = '$user'\");\n}\n",
  "low": false
 },
 {
  "name": "p2_xss_attr.php",
  "kind": "vuln",
  "cwe": "CWE-79",
  "language": "php",
  "code": "<?php\n$website = $_POST['website'];\n$name = $_POST['name'];\nprintf('<p>Thanks %s! <a href=\"%s\">your site</a></p>', $name, $website);\n",
  "low": false
 },
 {
  "name": "c2_evp_aes_gcm.c",
  "kind": "safe",
  "cwe": "CWE-327",
  "language": "c",
  "code": "#include <openssl/evp.h>\n\nint encrypt_block(const unsigned char *key, const unsigned char *iv, const unsigned char *in, int inlen, unsigned char *out) {\n    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();\n    int len, total;\n    EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, iv);\n    EVP_EncryptUpdate(ctx, out, &len, in, inlen);\n    total = len;\n    EVP_EncryptFinal_ex(ctx, out + len, &len);\n    EVP_CIPHER_CTX_free(ctx);\n    return total + len;\n}\n",
  "low": false
 },
 {
  "name": "c2_index_checked.c",
  "kind": "safe",
  "cwe": "CWE-129",
  "language": "c",
  "code": "#include <stdio.h>\n#include <stdlib.h>\n\nstatic int prices[10] = {5, 10, 15, 20, 25, 30, 35, 40, 45, 50};\n\nint main(int argc, char **argv) {\n    if (argc < 2) return 1;\n    int idx = atoi(argv[1]);\n    if (idx < 0 || idx >= 10) return 1;\n    printf(\"price: %d\\n\", prices[idx]);\n    return 0;\n}\n",
  "low": false
 },
 {
  "name": "c2_list_free_ok.c",
  "kind": "safe",
  "cwe": "CWE-416",
  "language": "c",
  "code": "#include <stdlib.h>\n\nstruct node { int val; struct node *next; };\n\nvoid free_list(struct node *head) {\n    struct node *p = head;\n    while (p != NULL) {\n        struct node *next = p->next;\n        free(p);\n        p = next;\n    }\n}\n",
  "low": false
 },
 {
  "name": "c2_mkstemp.c",
  "kind": "safe",
  "cwe": "CWE-377",
  "language": "c",
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <unistd.h>\n\nint save_temp(const char *data) {\n    char name[] = \"/tmp/appXXXXXX\";\n    int fd = mkstemp(name);\n    if (fd < 0) return -1;\n    FILE *f = fdopen(fd, \"w\");\n    fputs(data, f);\n    fclose(f);\n    return 0;\n}\n",
  "low": false
 },
 {
  "name": "c2_read_checked.c",
  "kind": "safe",
  "cwe": "CWE-787",
  "language": "c",
  "code": "#include <unistd.h>\n#include <stdint.h>\n\nint handle_client(int fd) {\n    char buf[256];\n    uint32_t len;\n    if (read(fd, &len, sizeof(len)) != sizeof(len)) return -1;\n    if (len > sizeof(buf)) return -1;\n    if (read(fd, buf, len) < 0) return -1;\n    return buf[0];\n}\n",
  "low": false
 },
 {
  "name": "c2_ssl_verify_peer.c",
  "kind": "safe",
  "cwe": "CWE-295",
  "language": "c",
  "code": "#include <openssl/ssl.h>\n\nSSL_CTX *make_client_ctx(void) {\n    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());\n    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);\n    SSL_CTX_set_default_verify_paths(ctx);\n    return ctx;\n}\n",
  "low": false
 },
 {
  "name": "g2_gorm_param.go",
  "kind": "safe",
  "cwe": "CWE-89",
  "language": "go",
  "code": "package repo\n\nimport \"gorm.io/gorm\"\n\ntype User struct{ ID uint; Name string }\n\nfunc FindByName(db *gorm.DB, name string) ([]User, error) {\n\tvar users []User\n\terr := db.Where(\"name = ?\", name).Find(&users).Error\n\treturn users, err\n}\n",
  "low": false
 },
 {
  "name": "g2_jwt_env.go",
  "kind": "safe",
  "cwe": "CWE-798",
  "language": "go",
  "code": "package auth\n\nimport (\n\t\"os\"\n\t\"time\"\n\n\t\"github.com/golang-jwt/jwt/v5\"\n)\n\nfunc IssueToken(user string) (string, error) {\n\tclaims := jwt.MapClaims{\"sub\": user, \"exp\": time.Now().Add(time.Hour).Unix()}\n\treturn jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(os.Getenv(\"JWT_KEY\")))\n}\n",
  "low": false
 },
 {
  "name": "g2_perm_0600.go",
  "kind": "safe",
  "cwe": "CWE-732",
  "language": "go",
  "code": "package store\n\nimport \"os\"\n\nfunc SaveToken(path, token string) error {\n\treturn os.WriteFile(path, []byte(token), 0600)\n}\n",
  "low": false
 },
 {
  "name": "g2_rsa3072.go",
  "kind": "safe",
  "cwe": "CWE-326",
  "language": "go",
  "code": "package keys\n\nimport (\n\t\"crypto/rand\"\n\t\"crypto/rsa\"\n)\n\nfunc NewKey() (*rsa.PrivateKey, error) {\n\treturn rsa.GenerateKey(rand.Reader, 3072)\n}\n",
  "low": false
 },
 {
  "name": "j2_cmd_helper_safe.java",
  "kind": "safe",
  "cwe": "CWE-78",
  "language": "java",
  "code": "import java.io.*;\n\npublic class ImageService {\n    public void resize(String inputPath, int width) throws IOException {\n        new ProcessBuilder(\"convert\", inputPath, \"-resize\", String.valueOf(width), \"/tmp/out.png\").start();\n    }\n}\n",
  "low": false
 },
 {
  "name": "j2_jwt_env.java",
  "kind": "safe",
  "cwe": "CWE-798",
  "language": "java",
  "code": "import io.jsonwebtoken.*;\nimport java.util.Date;\n\npublic class JwtService {\n    private final String secretKey = System.getenv(\"JWT_SECRET\");\n\n    public String createToken(String username) {\n        return Jwts.builder()\n                .setSubject(username)\n                .setExpiration(new Date(System.currentTimeMillis() + 3600000))\n                .signWith(SignatureAlgorithm.HS256, secretKey)\n                .compact();\n    }\n}\n",
  "low": false
 },
 {
  "name": "j2_multipart_path_safe.java",
  "kind": "safe",
  "cwe": "CWE-22",
  "language": "java",
  "code": "import org.springframework.web.bind.annotation.*;\nimport org.springframework.web.multipart.MultipartFile;\nimport java.nio.file.*;\nimport java.util.UUID;\n\n@RestController\npublic class UploadController {\n    private final Path uploadDir = Paths.get(\"/var/uploads\");\n\n    @PostMapping(\"/upload\")\n    public String upload(@RequestParam(\"file\") MultipartFile file) throws Exception {\n        Path target = uploadDir.resolve(UUID.randomUUID().toString() + \".bin\");\n        Files.write(target, file.getBytes());\n        return \"saved\";\n    }\n}\n",
  "low": false
 },
 {
  "name": "j2_rsa_3072.java",
  "kind": "safe",
  "cwe": "CWE-326",
  "language": "java",
  "code": "import java.security.*;\n\npublic class KeyUtil {\n    public static KeyPair newKeyPair() throws NoSuchAlgorithmException {\n        KeyPairGenerator kpg = KeyPairGenerator.getInstance(\"RSA\");\n        kpg.initialize(3072);\n        return kpg.generateKeyPair();\n    }\n}\n",
  "low": false
 },
 {
  "name": "j2_sqli_named.java",
  "kind": "safe",
  "cwe": "CWE-89",
  "language": "java",
  "code": "import org.springframework.jdbc.core.namedparam.*;\nimport java.util.*;\n\npublic class UserRepo {\n    private final NamedParameterJdbcTemplate jdbc;\n    public UserRepo(NamedParameterJdbcTemplate j) { this.jdbc = j; }\n    public List<Map<String, Object>> byName(String name) {\n        return jdbc.queryForList(\"SELECT id, name FROM users WHERE name = :name\", Map.of(\"name\", name));\n    }\n}\n",
  "low": false
 },
 {
  "name": "j2_xxe_transformer_safe.java",
  "kind": "safe",
  "cwe": "CWE-611",
  "language": "java",
  "code": "import javax.xml.XMLConstants;\nimport javax.xml.transform.*;\nimport javax.xml.transform.stream.*;\nimport java.io.*;\n\npublic class XsltRenderer {\n    public String render(InputStream xml, InputStream xslt) throws TransformerException {\n        TransformerFactory tf = TransformerFactory.newInstance();\n        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, \"\");\n        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, \"\");\n        Transformer t = tf.newTransformer(new StreamSource(xslt));\n        StringWriter out = new StringWriter();\n        t.transform(new StreamSource(xml), new StreamResult(out));\n        return out.toString();\n    }\n}\n",
  "low": false
 },
 {
  "name": "p2_laravel_bind.php",
  "kind": "safe",
  "cwe": "CWE-89",
  "language": "php",
  "code": "<?php\nnamespace App\\Http\\Controllers;\n\nuse Illuminate\\Http\\Request;\nuse Illuminate\\Support\\Facades\\DB;\n\nclass ProductController extends Controller\n{\n    public function search(Request $request)\n    {\n        $term = $request->input('q');\n        $products = DB::select(\"SELECT * FROM products WHERE name LIKE ?\", ['%' . $term . '%']);\n        return view('products.index', ['products' => $products]);\n    }\n}\n",
  "low": false
 },
 {
  "name": "p2_openssl_gcm.php",
  "kind": "safe",
  "cwe": "CWE-327",
  "language": "php",
  "code": "<?php\nfunction encryptData($plain, $key) {\n    $iv = random_bytes(12);\n    $ct = openssl_encrypt($plain, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $iv, $tag);\n    return base64_encode($iv . $tag . $ct);\n}\n",
  "low": false
 },
 {
  "name": "p2_otp_random_int.php",
  "kind": "safe",
  "cwe": "CWE-330",
  "language": "php",
  "code": "<?php\nsession_start();\n$otp = random_int(100000, 999999);\n$_SESSION['otp'] = $otp;\nmail($_SESSION['email'], 'Your code', \"Your login code is $otp\");\n",
  "low": false
 },
 {
  "name": "p2_wpdb_prepare.php",
  "kind": "safe",
  "cwe": "CWE-89",
  "language": "php",
  "code": "<?php\nfunction get_orders_for_user() {\n    global $wpdb;\n    $user = $_POST['user_id'];\n    return $wpdb->get_results($wpdb->prepare(\"SELECT * FROM {$wpdb->prefix}orders WHERE user_id = %d\", $user));\n}\n",
  "low": false
 },
 {
  "name": "p2_xss_attr_safe.php",
  "kind": "safe",
  "cwe": "CWE-79",
  "language": "php",
  "code": "<?php\n$website = $_POST['website'];\n$name = $_POST['name'];\nprintf('<p>Thanks %s! <a href=\"%s\">your site</a></p>', htmlspecialchars($name, ENT_QUOTES), htmlspecialchars($website, ENT_QUOTES));\n",
  "low": false
 },
 {
  "name": "c3_alloc_strlen.c",
  "kind": "vuln",
  "cwe": "CWE-131",
  "language": "c",
  "code": "#include <stdlib.h>\n#include <string.h>\n\nchar *duplicate(const char *s) {\n    char *copy = malloc(strlen(s));\n    if (copy) strcpy(copy, s);\n    return copy;\n}\n",
  "low": false
 },
 {
  "name": "c3_index_param.c",
  "kind": "vuln",
  "cwe": "CWE-125",
  "language": "c",
  "code": "int get_value_at_index(const int *arr, int size, int index) {\n    if (index < size) {\n        return arr[index];\n    }\n    return -1;\n}\n",
  "low": false
 },
 {
  "name": "c3_pbkdf2_low.c",
  "kind": "vuln",
  "cwe": "CWE-916",
  "language": "c",
  "code": "#include <openssl/evp.h>\n#include <string.h>\n\nint hash_password(const char *pw, const unsigned char *salt, unsigned char *out) {\n    return PKCS5_PBKDF2_HMAC(pw, strlen(pw), salt, 16, 1000, EVP_sha256(), 32, out);\n}\n",
  "low": false
 },
 {
  "name": "c3_popen_grep.c",
  "kind": "vuln",
  "cwe": "CWE-78",
  "language": "c",
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nchar *search_logs(const char *pattern) {\n    char cmd[256];\n    static char result[4096];\n    snprintf(cmd, sizeof(cmd), \"grep -r '%s' /var/log/app\", pattern);\n    FILE *p = popen(cmd, \"r\");\n    if (!p) return NULL;\n    size_t n = fread(result, 1, sizeof(result) - 1, p);\n    result[n] = 0;\n    pclose(p);\n    return result;\n}\n",
  "low": false
 },
 {
  "name": "c3_printf_param.c",
  "kind": "vuln",
  "cwe": "CWE-134",
  "language": "c",
  "code": "#include <stdio.h>\n\nvoid print_user_status(const char *username, const char *status) {\n    char line[256];\n    snprintf(line, sizeof(line), \"%s: %s\\n\", username, status);\n    printf(line);\n}\n",
  "low": false
 },
 {
  "name": "c3_read_file_dir.c",
  "kind": "vuln",
  "cwe": "CWE-22",
  "language": "c",
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nchar *read_file_from_dir(const char *filename, const char *dir_path) {\n    char path[1024];\n    snprintf(path, sizeof(path), \"%s/%s\", dir_path, filename);\n    FILE *f = fopen(path, \"r\");\n    if (!f) return strdup(\"\");\n    fseek(f, 0, SEEK_END);\n    long len = ftell(f);\n    rewind(f);\n    char *buf = calloc(len + 1, 1);\n    fread(buf, 1, len, f);\n    fclose(f);\n    return buf;\n}\n",
  "low": false
 },
 {
  "name": "c3_static_iv.c",
  "kind": "vuln",
  "cwe": "CWE-329",
  "language": "c",
  "code": "#include <openssl/evp.h>\n\nstatic const unsigned char IV[16] = {0};\n\nint encrypt_data(const unsigned char *key, const unsigned char *in, int inlen, unsigned char *out) {\n    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();\n    int len, total;\n    EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, key, IV);\n    EVP_EncryptUpdate(ctx, out, &len, in, inlen);\n    total = len;\n    EVP_EncryptFinal_ex(ctx, out + len, &len);\n    EVP_CIPHER_CTX_free(ctx);\n    return total + len;\n}\n",
  "low": false
 },
 {
  "name": "c3_strncpy_srclen.c",
  "kind": "vuln",
  "cwe": "CWE-120",
  "language": "c",
  "code": "#include <string.h>\n\nvoid set_name(char dest[32], const char *src) {\n    strncpy(dest, src, strlen(src));\n}\n",
  "low": false
 },
 {
  "name": "c3_welcome_sprintf.c",
  "kind": "vuln",
  "cwe": "CWE-120",
  "language": "c",
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nchar *get_welcome_message(const char *username) {\n    char *msg = malloc(64);\n    if (!msg) return NULL;\n    sprintf(msg, \"Welcome, %s! We hope you enjoy your stay.\", username);\n    return msg;\n}\n",
  "low": false
 },
 {
  "name": "c3_xpath_libxml.c",
  "kind": "vuln",
  "cwe": "CWE-643",
  "language": "c",
  "code": "#include <libxml/xpath.h>\n#include <stdio.h>\n\nxmlXPathObjectPtr find_student(xmlXPathContextPtr ctx, const char *username, const char *password) {\n    char query[512];\n    snprintf(query, sizeof(query), \"//student[username='%s' and password='%s']\", username, password);\n    return xmlXPathEvalExpression((const xmlChar *)query, ctx);\n}\n",
  "low": false
 },
 {
  "name": "g3_header_injection.go",
  "kind": "vuln",
  "cwe": "CWE-113",
  "language": "go",
  "code": "package main\n\nimport \"net/http\"\n\nfunc setLang(w http.ResponseWriter, r *http.Request) {\n\tlang := r.URL.Query().Get(\"lang\")\n\tw.Header().Set(\"Content-Language\", lang)\n\tw.Write([]byte(\"ok\"))\n}\n",
  "low": false,
  "gap": "Go net/http replaces CR/LF in header values when writing them, so no rule flags Header().Set of request data"
 },
 {
  "name": "g3_log_injection.go",
  "kind": "vuln",
  "cwe": "CWE-117",
  "language": "go",
  "code": "package main\n\nimport (\n\t\"log\"\n\t\"net/http\"\n)\n\nfunc login(w http.ResponseWriter, r *http.Request) {\n\tuser := r.FormValue(\"username\")\n\tlog.Printf(\"login attempt for user %s\", user)\n\tw.WriteHeader(http.StatusUnauthorized)\n}\n",
  "low": true
 },
 {
  "name": "g3_pbkdf2_low.go",
  "kind": "vuln",
  "cwe": "CWE-916",
  "language": "go",
  "code": "package auth\n\nimport (\n\t\"crypto/sha256\"\n\n\t\"golang.org/x/crypto/pbkdf2\"\n)\n\nfunc DeriveKey(password string, salt []byte) []byte {\n\treturn pbkdf2.Key([]byte(password), salt, 1000, 32, sha256.New)\n}\n",
  "low": false
 },
 {
  "name": "g3_read_file_dir.go",
  "kind": "vuln",
  "cwe": "CWE-22",
  "language": "go",
  "code": "package files\n\nimport (\n\t\"os\"\n\t\"path/filepath\"\n)\n\nfunc ReadFileFromDir(filename, dirPath string) string {\n\tpath := filepath.Join(dirPath, filename)\n\tdata, err := os.ReadFile(path)\n\tif err != nil {\n\t\treturn \"\"\n\t}\n\treturn string(data)\n}\n",
  "low": false
 },
 {
  "name": "g3_regex_input.go",
  "kind": "vuln",
  "cwe": "CWE-1333",
  "language": "go",
  "code": "package search\n\nimport (\n\t\"net/http\"\n\t\"regexp\"\n)\n\nfunc Filter(w http.ResponseWriter, r *http.Request) {\n\tre, err := regexp.Compile(r.URL.Query().Get(\"pattern\"))\n\tif err != nil {\n\t\thttp.Error(w, \"bad pattern\", 400)\n\t\treturn\n\t}\n\tif re.MatchString(r.URL.Query().Get(\"text\")) {\n\t\tw.Write([]byte(\"match\"))\n\t}\n}\n",
  "low": false
 },
 {
  "name": "g3_sha256_password.go",
  "kind": "vuln",
  "cwe": "CWE-916",
  "language": "go",
  "code": "package auth\n\nimport (\n\t\"crypto/sha256\"\n\t\"encoding/hex\"\n)\n\nfunc HashPassword(password string, salt []byte) string {\n\th := sha256.New()\n\th.Write(salt)\n\th.Write([]byte(password))\n\treturn hex.EncodeToString(h.Sum(nil))\n}\n",
  "low": false
 },
 {
  "name": "g3_ssrf_host.go",
  "kind": "vuln",
  "cwe": "CWE-918",
  "language": "go",
  "code": "package api\n\nimport (\n\t\"io\"\n\t\"net/http\"\n)\n\nfunc FetchFromSubdomain(subdomain string) (string, error) {\n\tresp, err := http.Get(\"https://\" + subdomain + \".example.com/data\")\n\tif err != nil {\n\t\treturn \"\", err\n\t}\n\tdefer resp.Body.Close()\n\tb, err := io.ReadAll(resp.Body)\n\treturn string(b), err\n}\n",
  "low": false
 },
 {
  "name": "g3_ssrf_subdomain.go",
  "kind": "vuln",
  "cwe": "CWE-918",
  "language": "go",
  "code": "package api\n\nimport (\n\t\"io\"\n\t\"net/http\"\n)\n\nfunc FetchUserData(userID string) (string, error) {\n\tresp, err := http.Get(\"https://api.example.com/users/\" + userID)\n\tif err != nil {\n\t\treturn \"\", err\n\t}\n\tdefer resp.Body.Close()\n\tb, err := io.ReadAll(resp.Body)\n\treturn string(b), err\n}\n",
  "low": false
 },
 {
  "name": "g3_tempfile.go",
  "kind": "vuln",
  "cwe": "CWE-377",
  "language": "go",
  "code": "package store\n\nimport \"os\"\n\nfunc WriteTemp(results string) (string, error) {\n\tname := \"/tmp/results.txt\"\n\tif err := os.WriteFile(name, []byte(results), 0644); err != nil {\n\t\treturn \"\", err\n\t}\n\treturn name, nil\n}\n",
  "low": false
 },
 {
  "name": "g3_user_info_sql.go",
  "kind": "vuln",
  "cwe": "CWE-89",
  "language": "go",
  "code": "package users\n\nimport (\n\t\"database/sql\"\n\t\"fmt\"\n)\n\nfunc GetUserInfo(db *sql.DB, username, password string) (string, error) {\n\tvar info string\n\tquery := fmt.Sprintf(\"SELECT userInfo FROM users WHERE username = '%s' AND password = '%s'\", username, password)\n\terr := db.QueryRow(query).Scan(&info)\n\treturn info, err\n}\n",
  "low": false
 },
 {
  "name": "g3_xpath.go",
  "kind": "vuln",
  "cwe": "CWE-643",
  "language": "go",
  "code": "package users\n\nimport (\n\t\"fmt\"\n\n\t\"github.com/antchfx/xmlquery\"\n)\n\nfunc FindStudent(doc *xmlquery.Node, username, password string) *xmlquery.Node {\n\treturn xmlquery.FindOne(doc, fmt.Sprintf(\"//student[username='%s' and password='%s']\", username, password))\n}\n",
  "low": false
 },
 {
  "name": "g3_zero_iv.go",
  "kind": "vuln",
  "cwe": "CWE-329",
  "language": "go",
  "code": "package crypt\n\nimport (\n\t\"crypto/aes\"\n\t\"crypto/cipher\"\n)\n\nfunc EncryptCBC(key, plain []byte) ([]byte, error) {\n\tblock, err := aes.NewCipher(key)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tiv := make([]byte, aes.BlockSize)\n\tout := make([]byte, len(plain))\n\tcipher.NewCBCEncrypter(block, iv).CryptBlocks(out, plain)\n\treturn out, nil\n}\n",
  "low": false
 },
 {
  "name": "j3_exec_array_user_cmd.java",
  "kind": "vuln",
  "cwe": "CWE-78",
  "language": "java",
  "code": "import org.springframework.web.bind.annotation.*;\nimport java.io.*;\n\n@RestController\npublic class DiagController {\n    @GetMapping(\"/diag\")\n    public String diag(@RequestParam String tool, @RequestParam String arg) throws IOException {\n        Process p = Runtime.getRuntime().exec(new String[]{tool, arg});\n        return new String(p.getInputStream().readAllBytes());\n    }\n}\n",
  "low": false
 },
 {
  "name": "j3_header_cookie_value.java",
  "kind": "vuln",
  "cwe": "CWE-89",
  "language": "java",
  "code": "import javax.servlet.http.*;\nimport java.sql.*;\n\npublic class PrefsServlet extends HttpServlet {\n    private Connection conn;\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        String theme = null;\n        for (Cookie c : req.getCookies()) {\n            if (\"theme\".equals(c.getName())) theme = c.getValue();\n        }\n        try {\n            Statement st = conn.createStatement();\n            st.executeUpdate(\"UPDATE prefs SET theme = '\" + theme + \"' WHERE id = 1\");\n        } catch (SQLException e) { resp.sendError(500); }\n    }\n}\n",
  "low": false
 },
 {
  "name": "j3_jdbc_queryforobject.java",
  "kind": "vuln",
  "cwe": "CWE-89",
  "language": "java",
  "code": "import org.springframework.jdbc.core.JdbcTemplate;\nimport org.springframework.stereotype.Service;\n\n@Service\npublic class StockService {\n    private final JdbcTemplate jdbc;\n    public StockService(JdbcTemplate jdbc) { this.jdbc = jdbc; }\n    public Integer stockFor(String sku) {\n        return jdbc.queryForObject(\"SELECT qty FROM stock WHERE sku = '\" + sku + \"'\", Integer.class);\n    }\n}\n",
  "low": false
 },
 {
  "name": "j3_kotlin_like_path.java",
  "kind": "vuln",
  "cwe": "CWE-22",
  "language": "java",
  "code": "import org.springframework.core.io.*;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class AssetController {\n    @GetMapping(\"/assets\")\n    public Resource asset(@RequestParam String path) {\n        return new FileSystemResource(\"/opt/assets/\" + path);\n    }\n}\n",
  "low": false
 },
 {
  "name": "j3_native_query.java",
  "kind": "vuln",
  "cwe": "CWE-89",
  "language": "java",
  "code": "import javax.persistence.*;\nimport java.util.List;\n\npublic class ReportService {\n    @PersistenceContext private EntityManager em;\n\n    @SuppressWarnings(\"unchecked\")\n    public List<Object[]> salesByRegion(String region, String orderBy) {\n        String sql = \"SELECT region, SUM(total) FROM sales WHERE region = '\" + region + \"' GROUP BY region ORDER BY \" + orderBy;\n        return em.createNativeQuery(sql).getResultList();\n    }\n}\n",
  "low": false
 },
 {
  "name": "j3_responseentity_xss.java",
  "kind": "vuln",
  "cwe": "CWE-79",
  "language": "java",
  "code": "import org.springframework.http.*;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class ProfileController {\n    @GetMapping(\"/profile\")\n    public ResponseEntity<String> profile(@RequestParam String username) {\n        String body = \"<html><body><h2>Profile of \" + username + \"</h2></body></html>\";\n        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(body);\n    }\n}\n",
  "low": false
 },
 {
  "name": "p3_class_method_sqli.php",
  "kind": "vuln",
  "cwe": "CWE-89",
  "language": "php",
  "code": "<?php\nclass UserRepository {\n    private $db;\n    public function __construct(PDO $db) { $this->db = $db; }\n    public function findByUsername($username) {\n        $sql = \"SELECT * FROM users WHERE username = '\" . $username . \"'\";\n        return $this->db->query($sql)->fetch();\n    }\n}\n$repo = new UserRepository(new PDO('sqlite:app.db'));\n$user = $repo->findByUsername($_GET['u']);\n",
  "low": false
 },
 {
  "name": "p3_echo_request.php",
  "kind": "vuln",
  "cwe": "CWE-79",
  "language": "php",
  "code": "<?php\n$name = isset($_REQUEST['name']) ? trim($_REQUEST['name']) : 'guest';\necho \"<p>Hello \" . $name . \"</p>\";\n",
  "low": false
 },
 {
  "name": "p3_file_include_lang.php",
  "kind": "vuln",
  "cwe": "CWE-98",
  "language": "php",
  "code": "<?php\n$lang = $_COOKIE['lang'] ?? 'en';\nrequire_once \"lang/\" . $lang . \".php\";\n",
  "low": false
 },
 {
  "name": "p3_mysqli_insert.php",
  "kind": "vuln",
  "cwe": "CWE-89",
  "language": "php",
  "code": "<?php\n$conn = mysqli_connect('localhost', 'app', getenv('DB_PASS'), 'crm');\n$name = $_POST['name'];\n$email = $_POST['email'];\n$sql = \"INSERT INTO contacts (name, email) VALUES ('$name', '$email')\";\nif (mysqli_query($conn, $sql)) {\n    echo \"Contact saved\";\n}\n",
  "low": false
 },
 {
  "name": "p3_passthru.php",
  "kind": "vuln",
  "cwe": "CWE-78",
  "language": "php",
  "code": "<?php\nfunction compress($file) {\n    passthru(\"gzip -c \" . $file);\n}\ncompress($_GET['f']);\n",
  "low": false
 },
 {
  "name": "p3_sha1_token.php",
  "kind": "vuln",
  "cwe": "CWE-330",
  "language": "php",
  "code": "<?php\nfunction createApiKey($userId) {\n    return sha1($userId . time() . mt_rand());\n}\n",
  "low": false
 },
 {
  "name": "p3_unserialize_post.php",
  "kind": "vuln",
  "cwe": "CWE-502",
  "language": "php",
  "code": "<?php\nclass Cart { public $items = []; }\n$cart = unserialize(base64_decode($_POST['cart']));\necho count($cart->items);\n",
  "low": false
 },
 {
  "name": "c3_alloc_strlen_ok.c",
  "kind": "safe",
  "cwe": "CWE-131",
  "language": "c",
  "code": "#include <stdlib.h>\n#include <string.h>\n\nchar *duplicate(const char *s) {\n    size_t n = strlen(s) + 1;\n    char *copy = malloc(n);\n    if (copy) memcpy(copy, s, n);\n    return copy;\n}\n",
  "low": false
 },
 {
  "name": "c3_index_param_ok.c",
  "kind": "safe",
  "cwe": "CWE-125",
  "language": "c",
  "code": "int get_value_at_index(const int *arr, int size, int index) {\n    if (index >= 0 && index < size) {\n        return arr[index];\n    }\n    return -1;\n}\n",
  "low": false
 },
 {
  "name": "c3_pbkdf2_ok.c",
  "kind": "safe",
  "cwe": "CWE-916",
  "language": "c",
  "code": "#include <openssl/evp.h>\n#include <string.h>\n\nint hash_password(const char *pw, const unsigned char *salt, unsigned char *out) {\n    return PKCS5_PBKDF2_HMAC(pw, strlen(pw), salt, 16, 600000, EVP_sha256(), 32, out);\n}\n",
  "low": false
 },
 {
  "name": "c3_read_file_dir_realpath.c",
  "kind": "safe",
  "cwe": "CWE-22",
  "language": "c",
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <limits.h>\n\nchar *read_file_from_dir(const char *filename, const char *dir_path) {\n    char path[PATH_MAX], resolved[PATH_MAX], base[PATH_MAX];\n    snprintf(path, sizeof(path), \"%s/%s\", dir_path, filename);\n    if (!realpath(dir_path, base) || !realpath(path, resolved)) return strdup(\"\");\n    if (strncmp(resolved, base, strlen(base)) != 0 || resolved[strlen(base)] != '/') return strdup(\"\");\n    FILE *f = fopen(resolved, \"r\");\n    if (!f) return strdup(\"\");\n    fseek(f, 0, SEEK_END);\n    long len = ftell(f);\n    rewind(f);\n    char *buf = calloc(len + 1, 1);\n    fread(buf, 1, len, f);\n    fclose(f);\n    return buf;\n}\n",
  "low": false
 },
 {
  "name": "c3_welcome_snprintf.c",
  "kind": "safe",
  "cwe": "CWE-120",
  "language": "c",
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nchar *get_welcome_message(const char *username) {\n    size_t n = strlen(username) + 64;\n    char *msg = malloc(n);\n    if (!msg) return NULL;\n    snprintf(msg, n, \"Welcome, %s! We hope you enjoy your stay.\", username);\n    return msg;\n}\n",
  "low": false
 },
 {
  "name": "g3_argon2_password.go",
  "kind": "safe",
  "cwe": "CWE-916",
  "language": "go",
  "code": "package auth\n\nimport (\n\t\"encoding/hex\"\n\n\t\"golang.org/x/crypto/argon2\"\n)\n\nfunc HashPassword(password string, salt []byte) string {\n\treturn hex.EncodeToString(argon2.IDKey([]byte(password), salt, 1, 64*1024, 4, 32))\n}\n",
  "low": false
 },
 {
  "name": "g3_random_iv.go",
  "kind": "safe",
  "cwe": "CWE-329",
  "language": "go",
  "code": "package crypt\n\nimport (\n\t\"crypto/aes\"\n\t\"crypto/cipher\"\n\t\"crypto/rand\"\n)\n\nfunc EncryptCBC(key, plain []byte) ([]byte, error) {\n\tblock, err := aes.NewCipher(key)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tiv := make([]byte, aes.BlockSize)\n\tif _, err := rand.Read(iv); err != nil {\n\t\treturn nil, err\n\t}\n\tout := make([]byte, len(plain))\n\tcipher.NewCBCEncrypter(block, iv).CryptBlocks(out, plain)\n\treturn append(iv, out...), nil\n}\n",
  "low": false
 },
 {
  "name": "g3_read_file_dir_ok.go",
  "kind": "safe",
  "cwe": "CWE-22",
  "language": "go",
  "code": "package files\n\nimport (\n\t\"os\"\n\t\"path/filepath\"\n\t\"strings\"\n)\n\nfunc ReadFileFromDir(filename, dirPath string) string {\n\tbase, err := filepath.Abs(dirPath)\n\tif err != nil {\n\t\treturn \"\"\n\t}\n\tpath, err := filepath.Abs(filepath.Join(base, filename))\n\tif err != nil || !strings.HasPrefix(path, base+string(os.PathSeparator)) {\n\t\treturn \"\"\n\t}\n\tdata, err := os.ReadFile(path)\n\tif err != nil {\n\t\treturn \"\"\n\t}\n\treturn string(data)\n}\n",
  "low": false
 },
 {
  "name": "g3_tempfile_ok.go",
  "kind": "safe",
  "cwe": "CWE-377",
  "language": "go",
  "code": "package store\n\nimport \"os\"\n\nfunc WriteTemp(results string) (string, error) {\n\tf, err := os.CreateTemp(\"\", \"results-*.txt\")\n\tif err != nil {\n\t\treturn \"\", err\n\t}\n\tdefer f.Close()\n\tif _, err := f.WriteString(results); err != nil {\n\t\treturn \"\", err\n\t}\n\treturn f.Name(), nil\n}\n",
  "low": false
 },
 {
  "name": "g3_user_info_sql_ok.go",
  "kind": "safe",
  "cwe": "CWE-89",
  "language": "go",
  "code": "package users\n\nimport (\n\t\"database/sql\"\n)\n\nfunc GetUserInfo(db *sql.DB, username, password string) (string, error) {\n\tvar info string\n\terr := db.QueryRow(\"SELECT userInfo FROM users WHERE username = ? AND password = ?\", username, password).Scan(&info)\n\treturn info, err\n}\n",
  "low": false
 },
 {
  "name": "j3_jdbc_queryforobject_ok.java",
  "kind": "safe",
  "cwe": "CWE-89",
  "language": "java",
  "code": "import org.springframework.jdbc.core.JdbcTemplate;\nimport org.springframework.stereotype.Service;\n\n@Service\npublic class StockService {\n    private final JdbcTemplate jdbc;\n    public StockService(JdbcTemplate jdbc) { this.jdbc = jdbc; }\n    public Integer stockFor(String sku) {\n        return jdbc.queryForObject(\"SELECT qty FROM stock WHERE sku = ?\", Integer.class, sku);\n    }\n}\n",
  "low": false
 },
 {
  "name": "p3_api_key_ok.php",
  "kind": "safe",
  "cwe": "CWE-330",
  "language": "php",
  "code": "<?php\nfunction createApiKey($userId) {\n    return bin2hex(random_bytes(32));\n}\n",
  "low": false
 },
 {
  "name": "p3_mysqli_insert_ok.php",
  "kind": "safe",
  "cwe": "CWE-89",
  "language": "php",
  "code": "<?php\n$conn = mysqli_connect('localhost', 'app', getenv('DB_PASS'), 'crm');\n$stmt = mysqli_prepare($conn, \"INSERT INTO contacts (name, email) VALUES (?, ?)\");\nmysqli_stmt_bind_param($stmt, \"ss\", $_POST['name'], $_POST['email']);\nif (mysqli_stmt_execute($stmt)) {\n    echo \"Contact saved\";\n}\n",
  "low": false
 },
 {
  "name": "c4_md5_cert.c",
  "kind": "vuln",
  "cwe": "CWE-328",
  "language": "c",
  "code": "#include <openssl/md5.h>\n#include <stdio.h>\n#include <string.h>\n#include <stdlib.h>\n\nchar *hash_certificate(const char *cert) {\n    unsigned char digest[MD5_DIGEST_LENGTH];\n    MD5((const unsigned char *)cert, strlen(cert), digest);\n    char *hex = malloc(MD5_DIGEST_LENGTH * 2 + 1);\n    for (int i = 0; i < MD5_DIGEST_LENGTH; i++) sprintf(hex + i * 2, \"%02x\", digest[i]);\n    return hex;\n}\n",
  "low": false
 },
 {
  "name": "c4_python_c_eval.c",
  "kind": "vuln",
  "cwe": "CWE-78",
  "language": "c",
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nchar *evaluate_expression(const char *expr) {\n    char cmd[512];\n    static char out[128];\n    snprintf(cmd, sizeof(cmd), \"python3 -c 'print(%s)'\", expr);\n    FILE *p = popen(cmd, \"r\");\n    if (!p || !fgets(out, sizeof(out), p)) return \"\";\n    pclose(p);\n    return out;\n}\n",
  "low": false
 },
 {
  "name": "c4_rsa_1024.c",
  "kind": "vuln",
  "cwe": "CWE-326",
  "language": "c",
  "code": "#include <openssl/evp.h>\n#include <openssl/rsa.h>\n\nEVP_PKEY *create_private_key(void) {\n    EVP_PKEY *pkey = NULL;\n    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, NULL);\n    EVP_PKEY_keygen_init(ctx);\n    EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, 1024);\n    EVP_PKEY_keygen(ctx, &pkey);\n    EVP_PKEY_CTX_free(ctx);\n    return pkey;\n}\n",
  "low": false
 },
 {
  "name": "c4_secret_file_0644.c",
  "kind": "vuln",
  "cwe": "CWE-732",
  "language": "c",
  "code": "#include <fcntl.h>\n#include <stdio.h>\n#include <string.h>\n#include <unistd.h>\n\nint save_secret_file(const char *directory, const char *filename, const char *content) {\n    char path[1024];\n    snprintf(path, sizeof(path), \"%s/%s\", directory, filename);\n    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);\n    if (fd < 0) return -1;\n    write(fd, content, strlen(content));\n    close(fd);\n    return 0;\n}\n",
  "low": false
 },
 {
  "name": "c4_sqlite_mprintf.c",
  "kind": "vuln",
  "cwe": "CWE-89",
  "language": "c",
  "code": "#include <sqlite3.h>\n#include <stdlib.h>\n#include <string.h>\n\nchar *get_user_info(sqlite3 *db, const char *username, const char *password) {\n    char *sql = sqlite3_mprintf(\"SELECT userInfo FROM users WHERE username = '%s' AND password = '%s'\", username, password);\n    sqlite3_stmt *stmt;\n    char *result = NULL;\n    if (sqlite3_prepare_v2(db, sql, -1, &stmt, NULL) == SQLITE_OK) {\n        if (sqlite3_step(stmt) == SQLITE_ROW) result = strdup((const char *)sqlite3_column_text(stmt, 0));\n        sqlite3_finalize(stmt);\n    }\n    sqlite3_free(sql);\n    return result;\n}\n",
  "low": false
 },
 {
  "name": "c4_tar_system.c",
  "kind": "vuln",
  "cwe": "CWE-78",
  "language": "c",
  "code": "#include <stdio.h>\n#include <stdlib.h>\n\nint extract_tar_to_path(const char *tar_path, const char *dest_path) {\n    char cmd[1024];\n    snprintf(cmd, sizeof(cmd), \"tar -xf %s -C %s\", tar_path, dest_path);\n    return system(cmd) == 0;\n}\n",
  "low": false
 },
 {
  "name": "c4_tmpnam_results.c",
  "kind": "vuln",
  "cwe": "CWE-377",
  "language": "c",
  "code": "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nchar *write_results(const char *results) {\n    char *name = tmpnam(NULL);\n    FILE *f = fopen(name, \"w\");\n    if (!f) return NULL;\n    fputs(results, f);\n    fclose(f);\n    return strdup(name);\n}\n",
  "low": false
 },
 {
  "name": "g4_ecb.go",
  "kind": "vuln",
  "cwe": "CWE-327",
  "language": "go",
  "code": "package crypt\n\nimport \"crypto/aes\"\n\nfunc EncryptECB(key, data []byte) ([]byte, error) {\n\tblock, err := aes.NewCipher(key)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tout := make([]byte, len(data))\n\tfor bs, be := 0, block.BlockSize(); bs < len(data); bs, be = bs+block.BlockSize(), be+block.BlockSize() {\n\t\tblock.Encrypt(out[bs:be], data[bs:be])\n\t}\n\treturn out, nil\n}\n",
  "low": false
 },
 {
  "name": "g4_iv_from_key.go",
  "kind": "vuln",
  "cwe": "CWE-329",
  "language": "go",
  "code": "package crypt\n\nimport (\n\t\"crypto/aes\"\n\t\"crypto/cipher\"\n)\n\nfunc Encrypt(key, plain []byte) ([]byte, error) {\n\tblock, err := aes.NewCipher(key)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tout := make([]byte, len(plain))\n\tcipher.NewCBCEncrypter(block, key[:aes.BlockSize]).CryptBlocks(out, plain)\n\treturn out, nil\n}\n",
  "low": false
 },
 {
  "name": "g4_jwt_noalg.go",
  "kind": "vuln",
  "cwe": "CWE-347",
  "language": "go",
  "code": "package auth\n\nimport \"github.com/golang-jwt/jwt/v5\"\n\nfunc DecodeJsonWebToken(token, key string) (jwt.MapClaims, error) {\n\tt, err := jwt.Parse(token, func(t *jwt.Token) (interface{}, error) {\n\t\treturn []byte(key), nil\n\t})\n\tif err != nil || !t.Valid {\n\t\treturn nil, err\n\t}\n\treturn t.Claims.(jwt.MapClaims), nil\n}\n",
  "low": true
 },
 {
  "name": "g4_md5_cert.go",
  "kind": "vuln",
  "cwe": "CWE-328",
  "language": "go",
  "code": "package certs\n\nimport (\n\t\"crypto/md5\"\n\t\"encoding/hex\"\n)\n\nfunc HashCertificate(cert string) string {\n\th := md5.Sum([]byte(cert))\n\treturn hex.EncodeToString(h[:])\n}\n",
  "low": false
 },
 {
  "name": "g4_python_c.go",
  "kind": "vuln",
  "cwe": "CWE-94",
  "language": "go",
  "code": "package calc\n\nimport \"os/exec\"\n\nfunc EvaluateExpression(expr string) string {\n\tout, err := exec.Command(\"python3\", \"-c\", \"print(\"+expr+\")\").Output()\n\tif err != nil {\n\t\treturn \"\"\n\t}\n\treturn string(out)\n}\n",
  "low": false
 },
 {
  "name": "g4_regex_param.go",
  "kind": "vuln",
  "cwe": "CWE-1333",
  "language": "go",
  "code": "package search\n\nimport \"regexp\"\n\nfunc SearchPattern(pattern, content string) bool {\n\tmatched, err := regexp.MatchString(pattern, content)\n\treturn err == nil && matched\n}\n",
  "low": false
 },
 {
  "name": "g4_secret_0644.go",
  "kind": "vuln",
  "cwe": "CWE-732",
  "language": "go",
  "code": "package store\n\nimport (\n\t\"os\"\n\t\"path/filepath\"\n)\n\nfunc SaveSecretFile(directory, filename, content string) error {\n\treturn os.WriteFile(filepath.Join(directory, filename), []byte(content), 0644)\n}\n",
  "low": false
 },
 {
  "name": "g4_sqli_sprintf_exec.go",
  "kind": "vuln",
  "cwe": "CWE-89",
  "language": "go",
  "code": "package users\n\nimport (\n\t\"database/sql\"\n\t\"fmt\"\n)\n\nfunc UpdateEmail(db *sql.DB, userID int, email string) error {\n\tstmt := fmt.Sprintf(\"UPDATE users SET email = '%s' WHERE id = %d\", email, userID)\n\t_, err := db.Exec(stmt)\n\treturn err\n}\n",
  "low": false
 },
 {
  "name": "g4_tar_slip.go",
  "kind": "vuln",
  "cwe": "CWE-22",
  "language": "go",
  "code": "package archive\n\nimport (\n\t\"archive/tar\"\n\t\"io\"\n\t\"os\"\n\t\"path/filepath\"\n)\n\nfunc ExtractTarToPath(tarPath, destPath string) bool {\n\tf, err := os.Open(tarPath)\n\tif err != nil {\n\t\treturn false\n\t}\n\tdefer f.Close()\n\ttr := tar.NewReader(f)\n\tfor {\n\t\thdr, err := tr.Next()\n\t\tif err == io.EOF {\n\t\t\tbreak\n\t\t}\n\t\tif err != nil {\n\t\t\treturn false\n\t\t}\n\t\ttarget := filepath.Join(destPath, hdr.Name)\n\t\tout, err := os.Create(target)\n\t\tif err != nil {\n\t\t\treturn false\n\t\t}\n\t\tio.Copy(out, tr)\n\t\tout.Close()\n\t}\n\treturn true\n}\n",
  "low": false
 },
 {
  "name": "c4_secret_file_0600.c",
  "kind": "safe",
  "cwe": "CWE-732",
  "language": "c",
  "code": "#include <fcntl.h>\n#include <stdio.h>\n#include <string.h>\n#include <unistd.h>\n\nint save_secret_file(const char *directory, const char *filename, const char *content) {\n    char path[1024];\n    if (strchr(filename, '/') || strstr(filename, \"..\")) return -1;\n    snprintf(path, sizeof(path), \"%s/%s\", directory, filename);\n    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);\n    if (fd < 0) return -1;\n    write(fd, content, strlen(content));\n    close(fd);\n    return 0;\n}\n",
  "low": false
 },
 {
  "name": "c4_sqlite_bind.c",
  "kind": "safe",
  "cwe": "CWE-89",
  "language": "c",
  "code": "#include <sqlite3.h>\n#include <stdlib.h>\n#include <string.h>\n\nchar *get_user_info(sqlite3 *db, const char *username, const char *password) {\n    sqlite3_stmt *stmt;\n    char *result = NULL;\n    if (sqlite3_prepare_v2(db, \"SELECT userInfo FROM users WHERE username = ? AND password = ?\", -1, &stmt, NULL) == SQLITE_OK) {\n        sqlite3_bind_text(stmt, 1, username, -1, SQLITE_TRANSIENT);\n        sqlite3_bind_text(stmt, 2, password, -1, SQLITE_TRANSIENT);\n        if (sqlite3_step(stmt) == SQLITE_ROW) result = strdup((const char *)sqlite3_column_text(stmt, 0));\n        sqlite3_finalize(stmt);\n    }\n    return result;\n}\n",
  "low": false
 },
 {
  "name": "g4_regex_quote.go",
  "kind": "safe",
  "cwe": "CWE-1333",
  "language": "go",
  "code": "package search\n\nimport \"regexp\"\n\nfunc SearchPattern(pattern, content string) bool {\n\tmatched, err := regexp.MatchString(regexp.QuoteMeta(pattern), content)\n\treturn err == nil && matched\n}\n",
  "low": false
 },
 {
  "name": "g4_secret_0600.go",
  "kind": "safe",
  "cwe": "CWE-732",
  "language": "go",
  "code": "package store\n\nimport (\n\t\"os\"\n\t\"path/filepath\"\n)\n\nfunc SaveSecretFile(directory, filename, content string) error {\n\treturn os.WriteFile(filepath.Join(directory, filepath.Base(filename)), []byte(content), 0600)\n}\n",
  "low": false
 },
 {
  "name": "g4_sqli_sprintf_int.go",
  "kind": "safe",
  "cwe": "CWE-89",
  "language": "go",
  "code": "package users\n\nimport (\n\t\"database/sql\"\n\t\"fmt\"\n)\n\nfunc DeleteUser(db *sql.DB, userID int) error {\n\t_, err := db.Exec(fmt.Sprintf(\"DELETE FROM users WHERE id = %d\", userID))\n\treturn err\n}\n",
  "low": false
 }
];

describe('round 8 probes: vulnerable snippets are flagged with their CWE class', () => {
  for (const p of PROBES.filter((x) => x.kind === 'vuln')) {
    const run = p.gap ? it.skip : it;
    run(`${p.name} (${p.cwe})${p.gap ? ` — known gap: ${p.gap}` : ''}`, async () => {
      const f = await checkCode(p.code, { language: p.language, minConfidence: p.low ? 'low' : 'medium' });
      expect(f.some((x) => classOf(x.cwe) === classOf(p.cwe)), `${p.name}: ${f.map((x) => x.ruleId).join(', ')}`).toBe(true);
    });
  }
});

describe('round 8 probes: safe twins have no finding', () => {
  for (const p of PROBES.filter((x) => x.kind === 'safe')) {
    it(`${p.name} (${p.cwe})`, async () => {
      const f = await checkCode(p.code, { language: p.language });
      const left = f.filter((x) => !(p.allow ?? []).includes(x.ruleId));
      expect(left.map((x) => `${x.ruleId}@${x.line}`), p.name).toEqual([]);
    });
  }
});

describe('Go import aliases are resolved to the package name', () => {
  it('ex "os/exec": ex.Command is exec.Command, reported at the original column', async () => {
    const code = 'package main\n\nimport (\n\t"net/http"\n\tex "os/exec"\n)\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tex.Command("sh", "-c", "ls "+r.FormValue("d")).Run()\n}\n';
    const f = await checkCode(code, { language: 'go' });
    const c = f.find((x) => x.ruleId === 'go.command-injection');
    expect(c?.line).toBe(9);
    expect(c?.column).toBe(2);
    expect(c?.snippet).toContain('ex.Command');
  });
  it('sq "database/sql" and a single-line aliased import', async () => {
    const code = 'package store\n\nimport sq "database/sql"\n\nfunc Del(db *sq.DB, name string) error {\n\t_, err := db.Exec("DELETE FROM t WHERE name = \'" + name + "\'")\n\treturn err\n}\n';
    expect((await checkCode(code, { language: 'go' })).map((x) => x.ruleId)).toContain('go.sql-injection');
  });
  it('an alias whose package name is taken by another import is left alone (crand "crypto/rand" beside "math/rand")', async () => {
    const code = 'package t\n\nimport (\n\tcrand "crypto/rand"\n\t"math/rand"\n)\n\nfunc Token() []byte {\n\tb := make([]byte, 32)\n\tcrand.Read(b)\n\treturn b\n}\n\nfunc Dice() int { return rand.Intn(6) }\n';
    expect((await checkCode(code, { language: 'go' })).map((x) => x.ruleId)).not.toContain('go.insecure-random');
  });
  it('an alias that is also a variable name is left alone', async () => {
    const code = 'package t\n\nimport (\n\tex "os/exec"\n)\n\ntype runner struct{}\n\nfunc (runner) Command(a ...string) {}\n\nfunc f(x string) {\n\tvar ex runner\n\tex.Command("sh", "-c", x)\n\t_ = ex\n}\n';
    expect((await checkCode(code, { language: 'go' })).map((x) => x.ruleId)).not.toContain('go.command-injection');
  });
});
