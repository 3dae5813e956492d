// Probe set of round 13 (Java): "one class at a time". Many different ways web code written in Java
// exhibits six weaknesses: insecure randomness (CWE-330/338), XPath injection (CWE-643), open redirect
// (CWE-601), cross-site scripting (CWE-79; one probe labelled CWE-81, an error page), trust-boundary
// violation (CWE-501) and path traversal (CWE-22), varied by API (servlets, Spring MVC, JAX-RS, dom4j,
// Xalan, jaxen, JDOM2, commons-lang, commons-io ...), source (parameters, headers, cookies, path and
// multipart names, JSON bodies) and context, each with a safe twin. Written before the analyzer was run
// on them (waves 1-4, wave 4 a small extra one). See code-rules/README.md, "Round 13 (Java)".
import { describeProbes, type Probe } from './code-probes.js';

const PROBES: Probe[] = [
 {
  "name": "rand-session-token-cookie",
  "kind": "vuln",
  "lang": "java",
  "cwe": 330,
  "code": "import java.io.IOException;\nimport java.util.Random;\nimport javax.servlet.http.*;\n\npublic class LoginServlet extends HttpServlet {\n    private final Random rnd = new Random();\n\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String user = req.getParameter(\"user\");\n        String token = Long.toHexString(rnd.nextLong()) + Long.toHexString(rnd.nextLong());\n        Cookie c = new Cookie(\"SESSIONTOKEN\", token);\n        c.setHttpOnly(true);\n        c.setSecure(true);\n        resp.addCookie(c);\n        resp.getWriter().println(\"welcome\");\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "rand-session-token-cookie",
  "kind": "safe",
  "lang": "java",
  "cwe": 330,
  "code": "import java.io.IOException;\nimport java.security.SecureRandom;\nimport javax.servlet.http.*;\n\npublic class LoginServlet extends HttpServlet {\n    private final SecureRandom rnd = new SecureRandom();\n\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String user = req.getParameter(\"user\");\n        String token = Long.toHexString(rnd.nextLong()) + Long.toHexString(rnd.nextLong());\n        Cookie c = new Cookie(\"SESSIONTOKEN\", token);\n        c.setHttpOnly(true);\n        c.setSecure(true);\n        resp.addCookie(c);\n        resp.getWriter().println(\"welcome\");\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "rand-reset-token-mathrandom",
  "kind": "vuln",
  "lang": "java",
  "cwe": 330,
  "code": "import java.util.HashMap;\nimport java.util.Map;\n\npublic class PasswordResetService {\n    private final Map<String, String> tokens = new HashMap<>();\n\n    public String createResetToken(String email) {\n        StringBuilder sb = new StringBuilder();\n        for (int i = 0; i < 32; i++) {\n            sb.append((char) ('a' + (int) (Math.random() * 26)));\n        }\n        String resetToken = sb.toString();\n        tokens.put(resetToken, email);\n        return resetToken;\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "rand-reset-token-mathrandom",
  "kind": "safe",
  "lang": "java",
  "cwe": 330,
  "code": "import java.security.SecureRandom;\nimport java.util.HashMap;\nimport java.util.Map;\n\npublic class PasswordResetService {\n    private final Map<String, String> tokens = new HashMap<>();\n    private static final SecureRandom RNG = new SecureRandom();\n\n    public String createResetToken(String email) {\n        StringBuilder sb = new StringBuilder();\n        for (int i = 0; i < 32; i++) {\n            sb.append((char) ('a' + RNG.nextInt(26)));\n        }\n        String resetToken = sb.toString();\n        tokens.put(resetToken, email);\n        return resetToken;\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "rand-otp-nextint",
  "kind": "vuln",
  "lang": "java",
  "cwe": 330,
  "code": "import java.util.Random;\n\npublic class OtpGenerator {\n    private static final Random RANDOM = new Random();\n\n    public String generateOtp() {\n        int code = 100000 + RANDOM.nextInt(900000);\n        return String.valueOf(code);\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "rand-otp-nextint",
  "kind": "safe",
  "lang": "java",
  "cwe": 330,
  "code": "import java.security.SecureRandom;\n\npublic class OtpGenerator {\n    private static final SecureRandom RANDOM = new SecureRandom();\n\n    public String generateOtp() {\n        int code = 100000 + RANDOM.nextInt(900000);\n        return String.valueOf(code);\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "rand-iv-nextbytes",
  "kind": "vuln",
  "lang": "java",
  "cwe": 330,
  "code": "import java.util.Random;\nimport javax.crypto.Cipher;\nimport javax.crypto.SecretKey;\nimport javax.crypto.spec.IvParameterSpec;\n\npublic class Encryptor {\n    public byte[] encrypt(SecretKey key, byte[] data) throws Exception {\n        byte[] iv = new byte[16];\n        new Random().nextBytes(iv);\n        Cipher cipher = Cipher.getInstance(\"AES/CBC/PKCS5Padding\");\n        cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));\n        return cipher.doFinal(data);\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "rand-iv-nextbytes",
  "kind": "safe",
  "lang": "java",
  "cwe": 330,
  "code": "import java.security.SecureRandom;\nimport javax.crypto.Cipher;\nimport javax.crypto.SecretKey;\nimport javax.crypto.spec.IvParameterSpec;\n\npublic class Encryptor {\n    public byte[] encrypt(SecretKey key, byte[] data) throws Exception {\n        byte[] iv = new byte[16];\n        new SecureRandom().nextBytes(iv);\n        Cipher cipher = Cipher.getInstance(\"AES/CBC/PKCS5Padding\");\n        cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));\n        return cipher.doFinal(data);\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "rand-threadlocal-apikey",
  "kind": "vuln",
  "lang": "java",
  "cwe": 330,
  "code": "import java.util.concurrent.ThreadLocalRandom;\n\npublic class ApiKeyService {\n    public String newApiKey(String clientId) {\n        long a = ThreadLocalRandom.current().nextLong();\n        long b = ThreadLocalRandom.current().nextLong();\n        String apiKey = clientId + \"-\" + Long.toHexString(a) + Long.toHexString(b);\n        return apiKey;\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "rand-threadlocal-apikey",
  "kind": "safe",
  "lang": "java",
  "cwe": 330,
  "code": "import java.security.SecureRandom;\n\npublic class ApiKeyService {\n    private final SecureRandom sr = new SecureRandom();\n    public String newApiKey(String clientId) {\n        long a = sr.nextLong();\n        long b = sr.nextLong();\n        String apiKey = clientId + \"-\" + Long.toHexString(a) + Long.toHexString(b);\n        return apiKey;\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "rand-password-generator",
  "kind": "vuln",
  "lang": "java",
  "cwe": 330,
  "code": "import java.util.Random;\n\npublic class TempPasswordGenerator {\n    private static final String CHARS = \"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789\";\n\n    public String generatePassword(int length) {\n        Random random = new Random(System.currentTimeMillis());\n        StringBuilder password = new StringBuilder();\n        for (int i = 0; i < length; i++) {\n            password.append(CHARS.charAt(random.nextInt(CHARS.length())));\n        }\n        return password.toString();\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "rand-password-generator",
  "kind": "safe",
  "lang": "java",
  "cwe": 330,
  "code": "import java.security.SecureRandom;\n\npublic class TempPasswordGenerator {\n    private static final String CHARS = \"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789\";\n\n    public String generatePassword(int length) {\n        SecureRandom random = new SecureRandom();\n        StringBuilder password = new StringBuilder();\n        for (int i = 0; i < length; i++) {\n            password.append(CHARS.charAt(random.nextInt(CHARS.length())));\n        }\n        return password.toString();\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "rand-csrf-session-attr",
  "kind": "vuln",
  "lang": "java",
  "cwe": 330,
  "code": "import java.io.IOException;\nimport java.util.Random;\nimport javax.servlet.ServletException;\nimport javax.servlet.http.*;\n\npublic class FormServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {\n        Random r = new Random();\n        String csrf = Integer.toString(r.nextInt(Integer.MAX_VALUE), 36);\n        request.getSession().setAttribute(\"csrfToken\", csrf);\n        request.setAttribute(\"csrf\", csrf);\n        request.getRequestDispatcher(\"/WEB-INF/form.jsp\").forward(request, response);\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "rand-csrf-session-attr",
  "kind": "safe",
  "lang": "java",
  "cwe": 330,
  "code": "import java.io.IOException;\nimport java.security.SecureRandom;\nimport javax.servlet.ServletException;\nimport javax.servlet.http.*;\n\npublic class FormServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {\n        SecureRandom r = new SecureRandom();\n        String csrf = Integer.toString(r.nextInt(Integer.MAX_VALUE), 36);\n        request.getSession().setAttribute(\"csrfToken\", csrf);\n        request.setAttribute(\"csrf\", csrf);\n        request.getRequestDispatcher(\"/WEB-INF/form.jsp\").forward(request, response);\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "rand-remember-me-double",
  "kind": "vuln",
  "lang": "java",
  "cwe": 330,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\n\npublic class RememberMeServlet extends HttpServlet {\n    @Override\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        double value = Math.random();\n        String rememberMe = Double.toString(value).substring(2);\n        Cookie cookie = new Cookie(\"remember-me\", rememberMe);\n        cookie.setMaxAge(60 * 60 * 24 * 14);\n        cookie.setSecure(true);\n        cookie.setHttpOnly(true);\n        resp.addCookie(cookie);\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "rand-remember-me-double",
  "kind": "safe",
  "lang": "java",
  "cwe": 330,
  "code": "import java.io.IOException;\nimport java.security.SecureRandom;\nimport javax.servlet.http.*;\n\npublic class RememberMeServlet extends HttpServlet {\n    @Override\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        double value = new SecureRandom().nextDouble();\n        String rememberMe = Double.toString(value).substring(2);\n        Cookie cookie = new Cookie(\"remember-me\", rememberMe);\n        cookie.setMaxAge(60 * 60 * 24 * 14);\n        cookie.setSecure(true);\n        cookie.setHttpOnly(true);\n        resp.addCookie(cookie);\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "rand-gaussian-nonce-spring",
  "kind": "vuln",
  "lang": "java",
  "cwe": 330,
  "code": "import java.util.Random;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class NonceController {\n    private final Random random = new Random();\n\n    @GetMapping(\"/auth/nonce\")\n    public String nonce() {\n        double g = random.nextGaussian();\n        String nonce = Long.toHexString(Double.doubleToLongBits(g));\n        return nonce;\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "rand-gaussian-nonce-spring",
  "kind": "safe",
  "lang": "java",
  "cwe": 330,
  "code": "import java.security.SecureRandom;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class NonceController {\n    private final SecureRandom random = new SecureRandom();\n\n    @GetMapping(\"/auth/nonce\")\n    public String nonce() {\n        double g = random.nextGaussian();\n        String nonce = Long.toHexString(Double.doubleToLongBits(g));\n        return nonce;\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "rand-salt-float",
  "kind": "vuln",
  "lang": "java",
  "cwe": 330,
  "code": "import java.util.Random;\nimport javax.crypto.SecretKeyFactory;\nimport javax.crypto.spec.PBEKeySpec;\n\npublic class PasswordHasher {\n    public String hash(String password) throws Exception {\n        Random rnd = new Random();\n        byte[] salt = new byte[16];\n        for (int i = 0; i < salt.length; i++) {\n            salt[i] = (byte) (rnd.nextFloat() * 255);\n        }\n        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, 310000, 256);\n        byte[] hash = SecretKeyFactory.getInstance(\"PBKDF2WithHmacSHA256\").generateSecret(spec).getEncoded();\n        return java.util.Base64.getEncoder().encodeToString(salt) + \":\" + java.util.Base64.getEncoder().encodeToString(hash);\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "rand-salt-float",
  "kind": "safe",
  "lang": "java",
  "cwe": 330,
  "code": "import java.security.SecureRandom;\nimport javax.crypto.SecretKeyFactory;\nimport javax.crypto.spec.PBEKeySpec;\n\npublic class PasswordHasher {\n    public String hash(String password) throws Exception {\n        SecureRandom rnd = new SecureRandom();\n        byte[] salt = new byte[16];\n        for (int i = 0; i < salt.length; i++) {\n            salt[i] = (byte) (rnd.nextFloat() * 255);\n        }\n        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, 310000, 256);\n        byte[] hash = SecretKeyFactory.getInstance(\"PBKDF2WithHmacSHA256\").generateSecret(spec).getEncoded();\n        return java.util.Base64.getEncoder().encodeToString(salt) + \":\" + java.util.Base64.getEncoder().encodeToString(hash);\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "xpath-login-evaluate",
  "kind": "vuln",
  "lang": "java",
  "cwe": 643,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\nimport javax.xml.xpath.*;\nimport org.w3c.dom.Document;\n\npublic class XmlLoginServlet extends HttpServlet {\n    private Document users;\n\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String user = req.getParameter(\"username\");\n        String pass = req.getParameter(\"password\");\n        try {\n            XPath xpath = XPathFactory.newInstance().newXPath();\n            String expr = \"/users/user[name='\" + user + \"' and password='\" + pass + \"']\";\n            Boolean ok = (Boolean) xpath.evaluate(expr, users, XPathConstants.BOOLEAN);\n            resp.getWriter().println(ok ? \"ok\" : \"denied\");\n        } catch (XPathExpressionException e) {\n            resp.sendError(500);\n        }\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "xpath-login-evaluate",
  "kind": "safe",
  "lang": "java",
  "cwe": 643,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\nimport javax.xml.xpath.*;\nimport org.w3c.dom.Document;\n\npublic class XmlLoginServlet extends HttpServlet {\n    private Document users;\n\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String user = req.getParameter(\"username\");\n        String pass = req.getParameter(\"password\");\n        try {\n            XPath xpath = XPathFactory.newInstance().newXPath();\n            xpath.setXPathVariableResolver(q -> \"u\".equals(q.getLocalPart()) ? user : pass);\n            String expr = \"/users/user[name=$u and password=$p]\";\n            Boolean ok = (Boolean) xpath.evaluate(expr, users, XPathConstants.BOOLEAN);\n            resp.getWriter().println(ok ? \"ok\" : \"denied\");\n        } catch (XPathExpressionException e) {\n            resp.sendError(500);\n        }\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "xpath-compile-header",
  "kind": "vuln",
  "lang": "java",
  "cwe": 643,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\nimport javax.xml.xpath.*;\nimport org.w3c.dom.*;\n\npublic class TenantConfigServlet extends HttpServlet {\n    private Document config;\n\n    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {\n        String tenant = request.getHeader(\"X-Tenant\");\n        try {\n            XPath xp = XPathFactory.newInstance().newXPath();\n            XPathExpression compiled = xp.compile(\"//tenant[@id='\" + tenant + \"']/setting\");\n            NodeList nodes = (NodeList) compiled.evaluate(config, XPathConstants.NODESET);\n            response.getWriter().println(nodes.getLength());\n        } catch (XPathExpressionException e) {\n            response.sendError(400);\n        }\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "xpath-compile-header",
  "kind": "safe",
  "lang": "java",
  "cwe": 643,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\nimport javax.xml.xpath.*;\nimport org.w3c.dom.*;\n\npublic class TenantConfigServlet extends HttpServlet {\n    private Document config;\n\n    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {\n        String tenant = request.getHeader(\"X-Tenant\");\n        if (tenant == null || !tenant.matches(\"[a-z0-9-]{1,32}\")) { response.sendError(400); return; }\n        try {\n            XPath xp = XPathFactory.newInstance().newXPath();\n            XPathExpression compiled = xp.compile(\"//tenant[@id='\" + tenant + \"']/setting\");\n            NodeList nodes = (NodeList) compiled.evaluate(config, XPathConstants.NODESET);\n            response.getWriter().println(nodes.getLength());\n        } catch (XPathExpressionException e) {\n            response.sendError(400);\n        }\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "xpath-stringbuilder-spring",
  "kind": "vuln",
  "lang": "java",
  "cwe": 643,
  "code": "import javax.xml.xpath.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.w3c.dom.Document;\n\n@RestController\npublic class CatalogController {\n    private final Document catalog;\n\n    public CatalogController(Document catalog) { this.catalog = catalog; }\n\n    @GetMapping(\"/books/price\")\n    public String price(@RequestParam String title) throws XPathExpressionException {\n        StringBuilder q = new StringBuilder(\"/catalog/book[title='\");\n        q.append(title).append(\"']/price/text()\");\n        XPath xpath = XPathFactory.newInstance().newXPath();\n        return xpath.evaluate(q.toString(), catalog);\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "xpath-stringbuilder-spring",
  "kind": "safe",
  "lang": "java",
  "cwe": 643,
  "code": "import javax.xml.xpath.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.w3c.dom.Document;\n\n@RestController\npublic class CatalogController {\n    private final Document catalog;\n\n    public CatalogController(Document catalog) { this.catalog = catalog; }\n\n    @GetMapping(\"/books/price\")\n    public String price(@RequestParam String title) throws XPathExpressionException {\n        XPath xpath = XPathFactory.newInstance().newXPath();\n        xpath.setXPathVariableResolver(v -> title);\n        String q = \"/catalog/book[title=$title]/price/text()\";\n        return xpath.evaluate(q.toString(), catalog);\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "xpath-format",
  "kind": "vuln",
  "lang": "java",
  "cwe": 643,
  "code": "import javax.xml.xpath.*;\nimport org.xml.sax.InputSource;\nimport javax.servlet.http.*;\nimport java.io.IOException;\n\npublic class EmployeeLookup extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String dept = req.getParameter(\"dept\");\n        String query = String.format(\"/company/employee[department='%s']/name\", dept);\n        try {\n            XPath xpath = XPathFactory.newInstance().newXPath();\n            InputSource src = new InputSource(getServletContext().getResourceAsStream(\"/WEB-INF/employees.xml\"));\n            String name = xpath.evaluate(query, src);\n            resp.setContentType(\"text/plain\");\n            resp.getWriter().print(name);\n        } catch (XPathExpressionException e) {\n            resp.sendError(500);\n        }\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "xpath-format",
  "kind": "safe",
  "lang": "java",
  "cwe": 643,
  "code": "import javax.xml.xpath.*;\nimport org.xml.sax.InputSource;\nimport javax.servlet.http.*;\nimport java.io.IOException;\n\npublic class EmployeeLookup extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String dept = req.getParameter(\"dept\");\n        if (dept == null || !dept.matches(\"^[A-Za-z ]{1,40}$\")) { resp.sendError(400); return; }\n        String query = String.format(\"/company/employee[department='%s']/name\", dept);\n        try {\n            XPath xpath = XPathFactory.newInstance().newXPath();\n            InputSource src = new InputSource(getServletContext().getResourceAsStream(\"/WEB-INF/employees.xml\"));\n            String name = xpath.evaluate(query, src);\n            resp.setContentType(\"text/plain\");\n            resp.getWriter().print(name);\n        } catch (XPathExpressionException e) {\n            resp.sendError(500);\n        }\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "xpath-dom4j-selectnodes",
  "kind": "vuln",
  "lang": "java",
  "cwe": 643,
  "code": "import java.util.List;\nimport org.dom4j.Document;\nimport org.dom4j.Node;\nimport javax.servlet.http.*;\n\npublic class OrderSearch extends HttpServlet {\n    private Document orders;\n\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        String customer = req.getParameter(\"customer\");\n        List<Node> found = orders.selectNodes(\"//order[customer='\" + customer + \"']\");\n        resp.getWriter().println(found.size() + \" orders\");\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "xpath-dom4j-selectnodes",
  "kind": "safe",
  "lang": "java",
  "cwe": 643,
  "code": "import java.util.List;\nimport org.dom4j.Document;\nimport org.dom4j.Node;\nimport javax.servlet.http.*;\n\npublic class OrderSearch extends HttpServlet {\n    private Document orders;\n\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        String customer = req.getParameter(\"customer\");\n        if (customer == null || !customer.matches(\"\\\\w+\")) { resp.sendError(400); return; }\n        List<Node> found = orders.selectNodes(\"//order[customer='\" + customer + \"']\");\n        resp.getWriter().println(found.size() + \" orders\");\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "xpath-jaxrs-queryparam",
  "kind": "vuln",
  "lang": "java",
  "cwe": 643,
  "code": "import javax.ws.rs.*;\nimport javax.ws.rs.core.MediaType;\nimport javax.xml.xpath.*;\nimport org.w3c.dom.Document;\n\n@Path(\"/inventory\")\npublic class InventoryResource {\n    private Document stock;\n\n    @GET\n    @Produces(MediaType.TEXT_PLAIN)\n    public String quantity(@QueryParam(\"sku\") String sku) throws XPathExpressionException {\n        XPath xPath = XPathFactory.newInstance().newXPath();\n        return xPath.compile(\"/stock/item[@sku='\" + sku + \"']/qty\").evaluate(stock);\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "xpath-jaxrs-queryparam",
  "kind": "safe",
  "lang": "java",
  "cwe": 643,
  "code": "import javax.ws.rs.*;\nimport javax.ws.rs.core.MediaType;\nimport javax.xml.xpath.*;\nimport org.w3c.dom.Document;\n\n@Path(\"/inventory\")\npublic class InventoryResource {\n    private Document stock;\n\n    @GET\n    @Produces(MediaType.TEXT_PLAIN)\n    public String quantity(@QueryParam(\"sku\") String sku) throws XPathExpressionException {\n        if (!sku.matches(\"[A-Z0-9]{4,12}\")) throw new BadRequestException();\n        XPath xPath = XPathFactory.newInstance().newXPath();\n        return xPath.compile(\"/stock/item[@sku='\" + sku + \"']/qty\").evaluate(stock);\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "xpath-cookie-concat-var",
  "kind": "vuln",
  "lang": "java",
  "cwe": 643,
  "code": "import javax.servlet.http.*;\nimport javax.xml.xpath.*;\nimport org.w3c.dom.*;\n\npublic class PrefsServlet extends HttpServlet {\n    private Document prefsDoc;\n\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        String uid = \"guest\";\n        for (Cookie c : req.getCookies()) {\n            if (\"uid\".equals(c.getName())) uid = c.getValue();\n        }\n        String base = \"/prefs/user[@id='\";\n        String path = base + uid + \"']/theme\";\n        try {\n            Node n = (Node) XPathFactory.newInstance().newXPath().evaluate(path, prefsDoc, XPathConstants.NODE);\n            resp.getWriter().print(n == null ? \"default\" : n.getTextContent());\n        } catch (XPathExpressionException e) { resp.sendError(500); }\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "xpath-cookie-concat-var",
  "kind": "safe",
  "lang": "java",
  "cwe": 643,
  "code": "import javax.servlet.http.*;\nimport javax.xml.xpath.*;\nimport org.w3c.dom.*;\n\npublic class PrefsServlet extends HttpServlet {\n    private Document prefsDoc;\n\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        String uid = \"guest\";\n        for (Cookie c : req.getCookies()) {\n            if (\"uid\".equals(c.getName()) && c.getValue().matches(\"\\\\d{1,10}\")) uid = c.getValue();\n        }\n        String base = \"/prefs/user[@id='\";\n        String path = base + uid + \"']/theme\";\n        try {\n            Node n = (Node) XPathFactory.newInstance().newXPath().evaluate(path, prefsDoc, XPathConstants.NODE);\n            resp.getWriter().print(n == null ? \"default\" : n.getTextContent());\n        } catch (XPathExpressionException e) { resp.sendError(500); }\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "xpath-helper-method",
  "kind": "vuln",
  "lang": "java",
  "cwe": 643,
  "code": "import javax.xml.xpath.*;\nimport org.w3c.dom.*;\nimport javax.servlet.http.*;\n\npublic class ProductServlet extends HttpServlet {\n    private Document products;\n\n    private NodeList find(String expression) throws XPathExpressionException {\n        XPath xp = XPathFactory.newInstance().newXPath();\n        return (NodeList) xp.evaluate(expression, products, XPathConstants.NODESET);\n    }\n\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        String category = req.getParameter(\"category\");\n        try {\n            NodeList items = find(\"//product[@category='\" + category + \"']\");\n            resp.getWriter().println(items.getLength());\n        } catch (XPathExpressionException e) { resp.sendError(500); }\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "xpath-helper-method",
  "kind": "safe",
  "lang": "java",
  "cwe": 643,
  "code": "import javax.xml.xpath.*;\nimport org.w3c.dom.*;\nimport javax.servlet.http.*;\n\npublic class ProductServlet extends HttpServlet {\n    private Document products;\n\n    private NodeList find(String expression) throws XPathExpressionException {\n        XPath xp = XPathFactory.newInstance().newXPath();\n        return (NodeList) xp.evaluate(expression, products, XPathConstants.NODESET);\n    }\n\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        String category = req.getParameter(\"category\");\n        if (!java.util.Set.of(\"books\", \"music\", \"games\").contains(category)) { resp.sendError(400); return; }\n        try {\n            NodeList items = find(\"//product[@category='\" + category + \"']\");\n            resp.getWriter().println(items.getLength());\n        } catch (XPathExpressionException e) { resp.sendError(500); }\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "xpath-jaxen-dom4j-node",
  "kind": "vuln",
  "lang": "java",
  "cwe": 643,
  "code": "import org.dom4j.Document;\nimport org.dom4j.Node;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\n@RequestMapping(\"/api/config\")\npublic class ConfigController {\n    private Document doc;\n\n    @GetMapping(\"/{section}\")\n    public String read(@PathVariable String section, @RequestParam String key) {\n        Node node = doc.selectSingleNode(\"/config/\" + section + \"/entry[@key='\" + key + \"']\");\n        return node == null ? \"\" : node.getText();\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "xpath-jaxen-dom4j-node",
  "kind": "safe",
  "lang": "java",
  "cwe": 643,
  "code": "import org.dom4j.Document;\nimport org.dom4j.Node;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\n@RequestMapping(\"/api/config\")\npublic class ConfigController {\n    private Document doc;\n\n    @GetMapping(\"/{section}\")\n    public String read(@PathVariable String section, @RequestParam String key) {\n        if (!section.matches(\"[a-z]+\") || !key.matches(\"[a-z.]+\")) return \"\";\n        Node node = doc.selectSingleNode(\"/config/\" + section + \"/entry[@key='\" + key + \"']\");\n        return node == null ? \"\" : node.getText();\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "xpath-vtd-json-body",
  "kind": "vuln",
  "lang": "java",
  "cwe": 643,
  "code": "import javax.xml.xpath.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.w3c.dom.Document;\n\n@RestController\npublic class MemberController {\n    private Document members;\n\n    public static class Query { public String name; public String role; }\n\n    @PostMapping(\"/members/search\")\n    public String search(@RequestBody Query q) throws XPathExpressionException {\n        String filter = \"[name='\" + q.name + \"']\";\n        if (q.role != null) filter += \"[role='\" + q.role + \"']\";\n        XPath xp = XPathFactory.newInstance().newXPath();\n        return xp.evaluate(\"count(/members/member\" + filter + \")\", members);\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "xpath-vtd-json-body",
  "kind": "safe",
  "lang": "java",
  "cwe": 643,
  "code": "import javax.xml.xpath.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.w3c.dom.Document;\n\n@RestController\npublic class MemberController {\n    private Document members;\n\n    public static class Query { public String name; public String role; }\n\n    @PostMapping(\"/members/search\")\n    public String search(@RequestBody Query q) throws XPathExpressionException {\n        XPath xp = XPathFactory.newInstance().newXPath();\n        xp.setXPathVariableResolver(v -> \"n\".equals(v.getLocalPart()) ? q.name : q.role);\n        String filter = q.role != null ? \"[name=$n][role=$r]\" : \"[name=$n]\";\n        return xp.evaluate(\"count(/members/member\" + filter + \")\", members);\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "redirect-sendredirect-param",
  "kind": "vuln",
  "lang": "java",
  "cwe": 601,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\n\npublic class LoginRedirectServlet extends HttpServlet {\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String next = req.getParameter(\"next\");\n        req.getSession().setAttribute(\"user\", \"x\");\n        resp.sendRedirect(next);\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "redirect-sendredirect-param",
  "kind": "safe",
  "lang": "java",
  "cwe": 601,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\n\npublic class LoginRedirectServlet extends HttpServlet {\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String next = req.getParameter(\"next\");\n        req.getSession().setAttribute(\"user\", \"x\");\n        if (next == null || !next.startsWith(\"/\") || next.startsWith(\"//\")) next = \"/home\";\n        resp.sendRedirect(next);\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "redirect-location-header",
  "kind": "vuln",
  "lang": "java",
  "cwe": 601,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\n\npublic class LogoutServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {\n        request.getSession().invalidate();\n        String returnUrl = request.getParameter(\"returnUrl\");\n        response.setStatus(HttpServletResponse.SC_FOUND);\n        response.setHeader(\"Location\", returnUrl);\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "redirect-location-header",
  "kind": "safe",
  "lang": "java",
  "cwe": 601,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\n\npublic class LogoutServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {\n        request.getSession().invalidate();\n        String returnUrl = request.getParameter(\"returnUrl\");\n        response.setStatus(HttpServletResponse.SC_FOUND);\n        response.setHeader(\"Location\", \"/login?bye=1\");\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "redirect-referer",
  "kind": "vuln",
  "lang": "java",
  "cwe": 601,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\n\npublic class LanguageServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String lang = req.getParameter(\"lang\");\n        req.getSession().setAttribute(\"lang\", \"de\".equals(lang) ? \"de\" : \"en\");\n        String back = req.getHeader(\"Referer\");\n        resp.sendRedirect(back != null ? back : \"/\");\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "redirect-referer",
  "kind": "safe",
  "lang": "java",
  "cwe": 601,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\n\npublic class LanguageServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String lang = req.getParameter(\"lang\");\n        req.getSession().setAttribute(\"lang\", \"de\".equals(lang) ? \"de\" : \"en\");\n        resp.sendRedirect(req.getContextPath() + \"/\");\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "redirect-spring-view-name",
  "kind": "vuln",
  "lang": "java",
  "cwe": 601,
  "code": "import org.springframework.stereotype.Controller;\nimport org.springframework.web.bind.annotation.*;\n\n@Controller\npublic class AuthController {\n    @PostMapping(\"/login\")\n    public String login(@RequestParam String username, @RequestParam(required = false) String redirectTo) {\n        // authentication omitted\n        return \"redirect:\" + redirectTo;\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "redirect-spring-view-name",
  "kind": "safe",
  "lang": "java",
  "cwe": 601,
  "code": "import org.springframework.stereotype.Controller;\nimport org.springframework.web.bind.annotation.*;\n\n@Controller\npublic class AuthController {\n    @PostMapping(\"/login\")\n    public String login(@RequestParam String username, @RequestParam(required = false) String redirectTo) {\n        // authentication omitted\n        if (redirectTo != null && redirectTo.matches(\"^/[A-Za-z0-9/_-]*$\")) return \"redirect:\" + redirectTo;\n        return \"redirect:/dashboard\";\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "redirect-modelandview",
  "kind": "vuln",
  "lang": "java",
  "cwe": 601,
  "code": "import org.springframework.stereotype.Controller;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.web.servlet.ModelAndView;\nimport org.springframework.web.servlet.view.RedirectView;\n\n@Controller\npublic class SsoController {\n    @GetMapping(\"/sso/callback\")\n    public ModelAndView callback(@RequestParam(\"state\") String state) {\n        return new ModelAndView(new RedirectView(state));\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "redirect-modelandview",
  "kind": "safe",
  "lang": "java",
  "cwe": 601,
  "code": "import org.springframework.stereotype.Controller;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.web.servlet.ModelAndView;\nimport org.springframework.web.servlet.view.RedirectView;\n\n@Controller\npublic class SsoController {\n    @GetMapping(\"/sso/callback\")\n    public ModelAndView callback(@RequestParam(\"state\") String state) {\n        return new ModelAndView(new RedirectView(\"/portal\"));\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "redirect-responseentity-location",
  "kind": "vuln",
  "lang": "java",
  "cwe": 601,
  "code": "import java.net.URI;\nimport org.springframework.http.*;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class LinkController {\n    @GetMapping(\"/go\")\n    public ResponseEntity<Void> go(@RequestParam String url) {\n        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(url)).build();\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "redirect-responseentity-location",
  "kind": "safe",
  "lang": "java",
  "cwe": 601,
  "code": "import java.net.URI;\nimport org.springframework.http.*;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class LinkController {\n    @GetMapping(\"/go\")\n    public ResponseEntity<Void> go(@RequestParam String url) {\n        if (!java.util.Set.of(\"https://docs.example.com\", \"https://status.example.com\").contains(url)) return ResponseEntity.badRequest().build();\n        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(url)).build();\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "redirect-jaxrs-seeother",
  "kind": "vuln",
  "lang": "java",
  "cwe": 601,
  "code": "import java.net.URI;\nimport javax.ws.rs.*;\nimport javax.ws.rs.core.Response;\n\n@Path(\"/checkout\")\npublic class CheckoutResource {\n    @POST\n    @Path(\"/done\")\n    public Response done(@FormParam(\"continue\") String cont) {\n        return Response.seeOther(URI.create(cont)).build();\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "redirect-jaxrs-seeother",
  "kind": "safe",
  "lang": "java",
  "cwe": 601,
  "code": "import java.net.URI;\nimport javax.ws.rs.*;\nimport javax.ws.rs.core.Response;\n\n@Path(\"/checkout\")\npublic class CheckoutResource {\n    @POST\n    @Path(\"/done\")\n    public Response done(@FormParam(\"continue\") String cont) {\n        return Response.seeOther(URI.create(\"/orders\")).build();\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "redirect-cookie-stored",
  "kind": "vuln",
  "lang": "java",
  "cwe": 601,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\n\npublic class AfterLoginServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String target = \"/\";\n        Cookie[] cookies = req.getCookies();\n        if (cookies != null) {\n            for (Cookie c : cookies) {\n                if (c.getName().equals(\"postLogin\")) target = c.getValue();\n            }\n        }\n        resp.sendRedirect(resp.encodeRedirectURL(target));\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "redirect-cookie-stored",
  "kind": "safe",
  "lang": "java",
  "cwe": 601,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\n\npublic class AfterLoginServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String target = \"/\";\n        Cookie[] cookies = req.getCookies();\n        if (cookies != null) {\n            for (Cookie c : cookies) {\n                if (c.getName().equals(\"postLogin\") && c.getValue().matches(\"^/[a-z/]*$\")) target = c.getValue();\n            }\n        }\n        resp.sendRedirect(resp.encodeRedirectURL(target));\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "redirect-built-url-header",
  "kind": "vuln",
  "lang": "java",
  "cwe": 601,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\n\npublic class PartnerRedirect extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String host = req.getParameter(\"partner\");\n        String url = \"https://\" + host + \"/landing?ref=ours\";\n        resp.setStatus(302);\n        resp.addHeader(\"Location\", url);\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "redirect-built-url-header",
  "kind": "safe",
  "lang": "java",
  "cwe": 601,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\n\npublic class PartnerRedirect extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String host = req.getParameter(\"partner\");\n        java.util.Map<String, String> partners = java.util.Map.of(\"acme\", \"acme.example.com\", \"globex\", \"globex.example.com\");\n        String url = \"https://\" + partners.getOrDefault(host, \"www.example.com\") + \"/landing?ref=ours\";\n        resp.setStatus(302);\n        resp.addHeader(\"Location\", url);\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "redirect-spring-httpservletresponse",
  "kind": "vuln",
  "lang": "java",
  "cwe": 601,
  "code": "import java.io.IOException;\nimport javax.servlet.http.HttpServletResponse;\nimport org.springframework.stereotype.Controller;\nimport org.springframework.web.bind.annotation.*;\n\n@Controller\npublic class DownloadController {\n    @GetMapping(\"/out\")\n    public void out(@RequestParam(\"target\") String target, HttpServletResponse response) throws IOException {\n        response.sendRedirect(target);\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "redirect-spring-httpservletresponse",
  "kind": "safe",
  "lang": "java",
  "cwe": 601,
  "code": "import java.io.IOException;\nimport javax.servlet.http.HttpServletResponse;\nimport org.springframework.stereotype.Controller;\nimport org.springframework.web.bind.annotation.*;\n\n@Controller\npublic class DownloadController {\n    @GetMapping(\"/out\")\n    public void out(@RequestParam(\"target\") String target, HttpServletResponse response) throws IOException {\n        if (!target.startsWith(\"/\") || target.startsWith(\"//\") || target.contains(\"\\\\\")) { response.sendError(400); return; }\n        response.sendRedirect(target);\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "xss-writer-println",
  "kind": "vuln",
  "lang": "java",
  "cwe": 79,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\n\npublic class SearchServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String q = req.getParameter(\"q\");\n        resp.setContentType(\"text/html\");\n        PrintWriter out = resp.getWriter();\n        out.println(\"<html><body><h2>Results for \" + q + \"</h2></body></html>\");\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "xss-writer-println",
  "kind": "safe",
  "lang": "java",
  "cwe": 79,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\nimport org.owasp.encoder.Encode;\n\npublic class SearchServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String q = req.getParameter(\"q\");\n        resp.setContentType(\"text/html\");\n        PrintWriter out = resp.getWriter();\n        out.println(\"<html><body><h2>Results for \" + Encode.forHtml(q) + \"</h2></body></html>\");\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "xss-printf",
  "kind": "vuln",
  "lang": "java",
  "cwe": 79,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\n\npublic class GreetServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String name = req.getParameter(\"name\");\n        resp.setContentType(\"text/html;charset=UTF-8\");\n        resp.getWriter().printf(\"<p>Hello, %s!</p>\", name);\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "xss-printf",
  "kind": "safe",
  "lang": "java",
  "cwe": 79,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\nimport org.apache.commons.text.StringEscapeUtils;\n\npublic class GreetServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String name = req.getParameter(\"name\");\n        resp.setContentType(\"text/html;charset=UTF-8\");\n        resp.getWriter().printf(\"<p>Hello, %s!</p>\", StringEscapeUtils.escapeHtml4(name));\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "xss-header-useragent",
  "kind": "vuln",
  "lang": "java",
  "cwe": 79,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\n\npublic class DebugServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String ua = req.getHeader(\"User-Agent\");\n        PrintWriter w = resp.getWriter();\n        w.write(\"<div class='ua'>\");\n        w.write(ua);\n        w.write(\"</div>\");\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "xss-header-useragent",
  "kind": "safe",
  "lang": "java",
  "cwe": 79,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\n\npublic class DebugServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String ua = req.getHeader(\"User-Agent\");\n        PrintWriter w = resp.getWriter();\n        w.write(\"<div class='ua'>\");\n        w.write(org.springframework.web.util.HtmlUtils.htmlEscape(ua));\n        w.write(\"</div>\");\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "xss-spring-responsebody",
  "kind": "vuln",
  "lang": "java",
  "cwe": 79,
  "code": "import org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class ProfileController {\n    @GetMapping(value = \"/profile\", produces = \"text/html\")\n    public String profile(@RequestParam String nickname) {\n        return \"<html><body><h1>\" + nickname + \"</h1></body></html>\";\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "xss-spring-responsebody",
  "kind": "safe",
  "lang": "java",
  "cwe": 79,
  "code": "import org.springframework.web.bind.annotation.*;\nimport org.springframework.web.util.HtmlUtils;\n\n@RestController\npublic class ProfileController {\n    @GetMapping(value = \"/profile\", produces = \"text/html\")\n    public String profile(@RequestParam String nickname) {\n        return \"<html><body><h1>\" + HtmlUtils.htmlEscape(nickname) + \"</h1></body></html>\";\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "xss-outputstream-bytes",
  "kind": "vuln",
  "lang": "java",
  "cwe": 79,
  "code": "import java.io.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.servlet.http.*;\n\npublic class ErrorPageServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String msg = req.getParameter(\"msg\");\n        String html = \"<html><body><div class=\\\"error\\\">\" + msg + \"</div></body></html>\";\n        resp.setContentType(\"text/html\");\n        OutputStream os = resp.getOutputStream();\n        os.write(html.getBytes(StandardCharsets.UTF_8));\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "xss-outputstream-bytes",
  "kind": "safe",
  "lang": "java",
  "cwe": 79,
  "code": "import java.io.*;\nimport java.nio.charset.StandardCharsets;\nimport javax.servlet.http.*;\n\npublic class ErrorPageServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String msg = org.owasp.encoder.Encode.forHtml(req.getParameter(\"msg\"));\n        String html = \"<html><body><div class=\\\"error\\\">\" + msg + \"</div></body></html>\";\n        resp.setContentType(\"text/html\");\n        OutputStream os = resp.getOutputStream();\n        os.write(html.getBytes(StandardCharsets.UTF_8));\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "xss-parametermap-loop",
  "kind": "vuln",
  "lang": "java",
  "cwe": 79,
  "code": "import java.io.*;\nimport java.util.Map;\nimport javax.servlet.http.*;\n\npublic class EchoParams extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        resp.setContentType(\"text/html\");\n        PrintWriter out = resp.getWriter();\n        out.println(\"<table>\");\n        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {\n            out.println(\"<tr><td>\" + e.getKey() + \"</td><td>\" + e.getValue()[0] + \"</td></tr>\");\n        }\n        out.println(\"</table>\");\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "xss-parametermap-loop",
  "kind": "safe",
  "lang": "java",
  "cwe": 79,
  "code": "import java.io.*;\nimport java.util.Map;\nimport javax.servlet.http.*;\nimport static org.owasp.encoder.Encode.forHtml;\n\npublic class EchoParams extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        resp.setContentType(\"text/html\");\n        PrintWriter out = resp.getWriter();\n        out.println(\"<table>\");\n        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {\n            out.println(\"<tr><td>\" + forHtml(e.getKey()) + \"</td><td>\" + forHtml(e.getValue()[0]) + \"</td></tr>\");\n        }\n        out.println(\"</table>\");\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "xss-stored-comment",
  "kind": "vuln",
  "lang": "java",
  "cwe": 79,
  "code": "import java.io.*;\nimport java.sql.*;\nimport javax.servlet.http.*;\n\npublic class CommentsServlet extends HttpServlet {\n    private Connection conn;\n\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        resp.setContentType(\"text/html\");\n        PrintWriter out = resp.getWriter();\n        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(\"SELECT author, body FROM comments\")) {\n            while (rs.next()) {\n                out.println(\"<li><b>\" + rs.getString(\"author\") + \"</b>: \" + rs.getString(\"body\") + \"</li>\");\n            }\n        } catch (SQLException e) {\n            resp.sendError(500);\n        }\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "xss-stored-comment",
  "kind": "safe",
  "lang": "java",
  "cwe": 79,
  "code": "import java.io.*;\nimport java.sql.*;\nimport javax.servlet.http.*;\n\npublic class CommentsServlet extends HttpServlet {\n    private Connection conn;\n\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        resp.setContentType(\"text/html\");\n        PrintWriter out = resp.getWriter();\n        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(\"SELECT author, body FROM comments\")) {\n            while (rs.next()) {\n                out.println(\"<li><b>\" + org.owasp.encoder.Encode.forHtml(rs.getString(\"author\")) + \"</b>: \" + org.owasp.encoder.Encode.forHtml(rs.getString(\"body\")) + \"</li>\");\n            }\n        } catch (SQLException e) {\n            resp.sendError(500);\n        }\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "xss-jaxrs-html",
  "kind": "vuln",
  "lang": "java",
  "cwe": 79,
  "code": "import javax.ws.rs.*;\nimport javax.ws.rs.core.MediaType;\n\n@Path(\"/hello\")\npublic class HelloResource {\n    @GET\n    @Produces(MediaType.TEXT_HTML)\n    public String hello(@QueryParam(\"who\") String who) {\n        return \"<h1>Hello \" + who + \"</h1>\";\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "xss-jaxrs-html",
  "kind": "safe",
  "lang": "java",
  "cwe": 79,
  "code": "import javax.ws.rs.*;\nimport javax.ws.rs.core.MediaType;\n\n@Path(\"/hello\")\npublic class HelloResource {\n    @GET\n    @Produces(MediaType.TEXT_PLAIN)\n    public String hello(@QueryParam(\"who\") String who) {\n        return \"<h1>Hello \" + who + \"</h1>\";\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "xss-append-stringbuilder",
  "kind": "vuln",
  "lang": "java",
  "cwe": 79,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\n\npublic class CartServlet extends HttpServlet {\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String[] items = req.getParameterValues(\"item\");\n        StringBuilder html = new StringBuilder(\"<ul>\");\n        if (items != null) {\n            for (String it : items) html.append(\"<li>\").append(it).append(\"</li>\");\n        }\n        html.append(\"</ul>\");\n        resp.setContentType(\"text/html\");\n        resp.getWriter().append(html);\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "xss-append-stringbuilder",
  "kind": "safe",
  "lang": "java",
  "cwe": 79,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\n\npublic class CartServlet extends HttpServlet {\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String[] items = req.getParameterValues(\"item\");\n        StringBuilder html = new StringBuilder(\"<ul>\");\n        if (items != null) {\n            for (String it : items) html.append(\"<li>\").append(org.apache.commons.text.StringEscapeUtils.escapeHtml4(it)).append(\"</li>\");\n        }\n        html.append(\"</ul>\");\n        resp.setContentType(\"text/html\");\n        resp.getWriter().append(html);\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "xss-format-querystring",
  "kind": "vuln",
  "lang": "java",
  "cwe": 79,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\n\npublic class NotFoundServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String qs = req.getQueryString();\n        resp.setStatus(404);\n        resp.setContentType(\"text/html\");\n        resp.getWriter().format(\"<p>No page for query %s</p>%n\", qs);\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "xss-format-querystring",
  "kind": "safe",
  "lang": "java",
  "cwe": 79,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\n\npublic class NotFoundServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String qs = org.springframework.web.util.HtmlUtils.htmlEscape(String.valueOf(req.getQueryString()));\n        resp.setStatus(404);\n        resp.setContentType(\"text/html\");\n        resp.getWriter().format(\"<p>No page for query %s</p>%n\", qs);\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "trust-session-param",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\n\npublic class RoleServlet extends HttpServlet {\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String role = req.getParameter(\"role\");\n        HttpSession session = req.getSession();\n        session.setAttribute(\"role\", role);\n        resp.sendRedirect(\"/app\");\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "trust-session-param",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\n\npublic class RoleServlet extends HttpServlet {\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String role = \"user\".equals(req.getParameter(\"role\")) ? \"user\" : \"guest\";\n        HttpSession session = req.getSession();\n        session.setAttribute(\"role\", role);\n        resp.sendRedirect(\"/app\");\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "trust-session-header",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.IOException;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class TenantFilter implements Filter {\n    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {\n        HttpServletRequest req = (HttpServletRequest) request;\n        String tenant = req.getHeader(\"X-Tenant-Id\");\n        req.getSession(true).setAttribute(\"tenantId\", tenant);\n        chain.doFilter(request, response);\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "trust-session-header",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.IOException;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class TenantFilter implements Filter {\n    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {\n        HttpServletRequest req = (HttpServletRequest) request;\n        String tenant = req.getHeader(\"X-Tenant-Id\");\n        if (tenant == null || !tenant.matches(\"^[a-z0-9]{3,20}$\")) { ((HttpServletResponse) response).sendError(400); return; }\n        req.getSession(true).setAttribute(\"tenantId\", tenant);\n        chain.doFilter(request, response);\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "trust-putvalue",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\n\npublic class LegacyPrefs extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String theme = req.getParameter(\"theme\");\n        req.getSession().putValue(\"theme\", theme);\n        resp.getWriter().println(\"saved\");\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "trust-putvalue",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\n\npublic class LegacyPrefs extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String theme = java.util.List.of(\"light\", \"dark\").contains(req.getParameter(\"theme\")) ? req.getParameter(\"theme\") : \"light\";\n        req.getSession().putValue(\"theme\", theme);\n        resp.getWriter().println(\"saved\");\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "trust-spring-httpsession",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import javax.servlet.http.HttpSession;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class CartController {\n    @PostMapping(\"/cart/discount\")\n    public String applyDiscount(@RequestParam String code, HttpSession session) {\n        session.setAttribute(\"discountCode\", code);\n        return \"ok\";\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "trust-spring-httpsession",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import javax.servlet.http.HttpSession;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class CartController {\n    @PostMapping(\"/cart/discount\")\n    public String applyDiscount(@RequestParam String code, HttpSession session) {\n        if (!code.matches(\"[A-Z0-9]{6,10}\")) return \"invalid\";\n        session.setAttribute(\"discountCode\", code);\n        return \"ok\";\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "trust-cookie-to-session",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\n\npublic class RestoreServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        Cookie[] cs = req.getCookies();\n        if (cs != null) {\n            for (Cookie c : cs) {\n                if (\"userId\".equals(c.getName())) {\n                    req.getSession().setAttribute(\"userId\", c.getValue());\n                }\n            }\n        }\n        resp.sendRedirect(\"/home\");\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "trust-cookie-to-session",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\n\npublic class RestoreServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        Cookie[] cs = req.getCookies();\n        if (cs != null) {\n            for (Cookie c : cs) {\n                if (\"userId\".equals(c.getName())) {\n                    req.getSession().setAttribute(\"userId\", Long.parseLong(c.getValue()));\n                }\n            }\n        }\n        resp.sendRedirect(\"/home\");\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "trust-param-names-loop",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.IOException;\nimport java.util.Enumeration;\nimport javax.servlet.http.*;\n\npublic class WizardStepServlet extends HttpServlet {\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        HttpSession session = req.getSession();\n        Enumeration<String> names = req.getParameterNames();\n        while (names.hasMoreElements()) {\n            String n = names.nextElement();\n            session.setAttribute(\"wizard.\" + n, req.getParameter(n));\n        }\n        resp.sendRedirect(\"step2\");\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "trust-param-names-loop",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.IOException;\nimport java.util.Enumeration;\nimport javax.servlet.http.*;\n\npublic class WizardStepServlet extends HttpServlet {\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        HttpSession session = req.getSession();\n        Enumeration<String> names = req.getParameterNames();\n        while (names.hasMoreElements()) {\n            String n = names.nextElement();\n            if (!n.matches(\"[a-z]{1,20}\") || !req.getParameter(n).matches(\"[\\\\w ]{0,80}\")) continue;\n            session.setAttribute(\"wizard.\" + n, req.getParameter(n));\n        }\n        resp.sendRedirect(\"step2\");\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "trust-jaxrs-session",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import javax.servlet.http.HttpServletRequest;\nimport javax.ws.rs.*;\nimport javax.ws.rs.core.Context;\n\n@Path(\"/prefs\")\npublic class PrefsResource {\n    @Context\n    private HttpServletRequest request;\n\n    @POST\n    @Path(\"/currency\")\n    public String setCurrency(@FormParam(\"currency\") String currency) {\n        request.getSession().setAttribute(\"currency\", currency);\n        return \"ok\";\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "trust-jaxrs-session",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import javax.servlet.http.HttpServletRequest;\nimport javax.ws.rs.*;\nimport javax.ws.rs.core.Context;\n\n@Path(\"/prefs\")\npublic class PrefsResource {\n    @Context\n    private HttpServletRequest request;\n\n    @POST\n    @Path(\"/currency\")\n    public String setCurrency(@FormParam(\"currency\") String currency) {\n        if (!java.util.Set.of(\"EUR\", \"USD\", \"GBP\").contains(currency)) throw new BadRequestException();\n        request.getSession().setAttribute(\"currency\", currency);\n        return \"ok\";\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "trust-servletcontext",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\n\npublic class AnnouncementServlet extends HttpServlet {\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String banner = req.getParameter(\"banner\");\n        getServletContext().setAttribute(\"siteBanner\", banner);\n        resp.getWriter().println(\"updated\");\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "trust-servletcontext",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\n\npublic class AnnouncementServlet extends HttpServlet {\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String banner = req.getParameter(\"banner\");\n        if (banner == null || !banner.matches(\"[\\\\w .,!-]{1,120}\")) { resp.sendError(400); return; }\n        getServletContext().setAttribute(\"siteBanner\", banner);\n        resp.getWriter().println(\"updated\");\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "trust-session-object-field",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\n\npublic class ProfileServlet extends HttpServlet {\n    static class UserCtx { String name; boolean admin; }\n\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        UserCtx ctx = new UserCtx();\n        ctx.name = req.getParameter(\"displayName\");\n        ctx.admin = Boolean.parseBoolean(req.getParameter(\"admin\"));\n        req.getSession().setAttribute(\"ctx\", ctx);\n        resp.sendRedirect(\"/profile\");\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "trust-session-object-field",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\n\npublic class ProfileServlet extends HttpServlet {\n    static class UserCtx { String name; boolean admin; }\n\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        UserCtx ctx = new UserCtx();\n        ctx.name = \"anonymous\";\n        ctx.admin = false;\n        req.getSession().setAttribute(\"ctx\", ctx);\n        resp.sendRedirect(\"/profile\");\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "trust-spring-sessionattr-model",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import javax.servlet.http.HttpServletRequest;\nimport org.springframework.stereotype.Controller;\nimport org.springframework.web.bind.annotation.*;\n\n@Controller\npublic class LocaleController {\n    @GetMapping(\"/locale\")\n    public String change(HttpServletRequest request) {\n        String loc = request.getParameter(\"locale\");\n        request.getSession().setAttribute(\"locale\", loc);\n        return \"redirect:/\";\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "trust-spring-sessionattr-model",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import javax.servlet.http.HttpServletRequest;\nimport org.springframework.stereotype.Controller;\nimport org.springframework.web.bind.annotation.*;\n\n@Controller\npublic class LocaleController {\n    @GetMapping(\"/locale\")\n    public String change(HttpServletRequest request) {\n        String loc = request.getParameter(\"locale\");\n        if (loc == null || !loc.matches(\"^[a-z]{2}(_[A-Z]{2})?$\")) loc = \"en\";\n        request.getSession().setAttribute(\"locale\", loc);\n        return \"redirect:/\";\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "path-fileinputstream",
  "kind": "vuln",
  "lang": "java",
  "cwe": 22,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\n\npublic class DownloadServlet extends HttpServlet {\n    private static final String BASE = \"/var/app/files/\";\n\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String name = req.getParameter(\"file\");\n        try (InputStream in = new FileInputStream(BASE + name)) {\n            in.transferTo(resp.getOutputStream());\n        }\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "path-fileinputstream",
  "kind": "safe",
  "lang": "java",
  "cwe": 22,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\n\npublic class DownloadServlet extends HttpServlet {\n    private static final String BASE = \"/var/app/files/\";\n\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String name = req.getParameter(\"file\");\n        File f = new File(BASE, name).getCanonicalFile();\n        if (!f.getPath().startsWith(new File(BASE).getCanonicalPath() + File.separator)) { resp.sendError(403); return; }\n        try (InputStream in = new FileInputStream(f)) {\n            in.transferTo(resp.getOutputStream());\n        }\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "path-paths-get-readallbytes",
  "kind": "vuln",
  "lang": "java",
  "cwe": 22,
  "code": "import java.nio.file.*;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class DocController {\n    @GetMapping(\"/docs\")\n    public byte[] doc(@RequestParam String name) throws Exception {\n        Path p = Paths.get(\"/srv/docs\", name);\n        return Files.readAllBytes(p);\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "path-paths-get-readallbytes",
  "kind": "safe",
  "lang": "java",
  "cwe": 22,
  "code": "import java.nio.file.*;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class DocController {\n    @GetMapping(\"/docs\")\n    public byte[] doc(@RequestParam String name) throws Exception {\n        Path base = Paths.get(\"/srv/docs\").toAbsolutePath().normalize();\n        Path p = base.resolve(name).normalize();\n        if (!p.startsWith(base)) throw new IllegalArgumentException(\"bad path\");\n        return Files.readAllBytes(p);\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "path-filereader-header",
  "kind": "vuln",
  "lang": "java",
  "cwe": 22,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\n\npublic class TemplateServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String tpl = req.getHeader(\"X-Template\");\n        File f = new File(\"/opt/templates/\" + tpl + \".html\");\n        try (BufferedReader r = new BufferedReader(new FileReader(f))) {\n            String line;\n            while ((line = r.readLine()) != null) resp.getWriter().println(line);\n        }\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "path-filereader-header",
  "kind": "safe",
  "lang": "java",
  "cwe": 22,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\n\npublic class TemplateServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String tpl = req.getHeader(\"X-Template\");\n        if (tpl == null || !tpl.matches(\"[a-z_]{1,30}\")) { resp.sendError(400); return; }\n        File f = new File(\"/opt/templates/\" + tpl + \".html\");\n        try (BufferedReader r = new BufferedReader(new FileReader(f))) {\n            String line;\n            while ((line = r.readLine()) != null) resp.getWriter().println(line);\n        }\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "path-upload-multipart-name",
  "kind": "vuln",
  "lang": "java",
  "cwe": 22,
  "code": "import java.io.*;\nimport javax.servlet.annotation.MultipartConfig;\nimport javax.servlet.http.*;\n\n@MultipartConfig\npublic class UploadServlet extends HttpServlet {\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException, javax.servlet.ServletException {\n        Part part = req.getPart(\"file\");\n        String fileName = part.getSubmittedFileName();\n        part.write(\"/var/uploads/\" + fileName);\n        resp.getWriter().println(\"stored\");\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "path-upload-multipart-name",
  "kind": "safe",
  "lang": "java",
  "cwe": 22,
  "code": "import java.io.*;\nimport javax.servlet.annotation.MultipartConfig;\nimport javax.servlet.http.*;\n\n@MultipartConfig\npublic class UploadServlet extends HttpServlet {\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException, javax.servlet.ServletException {\n        Part part = req.getPart(\"file\");\n        String fileName = java.nio.file.Paths.get(part.getSubmittedFileName()).getFileName().toString().replaceAll(\"[^A-Za-z0-9._-]\", \"_\");\n        part.write(\"/var/uploads/\" + fileName);\n        resp.getWriter().println(\"stored\");\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "path-files-write-spring",
  "kind": "vuln",
  "lang": "java",
  "cwe": 22,
  "code": "import java.nio.file.*;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class NotesController {\n    private final Path root = Paths.get(\"/data/notes\");\n\n    @PutMapping(\"/notes/{name}\")\n    public String save(@PathVariable String name, @RequestBody String text) throws Exception {\n        Files.writeString(root.resolve(name), text);\n        return \"saved\";\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "path-files-write-spring",
  "kind": "safe",
  "lang": "java",
  "cwe": 22,
  "code": "import java.nio.file.*;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class NotesController {\n    private final Path root = Paths.get(\"/data/notes\");\n\n    @PutMapping(\"/notes/{name}\")\n    public String save(@PathVariable String name, @RequestBody String text) throws Exception {\n        Path target = root.resolve(name).normalize();\n        if (!target.startsWith(root)) throw new SecurityException(\"outside\");\n        Files.writeString(target, text);\n        return \"saved\";\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "path-randomaccessfile",
  "kind": "vuln",
  "lang": "java",
  "cwe": 22,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\n\npublic class LogTailServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String log = req.getParameter(\"log\");\n        try (RandomAccessFile raf = new RandomAccessFile(new File(\"/var/log/app\", log), \"r\")) {\n            long len = raf.length();\n            raf.seek(Math.max(0, len - 4096));\n            byte[] buf = new byte[4096];\n            int n = raf.read(buf);\n            resp.getOutputStream().write(buf, 0, Math.max(n, 0));\n        }\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "path-randomaccessfile",
  "kind": "safe",
  "lang": "java",
  "cwe": 22,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\n\npublic class LogTailServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String log = new File(req.getParameter(\"log\")).getName();\n        try (RandomAccessFile raf = new RandomAccessFile(new File(\"/var/log/app\", log), \"r\")) {\n            long len = raf.length();\n            raf.seek(Math.max(0, len - 4096));\n            byte[] buf = new byte[4096];\n            int n = raf.read(buf);\n            resp.getOutputStream().write(buf, 0, Math.max(n, 0));\n        }\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "path-delete-file",
  "kind": "vuln",
  "lang": "java",
  "cwe": 22,
  "code": "import java.io.File;\nimport javax.servlet.http.*;\n\npublic class DeleteAttachmentServlet extends HttpServlet {\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        String id = req.getParameter(\"attachment\");\n        File f = new File(\"/srv/attachments/\" + id);\n        if (f.delete()) resp.getWriter().println(\"deleted\");\n        else resp.sendError(404);\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "path-delete-file",
  "kind": "safe",
  "lang": "java",
  "cwe": 22,
  "code": "import java.io.File;\nimport javax.servlet.http.*;\n\npublic class DeleteAttachmentServlet extends HttpServlet {\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        String id = req.getParameter(\"attachment\");\n        if (id == null || !id.matches(\"[0-9a-f]{32}\")) { resp.sendError(400); return; }\n        File f = new File(\"/srv/attachments/\" + id);\n        if (f.delete()) resp.getWriter().println(\"deleted\");\n        else resp.sendError(404);\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "path-resource-stream",
  "kind": "vuln",
  "lang": "java",
  "cwe": 22,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\n\npublic class StaticServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String path = req.getPathInfo();\n        InputStream in = getServletContext().getResourceAsStream(\"/WEB-INF/static\" + path);\n        if (in == null) { resp.sendError(404); return; }\n        in.transferTo(resp.getOutputStream());\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "path-resource-stream",
  "kind": "safe",
  "lang": "java",
  "cwe": 22,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\n\npublic class StaticServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String path = req.getPathInfo();\n        if (path == null || path.contains(\"..\") || !path.matches(\"^/[\\\\w/.-]+$\")) { resp.sendError(400); return; }\n        InputStream in = getServletContext().getResourceAsStream(\"/WEB-INF/static\" + path);\n        if (in == null) { resp.sendError(404); return; }\n        in.transferTo(resp.getOutputStream());\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "path-jaxrs-file-response",
  "kind": "vuln",
  "lang": "java",
  "cwe": 22,
  "code": "import java.io.File;\nimport javax.ws.rs.*;\nimport javax.ws.rs.core.Response;\n\n@Path(\"/reports\")\npublic class ReportResource {\n    @GET\n    @Path(\"/{name}\")\n    public Response get(@PathParam(\"name\") String name) {\n        File report = new File(\"/srv/reports\", name);\n        return Response.ok(report).header(\"Content-Disposition\", \"attachment\").build();\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "path-jaxrs-file-response",
  "kind": "safe",
  "lang": "java",
  "cwe": 22,
  "code": "import java.io.File;\nimport javax.ws.rs.*;\nimport javax.ws.rs.core.Response;\n\n@Path(\"/reports\")\npublic class ReportResource {\n    @GET\n    @Path(\"/{name}\")\n    public Response get(@PathParam(\"name\") String name) {\n        if (!name.matches(\"[A-Za-z0-9_-]+\\\\.pdf\")) return Response.status(400).build();\n        File report = new File(\"/srv/reports\", name);\n        return Response.ok(report).header(\"Content-Disposition\", \"attachment\").build();\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "path-files-copy-cookie",
  "kind": "vuln",
  "lang": "java",
  "cwe": 22,
  "code": "import java.nio.file.*;\nimport javax.servlet.http.*;\n\npublic class AvatarServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        String avatar = \"default.png\";\n        if (req.getCookies() != null)\n            for (Cookie c : req.getCookies()) if (c.getName().equals(\"avatar\")) avatar = c.getValue();\n        resp.setContentType(\"image/png\");\n        Files.copy(Paths.get(\"/srv/avatars/\" + avatar), resp.getOutputStream());\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "path-files-copy-cookie",
  "kind": "safe",
  "lang": "java",
  "cwe": 22,
  "code": "import java.nio.file.*;\nimport javax.servlet.http.*;\n\npublic class AvatarServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        String avatar = \"default.png\";\n        if (req.getCookies() != null)\n            for (Cookie c : req.getCookies()) if (c.getName().equals(\"avatar\")) avatar = c.getValue();\n        resp.setContentType(\"image/png\");\n        Path base = Paths.get(\"/srv/avatars\").toRealPath();\n        Path p = base.resolve(avatar).toRealPath();\n        if (!p.startsWith(base)) { resp.sendError(403); return; }\n        Files.copy(p, resp.getOutputStream());\n    }\n}\n",
  "wave": 1
 },
 {
  "name": "rand2-commons-randomstring-apikey",
  "kind": "vuln",
  "lang": "java",
  "cwe": 330,
  "code": "import org.apache.commons.lang3.RandomStringUtils;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class TokenController {\n    @PostMapping(\"/api/tokens\")\n    public String issue(@RequestParam String owner) {\n        String token = RandomStringUtils.randomAlphanumeric(40);\n        return \"{\\\"owner\\\":\\\"\" + owner.length() + \"\\\",\\\"token\\\":\\\"\" + token + \"\\\"}\";\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "rand2-commons-randomstring-apikey",
  "kind": "safe",
  "lang": "java",
  "cwe": 330,
  "code": "import java.security.SecureRandom;\nimport java.util.Base64;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class TokenController {\n    @PostMapping(\"/api/tokens\")\n    public String issue(@RequestParam String owner) {\n        byte[] b = new byte[30];\n        new SecureRandom().nextBytes(b);\n        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);\n        return \"{\\\"owner\\\":\\\"\" + owner.length() + \"\\\",\\\"token\\\":\\\"\" + token + \"\\\"}\";\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "rand2-ints-stream-invite",
  "kind": "vuln",
  "lang": "java",
  "cwe": 330,
  "code": "import java.util.Random;\nimport java.util.stream.Collectors;\n\npublic class InviteCodeService {\n    private final Random random = new Random();\n\n    public String newInviteCode() {\n        return random.ints(12, 0, 36)\n                .mapToObj(i -> Integer.toString(i, 36))\n                .collect(Collectors.joining());\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "rand2-ints-stream-invite",
  "kind": "safe",
  "lang": "java",
  "cwe": 330,
  "code": "import java.security.SecureRandom;\nimport java.util.stream.Collectors;\n\npublic class InviteCodeService {\n    private final SecureRandom random = new SecureRandom();\n\n    public String newInviteCode() {\n        return random.ints(12, 0, 36)\n                .mapToObj(i -> Integer.toString(i, 36))\n                .collect(Collectors.joining());\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "rand2-uuid-from-random",
  "kind": "vuln",
  "lang": "java",
  "cwe": 330,
  "code": "import java.util.Random;\nimport java.util.UUID;\n\npublic class SessionIdFactory {\n    private static final Random R = new Random();\n\n    public static String newSessionId() {\n        UUID id = new UUID(R.nextLong(), R.nextLong());\n        return id.toString();\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "rand2-uuid-from-random",
  "kind": "safe",
  "lang": "java",
  "cwe": 330,
  "code": "import java.util.UUID;\n\npublic class SessionIdFactory {\n    public static String newSessionId() {\n        UUID id = UUID.randomUUID();\n        return id.toString();\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "rand2-shuffle-lottery",
  "kind": "vuln",
  "lang": "java",
  "cwe": 330,
  "code": "import java.util.*;\n\npublic class LotteryDraw {\n    public List<Integer> drawWinningNumbers() {\n        List<Integer> balls = new ArrayList<>();\n        for (int i = 1; i <= 49; i++) balls.add(i);\n        Collections.shuffle(balls);\n        return balls.subList(0, 6);\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "rand2-shuffle-lottery",
  "kind": "safe",
  "lang": "java",
  "cwe": 330,
  "code": "import java.security.SecureRandom;\nimport java.util.*;\n\npublic class LotteryDraw {\n    public List<Integer> drawWinningNumbers() {\n        List<Integer> balls = new ArrayList<>();\n        for (int i = 1; i <= 49; i++) balls.add(i);\n        Collections.shuffle(balls, new SecureRandom());\n        return balls.subList(0, 6);\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "rand2-upload-filename-mathrandom",
  "kind": "vuln",
  "lang": "java",
  "cwe": 330,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\n\npublic class PrivateUploadServlet extends HttpServlet {\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException, javax.servlet.ServletException {\n        Part part = req.getPart(\"doc\");\n        String secretName = Long.toString((long) (Math.random() * Long.MAX_VALUE), 36) + \".pdf\";\n        try (InputStream in = part.getInputStream(); OutputStream out = new FileOutputStream(\"/srv/private/\" + secretName)) {\n            in.transferTo(out);\n        }\n        resp.getWriter().println(\"/private/\" + secretName);\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "rand2-upload-filename-mathrandom",
  "kind": "safe",
  "lang": "java",
  "cwe": 330,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\n\npublic class PrivateUploadServlet extends HttpServlet {\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException, javax.servlet.ServletException {\n        Part part = req.getPart(\"doc\");\n        String secretName = java.util.UUID.randomUUID() + \".pdf\";\n        try (InputStream in = part.getInputStream(); OutputStream out = new FileOutputStream(\"/srv/private/\" + secretName)) {\n            in.transferTo(out);\n        }\n        resp.getWriter().println(\"/private/\" + secretName);\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "rand2-sms-code-threadlocal",
  "kind": "vuln",
  "lang": "java",
  "cwe": 330,
  "code": "import java.util.concurrent.ThreadLocalRandom;\nimport javax.servlet.http.*;\n\npublic class SmsVerificationServlet extends HttpServlet {\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        int code = ThreadLocalRandom.current().nextInt(1000, 10000);\n        req.getSession().setAttribute(\"smsCode\", code);\n        resp.getWriter().println(\"sent\");\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "rand2-sms-code-threadlocal",
  "kind": "safe",
  "lang": "java",
  "cwe": 330,
  "code": "import java.util.concurrent.ThreadLocalRandom;\nimport javax.servlet.http.*;\n\npublic class SmsVerificationServlet extends HttpServlet {\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        int code = 1000 + new java.security.SecureRandom().nextInt(9000);\n        req.getSession().setAttribute(\"smsCode\", code);\n        resp.getWriter().println(\"sent\");\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "rand2-splittable-hmac-key",
  "kind": "vuln",
  "lang": "java",
  "cwe": 330,
  "code": "import java.util.SplittableRandom;\nimport javax.crypto.Mac;\nimport javax.crypto.spec.SecretKeySpec;\n\npublic class WebhookSigner {\n    private final byte[] key = new byte[32];\n\n    public WebhookSigner() {\n        SplittableRandom sr = new SplittableRandom();\n        for (int i = 0; i < key.length; i++) key[i] = (byte) sr.nextInt(256);\n    }\n\n    public byte[] sign(byte[] body) throws Exception {\n        Mac mac = Mac.getInstance(\"HmacSHA256\");\n        mac.init(new SecretKeySpec(key, \"HmacSHA256\"));\n        return mac.doFinal(body);\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "rand2-splittable-hmac-key",
  "kind": "safe",
  "lang": "java",
  "cwe": 330,
  "code": "import java.security.SecureRandom;\nimport javax.crypto.Mac;\nimport javax.crypto.spec.SecretKeySpec;\n\npublic class WebhookSigner {\n    private final byte[] key = new byte[32];\n\n    public WebhookSigner() {\n        new SecureRandom().nextBytes(key);\n    }\n\n    public byte[] sign(byte[] body) throws Exception {\n        Mac mac = Mac.getInstance(\"HmacSHA256\");\n        mac.init(new SecretKeySpec(key, \"HmacSHA256\"));\n        return mac.doFinal(body);\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "rand2-nonrandom-safe-jitter",
  "kind": "vuln",
  "lang": "java",
  "cwe": 330,
  "code": "import java.util.Random;\n\npublic class RetryPolicy {\n    private final Random random = new Random();\n\n    public String sessionToken() {\n        return Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong());\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "rand2-nonrandom-safe-jitter",
  "kind": "safe",
  "lang": "java",
  "cwe": 330,
  "code": "import java.util.Random;\n\npublic class RetryPolicy {\n    private final Random random = new Random();\n\n    public long backoffMillis(int attempt) {\n        long base = 100L << Math.min(attempt, 6);\n        return base + random.nextInt(100);\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "xpath2-evaluateexpression",
  "kind": "vuln",
  "lang": "java",
  "cwe": 643,
  "code": "import javax.xml.xpath.*;\nimport org.w3c.dom.Document;\nimport javax.servlet.http.*;\n\npublic class AccountServlet extends HttpServlet {\n    private Document accounts;\n\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        String acct = req.getParameter(\"acct\");\n        XPath xp = XPathFactory.newInstance().newXPath();\n        try {\n            Double balance = xp.evaluateExpression(\"/accounts/account[@no='\".concat(acct).concat(\"']/balance\"), accounts, Double.class);\n            resp.getWriter().println(balance);\n        } catch (XPathExpressionException e) { resp.sendError(400); }\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "xpath2-evaluateexpression",
  "kind": "safe",
  "lang": "java",
  "cwe": 643,
  "code": "import javax.xml.xpath.*;\nimport org.w3c.dom.Document;\nimport javax.servlet.http.*;\n\npublic class AccountServlet extends HttpServlet {\n    private Document accounts;\n\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        String acct = req.getParameter(\"acct\");\n        if (acct == null || !acct.matches(\"\\\\d{8}\")) { resp.sendError(400); return; }\n        XPath xp = XPathFactory.newInstance().newXPath();\n        try {\n            Double balance = xp.evaluateExpression(\"/accounts/account[@no='\".concat(acct).concat(\"']/balance\"), accounts, Double.class);\n            resp.getWriter().println(balance);\n        } catch (XPathExpressionException e) { resp.sendError(400); }\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "xpath2-xalan-xpathapi",
  "kind": "vuln",
  "lang": "java",
  "cwe": 643,
  "code": "import org.apache.xpath.XPathAPI;\nimport org.w3c.dom.*;\nimport javax.servlet.http.*;\n\npublic class LegacyDirectory extends HttpServlet {\n    private Document dir;\n\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        String ou = req.getParameter(\"ou\");\n        try {\n            NodeList people = XPathAPI.selectNodeList(dir, \"//person[@ou='\" + ou + \"']\");\n            resp.getWriter().println(people.getLength());\n        } catch (Exception e) { resp.sendError(500); }\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "xpath2-xalan-xpathapi",
  "kind": "safe",
  "lang": "java",
  "cwe": 643,
  "code": "import org.apache.xpath.XPathAPI;\nimport org.w3c.dom.*;\nimport javax.servlet.http.*;\n\npublic class LegacyDirectory extends HttpServlet {\n    private Document dir;\n\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        String ou = req.getParameter(\"ou\");\n        if (ou == null || !ou.matches(\"[A-Za-z]{2,16}\")) { resp.sendError(400); return; }\n        try {\n            NodeList people = XPathAPI.selectNodeList(dir, \"//person[@ou='\" + ou + \"']\");\n            resp.getWriter().println(people.getLength());\n        } catch (Exception e) { resp.sendError(500); }\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "xpath2-jdom2",
  "kind": "vuln",
  "lang": "java",
  "cwe": 643,
  "code": "import org.jdom2.Document;\nimport org.jdom2.Element;\nimport org.jdom2.filter.Filters;\nimport org.jdom2.xpath.XPathExpression;\nimport org.jdom2.xpath.XPathFactory;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class FeedController {\n    private Document feed;\n\n    @GetMapping(\"/feed/item\")\n    public String item(@RequestHeader(\"X-Item\") String guid) {\n        XPathExpression<Element> xp = XPathFactory.instance().compile(\"//item[guid='\" + guid + \"']\", Filters.element());\n        Element e = xp.evaluateFirst(feed);\n        return e == null ? \"\" : e.getChildText(\"title\");\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "xpath2-jdom2",
  "kind": "safe",
  "lang": "java",
  "cwe": 643,
  "code": "import org.jdom2.Document;\nimport org.jdom2.Element;\nimport org.jdom2.filter.Filters;\nimport org.jdom2.xpath.XPathExpression;\nimport org.jdom2.xpath.XPathFactory;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class FeedController {\n    private Document feed;\n\n    @GetMapping(\"/feed/item\")\n    public String item(@RequestHeader(\"X-Item\") String guid) {\n        if (!guid.matches(\"[0-9a-f-]{36}\")) return \"\";\n        XPathExpression<Element> xp = XPathFactory.instance().compile(\"//item[guid='\" + guid + \"']\", Filters.element());\n        Element e = xp.evaluateFirst(feed);\n        return e == null ? \"\" : e.getChildText(\"title\");\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "xpath2-jaxen-domxpath",
  "kind": "vuln",
  "lang": "java",
  "cwe": 643,
  "code": "import org.jaxen.dom.DOMXPath;\nimport org.w3c.dom.Document;\nimport javax.servlet.http.*;\n\npublic class ShelfServlet extends HttpServlet {\n    private Document library;\n\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        String author = req.getParameter(\"author\");\n        try {\n            DOMXPath path = new DOMXPath(\"//book[author='\" + author + \"']/title\");\n            resp.getWriter().println(path.stringValueOf(library));\n        } catch (Exception e) { resp.sendError(500); }\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "xpath2-jaxen-domxpath",
  "kind": "safe",
  "lang": "java",
  "cwe": 643,
  "code": "import org.jaxen.dom.DOMXPath;\nimport org.w3c.dom.Document;\nimport javax.servlet.http.*;\n\npublic class ShelfServlet extends HttpServlet {\n    private Document library;\n\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        String author = req.getParameter(\"author\");\n        if (author == null || !author.matches(\"[A-Za-z .]{1,60}\")) { resp.sendError(400); return; }\n        try {\n            DOMXPath path = new DOMXPath(\"//book[author='\" + author + \"']/title\");\n            resp.getWriter().println(path.stringValueOf(library));\n        } catch (Exception e) { resp.sendError(500); }\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "xpath2-values-join",
  "kind": "vuln",
  "lang": "java",
  "cwe": 643,
  "code": "import javax.xml.xpath.*;\nimport org.w3c.dom.*;\nimport javax.servlet.http.*;\nimport java.util.*;\n\npublic class MultiFilterServlet extends HttpServlet {\n    private Document doc;\n\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        String[] tags = req.getParameterValues(\"tag\");\n        List<String> preds = new ArrayList<>();\n        for (String t : tags) preds.add(\"@tag='\" + t + \"'\");\n        String expr = \"//post[\" + String.join(\" or \", preds) + \"]\";\n        try {\n            NodeList n = (NodeList) XPathFactory.newInstance().newXPath().evaluate(expr, doc, XPathConstants.NODESET);\n            resp.getWriter().println(n.getLength());\n        } catch (XPathExpressionException e) { resp.sendError(400); }\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "xpath2-values-join",
  "kind": "safe",
  "lang": "java",
  "cwe": 643,
  "code": "import javax.xml.xpath.*;\nimport org.w3c.dom.*;\nimport javax.servlet.http.*;\nimport java.util.*;\n\npublic class MultiFilterServlet extends HttpServlet {\n    private Document doc;\n\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        String[] tags = req.getParameterValues(\"tag\");\n        List<String> preds = new ArrayList<>();\n        for (String t : tags) if (t.matches(\"[a-z]{1,20}\")) preds.add(\"@tag='\" + t + \"'\");\n        String expr = \"//post[\" + String.join(\" or \", preds) + \"]\";\n        try {\n            NodeList n = (NodeList) XPathFactory.newInstance().newXPath().evaluate(expr, doc, XPathConstants.NODESET);\n            resp.getWriter().println(n.getLength());\n        } catch (XPathExpressionException e) { resp.sendError(400); }\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "xpath2-plain-class-param",
  "kind": "vuln",
  "lang": "java",
  "cwe": 643,
  "code": "import javax.xml.xpath.*;\nimport org.w3c.dom.Document;\n\npublic class UserDirectory {\n    private final Document doc;\n    private final XPath xpath = XPathFactory.newInstance().newXPath();\n\n    public UserDirectory(Document doc) { this.doc = doc; }\n\n    public String emailOf(String login) throws XPathExpressionException {\n        String q = \"/directory/user[login='\" + login + \"']/email\";\n        return xpath.evaluate(q, doc);\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "xpath2-plain-class-param",
  "kind": "safe",
  "lang": "java",
  "cwe": 643,
  "code": "import javax.xml.xpath.*;\nimport org.w3c.dom.Document;\n\npublic class UserDirectory {\n    private final Document doc;\n    private final XPath xpath = XPathFactory.newInstance().newXPath();\n\n    public UserDirectory(Document doc) { this.doc = doc; }\n\n    public String emailOf(String login) throws XPathExpressionException {\n        if (!login.matches(\"[a-z0-9._]{1,32}\")) throw new IllegalArgumentException(\"login\");\n        String q = \"/directory/user[login='\" + login + \"']/email\";\n        return xpath.evaluate(q, doc);\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "redirect2-redirectview-seturl",
  "kind": "vuln",
  "lang": "java",
  "cwe": 601,
  "code": "import org.springframework.stereotype.Controller;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.web.servlet.view.RedirectView;\n\n@Controller\npublic class OAuthController {\n    @GetMapping(\"/oauth/return\")\n    public RedirectView back(@RequestParam(\"redirect_uri\") String redirectUri) {\n        RedirectView rv = new RedirectView();\n        rv.setUrl(redirectUri);\n        return rv;\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "redirect2-redirectview-seturl",
  "kind": "safe",
  "lang": "java",
  "cwe": 601,
  "code": "import org.springframework.stereotype.Controller;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.web.servlet.view.RedirectView;\n\n@Controller\npublic class OAuthController {\n    @GetMapping(\"/oauth/return\")\n    public RedirectView back(@RequestParam(\"redirect_uri\") String redirectUri) {\n        RedirectView rv = new RedirectView();\n        rv.setUrl(redirectUri.startsWith(\"/\") && !redirectUri.startsWith(\"//\") ? redirectUri : \"/\");\n        return rv;\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "redirect2-httpheaders-add-location",
  "kind": "vuln",
  "lang": "java",
  "cwe": 601,
  "code": "import java.net.URI;\nimport org.springframework.http.*;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class ShortLinkController {\n    @GetMapping(\"/s\")\n    public ResponseEntity<Void> follow(@RequestParam(\"u\") String target) {\n        HttpHeaders headers = new HttpHeaders();\n        headers.add(HttpHeaders.LOCATION, target);\n        return new ResponseEntity<>(headers, HttpStatus.FOUND);\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "redirect2-httpheaders-add-location",
  "kind": "safe",
  "lang": "java",
  "cwe": 601,
  "code": "import java.net.URI;\nimport org.springframework.http.*;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class ShortLinkController {\n    @GetMapping(\"/s\")\n    public ResponseEntity<Void> follow(@RequestParam(\"u\") String target) {\n        HttpHeaders headers = new HttpHeaders();\n        headers.add(HttpHeaders.LOCATION, \"/links/\" + java.net.URLEncoder.encode(target, java.nio.charset.StandardCharsets.UTF_8));\n        return new ResponseEntity<>(headers, HttpStatus.FOUND);\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "redirect2-refresh-header",
  "kind": "vuln",
  "lang": "java",
  "cwe": 601,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\n\npublic class InterstitialServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String dest = req.getParameter(\"dest\");\n        resp.setHeader(\"Refresh\", \"3; url=\" + dest);\n        resp.getWriter().println(\"You are leaving our site\");\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "redirect2-refresh-header",
  "kind": "safe",
  "lang": "java",
  "cwe": 601,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\n\npublic class InterstitialServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String dest = req.getParameter(\"dest\");\n        resp.setHeader(\"Refresh\", \"3; url=/\");\n        resp.getWriter().println(\"You are leaving our site\");\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "redirect2-base64-state",
  "kind": "vuln",
  "lang": "java",
  "cwe": 601,
  "code": "import java.io.IOException;\nimport java.util.Base64;\nimport javax.servlet.http.*;\n\npublic class OidcCallbackServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String state = req.getParameter(\"state\");\n        String returnTo = new String(Base64.getUrlDecoder().decode(state));\n        resp.sendRedirect(returnTo);\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "redirect2-base64-state",
  "kind": "safe",
  "lang": "java",
  "cwe": 601,
  "code": "import java.io.IOException;\nimport java.util.Base64;\nimport javax.servlet.http.*;\n\npublic class OidcCallbackServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String state = req.getParameter(\"state\");\n        String returnTo = new String(Base64.getUrlDecoder().decode(state));\n        if (!returnTo.startsWith(\"/\") || returnTo.startsWith(\"//\")) returnTo = \"/\";\n        resp.sendRedirect(returnTo);\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "redirect2-jaxrs-temporary-newuri",
  "kind": "vuln",
  "lang": "java",
  "cwe": 601,
  "code": "import java.net.URI;\nimport javax.ws.rs.*;\nimport javax.ws.rs.core.Response;\n\n@Path(\"/r\")\npublic class RedirectResource {\n    @GET\n    public Response go(@QueryParam(\"to\") String to) throws Exception {\n        return Response.temporaryRedirect(new URI(to)).build();\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "redirect2-jaxrs-temporary-newuri",
  "kind": "safe",
  "lang": "java",
  "cwe": 601,
  "code": "import java.net.URI;\nimport javax.ws.rs.*;\nimport javax.ws.rs.core.Response;\n\n@Path(\"/r\")\npublic class RedirectResource {\n    @GET\n    public Response go(@QueryParam(\"to\") String to) throws Exception {\n        URI u = new URI(to);\n        if (u.isAbsolute()) return Response.status(400).build();\n        return Response.temporaryRedirect(u).build();\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "redirect2-requestheader-modelandview",
  "kind": "vuln",
  "lang": "java",
  "cwe": 601,
  "code": "import org.springframework.stereotype.Controller;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.web.servlet.ModelAndView;\n\n@Controller\npublic class ConsentController {\n    @PostMapping(\"/consent\")\n    public ModelAndView accept(@RequestHeader(value = \"Referer\", required = false) String referer) {\n        String view = \"redirect:\" + referer;\n        return new ModelAndView(view);\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "redirect2-requestheader-modelandview",
  "kind": "safe",
  "lang": "java",
  "cwe": 601,
  "code": "import org.springframework.stereotype.Controller;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.web.servlet.ModelAndView;\n\n@Controller\npublic class ConsentController {\n    @PostMapping(\"/consent\")\n    public ModelAndView accept(@RequestHeader(value = \"Referer\", required = false) String referer) {\n        String view = \"redirect:/consent/done\";\n        return new ModelAndView(view);\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "xss2-servletoutputstream-println",
  "kind": "vuln",
  "lang": "java",
  "cwe": 79,
  "code": "import java.io.IOException;\nimport javax.servlet.ServletOutputStream;\nimport javax.servlet.http.*;\n\npublic class StatusServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String job = req.getParameter(\"job\");\n        resp.setContentType(\"text/html\");\n        ServletOutputStream sos = resp.getOutputStream();\n        sos.println(\"<h3>Status of job \" + job + \"</h3>\");\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "xss2-servletoutputstream-println",
  "kind": "safe",
  "lang": "java",
  "cwe": 79,
  "code": "import java.io.IOException;\nimport javax.servlet.ServletOutputStream;\nimport javax.servlet.http.*;\n\npublic class StatusServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String job = req.getParameter(\"job\");\n        resp.setContentType(\"text/html\");\n        ServletOutputStream sos = resp.getOutputStream();\n        sos.println(\"<h3>Status of job \" + org.owasp.esapi.ESAPI.encoder().encodeForHTML(job) + \"</h3>\");\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "xss2-responseentity-texthtml",
  "kind": "vuln",
  "lang": "java",
  "cwe": 79,
  "code": "import org.springframework.http.*;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class WidgetController {\n    @GetMapping(\"/widget\")\n    public ResponseEntity<String> widget(@RequestParam String title) {\n        String body = \"<div class=\\\"widget\\\"><h4>\" + title + \"</h4></div>\";\n        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(body);\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "xss2-responseentity-texthtml",
  "kind": "safe",
  "lang": "java",
  "cwe": 79,
  "code": "import org.springframework.http.*;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class WidgetController {\n    @GetMapping(\"/widget\")\n    public ResponseEntity<String> widget(@RequestParam String title) {\n        String body = \"<div class=\\\"widget\\\"><h4>\" + org.springframework.web.util.HtmlUtils.htmlEscape(title) + \"</h4></div>\";\n        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(body);\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "xss2-controller-responsebody",
  "kind": "vuln",
  "lang": "java",
  "cwe": 79,
  "code": "import org.springframework.stereotype.Controller;\nimport org.springframework.web.bind.annotation.*;\n\n@Controller\npublic class PreviewController {\n    @PostMapping(\"/preview\")\n    @ResponseBody\n    public String preview(@RequestParam(\"markdown\") String md) {\n        String html = md.replace(\"**\", \"<b>\");\n        return \"<article>\" + html + \"</article>\";\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "xss2-controller-responsebody",
  "kind": "safe",
  "lang": "java",
  "cwe": 79,
  "code": "import org.springframework.stereotype.Controller;\nimport org.springframework.web.bind.annotation.*;\n\n@Controller\npublic class PreviewController {\n    @PostMapping(\"/preview\")\n    @ResponseBody\n    public String preview(@RequestParam(\"markdown\") String md) {\n        String html = org.apache.commons.text.StringEscapeUtils.escapeHtml4(md).replace(\"**\", \"<b>\");\n        return \"<article>\" + html + \"</article>\";\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "xss2-new-printwriter",
  "kind": "vuln",
  "lang": "java",
  "cwe": 79,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\n\npublic class FeedbackServlet extends HttpServlet {\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String email = req.getParameter(\"email\");\n        resp.setContentType(\"text/html\");\n        PrintWriter pw = new PrintWriter(new OutputStreamWriter(resp.getOutputStream(), \"UTF-8\"));\n        pw.print(\"<p>Thanks, we will reply to \" + email + \"</p>\");\n        pw.flush();\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "xss2-new-printwriter",
  "kind": "safe",
  "lang": "java",
  "cwe": 79,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\n\npublic class FeedbackServlet extends HttpServlet {\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String email = org.owasp.encoder.Encode.forHtml(req.getParameter(\"email\"));\n        resp.setContentType(\"text/html\");\n        PrintWriter pw = new PrintWriter(new OutputStreamWriter(resp.getOutputStream(), \"UTF-8\"));\n        pw.print(\"<p>Thanks, we will reply to \" + email + \"</p>\");\n        pw.flush();\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "xss2-helper-writer-param",
  "kind": "vuln",
  "lang": "java",
  "cwe": 79,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\n\npublic class ReportServlet extends HttpServlet {\n    private void header(PrintWriter w, String title) {\n        w.println(\"<html><head><title>\" + title + \"</title></head><body>\");\n    }\n\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        resp.setContentType(\"text/html\");\n        header(resp.getWriter(), req.getParameter(\"title\"));\n        resp.getWriter().println(\"</body></html>\");\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "xss2-helper-writer-param",
  "kind": "safe",
  "lang": "java",
  "cwe": 79,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\n\npublic class ReportServlet extends HttpServlet {\n    private void header(PrintWriter w, String title) {\n        w.println(\"<html><head><title>\" + title + \"</title></head><body>\");\n    }\n\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        resp.setContentType(\"text/html\");\n        header(resp.getWriter(), org.owasp.encoder.Encode.forHtml(req.getParameter(\"title\")));\n        resp.getWriter().println(\"</body></html>\");\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "xss2-jaxrs-response-ok-html",
  "kind": "vuln",
  "lang": "java",
  "cwe": 79,
  "code": "import javax.ws.rs.*;\nimport javax.ws.rs.core.*;\n\n@Path(\"/echo\")\npublic class EchoResource {\n    @GET\n    public Response echo(@QueryParam(\"m\") String m) {\n        return Response.ok(\"<html><body>\" + m + \"</body></html>\", MediaType.TEXT_HTML).build();\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "xss2-jaxrs-response-ok-html",
  "kind": "safe",
  "lang": "java",
  "cwe": 79,
  "code": "import javax.ws.rs.*;\nimport javax.ws.rs.core.*;\n\n@Path(\"/echo\")\npublic class EchoResource {\n    @GET\n    public Response echo(@QueryParam(\"m\") String m) {\n        return Response.ok(\"<html><body>\" + org.owasp.encoder.Encode.forHtml(m) + \"</body></html>\", MediaType.TEXT_HTML).build();\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "xss2-headers-enumeration",
  "kind": "vuln",
  "lang": "java",
  "cwe": 79,
  "code": "import java.io.*;\nimport java.util.Enumeration;\nimport javax.servlet.http.*;\n\npublic class ProxyInfoServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        resp.setContentType(\"text/html\");\n        PrintWriter out = resp.getWriter();\n        Enumeration<String> hops = req.getHeaders(\"X-Forwarded-For\");\n        while (hops.hasMoreElements()) {\n            out.println(\"<li>\" + hops.nextElement() + \"</li>\");\n        }\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "xss2-headers-enumeration",
  "kind": "safe",
  "lang": "java",
  "cwe": 79,
  "code": "import java.io.*;\nimport java.util.Enumeration;\nimport javax.servlet.http.*;\n\npublic class ProxyInfoServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        resp.setContentType(\"text/html\");\n        PrintWriter out = resp.getWriter();\n        Enumeration<String> hops = req.getHeaders(\"X-Forwarded-For\");\n        while (hops.hasMoreElements()) {\n            out.println(\"<li>\" + org.owasp.encoder.Encode.forHtml(hops.nextElement()) + \"</li>\");\n        }\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "xss2-requesturi-404",
  "kind": "vuln",
  "lang": "java",
  "cwe": 79,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\n\npublic class FallbackServlet extends HttpServlet {\n    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        resp.setStatus(404);\n        resp.setContentType(\"text/html\");\n        resp.getWriter().write(\"<h1>Not found</h1><p>\" + req.getRequestURI() + \"</p>\");\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "xss2-requesturi-404",
  "kind": "safe",
  "lang": "java",
  "cwe": 79,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\n\npublic class FallbackServlet extends HttpServlet {\n    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        resp.setStatus(404);\n        resp.setContentType(\"text/html\");\n        resp.getWriter().write(\"<h1>Not found</h1>\");\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "trust2-attribute-name-from-input",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\n\npublic class SettingsServlet extends HttpServlet {\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String key = req.getParameter(\"key\");\n        String value = req.getParameter(\"value\");\n        req.getSession().setAttribute(key, value);\n        resp.setStatus(204);\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "trust2-attribute-name-from-input",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\n\npublic class SettingsServlet extends HttpServlet {\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String key = req.getParameter(\"key\");\n        String value = req.getParameter(\"value\");\n        if (!\"fontSize\".equals(key) || !value.matches(\"\\\\d{1,2}\")) { resp.sendError(400); return; }\n        req.getSession().setAttribute(key, value);\n        resp.setStatus(204);\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "trust2-user-object",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\n\npublic class SignupServlet extends HttpServlet {\n    static class User {\n        final String name; final String plan;\n        User(String name, String plan) { this.name = name; this.plan = plan; }\n    }\n\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        User u = new User(req.getParameter(\"name\"), req.getParameter(\"plan\"));\n        req.getSession().setAttribute(\"currentUser\", u);\n        resp.sendRedirect(\"/welcome\");\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "trust2-user-object",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\n\npublic class SignupServlet extends HttpServlet {\n    static class User {\n        final String name; final String plan;\n        User(String name, String plan) { this.name = name; this.plan = plan; }\n    }\n\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        User u = new User(\"pending\", \"free\");\n        req.getSession().setAttribute(\"currentUser\", u);\n        resp.sendRedirect(\"/welcome\");\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "trust2-webutils",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import javax.servlet.http.HttpServletRequest;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.web.util.WebUtils;\n\n@RestController\npublic class ReferralController {\n    @GetMapping(\"/ref\")\n    public String ref(HttpServletRequest request, @RequestParam(\"code\") String code) {\n        WebUtils.setSessionAttribute(request, \"referral\", code);\n        return \"thanks\";\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "trust2-webutils",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import javax.servlet.http.HttpServletRequest;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.web.util.WebUtils;\n\n@RestController\npublic class ReferralController {\n    @GetMapping(\"/ref\")\n    public String ref(HttpServletRequest request, @RequestParam(\"code\") String code) {\n        if (code.matches(\"[A-Z0-9]{8}\")) WebUtils.setSessionAttribute(request, \"referral\", code);\n        return \"thanks\";\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "trust2-requestcontextholder",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import org.springframework.web.bind.annotation.*;\nimport org.springframework.web.context.request.*;\n\n@RestController\npublic class CampaignController {\n    @GetMapping(\"/landing\")\n    public String landing(@RequestParam(\"utm_campaign\") String campaign) {\n        RequestContextHolder.currentRequestAttributes().setAttribute(\"campaign\", campaign, RequestAttributes.SCOPE_SESSION);\n        return \"welcome\";\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "trust2-requestcontextholder",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import org.springframework.web.bind.annotation.*;\nimport org.springframework.web.context.request.*;\n\n@RestController\npublic class CampaignController {\n    @GetMapping(\"/landing\")\n    public String landing(@RequestParam(\"utm_campaign\") String campaign) {\n        if (!campaign.matches(\"[a-z0-9_]{1,40}\")) return \"welcome\";\n        RequestContextHolder.currentRequestAttributes().setAttribute(\"campaign\", campaign, RequestAttributes.SCOPE_SESSION);\n        return \"welcome\";\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "trust2-json-body-jackson",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\nimport com.fasterxml.jackson.databind.*;\n\npublic class PlanServlet extends HttpServlet {\n    private final ObjectMapper mapper = new ObjectMapper();\n\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        JsonNode body = mapper.readTree(req.getReader());\n        String plan = body.get(\"plan\").asText();\n        req.getSession().setAttribute(\"plan\", plan);\n        resp.setStatus(204);\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "trust2-json-body-jackson",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\nimport com.fasterxml.jackson.databind.*;\n\npublic class PlanServlet extends HttpServlet {\n    private final ObjectMapper mapper = new ObjectMapper();\n\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        JsonNode body = mapper.readTree(req.getReader());\n        String plan = body.get(\"plan\").asText();\n        if (!java.util.Set.of(\"free\", \"pro\").contains(plan)) { resp.sendError(400); return; }\n        req.getSession().setAttribute(\"plan\", plan);\n        resp.setStatus(204);\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "trust2-accept-language",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.IOException;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class LocaleFilter implements Filter {\n    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {\n        HttpServletRequest http = (HttpServletRequest) request;\n        HttpSession session = http.getSession();\n        if (session.getAttribute(\"lang\") == null) {\n            String lang = http.getHeader(\"Accept-Language\");\n            session.setAttribute(\"lang\", lang);\n        }\n        chain.doFilter(request, response);\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "trust2-accept-language",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.IOException;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class LocaleFilter implements Filter {\n    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {\n        HttpServletRequest http = (HttpServletRequest) request;\n        HttpSession session = http.getSession();\n        if (session.getAttribute(\"lang\") == null) {\n            String lang = http.getHeader(\"Accept-Language\");\n            session.setAttribute(\"lang\", http.getLocale().getLanguage().matches(\"de|fr\") ? http.getLocale().getLanguage() : \"en\");\n        }\n        chain.doFilter(request, response);\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "path2-multipartfile-transferto",
  "kind": "vuln",
  "lang": "java",
  "cwe": 22,
  "code": "import java.io.File;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.web.multipart.MultipartFile;\n\n@RestController\npublic class AttachmentController {\n    @PostMapping(\"/attachments\")\n    public String upload(@RequestParam(\"file\") MultipartFile file) throws Exception {\n        File dest = new File(\"/var/attachments/\" + file.getOriginalFilename());\n        file.transferTo(dest);\n        return \"ok\";\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "path2-multipartfile-transferto",
  "kind": "safe",
  "lang": "java",
  "cwe": 22,
  "code": "import java.io.File;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.web.multipart.MultipartFile;\n\n@RestController\npublic class AttachmentController {\n    @PostMapping(\"/attachments\")\n    public String upload(@RequestParam(\"file\") MultipartFile file) throws Exception {\n        File dest = new File(\"/var/attachments/\" + java.util.UUID.randomUUID() + \".bin\");\n        file.transferTo(dest);\n        return \"ok\";\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "path2-filesystemresource",
  "kind": "vuln",
  "lang": "java",
  "cwe": 22,
  "code": "import org.springframework.core.io.*;\nimport org.springframework.http.ResponseEntity;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class ExportController {\n    @GetMapping(\"/exports/{file}\")\n    public ResponseEntity<Resource> export(@PathVariable(\"file\") String file) {\n        Resource r = new FileSystemResource(\"/srv/exports/\" + file);\n        return ResponseEntity.ok(r);\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "path2-filesystemresource",
  "kind": "safe",
  "lang": "java",
  "cwe": 22,
  "code": "import org.springframework.core.io.*;\nimport org.springframework.http.ResponseEntity;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class ExportController {\n    @GetMapping(\"/exports/{file}\")\n    public ResponseEntity<Resource> export(@PathVariable(\"file\") String file) {\n        if (!file.matches(\"[\\\\w-]+\\\\.csv\")) return ResponseEntity.badRequest().build();\n        Resource r = new FileSystemResource(\"/srv/exports/\" + file);\n        return ResponseEntity.ok(r);\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "path2-classloader-resource",
  "kind": "vuln",
  "lang": "java",
  "cwe": 22,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\n\npublic class HelpServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String topic = req.getParameter(\"topic\");\n        InputStream in = getClass().getClassLoader().getResourceAsStream(\"help/\" + topic + \".txt\");\n        if (in == null) { resp.sendError(404); return; }\n        resp.setContentType(\"text/plain\");\n        in.transferTo(resp.getOutputStream());\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "path2-classloader-resource",
  "kind": "safe",
  "lang": "java",
  "cwe": 22,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\n\npublic class HelpServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String topic = req.getParameter(\"topic\");\n        if (topic == null || !topic.matches(\"[a-z-]{1,30}\")) { resp.sendError(400); return; }\n        InputStream in = getClass().getClassLoader().getResourceAsStream(\"help/\" + topic + \".txt\");\n        if (in == null) { resp.sendError(404); return; }\n        resp.setContentType(\"text/plain\");\n        in.transferTo(resp.getOutputStream());\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "path2-files-lines-pathof",
  "kind": "vuln",
  "lang": "java",
  "cwe": 22,
  "code": "import java.nio.file.*;\nimport java.util.stream.Collectors;\nimport javax.ws.rs.*;\n\n@Path(\"/logs\")\npublic class LogResource {\n    @GET\n    @Produces(\"text/plain\")\n    public String tail(@QueryParam(\"file\") String file) throws Exception {\n        try (var lines = Files.lines(Path.of(\"/var/log/app/\" + file))) {\n            return lines.limit(100).collect(Collectors.joining(\"\\n\"));\n        }\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "path2-files-lines-pathof",
  "kind": "safe",
  "lang": "java",
  "cwe": 22,
  "code": "import java.nio.file.*;\nimport java.util.stream.Collectors;\nimport javax.ws.rs.*;\n\n@Path(\"/logs\")\npublic class LogResource {\n    @GET\n    @Produces(\"text/plain\")\n    public String tail(@QueryParam(\"file\") String file) throws Exception {\n        java.nio.file.Path base = Path.of(\"/var/log/app\");\n        java.nio.file.Path p = base.resolve(file).normalize();\n        if (!p.startsWith(base)) throw new ForbiddenException();\n        try (var lines = Files.lines(p)) {\n            return lines.limit(100).collect(Collectors.joining(\"\\n\"));\n        }\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "path2-list-directory",
  "kind": "vuln",
  "lang": "java",
  "cwe": 22,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\n\npublic class BrowseServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String sub = req.getParameter(\"dir\");\n        File dir = new File(\"/srv/share\", sub);\n        String[] names = dir.list();\n        resp.setContentType(\"text/plain\");\n        for (String n : names == null ? new String[0] : names) resp.getWriter().println(n);\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "path2-list-directory",
  "kind": "safe",
  "lang": "java",
  "cwe": 22,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\n\npublic class BrowseServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String sub = req.getParameter(\"dir\");\n        File root = new File(\"/srv/share\").getCanonicalFile();\n        File dir = new File(root, sub).getCanonicalFile();\n        if (!dir.toPath().startsWith(root.toPath())) { resp.sendError(403); return; }\n        String[] names = dir.list();\n        resp.setContentType(\"text/plain\");\n        for (String n : names == null ? new String[0] : names) resp.getWriter().println(n);\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "path2-filewriter-cookie-log",
  "kind": "vuln",
  "lang": "java",
  "cwe": 22,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\n\npublic class ActivityServlet extends HttpServlet {\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String user = \"anon\";\n        for (Cookie c : req.getCookies()) if (\"user\".equals(c.getName())) user = c.getValue();\n        try (FileWriter fw = new FileWriter(\"/var/activity/\" + user + \".log\", true)) {\n            fw.write(System.currentTimeMillis() + \" visit\\n\");\n        }\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "path2-filewriter-cookie-log",
  "kind": "safe",
  "lang": "java",
  "cwe": 22,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\n\npublic class ActivityServlet extends HttpServlet {\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String user = \"anon\";\n        for (Cookie c : req.getCookies()) if (\"user\".equals(c.getName()) && c.getValue().matches(\"[a-z0-9]{1,16}\")) user = c.getValue();\n        try (FileWriter fw = new FileWriter(\"/var/activity/\" + user + \".log\", true)) {\n            fw.write(System.currentTimeMillis() + \" visit\\n\");\n        }\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "path2-spring-resourceloader",
  "kind": "vuln",
  "lang": "java",
  "cwe": 22,
  "code": "import org.springframework.core.io.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.util.StreamUtils;\n\n@RestController\npublic class ThemeController {\n    private final ResourceLoader loader;\n    public ThemeController(ResourceLoader loader) { this.loader = loader; }\n\n    @GetMapping(\"/themes/css\")\n    public byte[] css(@RequestParam String theme) throws Exception {\n        Resource res = loader.getResource(\"file:/opt/themes/\" + theme + \"/style.css\");\n        return StreamUtils.copyToByteArray(res.getInputStream());\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "path2-spring-resourceloader",
  "kind": "safe",
  "lang": "java",
  "cwe": 22,
  "code": "import org.springframework.core.io.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.util.StreamUtils;\n\n@RestController\npublic class ThemeController {\n    private final ResourceLoader loader;\n    public ThemeController(ResourceLoader loader) { this.loader = loader; }\n\n    @GetMapping(\"/themes/css\")\n    public byte[] css(@RequestParam String theme) throws Exception {\n        if (!java.util.List.of(\"light\", \"dark\", \"solar\").contains(theme)) throw new IllegalArgumentException();\n        Resource res = loader.getResource(\"file:/opt/themes/\" + theme + \"/style.css\");\n        return StreamUtils.copyToByteArray(res.getInputStream());\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "path2-scanner-header",
  "kind": "vuln",
  "lang": "java",
  "cwe": 22,
  "code": "import java.io.*;\nimport java.util.Scanner;\nimport javax.servlet.http.*;\n\npublic class LabelServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String locale = req.getHeader(\"X-Locale\");\n        try (Scanner sc = new Scanner(new File(\"/opt/labels/messages_\" + locale + \".properties\"))) {\n            resp.setContentType(\"text/plain\");\n            while (sc.hasNextLine()) resp.getWriter().println(sc.nextLine());\n        }\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "path2-scanner-header",
  "kind": "safe",
  "lang": "java",
  "cwe": 22,
  "code": "import java.io.*;\nimport java.util.Scanner;\nimport javax.servlet.http.*;\n\npublic class LabelServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String locale = req.getHeader(\"X-Locale\");\n        if (locale == null || !locale.matches(\"[a-z]{2}\")) locale = \"en\";\n        try (Scanner sc = new Scanner(new File(\"/opt/labels/messages_\" + locale + \".properties\"))) {\n            resp.setContentType(\"text/plain\");\n            while (sc.hasNextLine()) resp.getWriter().println(sc.nextLine());\n        }\n    }\n}\n",
  "wave": 2
 },
 {
  "name": "rand3-captcha-session",
  "kind": "vuln",
  "lang": "java",
  "cwe": 330,
  "code": "import java.util.Random;\nimport javax.servlet.http.*;\n\npublic class CaptchaServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        Random r = new Random();\n        String answer = String.format(\"%05d\", r.nextInt(100000));\n        req.getSession().setAttribute(\"captchaAnswer\", answer);\n        resp.setContentType(\"image/png\");\n        CaptchaRenderer.render(answer, resp.getOutputStream());\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "rand3-captcha-session",
  "kind": "safe",
  "lang": "java",
  "cwe": 330,
  "code": "import javax.servlet.http.*;\n\npublic class CaptchaServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        java.security.SecureRandom r = new java.security.SecureRandom();\n        String answer = String.format(\"%05d\", r.nextInt(100000));\n        req.getSession().setAttribute(\"captchaAnswer\", answer);\n        resp.setContentType(\"image/png\");\n        CaptchaRenderer.render(answer, resp.getOutputStream());\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "rand3-randomutils-aes-key",
  "kind": "vuln",
  "lang": "java",
  "cwe": 330,
  "code": "import org.apache.commons.lang3.RandomUtils;\nimport javax.crypto.spec.SecretKeySpec;\nimport javax.crypto.SecretKey;\n\npublic class KeyProvider {\n    public SecretKey newDataKey() {\n        byte[] raw = RandomUtils.nextBytes(32);\n        return new SecretKeySpec(raw, \"AES\");\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "rand3-randomutils-aes-key",
  "kind": "safe",
  "lang": "java",
  "cwe": 330,
  "code": "import javax.crypto.KeyGenerator;\nimport javax.crypto.spec.SecretKeySpec;\nimport javax.crypto.SecretKey;\n\npublic class KeyProvider {\n    public SecretKey newDataKey() {\n        try {\n            KeyGenerator kg = KeyGenerator.getInstance(\"AES\");\n            kg.init(256);\n            return kg.generateKey();\n        } catch (java.security.GeneralSecurityException e) { throw new IllegalStateException(e); }\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "rand3-reset-link-email",
  "kind": "vuln",
  "lang": "java",
  "cwe": 330,
  "code": "import java.util.Random;\n\npublic class AccountMailer {\n    private final Random rng = new Random();\n    private final MailClient mail;\n\n    public AccountMailer(MailClient mail) { this.mail = mail; }\n\n    public void sendResetLink(String email) {\n        String link = \"https://shop.example.com/reset?t=\" + Long.toUnsignedString(rng.nextLong(), 36);\n        mail.send(email, \"Reset your password\", \"Open \" + link);\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "rand3-reset-link-email",
  "kind": "safe",
  "lang": "java",
  "cwe": 330,
  "code": "import java.security.SecureRandom;\n\npublic class AccountMailer {\n    private final SecureRandom rng = new SecureRandom();\n    private final MailClient mail;\n\n    public AccountMailer(MailClient mail) { this.mail = mail; }\n\n    public void sendResetLink(String email) {\n        String link = \"https://shop.example.com/reset?t=\" + Long.toUnsignedString(rng.nextLong(), 36);\n        mail.send(email, \"Reset your password\", \"Open \" + link);\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "rand3-set-cookie-header",
  "kind": "vuln",
  "lang": "java",
  "cwe": 330,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\n\npublic class GuestSessionServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String sid = Long.toHexString(Double.doubleToLongBits(Math.random()));\n        resp.addHeader(\"Set-Cookie\", \"GUESTSID=\" + sid + \"; Path=/; Secure; HttpOnly; SameSite=Lax\");\n        resp.getWriter().println(\"hello guest\");\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "rand3-set-cookie-header",
  "kind": "safe",
  "lang": "java",
  "cwe": 330,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\n\npublic class GuestSessionServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        byte[] b = new byte[16];\n        new java.security.SecureRandom().nextBytes(b);\n        String sid = java.util.HexFormat.of().formatHex(b);\n        resp.addHeader(\"Set-Cookie\", \"GUESTSID=\" + sid + \"; Path=/; Secure; HttpOnly; SameSite=Lax\");\n        resp.getWriter().println(\"hello guest\");\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "rand3-voucher-threadlocal",
  "kind": "vuln",
  "lang": "java",
  "cwe": 330,
  "code": "import java.util.concurrent.ThreadLocalRandom;\n\npublic class GiftCardIssuer {\n    private static final String ALPHABET = \"ABCDEFGHJKLMNPQRSTUVWXYZ23456789\";\n\n    public String issueVoucherCode() {\n        char[] c = new char[16];\n        for (int i = 0; i < c.length; i++) c[i] = ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length()));\n        return new String(c);\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "rand3-voucher-threadlocal",
  "kind": "safe",
  "lang": "java",
  "cwe": 330,
  "code": "import java.security.SecureRandom;\n\npublic class GiftCardIssuer {\n    private static final SecureRandom SR = new SecureRandom();\n    private static final String ALPHABET = \"ABCDEFGHJKLMNPQRSTUVWXYZ23456789\";\n\n    public String issueVoucherCode() {\n        char[] c = new char[16];\n        for (int i = 0; i < c.length; i++) c[i] = ALPHABET.charAt(SR.nextInt(ALPHABET.length()));\n        return new String(c);\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "rand3-jwt-secret",
  "kind": "vuln",
  "lang": "java",
  "cwe": 330,
  "code": "import java.util.Random;\nimport io.jsonwebtoken.Jwts;\nimport io.jsonwebtoken.security.Keys;\nimport javax.crypto.SecretKey;\n\npublic class JwtIssuer {\n    private final SecretKey signingKey;\n\n    public JwtIssuer() {\n        byte[] secret = new byte[64];\n        new Random().nextBytes(secret);\n        this.signingKey = Keys.hmacShaKeyFor(secret);\n    }\n\n    public String issue(String subject) {\n        return Jwts.builder().subject(subject).signWith(signingKey).compact();\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "rand3-jwt-secret",
  "kind": "safe",
  "lang": "java",
  "cwe": 330,
  "code": "import java.security.SecureRandom;\nimport io.jsonwebtoken.Jwts;\nimport io.jsonwebtoken.security.Keys;\nimport javax.crypto.SecretKey;\n\npublic class JwtIssuer {\n    private final SecretKey signingKey;\n\n    public JwtIssuer() {\n        byte[] secret = new byte[64];\n        new SecureRandom().nextBytes(secret);\n        this.signingKey = Keys.hmacShaKeyFor(secret);\n    }\n\n    public String issue(String subject) {\n        return Jwts.builder().subject(subject).signWith(signingKey).compact();\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "xpath3-messageformat",
  "kind": "vuln",
  "lang": "java",
  "cwe": 643,
  "code": "import java.text.MessageFormat;\nimport javax.xml.xpath.*;\nimport org.w3c.dom.Document;\nimport javax.servlet.http.*;\n\npublic class GroupServlet extends HttpServlet {\n    private Document groups;\n\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        String member = req.getParameter(\"member\");\n        try {\n            XPathExpression e = XPathFactory.newInstance().newXPath().compile(MessageFormat.format(\"//group[member=''{0}'']/@name\", member));\n            resp.getWriter().println(e.evaluate(groups));\n        } catch (XPathExpressionException ex) { resp.sendError(400); }\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "xpath3-messageformat",
  "kind": "safe",
  "lang": "java",
  "cwe": 643,
  "code": "import java.text.MessageFormat;\nimport javax.xml.xpath.*;\nimport org.w3c.dom.Document;\nimport javax.servlet.http.*;\n\npublic class GroupServlet extends HttpServlet {\n    private Document groups;\n\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        String member = req.getParameter(\"member\");\n        if (member == null || !member.matches(\"[a-z]{1,20}\")) { resp.sendError(400); return; }\n        try {\n            XPathExpression e = XPathFactory.newInstance().newXPath().compile(MessageFormat.format(\"//group[member=''{0}'']/@name\", member));\n            resp.getWriter().println(e.evaluate(groups));\n        } catch (XPathExpressionException ex) { resp.sendError(400); }\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "xpath3-service-layer",
  "kind": "vuln",
  "lang": "java",
  "cwe": 643,
  "code": "import javax.xml.xpath.*;\nimport org.springframework.stereotype.Service;\nimport org.w3c.dom.Document;\n\n@Service\npublic class PolicyService {\n    private final Document policies;\n    private final XPath xpath = XPathFactory.newInstance().newXPath();\n\n    public PolicyService(Document policies) { this.policies = policies; }\n\n    public boolean isAllowed(String role, String action) throws XPathExpressionException {\n        String expr = String.format(\"boolean(/policies/role[@name='%s']/allow[@action='%s'])\", role, action);\n        return (Boolean) xpath.evaluate(expr, policies, XPathConstants.BOOLEAN);\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "xpath3-service-layer",
  "kind": "safe",
  "lang": "java",
  "cwe": 643,
  "code": "import javax.xml.xpath.*;\nimport org.springframework.stereotype.Service;\nimport org.w3c.dom.Document;\n\n@Service\npublic class PolicyService {\n    private final Document policies;\n    private final XPath xpath = XPathFactory.newInstance().newXPath();\n\n    public PolicyService(Document policies) { this.policies = policies; }\n\n    public boolean isAllowed(String role, String action) throws XPathExpressionException {\n        xpath.setXPathVariableResolver(q -> \"role\".equals(q.getLocalPart()) ? role : action);\n        String expr = \"boolean(/policies/role[@name=$role]/allow[@action=$action])\";\n        return (Boolean) xpath.evaluate(expr, policies, XPathConstants.BOOLEAN);\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "xpath3-textblock-formatted",
  "kind": "vuln",
  "lang": "java",
  "cwe": 643,
  "code": "import javax.xml.xpath.*;\nimport org.w3c.dom.Document;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class ShipmentController {\n    private Document shipments;\n\n    @GetMapping(\"/shipments/status\")\n    public String status(@RequestParam String tracking) throws XPathExpressionException {\n        String q = \"\"\"\n            /shipments/shipment[tracking='%s']/status\n            \"\"\".formatted(tracking).strip();\n        return XPathFactory.newInstance().newXPath().evaluate(q, shipments);\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "xpath3-textblock-formatted",
  "kind": "safe",
  "lang": "java",
  "cwe": 643,
  "code": "import javax.xml.xpath.*;\nimport org.w3c.dom.Document;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class ShipmentController {\n    private Document shipments;\n\n    @GetMapping(\"/shipments/status\")\n    public String status(@RequestParam String tracking) throws XPathExpressionException {\n        if (!tracking.matches(\"[A-Z0-9]{10,20}\")) return \"unknown\";\n        String q = \"\"\"\n            /shipments/shipment[tracking='%s']/status\n            \"\"\".formatted(tracking).strip();\n        return XPathFactory.newInstance().newXPath().evaluate(q, shipments);\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "xpath3-inputsource-header",
  "kind": "vuln",
  "lang": "java",
  "cwe": 643,
  "code": "import java.io.StringReader;\nimport javax.xml.xpath.*;\nimport org.xml.sax.InputSource;\nimport javax.servlet.http.*;\n\npublic class FieldExtractServlet extends HttpServlet {\n    private String xml;\n\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        String field = req.getHeader(\"X-Field\");\n        try {\n            String v = XPathFactory.newInstance().newXPath().evaluate(\"/record/\" + field, new InputSource(new StringReader(xml)));\n            resp.getWriter().println(v);\n        } catch (XPathExpressionException e) { resp.sendError(400); }\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "xpath3-inputsource-header",
  "kind": "safe",
  "lang": "java",
  "cwe": 643,
  "code": "import java.io.StringReader;\nimport javax.xml.xpath.*;\nimport org.xml.sax.InputSource;\nimport javax.servlet.http.*;\n\npublic class FieldExtractServlet extends HttpServlet {\n    private String xml;\n\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        String field = req.getHeader(\"X-Field\");\n        if (!java.util.Set.of(\"name\", \"email\", \"city\").contains(field)) { resp.sendError(400); return; }\n        try {\n            String v = XPathFactory.newInstance().newXPath().evaluate(\"/record/\" + field, new InputSource(new StringReader(xml)));\n            resp.getWriter().println(v);\n        } catch (XPathExpressionException e) { resp.sendError(400); }\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "redirect3-uricomponents",
  "kind": "vuln",
  "lang": "java",
  "cwe": 601,
  "code": "import java.net.URI;\nimport org.springframework.http.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.web.util.UriComponentsBuilder;\n\n@RestController\npublic class ContinueController {\n    @GetMapping(\"/continue\")\n    public ResponseEntity<Void> cont(@RequestParam(\"next\") String next) {\n        URI target = UriComponentsBuilder.fromUriString(next).queryParam(\"from\", \"app\").build().toUri();\n        HttpHeaders h = new HttpHeaders();\n        h.setLocation(target);\n        return new ResponseEntity<>(h, HttpStatus.SEE_OTHER);\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "redirect3-uricomponents",
  "kind": "safe",
  "lang": "java",
  "cwe": 601,
  "code": "import java.net.URI;\nimport org.springframework.http.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.web.util.UriComponentsBuilder;\n\n@RestController\npublic class ContinueController {\n    @GetMapping(\"/continue\")\n    public ResponseEntity<Void> cont(@RequestParam(\"next\") String next) {\n        URI target = UriComponentsBuilder.fromPath(\"/app/\").path(next.replaceAll(\"[^a-z0-9/-]\", \"\")).queryParam(\"from\", \"app\").build().toUri();\n        HttpHeaders h = new HttpHeaders();\n        h.setLocation(target);\n        return new ResponseEntity<>(h, HttpStatus.SEE_OTHER);\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "redirect3-filter-sendredirect",
  "kind": "vuln",
  "lang": "java",
  "cwe": 601,
  "code": "import java.io.IOException;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class MaintenanceFilter implements Filter {\n    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {\n        HttpServletRequest request = (HttpServletRequest) req;\n        String bypass = request.getParameter(\"afterMaintenance\");\n        if (bypass != null) {\n            ((HttpServletResponse) res).sendRedirect(bypass);\n            return;\n        }\n        chain.doFilter(req, res);\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "redirect3-filter-sendredirect",
  "kind": "safe",
  "lang": "java",
  "cwe": 601,
  "code": "import java.io.IOException;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class MaintenanceFilter implements Filter {\n    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {\n        HttpServletRequest request = (HttpServletRequest) req;\n        String bypass = request.getParameter(\"afterMaintenance\");\n        if (bypass != null) {\n            ((HttpServletResponse) res).sendRedirect(request.getContextPath() + \"/status\");\n            return;\n        }\n        chain.doFilter(req, res);\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "redirect3-urldecoder",
  "kind": "vuln",
  "lang": "java",
  "cwe": 601,
  "code": "import java.io.IOException;\nimport java.net.URLDecoder;\nimport java.nio.charset.StandardCharsets;\nimport javax.servlet.http.*;\n\npublic class TrackClickServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String encoded = req.getParameter(\"u\");\n        String url = URLDecoder.decode(encoded, StandardCharsets.UTF_8);\n        // click counting omitted\n        resp.sendRedirect(url);\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "redirect3-urldecoder",
  "kind": "safe",
  "lang": "java",
  "cwe": 601,
  "code": "import java.io.IOException;\nimport java.net.URLDecoder;\nimport java.nio.charset.StandardCharsets;\nimport javax.servlet.http.*;\n\npublic class TrackClickServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String encoded = req.getParameter(\"u\");\n        String url = URLDecoder.decode(encoded, StandardCharsets.UTF_8);\n        // click counting omitted\n        java.net.URI u = java.net.URI.create(url);\n        if (!\"news.example.com\".equals(u.getHost())) { resp.sendError(400); return; }\n        resp.sendRedirect(url);\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "redirect3-jaxrs-header-location",
  "kind": "vuln",
  "lang": "java",
  "cwe": 601,
  "code": "import javax.ws.rs.*;\nimport javax.ws.rs.core.*;\n\n@Path(\"/login\")\npublic class LoginResource {\n    @POST\n    public Response login(@FormParam(\"user\") String user, @FormParam(\"returnTo\") String returnTo) {\n        return Response.status(Response.Status.FOUND).header(HttpHeaders.LOCATION, returnTo).build();\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "redirect3-jaxrs-header-location",
  "kind": "safe",
  "lang": "java",
  "cwe": 601,
  "code": "import javax.ws.rs.*;\nimport javax.ws.rs.core.*;\n\n@Path(\"/login\")\npublic class LoginResource {\n    @POST\n    public Response login(@FormParam(\"user\") String user, @FormParam(\"returnTo\") String returnTo) {\n        return Response.status(Response.Status.FOUND).header(HttpHeaders.LOCATION, \"/home\").build();\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "xss3-script-context",
  "kind": "vuln",
  "lang": "java",
  "cwe": 79,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\n\npublic class AnalyticsServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String campaign = req.getParameter(\"utm\");\n        resp.setContentType(\"text/html\");\n        PrintWriter out = resp.getWriter();\n        out.println(\"<script>var campaign = '\" + campaign + \"';</script>\");\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "xss3-script-context",
  "kind": "safe",
  "lang": "java",
  "cwe": 79,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\n\npublic class AnalyticsServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String campaign = req.getParameter(\"utm\");\n        resp.setContentType(\"text/html\");\n        PrintWriter out = resp.getWriter();\n        out.println(\"<script>var campaign = '\" + org.owasp.encoder.Encode.forJavaScript(campaign) + \"';</script>\");\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "xss3-cookie-echo",
  "kind": "vuln",
  "lang": "java",
  "cwe": 79,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\n\npublic class WelcomeBackServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String name = \"friend\";\n        if (req.getCookies() != null) {\n            for (Cookie c : req.getCookies()) if (\"displayName\".equals(c.getName())) name = c.getValue();\n        }\n        resp.setContentType(\"text/html\");\n        resp.getWriter().print(\"<h2>Welcome back, \" + name + \"</h2>\");\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "xss3-cookie-echo",
  "kind": "safe",
  "lang": "java",
  "cwe": 79,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\n\npublic class WelcomeBackServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String name = \"friend\";\n        if (req.getCookies() != null) {\n            for (Cookie c : req.getCookies()) if (\"displayName\".equals(c.getName())) name = c.getValue();\n        }\n        resp.setContentType(\"text/html\");\n        resp.getWriter().print(\"<h2>Welcome back, \" + org.springframework.web.util.HtmlUtils.htmlEscape(name) + \"</h2>\");\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "xss3-tag-pagecontext",
  "kind": "vuln",
  "lang": "java",
  "cwe": 79,
  "code": "import java.io.IOException;\nimport javax.servlet.jsp.*;\nimport javax.servlet.jsp.tagext.SimpleTagSupport;\nimport javax.servlet.http.HttpServletRequest;\n\npublic class SearchBoxTag extends SimpleTagSupport {\n    @Override\n    public void doTag() throws JspException, IOException {\n        PageContext pc = (PageContext) getJspContext();\n        HttpServletRequest request = (HttpServletRequest) pc.getRequest();\n        JspWriter out = pc.getOut();\n        out.print(\"<input name=\\\"q\\\" value=\\\"\" + request.getParameter(\"q\") + \"\\\">\");\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "xss3-tag-pagecontext",
  "kind": "safe",
  "lang": "java",
  "cwe": 79,
  "code": "import java.io.IOException;\nimport javax.servlet.jsp.*;\nimport javax.servlet.jsp.tagext.SimpleTagSupport;\nimport javax.servlet.http.HttpServletRequest;\n\npublic class SearchBoxTag extends SimpleTagSupport {\n    @Override\n    public void doTag() throws JspException, IOException {\n        PageContext pc = (PageContext) getJspContext();\n        HttpServletRequest request = (HttpServletRequest) pc.getRequest();\n        JspWriter out = pc.getOut();\n        out.print(\"<input name=\\\"q\\\" value=\\\"\" + org.owasp.encoder.Encode.forHtmlAttribute(request.getParameter(\"q\")) + \"\\\">\");\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "xss3-produces-texthtmlvalue",
  "kind": "vuln",
  "lang": "java",
  "cwe": 79,
  "code": "import org.springframework.http.MediaType;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\n@RequestMapping(\"/unsubscribe\")\npublic class UnsubscribeController {\n    @GetMapping(produces = MediaType.TEXT_HTML_VALUE)\n    public String confirm(@RequestParam(\"email\") String email) {\n        String page = String.format(\"<p>%s has been unsubscribed.</p>\", email);\n        return page;\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "xss3-produces-texthtmlvalue",
  "kind": "safe",
  "lang": "java",
  "cwe": 79,
  "code": "import org.springframework.http.MediaType;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\n@RequestMapping(\"/unsubscribe\")\npublic class UnsubscribeController {\n    @GetMapping(produces = MediaType.TEXT_HTML_VALUE)\n    public String confirm(@RequestParam(\"email\") String email) {\n        String page = String.format(\"<p>%s has been unsubscribed.</p>\", org.springframework.web.util.HtmlUtils.htmlEscape(email));\n        return page;\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "xss3-sendError-message",
  "kind": "vuln",
  "lang": "java",
  "cwe": 81,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\n\npublic class InvoiceServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String id = req.getParameter(\"invoice\");\n        if (!id.matches(\"\\\\d+\")) {\n            resp.sendError(400, \"Invalid invoice id: \" + id);\n            return;\n        }\n        resp.getWriter().println(\"ok\");\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "xss3-sendError-message",
  "kind": "safe",
  "lang": "java",
  "cwe": 81,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\n\npublic class InvoiceServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String id = req.getParameter(\"invoice\");\n        if (!id.matches(\"\\\\d+\")) {\n            resp.sendError(400, \"Invalid invoice id\");\n            return;\n        }\n        resp.getWriter().println(\"ok\");\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "trust3-list-in-session",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.IOException;\nimport java.util.*;\nimport javax.servlet.http.*;\n\npublic class WishlistServlet extends HttpServlet {\n    @SuppressWarnings(\"unchecked\")\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        HttpSession session = req.getSession();\n        List<String> wishlist = new ArrayList<>();\n        wishlist.add(req.getParameter(\"sku\"));\n        session.setAttribute(\"wishlist\", wishlist);\n        resp.setStatus(204);\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "trust3-list-in-session",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.IOException;\nimport java.util.*;\nimport javax.servlet.http.*;\n\npublic class WishlistServlet extends HttpServlet {\n    @SuppressWarnings(\"unchecked\")\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        HttpSession session = req.getSession();\n        List<String> wishlist = new ArrayList<>();\n        String sku = req.getParameter(\"sku\");\n        if (sku == null || !sku.matches(\"[A-Z0-9]{8}\")) { resp.sendError(400); return; }\n        wishlist.add(sku);\n        session.setAttribute(\"wishlist\", wishlist);\n        resp.setStatus(204);\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "trust3-map-prefs",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.IOException;\nimport java.util.*;\nimport javax.servlet.http.*;\n\npublic class TimezoneServlet extends HttpServlet {\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        Map<String, String> prefs = new HashMap<>();\n        prefs.put(\"tz\", req.getParameter(\"tz\"));\n        req.getSession().setAttribute(\"prefs\", prefs);\n        resp.setStatus(204);\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "trust3-map-prefs",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.IOException;\nimport java.util.*;\nimport javax.servlet.http.*;\n\npublic class TimezoneServlet extends HttpServlet {\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        Map<String, String> prefs = new HashMap<>();\n        prefs.put(\"tz\", java.time.ZoneId.of(req.getParameter(\"tz\")).getId());\n        req.getSession().setAttribute(\"prefs\", prefs);\n        resp.setStatus(204);\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "trust3-referer-return",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.IOException;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class AuthRequiredFilter implements Filter {\n    public void doFilter(ServletRequest rq, ServletResponse rs, FilterChain chain) throws IOException, ServletException {\n        HttpServletRequest req = (HttpServletRequest) rq;\n        HttpSession s = req.getSession();\n        if (s.getAttribute(\"user\") == null) {\n            s.setAttribute(\"authSource\", req.getHeader(\"X-Auth-Source\"));\n            ((HttpServletResponse) rs).sendRedirect(\"/login\");\n            return;\n        }\n        chain.doFilter(rq, rs);\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "trust3-referer-return",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.IOException;\nimport javax.servlet.*;\nimport javax.servlet.http.*;\n\npublic class AuthRequiredFilter implements Filter {\n    public void doFilter(ServletRequest rq, ServletResponse rs, FilterChain chain) throws IOException, ServletException {\n        HttpServletRequest req = (HttpServletRequest) rq;\n        HttpSession s = req.getSession();\n        if (s.getAttribute(\"user\") == null) {\n            s.setAttribute(\"authSource\", \"sso\".equals(req.getHeader(\"X-Auth-Source\")) ? \"sso\" : \"local\");\n            ((HttpServletResponse) rs).sendRedirect(\"/login\");\n            return;\n        }\n        chain.doFilter(rq, rs);\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "path3-zipfile",
  "kind": "vuln",
  "lang": "java",
  "cwe": 22,
  "code": "import java.util.zip.*;\nimport javax.servlet.http.*;\n\npublic class ArchiveListServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        String archive = req.getParameter(\"archive\");\n        try (ZipFile zf = new ZipFile(\"/srv/archives/\" + archive)) {\n            resp.setContentType(\"text/plain\");\n            zf.stream().forEach(e -> { try { resp.getWriter().println(e.getName()); } catch (java.io.IOException x) { } });\n        }\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "path3-zipfile",
  "kind": "safe",
  "lang": "java",
  "cwe": 22,
  "code": "import java.util.zip.*;\nimport javax.servlet.http.*;\n\npublic class ArchiveListServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        String archive = new java.io.File(req.getParameter(\"archive\")).getName();\n        try (ZipFile zf = new ZipFile(\"/srv/archives/\" + archive)) {\n            resp.setContentType(\"text/plain\");\n            zf.stream().forEach(e -> { try { resp.getWriter().println(e.getName()); } catch (java.io.IOException x) { } });\n        }\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "path3-commons-io",
  "kind": "vuln",
  "lang": "java",
  "cwe": 22,
  "code": "import java.io.File;\nimport java.nio.charset.StandardCharsets;\nimport org.apache.commons.io.FileUtils;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class SnippetController {\n    @GetMapping(\"/snippets\")\n    public String snippet(@RequestParam(\"id\") String id) throws Exception {\n        return FileUtils.readFileToString(new File(\"/data/snippets/\" + id + \".txt\"), StandardCharsets.UTF_8);\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "path3-commons-io",
  "kind": "safe",
  "lang": "java",
  "cwe": 22,
  "code": "import java.io.File;\nimport java.nio.charset.StandardCharsets;\nimport org.apache.commons.io.FileUtils;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class SnippetController {\n    @GetMapping(\"/snippets\")\n    public String snippet(@RequestParam(\"id\") String id) throws Exception {\n        if (!id.matches(\"[0-9]{1,9}\")) throw new IllegalArgumentException();\n        return FileUtils.readFileToString(new File(\"/data/snippets/\" + id + \".txt\"), StandardCharsets.UTF_8);\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "path3-imageio",
  "kind": "vuln",
  "lang": "java",
  "cwe": 22,
  "code": "import java.awt.image.BufferedImage;\nimport java.io.File;\nimport javax.imageio.ImageIO;\nimport javax.servlet.http.*;\n\npublic class ThumbServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        BufferedImage img = ImageIO.read(new File(\"/srv/images\", req.getParameter(\"img\")));\n        resp.setContentType(\"image/png\");\n        ImageIO.write(img, \"png\", resp.getOutputStream());\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "path3-imageio",
  "kind": "safe",
  "lang": "java",
  "cwe": 22,
  "code": "import java.awt.image.BufferedImage;\nimport java.io.File;\nimport javax.imageio.ImageIO;\nimport javax.servlet.http.*;\n\npublic class ThumbServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        String name = java.nio.file.Paths.get(req.getParameter(\"img\")).getFileName().toString();\n        BufferedImage img = ImageIO.read(new File(\"/srv/images\", name));\n        resp.setContentType(\"image/png\");\n        ImageIO.write(img, \"png\", resp.getOutputStream());\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "path3-files-delete-pathof",
  "kind": "vuln",
  "lang": "java",
  "cwe": 22,
  "code": "import java.nio.file.*;\nimport javax.ws.rs.*;\nimport javax.ws.rs.core.Response;\n\n@Path(\"/cache\")\npublic class CacheResource {\n    @DELETE\n    @Path(\"/{key}\")\n    public Response evict(@PathParam(\"key\") String key) throws Exception {\n        Files.deleteIfExists(java.nio.file.Path.of(\"/var/cache/app\", key));\n        return Response.noContent().build();\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "path3-files-delete-pathof",
  "kind": "safe",
  "lang": "java",
  "cwe": 22,
  "code": "import java.nio.file.*;\nimport javax.ws.rs.*;\nimport javax.ws.rs.core.Response;\n\n@Path(\"/cache\")\npublic class CacheResource {\n    @DELETE\n    @Path(\"/{key}\")\n    public Response evict(@PathParam(\"key\") String key) throws Exception {\n        if (!key.matches(\"[a-f0-9]{40}\")) return Response.status(400).build();\n        Files.deleteIfExists(java.nio.file.Path.of(\"/var/cache/app\", key));\n        return Response.noContent().build();\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "path3-getrealpath",
  "kind": "vuln",
  "lang": "java",
  "cwe": 22,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\n\npublic class PageServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String page = req.getParameter(\"page\");\n        String real = getServletContext().getRealPath(\"/WEB-INF/pages/\" + page);\n        try (FileInputStream in = new FileInputStream(real)) {\n            resp.setContentType(\"text/html\");\n            in.transferTo(resp.getOutputStream());\n        }\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "path3-getrealpath",
  "kind": "safe",
  "lang": "java",
  "cwe": 22,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\n\npublic class PageServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String page = req.getParameter(\"page\");\n        if (!java.util.Set.of(\"about.html\", \"terms.html\").contains(page)) { resp.sendError(404); return; }\n        String real = getServletContext().getRealPath(\"/WEB-INF/pages/\" + page);\n        try (FileInputStream in = new FileInputStream(real)) {\n            resp.setContentType(\"text/html\");\n            in.transferTo(resp.getOutputStream());\n        }\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "path3-files-move",
  "kind": "vuln",
  "lang": "java",
  "cwe": 22,
  "code": "import java.nio.file.*;\nimport javax.servlet.http.*;\n\npublic class ArchiveServlet extends HttpServlet {\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        Path src = Paths.get(\"/srv/inbox/current.csv\");\n        String to = req.getParameter(\"archiveName\");\n        Files.move(src, Paths.get(\"/srv/archive\").resolve(to), StandardCopyOption.REPLACE_EXISTING);\n        resp.setStatus(204);\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "path3-files-move",
  "kind": "safe",
  "lang": "java",
  "cwe": 22,
  "code": "import java.nio.file.*;\nimport javax.servlet.http.*;\n\npublic class ArchiveServlet extends HttpServlet {\n    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        Path src = Paths.get(\"/srv/inbox/current.csv\");\n        String to = \"report-\" + System.currentTimeMillis() + \".csv\";\n        Files.move(src, Paths.get(\"/srv/archive\").resolve(to), StandardCopyOption.REPLACE_EXISTING);\n        resp.setStatus(204);\n    }\n}\n",
  "wave": 3
 },
 {
  "name": "rand4-gcm-nonce-nanotime",
  "kind": "vuln",
  "lang": "java",
  "cwe": 330,
  "code": "import java.util.Random;\nimport javax.crypto.Cipher;\nimport javax.crypto.SecretKey;\nimport javax.crypto.spec.GCMParameterSpec;\n\npublic class RecordSealer {\n    public byte[] seal(SecretKey key, byte[] plain) throws Exception {\n        byte[] nonce = new byte[12];\n        new Random(System.nanoTime()).nextBytes(nonce);\n        Cipher c = Cipher.getInstance(\"AES/GCM/NoPadding\");\n        c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));\n        return c.doFinal(plain);\n    }\n}\n",
  "wave": 4
 },
 {
  "name": "rand4-gcm-nonce-nanotime",
  "kind": "safe",
  "lang": "java",
  "cwe": 330,
  "code": "import javax.crypto.Cipher;\nimport javax.crypto.SecretKey;\nimport javax.crypto.spec.GCMParameterSpec;\n\npublic class RecordSealer {\n    public byte[] seal(SecretKey key, byte[] plain) throws Exception {\n        byte[] nonce = new byte[12];\n        new java.security.SecureRandom().nextBytes(nonce);\n        Cipher c = Cipher.getInstance(\"AES/GCM/NoPadding\");\n        c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));\n        return c.doFinal(plain);\n    }\n}\n",
  "wave": 4
 },
 {
  "name": "rand4-pin-randomnumeric",
  "kind": "vuln",
  "lang": "java",
  "cwe": 330,
  "code": "import org.apache.commons.lang3.RandomStringUtils;\nimport org.springframework.stereotype.Service;\n\n@Service\npublic class CardActivation {\n    public String newActivationPin() {\n        return RandomStringUtils.randomNumeric(6);\n    }\n}\n",
  "wave": 4
 },
 {
  "name": "rand4-pin-randomnumeric",
  "kind": "safe",
  "lang": "java",
  "cwe": 330,
  "code": "import java.security.SecureRandom;\nimport org.springframework.stereotype.Service;\n\n@Service\npublic class CardActivation {\n    public String newActivationPin() {\n        return String.format(\"%06d\", new SecureRandom().nextInt(1_000_000));\n    }\n}\n",
  "wave": 4
 },
 {
  "name": "rand4-unsubscribe-token-url",
  "kind": "vuln",
  "lang": "java",
  "cwe": 330,
  "code": "public class NewsletterLinks {\n    public String unsubscribeUrl(long subscriberId) {\n        long token = (long) (Math.random() * 1_000_000_000L);\n        return \"https://news.example.com/unsubscribe?id=\" + subscriberId + \"&token=\" + token;\n    }\n}\n",
  "wave": 4
 },
 {
  "name": "rand4-unsubscribe-token-url",
  "kind": "safe",
  "lang": "java",
  "cwe": 330,
  "code": "public class NewsletterLinks {\n    public String unsubscribeUrl(long subscriberId) {\n        long token = new java.security.SecureRandom().nextLong() & Long.MAX_VALUE;\n        return \"https://news.example.com/unsubscribe?id=\" + subscriberId + \"&token=\" + token;\n    }\n}\n",
  "wave": 4
 },
 {
  "name": "xpath4-cookievalue",
  "kind": "vuln",
  "lang": "java",
  "cwe": 643,
  "code": "import javax.xml.xpath.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.w3c.dom.Document;\n\n@RestController\npublic class DashboardController {\n    private Document layouts;\n\n    @GetMapping(\"/dashboard/layout\")\n    public String layout(@CookieValue(\"layout\") String layout) throws XPathExpressionException {\n        return XPathFactory.newInstance().newXPath().evaluate(\"/layouts/layout[@name='\" + layout + \"']/json\", layouts);\n    }\n}\n",
  "wave": 4
 },
 {
  "name": "xpath4-cookievalue",
  "kind": "safe",
  "lang": "java",
  "cwe": 643,
  "code": "import javax.xml.xpath.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.w3c.dom.Document;\n\n@RestController\npublic class DashboardController {\n    private Document layouts;\n\n    @GetMapping(\"/dashboard/layout\")\n    public String layout(@CookieValue(\"layout\") String layout) throws XPathExpressionException {\n        if (!layout.matches(\"[a-z]{1,12}\")) return \"{}\";\n        return XPathFactory.newInstance().newXPath().evaluate(\"/layouts/layout[@name='\" + layout + \"']/json\", layouts);\n    }\n}\n",
  "wave": 4
 },
 {
  "name": "xpath4-parametermap-get",
  "kind": "vuln",
  "lang": "java",
  "cwe": 643,
  "code": "import java.util.Map;\nimport javax.xml.xpath.*;\nimport org.w3c.dom.*;\nimport javax.servlet.http.*;\n\npublic class RegionServlet extends HttpServlet {\n    private Document regions;\n\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        Map<String, String[]> params = req.getParameterMap();\n        String code = params.get(\"code\")[0];\n        try {\n            XPathExpression x = XPathFactory.newInstance().newXPath().compile(\"//region[code='\" + code + \"']/name\");\n            resp.getWriter().println(x.evaluate(regions));\n        } catch (XPathExpressionException e) { resp.sendError(400); }\n    }\n}\n",
  "wave": 4
 },
 {
  "name": "xpath4-parametermap-get",
  "kind": "safe",
  "lang": "java",
  "cwe": 643,
  "code": "import java.util.Map;\nimport javax.xml.xpath.*;\nimport org.w3c.dom.*;\nimport javax.servlet.http.*;\n\npublic class RegionServlet extends HttpServlet {\n    private Document regions;\n\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        Map<String, String[]> params = req.getParameterMap();\n        String code = params.get(\"code\")[0];\n        if (!code.matches(\"[A-Z]{2}\")) { resp.sendError(400); return; }\n        try {\n            XPathExpression x = XPathFactory.newInstance().newXPath().compile(\"//region[code='\" + code + \"']/name\");\n            resp.getWriter().println(x.evaluate(regions));\n        } catch (XPathExpressionException e) { resp.sendError(400); }\n    }\n}\n",
  "wave": 4
 },
 {
  "name": "redirect4-cookievalue",
  "kind": "vuln",
  "lang": "java",
  "cwe": 601,
  "code": "import org.springframework.stereotype.Controller;\nimport org.springframework.web.bind.annotation.*;\n\n@Controller\npublic class ResumeController {\n    @GetMapping(\"/resume\")\n    public String resume(@CookieValue(name = \"lastPage\", defaultValue = \"/\") String lastPage) {\n        return \"redirect:\" + lastPage;\n    }\n}\n",
  "wave": 4
 },
 {
  "name": "redirect4-cookievalue",
  "kind": "safe",
  "lang": "java",
  "cwe": 601,
  "code": "import org.springframework.stereotype.Controller;\nimport org.springframework.web.bind.annotation.*;\n\n@Controller\npublic class ResumeController {\n    @GetMapping(\"/resume\")\n    public String resume(@CookieValue(name = \"lastPage\", defaultValue = \"/\") String lastPage) {\n        return \"redirect:\" + (lastPage.matches(\"^/[a-z0-9/-]*$\") ? lastPage : \"/\");\n    }\n}\n",
  "wave": 4
 },
 {
  "name": "redirect4-concat-suffix",
  "kind": "vuln",
  "lang": "java",
  "cwe": 601,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\n\npublic class PaymentReturnServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {\n        String shop = request.getParameter(\"shopUrl\");\n        response.sendRedirect(shop + \"?paid=1\");\n    }\n}\n",
  "wave": 4
 },
 {
  "name": "redirect4-concat-suffix",
  "kind": "safe",
  "lang": "java",
  "cwe": 601,
  "code": "import java.io.IOException;\nimport javax.servlet.http.*;\n\npublic class PaymentReturnServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {\n        String shop = request.getParameter(\"shopUrl\");\n        response.sendRedirect(\"/orders?paid=1\");\n    }\n}\n",
  "wave": 4
 },
 {
  "name": "xss4-messageformat",
  "kind": "vuln",
  "lang": "java",
  "cwe": 79,
  "code": "import java.io.*;\nimport java.text.MessageFormat;\nimport javax.servlet.http.*;\n\npublic class RowServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String city = req.getParameter(\"city\");\n        resp.setContentType(\"text/html\");\n        resp.getWriter().println(MessageFormat.format(\"<tr><td>{0}</td></tr>\", city));\n    }\n}\n",
  "wave": 4
 },
 {
  "name": "xss4-messageformat",
  "kind": "safe",
  "lang": "java",
  "cwe": 79,
  "code": "import java.io.*;\nimport java.text.MessageFormat;\nimport javax.servlet.http.*;\n\npublic class RowServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        String city = org.owasp.encoder.Encode.forHtml(req.getParameter(\"city\"));\n        resp.setContentType(\"text/html\");\n        resp.getWriter().println(MessageFormat.format(\"<tr><td>{0}</td></tr>\", city));\n    }\n}\n",
  "wave": 4
 },
 {
  "name": "xss4-chained-append",
  "kind": "vuln",
  "lang": "java",
  "cwe": 79,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\n\npublic class BreadcrumbServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        resp.setContentType(\"text/html\");\n        resp.getWriter().append(\"<nav>\").append(req.getParameter(\"section\")).append(\"</nav>\");\n    }\n}\n",
  "wave": 4
 },
 {
  "name": "xss4-chained-append",
  "kind": "safe",
  "lang": "java",
  "cwe": 79,
  "code": "import java.io.*;\nimport javax.servlet.http.*;\n\npublic class BreadcrumbServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        resp.setContentType(\"text/html\");\n        resp.getWriter().append(\"<nav>\").append(org.springframework.web.util.HtmlUtils.htmlEscape(req.getParameter(\"section\"))).append(\"</nav>\");\n    }\n}\n",
  "wave": 4
 },
 {
  "name": "xss4-controller-stringbuilder",
  "kind": "vuln",
  "lang": "java",
  "cwe": 79,
  "code": "import org.springframework.stereotype.Controller;\nimport org.springframework.web.bind.annotation.*;\n\n@Controller\npublic class TagCloudController {\n    @GetMapping(\"/tags\")\n    @ResponseBody\n    public String tags(@RequestParam(\"t\") java.util.List<String> tags) {\n        StringBuilder sb = new StringBuilder(\"<ul class=\\\"tags\\\">\");\n        for (String t : tags) sb.append(\"<li>\").append(t).append(\"</li>\");\n        return sb.append(\"</ul>\").toString();\n    }\n}\n",
  "wave": 4
 },
 {
  "name": "xss4-controller-stringbuilder",
  "kind": "safe",
  "lang": "java",
  "cwe": 79,
  "code": "import org.springframework.stereotype.Controller;\nimport org.springframework.web.bind.annotation.*;\n\n@Controller\npublic class TagCloudController {\n    @GetMapping(\"/tags\")\n    @ResponseBody\n    public String tags(@RequestParam(\"t\") java.util.List<String> tags) {\n        StringBuilder sb = new StringBuilder(\"<ul class=\\\"tags\\\">\");\n        for (String t : tags) sb.append(\"<li>\").append(org.springframework.web.util.HtmlUtils.htmlEscape(t)).append(\"</li>\");\n        return sb.append(\"</ul>\").toString();\n    }\n}\n",
  "wave": 4
 },
 {
  "name": "trust4-webservlet-total",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.IOException;\nimport javax.servlet.annotation.WebServlet;\nimport javax.servlet.http.*;\n\n@WebServlet(\"/checkout/total\")\npublic class TotalServlet extends HttpServlet {\n    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {\n        HttpSession session = request.getSession(false);\n        if (session != null) session.setAttribute(\"cartTotal\", request.getParameter(\"total\"));\n        response.sendRedirect(\"/checkout/pay\");\n    }\n}\n",
  "wave": 4
 },
 {
  "name": "trust4-webservlet-total",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import java.io.IOException;\nimport javax.servlet.annotation.WebServlet;\nimport javax.servlet.http.*;\n\n@WebServlet(\"/checkout/total\")\npublic class TotalServlet extends HttpServlet {\n    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {\n        HttpSession session = request.getSession(false);\n        if (session != null) session.setAttribute(\"cartTotal\", new java.math.BigDecimal(request.getParameter(\"total\")).setScale(2, java.math.RoundingMode.HALF_UP));\n        response.sendRedirect(\"/checkout/pay\");\n    }\n}\n",
  "wave": 4
 },
 {
  "name": "trust4-requestheader-spring",
  "kind": "vuln",
  "lang": "java",
  "cwe": 501,
  "code": "import javax.servlet.http.HttpSession;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class DeviceController {\n    @PostMapping(\"/device/register\")\n    public String register(@RequestHeader(\"X-Device-Id\") String deviceId, HttpSession session) {\n        session.setAttribute(\"deviceId\", deviceId);\n        return \"registered\";\n    }\n}\n",
  "wave": 4
 },
 {
  "name": "trust4-requestheader-spring",
  "kind": "safe",
  "lang": "java",
  "cwe": 501,
  "code": "import javax.servlet.http.HttpSession;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class DeviceController {\n    @PostMapping(\"/device/register\")\n    public String register(@RequestHeader(\"X-Device-Id\") String deviceId, HttpSession session) {\n        session.setAttribute(\"deviceId\", java.util.UUID.fromString(deviceId).toString());\n        return \"registered\";\n    }\n}\n",
  "wave": 4
 },
 {
  "name": "path4-newbufferedwriter",
  "kind": "vuln",
  "lang": "java",
  "cwe": 22,
  "code": "import java.io.BufferedWriter;\nimport java.nio.file.*;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class ExportCsvController {\n    @PostMapping(\"/export\")\n    public String export(@RequestParam String user, @RequestBody String csv) throws Exception {\n        try (BufferedWriter w = Files.newBufferedWriter(Paths.get(\"/srv/exports\", user + \".csv\"))) {\n            w.write(csv);\n        }\n        return \"ok\";\n    }\n}\n",
  "wave": 4
 },
 {
  "name": "path4-newbufferedwriter",
  "kind": "safe",
  "lang": "java",
  "cwe": 22,
  "code": "import java.io.BufferedWriter;\nimport java.nio.file.*;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class ExportCsvController {\n    @PostMapping(\"/export\")\n    public String export(@RequestParam long user, @RequestBody String csv) throws Exception {\n        try (BufferedWriter w = Files.newBufferedWriter(Paths.get(\"/srv/exports\", user + \".csv\"))) {\n            w.write(csv);\n        }\n        return \"ok\";\n    }\n}\n",
  "wave": 4
 },
 {
  "name": "path4-user-home",
  "kind": "vuln",
  "lang": "java",
  "cwe": 22,
  "code": "import java.nio.file.*;\nimport javax.servlet.http.*;\n\npublic class ConfigReadServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        Path p = Paths.get(System.getProperty(\"user.home\"), \".app\", req.getParameter(\"profile\") + \".properties\");\n        resp.setContentType(\"text/plain\");\n        Files.copy(p, resp.getOutputStream());\n    }\n}\n",
  "wave": 4
 },
 {
  "name": "path4-user-home",
  "kind": "safe",
  "lang": "java",
  "cwe": 22,
  "code": "import java.nio.file.*;\nimport javax.servlet.http.*;\n\npublic class ConfigReadServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n        String profile = req.getParameter(\"profile\");\n        if (!\"dev\".equals(profile) && !\"prod\".equals(profile)) { resp.sendError(400); return; }\n        Path p = Paths.get(System.getProperty(\"user.home\"), \".app\", profile + \".properties\");\n        resp.setContentType(\"text/plain\");\n        Files.copy(p, resp.getOutputStream());\n    }\n}\n",
  "wave": 4,
  "gap": "System.getProperty(\"user.home\") is an input source (a property whoever starts the JVM sets; Juliet uses it as one); making JVM properties configuration cost 12 of Juliet Java's vulnerable units in rounds 11 and 13, so the base directory here counts as input"
 }
];

describeProbes('round 13 class probes (java)', PROBES);
