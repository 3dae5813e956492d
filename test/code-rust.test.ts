// Rust in the code-security analyzer: parsing (tree-sitter-rust from tree-sitter-wasms), language
// names and the .rs extension, request sources (actix-web / axum extractors, HttpRequest, rocket
// route parameters, warp closures, argv, the environment, stdin), taint through Rust syntax
// (format! with positional and inline arguments, +, push_str, let shadowing and patterns, struct
// fields of extractor types, ?, unwrap / clone / to_string, helpers of the file), sanitizers
// (parse::<i64>(), number-typed bindings, html_escape), every rule class with its safe twin, fenced
// ```rust blocks, the CLI / SARIF output for .rs files, repairCode (unsupported), and the probe set
// written before the rules were run on it.
import { describe, expect, it } from 'vitest';
import { analyzeCode, checkCode, codeHints, extractCodeBlocks, checkCodeBlocks, languageFromPath, normalizeLanguage, loadCodeRules, repairCode, CODE_LANGUAGES } from '../lib/code/index.js';
import { expectCodeCheckFinding } from './helpers.js';

const ids = async (code: string, minConfidence: 'low' | 'medium' = 'medium') => (await checkCode(code, { language: 'rust', minConfidence })).map((f) => f.ruleId);

describe('Rust: language wiring', () => {
  it('rust is a language: names, alias rs and the .rs extension', () => {
    expect(CODE_LANGUAGES).toContain('rust');
    for (const a of ['rust', 'rs', 'Rust', 'RS']) expect(normalizeLanguage(a)).toBe('rust');
    expect(languageFromPath('src/main.rs')).toBe('rust');
    expect(languageFromPath('Cargo.toml')).toBeUndefined();
  });

  it('parses Rust source (complete) and reports fragments as partial', async () => {
    const ok = await analyzeCode('use std::io;\n\nfn main() {\n    let name = "world";\n    println!("hello {}", name);\n}\n', { language: 'rust' });
    expect(ok.language).toBe('rust');
    expect(ok.partial).toBe(false);
    expect(ok.findings).toEqual([]);
    const frag = await analyzeCode('fn main() {\n    let t = std::env::args().nth(1).unwrap();\n    conn.execute(&format!("DELETE FROM n WHERE t = \'{}\'", t), []).unwrap();\n', { language: 'rs' });
    expect(frag.partial).toBe(true);
    expect(frag.findings.map((f) => f.ruleId)).toContain('rs.sql-injection');
  });

  it('format! and other call-like macros keep lines and columns of the source', async () => {
    const code = 'fn f(conn: &rusqlite::Connection, t: &str) {\n    conn.execute(&format!("DELETE FROM n WHERE t = \'{}\'", t), []).unwrap();\n}\n';
    const [f] = await checkCode(code, { language: 'rust' });
    expect(f.ruleId).toBe('rs.sql-injection');
    expect(f.line).toBe(2);
    expect(f.column).toBe(5);
    expect(f.snippet).toContain('format!(');
  });

  it('every Rust rule names rust only, with CWE / OWASP / NIST and examples', () => {
    const rs = loadCodeRules().rules.filter((r) => r.id.startsWith('rs.'));
    expect(rs.length).toBeGreaterThanOrEqual(25);
    for (const r of rs) {
      expect(r.languages).toEqual(['rust']);
      expect(r.file).toBe('rust.json');
      expect(r.cwe).toMatch(/^CWE-\d+$/);
      expect(r.owasp).toMatch(/^A\d\d:2021-/);
      expect(r.nist).toMatch(/SSDF|SP 800-53/);
      expect(r.examples.vulnerable.length).toBeGreaterThan(0);
      expect(r.examples.safe.length).toBeGreaterThan(0);
    }
  });

  it('repairCode reports Rust findings as unsupported and leaves the code alone', async () => {
    const code = 'fn del(conn: &rusqlite::Connection, title: &str) {\n    let sql = format!("DELETE FROM notes WHERE title = \'{}\'", title);\n    conn.execute(&sql, []).unwrap();\n}\n';
    const r = await repairCode(code, { language: 'rust' });
    expect(r.code).toBe(code);
    expect(r.repairs.length).toBeGreaterThan(0);
    for (const x of r.repairs) expect(x.status).toBe('unsupported');
  });
});

// reqwest::get(x) is reported only for request / user input (a `source`), not for a parameter
const fetchOf = (pre: string, params: string, expr: string, attrs = '') => `${attrs}async fn handler(${params}) -> String {\n${pre}    reqwest::get(${expr}).await.unwrap().text().await.unwrap()\n}\n`;

describe('Rust: sources', () => {
  it('actix-web extractors: web::Query / Path / Form / Json, tuple paths; number paths are no input', async () => {
    for (const [params, expr] of [
      ['q: web::Query<Params>', '&q.url'],
      ['info: actix_web::web::Json<Req>', 'info.url.clone()'],
      ['form: web::Form<Req>', 'form.into_inner().url'],
      ['p: web::Path<String>', 'p.into_inner()'],
      ['web::Path((host, port)): web::Path<(String, String)>', 'format!("http://{}:{}/", host, port)'],
    ])
      expect(await ids(fetchOf('', params, expr)), params).toContain('rs.ssrf');
    expect(await ids(fetchOf('', 'id: web::Path<u32>', 'format!("http://{}/x", id)'))).not.toContain('rs.ssrf');
    expect(await ids(fetchOf('', 'url: &str', 'url'))).not.toContain('rs.ssrf');
  });

  it('HttpRequest: query_string, match_info, headers', async () => {
    for (const expr of ['req.query_string()', 'req.match_info().get("u").unwrap()', 'req.headers().get("x-url").unwrap().to_str().unwrap()'])
      expect(await ids(fetchOf('', 'req: HttpRequest', expr)), expr).toContain('rs.ssrf');
  });

  it('axum extractors: Query(p) / Path(x) / Form / Json destructuring, HeaderMap', async () => {
    for (const [params, expr] of [
      ['Query(p): Query<Preview>', '&p.url'],
      ['axum::extract::Query(params): axum::extract::Query<HashMap<String, String>>', 'params.get("url").unwrap()'],
      ['Path(url): Path<String>', '&url'],
      ['Json(body): Json<Req>', 'body.url.as_str()'],
      ['Form(Req { url, .. }): Form<Req>', '&url'],
      ['headers: HeaderMap', 'headers.get("x-url").unwrap().to_str().unwrap()'],
    ])
      expect(await ids(fetchOf('', params, expr)), params).toContain('rs.ssrf');
  });

  it('rocket route parameters and warp path closures', async () => {
    expect(await ids(fetchOf('', 'url: &str', 'url', '#[get("/f?<url>")]\n'))).toContain('rs.ssrf');
    expect(await ids(fetchOf('', 'id: u32', 'format!("http://x/{}", id)', '#[get("/f/<id>")]\n'))).not.toContain('rs.ssrf');
    const warp = 'use warp::Filter;\nfn routes() {\n    let r = warp::path!("read" / String).map(|name: String| std::fs::read_to_string(format!("./d/{}", name)).unwrap_or_default());\n}\n';
    expect(await ids(warp)).toContain('rs.path-traversal');
  });

  it('std::env::args / var and stdin().read_line', async () => {
    expect(await ids(fetchOf('    let u = std::env::args().nth(1).unwrap();\n', '', '&u'))).toContain('rs.ssrf');
    expect(await ids(fetchOf('    let u = env::var("TARGET").unwrap();\n', '', '&u'))).toContain('rs.ssrf');
    expect(await ids(fetchOf('    let mut u = String::new();\n    std::io::stdin().read_line(&mut u).unwrap();\n', '', 'u.trim()'))).toContain('rs.ssrf');
  });
});

describe('Rust: taint through Rust syntax', () => {
  const sql = (pre: string, arg: string) => `async fn h(q: web::Query<P>, pool: web::Data<PgPool>) {\n${pre}    sqlx::query(${arg}).fetch_all(pool.get_ref()).await.unwrap();\n}\n`;
  it('format! (positional and inline), +, push_str, let shadowing, clone / to_string / ?', async () => {
    for (const [pre, arg] of [
      ['    let s = format!("SELECT * FROM t WHERE n = \'{}\'", q.name);\n', '&s'],
      ['    let name = &q.name;\n    let s = format!("SELECT * FROM t WHERE n = \'{name}\'");\n', '&s'],
      ['    let s = "SELECT * FROM t WHERE n = \'".to_string() + &q.name + "\'";\n', 's.as_str()'],
      ['    let mut s = String::from("SELECT * FROM t WHERE n = \'");\n    s.push_str(&q.name);\n    s.push(\'\\\'\');\n', '&s'],
      ['    let n = q.name.clone();\n    let n = n.trim().to_string();\n    let s = format!("SELECT * FROM t WHERE n = \'{}\'", n);\n', '&s'],
      ['    let n = q.into_inner().name;\n    let s = [String::from("SELECT * FROM t WHERE n = \'"), n, String::from("\'")].concat();\n', '&s'],
    ])
      expect(await ids(sql(pre, arg)), pre).toContain('rs.sql-injection');
  });

  it('parse::<i64>(), a number-typed let and constants are clean', async () => {
    for (const pre of [
      '    let id = q.id.parse::<i64>().unwrap();\n    let s = format!("SELECT * FROM t WHERE id = {}", id);\n',
      '    let id: u32 = q.id.parse().unwrap_or(0);\n    let s = format!("SELECT * FROM t WHERE id = {}", id);\n',
      '    let col = match q.sort.as_str() { "date" => "created_at", _ => "id" };\n    let s = format!("SELECT * FROM t ORDER BY {}", col);\n',
    ])
      expect(await ids(sql(pre, '&s')), pre).not.toContain('rs.sql-injection');
  });

  it('a helper of the file that runs the sink on its parameter is reached from a handler; one that returns input is a source', async () => {
    const helper = 'fn run_query(conn: &rusqlite::Connection, t: &str) {\n    conn.execute(&format!("DELETE FROM x WHERE t = \'{}\'", t), []).unwrap();\n}\nasync fn h(q: web::Query<P>) {\n    run_query(&CONN, &q.t);\n}\n';
    expect(await ids(helper)).toContain('rs.sql-injection');
    const getter = 'fn target(req: &HttpRequest) -> String {\n    req.query_string().to_string()\n}\nasync fn h(req: HttpRequest) -> String {\n    let t = target(&req);\n    reqwest::get(&t).await.unwrap().text().await.unwrap()\n}\n';
    expect(await ids(getter)).toContain('rs.ssrf');
  });

  it('if let / match arms bind what is matched; an allow-list check with an early return validates', async () => {
    const iflet = 'async fn h(Query(p): Query<HashMap<String, String>>) {\n    if let Some(u) = p.get("u") {\n        reqwest::get(u.as_str()).await.ok();\n    }\n}\n';
    expect(await ids(iflet)).toContain('rs.ssrf');
    const guarded = 'const ALLOWED: [&str; 2] = ["git", "ls"];\nasync fn h(Query(p): Query<HashMap<String, String>>) {\n    let t = p.get("t").cloned().unwrap_or_default();\n    if !ALLOWED.contains(&t.as_str()) {\n        return;\n    }\n    std::process::Command::new(&t).status().ok();\n}\n';
    expect(await ids(guarded)).not.toContain('rs.command-injection-program');
  });
});

