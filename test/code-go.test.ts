// Go in the code-security analyzer: parsing (tree-sitter-go), language names and extensions,
// taint through Go syntax (short declarations, multiple assignment, strings.Builder, fmt.Sprintf,
// package names, request sources, helpers of the file), comments and strings, fenced ```go blocks,
// and the CLI / SARIF output for .go files.
import { describe, expect, it } from 'vitest';
import { analyzeCode, checkCode, codeHints, extractCodeBlocks, checkCodeBlocks, languageFromPath, normalizeLanguage, loadCodeRules, CODE_LANGUAGES } from '../lib/code/index.js';
import { expectCodeCheckFinding } from './helpers.js';

const ids = async (code: string) => (await checkCode(code, { language: 'go' })).map((f) => f.ruleId);

const HEAD = 'package main\n\nimport (\n\t"database/sql"\n\t"fmt"\n\t"net/http"\n\t"os"\n\t"os/exec"\n\t"strings"\n)\n\nvar db *sql.DB\n\n';

describe('Go: language wiring', () => {
  it('go is a language: names, aliases and the .go extension', () => {
    expect(CODE_LANGUAGES).toContain('go');
    expect(normalizeLanguage('go')).toBe('go');
    expect(normalizeLanguage('Golang')).toBe('go');
    expect(languageFromPath('cmd/server/main.go')).toBe('go');
    expect(languageFromPath('main.gox')).toBeUndefined();
  });

  it('parses Go source (complete, no recovery) and reports fragments as partial', async () => {
    const ok = await analyzeCode(HEAD + 'func main() {\n\tfmt.Println("hi")\n}\n', { language: 'go' });
    expect(ok.language).toBe('go');
    expect(ok.partial).toBe(false);
    expect(ok.findings).toEqual([]);
    const frag = await analyzeCode('func main() {\n\texec.Command("sh", "-c", os.Args[1]).Run()\n', { language: 'golang' });
    expect(frag.partial).toBe(true);
    expect(frag.findings.map((f) => f.ruleId)).toContain('go.command-injection');
  });

  it('every Go rule names go only, with CWE / OWASP / NIST and examples', () => {
    const go = loadCodeRules().rules.filter((r) => r.id.startsWith('go.'));
    expect(go.length).toBeGreaterThanOrEqual(25);
    for (const r of go) {
      expect(r.languages).toEqual(['go']);
      expect(r.file).toBe('go.json');
    }
  });
});

