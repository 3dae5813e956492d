// Probe set of round 12 (Java, JavaScript/TypeScript): "flow shapes". Vulnerable programs whose
// input reaches the sink along an indirect but realistic path (a map filled in a loop, a constructor
// argument stored in a field and used by another method, a static field set by a filter, a helper's
// return, base64 / URL decoding, Optional.map lambdas, promise chains, event-emitter payloads, a
// try/catch fallback, a switch arm ...), each with a safe twin: the usual fix, or a cut of the taint
// a reviewer would accept (an allow-list, a map read with a constant key, a check kept in a boolean).
// Written before the analyzer was run on them (waves 1-4; wave 4 a small extra one). `low`: the class is an audit rule,
// checked with minConfidence 'low'. See code-rules/README.md, "Round 12 (Java, JavaScript/TypeScript)".
import { describeProbes, type Probe } from './code-probes.js';

const PROBES: Probe[] = [
 {
  "name": "j_disposition_decode",
  "kind": "safe",
  "lang": "java",
  "cwe": 113,
  "wave": 1,
  "code": "import java.io.*;\nimport java.net.URLDecoder;\nimport java.nio.charset.StandardCharsets;\nimport javax.servlet.http.*;\n\npublic class ExportDownloadServlet extends HttpServlet {\n    @Override\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String raw = req.getParameter(\"filename\");\n        String fname = URLDecoder.decode(raw == null ? \"export.csv\" : raw, StandardCharsets.UTF_8);\n        String safeName = fname.replaceAll(\"[^A-Za-z0-9._-]\", \"_\");\n        resp.setContentType(\"text/csv\");\n        resp.setHeader(\"Content-Disposition\", \"attachment; filename=\\\"\" + safeName + \"\\\"\");\n        try (PrintWriter w = resp.getWriter()) {\n            w.println(\"id,total\");\n        }\n    }\n}\n"
 },
 {
  "name": "j_json_login_log",
  "kind": "safe",
  "lang": "java",
  "cwe": 117,
  "wave": 1,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\nimport com.fasterxml.jackson.databind.JsonNode;\nimport com.fasterxml.jackson.databind.ObjectMapper;\nimport org.slf4j.Logger;\nimport org.slf4j.LoggerFactory;\n\npublic class LoginServlet extends HttpServlet {\n    private static final Logger log = LoggerFactory.getLogger(LoginServlet.class);\n    private static final ObjectMapper MAPPER = new ObjectMapper();\n\n    @Override\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        JsonNode body = MAPPER.readTree(req.getReader());\n        String user = body.path(\"username\").asText();\n        if (!authenticate(user, body.path(\"password\").asText())) {\n            String clean = user.replaceAll(\"[\\\\r\\\\n\\\\t]\", \"_\");\n            log.warn(\"Failed login for user {}\", clean);\n            resp.sendError(401);\n            return;\n        }\n        resp.setStatus(204);\n    }\n\n    private boolean authenticate(String user, String password) { return false; }\n}\n"
 },
 {
  "name": "j_header_helper",
  "kind": "safe",
  "lang": "java",
  "cwe": 22,
  "wave": 1,
  "code": "import java.io.*;\nimport java.nio.file.*;\nimport javax.servlet.http.*;\n\npublic class AttachmentServlet extends HttpServlet {\n    private static final Path BASE = Paths.get(\"/var/app/attachments\").toAbsolutePath().normalize();\n\n    private String requestedName(HttpServletRequest req) {\n        String n = req.getHeader(\"X-Attachment-Name\");\n        if (n == null) {\n            n = req.getParameter(\"name\");\n        }\n        return n.trim();\n    }\n\n    @Override\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String name = requestedName(req);\n        Path f = BASE.resolve(name).normalize();\n        if (!f.startsWith(BASE) || !Files.isRegularFile(f)) {\n            resp.sendError(404);\n            return;\n        }\n        resp.setContentType(\"application/octet-stream\");\n        Files.copy(f, resp.getOutputStream());\n    }\n}\n"
 },
 {
  "name": "j_upload_name",
  "kind": "safe",
  "lang": "java",
  "cwe": 22,
  "wave": 1,
  "code": "import java.io.*;\nimport java.nio.file.*;\nimport java.util.UUID;\nimport javax.servlet.ServletException;\nimport javax.servlet.annotation.MultipartConfig;\nimport javax.servlet.http.*;\n\n@MultipartConfig\npublic class AvatarUploadServlet extends HttpServlet {\n    private static final Path ROOT = Paths.get(\"/srv/app/avatars\");\n\n    @Override\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException {\n        Part part = req.getPart(\"avatar\");\n        String submitted = part.getSubmittedFileName();\n        String ext = submitted != null && submitted.toLowerCase().endsWith(\".png\") ? \".png\" : \".jpg\";\n        Path dest = ROOT.resolve(UUID.randomUUID() + ext);\n        try (InputStream in = part.getInputStream()) {\n            Files.copy(in, dest, StandardCopyOption.REPLACE_EXISTING);\n        }\n        resp.setStatus(201);\n    }\n}\n"
 },
 {
  "name": "j_trust_helper",
  "kind": "safe",
  "lang": "java",
  "cwe": 295,
  "wave": 1,
  "code": "import java.io.InputStream;\nimport java.net.URI;\nimport java.net.http.*;\nimport java.nio.file.*;\nimport java.security.KeyStore;\nimport javax.net.ssl.*;\n\npublic class PartnerClient {\n\n    private static SSLContext partnerContext() throws Exception {\n        KeyStore ks = KeyStore.getInstance(\"PKCS12\");\n        try (InputStream in = Files.newInputStream(Path.of(\"/etc/app/partner-truststore.p12\"))) {\n            ks.load(in, System.getenv(\"TRUSTSTORE_PASSWORD\").toCharArray());\n        }\n        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());\n        tmf.init(ks);\n        SSLContext ctx = SSLContext.getInstance(\"TLSv1.3\");\n        ctx.init(null, tmf.getTrustManagers(), null);\n        return ctx;\n    }\n\n    public String fetchOrders() throws Exception {\n        HttpClient client = HttpClient.newBuilder().sslContext(partnerContext()).build();\n        HttpRequest req = HttpRequest.newBuilder(URI.create(\"https://partner.example.com/api/orders\")).build();\n        return client.send(req, HttpResponse.BodyHandlers.ofString()).body();\n    }\n}\n"
 },
 {
  "name": "j_algo_constant",
  "kind": "safe",
  "lang": "java",
  "cwe": 328,
  "wave": 1,
  "code": "import java.security.NoSuchAlgorithmException;\nimport java.security.spec.InvalidKeySpecException;\nimport java.util.HexFormat;\nimport javax.crypto.SecretKeyFactory;\nimport javax.crypto.spec.PBEKeySpec;\n\npublic class UserPasswords {\n    private static final String KDF = \"PBKDF2WithHmacSHA256\";\n    private static final int ITERATIONS = 600_000;\n\n    public static String hashPassword(char[] password, byte[] salt) throws NoSuchAlgorithmException, InvalidKeySpecException {\n        PBEKeySpec spec = new PBEKeySpec(password, salt, ITERATIONS, 256);\n        byte[] digest = SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();\n        spec.clearPassword();\n        return HexFormat.of().formatHex(digest);\n    }\n}\n"
 },
 {
  "name": "j_static_random_reset",
  "kind": "safe",
  "lang": "java",
  "cwe": 330,
  "wave": 1,
  "code": "import java.security.SecureRandom;\n\npublic class PasswordResetService {\n    private static final String ALPHABET = \"ABCDEFGHJKLMNPQRSTUVWXYZ23456789\";\n    private static final SecureRandom RNG = new SecureRandom();\n\n    private final ResetStore store;\n\n    public PasswordResetService(ResetStore store) {\n        this.store = store;\n    }\n\n    private static String randomCode(int len) {\n        StringBuilder sb = new StringBuilder(len);\n        for (int i = 0; i < len; i++) {\n            sb.append(ALPHABET.charAt(RNG.nextInt(ALPHABET.length())));\n        }\n        return sb.toString();\n    }\n\n    public String issueResetCode(String email) {\n        String code = randomCode(8);\n        store.save(email, code, System.currentTimeMillis() + 15 * 60 * 1000);\n        return code;\n    }\n\n    interface ResetStore { void save(String email, String code, long expiresAt); }\n}\n"
 },
 {
  "name": "j_regex_switch",
  "kind": "safe",
  "lang": "java",
  "cwe": 400,
  "wave": 1,
  "code": "import java.util.List;\nimport java.util.regex.Pattern;\nimport java.util.stream.Collectors;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\n@RequestMapping(\"/api/tags\")\npublic class TagSearchController {\n    private final List<String> tags = List.of(\"alpha\", \"beta\", \"gamma\");\n\n    @GetMapping\n    public List<String> search(@RequestParam String q, @RequestParam(defaultValue = \"prefix\") String mode) {\n        String pattern;\n        switch (mode) {\n            case \"suffix\":\n                pattern = \".*\" + Pattern.quote(q);\n                break;\n            default:\n                pattern = Pattern.quote(q) + \".*\";\n        }\n        Pattern p = Pattern.compile(pattern);\n        return tags.stream().filter(t -> p.matcher(t).matches()).collect(Collectors.toList());\n    }\n}\n"
 },
 {
  "name": "j_role_ternary",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "wave": 1,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\n\npublic class ImpersonateServlet extends HttpServlet {\n    @Override\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String role = req.isUserInRole(\"admin\") ? \"admin\" : \"viewer\";\n        HttpSession session = req.getSession(true);\n        session.setAttribute(\"role\", role);\n        resp.sendRedirect(\"/app\");\n    }\n}\n"
 },
 {
  "name": "j_gzip_ois",
  "kind": "safe",
  "lang": "java",
  "cwe": 502,
  "wave": 1,
  "code": "import java.io.*;\nimport java.util.List;\nimport java.util.zip.GZIPInputStream;\nimport javax.servlet.http.*;\nimport com.fasterxml.jackson.databind.ObjectMapper;\n\npublic class SessionRestoreServlet extends HttpServlet {\n    private static final ObjectMapper MAPPER = new ObjectMapper();\n\n    public static class CartState {\n        public List<String> skus;\n        public int version;\n    }\n\n    private CartState readState(InputStream raw) throws IOException {\n        InputStream in = new GZIPInputStream(new BufferedInputStream(raw));\n        return MAPPER.readValue(in, CartState.class);\n    }\n\n    @Override\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        CartState state = readState(req.getInputStream());\n        resp.getWriter().println(state.skus.size());\n    }\n}\n"
 },
 {
  "name": "j_cookie_return",
  "kind": "safe",
  "lang": "java",
  "cwe": 601,
  "wave": 1,
  "code": "import java.io.IOException;\nimport java.util.Set;\nimport javax.servlet.http.*;\n\npublic class LoginDoneServlet extends HttpServlet {\n    private static final Set<String> ALLOWED = Set.of(\"/dashboard\", \"/settings\", \"/billing\");\n\n    @Override\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String returnTo = \"/dashboard\";\n        Cookie[] cookies = req.getCookies();\n        if (cookies != null) {\n            for (Cookie c : cookies) {\n                if (\"return_to\".equals(c.getName())) {\n                    returnTo = c.getValue();\n                    break;\n                }\n            }\n        }\n        if (!ALLOWED.contains(returnTo)) {\n            returnTo = \"/dashboard\";\n        }\n        resp.sendRedirect(returnTo);\n    }\n}\n"
 },
 {
  "name": "j_upload_xml",
  "kind": "safe",
  "lang": "java",
  "cwe": 611,
  "wave": 1,
  "code": "import java.io.*;\nimport javax.servlet.ServletException;\nimport javax.servlet.annotation.MultipartConfig;\nimport javax.servlet.http.*;\nimport javax.xml.XMLConstants;\nimport javax.xml.parsers.*;\nimport org.w3c.dom.*;\n\n@MultipartConfig\npublic class ImportServlet extends HttpServlet {\n\n    private Document parse(InputStream in) throws Exception {\n        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();\n        dbf.setNamespaceAware(true);\n        dbf.setFeature(\"http://apache.org/xml/features/disallow-doctype-decl\", true);\n        dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);\n        dbf.setXIncludeAware(false);\n        dbf.setExpandEntityReferences(false);\n        DocumentBuilder db = dbf.newDocumentBuilder();\n        return db.parse(in);\n    }\n\n    @Override\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException {\n        Part part = req.getPart(\"catalog\");\n        try (InputStream in = part.getInputStream()) {\n            Document doc = parse(in);\n            NodeList items = doc.getElementsByTagName(\"item\");\n            resp.getWriter().println(\"imported \" + items.getLength());\n        } catch (Exception e) {\n            resp.sendError(400);\n        }\n    }\n}\n"
 },
 {
  "name": "j_cookie_helper",
  "kind": "safe",
  "lang": "java",
  "cwe": 614,
  "wave": 1,
  "code": "import java.io.IOException;\nimport java.security.SecureRandom;\nimport java.util.Base64;\nimport javax.servlet.http.*;\n\npublic class RememberMeServlet extends HttpServlet {\n    private static final SecureRandom RNG = new SecureRandom();\n\n    private Cookie rememberCookie(String token) {\n        Cookie c = new Cookie(\"remember_me\", token);\n        c.setPath(\"/\");\n        c.setHttpOnly(true);\n        c.setSecure(true);\n        c.setMaxAge(60 * 60 * 24 * 30);\n        return c;\n    }\n\n    @Override\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        byte[] raw = new byte[32];\n        RNG.nextBytes(raw);\n        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);\n        resp.addCookie(rememberCookie(token));\n        resp.sendRedirect(\"/\");\n    }\n}\n"
 },
 {
  "name": "j_xpath_record",
  "kind": "safe",
  "lang": "java",
  "cwe": 643,
  "wave": 1,
  "code": "import java.io.IOException;\nimport java.util.Map;\nimport javax.servlet.http.*;\nimport javax.xml.namespace.QName;\nimport javax.xml.xpath.*;\nimport org.w3c.dom.Document;\n\npublic class StaffLookupServlet extends HttpServlet {\n    private Document directory;\n\n    record Lookup(String user, String dept) {}\n\n    private Lookup fromRequest(HttpServletRequest req) {\n        return new Lookup(req.getHeader(\"X-User\"), req.getParameter(\"dept\"));\n    }\n\n    @Override\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        Lookup q = fromRequest(req);\n        Map<String, String> vars = Map.of(\"dept\", q.dept(), \"user\", q.user());\n        try {\n            XPath xp = XPathFactory.newInstance().newXPath();\n            xp.setXPathVariableResolver((QName name) -> vars.get(name.getLocalPart()));\n            String phone = xp.evaluate(\"/staff/person[@dept=$dept and login=$user]/phone/text()\", directory);\n            resp.getWriter().println(phone);\n        } catch (XPathExpressionException e) {\n            resp.sendError(400);\n        }\n    }\n}\n"
 },
 {
  "name": "j_args_join",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "wave": 1,
  "code": "import java.io.*;\nimport java.util.*;\nimport java.util.regex.Pattern;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class DiagnosticsController {\n    private static final Pattern HOST = Pattern.compile(\"^[A-Za-z0-9.-]{1,253}$\");\n\n    @PostMapping(\"/diag/ping\")\n    public String ping(@RequestBody Map<String, String> body) throws IOException, InterruptedException {\n        String host = body.get(\"host\");\n        if (host == null || !HOST.matcher(host).matches() || host.startsWith(\"-\")) {\n            throw new IllegalArgumentException(\"bad host\");\n        }\n        int count = Integer.parseInt(body.getOrDefault(\"count\", \"3\"));\n        List<String> parts = new ArrayList<>();\n        parts.add(\"ping\");\n        parts.add(\"-c\");\n        parts.add(Integer.toString(count));\n        parts.add(host);\n        Process p = new ProcessBuilder(parts).redirectErrorStream(true).start();\n        p.waitFor();\n        return new String(p.getInputStream().readAllBytes());\n    }\n}\n"
 },
 {
  "name": "j_job_field",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "wave": 1,
  "code": "import java.io.IOException;\nimport java.util.Set;\nimport javax.servlet.http.*;\n\npublic class ExportServlet extends HttpServlet {\n    private static final Set<String> FORMATS = Set.of(\"pdf\", \"csv\", \"xlsx\");\n\n    static class ReportJob {\n        private final String format;\n        private final long reportId;\n\n        ReportJob(String format, long reportId) {\n            this.format = format;\n            this.reportId = reportId;\n        }\n\n        void run() throws IOException {\n            new ProcessBuilder(\"/opt/reports/bin/render\", \"--id\", Long.toString(reportId), \"--format\", format)\n                .inheritIO().start();\n        }\n    }\n\n    @Override\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String format = req.getParameter(\"format\");\n        if (!FORMATS.contains(format)) {\n            resp.sendError(400, \"unknown format\");\n            return;\n        }\n        ReportJob job = new ReportJob(format, Long.parseLong(req.getParameter(\"id\")));\n        job.run();\n        resp.setStatus(202);\n    }\n}\n"
 },
 {
  "name": "j_props_password",
  "kind": "safe",
  "lang": "java",
  "cwe": 798,
  "wave": 1,
  "code": "import java.sql.*;\nimport java.util.Properties;\n\npublic class ReportingDb {\n    private static final String URL = \"jdbc:postgresql://db.internal:5432/reporting\";\n\n    private Properties connectionProps() {\n        String password = System.getenv(\"REPORTING_DB_PASSWORD\");\n        if (password == null) throw new IllegalStateException(\"REPORTING_DB_PASSWORD is not set\");\n        Properties props = new Properties();\n        props.setProperty(\"user\", \"reporting_app\");\n        props.setProperty(\"password\", password);\n        props.setProperty(\"ssl\", \"true\");\n        return props;\n    }\n\n    public Connection open() throws SQLException {\n        return DriverManager.getConnection(URL, connectionProps());\n    }\n}\n"
 },
 {
  "name": "j_optional_lambda",
  "kind": "safe",
  "lang": "java",
  "cwe": 79,
  "wave": 1,
  "code": "import java.util.Optional;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.web.util.HtmlUtils;\n\n@RestController\npublic class GreetingController {\n\n    @GetMapping(value = \"/greet\", produces = \"text/html\")\n    public String greet(@RequestParam(required = false) String name) {\n        return Optional.ofNullable(name)\n            .map(String::strip)\n            .map(n -> \"<h1>Welcome back, \" + HtmlUtils.htmlEscape(n) + \"!</h1>\")\n            .orElse(\"<h1>Welcome!</h1>\");\n    }\n}\n"
 },
 {
  "name": "j_dto_jdbc",
  "kind": "safe",
  "lang": "java",
  "cwe": 89,
  "wave": 1,
  "code": "import org.springframework.jdbc.core.JdbcTemplate;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\n@RequestMapping(\"/api/users\")\npublic class UserController {\n    private final JdbcTemplate jdbc;\n\n    public UserController(JdbcTemplate jdbc) { this.jdbc = jdbc; }\n\n    public static class UserForm {\n        private String name;\n        private String email;\n        public String getName() { return name; }\n        public void setName(String name) { this.name = name; }\n        public String getEmail() { return email; }\n        public void setEmail(String email) { this.email = email; }\n    }\n\n    @PostMapping\n    public void create(@RequestBody UserForm form) {\n        jdbc.update(\"INSERT INTO users (name, email) VALUES (?, ?)\", form.getName(), form.getEmail());\n    }\n}\n"
 },
 {
  "name": "j_map_filters",
  "kind": "safe",
  "lang": "java",
  "cwe": 89,
  "wave": 1,
  "code": "import java.io.IOException;\nimport java.sql.*;\nimport java.util.*;\nimport javax.servlet.http.*;\n\npublic class ProductSearchServlet extends HttpServlet {\n    private Connection conn;\n\n    @Override\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        Map<String, String> filters = new LinkedHashMap<>();\n        for (String col : List.of(\"brand\", \"color\", \"size\")) {\n            String v = req.getParameter(col);\n            if (v != null && !v.isEmpty()) filters.put(col, v);\n        }\n        StringBuilder sql = new StringBuilder(\"SELECT id, name FROM products WHERE 1=1\");\n        List<String> values = new ArrayList<>();\n        for (Map.Entry<String, String> e : filters.entrySet()) {\n            sql.append(\" AND \").append(e.getKey()).append(\" = ?\");\n            values.add(e.getValue());\n        }\n        try (PreparedStatement ps = conn.prepareStatement(sql.toString())) {\n            for (int i = 0; i < values.size(); i++) ps.setString(i + 1, values.get(i));\n            try (ResultSet rs = ps.executeQuery()) {\n                while (rs.next()) resp.getWriter().println(rs.getInt(1));\n            }\n        } catch (SQLException ex) {\n            resp.sendError(500);\n        }\n    }\n}\n"
 },
 {
  "name": "j_second_order",
  "kind": "safe",
  "lang": "java",
  "cwe": 89,
  "wave": 1,
  "code": "import java.sql.*;\nimport java.util.*;\n\npublic class NotificationDao {\n    private final Connection conn;\n\n    public NotificationDao(Connection conn) { this.conn = conn; }\n\n    public List<String> inboxFor(long userId) throws SQLException {\n        String displayName;\n        try (PreparedStatement ps = conn.prepareStatement(\"SELECT display_name FROM users WHERE id = ?\")) {\n            ps.setLong(1, userId);\n            try (ResultSet rs = ps.executeQuery()) {\n                rs.next();\n                displayName = rs.getString(\"display_name\");\n            }\n        }\n        List<String> out = new ArrayList<>();\n        String q = \"SELECT body FROM notifications WHERE recipient_name = ? ORDER BY created_at DESC\";\n        try (PreparedStatement st = conn.prepareStatement(q)) {\n            st.setString(1, displayName);\n            try (ResultSet rs = st.executeQuery()) {\n                while (rs.next()) out.add(rs.getString(1));\n            }\n        }\n        return out;\n    }\n}\n"
 },
 {
  "name": "j_ldap_groups",
  "kind": "safe",
  "lang": "java",
  "cwe": 90,
  "wave": 1,
  "code": "import java.io.IOException;\nimport javax.naming.NamingEnumeration;\nimport javax.naming.NamingException;\nimport javax.naming.directory.*;\nimport javax.servlet.http.*;\nimport org.springframework.ldap.support.LdapEncoder;\n\npublic class GroupMembersServlet extends HttpServlet {\n    private DirContext ctx;\n\n    @Override\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String[] groups = req.getParameterValues(\"group\");\n        StringBuilder filter = new StringBuilder(\"(&(objectClass=person)(|\");\n        for (String g : groups) {\n            filter.append(\"(memberOf=cn=\").append(LdapEncoder.filterEncode(g)).append(\",ou=groups,dc=example,dc=com)\");\n        }\n        filter.append(\"))\");\n        SearchControls sc = new SearchControls();\n        sc.setSearchScope(SearchControls.SUBTREE_SCOPE);\n        try {\n            NamingEnumeration<SearchResult> res = ctx.search(\"dc=example,dc=com\", filter.toString(), sc);\n            while (res.hasMore()) resp.getWriter().println(res.next().getName());\n        } catch (NamingException e) {\n            resp.sendError(500);\n        }\n    }\n}\n"
 },
 {
  "name": "j_base64_url",
  "kind": "safe",
  "lang": "java",
  "cwe": 918,
  "wave": 1,
  "code": "import java.io.*;\nimport java.net.*;\nimport java.nio.charset.StandardCharsets;\nimport java.util.Base64;\nimport java.util.Map;\nimport javax.servlet.http.*;\n\npublic class PreviewServlet extends HttpServlet {\n    private static final Map<String, String> SOURCES = Map.of(\n        \"weather\", \"https://api.weather.example.com/v1/today\",\n        \"news\", \"https://feeds.example.com/top.json\");\n\n    @Override\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String encoded = req.getParameter(\"src\");\n        String key = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);\n        String target = SOURCES.get(key);\n        if (target == null) {\n            resp.sendError(404);\n            return;\n        }\n        HttpURLConnection conn = (HttpURLConnection) new URL(target).openConnection();\n        conn.setConnectTimeout(3000);\n        try (InputStream in = conn.getInputStream()) {\n            resp.setContentType(conn.getContentType());\n            in.transferTo(resp.getOutputStream());\n        }\n    }\n}\n"
 },
 {
  "name": "j_script_map",
  "kind": "safe",
  "lang": "java",
  "cwe": 94,
  "wave": 1,
  "code": "import java.util.Map;\nimport javax.script.*;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class PricingController {\n    private final ScriptEngine js = new ScriptEngineManager().getEngineByName(\"javascript\");\n\n    @PostMapping(\"/pricing/quote\")\n    public Object quote(@RequestBody Map<String, String> form) throws ScriptException {\n        Bindings vars = js.createBindings();\n        vars.put(\"base\", Double.parseDouble(form.get(\"base\")));\n        vars.put(\"discount\", Double.parseDouble(form.getOrDefault(\"discount\", \"0\")));\n        return js.eval(\"base - discount\", vars);\n    }\n}\n"
 },
 {
  "name": "s_queue_payload",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 22,
  "wave": 1,
  "code": "const fs = require('fs/promises');\nconst path = require('path');\nconst { Kafka } = require('kafkajs');\n\nconst EXPORT_DIR = '/srv/exports';\nconst SAFE = /^[a-z0-9_-]{1,64}$/;\nconst kafka = new Kafka({ clientId: 'exporter', brokers: ['kafka:9092'] });\nconst consumer = kafka.consumer({ groupId: 'exporter' });\n\nasync function handle(message) {\n  const job = JSON.parse(message.value.toString());\n  if (!SAFE.test(job.tenant) || !SAFE.test(job.fileName)) throw new Error('bad export job');\n  const target = path.join(EXPORT_DIR, job.tenant, `${job.fileName}.csv`);\n  await fs.writeFile(target, job.csv);\n}\n\nasync function main() {\n  await consumer.connect();\n  await consumer.subscribe({ topic: 'export-jobs' });\n  await consumer.run({ eachMessage: ({ message }) => handle(message) });\n}\n\nmain();\n"
 },
 {
  "name": "s_split_decode",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 22,
  "wave": 1,
  "code": "const express = require('express');\nconst path = require('path');\n\nconst app = express();\nconst FILES = path.join(__dirname, 'public', 'docs');\n\napp.get('/docs/*', (req, res) => {\n  const segments = req.path.split('/');\n  const name = decodeURIComponent(segments.slice(2).join('/'));\n  const full = path.resolve(FILES, name);\n  if (!full.startsWith(FILES + path.sep)) {\n    return res.status(403).send('forbidden');\n  }\n  res.sendFile(full);\n});\n\napp.listen(3000);\n"
 },
 {
  "name": "s_agent_spread",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 295,
  "wave": 1,
  "code": "const fs = require('fs');\nconst https = require('https');\nconst axios = require('axios');\n\nconst baseOptions = { timeout: 10000, headers: { 'User-Agent': 'inventory-sync/1.2' } };\n\nfunction clientOptions() {\n  const agent = new https.Agent({ keepAlive: true, ca: fs.readFileSync('/etc/ssl/internal-ca.pem') });\n  return { ...baseOptions, httpsAgent: agent };\n}\n\nasync function pullInventory() {\n  const { data } = await axios.get('https://erp.internal.example.com/api/inventory', clientOptions());\n  return data.items;\n}\n\nmodule.exports = { pullInventory };\n"
 },
 {
  "name": "s_token_loop",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 338,
  "wave": 1,
  "code": "const express = require('express');\nconst crypto = require('crypto');\nconst db = require('./db');\nconst mailer = require('./mailer');\n\nconst router = express.Router();\n\nfunction makeToken(bytes) {\n  return crypto.randomBytes(bytes).toString('base64url');\n}\n\nrouter.post('/password/forgot', async (req, res) => {\n  const resetToken = makeToken(32);\n  await db.query('UPDATE users SET reset_token = $1, reset_expires = now() + interval \\'1 hour\\' WHERE email = $2', [resetToken, req.body.email]);\n  await mailer.send(req.body.email, `https://app.example.com/reset/${resetToken}`);\n  res.sendStatus(202);\n});\n\nmodule.exports = router;\n"
 },
 {
  "name": "s_regex_closure",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 400,
  "wave": 1,
  "code": "const express = require('express');\nconst products = require('./products.json');\n\nconst app = express();\n\nfunction escapeRegExp(s) {\n  return s.replace(/[.*+?^${}()|[\\]\\\\]/g, '\\\\$&');\n}\n\nfunction matcherFor(term) {\n  const re = new RegExp(escapeRegExp(term), 'i');\n  return (p) => re.test(p.name) || re.test(p.description);\n}\n\napp.get('/search', (req, res) => {\n  const term = req.query.q ? String(req.query.q) : '';\n  res.json(products.filter(matcherFor(term)).slice(0, 50));\n});\n\napp.listen(3000);\n"
 },
 {
  "name": "s_redirect_replace",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 601,
  "wave": 1,
  "code": "const express = require('express');\nconst app = express();\n\nconst AFTER_LOGOUT = new Set(['/', '/login', '/goodbye']);\n\nfunction normalizeTarget(raw) {\n  return String(raw).replace(/\\s+/g, '').replace(/\\\\/g, '/');\n}\n\napp.get('/logout', (req, res) => {\n  req.session = null;\n  let target = req.query.next ? normalizeTarget(req.query.next) : '/';\n  if (!AFTER_LOGOUT.has(target)) target = '/';\n  res.redirect(target);\n});\n\napp.listen(3000);\n"
 },
 {
  "name": "s_class_field",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 78,
  "wave": 1,
  "code": "const express = require('express');\nconst multer = require('multer');\nconst { execFile } = require('child_process');\n\nconst upload = multer({ dest: '/tmp/uploads' });\nconst app = express();\n\nclass Thumbnailer {\n  constructor(source, label) {\n    this.source = source;\n    this.label = label;\n  }\n\n  run(cb) {\n    execFile('convert', [this.source, '-resize', '128x128', '-set', 'comment', this.label, '/srv/thumbs/out.png'], cb);\n  }\n}\n\napp.post('/thumb', upload.single('image'), (req, res) => {\n  const t = new Thumbnailer(req.file.path, req.file.originalname);\n  t.run((err) => (err ? res.status(500).end() : res.sendStatus(201)));\n});\n\napp.listen(8080);\n"
 },
 {
  "name": "s_commander_opts",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 78,
  "wave": 1,
  "code": "#!/usr/bin/env node\nconst { program } = require('commander');\nconst { execFileSync } = require('child_process');\n\nprogram\n  .requiredOption('-b, --branch <name>', 'branch to deploy')\n  .option('-r, --remote <name>', 'git remote', 'origin');\nprogram.parse(process.argv);\n\nconst opts = program.opts();\nconst steps = [\n  ['git', ['fetch', opts.remote]],\n  ['git', ['checkout', opts.branch, '--']],\n  ['npm', ['ci']],\n  ['npm', ['run', 'build']],\n];\nfor (const [cmd, args] of steps) {\n  console.log(`> ${cmd} ${args.join(' ')}`);\n  execFileSync(cmd, args, { stdio: 'inherit' });\n}\n"
 },
 {
  "name": "s_config_secret",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 798,
  "wave": 1,
  "code": "const jwt = require('jsonwebtoken');\n\nconst jwtSecret = process.env.JWT_SECRET;\nif (!jwtSecret || jwtSecret.length < 32) {\n  throw new Error('JWT_SECRET must be set to at least 32 characters');\n}\n\nconst config = {\n  port: 4000,\n  auth: {\n    issuer: 'api.example.com',\n    jwtSecret,\n    expiresIn: '2h',\n  },\n};\n\nfunction issueToken(user) {\n  const { issuer, expiresIn } = config.auth;\n  return jwt.sign({ sub: user.id, role: user.role }, config.auth.jwtSecret, { issuer, expiresIn });\n}\n\nmodule.exports = { issueToken, config };\n"
 },
 {
  "name": "s_dom_helper",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 79,
  "wave": 1,
  "code": "// search page: shows the query back to the user and the result count\nfunction renderBanner(container, message) {\n  const div = document.createElement('div');\n  div.className = 'banner';\n  const p = document.createElement('p');\n  p.textContent = message;\n  div.appendChild(p);\n  container.replaceChildren(div);\n}\n\nfunction currentQuery() {\n  const params = new URLSearchParams(window.location.search);\n  return (params.get('q') || '').trim();\n}\n\ndocument.addEventListener('DOMContentLoaded', () => {\n  const q = currentQuery();\n  const banner = document.getElementById('banner');\n  if (q) {\n    renderBanner(banner, 'Results for ' + q);\n  }\n});\n"
 },
 {
  "name": "s_tags_map_join",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 79,
  "wave": 1,
  "code": "const express = require('express');\nconst escapeHtml = require('escape-html');\nconst app = express();\n\napp.get('/tags', (req, res) => {\n  const raw = req.query.tags || '';\n  const items = raw.split(',').map((t) => t.trim()).filter(Boolean);\n  const list = items.map((t) => `<li class=\"tag\">${escapeHtml(t)}</li>`).join('\\n');\n  res.type('html').send(`<!doctype html><ul>${list}</ul>`);\n});\n\napp.listen(3000);\n"
 },
 {
  "name": "s_filters_obj",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 89,
  "wave": 1,
  "code": "const express = require('express');\nconst { Pool } = require('pg');\n\nconst app = express();\nconst pool = new Pool();\n\napp.get('/api/orders', async (req, res) => {\n  const clauses = [];\n  const values = [];\n  for (const [key, value] of Object.entries(req.query)) {\n    if (['status', 'customer', 'region'].includes(key)) {\n      values.push(String(value));\n      clauses.push(`${key} = $${values.length}`);\n    }\n  }\n  const sql = 'SELECT id, total FROM orders' + (clauses.length ? ` WHERE ${clauses.join(' AND ')}` : '');\n  const { rows } = await pool.query(sql, values);\n  res.json(rows);\n});\n\napp.listen(3000);\n"
 },
 {
  "name": "s_assign_profile",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 915,
  "wave": 1,
  "code": "const express = require('express');\nconst { User } = require('../models');\n\nconst router = express.Router();\nconst EDITABLE = ['name', 'bio', 'avatarUrl'];\n\nrouter.put('/me', async (req, res) => {\n  const user = await User.findByPk(req.user.id);\n  const updates = { updatedAt: new Date() };\n  for (const field of EDITABLE) {\n    if (typeof req.body[field] === 'string') updates[field] = req.body[field];\n  }\n  user.set(updates);\n  await user.save();\n  res.json({ id: user.id, name: user.name });\n});\n\nmodule.exports = router;\n"
 },
 {
  "name": "s_nosql_optional",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 943,
  "wave": 1,
  "code": "const express = require('express');\nconst bcrypt = require('bcrypt');\nconst User = require('./models/user');\n\nconst router = express.Router();\n\nrouter.post('/login', async (req, res) => {\n  const username = String(req.body.username || '');\n  const password = String(req.body.password || '');\n  const user = await User.findOne({ username }).lean();\n  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {\n    return res.status(401).json({ error: 'invalid credentials' });\n  }\n  req.session.regenerate(() => {\n    req.session.userId = user._id;\n    res.json({ ok: true });\n  });\n});\n\nmodule.exports = router;\n"
 },
 {
  "name": "s_koa_function",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 95,
  "wave": 1,
  "code": "const Koa = require('koa');\nconst Router = require('@koa/router');\nconst bodyParser = require('koa-bodyparser');\n\nconst app = new Koa();\nconst router = new Router();\n\nconst OPS = {\n  gt: (a, b) => a > b,\n  lt: (a, b) => a < b,\n  eq: (a, b) => a === b,\n};\nconst FIELDS = new Set(['total', 'items', 'weight']);\n\nrouter.post('/rules/test', (ctx) => {\n  const { field, op, value, order } = ctx.request.body;\n  if (!FIELDS.has(field) || !Object.hasOwn(OPS, op)) ctx.throw(400, 'bad rule');\n  ctx.body = { matches: OPS[op](Number(order[field]), Number(value)) };\n});\n\napp.use(bodyParser()).use(router.routes());\napp.listen(3000);\n"
 },
 {
  "name": "s_hash_helper",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 916,
  "wave": 1,
  "code": "import { randomBytes, scrypt as scryptCb } from 'crypto';\nimport { promisify } from 'util';\nimport { db } from './db';\n\nconst scrypt = promisify(scryptCb) as (pw: string, salt: string, len: number) => Promise<Buffer>;\n\nasync function digest(value: string, salt: string): Promise<string> {\n  return (await scrypt(value, salt, 64)).toString('hex');\n}\n\nexport async function register(email: string, password: string): Promise<void> {\n  const salt = randomBytes(16).toString('hex');\n  const passwordHash = await digest(password, salt);\n  await db.query('INSERT INTO accounts (email, salt, password_hash) VALUES ($1, $2, $3)', [email, salt, passwordHash]);\n}\n"
 },
 {
  "name": "s_next_json",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 918,
  "wave": 1,
  "code": "import type { NextApiRequest, NextApiResponse } from 'next';\n\ntype PreviewRequest = { target: string; timeoutMs?: number };\nconst ALLOWED_HOSTS = new Set(['blog.example.com', 'docs.example.com']);\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  const payload: PreviewRequest = typeof req.body === 'string' ? JSON.parse(req.body) : req.body;\n  const url = new URL(payload.target);\n  if (url.protocol !== 'https:' || !ALLOWED_HOSTS.has(url.hostname)) {\n    return res.status(400).json({ error: 'host not allowed' });\n  }\n  const controller = new AbortController();\n  setTimeout(() => controller.abort(), payload.timeoutMs ?? 5000);\n  const upstream = await fetch(url.toString(), { signal: controller.signal });\n  const html = await upstream.text();\n  const title = /<title>([^<]*)<\\/title>/i.exec(html)?.[1] ?? '';\n  res.status(200).json({ title });\n}\n"
 },
 {
  "name": "j_disposition_decode",
  "kind": "vuln",
  "lang": "java",
  "cwe": 113,
  "wave": 1,
  "code": "import java.io.*;\nimport java.net.URLDecoder;\nimport java.nio.charset.StandardCharsets;\nimport javax.servlet.http.*;\n\npublic class ExportDownloadServlet extends HttpServlet {\n    @Override\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String raw = req.getParameter(\"filename\");\n        String fname = URLDecoder.decode(raw == null ? \"export.csv\" : raw, StandardCharsets.UTF_8);\n        resp.setContentType(\"text/csv\");\n        resp.setHeader(\"Content-Disposition\", \"attachment; filename=\\\"\" + fname + \"\\\"\");\n        try (PrintWriter w = resp.getWriter()) {\n            w.println(\"id,total\");\n        }\n    }\n}\n"
 },
 {
  "name": "j_json_login_log",
  "kind": "vuln",
  "lang": "java",
  "cwe": 117,
  "wave": 1,
  "low": true,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\nimport com.fasterxml.jackson.databind.JsonNode;\nimport com.fasterxml.jackson.databind.ObjectMapper;\nimport org.slf4j.Logger;\nimport org.slf4j.LoggerFactory;\n\npublic class LoginServlet extends HttpServlet {\n    private static final Logger log = LoggerFactory.getLogger(LoginServlet.class);\n    private static final ObjectMapper MAPPER = new ObjectMapper();\n\n    @Override\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        JsonNode body = MAPPER.readTree(req.getReader());\n        String user = body.path(\"username\").asText();\n        if (!authenticate(user, body.path(\"password\").asText())) {\n            log.warn(\"Failed login for user \" + user);\n            resp.sendError(401);\n            return;\n        }\n        resp.setStatus(204);\n    }\n\n    private boolean authenticate(String user, String password) { return false; }\n}\n"
 },
 {
  "name": "j_header_helper",
  "kind": "vuln",
  "lang": "java",
  "cwe": 22,
  "wave": 1,
  "code": "import java.io.*;\nimport java.nio.file.Files;\nimport javax.servlet.http.*;\n\npublic class AttachmentServlet extends HttpServlet {\n    private static final File BASE = new File(\"/var/app/attachments\");\n\n    private String requestedName(HttpServletRequest req) {\n        String n = req.getHeader(\"X-Attachment-Name\");\n        if (n == null) {\n            n = req.getParameter(\"name\");\n        }\n        return n.trim();\n    }\n\n    @Override\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String name = requestedName(req);\n        File f = new File(BASE, name);\n        if (!f.exists()) {\n            resp.sendError(404);\n            return;\n        }\n        resp.setContentType(\"application/octet-stream\");\n        Files.copy(f.toPath(), resp.getOutputStream());\n    }\n}\n"
 },
 {
  "name": "j_upload_name",
  "kind": "vuln",
  "lang": "java",
  "cwe": 22,
  "wave": 1,
  "code": "import java.io.*;\nimport java.nio.file.*;\nimport javax.servlet.ServletException;\nimport javax.servlet.annotation.MultipartConfig;\nimport javax.servlet.http.*;\n\n@MultipartConfig\npublic class AvatarUploadServlet extends HttpServlet {\n    private static final Path ROOT = Paths.get(\"/srv/app/avatars\");\n\n    @Override\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException {\n        Part part = req.getPart(\"avatar\");\n        String submitted = part.getSubmittedFileName();\n        String userDir = req.getRemoteUser();\n        Path dest = ROOT.resolve(userDir + \"/\" + submitted.toLowerCase());\n        Files.createDirectories(dest.getParent());\n        try (InputStream in = part.getInputStream()) {\n            Files.copy(in, dest, StandardCopyOption.REPLACE_EXISTING);\n        }\n        resp.setStatus(201);\n    }\n}\n"
 },
 {
  "name": "j_trust_helper",
  "kind": "vuln",
  "lang": "java",
  "cwe": 295,
  "wave": 1,
  "code": "import java.net.URI;\nimport java.net.http.*;\nimport java.security.cert.X509Certificate;\nimport javax.net.ssl.*;\n\npublic class PartnerClient {\n\n    private static SSLContext lenientContext() throws Exception {\n        TrustManager[] tms = {\n            new X509TrustManager() {\n                public void checkClientTrusted(X509Certificate[] chain, String authType) {}\n                public void checkServerTrusted(X509Certificate[] chain, String authType) {}\n                public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }\n            }\n        };\n        SSLContext ctx = SSLContext.getInstance(\"TLS\");\n        ctx.init(null, tms, new java.security.SecureRandom());\n        return ctx;\n    }\n\n    public String fetchOrders() throws Exception {\n        HttpClient client = HttpClient.newBuilder().sslContext(lenientContext()).build();\n        HttpRequest req = HttpRequest.newBuilder(URI.create(\"https://partner.example.com/api/orders\")).build();\n        return client.send(req, HttpResponse.BodyHandlers.ofString()).body();\n    }\n}\n"
 },
 {
  "name": "j_algo_constant",
  "kind": "vuln",
  "lang": "java",
  "cwe": 328,
  "wave": 1,
  "code": "import java.nio.charset.StandardCharsets;\nimport java.security.MessageDigest;\nimport java.security.NoSuchAlgorithmException;\nimport java.util.HexFormat;\n\npublic class UserPasswords {\n    private static final String HASH_ALGORITHM = \"MD5\";\n\n    public static String hashPassword(String password, String salt) throws NoSuchAlgorithmException {\n        MessageDigest md = MessageDigest.getInstance(HASH_ALGORITHM);\n        md.update(salt.getBytes(StandardCharsets.UTF_8));\n        byte[] digest = md.digest(password.getBytes(StandardCharsets.UTF_8));\n        return HexFormat.of().formatHex(digest);\n    }\n\n    public static boolean verify(String password, String salt, String stored) throws NoSuchAlgorithmException {\n        return MessageDigest.isEqual(hashPassword(password, salt).getBytes(), stored.getBytes());\n    }\n}\n"
 },
 {
  "name": "j_static_random_reset",
  "kind": "vuln",
  "lang": "java",
  "cwe": 330,
  "wave": 1,
  "code": "import java.util.Random;\n\npublic class PasswordResetService {\n    private static final String ALPHABET = \"ABCDEFGHJKLMNPQRSTUVWXYZ23456789\";\n    private static final Random RNG = new Random();\n\n    private final ResetStore store;\n\n    public PasswordResetService(ResetStore store) {\n        this.store = store;\n    }\n\n    private static String randomCode(int len) {\n        StringBuilder sb = new StringBuilder(len);\n        for (int i = 0; i < len; i++) {\n            sb.append(ALPHABET.charAt(RNG.nextInt(ALPHABET.length())));\n        }\n        return sb.toString();\n    }\n\n    public String issueResetCode(String email) {\n        String code = randomCode(8);\n        store.save(email, code, System.currentTimeMillis() + 15 * 60 * 1000);\n        return code;\n    }\n\n    interface ResetStore { void save(String email, String code, long expiresAt); }\n}\n"
 },
 {
  "name": "j_regex_switch",
  "kind": "vuln",
  "lang": "java",
  "cwe": 400,
  "wave": 1,
  "code": "import java.util.List;\nimport java.util.regex.Pattern;\nimport java.util.stream.Collectors;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\n@RequestMapping(\"/api/tags\")\npublic class TagSearchController {\n    private final List<String> tags = List.of(\"alpha\", \"beta\", \"gamma\");\n\n    @GetMapping\n    public List<String> search(@RequestParam String q, @RequestParam(defaultValue = \"prefix\") String mode) {\n        String pattern;\n        switch (mode) {\n            case \"regex\":\n                pattern = q;\n                break;\n            case \"suffix\":\n                pattern = \".*\" + Pattern.quote(q);\n                break;\n            default:\n                pattern = Pattern.quote(q) + \".*\";\n        }\n        Pattern p = Pattern.compile(pattern);\n        return tags.stream().filter(t -> p.matcher(t).matches()).collect(Collectors.toList());\n    }\n}\n"
 },
 {
  "name": "j_role_ternary",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "wave": 1,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\n\npublic class ImpersonateServlet extends HttpServlet {\n    @Override\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String hdr = req.getHeader(\"X-Role\");\n        String role = hdr != null && !hdr.isBlank() ? hdr.toLowerCase() : \"viewer\";\n        HttpSession session = req.getSession(true);\n        session.setAttribute(\"role\", role);\n        resp.sendRedirect(\"/app\");\n    }\n}\n"
 },
 {
  "name": "j_gzip_ois",
  "kind": "vuln",
  "lang": "java",
  "cwe": 502,
  "wave": 1,
  "code": "import java.io.*;\nimport java.util.zip.GZIPInputStream;\nimport javax.servlet.http.*;\n\npublic class SessionRestoreServlet extends HttpServlet {\n\n    private Object readState(InputStream raw) throws IOException, ClassNotFoundException {\n        InputStream in = new GZIPInputStream(new BufferedInputStream(raw));\n        try (ObjectInputStream ois = new ObjectInputStream(in)) {\n            return ois.readObject();\n        }\n    }\n\n    @Override\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        try {\n            Object state = readState(req.getInputStream());\n            req.getSession().setAttribute(\"cart\", state.toString());\n            resp.setStatus(204);\n        } catch (ClassNotFoundException e) {\n            resp.sendError(400);\n        }\n    }\n}\n"
 },
 {
  "name": "j_cookie_return",
  "kind": "vuln",
  "lang": "java",
  "cwe": 601,
  "wave": 1,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\n\npublic class LoginDoneServlet extends HttpServlet {\n    @Override\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String returnTo = \"/dashboard\";\n        Cookie[] cookies = req.getCookies();\n        if (cookies != null) {\n            for (Cookie c : cookies) {\n                if (\"return_to\".equals(c.getName())) {\n                    returnTo = c.getValue();\n                    break;\n                }\n            }\n        }\n        resp.sendRedirect(returnTo);\n    }\n}\n"
 },
 {
  "name": "j_upload_xml",
  "kind": "vuln",
  "lang": "java",
  "cwe": 611,
  "wave": 1,
  "code": "import java.io.*;\nimport javax.servlet.ServletException;\nimport javax.servlet.annotation.MultipartConfig;\nimport javax.servlet.http.*;\nimport javax.xml.parsers.*;\nimport org.w3c.dom.*;\n\n@MultipartConfig\npublic class ImportServlet extends HttpServlet {\n\n    private Document parse(InputStream in) throws Exception {\n        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();\n        dbf.setNamespaceAware(true);\n        DocumentBuilder db = dbf.newDocumentBuilder();\n        return db.parse(in);\n    }\n\n    @Override\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException {\n        Part part = req.getPart(\"catalog\");\n        try (InputStream in = part.getInputStream()) {\n            Document doc = parse(in);\n            NodeList items = doc.getElementsByTagName(\"item\");\n            resp.getWriter().println(\"imported \" + items.getLength());\n        } catch (Exception e) {\n            resp.sendError(400);\n        }\n    }\n}\n"
 },
 {
  "name": "j_cookie_helper",
  "kind": "vuln",
  "lang": "java",
  "cwe": 614,
  "wave": 1,
  "code": "import java.io.IOException;\nimport java.util.UUID;\nimport javax.servlet.http.*;\n\npublic class RememberMeServlet extends HttpServlet {\n\n    private Cookie rememberCookie(String token) {\n        Cookie c = new Cookie(\"remember_me\", token);\n        c.setPath(\"/\");\n        c.setMaxAge(60 * 60 * 24 * 30);\n        return c;\n    }\n\n    @Override\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String token = UUID.randomUUID().toString();\n        resp.addCookie(rememberCookie(token));\n        resp.sendRedirect(\"/\");\n    }\n}\n"
 },
 {
  "name": "j_xpath_record",
  "kind": "vuln",
  "lang": "java",
  "cwe": 643,
  "wave": 1,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\nimport javax.xml.xpath.*;\nimport org.w3c.dom.Document;\n\npublic class StaffLookupServlet extends HttpServlet {\n    private Document directory;\n\n    record Lookup(String user, String dept) {}\n\n    private Lookup fromRequest(HttpServletRequest req) {\n        return new Lookup(req.getHeader(\"X-User\"), req.getParameter(\"dept\"));\n    }\n\n    @Override\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        Lookup q = fromRequest(req);\n        String expr = String.format(\"/staff/person[@dept='%s' and login='%s']/phone/text()\", q.dept(), q.user());\n        try {\n            XPath xp = XPathFactory.newInstance().newXPath();\n            String phone = xp.evaluate(expr, directory);\n            resp.getWriter().println(phone);\n        } catch (XPathExpressionException e) {\n            resp.sendError(400);\n        }\n    }\n}\n"
 },
 {
  "name": "j_args_join",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "wave": 1,
  "code": "import java.io.*;\nimport java.util.*;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class DiagnosticsController {\n\n    @PostMapping(\"/diag/ping\")\n    public String ping(@RequestBody Map<String, String> body) throws IOException, InterruptedException {\n        List<String> parts = new ArrayList<>();\n        parts.add(\"ping\");\n        parts.add(\"-c\");\n        parts.add(body.getOrDefault(\"count\", \"3\"));\n        parts.add(body.get(\"host\"));\n        String cmdline = String.join(\" \", parts);\n        Process p = new ProcessBuilder(\"bash\", \"-c\", cmdline).redirectErrorStream(true).start();\n        p.waitFor();\n        return new String(p.getInputStream().readAllBytes());\n    }\n}\n"
 },
 {
  "name": "j_job_field",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "wave": 1,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\n\npublic class ExportServlet extends HttpServlet {\n\n    static class ReportJob {\n        private final String format;\n        private final String reportId;\n\n        ReportJob(String format, String reportId) {\n            this.format = format;\n            this.reportId = reportId;\n        }\n\n        void run() throws IOException {\n            String cmd = \"/opt/reports/bin/render --id \" + reportId + \" --format \" + format;\n            Runtime.getRuntime().exec(new String[] {\"/bin/sh\", \"-c\", cmd});\n        }\n    }\n\n    @Override\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        ReportJob job = new ReportJob(req.getParameter(\"format\"), req.getParameter(\"id\"));\n        job.run();\n        resp.setStatus(202);\n    }\n}\n"
 },
 {
  "name": "j_props_password",
  "kind": "vuln",
  "lang": "java",
  "cwe": 798,
  "wave": 1,
  "code": "import java.sql.*;\nimport java.util.Properties;\n\npublic class ReportingDb {\n    private static final String URL = \"jdbc:postgresql://db.internal:5432/reporting\";\n\n    private Properties connectionProps() {\n        Properties props = new Properties();\n        props.setProperty(\"user\", \"reporting_app\");\n        props.setProperty(\"password\", \"Rp0rt!ng-2023\");\n        props.setProperty(\"ssl\", \"true\");\n        return props;\n    }\n\n    public Connection open() throws SQLException {\n        return DriverManager.getConnection(URL, connectionProps());\n    }\n}\n"
 },
 {
  "name": "j_optional_lambda",
  "kind": "vuln",
  "lang": "java",
  "cwe": 79,
  "wave": 1,
  "code": "import java.util.Optional;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class GreetingController {\n\n    @GetMapping(value = \"/greet\", produces = \"text/html\")\n    public String greet(@RequestParam(required = false) String name) {\n        return Optional.ofNullable(name)\n            .map(String::strip)\n            .map(n -> \"<h1>Welcome back, \" + n + \"!</h1>\")\n            .orElse(\"<h1>Welcome!</h1>\");\n    }\n}\n"
 },
 {
  "name": "j_dto_jdbc",
  "kind": "vuln",
  "lang": "java",
  "cwe": 89,
  "wave": 1,
  "code": "import org.springframework.jdbc.core.JdbcTemplate;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\n@RequestMapping(\"/api/users\")\npublic class UserController {\n    private final JdbcTemplate jdbc;\n\n    public UserController(JdbcTemplate jdbc) { this.jdbc = jdbc; }\n\n    public static class UserForm {\n        private String name;\n        private String email;\n        public String getName() { return name; }\n        public void setName(String name) { this.name = name; }\n        public String getEmail() { return email; }\n        public void setEmail(String email) { this.email = email; }\n    }\n\n    @PostMapping\n    public void create(@RequestBody UserForm form) {\n        String values = \"('\" + form.getName() + \"', '\" + form.getEmail() + \"')\";\n        jdbc.update(\"INSERT INTO users (name, email) VALUES \" + values);\n    }\n}\n"
 },
 {
  "name": "j_map_filters",
  "kind": "vuln",
  "lang": "java",
  "cwe": 89,
  "wave": 1,
  "code": "import java.io.IOException;\nimport java.sql.*;\nimport java.util.*;\nimport javax.servlet.http.*;\n\npublic class ProductSearchServlet extends HttpServlet {\n    private Connection conn;\n\n    @Override\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        Map<String, String> filters = new LinkedHashMap<>();\n        for (String col : List.of(\"brand\", \"color\", \"size\")) {\n            String v = req.getParameter(col);\n            if (v != null && !v.isEmpty()) filters.put(col, v);\n        }\n        StringBuilder sql = new StringBuilder(\"SELECT id, name FROM products WHERE 1=1\");\n        for (Map.Entry<String, String> e : filters.entrySet()) {\n            sql.append(\" AND \").append(e.getKey()).append(\" = '\").append(e.getValue()).append(\"'\");\n        }\n        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql.toString())) {\n            while (rs.next()) resp.getWriter().println(rs.getInt(1));\n        } catch (SQLException ex) {\n            resp.sendError(500);\n        }\n    }\n}\n"
 },
 {
  "name": "j_second_order",
  "kind": "vuln",
  "lang": "java",
  "cwe": 89,
  "wave": 1,
  "gap": "second-order SQL injection: a value read back from the database (rs.getString) is of unknown origin, not input; making ResultSet reads a source would report every query built from table metadata",
  "code": "import java.sql.*;\nimport java.util.*;\n\npublic class NotificationDao {\n    private final Connection conn;\n\n    public NotificationDao(Connection conn) { this.conn = conn; }\n\n    public List<String> inboxFor(long userId) throws SQLException {\n        String displayName;\n        try (PreparedStatement ps = conn.prepareStatement(\"SELECT display_name FROM users WHERE id = ?\")) {\n            ps.setLong(1, userId);\n            try (ResultSet rs = ps.executeQuery()) {\n                rs.next();\n                displayName = rs.getString(\"display_name\");\n            }\n        }\n        List<String> out = new ArrayList<>();\n        String q = \"SELECT body FROM notifications WHERE recipient_name = '\" + displayName + \"' ORDER BY created_at DESC\";\n        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(q)) {\n            while (rs.next()) out.add(rs.getString(1));\n        }\n        return out;\n    }\n}\n"
 },
 {
  "name": "j_ldap_groups",
  "kind": "vuln",
  "lang": "java",
  "cwe": 90,
  "wave": 1,
  "code": "import java.io.IOException;\nimport javax.naming.NamingEnumeration;\nimport javax.naming.NamingException;\nimport javax.naming.directory.*;\nimport javax.servlet.http.*;\n\npublic class GroupMembersServlet extends HttpServlet {\n    private DirContext ctx;\n\n    @Override\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String[] groups = req.getParameterValues(\"group\");\n        StringBuilder filter = new StringBuilder(\"(&(objectClass=person)(|\");\n        for (String g : groups) {\n            filter.append(\"(memberOf=cn=\").append(g).append(\",ou=groups,dc=example,dc=com)\");\n        }\n        filter.append(\"))\");\n        SearchControls sc = new SearchControls();\n        sc.setSearchScope(SearchControls.SUBTREE_SCOPE);\n        try {\n            NamingEnumeration<SearchResult> res = ctx.search(\"dc=example,dc=com\", filter.toString(), sc);\n            while (res.hasMore()) resp.getWriter().println(res.next().getName());\n        } catch (NamingException e) {\n            resp.sendError(500);\n        }\n    }\n}\n"
 },
 {
  "name": "j_base64_url",
  "kind": "vuln",
  "lang": "java",
  "cwe": 918,
  "wave": 1,
  "code": "import java.io.*;\nimport java.net.*;\nimport java.nio.charset.StandardCharsets;\nimport java.util.Base64;\nimport javax.servlet.http.*;\n\npublic class PreviewServlet extends HttpServlet {\n    @Override\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String encoded = req.getParameter(\"src\");\n        String target = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);\n        HttpURLConnection conn = (HttpURLConnection) new URL(target).openConnection();\n        conn.setConnectTimeout(3000);\n        try (InputStream in = conn.getInputStream()) {\n            resp.setContentType(conn.getContentType());\n            in.transferTo(resp.getOutputStream());\n        }\n    }\n}\n"
 },
 {
  "name": "j_script_map",
  "kind": "vuln",
  "lang": "java",
  "cwe": 94,
  "wave": 1,
  "code": "import java.util.Map;\nimport javax.script.*;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class PricingController {\n    private final ScriptEngine js = new ScriptEngineManager().getEngineByName(\"javascript\");\n\n    @PostMapping(\"/pricing/quote\")\n    public Object quote(@RequestBody Map<String, String> form) throws ScriptException {\n        String base = form.get(\"base\");\n        String rule = form.getOrDefault(\"discountRule\", \"0\");\n        String expression = base + \" - (\" + rule + \")\";\n        return js.eval(expression);\n    }\n}\n"
 },
 {
  "name": "s_queue_payload",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 22,
  "wave": 1,
  "code": "const fs = require('fs/promises');\nconst path = require('path');\nconst { Kafka } = require('kafkajs');\n\nconst EXPORT_DIR = '/srv/exports';\nconst kafka = new Kafka({ clientId: 'exporter', brokers: ['kafka:9092'] });\nconst consumer = kafka.consumer({ groupId: 'exporter' });\n\nasync function handle(message) {\n  const job = JSON.parse(message.value.toString());\n  const target = path.join(EXPORT_DIR, job.tenant, job.fileName);\n  await fs.writeFile(target, job.csv);\n}\n\nasync function main() {\n  await consumer.connect();\n  await consumer.subscribe({ topic: 'export-jobs' });\n  await consumer.run({ eachMessage: ({ message }) => handle(message) });\n}\n\nmain();\n"
 },
 {
  "name": "s_split_decode",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 22,
  "wave": 1,
  "code": "const express = require('express');\nconst path = require('path');\n\nconst app = express();\nconst FILES = path.join(__dirname, 'public', 'docs');\n\napp.get('/docs/*', (req, res) => {\n  const segments = req.path.split('/');\n  const name = decodeURIComponent(segments.slice(2).join('/'));\n  res.sendFile(path.join(FILES, name));\n});\n\napp.listen(3000);\n"
 },
 {
  "name": "s_agent_spread",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 295,
  "wave": 1,
  "code": "const https = require('https');\nconst axios = require('axios');\n\nconst baseOptions = { timeout: 10000, headers: { 'User-Agent': 'inventory-sync/1.2' } };\n\nfunction clientOptions() {\n  const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false });\n  return { ...baseOptions, httpsAgent: agent };\n}\n\nasync function pullInventory() {\n  const { data } = await axios.get('https://erp.internal.example.com/api/inventory', clientOptions());\n  return data.items;\n}\n\nmodule.exports = { pullInventory };\n"
 },
 {
  "name": "s_token_loop",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 338,
  "wave": 1,
  "code": "const express = require('express');\nconst db = require('./db');\nconst mailer = require('./mailer');\n\nconst router = express.Router();\nconst CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';\n\nfunction makeToken(len) {\n  let out = '';\n  for (let i = 0; i < len; i++) {\n    out += CHARS[Math.floor(Math.random() * CHARS.length)];\n  }\n  return out;\n}\n\nrouter.post('/password/forgot', async (req, res) => {\n  const resetToken = makeToken(40);\n  await db.query('UPDATE users SET reset_token = $1, reset_expires = now() + interval \\'1 hour\\' WHERE email = $2', [resetToken, req.body.email]);\n  await mailer.send(req.body.email, `https://app.example.com/reset/${resetToken}`);\n  res.sendStatus(202);\n});\n\nmodule.exports = router;\n"
 },
 {
  "name": "s_regex_closure",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 400,
  "wave": 1,
  "code": "const express = require('express');\nconst products = require('./products.json');\n\nconst app = express();\n\nfunction matcherFor(term) {\n  const re = new RegExp(term, 'i');\n  return (p) => re.test(p.name) || re.test(p.description);\n}\n\napp.get('/search', (req, res) => {\n  const term = req.query.q ? String(req.query.q) : '.*';\n  res.json(products.filter(matcherFor(term)).slice(0, 50));\n});\n\napp.listen(3000);\n"
 },
 {
  "name": "s_redirect_replace",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 601,
  "wave": 1,
  "code": "const express = require('express');\nconst app = express();\n\nfunction normalizeTarget(raw) {\n  return String(raw).replace(/\\s+/g, '').replace(/\\\\/g, '/');\n}\n\napp.get('/logout', (req, res) => {\n  req.session = null;\n  const target = req.query.next ? normalizeTarget(req.query.next) : '/';\n  res.redirect(target);\n});\n\napp.listen(3000);\n"
 },
 {
  "name": "s_class_field",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 78,
  "wave": 1,
  "code": "const express = require('express');\nconst multer = require('multer');\nconst { exec } = require('child_process');\n\nconst upload = multer({ dest: '/tmp/uploads' });\nconst app = express();\n\nclass Thumbnailer {\n  constructor(source, label) {\n    this.source = source;\n    this.label = label;\n  }\n\n  run(cb) {\n    exec(`convert ${this.source} -resize 128x128 -set comment \"${this.label}\" /srv/thumbs/out.png`, cb);\n  }\n}\n\napp.post('/thumb', upload.single('image'), (req, res) => {\n  const t = new Thumbnailer(req.file.path, req.file.originalname);\n  t.run((err) => (err ? res.status(500).end() : res.sendStatus(201)));\n});\n\napp.listen(8080);\n"
 },
 {
  "name": "s_commander_opts",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 78,
  "wave": 1,
  "code": "#!/usr/bin/env node\nconst { program } = require('commander');\nconst { execSync } = require('child_process');\n\nprogram\n  .requiredOption('-b, --branch <name>', 'branch to deploy')\n  .option('-r, --remote <name>', 'git remote', 'origin');\nprogram.parse(process.argv);\n\nconst opts = program.opts();\nconst steps = [`git fetch ${opts.remote}`, `git checkout ${opts.branch}`, 'npm ci', 'npm run build'];\nfor (const step of steps) {\n  console.log(`> ${step}`);\n  execSync(step, { stdio: 'inherit' });\n}\n"
 },
 {
  "name": "s_config_secret",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 798,
  "wave": 1,
  "code": "const jwt = require('jsonwebtoken');\n\nconst config = {\n  port: 4000,\n  auth: {\n    issuer: 'api.example.com',\n    jwtSecret: 'k9$Lq2!vXz8#Rt4w',\n    expiresIn: '2h',\n  },\n};\n\nfunction issueToken(user) {\n  const { jwtSecret, issuer, expiresIn } = config.auth;\n  return jwt.sign({ sub: user.id, role: user.role }, jwtSecret, { issuer, expiresIn });\n}\n\nmodule.exports = { issueToken, config };\n"
 },
 {
  "name": "s_dom_helper",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 79,
  "wave": 1,
  "code": "// search page: shows the query back to the user and the result count\nfunction renderBanner(container, message) {\n  container.innerHTML = `<div class=\"banner\"><p>${message}</p></div>`;\n}\n\nfunction currentQuery() {\n  const params = new URLSearchParams(window.location.search);\n  return (params.get('q') || '').trim();\n}\n\ndocument.addEventListener('DOMContentLoaded', () => {\n  const q = currentQuery();\n  const banner = document.getElementById('banner');\n  if (q) {\n    renderBanner(banner, 'Results for ' + q);\n  }\n});\n"
 },
 {
  "name": "s_tags_map_join",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 79,
  "wave": 1,
  "code": "const express = require('express');\nconst app = express();\n\napp.get('/tags', (req, res) => {\n  const raw = req.query.tags || '';\n  const items = raw.split(',').map((t) => t.trim()).filter(Boolean);\n  const list = items.map((t) => `<li class=\"tag\">${t}</li>`).join('\\n');\n  res.type('html').send(`<!doctype html><ul>${list}</ul>`);\n});\n\napp.listen(3000);\n"
 },
 {
  "name": "s_filters_obj",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 89,
  "wave": 1,
  "code": "const express = require('express');\nconst { Pool } = require('pg');\n\nconst app = express();\nconst pool = new Pool();\n\napp.get('/api/orders', async (req, res) => {\n  const filters = {};\n  for (const [key, value] of Object.entries(req.query)) {\n    if (['status', 'customer', 'region'].includes(key)) filters[key] = value;\n  }\n  const where = Object.keys(filters)\n    .map((k) => `${k} = '${filters[k]}'`)\n    .join(' AND ');\n  const sql = 'SELECT id, total FROM orders' + (where ? ` WHERE ${where}` : '');\n  const { rows } = await pool.query(sql);\n  res.json(rows);\n});\n\napp.listen(3000);\n"
 },
 {
  "name": "s_assign_profile",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 915,
  "wave": 1,
  "code": "const express = require('express');\nconst { User } = require('../models');\n\nconst router = express.Router();\n\nrouter.put('/me', async (req, res) => {\n  const user = await User.findByPk(req.user.id);\n  const updates = { ...req.body, updatedAt: new Date() };\n  Object.assign(user, updates);\n  await user.save();\n  res.json({ id: user.id, name: user.name });\n});\n\nmodule.exports = router;\n"
 },
 {
  "name": "s_nosql_optional",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 943,
  "wave": 1,
  "code": "const express = require('express');\nconst User = require('./models/user');\n\nconst router = express.Router();\n\nrouter.post('/login', async (req, res) => {\n  const criteria = { username: req.body.username };\n  if (req.body.password !== undefined) {\n    criteria.password = req.body.password;\n  }\n  const user = await User.findOne(criteria).lean();\n  if (!user) return res.status(401).json({ error: 'invalid credentials' });\n  req.session.userId = user._id;\n  res.json({ ok: true });\n});\n\nmodule.exports = router;\n"
 },
 {
  "name": "s_koa_function",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 95,
  "wave": 1,
  "code": "const Koa = require('koa');\nconst Router = require('@koa/router');\nconst bodyParser = require('koa-bodyparser');\n\nconst app = new Koa();\nconst router = new Router();\n\nfunction compileRule(source) {\n  return new Function('order', `return (${source});`);\n}\n\nrouter.post('/rules/test', (ctx) => {\n  const { rule, order } = ctx.request.body;\n  const predicate = compileRule(rule);\n  ctx.body = { matches: Boolean(predicate(order)) };\n});\n\napp.use(bodyParser()).use(router.routes());\napp.listen(3000);\n"
 },
 {
  "name": "s_hash_helper",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 916,
  "wave": 1,
  "code": "import { createHash, randomBytes } from 'crypto';\nimport { db } from './db';\n\nfunction digest(value: string, salt: string): string {\n  return createHash('sha1').update(salt + value).digest('hex');\n}\n\nexport async function register(email: string, password: string): Promise<void> {\n  const salt = randomBytes(16).toString('hex');\n  const passwordHash = digest(password, salt);\n  await db.query('INSERT INTO accounts (email, salt, password_hash) VALUES ($1, $2, $3)', [email, salt, passwordHash]);\n}\n"
 },
 {
  "name": "s_next_json",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 918,
  "wave": 1,
  "code": "import type { NextApiRequest, NextApiResponse } from 'next';\n\ntype PreviewRequest = { target: string; timeoutMs?: number };\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  const payload: PreviewRequest = typeof req.body === 'string' ? JSON.parse(req.body) : req.body;\n  const url = new URL(payload.target);\n  const controller = new AbortController();\n  setTimeout(() => controller.abort(), payload.timeoutMs ?? 5000);\n  const upstream = await fetch(url.toString(), { signal: controller.signal });\n  const html = await upstream.text();\n  const title = /<title>([^<]*)<\\/title>/i.exec(html)?.[1] ?? '';\n  res.status(200).json({ title });\n}\n"
 },
 {
  "name": "j2_header_switch",
  "kind": "safe",
  "lang": "java",
  "cwe": 113,
  "wave": 2,
  "code": "import java.io.IOException;\nimport java.util.Set;\nimport javax.servlet.http.*;\n\npublic class LocaleServlet extends HttpServlet {\n    private static final Set<String> LANGS = Set.of(\"en\", \"en-US\", \"de\", \"fr\", \"ja\");\n\n    @Override\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String lang = req.getParameter(\"lang\");\n        String value = LANGS.contains(lang) ? lang : \"en\";\n        resp.setHeader(\"Content-Language\", value);\n        resp.addHeader(\"Set-Cookie\", \"lang=\" + value + \"; Path=/; HttpOnly; Secure\");\n        resp.getWriter().println(\"ok\");\n    }\n}\n"
 },
 {
  "name": "j2_strip_dots",
  "kind": "safe",
  "lang": "java",
  "cwe": 22,
  "wave": 2,
  "code": "import java.io.*;\nimport java.nio.file.*;\nimport org.springframework.core.io.FileSystemResource;\nimport org.springframework.core.io.Resource;\nimport org.springframework.http.ResponseEntity;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class ThemeController {\n    private static final Path THEMES = Paths.get(\"/opt/app/themes\").toAbsolutePath().normalize();\n\n    @GetMapping(\"/themes/{name}/{file}\")\n    public ResponseEntity<Resource> asset(@PathVariable String name, @PathVariable String file) throws IOException {\n        Path f = THEMES.resolve(name).resolve(file).normalize();\n        if (!f.startsWith(THEMES) || !Files.isRegularFile(f)) {\n            return ResponseEntity.notFound().build();\n        }\n        return ResponseEntity.ok(new FileSystemResource(f.toFile()));\n    }\n}\n"
 },
 {
  "name": "j2_zip_entries",
  "kind": "safe",
  "lang": "java",
  "cwe": 22,
  "wave": 2,
  "code": "import java.io.*;\nimport java.nio.file.*;\nimport java.util.zip.*;\n\npublic class PluginInstaller {\n    private final Path pluginsDir;\n\n    public PluginInstaller(Path pluginsDir) {\n        this.pluginsDir = pluginsDir.toAbsolutePath().normalize();\n    }\n\n    public int install(InputStream upload) throws IOException {\n        int count = 0;\n        try (ZipInputStream zis = new ZipInputStream(upload)) {\n            ZipEntry entry;\n            while ((entry = zis.getNextEntry()) != null) {\n                Path out = pluginsDir.resolve(entry.getName()).normalize();\n                if (!out.startsWith(pluginsDir)) {\n                    throw new IOException(\"entry outside target dir: \" + entry.getName());\n                }\n                if (entry.isDirectory()) {\n                    Files.createDirectories(out);\n                } else {\n                    Files.createDirectories(out.getParent());\n                    Files.copy(zis, out, StandardCopyOption.REPLACE_EXISTING);\n                    count++;\n                }\n            }\n        }\n        return count;\n    }\n}\n"
 },
 {
  "name": "j2_cipher_field",
  "kind": "safe",
  "lang": "java",
  "cwe": 327,
  "wave": 2,
  "code": "import java.nio.ByteBuffer;\nimport java.nio.charset.StandardCharsets;\nimport java.security.SecureRandom;\nimport java.util.Base64;\nimport javax.crypto.Cipher;\nimport javax.crypto.SecretKey;\nimport javax.crypto.spec.GCMParameterSpec;\n\npublic class CardTokenizer {\n    private static final SecureRandom RNG = new SecureRandom();\n    private final String transformation;\n    private final SecretKey key;\n\n    public CardTokenizer(SecretKey key) {\n        this.key = key;\n        this.transformation = \"AES/GCM/NoPadding\";\n    }\n\n    public String tokenize(String pan) throws Exception {\n        byte[] iv = new byte[12];\n        RNG.nextBytes(iv);\n        Cipher cipher = Cipher.getInstance(transformation);\n        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));\n        byte[] ct = cipher.doFinal(pan.getBytes(StandardCharsets.UTF_8));\n        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + ct.length).put(iv).put(ct).array());\n    }\n}\n"
 },
 {
  "name": "j2_session_id",
  "kind": "safe",
  "lang": "java",
  "cwe": 330,
  "wave": 2,
  "code": "import java.security.SecureRandom;\nimport java.util.HexFormat;\nimport javax.servlet.http.*;\n\npublic class ApiSessionServlet extends HttpServlet {\n\n    static final class Ids {\n        private static final SecureRandom RNG = new SecureRandom();\n        static String next() {\n            byte[] b = new byte[24];\n            RNG.nextBytes(b);\n            return HexFormat.of().formatHex(b);\n        }\n    }\n\n    @Override\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        String sessionId = Ids.next();\n        Cookie c = new Cookie(\"api_session\", sessionId);\n        c.setHttpOnly(true);\n        c.setSecure(true);\n        resp.addCookie(c);\n        resp.setStatus(204);\n    }\n}\n"
 },
 {
  "name": "j2_reflection_type",
  "kind": "safe",
  "lang": "java",
  "cwe": 470,
  "wave": 2,
  "code": "import java.util.Map;\nimport java.util.function.Supplier;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class ExportFormatController {\n\n    public interface Exporter { byte[] export(Map<String, Object> data); }\n    static class CsvExporter implements Exporter { public byte[] export(Map<String, Object> d) { return new byte[0]; } }\n    static class JsonExporter implements Exporter { public byte[] export(Map<String, Object> d) { return new byte[0]; } }\n\n    private static final Map<String, Supplier<Exporter>> EXPORTERS = Map.of(\n        \"csv\", CsvExporter::new,\n        \"json\", JsonExporter::new);\n\n    @PostMapping(\"/export/{type}\")\n    public byte[] export(@PathVariable String type, @RequestBody Map<String, Object> data) {\n        Supplier<Exporter> factory = EXPORTERS.get(type);\n        if (factory == null) {\n            throw new IllegalArgumentException(\"unknown export type\");\n        }\n        return factory.get().export(data);\n    }\n}\n"
 },
 {
  "name": "j2_cookie_map_session",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "wave": 2,
  "code": "import java.io.IOException;\nimport java.util.*;\nimport javax.servlet.http.*;\n\npublic class ThemeServlet extends HttpServlet {\n    private static final Set<String> THEMES = Set.of(\"light\", \"dark\", \"contrast\");\n\n    @Override\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        Map<String, String> prefs = new HashMap<>();\n        if (req.getCookies() != null) {\n            for (Cookie c : req.getCookies()) {\n                prefs.put(c.getName(), c.getValue());\n            }\n        }\n        String theme = prefs.getOrDefault(\"theme\", \"light\");\n        if (!THEMES.contains(theme)) {\n            theme = \"light\";\n        }\n        HttpSession session = req.getSession();\n        session.setAttribute(\"theme\", theme);\n        resp.sendRedirect(\"/\");\n    }\n}\n"
 },
 {
  "name": "j2_yaml_cookie",
  "kind": "safe",
  "lang": "java",
  "cwe": 502,
  "wave": 2,
  "code": "import java.util.Base64;\nimport java.util.Map;\nimport java.nio.charset.StandardCharsets;\nimport org.springframework.web.bind.annotation.*;\nimport org.yaml.snakeyaml.LoaderOptions;\nimport org.yaml.snakeyaml.Yaml;\nimport org.yaml.snakeyaml.constructor.SafeConstructor;\n\n@RestController\npublic class PreferencesController {\n\n    private Map<String, Object> decodePrefs(String cookieValue) {\n        String yamlText = new String(Base64.getDecoder().decode(cookieValue), StandardCharsets.UTF_8);\n        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));\n        return yaml.load(yamlText);\n    }\n\n    @GetMapping(\"/prefs\")\n    public Object prefs(@CookieValue(value = \"prefs\", required = false) String prefs) {\n        if (prefs == null) {\n            return \"{}\";\n        }\n        return decodePrefs(prefs);\n    }\n}\n"
 },
 {
  "name": "j2_model_attr",
  "kind": "safe",
  "lang": "java",
  "cwe": 601,
  "wave": 2,
  "code": "import org.springframework.stereotype.Controller;\nimport org.springframework.web.bind.annotation.*;\n\n@Controller\npublic class SsoController {\n\n    public static class SsoForm {\n        private String user;\n        private String continueUrl;\n        public String getUser() { return user; }\n        public void setUser(String user) { this.user = user; }\n        public String getContinueUrl() { return continueUrl; }\n        public void setContinueUrl(String continueUrl) { this.continueUrl = continueUrl; }\n    }\n\n    @PostMapping(\"/sso/complete\")\n    public String complete(@ModelAttribute SsoForm form) {\n        String next = form.getContinueUrl();\n        boolean local = next != null && next.matches(\"^/[A-Za-z0-9/_-]*$\");\n        return \"redirect:\" + (local ? next : \"/home\");\n    }\n}\n"
 },
 {
  "name": "j2_transformer",
  "kind": "safe",
  "lang": "java",
  "cwe": 611,
  "wave": 2,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\nimport javax.xml.XMLConstants;\nimport javax.xml.transform.*;\nimport javax.xml.transform.stream.*;\n\npublic class ReportXsltServlet extends HttpServlet {\n    private static final File XSL = new File(\"/srv/reports/default.xsl\");\n\n    private Transformer transformer() throws TransformerConfigurationException {\n        TransformerFactory tf = TransformerFactory.newInstance();\n        tf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);\n        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, \"\");\n        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, \"\");\n        return tf.newTransformer(new StreamSource(XSL));\n    }\n\n    @Override\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        try {\n            Transformer t = transformer();\n            resp.setContentType(\"text/html\");\n            t.transform(new StreamSource(new File(\"/srv/reports/latest.xml\")), new StreamResult(resp.getOutputStream()));\n        } catch (Exception e) {\n            resp.sendError(500);\n        }\n    }\n}\n"
 },
 {
  "name": "j2_jndi_trycatch",
  "kind": "safe",
  "lang": "java",
  "cwe": 74,
  "wave": 2,
  "code": "import java.io.IOException;\nimport java.util.Map;\nimport javax.naming.InitialContext;\nimport javax.naming.NamingException;\nimport javax.servlet.http.*;\nimport javax.sql.DataSource;\n\npublic class DataSourceProbeServlet extends HttpServlet {\n    private static final Map<String, String> DATASOURCES = Map.of(\n        \"orders\", \"java:comp/env/jdbc/orders\",\n        \"billing\", \"java:comp/env/jdbc/billing\");\n\n    @Override\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String name = DATASOURCES.getOrDefault(req.getParameter(\"ds\"), \"java:comp/env/jdbc/orders\");\n        try {\n            DataSource ds = (DataSource) new InitialContext().lookup(name);\n            resp.getWriter().println(ds != null ? \"up\" : \"missing\");\n        } catch (NamingException e) {\n            resp.sendError(404);\n        }\n    }\n}\n"
 },
 {
  "name": "j2_alloc_header",
  "kind": "safe",
  "lang": "java",
  "cwe": 789,
  "wave": 2,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\n\npublic class ChunkUploadServlet extends HttpServlet {\n    private static final int MAX_CHUNK = 8 * 1024 * 1024;\n\n    @Override\n    protected void doPut(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String declared = req.getHeader(\"X-Chunk-Size\");\n        int size = declared != null ? Integer.parseInt(declared.trim()) : 0;\n        if (size < 0 || size > MAX_CHUNK) {\n            resp.sendError(413);\n            return;\n        }\n        byte[] buffer = new byte[size];\n        try (DataInputStream in = new DataInputStream(req.getInputStream())) {\n            in.readFully(buffer);\n        }\n        resp.getWriter().println(buffer.length);\n    }\n}\n"
 },
 {
  "name": "j2_executor_lambda",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "wave": 2,
  "code": "import java.io.File;\nimport java.io.IOException;\nimport java.util.Set;\nimport java.util.concurrent.*;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class BackupController {\n    private static final Set<String> DATABASES = Set.of(\"orders\", \"billing\", \"catalog\");\n    private final ExecutorService pool = Executors.newFixedThreadPool(2);\n\n    @PostMapping(\"/backups\")\n    public String start(@RequestParam(\"db\") String database) {\n        if (!DATABASES.contains(database)) {\n            throw new IllegalArgumentException(\"unknown database\");\n        }\n        File archive = new File(\"/backups/\" + database + \".sql\");\n        pool.submit(() -> {\n            try {\n                new ProcessBuilder(\"pg_dump\", \"--file\", archive.getPath(), database).start();\n            } catch (IOException e) {\n                e.printStackTrace();\n            }\n        });\n        return \"queued\";\n    }\n}\n"
 },
 {
  "name": "j2_reader_lines",
  "kind": "safe",
  "lang": "java",
  "cwe": 79,
  "wave": 2,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\nimport org.owasp.encoder.Encode;\n\npublic class EchoNotesServlet extends HttpServlet {\n    @Override\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        StringBuffer html = new StringBuffer(\"<html><body><h2>Your notes</h2><ul>\");\n        BufferedReader reader = req.getReader();\n        String line;\n        while ((line = reader.readLine()) != null) {\n            if (line.isBlank()) continue;\n            html.append(\"<li>\").append(Encode.forHtml(line)).append(\"</li>\");\n        }\n        html.append(\"</ul></body></html>\");\n        resp.setContentType(\"text/html;charset=UTF-8\");\n        resp.getWriter().write(html.toString());\n    }\n}\n"
 },
 {
  "name": "j2_static_config",
  "kind": "safe",
  "lang": "java",
  "cwe": 89,
  "wave": 2,
  "code": "import java.io.IOException;\nimport java.sql.*;\nimport java.util.regex.Pattern;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class TenantFilter implements Filter {\n    private static final Pattern SCHEMA = Pattern.compile(\"^[a-z][a-z0-9_]{0,30}$\");\n    static String currentSchema = \"public\";\n\n    @Override\n    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {\n        HttpServletRequest http = (HttpServletRequest) request;\n        String tenant = http.getHeader(\"X-Tenant\");\n        if (tenant != null && SCHEMA.matcher(tenant).matches()) {\n            currentSchema = tenant;\n        }\n        chain.doFilter(request, response);\n    }\n\n    public static int countInvoices(Connection c) throws SQLException {\n        try (Statement st = c.createStatement();\n             ResultSet rs = st.executeQuery(\"SELECT count(*) FROM \" + currentSchema + \".invoices\")) {\n            rs.next();\n            return rs.getInt(1);\n        }\n    }\n}\n"
 },
 {
  "name": "j2_hasher_lambda",
  "kind": "safe",
  "lang": "java",
  "cwe": 916,
  "wave": 2,
  "code": "import java.util.function.Function;\nimport org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;\n\npublic class AccountService {\n    private static final BCryptPasswordEncoder ENCODER = new BCryptPasswordEncoder(12);\n    private final Function<String, String> passwordHasher = ENCODER::encode;\n    private final AccountRepository repo;\n\n    public AccountService(AccountRepository repo) {\n        this.repo = repo;\n    }\n\n    public void changePassword(long accountId, String newPassword) {\n        String hashed = passwordHasher.apply(newPassword);\n        repo.updatePasswordHash(accountId, hashed);\n    }\n\n    interface AccountRepository { void updatePasswordHash(long id, String hash); }\n}\n"
 },
 {
  "name": "j2_resttemplate_pojo",
  "kind": "safe",
  "lang": "java",
  "cwe": 918,
  "wave": 2,
  "code": "import java.net.URI;\nimport java.util.Set;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.web.client.RestTemplate;\n\n@RestController\npublic class WebhookTestController {\n    private static final Set<String> ALLOWED_HOSTS = Set.of(\"hooks.slack.com\", \"hooks.example.com\");\n    private final RestTemplate rest = new RestTemplate();\n\n    public static class WebhookConfig {\n        private String callbackUrl;\n        public String getCallbackUrl() { return callbackUrl; }\n        public void setCallbackUrl(String callbackUrl) { this.callbackUrl = callbackUrl; }\n    }\n\n    @PostMapping(\"/webhooks/test\")\n    public String test(@RequestBody WebhookConfig cfg) {\n        URI endpoint = URI.create(cfg.getCallbackUrl().trim());\n        if (!\"https\".equals(endpoint.getScheme()) || !ALLOWED_HOSTS.contains(endpoint.getHost())) {\n            throw new IllegalArgumentException(\"callback host not allowed\");\n        }\n        return rest.postForObject(endpoint, \"{\\\"event\\\":\\\"ping\\\"}\", String.class);\n    }\n}\n"
 },
 {
  "name": "j2_spel_header",
  "kind": "safe",
  "lang": "java",
  "cwe": 94,
  "wave": 2,
  "code": "import java.util.Map;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class SortController {\n    private static final Map<String, String> SORT_COLUMNS = Map.of(\n        \"date\", \"created_at\", \"amount\", \"total_cents\", \"customer\", \"customer_name\");\n\n    @GetMapping(\"/report/sort-key\")\n    public Object sortKey(@RequestHeader(\"X-Sort\") String sort, @RequestParam String field) {\n        String[] parts = sort.split(\":\");\n        String key = parts.length > 1 ? parts[1] : field;\n        String column = SORT_COLUMNS.getOrDefault(key, \"created_at\");\n        return Map.of(\"column\", column);\n    }\n}\n"
 },
 {
  "name": "s2_lodash_merge",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 1321,
  "wave": 2,
  "code": "const express = require('express');\nconst _ = require('lodash');\n\nconst app = express();\napp.use(express.json());\n\nconst defaults = { theme: 'light', notifications: { email: true, sms: false } };\nconst userSettings = new Map();\n\napp.patch('/settings/:uid', (req, res) => {\n  const current = userSettings.get(req.params.uid) || _.cloneDeep(defaults);\n  const patch = typeof req.body.patch === 'string' ? JSON.parse(req.body.patch) : req.body.patch;\n  const merged = {\n    theme: ['light', 'dark'].includes(patch.theme) ? patch.theme : current.theme,\n    notifications: {\n      email: typeof patch.notifications?.email === 'boolean' ? patch.notifications.email : current.notifications.email,\n      sms: typeof patch.notifications?.sms === 'boolean' ? patch.notifications.sms : current.notifications.sms,\n    },\n  };\n  userSettings.set(req.params.uid, merged);\n  res.json(merged);\n});\n\napp.listen(3000);\n"
 },
 {
  "name": "s2_http_querystring",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 22,
  "wave": 2,
  "code": "const http = require('http');\nconst fs = require('fs');\nconst url = require('url');\nconst querystring = require('querystring');\n\nconst LOG_DIR = '/var/log/myapp';\nconst DAY = /^\\d{4}-\\d{2}-\\d{2}$/;\n\nhttp.createServer((req, res) => {\n  const { query } = url.parse(req.url);\n  const params = querystring.parse(query || '');\n  const day = params.day || new Date().toISOString().slice(0, 10);\n  if (!DAY.test(day)) { res.statusCode = 400; return res.end(); }\n  const stream = fs.createReadStream(`${LOG_DIR}/${day}.log`);\n  stream.on('error', () => { res.statusCode = 404; res.end(); });\n  stream.pipe(res);\n}).listen(9000);\n"
 },
 {
  "name": "s2_class_static",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 338,
  "wave": 2,
  "code": "const { randomInt } = require('crypto');\n\nclass InviteCodes {\n  static alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';\n\n  static generate(length = 10) {\n    return Array.from({ length }, () => InviteCodes.alphabet[randomInt(InviteCodes.alphabet.length)]).join('');\n  }\n}\n\nasync function createInvite(db, orgId, email) {\n  const inviteCode = InviteCodes.generate();\n  await db.invites.insert({ orgId, email, code: inviteCode, expiresAt: Date.now() + 86400000 });\n  return inviteCode;\n}\n\nmodule.exports = { createInvite };\n"
 },
 {
  "name": "s2_jwt_decode",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 347,
  "wave": 2,
  "code": "const jwt = require('jsonwebtoken');\n\nfunction bearer(req) {\n  const h = req.headers.authorization || '';\n  return h.startsWith('Bearer ') ? h.slice(7) : null;\n}\n\nmodule.exports = function requireAdmin(req, res, next) {\n  const token = bearer(req);\n  if (!token) return res.sendStatus(401);\n  let claims;\n  try {\n    claims = jwt.verify(token, process.env.JWT_PUBLIC_KEY, { algorithms: ['RS256'], issuer: 'auth.example.com' });\n  } catch (e) {\n    return res.sendStatus(401);\n  }\n  if (claims.role !== 'admin') return res.sendStatus(403);\n  req.user = { id: claims.sub, role: claims.role };\n  next();\n};\n"
 },
 {
  "name": "s2_dom_location",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 601,
  "wave": 2,
  "code": "// after the OAuth popup finishes, send the user back to where they started\n(function () {\n  const params = new URLSearchParams(window.location.search);\n  const state = params.get('state') || '';\n  let returnPath = '/';\n  try {\n    const decoded = JSON.parse(atob(state));\n    returnPath = decoded.returnTo || '/';\n  } catch (e) {\n    returnPath = '/';\n  }\n  const target = new URL(returnPath, window.location.origin);\n  window.location.href = target.origin === window.location.origin ? target.pathname + target.search : '/';\n})();\n"
 },
 {
  "name": "s2_cookie_opts",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 614,
  "wave": 2,
  "code": "const express = require('express');\nconst crypto = require('crypto');\n\nconst app = express();\nconst cookieDefaults = { path: '/', maxAge: 7 * 24 * 3600 * 1000, httpOnly: true, secure: true };\n\nfunction setSession(res, id) {\n  res.cookie('sid', id, { ...cookieDefaults, sameSite: 'lax' });\n}\n\napp.post('/login', express.urlencoded({ extended: false }), (req, res) => {\n  const sid = crypto.randomBytes(32).toString('hex');\n  setSession(res, sid);\n  res.redirect('/');\n});\n\napp.listen(3000);\n"
 },
 {
  "name": "s2_ws_message",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 78,
  "wave": 2,
  "code": "const { WebSocketServer } = require('ws');\nconst { spawn } = require('child_process');\nconst net = require('net');\n\nconst wss = new WebSocketServer({ port: 8081 });\n\nfunction runTool(tool, args, reply) {\n  const proc = spawn(tool, args);\n  proc.stdout.on('data', (chunk) => reply(chunk.toString()));\n  proc.on('close', (code) => reply(`exit ${code}`));\n}\n\nwss.on('connection', (socket) => {\n  socket.on('message', (data) => {\n    const msg = JSON.parse(data.toString());\n    if (msg.type === 'diag' && net.isIP(String(msg.host))) {\n      if (msg.tool === 'trace') runTool('traceroute', [msg.host], (line) => socket.send(line));\n      else runTool('ping', ['-c', '3', msg.host], (line) => socket.send(line));\n    }\n  });\n});\n"
 },
 {
  "name": "s2_ejs_unescaped",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 79,
  "wave": 2,
  "code": "const express = require('express');\nconst ejs = require('ejs');\n\nconst app = express();\nconst page = `<!doctype html>\n<h1>Search</h1>\n<p>You searched for: <%= term %></p>\n<ul><% results.forEach(function (r) { %><li><%= r %></li><% }) %></ul>`;\n\napp.get('/search', (req, res) => {\n  const term = [req.query.q, req.query.category].filter(Boolean).join(' in ');\n  const results = [];\n  res.send(ejs.render(page, { term, results }));\n});\n\napp.listen(3000);\n"
 },
 {
  "name": "s2_insertadjacent",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 79,
  "wave": 2,
  "code": "// comments widget: loads comments for the current article and renders them\nasync function loadComments(articleId) {\n  const res = await fetch(`/api/articles/${encodeURIComponent(articleId)}/comments`);\n  return res.json();\n}\n\nfunction commentNode({ author, body, postedAt }) {\n  const el = document.createElement('article');\n  el.className = 'comment';\n  const h = document.createElement('h4');\n  h.textContent = author;\n  const t = document.createElement('time');\n  t.textContent = postedAt;\n  const p = document.createElement('p');\n  p.textContent = body;\n  el.append(h, t, p);\n  return el;\n}\n\ndocument.addEventListener('DOMContentLoaded', async () => {\n  const list = document.querySelector('#comments');\n  const hashId = decodeURIComponent(location.hash.slice(1));\n  const comments = await loadComments(hashId || list.dataset.article);\n  for (const c of comments) {\n    list.append(commentNode(c));\n  }\n  const count = document.createElement('p');\n  count.className = 'count';\n  count.textContent = `Comments on ${hashId}`;\n  list.prepend(count);\n});\n"
 },
 {
  "name": "s2_then_chain",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 89,
  "wave": 2,
  "code": "const express = require('express');\nconst { Sequelize, QueryTypes } = require('sequelize');\n\nconst sequelize = new Sequelize(process.env.DATABASE_URL);\nconst router = express.Router();\nconst SORTABLE = new Set(['created_at', 'title', 'status']);\n\nfunction loadUser(id) {\n  return sequelize.query('SELECT id, org FROM users WHERE id = :id', { replacements: { id }, type: QueryTypes.SELECT });\n}\n\nrouter.get('/reports/:userId', (req, res, next) => {\n  const sortBy = SORTABLE.has(req.query.sort) ? req.query.sort : 'created_at';\n  loadUser(req.params.userId)\n    .then(([user]) => sequelize.query(`SELECT * FROM reports WHERE org = :org ORDER BY ${sortBy}`, { replacements: { org: user.org }, type: QueryTypes.SELECT }))\n    .then((rows) => res.json(rows))\n    .catch(next);\n});\n\nmodule.exports = router;\n"
 },
 {
  "name": "s2_emitter_payload",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 918,
  "wave": 2,
  "code": "const EventEmitter = require('events');\nconst https = require('https');\nconst express = require('express');\n\nconst bus = new EventEmitter();\nconst app = express();\napp.use(express.json());\nconst GRAVATAR = 'https://www.gravatar.com/avatar/';\n\nbus.on('avatar.import', ({ userId, hash }) => {\n  https.get(GRAVATAR + hash + '?s=256', (resp) => {\n    const chunks = [];\n    resp.on('data', (c) => chunks.push(c));\n    resp.on('end', () => console.log(`avatar for ${userId}: ${Buffer.concat(chunks).length} bytes`));\n  });\n});\n\napp.post('/me/avatar/import', (req, res) => {\n  const hash = String(req.body.emailHash || '');\n  if (!/^[a-f0-9]{32}$/.test(hash)) return res.sendStatus(400);\n  bus.emit('avatar.import', { userId: req.user.id, hash });\n  res.sendStatus(202);\n});\n\napp.listen(3000);\n"
 },
 {
  "name": "s2_vm_reduce",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 95,
  "wave": 2,
  "code": "const express = require('express');\n\nconst app = express();\napp.use(express.json());\n\nconst OPS = { '+': (a, b) => a + b, '-': (a, b) => a - b, '*': (a, b) => a * b };\n\napp.post('/calc', (req, res) => {\n  const terms = Array.isArray(req.body.terms) ? req.body.terms : [];\n  let result = 0;\n  for (const t of terms) {\n    const op = Object.hasOwn(OPS, t.op) ? OPS[t.op] : OPS['+'];\n    const value = Number(t.value);\n    if (!Number.isFinite(value)) return res.status(400).json({ error: 'bad term' });\n    result = op(result, value);\n  }\n  res.json({ result });\n});\n\napp.listen(3000);\n"
 },
 {
  "name": "j2_header_switch",
  "kind": "vuln",
  "lang": "java",
  "cwe": 113,
  "wave": 2,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\n\npublic class LocaleServlet extends HttpServlet {\n    @Override\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String lang = req.getParameter(\"lang\");\n        String value = switch (lang == null ? \"\" : lang) {\n            case \"\" -> \"en\";\n            case \"default\" -> \"en-US\";\n            default -> lang;\n        };\n        resp.setHeader(\"Content-Language\", value);\n        resp.addHeader(\"Set-Cookie\", \"lang=\" + value + \"; Path=/; HttpOnly; Secure\");\n        resp.getWriter().println(\"ok\");\n    }\n}\n"
 },
 {
  "name": "j2_strip_dots",
  "kind": "vuln",
  "lang": "java",
  "cwe": 22,
  "wave": 2,
  "code": "import java.io.*;\nimport org.springframework.core.io.FileSystemResource;\nimport org.springframework.core.io.Resource;\nimport org.springframework.http.ResponseEntity;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class ThemeController {\n    private static final String THEMES = \"/opt/app/themes/\";\n\n    @GetMapping(\"/themes/{name}/{file}\")\n    public ResponseEntity<Resource> asset(@PathVariable String name, @PathVariable String file) {\n        String cleaned = file.replace(\"../\", \"\");\n        File f = new File(THEMES + name + \"/\" + cleaned);\n        if (!f.isFile()) {\n            return ResponseEntity.notFound().build();\n        }\n        return ResponseEntity.ok(new FileSystemResource(f));\n    }\n}\n"
 },
 {
  "name": "j2_zip_entries",
  "kind": "vuln",
  "lang": "java",
  "cwe": 22,
  "wave": 2,
  "code": "import java.io.*;\nimport java.nio.file.*;\nimport java.util.zip.*;\n\npublic class PluginInstaller {\n    private final Path pluginsDir;\n\n    public PluginInstaller(Path pluginsDir) {\n        this.pluginsDir = pluginsDir;\n    }\n\n    public int install(InputStream upload) throws IOException {\n        int count = 0;\n        try (ZipInputStream zis = new ZipInputStream(upload)) {\n            ZipEntry entry;\n            while ((entry = zis.getNextEntry()) != null) {\n                String entryName = entry.getName();\n                Path out = pluginsDir.resolve(entryName);\n                if (entry.isDirectory()) {\n                    Files.createDirectories(out);\n                } else {\n                    Files.createDirectories(out.getParent());\n                    Files.copy(zis, out, StandardCopyOption.REPLACE_EXISTING);\n                    count++;\n                }\n            }\n        }\n        return count;\n    }\n}\n"
 },
 {
  "name": "j2_cipher_field",
  "kind": "vuln",
  "lang": "java",
  "cwe": 327,
  "wave": 2,
  "code": "import java.nio.charset.StandardCharsets;\nimport java.util.Base64;\nimport javax.crypto.Cipher;\nimport javax.crypto.SecretKey;\n\npublic class CardTokenizer {\n    private final String transformation;\n    private final SecretKey key;\n\n    public CardTokenizer(SecretKey key) {\n        this.key = key;\n        this.transformation = \"DESede/ECB/PKCS5Padding\";\n    }\n\n    public String tokenize(String pan) throws Exception {\n        Cipher cipher = Cipher.getInstance(transformation);\n        cipher.init(Cipher.ENCRYPT_MODE, key);\n        return Base64.getEncoder().encodeToString(cipher.doFinal(pan.getBytes(StandardCharsets.UTF_8)));\n    }\n}\n"
 },
 {
  "name": "j2_session_id",
  "kind": "vuln",
  "lang": "java",
  "cwe": 330,
  "wave": 2,
  "code": "import java.util.concurrent.ThreadLocalRandom;\nimport javax.servlet.http.*;\n\npublic class ApiSessionServlet extends HttpServlet {\n\n    static final class Ids {\n        static String next() {\n            long hi = ThreadLocalRandom.current().nextLong();\n            long lo = System.nanoTime();\n            return Long.toHexString(hi) + Long.toHexString(lo);\n        }\n    }\n\n    @Override\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        String sessionId = Ids.next();\n        Cookie c = new Cookie(\"api_session\", sessionId);\n        c.setHttpOnly(true);\n        c.setSecure(true);\n        resp.addCookie(c);\n        resp.setStatus(204);\n    }\n}\n"
 },
 {
  "name": "j2_reflection_type",
  "kind": "vuln",
  "lang": "java",
  "cwe": 470,
  "wave": 2,
  "code": "import java.util.Map;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class ExportFormatController {\n\n    public interface Exporter { byte[] export(Map<String, Object> data); }\n\n    @PostMapping(\"/export/{type}\")\n    public byte[] export(@PathVariable String type, @RequestBody Map<String, Object> data) throws Exception {\n        String className = \"com.example.export.\" + Character.toUpperCase(type.charAt(0)) + type.substring(1) + \"Exporter\";\n        Class<?> cls = Class.forName(className);\n        Exporter exporter = (Exporter) cls.getDeclaredConstructor().newInstance();\n        return exporter.export(data);\n    }\n}\n"
 },
 {
  "name": "j2_cookie_map_session",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "wave": 2,
  "code": "import java.io.IOException;\nimport java.util.*;\nimport javax.servlet.http.*;\n\npublic class ThemeServlet extends HttpServlet {\n    @Override\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        Map<String, String> prefs = new HashMap<>();\n        if (req.getCookies() != null) {\n            for (Cookie c : req.getCookies()) {\n                prefs.put(c.getName(), c.getValue());\n            }\n        }\n        HttpSession session = req.getSession();\n        session.setAttribute(\"theme\", prefs.getOrDefault(\"theme\", \"light\"));\n        resp.sendRedirect(\"/\");\n    }\n}\n"
 },
 {
  "name": "j2_yaml_cookie",
  "kind": "vuln",
  "lang": "java",
  "cwe": 502,
  "wave": 2,
  "low": true,
  "code": "import java.util.Base64;\nimport java.nio.charset.StandardCharsets;\nimport org.springframework.web.bind.annotation.*;\nimport org.yaml.snakeyaml.Yaml;\n\n@RestController\npublic class PreferencesController {\n\n    private Object decodePrefs(String cookieValue) {\n        String yamlText = new String(Base64.getDecoder().decode(cookieValue), StandardCharsets.UTF_8);\n        Yaml yaml = new Yaml();\n        return yaml.load(yamlText);\n    }\n\n    @GetMapping(\"/prefs\")\n    public Object prefs(@CookieValue(value = \"prefs\", required = false) String prefs) {\n        if (prefs == null) {\n            return \"{}\";\n        }\n        return decodePrefs(prefs);\n    }\n}\n"
 },
 {
  "name": "j2_model_attr",
  "kind": "vuln",
  "lang": "java",
  "cwe": 601,
  "wave": 2,
  "code": "import org.springframework.stereotype.Controller;\nimport org.springframework.web.bind.annotation.*;\n\n@Controller\npublic class SsoController {\n\n    public static class SsoForm {\n        private String user;\n        private String continueUrl;\n        public String getUser() { return user; }\n        public void setUser(String user) { this.user = user; }\n        public String getContinueUrl() { return continueUrl; }\n        public void setContinueUrl(String continueUrl) { this.continueUrl = continueUrl; }\n    }\n\n    @PostMapping(\"/sso/complete\")\n    public String complete(@ModelAttribute SsoForm form) {\n        String next = form.getContinueUrl();\n        if (next == null || next.isEmpty()) {\n            next = \"/home\";\n        }\n        return \"redirect:\" + next;\n    }\n}\n"
 },
 {
  "name": "j2_transformer",
  "kind": "vuln",
  "lang": "java",
  "cwe": 611,
  "wave": 2,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\nimport javax.xml.transform.*;\nimport javax.xml.transform.stream.*;\n\npublic class ReportXsltServlet extends HttpServlet {\n\n    private Transformer transformerFor(InputStream xsl) throws TransformerConfigurationException {\n        TransformerFactory tf = TransformerFactory.newInstance();\n        return tf.newTransformer(new StreamSource(xsl));\n    }\n\n    @Override\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        try (InputStream xsl = req.getPart(\"stylesheet\").getInputStream()) {\n            Transformer t = transformerFor(xsl);\n            resp.setContentType(\"text/html\");\n            t.transform(new StreamSource(new File(\"/srv/reports/latest.xml\")), new StreamResult(resp.getOutputStream()));\n        } catch (Exception e) {\n            resp.sendError(400);\n        }\n    }\n}\n"
 },
 {
  "name": "j2_jndi_trycatch",
  "kind": "vuln",
  "lang": "java",
  "cwe": 74,
  "wave": 2,
  "low": true,
  "code": "import java.io.IOException;\nimport java.net.URLDecoder;\nimport java.nio.charset.StandardCharsets;\nimport javax.naming.InitialContext;\nimport javax.naming.NamingException;\nimport javax.servlet.http.*;\nimport javax.sql.DataSource;\n\npublic class DataSourceProbeServlet extends HttpServlet {\n    @Override\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String name;\n        try {\n            name = URLDecoder.decode(req.getParameter(\"ds\"), StandardCharsets.UTF_8);\n        } catch (RuntimeException e) {\n            name = \"java:comp/env/jdbc/default\";\n        }\n        try {\n            DataSource ds = (DataSource) new InitialContext().lookup(name);\n            resp.getWriter().println(ds != null ? \"up\" : \"missing\");\n        } catch (NamingException e) {\n            resp.sendError(404);\n        }\n    }\n}\n"
 },
 {
  "name": "j2_alloc_header",
  "kind": "vuln",
  "lang": "java",
  "cwe": 789,
  "wave": 2,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\n\npublic class ChunkUploadServlet extends HttpServlet {\n    @Override\n    protected void doPut(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String declared = req.getHeader(\"X-Chunk-Size\");\n        int size = declared != null ? Integer.parseInt(declared.trim()) : 0;\n        byte[] buffer = new byte[size];\n        try (DataInputStream in = new DataInputStream(req.getInputStream())) {\n            in.readFully(buffer);\n        }\n        resp.getWriter().println(buffer.length);\n    }\n}\n"
 },
 {
  "name": "j2_executor_lambda",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "wave": 2,
  "code": "import java.io.IOException;\nimport java.util.concurrent.*;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class BackupController {\n    private final ExecutorService pool = Executors.newFixedThreadPool(2);\n\n    @PostMapping(\"/backups\")\n    public String start(@RequestParam(\"db\") String database, @RequestParam(value = \"label\", defaultValue = \"manual\") String label) {\n        String archive = \"/backups/\" + database + \"-\" + label + \".sql.gz\";\n        pool.submit(() -> {\n            try {\n                Runtime.getRuntime().exec(\"sh -c 'pg_dump \" + database + \" | gzip > \" + archive + \"'\");\n            } catch (IOException e) {\n                e.printStackTrace();\n            }\n        });\n        return \"queued\";\n    }\n}\n"
 },
 {
  "name": "j2_reader_lines",
  "kind": "vuln",
  "lang": "java",
  "cwe": 79,
  "wave": 2,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\n\npublic class EchoNotesServlet extends HttpServlet {\n    @Override\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        StringBuffer html = new StringBuffer(\"<html><body><h2>Your notes</h2><ul>\");\n        BufferedReader reader = req.getReader();\n        String line;\n        while ((line = reader.readLine()) != null) {\n            if (line.isBlank()) continue;\n            html.append(\"<li>\").append(line).append(\"</li>\");\n        }\n        html.append(\"</ul></body></html>\");\n        resp.setContentType(\"text/html;charset=UTF-8\");\n        resp.getWriter().write(html.toString());\n    }\n}\n"
 },
 {
  "name": "j2_static_config",
  "kind": "vuln",
  "lang": "java",
  "cwe": 89,
  "wave": 2,
  "code": "import java.io.IOException;\nimport java.sql.*;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class TenantFilter implements Filter {\n    static String currentSchema = \"public\";\n\n    @Override\n    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {\n        HttpServletRequest http = (HttpServletRequest) request;\n        String tenant = http.getHeader(\"X-Tenant\");\n        if (tenant != null) {\n            currentSchema = tenant;\n        }\n        chain.doFilter(request, response);\n    }\n\n    public static int countInvoices(Connection c) throws SQLException {\n        try (Statement st = c.createStatement();\n             ResultSet rs = st.executeQuery(\"SELECT count(*) FROM \" + currentSchema + \".invoices\")) {\n            rs.next();\n            return rs.getInt(1);\n        }\n    }\n}\n"
 },
 {
  "name": "j2_hasher_lambda",
  "kind": "vuln",
  "lang": "java",
  "cwe": 916,
  "wave": 2,
  "code": "import java.util.function.Function;\nimport org.apache.commons.codec.digest.DigestUtils;\n\npublic class AccountService {\n    private final Function<String, String> passwordHasher = pw -> DigestUtils.sha1Hex(\"s4lt:\" + pw);\n    private final AccountRepository repo;\n\n    public AccountService(AccountRepository repo) {\n        this.repo = repo;\n    }\n\n    public void changePassword(long accountId, String newPassword) {\n        String hashed = passwordHasher.apply(newPassword);\n        repo.updatePasswordHash(accountId, hashed);\n    }\n\n    interface AccountRepository { void updatePasswordHash(long id, String hash); }\n}\n"
 },
 {
  "name": "j2_resttemplate_pojo",
  "kind": "vuln",
  "lang": "java",
  "cwe": 918,
  "wave": 2,
  "code": "import org.springframework.web.bind.annotation.*;\nimport org.springframework.web.client.RestTemplate;\n\n@RestController\npublic class WebhookTestController {\n    private final RestTemplate rest = new RestTemplate();\n\n    public static class WebhookConfig {\n        private String callbackUrl;\n        private String secret;\n        public String getCallbackUrl() { return callbackUrl; }\n        public void setCallbackUrl(String callbackUrl) { this.callbackUrl = callbackUrl; }\n        public String getSecret() { return secret; }\n        public void setSecret(String secret) { this.secret = secret; }\n    }\n\n    @PostMapping(\"/webhooks/test\")\n    public String test(@RequestBody WebhookConfig cfg) {\n        String endpoint = cfg.getCallbackUrl().trim();\n        return rest.postForObject(endpoint, \"{\\\"event\\\":\\\"ping\\\"}\", String.class);\n    }\n}\n"
 },
 {
  "name": "j2_spel_header",
  "kind": "vuln",
  "lang": "java",
  "cwe": 94,
  "wave": 2,
  "code": "import org.springframework.expression.Expression;\nimport org.springframework.expression.ExpressionParser;\nimport org.springframework.expression.spel.standard.SpelExpressionParser;\nimport org.springframework.expression.spel.support.StandardEvaluationContext;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class SortController {\n    private final ExpressionParser parser = new SpelExpressionParser();\n\n    @GetMapping(\"/report/sort-key\")\n    public Object sortKey(@RequestHeader(\"X-Sort\") String sort, @RequestParam String field) {\n        String[] parts = sort.split(\":\");\n        String exprText = parts.length > 1 ? parts[1] : field;\n        Expression exp = parser.parseExpression(exprText);\n        return exp.getValue(new StandardEvaluationContext());\n    }\n}\n"
 },
 {
  "name": "s2_lodash_merge",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 1321,
  "wave": 2,
  "code": "const express = require('express');\nconst _ = require('lodash');\n\nconst app = express();\napp.use(express.json());\n\nconst defaults = { theme: 'light', notifications: { email: true, sms: false } };\nconst userSettings = new Map();\n\napp.patch('/settings/:uid', (req, res) => {\n  const current = userSettings.get(req.params.uid) || _.cloneDeep(defaults);\n  const patch = typeof req.body.patch === 'string' ? JSON.parse(req.body.patch) : req.body.patch;\n  const merged = _.merge(current, patch);\n  userSettings.set(req.params.uid, merged);\n  res.json(merged);\n});\n\napp.listen(3000);\n"
 },
 {
  "name": "s2_http_querystring",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 22,
  "wave": 2,
  "code": "const http = require('http');\nconst fs = require('fs');\nconst url = require('url');\nconst querystring = require('querystring');\n\nconst LOG_DIR = '/var/log/myapp';\n\nhttp.createServer((req, res) => {\n  const { query } = url.parse(req.url);\n  const params = querystring.parse(query || '');\n  const day = params.day || new Date().toISOString().slice(0, 10);\n  const stream = fs.createReadStream(`${LOG_DIR}/${day}.log`);\n  stream.on('error', () => { res.statusCode = 404; res.end(); });\n  stream.pipe(res);\n}).listen(9000);\n"
 },
 {
  "name": "s2_class_static",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 338,
  "wave": 2,
  "code": "class InviteCodes {\n  static alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';\n\n  static generate(length = 10) {\n    return Array.from({ length }, () => InviteCodes.alphabet[Math.floor(Math.random() * InviteCodes.alphabet.length)]).join('');\n  }\n}\n\nasync function createInvite(db, orgId, email) {\n  const inviteCode = InviteCodes.generate();\n  await db.invites.insert({ orgId, email, code: inviteCode, expiresAt: Date.now() + 86400000 });\n  return inviteCode;\n}\n\nmodule.exports = { createInvite };\n"
 },
 {
  "name": "s2_jwt_decode",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 347,
  "wave": 2,
  "code": "const jwt = require('jsonwebtoken');\n\nfunction bearer(req) {\n  const h = req.headers.authorization || '';\n  return h.startsWith('Bearer ') ? h.slice(7) : null;\n}\n\nmodule.exports = function requireAdmin(req, res, next) {\n  const token = bearer(req);\n  if (!token) return res.sendStatus(401);\n  const claims = jwt.decode(token);\n  if (!claims || claims.role !== 'admin') return res.sendStatus(403);\n  req.user = { id: claims.sub, role: claims.role };\n  next();\n};\n"
 },
 {
  "name": "s2_dom_location",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 601,
  "wave": 2,
  "code": "// after the OAuth popup finishes, send the user back to where they started\n(function () {\n  const params = new URLSearchParams(window.location.search);\n  const state = params.get('state') || '';\n  let returnPath = '/';\n  try {\n    const decoded = JSON.parse(atob(state));\n    returnPath = decoded.returnTo || '/';\n  } catch (e) {\n    returnPath = '/';\n  }\n  window.location.href = returnPath;\n})();\n"
 },
 {
  "name": "s2_cookie_opts",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 614,
  "wave": 2,
  "code": "const express = require('express');\nconst crypto = require('crypto');\n\nconst app = express();\nconst cookieDefaults = { path: '/', maxAge: 7 * 24 * 3600 * 1000 };\n\nfunction setSession(res, id) {\n  res.cookie('sid', id, { ...cookieDefaults, sameSite: 'lax' });\n}\n\napp.post('/login', express.urlencoded({ extended: false }), (req, res) => {\n  const sid = crypto.randomBytes(32).toString('hex');\n  setSession(res, sid);\n  res.redirect('/');\n});\n\napp.listen(3000);\n"
 },
 {
  "name": "s2_ws_message",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 78,
  "wave": 2,
  "code": "const { WebSocketServer } = require('ws');\nconst { spawn } = require('child_process');\n\nconst wss = new WebSocketServer({ port: 8081 });\n\nfunction runTool(tool, target, reply) {\n  const proc = spawn(`${tool} ${target}`, { shell: true });\n  proc.stdout.on('data', (chunk) => reply(chunk.toString()));\n  proc.on('close', (code) => reply(`exit ${code}`));\n}\n\nwss.on('connection', (socket) => {\n  socket.on('message', (data) => {\n    const msg = JSON.parse(data.toString());\n    if (msg.type === 'diag') {\n      runTool(msg.tool === 'trace' ? 'traceroute' : 'ping -c 3', msg.host, (line) => socket.send(line));\n    }\n  });\n});\n"
 },
 {
  "name": "s2_ejs_unescaped",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 79,
  "wave": 2,
  "code": "const express = require('express');\nconst ejs = require('ejs');\n\nconst app = express();\nconst page = `<!doctype html>\n<h1>Search</h1>\n<p>You searched for: <%- term %></p>\n<ul><% results.forEach(function (r) { %><li><%= r %></li><% }) %></ul>`;\n\napp.get('/search', (req, res) => {\n  const term = [req.query.q, req.query.category].filter(Boolean).join(' in ');\n  const results = [];\n  res.send(ejs.render(page, { term, results }));\n});\n\napp.listen(3000);\n"
 },
 {
  "name": "s2_insertadjacent",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 79,
  "wave": 2,
  "code": "// comments widget: loads comments for the current article and renders them\nasync function loadComments(articleId) {\n  const res = await fetch(`/api/articles/${encodeURIComponent(articleId)}/comments`);\n  return res.json();\n}\n\nfunction commentHtml({ author, body, postedAt }) {\n  return `<article class=\"comment\"><h4>${author}</h4><time>${postedAt}</time><p>${body}</p></article>`;\n}\n\ndocument.addEventListener('DOMContentLoaded', async () => {\n  const list = document.querySelector('#comments');\n  const hashId = decodeURIComponent(location.hash.slice(1));\n  const comments = await loadComments(hashId || list.dataset.article);\n  for (const c of comments) {\n    list.insertAdjacentHTML('beforeend', commentHtml(c));\n  }\n  list.insertAdjacentHTML('afterbegin', `<p class=\"count\">Comments on ${hashId}</p>`);\n});\n"
 },
 {
  "name": "s2_then_chain",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 89,
  "wave": 2,
  "code": "const express = require('express');\nconst { Sequelize, QueryTypes } = require('sequelize');\n\nconst sequelize = new Sequelize(process.env.DATABASE_URL);\nconst router = express.Router();\n\nfunction loadUser(id) {\n  return sequelize.query('SELECT id, org FROM users WHERE id = :id', { replacements: { id }, type: QueryTypes.SELECT });\n}\n\nrouter.get('/reports/:userId', (req, res, next) => {\n  const sortBy = req.query.sort || 'created_at';\n  loadUser(req.params.userId)\n    .then(([user]) => `SELECT * FROM reports WHERE org = '${user.org}' ORDER BY ${sortBy}`)\n    .then((sql) => sequelize.query(sql, { type: QueryTypes.SELECT }))\n    .then((rows) => res.json(rows))\n    .catch(next);\n});\n\nmodule.exports = router;\n"
 },
 {
  "name": "s2_emitter_payload",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 918,
  "wave": 2,
  "code": "const EventEmitter = require('events');\nconst https = require('https');\nconst express = require('express');\n\nconst bus = new EventEmitter();\nconst app = express();\napp.use(express.json());\n\nbus.on('avatar.import', ({ userId, source }) => {\n  https.get(source, (resp) => {\n    const chunks = [];\n    resp.on('data', (c) => chunks.push(c));\n    resp.on('end', () => console.log(`avatar for ${userId}: ${Buffer.concat(chunks).length} bytes`));\n  });\n});\n\napp.post('/me/avatar/import', (req, res) => {\n  bus.emit('avatar.import', { userId: req.user.id, source: req.body.imageUrl });\n  res.sendStatus(202);\n});\n\napp.listen(3000);\n"
 },
 {
  "name": "s2_vm_reduce",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 95,
  "wave": 2,
  "code": "const express = require('express');\nconst vm = require('vm');\n\nconst app = express();\napp.use(express.json());\n\napp.post('/calc', (req, res) => {\n  const terms = Array.isArray(req.body.terms) ? req.body.terms : [];\n  const expression = terms.reduce((acc, t) => `${acc} ${t.op || '+'} ${t.value}`, '0');\n  try {\n    const result = vm.runInNewContext(expression, {}, { timeout: 50 });\n    res.json({ result });\n  } catch (e) {\n    res.status(400).json({ error: 'bad expression' });\n  }\n});\n\napp.listen(3000);\n"
 },
 {
  "name": "j3_env_iterator",
  "kind": "safe",
  "lang": "java",
  "cwe": 22,
  "wave": 3,
  "code": "import java.io.IOException;\nimport java.nio.file.*;\nimport java.util.*;\n\npublic class ReportCleaner {\n\n    public static void main(String[] args) throws IOException {\n        Path base = Paths.get(System.getenv().getOrDefault(\"REPORT_ROOT\", \"/srv/reports\")).toRealPath();\n        List<String> targets = new ArrayList<>(Arrays.asList(args));\n        Iterator<String> it = targets.iterator();\n        while (it.hasNext()) {\n            Path p = base.resolve(it.next()).normalize();\n            if (!p.startsWith(base)) {\n                System.err.println(\"skipping path outside \" + base);\n                continue;\n            }\n            Files.deleteIfExists(p);\n            System.out.println(\"deleted \" + p);\n        }\n    }\n}\n"
 },
 {
  "name": "j3_hostname_lambda",
  "kind": "safe",
  "lang": "java",
  "cwe": 295,
  "wave": 3,
  "code": "import java.io.InputStream;\nimport java.net.URL;\nimport javax.net.ssl.HttpsURLConnection;\n\npublic class LegacyPartnerSync {\n\n    public byte[] download(String path) throws Exception {\n        if (!path.matches(\"^/[A-Za-z0-9/_.-]*$\")) throw new IllegalArgumentException(\"bad path\");\n        HttpsURLConnection conn = (HttpsURLConnection) new URL(\"https://legacy-partner.example.net\" + path).openConnection();\n        try (InputStream in = conn.getInputStream()) {\n            return in.readAllBytes();\n        }\n    }\n}\n"
 },
 {
  "name": "j3_static_iv_field",
  "kind": "safe",
  "lang": "java",
  "cwe": 329,
  "wave": 3,
  "code": "import java.nio.ByteBuffer;\nimport java.nio.charset.StandardCharsets;\nimport java.security.SecureRandom;\nimport java.util.Base64;\nimport javax.crypto.Cipher;\nimport javax.crypto.spec.GCMParameterSpec;\nimport javax.crypto.spec.SecretKeySpec;\n\npublic class FieldEncryptor {\n    private static final SecureRandom RNG = new SecureRandom();\n    private final SecretKeySpec key;\n\n    public FieldEncryptor(byte[] keyBytes) {\n        this.key = new SecretKeySpec(keyBytes, \"AES\");\n    }\n\n    private Cipher cipher(int mode, byte[] iv) throws Exception {\n        Cipher c = Cipher.getInstance(\"AES/GCM/NoPadding\");\n        c.init(mode, key, new GCMParameterSpec(128, iv));\n        return c;\n    }\n\n    public String encrypt(String plain) throws Exception {\n        byte[] iv = new byte[12];\n        RNG.nextBytes(iv);\n        byte[] ct = cipher(Cipher.ENCRYPT_MODE, iv).doFinal(plain.getBytes(StandardCharsets.UTF_8));\n        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + ct.length).put(iv).put(ct).array());\n    }\n}\n"
 },
 {
  "name": "j3_seeded_apikey",
  "kind": "safe",
  "lang": "java",
  "cwe": 330,
  "wave": 3,
  "code": "import java.security.SecureRandom;\n\npublic final class ApiKeyFactory {\n    private final SecureRandom random;\n\n    private ApiKeyFactory(SecureRandom random) {\n        this.random = random;\n    }\n\n    public static ApiKeyFactory create() {\n        return new ApiKeyFactory(new SecureRandom());\n    }\n\n    public String newApiKey(String prefix) {\n        byte[] raw = new byte[24];\n        random.nextBytes(raw);\n        StringBuilder sb = new StringBuilder(prefix).append('_');\n        for (byte b : raw) sb.append(String.format(\"%02x\", b));\n        return sb.toString();\n    }\n}\n"
 },
 {
  "name": "j3_split_regex",
  "kind": "safe",
  "lang": "java",
  "cwe": 400,
  "wave": 3,
  "code": "import java.util.*;\nimport java.util.regex.Pattern;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class CsvPreviewController {\n\n    @PostMapping(value = \"/csv/preview\", consumes = \"text/plain\")\n    public List<List<String>> preview(@RequestBody String body, @RequestParam(defaultValue = \",\") String delimiter) {\n        String sep = Pattern.quote(delimiter);\n        List<List<String>> rows = new ArrayList<>();\n        for (String line : body.split(\"\\n\")) {\n            rows.add(Arrays.asList(line.split(sep)));\n            if (rows.size() >= 20) break;\n        }\n        return rows;\n    }\n}\n"
 },
 {
  "name": "j3_xmldecoder_upload",
  "kind": "safe",
  "lang": "java",
  "cwe": 502,
  "wave": 3,
  "code": "import java.io.*;\nimport java.nio.file.*;\nimport javax.servlet.ServletException;\nimport javax.servlet.annotation.MultipartConfig;\nimport javax.servlet.http.*;\nimport com.fasterxml.jackson.dataformat.xml.XmlMapper;\n\n@MultipartConfig\npublic class LayoutImportServlet extends HttpServlet {\n    private static final Path STAGING = Paths.get(\"/var/app/staging\");\n    private static final XmlMapper XML = new XmlMapper();\n\n    public static class Layout { public String name; public int columns; }\n\n    @Override\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException {\n        Path staged = Files.createTempFile(STAGING, \"layout\", \".xml\");\n        try (InputStream in = req.getPart(\"layout\").getInputStream()) {\n            Files.copy(in, staged, StandardCopyOption.REPLACE_EXISTING);\n        }\n        Layout layout = load(staged);\n        resp.getWriter().println(layout.columns);\n    }\n\n    private Layout load(Path file) throws IOException {\n        try (InputStream in = Files.newInputStream(file)) {\n            return XML.readValue(in, Layout.class);\n        }\n    }\n}\n"
 },
 {
  "name": "j3_jaxrs_seeother",
  "kind": "safe",
  "lang": "java",
  "cwe": 601,
  "wave": 3,
  "code": "import java.net.URI;\nimport java.util.Set;\nimport javax.ws.rs.*;\nimport javax.ws.rs.core.Response;\n\n@Path(\"/auth\")\npublic class LogoutResource {\n    private static final Set<String> ALLOWED = Set.of(\"/\", \"/login\", \"/goodbye\");\n\n    private URI afterLogout(String requested) {\n        String target = requested != null && ALLOWED.contains(requested) ? requested : \"/\";\n        return URI.create(target);\n    }\n\n    @POST\n    @Path(\"/logout\")\n    public Response logout(@FormParam(\"redirect_uri\") String redirectUri) {\n        return Response.seeOther(afterLogout(redirectUri)).build();\n    }\n}\n"
 },
 {
  "name": "j3_sax_handler",
  "kind": "safe",
  "lang": "java",
  "cwe": 611,
  "wave": 3,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\nimport javax.xml.parsers.*;\nimport org.xml.sax.*;\nimport org.xml.sax.helpers.DefaultHandler;\n\npublic class FeedPingServlet extends HttpServlet {\n\n    static class TitleHandler extends DefaultHandler {\n        final StringBuilder titles = new StringBuilder();\n        private boolean inTitle;\n        @Override public void startElement(String uri, String local, String qName, Attributes atts) { inTitle = \"title\".equals(qName); }\n        @Override public void endElement(String uri, String local, String qName) { inTitle = false; }\n        @Override public void characters(char[] ch, int start, int length) { if (inTitle) titles.append(ch, start, length).append('\\n'); }\n    }\n\n    @Override\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        try {\n            SAXParserFactory spf = SAXParserFactory.newInstance();\n            spf.setFeature(\"http://apache.org/xml/features/disallow-doctype-decl\", true);\n            spf.setFeature(\"http://xml.org/sax/features/external-general-entities\", false);\n            spf.setFeature(\"http://xml.org/sax/features/external-parameter-entities\", false);\n            SAXParser parser = spf.newSAXParser();\n            TitleHandler h = new TitleHandler();\n            parser.parse(new InputSource(req.getReader()), h);\n            resp.setContentType(\"text/plain\");\n            resp.getWriter().print(h.titles.length());\n        } catch (ParserConfigurationException | SAXException e) {\n            resp.sendError(400);\n        }\n    }\n}\n"
 },
 {
  "name": "j3_main_builder",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "wave": 3,
  "gap": "new ProcessBuilder(cmd) with a List whose first element, the program, is the constant \"magick\" added in another method (a builder): the list of argv values is judged as a whole command from input",
  "code": "import java.io.IOException;\nimport java.util.ArrayList;\nimport java.util.List;\n\npublic class ImageConvert {\n\n    static final class Job {\n        private final List<String> parts = new ArrayList<>();\n\n        Job input(String path) { parts.add(path); return this; }\n        Job resize(String geometry) { parts.add(\"-resize\"); parts.add(geometry); return this; }\n        Job output(String path) { parts.add(path); return this; }\n\n        List<String> command() {\n            List<String> cmd = new ArrayList<>();\n            cmd.add(\"magick\");\n            cmd.addAll(parts);\n            return cmd;\n        }\n    }\n\n    public static void main(String[] args) throws IOException, InterruptedException {\n        if (args.length < 3) {\n            System.err.println(\"usage: ImageConvert <in> <geometry> <out>\");\n            System.exit(2);\n        }\n        List<String> cmd = new Job().input(args[0]).resize(args[1]).output(args[2]).command();\n        Process p = new ProcessBuilder(cmd).inheritIO().start();\n        System.exit(p.waitFor());\n    }\n}\n"
 },
 {
  "name": "j3_jaxrs_html_stream",
  "kind": "safe",
  "lang": "java",
  "cwe": 79,
  "wave": 3,
  "code": "import java.util.Arrays;\nimport java.util.stream.Collectors;\nimport javax.ws.rs.*;\nimport javax.ws.rs.core.*;\n\n@Path(\"/compare\")\npublic class CompareResource {\n\n    @GET\n    @Produces(MediaType.TEXT_HTML)\n    public String compare(@QueryParam(\"ids\") String ids, @Context HttpHeaders headers) {\n        String rows = Arrays.stream(ids.split(\",\"))\n            .map(String::trim)\n            .filter(s -> s.matches(\"\\\\d{1,9}\"))\n            .map(Long::parseLong)\n            .map(id -> \"<tr><td>\" + id + \"</td></tr>\")\n            .collect(Collectors.joining());\n        return \"<table>\" + rows + \"</table>\";\n    }\n}\n"
 },
 {
  "name": "j3_android_extra",
  "kind": "safe",
  "lang": "java",
  "cwe": 89,
  "wave": 3,
  "code": "import android.app.Activity;\nimport android.database.Cursor;\nimport android.database.sqlite.SQLiteDatabase;\nimport android.os.Bundle;\nimport java.util.ArrayList;\nimport java.util.List;\n\npublic class NoteSearchActivity extends Activity {\n    private SQLiteDatabase db;\n\n    @Override\n    protected void onCreate(Bundle savedInstanceState) {\n        super.onCreate(savedInstanceState);\n        String term = getIntent().getStringExtra(\"query\");\n        String tag = getIntent().getStringExtra(\"tag\");\n        StringBuilder where = new StringBuilder(\"title LIKE ?\");\n        List<String> args = new ArrayList<>();\n        args.add(\"%\" + term + \"%\");\n        if (tag != null) {\n            where.append(\" AND tag = ?\");\n            args.add(tag);\n        }\n        Cursor c = db.rawQuery(\"SELECT _id, title FROM notes WHERE \" + where, args.toArray(new String[0]));\n        c.close();\n    }\n}\n"
 },
 {
  "name": "j3_jaxrs_base",
  "kind": "safe",
  "lang": "java",
  "cwe": 89,
  "wave": 3,
  "code": "import java.sql.*;\nimport java.util.*;\nimport javax.ws.rs.*;\nimport javax.ws.rs.core.MediaType;\n\nabstract class BaseRepository {\n    protected final Connection conn;\n\n    protected BaseRepository(Connection conn) { this.conn = conn; }\n\n    protected List<String> namesWhere(String sql, String arg) throws SQLException {\n        List<String> out = new ArrayList<>();\n        try (PreparedStatement st = conn.prepareStatement(sql)) {\n            st.setString(1, arg);\n            try (ResultSet rs = st.executeQuery()) {\n                while (rs.next()) out.add(rs.getString(1));\n            }\n        }\n        return out;\n    }\n}\n\n@Path(\"/products\")\npublic class ProductResource extends BaseRepository {\n    public ProductResource(Connection conn) { super(conn); }\n\n    @GET\n    @Produces(MediaType.APPLICATION_JSON)\n    public List<String> byVendor(@QueryParam(\"vendor\") String vendor) throws SQLException {\n        return namesWhere(\"SELECT name FROM products WHERE vendor = ?\", vendor);\n    }\n}\n"
 },
 {
  "name": "j3_order_direction",
  "kind": "safe",
  "lang": "java",
  "cwe": 89,
  "wave": 3,
  "code": "import java.util.List;\nimport java.util.Map;\nimport org.springframework.jdbc.core.JdbcTemplate;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class LeaderboardController {\n    private final JdbcTemplate jdbc;\n\n    enum Direction { ASC, DESC }\n\n    public LeaderboardController(JdbcTemplate jdbc) { this.jdbc = jdbc; }\n\n    @GetMapping(\"/leaderboard\")\n    public List<Map<String, Object>> top(@RequestParam(defaultValue = \"desc\") String dir, @RequestParam(defaultValue = \"10\") int limit) {\n        String direction = \"ASC\".equalsIgnoreCase(dir.trim()) ? \"ASC\" : \"DESC\";\n        String sql = \"SELECT player, score FROM scores ORDER BY score \" + direction + \" LIMIT ?\";\n        return jdbc.queryForList(sql, limit);\n    }\n}\n"
 },
 {
  "name": "j3_ldap_optional",
  "kind": "safe",
  "lang": "java",
  "cwe": 90,
  "wave": 3,
  "code": "import java.util.Optional;\nimport javax.naming.NamingException;\nimport javax.naming.directory.*;\nimport javax.ws.rs.*;\n\n@Path(\"/directory\")\npublic class DirectoryResource {\n    private DirContext ctx;\n\n    @GET\n    @Path(\"/mail\")\n    public String mail(@QueryParam(\"uid\") String uid, @HeaderParam(\"X-Default-Uid\") String fallback) throws NamingException {\n        String who = Optional.ofNullable(uid).filter(u -> !u.isBlank()).orElse(fallback);\n        SearchControls sc = new SearchControls();\n        sc.setReturningAttributes(new String[] {\"mail\"});\n        var results = ctx.search(\"ou=people,dc=example,dc=com\", \"(&(objectClass=inetOrgPerson)(uid={0}))\", new Object[] {who}, sc);\n        return results.hasMore() ? String.valueOf(results.next().getAttributes().get(\"mail\").get()) : \"\";\n    }\n}\n"
 },
 {
  "name": "j3_groovy_json",
  "kind": "safe",
  "lang": "java",
  "cwe": 94,
  "wave": 3,
  "code": "import com.fasterxml.jackson.databind.JsonNode;\nimport java.util.Map;\nimport java.util.function.DoublePredicate;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class RuleEngineController {\n    private static final Map<String, DoublePredicate> CONDITIONS = Map.of(\n        \"large\", a -> a >= 10_000,\n        \"small\", a -> a < 100,\n        \"any\", a -> true);\n\n    @PostMapping(\"/rules/evaluate\")\n    public Object evaluate(@RequestBody JsonNode body) {\n        String condition = body.path(\"condition\").asText(\"any\");\n        double amount = body.path(\"amount\").asDouble();\n        DoublePredicate p = CONDITIONS.get(condition);\n        if (p == null) throw new IllegalArgumentException(\"unknown condition\");\n        return p.test(amount);\n    }\n}\n"
 },
 {
  "name": "s3_headers_map",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 113,
  "wave": 3,
  "code": "const http = require('http');\n\nconst server = http.createServer((req, res) => {\n  const url = new URL(req.url, 'http://localhost');\n  const name = (url.searchParams.get('name') || 'report.txt').replace(/[^\\w.-]/g, '_');\n  const extra = new Map();\n  extra.set('X-Request-Id', String(req.headers['x-request-id'] || 'none').replace(/[^\\w-]/g, ''));\n  extra.set('Content-Disposition', `inline; filename=${name}`);\n  for (const [k, v] of extra) {\n    res.setHeader(k, v);\n  }\n  res.end('report body');\n});\n\nserver.listen(8080);\n"
 },
 {
  "name": "s3_electron_ipc",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 22,
  "wave": 3,
  "code": "const { app, ipcMain } = require('electron');\nconst fs = require('fs/promises');\nconst path = require('path');\n\nconst notesDir = () => path.join(app.getPath('userData'), 'notes');\nconst NAME = /^[\\w -]{1,64}$/;\n\nfunction notePath(folder, file) {\n  if (!NAME.test(folder) || !NAME.test(file)) throw new Error('invalid note name');\n  return path.join(notesDir(), folder, `${file}.md`);\n}\n\nipcMain.handle('notes:read', async (_event, request) => {\n  const { folder = 'default', file } = request;\n  return fs.readFile(notePath(folder, file), 'utf8');\n});\n\nipcMain.handle('notes:save', async (_event, { folder, file, text }) => {\n  const target = notePath(folder, file);\n  await fs.mkdir(path.dirname(target), { recursive: true });\n  await fs.writeFile(target, text, 'utf8');\n  return true;\n});\n"
 },
 {
  "name": "s3_cipher_options",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 327,
  "wave": 3,
  "code": "const crypto = require('crypto');\n\nconst settings = {\n  algorithm: 'aes-256-gcm',\n  keyHex: process.env.EXPORT_KEY_HEX,\n};\n\nfunction encryptExport(buffer, opts = settings) {\n  const key = Buffer.from(opts.keyHex, 'hex');\n  const iv = crypto.randomBytes(12);\n  const cipher = crypto.createCipheriv(opts.algorithm, key, iv);\n  const body = Buffer.concat([cipher.update(buffer), cipher.final()]);\n  return Buffer.concat([iv, cipher.getAuthTag(), body]);\n}\n\nmodule.exports = { encryptExport };\n"
 },
 {
  "name": "s3_serialize_cookie",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 502,
  "wave": 3,
  "code": "const express = require('express');\nconst cookieParser = require('cookie-parser');\n\nconst app = express();\napp.use(cookieParser());\n\nfunction readProfile(req) {\n  const raw = req.cookies.profile;\n  if (!raw) return { name: 'guest' };\n  const json = Buffer.from(raw, 'base64').toString('utf8');\n  const parsed = JSON.parse(json);\n  return { name: typeof parsed.name === 'string' ? parsed.name.slice(0, 64) : 'guest' };\n}\n\napp.get('/hello', (req, res) => {\n  const profile = readProfile(req);\n  res.json({ hello: profile.name });\n});\n\napp.listen(3000);\n"
 },
 {
  "name": "s3_worker_data",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 78,
  "wave": 3,
  "code": "const { Worker, isMainThread, workerData, parentPort } = require('worker_threads');\nconst { execFileSync } = require('child_process');\nconst express = require('express');\n\nif (isMainThread) {\n  const app = express();\n  app.post('/archive', express.json(), (req, res) => {\n    const w = new Worker(__filename, { workerData: { dir: req.body.dir, name: req.body.name } });\n    w.once('message', (m) => res.json(m));\n  });\n  app.listen(3000);\n} else {\n  const { dir, name } = workerData;\n  if (!/^[\\w-]+$/.test(name)) throw new Error('bad name');\n  execFileSync('tar', ['-czf', `/archives/${name}.tgz`, '--', dir]);\n  parentPort.postMessage({ ok: true });\n}\n"
 },
 {
  "name": "s3_res_locals",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 79,
  "wave": 3,
  "code": "const express = require('express');\nconst escapeHtml = require('escape-html');\nconst app = express();\n\napp.use((req, res, next) => {\n  res.locals.campaign = req.query.utm_campaign || '';\n  res.locals.greeting = req.get('X-Greeting') || 'Welcome';\n  next();\n});\n\nfunction banner(locals) {\n  const campaign = locals.campaign ? ` &mdash; ${escapeHtml(locals.campaign)}` : '';\n  return `<div class=\"banner\">${escapeHtml(locals.greeting)}${campaign}</div>`;\n}\n\napp.get('/', (req, res) => {\n  res.set('Content-Type', 'text/html');\n  res.send(`<!doctype html><body>${banner(res.locals)}<main>Shop</main></body>`);\n});\n\napp.listen(3000);\n"
 },
 {
  "name": "s3_graphql_resolver",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 89,
  "wave": 3,
  "code": "const { ApolloServer, gql } = require('apollo-server');\nconst mysql = require('mysql2/promise');\n\nconst pool = mysql.createPool({ host: 'db', user: 'app', database: 'shop', password: process.env.DB_PASSWORD });\n\nconst typeDefs = gql`\n  type Order { id: ID!, status: String! }\n  type Query { orders(status: String, customer: String): [Order!]! }\n`;\n\nconst resolvers = {\n  Query: {\n    async orders(_parent, args) {\n      const conds = [];\n      const params = [];\n      if (args.status) { conds.push('status = ?'); params.push(args.status); }\n      if (args.customer) { conds.push('customer_id = ?'); params.push(args.customer); }\n      const where = conds.length ? 'WHERE ' + conds.join(' AND ') : '';\n      const [rows] = await pool.query(`SELECT id, status FROM orders ${where}`, params);\n      return rows;\n    },\n  },\n};\n\nnew ApolloServer({ typeDefs, resolvers }).listen(4000);\n"
 },
 {
  "name": "s3_ldap_curried",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 90,
  "wave": 3,
  "code": "const ldap = require('ldapjs');\nconst fastify = require('fastify')();\n\nconst client = ldap.createClient({ url: 'ldaps://ldap.example.com' });\n\nconst searchBy = (attr) => (value) =>\n  new Promise((resolve, reject) => {\n    const entries = [];\n    const filter = new ldap.EqualityFilter({ attribute: attr, value });\n    client.search('ou=people,dc=example,dc=com', { scope: 'sub', filter }, (err, res) => {\n      if (err) return reject(err);\n      res.on('searchEntry', (e) => entries.push(e.pojo));\n      res.on('end', () => resolve(entries));\n    });\n  });\n\nconst byMail = searchBy('mail');\n\nfastify.get('/people', async (request) => byMail(String(request.query.mail)));\n\nfastify.listen({ port: 3000 });\n"
 },
 {
  "name": "s3_lambda_event",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 918,
  "wave": 3,
  "code": "const https = require('https');\n\nconst FEEDS = {\n  status: 'https://status.example.com/api/v2/summary.json',\n  releases: 'https://releases.example.com/feed.json',\n};\n\nfunction fetchJson(target) {\n  return new Promise((resolve, reject) => {\n    https.get(target, (res) => {\n      let data = '';\n      res.on('data', (c) => (data += c));\n      res.on('end', () => resolve(JSON.parse(data)));\n    }).on('error', reject);\n  });\n}\n\nexports.handler = async (event) => {\n  const body = JSON.parse(event.body || '{}');\n  const { feeds = [] } = body;\n  const results = [];\n  for (const name of feeds) {\n    if (!Object.hasOwn(FEEDS, name)) continue;\n    results.push(await fetchJson(FEEDS[name]));\n  }\n  return { statusCode: 200, body: JSON.stringify(results) };\n};\n"
 },
 {
  "name": "s3_socketio_eval",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 95,
  "wave": 3,
  "code": "const { Server } = require('socket.io');\n\nconst io = new Server(3001, { cors: { origin: 'https://dashboard.example.com' } });\nconst FORMATTERS = {\n  percent: (v) => `${(Number(v) * 100).toFixed(1)}%`,\n  currency: (v) => `$${Number(v).toFixed(2)}`,\n  plain: (v) => String(v),\n};\nconst widgets = new Map();\n\nio.on('connection', (socket) => {\n  socket.on('widget:register', ({ id, formatter }) => {\n    widgets.set(id, Object.hasOwn(FORMATTERS, formatter) ? formatter : 'plain');\n  });\n  socket.on('widget:render', ({ id, value }) => {\n    const fn = FORMATTERS[widgets.get(id) || 'plain'];\n    socket.emit('widget:rendered', { id, text: fn(value) });\n  });\n});\n"
 },
 {
  "name": "s3_app_router",
  "kind": "safe",
  "lang": "typescript",
  "cwe": 601,
  "wave": 3,
  "code": "import { NextRequest, NextResponse } from 'next/server';\nimport { cookies } from 'next/headers';\n\nconst RETURN_PATHS = new Set(['/dashboard', '/settings', '/billing']);\n\nexport async function GET(request: NextRequest) {\n  const params = request.nextUrl.searchParams;\n  const code = params.get('code');\n  const requested = params.get('return_to') ?? '/dashboard';\n  const returnTo = RETURN_PATHS.has(requested) ? requested : '/dashboard';\n  if (!code) {\n    return NextResponse.json({ error: 'missing code' }, { status: 400 });\n  }\n  cookies().set('session', code, { httpOnly: true, secure: true, sameSite: 'lax' });\n  return NextResponse.redirect(new URL(returnTo, request.url));\n}\n"
 },
 {
  "name": "j3_env_iterator",
  "kind": "vuln",
  "lang": "java",
  "cwe": 22,
  "wave": 3,
  "code": "import java.io.IOException;\nimport java.nio.file.*;\nimport java.util.*;\n\npublic class ReportCleaner {\n\n    public static void main(String[] args) throws IOException {\n        String base = System.getenv().getOrDefault(\"REPORT_ROOT\", \"/srv/reports\");\n        List<String> targets = new ArrayList<>(Arrays.asList(args));\n        Iterator<String> it = targets.iterator();\n        while (it.hasNext()) {\n            String rel = it.next();\n            Path p = Paths.get(base, rel);\n            Files.deleteIfExists(p);\n            System.out.println(\"deleted \" + p);\n        }\n    }\n}\n"
 },
 {
  "name": "j3_hostname_lambda",
  "kind": "vuln",
  "lang": "java",
  "cwe": 295,
  "wave": 3,
  "low": true,
  "code": "import java.io.InputStream;\nimport java.net.URL;\nimport javax.net.ssl.HttpsURLConnection;\n\npublic class LegacyPartnerSync {\n\n    static {\n        HttpsURLConnection.setDefaultHostnameVerifier((hostname, session) -> true);\n    }\n\n    public byte[] download(String path) throws Exception {\n        HttpsURLConnection conn = (HttpsURLConnection) new URL(\"https://legacy-partner.example.net\" + path).openConnection();\n        try (InputStream in = conn.getInputStream()) {\n            return in.readAllBytes();\n        }\n    }\n}\n"
 },
 {
  "name": "j3_static_iv_field",
  "kind": "vuln",
  "lang": "java",
  "cwe": 329,
  "wave": 3,
  "code": "import java.nio.charset.StandardCharsets;\nimport java.util.Base64;\nimport javax.crypto.Cipher;\nimport javax.crypto.spec.IvParameterSpec;\nimport javax.crypto.spec.SecretKeySpec;\n\npublic class FieldEncryptor {\n    private static final byte[] IV = \"0123456789abcdef\".getBytes(StandardCharsets.US_ASCII);\n    private final SecretKeySpec key;\n\n    public FieldEncryptor(byte[] keyBytes) {\n        this.key = new SecretKeySpec(keyBytes, \"AES\");\n    }\n\n    private Cipher cipher(int mode) throws Exception {\n        Cipher c = Cipher.getInstance(\"AES/CBC/PKCS5Padding\");\n        c.init(mode, key, new IvParameterSpec(IV));\n        return c;\n    }\n\n    public String encrypt(String plain) throws Exception {\n        return Base64.getEncoder().encodeToString(cipher(Cipher.ENCRYPT_MODE).doFinal(plain.getBytes(StandardCharsets.UTF_8)));\n    }\n}\n"
 },
 {
  "name": "j3_seeded_apikey",
  "kind": "vuln",
  "lang": "java",
  "cwe": 330,
  "wave": 3,
  "code": "import java.util.Random;\n\npublic final class ApiKeyFactory {\n    private final Random random;\n\n    private ApiKeyFactory(Random random) {\n        this.random = random;\n    }\n\n    public static ApiKeyFactory create() {\n        return new ApiKeyFactory(new Random(System.currentTimeMillis()));\n    }\n\n    public String newApiKey(String prefix) {\n        byte[] raw = new byte[24];\n        random.nextBytes(raw);\n        StringBuilder sb = new StringBuilder(prefix).append('_');\n        for (byte b : raw) sb.append(String.format(\"%02x\", b));\n        return sb.toString();\n    }\n}\n"
 },
 {
  "name": "j3_split_regex",
  "kind": "vuln",
  "lang": "java",
  "cwe": 400,
  "wave": 3,
  "code": "import java.util.*;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class CsvPreviewController {\n\n    @PostMapping(value = \"/csv/preview\", consumes = \"text/plain\")\n    public List<List<String>> preview(@RequestBody String body, @RequestParam(defaultValue = \",\") String delimiter) {\n        List<List<String>> rows = new ArrayList<>();\n        for (String line : body.split(\"\\n\")) {\n            rows.add(Arrays.asList(line.split(delimiter)));\n            if (rows.size() >= 20) break;\n        }\n        return rows;\n    }\n}\n"
 },
 {
  "name": "j3_xmldecoder_upload",
  "kind": "vuln",
  "lang": "java",
  "cwe": 502,
  "wave": 3,
  "code": "import java.beans.XMLDecoder;\nimport java.io.*;\nimport java.nio.file.*;\nimport javax.servlet.ServletException;\nimport javax.servlet.annotation.MultipartConfig;\nimport javax.servlet.http.*;\n\n@MultipartConfig\npublic class LayoutImportServlet extends HttpServlet {\n    private static final Path STAGING = Paths.get(\"/var/app/staging\");\n\n    @Override\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException {\n        Path staged = Files.createTempFile(STAGING, \"layout\", \".xml\");\n        try (InputStream in = req.getPart(\"layout\").getInputStream()) {\n            Files.copy(in, staged, StandardCopyOption.REPLACE_EXISTING);\n        }\n        Object layout = load(staged);\n        resp.getWriter().println(layout.getClass().getSimpleName());\n    }\n\n    private Object load(Path file) throws IOException {\n        try (XMLDecoder dec = new XMLDecoder(new BufferedInputStream(Files.newInputStream(file)))) {\n            return dec.readObject();\n        }\n    }\n}\n"
 },
 {
  "name": "j3_jaxrs_seeother",
  "kind": "vuln",
  "lang": "java",
  "cwe": 601,
  "wave": 3,
  "code": "import java.net.URI;\nimport javax.ws.rs.*;\nimport javax.ws.rs.core.Response;\n\n@Path(\"/auth\")\npublic class LogoutResource {\n\n    private URI afterLogout(String requested) {\n        String target = requested == null || requested.isBlank() ? \"/\" : requested;\n        return URI.create(target);\n    }\n\n    @POST\n    @Path(\"/logout\")\n    public Response logout(@FormParam(\"redirect_uri\") String redirectUri) {\n        return Response.seeOther(afterLogout(redirectUri)).build();\n    }\n}\n"
 },
 {
  "name": "j3_sax_handler",
  "kind": "vuln",
  "lang": "java",
  "cwe": 611,
  "wave": 3,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\nimport javax.xml.parsers.*;\nimport org.xml.sax.*;\nimport org.xml.sax.helpers.DefaultHandler;\n\npublic class FeedPingServlet extends HttpServlet {\n\n    static class TitleHandler extends DefaultHandler {\n        final StringBuilder titles = new StringBuilder();\n        private boolean inTitle;\n        @Override public void startElement(String uri, String local, String qName, Attributes atts) { inTitle = \"title\".equals(qName); }\n        @Override public void endElement(String uri, String local, String qName) { inTitle = false; }\n        @Override public void characters(char[] ch, int start, int length) { if (inTitle) titles.append(ch, start, length).append('\\n'); }\n    }\n\n    @Override\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        try {\n            SAXParserFactory spf = SAXParserFactory.newInstance();\n            SAXParser parser = spf.newSAXParser();\n            TitleHandler h = new TitleHandler();\n            parser.parse(new InputSource(req.getReader()), h);\n            resp.setContentType(\"text/plain\");\n            resp.getWriter().print(h.titles.length());\n        } catch (ParserConfigurationException | SAXException e) {\n            resp.sendError(400);\n        }\n    }\n}\n"
 },
 {
  "name": "j3_main_builder",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "wave": 3,
  "code": "import java.io.IOException;\nimport java.util.ArrayList;\nimport java.util.List;\n\npublic class ImageConvert {\n\n    static final class Job {\n        private final List<String> parts = new ArrayList<>();\n\n        Job input(String path) { parts.add(path); return this; }\n        Job resize(String geometry) { parts.add(\"-resize \" + geometry); return this; }\n        Job output(String path) { parts.add(path); return this; }\n\n        String commandLine() {\n            return \"magick \" + String.join(\" \", parts);\n        }\n    }\n\n    public static void main(String[] args) throws IOException, InterruptedException {\n        if (args.length < 3) {\n            System.err.println(\"usage: ImageConvert <in> <geometry> <out>\");\n            System.exit(2);\n        }\n        String cmd = new Job().input(args[0]).resize(args[1]).output(args[2]).commandLine();\n        Process p = Runtime.getRuntime().exec(new String[] {\"/bin/sh\", \"-c\", cmd});\n        System.exit(p.waitFor());\n    }\n}\n"
 },
 {
  "name": "j3_jaxrs_html_stream",
  "kind": "vuln",
  "lang": "java",
  "cwe": 79,
  "wave": 3,
  "code": "import java.util.Arrays;\nimport java.util.stream.Collectors;\nimport javax.ws.rs.*;\nimport javax.ws.rs.core.*;\n\n@Path(\"/compare\")\npublic class CompareResource {\n\n    @GET\n    @Produces(MediaType.TEXT_HTML)\n    public String compare(@QueryParam(\"ids\") String ids, @Context HttpHeaders headers) {\n        String rows = Arrays.stream(ids.split(\",\"))\n            .map(String::trim)\n            .filter(s -> !s.isEmpty())\n            .map(id -> \"<tr><td>\" + id + \"</td></tr>\")\n            .collect(Collectors.joining());\n        return \"<table>\" + rows + \"</table>\";\n    }\n}\n"
 },
 {
  "name": "j3_android_extra",
  "kind": "vuln",
  "lang": "java",
  "cwe": 89,
  "wave": 3,
  "code": "import android.app.Activity;\nimport android.database.Cursor;\nimport android.database.sqlite.SQLiteDatabase;\nimport android.os.Bundle;\n\npublic class NoteSearchActivity extends Activity {\n    private SQLiteDatabase db;\n\n    @Override\n    protected void onCreate(Bundle savedInstanceState) {\n        super.onCreate(savedInstanceState);\n        String term = getIntent().getStringExtra(\"query\");\n        String tag = getIntent().getStringExtra(\"tag\");\n        StringBuilder where = new StringBuilder(\"title LIKE '%\").append(term).append(\"%'\");\n        if (tag != null) {\n            where.append(\" AND tag = '\").append(tag).append(\"'\");\n        }\n        Cursor c = db.rawQuery(\"SELECT _id, title FROM notes WHERE \" + where, null);\n        c.close();\n    }\n}\n"
 },
 {
  "name": "j3_jaxrs_base",
  "kind": "vuln",
  "lang": "java",
  "cwe": 89,
  "wave": 3,
  "code": "import java.sql.*;\nimport java.util.*;\nimport javax.ws.rs.*;\nimport javax.ws.rs.core.MediaType;\n\nabstract class BaseRepository {\n    protected final Connection conn;\n\n    protected BaseRepository(Connection conn) { this.conn = conn; }\n\n    protected List<String> names(String table, String where) throws SQLException {\n        List<String> out = new ArrayList<>();\n        try (Statement st = conn.createStatement();\n             ResultSet rs = st.executeQuery(\"SELECT name FROM \" + table + \" WHERE \" + where)) {\n            while (rs.next()) out.add(rs.getString(1));\n        }\n        return out;\n    }\n}\n\n@Path(\"/products\")\npublic class ProductResource extends BaseRepository {\n    public ProductResource(Connection conn) { super(conn); }\n\n    @GET\n    @Produces(MediaType.APPLICATION_JSON)\n    public List<String> byVendor(@QueryParam(\"vendor\") String vendor) throws SQLException {\n        return names(\"products\", \"vendor = '\" + vendor + \"'\");\n    }\n}\n"
 },
 {
  "name": "j3_order_direction",
  "kind": "vuln",
  "lang": "java",
  "cwe": 89,
  "wave": 3,
  "code": "import java.util.List;\nimport java.util.Map;\nimport org.springframework.jdbc.core.JdbcTemplate;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class LeaderboardController {\n    private final JdbcTemplate jdbc;\n\n    public LeaderboardController(JdbcTemplate jdbc) { this.jdbc = jdbc; }\n\n    @GetMapping(\"/leaderboard\")\n    public List<Map<String, Object>> top(@RequestParam(defaultValue = \"desc\") String dir, @RequestParam(defaultValue = \"10\") int limit) {\n        String direction = dir.trim().toUpperCase();\n        String sql = \"SELECT player, score FROM scores ORDER BY score \" + direction + \" LIMIT ?\";\n        return jdbc.queryForList(sql, limit);\n    }\n}\n"
 },
 {
  "name": "j3_ldap_optional",
  "kind": "vuln",
  "lang": "java",
  "cwe": 90,
  "wave": 3,
  "code": "import java.util.Optional;\nimport javax.naming.NamingException;\nimport javax.naming.directory.*;\nimport javax.ws.rs.*;\n\n@Path(\"/directory\")\npublic class DirectoryResource {\n    private DirContext ctx;\n\n    @GET\n    @Path(\"/mail\")\n    public String mail(@QueryParam(\"uid\") String uid, @HeaderParam(\"X-Default-Uid\") String fallback) throws NamingException {\n        String who = Optional.ofNullable(uid).filter(u -> !u.isBlank()).orElse(fallback);\n        String filter = \"(&(objectClass=inetOrgPerson)(uid=\" + who + \"))\";\n        SearchControls sc = new SearchControls();\n        sc.setReturningAttributes(new String[] {\"mail\"});\n        var results = ctx.search(\"ou=people,dc=example,dc=com\", filter, sc);\n        return results.hasMore() ? String.valueOf(results.next().getAttributes().get(\"mail\").get()) : \"\";\n    }\n}\n"
 },
 {
  "name": "j3_groovy_json",
  "kind": "vuln",
  "lang": "java",
  "cwe": 94,
  "wave": 3,
  "code": "import com.fasterxml.jackson.databind.JsonNode;\nimport groovy.lang.GroovyShell;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class RuleEngineController {\n\n    @PostMapping(\"/rules/evaluate\")\n    public Object evaluate(@RequestBody JsonNode body) {\n        String condition = body.path(\"condition\").asText(\"true\");\n        double amount = body.path(\"amount\").asDouble();\n        String script = String.format(\"def amount = %s; return (%s)\", amount, condition);\n        return new GroovyShell().evaluate(script);\n    }\n}\n"
 },
 {
  "name": "s3_headers_map",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 113,
  "wave": 3,
  "code": "const http = require('http');\n\nconst server = http.createServer((req, res) => {\n  const url = new URL(req.url, 'http://localhost');\n  const extra = new Map();\n  extra.set('X-Request-Id', req.headers['x-request-id'] || 'none');\n  extra.set('Content-Disposition', `inline; filename=${url.searchParams.get('name') || 'report.txt'}`);\n  for (const [k, v] of extra) {\n    res.setHeader(k, v);\n  }\n  res.end('report body');\n});\n\nserver.listen(8080);\n"
 },
 {
  "name": "s3_electron_ipc",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 22,
  "wave": 3,
  "code": "const { app, ipcMain } = require('electron');\nconst fs = require('fs/promises');\nconst path = require('path');\n\nconst notesDir = () => path.join(app.getPath('userData'), 'notes');\n\nipcMain.handle('notes:read', async (_event, request) => {\n  const { folder = 'default', file } = request;\n  const full = path.join(notesDir(), folder, file);\n  return fs.readFile(full, 'utf8');\n});\n\nipcMain.handle('notes:save', async (_event, { folder, file, text }) => {\n  await fs.mkdir(path.join(notesDir(), folder), { recursive: true });\n  await fs.writeFile(path.join(notesDir(), folder, file), text, 'utf8');\n  return true;\n});\n"
 },
 {
  "name": "s3_cipher_options",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 327,
  "wave": 3,
  "code": "const crypto = require('crypto');\n\nconst settings = {\n  algorithm: 'aes-128-ecb',\n  keyHex: process.env.EXPORT_KEY_HEX,\n};\n\nfunction encryptExport(buffer, opts = settings) {\n  const key = Buffer.from(opts.keyHex, 'hex');\n  const cipher = crypto.createCipheriv(opts.algorithm, key, null);\n  return Buffer.concat([cipher.update(buffer), cipher.final()]);\n}\n\nmodule.exports = { encryptExport };\n"
 },
 {
  "name": "s3_serialize_cookie",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 502,
  "wave": 3,
  "code": "const express = require('express');\nconst cookieParser = require('cookie-parser');\nconst serialize = require('node-serialize');\n\nconst app = express();\napp.use(cookieParser());\n\nfunction readProfile(req) {\n  const raw = req.cookies.profile;\n  if (!raw) return { name: 'guest' };\n  const json = Buffer.from(raw, 'base64').toString('utf8');\n  return serialize.unserialize(json);\n}\n\napp.get('/hello', (req, res) => {\n  const profile = readProfile(req);\n  res.json({ hello: profile.name });\n});\n\napp.listen(3000);\n"
 },
 {
  "name": "s3_worker_data",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 78,
  "wave": 3,
  "gap": "worker_threads: workerData is an import of the worker module (a constant to the analysis); the request data reaches it through new Worker(__filename, { workerData }) in the main-thread branch of the same file",
  "code": "const { Worker, isMainThread, workerData, parentPort } = require('worker_threads');\nconst { execSync } = require('child_process');\nconst express = require('express');\n\nif (isMainThread) {\n  const app = express();\n  app.post('/archive', express.json(), (req, res) => {\n    const w = new Worker(__filename, { workerData: { dir: req.body.dir, name: req.body.name } });\n    w.once('message', (m) => res.json(m));\n  });\n  app.listen(3000);\n} else {\n  const { dir, name } = workerData;\n  execSync(`tar -czf /archives/${name}.tgz ${dir}`);\n  parentPort.postMessage({ ok: true });\n}\n"
 },
 {
  "name": "s3_res_locals",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 79,
  "wave": 3,
  "code": "const express = require('express');\nconst app = express();\n\napp.use((req, res, next) => {\n  res.locals.campaign = req.query.utm_campaign || '';\n  res.locals.greeting = req.get('X-Greeting') || 'Welcome';\n  next();\n});\n\nfunction banner(locals) {\n  return `<div class=\"banner\">${locals.greeting}${locals.campaign ? ` &mdash; ${locals.campaign}` : ''}</div>`;\n}\n\napp.get('/', (req, res) => {\n  res.set('Content-Type', 'text/html');\n  res.send(`<!doctype html><body>${banner(res.locals)}<main>Shop</main></body>`);\n});\n\napp.listen(3000);\n"
 },
 {
  "name": "s3_graphql_resolver",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 89,
  "wave": 3,
  "code": "const { ApolloServer, gql } = require('apollo-server');\nconst mysql = require('mysql2/promise');\n\nconst pool = mysql.createPool({ host: 'db', user: 'app', database: 'shop', password: process.env.DB_PASSWORD });\n\nconst typeDefs = gql`\n  type Order { id: ID!, status: String! }\n  type Query { orders(status: String, customer: String): [Order!]! }\n`;\n\nconst resolvers = {\n  Query: {\n    async orders(_parent, args) {\n      const conds = [];\n      if (args.status) conds.push(`status = '${args.status}'`);\n      if (args.customer) conds.push(`customer_id = ${args.customer}`);\n      const where = conds.length ? 'WHERE ' + conds.join(' AND ') : '';\n      const [rows] = await pool.query(`SELECT id, status FROM orders ${where}`);\n      return rows;\n    },\n  },\n};\n\nnew ApolloServer({ typeDefs, resolvers }).listen(4000);\n"
 },
 {
  "name": "s3_ldap_curried",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 90,
  "wave": 3,
  "code": "const ldap = require('ldapjs');\nconst fastify = require('fastify')();\n\nconst client = ldap.createClient({ url: 'ldaps://ldap.example.com' });\n\nconst searchBy = (attr) => (value) =>\n  new Promise((resolve, reject) => {\n    const entries = [];\n    client.search('ou=people,dc=example,dc=com', { scope: 'sub', filter: `(${attr}=${value})` }, (err, res) => {\n      if (err) return reject(err);\n      res.on('searchEntry', (e) => entries.push(e.pojo));\n      res.on('end', () => resolve(entries));\n    });\n  });\n\nconst byMail = searchBy('mail');\n\nfastify.get('/people', async (request) => byMail(request.query.mail));\n\nfastify.listen({ port: 3000 });\n"
 },
 {
  "name": "s3_lambda_event",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 918,
  "wave": 3,
  "code": "const https = require('https');\n\nfunction fetchJson(target) {\n  return new Promise((resolve, reject) => {\n    https.get(target, (res) => {\n      let data = '';\n      res.on('data', (c) => (data += c));\n      res.on('end', () => resolve(JSON.parse(data)));\n    }).on('error', reject);\n  });\n}\n\nexports.handler = async (event) => {\n  const body = JSON.parse(event.body || '{}');\n  const { feeds = [] } = body;\n  const results = [];\n  for (const feed of feeds) {\n    results.push(await fetchJson(feed.url));\n  }\n  return { statusCode: 200, body: JSON.stringify(results) };\n};\n"
 },
 {
  "name": "s3_socketio_eval",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 95,
  "wave": 3,
  "code": "const { Server } = require('socket.io');\n\nconst io = new Server(3001, { cors: { origin: 'https://dashboard.example.com' } });\nconst widgets = new Map();\n\nio.on('connection', (socket) => {\n  socket.on('widget:register', ({ id, formatter }) => {\n    widgets.set(id, formatter);\n  });\n  socket.on('widget:render', ({ id, value }) => {\n    const source = widgets.get(id) || 'v';\n    const fn = eval(`(v) => ${source}`);\n    socket.emit('widget:rendered', { id, text: String(fn(value)) });\n  });\n});\n"
 },
 {
  "name": "s3_app_router",
  "kind": "vuln",
  "lang": "typescript",
  "cwe": 601,
  "wave": 3,
  "code": "import { NextRequest, NextResponse } from 'next/server';\nimport { cookies } from 'next/headers';\n\nexport async function GET(request: NextRequest) {\n  const params = request.nextUrl.searchParams;\n  const code = params.get('code');\n  const returnTo = params.get('return_to') ?? '/dashboard';\n  if (!code) {\n    return NextResponse.json({ error: 'missing code' }, { status: 400 });\n  }\n  cookies().set('session', code, { httpOnly: true, secure: true, sameSite: 'lax' });\n  return NextResponse.redirect(new URL(returnTo, request.url));\n}\n"
 },
 {
  "name": "j4_completable",
  "kind": "safe",
  "lang": "java",
  "cwe": 22,
  "wave": 4,
  "code": "import java.nio.file.*;\nimport java.util.UUID;\nimport java.util.concurrent.CompletableFuture;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class ExportStatusController {\n    private static final String EXPORTS = \"/data/exports/\";\n\n    @GetMapping(\"/exports/{id}/content\")\n    public CompletableFuture<String> content(@PathVariable(\"id\") UUID exportId) {\n        return CompletableFuture\n            .supplyAsync(() -> EXPORTS + exportId + \".csv\")\n            .thenApply(p -> {\n                try {\n                    return Files.readString(Path.of(p));\n                } catch (java.io.IOException e) {\n                    return \"\";\n                }\n            });\n    }\n}\n"
 },
 {
  "name": "j4_anon_runnable",
  "kind": "safe",
  "lang": "java",
  "cwe": 78,
  "wave": 4,
  "code": "import java.io.IOException;\nimport java.util.Set;\nimport javax.servlet.http.*;\n\npublic class RestartServlet extends HttpServlet {\n    private static final Set<String> SERVICES = Set.of(\"nginx\", \"worker\", \"scheduler\");\n\n    @Override\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        final String service = req.getParameter(\"service\");\n        if (!SERVICES.contains(service)) {\n            resp.sendError(400);\n            return;\n        }\n        Thread t = new Thread(new Runnable() {\n            @Override\n            public void run() {\n                try {\n                    new ProcessBuilder(\"systemctl\", \"restart\", service).start();\n                } catch (IOException e) {\n                    throw new RuntimeException(e);\n                }\n            }\n        });\n        t.start();\n        resp.setStatus(202);\n    }\n}\n"
 },
 {
  "name": "j4_text_block",
  "kind": "safe",
  "lang": "java",
  "cwe": 89,
  "wave": 4,
  "code": "import java.sql.*;\nimport javax.servlet.http.*;\n\npublic class AuditSearchServlet extends HttpServlet {\n    private Connection conn;\n\n    @Override\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        var actor = req.getParameter(\"actor\");\n        var sql = \"\"\"\n            SELECT id, action, created_at\n            FROM audit_log\n            WHERE actor = ?\n            ORDER BY created_at DESC\n            \"\"\";\n        try (var st = conn.prepareStatement(sql)) {\n            st.setString(1, actor);\n            try (var rs = st.executeQuery()) {\n                while (rs.next()) resp.getWriter().println(rs.getLong(\"id\"));\n            }\n        } catch (SQLException e) {\n            resp.sendError(500);\n        }\n    }\n}\n"
 },
 {
  "name": "j4_singleton_config",
  "kind": "safe",
  "lang": "java",
  "cwe": 918,
  "wave": 4,
  "code": "import java.net.URI;\nimport java.net.http.*;\nimport java.util.Map;\nimport javax.servlet.http.*;\n\npublic class AdminConfigServlet extends HttpServlet {\n    private static final Map<String, String> ENDPOINTS = Map.of(\n        \"local\", \"http://localhost:9090/metrics\",\n        \"shared\", \"http://metrics.internal:9090/metrics\");\n\n    static final class Settings {\n        private static final Settings INSTANCE = new Settings();\n        private volatile String metricsEndpoint = \"http://localhost:9090/metrics\";\n        static Settings get() { return INSTANCE; }\n        String metricsEndpoint() { return metricsEndpoint; }\n        void setMetricsEndpoint(String url) { this.metricsEndpoint = url; }\n    }\n\n    @Override\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        String endpoint = ENDPOINTS.get(req.getParameter(\"endpoint\"));\n        if (endpoint == null) {\n            resp.sendError(400);\n            return;\n        }\n        Settings.get().setMetricsEndpoint(endpoint);\n        resp.setStatus(204);\n    }\n\n    @Override\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        try {\n            HttpResponse<String> r = HttpClient.newHttpClient().send(\n                HttpRequest.newBuilder(URI.create(Settings.get().metricsEndpoint())).build(),\n                HttpResponse.BodyHandlers.ofString());\n            resp.getWriter().print(r.body().length());\n        } catch (InterruptedException e) {\n            resp.sendError(503);\n        }\n    }\n}\n"
 },
 {
  "name": "s4_private_field",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 22,
  "wave": 4,
  "code": "const fs = require('fs');\nconst path = require('path');\nconst express = require('express');\n\nclass Attachment {\n  #file;\n  constructor(file) {\n    this.#file = path.basename(file);\n  }\n  get location() {\n    return path.join('/srv/attachments', this.#file);\n  }\n  stream() {\n    return fs.createReadStream(this.location);\n  }\n}\n\nconst app = express();\napp.get('/attachments/:name', (req, res) => {\n  new Attachment(req.params.name).stream().on('error', () => res.sendStatus(404)).pipe(res);\n});\napp.listen(3000);\n"
 },
 {
  "name": "s4_for_await",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 78,
  "wave": 4,
  "code": "const readline = require('readline');\nconst { execFile } = require('child_process');\n\nasync function main() {\n  const rl = readline.createInterface({ input: process.stdin });\n  for await (const line of rl) {\n    const [host, port = '443'] = line.trim().split(/\\s+/);\n    if (!host) continue;\n    execFile('nc', ['-z', '-w', '2', host, port], (err) => console.log(`${host}:${port} ${err ? 'closed' : 'open'}`));\n  }\n}\n\nmain();\n"
 },
 {
  "name": "s4_fromentries",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 79,
  "wave": 4,
  "code": "// profile card preview: reads the fields from the query string and shows the card\nconst fields = Object.fromEntries(new URLSearchParams(window.location.search));\nconst card = document.getElementById('card');\nconst title = fields.title?.trim() ?? 'Untitled';\nconst bio = (fields.bio ?? '').slice(0, 280);\nconst h2 = document.createElement('h2');\nh2.textContent = title;\nconst p = document.createElement('p');\np.textContent = bio;\ncard.replaceChildren(h2, p);\n"
 },
 {
  "name": "s4_knex_raw_reduce",
  "kind": "safe",
  "lang": "javascript",
  "cwe": 89,
  "wave": 4,
  "code": "const express = require('express');\nconst knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });\n\nconst app = express();\n\napp.get('/search', async (req, res) => {\n  const terms = String(req.query.q || '').split(' ').filter(Boolean);\n  const clause = terms.map(() => 'title ILIKE ?').join(' OR ');\n  const rows = await knex.raw(`SELECT id, title FROM posts WHERE ${clause || 'true'} LIMIT 20`, terms.map((t) => `%${t}%`));\n  res.json(rows.rows);\n});\n\napp.listen(3000);\n"
 },
 {
  "name": "j4_completable",
  "kind": "vuln",
  "lang": "java",
  "cwe": 22,
  "wave": 4,
  "code": "import java.nio.file.*;\nimport java.util.concurrent.CompletableFuture;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class ExportStatusController {\n    private static final String EXPORTS = \"/data/exports/\";\n\n    @GetMapping(\"/exports/{id}/content\")\n    public CompletableFuture<String> content(@PathVariable(\"id\") String exportId) {\n        return CompletableFuture\n            .supplyAsync(() -> EXPORTS + exportId + \".csv\")\n            .thenApply(p -> {\n                try {\n                    return Files.readString(Path.of(p));\n                } catch (java.io.IOException e) {\n                    return \"\";\n                }\n            });\n    }\n}\n"
 },
 {
  "name": "j4_anon_runnable",
  "kind": "vuln",
  "lang": "java",
  "cwe": 78,
  "wave": 4,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\n\npublic class RestartServlet extends HttpServlet {\n    @Override\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        final String service = req.getParameter(\"service\");\n        Thread t = new Thread(new Runnable() {\n            @Override\n            public void run() {\n                try {\n                    Runtime.getRuntime().exec(\"systemctl restart \" + service);\n                } catch (IOException e) {\n                    throw new RuntimeException(e);\n                }\n            }\n        });\n        t.start();\n        resp.setStatus(202);\n    }\n}\n"
 },
 {
  "name": "j4_text_block",
  "kind": "vuln",
  "lang": "java",
  "cwe": 89,
  "wave": 4,
  "code": "import java.sql.*;\nimport javax.servlet.http.*;\n\npublic class AuditSearchServlet extends HttpServlet {\n    private Connection conn;\n\n    @Override\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        var actor = req.getParameter(\"actor\");\n        var sql = \"\"\"\n            SELECT id, action, created_at\n            FROM audit_log\n            WHERE actor = '%s'\n            ORDER BY created_at DESC\n            \"\"\".formatted(actor);\n        try (var st = conn.createStatement(); var rs = st.executeQuery(sql)) {\n            while (rs.next()) resp.getWriter().println(rs.getLong(\"id\"));\n        } catch (SQLException e) {\n            resp.sendError(500);\n        }\n    }\n}\n"
 },
 {
  "name": "j4_singleton_config",
  "kind": "vuln",
  "lang": "java",
  "cwe": 918,
  "wave": 4,
  "gap": "a singleton settings object (Settings.get().setMetricsEndpoint(input) in doPost, Settings.get().metricsEndpoint() in doGet): a method called on the result of another call is not resolved to the class of the file",
  "code": "import java.net.URI;\nimport java.net.http.*;\nimport javax.servlet.http.*;\n\npublic class AdminConfigServlet extends HttpServlet {\n\n    static final class Settings {\n        private static final Settings INSTANCE = new Settings();\n        private volatile String metricsEndpoint = \"http://localhost:9090/metrics\";\n        static Settings get() { return INSTANCE; }\n        String metricsEndpoint() { return metricsEndpoint; }\n        void setMetricsEndpoint(String url) { this.metricsEndpoint = url; }\n    }\n\n    @Override\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        Settings.get().setMetricsEndpoint(req.getParameter(\"endpoint\"));\n        resp.setStatus(204);\n    }\n\n    @Override\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        try {\n            HttpResponse<String> r = HttpClient.newHttpClient().send(\n                HttpRequest.newBuilder(URI.create(Settings.get().metricsEndpoint())).build(),\n                HttpResponse.BodyHandlers.ofString());\n            resp.getWriter().print(r.body().length());\n        } catch (InterruptedException e) {\n            resp.sendError(503);\n        }\n    }\n}\n"
 },
 {
  "name": "s4_private_field",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 22,
  "wave": 4,
  "code": "const fs = require('fs');\nconst path = require('path');\nconst express = require('express');\n\nclass Attachment {\n  #file;\n  constructor(file) {\n    this.#file = file;\n  }\n  get location() {\n    return path.join('/srv/attachments', this.#file);\n  }\n  stream() {\n    return fs.createReadStream(this.location);\n  }\n}\n\nconst app = express();\napp.get('/attachments/:name', (req, res) => {\n  new Attachment(req.params.name).stream().on('error', () => res.sendStatus(404)).pipe(res);\n});\napp.listen(3000);\n"
 },
 {
  "name": "s4_for_await",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 78,
  "wave": 4,
  "code": "const readline = require('readline');\nconst { exec } = require('child_process');\n\nasync function main() {\n  const rl = readline.createInterface({ input: process.stdin });\n  for await (const line of rl) {\n    const [host, port = '443'] = line.trim().split(/\\s+/);\n    if (!host) continue;\n    exec(`nc -z -w 2 ${host} ${port}`, (err) => console.log(`${host}:${port} ${err ? 'closed' : 'open'}`));\n  }\n}\n\nmain();\n"
 },
 {
  "name": "s4_fromentries",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 79,
  "wave": 4,
  "code": "// profile card preview: reads the fields from the query string and shows the card\nconst fields = Object.fromEntries(new URLSearchParams(window.location.search));\nconst card = document.getElementById('card');\nconst title = fields.title?.trim() ?? 'Untitled';\nconst bio = (fields.bio ?? '').slice(0, 280);\ncard.innerHTML = `<h2>${title}</h2><p>${bio}</p>`;\n"
 },
 {
  "name": "s4_knex_raw_reduce",
  "kind": "vuln",
  "lang": "javascript",
  "cwe": 89,
  "wave": 4,
  "code": "const express = require('express');\nconst knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });\n\nconst app = express();\n\napp.get('/search', async (req, res) => {\n  const terms = String(req.query.q || '').split(' ').filter(Boolean);\n  const clause = terms.reduce((acc, t, i) => acc + (i ? ' OR ' : '') + `title ILIKE '%${t}%'`, '');\n  const rows = await knex.raw(`SELECT id, title FROM posts WHERE ${clause || 'true'} LIMIT 20`);\n  res.json(rows.rows);\n});\n\napp.listen(3000);\n"
 }
];

describeProbes('round 12 flow-shape probes (Java, JavaScript/TypeScript)', PROBES);