describe('Rust: blocks, hints, CLI and SARIF', () => {
  it('```rust and ```rs blocks of a reply are analysed', async () => {
    for (const fence of ['rust', 'rs']) {
      const reply = `Here is the client:\n\n\`\`\`${fence}\nfn client() -> reqwest::Client {\n    reqwest::Client::builder()\n        .danger_accept_invalid_certs(true)\n        .build()\n        .unwrap()\n}\n\`\`\`\n`;
      const blocks = extractCodeBlocks(reply);
      expect(blocks.map((b) => b.language), fence).toEqual(['rust']);
      const found = await checkCodeBlocks(reply);
      expect(found.map((f) => f.ruleId), fence).toContain('rs.tls-verification-disabled');
      expect(found.find((f) => f.ruleId === 'rs.tls-verification-disabled')!.line).toBe(6);
    }
  });

  it('codeHints accepts language rust', () => {
    expect(() => codeHints('write an axum handler that looks up a user by name in Postgres', { language: 'rust' })).not.toThrow();
  });

  it('code-check reads .rs files by extension; SARIF validates and names the rule', () => {
    expectCodeCheckFinding('main.rs', 'use std::process::Command;\n\nfn main() {\n    let dir = std::env::args().nth(1).unwrap();\n    let cmd = format!("ls -l {}", dir);\n    Command::new("sh").arg("-c").arg(&cmd).status().unwrap();\n}\n', 'rs.command-injection-shell', 'critical', 6);
  });
});

// ---- probe set (probe first): everyday Rust written before the analyzer was run on it ----
// First contact (default confidence): wave 1 39/46 vulnerable flagged in their class (6 of the 7
// misses are low-confidence audit rules, flagged at minConfidence low: 45/46), 1/45 safe flagged
// (a reqwest .query(&[...]) taken for an SQL query); wave 2 (written after the first fixes:
// HeaderMap, struct patterns, stdin, tuple paths, rocket, helpers, sea-orm, openssl) 12/13 and 2/13.
// wave 3 (written after the wave-2 fixes: multipart uploads, prepare, tokio-postgres, HTML
// builders, client fields, Location headers, get_unchecked, AWS keys, native-tls, tower-http) 13/13 and 0/13.
// Each vulnerable probe must be flagged in its CWE class (at minConfidence low where its rule is an
// audit rule); each safe one must have no finding at the default confidence.
const CLASSES: Record<string, number[]> = {
  sqli: [89], cmdi: [78, 77, 88], xss: [79, 80], path: [22, 23, 36, 73], ssrf: [918], redirect: [601],
  deser: [502], hash: [328, 327, 916], random: [330, 338, 335, 336], creds: [798, 259, 321], tls: [295],
  cookie: [614, 1004], jwt: [347, 345], cors: [942, 346], mem: [119, 787, 125, 908, 843, 676],
};
const classOf = (cwe: string) => {
  const n = Number(cwe.replace('CWE-', ''));
  for (const [k, v] of Object.entries(CLASSES)) if (v.includes(n)) return k;
  return `cwe${n}`;
};
const LOW_RULES = new Set(['CWE-117', 'CWE-248', 'CWE-190', 'CWE-400', 'CWE-502']);

describe('Rust: probe set (vulnerable: flagged in class)', () => {
  for (const [name, [cwe, code]] of Object.entries(PROBES_VULNERABLE))
    it(name, async () => {
      const f = await checkCode(code, { language: 'rust', minConfidence: LOW_RULES.has(cwe) ? 'low' : 'medium' });
      expect(f.map((x) => `${x.ruleId} ${x.cwe}`).join(', ')).toSatisfy(() => f.some((x) => classOf(x.cwe) === classOf(cwe)));
    });
});

describe('Rust: probe set (safe twins: no finding)', () => {
  for (const [name, [, code]] of Object.entries(PROBES_SAFE))
    it(name, async () => {
      expect((await checkCode(code, { language: 'rust' })).map((x) => `${x.ruleId}@${x.line}`)).toEqual([]);
    });
});