describe('Go: taint', () => {
  it('request data reaches a query through :=, +, fmt.Sprintf and strings.Builder; placeholders are safe', async () => {
    const vuln = HEAD + 'func h(w http.ResponseWriter, r *http.Request) {\n\tid := r.URL.Query().Get("id")\n\tvar sb strings.Builder\n\tsb.WriteString("SELECT * FROM t WHERE id = ")\n\tsb.WriteString(id)\n\tdb.Query(sb.String())\n}\n';
    expect(await ids(vuln)).toContain('go.sql-injection');
    const safe = HEAD + 'func h(w http.ResponseWriter, r *http.Request) {\n\tid := r.URL.Query().Get("id")\n\tdb.QueryContext(r.Context(), "SELECT * FROM t WHERE id = $1", id)\n}\n';
    expect(await ids(safe)).not.toContain('go.sql-injection');
  });

  it('constants (const, package names, numbers via strconv / %d) carry no taint', async () => {
    const code = HEAD + 'const table = "users"\n\nfunc list(p string) {\n\tdb.Query("SELECT * FROM " + table + " WHERE kind = \'" + http.MethodGet + "\'")\n\tn := len(p)\n\tdb.Query(fmt.Sprintf("SELECT * FROM t LIMIT %d", n))\n}\n';
    expect(await ids(code)).toEqual([]);
  });

  it('a, b := x, y pairs values; v, err := f(x) gives v the call; err is no carrier', async () => {
    const code = HEAD + 'func h(w http.ResponseWriter, r *http.Request) {\n\tsafe, user := "ls", r.FormValue("u")\n\texec.Command("sh", "-c", safe).Run()\n\t_ = user\n}\n';
    expect(await ids(code)).not.toContain('go.command-injection');
    const code2 = HEAD + 'func h(w http.ResponseWriter, r *http.Request) {\n\tsafe, user := "ls", r.FormValue("u")\n\texec.Command("sh", "-c", user).Run()\n\t_ = safe\n}\n';
    expect(await ids(code2)).toContain('go.command-injection');
  });

  it('sources: gin, mux.Vars, os.Args, stdin scanner; a helper of the file that returns input', async () => {
    const gin = 'package main\n\nimport (\n\t"os/exec"\n\n\t"github.com/gin-gonic/gin"\n)\n\nfunc run(c *gin.Context) {\n\texec.Command(c.Param("tool")).Run()\n}\n';
    expect(await ids(gin)).toContain('go.command-injection');
    const stdin = 'package main\n\nimport (\n\t"bufio"\n\t"os"\n\t"os/exec"\n)\n\nfunc main() {\n\ts := bufio.NewScanner(os.Stdin)\n\tfor s.Scan() {\n\t\texec.Command("bash", "-c", s.Text()).Run()\n\t}\n}\n';
    expect(await ids(stdin)).toContain('go.command-injection');
    const helper = HEAD + 'func param(r *http.Request, k string) string {\n\treturn r.URL.Query().Get(k)\n}\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tu := param(r, "u")\n\thttp.Redirect(w, r, u, http.StatusFound)\n}\n';
    expect(await ids(helper)).toContain('go.open-redirect');
  });

  it('decoders fill their target: json.NewDecoder(r.Body).Decode(&in) and gin ShouldBindJSON(&req) are input', async () => {
    const code = HEAD + 'type In struct{ Host string }\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tvar in In\n\tif err := json.NewDecoder(r.Body).Decode(&in); err != nil {\n\t\treturn\n\t}\n\texec.Command("sh", "-c", "ping "+in.Host).Run()\n}\n';
    expect(await ids(code.replace('"fmt"', '"encoding/json"'))).toContain('go.command-injection');
    const gin = 'package main\n\nimport (\n\t"database/sql"\n\n\t"github.com/gin-gonic/gin"\n)\n\nvar db *sql.DB\n\ntype Req struct{ Name string }\n\nfunc del(c *gin.Context) {\n\tvar req Req\n\tif err := c.ShouldBindJSON(&req); err != nil {\n\t\treturn\n\t}\n\tdb.Exec("DELETE FROM t WHERE name = \'" + req.Name + "\'")\n}\n';
    expect(await ids(gin)).toContain('go.sql-injection');
  });

  it('an allow-list map check (if !allowed[x] { return }) or a reset to a constant validates', async () => {
    const guard = HEAD + 'var allowed = map[string]bool{"date": true}\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tc := r.FormValue("c")\n\tif !allowed[c] {\n\t\thttp.Error(w, "no", http.StatusForbidden)\n\t\treturn\n\t}\n\texec.Command(c).Run()\n}\n';
    expect(await ids(guard)).not.toContain('go.command-injection');
    const reset = HEAD + 'var allowed = map[string]bool{"date": true}\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tc := r.FormValue("c")\n\tif !allowed[c] {\n\t\tc = "date"\n\t}\n\texec.Command(c).Run()\n}\n';
    expect(await ids(reset)).not.toContain('go.command-injection');
    expect(await ids(reset.replace('\tif !allowed[c] {\n\t\tc = "date"\n\t}\n', ''))).toContain('go.command-injection');
  });

  it('sinks in comments and string literals are not flagged; dead code is not reported', async () => {
    const code = HEAD + '// exec.Command("sh", "-c", os.Args[1])\nfunc main() {\n\tdoc := `exec.Command("sh", "-c", os.Args[1])`\n\tfmt.Println(doc)\n\tif false {\n\t\texec.Command("sh", "-c", os.Args[1]).Run()\n\t}\n}\n';
    expect(await ids(code)).toEqual([]);
  });

  it('safe idioms: fixed program with separate args, html/template, Clean + prefix check, crypto/rand, bcrypt', async () => {
    const code =
      'package main\n\nimport (\n\t"crypto/rand"\n\t"crypto/subtle"\n\t"encoding/hex"\n\t"errors"\n\t"html/template"\n\t"net/http"\n\t"os"\n\t"os/exec"\n\t"path/filepath"\n\t"strings"\n\n\t"golang.org/x/crypto/bcrypt"\n)\n\n' +
      'var page = template.Must(template.New("p").Parse(`<p>{{.}}</p>`))\n\n' +
      'func h(w http.ResponseWriter, r *http.Request) {\n\tq := r.URL.Query().Get("q")\n\texec.Command("grep", "-r", "--", q, "/srv/docs").Run()\n\tpage.Execute(w, q)\n}\n\n' +
      'func read(base, name string) ([]byte, error) {\n\tp := filepath.Join(base, filepath.Clean("/"+name))\n\tif !strings.HasPrefix(p, filepath.Clean(base)+string(os.PathSeparator)) {\n\t\treturn nil, errors.New("bad path")\n\t}\n\treturn os.ReadFile(p)\n}\n\n' +
      'func token() string {\n\tb := make([]byte, 32)\n\trand.Read(b)\n\treturn hex.EncodeToString(b)\n}\n\n' +
      'func hash(pw string) ([]byte, error) {\n\treturn bcrypt.GenerateFromPassword([]byte(pw), bcrypt.DefaultCost)\n}\n\n' +
      'func same(a, b string) bool {\n\treturn subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1\n}\n';
    expect(await ids(code)).toEqual([]);
  });
});

describe('Go: blocks, hints, CLI and SARIF', () => {
  it('```go blocks of a reply are analysed', async () => {
    const reply = 'Here:\n\n```go\npackage main\n\nimport "crypto/tls"\n\nvar cfg = &tls.Config{InsecureSkipVerify: true}\n```\n';
    const blocks = extractCodeBlocks(reply);
    expect(blocks.map((b) => b.language)).toEqual(['go']);
    const found = await checkCodeBlocks(reply);
    expect(found.map((f) => f.ruleId)).toContain('go.tls-insecure-skip-verify');
  });

  it('codeHints accepts language go', () => {
    expect(() => codeHints('write a Go HTTP handler that runs a SQL query by user id', { language: 'go' })).not.toThrow();
  });

  it('code-check reads .go files by extension; SARIF validates', () => {
    expectCodeCheckFinding('main.go', 'package main\n\nimport (\n\t"os"\n\t"os/exec"\n)\n\nfunc main() {\n\texec.Command("sh", "-c", os.Args[1]).Run()\n}\n', 'go.command-injection', 'critical', 9);
  });
});