const PROBES_VULNERABLE: Record<string, [string, string]> = {
  "actix_sqlx_format": [
    "CWE-89",
    "use actix_web::{get, web, HttpResponse, Responder};\nuse serde::Deserialize;\nuse sqlx::PgPool;\n\n#[derive(Deserialize)]\nstruct SearchParams {\n    name: String,\n}\n\n#[get(\"/users/search\")]\nasync fn search_users(pool: web::Data<PgPool>, query: web::Query<SearchParams>) -> impl Responder {\n    let sql = format!(\"SELECT id, name, email FROM users WHERE name LIKE '%{}%'\", query.name);\n    match sqlx::query_as::<_, User>(&sql).fetch_all(pool.get_ref()).await {\n        Ok(users) => HttpResponse::Ok().json(users),\n        Err(_) => HttpResponse::InternalServerError().finish(),\n    }\n}\n"
  ],
  "axum_sqlx_inline": [
    "CWE-89",
    "use axum::{extract::{Path, State}, Json};\nuse sqlx::SqlitePool;\n\npub async fn get_user(State(pool): State<SqlitePool>, Path(username): Path<String>) -> Json<Option<User>> {\n    let user = sqlx::query_as::<_, User>(&format!(\"SELECT * FROM users WHERE username = '{username}'\"))\n        .fetch_optional(&pool)\n        .await\n        .unwrap();\n    Json(user)\n}\n"
  ],
  "bincode_deser_stream": [
    "CWE-502",
    "use std::io::Read;\nuse std::net::TcpStream;\n\nfn handle(mut stream: TcpStream) {\n    let mut buf = Vec::new();\n    stream.read_to_end(&mut buf).unwrap();\n    let msg: Message = bincode::deserialize(&buf).unwrap();\n    process(msg);\n}\n"
  ],
  "cmd_bash_helper": [
    "CWE-78",
    "use std::process::Command;\n\nfn compress(dir: &str) -> std::io::Result<()> {\n    let cmd = format!(\"tar czf backup.tar.gz {}\", dir);\n    let status = Command::new(\"bash\").args([\"-c\", &cmd]).status()?;\n    println!(\"exit: {}\", status);\n    Ok(())\n}\n\nfn main() {\n    let dir = std::env::args().nth(1).expect(\"usage: backup <dir>\");\n    compress(&dir).unwrap();\n}\n"
  ],
  "cmd_new_from_query": [
    "CWE-78",
    "use axum::{extract::Query, response::IntoResponse};\nuse std::collections::HashMap;\nuse std::process::Command;\n\nasync fn run_tool(Query(params): Query<HashMap<String, String>>) -> impl IntoResponse {\n    let tool = params.get(\"tool\").cloned().unwrap_or_default();\n    let out = Command::new(&tool).arg(\"--version\").output().unwrap();\n    String::from_utf8_lossy(&out.stdout).into_owned()\n}\n"
  ],
  "cmd_sh_c_actix": [
    "CWE-78",
    "use actix_web::{post, web, HttpResponse};\nuse serde::Deserialize;\nuse std::process::Command;\n\n#[derive(Deserialize)]\nstruct PingRequest {\n    host: String,\n}\n\n#[post(\"/tools/ping\")]\nasync fn ping(req: web::Json<PingRequest>) -> HttpResponse {\n    let output = Command::new(\"sh\")\n        .arg(\"-c\")\n        .arg(format!(\"ping -c 3 {}\", req.host))\n        .output()\n        .expect(\"failed to run ping\");\n    HttpResponse::Ok().body(String::from_utf8_lossy(&output.stdout).to_string())\n}\n"
  ],
  "cookie_insecure": [
    "CWE-614",
    "use actix_web::{cookie::Cookie, post, HttpResponse};\n\n#[post(\"/login\")]\nasync fn login() -> HttpResponse {\n    let session_id = uuid::Uuid::new_v4().to_string();\n    let cookie = Cookie::build(\"session_id\", session_id)\n        .path(\"/\")\n        .secure(false)\n        .http_only(false)\n        .finish();\n    HttpResponse::Ok().cookie(cookie).finish()\n}\n"
  ],
  "cors_permissive_creds": [
    "CWE-942",
    "use actix_cors::Cors;\nuse actix_web::{App, HttpServer};\n\n#[actix_web::main]\nasync fn main() -> std::io::Result<()> {\n    HttpServer::new(|| {\n        let cors = Cors::default()\n            .allow_any_origin()\n            .allow_any_method()\n            .allow_any_header()\n            .supports_credentials();\n        App::new().wrap(cors)\n    })\n    .bind((\"0.0.0.0\", 8080))?\n    .run()\n    .await\n}\n"
  ],
  "des_cipher": [
    "CWE-327",
    "use des::cipher::{BlockEncrypt, KeyInit, generic_array::GenericArray};\nuse des::Des;\n\npub fn encrypt_block(key: &[u8; 8], block: &mut [u8; 8]) {\n    let cipher = Des::new(GenericArray::from_slice(key));\n    cipher.encrypt_block(GenericArray::from_mut_slice(block));\n}\n"
  ],
  "diesel_sql_query": [
    "CWE-89",
    "use diesel::prelude::*;\nuse diesel::sql_query;\n\npub fn find_posts_by_author(conn: &mut PgConnection, author: &str) -> QueryResult<Vec<Post>> {\n    sql_query(format!(\"SELECT * FROM posts WHERE author = '{}' ORDER BY created_at DESC\", author))\n        .load::<Post>(conn)\n}\n"
  ],
  "ecb_aes": [
    "CWE-327",
    "use aes::Aes128;\nuse ecb::cipher::{block_padding::Pkcs7, BlockEncryptMut, KeyInit};\n\ntype Aes128EcbEnc = ecb::Encryptor<Aes128>;\n\npub fn encrypt(key: &[u8; 16], plaintext: &[u8]) -> Vec<u8> {\n    Aes128EcbEnc::new(key.into()).encrypt_padded_vec_mut::<Pkcs7>(plaintext)\n}\n"
  ],
  "hardcoded_db_password": [
    "CWE-798",
    "use sqlx::postgres::PgPoolOptions;\n\npub async fn connect() -> sqlx::PgPool {\n    let database_url = \"postgres://admin:Adm1nPassw0rd!@db.internal:5432/shop\";\n    PgPoolOptions::new().max_connections(5).connect(database_url).await.unwrap()\n}\n"
  ],
  "hardcoded_jwt_secret": [
    "CWE-798",
    "use jsonwebtoken::{encode, EncodingKey, Header};\n\nconst JWT_SECRET: &str = \"super-secret-signing-key-2024\";\n\npub fn issue(claims: &Claims) -> String {\n    encode(&Header::default(), claims, &EncodingKey::from_secret(JWT_SECRET.as_bytes())).unwrap()\n}\n"
  ],
  "insecure_rand_token": [
    "CWE-338",
    "use rand::{rngs::SmallRng, Rng, SeedableRng};\n\npub fn generate_reset_token() -> String {\n    let mut rng = SmallRng::seed_from_u64(42);\n    (0..32).map(|_| rng.sample(rand::distributions::Alphanumeric) as char).collect()\n}\n"
  ],
  "int_overflow_cast": [
    "CWE-190",
    "pub fn alloc_image(header: &[u8]) -> Vec<u8> {\n    let width = u16::from_le_bytes([header[0], header[1]]);\n    let height = u16::from_le_bytes([header[2], header[3]]);\n    let size = (width as u16).wrapping_mul(height) as usize * 4;\n    vec![0u8; size]\n}\n"
  ],
  "jwt_insecure_disable": [
    "CWE-347",
    "use jsonwebtoken::{decode, DecodingKey, Validation};\n\npub fn user_from_token(token: &str) -> Option<String> {\n    let mut validation = Validation::default();\n    validation.insecure_disable_signature_validation();\n    let data = decode::<Claims>(token, &DecodingKey::from_secret(&[]), &validation).ok()?;\n    Some(data.claims.sub)\n}\n"
  ],
  "jwt_no_exp": [
    "CWE-347",
    "use jsonwebtoken::{decode, DecodingKey, Validation, Algorithm};\n\npub fn verify(token: &str, secret: &[u8]) -> Option<Claims> {\n    let mut validation = Validation::new(Algorithm::HS256);\n    validation.validate_exp = false;\n    decode::<Claims>(token, &DecodingKey::from_secret(secret), &validation).ok().map(|d| d.claims)\n}\n"
  ],
  "log_injection": [
    "CWE-117",
    "use actix_web::{post, web, HttpResponse};\nuse log::info;\nuse serde::Deserialize;\n\n#[derive(Deserialize)]\nstruct Login {\n    username: String,\n    password: String,\n}\n\n#[post(\"/login\")]\nasync fn login(form: web::Form<Login>) -> HttpResponse {\n    info!(\"login attempt for user {}\", form.username);\n    if check_credentials(&form.username, &form.password) {\n        HttpResponse::Ok().finish()\n    } else {\n        HttpResponse::Unauthorized().finish()\n    }\n}\n"
  ],
  "namedfile_open": [
    "CWE-22",
    "use actix_files::NamedFile;\nuse actix_web::{HttpRequest, Result};\nuse std::path::PathBuf;\n\nasync fn index(req: HttpRequest) -> Result<NamedFile> {\n    let filename: String = req.match_info().query(\"filename\").parse().unwrap();\n    let path: PathBuf = PathBuf::from(\"./static/\").join(filename);\n    Ok(NamedFile::open(path)?)\n}\n"
  ],
  "path_actix_read": [
    "CWE-22",
    "use actix_web::{get, web, HttpResponse};\nuse std::fs;\nuse std::path::Path;\n\n#[get(\"/files/{name}\")]\nasync fn read_file(name: web::Path<String>) -> HttpResponse {\n    let path = Path::new(\"./uploads\").join(name.into_inner());\n    match fs::read_to_string(&path) {\n        Ok(content) => HttpResponse::Ok().body(content),\n        Err(_) => HttpResponse::NotFound().finish(),\n    }\n}\n"
  ],
  "path_axum_file_open": [
    "CWE-22",
    "use axum::{extract::Query, response::IntoResponse};\nuse serde::Deserialize;\nuse std::fs::File;\nuse std::io::Read;\n\n#[derive(Deserialize)]\npub struct Download {\n    file: String,\n}\n\npub async fn download(Query(q): Query<Download>) -> impl IntoResponse {\n    let mut f = File::open(format!(\"/var/app/reports/{}\", q.file)).unwrap();\n    let mut buf = Vec::new();\n    f.read_to_end(&mut buf).unwrap();\n    buf\n}\n"
  ],
  "path_remove_file": [
    "CWE-22",
    "use actix_web::{delete, web, HttpResponse};\n\n#[delete(\"/avatars/{user}/{file}\")]\nasync fn delete_avatar(path: web::Path<(String, String)>) -> HttpResponse {\n    let (user, file) = path.into_inner();\n    let target = format!(\"static/avatars/{}/{}\", user, file);\n    std::fs::remove_file(target).ok();\n    HttpResponse::NoContent().finish()\n}\n"
  ],
  "postgres_client_query": [
    "CWE-89",
    "use postgres::{Client, NoTls};\n\nfn main() -> Result<(), postgres::Error> {\n    let args: Vec<String> = std::env::args().collect();\n    let table = &args[1];\n    let mut client = Client::connect(\"host=localhost user=postgres\", NoTls)?;\n    for row in client.query(format!(\"SELECT id, title FROM {} LIMIT 10\", table).as_str(), &[])? {\n        let id: i32 = row.get(0);\n        let title: &str = row.get(1);\n        println!(\"{} {}\", id, title);\n    }\n    Ok(())\n}\n"
  ],
  "redirect_actix_found": [
    "CWE-601",
    "use actix_web::{get, http::header, web, HttpResponse};\nuse serde::Deserialize;\n\n#[derive(Deserialize)]\nstruct LoginDone {\n    next: String,\n}\n\n#[get(\"/login/done\")]\nasync fn login_done(q: web::Query<LoginDone>) -> HttpResponse {\n    HttpResponse::Found()\n        .insert_header((header::LOCATION, q.next.clone()))\n        .finish()\n}\n"
  ],
  "redirect_axum": [
    "CWE-601",
    "use axum::{extract::Query, response::Redirect};\nuse std::collections::HashMap;\n\npub async fn go(Query(params): Query<HashMap<String, String>>) -> Redirect {\n    let to = params.get(\"to\").map(|s| s.as_str()).unwrap_or(\"/\");\n    Redirect::to(to)\n}\n"
  ],
  "regex_from_input": [
    "CWE-400",
    "use axum::extract::Query;\nuse regex::Regex;\nuse std::collections::HashMap;\n\npub async fn grep(Query(q): Query<HashMap<String, String>>) -> String {\n    let pattern = q.get(\"pattern\").cloned().unwrap_or_default();\n    let re = Regex::new(&pattern).unwrap();\n    LINES.iter().filter(|l| re.is_match(l)).cloned().collect::<Vec<_>>().join(\"\\n\")\n}\n"
  ],
  "rocket_sql": [
    "CWE-89",
    "#[macro_use] extern crate rocket;\nuse rocket_db_pools::{sqlx, Connection, Database};\n\n#[derive(Database)]\n#[database(\"shop\")]\nstruct Shop(sqlx::SqlitePool);\n\n#[get(\"/products?<category>\")]\nasync fn products(mut db: Connection<Shop>, category: &str) -> String {\n    let q = format!(\"SELECT name FROM products WHERE category = '{}'\", category);\n    let rows = sqlx::query(&q).fetch_all(&mut **db).await.unwrap();\n    format!(\"{} products\", rows.len())\n}\n"
  ],
  "rusqlite_execute_format": [
    "CWE-89",
    "use rusqlite::{Connection, Result};\n\npub fn delete_note(conn: &Connection, title: &str) -> Result<usize> {\n    let sql = format!(\"DELETE FROM notes WHERE title = '{}'\", title);\n    conn.execute(&sql, [])\n}\n"
  ],
  "rusqlite_query_row_concat": [
    "CWE-89",
    "use rusqlite::Connection;\nuse std::io::{self, BufRead};\n\nfn main() -> rusqlite::Result<()> {\n    let conn = Connection::open(\"app.db\")?;\n    let stdin = io::stdin();\n    let mut line = String::new();\n    stdin.lock().read_line(&mut line).expect(\"read\");\n    let email = line.trim();\n    let query = \"SELECT id FROM accounts WHERE email = '\".to_string() + email + \"'\";\n    let id: i64 = conn.query_row(&query, [], |row| row.get(0))?;\n    println!(\"account id: {}\", id);\n    Ok(())\n}\n"
  ],
  "rustls_no_verify": [
    "CWE-295",
    "use rustls::client::{ServerCertVerified, ServerCertVerifier};\nuse std::sync::Arc;\n\nstruct NoVerifier;\n\nimpl ServerCertVerifier for NoVerifier {\n    fn verify_server_cert(\n        &self,\n        _end_entity: &rustls::Certificate,\n        _intermediates: &[rustls::Certificate],\n        _server_name: &rustls::ServerName,\n        _scts: &mut dyn Iterator<Item = &[u8]>,\n        _ocsp: &[u8],\n        _now: std::time::SystemTime,\n    ) -> Result<ServerCertVerified, rustls::Error> {\n        Ok(ServerCertVerified::assertion())\n    }\n}\n\npub fn config() -> rustls::ClientConfig {\n    rustls::ClientConfig::builder()\n        .with_safe_defaults()\n        .with_custom_certificate_verifier(Arc::new(NoVerifier))\n        .with_no_client_auth()\n}\n"
  ],
  "sqlx_helper_param": [
    "CWE-89",
    "use sqlx::PgPool;\n\nasync fn count_by_status(pool: &PgPool, status: &str) -> i64 {\n    let sql = format!(\"SELECT COUNT(*) FROM orders WHERE status = '{}'\", status);\n    sqlx::query_scalar(&sql).fetch_one(pool).await.unwrap()\n}\n\npub async fn stats(axum::extract::Query(p): axum::extract::Query<StatusQuery>, pool: axum::extract::State<PgPool>) -> String {\n    let n = count_by_status(&pool, &p.status).await;\n    n.to_string()\n}\n"
  ],
  "ssrf_client_get_webhook": [
    "CWE-918",
    "use actix_web::{post, web, HttpResponse};\nuse serde::Deserialize;\n\n#[derive(Deserialize)]\nstruct Webhook {\n    callback_url: String,\n    payload: String,\n}\n\n#[post(\"/webhooks/test\")]\nasync fn test_webhook(body: web::Json<Webhook>, client: web::Data<reqwest::Client>) -> HttpResponse {\n    let resp = client.post(&body.callback_url).body(body.payload.clone()).send().await;\n    match resp {\n        Ok(r) => HttpResponse::Ok().body(format!(\"status {}\", r.status())),\n        Err(e) => HttpResponse::BadGateway().body(e.to_string()),\n    }\n}\n"
  ],
  "ssrf_reqwest_get": [
    "CWE-918",
    "use axum::{extract::Query, response::IntoResponse};\nuse serde::Deserialize;\n\n#[derive(Deserialize)]\npub struct Preview {\n    url: String,\n}\n\npub async fn link_preview(Query(p): Query<Preview>) -> impl IntoResponse {\n    let body = reqwest::get(&p.url).await.unwrap().text().await.unwrap();\n    let title = body.split(\"<title>\").nth(1).and_then(|s| s.split(\"</title>\").next()).unwrap_or(\"\");\n    title.to_string()\n}\n"
  ],
  "tls_invalid_certs": [
    "CWE-295",
    "pub fn build_client() -> reqwest::Client {\n    reqwest::Client::builder()\n        .danger_accept_invalid_certs(true)\n        .timeout(std::time::Duration::from_secs(10))\n        .build()\n        .unwrap()\n}\n"
  ],
  "tower_cors_any": [
    "CWE-942",
    "use axum::{routing::get, Router};\nuse tower_http::cors::{Any, CorsLayer};\n\npub fn app() -> Router {\n    let cors = CorsLayer::new().allow_origin(Any).allow_methods(Any).allow_headers(Any).allow_credentials(true);\n    Router::new().route(\"/api/me\", get(me)).layer(cors)\n}\n"
  ],
  "unsafe_from_raw_parts": [
    "CWE-787",
    "use std::io::Read;\n\npub fn read_packet(stream: &mut std::net::TcpStream, buf: &mut Vec<u8>) -> std::io::Result<&[u8]> {\n    let mut len_bytes = [0u8; 4];\n    stream.read_exact(&mut len_bytes)?;\n    let len = u32::from_be_bytes(len_bytes) as usize;\n    unsafe {\n        buf.set_len(len);\n        stream.read_exact(buf)?;\n        Ok(std::slice::from_raw_parts(buf.as_ptr(), len))\n    }\n}\n"
  ],
  "unsafe_ptr_add": [
    "CWE-119",
    "pub fn get_at(values: &[i32], index: usize) -> i32 {\n    unsafe { *values.as_ptr().add(index) }\n}\n"
  ],
  "unsafe_transmute": [
    "CWE-843",
    "#[repr(C)]\nstruct Header {\n    magic: u32,\n    version: u16,\n    flags: u16,\n}\n\nfn parse_header(data: &[u8]) -> Header {\n    let bytes: [u8; 8] = data[..8].try_into().unwrap();\n    unsafe { std::mem::transmute::<[u8; 8], Header>(bytes) }\n}\n"
  ],
  "unwrap_user_input": [
    "CWE-248",
    "use axum::extract::Query;\nuse std::collections::HashMap;\n\npub async fn page(Query(q): Query<HashMap<String, String>>) -> String {\n    let page: u32 = q.get(\"page\").unwrap().parse().unwrap();\n    format!(\"page {}\", page)\n}\n"
  ],
  "warp_path_file": [
    "CWE-22",
    "use warp::Filter;\n\n#[tokio::main]\nasync fn main() {\n    let files = warp::path!(\"download\" / String).map(|name: String| {\n        let data = std::fs::read(format!(\"./files/{}\", name)).unwrap_or_default();\n        warp::reply::with_header(data, \"content-type\", \"application/octet-stream\")\n    });\n    warp::serve(files).run(([127, 0, 0, 1], 3030)).await;\n}\n"
  ],
  "weak_md5_password": [
    "CWE-328",
    "use md5;\n\npub fn hash_password(password: &str) -> String {\n    let digest = md5::compute(password.as_bytes());\n    format!(\"{:x}\", digest)\n}\n"
  ],
  "weak_sha1_token": [
    "CWE-328",
    "use sha1::{Digest, Sha1};\n\npub fn sign_token(user_id: &str, secret: &str) -> String {\n    let mut hasher = Sha1::new();\n    hasher.update(secret.as_bytes());\n    hasher.update(user_id.as_bytes());\n    hex::encode(hasher.finalize())\n}\n"
  ],
  "xss_actix_html": [
    "CWE-79",
    "use actix_web::{get, web, HttpResponse};\nuse serde::Deserialize;\n\n#[derive(Deserialize)]\nstruct Greet {\n    name: String,\n}\n\n#[get(\"/hello\")]\nasync fn hello(info: web::Query<Greet>) -> HttpResponse {\n    HttpResponse::Ok()\n        .content_type(\"text/html; charset=utf-8\")\n        .body(format!(\"<h1>Hello, {}!</h1>\", info.name))\n}\n"
  ],
  "xss_axum_html": [
    "CWE-79",
    "use axum::{extract::Path, response::Html};\n\npub async fn profile(Path(username): Path<String>) -> Html<String> {\n    let page = format!(\n        \"<html><body><h2>Profile of {username}</h2><p>Welcome back!</p></body></html>\"\n    );\n    Html(page)\n}\n"
  ],
  "xss_search_results": [
    "CWE-79",
    "use actix_web::{web, HttpRequest, HttpResponse};\n\npub async fn search(req: HttpRequest) -> HttpResponse {\n    let q = req.query_string().to_string();\n    let mut html = String::from(\"<html><body>\");\n    html.push_str(\"<p>Results for: \");\n    html.push_str(&q);\n    html.push_str(\"</p></body></html>\");\n    HttpResponse::Ok().content_type(\"text/html\").body(html)\n}\n"
  ],
  "yaml_deser_body": [
    "CWE-502",
    "use actix_web::{post, web, HttpResponse};\n\n#[post(\"/config/import\")]\nasync fn import_config(body: web::Bytes) -> HttpResponse {\n    let cfg: serde_yaml::Value = serde_yaml::from_slice(&body).unwrap();\n    HttpResponse::Ok().body(format!(\"imported {} keys\", cfg.as_mapping().map(|m| m.len()).unwrap_or(0)))\n}\n"
  ],
  "w2_axum_json_xss_helper": [
    "CWE-79",
    "use axum::{extract::Form, response::Html};\nuse serde::Deserialize;\n\n#[derive(Deserialize)]\npub struct Comment {\n    author: String,\n    text: String,\n}\n\nfn render_comment(author: &str, text: &str) -> String {\n    format!(\"<div class=\\\"comment\\\"><b>{}</b>: {}</div>\", author, text)\n}\n\npub async fn preview(Form(c): Form<Comment>) -> Html<String> {\n    Html(render_comment(&c.author, &c.text))\n}\n"
  ],
  "w2_env_var_cmd": [
    "CWE-78",
    "use std::env;\nuse std::process::Command;\n\nfn main() {\n    let editor = env::var(\"EDITOR\").unwrap_or_else(|_| \"vi\".to_string());\n    let file = env::args().nth(1).unwrap_or_default();\n    Command::new(\"sh\").arg(\"-c\").arg(format!(\"{} {}\", editor, file)).status().unwrap();\n}\n"
  ],
  "w2_hardcoded_api_key_struct": [
    "CWE-798",
    "pub struct StripeConfig {\n    pub api_key: String,\n    pub webhook_secret: String,\n}\n\npub fn config() -> StripeConfig {\n    StripeConfig {\n        api_key: \"sk_live_51HqLyjWDarjtT1zdp7dcXh2ks\".to_string(),\n        webhook_secret: \"whsec_9f8e7d6c5b4a39281706f5e4d3c2b1a0\".to_string(),\n    }\n}\n"
  ],
  "w2_headers_sql": [
    "CWE-89",
    "use axum::http::HeaderMap;\nuse sqlx::PgPool;\n\npub async fn audit(headers: HeaderMap, axum::extract::State(pool): axum::extract::State<PgPool>) -> &'static str {\n    let agent = headers.get(\"user-agent\").and_then(|v| v.to_str().ok()).unwrap_or(\"unknown\");\n    let stmt = format!(\"INSERT INTO audit_log (agent) VALUES ('{}')\", agent);\n    sqlx::query(&stmt).execute(&pool).await.ok();\n    \"ok\"\n}\n"
  ],
  "w2_helper_fetch_ssrf": [
    "CWE-918",
    "use axum::{extract::Json, http::StatusCode};\nuse serde::Deserialize;\n\n#[derive(Deserialize)]\npub struct Import {\n    feed_url: String,\n}\n\nasync fn fetch_feed(url: &str) -> Result<String, reqwest::Error> {\n    reqwest::get(url).await?.text().await\n}\n\npub async fn import(Json(req): Json<Import>) -> Result<String, StatusCode> {\n    fetch_feed(&req.feed_url).await.map_err(|_| StatusCode::BAD_GATEWAY)\n}\n"
  ],
  "w2_if_let_query_file": [
    "CWE-22",
    "use actix_web::{HttpRequest, HttpResponse};\nuse std::collections::HashMap;\n\npub async fn logs(req: HttpRequest) -> HttpResponse {\n    let params = web::Query::<HashMap<String, String>>::from_query(req.query_string()).unwrap();\n    if let Some(name) = params.get(\"file\") {\n        let content = tokio::fs::read_to_string(format!(\"/var/log/app/{}\", name)).await.unwrap_or_default();\n        return HttpResponse::Ok().body(content);\n    }\n    HttpResponse::BadRequest().finish()\n}\n"
  ],
  "w2_openssl_verify_none": [
    "CWE-295",
    "use openssl::ssl::{SslConnector, SslMethod, SslVerifyMode};\n\npub fn connector() -> SslConnector {\n    let mut builder = SslConnector::builder(SslMethod::tls()).unwrap();\n    builder.set_verify(SslVerifyMode::NONE);\n    builder.build()\n}\n"
  ],
  "w2_rocket_rawhtml": [
    "CWE-79",
    "#[macro_use] extern crate rocket;\nuse rocket::response::content::RawHtml;\n\n#[get(\"/search?<q>\")]\nfn search(q: &str) -> RawHtml<String> {\n    RawHtml(format!(\"<p>No results for <b>{}</b></p>\", q))\n}\n"
  ],
  "w2_rocket_redirect": [
    "CWE-601",
    "#[macro_use] extern crate rocket;\nuse rocket::response::Redirect;\n\n#[get(\"/logout?<return_to>\")]\nfn logout(return_to: String) -> Redirect {\n    Redirect::to(return_to)\n}\n"
  ],
  "w2_sea_orm_raw": [
    "CWE-89",
    "use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, Statement};\n\npub async fn purge(db: &DatabaseConnection, tenant: String) -> Result<(), sea_orm::DbErr> {\n    db.execute(Statement::from_string(DbBackend::Postgres, format!(\"DELETE FROM sessions WHERE tenant = '{}'\", tenant))).await?;\n    Ok(())\n}\n"
  ],
  "w2_shadow_struct_field_cmd": [
    "CWE-78",
    "use actix_web::{web, HttpResponse};\nuse serde::Deserialize;\n\n#[derive(Deserialize)]\npub struct Convert {\n    input: String,\n    format: String,\n}\n\npub async fn convert(form: web::Form<Convert>) -> HttpResponse {\n    let Convert { input, format } = form.into_inner();\n    let input = input.trim().to_string();\n    let script = format!(\"convert {} output.{}\", input, format);\n    let status = std::process::Command::new(\"/bin/sh\").arg(\"-c\").arg(&script).status();\n    match status {\n        Ok(s) if s.success() => HttpResponse::Ok().finish(),\n        _ => HttpResponse::InternalServerError().finish(),\n    }\n}\n"
  ],
  "w2_stdin_path_write": [
    "CWE-22",
    "use std::fs;\nuse std::io::{self, Write};\n\nfn main() -> io::Result<()> {\n    print!(\"note name: \");\n    io::stdout().flush()?;\n    let mut name = String::new();\n    io::stdin().read_line(&mut name)?;\n    let path = format!(\"/srv/notes/{}.txt\", name.trim());\n    fs::write(&path, \"new note\\n\")?;\n    Ok(())\n}\n"
  ],
  "w2_tuple_path_sql_rusqlite": [
    "CWE-89",
    "use actix_web::{get, web, HttpResponse};\nuse std::sync::Mutex;\n\n#[get(\"/{table}/{id}\")]\nasync fn row(path: web::Path<(String, String)>, db: web::Data<Mutex<rusqlite::Connection>>) -> HttpResponse {\n    let (table, id) = path.into_inner();\n    let conn = db.lock().unwrap();\n    let sql = format!(\"SELECT data FROM {} WHERE id = {}\", table, id);\n    let data: String = conn.query_row(&sql, [], |r| r.get(0)).unwrap_or_default();\n    HttpResponse::Ok().body(data)\n}\n"
  ],
  "w3_actix_html_builder": [
    "CWE-79",
    "use actix_web::{http::header::ContentType, HttpRequest, HttpResponse};\n\npub async fn welcome(req: HttpRequest) -> HttpResponse {\n    let name = req.match_info().get(\"name\").unwrap_or(\"guest\");\n    let mut page = String::new();\n    page.push_str(\"<!doctype html><html><body><h1>Welcome \");\n    page.push_str(name);\n    page.push_str(\"</h1></body></html>\");\n    HttpResponse::Ok().content_type(ContentType::html()).body(page)\n}\n"
  ],
  "w3_aws_secret_literal": [
    "CWE-798",
    "use aws_sdk_s3::config::Credentials;\n\npub fn credentials() -> Credentials {\n    let access_key_id = \"AKIAIOSFODNN7EXAMPLE\";\n    let secret_access_key = \"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\";\n    Credentials::new(access_key_id, secret_access_key, None, None, \"static\")\n}\n"
  ],
  "w3_axum_state_http_ssrf": [
    "CWE-918",
    "use axum::{extract::State, Json};\nuse serde::Deserialize;\n\n#[derive(Clone)]\npub struct AppState {\n    pub http: reqwest::Client,\n}\n\n#[derive(Deserialize)]\npub struct ProxyReq {\n    pub url: String,\n}\n\npub async fn proxy(State(state): State<AppState>, Json(body): Json<ProxyReq>) -> String {\n    let resp = state.http.get(&body.url).send().await.unwrap();\n    resp.text().await.unwrap_or_default()\n}\n"
  ],
  "w3_cmd_windows": [
    "CWE-78",
    "use std::process::Command;\n\npub fn list_folder(folder: &str) -> String {\n    let out = Command::new(\"cmd\").args([\"/C\", &format!(\"dir {}\", folder)]).output().expect(\"dir\");\n    String::from_utf8_lossy(&out.stdout).into_owned()\n}\n"
  ],
  "w3_get_unchecked_index": [
    "CWE-119",
    "use axum::extract::Path;\n\nstatic PRICES: [u32; 4] = [100, 250, 400, 999];\n\npub async fn price(Path(idx): Path<usize>) -> String {\n    let p = unsafe { *PRICES.get_unchecked(idx) };\n    p.to_string()\n}\n"
  ],
  "w3_jwt_struct_no_exp": [
    "CWE-347",
    "use jsonwebtoken::{decode, Algorithm, DecodingKey, Validation};\n\npub fn claims(token: &str, key: &DecodingKey) -> Option<Claims> {\n    let mut validation = Validation::new(Algorithm::RS256);\n    validation.validate_exp = false;\n    validation.set_audience(&[\"api\"]);\n    decode::<Claims>(token, key, &validation).ok().map(|t| t.claims)\n}\n"
  ],
  "w3_multipart_upload": [
    "CWE-22",
    "use actix_multipart::Multipart;\nuse actix_web::{post, Error, HttpResponse};\nuse futures_util::TryStreamExt;\nuse std::io::Write;\n\n#[post(\"/upload\")]\nasync fn upload(mut payload: Multipart) -> Result<HttpResponse, Error> {\n    while let Some(mut field) = payload.try_next().await? {\n        let filename = field.content_disposition().get_filename().unwrap_or(\"upload.bin\").to_string();\n        let filepath = format!(\"./uploads/{}\", filename);\n        let mut f = std::fs::File::create(filepath)?;\n        while let Some(chunk) = field.try_next().await? {\n            f.write_all(&chunk)?;\n        }\n    }\n    Ok(HttpResponse::Ok().finish())\n}\n"
  ],
  "w3_native_tls_hostnames": [
    "CWE-295",
    "use native_tls::TlsConnector;\nuse std::net::TcpStream;\n\npub fn connect(host: &str) -> native_tls::TlsStream<TcpStream> {\n    let connector = TlsConnector::builder().danger_accept_invalid_hostnames(true).build().unwrap();\n    let stream = TcpStream::connect((host, 443)).unwrap();\n    connector.connect(host, stream).unwrap()\n}\n"
  ],
  "w3_rusqlite_prepare": [
    "CWE-89",
    "use rusqlite::Connection;\n\npub fn search_books(conn: &Connection, author: &str) -> rusqlite::Result<Vec<String>> {\n    let mut stmt = conn.prepare(&format!(\"SELECT title FROM books WHERE author LIKE '%{}%'\", author))?;\n    let rows = stmt.query_map([], |row| row.get(0))?;\n    rows.collect()\n}\n"
  ],
  "w3_see_other_location": [
    "CWE-601",
    "use actix_web::{web, HttpResponse};\nuse std::collections::HashMap;\n\npub async fn after_login(q: web::Query<HashMap<String, String>>) -> HttpResponse {\n    let next = q.get(\"next\").cloned().unwrap_or_else(|| \"/\".into());\n    HttpResponse::SeeOther().append_header((\"Location\", next)).finish()\n}\n"
  ],
  "w3_sha1_password": [
    "CWE-328",
    "use sha1::{Digest, Sha1};\n\npub fn store_password(password: &str) -> String {\n    let hash = Sha1::digest(password.as_bytes());\n    hex::encode(hash)\n}\n"
  ],
  "w3_tokio_postgres_execute": [
    "CWE-89",
    "use tokio_postgres::Client;\n\npub async fn rename_user(client: &Client, id: i32, new_name: &str) -> Result<u64, tokio_postgres::Error> {\n    let stmt = format!(\"UPDATE users SET name = '{}' WHERE id = {}\", new_name, id);\n    client.execute(&*stmt, &[]).await\n}\n"
  ],
  "w3_tower_cors_mirror": [
    "CWE-942",
    "use axum::Router;\nuse tower_http::cors::{AllowOrigin, CorsLayer};\n\npub fn with_cors(app: Router) -> Router {\n    app.layer(\n        CorsLayer::new()\n            .allow_origin(AllowOrigin::mirror_request())\n            .allow_credentials(true),\n    )\n}\n"
  ]
};

const PROBES_SAFE: Record<string, [string, string]> = {
  "actix_sqlx_bind": [
    "CWE-89",
    "use actix_web::{get, web, HttpResponse, Responder};\nuse serde::Deserialize;\nuse sqlx::PgPool;\n\n#[derive(Deserialize)]\nstruct SearchParams {\n    name: String,\n}\n\n#[get(\"/users/search\")]\nasync fn search_users(pool: web::Data<PgPool>, query: web::Query<SearchParams>) -> impl Responder {\n    let pattern = format!(\"%{}%\", query.name);\n    match sqlx::query_as::<_, User>(\"SELECT id, name, email FROM users WHERE name LIKE $1\")\n        .bind(pattern)\n        .fetch_all(pool.get_ref())\n        .await\n    {\n        Ok(users) => HttpResponse::Ok().json(users),\n        Err(_) => HttpResponse::InternalServerError().finish(),\n    }\n}\n"
  ],
  "aes_gcm": [
    "CWE-327",
    "use aes_gcm::{aead::{Aead, AeadCore, KeyInit, OsRng}, Aes256Gcm};\n\npub fn encrypt(key: &[u8; 32], plaintext: &[u8]) -> (Vec<u8>, Vec<u8>) {\n    let cipher = Aes256Gcm::new(key.into());\n    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);\n    let ct = cipher.encrypt(&nonce, plaintext).expect(\"encrypt\");\n    (nonce.to_vec(), ct)\n}\n"
  ],
  "argon2_password": [
    "CWE-328",
    "use argon2::{password_hash::{rand_core::OsRng, PasswordHasher, SaltString}, Argon2};\n\npub fn hash_password(password: &str) -> String {\n    let salt = SaltString::generate(&mut OsRng);\n    Argon2::default().hash_password(password.as_bytes(), &salt).unwrap().to_string()\n}\n"
  ],
  "axum_sqlx_macro": [
    "CWE-89",
    "use axum::{extract::{Path, State}, Json};\nuse sqlx::SqlitePool;\n\npub async fn get_user(State(pool): State<SqlitePool>, Path(username): Path<String>) -> Json<Option<User>> {\n    let user = sqlx::query_as!(User, \"SELECT * FROM users WHERE username = ?\", username)\n        .fetch_optional(&pool)\n        .await\n        .unwrap();\n    Json(user)\n}\n"
  ],
  "bincode_limited": [
    "CWE-502",
    "use bincode::Options;\nuse std::io::Read;\nuse std::net::TcpStream;\n\nfn handle(stream: TcpStream) {\n    let mut buf = Vec::new();\n    stream.take(64 * 1024).read_to_end(&mut buf).unwrap();\n    let msg: Message = bincode::DefaultOptions::new().with_limit(64 * 1024).deserialize(&buf).unwrap();\n    process(msg);\n}\n"
  ],
  "checksum_md5_etag": [
    "CWE-328",
    "use actix_web::{HttpResponse, http::header};\n\npub fn serve_asset(bytes: Vec<u8>) -> HttpResponse {\n    let etag = format!(\"\\\"{:x}\\\"\", md5::compute(&bytes));\n    HttpResponse::Ok().insert_header((header::ETAG, etag)).body(bytes)\n}\n"
  ],
  "cli_read_own_file": [
    "CWE-22",
    "use std::fs;\n\nfn main() {\n    let path = std::env::args().nth(1).expect(\"usage: wc <file>\");\n    let text = fs::read_to_string(&path).expect(\"cannot read file\");\n    println!(\"{} lines\", text.lines().count());\n}\n"
  ],
  "cmd_args_actix": [
    "CWE-78",
    "use actix_web::{post, web, HttpResponse};\nuse serde::Deserialize;\nuse std::process::Command;\n\n#[derive(Deserialize)]\nstruct PingRequest {\n    host: String,\n}\n\n#[post(\"/tools/ping\")]\nasync fn ping(req: web::Json<PingRequest>) -> HttpResponse {\n    if req.host.starts_with('-') {\n        return HttpResponse::BadRequest().body(\"invalid host\");\n    }\n    let output = Command::new(\"ping\")\n        .args([\"-c\", \"3\", \"--\", &req.host])\n        .output()\n        .expect(\"failed to run ping\");\n    HttpResponse::Ok().body(String::from_utf8_lossy(&output.stdout).to_string())\n}\n"
  ],
  "cmd_env_fixed": [
    "CWE-78",
    "use std::process::Command;\n\nfn main() {\n    let home = std::env::var(\"HOME\").unwrap_or_else(|_| \"/tmp\".into());\n    let out = Command::new(\"ls\").arg(\"-la\").current_dir(&home).output().expect(\"ls\");\n    println!(\"{}\", String::from_utf8_lossy(&out.stdout));\n}\n"
  ],
  "cmd_new_allowlist": [
    "CWE-78",
    "use axum::{extract::Query, http::StatusCode, response::IntoResponse};\nuse std::collections::HashMap;\nuse std::process::Command;\n\nconst ALLOWED_TOOLS: [&str; 3] = [\"git\", \"cargo\", \"rustc\"];\n\nasync fn run_tool(Query(params): Query<HashMap<String, String>>) -> Result<String, StatusCode> {\n    let tool = params.get(\"tool\").cloned().unwrap_or_default();\n    if !ALLOWED_TOOLS.contains(&tool.as_str()) {\n        return Err(StatusCode::BAD_REQUEST);\n    }\n    let out = Command::new(&tool).arg(\"--version\").output().unwrap();\n    Ok(String::from_utf8_lossy(&out.stdout).into_owned())\n}\n"
  ],
  "cmd_tar_helper": [
    "CWE-78",
    "use std::process::Command;\n\nfn compress(dir: &str) -> std::io::Result<()> {\n    let status = Command::new(\"tar\").arg(\"czf\").arg(\"backup.tar.gz\").arg(dir).status()?;\n    println!(\"exit: {}\", status);\n    Ok(())\n}\n\nfn main() {\n    let dir = std::env::args().nth(1).expect(\"usage: backup <dir>\");\n    compress(&dir).unwrap();\n}\n"
  ],
  "cookie_secure": [
    "CWE-614",
    "use actix_web::{cookie::{Cookie, SameSite}, post, HttpResponse};\n\n#[post(\"/login\")]\nasync fn login() -> HttpResponse {\n    let session_id = uuid::Uuid::new_v4().to_string();\n    let cookie = Cookie::build(\"session_id\", session_id)\n        .path(\"/\")\n        .secure(true)\n        .http_only(true)\n        .same_site(SameSite::Strict)\n        .finish();\n    HttpResponse::Ok().cookie(cookie).finish()\n}\n"
  ],
  "cors_fixed_origin": [
    "CWE-942",
    "use actix_cors::Cors;\nuse actix_web::{http::header, App, HttpServer};\n\n#[actix_web::main]\nasync fn main() -> std::io::Result<()> {\n    HttpServer::new(|| {\n        let cors = Cors::default()\n            .allowed_origin(\"https://app.example.com\")\n            .allowed_methods(vec![\"GET\", \"POST\"])\n            .allowed_headers(vec![header::AUTHORIZATION, header::CONTENT_TYPE])\n            .supports_credentials();\n        App::new().wrap(cors)\n    })\n    .bind((\"0.0.0.0\", 8080))?\n    .run()\n    .await\n}\n"
  ],
  "diesel_sql_query_bind": [
    "CWE-89",
    "use diesel::prelude::*;\nuse diesel::sql_query;\nuse diesel::sql_types::Text;\n\npub fn find_posts_by_author(conn: &mut PgConnection, author: &str) -> QueryResult<Vec<Post>> {\n    sql_query(\"SELECT * FROM posts WHERE author = $1 ORDER BY created_at DESC\")\n        .bind::<Text, _>(author)\n        .load::<Post>(conn)\n}\n"
  ],
  "env_db_url": [
    "CWE-798",
    "use sqlx::postgres::PgPoolOptions;\n\npub async fn connect() -> sqlx::PgPool {\n    let database_url = std::env::var(\"DATABASE_URL\").expect(\"DATABASE_URL must be set\");\n    PgPoolOptions::new().max_connections(5).connect(&database_url).await.unwrap()\n}\n"
  ],
  "env_jwt_secret": [
    "CWE-798",
    "use jsonwebtoken::{encode, EncodingKey, Header};\n\npub fn issue(claims: &Claims) -> String {\n    let secret = std::env::var(\"JWT_SECRET\").expect(\"JWT_SECRET must be set\");\n    encode(&Header::default(), claims, &EncodingKey::from_secret(secret.as_bytes())).unwrap()\n}\n"
  ],
  "hmac_sha256_token": [
    "CWE-328",
    "use hmac::{Hmac, Mac};\nuse sha2::Sha256;\n\ntype HmacSha256 = Hmac<Sha256>;\n\npub fn sign_token(user_id: &str, secret: &str) -> String {\n    let mut mac = HmacSha256::new_from_slice(secret.as_bytes()).expect(\"key\");\n    mac.update(user_id.as_bytes());\n    hex::encode(mac.finalize().into_bytes())\n}\n"
  ],
  "jwt_default_validation": [
    "CWE-347",
    "use jsonwebtoken::{decode, DecodingKey, Validation, Algorithm};\n\npub fn verify(token: &str, secret: &[u8]) -> Option<Claims> {\n    let mut validation = Validation::new(Algorithm::HS256);\n    validation.leeway = 30;\n    decode::<Claims>(token, &DecodingKey::from_secret(secret), &validation).ok().map(|d| d.claims)\n}\n"
  ],
  "namedfile_open_pathbuf": [
    "CWE-22",
    "use actix_files::NamedFile;\nuse actix_web::{HttpRequest, Result};\nuse std::path::PathBuf;\n\nasync fn index(req: HttpRequest) -> Result<NamedFile> {\n    let filename: String = req.match_info().query(\"filename\").parse().unwrap();\n    let base = PathBuf::from(\"./static/\").canonicalize()?;\n    let path = base.join(&filename).canonicalize()?;\n    if !path.starts_with(&base) {\n        return Err(actix_web::error::ErrorForbidden(\"forbidden\"));\n    }\n    Ok(NamedFile::open(path)?)\n}\n"
  ],
  "path_actix_read_canon": [
    "CWE-22",
    "use actix_web::{get, web, HttpResponse};\nuse std::fs;\nuse std::path::Path;\n\n#[get(\"/files/{name}\")]\nasync fn read_file(name: web::Path<String>) -> HttpResponse {\n    let base = Path::new(\"./uploads\").canonicalize().unwrap();\n    let path = match base.join(name.into_inner()).canonicalize() {\n        Ok(p) => p,\n        Err(_) => return HttpResponse::NotFound().finish(),\n    };\n    if !path.starts_with(&base) {\n        return HttpResponse::Forbidden().finish();\n    }\n    match fs::read_to_string(&path) {\n        Ok(content) => HttpResponse::Ok().body(content),\n        Err(_) => HttpResponse::NotFound().finish(),\n    }\n}\n"
  ],
  "path_axum_file_name": [
    "CWE-22",
    "use axum::{extract::Query, response::IntoResponse};\nuse serde::Deserialize;\nuse std::fs::File;\nuse std::io::Read;\nuse std::path::Path;\n\n#[derive(Deserialize)]\npub struct Download {\n    file: String,\n}\n\npub async fn download(Query(q): Query<Download>) -> impl IntoResponse {\n    let name = Path::new(&q.file).file_name().unwrap_or_default();\n    let mut f = File::open(Path::new(\"/var/app/reports\").join(name)).unwrap();\n    let mut buf = Vec::new();\n    f.read_to_end(&mut buf).unwrap();\n    buf\n}\n"
  ],
  "path_remove_file_checked": [
    "CWE-22",
    "use actix_web::{delete, web, HttpResponse};\n\n#[delete(\"/avatars/{user}/{file}\")]\nasync fn delete_avatar(path: web::Path<(u64, String)>) -> HttpResponse {\n    let (user, file) = path.into_inner();\n    if file.contains(\"..\") || file.contains('/') || file.contains('\\\\') {\n        return HttpResponse::BadRequest().finish();\n    }\n    let safe = sanitize_filename::sanitize(&file);\n    let target = format!(\"static/avatars/{}/{}\", user, safe);\n    std::fs::remove_file(target).ok();\n    HttpResponse::NoContent().finish()\n}\n"
  ],
  "postgres_client_query_param": [
    "CWE-89",
    "use postgres::{Client, NoTls};\n\nfn main() -> Result<(), postgres::Error> {\n    let args: Vec<String> = std::env::args().collect();\n    let owner = &args[1];\n    let mut client = Client::connect(\"host=localhost user=postgres\", NoTls)?;\n    for row in client.query(\"SELECT id, title FROM documents WHERE owner = $1 LIMIT 10\", &[owner])? {\n        let id: i32 = row.get(0);\n        let title: &str = row.get(1);\n        println!(\"{} {}\", id, title);\n    }\n    Ok(())\n}\n"
  ],
  "redirect_actix_local": [
    "CWE-601",
    "use actix_web::{get, http::header, web, HttpResponse};\nuse serde::Deserialize;\n\n#[derive(Deserialize)]\nstruct LoginDone {\n    next: String,\n}\n\n#[get(\"/login/done\")]\nasync fn login_done(q: web::Query<LoginDone>) -> HttpResponse {\n    let target = if q.next.starts_with('/') && !q.next.starts_with(\"//\") { q.next.clone() } else { \"/\".to_string() };\n    HttpResponse::Found()\n        .insert_header((header::LOCATION, target))\n        .finish()\n}\n"
  ],
  "redirect_axum_fixed": [
    "CWE-601",
    "use axum::{extract::Query, response::Redirect};\nuse std::collections::HashMap;\n\npub async fn go(Query(params): Query<HashMap<String, String>>) -> Redirect {\n    let page = params.get(\"page\").map(|s| s.as_str()).unwrap_or(\"home\");\n    match page {\n        \"settings\" => Redirect::to(\"/settings\"),\n        \"profile\" => Redirect::to(\"/profile\"),\n        _ => Redirect::to(\"/\"),\n    }\n}\n"
  ],
  "regex_escaped": [
    "CWE-400",
    "use axum::extract::Query;\nuse regex::Regex;\nuse std::collections::HashMap;\n\npub async fn grep(Query(q): Query<HashMap<String, String>>) -> String {\n    let word = q.get(\"word\").cloned().unwrap_or_default();\n    let re = Regex::new(&format!(r\"\\b{}\\b\", regex::escape(&word))).unwrap();\n    LINES.iter().filter(|l| re.is_match(l)).cloned().collect::<Vec<_>>().join(\"\\n\")\n}\n"
  ],
  "rocket_sql_bind": [
    "CWE-89",
    "#[macro_use] extern crate rocket;\nuse rocket_db_pools::{sqlx, Connection, Database};\n\n#[derive(Database)]\n#[database(\"shop\")]\nstruct Shop(sqlx::SqlitePool);\n\n#[get(\"/products?<category>\")]\nasync fn products(mut db: Connection<Shop>, category: &str) -> String {\n    let rows = sqlx::query(\"SELECT name FROM products WHERE category = ?\")\n        .bind(category)\n        .fetch_all(&mut **db)\n        .await\n        .unwrap();\n    format!(\"{} products\", rows.len())\n}\n"
  ],
  "rusqlite_execute_params": [
    "CWE-89",
    "use rusqlite::{params, Connection, Result};\n\npub fn delete_note(conn: &Connection, title: &str) -> Result<usize> {\n    conn.execute(\"DELETE FROM notes WHERE title = ?1\", params![title])\n}\n"
  ],
  "rusqlite_query_row_params": [
    "CWE-89",
    "use rusqlite::Connection;\nuse std::io::{self, BufRead};\n\nfn main() -> rusqlite::Result<()> {\n    let conn = Connection::open(\"app.db\")?;\n    let stdin = io::stdin();\n    let mut line = String::new();\n    stdin.lock().read_line(&mut line).expect(\"read\");\n    let email = line.trim();\n    let id: i64 = conn.query_row(\"SELECT id FROM accounts WHERE email = ?1\", [email], |row| row.get(0))?;\n    println!(\"account id: {}\", id);\n    Ok(())\n}\n"
  ],
  "rustls_webpki_roots": [
    "CWE-295",
    "use std::sync::Arc;\n\npub fn config() -> Arc<rustls::ClientConfig> {\n    let mut roots = rustls::RootCertStore::empty();\n    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());\n    Arc::new(rustls::ClientConfig::builder().with_root_certificates(roots).with_no_client_auth())\n}\n"
  ],
  "safe_get_at": [
    "CWE-119",
    "pub fn get_at(values: &[i32], index: usize) -> Option<i32> {\n    values.get(index).copied()\n}\n"
  ],
  "safe_header_parse": [
    "CWE-843",
    "struct Header {\n    magic: u32,\n    version: u16,\n    flags: u16,\n}\n\nfn parse_header(data: &[u8]) -> Option<Header> {\n    if data.len() < 8 {\n        return None;\n    }\n    Some(Header {\n        magic: u32::from_le_bytes(data[0..4].try_into().ok()?),\n        version: u16::from_le_bytes(data[4..6].try_into().ok()?),\n        flags: u16::from_le_bytes(data[6..8].try_into().ok()?),\n    })\n}\n"
  ],
  "safe_packet_read": [
    "CWE-787",
    "use std::io::Read;\n\nconst MAX_PACKET: usize = 64 * 1024;\n\npub fn read_packet(stream: &mut std::net::TcpStream) -> std::io::Result<Vec<u8>> {\n    let mut len_bytes = [0u8; 4];\n    stream.read_exact(&mut len_bytes)?;\n    let len = u32::from_be_bytes(len_bytes) as usize;\n    if len > MAX_PACKET {\n        return Err(std::io::Error::new(std::io::ErrorKind::InvalidData, \"packet too large\"));\n    }\n    let mut buf = vec![0u8; len];\n    stream.read_exact(&mut buf)?;\n    Ok(buf)\n}\n"
  ],
  "secure_rand_token": [
    "CWE-338",
    "use rand::{distributions::Alphanumeric, thread_rng, Rng};\n\npub fn generate_reset_token() -> String {\n    thread_rng().sample_iter(&Alphanumeric).take(32).map(char::from).collect()\n}\n"
  ],
  "sqlx_order_by_allowlist": [
    "CWE-89",
    "use sqlx::PgPool;\n\npub async fn list_orders(pool: &PgPool, sort: &str) -> Vec<Order> {\n    let column = match sort {\n        \"date\" => \"created_at\",\n        \"total\" => \"total_cents\",\n        _ => \"id\",\n    };\n    let sql = format!(\"SELECT * FROM orders ORDER BY {} DESC\", column);\n    sqlx::query_as::<_, Order>(&sql).fetch_all(pool).await.unwrap()\n}\n"
  ],
  "ssrf_reqwest_fixed_host": [
    "CWE-918",
    "use axum::{extract::Query, response::IntoResponse};\nuse serde::Deserialize;\n\n#[derive(Deserialize)]\npub struct Weather {\n    city: String,\n}\n\npub async fn weather(Query(p): Query<Weather>) -> impl IntoResponse {\n    let client = reqwest::Client::new();\n    let body = client\n        .get(\"https://api.weather.example.com/v1/current\")\n        .query(&[(\"city\", p.city.as_str())])\n        .send()\n        .await\n        .unwrap()\n        .text()\n        .await\n        .unwrap();\n    body\n}\n"
  ],
  "ssrf_webhook_allowlist": [
    "CWE-918",
    "use actix_web::{post, web, HttpResponse};\nuse serde::Deserialize;\nuse url::Url;\n\nconst ALLOWED_HOSTS: &[&str] = &[\"hooks.slack.com\", \"discord.com\"];\n\n#[derive(Deserialize)]\nstruct Webhook {\n    callback_url: String,\n    payload: String,\n}\n\n#[post(\"/webhooks/test\")]\nasync fn test_webhook(body: web::Json<Webhook>, client: web::Data<reqwest::Client>) -> HttpResponse {\n    let url = match Url::parse(&body.callback_url) {\n        Ok(u) => u,\n        Err(_) => return HttpResponse::BadRequest().finish(),\n    };\n    if url.scheme() != \"https\" || !ALLOWED_HOSTS.contains(&url.host_str().unwrap_or(\"\")) {\n        return HttpResponse::BadRequest().body(\"host not allowed\");\n    }\n    let resp = client.post(url).body(body.payload.clone()).send().await;\n    match resp {\n        Ok(r) => HttpResponse::Ok().body(format!(\"status {}\", r.status())),\n        Err(e) => HttpResponse::BadGateway().body(e.to_string()),\n    }\n}\n"
  ],
  "tls_custom_ca": [
    "CWE-295",
    "pub fn build_client(ca_pem: &[u8]) -> reqwest::Client {\n    let cert = reqwest::Certificate::from_pem(ca_pem).unwrap();\n    reqwest::Client::builder()\n        .add_root_certificate(cert)\n        .timeout(std::time::Duration::from_secs(10))\n        .build()\n        .unwrap()\n}\n"
  ],
  "tracing_structured": [
    "CWE-117",
    "use actix_web::{post, web, HttpResponse};\nuse serde::Deserialize;\n\n#[derive(Deserialize)]\nstruct Login {\n    username: String,\n}\n\n#[post(\"/login\")]\nasync fn login(form: web::Form<Login>) -> HttpResponse {\n    tracing::info!(user_len = form.username.len(), \"login attempt\");\n    HttpResponse::Ok().finish()\n}\n"
  ],
  "unsafe_ffi_strlen": [
    "CWE-119",
    "use std::ffi::CStr;\nuse std::os::raw::c_char;\n\n#[no_mangle]\npub extern \"C\" fn greet(name: *const c_char) -> usize {\n    if name.is_null() {\n        return 0;\n    }\n    let s = unsafe { CStr::from_ptr(name) };\n    s.to_bytes().len()\n}\n"
  ],
  "warp_path_number": [
    "CWE-22",
    "use warp::Filter;\n\n#[tokio::main]\nasync fn main() {\n    let files = warp::path!(\"download\" / u32).map(|id: u32| {\n        let data = std::fs::read(format!(\"./files/{}.bin\", id)).unwrap_or_default();\n        warp::reply::with_header(data, \"content-type\", \"application/octet-stream\")\n    });\n    warp::serve(files).run(([127, 0, 0, 1], 3030)).await;\n}\n"
  ],
  "xss_actix_escaped": [
    "CWE-79",
    "use actix_web::{get, web, HttpResponse};\nuse serde::Deserialize;\n\n#[derive(Deserialize)]\nstruct Greet {\n    name: String,\n}\n\n#[get(\"/hello\")]\nasync fn hello(info: web::Query<Greet>) -> HttpResponse {\n    let name = html_escape::encode_text(&info.name);\n    HttpResponse::Ok()\n        .content_type(\"text/html; charset=utf-8\")\n        .body(format!(\"<h1>Hello, {}!</h1>\", name))\n}\n"
  ],
  "xss_axum_template": [
    "CWE-79",
    "use askama::Template;\nuse axum::{extract::Path, response::Html};\n\n#[derive(Template)]\n#[template(path = \"profile.html\")]\nstruct ProfileTemplate {\n    username: String,\n}\n\npub async fn profile(Path(username): Path<String>) -> Html<String> {\n    let tpl = ProfileTemplate { username };\n    Html(tpl.render().unwrap())\n}\n"
  ],
  "xss_plain_text": [
    "CWE-79",
    "use actix_web::{get, web, HttpResponse};\n\n#[get(\"/echo/{msg}\")]\nasync fn echo(msg: web::Path<String>) -> HttpResponse {\n    HttpResponse::Ok().content_type(\"text/plain\").body(format!(\"You said: {}\", msg.into_inner()))\n}\n"
  ],
  "xss_search_json": [
    "CWE-79",
    "use actix_web::{web, HttpRequest, HttpResponse};\nuse serde_json::json;\n\npub async fn search(req: HttpRequest) -> HttpResponse {\n    let q = req.query_string().to_string();\n    HttpResponse::Ok().json(json!({ \"query\": q, \"results\": [] }))\n}\n"
  ],
  "w2_axum_json_xss_helper": [
    "CWE-79",
    "use axum::{extract::Form, response::Html};\nuse html_escape::encode_text;\nuse serde::Deserialize;\n\n#[derive(Deserialize)]\npub struct Comment {\n    author: String,\n    text: String,\n}\n\nfn render_comment(author: &str, text: &str) -> String {\n    format!(\"<div class=\\\"comment\\\"><b>{}</b>: {}</div>\", encode_text(author), encode_text(text))\n}\n\npub async fn preview(Form(c): Form<Comment>) -> Html<String> {\n    Html(render_comment(&c.author, &c.text))\n}\n"
  ],
  "w2_env_var_cmd": [
    "CWE-78",
    "use std::env;\nuse std::process::Command;\n\nfn main() {\n    let editor = env::var(\"EDITOR\").unwrap_or_else(|_| \"vi\".to_string());\n    let file = env::args().nth(1).unwrap_or_default();\n    Command::new(&editor).arg(&file).status().unwrap();\n}\n"
  ],
  "w2_hardcoded_api_key_struct": [
    "CWE-798",
    "pub struct StripeConfig {\n    pub api_key: String,\n    pub webhook_secret: String,\n}\n\npub fn config() -> StripeConfig {\n    StripeConfig {\n        api_key: std::env::var(\"STRIPE_API_KEY\").expect(\"STRIPE_API_KEY\"),\n        webhook_secret: std::env::var(\"STRIPE_WEBHOOK_SECRET\").expect(\"STRIPE_WEBHOOK_SECRET\"),\n    }\n}\n"
  ],
  "w2_headers_sql": [
    "CWE-89",
    "use axum::http::HeaderMap;\nuse sqlx::PgPool;\n\npub async fn audit(headers: HeaderMap, axum::extract::State(pool): axum::extract::State<PgPool>) -> &'static str {\n    let agent = headers.get(\"user-agent\").and_then(|v| v.to_str().ok()).unwrap_or(\"unknown\");\n    sqlx::query(\"INSERT INTO audit_log (agent) VALUES ($1)\").bind(agent).execute(&pool).await.ok();\n    \"ok\"\n}\n"
  ],
  "w2_helper_fetch_ssrf": [
    "CWE-918",
    "use axum::{extract::Json, http::StatusCode};\nuse serde::Deserialize;\n\n#[derive(Deserialize)]\npub struct Import {\n    feed_id: u32,\n}\n\nasync fn fetch_feed(id: u32) -> Result<String, reqwest::Error> {\n    reqwest::get(format!(\"https://feeds.example.com/v2/feeds/{}\", id)).await?.text().await\n}\n\npub async fn import(Json(req): Json<Import>) -> Result<String, StatusCode> {\n    fetch_feed(req.feed_id).await.map_err(|_| StatusCode::BAD_GATEWAY)\n}\n"
  ],
  "w2_if_let_query_file": [
    "CWE-22",
    "use actix_web::{HttpRequest, HttpResponse};\nuse std::collections::HashMap;\n\npub async fn logs(req: HttpRequest) -> HttpResponse {\n    let params = web::Query::<HashMap<String, String>>::from_query(req.query_string()).unwrap();\n    if let Some(name) = params.get(\"file\") {\n        let allowed = [\"app.log\", \"error.log\", \"access.log\"];\n        if !allowed.contains(&name.as_str()) {\n            return HttpResponse::Forbidden().finish();\n        }\n        let content = tokio::fs::read_to_string(format!(\"/var/log/app/{}\", name)).await.unwrap_or_default();\n        return HttpResponse::Ok().body(content);\n    }\n    HttpResponse::BadRequest().finish()\n}\n"
  ],
  "w2_openssl_verify_none": [
    "CWE-295",
    "use openssl::ssl::{SslConnector, SslMethod, SslVerifyMode};\n\npub fn connector() -> SslConnector {\n    let mut builder = SslConnector::builder(SslMethod::tls()).unwrap();\n    builder.set_verify(SslVerifyMode::PEER);\n    builder.build()\n}\n"
  ],
  "w2_rocket_rawhtml": [
    "CWE-79",
    "#[macro_use] extern crate rocket;\nuse rocket::response::content::RawHtml;\n\n#[get(\"/search?<q>\")]\nfn search(q: &str) -> RawHtml<String> {\n    RawHtml(format!(\"<p>No results for <b>{}</b></p>\", html_escape::encode_text(q)))\n}\n"
  ],
  "w2_rocket_redirect": [
    "CWE-601",
    "#[macro_use] extern crate rocket;\nuse rocket::response::Redirect;\n\n#[get(\"/logout?<return_to>\")]\nfn logout(return_to: String) -> Redirect {\n    if return_to.starts_with('/') && !return_to.starts_with(\"//\") {\n        Redirect::to(return_to)\n    } else {\n        Redirect::to(\"/\")\n    }\n}\n"
  ],
  "w2_sea_orm_raw": [
    "CWE-89",
    "use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, Statement};\n\npub async fn purge(db: &DatabaseConnection, tenant: String) -> Result<(), sea_orm::DbErr> {\n    db.execute(Statement::from_sql_and_values(DbBackend::Postgres, \"DELETE FROM sessions WHERE tenant = $1\", [tenant.into()])).await?;\n    Ok(())\n}\n"
  ],
  "w2_shadow_struct_field_cmd": [
    "CWE-78",
    "use actix_web::{web, HttpResponse};\nuse serde::Deserialize;\n\n#[derive(Deserialize)]\npub struct Convert {\n    input: String,\n    format: String,\n}\n\npub async fn convert(form: web::Form<Convert>) -> HttpResponse {\n    let Convert { input, format } = form.into_inner();\n    let ext = match format.as_str() {\n        \"png\" => \"png\",\n        \"jpg\" => \"jpg\",\n        _ => return HttpResponse::BadRequest().finish(),\n    };\n    let status = std::process::Command::new(\"convert\").arg(\"--\").arg(input.trim()).arg(format!(\"output.{}\", ext)).status();\n    match status {\n        Ok(s) if s.success() => HttpResponse::Ok().finish(),\n        _ => HttpResponse::InternalServerError().finish(),\n    }\n}\n"
  ],
  "w2_stdin_path_write": [
    "CWE-22",
    "use std::fs;\nuse std::io::{self, Write};\n\nfn main() -> io::Result<()> {\n    print!(\"note name: \");\n    io::stdout().flush()?;\n    let mut name = String::new();\n    io::stdin().read_line(&mut name)?;\n    let name = name.trim();\n    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {\n        eprintln!(\"invalid name\");\n        return Ok(());\n    }\n    let path = format!(\"/srv/notes/{}.txt\", name);\n    fs::write(&path, \"new note\\n\")?;\n    Ok(())\n}\n"
  ],
  "w2_tuple_path_sql_rusqlite": [
    "CWE-89",
    "use actix_web::{get, web, HttpResponse};\nuse std::sync::Mutex;\n\n#[get(\"/{table}/{id}\")]\nasync fn row(path: web::Path<(String, i64)>, db: web::Data<Mutex<rusqlite::Connection>>) -> HttpResponse {\n    let (table, id) = path.into_inner();\n    let table = match table.as_str() {\n        \"posts\" => \"posts\",\n        \"comments\" => \"comments\",\n        _ => return HttpResponse::NotFound().finish(),\n    };\n    let conn = db.lock().unwrap();\n    let sql = format!(\"SELECT data FROM {} WHERE id = ?1\", table);\n    let data: String = conn.query_row(&sql, [id], |r| r.get(0)).unwrap_or_default();\n    HttpResponse::Ok().body(data)\n}\n"
  ],
  "w3_actix_html_builder": [
    "CWE-79",
    "use actix_web::{http::header::ContentType, HttpRequest, HttpResponse};\nuse askama::Template;\n\n#[derive(Template)]\n#[template(path = \"welcome.html\")]\nstruct Welcome<'a> {\n    name: &'a str,\n}\n\npub async fn welcome(req: HttpRequest) -> HttpResponse {\n    let name = req.match_info().get(\"name\").unwrap_or(\"guest\");\n    let page = Welcome { name }.render().unwrap();\n    HttpResponse::Ok().content_type(ContentType::html()).body(page)\n}\n"
  ],
  "w3_aws_secret_literal": [
    "CWE-798",
    "use aws_sdk_s3::config::Credentials;\n\npub fn credentials() -> Credentials {\n    let access_key_id = std::env::var(\"AWS_ACCESS_KEY_ID\").expect(\"AWS_ACCESS_KEY_ID\");\n    let secret_access_key = std::env::var(\"AWS_SECRET_ACCESS_KEY\").expect(\"AWS_SECRET_ACCESS_KEY\");\n    Credentials::new(access_key_id, secret_access_key, None, None, \"env\")\n}\n"
  ],
  "w3_axum_state_http_ssrf": [
    "CWE-918",
    "use axum::{extract::State, Json};\nuse serde::Deserialize;\n\n#[derive(Clone)]\npub struct AppState {\n    pub http: reqwest::Client,\n}\n\n#[derive(Deserialize)]\npub struct ProxyReq {\n    pub path: String,\n}\n\npub async fn proxy(State(state): State<AppState>, Json(body): Json<ProxyReq>) -> String {\n    let url = format!(\"https://internal-api.example.com/v1/{}\", urlencoding::encode(&body.path));\n    let resp = state.http.get(&url).send().await.unwrap();\n    resp.text().await.unwrap_or_default()\n}\n"
  ],
  "w3_cmd_windows": [
    "CWE-78",
    "pub fn list_folder(folder: &str) -> Vec<String> {\n    std::fs::read_dir(folder)\n        .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect())\n        .unwrap_or_default()\n}\n"
  ],
  "w3_get_unchecked_index": [
    "CWE-119",
    "use axum::extract::Path;\n\nstatic PRICES: [u32; 4] = [100, 250, 400, 999];\n\npub async fn price(Path(idx): Path<usize>) -> String {\n    match PRICES.get(idx) {\n        Some(p) => p.to_string(),\n        None => \"unknown\".to_string(),\n    }\n}\n"
  ],
  "w3_jwt_struct_no_exp": [
    "CWE-347",
    "use jsonwebtoken::{decode, Algorithm, DecodingKey, Validation};\n\npub fn claims(token: &str, key: &DecodingKey) -> Option<Claims> {\n    let mut validation = Validation::new(Algorithm::RS256);\n    validation.set_audience(&[\"api\"]);\n    validation.set_issuer(&[\"https://auth.example.com\"]);\n    decode::<Claims>(token, key, &validation).ok().map(|t| t.claims)\n}\n"
  ],
  "w3_multipart_upload": [
    "CWE-22",
    "use actix_multipart::Multipart;\nuse actix_web::{post, Error, HttpResponse};\nuse futures_util::TryStreamExt;\nuse std::io::Write;\n\n#[post(\"/upload\")]\nasync fn upload(mut payload: Multipart) -> Result<HttpResponse, Error> {\n    while let Some(mut field) = payload.try_next().await? {\n        let filepath = format!(\"./uploads/{}.bin\", uuid::Uuid::new_v4());\n        let mut f = std::fs::File::create(filepath)?;\n        while let Some(chunk) = field.try_next().await? {\n            f.write_all(&chunk)?;\n        }\n    }\n    Ok(HttpResponse::Ok().finish())\n}\n"
  ],
  "w3_native_tls_hostnames": [
    "CWE-295",
    "use native_tls::TlsConnector;\nuse std::net::TcpStream;\n\npub fn connect(host: &str) -> native_tls::TlsStream<TcpStream> {\n    let connector = TlsConnector::new().unwrap();\n    let stream = TcpStream::connect((host, 443)).unwrap();\n    connector.connect(host, stream).unwrap()\n}\n"
  ],
  "w3_rusqlite_prepare": [
    "CWE-89",
    "use rusqlite::Connection;\n\npub fn search_books(conn: &Connection, author: &str) -> rusqlite::Result<Vec<String>> {\n    let mut stmt = conn.prepare(\"SELECT title FROM books WHERE author LIKE '%' || ?1 || '%'\")?;\n    let rows = stmt.query_map([author], |row| row.get(0))?;\n    rows.collect()\n}\n"
  ],
  "w3_see_other_location": [
    "CWE-601",
    "use actix_web::{web, HttpResponse};\nuse std::collections::HashMap;\n\npub async fn after_login(q: web::Query<HashMap<String, String>>) -> HttpResponse {\n    let next = q.get(\"next\").cloned().unwrap_or_else(|| \"/\".into());\n    let next = if next.starts_with('/') && !next.starts_with(\"//\") { next } else { \"/\".to_string() };\n    HttpResponse::SeeOther().append_header((\"Location\", next)).finish()\n}\n"
  ],
  "w3_sha1_password": [
    "CWE-328",
    "pub fn store_password(password: &str) -> String {\n    bcrypt::hash(password, bcrypt::DEFAULT_COST).expect(\"bcrypt\")\n}\n"
  ],
  "w3_tokio_postgres_execute": [
    "CWE-89",
    "use tokio_postgres::Client;\n\npub async fn rename_user(client: &Client, id: i32, new_name: &str) -> Result<u64, tokio_postgres::Error> {\n    client.execute(\"UPDATE users SET name = $1 WHERE id = $2\", &[&new_name, &id]).await\n}\n"
  ],
  "w3_tower_cors_mirror": [
    "CWE-942",
    "use axum::{http::HeaderValue, Router};\nuse tower_http::cors::{AllowOrigin, CorsLayer};\n\npub fn with_cors(app: Router) -> Router {\n    app.layer(\n        CorsLayer::new()\n            .allow_origin(AllowOrigin::list([HeaderValue::from_static(\"https://app.example.com\")]))\n            .allow_credentials(true),\n    )\n}\n"
  ]
};
